"""The chart panel shows the journal's series, follows changes, saves goals and exports images."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate

from networkjournal.store.metrics_query import load_goals
from networkjournal.store.models import (
    Contact,
    Interaction,
    Opportunity,
    OpportunityStageChange,
)
from networkjournal.ui.common.context import AppContext
from tests.ui.helpers import activate

WEEK_A, WEEK_B, WEEK_C = date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 3, day, hour)


@pytest.fixture
def small_journal(journal):
    """Three weeks of March 2026 (UTC); the middle week is empty."""
    with journal.transaction() as s:
        ana, ben, chloe = (Contact(first_name=n) for n in ("Ana", "Ben", "Chloé"))
        s.add_all([ana, ben, chloe])
        s.flush()
        s.add_all([
            Interaction(contact_id=ana.id, kind="coffee_chat", occurred_at=at(3)),
            Interaction(contact_id=ana.id, kind="call", occurred_at=at(17)),  # same contact
            Interaction(contact_id=ben.id, kind="call", occurred_at=at(18)),
            Interaction(contact_id=chloe.id, kind="connection_request", occurred_at=at(4),
                        follow_up_done_on=date(2026, 3, 10)),
            Interaction(contact_id=chloe.id, kind="coffee_chat", status="planned",
                        occurred_at=at(20)),
        ])
        referral = Opportunity(company="Alan", channel="referral", stage="interviewing",
                               applied_on=date(2026, 3, 5), referrer_id=ana.id)
        cold = Opportunity(company="Qonto", channel="cold_application", stage="applied")
        skipped = Opportunity(company="Malt", channel="recruiter", stage="rejected")
        s.add_all([referral, cold, skipped])
        s.flush()
        s.add_all([
            OpportunityStageChange(opportunity_id=referral.id, stage="applied",
                                   changed_at=at(5)),
            OpportunityStageChange(opportunity_id=referral.id, stage="interviewing",
                                   changed_at=at(16)),
            OpportunityStageChange(opportunity_id=cold.id, stage="applied", changed_at=at(17)),
            OpportunityStageChange(opportunity_id=skipped.id, stage="screening",
                                   changed_at=at(18)),
            OpportunityStageChange(opportunity_id=skipped.id, stage="rejected",
                                   changed_at=at(19)),
        ])
    return journal


def open_page(qtbot, journal):
    """The page on ``journal`` (weeks in UTC), once its first background load is drawn."""
    from networkjournal.ui.charts.page import ChartsPage

    page = ChartsPage(AppContext(journal), tz=UTC)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    # The load runs on a worker thread; its result is delivered by the event loop.
    qtbot.waitSignal(page.drawn, timeout=10_000).wait()
    return page


def choose_custom_range(page, first: date, last: date) -> None:
    page.range_combo.setCurrentIndex(page.range_combo.findData("custom"))
    page.from_edit.setDate(QDate(first.year, first.month, first.day))
    page.to_edit.setDate(QDate(last.year, last.month, last.day))


def plotted(card) -> dict[str, list[float]]:
    """The y data of each labelled line of a chart, as the user reads it in the legend."""
    return {
        line.get_label(): [float(y) for y in line.get_ydata()]
        for line in card.chart.ax.get_lines()
        if not line.get_label().startswith("_") and len(line.get_ydata())
    }


def test_panel_shows_the_expected_series_for_a_small_journal(qtbot, small_journal):
    page = open_page(qtbot, small_journal)
    choose_custom_range(page, date(2026, 3, 4), date(2026, 3, 22))

    cumulative = plotted(page.cards["cumulative"])
    assert cumulative == {"Relationships built": [1, 1, 2], "Applications sent": [1, 1, 3]}
    line = page.cards["cumulative"].chart.ax.get_lines()[0]
    assert [str(x)[:10] for x in line.get_xdata()] == ["2026-03-02", "2026-03-09", "2026-03-16"]
    totals = [t.get_text() for t in page.cards["cumulative"].chart.totals]
    assert totals == ["2", "3"]

    chart = page.cards["interviews"].chart
    assert [bar.get_height() for bar in chart.sent.patches] == [1, 2]
    assert [bar.get_height() for bar in chart.interviewed.patches] == [1, 0]
    assert [t.get_text() for t in chart.counts] == ["1", "2", "1", "0"]
    labels = [t.get_text() for t in chart.ax.get_xticklabels()]
    assert "100%" in labels[0] and "0%" in labels[1]

    activity = plotted(page.cards["activity"])
    assert activity == {
        "New contacts reached": [1, 0, 0],
        "Chats held": [1, 0, 2],
        "Follow-ups done": [0, 1, 0],
    }
    goal_lines = [goal for _line, goal, _m in page.cards["activity"].chart.rows]
    assert [list(g.get_ydata()) for g in goal_lines] == [[5, 5], [2, 2], [3, 3]]
    assert "2 relationships built, 3 applications sent" in page.summary.text()


def test_empty_journal_shows_a_clear_empty_state(qtbot, journal):
    page = open_page(qtbot, journal)
    assert page.stack.currentWidget().isAncestorOf(page.empty_label)
    assert page.empty_label.isVisible()
    assert "No charts yet" in page.empty_label.text()
    assert page.summary.text() == ""


def test_preset_ranges_count_weeks_up_to_this_week(qtbot, small_journal):
    page = open_page(qtbot, small_journal)
    page.range_combo.setCurrentIndex(page.range_combo.findData("4w"))
    assert len(page.stats.weeks) == 4
    this_monday = page.stats.weeks[-1]
    assert this_monday.weekday() == 0 and this_monday <= datetime.now(UTC).date()
    assert not page.from_edit.isEnabled()
    page.range_combo.setCurrentIndex(page.range_combo.findData("all"))
    assert page.stats.weeks[0] == WEEK_A
    assert sum(page.stats.applications_sent) == 3


def test_charts_follow_journal_changes(qtbot, small_journal):
    page = open_page(qtbot, small_journal)
    choose_custom_range(page, WEEK_A, WEEK_C)
    with small_journal.transaction() as s:
        dana = Contact(first_name="Dana")
        s.add(dana)
        s.flush()
        s.add(Interaction(contact_id=dana.id, kind="lunch", occurred_at=at(10)))
    with qtbot.waitSignal(page.drawn, timeout=10_000):
        page.context.operations.everything_changed()
    assert plotted(page.cards["cumulative"])["Relationships built"] == [1, 2, 3]


def test_weekly_goals_are_saved_in_the_journal(qtbot, small_journal):
    page = open_page(qtbot, small_journal)
    page.goal_spins["chats"].setValue(4)
    with small_journal.read() as s:
        assert load_goals(s).chats == 4
    _line, goal, _m = page.cards["activity"].chart.rows[1]
    assert list(goal.get_ydata()) == [4, 4]


def test_definitions_are_in_a_tooltip(qtbot, small_journal):
    page = open_page(qtbot, small_journal)
    tip = page.definitions_button.toolTip()
    assert "Relationship built" in tip and "Application sent" in tip


@pytest.mark.parametrize("key", ["cumulative", "interviews", "activity"])
def test_export_writes_valid_png_and_svg(qtbot, small_journal, tmp_path, key):
    page = open_page(qtbot, small_journal)
    png = page.export_chart(key, tmp_path / f"{key}.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = page.export_chart(key, tmp_path / f"{key}.svg")
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert len(list(root.iter("{http://www.w3.org/2000/svg}path"))) > 10  # drawn, not blank


def test_main_window_does_not_import_matplotlib_at_start_up():
    code = (
        "import sys\n"
        "import networkjournal.app, networkjournal.ui.main_window as mw\n"
        "assert any(p.key == 'charts' for p in mw.PAGES)\n"
        "print('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "False"


def test_export_menu_asks_for_a_file_and_adds_the_suffix(qtbot, small_journal, tmp_path,
                                                         monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    page = open_page(qtbot, small_journal)
    target = tmp_path / "interviews-chart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    svg_action = page.cards["interviews"].export_button.menu().actions()[1]
    svg_action.trigger()
    written = tmp_path / "interviews-chart.svg"
    assert ET.parse(written).getroot().tag == "{http://www.w3.org/2000/svg}svg"


def test_a_hidden_page_reloads_when_shown_again(qtbot, small_journal):
    page = open_page(qtbot, small_journal)
    choose_custom_range(page, WEEK_A, WEEK_C)
    page.hide()
    with small_journal.transaction() as s:
        s.add(Interaction(contact_id=3, kind="coffee_chat", occurred_at=at(11)))
    page.context.operations.everything_changed()
    with qtbot.waitSignal(page.drawn, timeout=10_000):
        page.show()
    assert plotted(page.cards["cumulative"])["Relationships built"] == [1, 2, 3]


def test_export_to_an_unwritable_place_says_so(qtbot, small_journal, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    page = open_page(qtbot, small_journal)
    target = tmp_path / "no such folder" / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: shown.append((title, text))))
    page.export_dialog("activity", "png")
    assert shown and shown[0][0] == "Export failed"
    assert str(target) in shown[0][1]
    assert not target.exists()


def test_range_dates_read_day_month_name_year(qtbot, small_journal):
    from networkjournal.ui.common.dates import DATE_FORMAT

    page = open_page(qtbot, small_journal)
    choose_custom_range(page, date(2026, 3, 4), date(2026, 3, 9))
    assert page.from_edit.displayFormat() == page.to_edit.displayFormat() == DATE_FORMAT
    assert (page.from_edit.text(), page.to_edit.text()) == ("4 Mar 2026", "9 Mar 2026")
    # One of each reads in the singular.
    assert page.summary.text().startswith(
        "In this range: 1 relationship built, 1 application sent.")


def test_the_week_under_way_is_drawn_so_far_not_as_a_drop(qtbot, journal):
    now = datetime.now(UTC).replace(tzinfo=None)
    with journal.transaction() as s:
        ana = Contact(first_name="Ana")
        s.add(ana)
        s.flush()
        s.add(Interaction(contact_id=ana.id, kind="coffee_chat", occurred_at=now))
    page = open_page(qtbot, journal)
    page.range_combo.setCurrentIndex(page.range_combo.findData("4w"))
    chart = page.cards["activity"].chart
    chats = next(line for line in chart.ax.get_lines() if line.get_label() == "Chats held")
    assert [float(y) for y in chats.get_ydata()] == [0, 0, 0]  # the three finished weeks
    so_far = chart.so_far_lines[1]
    assert [float(y) for y in so_far.get_ydata()] == [0, 1]  # last week → this week so far
    assert str(so_far.get_xdata()[-1])[:10] == page.stats.weeks[-1].isoformat()
    assert chart.so_far_text.get_visible() and chart.so_far_text.get_text() == "so far"
    choose_custom_range(page, WEEK_A, WEEK_C)  # a range of finished weeks: nothing so far
    assert not chart.so_far_text.get_visible() and not len(so_far.get_ydata())
    assert len(chats.get_ydata()) == 3


def test_wins_are_noted_beside_the_charts_counted_this_week_and_deleted(
        qtbot, small_journal, monkeypatch):
    from datetime import timedelta

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QMessageBox

    from networkjournal.ui.charts.wins import WinDialog

    page = open_page(qtbot, small_journal)
    wins = page.wins
    grid = page._charts_widget.layout()  # every chart and the wins laid out on the page
    assert all(grid.indexOf(widget) >= 0 for widget in [*page.cards.values(), wins])
    assert wins.empty.isVisible() and not wins.view.isVisible()  # says what it is for
    typed = iter([("   ", 0), ("Intro to the Qonto payments team", 2),
                  ("Interview invitation from Alan", 0)])
    refusals = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: refusals.append(a[2]))

    def fill_and_save(dialog):
        text, days_ago = next(typed)
        dialog.text.setText(text)
        dialog.when.setDate(dialog.when.date().addDays(-days_ago))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WinDialog, "exec", fill_and_save)
    qtbot.mouseClick(wins.add_button, Qt.MouseButton.LeftButton)  # empty: refused, asked again
    qtbot.mouseClick(wins.add_button, Qt.MouseButton.LeftButton)
    assert len(refusals) == 1 and "good news" in refusals[0]
    shown = [wins.model.index(r, 1).data() for r in range(wins.model.rowCount())]
    assert shown == ["Interview invitation from Alan", "Intro to the Qonto payments team"]
    today = date.today()
    this_week = sum(1 for d in (today, today - timedelta(days=2))
                    if d >= today - timedelta(days=today.weekday()))
    said = "(1 this week)" if this_week == 1 else f"({this_week} this week)"
    assert said in wins.title.text()
    assert wins.view.isVisible() and not wins.empty.isVisible()
    activate(qtbot, page)
    wins.view.selectRow(0)
    wins.view.setFocus()
    qtbot.keyClick(wins.view, Qt.Key.Key_Delete)
    assert [wins.model.row_at(r).text for r in range(wins.model.rowCount())] == [
        "Intro to the Qonto payments team"]
    page.context.operations.undo(page)
    assert wins.model.rowCount() == 2
