"""Staff CSV exports: `referralExport` starts one, `referralExportFile(s)` follow it
(as Saleor's `exportProducts` and `ExportFile`)."""

from __future__ import annotations

import graphene

from ..exports import service
from ..exports.models import ExportKind, ExportStatus
from ..exports.models import ReferralExportFile as ExportFileModel
from ..models import ReferralProgram
from ..writer import reading
from .core import (
    InvalidArgument,
    MutationError,
    ReferralMutation,
    decode_int_id,
    read_alias,
    require_staff,
    staff_program,
    text_arguments,
    utc_argument,
)
from .enums import ReferralErrorCode
from .scalars import DateTime, DateTimeInput

ReferralExportKindEnum = graphene.Enum(
    "ReferralExportKindEnum",
    [(kind.name, kind.value) for kind in ExportKind],
    description="What a referral export contains.",
)
ReferralExportStatusEnum = graphene.Enum(
    "ReferralExportStatusEnum",
    [(status.name, status.value) for status in ExportStatus],
    description="Where a referral export is.",
)
MAX_LISTED = 100


class ReferralExportEvent(graphene.ObjectType):
    from_status = ReferralExportStatusEnum()
    to_status = ReferralExportStatusEnum(required=True)
    reason = graphene.String(required=True)
    created_at = DateTime(required=True)

    class Meta:
        description = "A status change of an export, with its reason."

    @staticmethod
    def resolve_from_status(root, info):
        return root.from_status or None


class ReferralExportFile(graphene.ObjectType):
    channel = graphene.String(required=True, description="The channel's slug.")
    kind = ReferralExportKindEnum(required=True)
    status = ReferralExportStatusEnum(required=True)
    status_reason = graphene.String(
        required=True, description="Why it is in this status (the error if failed)."
    )
    progress = graphene.Float(
        description="Share of rows written, 0 to 1; null until the rows are counted."
    )
    rows_done = graphene.Int(required=True)
    rows_total = graphene.Int()
    url = graphene.String(description="Where staff download the CSV, once written.")
    period_start = DateTime()
    period_end = DateTime()
    requested_by = graphene.String(required=True)
    created_at = DateTime(required=True)
    updated_at = DateTime(required=True)
    finished_at = DateTime()
    events = graphene.List(graphene.NonNull(ReferralExportEvent), required=True)

    class Meta:
        description = "A CSV export of a channel's referral data (staff only)."
        interfaces = (graphene.relay.Node,)

    @staticmethod
    def resolve_id(root, info):
        return root.pk

    @staticmethod
    def resolve_channel(root, info):
        return root.program.channel_slug

    @staticmethod
    def resolve_progress(root, info):
        if root.status == ExportStatus.SUCCESS:
            return 1.0
        if not root.rows_total:
            return 0.0 if root.rows_total == 0 else None
        return min(root.rows_done / root.rows_total, 1.0)

    @staticmethod
    def resolve_url(root, info):
        if root.status != ExportStatus.SUCCESS or not root.content_file:
            return None
        url = root.content_file.url
        build = getattr(info.context, "build_absolute_uri", None)
        return build(url) if build is not None else url

    @staticmethod
    def resolve_events(root, info):
        with reading(read_alias(info)):
            return list(root.events.using(read_alias(info)).all())


class ReferralExportPeriodInput(graphene.InputObjectType):
    gte = DateTimeInput(description="Rows created at or after this time.")
    lte = DateTimeInput(description="Rows created at or before this time.")

    class Meta:
        description = "A period on the rows' creation time; either end may be open."


def _export(info, id: str, field: str = "id") -> ExportFileModel:
    pk = decode_int_id(id, "ReferralExportFile", field)
    using = read_alias(info)
    with reading(using):
        export = (
            ExportFileModel.objects.using(using)
            .select_related("program")
            .filter(pk=pk)
            .first()
        )
    if export is None:
        raise MutationError(ReferralErrorCode.NOT_FOUND.value, "No such export.", field)
    return export


class ExportQueries(graphene.ObjectType):
    referral_export_file = graphene.Field(
        ReferralExportFile,
        id=graphene.ID(required=True),
        description="One export, with its progress and URL (MANAGE_DISCOUNTS).",
    )
    referral_export_files = graphene.List(
        graphene.NonNull(ReferralExportFile),
        required=True,
        channel=graphene.String(required=True),
        first=graphene.Int(description=f"At most {MAX_LISTED}; {MAX_LISTED} default."),
        description="The channel's exports, newest first (MANAGE_DISCOUNTS).",
    )

    @staticmethod
    @text_arguments
    def resolve_referral_export_file(root, info, id):
        require_staff(info)
        try:
            return _export(info, id)
        except MutationError as error:
            if error.code == ReferralErrorCode.NOT_FOUND.value:
                return None
            raise InvalidArgument(error.message, error.field, "INVALID") from None

    @staticmethod
    @text_arguments
    def resolve_referral_export_files(root, info, channel, first=None):
        require_staff(info)
        size = MAX_LISTED if first is None else first
        if not 0 <= size <= MAX_LISTED:
            raise InvalidArgument(
                f"`first` must be between 0 and {MAX_LISTED}.", "first"
            )
        using = read_alias(info)
        with reading(using):
            if (
                not ReferralProgram.objects.using(using)
                .filter(channel_slug=channel)
                .exists()
            ):
                raise InvalidArgument(
                    "No referral program in this channel.", "channel", "NOT_FOUND"
                )
            return list(
                ExportFileModel.objects.using(using)
                .filter(program__channel_slug=channel)
                .select_related("program")[:size]
            )


class ReferralExport(ReferralMutation):
    export_file = graphene.Field(ReferralExportFile)

    class Arguments:
        channel = graphene.String(required=True)
        kind = ReferralExportKindEnum(required=True)
        period = ReferralExportPeriodInput(
            description="Only rows created in this period; all when omitted."
        )
        campaign = graphene.ID(
            description="Only this ReferralCampaign's referrals, rewards or "
            "donations (not for FUNNEL)."
        )

    class Meta:
        description = (
            "Export a channel's referrals, rewards (every ledger kind), donations "
            "or funnel as CSV, written in the background; follow it with "
            "`referralExportFile` (MANAGE_DISCOUNTS)."
        )

    @classmethod
    def perform(cls, root, info, channel, kind, period=None, campaign=None):
        actor = require_staff(info)
        program = staff_program(channel)
        period = period or {}
        try:
            start = utc_argument(period.get("gte"), "period")
            end = utc_argument(period.get("lte"), "period")
        except InvalidArgument as error:
            raise MutationError(
                ReferralErrorCode.INVALID.value, error.message, "period"
            ) from None
        campaign_id = (
            decode_int_id(campaign, "ReferralCampaign", "campaign")
            if campaign is not None
            else None
        )
        try:
            export = service.request_export(
                program,
                kind.value if hasattr(kind, "value") else kind,
                start=start,
                end=end,
                campaign_id=campaign_id,
                actor=actor,
            )
        except service.ExportError as error:
            raise MutationError(error.code.value, error.message, error.field) from None
        return {"export_file": export}


class ExportMutations(graphene.ObjectType):
    referral_export = ReferralExport.Field()
