"""The chat log: the timeline, its model, the dialog that logs or edits one entry."""
