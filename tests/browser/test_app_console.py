"""The console served by App mode, in Chromium: it calls the App's `/graphql/`
with a staff token of the instance (the token the Dashboard hands it, signed by
the instance's key), and its settings page saves the channel's program with the
plugin form's validation."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from saleor_referrals.app.models import Installation
from saleor_referrals.app.tenancy import (
    create_schema,
    drop_schema,
    schema_name_for,
    use_installation,
)
from saleor_referrals.models import ReferralProgram

from ..app.conftest import APP_URLS, make_program, truncate_schema
from ..app.saleor_double import SaleorDouble
from ..app.test_api import APP_ID, dashboard_token
from ..conftest import CHANNEL

TOKEN_KEY = "saleor-referrals-console-token"


@pytest.fixture(scope="module")
def saleor_a(django_db_setup, django_db_blocker):
    """One Saleor instance (a local HTTP server with its own key) and its
    migrated schema, for this module (tests/app/ has its own two)."""
    saleor = SaleorDouble("token-console").start()
    schema = schema_name_for(saleor.api_url)
    with django_db_blocker.unblock():
        create_schema(schema)
    yield saleor
    saleor.stop()
    with django_db_blocker.unblock():
        drop_schema(schema)


@pytest.fixture
def inactive_program(saleor_a, settings, commerce, program_settings):
    """The instance installed (with the App's id), its program switched off in
    CHANNEL; the App's URLs served by the live server."""
    settings.ROOT_URLCONF = APP_URLS
    installation = Installation.objects.create(
        saleor_api_url=saleor_a.api_url,
        auth_token=saleor_a.app_token,
        schema_name=schema_name_for(saleor_a.api_url),
        jwks=saleor_a.jwks(),
        app_id=APP_ID,
    )
    make_program(installation, program_settings, CHANNEL, active=False)
    yield installation
    truncate_schema(installation.schema_name)
    # Django's flush does not know the registry's schema-qualified table.
    Installation.objects.filter(pk=installation.pk).delete()


def program_of(installation):
    with use_installation(installation):
        return ReferralProgram.objects.get(channel_slug=CHANNEL)


def test_staff_switch_the_program_on_in_the_consoles_settings(
    page,
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
