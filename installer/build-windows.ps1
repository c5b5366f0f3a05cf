<#
.SYNOPSIS
  Build cpdesk's Windows bundle and its per-machine MSI, on Windows.

.DESCRIPTION
  PyInstaller does not cross-compile, so the Windows bundle is built on Windows (64-bit
  Python 3.11 or later, from python.org). This script, run from the repository's root in
  PowerShell:

    1. makes a virtual environment .venv-win and installs cpdesk with its "package" extra
       (PyInstaller);
    2. builds the one-folder bundle dist\cpdesk (cpdesk.exe, windowed; cpdesk-central.exe,
       console; _internal\) from installer\cpdesk.spec, and runs "cpdesk-central.exe --version";
    3. builds dist\cpdesk-VERSION-x64.msi from installer\cpdesk.wxs with WiX Toolset 3
       (heat, candle, light on PATH, e.g. "choco install wixtoolset"; or wixl from msitools),
       version and upgrade code read from pyproject.toml.

  Deploy silently per machine:   msiexec /i dist\cpdesk-VERSION-x64.msi /qn
  Lock settings with Group Policy: installer\cpdesk.admx and installer\en-US\cpdesk.adml.
  A smart card needs its PKCS#11 middleware (e.g. OpenSC); set its DLL by policy
  (Pkcs11Module). "cpdesk.exe --self-test" needs SoftHSM2 for Windows and a display.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
#>
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

$python = if ($env:PYTHON) { $env:PYTHON } else { "py -3" }
if (-not (Test-Path .venv-win)) { Invoke-Expression "$python -m venv .venv-win" }
$py = ".venv-win\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q ".[package]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

& .venv-win\Scripts\pyinstaller.exe --noconfirm --distpath dist --workpath build\pyinstaller installer\cpdesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
& dist\cpdesk\cpdesk-central.exe --version
if ($LASTEXITCODE -ne 0) { throw "the bundled cpdesk-central does not run" }

$project = & $py -c "import tomllib; d = tomllib.load(open('pyproject.toml', 'rb')); print(d['project']['version']); print(d['tool']['cpdesk']['installer']['upgrade-code'])"
$version, $upgradeCode = $project -split "`r?`n"
$msi = "dist\cpdesk-$version-x64.msi"

if (Get-Command heat.exe -ErrorAction SilentlyContinue) {
    New-Item -ItemType Directory -Force build\msi | Out-Null
    & heat.exe dir dist\cpdesk -nologo -gg -g1 -srd -sfrag -sreg -cg Payload -dr INSTALLDIR `
        -var var.SourceDir -platform x64 -out build\msi\payload.wxs
    & candle.exe -nologo -arch x64 -dVersion=$version -dUpgradeCode=$upgradeCode `
        -dSourceDir=dist\cpdesk -dWin64=yes -dIconFile=resources\icons\cpdesk.ico `
        -out build\msi\ installer\cpdesk.wxs build\msi\payload.wxs
    & light.exe -nologo -out $msi build\msi\cpdesk.wixobj build\msi\payload.wixobj
    if ($LASTEXITCODE -ne 0) { throw "WiX failed" }
} else {
    # wixl (msitools) also runs on Windows: the same script as on Linux.
    & $py installer\build_msi.py --bundle dist\cpdesk --out dist
    if ($LASTEXITCODE -ne 0) { throw "build_msi.py failed" }
}
Write-Host "Built $msi"
