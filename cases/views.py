"""Views of cases: check method, load-and-authorize through ``access``, validate, call one
service, render or redirect."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from cases import access, search, services
from cases.forms import (
    CaseForm,
    CloseForm,
    FlagForm,
    GuardedForm,
    ModerationActionForm,
    RedactCaseForm,
    RedactReplyForm,
    ReplyForm,
    SearchForm,
)
from cases.markdown import render as render_markdown
from cases.models import Case, Flag, PhiAcknowledgement, Recusal, Reply, Revision
from communities.models import User
from communities.services import client_ip

UNPROCESSABLE = 422


class AuthedRequest(HttpRequest):
    """A request behind ``login_required``: its user is a signed-in clinician."""

    user: User  # type: ignore[assignment]
    htmx: Any


def _findings_context(form: GuardedForm) -> dict[str, Any]:
    result = form.findings()
    return {"guard": result, "guard_fields": result.by_field()}


def _check_url(case: Case) -> str:
    return reverse("cases:check", args=[case.community.slug])


def _redirect(request: AuthedRequest, url: str) -> HttpResponse:
    if getattr(request, "htmx", False):
        return HttpResponseClientRedirect(url)
    return redirect(url)


# --- lists -----------------------------------------------------------------------------------


@login_required
@require_GET
def case_list(request: AuthedRequest, slug: str) -> HttpResponse:
    community, membership = access.community_for_case_reader(request.user, slug)
    status = request.GET.get("status", "")
    cases = (
        access.cases_visible_to(request.user)
        .filter(community=community)
        .select_related("author")
        .prefetch_related("tags")
        .annotate(
            reply_count=Count(
                "replies",
                filter=Q(replies__deleted_at__isnull=True, replies__visibility="visible"),
            )
        )
    )
    if status in (Case.Status.OPEN, Case.Status.CLOSED):
        cases = cases.filter(status=status)
    recusals = Recusal.objects.filter(user=request.user, case__community=community).select_related(
        "case"
    )
    return render(
        request,
        "cases/list.html",
        {
            "community": community,
            "membership": membership,
            "cases": cases[:200],
            "status": status,
            "recusals": recusals,
        },
    )


@login_required
@require_GET
def search_view(request: AuthedRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    hits: list[search.Hit] = []
    if form.is_valid():
        data = form.cleaned_data
        hits = search.search(
            request.user, data["q"], group=data["group"], status=data["status"], tag=data["tag"]
        )
    groups = [m.community for m in access.active_memberships_readable(request.user)]
    return render(request, "cases/search.html", {"form": form, "hits": hits, "groups": groups})


# --- one case --------------------------------------------------------------------------------


def _replies_for_page(case: Case) -> list[Reply]:
    return list(
        Reply.objects.filter(case=case)
        .select_related("author", "quoted__author")
        .annotate(revision_count=Count("revisions"))
        .order_by("created_at", "id")
    )


@login_required
@require_GET
def detail(request: AuthedRequest, code: str) -> HttpResponse:
    case, membership = access.case_for_member(request.user, code)
    return render(request, "cases/detail.html", _detail_context(request, case, membership))


def _detail_context(
    request: AuthedRequest, case: Case, membership: Any, *, reply_form: ReplyForm | None = None
) -> dict[str, Any]:
    user = request.user
    is_author = case.author_id == user.pk
    can_moderate = membership.is_facilitator
    replies = _replies_for_page(case)
    quote = request.GET.get("quote", "")
    if reply_form is None:
        initial: dict[str, str] = {}
        quoted = next(
            (
                r
                for r in replies
                if r.code == quote and r.is_visible and not r.deleted_at and not r.purged_at
            ),
            None,
        )
        if quoted is not None:
            lines = quoted.body.splitlines()[:20]
            initial = {
                "quoted": quoted.code,
                "body": "\n".join("> " + line for line in lines) + "\n\n",
            }
        reply_form = ReplyForm(initial=initial, check_url=_check_url(case))
    acknowledgements = (
        list(PhiAcknowledgement.objects.filter(case=case).select_related("reply"))
        if (can_moderate or is_author)
        else []
    )
    my_flags = (
        list(Flag.objects.filter(case=case, flagged_by=user).order_by("-created_at")[:5])
        if getattr(case, "viewer_has_reviewed_flags", False)
        else []
    )
    sections = [
        (label, render_markdown(text))
        for label, text in (
            ("Presenting concern", case.presenting_concern),
            ("Relevant background", case.background),
            ("What has been tried", case.tried),
            ("Consultation question", case.question),
        )
        if text
    ]
    return {
        "case": case,
        "community": case.community,
        "membership": membership,
        "is_author": is_author,
        "can_moderate": can_moderate,
        "is_following": getattr(case, "viewer_is_following", False),
        "recusal_count": getattr(case, "recusal_count", 0),
        "case_revision_count": getattr(case, "case_revision_count", 0),
        "sections": sections,
        "takeaways": render_markdown(case.takeaways) if case.takeaways else "",
        "tags": list(case.tags.all()),
        "replies": [(reply, render_markdown(reply.body)) for reply in replies],
        "reply_form": reply_form,
        "acknowledgements": acknowledgements,
        "my_flags": my_flags,
        **_findings_context(reply_form),
    }


@login_required
@require_http_methods(["GET", "POST"])
def create(request: AuthedRequest, slug: str) -> HttpResponse:
    community, _ = access.community_for_case_reader(request.user, slug)
    form = CaseForm(request.POST or None, check_url=reverse("cases:check", args=[slug]))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        case = services.post_case(
            community=community,
            author=request.user,
            title=data["title"],
            presenting_concern=data["presenting_concern"],
            background=data["background"],
            tried=data["tried"],
            question=data["question"],
            tags=data["tags"],
            findings=form.guard_result.findings if form.guard_result else (),
        )
        messages.success(request, "Your case is posted. You follow it automatically.")
        return _redirect(request, reverse("cases:detail", args=[case.code]))
    status = UNPROCESSABLE if form.is_bound else 200
    return render(
        request,
        "cases/form.html",
        {"form": form, "community": community, "case": None, **_findings_context(form)},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: AuthedRequest, code: str) -> HttpResponse:
    case, _ = access.case_for_author(request.user, code)
    if case.is_purged:
        messages.error(request, "This case was removed under the group's retention period.")
        return redirect("cases:detail", code=case.code)
    initial = {
        "title": case.title,
        "presenting_concern": case.presenting_concern,
        "background": case.background,
        "tried": case.tried,
        "question": case.question,
        "tags": ", ".join(tag.name for tag in case.tags.all()),
        "ack": sorted(services.case_acknowledged_keys(case)),
    }
    form = CaseForm(request.POST or None, initial=initial, check_url=_check_url(case))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.edit_case(
            case=case,
            editor=request.user,
            title=data["title"],
            presenting_concern=data["presenting_concern"],
            background=data["background"],
            tried=data["tried"],
            question=data["question"],
            tags=data["tags"],
            findings=form.guard_result.findings if form.guard_result else (),
        )
        messages.success(request, "Your changes are saved; the earlier text is kept as a revision.")
        return _redirect(request, reverse("cases:detail", args=[case.code]))
    return render(
        request,
        "cases/form.html",
        {"form": form, "community": case.community, "case": case, **_findings_context(form)},
        status=UNPROCESSABLE if form.is_bound else 200,
    )


@login_required
@require_POST
def check(request: AuthedRequest, slug: str) -> HttpResponse:
    """The live PHI check: the findings fragment for whatever form is being typed."""
    community, _ = access.community_for_case_reader(request.user, slug)
    form_class: type[GuardedForm] = {
        "case": CaseForm,
        "reply": ReplyForm,
        "close": CloseForm,
    }.get(request.POST.get("guard_form", "case"), CaseForm)
    form = form_class(request.POST)
    result = form.live_check()
    return render(
        request,
        "cases/form.html#findings",
        {"guard": result, "guard_fields": result.by_field(), "community": community, "live": True},
    )


@login_required
@require_GET
def revisions(request: AuthedRequest, code: str) -> HttpResponse:
    case, _ = access.case_for_author_or_facilitator(request.user, code)
    items = Revision.objects.filter(case=case, reply__isnull=True).select_related("editor")
    return render(
        request,
        "cases/revisions.html",
        {"case": case, "reply": None, "revisions": items, "current": services._case_content(case)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def close(request: AuthedRequest, code: str) -> HttpResponse:
    case, _ = access.case_for_author(request.user, code)
    if case.is_closed or case.is_purged:
        messages.info(request, "This case is already closed.")
        return redirect("cases:detail", code=case.code)
    form = CloseForm(request.POST or None, check_url=_check_url(case))
    if request.method == "POST" and form.is_valid():
        services.close_case(
            case=case,
            by=request.user,
            takeaways=form.cleaned_data["takeaways"],
            findings=form.guard_result.findings if form.guard_result else (),
        )
        messages.success(request, "The case is closed with your takeaways. Thank you.")
        return _redirect(request, reverse("cases:detail", args=[case.code]))
    return render(
        request,
        "cases/close.html",
        {"form": form, "case": case, "community": case.community, **_findings_context(form)},
        status=UNPROCESSABLE if form.is_bound else 200,
    )


@login_required
@require_POST
def follow(request: AuthedRequest, code: str) -> HttpResponse:
    case, _ = access.case_for_member(request.user, code)
    services.follow_case(case=case, user=request.user)
    messages.success(request, "You follow this case: new replies reach you per your settings.")
    return _redirect(request, reverse("cases:detail", args=[case.code]))


@login_required
@require_POST
def unfollow(request: AuthedRequest, code: str) -> HttpResponse:
    case, _ = access.case_for_member(request.user, code)
    services.unfollow_case(case=case, user=request.user)
    messages.success(request, "You no longer follow this case.")
    return _redirect(request, reverse("cases:detail", args=[case.code]))


@login_required
@require_POST
def recuse(request: AuthedRequest, code: str) -> HttpResponse:
    case, _ = access.case_for_member(request.user, code)
    if case.author_id == request.user.pk:
        raise PermissionDenied("You presented this case.")
    services.recuse(case=case, user=request.user)
    messages.success(
        request,
        "You stepped back from this case; it is hidden from you everywhere. The presenter is "
        "told that a member recused, not who. You can undo this from the group's case list.",
    )
    return _redirect(request, reverse("cases:list", args=[case.community.slug]))


@login_required
@require_POST
def unrecuse(request: AuthedRequest, code: str) -> HttpResponse:
    recusal = access.recusal_for(request.user, code)
    case = services.undo_recusal(recusal=recusal)
    messages.success(request, "The case is visible to you again.")
    return _redirect(request, reverse("cases:detail", args=[case.code]))


@login_required
@require_http_methods(["GET", "POST"])
def flag(request: AuthedRequest, code: str) -> HttpResponse:
    case, _ = access.case_for_member(request.user, code)
    reply_code = request.POST.get("reply") or request.GET.get("reply") or ""
    reply = None
    if reply_code:
        reply, _ = access.reply_for_member(request.user, code, reply_code)
    form = FlagForm(request.POST or None, initial={"reply": reply_code})
    if request.method == "POST" and form.is_valid():
        new_flag = services.flag_content(
            case=case,
            reply=reply,
            flagged_by=request.user,
            reason=form.cleaned_data["reason"],
            note=form.cleaned_data["note"],
        )
        if new_flag.reason == Flag.Reason.IDENTIFYING:
            messages.success(
                request,
                "Thank you. The content is hidden from members until a reviewer looks at it; "
                "you will hear the outcome.",
            )
        else:
            messages.success(
                request, "Thank you. A reviewer will look at it; you will hear the outcome."
            )
        if case.author_id == request.user.pk or new_flag.reason != Flag.Reason.IDENTIFYING or reply:
            return _redirect(request, reverse("cases:detail", args=[case.code]))
        return _redirect(request, reverse("cases:list", args=[case.community.slug]))
    return render(
        request,
        "cases/flag.html",
        {"form": form, "case": case, "reply": reply, "community": case.community},
        status=UNPROCESSABLE if form.is_bound else 200,
    )


# --- replies ---------------------------------------------------------------------------------


@login_required
@require_POST
def reply(request: AuthedRequest, code: str) -> HttpResponse:
    case, membership = access.case_for_member(request.user, code)
    form = ReplyForm(request.POST, check_url=_check_url(case))
    if form.is_valid():
        quoted = None
        if form.cleaned_data["quoted"]:
            quoted = Reply.objects.filter(case=case, code=form.cleaned_data["quoted"]).first()
        try:
            new_reply = services.post_reply(
                case=case,
                author=request.user,
                body=form.cleaned_data["body"],
                quoted=quoted,
                findings=form.guard_result.findings if form.guard_result else (),
            )
        except services.CaseActionError as error:
            messages.error(request, str(error))
            return _redirect(request, reverse("cases:detail", args=[case.code]))
        return _redirect(
            request, reverse("cases:detail", args=[case.code]) + f"#reply-{new_reply.code}"
        )
    return render(
        request,
        "cases/detail.html",
        _detail_context(request, case, membership, reply_form=form),
        status=UNPROCESSABLE,
    )


@login_required
@require_http_methods(["GET", "POST"])
def reply_edit(request: AuthedRequest, code: str, reply_code: str) -> HttpResponse:
    item, _ = access.reply_for_author(request.user, code, reply_code)
    acks = sorted(services.case_acknowledged_keys(item.case, item))
    form = ReplyForm(
        request.POST or None,
        initial={"body": item.body, "ack": acks},
        check_url=_check_url(item.case),
    )
    if request.method == "POST" and form.is_valid():
        services.edit_reply(
            reply=item,
            editor=request.user,
            body=form.cleaned_data["body"],
            findings=form.guard_result.findings if form.guard_result else (),
        )
        messages.success(request, "Your reply is updated; the earlier text is kept as a revision.")
        return _redirect(request, reverse("cases:detail", args=[code]) + f"#reply-{item.code}")
    return render(
        request,
        "cases/reply_edit.html",
        {
            "form": form,
            "reply": item,
            "case": item.case,
            "community": item.case.community,
            **_findings_context(form),
        },
        status=UNPROCESSABLE if form.is_bound else 200,
    )


@login_required
@require_POST
def reply_delete(request: AuthedRequest, code: str, reply_code: str) -> HttpResponse:
    item, _ = access.reply_for_author(request.user, code, reply_code)
    services.delete_reply(reply=item, by=request.user)
    messages.success(request, "Your reply is deleted.")
    return _redirect(request, reverse("cases:detail", args=[code]))


@login_required
@require_GET
def reply_revisions(request: AuthedRequest, code: str, reply_code: str) -> HttpResponse:
    item, _ = access.reply_for_author_or_facilitator(request.user, code, reply_code)
    items = Revision.objects.filter(reply=item).select_related("editor")
    return render(
        request,
        "cases/revisions.html",
        {"case": item.case, "reply": item, "revisions": items, "current": {"body": item.body}},
    )


# --- moderation ------------------------------------------------------------------------------


def _queue_context(flags: Any) -> dict[str, Any]:
    return {
        "flags": list(
            flags.annotate(
                case_recusals=Count("case__recusals", distinct=True),
            ).order_by("created_at")[:200]
        )
    }


@login_required
@require_GET
def moderation(request: AuthedRequest) -> HttpResponse:
    flags = access.moderation_queue_for(request.user)
    return render(request, "cases/moderation.html", {"community": None, **_queue_context(flags)})


@login_required
@require_GET
def group_moderation(request: AuthedRequest, slug: str) -> HttpResponse:
    community, flags = access.group_moderation_queue_for(request.user, slug)
    flags = flags.filter(resolved_at__isnull=True)
    return render(
        request, "cases/moderation.html", {"community": community, **_queue_context(flags)}
    )


@login_required
@require_GET
def flag_review(request: AuthedRequest, code: str) -> HttpResponse:
    item = access.flag_for_reviewer(request.user, code)
    if access.reads_outside_own_groups(request.user, item.case.community):
        services.record_read_via_flag(actor=request.user, flag=item, ip_address=client_ip(request))
    case = item.case
    sections = [
        (label, render_markdown(text))
        for label, text in (
            ("Presenting concern", case.presenting_concern),
            ("Relevant background", case.background),
            ("What has been tried", case.tried),
            ("Consultation question", case.question),
            ("Takeaways", case.takeaways),
        )
        if text
    ]
    others = Flag.objects.filter(case=case, reply=item.reply).select_related("flagged_by")
    acks = PhiAcknowledgement.objects.filter(case=case, reply=item.reply)
    return render(
        request,
        "cases/flag_review.html",
        {
            "flag": item,
            "case": case,
            "reply_body": render_markdown(item.reply.body) if item.reply else "",
            "sections": sections,
            "flags": others,
            "acknowledgements": acks,
            "action_form": ModerationActionForm(),
        },
    )


@login_required
@require_POST
def flag_act(request: AuthedRequest, code: str) -> HttpResponse:
    item = access.flag_for_reviewer(request.user, code)
    form = ModerationActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose one of the actions.")
        return redirect("cases:flag_review", code=item.code)
    services.moderate(
        flag=item,
        actor=request.user,
        action=form.cleaned_data["action"],
        message=form.cleaned_data["message"],
        ip_address=client_ip(request),
    )
    messages.success(request, "Done. The flagger is told the outcome; the action is audited.")
    return _redirect(request, reverse("cases:flag_review", args=[item.code]))


@login_required
@require_http_methods(["GET", "POST"])
def redact(request: AuthedRequest, code: str) -> HttpResponse:
    item = access.flag_for_reviewer(request.user, code)
    case = item.case
    form_class: type[GuardedForm] = RedactReplyForm if item.reply else RedactCaseForm
    if item.reply:
        initial: dict[str, Any] = {"body": item.reply.body}
    else:
        initial = services._case_content(case)
    form = form_class(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        texts = {name: form.cleaned_data[name] for name in form.guarded_fields}
        services.redact(flag=item, actor=request.user, texts=texts, ip_address=client_ip(request))
        messages.success(
            request, "Redacted and restored. Every earlier revision of this text was purged."
        )
        return _redirect(request, reverse("cases:flag_review", args=[item.code]))
    return render(
        request,
        "cases/redact.html",
        {
            "form": form,
            "flag": item,
            "case": case,
            "community": case.community,
            **_findings_context(form),
        },
        status=UNPROCESSABLE if form.is_bound else 200,
    )
