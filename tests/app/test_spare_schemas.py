"""Spare schemas: an install renames a migrated, empty schema instead of migrating
inside Saleor's install request (which waits 18 s for the answer)."""

from __future__ import annotations

import pytest
from django.db import connection

from saleor_referrals.app.tenancy import (
    create_schema,
    drop_schema,
    prepare_spares,
    schema_name_for,
    spare_schemas,
    use_schema,
)
from saleor_referrals.models import ReferralProgram

pytestmark = pytest.mark.django_db(transaction=True)


def functions_in(schema: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_proc p JOIN pg_namespace n "
            "ON n.oid = p.pronamespace WHERE n.nspname = %s",
            [schema],
        )
        return cursor.fetchone()[0]


def test_an_install_takes_a_spare_and_the_next_one_is_made(settings):
    settings.REFERRALS_APP_SPARE_SCHEMAS = 1
    schema = schema_name_for("https://spare.example.com/graphql/")
    made = prepare_spares()
    try:
        assert len(made) == 1
        assert spare_schemas() == made
        assert prepare_spares() == []  # one is ready: nothing to do
        migrated_functions = functions_in(made[0])
        assert migrated_functions > 0  # the daily totals' triggers' functions

        assert create_schema(schema) is True  # renamed, not migrated
        assert spare_schemas() == []
        assert functions_in(schema) == migrated_functions
        with use_schema(schema):
            assert ReferralProgram.objects.count() == 0
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM django_migrations WHERE app = %s",
                    ["saleor_referrals"],
                )
                assert cursor.fetchone()[0] > 0
        # A reinstall finds the schema: it is kept, and no spare is taken.
        again = prepare_spares()
        assert create_schema(schema) is False
        assert spare_schemas() == again
    finally:
        drop_schema(schema)
        for spare in spare_schemas():
            drop_schema(spare)
