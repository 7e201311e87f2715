"""The storefront widget in Chromium against the standalone test server.

A plain HTML shop at `<live server>/shop/` loads the widget module from the plugin's
asset route on the API's other origin, as a storefront would.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.commerce.memory import MemoryCheckout
from saleor_referrals.insights.models import ReferralShare
from saleor_referrals.models import ReferralVisit
from saleor_referrals.tiers import ladder
from tests.server.auth import token_for

from ..conftest import CHANNEL
from ..tiers_helpers import ACTOR, add_tier, converting, gold, silver
from .storefront import (
    checkout_global_id,
    events,
    open_shop,
    serious_accessibility_violations,
    widget_url,
)


@pytest.fixture
def landing_code(program, advocate):
    return get_or_create_code(program, advocate).code


def test_guest_lands_visit_is_recorded_and_code_applied(
    page, live_server, commerce, landing_code
):
    commerce.add_checkout(MemoryCheckout("guest-1", CHANNEL, None, "guest@example.com"))
    open_shop(
        page,
        live_server.url,
        f"?ref={landing_code.lower()}&utm_source=whatsapp",
        landing=True,
    )
    landing = page.locator("referral-landing")
    expect(landing.get_by_role("heading")).to_have_text("Ada L. sent you a gift")
    expect(landing.locator("[data-code]")).to_have_text(landing_code)
    expect(landing).to_contain_text("Get 15% off your first order with code")
    page.wait_for_function(
        "window.referralEvents.some((e) => e.type === 'referral:visit')"
    )
    visit = ReferralVisit.objects.get()
    assert (visit.code.code, visit.network) == (landing_code, "whatsapp")
    # The code is kept for the checkout, and a reload is not a second visit.
    assert (
        page.evaluate(
            f"window.applyReferralCode && JSON.parse(localStorage.getItem("
            f"'saleor-referrals:code:{CHANNEL}')).code"
        )
        == landing_code
    )
    page.reload()
    expect(landing.locator("[data-code]")).to_have_text(landing_code)
    assert ReferralVisit.objects.count() == 1

    result = page.evaluate(
        "(id) => document.querySelector('referral-landing').apply(id)",
        checkout_global_id("guest-1"),
    )
    assert result["voucherCode"] == landing_code
    assert commerce.checkouts["guest-1"].voucher_code == landing_code
    expect(landing.get_by_role("status")).to_have_text(
        f"Code {landing_code} applied to your checkout"
    )
    assert events(page, "referral:applied") == [
        {"checkoutId": checkout_global_id("guest-1"), "code": landing_code}
    ]


def test_the_kept_code_is_applied_on_a_later_page(
    page, live_server, commerce, landing_code
):
    commerce.add_checkout(MemoryCheckout("guest-2", CHANNEL, None, "later@example.com"))
    open_shop(page, live_server.url, f"?ref={landing_code}", landing=True)
    page.wait_for_function(
        "window.referralEvents.some((e) => e.type === 'referral:landed')"
    )
    open_shop(page, live_server.url, "cart")
    result = page.evaluate(
        """(id) => applyReferralCode({apiUrl: new URL("/graphql/",
             document.querySelector("script[type=module]").textContent
               .match(/from "([^"]+)"/)[1]).href,
             channel: "default-channel", checkoutId: id})""",
        checkout_global_id("guest-2"),
    )
    assert result["voucherCode"] == landing_code
    assert commerce.checkouts["guest-2"].voucher_code == landing_code


def test_an_error_reaches_the_page_with_its_code(
    page, live_server, commerce, landing_code, advocate
):
    # The advocate's own checkout: self-referral is refused with its code.
    commerce.add_checkout(MemoryCheckout("own", CHANNEL, None, advocate.email))
    open_shop(page, live_server.url, f"?ref={landing_code}", landing=True)
    landing = page.locator("referral-landing")
    expect(landing.locator("[data-code]")).to_have_text(landing_code)
    code = page.evaluate(
        "(id) => document.querySelector('referral-landing').apply(id)"
        ".then(() => null, (error) => error.code)",
        checkout_global_id("own"),
    )
    assert code == "SELF_REFERRAL"
    expect(landing.get_by_role("alert")).to_contain_text("own referral code")
    assert events(page, "referral:error")[-1]["code"] == "SELF_REFERRAL"
    assert commerce.checkouts["own"].voucher_code == ""


def test_an_unknown_code_is_not_kept(page, live_server, program):
    open_shop(page, live_server.url, "?ref=NOSUCHCODE", landing=True)
    landing = page.locator("referral-landing")
    expect(landing.get_by_role("alert")).to_have_text(
        "This invitation link is no longer valid."
    )
    assert page.evaluate("localStorage.length") == 0
    assert ReferralVisit.objects.count() == 0


@pytest.fixture
def advocate_with_progress(
    program, advocate, order_facts, django_capture_on_commit_callbacks
):
    """Ada with two converted friends: Silver, three short of Gold, one badge."""
    add_tier(program, silver())
    add_tier(program, gold())
    ladder.create_milestone(
        program,
        ladder.MilestoneSpec(slug="two", name="Two friends", referrals=2),
        actor=ACTOR,
    )
    converting(order_facts, program, advocate, django_capture_on_commit_callbacks)(2)
    return advocate


def test_signed_in_advocate_copies_shares_invites_and_sees_progress(
    page, live_server, program, advocate_with_progress, mailoutbox
):
    advocate = advocate_with_progress
    code = get_or_create_code(program, advocate).code
    page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=live_server.url
    )
    open_shop(page, live_server.url, share=True, token=token_for(advocate))
    share = page.locator("referral-share")
    expect(share.locator("[data-code]")).to_have_text(code)
    expect(share).to_contain_text("Your friend gets 15% off their first order")
    expect(share).to_contain_text("You get a voucher of $20.00")
    link = share.get_by_label("Your link")
    expect(link).to_have_value(f"https://shop.example.com/?ref={code}")

    # Copy the link.
    share.get_by_role("button", name="Copy link").click()
    expect(share.get_by_role("status").first).to_have_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()") == (
        f"https://shop.example.com/?ref={code}"
    )
    assert events(page, "referral:copied") == [
        {"code": code, "url": f"https://shop.example.com/?ref={code}"}
    ]

    # Share on WhatsApp: the prefilled message carries the link.
    with page.expect_popup() as popup:
        share.get_by_role("link", name="Share via WhatsApp").click()
    assert popup.value.url.startswith("https://wa.me/?text=")
    assert code in popup.value.url
    assert events(page, "referral:shared")[0]["network"] == "WHATSAPP"
    # Both clicks count in the program's funnel (`referralShareTrack`).
    tracked: list[str] = []
    for _ in range(50):  # the clicks are sent in the background
        tracked = sorted(ReferralShare.objects.values_list("network", flat=True))
        if len(tracked) >= 2:
            break
        page.wait_for_timeout(100)
    assert tracked == ["copy_link", "whatsapp"]
    names = share.locator(".share a").all_inner_texts()
    assert names == [
        "E-mail",
        "WhatsApp",
        "Telegram",
        "X",
        "Facebook",
        "LinkedIn",
        "SMS",
    ]

    # Stats, tier progress and the badge.
    expect(share.locator("[data-stat=friends]")).to_have_text("2")
    expect(share.locator("[data-stat=rewarded]")).to_have_text("2")
    expect(share.locator("[data-stat=earned]")).to_have_text("$40.00")
    expect(share.locator("[data-tier]")).to_have_text("Tier: Silver")
    progress = share.get_by_role("progressbar", name="Progress to Gold")
    expect(progress).to_have_attribute("aria-valuenow", "2")
    expect(progress).to_have_attribute("aria-valuemax", "5")
    expect(share.locator("[data-next-tier]")).to_have_text("3 more to reach Gold")
    expect(share.locator("[data-badge=two]")).to_have_text("Two friends")
    expect(share.locator("[data-leaderboard] li")).to_have_text(
        ["Ada L. — 2 referrals"]
    )

    # Invite a friend by e-mail.
    share.get_by_label("E-mail addresses (comma separated)").fill(
        f"carol@example.com, friend1-{advocate.pk}@example.com"
    )
    share.get_by_label("Personal message (optional)").fill("Try it!")
    share.get_by_role("button", name="Send invitations").click()
    status = share.locator("[data-invite-status]")
    expect(status).to_contain_text("Invitations sent: 1")
    expect(status).to_contain_text(
        f"Already customers: friend1-{advocate.pk}@example.com"
    )
    assert events(page, "referral:invited")[0]["invited"] == 1
    page.wait_for_function(
        "window.referralEvents.filter((e) => e.type === 'referral:invited').length"
    )
    invitations = [m for m in mailoutbox if m.to == ["carol@example.com"]]
    assert len(invitations) == 1 and "Try it!" in invitations[0].body
    assert code in invitations[0].body

    # A bad address is an error with its code, next to the field.
    share.get_by_label("E-mail addresses (comma separated)").fill("not-an-address")
    share.get_by_role("button", name="Send invitations").click()
    expect(share.get_by_role("alert")).to_contain_text("is not an e-mail address")
    assert events(page, "referral:error")[-1] == {
        "operation": "invite",
        "code": "INVALID",
        "field": "emails",
        "message": "'not-an-address' is not an e-mail address.",
    }
    expect(share.get_by_label("E-mail addresses (comma separated)")).to_be_focused()

    assert serious_accessibility_violations(page) == []


def test_a_customer_without_a_code_gets_one(page, live_server, program, friend):
    open_shop(page, live_server.url, share=True, token=token_for(friend))
    share = page.locator("referral-share")
    share.get_by_role("button", name="Get my referral link").click()
    code = get_or_create_code(program, friend).code
    expect(share.locator("[data-code]")).to_have_text(code)
    expect(share.get_by_role("button", name="Copy link")).to_be_focused()


@pytest.mark.parametrize("token", [None, "expired-or-forged"])
def test_signed_out_visitors_are_asked_to_sign_in(page, live_server, program, token):
    open_shop(page, live_server.url, share=True, token=token)
    expect(page.locator("referral-share")).to_have_text(
        "Sign in to get your referral link."
    )


def test_an_authenticated_fetch_stands_in_for_a_token(
    page, live_server, advocate, landing_code
):
    open_shop(
        page, live_server.url, share=True, token=token_for(advocate), auth="fetch"
    )
    expect(page.locator("referral-share [data-code]")).to_have_text(landing_code)


def test_persian_renders_right_to_left(
    page, live_server, program, advocate, landing_code
):
    open_shop(
        page,
        live_server.url,
        f"?ref={landing_code}",
        language="fa",
        share=True,
        landing=True,
        token=token_for(advocate),
    )
    share = page.locator("referral-share")
    expect(share.locator("[data-code]")).to_have_text(landing_code)
    root = share.locator(".root")
    expect(root).to_have_attribute("dir", "rtl")
    expect(root).to_have_attribute("lang", "fa")
    assert root.evaluate("(node) => getComputedStyle(node).direction") == "rtl"
    expect(share.get_by_role("button", name="کپی لینک")).to_be_visible()
    expect(share).to_contain_text("۱۵٪ تخفیف روی اولین سفارش")
    # Right to left: the copy button sits left of the link field.
    copy_box = share.get_by_role("button", name="کپی لینک").bounding_box()
    link_box = share.locator("#referral-link").bounding_box()
    assert copy_box["x"] < link_box["x"]
    landing = page.locator("referral-landing")
    expect(landing.locator(".root")).to_have_attribute("dir", "rtl")
    expect(landing.get_by_role("heading")).to_have_text(
        "Ada L. برای شما هدیه فرستاده است"
    )
    assert serious_accessibility_violations(page) == []


def test_arabic_and_the_lang_attribute(page, live_server, advocate, landing_code):
    open_shop(page, live_server.url, share=True, token=token_for(advocate))
    share = page.locator("referral-share")
    expect(share.get_by_role("button", name="Copy link")).to_be_visible()
    share.evaluate("(element) => element.setAttribute('lang', 'ar')")
    expect(share.get_by_role("button", name="نسخ الرابط")).to_be_visible()
    expect(share.locator(".root")).to_have_attribute("dir", "rtl")


def test_the_widget_module_is_small(live_server, client):
    import gzip

    response = client.get(
        f"/plugins/channel/{CHANNEL}/saleor_referrals/assets/widget/widget.js"
    )
    assert response.status_code == 200
    size = len(gzip.compress(response.content, compresslevel=9))
    assert size < 30 * 1024, size


def test_the_landing_page_shows_how_many_friends_joined(
    page,
    live_server,
    program,
    advocate,
    order_facts,
    django_capture_on_commit_callbacks,
):
    converting(order_facts, program, advocate, django_capture_on_commit_callbacks)(10)
    code = get_or_create_code(program, advocate).code
    open_shop(page, live_server.url, f"?ref={code}", landing=True)
    proof = page.locator("referral-landing [data-social-proof]")
    expect(proof).to_have_text("10 friends already joined")


def test_the_share_widget_works_from_the_keyboard(
    page, live_server, advocate, landing_code
):
    page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=live_server.url
    )
    open_shop(page, live_server.url, share=True, token=token_for(advocate))
    share = page.locator("referral-share")
    share.get_by_label("Your link").focus()
    page.keyboard.press("Tab")
    expect(share.get_by_role("button", name="Copy link")).to_be_focused()
    page.keyboard.press("Enter")
    expect(share.get_by_role("status").first).to_have_text("Link copied")
    page.keyboard.press("Tab")
    expect(share.get_by_role("link", name="Share via E-mail")).to_be_focused()
    # The invitation form submits with Enter in its field.
    field = share.get_by_label("E-mail addresses (comma separated)")
    field.focus()
    page.keyboard.type("dana@example.com")
    page.keyboard.press("Enter")
    expect(share.locator("[data-invite-status]")).to_have_text("Invitations sent: 1")


def test_properties_set_before_the_module_loads_are_kept(
    page, live_server, advocate, landing_code
):
    # As React sets properties on an element whose module is still loading.
    page.route(
        f"{live_server.url}/late/",
        lambda route: route.fulfill(
            body='<!doctype html><html lang="en"><body>'
            '<referral-share channel="default-channel"></referral-share></body></html>',
            content_type="text/html; charset=utf-8",
        ),
    )
    page.goto(f"{live_server.url}/late/")
    page.evaluate(
        """async ([token, url]) => {
          document.querySelector("referral-share").getToken = async () => token;
          await import(url);
        }""",
        [token_for(advocate), widget_url(live_server.url, CHANNEL)],
    )
    expect(page.locator("referral-share [data-code]")).to_have_text(landing_code)
