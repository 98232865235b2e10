"""Expanding rules in local time: the second Tuesday stays the second Tuesday, and 18:30 stays
18:30 across daylight-saving changes (US, EU, and Lord Howe Island's half-hour shift)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from sessions_log import recurrence
from sessions_log.recurrence import RecurrenceError, Rule


def local_times(rule: Rule) -> list[tuple[date, time]]:
    return [
        (start.date(), start.timetz().replace(tzinfo=None)) for start in recurrence.expand(rule)
    ]


def test_second_tuesday_series_lands_on_the_second_tuesday_of_every_month() -> None:
    rule = Rule(datetime(2026, 1, 13, 18, 30), "Europe/Berlin", "monthly_nth", count=12)
    starts = recurrence.expand(rule)
    assert len(starts) == 12
    for start in starts:
        assert start.weekday() == 1  # Tuesday
        assert 8 <= start.day <= 14  # the second one
        assert (start.hour, start.minute) == (18, 30)
    assert recurrence.describe(rule) == "Monthly on the second Tuesday, 12 times"


def test_last_weekday_series_takes_the_last_such_weekday_even_in_five_week_months() -> None:
    rule = Rule(datetime(2026, 1, 29, 9, 0), "UTC", "monthly_last", count=4)
    days = [start.date() for start in recurrence.expand(rule)]
    assert days == [date(2026, 1, 29), date(2026, 2, 26), date(2026, 3, 26), date(2026, 4, 30)]


def test_monthly_on_day_n_and_every_two_weeks() -> None:
    monthly = Rule(datetime(2026, 1, 15, 9, 0), "UTC", "monthly_day", count=3)
    assert [s.date() for s in recurrence.expand(monthly)] == [
        date(2026, 1, 15),
        date(2026, 2, 15),
        date(2026, 3, 15),
    ]
    biweekly = Rule(datetime(2026, 1, 5, 9, 0), "UTC", "biweekly", until=date(2026, 2, 2))
    assert [s.date() for s in recurrence.expand(biweekly)] == [
        date(2026, 1, 5),
        date(2026, 1, 19),
        date(2026, 2, 2),
    ]


@pytest.mark.parametrize(
    ("zone", "before", "after", "offset_change"),
    [
        # US: clocks go forward on 8 March 2026 and back on 1 November 2026.
        ("America/New_York", date(2026, 3, 3), date(2026, 3, 10), timedelta(hours=1)),
        ("America/New_York", date(2026, 10, 27), date(2026, 11, 3), -timedelta(hours=1)),
        # EU: forward on 29 March 2026, back on 25 October 2026.
        ("Europe/Berlin", date(2026, 3, 24), date(2026, 3, 31), timedelta(hours=1)),
        ("Europe/Berlin", date(2026, 10, 20), date(2026, 10, 27), -timedelta(hours=1)),
        # Lord Howe: half an hour back on 5 April 2026, half an hour forward on 4 October 2026.
        ("Australia/Lord_Howe", date(2026, 3, 31), date(2026, 4, 7), -timedelta(minutes=30)),
        ("Australia/Lord_Howe", date(2026, 9, 29), date(2026, 10, 6), timedelta(minutes=30)),
    ],
)
def test_weekly_meetings_keep_their_wall_clock_time_across_a_dst_change(
    zone: str, before: date, after: date, offset_change: timedelta
) -> None:
    rule = Rule(datetime.combine(before, time(18, 30)), zone, "weekly", count=2)
    first, second = recurrence.expand(rule)
    assert second.date() == after
    assert (first.hour, first.minute) == (second.hour, second.minute) == (18, 30)
    assert second.utcoffset() - first.utcoffset() == offset_change
    # ...so the instant between them is a week minus (or plus) the shift.
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(days=7) - offset_change


def test_a_start_inside_the_spring_forward_gap_becomes_the_real_instant_after_it() -> None:
    start = recurrence.localize(datetime(2026, 3, 29, 2, 30), "Europe/Berlin")
    assert (start.hour, start.minute) == (3, 30)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (Rule(datetime(2026, 1, 1, 9), "Mars/Olympus_Mons", "weekly", count=3), "time zone"),
        (Rule(datetime(2026, 1, 1, 9), "UTC", "weekly", count=501), "at most 500"),
        (Rule(datetime(2026, 1, 1, 9), "UTC", "weekly", until=date(2040, 1, 1)), "more than 500"),
        (Rule(datetime(2026, 6, 1, 9), "UTC", "weekly", until=date(2026, 5, 1)), "ends before"),
        (Rule(datetime(2026, 1, 1, 9), "UTC", "weekly"), "Say when"),
        (Rule(datetime(2026, 1, 29, 9), "UTC", "monthly_nth", count=3), "fifth"),
    ],
)
def test_bad_rules_are_refused_with_a_clear_message(rule: Rule, message: str) -> None:
    with pytest.raises(RecurrenceError, match=message):
        recurrence.expand(rule)


def test_exactly_500_occurrences_are_allowed() -> None:
    rule = Rule(datetime(2026, 1, 1, 9), "UTC", "weekly", count=500)
    assert len(recurrence.expand(rule)) == 500
