"""Whatever JSON arrives, a parser returns a typed result or raises MalformedResponseError, nothing else."""

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from shopapp.smartcar.errors import MalformedResponseError
from shopapp.smartcar.parsing import PARSERS_BY_PATH, parse_meta
from shopapp.smartcar.results import ResponseMeta

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)
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
shaped_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(known_keys, children, max_size=6),
    max_leaves=25,
)


@settings(max_examples=300)
@given(path=st.sampled_from(sorted(PARSERS_BY_PATH)), body=json_values | shaped_values)
def test_parsers_never_raise_anything_but_malformed(path, body):
    with contextlib.suppress(MalformedResponseError):
        PARSERS_BY_PATH[path](body, ResponseMeta())


@given(st.dictionaries(st.sampled_from(["SC-Data-Age", "sc-fetched-at", "SC-Unit-System", "x"]), json_values))
def test_meta_tolerates_any_header_values(headers):
    parse_meta(headers)
