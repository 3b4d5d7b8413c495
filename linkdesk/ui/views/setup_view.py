"""First run: create the encrypted vault on this laptop, with passphrase guidance and keyring facts."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from linkdesk.services.ui_vault import KeyringStatus, keyring_status, min_passphrase_chars
from linkdesk.sync.errors import AuthRejectedError, SyncError
from linkdesk.ui.background import run_in_background
from linkdesk.ui.texts import error_text
from linkdesk.ui.views.sync.login_fields import LoginFields
from linkdesk.ui.views.sync.texts import connect_error_text
from linkdesk.ui.widgets.common import card, primary_button, text_label, title
from linkdesk.ui.widgets.forms import Field, check
from linkdesk.ui.widgets.passphrase import PassphraseInput, strength


@dataclass(frozen=True)
class EnrolRequest:
    passphrase: str
    passphrase_only: bool
    url: str
    username: str
    password: str = field(repr=False)


class SetupView(QWidget):
    """Emits create_requested(passphrase, passphrase_only) once the form is valid."""

    create_requested = Signal(str, bool)
    enroll_requested = Signal(object)  # an EnrolRequest: enrol with the organisation's server

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.keyring: KeyringStatus | None = None
        layout = self._scrolling_card()
        layout.addWidget(title(self.tr("Set up LinkDesk on this laptop")))
        self.notice = text_label("", "banner")
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addWidget(
            text_label(
                self.tr(
                    "Everything you record is kept encrypted on this laptop. Choose a passphrase that only "
                    "you know: you will type it each time you unlock LinkDesk. If it is forgotten, records "
                    "that have not synced cannot be recovered."
                ),
                "muted",
            )
        )
        minimum = min_passphrase_chars()
        self.passphrase = PassphraseInput(minimum)
        self.passphrase_field = Field(self.tr("&Passphrase"), self.passphrase.edit)
        self.passphrase_field.layout().addWidget(self.passphrase)  # type: ignore[union-attr]
        layout.addWidget(self.passphrase_field)
        self.confirm = PassphraseInput(minimum, with_meter=False)
        self.confirm_field = Field(self.tr("&Type it again"), self.confirm.edit)
        self.confirm_field.layout().addWidget(self.confirm)  # type: ignore[union-attr]
        layout.addWidget(self.confirm_field)
        self.keyring_note = text_label(self.tr("Checking this computer's secure keyring…"), "info")
        layout.addWidget(self.keyring_note)
        self.passphrase_only = check(self.tr("Use passphrase-only mode (my organisation allows it)"))
        self.passphrase_only.hide()
        layout.addWidget(self.passphrase_only)
        layout.addWidget(self._server_fields())
        self.error = text_label("", "error")
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.create_button = primary_button(self.tr("Create encrypted storage"), "shield")
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._submit)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        self.confirm.edit.returnPressed.connect(self._submit)
        run_in_background(keyring_status, self._keyring_checked, lambda _exc: self._keyring_checked(None))

    def _scrolling_card(self) -> QVBoxLayout:
        """The centred card; it scrolls when the server fields make it taller than the window."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("Page")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("Page")
        body.setMaximumWidth(620 + 2 * 12)  # the card's width: wrapped text gets the height it needs
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 12, 12, 12)
        column.addStretch(1)
        frame, layout = card()
        frame.setMaximumWidth(620)
        column.addWidget(frame)
        column.addStretch(1)
        return layout

    def _server_fields(self) -> QWidget:
        """First run with the organisation's server: address, username and password (hidden until asked)."""
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        self.use_server = check(self.tr("Connect to my organisation's server"))
        self.use_server.toggled.connect(self._server_toggled)
        self.server_box = QWidget()
        server = QVBoxLayout(self.server_box)
        server.setContentsMargins(0, 0, 0, 0)
        server.addWidget(
            text_label(
                self.tr(
                    "Your organisation gives you the server address, a username and a password. Your "
                    "caseload is downloaded once the server accepts them."
                ),
                "muted",
            )
        )
        login = LoginFields(server)
        self.url, self.username, self.password = login.url, login.username, login.password
        self.url_field, self.username_field, self.password_field = login.fields
        self.server_box.hide()
        outer.addWidget(self.use_server)
        outer.addWidget(self.server_box)
        return holder

    def _keyring_checked(self, status: KeyringStatus | None) -> None:
        self.keyring = status
        if status is not None and status.is_acceptable:
            self.keyring_note.setText(
                self.tr(
                    "This computer has a secure keyring. LinkDesk keeps a device secret there, so your data "
                    "needs both this laptop and your passphrase to open."
                )
            )
        else:
            self.keyring_note.setProperty("role", "banner")
            self.keyring_note.style().unpolish(self.keyring_note)
            self.keyring_note.style().polish(self.keyring_note)
            self.keyring_note.setText(
                self.tr(
                    "This computer has no secure keyring that LinkDesk can use. In passphrase-only mode your "
                    "data is still encrypted, but it is protected by your passphrase alone: anyone who copies"
                    " the files can try to guess it. Use it only if your organisation allows it, and choose"
                    " a long passphrase."
                )
            )
            self.passphrase_only.show()
        self.create_button.setEnabled(True)
        self.passphrase.focus_input()

    def _submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        self.passphrase_field.clear_error()
        self.confirm_field.clear_error()
        self.error.hide()
        text = self.passphrase.text()
        if strength(text, self.passphrase.min_chars) == 0:
            self.passphrase_field.show_error(
                self.tr("Use at least %n characters.", "", self.passphrase.min_chars)
            )
            self.passphrase.focus_input()
            return
        if text != self.confirm.text():
            self.confirm_field.show_error(self.tr("The two passphrases are not the same."))
            self.confirm.focus_input()
            return
        needs_opt_in = self.keyring is None or not self.keyring.is_acceptable
        if needs_opt_in and not self.passphrase_only.isChecked():
            self.error.setText(self.tr("Tick passphrase-only mode to continue on this computer."))
            self.error.show()
            self.passphrase_only.setFocus()
            return
        if self.use_server.isChecked():
            values = (self.url.text().strip(), self.username.text().strip(), self.password.text())
            fields = (self.url_field, self.username_field, self.password_field)
            for value, f in zip(values, fields, strict=True):
                f.clear_error()
                if not value:
                    f.show_error(self.tr("This is required."))
                    f.editor.setFocus()
                    return
            self.create_button.setEnabled(False)
            self.create_button.setText(self.tr("Connecting…"))
            self.enroll_requested.emit(EnrolRequest(text, needs_opt_in, *values))
            return
        self.create_button.setEnabled(False)
        self.create_button.setText(self.tr("Creating…"))
        self.create_requested.emit(text, needs_opt_in)

    def _server_toggled(self, on: bool) -> None:
        self.server_box.setVisible(on)
        self.create_button.setText(self._create_text())
        if on:
            self.url.setFocus()

    def _create_text(self) -> str:
        if self.use_server.isChecked():
            return self.tr("Connect and create encrypted storage")
        return self.tr("Create encrypted storage")

    def show_notice(self, message: str) -> None:
        """Why the app is back at first run (the laptop was removed from the server, or signed out)."""
        self.notice.setText(message)
        self.notice.show()

    def show_failure(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.create_button.setText(self._create_text())
        if isinstance(exc, SyncError) or getattr(exc, "code", "") == "sync_already_connected":
            target = self.password_field if isinstance(exc, AuthRejectedError) else self.url_field
            target.show_error(connect_error_text(exc))
            target.editor.setFocus()
            return
        self.error.setText(error_text(exc))
        self.error.show()
