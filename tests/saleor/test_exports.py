"""Exports inside real Saleor: `referralExport` through Saleor's /graphql/ by staff,
the Celery task run by the outbox hand-off (eager), the file in Saleor's default
storage (its media) and its absolute URL; customers are refused."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

import csv
import io
from datetime import timedelta
from decimal import Decimal

from django.core.files.storage import default_storage
from django.utils import timezone
from saleor.core.db.connection import allow_writer
from saleor.graphql.tests.utils import get_graphql_content

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.exports.models import ReferralExportFile
from saleor_referrals.models import Referral, ReferralStatus

EXPORT = """
mutation export($channel: String!, $kind: ReferralExportKindEnum!,
                $period: ReferralExportPeriodInput) {
  referralExport(channel: $channel, kind: $kind, period: $period) {
    exportFile { id status progress url createdAt }
    errors { field code message }
  }
}
"""
FILE = """
query file($id: ID!) {
  referralExportFile(id: $id) { status progress rowsDone rowsTotal url }
}
"""


@pytest.fixture
def media(settings, tmp_path):
    # Saleor's media, in a temporary directory (its FileSystemStorage).
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path), "base_url": "/media/"},
        },
    }
    return tmp_path


def test_staff_export_through_saleor(
    program,
    customer_user,
    staff_api_client,
    user_api_client,
    permission_manage_discounts,
    channel_USD,
    media,
    django_capture_on_commit_callbacks,
):
    with allow_writer():
        code = get_or_create_code(program, customer_user)
        for n in range(3):
            Referral.objects.create(
                program=program,
                code=code,
                advocate=customer_user,
                friend_email=f"friend{n}@example.org",
                source="code",
                order_id=f"ex-{n}",
                order_total=Decimal("50"),
                currency=program.currency,
                status=ReferralStatus.APPROVED,
                created_at=timezone.now() - timedelta(days=n),
            )
    variables = {"channel": channel_USD.slug, "kind": "REFERRALS"}
    refused = user_api_client.post_graphql(EXPORT, variables)
    assert "MANAGE_DISCOUNTS" in str(get_graphql_content(refused, ignore_errors=True))
    assert not ReferralExportFile.objects.exists()

    staff_api_client.user.user_permissions.add(permission_manage_discounts)
    with django_capture_on_commit_callbacks(execute=True):
        result = get_graphql_content(staff_api_client.post_graphql(EXPORT, variables))[
            "data"
        ]["referralExport"]
    assert result["errors"] == []
    assert result["exportFile"]["status"] == "PENDING"
    export_id = result["exportFile"]["id"]
    done = get_graphql_content(staff_api_client.post_graphql(FILE, {"id": export_id}))[
        "data"
    ]["referralExportFile"]
    assert (done["status"], done["progress"]) == ("SUCCESS", 1.0)
    assert (done["rowsDone"], done["rowsTotal"]) == (3, 3)
    assert done["url"].startswith("http")
    assert "/media/referral_exports/referral-referrals-" in done["url"]
    stored = ReferralExportFile.objects.get().content_file.name
    with default_storage.open(stored) as handle:
        lines = list(csv.reader(io.StringIO(handle.read().decode())))
    assert lines[0][:3] == ["id", "created_at", "status"]
    assert sorted(line[7] for line in lines[1:]) == [
        "friend0@example.org",
        "friend1@example.org",
        "friend2@example.org",
    ]

    inverted = {
        **variables,
        "period": {"gte": timezone.now().isoformat(), "lte": "2020-01-01T00:00:00Z"},
    }
    errors = get_graphql_content(staff_api_client.post_graphql(EXPORT, inverted))[
        "data"
    ]["referralExport"]["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [("period", "INVALID")]
