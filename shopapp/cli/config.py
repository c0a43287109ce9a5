"""`shopapp config get/set/list [KEY] [VALUE]`: reads and writes shop settings for scripted set-ups; an
unknown key or a bad value exits 2."""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopapp.cli.support import EXIT_OK, UsageError, open_shop_store, shop_settings


def add_config_command(commands: Any) -> None:
    config = commands.add_parser(
        "config",
        help=QCoreApplication.translate("CommandLine", "read and write shop settings"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Reads and writes shop settings (distance_unit, refresh_concurrency, shop_name, ...).",
        ),
    )
    config_commands = config.add_subparsers(dest="config_command", metavar="get|set|list", required=True)
    config_get = config_commands.add_parser(
        "get", help=QCoreApplication.translate("CommandLine", "print one setting's value")
    )
    config_get.add_argument("key")
    config_set = config_commands.add_parser(
        "set", help=QCoreApplication.translate("CommandLine", "change one setting")
    )
    config_set.add_argument("key")
    config_set.add_argument("value")
    config_commands.add_parser(
        "list", help=QCoreApplication.translate("CommandLine", "print every setting as `key = value`")
    )
    config.set_defaults(run=run_config)


def run_config(args: argparse.Namespace) -> int:
    """Reads and writes shop settings (distance_unit, refresh_concurrency, shop_name, ...)."""
    from shopapp.config import SettingError
    from shopapp.domain.text import safe_text

    open_shop_store()
    settings = shop_settings()
    try:
        if args.config_command == "get":
            from shopapp.config import spec_for

            print(safe_text(spec_for(args.key).format(settings.get(args.key)), keep="\n"))
        elif args.config_command == "set":
            settings.set(args.key, args.value)
        else:
            for key, value in settings:
                print(safe_text(f"{key} = {value}"))
    except SettingError as exc:
        raise UsageError(f"{getattr(args, 'key', 'setting')}: {exc}") from exc
    return EXIT_OK
