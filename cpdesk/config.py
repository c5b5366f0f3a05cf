r"""Client settings: where the service is, which token to use, when to lock.

Five layers, highest first: **machine policy** an administrator controls, the **command
line** (``--service-url`` and friends), the **environment** (``CPDESK_*``), the **user's
settings** (``settings.json`` under the platform's user config directory), then **defaults**.
A policy value cannot be overridden by the user: that is how an LA pins the service URL, CA
bundle and idle timeout on its workstations.

Machine policy is read from, per platform (a later source wins over an earlier one):

- Windows: ``%ProgramData%\cpdesk\policy.json``, then the registry key
  ``HKLM\Software\Policies\cpdesk`` (Group Policy, ``installer/cpdesk.admx``; Intune);
- macOS: ``/Library/Preferences/cpdesk/policy.json``;
- Linux and others: ``/etc/cpdesk/policy.json`` (a conffile of the Debian package).

``Settings.origins`` says where each value came from (a file, the registry key, a variable,
an option); ``cpdesk --show-settings`` prints them.

Settings never hold child data: only addresses, paths, labels, numbers, realm names and the
last username.
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Final, Literal, Protocol

import platformdirs

POLICY_FILE: Final = Path("/etc/cpdesk/policy.json")
MACOS_POLICY_FILE: Final = Path("/Library/Preferences/cpdesk/policy.json")
WINDOWS_POLICY_KEY: Final = r"Software\Policies\cpdesk"
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
    # Where each value came from within its layer: a file, a registry key, a variable, an option.
    origins: dict[str, str] = field(default_factory=dict, compare=False)

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


FIELDS: Final = frozenset(f.name for f in fields(Settings)) - {"sources", "origins"}


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


class PolicySource(Protocol):
    """One place machine policy is read from; ``where`` names it for people."""

    @property
    def where(self) -> str: ...

    def read(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class PolicyFile:
    """A JSON object of settings in a file only administrators can write; absent: no policy."""

    path: Path

    @property
    def where(self) -> str:
        return str(self.path)

    def read(self) -> dict[str, Any]:
        return _read_json(self.path)


class RegistryReader(Protocol):
    """The values of a key under ``HKEY_LOCAL_MACHINE``, by name, as Python values (text or a
    number); an empty dict when the key is absent. :class:`WinregReader` is the real one."""

    def values(self, key: str) -> dict[str, object]: ...


class WinregReader:
    """``HKEY_LOCAL_MACHINE`` through :mod:`winreg` (the 64-bit view); Windows only."""

    def values(self, key: str) -> dict[str, object]:
        if sys.platform != "win32":
            return {}
        import winreg

        try:
            handle = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key, 0,
                                    winreg.KEY_READ | winreg.KEY_WOW64_64KEY)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise SettingsError(f"cannot read HKLM\\{key}: {exc.strerror}") from None
        found: dict[str, object] = {}
        with handle:
            index = 0
            while True:
                try:
                    name, data, kind = winreg.EnumValue(handle, index)
                except OSError:  # no more values
                    break
                index += 1
                if kind == winreg.REG_EXPAND_SZ and isinstance(data, str):
                    data = winreg.ExpandEnvironmentStrings(data)
                elif kind not in (winreg.REG_SZ, winreg.REG_DWORD, winreg.REG_QWORD):
                    raise SettingsError(f"HKLM\\{key}\\{name} must be text or a number")
                found[name] = data
        return found


@dataclass(frozen=True)
class RegistryPolicy:
    """Policy values under ``HKLM\\<key>``, as Group Policy (``installer/cpdesk.admx``) and
    Intune write them; each value is named as the setting it sets."""

    reader: RegistryReader
    key: str = WINDOWS_POLICY_KEY

    @property
    def where(self) -> str:
        return f"HKLM\\{self.key}"

    def read(self) -> dict[str, Any]:
        values = self.reader.values(self.key)
        for name, value in values.items():
            if not isinstance(value, (str, int)) or isinstance(value, bool):
                raise SettingsError(f"{self.where}\\{name} must be text or a number")
        return dict(values)


def machine_policy(platform: str = sys.platform, environ: Mapping[str, str] | None = None,
                   registry: RegistryReader | None = None) -> tuple[PolicySource, ...]:
    """This platform's policy sources, lowest first (a later one wins)."""
    if platform == "win32":
        environ = os.environ if environ is None else environ
        program_data = Path(environ.get("ProgramData") or environ.get("PROGRAMDATA")
                            or "C:\\ProgramData")
        return (PolicyFile(program_data / "cpdesk" / "policy.json"),
                RegistryPolicy(registry or WinregReader()))
    if platform == "darwin":
        return (PolicyFile(MACOS_POLICY_FILE),)
    return (PolicyFile(POLICY_FILE),)


