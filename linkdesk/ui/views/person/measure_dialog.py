"""Administering an outcome instrument item by item, in the person's language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.enums import Timepoint
from linkdesk.domain.instruments import Instrument, Item, TranslationStatus
from linkdesk.services.measures import administer_measure
from linkdesk.ui.background import run_in_background
from linkdesk.ui.session import Session
from linkdesk.ui.texts import error_text
from linkdesk.ui.widgets.common import button, primary_button, text_label, title
from linkdesk.ui.widgets.forms import Field, enum_combo


def text_in(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")


class ItemPage(QWidget):
    def __init__(self, item: Item, language: str, number: int, count: int) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self.tr("Question %1 of %2").replace("%1", str(number)).replace("%2", str(count)), "muted"
            )
        )
        question = text_label(text_in(item.text, language), "subtitle")
        layout.addWidget(question)
        self.group = QButtonGroup(self)
        choices: list[tuple[int, str]] = []
        if item.options is not None:
            choices = [(o.value, text_in(o.label, language)) for o in item.options]
        elif item.scale is not None:
            anchors = {a.value: text_in(a.label, language) for a in item.scale.anchors}
            choices = [
                (v, f"{v}" + (f" — {anchors[v]}" if v in anchors else ""))
                for v in range(item.scale.min, item.scale.max + 1)
            ]
        row = QVBoxLayout()
        for value, caption in choices:
            radio = QRadioButton(caption)
            radio.setAccessibleName(caption)
            self.group.addButton(radio, value)
            row.addWidget(radio)
        layout.addLayout(row)
        layout.addStretch(1)
        self.question = question

    def value(self) -> int | None:
        checked = self.group.checkedButton()
        return self.group.id(checked) if checked is not None else None

    def focus_first(self) -> None:
        buttons = self.group.buttons()
        target = self.group.checkedButton() or (buttons[0] if buttons else None)
        if target is not None:
            target.setFocus()


class MeasureDialog(QDialog):
    def __init__(
        self, session: Session, parent: QWidget, client_id: str, instrument: Instrument, language: str
    ) -> None:
        super().__init__(parent)
        self.session, self.client_id, self.instrument = session, client_id, instrument
        self.language = language if language in instrument.languages else "en"
        self.setWindowTitle(self.tr("Outcome measure"))
        self.setMinimumSize(620, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(title(text_in(instrument.title, self.language)))
        if instrument.translation_status.get(self.language) is TranslationStatus.NOT_VALIDATED:
            layout.addWidget(text_label(self.tr("This wording is not a validated translation."), "banner"))
        self.timepoint = enum_combo(list(Timepoint))
        layout.addWidget(Field(self.tr("Timepoint"), self.timepoint))
        self.stack = QStackedWidget()
        intro = QWidget()
        intro_layout = QVBoxLayout(intro)
        intro_layout.addWidget(text_label(text_in(instrument.intro or {"en": ""}, self.language)))
        intro_layout.addStretch(1)
        self.stack.addWidget(intro)
        self.pages = [
            ItemPage(item, self.language, n + 1, len(instrument.items))
            for n, item in enumerate(instrument.items)
        ]
        for page in self.pages:
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        self.message = text_label("", "error")
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "back")
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        row.addWidget(self.back_button)
        row.addStretch(1)
        cancel = button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        self.next_button = primary_button(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.go(0)

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.pages)))
        self.stack.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("Save answers") if index == len(self.pages) else self.tr("Next"))
        self.message.hide()
        if index > 0:
            self.pages[index - 1].focus_first()
        else:
            self.timepoint.setFocus()

    def _next(self) -> None:
        index = self.stack.currentIndex()
        if index > 0:
            page, item = self.pages[index - 1], self.instrument.items[index - 1]
            if page.value() is None and item.required:
                self.message.setText(self.tr("Choose an answer to go on."))
                self.message.show()
                page.focus_first()
                return
        if index < len(self.pages):
            self.go(index + 1)
            return
        self._save()

    def answers(self) -> dict[str, int]:
        return {
            item.id: v
            for item, page in zip(self.instrument.items, self.pages, strict=True)
            if (v := page.value()) is not None
        }

    def _save(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx, answers, when = workspace.ctx, self.answers(), self.timepoint.currentData()
        client_id, inst, language = self.client_id, self.instrument.id, self.language
        self.next_button.setEnabled(False)
        run_in_background(
            lambda: administer_measure(
                ctx,
                client_id=client_id,
                instrument_id=inst,
                timepoint=when,
                answers=answers,
                language=language,
            ),
            lambda _r: self.accept(),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.next_button.setEnabled(True)
        self.message.setText(error_text(exc))
        self.message.show()
