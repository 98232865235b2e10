"""Every write in the cases app, one function per use case."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from cases.guard import FieldFinding
from cases.models import (
    Case,
    CaseTag,
    Flag,
    Follow,
    PhiAcknowledgement,
    Recusal,
    Reply,
    Revision,
)
from communities.models import Community, Membership, NotificationPreferences, User
from communities.services import enqueue_mail, record_audit_event

CASE_TEXT_FIELDS = ("title", "presenting_concern", "background", "tried", "question")
PURGED_TEXT = ""


class CaseActionError(Exception):
    """A request that makes no sense in the case's current state (shown to the user)."""


# --- helpers ---------------------------------------------------------------------------------


def _record_acknowledgements(
    *, case: Case, reply: Reply | None, by: User, findings: Iterable[FieldFinding]
) -> None:
    existing = set(
        PhiAcknowledgement.objects.filter(case=case, reply=reply).values_list("field", "span_key")
    )
    new = []
    for finding in findings:
        if not finding.acknowledged or (finding.field, finding.key) in existing:
            continue
        existing.add((finding.field, finding.key))
        new.append(
            PhiAcknowledgement(
                case=case,
                reply=reply,
                field=finding.field,
                span_key=finding.key,
                excerpt=finding.excerpt,
                kind=finding.kind[:40],
                reason=finding.reason[:200],
                acknowledged_by=by,
            )
        )
    PhiAcknowledgement.objects.bulk_create(new)


def _set_tags(case: Case, names: Iterable[str]) -> None:
    tags = []
    for name in names:
        slug = slugify(name)[:40]
        tag, _ = CaseTag.objects.get_or_create(slug=slug, defaults={"name": name.strip()[:40]})
        tags.append(tag)
    case.tags.set(tags)


def _case_content(case: Case) -> dict[str, Any]:
    content: dict[str, Any] = {name: getattr(case, name) for name in CASE_TEXT_FIELDS}
    content["takeaways"] = case.takeaways
    return content


def case_acknowledged_keys(case: Case, reply: Reply | None = None) -> set[str]:
    return set(
        PhiAcknowledgement.objects.filter(case=case, reply=reply).values_list("span_key", flat=True)
    )


# --- cases -----------------------------------------------------------------------------------


@transaction.atomic
def post_case(
    *,
    community: Community,
    author: User,
    title: str,
    presenting_concern: str,
    background: str,
    tried: str,
    question: str,
    tags: Iterable[str] = (),
    findings: Iterable[FieldFinding] = (),
) -> Case:
    """Publish a case the guard has cleared; the author follows it from the start."""
    now = timezone.now()
    case = Case.objects.create(
        community=community,
        author=author,
        title=title,
        presenting_concern=presenting_concern,
        background=background,
        tried=tried,
        question=question,
        attested_at=now,
        created_at=now,
        last_activity_at=now,
    )
    _set_tags(case, tags)
    _record_acknowledgements(case=case, reply=None, by=author, findings=findings)
    Follow.objects.create(case=case, user=author)
    return case


@transaction.atomic
def edit_case(
    *,
    case: Case,
    editor: User,
    title: str,
    presenting_concern: str,
    background: str,
    tried: str,
    question: str,
    tags: Iterable[str] = (),
    findings: Iterable[FieldFinding] = (),
) -> Case:
    """Change a case's text, keeping the previous text as a revision."""
    if case.is_purged:
        raise CaseActionError("This case was removed under the group's retention period.")
    Revision.objects.create(case=case, editor=editor, content=_case_content(case))
    case.title = title
    case.presenting_concern = presenting_concern
    case.background = background
    case.tried = tried
    case.question = question
    case.edited_at = timezone.now()
    case.attested_at = case.edited_at
    case.save(update_fields=[*CASE_TEXT_FIELDS, "edited_at", "attested_at"])
    _set_tags(case, tags)
    _record_acknowledgements(case=case, reply=None, by=editor, findings=findings)
    return case


