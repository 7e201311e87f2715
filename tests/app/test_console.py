"""The console and the widget, served by App mode: the plugin's built assets and
shell, configured to call the App's `/graphql/` and, for Saleor's own fields, the
instance the Dashboard names in the frame's `?saleorApiUrl=`."""

from __future__ import annotations

import json
import re

import pytest

from saleor_referrals import pages
from saleor_referrals.app.manifest import build_manifest

from .conftest import make_program

CONFIG = re.compile(
    r'<script type="application/json" id="referrals-console-config">(.*?)</script>',
    re.S,
)


def shell_config(response) -> dict:
    assert response.status_code == 200, response.content
    return json.loads(CONFIG.search(response.content.decode())[1])


@pytest.fixture
def programs_in_a(installed, commerce, program_settings):
    for slug, active in (("web-eu", True), ("web-us", True), ("old", False)):
        commerce.add_channel(slug, "USD")
        make_program(installed[0], program_settings, slug, active=active)
    return installed[0]


def test_the_console_from_the_dashboard_calls_the_apps_api(
    app_client, programs_in_a, installed
):
    response = app_client.get(
        "/console/",
        {
            "saleorApiUrl": programs_in_a.saleor_api_url,
            "id": "QXBwOjE=",
            "theme": "light",
        },
    )

    config = shell_config(response)
    assert config["appMode"] is True
    assert config["graphqlUrl"] == "/graphql/"
    assert config["saleorApiUrl"] == programs_in_a.saleor_api_url
    # The instance's programs (A's schema), and the first active channel.
    assert config["programs"] == {"web-eu": True, "web-us": True, "old": False}
    assert config["channel"] == "web-eu"
    assert (config["base"], config["shopBase"]) == ("/console/", "/console/")
    html = response.content.decode()
    assert 'src="/assets/console/console.js?v=' in html
    assert response.get("X-Frame-Options") is None  # the Dashboard frames it


def test_every_console_page_and_the_manifests_urls_are_served(
    app_client, programs_in_a
):
    manifest = build_manifest("http://testserver")
    urls = [manifest["appUrl"]] + [
        manifest["appUrl"].rstrip("/") + extension["url"]
        if extension["url"].startswith("/")
        else extension["url"]
        for extension in manifest["extensions"]
    ]
    for url in urls:
        path = url.removeprefix("http://testserver")
        config = shell_config(
            app_client.get(path, {"saleorApiUrl": programs_in_a.saleor_api_url})
        )
        assert config["graphqlUrl"] == "/graphql/", path
    config = shell_config(app_client.get("/console/rewards", {"channel": "old"}))
    # No instance named: nothing is known of its programs, the channel is asked.
    assert (config["channel"], config["programs"]) == ("old", None)


def test_another_instance_gets_its_own_programs(app_client, programs_in_a, installed):
    config = shell_config(
        app_client.get("/console/", {"saleorApiUrl": installed[1].saleor_api_url})
    )
    assert (config["programs"], config["channel"]) == ({}, "")


@pytest.mark.parametrize("name", ["console/console.js", "widget/widget.js"])
def test_the_built_assets_are_served_to_any_origin(app_client, name, db):
    response = app_client.get(f"/assets/{name}")
    assert response.status_code == 200
    assert (
        b"".join(
            response.streaming_content if response.streaming else [response.content]
        )
        == (pages.ASSETS_DIR / name).read_bytes()
    )
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Type"].startswith("text/javascript")
    assert app_client.get("/assets/../settings.py").status_code == 404
