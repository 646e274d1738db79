"""Today: what is due, with Done and Snooze at hand."""
