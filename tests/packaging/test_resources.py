"""resources/ at the repository's root, installed as ``cpdesk.resources``: every loader finds
its file through importlib.resources, setup.py installs every folder of it, and the icon comes
at the sizes Windows, macOS and Linux want."""

from __future__ import annotations

import struct
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"


def test_the_old_package_folder_is_gone() -> None:
    assert not (ROOT / "cpdesk" / "resources").exists()


def test_every_resource_file_is_reachable_through_importlib_resources() -> None:
    installed = resources.files("cpdesk.resources")
    files = [p for p in RESOURCES.rglob("*")
             if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"]
    assert len(files) > 10
    for path in files:
        relative = path.relative_to(RESOURCES).parts
        assert installed.joinpath(*relative).read_bytes() == path.read_bytes(), relative


def test_the_loaders_read_cpdesk_resources() -> None:
    from cpdesk.central.training import scenarios_dir
    from cpdesk.views.la_names import la_names

    assert la_names()["E08000035"].startswith("Leeds")
    assert (scenarios_dir() / "children.jsonl").is_file()
    source = (ROOT / "cpdesk" / "ui" / "theme.py").read_text(encoding="utf-8")
    assert 'files("cpdesk.resources")' in source
    for path in (ROOT / "cpdesk").rglob("*.py"):  # no loader still looks in cpdesk/resources
        text = path.read_text(encoding="utf-8")
        assert 'files("cpdesk")' not in text, path
        assert '"resources" /' not in text, path


def setup_arguments() -> dict[str, Any]:
    """What setup.py passes to setuptools, without building anything."""
    import setuptools

    captured: dict[str, Any] = {}
    code = compile((ROOT / "setup.py").read_text(encoding="utf-8"), str(ROOT / "setup.py"), "exec")
    original = setuptools.setup
    setuptools.setup = lambda **kwargs: captured.update(kwargs)  # type: ignore[assignment]
    try:
        exec(code, {"__file__": str(ROOT / "setup.py"), "__name__": "setup"})
    finally:
        setuptools.setup = original
    return captured


def test_setup_installs_every_package_and_every_resource_folder() -> None:
    arguments = setup_arguments()
    packages = set(arguments["packages"])
    for folder in (ROOT / "cpdesk").rglob("*"):
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py")):
            name = ".".join(folder.relative_to(ROOT).parts)
            assert name in packages, name
    assert arguments["package_dir"] == {"cpdesk.resources": "resources"}
    for folder in RESOURCES.iterdir():
        if folder.is_dir() and folder.name != "__pycache__":
            assert f"cpdesk.resources.{folder.name}" in packages
            assert arguments["package_data"][f"cpdesk.resources.{folder.name}"] == ["*"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icons_for_linux(size: int) -> None:
    assert png_size(RESOURCES / "icons" / f"cpdesk-{size}.png") == (size, size)


def test_ico_for_windows_holds_its_sizes() -> None:
    data = (RESOURCES / "icons" / "cpdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # 0 stands for 256
    assert sizes >= {16, 24, 32, 48, 256}


def test_icns_for_macos_and_svg_for_linux() -> None:
    icns = (RESOURCES / "icons" / "cpdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    chunks = set()
    offset = 8
    while offset < len(icns):
        chunks.add(icns[offset:offset + 4])
        offset += struct.unpack(">I", icns[offset + 4:offset + 8])[0]
    assert {b"ic10", b"ic09", b"ic08", b"ic07"} <= chunks  # 1024, 512, 256, 128
    svg = (RESOURCES / "icons" / "cpdesk.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and 'viewBox="0 0 256 256"' in svg


def test_the_committed_icons_are_what_make_icons_draws() -> None:
    pytest.importorskip("PIL")
    done = subprocess.run([sys.executable, str(ROOT / "installer" / "make_icons.py"), "--check"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_pyproject_package_data_covers_every_top_level_resource_file() -> None:
    import fnmatch
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["cpdesk.resources"]
    for path in RESOURCES.iterdir():
        if path.is_file() and path.suffix != ".py":
            assert any(fnmatch.fnmatch(path.name, p) for p in patterns), path.name


def test_pyproject_package_data_covers_every_resource_folder() -> None:
    """setuptools takes package data from pyproject.toml over setup.py's package_data: a
    folder of resources/ missing there would be left out of the wheel."""
    import fnmatch
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = data["tool"]["setuptools"]["package-data"]
    for folder in RESOURCES.iterdir():
        if folder.is_dir() and folder.name != "__pycache__":
            patterns = package_data.get(f"cpdesk.resources.{folder.name}", [])
            for path in folder.iterdir():
                assert any(fnmatch.fnmatch(path.name, p) for p in patterns), path
