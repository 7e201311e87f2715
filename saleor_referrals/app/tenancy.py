"""One PostgreSQL schema per installed Saleor instance.

The domain's tables have no tenant column and need none: each instance's referral
tables (and Django's own: migrations, users, content types) live in a schema of
their own, `referrals_<16 hex of the API URL's hash>`. A request or a task for an
instance runs with `search_path` set to that schema alone, so every query the
domain makes (ORM, raw SQL, the daily totals' triggers) reads and writes that
instance's rows and nothing else; a table missing from the schema is an error,
never another instance's table. The registry of installations is the one table
outside (`public`, schema-qualified in its model).

Celery: a task published inside an instance's context carries the schema in a
message header (`referrals_tenant`); the worker sets the same `search_path` for
that task and resets it after (`connect_tenant_signals`).
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction

from .models import Installation

logger = logging.getLogger(__name__)

SCHEMA_PREFIX = "referrals_"
# The schema of App mode's registry, and the search path outside any instance.
PUBLIC_SCHEMA = "public"
TENANT_HEADER = "referrals_tenant"
REGISTRY_APP_LABEL = "saleor_referrals_app"
_SCHEMA_NAME = re.compile(rf"^{SCHEMA_PREFIX}[0-9a-f]{{16}}$")
# Spare schemas: migrated and empty, renamed to an instance's name at install
# (`claim_spare`), so that the install handshake does not wait for migrations.
# A spare is made under a `making_` name and renamed when migrated, so that a
# half-made one is never claimed.
SPARE_PREFIX = f"{SCHEMA_PREFIX}spare_"
MAKING_PREFIX = f"{SCHEMA_PREFIX}making_"
_SPARE_NAME = re.compile(rf"^{SCHEMA_PREFIX}(spare|making)_[0-9a-f]{{12}}$")
# pg_advisory_xact_lock key: one claim at a time picks a spare.
SPARE_CLAIM_LOCK = 2_117_021

_current: ContextVar[Installation | None] = ContextVar(
    "referrals_installation", default=None
)


class UnknownInstance(Exception):
    """A Saleor instance that has not installed the App (or was removed)."""


def normalized_api_url(api_url: str) -> str:
    """`https://shop.example.com/graphql/` as Saleor sends it; trailing spaces
    and case of the scheme and host do not make another instance."""
    api_url = api_url.strip()
    match = re.match(
        r"^(?P<origin>[A-Za-z][A-Za-z0-9+.-]*://[^/]+)(?P<path>.*)$", api_url
    )
    if not match:
        return api_url
    return match["origin"].lower() + (match["path"] or "/")


def schema_name_for(api_url: str) -> str:
    digest = hashlib.sha256(normalized_api_url(api_url).encode()).hexdigest()
    return f"{SCHEMA_PREFIX}{digest[:16]}"


def _checked(schema: str) -> str:
    """Only names this module makes reach SQL (they are also quoted)."""
    if not (_SCHEMA_NAME.match(schema) or _SPARE_NAME.match(schema)):
        raise ValueError(f"not an instance schema: {schema!r}")
    return schema


def _set_search_path(schema: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f'SET search_path TO "{schema}"')


def current_installation() -> Installation | None:
    return _current.get()


def installation_for(api_url: str) -> Installation:
    installation = Installation.objects.filter(
        saleor_api_url=normalized_api_url(api_url)
    ).first()
    if installation is None:
        raise UnknownInstance(api_url)
    return installation


@contextmanager
def use_schema(schema: str) -> Iterator[None]:
    """Run the block on `schema` (an instance's) alone; back to `public` after."""
    _set_search_path(_checked(schema))
    try:
        yield
    finally:
        _set_search_path(PUBLIC_SCHEMA)


@contextmanager
def use_installation(installation: Installation) -> Iterator[Installation]:
    """The instance's context: its schema, and `current_installation()` (what the
    commerce port and Celery's headers read)."""
    token = _current.set(installation)
    try:
        with use_schema(installation.schema_name):
            yield installation
    finally:
        _current.reset(token)


def apply_search_path_on_connect(sender: Any, connection: Any, **kwargs: Any) -> None:
    """Django's `connection_created`: a connection opened inside an instance's
    context starts on its schema. Celery's Django fixup closes the connection
    around each task (after `task_prerun` set the path), and any reconnect would
    otherwise land on `public`."""
    installation = _current.get()
    if installation is not None and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f'SET search_path TO "{_checked(installation.schema_name)}"')


def create_schema(schema: str) -> bool:
    """The instance's schema with the referral tables, up to date: a spare
    renamed (instant; True, so the caller can have another spare made), else
    created and migrated here (seconds: False)."""
    schema = _checked(schema)
    if not _schema_exists(schema) and claim_spare(schema):
        return True
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    migrate_schema(schema)
    return False


def _schema_exists(schema: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", [schema])
        return cursor.fetchone() is not None


def spare_schemas() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nspname FROM pg_namespace WHERE starts_with(nspname, %s) "
            "ORDER BY nspname",
            [SPARE_PREFIX],
        )
        return [name for (name,) in cursor.fetchall() if _SPARE_NAME.match(name)]


