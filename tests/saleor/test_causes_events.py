"""Causes and events inside real Saleor, through its own /graphql/."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from datetime import timedelta
from decimal import Decimal

import graphene
from django.utils import timezone
from saleor.core.db.connection import allow_writer
from saleor.giftcard.models import GiftCard
from saleor.graphql.tests.fixtures import ApiClient
from saleor.graphql.tests.utils import get_graphql_content
from saleor.order import OrderChargeStatus
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.causes.models import Cause
from saleor_referrals.events.models import EventPass
from saleor_referrals.models import (
    Referral,
    ReferralSource,
    ReferralStatus,
    Reward,
    RewardKind,
    RewardStatus,
    StoreCreditWallet,
)

EVENT_CREATE = """
mutation create($channel: String!, $input: ReferralEventInput!) {
  referralEventCreate(channel: $channel, input: $input) {
    event { id } errors { field code message }
  }
}
"""
PROFILE_EVENTS = """
query profile($channel: String!) {
  referralProfile(channel: $channel) { events { passes { code } } }
}
"""
REDEEM = """
mutation redeem($channel: String!, $code: String!, $email: String!) {
  referralEventPassRedeem(channel: $channel, code: $code, email: $email) {
    event { seatsLeft } errors { field code message }
  }
}
"""
CAUSE_CREATE = """
mutation create($channel: String!, $input: ReferralCauseInput!) {
  referralCauseCreate(channel: $channel, input: $input) {
    cause { id } errors { field code message }
  }
}
"""
CAUSES = """
query causes($channel: String!) {
  referralCauses(channel: $channel) { name raised { amount currency } progress }
  shop { name }
}
"""
DONATE = """
mutation donate($id: ID!, $cause: ID!) {
  referralRewardDonate(id: $id, cause: $cause) {
    donation { status } errors { field code message }
  }
}
"""


def paid_order(friend_order, user, voucher_code=None):
    order = friend_order(user)
    order.voucher_code = voucher_code
    order.charge_status = OrderChargeStatus.FULL
    order.total_gross_amount = order.total_net_amount = Decimal("80.00")
    order.total_charged_amount = Decimal("80.00")
    order.save()
    return order


def deliver_paid(order, capture):
    manager = get_plugins_manager(allow_replica=False)
    with capture(execute=True):
        manager.order_fully_paid(order)


def test_a_friend_who_redeemed_a_pass_and_pays_converts(
    advocate_code,
    customer_user,
    user_api_client,
    api_client,
    staff_api_client,
    permission_manage_discounts,
    channel_USD,
    friend,
    friend_order,
    django_capture_on_commit_callbacks,
):
    staff_api_client.user.user_permissions.add(permission_manage_discounts)
    with django_capture_on_commit_callbacks(execute=True):
        created = get_graphql_content(
            staff_api_client.post_graphql(
                EVENT_CREATE,
                {
                    "channel": channel_USD.slug,
                    "input": {
                        "name": "Launch night",
                        "startsAt": (timezone.now() + timedelta(days=5)).isoformat(),
                        "capacity": 10,
                        "guestPassesPerMember": 1,
                    },
                },
            )
        )["data"]["referralEventCreate"]
    assert created["errors"] == []
    profile = get_graphql_content(
        user_api_client.post_graphql(PROFILE_EVENTS, {"channel": channel_USD.slug})
    )["data"]["referralProfile"]
    [code] = [p["code"] for e in profile["events"] for p in e["passes"]]
    redeemed = get_graphql_content(
        api_client.post_graphql(
            REDEEM, {"channel": channel_USD.slug, "code": code, "email": friend.email}
        )
    )["data"]["referralEventPassRedeem"]
    assert redeemed == {"event": {"seatsLeft": 9}, "errors": []}
    lead = Referral.objects.get()
    assert lead.source == ReferralSource.EVENT and lead.advocate == customer_user

    # The friend's order carries no code at all: the lead converts it.
    order = paid_order(friend_order, friend)
    deliver_paid(order, django_capture_on_commit_callbacks)
    lead.refresh_from_db()
    assert lead.order_id == str(order.pk)
    assert lead.status == ReferralStatus.REWARDED
    assert EventPass.objects.get().referral == lead


def test_an_over_long_guest_email_is_refused_with_a_code(
    advocate_code, api_client, channel_USD
):
    """Public mutation: an e-mail Django's validator accepts (under 320
    characters) but no e-mail column holds answers INVALID on `email`, no 500."""
    from saleor_referrals.events import passes
    from saleor_referrals.events.models import Event

    with allow_writer():
        event = Event.objects.create(
            program=advocate_code.program,
            name="Launch night",
            starts_at=timezone.now() + timedelta(days=5),
            capacity=5,
            guest_passes_per_member=1,
        )
        passes.invite_members(event.pk)
    code = EventPass.objects.get().code
    email = "g" * 64 + "@" + ".".join(["example" * 8] * 4) + ".com"
    assert len(email) > 254
    response = api_client.post_graphql(
        REDEEM, {"channel": channel_USD.slug, "code": code, "email": email}
    )
    assert response.status_code == 200
    redeemed = get_graphql_content(response)["data"]["referralEventPassRedeem"]
    assert redeemed["event"] is None
    assert [(e["field"], e["code"]) for e in redeemed["errors"]] == [
        ("email", "INVALID")
    ]
    assert EventPass.objects.get().redeemed_at is None
    assert not Referral.objects.exists()


def test_program_donation_public_totals_and_donating_store_credit(
    configure,
    advocate_code,
    customer_user,
    user_api_client,
    api_client,
    staff_api_client,
    permission_manage_discounts,
    channel_USD,
    friend,
    friend_order,
    django_capture_on_commit_callbacks,
):
    assert configure(advocate_reward_type="store_credit")["errors"] == []
    staff_api_client.user.user_permissions.add(permission_manage_discounts)
    created = get_graphql_content(
        staff_api_client.post_graphql(
            CAUSE_CREATE,
            {
                "channel": channel_USD.slug,
                "input": {"name": "Rivers", "goal": 100, "donatePerReferral": 2},
            },
        )
    )["data"]["referralCauseCreate"]
    assert created["errors"] == []

    order = paid_order(friend_order, friend, voucher_code=advocate_code.code)
    deliver_paid(order, django_capture_on_commit_callbacks)
    donation = Reward.objects.get(kind=RewardKind.DONATION)
    assert donation.status == RewardStatus.ISSUED

    causes = get_graphql_content(
        ApiClient(user=None).post_graphql(CAUSES, {"channel": channel_USD.slug})
    )["data"]
    assert causes["referralCauses"] == [
        {
            "name": "Rivers",
            "raised": {"amount": 2.0, "currency": "USD"},
            "progress": 0.02,
        }
    ]
    assert causes["shop"]["name"]

    # The advocate gives their issued store credit to the cause.
    reward = Reward.objects.get(kind=RewardKind.STORE_CREDIT)
    card = GiftCard.objects.get(
        pk=StoreCreditWallet.objects.get(user=customer_user).gift_card_id
    )
    assert card.current_balance_amount == Decimal("20.00")
    with django_capture_on_commit_callbacks(execute=True):
        result = get_graphql_content(
            user_api_client.post_graphql(
                DONATE,
                {
                    "id": graphene.Node.to_global_id("ReferralReward", reward.pk),
                    "cause": graphene.Node.to_global_id(
                        "ReferralCause", Cause.objects.get().pk
                    ),
                },
            )
        )["data"]["referralRewardDonate"]
    assert result["errors"] == []
    card.refresh_from_db()
    assert card.current_balance_amount == Decimal("0.00")
    with allow_writer():
        assert Reward.objects.filter(kind=RewardKind.DONATION).count() == 2
