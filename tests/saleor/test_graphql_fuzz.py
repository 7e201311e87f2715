"""Our fields fuzzed through Saleor's real /graphql/, as a guest, a customer and
staff, with variables and with inline literals: no response is a server error, and
every error carries a code.

Date-time strings that Saleor's own `DateTime` scalar raises on while parsing
(aniso8601's IndexError on `"T"`, NotImplementedError on `+275760-...`, ValueError on
an inline `+24:00` or year 0) fail in Saleor's validation step, before any resolver,
for every DateTime argument of Saleor's schema alike; they are left out here. What
the scalar lets through reaches our resolvers, and that is what this test covers.
"""

import json
import re
from collections import Counter

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from django.core.cache import cache
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from saleor.graphql import api
from saleor.graphql.core.scalars import DateTime as SaleorDateTime
from saleor.graphql.core.utils import to_global_id_or_none

from saleor_referrals.graphql.schema import build_schema

from ..fuzz_inputs import cursors, datetime_texts, global_ids, nasty_text
from ..schema_fuzz import (
    Hints,
    documented_arguments,
    referral_fields,
    request_strategy,
    sent_arguments,
    type_names_with_ids,
)

# A field of ours: (operation, selection with `$name` where each argument goes,
# {name: (GraphQL type, strategy)}).
CHANNEL = "main"
channels = st.one_of(st.just(CHANNEL), nasty_text)
optional = st.one_of
OPERATIONS = {
    "program": (
        "query",
        "referralProgram(channel: $channel, code: $code) { code advocateName }",
        {"channel": ("String!", channels), "code": ("String", nasty_text)},
    ),
    "profile_pages": (
        "query",
        "referralProfile(channel: $channel) { code "
        "referrals(first: $first, after: $after) { totalCount } "
        "rewards(first: 3, after: $after) { totalCount } }",
        {
            "channel": ("String!", st.just(CHANNEL)),
            "first": ("Int", optional(st.none(), st.integers(-5, 300))),
            "after": ("String", optional(st.none(), cursors())),
        },
    ),
    "staff_pages": (
        "query",
        "referrals(channel: $channel, first: $first, after: $after) "
        "{ totalCount } referralRewards(channel: $channel, after: $after) "
        "{ totalCount }",
        {
            "channel": ("String!", channels),
            "first": ("Int", optional(st.none(), st.integers(-5, 300))),
            "after": ("String", optional(st.none(), cursors())),
        },
    ),
    "summary": (
        "query",
        "referralProgramSummary(channel: $channel, from: $start, to: $end) "
        "{ pending visits }",
        {
            "channel": ("String!", st.just(CHANNEL)),
            "start": ("DateTime", optional(st.none(), datetime_texts())),
            "end": ("DateTime", optional(st.none(), datetime_texts())),
        },
    ),
    "filters": (
        "query",
        "referrals(channel: $channel, filter: {createdFrom: $start, "
        "createdTo: $end}) { totalCount } "
        "referralRewards(channel: $channel, filter: {createdFrom: $start, "
        "createdTo: $end}) { totalCount }",
        {
            "channel": ("String!", st.just(CHANNEL)),
            "start": ("DateTime", optional(st.none(), datetime_texts())),
            "end": ("DateTime", optional(st.none(), datetime_texts())),
        },
    ),
    "apply": (
        "mutation",
        "checkoutReferralCodeApply(id: $id, code: $code, network: $network) "
        "{ voucherCode errors { field code message } }",
        {
            "id": ("ID!", global_ids()),
            "code": ("String!", nasty_text),
            "network": (
                "ReferralShareNetworkEnum",
                optional(st.none(), st.sampled_from(["WHATSAPP", "EMAIL", "OTHER"])),
            ),
        },
    ),
    "visit": (
        "mutation",
        "referralVisitTrack(channel: $channel, code: $code) "
        "{ errors { field code message } }",
        {"channel": ("String!", channels), "code": ("String!", nasty_text)},
    ),
    "code_create": (
        "mutation",
        "referralCodeCreate(channel: $channel, code: $code) "
        "{ code errors { field code message } }",
        {"channel": ("String!", channels), "code": ("String", nasty_text)},
    ),
    "invite": (
        "mutation",
        "referralInvite(channel: $channel, emails: $emails) "
        "{ invited notEligible errors { field code message } }",
        {
            "channel": ("String!", st.just(CHANNEL)),
            "emails": (
                "[String!]!",
                st.lists(
                    st.one_of(
                        st.emails(),
                        st.builds(
                            "{}@{}.example.com".format,
                            st.text("abc", min_size=60, max_size=64),
                            st.text("xyz", min_size=200, max_size=260),
                        ),
                        nasty_text,
                    ),
                    max_size=4,
                ),
            ),
        },
    ),
    "review": (
        "mutation",
        "referralReview(id: $id, decision: APPROVE, reason: $reason) "
        "{ errors { field code message } }",
        {"id": ("ID!", global_ids()), "reason": ("String", nasty_text)},
    ),
    "revoke": (
        "mutation",
        "referralRewardRevoke(id: $id, reason: $reason) "
        "{ errors { field code message } }",
        {"id": ("ID!", global_ids()), "reason": ("String!", nasty_text)},
    ),
    "unsubscribe": (
        "mutation",
        "referralEmailUnsubscribe(token: $token) { topic errors { code message } }",
        {"token": ("String!", nasty_text)},
    ),
}
# What a handled error is reported as (`extensions.exception.code`): GraphQL's own
# syntax and validation errors, and ours. Anything else (DataError, ValueError) is
# a crash.
HANDLED = {
    "GraphQLError",
    "GraphQLSyntaxError",
    "PermissionDenied",
    "Throttled",
    "InvalidArgument",
}
CODED = {"Throttled", "InvalidArgument"}
EXAMPLES = 2000  # about a minute
SENT = Counter()


