"""Deleting a customer in Saleor anonymizes their referral records."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

import graphene
from saleor.core.db.connection import allow_writer
from saleor.discount.models import VoucherCode
from saleor.graphql.tests.utils import get_graphql_content

from saleor_referrals import referrals
from saleor_referrals.commerce.saleor_adapter import saleor_order_facts
from saleor_referrals.models import Referral, ReferralCode

CUSTOMER_DELETE = """
mutation remove($id: ID!) { customerDelete(id: $id) { errors { field code message } } }
"""


@pytest.mark.parametrize("who", ["advocate", "friend"])
def test_customer_delete_anonymizes_referrals(
    who,
    advocate_code,
    friend,
    friend_order,
    staff_api_client,
    permission_manage_users,
):
    order = friend_order(friend)
    order.voucher_code = advocate_code.code
    order.save()
    with allow_writer():
        referrals.attribute_order(saleor_order_facts(order))
    user = advocate_code.user if who == "advocate" else friend
    response = staff_api_client.post_graphql(
        CUSTOMER_DELETE,
        {"id": graphene.Node.to_global_id("User", user.pk)},
        permissions=[permission_manage_users],
    )
    assert get_graphql_content(response)["data"]["customerDelete"]["errors"] == []
    referral = Referral.objects.get()
    if who == "friend":
        assert referral.friend is None
        assert referral.friend_email == ""
    else:
        code = ReferralCode.objects.get()
        assert code.user is None and not code.is_active
        assert not VoucherCode.objects.filter(
            code__in=[code.code, code.code.lower()], is_active=True
        ).exists()
        assert referral.advocate is None
