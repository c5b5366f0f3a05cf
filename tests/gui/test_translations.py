"""Translations: the translators' catalogue (resources/translations/cpdesk_en_GB.ts) holds
every string the desk client marks for translation, and a compiled translation really changes
what the user sees — through tr(), and through strings marked at module level
(QT_TRANSLATE_NOOP) and translated where they are shown."""

from __future__ import annotations

import ast
import datetime as dt
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from cpdesk.app import install_translators
from cpdesk.ui.help import SIGN_IN_HELP
from cpdesk.ui.status_bar import DeskStatusBar
from cpdesk.views import labels
from cpdesk.walkthrough import Walkthrough
from cpdesk.widgets.error_summary import ErrorSummary
from cpdesk.widgets.tags import Tag, tag_text

from .guikit import Gui, press

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "cpdesk_en_GB.ts"
BIN = Path(sys.executable).parent
LUPDATE = BIN / "pyside6-lupdate"
LRELEASE = BIN / "pyside6-lrelease"


def translated_sources() -> list[str]:
    """What `make translations` scans (the Makefile's TRANSLATED_SOURCES), so the two agree."""
    makefile = (ROOT / "Makefile").read_text("utf-8")
    found = re.search(r"^TRANSLATED_SOURCES := (.+)$", makefile, re.MULTILINE)
    assert found, "the Makefile names no TRANSLATED_SOURCES"
    return found.group(1).split()


def messages(ts: Path) -> set[tuple[str, str]]:
    """Every (context, source text) in a .ts file."""
    root = ET.parse(ts).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")}


def test_the_committed_catalogue_holds_every_marked_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(LUPDATE), "-silent", "-extensions", "py", "-locations", "none",
                    *translated_sources(), "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)
    extracted, committed = messages(fresh), messages(CATALOGUE)
    assert len(extracted) > 100  # the scan found the client's strings at all
    missing = sorted(extracted - committed)
    stale = sorted(committed - extracted)
    assert not missing and not stale, (
        "resources/translations/cpdesk_en_GB.ts is out of date: run `make translations`.\n"
        f"Not in it: {missing[:20]}\nNo longer in the source: {stale[:20]}")


TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def test_marked_strings_are_plain_literals() -> None:
    """lupdate takes only a literal: an f-string would be catalogued with its {braces} and
    never match at run time, a conditional would lose its second branch. Format after
    translating instead: ``self.tr("Signed in as {username}").format(username=…)``."""
    wrong = []
    for folder in translated_sources():
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name not in TRANSLATING or not node.args:
                    continue
                text = node.args[0] if name == "tr" else node.args[-1]
                if isinstance(text, (ast.JoinedStr, ast.IfExp, ast.BinOp, ast.BoolOp)):
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert wrong == []


# A small French translation of strings on the status bar, the lock screen, the navigation,
# the help window, a tag, the error summary, the search screen and the views' labels: tr() in
# a class, format strings, module dicts and constants translated where shown, a help text.
FRENCH = {
    "DeskStatusBar": {
        "Not signed in": "Non connecté",
        "Signed in as {username} ({roles})": "Connecté en tant que {username} ({roles})",
        "helpdesk": "assistance",
    },
    "LockScreen": {"Sign in to cpdesk": "Connexion à cpdesk"},
    "MainWindow": {"Search": "Recherche"},
    "SearchView": {"Search for a child": "Rechercher un enfant"},
    "Labels": {"February": "février", "{n} years": "{n} ans", "Female": "Féminin"},
    "HelpWindow": {"Help: {title}": "Aide : {title}"},
    "Help": {SIGN_IN_HELP: "Se connecter\n\nInsérez votre carte à puce dans le lecteur."},
    "Tag": {"Shielded": "Protégé"},
    "ErrorSummary": {"There is a problem": "Il y a un problème"},
}


def french_qm(folder: Path) -> Path:
    """FRENCH as cpdesk_fr.ts, compiled by pyside6-lrelease to cpdesk_fr.qm in ``folder``."""
    root = ET.Element("TS", version="2.1", language="fr_FR", sourcelanguage="en_GB")
    for name, pairs in FRENCH.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, translation in pairs.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = translation
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / "cpdesk_fr.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(folder / "cpdesk_fr.qm")],
                   check=True, capture_output=True, timeout=60)
    assert (folder / "cpdesk_fr.qm").is_file()
    return folder


@pytest.fixture()
def french(qapp: QApplication, tmp_path: Path) -> Iterator[list[QTranslator]]:
    """cpdesk in French for one test, installed as start-up installs it (a fr_FR locale),
    and removed afterwards."""
    installed = install_translators(qapp, QLocale("fr_FR"), french_qm(tmp_path / "qm"))
    assert installed, "the French catalogue did not load"
    try:
        yield installed
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_english_needs_no_catalogue(qapp: QApplication, tmp_path: Path) -> None:
    french_qm(tmp_path)
    assert install_translators(qapp, QLocale("en_GB"), tmp_path) == []
    assert install_translators(qapp, QLocale("en_GB")) == []  # none ships: English is the source
    assert DeskStatusBar().user.text() == "Not signed in"


def test_a_translation_changes_what_the_widgets_say(french: list[QTranslator]) -> None:
    del french
    bar = DeskStatusBar()
    assert bar.user.text() == "Non connecté"
    assert bar.connection.text() == "Checking the connection…"  # untranslated: English
    summary = ErrorSummary()
    assert summary.title.text() == "Il y a un problème"
    assert tag_text("shielded") == "Protégé"
    assert Tag("shielded").text() == "Protégé"
    # A view's code-to-words table and its templates (the untranslated template stays English).
    assert labels.word(labels.GENDERS, "female") == "Féminin"
    assert labels.born_text("2014-02-27", dt.date(2026, 3, 1)) == "27 février 2014 (12 ans)"


def test_the_desk_shows_its_translation(french: list[QTranslator], gui: Gui,
                                        enrol: Any) -> None:
    del french
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await gui.desk(user)
        window = desk.window
        assert window.lock_screen.title.text() == "Connexion à cpdesk"
        press(window.lock_screen.username, Qt.Key.Key_F1)
        assert window.help_window.title.text() == "Aide : Se connecter"
        assert window.help_window.body.text() == "Insérez votre carte à puce dans le lecteur."
        window.help_window.close()
        await Walkthrough(window).sign_in(user.username, user.password, user.pin)
        assert window.status.user.text() == "Connecté en tant que hd.amara (assistance)"
        assert window.nav.item(0).text() == "Recherche"
        assert window.search_view.accessibleName() == "Rechercher un enfant"

    gui.run(scenario())
