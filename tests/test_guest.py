"""A shopper who is not signed in, as Saleor presents them: `request.user` is a lazy
object around None (not None, falsy, and every attribute access raises)."""

from __future__ import annotations

import graphene
import pytest
from django.test import RequestFactory
from django.utils.functional import SimpleLazyObject
from graphql.execution.base import ResolveInfo

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.commerce.memory import MemoryCheckout
from saleor_referrals.graphql.core import current_user, is_staff
from saleor_referrals.models import ReferralStatus, ReferralVisit, RewardStatus

from .conftest import CHANNEL, make_user
from .test_graphql import APPLY, PROFILE, PROGRAM, SCHEMA, VISIT, data, paid

__all__ = ["paid"]  # a fixture used below


def saleor_guest_request():
    request = RequestFactory().post("/graphql/")
    request.user = SimpleLazyObject(lambda: None)
    request.app = None
    return request


@pytest.fixture
def as_guest(db):
    def execute(query, variables=None):
        return SCHEMA.execute(
            query, variable_values=variables, context_value=saleor_guest_request()
        )

    return execute


def info_for(request) -> ResolveInfo:
    return ResolveInfo(*[None] * 9, context=request, path=None)


def test_current_user_of_a_lazy_none_is_none():
    request = saleor_guest_request()
    with pytest.raises(AttributeError):
        request.user.is_authenticated  # what the old code did  # noqa: B018
    assert current_user(info_for(request)) is None
    assert is_staff(info_for(request)) is False


def test_current_user_unwraps_a_lazy_user(advocate):
    request = RequestFactory().post("/graphql/")
    request.user = SimpleLazyObject(lambda: advocate)
    assert current_user(info_for(request)) == advocate


def test_guest_applies_a_code_in_mixed_case(as_guest, program, advocate, commerce):
    code = get_or_create_code(program, advocate).code
    commerce.add_checkout(MemoryCheckout("guest-1", CHANNEL, None, "sam@example.org"))
    typed = code[:3].lower() + code[3:]
    result = data(as_guest(APPLY, {"id": checkout_id("guest-1"), "code": typed}))[
        "checkoutReferralCodeApply"
    ]
    assert result["errors"] == []
    assert result["voucherCode"] == code
    assert commerce.checkouts["guest-1"].voucher_code == code


@pytest.mark.parametrize(
    "spelling",
    ["ADA@EXAMPLE.COM", "ada+friends@example.com", " Ada+x@Example.com "],
)
def test_guest_with_the_advocates_address_is_a_self_referral(
    as_guest, program, advocate, commerce, spelling
):
    code = get_or_create_code(program, advocate).code
    commerce.add_checkout(MemoryCheckout("guest-2", CHANNEL, None, spelling))
    result = data(as_guest(APPLY, {"id": checkout_id("guest-2"), "code": code}))
    errors = result["checkoutReferralCodeApply"]["errors"]
    assert [error["code"] for error in errors] == ["SELF_REFERRAL"]
    assert commerce.checkouts["guest-2"].voucher_code == ""


def test_gmail_dots_are_the_same_guest(as_guest, program, commerce, db):
    advocate = make_user("ada.lovelace@gmail.com")
    code = get_or_create_code(program, advocate).code
    commerce.add_checkout(
        MemoryCheckout("guest-3", CHANNEL, None, "Ada.Love.Lace+ref@googlemail.com")
    )
    result = data(as_guest(APPLY, {"id": checkout_id("guest-3"), "code": code}))
    assert result["checkoutReferralCodeApply"]["errors"][0]["code"] == "SELF_REFERRAL"


def test_guest_cannot_apply_to_a_customers_checkout(
    as_guest, program, advocate, friend, commerce
):
    code = get_or_create_code(program, advocate).code
    commerce.add_checkout(MemoryCheckout("owned", CHANNEL, friend.pk, friend.email))
    result = data(as_guest(APPLY, {"id": checkout_id("owned"), "code": code}))
    assert result["checkoutReferralCodeApply"]["errors"][0]["code"] == "NOT_FOUND"


def test_every_customer_facing_field_as_a_guest(as_guest, program, advocate):
    code = get_or_create_code(program, advocate).code
    public = data(as_guest(PROGRAM, {"channel": CHANNEL, "code": code.lower()}))
    assert public["referralProgram"]["code"] == code
    assert public["referralProgram"]["advocateName"] == "Ada L."

    visit = data(as_guest(VISIT, {"channel": CHANNEL, "code": code}))
    assert visit["referralVisitTrack"]["errors"] == []
    assert ReferralVisit.objects.count() == 1

    for query, variables in (
        (PROFILE, {"channel": CHANNEL}),
        (
            'mutation { referralCodeCreate(channel: "default-channel") { code } }',
            None,
        ),
        (
            "mutation { referralInvite(channel: "
            '"default-channel", emails: ["x@example.com"]) { invited } }',
            None,
        ),
        ('{ referrals(channel: "default-channel") { totalCount } }', None),
        ('{ referralRewards(channel: "default-channel") { totalCount } }', None),
        (
            '{ referralProgramSummary(channel: "default-channel") { pending } }',
            None,
        ),
    ):
        result = as_guest(query, variables)
        kinds = {type(error.original_error).__name__ for error in result.errors}
        assert kinds == {"PermissionDenied"}, (query, result.errors)


def test_guest_order_rewards_the_advocate(
    as_guest, program, advocate, commerce, order_facts, paid
):
    code = get_or_create_code(program, advocate).code
    commerce.add_checkout(MemoryCheckout("guest-4", CHANNEL, None, "sam@example.org"))
    applied = data(as_guest(APPLY, {"id": checkout_id("guest-4"), "code": code}))
    assert applied["checkoutReferralCodeApply"]["errors"] == []
    referral = paid(order_facts(email="sam@example.org", voucher_code=code))
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.REWARDED
    assert referral.advocate == advocate
    assert referral.rewards.get().status == RewardStatus.ISSUED


def checkout_id(token: str) -> str:
    return graphene.relay.Node.to_global_id("Checkout", token)
