"""Importers and exporters: LinkedIn, vCard, Google, our own CSV, iCalendar."""
