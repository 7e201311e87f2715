"""Chromium for browser tests: Debian's `chromium`, driven by Playwright.

No browser build is downloaded: Playwright launches the executable named by
REFERRALS_CHROMIUM (default: `chromium` on PATH, as `scripts/test.sh` installs it).
Pages are served by pytest-django's `live_server` (tests/server/), on the test
database, so tests that use `page` need committed data (`transactional_db`).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses
# to run where a loop is running unless told that this thread is synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def chromium_path() -> str:
    path = os.environ.get("REFERRALS_CHROMIUM") or shutil.which("chromium")
    if not path:
        pytest.fail("Chromium is missing: scripts/test.sh installs Debian's chromium")
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(),
            args=["--no-sandbox", "--disable-dev-shm-usage"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page_errors() -> list[str]:
    return []


@pytest.fixture
def page(browser, page_errors, transactional_db) -> Iterator:
    """A fresh browser page; uncaught script errors fail the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("pageerror", lambda error: page_errors.append(str(error)))
    yield page
    context.close()
    # The flush after this test must not meet a request still in a transaction.
    from tests.server.inflight import wait_until_idle

    assert wait_until_idle(), "the live server is still answering after 10 s"
    assert not page_errors, page_errors
