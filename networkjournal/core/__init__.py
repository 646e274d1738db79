"""Pure rules of the method: no Qt, no SQL."""
