"""Every public and customer input, fuzzed: an error with a code, never a crash, and
nothing written when the answer is an error."""

from __future__ import annotations

import base64
from collections import Counter

import graphene
import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.test import RequestFactory
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.commerce import get_commerce
from saleor_referrals.commerce.memory import MemoryCheckout
from saleor_referrals.config import parse
from saleor_referrals.graphql.schema import build_schema
from saleor_referrals.models import (
    EmailLog,
    EmailOptOut,
    Referral,
    ReferralCode,
    ReferralVisit,
    Reward,
    StoreCreditWallet,
)
from saleor_referrals.programs import sync_program

from .conftest import CHANNEL, make_user

SCHEMA = build_schema()
ALLOWED_TOP_LEVEL = {"PermissionDenied", "Throttled", "GraphQLError"}
FUZZED = Counter()

nasty_text = st.one_of(
    st.text(max_size=40),
    st.text(min_size=300, max_size=3000),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "ADA\x00CODE",
            "' OR 1=1 --",
            "'; DROP TABLE saleor_referrals_referral; --",
            "%",
            "_",
            "\\",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "ﷺ",
            "\u202eRTL",
            "a" * 65,
            "default-channel",
        ]
    ),
)


def global_ids() -> st.SearchStrategy[str]:
    return st.one_of(
        nasty_text,
        st.builds(
            lambda kind, pk: graphene.relay.Node.to_global_id(kind, pk),
            st.sampled_from(
                ["Referral", "ReferralReward", "Checkout", "Order", "User"]
            ),
            st.one_of(st.integers(-5, 10**12).map(str), nasty_text),
        ),
        st.binary(max_size=40).map(lambda raw: base64.b64encode(raw).decode()),
    )


OPERATIONS = {
    "unsubscribe": (
        "mutation($token: String!) { referralEmailUnsubscribe(token: $token) { "
        "topic errors { field code message } } }",
        {"token": nasty_text},
    ),
    "program": (
        "query($channel: String!, $code: String) { referralProgram(channel: $channel, "
        "code: $code) { code advocateName } }",
        {"channel": nasty_text, "code": st.one_of(st.none(), nasty_text)},
    ),
    "profile": (
        "query($channel: String!, $lang: String) { referralProfile(channel: $channel, "
        "languageCode: $lang) { code shareLinks { url } stats { friends } } }",
        {"channel": nasty_text, "lang": st.one_of(st.none(), nasty_text)},
    ),
    "page": (
        "query($channel: String!, $first: Int, $after: String) { referralProfile("
        "channel: $channel) { referrals(first: $first, after: $after) { totalCount } } }",
        {
            "channel": st.just(CHANNEL),
            "first": st.one_of(st.none(), st.integers(-(2**31), 2**31 - 1)),
            "after": st.one_of(st.none(), nasty_text),
        },
    ),
    "code_create": (
        "mutation($channel: String!, $code: String) { referralCodeCreate(channel: "
        "$channel, code: $code) { code errors { field code message } } }",
        {"channel": st.one_of(st.just(CHANNEL), nasty_text), "code": nasty_text},
    ),
    "invite": (
        "mutation($channel: String!, $emails: [String!]!, $message: String) { "
        "referralInvite(channel: $channel, emails: $emails, message: $message) { "
        "invited errors { field code message } } }",
        {
            "channel": st.one_of(st.just(CHANNEL), nasty_text),
            "emails": st.one_of(
                st.lists(st.emails().map(str), min_size=1, max_size=3),
                st.lists(st.one_of(nasty_text, st.emails().map(str)), max_size=14),
            ),
            "message": st.one_of(st.none(), nasty_text),
        },
    ),
    "visit": (
        "mutation($channel: String!, $code: String!) { referralVisitTrack(channel: "
        "$channel, code: $code) { errors { field code message } } }",
        {"channel": st.one_of(st.just(CHANNEL), nasty_text), "code": nasty_text},
    ),
    "apply": (
        "mutation($id: ID!, $code: String!) { checkoutReferralCodeApply(id: $id, "
        "code: $code) { voucherCode errors { field code message } } }",
        {"id": global_ids(), "code": nasty_text},
    ),
    "review": (
        "mutation($id: ID!, $reason: String) { referralReview(id: $id, decision: "
        "APPROVE, reason: $reason) { errors { field code message } } }",
        {"id": global_ids(), "reason": st.one_of(st.none(), nasty_text)},
    ),
    "revoke": (
        "mutation($id: ID!, $reason: String!) { referralRewardRevoke(id: $id, "
        "reason: $reason) { errors { field code message } } }",
        {"id": global_ids(), "reason": nasty_text},
    ),
}

WRITE_MODELS = (
    Referral,
    ReferralCode,
    ReferralVisit,
    Reward,
    StoreCreditWallet,
    EmailLog,
    EmailOptOut,
)


def snapshot() -> tuple[int, ...]:
    return tuple(model.objects.count() for model in WRITE_MODELS)


class FuzzGraphQL(TestCase):
    def setUp(self):
        cache.clear()
        shop = get_commerce()
        shop.reset()
        shop.add_channel(CHANNEL, "USD")
        self.program = sync_program(
            channel_slug=CHANNEL,
            currency="USD",
            settings=parse({"storefront_url": "https://shop.example.com/"}),
            active=True,
        )
        self.advocate = make_user("ada@example.com", "Ada", "L")
        self.other = make_user("eve@example.com", "Eve", "M")
        get_or_create_code(self.program, self.advocate)
        shop.add_checkout(MemoryCheckout("token-1", CHANNEL, self.other.pk, "e@x.com"))

    def run_operation(self, name: str, variables: dict, user) -> None:
        query, _ = OPERATIONS[name]
        request = RequestFactory().post("/graphql/")
        request.user = user
        request.app = None
        before = snapshot()
        result = SCHEMA.execute(query, variable_values=variables, context_value=request)
        FUZZED[name] += 1
        for error in result.errors or []:
            original = getattr(error, "original_error", None)
            kind = type(original).__name__ if original is not None else "GraphQLError"
            # Variable type errors surface as plain GraphQLErrors; anything else
            # (a database error, a crash) would fail here.
            assert kind in ALLOWED_TOP_LEVEL, (name, variables, error)
        payload = next(iter((result.data or {}).values()), None)
        failed = bool(result.errors) or bool(
            isinstance(payload, dict) and payload.get("errors")
        )
        if failed:
            assert snapshot() == before, (name, variables)
            for error in (payload or {}).get("errors", []) if payload else []:
                assert error["code"] and error["message"], error

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(data=st.data())
    def test_every_input_answers_with_a_code(self, data):
        cache.clear()
        name = data.draw(st.sampled_from(sorted(OPERATIONS)))
        _, strategies = OPERATIONS[name]
        variables = {key: data.draw(strategy) for key, strategy in strategies.items()}
        user = data.draw(st.sampled_from([AnonymousUser(), self.advocate, self.other]))
        self.run_operation(name, variables, user)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_each_operation_is_fuzzed_on_its_own(name, db, commerce):
    case = FuzzGraphQL()
    case.setUp()
    _, strategies = OPERATIONS[name]

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(st.fixed_dictionaries(strategies), st.sampled_from([0, 1, 2]))
    def fuzz(variables, who):
        cache.clear()
        user = [AnonymousUser(), case.advocate, case.other][who]
        case.run_operation(name, variables, user)

    fuzz()
    assert FUZZED[name] >= 40
    print(f"fuzzed {name}: {FUZZED[name]} inputs")
