"""The PHI guard as forms and pages use it: scan several fields, honour acknowledgements,
and show findings highlighted in place.

The detector itself is ``cases.phi`` (pure Python); this module only adapts it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

EXCERPT_MAX_CHARS = 200


@dataclass(frozen=True)
class FieldFinding:
    """One finding in one field, with its fingerprint and whether the author acknowledged it."""

    field: str
    start: int
    end: int
    kind: str
    reason: str
    key: str
    excerpt: str
    acknowledged: bool


@dataclass(frozen=True)
class GuardResult:
    findings: tuple[FieldFinding, ...]
    texts: Mapping[str, str]
    labels: Mapping[str, str]

    @property
    def blocking(self) -> tuple[FieldFinding, ...]:
        return tuple(f for f in self.findings if not f.acknowledged)

    @property
    def is_clear(self) -> bool:
        return not self.blocking

    def acknowledged(self) -> tuple[FieldFinding, ...]:
        return tuple(f for f in self.findings if f.acknowledged)

    def by_field(self) -> list[dict[str, object]]:
        """Per field with findings: its label, the text highlighted, and the findings to tick
        (one per span key: the same words twice are acknowledged once)."""
        out: list[dict[str, object]] = []
        for name, text in self.texts.items():
            found = [f for f in self.findings if f.field == name]
            if found:
                unique: list[FieldFinding] = []
                for finding in found:
                    if all(other.key != finding.key for other in unique):
                        unique.append(finding)
                out.append(
                    {
                        "name": name,
                        "label": self.labels.get(name, name),
                        "highlighted": highlight(text, found, [f.key for f in unique]),
                        "findings": unique,
                    }
                )
        return out


def check(
    texts: Mapping[str, str],
    *,
    acknowledged: Iterable[str] = (),
    labels: Mapping[str, str] | None = None,
) -> GuardResult:
    """Scan each field. Every finding is reported; those whose span key the author ticked
    as "not identifying" are marked acknowledged and do not block."""
    from cases import phi  # the detector loads its word lists on first use

    keys = frozenset(acknowledged)
    findings: list[FieldFinding] = []
    for name, text in texts.items():
        if not text:
            continue
        for finding in phi.scan(text):
            key = phi.span_key(text, finding)
            findings.append(
                FieldFinding(
                    field=name,
                    start=finding.start,
                    end=finding.end,
                    kind=finding.kind,
                    reason=finding.reason,
                    key=key,
                    excerpt=text[finding.start : finding.end][:EXCERPT_MAX_CHARS],
                    acknowledged=key in keys,
                )
            )
    return GuardResult(findings=tuple(findings), texts=dict(texts), labels=dict(labels or {}))


def highlight(
    text: str, findings: Iterable[FieldFinding], numbering: list[str] | None = None
) -> SafeString:
    """The text, escaped, with each finding wrapped in <mark class="phi">, numbered as in
    ``numbering`` (the order of span keys in the list beside it)."""
    parts: list[str] = []
    cursor = 0
    ordered = sorted(findings, key=lambda f: f.start)
    keys = numbering or [f.key for f in ordered]
    for finding in ordered:
        if finding.start < cursor:
            continue
        number = keys.index(finding.key) + 1 if finding.key in keys else 0
        parts.append(escape(text[cursor : finding.start]))
        css = "phi phi-acknowledged" if finding.acknowledged else "phi"
        parts.append(
            f'<mark class="{css}" title="{escape(finding.reason)}">'
            f"{escape(text[finding.start : finding.end])}"
            f'<sup aria-hidden="true">{number}</sup></mark>'
        )
        cursor = finding.end
    parts.append(escape(text[cursor:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped
