"""Fuzz requests derived from a GraphQL schema, not from a hand list.

Every root field the referral API adds (the fields of the standalone schema's Query
and Mutation) is looked up in the schema under test (standalone, or Saleor's
composed one), and every argument it documents gets values drawn from its type:
strings hostile and over-long, IDs of our types and garbage, integers at the 32-bit
edges, enum values, input objects with any subset of their fields, lists. A field
or argument added later is fuzzed without touching the tests.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

import graphene
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
)
from hypothesis import strategies as st

from .fuzz_inputs import cursors, datetime_texts, global_ids, nasty_text

# Strings over the usual column widths (254-character e-mails, 255-character
# reasons, 64-character codes), as e-mail addresses and as plain text.
long_emails = st.builds(
    "{}@{}.example.com".format,
    st.text("abc", min_size=60, max_size=64),
    st.text("xyz", min_size=190, max_size=300),
)
long_text = st.text("abcXYZ -", min_size=250, max_size=1200)
INT32 = st.one_of(
    st.integers(-5, 300),
    st.sampled_from([-(2**31), 2**31 - 1, 0, 1, 10_000_001]),
)


def _unwrap(graphql_type):
    while isinstance(graphql_type, GraphQLNonNull | GraphQLList):
        graphql_type = graphql_type.of_type
    return graphql_type


def type_names_with_ids(schema) -> list[str]:
    """The object types whose global IDs our arguments take: ours, and Saleor's
    that our filters and mutations name."""
    ours = [name for name in schema.get_type_map() if name.startswith("Referral")]
    return sorted({*ours, "Checkout", "Order", "User", "ProductVariant", "Voucher"})


def id_values(type_names: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds(
            graphene.relay.Node.to_global_id,
            st.sampled_from(type_names),
            st.one_of(st.integers(-1, 6).map(str), nasty_text),
        ),
        global_ids(),
    )


@dataclass
class Hints:
    """Values worth drawing often: the channel with a program, real-looking IDs."""

    channel: str
    id_types: list[str]
    # What DateTime arguments get; a host may leave out strings its own scalar
    # rejects before any resolver runs.
    datetimes: st.SearchStrategy[str] | None = None
    # Global IDs of objects that exist (a checkout, a customer), drawn often.
    known_ids: tuple[str, ...] = ()


def value_strategy(
    graphql_type, hints: Hints, name: str = "", depth: int = 0
) -> st.SearchStrategy:
    """Values a variable of `graphql_type` may be sent (JSON), null included for a
    nullable type."""
    if isinstance(graphql_type, GraphQLNonNull):
        return _non_null(graphql_type.of_type, hints, name, depth)
    return st.one_of(st.none(), _non_null(graphql_type, hints, name, depth))


def _non_null(graphql_type, hints: Hints, name: str, depth: int) -> st.SearchStrategy:
    if isinstance(graphql_type, GraphQLList):
        return st.lists(
            value_strategy(graphql_type.of_type, hints, name, depth + 1), max_size=4
        )
    if isinstance(graphql_type, GraphQLEnumType):
        return st.sampled_from(sorted(value.name for value in graphql_type.values))
    if isinstance(graphql_type, GraphQLInputObjectType):
        required, optional = {}, {}
        for field_name, field in graphql_type.fields.items():
            target = required if isinstance(field.type, GraphQLNonNull) else optional
            if depth > 3 and target is optional:
                continue
            target[field_name] = value_strategy(
                field.type, hints, field_name, depth + 1
            )
        return st.fixed_dictionaries(required, optional=optional)
    assert isinstance(graphql_type, GraphQLScalarType), graphql_type
    return _scalar(graphql_type.name, hints, name)


def _scalar(scalar: str, hints: Hints, name: str) -> st.SearchStrategy:
    lowered = name.lower()
    if scalar == "ID":
        if hints.known_ids:
            return st.one_of(
                st.sampled_from(hints.known_ids), id_values(hints.id_types)
            )
        return id_values(hints.id_types)
    if scalar == "Int":
        return INT32
    if scalar == "Boolean":
        return st.booleans()
    if scalar in {"Float", "Decimal", "PositiveDecimal"}:
        return st.one_of(
            st.floats(allow_nan=False, allow_infinity=False, width=32),
            st.sampled_from([0, -1, 1e12, 0.001]),
        )
    if scalar in {"DateTime", "Date"}:
        return hints.datetimes or datetime_texts()
    text = st.one_of(nasty_text, long_text)
    if lowered == "channel":
        return st.one_of(st.just(hints.channel), st.just(hints.channel), text)
    if "email" in lowered:
        return st.one_of(st.emails(), long_emails, text)
    if lowered == "after":
        return st.one_of(cursors(), text)
    if "url" in lowered:
        return st.one_of(
            st.just("https://example.com/x"),
            st.builds("https://example.com/{}".format, long_text),
            text,
        )
    return st.one_of(
        text, st.binary(max_size=30).map(lambda raw: base64.b64encode(raw).decode())
    )


@dataclass(frozen=True)
class RootField:
    operation: str  # "query" or "mutation"
    name: str
    field: object  # the schema's GraphQLField

    @property
    def arguments(self) -> dict:
        return self.field.args


def referral_fields(schema, standalone) -> list[RootField]:
    """The root fields the referral API adds, as `schema` (a graphql-core schema)
    serves them; `standalone` is the referral API's own schema."""
    found = []
    for operation, ours, theirs in (
        ("query", standalone.get_query_type(), schema.get_query_type()),
        ("mutation", standalone.get_mutation_type(), schema.get_mutation_type()),
    ):
        for name in sorted(ours.fields):
            assert name in theirs.fields, f"{operation} {name} is missing"
            found.append(RootField(operation, name, theirs.fields[name]))
    return found


