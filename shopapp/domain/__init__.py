"""Pure rules of the shop: units, service plans, due evaluation, forecasts, trouble-code catalogue. No I/O."""
