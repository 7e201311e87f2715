"""The Referrals console as a Saleor App, inside real Saleor: the manifest through
Saleor's own validation, the install (the command, and Saleor's install-from-URL
flow over HTTP), and the tokens the Dashboard hands the console, used on /graphql/.
"""

from __future__ import annotations

import copy
import io
import json
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

import graphene
import requests
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from saleor.app import installation_utils
from saleor.app.manifest_validations import clean_manifest_data
from saleor.app.models import App, AppExtension
from saleor.core.jwt import create_access_token_for_app
from saleor.graphql.tests.fixtures import ApiClient
from saleor.graphql.tests.utils import get_graphql_content
from saleor.plugins.models import PluginConfiguration

from saleor_referrals.saleor_app import saleor_install
from saleor_referrals.saleor_app.manifest import APP_IDENTIFIER, build_manifest

PUBLIC = "https://api.shop.example"
STAFF_QUERY = """
query staff($channel: String!) {
  referrals(channel: $channel, first: 5) { totalCount }
  referralProgramSummary(channel: $channel) { channel pending }
}
"""
DASHBOARD_EXTENSIONS = """
query extensions {
  appExtensions(first: 10) {
    edges { node { identifier mountName targetName url accessToken
                   permissions { code } app { id appUrl } } }
  }
}
"""
DASHBOARD_APP = """
query app($id: ID!) { app(id: $id) { id appUrl accessToken } }
"""
FETCH_MANIFEST = """
mutation fetch($url: String!) {
  appFetchManifest(manifestUrl: $url) {
    manifest { identifier name permissions { code } appUrl
               extensions { label mountName targetName url permissions { code } } }
    errors { field code message }
  }
}
"""
APP_INSTALL = """
mutation install($url: String!) {
  appInstall(input: {appName: "Referrals console", manifestUrl: $url,
                     permissions: [MANAGE_DISCOUNTS]}) {
    appInstallation { id status message }
    errors { field code message }
  }
}
"""


def plugin_url(channel) -> str:
    return f"{PUBLIC}/plugins/channel/{channel.slug}/saleor_referrals/"


def install(channel, public_url: str = PUBLIC) -> str:
    out = io.StringIO()
    call_command(
        "referrals_install_app",
        f"--channel={channel.slug}",
        f"--public-url={public_url}",
        stdout=out,
    )
    return out.getvalue()


