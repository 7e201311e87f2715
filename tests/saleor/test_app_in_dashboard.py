"""The console inside a Dashboard frame, in Chromium, against real Saleor.

A stand-in for the Dashboard at another origin frames the console's extension URL
(as the App was installed, with the query the Dashboard appends) and speaks the
Dashboard's side of `@saleor/app-sdk`'s app bridge: on the frame's load, and again
when the console says `notifyReady`, it posts `{type: "handshake", payload:
{token, version: 1, ...}}` to the console's origin (the Dashboard's `AppFrame` and
`useNotifyReadyAction`). The token is the one Saleor gives the Dashboard for the
extension (`appExtensions { accessToken }`).

Both origins are answered in this process: the Dashboard's from a string, the
shop's by Saleor's own URLconf (`Client`), inside the test's transaction.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote, urlencode, urlsplit

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")
pytest.importorskip("playwright", reason="Playwright is not installed (README)")

import graphene
from django.test import Client
from saleor.app.models import App
from saleor.core.jwt import create_access_token_for_app
from saleor.graphql.tests.fixtures import ApiClient
from saleor.graphql.tests.utils import get_graphql_content

from ..browser.conftest import chromium_path
from .test_app import DASHBOARD_APP, DASHBOARD_EXTENSIONS, install

# Playwright's sync API runs an event loop in this thread; the ORM is used here too.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SHOP = "https://shop.test"  # https: the app bridge needs a secure context
DASHBOARD = "https://dashboard.test"
HARNESS = """<!doctype html>
<html><head><meta charset="utf-8"><title>Dashboard</title></head><body>
<iframe id="app" src="{src}" style="width:1100px;height:800px"
  sandbox="allow-same-origin allow-forms allow-scripts allow-downloads allow-popups">
</iframe>
<script>
  const frame = document.getElementById("app");
  const appOrigin = new URL(frame.src).origin;
  const handshake = () => frame.contentWindow.postMessage(
    {{type: "handshake", payload: {{token: {token}, version: 1,
      saleorVersion: "3.23.28", dashboardVersion: "3.23.27"}}}}, appOrigin);
  window.received = [];
  frame.addEventListener("load", handshake);
  window.addEventListener("message", ({{origin, data}}) => {{
    if (origin !== appOrigin || !data || !data.type) return;
    window.received.push(data.type);
    if (data.type === "notifyReady") {{
      handshake();
      frame.contentWindow.postMessage({{type: "response",
        payload: {{actionId: data.payload.actionId, ok: true}}}}, appOrigin);
    }}
  }});
