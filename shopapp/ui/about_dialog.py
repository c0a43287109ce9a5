"""About ShopApp: version, where the shop's data lives, the licences of what ShopApp is built from, and
"Copy diagnostics" for a support e-mail (never a secret in it)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopapp import __version__
from shopapp.credentials import Credentials
from shopapp.i18n import fill
from shopapp.services.diagnostics import components, diagnostics_text
from shopapp.ui.app_icon import app_icon, logo_heading

HINT_STYLE = "color: #5f6368;"  # untranslated: style sheet


class AboutDialog(QDialog):
    """`home` is the data folder shown (the demo's own folder in demo mode).

    Attributes: version_label, folder_label, open_folder_button, licences_view, copy_button, status_label.
    Tests replace `open_url` (QDesktopServices.openUrl) and read the clipboard after copy_diagnostics().
    """

    def __init__(
        self,
        home: Path,
        *,
        credentials: Credentials | None = None,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._home = home
        self._credentials = credentials
        self._demo = demo
        self.setWindowTitle(self.tr("About ShopApp"))
        self.setWindowIcon(app_icon())
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.version_label = QLabel(fill(self.tr("Version %1"), __version__))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = logo_heading(
            64,
            QLabel("ShopApp"),  # untranslated: the product's name
            self.version_label,
            tagline=self.tr("Service reminders for the front desk of a car repair shop"),
        )

        folder_title = QLabel(
            self.tr("<b>Data folder</b> (demo shop)") if self._demo else self.tr("<b>Data folder</b>")
        )
        self.folder_label = QLabel(str(self._home))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setAutoDefault(False)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)

        licences_title = QLabel(self.tr("<b>Built with</b>"))
        self.licences_view = QTextBrowser()
        self.licences_view.setOpenExternalLinks(True)
        self.licences_view.setHtml(licences_html())
        self.licences_view.setMinimumHeight(200)

        self.copy_button = QPushButton(self.tr("Copy diagnostics"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(
            self.tr(
                "Versions, folders and the keyring in use, for a support request. "
                "No passwords, keys or tokens."
            )
        )
        self.status_label = QLabel()
        self.status_label.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(folder_title)
        layout.addLayout(folder_row)
        layout.addSpacing(6)
        layout.addWidget(licences_title)
        layout.addWidget(self.licences_view, 1)
        layout.addLayout(bottom)
        self.resize(620, 560)

    def _connect_signals(self) -> None:
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.buttons.rejected.connect(self.reject)

    def open_url(self, url: QUrl) -> bool:
        """Opens a folder or link with the system's handler; tests replace it."""
        return QDesktopServices.openUrl(url)

    def _on_open_folder_button_clicked(self) -> None:
        self._home.mkdir(parents=True, exist_ok=True)
        if not self.open_url(QUrl.fromLocalFile(str(self._home))):
            self.status_label.setText(self.tr("Could not open the folder; its path is shown above."))

    def diagnostics(self) -> str:
        return diagnostics_text(
            self._home,
            credentials=self._credentials,
            demo=self._demo,
            qt_platform=QGuiApplication.platformName(),
        )

    def copy_diagnostics(self) -> str:
        """Puts the diagnostics text on the clipboard and returns it."""
        text = self.diagnostics()
        QGuiApplication.clipboard().setText(text)
        self.status_label.setText(self.tr("Copied to the clipboard: paste it into your message."))
        return text


def licences_html() -> str:
    """The components' table (names, versions and licence identifiers as the components give them), then the
    licence notes, in the shop's language."""
    rows = "".join(
        "<tr>"
        f"<td><a href='{escape(part.url)}'>{escape(part.name)}</a></td>"
        f"<td>{escape(part.version or '-')}</td>"
        f"<td>{escape(part.licence)}</td>"
        "</tr>"
        for part in components()
    )
    component = QCoreApplication.translate("AboutDialog", "Component")
    version = QCoreApplication.translate("AboutDialog", "Version")
    licence = QCoreApplication.translate("AboutDialog", "Licence")
    lgpl = QCoreApplication.translate(
        "AboutDialog",
        "Qt and PySide6 are used under the GNU Lesser General Public License v3: they are separate shared "
        "libraries in ShopApp's folder, which you may replace with versions you build yourself. Their source "
        "is at <a href='https://download.qt.io/official_releases/'>download.qt.io</a>.",
    )
    obdex = QCoreApplication.translate(
        "AboutDialog",
        "The trouble-code descriptions come from the OBDex project's generic OBD-II catalogue, dedicated to "
        "the public domain (CC0-1.0).",
    )
    python = QCoreApplication.translate(
        "AboutDialog", "Python is distributed under the Python Software Foundation License (PSF-2.0)."
    )
    return (
        "<table cellspacing='0' cellpadding='3' width='100%'>"
        f"<tr><th align='left'>{component}</th><th align='left'>{version}</th>"
        f"<th align='left'>{licence}</th></tr>"
        f"{rows}</table>"
        f"<p>{lgpl}</p>"
        f"<p>{obdex}</p>"
        f"<p>{python}</p>"
    )
