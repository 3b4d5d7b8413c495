"""French: the catalogue is complete, it loads, and the main screens show no untranslated English."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from linkdesk.ui.i18n import I18N_DIR, ensure_compiled

TS = I18N_DIR / "linkdesk_fr_CA.ts"


def _catalogue() -> dict[str, str]:
    """English source -> French, for every finished message."""
    found: dict[str, str] = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        found[source] = forms[-1]
    return found


def test_the_catalogue_is_complete_and_compiles():
    root = ET.parse(TS).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if (t := m.find("translation")) is not None
        and (t.get("type") in ("unfinished", "obsolete", "vanished") or not ("".join(t.itertext())).strip())
    ]
    assert unfinished == []
    # A message lupdate could not attribute to a context (a helper named `tr`) is never found at run time.
    nameless = [c.findtext("message/source") for c in root.iter("context") if not (c.findtext("name") or "")]
    assert nameless == []
    assert ensure_compiled("fr_CA") is not None
    assert ensure_compiled("en") is not None


def _visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _painted_texts(widget)
        texts.append(widget.accessibleName())
    return [t for t in texts if t]


_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


def _painted_texts(view: QAbstractItemView, rows: int = 60) -> list[str]:
    """What a list or table paints from its model (status words, labels, tooltips), not only widgets."""
    model, texts = view.model(), []
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # PySide6 hides columnCount on list models: they have one column
        columns = 1
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(min(rows, model.rowCount(root))):
        for column in range(columns):
            index = model.index(row, column, root)
            for role in _ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    texts += [value, *value.split(" · ")]
    return texts


ENDONYMS = frozenset({"English"})  # the language picker names each language in itself


def _untranslated(texts: list[str], catalogue: dict[str, str]) -> list[str]:
    english = {source.replace("&&", "&"): french for source, french in catalogue.items()}
    return sorted({t for t in texts if t in english and english[t] != t and "%" not in t} - ENDONYMS)


@pytest.fixture
def french_gui(qtbot, ui_paths, ui_workspace):
    from linkdesk.ui.qt_app import build_gui

    built = build_gui(ui_paths, language="fr_CA", workspace=ui_workspace)
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitUntil(lambda: built.window.workspace_view is not None)
    yield built
    built.session.shutdown()
    built.background.wait_for_done()
    built.languages.install("en")


def test_main_screens_show_no_untranslated_text(qtbot, french_gui):
    catalogue = _catalogue()
    window = french_gui.window
    view = window.workspace_view
    idle = french_gui.background.is_idle
    seen: list[str] = [a.text() for a in window.menuBar().actions()]
    for section in ("today", "caseload", "intake", "directory", "reports", "sync", "settings"):
        view.show_section(section)
        qtbot.waitUntil(idle)
        seen += _visible_texts(window)
    for step in range(len(view.intake.steps)):
        view.intake.go(step)
        seen += _visible_texts(window)
    client_id = view.caseload.model.rows[0].client_id
    view.open_person(client_id)
    qtbot.waitUntil(lambda: view.person.record is not None)
    for tab in range(view.person.tabs.count()):
        view.person.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(idle)
        seen += _visible_texts(window)
    headers = view.caseload.model.headers()
    assert headers[0] == "Nom"
    assert _untranslated(seen + headers, catalogue) == []
    assert "Aujourd\u2019hui" in seen and "Charge de cas" in seen
    assert "Actif" in seen  # painted by the caseload model, not a widget
    assert window.menuBar().actions()[0].text() == "&Fichier"


def test_dates_and_plurals_follow_the_locale(french_gui):
    from datetime import date

    from linkdesk.ui.formatting import long_date, relative_day

    assert long_date(date(2026, 3, 3)) == "mardi 3 mars 2026"
    assert relative_day(date(2026, 3, 1), date(2026, 3, 3)) == "en retard de 2 jours"
    assert relative_day(date(2026, 3, 4), date(2026, 3, 3)) == "demain"


def test_english_plurals_come_from_their_catalogue(gui):
    from datetime import date

    from linkdesk.ui.formatting import relative_day

    assert relative_day(date(2026, 3, 1), date(2026, 3, 3)) == "2 days overdue"
    assert relative_day(date(2026, 3, 2), date(2026, 3, 3)) == "1 day overdue"
    assert gui.window.workspace_view.caseload.tr("%n person(s)", "", 2) == "2 people"
