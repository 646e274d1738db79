"""Icons, translations, the desktop entry: shipped in the wheel as networkjournal.resources."""
