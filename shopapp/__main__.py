"""`python -m shopapp` runs the same command line as the `shopapp` script."""

import sys

from shopapp.cli import main

sys.exit(main())
