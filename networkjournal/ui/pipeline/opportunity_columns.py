"""The opportunity columns every list of opportunities shows (companies page, a contact's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from networkjournal.store.opportunities import OpportunityRow
from networkjournal.ui.common.labels import days_text, label
from networkjournal.ui.common.rows_model import Column

translate = QCoreApplication.translate


def opportunity_columns(with_company: bool = True) -> list[Column]:
    """Company, role, stage, channel, referrer, days in stage — as every opportunity list shows."""
    company = ([Column(translate("PipelineTables", "Company"), lambda r: r.company)]
               if with_company else [])
    return [
        *company,
        Column(translate("PipelineTables", "Role"), lambda r: r.role),
        Column(translate("PipelineTables", "Stage"), stage_and_stale),
        Column(translate("PipelineTables", "Channel"), lambda r: label("channel", r.channel)),
        Column(translate("PipelineTables", "Referrer"), lambda r: r.referrer_name),
        Column(translate("PipelineTables", "In stage"), lambda r: days_text(r.days_in_stage),
               sort=lambda r: r.days_in_stage, align_right=True),
    ]


def stage_and_stale(row: OpportunityRow) -> str:
    text = label("opportunity_stage", row.stage)
    stale = translate("PipelineTables", "stale")
    return f"{text} · {stale}" if row.stale else text
