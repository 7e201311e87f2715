"""Error codes of exports (exposed through `ReferralErrorCode`)."""

from __future__ import annotations

from enum import StrEnum


class ExportErrorCode(StrEnum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
