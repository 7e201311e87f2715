"""The Referrals console in Chromium against the standalone server, on real data."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from saleor_referrals.models import Referral, ReferralStatus
from saleor_referrals.tiers.models import Tier, TierMembership

from ..conftest import CHANNEL, make_user
from .console_data import PASSWORD, flag, program, referred_order, staff

CONSOLE = f"/plugins/channel/{CHANNEL}/saleor_referrals/console"


@pytest.fixture(autouse=True)
def shop(commerce):
    """The in-memory shop with the channel, fresh for each test."""
    return commerce


def sign_in(page, live_server, path: str = "", email: str = "operator@example.com"):
    page.goto(f"{live_server.url}{CONSOLE}{path}")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")


def decide(page, reason: str) -> None:
    """The review's confirmation dialog: give the reason, confirm."""
    dialog = page.locator("dialog.review-dialog[open]")
    dialog.locator("textarea[name=reason]").fill(reason)
    dialog.locator("button[name=confirm]").click()


def test_sign_in_shows_the_overview_with_charts(page, live_server, order_facts):
    the_program = program()
    staff()
    ada = make_user("ada@example.com", "Ada", "Lovelace")
    for friend in ("bob", "cy", "di"):
        referred_order(
            the_program, ada, make_user(f"{friend}@example.com"), order_facts
        )
    gold = Tier.objects.create(
        program=the_program, name="Gold", rank=1, min_referrals=1
    )
    TierMembership.objects.create(program=the_program, advocate=ada, tier=gold)
    sign_in(page, live_server)
    expect(page.locator("[data-chart=funnel] svg")).to_be_visible()
    funnel = page.locator("[data-chart=funnel] svg rect.bar")
    values = [
        int(value)
        for value in funnel.evaluate_all(
            "(bars) => bars.map((bar) => bar.dataset.value)"
        )
    ]
    assert values[3] == 3  # shares, visits, sign-ups, orders
    expect(page.locator("[data-chart=money] svg")).to_be_visible()
    money = page.locator(
        "[data-chart=money] svg rect.bar[data-series='Referred revenue']"
    )
    revenue = money.evaluate_all(
        "(bars) => bars.map((bar) => Number(bar.dataset.value))"
    )
    assert sum(revenue) == 360.0  # three qualified 120.00 orders, this month
    expect(page.locator("[data-kpi=revenue]")).to_contain_text("$360.00")
    expect(page.locator("[data-program]")).to_contain_text("$20.00")
    tiers = page.locator("[data-chart=tiers] svg rect.bar")
    assert tiers.evaluate_all("(bars) => bars.map((bar) => bar.dataset.value)") == ["1"]
    # Against the previous 30 days (nothing then), and over all time.
    expect(page.locator("[data-chart=comparison] svg")).to_be_visible()
    expect(page.locator("[data-kpi=revenue] .change")).to_contain_text("new")
    page.select_option("select[name=period]", "all")
    expect(page.locator("[data-chart=comparison]")).to_have_count(0)
    expect(page.locator("[data-kpi=revenue]")).to_contain_text("$360.00")
    assert charts_text_outside_their_box(page) == []


def test_a_customer_without_the_staff_permission_sees_no_permission(page, live_server):
    program()
    customer = make_user("shopper@example.com")
    customer.set_password(PASSWORD)
    customer.save()
    sign_in(page, live_server, email="shopper@example.com")
    expect(page.locator(".no-permission")).to_contain_text("No permission")
    expect(page.locator("[data-chart]")).to_have_count(0)


def test_a_wrong_password_is_shown_next_to_the_field(page, live_server):
    program()
    staff()
    page.goto(f"{live_server.url}{CONSOLE}")
    page.fill("input[name=email]", "operator@example.com")
    page.fill("input[name=password]", "wrong")
    page.click("button[type=submit]")
    expect(page.locator("[data-field=email] .field-error")).to_contain_text(
        "valid credentials"
    )


