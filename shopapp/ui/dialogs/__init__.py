"""The main window's dialogs: a customer, a service performed, the shop's settings."""
