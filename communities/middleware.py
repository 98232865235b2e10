"""Request-wide policies: session lifetime, the viewer's time zone, mandatory MFA and
no caching of authenticated pages."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from datetime import datetime

from allauth.mfa.utils import is_mfa_enabled
from allauth.usersessions.internal import usersessionkit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

from communities import access

Handler = Callable[[HttpRequest], HttpResponse]
_LOGIN_STARTED_KEY = "practica_login_started"
_LAST_SEEN_KEY = "practica_last_seen"
_ACTIVITY_TRACKED_KEY = "practica_activity_tracked"
_MFA_CHECKED_KEY = "practica_mfa_checked"
# Writing the session on every request costs three queries; a minute's precision on a
# 30-minute idle limit is plenty.
_LAST_SEEN_PRECISION = 60
# allauth's "signed-in devices" list shows when each session was last active: to the
# nearest five minutes is enough, and spares four queries on every other request.
_ACTIVITY_TRACKING_INTERVAL = 300
# The MFA obligation changes only when someone becomes a facilitator or moderator.
_MFA_RECHECK_INTERVAL = 300


def _now_seconds() -> int:
    return int(timezone.now().timestamp())


class SessionLifetimeMiddleware:
    """Ends a session after PRACTICA_IDLE_TIMEOUT without a request, and in any case
    PRACTICA_ABSOLUTE_SESSION_LIFETIME (12 hours) after sign-in."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            session = request.session
            now = _now_seconds()
            started = session.get(_LOGIN_STARTED_KEY)
            last_seen = session.get(_LAST_SEEN_KEY, now)
            if started is None:
                session[_LOGIN_STARTED_KEY] = timezone.now().isoformat()
            elif (
                timezone.now() - datetime.fromisoformat(started)
                > settings.PRACTICA_ABSOLUTE_SESSION_LIFETIME
            ):
                hours = int(settings.PRACTICA_ABSOLUTE_SESSION_LIFETIME.total_seconds() // 3600)
                return self._sign_out(
                    request, f"For your clients' safety you were signed out after {hours} hours."
                )
            if now - last_seen > settings.PRACTICA_IDLE_TIMEOUT.total_seconds():
                minutes = int(settings.PRACTICA_IDLE_TIMEOUT.total_seconds() // 60)
                return self._sign_out(
                    request, f"You were signed out after {minutes} minutes without activity."
                )
            if _LAST_SEEN_KEY not in session or now - last_seen >= _LAST_SEEN_PRECISION:
                session[_LAST_SEEN_KEY] = now
        return self.get_response(request)

    @staticmethod
    def _sign_out(request: HttpRequest, message: str) -> HttpResponse:
        logout(request)
        messages.info(request, message)
        return redirect(settings.LOGIN_URL)


class ThrottledUserSessionsMiddleware:
    """allauth's session activity tracking, at most once every five minutes per session."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = getattr(request, "session", None)
        if session is not None and request.user.is_authenticated:
            now = _now_seconds()
            if now - session.get(_ACTIVITY_TRACKED_KEY, 0) >= _ACTIVITY_TRACKING_INTERVAL:
                usersessionkit.track_activity(request, user=request.user, session=session)
                session[_ACTIVITY_TRACKED_KEY] = now
        return self.get_response(request)


class UserTimeZoneMiddleware:
    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            try:
                timezone.activate(zoneinfo.ZoneInfo(request.user.time_zone))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        return self.get_response(request)


class RequireMfaMiddleware:
    """Sends people who must use a second factor to enrolment before anything else."""

    allowed_prefixes = ("/accounts/", "/static/", "/healthz", "/mail/unsubscribe/")

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and not request.path.startswith(self.allowed_prefixes)
            and not self._recently_checked(request)
            and access.must_enrol_mfa(user)
            and not is_mfa_enabled(user)
        ):
            request.session.pop(_MFA_CHECKED_KEY, None)
            messages.warning(
                request,
                "Your role handles other clinicians' material: set up two-factor "
                "authentication to continue.",
            )
            return redirect(reverse("mfa_activate_totp"))
        if user.is_authenticated and not self._recently_checked(request):
            request.session[_MFA_CHECKED_KEY] = _now_seconds()
        return self.get_response(request)

    @staticmethod
    def _recently_checked(request: HttpRequest) -> bool:
        checked = request.session.get(_MFA_CHECKED_KEY)
        return checked is not None and _now_seconds() - checked < _MFA_RECHECK_INTERVAL


class NeverCacheAuthenticatedMiddleware:
    """Pages rendered for a signed-in clinician must never sit in a shared or back-button cache."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.user.is_authenticated:
            add_never_cache_headers(response)
        return response
