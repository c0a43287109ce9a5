"""File > Export due list…: the dialog writes the contract CSV (the same bytes as `shopapp due --csv`), for
what the list shows or for every car, with a BOM on request; a cancelled or failed export leaves no file."""

import asyncio
import csv
import io
import os
import stat
import subprocess
import sys
import threading

import pytest
from PySide6.QtWidgets import QPushButton
from qt_support import wait_signal
from words import words

import shopapp.reports.due_csv
from shopapp.domain.units import DistanceUnit
from shopapp.reports.due_csv import due_csv_text
from shopapp.reports.due_export import ExportCancelled, write_due_export
from shopapp.resources import file_kind
from shopapp.ui.export_dialog import ExportDialog


def dialog_words(source, *values, n=-1):
    return words("ExportDialog", source, *values, n=n)


def outcome_words(source, *values, n=-1):
    """How an export ended, as the status bar says it."""
    return words("ExportOutcomeText", source, *values, n=n)


def not_regular(kind):
    """Why a pipe or a link is refused: the writer's reason (`kind`: "a named pipe", …)."""
    return words("ExportTarget", "it is not a regular file (%1); choose a file name", kind)


def open_export_dialog(window, path) -> ExportDialog:
    window.export_action.trigger()
    dialog = window.exporter.dialog
    assert dialog.isVisible()
    # The file dialog is replaced: a test picks the file the way the chooser would hand it over.
    dialog.choose_file = lambda: dialog.set_path(path)
    dialog.choose_button.click()
    return dialog


def export(window, qloop, dialog):
    async def scenario():
        dialog.export_button.click()
        (outcome,) = await wait_signal(window.export_finished, 30)
        return outcome

    return qloop.run_until_complete(scenario())


def leftovers(folder):
    return sorted(path.name for path in folder.iterdir())


# `shopapp due --csv` runs without the pseudo-translation: its reasons are English, the window's are not.
@pytest.mark.child_process_output
def test_exporting_every_car_writes_what_shopapp_due_csv_writes(shop_window, qloop, out):
    target = out / "due.csv"
    dialog = open_export_dialog(shop_window, target)
    assert dialog.path_edit.text() == str(target)
    dialog.every_button.click()
    outcome = export(shop_window, qloop, dialog)

    assert outcome.written
    cli = subprocess.run(
        [sys.executable, "-m", "shopapp", "due", "--csv", "-"],
        capture_output=True,
        timeout=60,
        check=True,
    )
    data = target.read_bytes()
    assert data == cli.stdout
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert outcome.rows == len(rows) > 0
    assert {row["status"] for row in rows} <= {"overdue", "due", "alert", "due_soon"}
    exported = outcome_words("Due list exported: %Ln row(s) to %1.", target, n=len(rows))
    assert shop_window.statusBar().currentMessage() == exported
    assert leftovers(out) == ["due.csv"]


def test_only_what_the_list_shows_with_a_bom_and_every_item(shop_window, qloop, qtbot, out):
    window = shop_window
    wanted = window.model.rows()[0]

    async def search():
        qtbot.keyClicks(window.filter_bar.search_field, wanted.listing.customer_name)
        await wait_signal(window.proxy.counts_changed, 5)

    qloop.run_until_complete(search())
    shown = window.shown_vehicle_ids()
    assert wanted.vehicle_id in shown
    assert len(shown) < window.model.rowCount()

    target = out / "shown.csv"
    dialog = open_export_dialog(window, target)
    assert dialog.shown_button.isChecked()  # what the list shows is the default
    assert dialog.shown_button.text() == dialog_words(
        "Only what the list shows (current search and filter: %Ln car(s))", n=len(shown)
    )
    dialog.bom_box.setChecked(True)
    dialog.include_all_box.setChecked(True)
    outcome = export(window, qloop, dialog)

    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert outcome.rows == len(rows)
    names = {row.listing.customer_name for row in window.model.rows() if row.vehicle_id in shown}
    assert {row["customer"] for row in rows} == names
    # Every item of those cars, ok ones included, exactly as the CSV writer writes them.
    expected = [
        due_row
        for due_row in window.exporter.due_rows(include_all=True)
        if due_row.vehicle.vehicle_id in shown
    ]
    assert text == due_csv_text(expected, DistanceUnit.MI)
    assert "ok" in {row["status"] for row in rows}
    # The next export starts in the same folder and remembers the BOM.
    window.export_action.trigger()
    again = window.exporter.dialog
    assert again.path().parent == out
    assert again.bom_box.isChecked()
    again.reject()


class StopAfter:
    """Replaces the CSV row writer: after `rows` rows it waits for the test (or raises `error`)."""

    def __init__(self, rows, error=None):
        self.rows = rows
        self.error = error
        self.count = 0
        self.reached = threading.Event()
        self.resume = threading.Event()
        self.real = shopapp.reports.due_csv.cells

    def __call__(self, row, unit, car=None):
        self.count += 1
        if self.count == self.rows:
            if self.error is not None:
                raise self.error
            self.reached.set()
            self.resume.wait(10)
        return self.real(row, unit, car)


def test_cancelling_an_export_leaves_no_file(shop_window, qloop, out, monkeypatch):
    window = shop_window
    stop = StopAfter(5)
    monkeypatch.setattr(shopapp.reports.due_csv, "cells", stop)
    target = out / "cancelled.csv"
    dialog = open_export_dialog(window, target)
    dialog.every_button.click()

    async def scenario():
        dialog.export_button.click()
        assert await asyncio.to_thread(stop.reached.wait, 10)  # the writer is part-way through the file
        assert not window.export_action.isEnabled()  # one export at a time
        (cancel_button,) = window.exporter.progress.findChildren(QPushButton)
        assert cancel_button.text() == words("DueExportFlow", "Cancel")
        cancel_button.click()
        stop.resume.set()
        (outcome,) = await wait_signal(window.export_finished, 30)
        return outcome

    outcome = qloop.run_until_complete(scenario())
    assert outcome.cancelled
    assert leftovers(out) == []  # neither the file nor its temporary file
    assert window.statusBar().currentMessage() == outcome_words("Export cancelled; no file was written.")
    assert window.export_action.isEnabled()


