"""installer/: the MSI source (version and upgrade code from pyproject.toml, per machine,
Program Files, a Start-menu shortcut), the Group Policy template, the Debian package.

The MSI and the .deb are built here from a tiny fake bundle (two scripts standing in for the
executables), which takes a second; ``make package`` builds them from the real bundle."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cpdesk.config import FIELDS, WINDOWS_POLICY_KEY

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
sys.path.insert(0, str(INSTALLER))

import build_deb  # noqa: E402
import build_msi  # noqa: E402

WIX = "{http://schemas.microsoft.com/wix/2006/wi}"
GP = "{http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions}"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("cpdesk", "cpdesk-central"):
        script = bundle / name
        script.write_text(f"#!/bin/sh\necho {name} fake\n", encoding="utf-8")
        script.chmod(0o755)
    (bundle / "_internal" / "library.so").write_bytes(b"\0" * 100)
    return bundle


def test_version_and_upgrade_code_come_from_pyproject() -> None:
    version, code = build_msi.project()
    assert version == PYPROJECT["project"]["version"]
    assert re.fullmatch(r"\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", code)
    assert code.strip("{}") == PYPROJECT["tool"]["cpdesk"]["installer"]["upgrade-code"]
    assert build_msi.msi_version("1.2.0rc1") == "1.2.0"
    assert build_msi.msi_version("2") == "2.0.0"


def test_the_wxs_installs_per_machine_in_program_files_with_a_start_menu_shortcut() -> None:
    product = ET.parse(INSTALLER / "cpdesk.wxs").getroot().find(f"{WIX}Product")
    assert product is not None
    assert product.get("Version") == "$(var.Version)"
    assert product.get("UpgradeCode") == "$(var.UpgradeCode)"
    package = product.find(f"{WIX}Package")
    assert package is not None and package.get("InstallScope") == "perMachine"
    assert product.find(f"{WIX}MajorUpgrade") is not None
    program_files = product.find(f".//{WIX}Directory[@Id='ProgramFiles64Folder']")
    assert program_files is not None
    assert program_files.find(f"{WIX}Directory[@Id='INSTALLDIR']").get("Name") == "cpdesk"
    shortcut = product.find(f".//{WIX}DirectoryRef[@Id='ProgramMenuFolder']//{WIX}Shortcut")
    assert shortcut is not None and shortcut.get("Target") == "[INSTALLDIR]cpdesk.exe"
    assert product.find(f".//{WIX}ComponentGroupRef[@Id='Payload']") is not None


@pytest.mark.skipif(not (shutil.which("wixl") and shutil.which("msiinfo")),
                    reason="wixl and msitools are installed by make package")
def test_the_msi_builds_and_its_tables_read_back(fake_bundle: Path, tmp_path: Path) -> None:
    msi = build_msi.build(fake_bundle, tmp_path / "out")
    assert msi.name == f"cpdesk-{PYPROJECT['project']['version']}-x64.msi"
    checked = build_msi.check(msi)
    assert any("per-machine" in line for line in checked)
    assert any("Start-menu shortcut" in line for line in checked)
    assert any("Program Files" in line for line in checked)
    assert (fake_bundle / "cpdesk").exists()  # the bundle itself is left as it was


def test_the_group_policy_template_sets_cpdesk_settings_under_the_policy_key() -> None:
    admx = ET.parse(INSTALLER / "cpdesk.admx").getroot()
    adml = ET.parse(INSTALLER / "en-US" / "cpdesk.adml").getroot()
    strings = {s.get("id") for s in adml.iter(f"{GP}string")}
    presentations = {p.get("id") for p in adml.iter(f"{GP}presentation")}
    policies = list(admx.iter(f"{GP}policy"))
    assert len(policies) >= 8
    values = set()
    for policy in policies:
        assert policy.get("class") == "Machine"
        assert policy.get("key") == WINDOWS_POLICY_KEY
        name = policy.get("name")
        assert {name, f"{name}_Explain"} <= strings and name in presentations
        for element in policy.find(f"{GP}elements") or []:
            values.add(element.get("valueName"))
    assert values <= FIELDS
    assert {"service_url", "ca_bundle", "idle_timeout_minutes", "pkcs11_module"} <= values
    for reference in re.findall(r"\$\(string\.(\w+)\)",
                                (INSTALLER / "cpdesk.admx").read_text(encoding="utf-8")):
        assert reference in strings


def test_the_desktop_entry() -> None:
    lines = (INSTALLER / "cpdesk.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    entry = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert entry["Type"] == "Application" and entry["Exec"] == "cpdesk"
    assert entry["Icon"] == "cpdesk" and entry["Terminal"] == "false"


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="dpkg-deb is Debian's")
def test_the_deb_holds_the_bundle_a_desktop_entry_and_the_policy_conffile(
        fake_bundle: Path, tmp_path: Path) -> None:
    deb = build_deb.build(fake_bundle, tmp_path / "out")
    checked = build_deb.inspect(deb)
    assert "/etc/cpdesk/policy.json is the conffile" in checked
    unpacked = build_deb.unpack(deb, tmp_path / "unpacked")
    done = subprocess.run([str(unpacked / "usr" / "bin" / "cpdesk")], capture_output=True,
                          text=True, timeout=30, check=True)
    assert done.stdout.strip() == "cpdesk fake"  # /usr/bin's link reaches /opt/cpdesk
