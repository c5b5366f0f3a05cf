"""Local authorities by name: "Leeds (E08000035)" rather than a bare ONS code.

The table (``resources/la_names.csv``, installed in ``cpdesk.resources``: the ONS codes of the
English authorities with children's services, and the county codes older records may still
carry) is read once, on first use. A code not in it is shown as it is.
"""

from __future__ import annotations

import csv
import functools
import io
from importlib import resources
from types import MappingProxyType
from typing import Final

from cpdesk.contract import LACode

TABLE: Final = "la_names.csv"


@functools.cache
def la_names() -> MappingProxyType[str, str]:
    """Every known code and its authority's name."""
    text = (resources.files("cpdesk.resources") / TABLE).read_text(encoding="utf-8")
    return MappingProxyType({row["code"]: row["name"] for row in csv.DictReader(io.StringIO(text))})


def la_text(code: LACode) -> str:
    """``"Leeds (E08000035)"``; the code alone when it is not in the table."""
    name = la_names().get(code)
    return f"{name} ({code})" if name else code
