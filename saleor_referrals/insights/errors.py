"""Error codes of the program's numbers (exposed through `ReferralErrorCode`)."""

from __future__ import annotations

from enum import StrEnum


class InsightErrorCode(StrEnum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    # An ID of an object of another channel's program.
    OTHER_CHANNEL = "other_channel"
    # A period that ends before it starts.
    PERIOD_INVERTED = "period_inverted"
    # Comparing with the previous period needs both bounds.
    PERIOD_REQUIRED = "period_required"
    OUT_OF_RANGE = "out_of_range"


class InsightError(ValueError):
    """A filter the numbers cannot be computed for."""

    def __init__(
        self, code: InsightErrorCode, message: str, field: str | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
