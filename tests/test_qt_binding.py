"""Guards against a Qt binding that leaks references to None or True (PySide6 6.12.0 on Python 3.11): the
window calls Qt millions of times a day, and a leak of one reference per call crashes the interpreter."""

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal from 3.12")


class _Emitter(QObject):
    changed = Signal()


def test_void_qt_calls_keep_none_referenced(qapp):
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        holder.setObjectName("x")
    assert sys.getrefcount(None) >= before - 50


def test_signal_emits_keep_true_referenced(qapp):
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.changed.emit()
    assert sys.getrefcount(True) >= before - 50
