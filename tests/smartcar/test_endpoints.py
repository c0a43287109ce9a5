"""Endpoints follow the official SDK's environment names, so a developer's set-up works unchanged."""

from shopapp.smartcar import AppCredentials, SmartcarEndpoints


def test_defaults_are_smartcar_production():
    endpoints = SmartcarEndpoints.from_environ({})
    assert endpoints.api_base == "https://api.smartcar.com/v2.0"
    assert endpoints.auth_url == "https://auth.smartcar.com/oauth/token"
    assert endpoints.authorize_url == "https://connect.smartcar.com/oauth/authorize"
    assert endpoints.iam_token_url == "https://iam.smartcar.com/oauth2/token"
    assert endpoints.v3_base == "https://vehicle.api.smartcar.com/v3"
    assert endpoints.management_v3_base == "https://management.api.smartcar.com/v3"


def test_sdk_environment_names_are_honoured():
    endpoints = SmartcarEndpoints.from_environ(
        {
            "SMARTCAR_API_ORIGIN": "http://127.0.0.1:9000/",
            "SMARTCAR_AUTH_ORIGIN": "http://127.0.0.1:9000/oauth/token",
            "SMARTCAR_CONNECT_ORIGIN": "http://127.0.0.1:9000",
            "SMARTCAR_IAM_TOKEN_URL": "http://127.0.0.1:9000/oauth2/token",
            "SMARTCAR_VEHICLE_API_V3_ORIGIN": "http://127.0.0.1:9000/",
            "SMARTCAR_MANAGEMENT_API_ORIGIN": "http://127.0.0.1:9000",
        }
    )
    assert endpoints == SmartcarEndpoints.for_server("http://127.0.0.1:9000")
    assert endpoints.api_base == "http://127.0.0.1:9000/v2.0"
    assert endpoints.v3_base == "http://127.0.0.1:9000/v3"
    assert endpoints.management_v3_base == "http://127.0.0.1:9000/v3"


def test_v2_variables_alone_leave_v3_on_smartcar():
    endpoints = SmartcarEndpoints.from_environ({"SMARTCAR_API_ORIGIN": "http://127.0.0.1:9000"})
    assert endpoints.api_base == "http://127.0.0.1:9000/v2.0"
    assert endpoints.v3_base == "https://vehicle.api.smartcar.com/v3"


def test_blank_variables_fall_back_to_defaults():
    assert SmartcarEndpoints.from_environ({"SMARTCAR_API_ORIGIN": "  "}) == SmartcarEndpoints()
    assert SmartcarEndpoints.from_environ({"SMARTCAR_IAM_TOKEN_URL": " "}) == SmartcarEndpoints()


def test_connect_id_is_the_application_id_when_set():
    v2 = AppCredentials("cid", "secret", "http://localhost/cb")
    v3 = AppCredentials("client_abc", "secret", "http://localhost/cb", application_id="8f1a-app")
    assert v2.connect_id == "cid"
    assert v3.connect_id == "8f1a-app"
    assert "secret" not in repr(v3)
