from __future__ import annotations

import zoneinfo
from typing import Any

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms

from communities.models import (
    Community,
    Membership,
    ModalityTag,
    NotificationPreferences,
    validate_time_zone,
)
from communities.services import REMINDER_LEAD_CHOICES


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class SignupForm(AllauthSignupForm):
    display_name = forms.CharField(
        max_length=80,
        label="Your name as colleagues will see it",
        help_text="For example “Dr Ana Ruiz”.",
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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        invited = _invited_address()
        if invited and not self.is_bound and not self.fields["email"].initial:
            self.fields["email"].initial = invited


def _invited_address() -> str:
    """The address of the invitation this visitor followed before signing up ('' if none).

    The invitation page keeps the link's token in the session (``PENDING_INVITATION_KEY``);
    allauth's middleware exposes the current request, so the sign-up form can prefill the
    address without the address ever travelling in a URL. It stays editable, though only an
    account with the invited address can accept the invitation afterwards.
    """
    from allauth.core import context

    from communities import access
    from communities.adapters import PENDING_INVITATION_KEY

    request = context.request
    token = request.session.get(PENDING_INVITATION_KEY) if request is not None else None
    if not token:
        return ""
    try:
        return access.invitation_for_token(token).email
    except access.InvitationProblem:
        return ""


# --- Groups, membership and profiles ---------------------------------------------------------


class CommunityForm(forms.ModelForm):
    """The settings of a group; creation adds the slug and the first covenant."""

    retention_months = forms.TypedChoiceField(
        label="Keep case texts for",
        choices=[("", "As long as the group exists")]
        + [(str(n), f"{n} months") for n in (6, 12, 18, 24, 36, 48, 60)],
        coerce=int,
        empty_value=None,
        required=False,
        help_text="Case texts older than this are deleted automatically.",
    )
    time_zone = forms.ChoiceField(
        choices=time_zone_choices,
        label="The group's time zone",
        help_text="Meetings are scheduled in this zone.",
    )

    class Meta:
        model = Community
        fields = [
            "name",
            "description",
            "focus",
            "tags",
            "meeting_rhythm",
            "visibility",
            "join_policy",
            "capacity",
            "time_zone",
            "retention_months",
        ]
        labels = {
            "name": "Name of the group",
            "focus": "Focus (one line)",
            "tags": "Modalities",
            "meeting_rhythm": "How often you meet",
            "visibility": "Who can find the group",
            "join_policy": "How people join",
            "capacity": "Largest number of members",
        }
        help_texts = {
            "focus": "For example “Complex trauma in adult clients”.",
            "meeting_rhythm": "For example “Second Tuesday of the month, 18:30”.",
            "capacity": "Between 3 and 30.",
        }
        widgets = {
            "tags": forms.CheckboxSelectMultiple,
            "visibility": forms.RadioSelect,
            "join_policy": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 5}),
        }

    def clean_capacity(self) -> int:
        capacity = self.cleaned_data["capacity"]
        if capacity is None or not 3 <= capacity <= 30:
            raise forms.ValidationError("A group has between 3 and 30 members.")
        return capacity


class CreateCommunityForm(CommunityForm):
    slug = forms.SlugField(
        max_length=60,
        label="Web address",
        help_text="Lower-case letters, digits and hyphens: /groups/<address>/.",
    )
    covenant = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=10000,
        label="Covenant",
        help_text="What members promise each other. Every member accepts it before seeing "
        "any case.",
    )

    class Meta(CommunityForm.Meta):
        fields = ["name", "slug", *CommunityForm.Meta.fields[1:]]

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"].lower()
        if slug in {"new"}:
            raise forms.ValidationError("That address is reserved. Choose another.")
        if Community.objects.filter(slug=slug).exists():
            raise forms.ValidationError("That address is taken by another group. Choose another.")
        return slug

    def clean_covenant(self) -> str:
        text = self.cleaned_data["covenant"].strip()
        if not text:
            raise forms.ValidationError("A group needs a covenant.")
        return text


class DirectorySearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=100, label="Search groups")
    tag = forms.MultipleChoiceField(
        required=False, label="Modalities", widget=forms.CheckboxSelectMultiple
    )
    open_only = forms.BooleanField(required=False, label="Only groups I can join")

    def __init__(self, *args: Any, tags: list[ModalityTag], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["tag"].choices = [(tag.slug, tag.name) for tag in tags]  # type: ignore[attr-defined]


class CovenantForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 14}),
        max_length=10000,
        label="Covenant",
        strip=True,
        error_messages={"required": "The covenant cannot be empty."},
    )


class AcceptCovenantForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    accept = forms.BooleanField(
        label="I have read this covenant and I accept it",
        error_messages={"required": "Tick the box to accept the covenant."},
    )


class JoinRequestForm(forms.Form):
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        required=False,
        label="A note to the facilitators",
        help_text="Who you are and why this group. No client details.",
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", "Approve"), ("decline", "Decline")])
    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        required=False,
        label="Message to the applicant (optional)",
    )


class InvitationForm(forms.Form):
    email = forms.EmailField(label="Email address to invite")


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=Membership.Role.choices)


class RemoveMemberForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=500,
        label="Reason (the member is told)",
        error_messages={"required": "Give a reason: the member is told why they were removed."},
    )


class ProfileForm(forms.Form):
    display_name = forms.CharField(max_length=80, label="Your name as colleagues see it")
    credentials = forms.CharField(max_length=120, required=False, label="Credentials")
    licence_type = forms.CharField(
        max_length=120, required=False, label="Licence type", help_text="Self-reported."
    )
    licence_jurisdiction = forms.CharField(
        max_length=120,
        required=False,
        label="Licensing jurisdiction",
        help_text="For example “Illinois” or “England”. Self-reported.",
    )
    modalities = forms.CharField(
        max_length=300,
        required=False,
        label="Modalities you practise",
        help_text="Separated by commas, for example “EMDR, DBT”.",
    )
    time_zone = forms.ChoiceField(choices=time_zone_choices, label="Your time zone")
    bio = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        required=False,
        label="A short bio",
    )

    def clean_modalities(self) -> list[str]:
        raw = self.cleaned_data.get("modalities") or ""
        return [part.strip() for part in raw.split(",") if part.strip()][:20]


class DeleteAccountForm(forms.Form):
    purge_case_texts = forms.TypedChoiceField(
        label="What should happen to the cases you presented and your replies?",
        choices=[
            ("0", "Keep their text, shown as written by “Former member”"),
            ("1", "Delete their text as well"),
        ],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
        initial="0",
    )
    confirm = forms.BooleanField(
        label="I understand that this cannot be undone",
        error_messages={"required": "Tick the box to confirm."},
    )


class AuditFilterForm(forms.Form):
    action = forms.CharField(required=False, max_length=60, label="Action")
    group = forms.CharField(required=False, max_length=60, label="Group address")
    person = forms.CharField(required=False, max_length=120, label="Person (email or name)")


class SuspendForm(forms.Form):
    reason = forms.CharField(max_length=500, required=False, label="Reason (recorded)")


class PeopleSearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=120, label="Find a person")


# --- Mail preferences and outbox ------------------------------------------------------------


class NotificationPreferencesForm(forms.Form):
    mail_enabled = forms.BooleanField(
        required=False,
        label="Send me mail from Practica",
        help_text="The master switch. Invitations and account security mail still arrive.",
    )
    digest = forms.ChoiceField(
        choices=NotificationPreferences.Digest.choices,
        widget=forms.RadioSelect,
        label="Digest of my groups",
        help_text="Arrives in your morning, in your own time zone.",
    )
    reminder_lead_minutes = forms.TypedMultipleChoiceField(
        choices=[(str(minutes), label) for minutes, label in REMINDER_LEAD_CHOICES],
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Meeting reminders",
        help_text="Choose none to receive no reminders.",
    )
    replies = forms.ChoiceField(
        choices=NotificationPreferences.Replies.choices,
        widget=forms.RadioSelect,
        label="Replies on cases I follow",
    )
    non_essential_opt_in = forms.BooleanField(
        required=False,
        label="Occasional product news and tips (never anything clinical)",
    )

    @classmethod
    def initial_for(cls, prefs: NotificationPreferences) -> dict[str, object]:
        return {
            "mail_enabled": prefs.mail_enabled,
            "digest": prefs.digest,
            "reminder_lead_minutes": [str(m) for m in prefs.reminder_lead_minutes],
            "replies": prefs.replies,
            "non_essential_opt_in": prefs.non_essential_opt_in,
        }


class OutboxActionForm(forms.Form):
    message = forms.IntegerField(min_value=1)
    action = forms.ChoiceField(choices=[("retry", "Retry"), ("cancel", "Cancel")])
