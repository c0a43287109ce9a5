"""Bad input through the public command line, each in its own process: one line on stderr, exit 2 (a closed
pipe: quiet, 141), never "unexpected error" or a traceback, and the shop's files untouched (issue 18,
items 5 and 8)."""

import errno
import hashlib
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from command_line_refusals import (
    credentials_refusal,
    not_utf8,
    number_refusal,
    option_refusal,
    setting_message,
    setting_refusal,
    whole_number_refusal,
)
from message_patterns import ANY, message_pattern
from words import words

from shopapp.credentials import check_data_key, decode_data_key, new_data_key, seal_token_pair
from shopapp.services.tokens import token_context
from shopapp.simulator import Simulator
from shopapp.smartcar.results import TokenPair
from shopapp.store.database import (
    DATABASE_FILE_NAME,
    POSTGRESQL_URL_EXAMPLE,
    SQLITE_URL_EXAMPLE,
    open_store,
)
from shopapp.store.models import Connection, Customer, db
from shopapp.store.queries import save_setting

TEN_TO_THE_40 = "1" + "0" * 40
SHOWN_TEN_TO_THE_40 = repr(TEN_TO_THE_40[:27] + "...")  # the line quotes a long value cut short


def shopapp(*args, env=None, cwd=None, **kwargs):
    options = {"stdout": subprocess.PIPE} | kwargs
    return subprocess.run(
        [sys.executable, "-m", "shopapp", *args],
        stderr=subprocess.PIPE,
        env=env,
        cwd=cwd,
        timeout=120,
        **options,
    )


def fingerprint(home: Path) -> dict[str, str]:
    """Every file of the shop (logs aside) with its hash: what must not change."""
    return {
        str(path.relative_to(home)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(home.rglob("*"))
        if path.is_file() and "logs" not in path.relative_to(home).parts
    }


def refusal(result, code=2) -> str:
    """The one line a refused command printed on stderr, without its line break."""
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.rstrip("\n")


def assert_one_line_refusal(result, expected, code=2):
    """`expected`: the whole line (without its line break), or a pattern the whole line matches."""
    line = refusal(result, code)
    if isinstance(expected, re.Pattern):
        assert expected.fullmatch(line), line
    else:
        assert line == expected


def argparse_refusal(result, prog: str) -> str:
    """The one line of a refusal argparse made, after checking it stands in the shop's frame
    ("prog: why (see prog --help)"); the why is argparse's own words, for the caller to check."""
    line = refusal(result)
    assert message_pattern("CommandLine", "%1: %2 (see %1 --help)", prog, ANY).fullmatch(line), line
    return line


@pytest.fixture
def shop(shopapp_home):
    """A shop with a customer and a setting; returns its fingerprint."""
    from datetime import UTC, datetime

    database = open_store(shopapp_home, "")
    Customer.create(name="Ana Pérez", created_at=datetime.now(UTC))
    save_setting("shop_name", "Garage Nord")
    database.close()
    db.initialize(None)
    return fingerprint(shopapp_home)


@pytest.fixture
def smartcar_env(shopapp_home):
    """Variables of a shop set up for Smartcar (v2, the simulator's demo client); nothing is served, so
    anything that reached the network would fail differently."""
    sim = Simulator.generate(1, seed=1)
    env = {
        name: value for name, value in os.environ.items() if not name.startswith(("SMARTCAR_", "SHOPAPP_"))
    }
    env.update(
        SHOPAPP_HOME=str(shopapp_home),
        SHOPAPP_DATA_KEY=new_data_key(),
        SMARTCAR_CLIENT_ID=sim.credentials.client_id,
        SMARTCAR_CLIENT_SECRET=sim.credentials.client_secret,
        SMARTCAR_API_ORIGIN="http://127.0.0.1:9",
        SMARTCAR_AUTH_ORIGIN="http://127.0.0.1:9/oauth/token",
        SMARTCAR_CONNECT_ORIGIN="http://127.0.0.1:9",
        SMARTCAR_REDIRECT_URI="http://localhost:8765/callback",
        BROWSER="false",
    )
    return env


@pytest.mark.child_process_output
@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["config", "set", "shop_name", b"Garage \xff\xfe"], "VALUE"),
        (["config", "get", b"shop\xe9name"], "KEY"),
        (["due", "--csv", b"/tmp/due-\xff.csv"], "--csv"),
        (["refresh", "--vehicle", b"1HGCM\xff"], "--vehicle"),
        (["reminders", "--pdf", b"letters-\xff.pdf"], "--pdf"),
        ([b"d\xfce"], None),  # no such command: argparse refuses it first
    ],
)
def test_arguments_that_are_not_utf8_are_refused_by_name(shop, shopapp_home, args, named):
    result = shopapp(*args)
    if named is None:
        line = argparse_refusal(result, "shopapp")
        assert "invalid choice" in line  # argparse's own words
    else:
        assert_one_line_refusal(result, f"shopapp: {not_utf8(named)}")
    assert result.stdout == b""
    assert fingerprint(shopapp_home) == shop


