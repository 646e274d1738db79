"""The three charts of the chart panel, drawn with matplotlib (imported by charts_page only).

Each chart builds its axes and artists once and then only updates their data:
creating axes and ticks costs as much as rendering them, and the panel
redraws whenever the journal changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib as mpl
import matplotlib.colors as mcolors
import matplotlib.dates as mdates
import numpy as np
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedFormatter, FixedLocator, MaxNLocator
from PySide6.QtCore import QCoreApplication, QLocale

from networkjournal.core.contrast import parse_hex, readable, to_hex
from networkjournal.core.metrics import VIA_COLD, VIA_RELATIONSHIP, Goals, Stats

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.typing import RcKeyType

# Okabe–Ito: distinguishable with every common colour-vision deficiency; lines
# also differ by style and marker, bars by hatching, so colour is never the only cue.
VERMILLION = "#D55E00"
GREEN = "#009E73"
SKY = "#56B4E9"
ORANGE = "#E69F00"
PURPLE = "#CC79A7"

# Unhinted glyphs render about a fifth faster and look the same at these sizes.
RC: dict[RcKeyType, Any] = {"text.hinting": "no_hinting", "font.size": 8}
MARKERS_UP_TO = 26  # weeks; on a longer range markers only smear the line
GOAL_STYLE = (0, (4, 3))


translate = QCoreApplication.translate


@dataclass(frozen=True)
class Theme:
    """Colours taken from the Qt palette so charts follow light and dark themes."""

    background: str = "#ffffff"
    text: str = "#202020"
    grid: str = "#808080"


@dataclass(frozen=True)
class LegendEntry:
    """One legend key, for the Qt legend above a chart on screen."""

    label: str
    color: str
    kind: str = "line"  # or "bar"
    dashed: bool = False
    marker: str = ""
    hatch: bool = False


class Chart:
    """One figure with one axes placed by pixel margins.

    On screen the title and legend are Qt widgets above the canvas (text is the
    costliest thing matplotlib draws); ``decorated`` puts them in the figure for
    an exported image, which must stand on its own.
    """

    margins = {"left": 48, "right": 16, "top": 14, "bottom": 30}
    decorated_top = 52
    title = ""

    def __init__(self, figure: Figure, theme: Theme) -> None:
        self.figure = figure
        self.theme = theme
        self.decorated = False
        figure.clear()
        figure.set_facecolor(theme.background)
        self.ax = ax = figure.add_axes((0.1, 0.1, 0.8, 0.8))
        ax.set_facecolor(theme.background)
        ax.tick_params(colors=theme.text, labelsize=8)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        for side in ("left", "bottom"):
            ax.spines[side].set_color(theme.grid)
        ax.grid(axis="y", color=theme.grid, alpha=0.3, linewidth=0.6)
        ax.set_axisbelow(True)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
        self.title_text = figure.text(0, 1, self.title, color=theme.text, fontsize=10,
                                      fontweight="bold", va="top", ha="left", visible=False)
        self.legend_artist: Legend | None = None

    def legend(self, ncols: int) -> None:
        legend = self.ax.legend(loc="lower left", bbox_to_anchor=(0, 1.01), ncols=ncols,
                                fontsize=8, frameon=False, labelcolor=self.theme.text,
                                borderaxespad=0, handlelength=2.6, columnspacing=1.2)
        legend.set_in_layout(False)
        legend.set_visible(False)
        self.legend_artist = legend

    def legend_entries(self) -> list[LegendEntry]:
        """The keys of the legend, described for drawing them with Qt."""
        entries = []
        for handle, label in zip(*self.ax.get_legend_handles_labels(), strict=True):
            if hasattr(handle, "patches"):  # a bar container
                patch = handle.patches[0]
                entries.append(LegendEntry(label, mcolors.to_hex(patch.get_facecolor()), "bar",
                                           hatch=bool(patch.get_hatch())))
            elif isinstance(handle, Line2D):
                marker = handle.get_marker()  # ours are all strings ("o", "s", "None")
                if not isinstance(marker, str) or marker in ("None", ""):
                    marker = ""
                entries.append(LegendEntry(
                    label, mcolors.to_hex(handle.get_color()), "line",
                    dashed=handle.get_linestyle() not in ("-", "solid"), marker=marker))
        return entries

    def decorate(self, on: bool) -> None:
        """Show the title and legend inside the figure (for export) or not (on screen)."""
        self.decorated = on
        self.title_text.set_visible(on)
        if self.legend_artist is not None:
            self.legend_artist.set_visible(on)
        self.fit()

    def fit(self) -> None:
        """Place the axes by pixel margins at the figure's current size."""
        width, height = self.figure.get_size_inches() * self.figure.dpi
        if width < 50 or height < 50:
            return
        m = self.margins
        top = self.decorated_top if self.decorated else m["top"]
        left, bottom = m["left"] / width, m["bottom"] / height
        self.ax.set_position((left, bottom, max(0.1, 1 - left - m["right"] / width),
                              max(0.1, 1 - bottom - top / height)))
        self.title_text.set_position((8 / width, 1 - 6 / height))


