"""LinkedIn's data archive: connections, invitations and messages land in the journal once,
with the right directions and stages; broken or foreign archives are refused untouched."""

from __future__ import annotations

import zipfile
from datetime import datetime

import pytest
from sqlalchemy import func, select

from networkjournal.errors import UserError
from networkjournal.io.linkedin_history import parse_sent_at
from networkjournal.io.readers import open_source
from networkjournal.ops.transfer import import_source
from networkjournal.store.models import Contact, Interaction
from tests.io.archive_maker import sample_files, write_folder, write_zip


def _import(journal, path, text="whole", dry_run=False):
    source = open_source(path)
    source.message_text = text
    return import_source(journal, source, dry_run=dry_run).result.summary


def _people(journal):
    with journal.read() as s:
        return {c.full_name: (c.source, c.stage) for c in s.scalars(select(Contact))}


def _log(journal):
    with journal.read() as s:
        rows = s.execute(select(Contact.first_name, Interaction.kind, Interaction.direction,
                                Interaction.occurred_at, Interaction.summary, Interaction.notes)
                         .join(Contact).order_by(Interaction.occurred_at, Interaction.id))
        return [tuple(row) for row in rows]


def test_the_archive_fills_contacts_chat_log_and_stages(journal, tmp_path):
    archive = write_zip(tmp_path / "Basic_LinkedInDataExport_01-15-2025.zip")
    summary = _import(journal, archive)
    assert _people(journal) == {
        "Ana Lopez": ("linkedin_1st", "connected"),
        "René Dupont": ("linkedin_1st", "connected"),  # the mis-decoded name repaired
        "Zoé Martin": ("linkedin_archive", "connected"),  # request sent, then her reply
        "Marc Petit": ("linkedin_archive", "connected"),  # his invitation
    }
    assert _log(journal) == [
        ("Zoé", "connection_request", "outgoing", datetime(2023, 10, 3, 8, 21),
         "Connection request sent", ""),
        ("Ana", "connection_request", "outgoing", datetime(2024, 1, 10, 9, 0),
         "Hi Ana, your PyCon talk on payments was great. Could we grab a coffee sometime?",
         "Hi Ana, your PyCon talk on payments was great. Could we grab a coffee sometime?"),
        ("Ana", "message", "outgoing", datetime(2024, 1, 16, 10, 0),
         "Thanks for connecting, Ana!", "Thanks for connecting, Ana!\nHow is Qonto?"),
        ("Ana", "message", "incoming", datetime(2024, 1, 16, 12, 0),
         "Sure & happy to chat", "Sure & happy to chat\n\nThursday?"),  # one entry a day
        ("Marc", "connection_request", "incoming", datetime(2024, 2, 1, 22, 0),
         "Hello from the meetup!", "Hello from the meetup!"),
        ("René", "message", "incoming", datetime(2024, 3, 11, 8, 0),
         "Ça va ? On se voit bientôt.", "Ça va ? On se voit bientôt."),
        ("René", "message", "incoming", datetime(2024, 4, 1, 9, 30), "Hello!", "Hello!"),
        ("Zoé", "message", "incoming", datetime(2024, 5, 3, 9, 0),
         "Merci pour la mise en relation !", "Merci pour la mise en relation !"),
    ]  # the group message sent to two people and the draft are not there
    assert [remark.text for remark in summary.remarks] == [
        "into the chat log: 3 connection requests, 5 conversation-days of messages "
        "(6 messages)",
        "1 of your 1 connection notes asked for a coffee or a call",
        "1 message you sent to groups was left out (not personal outreach)",
        "ignored: Positions.csv, Profile.csv",
    ]
    assert (summary.count("added", "contact"), summary.count("added", "chat")) == (4, 8)


def test_importing_the_archive_again_or_a_newer_one_adds_only_what_is_new(journal, tmp_path):
    _import(journal, write_zip(tmp_path / "first.zip"))
    before = _log(journal)
    again = _import(journal, write_zip(tmp_path / "again.zip"))
    assert (again.added, again.updated) == (0, 0) and _log(journal) == before
    files = sample_files()
    files["messages.csv"] += ('"c1","","Ana Lopez","https://www.linkedin.com/in/ana-lopez",'
                              '"Me Myself","https://www.linkedin.com/in/me-myself",'
                              '"2024-01-16 18:00:00 UTC","","See you then","INBOX",""\r\n')
    newer = _import(journal, write_zip(tmp_path / "newer.zip", files))
    assert (newer.added, newer.updated) == (0, 1)  # that day's entry took the new message
    assert len(_log(journal)) == len(before)
    assert _log(journal)[3][5] == "Sure & happy to chat\n\nThursday?\n\nSee you then"


def test_the_unzipped_folder_reads_the_same(journal, tmp_path):
    _import(journal, write_folder(tmp_path / "Basic_LinkedInDataExport_01-15-2025"))
    assert len(_log(journal)) == 8 and len(_people(journal)) == 4


@pytest.mark.parametrize("text, summary, notes", [
    ("summary", "Sure & happy to chat", ""),
    ("none", "2 messages from them", ""),
])
def test_message_text_is_kept_as_the_setting_says(journal, tmp_path, text, summary, notes):
    _import(journal, write_zip(tmp_path / "a.zip"), text=text)
    [entry] = [row for row in _log(journal) if row[2] == "incoming" and row[0] == "Ana"]
    assert (entry[4], entry[5]) == (summary, notes)


