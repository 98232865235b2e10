"""The group's rhythm: meetings (a rule), their occurrences, RSVPs, the agenda, the session log,
and the consultation-hours ledger with its certificates."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from communities.models import Community, new_code

MIN_DURATION = 15
MAX_DURATION = 240
MAX_OCCURRENCES = 500


class Meeting(models.Model):
    """A series: the rule a facilitator scheduled, in the group's local time."""

    class Frequency(models.TextChoices):
        NONE = "none", "Does not repeat"
        WEEKLY = "weekly", "Every week"
        BIWEEKLY = "biweekly", "Every 2 weeks"
        MONTHLY_DAY = "monthly_day", "Monthly on the same day of the month"
        MONTHLY_NTH = "monthly_nth", "Monthly on the same weekday (e.g. second Tuesday)"
        MONTHLY_LAST = "monthly_last", "Monthly on the last such weekday"

    code = models.CharField(max_length=16, unique=True, default=new_code, editable=False)
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="meetings")
    title = models.CharField(max_length=120)
    description = models.TextField(max_length=2000, blank=True)
    time_zone = models.CharField(max_length=64)
    # The wall-clock start in time_zone, kept naive on purpose: the rule lives in local time.
    start_date = models.DateField()
    start_time = models.TimeField()
    frequency = models.CharField(max_length=14, choices=Frequency, default=Frequency.NONE)
    count = models.PositiveSmallIntegerField(null=True, blank=True)
    until = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["community", "start_date"]

    def __str__(self) -> str:
        return self.title

    @property
    def start_local(self) -> datetime:
        return datetime.combine(self.start_date, self.start_time)


class Occurrence(models.Model):
    """One meeting on one day. Carries its own copy of the details so that one occurrence can
    be moved or changed without touching its series."""

    code = models.CharField(max_length=16, unique=True, default=new_code, editable=False)
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="occurrences")
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="occurrences")
    title = models.CharField(max_length=120)
    description = models.TextField(max_length=2000, blank=True)
    starts_at = models.DateTimeField(db_index=True)
    duration_minutes = models.PositiveSmallIntegerField(default=90)
    capacity = models.PositiveSmallIntegerField(null=True, blank=True)
    location = models.CharField(max_length=200, blank=True)
    video_link = models.URLField(max_length=500, blank=True)
    sequence = models.PositiveIntegerField(default=0, help_text="Rises on every change (ICS).")
    cancelled_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["starts_at", "id"]
        indexes = [models.Index(fields=["community", "starts_at"], name="occurrence_by_group")]
        constraints = [
            models.CheckConstraint(
                condition=Q(duration_minutes__gte=MIN_DURATION)
                & Q(duration_minutes__lte=MAX_DURATION),
                name="occurrence_duration_15_to_240",
            ),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(capacity__gte=1),
                name="occurrence_capacity_positive",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} {self.starts_at:%Y-%m-%d}"

    @property
    def ends_at(self):  # type: ignore[no-untyped-def]
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    @property
    def uid(self) -> str:
        return f"{self.code}@practica"


