"""Blind batch b18d, written by a helper session without sight of the guard. Forty posts from
US, Canadian, UK, Irish, Australian and New Zealand clinicians, weighted towards the informal
side of a peer forum: quick replies, "update on my case" follow-ups, supervision reflections,
group and whanau-hui notes, SOAP/BIRP notes, process notes, closing takeaways, plus a few longer
case presentations and intake summaries. The identifier half varies from a single slip (a
lower-case husband's name in a quote, a gamer tag, a small town, a mum's employer) to
intake-style posts with names, birth dates, addresses, postcodes/Eircodes/ZIP codes, phones,
emails, Medicare and insurance numbers, schools, hospitals and a GP; names include cue-less
first names and ordinary-word names (Brooke, Tui, Sky, Grace), dates come as 02/17/1990, 9/3,
Nov. 4, 12 August, 3rd of May 2008, Tues 14th, 28.02, 3/11, Easter Sunday 2009, Paddy's Day
2023, and two ages over 89. The clean half is ordinary de-identified writing dense with
look-alikes: cited authors and book titles (Linehan, Gottman, Yalom, Winnicott, Durie, Russ
Harris, Perel, Pauline Boss), instruments and scores (PHQ-9, PCL-5, K10, CORE-10, EDE-Q,
HoNOSCA, CSI-16, MoCA), ICD/CPT/MBS codes, medications, national services and hotlines (NHS
Talking Therapies, HSE, ACC, NDIS, Centrelink, VA, 988, Lifeline, 1737, Kids Help Phone),
regions, brands, TV shows, games, public figures, months, weekdays and holidays without years.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged). The rules alone, as at 62d9494 where this session started: 0.955, 0.833, 0.800, 0.450.
With the first version of the learned second look (trained on rounds up to 17): 0.955, 0.904, 0.800, 0.250.
With the second look as committed (no count features for texts under 250 characters,
titles and relations always kept; designed from unit tests and cross-validation on
rounds up to 17, not from this set; weights trained on rounds up to 17 and scored
without the title and relation exemption, so recall is if anything higher): 0.944, 0.913, 0.750, 0.200.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b18d-001",
        """Update on the school-refusal kid I posted about a few weeks back (Year 8, anxious, hadn't been through the gate since Term 1) — thanks everyone for the suggestions.

We went with the graded re-entry plan a few of you recommended. Did a proper functional assessment first (Kearney's SRAS-R — avoidance of negative affect came out way on top, attention-seeking barely registered), then built the ladder with him: car park → front office → library at recess → one class → half days. He's now doing three full days a week at Kyabram Secondary College and the wellbeing coordinator there has been brilliant about having a quiet space ready.

The thing I didn't see coming: his little sister Matilda started refusing the same week he went back. Mum thinks it's copycat. I'm less sure — SDQ from mum has her in the borderline range for emotional symptoms and she's apparently been having tummy aches on Sunday nights for months, it's just that nobody was looking at her while all eyes were on him.

Has anyone done family work where the 'well' sibling starts to wobble once the identified patient improves? I'm thinking a bit of Minuchin-style structural thinking, but I don't want to turn this into a whole family pathology story. Also open to being told to just refer her on to headspace and stay in my lane 🙂""",
        [("Kyabram Secondary College", "organisation"), ("Matilda", "name")],
    ),
    (
        "b18d-002",
        """Completely normal in my experience, and worth normalising with her before she decides therapy is 'making it worse'.

Scores often go up before they come down in trauma-focused CBT — Ehlers and Clark's model more or less predicts it once you start updating hotspots, and NICE (NG116) doesn't assume a neat linear drop. I had a lad last year whose PCL-5 went from 48 to 56 around session 5 when we started the reliving work, then down to 22 by session 12.

Things I'd check:
- is she still doing the between-session stuff, or has avoidance crept back in?
- sleep (ISI if you use it) — if that's tanked, everything feels worse
- any new stressors outside therapy
- PHQ-9 item 9. If that's moved, obviously that changes the conversation — C-SSRS, a proper risk discussion, update the safety plan, make sure she has the crisis line and Samaritans on 116 123.

Also, are you on the NHS Talking Therapies contract with the capped sessions? If so I'd raise it with your clinical lead now rather than at session 11 when you're scrambling for an extension.""",
        [],
    ),
    (
        "b18d-003",
        """## New intake – would value a second pair of eyes

**Client:** Marcus Delacroix-Hill, 34 (DOB 02/17/1990)
**Address:** 418 Sycamore Ridge Dr, Lee's Summit, MO 64063
**Phone:** (816) 555-0193 | **Email:** mdhill.runs@gmail.com
**Insurance:** BCBS PPO, member ID XKC889214076
**Employment:** shift supervisor, Hallmark distribution center (7 yrs)

**Referral:** PCP, Dr. Anita Ramaswamy, following an ED visit at Saint Luke's East on 9/3 for chest pain. Cardiac workup negative; ED discharge note says "likely panic attack, f/u with behavioral health."

**Presenting concerns:** 3–4 panic attacks/week since a forklift near-miss at work in the spring. Avoids the loading dock, has started calling in sick on Mondays. Wife (Tasha) reports he's "not himself," irritable with the kids, up at 3am checking the locks. Drinking 4–5 beers most nights, up from weekends only.

**Measures:** PHQ-9 = 14, GAD-7 = 18, PCL-5 = 41, AUDIT-C = 6.

**Dx impressions (provisional):** F41.0 panic disorder; rule out F43.10 PTSD — the near-miss may meet Criterion A given a coworker was seriously injured in the same incident. Billed 90791 today.

**Question for the group:** would you lead with interoceptive exposure (Barlow's PCT) given the panic is what's costing him work, or go straight to PE (Foa) on the incident itself? He's motivated but very "just fix it, doc." I'm also wondering about the drinking as avoidance and whether to fold in some MI up front.""",
        [
            ("Marcus Delacroix-Hill", "name"),
            ("02/17/1990", "date"),
            ("418 Sycamore Ridge Dr", "place"),
            ("Lee's Summit", "place"),
            ("64063", "place"),
            ("(816) 555-0193", "phone"),
            ("mdhill.runs@gmail.com", "email"),
            ("XKC889214076", "id_number"),
            ("Hallmark", "organisation"),
            ("Anita Ramaswamy", "name"),
            ("Saint Luke's East", "organisation"),
            ("9/3", "date"),
            ("Tasha", "name"),
        ],
    ),
    (
        "b18d-004",
        """Supervision reflection — practicum, week 9

Brought my anxious grad-student client to supervision today and got gently called out. My supervisor said it looks like I'm doing "therapy by worksheet": I've pulled out a Mind Over Mood thought record in five of the last six sessions. Greenberger and Padesky didn't write it to be a script, she pointed out, and the client has started apologising when she "hasn't done the homework properly", which is... not the relationship I want.

We talked about Rogers' core conditions and that Yalom line about it being the relationship that heals. Then we role-played the moment last week where the client cried about her thesis supervisor and I immediately offered a grounding exercise. Watching it back (we record for practicum), I can see that I rescued her because *I* was uncomfortable. Classic.

Some context that's probably feeding my rush: she's on her student health plan, which caps psychology at $500 a year, so we have maybe six sessions left. OHIP doesn't cover us, and the wait for the campus counselling centre is 8+ weeks.

GAD-7 has gone 16 → 13, so something is shifting. Goal for next week: let a silence sit for at least 30 seconds before I say anything. Also reading the chapter on process comments in Teyber before Thursday. No session next week because of Thanksgiving, which honestly I'm a bit relieved about.""",
        [],
    ),
    (
        "b18d-005",
        """Thanks a million for all the replies on the bereavement thread, ye were very generous with your time.

Quick follow-up: I saw her again Thursday and went with the continuing-bonds framing (Klass, Silverman & Nickman) that a few of you suggested, rather than nudging her through 'stages'. She brought in a photo of her dad at the mart in Ballinasloe, cap on, arguing with someone over a heifer, and she talked for twenty minutes about him without crying. First time that's happened. Her mam (aged 91) is still in the home place and apparently "hasn't said his name since the funeral", which I think is part of why she needed somewhere to say it.

She's still scoring high on the ICG (38) and we're about eight months out, so I'm keeping prolonged grief disorder in mind under the ICD-11 criteria, but I don't want to rush to a label when she's only just starting to talk. GP has her on mirtazapine 15mg for sleep, which seems to be helping. Pieta and Samaritans numbers are in her phone and she knows how to use them.

Question: when would you bring in chair work? Part of me thinks she's ready to say some things to him, part of me thinks it's too much too soon. Open to Worden's tasks as a frame too if anyone's found that more useful than dual process.""",
        [("Ballinasloe", "place"), ("aged 91", "age")],
    ),
    (
        "b18d-006",
        """Group note — Tuesday evening men's group (anger and relationships), session 6 of 10

Attendance: 8 present, 2 apologies.

Focus: the 'anger iceberg' and taking a proper time-out (leave, regulate, come back — not just storming off to the shed).

Opened with a Te Whare Tapa Whā check-in (Durie). Taha tinana and taha whānau were easy for most of them; taha wairua was where the room went quiet. One member spoke about his koro's tangi over the summer and how he "couldn't cry in front of the cousins". Group responded really well — two others named similar experiences and nobody made a joke of it, which is a big shift from week 2.

Another member described watching the All Blacks test with his son, feeling himself getting wound up at the ref, and walking out to the garage for ten minutes before coming back in. Used this as the example of a successful time-out and got him to walk the group through his body cues.

Admin: one member asked about ACC sensitive claims for stuff from childhood — gave him the Find Support info and suggested he raise it with his GP. 1737 cards handed round again. Two blokes asked for the Gottman handout from last week.

Next week: repair conversations — softened start-up, and what to say when you come back from the time-out.""",
        [],
    ),
    (
        "b18d-007",
        """Supervision reflection, bit raw writing this up.

My client (late 20s) has been in an on-off relationship for about two years and today she told me Brooke has moved back in "for the last time, honestly". I noticed I was irritated — properly irritated, jaw tight — and when I took it to supervision afterwards my supervisor named that I'd slipped into the rescuer corner of Karpman's triangle. Fair.

The more uncomfortable bit: she works early shifts at Greggs and usually comes in straight from work, and I realised I've been carrying assumptions about what she 'should' want from her life that are more about my background than hers. My supervisor asked whose ambition we were working towards. Ouch, but useful.

CORE-10 was 22 today, up from 18. She's not in crisis, but she's tired and she's lonely, and I think the relationship is the only place she feels chosen, even when it's chaotic. Schema-wise there's a lot of abandonment and subjugation in the picture (Young).

Plan for next session: less steering, more curiosity about what Brooke gives her. And I'm going to bring the class stuff to my own therapy, because that's where it belongs.""",
        [("Brooke", "name"), ("Greggs", "organisation")],
    ),
    (
        "b18d-008",
        """Quick one for the Aussie clinicians — has anyone had any luck getting an NDIS psychosocial plan approved for a client whose primary diagnosis is BPD?

Context: client is in her 40s in regional NSW. She's used all 10 Better Access sessions for this calendar year (GP did the MHTP under 2715, I'm billing 80010 as a clinical psych). We've been doing DBT skills one-to-one, not full-model DBT — there's no skills group within three hours of her. Distress tolerance (TIPP especially) has genuinely changed things; she hasn't presented to ED since winter.

Functionally though she is really struggling: can't hold down work, WHODAS 2.0 is 38, her sister does most of her shopping. The LAC's line seems to be that "personality disorder isn't permanent", which, I mean, sure — Linehan would agree — but the functional impairment is real and long-standing.

Two questions:
1. Anyone got wording that's worked in a functional capacity report for this presentation?
2. Does anyone know of low-cost DBT skills groups running via telehealth? She's on JobSeeker through Centrelink so gap fees are a real barrier.

Lifeline 13 11 14 and the Suicide Call Back Service are both in her safety plan. Cheers all.""",
        [],
    ),
    (
        "b18d-009",
        """## Case presentation: 15-year-old with restrictive eating, family ambivalent about FBT

**Background**
Grade 10, lives with mom and stepdad in Cobourg, dad is in Alberta and she sees him summers. Plays competitive hockey (Cobourg Cougars U16). Referred by the family doctor after she fainted at a tournament on Saturday, Nov. 4. Attends Holy Trinity Catholic Secondary, where a teacher had already flagged concerns to the guidance office.

**Presentation**
Weight down roughly 12% over five months, amenorrhea since the summer, bradycardic at the medical check (HR 46). EDE-Q global 4.2, SCOFF 4/5. Denies purging; reports "a lot of running" on top of hockey. Her best friend Kenzie apparently told the coach first, and the client is furious about it, which is most of what she wants to talk about.

**Family**
Stepdad (Rob) is on board with family-based treatment after reading the Lock & Le Grange parent book. Mom is much more ambivalent — she has her own history of restriction in her teens and says things like "she's just an athlete, they're all lean." Dad is dismissive over the phone.

**Where I'm stuck**
FBT really depends on the parents taking charge of eating in phase 1, and I've got one parent who's ready and one who isn't, in a house where the ready one isn't a bio parent. The eating disorders program has a 4-month wait. I'm following the Canadian practice guidelines for paediatric EDs and she's medically monitored weekly.

Has anyone run FBT with a stepparent as the lead? And how have you handled a parent's own ED history without it becoming the session?""",
        [
            ("Cobourg", "place"),
            ("Cobourg Cougars", "organisation"),
            ("Nov. 4", "date"),
            ("Holy Trinity Catholic Secondary", "organisation"),
            ("Kenzie", "name"),
            ("Rob", "name"),
        ],
    ),
    (
        "b18d-010",
        """Ha, I feel this so much. Half my adolescent caseload speaks exclusively in Fortnite and Roblox at this point.

What's worked for me: I ask them to teach me. One 13-year-old spent most of a session explaining Minecraft redstone circuits while I asked dumb questions, and it was the most regulated I'd seen him all month. Eye contact, turn-taking, frustration tolerance when I didn't get it — all of it right there. The play therapy people (Landreth, Axline) would say the play IS the communication, and honestly with this age group the game is the play.

On the parents' screen-time panic: I find the AAP's family media plan and the Surgeon General's advisory on social media useful to hand over, but I really try not to become the screen police, because then I'm just another adult in the 'no' camp. If gaming is actually displacing sleep, school, or in-person friends I'll do the IGDS9-SF as a quick screen and go from there.

The place I'd actually focus your worry: Discord and in-game chat. The game itself is usually fine; who they're talking to at 1am is the question. I ask every kid, every time.

Also, Jane McGonigal's SuperBetter is a nice bridge for kids who think therapy is cringe but will happily 'level up'.""",
        [],
    ),
    (
        "b18d-011",
        """Update on the sheep farmer I posted about back in the winter (the one who'd had to put his old dog down and then couldn't get out of bed). A few of you asked, so here goes.

He's doing a lot better. Still PHQ-9 of 11, but that's down from 21, and he's back doing the morning rounds himself. He drove into Gore for our last session rather than doing it by phone from the ute, which felt significant — that's an hour each way for him.

Biggest shift honestly is the new pup. A huntaway called Tui, and he talks about that dog more than he talks about anything else. I've leaned right into it — behavioural activation with a built-in reason to get up at 5am. His wife Mere rang me to say he's sleeping through most nights now.

The harder stuff hasn't gone anywhere. His sister died on 12 August two years ago and that's clearly tangled up with the dog grief; he went very quiet when it came up. We've agreed to come back to it.

He's connected with the Rural Support Trust and has the Farmstrong stuff, which he rolls his eyes at but reads. Thanks again to whoever suggested I stop trying to get him to 'talk about feelings' and just go for a walk round the paddock with him. Best session we've had.""",
        [("Gore", "place"), ("Tui", "name"), ("Mere", "name"), ("12 August", "date")],
    ),
    (
        "b18d-012",
        """**S:** Client (30s, M) describes "a brutal week". Says Christmas at home was "the usual" — drink, rows, his father going quiet for days. Reports drinking "a few cans most nights" since St Stephen's Day, more at weekends. Sleep 4–5 hrs, waking around 4am. Denies suicidal ideation, no plan or intent; has Pieta and Samaritans numbers saved and says he'd use them. Back at work Monday after the holidays and dreading it.

**O:** On time. Unshaven, tired, tearful when talking about his father. Speech normal rate and volume, thought form intact, good eye contact once settled. PHQ-9 16 (up from 11 before Christmas), GAD-7 12, AUDIT 17 (hazardous range).

**A:** Depressive symptoms escalated over the holiday period, with alcohol use rising in parallel and functioning as avoidance. Family themes consistent with what we've been mapping — a father who withdraws rather than rages, and a son who learned early to manage the mood of the house (a lot of Bowlby here, and a bit of Alice Miller). Ambivalent about the drinking: "I know it's not helping but it's the only time I stop thinking."

**P:**
- Stay in MI stance on alcohol (Miller & Rollnick) — elicit his own reasons; no lecture.
- Suggest he talk to his GP about the drinking and low mood; he may want to ask about naltrexone. Give him the HSE alcohol info and drugs.ie.
- Continue genogram work next session.
- Review safety plan. Next appt Thursday, same time.""",
        [],
    ),
    (
        "b18d-013",
        """Oh I've been there. Discernment counseling (Doherty's model) is made for exactly this — one partner leaning out, one leaning in, and you stuck being asked to "fix the marriage" by the one who's already halfway out the door.

I had a couple last year where she opened session 3 with, and I quote, "i don't even like kevin anymore, i just feel bad for him." He was sitting right there. You could feel the room drop. What saved it was slowing way down and doing separate time with each of them, which is baked into Doherty's structure anyway.

A few things I'd think about:
- Don't start Gottman-style skills work until you know both people are actually in. Four Horsemen psychoeducation lands very differently on someone who's already mentally moved out.
- Ask about affairs, directly and separately. Including emotional ones, and including "just talking" on Instagram or Hinge.
- Be honest that the outcome might be a good separation. That is a legitimate outcome.

If you want a read, Esther Perel's "The State of Affairs" is useful background even if there's no affair, because she's so good on the leaning-out partner's inner world.""",
        [("kevin", "name")],
    ),
    (
        "b18d-014",
        """## Consult request: perinatal anxiety, intrusive thoughts, worried about over-pathologising

**Client:** early 30s, first baby (now 4 months), on mat leave from a government job, lives in a mid-sized Prairie city with her partner. Self-referred after a public health nurse handed her the EPDS at a well-baby visit.

**Presentation:** EPDS 19 with item 10 scored 0. GAD-7 17. Describes intrusive images of dropping the baby down the stairs, which she finds horrifying, and has started avoiding carrying him on the stairs at all; partner now does every bath. Checking the monitor "maybe forty times a night". Classic ego-dystonic perinatal OCD picture, I think (Y-BOCS 24), not psychosis — no confusion, no belief that the thoughts are true, very insightful.

**Meds:** her family doctor started sertraline 50 mg three weeks ago. She was worried about breastfeeding; I pointed her to LactMed and to ask her pharmacist rather than taking my word for it.

**What she's consuming:** a lot of Instagram. "Good Inside" (Becky Kennedy) is helping her parenting confidence, but she's also deep in some accounts that post constant SIDS statistics, which is feeding the checking. She also told me the only time she relaxes is watching Bluey with the baby on her chest, which I'm taking as a win.

**Plan so far:** psychoeducation (Fairbrother's work on postpartum intrusive thoughts was really validating for her), ERP built around the stairs and bath time, partner joining session 4. Postpartum Support International has a free online group she's looking at.

**Question:** how hard do you push ERP with a 4-month-old in the picture? I'm conscious that some of the avoidance is just normal new-parent caution and I don't want to make her feel like every protective instinct is a symptom.""",
        [],
    ),
    (
        "b18d-015",
        """Group note — Thursday DBT skills group, session 11 (Interpersonal Effectiveness: DEAR MAN)

Present: 7 of 9. One member away unwell, one no contact (follow-up call made, left message).

Diary cards: most completed. Two members reported urges to self-harm this week, neither acted on them; both used TIPP (cold water) and one used opposite action. Check-in went longer than planned.

Jaz shared that her ex turned up at the Maccas in Frankston where she was having lunch with her kids and she "did the whole DEAR MAN in my head and then just left". Group was really supportive. Used this as a live example — we broke down what she'd have said if she'd stayed, and whether leaving was actually the more skilful choice (it was — GIVE and FAST skills don't require you to stay in a room with someone unsafe). Reminded the group about the confidentiality agreement since a few people knew the location.

Role-plays: pairs practised DEAR MAN asking a GP for a longer appointment. Lots of laughter, some good assertiveness.

Risk: no new concerns raised in group. The member who disclosed urges stayed back for a brief check-in with co-facilitator; she has her individual therapist on Monday and Lifeline details.

Homework: DEAR MAN worksheet + one real-life attempt. Next week: GIVE.""",
        [("Jaz", "name"), ("Frankston", "place")],
    ),
    (
        "b18d-016",
        """**Case presentation — carer strain in later life, Scotland**

**Who:** woman in her mid-80s, caring full-time for her husband (late 80s) who has mixed Alzheimer's/vascular dementia. Referred by the practice nurse at their GP surgery after she cried through a routine blood pressure check. Seen at home, as she won't leave him for more than an hour.

**His picture:** MoCA 14/30 at the memory clinic in the spring, on donepezil 10 mg. Increasingly disoriented in the late afternoon, occasionally doesn't recognise her and asks "where's my wife?" — which she describes as the worst part.

**Her picture:** GDS-15 of 9. Not sleeping, as he's up two or three times a night. Says she feels "like a widow who still has to make his tea." No SI. She's fiercely independent, a lifelong Presbyterian, doesn't want "strangers in the house", and has refused carer respite twice.

**Themes:** ambiguous loss (Pauline Boss's work has been the most useful frame by a mile), anticipatory grief, and a lot of guilt about her own anger. She's ashamed she snapped at him over the remote during Strictly last week. We've done some compassion-focused work (Gilbert) on the idea that anger and love can sit in the same person.

**Practical:** she hasn't applied for Attendance Allowance, and there's no Power of Attorney in place — that's becoming urgent under the Adults with Incapacity Act. I've given her Alzheimer Scotland's helpline and suggested the local carers centre for a carer's support plan.

**My question:** how do you hold the line between honouring her autonomy and gently pushing on respite before she collapses? Her son (lives in England) has said he "doesn't want to interfere". Christmas and Hogmanay are coming and she's already dreading them.""",
        [],
    ),
    (
        "b18d-017",
        """**Referral summary — adolescent, seeking advice on next steps**

**Name:** Saoirse Ní Bhriain
**DOB:** 3rd of May 2008
**Address:** 7 Cnoc na Gréine, Oranmore, H91 T2X4
**Parent contact:** mum, Deirdre — 087 555 2419
**School:** 5th year, Coláiste Iognáid
**GP:** Dr Fergal Moran
**Medical card:** yes

**Reason for referral:** GP referral following disclosure of self-harm (superficial cutting to forearms) to the school guidance counsellor. CAMHS declined the referral as not meeting threshold and recommended Jigsaw; the Jigsaw waitlist is currently 10 weeks, so the family are going private.

**Presentation at assessment:** quiet, polite, minimal eye contact initially, warmed up talking about camogie. RCADS elevated on social anxiety and MDD subscales. Self-harm began around the mocks last year, about 2–3x/week at worst, now "maybe once a fortnight". No suicidal intent reported; some passive thoughts ("it'd be easier not to wake up"). Uses self-harm mostly for "when my head is too loud". Mum is shaken and keen to help; dad works away.

**Plan:** safety planning, Pieta details given to both, DBT-A informed skills (Miller, Rathus & Linehan), and I'd like to involve the school. Question for the group: how much do you share with the school when the young person is adamant she doesn't want her teachers to know? She's 16, so I'm mindful of the PSI guidance on consent and of Children First obligations to Tusla.""",
        [
            ("Saoirse Ní Bhriain", "name"),
            ("3rd of May 2008", "date"),
            ("7 Cnoc na Gréine", "place"),
            ("Oranmore", "place"),
            ("H91 T2X4", "place"),
            ("Deirdre", "name"),
            ("087 555 2419", "phone"),
            ("Coláiste Iognáid", "organisation"),
            ("Fergal Moran", "name"),
        ],
    ),
    (
        "b18d-018",
        """Kia ora e hoa — a few that have worked for rangatahi on my caseload with anxiety:

- **SPARX** — the free CBT game. Some kids find it a bit dated now, but the ones who are into fantasy games tend to stick with it.
- **The Lowdown** — good for the 'I'm not ready to talk to anyone but I'll read stuff at 2am' crowd. Has text support too.
- **Sparklers** — more for whānau and teachers of younger tamariki, but I use the breathing activities with 11–12 year olds all the time.
- **Mental Health Foundation** and **Youthline** for general info; 1737 for anyone who needs to talk to someone now.

For the whānau side I really like bringing in Te Whare Tapa Whā early, because it gives parents a way to talk about the kid's wellbeing that isn't just "what's wrong with them". Kids often name taha whānau as the wall that's wobbling, which opens a lot.

If you're keen on reading, Ciarrochi's ACT workbook for teens is great, and for older ones I'll sometimes lend out Russ Harris's The Happiness Trap (it's written for Aussies but translates fine). And don't underestimate the basics — whether they're getting fed and sleeping gets overlooked more than it should.

Also — Matariki's a nice natural point for a 'new year' goal-setting session if you're timing things. One of my young ones made a star chart of her coping strategies last year and still has it on her wall.""",
        [],
    ),
    (
        "b18d-019",
        """Brief update for those who replied to my post about the young man with escalating restriction and suicidal ideation: he was admitted to the Priory Roehampton on Tues 14th after his parents found a note. Voluntary admission, thank goodness — no Section needed.

I'm in two minds about whether to stay involved. The ward team have been welcoming and invited me to the CPA review, but I'm conscious of not muddying things with too many clinicians. Anyone been in that position with a private inpatient admission? What was helpful to the person on discharge — continuity with the outpatient therapist, or a clean handover?

For now I've written a summary with his consent (formulation, MARSIPAN risk markers, what we'd tried in CBT-E) and sent it over. Thanks for all the support on the earlier thread, genuinely. This one's been sitting with me.""",
        [("Priory Roehampton", "organisation"), ("Tues 14th", "date")],
    ),
    (
        "b18d-020",
        """**BIRP note — individual, 53 min (90837)**

**B:** Client (veteran, 50s, two combat deployments) arrived 10 minutes early and waited in his truck. Reports nightmares 4x/week, up from 2x, since a neighbor started setting off fireworks ahead of the Fourth of July. Skipped his family's barbecue and spent the holiday weekend "doing yard work with earplugs in." Denies SI/HI; safety plan reviewed and current, Veterans Crisis Line (988, press 1) saved in his phone. PCL-5 today = 51 (was 44 four weeks ago).

**I:** Session 5 of Cognitive Processing Therapy (Resick, Monson & Chard). Reviewed his Challenging Questions worksheet on the stuck point "If I'd been paying attention, he'd still be alive." Used Socratic questioning on hindsight bias and what he actually knew in the moment. Brief psychoeducation on how anniversary and sensory cues (the fireworks) drive intrusion spikes without meaning treatment is failing.

**R:** Initially flat and clipped; became tearful at the "what did you know at the time" questions and said, "Nobody's ever asked me that." Agreed the stuck point is "maybe 60% true now, not 100%." Reported the prazosin from his VA psychiatrist (2 mg) is helping a bit with nightmare intensity, less with frequency.

**P:** Continue CPT next week (Patterns of Problematic Thinking worksheet). Coordinate with VA psychiatry re: prazosin titration, with consent. Encourage him to message his old team leader, which he raised himself. Dx: F43.10.""",
        [],
    ),
    (
        "b18d-021",
        """Quick consult: 17-year-old client showed me a TikTok account that's been posting edited photos of her with nasty captions. The account is @sudbury.exposed.2k7 and it's clearly someone from her grade at Lasalle Secondary — the in-jokes are too specific. She's reported it twice, and TikTok hasn't taken it down.

She's refusing to tell her parents because "they'll take my phone and then I'll be the only one who doesn't know what's being said about me", which, honestly, is a very reasonable fear at 17.

Questions:
- Has anyone had success escalating through Cybertip.ca? I know they handle non-consensual images of minors, and some of these are borderline (one is a bikini pic with her face edited onto a different body).
- Duty to report? She's not in immediate danger, but the images could cross into Criminal Code territory.
- How do you balance her autonomy with the fact that she's clearly not sleeping? PHQ-A is 15.

Kids Help Phone has been useful for her overnight. I'd also love any good reading on cyberbullying and shame — I've used some of Brené Brown's stuff with her and she related to it more than I expected.""",
        [("@sudbury.exposed.2k7", "handle"), ("Lasalle Secondary", "organisation")],
    ),
    (
        "b18d-022",
        """Supervision reflection — working with an Aboriginal client, learning as I go

Writing this partly to get it straight in my own head. I've been seeing a young Aboriginal man (20s) for low mood and cannabis use for about two months, referred through the local AMS. Our sessions have felt flat and I'd been quietly blaming the cannabis.

In supervision today my supervisor (who's Wiradjuri) asked what I actually knew about his connection to Country, family and culture, and the honest answer was: almost nothing, because my assessment template doesn't ask. We went through the Social and Emotional Wellbeing framework (Gee, Dudgeon, Schultz, Hart & Kelly) and I realised I'd been working entirely in the 'mind and emotions' domain while he'd been telling me, in bits, about not being able to get home for Sorry Business earlier in the year, and about an uncle he's close to who's been unwell.

Things I'm taking away:
- Yarning isn't a technique to add on. It's how the relationship gets built, and it takes the time it takes.
- The K10 score (29) tells me something, but not the thing that matters most to him right now.
- I need to ask, not assume, whether he wants an Aboriginal clinician involved, or the AMS social and emotional wellbeing team. 13YARN goes in the safety plan as well as Lifeline.

NAIDOC Week is coming up and he mentioned he might go to the community event. Next session I'm going to ask him about it rather than sticking to the CBT agenda I'd planned.""",
        [],
    ),
    (
        "b18d-023",
        """## Case consult: complicated grief + caregiving, 40s woman, Appalachia

**Background**
Client is a 44-year-old woman raised by her grandmother in Bluefield after her mother died on Easter Sunday 2009 (overdose). She now lives a couple hours away with her husband and two teens, but drives back every other weekend to help care for her grandmother, who she reports is "sharp as a tack but can't do stairs" — she's 94 and refuses to leave the house she's lived in since the 50s.

**Presenting problem**
Exhaustion, resentment, and guilt about the resentment. PHQ-9 15, GAD-7 13. Says she can't grieve her mom "because I never got to, I went straight into being useful." Her younger sister Keisha lives ten minutes from grandma and, per the client, "does nothing but show up for pictures."

**Faith**
Church is central. She was baptized at Mt. Zion Baptist and still calls the pastor there when she's struggling. She's worried therapy is going to try to "take God out of it." I've been explicit that it won't, and we've used some of the religious coping literature (Pargament) to distinguish what's sustaining her from what's shaming her.

**Formulation (in progress)**
Parentified child, anxious-preoccupied attachment, a family script where love = usefulness. Unresolved loss of mother overlaid with anticipatory grief for grandmother. Also intergenerational substance use that she's been very careful to avoid herself.

**Questions**
1. Anyone used Shear's complicated grief treatment with someone whose primary loss is 15 years old?
2. How do you address sibling resentment without it turning into a session of venting about the sister?""",
        [
            ("Bluefield", "place"),
            ("Easter Sunday 2009", "date"),
            ("she's 94", "age"),
            ("Keisha", "name"),
            ("Mt. Zion Baptist", "organisation"),
        ],
    ),
    (
        "b18d-024",
        """Ah, the Leaving Cert spiral. Every year from about February onwards my caseload fills up with sixth years who've decided their entire life depends on 550 points.

Few things that help me:
- Separate the CAO from their worth out loud, early and often. Parents are often the ones who need to hear it most.
- The mocks are not the Leaving. I say this roughly forty times a spring.
- Grinds are fine; grinds seven nights a week are not. Sleep goes first and then everything else follows.
- A lot of them have had their anxiety fed by social media 'study with me' content — TikTok ten-hour-study-day videos are the enemy.

I'll usually do a fairly short CBT-based piece on catastrophising (if I don't get 550 → I won't get medicine → I'll have wasted my life), plus some self-compassion stuff (Kristin Neff's exercises land well with the perfectionists). SCARED or the RCADS if I want numbers.

Sometimes it's more than exam stress, obviously — a few I've had referred on to Jigsaw, or back to the GP for a CAMHS referral when there was self-harm. Spunout is good for the ones who'll read things at night.

And I always remind them that half the people I know who did badly in the Leaving are doing grand. Including me. Don't tell the parents.""",
        [],
    ),
    (
        "b18d-025",
        """Brief note from today's whānau hui — school attendance and self-harm, 14yo

Present: young person, mum, nan, school counsellor, me (via Teams). Oranga Tamariki invited, didn't attend.

Sky opened in te reo and then mostly let nan do the talking, which was fine — it's clearly nan who holds the whānau together. Mum works nights at the Kmart in Porirua and was visibly exhausted; she's been picking up extra shifts since the car needed a new gearbox.

Agreed: part-time timetable for the rest of term, a check-in with the counsellor each morning, and nan to drive her on the days mum's on nights. Safety plan reviewed with whānau — they know to ring 1737 or take her to ED if needed.

Next hui Fri 3/11, same time. I'll send a summary to everyone in plain language, no jargon.""",
        [("Sky", "name"), ("Kmart", "organisation"), ("Porirua", "place"), ("3/11", "date")],
    ),
    (
        "b18d-026",
        """This is the reality of rural practice and I don't think you did anything wrong. I'm in a town of about 3,000 in the Mountain West and I run into clients at the Walmart, the post office, the one decent coffee place, the high school football game on Friday nights. You cannot avoid multiple relationships out here; you can only manage them thoughtfully.

What I do:
- At intake, I tell every client: "If we see each other in public, I won't say hi first. If you want to, great. If not, I won't be offended." Nobody has ever been upset by that.
- I document any non-incidental contact and my reasoning. The APA Ethics Code (Standard 3.05) doesn't prohibit multiple relationships, it prohibits ones that risk impairment, exploitation or harm. The NASW and ACA codes say much the same.
- Ofer Zur's writing on boundaries in small communities is the best practical stuff out there. Reamer too, for the social workers.

The one that would worry me more in your scenario is the Facebook group. If you're both in the same local parents' group, I'd mute it or leave it — not because it's unethical, but because you'll inevitably see things about her life she didn't bring to session, and then you have to decide what to do with that knowledge. That's the real boundary headache.

Also, consult like you just did. Document that you consulted. That's half the battle with a licensing board.""",
        [],
    ),
    (
        "b18d-027",
        """Closing reflections — 18 sessions with a single dad, bereavement and anger

Final session was 28.02, so writing up while it's fresh.

He came in after his partner died suddenly, left with a 7-year-old and a job as a porter at Leeds General Infirmary, where he'd been working nights. The referral said 'anger management'. What it actually was: traumatic grief with nowhere to go, and a little boy, Alfie, who'd stopped talking at school.

What helped, I think:
- Dropping the anger-management framing by session 3. He was never dangerous; he was furious at the universe and had no one to be furious at.
- Bringing Alfie's school into the loop (with consent), which got the lad a place with a play therapist and took a huge weight off dad.
- Winston's Wish resources for explaining death to a 7-year-old. He read the book with Alfie at bedtime and said it was the first time they'd both cried together.
- Worden's tasks as a rough map, without forcing them.

What I'd do differently: push earlier for a change to day shifts. Night work and solo parenting was breaking him, and I let it sit as 'practical stuff' too long.

CORE-OM went from 2.4 to 1.1. He shook my hand at the end and said 'you didn't try to fix me', which I'll take.""",
        [("28.02", "date"), ("Leeds General Infirmary", "organisation"), ("Alfie", "name")],
    ),
    (
        "b18d-028",
        """Not a prescriber, so take this with a grain of salt, but I've seen this pattern a fair bit with adult ADHD clients here.

Vyvanse tends to get started first because it's on a lot of provincial formularies now and the coverage is better than it used to be. Biphentin and Concerta are the usual alternatives if the late-afternoon crash is a problem. Wellbutrin sometimes gets added if there's a depression piece too. The CADDRA guidelines are the ones most family docs here lean on, and they're actually quite readable if you want to understand the prescriber's logic.

From my side, the things I'd flag to the GP:
- ASRS v1.1 scores before and after titration (even informally).
- Sleep. Stimulants and insomnia are a bad combo, and a lot of my ADHD clients already have delayed sleep phase.
- Appetite — especially if there's any ED history.
- Any substance use. Not because it rules meds out, but because it changes which ones.

Therapy-wise, Safren's CBT for adult ADHD is my go-to, and I'll sometimes recommend Gabor Maté's Scattered Minds for clients who want a more developmental lens (with the caveat that it's not the research consensus). Russell Barkley's YouTube lectures are great for partners who think ADHD is a character flaw.

Honestly the thing that makes the biggest difference with my clients isn't the med choice, it's having someone help them build routines after diagnosis instead of just being handed a script and a pamphlet.""",
        [],
    ),
    (
        "b18d-029",
        """**Intake — 11-year-old, anxiety and possible ASD, GP-referred**

**Child:** Lachlan Pearce-Whitfield, DOB 19/08/2013
**Address:** 22 Tarcutta St, Mount Austin NSW 2650
**Medicare:** 2953 61847 1
**Parent/guardian:** Kirsty Pearce (mum), 0412 555 318, kirsty.pw@bigpond.com
**School:** Year 6, Mount Austin Public School
**GP:** Dr Hamish Tran, referred under a MHTP (GP billed 2715, we're on item 80110 for sessions).

**Reason for referral:** worry, shutdowns after school, refusing to eat at school, and meltdowns at home most afternoons. School says he's "no trouble at all" in class, which mum finds infuriating because he comes home and falls apart.

**Developmental:** late talker, very focused interests (trains, now Minecraft and AFL stats), sensory sensitivity to labels and certain foods. No previous assessment. SCAS-parent well above clinical cut-off on separation anxiety and generalised anxiety. SDQ: high on emotional symptoms and peer problems.

**Family:** mum and dad separated, dad lives in Wagga and has him alternate weekends. Older sister (15) is "the easy one".

**Plan:** referral for a paeds/ASD assessment (waitlist locally is long; looking at telehealth options), parent sessions using Cool Little Kids/Cool Kids principles, and liaising with school about the masking-then-meltdown pattern. Any Riverina clinicians know a paediatrician taking new NDIS-eligible referrals?""",
        [
            ("Lachlan Pearce-Whitfield", "name"),
            ("19/08/2013", "date"),
            ("22 Tarcutta St", "place"),
            ("Mount Austin", "place"),
            ("2650", "place"),
            ("2953 61847 1", "id_number"),
            ("Kirsty Pearce", "name"),
            ("0412 555 318", "phone"),
            ("kirsty.pw@bigpond.com", "email"),
            ("Mount Austin Public School", "organisation"),
            ("Hamish Tran", "name"),
            ("Wagga", "place"),
        ],
    ),
    (
        "b18d-030",
        """Process notes — session 14 (psychodynamic, weekly, open-ended)

She arrived four minutes late and apologised twice before sitting down. Started by talking about Love Island, which she'd watched "ironically" until midnight. I noticed I felt bored and then guilty about feeling bored, which I'm now learning to treat as information rather than a failing.

About twenty minutes in she said, almost as an aside, that her mother had rung on Sunday "to talk about the cat for forty minutes" and never asked how she was. Then straight back to Love Island. I commented that she'd moved quickly away from her mum, and she laughed and said, "See, this is why I don't like coming here." Then silence — a long one. I held it. (Casement's 'trial identification' in my head: what would it be like to be her, in that silence, with me?)

She cried, quietly, without looking at me. Said she sometimes wonders if she's "only interesting when I'm entertaining." I think of Winnicott's false self, obviously, and of the Taylor Swift lyric she quoted at me in our third session about being the "monster on the hill", which I didn't understand at the time and now think I do.

Countertransference: the boredom lifted the moment she stopped performing. I felt protective afterwards, which I want to watch — I don't want to become the warm mother she's auditioning for.

For supervision: the lateness pattern (4 of the last 6 sessions), and whether to interpret it yet or wait. Bion's containment keeps coming to mind. Next session Tuesday; break coming up at Easter, which she hasn't mentioned.""",
        [],
    ),
    (
        "b18d-031",
        """Adding to this thread because it's exactly what's happening with one of mine. Mid-50s, recently divorced, has started writing about her marriage publicly and sent me the link (lettersfromthequietroom.substack.com) "so you can understand me better." Some of the posts mention her daughter Grace by name, and I'm fairly sure Grace hasn't consented to being in them.

I haven't read it. I told her I'd like to talk about what it means that she wants me to, before I decide whether to. That bought some time but she was hurt.

Where I've landed so far, drawing on the folks above and the ACA code on client-generated online content:
- Reading a client's public writing isn't automatically wrong, but it should be a collaborative decision, documented, and with a clear purpose.
- If I do read it, I'm going to read it *with* her in session, not alone at 11pm.
- The daughter piece is clinical material in itself — boundaries, enmeshment, the role the daughter played in the divorce. Worth exploring rather than policing.

Pennebaker's expressive writing research is relevant here, too: writing can help, but writing for an audience is a different beast.""",
        [("lettersfromthequietroom.substack.com", "url"), ("Grace", "name")],
    ),
    (
        "b18d-032",
        """Mate, this is such a familiar pattern with blokes in rural practice. He won't talk in the room but he'll talk in the ute, or at the footy, or leaning on a fence. I've given up on the idea that therapy has to happen in two chairs.

A few things that have worked for me:
- Walk-and-talk sessions (with a clear conversation first about confidentiality if you run into someone — in a small town you will).
- Using the footy as a way in. One of my fellas only opened up about his brother's suicide after we'd spent half a session arguing about the Grand Final. The debrief about the umpiring was the warm-up.
- Men's Sheds are great for the isolation side, and Beyond Blue and the Black Dog Institute have decent stuff for blokes who'll read at night and never tell you they did.
- MensLine (1300 78 99 78) for the ones who won't ring Lifeline because "that's for people who are really bad."

Therapy-wise, I lean on ACT a lot with this group — Russ Harris's The Happiness Trap is written in a voice a lot of Aussie men don't find too wanky. K10 at intake and every few sessions just to have something to show him.

And honestly, a bit of humour goes a long way. I quoted The Castle at one client ("tell him he's dreamin'") and he laughed for the first time in six weeks.""",
        [],
    ),
    (
        "b18d-033",
        """Update on the client I posted about in the spring (the one who'd been out on stress leave and was terrified of going back). Big news: she's not going back. She got a new job and starts at Canadian Tire on Monday, June 3rd, in their head office finance team.

Honestly I'm thrilled for her, and a bit wary. The old workplace was genuinely toxic (her union rep agreed), but part of me wonders if we ever fully worked through the panic about performance or if we've just changed the setting. We did a lot of CBT around perfectionism (Shafran, Egan & Wade's book was a godsend) and her GAD-7 is down from 18 to 8.

Her partner Jean-François has been really supportive, and he's going to do the morning drop-offs for the first few weeks so she's not rushing.

Plan: we'll keep going every two weeks through her probation period, and I've suggested she check what's in her new EFAP in case she wants extra support. Anyone have thoughts on how to frame relapse prevention for someone whose anxiety lives mostly at work, when the new job is an unknown? I'm leaning toward a 'what would early warning signs look like' plan rather than waiting to see.""",
        [("Canadian Tire", "organisation"), ("June 3rd", "date"), ("Jean-François", "name")],
    ),
    (
        "b18d-034",
        """## Case presentation — 15yo, self-harm, whānau-led approach

**Context:** Māori wahine, 15, Year 11 at a large co-ed state high school in a provincial city. Lives with mum, step-dad and three younger siblings; close to her nan, who lives nearby and is the person she goes to when things are bad. Referred by the school counsellor after a friend saw fresh cuts during PE. Seen jointly with our kaupapa Māori service.

**Presentation:** self-harming (cutting) about twice a week for roughly six months, escalating around the end of Term 2. HoNOSCA from clinician 18; SDQ self-report high on emotional symptoms; Kessler 10 of 31. Reports passive suicidal thoughts, no plan, no previous attempts. Uses Snapchat to keep in touch with a friend group who "all do it", which is a concern.

**Whānau:** mum is worried and angry ("she's doing it for attention", which we've gently unpacked). Nan was the first to say they want tikanga in the work and asked for a karakia to open sessions, which the young person was unexpectedly keen on. Oranga Tamariki had a brief involvement years ago around the step-dad; closed, no current concerns.

**Formulation (Te Whare Tapa Whā + a CBT lens):** taha hinengaro is the obvious one, but taha whānau (conflict with mum) and taha wairua (she's stopped going to kapa haka, which she loved) seem to be driving it. Self-harm functions as emotion regulation and, I think, as a way of being seen by mum.

**Intervention so far:** safety plan with whānau; DBT-informed skills (distress tolerance, chain analysis); psychoeducation for mum on the functions of self-harm; fluoxetine 20 mg started by the CAMHS psychiatrist last month. Youthline and 1737 in her phone.

**Where I'd value input:** she watches a lot of Shortland Street with nan and is very taken with a storyline about a character who self-harms. Has anyone used TV storylines as a way in without inadvertently reinforcing the behaviour? And how have you handled the "friend group who all do it" piece without isolating her from the only peers she feels close to?""",
        [],
    ),
    (
        "b18d-035",
        """Reflection for supervision on Friday — writing it out so I don't waffle.

I kept thinking about what Declan said at the end of our session on Tuesday: "I'm not sure I'm allowed to be this angry at a dead man." His father died last year, and Declan's been carrying the farm and the family business on his own since. He's from outside Tralee and every time he talks about the farm, I can hear the weight of three generations in it.

What I noticed in myself: I wanted to give him permission too quickly. "Of course you're allowed." Which is true, but it shut the door on exploring why he believes he isn't. My supervisor's going to ask what that was about and I think the honest answer is my own father.

Clinically: he's scoring moderate on the PHQ-9 (13) and the ICG (29), and he drinks more than he says. He came in after Paddy's Day 2023, when he got into a fight outside the pub and ended up in a Garda station overnight. The anger is real and it's been coming out sideways.

Thinking about: emotion-focused work (Greenberg) on the anger as a primary emotion rather than secondary; maybe a two-chair piece when he's ready. Also want to check what he knows about the HSE bereavement supports — he's the type who'd never look.""",
        [("Declan", "name"), ("Tralee", "place"), ("Paddy's Day 2023", "date")],
    ),
    (
        "b18d-036",
        """**Couples SOAP note — session 7 (90847)**

**S:** Couple (both late 30s, married 9 years, two kids under 6) report "a rough Thanksgiving". Spent it with his parents; she felt "ganged up on" when his mother commented on the kids' screen time, and he didn't say anything. Fought in the car on the drive home and didn't speak for two days. Both say the week since has been better; they had a date night watching the new season of The Bear and "actually laughed."

**O:** CSI-16 — her 38, his 45 (both up slightly from intake). Sat further apart than usual at first; moved closer by the end of session. She cried when describing feeling alone at the table; he was visibly uncomfortable, looked at the floor, then reached for her hand without prompting.

**A:** Classic pursue–withdraw cycle (Sue Johnson), activated by in-law conflict. His stonewalling (one of Gottman's Four Horsemen) is driven by flooding, not indifference; he described his heart "going a hundred miles an hour" and shutting down. Her criticism is attachment protest. Repair attempt in session was genuine and received. Dx: Z63.0 (relationship distress with spouse).

**P:**
- Continue EFT Stage 1 — de-escalation, naming the cycle as the enemy.
- Teach physiological self-soothing for him (20-min break rule, Gottman).
- Prepare for Christmas at her family's — pre-plan a signal for when either of them needs a break.
- Assign Chapter 2 of Hold Me Tight before next session.""",
        [],
    ),
    (
        "b18d-037",
        """Really relate to this. I've got a 16-year-old lad who basically lives on Call of Duty and the only way I got anywhere was asking him to show me his stats. He plays as DrillSgtWolfie on Xbox and was genuinely proud that I remembered it the next week — small thing, but it's the first time he'd come in without his hood up.

What I'd say to your parents: the gaming isn't the problem, it's the solution he's found to a problem. For mine, it's the only place he feels competent and the only place his mates are nice to him. Take it away and you take away the one thing keeping him going.

What I do ask about is sleep (he was on till 4am on school nights) and whether there's any gambling creep — loot boxes, skins, FIFA packs. GamCare have good stuff for parents if that's a worry.

Also, if you haven't read it, Dan Siegel's Brainstorm on the adolescent brain is a good one to recommend to parents who are panicking.""",
        [("DrillSgtWolfie", "handle")],
    ),
    (
        "b18d-038",
        """## Case consult — late-life depression, rural Ireland, reluctance to "bother anyone"

**Client:** woman in her late 80s, widowed three years, living alone on a small farm in the west. Referred by the public health nurse, who noticed she'd stopped going to Mass and had lost weight.

**Presentation:** GDS-15 of 10, MoCA 26/30 (no significant cognitive concerns). Sleeping poorly, eating "a bit of toast". Says "I'm just old, there's nothing wrong with me" and "I don't want to be a bother to anyone". No active suicidal ideation, but says she "wouldn't mind if the Lord took me", which I've explored carefully — passive, no plan, strong religious prohibition, but I'm monitoring.

**Context:** she's the last of her siblings. Her son is in America and rings on Sundays; her daughter lives a couple of hours away and visits once a month. The house is 10km from the nearest shop and she gave up the car after a small accident last year. The Late Late Show and the Angelus on RTÉ are "company", she says. She lights up talking about the Daniel O'Donnell concerts she went to with her late husband.

**What's been tried:** GP has started sertraline 25 mg (slow titration given her age). I've been doing behavioural activation, but it's hard to activate when there's nothing nearby to activate towards. Have linked her with ALONE for a befriending call and told her about Friends of the Elderly. Fair Deal isn't relevant yet — she's managing physically.

**Questions:**
1. Has anyone adapted BA for very isolated older adults? What counted as activity for your clients?
2. Any thoughts on working with the "I don't want to be a bother" stance — it's so culturally embedded with this generation that I'm wary of pathologising it.
3. Anyone had success with reminiscence therapy alongside BA?""",
        [],
    ),
    (
        "b18d-039",
        """Follow-up on my AA/therapy coordination question from last week: client signed a release, so I spoke with her sponsor, Rhonda, yesterday (she gave me her number, 503-555-0147, and asked me to text first). Really helpful call. Rhonda was clear she's not a clinician and doesn't want to be, but she's seen the pattern before — client gets to about 90 days, feels great, starts skipping meetings, and then the old boyfriend reappears.

We agreed on some boundaries: I'm not sharing session content, just whether she's attending, and Rhonda will let me know (with the client's OK) if she stops showing up to her home group in Gresham.

I was nervous about this because I've seen sponsor/therapist relationships go sideways, especially when the sponsor has strong feelings about meds (client's on naltrexone and some AA folks are still weird about MAT). Rhonda was fine with it, thankfully.

Still figuring out how to integrate 12-step language with the relapse prevention work (Marlatt & Gordon). Anyone have a good resource on that?""",
        [("Rhonda", "name"), ("503-555-0147", "phone"), ("Gresham", "place")],
    ),
    (
        "b18d-040",
        """Group notes — Wednesday teen girls' group (14–16), week 4: social media and self-worth

Six attended. Snacks were a hit (someone asked if we could always have the sour keys).

Opened with a low-stakes check-in: 'one app you'd delete if you could, one you'd never give up.' Almost everyone would delete TikTok and nobody actually would. Instagram and Snapchat were the ones they'd keep, mostly for friend groups. One mentioned BeReal 'but nobody uses that anymore.'

Main activity: we watched a short clip from the Dove Self-Esteem Project and talked about editing and filters. Strong discussion about 'Sephora kids' and skincare routines at 10 and 11 — a couple of the girls have younger sisters into it. One participant said she felt 'ugly after every scroll', which the group responded to really warmly.

Then a short piece on comparison using Kristin Neff's self-compassion break. Mixed reception — two were into it, two rolled their eyes, but everyone did it.

Music came up organically: Olivia Rodrigo and Taylor Swift lyrics as a way of naming feelings. We're going to build on that next week with a 'playlist for hard days' exercise.

Process notes: group cohesion improving. One member still quiet; will check in individually. No disclosures needing follow-up this week. Reminded everyone about Kids Help Phone (text CONNECT to 686868) and that they can talk to us after group.

Next week: week 5 — friendships and conflict. No group the week after because of March Break.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b18d"}
        for doc_id, text, items in DOCS
    ]
