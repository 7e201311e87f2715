"""Error codes of campaigns and contests (exposed through `ReferralErrorCode`)."""

from __future__ import annotations

from enum import StrEnum


class CampaignErrorCode(StrEnum):
    INVALID = "invalid"
    REQUIRED = "required"
    NOT_FOUND = "not_found"
    OUT_OF_RANGE = "out_of_range"
    OVERLAPPING = "overlapping"
    ENDED = "ended"
    NOT_DECIDABLE = "not_decidable"


class CampaignError(ValueError):
    """Bad campaign or contest input: nothing was written."""

    def __init__(
        self, code: CampaignErrorCode, message: str, field: str | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
