"""The first-run welcome: try the demo, or set up the shop. Shown while the shop's database is empty, and
from Help → Welcome… at any time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopapp.ui.app_icon import app_icon, logo_heading

HINT_STYLE = "color: #5f6368;"  # untranslated: style sheet
# Framed, so the two choices read as buttons (Fusion draws command links flat until hovered).
# untranslated: style sheet
CHOICE_STYLE = """
QCommandLinkButton { border: 1px solid #c5d0de; border-radius: 6px; background: #f6f8fb; padding: 10px; }
QCommandLinkButton:hover { border-color: #3b7ddd; background: #edf3fc; }
QCommandLinkButton:focus { border-color: #3b7ddd; }
QCommandLinkButton:disabled { background: #f3f3f3; border-color: #dddddd; }
"""


class WelcomeDialog(QDialog):
    """Two ways to start, or skip.

    Signals (each emitted once, after the dialog has closed): demo_chosen(), setup_chosen(), skipped()
    (Skip, Escape or the window's close button).
    Attributes: demo_button, setup_button, skip_button. With `in_demo`, the window behind is the demo
    itself: the demo button is disabled and "Set up my shop" says it opens the shop's own window.
    """

    demo_chosen = Signal()
    setup_chosen = Signal()
    skipped = Signal()

    def __init__(self, *, in_demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._in_demo = in_demo
        self.setWindowTitle(self.tr("Welcome to ShopApp"))
        self.setWindowIcon(app_icon())
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        top = logo_heading(
            72,
            QLabel(self.tr("Welcome to ShopApp")),
            tagline=self.tr("Service reminders for your customers' connected cars"),
            centred=True,
        )

        intro = QLabel(
            self.tr(
                "ShopApp keeps your customers' connected cars in one list. It reads each car's mileage, oil "
                "life and warning lights through Smartcar, tells you which cars are due for service and why, "
                "and prints the reminder letters.<br><br>How would you like to start?"
            )
        )
        intro.setWordWrap(True)

        self.demo_button = QCommandLinkButton(
            self.tr("Try the demo"),
            self.tr(
                "A made-up shop with 40 simulated cars, to look around. No account and no internet needed; "
                "your own shop stays untouched."
            ),
        )
        self.setup_button = QCommandLinkButton(
            self.tr("Set up my shop"),
            self.tr(
                "Your shop's name and address, miles or kilometres, and your Smartcar application; then "
                "connect the first customer's car. About five minutes."
            ),
        )
        if self._in_demo:
            self.demo_button.setEnabled(False)
            self.demo_button.setDescription(self.tr("You are in the demo now."))
            self.setup_button.setDescription(
                self.tr(
                    "Opens ShopApp on your own shop in a new window, where you can enter your shop's details "
                    "and connect the first customer's car."
                )
            )
        for button in (self.demo_button, self.setup_button):
            button.setStyleSheet(CHOICE_STYLE)
        self.setup_button.setDefault(True)

        hint = QLabel(self.tr("You can come back here at any time from Help → Welcome…"))
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        self.skip_button = QPushButton(self.tr("Skip for now"))
        self.skip_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.skip_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.setup_button)
        layout.addSpacing(6)
        layout.addLayout(bottom)
        # Wrapped labels do not raise a layout's minimum height: size the dialog for its fixed width.
        width = 580
        self.setFixedSize(width, layout.totalHeightForWidth(width))

    def _connect_signals(self) -> None:
        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        self.setup_button.clicked.connect(self._on_setup_button_clicked)
        self.skip_button.clicked.connect(self.reject)

    def _on_demo_button_clicked(self) -> None:
        self.accept()
        self.demo_chosen.emit()

    def _on_setup_button_clicked(self) -> None:
        self.accept()
        self.setup_chosen.emit()

    def reject(self) -> None:
        """Skip, Escape and the close button all come here."""
        was_open = self.isVisible()
        super().reject()
        if was_open:
            self.skipped.emit()
