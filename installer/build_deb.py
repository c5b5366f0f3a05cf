"""Build cpdesk's Debian package from the PyInstaller bundle, and look inside it.

    .venv/bin/python installer/build_deb.py --bundle dist/cpdesk --out dist

The package (``cpdesk_VERSION_ARCH.deb``) holds:

- the bundle in ``/opt/cpdesk`` (``cpdesk``, ``cpdesk-central``, ``_internal/``) and relative
  links to both in ``/usr/bin``, so that they also run from a package unpacked anywhere;
- the desktop entry ``/usr/share/applications/cpdesk.desktop`` and the icon in the hicolor
  theme (PNG 16-512 px and the SVG);
- ``/etc/cpdesk/policy.json``, machine policy (``{}``: none), a **conffile**: an administrator's
  edits survive upgrades; ``cpdesk --show-settings`` says which values it set.

It is built with ``dpkg-deb --root-owner-group`` (no fakeroot needed) and never installed on
the build machine (installing would change that machine's settings): ``inspect`` reads the
control data and the file list, and ``unpack`` extracts it (``dpkg-deb -x``) into a folder
where ``make package`` runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
ICONS: Final = ROOT / "resources" / "icons"
PNG_SIZES: Final = (16, 24, 32, 48, 64, 128, 256, 512)
CONFFILE: Final = "/etc/cpdesk/policy.json"
# What the bundle needs from the system: Qt's X11/xcb and GL libraries (Qt itself is in the
# bundle); SoftHSM2 and OpenSC give PKCS#11 modules for tokens and smart cards.
DEPENDS: Final = ("libc6 (>= 2.31), libegl1, libgl1, libfontconfig1, libdbus-1-3, "
                  "libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, "
                  "libxcb-keysyms1, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, "
                  "libxcb-render-util0, libxcb-image0, libxcb-xkb1")
RECOMMENDS: Final = "opensc-pkcs11 | softhsm2, fonts-dejavu-core"


class DebError(RuntimeError):
    """The package could not be built, or is not what it should be."""


def version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def architecture() -> str:
    machine = platform.machine()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def run(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=900,  # noqa: S603
                          check=False)
    if done.returncode != 0:
        raise DebError(f"{' '.join(command[:3])}: {(done.stderr or done.stdout).strip()}")
    return done.stdout


def control(size_kib: int) -> str:
    return f"""Package: cpdesk
