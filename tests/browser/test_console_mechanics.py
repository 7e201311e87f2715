"""The console's pages for tiers, campaigns, rewards, contests, causes and events,
in Chromium against the standalone server."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from saleor_referrals import rewards
from saleor_referrals.campaigns.models import Campaign, Contest, ContestPrize
from saleor_referrals.causes.models import Cause, DonationPayout
from saleor_referrals.events.models import Event
from saleor_referrals.models import Reward, RewardStatus
from saleor_referrals.tiers.models import Milestone, Tier

from ..conftest import make_user
from .console_data import api, convert, gid, program, referred_order, staff
from .test_console import sign_in


@pytest.fixture(autouse=True)
def shop(commerce):
    """The in-memory shop with the channel, fresh for each test."""
    return commerce


def local(delta: timedelta) -> str:
    """A datetime-local input value (the browser's zone is UTC here)."""
    return (timezone.now() + delta).strftime("%Y-%m-%dT%H:%M")


def test_create_a_tier_after_a_bad_input_shown_next_to_its_field(page, live_server):
    program()
    staff()
    sign_in(page, live_server, "/tiers")
    form = page.locator("form[name=tier]").last
    form.locator("input[name=name]").fill("Gold")
    form.locator("input[name=name_fa]").fill("طلایی")
    form.locator("input[name=rank]").fill("1")
    form.locator("input[name=minReferrals]").fill("3")
    form.locator("input[name=rewardMultiplier]").fill("50")
    form.locator("button[type=submit]").click()
    error = form.locator("[data-field=rewardMultiplier] .field-error")
    expect(error).to_contain_text("at most")
    assert error.get_attribute("data-code") == "OUT_OF_RANGE"
    assert not Tier.objects.exists()
    form.locator("input[name=rewardMultiplier]").fill("2")
    form.locator("button[type=submit]").click()
    expect(page.locator(".tiers-table")).to_contain_text("Gold")
    tier = Tier.objects.get()
    assert (tier.name, tier.rank, tier.min_referrals) == ("Gold", 1, 3)
    assert tier.reward_multiplier == Decimal("2")
    assert tier.name_translations == {"fa": "طلایی"}


def test_milestone_create_and_delete(page, live_server):
    program()
    staff()
    sign_in(page, live_server, "/tiers")
    form = page.locator("form[name=milestone]").last
    form.locator("input[name=slug]").fill("first-five")
    form.locator("input[name=name]").fill("First five")
    form.locator("input[name=referrals]").fill("5")
    form.locator("button[type=submit]").click()
    expect(page.locator(".milestones-table")).to_contain_text("First five")
    assert Milestone.objects.get().referrals == 5
    page.on("dialog", lambda dialog: dialog.accept())
    page.locator(".milestones-table button[name=delete]").click()
    expect(page.locator(".milestones-table")).to_have_count(0)
    assert not Milestone.objects.exists()


def test_create_a_campaign_after_a_bad_window(page, live_server):
    program()
    staff()
    sign_in(page, live_server, "/campaigns")
    form = page.locator("form[name=campaign]").last
    form.locator("input[name=name]").fill("Nowruz")
    form.locator("input[name=title_en]").fill("Spring gifts")
    form.locator("input[name=title_fa]").fill("هدیه‌های بهاری")
    form.locator("input[name=startsAt]").fill(local(timedelta(days=10)))
    form.locator("input[name=endsAt]").fill(local(timedelta(days=5)))
    form.locator("select[name=offerType]").select_option("PERCENTAGE")
    form.locator("input[name=offerValue]").fill("25")
    form.locator("button[type=submit]").click()
    expect(form.locator("[data-field=endsAt] .field-error")).to_contain_text("after")
    assert not Campaign.objects.exists()
    form.locator("input[name=endsAt]").fill(local(timedelta(days=30)))
    form.locator("button[type=submit]").click()
    expect(page.locator(".campaigns-table")).to_contain_text("Nowruz")
    campaign = Campaign.objects.get()
    assert campaign.name == "Nowruz"
    assert campaign.friend_discount_value == Decimal("25")


def test_revoke_a_held_reward_with_a_reason(page, live_server, order_facts):
    the_program = program()
    staff()
    referred_order(
        the_program,
        make_user("ada@example.com"),
        make_user("bob@example.com"),
        order_facts,
    )
    reward = Reward.objects.get()
    assert reward.status == RewardStatus.HELD
    sign_in(page, live_server, "/rewards")
    row = page.locator(
        f".rewards-table tr[data-id='{gid('ReferralReward', reward.pk)}']"
    )
    row.locator("button[name=open-revoke]").click()
    form = page.locator(".revoke-form")
    form.locator("button[name=revoke]").click()
    expect(form.locator("[data-field=reason] .field-error")).to_be_visible()
    form.locator("textarea[name=reason]").fill("order charged back")
    form.locator("button[name=revoke]").click()
    expect(row).to_contain_text("Cancelled")
    reward.refresh_from_db()
    assert reward.status == RewardStatus.CANCELLED
    assert "order charged back" in reward.status_reason


def test_contest_standings_decide_and_fulfil_a_physical_prize(
    page, live_server, order_facts
):
    the_program = program(hold_days="0")
    operator = staff()
    ada = make_user("ada@example.com", "Ada", "Lovelace")
    created = api(
        """mutation($channel: String!, $input: ReferralContestInput!) {
          referralContestCreate(channel: $channel, input: $input) { contest { id } errors { message } }
        }""",
        {
            "channel": the_program.channel_slug,
            "input": {
                "name": "Autumn race",
                "startsAt": (timezone.now() - timedelta(days=3)).isoformat(),
                "endsAt": (timezone.now() + timedelta(seconds=2)).isoformat(),
                "minReferrals": 1,
                "prizes": [
                    {
                        "method": "RANK",
                        "kind": "PHYSICAL",
                        "amount": 300,
                        "description": "Bike",
                    }
                ],
            },
        },
        operator,
    )["referralContestCreate"]
    assert created["errors"] == []
    for friend in ("bob", "cy"):
        convert(
            referred_order(
                the_program, ada, make_user(f"{friend}@example.com"), order_facts
            )
        )
    Contest.objects.update(ends_at=timezone.now())
    sign_in(page, live_server, "/contests")
    contest = page.locator(".contest", has_text="Autumn race")
    contest.locator("button[name=open]").click()
    expect(contest.locator(".standings")).to_contain_text("Ada")
    contest.locator("input[name=seed]").fill("public-seed")
    contest.locator("button[name=decide]").click()
    expect(page.locator(".notice")).to_contain_text("decided")
    assert Contest.objects.get().state == "decided"
    fulfil = contest.locator(".fulfil-form")
    fulfil.locator("input[name=note]").fill("sent with DHL 123")
    fulfil.locator("button[name=fulfil]").click()
    expect(page.locator(".notice")).to_contain_text("fulfilled")
    assert ContestPrize.objects.get().fulfilled_at is not None


def test_cause_totals_and_a_recorded_payout(page, live_server, order_facts):
    the_program = program(hold_days="0")
    staff()
    cause = Cause.objects.create(
        program=the_program, name="Clean rivers", donate_per_referral=Decimal("2")
    )
    referred_order(
        the_program,
        make_user("ada@example.com"),
        make_user("bob@example.com"),
        order_facts,
    )
    for reward_id in Reward.objects.values_list("pk", flat=True):
        rewards.release(reward_id)
    sign_in(page, live_server, "/causes")
    row = page.locator(f".causes-table tr[data-id='{gid('ReferralCause', cause.pk)}']")
    expect(row).to_contain_text("$2.00")
    row.locator("button[name=open-payout]").click()
    page.fill(".payout-form input[name=reference]", "TX-42")
    page.click(".payout-form button[name=payout]")
    expect(page.locator(".notice")).to_contain_text("$2.00")
    expect(row.locator("[data-field=paidOut]")).to_contain_text("$2.00")
    payout = DonationPayout.objects.get()
    assert (payout.reference, payout.amount) == ("TX-42", Decimal("2.000"))


def test_create_an_event_with_a_bad_capacity_first(page, live_server):
    program()
    staff()
    sign_in(page, live_server, "/events")
    form = page.locator("form[name=event]").last
    form.locator("input[name=name]").fill("Launch night")
    form.locator("input[name=startsAt]").fill(local(timedelta(days=20)))
    form.locator("input[name=capacity]").fill("-1")
    form.locator("input[name=guestPassesPerMember]").fill("2")
    form.locator("button[type=submit]").click()
    expect(form.locator("[data-field=capacity] .field-error")).to_be_visible()
    assert not Event.objects.exists()
    form.locator("input[name=capacity]").fill("40")
    form.locator("button[type=submit]").click()
    expect(page.locator(".events-table")).to_contain_text("Launch night")
    assert Event.objects.get().capacity == 40
