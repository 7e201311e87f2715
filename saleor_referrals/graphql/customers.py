"""Staff views of one customer or one order: the console's customer and order pages
(Dashboard extensions on Saleor's customer and order pages)."""

from __future__ import annotations

import graphene
from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from graphql_relay import from_global_id

from ..models import ReferralProgram
from .core import InvalidArgument, read_alias, require_staff, text_arguments
from .profile import ReferralProfile
from .types import Profile

CUSTOMER_TYPE = "User"
ORDER_TYPE = "Order"


def _global_pk(value: str, expected_type: str, field: str) -> str:
    """The database id in a Saleor global ID; a query error naming `field` else."""
    try:
        type_name, pk = from_global_id(value.strip())
    except Exception:
        type_name, pk = "", ""
    if type_name != expected_type or not pk:
        raise InvalidArgument(f"Not a valid {expected_type} ID.", field)
    return pk


def customer_pk(value: str, field: str) -> int:
    pk = _global_pk(value, CUSTOMER_TYPE, field)
    if not pk.isdigit():
        raise InvalidArgument(f"Not a valid {CUSTOMER_TYPE} ID.", field)
    return int(pk)


def order_pk(value: str, field: str) -> str:
    return _global_pk(value, ORDER_TYPE, field)[:64]


def filter_by_customer(
    queryset: QuerySet, value: str | None, lookups: tuple[str, ...]
) -> QuerySet:
    """Rows where the customer (a Saleor User ID) is any of `lookups`."""
    if not value:
        return queryset
    pk = customer_pk(value, "customer")
    condition = Q()
    for lookup in lookups:
        condition |= Q(**{lookup: pk})
    return queryset.filter(condition)


def filter_by_order(queryset: QuerySet, value: str | None) -> QuerySet:
    if not value:
        return queryset
    return queryset.filter(order_id=order_pk(value, "order"))


class CustomerQueries(graphene.ObjectType):
    referral_customer = graphene.Field(
        ReferralProfile,
        channel=graphene.String(required=True, description="Channel slug."),
        id=graphene.ID(required=True, description="The Saleor customer's (User) ID."),
        language_code=graphene.String(description="Language of texts (en, fa, ar)."),
        description=(
            "A customer's referral profile as staff see it (MANAGE_DISCOUNTS): code, "
            "stats, tier, badges, rewards and referrals as advocate. Null when the "
            "customer does not exist or the channel has no program."
        ),
    )

    @staticmethod
    @text_arguments
    def resolve_referral_customer(root, info, channel, id, language_code=None):
        require_staff(info)
        pk = customer_pk(id, "id")
        using = read_alias(info)
        program = (
            ReferralProgram.objects.using(using).filter(channel_slug=channel).first()
        )
        user = get_user_model().objects.using(using).filter(pk=pk).first()
        if program is None or user is None:
            return None
        language = (language_code or "en").lower()[:2]
        return Profile(program, user, language, using)
