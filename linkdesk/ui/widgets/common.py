"""Small building blocks used on every screen: titles, cards, chips with icons, empty states."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from linkdesk.ui.theme import icon


def text_label(text: str, role: str | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


def title(text: str) -> QLabel:
    label = text_label(text, "title")
    label.setAccessibleName(text)
    return label


def subtitle(text: str) -> QLabel:
    return text_label(text, "subtitle")


def scrolling_page(page: QWidget, *, bottom: int = 22, spacing: int = 14) -> QVBoxLayout:
    """Make `page` a section page whose body scrolls (the page scrolls, not each list); returns the body's
    layout with the standard page margins."""
    page.setObjectName("Page")
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setObjectName("Page")
    scroll.setWidgetResizable(True)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(28, 22, 28, bottom)
    layout.setSpacing(spacing)
    return layout


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def primary_button(text: str, icon_name: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("role", "primary")
    if icon_name:
        button.setIcon(icon(icon_name, "on_primary"))
    return button


def button(text: str, icon_name: str | None = None, role: str | None = None) -> QPushButton:
    b = QPushButton(text)
    if role:
        b.setProperty("role", role)
    if icon_name:
        b.setIcon(icon(icon_name, "error" if role == "danger" else "primary"))
    return b


class Chip(QWidget):
    """A status shown as icon + text (never colour alone). kind: plain, ok, attention, risk."""

    ICONS = {"ok": "check", "attention": "clock", "risk": "warning", "plain": None}
    COLOURS = {"ok": "ok_text", "attention": "attention_text", "risk": "error", "plain": "muted"}

    def __init__(
        self, text: str, kind: str = "plain", icon_name: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.label = QLabel(text)
        self.label.setProperty("role", "chip" if kind == "plain" else f"chip-{kind}")
        name = icon_name or self.ICONS.get(kind)
        if name:
            pic = QLabel()
            pic.setPixmap(icon(name, self.COLOURS[kind]).pixmap(QSize(16, 16)))
            pic.setAccessibleName("")
            layout.addWidget(pic)
            layout.addSpacing(4)
        layout.addWidget(self.label)
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)


class EmptyState(QWidget):
    """What to do next when a list is empty."""

    def __init__(self, icon_name: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pic = QLabel()
        pic.setPixmap(icon(icon_name, "muted", 96).pixmap(QSize(48, 48)))
        pic.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = text_label(message, "muted")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMinimumWidth(min(520, self.message.fontMetrics().horizontalAdvance(message) + 8))
        layout.addWidget(pic)
        layout.addWidget(self.message)
        self.setAccessibleName(message)

    def set_message(self, message: str) -> None:
        self.message.setText(message)
        self.setAccessibleName(message)


def clear_layout(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
