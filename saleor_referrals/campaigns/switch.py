"""Campaign start and end on the friend voucher: the beat task's work.

Each program is switched with its row locked, and a campaign's state is read
again under that lock: however many beat runs (or workers) overlap, a campaign goes
live once and ends once, and each move writes the voucher once and records its
reason (`CampaignSwitch`, unique per campaign and kind).
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from ..commerce import get_commerce
from ..models import ReferralProgram
from ..programs import friend_voucher_spec
from .models import Campaign, CampaignState, CampaignSwitch, CampaignSwitchKind


def programs_to_switch(now: datetime) -> list[int]:
    """Programs with a campaign due to start or end (one indexed query)."""
    due_start = Campaign.objects.filter(
        state=CampaignState.SCHEDULED, starts_at__lte=now
    )
    due_end = Campaign.objects.filter(state=CampaignState.LIVE, ends_at__lte=now)
    return sorted(
        set(due_start.values_list("program_id", flat=True))
        | set(due_end.values_list("program_id", flat=True))
    )


def switch_program(program_id: int, now: datetime | None = None) -> list[str]:
    """Bring one program's friend voucher in line with the clock; what it did."""
    now = now or timezone.now()
    done: list[str] = []
    with transaction.atomic():
        program = ReferralProgram.objects.select_for_update(no_key=True).get(
            pk=program_id
        )
        due = list(
            Campaign.objects.select_for_update(no_key=True)
            .filter(program=program, starts_at__lte=now)
            .exclude(state=CampaignState.ENDED)
            .order_by("starts_at")
        )
        ending = [c for c in due if c.state == CampaignState.LIVE and c.ends_at <= now]
        starting = next(
            (c for c in due if c.state == CampaignState.SCHEDULED and c.ends_at > now),
            None,
        )
        for campaign in ending:
            _move(campaign, CampaignState.ENDED, CampaignSwitchKind.END, now)
            done.append(f"ended {campaign.pk}")
        for campaign in due:
            if campaign.state == CampaignState.SCHEDULED and campaign.ends_at <= now:
                _move(campaign, CampaignState.ENDED, CampaignSwitchKind.SKIPPED, now)
                done.append(f"skipped {campaign.pk}")
        if starting is not None:
            _move(starting, CampaignState.LIVE, CampaignSwitchKind.START, now)
            done.append(f"started {starting.pk}")
        if ending or starting is not None:
            program.friend_voucher_id = get_commerce().save_friend_voucher(
                program.friend_voucher_id, friend_voucher_spec(program, starting)
            )
            program.save(update_fields=["friend_voucher_id", "updated_at"])
    return done


def _move(campaign: Campaign, state: str, kind: str, now: datetime) -> None:
    campaign.state = state
    campaign.save(update_fields=["state", "updated_at"])
    when = campaign.starts_at if kind == CampaignSwitchKind.START else campaign.ends_at
    reasons = {
        CampaignSwitchKind.START: f"window opened at {when.isoformat()}",
        CampaignSwitchKind.END: f"window closed at {when.isoformat()}",
        CampaignSwitchKind.SKIPPED: (
            f"window {campaign.starts_at.isoformat()} - {when.isoformat()} passed "
            "before a switch ran; the offer was never put on the voucher"
        ),
    }
    lateness = int((now - when).total_seconds())
    CampaignSwitch.objects.create(
        campaign=campaign,
        kind=kind,
        reason=f"{reasons[kind]}; switched {lateness}s later"[:255],
        created_at=now,
    )


def switch_all(now: datetime | None = None) -> int:
    """Every due program; returns the number of switches made."""
    now = now or timezone.now()
    return sum(len(switch_program(pk, now)) for pk in programs_to_switch(now))


def campaign_at(program_id: int, moment: datetime) -> Campaign | None:
    """The campaign whose window holds `moment` (what a referral is stamped with)."""
    return (
        Campaign.objects.filter(
            program_id=program_id, starts_at__lte=moment, ends_at__gt=moment
        )
        .order_by("starts_at")
        .first()
    )
