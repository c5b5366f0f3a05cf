"""The role guides in docs/guides/ stay true to the client: every screenshot they show exists
in docs/guides/img/ and is still one the headless demo makes, and the keyboard quick reference
names every shortcut the code registers.

Static only (no demo run, no Qt): the demo's screenshot names are read from the
``record_step(...)`` calls in the walk modules with :mod:`ast`. A screenshot file is
``NN-<step name>.png`` (``Walkthrough.record_step``), the classroom walk's under
``classroom/``; ``make guides`` regenerates them all.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUIDES = ROOT / "docs" / "guides"
IMG = GUIDES / "img"
WALK_MODULES = [ROOT / "cpdesk" / name for name in ("walkthrough.py", "training_walk.py",
                                                     "demo.py")]
ROLE_GUIDES = ("helpdesk.md", "mediator.md", "trainer.md", "management.md")

# A Markdown image, ![alt](img/…png), or a plain mention of img/….png.
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<target>[^)\s]+)\)")
MENTION = re.compile(r"(?<![\w/.-])img/[\w./-]+\.png")
SHOT = re.compile(r"^(?:classroom/)?\d{2}-(?P<name>[a-z0-9-]+)\.png$")


def guide_files() -> list[Path]:
    return sorted(GUIDES.glob("*.md"))


def references(page: Path) -> list[str]:
    """Every image a guide shows or names, relative to docs/guides/img/."""
    text = page.read_text(encoding="utf-8")
    found = {m.group("target") for m in IMAGE.finditer(text)} | set(MENTION.findall(text))
    return sorted(target.removeprefix("img/") for target in found if target.endswith(".png"))


def demo_step_patterns() -> list[re.Pattern[str]]:
    """The names the walks pass to ``record_step``: literal strings, and f-strings as patterns
    (``f"presenter-tour-{shown}"`` → ``presenter-tour-.+``)."""
    patterns: list[re.Pattern[str]] = []
    for module in WALK_MODULES:
        tree = ast.parse(module.read_text(encoding="utf-8"), filename=str(module))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called != "record_step":
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                patterns.append(re.compile(re.escape(first.value)))
            elif isinstance(first, ast.JoinedStr):
                parts = [re.escape(str(v.value)) if isinstance(v, ast.Constant) else ".+"
                         for v in first.values]
                patterns.append(re.compile("".join(parts)))
    return patterns


def test_the_guides_exist() -> None:
    names = {page.name for page in guide_files()}
    for wanted in (*ROLE_GUIDES, "keyboard.md"):
        assert wanted in names, f"docs/guides/{wanted} is missing"


def test_the_walks_name_their_screenshots() -> None:
    # If this fails, the demo's screenshot mechanism changed: update demo_step_patterns.
    patterns = demo_step_patterns()
    for expected in ("signed-in", "search-results", "record", "helpdesk-call", "mediating",
                     "decision-sent", "classroom-dashboard", "presenter-tour-3"):
        assert any(p.fullmatch(expected) for p in patterns), expected
    assert not any(p.fullmatch("no-such-step") for p in patterns)


@pytest.mark.parametrize("guide", ROLE_GUIDES)
def test_each_role_guide_shows_screenshots(guide: str) -> None:
    assert references(GUIDES / guide), f"{guide} shows no screenshot"


def test_every_referenced_screenshot_exists() -> None:
    missing = [f"{page.name}: img/{ref}" for page in guide_files() for ref in references(page)
               if not (IMG / ref).is_file()]
    assert not missing, ("screenshots referenced but not in docs/guides/img/ "
                         f"(run `make guides`, then fix the names): {missing}")


def test_every_referenced_screenshot_is_still_made_by_the_demo() -> None:
    patterns = demo_step_patterns()
    stale = []
    for page in guide_files():
        for ref in references(page):
            shot = SHOT.match(ref)
            if shot is None:
                stale.append(f"{page.name}: img/{ref} is not named like a demo screenshot")
            elif not any(p.fullmatch(shot.group("name")) for p in patterns):
                stale.append(f"{page.name}: img/{ref} — the demo no longer makes "
                             f"\u201c{shot.group('name')}\u201d")
    assert not stale, stale


def test_every_image_has_alternative_text() -> None:
    bare = [f"{page.name}: {m.group('target')}" for page in guide_files()
            for m in IMAGE.finditer(page.read_text(encoding="utf-8"))
            if not m.group("alt").strip()]
    assert not bare, f"images without alt text: {bare}"


def registered_shortcuts() -> set[str]:
    """Key sequences the client registers: ``_shortcut("…")``, ``QKeySequence("…")``."""
    keys: set[str] = set()
    for module in (ROOT / "cpdesk").rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        keys |= set(re.findall(r"_shortcut\(\s*\"([^\"]+)\"", text))
        keys |= set(re.findall(r"QKeySequence\(\s*\"([^\"]+)\"\s*\)", text))
        if "QKeySequence(keys)" in text:  # a loop over literal key sequences
            for group in re.findall(r"for keys in \(([^)]*)\)", text):
                keys |= set(re.findall(r"\"([^\"]+)\"", group))
    return keys


def test_the_keyboard_reference_names_every_shortcut() -> None:
    page = (GUIDES / "keyboard.md").read_text(encoding="utf-8")
    spoken = {"Esc": "Esc", "Ctrl+Return": "Ctrl+Enter"}
    keys = registered_shortcuts()
    assert {"Ctrl+L", "Ctrl+F", "F1"} <= keys, keys
    missing = [key for key in sorted(keys) if spoken.get(key, key) not in page]
    assert not missing, f"docs/guides/keyboard.md does not mention: {missing}"


def test_make_guides_saves_into_the_guides_folder() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = re.search(r"^guides:.*?(?=^\S|\Z)", makefile, re.MULTILINE | re.DOTALL)
    assert target is not None, "the Makefile has no guides target"
    assert "cpdesk.demo" in target.group(0) and "docs/guides/img" in target.group(0)
