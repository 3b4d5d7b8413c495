"""The server address, username and password fields: one form for first run and for Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from linkdesk.ui.widgets.forms import Field, line_edit

translate = QCoreApplication.translate


class LoginFields:
    """Builds the three labelled fields into `layout`; the owner reads `url`, `username`, `password`."""

    def __init__(self, layout: QVBoxLayout) -> None:
        self.url = line_edit(max_length=300)
        self.url.setPlaceholderText("https://linkdesk.example.org")
        self.url_field = Field(translate("LoginFields", "Server &address"), self.url)
        self.username = line_edit(max_length=120)
        self.username_field = Field(translate("LoginFields", "&Username"), self.username)
        self.password = line_edit(max_length=1024)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field = Field(translate("LoginFields", "Pass&word"), self.password)
        for f in self.fields:
            layout.addWidget(f)

    @property
    def fields(self) -> tuple[Field, Field, Field]:
        return self.url_field, self.username_field, self.password_field

    def values(self) -> tuple[str, str, str]:
        return self.url.text().strip(), self.username.text().strip(), self.password.text()
