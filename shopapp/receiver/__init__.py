"""`shopapp webhooks serve`: the Smartcar webhook receiver, an ASGI service next to the shop's database.
It runs headless (no display, no Qt widgets or GUI modules)."""
