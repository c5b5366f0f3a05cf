"""Domain errors of the vault, each carrying a message a desk user can act on.

The user interface shows ``str(error)`` as it is, so every message is plain English, says
what to do next, and never contains a PIN, a key or anything read from the token beyond
its label. PKCS#11 and SQLCipher errors are translated into these at the vault's edge so
that no layer above needs to know either library.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of every vault error; ``str()`` is the message shown to the user."""


class TokenAbsent(VaultError):
    """The smart card is not in the reader, or was removed while it was in use."""

    def __init__(self, message: str = "Your smart card is not in the reader. "
                 "Insert it and try again.") -> None:
        super().__init__(message)


class PinIncorrect(VaultError):
    """The card rejected the PIN; ``failures`` counts consecutive misses on this client."""

    def __init__(self, failures: int, remaining: int) -> None:
        self.failures = failures
        self.remaining = remaining
        if remaining <= 0:
            advice = "This workstation will not try again: call your helpdesk."
        elif remaining == 1:
            advice = "You have one more try on this workstation before you must call your helpdesk."
        else:
            advice = (f"You have {remaining} more tries on this workstation before you must "
                      "call your helpdesk.")
        super().__init__(f"That PIN is not correct. {advice}")


class PinLocked(VaultError):
    """The card itself has locked the PIN; only the issuer can unblock it."""

    def __init__(self) -> None:
        super().__init__("Your smart card's PIN is locked. Call your helpdesk to have it "
                         "unblocked; do not try again.")


class TooManyFailures(VaultError):
    """This client has stopped offering the PIN to a card after repeated misses.

    Cards that never lock (and cards whose counter an attacker could reset) would
    otherwise allow unlimited guessing from this workstation.
    """

    def __init__(self, failures: int) -> None:
        self.failures = failures
        super().__init__(f"The PIN has been entered wrongly {failures} times in a row. This "
                         "workstation will not try again: call your helpdesk.")


class TokenError(VaultError):
    """The card or its driver failed in a way the user cannot fix by retrying the PIN."""


class NotLoggedIn(TokenError):
    """An operation needed the private keys but the card is not unlocked."""

    def __init__(self) -> None:
        super().__init__("Your smart card is not unlocked. Enter your PIN first.")


class MechanismUnsupported(TokenError):
    """The card does not offer an algorithm the client asked for (e.g. OAEP with SHA-256)."""


class CacheUnavailable(VaultError):
    """The local session cache could not be opened or created; the session can go on without it."""


class CacheRejected(VaultError):
    """The cache on disk failed verification (altered, planted, or made with another card).

    Raised inside the vault and turned into a quarantine plus a warning; the reason is
    phrased for the user because it ends up in that warning.
    """
