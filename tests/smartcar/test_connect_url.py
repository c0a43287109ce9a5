"""The Connect URL carries every parameter of reference section 2.1, as the official SDK builds it."""

from urllib.parse import parse_qs, urlsplit

import pytest
from smartcar_support import CREDENTIALS, ENDPOINTS

from shopapp.smartcar import AppCredentials, build_connect_url


def query(url):
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


# Every option of a Connect request but the scopes and the make, which each test sets.
EVERY_OPTION = {
    "state": "s1",
    "required_scopes": ["read_engine_oil"],
    "approval_prompt": "force",
    "mode": "test",
    "single_select_vin": "VIN1",
    "flags": {"country": "US", "x": True},
    "user": "u1",
}


def test_all_parameters_are_sent():
    url = build_connect_url(
        ENDPOINTS, CREDENTIALS, scopes=["read_odometer", "read_vin"], make="ford", **EVERY_OPTION
    )
    assert url.startswith("https://connect.smartcar.test/oauth/authorize?")
    assert query(url) == {
        "response_type": "code",
        "client_id": "cid",
        "approval_prompt": "force",
        "mode": "test",
        "redirect_uri": "http://localhost:8765/callback",
        "scope": "read_odometer read_vin required:read_engine_oil",
        "state": "s1",
        "make": "FORD",
        "single_select_vin": "VIN1",
        "single_select": "true",
        "flags": "country:US x:true",
        "user": "u1",
    }
    assert "csecret" not in url


def test_matches_the_official_sdk():
    import smartcar

    sdk_url = smartcar.AuthClient(
        "cid", "csecret", "http://localhost:8765/callback", mode="test"
    ).get_auth_url(
        ["read_odometer", "required:read_engine_oil"],
        {
            "force_prompt": True,
            "state": "s1",
            "make_bypass": "FORD",
            "flags": {"country": "US", "x": True},
            "single_select": {"enabled": True, "vin": "VIN1"},
            "user": "u1",
        },
    )
    ours = build_connect_url(ENDPOINTS, CREDENTIALS, scopes=["read_odometer"], make="FORD", **EVERY_OPTION)
    assert query(ours) == query(sdk_url)


def test_state_is_required():
    with pytest.raises(ValueError, match="state"):
        build_connect_url(ENDPOINTS, CREDENTIALS, state="", scopes=["read_vin"])


@pytest.mark.parametrize(("option", "value"), [("mode", "sandbox"), ("approval_prompt", "always")])
def test_unknown_option_values_are_refused(option, value):
    with pytest.raises(ValueError, match=option):
        build_connect_url(ENDPOINTS, CREDENTIALS, state="s", scopes=["read_vin"], **{option: value})


def test_defaults_are_live_and_auto():
    params = query(build_connect_url(ENDPOINTS, CREDENTIALS, state="abc", scopes=["read_vin"]))
    assert params["mode"] == "live"
    assert params["approval_prompt"] == "auto"
    assert "single_select" not in params


V3_CREDENTIALS = AppCredentials(
    "client_abc", "csecret-DO-NOT-LEAK", "http://localhost:8765/callback", application_id="app-uuid-1"
)


def test_v3_sends_the_application_id_under_both_names_and_the_external_id():
    params = query(
        build_connect_url(
            ENDPOINTS,
            V3_CREDENTIALS,
            state="s1",
            scopes=["read_odometer"],
            api="v3",
            external_id="customer-42",
        )
    )
    assert params["client_id"] == "app-uuid-1"
    assert params["application_id"] == "app-uuid-1"
    assert params["response_type"] == "code"
    assert params["external_id"] == "customer-42"
    assert params["scope"] == "read_odometer"
    assert "client_abc" not in params.values()


def test_v3_without_scopes_leaves_them_to_the_dashboard():
    params = query(build_connect_url(ENDPOINTS, V3_CREDENTIALS, state="s1", scopes=[], api="v3"))
    assert "scope" not in params
    assert "external_id" not in params


def test_v2_is_unchanged_by_the_v3_options():
    params = query(build_connect_url(ENDPOINTS, CREDENTIALS, state="s1", scopes=["read_vin"], api="v2"))
    assert params["client_id"] == "cid"
    assert "application_id" not in params


def test_unknown_api_is_refused():
    with pytest.raises(ValueError, match="api"):
        build_connect_url(ENDPOINTS, CREDENTIALS, state="s", scopes=["read_vin"], api="v4")
