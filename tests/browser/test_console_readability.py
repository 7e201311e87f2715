"""The console reads right (issue 23, point 8), measured in Chromium: chart texts
keep their size in a half-width column, axes that count people tick on whole
numbers, a funnel's bars share one hue, Arabic cost labels neither overlap nor get
cut, tier names follow the console's language, counts take their plural, perks say
what they are, and approving or rejecting a flagged referral asks for a reason in
a confirmation dialog."""

from __future__ import annotations

import colorsys
import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from saleor_referrals import rewards
from saleor_referrals.models import ReferralStatus, ReferralVisit
from saleor_referrals.tiers.models import Tier, TierMembership
from saleor_referrals.tiers.perks import book_bonus

from ..conftest import make_user
from .console_data import flag, program, referred_order, staff
from .test_console import charts_text_outside_their_box, sign_in


@pytest.fixture(autouse=True)
def shop(commerce):
    return commerce


def busy_program(order_facts):
    """Three referred orders, share clicks and visits on two networks, a tier with
    translated names and perks, and a paid tier-entry reward (a cost line with a
    long Arabic label)."""
    the_program = program()
    staff()
    ada = make_user("ada@example.com", "Ada", "Lovelace")
    for friend in ("bob", "cy", "di"):
        referral = referred_order(
            the_program, ada, make_user(f"{friend}@example.com"), order_facts
        )
    from saleor_referrals.insights.models import ReferralShare

    for network in ("whatsapp", "telegram", "whatsapp"):
        ReferralShare.objects.create(
            program=the_program, code=referral.code, network=network
        )
    ReferralVisit.objects.create(
        program=the_program, code=referral.code, network="whatsapp"
    )
    gold = Tier.objects.create(
        program=the_program,
        name="Gold",
        name_translations={"fa": "طلایی", "ar": "ذهبي"},
        rank=1,
        min_referrals=1,
        reward_multiplier=Decimal("1.5"),
        member_discount_percent=Decimal("5"),
    )
    TierMembership.objects.create(program=the_program, advocate=ada, tier=gold)
    book_bonus(
        program=the_program,
        advocate_id=ada.pk,
        key=f"tier-entry:{gold.pk}:{ada.pk}",
        kind="store_credit",
        value=Decimal("5"),
        reason="entered Gold",
        pay=True,
    )
    for reward_id in rewards.due_reward_ids():
        rewards.release(reward_id)
    return the_program


RENDERED_SIZES = """(selector) => [...document.querySelectorAll(selector)]
  .filter((text) => text.textContent.trim())
  .map((text) => ({
    text: text.textContent.trim(),
    chart: text.closest("[data-chart]").dataset.chart,
    px: parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a,
  }))"""


def test_chart_texts_keep_a_readable_size_in_half_width_columns(
    page, live_server, order_facts
):
    busy_program(order_facts)
    sign_in(page, live_server)
    expect(page.locator("[data-chart=networks] svg")).to_be_visible()
    expect(page.locator("[data-chart=money] svg")).to_be_visible()
    # The networks chart sits in a half-width column at 1280 px.
    column = page.locator("#networks").bounding_box()
    assert column and column["width"] < 640, column
    sizes = page.evaluate(RENDERED_SIZES, "svg.chart text")
    assert {size["chart"] for size in sizes} >= {"funnel", "costs", "networks", "money"}
    small = [size for size in sizes if size["px"] < 10.9]
    assert small == [], small
    # Narrower still (a small laptop window): still readable, nothing cut.
    page.set_viewport_size({"width": 820, "height": 900})
    page.wait_for_timeout(300)
    small = [
        size
        for size in page.evaluate(RENDERED_SIZES, "svg.chart text")
        if size["px"] < 10.9
    ]
    assert small == [], small
    assert charts_text_outside_their_box(page) == []


def test_axes_that_count_people_tick_on_whole_numbers(page, live_server, order_facts):
    busy_program(order_facts)
    sign_in(page, live_server)
    for chart in ("networks", "comparison"):
        expect(page.locator(f"[data-chart={chart}] svg")).to_be_visible()
        ticks = page.locator(
            f"[data-chart={chart}] svg text[text-anchor=end]"
        ).evaluate_all("(texts) => texts.map((text) => text.textContent)")
        assert len(ticks) >= 2, ticks
        for tick in ticks:
            assert re.fullmatch(r"\d+", tick.strip()), (chart, ticks)
        values = [int(tick) for tick in ticks]
        assert values == sorted(values) and values[0] == 0
        assert max(values) >= 1


HUES = """(selector) => [...document.querySelectorAll(selector)].map(
  (bar) => getComputedStyle(bar).fill)"""


def _hue(css: str) -> tuple[float, float]:
    red, green, blue = (int(part) / 255 for part in re.findall(r"\d+", css)[:3])
    hue, _, saturation = colorsys.rgb_to_hls(red, green, blue)
    return hue * 360, saturation


def test_funnel_bars_are_shades_of_one_hue(page, live_server, order_facts):
    busy_program(order_facts)
    sign_in(page, live_server)
    expect(page.locator("[data-chart=funnel] svg")).to_be_visible()
    fills = page.evaluate(HUES, "[data-chart=funnel] rect.bar")
    assert len(fills) == 7
    hues = [_hue(fill) for fill in fills]
    assert max(h for h, _ in hues) - min(h for h, _ in hues) < 4, fills
    assert len(set(fills)) == len(fills), fills  # each step its own shade


