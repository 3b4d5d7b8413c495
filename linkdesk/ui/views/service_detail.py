"""One directory service in full: what it offers, who can use it, fees, hours, phones, address."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QVBoxLayout, QWidget

from linkdesk.ui.formatting import long_date
from linkdesk.ui.widgets.common import Chip, subtitle, text_label, title

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class ServiceDetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(6)

    def day_names(self) -> dict[str, str]:
        return dict(
            zip(
                DAY_CODES,
                (
                    self.tr("Monday"),
                    self.tr("Tuesday"),
                    self.tr("Wednesday"),
                    self.tr("Thursday"),
                    self.tr("Friday"),
                    self.tr("Saturday"),
                    self.tr("Sunday"),
                ),
                strict=True,
            )
        )

    def show_service(self, s: Any) -> None:  # services.directory.ServiceDetail
        add = self.box.addWidget
        add(title(s.name))
        if s.organization:
            add(text_label(s.organization.name, "muted"))
        if s.last_verified:
            add(Chip(self.tr("Last verified %1").replace("%1", long_date(s.last_verified)), "ok", "check"))
        else:
            add(Chip(self.tr("Never verified: check before referring"), "attention", "warning"))
        sections = (
            (self.tr("What it offers"), s.description),
            (self.tr("Who can use it"), s.eligibility_description),
            (self.tr("Fees"), s.fees_description),
            (self.tr("How to apply"), s.application_process),
            (self.tr("Interpretation"), s.interpretation_services),
        )
        for heading, text in sections:
            if text:
                add(subtitle(heading))
                add(text_label(text))
        self._contacts(s)

    def _contacts(self, s: Any) -> None:
        add = self.box.addWidget
        if s.phones:
            add(subtitle(self.tr("Phones")))
            for p in s.phones:
                line = p.number + (f" ext. {p.extension}" if p.extension else "")
                add(text_label(line + (f" — {p.description}" if p.description else "")))
        if s.addresses:
            add(subtitle(self.tr("Address")))
            for a in s.addresses:
                parts = (a.address_1, a.address_2, a.city, a.state_province, a.postal_code)
                add(text_label(", ".join(x for x in parts if x)))
        if s.hours:
            add(subtitle(self.tr("Hours")))
            names = self.day_names()
            for h in s.hours:
                add(text_label(self._hours_line(h, names)))
        if s.languages:
            add(subtitle(self.tr("Languages")))
            add(text_label(", ".join(s.languages)))
        contacts = [x for x in (s.url, s.email) if x]
        if contacts:
            add(subtitle(self.tr("Web and email")))
            add(text_label(" · ".join(contacts)))

    def _hours_line(self, h, names: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
        # RFC 5545 BYDAY: "MO" or with a week number ("3TH", the third Thursday), told by the description
        days = ", ".join(names.get(d.strip()[-2:], d) for d in (h.byday or "").split(",") if d.strip())
        if h.closed:
            return f"{days}: " + self.tr("closed")
        if h.opens_at and h.closes_at:
            opens = QTime(h.opens_at.hour, h.opens_at.minute).toString("HH:mm")
            closes = QTime(h.closes_at.hour, h.closes_at.minute).toString("HH:mm")
            span = f"{opens}\u2013{closes}"
            return f"{days} {span}".strip() + (f" ({h.description})" if h.description else "")
        return h.description or days
