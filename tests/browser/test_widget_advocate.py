"""What the widget tells an advocate, in Chromium against the standalone server
(issue 23, point 5): "Earned" is what they got (donations on their behalf apart),
the reward they get now (their tier's, not the base one), their own store-credit
and member codes, the landing page's terms in the page's language, and money and
counts in the language's digits with separators that cannot read as a digit."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.db.models import F, Sum
from playwright.sync_api import expect

from saleor_referrals.causes.models import Cause
from saleor_referrals.codes import WALLET_CODE_SUFFIX, get_or_create_code
from saleor_referrals.models import (
    ReferralVisit,
    Reward,
    RewardKind,
    StoreCreditWallet,
)
from saleor_referrals.tiers.models import TierMembership
from tests.server.auth import token_for

from ..tiers_helpers import add_tier, converting, gold
from .storefront import open_shop, serious_accessibility_violations

LATIN_DIGITS = re.compile(r"[0-9]")
ARABIC_INDIC_DIGITS = re.compile(r"[\u0660-\u0669]")
PERSIAN_DIGITS = re.compile(r"[\u06f0-\u06f9]")


@pytest.fixture
def program_settings(program_settings):
    return {
        **program_settings,
        "advocate_reward_type": "store_credit",
        "advocate_reward_value": "10",
        "terms": "Rewards are store credit, released after the return window.",
        "terms_fa": "پاداش‌ها اعتبار خرید هستند و پس از مهلت بازگشت آزاد می‌شوند.",
        "terms_ar": "المكافآت رصيد متجر يُصرف بعد انتهاء مهلة الإرجاع.",
    }


@pytest.fixture
def gold_advocate(program, advocate, order_facts, django_capture_on_commit_callbacks):
    """Ada, Gold (x1.5 rewards, 5 % member code) after her first friend, with a
    cause the shop gives $2 to for each of her referrals; two friends paid."""
    add_tier(
        program,
        gold(
            min_referrals=1,
            reward_multiplier=Decimal("1.5"),
            member_discount_percent=Decimal("5"),
        ),
    )
    Cause.objects.create(
        program=program, name="Clean rivers", donate_per_referral=Decimal("2")
    )
    converting(order_facts, program, advocate, django_capture_on_commit_callbacks)(2)
    return advocate


def total(**filters) -> Decimal:
    return Reward.objects.filter(**filters).aggregate(
        total=Sum(F("amount") - F("revoked_amount"))
    )["total"]


def test_earned_reward_and_codes_are_the_advocates_own(
    page, live_server, program, gold_advocate, friend
):
    advocate = gold_advocate
    credit = total(recipient=advocate, kind=RewardKind.STORE_CREDIT)
    donated = total(recipient=advocate, kind=RewardKind.DONATION)
    assert donated == Decimal("4.00") and credit > 0
    member_code = TierMembership.objects.get(advocate=advocate).member_code
    assert member_code
    # Another customer's wallet is never shown to Ada.
    StoreCreditWallet.objects.create(
        user=friend, currency="USD", gift_card_id="someone-elses"
    )

    open_shop(page, live_server.url, share=True, token=token_for(advocate))
    share = page.locator("referral-share")
    expect(share.locator("[data-code]")).to_have_text(
        get_or_create_code(program, advocate).code
    )
    # Earned: her store credit only; the donations are shown apart.
    expect(share.locator("[data-stat=earned]")).to_have_text(f"${credit:.2f}")
    expect(share.locator("[data-stat=donated]")).to_have_text("$4.00")
    expect(share.get_by_text("Donated for you")).to_be_visible()
    # Gold: the base $10 times 1.5.
    expect(share.locator("[data-reward]")).to_have_text(
        "You get $15.00 store credit for each friend who orders"
    )
    # Her codes to spend at checkout.
    wallet = StoreCreditWallet.objects.get(user=advocate)
    from saleor_referrals.commerce import get_commerce

    card = get_commerce().wallet_card(wallet.gift_card_id)
    assert card.code.endswith(WALLET_CODE_SUFFIX)
    expect(share.locator("[data-store-credit]")).to_have_text(card.code)
    expect(share).to_contain_text(f"({'$'}{card.balance:.2f} left)")
    expect(share.locator("[data-member-code]")).to_have_text(member_code)
    expect(share).to_contain_text("Your personal Gold discount at checkout")
    assert serious_accessibility_violations(page) == []


def test_the_reward_reads_zero_once_the_cap_is_reached(
    page,
    live_server,
    configure,
    program_settings,
    advocate,
    order_facts,
    django_capture_on_commit_callbacks,
):
    program = configure(**{**program_settings, "max_rewards_per_advocate": "1"})
    converting(order_facts, program, advocate, django_capture_on_commit_callbacks)(1)
    open_shop(page, live_server.url, share=True, token=token_for(advocate))
    expect(page.locator("referral-share [data-reward]")).to_have_text(
        "You reached the program's reward limit: friends still get their offer."
    )


@pytest.mark.parametrize(
    ("language", "digits", "terms"),
    [
        (
            "en",
            LATIN_DIGITS,
            "Rewards are store credit, released after the return window.",
        ),
        (
            "fa",
            PERSIAN_DIGITS,
            "پاداش‌ها اعتبار خرید هستند و پس از مهلت بازگشت آزاد می‌شوند.",
        ),
        ("ar", ARABIC_INDIC_DIGITS, "المكافآت رصيد متجر يُصرف بعد انتهاء مهلة الإرجاع."),
    ],
)
def test_the_landing_shows_the_terms_in_the_pages_language(
    page, live_server, program, advocate, language, digits, terms
):
    code = get_or_create_code(program, advocate).code
    open_shop(page, live_server.url, f"?ref={code}", language=language, landing=True)
    landing = page.locator("referral-landing")
    expect(landing.locator("[data-code]")).to_have_text(code)
    expect(landing.locator("[data-terms]")).to_have_text(terms)
    # The offer's "15" in the language's digits.
    assert digits.search(landing.locator(".offer").inner_text())


@pytest.mark.parametrize(
    ("language", "digits", "separator"),
    [("fa", PERSIAN_DIGITS, "،"), ("ar", ARABIC_INDIC_DIGITS, "،")],
)
def test_money_and_the_leaderboard_in_the_languages_digits(
    page, live_server, program, gold_advocate, language, digits, separator
):
    open_shop(
        page,
        live_server.url,
        language=language,
        share=True,
        token=token_for(gold_advocate),
    )
    share = page.locator("referral-share")
    expect(share.locator("[data-leaderboard] li")).to_have_count(1)
    for selector in ("[data-stat=earned]", "[data-stat=donated]", "[data-reward]"):
        text = share.locator(selector).inner_text()
        assert digits.search(text), (selector, text)
        assert not LATIN_DIGITS.search(text), (selector, text)
    entry = share.locator("[data-leaderboard] li").inner_text()
    # "Ada L.، ۲ معرفی": no middle dot, which reads as a Persian zero.
    assert "·" not in entry and separator in entry, entry
    assert not LATIN_DIGITS.search(entry.replace("Ada L.", "")), entry


def test_a_reload_while_the_visit_is_sent_is_not_a_second_visit(
    page, live_server, program, advocate
):
    code = get_or_create_code(program, advocate).code
    open_shop(page, live_server.url, f"?ref={code}", landing=True)
    expect(page.locator("referral-landing [data-code]")).to_have_text(code)
    page.reload()  # at once: the first visit may still be on its way
    expect(page.locator("referral-landing [data-code]")).to_have_text(code)
    page.wait_for_timeout(1000)
    assert ReferralVisit.objects.count() == 1
