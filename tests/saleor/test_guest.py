"""A friend who is not signed in, through Saleor's real /graphql/ (Saleor hands
anonymous requests a lazy object around None as `info.context.user`)."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from saleor.core.db.connection import allow_writer
from saleor.graphql.core.utils import to_global_id_or_none
from saleor.graphql.tests.utils import get_graphql_content

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.models import (
    Referral,
    ReferralSource,
    ReferralStatus,
    ReferralVisit,
    RewardStatus,
)

APPLY = """
mutation apply($id: ID!, $code: String!) {
  checkoutReferralCodeApply(id: $id, code: $code) {
    voucherCode
    checkout { voucherCode discount { amount } }
    errors { field code message }
  }
}
"""
PROGRAM = """
query program($channel: String!, $code: String) {
  referralProgram(channel: $channel, code: $code) {
    isActive code advocateName friendOffer { type value }
  }
}
"""
VISIT = """
mutation visit($channel: String!, $code: String!) {
  referralVisitTrack(channel: $channel, code: $code, network: WHATSAPP) {
    errors { field code message }
  }
}
"""
SIGNED_IN_ONLY = [
    """query($channel: String!) { referralProfile(channel: $channel) {
        code referrals(first: 5) { totalCount } } }""",
    """mutation($channel: String!) { referralCodeCreate(channel: $channel) {
        code errors { code } } }""",
    """mutation($channel: String!) { referralInvite(channel: $channel,
        emails: ["friend@example.org"]) { invited errors { code } } }""",
]
STAFF_ONLY = [
    "query($channel: String!) { referrals(channel: $channel) { totalCount } }",
    "query($channel: String!) { referralRewards(channel: $channel) { totalCount } }",
    """query($channel: String!) { referralProgramSummary(channel: $channel) {
        pending } }""",
]


def mixed_case(code: str) -> str:
    return "".join(
        char.lower() if index % 2 else char for index, char in enumerate(code)
    )


def apply(client, checkout, code: str) -> dict:
    response = client.post_graphql(
        APPLY, {"id": to_global_id_or_none(checkout), "code": code}
    )
    return get_graphql_content(response)["data"]["checkoutReferralCodeApply"]


def test_guest_applies_a_code_then_buys_and_the_advocate_is_rewarded(
    advocate_code, api_client, guest_checkout, pay_and_complete
):
    checkout = guest_checkout("new.friend@example.org")
    applied = apply(api_client, checkout, mixed_case(advocate_code.code))
    assert applied["errors"] == []
    assert applied["voucherCode"] == advocate_code.code
    assert applied["checkout"]["voucherCode"] == advocate_code.code
    assert applied["checkout"]["discount"]["amount"] > 0

    completed = pay_and_complete(api_client, checkout)
    assert completed["errors"] == []
    assert completed["order"]["chargeStatus"] == "FULL"

    referral = Referral.objects.get()
    assert referral.friend_id is None
    assert referral.friend_email == "new.friend@example.org"
    assert referral.source == ReferralSource.CODE
    assert referral.advocate == advocate_code.user
    assert referral.status == ReferralStatus.REWARDED
    assert referral.rewards.get().status == RewardStatus.ISSUED


@pytest.mark.parametrize(
    "spelling", ["TEST@EXAMPLE.COM", "test+deals@example.com", " Test+x@Example.COM"]
)
def test_guest_with_the_advocates_address_is_a_self_referral(
    advocate_code, api_client, guest_checkout, spelling
):
    assert advocate_code.user.email == "test@example.com"
    checkout = guest_checkout(spelling.strip())
    applied = apply(api_client, checkout, advocate_code.code)
    assert [(e["field"], e["code"]) for e in applied["errors"]] == [
        ("code", "SELF_REFERRAL")
    ]
    checkout.refresh_from_db()
    assert checkout.voucher_code is None


def test_gmail_dots_and_tags_are_the_advocate_too(
    program, api_client, guest_checkout, django_user_model
):
    with allow_writer():
        advocate = django_user_model.objects.create(email="ada.lovelace@gmail.com")
        code = get_or_create_code(program, advocate)
    checkout = guest_checkout("AdaLove.Lace+ref@googlemail.com")
    applied = apply(api_client, checkout, code.code.lower())
    assert applied["errors"][0]["code"] == "SELF_REFERRAL"


def test_every_customer_facing_field_as_a_guest(advocate_code, api_client, channel_USD):
    channel = channel_USD.slug
    public = get_graphql_content(
        api_client.post_graphql(
            PROGRAM, {"channel": channel, "code": advocate_code.code.lower()}
        )
    )["data"]["referralProgram"]
    assert public["isActive"] is True
    assert public["code"] == advocate_code.code
    assert public["advocateName"] == "Leslie W."

    visit = get_graphql_content(
        api_client.post_graphql(VISIT, {"channel": channel, "code": "NOSUCHCODE"})
    )["data"]["referralVisitTrack"]
    assert visit["errors"] == []
    visit = get_graphql_content(
        api_client.post_graphql(VISIT, {"channel": channel, "code": advocate_code.code})
    )["data"]["referralVisitTrack"]
    assert visit["errors"] == []
    assert ReferralVisit.objects.count() == 1

    for query in SIGNED_IN_ONLY + STAFF_ONLY:
        response = api_client.post_graphql(query, {"channel": channel})
        assert response.status_code == 200, query
        content = response.json()
        codes = [
            error["extensions"]["exception"]["code"] for error in content["errors"]
        ]
        assert codes == ["PermissionDenied"], (query, content)