@pytest.mark.child_process_output
def test_connect_refuses_a_customer_name_that_is_not_utf8_before_the_browser_opens(
    shop, shopapp_home, smartcar_env
):
    result = shopapp("connect", "--no-browser", "--customer", b"Jos\xe9 Garc\xeda", env=smartcar_env)
    assert_one_line_refusal(result, f"shopapp: {not_utf8('--customer')}")
    assert result.stdout == b""  # no Connect address: the owner never approved anything
    assert fingerprint(shopapp_home) == shop


@pytest.mark.child_process_output
@pytest.mark.parametrize(
    "redirect", ["http://localhost:99999/cb", "http://localhost:abc/cb", "http://localhost:-1/cb"]
)
def test_connect_refuses_a_redirect_uri_with_a_bad_port_before_the_browser_opens(
    shop, shopapp_home, smartcar_env, redirect
):
    result = shopapp("connect", "--no-browser", env=smartcar_env | {"SMARTCAR_REDIRECT_URI": redirect})
    not_loopback = words(
        "ConnectListener",
        "The redirect URI %1 is not http://localhost:PORT/path with a port from 1 to 65535 (SMARTCAR_REDIRECT_URI, else the redirect_uri setting)",  # noqa: E501
        redirect,
    )
    assert_one_line_refusal(result, f"shopapp: {not_loopback}")
    assert result.stdout == b""
    assert fingerprint(shopapp_home) == shop


@pytest.mark.child_process_output
@pytest.mark.parametrize("redirect", ["http://localhost:99999/cb", "http://localhost:abc/cb"])
def test_the_redirect_uri_setting_refuses_a_bad_port(shop, shopapp_home, redirect):
    result = shopapp("config", "set", "redirect_uri", redirect)
    assert_one_line_refusal(result, f"shopapp: {setting_refusal('redirect_uri', redirect)}")
    assert fingerprint(shopapp_home) == shop


def simulate_whole(option, low, high, shown):
    return lambda: whole_number_refusal("shopapp simulate", option, low, high, shown)


def simulate_number(option, low, high, shown):
    return lambda: number_refusal("shopapp simulate", option, low, high, shown)


def concurrency(value):
    """`refresh --concurrency` takes what the refresh_concurrency setting takes, and says it the same way."""
    return lambda: option_refusal(
        "shopapp refresh", "--concurrency", setting_message("refresh_concurrency", value)
    )


SEED_LIMIT = 2**63 - 1