@transaction.atomic
def close_case(
    *, case: Case, by: User, takeaways: str, findings: Iterable[FieldFinding] = ()
) -> Case:
    if case.is_closed:
        raise CaseActionError("This case is already closed.")
    case.status = Case.Status.CLOSED
    case.takeaways = takeaways
    case.closed_at = timezone.now()
    case.last_activity_at = case.closed_at
    case.save(update_fields=["status", "takeaways", "closed_at", "last_activity_at"])
    _record_acknowledgements(case=case, reply=None, by=by, findings=findings)
    return case


@transaction.atomic
def follow_case(*, case: Case, user: User) -> None:
    Follow.objects.get_or_create(case=case, user=user)


@transaction.atomic
def unfollow_case(*, case: Case, user: User) -> None:
    Follow.objects.filter(case=case, user=user).delete()


@transaction.atomic
def recuse(*, case: Case, user: User) -> Recusal:
    """ "I may know this client": the case disappears for this member at once, mail included."""
    if case.author_id == user.pk:
        raise CaseActionError("You presented this case; you cannot step back from it.")
    recusal, _ = Recusal.objects.get_or_create(case=case, user=user)
    Follow.objects.filter(case=case, user=user).delete()
    return recusal


@transaction.atomic
def undo_recusal(*, recusal: Recusal) -> Case:
    case = recusal.case
    recusal.delete()
    return case


# --- replies ---------------------------------------------------------------------------------


def _notify_followers(reply: Reply) -> None:
    """Enqueue a `reply` mail for each follower who wants replies immediately and may still
    read the case. The mail carries ids; its text is the group name and the case title."""
    case = reply.case
    follows = (
        Follow.objects.filter(
            case=case,
            user__is_active=True,
            user__memberships__community=case.community,
            user__memberships__status=Membership.Status.ACTIVE,
            user__memberships__covenant_accepted_version=case.community.covenant_version,
        )
        .exclude(user=reply.author)
        .exclude(user__case_recusals__case=case)
        .select_related("user__notification_prefs")
    )
    for follow in follows:
        prefs: NotificationPreferences | None = getattr(follow.user, "notification_prefs", None)
        if prefs is not None and (
            not prefs.mail_enabled or prefs.replies != NotificationPreferences.Replies.IMMEDIATELY
        ):
            continue
        enqueue_mail(
            key=f"reply:{reply.pk}:{follow.user_id}",
            kind="reply",
            recipient=follow.user,
            context={"reply": reply.pk, "case": case.pk},
        )


@transaction.atomic
def post_reply(
    *,
    case: Case,
    author: User,
    body: str,
    quoted: Reply | None = None,
    findings: Iterable[FieldFinding] = (),
) -> Reply:
    if case.is_purged:
        raise CaseActionError("This case was removed under the group's retention period.")
    if case.is_closed:
        raise CaseActionError("This case is closed; replies are no longer possible.")
    if not case.is_visible:
        raise CaseActionError("This case is hidden pending review.")
    now = timezone.now()
    reply = Reply.objects.create(case=case, author=author, body=body, quoted=quoted, created_at=now)
    _record_acknowledgements(case=case, reply=reply, by=author, findings=findings)
    Case.objects.filter(pk=case.pk).update(last_activity_at=now)
    _notify_followers(reply)
    return reply


@transaction.atomic
def edit_reply(
    *, reply: Reply, editor: User, body: str, findings: Iterable[FieldFinding] = ()
) -> Reply:
    if reply.is_deleted or reply.purged_at:
        raise CaseActionError("This reply can no longer be edited.")
    Revision.objects.create(
        case_id=reply.case_id, reply=reply, editor=editor, content={"body": reply.body}
    )
    reply.body = body
    reply.edited_at = timezone.now()
    reply.save(update_fields=["body", "edited_at"])
    _record_acknowledgements(case=reply.case, reply=reply, by=editor, findings=findings)
    return reply


@transaction.atomic
def delete_reply(*, reply: Reply, by: User) -> Reply:
    """Soft delete by the author: the row stays as "deleted by author", the text goes."""
    reply.deleted_at = timezone.now()
    reply.body = PURGED_TEXT
    reply.save(update_fields=["deleted_at", "body"])
    reply.revisions.all().delete()
    reply.acknowledgements.update(excerpt="")
    return reply


# --- flags and moderation --------------------------------------------------------------------


def _target(flag: Flag) -> Case | Reply:
    return flag.reply if flag.reply is not None else flag.case


