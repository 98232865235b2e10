"""Views of communities: check method, load-and-authorize, validate, call a service, render."""

from __future__ import annotations

import copy
import json
from typing import Any

from allauth.account.decorators import reauthentication_required
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from communities import access, extensions, forms, services
from communities.adapters import PENDING_INVITATION_KEY
from communities.models import Community, Invitation, Membership, ModalityTag, User

INVALID = 422


class AuthedRequest(HttpRequest):
    """A request behind ``login_required``: its user is a signed-in clinician."""

    user: User  # type: ignore[assignment]
    htmx: Any


def _ip(request: HttpRequest) -> str | None:
    return services.client_ip(request)


# --- The directory and creating a group


@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    tags = list(ModalityTag.objects.all())
    form = forms.DirectorySearchForm(request.GET, tags=tags)
    communities = access.directory_for(request.user)
    filtering = False
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        if query:
            communities = communities.filter(
                Q(name__icontains=query)
                | Q(focus__icontains=query)
                | Q(description__icontains=query)
            )
        for tag in form.cleaned_data["tag"]:
            communities = communities.filter(tags__slug=tag)
        if form.cleaned_data["open_only"]:
            communities = communities.exclude(join_policy=Community.JoinPolicy.INVITATION)
        filtering = bool(query or form.cleaned_data["tag"] or form.cleaned_data["open_only"])
    page = Paginator(communities, 20).get_page(request.GET.get("page"))
    groups = list(page.object_list)
    standing: dict[int, str] = {}
    if request.user.is_authenticated:
        standing = dict(
            Membership.objects.filter(
                user=request.user, community__in=[c.pk for c in groups]
            ).values_list("community_id", "status")
        )
    for community in groups:
        community.viewer_status = standing.get(community.pk)  # type: ignore[attr-defined]
    return render(
        request,
        "communities/directory.html",
        {"form": form, "page": page, "groups": groups, "filtering": filtering},
    )


@login_required
@require_http_methods(["GET", "POST"])
def create(request: AuthedRequest) -> HttpResponse:
    if not EmailAddress.objects.filter(user=request.user, verified=True).exists():
        messages.error(request, "Confirm your email address before you create a group.")
        return redirect("account_email")
    if request.method == "POST":
        form = forms.CreateCommunityForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                community = services.create_community(
                    creator=request.user,
                    name=data["name"],
                    slug=data["slug"],
                    covenant_text=data["covenant"],
                    description=data["description"],
                    focus=data["focus"],
                    meeting_rhythm=data["meeting_rhythm"],
                    tags=data["tags"],
                    visibility=data["visibility"],
                    join_policy=data["join_policy"],
                    capacity=data["capacity"],
                    time_zone=data["time_zone"],
                    retention_months=data["retention_months"],
                    ip_address=_ip(request),
                )
            except services.Refused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(request, f"{community.name} is ready. You are its facilitator.")
                return redirect("communities:detail", community.slug)
        return render(request, "communities/create.html", {"form": form}, status=INVALID)
    form = forms.CreateCommunityForm(
        initial={
            "covenant": services.DEFAULT_COVENANT,
            "capacity": 10,
            "time_zone": request.user.time_zone,
            "visibility": Community.Visibility.LISTED,
            "join_policy": Community.JoinPolicy.REQUEST,
        }
    )
    return render(request, "communities/create.html", {"form": form})


# --- A group


@require_GET
def detail(request: HttpRequest, slug: str) -> HttpResponse:
    community = access.community_for_viewer(request.user, slug)
    standing, facilitators = access.standing_and_facilitators(request.user, community)
    membership = standing if standing is not None and standing.is_active else None
    context = {
        "community": community,
        "facilitators": facilitators,
        "standing": standing,
        "membership": membership,
        "member_count": access.active_member_count(community),
        "covenant_accepted": membership is not None
        and access.has_accepted_current_covenant(membership),
        "queue_count": access.join_queue(community).count()
        if membership is not None and membership.is_facilitator
        else 0,
        "panels": extensions.group_panels(request.user, community, membership),
    }
    return render(request, "communities/detail.html", context)


