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

from datetime import timedelta

from django.db import transaction
from django.db.models import Func, Q, Subquery, TextField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from . import outbox, registry
from .benefits import advocate_reward_amount
from .codes import REWARD_VOUCHER, WALLET_CARD
from .commerce import Customer, WalletCard, WalletUnavailable, get_commerce
from .history import (
    change_referral_status,
    change_referral_status_in_steps,
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

RELEASABLE_REFERRAL_STATUSES = (ReferralStatus.QUALIFIED, ReferralStatus.APPROVED)
# Enqueued by name: the ledger does not import the tasks module (which calls it).
RELEASE_TASK = "saleor_referrals.release_reward"


class RewardBlocked(Exception):
    """The reward cannot be paid out now for a reason an operator has to resolve;
    it stays held with that reason and the sweep tries again."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


DONATABLE_REFERRAL_STATUSES = (ReferralStatus.APPROVED, ReferralStatus.REWARDED)


def idempotency_key(referral: Referral, side: str, kind: str) -> str:
    return f"referral:{referral.pk}:{side}:{kind}"


def hold_advocate_reward(
    referral: Referral, program: ReferralProgram, *, none_yet: bool = False
) -> Reward:
    """Book the advocate's reward as held until the hold period ends (idempotent).

    Call with the referral locked: every booking of its rewards holds that lock, so
    a plain INSERT after the lookup cannot race (no savepoint needed); the unique
    key would still refuse a second row. `none_yet`: the caller read, under that
    lock, that the referral has no advocate reward, so the lookup is skipped.
    """
    kind = program.advocate_reward_type
    key = idempotency_key(referral, RewardSide.ADVOCATE, kind)
    existing = None if none_yet else Reward.objects.filter(idempotency_key=key).first()
    if existing is not None:
        return existing
    now = timezone.now()
    campaign = referral.campaign if referral.campaign_id else None
    amount, tier_note = advocate_reward_amount(
        program, referral.advocate_id, campaign=campaign
    )
    reward = Reward.objects.create(
        idempotency_key=key,
        program=program,
        referral=referral,
        recipient_id=referral.advocate_id,
        side=RewardSide.ADVOCATE,
        kind=kind,
        amount=amount,
        currency=program.currency,
        release_at=now + timedelta(days=program.hold_days),
        created_at=now,
    )
    hold = (
        f"held for {program.hold_days} days (return window)"
        if program.hold_days
        else "no hold period"
    )
    record_reward_status(reward, "", f"{hold}; {tier_note}" if tier_note else hold)
    # Bookings that ride on the advocate's reward (a cause's donation), due with
    # it: released in the advocate reward's own release (`_release_riders`), or,
    # if that does not get to them, by the release sweep.
    registry.book_followers(referral, program, reward.release_at)
    return reward


def schedule_release(reward: Reward) -> None:
    """Release at once when due; later releases are left to the periodic sweep.

    A Celery ETA of days is held in the worker's memory and, on Redis, redelivered
    after every visibility timeout; the sweep (`release_due_rewards`) is cheaper.
    """
    if reward.status == RewardStatus.HELD and reward.release_at <= timezone.now():
        # No outbox row: a release the broker lost is the release sweep's anyway.
        outbox.send_after_commit(RELEASE_TASK, reward.pk)


def lock(reward_id: int) -> tuple[Referral | None, Reward]:
    """Lock a reward and its referral, in the order every writer uses: the referral
    first, then the reward. Call inside a transaction.

    The reward's statement also takes the transaction-scoped advisory lock that
    serializes wallet creation for its recipient and currency (see
    `_credit_wallet`): no round trip of its own.
    """
    referral = (
        Referral.objects.select_for_update(of=("self",), no_key=True)
        .select_related("program")  # the wings' `registry.configured` reads it
        .filter(pk=Subquery(Reward.objects.filter(pk=reward_id).values("referral_id")))
        .first()
    )
    reward = (
        Reward.objects.select_for_update(of=("self",), no_key=True)
        .select_related("program", "recipient")
        .annotate(wallet_locked=_wallet_advisory_lock())
        .get(pk=reward_id)
    )
    if referral is not None:
        reward.referral = referral  # the same row, locked: no second load
    return referral, reward


def _wallet_advisory_lock() -> Func:
    """pg_advisory_xact_lock on "wallet:<recipient id>:<currency>" (no lock for a
    reward without recipient: the function is strict)."""
    key = Concat(
        Value("wallet:"),
        Cast("recipient_id", TextField()),
        Value(":"),
        "currency",
        output_field=TextField(),
    )
    return Func(
        Func(key, Value(0), function="hashtextextended"),
        function="pg_advisory_xact_lock",
        output_field=TextField(),
    )


def release(reward_id: int) -> Reward:
    """Issue a due, held reward exactly once."""
    with transaction.atomic():
        referral, reward = lock(reward_id)
        if reward.status != RewardStatus.HELD or reward.release_at > timezone.now():
            return reward
        steps = []
        if referral is not None and reward.kind == RewardKind.DONATION:
            # Rides on the referral without moving it: released once the referral
            # survived its hold, whether or not the advocate's reward went first.
            if referral.status == ReferralStatus.QUALIFIED:
                change_referral_status(
                    referral, ReferralStatus.APPROVED, "hold period ended"
                )
            if referral.status in DONATABLE_REFERRAL_STATUSES:
                _issue(reward, referral.order_number)
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
                steps.append((ReferralStatus.APPROVED, "hold period ended"))
        elif reward.recipient_id is None:  # a tier or milestone bonus
            cancel(reward, "the advocate's account was deleted")
            return reward
        try:
            _issue(reward, referral.order_number if referral else "")
        except RewardBlocked as blocked:
            _keep_held(reward, blocked.reason)
            if referral is not None:
                _release_riders(referral, reward)
            return reward
        if referral is not None:
            # Approved and rewarded: two history rows, one UPDATE of the referral.
            steps.append(
                (
                    ReferralStatus.REWARDED,
                    f"{reward.kind.replace('_', ' ')} "
                    f"{format_money(reward.amount, reward.currency)} issued",
                )
            )
            change_referral_status_in_steps(referral, steps)
            _release_riders(referral, reward)
        return reward


def _release_riders(referral: Referral, reward: Reward) -> None:
    """Release the due donations riding on the referral with its advocate's reward,
    in the same transaction (under the referral's lock, then theirs: the order
    every writer uses). No task of their own; one query, only for a program whose
    wings book riders."""
    if not registry.has_followers(reward.program):
        return
    riders = (
        Reward.objects.select_for_update(of=("self",), no_key=True)
        .select_related("program", "recipient")
        .filter(
            referral=referral,
            kind=RewardKind.DONATION,
            status=RewardStatus.HELD,
            release_at__lte=timezone.now(),
        )
        .order_by("pk")
    )
    for rider in riders:
        rider.referral = referral
        if referral.status == ReferralStatus.QUALIFIED:
            change_referral_status(
                referral, ReferralStatus.APPROVED, "hold period ended"
            )
        if referral.status in DONATABLE_REFERRAL_STATUSES:
            _issue(rider, referral.order_number)


def _reward_code() -> str:
    commerce = get_commerce()
    while True:
        code = REWARD_VOUCHER.draw()
        if commerce.is_code_available(code):
            return code


def _keep_held(reward: Reward, reason: str) -> None:
    """Record why a due reward waits, once per reason (the sweep retries often)."""
    if reward.status_reason != reason[:255]:
        change_reward_status(reward, RewardStatus.HELD, reason)


def _issue(reward: Reward, order_number: str) -> None:
    commerce = get_commerce()
    program = reward.program
    if reward.kind == RewardKind.VOUCHER:
        issued = commerce.issue_voucher(
            key=reward.idempotency_key,
            channel_slug=program.channel_slug,
            currency=reward.currency,
            amount=reward.amount,
            code=_reward_code(),
            name=f"Referral reward {reward.pk}",
        )
        reward.voucher_id, reward.voucher_code = issued.voucher_id, issued.code
        reward.issued_at = timezone.now()
        change_reward_status(
            reward, RewardStatus.ISSUED, f"voucher {issued.code} issued"
        )
    elif reward.kind == RewardKind.STORE_CREDIT:
        reward.gift_card_id = _credit_wallet(reward, order_number)
        reward.issued_at = timezone.now()
        change_reward_status(
            reward, RewardStatus.ISSUED, "store credit added to wallet"
        )
    elif (handler := registry.reward_kind(reward.kind)) is not None:
        handler.issue(reward)  # a wing's own kind (a donation to a cause)
    else:
        change_reward_status(
            reward, RewardStatus.FAILED, f"{reward.kind} cannot be issued here"
        )


def wallet_code() -> str:
    """A free wallet code; Saleor gift-card codes are at most 16 characters."""
    commerce = get_commerce()
    while True:
        code = WALLET_CARD.draw()
        if commerce.is_code_available(code):
            return code


def _credit_wallet(reward: Reward, order_number: str) -> str:
    """Top up the advocate's wallet card.

    A card the operator deleted is replaced by a new one; a card they deactivated
    (or that expired, or was given to someone else) is left as it is and the reward
    is blocked with the reason (README, "Edits in the Dashboard").

    `lock()` holds the advisory lock of this wallet: a wallet row committed by
    another worker is visible to the query below, and none is created meanwhile.
    """
    user = reward.recipient
    wallet = StoreCreditWallet.objects.filter(
        user=user, currency=reward.currency
    ).first()
    customer = Customer(user.pk, user.email)
    credit_args = {
        "key": reward.idempotency_key,
        "customer": customer,
        "currency": reward.currency,
        "amount": reward.amount,
        "reason": f"referral reward {reward.pk}",
    }
    commerce = get_commerce()
    try:
        credit = commerce.credit_wallet(
            gift_card_id=wallet.gift_card_id if wallet else None,
            code="" if wallet else wallet_code(),
            notes=registry.wallet_credit_notes(
                reward, order_number, new_card=wallet is None
            ),
            **credit_args,
        )
    except WalletUnavailable as unavailable:
        if not unavailable.missing:
            raise RewardBlocked(
                f"store credit waits: {unavailable.reason}; reactivate the card "
                "(or delete it for a new one) and the reward is released"
            ) from unavailable
        wallet.delete()
        wallet = None
        credit = commerce.credit_wallet(
            gift_card_id=None,
            code=wallet_code(),
            notes=registry.wallet_credit_notes(reward, order_number, new_card=True),
            **credit_args,
        )
    if wallet is None:
        StoreCreditWallet.objects.create(
            user=user, currency=reward.currency, gift_card_id=credit.gift_card_id
        )
    # Not a field: the card's code as the credit returned it, for the receivers
    # of this status change (the order note names the card) without a lookup.
    reward.credited_card_code = credit.code
    # And the card as this credit left it, for the "reward ready" e-mail.
    reward.credited_card = WalletCard(credit.gift_card_id, credit.code, credit.balance)
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
    if (handler := registry.reward_kind(reward.kind)) is not None:
        handler.take_back(reward, reason)
        return
    if reward.kind == RewardKind.VOUCHER:
        if commerce.voucher_is_used(reward.voucher_id):
            reward.shortfall_amount = reward.amount
            reason = f"{reason}; voucher {reward.voucher_code} was already used"
        else:
            commerce.deactivate_voucher(reward.voucher_id)
            reward.revoked_amount = reward.amount
    elif reward.kind == RewardKind.STORE_CREDIT:
        try:
            debit = commerce.debit_wallet(
                key=f"{reward.idempotency_key}:revoke",
                gift_card_id=reward.gift_card_id,
                amount=reward.amount,
                reason=f"referral reward {reward.pk} reversed",
            )
        except WalletUnavailable as unavailable:
            reward.shortfall_amount = reward.amount
            change_reward_status(
                reward,
                RewardStatus.REVOKED,
                f"{reason}; nothing taken back: {unavailable.reason}",
            )
            return
        reward.revoked_amount = debit.debited
        reward.shortfall_amount = debit.shortfall
        registry.note_wallet_debit(
            reward, _order_number(reward), reason, debit.debited, debit.shortfall
        )
        if debit.shortfall:
            reason = (
                f"{reason}; {format_money(debit.shortfall, reward.currency)} had "
                "already been spent from the wallet"
            )
    change_reward_status(reward, RewardStatus.REVOKED, reason)


def _order_number(reward: Reward) -> str:
    return reward.referral.order_number if reward.referral_id else ""


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
