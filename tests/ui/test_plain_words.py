"""Words, not codes, and money only in the shop's currency (issue 14): every text the demo shop shows in
the window (list cells and tooltips, every tab of every car), in its reminder letters, in `shopapp due`'s
table and in its CSV is scanned for a raw system id and for a currency the shop does not use."""

import csv
import io
import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QTableWidget, QTreeWidget
from qt_support import wait_signal
from reminder_support import today

from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.reports.due_csv import due_csv_text
from shopapp.reports.due_table import write_due_table
from shopapp.reports.letters import ShopProfile, letter_document
from shopapp.resources import trouble_code_catalogue
from shopapp.services.due_list import due_list
from shopapp.services.reminders import ReminderOptions, plan_reminders
from shopapp.ui.models.vehicle_table import Column

# A Smartcar system id (SYSTEM_TPMS, OIL_LIFE, MIL), the old "DTC"/"System" item names, and the catalogue's
# euros in a shop that works in dollars (the test machine's locale: en_US).
RAW = re.compile(r"SYSTEM_|\bOIL_LIFE\b|\bMIL\b|\bDTC\b|\bSystem [A-Z_]{2,}\b|€|\bEUR\b")


def raw_words(texts):
    return sorted({text for text in texts if text and RAW.search(text)})


def widget_texts(root):
    """Every text a person can read in a widget tree: labels, buttons, table and tree cells, tooltips."""
    texts = []
    for label in root.findChildren(QLabel):
        texts += [label.text(), label.toolTip()]
    for button in root.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for table in root.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                cell = table.item(row, column)
                texts += [cell.text(), cell.toolTip()] if cell else []
    for tree in root.findChildren(QTreeWidget):
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            texts += [item.text(column) for column in range(tree.columnCount())]
    return texts


def test_no_raw_code_or_foreign_currency_on_any_surface_of_the_demo_shop(shop_window, qloop):
    window = shop_window
    rows = window.model.rows()
    assert any(item.key.startswith("system:") for row in rows for item in row.items), "the demo has alerts"
    assert any(item.key.startswith("dtc:") for row in rows for item in row.items), "the demo has codes"

    shown = []
    for index in range(window.model.rowCount()):
        for column in Column:
            cell = window.model.index(index, column)
            shown += [cell.data(), cell.data(3)]  # the text and its tooltip

    async def every_car():
        for row in rows:
            window.select_vehicle(row.vehicle_id)
            await wait_signal(window.detail_shown, 10)
            shown.extend(widget_texts(window.detail))

    qloop.run_until_complete(every_car())
    assert raw_words(shown) == []

    catalogue = trouble_code_catalogue()
    every_item = due_list(today=today(), plan=default_plan(), catalogue=catalogue, include_all=True)
    table = io.StringIO()
    write_due_table(every_item, table, DistanceUnit.MI)
    assert raw_words(table.getvalue().splitlines()) == []
    sheet = csv.DictReader(io.StringIO(due_csv_text(every_item, DistanceUnit.MI)))
    assert raw_words(cell for line in sheet for cell in line.values()) == []

    batch = plan_reminders(
        ReminderOptions(min_days=0, skip_without_address=False),
        today=today(),
        plan=default_plan(),
        unit=DistanceUnit.MI,
        catalogue=catalogue,
    )
    assert batch.letters, "the demo shop has customers to remind"
    shop = ShopProfile(name="Corner Garage", address="1 Main St")
    letters = letter_document(batch.letters, shop, DistanceUnit.MI, today(), catalogue)
    assert raw_words(letters.toPlainText().splitlines()) == []
