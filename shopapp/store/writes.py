"""Writes the window makes on the front desk's behalf: one transaction each, noted in the change feed (so
the other open windows reload), and a database that stays locked by another writer past the busy timeout
said in words (nothing was saved) instead of as a driver error."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime

import peewee
from PySide6.QtCore import QCoreApplication

from shopapp.process_identity import this_process_text
from shopapp.store.database import StoreError
from shopapp.store.live_changes import DESK, note_change
from shopapp.store.models import Setting, db

# untranslated: the database drivers' own error texts, matched
_BUSY_WORDS = ("database is locked", "database is busy", "lock timeout", "could not obtain lock")


class DatabaseBusy(StoreError):
    """Another program held the database's write lock for longer than ShopApp waits; nothing was saved."""

    def __init__(self, *args: object, what_to_do: str | None = None) -> None:
        if what_to_do is None:  # translated when raised: a class attribute would be read before translators
            what_to_do = QCoreApplication.translate("ShopDatabase", "Try again in a moment.")
        super().__init__(*args, what_to_do=what_to_do)


@contextmanager
def one_transaction() -> Iterator[None]:
    """All of the block's writes, or none. A write lock that never came is a DatabaseBusy.

    The block is noted as a DESK change by this process (store/live_changes.py) in the same transaction:
    every other open window, on this PC or another, reloads its list. Which cars changed is not said (the
    front desk's writes are few and small): the others reload everything."""
    try:
        with db.atomic():
            yield
            note_change(DESK, None, this_process_text(), datetime.now(UTC))
    except peewee.OperationalError as exc:
        if any(words in str(exc).lower() for words in _BUSY_WORDS):
            raise DatabaseBusy(
                QCoreApplication.translate(
                    "ShopDatabase",
                    "Nothing was saved: the shop's database stayed busy with another ShopApp (a refresh, or another front-desk PC) for too long.",  # noqa: E501 (one literal for lupdate)
                )
            ) from exc
        raise


def save_settings(values: Mapping[str, str]) -> None:
    """Stores several settings (key -> stored text) in one transaction: all of them or none."""
    if not values:
        return
    with one_transaction():
        for key, value in values.items():
            Setting.insert(key=key, value=value).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: value}
            ).execute()
