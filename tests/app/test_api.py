"""App mode's `/graphql/`: the plugin's referral API, authenticated by Saleor's
own tokens (RS256, checked against the instance's JWKS served over HTTP by a
local Saleor double), routed to the token's instance.

The documents are the plugin's GraphQL tests' (`tests/test_graphql.py`), and each
answer is compared with what the standalone schema answers for the same user on
the same data: one URL switch, the same shapes."""

from __future__ import annotations

import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from saleor_referrals.app.models import Installation
from saleor_referrals.app.tenancy import use_installation
from saleor_referrals.graphql.schema import build_schema
from saleor_referrals.models import ReferralCode

from ..conftest import CHANNEL
from ..test_graphql import CODE_CREATE, PROFILE, PROGRAM, STAFF_REFERRALS
from .conftest import make_program, schema_rows
from .saleor_double import key_id, new_key

APP_ID = "QXBwOjE="  # what the Saleor double answers to `app { id }`
CUSTOMER_PK = 41
CUSTOMER_EMAIL = "ada@example.com"
STANDALONE = build_schema()


@pytest.fixture
def api(app_client, installed, commerce, program_settings):
    """Both instances installed (with the App's id, as `/api/register` stores
    it), each with an active program in its own schema."""
    for installation in installed:
        Installation.objects.filter(pk=installation.pk).update(app_id=APP_ID)
        installation.app_id = APP_ID
        make_program(installation, program_settings, CHANNEL)
    return app_client


