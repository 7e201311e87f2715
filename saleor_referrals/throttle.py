"""Cache-backed fixed-window rate limits (Saleor's cache in production).

Limits are `REFERRALS_RATE_LIMITS = {"scope": (requests, seconds)}`; the defaults
below stop code enumeration and invitation spam without bothering real shoppers.
An anonymous caller is counted by address: the socket's, unless
`REFERRALS_TRUSTED_PROXIES` says how many proxies in front of Saleor append to
`X-Forwarded-For` (anything left of their entries is written by the client).
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Mapping

from django.conf import settings
from django.core.cache import cache

PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}

DEFAULT_LIMITS: dict[str, tuple[int, int]] = {
    "code_lookup": (30, 60),
    "visit": (60, 60),
    "share": (60, 60),
    "checkout_apply": (20, 60),
    "invite_call": (10, 3600),
    "invite_daily": (50, 86400),
    "event_pass": (10, 60),
}


def limit_for(scope: str) -> tuple[int, int]:
    configured = getattr(settings, "REFERRALS_RATE_LIMITS", {}) or {}
    return configured.get(scope, DEFAULT_LIMITS[scope])


def hit(scope: str, who: str, cost: int = 1) -> bool:
    """Count `cost` requests of `who` in `scope`; False once over the limit."""
    allowed, window = limit_for(scope)
    bucket = int(time.time() // window)
    key = f"saleor_referrals:throttle:{scope}:{who}:{bucket}"
    cache.add(key, 0, timeout=window + 1)
    try:
        used = cache.incr(key, cost)
    except ValueError:  # evicted between add and incr
        cache.set(key, cost, timeout=window + 1)
        used = cost
    return used <= allowed


def trusted_proxies() -> int:
    try:
        count = int(getattr(settings, "REFERRALS_TRUSTED_PROXIES", 0) or 0)
    except (TypeError, ValueError):
        return 0
    return max(count, 0)


def client_address(meta: Mapping[str, str]) -> str:
    """The client's IP address as far as we can trust it.

    With no trusted proxy it is the socket's address: any client can write an
    `X-Forwarded-For` header. With N trusted proxies, the N-th entry from the right
    is what the outermost of them saw; a header shorter than that came through fewer
    proxies, so all of it was written by ours and its left-most entry is the client.
    """
    socket = meta.get("REMOTE_ADDR") or "unknown"
    proxies = trusted_proxies()
    if not proxies:
        return socket
    hops = [hop.strip() for hop in meta.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in hops if hop]
    if not hops:
        return socket
    candidate = hops[-proxies] if len(hops) >= proxies else hops[0]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:  # a misconfigured proxy: never key counters on free text
        return socket


def shared_cache_warning() -> str | None:
    """Why the counters would not be shared by the API workers, if they would not."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if settings.DEBUG or backend not in PROCESS_LOCAL_CACHES:
        return None
    return (
        f"saleor-referrals: Django's default cache is {backend.rsplit('.', 1)[-1]}, "
        "which lives inside one process: each API worker keeps its own rate-limit "
        "counters, so the limits on code lookups, visits and invitations are "
        "multiplied by the number of workers (or off, with DummyCache). Set "
        "CACHE_URL (e.g. redis://redis:6379/1) to a cache all workers share."
    )
