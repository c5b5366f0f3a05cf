"""Helpers for the vault tests (imported by name; pytest puts this directory on sys.path)."""

from __future__ import annotations

import asyncio
import math
from collections import Counter
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

from cpdesk.vault.provision import softhsm_module
from cpdesk.vault.token import TokenConfig

PIN = "246810"
SO_PIN = "13579135"
WRONG_PIN = "975319"

T = TypeVar("T")


def run(coro: Coroutine[Any, Any, T]) -> T:
    """pytest-asyncio is not a dependency: each test drives its own short loop."""
    return asyncio.run(coro)


def pin(text: str = PIN) -> bytearray:
    return bytearray(text.encode("utf-8"))


def entropy_bits_per_byte(data: bytes) -> float:
    counts = Counter(data)
    total = len(data)
    return -sum(n / total * math.log2(n / total) for n in counts.values())


@dataclass(frozen=True)
class Card:
    label: str
    serial: str
    auth_pem: bytes
    wrap_pem: bytes

    def config(self) -> TokenConfig:
        return TokenConfig(module_path=softhsm_module(), token_label=self.label)
