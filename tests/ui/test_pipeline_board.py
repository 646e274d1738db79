"""The opportunities board (drag and drop, Ctrl+arrows, filters, stale cards) and its model."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from networkjournal.store.opportunities import get_stale_days, stage_history
from networkjournal.ui.common.roles import ID_ROLE
from networkjournal.ui.pipeline.board_model import BoardModel
from tests.ui.helpers import (
    NOW,
    add_contact,
    add_opp,
    column_ids,
    drag_and_drop,
    press_enter_in_next_message_box,
    stored,
)


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


def test_board_model_passes_the_model_tester(qtmodeltester, qtbot, journal, pipeline):
    for n in range(7):
        add_opp(journal, f"Company {n}", ["interested", "applied", "offer", "ghosted"][n % 4])
    page = pipeline()
    qtmodeltester.check(page.model, force_py=True)
    # Moves, filters and removals keep it consistent.
    page.move_cards([page.model.items()[0].id], "screening")
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


def test_plain_arrows_walk_between_columns(qtbot, journal, pipeline):
    first = add_opp(journal, "Alan", "interested")
    second = add_opp(journal, "Qonto", "screening")
    page = pipeline()
    page.board.select_card(first)
    qtbot.keyClick(page.board.views["interested"], Qt.Key.Key_Right)  # skips empty "applied"
    assert QApplication.focusWidget() is page.board.views["screening"]
    assert page.board.current_card_id() == second
    assert stored(journal, first)[0] == "interested"  # walking never moves a card


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
