"""A pseudo-translation for the test suite: with SHOPAPP_TEST_PSEUDO_TRANSLATION=1 every message of the
catalogue reads "⟦…⟧" (QCoreApplication still fills in %n). A test that compares what ShopApp shows with
English prose of its own fails under it; one that asks the catalogue (tests/words.py) or checks data passes.
Tests that compare English on purpose (the golden CSV and letters of the contract) are marked
`english_golden`; tests that read another process's output (which has no pseudo-translation) are marked
`child_process_output`; both are skipped in this mode."""

import os

from PySide6.QtCore import QTranslator

ENABLED = os.environ.get("SHOPAPP_TEST_PSEUDO_TRANSLATION", "") == "1"
SKIPPED_MARKERS = ("english_golden", "child_process_output")


class PseudoTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):
        return f"⟦{source_text}⟧"

    def isEmpty(self):
        return False
