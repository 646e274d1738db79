"""A journal damaged at start-up: the newest sound backup is offered and restored."""

from __future__ import annotations

import os
import time

from sqlalchemy import select

from networkjournal.core.drafts import ContactDraft
from networkjournal.ops.contacts import save_contact
from networkjournal.store.backups import backup_folder, take_backup
from networkjournal.store.journal import open_journal
from networkjournal.store.models import Contact
from networkjournal.ui.common.restore_offer import newest_sound_backup, offer_backup


def _damage(path):
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 4] = b"\xa5" * (4096 * 2)
    path.write_bytes(bytes(data))


def test_the_newest_sound_backup_is_offered_and_restored(tmp_path):
    path = tmp_path / "journal.sqlite"
    journal = open_journal(f"sqlite:///{path}")
    save_contact(journal, ContactDraft(first_name="Ana"))
    journal.close()
    good = take_backup(path, "daily")
    time.sleep(0.01)
    bad = take_backup(path, "daily")
    _damage(bad)  # the newest backup is damaged too: the one before it is offered
    os.utime(bad, (time.time() + 5, time.time() + 5))
    _damage(path)
    assert newest_sound_backup(path) == good
    asked = []
    assert offer_backup(None, path, "the journal file is damaged",
                        ask=lambda q: asked.append(q) or True)
    assert asked[0].startswith("the journal file is damaged\n\nRestore the newest backup")
    journal = open_journal(f"sqlite:///{path}")
    try:
        with journal.read() as s:
            assert s.scalars(select(Contact.first_name)).all() == ["Ana"]
    finally:
        journal.close()
    kept = [p.name for p in backup_folder(path).iterdir() if "before-restore" in p.name]
    assert kept  # the damaged journal, kept


def test_without_a_backup_or_when_declined_nothing_is_restored(tmp_path):
    path = tmp_path / "journal.sqlite"
    open_journal(f"sqlite:///{path}").close()
    assert not offer_backup(None, path, "damaged", ask=lambda q: True)  # none taken yet
    take_backup(path, "daily")
    before = path.read_bytes()
    assert not offer_backup(None, path, "damaged", ask=lambda q: False)
    assert path.read_bytes() == before
