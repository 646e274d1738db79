"""Units of work, one module per noun (no Qt): the GUI and the CLI change the journal only here."""
