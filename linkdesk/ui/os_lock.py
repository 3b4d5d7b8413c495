"""Lock when the OS screen locks or the machine goes to sleep, where the desktop tells us (Linux D-Bus).

Windows and macOS do not expose these through Qt; there the idle lock and the suspended application state
(ui/session.py) cover it.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class OsLockWatcher(QObject):
    """Emits lock_requested when the screen saver activates or the system prepares to sleep."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        # Headless runs (tests, screenshots) have no desktop session to watch.
        headless = QGuiApplication.platformName() in ("offscreen", "minimal")
        if sys.platform.startswith("linux") and not headless:
            self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415 - Linux only
        except ImportError:
            return
        session, system = QDBusConnection.sessionBus(), QDBusConnection.systemBus()
        for service, path, interface in SCREEN_SAVERS:
            if session.isConnected() and session.connect(
                service, path, interface, "ActiveChanged", self, b"1on_active_changed(bool)"
            ):
                self.connected.append(interface)
        service, path, interface = LOGIN1
        if system.isConnected() and system.connect(
            service, path, interface, "PrepareForSleep", self, b"1on_prepare_for_sleep(bool)"
        ):
            self.connected.append(interface)
        log.debug("os lock signals: %s", self.connected or "none")

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()

    @Slot(bool)
    def on_prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self.lock_requested.emit()
