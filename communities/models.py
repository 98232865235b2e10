"""People and groups: clinicians, communities, membership, the covenant, the audit trail and
the mail outbox."""

from __future__ import annotations

import secrets
import zoneinfo
from typing import ClassVar

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError("“%(value)s” is not a known time zone.", params={"value": value})


def new_code(length: int = 10) -> str:
    """A short, unguessable, URL-safe code for public URLs (never sequential ids)."""
    alphabet = "23456789abcdefghjkmnpqrstuvwxyz"
    return "".join(secrets.choice(alphabet) for _ in range(length))


def new_token() -> str:
    return secrets.token_urlsafe(32)


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra: object) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: object) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        extra.setdefault("is_site_moderator", True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """A clinician. Signs in with an email address; the profile is self-reported."""

    username = None  # type: ignore[assignment]
    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]
    email = models.EmailField("email address", unique=True)
    display_name = models.CharField(max_length=80, blank=True)
    credentials = models.CharField(
        max_length=120, blank=True, help_text="For example “LCSW” or “PhD, licensed psychologist”."
    )
    licence_type = models.CharField(max_length=120, blank=True)
    licence_jurisdiction = models.CharField(max_length=120, blank=True)
    modalities = models.JSONField(default=list, blank=True)
    time_zone = models.CharField(max_length=64, default="UTC", validators=[validate_time_zone])
    bio = models.TextField(max_length=1000, blank=True)
    is_site_moderator = models.BooleanField(default=False)
    # The public handle in profile URLs (/people/<code>/): never the sequential id.
    code = models.CharField(max_length=16, unique=True, default=new_code, editable=False)
    suspended_at = models.DateTimeField(null=True, blank=True)
    # Set when the account was deleted by its owner: the row stays as "Former member".
    anonymised_at = models.DateTimeField(null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects = UserManager()  # type: ignore[misc,assignment]

    class Meta:
        ordering = ["display_name", "email"]

    def __str__(self) -> str:
        return self.public_name

    @property
    def public_name(self) -> str:
        if self.anonymised_at:
            return "Former member"
        return self.display_name or self.email.split("@")[0]

    @property
    def is_suspended(self) -> bool:
        return self.suspended_at is not None


class ModalityTag(models.Model):
    slug = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=60)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Community(models.Model):
    """A peer-consultation group."""

    class Visibility(models.TextChoices):
        LISTED = "listed", "Listed in the directory"
        UNLISTED = "unlisted", "Unlisted (members and invitees only)"

    class JoinPolicy(models.TextChoices):
        OPEN = "open", "Open: anyone can join"
        REQUEST = "request", "By request: facilitators approve"
        INVITATION = "invitation", "By invitation only"

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=60, unique=True)
    description = models.TextField(max_length=4000, blank=True)
    focus = models.CharField(max_length=160, blank=True)
    tags = models.ManyToManyField(ModalityTag, blank=True, related_name="communities")
    meeting_rhythm = models.CharField(max_length=120, blank=True)
    visibility = models.CharField(max_length=10, choices=Visibility, default=Visibility.LISTED)
    join_policy = models.CharField(max_length=12, choices=JoinPolicy, default=JoinPolicy.REQUEST)
    capacity = models.PositiveSmallIntegerField(default=10)
    time_zone = models.CharField(max_length=64, default="UTC", validators=[validate_time_zone])
    retention_months = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Case bodies older than this are purged. Empty: keep."
    )
    covenant_version = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "communities"
        constraints = [
            models.CheckConstraint(
                condition=Q(capacity__gte=3) & Q(capacity__lte=30),
                name="community_capacity_between_3_and_30",
            ),
            models.CheckConstraint(
                condition=Q(retention_months__isnull=True)
                | (Q(retention_months__gte=6) & Q(retention_months__lte=60)),
                name="community_retention_off_or_6_to_60_months",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


class CovenantVersion(models.Model):
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="covenants")
    version = models.PositiveIntegerField()
    text = models.TextField(max_length=10000)
    created_by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["community", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["community", "version"], name="covenant_one_text_per_version"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.community} covenant v{self.version}"


class Membership(models.Model):
    """One person's standing in one group, from request to departure.

    A join request is a membership in the PENDING state; leaving or removal keeps the row
    (with its status) so that history and hours still point somewhere.
    """

    class Role(models.TextChoices):
        MEMBER = "member", "Member"
        FACILITATOR = "facilitator", "Facilitator"

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for approval"
        ACTIVE = "active", "Active"
        DECLINED = "declined", "Declined"
        REMOVED = "removed", "Removed"
        LEFT = "left", "Left"

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=12, choices=Role, default=Role.MEMBER)
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    request_note = models.TextField(max_length=1000, blank=True)
    requested_at = models.DateTimeField(default=timezone.now)
    joined_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_message = models.TextField(max_length=1000, blank=True)
    covenant_accepted_version = models.PositiveIntegerField(null=True, blank=True)
    covenant_accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["community", "requested_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "community"], name="membership_one_per_user_and_group"
            ),
        ]
        indexes = [models.Index(fields=["community", "status"], name="membership_by_status")]

    def __str__(self) -> str:
        return f"{self.user} in {self.community} ({self.status})"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @property
    def is_facilitator(self) -> bool:
        return self.is_active and self.role == self.Role.FACILITATOR


