"""The `shopapp` command line (DESIGN.md "Command line contract")."""

from __future__ import annotations

import argparse
import sys

from shopapp import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="shopapp", description=__doc__)
    parser.add_argument("--version", action="version", version=f"shopapp {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    parser.parse_args(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