def test_review_a_flagged_referral_reject_and_approve_with_reasons(
    page, live_server, order_facts
):
    the_program = program()
    staff()
    ada = make_user("ada@example.com", "Ada", "Lovelace")
    first = referred_order(the_program, ada, make_user("bob@example.com"), order_facts)
    second = referred_order(the_program, ada, make_user("cy@example.com"), order_facts)
    flag(first)
    flag(second, "too many friends in a day")
    sign_in(page, live_server, "/review")
    items = page.locator(".queue-item")
    expect(items).to_have_count(2)
    bob = page.locator(".queue-item", has_text="bob@example.com")
    expect(bob.locator(".flag-reason")).to_contain_text("same address")
    bob.locator("button[name=reject]").click()
    decide(page, "same household")
    expect(page.locator(".notice")).to_contain_text("Rejected")
    expect(items).to_have_count(1)
    cy = page.locator(".queue-item", has_text="cy@example.com")
    cy.locator("button[name=approve]").click()
    decide(page, "checked by phone")
    expect(page.locator(".empty")).to_contain_text("No referral waits")
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == ReferralStatus.REJECTED
    assert "same household" in first.status_reason
    assert second.status == ReferralStatus.QUALIFIED
    assert "checked by phone" in second.status_reason


def test_referrals_filter_and_history(page, live_server, order_facts):
    the_program = program()
    staff()
    ada = make_user("ada@example.com")
    eve = make_user("eve@example.com")
    referred_order(the_program, ada, make_user("bob@example.com"), order_facts)
    referred_order(the_program, eve, make_user("cy@example.com"), order_facts)
    sign_in(page, live_server, "/referrals")
    rows = page.locator(".referrals-table tr.row")
    expect(rows).to_have_count(2)
    page.fill("form[name=filters] input[name=advocateEmail]", "eve@example.com")
    page.click("form[name=filters] button[type=submit]")
    expect(rows).to_have_count(1)
    rows.first.click()
    expect(page.locator(".history")).to_contain_text("Qualified")
    assert Referral.objects.count() == 2


def test_persian_is_right_to_left_with_persian_digits(page, live_server, order_facts):
    the_program = program()
    staff()
    ada = make_user("ada@example.com")
    referred_order(the_program, ada, make_user("bob@example.com"), order_facts)
    sign_in(page, live_server, "?lang=fa")
    expect(page.locator("[data-chart=funnel] svg")).to_be_visible()
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "fa"
    expect(page.locator("nav.sidebar")).to_contain_text("صف بررسی")
    revenue = page.locator("[data-kpi=revenue]").inner_text()
    assert re.search("[۰-۹]", revenue), revenue
    assert not re.search("[0-9]", revenue), revenue
    assert charts_text_outside_their_box(page) == []


def charts_text_outside_their_box(page) -> list[str]:
    """Labels and values drawn (partly) outside their chart: clipped on screen."""
    return page.evaluate(
        """() => [...document.querySelectorAll("svg.chart")].flatMap((svg) => {
          const [, , width] = svg.getAttribute("viewBox").split(" ").map(Number);
          return [...svg.querySelectorAll("text")]
            .filter((text) => text.textContent.trim())
            .filter((text) => {
              const box = text.getBBox();
              return box.x < -0.5 || box.x + box.width > width + 0.5;
            })
            .map((text) => text.textContent.trim());
        })"""
    )


def test_arabic_switch_from_the_sidebar(page, live_server):
    program()
    staff()
    sign_in(page, live_server)
    expect(page.locator("[data-chart=funnel] svg")).to_be_visible()
    page.select_option("select[name=language]", "ar")
    expect(page.locator("nav.sidebar")).to_contain_text("قائمة المراجعة")
    assert page.locator("html").get_attribute("dir") == "rtl"


def test_customer_and_order_pages_of_the_dashboard_extensions(
    page, live_server, order_facts
):
    from .console_data import gid

    the_program = program()
    staff()
    ada = make_user("ada@example.com", "Ada", "Lovelace")
    bob = make_user("bob@example.com")
    referral = referred_order(the_program, ada, bob, order_facts)
    flag(referral)
    sign_in(page, live_server, f"/customer?customerId={gid('User', ada.pk)}")
    expect(page.locator("#customer-referrals")).to_contain_text("bob@example.com")
    expect(page.locator("#customer-rewards")).to_contain_text("$20.00")
    expect(page.locator(".kpis")).to_contain_text(referral.code.code)
    page.goto(
        f"{live_server.url}{CONSOLE}/order?orderId={gid('Order', referral.order_id)}"
    )
    order = page.locator(".order-referral")
    expect(order).to_contain_text("ada@example.com")
    order.locator("button[name=approve]").click()
    decide(page, "verified")
    expect(order.locator(".badge").first).to_contain_text("Qualified")
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.QUALIFIED