def _month_name(month: int) -> str:
    # Qt's locale names the months in the user's language (strftime would use the C locale).
    return QLocale().monthName(month, QLocale.FormatType.ShortFormat)


def week_ticks(weeks: list[date]) -> tuple[list[date], list[str]]:
    """Tick positions and labels for a run of Mondays: weeks on a short range, else months.

    Computed here once per update rather than by matplotlib's AutoDateLocator at
    every draw (its rrule walk is a noticeable part of a redraw).
    """
    if not weeks:
        return [], []
    if len(weeks) <= 28:
        picks = weeks[:: 1 if len(weeks) <= 7 else 2 if len(weeks) <= 14 else 4]
        return picks, [f"{d.day} {_month_name(d.month)}" for d in picks]
    first, last = weeks[0], weeks[-1] + timedelta(days=6)
    span = (last.year - first.year) * 12 + last.month - first.month
    step = 1 if span <= 6 else 2 if span <= 12 else 3 if span <= 27 else 6
    ticks, labels = [], []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        day = date(year, month, 1)
        if day >= first and (month - 1) % step == 0:
            ticks.append(day)
            labels.append(str(year) if month == 1 else _month_name(month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if labels and all(not label.isdigit() for label in labels):
        labels[0] = f"{labels[0]} {ticks[0].year}"  # say the year at least once
    return ticks, labels


def _set_weeks(ax: Axes, weeks: np.ndarray, stats: Stats) -> None:
    pad = np.timedelta64(3, "D")
    ax.set_xlim(weeks[0] - pad, weeks[-1] + pad)
    ticks, labels = week_ticks(stats.weeks)
    ax.xaxis.set_major_locator(FixedLocator(mdates.date2num(ticks) if ticks else []))
    ax.xaxis.set_major_formatter(FixedFormatter(labels))


def week_axis(stats: Stats) -> np.ndarray:
    """The weeks as numpy dates (matplotlib converts these without a per-point loop)."""
    return np.array(stats.weeks, dtype="datetime64[D]")


class CumulativeChart(Chart):
    """Chart 1: relationships built and applications sent, cumulative, week by week."""

    margins = {**Chart.margins, "right": 44}  # room for the totals at the lines' ends

    def __init__(self, figure: Figure, theme: Theme) -> None:
        self.title = translate("ChartsPage",
                               "Relationships built vs applications sent (cumulative)")
        super().__init__(figure, theme)
        ax = self.ax
        self.relationships, = ax.plot([], [], color=GREEN, linewidth=2.2, marker="o",
                                      markersize=4,
                                      label=translate("ChartsPage", "Relationships built"))
        self.applications, = ax.plot([], [], color=VERMILLION, linewidth=2.2, linestyle="--",
                                     marker="s", markersize=4,
                                     label=translate("ChartsPage", "Applications sent"))
        # The running totals at the end of the lines: the two numbers the user compares, in
        # their line's colour deepened (or lightened) to WCAG AA on the chart's background.
        background = parse_hex(theme.background)
        self.totals = [ax.annotate("", (0, 0), xytext=(5, 0), textcoords="offset points",
                                   va="center", fontsize=9, fontweight="bold",
                                   color=to_hex(readable(parse_hex(color), background)),
                                   annotation_clip=False) for color in (GREEN, VERMILLION)]
        self.legend(2)

    def update(self, stats: Stats) -> None:
        weeks = week_axis(stats)
        if not len(weeks):
            return
        relationships = np.cumsum(stats.relationships_built)
        applications = np.cumsum(stats.applications_sent)
        marker = len(weeks) <= MARKERS_UP_TO
        for line, series, total, style in ((self.relationships, relationships, self.totals[0],
                                            "o"), (self.applications, applications,
                                                   self.totals[1], "s")):
            line.set_data(weeks, series)
            line.set_marker(style if marker else "None")
            total.set_text(f"{int(series[-1])}")
            total.xy = (mdates.date2num(weeks[-1]), series[-1])
        _set_weeks(self.ax, weeks, stats)
        top = max(int(relationships[-1]), int(applications[-1]), 1)
        self.ax.set_ylim(0, top * 1.08)


def group_labels() -> dict[str, str]:
    return {
        VIA_RELATIONSHIP: translate("ChartsPage", "Through a relationship\n(referral, networking)"),
        VIA_COLD: translate("ChartsPage", "Cold\n(application, recruiter)"),
    }


class InterviewsChart(Chart):
    """Chart 2: applications sent and interviews reached per channel group, counts on bars."""

    margins = {**Chart.margins, "bottom": 58}  # three-line group labels with the rate
    groups = (VIA_RELATIONSHIP, VIA_COLD)
    width = 0.38

    def __init__(self, figure: Figure, theme: Theme) -> None:
        self.title = translate("ChartsPage", "Interviews by channel")
        super().__init__(figure, theme)
        ax = self.ax
        x = np.arange(len(self.groups))
        self.sent = ax.bar(x - self.width / 2, [0, 0], self.width, color=SKY,
                           edgecolor=theme.text, linewidth=0.5,
                           label=translate("ChartsPage", "Applications sent"))
        self.interviewed = ax.bar(x + self.width / 2, [0, 0], self.width, color=ORANGE,
                                  edgecolor=theme.text, linewidth=0.5, hatch="//",
                                  label=translate("ChartsPage", "Reached an interview"))
        self.counts = [
            ax.annotate("", (0, 0), xytext=(0, 2), textcoords="offset points", ha="center",
                        va="bottom", fontsize=9, color=theme.text)
            for _ in range(2 * len(self.groups))
        ]
        ax.set_xticks(x, ["", ""])
        ax.set_xlim(-0.6, len(self.groups) - 0.4)
        self.legend(2)

    def update(self, stats: Stats) -> None:
        sent = [stats.interviews[g].sent for g in self.groups]
        interviewed = [stats.interviews[g].interviewed for g in self.groups]
        bars = [*self.sent.patches, *self.interviewed.patches]
        for bar, value, text in zip(bars, [*sent, *interviewed], self.counts, strict=True):
            bar.set_height(value)
            text.set_text(str(value))
            text.xy = (bar.get_x() + bar.get_width() / 2, value)
        labels = []
        for name, label in group_labels().items():
            rate = stats.interviews[name].rate
            shown = (translate("ChartsPage", "no application") if rate is None
                     else translate("ChartsPage", "interview rate {rate:.0%}").format(rate=rate))
            labels.append(f"{label}\n{shown}")
        self.ax.set_xticklabels(labels)
        self.ax.set_ylim(0, max([*sent, 1]) * 1.15)  # room for the counts above the bars


class ActivityChart(Chart):
    """Chart 3: weekly activity against the weekly goals (dashed lines, same colours)."""

    def __init__(self, figure: Figure, theme: Theme) -> None:
        self.title = translate("ChartsPage", "Weekly activity against goals")
        super().__init__(figure, theme)
        ax = self.ax
        self.rows = []
        self.so_far_lines: list[Line2D] = []
        for color, marker, label in (
            (SKY, "o", translate("ChartsPage", "New contacts reached")),
            (GREEN, "s", translate("ChartsPage", "Chats held")),
            (PURPLE, "^", translate("ChartsPage", "Follow-ups done")),
        ):
            line, = ax.plot([], [], color=color, linewidth=1.8, marker=marker, markersize=4,
                            label=label)
            goal = ax.axhline(0, color=color, linewidth=1.3, linestyle=GOAL_STYLE)
            self.rows.append((line, goal, marker))
            # The week under way, drawn apart: a thin dotted step to a hollow point.
            so_far, = ax.plot([], [], color=color, linewidth=1.2, linestyle=":", marker=marker,
                              markersize=5, markerfacecolor=theme.background)
            self.so_far_lines.append(so_far)
        ax.plot([], [], color=theme.text, linewidth=1.2, linestyle=GOAL_STYLE,
                label=translate("ChartsPage", "Weekly goal"))
        self.so_far_text = ax.text(0, 0, translate("ChartsPage", "so far"), color=theme.text,
                                   fontsize=7,
                                   ha="center", va="bottom", visible=False)
        self.legend(4)

    def update(self, stats: Stats, goals: Goals, under_way: bool = False) -> None:
        """Draw the weeks; ``under_way``: the last week is the current one, counted so far."""
        weeks = week_axis(stats)
        if not len(weeks):
            return
        show_markers = len(weeks) <= MARKERS_UP_TO
        done = len(weeks) - 1 if under_way else len(weeks)  # weeks drawn as finished
        values = (
            (stats.new_contacts_reached, goals.new_contacts),
            (stats.chats_held, goals.chats),
            (stats.follow_ups_done, goals.follow_ups),
        )
        top = 1
        for (line, goal_line, marker), so_far, (series, goal) in zip(
                self.rows, self.so_far_lines, values, strict=True):
            line.set_data(weeks[:done], series[:done])
            line.set_marker(marker if show_markers else "None")
            # From the last finished week to this one; nothing when every week is finished.
            tail = slice(max(done - 1, 0), None) if under_way else slice(0, 0)
            so_far.set_data(weeks[tail], series[tail])
            so_far.set_markevery([-1])  # the finished week keeps its own marker
            goal_line.set_ydata([goal, goal])
            top = max(top, goal, *series)
        _set_weeks(self.ax, weeks, stats)
        self.ax.set_ylim(0, top * 1.15)
        self.so_far_text.set_visible(under_way)
        if under_way:
            self.so_far_text.set_position((mdates.date2num(weeks[-1]), top * 1.06))


def save(chart: Chart, path: str | Path, fmt: str) -> None:
    """Write the chart with its title and legend drawn in (an image must stand alone)."""
    chart.decorate(True)
    try:
        with mpl.rc_context(RC):
            chart.figure.savefig(path, format=fmt, facecolor=chart.figure.get_facecolor(),
                                 dpi=150)
    finally:
        chart.decorate(False)
