"""Request-wide policies: session lifetime, the viewer's time zone, mandatory MFA and
no caching of authenticated pages."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from datetime import datetime

from allauth.mfa.utils import is_mfa_enabled
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


class SessionLifetimeMiddleware:
    """Ends a session 12 hours (PRACTICA_ABSOLUTE_SESSION_LIFETIME) after sign-in.

    Idleness is handled by SESSION_COOKIE_AGE with SESSION_SAVE_EVERY_REQUEST.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            started = request.session.get(_LOGIN_STARTED_KEY)
            now = timezone.now()
            if started is None:
                request.session[_LOGIN_STARTED_KEY] = now.isoformat()
            elif (
                now - datetime.fromisoformat(started) > settings.PRACTICA_ABSOLUTE_SESSION_LIFETIME
            ):
                logout(request)
                hours = int(settings.PRACTICA_ABSOLUTE_SESSION_LIFETIME.total_seconds() // 3600)
                messages.info(
                    request, f"For your clients' safety you were signed out after {hours} hours."
                )
                return redirect(settings.LOGIN_URL)
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
            and access.must_enrol_mfa(user)
            and not is_mfa_enabled(user)
        ):
            messages.warning(
                request,
                "Your role handles other clinicians' material: set up two-factor "
                "authentication to continue.",
            )
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)


class NeverCacheAuthenticatedMiddleware:
    """Pages rendered for a signed-in clinician must never sit in a shared or back-button cache."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.user.is_authenticated:
            add_never_cache_headers(response)
        return response
