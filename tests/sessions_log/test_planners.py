"""Reminders and digests: planned once each, at the right moment, with nothing clinical, in a
number of queries that does not grow with the number of users."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from communities.models import NotificationPreferences, OutboxMessage, User
from communities.outbox import dispatch_due
from communities.services import preferences_for
from sessions_log import planners, services
from sessions_log.models import Occurrence
from tests.conftest import World
from tests.factories import CommunityFactory, MembershipFactory
from tests.sessions_log.conftest import schedule

pytestmark = pytest.mark.django_db(transaction=False)

START = datetime(2027, 3, 9, 17, 30, tzinfo=UTC)  # 18:30 in Berlin, a second Tuesday


def meeting_at(world: World, facilitator: User) -> Occurrence:
    return schedule(
        world.community, facilitator, start=datetime(2027, 3, 9, 18, 30)
    ).occurrences.get()


def reminder_keys() -> set[str]:
    return set(OutboxMessage.objects.filter(kind="reminder").values_list("key", flat=True))


def test_the_day_before_reminder_goes_to_yes_maybe_and_the_unanswered_but_not_to_no(
    world: World, facilitator: User, member: User
) -> None:
    occurrence = meeting_at(world, facilitator)
    unaccepted = world.user("unaccepted")
    with time_machine.travel(START - timedelta(days=3)):
        services.set_rsvp(occurrence=occurrence, user=member, answer="yes")
        services.set_rsvp(occurrence=occurrence, user=unaccepted, answer="no")
    planners.plan_reminders(now=START - timedelta(days=1, minutes=10))
    keys = reminder_keys()
    assert f"reminder:{occurrence.code}:{member.pk}:1440" in keys
    assert f"reminder:{occurrence.code}:{facilitator.pk}:1440" in keys  # has not answered
    assert not any(f":{unaccepted.pk}:" in key for key in keys)
    # The hour-before one only for those who said yes or maybe.
    planners.plan_reminders(now=START - timedelta(minutes=65))
    hour = {key for key in reminder_keys() if key.endswith(":60")}
    assert hour == {f"reminder:{occurrence.code}:{member.pk}:60"}


def test_planning_twice_enqueues_each_reminder_once_and_each_is_sent_once(
    world: World, facilitator: User, member: User
) -> None:
    occurrence = meeting_at(world, facilitator)
    services.set_rsvp(occurrence=occurrence, user=member, answer="yes")
    moment = START - timedelta(days=1, minutes=5)
    planners.plan_reminders(now=moment)
    planners.plan_reminders(now=moment + timedelta(minutes=5))
    rows = OutboxMessage.objects.filter(kind="reminder", recipient=member)
    assert rows.count() == 1
    with time_machine.travel(START - timedelta(days=1) + timedelta(minutes=1)):
        dispatch_due()
        dispatch_due()
    sent = [m for m in mail.outbox if member.email in m.to]
    assert len(sent) == 1
    body = sent[0].body + str(sent[0].alternatives)
    assert "secret-room" not in body and "video.example" not in body
    assert "18:30" in body or "11:30" in body


def test_a_reminder_whose_moment_passed_long_ago_is_not_planned_or_sent(
    world: World, facilitator: User, member: User
) -> None:
    occurrence = meeting_at(world, facilitator)
    services.set_rsvp(occurrence=occurrence, user=member, answer="yes")
    # An outage: the planner only wakes up 7 hours after the day-before reminder was due.
    planners.plan_reminders(now=START - timedelta(hours=17))
    assert not OutboxMessage.objects.filter(key__endswith=f"{member.pk}:1440").exists()
    # A row planned in time but sent too late is skipped by the dispatcher.
    planners.plan_reminders(now=START - timedelta(hours=1, minutes=10))
    row = OutboxMessage.objects.get(key=f"reminder:{occurrence.code}:{member.pk}:60")
    assert row.expires_at is not None and row.expires_at <= START
    with time_machine.travel(START - timedelta(minutes=10)):
        dispatch_due()
    row.refresh_from_db()
    assert row.state in {OutboxMessage.State.SKIPPED, OutboxMessage.State.CANCELLED}
    assert not [m for m in mail.outbox if member.email in m.to]


def test_a_cancelled_meeting_gets_no_reminder(
    world: World, facilitator: User, member: User
) -> None:
    occurrence = meeting_at(world, facilitator)
    services.set_rsvp(occurrence=occurrence, user=member, answer="yes")
    planners.plan_reminders(now=START - timedelta(days=1, minutes=5))
    services.cancel_occurrences(occurrence=occurrence, actor=facilitator, and_following=False)
    with time_machine.travel(START - timedelta(days=1) + timedelta(minutes=1)):
        dispatch_due()
    row = OutboxMessage.objects.get(key=f"reminder:{occurrence.code}:{member.pk}:1440")
    assert row.state == OutboxMessage.State.SKIPPED


def test_members_own_lead_times_are_honoured(world: World, facilitator: User, member: User) -> None:
    prefs = preferences_for(member)
    prefs.reminder_lead_minutes = [180]
    prefs.save(update_fields=["reminder_lead_minutes"])
    occurrence = meeting_at(world, facilitator)
    services.set_rsvp(occurrence=occurrence, user=member, answer="maybe")
    planners.plan_reminders(now=START - timedelta(hours=3, minutes=5))
    assert {k for k in reminder_keys() if f":{member.pk}:" in k} == {
        f"reminder:{occurrence.code}:{member.pk}:180"
    }


def test_the_reminder_planner_runs_a_fixed_number_of_queries_however_many_members(
    world: World, facilitator: User
) -> None:
    occurrence = meeting_at(world, facilitator)

    def queries() -> int:
        OutboxMessage.objects.all().delete()
        with CaptureQueriesContext(connection) as captured:
            planners.plan_reminders(now=START - timedelta(days=1, minutes=5))
        return len(captured.captured_queries)

    few = queries()
    for _ in range(25):
        MembershipFactory(community=occurrence.community)
    other = CommunityFactory()
    for _ in range(10):
        MembershipFactory(community=other)
    schedule(other, facilitator, start=datetime(2027, 3, 9, 18, 30))
    assert queries() == few


# --- Digests ----------------------------------------------------------------------------------


def morning(user: User, day: datetime) -> datetime:
    return planners.digest_morning(day, user.time_zone) + timedelta(minutes=5)


def daily(user: User, watermark: datetime | None = None) -> NotificationPreferences:
    prefs = preferences_for(user)
    prefs.digest = NotificationPreferences.Digest.DAILY
    prefs.digest_watermark = watermark
    prefs.save(update_fields=["digest", "digest_watermark"])
    return prefs


def test_a_digest_lists_new_case_titles_and_waiting_rsvps_without_bodies(
    world: World, facilitator: User, member: User
) -> None:
    from cases.models import Case

    now = morning(member, datetime(2027, 3, 2, 12, tzinfo=UTC))
    daily(member, watermark=now - timedelta(days=1))
    Case.objects.create(
        community=world.community,
        author=facilitator,
        title="A freeze response in session",
        presenting_concern="BODY-SECRET",
        created_at=now - timedelta(hours=3),
    )
    schedule(world.community, facilitator, start=datetime(2027, 3, 3, 18, 30))
    assert planners.plan_digests(now=now) >= 1
    row = OutboxMessage.objects.get(kind="digest", recipient=member)
    assert (
        row.key
        == f"digest:{member.pk}:{now.astimezone(__import__('zoneinfo').ZoneInfo(member.time_zone)).date()}"
    )
    with time_machine.travel(now + timedelta(minutes=1)):
        dispatch_due()
    sent = [m for m in mail.outbox if member.email in m.to]
    assert len(sent) == 1
    text = sent[0].body
    assert "A freeze response in session" in text
    assert "BODY-SECRET" not in text + str(sent[0].alternatives)
    assert "to answer" in text
    assert "secret-room" not in text


def test_no_digest_when_there_is_nothing_to_say_but_the_watermark_still_moves(
    world: World, member: User
) -> None:
    # An unrelated group with nothing in it.
    world.objects["occurrence"].delete()
    now = morning(member, datetime(2027, 6, 2, 12, tzinfo=UTC))
    daily(member, watermark=now - timedelta(days=1))
    Occurrence.objects.filter(community=world.community).delete()
    planners.plan_digests(now=now)
    assert not OutboxMessage.objects.filter(kind="digest", recipient=member).exists()
    assert NotificationPreferences.objects.get(user=member).digest_watermark == now


def test_digests_wait_for_the_local_morning_and_cover_exactly_the_time_since_the_last(
    world: World, facilitator: User, member: User
) -> None:
    from cases.models import Case

    day = datetime(2027, 3, 2, 12, tzinfo=UTC)
    first = morning(member, day)
    daily(member, watermark=first - timedelta(days=1))
    before_morning = first - timedelta(hours=1)
    planners.plan_digests(now=before_morning)
    assert not OutboxMessage.objects.filter(kind="digest").exists()
    planners.plan_digests(now=first)
    planners.plan_digests(now=first + timedelta(minutes=15))  # the next tick: nothing new
    rows = OutboxMessage.objects.filter(kind="digest", recipient=member)
    assert rows.count() <= 1
    # A case posted a second after the first digest lands in the next one, not in neither.
    Case.objects.create(
        community=world.community,
        author=facilitator,
        title="Between two digests",
        created_at=first + timedelta(seconds=1),
    )
    second = first + timedelta(days=1)
    planners.plan_digests(now=second)
    row = OutboxMessage.objects.filter(kind="digest", recipient=member).latest("created_at")
    assert datetime.fromisoformat(row.context["since"]) == first
    digest = planners.collect_digests(
        [
            planners.DigestRequest(
                member.pk,
                datetime.fromisoformat(row.context["since"]),
                datetime.fromisoformat(row.context["until"]),
                member.time_zone,
                2,
            )
        ]
    )[member.pk]
    titles = [title for group in digest.groups for _, title in group.new_cases]
    assert titles == ["Between two digests"]


def test_facilitators_see_join_requests_waiting_in_their_digest(
    world: World, facilitator: User
) -> None:
    now = morning(facilitator, datetime(2027, 3, 2, 12, tzinfo=UTC))
    daily(facilitator, watermark=now - timedelta(days=1))
    planners.plan_digests(now=now)
    row = OutboxMessage.objects.get(kind="digest", recipient=facilitator)
    with time_machine.travel(now + timedelta(minutes=1)):
        dispatch_due()
    sent = [m for m in mail.outbox if facilitator.email in m.to]
    assert row and "1 join request" in sent[0].body


def test_the_digest_planner_runs_a_fixed_number_of_queries_however_many_users(
    world: World, facilitator: User
) -> None:
    now = morning(facilitator, datetime(2027, 3, 2, 12, tzinfo=UTC))

    def queries() -> int:
        NotificationPreferences.objects.update(
            digest=NotificationPreferences.Digest.DAILY, digest_watermark=now - timedelta(days=1)
        )
        OutboxMessage.objects.all().delete()
        with CaptureQueriesContext(connection) as captured:
            planners.plan_digests(now=now)
        return len(captured.captured_queries)

    for user in (world.user(p) for p in ("member", "facilitator", "unaccepted")):
        preferences_for(user)
    few = queries()
    for _ in range(20):
        preferences_for(MembershipFactory(community=world.community).user)
    assert queries() == few


def test_weekly_digests_go_out_on_monday_mornings_only(world: World, member: User) -> None:
    prefs = preferences_for(member)
    prefs.digest = NotificationPreferences.Digest.WEEKLY
    prefs.digest_watermark = datetime(2027, 2, 22, 7, 30, tzinfo=UTC)
    prefs.save(update_fields=["digest", "digest_watermark"])
    tuesday = morning(member, datetime(2027, 3, 2, 12, tzinfo=UTC))
    planners.plan_digests(now=tuesday)
    assert not OutboxMessage.objects.filter(kind="digest").exists()
    prefs.refresh_from_db()
    assert prefs.digest_watermark == datetime(2027, 2, 22, 7, 30, tzinfo=UTC)
    from cases.models import Case

    Case.objects.create(
        community=world.community,
        author=world.user("facilitator"),
        title="Shame and silence",
        created_at=datetime(2027, 3, 1, 9, tzinfo=UTC),
    )
    monday = morning(member, datetime(2027, 3, 8, 12, tzinfo=UTC))
    planners.plan_digests(now=monday)
    row = OutboxMessage.objects.get(kind="digest", recipient=member)
    assert row.context["frequency"] == "weekly"
    assert datetime.fromisoformat(row.context["since"]) == datetime(2027, 2, 22, 7, 30, tzinfo=UTC)


def test_a_moved_meeting_mail_says_the_new_time_and_carries_no_video_link(
    world: World, facilitator: User, member: User
) -> None:
    occurrence = world.objects["occurrence"]
    local = occurrence.starts_at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Berlin"))
    services.edit_occurrences(
        occurrence=occurrence,
        actor=facilitator,
        details=services.MeetingDetails(
            "Monthly consult", "", 90, None, "", "https://video.example/room"
        ),
        start_local=local.replace(tzinfo=None, hour=20, minute=15),
        and_following=False,
    )
    dispatch_due()
    sent = [m for m in mail.outbox if member.email in m.to]
    assert len(sent) == 1
    assert "20:15" in sent[0].body
    assert "video.example" not in sent[0].body + str(sent[0].alternatives)


def test_the_digest_counts_new_replies_on_followed_cases_but_not_ones_own(
    world: World, facilitator: User, member: User
) -> None:
    from cases.models import Case, Follow, Reply

    now = morning(member, datetime(2027, 3, 2, 12, tzinfo=UTC))
    case = Case.objects.create(
        community=world.community,
        author=member,
        title="When the client goes quiet",
        created_at=now - timedelta(days=5),
    )
    Follow.objects.create(case=case, user=member)
    for author in (facilitator, facilitator, member):
        Reply.objects.create(
            case=case, author=author, body="REPLY-BODY", created_at=now - timedelta(hours=2)
        )
    request = planners.DigestRequest(member.pk, now - timedelta(days=1), now, member.time_zone, 2)
    digest = planners.collect_digests([request])[member.pk]
    replies = [entry for group in digest.groups for entry in group.replies]
    assert replies == [(case.code, "When the client goes quiet", 2)]


@pytest.mark.parametrize(
    ("zone", "now", "expected_utc"),
    [
        # Berlin on the day clocks go forward: 08:00 local is 06:00 UTC, not 07:00.
        (
            "Europe/Berlin",
            datetime(2026, 3, 29, 12, tzinfo=UTC),
            datetime(2026, 3, 29, 6, tzinfo=UTC),
        ),
        # Before the morning the day's morning is still ahead; Chicago's day began "yesterday" UTC.
        (
            "America/Chicago",
            datetime(2026, 7, 1, 2, tzinfo=UTC),
            datetime(2026, 6, 30, 13, tzinfo=UTC),
        ),
        ("Not/AZone", datetime(2026, 7, 1, 2, tzinfo=UTC), datetime(2026, 7, 1, 8, tzinfo=UTC)),
    ],
)
def test_digests_go_out_at_the_one_local_morning_communities_defines(
    zone: str, now: datetime, expected_utc: datetime
) -> None:
    from communities.services import MORNING_HOUR, next_local_morning

    morning = planners.digest_morning(now, zone)

    assert morning == expected_utc
    assert morning == next_local_morning(zone, after=morning - timedelta(hours=1))
    assert morning.astimezone(planners._zone(zone)).hour == MORNING_HOUR
    assert not hasattr(planners, "local_morning")  # no second copy