def saleor_scalar_parses(value: str) -> bool:
    """Whether Saleor's DateTime scalar parses `value` without raising."""
    try:
        SaleorDateTime.parse_value(value)
    except Exception:
        return False
    return True


def literal(value) -> str:
    """A GraphQL literal: JSON's strings are GraphQL strings."""
    if isinstance(value, list):
        return "[" + ", ".join(literal(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def request(name: str, values: dict, inline: bool) -> tuple[str, dict | None]:
    kind, selection, arguments = OPERATIONS[name]
    if inline:
        # Saleor's GraphQL parser has no `null` literal: leave the argument out.
        for key, value in values.items():
            if value is None:
                selection = re.sub(rf"\w+: \${key}\b", "", selection)
        filled = re.sub(r"\$(\w+)", lambda match: literal(values[match[1]]), selection)
        return f"{kind} {{ {filled} }}", None
    declared = ", ".join(f"${key}: {arguments[key][0]}" for key in arguments)
    return f"{kind}({declared}) {{ {selection} }}", values


def check_response(response, name: str, values: dict) -> None:
    context = (name, values)
    assert response.status_code < 500, context
    content = response.json()
    for error in content.get("errors") or []:
        extensions = error.get("extensions", {})
        kind = extensions.get("exception", {}).get("code")
        assert kind in HANDLED, (context, error)
        assert error["message"] != "Internal Server Error", (context, error)
        if kind in CODED:
            assert extensions["code"], (context, error)
    for payload in (content.get("data") or {}).values():
        for error in (
            (payload or {}).get("errors", []) if isinstance(payload, dict) else []
        ):
            assert error["code"] and error["message"], (context, error)


@pytest.fixture
def callers(
    api_client, user_api_client, staff_api_client, permission_group_manage_discounts
):
    permission_group_manage_discounts.user_set.add(staff_api_client.user)
    return {
        "anonymous": api_client,
        "customer": user_api_client,
        "staff": staff_api_client,
    }


def test_our_fields_answer_every_input_with_a_code(advocate_code, callers):
    assert advocate_code.program.channel_slug == CHANNEL

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(data=st.data())
    def fuzz(data):
        cache.clear()  # throttling would hide the paths behind it
        name = data.draw(st.sampled_from(sorted(OPERATIONS)), label="operation")
        _, _, arguments = OPERATIONS[name]
        values = {
            key: data.draw(strategy, label=key)
            for key, (_, strategy) in arguments.items()
        }
        caller = data.draw(st.sampled_from(sorted(callers)), label="caller")
        inline = data.draw(st.booleans(), label="inline")
        assume(
            all(
                saleor_scalar_parses(values[key])
                for key, (kind, _) in arguments.items()
                if kind == "DateTime" and values[key] is not None
            )
        )
        query, variables = request(name, values, inline)
        check_response(callers[caller].post_graphql(query, variables), name, values)
        SENT[(caller, inline)] += 1

    fuzz()
    # Every caller was tried in both forms.
    assert len(SENT) == 6, SENT
    print(f"sent {sum(SENT.values())} requests: {dict(SENT)}")


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("staff_pages", {"channel": CHANNEL, "first": 5, "after": "b2Zmc2V0Ojk5"}),
        (
            "staff_pages",
            {
                "channel": CHANNEL,
                "first": None,
                # base64 of offset:9223372036854775807
                "after": "b2Zmc2V0OjkyMjMzNzIwMzY4NTQ3NzU4MDc=",
            },
        ),
        ("summary", {"channel": CHANNEL, "start": "2024-01-01T00:00:00+24:00"}),
        (
            "summary",
            {
                "channel": CHANNEL,
                "start": "2024-02-01T00:00:00Z",
                "end": "2024-01-01T00:00:00Z",
            },
        ),
        (
            "filters",
            {"channel": CHANNEL, "start": None, "end": "2024-01-01T00:00:00+24:00"},
        ),
    ],
)
@pytest.mark.parametrize("inline", [False, True])
def test_known_bad_arguments_are_invalid(advocate_code, callers, name, values, inline):
    arguments = OPERATIONS[name][2]
    values = {key: values.get(key) for key in arguments}
    query, variables = request(name, values, inline)
    response = callers["staff"].post_graphql(query, variables)
    check_response(response, name, values)
    errors = response.json().get("errors") or []
    if values.get("after") == "b2Zmc2V0Ojk5":  # offset:99, a fine cursor
        assert errors == []
        return
    assert errors, response.json()
    assert {error["extensions"].get("code") for error in errors} == {"INVALID"}, errors