@pytest.mark.child_process_output
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["simulate", "--port", "70000"], simulate_whole("--port", 0, 65535, "'70000'")),
        (["simulate", "--port", "-1"], simulate_whole("--port", 0, 65535, "'-1'")),
        (["simulate", "--port", "http"], simulate_whole("--port", 0, 65535, "'http'")),
        (["simulate", "--latency-ms", "nan"], simulate_number("--latency-ms", 0, 60000, "'nan'")),
        (["simulate", "--latency-ms", "inf"], simulate_number("--latency-ms", 0, 60000, "'inf'")),
        (["simulate", "--latency-ms", "-5"], simulate_number("--latency-ms", 0, 60000, "'-5'")),
        (["simulate", "--latency-ms", "1e9"], simulate_number("--latency-ms", 0, 60000, "'1e9'")),
        (
            ["simulate", "--vehicles", TEN_TO_THE_40],
            simulate_whole("--vehicles", 1, 100000, SHOWN_TEN_TO_THE_40),
        ),
        (["simulate", "--vehicles", "10^40"], simulate_whole("--vehicles", 1, 100000, "'10^40'")),
        (["simulate", "--vehicles", "0"], simulate_whole("--vehicles", 1, 100000, "'0'")),
        (["simulate", "--vehicles", "-3"], simulate_whole("--vehicles", 1, 100000, "'-3'")),
        (["simulate", "--seed", "-1"], simulate_whole("--seed", 0, SEED_LIMIT, "'-1'")),
        (["simulate", "--seed", "9" * 5000], simulate_whole("--seed", 0, SEED_LIMIT, repr("9" * 27 + "..."))),
        (["refresh", "--concurrency", TEN_TO_THE_40], concurrency(TEN_TO_THE_40)),
        (["refresh", "--concurrency", "10^40"], concurrency("10^40")),
        (["refresh", "--concurrency", "0"], concurrency("0")),
        (["refresh", "--concurrency", "65"], concurrency("65")),
        (
            ["config", "set", "refresh_concurrency", TEN_TO_THE_40],
            lambda: f"shopapp: {setting_refusal('refresh_concurrency', TEN_TO_THE_40)}",
        ),
        (["config"], None),  # argparse's own "the following arguments are required"
    ],
)
def test_numbers_out_of_bounds_are_one_line(shop, shopapp_home, args, expected):
    result = shopapp(*args)
    if expected is None:
        line = argparse_refusal(result, "shopapp config")
        assert "required" in line  # argparse's own words
        assert "get|set|list" in line
    else:
        assert_one_line_refusal(result, expected())
    assert result.stdout == b""
    assert fingerprint(shopapp_home) == shop


def database_url_refusal(source, *values):
    return lambda: "shopapp: " + words("ShopDatabase", source, *values)


NOT_SUPPORTED = "SHOPAPP_DATABASE_URL names a %1:// database, which ShopApp does not support: use %2 or %3"
NO_FILE = (
    "SHOPAPP_DATABASE_URL names no database file (a shop's database must be a file that outlives ShopApp): "
    "use %1"
)
RELATIVE = (
    "SHOPAPP_DATABASE_URL names a relative path (%1), which would change with the folder ShopApp starts in: "
    "use an absolute one, e.g. %2 (four slashes)"
)


@pytest.mark.child_process_output
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "mysql://owner:s3cret-pw@db.example/shop",
            database_url_refusal(NOT_SUPPORTED, "mysql", SQLITE_URL_EXAMPLE, POSTGRESQL_URL_EXAMPLE),
        ),
        ("foo://", database_url_refusal(NOT_SUPPORTED, "foo", SQLITE_URL_EXAMPLE, POSTGRESQL_URL_EXAMPLE)),
        (
            "shop.sqlite3",
            database_url_refusal(
                "SHOPAPP_DATABASE_URL is not a database URL: use %1 or %2",
                SQLITE_URL_EXAMPLE,
                POSTGRESQL_URL_EXAMPLE,
            ),
        ),
        ("sqlite://", database_url_refusal(NO_FILE, SQLITE_URL_EXAMPLE)),
        ("sqlite:///:memory:", database_url_refusal(NO_FILE, SQLITE_URL_EXAMPLE)),
        (
            "sqlite:///relative/shop.sqlite3",
            database_url_refusal(RELATIVE, "relative/shop.sqlite3", SQLITE_URL_EXAMPLE),
        ),
        ("sqlite:///shop.sqlite3", database_url_refusal(RELATIVE, "shop.sqlite3", SQLITE_URL_EXAMPLE)),
    ],
)
@pytest.mark.parametrize("command", [["config", "list"], ["due"]])
def test_database_urls_shopapp_cannot_use_are_one_line(shop, shopapp_home, tmp_path, url, expected, command):
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    env = os.environ | {"SHOPAPP_DATABASE_URL": url}
    result = shopapp(*command, env=env, cwd=workdir)
    assert_one_line_refusal(result, expected())
    assert b"s3cret-pw" not in result.stderr
    assert list(workdir.iterdir()) == []  # no relative database file appeared
    assert fingerprint(shopapp_home) == shop