def _target_label(flag: Flag) -> str:
    return (
        f"reply {flag.reply.code} on case {flag.case.code}"
        if flag.reply
        else (f"case {flag.case.code}")
    )


@transaction.atomic
def flag_content(
    *, case: Case, reply: Reply | None, flagged_by: User, reason: str, note: str = ""
) -> Flag:
    """Record a flag. A flag for identifying information hides the content at once."""
    flag = Flag.objects.create(
        case=case, reply=reply, flagged_by=flagged_by, reason=reason, note=note
    )
    target: Case | Reply = reply if reply is not None else case
    if reason == Flag.Reason.IDENTIFYING and target.visibility == Case.Visibility.VISIBLE:
        target.visibility = Case.Visibility.PENDING_REVIEW
        target.save(update_fields=["visibility"])
    record_audit_event(
        actor=flagged_by,
        action="case.flagged",
        community=case.community,
        target=_target_label(flag),
        data={"flag": flag.code, "reason": reason},
    )
    return flag


def _resolve(flag: Flag, *, actor: User, outcome: str) -> list[Flag]:
    """Close every open flag on the same content with the outcome; tell each flagger."""
    now = timezone.now()
    open_flags = list(
        Flag.objects.filter(case_id=flag.case_id, reply=flag.reply, resolved_at__isnull=True)
    )
    for item in open_flags:
        item.outcome = outcome
        item.resolved_by = actor
        item.resolved_at = now
        item.save(update_fields=["outcome", "resolved_by", "resolved_at"])
        if item.flagged_by_id:
            enqueue_mail(
                key=f"case_flag_outcome:{item.pk}",
                kind="case_flag_outcome",
                recipient=item.flagged_by,
                context={"flag": item.pk},
            )
    return open_flags


def _purge_revisions(flag: Flag) -> int:
    if flag.reply_id:
        revisions = Revision.objects.filter(reply_id=flag.reply_id)
        PhiAcknowledgement.objects.filter(reply_id=flag.reply_id).update(excerpt="")
    else:
        revisions = Revision.objects.filter(case_id=flag.case_id, reply__isnull=True)
        PhiAcknowledgement.objects.filter(case_id=flag.case_id, reply__isnull=True).update(
            excerpt=""
        )
    deleted, _ = revisions.delete()
    return deleted


@transaction.atomic
def moderate(
    *, flag: Flag, actor: User, action: str, message: str = "", ip_address: str | None = None
) -> Flag:
    """dismiss, hide, restore, delete or warn, on the flagged case or reply."""
    target = _target(flag)
    outcome = {
        "dismiss": Flag.Outcome.DISMISSED,
        "hide": Flag.Outcome.HIDDEN,
        "restore": Flag.Outcome.RESTORED,
        "delete": Flag.Outcome.DELETED,
        "warn": Flag.Outcome.WARNED,
    }.get(action)
    if outcome is None:
        raise CaseActionError("Unknown action.")
    if action in ("dismiss", "restore", "warn"):
        if target.visibility in (Case.Visibility.PENDING_REVIEW, Case.Visibility.HIDDEN):
            target.visibility = Case.Visibility.VISIBLE
    elif action == "hide":
        target.visibility = Case.Visibility.HIDDEN
    elif action == "delete":
        target.visibility = Case.Visibility.DELETED
        _purge_revisions(flag)
        if isinstance(target, Reply):
            target.body = PURGED_TEXT
            target.purged_at = timezone.now()
        else:
            for name in ("presenting_concern", "background", "tried", "question", "takeaways"):
                setattr(target, name, PURGED_TEXT)
            target.purged_at = timezone.now()
    target.save()
    _resolve(flag, actor=actor, outcome=outcome)
    if action == "warn" and target.author_id:
        enqueue_mail(
            key=f"case_warning:{flag.pk}",
            kind="case_warning",
            recipient=target.author,
            context={"flag": flag.pk},
        )
    record_audit_event(
        actor=actor,
        action=f"case.moderation.{action}",
        community=flag.case.community,
        target_user=target.author,
        target=_target_label(flag),
        data={"flag": flag.code, "reason": flag.reason, "message": message[:1000]},
        ip_address=ip_address,
    )
    flag.refresh_from_db()
    return flag


