"""What every page shares: rows model, dates, labels, icons, page base, background runner."""
