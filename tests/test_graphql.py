"""The referral API on a schema built from our own Query and Mutation."""

from datetime import timedelta
from decimal import Decimal

import graphene
import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from saleor_referrals import referrals
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.commerce.memory import MemoryCheckout
from saleor_referrals.graphql.schema import build_schema
from saleor_referrals.models import (
    Referral,
    ReferralStatus,
    ReferralVisit,
    Reward,
    RewardStatus,
)

from .conftest import CHANNEL, make_staff, make_user

SCHEMA = build_schema()

PROFILE = """
query profile($channel: String!, $language: String) {
  referralProfile(channel: $channel, languageCode: $language) {
    code shareUrl shareMessage
    shareLinks { network url }
    stats { visits friends orders pending qualified rewarded earned { amount currency } }
    program { friendOffer { type value currency } advocateReward { type amount { amount } } }
    referrals(first: 20) {
      totalCount
      edges { node { id status friendName rewards { status amount { amount } } } }
      pageInfo { hasNextPage endCursor }
    }
    rewards(first: 20) { totalCount edges { node { id status voucherCode } } }
  }
}
"""
CODE_CREATE = """
mutation create($channel: String!, $code: String) {
  referralCodeCreate(channel: $channel, code: $code) {
    code profile { shareUrl }
    errors { field code message }
  }
}
"""
PROGRAM = """
query program($channel: String!, $code: String) {
  referralProgram(channel: $channel, code: $code) {
    isActive code advocateName terms holdDays
    friendOffer { type value currency minSpent { amount } }
    advocateReward { type amount { amount currency } }
    minOrderTotal { amount }
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
APPLY = """
mutation apply($id: ID!, $code: String!) {
  checkoutReferralCodeApply(id: $id, code: $code) {
    checkoutId voucherCode
    errors { field code message }
  }
}
"""
STAFF_REFERRALS = """
query staff($channel: String!, $filter: ReferralFilterInput) {
  referrals(channel: $channel, filter: $filter, first: 10) {
    totalCount
    edges { node { id status advocateEmail friendEmail code orderNumber
                   orderTotal { amount } history { toStatus reason } } }
  }
}
"""
REVIEW = """
mutation review($id: ID!, $decision: ReferralReviewDecisionEnum!, $reason: String) {
  referralReview(id: $id, decision: $decision, reason: $reason) {
    referral { status statusReason }
    errors { field code message }
  }
}
"""
REVOKE = """
mutation revoke($id: ID!, $reason: String!) {
  referralRewardRevoke(id: $id, reason: $reason) {
    reward { status revokedAmount { amount } statusReason }
    errors { field code message }
  }
}
"""
SUMMARY = """
query summary($channel: String!) {
  referralProgramSummary(channel: $channel) {
    pending qualified rewarded rejected visits visitsByNetwork { network count }
    referredRevenue { amount currency } rewardCost { amount } returnOnRewards
  }
}
"""
MANUAL = """
mutation manual($channel: String!, $email: String!, $order: ID!) {
  referralCreate(channel: $channel, advocateEmail: $email, orderId: $order, source: SURVEY) {
    referral { status source }
    errors { field code message }
  }
}
"""


@pytest.fixture(autouse=True)
def clear_throttles():
    cache.clear()


@pytest.fixture
def gql(db):
    def execute(query, variables=None, user=None, headers=None):
        request = RequestFactory().post("/graphql/", **(headers or {}))
        request.user = user or AnonymousUser()
        request.app = None
        result = SCHEMA.execute(query, variable_values=variables, context_value=request)
        return result

    return execute


def data(result):
    assert not result.errors, result.errors
    return result.data


@pytest.fixture
def staff(db):
    return make_staff()


@pytest.fixture
def paid(django_capture_on_commit_callbacks):
    def deliver(facts):
        with django_capture_on_commit_callbacks(execute=True):
            return referrals.qualify_paid_order(facts)

    return deliver


def test_profile_needs_a_signed_in_customer(gql, program):
    result = gql(PROFILE, {"channel": CHANNEL})
    assert result.data["referralProfile"] is None
    assert type(result.errors[0].original_error).__name__ == "PermissionDenied"


def test_profile_is_null_where_the_program_is_not_active(gql, program, advocate):
    assert data(gql(PROFILE, {"channel": "elsewhere"}, advocate)) == {
        "referralProfile": None
    }


def test_code_create_then_profile_with_share_links(gql, program, advocate):
    before = data(gql(PROFILE, {"channel": CHANNEL}, advocate))["referralProfile"]
    assert before["code"] is None
    assert before["shareLinks"] == []

    created = data(gql(CODE_CREATE, {"channel": CHANNEL}, advocate))[
        "referralCodeCreate"
    ]
    assert created["errors"] == []
    code = created["code"]
    assert created["profile"]["shareUrl"] == f"https://shop.example.com/?ref={code}"
    again = data(gql(CODE_CREATE, {"channel": CHANNEL}, advocate))
    assert again["referralCodeCreate"]["code"] == code

    profile = data(gql(PROFILE, {"channel": CHANNEL}, advocate))["referralProfile"]
    networks = {link["network"]: link["url"] for link in profile["shareLinks"]}
    assert set(networks) == {
        "EMAIL",
        "WHATSAPP",
        "TELEGRAM",
        "X",
        "FACEBOOK",
        "LINKEDIN",
        "SMS",
        "COPY_LINK",
    }
    assert networks["COPY_LINK"] == profile["shareUrl"]
    assert networks["WHATSAPP"].startswith("https://wa.me/?text=")
    assert code in profile["shareMessage"]
    assert "15% off" in profile["shareMessage"]
    assert profile["program"]["friendOffer"] == {
        "type": "PERCENTAGE",
        "value": 15.0,
        "currency": "USD",
    }


def test_share_message_follows_the_request_language(gql, program, advocate):
    get_or_create_code(program, advocate)
    fa = data(gql(PROFILE, {"channel": CHANNEL, "language": "fa"}, advocate))
    assert "تخفیف" in fa["referralProfile"]["shareMessage"]
    ar = data(
        gql(PROFILE, {"channel": CHANNEL}, advocate, {"HTTP_ACCEPT_LANGUAGE": "ar-SA"})
    )
    assert "خصم" in ar["referralProfile"]["shareMessage"]


@pytest.mark.parametrize(
    ("vanity", "error_code"), [("no", "INVALID"), ("ADMIN", "INVALID")]
)
def test_bad_vanity_codes_answer_with_a_code(
    gql, program, advocate, vanity, error_code
):
    result = data(gql(CODE_CREATE, {"channel": CHANNEL, "code": vanity}, advocate))
    [error] = result["referralCodeCreate"]["errors"]
    assert error["code"] == error_code
    assert error["field"] == "code"
    assert result["referralCodeCreate"]["code"] is None


def test_taken_vanity_code_is_unique_error(gql, program, advocate, friend):
    get_or_create_code(program, advocate, vanity="ada-rocks")
    result = data(gql(CODE_CREATE, {"channel": CHANNEL, "code": "ADA-ROCKS"}, friend))
    assert result["referralCodeCreate"]["errors"][0]["code"] == "UNIQUE"


def test_code_create_in_an_inactive_channel(gql, program, advocate):
    result = data(gql(CODE_CREATE, {"channel": "elsewhere"}, advocate))
    assert result["referralCodeCreate"]["errors"][0]["code"] == "PROGRAM_INACTIVE"


def test_profile_shows_only_own_referrals_masked(
    gql, program, advocate, friend, order_facts, paid
):
    code = get_or_create_code(program, advocate)
    paid(order_facts(friend, voucher_code=code.code))
    other = make_user("carol@example.com", "Carol", "Danvers")
    get_or_create_code(program, other)

    mine = data(gql(PROFILE, {"channel": CHANNEL}, advocate))["referralProfile"]
    assert mine["referrals"]["totalCount"] == 1
    node = mine["referrals"]["edges"][0]["node"]
    assert node["friendName"] == "Bob B."
    assert node["status"] == "REWARDED"
    assert mine["rewards"]["edges"][0]["node"]["voucherCode"].startswith("THANKS-")
    assert mine["stats"]["rewarded"] == 1
    assert mine["stats"]["earned"] == {"amount": 20.0, "currency": "USD"}

    theirs = data(gql(PROFILE, {"channel": CHANNEL}, other))["referralProfile"]
    assert theirs["referrals"]["totalCount"] == 0
    assert theirs["rewards"]["totalCount"] == 0


def test_customer_cannot_read_staff_fields(gql, program, advocate, friend, order_facts):
    code = get_or_create_code(program, advocate)
    referrals.attribute_order(order_facts(friend, voucher_code=code.code))
    query = """query($channel: String!) { referralProfile(channel: $channel) {
        referrals(first: 5) { edges { node { friendEmail } } } } }"""
    result = gql(query, {"channel": CHANNEL}, advocate)
    assert type(result.errors[0].original_error).__name__ == "PermissionDenied"


def test_customer_cannot_use_staff_queries_or_mutations(gql, program, advocate):
    result = gql(STAFF_REFERRALS, {"channel": CHANNEL}, advocate)
    assert type(result.errors[0].original_error).__name__ == "PermissionDenied"
    result = gql(
        REVOKE,
        {"id": graphene.relay.Node.to_global_id("ReferralReward", 1), "reason": "x"},
        advocate,
    )
    assert type(result.errors[0].original_error).__name__ == "PermissionDenied"


def test_profile_query_count_does_not_grow_with_referrals(
    gql, program, advocate, order_facts, paid
):
    code = get_or_create_code(program, advocate)

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            data(gql(PROFILE, {"channel": CHANNEL}, advocate))
        return len(queries)

    paid(order_facts(make_user("f0@example.com"), voucher_code=code.code))
    with_one = count_queries()
    for number in range(1, 200):
        paid(order_facts(make_user(f"f{number}@example.com"), voucher_code=code.code))
    assert Referral.objects.count() == 200
    assert count_queries() == with_one


def test_public_program_data_and_uniform_unknown_codes(gql, program, advocate, friend):
    code = get_or_create_code(program, advocate)
    valid = data(gql(PROGRAM, {"channel": CHANNEL, "code": code.code.lower()}))
    info = valid["referralProgram"]
    assert info["code"] == code.code
    assert info["advocateName"] == "Ada L."
    assert info["friendOffer"]["value"] == 15.0
    assert info["advocateReward"]["amount"] == {"amount": 20.0, "currency": "USD"}
    assert info["minOrderTotal"] == {"amount": 30.0}

    inactive = get_or_create_code(program, friend)
    inactive.is_active = False
    inactive.save()
    unknown = data(gql(PROGRAM, {"channel": CHANNEL, "code": "NOSUCH99"}))
    deactivated = data(gql(PROGRAM, {"channel": CHANNEL, "code": inactive.code}))
    assert unknown == deactivated
    assert unknown["referralProgram"]["advocateName"] is None
    assert data(gql(PROGRAM, {"channel": "elsewhere"})) == {"referralProgram": None}


def test_code_lookups_are_throttled(gql, program, settings):
    settings.REFERRALS_RATE_LIMITS = {"code_lookup": (3, 60)}
    for _ in range(3):
        data(gql(PROGRAM, {"channel": CHANNEL, "code": "GUESS234"}))
    result = gql(PROGRAM, {"channel": CHANNEL, "code": "GUESS235"})
    assert type(result.errors[0].original_error).__name__ == "Throttled"
    # Another client is not affected.
    other = gql(
        PROGRAM,
        {"channel": CHANNEL, "code": "GUESS236"},
        headers={"REMOTE_ADDR": "10.9.9.9"},
    )
    assert not other.errors


def test_visits_are_recorded_and_answer_alike(gql, program, advocate):
    code = get_or_create_code(program, advocate)
    known = data(gql(VISIT, {"channel": CHANNEL, "code": code.code.lower()}))
    unknown = data(gql(VISIT, {"channel": CHANNEL, "code": "NOSUCH99"}))
    assert known == unknown == {"referralVisitTrack": {"errors": []}}
    visit = ReferralVisit.objects.get()
    assert visit.network == "whatsapp"
    profile = data(gql(PROFILE, {"channel": CHANNEL}, advocate))["referralProfile"]
    assert profile["stats"]["visits"] == 1


@pytest.fixture
def checkout(commerce, friend):
    commerce.add_checkout(
        MemoryCheckout(
            "c0ffee00-0000-0000-0000-000000000001", CHANNEL, friend.pk, friend.email
        )
    )
    return graphene.relay.Node.to_global_id(
        "Checkout", "c0ffee00-0000-0000-0000-000000000001"
    )


def apply_errors(result):
    return [
        (error["field"], error["code"])
        for error in data(result)["checkoutReferralCodeApply"]["errors"]
    ]


def test_checkout_code_apply(gql, program, advocate, friend, checkout, commerce):
    code = get_or_create_code(program, advocate)
    result = data(
        gql(APPLY, {"id": checkout, "code": f" {code.code.lower()} "}, friend)
    )
    payload = result["checkoutReferralCodeApply"]
    assert payload == {"checkoutId": checkout, "voucherCode": code.code, "errors": []}
    stored = commerce.checkouts["c0ffee00-0000-0000-0000-000000000001"]
    assert stored.voucher_code == code.code
    assert stored.metadata == {"referral_code": code.code}


def test_checkout_code_apply_errors(
    gql, program, advocate, friend, checkout, commerce, order_facts
):
    code = get_or_create_code(program, advocate)
    assert apply_errors(gql(APPLY, {"id": checkout, "code": "NOSUCH99"}, friend)) == [
        ("code", "NOT_FOUND")
    ]
    assert apply_errors(gql(APPLY, {"id": checkout, "code": code.code}, advocate)) == [
        ("id", "NOT_FOUND")
    ]
    assert apply_errors(gql(APPLY, {"id": "bad", "code": code.code}, friend)) == [
        ("id", "INVALID")
    ]
    stranger = graphene.relay.Node.to_global_id("Checkout", "no-such-token")
    assert apply_errors(gql(APPLY, {"id": stranger, "code": code.code}, friend)) == [
        ("id", "NOT_FOUND")
    ]
    commerce.add_checkout(MemoryCheckout("own", CHANNEL, advocate.pk, advocate.email))
    own = graphene.relay.Node.to_global_id("Checkout", "own")
    assert apply_errors(gql(APPLY, {"id": own, "code": code.code}, advocate)) == [
        ("code", "SELF_REFERRAL")
    ]
    order_facts(friend)  # the friend already bought here
    assert apply_errors(gql(APPLY, {"id": checkout, "code": code.code}, friend)) == [
        ("code", "NOT_ELIGIBLE")
    ]
    assert commerce.checkouts["c0ffee00-0000-0000-0000-000000000001"].voucher_code == ""


def test_checkout_code_apply_in_an_inactive_channel(
    gql, configure, program_settings, advocate, friend, checkout
):
    program = configure(**program_settings)
    code = get_or_create_code(program, advocate)
    program.is_active = False
    program.save()
    assert apply_errors(gql(APPLY, {"id": checkout, "code": code.code}, friend)) == [
        ("channel", "PROGRAM_INACTIVE")
    ]


def test_staff_list_filter_and_summary(
    gql, program, advocate, friend, staff, order_facts, paid
):
    code = get_or_create_code(program, advocate)
    paid(order_facts(friend, voucher_code=code.code))
    referrals.attribute_order(
        order_facts(make_user("late@example.com"), referral_code=code.code)
    )
    listing = data(gql(STAFF_REFERRALS, {"channel": CHANNEL}, staff))["referrals"]
    assert listing["totalCount"] == 2
    rewarded = data(
        gql(
            STAFF_REFERRALS,
            {"channel": CHANNEL, "filter": {"status": ["REWARDED"]}},
            staff,
        )
    )["referrals"]["edges"]
    [node] = [edge["node"] for edge in rewarded]
    assert node["friendEmail"] == "bob@example.com"
    assert node["advocateEmail"] == "ada@example.com"
    assert node["code"] == code.code
    assert [step["toStatus"] for step in node["history"]] == [
        "PENDING",
        "QUALIFIED",
        "APPROVED",
        "REWARDED",
    ]
    by_friend = data(
        gql(
            STAFF_REFERRALS,
            {"channel": CHANNEL, "filter": {"friendEmail": "LATE@example.com"}},
            staff,
        )
    )
    assert by_friend["referrals"]["totalCount"] == 1

    data(gql(VISIT, {"channel": CHANNEL, "code": code.code}))
    summary = data(gql(SUMMARY, {"channel": CHANNEL}, staff))["referralProgramSummary"]
    assert summary["visits"] == 1
    assert summary["visitsByNetwork"] == [{"network": "WHATSAPP", "count": 1}]
    assert summary["pending"] == 1
    assert summary["rewarded"] == 1
    assert summary["referredRevenue"] == {"amount": 100.0, "currency": "USD"}
    assert summary["rewardCost"] == {"amount": 20.0}
    assert summary["returnOnRewards"] == 5.0


def test_staff_review_and_revoke(
    gql,
    configure,
    program_settings,
    advocate,
    friend,
    staff,
    order_facts,
    paid,
    commerce,
):
    program = configure(**{**program_settings, "hold_days": "10"})
    code = get_or_create_code(program, advocate)
    held = paid(order_facts(friend, voucher_code=code.code))
    held_id = graphene.relay.Node.to_global_id("Referral", held.pk)

    approve = data(gql(REVIEW, {"id": held_id, "decision": "APPROVE"}, staff))
    assert approve["referralReview"]["errors"][0]["code"] == "INVALID"

    Referral.objects.filter(pk=held.pk).update(status=ReferralStatus.FLAGGED)
    approved = data(
        gql(REVIEW, {"id": held_id, "decision": "APPROVE", "reason": "checked"}, staff)
    )["referralReview"]
    assert approved["referral"] == {
        "status": "QUALIFIED",
        "statusReason": "approved by staff@example.com: checked",
    }

    rejected = data(
        gql(
            REVIEW,
            {"id": held_id, "decision": "REJECT", "reason": "same household"},
            staff,
        )
    )["referralReview"]
    assert rejected["referral"]["status"] == "REJECTED"
    assert Reward.objects.get().status == RewardStatus.CANCELLED

    other = paid(order_facts(make_user("f2@example.com"), voucher_code=code.code))
    reward = other.rewards.get()
    Reward.objects.filter(pk=reward.pk).update(release_at=reward.created_at)
    from saleor_referrals.rewards import release

    release(reward.pk)
    reward_id = graphene.relay.Node.to_global_id("ReferralReward", reward.pk)
    revoked = data(gql(REVOKE, {"id": reward_id, "reason": "fraud"}, staff))
    payload = revoked["referralRewardRevoke"]
    assert payload["errors"] == []
    assert payload["reward"]["status"] == "REVOKED"
    assert payload["reward"]["revokedAmount"] == {"amount": 20.0}
    assert Referral.objects.get(pk=other.pk).status == ReferralStatus.REVERSED
    again = data(gql(REVOKE, {"id": reward_id, "reason": "fraud"}, staff))
    assert again["referralRewardRevoke"]["errors"][0]["code"] == "INVALID"


@pytest.mark.parametrize(
    ("bad_id", "code"),
    [("", "INVALID"), ("UmVmZXJyYWw6OTk5", "NOT_FOUND"), ("T3JkZXI6MQ==", "INVALID")],
)
def test_review_with_bad_ids(gql, program, staff, bad_id, code):
    result = data(gql(REVIEW, {"id": bad_id, "decision": "REJECT"}, staff))
    assert result["referralReview"]["errors"][0]["code"] == code


def test_manual_attribution_of_a_paid_order(
    gql,
    program,
    advocate,
    friend,
    staff,
    commerce,
    order_facts,
    django_capture_on_commit_callbacks,
):
    facts = order_facts(friend, total="100.00")
    commerce.orders[-1].facts = facts
    order_id = graphene.relay.Node.to_global_id("Order", facts.order_id)
    variables = {"channel": CHANNEL, "email": "ADA@example.com", "order": order_id}
    with django_capture_on_commit_callbacks(execute=True):
        result = data(gql(MANUAL, variables, staff))["referralCreate"]
    # The friend's order is their first paid one, minus itself: it qualifies.
    assert result["errors"] == []
    assert result["referral"]["source"] == "SURVEY"
    assert Referral.objects.get().status == ReferralStatus.REWARDED

    again = data(gql(MANUAL, variables, staff))["referralCreate"]
    assert again["errors"][0]["code"] == "UNIQUE"
    unknown = data(gql(MANUAL, {**variables, "email": "nobody@example.com"}, staff))
    assert unknown["referralCreate"]["errors"][0]["field"] == "advocateEmail"


def test_manual_self_attribution_writes_nothing(
    gql, program, advocate, staff, commerce, order_facts
):
    facts = order_facts(advocate)
    commerce.orders[-1].facts = facts
    order_id = graphene.relay.Node.to_global_id("Order", facts.order_id)
    result = data(
        gql(
            MANUAL,
            {"channel": CHANNEL, "email": advocate.email, "order": order_id},
            staff,
        )
    )
    assert result["referralCreate"]["errors"][0]["code"] == "SELF_REFERRAL"
    assert not Referral.objects.exists()


def test_money_is_exact_in_the_ledger(program, advocate, friend, order_facts, paid):
    code = get_or_create_code(program, advocate)
    paid(order_facts(friend, voucher_code=code.code, total="99.995"))
    assert Referral.objects.get().order_total == Decimal("100.00")


UNSUBSCRIBE = """
mutation out($token: String!) {
  referralEmailUnsubscribe(token: $token) { topic errors { field code message } }
}
"""


def test_unsubscribe_by_token_without_login(gql, program):
    from saleor_referrals.emails import consent

    token = consent.make_token("Friend+x@Example.com", "invitations", "fa")
    result = data(gql(UNSUBSCRIBE, {"token": token}))["referralEmailUnsubscribe"]
    assert result == {"topic": "invitations", "errors": []}
    assert consent.is_opted_out("friend@example.com", "invitations")
    again = data(gql(UNSUBSCRIBE, {"token": token}))["referralEmailUnsubscribe"]
    assert again["errors"] == []
    forged = data(gql(UNSUBSCRIBE, {"token": token[:-2] + "xx"}))
    assert forged["referralEmailUnsubscribe"]["errors"][0]["code"] == "INVALID"


INVITE = """
mutation invite($emails: [String!]!, $message: String) {
  referralInvite(channel: "default-channel", emails: $emails, message: $message) {
    invited skipped errors { field code message }
  }
}
"""


def test_invitations_are_emailed_once_and_bounded(
    gql, program, advocate, mailoutbox, django_capture_on_commit_callbacks, settings
):
    from saleor_referrals.emails import consent

    consent.opt_out("no+thanks@example.com", "invitations")
    variables = {
        "emails": ["sam@example.com", "no@example.com", "sam@example.com"],
        "message": "<b>Try it!</b>",
    }
    with django_capture_on_commit_callbacks(execute=True):
        result = data(gql(INVITE, variables, advocate))["referralInvite"]
    assert result == {"invited": 1, "skipped": ["no@example.com"], "errors": []}
    [mail] = mailoutbox
    assert mail.to == ["sam@example.com"]
    html = mail.alternatives[0][0]
    assert "&lt;b&gt;Try it!&lt;/b&gt;" in html
    assert "?ref=" in html

    too_many = {"emails": [f"f{i}@example.com" for i in range(11)]}
    result = data(gql(INVITE, too_many, advocate))["referralInvite"]
    assert result["errors"][0]["code"] == "LIMIT_EXCEEDED"
    own = data(gql(INVITE, {"emails": ["ADA+me@example.com"]}, advocate))
    assert own["referralInvite"]["errors"][0]["code"] == "SELF_REFERRAL"
    bad = data(gql(INVITE, {"emails": ["not-an-address"]}, advocate))
    assert bad["referralInvite"]["errors"][0] == {
        "field": "emails",
        "code": "INVALID",
        "message": "'not-an-address' is not an e-mail address.",
    }

    settings.REFERRALS_RATE_LIMITS = {"invite_daily": (2, 86400)}
    cache.clear()
    first = data(
        gql(INVITE, {"emails": ["a1@example.com", "a2@example.com"]}, advocate)
    )
    assert first["referralInvite"]["errors"] == []
    over = data(gql(INVITE, {"emails": ["a3@example.com"]}, advocate))
    assert over["referralInvite"]["errors"][0]["code"] == "THROTTLED"


def test_invitations_need_a_signed_in_customer(gql, program):
    result = gql(INVITE, {"emails": ["sam@example.com"]})
    assert type(result.errors[0].original_error).__name__ == "PermissionDenied"


def test_throttled_mutations_answer_with_the_code(gql, program, advocate, settings):
    settings.REFERRALS_RATE_LIMITS = {"visit": (2, 60)}
    code = get_or_create_code(program, advocate)
    for _ in range(2):
        data(gql(VISIT, {"channel": CHANNEL, "code": code.code}))
    over = data(gql(VISIT, {"channel": CHANNEL, "code": code.code}))
    assert over["referralVisitTrack"]["errors"][0]["code"] == "THROTTLED"
    assert ReferralVisit.objects.count() == 2


def test_throttled_queries_carry_the_code(gql, program, settings):
    settings.REFERRALS_RATE_LIMITS = {"code_lookup": (1, 60)}
    data(gql(PROGRAM, {"channel": CHANNEL, "code": "GUESS234"}))
    result = gql(PROGRAM, {"channel": CHANNEL, "code": "GUESS235"})
    assert result.errors[0].original_error.extensions == {"code": "THROTTLED"}


def test_staff_filters_by_period_and_reward_kind(
    gql, program, advocate, friend, staff, order_facts, paid
):
    code = get_or_create_code(program, advocate)
    paid(order_facts(friend, voucher_code=code.code))
    now = timezone.now()
    later = {"createdFrom": (now + timedelta(hours=1)).isoformat()}
    earlier = {"createdTo": (now - timedelta(hours=1)).isoformat()}
    around = {
        "createdFrom": (now - timedelta(hours=1)).isoformat(),
        "createdTo": (now + timedelta(hours=1)).isoformat(),
    }
    for filter_, count in ((later, 0), (earlier, 0), (around, 1)):
        listing = data(
            gql(STAFF_REFERRALS, {"channel": CHANNEL, "filter": filter_}, staff)
        )
        assert listing["referrals"]["totalCount"] == count, filter_
    query = """query($filter: ReferralRewardFilterInput) {
        referralRewards(channel: "default-channel", filter: $filter) { totalCount } }"""
    for filter_, count in (
        ({"kind": ["VOUCHER"], "recipientEmail": " ADA@example.com "}, 1),
        ({"kind": ["STORE_CREDIT"]}, 0),
        ({"status": ["HELD"]}, 0),
    ):
        result = data(gql(query, {"filter": filter_}, staff))
        assert result["referralRewards"]["totalCount"] == count, filter_
