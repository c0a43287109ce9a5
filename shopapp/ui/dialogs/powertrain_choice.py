"""Which kinds of car a plan task applies to (combustion, hybrid, plug-in hybrid, electric): a button in the
plan editor's row that says it in words ("Cars with an engine") and opens a menu of ticks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from shopapp.domain.powertrain import EVERY_POWERTRAIN, WITH_AN_ENGINE, Powertrain
from shopapp.local_format import shop_locale

_NAMES = {  # QT_TRANSLATE_NOOP marks the text for lupdate and returns it
    Powertrain.COMBUSTION: QT_TRANSLATE_NOOP("PowertrainNames", "Combustion"),
    Powertrain.HYBRID: QT_TRANSLATE_NOOP("PowertrainNames", "Hybrid"),
    Powertrain.PLUG_IN_HYBRID: QT_TRANSLATE_NOOP("PowertrainNames", "Plug-in hybrid"),
    Powertrain.ELECTRIC: QT_TRANSLATE_NOOP("PowertrainNames", "Electric"),
}


def powertrain_name(powertrain: Powertrain) -> str:
    """ "Plug-in hybrid" in the shop's language (the plan editor's ticks, the car's powertrain dialog)."""
    return QCoreApplication.translate("PowertrainNames", str(_NAMES[powertrain]))


class PowertrainChoiceButton(QToolButton):
    """Signals: chosen_changed(frozenset) when a tick changes."""

    chosen_changed = Signal(frozenset)

    def __init__(self, chosen: frozenset[Powertrain], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.setToolTip(self.tr("The kinds of car that get this task"))
        menu = QMenu(self)
        self._actions = {}
        for powertrain in Powertrain:
            action = menu.addAction(powertrain_name(powertrain))
            action.setCheckable(True)
            action.setChecked(powertrain in chosen)
            action.toggled.connect(self._on_action_toggled)
            self._actions[powertrain] = action
        self.setMenu(menu)
        self._show_choice()

    def chosen(self) -> frozenset[Powertrain]:
        return frozenset(powertrain for powertrain, action in self._actions.items() if action.isChecked())

    def choice_text(self) -> str:
        """The choice in words: the common ones by name, any other as a list of kinds."""
        chosen = self.chosen()
        if chosen == EVERY_POWERTRAIN:
            return self.tr("All cars")
        if chosen == WITH_AN_ENGINE:
            return self.tr("Cars with an engine")
        if not chosen:
            return self.tr("No cars")
        names = [powertrain_name(powertrain) for powertrain in Powertrain if powertrain in chosen]
        return shop_locale().createSeparatedList(names)

    def _show_choice(self) -> None:
        self.setText(self.choice_text())

    def _on_action_toggled(self, _checked: bool) -> None:
        self._show_choice()
        self.chosen_changed.emit(self.chosen())
