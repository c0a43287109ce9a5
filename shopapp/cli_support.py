"""What every `shopapp` command shares: exit codes, the one-line usage error, the store and settings."""

from __future__ import annotations

import argparse

from shopapp.config import Settings
from shopapp.paths import data_home

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A problem the user can fix (bad option, port taken, missing key); printed as one line, exit 2."""


def open_shop_store() -> None:
    from shopapp.store.database import StoreError, open_store

    try:
        open_store(data_home())
    except StoreError as exc:
        raise UsageError(str(exc)) from exc


def shop_settings() -> Settings:
    from shopapp.store.queries import load_settings, save_setting

    return Settings(load_settings, save_setting)


def non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value
