"""``make package`` after PyInstaller: smoke-test the bundle, build and check the MSI and the
Debian package, run the unpacked package; print what was made, with sizes.

Steps (each says ok or FAILED; the exit status is 0 only if all passed):

1. the bundle (``dist/cpdesk``): ``cpdesk --version``, ``cpdesk-central --version``,
   ``cpdesk --show-settings`` (no window), ``cpdesk --self-test`` (a SoftHSM2 token, the
   bundle's own ``cpdesk-central`` on 127.0.0.1, sign in, search, record, lock, unlock with the
   PIN, sign out, under Xvfb);
2. the MSI (``installer/build_msi.py``): built with wixl from ``installer/cpdesk.wxs``, its
   tables read back with msiinfo. On Linux its payload is the Linux bundle: a STAND-IN;
3. the Debian package (``installer/build_deb.py``): control data, conffile and file list
   inspected, then unpacked with ``dpkg-deb -x`` into a temporary folder (never installed)
   and run from there: ``--version`` through ``usr/bin``, and ``--self-test``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_deb
import build_msi

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "cpdesk"


def step(text: str) -> None:
    print(f"==> {text}", flush=True)


def clean_environment() -> dict[str, str]:
    """No CPDESK_* settings and no display: the self-test starts its own Xvfb."""
    return {key: value for key, value in os.environ.items()
            if not key.startswith(("CPDESK_", "SOFTHSM2_", "QT_"))
            and key not in ("DISPLAY", "WAYLAND_DISPLAY")}


def run(command: list[str], *, timeout: float = 600, show: bool = False,
        label: str | None = None) -> str:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,  # noqa: S603
                          env=clean_environment(), check=False)
    output = (done.stdout + done.stderr).strip()
    if show or done.returncode != 0:
        for line in output.splitlines():
            print(f"    {line}")
    if done.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} {' '.join(command[1:])}: exit status "
                           f"{done.returncode}")
    print(f"    ok  {label or Path(command[0]).name} {' '.join(command[1:])} "
          f"({time.perf_counter() - started:.1f} s)", flush=True)
    return output


def size(path: Path) -> str:
    """Bytes of the file, or of a folder's files (links counted once, as themselves)."""
    total = (sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir() or p.is_symlink())
             if path.is_dir() else path.stat().st_size)
    return f"{total / 1e6:.1f} MB"


def smoke_bundle(folder: Path, label: str) -> None:
    cpdesk, central = folder / "cpdesk", folder / "cpdesk-central"
    print(f"    {label}: {folder}")
    version = run([str(cpdesk), "--version"])
    if version != f"cpdesk {build_msi.project()[0]}":
        raise RuntimeError(f"{label}: cpdesk --version said {version!r}")
    print(f"    {version}")
    run([str(central), "--version"])
    settings = run([str(cpdesk), "--show-settings"])
    if "service_url" not in settings:
        raise RuntimeError(f"{label}: --show-settings printed no settings")
    run([str(cpdesk), "--self-test"], show=True)


def main() -> int:
    if not (BUNDLE / "cpdesk").is_file():
        print(f"package: no bundle in {BUNDLE} (run PyInstaller first: make package)",
              file=sys.stderr)
        return 1
    made: list[tuple[str, Path]] = [("bundle (one folder, two executables)", BUNDLE)]
    try:
        step(f"Smoke test of the bundle {BUNDLE}")
        smoke_bundle(BUNDLE, "bundle")

        step("MSI from installer/cpdesk.wxs (wixl), tables checked with msiinfo")
        msi = build_msi.build(BUNDLE, DIST)
        for line in build_msi.check(msi):
            print(f"    ok  {line}")
        if sys.platform != "win32":
            print("    NOTE: this MSI is a STAND-IN: its payload is the Linux bundle (executables "
                  "named .exe), built so that the installer's tables are tested on every run. "
                  "Build the Windows bundle and MSI on Windows: installer/build-windows.ps1")
        made.append(("MSI (stand-in payload)" if sys.platform != "win32" else "MSI", msi))

        step("Debian package, inspected, then unpacked and run (never installed)")
        deb = build_deb.build(BUNDLE, DIST)
        for line in build_deb.inspect(deb):
            print(f"    ok  {line}")
        made.append(("Debian package", deb))
        with tempfile.TemporaryDirectory(prefix="cpdesk-unpacked-") as folder:
            unpacked = build_deb.unpack(deb, Path(folder))
            print(f"    ok  unpacked with dpkg-deb -x into {unpacked}")
            run([str(unpacked / "usr" / "bin" / "cpdesk"), "--version"],
                label="usr/bin/cpdesk (a link to opt/cpdesk/cpdesk)")
            smoke_bundle(unpacked / "opt" / "cpdesk", "unpacked package")
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        step(f"FAILED: {exc}")
        return 1
    step("make package: all smoke tests passed")
    for what, path in made:
        print(f"    {size(path):>9}  {what}: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
