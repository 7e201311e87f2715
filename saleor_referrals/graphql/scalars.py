"""Scalars the host schema may already define under the same name.

GraphQL allows one type per name, and Saleor has its own `DateTime`. Fields and
arguments here refer to the scalar lazily, so the Saleor composition can point them
at Saleor's before it builds its schema.
"""

import graphene

_host_scalars: dict[str, type[graphene.Scalar]] = {}


def use_host_scalar(name: str, scalar: type[graphene.Scalar]) -> None:
    _host_scalars[name] = scalar


def _datetime() -> type[graphene.Scalar]:
    return _host_scalars.get("DateTime", graphene.DateTime)


def DateTime(**kwargs) -> graphene.Field:
    return graphene.Field(_datetime, **kwargs)


def DateTimeArgument(**kwargs) -> graphene.Argument:
    return graphene.Argument(_datetime, **kwargs)


def DateTimeInput(**kwargs) -> graphene.InputField:
    return graphene.InputField(_datetime, **kwargs)
