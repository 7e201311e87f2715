"""Query arguments the database or Python would choke on answer a coded error.

The rule: a query's bad argument is a top-level error with `extensions.code`, a
`ReferralErrorCode` name, and `extensions.field`, the argument.
"""

from __future__ import annotations

import base64
import datetime

import pytest

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.graphql.core import (
    MAX_OFFSET,
    InvalidArgument,
    utc_argument,
    utc_period,
)
from saleor_referrals.graphql.enums import ReferralErrorCode

from .test_graphql import gql, paid, staff

__all__ = ["gql", "paid", "staff"]  # fixtures used below

PROFILE_PAGES = """
query($after: String) { referralProfile(channel: "default-channel") {
  referrals(first: 5, after: $after) { totalCount }
  rewards(first: 5, after: $after) { totalCount } } }
"""
STAFF_PAGES = """
query($after: String) {
  referrals(channel: "default-channel", after: $after) { totalCount }
  referralRewards(channel: "default-channel", after: $after) { totalCount } }
"""
SUMMARY = """
query($from: DateTime, $to: DateTime) {
  referralProgramSummary(channel: "default-channel", from: $from, to: $to) {
    pending } }
"""
FILTERED = """
query($from: DateTime, $to: DateTime) {
  referrals(channel: "default-channel",
            filter: {createdFrom: $from, createdTo: $to}) { totalCount }
  referralRewards(channel: "default-channel",
                  filter: {createdFrom: $from, createdTo: $to}) { totalCount } }
"""


def cursor(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def coded(result) -> list[tuple[str, str]]:
    """(code, field) of every error; fails on an error without a code."""
    assert result.errors, "an error was expected"
    pairs = []
    for error in result.errors:
        original = error.original_error
        assert isinstance(original, InvalidArgument), error
        pairs.append((original.extensions["code"], original.extensions["field"]))
    return pairs


@pytest.mark.parametrize(
    "after",
    [
        cursor("offset:9223372036854775807"),
        cursor("offset:99999999999999999999999"),
        cursor(f"offset:{MAX_OFFSET + 1}"),
        cursor("offset:-1"),
        cursor("page:3"),
        "not base64!",
        cursor("offset:" + "9" * 5000),  # past Python's int-parsing limit
    ],
)
def test_bad_cursors_are_invalid(gql, program, advocate, staff, after):
    get_or_create_code(program, advocate)
    customer = gql(PROFILE_PAGES, {"after": after}, advocate)
    assert set(coded(customer)) == {("INVALID", "after")}
    staff_result = gql(STAFF_PAGES, {"after": after}, staff)
    assert set(coded(staff_result)) == {("INVALID", "after")}


def test_the_deepest_allowed_cursor_is_an_empty_page(gql, program, staff):
    result = gql(STAFF_PAGES, {"after": cursor(f"offset:{MAX_OFFSET}")}, staff)
    assert not result.errors
    assert result.data["referrals"]["totalCount"] == 0


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        ("2024-01-01T00:00:00+24:00", None, "from"),  # what the scalar lets pass
        (None, "0001-01-01T00:00:00+01:00", "to"),  # before year 1 in UTC
        ("2024-02-01T00:00:00Z", "2024-01-01T00:00:00Z", "to"),  # inverted
    ],
)
def test_bad_periods_are_invalid(gql, program, staff, start, end, field):
    variables = {"from": start, "to": end}
    assert coded(gql(SUMMARY, variables, staff)) == [("INVALID", field)]
    filter_field = {"from": "createdFrom", "to": "createdTo"}[field]
    assert set(coded(gql(FILTERED, variables, staff))) == {("INVALID", filter_field)}


def test_periods_in_any_offset_or_none_are_read_as_utc(
    gql, program, advocate, friend, staff, order_facts, paid
):
    code = get_or_create_code(program, advocate)
    paid(order_facts(friend, voucher_code=code.code))
    now = datetime.datetime.now(datetime.UTC)
    tehran = datetime.timezone(datetime.timedelta(hours=3, minutes=30))
    variables = {
        "from": (now - datetime.timedelta(hours=1)).astimezone(tehran).isoformat(),
        # Naive: read as UTC.
        "to": (now + datetime.timedelta(hours=1)).replace(tzinfo=None).isoformat(),
    }
    result = gql(FILTERED, variables, staff)
    assert not result.errors, result.errors
    assert result.data["referrals"]["totalCount"] == 1
    summary = gql(SUMMARY, variables, staff)
    assert not summary.errors
    assert summary.data["referralProgramSummary"]["pending"] == 0


class PlusOneDay(datetime.tzinfo):
    """An offset Python refuses to apply (what `+24:00` parses to)."""

    def utcoffset(self, dt):
        return datetime.timedelta(days=1)

    def dst(self, dt):
        return None


@pytest.mark.parametrize(
    "value",
    [
        datetime.datetime(2024, 1, 1, tzinfo=PlusOneDay()),
        datetime.datetime(1, 1, 1, tzinfo=datetime.timezone.max),
        datetime.datetime(
            9999, 12, 31, 23, tzinfo=datetime.timezone(-datetime.timedelta(hours=5))
        ),
        datetime.date(2024, 1, 1),
        "2024-01-01",
    ],
)
def test_utc_argument_refuses_what_has_no_place_in_time(value):
    with pytest.raises(InvalidArgument) as error:
        utc_argument(value, "from")
    assert error.value.extensions == {"code": "INVALID", "field": "from"}


def test_utc_period_converts_and_orders():
    start = datetime.datetime(2024, 1, 1, 3, 30, tzinfo=datetime.timezone.max)
    end = datetime.datetime(2024, 1, 1)
    assert utc_period(start, end, ("from", "to")) == (
        datetime.datetime(2023, 12, 31, 3, 31, tzinfo=datetime.UTC),
        datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
    )
    assert utc_period(None, None, ("from", "to")) == (None, None)
    with pytest.raises(InvalidArgument):
        utc_period(end, start.replace(year=2023), ("from", "to"))


def test_query_error_codes_are_referral_error_codes(gql, program, staff):
    result = gql(STAFF_PAGES, {"after": "??"}, staff)
    for code, _ in coded(result):
        assert code in ReferralErrorCode._meta.enum.__members__
