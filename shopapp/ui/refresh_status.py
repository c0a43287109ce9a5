"""The refresh's place in the status bar: what it is doing, a progress bar, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from shopapp.i18n import fill
from shopapp.local_format import clock_time, whole_number
from shopapp.services.refresh import RefreshProgress


class RefreshProgressText(QObject):
    """The refresh's progress in words. A QObject only for self.tr(): lupdate marks a message as plural
    (%n) only there."""

    def words(self, progress: RefreshProgress) -> str:
        parts = [fill(self.tr("%1 of %Ln car(s)", "", progress.total), whole_number(progress.done))]
        if progress.errors:
            parts.append(self.tr("%n error(s)", "", progress.errors))
        if progress.waiting_until is not None:
            parts.append(
                fill(
                    self.tr("waiting for Smartcar's request allowance until %1"),
                    clock_time(progress.waiting_until),
                )
            )
        elif progress.current and progress.done < progress.total:
            parts.append(progress.current)
        return " · ".join(parts)


def progress_words(progress: RefreshProgress) -> str:
    """ "12 of 40 cars · 1 error · waiting for Smartcar's allowance until 14:05" """
    return RefreshProgressText().words(progress)


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
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the refresh; every car read so far stays saved"))
        layout.addWidget(self.label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cancel_button)

    def _connect_signals(self) -> None:
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    def _on_cancel_button_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping…"))
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
