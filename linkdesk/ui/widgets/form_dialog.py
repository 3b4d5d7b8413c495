"""A dialog with a one-column form whose save runs a service call on the DB lane.

A failed save keeps the dialog open with everything typed; the message goes next to its field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from linkdesk.errors import LinkDeskError
from linkdesk.services.context import ServiceContext
from linkdesk.ui.background import run_in_background
from linkdesk.ui.session import Session
from linkdesk.ui.texts import error_text
from linkdesk.ui.widgets.common import button, primary_button, text_label, title
from linkdesk.ui.widgets.forms import Field, FieldSet

Task = Callable[[ServiceContext], Any]


class FormDialog(QDialog):
    def __init__(
        self,
        session: Session,
        heading: str,
        save_text: str,
        parent: QWidget | None = None,
        *,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.result_value: Any = None
        self.setWindowTitle(heading)
        self.setModal(True)
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.addWidget(title(heading))
        if intro:
            outer.addWidget(text_label(intro, "muted"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.form = QVBoxLayout(body)
        self.form.setContentsMargins(0, 0, 8, 0)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.fields = FieldSet()
        self.message = text_label("", "error")
        self.message.hide()
        outer.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button)
        self.save_button = primary_button(save_text, "save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        self.make_task: Callable[[], Task | None] | None = None

    def add(self, name: str, field: Field) -> Field:
        self.form.addWidget(field)
        return self.fields.add(name, field)

    def add_widget(self, widget: QWidget) -> None:
        self.form.addWidget(widget)

    def finish_form(self) -> None:
        self.form.addStretch(1)
        first = next(iter(self.fields.fields.values()), None)
        if first is not None:
            first.editor.setFocus()

    def _save(self) -> None:
        self.fields.clear()
        self.message.hide()
        workspace = self.session.workspace
        if workspace is None or self.make_task is None:
            return
        task = self.make_task()  # reads the widgets here, on the GUI thread; None means "not valid yet"
        if task is None:
            return
        ctx = workspace.ctx
        self.save_button.setEnabled(False)
        run_in_background(lambda: task(ctx), self._done, self._failed)

    def _done(self, value: Any) -> None:
        self.result_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, LinkDeskError) and self.fields.show(exc):
            return
        self.message.setText(error_text(exc))
        self.message.show()
