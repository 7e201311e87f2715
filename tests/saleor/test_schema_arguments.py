"""Saleor's composed schema serves every referral field with the arguments the
referral API documents, and what resolves them accepts every one of them.

The standalone schema (`build_schema()`) is the reference: the fields its Query and
Mutation have are the ones `ReferralQueries` and `ReferralMutations` add to Saleor's.
A Saleor-side override that re-declares a mutation (as `saleor_schema.py` does for
`checkoutReferralCodeApply`) inherits the argument list, so the list alone would not
catch an override whose `perform` drops an argument: its signature is checked too.
"""

import inspect

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from graphql import GraphQLList, GraphQLNonNull
from saleor.graphql import api

from saleor_referrals.graphql.schema import build_schema

from ..schema_fuzz import arguments_of, referral_fields

STANDALONE = build_schema()


def named(graphql_type):
    while isinstance(graphql_type, GraphQLNonNull | GraphQLList):
        graphql_type = graphql_type.of_type
    return graphql_type


def takes(function, argument: str) -> bool:
    """Whether `function` accepts `argument` as a keyword."""
    parameters = inspect.signature(function).parameters.values()
    return any(
        parameter.kind is inspect.Parameter.VAR_KEYWORD
        or (
            parameter.name == argument
            and parameter.kind
            in (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        )
        for parameter in parameters
    )


def test_every_referral_field_is_served_with_its_documented_arguments(
    referrals_plugin,
):
    composed = referral_fields(api.schema, STANDALONE)
    reference = {field.name: field for field in referral_fields(STANDALONE, STANDALONE)}
    assert len(composed) == len(reference) >= 40
    differences = {
        field.name: (
            arguments_of(field.field),
            arguments_of(reference[field.name].field),
        )
        for field in composed
        if arguments_of(field.field) != arguments_of(reference[field.name].field)
    }
    assert differences == {}


def test_every_referral_mutation_accepts_every_argument_it_documents(
    referrals_plugin,
):
    """`perform` of the class Saleor's schema resolves each mutation with takes each
    argument the field declares (graphene passes them as keywords)."""
    dropped = {}
    mutations = [
        field
        for field in referral_fields(api.schema, STANDALONE)
        if field.operation == "mutation"
    ]
    for field in mutations:
        mutation_class = named(field.field.type).graphene_type
        missing = [
            argument
            for argument, declared in field.arguments.items()
            # graphene passes each argument under its Python name (`out_name`).
            if not takes(mutation_class.perform, declared.out_name or argument)
        ]
        if missing:
            dropped[field.name] = (mutation_class.__module__, missing)
    assert dropped == {}
    # The override of Saleor's side is among them.
    classes = {named(field.field.type).graphene_type.__module__ for field in mutations}
    assert "saleor_referrals.graphql.saleor_schema" in classes
