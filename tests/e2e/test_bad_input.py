"""Bad input through the public command line, each in its own process: one line on stderr, exit 2 (a closed
pipe: quiet, 141), never "unexpected error" or a traceback, and the shop's files untouched (issue 18,
items 5 and 8)."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shopapp.credentials import new_data_key, seal_token_pair
from shopapp.services.tokens import token_context
from shopapp.simulator import Simulator
from shopapp.store.database import DATABASE_FILE_NAME, open_store
from shopapp.store.models import Connection, Customer, db
from shopapp.store.queries import save_setting

TEN_TO_THE_40 = "1" + "0" * 40


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


def assert_one_line_refusal(result, *words, code=2):
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, err
    assert err.count("\n") == 1, err
    assert err.startswith("shopapp"), err
    for word in words:
        assert word in err, err
    assert "unexpected error" not in err
    assert "Traceback" not in err


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


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["config", "set", "shop_name", b"Garage \xff\xfe"], "VALUE"),
        (["config", "get", b"shop\xe9name"], "KEY"),
        (["due", "--csv", b"/tmp/due-\xff.csv"], "--csv"),
        (["refresh", "--vehicle", b"1HGCM\xff"], "--vehicle"),
        (["reminders", "--pdf", b"letters-\xff.pdf"], "--pdf"),
        ([b"d\xfce"], "invalid choice"),
    ],
)
def test_arguments_that_are_not_utf8_are_refused_by_name(shop, shopapp_home, args, named):
    result = shopapp(*args)
    assert_one_line_refusal(result, named)
    assert result.stdout == b""
    assert fingerprint(shopapp_home) == shop


def test_connect_refuses_a_customer_name_that_is_not_utf8_before_the_browser_opens(
    shop, shopapp_home, smartcar_env
):
    result = shopapp("connect", "--no-browser", "--customer", b"Jos\xe9 Garc\xeda", env=smartcar_env)
    assert_one_line_refusal(result, "--customer: not valid UTF-8 text")
    assert result.stdout == b""  # no Connect address: the owner never approved anything
    assert fingerprint(shopapp_home) == shop


@pytest.mark.parametrize(
    "redirect", ["http://localhost:99999/cb", "http://localhost:abc/cb", "http://localhost:-1/cb"]
)
def test_connect_refuses_a_redirect_uri_with_a_bad_port_before_the_browser_opens(
    shop, shopapp_home, smartcar_env, redirect
):
    result = shopapp("connect", "--no-browser", env=smartcar_env | {"SMARTCAR_REDIRECT_URI": redirect})
    assert_one_line_refusal(result, f"The redirect URI {redirect} is not http://localhost:PORT/path", "65535")
    assert result.stdout == b""
    assert fingerprint(shopapp_home) == shop


@pytest.mark.parametrize("redirect", ["http://localhost:99999/cb", "http://localhost:abc/cb"])
def test_the_redirect_uri_setting_refuses_a_bad_port(shop, shopapp_home, redirect):
    result = shopapp("config", "set", "redirect_uri", redirect)
    assert_one_line_refusal(result, "redirect_uri: expected http://localhost:PORT/path", "65535")
    assert fingerprint(shopapp_home) == shop


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["simulate", "--port", "70000"], ["--port", "from 0 to 65535"]),
        (["simulate", "--port", "-1"], ["--port", "from 0 to 65535"]),
        (["simulate", "--port", "http"], ["--port", "from 0 to 65535"]),
        (["simulate", "--latency-ms", "nan"], ["--latency-ms", "from 0 to 60000", "'nan'"]),
        (["simulate", "--latency-ms", "inf"], ["--latency-ms", "from 0 to 60000", "'inf'"]),
        (["simulate", "--latency-ms", "-5"], ["--latency-ms", "from 0 to 60000"]),
        (["simulate", "--latency-ms", "1e9"], ["--latency-ms", "from 0 to 60000"]),
        (["simulate", "--vehicles", TEN_TO_THE_40], ["--vehicles", "from 1 to 100000"]),
        (["simulate", "--vehicles", "10^40"], ["--vehicles", "from 1 to 100000"]),
        (["simulate", "--vehicles", "0"], ["--vehicles", "from 1 to 100000"]),
        (["simulate", "--vehicles", "-3"], ["--vehicles", "from 1 to 100000"]),
        (["simulate", "--seed", "-1"], ["--seed"]),
        (["simulate", "--seed", "9" * 5000], ["--seed", "..."]),
        (["refresh", "--concurrency", TEN_TO_THE_40], ["--concurrency", "from 1 to 64"]),
        (["refresh", "--concurrency", "10^40"], ["--concurrency", "from 1 to 64"]),
        (["refresh", "--concurrency", "0"], ["--concurrency", "from 1 to 64"]),
        (["refresh", "--concurrency", "65"], ["--concurrency", "from 1 to 64"]),
        (["config", "set", "refresh_concurrency", TEN_TO_THE_40], ["from 1 to 64"]),
        (["config"], ["required"]),
    ],
)
def test_numbers_out_of_bounds_are_one_line(shop, shopapp_home, args, words):
    result = shopapp(*args)
    assert_one_line_refusal(result, *words)
    assert result.stdout == b""
    assert fingerprint(shopapp_home) == shop


@pytest.mark.parametrize(
    ("url", "words"),
    [
        (
            "mysql://owner:s3cret-pw@db.example/shop",
            ["names a mysql:// database", "sqlite:///", "postgresql://"],
        ),
        ("foo://", ["names a foo:// database", "sqlite:///", "postgresql://"]),
        ("shop.sqlite3", ["is not a database URL", "sqlite:///", "postgresql://"]),
        ("sqlite://", ["names no database file", "sqlite:////absolute/path"]),
        ("sqlite:///:memory:", ["names no database file"]),
        ("sqlite:///relative/shop.sqlite3", ["relative path (relative/shop.sqlite3)", "four slashes"]),
        ("sqlite:///shop.sqlite3", ["relative path (shop.sqlite3)"]),
    ],
)
@pytest.mark.parametrize("command", [["config", "list"], ["due"]])
def test_database_urls_shopapp_cannot_use_are_one_line(shop, shopapp_home, tmp_path, url, words, command):
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    env = os.environ | {"SHOPAPP_DATABASE_URL": url}
    result = shopapp(*command, env=env, cwd=workdir)
    assert_one_line_refusal(result, "SHOPAPP_DATABASE_URL", *words)
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


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["config", "list"], ["due"], ["due", "--csv", "-"], ["--version"]])
def test_a_full_disk_on_stdout_is_one_line(shop, shopapp_home, command):
    with open("/dev/full", "wb") as full:
        result = shopapp(*command, stdout=full)
    assert_one_line_refusal(result, "cannot write the output: No space left on device")
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


def test_key_export_refuses_a_data_key_that_does_not_open_the_stored_tokens(sealed_shop, shopapp_home):
    before = fingerprint(shopapp_home)
    wrong = new_data_key()
    result = shopapp("key", "export", env=os.environ | {"SHOPAPP_DATA_KEY": wrong})
    assert_one_line_refusal(result, "does not open the stored Smartcar tokens", "SHOPAPP_DATA_KEY")
    assert result.stdout == b""
    assert wrong.encode() not in result.stderr
    assert fingerprint(shopapp_home) == before

    right = shopapp("key", "export", env=os.environ | {"SHOPAPP_DATA_KEY": sealed_shop})
    assert (right.returncode, right.stdout) == (0, sealed_shop.encode() + b"\n")


def test_key_export_refuses_text_that_is_no_data_key(sealed_shop, shopapp_home):
    result = shopapp("key", "export", env=os.environ | {"SHOPAPP_DATA_KEY": "not-a-key"})
    assert_one_line_refusal(result, "not a ShopApp data key")
    assert result.stdout == b""


def test_good_input_still_works(shop, shopapp_home):
    listing = shopapp("config", "list")
    assert listing.returncode == 0
    assert b"shop_name = Garage Nord" in listing.stdout
    assert (shopapp_home / DATABASE_FILE_NAME).exists()


def test_a_postgresql_server_that_cannot_be_reached_is_one_line(shop, shopapp_home):
    env = os.environ | {"SHOPAPP_DATABASE_URL": "postgresql://owner:s3cret-pw@127.0.0.1:1/shop"}
    result = shopapp("due", env=env)
    assert_one_line_refusal(result, "Cannot open the shop's database: ")
    assert b"s3cret-pw" not in result.stderr
    assert fingerprint(shopapp_home) == shop
