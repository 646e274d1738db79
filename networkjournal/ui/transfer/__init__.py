"""Imports, exports and merges: the GUI side, one name."""
