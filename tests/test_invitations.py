"""`referralInvite` answers only for invitations that will go, and only invites
friends who can take the offer."""

from __future__ import annotations

import pytest

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.emails.models import EmailLog
from saleor_referrals.facts import Shopper
from saleor_referrals.referrals import CheckoutRejected, check_friend_offer

from .conftest import make_user
from .test_graphql import data, gql, paid

__all__ = ["gql", "paid"]  # fixtures used below

INVITE = """
mutation invite($emails: [String!]!) {
  referralInvite(channel: "default-channel", emails: $emails) {
    invited skipped notEligible errors { field code message }
  }
}
"""


def address_of_length(length: int) -> str:
    """A valid address (labels of at most 63 characters) of exactly `length`."""
    local = "a" * 64
    labels, left = [], length - len(local) - 1 - len(".com")
    while left > 0:
        label = min(63, left if left <= 63 else left - 2)
        labels.append("b" * label)
        left -= label + (1 if left > label else 0)
    return f"{local}@{'.'.join(labels)}.com"


@pytest.fixture
def invite(gql, advocate, django_capture_on_commit_callbacks, mailoutbox):
    def invite(*emails: str) -> dict:
        with django_capture_on_commit_callbacks(execute=True):
            result = gql(INVITE, {"emails": list(emails)}, advocate)
        return data(result)["referralInvite"]

    return invite


def test_address_longer_than_the_column_is_refused(program, invite, mailoutbox):
    longest = address_of_length(254)
    too_long = address_of_length(312)
    assert len(longest) == 254 and len(too_long) == 312
    result = invite("sam@example.com", too_long)
    assert result["invited"] is None
    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("emails", "INVALID")
    ]
    assert mailoutbox == [] and not EmailLog.objects.exists()

    result = invite(longest)
    assert result == {"invited": 1, "skipped": [], "notEligible": [], "errors": []}
    [mail] = mailoutbox
    assert mail.to == [longest]
    assert EmailLog.objects.get().recipient == longest


def test_friends_who_cannot_take_the_offer_are_not_invited(
    program, advocate, friend, invite, mailoutbox, order_facts, paid
):
    code = get_or_create_code(program, advocate)
    paid(order_facts(friend, voucher_code=code.code))  # Bob was referred already
    customer = make_user("carol@example.com")
    order_facts(customer)  # Carol has a paid order: not a new customer
    mailoutbox.clear()  # the advocate's news of Bob's order
    result = invite("BOB@example.com", "Carol@Example.com", "dan@example.com")
    assert result == {
        "invited": 1,
        "skipped": [],
        "notEligible": ["BOB@example.com", "Carol@Example.com"],
        "errors": [],
    }
    assert [mail.to for mail in mailoutbox] == [["dan@example.com"]]


def test_existing_customers_may_be_invited_when_the_program_allows(
    configure, program_settings, advocate, invite, order_facts
):
    configure(**{**program_settings, "new_customers_only": False})
    order_facts(make_user("carol@example.com"))
    assert invite("carol@example.com")["invited"] == 1


def test_no_storefront_link_means_no_invitation_is_promised(
    configure, program_settings, advocate, invite, mailoutbox
):
    configure(**{**program_settings, "storefront_url": ""})
    result = invite("dan@example.com")
    assert result["invited"] == 0
    assert result["skipped"] == ["dan@example.com"]
    assert mailoutbox == []


def test_one_rule_decides_for_checkouts_and_invitations(
    program, advocate, friend, order_facts, paid
):
    code = get_or_create_code(program, advocate)
    check_friend_offer(code, Shopper(None, "new@example.com"))
    with pytest.raises(CheckoutRejected):
        check_friend_offer(code, Shopper(advocate.pk, advocate.email))
    order_facts(friend)
    with pytest.raises(CheckoutRejected) as rejected:
        check_friend_offer(code, Shopper(friend.pk, friend.email))
    assert rejected.value.message == "The referral offer is for a first order."
