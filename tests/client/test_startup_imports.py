"""Start-up: what the PIN prompt needs loads first; the contract, httpx, the cache and the
task screens load while the user types (docs/desk-client.md, "Start-up")."""

from __future__ import annotations

import subprocess
import sys

# Not one of these may be imported before the PIN prompt is shown.
LATER = ("pydantic", "httpx", "cryptography", "sqlcipher3", "cpdesk.contract", "cpdesk.sync",
         "cpdesk.views", "cpdesk.vault.cache", "cpdesk.vault.store", "importlib.metadata")


def test_the_pin_prompt_is_built_without_the_rest() -> None:
    code = ("import sys\n"
            "import cpdesk.app, cpdesk.session, cpdesk.ui.main_window\n"
            "print('\\n'.join(sorted(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    loaded = set(done.stdout.split())
    early = sorted(name for name in loaded
                   if any(name == later or name.startswith(later + ".") for later in LATER))
    assert early == [], f"loaded before the PIN prompt: {early}"
