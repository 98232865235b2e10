"""Views of the sessions_log app: method, access, form, one service, render."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from communities.access import (
    community_for_facilitator,
    community_for_member,
)
from communities.models import Membership, User
from sessions_log import access, ics, pdf, selectors, services
from sessions_log.forms import (
    CancelForm,
    EditOccurrenceForm,
    ExternalHoursForm,
    LiveCheckForm,
    PeriodForm,
    ProposeAgendaForm,
    ReflectionForm,
    RsvpForm,
    ScheduleForm,
    SessionLogForm,
    SettleAgendaForm,
)
from sessions_log.models import AgendaItem, Occurrence


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


# --- Meetings of a group --------------------------------------------------------------------


@require_GET
@login_required
def meeting_list(request: HttpRequest, slug: str) -> HttpResponse:
    community, membership = community_for_member(_user(request), slug)
    return render(
        request,
        "sessions_log/list.html",
        selectors.group_meetings(community=community, membership=membership),
    )


@require_http_methods(["GET", "POST"])
@login_required
def create(request: HttpRequest, slug: str) -> HttpResponse:
    community, _ = community_for_facilitator(_user(request), slug)
    form = ScheduleForm(
        request.POST or None, initial={"time_zone": community.time_zone, "frequency": "none"}
    )
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.schedule_meeting(
                community=community,
                actor=_user(request),
                details=_details(form.cleaned_data),
                rule=form.cleaned_data["rule"],
            )
        except services.MeetingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, f"Scheduled {meeting.occurrences.count()} meeting(s) of “{meeting.title}”."
            )
            return redirect("sessions_log:list", slug=community.slug)
    status = 422 if request.method == "POST" else 200
    return render(
        request, "sessions_log/create.html", {"community": community, "form": form}, status=status
    )


def _details(data: dict[str, Any]) -> services.MeetingDetails:
    return services.MeetingDetails(
        title=data["title"],
        description=data.get("description", ""),
        duration_minutes=data["duration_minutes"],
        capacity=data.get("capacity"),
        location=data.get("location", ""),
        video_link=data.get("video_link", ""),
    )


@require_GET
@login_required
def rhythm(request: HttpRequest, slug: str) -> HttpResponse:
    community, _ = community_for_facilitator(_user(request), slug)
    return render(request, "sessions_log/rhythm.html", selectors.group_rhythm(community=community))


# --- One occurrence ----------------------------------------------------------------------------


def _detail_context(
    request: HttpRequest, occurrence: Occurrence, membership: Membership, **extra: Any
) -> dict[str, Any]:
    context = selectors.occurrence_page(
        occurrence=occurrence, membership=membership, viewer=_user(request)
    )
    if "propose_form" not in extra:
        extra["propose_form"] = ProposeAgendaForm(cases=context["own_cases"])
    context.update(extra)
    return context


@require_GET
@login_required
def detail(request: HttpRequest, code: str) -> HttpResponse:
    occurrence, membership = access.occurrence_for_member(_user(request), code)
    return render(
        request, "sessions_log/detail.html", _detail_context(request, occurrence, membership)
    )


@require_POST
@login_required
def rsvp(request: HttpRequest, code: str) -> HttpResponse:
    occurrence, membership = access.occurrence_for_member(_user(request), code)
    form = RsvpForm(request.POST)
    error = ""
    if form.is_valid():
        try:
            services.set_rsvp(
                occurrence=occurrence, user=_user(request), answer=form.cleaned_data["answer"]
            )
        except services.MeetingError as problem:
            error = str(problem)
    else:
        error = "Choose yes, maybe or no."
    if not request.htmx:  # type: ignore[attr-defined]
        if error:
            messages.error(request, error)
        return redirect("sessions_log:detail", code=occurrence.code)
    context = _detail_context(request, occurrence, membership, rsvp_error=error)
    return render(request, "sessions_log/detail.html#rsvp", context, status=422 if error else 200)


@require_http_methods(["GET", "POST"])
@login_required
def edit(request: HttpRequest, code: str) -> HttpResponse:
    occurrence, _ = access.occurrence_for_facilitator(_user(request), code)
    local = occurrence.starts_at.astimezone(ics.zoneinfo.ZoneInfo(occurrence.meeting.time_zone))
    form = EditOccurrenceForm(
        request.POST or None,
        initial={
            "title": occurrence.title,
            "description": occurrence.description,
            "duration_minutes": occurrence.duration_minutes,
            "capacity": occurrence.capacity,
            "location": occurrence.location,
            "video_link": occurrence.video_link,
            "start_date": local.date(),
            "start_time": local.time().replace(tzinfo=None),
            "scope": "this",
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.edit_occurrences(
                occurrence=occurrence,
                actor=_user(request),
                details=_details(data),
                start_local=datetime.combine(data["start_date"], data["start_time"]),
                and_following=data["scope"] == "following",
            )
        except services.MeetingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "The meeting was updated; members' calendars will follow.")
            return redirect("sessions_log:detail", code=occurrence.code)
    return render(
        request,
        "sessions_log/edit.html",
        {"occurrence": occurrence, "form": form, "cancel_form": CancelForm()},
        status=422 if request.method == "POST" else 200,
    )


@require_POST
@login_required
def cancel(request: HttpRequest, code: str) -> HttpResponse:
    occurrence, _ = access.occurrence_for_facilitator(_user(request), code)
    form = CancelForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose whether to cancel only this meeting or the following too.")
        return redirect("sessions_log:edit", code=occurrence.code)
    cancelled = services.cancel_occurrences(
        occurrence=occurrence,
        actor=_user(request),
        and_following=form.cleaned_data["scope"] == "following",
    )
    messages.success(request, f"Cancelled {len(cancelled)} meeting(s); members are told by mail.")
    return redirect("sessions_log:detail", code=occurrence.code)


@require_POST
@login_required
def propose(request: HttpRequest, code: str) -> HttpResponse:
    occurrence, membership = access.occurrence_for_member(_user(request), code)
    own_cases = selectors.own_cases_for_agenda(user=_user(request), community=occurrence.community)
    form = ProposeAgendaForm(request.POST, cases=[(c.code, c.title) for c in own_cases])
    if form.is_valid():
        case = next((c for c in own_cases if c.code == form.cleaned_data["case"]), None)
        try:
            services.propose_agenda_item(
                occurrence=occurrence,
                user=_user(request),
                case=case,
                topic=form.cleaned_data["topic"],
                acknowledged_spans=form.acknowledged_spans(),
            )
        except services.MeetingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Proposed for the agenda. A facilitator will confirm it.")
            return redirect(reverse("sessions_log:detail", args=[occurrence.code]) + "#agenda")
    context = _detail_context(request, occurrence, membership, propose_form=form)
    return render(request, "sessions_log/detail.html", context, status=422)


@require_POST
@login_required
def settle(request: HttpRequest, code: str) -> HttpResponse:
    occurrence, _ = access.occurrence_for_facilitator(_user(request), code)
    form = SettleAgendaForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Give a status, a position from 0 to 50 and 5 to 240 minutes.")
        return redirect("sessions_log:detail", code=occurrence.code)
    item = (
        AgendaItem.objects.filter(occurrence=occurrence, pk=form.cleaned_data["item"])
        .select_related("occurrence__community")
        .first()
    )
    if item is None:
        raise Http404("No such agenda item.")
    services.settle_agenda_item(
        item=item,
        actor=_user(request),
        status=form.cleaned_data["status"],
        position=form.cleaned_data["position"],
        minutes=form.cleaned_data["minutes"],
    )
    messages.success(request, "Agenda updated.")
    return redirect(reverse("sessions_log:detail", args=[occurrence.code]) + "#agenda")


# --- Calendars --------------------------------------------------------------------------------


def _calendar_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@login_required
def invite(request: HttpRequest, code: str) -> HttpResponse:
    occurrence, _ = access.occurrence_for_member(_user(request), code)
    data = ics.build_calendar([occurrence], site_url=settings.SITE_URL, name=occurrence.title)
    return _calendar_response(data, f"meeting-{occurrence.code}.ics")


@require_GET
def feed(request: HttpRequest, token: str) -> HttpResponse:
    owner = access.feed_owner(token)
    occurrences = access.upcoming_for_user(owner).order_by("starts_at")[:500]
    data = ics.build_calendar(occurrences, site_url=settings.SITE_URL, name="Practica meetings")
    return _calendar_response(data, "practica.ics")


# --- The session log --------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@login_required
def session_log(request: HttpRequest, code: str) -> HttpResponse:
    occurrence, _ = access.occurrence_for_facilitator(_user(request), code)
    log, members, attendance = selectors.log_page(occurrence=occurrence)
    initial: dict[str, Any] = {"notes": log.notes if log else ""}
    for line in attendance.values():
        initial[f"status_{line.user_id}"] = line.status
        initial[f"minutes_{line.user_id}"] = line.minutes if line.status == "partial" else None
        initial[f"presented_{line.user_id}"] = line.presented
    form = SessionLogForm(
        request.POST or None,
        initial=initial,
        members=members,
        duration=occurrence.duration_minutes,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.save_session_log(
                occurrence=occurrence,
                actor=_user(request),
                lines=[services.AttendanceLine(*line) for line in form.lines()],
                notes=form.cleaned_data["notes"],
                acknowledged_spans=form.acknowledged_spans(),
            )
        except services.MeetingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Attendance saved. Sign it off when it is complete.")
            return redirect("sessions_log:log", code=occurrence.code)
    return render(
        request,
        "sessions_log/log.html",
        {
            "occurrence": occurrence,
            "log": log,
            "form": form,
            "attendance": attendance,
            "started": occurrence.starts_at <= timezone.now(),
        },
        status=422 if request.method == "POST" else 200,
    )


@require_POST
@login_required
def sign_off(request: HttpRequest, code: str) -> HttpResponse:
    occurrence, _ = access.occurrence_for_facilitator(_user(request), code)
    try:
        services.sign_off_session_log(occurrence=occurrence, actor=_user(request))
    except services.MeetingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Signed off. Attendees' hours are in their ledgers.")
    return redirect("sessions_log:log", code=occurrence.code)


# --- Hours ------------------------------------------------------------------------------------


def _hours_context(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    today = timezone.localdate()
    context = selectors.hours_page(user=_user(request), today=today)
    context.setdefault("external_form", ExternalHoursForm())
    context.setdefault(
        "period_form", PeriodForm(initial={"start": today - timedelta(days=365), "end": today})
    )
    context.update(extra)
    return context


@require_GET
@login_required
def hours(request: HttpRequest) -> HttpResponse:
    return render(request, "sessions_log/hours.html", _hours_context(request))


@require_POST
@login_required
def hours_add(request: HttpRequest) -> HttpResponse:
    form = ExternalHoursForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.add_external_hours(
                user=_user(request),
                day=data["date"],
                group_name=data["group_name"],
                format=data["format"],
                minutes=data["minutes"],
                facilitator_name=data["facilitator_name"],
                facilitator_credentials=data["facilitator_credentials"],
                reflection=data["reflection"],
            )
        except services.MeetingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Added to your ledger as self-reported hours.")
            return redirect("sessions_log:hours")
    return render(
        request, "sessions_log/hours.html", _hours_context(request, external_form=form), status=422
    )


@require_POST
@login_required
def reflection(request: HttpRequest) -> HttpResponse:
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        entry_id = request.POST.get("entry")
        return render(
            request,
            "sessions_log/hours.html",
            _hours_context(request, reflection_form=form, reflection_entry=entry_id),
            status=422,
        )
    entry = access.own_hours_entry(_user(request), form.cleaned_data["entry"])
    services.save_reflection(entry=entry, user=_user(request), text=form.cleaned_data["reflection"])
    messages.success(request, "Reflection saved. Only you can see it.")
    return redirect(reverse("sessions_log:hours") + f"#entry-{entry.pk}")


@login_required
@require_POST
def check(request: HttpRequest) -> HttpResponse:
    """The live PHI check while typing an agenda topic, log notes or a reflection.

    Any signed-in user may post here: it reads nothing from the database and answers only
    about the text posted, so there is nothing to scope to a group or a meeting.
    """
    result = LiveCheckForm(request.POST).live_check()
    return render(
        request,
        "cases/form.html#findings",
        {
            "guard": result,
            "guard_fields": result.by_field(),
            "live": True,
            "ack_notice": "Your ticks are recorded with what you save.",
        },
    )


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@require_GET
@login_required
def hours_csv(request: HttpRequest) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "Date",
            "Group",
            "Format",
            "Minutes",
            "Presented own case",
            "Facilitator",
            "Facilitator credentials",
            "Source",
            "Reflection",
        ]
    )
    for entry in access.own_hours(_user(request)).order_by("date", "id"):
        writer.writerow(
            [
                neutralise(value)
                for value in (
                    entry.date.isoformat(),
                    entry.group_name,
                    entry.get_format_display(),
                    entry.minutes,
                    "yes" if entry.presented_own_case else "no",
                    entry.facilitator_name,
                    entry.facilitator_credentials,
                    entry.get_source_display(),
                    entry.reflection,
                )
            ]
        )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="consultation-hours.csv"'
    return response


@require_POST
@login_required
def certificate(request: HttpRequest) -> HttpResponse:
    form = PeriodForm(request.POST)
    if form.is_valid():
        try:
            issued = services.issue_certificate(
                user=_user(request),
                period_start=form.cleaned_data["start"],
                period_end=form.cleaned_data["end"],
            )
        except services.MeetingError as error:
            form.add_error(None, str(error))
        else:
            url = reverse("sessions_log:certificate_pdf", args=[issued.code])
            if request.htmx:  # type: ignore[attr-defined]
                return HttpResponseClientRedirect(url)
            return redirect(url)
    return render(
        request, "sessions_log/hours.html", _hours_context(request, period_form=form), status=422
    )


@require_GET
@login_required
def certificate_pdf(request: HttpRequest, code: str) -> HttpResponse:
    issued = access.own_certificate(_user(request), code)
    verify_url = settings.SITE_URL + reverse("sessions_log:verify", args=[issued.code])
    response = HttpResponse(pdf.certificate(issued, verify_url=verify_url), "application/pdf")
    response["Content-Disposition"] = f'attachment; filename="hours-certificate-{issued.code}.pdf"'
    return response


@require_GET
def verify(request: HttpRequest, code: str) -> HttpResponse:
    issued = access.certificate_for_verification(code)
    return render(request, "sessions_log/verify.html", {"certificate": issued})
