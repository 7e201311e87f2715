"""The reward ledger: hold, release exactly once, cancel, revoke.

Why a release can never pay twice or lose a payment:
- the ledger row is created first (held), with a unique idempotency key per
  (referral, side, kind);
- a release locks that row, checks it is still held, writes the Saleor object and
  marks the row issued in one database transaction: Saleor's tables and ours live in
  the same database, so a crash rolls back both;
- the Saleor object also carries the idempotency key (voucher metadata, gift-card
  event parameters) and the port returns the existing object for a known key, which
  covers a shop implementation that cannot share our transaction.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from .causes import donations
from .codes import random_code
from .commerce import Customer, get_commerce
from .history import (
    change_referral_status,
    change_reward_status,
    record_reward_status,
)
from .models import (
    Referral,
    ReferralProgram,
    ReferralStatus,
    Reward,
    RewardKind,
    RewardSide,
    RewardStatus,
    StoreCreditWallet,
)
from .money import format_money
from .tiers.perks import advocate_reward_amount

RELEASABLE_REFERRAL_STATUSES = (ReferralStatus.QUALIFIED, ReferralStatus.APPROVED)
DONATABLE_REFERRAL_STATUSES = (ReferralStatus.APPROVED, ReferralStatus.REWARDED)


def idempotency_key(referral: Referral, side: str, kind: str) -> str:
    return f"referral:{referral.pk}:{side}:{kind}"


def hold_advocate_reward(referral: Referral, program: ReferralProgram) -> Reward:
    """Book the advocate's reward as held until the hold period ends (idempotent)."""
    kind = program.advocate_reward_type
    now = timezone.now()
    amount, tier_note = advocate_reward_amount(program, referral.advocate_id)
    reward, created = Reward.objects.get_or_create(
        idempotency_key=idempotency_key(referral, RewardSide.ADVOCATE, kind),
        defaults={
            "program": program,
            "referral": referral,
            "recipient_id": referral.advocate_id,
            "side": RewardSide.ADVOCATE,
            "kind": kind,
            "amount": amount,
            "currency": program.currency,
            "release_at": now + timedelta(days=program.hold_days),
        },
    )
    if created:
        hold = (
            f"held for {program.hold_days} days (return window)"
            if program.hold_days
            else "no hold period"
        )
        record_reward_status(reward, "", f"{hold}; {tier_note}" if tier_note else hold)
        for donation in donations.book_program_donations(
            referral, program, reward.release_at
        ):
            schedule_release(donation)
    return reward


def schedule_release(reward: Reward) -> None:
    """Release at once when due; later releases are left to the periodic sweep.

    A Celery ETA of days is held in the worker's memory and, on Redis, redelivered
    after every visibility timeout; the sweep (`release_due_rewards`) is cheaper.
    """
    if reward.status == RewardStatus.HELD and reward.release_at <= timezone.now():
        from .tasks import release_reward_task

        reward_id = reward.pk
        transaction.on_commit(lambda: release_reward_task.delay(reward_id))


def lock(reward_id: int) -> tuple[Referral | None, Reward]:
    """Lock a reward and its referral, in the order every writer uses: the referral
    first, then the reward. Call inside a transaction."""
    referral_id = (
        Reward.objects.filter(pk=reward_id).values_list("referral_id", flat=True).get()
    )
    referral = (
        Referral.objects.select_for_update(no_key=True).get(pk=referral_id)
        if referral_id
        else None
    )
    reward = (
        Reward.objects.select_for_update(of=("self",), no_key=True)
        .select_related("program", "recipient")
        .get(pk=reward_id)
    )
    return referral, reward


def release(reward_id: int) -> Reward:
    """Issue a due, held reward exactly once."""
    with transaction.atomic():
        referral, reward = lock(reward_id)
        if reward.status != RewardStatus.HELD or reward.release_at > timezone.now():
            return reward
        if referral is not None and reward.kind == RewardKind.DONATION:
            # Rides on the referral without moving it: released once the referral
            # survived its hold, whether or not the advocate's reward went first.
            if referral.status == ReferralStatus.QUALIFIED:
                change_referral_status(
                    referral, ReferralStatus.APPROVED, "hold period ended"
                )
            if referral.status in DONATABLE_REFERRAL_STATUSES:
                _issue(reward)
            return reward
        if referral is not None:
            if referral.status not in RELEASABLE_REFERRAL_STATUSES:
                # Flagged referrals wait for a decision; others are already undone.
                return reward
            if reward.recipient_id is None:
                reason = "the advocate's account was deleted"
                change_reward_status(reward, RewardStatus.CANCELLED, reason)
                change_referral_status(referral, ReferralStatus.REJECTED, reason)
                return reward
            if referral.status == ReferralStatus.QUALIFIED:
                change_referral_status(
                    referral, ReferralStatus.APPROVED, "hold period ended"
                )
        elif reward.recipient_id is None:  # a tier or milestone bonus
            cancel(reward, "the advocate's account was deleted")
            return reward
        _issue(reward)
        if referral is not None:
            change_referral_status(
                referral,
                ReferralStatus.REWARDED,
                f"{reward.kind.replace('_', ' ')} "
                f"{format_money(reward.amount, reward.currency)} issued",
            )
        return reward


