"""The card through PKCS#11 on a real SoftHSM2 token: signing, decryption, PIN handling,
removal, and the one-thread rule."""

from __future__ import annotations

import json
import logging
import threading
import traceback

import pkcs11
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from testkit import FakeTokenStates
from vaultkit import PIN, WRONG_PIN, Card, pin, run

import cpdesk.vault.token as token_module
from cpdesk.vault.errors import (
    MechanismUnsupported,
    NotLoggedIn,
    PinIncorrect,
    PinLocked,
    TokenAbsent,
    TooManyFailures,
    VaultError,
)
from cpdesk.vault.keys import wipe
from cpdesk.vault.token import (
    MAX_PIN_FAILURES,
    OAEP_SHA1,
    OAEP_SHA256,
    FailureCounter,
    Token,
    TokenConfig,
    token_executor,
)


def oaep(h: hashes.HashAlgorithm) -> padding.OAEP:
    return padding.OAEP(mgf=padding.MGF1(h), algorithm=h, label=None)


def test_signature_verifies_with_the_auth_public_key(alice_card: Card, tokens) -> None:
    token = tokens(alice_card)

    async def scenario() -> tuple[bytes, bytes, bytes]:
        auth_pem, wrap_pem = await token.public_keys()  # no PIN needed
        await token.login(pin())
        return auth_pem, wrap_pem, await token.sign(b"challenge bytes")

    auth_pem, wrap_pem, signature = run(scenario())
    assert (auth_pem, wrap_pem) == (alice_card.auth_pem, alice_card.wrap_pem)
    public = serialization.load_pem_public_key(auth_pem)
    public.verify(signature, b"challenge bytes",  # type: ignore[union-attr]
                  padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
                  hashes.SHA256())


def test_decrypts_oaep_sha1_and_reports_sha256_as_unsupported(alice_card: Card, tokens) -> None:
    token = tokens(alice_card)
    public = serialization.load_pem_public_key(alice_card.wrap_pem)
    secret = b"k" * 32

    async def scenario() -> bytearray:
        await token.login(pin())
        with pytest.raises(MechanismUnsupported):  # SoftHSM 2.6.1: SHA-1 OAEP only
            await token.decrypt(public.encrypt(secret, oaep(hashes.SHA256())),  # type: ignore[union-attr]
                                OAEP_SHA256)
        return await token.decrypt(public.encrypt(secret, oaep(hashes.SHA1())),  # type: ignore[union-attr]
                                   OAEP_SHA1)

    plain = run(scenario())
    assert isinstance(plain, bytearray)
    assert plain == secret


def test_private_operations_need_a_login(alice_card: Card, tokens) -> None:
    token = tokens(alice_card)
    with pytest.raises(NotLoggedIn):
        run(token.sign(b"x"))
    with pytest.raises(NotLoggedIn):
        run(token.decrypt(b"x" * 256, OAEP_SHA1))


def test_wrong_pin_is_pin_incorrect_and_counted(fresh_card: Card, tokens,
                                                counter: FailureCounter) -> None:
    token = tokens(fresh_card)
    with pytest.raises(PinIncorrect) as caught:
        run(token.login(pin(WRONG_PIN)))
    assert caught.value.failures == 1
    assert caught.value.remaining == MAX_PIN_FAILURES - 1
    assert counter.count(fresh_card.serial) == 1
    status = run(token.status())
    assert status.present and status.serial == fresh_card.serial
    assert status.pin_count_low  # SoftHSM2 does set this one
    assert status.client_failures == 1 and status.tries_left == MAX_PIN_FAILURES - 1
    assert not status.logged_in


def test_counter_file_holds_only_serials_and_counts(fresh_card: Card, tokens,
                                                    counter: FailureCounter) -> None:
    token = tokens(fresh_card)
    with pytest.raises(PinIncorrect):
        run(token.login(pin(WRONG_PIN)))
    text = counter.path.read_text(encoding="utf-8")
    assert json.loads(text) == {"version": 1, "failures": {fresh_card.serial: 1}}
    assert WRONG_PIN not in text and PIN not in text