def test_a_disk_error_mid_export_keeps_the_old_file_and_says_why(shop_window, qloop, out, monkeypatch):
    window = shop_window
    target = out / "due.csv"
    target.write_text("yesterday's export\n", encoding="utf-8")
    disk_full = OSError(28, "No space left on device")
    monkeypatch.setattr(shopapp.reports.due_csv, "cells", StopAfter(3, disk_full))
    dialog = open_export_dialog(window, target)
    assert dialog.path_note_label.text() == dialog_words(
        "A file of that name exists; the export will replace it."
    )
    outcome = export(window, qloop, dialog)

    assert outcome.error == "No space left on device"  # the system's own words (strerror)
    assert target.read_text(encoding="utf-8") == "yesterday's export\n"
    assert leftovers(out) == ["due.csv"]
    not_saved = outcome_words("The due list could not be saved to %1: %2", target, outcome.error)
    assert window.statusBar().currentMessage() == not_saved


def test_the_dialog_refuses_a_folder_or_a_missing_folder(shop_window, out):
    dialog = open_export_dialog(shop_window, out)
    assert not dialog.export_button.isEnabled()
    assert dialog.path_note_label.text() == dialog_words(
        "That is a folder: add a file name, e.g. due-list.csv."
    )
    dialog.set_path(out / "missing" / "due.csv")
    assert not dialog.export_button.isEnabled()
    assert dialog.path_note_label.text() == dialog_words("The folder %1 does not exist.", out / "missing")
    dialog.set_path(out / "due")
    assert dialog.export_button.isEnabled()
    assert dialog.choice().path == out / "due.csv"  # the suffix is added
    dialog.reject()


@pytest.mark.parametrize("stop_at", [1, 7])
def test_write_due_export_stops_at_a_cancel_without_a_trace(shop_window, out, monkeypatch, stop_at):
    rows = shop_window.exporter.due_rows(include_all=True)
    assert len(rows) > stop_at
    cancel = threading.Event()
    seen = []

    def progress(count):
        seen.append(count)
        cancel.set()

    monkeypatch.setattr("shopapp.reports.due_export.PROGRESS_EVERY", stop_at)
    with pytest.raises(ExportCancelled):
        write_due_export(rows, out / "due.csv", DistanceUnit.MI, progress=progress, cancel=cancel)
    assert seen == [stop_at]
    assert leftovers(out) == []


def make_target(folder, kind):
    """A named pipe, or a link to a file the shop cares about, where the export would go; and what it is
    in words ("a named pipe")."""
    target = folder / "due.csv"
    if kind == "pipe":
        os.mkfifo(target)
    else:
        precious = folder / "price-list.csv"
        precious.write_text("the shop's price list\n", encoding="utf-8")
        target.symlink_to(precious)
    return target, file_kind(os.lstat(target).st_mode)


@pytest.mark.parametrize("kind", ["pipe", "link"])
def test_the_dialog_refuses_a_pipe_or_a_link_and_writes_nothing(shop_window, out, kind):
    target, what = make_target(out, kind)
    before = sorted(leftovers(out))
    dialog = open_export_dialog(shop_window, target)

    reason = not_regular(what)  # the dialog says the writer's reason as a sentence of its own
    assert dialog.path_note_label.text() == f"{reason[:1].upper()}{reason[1:]}."
    assert not dialog.export_button.isEnabled()
    dialog.accept()  # Enter in the dialog: still refused
    assert dialog.isVisible()
    assert leftovers(out) == before
    assert stat.S_ISFIFO(os.lstat(target).st_mode) if kind == "pipe" else target.is_symlink()
    if kind == "link":
        assert (out / "price-list.csv").read_text(encoding="utf-8") == "the shop's price list\n"
    dialog.set_path(out / "fresh.csv")
    assert dialog.export_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize("kind", ["pipe", "link"])
def test_a_pipe_or_link_put_there_after_the_dialog_closed_is_refused_by_the_writer(
    shop_window, qloop, out, kind
):
    window = shop_window
    dialog = open_export_dialog(window, out / "due.csv")
    assert dialog.export_button.isEnabled()

    async def scenario():
        dialog.export_button.click()
        target, what = make_target(out, kind)  # before the export, running on the loop, reaches the file
        (outcome,) = await wait_signal(window.export_finished, 30)
        return target, what, outcome

    target, what, outcome = qloop.run_until_complete(scenario())
    assert not outcome.written
    assert outcome.error == not_regular(what)
    not_saved = outcome_words("The due list could not be saved to %1: %2", target, not_regular(what))
    assert window.statusBar().currentMessage() == not_saved
    assert stat.S_ISFIFO(os.lstat(target).st_mode) if kind == "pipe" else target.is_symlink()
    assert sorted(leftovers(out)) == (["due.csv"] if kind == "pipe" else ["due.csv", "price-list.csv"])
    if kind == "link":
        assert (out / "price-list.csv").read_text(encoding="utf-8") == "the shop's price list\n"


def test_a_replaced_export_keeps_its_mode(shop_window, qloop, out):
    target = out / "shared.csv"
    target.write_text("yesterday's export\n", encoding="utf-8")
    target.chmod(0o664)
    dialog = open_export_dialog(shop_window, target)
    outcome = export(shop_window, qloop, dialog)
    assert outcome.written
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert leftovers(out) == ["shared.csv"]
