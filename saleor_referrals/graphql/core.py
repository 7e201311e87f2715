"""Building blocks shared by the referral queries and mutations."""

from __future__ import annotations

import base64
import datetime
import functools
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import graphene
from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from graphene.utils.str_converters import to_camel_case
from graphql import GraphQLError
from graphql.error import format_error
from graphql_relay import from_global_id

from .. import throttle, writer
from ..models import ReferralProgram
from ..writer import allow_writer, reading
from .enums import ReferralErrorCode

MAX_PAGE_SIZE = 100
MAX_OFFSET = 10_000_000
DEFAULT_STAFF_PERMISSION = "discount.manage_discounts"


class PermissionDenied(GraphQLError):
    """Reported like Saleor's own permission errors (`extensions.exception.code`)."""

    def __init__(
        self, message: str = "You do not have permission to perform this action"
    ):
        super().__init__(message)


THROTTLED_MESSAGE = "Too many requests; try again in a minute."


class Throttled(GraphQLError):
    """A query over its rate limit (mutations answer `errors: [THROTTLED]`)."""

    def __init__(self) -> None:
        super().__init__(THROTTLED_MESSAGE, extensions={"code": "THROTTLED"})


class InvalidArgument(GraphQLError):
    """A query argument the field cannot serve.

    The rule for query errors: `extensions.code` is a `ReferralErrorCode` name (the
    same value a mutation reports in `errors.code`) and `extensions.field` names the
    argument, so clients handle queries and mutations alike.
    """

    def __init__(
        self, message: str, field: str | None = None, code: str = "INVALID"
    ) -> None:
        super().__init__(message, extensions={"code": code, "field": field})


NUL_MESSAGE = "Text may not contain NUL characters."


def field_with_nul(data: Any, name: str = "") -> str | None:
    """The argument holding a NUL character (PostgreSQL cannot store one), if any."""
    if isinstance(data, str):
        return name if "\x00" in data else None
    if isinstance(data, dict):
        items = data.items()
    elif isinstance(data, list | tuple):
        items = ((name, value) for value in data)
    else:
        return None
    for key, value in items:
        if (found := field_with_nul(value, key)) is not None:
            return found
    return None


def text_arguments(resolver: Callable) -> Callable:
    """Refuse NUL characters in a query's arguments before they reach the database."""

    @functools.wraps(resolver)
    def resolve(root, info, **arguments):
        if (field := field_with_nul(arguments)) is not None:
            raise InvalidArgument(NUL_MESSAGE, to_camel_case(field))
        return resolver(root, info, **arguments)

    return resolve


class ReferralError(graphene.ObjectType):
    field = graphene.String(
        description="The input field the error is about; null for the whole input."
    )
    message = graphene.String(description="What went wrong, for people.")
    code = ReferralErrorCode(required=True, description="What went wrong, for code.")

    class Meta:
        description = "An error of a referral mutation."


class MutationError(Exception):
    """Raised inside a mutation: reported in `errors`, and nothing is written."""

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


class ReferralMutation(graphene.Mutation):
    """Base of every referral mutation: `errors` in the payload, all or nothing.

    Subclasses implement `perform(root, info, **data) -> dict` of payload fields.
    """

    errors = graphene.List(
        graphene.NonNull(ReferralError), required=True, description="Errors, if any."
    )

    class Meta:
        abstract = True

    @classmethod
    def perform(cls, root, info, **data) -> dict[str, Any]:  # pragma: no cover
        raise NotImplementedError

    @classmethod
    def mutate(cls, root, info, **data):
        # As Saleor's mutations: the payload reads what was just written, so every
        # `read_alias(info)` after this point is the writer (inside `reading`).
        info.context.allow_replica = False
        try:
            if (field := field_with_nul(data)) is not None:
                raise MutationError(
                    ReferralErrorCode.INVALID.value, NUL_MESSAGE, to_camel_case(field)
                )
            with allow_writer(), transaction.atomic():
                fields = cls.perform(root, info, **data)
        except MutationError as error:
            return cls(
                errors=[
                    ReferralError(
                        field=error.field, message=error.message, code=error.code
                    )
                ]
            )
        return cls(errors=[], **fields)


def read_alias(info) -> str:
    """The connection queries read from: Saleor's replica when the request allows."""
    return writer.read_alias(info.context)


def current_user(info):
    """The signed-in customer or staff user, else None.

    Saleor hands an anonymous request a `SimpleLazyObject` around None: the proxy is
    not None, yet any attribute access raises. It is falsy, though, so test that.
    """
    user = getattr(info.context, "user", None)
    if not user or not getattr(user, "is_authenticated", False):
        return None
    return getattr(user, "_wrapped", user)


def require_user(info):
    user = current_user(info)
    if user is None:
        raise PermissionDenied(
            "You need to be signed in: this field is a customer's own data."
        )
    return user


