"""Build cpdesk's per-machine MSI from installer/cpdesk.wxs with wixl (msitools), and check it.

    .venv/bin/python installer/build_msi.py --bundle dist/cpdesk --out dist
    .venv/bin/python installer/build_msi.py --check dist/cpdesk-0.1.0-x64.msi

The version and the upgrade code come from pyproject.toml (``[project] version``,
``[tool.cpdesk.installer] upgrade-code``). The bundle's files become the component group
``Payload`` (wixl-heat). On Linux the bundle is the Linux one: its two executables are given
Windows names (``cpdesk.exe``, ``cpdesk-central.exe``) so that the Start-menu shortcut points at
a file in the MSI, and the result is a **stand-in**, built so that the installer's tables are
checked on every run; it installs nothing that runs on Windows. The real MSI is built on
Windows from the Windows bundle by ``installer/build-windows.ps1``.

The check reads the tables back with ``msiinfo`` (Property, Directory, Shortcut, Upgrade,
File, the summary information) and fails naming what is wrong.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
WXS: Final = ROOT / "installer" / "cpdesk.wxs"
ICON: Final = ROOT / "resources" / "icons" / "cpdesk.ico"
EXECUTABLES: Final = ("cpdesk", "cpdesk-central")


class MsiError(RuntimeError):
    """The MSI could not be built, or a table is not what it should be."""


def project(pyproject: Path = ROOT / "pyproject.toml") -> tuple[str, str]:
    """(version, upgrade code) from pyproject.toml."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    version = data["project"]["version"]
    code = data["tool"]["cpdesk"]["installer"]["upgrade-code"]
    return str(version), "{" + str(code).upper().strip("{}") + "}"


def msi_version(version: str) -> str:
    """MSI ProductVersion: three numbers (0.1.0; 1.2.0rc1 becomes 1.2.0)."""
    parts = [str(int(re.sub(r"\D.*", "", part) or 0)) for part in version.split(".")[:3]]
    return ".".join([*parts, "0", "0", "0"][:3])


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise MsiError(f"{name} is not installed (apt-get install wixl msitools)")
    return found


def run(command: list[str], cwd: Path | None = None) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True,  # noqa: S603
                          timeout=600, check=False)
    if done.returncode != 0:
        raise MsiError(f"{Path(command[0]).name} failed: {(done.stderr or done.stdout).strip()}")
    return done.stdout


def stage(bundle: Path, into: Path) -> Path:
    """The payload folder: the bundle's files (hard links where possible), the executables
    named as on Windows."""
    payload = into / "payload"
    shutil.copytree(bundle, payload, symlinks=True,
                    copy_function=_link_or_copy, dirs_exist_ok=False)
    for name in EXECUTABLES:
        plain = payload / name
        if plain.exists() and not (payload / f"{name}.exe").exists():
            plain.rename(payload / f"{name}.exe")
    for name in EXECUTABLES:
        if not (payload / f"{name}.exe").is_file():
            raise MsiError(f"the bundle has no {name} executable: {bundle}")
    return payload


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def build(bundle: Path, out: Path) -> Path:
    """dist/cpdesk-VERSION-x64.msi from the bundle folder; returns its path."""
    version, code = project()
    out.mkdir(parents=True, exist_ok=True)
    msi = (out / f"cpdesk-{version}-x64.msi").resolve()
    with tempfile.TemporaryDirectory(prefix="cpdesk-msi-") as folder:
        work = Path(folder)
        payload = stage(bundle, work)
        # wixl resolves sources relative to the working folder: everything is copied there.
        shutil.copy2(WXS, work / "cpdesk.wxs")
        shutil.copy2(ICON, work / "cpdesk.ico")
        files = sorted(str(p.relative_to(work)) for p in payload.rglob("*")
                       if p.is_file() or p.is_symlink())
        heat = subprocess.run(  # noqa: S603
            [tool("wixl-heat"), "-p", "payload/", "--directory-ref", "INSTALLDIR",
             "--component-group", "Payload", "--var", "var.SourceDir", "--win64"],
            input="\n".join(files) + "\n", capture_output=True, text=True, cwd=work,
            timeout=600, check=False)
        if heat.returncode != 0:
            raise MsiError(f"wixl-heat failed: {heat.stderr.strip()}")
        (work / "payload.wxs").write_text(heat.stdout, encoding="utf-8")
        run([tool("wixl"), "--arch", "x64", "-D", f"Version={msi_version(version)}",
             "-D", f"UpgradeCode={code}", "-D", "SourceDir=payload", "-D", "Win64=yes",
             "-D", "IconFile=cpdesk.ico", "-o", str(msi), "cpdesk.wxs", "payload.wxs"], cwd=work)
    return msi


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """A table's rows, by column name (``msiinfo export``: names, types, key, then rows)."""
    lines = run([tool("msiinfo"), "export", str(msi), name]).splitlines()
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=False)) for line in lines[3:] if line]


