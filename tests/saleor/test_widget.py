"""The storefront widget in Chromium against real Saleor: Saleor's /graphql/ with our
fields, the module served through Saleor's plugin route, Saleor's sign-in and a
real checkout."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")
pytest.importorskip("playwright", reason="Playwright is not installed (README)")

import contextlib
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

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
def replica_for_the_live_server(replica_names_the_test_database):
    """See fixtures.replica_names_the_test_database."""


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


# --- A storefront on another origin (issue 23, point 2) --------------------------
# `scripts/saleor-run.sh` serves the API as Saleor's Dockerfile does: uvicorn with
# `saleor.asgi:application`, whose CORS handler answers the browser's preflight.
# The shop page is the "A plain HTML page" snippet of docs/widget.md, as written, served by
# a server of its own (another origin: another port).

WIDGET_PAGE = Path(__file__).resolve().parents[2] / "docs" / "widget.md"
README_API = "https://shop-api.example.com"


def readme_plain_page() -> str:
    text = WIDGET_PAGE.read_text()
    section = text[text.index("## A plain HTML page") :]
    start = section.index("```html\n") + len("```html\n")
    return section[start : section.index("\n```", start)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def uvicorn_serving(application) -> Iterator[str]:
    """`application` under uvicorn, as the run script starts it, in a thread."""
    import uvicorn

    config = uvicorn.Config(
        application,
        host="127.0.0.1",
        port=free_port(),
        lifespan="off",
        ws="none",
        log_level="warning",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), (
            "uvicorn did not start"
        )
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextlib.contextmanager
def shop_serving(html: str) -> Iterator[str]:
    """A static shop page on an origin of its own."""

    class Shop(BaseHTTPRequestHandler):
        def do_GET(self):
            body = html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Shop)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def readme_shop(api_url: str, channel: str) -> str:
    return (
        readme_plain_page()
        .replace(README_API, api_url)
        .replace("default-channel", channel)
    )


def preflight(api_url: str, origin: str) -> int:
    request = urllib.request.Request(
        f"{api_url}/graphql/",
        method="OPTIONS",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_readme_page_on_another_origin_reaches_saleor_served_by_asgi(
    page, channel_USD, advocate_code, guest_checkout
):
    from saleor.asgi import application
    from saleor.core.jwt import create_access_token

    checkout = guest_checkout("guest@example.org")
    checkout_id = to_global_id_or_none(checkout)
    code = advocate_code.code
    token = create_access_token(advocate_code.user)
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    with (
        uvicorn_serving(application) as api,
        shop_serving(readme_shop(api, channel_USD.slug)) as shop,
    ):
        assert api.rsplit(":", 1)[1] != shop.rsplit(":", 1)[1]
        # What the browser asks before each POST with a JSON body or a token.
        assert preflight(api, shop) == 200
        page.add_init_script(
            f"localStorage.setItem('saleorAccessToken', {json.dumps(token)})"
        )
        page.goto(f"{shop}/?ref={code}&utm_source=whatsapp")

        # The landing part: the offer, the visit recorded with its network.
        landing = page.locator("referral-landing")
        expect(landing.locator("[data-code]")).to_have_text(code)
        expect(landing.get_by_role("heading")).to_contain_text("Leslie W.")
        # The account part (lang="fa"): the signed-in advocate's own code.
        share = page.locator("referral-share")
        expect(share.locator("[data-code]")).to_have_text(code)
        expect(share.get_by_role("button", name="کپی لینک")).to_be_visible()
        for _ in range(100):
            if ReferralVisit.objects.exists():
                break
            page.wait_for_timeout(100)
        visit = ReferralVisit.objects.get()
        assert (visit.code_id, visit.network) == (advocate_code.pk, "whatsapp")

        # The cart part, on a later page: the kept code goes on the checkout.
        page.evaluate(f"localStorage.setItem('checkoutId', {json.dumps(checkout_id)})")
        page.goto(f"{shop}/cart")
        for _ in range(100):
            checkout.refresh_from_db()
            if checkout.voucher_code:
                break
            page.wait_for_timeout(100)
        assert checkout.voucher_code == code
    assert not [line for line in console if "CORS" in line or "Failed" in line]


def test_runserver_cannot_serve_a_storefront_on_another_origin(
    page, live_server, channel_USD, advocate_code
):
    """What the test above fails with under `manage.py runserver`: Django's WSGI
    handler (as pytest-django's live server) answers the preflight with 405, so
    the browser never sends the widget's requests."""
    # Both on 127.0.0.1, as the test above (the live server says "localhost").
    api = live_server.url.replace("://localhost:", "://127.0.0.1:")
    with shop_serving(readme_shop(api, channel_USD.slug)) as shop:
        assert preflight(api, shop) == 405
        page.goto(f"{shop}/?ref={advocate_code.code}")
        landing = page.locator("referral-landing")
        expect(landing.get_by_role("alert")).to_contain_text("Failed to fetch")
        assert not ReferralVisit.objects.exists()


def test_the_advocate_sees_what_is_theirs_in_saleor(
    page,
    live_server,
    configure,
    channel_USD,
    advocate_code,
    friend_order,
    customer_user2,
):
    """Issue 23, point 5, against real Saleor: earned is the store credit on
    Saleor's gift card (the $2 donation shown apart), the Gold reward, and the
    wallet's -CRDT code and the member code, the advocate's own."""
    from saleor.giftcard.models import GiftCard

    from saleor_referrals.causes.models import Cause
    from saleor_referrals.models import ReferralProgram, StoreCreditWallet
    from saleor_referrals.tiers.models import TierMembership

    assert (
        configure(advocate_reward_type="store_credit", advocate_reward_value="10")[
            "errors"
        ]
        == []
    )
    with allow_writer():
        program = ReferralProgram.objects.get(channel_slug=channel_USD.slug)
        ladder.create_tier(
            program,
            ladder.TierSpec(
                name="Gold",
                rank=1,
                min_referrals=1,
                reward_multiplier=Decimal("1.5"),
                member_discount_percent=Decimal("5"),
            ),
            actor="staff@example.com",
        )
        Cause.objects.create(
            program=program, name="Trees", donate_per_referral=Decimal("2")
        )
    order = friend_order(customer_user2)
    order.voucher_code = advocate_code.code
    order.charge_status = OrderChargeStatus.FULL
    order.total_gross_amount = order.total_net_amount = Decimal("80.00")
    order.total_charged_amount = Decimal("80.00")
    order.save()
    get_plugins_manager(allow_replica=False).order_fully_paid(order)
    advocate = advocate_code.user
    with allow_writer():
        wallet = StoreCreditWallet.objects.get(user=advocate)
        card = GiftCard.objects.get(pk=wallet.gift_card_id)
        member_code = TierMembership.objects.get(advocate=advocate).member_code
    assert card.code.endswith("CRDT") and card.current_balance_amount == Decimal(10)

    open_shop(
        page,
        live_server.url,
        channel=channel_USD.slug,
        share=True,
        sign_in=(advocate.email, "password"),
    )
    share = page.locator("referral-share")
    expect(share.locator("[data-stat=earned]")).to_have_text("$10.00")
    expect(share.locator("[data-stat=donated]")).to_have_text("$2.00")
    expect(share.locator("[data-reward]")).to_have_text(
        "You get $15.00 store credit for each friend who orders"
    )
    expect(share.locator("[data-store-credit]")).to_have_text(card.code)
    expect(share).to_contain_text("($10.00 left)")
    expect(share.locator("[data-member-code]")).to_have_text(member_code)
