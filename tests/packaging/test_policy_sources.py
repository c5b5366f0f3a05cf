"""Machine policy per platform: Windows' ProgramData file and HKLM\\Software\\Policies\\cpdesk
(read here through a fake registry reader, never the real winreg), macOS's and Linux's files;
and ``cpdesk --show-settings``, which prints each value and where it came from."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cpdesk.config import (
    FIELDS,
    MACOS_POLICY_FILE,
    POLICY_FILE,
    WINDOWS_POLICY_KEY,
    PolicyFile,
    RegistryPolicy,
    SettingsError,
    WinregReader,
    load_settings,
    machine_policy,
    show_settings,
)


class FakeRegistryReader:
    """A stand-in for winreg: values by key, as WinregReader returns them (text or numbers)."""

    def __init__(self, keys: dict[str, dict[str, object]]) -> None:
        self.keys = keys
        self.asked: list[str] = []

    def values(self, key: str) -> dict[str, object]:
        self.asked.append(key)
        return dict(self.keys.get(key, {}))


def write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_linux_and_macos_read_their_files() -> None:
    assert machine_policy("linux") == (PolicyFile(POLICY_FILE),)
    assert str(POLICY_FILE) == "/etc/cpdesk/policy.json"
    assert machine_policy("darwin") == (PolicyFile(MACOS_POLICY_FILE),)
    assert str(MACOS_POLICY_FILE).startswith("/Library/Preferences/")


def test_windows_reads_programdata_then_the_registry_which_wins(tmp_path: Path) -> None:
    write(tmp_path / "cpdesk" / "policy.json",
          {"service_url": "https://file.example", "ca_bundle": "C:/ca.pem"})
    registry = FakeRegistryReader({WINDOWS_POLICY_KEY: {
        "service_url": "https://gpo.example", "idle_timeout_minutes": 5}})
    sources = machine_policy("win32", environ={"ProgramData": str(tmp_path)}, registry=registry)
    assert [source.where for source in sources] == [
        str(tmp_path / "cpdesk" / "policy.json"), r"HKLM\Software\Policies\cpdesk"]
    settings = load_settings(policy=sources, user_file=tmp_path / "none.json",
                             environ={"CPDESK_SERVICE_URL": "https://env.example"},
                             command_line={"idle_timeout_minutes": 10})
    assert registry.asked == [r"Software\Policies\cpdesk"]
    assert settings.service_url == "https://gpo.example"  # Group Policy over the file
    assert settings.idle_timeout_minutes == 5.0  # a REG_DWORD, over the command line
    assert settings.ca_bundle == "C:/ca.pem"
    assert settings.sources["service_url"] == "policy"
    assert settings.origins["service_url"] == r"HKLM\Software\Policies\cpdesk"
    assert settings.origins["ca_bundle"] == str(tmp_path / "cpdesk" / "policy.json")


def test_windows_without_policy_uses_the_lower_layers(tmp_path: Path) -> None:
    sources = machine_policy("win32", environ={"ProgramData": str(tmp_path)},
                             registry=FakeRegistryReader({}))
    settings = load_settings(policy=sources, user_file=tmp_path / "none.json",
                             environ={"CPDESK_SERVICE_URL": "https://env.example"})
    assert settings.service_url == "https://env.example"
    assert settings.origins["service_url"] == "CPDESK_SERVICE_URL"


def test_a_wrong_registry_value_is_refused_naming_the_key(tmp_path: Path) -> None:
    bad = RegistryPolicy(FakeRegistryReader({WINDOWS_POLICY_KEY: {"idle_timeout_minutes": 90}}))
    with pytest.raises(SettingsError, match=r"idle_timeout_minutes \(policy, HKLM"):
        load_settings(policy=[bad], user_file=tmp_path / "none.json", environ={})
    unknown = RegistryPolicy(FakeRegistryReader({WINDOWS_POLICY_KEY: {"colour": "red"}}))
    with pytest.raises(SettingsError, match=r"unknown setting 'colour'.*HKLM"):
        load_settings(policy=[unknown], user_file=tmp_path / "none.json", environ={})
    binary = RegistryPolicy(FakeRegistryReader({WINDOWS_POLICY_KEY: {"service_url": b"x"}}))
    with pytest.raises(SettingsError, match="must be text or a number"):
        load_settings(policy=[binary], user_file=tmp_path / "none.json", environ={})


@pytest.mark.skipif(sys.platform == "win32", reason="the real registry is read on Windows")
def test_the_real_registry_reader_reads_nothing_off_windows() -> None:
    assert WinregReader().values(WINDOWS_POLICY_KEY) == {}


def test_show_settings_names_every_setting_its_value_and_source(tmp_path: Path) -> None:
    policy = write(tmp_path / "policy.json", {"idle_timeout_minutes": 10})
    user = write(tmp_path / "user.json", {"token_label": "mine"})
    settings = load_settings(policy_file=policy, user_file=user,
                             environ={"CPDESK_SERVICE_URL": "https://env.example"},
                             command_line={"username": "pat"})
    lines = {line.split()[0]: line for line in show_settings(settings)}
    assert lines["idle_timeout_minutes"].split(None, 2)[1:] == ["10", f"policy: {policy}"]
    assert lines["token_label"].split(None, 2)[1:] == ["mine", f"user: {user}"]
    assert lines["service_url"].endswith("environment: CPDESK_SERVICE_URL")
    assert lines["username"].endswith("command line: --user")
    assert lines["ca_bundle"].split(None, 1)[1].startswith("(not set)")
    assert lines["ca_bundle"].endswith("default")


def test_cpdesk_show_settings_prints_and_exits_without_a_window(tmp_path: Path) -> None:
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith("CPDESK_") and key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environment.update({"XDG_CONFIG_HOME": str(tmp_path), "QT_QPA_PLATFORM": "none-such",
                        "CPDESK_TOKEN_LABEL": "from-env"})
    done = subprocess.run([sys.executable, "-m", "cpdesk.app", "--show-settings",
                           "--service-url", "https://cli.example"], env=environment,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "service_url" in out and "https://cli.example" in out and "--service-url" in out
    assert "from-env" in out and "CPDESK_TOKEN_LABEL" in out
    assert len(out.splitlines()) == len(FIELDS)  # one line per setting
