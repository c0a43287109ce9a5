"""What the fleet generator draws from: car models with VIN prefixes, people, places, codes, tasks."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Powertrain(StrEnum):
    ICE = "ICE"
    HEV = "HEV"
    EV = "EV"


class Body(StrEnum):
    CAR = "car"
    SUV = "suv"
    PICKUP = "pickup"
    VAN = "van"


@dataclass(frozen=True, slots=True)
class CarModel:
    """make (uppercase, as Smartcar writes it), model, wmi + vds (VIN positions 1-3 and 4-8, `*` = any),
    powertrain, first/last model year built, body."""

    make: str
    model: str
    wmi: str
    vds: str
    powertrain: Powertrain
    first_year: int
    last_year: int
    body: Body = Body.CAR


_I, _H, _E = Powertrain.ICE, Powertrain.HEV, Powertrain.EV
_CAR, _SUV, _PICKUP, _VAN = Body.CAR, Body.SUV, Body.PICKUP, Body.VAN

CAR_MODELS: tuple[CarModel, ...] = (
    # General Motors
    CarModel("CHEVROLET", "Silverado 1500", "1GC", "RYEK*", _I, 2012, 2026, _PICKUP),
    CarModel("CHEVROLET", "Equinox", "2GN", "AXKE*", _I, 2012, 2026, _SUV),
    CarModel("CHEVROLET", "Malibu", "1G1", "ZD5S*", _I, 2013, 2025),
    CarModel("CHEVROLET", "Tahoe", "1GN", "SKBK*", _I, 2012, 2026, _SUV),
    CarModel("CHEVROLET", "Traverse", "1GN", "ERGK*", _I, 2012, 2026, _SUV),
    CarModel("CHEVROLET", "Express 2500", "1GC", "WGAF*", _I, 2012, 2026, _VAN),
    CarModel("CHEVROLET", "Bolt EV", "1G1", "FY6S*", _E, 2017, 2023),
    CarModel("GMC", "Sierra 1500", "1GT", "U9ED*", _I, 2012, 2026, _PICKUP),
    CarModel("GMC", "Yukon", "1GK", "S2BK*", _I, 2012, 2026, _SUV),
    CarModel("GMC", "Acadia", "1GK", "KNRL*", _I, 2012, 2026, _SUV),
    CarModel("GMC", "Savana 2500", "1GT", "W7AF*", _I, 2012, 2026, _VAN),
    CarModel("BUICK", "Enclave", "5GA", "EVBK*", _I, 2012, 2026, _SUV),
    CarModel("BUICK", "Encore", "KL4", "CJAS*", _I, 2013, 2022, _SUV),
    CarModel("CADILLAC", "Escalade", "1GY", "S4BK*", _I, 2012, 2026, _SUV),
    CarModel("CADILLAC", "XT5", "1GY", "KNAR*", _I, 2017, 2026, _SUV),
    CarModel("CADILLAC", "Lyriq", "1GY", "KPRR*", _E, 2023, 2026, _SUV),
    # Stellantis (FCA)
    CarModel("RAM", "1500", "1C6", "RR7L*", _I, 2012, 2026, _PICKUP),
    CarModel("RAM", "2500", "3C6", "UR5D*", _I, 2012, 2026, _PICKUP),
    CarModel("RAM", "ProMaster 2500", "3C6", "TRVD*", _I, 2014, 2026, _VAN),
    CarModel("JEEP", "Grand Cherokee", "1C4", "RJFB*", _I, 2012, 2026, _SUV),
    CarModel("JEEP", "Wrangler", "1C4", "HJXD*", _I, 2012, 2026, _SUV),
    CarModel("JEEP", "Cherokee", "1C4", "PJMD*", _I, 2014, 2023, _SUV),
    CarModel("JEEP", "Compass", "3C4", "NJDB*", _I, 2012, 2026, _SUV),
    CarModel("CHRYSLER", "Pacifica", "2C4", "RC1B*", _I, 2017, 2026, _VAN),
    CarModel("CHRYSLER", "Pacifica Hybrid", "2C4", "RC1N*", _H, 2017, 2026, _VAN),
    CarModel("CHRYSLER", "300", "2C3", "CCAG*", _I, 2012, 2023),
    CarModel("DODGE", "Charger", "2C3", "CDXB*", _I, 2012, 2023),
    CarModel("DODGE", "Durango", "1C4", "RDJD*", _I, 2012, 2026, _SUV),
    CarModel("DODGE", "Grand Caravan", "2C4", "RDGB*", _I, 2012, 2020, _VAN),
    CarModel("FIAT", "500", "3C3", "FFAR*", _I, 2012, 2019),
    CarModel("FIAT", "500X", "ZFB", "CFXC*", _I, 2016, 2023, _SUV),
    CarModel("ALFA ROMEO", "Giulia", "ZAR", "FAEB*", _I, 2017, 2026),
    CarModel("ALFA ROMEO", "Stelvio", "ZAS", "FAKB*", _I, 2018, 2026, _SUV),
    # Ford
    CarModel("FORD", "F-150", "1FT", "EW1E*", _I, 2012, 2026, _PICKUP),
    CarModel("FORD", "Escape", "1FM", "CU9G*", _I, 2013, 2026, _SUV),
    CarModel("FORD", "Escape Hybrid", "1FM", "CU0B*", _H, 2020, 2026, _SUV),
    CarModel("FORD", "Explorer", "1FM", "5K8D*", _I, 2012, 2026, _SUV),
    CarModel("FORD", "Transit-250", "1FT", "BR2C*", _I, 2015, 2026, _VAN),
    CarModel("FORD", "Fusion Hybrid", "3FA", "6P0L*", _H, 2013, 2020),
    CarModel("FORD", "Maverick", "3FT", "TW8E*", _H, 2022, 2026, _PICKUP),
    CarModel("FORD", "Mustang Mach-E", "3FM", "TK3S*", _E, 2021, 2026, _SUV),
    CarModel("FORD", "F-150 Lightning", "1FT", "VW1E*", _E, 2022, 2026, _PICKUP),
    CarModel("LINCOLN", "Aviator", "5LM", "5J7X*", _I, 2020, 2026, _SUV),
    CarModel("LINCOLN", "Nautilus", "2LM", "PJ6L*", _I, 2019, 2026, _SUV),
    CarModel("LINCOLN", "Corsair", "5LM", "CJ3C*", _I, 2020, 2026, _SUV),
    # Toyota
    CarModel("TOYOTA", "Camry", "4T1", "B11H*", _I, 2012, 2024),
    CarModel("TOYOTA", "Camry Hybrid", "4T1", "B31H*", _H, 2012, 2026),
    CarModel("TOYOTA", "Corolla", "5YF", "BURH*", _I, 2012, 2026),
    CarModel("TOYOTA", "RAV4", "2T3", "P1RF*", _I, 2013, 2026, _SUV),
    CarModel("TOYOTA", "RAV4 Hybrid", "JTM", "RWRF*", _H, 2016, 2026, _SUV),
    CarModel("TOYOTA", "Prius", "JTD", "KARF*", _H, 2012, 2026),
    CarModel("TOYOTA", "Tacoma", "3TM", "CZ5A*", _I, 2012, 2026, _PICKUP),
    CarModel("TOYOTA", "Tundra", "5TF", "DY5F*", _I, 2012, 2026, _PICKUP),
    CarModel("TOYOTA", "Highlander", "5TD", "JZRF*", _I, 2012, 2026, _SUV),
    CarModel("TOYOTA", "Sienna", "5TD", "YZ3D*", _H, 2021, 2026, _VAN),
    CarModel("LEXUS", "RX 350", "2T2", "ZMCA*", _I, 2012, 2026, _SUV),
    CarModel("LEXUS", "RX 450h", "JTJ", "BJRB*", _H, 2012, 2026, _SUV),
    CarModel("LEXUS", "ES 350", "58A", "BZ1B*", _I, 2013, 2026),
    # Mazda, Volkswagen, Subaru, Kia
    CarModel("MAZDA", "Mazda3", "JM1", "BPAL*", _I, 2012, 2026),
    CarModel("MAZDA", "CX-5", "JM3", "KFBC*", _I, 2013, 2026, _SUV),
    CarModel("MAZDA", "CX-9", "JM3", "TCBC*", _I, 2012, 2023, _SUV),
    CarModel("MAZDA", "CX-30", "3MV", "DMBC*", _I, 2020, 2026, _SUV),
    CarModel("VOLKSWAGEN", "Jetta", "3VW", "C57B*", _I, 2012, 2026),
    CarModel("VOLKSWAGEN", "Tiguan", "3VV", "2B7A*", _I, 2012, 2026, _SUV),
    CarModel("VOLKSWAGEN", "Atlas", "1V2", "R2CA*", _I, 2018, 2026, _SUV),
    CarModel("VOLKSWAGEN", "ID.4", "1V2", "VMPE*", _E, 2021, 2026, _SUV),
    CarModel("SUBARU", "Outback", "4S4", "BSAN*", _I, 2012, 2026, _SUV),
    CarModel("SUBARU", "Forester", "JF2", "SKAE*", _I, 2012, 2026, _SUV),
    CarModel("SUBARU", "Crosstrek", "JF2", "GTAC*", _I, 2013, 2026, _SUV),
    CarModel("SUBARU", "Impreza", "4S3", "GKAB*", _I, 2012, 2026),
    CarModel("KIA", "Sorento", "5XY", "PG4A*", _I, 2012, 2026, _SUV),
    CarModel("KIA", "Forte", "3KP", "F24A*", _I, 2014, 2026),
    CarModel("KIA", "Sportage", "KND", "PMCA*", _I, 2012, 2026, _SUV),
    CarModel("KIA", "Niro Hybrid", "KND", "CB3L*", _H, 2017, 2026, _SUV),
    CarModel("KIA", "EV6", "KND", "C4DL*", _E, 2022, 2026, _SUV),
    # Everyone else
    CarModel("TESLA", "Model 3", "5YJ", "3E1E*", _E, 2018, 2026),
    CarModel("TESLA", "Model Y", "7SA", "YGDE*", _E, 2020, 2026, _SUV),
    CarModel("TESLA", "Model S", "5YJ", "SA1E*", _E, 2013, 2026),
    CarModel("TESLA", "Model X", "5YJ", "XCAE*", _E, 2016, 2026, _SUV),
    CarModel("HONDA", "Civic", "2HG", "FC2F*", _I, 2012, 2026),
    CarModel("HONDA", "Accord", "1HG", "CV1F*", _I, 2012, 2026),
    CarModel("HONDA", "CR-V", "5J6", "RW2H*", _I, 2012, 2026, _SUV),
    CarModel("HONDA", "CR-V Hybrid", "7FA", "RT6H*", _H, 2020, 2026, _SUV),
    CarModel("HONDA", "Odyssey", "5FN", "RL6H*", _I, 2012, 2026, _VAN),
    CarModel("NISSAN", "Altima", "1N4", "BL4B*", _I, 2012, 2026),
    CarModel("NISSAN", "Rogue", "5N1", "AT3A*", _I, 2012, 2026, _SUV),
    CarModel("NISSAN", "Frontier", "1N6", "ED1E*", _I, 2012, 2026, _PICKUP),
    CarModel("NISSAN", "NV200", "3N6", "CM0K*", _I, 2013, 2021, _VAN),
    CarModel("NISSAN", "Leaf", "1N4", "AZ1C*", _E, 2013, 2026),
    CarModel("HYUNDAI", "Elantra", "5NP", "D84L*", _I, 2012, 2026),
    CarModel("HYUNDAI", "Tucson", "KM8", "J3CA*", _I, 2012, 2026, _SUV),
    CarModel("HYUNDAI", "Santa Fe", "5NM", "S3CA*", _I, 2012, 2026, _SUV),
    CarModel("HYUNDAI", "Sonata Hybrid", "KMH", "E34L*", _H, 2012, 2026),
    CarModel("HYUNDAI", "Ioniq 5", "KM8", "KRDA*", _E, 2022, 2026, _SUV),
    CarModel("BMW", "330i", "WBA", "5R1C*", _I, 2017, 2026),
    CarModel("BMW", "X3", "5UX", "TR9C*", _I, 2012, 2026, _SUV),
    CarModel("BMW", "i4", "WBY", "73AW*", _E, 2022, 2026),
    CarModel("MERCEDES-BENZ", "C 300", "W1K", "WF8D*", _I, 2015, 2026),
    CarModel("MERCEDES-BENZ", "GLC 300", "W1N", "0G8D*", _I, 2016, 2026, _SUV),
    CarModel("MERCEDES-BENZ", "Sprinter 2500", "W1Y", "4ECH*", _I, 2019, 2026, _VAN),
    CarModel("MERCEDES-BENZ", "EQS", "W1K", "CG2D*", _E, 2022, 2026),
)

# Roughly the US light-vehicle mix, so a generated shop looks like a real one.
MAKE_WEIGHTS: dict[str, float] = {
    "TOYOTA": 14, "FORD": 13, "CHEVROLET": 12, "HONDA": 10, "NISSAN": 6, "JEEP": 5, "RAM": 5,
    "HYUNDAI": 5, "KIA": 4, "SUBARU": 4, "GMC": 4, "TESLA": 4, "MAZDA": 3, "VOLKSWAGEN": 3,
    "LEXUS": 3, "BMW": 2, "MERCEDES-BENZ": 2, "DODGE": 2, "BUICK": 1.5, "CADILLAC": 1.5,
    "LINCOLN": 1, "CHRYSLER": 1, "FIAT": 0.5, "ALFA ROMEO": 0.5,
}  # fmt: skip

FIRST_NAMES = (
    "James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "William", "Elizabeth",
    "Richard", "Barbara", "Joseph", "Susan", "Thomas", "Jessica", "Christopher", "Sarah", "Daniel", "Karen",
    "Matthew", "Lisa", "Anthony", "Nancy", "Mark", "Sandra", "Steven", "Ashley", "Andrew", "Kimberly",
    "Kevin", "Emily", "Brian", "Michelle", "Tyler", "Amanda", "Marcus", "Keisha", "Darnell", "Tamika",
    "Hannah", "Ethan", "Olivia", "Noah", "Grace", "Samuel", "Rachel", "Aaron", "Megan", "Luis",
)  # fmt: skip
LAST_NAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
    "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
    "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams",
    "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans",
    "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Reed", "Bailey", "Cooper",
)  # fmt: skip
# Customers a US shop really has, and the names that break careless code (accents, ß, ø, ł, apostrophes).
INTERNATIONAL_NAMES = (
    ("José", "García"), ("María", "Hernández"), ("Zoë", "Müller"), ("François", "Lefèvre"),
    ("Søren", "Jørgensen"), ("Małgorzata", "Kowalska"), ("Lan", "Nguyễn"), ("Björn", "Åström"),
    ("Chloé", "Dubois"), ("Çağla", "Yılmaz"), ("Renée", "O'Connor"), ("Siobhán", "Ní Bhriain"),
    ("Jürgen", "Weiß"), ("Ana Lúcia", "Conceição"), ("Łukasz", "Wójcik"), ("Tomáš", "Dvořák"),
    ("Ingrid", "Øvergård"), ("Raúl", "Peña"), ("Anaïs", "Brontë"), ("Mateo", "Ibáñez"),
)  # fmt: skip
BUSINESS_NAMES = (
    "{last} Plumbing & Heating LLC", "{city} Courier Services", "{last} & Sons Electric",
    "Green Leaf Landscaping", "{city} Mobile Pet Grooming", "{last} Roofing Co.", "Quick Drop Deliveries",
    "{last} Catering", "{city} Floral Design", "Bright Spark HVAC",
)  # fmt: skip

STREET_NAMES = (
    "Maple Ave", "Oak St", "Cedar Ln", "Washington Blvd", "Lakeview Dr", "Pine St", "Elm St", "Main St",
    "Park Pl", "Sunset Blvd", "River Rd", "Hillcrest Dr", "Meadow Ln", "Highland Ave", "Church St",
    "Mill Rd", "Franklin St", "Jefferson Ave", "Willow Way", "Birch Ct",
)  # fmt: skip
# (city, state, first three ZIP digits, area code)
CITIES = (
    ("Springfield", "IL", "627", "217"), ("Columbus", "OH", "432", "614"), ("Madison", "WI", "537", "608"),
    ("Boise", "ID", "837", "208"), ("Raleigh", "NC", "276", "919"), ("Tucson", "AZ", "857", "520"),
    ("Spokane", "WA", "992", "509"), ("Albany", "NY", "122", "518"), ("Dayton", "OH", "454", "937"),
    ("Lansing", "MI", "489", "517"), ("Fresno", "CA", "937", "559"), ("Eugene", "OR", "974", "541"),
)  # fmt: skip

GENERIC_DTCS = (
    "P0420", "P0171", "P0300", "P0442", "P0128", "C0035", "U0100", "P0455", "P0301", "P0174",
    "P0401", "P0506", "P0135", "P0456", "P0102",
)  # fmt: skip
MANUFACTURER_DTCS = ("P302D", "P1101", "P1682", "P1516", "P1449", "U1510")
HYBRID_DTCS = ("P0A80", "P0A7F")
EV_DTCS = ("U0100", "C0035", "P0AA6", "P1E00", "U0140", "C0040", "B1325")

# System id -> what an ALERT says. SYSTEM_MIL and SYSTEM_OIL_LIFE follow the car's DTCs and oil life.
SYSTEM_ALERTS: dict[str, tuple[str, ...]] = {
    "SYSTEM_TPMS": (
        "Left rear tire pressure low", "Right front tire pressure low", "Left front tire sensor battery low",
        "Tire pressure monitoring system fault",
    ),
    "SYSTEM_ABS": ("ABS service required", "Wheel speed sensor fault"),
    "SYSTEM_AIRBAG": ("Airbag system fault - service required", "Passenger airbag disabled indicator fault"),
    "SYSTEM_BRAKE_FLUID": ("Brake fluid level low",),
    "SYSTEM_WASHER_FLUID": ("Washer fluid level low",),
    "SYSTEM_EV_HV_BATTERY": ("High-voltage battery needs service", "Battery conditioning unavailable"),
}  # fmt: skip
MIL_ALERT = "Check engine light on"
OIL_LIFE_ALERT = "Oil life low - change engine oil soon"

# Service task descriptions and the dealer-system ids they carry in histories.
OIL_CHANGE = "Oil and filter change"
TIRE_ROTATION = "Tire rotation"
CABIN_FILTER = "Cabin air filter replacement"
ENGINE_AIR_FILTER = "Engine air filter replacement"
BRAKE_INSPECTION = "Brake inspection"
MULTI_POINT = "Multi-point inspection"
BRAKE_FLUID = "Brake fluid exchange"
TASK_IDS = {
    OIL_CHANGE: "3262", TIRE_ROTATION: "3301", CABIN_FILTER: "4120", ENGINE_AIR_FILTER: "4115",
    BRAKE_INSPECTION: "5002", MULTI_POINT: "1000", BRAKE_FLUID: "5010",
}  # fmt: skip
_MAKE_NAMES = {"GMC": "GMC", "BMW": "BMW", "RAM": "RAM", "MERCEDES-BENZ": "Mercedes-Benz"}


def make_display(make: str) -> str:
    """GMC, not Gmc: how people write a make Smartcar sends in capitals."""
    return _MAKE_NAMES.get(make, make.title())


SERVICE_PROVIDERS = (
    "{make} Dealer Service Center",
    "Main Street Auto Care",
    "QuickLube Express",
    "Tire & Brake Depot",
)
# Rough US prices per task (USD), so a visit's total cost looks like a real invoice.
TASK_PRICES = {
    OIL_CHANGE: 79.95, TIRE_ROTATION: 29.95, CABIN_FILTER: 49.5, ENGINE_AIR_FILTER: 44.95,
    BRAKE_INSPECTION: 0.0, MULTI_POINT: 0.0, BRAKE_FLUID: 119.0,
}  # fmt: skip