def staff_permission() -> str:
    return getattr(settings, "REFERRALS_STAFF_PERMISSION", DEFAULT_STAFF_PERMISSION)


def permission_name(permission: str) -> str:
    """Saleor's enum name of a Django permission: `discount.manage_discounts` →
    `MANAGE_DISCOUNTS` (what manifests, tokens and GraphQL call it)."""
    return permission.rpartition(".")[2].upper()


def user_holds(user, permission: str) -> bool:
    """Whether the user holds `permission`, as far as this request's token allows.

    A token Saleor made for an App or an App extension (the Dashboard hands one to
    the console) narrows the user's permissions to those the App shares with them.
    Saleor's `User.has_perm` lets an active superuser through whenever that set is
    empty; the set itself (`get_all_permissions`, built from the token) does not.
    """
    if not user.has_perm(permission):
        return False
    if getattr(user, "is_superuser", False):
        return permission in user.get_all_permissions()
    return True


def is_staff(info) -> bool:
    """A staff user or an app holding the staff permission (Saleor's MANAGE_DISCOUNTS)."""
    permission = staff_permission()
    granted = getattr(info.context, "granted_permissions", None)
    if granted is not None:
        # App mode: what the verified Saleor token grants (`app/tokens.py`); the
        # App knows no staff user's permissions but the token's.
        return current_user(info) is not None and permission_name(permission) in granted
    user = current_user(info)
    if user is not None and getattr(user, "is_staff", False):
        return user_holds(user, permission)
    app = getattr(info.context, "app", None)
    return bool(app is not None and app.has_perm(permission))


def require_staff(info) -> str:
    """The actor's name for records, or PermissionDenied."""
    if not is_staff(info):
        raise PermissionDenied(
            "To access this path, you need one of the following permissions: "
            "MANAGE_DISCOUNTS"
        )
    user = current_user(info)
    if user is not None:
        return user.email
    return f"app {getattr(info.context.app, 'name', '')}".strip()


def staff_only(resolver: Callable) -> Callable:
    """A field only staff may read, on a type customers see too."""

    @functools.wraps(resolver)
    def resolve(root, info, **arguments):
        require_staff(info)
        return resolver(root, info, **arguments)

    return resolve


def error_as_saleor_reports(error) -> dict:
    """A GraphQL error as Saleor formats it: the exception's class name in
    `extensions.exception.code` (e.g. PermissionDenied), beside our own `code`.
    For the referral API served outside Saleor (App mode, the test server)."""
    formatted = format_error(error)
    original = getattr(error, "original_error", None)
    if original is not None:
        extensions = formatted.setdefault("extensions", {}) or {}
        extensions.setdefault("exception", {"code": type(original).__name__})
        formatted["extensions"] = extensions
    return formatted


def client_key(info) -> str:
    """Who to throttle: the signed-in user, else the client's address."""
    user = current_user(info)
    if user is not None:
        return f"user:{user.pk}"
    return f"ip:{throttle.client_address(getattr(info.context, 'META', {}))}"


def throttle_or_raise(info, scope: str) -> None:
    """For queries: a top-level `Throttled` error."""
    if not throttle.hit(scope, client_key(info)):
        raise Throttled()


def throttle_mutation(info, scope: str) -> None:
    """For mutations: `errors: [{code: THROTTLED}]`, nothing written."""
    if not throttle.hit(scope, client_key(info)):
        raise MutationError(ReferralErrorCode.THROTTLED.value, THROTTLED_MESSAGE)


def decode_id(global_id: str, expected_type: str, field: str = "id") -> str:
    """The database id inside a Relay global id of `expected_type`."""
    try:
        type_name, pk = from_global_id(global_id)
    except Exception:
        type_name, pk = "", ""
    if type_name != expected_type or not pk:
        raise MutationError(
            ReferralErrorCode.INVALID.value,
            f"Not a valid {expected_type} ID.",
            field,
        )
    return pk


def decode_int_id(global_id: str, expected_type: str, field: str = "id") -> int:
    pk = decode_id(global_id, expected_type, field)
    if not pk.isdigit():
        raise MutationError(
            ReferralErrorCode.INVALID.value, f"Not a valid {expected_type} ID.", field
        )
    return int(pk)


class ReferralPageInfo(graphene.ObjectType):
    has_next_page = graphene.Boolean(required=True)
    has_previous_page = graphene.Boolean(required=True)
    start_cursor = graphene.String()
    end_cursor = graphene.String()

    class Meta:
        description = "Pagination of a referral connection."


def _cursor(offset: int) -> str:
    return base64.b64encode(f"offset:{offset}".encode()).decode()


