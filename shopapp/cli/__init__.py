"""The `shopapp` command line (DESIGN.md "Command line contract"); `main` is the entry point of the `shopapp`
script, `python -m shopapp` and the bundle's launcher."""

from shopapp.cli.parser import main

__all__ = ["main"]
