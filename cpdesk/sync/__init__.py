"""The HTTP client of the contract.

httpx imports its command-line tool (click, rich, pygments: about a fifth of the desk's
start-up) whenever those happen to be installed; the client never uses it. A ``None`` entry in
``sys.modules`` makes that one optional import fail, as it would without the extras, and httpx
then skips it. Set here, before ``cpdesk.sync.api`` imports httpx.
"""

import sys

sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
