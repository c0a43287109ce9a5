"""Whatever JSON arrives, a v3 parser or signal reader returns a typed result or raises
MalformedResponseError, nothing else."""

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from smartcar_support import json_shaped_by, json_values

from shopapp.smartcar import V3Signal, parse_instant
from shopapp.smartcar import signals as codes
from shopapp.smartcar.errors import MalformedResponseError, SmartcarError
from shopapp.smartcar.results import ResponseMeta
from shopapp.smartcar.v3_parsing import (
    parse_connection_body,
    parse_connections_page,
    parse_signal_body,
    parse_signals_page,
    parse_vehicle,
)

known_keys = st.sampled_from(
    [
        "data",
        "meta",
        "links",
        "next",
        "included",
        "vehicle",
        "id",
        "type",
        "attributes",
        "relationships",
        "user",
        "permissions",
        "make",
        "model",
        "year",
        "mode",
        "powertrainType",
        "externalId",
        "createdAt",
        "code",
        "name",
        "group",
        "status",
        "value",
        "error",
        "body",
        "unit",
        "values",
        "timestamp",
        "description",
        "oemUpdatedAt",
        "retrievedAt",
        "totalCount",
        "pageNumber",
        "page",
        "pageSize",
        "resolution",
        "time",
        "odometer",
        "tasks",
        "details",
        "cost",
        "amount",
    ]
)
shaped_values = json_shaped_by(known_keys, max_leaves=30)
bodies = json_values | shaped_values

PARSERS = [
    parse_connections_page,
    parse_connection_body,
    parse_signals_page,
    parse_signal_body,
    parse_vehicle,
]
READERS = [
    (codes.ODOMETER, codes.odometer_km),
    (codes.OIL_LIFE, codes.oil_life_fraction),
    (codes.DTC_LIST, codes.trouble_codes),
    ("diagnostics-mil", codes.system_status),
    (codes.SERVICE_RECORDS, codes.service_events),
    (codes.VIN, codes.vin),
]


@settings(max_examples=300)
@given(parser=st.sampled_from(PARSERS), body=bodies)
def test_parsers_never_raise_anything_but_malformed(parser, body):
    with contextlib.suppress(MalformedResponseError):
        parser(body, ResponseMeta())


@settings(max_examples=300)
@given(body=bodies)
def test_a_page_of_fuzzed_elements_is_read_or_refused(body):
    with contextlib.suppress(MalformedResponseError):
        page = parse_signals_page(
            {"data": [body, body], "meta": body, "links": body, "included": body}, ResponseMeta()
        )
        assert page.received == 2
        for signal in page.signals:
            assert signal.status == signal.status.upper()
            assert signal.error is not None or signal.status != "ERROR"
        parse_connections_page({"data": [body]}, ResponseMeta())


@settings(max_examples=300)
@given(
    reader=st.sampled_from(READERS), body=bodies, status=st.sampled_from(["SUCCESS", "ERROR", "UNAVAILABLE"])
)
def test_readers_never_raise_anything_but_smartcar_errors(reader, body, status):
    code, read = reader
    signal = V3Signal(code=code, status=status, body=body, error=None, oem_updated_at=None, retrieved_at=None)
    if status == "SUCCESS":
        with contextlib.suppress(MalformedResponseError):
            read(signal)
    else:  # a failed signal raises its own typed error, whatever its body
        with pytest.raises(SmartcarError, match=status):
            read(signal)


@given(value=json_values | st.integers() | st.floats() | st.text())
def test_instants_never_raise(value):
    instant = parse_instant(value)
    assert instant is None or instant.tzinfo is not None
