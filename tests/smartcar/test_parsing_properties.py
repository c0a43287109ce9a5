"""Whatever JSON arrives, a parser returns a typed result or raises MalformedResponseError, nothing else."""

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st
from smartcar_support import json_shaped_by, json_values

from shopapp.smartcar.errors import MalformedResponseError
from shopapp.smartcar.parsing import PARSERS_BY_PATH, parse_meta
from shopapp.smartcar.results import ResponseMeta

known_keys = st.sampled_from(
    [
        "id",
        "make",
        "model",
        "year",
        "vin",
        "distance",
        "lifeRemaining",
        "activeCodes",
        "code",
        "timestamp",
        "systems",
        "systemId",
        "status",
        "description",
        "serviceDate",
        "serviceTasks",
        "odometerDistance",
        "serviceCost",
        "permissions",
        "paging",
    ]
)
shaped_values = json_shaped_by(known_keys, max_leaves=25)


@settings(max_examples=300)
@given(path=st.sampled_from(sorted(PARSERS_BY_PATH)), body=json_values | shaped_values)
def test_parsers_never_raise_anything_but_malformed(path, body):
    with contextlib.suppress(MalformedResponseError):
        PARSERS_BY_PATH[path](body, ResponseMeta())


@given(st.dictionaries(st.sampled_from(["SC-Data-Age", "sc-fetched-at", "SC-Unit-System", "x"]), json_values))
def test_meta_tolerates_any_header_values(headers):
    parse_meta(headers)
