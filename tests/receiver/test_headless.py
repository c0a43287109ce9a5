"""The receiver loads no Qt GUI module: a server has no display and needs none of Qt's GUI libraries."""

import subprocess
import sys


def test_serving_imports_qt_core_only():
    probe = (
        "import sys\n"
        "from shopapp.cli.parser import build_parser\n"
        "build_parser().parse_args(['webhooks', 'serve'])\n"
        "import shopapp.receiver.serve, shopapp.receiver.app, shopapp.cli.webhook_serve\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['PySide6.QtCore']"
