"""The brief before a chat: who they are, how you know them, your research, what you have
said to each other, the openings at their company, and questions not asked yet; PDF too."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.questions import asked_in, questions_for
from networkjournal.store.contact_views import Brief, contact_brief
from networkjournal.store.own_questions import own_questions
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.dates import show_date, show_datetime
from networkjournal.ui.common.labels import content_language, label


class BriefDialog(QDialog):
    """Read it before the chat; export it as a PDF to read on the way."""

    def __init__(self, context: AppContext, contact_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brief"))
        self.resize(620, 680)
        brief = context.read(contact_brief, contact_id, date.today())
        self.language = content_language()
        self.own = context.read(own_questions)
        self.view = QTextBrowser(self)
        self.view.setOpenExternalLinks(True)
        self.view.setHtml(self.html(brief) if brief is not None else
                          self.tr("This contact no longer exists."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.pdf_button = QPushButton(self.tr("Export as &PDF…"), self)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(self.export_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.name = brief.card.name if brief is not None else ""

    def html(self, brief: Brief) -> str:
        card = brief.card
        parts = [f"<h2>{escape(card.name)}</h2>"]
        role = " · ".join(escape(x) for x in (card.title, card.company) if x)
        if role:
            parts.append(f"<p>{role}</p>")
        known = [escape(label("source", card.source)), escape(label("stage", card.stage))]
        if card.introducer:
            known.append(escape(self.tr("introduced by {name}").format(name=card.introducer)))
        if brief.connected_on:
            known.append(escape(self.tr("connected on {day}").format(
                day=show_date(brief.connected_on))))
        parts.append(f"<p><i>{' · '.join(known)}</i></p>")
        parts.append(f"<h3>{escape(self.tr('Research'))}</h3>")
        parts.append("<p>" + (escape(card.research_notes).replace("\n", "<br>") or escape(
            self.tr("Nothing yet: read about their projects, talks, publications."))) + "</p>")
        parts.append(f"<h3>{escape(self.tr('Questions to ask'))}</h3><ul>")
        parts += [f"<li>{escape(q)}</li>"
                  for q in questions_for(self.language, asked_in(brief.chat_notes, self.own),
                                         own=self.own)]
        parts.append("</ul>")
        parts.append(f"<h3>{escape(self.tr('What you have said to each other'))}</h3>")
        if brief.history:
            parts.append("<ul>")
            for at, kind, status, summary in brief.history:
                planned = f" ({escape(label('status', status))})" if status == "planned" else ""
                parts.append(f"<li>{escape(show_datetime(at))} — {escape(label('kind', kind))}"
                             f"{planned}{': ' + escape(summary) if summary else ''}</li>")
            parts.append("</ul>")
        else:
            parts.append(f"<p>{escape(self.tr('Nothing logged yet.'))}</p>")
        if brief.opportunities:
            title = self.tr("Opportunities at {company}").format(company=card.company)
            parts.append(f"<h3>{escape(title)}</h3><ul>")
            parts += [f"<li>{escape(o.role or o.company)} — "
                      f"{escape(label('opportunity_stage', o.stage))}</li>"
                      for o in brief.opportunities]
            parts.append("</ul>")
        if card.notes:
            parts.append(f"<h3>{escape(self.tr('Notes'))}</h3><p>"
                         + escape(card.notes).replace("\n", "<br>") + "</p>")
        return "".join(parts)

    def export_pdf(self) -> None:
        settings = QSettings()
        folder = Path(str(settings.value("brief/folder", str(Path.home()))))
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the brief"), str(folder / f"Brief - {self.name}.pdf"),
            self.tr("PDF (*.pdf)"))
        if target:
            settings.setValue("brief/folder", str(Path(target).parent))
            self.write_pdf(Path(target))

    def write_pdf(self, path: Path) -> None:
        from PySide6.QtPrintSupport import QPrinter  # first use only

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        document = QTextDocument()
        document.setHtml(self.view.toHtml())
        document.print_(printer)