def arguments_of(field) -> dict[str, str]:
    """{argument: its type as written in SDL} of a GraphQLField."""
    return {name: str(argument.type) for name, argument in field.args.items()}


def nested_fields(field) -> dict[str, object]:
    """The fields of `field`'s result type that take arguments (pages of a
    profile, a customer's referrals...): fuzzed one level down, with the root."""
    named = _unwrap(field.type)
    return {
        name: subfield
        for name, subfield in sorted((getattr(named, "fields", None) or {}).items())
        if subfield.args
    }


def documented_arguments(fields: list[RootField]) -> set[tuple[str, str]]:
    """(field path, argument) of every argument of every referral field: the
    root's, and those of the fields of its result one level down."""
    found = set()
    for root in fields:
        found |= {(root.name, argument) for argument in root.arguments}
        for name, subfield in nested_fields(root.field).items():
            found |= {(f"{root.name}.{name}", argument) for argument in subfield.args}
    return found


def sent_arguments(root: RootField, variables: dict) -> set[tuple[str, str]]:
    """The (field path, argument) pairs a request of `request_strategy` sent with
    a value (not null)."""
    sent = set()
    for variable, value in variables.items():
        if value is None:
            continue
        sub, _, argument = variable.rpartition("__")
        sent.add((f"{root.name}.{sub}" if sub else root.name, argument))
    return sent


def _call(draw, name: str, arguments: dict, hints: Hints, prefix: str = ""):
    """(declarations, the call, variables) of one field with drawn arguments: the
    required ones always, each optional one given, null or left out."""
    variables, declared, passed = {}, [], []
    for argument in sorted(arguments):
        graphql_type = arguments[argument].type
        variable = f"{prefix}{argument}"
        if isinstance(graphql_type, GraphQLNonNull):
            value = draw(value_strategy(graphql_type, hints, argument), label=variable)
        else:
            # Given (most often), sent as null, or left out.
            how = draw(st.sampled_from(["given", "given", "null", "absent"]))
            if how == "absent":
                continue
            value = (
                None
                if how == "null"
                else draw(_non_null(graphql_type, hints, argument, 0), label=variable)
            )
        variables[variable] = value
        declared.append(f"${variable}: {graphql_type}")
        passed.append(f"{argument}: ${variable}")
    call = f"{name}({', '.join(passed)})" if passed else name
    return declared, call, variables


def request_strategy(field: RootField, hints: Hints) -> st.SearchStrategy:
    """(query text, variables) calling `field` with drawn values, and the fields
    of its result that take arguments with theirs (a mutation's payload: its
    errors)."""
    named = _unwrap(field.field.type)
    subfields = getattr(named, "fields", None) or {}
    nested = nested_fields(field.field)

    @st.composite
    def build(draw):
        declared, call, variables = _call(draw, field.name, field.arguments, hints)
        if "errors" in subfields:
            selection = " { __typename errors { field code message } }"
        elif subfields:
            parts = ["__typename"]
            for name in sorted(nested):
                if not draw(st.booleans(), label=f"select {name}"):
                    continue
                subfield = nested[name]
                more, subcall, values = _call(
                    draw, name, subfield.args, hints, prefix=f"{name}__"
                )
                declared += more
                variables.update(values)
                leaf = (
                    " { __typename }"
                    if getattr(_unwrap(subfield.type), "fields", None)
                    else ""
                )
                parts.append(f"{subcall}{leaf}")
            selection = " { " + " ".join(parts) + " }"
        else:
            selection = ""
        head = (
            f"{field.operation}({', '.join(declared)})" if declared else field.operation
        )
        return f"{head} {{ {call}{selection} }}", variables

    return build()
