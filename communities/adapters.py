from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from communities import services
from communities.models import User

PENDING_INVITATION_KEY = "communities_pending_invitation"


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request: HttpRequest, user: User, form: Any, commit: bool = True) -> User:
        user = super().save_user(request, user, form, commit=True)
        data = form.cleaned_data
        services.complete_signup_profile(
            user=user,
            display_name=data.get("display_name", ""),
            credentials=data.get("credentials", ""),
            time_zone=data.get("time_zone") or "UTC",
            non_essential_opt_in=bool(data.get("non_essential_mail")),
        )
        return user

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """Someone who followed an invitation link before they had an account (or while signed
        out) comes back to it after signing in, to accept it and land in the group."""
        token = request.session.get(PENDING_INVITATION_KEY)
        if token:
            return reverse("communities:invitation", args=[token])
        return super().get_login_redirect_url(request)

    def get_signup_redirect_url(self, request: HttpRequest) -> str:
        token = request.session.get(PENDING_INVITATION_KEY)
        if token:
            return reverse("communities:invitation", args=[token])
        return super().get_signup_redirect_url(request)

    def populate_username(self, request: HttpRequest, user: User) -> None:
        # Practica has no usernames: people sign in with their email address.
        return None

    # --- Mail preferences and outbox
    def confirm_email(self, request: HttpRequest, email_address: EmailAddress) -> bool:
        confirmed = super().confirm_email(request, email_address)
        if confirmed:
            services.enqueue_welcome(user=email_address.user, email=email_address.email)
        return confirmed

    def post_login(self, request: HttpRequest, user: Any, **kwargs: Any) -> HttpResponse:
        response = super().post_login(request, user, **kwargs)
        prefs = getattr(user, "notification_prefs", None)
        if prefs is not None and prefs.bounce_notice_pending:
            messages.warning(
                request,
                "Mail to your address keeps bouncing, so Practica has stopped sending it. "
                "Check your address, then resume mail on your notification settings page.",
            )
            services.acknowledge_bounce_notice(user=user)
        return response
