"""`/graphql/` and the plugin routes, as Saleor serves them."""

from __future__ import annotations

import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.static import serve

from saleor_referrals import pages
from saleor_referrals.graphql.core import error_as_saleor_reports

from .auth import user_from_request
from .schema import SCHEMA

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Headers": "Authorization, Content-Type",
    "Access-Control-Allow-Methods": "POST, OPTIONS",
}


def _with_cors(response: HttpResponse) -> HttpResponse:
    for name, value in CORS_HEADERS.items():
        response[name] = value
    return response


@csrf_exempt
def graphql(request: HttpRequest) -> HttpResponse:
    if request.method == "OPTIONS":
        return _with_cors(HttpResponse())
    if request.method != "POST":
        return _with_cors(
            JsonResponse({"errors": [{"message": "POST only"}]}, status=405)
        )
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return _with_cors(
            JsonResponse({"errors": [{"message": "Invalid JSON"}]}, status=400)
        )
    request.user = user_from_request(request)
    request.app = None
    result = SCHEMA.execute(
        body.get("query") or "",
        variable_values=body.get("variables") or None,
        operation_name=body.get("operationName"),
        context_value=request,
    )
    payload: dict = {"data": result.data}
    if result.errors:
        payload["errors"] = [error_as_saleor_reports(error) for error in result.errors]
    return _with_cors(JsonResponse(payload))


@csrf_exempt
def plugin_page(request: HttpRequest, path: str, channel: str | None = None):
    # Saleor passes the plugin only the part of the path after its id.
    response = pages.serve(request, path)
    return response if response is not None else HttpResponse(status=404)


def media(request: HttpRequest, path: str) -> HttpResponse:
    """Files in the default storage (exports), read from MEDIA_ROOT as it is now."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)