def _bomb(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("messages.csv", b"\0" * (60 * 1024 * 1024))
    return path


def _written(path, data):
    path.write_bytes(data)
    return path


def _corrupt(path):
    data = bytearray(write_zip(path).read_bytes())
    data[len(data) // 2: len(data) // 2 + 400] = b"\xff" * 400
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("make, message", [
    (lambda p: write_zip(p, {"Profile.csv": "First Name\r\nMe\r\n"}),
     "not a LinkedIn data archive"),
    (lambda p: write_zip(p, {"../Connections.csv": sample_files()["Connections.csv"]}),
     "holds a file outside the archive"),
    (_bomb, "would unpack to 60 MB"),
    (_corrupt, "damaged ZIP"),
    (lambda p: _written(p, b"PK\x03\x04 not really a zip"), "damaged ZIP"),
])
def test_a_broken_or_foreign_archive_is_refused_and_nothing_is_written_or_extracted(
        journal, tmp_path, make, message):
    folder = tmp_path / "in"
    folder.mkdir()
    path = make(folder / "archive.zip")
    before = sorted(p.name for p in folder.rglob("*"))
    with pytest.raises(UserError, match=message):
        _import(journal, path)
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
    assert sorted(p.name for p in folder.rglob("*")) == before  # nothing extracted


@pytest.mark.parametrize("text, expected", [
    ("2024-01-15 14:30:00 UTC", datetime(2024, 1, 15, 14, 30)),
    ("10/3/23, 8:21 AM", datetime(2023, 10, 3, 8, 21)),
    ("12/31/2023, 12:05 AM", datetime(2023, 12, 31, 0, 5)),
    ("1/2/24, 12:00 PM", datetime(2024, 1, 2, 12, 0)),
    ("not a date", None),
    ("", None),
])
def test_both_date_shapes_are_read(text, expected):
    assert parse_sent_at(text) == expected


def test_the_command_line_imports_an_archive_and_says_what_it_noticed(tmp_path, capsys):
    from networkjournal.cli import main

    db = f"sqlite:///{tmp_path / 'j.sqlite'}"
    archive = write_zip(tmp_path / "Complete_LinkedInDataExport_01-15-2025.zip")
    assert main(["import", str(archive), "--message-text", "none", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == ("LinkedIn data archive Complete_LinkedInDataExport_01-15-2025.zip: "
                      "12 added, 0 updated, 0 unchanged, 0 skipped")
    assert out[1:] == [
        "  stages moved forward: 2 to connected",
        "  into the chat log: 3 connection requests, 5 conversation-days of messages "
        "(6 messages)",
        "  1 of your 1 connection notes asked for a coffee or a call",
        "  1 message you sent to groups was left out (not personal outreach)",
        "  ignored: Positions.csv, Profile.csv",
    ]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 and then nothing")
    assert main(["import", str(broken), "--db", db]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["networkjournal: error: broken.zip is a damaged ZIP file "
                   "(File is not a zip file)"]


def test_without_invitations_the_user_is_the_profile_in_nearly_every_conversation(
        journal, tmp_path):
    files = sample_files()
    del files["Invitations.csv"]
    _import(journal, write_zip(tmp_path / "a.zip", files))
    ana = [(kind, direction) for name, kind, direction, *_ in _log(journal) if name == "Ana"]
    assert ana == [("message", "outgoing"), ("message", "incoming")]
    del files["messages.csv"]
    files["messages.csv"] = sample_files()["messages.csv"].replace(
        "https://www.linkedin.com/in/me-myself", "")  # the user's side left blank
    summary = _import(journal, write_zip(tmp_path / "b.zip", files))
    assert "messages were left out" in summary.remarks[-1].text


def test_reading_a_large_archive_reports_progress_and_cancel_stops_it_untouched(
        journal, tmp_path):
    from networkjournal.core.progress import Cancelled, Progress
    from tests.io.archive_maker import make_archive

    archive = make_archive(tmp_path / "heavy.zip", 1500, 4000, 300)
    seen = []
    source = open_source(archive)
    import_source(journal, source, dry_run=True,
                  progress=Progress(lambda done, total, _text: seen.append((done, total))))
    reading = [done for done, total in seen if done <= total // 2]
    assert len(reading) >= 5 and reading == sorted(reading)  # while the files are read
    assert seen[-1][0] == seen[-1][1]

    def cancel_at_first_report(done, total, _text):
        progress.cancel()

    progress = Progress(cancel_at_first_report)
    with pytest.raises(Cancelled):
        import_source(journal, open_source(archive), progress=progress)
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0


def test_a_compressed_stream_damaged_inside_is_refused_in_one_line(tmp_path, capsys):
    """zlib's own error (found only while a file is read), not only zipfile's."""
    import zlib

    from networkjournal.cli import main

    whole = bytearray(write_zip(tmp_path / "whole.zip").read_bytes())
    with zipfile.ZipFile(tmp_path / "whole.zip") as archive:
        info = archive.getinfo("messages.csv")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    damaged = tmp_path / "damaged.zip"
    for at in range(start + 2, start + info.compress_size):  # the first flip zlib trips on
        trial = bytearray(whole)
        trial[at] ^= 0x55
        damaged.write_bytes(bytes(trial))
        try:
            with zipfile.ZipFile(damaged) as archive:
                archive.read("messages.csv")
        except zlib.error:
            break
        except zipfile.BadZipFile:
            continue
    else:
        pytest.skip("no flip made zlib itself fail")
    db = f"sqlite:///{tmp_path / 'j.sqlite'}"
    assert main(["import", str(damaged), "--db", db]) == 3
    err = capsys.readouterr().err
    assert err.startswith("networkjournal: error: damaged.zip is a damaged ZIP file")
    assert err.count("\n") == 1
