"""The Settings dialog and how it is reached."""