# Every root field the referral API adds, as Saleor's composed schema serves it, with
# values for every argument it documents, and for those of its result's fields
# (pages, languages): derived from the schema, so a field or argument added later
# is covered without editing this list.
SCHEMA_EXAMPLES = 2500
SENT_ARGUMENTS: set[tuple[str, str]] = set()


def test_every_argument_of_every_referral_field_answers_without_a_crash(
    advocate_code, callers, ready_checkout
):
    schema = api.schema
    fields = referral_fields(schema, build_schema())
    # Date-times Saleor's scalar raises on are left out (module docstring).
    hints = Hints(
        CHANNEL,
        type_names_with_ids(schema),
        datetimes=datetime_texts().filter(saleor_scalar_parses),
        known_ids=(
            to_global_id_or_none(ready_checkout),
            to_global_id_or_none(advocate_code.user),
        ),
    )
    documented = documented_arguments(fields)
    by_name = {field.name: field for field in fields}
    requests = {field.name: request_strategy(field, hints) for field in fields}

    @settings(
        max_examples=SCHEMA_EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(data=st.data())
    def fuzz(data):
        cache.clear()
        name = data.draw(st.sampled_from(sorted(requests)), label="field")
        query, variables = data.draw(requests[name], label="request")
        caller = data.draw(st.sampled_from(sorted(callers)), label="caller")
        check_response(callers[caller].post_graphql(query, variables), name, variables)
        SENT_ARGUMENTS.update(sent_arguments(by_name[name], variables))

    fuzz()
    # Every documented argument was sent with a value at least once.
    assert documented - SENT_ARGUMENTS == set()
    print(f"{len(fields)} fields, {len(documented)} arguments fuzzed")
