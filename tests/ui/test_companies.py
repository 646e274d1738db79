"""The companies page: people, opportunities and introducers at each company."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from networkjournal.store.models import Contact
from tests.ui.helpers import add_opp


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


def test_ask_for_an_introduction_opens_the_template_for_the_closest_introducer(
        qtbot, monkeypatch, journal, context):
    from PySide6.QtWidgets import QDialog

    from networkjournal.ui.chats.dialog import ChatDialog
    from networkjournal.ui.companies.page import CompaniesPage

    with journal.transaction() as s:
        zoe = Contact(first_name="Zoë", last_name="Martin", company="Ledger", stage="advocate")
        lea = Contact(first_name="Léa", last_name="Simon", company="Qonto", introduced_by=zoe)
        s.add_all([zoe, lea])
    page = CompaniesPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.search, "qonto")
    page.company_view.setCurrentIndex(page.proxy.index(0, 0))
    assert page.current_company() == "Qonto" and page.intro_button.isEnabled()
    opened = []
    monkeypatch.setattr(ChatDialog, "exec", lambda dialog: opened.append(dialog)
                        or QDialog.DialogCode.Rejected)
    qtbot.mouseClick(page.intro_button, Qt.MouseButton.LeftButton)
    [dialog] = opened
    assert dialog.contact.contact_id() == zoe.id  # the advocate first
    # Zoë introduced Léa, who works at Qonto: she is asked about Qonto, not her own company.
    assert dialog.notes.toPlainText().startswith("Hi Zoë, I'm looking at roles at Qonto")
    # An ask left unanswered comes back on Today in a week.
    assert dialog.follow_up.isChecked()
    assert dialog.follow_up_on.date() == QDate.currentDate().addDays(7)


def test_former_colleagues_are_ways_in_and_say_how(qtbot, journal, context):
    from dataclasses import replace

    from networkjournal.core.drafts import ContactDraft
    from networkjournal.ops.contacts import save_contact
    from networkjournal.store.contact_views import contact_draft
    from networkjournal.ui.companies.page import CompaniesPage

    def moved(first, old, new, **kw):
        contact_id = save_contact(journal, ContactDraft(first_name=first, company=old,
                                                        **kw)).ids[0]
        with journal.read() as s:
            save_contact(journal, replace(contact_draft(s, contact_id), company=new),
                         contact_id)

    moved("Ana", "Datadog", "Qonto")  # now at Qonto, was at Datadog
    moved("Eve", "Qonto", "Malt", source="phone")  # left Qonto
    save_contact(journal, ContactDraft(first_name="Ben", company="Datadog", stage="chatted"))
    add_opp(journal, "Qonto", "applied", role="SRE")
    page = CompaniesPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.current_company() == "Qonto"
    how = {page.introducers.index(r, 0).data(): page.introducers.index(r, 1).data()
           for r in range(page.introducers.rowCount())}
    assert how == {"Ben": "Worked with Ana at Datadog", "Eve": "Worked there",
                   "Ana": "Works there"}
    assert [i.name for i in page.introducers.rows()] == ["Ben", "Eve", "Ana"]
