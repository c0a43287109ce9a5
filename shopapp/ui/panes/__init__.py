"""The detail panes of the selected vehicle: header, due items, oil, odometer, codes, systems, services."""

from shopapp.ui.panes.vehicle_detail_widget import VehicleDetailWidget

__all__ = ["VehicleDetailWidget"]
