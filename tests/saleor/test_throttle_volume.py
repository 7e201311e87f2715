"""Abuse at volume (issue 20, item 5): the per-client code-lookup limit holds exactly
when 50 clients send 1,000 `referralProgram(code:)` look-ups at once through real
Saleor's /graphql/, with Saleor's cache on Redis as production runs it.

Saleor answers on a live server of its own (a thread per request, each with its own
database connections, so the test is transactional). The clients are told apart as
behind a load balancer: `REFERRALS_TRUSTED_PROXIES=1` and an `X-Forwarded-For`
address each (every request comes from 127.0.0.1). The calls are shuffled, so one
client's look-ups race each other in the server's threads: the counter is Redis's
atomic INCR, so no interleaving may give a client one answer more or less than its
limit. Shoppers landing during the flood, each from an address of its own, are
never refused. How long they wait is measured by `benchmarks/load/throttle.py`,
not asserted here.
"""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

import json
import os
import random
import threading
import time
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import redis
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread

from .fixtures import serving

CLIENTS = 50
LOOKUPS = 1_000
LIMIT = 12
SHOPPERS = 40
# A day's window: the run never straddles two (see `_not_at_a_window_edge`).
WINDOW = 86400
# Requests inside Saleor at once: each holds up to two PostgreSQL connections
# (writer and replica alias), and the server allows 100 in all.
IN_SALEOR = 16
REDIS_CACHE = os.environ.get("REFERRALS_TEST_CACHE_URL", "redis://127.0.0.1:6379/10")
LOOKUP = """query lookup($channel: String!, $code: String) {
  referralProgram(channel: $channel, code: $code) { code } }"""

pytestmark = pytest.mark.django_db(transaction=True)


class RoomyServer(ThreadedWSGIServer):
    """The live server with a listen backlog for 50 clients: the standard one (5)
    resets connections that arrive while five wait to be accepted."""

    request_queue_size = 256


class SaleorServerThread(LiveServerThread):
    server_class = RoomyServer


class AtMost:
    """A WSGI application letting `count` requests into Saleor at once; the rest
    wait their turn in the server's threads."""

    def __init__(self, application, count: int) -> None:
        self.application = application
        self.slots = threading.BoundedSemaphore(count)

    def __call__(self, environ, start_response):
        with self.slots:
            return self.application(environ, start_response)


@pytest.fixture
def saleor_url(replica_names_the_test_database, production_middleware, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    server = SaleorServerThread("127.0.0.1", lambda app: AtMost(app, IN_SALEOR))
    with serving(server) as origin:
        yield origin


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
    if left < 180:
        time.sleep(left + 1)


def _lookup(url: str, client: str, channel: str, code: str) -> tuple[str, str]:
    request = urllib.request.Request(
        f"{url}/graphql/",
        data=json.dumps(
            {"query": LOOKUP, "variables": {"channel": channel, "code": code}}
        ).encode(),
        headers={"Content-Type": "application/json", "X-Forwarded-For": client},
    )
    with urllib.request.urlopen(request, timeout=300) as response:
        body = json.load(response)
    if body.get("errors"):
        [error] = body["errors"]
        return client, error["extensions"]["code"]
    assert body["data"]["referralProgram"]["code"] == code
    return client, "ANSWERED"


def test_fifty_clients_each_get_exactly_their_limit_of_code_lookups(
    saleor_url, settings, redis_cache, advocate_code, channel_USD
):
    settings.REFERRALS_TRUSTED_PROXIES = 1
    settings.REFERRALS_RATE_LIMITS = {"code_lookup": (LIMIT, WINDOW)}
    hammers = [f"198.51.100.{number}" for number in range(1, CLIENTS + 1)]
    shoppers = [f"203.0.113.{number}" for number in range(1, SHOPPERS + 1)]
    calls = [hammers[number % CLIENTS] for number in range(LOOKUPS)]
    random.Random(20).shuffle(calls)
    # Each landing shopper arrives somewhere in the middle of the flood.
    for position, shopper in enumerate(shoppers, start=1):
        calls.insert(position * LOOKUPS // (SHOPPERS + 1), shopper)
    _not_at_a_window_edge()

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        outcomes = list(
            pool.map(
                lambda client: _lookup(
                    saleor_url, client, channel_USD.slug, advocate_code.code
                ),
                calls,
            )
        )

    per_client = {client: Counter() for client in hammers + shoppers}
    for client, outcome in outcomes:
        per_client[client][outcome] += 1
    each = LOOKUPS // CLIENTS
    assert {client: dict(per_client[client]) for client in hammers} == {
        client: {"ANSWERED": LIMIT, "THROTTLED": each - LIMIT} for client in hammers
    }
    assert {client: dict(per_client[client]) for client in shoppers} == {
        client: {"ANSWERED": 1} for client in shoppers
    }


def test_a_client_over_its_limit_does_not_use_up_another_clients(
    saleor_url, settings, redis_cache, advocate_code, channel_USD
):
    """The control: after one address is refused, a new one is answered at once."""
    settings.REFERRALS_TRUSTED_PROXIES = 1
    settings.REFERRALS_RATE_LIMITS = {"code_lookup": (2, WINDOW)}
    _not_at_a_window_edge()
    url, channel, code = saleor_url, channel_USD.slug, advocate_code.code
    hammer = [_lookup(url, "203.0.113.7", channel, code)[1] for _ in range(4)]
    assert hammer == ["ANSWERED", "ANSWERED", "THROTTLED", "THROTTLED"]
    assert _lookup(url, "203.0.113.8", channel, code)[1] == "ANSWERED"
