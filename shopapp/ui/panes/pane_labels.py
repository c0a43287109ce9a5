"""Labels the panes share: a one-line label that elides, and the notice shown where a pane has no data;
and how a pane stacks its content (a column of parts) over that notice."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from shopapp.ui.panes.pane_style import make_muted, scaled_font


class ElidedLabelWidget(QLabel):
    """One line of plain text that ends in "…" when the pane is narrower than it, the whole text then in
    the tooltip. A very long customer name or e-mail must not force the window wider or be cut mid-glyph.

    text() keeps the whole text (tests and screen readers see all of it); only the painting is shortened.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # customer data: "<b>" in a name is a name, not markup
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()
        self.update()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("M…"), metrics.height())

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        return QSize(
            metrics.horizontalAdvance(self.text()) + margins.left() + margins.right(),
            metrics.height() + margins.top() + margins.bottom(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(
            painter,
            rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            text,
            self.foregroundRole(),
        )
        painter.end()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else "")


class NoticeWidget(QLabel):
    """A calm, centred sentence in place of a pane's content ("No active trouble codes", "Not available for
    this vehicle"): never a blank pane, never an error dialog."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFont(scaled_font(self, 1.1))
        self.setContentsMargins(12, 16, 12, 16)
        make_muted(self)


class ContentOrNoticeWidget(QStackedWidget):
    """A pane's content, or in its place the sentence saying why there is nothing to show (never a blank).

    `notice_first`: start on the notice (a pane that waits for a vehicle) rather than the content."""

    def __init__(self, content: QWidget, notice: QWidget, *, notice_first: bool = False) -> None:
        super().__init__()
        self._content = content
        self._notice = notice
        self.addWidget(content)
        self.addWidget(notice)
        if notice_first:
            self.show_notice()

    @classmethod
    def filling(
        cls, pane: QWidget, content: QWidget, notice: QWidget, *, margin: int = 12, notice_first: bool = False
    ) -> ContentOrNoticeWidget:
        """The pages as `pane`'s whole layout, `margin` pixels from its edges (0 where the content scrolls or
        sets its own margins)."""
        pages = cls(content, notice, notice_first=notice_first)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(pages)
        return pages

    @property
    def showing_notice(self) -> bool:
        return self.currentWidget() is self._notice

    def show_notice(self) -> None:
        self.setCurrentWidget(self._notice)

    def show_content(self) -> None:
        self.setCurrentWidget(self._content)


class NoticePane(QWidget):
    """A pane whose content gives way to a notice when there is nothing to show: its _pages, made with
    ContentOrNoticeWidget.filling."""

    _pages: ContentOrNoticeWidget

    @property
    def showing_notice(self) -> bool:
        return self._pages.showing_notice


ColumnPart = QWidget | QLayout | int


def column_layout(
    owner: QWidget,
    *parts: ColumnPart,
    margins: tuple[int, int, int, int] = (0, 0, 0, 0),
    spacing: int | None = None,
    grow: QWidget | None = None,
) -> QVBoxLayout:
    """`owner`'s layout: `parts` top to bottom (a number is that many pixels of extra space), `margins`
    (left, top, right, bottom) from its edges, `spacing` between the parts (else the style's), `grow` (one
    of them) taking the height left over."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    for part in parts:
        if isinstance(part, int):
            layout.addSpacing(part)
        elif isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is grow else 0)
    return layout


def column_widget(*parts: ColumnPart, grow: QWidget, margin: int = 0, spacing: int | None = None) -> QWidget:
    """A pane's content: `parts` top to bottom (see column_layout), `grow` (one of them: the table, chart
    or tabs) taking the height left over. No margin by default: the pane around it sets the distance from
    its edges."""
    column = QWidget()
    column_layout(column, *parts, margins=(margin, margin, margin, margin), spacing=spacing, grow=grow)
    return column
