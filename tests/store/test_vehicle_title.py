"""What a car is called in lists and letters: year, make and model; else its nickname or VIN; else the
catalogue's word for a vehicle."""

from words import words

from shopapp.store.models import vehicle_title


def test_year_make_and_model_with_a_shouted_make_in_title_case():
    assert vehicle_title(2021, "TOYOTA", "Camry") == "2021 Toyota Camry"


def test_without_a_model_the_nickname_then_the_vin_then_the_word():
    assert vehicle_title(None, "", "", nickname="Blue van", vin="1HGCM82633A004352") == "Blue van"
    assert vehicle_title(None, "", "", vin="1HGCM82633A004352") == "1HGCM82633A004352"
    assert vehicle_title(None, "", "") == words("VehicleTitle", "Vehicle")
