"""Fraud rules on Saleor's own addresses, and the staff review queue over /graphql/."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from decimal import Decimal

import graphene
from saleor.core.db.connection import allow_writer
from saleor.graphql.tests.utils import get_graphql_content
from saleor.order import OrderChargeStatus

from saleor_referrals import referrals
from saleor_referrals.commerce.saleor_adapter import saleor_order_facts
from saleor_referrals.models import Referral, ReferralStatus, RewardStatus

REVIEW = """
mutation review($id: ID!) {
  referralReview(id: $id, decision: APPROVE, reason: "checked: roommates") {
    referral { status statusReason } errors { field code message }
  }
}
"""


def test_order_to_the_advocates_address_waits_for_review(
    advocate_code,
    friend,
    order_generator,
    staff_api_client,
    permission_group_manage_discounts,
    django_capture_on_commit_callbacks,
):
    # order_generator ships to a copy of the advocate's (customer_user's) address.
    order = order_generator(user=friend, user_email=friend.email)
    order.voucher_code = advocate_code.code
    order.charge_status = OrderChargeStatus.FULL
    order.total_gross_amount = order.total_charged_amount = Decimal("60.00")
    order.save()
    with allow_writer(), django_capture_on_commit_callbacks(execute=True):
        referrals.qualify_paid_order(saleor_order_facts(order))
    referral = Referral.objects.get()
    assert referral.status == ReferralStatus.FLAGGED
    assert "advocate's addresses" in referral.status_reason
    assert not referral.rewards.exists()

    permission_group_manage_discounts.user_set.add(staff_api_client.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_api_client.post_graphql(
            REVIEW, {"id": graphene.Node.to_global_id("Referral", referral.pk)}
        )
    payload = get_graphql_content(response)["data"]["referralReview"]
    assert payload["errors"] == []
    assert payload["referral"]["status"] == "QUALIFIED"
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.REWARDED  # hold 0: released on commit
    assert referral.rewards.get().status == RewardStatus.ISSUED