@login_required
@require_GET
def decision_message(request: AuthedRequest, slug: str) -> HttpResponse:
    """The facilitator's note on the viewer's request or removal: mail only links here."""
    membership = access.decision_for(request.user, slug)
    return render(
        request,
        "communities/decision_message.html",
        {"membership": membership, "community": membership.community},
    )


@login_required
@require_GET
def members(request: AuthedRequest, slug: str) -> HttpResponse:
    community, membership = access.community_for_member(request.user, slug)
    return render(
        request,
        "communities/members.html",
        {
            "community": community,
            "membership": membership,
            "members": list(access.members_of(community)),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def settings_page(request: AuthedRequest, slug: str) -> HttpResponse:
    community, _ = access.community_for_facilitator(request.user, slug)
    if request.method == "POST":
        # The form validates against a copy, so a refused change leaves ``community`` intact.
        form = forms.CommunityForm(request.POST, instance=copy.copy(community))
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.update_community(
                    actor=request.user,
                    community=community,
                    name=data["name"],
                    description=data["description"],
                    focus=data["focus"],
                    meeting_rhythm=data["meeting_rhythm"],
                    tags=data["tags"],
                    visibility=data["visibility"],
                    join_policy=data["join_policy"],
                    capacity=data["capacity"],
                    time_zone=data["time_zone"],
                    retention_months=data["retention_months"],
                    ip_address=_ip(request),
                )
            except services.Refused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(request, "The group's settings are saved.")
                return redirect("communities:settings", community.slug)
        return render(
            request,
            "communities/settings.html",
            {"community": community, "form": form},
            status=INVALID,
        )
    form = forms.CommunityForm(instance=community)
    return render(request, "communities/settings.html", {"community": community, "form": form})


# --- The covenant


@login_required
@require_http_methods(["GET", "POST"])
def covenant(request: AuthedRequest, slug: str) -> HttpResponse:
    community, membership = access.community_for_member(request.user, slug)
    current = community.covenants.filter(version=community.covenant_version).first()
    form = forms.AcceptCovenantForm(
        request.POST or None, initial={"version": community.covenant_version}
    )
    if request.method == "POST":
        if form.is_valid():
            try:
                services.accept_covenant(
                    user=request.user,
                    community=community,
                    version=form.cleaned_data["version"],
                    ip_address=_ip(request),
                )
            except services.Refused as refusal:
                messages.error(request, str(refusal))
                return redirect("communities:covenant", community.slug)
            messages.success(request, f"Thank you. You accepted the covenant of {community.name}.")
            return redirect("communities:detail", community.slug)
        status = INVALID
    else:
        status = 200
    return render(
        request,
        "communities/covenant.html",
        {
            "community": community,
            "membership": membership,
            "covenant": current,
            "form": form,
            "accepted": access.has_accepted_current_covenant(membership),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def covenant_edit(request: AuthedRequest, slug: str) -> HttpResponse:
    community, _ = access.community_for_facilitator(request.user, slug)
    current = community.covenants.filter(version=community.covenant_version).first()
    if request.method == "POST":
        form = forms.CovenantForm(request.POST)
        if form.is_valid():
            try:
                covenant = services.edit_covenant(
                    actor=request.user,
                    community=community,
                    text=form.cleaned_data["text"],
                    ip_address=_ip(request),
                )
            except services.Refused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(
                    request,
                    f"Version {covenant.version} of the covenant is in force. Every member is "
                    "asked to accept it before they see cases again.",
                )
                return redirect("communities:detail", community.slug)
        return render(
            request,
            "communities/covenant_edit.html",
            {"community": community, "form": form, "covenant": current},
            status=INVALID,
        )
    form = forms.CovenantForm(initial={"text": current.text if current else ""})
    return render(
        request,
        "communities/covenant_edit.html",
        {"community": community, "form": form, "covenant": current},
    )


# --- Joining


@login_required
@require_http_methods(["GET", "POST"])
def join(request: AuthedRequest, slug: str) -> HttpResponse:
    community = access.community_for_viewer(request.user, slug)
    standing = access.standing_in(request.user, community)
    current = community.covenants.filter(version=community.covenant_version).first()
    is_open = community.join_policy == Community.JoinPolicy.OPEN
    form: forms.AcceptCovenantForm | forms.JoinRequestForm
    if is_open:
        form = forms.AcceptCovenantForm(
            request.POST or None, initial={"version": community.covenant_version}
        )
    else:
        form = forms.JoinRequestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = INVALID
        if form.is_valid():
            try:
                if is_open:
                    services.join_open_group(
                        user=request.user,
                        community=community,
                        covenant_version=form.cleaned_data["version"],
                        ip_address=_ip(request),
                    )
                else:
                    services.request_to_join(
                        user=request.user,
                        community=community,
                        note=form.cleaned_data["note"],
                        ip_address=_ip(request),
                    )
            except services.Refused as refusal:
                form.add_error(None, str(refusal))
            else:
                if is_open:
                    messages.success(request, f"Welcome to {community.name}.")
                else:
                    messages.success(
                        request,
                        "Your request is sent. The facilitators will answer, and you will "
                        "be told by mail.",
                    )
                return redirect("communities:detail", community.slug)
    return render(
        request,
        "communities/join.html",
        {
            "community": community,
            "standing": standing,
            "covenant": current,
            "form": form,
            "is_open": is_open,
            "member_count": access.active_member_count(community),
        },
        status=status,
    )


@login_required
@require_GET
def requests(request: AuthedRequest, slug: str) -> HttpResponse:
    community, _ = access.community_for_facilitator(request.user, slug)
    return render(request, "communities/requests.html", _queue_context(community))


def _queue_context(community: Community) -> dict[str, object]:
    count = access.active_member_count(community)
    return {
        "community": community,
        "queue": list(access.join_queue(community)),
        "member_count": count,
        "is_full": count >= community.capacity,
        "decision_form": forms.DecisionForm(),
    }


@login_required
@require_POST
def decide(request: AuthedRequest, slug: str, code: str) -> HttpResponse:
    community, _ = access.community_for_facilitator(request.user, slug)
    pending = access.membership_in_group(community, code, status=Membership.Status.PENDING)
    form = forms.DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose whether to approve or decline the request.")
    else:
        try:
            if form.cleaned_data["decision"] == "approve":
                services.approve_join_request(
                    actor=request.user,
                    membership=pending,
                    message=form.cleaned_data["message"],
                    ip_address=_ip(request),
                )
                messages.success(request, f"{pending.user.public_name} is now a member.")
            else:
                services.decline_join_request(
                    actor=request.user,
                    membership=pending,
                    message=form.cleaned_data["message"],
                    ip_address=_ip(request),
                )
                messages.success(request, f"You declined {pending.user.public_name}'s request.")
        except services.Refused as refusal:
            messages.error(request, str(refusal))
    if request.htmx:
        return render(request, "communities/requests.html#queue", _queue_context(community))
    return redirect("communities:requests", community.slug)


@login_required
@require_http_methods(["GET", "POST"])
def invitations(request: AuthedRequest, slug: str) -> HttpResponse:
    community, _ = access.community_for_facilitator(request.user, slug)
    form = forms.InvitationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = INVALID
        if form.is_valid():
            try:
                invitation = services.invite_by_email(
                    actor=request.user,
                    community=community,
                    email=form.cleaned_data["email"],
                    ip_address=_ip(request),
                )
            except services.Refused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(request, f"An invitation is on its way to {invitation.email}.")
                return redirect("communities:invitations", community.slug)
    return render(
        request,
        "communities/invitations.html",
        {
            "community": community,
            "form": form,
            "invitations": Invitation.objects.filter(community=community).select_related(
                "invited_by", "accepted_by"
            )[:100],
            "now": timezone.now(),
        },
        status=status,
    )


@login_required
@require_POST
def revoke_invitation(request: AuthedRequest, slug: str) -> HttpResponse:
    community, _ = access.community_for_facilitator(request.user, slug)
    invitation = (
        Invitation.objects.filter(
            community=community, pk=request.POST.get("invitation") or 0
        ).first()
        if (request.POST.get("invitation") or "").isdigit()
        else None
    )
    if invitation is None:
        raise Http404("No such invitation.")
    try:
        services.revoke_invitation(
            actor=request.user, invitation=invitation, ip_address=_ip(request)
        )
        messages.success(request, f"The invitation for {invitation.email} is withdrawn.")
    except services.Refused as refusal:
        messages.error(request, str(refusal))
    return redirect("communities:invitations", community.slug)


@require_http_methods(["GET", "POST"])
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """An invitation link. Works signed out: the link is kept in the session, and after
    sign-up (or sign-in) the person comes back here to accept."""
    try:
        invite = access.invitation_for_token(token)
    except access.InvitationProblem as problem:
        request.session.pop(PENDING_INVITATION_KEY, None)
        return render(request, "communities/invitation.html", {"problem": str(problem)}, status=410)
    community = invite.community
    current = community.covenants.filter(version=community.covenant_version).first()
    if not request.user.is_authenticated:
        request.session[PENDING_INVITATION_KEY] = token
        return render(
            request,
            "communities/invitation.html",
            {"invitation": invite, "community": community, "covenant": current},
        )
    form = forms.AcceptCovenantForm(
        request.POST or None, initial={"version": community.covenant_version}
    )
    status = 200
    if request.method == "POST":
        status = INVALID
        if form.is_valid():
            try:
                services.accept_invitation(
                    user=request.user,
                    invitation=invite,
                    covenant_version=form.cleaned_data["version"],
                    ip_address=_ip(request),
                )
            except services.Refused as refusal:
                form.add_error(None, str(refusal))
            else:
                request.session.pop(PENDING_INVITATION_KEY, None)
                messages.success(request, f"Welcome to {community.name}.")
                return redirect("communities:detail", community.slug)
    return render(
        request,
        "communities/invitation.html",
        {"invitation": invite, "community": community, "covenant": current, "form": form},
        status=status,
    )


# --- Roles, removal, leaving


@login_required
@require_POST
def member_role(request: AuthedRequest, slug: str, code: str) -> HttpResponse:
    community, _ = access.community_for_facilitator(request.user, slug)
    target = access.membership_in_group(community, code, status=Membership.Status.ACTIVE)
    form = forms.RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a role.")
        return redirect("communities:members", community.slug)
    change = (
        services.promote_member
        if form.cleaned_data["role"] == Membership.Role.FACILITATOR
        else services.demote_member
    )
    try:
        change(actor=request.user, community=community, member=target.user, ip_address=_ip(request))
        messages.success(request, f"{target.user.public_name}'s role is changed.")
    except services.Refused as refusal:
        messages.error(request, str(refusal))
    return redirect("communities:members", community.slug)


@login_required
@require_http_methods(["GET", "POST"])
def remove_member(request: AuthedRequest, slug: str, code: str) -> HttpResponse:
    community, _ = access.community_for_facilitator(request.user, slug)
    target = access.membership_in_group(community, code, status=Membership.Status.ACTIVE)
    form = forms.RemoveMemberForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = INVALID
        if form.is_valid():
            try:
                services.remove_member(
                    actor=request.user,
                    community=community,
                    member=target.user,
                    reason=form.cleaned_data["reason"],
                    ip_address=_ip(request),
                )
            except services.Refused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(request, f"{target.user.public_name} was removed from the group.")
                return redirect("communities:members", community.slug)
    return render(
        request,
        "communities/remove_member.html",
        {"community": community, "target": target, "form": form},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def leave(request: AuthedRequest, slug: str) -> HttpResponse:
    community, membership = access.community_for_member(request.user, slug)
    if request.method == "POST":
        try:
            services.leave_group(user=request.user, community=community, ip_address=_ip(request))
        except services.Refused as refusal:
            messages.error(request, str(refusal))
            return redirect("communities:leave", community.slug)
        messages.success(request, f"You left {community.name}.")
        return redirect("home")
    return render(
        request, "communities/leave.html", {"community": community, "membership": membership}
    )


@login_required
@require_GET
def group_audit(request: AuthedRequest, slug: str) -> HttpResponse:
    community, _ = access.community_for_facilitator(request.user, slug)
    page = Paginator(access.audit_events_of_group(community), 50).get_page(request.GET.get("page"))
    return render(request, "communities/group_audit.html", {"community": community, "page": page})


# --- People


@login_required
@require_GET
def person(request: AuthedRequest, code: str) -> HttpResponse:
    person = access.person_for_viewer(request.user, code)
    shared = Membership.objects.filter(
        user=person,
        status=Membership.Status.ACTIVE,
        community__in=Membership.objects.filter(
            user=request.user, status=Membership.Status.ACTIVE
        ).values("community_id"),
    ).select_related("community")
    return render(request, "communities/person.html", {"person": person, "shared": shared})


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: AuthedRequest) -> HttpResponse:
    user = request.user
    if request.method == "POST":
        form = forms.ProfileForm(request.POST)
        if form.is_valid():
            services.update_profile(user=user, **form.cleaned_data)
            messages.success(request, "Your profile is saved.")
            return redirect("communities:profile")
        return render(request, "communities/profile.html", {"form": form}, status=INVALID)
    form = forms.ProfileForm(
        initial={
            "display_name": user.display_name,
            "credentials": user.credentials,
            "licence_type": user.licence_type,
            "licence_jurisdiction": user.licence_jurisdiction,
            "modalities": ", ".join(user.modalities or []),
            "time_zone": user.time_zone,
            "bio": user.bio,
        }
    )
    return render(request, "communities/profile.html", {"form": form})


@login_required
@require_GET
def export(request: AuthedRequest) -> HttpResponse:
    data = services.export_user_data(user=request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False, default=str),
        content_type="application/json; charset=utf-8",
    )
    filename = f"practica-export-{timezone.now():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@reauthentication_required
@require_http_methods(["GET", "POST"])
def delete_account(request: AuthedRequest) -> HttpResponse:
    form = forms.DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.delete_account(
                user=request.user,
                purge_case_texts=form.cleaned_data["purge_case_texts"],
                ip_address=_ip(request),
            )
        except services.Refused as refusal:
            form.add_error(None, str(refusal))
        else:
            logout(request)
            messages.success(request, "Your account is deleted. Thank you for your work here.")
            return redirect("home")
    status = INVALID if request.method == "POST" else 200
    return render(request, "communities/delete_account.html", {"form": form}, status=status)


# --- Moderation of people and groups


@login_required
@require_GET
def audit(request: AuthedRequest) -> HttpResponse:
    events = access.audit_events_for_moderator(request.user)
    form = forms.AuditFilterForm(request.GET)
    if form.is_valid():
        data = form.cleaned_data
        if data["action"]:
            events = events.filter(action__icontains=data["action"].strip())
        if data["group"]:
            events = events.filter(community__slug__icontains=data["group"].strip())
        if data["person"]:
            who = data["person"].strip()
            events = events.filter(
                Q(actor__email__icontains=who)
                | Q(actor__display_name__icontains=who)
                | Q(target_user__email__icontains=who)
                | Q(target_user__display_name__icontains=who)
            )
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(request, "communities/audit.html", {"form": form, "page": page})


@login_required
@require_GET
def people(request: AuthedRequest) -> HttpResponse:
    access.require_site_moderator(request.user)
    form = forms.PeopleSearchForm(request.GET)
    found = User.objects.filter(anonymised_at__isnull=True)
    if form.is_valid() and form.cleaned_data["q"].strip():
        q = form.cleaned_data["q"].strip()
        found = found.filter(Q(email__icontains=q) | Q(display_name__icontains=q))
    page = Paginator(found.order_by("display_name", "email"), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "communities/people.html",
        {"form": form, "page": page, "suspend_form": forms.SuspendForm()},
    )


@login_required
@require_POST
def suspend(request: AuthedRequest, code: str) -> HttpResponse:
    person = access.person_for_moderator(request.user, code)
    form = forms.SuspendForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        services.suspend_user(
            actor=request.user, user=person, reason=reason, ip_address=_ip(request)
        )
        messages.success(request, f"{person.public_name} is suspended and signed out everywhere.")
    except services.Refused as refusal:
        messages.error(request, str(refusal))
    return redirect("communities:people")


@login_required
@require_POST
def reactivate(request: AuthedRequest, code: str) -> HttpResponse:
    person = access.person_for_moderator(request.user, code)
    try:
        services.reactivate_user(actor=request.user, user=person, ip_address=_ip(request))
        messages.success(request, f"{person.public_name} can sign in again.")
    except services.Refused as refusal:
        messages.error(request, str(refusal))
    return redirect("communities:people")


@login_required
@require_GET
def moderation_groups(request: AuthedRequest) -> HttpResponse:
    access.require_site_moderator(request.user)
    communities = access.with_member_counts(Community.objects.all()).order_by("name", "pk")
    page = Paginator(communities, 50).get_page(request.GET.get("page"))
    return render(request, "communities/moderation_groups.html", {"page": page})


@login_required
@require_POST
def archive(request: AuthedRequest, slug: str) -> HttpResponse:
    access.require_site_moderator(request.user)
    community = access.community_for_viewer(request.user, slug)
    restoring = request.POST.get("action") == "restore"
    change = services.restore_group if restoring else services.archive_group
    try:
        change(actor=request.user, community=community, ip_address=_ip(request))
        messages.success(request, f"{community.name} is {'restored' if restoring else 'archived'}.")
    except services.Refused as refusal:
        messages.error(request, str(refusal))
    return redirect("communities:moderation_groups")


# --- Mail preferences and outbox ------------------------------------------------------------
# Owned by the mail outbox issue. Imports are local to keep this section separate.


def _me(request: HttpRequest) -> User:
    """The signed-in user (the view is behind login_required)."""
    assert isinstance(request.user, User)
    return request.user


@login_required
@require_http_methods(["GET", "POST"])
def notifications(request: HttpRequest) -> HttpResponse:
    from communities.forms import NotificationPreferencesForm

    prefs = services.preferences_for(_me(request))
    if request.method == "POST":
        form = NotificationPreferencesForm(request.POST)
        if form.is_valid():
            services.update_notification_preferences(
                user=_me(request),
                ip_address=services.client_ip(request),
                **form.cleaned_data,
            )
            messages.success(request, "Your mail settings are saved.")
            return redirect("communities:notifications")
    else:
        form = NotificationPreferencesForm(initial=NotificationPreferencesForm.initial_for(prefs))
    feed_path = f"/calendar/{prefs.calendar_token}.ics"
    return render(
        request,
        "communities/notifications.html",
        {
            "form": form,
            "prefs": prefs,
            "feed_url": f"{settings.SITE_URL}{feed_path}",
        },
    )


@login_required
@require_POST
def rotate_calendar_token(request: HttpRequest) -> HttpResponse:
    services.rotate_calendar_token(user=_me(request), ip_address=services.client_ip(request))
    messages.success(
        request, "Your calendar feed has a new address. Subscribe to it again in your calendar."
    )
    return redirect("communities:notifications")


@login_required
@require_POST
def resume_mail(request: HttpRequest) -> HttpResponse:
    services.resume_mail_after_bounces(user=_me(request), ip_address=services.client_ip(request))
    messages.success(request, "Practica will try your address again.")
    return redirect("communities:notifications")


@csrf_exempt  # RFC 8058: mail providers POST "List-Unsubscribe=One-Click" without a session
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    from communities import mail

    try:
        user_id, category = mail.read_unsubscribe_token(token)
    except mail.BadUnsubscribeToken as error:
        return render(
            request,
            "communities/unsubscribe_invalid.html",
            {"reason": str(error)},
            status=400,
        )
    if request.user.is_authenticated and request.user.pk != user_id:
        return render(
            request, "communities/unsubscribe_invalid.html", {"reason": "other"}, status=403
        )
    choices = services.UNSUBSCRIBE_ACTIONS[category]
    context: dict[str, object] = {
        "category": category,
        "category_label": mail.CATEGORIES[category],
        "choices": choices,
        "token": token,
    }
    if request.method == "POST":
        if request.POST.get("List-Unsubscribe") == "One-Click":
            action = "off"
        else:
            action = request.POST.get("action", "")
        try:
            prefs = services.apply_unsubscribe(
                user_id=user_id,
                category=category,
                action=action,
                ip_address=services.client_ip(request),
            )
        except LookupError:
            return render(
                request, "communities/unsubscribe_invalid.html", {"reason": "gone"}, status=400
            )
        except ValueError:
            context["error"] = "Please choose one of the options."
            return render(request, "communities/unsubscribe.html", context, status=400)
        context.update(done=True, action=action, prefs=prefs)
    return render(request, "communities/unsubscribe.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def outbox(request: HttpRequest) -> HttpResponse:
    from communities.forms import OutboxActionForm
    from communities.models import OutboxMessage

    if not access.is_site_moderator(_me(request)):
        raise PermissionDenied("Only site moderators see the outbox.")
    if request.method == "POST":
        form = OutboxActionForm(request.POST)
        if not form.is_valid():
            messages.error(request, "That action is not possible.")
            return redirect("communities:outbox")
        act = (
            services.retry_outbox_message
            if form.cleaned_data["action"] == "retry"
            else services.cancel_outbox_message
        )
        try:
            row = act(
                actor=_me(request),
                message_id=form.cleaned_data["message"],
                ip_address=services.client_ip(request),
            )
        except OutboxMessage.DoesNotExist:
            messages.error(request, "That message no longer exists.")
        except ValueError as error:
            messages.error(request, f"Not changed: {error}.")
        else:
            messages.success(request, f"{row.key}: {row.get_state_display().lower()}.")
        return redirect("communities:outbox")
    from communities import outbox as dispatcher

    State = OutboxMessage.State
    oldest = (
        OutboxMessage.objects.filter(state=State.PENDING, next_attempt_at__lte=timezone.now())
        .order_by("due_at")
        .values_list("due_at", flat=True)
        .first()
    )
    problems = OutboxMessage.objects.filter(state__in=[State.FAILED, State.UNCERTAIN]).order_by(
        "-created_at"
    )[:30]
    waiting = OutboxMessage.objects.filter(state=State.PENDING).order_by("next_attempt_at")[:30]
    counts = dispatcher.pending_summary()
    return render(
        request,
        "communities/outbox.html",
        {
            "counts": [(State(state).label, state, n) for state, n in counts.items()],
            "oldest_pending": oldest,
            "problems": problems,
            "waiting": waiting,
        },
    )


@require_GET
def dev_mail(request: HttpRequest) -> HttpResponse:
    """DEBUG only: the mail the demo wrote to files, newest first, for a newcomer to read."""
    from communities import devmail

    if not settings.DEBUG:
        raise Http404("Only in the demo.")
    return render(request, "communities/dev_mail.html", {"mails": devmail.read_mail()})