</script>
</body></html>
"""


@contextmanager
def outside_the_event_loop() -> Iterator[None]:
    """Playwright calls route handlers while its event loop runs in this thread, and
    Django then keeps database connections per task, not per thread: hide the loop
    so the shop answers on this thread's connection, inside the test's transaction."""
    loop = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    try:
        yield
    finally:
        asyncio.events._set_running_loop(loop)


class Dashboard:
    """A Chromium page where the Dashboard and the shop are served in-process."""

    def __init__(self, page) -> None:
        self.page = page
        self.harness = ""
        self.shop_requests: list[str] = []
        self.errors: list[str] = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.route("**/*", self.answer)

    def answer(self, route) -> None:
        request = route.request
        parts = urlsplit(request.url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin == DASHBOARD:
            route.fulfill(status=200, content_type="text/html", body=self.harness)
            return
        if origin != SHOP:
            route.abort()
            return
        self.shop_requests.append(f"{request.method} {parts.path}")
        headers = {
            f"HTTP_{name.upper().replace('-', '_')}": value
            for name, value in request.headers.items()
            if name.lower() not in {"content-type", "content-length", "host"}
        }
        with outside_the_event_loop():
            response = Client().generic(
                request.method,
                f"{parts.path}?{parts.query}" if parts.query else parts.path,
                data=request.post_data_buffer or b"",
                content_type=request.headers.get("content-type", ""),
                HTTP_HOST=parts.netloc,
                secure=parts.scheme == "https",
                **headers,
            )
        route.fulfill(
            status=response.status_code,
            headers={name: value for name, value in response.items()},
            body=response.content,
        )

    def open(self, extension_url: str, token: str | None, **params: str) -> None:
        query = {
            "domain": urlsplit(SHOP).netloc,
            "saleorApiUrl": f"{SHOP}/graphql/",
            **params,
            "theme": "light",
        }
        self.harness = HARNESS.format(
            src=f"{extension_url}?{urlencode(query)}", token=json.dumps(token)
        )
        self.page.goto(f"{DASHBOARD}/customers/")

    @property
    def console(self):
        return self.page.frame_locator("#app").locator("#referrals-console")


@pytest.fixture
def dashboard(production_middleware, settings) -> Iterator[Dashboard]:
    """Chromium with the stand-in Dashboard. Request it last: once Playwright runs
    its loop in this thread, the test's database connection is reachable only
    `outside_the_event_loop()`, so the data is made before."""
    from playwright.sync_api import sync_playwright

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "shop.test"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(),
            args=["--no-sandbox", "--disable-dev-shm-usage"],
        )
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        dashboard = Dashboard(context.new_page())
        yield dashboard
        browser.close()
    assert not dashboard.errors, dashboard.errors


def extension_token(user, identifier: str) -> tuple[str, str | None]:
    """(URL, token) of an extension, as the Dashboard asks Saleor for them."""
    edges = get_graphql_content(
        ApiClient(user=user).post_graphql(DASHBOARD_EXTENSIONS)
    )["data"]["appExtensions"]["edges"]
    [node] = [e["node"] for e in edges if e["node"]["identifier"] == identifier]
    return node["url"], node["accessToken"]


@pytest.fixture
def customer_widget(advocate_code, channel_USD, staff_user) -> dict:
    """The customer widget as the Dashboard would open it for the advocate."""
    install(channel_USD, SHOP)
    app = App.objects.get(identifier="saleor-referrals")
    return {
        "app": app,
        "app_id": graphene.Node.to_global_id("App", app.pk),
        "customer": graphene.Node.to_global_id("User", advocate_code.user_id),
        "code": advocate_code.code,
    }


def test_the_customer_widget_shows_referral_status_with_the_dashboards_token(
    channel_USD, staff_user, permission_manage_discounts, customer_widget, request
):
    staff_user.user_permissions.add(permission_manage_discounts)
    url, token = extension_token(staff_user, "referrals-customer")
    assert url == (
        f"{SHOP}/plugins/channel/{channel_USD.slug}/saleor_referrals/console/customer"
    )
    assert token
    dashboard = request.getfixturevalue("dashboard")  # last: see the fixture
    dashboard.open(
        url, token, id=customer_widget["app_id"], customerId=customer_widget["customer"]
    )

    dashboard.console.get_by_text(customer_widget["code"]).wait_for(timeout=20_000)
    assert "notifyReady" in dashboard.page.evaluate("window.received")
    # The shell, its assets and the staff query all went through Saleor's routes.
    shell = f"GET /plugins/channel/{channel_USD.slug}/saleor_referrals/console/customer"
    assert shell in dashboard.shop_requests
    assert any("/assets/console/console.js" in r for r in dashboard.shop_requests)
    assert "POST /graphql/" in dashboard.shop_requests


def test_a_staff_user_without_the_permission_sees_no_data(
    staff_user, permission_manage_orders, customer_widget, request
):
    staff_user.user_permissions.add(permission_manage_orders)
    url, extension_token_ = extension_token(staff_user, "referrals-customer")
    assert extension_token_ is None  # Saleor gives them none for this extension
    # The App page's token carries only what they share with the App: nothing.
    token = create_access_token_for_app(customer_widget["app"], staff_user)
    dashboard = request.getfixturevalue("dashboard")
    dashboard.open(
        url, token, id=customer_widget["app_id"], customerId=customer_widget["customer"]
    )

    dashboard.console.get_by_text("No permission").wait_for(timeout=20_000)
    assert customer_widget["code"] not in dashboard.console.inner_text()


def test_the_navigation_entry_opens_the_console_with_the_apps_token(
    channel_USD, staff_user, permission_manage_discounts, customer_widget, request
):
    """The App page (`NAVIGATION_DISCOUNTS`, `APP_PAGE`): the Dashboard frames
    `appUrl` + the extension's path with the App's token (the App's permissions
    ∩ the user's)."""
    staff_user.user_permissions.add(permission_manage_discounts)
    app = get_graphql_content(
        ApiClient(user=staff_user).post_graphql(
            DASHBOARD_APP, {"id": customer_widget["app_id"]}
        )
    )["data"]["app"]
    page_url = f"{app['appUrl']}/"  # the extension's url "/" joined to appUrl
    dashboard = request.getfixturevalue("dashboard")
    dashboard.open(page_url, app["accessToken"], id=customer_widget["app_id"])

    dashboard.console.get_by_text("Referred revenue").first.wait_for(timeout=20_000)
    assert "POST /graphql/" in dashboard.shop_requests


# The way in (issue 22): names, the channel's name, inactive channels, errors -------

PLUGIN_AND_APPS = """
query names($id: ID!) {
  plugin(id: $id) { name description
    channelConfigurations { channel { slug }
      configuration { name value helpText type } } }
  apps(first: 10) { edges { node { name identifier } } }
}
"""


def open_app_page(staff_user, customer_widget, request) -> Dashboard:
    """The navigation entry's page, as the Dashboard frames it."""
    app = get_graphql_content(
        ApiClient(user=staff_user).post_graphql(
            DASHBOARD_APP, {"id": customer_widget["app_id"]}
        )
    )["data"]["app"]
    dashboard = request.getfixturevalue("dashboard")
    dashboard.open(
        f"{app['appUrl']}/", app["accessToken"], id=customer_widget["app_id"]
    )
    return dashboard


def test_the_app_and_the_plugin_are_told_apart_and_point_at_each_other(
    channel_USD, staff_user, permission_manage_plugins, customer_widget, settings
):
    """Extensions → Installed lists both: the App is the console, the plugin the
    settings; the plugin's status line links the console's page."""
    settings.REFERRALS_DASHBOARD_URL = f"{DASHBOARD}/"
    staff_user.user_permissions.add(permission_manage_plugins)
    data = get_graphql_content(
        ApiClient(user=staff_user).post_graphql(
            PLUGIN_AND_APPS, {"id": "saleor_referrals"}
        )
    )["data"]
    [app] = [
        edge["node"]
        for edge in data["apps"]["edges"]
        if edge["node"]["identifier"] == "saleor-referrals"
    ]
    assert app["name"] == "Referrals console"
    assert data["plugin"]["name"] == "Referrals"
    assert data["plugin"]["description"].startswith("The referral program's settings")
    assert "Referrals console" in data["plugin"]["description"]
    [config] = data["plugin"]["channelConfigurations"]
    status = config["configuration"][0]
    assert status["type"] == "OUTPUT"
    # One line that fits the Dashboard's input; the details wrap below it.
    assert status["value"] == "Active · 0 to review · 0 held"
    assert status["helpText"].endswith(
        f"Console: {DASHBOARD}/extensions/app/{customer_widget['app_id']}."
    )


def test_the_console_names_the_channel_and_links_its_settings(
    channel_USD,
    channel_PLN,
    staff_user,
    permission_manage_discounts,
    customer_widget,
    request,
    settings,
):
    settings.REFERRALS_DASHBOARD_URL = f"{DASHBOARD}/"
    staff_user.user_permissions.add(permission_manage_discounts)
    dashboard = open_app_page(staff_user, customer_widget, request)

    header = dashboard.console.locator(".brand .channel-name")
    header.filter(has_text=channel_USD.name).wait_for(timeout=20_000)
    assert channel_USD.slug not in header.inner_text()
    assert header.get_attribute("data-slug") == channel_USD.slug  # for developers
    options = dashboard.console.locator("select[name=channel] option")
    assert sorted(options.all_inner_texts()) == sorted(
        [f"{channel_USD.name} (on)", f"{channel_PLN.name} (off)"]
    )
    link = dashboard.console.get_by_role("link", name="Referrals settings")
    assert link.get_attribute("href") == (
        f"{DASHBOARD}/extensions/plugin/saleor_referrals"
    )


def test_switching_to_an_inactive_channel_shows_how_to_enable_it(
    channel_USD,
    channel_PLN,
    staff_user,
    permission_manage_discounts,
    customer_widget,
    request,
):
    """Saleor answers the channel's own route with an empty 404 while the plugin is
    off there: the switch opens the shop-wide route, which says what to do."""
    staff_user.user_permissions.add(permission_manage_discounts)
    dashboard = open_app_page(staff_user, customer_widget, request)
    console = dashboard.console
    console.get_by_text("Referred revenue").first.wait_for(timeout=20_000)

    console.locator("select[name=channel]").select_option(channel_PLN.slug)

    page = console.locator(".not-active")
    page.wait_for(timeout=20_000)
    assert page.get_by_role("heading").inner_text() == (
        f"Referrals are not active in {channel_PLN.name}"
    )
    assert page.get_attribute("data-channel") == channel_PLN.slug
    # The console opened its other page itself: the Dashboard's origin came along
    # (the app bridge would otherwise trust only the console's own origin).
    frame_url = dashboard.page.frames[1].url
    assert f"dashboardOrigin={quote(DASHBOARD, safe='')}" in frame_url
    enable = page.get_by_role("link", name="Enable them here")
    assert enable.get_attribute("href").endswith("/extensions/plugin/saleor_referrals")
    assert console.locator(".brand .channel-name").inner_text() == channel_PLN.name
    shell = "GET /plugins/saleor_referrals/console/"
    assert shell in dashboard.shop_requests
    # The channel's own route is what a blank frame came from.
    with outside_the_event_loop():
        direct = Client().get(
            f"/plugins/channel/{channel_PLN.slug}/saleor_referrals/console/"
        )
    assert direct.status_code == 404


def test_a_console_route_that_fails_shows_a_console_page(
    channel_USD,
    channel_PLN,
    staff_user,
    permission_manage_discounts,
    customer_widget,
    request,
    monkeypatch,
):
    """A 5xx (or 404) of a console route inside the frame: the reason, never an
    empty frame; both when the switch finds the page failing and when the frame
    loads it."""
    from saleor_referrals.console import views

    staff_user.user_permissions.add(permission_manage_discounts)
    dashboard = open_app_page(staff_user, customer_widget, request)
    console = dashboard.console
    console.get_by_text("Referred revenue").first.wait_for(timeout=20_000)

    def broken(request):
        raise RuntimeError("the console's page broke")

    monkeypatch.setattr(views, "_shell", broken)
    console.locator("select[name=channel]").select_option(channel_PLN.slug)
    error = console.locator(".console-error")
    error.wait_for(timeout=20_000)
    assert error.get_attribute("data-status") == "500"
    assert "server error" in error.inner_text()
    error.get_by_role("button", name="Back").click()
    console.get_by_text("Referred revenue").first.wait_for(timeout=20_000)

    # The frame itself loading a failing console route: the shell's error page.
    dashboard.page.frame_locator("#app").locator("body").wait_for()
    dashboard.page.evaluate(
        "document.getElementById('app').src = document.getElementById('app').src"
    )
    page = dashboard.page.frame_locator("#app").locator("main.console-error")
    page.wait_for(timeout=20_000)
    assert page.get_attribute("data-status") == "500"
    assert "the server failed" in page.inner_text()
