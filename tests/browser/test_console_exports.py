"""The console's Exports page: request a CSV, follow it, download it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from ..conftest import make_user
from .console_data import program, referred_order, staff
from .test_console import sign_in


@pytest.fixture(autouse=True)
def shop(commerce):
    return commerce


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    settings.MEDIA_URL = "/media/"
    return tmp_path


def local(delta: timedelta) -> str:
    return (timezone.now() + delta).strftime("%Y-%m-%dT%H:%M")


def test_export_referrals_and_download_the_csv(page, live_server, order_facts, media):
    the_program = program()
    staff()
    ada = make_user("ada@example.com", "Ada", "Lovelace")
    for friend in ("bob", "cy", "di"):
        referred_order(
            the_program, ada, make_user(f"{friend}@example.com"), order_facts
        )
    sign_in(page, live_server, "/exports")
    form = page.locator("form[name=export]")
    # A period that ends before it starts: the API's error, next to the period.
    form.locator("input[name=from]").fill(local(timedelta(days=1)))
    form.locator("input[name=to]").fill(local(timedelta(days=-1)))
    form.locator("button[type=submit]").click()
    expect(form.locator("[data-field=period] .field-error")).to_be_visible()
    expect(page.locator(".exports-table")).to_have_count(0)
    form.locator("input[name=from]").fill("")
    form.locator("input[name=to]").fill("")
    form.locator("select[name=kind]").select_option("REFERRALS")
    form.locator("button[type=submit]").click()
    row = page.locator(".exports-table tbody tr").first
    expect(row).to_have_attribute("data-status", "SUCCESS")
    expect(row).to_contain_text("3")
    link = row.locator("a.download")
    href = link.get_attribute("href")
    assert href and href.endswith(".csv")
    download = page.request.get(href)
    assert download.ok
    lines = download.text().strip().splitlines()
    assert "advocate_email" in lines[0]
    assert len(lines) == 4
    assert sum("ada@example.com" in line for line in lines[1:]) == 3
