"""LinkedIn data archives in the exact shapes LinkedIn writes them, made for tests and the bench."""

from __future__ import annotations

import csv
import io
import random
import zipfile
from pathlib import Path

ME = "https://www.linkedin.com/in/me-myself"
CONNECTIONS_PREAMBLE = (
    'Notes:\r\n"When exporting your connection data, you may notice that some of the email '
    'addresses are missing. You will only see email addresses for connections who have '
    'allowed their connections to see or download their email address."\r\n\r\n')
CONNECTIONS_HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                      "Connected On"]
INVITATIONS_HEADER = ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
                      "inviteeProfileUrl"]
MESSAGES_HEADER = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                   "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
                   "ATTACHMENTS"]


def table(header: list[str], rows: list[list[str]], quote_all: bool = False) -> str:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
                        lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def profile(slug: str) -> str:
    return f"https://www.linkedin.com/in/{slug}"


def sample_files() -> dict[str, str]:
    """Connections, invitations (both date shapes, an empty note, one asking for time, one
    incoming), messages (a reply, a mis-decoded name, HTML entities, a multi-line message, a
    group conversation, a draft) — the shapes a real archive holds."""
    connections = CONNECTIONS_PREAMBLE + table(CONNECTIONS_HEADER, [
        ["Ana", "Lopez", profile("ana-lopez"), "", "Qonto", "Engineer", "15 Jan 2024"],
        ["RenÃ©", "Dupont", profile("rene-dupont"), "", "Alan", "PM", "10 Mar 2023"],
    ])
    invitations = table(INVITATIONS_HEADER, [
        ["Me Myself", "Ana Lopez", "2024-01-10 09:00:00 UTC",
         "Hi Ana, your PyCon talk on payments was great. Could we grab a coffee sometime?",
         "OUTGOING", ME, profile("ana-lopez")],
        ["Me Myself", "Zoé Martin", "10/3/23, 8:21 AM", "", "OUTGOING", ME,
         profile("zoe-martin")],
        ["Marc Petit", "Me Myself", "2/1/24, 10:00 PM", "Hello from the meetup!", "INCOMING",
         profile("marc-petit"), ME],
    ])
    messages = table(MESSAGES_HEADER, [
        ["c1", "", "Me Myself", ME, "Ana Lopez", profile("ana-lopez"),
         "2024-01-16 10:00:00 UTC", "", "Thanks for connecting, Ana!\nHow is Qonto?", "INBOX",
         ""],
        ["c1", "", "Ana Lopez", profile("ana-lopez"), "Me Myself", ME,
         "2024-01-16 12:00:00 UTC", "", "Sure &amp; happy to chat", "INBOX", ""],
        ["c1", "", "Ana Lopez", profile("ana-lopez"), "Me Myself", ME,
         "2024-01-16 12:05:00 UTC", "", "Thursday?", "INBOX", ""],
        ["c2", "", "RenÃ© Dupont", profile("rene-dupont"), "Me Myself", ME,
         "2024-03-11 08:00:00 UTC", "", "Ã‡a va ? On se voit bientôt.", "INBOX", ""],
        ["c3", "Team", "Me Myself", ME, "Ana Lopez, RenÃ© Dupont",
         f"{profile('ana-lopez')},{profile('rene-dupont')}", "2024-04-01 09:00:00 UTC", "",
         "Hi both", "INBOX", ""],
        ["c3", "Team", "RenÃ© Dupont", profile("rene-dupont"), "Me Myself, Ana Lopez",
         f"{ME} {profile('ana-lopez')}", "2024-04-01 09:30:00 UTC", "", "Hello!", "INBOX", ""],
        ["c4", "", "Me Myself", ME, "Zoé Martin", profile("zoe-martin"),
         "2024-05-02 09:00:00 UTC", "", "Not sent yet", "DRAFT", ""],
        ["c5", "", "Zoé Martin", profile("zoe-martin"), "Me Myself", ME,
         "2024-05-03 09:00:00 UTC", "", "Merci pour la mise en relation !", "INBOX", ""],
    ], quote_all=True)
    return {"Connections.csv": connections, "Invitations.csv": invitations,
            "messages.csv": messages, "Profile.csv": "First Name,Last Name\r\nMe,Myself\r\n",
            "Positions.csv": "Company Name,Title\r\nAcme,Engineer\r\n"}


def write_zip(path: Path, files: dict[str, str] | None = None, folder: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (files if files is not None else sample_files()).items():
            # A fixed date: the same files make the same bytes (the fuzz test relies on it).
            info = zipfile.ZipInfo(folder + name, date_time=(2025, 1, 15, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return path


def write_folder(path: Path, files: dict[str, str] | None = None) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for name, text in (files if files is not None else sample_files()).items():
        (path / name).write_bytes(text.encode("utf-8"))
    return path


WORDS = ["coffee", "payments", "team", "Rust", "launch", "thanks", "great", "talk", "hiring",
         "roadmap", "question", "merci", "équipe", "projet", "bientôt"]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def make_archive(path: Path, connections: int, messages: int, invitations: int) -> Path:
    rng = random.Random(7)
    people = [(f"Anne{i}", f"Martin{i}", profile(f"person-{i}")) for i in range(connections)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        out = io.StringIO()
        out.write(CONNECTIONS_PREAMBLE)
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CONNECTIONS_HEADER)
        for first, last, url in people:
            writer.writerow([first, last, url, "", rng.choice(["Qonto", "Alan", "Malt"]),
                             "Engineer", f"{rng.randint(1, 28)} Mar 2023"])
        archive.writestr("Connections.csv", out.getvalue())
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(INVITATIONS_HEADER)
        for i in range(invitations):
            first, last, url = people[i % connections]
            if i % 3:
                writer.writerow(["Me Myself", f"{first} {last}",
                                 f"2024-0{1 + i % 9}-1{i % 9} 09:00:00 UTC",
                                 _text(rng, 25) if i % 2 else "", "OUTGOING", ME, url])
            else:
                writer.writerow([f"{first} {last}", "Me Myself", f"{1 + i % 12}/3/23, 8:21 AM",
                                 "", "INCOMING", url, ME])
        archive.writestr("Invitations.csv", out.getvalue())
        out = io.StringIO()
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(MESSAGES_HEADER)
        conversations = max(messages // 7, 1)
        for i in range(messages):
            c = i % conversations
            first, last, url = people[c % connections]
            day = f"2024-{1 + c % 12:02d}-{1 + (i // conversations) % 28:02d}"
            if c % 50 == 0:  # a group conversation
                other = people[(c + 1) % connections]
                writer.writerow([f"c{c}", "Group", "Me Myself", ME, f"{first} {last}, x",
                                 f"{url},{other[2]}", f"{day} 10:00:00 UTC", "",
                                 _text(rng, 12), "INBOX", ""])
            elif i % 2:
                writer.writerow([f"c{c}", "", "Me Myself", ME, f"{first} {last}", url,
                                 f"{day} 10:{i % 60:02d}:00 UTC", "",
                                 _text(rng, 20) + "\n" + _text(rng, 10), "INBOX", ""])
            else:
                writer.writerow([f"c{c}", "", f"{first} {last}", url, "Me Myself", ME,
                                 f"{day} 11:{i % 60:02d}:00 UTC", "", _text(rng, 30),
                                 "INBOX", ""])
        archive.writestr("messages.csv", out.getvalue())
        archive.writestr("Profile.csv", "First Name,Last Name\r\nMe,Myself\r\n")
    return path
