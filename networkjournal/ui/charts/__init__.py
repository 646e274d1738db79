"""The chart panel: relationships built against applications sent (matplotlib on first show)."""
