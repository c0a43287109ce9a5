"""The bundle's entry point: the same command line as `shopapp` (shopapp.cli:main)."""

import sys

from shopapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
