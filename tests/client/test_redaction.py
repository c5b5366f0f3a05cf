"""Logging cannot carry a child's details, whoever makes the log call; core dumps are off."""

from __future__ import annotations

import io
import logging
import subprocess
import sys

from cpdesk.redaction import MASK, RedactionFilter, safe_traceback

CANARY = "Zebedee Quillfeather"


def capture() -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactionFilter())
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger(f"test.redaction.{id(stream)}")
    logger.handlers = [handler]
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    return logger, stream


def test_arguments_are_masked_and_formats_survive() -> None:
    logger, stream = capture()
    logger.info("HTTP Request: %s %s %d", "GET", f"/v1/children?name={CANARY}", 200)
    logger.info("plain %(who)s", {"who": CANARY})
    logger.info("literal 100%% done for %s", CANARY)
    lines = stream.getvalue().splitlines()
    assert lines == [f"HTTP Request: {MASK} {MASK} {MASK}", f"plain {MASK}",
                     f"literal 100% done for {MASK}"]


def test_child_fields_in_extra_and_objects_as_messages_are_withheld() -> None:
    logger, stream = capture()
    logger.warning("record shown", extra={"surname": CANARY, "detail": {"name": CANARY}})
    logger.warning({"forenames": CANARY})  # type: ignore[arg-type]
    handler = logger.handlers[0]
    handler.setFormatter(logging.Formatter("%(message)s %(surname)s"))
    logger.warning("again", extra={"surname": CANARY})
    out = stream.getvalue()
    assert CANARY not in out
    assert "<dict withheld>" in out and f"again {MASK}" in out


def test_exception_text_and_locals_never_reach_the_log() -> None:
    logger, stream = capture()

    def fail(name: str) -> None:
        raise ValueError(f"no child called {name}")

    try:
        fail(CANARY)
    except ValueError:
        logger.exception("lookup failed")
    out = stream.getvalue()
    assert CANARY not in out
    assert "lookup failed" in out and "builtins.ValueError: (message withheld)" in out
    assert "in fail" in out


def test_safe_traceback_without_a_traceback() -> None:
    assert safe_traceback(KeyError, KeyError(CANARY), None).endswith(
        "builtins.KeyError: (message withheld)")


def test_core_dumps_are_disabled_in_a_fresh_process() -> None:
    code = ("import resource; from cpdesk.hardening import disable_core_dumps, is_dumpable;"
            "print(disable_core_dumps(), resource.getrlimit(resource.RLIMIT_CORE), "
            "is_dumpable())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    expected = "[] (0, 0) False" if sys.platform.startswith("linux") else "(0, 0)"
    assert expected in out
