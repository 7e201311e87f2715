"""The App manifest the plugin serves, and the install command's Saleor-free side.

Inside Saleor (tests/saleor/test_app.py) the same manifest goes through Saleor's
own validation and install; here: its shape, its URLs and the refusals.
"""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command

from saleor_referrals.saleor_app.manifest import (
    EXTENSIONS,
    build_manifest,
    channel_plugin_url,
    permission_name,
)

from .conftest import CHANNEL

ROUTE = f"/plugins/channel/{CHANNEL}/saleor_referrals/"


def get_manifest(client, route: str = ROUTE, **headers):
    response = client.get(f"{route}manifest.json", **headers)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_the_manifest_points_at_the_channels_console(client):
    manifest = get_manifest(client)
    console = f"http://testserver{ROUTE}console"
    assert manifest["id"] == "saleor-referrals"
    assert manifest["name"] == "Referrals console"
    assert manifest["permissions"] == ["MANAGE_DISCOUNTS"]
    assert manifest["appUrl"] == console
    assert manifest["requiredSaleorVersion"] == ">=3.23"
    # No long-lived App token: the Dashboard hands the console a user's JWT.
    assert "tokenTargetUrl" not in manifest
    assert manifest["webhooks"] == []
    assert manifest["extensions"] == [
        {
            "identifier": "referrals-console",
            "label": "Referrals",
            "mount": "NAVIGATION_DISCOUNTS",
            "target": "APP_PAGE",
            "url": "/",
            "permissions": ["MANAGE_DISCOUNTS"],
        },
        {
            "identifier": "referrals-customer",
            "label": "Referrals",
            "mount": "CUSTOMER_DETAILS_WIDGETS",
            "target": "WIDGET",
            "url": f"{console}/customer",
            "permissions": ["MANAGE_DISCOUNTS"],
        },
        {
            "identifier": "referrals-order",
            "label": "Referrals",
            "mount": "ORDER_DETAILS_WIDGETS",
            "target": "WIDGET",
            "url": f"{console}/order",
            "permissions": ["MANAGE_DISCOUNTS"],
        },
    ]


def test_each_channel_gets_its_own_urls(client):
    manifest = get_manifest(client, "/plugins/channel/shop-de/saleor_referrals/")
    assert manifest["appUrl"] == (
        "http://testserver/plugins/channel/shop-de/saleor_referrals/console"
    )
    widget_urls = [item["url"] for item in manifest["extensions"][1:]]
    assert all("/plugins/channel/shop-de/" in url for url in widget_urls)


def test_the_host_and_scheme_come_from_the_request(client, settings):
    settings.ALLOWED_HOSTS = ["api.shop.example"]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    manifest = get_manifest(
        client, HTTP_HOST="api.shop.example", HTTP_X_FORWARDED_PROTO="https"
    )
    assert manifest["appUrl"] == f"https://api.shop.example{ROUTE}console"


def test_referrals_public_url_wins_over_the_request(client, settings):
    settings.REFERRALS_PUBLIC_URL = "https://api.shop.example/"
    manifest = get_manifest(client)
    assert manifest["appUrl"] == f"https://api.shop.example{ROUTE}console"


def test_saleors_public_url_wins_over_a_host_without_its_port(client, settings):
    """Saleor's manifest fetch (requests_hardened) sends `Host: 127.0.0.1` for
    http://127.0.0.1:8000/...: its PUBLIC_URL keeps the port."""
    settings.PUBLIC_URL = "http://127.0.0.1:8000"
    manifest = get_manifest(client, HTTP_HOST="127.0.0.1")
    assert manifest["appUrl"] == f"http://127.0.0.1:8000{ROUTE}console"
    settings.REFERRALS_PUBLIC_URL = "https://api.shop.example"
    manifest = get_manifest(client, HTTP_HOST="127.0.0.1")
    assert manifest["appUrl"] == f"https://api.shop.example{ROUTE}console"


