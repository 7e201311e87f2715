"""Screenshots of the storefront widget for the README: English and Persian, desktop
(1280 px) and phone (390 px) widths, into docs/screenshots/widget-*.png.

    REFERRALS_DB_NAME=... .venv/bin/python scripts/widget_screenshots.py

Runs on its own (no pytest): a throwaway database beside the settings' one
(test_<name>_screens), the standalone test server (tests/server/) in a thread,
an advocate with two converted friends, a tier ladder and a badge, and Debian's
chromium (or REFERRALS_CHROMIUM) driven by Playwright.
"""

from __future__ import annotations

import os
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.testcases import LiveServerThread, _StaticFilesHandler  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
WIDTHS = {"desktop": 1280, "phone": 390}
LANGUAGES = ("en", "fa")


def seed() -> tuple[object, str]:
    """A program, Ada with two converted friends (Silver, on the way to Gold, one
    badge), and a second advocate so the leaderboard has two rows."""
    from saleor_referrals import referrals
    from saleor_referrals.codes import get_or_create_code
    from saleor_referrals.commerce import get_commerce
    from saleor_referrals.commerce.memory import MemoryOrder
    from saleor_referrals.config import parse
    from saleor_referrals.facts import OrderFacts, Shopper
    from saleor_referrals.programs import sync_program
    from saleor_referrals.tiers import ladder
    from tests.conftest import make_user

    shop = get_commerce()
    shop.reset()
    shop.add_channel("default-channel", "USD")
    program = sync_program(
        channel_slug="default-channel",
        currency="USD",
        settings=parse(
            {
                "friend_discount_type": "percentage",
                "friend_discount_value": "15",
                "advocate_reward_type": "voucher",
                "advocate_reward_value": "20",
                "min_order_total": "30",
                "new_customers_only": True,
                "hold_days": "0",
                "storefront_url": "https://shop.example.com/",
            }
        ),
        active=True,
    )
    for name, rank, needed, persian in (
        ("Silver", 1, 2, "نقره"),
        ("Gold", 2, 5, "طلا"),
    ):
        ladder.create_tier(
            program,
            ladder.TierSpec(
                name=name,
                rank=rank,
                min_referrals=needed,
                name_translations={"fa": persian},
            ),
            actor="screenshots",
        )
    ladder.create_milestone(
        program,
        ladder.MilestoneSpec(
            slug="two",
            name="Two friends",
            referrals=2,
            name_translations={"fa": "دو دوست"},
        ),
        actor="screenshots",
    )
    number = 0
    ada = None
    advocates = [
        ("ada@example.com", "Ada", "Lovelace", 2),
        ("sam@example.com", "Sam", "Rahimi", 1),
    ]
    for email, first, last, friends in advocates:
        advocate = make_user(email, first, last)
        code = get_or_create_code(program, advocate)
        ada = ada or advocate
        for _ in range(friends):
            number += 1
            friend = make_user(f"friend{number}@example.com")
            facts = OrderFacts(
                order_id=f"order-{number}",
                number=str(number),
                channel_slug="default-channel",
                currency="USD",
                total=Decimal("100.00"),
                paid=Decimal("100.00"),
                shopper=Shopper(user_id=friend.pk, email=friend.email),
                voucher_code=code.code,
                referral_code="",
            )
            shop.add_order(
                MemoryOrder(facts.order_id, friend.pk, friend.email, "default-channel")
            )
            referrals.qualify_paid_order(facts)
    return ada, get_or_create_code(program, ada).code


def shoot(base_url: str, token: str, code: str) -> list[Path]:
    from playwright.sync_api import expect, sync_playwright

    from tests.browser.conftest import chromium_path
    from tests.browser.storefront import open_shop

    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(),
            args=["--no-sandbox", "--disable-dev-shm-usage"],
        )
        for language in LANGUAGES:
            for label, width in WIDTHS.items():
                context = browser.new_context(
                    viewport={"width": width, "height": 900},
                    device_scale_factor=1,
                    locale=language,
                )
                page = context.new_page()
                open_shop(
                    page,
                    base_url,
                    f"?ref={code}",
                    language=language,
                    landing=True,
                    share=True,
                    token=token,
                )
                share = page.locator("referral-share")
                expect(share.locator("[data-leaderboard]")).to_be_visible()
                expect(page.locator("referral-landing [data-code]")).to_be_visible()
                path = OUT / f"widget-{language}-{label}.png"
                page.screenshot(path=str(path), full_page=True)
                written.append(path)
                context.close()
        browser.close()
    return written


def main() -> None:
    from django.conf import settings

    from tests.server.auth import token_for

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    server = None
    try:
        advocate, code = seed()
        server = LiveServerThread("localhost", _StaticFilesHandler, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        for path in shoot(f"http://localhost:{server.port}", token_for(advocate), code):
            print(path.relative_to(ROOT))
    finally:
        if server is not None:
            server.terminate()
        connection.creation.destroy_test_db(name, verbosity=0)


if __name__ == "__main__":
    main()
