"""Who the rate limits count, and whether their counters are shared."""

from __future__ import annotations

import logging

import pytest
from django.core.cache import cache

from saleor_referrals.apps import warn_about_process_local_cache
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.throttle import client_address

from .conftest import CHANNEL
from .test_graphql import PROGRAM, gql

__all__ = ["gql"]  # a fixture used below

LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}}


def meta(forwarded: str | None, socket: str = "10.0.0.9") -> dict[str, str]:
    values = {"REMOTE_ADDR": socket}
    if forwarded is not None:
        values["HTTP_X_FORWARDED_FOR"] = forwarded
    return values


def test_default_is_the_socket_address(settings):
    settings.REFERRALS_TRUSTED_PROXIES = 0
    assert client_address(meta("1.2.3.4, 5.6.7.8")) == "10.0.0.9"
    assert client_address(meta(None)) == "10.0.0.9"
    assert client_address({}) == "unknown"


@pytest.mark.parametrize(
    ("proxies", "forwarded", "client"),
    [
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),  # the proxy appended the last
        (1, "203.0.113.7", "203.0.113.7"),
        (2, "6.6.6.6, 203.0.113.7, 10.0.0.2", "203.0.113.7"),
        (2, "203.0.113.7", "203.0.113.7"),  # fewer hops: the left-most
        (1, "", "10.0.0.9"),  # no header: the socket
        (1, " , ", "10.0.0.9"),
        (1, "6.6.6.6, not-an-address", "10.0.0.9"),  # never free text
        (1, "6.6.6.6, 2001:DB8::1", "2001:db8::1"),
    ],
)
def test_trusted_proxies_count_from_the_right(settings, proxies, forwarded, client):
    settings.REFERRALS_TRUSTED_PROXIES = proxies
    assert client_address(meta(forwarded)) == client


@pytest.mark.parametrize("value", [-1, "x", None])
def test_a_broken_proxy_setting_trusts_no_header(settings, value):
    settings.REFERRALS_TRUSTED_PROXIES = value
    assert client_address(meta("1.2.3.4")) == "10.0.0.9"


def lookups_answered(gql, settings, forwarded_values: list[str]) -> int:
    settings.REFERRALS_RATE_LIMITS = {"code_lookup": (3, 60)}
    cache.clear()
    answered = 0
    for index, forwarded in enumerate(forwarded_values):
        result = gql(
            PROGRAM,
            {"channel": CHANNEL, "code": f"GUESS{index:03d}"},
            headers={"HTTP_X_FORWARDED_FOR": forwarded, "REMOTE_ADDR": "10.0.0.9"},
        )
        answered += not result.errors
    return answered


def test_rotating_forwarded_for_is_still_throttled(gql, program, settings):
    rotating = [f"198.51.100.{index}" for index in range(10)]
    assert lookups_answered(gql, settings, rotating) == 3


def test_behind_one_proxy_each_client_has_its_own_count(
    gql, program, advocate, settings
):
    get_or_create_code(program, advocate)
    settings.REFERRALS_TRUSTED_PROXIES = 1
    # The client writes whatever it likes on the left; the proxy appends the truth.
    clients = [f"1.1.1.1, 198.51.100.{index}" for index in range(10)]
    assert lookups_answered(gql, settings, clients) == 10
    same_client = [f"192.0.2.{index}, 198.51.100.1" for index in range(10)]
    assert lookups_answered(gql, settings, same_client) == 3


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    ],
)
def test_process_local_cache_warns_naming_cache_url(settings, caplog, backend):
    settings.DEBUG = False
    settings.CACHES = {"default": {"BACKEND": backend}}
    with caplog.at_level(logging.WARNING, logger="saleor_referrals.apps"):
        warn_about_process_local_cache()
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert "CACHE_URL" in record.getMessage()
    assert backend.rsplit(".", 1)[-1] in record.getMessage()


@pytest.mark.parametrize(("debug", "caches"), [(True, LOCMEM), (False, REDIS)])
def test_shared_cache_or_debug_is_quiet(settings, caplog, debug, caches):
    settings.DEBUG = debug
    settings.CACHES = caches
    with caplog.at_level(logging.WARNING, logger="saleor_referrals.apps"):
        warn_about_process_local_cache()
    assert caplog.records == []
