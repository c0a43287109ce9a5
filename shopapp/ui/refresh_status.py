"""The refresh's place in the status bar: what it is doing, a progress bar, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from shopapp.services.refresh import RefreshProgress


def progress_words(progress: RefreshProgress) -> str:
    """ "12 of 40 cars · 1 error · waiting for Smartcar's allowance until 14:05" """
    words = f"{progress.done:,} of {progress.total:,} cars"
    if progress.errors:
        words += f" · {progress.errors} error" + ("s" if progress.errors != 1 else "")
    if progress.waiting_until is not None:
        words += (
            f" · waiting for Smartcar's request allowance until {progress.waiting_until.astimezone():%H:%M}"
        )
    elif progress.current and progress.done < progress.total:
        words += f" · {progress.current}"
    return words


class RefreshStatusWidget(QWidget):
    """Hidden while idle. Signals: cancel_requested()."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self._connect_signals()
        self.setVisible(False)

    def _setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setFixedWidth(180)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the refresh; every car read so far stays saved")
        layout.addWidget(self.label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cancel_button)

    def _connect_signals(self) -> None:
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    def _on_cancel_button_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText("Stopping…")
        self.cancel_requested.emit()

    def started(self, description: str) -> None:
        self.label.setText(description)
        self.progress_bar.setRange(0, 0)  # busy until the number of cars is known
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def show_progress(self, progress: RefreshProgress) -> None:
        self.progress_bar.setRange(0, max(progress.total, 1))
        self.progress_bar.setValue(progress.done)
        self.progress_bar.setFormat(f"{progress.done} / {progress.total}")
        self.label.setText(progress_words(progress))

    def finished(self) -> None:
        self.setVisible(False)
