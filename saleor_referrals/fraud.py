"""Fraud rules evaluated when a referred order is paid.

Each rule has an action per channel: off, flag (the referral waits in the staff
review queue and is never released automatically) or reject. The basic self-referral
check (same account, same normalized e-mail) and duplicate friends are always
rejected, earlier, at attribution: a database constraint keeps each friend with the
first advocate who brought them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from .commerce import get_commerce
from .config import FLAG, OFF, REJECT
from .models import Referral, ReferralProgram, ReferralStatus

VELOCITY_WINDOWS = (
    ("velocity_per_day", timedelta(days=1), "day"),
    ("velocity_per_week", timedelta(days=7), "week"),
)


@dataclass(frozen=True)
class Finding:
    rule: str
    action: str
    reason: str


def check(referral: Referral, program: ReferralProgram) -> list[Finding]:
    """What the channel's rules say about a referral whose order was just paid."""
    findings = [*_same_household(referral, program), *_velocity(referral, program)]
    return [finding for finding in findings if finding.action != OFF]


def verdict(findings: list[Finding]) -> tuple[str | None, str]:
    """(REJECT | FLAG | None, the reasons)."""
    for action in (REJECT, FLAG):
        reasons = [f.reason for f in findings if f.action == action]
        if reasons:
            return action, "; ".join(reasons)
    return None, ""


def _same_household(referral: Referral, program: ReferralProgram) -> list[Finding]:
    actions = {"address": program.fraud_same_address, "phone": program.fraud_same_phone}
    if all(action == OFF for action in actions.values()) or not referral.advocate_id:
        return []
    advocate, order = get_commerce().household_fingerprints(
        referral.advocate_id, referral.order_id or ""
    )
    findings = []
    if advocate.addresses & order.addresses:
        findings.append(
            Finding(
                "same_address",
                actions["address"],
                "the friend's order goes to one of the advocate's addresses",
            )
        )
    if advocate.phones & order.phones:
        findings.append(
            Finding(
                "same_phone",
                actions["phone"],
                "the friend's order has the advocate's phone number",
            )
        )
    return findings


def _velocity(referral: Referral, program: ReferralProgram) -> list[Finding]:
    now = timezone.now()
    findings = []
    for field, window, name in VELOCITY_WINDOWS:
        limit = getattr(program, field)
        if not limit:
            continue
        recent = (
            Referral.objects.filter(
                program=program,
                advocate_id=referral.advocate_id,
                created_at__gte=now - window,
            )
            .exclude(pk=referral.pk)
            .exclude(status=ReferralStatus.REJECTED)
            .count()
        )
        if recent >= limit:
            findings.append(
                Finding(
                    f"velocity_{name}",
                    program.velocity_action,
                    f"more than {limit} referrals by this advocate in a {name}",
                )
            )
    return findings
