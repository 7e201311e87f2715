"""Who referred an order, whether it counts, and what happens when it is undone.

Row locks are always taken in one order, advocate's code -> referral -> reward, only
on the row itself (`of=("self",)`), and as FOR NO KEY UPDATE: Django's foreign keys
are checked at COMMIT with FOR KEY SHARE, which a plain FOR UPDATE would block, so
concurrent workers queue instead of deadlocking.

Attribution rule (first valid attribution wins):
1. the order's voucher code, when it is an active referral code of the order's
   channel: the friend redeemed the advocate's code;
2. otherwise the `referral_code` checkout metadata key, which a `?ref=CODE` landing
   page stores on the checkout (copied to the order by Saleor);
3. once an order is attributed it never moves to another advocate, and a friend
   (by normalized e-mail) is attributed to the first advocate who brought them: a
   later referral of the same friend is recorded as rejected.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from . import fraud, leads, registry, rewards
from .codes import active_codes, find_active_code
from .codes import normalize as normalize_code
from .commerce import Customer, get_commerce
from .config import REJECT
from .converted import referrals_counting_toward_cap
from .facts import CheckoutFacts, OrderFacts, Shopper
from .history import change_referral_status, record_referral_status
from .identity import normalize_email
from .models import (
    Referral,
    ReferralCode,
    ReferralSource,
    ReferralStatus,
    Reward,
    RewardSide,
    RewardStatus,
    ShareNetwork,
)
from .money import format_money, quantize

OPEN_STATUSES = (
    ReferralStatus.PENDING,
    ReferralStatus.QUALIFIED,
    ReferralStatus.APPROVED,
    ReferralStatus.FLAGGED,
)


class CheckoutRejected(Exception):
    """The checkout must not complete with this referral code."""

    field = "voucher_code"  # the checkout input the refusal is about

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def is_self_referral(code: ReferralCode, shopper: Shopper) -> bool:
    advocate = code.user
    if advocate is None:  # a deleted customer's code is inactive anyway
        return False
    if shopper.user_id is not None and shopper.user_id == advocate.pk:
        return True
    email = normalize_email(shopper.email)
    return bool(email) and email == normalize_email(advocate.email)


def _referrals_of_friend(shopper: Shopper) -> QuerySet[Referral]:
    """Referrals that brought this shopper (by account or normalized e-mail), in any
    program, rejected ones aside."""
    email = normalize_email(shopper.email)
    match = Q(friend_email_normalized=email) if email else Q(pk__in=[])
    if shopper.user_id is not None:
        match |= Q(friend_id=shopper.user_id)
    return Referral.objects.filter(match).exclude(status=ReferralStatus.REJECTED)


def _not_this_codes_lead(code: ReferralCode | OuterRef) -> Q:
    """A friend who signed up (or came to an event) with this very code may still
    use it at checkout: that order converts their lead."""
    return Q(order_id__isnull=True, code_id=code, status=ReferralStatus.PENDING)


def _friend_already_referred(code: ReferralCode, shopper: Shopper) -> bool:
    return (
        _referrals_of_friend(shopper)
        .filter(program_id=code.program_id)
        .exclude(_not_this_codes_lead(code.pk))
        .exists()
    )


def check_checkout(facts: CheckoutFacts) -> None:
    """Stop a checkout that redeems a referral code it may not use.

    Costs nothing for a checkout without a voucher code, and one indexed query for
    one with a code that is not a referral code.
    """
    if not facts.voucher_code:
        return
    code = find_active_code(facts.voucher_code)
    if code is None or code.program.channel_slug != facts.channel_slug:
        return
    check_checkout_code(code, facts.shopper)


def check_checkout_code(code: ReferralCode, shopper: Shopper) -> None:
    """CheckoutRejected when `shopper` may not redeem `code`."""
    if is_self_referral(code, shopper):
        raise CheckoutRejected(
            "invalid", "You cannot use your own referral code. Share it with friends!"
        )
    if _friend_already_referred(code, shopper):
        raise CheckoutRejected(
            "voucher_not_applicable",
            "A referral discount can be used only once per customer.",
        )


NOT_NEW_CUSTOMER_MESSAGE = "The referral offer is for a first order."


def check_friend_offer(code: ReferralCode, shopper: Shopper) -> None:
    """CheckoutRejected when `shopper` may not get the friend offer of `code`.

    The one place that decides it before an order exists: applying a code to a
    checkout and inviting a friend. It adds the program's new-customer rule (one
    query) to `check_checkout_code`, which the checkout hook keeps cheap without it;
    the rule is checked again, on the paid order, when the referral qualifies.
    """
    check_checkout_code(code, shopper)
    if code.program.new_customers_only and (shopper.user_id or shopper.email):
        earlier = get_commerce().count_paid_orders(
            Customer(shopper.user_id, shopper.email),
            channel_slug=None,
            exclude_order_id="",
        )
        if earlier:
            raise CheckoutRejected("voucher_not_applicable", NOT_NEW_CUSTOMER_MESSAGE)


def _pick_code(facts: OrderFacts) -> tuple[ReferralCode, str] | None:
    """The code the order is attributed to (its voucher code first, else its link's
    code), read in one query with what attribution must know besides:
    `order_referral_id` (the order's referral, if it has one) and `friend_referred`
    (the shopper was already brought by someone in that code's program)."""
    sources = {}
    for raw, source in (
        (facts.voucher_code, ReferralSource.CODE),
        (facts.referral_code, ReferralSource.LINK),
    ):
        sources.setdefault(normalize_code(raw), source)
    sources.pop("", None)
    if not sources:
        return None
    order_referral = Referral.objects.filter(order_id=facts.order_id).values("pk")
    found = {
        code.code: code
        for code in active_codes(list(sources)).annotate(
            order_referral_id=Subquery(order_referral[:1]),
            friend_referred=Exists(
                _referrals_of_friend(facts.shopper)
                .filter(program_id=OuterRef("program_id"))
                .exclude(_not_this_codes_lead(OuterRef("pk")))
            ),
            # An open lead (sign-up, event pass) of the shopper in the code's
            # program, which `leads.attach_order` would give this order: without
            # one, attribution skips that locked lookup.
            friend_has_lead=Exists(
                _referrals_of_friend(facts.shopper).filter(
                    program_id=OuterRef("program_id"),
                    order_id__isnull=True,
                    status=ReferralStatus.PENDING,
                )
            ),
        )
    }
    for raw, source in sources.items():
        code = found.get(raw)
        if code is not None and code.program.channel_slug == facts.channel_slug:
            return code, source
    return None


def attribute_order(
    facts: OrderFacts,
    *,
    chosen: tuple[ReferralCode, str] | None = None,
    reason: str = "",
) -> Referral | None:
    """The order's referral, created pending (or rejected, with the reason) once.

    `chosen` (code, source) and `reason` replace the attribution rule and its
    record: staff attributing an order by hand.
    """
    if chosen is None and not facts.has_referral_hint():
        return None
    if chosen is None:
        picked = _pick_code(facts)
        if picked is None:  # attributed earlier, maybe with a code since disabled
            return Referral.objects.filter(order_id=facts.order_id).first()
        code, source = picked
        if code.order_referral_id is not None:
            return Referral.objects.get(pk=code.order_referral_id)
        friend_referred = code.friend_referred
        may_have_lead = code.friend_has_lead
    else:
        existing = Referral.objects.filter(order_id=facts.order_id).first()
        if existing is not None:
            return existing
        code, source = chosen
        friend_referred = _friend_already_referred(code, facts.shopper)
        may_have_lead = True
    if (
        may_have_lead
        and code.program.channel_slug == facts.channel_slug
        and (lead := leads.attach_order(facts))
    ):
        return lead  # the friend's sign-up or event lead takes the order
    now = timezone.now()
    referral = Referral(
        program=code.program,  # loaded with the code: receivers read it free
        code=code,
        campaign=registry.campaign_at(code.program, now),
        created_at=now,
        advocate_id=code.user_id,
        friend_id=facts.shopper.user_id,
        friend_email=facts.shopper.email,
        friend_email_normalized=normalize_email(facts.shopper.email),
        source=source,
        order_id=facts.order_id,
        order_number=facts.number,
        order_total=quantize(facts.total, facts.currency),
        friend_discount=friend_discount(facts, code),
        network=network_of(facts),
        currency=facts.currency,
    )
    if is_self_referral(code, facts.shopper):
        return _save_rejected(referral, "self-referral: the advocate placed the order")
    if friend_referred:
        return _save_rejected(referral, "friend was already referred")
    try:
        with transaction.atomic():
            referral.save()
            record_referral_status(
                referral,
                "",
                reason
                or f"order {facts.number} placed with code {code.code} ({source})",
            )
    except IntegrityError:
        # Another worker attributed this order, or this friend, a moment ago.
        existing = Referral.objects.filter(order_id=facts.order_id).first()
        if existing is not None:
            return existing
        referral.pk = None
        return _save_rejected(referral, "friend was already referred")
    return referral


def network_of(facts: OrderFacts) -> str:
    """The share network the order came through: a known network, `other` for
    anything else, blank when the landing page did not say."""
    raw = (facts.referral_network or "").strip().lower()
    if not raw:
        return ""
    return raw if raw in ShareNetwork.values else ShareNetwork.OTHER


def friend_discount(facts: OrderFacts, code: ReferralCode) -> Decimal:
    """What the friend's order was discounted, when it redeemed the referral code."""
    if normalize_code(facts.voucher_code) != code.code:
        return Decimal("0")
    return quantize(facts.discount, facts.currency)


def _save_rejected(referral: Referral, reason: str) -> Referral:
    referral.status = ReferralStatus.REJECTED
    referral.status_reason = reason
    try:
        with transaction.atomic():
            referral.save()
            record_referral_status(referral, "", reason)
    except IntegrityError:
        return Referral.objects.get(order_id=referral.order_id)
    return referral


def qualify_paid_order(facts: OrderFacts) -> Referral | None:
    """Check a paid order against the program rules; hold the advocate's reward."""
    if not facts.has_referral_hint():
        return None
    qualified = _qualify(facts)
    if qualified is None:  # not attributed yet: the paid event came first
        referral = attribute_order(facts)
        if referral is None or referral.status != ReferralStatus.PENDING:
            return referral
        qualified = _qualify(facts)
        if qualified is None:  # pragma: no cover - a referral is never deleted
            return referral
    referral, reward = qualified
    if reward is not None:
        rewards.schedule_release(reward)
    return referral


def _qualify(facts: OrderFacts) -> tuple[Referral, Reward | None] | None:
    """(the order's referral, the reward held now); None when the order has no
    referral."""
    with transaction.atomic():
        # The advocate's code row serializes every decision about this advocate, so
        # two friends paying at once cannot both squeeze under the cap. Found and
        # locked through the order's referral in one statement.
        order_referral = Referral.objects.filter(order_id=facts.order_id)
        code = (
            ReferralCode.objects.select_for_update(no_key=True)
            .filter(pk=Subquery(order_referral.values("code_id")))
            .first()
        )
        if code is None:
            return None
        advocate_rewards = Reward.objects.filter(
            referral=OuterRef("pk"), side=RewardSide.ADVOCATE
        )
        referral = (
            Referral.objects.select_for_update(of=("self",), no_key=True)
            .select_related("program", "campaign")
            .annotate(has_advocate_reward=Exists(advocate_rewards))
            .get(order_id=facts.order_id)
        )
        if referral.status != ReferralStatus.PENDING:
            return referral, None
        program = referral.program
        reason = _rule_failure(referral, facts)
        if reason:
            change_referral_status(referral, ReferralStatus.REJECTED, reason)
            return referral, None
        action, reasons = fraud.verdict(fraud.check(referral, program))
        if action is not None:
            referral.order_total = quantize(facts.total, facts.currency)
            to_status = (
                ReferralStatus.REJECTED if action == REJECT else ReferralStatus.FLAGGED
            )
            change_referral_status(
                referral, to_status, reasons, also_save=("order_total",)
            )
            return referral, None
        referral.order_total = quantize(facts.total, facts.currency)
        change_referral_status(
            referral,
            ReferralStatus.QUALIFIED,
            f"order {facts.number} paid; rules met",
            also_save=("order_total",),
        )
        reward = rewards.hold_advocate_reward(
            referral, program, none_yet=not referral.has_advocate_reward
        )
        return referral, reward


def _rule_failure(referral: Referral, facts: OrderFacts) -> str:
    program = referral.program
    total = quantize(facts.total, facts.currency)
    minimum = quantize(program.min_order_total, program.currency)
    if total < minimum:
        return f"order total {total} is below the minimum {minimum}"
    if program.new_customers_only:
        customer = Customer(facts.shopper.user_id, facts.shopper.email)
        earlier = get_commerce().count_paid_orders(
            customer, channel_slug=None, exclude_order_id=facts.order_id
        )
        if earlier:
            return "friend is not a new customer (has an earlier paid order)"
    cap = program.max_rewards_per_advocate
    if cap:
        counted = referrals_counting_toward_cap(
            referral.advocate_id, program.pk, exclude_referral_id=referral.pk
        )
        if counted >= cap:
            return f"advocate reached the cap of {cap} rewarded referrals"
    return ""


@dataclass(frozen=True)
class Reversal:
    referral: Referral | None
    reversed_rewards: int


def reverse_order(
    order_id: str, reason: str, *, paid_after_refund: Decimal | None = None
) -> Reversal:
    """Undo the referral of a refunded or cancelled order, visibly.

    A partial refund (`paid_after_refund` given) undoes it only when what the friend
    still paid falls below the program's minimum order total.
    """
    with transaction.atomic():
        referral = (
            Referral.objects.select_for_update(of=("self",), no_key=True)
            .select_related("program", "campaign")
            .filter(order_id=order_id)
            .first()
        )
        if referral is None or referral.status in (
            ReferralStatus.REJECTED,
            ReferralStatus.REVERSED,
        ):
            return Reversal(referral, 0)
        if paid_after_refund is not None:
            minimum = referral.program.min_order_total
            if paid_after_refund >= minimum and paid_after_refund > 0:
                return Reversal(referral, 0)
            reason = (
                f"{reason}: {format_money(paid_after_refund, referral.currency)} "
                "left paid, below the minimum order total"
            )
        count = sum(
            rewards.take_back(reward, reason)
            for reward in referral.rewards.select_for_update(no_key=True).order_by("pk")
        )
        _close(referral, reason)
        return Reversal(referral, count)


def _close(referral: Referral, reason: str) -> None:
    """After its rewards were taken back: a rewarded referral is reversed, an open
    one rejected."""
    if referral.status == ReferralStatus.REWARDED:
        change_referral_status(referral, ReferralStatus.REVERSED, reason)
    elif referral.status in OPEN_STATUSES:
        change_referral_status(referral, ReferralStatus.REJECTED, reason)


class StaffActionError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def attribute_manually(
    code: ReferralCode, facts: OrderFacts, *, source: str, actor: str
) -> Referral:
    """Staff attribute an order to an advocate ("how did you hear about us").

    All or nothing: an attribution that fails leaves no trace.
    """
    with transaction.atomic():
        if facts.channel_slug != code.program.channel_slug:
            raise StaffActionError("invalid", "The order belongs to another channel.")
        if Referral.objects.filter(order_id=facts.order_id).exists():
            raise StaffActionError("unique", "This order is already attributed.")
        if is_self_referral(code, facts.shopper):
            raise StaffActionError(
                "self_referral", "The advocate placed this order themselves."
            )
        # From now on the order carries the code, as if the friend had used the link.
        facts = replace(facts, referral_code=code.code)
        referral = attribute_order(
            facts, chosen=(code, source), reason=f"attributed by {actor} ({source})"
        )
        if referral is None or referral.status == ReferralStatus.REJECTED:
            reason = referral.status_reason if referral else "not attributable"
            raise StaffActionError("not_eligible", reason)
        if facts.total > 0 and facts.paid >= facts.total:
            referral = qualify_paid_order(facts) or referral
        return referral


def review(referral_id: int, *, approve: bool, reason: str, actor: str) -> Referral:
    """A staff decision on a referral: approve a flagged one, or reject it."""
    with transaction.atomic():
        referral = (
            Referral.objects.select_for_update(of=("self",), no_key=True)
            .select_related("program", "campaign")
            .get(pk=referral_id)
        )
        note = f"{'approved' if approve else 'rejected'} by {actor}" + (
            f": {reason}" if reason else ""
        )
        if approve:
            if referral.status != ReferralStatus.FLAGGED:
                raise StaffActionError(
                    "invalid", "Only flagged referrals wait for approval."
                )
            change_referral_status(referral, ReferralStatus.QUALIFIED, note)
            reward = rewards.hold_advocate_reward(referral, referral.program)
        else:
            if referral.status not in OPEN_STATUSES:
                raise StaffActionError(
                    "invalid",
                    f"A {referral.status} referral cannot be rejected; revoke its "
                    "reward instead.",
                )
            for held in referral.rewards.select_for_update(no_key=True).filter(
                status=RewardStatus.HELD
            ):
                rewards.cancel(held, note)
            change_referral_status(referral, ReferralStatus.REJECTED, note)
            return referral
    rewards.schedule_release(reward)
    return referral


def revoke_reward(reward_id: int, *, reason: str, actor: str) -> Reward:
    """Staff take a reward back: cancel it while held, revoke it once issued."""
    note = f"revoked by {actor}: {reason}"
    with transaction.atomic():
        referral, reward = rewards.lock(reward_id)
        if not rewards.take_back(reward, note):
            raise StaffActionError(
                "invalid", f"A {reward.status} reward cannot be revoked."
            )
        if referral is not None:
            _close(referral, note)
        return reward
