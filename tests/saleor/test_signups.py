"""Sign-ups through Saleor's own accountRegister, and the lead's later order."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from decimal import Decimal

from django.test import override_settings
from saleor.account.models import User
from saleor.giftcard.models import GiftCard
from saleor.graphql.tests.utils import get_graphql_content
from saleor.order import OrderChargeStatus
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.models import (
    Referral,
    ReferralSource,
    ReferralStatus,
    Reward,
    RewardStatus,
    StoreCreditWallet,
)

REGISTER = """
mutation register($input: AccountRegisterInput!) {
  accountRegister(input: $input) { errors { field message code } }
}
"""


def register(api_client, channel, email: str, code: str):
    response = api_client.post_graphql(
        REGISTER,
        {
            "input": {
                "email": email,
                "password": "Str0ng-Passw0rd!",
                "redirectUrl": "http://localhost:3000",
                "channel": channel.slug,
                "metadata": [{"key": "referral_code", "value": code}],
            }
        },
    )
    return get_graphql_content(response)["data"]["accountRegister"]


@override_settings(ALLOWED_CLIENT_HOSTS=["localhost"])
def test_the_advocate_registering_again_with_their_code_is_one_rejected_row(
    configure,
    advocate_code,
    api_client,
    channel_USD,
    customer_user,
    django_capture_on_commit_callbacks,
):
    """accountRegister with the advocate's own address (+tag) and code: one
    rejected referral, with its reason, and no sign-up credit."""
    assert configure(signup_reward_value="3")["errors"] == []
    local, domain = customer_user.email.split("@")
    with django_capture_on_commit_callbacks(execute=True):
        result = register(
            api_client, channel_USD, f"{local}+again@{domain}", advocate_code.code
        )
        # Any later save of the new account within the sign-up window (Saleor's
        # own, a staff edit) hands the sign-up over again.
        User.objects.get(email=f"{local}+again@{domain}").save()
    assert result["errors"] == []
    referral = Referral.objects.get()
    assert referral.status == ReferralStatus.REJECTED
    assert referral.status_reason.startswith("self-referral")
    assert not Reward.objects.exists()


@override_settings(ALLOWED_CLIENT_HOSTS=["localhost"])
def test_account_register_with_a_code_attributes_and_pays_the_signup_credit(
    configure,
    advocate_code,
    api_client,
    channel_USD,
    customer_user,
    django_capture_on_commit_callbacks,
):
    assert configure(signup_reward_value="3")["errors"] == []
    with django_capture_on_commit_callbacks(execute=True):
        result = register(
            api_client, channel_USD, "newfriend@example.com", advocate_code.code.lower()
        )
    assert result["errors"] == []
    friend = User.objects.get(email="newfriend@example.com")
    referral = Referral.objects.get()
    assert referral.source == ReferralSource.SIGNUP
    assert referral.friend == friend and referral.advocate == customer_user
    assert referral.status == ReferralStatus.PENDING
    # hold_days is 0 in these tests: the credit is issued at once.
    reward = Reward.objects.get()
    assert reward.status == RewardStatus.ISSUED
    wallet = StoreCreditWallet.objects.get(user=customer_user)
    card = GiftCard.objects.get(pk=wallet.gift_card_id)
    assert card.current_balance_amount == Decimal("3.00")


@override_settings(ALLOWED_CLIENT_HOSTS=["localhost"])
def test_signed_up_friend_converts_with_a_paid_order_without_a_code(
    configure,
    advocate_code,
    api_client,
    channel_USD,
    friend_order,
    django_capture_on_commit_callbacks,
):
    assert configure()["errors"] == []
    with django_capture_on_commit_callbacks(execute=True):
        register(api_client, channel_USD, "newfriend@example.com", advocate_code.code)
    friend = User.objects.get(email="newfriend@example.com")
    order = friend_order(friend)
    order.charge_status = OrderChargeStatus.FULL
    order.total_gross_amount = order.total_net_amount = Decimal("80.00")
    order.total_charged_amount = Decimal("80.00")
    order.save()
    manager = get_plugins_manager(allow_replica=False)
    with django_capture_on_commit_callbacks(execute=True):
        manager.order_fully_paid(order)
    referral = Referral.objects.get()
    assert referral.order_id == str(order.pk)
    assert referral.status == ReferralStatus.REWARDED
    assert Reward.objects.get(referral=referral).status == RewardStatus.ISSUED


@override_settings(ALLOWED_CLIENT_HOSTS=["localhost"])
def test_deleting_the_account_within_the_hold_cancels_the_signup_credit(
    configure,
    advocate_code,
    api_client,
    channel_USD,
    django_capture_on_commit_callbacks,
):
    assert configure(signup_reward_value="3", hold_days="7")["errors"] == []
    with django_capture_on_commit_callbacks(execute=True):
        register(api_client, channel_USD, "newfriend@example.com", advocate_code.code)
    assert Reward.objects.get().status == RewardStatus.HELD
    User.objects.get(email="newfriend@example.com").delete()
    reward = Reward.objects.get()
    assert reward.status == RewardStatus.CANCELLED
    assert Referral.objects.get().friend_email == ""
