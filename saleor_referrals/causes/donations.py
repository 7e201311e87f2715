"""Donations on the ledger: booked once, released with the referral, taken back on
a refund before payout, and recorded as a shortfall after one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db import transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone

from .. import domain_events
from ..commerce import get_commerce
from ..domain_events import DonationIssued
from ..history import change_reward_status, record_reward_status
from ..models import (
    Referral,
    ReferralProgram,
    Reward,
    RewardKind,
    RewardSide,
    RewardStatus,
)
from ..money import format_money, quantize
from .models import Cause, Donation, DonationPayout, DonationSource


class DonationError(ValueError):
    """A refused donation or payout; `code` is a ReferralErrorCode value."""

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


def donation_key(referral: Referral, cause: Cause, source: str) -> str:
    return f"donation:{referral.pk}:{cause.pk}:{source}"


def book_donation(
    referral: Referral,
    cause: Cause,
    amount: Decimal,
    *,
    release_at: datetime,
    source: str = DonationSource.PROGRAM,
    campaign_id: int | None = None,
    referral_locked: bool = False,
    none_yet: bool = False,
) -> Reward:
    """A held donation riding on `referral`, once per (referral, cause, source).

    Campaigns call this with `source=CAMPAIGN` and their id for their own
    per-referral donations. `referral_locked`: the caller holds the referral's
    row lock, which every booking of its rewards takes, so a lookup then a plain
    INSERT cannot race (no savepoint, as `rewards.hold_advocate_reward`).
    `none_yet`: with that lock, the caller knows the referral has no such booking.
    """
    program = referral.program
    key = donation_key(referral, cause, source)
    if referral_locked:
        existing = (
            None if none_yet else Reward.objects.filter(idempotency_key=key).first()
        )
        created = existing is None
        reward = existing or Reward.objects.create(
            idempotency_key=key,
            program=program,
            referral=referral,
            recipient_id=referral.advocate_id,
            side=RewardSide.ADVOCATE,
            kind=RewardKind.DONATION,
            amount=quantize(amount, program.currency),
            currency=program.currency,
            release_at=release_at,
        )
    else:
        reward, created = Reward.objects.get_or_create(
            idempotency_key=key,
            defaults={
                "program": program,
                "referral": referral,
                "recipient_id": referral.advocate_id,
                "side": RewardSide.ADVOCATE,
                "kind": RewardKind.DONATION,
                "amount": quantize(amount, program.currency),
                "currency": program.currency,
                "release_at": release_at,
            },
        )
    if created:
        reward.donation = Donation.objects.create(
            reward=reward, cause=cause, source=source, campaign_id=campaign_id
        )  # the reverse one-to-one, cached: the order note reads its cause free
        record_reward_status(
            reward,
            "",
            f"{format_money(reward.amount, reward.currency)} for {cause.name}, "
            "held with the referral",
        )
    return reward


def book_program_donations(
    referral: Referral, program: ReferralProgram, release_at: datetime
) -> list[Reward]:
    """The program's per-referral donations for a referral that just qualified
    (`rewards.hold_advocate_reward`, which holds the referral's lock)."""
    causes = Cause.objects.filter(
        program=program, is_active=True, donate_per_referral__gt=0
    )
    return [
        book_donation(
            referral,
            cause,
            cause.donate_per_referral,
            release_at=release_at,
            referral_locked=True,  # booked with the advocate's reward, under its lock
            # Only right after that reward was created (in the same transaction):
            # the program's donations are booked nowhere else.
            none_yet=True,
        )
        for cause in causes
    ]


def issue(reward: Reward) -> None:
    """A due donation becomes final for the cause (owed until a payout)."""
    donation = Donation.objects.select_related("cause").get(reward=reward)
    reward.donation = donation  # cached for the order note (no second load)
    cause = donation.cause
    change_reward_status(reward, RewardStatus.ISSUED, f"donated to {cause.name}")
    # After commit: the e-mails wing thanks the advocate.
    domain_events.publish(DonationIssued(reward_id=reward.pk, reward=reward))


def take_back(reward: Reward, reason: str) -> None:
    """Revoke an issued donation; after a payout the money is gone: a shortfall."""
    donation = Donation.objects.select_related("payout").get(reward=reward)
    if donation.payout_id is not None:
        reward.shortfall_amount = reward.amount
        reason = (
            f"{reason}; already paid out to the cause (payout {donation.payout_id}): "
            f"shortfall of {format_money(reward.amount, reward.currency)}"
        )
    else:
        reward.revoked_amount = reward.amount
    change_reward_status(reward, RewardStatus.REVOKED, reason)


def donate_reward(reward_id: int, cause: Cause, user) -> Reward:
    """The advocate gives their held, or issued but unused, reward to a cause."""
    from ..rewards import lock

    with transaction.atomic():
        referral, reward = lock(reward_id)
        if reward.recipient_id != user.pk:
            raise DonationError("not_found", "Reward not found.", "id")
        if reward.program_id != cause.program_id:
            raise DonationError(
                "invalid", "The cause belongs to another channel.", "cause"
            )
        if not cause.is_active:
            raise DonationError("not_eligible", "This cause is closed.", "cause")
        if reward.kind not in (RewardKind.VOUCHER, RewardKind.STORE_CREDIT):
            raise DonationError("not_eligible", "This reward cannot be donated.", "id")
        note = f"donated to {cause.name} by the advocate"
        if reward.status == RewardStatus.HELD:
            release_at = reward.release_at
            change_reward_status(reward, RewardStatus.CANCELLED, note)
        elif reward.status == RewardStatus.ISSUED:
            _take_back_unused(reward, note)
            release_at = timezone.now()
        else:
            raise DonationError(
                "not_eligible", f"A {reward.status} reward cannot be donated.", "id"
            )
        donation = Reward.objects.create(
            program=reward.program,
            referral=referral,
            recipient_id=reward.recipient_id,
            side=RewardSide.ADVOCATE,
            kind=RewardKind.DONATION,
            amount=reward.amount,
            currency=reward.currency,
            idempotency_key=f"donated:{reward.pk}",
            release_at=release_at,
        )
        Donation.objects.create(
            reward=donation,
            cause=cause,
            source=DonationSource.ADVOCATE,
            donated_reward=reward,
        )
        record_reward_status(
            donation,
            "",
            f"reward {reward.pk} given to {cause.name} by the advocate",
        )
    from ..rewards import schedule_release

    schedule_release(donation)
    return donation


def _take_back_unused(reward: Reward, note: str) -> None:
    commerce = get_commerce()
    if reward.kind == RewardKind.VOUCHER:
        if commerce.voucher_is_used(reward.voucher_id):
            raise DonationError("not_eligible", "This voucher was already used.", "id")
        commerce.deactivate_voucher(reward.voucher_id)
    else:
        if commerce.wallet_balance(reward.gift_card_id) < reward.amount:
            raise DonationError(
                "not_eligible",
                "This store credit was already spent; only unused credit can be "
                "donated.",
                "id",
            )
        commerce.debit_wallet(
            key=f"{reward.idempotency_key}:donated",
            gift_card_id=reward.gift_card_id,
            amount=reward.amount,
            reason=f"referral reward {reward.pk} donated",
        )
    reward.revoked_amount = reward.amount
    change_reward_status(reward, RewardStatus.REVOKED, note)


def record_payout(cause_id: int, *, reference: str, actor: str) -> DonationPayout:
    """Staff paid the cause everything donated and not yet paid out."""
    with transaction.atomic():
        cause = Cause.objects.select_for_update(no_key=True).get(pk=cause_id)
        owed = list(
            Donation.objects.select_for_update(of=("self",), no_key=True)
            .select_related("reward")
            .filter(
                cause=cause,
                payout__isnull=True,
                reward__status=RewardStatus.ISSUED,
            )
        )
        if not owed:
            raise DonationError(
                "not_eligible", "Nothing is owed to this cause.", "cause"
            )
        currency = cause.program.currency
        payout = DonationPayout.objects.create(
            cause=cause,
            amount=quantize(sum(d.reward.amount for d in owed), currency),
            currency=currency,
            reference=reference,
            recorded_by=actor,
        )
        Donation.objects.filter(pk__in=[d.pk for d in owed]).update(payout=payout)
        return payout


@dataclass(frozen=True)
class CauseTotals:
    raised: Decimal  # issued and not taken back
    pending: Decimal  # held: released when the referrals survive their hold
    paid_out: Decimal
    shortfall: Decimal  # taken back after it had been paid out
    donations: int


ZERO = Decimal("0")


def totals(causes: list[Cause], using: str = "default") -> dict[int, CauseTotals]:
    """Per cause: two queries for any number of causes."""
    ids = [cause.pk for cause in causes]
    rows = (
        Donation.objects.using(using)
        .filter(cause_id__in=ids)
        .values("cause_id")
        .annotate(
            raised=Sum("reward__amount", filter=Q(reward__status=RewardStatus.ISSUED)),
            pending=Sum("reward__amount", filter=Q(reward__status=RewardStatus.HELD)),
            shortfall=Sum("reward__shortfall_amount"),
            donations=Count("pk", filter=Q(reward__status=RewardStatus.ISSUED)),
        )
    )
    paid = dict(
        DonationPayout.objects.using(using)
        .filter(cause_id__in=ids)
        .values("cause_id")
        .annotate(total=Sum("amount"))
        .values_list("cause_id", "total")
    )
    by_cause = {row["cause_id"]: row for row in rows}
    result = {}
    for cause_id in ids:
        row = by_cause.get(cause_id, {})
        result[cause_id] = CauseTotals(
            raised=row.get("raised") or ZERO,
            pending=row.get("pending") or ZERO,
            paid_out=paid.get(cause_id) or ZERO,
            shortfall=row.get("shortfall") or ZERO,
            donations=row.get("donations") or 0,
        )
    return result