def test_inside_the_dashboard_frame_the_app_bridge_hands_over_the_token(
    page, live_server, order_facts
):
    """The Dashboard's side of the app bridge, played by a parent page on the same
    origin: the iframe gets its token, theme and locale by postMessage."""
    from tests.server.auth import token_for

    from .console_data import gid

    the_program = program()
    operator = staff()
    ada = make_user("ada@example.com", "Ada", "Lovelace")
    referred_order(the_program, ada, make_user("bob@example.com"), order_facts)
    page.goto(f"{live_server.url}/plugins/saleor_referrals/unsubscribe")
    widget = (
        f"{live_server.url}{CONSOLE}/customer?customerId={gid('User', ada.pk)}"
        f"&id=app-1&saleorApiUrl={live_server.url}/graphql/&theme=dark&locale=fa"
    )
    page.set_content(
        f'<iframe id="app" src="{widget}" style="width:900px;height:700px"></iframe>'
    )
    frame = page.frame_locator("#app")
    expect(frame.locator(".loading")).to_be_visible()
    page.evaluate(
        """(token) => document.getElementById("app").contentWindow.postMessage(
             {type: "handshake", payload: {token, version: 1}}, "*")""",
        token_for(operator),
    )
    expect(frame.locator("#customer-referrals")).to_contain_text("bob@example.com")
    expect(frame.locator("nav.sidebar")).to_have_count(0)
    assert frame.locator("html").get_attribute("dir") == "rtl"
    assert frame.locator("html").get_attribute("data-theme") == "dark"
    expect(frame.locator("input[name=password]")).to_have_count(0)


def test_switching_channel_opens_that_channels_console(page, live_server, commerce):
    from saleor_referrals.config import parse
    from saleor_referrals.programs import sync_program

    program()
    commerce.add_channel("eu-shop", "EUR")
    sync_program(
        channel_slug="eu-shop", currency="EUR", settings=parse({}), active=True
    )
    staff()
    sign_in(page, live_server, "/campaigns")
    # The channel's name for the operator; its slug only for developers.
    expect(page.locator(".brand small")).to_have_text("Default Channel")
    expect(page.locator(".brand small")).to_have_attribute("data-slug", CHANNEL)
    page.select_option("select[name=channel]", "eu-shop")
    expect(page.locator(".brand small")).to_have_attribute("data-slug", "eu-shop")
    # Through the shop-wide route, which answers whatever the channel's state.
    assert "/plugins/saleor_referrals/console/campaigns?" in page.url
    assert "channel=eu-shop" in page.url
    expect(page.locator("h1")).to_have_text("Campaigns")


def test_the_dashboards_locale_sent_on_frame_load_is_not_missed(page, live_server):
    """The Dashboard posts its locale once, on the frame's `load` (seen in the real
    3.23 Dashboard), possibly before the console's first render: the bridge starts
    with the module, so the console still turns Persian."""
    from tests.server.auth import token_for

    operator = staff()
    program()
    page.goto(f"{live_server.url}/plugins/saleor_referrals/unsubscribe")
    url = f"{live_server.url}{CONSOLE}?id=app-1&saleorApiUrl={live_server.url}/graphql/"
    page.set_content(
        f'<iframe id="app" src="{url}" style="width:1000px;height:700px" '
        """onload="this.contentWindow.postMessage("""
        """{type: 'localeChanged', payload: {locale: 'fa'}}, '*')"></iframe>"""
    )
    frame = page.frame_locator("#app")
    expect(frame.locator(".loading")).to_be_visible()
    page.evaluate(
        """(token) => document.getElementById("app").contentWindow.postMessage(
             {type: "handshake", payload: {token, version: 1}}, "*")""",
        token_for(operator),
    )
    expect(frame.locator("html")).to_have_attribute("dir", "rtl")
    expect(frame.locator("html")).to_have_attribute("lang", "fa")
