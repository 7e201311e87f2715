"""CSV exports: exact content, progress, retry after a failure mid-way, the staff
permission and coded errors."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.core.files.storage import default_storage
from graphql_relay import to_global_id

from saleor_referrals.causes.models import Cause, Donation, DonationSource
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.config import parse
from saleor_referrals.exports import service, writers
from saleor_referrals.exports.models import ExportStatus, ReferralExportFile
from saleor_referrals.insights.funnel import funnel as funnel_of
from saleor_referrals.models import (
    Referral,
    ReferralStatus,
    ReferralVisit,
    Reward,
    RewardKind,
    RewardSide,
    RewardStatus,
)
from saleor_referrals.programs import sync_program

from . import test_graphql
from .campaigns_helpers import schedule
from .conftest import CHANNEL, make_user

data, gql, staff = test_graphql.data, test_graphql.gql, test_graphql.staff

EXPORT = """
mutation export($channel: String!, $kind: ReferralExportKindEnum!,
                $period: ReferralExportPeriodInput, $campaign: ID) {
  referralExport(channel: $channel, kind: $kind, period: $period,
                 campaign: $campaign) {
    exportFile { id status progress url createdAt }
    errors { field code message }
  }
}
"""
FILE = """
query file($id: ID!) {
  referralExportFile(id: $id) {
    id channel kind status statusReason progress rowsDone rowsTotal url requestedBy
    events { fromStatus toStatus reason }
  }
}
"""
FILES = """
query files($channel: String!) {
  referralExportFiles(channel: $channel) { id kind status }
}
"""
T0 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def storage(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    settings.MEDIA_URL = "/media/"
    settings.STORAGES = {
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path), "base_url": "/media/"},
        }
    }
    return tmp_path


@pytest.fixture
def shop(commerce):
    program = sync_program(
        channel_slug=CHANNEL, currency="USD", settings=parse({}), active=True
    )
    ada = make_user("ada@example.com", "Ada", "Lovelace")
    code = get_or_create_code(program, ada)
    rows = []
    for n, (status, total) in enumerate(
        [
            (ReferralStatus.REWARDED, "75.5"),
            (ReferralStatus.PENDING, None),
            (ReferralStatus.REVERSED, "20"),
            (ReferralStatus.REJECTED, "10"),
            (ReferralStatus.APPROVED, "33.333"),
        ]
    ):
        rows.append(
            Referral.objects.create(
                program=program,
                code=code,
                advocate=ada,
                friend_email=f"friend{n}@example.com",
                friend_email_normalized=f"friend{n}@example.com",
                source="code",
                order_id=f"o{n}" if total else None,
                order_number=str(100 + n) if total else "",
                order_total=Decimal(total) if total else None,
                currency="USD",
                status=status,
                status_reason=f"reason {n}",
                created_at=T0 + timedelta(days=n),
            )
        )
    Referral.objects.filter(pk__in=[r.pk for r in rows]).update(updated_at=T0)
    for r in rows:
        r.refresh_from_db()
    reward = Reward.objects.create(
        program=program,
        referral=rows[0],
        recipient=ada,
        side=RewardSide.ADVOCATE,
        kind=RewardKind.STORE_CREDIT,
        amount=Decimal("12.5"),
        currency="USD",
        status=RewardStatus.ISSUED,
        idempotency_key="k1",
        release_at=T0 + timedelta(days=14),
        issued_at=T0 + timedelta(days=14),
        gift_card_id="gc1",
        created_at=T0,
    )
    donation_reward = Reward.objects.create(
        program=program,
        referral=rows[4],
        recipient=ada,
        side=RewardSide.ADVOCATE,
        kind=RewardKind.DONATION,
        amount=Decimal("2"),
        currency="USD",
        status=RewardStatus.HELD,
        idempotency_key="k2",
        release_at=T0 + timedelta(days=18),
        created_at=T0 + timedelta(days=4),
    )
    cause = Cause.objects.create(program=program, name="Trees")
    Donation.objects.create(
        reward=donation_reward,
        cause=cause,
        source=DonationSource.PROGRAM,
        created_at=T0 + timedelta(days=4),
    )
    for network, days in (("whatsapp", 0), ("whatsapp", 0), ("email", 1)):
        ReferralVisit.objects.create(
            program=program,
            code=code,
            network=network,
            created_at=T0 + timedelta(days=days),
        )
    return program, rows, reward, donation_reward


def export(gql, user, kind, **variables):
    return gql(EXPORT, {"channel": CHANNEL, "kind": kind, **variables}, user=user)


def run(gql, user, kind, django_capture_on_commit_callbacks, **variables):
    """Request through GraphQL; the outbox hand-off runs the task (eager Celery)."""
    with django_capture_on_commit_callbacks(execute=True):
        result = data(export(gql, user, kind, **variables))["referralExport"]
    assert result["errors"] == []
    return result["exportFile"]["id"]


def file_of(gql, user, export_id):
    return data(gql(FILE, {"id": export_id}, user=user))["referralExportFile"]


def content(export_id_or_row) -> list[list[str]]:
    row = export_id_or_row
    with default_storage.open(row.content_file.name) as stored:
        return list(csv.reader(io.StringIO(stored.read().decode("utf-8"))))


def g(type_name, pk):
    return to_global_id(type_name, pk)


def test_referrals_csv_is_exact(gql, staff, shop, django_capture_on_commit_callbacks):
    program, rows, _, _ = shop
    export_id = run(gql, staff, "REFERRALS", django_capture_on_commit_callbacks)
    listed = file_of(gql, staff, export_id)
    assert listed["status"] == "SUCCESS"
    assert listed["progress"] == 1.0
    assert (listed["rowsDone"], listed["rowsTotal"]) == (5, 5)
    assert listed["requestedBy"] == staff.email
    assert listed["channel"] == CHANNEL
    assert listed["url"].startswith("http://testserver/media/referral_exports/")
    assert [e["toStatus"] for e in listed["events"]] == [
        "PENDING",
        "RUNNING",
        "SUCCESS",
    ]
    row = ReferralExportFile.objects.get()
    code = rows[0].code.code

    def line(n, status, total, order=True):
        return [
            g("Referral", rows[n].pk),
            (T0 + timedelta(days=n)).isoformat(),
            status,
            f"reason {n}",
            "code",
            code,
            "ada@example.com",
            f"friend{n}@example.com",
            g("Order", f"o{n}") if order else "",
            str(100 + n) if order else "",
            total,
            "USD",
            "",
            T0.isoformat(),
        ]

    assert content(row) == [
        [
            "id",
            "created_at",
            "status",
            "status_reason",
            "source",
            "code",
            "advocate_email",
            "friend_email",
            "order_id",
            "order_number",
            "order_total",
            "currency",
            "campaign_id",
            "updated_at",
        ],
        line(0, "rewarded", "75.50"),
        line(1, "pending", "", order=False),
        line(2, "reversed", "20.00"),
        line(3, "rejected", "10.00"),
        line(4, "approved", "33.33"),
    ]


def test_period_and_other_kinds(gql, staff, shop, django_capture_on_commit_callbacks):
    program, rows, reward, donation_reward = shop
    period = {
        "gte": (T0 + timedelta(days=1)).isoformat(),
        "lte": (T0 + timedelta(days=2)).isoformat(),
    }
    run(gql, staff, "REFERRALS", django_capture_on_commit_callbacks, period=period)
    run(gql, staff, "REWARDS", django_capture_on_commit_callbacks)
    run(gql, staff, "DONATIONS", django_capture_on_commit_callbacks)
    run(gql, staff, "FUNNEL", django_capture_on_commit_callbacks)
    by_kind = {e.kind: e for e in ReferralExportFile.objects.all()}
    assert [r[2] for r in content(by_kind["referrals"])] == [
        "status",
        "pending",
        "reversed",
    ]
    rewards = content(by_kind["rewards"])
    assert rewards[0][:6] == [
        "id",
        "created_at",
        "referral_id",
        "side",
        "kind",
        "status",
    ]
    assert rewards[1] == [
        g("ReferralReward", reward.pk),
        T0.isoformat(),
        g("Referral", rows[0].pk),
        "advocate",
        "store_credit",
        "issued",
        "",
        "12.50",
        "0.00",
        "0.00",
        "USD",
        "ada@example.com",
        "",
        (T0 + timedelta(days=14)).isoformat(),
        (T0 + timedelta(days=14)).isoformat(),
    ]
    assert [r[4] for r in rewards[1:]] == ["store_credit", "donation"]
    assert content(by_kind["donations"]) == [
        [
            "reward_id",
            "created_at",
            "cause",
            "source",
            "status",
            "amount",
            "revoked_amount",
            "currency",
            "referral_id",
            "campaign_id",
            "payout_reference",
        ],
        [
            g("ReferralReward", donation_reward.pk),
            (T0 + timedelta(days=4)).isoformat(),
            "Trees",
            "program",
            "held",
            "2.00",
            "0.00",
            "USD",
            g("Referral", rows[4].pk),
            "",
            "",
        ],
    ]
    funnel = content(by_kind["funnel"])
    header = funnel[0]
    assert header[:2] == ["date", "shares"]
    days = [dict(zip(header, line, strict=True)) for line in funnel[1:]]
    assert [d["date"] for d in days] == [
        (T0 + timedelta(days=n)).date().isoformat() for n in range(5)
    ]
    assert (days[0]["visits"], days[0]["visits_whatsapp"]) == ("2", "2")
    assert (days[1]["visits"], days[1]["visits_email"]) == ("1", "1")
    assert [d["orders"] for d in days] == ["1", "0", "1", "1", "1"]
    assert [d["rewarded"] for d in days] == ["1", "0", "0", "0", "0"]
    assert [d["converted"] for d in days] == ["1", "0", "0", "0", "1"]
    assert [d["reversed"] for d in days] == ["0", "0", "1", "0", "0"]
    # The same numbers as `referralReport` shows for each day.
    for n, day in enumerate(days):
        counts = funnel_of(
            program,
            start=T0 + timedelta(days=n),
            end=T0 + timedelta(days=n + 1),
        )
        assert day["qualified"] == str(counts.qualified)
        assert day["signups"] == str(counts.signups)


def test_progress_is_recorded_per_chunk(staff, shop, monkeypatch):
    program, *_ = shop
    monkeypatch.setattr(writers, "CHUNK", 2)
    seen = []
    record = service._progress

    def spy(export):
        record(export)
        seen.append(
            ReferralExportFile.objects.values_list("rows_done", "rows_total").get()
        )

    monkeypatch.setattr(service, "_progress", spy)
    export = service.request_export(
        program, "referrals", start=None, end=None, campaign_id=None, actor="s"
    )
    assert service.run_export(export.pk) == ExportStatus.SUCCESS
    assert seen == [(2, 5), (4, 5), (5, 5)]


def test_retry_after_a_failure_mid_way(
    gql, staff, shop, storage, monkeypatch, django_capture_on_commit_callbacks
):
    program, *_ = shop
    monkeypatch.setattr(writers, "CHUNK", 2)
    chunks = writers.ExportRows.chunks
    failures = iter([True])

    def broken(self, size=None):
        for number, chunk in enumerate(chunks(self, size)):
            if number == 1 and next(failures, False):
                raise ConnectionError("database went away")
            yield chunk

    monkeypatch.setattr(writers.ExportRows, "chunks", broken)
    export = service.request_export(
        program, "referrals", start=None, end=None, campaign_id=None, actor="s"
    )
    with pytest.raises(ConnectionError):
        service.run_export(export.pk)
    export.refresh_from_db()
    assert export.status == ExportStatus.FAILED
    assert export.status_reason == "ConnectionError: database went away"
    assert (export.rows_done, export.rows_total) == (2, 5)
    assert not export.content_file
    assert (
        not list((storage / "referral_exports").glob("*"))
        if (storage / "referral_exports").exists()
        else True
    )
    listed = file_of(gql, staff, to_global_id("ReferralExportFile", export.pk))
    assert (listed["status"], listed["url"]) == ("FAILED", None)
    assert listed["progress"] == 0.4

    # The retry (outbox sweep or Celery) starts over and writes the whole file.
    assert service.run_export(export.pk) == ExportStatus.SUCCESS
    export.refresh_from_db()
    assert (export.rows_done, export.rows_total, export.attempts) == (5, 5, 2)
    lines = content(export)
    assert len(lines) == 6
    assert [line[2] for line in lines[1:]] == [
        "rewarded",
        "pending",
        "reversed",
        "rejected",
        "approved",
    ]
    assert list(export.events.values_list("to_status", flat=True)) == [
        "pending",
        "running",
        "failed",
        "running",
        "success",
    ]
    # Delivered again: a finished export is left alone.
    name = export.content_file.name
    assert service.run_export(export.pk) == ExportStatus.SUCCESS
    export.refresh_from_db()
    assert (export.content_file.name, export.attempts) == (name, 2)
    assert len(list((storage / "referral_exports").glob("*.csv"))) == 1


def test_a_running_export_is_not_taken_twice(shop):
    program, *_ = shop
    export = service.request_export(
        program, "referrals", start=None, end=None, campaign_id=None, actor="s"
    )
    ReferralExportFile.objects.filter(pk=export.pk).update(status="running")
    with pytest.raises(service.ExportBusy):
        service.run_export(export.pk)
    ReferralExportFile.objects.filter(pk=export.pk).update(
        updated_at=export.updated_at - service.STALE_AFTER - timedelta(seconds=1)
    )
    assert service.run_export(export.pk) == ExportStatus.SUCCESS


def test_staff_only(gql, shop):
    customer = make_user("eve@example.com")
    for user in (None, customer):
        result = export(gql, user, "REFERRALS")
        assert result.errors and "MANAGE_DISCOUNTS" in str(result.errors[0])
        for query, variables in (
            (FILE, {"id": to_global_id("ReferralExportFile", 1)}),
            (FILES, {"channel": CHANNEL}),
        ):
            result = gql(query, variables, user=user)
            assert result.errors and "MANAGE_DISCOUNTS" in str(result.errors[0])
    assert not ReferralExportFile.objects.exists()


def test_list_newest_first(gql, staff, shop, django_capture_on_commit_callbacks):
    first = run(gql, staff, "REFERRALS", django_capture_on_commit_callbacks)
    second = run(gql, staff, "FUNNEL", django_capture_on_commit_callbacks)
    listed = data(gql(FILES, {"channel": CHANNEL}, user=staff))["referralExportFiles"]
    assert [(f["id"], f["kind"]) for f in listed] == [
        (second, "FUNNEL"),
        (first, "REFERRALS"),
    ]
    result = gql(FILES, {"channel": "nowhere"}, user=staff)
    assert result.errors[0].extensions == {"code": "NOT_FOUND", "field": "channel"}
    missing = to_global_id("ReferralExportFile", 10**9)
    assert data(gql(FILE, {"id": missing}, user=staff))["referralExportFile"] is None
    result = gql(FILE, {"id": to_global_id("Referral", 1)}, user=staff)
    assert result.errors[0].extensions == {"code": "INVALID", "field": "id"}


def test_coded_errors(gql, staff, shop, commerce):
    program, *_ = shop
    commerce.add_channel("other", "EUR")
    other = sync_program(
        channel_slug="other", currency="EUR", settings=parse({}), active=True
    )
    foreign = schedule(other, start_in=timedelta(days=-3), length=timedelta(days=9))
    own = schedule(program, start_in=timedelta(days=-3), length=timedelta(days=9))
    cases = [
        (
            {
                "period": {
                    "gte": "2026-03-02T00:00:00+00:00",
                    "lte": "2026-03-01T00:00:00+00:00",
                }
            },
            "REFERRALS",
            ("period", "INVALID"),
        ),
        ({"channel": "nowhere"}, "REFERRALS", ("channel", "NOT_FOUND")),
        (
            {"campaign": to_global_id("ReferralCampaign", foreign.pk)},
            "REWARDS",
            ("campaign", "NOT_FOUND"),
        ),
        (
            {"campaign": to_global_id("Referral", own.pk)},
            "REWARDS",
            ("campaign", "INVALID"),
        ),
        (
            {"campaign": to_global_id("ReferralCampaign", own.pk)},
            "FUNNEL",
            ("campaign", "INVALID"),
        ),
    ]
    for variables, kind, expected in cases:
        result = data(export(gql, staff, kind, **variables))["referralExport"]
        assert result["exportFile"] is None
        [error] = result["errors"]
        assert (error["field"], error["code"]) == expected, variables
    assert not ReferralExportFile.objects.exists()


def test_campaign_filter(gql, staff, shop, django_capture_on_commit_callbacks):
    program, rows, *_ = shop
    own = schedule(program, start_in=timedelta(days=-3), length=timedelta(days=9))
    Referral.objects.filter(pk=rows[2].pk).update(campaign=own)
    run(
        gql,
        staff,
        "REFERRALS",
        django_capture_on_commit_callbacks,
        campaign=to_global_id("ReferralCampaign", own.pk),
    )
    lines = content(ReferralExportFile.objects.get())
    # The same global ID as the campaign's in GraphQL (the README's promise).
    assert [(line[0], line[12]) for line in lines[1:]] == [
        (g("Referral", rows[2].pk), g("ReferralCampaign", own.pk))
    ]


def test_campaign_ids_are_the_campaigns_graphql_ids(
    gql, staff, shop, django_capture_on_commit_callbacks
):
    """Every ID column holds the API's global ID: campaign_id of referrals and
    donations is what `referralCampaigns { id }` answers for the campaign."""
    program, rows, _, donation_reward = shop
    own = schedule(program, start_in=timedelta(days=-3), length=timedelta(days=9))
    Referral.objects.filter(pk=rows[2].pk).update(campaign=own)
    Donation.objects.filter(reward=donation_reward).update(
        source=DonationSource.CAMPAIGN, campaign_id=own.pk
    )
    listed = data(
        gql(
            "query($c: String!) { referralCampaigns(channel: $c) { id } }",
            {"c": CHANNEL},
            user=staff,
        )
    )["referralCampaigns"]
    [campaign_id] = [campaign["id"] for campaign in listed]
    for kind in ("REFERRALS", "DONATIONS"):
        run(gql, staff, kind, django_capture_on_commit_callbacks)
        header, *lines = content(ReferralExportFile.objects.latest("pk"))
        column = header.index("campaign_id")
        values = {line[column] for line in lines}
        assert campaign_id in values and values <= {campaign_id, ""}, (kind, values)
