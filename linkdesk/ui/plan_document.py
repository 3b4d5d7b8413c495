"""The printable plan in the person's language: plain words, large type, their goals in their words."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from linkdesk.services.plan import PersonPlan
from linkdesk.ui.i18n import translator_for
from linkdesk.ui.texts import LABELS

TEXTS = {
    "title": QT_TRANSLATE_NOOP("PlanDocument", "My plan"),
    "for": QT_TRANSLATE_NOOP("PlanDocument", "Made with %1 on %2"),
    "goals": QT_TRANSLATE_NOOP("PlanDocument", "What I want to work on"),
    "no_goals": QT_TRANSLATE_NOOP("PlanDocument", "We have not written down goals yet."),
    "steps": QT_TRANSLATE_NOOP("PlanDocument", "My next steps"),
    "by": QT_TRANSLATE_NOOP("PlanDocument", "By %1"),
    "services": QT_TRANSLATE_NOOP("PlanDocument", "People and services that can help"),
    "no_services": QT_TRANSLATE_NOOP("PlanDocument", "No services yet."),
    "phone": QT_TRANSLATE_NOOP("PlanDocument", "Phone"),
    "address": QT_TRANSLATE_NOOP("PlanDocument", "Address"),
    "contact": QT_TRANSLATE_NOOP("PlanDocument", "Contact"),
    "next": QT_TRANSLATE_NOOP("PlanDocument", "When we will talk next"),
    "no_next": QT_TRANSLATE_NOOP("PlanDocument", "Your link worker will call you to set a time."),
    "next_on": QT_TRANSLATE_NOOP("PlanDocument", "%1, by %2"),
    "footer": QT_TRANSLATE_NOOP(
        "PlanDocument", "If something changes or you need help sooner, call your link worker."
    ),
}


class PlanWords:
    """Words and dates in the person's language (not necessarily the app's)."""

    def __init__(self, language: str) -> None:
        self.french = language.startswith("fr")
        self.translator = translator_for("fr_CA") if self.french else None
        self.locale = QLocale("fr_CA" if self.french else "en_CA")

    def __call__(self, key: str) -> str:
        return self.word("PlanDocument", str(TEXTS[key]))

    def word(self, context: str, source: str) -> str:
        if self.translator is not None:
            return self.translator.translate(context, source) or source
        return source

    def label(self, code: str) -> str:
        source = LABELS.get(code)
        return self.word("Labels", str(source)) if source else code

    def date(self, day) -> str:  # type: ignore[no-untyped-def]
        return self.locale.toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def plan_html(plan: PersonPlan, worker: str) -> str:
    w = PlanWords(plan.language)
    e = escape
    parts = [
        "<html><body style='font-size:16pt; line-height:140%'>",
        f"<h1 style='font-size:26pt'>{e(w('title'))} — {e(plan.name)}</h1>",
        f"<p>{e(w('for').replace('%1', worker).replace('%2', w.date(plan.made_on)))}</p>",
        f"<h2 style='font-size:20pt'>{e(w('goals'))}</h2>",
    ]
    if not plan.goals:
        parts.append(f"<p>{e(w('no_goals'))}</p>")
    for goal in plan.goals:
        parts.append(f"<p><b>“{e(goal.description)}”</b></p>")
        if goal.steps:
            parts.append(f"<p>{e(w('steps'))}: {e(goal.steps)}</p>")
        if goal.target_date:
            parts.append(f"<p>{e(w('by').replace('%1', w.date(goal.target_date)))}</p>")
    parts.append(f"<h2 style='font-size:20pt'>{e(w('services'))}</h2>")
    if not plan.services:
        parts.append(f"<p>{e(w('no_services'))}</p>")
    for s in plan.services:
        lines = [f"<b>{e(s.name)}</b>" + (f" — {e(s.organisation)}" if s.organisation else "")]
        lines += [f"{e(w('phone'))}: {e(p)}" for p in s.phones]
        if s.contact:
            lines.append(f"{e(w('contact'))}: {e(s.contact)}")
        if s.address:
            lines.append(f"{e(w('address'))}: {e(s.address)}")
        parts.append("<p>" + "<br/>".join(lines) + "</p>")
    parts.append(f"<h2 style='font-size:20pt'>{e(w('next'))}</h2>")
    if plan.next_follow_up:
        day, mode = plan.next_follow_up
        parts.append(
            f"<p>{e(w('next_on').replace('%1', w.date(day)).replace('%2', w.label(mode.value)))}</p>"
        )
    else:
        parts.append(f"<p>{e(w('no_next'))}</p>")
    parts.append(f"<hr/><p>{e(w('footer'))}</p></body></html>")
    return "".join(parts)


def write_pdf(html: str, path: Path) -> Path:
    """Runs on the DB lane (disk work); QTextDocument and QPdfWriter are reentrant."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle("LinkDesk plan")  # no personal information in document metadata
    doc = QTextDocument()
    doc.setHtml(html)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    return path
