"""An in-memory keyring for the screenshot scripts: the screens show a computer with a keyring (the normal
case), and nothing typed or stored while taking them reaches the developer's real keyring."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend


class ScreenshotKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._passwords.pop((service, username), None)


def use_screenshot_keyring() -> None:
    keyring.set_keyring(ScreenshotKeyring())
