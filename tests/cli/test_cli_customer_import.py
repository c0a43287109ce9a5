"""`shopapp import customers` and `shopapp export customers` as a script uses them (issue 15 acceptance):
the dry run's lines, exit 2 and nothing changed for a bad line or a bad file, a second import that adds
nothing, and an export that imports back into an empty shop as it was."""

import csv
import io
import os
import subprocess
import sys
from datetime import date

import pytest
from bound_store import bound_store
from words import words

from shopapp.cli import main
from shopapp.domain.car import CarDraft
from shopapp.domain.customer_file import Field
from shopapp.local_format import short_date
from shopapp.services.car_words import car_problem_text
from shopapp.store.models import ALL_MODELS, LiveChange

BAD_CHECK_DIGIT = "1HGCM82633A004353"
GOOD_FILE = (
    "Nom;Prénom;Téléphone;E-mail;Adresse;Ville;Code postal;VIN;Marque;Modèle;Année;Immatriculation;"
    "Dernière visite;Kilométrage\r\n"
    "O'Brien;Siobhán;+1 208-555-0101;siobhan@example.com;12 rue de l'Église;Montréal;H2X 1Y4;"
    "1HGCM82633A004352;Honda;Accord;2003;AB-123-CD;27/03/2025;123 456\r\n"
    "O'Brien;Siobhán;(208) 555-0101;;;;;;Renault;Clio;2015;EF-456-GH;03/04/2025;45 000\r\n"
    "Müller;Zoë;+49 30 1234567;zoe@example.de;Bahnhofstraße 5;Köln;50667;;Škoda;Octavia;2018;K-ZM 18;;\r\n"
    "Ñúñez;José;;;;;;;;;;;;\r\n"
)
BAD_LINE = f"Mauvais;Vin;555-0777;;;;;{BAD_CHECK_DIGIT};Honda;Civic;2010;;;\r\n"


def table_counts(home):
    with bound_store(home):
        # The change feed logs each import itself (other windows reload), whatever it created.
        return {model.__name__: model.select().count() for model in ALL_MODELS if model is not LiveChange}


def write(folder, text, name="customers.csv", encoding="cp1252"):
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def import_words(source, *values, n=-1):
    return words("CustomerImportWords", source, *values, n=n)


def shop_match(line, name, why, car=None):
    """A line merged into a customer already in the shop, as the dry run prints it (car: its title and
    why it is the shop's car)."""
    parts = [import_words("already in the shop as %1 (%2)", name, import_words(why))]
    if car is not None:
        title, car_why = car
        parts.append(
            import_words("%1: %2", title, import_words("already in the shop (%1)", import_words(car_why)))
        )
    return import_words("Line %1 (%2): %3", line, name, "; ".join(parts))


def refused_vin_line(line, name):
    """A line refused for its VIN's check digit (the car rules' own sentence)."""
    problem = CarDraft(vin=BAD_CHECK_DIGIT).problems(2026)["vin"]
    reason = import_words("%1: %2", "VIN", car_problem_text(problem))
    return import_words("Line %1 (%2): refused: %3", line, name, reason)


def test_dry_run_lists_every_merged_and_refused_line_and_changes_nothing(shopapp_home, out, capsys):
    path = write(out, GOOD_FILE + BAD_LINE)
    before = table_counts(shopapp_home)
    assert main(["import", "customers", str(path), "--dry-run"]) == 0
    printed = capsys.readouterr().out.splitlines()
    kind = import_words("%1 (%2, separated by %3)", path.name, import_words("Windows-1252"), ";")
    assert kind in printed[0]
    same = import_words("same customer as line %1", 2)
    assert printed[1] == import_words("Line %1 (%2): %3", 3, "Siobhán O'Brien", same)
    assert printed[2] == refused_vin_line(6, "Vin Mauvais")
    assert printed[3] == words("CommandLine", "Dry run: nothing was changed.")
    assert table_counts(shopapp_home) == before


def test_one_bad_line_without_skip_bad_exits_2_and_changes_nothing(shopapp_home, out, capsys):
    path = write(out, GOOD_FILE + BAD_LINE)
    before = table_counts(shopapp_home)
    assert main(["import", "customers", str(path)]) == 2
    error = capsys.readouterr().err.splitlines()
    assert error[0] == "shopapp: " + words(
        "CustomerImport", "Nothing was imported: %1 of the file's lines cannot be imported.", 1
    )
    assert error[1] == "  " + refused_vin_line(6, "Vin Mauvais")
    assert error[-1] == words(
        "CommandLine", "Use --dry-run to see them all, or --skip-bad to import the rest."
    )
    assert table_counts(shopapp_home) == before
    assert main(["import", "customers", str(path), "--skip-bad"]) == 0
    assert table_counts(shopapp_home)["Customer"] == 3


