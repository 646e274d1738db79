"""The import formats' names and what the user sees them called (no reader imported)."""

FORMATS = ("linkedin", "linkedin_archive", "vcard", "google", "csv")
FORMAT_LABELS = {
    "linkedin": "LinkedIn connections",
    "linkedin_archive": "LinkedIn data archive",
    "vcard": "vCard",
    "google": "Google Contacts CSV",
    "csv": "Network Journal CSV",
}
