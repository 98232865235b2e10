"""Demo cases: realistic, properly de-identified consultations in the demo groups — an open one
with discussion, one closed with takeaways, one hidden pending review of a flag.

Idempotent (a case is keyed by group and title). Skips groups or people that are absent.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from cases import services
from cases.models import Case, Flag, Reply
from communities.models import Community, User

DEMO_CASES: list[dict[str, Any]] = [
    {
        "group": "emdr-consultation",
        "author": "member@example.com",
        "days_ago": 12,
        "title": "Dissociation during desensitisation stalls processing",
        "presenting_concern": (
            "An adult client in her thirties, referred for intrusive memories after a "
            "workplace assault, starts to go blank a few sets into desensitisation. She "
            'describes feeling "far away" and cannot report what came up.'
        ),
        "background": (
            "Eight months of work. Stabilisation went well: she uses the calm-place exercise "
            "and containment between sessions. DES-II screening was moderate. No current "
            "self-harm; a supportive partner."
        ),
        "tried": (
            "- Shorter sets and slower bilateral stimulation\n"
            "- Returning to resource installation for two sessions\n"
            "- Asking her to keep one foot on a textured mat for grounding"
        ),
        "question": (
            "How would you decide between more preparation and a fractionated approach to "
            "the target? What signs tell you she is within the window of tolerance?"
        ),
        "tags": ["EMDR", "dissociation", "trauma"],
        "replies": [
            (
                "facilitator@example.com",
                "I would try fractionation before more preparation. **Back-of-the-head scale** "
                "checks every few sets help you see dissociation early.",
            ),
            (
                "member@example.com",
                "> Back-of-the-head scale checks every few sets\n\nThank you, I had not thought "
                "of using it during the sets rather than before them. I will try it.",
            ),
        ],
    },
    {
        "group": "emdr-consultation",
        "author": "facilitator@example.com",
        "days_ago": 40,
        "title": "Target selection when the earliest memory is preverbal",
        "presenting_concern": (
            "A man in his forties with panic in medical settings. The float-back leads to "
            "a sense of being held down as a toddler, with no narrative memory."
        ),
        "background": (
            "Two years of intermittent therapy; panic responds partly to CBT. Family "
            "history confirms a hospital stay in early childhood."
        ),
        "tried": "Working with the earliest recent incident first; body-focused targeting.",
        "question": "How do you work with a target that is only a body sensation?",
        "tags": ["EMDR", "panic"],
        "replies": [
            (
                "member@example.com",
                "I have had good results treating the body sensation itself as the image, and "
                'keeping the negative cognition very simple ("I am trapped").',
            ),
        ],
        "takeaways": (
            "Start from the most recent and the worst medical-setting incidents, then float "
            "back; accept a sensory target without insisting on an image."
        ),
    },
    {
        "group": "emdr-consultation",
        "author": "facilitator@example.com",
        "days_ago": 3,
        "title": "Ruptures around fees with a long-term client",
        "presenting_concern": (
            "A long-term client reacts to a modest fee increase with anger and talk of "
            "ending. The reaction seems out of proportion and familiar."
        ),
        "background": "Four years of work; attachment themes of being used by caregivers.",
        "tried": "Acknowledged the rupture; offered a sliding-scale conversation.",
        "question": "How would you work with this rupture therapeutically rather than "
        "administratively?",
        "tags": ["ruptures", "attachment"],
        "replies": [],
        "flag": (
            "member@example.com",
            Flag.Reason.IDENTIFYING,
            "The detail about the client's job may be too specific.",
        ),
    },
    {
        "group": "dbt-consultation-team",
        "author": "facilitator@example.com",
        "days_ago": 20,
        "title": "Chain analysis keeps stalling on the same link",
        "presenting_concern": (
            "A client in standard DBT completes diary cards but every chain analysis stops "
            'at the same point: "then I just did it".'
        ),
        "background": "Six months in the programme; skills group attendance is good.",
        "tried": "Slowing down, using the body-sensation prompts, validating the shame.",
        "question": "What would you try to get past the missing link?",
        "tags": ["DBT", "chain analysis"],
        "replies": [],
    },
]


def _user(email: str) -> User | None:
    return User.objects.filter(email=email).first()


@transaction.atomic
def seed() -> int:
    """Create the demo cases that are missing; returns how many were created."""
    created = 0
    now = timezone.now()
    for spec in DEMO_CASES:
        community = Community.objects.filter(slug=spec["group"]).first()
        author = _user(spec["author"])
        if community is None or author is None:
            continue
        if Case.objects.filter(community=community, title=spec["title"]).exists():
            continue
        started = now - timedelta(days=spec["days_ago"])
        case = services.post_case(
            community=community,
            author=author,
            title=spec["title"],
            presenting_concern=spec["presenting_concern"],
            background=spec["background"],
            tried=spec["tried"],
            question=spec["question"],
            tags=spec["tags"],
        )
        Case.objects.filter(pk=case.pk).update(created_at=started, last_activity_at=started)
        for hours, (email, body) in enumerate(spec["replies"], start=1):
            replier = _user(email)
            if replier is None:
                continue
            if replier.pk != author.pk:
                services.follow_case(case=case, user=replier)
            reply = Reply.objects.create(
                case=case, author=replier, body=body, created_at=started + timedelta(hours=hours)
            )
            Case.objects.filter(pk=case.pk).update(last_activity_at=reply.created_at)
        if spec.get("takeaways"):
            case.refresh_from_db()
            services.close_case(case=case, by=author, takeaways=spec["takeaways"])
        if spec.get("flag"):
            email, reason, note = spec["flag"]
            flagger = _user(email)
            if flagger is not None:
                services.flag_content(
                    case=case, reply=None, flagged_by=flagger, reason=reason, note=note
                )
        created += 1
    return created
