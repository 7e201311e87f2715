"""The storefront widget in Chromium against real Saleor: Saleor's /graphql/ with our
fields, the module served through Saleor's plugin route, Saleor's sign-in and a
real checkout."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")
pytest.importorskip("playwright", reason="Playwright is not installed (README)")

from decimal import Decimal

from playwright.sync_api import expect
from saleor.core.db.connection import allow_writer
from saleor.graphql.core.utils import to_global_id_or_none
from saleor.order import OrderChargeStatus
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.models import ReferralVisit
from saleor_referrals.tiers import ladder
from tests.browser import conftest as browser_fixtures
from tests.browser.storefront import (
    events,
    open_shop,
    serious_accessibility_violations,
)

# Chromium and a fresh page per test, as in the standalone browser tests.
browser = browser_fixtures.browser
page = browser_fixtures.page
page_errors = browser_fixtures.page_errors


@pytest.fixture(autouse=True)
def replica_names_the_test_database():
    """Saleor's replica is a test mirror of the default database, but only the
    connection Saleor's test setup wraps (in the main thread) knows it: the live
    server's threads build their own from the settings, which name the real
    database, and so does the main thread once that wrapper is gone (as it is after
    the transactional concurrency tests of test_faults.py). Point the settings at
    the test database while a browser test runs."""
    from django.conf import settings
    from django.db import connections

    replica = connections.settings[settings.DATABASE_CONNECTION_REPLICA_NAME]
    name = replica["NAME"]
    replica["NAME"] = connections["default"].settings_dict["NAME"]
    yield
    replica["NAME"] = name


CHECKOUT = """async (id) => {
  const response = await fetch("/graphql/", {
    method: "POST",
    headers: {"Content-Type": "application/json"},
    body: JSON.stringify({
      query: `query($id: ID!) { checkout(id: $id) {
        voucherCode discount { amount currency }
        subtotalPrice { gross { amount } } } }`,
      variables: {id},
    }),
  });
  return (await response.json()).data.checkout;
}"""


def test_guest_lands_and_the_code_discounts_a_real_checkout(
    page, live_server, channel_USD, advocate_code, guest_checkout
):
    checkout = guest_checkout("guest@example.org")
    checkout_id = to_global_id_or_none(checkout)
    code = advocate_code.code
    open_shop(
        page,
        live_server.url,
        f"?ref={code}&utm_source=telegram",
        channel=channel_USD.slug,
        landing=True,
    )
    landing = page.locator("referral-landing")
    expect(landing.get_by_role("heading")).to_have_text("Leslie W. sent you a gift")
    expect(landing).to_contain_text(f"Get 15% off your first order with code {code}")
    page.wait_for_function(
        "window.referralEvents.some((e) => e.type === 'referral:visit')"
    )
    visit = ReferralVisit.objects.get()
    assert (visit.code_id, visit.network) == (advocate_code.pk, "telegram")

    result = page.evaluate(
        "(id) => document.querySelector('referral-landing').apply(id)", checkout_id
    )
    assert result == {"checkoutId": checkout_id, "voucherCode": code}
    expect(landing.get_by_role("status")).to_have_text(
        f"Code {code} applied to your checkout"
    )
    shown = page.evaluate(CHECKOUT, checkout_id)
    assert shown["voucherCode"] == code
    subtotal = Decimal(str(shown["subtotalPrice"]["gross"]["amount"]))
    discount = Decimal(str(shown["discount"]["amount"]))
    assert discount > 0
    assert discount == (subtotal + discount) * Decimal("0.15")
    assert events(page, "referral:applied") == [
        {"checkoutId": checkout_id, "code": code}
    ]


def test_signed_in_advocate_copies_shares_invites_and_sees_progress(
    page,
    live_server,
    program,
    channel_USD,
    advocate_code,
    friend_order,
    customer_user2,
):
    advocate = advocate_code.user
    with allow_writer():
        for name, rank, needed in (("Silver", 1, 1), ("Gold", 2, 3)):
            ladder.create_tier(
                program,
                ladder.TierSpec(name=name, rank=rank, min_referrals=needed),
                actor="staff@example.com",
            )
        ladder.create_milestone(
            program,
            ladder.MilestoneSpec(slug="first", name="First friend", referrals=1),
            actor="staff@example.com",
        )
    # A friend pays with the advocate's code: the referral converts (hold 0).
    order = friend_order(customer_user2)
    order.voucher_code = advocate_code.code
    order.charge_status = OrderChargeStatus.FULL
    order.total_gross_amount = order.total_net_amount = Decimal("80.00")
    order.total_charged_amount = Decimal("80.00")
    order.save()
    get_plugins_manager(allow_replica=False).order_fully_paid(order)

    page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=live_server.url
    )
    open_shop(
        page,
        live_server.url,
        channel=channel_USD.slug,
        share=True,
        sign_in=(advocate.email, "password"),
    )
    share = page.locator("referral-share")
    link = f"https://shop.example.com/?ref={advocate_code.code}"
    expect(share.get_by_label("Your link")).to_have_value(link)
    share.get_by_role("button", name="Copy link").click()
    expect(share.get_by_role("status").first).to_have_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()") == link
    assert events(page, "referral:copied") == [
        {"code": advocate_code.code, "url": link}
    ]

    with page.expect_popup() as popup:
        share.get_by_role("link", name="Share via Telegram").click()
    assert popup.value.url.startswith("https://t.me/share/url?url=")
    assert events(page, "referral:shared")[0]["network"] == "TELEGRAM"

    expect(share.locator("[data-stat=friends]")).to_have_text("1")
    expect(share.locator("[data-stat=earned]")).to_have_text("$20.00")
    expect(share.locator("[data-tier]")).to_have_text("Tier: Silver")
    progress = share.get_by_role("progressbar", name="Progress to Gold")
    expect(progress).to_have_attribute("aria-valuenow", "1")
    expect(progress).to_have_attribute("aria-valuemax", "3")
    expect(share.locator("[data-next-tier]")).to_have_text("2 more to reach Gold")
    expect(share.locator("[data-badge=first]")).to_have_text("First friend")

    share.get_by_label("E-mail addresses (comma separated)").fill(
        f"new-friend@example.org, {customer_user2.email}"
    )
    share.get_by_role("button", name="Send invitations").click()
    status = share.locator("[data-invite-status]")
    expect(status).to_contain_text("Invitations sent: 1")
    expect(status).to_contain_text(f"Already customers: {customer_user2.email}")
    assert serious_accessibility_violations(page) == []


def test_persian_renders_right_to_left_in_saleor(
    page, live_server, channel_USD, advocate_code
):
    open_shop(
        page,
        live_server.url,
        f"?ref={advocate_code.code}",
        channel=channel_USD.slug,
        language="fa",
        landing=True,
        share=True,
        sign_in=(advocate_code.user.email, "password"),
    )
    share = page.locator("referral-share")
    expect(share.get_by_role("button", name="کپی لینک")).to_be_visible()
    root = share.locator(".root")
    expect(root).to_have_attribute("dir", "rtl")
    assert root.evaluate("(node) => getComputedStyle(node).direction") == "rtl"
    landing = page.locator("referral-landing")
    expect(landing.get_by_role("heading")).to_have_text(
        "Leslie W. برای شما هدیه فرستاده است"
    )
    assert serious_accessibility_violations(page) == []
