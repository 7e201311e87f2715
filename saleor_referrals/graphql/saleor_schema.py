"""Serve the referral fields from Saleor's own /graphql/.

Saleor has no hook for extending its schema: `saleor/graphql/api.py` builds `schema`
at import, `saleor/graphql/views.py` validates query cost against it and
`saleor/urls.py` hands it to the view. `install()` (called from our
`AppConfig.ready`) builds the same federated schema from Query and Mutation classes
that extend Saleor's with ours, with Saleor's types, subscription and directives,
and puts it everywhere Saleor holds the old one.
"""

from __future__ import annotations

import sys

import graphene
from saleor.checkout.models import Checkout as CheckoutModel
from saleor.graphql import api, views
from saleor.graphql.checkout.types import Checkout
from saleor.graphql.core.context import SyncWebhookControlContext
from saleor.graphql.core.federation.schema import build_federated_schema
from saleor.graphql.core.scalars import DateTime

from .core import decode_id
from .mutations import ReferralCheckoutCodeApply as StandaloneCheckoutCodeApply
from .scalars import use_host_scalar
from .schema import ReferralMutations, ReferralQueries

use_host_scalar("DateTime", DateTime)

# Added again by build_federated_schema.
FEDERATION_TYPES = {"_Any", "_Entity", "_Service"}


class ReferralCheckoutCodeApply(StandaloneCheckoutCodeApply):
    checkout = graphene.Field(
        Checkout, description="The checkout, with the friend voucher applied."
    )

    class Meta:
        description = StandaloneCheckoutCodeApply._meta.description

    @classmethod
    def perform(cls, root, info, **data):
        # Every argument of the standalone mutation passes through as it is, so
        # one added there (as `network` was) reaches it here too.
        fields = super().perform(root, info, **data)
        checkout = CheckoutModel.objects.get(token=decode_id(data["id"], "Checkout"))
        return {**fields, "checkout": SyncWebhookControlContext(node=checkout)}


class SaleorReferralMutations(ReferralMutations):
    checkout_referral_code_apply = ReferralCheckoutCodeApply.Field()


class Query(ReferralQueries, api.Query):
    pass


class Mutation(SaleorReferralMutations, api.Mutation):
    pass


def build() -> graphene.Schema:
    saleor_schema = api.schema
    return build_federated_schema(
        Query,
        mutation=Mutation,
        types=[
            graphene_type
            for graphene_type in saleor_schema.types or []
            if getattr(graphene_type, "_meta", None) is None
            or graphene_type._meta.name not in FEDERATION_TYPES
        ],
        subscription=api.Subscription,
        directives=saleor_schema.get_directives(),
    )


# Saleor's own type names, kept to tell ours apart (tests, introspection tools).
SALEOR_TYPE_NAMES: frozenset[str] = frozenset()


def install() -> graphene.Schema:
    """Replace Saleor's schema with one that has the referral fields too."""
    global SALEOR_TYPE_NAMES
    if "referralProfile" in api.schema.get_query_type().fields:
        return api.schema
    SALEOR_TYPE_NAMES = frozenset(api.schema.get_type_map())
    schema = build()
    api.monitor_fields_usage(schema)
    api.schema = schema
    views.schema = schema
    urls = sys.modules.get("saleor.urls")
    if urls is not None:
        urls.schema = schema
        for pattern in urls.urlpatterns:
            initkwargs = getattr(pattern.callback, "view_initkwargs", None)
            if initkwargs and "schema" in initkwargs:
                initkwargs["schema"] = schema
    return schema
