"""The log file lives in the data folder and never holds a token or secret, even by accident."""

import logging

import pytest

from shopapp.log import init_logging, redact


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Bearer eyJhbGciOi.payload.sig", "eyJhbGciOi.payload.sig"),
        ("Authorization: Basic Y2lkOmNzZWNyZXQ=", "Y2lkOmNzZWNyZXQ="),
        ('{"access_token": "at-123", "refresh_token": "rt-456"}', "rt-456"),
        ("grant_type=refresh_token&refresh_token=rt-789", "rt-789"),
        ("client_secret='s3cr3t'", "s3cr3t"),
        ("GET /callback?code=9f1c2d&state=abc", "9f1c2d"),
        ("SHOPAPP data_key: q1w2e3", "q1w2e3"),
    ],
)
def test_redact_blanks_secrets(text, secret):
    assert secret not in redact(text)
    assert "[REDACTED]" in redact(text)


def test_redact_keeps_ordinary_words():
    text = "P0420 code=P0420 is not a secret; error code ASLEEP for vehicle 36ab27d0"
    assert redact("refreshed 3 vehicles in 2.5 s") == "refreshed 3 vehicles in 2.5 s"
    assert "ASLEEP" in redact(text)


def shopapp_handlers():
    return [h for h in logging.getLogger().handlers if getattr(h, "_shopapp", False)]


@pytest.fixture
def file_logging(shopapp_home):
    yield init_logging(shopapp_home)
    for handler in shopapp_handlers():
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_log_file_is_rotating_and_redacted(shopapp_home, file_logging):
    log = logging.getLogger("shopapp.test")
    log.warning("token answer %s", {"access_token": "at-SECRET", "refresh_token": "rt-SECRET"})
    try:
        raise RuntimeError("refresh failed for refresh_token=rt-IN-TRACEBACK")
    except RuntimeError:
        log.exception("Bearer at-IN-MESSAGE went wrong")
    (handler,) = shopapp_handlers()
    handler.flush()
    text = file_logging.read_text(encoding="utf-8")
    assert file_logging.parent == shopapp_home / "logs"
    assert "token answer" in text
    assert "RuntimeError" in text
    for secret in ("at-SECRET", "rt-SECRET", "rt-IN-TRACEBACK", "at-IN-MESSAGE"):
        assert secret not in text
    assert handler.maxBytes > 0
    assert handler.backupCount > 0


def test_initialising_twice_replaces_the_handler(shopapp_home, file_logging):
    init_logging(shopapp_home)
    assert len(shopapp_handlers()) == 1


def test_qt_messages_reach_the_log_at_their_own_level(caplog):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from shopapp.log import route_qt_messages

    previous = qInstallMessageHandler(None)  # pytest-qt's, put back below
    try:
        route_qt_messages()
        with caplog.at_level(logging.DEBUG, logger="qt"):
            qWarning("a font is missing")
    finally:
        qInstallMessageHandler(previous)
    [record] = [record for record in caplog.records if record.name == "qt"]
    assert (record.levelno, record.getMessage()) == (logging.WARNING, "a font is missing")
