"""De-identified case discussions: cases, replies, their revisions, acknowledgements of the PHI
guard, following, recusal and flags."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from communities.models import Community, new_code

SECTION_MAX_CHARS = 20_000
TITLE_MAX_CHARS = 160
TAKEAWAYS_MAX_CHARS = 4_000


class CaseTag(models.Model):
    """A free tag on a case: a modality, a population or a theme."""

    slug = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=40)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Case(models.Model):
    """A case a member presents to their group, in the consultation format."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    class Visibility(models.TextChoices):
        VISIBLE = "visible", "Visible"
        PENDING_REVIEW = "pending_review", "Hidden pending review"
        HIDDEN = "hidden", "Hidden by a moderator"
        DELETED = "deleted", "Deleted by a moderator"

    SECTIONS = ("presenting_concern", "background", "tried", "question")

    code = models.CharField(max_length=16, unique=True, default=new_code, editable=False)
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="cases")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cases"
    )
    title = models.CharField(max_length=TITLE_MAX_CHARS)
    presenting_concern = models.TextField(blank=True)
    background = models.TextField(blank=True)
    tried = models.TextField("what has been tried", blank=True)
    question = models.TextField("consultation question", blank=True)
    tags = models.ManyToManyField(CaseTag, blank=True, related_name="cases")
    status = models.CharField(max_length=8, choices=Status, default=Status.OPEN)
    visibility = models.CharField(max_length=16, choices=Visibility, default=Visibility.VISIBLE)
    takeaways = models.TextField(blank=True)
    attested_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    last_activity_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    # Set when retention (or a moderator's delete) removed the body: the row stays as a tombstone.
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_activity_at", "-id"]
        indexes = [
            models.Index(fields=["community", "-last_activity_at"], name="case_by_group_activity"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="open") | Q(closed_at__isnull=False),
                name="case_closed_has_closed_at",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_closed(self) -> bool:
        return self.status == self.Status.CLOSED

    @property
    def is_visible(self) -> bool:
        return self.visibility == self.Visibility.VISIBLE

    @property
    def is_purged(self) -> bool:
        return self.purged_at is not None


class Reply(models.Model):
    code = models.CharField(max_length=16, unique=True, default=new_code, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="case_replies"
    )
    body = models.TextField(blank=True)
    quoted = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="quoted_by"
    )
    visibility = models.CharField(
        max_length=16, choices=Case.Visibility, default=Case.Visibility.VISIBLE
    )
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True, help_text="Deleted by its author.")
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "replies"
        indexes = [models.Index(fields=["case", "created_at"], name="reply_by_case")]

    def __str__(self) -> str:
        return f"Reply {self.pk} on {self.case_id}"

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_visible(self) -> bool:
        return self.visibility == Case.Visibility.VISIBLE


class Revision(models.Model):
    """An earlier text of a case or reply, kept when it is edited. Purged on redaction."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="revisions")
    reply = models.ForeignKey(
        Reply, null=True, blank=True, on_delete=models.CASCADE, related_name="revisions"
    )
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    content = models.JSONField(default=dict, help_text="The fields as they were before the edit.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Revision of {'reply ' + str(self.reply_id) if self.reply_id else self.case_id}"


class PhiAcknowledgement(models.Model):
    """The author said this span the guard found is not identifying."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="acknowledgements")
    reply = models.ForeignKey(
        Reply, null=True, blank=True, on_delete=models.CASCADE, related_name="acknowledgements"
    )
    field = models.CharField(max_length=40)
    span_key = models.CharField(max_length=200)
    excerpt = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=40, blank=True)
    reason = models.CharField(max_length=200, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} acknowledged on {self.field}"


class Follow(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_follows"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "user"], name="follow_once_per_case"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} follows {self.case_id}"


class Recusal(models.Model):
    """ "I may know this client": the case disappears for this member."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="recusals")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_recusals"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "user"], name="recusal_once_per_case"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} recused from {self.case_id}"


class Flag(models.Model):
    class Reason(models.TextChoices):
        IDENTIFYING = "identifying", "Identifying information"
        DISRESPECTFUL = "disrespectful", "Disrespectful"
        OFF_TOPIC = "off_topic", "Off-topic"
        OTHER = "other", "Other"

    class Outcome(models.TextChoices):
        DISMISSED = "dismissed", "Dismissed"
        HIDDEN = "hidden", "Hidden"
        REDACTED = "redacted", "Redacted"
        DELETED = "deleted", "Deleted"
        WARNED = "warned", "Author warned"
        RESTORED = "restored", "Restored"

    code = models.CharField(max_length=16, unique=True, default=new_code, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="flags")
    reply = models.ForeignKey(
        Reply, null=True, blank=True, on_delete=models.CASCADE, related_name="flags"
    )
    flagged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="case_flags"
    )
    reason = models.CharField(max_length=16, choices=Reason)
    note = models.TextField(max_length=2000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(max_length=12, choices=Outcome, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    outcome_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(
                fields=["case"], condition=Q(resolved_at__isnull=True), name="flag_open_by_case"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} flag on {self.case_id}"

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None
