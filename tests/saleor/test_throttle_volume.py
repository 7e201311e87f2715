"""Abuse at volume (issue 20, 5): the per-client code-lookup limit holds exactly when
50 clients send 1,000 `referralProgram(code:)` look-ups at once through real
Saleor's /graphql/ (a live server, a thread per request), with Saleor's cache on
Redis as production runs it.

The clients are told apart as behind a load balancer: `REFERRALS_TRUSTED_PROXIES=1`
and an `X-Forwarded-For` address each (all requests come from 127.0.0.1). The
requests are shuffled, so a client's own look-ups race each other in the server's
threads: the counter is Redis's atomic INCR, so no interleaving gives a client
one answer more or less than its limit.
"""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

import json
import os
import random
import time
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import redis

CLIENTS = 50
LOOKUPS = 1_000
LIMIT = 12
# An hour's window: the run never straddles two (see `_not_at_a_window_edge`).
WINDOW = 3600
REDIS_CACHE = os.environ.get("REFERRALS_TEST_CACHE_URL", "redis://127.0.0.1:6379/10")
LOOKUP = """query lookup($channel: String!, $code: String) {
  referralProgram(channel: $channel, code: $code) { code } }"""


@pytest.fixture(autouse=True)
def replica_names_the_test_database():
    """The live server's threads connect from the settings, which name the real
    database for Saleor's replica alias: point it at the test database (as the
    browser tests inside Saleor do)."""
    from django.conf import settings
    from django.db import connections

    replica = connections.settings[settings.DATABASE_CONNECTION_REPLICA_NAME]
    name = replica["NAME"]
    replica["NAME"] = connections["default"].settings_dict["NAME"]
    yield
    replica["NAME"] = name


@pytest.fixture
def redis_cache(settings):
    try:
        redis.Redis.from_url(REDIS_CACHE).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {REDIS_CACHE} (REFERRALS_TEST_CACHE_URL)")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_CACHE,
            # Keys of this run only, whatever else shares the Redis database.
            "KEY_PREFIX": f"throttle-volume-{uuid.uuid4().hex}",
        }
    }


def _not_at_a_window_edge() -> None:
    """The fixed window is `time // WINDOW`: start well inside one."""
    left = WINDOW - time.time() % WINDOW
    if left < 120:
        time.sleep(left + 1)


def _lookup(url: str, client: str, channel: str, code: str) -> tuple[str, str]:
    request = urllib.request.Request(
        f"{url}/graphql/",
        data=json.dumps(
            {"query": LOOKUP, "variables": {"channel": channel, "code": code}}
        ).encode(),
        headers={"Content-Type": "application/json", "X-Forwarded-For": client},
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        body = json.load(response)
    if body.get("errors"):
        [error] = body["errors"]
        return client, error["extensions"]["code"]
    assert body["data"]["referralProgram"]["code"] == code
    return client, "ANSWERED"


def test_fifty_clients_each_get_exactly_their_limit_of_code_lookups(
    live_server, settings, redis_cache, advocate_code, channel_USD
):
    settings.REFERRALS_TRUSTED_PROXIES = 1
    settings.REFERRALS_RATE_LIMITS = {"code_lookup": (LIMIT, WINDOW)}
    clients = [f"198.51.100.{number}" for number in range(1, CLIENTS + 1)]
    calls = [clients[number % CLIENTS] for number in range(LOOKUPS)]
    random.Random(20).shuffle(calls)
    _not_at_a_window_edge()

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        outcomes = list(
            pool.map(
                lambda client: _lookup(
                    live_server.url, client, channel_USD.slug, advocate_code.code
                ),
                calls,
            )
        )

    per_client = {client: Counter() for client in clients}
    for client, outcome in outcomes:
        per_client[client][outcome] += 1
    each = LOOKUPS // CLIENTS
    assert {client: dict(counts) for client, counts in per_client.items()} == {
        client: {"ANSWERED": LIMIT, "THROTTLED": each - LIMIT} for client in clients
    }


def test_a_client_over_its_limit_does_not_use_up_another_clients(
    live_server, settings, redis_cache, advocate_code, channel_USD
):
    """The control: after one address is refused, a new one is answered at once."""
    settings.REFERRALS_TRUSTED_PROXIES = 1
    settings.REFERRALS_RATE_LIMITS = {"code_lookup": (2, WINDOW)}
    _not_at_a_window_edge()
    url, channel, code = live_server.url, channel_USD.slug, advocate_code.code
    hammer = [_lookup(url, "203.0.113.7", channel, code)[1] for _ in range(4)]
    assert hammer == ["ANSWERED", "ANSWERED", "THROTTLED", "THROTTLED"]
    assert _lookup(url, "203.0.113.8", channel, code)[1] == "ANSWERED"
