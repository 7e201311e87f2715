"""App mode's endpoints: the manifest, the install handshake and the webhooks.

The webhook endpoint answers within Saleor's webhook timeout: it finds the
instance by its `Saleor-Api-Url`, verifies the signature of the raw body against
the instance's keys before reading it, writes the event's outbox rows in the
instance's schema (`shop_events`: the plugin's rows and keys) and returns 200;
Celery does the work after commit. A delivery from an instance that has not
installed the App, unsigned or wrongly signed, gets 401 and writes nothing.
"""

from __future__ import annotations

import json
import logging
import re
import urllib.error
from enum import StrEnum
from typing import Any

import jwt
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from .. import outbox, shop_events
from . import saleor_api
from .customers import mirror_customer
from .models import Installation
from .payloads import PayloadError, customer_seen, order_seen
from .signatures import KEYS, SignatureError, fetch_jwks, verify
from .subscriptions import EVENT_TYPES
from .tasks import forget_customer_task, prepare_spare_schemas_task
from .tenancy import (
    UnknownInstance,
    create_schema,
    installation_for,
    normalized_api_url,
    schema_name_for,
    use_installation,
)

logger = logging.getLogger(__name__)

API_URL_HEADER = "Saleor-Api-Url"
DOMAIN_HEADER = "Saleor-Domain"
SIGNATURE_HEADER = "Saleor-Signature"
MAX_TOKEN_LENGTH = 500


class AppErrorCode(StrEnum):
    REQUIRED = "required"
    INVALID = "invalid"
    NOT_ALLOWED = "not_allowed"
    UNREACHABLE = "unreachable"
    UNAUTHORIZED = "unauthorized"
    UNKNOWN_EVENT = "unknown_event"


def error(status: int, field: str, code: AppErrorCode, message: str) -> JsonResponse:
    return JsonResponse(
        {"errors": [{"field": field, "code": code.value, "message": message}]},
        status=status,
    )


def _post_only(request: HttpRequest) -> HttpResponse | None:
    if request.method == "POST":
        return None
    response = HttpResponse(status=405)
    response["Allow"] = "POST"
    return response


def allowed_instance(api_url: str) -> bool:
    """`REFERRALS_APP_ALLOWED_SALEOR_URLS`: patterns of the instances that may
    install the App (empty: any)."""
    patterns = getattr(settings, "REFERRALS_APP_ALLOWED_SALEOR_URLS", ()) or ()
    return not patterns or any(re.fullmatch(p, api_url) for p in patterns)


@csrf_exempt
def register_view(request: HttpRequest) -> HttpResponse:
    """Saleor's install handshake: POST `{"auth_token": ...}` with the instance's
    `Saleor-Api-Url`. The token is checked against that instance (`app { id }`)
    before it is stored, so nobody can replace an installed instance's token with
    one it does not know; a reinstall keeps the instance's schema and data."""
    if (refused := _post_only(request)) is not None:
        return refused
    api_url = normalized_api_url(request.headers.get(API_URL_HEADER, ""))
    if not re.match(r"^https?://[^/\s]+/\S*$", api_url):
        return error(
            400, API_URL_HEADER, AppErrorCode.REQUIRED, "Saleor-Api-Url is required."
        )
    if not allowed_instance(api_url):
        return error(
            403,
            API_URL_HEADER,
            AppErrorCode.NOT_ALLOWED,
            "This App does not serve that Saleor instance.",
        )
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        body = None
    token = body.get("auth_token") if isinstance(body, dict) else None
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_LENGTH:
        return error(
            400, "auth_token", AppErrorCode.REQUIRED, "auth_token is required."
        )
    try:
        jwks = fetch_jwks(api_url)
        known_app = saleor_api.app_id(api_url, token)
    except (OSError, ValueError, SignatureError, urllib.error.URLError) as failure:
        logger.warning("Install from %s: %s", api_url, failure)
        return error(
            502,
            API_URL_HEADER,
            AppErrorCode.UNREACHABLE,
            "The Saleor instance could not be reached to check the token.",
        )
    if known_app is None:
        return error(
            401,
            "auth_token",
            AppErrorCode.UNAUTHORIZED,
            "The Saleor instance does not know this token.",
        )
    # The schema first: a registry row always names a migrated schema.
    schema = schema_name_for(api_url)
    if create_schema(schema):  # a spare schema taken: the worker makes the next
        transaction.on_commit(prepare_spare_schemas_task.delay)
    now = timezone.now()
    _installation, created = Installation.objects.update_or_create(
        saleor_api_url=api_url,
        defaults={
            "saleor_domain": request.headers.get(DOMAIN_HEADER, "")[:255],
            "auth_token": token,
            "app_id": known_app[:255],
            "schema_name": schema,
            "jwks": jwks,
            "jwks_fetched_at": now,
            "updated_at": now,
        },
    )
    KEYS.forget(api_url)
    return JsonResponse({"success": True, "created": created})