def test_the_same_file_twice_creates_no_duplicates(shopapp_home, out, capsys):
    path = write(out, GOOD_FILE)
    assert main(["import", "customers", str(path)]) == 0
    first = table_counts(shopapp_home)
    assert (first["Customer"], first["Vehicle"], first["ServiceRecord"], first["OdometerReading"]) == (
        3,
        3,
        2,
        2,
    )
    assert main(["import", "customers", str(path)]) == 0
    assert table_counts(shopapp_home) == first
    capsys.readouterr()
    assert main(["import", "customers", str(path), "--dry-run"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[1:5] == [
        shop_match(2, "Siobhán O'Brien", "same phone number", ("2003 Honda Accord (AB-123-CD)", "same VIN")),
        shop_match(
            3, "Siobhán O'Brien", "same phone number", ("2015 Renault Clio (EF-456-GH)", "same plate")
        ),
        shop_match(4, "Zoë Müller", "same phone number", ("2018 Škoda Octavia (K-ZM 18)", "same plate")),
        shop_match(5, "José Ñúñez", "same name and details"),
    ]


def big_file(path):
    with open(path, "wb") as handle:
        handle.write(b"Name;Phone\r\nAna;555-0101\r\n")
        handle.truncate(42 * 1024 * 1024)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (big_file, lambda: words("FileProblems", "it is larger than %1 MB", 10)),
        (
            lambda path: path.write_bytes(b"\x00\x01\x02binary\xff" * 100),
            lambda: words(
                "CustomerImport", "it is not a text file (save the list as CSV from the old system or Excel)"
            ),
        ),
        (lambda path: path.write_bytes(b""), lambda: words("CustomerImport", "the file is empty")),
        (lambda path: None, lambda: words("FileProblems", "there is no file at this path")),
    ],
    ids=["42 MB", "binary", "empty", "missing"],
)
def test_bad_files_get_one_line_exit_2_and_change_nothing(shopapp_home, out, capsys, make, reason):
    path = out / "customers.csv"
    make(path)
    before = table_counts(shopapp_home)
    assert main(["import", "customers", str(path)]) == 2
    error = capsys.readouterr().err
    expected = words("CustomerImport", "Cannot import %1: %2", path.name, reason())
    assert error == f"shopapp: {expected}\n"
    assert table_counts(shopapp_home) == before


def test_a_map_that_names_no_field_is_a_usage_error(shopapp_home, out, capsys):
    path = write(out, GOOD_FILE)
    assert main(["import", "customers", str(path), "--map", "colour=Nom"]) == 2
    fields = ", ".join(name.value for name in Field)
    problem = words(
        "CommandLine", "--map %1: expected FIELD=HEADER with FIELD one of %2", "'colour=Nom'", fields
    )
    assert capsys.readouterr().err == f"shopapp: {problem}\n"


def test_export_then_import_into_an_empty_shop_round_trips(shopapp_home, out, tmp_path, monkeypatch, capsys):
    source = write(out, GOOD_FILE + "Formula;=HYPERLINK(1);555-0199;;;;;;Kia;Rio;2019;;2025-01-02;\r\n")
    assert main(["import", "customers", str(source)]) == 0
    exported = out / "export.csv"
    assert main(["export", "customers", str(exported)]) == 0
    text = exported.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 5  # four cars, and José without a car
    assert "'=HYPERLINK(1) Formula" in text  # neutralised for spreadsheets
    second_home = tmp_path / "second-shop"
    second_home.mkdir()
    monkeypatch.setenv("SHOPAPP_HOME", str(second_home))
    assert main(["import", "customers", str(exported)]) == 0
    again = out / "again.csv"
    assert main(["export", "customers", str(again)]) == 0
    assert again.read_text(encoding="utf-8") == text
    assert table_counts(second_home) == table_counts(shopapp_home)


def test_export_refuses_to_replace_a_folder(shopapp_home, out, capsys):
    target = out / "customers.csv"
    target.mkdir()
    assert main(["export", "customers", str(target)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert target.is_dir()


@pytest.mark.child_process_output
def test_the_command_runs_in_its_own_process(out):
    path = write(out, GOOD_FILE)
    done = subprocess.run(
        [sys.executable, "-m", "shopapp", "import", "customers", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 2


def test_dry_run_says_an_undated_odometer_is_left_out_and_refuses_one_below_the_cars_history(
    shopapp_home, out, capsys
):
    assert (
        main(["import", "customers", str(write(out, GOOD_FILE))]) == 0
    )  # the Accord: 123,456 km on 27 Mar 2025
    later = (
        "Nom;Téléphone;VIN;Dernière visite;Kilométrage\r\n"
        "Siobhán O'Brien;+1 208-555-0101;1HGCM82633A004352;;100 000\r\n"
        "Siobhán O'Brien;+1 208-555-0101;1HGCM82633A004352;2025-04-10;100 000\r\n"
    )
    path = write(out, later, name="later.csv")
    before = table_counts(shopapp_home)
    capsys.readouterr()
    assert main(["import", "customers", str(path), "--dry-run"]) == 0
    printed = capsys.readouterr().out.splitlines()
    name = "Siobhán O'Brien"
    customer = import_words("already in the shop as %1 (%2)", name, import_words("same phone number"))
    car = import_words(
        "%1: %2",
        "1HGCM82633A004352",
        import_words("already in the shop (%1)", import_words("same VIN")),
    )
    left_out = import_words("odometer left out: no date (the car has newer readings it could contradict)")
    assert printed[1] == import_words("Line %1 (%2): %3", 2, name, "; ".join((customer, car, left_out)))
    below = import_words(
        "%1 is below the %2 the car already has on %3 (check the reading and its date).",
        "100,000 km",
        "123,456 km",
        short_date(date(2025, 3, 27), date.today()),
    )
    reason = import_words("%1: %2", "Kilométrage", below)
    assert printed[2] == import_words("Line %1 (%2): refused: %3", 3, name, reason)
    assert table_counts(shopapp_home) == before
