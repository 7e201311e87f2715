"""Every public and customer input, fuzzed: an error with a code, never a crash, and
nothing written when the answer is an error."""

from __future__ import annotations

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

from .conftest import CHANNEL, make_staff, make_user
from .fuzz_inputs import cursors, datetime_texts, global_ids, nasty_text
from .schema_fuzz import (
    Hints,
    documented_arguments,
    referral_fields,
    request_strategy,
    sent_arguments,
    type_names_with_ids,
)

SCHEMA = build_schema()
ALLOWED_TOP_LEVEL = {"PermissionDenied", "Throttled", "InvalidArgument", "GraphQLError"}
CODED_TOP_LEVEL = {"Throttled", "InvalidArgument"}
FUZZED = Counter()

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
    "staff_pages": (
        "query($first: Int, $after: String) { "
        'referrals(channel: "default-channel", first: $first, after: $after) '
        '{ totalCount } referralRewards(channel: "default-channel", first: $first, '
        "after: $after) { totalCount } }",
        {
            "first": st.one_of(st.none(), st.integers(-5, 200)),
            "after": st.one_of(st.none(), cursors()),
        },
    ),
    "reward_pages": (
        'query($after: String) { referralProfile(channel: "default-channel") { '
        "rewards(first: 5, after: $after) { totalCount } } }",
        {"after": st.one_of(st.none(), cursors())},
    ),
    "summary": (
        "query($from: DateTime, $to: DateTime) { referralProgramSummary(channel: "
        '"default-channel", from: $from, to: $to) { pending visits } }',
        {
            "from": st.one_of(st.none(), datetime_texts()),
            "to": st.one_of(st.none(), datetime_texts()),
        },
    ),
    "filters": (
        "query($from: DateTime, $to: DateTime) { "
        'referrals(channel: "default-channel", filter: {createdFrom: $from, '
        "createdTo: $to}) { totalCount } "
        'referralRewards(channel: "default-channel", filter: {createdFrom: $from, '
        "createdTo: $to}) { totalCount } }",
        {
            "from": st.one_of(st.none(), datetime_texts()),
            "to": st.one_of(st.none(), datetime_texts()),
        },
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
        self.staff = make_staff()
        get_or_create_code(self.program, self.advocate)
        shop.add_checkout(MemoryCheckout("token-1", CHANNEL, self.other.pk, "e@x.com"))

    def run_operation(
        self, name: str, variables: dict, user, query: str | None = None
    ) -> None:
        query = query or OPERATIONS[name][0]
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
            if kind in CODED_TOP_LEVEL:
                assert original.extensions["code"], error
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
        user = data.draw(
            st.sampled_from([AnonymousUser(), self.advocate, self.other, self.staff])
        )
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
    @given(st.fixed_dictionaries(strategies), st.sampled_from([0, 1, 2, 3]))
    def fuzz(variables, who):
        cache.clear()
        user = [AnonymousUser(), case.advocate, case.other, case.staff][who]
        case.run_operation(name, variables, user)

    fuzz()
    assert FUZZED[name] >= 40
    print(f"fuzzed {name}: {FUZZED[name]} inputs")


def test_every_argument_of_every_field_answers_without_a_crash(db, commerce):
    """Every root field of the schema, every argument it and its result's fields
    document, values drawn from the schema's types (tests/schema_fuzz.py): no
    crash, every error coded, nothing written on an error. The same derivation
    runs inside Saleor through its /graphql/ (tests/saleor/test_graphql_fuzz.py)."""
    case = FuzzGraphQL()
    case.setUp()
    fields = referral_fields(SCHEMA, SCHEMA)
    hints = Hints(
        CHANNEL,
        type_names_with_ids(SCHEMA),
        known_ids=(
            graphene.relay.Node.to_global_id("Checkout", "token-1"),
            graphene.relay.Node.to_global_id("User", case.advocate.pk),
        ),
    )
    by_name = {field.name: field for field in fields}
    requests = {field.name: request_strategy(field, hints) for field in fields}
    users = [AnonymousUser(), case.advocate, case.other, case.staff]
    sent: set[tuple[str, str]] = set()

    @settings(
        max_examples=1500,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(data=st.data())
    def fuzz(data):
        cache.clear()
        name = data.draw(st.sampled_from(sorted(requests)), label="field")
        query, variables = data.draw(requests[name], label="request")
        case.run_operation(name, variables, data.draw(st.sampled_from(users)), query)
        sent.update(sent_arguments(by_name[name], variables))

    fuzz()
    # The random phase spreads 1,500 requests over every field; an argument it
    # happened not to send (a new field shifts the draws) gets focused requests:
    # only the fields that still miss one, until each was sent once.
    documented = documented_arguments(fields)

    def focused(names: tuple[str, ...]):
        @settings(
            max_examples=200,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        @given(data=st.data())
        def focus(data):
            cache.clear()
            name = data.draw(st.sampled_from(names), label="field")
            query, variables = data.draw(requests[name], label="request")
            case.run_operation(
                name, variables, data.draw(st.sampled_from(users)), query
            )
            sent.update(sent_arguments(by_name[name], variables))

        return focus

    for _ in range(5):
        missing = sorted({path.split(".")[0] for path, _ in documented - sent})
        if not missing:
            break
        focused(tuple(missing))()
    assert documented - sent == set()
