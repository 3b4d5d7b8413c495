"""Settings: language, idle lock time, the passphrase and the regional server."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from linkdesk.services.settings_store import IDLE_MINUTES_RANGE, UiSettings, save_settings
from linkdesk.services.ui_vault import change_passphrase, min_passphrase_chars
from linkdesk.ui.background import run_in_background
from linkdesk.ui.i18n import LANGUAGES, Languages
from linkdesk.ui.session import Session
from linkdesk.ui.sync_controller import SyncController
from linkdesk.ui.texts import error_text
from linkdesk.ui.views.sync.connect_card import ConnectCard
from linkdesk.ui.widgets.common import card, primary_button, subtitle, text_label, title
from linkdesk.ui.widgets.forms import Field, spin
from linkdesk.ui.widgets.passphrase import PassphraseInput


class SettingsView(QWidget):
    language_changed = Signal()

    def __init__(
        self,
        session: Session,
        languages: Languages,
        parent: QWidget | None = None,
        *,
        sync: SyncController | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.languages = languages
        self.setObjectName("Page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()  # the page grows with the server card: it scrolls at 1280x720 and 200%
        scroll.setObjectName("Page")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        # As wide as the cards (640) plus margins, so wrapped text gets the height it needs.
        body.setMaximumWidth(640 + 28 + 28)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.addWidget(title(self.tr("Settings")))
        frame, box = card()
        frame.setMaximumWidth(640)
        box.addWidget(subtitle(self.tr("Language and locking")))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(session.settings.language), 0))
        box.addWidget(Field(self.tr("&Language"), self.language))
        low, high = IDLE_MINUTES_RANGE
        self.idle = spin(low, high, session.settings.idle_lock_minutes)
        self.idle.setSuffix(self.tr(" min"))
        box.addWidget(
            Field(
                self.tr("Lock after this many &minutes without use"),
                self.idle,
                hint=self.tr("A warning appears two minutes before. Ctrl+L locks at once."),
            )
        )
        self.settings_status = text_label("", "muted")
        box.addWidget(self.settings_status)
        row = QHBoxLayout()
        row.addStretch(1)
        apply = primary_button(self.tr("Save settings"), "save")
        apply.clicked.connect(self.save)
        row.addWidget(apply)
        box.addLayout(row)
        layout.addWidget(frame)
        layout.addWidget(self._passphrase_card())
        if sync is not None:
            self.connect_card = ConnectCard(sync)
            layout.addWidget(self.connect_card)
        layout.addStretch(1)

    def _passphrase_card(self) -> QWidget:
        frame, box = card()
        frame.setMaximumWidth(640)
        box.addWidget(subtitle(self.tr("Change passphrase")))
        self.old = PassphraseInput(1, with_meter=False)
        self.old_field = Field(self.tr("&Current passphrase"), self.old.edit)
        box.addWidget(self.old_field)
        self.new = PassphraseInput(min_passphrase_chars())
        self.new_field = Field(self.tr("&New passphrase"), self.new.edit)
        self.new_field.layout().addWidget(self.new)  # type: ignore[union-attr]
        box.addWidget(self.new_field)
        self.passphrase_status = text_label("", "muted")
        box.addWidget(self.passphrase_status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.change_button = primary_button(self.tr("Change passphrase"), "lock")
        self.change_button.clicked.connect(self._change_passphrase)
        row.addWidget(self.change_button)
        box.addLayout(row)
        return frame

    def save(self) -> None:
        paths = self.session.paths
        new = replace(
            self.session.settings, language=self.language.currentData(), idle_lock_minutes=self.idle.value()
        )
        language_changed = new.language != self.session.settings.language
        run_in_background(lambda: save_settings(paths, new), lambda s: self._saved(s, language_changed))

    def _saved(self, settings: UiSettings, language_changed: bool) -> None:
        self.session.settings = settings
        self.session.set_idle_minutes(settings.idle_lock_minutes)
        self.settings_status.setText(self.tr("Settings saved."))
        if language_changed:
            self.languages.install(settings.language)
            self.language_changed.emit()

    def _change_passphrase(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        self.old_field.clear_error()
        self.new_field.clear_error()
        old, new = self.old.text(), self.new.text()
        if len(new) < min_passphrase_chars():
            self.new_field.show_error(self.tr("Use at least %n characters.", "", min_passphrase_chars()))
            return
        self.change_button.setEnabled(False)
        self.passphrase_status.setText(self.tr("Changing…"))
        run_in_background(lambda: change_passphrase(workspace, old=old, new=new), self._changed, self._failed)

    def _changed(self, _result: object) -> None:
        self.change_button.setEnabled(True)
        self.old.clear()
        self.new.clear()
        self.passphrase_status.setText(self.tr("Passphrase changed. Use the new one next time you unlock."))

    def _failed(self, exc: BaseException) -> None:
        self.change_button.setEnabled(True)
        self.passphrase_status.setText("")
        self.old_field.show_error(error_text(exc))
