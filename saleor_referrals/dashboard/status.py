"""The read-only status line at the top of the plugin's Dashboard form.

Computed only when the form is read (three aggregate queries), never in a
checkout or order request.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Count, Q, Sum
from django.utils import timezone

from ..models import Referral, ReferralProgram, ReferralStatus, Reward, RewardStatus
from ..money import format_money

REVIEW_HINT = (
    "Review flagged referrals in the Referrals console (Discounts → Referrals; "
    "needs Manage discounts)."
)


def month_start(now: datetime) -> datetime:
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def program_status(
    channel_slug: str | None,
    *,
    now: datetime | None = None,
    using: str = DEFAULT_DB_ALIAS,
) -> tuple[str, str]:
    """(the field's value, its help text): the Dashboard shows an OUTPUT field as a
    one-line input that does not wrap, so the value is a few words and the whole
    line (which wraps) is the help text below it."""
    line = program_status_line(channel_slug, now=now, using=using)
    return short_status(line), line


def short_status(line: str) -> str:
    """The first part of the line, with the counts a few words each: `Active · 1
    to review · 2 held`."""
    parts = line.rstrip(".").split(" · ")
    if len(parts) < 3:
        return parts[0].split(":", 1)[0]
    review = parts[1].split(" ", 1)[0]
    held = parts[2].split(" ", 1)[0]
    return f"{parts[0].split(' (', 1)[0]} · {review} to review · {held} held"


def program_status_line(
    channel_slug: str | None,
    *,
    now: datetime | None = None,
    using: str = DEFAULT_DB_ALIAS,
) -> str:
    if not channel_slug:
        return "Pick a channel: the program is set up per channel."
    program = (
        ReferralProgram.objects.using(using).filter(channel_slug=channel_slug).first()
    )
    if program is None:
        return (
            "Not set up in this channel yet: fill in the fields, switch the plugin "
            "on and Save."
        )
    now = now or timezone.now()
    since = month_start(now)
    referrals = Referral.objects.using(using).filter(program=program)
    waiting = referrals.aggregate(
        review=Count("pk", filter=Q(status=ReferralStatus.FLAGGED)),
    )["review"]
    rewards = Reward.objects.using(using).filter(program=program)
    totals = rewards.aggregate(
        held=Count("pk", filter=Q(status=RewardStatus.HELD)),
        held_amount=Sum("amount", filter=Q(status=RewardStatus.HELD)),
        issued=Count("pk", filter=Q(issued_at__gte=since)),
        issued_amount=Sum("amount", filter=Q(issued_at__gte=since)),
        taken_back=Count(
            "pk",
            filter=Q(status=RewardStatus.REVOKED, updated_at__gte=since),
        ),
    )
    currency = program.currency

    def money(amount: Decimal | None) -> str:
        return format_money(amount or Decimal(0), currency)

    parts = [
        "Active" if program.is_active else "Switched off (codes give no discount)",
        f"{waiting} referral{'s' if waiting != 1 else ''} waiting for your review",
        f"{totals['held']} reward{'s' if totals['held'] != 1 else ''} waiting out "
        f"the return window ({money(totals['held_amount'])})",
        f"this month: {totals['issued']} sent ({money(totals['issued_amount'])}), "
        f"{totals['taken_back']} taken back",
    ]
    line = " · ".join(parts) + "."
    if waiting:
        line += " " + REVIEW_HINT
    return line
