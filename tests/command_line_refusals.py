"""The one line a refused `shopapp` command prints on stderr, built the way the command builds it: ShopApp's
words from the catalogue (CommandLine), argparse's own frame around an option's error, and for a value the
shop settings or the data key refuse, the message those modules give in this process. A test compares a
command's line with these, never with English of its own."""

import argparse
from collections.abc import Callable

import pytest
from words import words

from shopapp.config import SettingError, Settings
from shopapp.credentials import CredentialsError


def usage_line(prog: str, message: str) -> str:
    """argparse's refusal (an unknown choice, a missing argument, a bad option value) as the parser says it,
    e.g. "shopapp simulate: ... (see shopapp simulate --help)"; `prog` is the (sub)command."""
    return words("CommandLine", "%1: %2 (see %1 --help)", prog, message)


def option_refusal(prog: str, option: str, message: str) -> str:
    """A bad value of `option`: argparse's "argument --port: " before ShopApp's message."""
    return usage_line(prog, str(argparse.ArgumentError(argparse.Action([option], "value"), message)))


def whole_number_refusal(prog: str, option: str, low: int, high: int, shown: str) -> str:
    """`shown`: the user's text as the line quotes it (repr, cut at 27 characters and "...")."""
    expected = words("CommandLine", "expected a whole number from %1 to %2, not %3", low, high, shown)
    return option_refusal(prog, option, expected)


def number_refusal(prog: str, option: str, low: int, high: int, shown: str) -> str:
    expected = words("CommandLine", "expected a number from %1 to %2, not %3", low, high, shown)
    return option_refusal(prog, option, expected)


def not_utf8(option: str) -> str:
    """Without "shopapp: ", as every refusal below."""
    return words(
        "CommandLine",
        "%1: not valid UTF-8 text (check the encoding of the terminal or script that passed it)",
        option,
    )


def setting_message(key: str, value: str | None = None) -> str:
    """The shop settings' own message (shopapp.config) refusing VALUE for KEY (without a value: refusing to
    read KEY), which `shopapp config` and an option taking a setting's values print."""
    settings = Settings(dict, lambda key, value: None)
    with pytest.raises(SettingError) as refused:
        settings.get(key) if value is None else settings.set(key, value)
    return str(refused.value)


def setting_refusal(key: str, value: str | None = None) -> str:
    """What `shopapp config set KEY VALUE` (`config get KEY` without a value) says: the key, then why."""
    return f"{key}: {setting_message(key, value)}"


def credentials_refusal(call: Callable[[], object]) -> str:
    """The message of the CredentialsError `call` raises (a data key that is no key, or does not open the
    stored tokens): what `shopapp key` and the Smartcar commands print for it."""
    with pytest.raises(CredentialsError) as refused:
        call()
    return str(refused.value)
