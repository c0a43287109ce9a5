"""The retry policy: what is retried, how long it waits, and that it stops."""

import random

import pytest

from shopapp.smartcar import (
    AuthenticationError,
    BillingError,
    CompatibilityError,
    NetworkError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    ValidationError,
    VehicleStateError,
)


def policy(**kwargs):
    return RetryPolicy(rng=random.Random(7), **kwargs)


@pytest.mark.parametrize(
    "error",
    [
        AuthenticationError("x", status=401),
        PermissionDeniedError("x", status=403),
        ValidationError("x", status=400),
        BillingError("x", code="VEHICLE_REQUEST_LIMIT", status=430),
        CompatibilityError("x", code="VEHICLE_NOT_CAPABLE", status=501),
        VehicleStateError("x", code="REMOTE_ACCESS_DISABLED", status=409),
    ],
)
def test_permanent_errors_are_not_retried(error):
    assert policy().next_delay(error, attempt=1) is None


def test_retry_after_is_honoured_with_a_little_jitter():
    delay = policy().next_delay(RateLimitError("x", code="VEHICLE", status=429, retry_after=7), attempt=1)
    assert 7 <= delay <= 7.7


def test_a_retry_after_beyond_the_time_budget_is_left_to_the_caller():
    error = RateLimitError("x", code="VEHICLE", status=429, retry_after=600)
    assert policy(max_total_seconds=120).next_delay(error, attempt=1) is None


def test_app_bucket_429_backs_off_from_the_rate_limit_delay():
    error = RateLimitError("x", code="SMARTCAR_API", status=429)
    p = policy(rate_limit_delay=30, max_delay=600, max_total_seconds=10_000, max_attempts=10)
    first, second = p.next_delay(error, 1), p.next_delay(error, 2)
    assert 15 <= first <= 30
    assert 30 <= second <= 60


def test_backoff_grows_exponentially_within_jitter_and_is_capped():
    p = policy(base_delay=1, max_delay=8, jitter=0.5, max_attempts=20, max_total_seconds=1e9)
    delays = [p.next_delay(ServerError("x", status=500), attempt) for attempt in range(1, 7)]
    for attempt, delay in enumerate(delays, start=1):
        full = min(8, 2 ** (attempt - 1))
        assert full / 2 <= delay <= full


def test_attempts_are_bounded():
    p = policy(max_attempts=3)
    error = NetworkError("x", code="TIMEOUT")
    assert p.next_delay(error, 2) is not None
    assert p.next_delay(error, 3) is None


@pytest.mark.asyncio
async def test_run_retries_then_raises_within_the_total_time():
    now = [0.0]
    slept = []

    async def fake_sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    async def always_asleep():
        raise VehicleStateError("asleep", code="ASLEEP", status=409)

    p = policy(max_attempts=100, base_delay=2, max_delay=10, max_total_seconds=30)
    with pytest.raises(VehicleStateError):
        await p.run(always_asleep, sleep=fake_sleep, clock=lambda: now[0])
    assert sum(slept) <= 30
    assert len(slept) >= 3


@pytest.mark.asyncio
async def test_run_returns_the_first_success():
    outcomes = iter([ServerError("x", status=500), "ok"])

    async def flaky():
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    async def no_sleep(_):
        return None

    assert await policy().run(flaky, sleep=no_sleep) == "ok"
