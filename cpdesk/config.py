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
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Final, Literal

import platformdirs

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


class SettingsError(ValueError):
    """A settings file or variable is unusable; the message names it."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


# name: (kinds allowed, may be None, shortest, longest); checked by Settings itself. Plain
# code rather than a pydantic model: the settings are read before the PIN prompt is shown,
# and pydantic (with the contract) is loaded only while the user types.
_TEXT: Final[dict[str, tuple[bool, int, int]]] = {
    "service_url": (False, 0, 500),
    "ca_bundle": (True, 0, 1000),
    "pkcs11_module": (False, 0, 1000),
    "token_label": (False, 1, 32),
    "auth_key_label": (False, 1, 64),
    "wrap_key_label": (False, 1, 64),
    "username": (True, 0, 64),
    "expected_realm": (True, 1, 100),
}
REALM_KINDS: Final = ("training", "production")
MAX_PINNED_REALMS: Final = 50
MAX_IDLE_MINUTES: Final = 15.0


def _characters(count: int) -> str:
    return f"{count} character" + ("" if count == 1 else "s")


@dataclass(frozen=True)
class Settings:
    """The effective settings; ``sources`` says which layer each value came from.

    Values are checked on construction; a wrong one raises :class:`SettingsError` naming the
    setting (``field``).
    """

    service_url: str = "http://127.0.0.1:8741"
    ca_bundle: str | None = None
    pkcs11_module: str = field(default_factory=default_pkcs11_module)
    token_label: str = "cpdesk"
    auth_key_label: str = "cpdesk-auth"
    wrap_key_label: str = "cpdesk-wrap"
    idle_timeout_minutes: float = 15.0
    username: str | None = None
    # The realm this computer may sign into; unset: the first realm signed into at a service
    # address is pinned (``pinned_realms``, kept in the user's settings) and no other accepted.
    expected_realm: str | None = None
    realm_kind: Literal["training", "production"] | None = None
    pinned_realms: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        for name, (optional, shortest, longest) in _TEXT.items():
            value = getattr(self, name)
            if value is None and optional:
                continue
            if not isinstance(value, str):
                raise SettingsError("Input should be a valid string", name)
            if len(value) < shortest:
                raise SettingsError(f"String should have at least {_characters(shortest)}",
                                    name)
            if len(value) > longest:
                raise SettingsError(f"String should have at most {_characters(longest)}", name)
        object.__setattr__(self, "idle_timeout_minutes", _minutes(self.idle_timeout_minutes))
        if self.realm_kind is not None and self.realm_kind not in REALM_KINDS:
            raise SettingsError("Input should be 'training' or 'production'", "realm_kind")
        pinned = self.pinned_realms
        if not isinstance(pinned, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in pinned.items()):
            raise SettingsError("Input should be an object of strings", "pinned_realms")
        if len(pinned) > MAX_PINNED_REALMS:
            raise SettingsError(f"Object should have at most {MAX_PINNED_REALMS} items",
                                "pinned_realms")

    @property
    def idle_timeout_seconds(self) -> float:
        return self.idle_timeout_minutes * 60


FIELDS: Final = frozenset(f.name for f in fields(Settings)) - {"sources"}


def _minutes(value: object) -> float:
    """A number of minutes, from a number or its text (as an environment variable gives it)."""
    if isinstance(value, bool):
        raise SettingsError("Input should be a valid number", "idle_timeout_minutes")
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            raise SettingsError("Input should be a valid number, unable to parse string as a "
                                "number", "idle_timeout_minutes") from None
    if not isinstance(value, (int, float)) or math.isnan(value):
        raise SettingsError("Input should be a valid number", "idle_timeout_minutes")
    if value <= 0:
        raise SettingsError("Input should be greater than 0", "idle_timeout_minutes")
    if value > MAX_IDLE_MINUTES:
        raise SettingsError(f"Input should be less than or equal to {MAX_IDLE_MINUTES:g}",
                            "idle_timeout_minutes")
    return float(value)


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
            if key not in FIELDS:
                raise SettingsError(f"unknown setting {key!r} in the {name} settings")
            merged[key] = value
            sources[key] = name
    try:
        return Settings(**merged, sources=sources)
    except SettingsError as exc:
        layer = sources.get(exc.field or "", "default")
        raise SettingsError(f"setting {exc.field} ({layer}): {exc}", exc.field) from None


def save_user_settings(values: Mapping[str, Any], user_file: Path | None = None) -> None:
    """Write the user's own layer (only the keys given), atomically."""
    path = user_file or user_settings_path()
    current = _read_json(path)
    current.update(values)
    unknown = sorted(set(current) - FIELDS)
    if unknown:
        raise SettingsError(f"unknown setting {unknown[0]!r} in the user settings")
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