def post(client, document, variables=None, *, token=None, instance=None, path=None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    url = path or "/graphql/"
    if instance:
        headers["Saleor-Api-Url"] = instance
    return client.post(
        url,
        data={"query": document, "variables": variables or {}},
        content_type="application/json",
        headers=headers,
    )


def standalone(installation, document, variables, user=None, permissions=None):
    """The same document on the plugin's schema, for the same user and data."""
    request = RequestFactory().post("/graphql/")
    request.user = user or AnonymousUser()
    request.app = None
    if permissions is not None:
        request.granted_permissions = permissions
    with use_installation(installation):
        result = STANDALONE.execute(
            document, variable_values=variables, context_value=request
        )
    assert not result.errors, result.errors
    return {"data": result.data}


def refusal(response) -> tuple[int, str, str | None]:
    [error] = response.json()["errors"]
    extensions = error.get("extensions") or {}
    return (
        response.status_code,
        extensions.get("code"),
        (extensions.get("exception") or {}).get("code"),
    )


def customer_rows(installation) -> list[tuple]:
    return schema_rows(installation.schema_name, "auth_user", "id, email")


def test_a_customer_token_is_the_signed_in_customer_of_its_instance(
    api, installed, saleor_a
):
    token = saleor_a.access_token(CUSTOMER_PK, CUSTOMER_EMAIL)
    variables = {"channel": CHANNEL}

    created = post(api, CODE_CREATE, variables, token=token)
    profile = post(api, PROFILE, variables, token=token)

    assert created.status_code == 200, created.content
    code = created.json()["data"]["referralCodeCreate"]["code"]
    assert created.json()["data"]["referralCodeCreate"]["errors"] == []
    assert profile.json()["data"]["referralProfile"]["code"] == code
    # The customer's row is Saleor's pk and e-mail, in A's schema only.
    assert customer_rows(installed[0]) == [(CUSTOMER_PK, CUSTOMER_EMAIL)]
    assert customer_rows(installed[1]) == []
    with use_installation(installed[0]):
        user = get_user_model().objects.get(pk=CUSTOMER_PK)
        assert ReferralCode.objects.get().user_id == CUSTOMER_PK
    with use_installation(installed[1]):
        assert not ReferralCode.objects.exists()
    # The same answer as the plugin's schema gives the same customer.
    assert profile.json() == standalone(installed[0], PROFILE, variables, user)


def test_guests_read_public_fields_and_get_the_plugins_shapes(api, installed):
    variables = {"channel": CHANNEL, "code": None}

    by_header = post(api, PROGRAM, variables, instance=installed[0].saleor_api_url)
    by_query = post(
        api,
        PROGRAM,
        variables,
        path=f"/graphql/?saleorApiUrl={installed[0].saleor_api_url}",
    )

    assert by_header.status_code == 200, by_header.content
    assert by_header.json() == by_query.json()
    assert by_header.json() == standalone(installed[0], PROGRAM, variables)
    assert by_header.json()["data"]["referralProgram"]["isActive"] is True
    # A customer's field, as a guest: the plugin's permission error.
    guest = post(
        api, PROFILE, {"channel": CHANNEL}, instance=installed[0].saleor_api_url
    )
    assert guest.status_code == 200
    assert guest.json()["data"]["referralProfile"] is None
    [error] = guest.json()["errors"]
    assert error["extensions"]["exception"]["code"] == "PermissionDenied"


def test_no_token_and_no_instance_is_asked_which_instance(api, installed):
    response = post(api, PROGRAM, {"channel": CHANNEL})
    assert refusal(response)[:2] == (400, "INSTANCE_REQUIRED")


def test_an_instance_that_did_not_install_the_app(api, installed):
    response = post(
        api, PROGRAM, {"channel": CHANNEL}, instance="https://x.test/graphql/"
    )
    assert refusal(response)[:2] == (404, "NOT_INSTALLED")


def test_an_expired_token_is_refused_and_writes_nothing(api, installed, saleor_a):
    token = saleor_a.access_token(
        CUSTOMER_PK, CUSTOMER_EMAIL, exp=int(time.time()) - 60
    )
    response = post(api, CODE_CREATE, {"channel": CHANNEL}, token=token)
    assert refusal(response) == (401, "INVALID_TOKEN", "ExpiredSignatureError")
    assert customer_rows(installed[0]) == []


def test_another_instances_token_is_refused(api, installed, saleor_a, saleor_b):
    b_token = saleor_b.access_token(CUSTOMER_PK, CUSTOMER_EMAIL)

    # Presented to A (by header or query): refused before any key is read.
    for response in (
        post(
            api,
            CODE_CREATE,
            {"channel": CHANNEL},
            token=b_token,
            instance=saleor_a.api_url,
        ),
        post(
            api,
            CODE_CREATE,
            {"channel": CHANNEL},
            token=b_token,
            path=f"/graphql/?saleorApiUrl={saleor_a.api_url}",
        ),
    ):
        assert refusal(response) == (401, "INVALID_TOKEN", "InvalidTokenError")
    # Claiming A as its issuer, it still carries B's signature.
    claims_a = saleor_b.access_token(CUSTOMER_PK, CUSTOMER_EMAIL, iss=saleor_a.api_url)
    response = post(api, CODE_CREATE, {"channel": CHANNEL}, token=claims_a)
    assert refusal(response) == (401, "INVALID_TOKEN", "InvalidSignatureError")
    assert customer_rows(installed[0]) == []
    # On its own, B's token is B's customer, in B's schema.
    own = post(api, CODE_CREATE, {"channel": CHANNEL}, token=b_token)
    assert own.json()["data"]["referralCodeCreate"]["errors"] == []
    assert customer_rows(installed[1]) == [(CUSTOMER_PK, CUSTOMER_EMAIL)]
    assert customer_rows(installed[0]) == []


def test_forged_tokens_are_refused(api, installed, saleor_a):
    forger = new_key()
    # Signed by another key that claims A's key id.
    claims_a_kid = saleor_a.access_token(
        CUSTOMER_PK, CUSTOMER_EMAIL, key=forger, kid=key_id(saleor_a.key)
    )
    # Signed by a key A does not have: one refetch of A's keys, then refused.
    unknown_kid = saleor_a.access_token(CUSTOMER_PK, CUSTOMER_EMAIL, key=forger)
    # A's real signature over other claims (another customer's e-mail).
    header, _claims, signature = saleor_a.access_token(
        CUSTOMER_PK, CUSTOMER_EMAIL
    ).split(".")
    other = saleor_a.access_token(CUSTOMER_PK, "eve@example.com").split(".")[1]
    tampered = f"{header}.{other}.{signature}"
    requests_before = saleor_a.jwks_requests

    for token in (claims_a_kid, unknown_kid, tampered):
        response = post(api, CODE_CREATE, {"channel": CHANNEL}, token=token)
        assert refusal(response) == (
            401,
            "INVALID_TOKEN",
            "InvalidSignatureError",
        ), token
    response = post(api, CODE_CREATE, {"channel": CHANNEL}, token="not-a-jwt")
    assert refusal(response) == (401, "INVALID_TOKEN", "InvalidTokenError")
    assert customer_rows(installed[0]) == []
    assert saleor_a.jwks_requests - requests_before == 1


def test_a_refresh_token_is_not_an_access_token(api, installed, saleor_a):
    token = saleor_a.access_token(CUSTOMER_PK, CUSTOMER_EMAIL, type="refresh")
    response = post(api, CODE_CREATE, {"channel": CHANNEL}, token=token)
    assert refusal(response) == (401, "INVALID_TOKEN", "InvalidTokenError")


def test_a_rotated_key_is_fetched_once_and_accepted(api, installed, saleor_a):
    saleor_a.rotate_key()
    requests_before = saleor_a.jwks_requests
    token = saleor_a.access_token(CUSTOMER_PK, CUSTOMER_EMAIL)

    first = post(api, PROFILE, {"channel": CHANNEL}, token=token)
    second = post(api, PROFILE, {"channel": CHANNEL}, token=token)

    assert first.status_code == second.status_code == 200, first.content
    assert saleor_a.jwks_requests - requests_before == 1


def dashboard_token(saleor, permissions, app=APP_ID, **claims):
    """What the Dashboard's app bridge hands the console for a staff user
    (`create_access_token_for_app`)."""
    return saleor.access_token(
        3,
        "staff@example.com",
        type="thirdparty",
        app=app,
        permissions=permissions,
        user_permissions=["MANAGE_DISCOUNTS", "MANAGE_ORDERS"],
        is_staff=True,
        **claims,
    )


def test_the_dashboards_token_makes_staff_with_its_permissions(
    api, installed, saleor_a
):
    token = dashboard_token(saleor_a, ["MANAGE_DISCOUNTS"])
    variables = {"channel": CHANNEL, "filter": None}

    response = post(api, STAFF_REFERRALS, variables, token=token)

    assert response.status_code == 200, response.content
    assert "errors" not in response.json(), response.json()
    with use_installation(installed[0]):
        staff = get_user_model().objects.get(pk=3)
    assert response.json() == standalone(
        installed[0], STAFF_REFERRALS, variables, staff, {"MANAGE_DISCOUNTS"}
    )


@pytest.mark.parametrize(
    "token_of",
    [
        # The App holds MANAGE_DISCOUNTS but the staff user does not.
        lambda saleor: dashboard_token(saleor, ["MANAGE_ORDERS"]),
        # A staff user's own token: the App cannot see their permissions.
        lambda saleor: saleor.access_token(3, "staff@example.com", is_staff=True),
    ],
    ids=["without-the-permission", "staff-users-own-token"],
)
def test_staff_fields_need_the_permission_in_the_dashboards_token(
    api, installed, saleor_a, token_of
):
    response = post(
        api, STAFF_REFERRALS, {"channel": CHANNEL}, token=token_of(saleor_a)
    )
    assert response.status_code == 200
    assert response.json()["data"]["referrals"] is None
    [error] = response.json()["errors"]
    assert error["extensions"]["exception"]["code"] == "PermissionDenied"


def test_a_token_handed_to_another_app_is_refused(api, installed, saleor_a):
    token = dashboard_token(saleor_a, ["MANAGE_DISCOUNTS"], app="QXBwOjI=")
    response = post(api, STAFF_REFERRALS, {"channel": CHANNEL}, token=token)
    assert refusal(response) == (401, "INVALID_TOKEN", "PermissionDenied")


def test_storefronts_of_any_origin_may_call(api, installed):
    preflight = api.options(
        "/graphql/",
        headers={
            "Origin": "https://shop.example.com",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "Authorization" in preflight["Access-Control-Allow-Headers"]
    assert api.get("/graphql/").status_code == 405
