from __future__ import annotations

import zoneinfo

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from communities.models import User, validate_time_zone


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class SignupForm(AllauthSignupForm):
    display_name = forms.CharField(
        max_length=80, label="Your name as colleagues will see it", help_text="For example “Dr Ana Ruiz”."
    )
    credentials = forms.CharField(
        max_length=120,
        required=False,
        label="Professional credentials",
        help_text="For example “LCSW” or “PhD, licensed psychologist”. Self-reported.",
    )
    time_zone = forms.CharField(
        max_length=64,
        initial="UTC",
        label="Your time zone",
        help_text="An IANA name such as Europe/Berlin or America/Chicago.",
        widget=forms.TextInput(attrs={"list": "time-zones", "autocomplete": "off"}),
        validators=[validate_time_zone],
    )
    non_essential_mail = forms.BooleanField(
        required=False,
        label="Also send me occasional product news and tips (never anything clinical)",
    )

    field_order = ["display_name", "credentials", "email", "time_zone", "password1", "password2"]