def test_a_host_outside_allowed_hosts_is_refused(client):
    response = client.get(f"{ROUTE}manifest.json", HTTP_HOST="evil.example")
    assert response.status_code == 400


def test_the_manifest_needs_a_channel_route(client):
    response = client.get("/plugins/saleor_referrals/manifest.json")
    assert response.status_code == 404
    assert b"/plugins/channel/<channel>/" in response.content


def test_the_manifest_is_read_only(client):
    response = client.post(f"{ROUTE}manifest.json", {})
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


def test_saleor_can_fetch_it_from_anywhere(client):
    response = client.get(f"{ROUTE}manifest.json")
    assert response["Access-Control-Allow-Origin"] == "*"


def test_the_permission_follows_the_staff_permission_setting(client, settings):
    settings.REFERRALS_STAFF_PERMISSION = "order.manage_orders"
    manifest = get_manifest(client)
    assert manifest["permissions"] == ["MANAGE_ORDERS"]
    assert {tuple(item["permissions"]) for item in manifest["extensions"]} == {
        ("MANAGE_ORDERS",)
    }


@pytest.mark.parametrize(
    ("permission", "name"),
    [
        ("discount.manage_discounts", "MANAGE_DISCOUNTS"),
        ("checkout.handle_checkouts", "HANDLE_CHECKOUTS"),
        ("account.manage_staff", "MANAGE_STAFF"),
    ],
)
def test_permission_names_are_saleors(permission, name):
    assert permission_name(permission) == name


def test_extension_identifiers_are_unique():
    identifiers = [extension.identifier for extension in EXTENSIONS]
    assert len(set(identifiers)) == len(identifiers)


def test_the_plugin_url_of_a_channel(settings, commerce, monkeypatch):
    assert channel_plugin_url("shop de", "https://api.shop.example/") == (
        "https://api.shop.example/plugins/channel/shop%20de/saleor_referrals/"
    )
    settings.REFERRALS_PUBLIC_URL = "https://public.example"
    assert channel_plugin_url(CHANNEL) == (
        f"https://public.example/plugins/channel/{CHANNEL}/saleor_referrals/"
    )
    settings.REFERRALS_PUBLIC_URL = ""
    monkeypatch.setattr(commerce, "public_url", "")
    assert channel_plugin_url(CHANNEL) == ""
    monkeypatch.setattr(commerce, "public_url", "https://shop-api.example")
    assert channel_plugin_url(CHANNEL) == (
        f"https://shop-api.example/plugins/channel/{CHANNEL}/saleor_referrals/"
    )


def test_the_command_prints_the_manifest_of_the_only_active_channel(program):
    out = io.StringIO()
    call_command(
        "referrals_install_app",
        "--print",
        "--public-url=https://api.example",
        stdout=out,
    )
    assert json.loads(out.getvalue()) == build_manifest(
        f"https://api.example/plugins/channel/{CHANNEL}/saleor_referrals/"
    )


def test_the_command_warns_about_a_channel_without_an_active_program(program):
    err = io.StringIO()
    call_command(
        "referrals_install_app",
        "--print",
        "--channel=shop-de",
        "--public-url=https://api.example",
        stdout=io.StringIO(),
        stderr=err,
    )
    assert "not active for channel 'shop-de'" in err.getvalue()


def test_the_command_needs_a_channel_when_none_is_active(db, commerce):
    with pytest.raises(CommandError, match="Pass --channel: none"):
        call_command(
            "referrals_install_app", "--print", "--public-url=https://a.example"
        )


def test_the_command_needs_a_public_address(program, commerce, settings, monkeypatch):
    settings.REFERRALS_PUBLIC_URL = ""
    monkeypatch.setattr(commerce, "public_url", "")
    with pytest.raises(CommandError, match="No public address"):
        call_command("referrals_install_app", f"--channel={CHANNEL}")


def test_installing_needs_saleor(program):
    with pytest.raises(CommandError, match="Installing an App needs Saleor"):
        call_command(
            "referrals_install_app",
            f"--channel={CHANNEL}",
            "--public-url=https://api.example",
        )
