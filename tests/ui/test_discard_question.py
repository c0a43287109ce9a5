"""The "Discard changes?" question never blocks the event loop: the dialog stays open until it is answered."""

from PySide6.QtWidgets import QDialog, QMessageBox
from words import words

from shopapp.domain.contact import CustomerDraft
from shopapp.ui.dialogs.customer_dialog import CustomerDialog


def answer(box, role):
    """The box's button that gives this answer (found by its role, whatever its words)."""
    return next(button for button in box.buttons() if box.buttonRole(button) == role)


def edited_dialog(qtbot):
    dialog = CustomerDialog(lambda draft, customer_id=None: 1, CustomerDraft(name="Ana Pérez"), 1)
    # pytest-qt closes it after the test: with edits, that would leave a real "Discard?" box on screen.
    qtbot.addWidget(dialog, before_close_func=lambda edited: setattr(edited, "confirm_discard", lambda: True))
    dialog.show()
    dialog.edits["phone"].setText("+1 555 010 2345")
    return dialog


def test_cancel_with_edits_asks_without_blocking_and_discard_closes(qtbot):
    dialog = edited_dialog(qtbot)
    dialog.reject()  # returns at once: the question is a window-modal box, not a nested event loop
    box = dialog.discard_box
    assert box is not None
    assert box.isVisible()
    assert dialog.isVisible()
    assert box.text() == words("EditorDialog", "Discard changes?")
    discard = answer(box, QMessageBox.ButtonRole.DestructiveRole)
    assert discard.text() == words("EditorDialog", "Discard")
    discard.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_keep_editing_keeps_the_dialog_and_its_values(qtbot):
    dialog = edited_dialog(qtbot)
    dialog.reject()
    box = dialog.discard_box
    keep = answer(box, QMessageBox.ButtonRole.RejectRole)
    assert keep is box.defaultButton()  # Enter keeps the edits
    assert keep.text() == words("EditorDialog", "Keep editing")
    keep.click()
    assert dialog.isVisible()
    assert dialog.edits["phone"].text() == "+1 555 010 2345"
    assert dialog.discard_box is None