@transaction.atomic
def redact(
    *, flag: Flag, actor: User, texts: dict[str, str], ip_address: str | None = None
) -> Flag:
    """Edit identifying text out and restore the content; every earlier revision is purged."""
    target = _target(flag)
    purged = _purge_revisions(flag)
    if isinstance(target, Reply):
        target.body = texts["body"]
        target.save(update_fields=["body"])
    else:
        for name in (*CASE_TEXT_FIELDS, "takeaways"):
            if name in texts:
                setattr(target, name, texts[name])
        target.save(update_fields=[*CASE_TEXT_FIELDS, "takeaways"])
    if target.visibility != Case.Visibility.DELETED:
        target.visibility = Case.Visibility.VISIBLE
        target.save(update_fields=["visibility"])
    _resolve(flag, actor=actor, outcome=Flag.Outcome.REDACTED)
    record_audit_event(
        actor=actor,
        action="case.moderation.redact",
        community=flag.case.community,
        target_user=target.author,
        target=_target_label(flag),
        data={"flag": flag.code, "revisions_purged": purged},
        ip_address=ip_address,
    )
    flag.refresh_from_db()
    return flag


def record_read_via_flag(*, actor: User, flag: Flag, ip_address: str | None = None) -> None:
    """A site moderator outside the group read flagged content: that read is on the record."""
    record_audit_event(
        actor=actor,
        action="case.read_via_flag",
        community=flag.case.community,
        target=_target_label(flag),
        data={"flag": flag.code},
        ip_address=ip_address,
    )


# --- retention -------------------------------------------------------------------------------


def months_before(moment: datetime, months: int) -> datetime:
    year, month = divmod(moment.month - 1 - months, 12)
    year += moment.year
    month += 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@transaction.atomic
def purge_expired_content(*, community: Community, now: datetime | None = None) -> dict[str, int]:
    """Purge case bodies and replies older than the group's retention period, leaving
    tombstones (the title, dates and authors stay); audited."""
    if not community.retention_months:
        return {"cases": 0, "replies": 0}
    cutoff = months_before(now or timezone.now(), community.retention_months)
    stamp = timezone.now()
    cases = Case.objects.filter(
        community=community, last_activity_at__lt=cutoff, purged_at__isnull=True
    )
    case_ids = list(cases.values_list("pk", flat=True))
    replies = Reply.objects.filter(case__community=community, purged_at__isnull=True).filter(
        Q(case_id__in=case_ids) | Q(created_at__lt=cutoff)
    )
    reply_ids = list(replies.values_list("pk", flat=True))
    Case.objects.filter(pk__in=case_ids).update(
        presenting_concern=PURGED_TEXT,
        background=PURGED_TEXT,
        tried=PURGED_TEXT,
        question=PURGED_TEXT,
        takeaways=PURGED_TEXT,
        purged_at=stamp,
    )
    Reply.objects.filter(pk__in=reply_ids).update(body=PURGED_TEXT, purged_at=stamp)
    Revision.objects.filter(Q(case_id__in=case_ids) | Q(reply_id__in=reply_ids)).delete()
    PhiAcknowledgement.objects.filter(Q(case_id__in=case_ids) | Q(reply_id__in=reply_ids)).update(
        excerpt=""
    )
    if case_ids or reply_ids:
        record_audit_event(
            actor=None,
            action="case.retention_purge",
            community=community,
            target=f"{len(case_ids)} cases, {len(reply_ids)} replies",
            data={
                "cutoff": cutoff.isoformat(),
                "cases": len(case_ids),
                "replies": len(reply_ids),
            },
        )
    return {"cases": len(case_ids), "replies": len(reply_ids)}


def communities_with_retention() -> list[int]:
    return list(
        Community.objects.filter(retention_months__isnull=False).values_list("pk", flat=True)
    )


# --- flagger's outcome, on the site ----------------------------------------------------------


@transaction.atomic
def mark_flag_outcomes_seen(*, user: User) -> int:
    return Flag.objects.filter(
        flagged_by=user, resolved_at__isnull=False, outcome_seen_at__isnull=True
    ).update(outcome_seen_at=timezone.now())
