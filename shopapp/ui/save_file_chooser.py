"""Where to save a file the window writes (the due list's CSV, the reminder letters' PDF): Qt's save-file
dialog, opened without blocking (never exec(): its nested loop would halt every task on the event loop)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def open_save_file_chooser(
    parent: QWidget,
    caption: str,
    file_types: str,
    suffix: str,
    on_chosen: Callable[[str], None],
    *,
    folder: str = "",
    file_name: str | None = None,
) -> QFileDialog:
    """Opens the dialog over `parent`, starting in `folder` with `file_name` filled in; `on_chosen(path)`
    once a file is chosen (`suffix` added when the name has none). It deletes itself when closed; returned
    so the caller can keep it for tests."""
    chooser = QFileDialog(parent, caption, folder, file_types)
    chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chooser.setFileMode(QFileDialog.FileMode.AnyFile)
    chooser.setDefaultSuffix(suffix)
    if file_name is not None:
        chooser.selectFile(file_name)
    chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    chooser.fileSelected.connect(on_chosen)
    chooser.open()
    return chooser
