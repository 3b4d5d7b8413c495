"""Dates and numbers as people read them, in the user's locale ("Tuesday 3 March", "mardi 3 mars")."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def _locale() -> QLocale:
    return QLocale()


def long_date(day: date | None) -> str:
    if day is None:
        return ""
    return _locale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def short_date(day: date | datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.astimezone().date() if day.tzinfo else day.date()
    # "24 Feb 1972" / "24 févr. 1972": readable in both languages, unlike the numeric short format.
    return _locale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def date_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment
    clock = _locale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{short_date(local)} {clock}"


def number(value: float, decimals: int = 0) -> str:
    return _locale().toString(float(value), "f", decimals)


def relative_day(day: date | None, today: date) -> str:
    """'today', 'in 2 days', '3 days overdue' (plural forms through Qt's %n)."""
    if day is None:
        return ""
    delta = (day - today).days
    translate = QCoreApplication.translate
    if delta == 0:
        return translate("Dates", "today")
    if delta == 1:
        return translate("Dates", "tomorrow")
    if delta > 0:
        return translate("Dates", "in %n day(s)", "", delta)
    return translate("Dates", "%n day(s) overdue", "", -delta)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())
