"""Free text over a column's width, sent to every public and customer mutation that
takes text: a coded error on the field (or the same answer as for any unknown
value), never a database error, and nothing written.

The audit behind it (issue 23): the public and customer mutations taking text are
`referralCodeCreate(code)`, `referralInvite(emails, message)`,
`referralVisitTrack(code)`, `referralShareTrack(code)`,
`checkoutReferralCodeApply(code)`, `referralEmailUnsubscribe(token)` and
`referralEventPassRedeem(code, email)`. Only the guest e-mail of the last one
reached a bounded column (254) unchecked; the others validate or cut before use.
"""

import pytest

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.events import passes
from saleor_referrals.events.models import EventPass
from saleor_referrals.models import Referral, ReferralCode, ReferralShare, ReferralVisit

from . import test_graphql
from .conftest import CHANNEL
from .test_events import LONG_EMAIL, make_event

data, gql = test_graphql.data, test_graphql.gql
clear_throttles = test_graphql.clear_throttles
LONG = "A" * 5000

CASES = {
    "vanity code": (
        "mutation($c: String!) { referralCodeCreate(channel: $c, code: $v) "
        "{ errors { field code } } }",
        "String",
        LONG,
        [("code", "INVALID")],
    ),
    "invited address": (
        "mutation($c: String!) { referralInvite(channel: $c, emails: [$v]) "
        "{ errors { field code } } }",
        "String!",
        LONG_EMAIL,
        [("emails", "INVALID")],
    ),
    "invitation message": (
        "mutation($c: String!) { referralInvite(channel: $c, "
        'emails: ["friend@example.com"], message: $v) { errors { field code } } }',
        "String",
        LONG,
        [("message", "INVALID")],
    ),
    "visited code": (
        "mutation($c: String!) { referralVisitTrack(channel: $c, code: $v) "
        "{ errors { field code } } }",
        "String!",
        LONG,
        [],
    ),
    "shared code": (
        "mutation($c: String!) { referralShareTrack(channel: $c, network: EMAIL, "
        "code: $v) { errors { field code } } }",
        "String",
        LONG,
        [],
    ),
    "unsubscribe token": (
        "mutation { referralEmailUnsubscribe(token: $v) { errors { field code } } }",
        "String!",
        LONG,
        [("token", "INVALID")],
    ),
    "guest pass code": (
        "mutation($c: String!) { referralEventPassRedeem(channel: $c, code: $v, "
        'email: "guest@example.com") { errors { field code } } }',
        "String!",
        LONG,
        [("code", "NOT_FOUND")],
    ),
    "guest e-mail": (
        "mutation($c: String!) { referralEventPassRedeem(channel: $c, code: $p, "
        "email: $v) { errors { field code } } }",
        "String!",
        LONG_EMAIL,
        [("email", "INVALID")],
    ),
}


def written() -> tuple[int, ...]:
    return (
        ReferralCode.objects.count(),
        Referral.objects.count(),
        ReferralVisit.objects.count(),
        ReferralShare.objects.count(),
        EventPass.objects.filter(redeemed_at__isnull=False).count(),
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_over_long_text_answers_a_code_and_writes_nothing(
    case, gql, program, advocate, friend, clear_throttles
):
    query, kind, value, expected = CASES[case]
    get_or_create_code(program, friend)  # an advocate with a pass
    passes.invite_members(make_event(program).pk)
    variables = {"c": CHANNEL, "v": value, "p": EventPass.objects.first().code}
    declared = ["$v: " + kind]
    if "$c" in query:
        declared.append("$c: String!")
    if "$p" in query:
        declared.append("$p: String!")
    operation = query.replace("mutation($c: String!)", "mutation").replace(
        "mutation", f"mutation({', '.join(declared)})", 1
    )
    before = written()
    result = data(
        gql(
            operation,
            {key: variables[key] for key in ("c", "v", "p") if f"${key}" in query},
            user=advocate,
        )
    )
    errors = next(iter(result.values()))["errors"]
    assert [(error["field"], error["code"]) for error in errors] == expected
    assert written() == before
