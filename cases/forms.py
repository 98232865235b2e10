"""Forms of the cases app. Every free text a member writes passes the PHI guard here."""

from __future__ import annotations

from typing import Any, ClassVar

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import slugify

from cases import guard
from cases.models import SECTION_MAX_CHARS, TAKEAWAYS_MAX_CHARS, TITLE_MAX_CHARS, Flag

MAX_TAGS = 8
MAX_ACKNOWLEDGEMENTS = 200
GUARD_MESSAGE = (
    "Some details may identify the client (highlighted below). Edit them out, or tick "
    "“not identifying” for each one you are sure is safe, then save again."
)


def validate_readable_text(value: str) -> None:
    """Refuse text that cannot be stored or read back: lone surrogates, undecodable bytes
    (which arrive as U+FFFD) and control characters other than tab and newlines."""
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        raise ValidationError("This text contains invalid Unicode characters; please retype it.")
    if "\ufffd" in value:
        raise ValidationError(
            "This text contains characters that could not be read (invalid Unicode); "
            "please retype it."
        )
    if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value):
        raise ValidationError("This text contains control characters; please remove them.")


def text_field(
    label: str, *, max_length: int = SECTION_MAX_CHARS, required: bool = False, rows: int = 5
) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        strip=True,
        validators=[validate_readable_text],
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={
            "max_length": f"Keep this under {max_length:,} characters (it has %(show_value)d).",
        },
    )


