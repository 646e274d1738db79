"""The contacts page: the table, the details panel, the contact editor."""
