"""Client settings: five layers and their precedence; ``cpdesk --help`` and ``--version``
without a window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cpdesk.config import COMMAND_LINE, SettingsError, load_settings, pin_realm

CPDESK = Path(sys.executable).with_name("cpdesk")


def write(path: Path, values: dict[str, object]) -> Path:
    path.write_text(json.dumps(values), encoding="utf-8")
    return path


def test_precedence_policy_then_command_line_then_environment_then_user(tmp_path: Path) -> None:
    user = write(tmp_path / "user.json", {"service_url": "https://user.example",
                                          "token_label": "user-card", "username": "u",
                                          "ca_bundle": "/user/ca.pem"})
    policy = write(tmp_path / "policy.json", {"service_url": "https://policy.example"})
    environ = {"CPDESK_SERVICE_URL": "https://env.example", "CPDESK_TOKEN_LABEL": "env-card",
               "CPDESK_USERNAME": "env-user"}
    given = {"service_url": "https://cli.example", "token_label": "cli-card",
             "ca_bundle": None}
    settings = load_settings(policy_file=policy, user_file=user, environ=environ,
                             command_line=given)
    assert settings.service_url == "https://policy.example"  # an administrator's value
    assert settings.sources["service_url"] == "policy"
    assert settings.token_label == "cli-card"
    assert settings.sources["token_label"] == COMMAND_LINE == "command line"
    assert settings.username == "env-user" and settings.sources["username"] == "environment"
    assert settings.ca_bundle == "/user/ca.pem"  # an option not given leaves the layer below
    assert settings.sources["ca_bundle"] == "user"
    assert "idle_timeout_minutes" not in settings.sources  # the default


def test_realm_settings_from_the_environment_and_refused_when_wrong(tmp_path: Path) -> None:
    none = tmp_path / "none.json"
    settings = load_settings(policy_file=none, user_file=none, environ={
        "CPDESK_EXPECTED_REALM": "Leeds live", "CPDESK_REALM_KIND": "production"})
    assert (settings.expected_realm, settings.realm_kind) == ("Leeds live", "production")
    with pytest.raises(SettingsError, match=r"realm_kind \(environment\)"):
        load_settings(policy_file=none, user_file=none,
                      environ={"CPDESK_REALM_KIND": "staging"})
    with pytest.raises(SettingsError, match="unknown setting 'realm'"):
        load_settings(policy_file=none, user_file=write(tmp_path / "u.json", {"realm": "x"}),
                      environ={})


def test_a_pinned_realm_is_kept_per_service_address(tmp_path: Path) -> None:
    user = write(tmp_path / "user.json", {"username": "hd.amara"})
    pin_realm("https://a.example/", "Leeds live", user)
    pin_realm("https://b.example", "Leeds training", user)
    settings = load_settings(policy_file=tmp_path / "none.json", user_file=user, environ={})
    assert settings.pinned_realms == {"https://a.example": "Leeds live",
                                      "https://b.example": "Leeds training"}
    assert settings.username == "hd.amara"  # the rest of the user's settings stay


def _headless() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return env


@pytest.mark.parametrize("option", ["--help", "-h"])
def test_help_prints_and_exits_without_a_window(option: str, tmp_path: Path) -> None:
    started = time.monotonic()
    done = subprocess.run([str(CPDESK), option], env=_headless(), capture_output=True,
                          text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for words in ("usage: cpdesk", "--service-url URL", "--ca-bundle FILE",
                  "--token-label LABEL", "--user USERNAME", "--version", "policy file"):
        assert words in done.stdout
    # Without a display, starting Qt would have failed: exit 0 shows it never started.
    assert "qt.qpa" not in done.stderr.lower()
    assert time.monotonic() - started < 30


def test_version_prints_and_exits_without_a_window(tmp_path: Path) -> None:
    from importlib import metadata

    done = subprocess.run([str(CPDESK), "--version"], env=_headless(), capture_output=True,
                          text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"cpdesk {metadata.version('cpdesk')}"


def test_an_unknown_option_is_refused_without_a_window(tmp_path: Path) -> None:
    done = subprocess.run([str(CPDESK), "--colour", "blue"], env=_headless(),
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 2
    assert "unrecognized arguments: --colour" in done.stderr


def test_the_command_line_becomes_the_command_line_layer() -> None:
    from cpdesk.app import parse_command_line

    assert parse_command_line(["--service-url", "https://dir.example", "--user", "hd.amara",
                               "--token-label", "card-2", "--ca-bundle", "/etc/ca.pem"]) == {
        "service_url": "https://dir.example", "username": "hd.amara",
        "token_label": "card-2", "ca_bundle": "/etc/ca.pem"}
    assert parse_command_line([]) == {}
