"""Trouble codes: each active code as a card in plain language, then the codes the car has cleared."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shopapp.i18n import fill
from shopapp.services.vehicle_detail import TroubleCodeSpell, VehicleDetail
from shopapp.ui.display import day_text, local_day, moment_text
from shopapp.ui.panes.detail_table_widget import DetailTableWidget
from shopapp.ui.panes.pane_labels import ContentOrNoticeWidget, NoticePane, NoticeWidget, column_layout
from shopapp.ui.panes.pane_style import ALERT_CARD_FRAME, NOTE_BANNER, make_heading, make_muted
from shopapp.ui.panes.pane_text import (
    code_flags_text,
    cost_band_text,
    cost_band_tooltip,
    missing_signal_text,
    seen_span_text,
    seen_text,
    signal_note_text,
)


def _text_label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TroubleCodeCardWidget(QFrame):
    """One active code: code and title, what it means, what it implies, when seen, whether reviewed.

    Signals: review_requested(int) with the occurrence id, when "Mark reviewed" is clicked (the card
    never writes to the database). Attributes: title_label, description_label, flags_label, cost_label,
    seen_label, review_label, review_button (None once the code has been reviewed).
    """

    review_requested = Signal(int)

    def __init__(
        self, spell: TroubleCodeSpell, today: date, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spell = spell
        self._setup_ui(today, currency)
        self._connect_signals()

    def _setup_ui(self, today: date, currency: str) -> None:
        spell, info = self.spell, self.spell.info
        self.setObjectName("card")
        self.setStyleSheet(ALERT_CARD_FRAME)
        self.title_label = make_heading(_text_label(f"▲ {spell.code}  {info.title}"), 1.08)
        self.description_label = _text_label(info.description)
        self.flags_label = _text_label(code_flags_text(info))
        self.flags_label.setVisible(bool(self.flags_label.text()))
        self.cost_label = _text_label(cost_band_text(info, currency))
        self.cost_label.setToolTip(cost_band_tooltip(info, currency))
        self.cost_label.setVisible(bool(self.cost_label.text()))
        self.seen_label = make_muted(_text_label(seen_text(spell.first_seen_at, spell.last_seen_at, today)))
        reviewed = spell.reviewed_at is not None
        self.review_label = _text_label(
            fill(self.tr("✓ Reviewed %1"), moment_text(spell.reviewed_at, today))
            if reviewed
            else self.tr("Not reviewed yet"),
            wrap=False,
        )
        if not reviewed:
            font = self.review_label.font()
            font.setBold(True)
            self.review_label.setFont(font)
        self.review_button = None if reviewed else QPushButton(self.tr("Mark reviewed"))
        if self.review_button is not None:
            self.review_button.setToolTip(fill(self.tr("Record that the shop has looked at %1"), spell.code))

        footer = QHBoxLayout()
        footer.addWidget(self.seen_label, 1)
        footer.addWidget(self.review_label)
        if self.review_button is not None:
            footer.addWidget(self.review_button)
        column_layout(
            self,
            self.title_label,
            self.description_label,
            self.flags_label,
            self.cost_label,
            footer,
            margins=(14, 10, 12, 10),
            spacing=5,
        )

    def _connect_signals(self) -> None:
        if self.review_button is not None:
            self.review_button.clicked.connect(self._on_review_button_clicked)

    def _on_review_button_clicked(self) -> None:
        self.review_requested.emit(self.spell.occurrence_id)


class TroubleCodesPane(NoticePane):
    """Active codes first (the front desk acts on them), then the history of cleared ones.

    Signals: review_requested(int) with the occurrence id of the code to mark reviewed. Attributes:
    scroll_area (holds the cards and the history), summary_label (above the history when no code is
    active), note_label (the trouble-code signal's state when it is not plainly OK), cards (the
    TroubleCodeCardWidget of each active code), review_buttons (occurrence id -> "Mark reviewed" button),
    history_label, history_table (cleared codes), notice_label (instead of all of it when there is
    nothing to list).
    """

    review_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[TroubleCodeCardWidget] = []
        self.review_buttons: dict[int, QPushButton] = {}
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.summary_label = NoticeWidget()
        self.note_label = _text_label()
        self.note_label.setStyleSheet(NOTE_BANNER)
        self.note_label.hide()
        self.history_label = make_heading(QLabel(self.tr("Cleared codes")))
        headers = (self.tr("Code"), self.tr("Meaning"), self.tr("Seen"), self.tr("Cleared"))
        self.history_table = DetailTableWidget(headers, stretch_column=1, fit_rows=True)
        self.notice_label = NoticeWidget()

        content = QWidget()
        self._cards_layout = QVBoxLayout()
        self._cards_layout.setSpacing(10)
        column = column_layout(
            content,
            self.note_label,
            self.summary_label,
            self._cards_layout,
            8,
            self.history_label,
            self.history_table,
            margins=(12, 12, 12, 12),
            spacing=10,
        )
        column.addStretch(1)
        # Ignored: the scroll area then gives the column the viewport's height, or the height its wrapped
        # text needs at the viewport's width, instead of a taller hint computed for a narrower column.
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)

        self._pages = ContentOrNoticeWidget.filling(self, self.scroll_area, self.notice_label, margin=0)

    @property
    def summary_text(self) -> str:
        """The sentence shown instead of active codes ("No active trouble codes", "Not available …")."""
        return self.notice_label.text() if self.showing_notice else self.summary_label.text()

    def show_vehicle(self, detail: VehicleDetail, currency: str, now: datetime | None = None) -> None:
        """Shows the car's codes; repair costs as money only when the catalogue prices in `currency` (the
        shop's ISO 4217 code), else as a level in words."""
        today = local_day(now)
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards, self.review_buttons = [], {}
        signal = detail.signal("trouble_codes")
        active, cleared = detail.active_codes, detail.cleared_codes
        for spell in active:
            card = TroubleCodeCardWidget(spell, today, currency)
            card.review_requested.connect(self.review_requested)
            self._cards_layout.addWidget(card)
            self.cards.append(card)
            if card.review_button is not None:
                self.review_buttons[spell.occurrence_id] = card.review_button
        none_text = (
            self.tr("Trouble codes not read yet")
            if signal.availability is None
            else missing_signal_text(signal, self.tr("No active trouble codes"))
        )
        self.summary_label.setText("" if active else none_text)
        self.summary_label.setVisible(not active)
        self.notice_label.setText(none_text)
        # Codes read earlier stay on screen when the latest read failed; the banner says why.
        self.note_label.setText(signal_note_text("trouble_codes", signal) if active else "")
        self.note_label.setVisible(bool(self.note_label.text()))
        self.history_table.set_rows(
            [
                (
                    spell.code,
                    spell.info.title,
                    seen_span_text(spell.first_seen_at, spell.last_seen_at, today),
                    day_text(spell.cleared_at.astimezone().date(), today) if spell.cleared_at else "",
                )
                for spell in cleared
            ]
        )
        self.history_label.setVisible(bool(cleared))
        self.history_table.setVisible(bool(cleared))
        if active or cleared:
            self._pages.show_content()
        else:
            self._pages.show_notice()
        self.scroll_area.verticalScrollBar().setValue(0)
