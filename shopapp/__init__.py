"""ShopApp: connected-car service reminders for the front desk of a small auto-repair shop."""

__version__ = "0.1.0"
