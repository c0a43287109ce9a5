"""Endpoints follow the official SDK's environment names, so a developer's set-up works unchanged."""

from shopapp.smartcar import SmartcarEndpoints


def test_defaults_are_smartcar_production():
    endpoints = SmartcarEndpoints.from_environ({})
    assert endpoints.api_base == "https://api.smartcar.com/v2.0"
    assert endpoints.auth_url == "https://auth.smartcar.com/oauth/token"
    assert endpoints.authorize_url == "https://connect.smartcar.com/oauth/authorize"


def test_sdk_environment_names_are_honoured():
    endpoints = SmartcarEndpoints.from_environ(
        {
            "SMARTCAR_API_ORIGIN": "http://127.0.0.1:9000/",
            "SMARTCAR_AUTH_ORIGIN": "http://127.0.0.1:9000/oauth/token",
            "SMARTCAR_CONNECT_ORIGIN": "http://127.0.0.1:9000",
        }
    )
    assert endpoints == SmartcarEndpoints.for_server("http://127.0.0.1:9000")
    assert endpoints.api_base == "http://127.0.0.1:9000/v2.0"


def test_blank_variables_fall_back_to_defaults():
    assert SmartcarEndpoints.from_environ({"SMARTCAR_API_ORIGIN": "  "}) == SmartcarEndpoints()
