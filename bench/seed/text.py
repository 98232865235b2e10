"""Plausible, identifier-free consultation prose, made quickly from a fixed stock of sentences.

The stock contains no names, places, dates or numbers, so the seeded text is what a case that
passed the PHI guard looks like.
"""

from __future__ import annotations

import random

SENTENCES = [
    "The client is an adult in their forties who came to therapy after a long period of low mood.",
    "Sessions have focused on the relationship between avoidance and the client's sense of safety.",
    "I notice a pull to rescue whenever the client describes conflict at work.",
    "We agreed on a weekly rhythm, and attendance has been steady for most of the year.",
    "The client often arrives a few minutes late and apologises at length.",
    "My question for the group is how to name the pattern without shaming them.",
    "There is a history of loss in the family that the client rarely mentions directly.",
    "When I reflect feelings back, the client tends to change the subject to practical matters.",
    "I have been wondering whether my own fatigue is part of what happens in the room.",
    "The client described a recurring dream about an unfinished journey.",
    "We have used grounding exercises, which the client finds helpful at the start of sessions.",
    "Recently the client said therapy feels like the only place they are not performing.",
    "I would value thoughts on pacing, since the material is getting heavier.",
    "Their partner is supportive, though the client worries about being a burden.",
    "Sleep has improved, but the client still wakes early with a racing mind.",
    "I feel a strong countertransference of protectiveness that I want to understand better.",
    "The client has started to bring in writing between sessions.",
    "We are approaching a planned break, and I expect this to stir up abandonment themes.",
    "A rupture occurred when I had to reschedule, and we have talked about it openly since.",
    "The client's humour is a resource and also a way of keeping distance.",
    "I am considering whether to introduce a more structured approach for the next phase.",
    "The referral came from their primary care clinician after several months of insomnia.",
    "The client grew up as the eldest sibling and took on a caring role early.",
    "I am unsure whether the current goals still fit what the client wants.",
    "Thank you for presenting this; it resonates with a case of mine.",
    "I wonder what the silence at the end of sessions is holding.",
    "Have you considered inviting the client to notice the moment the subject changes?",
    "From an attachment lens, the lateness may be a test of whether you will still be there.",
    "It might help to slow down and stay with the body before moving to meaning.",
    "I would be curious about what the dream's unfinished journey means to the client.",
    "Your protectiveness sounds like useful information about what the client evokes in others.",
    "Perhaps the break could be named early, with space to plan how to hold it.",
    "In my experience, structure can feel containing rather than restrictive at this stage.",
    "It sounds like the rupture and repair were themselves therapeutic.",
    "Could the humour be welcomed and gently wondered about at the same time?",
    "I appreciate how carefully you have thought about your own part in this.",
    "Supervision helped me once with a similar pattern of rescuing.",
    "The group might also think about how the work is sustaining for you.",
    "A review of goals together could be an opportunity to share the direction.",
    "The writing between sessions seems like a sign of growing trust.",
]

TITLES = [
    "Avoidance and the wish to be rescued",
    "Working with lateness and apology",
    "Pacing heavier material",
    "Countertransference of protectiveness",
    "Preparing for a planned break",
    "Rupture after rescheduling",
    "Humour as resource and distance",
    "Structure in the middle phase",
    "Early waking and a racing mind",
    "The eldest sibling as carer",
    "Silence at the end of sessions",
    "Reviewing goals together",
    "Grief that is rarely named",
    "Dreams of an unfinished journey",
    "Therapy as the place without performance",
]

GROUP_WORDS = [
    "Trauma",
    "Attachment",
    "Couples",
    "Family",
    "Grief",
    "Child and adolescent",
    "Eating",
    "Anxiety",
    "Mood",
    "Psychodynamic",
    "CBT",
    "EMDR",
    "Schema",
    "Compassion-focused",
    "Somatic",
    "Group therapy",
    "Perinatal",
    "Addiction",
    "Neurodiversity",
    "Existential",
]
GROUP_KINDS = ["consultation circle", "peer group", "case seminar", "practice group", "forum"]
TAGS = [
    "trauma",
    "attachment",
    "couples",
    "family",
    "grief",
    "children",
    "eating",
    "anxiety",
    "mood",
    "psychodynamic",
    "cbt",
    "emdr",
    "schema",
    "compassion",
    "somatic",
    "groups",
    "perinatal",
    "addiction",
    "neurodiversity",
    "existential",
]


class Prose:
    """Draws text of a wanted length from a stock prepared once per seed."""

    def __init__(self, rng: random.Random, stock: int = 400) -> None:
        self.rng = rng
        self._paragraphs = [self._paragraph() for _ in range(stock)]

    def _paragraph(self) -> str:
        return " ".join(self.rng.sample(SENTENCES, self.rng.randint(3, 6)))

    def text(self, length: int) -> str:
        """About ``length`` characters, in paragraphs."""
        parts: list[str] = []
        size = 0
        while size < length:
            paragraph = self.rng.choice(self._paragraphs)
            parts.append(paragraph)
            size += len(paragraph) + 2
        return "\n\n".join(parts)[: max(length, 1)].rsplit(" ", 1)[0] + "."

    def title(self) -> str:
        return self.rng.choice(TITLES)
