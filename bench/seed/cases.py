"""Cases: 20,000 across the groups with 200,000 replies, plus one case with 100 replies and
one with 20 in the bench member's group; follows, revisions, recusals, flags."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bench.seed import SeedContext
from bench.seed.copy import analyze, copy_rows, copy_tuples, next_id


def available() -> bool:
    try:
        from cases.models import Case, Reply  # noqa: F401
    except ImportError:
        return False
    return True


def seed(ctx: SeedContext) -> None:
    from cases.models import Case, CaseTag, Flag, Follow, Recusal, Reply, Revision

    rng, scale, now, prose = ctx.rng, ctx.scale, ctx.now, ctx.prose
    tags = [
        CaseTag(slug=slug, name=slug.replace("-", " ").capitalize())
        for slug in (
            "adolescents",
            "couples",
            "grief",
            "trauma",
            "anxiety",
            "depression",
            "attachment",
            "ethics",
            "endings",
            "supervision",
            "risk",
            "boundaries",
            "family",
            "groups",
            "somatic",
        )
    ]
    CaseTag.objects.bulk_create(tags)
    tag_ids = [tag.id for tag in CaseTag.objects.all()]

    special = 2
    regular = max(scale.cases - special, 0)
    per_reply_budget = max(scale.replies - 120, 0)
    reply_counts = [rng.randint(0, 20) for _ in range(regular)]
    # Scale the counts so the total is exactly the budget; no case gets more than 20 replies.
    total = sum(reply_counts) or 1
    reply_counts = [min(20, round(count * per_reply_budget / total)) for count in reply_counts]
    shortfall = per_reply_budget - sum(reply_counts)
    index = 0
    while shortfall > 0 and regular:
        if reply_counts[index % regular] < 20:
            reply_counts[index % regular] += 1
            shortfall -= 1
        index += 1

    first_case = next_id(Case)
    first_reply = next_id(Reply)
    cases: list[Case] = []
    replies: list[Reply] = []
    groups = ctx.group_ids

    def make_case(group_id: int, created: datetime, count: int) -> Case:
        members = ctx.members_by_group[group_id]
        authors = [m for m in members if m != ctx.member_id] or members
        closed = rng.random() < 0.2
        case = Case(
            id=first_case + len(cases),
            community_id=group_id,
            author_id=rng.choice(authors),
            title=prose.title(),
            presenting_concern=prose.text(rng.randint(400, 700)),
            background=prose.text(rng.randint(500, 800)),
            tried=prose.text(rng.randint(250, 450)),
            question=prose.text(rng.randint(120, 250)),
            status=Case.Status.CLOSED if closed else Case.Status.OPEN,
            visibility=Case.Visibility.VISIBLE if rng.random() < 0.99 else Case.Visibility.HIDDEN,
            takeaways=prose.text(300) if closed else "",
            attested_at=created,
            created_at=created,
            last_activity_at=created,
        )
        cases.append(case)
        moment = created
        case_replies: list[Reply] = []
        for _ in range(count):
            moment = moment + timedelta(minutes=rng.randint(10, 60 * 24))
            quoted = rng.choice(case_replies).id if case_replies and rng.random() < 0.1 else None
            reply = Reply(
                id=first_reply + len(replies),
                case_id=case.id,
                author_id=rng.choice(members),
                body=prose.text(rng.randint(200, 900)),
                quoted_id=quoted,
                created_at=min(moment, now),
            )
            replies.append(reply)
            case_replies.append(reply)
        case.last_activity_at = min(moment, now)
        if closed:
            case.closed_at = case.last_activity_at
        return case

    # The two cases the bench reads, in the bench member's first group, recent and open.
    home = ctx.member_group_ids[0]
    case_100 = make_case(home, now - timedelta(days=120), 100)
    case_20 = make_case(home, now - timedelta(days=20), 20)
    for case in (case_100, case_20):
        case.status, case.closed_at, case.takeaways = Case.Status.OPEN, None, ""
        case.visibility = Case.Visibility.VISIBLE
    for position, count in enumerate(reply_counts):
        group_id = groups[position % len(groups)]
        created = now - timedelta(minutes=rng.randint(60, 60 * 24 * 365 * 3))
        make_case(group_id, created, count)
    copy_rows(Case, cases)
    copy_rows(Reply, replies)
    for case in cases:
        ctx.cases_by_group.setdefault(case.community_id, []).append(case.id)

    through = Case.tags.through
    first_link = next_id(through)
    links: list[Any] = []
    for case in cases:
        for tag_id in rng.sample(tag_ids, rng.randint(0, 2)):
            links.append((first_link + len(links), case.id, tag_id))
    copy_tuples(through._meta.db_table, ["id", "case_id", "casetag_id"], links)

    follows: set[tuple[int, int]] = set()
    for case in cases:
        follows.add((case.id, case.author_id))
        for user_id in rng.sample(ctx.members_by_group[case.community_id], 2):
            follows.add((case.id, user_id))
    follows.update({(case_100.id, ctx.member_id), (case_20.id, ctx.member_id)})
    first_follow = next_id(Follow)
    copy_rows(
        Follow,
        (
            Follow(id=first_follow + i, case_id=c, user_id=u, created_at=now)
            for i, (c, u) in enumerate(sorted(follows))
        ),
    )

    revisions: list[Revision] = []
    first_revision = next_id(Revision)
    for reply in replies:
        if rng.random() < 0.03:
            revisions.append(
                Revision(
                    id=first_revision + len(revisions),
                    case_id=reply.case_id,
                    reply_id=reply.id,
                    editor_id=reply.author_id,
                    content={"body": prose.text(300)},
                    created_at=reply.created_at,
                )
            )
    for case in cases[::25]:
        revisions.append(
            Revision(
                id=first_revision + len(revisions),
                case_id=case.id,
                editor_id=case.author_id,
                content={"title": case.title, "question": prose.text(150)},
                created_at=case.created_at,
            )
        )
    copy_rows(Revision, revisions)

    recusals: list[Recusal] = []
    first_recusal = next_id(Recusal)
    for case in cases[2::100]:
        others = [
            m
            for m in ctx.members_by_group[case.community_id]
            if m not in (case.author_id, ctx.member_id)
        ]
        if others:
            recusals.append(
                Recusal(
                    id=first_recusal + len(recusals),
                    case_id=case.id,
                    user_id=rng.choice(others),
                    created_at=now,
                )
            )
    copy_rows(Recusal, recusals)
    flags: list[Flag] = []
    first_flag = next_id(Flag)
    for case in cases[3::200]:
        flags.append(
            Flag(
                id=first_flag + len(flags),
                case_id=case.id,
                flagged_by_id=rng.choice(ctx.members_by_group[case.community_id]),
                reason=Flag.Reason.OFF_TOPIC,
                note="Seems off-topic.",
                created_at=now,
            )
        )
    copy_rows(Flag, flags)
    analyze(Case, Reply, Follow, Revision, Recusal, Flag, through)

    ctx.targets["case_100"] = case_100.code
    ctx.targets["case_20"] = case_20.code
    ctx.targets["case_search_path"] = "/search/?q=rupture"
    ctx.counts.update(
        cases=len(cases), replies=len(replies), follows=len(follows), revisions=len(revisions)
    )
