"""Periods of the program's numbers: UTC days, the previous period, and how a
period splits into whole days (read from the daily totals) and partial days at its
edges (read from the raw rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta


class PeriodError(ValueError):
    """A period that cannot be used; `field` is the argument it is about."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class Period:
    """[start, end) in aware UTC; None is open on that side."""

    start: datetime | None = None
    end: datetime | None = None

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if value is not None and value.utcoffset() is None:
                raise PeriodError("A period's bounds must be aware.", name)
        if self.start and self.end and self.start > self.end:
            raise PeriodError("The period ends before it starts.", "end")

    def within(self, start: datetime | None, end: datetime | None) -> Period:
        """This period cut to [start, end) (a campaign's or contest's window);
        an empty period when they do not meet."""
        lower = max((b for b in (self.start, start) if b is not None), default=None)
        upper = min((b for b in (self.end, end) if b is not None), default=None)
        if lower is not None and upper is not None and lower > upper:
            upper = lower
        return Period(lower, upper)

    def previous(self) -> Period:
        """The period of the same length that ends where this one starts."""
        if self.start is None or self.end is None:
            raise PeriodError(
                "Comparing with the previous period needs a start and an end.",
                "period",
            )
        return Period(self.start - (self.end - self.start), self.start)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


@dataclass(frozen=True)
class Split:
    """Whole UTC days [first_day, last_day) (either None: open) read from the
    daily totals, or none at all (`days=False`); `edges` are the partial days read
    from the raw rows."""

    days: bool
    first_day: date | None
    last_day: date | None
    edges: tuple[tuple[datetime, datetime], ...]


def split(period: Period) -> Split:
    start, end = period.start, period.end
    first = None
    if start is not None:
        first = start.astimezone(UTC).date()
        if _midnight(first) != start:
            first += timedelta(days=1)
    last = end.astimezone(UTC).date() if end is not None else None
    if first is not None and last is not None and first >= last:
        # Within one day (or two partial days): raw rows only.
        return Split(False, None, None, ((start, end),) if start < end else ())
    edges = []
    if start is not None and first is not None and _midnight(first) != start:
        edges.append((start, _midnight(first)))
    if end is not None and last is not None and _midnight(last) != end:
        edges.append((_midnight(last), end))
    return Split(True, first, last, tuple(edges))
