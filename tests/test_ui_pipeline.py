"""The boards and companies as a user drives them: drag and drop, Ctrl+arrows, filters, dialogs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from sqlalchemy import select

from networkjournal.store.models import Contact, ContactStageChange, utcnow
from networkjournal.store.opportunities import (
    OpportunityDraft,
    create_opportunity,
    get_opportunity,
    get_stale_days,
    move_stage,
    stage_history,
)
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.roles import ID_ROLE
from networkjournal.ui.pipeline.board_model import BoardModel

NOW = utcnow()


@pytest.fixture
def context(journal):
    return AppContext(journal)


def add_opp(journal, company, stage="interested", channel="networking", referrer_id=None,
            days_ago=0, role=""):
    when = NOW - timedelta(days=days_ago)
    with journal.transaction() as s:
        draft = OpportunityDraft(company, role, channel=channel, referrer_id=referrer_id)
        opp = create_opportunity(s, draft, "interested", when - timedelta(days=1))
        move_stage(s, opp, stage, when)
        return opp.id


def add_contact(journal, first, last="", company="", stage="identified"):
    with journal.transaction() as s:
        contact = Contact(first_name=first, last_name=last, company=company, stage=stage)
        s.add(contact)
        s.flush()
        return contact.id


def stored(journal, opp_id):
    with journal.read() as s:
        opp = get_opportunity(s, opp_id)
        return opp.stage, opp.applied_on, [stage for stage, _ in stage_history(s, opp_id)]


def column_ids(board, key):
    view = board.views[key]
    model = view.model()
    root = view.rootIndex()
    return [model.index(r, 0, root).data(ID_ROLE) for r in range(model.rowCount(root))]


def drag_and_drop(qtbot, monkeypatch, source_view, card_id, target: QWidget, at: QPoint):
    """Press on the card, move past the drag distance (the view starts a QDrag), then let the
    drag deliver enter/move/drop events to ``target`` — what the platform does with a real
    mouse; the offscreen platform has no drag loop of its own."""
    delivered = {}

    def fake_exec(drag, *actions):
        mime = drag.mimeData()
        buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        move = Qt.DropAction.MoveAction
        QApplication.sendEvent(target, QDragEnterEvent(at, move, mime, buttons, mods))
        drag_move = QDragMoveEvent(at, move, mime, buttons, mods)
        QApplication.sendEvent(target, drag_move)
        drop = QDropEvent(QPointF(at), move, mime, buttons, mods, QEvent.Type.Drop)
        QApplication.sendEvent(target, drop)
        delivered["accepted"] = drop.isAccepted()
        return drop.dropAction() if drop.isAccepted() else Qt.DropAction.IgnoreAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    index = source_view.model().index_of(card_id)
    rect = source_view.visualRect(index)
    viewport = source_view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    far = rect.center() + QPoint(0, QApplication.startDragDistance() + 20)
    qtbot.mouseMove(viewport, rect.center() + QPoint(0, 2))
    qtbot.mouseMove(viewport, far)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=far)
    assert delivered.get("accepted"), "the drop was not accepted"


@pytest.fixture
def pipeline(qtbot, context):
    def make():
        from networkjournal.ui.pipeline.opportunities_page import PipelinePage

        page = PipelinePage(context)
        qtbot.addWidget(page)
        page.resize(1400, 700)
        page.show()
        qtbot.waitExposed(page)
        page.windowHandle().requestActivate()  # keyboard focus needs an active window
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return make


def test_real_drag_and_drop_moves_the_card_and_records_history(qtbot, monkeypatch, journal,
                                                               pipeline):
    stripe = add_opp(journal, "Stripe", "interested")
    alan = add_opp(journal, "Alan", "applied")
    page = pipeline()
    board = page.board
    assert column_ids(board, "interested") == [stripe]
    target = board.views["screening"]
    drag_and_drop(qtbot, monkeypatch, board.views["interested"], stripe, target.viewport(),
                  QPoint(60, 40))
    stage, applied_on, history = stored(journal, stripe)
    assert stage == "screening"
    assert history == ["interested", "screening"]
    assert applied_on == NOW.date()  # a skip straight to screening is an application
    assert column_ids(board, "interested") == []
    assert column_ids(board, "screening") == [stripe]
    assert column_ids(board, "applied") == [alan]  # nothing else moved
    assert board.current_card_id() == stripe  # the card stays selected where it landed


def test_drop_on_the_collapsed_closed_strip(qtbot, monkeypatch, journal, pipeline):
    opp = add_opp(journal, "Qonto", "interviewing")
    page = pipeline()
    page.board.set_closed_expanded(False)
    zone = page.board.zones["rejected"]
    assert zone.isVisible() and not page.board.views["rejected"].isVisible()
    drag_and_drop(qtbot, monkeypatch, page.board.views["interviewing"], opp, zone,
                  zone.rect().center())
    assert stored(journal, opp)[0] == "rejected"
    assert "1" in zone.label.text()


def test_keyboard_moves_with_ctrl_arrows(qtbot, journal, pipeline):
    opp = add_opp(journal, "Criteo", "interested")
    page = pipeline()
    board = page.board
    view = board.views["interested"]
    board.select_card(opp)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stored(journal, opp)[0] == "applied"
    # Focus followed the card: the next Ctrl+Right goes on from the new column.
    focused = QApplication.focusWidget()
    assert focused is board.views["applied"]
    qtbot.keyClick(focused, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ControlModifier)
    stage, applied_on, history = stored(journal, opp)
    assert stage == "applied"
    assert history[-3:] == ["applied", "screening", "applied"]
    assert applied_on == NOW.date()
    assert column_ids(board, "applied") == [opp]


def test_undo_puts_a_moved_card_back_with_its_history(qtbot, journal, context, pipeline):
    opp = add_opp(journal, "Criteo", "interested")
    page = pipeline()
    page.board.select_card(opp)
    qtbot.keyClick(page.board.views["interested"], Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier)
    assert stored(journal, opp)[0] == "applied"
    context.operations.undo(page)
    assert stored(journal, opp) == ("interested", None, ["interested"])
    assert column_ids(page.board, "interested") == [opp]
    context.operations.redo(page)
    assert stored(journal, opp)[0] == "applied" and column_ids(page.board, "applied") == [opp]


def test_keyboard_move_into_a_closed_stage_expands_the_strip(qtbot, journal, pipeline):
    opp = add_opp(journal, "Malt", "offer")
    page = pipeline()
    page.board.set_closed_expanded(False)
    page.board.select_card(opp)
    qtbot.keyClick(page.board.views["offer"], Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier)
    assert stored(journal, opp)[0] == "accepted"
    assert page.board.is_closed_expanded()
    assert page.board.views["accepted"].isVisible()


def test_closed_strip_collapses_and_expands(qtbot, journal, pipeline):
    add_opp(journal, "Swile", "ghosted")
    page = pipeline()
    board = page.board
    board.set_closed_expanded(False)
    assert "(1)" in board.toggle.text()
    qtbot.mouseClick(board.toggle, Qt.MouseButton.LeftButton)
    assert board.views["ghosted"].isVisible() and not board.zones["ghosted"].isVisible()
    qtbot.mouseClick(board.toggle, Qt.MouseButton.LeftButton)
    assert not board.views["ghosted"].isVisible() and board.zones["ghosted"].isVisible()


def test_filters_by_text_and_channel(qtbot, journal, pipeline):
    ana = add_contact(journal, "Ana", "Lopez")
    add_opp(journal, "Société Générale", "applied", role="Quant")
    ref = add_opp(journal, "Stripe", "applied", channel="referral", referrer_id=ana)
    add_opp(journal, "Alan", "interested", channel="recruiter")
    page = pipeline()
    qtbot.keyClicks(page.search, "societe")  # accents and case do not matter
    assert page.model.matching("applied") == 1 and page.model.total("applied") == 2
    assert page.board._counts["applied"].text() == "1 of 2"
    page.search.clear()
    qtbot.keyClicks(page.search, "lopez")  # the referrer's name finds the card
    assert column_ids(page.board, "applied") == [ref]
    page.search.clear()
    page.channel.setCurrentIndex(page.channel.findData("recruiter"))
    assert [page.model.matching(k) for k in ("interested", "applied")] == [1, 0]


def test_stale_cards_marked_and_ghosted_in_one_click(qtbot, monkeypatch, journal, pipeline):
    old = add_opp(journal, "Datadog", "applied", days_ago=30)
    fresh = add_opp(journal, "Ledger", "applied", days_ago=2)
    page = pipeline()
    assert page.model.item(old).stale and not page.model.item(fresh).stale
    assert page.stale_label.text() == "1 stale"
    page.board.select_card(old)
    assert page.ghost_button.isEnabled()
    qtbot.mouseClick(page.ghost_button, Qt.MouseButton.LeftButton)
    assert stored(journal, old)[0] == "ghosted"
    assert stored(journal, fresh)[0] == "applied"
    assert page.stale_label.text() == ""


def test_mark_all_stale_ghosted_asks_first(qtbot, monkeypatch, journal, pipeline):
    ids = [add_opp(journal, f"Co {n}", "screening", days_ago=40) for n in range(3)]
    page = pipeline()
    assert page.ghost_all_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.ghost_all_button, Qt.MouseButton.LeftButton)
    assert {stored(journal, i)[0] for i in ids} == {"screening"}
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.ghost_all_button, Qt.MouseButton.LeftButton)
    assert {stored(journal, i)[0] for i in ids} == {"ghosted"}


def test_stale_days_setting_is_saved_and_applied(qtbot, journal, pipeline):
    opp = add_opp(journal, "Doctolib", "interviewing", days_ago=25)
    page = pipeline()
    assert page.model.item(opp).stale
    page.stale_days.setValue(30)
    qtbot.waitUntil(lambda: not page.model.item(opp).stale)
    with journal.read() as s:
        assert get_stale_days(s) == 30


def test_empty_board_explains_itself(qtbot, journal, pipeline):
    page = pipeline()
    assert page.empty.isVisible()
    assert all(page.model.rowCount(page.model.column_index(k)) == 0 for k in page.model.columns)


def test_new_opportunity_dialog_refuses_a_referral_without_referrer(qtbot, monkeypatch,
                                                                     journal, context):
    from networkjournal.ui.pipeline.opportunity_dialog import OpportunityDialog

    ana = add_contact(journal, "Ana", "Lopez", "Stripe")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog = OpportunityDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.company, "Stripe")
    qtbot.keyClicks(dialog.role, "SRE")
    dialog.channel.setCurrentIndex(dialog.channel.findData("referral"))
    dialog.save()
    assert warnings and "referrer" in warnings[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.referrer.set_contact_id(ana)
    dialog.stage.setCurrentIndex(dialog.stage.findData("applied"))
    assert dialog.applied.isChecked()  # the application date rule, shown as it will apply
    changed = []
    context.operations.changed.connect(lambda changes, _who: changed.append(changes))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and changed
    stage, applied_on, history = stored(journal, dialog.opportunity_id)
    assert (stage, history) == ("applied", ["applied"])
    assert applied_on == date.today()


def test_edit_dialog_shows_history_and_saves_applied_date(qtmodeltester, qtbot, journal, context):
    from networkjournal.ui.common.dates import to_qdate
    from networkjournal.ui.pipeline.opportunity_dialog import OpportunityDialog

    opp = add_opp(journal, "Alan", "screening")
    dialog = OpportunityDialog(context, opp)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.history.model())
    history = dialog.history.model()
    assert [history.index(r, 0).data() for r in range(history.rowCount())] == [
        "Interested", "Screening"]
    dialog.applied_on.setDate(to_qdate(date(2026, 1, 5)))
    dialog.stage.setCurrentIndex(dialog.stage.findData("interviewing"))
    dialog.save()
    stage, applied_on, history_rows = stored(journal, opp)
    assert (stage, applied_on) == ("interviewing", date(2026, 1, 5))
    assert history_rows[-1] == "interviewing"


def test_board_model_passes_the_model_tester(qtmodeltester, qtbot, journal, pipeline):
    for n in range(7):
        add_opp(journal, f"Company {n}", ["interested", "applied", "offer", "ghosted"][n % 4])
    page = pipeline()
    qtmodeltester.check(page.model, force_py=True)
    # Moves, filters and removals keep it consistent.
    page.move([page.model.items()[0].id], "screening")
    page.search.setText("company 1")
    page.search.clear()
    page.model.remove(page.model.items()[-1].id)
    qtmodeltester.check(page.model, force_py=True)


def test_board_model_limit_counts_and_show_more(qtmodeltester, qtbot):
    from dataclasses import dataclass

    from networkjournal.ui.pipeline.board_model import CardAdapter, CardText

    @dataclass(frozen=True)
    class Row:
        id: int
        col: str

    class Cards(CardAdapter):
        def column(self, item):
            return item.col

        def sort_key(self, item):
            return -item.id  # newest (highest id) first

        def text(self, item):
            return CardText(str(item.id))

    model = BoardModel(["a", "b"], Cards(), limit=3)
    qtmodeltester.check(model, force_py=True)
    model.set_items([Row(i, "a") for i in range(5)])
    a = model.column_index("a")
    assert model.rowCount(a) == 3 and model.total("a") == 5
    assert [model.index(r, 0, a).data(ID_ROLE) for r in range(3)] == [4, 3, 2]
    model.upsert(Row(9, "a"))  # a new one on top pushes the last shown out
    assert [model.index(r, 0, a).data(ID_ROLE) for r in range(3)] == [9, 4, 3]
    model.upsert(Row(4, "b"))  # a move out lets the next hidden one in
    assert [model.index(r, 0, a).data(ID_ROLE) for r in range(3)] == [9, 3, 2]
    assert model.rowCount(model.column_index("b")) == 1
    model.show_more("a", 10)
    assert model.rowCount(a) == 5
    assert model.index_of(0).isValid() and not model.index_of(77).isValid()
    assert model.parent(model.index(0, 0, a)) == a and model.parent(a) == QModelIndex()


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


def test_companies_page_shows_people_opportunities_and_introducers(qtmodeltester, qtbot,
                                                                    monkeypatch, journal, context):
    from networkjournal.ui.companies import page as companies_page
    from networkjournal.ui.companies.page import CompaniesPage

    with journal.transaction() as s:
        zoe = Contact(first_name="Zoë", last_name="Martin", company="Ledger", stage="advocate")
        lea = Contact(first_name="Léa", last_name="Simon", company="Qonto", introduced_by=zoe)
        s.add_all([zoe, lea])
    add_opp(journal, "Qonto", "applied", role="SRE")
    page = CompaniesPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtmodeltester.check(page.companies)
    assert page.current_company() == "Qonto"  # open opportunities first
    assert [p.name for p in page.people.rows()] == ["Léa Simon"]
    assert [o.role for o in page.opportunities.rows()] == ["SRE"]
    assert [(i.name, i.works_there) for i in page.introducers.rows()] == [
        ("Zoë Martin", False), ("Léa Simon", True)]
    calls = []
    monkeypatch.setattr(companies_page.OpportunityDialog, "create_new",
                        lambda ctx, parent, company: calls.append(("new", company)))
    from networkjournal.ui.chats import dialog as chat_dialog

    monkeypatch.setattr(chat_dialog.ChatDialog, "log_new",
                        lambda ctx, contact_id, parent: calls.append(("chat", contact_id)))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.chat_button, Qt.MouseButton.LeftButton)
    assert calls == [("new", "Qonto"), ("chat", lea.id)]
    qtbot.keyClicks(page.search, "ledg")
    assert page.proxy.rowCount() == 1


def test_contact_panel_lists_referred_and_company_opportunities(qtmodeltester, qtbot, journal,
                                                                 context):
    from networkjournal.ui.contacts.opportunities import ContactOpportunitiesPanel

    ana = add_contact(journal, "Ana", "Lopez", "Alan")
    add_opp(journal, "Stripe", "applied", channel="referral", referrer_id=ana)
    add_opp(journal, "alan", "interested")
    add_opp(journal, "Criteo", "interested")
    panel = ContactOpportunitiesPanel(context, ana)
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model)
    assert sorted(r.company for r in panel.model.rows()) == ["Stripe", "alan"]
    assert "(2)" in panel.caption.text()
    add_opp(journal, "ALAN", "screening")
    context.operations.everything_changed()  # hidden: reloads when shown, not before
    assert len(panel.model.rows()) == 2
    panel.show()
    assert len(panel.model.rows()) == 3


def test_main_window_registers_the_three_pages():
    from networkjournal.ui.main_window import PAGES

    keys = {spec.key: spec for spec in PAGES}
    assert keys["pipeline"].cls == "PipelinePage"
    assert keys["relationships"].cls == "RelationshipBoardPage"
    assert keys["companies"].cls == "CompaniesPage"



def test_delete_key_asks_then_deletes(qtbot, monkeypatch, journal, pipeline):
    opp = add_opp(journal, "Algolia", "applied")
    page = pipeline()
    page.board.select_card(opp)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    view = page.board.views["applied"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert column_ids(page.board, "applied") == [opp]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert column_ids(page.board, "applied") == []
    with journal.read() as s:
        assert stage_history(s, opp) == []
    assert page.empty.isVisible()


def test_enter_edits_and_ctrl_shift_n_creates(qtbot, monkeypatch, journal, pipeline):
    from networkjournal.ui.pipeline import opportunity_dialog

    opp = add_opp(journal, "Pennylane", "interested")
    page = pipeline()
    calls = []
    monkeypatch.setattr(opportunity_dialog.OpportunityDialog, "edit",
                        lambda ctx, opportunity_id, parent: calls.append(("edit", opportunity_id)))
    monkeypatch.setattr(opportunity_dialog.OpportunityDialog, "create_new",
                        lambda ctx, parent: calls.append(("new",)))
    page.board.select_card(opp)
    qtbot.keyClick(page.board.views["interested"], Qt.Key.Key_Return)
    qtbot.keyClick(page.board.views["interested"], Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert calls == [("edit", opp), ("new",)]


def test_changes_made_elsewhere_reach_the_board(qtbot, journal, context, pipeline):
    page = pipeline()
    opp = add_opp(journal, "Shopify", "offer")
    context.operations.everything_changed()
    assert column_ids(page.board, "offer") == [opp]
    assert not page.empty.isVisible()


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


def test_plain_arrows_walk_between_columns(qtbot, journal, pipeline):
    first = add_opp(journal, "Alan", "interested")
    second = add_opp(journal, "Qonto", "screening")
    page = pipeline()
    page.board.select_card(first)
    qtbot.keyClick(page.board.views["interested"], Qt.Key.Key_Right)  # skips empty "applied"
    assert QApplication.focusWidget() is page.board.views["screening"]
    assert page.board.current_card_id() == second
    assert stored(journal, first)[0] == "interested"  # walking never moves a card


def press_enter_in_next_message_box(qtbot):
    """Answer the next real QMessageBox with Enter, as a hurried user would; returns its text."""
    seen: dict[str, str] = {}

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press)
    return seen


def test_enter_in_delete_confirmations_keeps_the_opportunity(qtbot, journal, context, pipeline):
    from networkjournal.ui.pipeline.opportunity_dialog import OpportunityDialog

    opp = add_opp(journal, "Algolia", "applied", role="SRE")
    page = pipeline()
    page.board.select_card(opp)
    seen = press_enter_in_next_message_box(qtbot)
    qtbot.keyClick(page.board.views["applied"], Qt.Key.Key_Delete)
    assert "Algolia" in seen["text"]
    assert column_ids(page.board, "applied") == [opp]
    dialog = OpportunityDialog(context, opp)
    qtbot.addWidget(dialog)
    seen = press_enter_in_next_message_box(qtbot)
    dialog.delete()
    assert "Algolia" in seen["text"]
    assert stored(journal, opp)[0] == "applied"


def test_stale_count_and_mark_ghosted_follow_the_filter(qtbot, journal, pipeline):
    datadog = add_opp(journal, "Datadog", "applied", channel="recruiter", days_ago=30)
    ledger = add_opp(journal, "Ledger", "screening", days_ago=40)
    swile = add_opp(journal, "Swile", "applied", days_ago=35)
    page = pipeline()
    assert page.stale_label.text() == "3 stale"
    qtbot.keyClicks(page.search, "ledger")
    assert page.stale_label.text() == "1 stale"
    seen = press_enter_in_next_message_box(qtbot)  # Enter is No here too
    qtbot.mouseClick(page.ghost_all_button, Qt.MouseButton.LeftButton)
    assert seen["text"].startswith("Move 1 stale opportunity to Ghosted?")
    assert stored(journal, ledger)[0] == "screening"

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        seen["text"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    qtbot.mouseClick(page.ghost_all_button, Qt.MouseButton.LeftButton)
    assert [stored(journal, i)[0] for i in (datadog, ledger, swile)] == [
        "applied", "ghosted", "applied"]
    assert page.stale_label.text() == "" and not page.ghost_all_button.isVisible()
    page.search.clear()
    page.channel.setCurrentIndex(page.channel.findData("networking"))
    assert page.stale_label.text() == "1 stale"
    QTimer.singleShot(0, answer_yes)
    qtbot.mouseClick(page.ghost_all_button, Qt.MouseButton.LeftButton)
    assert seen["text"].startswith("Move 1 stale opportunity to Ghosted?")
    assert [stored(journal, i)[0] for i in (datadog, swile)] == ["applied", "ghosted"]
    page.channel.setCurrentIndex(0)
    assert page.stale_label.text() == "1 stale"


def test_escape_clears_and_ctrl_f_focuses_each_filter(qtbot, journal, context):
    from networkjournal.ui.main_window import MainWindow

    add_opp(journal, "Qonto", "applied")
    add_contact(journal, "Ana", "Lopez", "Qonto")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    for key in ("pipeline", "relationships", "companies"):
        page = window.show_page(key)
        page.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(page.search.hasFocus)
        qtbot.keyClicks(page.search, "qon")
        assert page.search.text() == "qon"
        qtbot.keyClick(page.search, Qt.Key.Key_Escape)
        assert page.search.text() == "", key


def test_dates_are_shown_day_month_name_year(qtbot, journal, context):
    from networkjournal.ui.common.dates import DATE_FORMAT, to_qdate
    from networkjournal.ui.pipeline.opportunity_dialog import OpportunityDialog

    opp = add_opp(journal, "Alan", "applied")
    dialog = OpportunityDialog(context, opp)
    qtbot.addWidget(dialog)
    dialog.applied_on.setDate(to_qdate(date(2026, 10, 29)))
    assert dialog.applied_on.displayFormat() == DATE_FORMAT
    assert dialog.applied_on.text() == "29 Oct 2026"


def test_contact_panel_says_why_each_opportunity_is_there(qtbot, journal, context):
    from networkjournal.ui.contacts.opportunities import ContactOpportunitiesPanel

    ana = add_contact(journal, "Ana", "Lopez", "Alan")
    add_opp(journal, "Stripe", "applied", channel="referral", referrer_id=ana)
    add_opp(journal, "Doctolib", "interested", channel="networking", referrer_id=ana)
    add_opp(journal, "alan", "interested", days_ago=3)
    add_opp(journal, "Alan", "screening", channel="referral", referrer_id=ana, days_ago=5)
    panel = ContactOpportunitiesPanel(context, ana)
    qtbot.addWidget(panel)
    model = panel.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Why it's here"
    why = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert why["Stripe"] == "Referred you"
    assert why["Doctolib"] == "Through them"
    assert why["alan"] == "At their company"
    assert why["Alan"] == "Referred you; At their company"
