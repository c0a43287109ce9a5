"""Start-up pieces: the excepthook that logs a bug and shows it once, and the window state file."""

import logging

from PySide6.QtWidgets import QApplication, QMessageBox

from shopapp.ui.app import ErrorReporter, ui_state_for


def raise_and_catch(error):
    try:
        raise error
    except type(error) as caught:
        return type(caught), caught, caught.__traceback__


def visible_error_boxes():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_bug_is_logged_with_its_traceback_and_shown_once(qapp, caplog):
    report = ErrorReporter()
    before = len(visible_error_boxes())
    with caplog.at_level(logging.ERROR):
        report(*raise_and_catch(ZeroDivisionError("division by zero")))
        report(*raise_and_catch(ZeroDivisionError("division by zero")))  # the same bug again: no second box
    boxes = visible_error_boxes()
    assert len(boxes) == before + 1
    assert "ZeroDivisionError: division by zero" in boxes[-1].text()
    assert "Your data is safe" in boxes[-1].text()
    assert caplog.records[0].exc_info is not None  # the traceback goes to the log
    report(*raise_and_catch(KeyError("other")))
    assert len(visible_error_boxes()) == before + 2
    for box in visible_error_boxes():
        box.close()


def test_window_state_lives_in_the_data_folder(qapp, shopapp_home):
    state = ui_state_for(shopapp_home)
    state.setValue("window/test", 1)
    state.sync()
    assert (shopapp_home / "window.ini").exists()
