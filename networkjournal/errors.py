"""Errors the program reports to the user as one clear line (never a traceback)."""


class UserError(Exception):
    """Input the program refuses; the journal is left unchanged (CLI exit 3)."""


class JournalTooNewError(UserError):
    """The journal was written by a newer version of Network Journal."""


class RowGone(UserError):
    """What the user acted on was deleted meanwhile (another window); views should reload."""


class PasswordNeeded(UserError):
    """A server journal asks for a password that neither the URL nor the keychain holds."""


class KeyNeeded(UserError):
    """An encrypted journal whose key neither this run nor the keychain holds: ask for it."""

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = path  # the encrypted file (a pathlib.Path)


class JournalDamaged(UserError):
    """The journal file's pages are damaged: a backup may be restored in its place."""


class EditConflict(UserError):
    """The contact or opportunity being saved was changed by someone else since it was read:
    the user chooses whose version stays (saving again without the check overwrites)."""
