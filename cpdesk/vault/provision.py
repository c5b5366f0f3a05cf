"""Token provisioning: create a SoftHSM2 token and enrol cpdesk's two key pairs on it.

This is an administrator's step (and the demo's and the tests'), not something the desk
client does at run time: on a real card the issuer generates the keys. It runs in the
calling thread because nothing else touches the library while it runs.

Two key pairs, never one: the authentication key signs login challenges and cache headers;
the key-management key only decrypts the wrapped cache key.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pkcs11
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicNumbers
from pkcs11 import Attribute, KeyType, ObjectClass

SOFTHSM_MODULE_CANDIDATES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)
DEFAULT_AUTH_LABEL = "cpdesk-auth"
DEFAULT_WRAP_LABEL = "cpdesk-wrap"


class ProvisionError(RuntimeError):
    """Provisioning could not complete; the message says which step failed."""


@dataclass(frozen=True)
class EnrolledToken:
    label: str
    serial: str
    auth_public_pem: bytes
    wrap_public_pem: bytes


def softhsm_module() -> str:
    """The SoftHSM2 PKCS#11 module on this machine."""
    for candidate in SOFTHSM_MODULE_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    raise ProvisionError("SoftHSM2 is not installed (apt-get install softhsm2)")


def write_softhsm_config(directory: Path) -> Path:
    """A SoftHSM2 configuration with its own token directory; returns the config path.

    Point ``SOFTHSM2_CONF`` at the result before the PKCS#11 library is first loaded.
    """
    tokens = directory / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = directory / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n"
        "slots.removable = false\n",
        encoding="utf-8",
    )
    return conf


def init_token(conf: Path, label: str, pin: str, so_pin: str) -> None:
    """Initialise a fresh SoftHSM2 token (python-pkcs11 has no call for this)."""
    tool = shutil.which("softhsm2-util")
    if tool is None:
        raise ProvisionError("softhsm2-util is not installed (apt-get install softhsm2)")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    result = subprocess.run(  # noqa: S603 - fixed tool, arguments are ours
        [tool, "--init-token", "--free", "--label", label, "--pin", pin, "--so-pin", so_pin],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        # softhsm2-util does not echo PINs; its stderr names the failing step.
        raise ProvisionError(f"softhsm2-util could not create token {label!r}: "
                             f"{result.stderr.strip() or result.stdout.strip()}")


def token_exists(module: str, label: str) -> bool:
    lib = pkcs11.lib(module)
    lib.reinitialize()
    return any(t.label == label for t in lib.get_tokens())


def public_key_pem(key: pkcs11.PublicKey) -> bytes:
    numbers = RSAPublicNumbers(
        e=int.from_bytes(key[Attribute.PUBLIC_EXPONENT], "big"),
        n=int.from_bytes(key[Attribute.MODULUS], "big"),
    )
    return numbers.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def enrol_keys(
    module: str,
    label: str,
    pin: str,
    *,
    auth_label: str = DEFAULT_AUTH_LABEL,
    wrap_label: str = DEFAULT_WRAP_LABEL,
    bits: int = 2048,
) -> EnrolledToken:
    """Generate (or find, when already enrolled) both key pairs; return their public halves."""
    lib = pkcs11.lib(module)
    lib.reinitialize()  # a token created after the library loaded is otherwise invisible
    try:
        token = lib.get_token(token_label=label)
    except pkcs11.NoSuchToken as exc:
        raise ProvisionError(f"no token labelled {label!r}") from exc
    pems: dict[str, bytes] = {}
    with token.open(rw=True, user_pin=pin) as session:
        for key_label, sign in ((auth_label, True), (wrap_label, False)):
            found = list(
                session.get_objects(
                    {Attribute.CLASS: ObjectClass.PUBLIC_KEY, Attribute.LABEL: key_label}
                )
            )
            if found:
                public = found[0]
            else:
                public, _private = session.generate_keypair(
                    KeyType.RSA,
                    bits,
                    label=key_label,
                    store=True,
                    public_template={
                        Attribute.VERIFY: sign,
                        Attribute.ENCRYPT: not sign,
                        Attribute.WRAP: False,
                    },
                    private_template={
                        Attribute.SIGN: sign,
                        Attribute.DECRYPT: not sign,
                        Attribute.UNWRAP: False,
                        Attribute.SENSITIVE: True,
                        Attribute.EXTRACTABLE: False,
                    },
                )
            pems[key_label] = public_key_pem(public)  # type: ignore[arg-type]
    serial = token.serial.decode("ascii", "replace").strip() if isinstance(
        token.serial, bytes) else str(token.serial)
    return EnrolledToken(label, serial, pems[auth_label], pems[wrap_label])


def provision_softhsm_token(
    conf: Path, label: str, pin: str, so_pin: str, **kwargs: object
) -> EnrolledToken:
    """Create a SoftHSM2 token under ``conf`` (if absent) and enrol both key pairs.

    The caller must have set ``SOFTHSM2_CONF`` to ``conf`` in this process before the
    PKCS#11 library was first loaded.
    """
    if os.environ.get("SOFTHSM2_CONF") != str(conf):
        raise ProvisionError("set SOFTHSM2_CONF to this config before loading PKCS#11")
    module = softhsm_module()
    if not token_exists(module, label):
        init_token(conf, label, pin, so_pin)
    return enrol_keys(module, label, pin, **kwargs)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    """``python -m cpdesk.vault.provision``: enrol one card, print its public halves as JSON.

    A program of its own so that tools that must not load the client's token code (the
    central service's classroom kit) can provision cards, several at once, each in a process
    whose PKCS#11 library reads the right configuration. The PIN and SO PIN come on standard
    input, one per line, never on the command line.
    """
    import argparse
    import json
    import sys

    parser = argparse.ArgumentParser(prog="python -m cpdesk.vault.provision")
    parser.add_argument("label")
    parser.add_argument("--softhsm-conf", type=Path,
                        help="create the token in this SoftHSM2 configuration first")
    parser.add_argument("--module", help="a PKCS#11 module with the card already initialised")
    args = parser.parse_args(argv)
    pin, so_pin = (sys.stdin.readline().rstrip("\n") for _ in range(2))
    try:
        if args.softhsm_conf is not None:
            os.environ["SOFTHSM2_CONF"] = str(args.softhsm_conf)
            enrolled = provision_softhsm_token(args.softhsm_conf, args.label, pin, so_pin)
        elif args.module:
            enrolled = enrol_keys(args.module, args.label, pin)
        else:
            parser.error("give --softhsm-conf or --module")
    except (ProvisionError, pkcs11.PKCS11Error) as exc:
        # Some PKCS#11 errors carry no text: the class names the failing step.
        print(f"cannot enrol card {args.label!r}: {type(exc).__name__} {exc}".rstrip(),
              file=sys.stderr)
        return 2
    print(json.dumps({"label": enrolled.label, "serial": enrolled.serial,
                      "auth_public_pem": enrolled.auth_public_pem.decode("ascii")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