def _reward_code(prefix: str, length: int = 10) -> str:
    commerce = get_commerce()
    while True:
        code = f"{prefix}-{random_code(length)}"
        if commerce.is_code_available(code):
            return code


def _issue(reward: Reward) -> None:
    commerce = get_commerce()
    program = reward.program
    if reward.kind == RewardKind.VOUCHER:
        issued = commerce.issue_voucher(
            key=reward.idempotency_key,
            channel_slug=program.channel_slug,
            currency=reward.currency,
            amount=reward.amount,
            code=_reward_code("THANKS"),
            name=f"Referral reward {reward.pk}",
        )
        reward.voucher_id, reward.voucher_code = issued.voucher_id, issued.code
        change_reward_status(
            reward, RewardStatus.ISSUED, f"voucher {issued.code} issued"
        )
    elif reward.kind == RewardKind.STORE_CREDIT:
        wallet_card_id = _credit_wallet(reward)
        reward.gift_card_id = wallet_card_id
        change_reward_status(
            reward, RewardStatus.ISSUED, "store credit added to wallet"
        )
    elif reward.kind == RewardKind.DONATION:
        donations.issue(reward)
    else:
        change_reward_status(
            reward, RewardStatus.FAILED, f"{reward.kind} cannot be issued here"
        )
        return
    reward.issued_at = timezone.now()
    reward.save(update_fields=["issued_at", "updated_at"])


def _lock_wallet(user_id: int, currency: str) -> None:
    """Serialize wallet creation for one customer and currency (transaction-scoped)."""
    digest = hashlib.sha256(f"wallet:{user_id}:{currency}".encode()).digest()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s)",
            [int.from_bytes(digest[:8], "big", signed=True)],
        )


def _credit_wallet(reward: Reward) -> str:
    user = reward.recipient
    _lock_wallet(user.pk, reward.currency)
    wallet = StoreCreditWallet.objects.filter(
        user=user, currency=reward.currency
    ).first()
    credit = get_commerce().credit_wallet(
        key=reward.idempotency_key,
        customer=Customer(user.pk, user.email),
        gift_card_id=wallet.gift_card_id if wallet else None,
        currency=reward.currency,
        amount=reward.amount,
        # Saleor gift-card codes are at most 16 characters.
        code="" if wallet else _reward_code("CREDIT", 9),
        reason=f"referral reward {reward.pk}",
    )
    if wallet is None:
        StoreCreditWallet.objects.create(
            user=user, currency=reward.currency, gift_card_id=credit.gift_card_id
        )
    return credit.gift_card_id


def cancel(reward: Reward, reason: str) -> None:
    change_reward_status(reward, RewardStatus.CANCELLED, reason)


def take_back(reward: Reward, reason: str) -> bool:
    """Cancel a held reward or revoke an issued one; False when there is nothing
    left to take back."""
    if reward.status == RewardStatus.HELD:
        cancel(reward, reason)
    elif reward.status == RewardStatus.ISSUED:
        revoke(reward, reason)
    else:
        return False
    return True


def revoke(reward: Reward, reason: str) -> None:
    """Take an issued reward back, or record why it could not be taken back."""
    commerce = get_commerce()
    if reward.kind == RewardKind.DONATION:
        donations.take_back(reward, reason)
        return
    if reward.kind == RewardKind.VOUCHER:
        if commerce.voucher_is_used(reward.voucher_id):
            reward.shortfall_amount = reward.amount
            reason = f"{reason}; voucher {reward.voucher_code} was already used"
        else:
            commerce.deactivate_voucher(reward.voucher_id)
            reward.revoked_amount = reward.amount
    elif reward.kind == RewardKind.STORE_CREDIT:
        debit = commerce.debit_wallet(
            key=f"{reward.idempotency_key}:revoke",
            gift_card_id=reward.gift_card_id,
            amount=reward.amount,
            reason=f"referral reward {reward.pk} reversed",
        )
        reward.revoked_amount = debit.debited
        reward.shortfall_amount = debit.shortfall
        if debit.shortfall:
            reason = (
                f"{reason}; {format_money(debit.shortfall, reward.currency)} had "
                "already been spent from the wallet"
            )
    change_reward_status(reward, RewardStatus.REVOKED, reason)


def due_reward_ids(limit: int = 500) -> list[int]:
    return list(
        Reward.objects.filter(
            Q(referral__status__in=RELEASABLE_REFERRAL_STATUSES)
            # Sign-up rewards and tier bonuses stand on their own.
            | Q(referral__isnull=True)
            | Q(kind=RewardKind.DONATION, referral__status=ReferralStatus.REWARDED),
            status=RewardStatus.HELD,
            release_at__lte=timezone.now(),
        )
        .order_by("release_at")
        .values_list("pk", flat=True)[:limit]
    )