def test_five_failures_stop_the_client_without_touching_the_card(fresh_card: Card, tokens,
                                                                 counter: FailureCounter) -> None:
    token = tokens(fresh_card)
    for attempt in range(1, MAX_PIN_FAILURES):
        with pytest.raises(PinIncorrect) as caught:
            run(token.login(pin(WRONG_PIN)))
        assert caught.value.failures == attempt
    with pytest.raises(TooManyFailures):
        run(token.login(pin(WRONG_PIN)))
    assert counter.count(fresh_card.serial) == MAX_PIN_FAILURES
    # Even the right PIN is refused now: had it reached the card, the login would succeed.
    with pytest.raises(TooManyFailures) as caught_again:
        run(token.login(pin(PIN)))
    assert "helpdesk" in str(caught_again.value)
    assert token.logged_in_serial is None
    assert counter.count(fresh_card.serial) == MAX_PIN_FAILURES


def test_successful_login_resets_the_counter(fresh_card: Card, tokens,
                                            counter: FailureCounter) -> None:
    token = tokens(fresh_card)
    for _ in range(3):
        with pytest.raises(PinIncorrect):
            run(token.login(pin(WRONG_PIN)))
    assert counter.count(fresh_card.serial) == 3
    run(token.login(pin()))
    assert counter.count(fresh_card.serial) == 0
    assert token.logged_in_serial == fresh_card.serial
    status = run(token.status())
    assert status.logged_in and not status.pin_count_low and status.client_failures == 0


def test_counter_is_per_card(alice_card: Card, bob_card: Card, tokens,
                             counter: FailureCounter) -> None:
    counter.record_failure(bob_card.serial)
    counter.record_failure(bob_card.serial)
    run(tokens(alice_card).login(pin()))
    assert counter.count(bob_card.serial) == 2


def test_unreadable_counter_file_counts_as_empty(tmp_path) -> None:
    path = tmp_path / "pin-failures.json"
    path.write_text("{not json", encoding="utf-8")
    counter = FailureCounter(path)
    assert counter.count("abc") == 0
    assert counter.record_failure("abc") == 1


