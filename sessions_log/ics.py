"""Calendar files: one occurrence, or a person's subscription feed.

What goes in: the meeting's title (a plain title, not clinical text), the group's name, the
times with a VTIMEZONE, the location, and a link to the occurrence page. Never the video link,
never notes or agenda details. The UID is stable per occurrence and SEQUENCE rises on every
change, so calendars update a moved or cancelled meeting instead of duplicating it.
"""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Event, Timezone

from sessions_log.models import Occurrence

PRODID = "-//Practica//Meetings//EN"


def _absolute(path: str, site_url: str) -> str:
    return site_url.rstrip("/") + path


@functools.lru_cache(maxsize=256)
def _vtimezone(zone: str, first_year: int, last_year: int) -> Timezone | None:
    """The VTIMEZONE for a zone over whole years, built once per process.

    Building it walks the zone's transitions and was half of the feed's CPU when done on every
    request (``add_missing_timezones``); whole years make the key repeat across requests. The
    component is shared between calendars, so it must never be modified: ``build_calendar``
    only serialises the calendars it adds it to, and never hands them out.
    """
    try:
        return Timezone.from_tzid(
            zone, first_date=date(first_year, 1, 1), last_date=date(last_year, 12, 31)
        )
    except ValueError:
        return None


def _timezone_components(zones: set[str], first: date, last: date) -> list[Timezone]:
    """VTIMEZONEs covering at least a year either side of the meetings: only the transitions
    near them, not 70 years of them."""
    first_year = (first - timedelta(days=366)).year
    last_year = (last + timedelta(days=366)).year
    found = (_vtimezone(zone, first_year, last_year) for zone in sorted(zones - {"UTC"}))
    return [component for component in found if component is not None]


def build_calendar(
    occurrences: Iterable[Occurrence], *, site_url: str, name: str = "Practica meetings"
) -> bytes:
    """An iCalendar file for these occurrences (each needs ``meeting`` and ``community`` loaded)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    first: date | None = None
    last: date | None = None
    zones: set[str] = set()
    for occurrence in occurrences:
        tz = zoneinfo.ZoneInfo(occurrence.meeting.time_zone)
        zones.add(occurrence.meeting.time_zone)
        starts = occurrence.starts_at.astimezone(tz)
        event = Event()
        event.add("uid", occurrence.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", starts)
        event.add("dtend", starts + timedelta(minutes=occurrence.duration_minutes))
        event.add("summary", f"{occurrence.title} · {occurrence.community.name}")
        event.add("sequence", occurrence.sequence)
        event.add("last-modified", occurrence.updated_at)
        url = _absolute(reverse("sessions_log:detail", args=[occurrence.code]), site_url)
        event.add("url", url)
        event.add("description", f"Details, agenda and how to join (members only): {url}")
        if occurrence.location:
            event.add("location", occurrence.location)
        event.add("status", "CANCELLED" if occurrence.is_cancelled else "CONFIRMED")
        calendar.add_component(event)
        day = starts.date()
        first = day if first is None or day < first else first
        last = day if last is None or day > last else last
    if first is not None and last is not None:
        # VTIMEZONEs go before the events that refer to them.
        calendar.subcomponents[0:0] = _timezone_components(zones, first, last)
    return calendar.to_ical()


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def event_start(event: Event) -> datetime:
    return event.decoded("dtstart")
