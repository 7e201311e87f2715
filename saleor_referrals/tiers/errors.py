"""Error codes of the tier rules (exposed through GraphQL's `ReferralErrorCode`)."""

from __future__ import annotations

from enum import StrEnum


class TierErrorCode(StrEnum):
    INVALID = "invalid"
    REQUIRED = "required"
    UNIQUE = "unique"
    NOT_FOUND = "not_found"
    THRESHOLDS_NOT_RISING = "thresholds_not_rising"
    UNKNOWN_COLLECTION = "unknown_collection"
    OUT_OF_RANGE = "out_of_range"


class TierError(ValueError):
    """Bad ladder or milestone input: nothing was written."""

    def __init__(self, code: TierErrorCode, message: str, field: str | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
