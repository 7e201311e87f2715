"""Our standalone schema plus the few Saleor fields a front-end signs in with."""

from __future__ import annotations

import graphene

from saleor_referrals.graphql.core import current_user, staff_permission
from saleor_referrals.graphql.schema import Mutation as ReferralMutation
from saleor_referrals.graphql.schema import Query as ReferralQuery

from .auth import token_for


class Permission(graphene.ObjectType):
    code = graphene.String(required=True)
    name = graphene.String(required=True)


class User(graphene.ObjectType):
    id = graphene.ID(required=True)
    email = graphene.String(required=True)
    first_name = graphene.String(required=True)
    last_name = graphene.String(required=True)
    is_staff = graphene.Boolean(required=True)
    user_permissions = graphene.List(graphene.NonNull(Permission))

    @staticmethod
    def resolve_id(user, info):
        return graphene.Node.to_global_id("User", user.pk)

    @staticmethod
    def resolve_user_permissions(user, info):
        # Saleor names permissions by code, e.g. MANAGE_DISCOUNTS.
        codename = staff_permission().split(".", 1)[-1]
        if not user.has_perm(staff_permission()):
            return []
        return [{"code": codename.upper(), "name": codename.replace("_", " ")}]


class Channel(graphene.ObjectType):
    """Saleor's `channels` (slug, name), here the channels that have a program."""

    slug = graphene.String(required=True)
    name = graphene.String(required=True)


class AccountError(graphene.ObjectType):
    field = graphene.String()
    code = graphene.String(required=True)
    message = graphene.String()


class CreateToken(graphene.Mutation):
    token = graphene.String()
    refresh_token = graphene.String()
    user = graphene.Field(User)
    errors = graphene.List(graphene.NonNull(AccountError), required=True)

    class Arguments:
        email = graphene.String(required=True)
        password = graphene.String(required=True)

    @staticmethod
    def mutate(root, info, email, password):
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is None or not user.is_active or not user.check_password(password):
            return CreateToken(
                errors=[
                    AccountError(
                        field="email",
                        code="INVALID_CREDENTIALS",
                        message="Please, enter valid credentials",
                    )
                ]
            )
        token = token_for(user)
        return CreateToken(token=token, refresh_token=token, user=user, errors=[])


class Query(ReferralQuery):
    me = graphene.Field(User)
    channels = graphene.List(graphene.NonNull(Channel))

    @staticmethod
    def resolve_channels(root, info):
        from saleor_referrals.models import ReferralProgram

        if current_user(info) is None:
            return None
        slugs = ReferralProgram.objects.order_by("channel_slug").values_list(
            "channel_slug", flat=True
        )
        return [
            {"slug": slug, "name": slug.replace("-", " ").title()} for slug in slugs
        ]

    @staticmethod
    def resolve_me(root, info):
        return current_user(info)


class Mutation(ReferralMutation):
    token_create = CreateToken.Field()


SCHEMA = graphene.Schema(query=Query, mutation=Mutation)
