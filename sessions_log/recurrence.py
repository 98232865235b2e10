"""Expanding a meeting's rule into occurrences.

The rule lives in the group's local wall-clock time ("second Tuesday, 18:30 Europe/Berlin").
We expand it on naive local datetimes with dateutil's rrule and only then attach the zone, so
every occurrence stays at 18:30 local across daylight-saving changes (its UTC instant moves).
"""

from __future__ import annotations

import itertools
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from dateutil import rrule

MAX_OCCURRENCES = 500

NONE = "none"
WEEKLY = "weekly"
BIWEEKLY = "biweekly"
MONTHLY_DAY = "monthly_day"
MONTHLY_NTH = "monthly_nth"
MONTHLY_LAST = "monthly_last"

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RRULE_WEEKDAYS = [rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU]


class RecurrenceError(ValueError):
    """The rule cannot be expanded; the message is for the person who wrote it."""


@dataclass(frozen=True)
class Rule:
    start_local: datetime  # naive, wall-clock in time_zone
    time_zone: str
    frequency: str = NONE
    count: int | None = None
    until: date | None = None


def zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise RecurrenceError(f"“{name}” is not a known time zone.") from error


def nth_of_month(day: date) -> int:
    """1 for the first such weekday of the month, 2 for the second …"""
    return (day.day - 1) // 7 + 1


def describe(rule: Rule) -> str:
    """A human label for the rule: "Monthly on the second Tuesday"."""
    start = rule.start_local
    weekday = WEEKDAY_NAMES[start.weekday()]
    label = {
        NONE: "Once",
        WEEKLY: f"Every week on {weekday}",
        BIWEEKLY: f"Every 2 weeks on {weekday}",
        MONTHLY_DAY: f"Monthly on day {start.day}",
        MONTHLY_NTH: f"Monthly on the {ORDINALS.get(nth_of_month(start), 'nth')} {weekday}",
        MONTHLY_LAST: f"Monthly on the last {weekday}",
    }.get(rule.frequency, rule.frequency)
    if rule.frequency != NONE:
        if rule.count:
            label += f", {rule.count} times"
        elif rule.until:
            label += f", until {rule.until:%d %B %Y}"
    return label


def _rrule(rule: Rule) -> rrule.rrule:
    start = rule.start_local
    weekday = RRULE_WEEKDAYS[start.weekday()]
    kwargs: dict[str, object] = {"dtstart": start}
    if rule.frequency == WEEKLY:
        freq, kwargs["interval"] = rrule.WEEKLY, 1
    elif rule.frequency == BIWEEKLY:
        freq, kwargs["interval"] = rrule.WEEKLY, 2
    elif rule.frequency == MONTHLY_DAY:
        freq, kwargs["bymonthday"] = rrule.MONTHLY, start.day
    elif rule.frequency == MONTHLY_NTH:
        nth = nth_of_month(start.date())
        if nth > 4:
            raise RecurrenceError(
                "Not every month has a fifth such weekday: choose “the last weekday” instead."
            )
        freq, kwargs["byweekday"] = rrule.MONTHLY, weekday(nth)
    elif rule.frequency == MONTHLY_LAST:
        freq, kwargs["byweekday"] = rrule.MONTHLY, weekday(-1)
    else:
        raise RecurrenceError(f"Unknown repetition “{rule.frequency}”.")
    if rule.count is not None:
        kwargs["count"] = rule.count
    else:
        kwargs["until"] = datetime.combine(rule.until, time.max)  # type: ignore[arg-type]
    return rrule.rrule(freq, **kwargs)  # type: ignore[arg-type]


def expand_local(rule: Rule) -> list[datetime]:
    """The naive local start of every occurrence; raises RecurrenceError on a bad rule."""
    zone(rule.time_zone)
    if rule.frequency == NONE:
        return [rule.start_local]
    if rule.count is None and rule.until is None:
        raise RecurrenceError("Say when the series ends: after a number of meetings or on a date.")
    if rule.count is not None and rule.count < 1:
        raise RecurrenceError("A series needs at least one meeting.")
    if rule.count is not None and rule.count > MAX_OCCURRENCES:
        raise RecurrenceError(f"A series can have at most {MAX_OCCURRENCES} meetings.")
    if rule.until is not None and rule.until < rule.start_local.date():
        raise RecurrenceError("The series ends before it starts.")
    # One more than allowed, so that "too many" can be told apart from "exactly 500".
    starts = list(itertools.islice(_rrule(rule), MAX_OCCURRENCES + 1))
    if len(starts) > MAX_OCCURRENCES:
        raise RecurrenceError(
            f"This rule makes more than {MAX_OCCURRENCES} meetings: end the series sooner."
        )
    return starts


def localize(naive: datetime, time_zone: str) -> datetime:
    """Attach the zone to a wall-clock time and normalise it.

    A time inside a spring-forward gap (02:30 on a night clocks jump 02:00→03:00) does not exist;
    it becomes the instant the clock shows 03:30. An ambiguous autumn time takes its first (fold=0,
    summer-time) instant.
    """
    tz = zone(time_zone)
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def expand(rule: Rule) -> list[datetime]:
    """Aware starts (in the rule's zone) of every occurrence."""
    return [localize(start, rule.time_zone) for start in expand_local(rule)]
