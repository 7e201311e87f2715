"""Real data for the console's browser tests: made through the domain services and
our GraphQL schema, committed (the live server reads it over HTTP)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import graphene
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import timezone

from saleor_referrals import referrals
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.config import parse
from saleor_referrals.models import Referral, ReferralStatus
from saleor_referrals.programs import sync_program
from tests.server.schema import SCHEMA

from ..conftest import CHANNEL, make_staff, make_user

PASSWORD = "console-secret"


def gid(type_name: str, pk) -> str:
    return graphene.relay.Node.to_global_id(type_name, pk)


def api(query: str, variables: dict | None = None, user=None) -> dict:
    request = RequestFactory().post("/graphql/")
    request.user = user or AnonymousUser()
    request.app = None
    result = SCHEMA.execute(query, variable_values=variables, context_value=request)
    assert not result.errors, result.errors
    return result.data


def program(**overrides):
    settings = {
        "advocate_reward_type": "voucher",
        "advocate_reward_value": "20",
        "hold_days": "10",
        "new_customers_only": True,
        "storefront_url": "https://shop.example.com/",
        **overrides,
    }
    return sync_program(
        channel_slug=CHANNEL, currency="USD", settings=parse(settings), active=True
    )


def staff(email: str = "operator@example.com"):
    user = make_staff(email)
    user.set_password(PASSWORD)
    user.save()
    return user


def referred_order(the_program, advocate, friend, order_facts, total="120.00"):
    """A friend's paid order with the advocate's code: a referral with a held reward."""
    code = get_or_create_code(the_program, advocate)
    facts = order_facts(friend, voucher_code=code.code, total=total)
    return referrals.qualify_paid_order(facts)


def flag(referral: Referral, reason: str = "same address as the advocate") -> None:
    Referral.objects.filter(pk=referral.pk).update(
        status=ReferralStatus.FLAGGED, status_reason=reason
    )


def convert(referral: Referral, days_ago: int = 0) -> None:
    Referral.objects.filter(pk=referral.pk).update(
        status=ReferralStatus.APPROVED,
        created_at=timezone.now() - timedelta(days=days_ago),
    )


def people(count: int, prefix: str = "friend"):
    return [make_user(f"{prefix}{n}@example.com", f"F{n}", "Doe") for n in range(count)]


__all__ = [
    "Decimal",
    "PASSWORD",
    "api",
    "convert",
    "flag",
    "gid",
    "people",
    "program",
    "referred_order",
    "staff",
]
