"""The opportunity dialog: the referral rule, the application date, history and dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QMessageBox

from tests.ui.helpers import add_contact, add_opp, stored


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


def test_dates_are_shown_day_month_name_year(qtbot, journal, context):
    from networkjournal.ui.common.dates import DATE_FORMAT, to_qdate
    from networkjournal.ui.pipeline.opportunity_dialog import OpportunityDialog

    opp = add_opp(journal, "Alan", "applied")
    dialog = OpportunityDialog(context, opp)
    qtbot.addWidget(dialog)
    dialog.applied_on.setDate(to_qdate(date(2026, 10, 29)))
    assert dialog.applied_on.displayFormat() == DATE_FORMAT
    assert dialog.applied_on.text() == "29 Oct 2026"
