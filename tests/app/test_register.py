"""The install handshake: Saleor POSTs the App token with its API URL; the token
is checked with that instance and stored per instance, each with its schema."""

from __future__ import annotations

import json

from django.db import connection

from saleor_referrals.app.models import Installation
from saleor_referrals.app.tenancy import schema_name_for

from .conftest import register


def schema_exists(schema: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", [schema])
        return cursor.fetchone() is not None


def test_each_instance_gets_its_token_and_schema(app_client, saleors, db):
    for saleor in saleors:
        response = register(app_client, saleor)
        assert response.status_code == 200, response.content
        assert response.json() == {"success": True, "created": True}

    rows = {i.saleor_api_url: i for i in Installation.objects.all()}
    assert set(rows) == {saleor.api_url for saleor in saleors}
    for saleor in saleors:
        installation = rows[saleor.api_url]
        assert installation.auth_token == saleor.app_token
        assert installation.saleor_domain == "shop.test"
        assert installation.schema_name == schema_name_for(saleor.api_url)
        assert installation.jwks == saleor.jwks()
        assert schema_exists(installation.schema_name)
    assert len({row.schema_name for row in rows.values()}) == 2


def test_a_reinstall_replaces_the_token_and_keeps_the_schema(app_client, saleor_a, db):
    assert register(app_client, saleor_a).status_code == 200
    first = Installation.objects.get()
    saleor_a.app_token = "token-a-2"
    try:
        response = register(app_client, saleor_a)
    finally:
        saleor_a.app_token = "token-a"
    assert response.json() == {"success": True, "created": False}
    again = Installation.objects.get()
    assert (again.pk, again.schema_name) == (first.pk, first.schema_name)
    assert again.auth_token == "token-a-2"


def test_a_token_the_instance_does_not_know_is_refused(app_client, saleor_a, db):
    response = register(app_client, saleor_a, token="someone-elses")
    assert response.status_code == 401
    assert response.json()["errors"] == [
        {
            "field": "auth_token",
            "code": "unauthorized",
            "message": "The Saleor instance does not know this token.",
        }
    ]
    assert not Installation.objects.exists()


def test_a_stranger_cannot_replace_an_installed_token(app_client, saleor_a, db):
    assert register(app_client, saleor_a).status_code == 200
    assert register(app_client, saleor_a, token="forged").status_code == 401
    assert Installation.objects.get().auth_token == "token-a"


def test_the_api_url_and_the_token_are_required(app_client, saleor_a, db):
    no_url = app_client.post(
        "/api/register",
        data=json.dumps({"auth_token": "x"}),
        content_type="application/json",
    )
    assert no_url.status_code == 400
    assert no_url.json()["errors"][0]["field"] == "Saleor-Api-Url"
    no_token = app_client.post(
        "/api/register",
        data=json.dumps({}),
        content_type="application/json",
        headers={"Saleor-Api-Url": saleor_a.api_url},
    )
    assert no_token.status_code == 400
    assert no_token.json()["errors"][0]["code"] == "required"
    assert not Installation.objects.exists()


def test_an_unreachable_instance_is_not_installed(app_client, db):
    response = app_client.post(
        "/api/register",
        data=json.dumps({"auth_token": "x"}),
        content_type="application/json",
        headers={"Saleor-Api-Url": "http://127.0.0.1:9/graphql/"},
    )
    assert response.status_code == 502
    assert response.json()["errors"][0]["code"] == "unreachable"
    assert not Installation.objects.exists()


def test_only_allowed_instances_may_install(app_client, saleor_a, settings, db):
    settings.REFERRALS_APP_ALLOWED_SALEOR_URLS = [
        r"https://[a-z-]+\.saleor\.cloud/graphql/"
    ]
    response = register(app_client, saleor_a)
    assert response.status_code == 403
    assert response.json()["errors"][0]["code"] == "not_allowed"
    assert not Installation.objects.exists()


def test_register_takes_only_post(app_client, db):
    assert app_client.get("/api/register").status_code == 405
    assert app_client.get("/api/webhooks").status_code == 405
