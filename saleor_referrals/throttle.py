"""Cache-backed fixed-window rate limits (Saleor's cache in production).

Limits are `REFERRALS_RATE_LIMITS = {"scope": (requests, seconds)}`; the defaults
below stop code enumeration and invitation spam without bothering real shoppers.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache

DEFAULT_LIMITS: dict[str, tuple[int, int]] = {
    "code_lookup": (30, 60),
    "visit": (60, 60),
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