def check(msi: Path) -> list[str]:
    """Read the MSI's tables back; returns what was checked, raises MsiError on a difference."""
    version, code = project()
    checked: list[str] = []

    def expect(condition: bool, what: str) -> None:
        if not condition:
            raise MsiError(f"{msi.name}: {what}")
        checked.append(what)

    tables = set(run([tool("msiinfo"), "tables", str(msi)]).split())
    expect({"Property", "Directory", "Shortcut", "Upgrade", "File", "Component"} <= tables,
           "the tables Property, Directory, Shortcut, Upgrade, File, Component are there")
    properties = {row["Property"]: row["Value"] for row in table(msi, "Property")}
    expect(properties.get("ProductVersion") == msi_version(version),
           f"ProductVersion is {msi_version(version)} (pyproject.toml)")
    expect(properties.get("UpgradeCode") == code, f"UpgradeCode is {code} (pyproject.toml)")
    expect(properties.get("ALLUSERS") == "1", "ALLUSERS=1: a per-machine installation")
    expect(properties.get("ProductName") == "cpdesk", "ProductName is cpdesk")
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    install = directories.get("INSTALLDIR", {})
    expect(install.get("Directory_Parent") == "ProgramFiles64Folder"
           and install.get("DefaultDir") == "cpdesk", r"installs in Program Files\cpdesk")
    shortcuts = table(msi, "Shortcut")
    expect(any(row["Directory_"] == "ProgramMenuFolder" and row["Name"] == "cpdesk"
               and row["Target"] == "[INSTALLDIR]cpdesk.exe" for row in shortcuts),
           "a Start-menu shortcut to cpdesk.exe")
    upgrades = table(msi, "Upgrade")
    expect(any(row["UpgradeCode"] == code and row["ActionProperty"] == "WIX_UPGRADE_DETECTED"
               for row in upgrades), "older versions are upgraded (Upgrade table)")
    names = {row["FileName"].split("|")[-1] for row in table(msi, "File")}
    expect({"cpdesk.exe", "cpdesk-central.exe"} <= names,
           "cpdesk.exe and cpdesk-central.exe in the File table")
    summary = run([tool("msiinfo"), "suminfo", str(msi)])
    expect("Template: x64;1033" in summary, "64-bit package (summary information)")
    expect(len(names) > 0, f"{len(table(msi, 'File'))} files in the payload")
    return checked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, help="the PyInstaller folder (dist/cpdesk)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--check", type=Path, metavar="MSI", help="only check this MSI")
    args = parser.parse_args(argv)
    try:
        msi = args.check or build(args.bundle or ROOT / "dist" / "cpdesk", args.out)
        for line in check(msi):
            print(f"    ok  {line}")
    except MsiError as exc:
        print(f"build_msi: {exc}", file=sys.stderr)
        return 1
    if sys.platform != "win32" and args.check is None:
        print(f"{msi}: {msi.stat().st_size / 1e6:.1f} MB, a STAND-IN: its payload is the Linux "
              "bundle (executables renamed .exe), built to test the installer's tables; build "
              "the real one on Windows with installer/build-windows.ps1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
