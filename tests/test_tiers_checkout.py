"""Tier perks at checkout completion: member codes and early access."""

from datetime import timedelta
from decimal import Decimal

import graphene
import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from saleor_referrals.facts import CheckoutFacts, CheckoutLine, Shopper
from saleor_referrals.graphql.tiers import resolve_profile_early_access
from saleor_referrals.graphql.types import Profile
from saleor_referrals.referrals import CheckoutRejected
from saleor_referrals.tiers import ladder
from saleor_referrals.tiers.checkout import (
    EarlyAccessRefused,
    check_checkout,
    check_early_access,
)
from saleor_referrals.tiers.models import TierMembership

from .conftest import CHANNEL
from .tiers_helpers import ACTOR, add_tier, converting, gold, silver

DROP = CheckoutLine("Limited sneaker", ("7",))
PLAIN = CheckoutLine("Socks", ("3",))


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def convert(order_facts, program, advocate, django_capture_on_commit_callbacks):
    return converting(
        order_facts, program, advocate, django_capture_on_commit_callbacks
    )


def facts(user=None, *, voucher_code="", lines=()):
    return CheckoutFacts(
        channel_slug=CHANNEL,
        shopper=Shopper(user.pk if user else None, user.email if user else "g@x.io"),
        voucher_code=voucher_code,
        lines=tuple(lines),
    )


@pytest.fixture
def early_ladder(program, commerce, django_capture_on_commit_callbacks):
    commerce.add_collection("7")
    with django_capture_on_commit_callbacks(execute=True):
        add_tier(
            program,
            silver(
                early_access_collection_ids=["7"],
                early_access_until=timezone.now() + timedelta(days=3),
            ),
        )
        add_tier(program, gold())
    return program


def test_only_the_member_can_use_their_member_code(program, advocate, friend, convert):
    add_tier(program, silver(member_discount_percent=Decimal("10")))
    convert(2)
    code = TierMembership.objects.get(advocate=advocate).member_code
    check_checkout(facts(advocate, voucher_code=code))
    with pytest.raises(CheckoutRejected) as refused:
        check_checkout(facts(friend, voucher_code=code))
    assert refused.value.code == "voucher_not_applicable"
    assert refused.value.field == "voucher_code"
    with pytest.raises(CheckoutRejected):
        check_checkout(facts(None, voucher_code=code))


def test_early_access_refuses_non_members_and_lets_members_through(
    early_ladder, advocate, friend, convert
):
    convert(2)  # Silver
    check_checkout(facts(advocate, lines=[DROP, PLAIN]))
    with pytest.raises(EarlyAccessRefused) as refused:
        check_checkout(facts(friend, lines=[PLAIN, DROP]))
    assert refused.value.code == "product_unavailable_for_purchase"
    assert refused.value.field == "lines"
    assert "Limited sneaker" in refused.value.message
    assert "Silver" in refused.value.message
    with pytest.raises(EarlyAccessRefused):
        check_checkout(facts(None, lines=[DROP]))
    check_checkout(facts(friend, lines=[PLAIN]))
    # After the public date everyone may buy it.
    check_early_access(
        facts(friend, lines=[DROP]), now=timezone.now() + timedelta(days=4)
    )


def test_higher_tiers_inherit_early_access(early_ladder, advocate, convert):
    convert(5)  # Gold
    assert TierMembership.objects.get(advocate=advocate).tier.name == "Gold"
    check_checkout(facts(advocate, lines=[DROP]))


def test_no_query_without_a_voucher_code_or_early_access(program, friend):
    add_tier(program, silver())
    check_checkout(facts(friend, lines=[PLAIN]))  # fills the channel's cache
    with CaptureQueriesContext(connection) as queries:
        check_checkout(facts(friend, lines=[PLAIN, DROP]))
        check_checkout(facts(friend))
    assert len(queries) == 0


def test_a_tier_mutation_refreshes_the_channel_cache(
    program, commerce, friend, django_capture_on_commit_callbacks
):
    commerce.add_collection("7")
    tier = add_tier(program, silver())
    check_checkout(facts(friend, lines=[DROP]))  # cached: no early access
    with django_capture_on_commit_callbacks(execute=True):
        ladder.update_tier(
            tier,
            {
                "early_access_collection_ids": ["7"],
                "early_access_until": timezone.now() + timedelta(days=1),
            },
            actor=ACTOR,
        )
    with pytest.raises(EarlyAccessRefused):
        check_checkout(facts(friend, lines=[DROP]))
    with django_capture_on_commit_callbacks(execute=True):
        ladder.delete_tier(tier, actor=ACTOR, reason="drop is over")
    check_checkout(facts(friend, lines=[DROP]))


def test_profile_lists_early_access_collections(early_ladder, advocate, convert):
    profile = Profile(early_ladder, advocate, "en", "default")
    assert resolve_profile_early_access(profile, None) == []
    convert(2)
    profile = Profile(early_ladder, advocate, "en", "default")
    assert resolve_profile_early_access(profile, None) == [
        graphene.relay.Node.to_global_id("Collection", "7")
    ]