class Rsvp(models.Model):
    class Answer(models.TextChoices):
        YES = "yes", "Yes"
        MAYBE = "maybe", "Maybe"
        NO = "no", "No"

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="rsvps")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rsvps"
    )
    answer = models.CharField(max_length=5, choices=Answer)
    is_waitlisted = models.BooleanField(default=False)
    # First come, first served: the waiting list is ordered by when someone said yes.
    answered_yes_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["answered_yes_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["occurrence", "user"], name="rsvp_one_per_user"),
            models.CheckConstraint(
                condition=Q(is_waitlisted=False) | Q(answer="yes"),
                name="rsvp_only_yes_waits",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.answer} {self.occurrence_id}"


class AgendaItem(models.Model):
    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        ACCEPTED = "accepted", "Accepted"
        DECLINED = "declined", "Declined"

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="agenda")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agenda_items"
    )
    case = models.ForeignKey(
        "cases.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="agenda_items"
    )
    topic = models.CharField(max_length=160, blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.PROPOSED)
    position = models.PositiveSmallIntegerField(default=0)
    minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["position", "created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(case__isnull=False) | ~Q(topic=""), name="agenda_item_has_subject"
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        if self.case_id and self.case is not None:
            return self.case.title
        return self.topic


class SessionLog(models.Model):
    """What happened at one occurrence; locked once a facilitator signs it off."""

    occurrence = models.OneToOneField(Occurrence, on_delete=models.CASCADE, related_name="log")
    notes = models.TextField(max_length=2000, blank=True)
    signed_off_at = models.DateTimeField(null=True, blank=True)
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    facilitator_name = models.CharField(max_length=80, blank=True)
    facilitator_credentials = models.CharField(max_length=120, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Log of {self.occurrence_id}"

    @property
    def is_signed_off(self) -> bool:
        return self.signed_off_at is not None


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", "Present"
        PARTIAL = "partial", "Partly present"
        ABSENT = "absent", "Absent"

    log = models.ForeignKey(SessionLog, on_delete=models.CASCADE, related_name="attendance")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance"
    )
    status = models.CharField(max_length=8, choices=Status, default=Status.PRESENT)
    minutes = models.PositiveSmallIntegerField(default=0)
    presented = models.BooleanField(default=False)

    class Meta:
        ordering = ["log", "user__display_name"]
        constraints = [
            models.UniqueConstraint(fields=["log", "user"], name="attendance_one_per_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.status}"


class HoursEntry(models.Model):
    """One line of a clinician's consultation-hours ledger.

    Entries from meetings are written when a log is signed off and copy what was true that day
    (group name, facilitator and credentials), so later renames don't rewrite history.
    """

    class Source(models.TextChoices):
        MEETING = "meeting", "Signed-off group meeting"
        SELF_REPORTED = "self", "Self-reported"

    class Format(models.TextChoices):
        GROUP = "group", "Group consultation"
        INDIVIDUAL = "individual", "Individual consultation"
        OTHER = "other", "Other"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hours"
    )
    source = models.CharField(max_length=8, choices=Source)
    attendance = models.OneToOneField(
        Attendance, null=True, blank=True, on_delete=models.SET_NULL, related_name="hours_entry"
    )
    community = models.ForeignKey(
        Community, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    date = models.DateField()
    group_name = models.CharField(max_length=120)
    format = models.CharField(max_length=12, choices=Format, default=Format.GROUP)
    minutes = models.PositiveSmallIntegerField()
    presented_own_case = models.BooleanField(default=False)
    facilitator_name = models.CharField(max_length=80, blank=True)
    facilitator_credentials = models.CharField(max_length=120, blank=True)
    reflection = models.TextField(max_length=4000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name_plural = "hours entries"
        indexes = [models.Index(fields=["user", "date"], name="hours_by_user_date")]
        constraints = [
            models.CheckConstraint(
                condition=Q(minutes__gte=1) & Q(minutes__lte=1440), name="hours_minutes_in_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date} {self.group_name} {self.minutes} min"

    @property
    def is_self_reported(self) -> bool:
        return self.source == self.Source.SELF_REPORTED


class Certificate(models.Model):
    """A snapshot of a clinician's hours over a period, checkable at /verify/<code>/."""

    code = models.CharField(max_length=16, unique=True, default=new_code, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    holder_name = models.CharField(max_length=80)
    holder_credentials = models.CharField(max_length=120, blank=True)
    period_start = models.DateField()
    period_end = models.DateField()
    meeting_minutes = models.PositiveIntegerField(default=0)
    self_reported_minutes = models.PositiveIntegerField(default=0)
    facilitators = models.JSONField(default=list, help_text="Names and credentials, as recorded.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Certificate {self.code}"

    @property
    def total_minutes(self) -> int:
        return self.meeting_minutes + self.self_reported_minutes
