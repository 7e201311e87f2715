"""`referralProfile` tells the advocate what is theirs (issue 23, point 5):
`stats.earned` without donations made on their behalf (`stats.donated`), the
reward they get now (`advocateReward`: campaign, tier, cap; `rewardsLeft`), and
their own store-credit card (`storeCredit`)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from saleor_referrals.causes.models import Cause
from saleor_referrals.commerce import get_commerce
from saleor_referrals.models import StoreCreditWallet

from .conftest import CHANNEL
from .test_graphql import clear_throttles, data, gql  # noqa: F401
from .tiers_helpers import add_tier, converting, gold

PROFILE = """
query($channel: String!) {
  referralProfile(channel: $channel) {
    stats { earned { amount currency } donated { amount currency } }
    advocateReward { type amount { amount currency } }
    rewardsLeft
    storeCredit { code balance { amount currency } }
    memberDiscountCode
    program { advocateReward { amount { amount } } }
  }
}
"""


@pytest.fixture
def program_settings(program_settings):
    return {
        **program_settings,
        "advocate_reward_type": "store_credit",
        "advocate_reward_value": "10",
        "max_rewards_per_advocate": "3",
    }


def test_earned_is_the_advocates_own_and_the_reward_is_their_tiers(
    gql,  # noqa: F811
    program,
    advocate,
    friend,
    order_facts,
    django_capture_on_commit_callbacks,
):
    add_tier(
        program,
        gold(
            min_referrals=1,
            reward_multiplier=Decimal("1.5"),
            member_discount_percent=Decimal("5"),
        ),
    )
    Cause.objects.create(
        program=program, name="Trees", donate_per_referral=Decimal("2")
    )
    profile = data(gql(PROFILE, {"channel": CHANNEL}, advocate))["referralProfile"]
    assert profile["advocateReward"]["amount"]["amount"] == 10.0
    assert profile["rewardsLeft"] == 3
    assert profile["storeCredit"] is None

    convert = converting(
        order_facts, program, advocate, django_capture_on_commit_callbacks
    )
    convert(2)
    StoreCreditWallet.objects.create(user=friend, currency="USD", gift_card_id="x")
    profile = data(gql(PROFILE, {"channel": CHANNEL}, advocate))["referralProfile"]
    # First friend at the base $10, second as Gold: $15; $2 + $2 to the cause.
    assert profile["stats"]["earned"] == {"amount": 25.0, "currency": "USD"}
    assert profile["stats"]["donated"] == {"amount": 4.0, "currency": "USD"}
    assert profile["advocateReward"] == {
        "type": "STORE_CREDIT",
        "amount": {"amount": 15.0, "currency": "USD"},
    }
    assert profile["program"]["advocateReward"]["amount"]["amount"] == 10.0
    assert profile["rewardsLeft"] == 1
    wallet = StoreCreditWallet.objects.get(user=advocate)
    card = get_commerce().wallet_card(wallet.gift_card_id)
    assert profile["storeCredit"] == {
        "code": card.code,
        "balance": {"amount": 25.0, "currency": "USD"},
    }
    assert card.code.endswith("CRDT")
    assert profile["memberDiscountCode"]

    convert(1)
    profile = data(gql(PROFILE, {"channel": CHANNEL}, advocate))["referralProfile"]
    assert profile["rewardsLeft"] == 0
    assert profile["advocateReward"]["amount"]["amount"] == 0.0
