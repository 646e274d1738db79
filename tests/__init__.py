"""Tests of Network Journal; the layout mirrors the package."""