def test_pin_never_appears_in_errors_or_logs(fresh_card: Card, tokens, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    token = tokens(fresh_card)
    secret = "80808080"
    texts: list[str] = []
    for bad in (secret, secret + "\xff"):
        buffer = pin(secret) if bad == secret else bytearray(secret.encode() + b"\xff")
        try:
            run(token.login(buffer))
        except VaultError as exc:
            texts.append(str(exc))
            texts.append(repr(exc))
            texts.append("".join(traceback.format_exception(exc)))
            link: BaseException | None = exc
            while link is not None:  # nothing reachable from the error holds the PIN
                assert not isinstance(link, UnicodeError)
                texts.append(repr(link.args))
                link = link.__cause__ or link.__context__
        finally:
            wipe(buffer)
        assert buffer == bytearray(len(buffer))
    assert len(texts) >= 6
    for text in [*texts, caplog.text]:
        assert secret not in text
        assert "\\xff" not in text


def test_absent_card(tokens, counter: FailureCounter) -> None:
    from cpdesk.vault.provision import softhsm_module

    token = Token(TokenConfig(softhsm_module(), "vault-no-such-card"), failure_counter=counter)
    try:
        status = run(token.status())
        assert not status.present and status.serial is None
        assert status.label == "vault-no-such-card"
        assert not run(token.check_present())
        with pytest.raises(TokenAbsent):
            run(token.login(pin()))
        with pytest.raises(TokenAbsent):
            run(token.public_keys())
    finally:
        token.close()


def test_a_session_killed_under_us_is_a_removal(alice_card: Card, tokens) -> None:
    """Re-initialising the module invalidates every session, exactly as a pulled card does."""
    token = tokens(alice_card)
    run(token.login(pin()))
    assert run(token.check_present())
    lib = pkcs11.lib(alice_card.config().module_path)
    token_executor().submit(lib.reinitialize).result()
    assert not run(token.check_present())
    assert token.logged_in_serial is None
    with pytest.raises(NotLoggedIn):
        run(token.sign(b"x"))
    run(token.login(pin()))  # and the card works again after a fresh login
    assert run(token.check_present())


def test_removal_during_an_operation_is_token_absent(alice_card: Card, tokens) -> None:
    token = tokens(alice_card)
    run(token.login(pin()))
    lib = pkcs11.lib(alice_card.config().module_path)
    token_executor().submit(lib.reinitialize).result()
    with pytest.raises(TokenAbsent):
        run(token.sign(b"x"))
    assert token.logged_in_serial is None


# --- the clearly named fake for states SoftHSM2 cannot produce -------------------------------


def test_fake_count_low_and_final_try_show_in_status(alice_card: Card, tokens) -> None:
    fake = FakeTokenStates(tokens(alice_card))
    fake.count_low = True
    status = run(fake.status())
    assert status.pin_count_low and not status.pin_final_try and not status.pin_locked
    fake.final_try = True
    status = run(fake.status())
    assert status.pin_count_low and status.pin_final_try and not status.pin_locked


def test_fake_wrong_pin_on_final_try_locks(fresh_card: Card, tokens,
                                          counter: FailureCounter) -> None:
    fake = FakeTokenStates(tokens(fresh_card))
    fake.final_try = True
    with pytest.raises(PinLocked):
        run(fake.login(pin(WRONG_PIN)))
    assert run(fake.status()).pin_locked
    # The lock is checked before the PIN is offered: the right PIN is refused too.
    with pytest.raises(PinLocked):
        run(fake.login(pin()))
    assert fake.logged_in_serial is None


def test_locked_card_is_refused_before_the_pin_is_offered(alice_card: Card, tokens,
                                                         counter: FailureCounter) -> None:
    fake = FakeTokenStates(tokens(alice_card))
    fake.locked = True
    assert run(fake.status()).pin_locked
    with pytest.raises(PinLocked) as caught:
        run(fake.login(pin()))
    assert "helpdesk" in str(caught.value)
    assert counter.count(alice_card.serial) == 0
    fake.locked = False
    run(fake.login(pin()))
    assert fake.logged_in_serial == alice_card.serial


def test_fake_removal_and_reinsertion(alice_card: Card, tokens) -> None:
    fake = FakeTokenStates(tokens(alice_card))

    async def scenario() -> None:
        await fake.login(pin())
        assert await fake.check_present()
        fake.remove()
        assert not await fake.check_present()
        assert fake.logged_in_serial is None  # the session went with the card
        assert not (await fake.status()).present
        with pytest.raises(TokenAbsent):
            await fake.login(pin())
        with pytest.raises(TokenAbsent):
            await fake.sign(b"x")
        with pytest.raises(TokenAbsent):
            await fake.public_keys()
        fake.reinsert()
        assert await fake.check_present()
        assert fake.logged_in_serial is None  # reinsertion does not unlock
        await fake.login(pin())
        await fake.sign(b"x")

    run(scenario())


def test_removal_mid_session_is_reported_by_operations(alice_card: Card, tokens) -> None:
    fake = FakeTokenStates(tokens(alice_card))
    run(fake.login(pin()))
    fake.remove()
    with pytest.raises(TokenAbsent):
        run(fake.decrypt(b"x" * 256, OAEP_SHA1))
    assert fake.logged_in_serial is None


# --- the one-thread rule ---------------------------------------------------------------------


def test_every_token_call_runs_on_one_named_thread(alice_card: Card, tokens,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    original = token_module._assert_token_thread

    def recording() -> None:
        seen.append(threading.current_thread().name)
        original()

    monkeypatch.setattr(token_module, "_assert_token_thread", recording)
    token = tokens(alice_card)
    public = serialization.load_pem_public_key(alice_card.wrap_pem)

    async def scenario() -> None:
        await token.status()
        await token.public_keys()
        with pytest.raises(PinIncorrect):
            await token.login(pin(WRONG_PIN))
        await token.login(pin())
        await token.sign(b"m")
        await token.decrypt(public.encrypt(b"s" * 32, oaep(hashes.SHA1())),  # type: ignore[union-attr]
                            OAEP_SHA1)
        await token.check_present()
        await token.logout()

    run(scenario())
    token.close()
    assert len(seen) >= 9
    assert len(set(seen)) == 1
    assert seen[0].startswith("cpdesk-token")
    assert seen[0] != threading.current_thread().name


def test_blocking_bodies_refuse_other_threads(alice_card: Card, tokens) -> None:
    token = tokens(alice_card)
    with pytest.raises(RuntimeError, match="cpdesk-token"):
        token._status_blocking()
