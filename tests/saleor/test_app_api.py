"""App mode's referral API against real Saleor 3.23: a customer's token made by
Saleor's own `tokenCreate` (over HTTP, on a live server) is the signed-in customer
at the App's `/graphql/`, whose keys the App fetches from that Saleor's
`/.well-known/jwks.json`; the token Saleor makes for the App's Dashboard pages
(`create_access_token_for_app`) makes its staff user staff; a token signed by
another instance's key is refused."""

from __future__ import annotations

import base64
import json
import time
from contextlib import contextmanager

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

import graphene
import jwt
import requests
from cryptography.hazmat.primitives.asymmetric import rsa
from django.db import connection
from django.test import RequestFactory
from saleor.app.models import App
from saleor.core.jwt import create_access_token_for_app

from saleor_referrals.app import api
from saleor_referrals.app.models import Installation
from saleor_referrals.app.signatures import KEYS

from .test_graphql import PROFILE, STAFF_REFERRALS

TOKEN_CREATE = """
mutation signIn($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) { token errors { code } }
}
"""


@contextmanager
def saleors_own_tables(installation):
    # Inside Saleor the referral tables are in Saleor's schema (plugin mode's).
    yield installation


@pytest.fixture
def installed(app_graphql_url, app_token, settings, monkeypatch):
    """App mode's registry in Saleor's test database (created inside the test's
    transaction, gone with it), with this Saleor installed: no keys yet, so the
    App fetches them from the live server."""
    settings.PUBLIC_URL = app_graphql_url.removesuffix("/graphql/")
    with connection.schema_editor() as editor:
        editor.create_model(Installation)
    app = App.objects.get(identifier="referrals")
    installation = Installation.objects.create(
        saleor_api_url=app_graphql_url,
        auth_token=app_token,
        schema_name="referrals_0000000000000000",
        app_id=graphene.Node.to_global_id("App", app.pk),
    )
    monkeypatch.setattr(api, "use_installation", saleors_own_tables)
    KEYS.clear()
    yield installation
    KEYS.clear()


def ask_app(document, variables, token):
    request = RequestFactory().post(
        "/graphql/",
        data=json.dumps({"query": document, "variables": variables}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    response = api.graphql_view(request)
    return response.status_code, json.loads(response.content)


def test_a_token_from_saleors_token_create_is_the_customer_at_the_app(
    installed, app_graphql_url, advocate_code, customer_user, channel_USD
):
    answer = requests.post(
        app_graphql_url,
        json={
            "query": TOKEN_CREATE,
            "variables": {"email": customer_user.email, "password": "password"},
        },
        timeout=30,
    ).json()
    token = answer["data"]["tokenCreate"]["token"]
    assert token, answer

    status, body = ask_app(PROFILE, {"channel": channel_USD.slug}, token)

    assert status == 200, body
    assert "errors" not in body, body
    assert body["data"]["referralProfile"]["code"] == advocate_code.code
    # Plugin mode's answer (Saleor's own /graphql/, the same token): the same.
    in_saleor = requests.post(
        app_graphql_url,
        json={"query": PROFILE, "variables": {"channel": channel_USD.slug}},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    ).json()
    assert "errors" not in in_saleor, in_saleor
    assert body["data"] == in_saleor["data"]
    # The keys came from Saleor's own JWKS, over HTTP, into the registry.
    installed.refresh_from_db()
    assert installed.jwks["keys"][0]["kid"] == jwt.get_unverified_header(token)["kid"]


def test_a_token_signed_by_another_instances_key_is_refused(
    installed, app_graphql_url, advocate_code, customer_user, channel_USD
):
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = int(time.time())
    claims = {
        "iat": now,
        "exp": now + 300,
        "owner": "saleor",
        "iss": app_graphql_url,
        "type": "access",
        "token": customer_user.jwt_token_key,
        "email": customer_user.email,
        "user_id": graphene.Node.to_global_id("User", customer_user.pk),
        "is_staff": False,
    }
    # The same claims, signed by another instance (its key, its key id), and by
    # another key claiming this instance's key id.
    saleors_kid = requests.get(
        app_graphql_url.replace("/graphql/", "/.well-known/jwks.json"), timeout=30
    ).json()["keys"][0]["kid"]
    for kid in (
        base64.urlsafe_b64encode(b"another-instance").decode().rstrip("="),
        saleors_kid,
    ):
        forged = jwt.encode(claims, other_key, algorithm="RS256", headers={"kid": kid})
        status, body = ask_app(PROFILE, {"channel": channel_USD.slug}, forged)
        assert status == 401, body
        [error] = body["errors"]
        assert error["extensions"]["exception"]["code"] == "InvalidSignatureError"
    # Another instance's token, as that instance issues it: not installed here.
    claims["iss"] = "https://another-saleor.example.com/graphql/"
    foreign = jwt.encode(claims, other_key, algorithm="RS256", headers={"kid": "k"})
    status, body = ask_app(PROFILE, {"channel": channel_USD.slug}, foreign)
    assert status == 401, body


def test_saleors_token_for_the_apps_dashboard_pages_makes_staff(
    installed, program, staff_user, permission_manage_discounts, channel_USD
):
    staff_user.user_permissions.add(permission_manage_discounts)
    app = App.objects.get(identifier="referrals")
    token = create_access_token_for_app(app, staff_user)

    status, body = ask_app(STAFF_REFERRALS, {"channel": channel_USD.slug}, token)

    assert status == 200, body
    assert "errors" not in body, body
    assert body["data"]["referrals"]["totalCount"] == 0
