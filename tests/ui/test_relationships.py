"""The relationship board: contacts moved by hand are recorded; long columns show more on demand."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from networkjournal.store.models import Contact, ContactStageChange
from tests.ui.helpers import NOW, add_contact, column_ids, drag_and_drop


def test_relationship_board_moves_by_hand_and_records_it(qtmodeltester, qtbot, monkeypatch,
                                                         journal, context):
    from networkjournal.ui.pipeline.relationships_page import RelationshipBoardPage

    zoe = add_contact(journal, "Zoë", "Martin", "Qonto")
    add_contact(journal, "Hugo", "Petit", "Alan", stage="chatted")
    page = RelationshipBoardPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 600)
    page.show()
    qtbot.waitUntil(lambda: page.is_loaded)
    qtmodeltester.check(page.model, force_py=True)
    board = page.board
    assert column_ids(board, "identified") == [zoe]
    board.select_card(zoe)
    qtbot.keyClick(board.views["identified"], Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier)
    drag_and_drop(qtbot, monkeypatch, board.views["request_sent"], zoe,
                  board.views["chatted"].viewport(), QPoint(40, 200))
    with journal.read() as s:
        assert s.get(Contact, zoe).stage == "chatted"
        changes = s.execute(select(ContactStageChange.stage, ContactStageChange.manual)
                            .where(ContactStageChange.contact_id == zoe)
                            .order_by(ContactStageChange.id)).all()
    assert [tuple(c) for c in changes] == [("request_sent", True), ("chatted", True)]
    assert sorted(column_ids(board, "chatted")) == sorted([zoe, zoe + 1])
    assert page.selected_contact_id() == zoe
    qtbot.keyClicks(page.search, "hugo")
    qtbot.waitUntil(lambda: column_ids(board, "chatted") == [zoe + 1])


def test_relationship_column_shows_newest_first_then_more_on_demand(qtbot, journal, context):
    from networkjournal.ui.pipeline.relationships_page import COLUMN_LIMIT, RelationshipBoardPage

    with journal.transaction() as s:
        s.add_all(Contact(first_name=f"P{n}", created_at=NOW - timedelta(minutes=n))
                  for n in range(COLUMN_LIMIT + 5))
    page = RelationshipBoardPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.is_loaded)
    board = page.board
    view = board.views["identified"]
    assert view.model().rowCount(view.rootIndex()) == COLUMN_LIMIT
    assert view.model().index(0, 0, view.rootIndex()).data() == "P0"  # the newest on top
    more = board._more["identified"]
    assert more.isVisible() and more.text() == "+5 more"
    assert board._counts["identified"].text() == str(COLUMN_LIMIT + 5)
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert view.model().rowCount(view.rootIndex()) == COLUMN_LIMIT + 5
    assert not more.isVisible()


def test_the_board_reads_its_cards_once_when_first_shown(qtbot, journal, context, monkeypatch):
    from networkjournal.ui.pipeline import relationships_page
    from networkjournal.ui.pipeline.relationships_page import RelationshipBoardPage

    add_contact(journal, "Zoë", "Martin", "Qonto")
    reads = []
    real = relationships_page.relationship_rows

    def counted(session, *args):
        reads.append(args)
        return real(session, *args)

    monkeypatch.setattr(relationships_page, "relationship_rows", counted)
    page = RelationshipBoardPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.is_loaded)
    qtbot.wait(50)
    assert reads == [()]  # 30,000 contacts take a few hundred ms: once is enough


def test_a_chat_logged_elsewhere_moves_only_that_card(qtbot, journal, context, monkeypatch):
    from datetime import datetime

    from networkjournal.core.drafts import ChatDraft
    from networkjournal.ops.chats import log_chat
    from networkjournal.ui.pipeline import relationships_page
    from networkjournal.ui.pipeline.relationships_page import RelationshipBoardPage

    zoe = add_contact(journal, "Zoë", "Martin", "Qonto")
    hugo = add_contact(journal, "Hugo", "Petit", "Alan")
    page = RelationshipBoardPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.is_loaded)
    reads = []
    real = relationships_page.relationship_rows

    def counted(session, *args):
        reads.append(args)
        return real(session, *args)

    monkeypatch.setattr(relationships_page, "relationship_rows", counted)
    context.operations.perform(log_chat, zoe, ChatDraft(kind="call",
                                                        occurred_at=datetime(2026, 3, 2, 9)))
    assert reads == [(frozenset({zoe}),)]
    assert column_ids(page.board, "chatted") == [zoe]
    assert column_ids(page.board, "identified") == [hugo]


def test_a_change_during_a_reload_is_not_undone_by_the_older_read(qtbot, journal, context,
                                                                  monkeypatch):
    import threading

    from networkjournal.ops.contacts import set_archived
    from networkjournal.ui.pipeline import relationships_page
    from networkjournal.ui.pipeline.relationships_page import RelationshipBoardPage

    ann = add_contact(journal, "Ann", "Lee", "Qonto")
    page = RelationshipBoardPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.is_loaded)
    release = threading.Event()
    real = relationships_page.relationship_rows

    def slow(session, *args):
        rows = real(session, *args)
        if not args:  # the full read: held back until the change is made
            release.wait(10)
        return rows

    monkeypatch.setattr(relationships_page, "relationship_rows", slow)
    page.refresh()  # a full read under way (after an import, or a new day)
    context.operations.perform(set_archived, [ann], True)
    release.set()
    qtbot.waitUntil(lambda: not page.loading.isVisible(), timeout=10_000)
    qtbot.wait(50)
    assert page.model.item(ann) is None  # archived: not back on the board