class Invitation(models.Model):
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    code = models.CharField(max_length=64, unique=True, default=new_token)
    invited_by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Invitation to {self.community} for {self.email}"


class AuditEvent(models.Model):
    """An append-only record of a moderation action or a change to membership."""

    actor = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_actions"
    )
    action = models.CharField(max_length=60)
    target_user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_subjects"
    )
    community = models.ForeignKey(
        Community, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_events"
    )
    target = models.CharField(max_length=200, blank=True, help_text="What was acted on.")
    data = models.JSONField(default=dict, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["community", "-created_at"], name="audit_by_group")]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}"


class NotificationPreferences(models.Model):
    class Digest(models.TextChoices):
        OFF = "off", "Off"
        DAILY = "daily", "Daily"
        WEEKLY = "weekly", "Weekly"

    class Replies(models.TextChoices):
        IMMEDIATELY = "immediately", "Immediately"
        DIGEST = "digest", "In the digest"
        OFF = "off", "Off"

    DEFAULT_REMINDER_LEADS: ClassVar[list[int]] = [24 * 60, 60]  # minutes before

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="notification_prefs")
    mail_enabled = models.BooleanField(default=True, help_text="The master switch.")
    non_essential_opt_in = models.BooleanField(default=False)
    digest = models.CharField(max_length=10, choices=Digest, default=Digest.WEEKLY)
    reminder_lead_minutes = models.JSONField(default=list, blank=True)
    replies = models.CharField(max_length=12, choices=Replies, default=Replies.IMMEDIATELY)
    calendar_token = models.CharField(max_length=64, unique=True, default=new_token)
    digest_watermark = models.DateTimeField(null=True, blank=True)
    hard_bounces = models.PositiveSmallIntegerField(default=0)
    mail_suppressed_at = models.DateTimeField(null=True, blank=True)
    bounce_notice_pending = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "notification preferences"

    def __str__(self) -> str:
        return f"Mail preferences of {self.user}"


class OutboxMessage(models.Model):
    """One message to send. PostgreSQL is the source of truth; the broker only wakes workers.

    Rows carry the ids a template renders from, never rendered clinical text.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped"
        UNCERTAIN = "uncertain", "Uncertain"
        CANCELLED = "cancelled", "Cancelled"

    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=40)
    recipient = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.CASCADE, related_name="outbox"
    )
    to_email = models.EmailField()
    context = models.JSONField(default=dict, blank=True, help_text="Ids to render from.")
    due_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(null=True, blank=True)
    state = models.CharField(max_length=10, choices=State, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    lease_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    skip_reason = models.CharField(max_length=200, blank=True)
    message_id = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["next_attempt_at", "id"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(state="pending"),
                name="outbox_due_pending",
            ),
            models.Index(fields=["state", "created_at"], name="outbox_by_state"),
        ]

    def __str__(self) -> str:
        return self.key
