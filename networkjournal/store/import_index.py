"""The journal's contacts by match key (LinkedIn, e-mail, phone, name + company), for one import."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from networkjournal.core.validation import full_name, normalize_email, normalize_phone
from networkjournal.store.bulk import Folder, fetch_rows, linkedin_key
from networkjournal.store.models import Contact

CONTACTS = Contact.__table__
MatchKey = tuple[str, str]  # (kind, normalised value), e.g. ("email", "anne@example.org")
NameKey = tuple[str, str]  # (folded full name, folded company)


class ContactIndex:
    """Every contact of the journal, and those the import adds, by uid, strong key and name.

    Loaded once into dicts so that no row costs a query. A key several contacts
    share (info@, a switchboard) keeps them all, its first holder first.
    """

    def __init__(self, session: Session, fold: Folder) -> None:
        self.session = session
        self.fold = fold
        self.ids: dict[str, int] = {}  # uid -> id, for every contact in the journal
        self.keys: dict[MatchKey, str] = {}  # key -> uid of its first holder
        # The other contacts with a key already taken (info@, a switchboard): few.
        self.also: dict[MatchKey, list[str]] = {}
        self.loaded_max_id = 0  # contacts with a higher id were added by this import
        # name key -> uid, or a list of uids when several share it.
        self.name_company: dict[NameKey, str | list[str]] = {}
        self._names: dict[str, str | None] | None = None  # built when a name must be resolved
        self._load()

    def _load(self) -> None:
        rows = fetch_rows(
            self.session,
            select(
                CONTACTS.c.id,
                CONTACTS.c.uid,
                CONTACTS.c.first_name,
                CONTACTS.c.last_name,
                CONTACTS.c.company,
                CONTACTS.c.email,
                CONTACTS.c.phone,
                CONTACTS.c.linkedin_url,
            ),
        )
        fold = self.fold
        for cid, uid, first, last, company, email, phone, url in rows:
            self.ids[uid] = cid
            self.loaded_max_id = max(self.loaded_max_id, cid)
            keys = []
            if url and (value := linkedin_key(url)):
                keys.append(("linkedin", value))
            if email and (value := normalize_email(email)):
                keys.append(("email", value))
            if phone and (value := normalize_phone(phone)):
                keys.append(("phone", value))
            self.add(uid, keys, (fold(full_name(first, last)), fold(company)))

    def add(self, uid: str, keys: list[MatchKey], name_key: NameKey) -> None:
        """Make ``uid`` findable by its strong keys and its name + company."""
        setdefault = self.keys.setdefault
        for key in keys:
            owner = setdefault(key, uid)
            if owner != uid:
                sharing = self.also.setdefault(key, [])
                if uid not in sharing:
                    sharing.append(uid)
        if name_key[0]:
            found = self.name_company.get(name_key)
            if found is None:
                self.name_company[name_key] = uid
            elif isinstance(found, list):
                found.append(uid)
            else:
                self.name_company[name_key] = [found, uid]

    def sharing(self, keys: list[MatchKey]) -> list[str]:
        """Every contact holding one of these keys, best key first."""
        out: list[str] = []
        known, also = self.keys, self.also
        for key in keys:
            uid = known.get(key)
            if uid is not None:
                if uid not in out:
                    out.append(uid)
                more = also.get(key)
                if more:
                    out.extend(u for u in more if u not in out)
        return out

    def by_name(self, name_key: NameKey) -> list[str]:
        """The contacts with this name at this company (a duplicate *suggestion*, never a match)."""
        found = self.name_company.get(name_key)
        return [found] if isinstance(found, str) else list(found or ())

    def was_there_before(self, uid: str) -> bool:
        """Whether the contact was in the journal before this import began."""
        return self.ids.get(uid, self.loaded_max_id + 1) <= self.loaded_max_id

    # ------------------------------------------------------------- by full name
    @property
    def names_loaded(self) -> bool:
        return self._names is not None

    def forget_names(self) -> None:
        """New contacts were written: the next lookup by name reads the journal again."""
        self._names = None

    def names(self) -> dict[str, str | None]:
        """Folded full name -> uid (None when several share it), for rows that name a contact.

        Built from the journal on first use only: LinkedIn, vCard and Google
        imports never need it, so they do not pay for it in memory. The caller
        writes its pending rows first.
        """
        if self._names is None:
            self._names = {}
            query = select(CONTACTS.c.uid, CONTACTS.c.first_name, CONTACTS.c.last_name)
            for uid, first, last in self.session.execute(query):
                key = self.fold(full_name(first, last))
                if key:
                    self._names[key] = None if key in self._names else uid
        return self._names
