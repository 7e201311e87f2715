"""Requesting an export and running it.

`request_export` writes the job and an outbox message in the caller's transaction;
the message runs `run_export` in a worker. `run_export` is idempotent and safe to
retry: a finished export is left alone, a failed or stale one starts over (a fresh
temporary file, progress from zero), and only a complete file is ever saved to
storage, in the same transaction that marks the export SUCCESS.
"""

from __future__ import annotations

import csv
import io
import logging
import uuid
from datetime import datetime, timedelta
from tempfile import TemporaryFile

from django.core.files import File
from django.db import DEFAULT_DB_ALIAS, transaction
from django.utils import timezone

from .. import outbox
from ..campaigns.models import Campaign
from ..models import ReferralProgram
from .errors import ExportErrorCode
from .models import ExportKind, ExportStatus, ReferralExportEvent, ReferralExportFile
from .writers import ExportRows

logger = logging.getLogger(__name__)

# A RUNNING export untouched this long lost its worker: a retry may take it over.
STALE_AFTER = timedelta(minutes=10)
RUN_TASK = "saleor_referrals.run_export"


class ExportBusy(RuntimeError):
    """Another worker is writing this export: raised so that the outbox keeps the
    message for its sweep, which finds the export finished, or stale and takes it
    over."""


class ExportError(ValueError):
    def __init__(
        self, code: ExportErrorCode, message: str, field: str | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


def _set_status(
    export: ReferralExportFile, to_status: str, reason: str, **fields
) -> None:
    """Save the new status (and `fields`) and record the change with its reason."""
    from_status = export.status
    export.status = to_status
    export.status_reason = reason[:255]
    export.updated_at = timezone.now()
    for name, value in fields.items():
        setattr(export, name, value)
    export.save(update_fields=["status", "status_reason", "updated_at", *fields.keys()])
    ReferralExportEvent.objects.create(
        export_file=export,
        from_status=from_status,
        to_status=to_status,
        reason=reason[:255],
    )


def request_export(
    program: ReferralProgram,
    kind: str,
    *,
    start: datetime | None,
    end: datetime | None,
    campaign_id: int | None,
    actor: str,
) -> ReferralExportFile:
    """Record the export (PENDING) and hand it to a worker after commit."""
    if kind not in ExportKind.values:
        raise ExportError(ExportErrorCode.INVALID, "Unknown export kind.", "kind")
    if start is not None and end is not None and start > end:
        raise ExportError(
            ExportErrorCode.INVALID,
            "The period must not end before it starts.",
            "period",
        )
    if campaign_id is not None:
        if kind == ExportKind.FUNNEL:
            raise ExportError(
                ExportErrorCode.INVALID,
                "The funnel covers the whole program; leave the campaign out.",
                "campaign",
            )
        if not Campaign.objects.filter(pk=campaign_id, program=program).exists():
            raise ExportError(
                ExportErrorCode.NOT_FOUND,
                "No such campaign in this channel.",
                "campaign",
            )
    with transaction.atomic():
        export = ReferralExportFile.objects.create(
            program=program,
            kind=kind,
            period_start=start,
            period_end=end,
            campaign_id=campaign_id,
            requested_by=actor[:255],
        )
        ReferralExportEvent.objects.create(
            export_file=export,
            to_status=ExportStatus.PENDING,
            reason=f"requested by {actor}"[:255],
        )
        outbox.send(RUN_TASK, export.pk, key=f"referral-export:{export.pk}")
    return export


def _claim(export_id: int, now: datetime) -> ReferralExportFile | None:
    """Mark the export RUNNING for this worker; None when it is finished.
    ExportBusy when another worker runs it (touched within STALE_AFTER)."""
    with transaction.atomic():
        export = (
            ReferralExportFile.objects.select_for_update(of=("self",))
            .select_related("program")
            .get(pk=export_id)
        )
        if export.status == ExportStatus.SUCCESS:
            return None
        if export.status == ExportStatus.RUNNING and export.updated_at > (
            now - STALE_AFTER
        ):
            raise ExportBusy(f"Referral export {export_id} is running elsewhere.")
        attempt = export.attempts + 1
        _set_status(
            export,
            ExportStatus.RUNNING,
            f"attempt {attempt} started",
            attempts=attempt,
            rows_done=0,
            rows_total=None,
            finished_at=None,
        )
        return export


def _progress(export: ReferralExportFile) -> None:
    export.updated_at = timezone.now()
    ReferralExportFile.objects.filter(pk=export.pk).update(
        rows_done=export.rows_done, updated_at=export.updated_at
    )


def _file_name(export: ReferralExportFile) -> str:
    # The random part keeps the URL unguessable, as Saleor's export file names.
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    return (
        f"referral-{export.kind}-{export.program.channel_slug}-{stamp}-"
        f"{uuid.uuid4().hex}.csv"
    )


def run_export(export_id: int, using: str = DEFAULT_DB_ALIAS) -> str:
    """Write the export's CSV and save it; returns the export's status.

    Rows go to a temporary file chunk by chunk (progress saved after each), so
    memory does not grow with the number of rows. Reads use `using` (a replica in
    Saleor when it has one); status and progress go to the writer.
    """
    export = _claim(export_id, timezone.now())
    if export is None:
        return ExportStatus.SUCCESS
    try:
        rows = ExportRows(export, using)
        export.rows_total = rows.count()
        ReferralExportFile.objects.filter(pk=export.pk).update(
            rows_total=export.rows_total
        )
        with TemporaryFile("w+b") as binary:
            text = io.TextIOWrapper(binary, encoding="utf-8", newline="")
            writer = csv.writer(text)
            writer.writerow(rows.header())
            for chunk in rows.chunks():
                writer.writerows(chunk)
                export.rows_done += len(chunk)
                _progress(export)
            text.flush()
            binary.seek(0)
            with transaction.atomic():
                export.content_file.save(_file_name(export), File(binary), save=False)
                _set_status(
                    export,
                    ExportStatus.SUCCESS,
                    f"{export.rows_done} rows written",
                    content_file=export.content_file.name,
                    rows_total=export.rows_done,
                    rows_done=export.rows_done,
                    finished_at=timezone.now(),
                )
            text.detach()
    except Exception as error:
        logger.exception("Referral export %s failed", export_id)
        _set_status(
            export,
            ExportStatus.FAILED,
            f"{type(error).__name__}: {error}",
            finished_at=timezone.now(),
        )
        raise
    return export.status