def load_settings(
    *,
    policy_file: Path | None = None,
    policy: Sequence[PolicySource] | None = None,
    user_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    command_line: Mapping[str, Any] | None = None,
) -> Settings:
    """Merge the five layers; a value outside its allowed range is refused, not clamped.

    Machine policy comes from ``policy`` (sources, lowest first), else ``policy_file`` alone,
    else this platform's sources (:func:`machine_policy`). ``command_line`` holds the options
    given to ``cpdesk`` (``None`` values are left out).
    """
    given = {key: value for key, value in (command_line or {}).items() if value is not None}
    user_path = user_file or user_settings_path()
    environment = _from_environment(os.environ if environ is None else environ)
    if policy is None:
        policy = (PolicyFile(policy_file),) if policy_file is not None else machine_policy()
    reverse = {field: name for name, field in ENVIRONMENT.items()}
    layers: list[tuple[str, dict[str, Any], Mapping[str, str]]] = [
        ("default", {}, {}),
        ("user", _read_json(user_path), _Everywhere(str(user_path))),
        ("environment", environment, reverse),
        (COMMAND_LINE, given, {key: "--" + OPTIONS.get(key, key).replace("_", "-")
                               for key in given}),
    ]
    layers += [("policy", source.read(), _Everywhere(source.where)) for source in policy]
    merged: dict[str, Any] = {}
    sources: dict[str, str] = {}
    origins: dict[str, str] = {}
    for name, values, where in layers:
        for key, value in values.items():
            if key not in FIELDS:
                place = f" ({where.get(key)})" if where.get(key) else ""
                raise SettingsError(f"unknown setting {key!r} in the {name} settings{place}")
            merged[key] = value
            sources[key] = name
            origins[key] = where.get(key, name)
    try:
        return Settings(**merged, sources=sources, origins=origins)
    except SettingsError as exc:
        layer = sources.get(exc.field or "", "default")
        origin = origins.get(exc.field or "")
        if origin and layer == "policy":  # which of the policy sources
            layer = f"{layer}, {origin}"
        raise SettingsError(f"setting {exc.field} ({layer}): {exc}", exc.field) from None


# The command-line option of a setting, where it is not the setting's own name.
OPTIONS: Final = {"username": "user"}


class _Everywhere(dict[str, str]):
    """The same origin for every key of a layer (one file, one registry key)."""

    def __init__(self, where: str) -> None:
        super().__init__()
        self.where = where

    def get(self, key: str, default: str | None = None) -> str:  # type: ignore[override]
        return self.where


def show_settings(settings: Settings) -> list[str]:
    """One line per setting: name, value, layer and where in it (``--show-settings``)."""
    rows = []
    for name in sorted(FIELDS):
        value = getattr(settings, name)
        if value is None:
            text = "(not set)"
        elif isinstance(value, dict):
            text = json.dumps(value, sort_keys=True)
        elif isinstance(value, float):
            text = f"{value:g}"
        else:
            text = str(value)
        layer = settings.sources.get(name, "default")
        origin = settings.origins.get(name, layer)
        rows.append((name, text, layer if origin == layer else f"{layer}: {origin}"))
    width = max(len(name) for name, _, _ in rows)
    value_width = min(max(len(text) for _, text, _ in rows), 50)
    return [f"{name:<{width}}  {text:<{value_width}}  {source}" for name, text, source in rows]


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
