"""The opportunities panel of a contact: what they referred, what is at their company, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import add_contact, add_opp


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
