from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest

from communities import services
from communities.models import User


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

    def populate_username(self, request: HttpRequest, user: User) -> None:
        # Practica has no usernames: people sign in with their email address.
        return None
