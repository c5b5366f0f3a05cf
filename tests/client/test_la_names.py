"""Local authorities are shown by name: "Leeds (E08000035)"."""

from __future__ import annotations

import re

from cpdesk.central.namedata import LOCAL_AUTHORITIES
from cpdesk.views.la_names import la_names, la_text


def test_every_authority_the_service_seeds_has_its_name() -> None:
    for authority in LOCAL_AUTHORITIES:
        assert la_text(authority.code) == f"{authority.name} ({authority.code})"
    assert la_text("E08000035") == "Leeds (E08000035)"
    assert la_text("E09000001") == "City of London (E09000001)"


def test_an_unknown_code_is_shown_alone() -> None:
    assert la_text("E99999999") == "E99999999"


def test_the_table_covers_the_english_childrens_services_authorities() -> None:
    names = la_names()
    assert all(re.fullmatch(r"E(06|08|09|10)[0-9]{6}", code) for code in names)
    assert len([c for c in names if c.startswith("E09")]) == 33  # 32 boroughs and the City
    assert len([c for c in names if c.startswith("E08")]) == 36  # metropolitan districts
    assert len(names) >= 153 and all(name.strip() == name and name for name in names.values())
    assert la_names() is names  # read once
