"""Start-up pieces: the excepthook that logs a bug and shows it once, and the window state file."""

import logging

from PySide6.QtWidgets import QApplication, QMessageBox

from shopapp.errors import bug_words
from shopapp.store.database import StoreError
from shopapp.ui.app import ErrorReporter, ui_state_for


def raise_and_catch(error):
    try:
        raise error
    except type(error) as caught:
        return type(caught), caught, caught.__traceback__


def visible_error_boxes():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def shown_by(report):
    """The boxes this reporter has on screen (not a box another test left open)."""
    return [box for box in report.boxes if box.isVisible()]


def test_a_bug_is_logged_with_its_traceback_and_shown_once(qapp, caplog, monkeypatch, tmp_path):
    log_file = tmp_path / "logs" / "shopapp.log"
    monkeypatch.setattr("shopapp.ui.app.current_log_file", lambda: log_file)
    report = ErrorReporter()
    before = len(visible_error_boxes())
    with caplog.at_level(logging.ERROR):
        report(*raise_and_catch(ZeroDivisionError("division by zero")))
        report(*raise_and_catch(ZeroDivisionError("division by zero")))  # the same bug again: no second box
    assert len(visible_error_boxes()) == before + 1
    (box,) = shown_by(report)
    # bug_words() writes the sentence (shopapp/errors.py, not in the catalogue yet).
    assert box.text() == bug_words(log_file)
    assert str(log_file) in box.text()  # where the details are, for a support request
    assert "division by zero" not in box.text()  # a bug's own text means nothing at the front desk
    assert caplog.records[0].exc_info is not None  # the traceback goes to the log
    report(*raise_and_catch(KeyError("other")))
    assert len(visible_error_boxes()) == before + 2
    for box in visible_error_boxes():
        box.close()


def test_an_error_meant_for_the_person_shows_its_sentence_not_a_bug_report(qapp, caplog):
    report = ErrorReporter()
    error = StoreError("The database folder is read-only: choose another data folder.")
    with caplog.at_level(logging.WARNING):
        report(*raise_and_catch(error))
    (box,) = shown_by(report)
    assert box.text() == error.words()
    assert not any(record.exc_info for record in caplog.records)  # no traceback: nothing is broken
    box.close()


def test_window_state_lives_in_the_data_folder(qapp, shopapp_home):
    state = ui_state_for(shopapp_home)
    state.setValue("window/test", 1)
    state.sync()
    assert (shopapp_home / "window.ini").exists()