@pytest.mark.parametrize("command", [["config", "list"], ["due"], ["due", "--csv", "-"], ["--help"]])
def test_a_closed_pipe_ends_quietly(shop, shopapp_home, command):
    """`shopapp due | head -1`: the reader is gone before the command writes; no message, status 141 (what
    a shell reports for `ls` or `git` there)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = shopapp(*command, stdout=write_end)
    finally:
        os.close(write_end)
    assert result.returncode == 141, result.stderr
    assert result.stderr == b""
    assert fingerprint(shopapp_home) == shop


@pytest.mark.child_process_output
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["config", "list"], ["due"], ["due", "--csv", "-"], ["--version"]])
def test_a_full_disk_on_stdout_is_one_line(shop, shopapp_home, command):
    with open("/dev/full", "wb") as full:
        result = shopapp(*command, stdout=full)
    no_space = os.strerror(errno.ENOSPC)  # the system's words
    assert_one_line_refusal(
        result, f"shopapp: {words('CommandLine', 'cannot write the output: %1', no_space)}"
    )
    assert fingerprint(shopapp_home) == shop


@pytest.fixture
def sealed_shop(shopapp_home):
    """A v2 shop with one connection sealed under its data key; returns the key."""
    from datetime import UTC, datetime, timedelta

    from shopapp.smartcar.results import TokenPair

    now = datetime.now(UTC)
    key = new_data_key()
    database = open_store(shopapp_home, "")
    owner = Customer.create(name="Ana", created_at=now)
    row = Connection.create(customer=owner, created_at=now, updated_at=now)
    pair = TokenPair("at-secret", "rt-secret", now + timedelta(hours=2), now + timedelta(days=60))
    row.sealed_tokens = seal_token_pair(pair, key, token_context(row.id))
    row.save()
    database.close()
    db.initialize(None)
    return key


@pytest.mark.child_process_output
def test_key_export_refuses_a_data_key_that_does_not_open_the_stored_tokens(sealed_shop, shopapp_home):
    before = fingerprint(shopapp_home)
    wrong = new_data_key()
    result = shopapp("key", "export", env=os.environ | {"SHOPAPP_DATA_KEY": wrong})
    now = datetime.now(UTC)
    sample = (seal_token_pair(TokenPair("at", "rt", now, now), sealed_shop, "sample"), "sample")  # any pair
    does_not_open = credentials_refusal(lambda: check_data_key(wrong, [sample]))
    assert_one_line_refusal(result, f"shopapp: {does_not_open}")
    assert "SHOPAPP_DATA_KEY" in does_not_open  # what to set instead
    assert result.stdout == b""
    assert wrong.encode() not in result.stderr
    assert fingerprint(shopapp_home) == before

    right = shopapp("key", "export", env=os.environ | {"SHOPAPP_DATA_KEY": sealed_shop})
    assert (right.returncode, right.stdout) == (0, sealed_shop.encode() + b"\n")


@pytest.mark.child_process_output
def test_key_export_refuses_text_that_is_no_data_key(sealed_shop, shopapp_home):
    result = shopapp("key", "export", env=os.environ | {"SHOPAPP_DATA_KEY": "not-a-key"})
    assert_one_line_refusal(result, f"shopapp: {credentials_refusal(lambda: decode_data_key('not-a-key'))}")
    assert result.stdout == b""


def test_good_input_still_works(shop, shopapp_home):
    listing = shopapp("config", "list")
    assert listing.returncode == 0
    assert b"shop_name = Garage Nord" in listing.stdout
    assert (shopapp_home / DATABASE_FILE_NAME).exists()


@pytest.mark.child_process_output
def test_a_postgresql_server_that_cannot_be_reached_is_one_line(shop, shopapp_home):
    env = os.environ | {"SHOPAPP_DATABASE_URL": "postgresql://owner:s3cret-pw@127.0.0.1:1/shop"}
    result = shopapp("due", env=env)
    cannot_open = message_pattern("ShopDatabase", "Cannot open the shop's database: %1", ANY)
    assert_one_line_refusal(result, re.compile("shopapp: " + cannot_open.pattern, re.DOTALL))
    assert b"s3cret-pw" not in result.stderr
    assert fingerprint(shopapp_home) == shop
