"""Qt widgets, table models, dialogs, the chart panel and the background runner."""