OVERLAPS = """(chart) => {
  const svg = document.querySelector(`[data-chart=${chart}] svg`);
  const shapes = [...svg.querySelectorAll("text, rect.bar")]
    .filter((shape) => shape.tagName !== "text" || shape.textContent.trim())
    .map((shape) => ({ shape, box: shape.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
  const clashes = [];
  shapes.forEach((a, i) => shapes.slice(i + 1).forEach((b) => {
    const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
    const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
    if (x > 1 && y > 1) clashes.push([a.shape.textContent.trim(), b.shape.textContent.trim()]);
  }));
  return clashes;
}"""


def test_arabic_cost_labels_neither_overlap_nor_get_cut(page, live_server, order_facts):
    busy_program(order_facts)
    sign_in(page, live_server, "?lang=ar")
    expect(page.locator("[data-chart=costs] svg")).to_be_visible()
    label = page.locator("[data-chart=costs] svg text", has_text="مكافآت دخول")
    expect(label).to_have_count(1)
    assert page.evaluate(OVERLAPS, "costs") == []
    assert page.evaluate(OVERLAPS, "funnel") == []
    assert charts_text_outside_their_box(page) == []
    box = label.bounding_box()
    svg = page.locator("[data-chart=costs] svg").bounding_box()
    assert box and svg
    assert box["x"] >= svg["x"] - 0.5
    assert box["x"] + box["width"] <= svg["x"] + svg["width"] + 0.5


@pytest.mark.parametrize(("language", "name"), [("fa", "طلایی"), ("ar", "ذهبي")])
def test_tier_names_follow_the_console_language(
    page, live_server, order_facts, language, name
):
    busy_program(order_facts)
    sign_in(page, live_server, f"?lang={language}")
    expect(page.locator("[data-chart=tiers] svg")).to_contain_text(name)
    expect(page.locator("[data-chart=tiers] svg")).not_to_contain_text("Gold")
    page.goto(page.url.split("?")[0].rstrip("/") + f"/tiers?lang={language}")
    expect(page.locator(".tiers-table td.tier-name")).to_have_text(name)


def test_perks_say_what_they_are(page, live_server, order_facts):
    busy_program(order_facts)
    sign_in(page, live_server, "/tiers")
    perks = page.locator(".tiers-table tbody tr").first.locator("td").nth(3)
    expect(perks).to_contain_text("5% member discount")
    expect(perks).to_contain_text("×1.5 reward")


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [("en", "1 row", "rows"), ("ar", "صف واحد", None), ("fa", "۱ ردیف", None)],
)
def test_counts_take_their_plural(
    page, live_server, order_facts, settings, tmp_path, language, one, many
):
    settings.MEDIA_ROOT = str(tmp_path)
    settings.MEDIA_URL = "/media/"
    the_program = program()
    staff()
    referred_order(
        the_program,
        make_user("ada@example.com"),
        make_user("bob@example.com"),
        order_facts,
    )
    sign_in(page, live_server, f"/exports?lang={language}")
    form = page.locator("form[name=export]")
    form.locator("select[name=kind]").select_option("REFERRALS")
    form.locator("button[type=submit]").click()
    row = page.locator(".exports-table tbody tr").first
    expect(row).to_have_attribute("data-status", "SUCCESS")
    expect(row).to_contain_text(one)
    if many:
        assert "1 rows" not in row.inner_text()


def test_approving_a_flagged_referral_asks_for_a_reason_and_confirmation(
    page, live_server, order_facts
):
    the_program = program()
    staff()
    ada = make_user("ada@example.com", "Ada", "Lovelace")
    bob = referred_order(the_program, ada, make_user("bob@example.com"), order_facts)
    cy = referred_order(the_program, ada, make_user("cy@example.com"), order_facts)
    flag(bob)
    flag(cy)
    sign_in(page, live_server, "/review")
    item = page.locator(".queue-item", has_text="bob@example.com")
    item.locator("button[name=approve]").click()
    dialog = page.locator("dialog.review-dialog[open]")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Approve this referral?")
    expect(dialog).to_contain_text("bob@example.com")
    # Nothing happens without a reason, nor when cancelled.
    dialog.locator("button[name=confirm]").click()
    expect(dialog.locator("[data-field=reason] .field-error")).to_contain_text(
        "Give a reason"
    )
    dialog.locator("button[name=cancel]").click()
    expect(page.locator("dialog.review-dialog[open]")).to_have_count(0)
    bob.refresh_from_db()
    assert bob.status == ReferralStatus.FLAGGED
    item.locator("button[name=approve]").click()
    dialog.locator("textarea[name=reason]").fill("called the friend: a real neighbour")
    dialog.locator("button[name=confirm]").click()
    expect(page.locator(".notice")).to_contain_text("Approved")
    bob.refresh_from_db()
    assert bob.status == ReferralStatus.QUALIFIED
    assert "called the friend: a real neighbour" in bob.status_reason
    history = bob.status_changes.order_by("-created_at").first()
    assert "called the friend: a real neighbour" in history.reason
    # Rejecting asks the same way.
    other = page.locator(".queue-item", has_text="cy@example.com")
    other.locator("button[name=reject]").click()
    expect(dialog).to_contain_text("Reject this referral?")
    dialog.locator("textarea[name=reason]").fill("same card as the advocate")
    dialog.locator("button[name=confirm]").click()
    expect(page.locator(".empty")).to_be_visible()
    cy.refresh_from_db()
    assert cy.status == ReferralStatus.REJECTED
    assert "same card as the advocate" in cy.status_reason
    # The reason shows in the referral's history on the referrals page.
    page.goto(page.url.replace("/review", "/referrals"))
    page.locator(".referrals-table tr.row", has_text="bob@example.com").click()
    expect(page.locator(".history")).to_contain_text("called the friend")
