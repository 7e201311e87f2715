"""Campaigns inside real Saleor: the friend gets the campaign's offer at
checkoutComplete during the window, and the program's offer after it."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone
from saleor.core.db.connection import allow_writer
from saleor.discount.models import Voucher, VoucherChannelListing
from saleor.graphql.core.utils import to_global_id_or_none
from saleor.graphql.tests.utils import get_graphql_content
from saleor.order.models import Order

from saleor_referrals.campaigns import switch
from saleor_referrals.campaigns.models import Campaign, CampaignState
from saleor_referrals.campaigns.tasks import switch_campaigns_task
from saleor_referrals.models import Referral, Reward

CAMPAIGN_CREATE = """
mutation create($channel: String!, $input: ReferralCampaignInput!) {
  referralCampaignCreate(channel: $channel, input: $input) {
    campaign { id state }
    errors { field code message }
  }
}
"""
ADD_PROMO_CODE = """
mutation addPromoCode($id: ID!, $code: String!) {
  checkoutAddPromoCode(id: $id, promoCode: $code) {
    checkout { discount { amount } subtotalPrice { gross { amount } } }
    errors { field message code }
  }
}
"""
LANDING = """
query landing($channel: String!) {
  referralProgram(channel: $channel) {
    friendOffer { value } campaign { name title }
  }
  shop { name }
}
"""


@pytest.fixture
def campaign(
    program, staff_api_client, permission_manage_discounts, channel_USD
) -> Campaign:
    """A live 30% campaign with a doubled advocate reward, created through
    Saleor's /graphql/ and switched on by the beat task."""
    staff_api_client.user.user_permissions.add(permission_manage_discounts)
    now = timezone.now()
    response = staff_api_client.post_graphql(
        CAMPAIGN_CREATE,
        {
            "channel": channel_USD.slug,
            "input": {
                "name": "Nowruz",
                "copy": [{"language": "en", "title": "Nowruz gift"}],
                "startsAt": (now - timedelta(minutes=1)).isoformat(),
                "endsAt": (now + timedelta(hours=1)).isoformat(),
                "friendOffer": {"type": "PERCENTAGE", "value": 30},
                "advocateReward": {"multiplier": 2},
            },
        },
    )
    payload = get_graphql_content(response)["data"]["referralCampaignCreate"]
    assert payload["errors"] == []
    assert switch_campaigns_task.delay().get() == 1
    return Campaign.objects.get()


def listing(program) -> VoucherChannelListing:
    return VoucherChannelListing.objects.get(voucher_id=program.friend_voucher_id)


def voucher_share(applied: dict) -> Decimal:
    checkout = applied["checkout"]
    discount = Decimal(str(checkout["discount"]["amount"]))
    subtotal = Decimal(str(checkout["subtotalPrice"]["gross"]["amount"]))
    return (discount / (subtotal + discount)).quantize(Decimal("0.01"))


def add_code(client, checkout, code) -> dict:
    response = client.post_graphql(
        ADD_PROMO_CODE, {"id": to_global_id_or_none(checkout), "code": code}
    )
    applied = get_graphql_content(response)["data"]["checkoutAddPromoCode"]
    assert applied["errors"] == []
    return applied


def order_discount_share(order: Order) -> Decimal:
    discount = order.discounts.get(voucher_id=order.voucher_id)
    return (
        discount.amount_value
        / (order.undiscounted_total_gross_amount - order.shipping_price_gross_amount)
    ).quantize(Decimal("0.01"))


def test_campaign_offer_is_the_discount_at_checkout_complete_in_the_window(
    campaign,
    program,
    advocate_code,
    friend_client,
    ready_checkout,
    pay_and_complete,
    api_client,
    channel_USD,
):
    assert campaign.state == CampaignState.LIVE
    assert listing(program).discount_value == Decimal("30")
    landing = get_graphql_content(
        api_client.post_graphql(LANDING, {"channel": channel_USD.slug})
    )["data"]
    assert landing["referralProgram"] == {
        "friendOffer": {"value": 30.0},
        "campaign": {"name": "Nowruz", "title": "Nowruz gift"},
    }

    assert voucher_share(
        add_code(friend_client, ready_checkout, advocate_code.code)
    ) == (Decimal("0.30"))
    completed = pay_and_complete(friend_client, ready_checkout)
    assert completed["errors"] == []
    order = Order.objects.get(number=completed["order"]["number"])
    assert order_discount_share(order) == Decimal("0.30")

    referral = Referral.objects.get()
    assert referral.campaign_id == campaign.pk
    assert Reward.objects.get(referral=referral).amount == Decimal("40.00")


def test_after_the_end_checkout_complete_gives_the_program_offer(
    campaign,
    program,
    advocate_code,
    friend_client,
    ready_checkout,
    pay_and_complete,
):
    # The friend applied the code during the campaign ...
    assert voucher_share(
        add_code(friend_client, ready_checkout, advocate_code.code)
    ) == (Decimal("0.30"))
    # ... the campaign ends (its window is cut short to now) and the beat task
    # switches the voucher back, recomputing open checkouts' discounts ...
    Campaign.objects.filter(pk=campaign.pk).update(ends_at=timezone.now())
    assert switch_campaigns_task.delay().get() == 1
    assert listing(program).discount_value == Decimal("15")
    name = Voucher.objects.get(pk=program.friend_voucher_id).name
    assert f"({program.channel_slug})" in name and "campaign" not in name
    # ... so the friend completes with the program's offer.
    completed = pay_and_complete(friend_client, ready_checkout)
    assert completed["errors"] == []
    order = Order.objects.get(number=completed["order"]["number"])
    assert order_discount_share(order) == Decimal("0.15")
    referral = Referral.objects.get()
    # Attributed after the end (the order was placed after it): the program reward.
    assert referral.campaign_id is None
    assert Reward.objects.get(referral=referral).amount == Decimal("20.00")


def test_saving_plugin_settings_during_a_campaign_keeps_its_offer(
    campaign, program, configure
):
    assert configure(friend_discount_value="12")["errors"] == []
    assert listing(program).discount_value == Decimal("30")
    with allow_writer():
        switch.switch_all(now=campaign.ends_at)
    assert listing(program).discount_value == Decimal("12")
