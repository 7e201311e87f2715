"""App mode's `/graphql/`: the plugin's referral API (the same root fields and types,
so the same names), for storefronts, the widget and the console, plus the
per-channel settings that plugin mode keeps in Saleor's plugin form
(`graphql/settings.py`).

Which instance a request is for:

- a request with a token: the token's issuer (`iss`, the instance's API URL),
  which must be an installed instance whose key signed the token;
- a guest: `Saleor-Api-Url` (header) or `?saleorApiUrl=` (so a storefront's only
  change is the API URL it gives the widget). When a request names an instance
  and carries a token of another, it is refused.

Who is calling: a customer's token (`tokenCreate`) makes them the signed-in
customer, as in Saleor; the token the Dashboard's app bridge hands the console
makes the staff user staff with the permissions Saleor put in it
(`tokens.verify_token`). The customer's row in the instance's schema (the
domain's user) is written the first time they call, with Saleor's pk.

Errors are GraphQL errors (`errors: [{message, extensions}]`), with the same
`extensions.exception.code` Saleor uses for a refused token, so the console and the
widget react to them as they do to Saleor's.
"""

from __future__ import annotations

import json
import logging
import urllib.error
from typing import Any

import jwt
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .. import writer
from ..graphql.core import error_as_saleor_reports
from ..graphql.schema import build_app_schema
from .customers import mirror_customer
from .models import Installation
from .tenancy import (
    UnknownInstance,
    installation_for,
    normalized_api_url,
    use_installation,
)
from .tokens import TokenErrorCode, TokenRefused, issuer_of, verify_token

logger = logging.getLogger(__name__)

SCHEMA = build_app_schema()
API_URL_HEADER = "Saleor-Api-Url"
API_URL_PARAMETER = "saleorApiUrl"
MAX_BODY_BYTES = 256 * 1024
CORS_HEADERS = {
    # Bearer tokens, no cookies: any storefront's origin may call.
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Headers": (
        "Authorization, Authorization-Bearer, Content-Type, Saleor-Api-Url"
    ),
    "Access-Control-Allow-Methods": "POST, OPTIONS",
    "Access-Control-Max-Age": "600",
}


class RequestRefused(Exception):
    """Answered before the schema runs: `status`, a message and the codes."""

    def __init__(
        self, status: int, code: str, message: str, exception: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.exception = exception


def _answer(document: dict[str, Any], status: int = 200) -> JsonResponse:
    response = JsonResponse(document, status=status)
    for name, value in CORS_HEADERS.items():
        response[name] = value
    return response


def _refusal(refused: RequestRefused) -> JsonResponse:
    extensions: dict[str, Any] = {"code": refused.code}
    if refused.exception:
        extensions["exception"] = {"code": refused.exception}
    return _answer(
        {
            "data": None,
            "errors": [{"message": refused.message, "extensions": extensions}],
        },
        refused.status,
    )


def bearer_token(request: HttpRequest) -> str | None:
    """`Authorization: Bearer <token>`, or Saleor's `Authorization-Bearer`."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return request.headers.get("Authorization-Bearer", "").strip() or None


def named_instance(request: HttpRequest) -> str | None:
    named = request.headers.get(API_URL_HEADER) or request.GET.get(API_URL_PARAMETER)
    return normalized_api_url(named) if named and named.strip() else None


def instance_of(request: HttpRequest, token: str | None) -> Installation:
    """The installed instance the request is for (see the module's text)."""
    named = named_instance(request)
    issuer = normalized_api_url(issuer_of(token) or "") if token else None
    if token and not issuer:
        raise RequestRefused(
            401,
            "INVALID_TOKEN",
            "Not a token of Saleor.",
            TokenErrorCode.INVALID.value,
        )
    if named and issuer and named != issuer:
        raise RequestRefused(
            401,
            "INVALID_TOKEN",
            "The token was issued by another Saleor instance.",
            TokenErrorCode.INVALID.value,
        )
    api_url = issuer or named
    if not api_url:
        raise RequestRefused(
            400,
            "INSTANCE_REQUIRED",
            f"Name the Saleor instance: a token, the {API_URL_HEADER} header or "
            f"?{API_URL_PARAMETER}=.",
        )
    try:
        return installation_for(api_url)
    except UnknownInstance:
        if token:
            raise RequestRefused(
                401,
                "INVALID_TOKEN",
                "The token's Saleor instance has not installed this App.",
                TokenErrorCode.INVALID.value,
            ) from None
        raise RequestRefused(
            404, "NOT_INSTALLED", "This Saleor instance has not installed the App."
        ) from None


def signed_in_user(installation: Installation, token: str) -> tuple[Any, frozenset]:
    """The domain's user row for the token's customer (written on first sight)
    and the permissions the token grants."""
    try:
        caller = verify_token(installation, token)
    except TokenRefused as refused:
        raise RequestRefused(
            401, "INVALID_TOKEN", refused.message, refused.code.value
        ) from refused
    except (OSError, ValueError, urllib.error.URLError, jwt.PyJWTError) as failure:
        logger.warning("Keys of %s unavailable: %s", installation, failure)
        raise RequestRefused(
            503, "UNREACHABLE", "The Saleor instance's keys could not be fetched."
        ) from failure
    users = get_user_model().objects
    user = users.filter(pk=caller.user_id).first()
    if user is None or user.email != caller.email:
        with writer.allow_writer():
            mirror_customer(caller.user_id, caller.email)
        user = users.get(pk=caller.user_id)
    return user, caller.permissions


def _body(request: HttpRequest) -> dict[str, Any]:
    if len(request.body) > MAX_BODY_BYTES:
        raise RequestRefused(413, "TOO_LARGE", "The request is too large.")
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        body = None
    if not isinstance(body, dict) or not isinstance(body.get("query"), str):
        raise RequestRefused(
            400, "INVALID", "Send {query, variables, operationName} as JSON."
        )
    variables = body.get("variables")
    if variables is not None and not isinstance(variables, dict):
        raise RequestRefused(400, "INVALID", "`variables` must be an object.")
    return body


def execute(request: HttpRequest, body: dict[str, Any]) -> dict[str, Any]:
    result = SCHEMA.execute(
        body["query"],
        variable_values=body.get("variables") or None,
        operation_name=body.get("operationName") or None,
        context_value=request,
    )
    document: dict[str, Any] = {"data": result.data}
    if result.errors:
        document["errors"] = [error_as_saleor_reports(error) for error in result.errors]
    return document


@csrf_exempt
def graphql_view(request: HttpRequest) -> HttpResponse:
    if request.method == "OPTIONS":
        return _answer({}, 200)
    if request.method != "POST":
        response = _answer({"errors": [{"message": "POST only."}]}, 405)
        response["Allow"] = "POST, OPTIONS"
        return response
    try:
        body = _body(request)
        token = bearer_token(request)
        installation = instance_of(request, token)
        with use_installation(installation):
            user, granted = (
                signed_in_user(installation, token)
                if token
                # A guest (`core.current_user` reads no one). Not Django's
                # AnonymousUser: Saleor, which runs App mode's tests, has no
                # `django.contrib.auth` app.
                else (None, frozenset())
            )
            request.user = user
            # App mode decides staff by the token alone (`core.is_staff`).
            request.granted_permissions = granted
            request.app = None
            return _answer(execute(request, body))
    except RequestRefused as refused:
        return _refusal(refused)