Version: {version()}
Architecture: {architecture()}
Maintainer: cpdesk maintainers <cpdesk@localhost>
Installed-Size: {size_kib}
Depends: {DEPENDS}
Recommends: {RECOMMENDS}
Section: misc
Priority: optional
Homepage: https://localhost/cpdesk
Description: desk client for a ContactPoint-style children's directory
 cpdesk finds who else is working with a child: helpdesk staff, mediators and
 trainers sign in with a username, password and smart card (PKCS#11), search,
 and see the contact details the directory discloses to them.
 .
 Also installs cpdesk-central, the reference directory service, which trainers
 use for classroom kits. Machine policy: /etc/cpdesk/policy.json.
"""


def stage(bundle: Path, root: Path) -> None:
    opt = root / "opt" / "cpdesk"
    shutil.copytree(bundle, opt, symlinks=True)
    for name in ("cpdesk", "cpdesk-central"):
        if not (opt / name).is_file():
            raise DebError(f"the bundle has no {name} executable: {bundle}")
    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    for name in ("cpdesk", "cpdesk-central"):
        (usr_bin / name).symlink_to(f"../../opt/cpdesk/{name}")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(ROOT / "installer" / "cpdesk.desktop", applications / "cpdesk.desktop")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in PNG_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(ICONS / f"cpdesk-{size}.png", folder / "cpdesk.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(ICONS / "cpdesk.svg", hicolor / "scalable" / "apps" / "cpdesk.svg")
    policy = root / CONFFILE.lstrip("/")
    policy.parent.mkdir(parents=True)
    policy.write_text("{}\n", encoding="utf-8")
    docs = root / "usr" / "share" / "doc" / "cpdesk"
    docs.mkdir(parents=True)
    shutil.copy2(ROOT / "README.md", docs / "README.md")
    size = sum(p.lstat().st_size for p in root.rglob("*")) // 1024 + 1
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(size), encoding="utf-8")
    (debian / "conffiles").write_text(CONFFILE + "\n", encoding="utf-8")
    for path in root.rglob("*"):  # what dpkg-deb expects: no group/other write
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o022)
    os.chmod(debian, 0o755)  # noqa: S103 - DEBIAN/ must be 0755 for dpkg-deb


def build(bundle: Path, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    deb = (out / f"cpdesk_{version()}_{architecture()}.deb").resolve()
    with tempfile.TemporaryDirectory(prefix="cpdesk-deb-") as folder:
        root = Path(folder) / "root"
        stage(bundle, root)
        # zstd: Debian 12's dpkg reads it, and it packs the 350 MB bundle in seconds where xz
        # takes minutes (use -Zxz for a release older than Debian 12 or Ubuntu 21.10).
        run("dpkg-deb", "--root-owner-group", "-Zzstd", "--build", str(root), str(deb))
    return deb


def inspect(deb: Path) -> list[str]:
    """Read the package's control data and file list; raises DebError on a difference."""
    checked: list[str] = []

    def expect(condition: bool, what: str) -> None:
        if not condition:
            raise DebError(f"{deb.name}: {what}")
        checked.append(what)

    fields = {}
    for line in run("dpkg-deb", "--field", str(deb)).splitlines():
        if ":" in line and not line.startswith(" "):
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    expect(fields.get("Package") == "cpdesk" and fields.get("Version") == version(),
           f"Package cpdesk, Version {version()} (pyproject.toml)")
    expect(fields.get("Architecture") == architecture(), f"Architecture {architecture()}")
    expect("libxcb-cursor0" in fields.get("Depends", ""), "Depends names Qt's xcb libraries")
    with tempfile.TemporaryDirectory(prefix="cpdesk-deb-control-") as folder:
        run("dpkg-deb", "--control", str(deb), folder)
        conffiles = (Path(folder) / "conffiles").read_text(encoding="utf-8").split()
    expect(conffiles == [CONFFILE], f"{CONFFILE} is the conffile")
    listing = run("dpkg-deb", "--contents", str(deb))
    names = {line.split()[5].removeprefix(".") for line in listing.splitlines()
             if len(line.split()) >= 6}
    for wanted in ("/opt/cpdesk/cpdesk", "/opt/cpdesk/cpdesk-central", "/usr/bin/cpdesk",
                   "/usr/bin/cpdesk-central", "/usr/share/applications/cpdesk.desktop",
                   "/usr/share/icons/hicolor/256x256/apps/cpdesk.png",
                   "/usr/share/icons/hicolor/scalable/apps/cpdesk.svg", CONFFILE):
        expect(wanted in names, f"{wanted} in the package")
    owners = {line.split()[1] for line in listing.splitlines() if line.split()}
    expect(owners == {"root/root"}, "every file owned by root/root")
    checked.append(f"{len(names)} entries in the package")
    return checked


def unpack(deb: Path, into: Path) -> Path:
    """``dpkg-deb -x`` into ``into`` (never installed); returns that folder."""
    run("dpkg-deb", "-x", str(deb), str(into))
    policy = json.loads((into / CONFFILE.lstrip("/")).read_text(encoding="utf-8"))
    if policy != {}:
        raise DebError(f"the packaged {CONFFILE} should set nothing: {policy}")
    entry = (into / "usr/share/applications/cpdesk.desktop").read_text(encoding="utf-8")
    if "Exec=cpdesk" not in entry or "Icon=cpdesk" not in entry:
        raise DebError("the desktop entry does not start cpdesk with its icon")
    return into


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "cpdesk")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    try:
        deb = build(args.bundle, args.out)
        for line in inspect(deb):
            print(f"    ok  {line}")
    except DebError as exc:
        print(f"build_deb: {exc}", file=sys.stderr)
        return 1
    print(f"{deb}: {deb.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
