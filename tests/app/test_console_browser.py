"""The console served by App mode, in Chromium: it calls the App's `/graphql/`
with a staff token of the instance (the token the Dashboard hands it, signed by
the instance's key), and its settings page saves the channel's program with the
plugin form's validation."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from saleor_referrals.app.models import Installation
from saleor_referrals.app.tenancy import use_installation
from saleor_referrals.models import ReferralProgram

from ..browser.conftest import browser, page, page_errors  # noqa: F401
from ..conftest import CHANNEL
from .conftest import make_program
from .test_api import APP_ID, dashboard_token

TOKEN_KEY = "saleor-referrals-console-token"


@pytest.fixture
def inactive_program(instances, commerce, program_settings):
    """Instance A has the App's id and a program switched off in CHANNEL."""
    Installation.objects.filter(pk=instances[0].pk).update(app_id=APP_ID)
    make_program(instances[0], program_settings, CHANNEL, active=False)
    return instances[0]


def program_of(installation):
    with use_installation(installation):
        return ReferralProgram.objects.get(channel_slug=CHANNEL)


def test_staff_switch_the_program_on_in_the_consoles_settings(
    page,  # noqa: F811
    live_server,
    saleor_a,
    inactive_program,
):
    token = dashboard_token(saleor_a, ["MANAGE_DISCOUNTS"], lifetime=3600)
    page.add_init_script(f"sessionStorage.setItem({TOKEN_KEY!r}, {token!r})")
    page.goto(
        f"{live_server.url}/console/?saleorApiUrl={saleor_a.api_url}&channel={CHANNEL}"
    )

    # The program is off: the page says so and links to the settings page.
    expect(page.locator("section.not-active")).to_be_visible()
    page.locator("section.not-active a.settings-link").click()
    form = page.locator("form.settings-form")
    expect(form).to_be_visible()
    expect(form.locator("[data-field=hold_days] .field-label")).to_have_text(
        "Wait before rewarding (days)"
    )
    expect(form.locator("select[name=friend_discount_type]")).to_have_value(
        "percentage"
    )

    form.locator("input[name=hold_days]").fill("400")
    form.locator("input[name=isActive]").check()
    form.locator("button[type=submit]").click()
    expect(form.locator("[data-field=hold_days] .field-error")).to_have_text(
        "Wait before rewarding (days): at most 365 days"
    )
    assert program_of(inactive_program).is_active is False

    form.locator("input[name=hold_days]").fill("7")
    form.locator("button[type=submit]").click()
    expect(page.locator("p.notice")).to_have_text("Saved.")
    program = program_of(inactive_program)
    assert (program.is_active, program.hold_days) == (True, 7)