class AcknowledgementsField(forms.Field):
    """The span keys the author ticked as "not identifying" (checkboxes named ``ack``)."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value: Any) -> list[str]:
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        keys = [str(v)[:200] for v in value if v]
        if len(keys) > MAX_ACKNOWLEDGEMENTS:
            raise ValidationError("Too many acknowledgements.")
        return keys


class GuardedForm(forms.Form):
    """A form whose free texts go through the PHI guard on every validation."""

    guarded_fields: ClassVar[tuple[str, ...]] = ()
    ack = AcknowledgementsField(required=False)

    def __init__(self, *args: Any, check_url: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.guard_result: guard.GuardResult | None = None
        if check_url:
            # The live check: after a pause in typing, post the whole form to the guard.
            for name in self.guarded_fields:
                self.fields[name].widget.attrs.update(
                    {
                        "hx-post": check_url,
                        "hx-trigger": "keyup changed delay:600ms, paste delay:600ms",
                        "hx-target": "#phi-findings",
                        "hx-swap": "outerHTML",
                        "hx-sync": "closest form:queue last",
                    }
                )

    def findings(self) -> guard.GuardResult:
        """What the guard says about the form as shown: the submitted text, or the initial
        text (an edit page shows the spans acknowledged earlier, still ticked)."""
        if self.is_bound:
            return self.guard_result or self.live_check()
        texts = {n: str(self.initial.get(n, "") or "").strip() for n in self.guarded_fields}
        return guard.check(texts, acknowledged=self.initial.get("ack") or [], labels=self._labels())

    def _labels(self) -> dict[str, str]:
        return {name: str(self.fields[name].label) for name in self.guarded_fields}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            # Other mistakes first; the guard still reports what it sees in what was typed.
            self.guard_result = self.live_check()
            return cleaned
        texts = {name: self.guarded_text(name, cleaned) for name in self.guarded_fields}
        self.guard_result = guard.check(
            texts, acknowledged=cleaned.get("ack") or [], labels=self._labels()
        )
        if not self.guard_result.is_clear:
            raise ValidationError(GUARD_MESSAGE, code="phi")
        return cleaned

    def guarded_text(self, name: str, cleaned: dict[str, Any]) -> str:
        return str(cleaned.get(name) or "")

    def live_check(self) -> guard.GuardResult:
        """The guard on the raw, possibly invalid input (the live check while typing)."""
        texts: dict[str, str] = {}
        for name in self.guarded_fields:
            raw = str(self.data.get(self.add_prefix(name), ""))[: SECTION_MAX_CHARS + 1]
            texts[name] = "".join(ch for ch in raw if ch >= " " or ch in "\t\n\r").strip()
            texts[name] = texts[name].encode("utf-8", "replace").decode("utf-8")
        acknowledged = self.data.getlist("ack") if hasattr(self.data, "getlist") else []
        return guard.check(
            texts, acknowledged=acknowledged[:MAX_ACKNOWLEDGEMENTS], labels=self._labels()
        )

    @property
    def is_blocked_by_guard(self) -> bool:
        return any(error.code == "phi" for error in self.non_field_errors().as_data())


class CaseForm(GuardedForm):
    guarded_fields = ("title", "presenting_concern", "background", "tried", "question", "tags")

    title = forms.CharField(
        label="Title",
        max_length=TITLE_MAX_CHARS,
        validators=[validate_readable_text],
        help_text="A short description, no names: “Stuck on engagement with a grieving teen”.",
    )
    presenting_concern = text_field("Presenting concern")
    background = text_field("Relevant background")
    tried = text_field("What has been tried")
    question = text_field("Consultation question", required=True, rows=3)
    tags = forms.CharField(
        label="Tags",
        required=False,
        max_length=400,
        validators=[validate_readable_text],
        help_text="Optional, separated by commas: modality, population, theme.",
    )
    attest = forms.BooleanField(
        label="I have removed names, places, dates and other details that could identify "
        "the client.",
        required=True,
        error_messages={"required": "Please confirm that identifying details were removed."},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["question"].error_messages["required"] = (
            "Say what you would like from the group: the consultation question is required."
        )
        self.fields["question"].help_text = "What do you want from the group?"

    def clean_tags(self) -> list[str]:
        raw = self.cleaned_data.get("tags") or ""
        names = [name.strip() for name in raw.split(",") if name.strip()]
        if len(names) > MAX_TAGS:
            raise ValidationError(f"Use at most {MAX_TAGS} tags.")
        for name in names:
            if len(name) > 40 or not slugify(name):
                raise ValidationError(f"“{name[:40]}” is not a usable tag (1–40 letters).")
        return names

    def guarded_text(self, name: str, cleaned: dict[str, Any]) -> str:
        if name == "tags":  # the guard reads the tags as typed, like the live check does
            return str(self.data.get(self.add_prefix("tags"), "")).strip()
        return super().guarded_text(name, cleaned)


class ReplyForm(GuardedForm):
    guarded_fields = ("body",)

    body = text_field("Your reply", required=True, rows=6)
    quoted = forms.CharField(required=False, max_length=16, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["body"].error_messages["required"] = "Write something before posting."


class CloseForm(GuardedForm):
    guarded_fields = ("takeaways",)

    takeaways = text_field("Takeaways", max_length=TAKEAWAYS_MAX_CHARS, required=True, rows=5)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["takeaways"].help_text = "A short summary of what you take from the group."
        self.fields["takeaways"].error_messages["required"] = (
            "Write a few words of takeaways before closing the case."
        )


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label="Why are you flagging this?", choices=Flag.Reason, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label="Note for the reviewers",
        required=False,
        max_length=2000,
        validators=[validate_readable_text],
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Optional. Don't repeat identifying details here.",
    )
    reply = forms.CharField(required=False, max_length=16, widget=forms.HiddenInput)


class ModerationActionForm(forms.Form):
    ACTIONS = (
        ("dismiss", "Dismiss the flag (content stays or comes back)"),
        ("hide", "Hide the content"),
        ("restore", "Restore hidden content"),
        ("delete", "Delete the content"),
        ("warn", "Warn the author"),
    )
    action = forms.ChoiceField(choices=ACTIONS)
    message = forms.CharField(
        label="Message to the author (for a warning)",
        required=False,
        max_length=1000,
        validators=[validate_readable_text],
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class RedactCaseForm(GuardedForm):
    """A moderator edits identifying text out of a case."""

    guarded_fields = ("title", "presenting_concern", "background", "tried", "question", "takeaways")

    title = forms.CharField(
        label="Title", max_length=TITLE_MAX_CHARS, validators=[validate_readable_text]
    )
    presenting_concern = text_field("Presenting concern")
    background = text_field("Relevant background")
    tried = text_field("What has been tried")
    question = text_field("Consultation question", required=True, rows=3)
    takeaways = text_field("Takeaways", max_length=TAKEAWAYS_MAX_CHARS)


class RedactReplyForm(GuardedForm):
    guarded_fields = ("body",)

    body = text_field("Reply", required=True, rows=6)


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search", required=False, max_length=200, validators=[validate_readable_text]
    )
    group = forms.SlugField(label="Group", required=False)
    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[("", "Any"), ("open", "Open"), ("closed", "Closed")],
    )
    tag = forms.SlugField(label="Tag", required=False, max_length=40)
