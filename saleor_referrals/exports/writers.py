"""What each export kind writes: a header and its rows, read in keyset-paginated
chunks (`pk > last` in primary-key order), so memory stays flat whatever the size.

Columns are what staff already read through the staff GraphQL fields (`referrals`,
`referralRewards`): every ID column holds the same global ID (campaigns as
`ReferralCampaign`, like `referralCampaigns { id }`), e-mails only where those
fields show them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from itertools import batched

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Q, QuerySet
from graphql_relay import to_global_id

from ..causes.models import Donation
from ..models import Referral, ReferralProgram, Reward
from ..money import quantize
from .funnel import HEADER as FUNNEL_HEADER
from .funnel import funnel_rows
from .models import ExportKind, ReferralExportFile

CHUNK = 2_000


def _when(value: datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def _money(amount: Decimal | None, currency: str) -> str:
    return "" if amount is None else str(quantize(amount, currency))


def _gid(type_name: str, pk: int | str | None) -> str:
    return to_global_id(type_name, pk) if pk else ""


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    render: Callable[[tuple], str | int]


def _referral_columns() -> list[Column]:
    return [
        Column("id", "pk", lambda r: _gid("Referral", r["pk"])),
        Column("created_at", "created_at", lambda r: _when(r["created_at"])),
        Column("status", "status", lambda r: r["status"]),
        Column("status_reason", "status_reason", lambda r: r["status_reason"]),
        Column("source", "source", lambda r: r["source"]),
        Column("code", "code__code", lambda r: r["code__code"]),
        Column(
            "advocate_email", "advocate__email", lambda r: r["advocate__email"] or ""
        ),
        Column("friend_email", "friend_email", lambda r: r["friend_email"]),
        Column("order_id", "order_id", lambda r: _gid("Order", r["order_id"])),
        Column("order_number", "order_number", lambda r: r["order_number"]),
        Column(
            "order_total",
            "order_total",
            lambda r: _money(r["order_total"], r["currency"]),
        ),
        Column("currency", "currency", lambda r: r["currency"]),
        Column(
            "campaign_id",
            "campaign_id",
            lambda r: _gid("ReferralCampaign", r["campaign_id"]),
        ),
        Column("updated_at", "updated_at", lambda r: _when(r["updated_at"])),
    ]


def _reward_columns() -> list[Column]:
    def money_of(field: str) -> Callable[[dict], str]:
        return lambda r: _money(r[field], r["currency"])

    return [
        Column("id", "pk", lambda r: _gid("ReferralReward", r["pk"])),
        Column("created_at", "created_at", lambda r: _when(r["created_at"])),
        Column(
            "referral_id", "referral_id", lambda r: _gid("Referral", r["referral_id"])
        ),
        Column("side", "side", lambda r: r["side"]),
        Column("kind", "kind", lambda r: r["kind"]),
        Column("status", "status", lambda r: r["status"]),
        Column("status_reason", "status_reason", lambda r: r["status_reason"]),
        Column("amount", "amount", money_of("amount")),
        Column("revoked_amount", "revoked_amount", money_of("revoked_amount")),
        Column("shortfall_amount", "shortfall_amount", money_of("shortfall_amount")),
        Column("currency", "currency", lambda r: r["currency"]),
        Column(
            "recipient_email", "recipient__email", lambda r: r["recipient__email"] or ""
        ),
        Column("voucher_code", "voucher_code", lambda r: r["voucher_code"]),
        Column("release_at", "release_at", lambda r: _when(r["release_at"])),
        Column("issued_at", "issued_at", lambda r: _when(r["issued_at"])),
    ]


def _donation_columns() -> list[Column]:
    return [
        Column(
            "reward_id", "reward_id", lambda r: _gid("ReferralReward", r["reward_id"])
        ),
        Column("created_at", "created_at", lambda r: _when(r["created_at"])),
        Column("cause", "cause__name", lambda r: r["cause__name"]),
        Column("source", "source", lambda r: r["source"]),
        Column("status", "reward__status", lambda r: r["reward__status"]),
        Column(
            "amount",
            "reward__amount",
            lambda r: _money(r["reward__amount"], r["reward__currency"]),
        ),
        Column(
            "revoked_amount",
            "reward__revoked_amount",
            lambda r: _money(r["reward__revoked_amount"], r["reward__currency"]),
        ),
        Column("currency", "reward__currency", lambda r: r["reward__currency"]),
        Column(
            "referral_id",
            "reward__referral_id",
            lambda r: _gid("Referral", r["reward__referral_id"]),
        ),
        Column(
            "campaign_id",
            "campaign_id",
            lambda r: _gid("ReferralCampaign", r["campaign_id"]),
        ),
        Column(
            "payout_reference",
            "payout__reference",
            lambda r: r["payout__reference"] or "",
        ),
    ]


def _period(export: ReferralExportFile) -> Q:
    period = Q()
    if export.period_start is not None:
        period &= Q(created_at__gte=export.period_start)
    if export.period_end is not None:
        period &= Q(created_at__lte=export.period_end)
    return period


def _queryset(export: ReferralExportFile, using: str) -> QuerySet:
    program_id = export.program_id
    if export.kind == ExportKind.REFERRALS:
        rows = Referral.objects.using(using).filter(program_id=program_id)
        campaign = Q(campaign_id=export.campaign_id)
    elif export.kind == ExportKind.REWARDS:
        rows = Reward.objects.using(using).filter(program_id=program_id)
        campaign = Q(referral__campaign_id=export.campaign_id)
    else:
        rows = Donation.objects.using(using).filter(cause__program_id=program_id)
        campaign = Q(campaign_id=export.campaign_id)
    rows = rows.filter(_period(export))
    return rows.filter(campaign) if export.campaign_id is not None else rows


COLUMNS: dict[str, Callable[[], list[Column]]] = {
    ExportKind.REFERRALS: _referral_columns,
    ExportKind.REWARDS: _reward_columns,
    ExportKind.DONATIONS: _donation_columns,
}


class ExportRows:
    """The header, the number of rows and the rows in chunks of one export."""

    def __init__(
        self, export: ReferralExportFile, using: str = DEFAULT_DB_ALIAS
    ) -> None:
        self.export = export
        self.using = using

    def header(self) -> list[str]:
        if self.export.kind == ExportKind.FUNNEL:
            return list(FUNNEL_HEADER)
        return [column.header for column in COLUMNS[self.export.kind]()]

    def count(self) -> int | None:
        """Rows to write; None for the funnel (one row per active day, counted as
        written)."""
        if self.export.kind == ExportKind.FUNNEL:
            return None
        return _queryset(self.export, self.using).count()

    def chunks(self, size: int | None = None) -> Iterator[list[list]]:
        size = size or CHUNK
        if self.export.kind == ExportKind.FUNNEL:
            program = ReferralProgram.objects.using(self.using).get(
                pk=self.export.program_id
            )
            rows = funnel_rows(
                program, self.export.period_start, self.export.period_end, self.using
            )
            for chunk in batched(rows, size):
                yield list(chunk)
            return
        columns = COLUMNS[self.export.kind]()
        fields = list(dict.fromkeys(["pk", *(c.field for c in columns), "currency"]))
        if self.export.kind == ExportKind.DONATIONS:
            fields.remove("currency")
        queryset = _queryset(self.export, self.using).order_by("pk").values(*fields)
        last = 0
        while True:
            page = list(queryset.filter(pk__gt=last)[:size])
            if not page:
                return
            last = page[-1]["pk"]
            yield [[column.render(row) for column in columns] for row in page]