def graphql_with_token(token: str, query: str, variables: dict):
    """What the console does: POST /graphql/ with the Dashboard's token."""
    return Client().post(
        "/graphql/",
        json.dumps({"query": query, "variables": variables}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )


def permission_denied(response) -> bool:
    errors = response.json().get("errors") or []
    codes = {error["extensions"]["exception"]["code"] for error in errors}
    return codes == {"PermissionDenied"}


@pytest.fixture
def installed(program, channel_USD, production_middleware):
    install(channel_USD)
    return App.objects.get(identifier=APP_IDENTIFIER)


# The manifest --------------------------------------------------------------------


def test_the_served_manifest_passes_saleors_validation(
    program, channel_USD, client, settings
):
    settings.PUBLIC_URL = PUBLIC  # Saleor's own public address names the pages
    response = client.get(
        f"/plugins/channel/{channel_USD.slug}/saleor_referrals/manifest.json"
    )
    assert response.status_code == 200
    manifest = response.json()
    assert manifest["appUrl"] == f"{plugin_url(channel_USD)}console"
    data = copy.deepcopy(manifest)
    clean_manifest_data(data, raise_for_saleor_version=True)
    assert [p.codename for p in data["permissions"]] == ["manage_discounts"]
    assert data["requiredSaleorVersion"]["satisfied"] is True
    assert [(e["mount"], e["target"]) for e in data["extensions"]] == [
        ("navigation_discounts", "app_page"),
        ("customer_details_widgets", "widget"),
        ("order_details_widgets", "widget"),
    ]
    for extension in data["extensions"]:
        assert [p.codename for p in extension["permissions"]] == ["manage_discounts"]


def test_an_inactive_channel_serves_no_manifest(configure, channel_USD, client):
    assert configure()["errors"] == []
    path = f"/plugins/channel/{channel_USD.slug}/saleor_referrals/manifest.json"
    assert client.get(path).status_code == 200
    PluginConfiguration.objects.filter(identifier="saleor_referrals").update(
        active=False
    )
    assert client.get(path).status_code == 404


# The install command -------------------------------------------------------------


def test_the_command_installs_the_app_with_its_extensions(program, channel_USD):
    output = install(channel_USD)
    assert output.startswith("Installed Referrals")
    app = App.objects.get(identifier=APP_IDENTIFIER)
    assert app.is_active and app.is_installed
    assert app.type == "thirdparty"
    assert app.app_url == f"{plugin_url(channel_USD)}console"
    assert app.manifest_url == f"{plugin_url(channel_USD)}manifest.json"
    assert [p.codename for p in app.permissions.all()] == ["manage_discounts"]
    assert not app.tokens.exists()  # no long-lived token was minted
    extensions = {e.identifier: e for e in app.extensions.all()}
    assert {name: (e.mount, e.target, e.url) for name, e in extensions.items()} == {
        "referrals-console": ("navigation_discounts", "app_page", "/"),
        "referrals-customer": (
            "customer_details_widgets",
            "widget",
            f"{plugin_url(channel_USD)}console/customer",
        ),
        "referrals-order": (
            "order_details_widgets",
            "widget",
            f"{plugin_url(channel_USD)}console/order",
        ),
    }
    for extension in extensions.values():
        assert [p.codename for p in extension.permissions.all()] == ["manage_discounts"]


def test_the_command_is_idempotent_and_updates_in_place(program, channel_USD):
    install(channel_USD)
    app = App.objects.get(identifier=APP_IDENTIFIER)
    extension_ids = set(app.extensions.values_list("pk", flat=True))

    assert install(channel_USD).startswith("Already installed and up to date")
    assert App.objects.filter(identifier=APP_IDENTIFIER).count() == 1
    assert set(app.extensions.values_list("pk", flat=True)) == extension_ids

    # The shop moved: the same App and extensions, new URLs.
    assert install(channel_USD, "https://new.shop.example").startswith("Updated")
    app.refresh_from_db()
    assert app.app_url.startswith("https://new.shop.example/plugins/channel/")
    assert set(app.extensions.values_list("pk", flat=True)) == extension_ids
    widget = app.extensions.get(identifier="referrals-order")
    assert widget.url.startswith("https://new.shop.example/")


def test_the_command_leaves_an_operators_deactivation_alone(program, channel_USD):
    install(channel_USD)
    App.objects.filter(identifier=APP_IDENTIFIER).update(is_active=False)
    assert "inactive" in install(channel_USD)
    assert not App.objects.get(identifier=APP_IDENTIFIER).is_active


def test_the_command_restores_a_lost_permission(program, channel_USD):
    install(channel_USD)
    app = App.objects.get(identifier=APP_IDENTIFIER)
    app.permissions.clear()
    AppExtension.objects.filter(app=app, identifier="referrals-order").delete()
    assert install(channel_USD).startswith("Updated")
    assert [p.codename for p in app.permissions.all()] == ["manage_discounts"]
    assert app.extensions.count() == 3


def test_saleor_refuses_a_manifest_it_would_refuse_from_a_url(program, channel_USD):
    manifest = build_manifest(plugin_url(channel_USD))
    manifest["permissions"] = ["NOT_A_PERMISSION"]
    with pytest.raises(ValidationError, match="permissions"):
        saleor_install.install(manifest, plugin_url(channel_USD) + "manifest.json")
    assert not App.objects.filter(identifier=APP_IDENTIFIER).exists()


# Saleor's own install flow (Dashboard → Apps → install from a manifest URL) ---------


@pytest.fixture
def in_process_http(monkeypatch):
    """Saleor's HTTP client, answered by Saleor's own URLconf in this process.

    The request takes the same path as over a socket (Saleor's plugin route, the
    plugin's `webhook`), inside the test's transaction: a live server thread would
    need a transactional test, which leaves Saleor's shared replica test connection
    broken for the tests after it.
    """

    def send_request(method, url, **kwargs):
        parts = urlsplit(url)
        answer = Client().generic(
            method,
            f"{parts.path}?{parts.query}" if parts.query else parts.path,
            HTTP_HOST=parts.netloc,
            secure=parts.scheme == "https",
            **{
                f"HTTP_{name.upper().replace('-', '_')}": value
                for name, value in (kwargs.get("headers") or {}).items()
            },
        )
        response = requests.Response()
        response.status_code = answer.status_code
        response.url = url
        response.headers.update(answer.headers)
        response._content = answer.content
        requested.append(url)
        return response

    requested: list[str] = []
    monkeypatch.setattr(
        installation_utils, "HTTPClient", SimpleNamespace(send_request=send_request)
    )
    return requested


def test_saleor_installs_it_from_the_manifest_url(
    in_process_http,
    settings,
    program,
    channel_USD,
    staff_user,
    permission_manage_apps,
    permission_manage_discounts,
):
    """Dashboard → Apps → install from a manifest URL: Saleor fetches the manifest
    from the plugin's route, validates it and installs the App."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "api.shop.example"]
    settings.PUBLIC_URL = PUBLIC
    staff_user.user_permissions.add(permission_manage_apps, permission_manage_discounts)
    client = ApiClient(user=staff_user)
    url = f"{plugin_url(channel_USD)}manifest.json"

    fetched = get_graphql_content(client.post_graphql(FETCH_MANIFEST, {"url": url}))
    answer = fetched["data"]["appFetchManifest"]
    assert answer["errors"] == []
    assert answer["manifest"]["identifier"] == APP_IDENTIFIER
    assert answer["manifest"]["appUrl"] == f"{plugin_url(channel_USD)}console"
    assert answer["manifest"]["permissions"] == [{"code": "MANAGE_DISCOUNTS"}]
    assert [e["mountName"] for e in answer["manifest"]["extensions"]] == [
        "NAVIGATION_DISCOUNTS",
        "CUSTOMER_DETAILS_WIDGETS",
        "ORDER_DETAILS_WIDGETS",
    ]

    installed = get_graphql_content(client.post_graphql(APP_INSTALL, {"url": url}))
    assert installed["data"]["appInstall"]["errors"] == []
    assert in_process_http == [url, url]  # fetched once to show, once to install
    app = App.objects.get(identifier=APP_IDENTIFIER)
    assert app.is_installed and app.is_active
    assert app.app_url == f"{plugin_url(channel_USD)}console"
    assert app.extensions.count() == 3
    # The command then finds it installed as it would have made it.
    assert install(channel_USD).startswith("Already installed and up to date")


# Tokens the Dashboard hands the console ------------------------------------------


def test_the_dashboards_tokens_read_staff_fields(
    installed, channel_USD, staff_user, permission_manage_discounts
):
    staff_user.user_permissions.add(permission_manage_discounts)
    dashboard = ApiClient(user=staff_user)
    # The Dashboard asks Saleor for the extensions and their tokens...
    edges = get_graphql_content(dashboard.post_graphql(DASHBOARD_EXTENSIONS))["data"][
        "appExtensions"
    ]["edges"]
    nodes = {edge["node"]["identifier"]: edge["node"] for edge in edges}
    assert nodes.keys() == {
        "referrals-console",
        "referrals-customer",
        "referrals-order",
    }
    widget = nodes["referrals-customer"]
    assert widget["mountName"] == "CUSTOMER_DETAILS_WIDGETS"
    assert widget["targetName"] == "WIDGET"
    assert widget["accessToken"]
    # ...and for the App page's token (the navigation entry opens it).
    app_id = graphene.Node.to_global_id("App", installed.pk)
    app = get_graphql_content(dashboard.post_graphql(DASHBOARD_APP, {"id": app_id}))[
        "data"
    ]["app"]
    assert app["accessToken"]

    # The console sends either on /graphql/ and reads staff fields.
    for token in (widget["accessToken"], app["accessToken"]):
        content = get_graphql_content(
            graphql_with_token(token, STAFF_QUERY, {"channel": channel_USD.slug})
        )
        assert content["data"]["referrals"]["totalCount"] == 0
        assert content["data"]["referralProgramSummary"] == {
            "channel": channel_USD.slug,
            "pending": 0,
        }


def test_staff_without_the_permission_gets_no_extension_token_and_no_data(
    installed, channel_USD, staff_user, permission_manage_orders
):
    staff_user.user_permissions.add(permission_manage_orders)
    dashboard = ApiClient(user=staff_user)
    edges = get_graphql_content(dashboard.post_graphql(DASHBOARD_EXTENSIONS))["data"][
        "appExtensions"
    ]["edges"]
    # Saleor gives no extension token to a user lacking its permissions...
    assert {edge["node"]["accessToken"] for edge in edges} == {None}
    # ...and the App page's token (their permissions ∩ the App's) reads nothing.
    token = create_access_token_for_app(installed, staff_user)
    response = graphql_with_token(token, STAFF_QUERY, {"channel": channel_USD.slug})
    assert permission_denied(response)


def test_an_app_without_the_permission_passes_none_on(
    installed, channel_USD, staff_user, permission_manage_discounts
):
    staff_user.user_permissions.add(permission_manage_discounts)
    installed.permissions.clear()
    token = create_access_token_for_app(installed, staff_user)
    response = graphql_with_token(token, STAFF_QUERY, {"channel": channel_USD.slug})
    assert permission_denied(response)


def test_a_superusers_token_is_limited_to_the_apps_permissions(
    installed, channel_USD, superuser
):
    """Saleor's `User.has_perm` lets a superuser through when the token's
    permissions are empty; the staff fields hold to the token."""
    installed.permissions.clear()
    token = create_access_token_for_app(installed, superuser)
    response = graphql_with_token(token, STAFF_QUERY, {"channel": channel_USD.slug})
    assert permission_denied(response)

    # With the permission on the App, the superuser's token reads as staff.
    install(channel_USD)
    token = create_access_token_for_app(installed, superuser)
    content = get_graphql_content(
        graphql_with_token(token, STAFF_QUERY, {"channel": channel_USD.slug})
    )
    assert content["data"]["referrals"]["totalCount"] == 0


def test_a_customers_own_token_reads_no_staff_fields(
    installed, channel_USD, customer_user
):
    response = ApiClient(user=customer_user).post_graphql(
        STAFF_QUERY, {"channel": channel_USD.slug}
    )
    assert permission_denied(response)
