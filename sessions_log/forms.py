"""Forms of the sessions_log app: they validate input; services do the writing."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from datetime import datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from cases import guard
from cases.forms import GuardedForm
from sessions_log import recurrence
from sessions_log.models import (
    MAX_DURATION,
    MIN_DURATION,
    AgendaItem,
    Attendance,
    HoursEntry,
    Meeting,
    Rsvp,
)

# Titles end up in calendar files: a line break or a semicolon there is an injection attempt.
TITLE_FORBIDDEN = re.compile(r"[\r\n;\x00-\x1f]")


def clean_title_text(value: str) -> str:
    value = value.strip()
    if TITLE_FORBIDDEN.search(value):
        raise ValidationError("Titles cannot contain line breaks or semicolons.")
    return value


class PhiGuardedForm(forms.Form):
    """A form whose free-text fields go through the PHI guard before they may be saved.

    Findings block the save until the author edits them away or ticks each one as not
    identifying (``acknowledge`` checkboxes carrying the span keys).
    """

    guarded_fields: tuple[str, ...] = ()
    guard_result: guard.GuardResult | None = None

    def acknowledged_keys(self) -> list[str]:
        # "acknowledge": the ticks shown after a blocked save; "ack": those of the live check.
        if not hasattr(self.data, "getlist"):
            return []
        return [*self.data.getlist("acknowledge"), *self.data.getlist("ack")]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        texts = {name: cleaned.get(name) or "" for name in self.guarded_fields}
        labels = {name: str(self.fields[name].label or name) for name in self.guarded_fields}
        self.guard_result = guard.check(texts, acknowledged=self.acknowledged_keys(), labels=labels)
        if not self.guard_result.is_clear:
            raise ValidationError(
                "This text may identify someone. Edit the highlighted parts, or tick each one "
                "you are sure is not identifying."
            )
        return cleaned

    def acknowledged_spans(self) -> list[str]:
        return [f.key for f in self.guard_result.acknowledged()] if self.guard_result else []


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


class MeetingDetailsForm(forms.Form):
    title = forms.CharField(max_length=120)
    description = forms.CharField(
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Shown to members on the site. No clinical details.",
    )
    duration_minutes = forms.IntegerField(
        label="Duration (minutes)", min_value=MIN_DURATION, max_value=MAX_DURATION, initial=90
    )
    capacity = forms.IntegerField(
        min_value=1, max_value=100, required=False, help_text="Leave empty for no limit."
    )
    location = forms.CharField(max_length=200, required=False)
    video_link = forms.URLField(
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text="Shown only on this site, to members. Never sent by mail or in calendars.",
    )

    def clean_title(self) -> str:
        return clean_title_text(self.cleaned_data["title"])

    def clean_location(self) -> str:
        return clean_title_text(self.cleaned_data["location"])


class ScheduleForm(MeetingDetailsForm):
    start_date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    start_time = forms.TimeField(widget=forms.TimeInput(attrs={"type": "time"}))
    time_zone = forms.CharField(max_length=64, help_text="The group's time zone by default.")
    frequency = forms.ChoiceField(choices=Meeting.Frequency.choices, initial="none")
    ends = forms.ChoiceField(
        choices=[("count", "After a number of meetings"), ("until", "On a date")],
        initial="count",
        required=False,
    )
    count = forms.IntegerField(min_value=1, required=False, initial=12, label="Number of meetings")
    until = forms.DateField(
        required=False, label="Last date", widget=forms.DateInput(attrs={"type": "date"})
    )

    field_order = [
        "title",
        "description",
        "start_date",
        "start_time",
        "time_zone",
        "duration_minutes",
        "frequency",
        "ends",
        "count",
        "until",
        "capacity",
        "location",
        "video_link",
    ]

    def clean_time_zone(self) -> str:
        value = self.cleaned_data["time_zone"].strip()
        try:
            recurrence.zone(value)
        except recurrence.RecurrenceError as error:
            raise ValidationError(str(error)) from error
        return value

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        frequency = cleaned["frequency"]
        count = cleaned.get("count")
        until = cleaned.get("until")
        if frequency == Meeting.Frequency.NONE:
            count, until = None, None
        elif cleaned.get("ends") == "until":
            count = None
            if until is None:
                self.add_error("until", "Give the date of the last meeting.")
                return cleaned
        else:
            until = None
            if count is None:
                self.add_error("count", "Say how many meetings the series has.")
                return cleaned
        rule = recurrence.Rule(
            start_local=datetime.combine(cleaned["start_date"], cleaned["start_time"]),
            time_zone=cleaned["time_zone"],
            frequency=frequency,
            count=count,
            until=until,
        )
        try:
            recurrence.expand_local(rule)
        except recurrence.RecurrenceError as error:
            raise ValidationError(str(error)) from error
        cleaned["rule"] = rule
        return cleaned


class EditOccurrenceForm(MeetingDetailsForm):
    start_date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    start_time = forms.TimeField(widget=forms.TimeInput(attrs={"type": "time"}))
    scope = forms.ChoiceField(
        choices=[("this", "Only this meeting"), ("following", "This and all following")],
        initial="this",
        widget=forms.RadioSelect,
    )

    field_order = [
        "scope",
        "title",
        "description",
        "start_date",
        "start_time",
        "duration_minutes",
        "capacity",
        "location",
        "video_link",
    ]


class CancelForm(forms.Form):
    scope = forms.ChoiceField(
        choices=[("this", "Only this meeting"), ("following", "This and all following")],
        initial="this",
        widget=forms.RadioSelect,
    )


class RsvpForm(forms.Form):
    answer = forms.ChoiceField(choices=Rsvp.Answer.choices)


class ProposeAgendaForm(PhiGuardedForm):
    case = forms.ChoiceField(required=False, label="One of the group's cases")
    topic = forms.CharField(max_length=160, required=False, label="Or a topic")

    guarded_fields = ("topic",)

    def __init__(self, *args: Any, cases: list[tuple[str, str]] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        case_field = self.fields["case"]
        assert isinstance(case_field, forms.ChoiceField)
        case_field.choices = [("", "—"), *(cases or [])]

    def clean_topic(self) -> str:
        return clean_title_text(self.cleaned_data["topic"])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if not cleaned.get("case") and not cleaned.get("topic"):
            raise ValidationError("Choose one of your group's cases or give a topic.")
        return cleaned


class SettleAgendaForm(forms.Form):
    item = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(choices=AgendaItem.Status.choices)
    position = forms.IntegerField(min_value=0, max_value=50)
    minutes = forms.IntegerField(min_value=5, max_value=240, required=False, label="Minutes")


class SessionLogForm(PhiGuardedForm):
    notes = forms.CharField(
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Short and de-identified: themes and takeaways, no client details.",
    )

    guarded_fields = ("notes",)

    def __init__(self, *args: Any, members: list[Any], duration: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.members = members
        for member in members:
            self.fields[f"status_{member.pk}"] = forms.ChoiceField(
                choices=Attendance.Status.choices,
                initial=Attendance.Status.PRESENT,
                label=f"{member.public_name}: attendance",
            )
            self.fields[f"minutes_{member.pk}"] = forms.IntegerField(
                min_value=0,
                max_value=duration,
                required=False,
                label=f"{member.public_name}: minutes if partly present",
            )
            self.fields[f"presented_{member.pk}"] = forms.BooleanField(
                required=False, label=f"{member.public_name} presented a case"
            )

    def rows(self) -> list[dict[str, Any]]:
        return [
            {
                "member": member,
                "status": self[f"status_{member.pk}"],
                "minutes": self[f"minutes_{member.pk}"],
                "presented": self[f"presented_{member.pk}"],
            }
            for member in self.members
        ]

    def lines(self) -> list[tuple[int, str, int, bool]]:
        return [
            (
                member.pk,
                self.cleaned_data[f"status_{member.pk}"],
                self.cleaned_data.get(f"minutes_{member.pk}") or 0,
                bool(self.cleaned_data.get(f"presented_{member.pk}")),
            )
            for member in self.members
        ]


class ExternalHoursForm(PhiGuardedForm):
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    group_name = forms.CharField(max_length=120, label="Group or consultant")
    format = forms.ChoiceField(choices=HoursEntry.Format.choices)
    minutes = forms.IntegerField(min_value=1, max_value=1440)
    facilitator_name = forms.CharField(max_length=80, required=False, label="Consultant")
    facilitator_credentials = forms.CharField(
        max_length=120, required=False, label="Consultant's credentials"
    )
    reflection = forms.CharField(
        max_length=4000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    guarded_fields = ("reflection",)

    def clean_date(self) -> dt.date:
        value: dt.date = self.cleaned_data["date"]
        if value > dt.date.today():
            raise ValidationError("Hours can only be logged for days that have happened.")
        return value


class ReflectionForm(PhiGuardedForm):
    entry = forms.IntegerField(widget=forms.HiddenInput)
    reflection = forms.CharField(
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Private reflection",
        help_text="Only you see this. De-identified, please.",
    )

    guarded_fields = ("reflection",)


class LiveCheckForm(GuardedForm):
    """The live PHI check while typing, for whichever of this app's guarded forms posts here:
    the cases guard on the raw texts, nothing looked up, nothing saved."""

    guarded_fields = ("topic", "notes", "reflection")
    topic = forms.CharField(required=False, label="Topic")
    notes = forms.CharField(required=False, label="Notes")
    reflection = forms.CharField(required=False, label="Private reflection")

    def __init__(self, data: Any) -> None:
        # Honour ticks from both the live fragment ("ack") and a blocked save ("acknowledge").
        merged = data.copy()
        merged.setlist("ack", [*data.getlist("ack"), *data.getlist("acknowledge")])
        super().__init__(merged)


class PeriodForm(forms.Form):
    start = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), label="From")
    end = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), label="To")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            raise ValidationError("The period ends before it starts.")
        return cleaned
