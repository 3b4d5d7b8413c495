"""The unlock screen: passphrase in, nothing personal shown until it opens."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from linkdesk.errors import LinkDeskError
from linkdesk.ui.texts import error_text
from linkdesk.ui.theme import icon
from linkdesk.ui.widgets.common import card, primary_button, text_label, title
from linkdesk.ui.widgets.forms import Field
from linkdesk.ui.widgets.passphrase import PassphraseInput


class UnlockView(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, *, demo_passphrase: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        frame, layout = card()
        frame.setMinimumWidth(420)
        frame.setMaximumWidth(560)
        outer.addWidget(frame)
        head = QHBoxLayout()
        pic = QLabel()
        pic.setPixmap(icon("lock", "primary", 96).pixmap(QSize(40, 40)))
        head.addWidget(pic)
        head.addWidget(title(self.tr("LinkDesk is locked")), 1)
        layout.addLayout(head)
        layout.addWidget(text_label(self.tr("Enter your passphrase to open your caseload."), "muted"))
        if demo_passphrase:
            layout.addWidget(
                text_label(
                    self.tr("Demo data: every person here is invented. The demo passphrase is “%1”.").replace(
                        "%1", demo_passphrase
                    ),
                    "banner",
                )
            )
        self.passphrase = PassphraseInput(1, with_meter=False)
        self.field = Field(self.tr("&Passphrase"), self.passphrase.edit)
        layout.addWidget(self.field)
        row = QHBoxLayout()
        row.addStretch(1)
        self.unlock_button = primary_button(self.tr("Unlock"), "lock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.passphrase.edit.returnPressed.connect(self._submit)

    def reset(self) -> None:
        self.passphrase.clear()
        self.field.clear_error()
        self.unlock_button.setEnabled(True)
        self.unlock_button.setText(self.tr("Unlock"))
        self.passphrase.focus_input()

    def _submit(self) -> None:
        if not self.passphrase.text():
            self.field.show_error(self.tr("Enter your passphrase."))
            return
        self.field.clear_error()
        self.unlock_button.setEnabled(False)
        self.unlock_button.setText(self.tr("Unlocking…"))
        self.unlock_requested.emit(self.passphrase.text())

    def show_failure(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.unlock_button.setText(self.tr("Unlock"))
        message = error_text(exc)
        if isinstance(exc, LinkDeskError) and exc.code == "unlock_throttled":
            seconds = int(float(exc.details.get("retry_after_s", 0)) + 0.999)
            message = self.tr("Too many wrong passphrases. Try again in %n second(s).", "", seconds)
        self.field.show_error(message)
        self.passphrase.edit.selectAll()
        self.passphrase.focus_input()
