"""The look: palette (light and dark), the style sheet and the shipped SVG icons."""

from __future__ import annotations

from functools import lru_cache
from string import Template

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from linkdesk.paths import RESOURCES_DIR

ICONS_DIR = RESOURCES_DIR / "icons"
STYLE_FILE = RESOURCES_DIR / "style" / "linkdesk.qss"

LIGHT = {
    "window": "#F5F7F7",
    "surface": "#FFFFFF",
    "rail": "#EEF2F2",
    "text": "#1C2626",
    "muted": "#4D5C5C",
    "border": "#D5DDDD",
    "border_strong": "#A9B7B7",
    "hover": "#E3EBEB",
    "alt_row": "#F8FAFA",
    "primary": "#0B5E5E",
    "primary_hover": "#094B4B",
    "primary_soft": "#D6EBEA",
    "on_primary": "#FFFFFF",
    "focus": "#0B5E5E",
    "chip": "#E6ECEC",
    "ok_bg": "#DDEFE6",
    "ok_text": "#14532D",
    "attention_bg": "#FDF0D5",
    "attention_text": "#7A4A00",
    "error": "#B3261E",
    "error_bg": "#FBE4E2",
    "info_bg": "#E4F0F0",
}
DARK = {
    "window": "#141B1B",
    "surface": "#1C2525",
    "rail": "#182121",
    "text": "#E6EEEE",
    "muted": "#A9B8B8",
    "border": "#2E3B3B",
    "border_strong": "#4A5C5C",
    "hover": "#243030",
    "alt_row": "#1F2929",
    "primary": "#5FC4BE",
    "primary_hover": "#7AD3CE",
    "primary_soft": "#1E3F3E",
    "on_primary": "#0B1A1A",
    "focus": "#7AD3CE",
    "chip": "#263232",
    "ok_bg": "#1D3A2B",
    "ok_text": "#A7E3C1",
    "attention_bg": "#3D2E0F",
    "attention_text": "#F5C871",
    "error": "#F2A7A0",
    "error_bg": "#3F1E1C",
    "info_bg": "#1F3333",
}


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def colours() -> dict[str, str]:
    return DARK if is_dark() else LIGHT


def apply_theme(app: QApplication) -> None:
    c = colours()
    app.setStyle("Fusion")
    palette = app.palette()
    for role, key in (
        (QPalette.ColorRole.Window, "window"),
        (QPalette.ColorRole.Base, "surface"),
        (QPalette.ColorRole.Text, "text"),
        (QPalette.ColorRole.WindowText, "text"),
        (QPalette.ColorRole.Button, "surface"),
        (QPalette.ColorRole.ButtonText, "text"),
        (QPalette.ColorRole.Highlight, "primary"),
        (QPalette.ColorRole.HighlightedText, "on_primary"),
        (QPalette.ColorRole.PlaceholderText, "muted"),
        (QPalette.ColorRole.Link, "primary"),
        (QPalette.ColorRole.AlternateBase, "alt_row"),
        (QPalette.ColorRole.ToolTipBase, "surface"),
        (QPalette.ColorRole.ToolTipText, "text"),
    ):
        palette.setColor(role, QColor(c[key]))
    app.setPalette(palette)
    app.setStyleSheet(Template(STYLE_FILE.read_text(encoding="utf-8")).safe_substitute(c))
    icon.cache_clear()


@lru_cache(maxsize=256)
def icon(name: str, colour: str = "text", size: int = 48) -> QIcon:
    """A shipped SVG icon drawn in a palette colour (a key of the palette, or '#rrggbb')."""
    path = ICONS_DIR / f"{name}.svg"
    svg = path.read_text(encoding="utf-8").replace("currentColor", colours().get(colour, colour))
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QIcon(pixmap)
