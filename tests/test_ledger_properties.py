"""Random event sequences against the ledger invariants (Hypothesis state machine).

Events arrive in any order and any number of times: orders with codes, paid events
(also duplicated), releases before and after the hold, refunds, cancellations, partial
refunds, customers spending their store credit. After every step:
- for every wallet, issued minus revoked store credit equals the gift card's balance
  change (current balance plus what the customer spent);
- every issued reward points at the shop object that carries it, and every reward
  object in the shop belongs to exactly one ledger row;
- at most one advocate reward per referral, never a reward for a rejected referral
  that was not first reversed or cancelled.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from saleor_referrals import referrals, rewards
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.commerce import get_commerce
from saleor_referrals.commerce.memory import MemoryOrder
from saleor_referrals.config import parse
from saleor_referrals.facts import OrderFacts, Shopper
from saleor_referrals.models import (
    Referral,
    ReferralStatus,
    Reward,
    RewardKind,
    RewardStatus,
    StoreCreditWallet,
)
from saleor_referrals.programs import sync_program

from .conftest import CHANNEL, make_user

REACHED: Counter[str] = Counter()
EXAMPLES = int(__import__("os").environ.get("LEDGER_EXAMPLES", "1000"))
STEPS = 20
ADVOCATES = 3


class LedgerMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()
        self.shop = get_commerce()
        self.shop.reset()
        self.shop.add_channel(CHANNEL, "USD")
        self.orders: list[OrderFacts] = []
        self.spent: dict[str, Decimal] = {}
        self.users = 0

    @initialize(
        reward_type=st.sampled_from(["voucher", "store_credit"]),
        hold_days=st.sampled_from(["0", "3"]),
        new_customers_only=st.booleans(),
        cap=st.sampled_from(["0", "2"]),
    )
    def configure(self, reward_type, hold_days, new_customers_only, cap):
        self.program = sync_program(
            channel_slug=CHANNEL,
            currency="USD",
            settings=parse(
                {
                    "advocate_reward_type": reward_type,
                    "advocate_reward_value": "12.50",
                    "min_order_total": "20",
                    "hold_days": hold_days,
                    "new_customers_only": new_customers_only,
                    "max_rewards_per_advocate": cap,
                }
            ),
            active=True,
        )
        self.codes = [
            get_or_create_code(self.program, self._user()) for _ in range(ADVOCATES)
        ]

    def _user(self):
        self.users += 1
        return make_user(f"user{self.users}@example.com")

    @rule(
        advocate=st.integers(0, ADVOCATES - 1),
        total=st.sampled_from(["10.00", "20.00", "75.50", "75.50"]),
        via_link=st.booleans(),
        # Mostly genuine new friends; sometimes the cases that must be refused.
        returning_friend=st.sampled_from([False, False, False, True]),
        self_referral=st.sampled_from([False, False, False, False, True]),
    )
    def friend_orders(self, advocate, total, via_link, returning_friend, self_referral):
        code = self.codes[advocate]
        if self_referral:
            friend_id, email = code.user_id, code.user.email
        elif returning_friend and self.orders:
            friend_id, email = (
                self.orders[-1].shopper.user_id,
                self.orders[-1].shopper.email,
            )
        else:
            user = self._user()
            friend_id, email = user.pk, user.email
        number = len(self.orders) + 1
        facts = OrderFacts(
            order_id=f"order-{number}",
            number=str(number),
            channel_slug=CHANNEL,
            currency="USD",
            total=Decimal(total),
            paid=Decimal(total),
            shopper=Shopper(friend_id, email),
            voucher_code="" if via_link else code.code,
            referral_code=code.code if via_link else "",
        )
        self.shop.add_order(MemoryOrder(facts.order_id, friend_id, email, CHANNEL))
        self.orders.append(facts)
        referrals.attribute_order(facts)

    def _deliver(self, work):
        # What a worker does: run the task; on-commit releases run as in production.
        with transaction.atomic():
            work()

    @precondition(lambda self: self.orders)
    @rule(index=st.integers(0, 50), times=st.integers(1, 3))
    def order_paid(self, index, times):
        facts = self.orders[index % len(self.orders)]
        for _ in range(times):
            self._deliver(lambda: referrals.qualify_paid_order(facts))
        self._release_due()

    @precondition(lambda self: self.orders)
    @rule(
        index=st.integers(0, 50),
        reason=st.sampled_from(["order cancelled", "order fully refunded"]),
    )
    def order_undone(self, index, reason):
        facts = self.orders[index % len(self.orders)]
        self._deliver(lambda: referrals.reverse_order(facts.order_id, reason))

    @precondition(lambda self: self.orders)
    @rule(index=st.integers(0, 50), left=st.sampled_from(["0", "5.00", "60.00"]))
    def order_partly_refunded(self, index, left):
        facts = self.orders[index % len(self.orders)]
        self._deliver(
            lambda: referrals.reverse_order(
                facts.order_id,
                "order partially refunded",
                paid_after_refund=Decimal(left),
            )
        )

    @rule()
    def hold_period_passes(self):
        Reward.objects.filter(status=RewardStatus.HELD).update(
            release_at=timezone.now() - timedelta(seconds=1)
        )
        self._release_due()

    @rule(times=st.integers(1, 2))
    def sweep_runs(self, times):
        for _ in range(times):
            self._release_due()

    def _release_due(self):
        for reward_id in rewards.due_reward_ids():
            self._deliver(lambda reward_id=reward_id: rewards.release(reward_id))

    @precondition(lambda self: StoreCreditWallet.objects.exists())
    @rule(fraction=st.sampled_from([Decimal("0.5"), Decimal("1")]))
    def customer_spends_credit(self, fraction):
        for wallet in StoreCreditWallet.objects.all():
            balance = self.shop.wallet_balance(wallet.gift_card_id)
            amount = (balance * fraction).quantize(Decimal("0.01"))
            if amount:
                self.shop.spend_gift_card(wallet.gift_card_id, amount)
                self.spent[wallet.gift_card_id] = (
                    self.spent.get(wallet.gift_card_id, Decimal(0)) + amount
                )

    @invariant()
    def wallets_match_the_ledger(self):
        for wallet in StoreCreditWallet.objects.all():
            card = wallet.gift_card_id
            credited = sum(
                (
                    reward.amount - reward.revoked_amount
                    for reward in Reward.objects.filter(
                        gift_card_id=card,
                        status__in=(RewardStatus.ISSUED, RewardStatus.REVOKED),
                    )
                ),
                Decimal(0),
            )
            change = self.shop.wallet_balance(card) + self.spent.get(card, Decimal(0))
            assert credited == change, (credited, change)
            assert self.shop.wallet_balance(card) >= 0

    @invariant()
    def issued_rewards_point_at_their_shop_objects(self):
        for reward in Reward.objects.filter(
            status__in=(RewardStatus.ISSUED, RewardStatus.REVOKED)
        ):
            if reward.kind == RewardKind.VOUCHER:
                assert reward.voucher_id in self.shop.vouchers
                assert self.shop.vouchers[reward.voucher_id].key == (
                    reward.idempotency_key
                )
            else:
                keys = [
                    e["key"] for e in self.shop.gift_cards[reward.gift_card_id].events
                ]
                assert reward.idempotency_key in keys

    @invariant()
    def every_shop_object_has_one_ledger_row(self):
        reward_vouchers = [v for v in self.shop.vouchers.values() if v.single_use]
        ledger_vouchers = list(
            Reward.objects.exclude(voucher_id="").values_list("voucher_id", flat=True)
        )
        assert sorted(v.id for v in reward_vouchers) == sorted(ledger_vouchers)
        credit_keys = [
            event["key"]
            for card in self.shop.gift_cards.values()
            for event in card.events
            if not event["key"].endswith(":revoke")
        ]
        assert len(credit_keys) == len(set(credit_keys))
        ledger_keys = set(
            Reward.objects.exclude(gift_card_id="").values_list(
                "idempotency_key", flat=True
            )
        )
        assert set(credit_keys) == ledger_keys

    @invariant()
    def one_reward_per_referral_and_only_for_converted_ones(self):
        for referral in Referral.objects.prefetch_related("rewards"):
            rewards_of = list(referral.rewards.all())
            assert len(rewards_of) <= 1
            for reward in rewards_of:
                if reward.status == RewardStatus.ISSUED:
                    assert referral.status == ReferralStatus.REWARDED
                if referral.status == ReferralStatus.REJECTED:
                    assert reward.status == RewardStatus.CANCELLED

    def teardown(self):
        REACHED["sequences"] += 1
        for status in Reward.objects.values_list("status", flat=True):
            REACHED[f"reward {status}"] += 1
        for status, reason in Referral.objects.values_list("status", "status_reason"):
            REACHED[f"referral {status}"] += 1
            if status == ReferralStatus.REJECTED:
                REACHED[f"rejected: {reason[:30]}"] += 1
        REACHED["shortfalls"] += Reward.objects.filter(shortfall_amount__gt=0).count()
        transaction.set_rollback(True)
        self.atomic.__exit__(None, None, None)


@pytest.mark.django_db
def test_ledger_invariants_hold_for_random_event_sequences(commerce):
    machine = LedgerMachine.TestCase
    machine.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=STEPS,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    machine().runTest()
    print(dict(REACHED))
    assert REACHED["sequences"] >= EXAMPLES
    if EXAMPLES < 1000:  # a quick local run (LEDGER_EXAMPLES) proves less
        return
    # The sequences reached every interesting state, not only the easy ones.
    for state in (
        "reward issued",
        "reward revoked",
        "reward cancelled",
        "referral rewarded",
        "referral reversed",
        "referral rejected",
        "shortfalls",
    ):
        assert REACHED[state] > 0, (state, dict(REACHED))
