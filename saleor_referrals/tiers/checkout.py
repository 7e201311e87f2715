"""Tier perks enforced when a checkout completes: member codes and early access.

The checkout hook runs for every `checkoutComplete`, so both checks are free for a
checkout that cannot concern them: the member-code check needs a voucher code, and
early access needs a line in some collection plus a channel whose ladder has
early-access collections still ahead of their public date. That last fact is cached
per channel (Django's cache; tier mutations clear it when they commit, and it
expires after `REFERRALS_EARLY_ACCESS_CACHE_SECONDS` so a process-local cache in
another worker catches up too).
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from ..facts import CheckoutFacts, CheckoutLine
from ..models import ReferralProgram
from ..referrals import CheckoutRejected
from .models import Tier, TierMembership

DEFAULT_CACHE_SECONDS = 60


class EarlyAccessRefused(CheckoutRejected):
    """A line is not on sale to this customer yet (reported on `lines`)."""

    field = "lines"


def cache_key(channel_slug: str) -> str:
    return f"saleor_referrals:early_access:{channel_slug}"


def forget_early_access(channel_slug: str) -> None:
    cache.delete(cache_key(channel_slug))


def early_access_rules(channel_slug: str, now: datetime) -> dict:
    """{"program": id, "collections": {collection id: [[rank, tier name, until]]}}
    of tiers whose early access has not ended; {} when there is none."""
    key = cache_key(channel_slug)
    rules = cache.get(key)
    if rules is None:
        rules = _load_rules(channel_slug, now)
        seconds = getattr(
            settings, "REFERRALS_EARLY_ACCESS_CACHE_SECONDS", DEFAULT_CACHE_SECONDS
        )
        cache.set(key, rules, seconds)
    return rules


def _load_rules(channel_slug: str, now: datetime) -> dict:
    program = (
        ReferralProgram.objects.filter(channel_slug=channel_slug, is_active=True)
        .values("pk", "early_access_until")
        .first()
    )
    if program is None or not program["early_access_until"]:
        return {}
    if program["early_access_until"] <= now:
        return {}
    collections: dict[str, list] = {}
    for rank, name, ids, until in (
        Tier.objects.filter(program_id=program["pk"], early_access_until__gt=now)
        .exclude(early_access_collection_ids=[])
        .values_list(
            "rank", "name", "early_access_collection_ids", "early_access_until"
        )
    ):
        for collection_id in ids:
            collections.setdefault(str(collection_id), []).append(
                [rank, name, until.isoformat()]
            )
    return {"program": program["pk"], "collections": collections} if collections else {}


def _required(line: CheckoutLine, rules: dict, now: datetime) -> tuple[int, str, str]:
    """The lowest tier that may buy the line now: (rank, name, public date), or
    rank 0 when it is on sale to everyone."""
    needed: tuple[int, str, str] = (0, "", "")
    for collection_id in line.collection_ids:
        for rank, name, until in rules["collections"].get(collection_id, ()):
            if parse_datetime(until) > now and (needed[0] == 0 or rank < needed[0]):
                needed = (rank, name, until)
    return needed


def check_early_access(facts: CheckoutFacts, now: datetime | None = None) -> None:
    if not any(line.collection_ids for line in facts.lines):
        return
    now = now or timezone.now()
    rules = early_access_rules(facts.channel_slug, now)
    if not rules:
        return
    restricted = [
        (line, needed)
        for line in facts.lines
        if (needed := _required(line, rules, now))[0]
    ]
    if not restricted:
        return
    rank = member_rank(rules["program"], facts.shopper.user_id)
    for line, (needed_rank, name, until) in restricted:
        if rank < needed_rank:
            raise EarlyAccessRefused(
                "product_unavailable_for_purchase",
                f"{line.product_name} is available only to {name} members (and "
                f"above) until {parse_datetime(until):%Y-%m-%d %H:%M} UTC.",
            )


def member_rank(program_id: int, user_id: int | None) -> int:
    if user_id is None:
        return 0
    rank = (
        TierMembership.objects.filter(program_id=program_id, advocate_id=user_id)
        .values_list("tier__rank", flat=True)
        .first()
    )
    return rank or 0


def check_member_code(facts: CheckoutFacts) -> None:
    """Only the member can complete a checkout with their member-discount code."""
    if not facts.voucher_code:
        return
    owner = (
        TierMembership.objects.filter(member_code=facts.voucher_code)
        .values_list("advocate_id", flat=True)
        .first()
    )
    if owner is not None and owner != facts.shopper.user_id:
        raise CheckoutRejected(
            "voucher_not_applicable",
            "This member discount code belongs to another customer.",
        )


def check_checkout(facts: CheckoutFacts) -> None:
    """CheckoutRejected (or EarlyAccessRefused) when a tier perk forbids it."""
    check_member_code(facts)
    check_early_access(facts)