def _offset(cursor: str | None) -> int:
    """Where the page after `cursor` starts; a cursor we did not write is INVALID.

    The offset is capped: PostgreSQL refuses an OFFSET beyond bigint, and no page
    that deep is worth reading through offsets anyway.
    """
    if not cursor:
        return 0
    try:
        kind, _, value = base64.b64decode(cursor).decode().partition(":")
        offset = int(value)
    except (ValueError, UnicodeDecodeError):
        raise InvalidArgument("Invalid cursor.", "after") from None
    if kind != "offset" or not 0 <= offset <= MAX_OFFSET:
        raise InvalidArgument("Invalid cursor.", "after")
    return offset + 1


def _total_count(root: dict, info) -> int:
    queryset = root["queryset"]
    with reading(queryset.db):
        return queryset.count()


def connection_type(node_type: type, name: str) -> type:
    """A countable connection of `node_type` (edges, pageInfo, totalCount)."""
    edge = type(
        f"{name}Edge",
        (graphene.ObjectType,),
        {
            "node": graphene.Field(node_type, required=True),
            "cursor": graphene.String(required=True),
            "Meta": type("Meta", (), {"description": f"An edge of {name}."}),
        },
    )
    return type(
        name,
        (graphene.ObjectType,),
        {
            "edges": graphene.List(graphene.NonNull(edge), required=True),
            "page_info": graphene.Field(ReferralPageInfo, required=True),
            "total_count": graphene.Int(description="Number of items in all pages."),
            "resolve_total_count": staticmethod(_total_count),
            "Meta": type("Meta", (), {"description": f"A page of {name}."}),
        },
    )


def paginate(queryset: QuerySet, first: int | None, after: str | None) -> dict:
    """Offset pagination: one query for the page (plus `totalCount` when asked)."""
    size = MAX_PAGE_SIZE if first is None else first
    if size < 0 or size > MAX_PAGE_SIZE:
        raise InvalidArgument(
            f"`first` must be between 0 and {MAX_PAGE_SIZE}.", "first"
        )
    start = _offset(after)
    rows = list(queryset[start : start + size + 1])
    page = rows[:size]
    edges = [
        {"node": node, "cursor": _cursor(start + index)}
        for index, node in enumerate(page)
    ]
    return {
        "queryset": queryset,
        "edges": edges,
        "page_info": {
            "has_next_page": len(rows) > size,
            "has_previous_page": start > 0,
            "start_cursor": edges[0]["cursor"] if edges else None,
            "end_cursor": edges[-1]["cursor"] if edges else None,
        },
    }


def connection_field(
    connection: type, resolver: Callable, **arguments
) -> graphene.Field:
    return graphene.Field(
        connection,
        first=graphene.Int(description=f"Page size, at most {MAX_PAGE_SIZE}."),
        after=graphene.String(
            description="Cursor of the last item of the previous page."
        ),
        resolver=text_arguments(resolver),
        **arguments,
    )


def utc_argument(value: Any, field: str) -> datetime.datetime | None:
    """A date-time argument as aware UTC; INVALID when it has no place in time.

    Inside Saleor our fields use Saleor's `DateTime` scalar, which lets through
    values Python cannot convert (an offset of +24:00, a first or last year pushed
    out of range by its offset). A naive value is read as UTC.
    """
    if value is None:
        return None
    message = "Not a valid date and time: years 1-9999, UTC offsets under 24 hours."
    if not isinstance(value, datetime.datetime):
        raise InvalidArgument(message, field)
    try:
        if value.utcoffset() is None:
            return value.replace(tzinfo=datetime.UTC)
        return value.astimezone(datetime.UTC)
    except (ValueError, OverflowError):
        raise InvalidArgument(message, field) from None


def utc_period(
    start: Any, end: Any, fields: tuple[str, str]
) -> tuple[datetime.datetime | None, datetime.datetime | None]:
    """A period's bounds as aware UTC; INVALID when it ends before it starts."""
    start, end = utc_argument(start, fields[0]), utc_argument(end, fields[1])
    if start is not None and end is not None and start > end:
        raise InvalidArgument(
            f"`{fields[0]}` must not be later than `{fields[1]}`.", fields[1]
        )
    return start, end


def staff_program(channel: str) -> ReferralProgram:
    """The channel's program, active or not, for staff mutations; NOT_FOUND else."""
    program = ReferralProgram.objects.filter(channel_slug=channel).first()
    if program is None:
        raise MutationError(
            ReferralErrorCode.NOT_FOUND.value,
            "No referral program in this channel.",
            "channel",
        )
    return program


def decimal_argument(value: float | str | None, field: str) -> Decimal | None:
    """A number argument as a Decimal (through its shortest text, so 0.1 stays
    0.1); INVALID for what is not a finite number. None stays None."""
    if value is None:
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite():
        raise MutationError(ReferralErrorCode.INVALID.value, "Not a number.", field)
    return amount
