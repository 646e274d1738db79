"""The chart panel: relationships built against applications sent, interviews, weekly goals.

matplotlib comes in through chart_card and chart_drawing, imported from here only:
the main window imports this module the first time the Charts page is shown, so
start-up never pays for matplotlib.
"""

from __future__ import annotations

import logging
from datetime import date, tzinfo
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.changes import Kind
from networkjournal.core.clock import utcnow
from networkjournal.core.goals import goal_streak, week_under_way
from networkjournal.core.metrics import (
    Events,
    Goals,
    RangePreset,
    Stats,
    extract_events,
    local_date,
    preset_range,
    summarize,
    week_start,
)
from networkjournal.core.progress import Progress
from networkjournal.ops.settings import save_goals
from networkjournal.store.metrics_query import chart_data
from networkjournal.ui.charts import drawing as drawing
from networkjournal.ui.charts.chart_card import ChartCard
from networkjournal.ui.charts.wins import WinsPanel
from networkjournal.ui.common.background import Task, run_in_background
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.dates import DATE_FORMAT, from_qdate
from networkjournal.ui.common.page import Page

CHART_KEYS = ("cumulative", "interviews", "activity")
log = logging.getLogger("networkjournal.ui.charts")


class ChartsPage(Page):
    """Three charts over a date range, refreshed off the UI thread when the journal changes."""

    drawn = Signal()  # after the charts show the journal's current numbers
    watches = frozenset({Kind.CONTACTS, Kind.CHATS, Kind.OPPORTUNITIES, Kind.SETTINGS})
    applies_own_changes = True  # its own changes are the goals, already drawn

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 tz: tzinfo | None = None) -> None:
        super().__init__(context, parent)
        self.context: AppContext = context
        self.tz = tz  # None: the machine's time zone (weeks start on local Mondays)
        self.events: Events | None = None
        self.goals = Goals()
        self.stats: Stats | None = None
        self._task: Task | None = None
        self._again = False
        self._theme: drawing.Theme | None = None
        self._charts: tuple[drawing.CumulativeChart, drawing.InterviewsChart,
                            drawing.ActivityChart] | None = None
        self._build()
        self.refresh()

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        self.range_combo = QComboBox(self)
        for preset, text in (
            (RangePreset.WEEKS_4, self.tr("Last 4 weeks")),
            (RangePreset.MONTHS_3, self.tr("Last 3 months")),
            (RangePreset.MONTHS_12, self.tr("Last 12 months")),
            (RangePreset.ALL, self.tr("All")),
            (RangePreset.CUSTOM, self.tr("Custom")),
        ):
            self.range_combo.addItem(text, preset.value)
        self.range_combo.setCurrentIndex(self.range_combo.findData(RangePreset.MONTHS_3.value))
        self.range_combo.setToolTip(self.tr("Weeks shown (Monday to Sunday, your time zone)"))
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        self.range_combo.currentIndexChanged.connect(self._range_changed)
        self.from_edit.dateChanged.connect(self._custom_changed)
        self.to_edit.dateChanged.connect(self._custom_changed)

        self.definitions_button = QToolButton(self)
        self.definitions_button.setText(self.tr("Definitions"))
        self.definitions_button.setToolTip(self.definitions())
        self.definitions_button.clicked.connect(self._show_definitions)

        bar = QHBoxLayout()
        range_label = QLabel(self.tr("&Range:"), self)
        range_label.setBuddy(self.range_combo)
        bar.addWidget(range_label)
        bar.addWidget(self.range_combo)
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel("–", self))
        bar.addWidget(self.to_edit)
        bar.addSpacing(12)
        bar.addWidget(self.definitions_button)
        bar.addStretch(1)
        # Goals get a row of their own: on one line with the range the page needed ~950 px.
        goals_bar = QHBoxLayout()
        goals_bar.addWidget(QLabel(self.tr("Weekly goals:"), self))
        self.goal_spins: dict[str, QSpinBox] = {}
        for name, text, tip in (
            ("new_contacts", self.tr("new contacts"), self.tr("New contacts to reach each week")),
            ("chats", self.tr("chats"), self.tr("Chats to hold each week")),
            ("follow_ups", self.tr("follow-ups"), self.tr("Follow-ups to do each week")),
        ):
            spin = QSpinBox(self)
            spin.setRange(0, 99)
            spin.setToolTip(tip)
            spin.setAccessibleName(tip)
            spin.valueChanged.connect(self._goal_changed)
            self.goal_spins[name] = spin
            goals_bar.addWidget(spin)
            goals_bar.addWidget(QLabel(text, self))
        goals_bar.addStretch(1)
        self._show_goals(self.goals)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        self.cards = {key: ChartCard(key, self.export_dialog, self) for key in CHART_KEYS}
        charts = QWidget(self)
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.cards["cumulative"], 0, 0)
        grid.addWidget(self.cards["interviews"], 0, 1)
        grid.addWidget(self.cards["activity"], 1, 0)
        self.wins = WinsPanel(self.context, charts)  # good news beside the week's activity
        grid.addWidget(self.wins, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setText(self.tr(
            "<h3>No charts yet</h3><p>Log a chat (Ctrl+L) or add an opportunity: this panel "
            "then shows, week by week, the relationships you build against the applications "
            "you send, and how many of each led to an interview.</p>"))
        self.empty_label.setMaximumWidth(560)
        empty = QWidget(self)
        empty_layout = QHBoxLayout(empty)
        empty_layout.addWidget(self.empty_label)
        self.loading_label = QLabel(self.tr("Loading the charts…"), self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.loading_label)
        self.stack.addWidget(empty)
        self._empty_widget = empty
        self.stack.addWidget(charts)
        self._charts_widget = charts

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(goals_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        self._range_changed()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setDate(QDate.currentDate())
        return edit

    # ------------------------------------------------------------------ texts
    def definitions(self) -> str:
        return self.tr(
            "<b>Relationship built</b>: a contact with at least one real conversation that "
            "happened (a coffee chat, call, meeting or lunch marked done — a written reply "
            "only shows they are reachable); counted once, in the week of the first one."
            "<br><b>Application sent</b>: an opportunity whose stage reached "
            "applied or later; dated by its application date, else by the first stage change "
            "at applied or later.<br><b>Reached an interview</b>: interviewing, offer or "
            "accepted, now or in its history.<br><b>Through a relationship</b>: referral and "
            "networking; <b>cold</b>: cold applications and recruiters.<br><b>New contact "
            "reached</b>: the first connection request, message or email you sent to someone."
            "<br><b>Chat held</b>: every done coffee chat, call, meeting or lunch."
            "<br><b>Follow-up done</b>: "
            "a follow-up marked done that week.<br>Weeks run Monday to Sunday in your time zone."
        )

    def _show_definitions(self) -> None:
        button = self.definitions_button
        QToolTip.showText(button.mapToGlobal(button.rect().bottomLeft()), self.definitions(),
                          button)

    # ------------------------------------------------------------------ range
    def today(self) -> date:
        return local_date(utcnow(), self.tz)

    def current_range(self) -> tuple[date, date]:
        """(first Monday, last Monday) the charts show."""
        preset = RangePreset(self.range_combo.currentData())
        if preset is RangePreset.CUSTOM:
            first = from_qdate(self.from_edit.date())
            last = from_qdate(self.to_edit.date())
            first, last = min(first, last), max(first, last)
            return week_start(first), week_start(last)
        first_week = self.events.first_week() if self.events is not None else None
        return preset_range(preset, self.today(), first_week)

    def _range_changed(self) -> None:
        custom = self.range_combo.currentData() == RangePreset.CUSTOM.value
        if not custom:
            first, last = self.current_range()
            for edit, day in ((self.from_edit, first), (self.to_edit, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self.redraw()

    def _custom_changed(self) -> None:
        if self.range_combo.currentData() == RangePreset.CUSTOM.value:
            self.redraw()

    # ------------------------------------------------------------------ goals
    def _show_goals(self, goals: Goals) -> None:
        for name, spin in self.goal_spins.items():
            spin.blockSignals(True)
            spin.setValue(getattr(goals, name))
            spin.blockSignals(False)

    def _goal_changed(self) -> None:
        self.goals = Goals(**{name: spin.value() for name, spin in self.goal_spins.items()})
        # A locked or read-only journal is refused in a dialog; the page keeps the goals.
        self.context.operations.perform(save_goals, self.goals, initiator=self, parent=self,
                                        error_title=self.tr("Goals not saved"))
        self.redraw()

    # ---------------------------------------------------------------- refresh
    def reload(self) -> None:
        """Reload the numbers off the UI thread, then redraw (a refresh already running reruns)."""
        if self._task is not None:
            self._again = True
            return
        fetch, tz = self.context.reader(chart_data), self.tz

        def work(_progress: Progress) -> tuple[Events, Goals]:
            # The background half: query, then place events in weeks (plain data out).
            records, goals = fetch()
            return extract_events(records, tz), goals

        self._task = run_in_background(work, self._loaded, parent=self, show_dialog=False,
                                       on_error=self._failed)

    def _finish_task(self) -> bool:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()
            return True
        return False

    def _loaded(self, result: tuple[Events, Goals]) -> None:
        if self._finish_task():
            return  # newer data is on its way; skip drawing stale numbers
        self.show_data(*result)

    def _failed(self, exc: BaseException) -> None:
        self._finish_task()
        log.error("loading the charts failed", exc_info=exc)
        self.loading_label.setText(self.tr("The charts could not be loaded: {error}")
                                   .format(error=exc))
        self.stack.setCurrentWidget(self.loading_label)

    def show_data(self, events: Events, goals: Goals) -> None:
        """Show freshly loaded numbers (main thread)."""
        self.events = events
        self.goals = goals
        self._show_goals(goals)
        if self.range_combo.currentData() != RangePreset.CUSTOM.value:
            self._range_changed()  # "All" depends on the data; redraws
        else:
            self.redraw()

    def redraw(self) -> None:
        """Slice the loaded events to the range and draw (cheap: no query)."""
        if self.events is None:
            return
        stats = summarize(self.events, *self.current_range())
        self.draw_stats(stats)

    def draw_stats(self, stats: Stats) -> None:
        self.stats = stats
        if self.events is not None and self.events.first_week() is None:
            self.summary.clear()
            self.stack.setCurrentWidget(self._empty_widget)
            self.drawn.emit()
            return
        self.stack.setCurrentWidget(self._charts_widget)
        theme = self.theme()
        charts = self._charts
        if charts is None or theme != self._theme:  # first draw, or the palette changed
            self._theme = theme
            charts = self._charts = (
                drawing.CumulativeChart(self.cards["cumulative"].figure, theme),
                drawing.InterviewsChart(self.cards["interviews"].figure, theme),
                drawing.ActivityChart(self.cards["activity"].figure, theme),
            )
            for key, chart in zip(CHART_KEYS, charts, strict=True):
                self.cards[key].set_chart(chart)
        cumulative, interviews, activity = charts
        cumulative.update(stats)
        interviews.update(stats)
        activity.update(stats, self.goals,
                        under_way=week_under_way(stats.weeks, week_start(self.today())))
        for card in self.cards.values():
            card.canvas.draw()
        self.summary.setText(self._summary_text(stats))
        self.drawn.emit()

    def _summary_text(self, stats: Stats) -> str:
        relationships = sum(stats.relationships_built)
        applications = sum(stats.applications_sent)
        built = (self.tr("1 relationship built") if relationships == 1
                 else self.tr("{n} relationships built").format(n=relationships))
        sent = (self.tr("1 application sent") if applications == 1
                else self.tr("{n} applications sent").format(n=applications))
        text = self.tr("In this range: {built}, {sent}.").format(built=built, sent=sent)
        this_week = week_start(self.today())
        if week_under_way(stats.weeks, this_week):
            text += " " + self.tr(
                "This week so far: {n} of {gn} new contacts, {c} of {gc} chats, "
                "{f} of {gf} follow-ups.").format(
                n=stats.new_contacts_reached[-1], gn=self.goals.new_contacts,
                c=stats.chats_held[-1], gc=self.goals.chats,
                f=stats.follow_ups_done[-1], gf=self.goals.follow_ups)
            streak = goal_streak(stats, self.goals, this_week)
            if streak:
                text += " " + (self.tr("Goals met last week.") if streak == 1 else self.tr(
                    "Goals met {n} weeks in a row.").format(n=streak))
        return text

    def theme(self) -> drawing.Theme:
        palette = self.palette()
        return drawing.Theme(
            background=palette.color(QPalette.ColorRole.Window).name(),
            text=palette.color(QPalette.ColorRole.WindowText).name(),
            grid=palette.color(QPalette.ColorRole.Mid).name(),
        )

    # ----------------------------------------------------------------- export
    def export_chart(self, key: str, path: str | Path) -> Path:
        """Write one chart as PNG or SVG (by the file's suffix; PNG when it has none)."""
        path = Path(path)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in ("png", "svg"):
            fmt = "png"
            path = path.with_suffix(".png")
        chart = self.cards[key].chart
        if chart is None:
            raise ValueError("nothing to export before the charts are drawn")
        drawing.save(chart, path, fmt)
        return path

    def export_dialog(self, key: str, fmt: str) -> None:
        names = {"cumulative": "relationships-vs-applications", "interviews": "interviews",
                 "activity": "weekly-activity"}
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG image (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), f"{names[key]}.{fmt}", filters[fmt])
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        try:
            self.export_chart(key, path)
        except (OSError, ValueError) as exc:
            error = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("The chart could not be saved to {path}: {error}")
                                .format(path=path, error=error))
