"""The Referrals console in Chromium against the standalone server, on real data."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from saleor_referrals.models import Referral, ReferralStatus

from ..conftest import CHANNEL, make_user
from .console_data import PASSWORD, flag, program, referred_order, staff

CONSOLE = f"/plugins/channel/{CHANNEL}/saleor_referrals/console"


def sign_in(page, live_server, path: str = "", email: str = "operator@example.com"):
    page.goto(f"{live_server.url}{CONSOLE}{path}")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")


def test_sign_in_shows_the_overview_with_charts(page, live_server, order_facts):
    the_program = program()
    staff()
    ada = make_user("ada@example.com", "Ada", "Lovelace")
    for friend in ("bob", "cy", "di"):
        referred_order(the_program, ada, make_user(f"{friend}@example.com"), order_facts)
    sign_in(page, live_server)
    expect(page.locator("[data-chart=funnel] svg")).to_be_visible()
    funnel = page.locator("[data-chart=funnel] svg rect.bar")
    values = [int(value) for value in funnel.evaluate_all("(bars) => bars.map((bar) => bar.dataset.value)")]
    assert values[1] == 3  # referrals
    money = page.locator("[data-chart=money] svg rect.bar[data-value]")
    revenue = money.evaluate_all("(bars) => bars.map((bar) => Number(bar.dataset.value))")
    assert sum(revenue) == 360.0  # three qualified 120.00 orders, this month
    expect(page.locator("[data-kpi=revenue]")).to_contain_text("$360.00")