def claim_spare(schema: str) -> bool:
    """Rename a spare schema to `schema`; False when none is ready. Everything
    in a spare moves with it (tables, sequences, the daily totals' functions,
    which name their tables through the search path)."""
    schema = _checked(schema)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SPARE_CLAIM_LOCK])
        spares = spare_schemas()
        if not spares:
            return False
        cursor.execute(f'ALTER SCHEMA "{_checked(spares[0])}" RENAME TO "{schema}"')
    logger.info("Installed %s in the spare schema %s", schema, spares[0])
    return True


def spare_count() -> int:
    """`REFERRALS_APP_SPARE_SCHEMAS`: how many spares to keep ready (App mode's
    settings: 1; none where it is not set)."""
    return int(getattr(settings, "REFERRALS_APP_SPARE_SCHEMAS", 0) or 0)


def prepare_spares(count: int | None = None) -> list[str]:
    """Make spare schemas until `count` (default `spare_count()`) are ready."""
    count = spare_count() if count is None else count
    made: list[str] = []
    while len(spare_schemas()) < count:
        token = secrets.token_hex(6)
        making, spare = f"{MAKING_PREFIX}{token}", f"{SPARE_PREFIX}{token}"
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE SCHEMA "{making}"')
        migrate_schema(making)
        with connection.cursor() as cursor:
            cursor.execute(f'ALTER SCHEMA "{making}" RENAME TO "{spare}"')
        made.append(spare)
    return made


def instance_app_labels() -> list[str]:
    """The apps whose tables every instance's schema holds: all but App mode's
    registry (so no instance schema holds a copy of it)."""
    from django.db.migrations.loader import MigrationLoader

    migrated = MigrationLoader(None, ignore_no_migrations=True).migrated_apps
    return [
        config.label
        for config in apps.get_app_configs()
        if config.label in migrated and config.label != REGISTRY_APP_LABEL
    ]


def migrate_schema(schema: str) -> None:
    """Apply every instance app's migrations, each to its latest, in `schema`."""
    with use_schema(schema):
        for label in instance_app_labels():
            call_command("migrate", label, interactive=False, verbosity=0)


def migrate_all() -> list[str]:
    """Every installed instance's schema and every spare, up to date, and the
    spares topped up (at start-up); the instances' schemas."""
    schemas = list(Installation.objects.values_list("schema_name", flat=True))
    for schema in [*schemas, *spare_schemas()]:
        migrate_schema(schema)
    prepare_spares()
    return schemas


def drop_schema(schema: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA IF EXISTS "{_checked(schema)}" CASCADE')


def tenant_cache_key(key: str, key_prefix: str, version: int) -> str:
    """Django's cache `KEY_FUNCTION` in App mode: the domain's cache keys (the
    tiers' checkout rules per channel, the throttle's counters) are per instance,
    so two instances with a channel of the same slug never share an entry."""
    installation = _current.get()
    tenant = installation.schema_name if installation is not None else PUBLIC_SCHEMA
    return f"{tenant}:{key_prefix}:{version}:{key}"


# Celery: the instance travels with each task as a message header.


def _add_tenant_header(headers: dict[str, Any] | None = None, **kwargs: Any) -> None:
    installation = _current.get()
    if installation is not None and headers is not None:
        headers[TENANT_HEADER] = installation.schema_name


def tenant_of_request(request: Any) -> str | None:
    """The schema a task message carries (Celery puts custom headers on the
    request; older protocol versions under `headers`)."""
    schema = getattr(request, TENANT_HEADER, None)
    if schema is None:
        schema = (getattr(request, "headers", None) or {}).get(TENANT_HEADER)
    return schema


_ACTIVE_TASK_CONTEXTS: dict[str, Any] = {}


def _enter_tenant(task_id: str | None = None, task: Any = None, **kwargs: Any) -> None:
    schema = tenant_of_request(task.request) if task is not None else None
    if not schema or task_id is None or task.request.called_directly:
        return
    installation = Installation.objects.filter(schema_name=schema).first()
    if installation is None:
        # Uninstalled since: left on `public`, where no referral table is, the
        # task fails loudly instead of writing anywhere.
        logger.error("Task %s for %s: no such installation", task_id, schema)
        return
    context = use_installation(installation)
    context.__enter__()
    _ACTIVE_TASK_CONTEXTS[task_id] = context


def _leave_tenant(task_id: str | None = None, **kwargs: Any) -> None:
    context = _ACTIVE_TASK_CONTEXTS.pop(task_id or "", None)
    if context is not None:
        context.__exit__(None, None, None)


def connect_tenant_signals() -> None:
    from celery.signals import before_task_publish, task_postrun, task_prerun
    from django.db.backends.signals import connection_created

    connection_created.connect(
        apply_search_path_on_connect, dispatch_uid="referrals_tenant_connect"
    )
    before_task_publish.connect(_add_tenant_header, dispatch_uid="referrals_tenant")
    task_prerun.connect(_enter_tenant, dispatch_uid="referrals_tenant_enter")
    task_postrun.connect(_leave_tenant, dispatch_uid="referrals_tenant_leave")