@csrf_exempt
def webhook_view(request: HttpRequest) -> HttpResponse:
    if (refused := _post_only(request)) is not None:
        return refused
    try:
        installation = installation_for(request.headers.get(API_URL_HEADER, ""))
    except UnknownInstance:
        return error(
            401,
            API_URL_HEADER,
            AppErrorCode.UNAUTHORIZED,
            "This Saleor instance has not installed the App.",
        )
    body = request.body
    try:
        verify(installation, request.headers.get(SIGNATURE_HEADER, ""), body)
    except SignatureError as failure:
        logger.warning("Refused a delivery from %s: %s", installation, failure)
        return error(
            401, SIGNATURE_HEADER, AppErrorCode.UNAUTHORIZED, "Bad or no signature."
        )
    except (OSError, ValueError, jwt.PyJWTError) as failure:
        # The keys could not be fetched: Saleor retries the delivery later.
        logger.warning("Keys of %s unavailable: %s", installation, failure)
        return error(
            503,
            SIGNATURE_HEADER,
            AppErrorCode.UNREACHABLE,
            "The instance's keys could not be fetched.",
        )
    try:
        payload = json.loads(body)
        event = EVENT_TYPES.get(payload.get("__typename", ""))
    except (ValueError, AttributeError):
        return error(400, "body", AppErrorCode.INVALID, "The body is not an event.")
    if event is None:
        return error(
            400, "__typename", AppErrorCode.UNKNOWN_EVENT, "Not an event of ours."
        )
    try:
        with use_installation(installation), transaction.atomic():
            handle_event(event, payload)
    except PayloadError as failure:
        return error(400, "body", AppErrorCode.INVALID, str(failure))
    return JsonResponse({"event": event})


def handle_event(event: str, payload: dict[str, Any]) -> None:
    """The event's outbox rows, in the current instance's schema and transaction."""
    if event.startswith("CUSTOMER_"):
        customer = customer_seen(payload.get("user"))
        if event == "CUSTOMER_DELETED":
            outbox.send(
                forget_customer_task,
                customer.user_id,
                key=f"forget_customer:{customer.user_id}",
            )
        elif customer.referral_code:
            mirror_customer(customer.user_id, customer.email)
            shop_events.customer_signed_up(
                customer.user_id, customer.email, customer.referral_code
            )
        return
    order = order_seen(payload.get("order"))
    if order.user_id and (order.facts or event == "ORDER_FULLY_PAID"):
        # The domain's rows point at the customer's row (a lead's or a referral's
        # friend): it exists before the task runs.
        mirror_customer(order.user_id, order.email)
    if event == "ORDER_CREATED":
        shop_events.order_created(order)
    elif event == "ORDER_FULLY_PAID":
        # The thank-you setting is the program's: the task reads it.
        shop_events.order_fully_paid(order, thank_you_enabled=True)
    elif event == "ORDER_REFUNDED":
        shop_events.order_refunded(order)
    elif event == "ORDER_FULLY_REFUNDED":
        shop_events.order_fully_refunded(order)
    elif event == "ORDER_CANCELLED":
        shop_events.order_cancelled(order)
