"""Client settings: where the service is, which token to use, when to lock.

Five layers, highest first: a machine-wide **policy file** an administrator controls
(``/etc/cpdesk/policy.json``), the **command line** (``--service-url`` and friends), the
**environment** (``CPDESK_*``), the **user's settings** (``settings.json`` under the
platform's user config directory), then **defaults**. A policy
value cannot be overridden by the user: that is how an LA pins the service URL, CA bundle
and idle timeout on its workstations.

Settings never hold child data: only addresses, paths, labels, numbers, realm names and the
last username.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

POLICY_FILE: Final = Path("/etc/cpdesk/policy.json")
ENVIRONMENT: Final[dict[str, str]] = {
    "CPDESK_SERVICE_URL": "service_url",
    "CPDESK_CA_BUNDLE": "ca_bundle",
    "CPDESK_PKCS11_MODULE": "pkcs11_module",
    "CPDESK_TOKEN_LABEL": "token_label",
    "CPDESK_AUTH_KEY_LABEL": "auth_key_label",
    "CPDESK_WRAP_KEY_LABEL": "wrap_key_label",
    "CPDESK_IDLE_TIMEOUT_MINUTES": "idle_timeout_minutes",
    "CPDESK_USERNAME": "username",
    "CPDESK_EXPECTED_REALM": "expected_realm",
    "CPDESK_REALM_KIND": "realm_kind",
}
COMMAND_LINE: Final = "command line"
PKCS11_CANDIDATES: Final = (
    "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
    "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
    "/usr/lib/softhsm/libsofthsm2.so",
)


def default_pkcs11_module() -> str:
    for candidate in PKCS11_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return PKCS11_CANDIDATES[0]


class Settings(BaseModel):
    """The effective settings; ``sources`` says which layer each value came from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    service_url: str = Field("http://127.0.0.1:8741", max_length=500)
    ca_bundle: str | None = Field(None, max_length=1000)
    pkcs11_module: str = Field(default_factory=default_pkcs11_module, max_length=1000)
    token_label: str = Field("cpdesk", min_length=1, max_length=32)
    auth_key_label: str = Field("cpdesk-auth", min_length=1, max_length=64)
    wrap_key_label: str = Field("cpdesk-wrap", min_length=1, max_length=64)
    idle_timeout_minutes: float = Field(15.0, gt=0, le=15.0)
    username: str | None = Field(None, max_length=64)
    # The realm this computer may sign into; unset: the first realm signed into at a service
    # address is pinned (``pinned_realms``, kept in the user's settings) and no other accepted.
    expected_realm: str | None = Field(None, min_length=1, max_length=100)
    realm_kind: Literal["training", "production"] | None = None
    pinned_realms: dict[str, str] = Field(default_factory=dict, max_length=50)
    sources: dict[str, str] = Field(default_factory=dict, exclude=True)

    @property
    def idle_timeout_seconds(self) -> float:
        return self.idle_timeout_minutes * 60


class SettingsError(ValueError):
    """A settings file or variable is unusable; the message names it."""


def user_settings_path() -> Path:
    return Path(platformdirs.user_config_dir("cpdesk", appauthor=False)) / "settings.json"


def _read_json(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise SettingsError(f"cannot read {path}: {exc.strerror}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        raise SettingsError(f"{path} is not valid JSON") from None
    if not isinstance(data, dict):
        raise SettingsError(f"{path} must hold a JSON object")
    return data


def _from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    return {field: environ[name] for name, field in ENVIRONMENT.items() if environ.get(name)}


def load_settings(
    *,
    policy_file: Path = POLICY_FILE,
    user_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    command_line: Mapping[str, Any] | None = None,
) -> Settings:
    """Merge the five layers; a value outside its allowed range is refused, not clamped.

    ``command_line`` holds the options given to ``cpdesk`` (``None`` values are left out).
    """
    given = {key: value for key, value in (command_line or {}).items() if value is not None}
    layers: tuple[tuple[str, dict[str, Any]], ...] = (
        ("default", {}),
        ("user", _read_json(user_file or user_settings_path())),
        ("environment", _from_environment(os.environ if environ is None else environ)),
        (COMMAND_LINE, given),
        ("policy", _read_json(policy_file)),
    )
    merged: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for name, values in layers:
        for key, value in values.items():
            if key not in Settings.model_fields or key == "sources":
                raise SettingsError(f"unknown setting {key!r} in the {name} settings")
            merged[key] = value
            sources[key] = name
    try:
        return Settings(**merged, sources=sources)
    except ValidationError as exc:
        first = exc.errors(include_input=False)[0]
        location = [str(part) for part in first.get("loc", ())]
        where = ".".join(location)
        layer = sources.get(location[0], "default") if location else "default"
        raise SettingsError(
            f"setting {where} ({layer}): {first.get('msg')}"
        ) from None


def save_user_settings(values: Mapping[str, Any], user_file: Path | None = None) -> None:
    """Write the user's own layer (only the keys given), atomically."""
    path = user_file or user_settings_path()
    current = _read_json(path)
    current.update(values)
    Settings(**current)  # refuse to save what could not be loaded
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(current, indent=2, sort_keys=True), encoding="utf-8")
    temporary.replace(path)


def pin_realm(service_url: str, realm: str, user_file: Path | None = None) -> None:
    """Remember the realm first signed into at ``service_url`` in the user's own settings."""
    current = _read_json(user_file or user_settings_path()).get("pinned_realms")
    pinned = dict(current) if isinstance(current, dict) else {}
    pinned[service_url.rstrip("/")] = realm
    save_user_settings({"pinned_realms": pinned}, user_file)
