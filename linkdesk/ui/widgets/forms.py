"""Form fields: a label above (the field's buddy), the input, and its error message right below."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from linkdesk.ui.formatting import from_qdate, to_qdate
from linkdesk.ui.texts import error_field, error_text, label
from linkdesk.ui.widgets.common import text_label


class Field(QWidget):
    """One labelled input with room for a validation message in the user's language."""

    def __init__(
        self, caption: str, editor: QWidget, *, hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(3)
        self.caption = QLabel(caption)
        self.caption.setBuddy(editor)
        self.caption.setWordWrap(True)
        editor.setAccessibleName(caption.replace("&", ""))
        if hint:
            editor.setAccessibleDescription(hint)
        layout.addWidget(self.caption)
        layout.addWidget(editor)
        self.hint = text_label(hint, "muted") if hint else None
        if self.hint is not None:
            layout.addWidget(self.hint)
        self.error = text_label("", "error")
        self.error.hide()
        layout.addWidget(self.error)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)
        desc = self.hint.text() if self.hint is not None else ""
        self.editor.setAccessibleDescription(f"{message} {desc}".strip())

    def clear_error(self) -> None:
        self.show_error("")


class FieldSet:
    """Named fields of one form; maps a service's ValidationError(field=...) to the right field."""

    def __init__(self) -> None:
        self.fields: dict[str, Field] = {}

    def add(self, name: str, field: Field) -> Field:
        self.fields[name] = field
        return field

    def clear(self) -> None:
        for f in self.fields.values():
            f.clear_error()

    def show(self, exc: BaseException) -> bool:
        """Put the message next to its field; False when no field of this form matches."""
        name = error_field(exc)
        target = self.fields.get(name or "")
        if target is None:
            return False
        target.show_error(error_text(exc))
        target.editor.setFocus()
        return True

    def show_required(self, name: str, message: str) -> None:
        self.fields[name].show_error(message)
        self.fields[name].editor.setFocus()


def line_edit(text: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMaxLength(max_length)
    return edit


def text_area(text: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)  # keyboard users move on with Tab
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * (lines + 3) + 16)
    return edit


def enum_combo(values: Iterable[Any], *, empty: str | None = None, current: Any = None) -> QComboBox:
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(label(value), value)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def date_edit(day: date | None = None, *, allow_empty: bool = False) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if allow_empty:
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(" ")
    edit.setDate(to_qdate(day) if day else (edit.minimumDate() if allow_empty else QDate.currentDate()))
    return edit


def date_value(edit: QDateEdit) -> date | None:
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    return from_qdate(edit.date())


def check(text: str, checked: bool = False) -> QCheckBox:
    box = QCheckBox(text)
    box.setChecked(checked)
    box.setAccessibleName(text.replace("&", ""))
    return box


def align_top(layout: Any) -> None:
    layout.setAlignment(Qt.AlignmentFlag.AlignTop)
