"""Blind batch b20c, written by a helper session without sight of the guard. Forty posts by
clinicians in Australia and New Zealand on a peer-consultation forum: case presentations,
consultation questions, chatty replies, follow-ups, closing takeaways, SOAP/DAP/BIRP notes,
group notes, process notes and supervision reflections, across private practice, school
counselling, EAP, rural and remote work, youth justice, aged care, inpatient psychiatry,
perinatal, NDIS and ACC-funded work. Twenty carry identifiers: mostly one to three slips
(a client's workplace, a partner's first name, a lower-case name inside a quote, a gamer tag,
a blog URL, a suburb, a date of birth-adjacent detail, a holiday with a year, an age over 89),
plus a few intake-style pastes with names, DOB, street address, postcode, Medicare/NHI/ACC
numbers, phone, email, IP, vehicle rego and court file numbers. Twenty are clean and dense
with look-alikes: MBS and NDIS item numbers, K10/DASS-21/EPDS/PCL-5/Y-BOCS scores, ICD codes,
medications and doses, national hotlines (Lifeline 13 11 14, 1737, PANDA, 13YARN, TIS
National), national agencies (ACC, Te Whatu Ora, Centrelink, Territory Families), cited
theorists (Gottman, Herman, Durie, Minuchin, Winnicott, Pulotu-Endemann), regions, weekdays,
holidays without years, ages under 90, brands not tied to employment, and session numbers.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged) at e941d56, whose second look was trained on rounds up to 19: 0.935, 0.944, 0.850, 0.100.
The guard at 62d9494, where this session started, scores 0.948, 0.924, 0.850, 0.150.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b20c-001",
        """**Case consult – school refusal, 15F, second attempt at a return-to-school plan**

Background: Year 10 student, attendance down to roughly 40% this term. Long history of separation anxiety that went quiet in primary and came back hard after a move last year. Mum works night shifts, dad is interstate most weeks. Presents as flat, polite, very avoidant of talking about school itself.

Measures at intake: RCADS-P elevated on separation anxiety and panic subscales; SCAS child report 61. No self-harm disclosed, no SI on screening. GP has her on nothing at present and I'd prefer to keep it that way for now.

What we've tried: graded return via the wellbeing hub (periods 1–2 only), a morning routine card, a bit of CBT psychoeducation around the anxiety curve. First plan collapsed in week 3 when her Year 10 coordinator at Mentone Girls' Secondary rang mum to say the hub was "not a long-term option", and she hasn't been through the gate since.

Questions for the group:
1. Anyone had luck with SPACE (Lebowitz) when the parent is the one who struggles to tolerate distress at drop-off?
2. How hard do you push for a formal attendance plan vs. letting the school lead?
3. Has anyone used a partial-day medical certificate strategically without it becoming a permanent exit ramp?

Thanks in advance – I'm feeling a bit stuck and a lot like I'm managing the school rather than treating the kid.""",
        [("Mentone Girls' Secondary", "organisation")],
    ),
    (
        "b20c-002",
        """SOAP – session 5 (ACC sensitive claims, 16 sessions approved)

S: Client (30s, wāhine Māori) arrived 10 min late, said the bus was the problem but later acknowledged she'd sat in the car park "working up to it". Reports sleep improving slightly – 5 hrs most nights vs 3 at assessment. Nightmares 3x this week, down from near-nightly. Says her kuia has been staying and that it helps to have someone else in the whare at night. Denies SI. Still avoiding the supermarket on weekends.

O: PCL-5 = 46 (was 58 at session 1). Kessler-10 = 31. Tearful when talking about her sister, settled with grounding (5-4-3-2-1, feet on floor). Good eye contact toward the end. No signs of intoxication.

A: Early gains in arousal symptoms, avoidance largely unchanged. Framing through Te Whare Tapa Whā, taha wairua and taha whānau are currently the strongest pou and we're leaning on them deliberately. Still in the stabilisation phase per Herman; not ready for trauma narrative yet and I don't want to rush because of the claim timeframe.

P: Continue stabilisation. Introduce a written safety/soothing plan next week. Check whether she'd like a karakia to open sessions – she raised it herself. Gave 1737 and Healthline numbers again. Progress report due to ACC after session 8. Next appt Tuesday, same time.""",
        [],
    ),
    (
        "b20c-003",
        """Sorry, long one – pasting my intake summary so people can see what I'm working with. Would really value thoughts on whether this is within scope for Better Access or needs to go straight to CYMHS... er, CAMHS here in Vic.

**Intake summary**
Client: Tayla M. Brennan, 15
DOB: 14/02/2009
Address: 17 Wattle Grove, Frankston VIC 3199
Medicare: 2953 71846 1 (ref 3)
Contact: mum (Nicole) 0418 552 097
Referrer: Dr Anjali Rao, Bayside Family Medical – MHTP attached, K10 = 38

**Presenting concerns**
Self-harm (cutting, upper thighs) for approx 8 months, escalating in frequency over the last six weeks. Disclosed to school nurse, who contacted mum. Low mood, early waking, withdrawing from netball. Friendship fallout over a group chat in Term 2 seems to have been the tipping point.

**Risk**
Passive SI, no plan, no intent today. No previous attempts. Access to means: mum has locked away meds. Protective: younger brother, her dog, wants to finish school.

**Plan**
Safety plan done in session (Beyond Blue template), Kids Helpline and Lifeline numbers saved in her phone. Weekly sessions, review at session 6 with GP. Liaise with school wellbeing with consent.

My worry is the escalation curve. Anyone else in the south-east seeing long CAMHS waits at the moment?""",
        [
            ("Tayla M. Brennan", "name"),
            ("14/02/2009", "date"),
            ("17 Wattle Grove", "place"),
            ("Frankston", "place"),
            ("3199", "place"),
            ("2953 71846 1", "id_number"),
            ("Nicole", "name"),
            ("0418 552 097", "phone"),
            ("Anjali Rao", "name"),
            ("Bayside Family Medical", "organisation"),
        ],
    ),
    (
        "b20c-004",
        """Consultation question – older farmer, drought, and how hard to push on risk

I'm a social worker in a small community health team out west. Client is a man in his late 50s, runs a mixed cropping and sheep property with his brother. Third bad season in a row, stock sold down to almost nothing, and the bank has been "making noises" since March. His wife rang the intake line, not him.

He's come to two sessions. Presents as stoic, dry humour, minimises everything. K10 of 34. Sleeping 4 hours, weight loss he attributes to "not being bothered cooking". When I asked directly about suicide he said "everyone out here thinks about it, love, doesn't mean anything". There are firearms on the property (licensed, for stock), and his father took his own life in the 1980s during a similar run of bad years. His mother, now 86, still lives in the old house on the place.

GP has started sertraline 50 mg. He's agreed to a safety plan but I don't think he'll use it, and he definitely won't ring Lifeline. He said he might talk to the Rural Adversity Mental Health Program worker who came to the field day because "she actually knows what a header is".

What I'm wrestling with:
- The firearms conversation. I raised storing them off-site with a neighbour or at the local police station; he went quiet and changed the subject.
- Whether to involve his wife more formally given the family history.
- How to hold the rural-culture stuff (independence, not burdening anyone) without colluding with it.

Anyone done something like the Men's Sheds route or peer farmer networks alongside therapy? What actually got traction?""",
        [],
    ),
    (
        "b20c-005",
        """+1 to the flooding point above. Had almost the same couple last year – he'd call himself "totally calm, I just stop talking" and his heart rate was sitting at 110. Once I reframed it as flooded rather than cold, she softened a lot.

Only caution: don't go near the big topic until both can name their own flooding cues. In session 4, when Rhys brought up the trip to Queenstown, she went from zero to contempt in ten seconds and we spent the rest of the hour on repair. Teach the 20-minute break first and rehearse it in the room.""",
        [("Rhys", "name"), ("Queenstown", "place")],
    ),
    (
        "b20c-006",
        """Supervision reflection – working across cultures as a Pākehā provisional psychologist

Took this one to both clinical and cultural supervision this fortnight, so writing it up partly for myself.

The client is a rangatahi in his late teens, referred for anger and cannabis use. In our first three sessions I ran a fairly standard CBT assessment – triggers, thoughts, behaviours – and he gave me very little. In session 4 his aunty came along, opened with a karakia, and the whole feel of the room changed. He talked about his koro dying, about being moved between whānau households, about feeling whakamā at school.

What I noticed in myself: a pull to get back "on task" with the formulation. My cultural supervisor gently named that as me privileging my model over his way of making sense of things. We talked through the Meihana model and how whānau and the historical context (colonisation, land loss, the urban drift) sit inside his story rather than being background.

What I'm taking forward:
- Whakawhanaungatanga first. I'd rushed it. Next session we'll spend real time on where he's from and who his people are, and I'll share more of my own background rather than hiding behind the role.
- Invite whānau routinely, not as an exception.
- Hold Te Tiriti obligations as practice, not just a line in my professional development plan.

Also reading Mason Durie again – it's been years since my training and I'd forgotten how much of it I'd flattened into a diagram.""",
        [],
    ),
    (
        "b20c-007",
        """DAP note – perinatal, session 3

D: Client attended with infant (8 weeks) in capsule, feeding on demand through session. Reports intrusive images of dropping the baby on the stairs, checking the baby's breathing up to 20 times a night. Partner back at work after two weeks' leave. EPDS today 17 (was 19 at intake), item 10 = 0. She described the birth as "fine on paper" – planned caesarean after a failed induction – but still can't talk about the theatre without her chest tightening. Her baby was born on the 9th of August and she said she'd been dreading the "two-month mark" because that was when her own mother was hospitalised after having her.

A: Presentation consistent with perinatal OCD features rather than psychosis – images are ego-dystonic, she's horrified by them, no delusional elaboration. Some birth-related trauma features to keep an eye on. Strong intergenerational layer; mum's hospitalisation seems to be where her belief "something will go wrong in the second month" comes from.

P: Psychoeducation on intrusive thoughts (the "brain's smoke alarm" framing) – she cried with relief. Agreed to start reducing night checks from 20 to 12 as a first step. Provided PANDA number 1300 726 306. Liaise with GP re sertraline discussion and breastfeeding safety. Next: session 4 in one week.""",
        [("9th of August", "date")],
    ),
    (
        "b20c-008",
        """Group notes – Men's Behaviour Change Program, week 7 of 20

Attendance: 9 of 11 (one apology, one no-show – followed up by phone, left message; partner contact worker notified per protocol).

Theme: "What my kids saw". Opened with check-in round using the usual 1–10 scale plus one word. Most participants in the 4–6 range.

Main exercise was the letter-from-your-child perspective piece. Participant C struggled; spent a lot of the round explaining why the incident "wasn't that bad" and why his ex "provokes" him. Co-facilitator named the minimising and linked it back to the power and control wheel from week 3 (Duluth). He became defensive, then quieter. Participant F's letter was the most honest piece of work we've seen from him – he talked about his son hiding under the bed and said he'd never let himself picture that before.

Concerns:
- Participant C: minimising continues, plus a throwaway comment about "knowing where she is now". Flagged immediately to the partner contact worker and noted on the risk register. Will be discussed at Thursday's case review using the MARAM framework.
- Participant H: reports drinking more since the intervention order was varied. Encouraged to speak with his GP; gave the Men's Referral Service number (1300 766 491).

Facilitator reflection: we spend a lot of energy containing C and I worry the quieter men get less of us. Next week we'll try splitting into two smaller groups for the main activity.

Next session: "Accountability vs shame" – bring the Safe and Together handout.""",
        [],
    ),
    (
        "b20c-009",
        """Follow-up on my FIFO post from a few weeks back, in case it's useful to anyone else.

Quick recap: 30s male, fly-in/fly-out on a 2-and-1 roster, presenting with irritability, heavy drinking on his week off and a relationship close to breaking. We'd been doing telehealth on his off-weeks only, which meant fortnight-long gaps.

What changed:
- He agreed to short (25 min) check-ins from camp on his swing. Privacy was the barrier – thin walls in the dongas – so we did them from his ute in the car park. Not ideal but it worked.
- His partner Shae joined two sessions. Turns out the "homecoming crash" was the key pattern: he arrives wired and exhausted, she's been solo parenting for 14 days and hands over the kids at the door, both explode by day 2. We built a re-entry plan: first afternoon is his to sleep, kids' stuff from day 2.
- He used the EAP through BHP for a financial counselling session, which took a lot of heat out of things.

AUDIT score went from 21 to 13 over ten weeks. Not abstinent, not his goal, but the binge pattern is mostly gone.

He's just been told he's moving from the site out past Newman to a new project with a longer roster, so we'll see whether it holds. Main takeaway for me: match the therapy rhythm to the roster rather than the other way round.""",
        [("Shae", "name"), ("BHP", "organisation"), ("Newman", "place")],
    ),
    (
        "b20c-010",
        """Question for the psychiatrists and CMHT folk – clozapine in a young man with FEP and significant metabolic risk.

Early 20s, second episode, diagnosis now firmly schizophrenia (F20.0). Failed adequate trials of risperidone and olanzapine (the latter with 14 kg weight gain in five months). Currently under a compulsory treatment order, section 29 community. Persistent command hallucinations, nil insight, two presentations to ED this year with disorganised behaviour.

Clozapine is the obvious next step and the team agrees. The sticking points:
- BMI 31, HbA1c 44 mmol/mol, strong family history of type 2 diabetes on both sides.
- Baseline ANC borderline low – we think benign ethnic neutropenia, haematology are reviewing. Anyone managed titration under the BEN protocol?
- Whānau are supportive but worried about weekly bloods; he lives 40 minutes from the nearest lab.

We've discussed starting metformin alongside, and an early referral to dietetics. I'm also keen on getting a peer support worker involved from the start because the last two attempts at engagement fell over when he felt "done to".

Would love to hear what people have done about the blood-test logistics in rural areas – point-of-care testing? home visits by the district nurse? And any experience with aripiprazole augmentation for the weight once he's on clozapine?

References I'm working from: the Maudsley Prescribing Guidelines, and the Te Whatu Ora clozapine guidance.""",
        [],
    ),
    (
        "b20c-011",
        """**Older adult case – grief, cognitive decline and a move into care**

Mrs D is 93, widowed eight months ago after a 67-year marriage. She moved into Banksia Gardens Aged Care in the spring after her daughter Lorraine could no longer manage her at home. Before that she'd lived her whole adult life in Port Pirie and she talks about the town constantly – the smelter stack, the foreshore, the church hall where she ran the cake stall.

Referred by the facility GP under the residential aged care items for low mood and "refusing to engage". MoCA 21/30 (lost points on recall and visuospatial); GDS-15 = 9. Since her fall on 3 March she has been reluctant to leave her room and staff describe her as "difficult" at meal times.

What I see in sessions: grief much more than depression – she's sharp about her late husband, funny about the food, very clear that she did not choose to be here. Reminiscence work has been lovely; she brings photos every time.

Where I'd like input:
- How do you balance advocacy for her (she wants a room with a window that faces the garden, not the car park) with staying in your lane as the visiting psych?
- Any favourite grief frameworks for the very old? I've been using the dual process model (Stroebe & Schut) and it fits, but I'm aware most of the literature is on younger bereaved people.
- Lorraine is carrying a lot of guilt. Is it appropriate to offer her a session or two, or refer on?""",
        [
            ("93", "age"),
            ("Banksia Gardens Aged Care", "organisation"),
            ("Lorraine", "name"),
            ("Port Pirie", "place"),
            ("3 March", "date"),
        ],
    ),
    (
        "b20c-012",
        """Closing this one off – takeaways from a Year 8 student with social anxiety, 14 sessions across Terms 2 and 3.

Context: school counsellor in a large public high school. Student was referred by the learning support team after she stopped presenting in class and started eating lunch in the toilets. SCAS social subscale well into the clinical range at the start; RCADS at the end has her in the normal range on social phobia, borderline on generalised anxiety.

What helped:
1. Doing exposure inside the school day. We built a ladder with her – asking the canteen for a different item, answering one question in maths, eventually a two-minute talk in English – and I could actually be nearby for the early steps.
2. Getting one teacher on board. Her science teacher agreed to a "warning" system (a nod before calling on her) for four weeks, then we faded it.
3. Parent sessions using Cool Kids material. Dad had his own anxiety history and was accommodating a lot without realising.
4. Keeping the lunch-time club as a safe base rather than a hiding spot – we set a rule that she went to the playground for ten minutes first.

What I'd do differently: I left the school refusal risk too long before involving the deputy. And I under-used the peer support program – a Year 10 buddy would have helped in Term 2.

Handover: she's linked with the local headspace centre for the holidays and I'll do a check-in in Week 2 of Term 4. Oral presentation tasks next year are the thing to watch.""",
        [],
    ),
    (
        "b20c-013",
        """Kia ora – jumping in because I had almost the same thing last year with a 15-year-old and gaming.

The thing that helped most was getting genuinely curious about the game instead of treating it as the problem. I asked him to teach me how the ranked system worked and it turned into the best session we'd had. He showed me his profile (KiwiSn1per07, which he was very proud of) and his stats, and for the first time he talked about the squad he plays with at 2am as actual friends, not just "people online". A couple of them were the only ones who messaged him when his dad left.

So for him the gaming was doing real work – belonging, mastery, and a way to not be in the house when things were loud. Cutting it off cold (which is what mum and the school wanted) would've removed the only thing that was working.

What we did instead:
- Sleep was the non-negotiable, not gaming. Devices out of the bedroom at 11 on school nights, negotiated with him.
- One in-person thing a week. He chose the esports club at Rangitoto College, which I didn't even know existed.
- Mum did a couple of parent sessions on her own stuff.

Six months on he's still gaming a lot, but attendance is back over 85% and he's not up till 4. Good luck with yours – happy to DM if it helps.""",
        [("KiwiSn1per07", "handle"), ("Rangitoto College", "organisation")],
    ),
    (
        "b20c-014",
        """BIRP – NDIS participant, autistic adult, session 9

Funding: Capacity Building – Improved Daily Living, support item 15_043_0128_1_3 (psychology). Plan review due in October; support coordinator has asked for a progress report by end of next month.

B: Participant (late 20s, autistic, diagnosed in adulthood; co-occurring GAD) attended via telehealth with camera off for the first 15 minutes, which is now his usual pattern and which we agreed is fine. Reported two shutdowns this week, both after unexpected changes at his volunteer role (roster swapped without notice). Masking at work described as "exhausting but automatic". GAD-7 = 14.

I: Continued work on an autistic-affirming energy accounting model (he prefers a "battery" metaphor to spoons). Mapped the week's drains and recharges. Collaboratively drafted a script for asking his supervisor for written notice of roster changes. Brief psychoeducation on shutdown vs meltdown, drawing on his own language rather than clinical terms.

R: Engaged, turned camera on once we moved to the mapping. Identified "special interest time" (trains, specifically timetables) as his most reliable recharge and agreed to schedule it rather than using it only as a reward. Uncertain about sending the script – wants to rehearse it once more.

P: Rehearse script next session; he'll decide whether to email or say it. Begin drafting NDIS progress report with him (he wants to read it before it's sent). Consider OT referral for sensory assessment – to discuss with support coordinator.""",
        [],
    ),
    (
        "b20c-015",
        """Process reflection after a hard session – mostly for me, but I'd welcome thoughts.

Client is a new grad nurse, 23, in her first year on a busy surgical ward. Referred for anxiety and "not coping". Today she came in straight from a night shift and spent most of the hour describing a patient deterioration she'd missed the early signs of. The patient survived, a senior nurse picked it up, there was a debrief – and she cannot stop replaying it.

What happened in me: I trained as a nurse before psychology, and about ten minutes in I realised I was slipping into clinical-educator mode. Asking about obs, whether the escalation protocol was followed, what the early warning score was. She answered everything dutifully and looked more and more ashamed. I'd become another senior asking her to account for herself.

I caught it, named it ("I notice I've been asking a lot of questions like a charge nurse would – how has that been for you?") and she laughed and cried at the same time. The last 15 minutes were far better: her fear that she's "not a real nurse", the perfectionism she brought from uni, how isolated she is on Ward 7 at Middlemore with most of her cohort on other wards.

Things I want to keep watching:
- My own nursing history as a pull toward problem-solving and a source of over-identification.
- Second-victim experiences in new grads – I want to read more (Wu's original paper and the later work on peer support programs).
- Sleep and shift pattern as a bigger part of the formulation than I'd given it.

Taking it to supervision Thursday.""",
        [("Middlemore", "organisation")],
    ),
    (
        "b20c-016",
        """Consultation – adolescent anorexia, FBT stalling in phase 1

14-year-old, restrictive AN, started FBT 10 weeks ago after a short paediatric admission for bradycardia (resting HR 42 at the time). Weight restoration was going well for the first six weeks – about 0.5 kg a week – then stalled completely. Currently 87% mBMI. Resting HR back up to the high 50s, orthostatics OK at the last medical review.

What I'm seeing: parents are very committed but exhausted. Dad does most meals on weekdays and is firm; mum takes weekends and has started negotiating ("just finish half"). Our young person has clocked this and weekends are now where all the ground is lost. EDE-Q global 4.1. There's also a lot of exercise happening in her room at night that the family only recently discovered.

I've done a family meal session and a separate parent session on "united front", with limited shift. Mum is quite tearful about her own history with dieting and I think she's finding the role very triggering.

Questions:
- Anyone used parent-to-parent mentoring (like the Butterfly Foundation's carer programs) at this point in FBT?
- When do people bring in an individual therapist for the parent, and does it dilute the FBT frame?
- Is it time to talk with the team about a higher level of care, or do I give it another two to three weeks with a tighter weekend plan?

I'm aware the Christmas holidays are coming and the routine is about to disappear, which makes me want to act sooner rather than later.""",
        [],
    ),
    (
        "b20c-017",
        """New referral, looking for a second opinion on triage before I take it to our intake meeting. Summary copied from the referral form:

Name: Mere Tawhiri-Walsh
NHI: ZKT4821
DOB: 22/07/1986
Address: 5 Kowhai Street, Ōtāhuhu, Auckland 1062
Mobile: 021 488 3902
Email: mere.tw86@gmail.com
GP: Dr Simon Faleolo, Ōtara Family Health Centre
ACC claim no.: 10048877212 (sensitive claim lodged, cover pending)

Referral reason: historic sexual abuse disclosed to GP during a smear appointment; current PTSD symptoms (nightmares, hypervigilance, dissociative episodes at work). Works as a teacher aide. Two tamariki, 6 and 9, living with her. Partner supportive. Drinking "most nights" since disclosure.

Risk: denies current SI. One overdose in her early 20s. GP's concern is mainly the dissociation – she's "lost time" twice at work.

My questions:
1. With the claim pending, do people start with a few stabilisation sessions funded some other way, or wait for cover? Waiting feels wrong given the dissociation.
2. Would you screen with the DES-II at assessment or hold off until there's more safety?
3. She's indicated she'd prefer a Māori clinician. We don't have one available for three months. Offer her the choice to wait, refer to the kaupapa Māori service, or start with me and revisit?

Grateful for any thoughts.""",
        [
            ("Mere Tawhiri-Walsh", "name"),
            ("ZKT4821", "id_number"),
            ("22/07/1986", "date"),
            ("5 Kowhai Street", "place"),
            ("Ōtāhuhu", "place"),
            ("Auckland", "place"),
            ("1062", "place"),
            ("021 488 3902", "phone"),
            ("mere.tw86@gmail.com", "email"),
            ("Simon Faleolo", "name"),
            ("Ōtara Family Health Centre", "organisation"),
            ("10048877212", "id_number"),
        ],
    ),
    (
        "b20c-018",
        """Adding to this thread from the perspective of someone who's spent the last six years working with people from refugee backgrounds, mostly Hazara and Tamil clients.

A few things I'd gently push back on:

**Don't start with the trauma story.** So many of our clients have had to tell it over and over for visa processes and tribunal hearings – it's become a performance for strangers who decide their future. Herman's phased model is useful here: safety and stabilisation first, and for a lot of people "safety" means housing, Centrelink, family reunification paperwork, and knowing the interpreter isn't from their community.

**Interpreters.** Book through TIS National (131 450) and ask for the same interpreter each time if the client is comfortable. Brief them before the session. Ask the client – privately – whether gender, ethnicity or religion of the interpreter matters. For one of my Dari-speaking clients it absolutely did.

**Use a model built for the context.** Narrative Exposure Therapy (Schauer, Neuner & Elbert) is well supported for multiple, cumulative trauma and has a lifeline structure that a lot of clients find meaningful. The HTQ is a decent screen but read the items with the client rather than handing it over.

**Link with your state's FASSTT member agency.** Even if you're holding the therapy, they have caseworkers, groups and consultation lines that will save you months.

And watch the calendar – Ramadan, Nowruz, and anniversaries of displacement can all shift presentation. Schedule around them, not through them.""",
        [],
    ),
    (
        "b20c-019",
        """SOAP – inpatient, day 4 (psych reg)

S: 34M, admitted under the Act with manic relapse of bipolar I. Slept ~3 hrs last night per nursing obs. Pressured, tangential, says he "doesn't need sleep because the work is too important". Sister Bianca phoned the ward this morning – reports he'd spent about $14,000 across several credit cards in the fortnight before admission and had been driving through the night. Admitted on Friday the 17th after police brought him to ED.

O: Elevated, irritable when interrupted. Flight of ideas. Grandiose content (business plans, believes he has been "chosen" to fix the housing market). No perceptual disturbances reported. Not oriented to date. YMRS 31. Lithium level 0.4 mmol/L (subtherapeutic – non-adherent for ~6 weeks per family). Obs stable.

A: Manic episode, severe, without psychotic features (F31.1). Low insight. Risk: financial, reputational, driving; moderate risk of absconding. No current aggression.

P: Continue lithium, uptitrate to target 0.8; recheck level in 5 days. Olanzapine 10 mg nocte, PRN lorazepam 1 mg up to QID. Ask social work to help family contact banks re spending (with consent when able). Family meeting next week – consultant to attend. Review Tribunal hearing paperwork.""",
        [("Bianca", "name"), ("Friday the 17th", "date")],
    ),
    (
        "b20c-020",
        """Supervision reflection – week 9 of placement

I've been avoiding writing this one up.

My client (a man in his 60s, retired tradie, referred for low mood after a heart attack) has a way of talking that is almost identical to my late father's – the same jokes, the same refusal to say anything is wrong, the same "she'll be right". In session 5 he described sitting in his shed not knowing what to do with his hands, and I had to look away for a second because I was suddenly right back in my dad's shed the winter before he died.

In supervision we used Hawkins and Shohet's seven-eyed model to slow this down. Mode 5 (the supervisee's process) was obviously where I'd been hiding. My supervisor asked what I'd been doing differently with this client and the honest answer is: going easy on him. Not asking about alcohol. Letting him steer away from his marriage. Laughing at the jokes a beat too long.

Yalom's line about the therapist having to "be there" for the client kept coming back – I wasn't fully there; part of me was with my dad.

What I'm going to do:
- Bring the alcohol screen back in next week (AUDIT-C) and frame it as routine.
- Notice the laugh. Name it if it's deflection – gently.
- Book a couple of sessions with my own counsellor. This is more than supervision can hold.

Writing this down makes it feel less like a failure and more like the work. Which is, I suppose, the point of reflective practice.""",
        [],
    ),
    (
        "b20c-021",
        """**Case consult – 9-year-old boy in kinship care, remote NT**

Looking for advice from anyone who works in remote communities, especially about how to do therapeutic work when you're only there one week in four.

Background: Jaylen has been in kinship care with his great-aunt (everyone calls her Aunty Rose) since he was six, after neglect and DV in the family home. He moves between her house in Wadeye and town, where his mum lives when she's well. Territory Families have case management. There's been a lot of Sorry Business in the family over the last year – three deaths – and he has missed a lot of school.

Presentation: big dysregulation at school (throwing chairs, running off), quiet and clingy at home. Sleep is poor. Kriol is his first language; his English is good for school stuff but he doesn't have English words for feelings. His teacher at Moil Primary (he stayed in town for Term 2) described him as "really bright when he's settled".

What I've been trying: play-based sessions, mostly outdoors, using sand and drawing. A bit of work with Aunty Rose on co-regulation. Connecting with the Aboriginal Health Practitioner at the clinic, who knows the family and has been an enormous help with cultural context.

Questions:
- How do people maintain therapeutic continuity with fly-in schedules? I'm considering a simple visual "story" he keeps between visits.
- Anyone adapted Theraplay or similar for kinship carers in remote settings?
- How do I work respectfully around Sorry Business without either avoiding grief or pushing it in ways that aren't culturally right?""",
        [
            ("Jaylen", "name"),
            ("Rose", "name"),
            ("Wadeye", "place"),
            ("Moil Primary", "organisation"),
        ],
    ),
    (
        "b20c-022",
        """DAP note – telehealth (video), session 6 of 10 under current MHTP

D: Client (late 40s, works full-time in finance) reports mood "a bit better most days, then a wall of it out of nowhere". Hot flushes and night waking continue; GP has started MHT (menopausal hormone therapy) in addition to her existing desvenlafaxine 50 mg. Sleep averaging 5.5 hrs. Irritability with teenage kids is her main distress – she described yelling at her son over the dishwasher and "hating myself for hours after". DASS-21 today: D 18, A 10, S 26 (stress still severe, depression down from 24). No SI.

A: Partial response. Picture is increasingly one of perimenopausal mood disturbance layered on a longstanding pattern of over-responsibility and self-criticism. Stress subscale tracking closely with sleep. Self-critical voice very prominent; good candidate for more compassion-focused work (CFT).

P: Introduced the three-systems model (threat, drive, soothe) – she recognised herself strongly in the drive system. Homework: notice and jot the self-critical voice after conflicts, and try one soothing-rhythm breathing practice a day. Suggested the Jean Hailes menopause resources. Review letter to GP after this session (item 80110 billed; 4 sessions remaining on the referral, will request a review for further sessions). Next appt in two weeks.""",
        [],
    ),
    (
        "b20c-023",
        """I'm sorry, this is such a hard one and it sounds like you're holding it really well.

I worked with a mum after her 19-year-old son's suicide a couple of years ago, and a few things stand out from that work that might help:

- The "replaying" in the early months was relentless for her, especially the last ordinary moments. She kept hearing him at the door saying "mum stop worrying, kai's picking me up", and she'd spend hours on whether she should have stopped him going out. We didn't try to argue with those thoughts. We made space for them, and over time she started writing them down in a notebook instead of circling in bed.
- Jordan and McIntosh's book Grief After Suicide gave us a shared language. She found it validating that her grief had particular features (the why, the guilt, the stigma) rather than being "grief gone wrong".
- Peer support was huge. She joined a StandBy support group and said it was the first place she didn't have to explain herself.
- Anniversaries and birthdays – plan for them with her in advance. The first birthday was worse than the anniversary for my client.

Also – look after yourself. I took it to supervision more than usual, and that was the right call.""",
        [("kai", "name")],
    ),
    (
        "b20c-024",
        """Consultation – couple where one partner is FIFO, sessions only every second week

Both early 40s, married 15 years, two primary-school kids. He's on a 14/14 roster at a mine site, she works part-time in a pharmacy and carries the household. Referred by their GP after she told him she'd "checked out" of the marriage. He wants to fix it; she's not sure she wants to.

Early assessment (Gottman Relationship Checkup plus a session each individually): high criticism from her, defensiveness and stonewalling from him, contempt creeping in. Very little shared meaning left – their one consistent ritual is a Saturday morning trip to Bunnings and a sausage from the sizzle with the kids, which she described, deadpan, as "the highlight of our relationship". Sound Relationship House is thin at the friendship level, but there's still fondness under it. He cried in his individual session talking about missing the kids' milestones.

My dilemma: she's discernment-counselling territory (Doherty) rather than ready for couple therapy proper. But he's desperate to "do the work" and keeps bringing homework from Hold Me Tight.

Options I'm weighing:
1. Formal discernment counselling for 3–5 sessions before committing either way.
2. Carry on with Gottman-based work but slow right down.
3. Split – individual support for each, and revisit the couples frame later.

Has anyone found a good way of running discernment counselling when one partner is away half the time? I'm thinking of doing his one-on-one parts by video from site.""",
        [],
    ),
    (
        "b20c-025",
        """Looking for a bit of guidance on an EAP referral that's getting messy around confidentiality. Details copied from the referral below so you can see what the employer sent – I'm now wondering if they've overshared.

> EAP ref: CH-2291-0457
> Employee: Darren Pohl, track maintenance crew
> Employer: Queensland Rail, Ipswich depot
> Contact: (07) 3248 1190 / d.pohl.qr@outlook.com
> Reason: critical incident – near-miss with a fatality on the line on 2 May. Manager (Kylie) reports he has been "short with the crew" since.

So. He's attended two sessions. Classic acute stress picture: intrusive images, startle, poor sleep, avoidance of that section of track. He's also quite angry – at the driver, at management, at himself for not seeing the person sooner. No prior mental health history. PCL-5 of 41 at session 2.

The issue: his manager has rung me twice asking "how he's going" and whether he's "fit to be back on the tools". I've said I can't discuss him without consent. He's happy for me to confirm attendance only.

Questions:
- Is anyone routinely doing a written 'what I will and won't share' agreement at the start of EAP work? I usually do it verbally.
- Any good psychoeducation for managers on why pushing for details is unhelpful? Something I can send via the EAP provider rather than directly.
- Clinically – we're in the acute window. I'm thinking psychological first aid principles plus a bit of sleep work now, and TF-CBT if symptoms persist past the month mark.""",
        [
            ("CH-2291-0457", "id_number"),
            ("Darren Pohl", "name"),
            ("Queensland Rail", "organisation"),
            ("Ipswich", "place"),
            ("(07) 3248 1190", "phone"),
            ("d.pohl.qr@outlook.com", "email"),
            ("2 May", "date"),
            ("Kylie", "name"),
        ],
    ),
    (
        "b20c-026",
        """Process notes – long-term psychodynamic psychotherapy, session 112 (twice weekly)

She arrived early and waited in the car – I saw her through the window – then came in exactly on time. Opened by saying she'd "nothing to say today" and then talked without pause for twenty minutes about a colleague who'd taken credit for her work. I noticed I was drifting, thinking about my own shopping list, and then about the Easter break coming up in three weeks.

The drift felt like information. When I said something like "I wonder if it's hard to feel that your work belongs to you here too, with the break coming", she went silent for a long time, then said: "You'll be away and I'll still be paying for the room in my head." She meant it as a joke. Neither of us laughed.

She brought a dream: she is in her grandmother's kitchen, which is also my consulting room, and the tap won't turn off. Water everywhere. She's trying to mop it up before I notice. Her associations went to her mother's drinking and to being the one who "cleaned up before anyone could see".

Thinking about it afterwards with Winnicott in mind – the overflow she can't contain, the terror of me seeing the mess. Also Ogden's idea of reverie: my drifting as a response to something she couldn't yet bring. I want to hold off on interpreting the break too hard; she's already anxious about it.

For supervision: my pull to reassure her that I'll be back. How much to name the break over the next six sessions.""",
        [],
    ),
    (
        "b20c-027",
        """BIRP – adult ADHD, session 4

B: Client (early 30s, software tester) diagnosed with ADHD combined presentation by her psychiatrist last year; currently on lisdexamfetamine 50 mg. Reports the medication "turned the volume down" but work is still a struggle. Missed two stand-ups this week, and her boss at Xero has asked for a "performance conversation" next Friday. Very anxious about it, describes herself as "a fraud who's about to be found out". ASRS symptom checklist improved from baseline.

I: Worked on externalising time – she's started using a visual timer and body doubling on video calls with a friend. Reviewed the "interest-based nervous system" idea (Dodson) which she found very validating. Role-played the upcoming meeting: what accommodations she might ask for (written task summaries, noise-cancelling headphones, fewer context switches) and how much she wants to disclose about the diagnosis.

R: Engaged, energetic; went off on tangents several times but re-oriented easily with a gentle prompt. Cried briefly when talking about being called "lazy" through school. Her partner Manaia has been doing the morning routine with her, which she finds both helpful and embarrassing.

P: She'll draft a one-page "how I work best" document before the meeting. Next session focus: shame and the fraud narrative (possibly some CFT). Flag with psychiatrist re afternoon crash – may need a review of dosing.""",
        [("Xero", "organisation"), ("Manaia", "name")],
    ),
    (
        "b20c-028",
        """Good question, and one I think a lot of us worry about quietly.

My approach to documenting risk, for what it's worth (private practice, Victoria, 15 years in):

1. **Document the conversation, not just the conclusion.** "Denies SI" is close to useless. I write what I asked, what the client said in their words, and what I observed. E.g. "Asked directly about thoughts of ending life; client said 'I think about not waking up but I wouldn't do anything, my kids'."
2. **Formulate, don't score.** The evidence is pretty clear that risk-prediction tools don't predict. I'll use the C-SSRS screener as a structure but the note is a formulation – the 4Ps plus what's changed since last session.
3. **Record your reasoning for the plan.** Why outpatient, why not an urgent referral to the area mental health service, why weekly rather than twice weekly.
4. **Record what you gave them.** Lifeline (13 11 14), Suicide Call Back Service (1300 659 467), the safety plan, who's in the support network.
5. **Note consultation.** If I rang a colleague or spoke to the GP, it's in there with the time.

If you're ever at the point of considering an Assessment Order under the Mental Health and Wellbeing Act 2022, the documentation becomes even more important – and ring the triage line rather than sitting alone with it.

The Psychology Board code is fairly high-level on this; your PII insurer is often a better source of practical guidance. Mine has a free risk line and they were very helpful last time I used it.""",
        [],
    ),
    (
        "b20c-029",
        """Update on the selective mutism case I posted about in the winter.

Quick recap: 6-year-old girl, Tongan family, speaks freely at home in both Tongan and English but hadn't said a word at school in over a year. Teacher had labelled her "shy" and the family thought she'd grow out of it.

Big news – on 28 October Ana-Lisi said "yes" out loud to her teacher during mat time. It was a single word, and the teacher was so startled she nearly cried, which luckily Ana-Lisi found funny.

What got us there:
- Sliding-in technique (Johnson & Wintgens). We started with mum and Ana-Lisi playing a talking game in an empty classroom after school, then gradually brought in the teacher aide, then the teacher, one small step at a time.
- Taking the pressure off. We asked everyone to stop prompting her to speak, and gave her non-verbal ways to participate (thumbs, cards) without any expectation.
- Working with the family's values. Her nana was worried that "pushing" her would be disrespectful to the teacher, so we spent a session talking about how the steps honour both. Having a Pasifika colleague sit in on that one made a big difference.
- Linking with the school's learning support coordinator to keep the plan going over the holidays.

Still a long way to go – she's speaking to two adults at school and one friend – but I'm so pleased for this family. Anyone working with Pasifika families in Porirua or thereabouts, I'm happy to share the resources I put together.""",
        [("28 October", "date"), ("Ana-Lisi", "name"), ("Porirua", "place")],
    ),
    (
        "b20c-030",
        """SOAP – community MH nursing, depot clinic

S: Client (40s, long history of schizophrenia, lives in supported accommodation) attended for his monthly depot. States he's "been good". Reports attending a clubhouse-style day program three days a week and enjoying the cooking group. Some concern about weight – "my jeans don't fit". Denies voices being distressing; says they're "background, like a radio in another room". Smoking about 20 a day, interested in cutting down.

O: Casually dressed, good hygiene. Calm, cooperative, speech normal rate. Mood "fine", affect restricted but reactive. No evidence of acute psychotic symptoms. No SI/HI. Weight 104 kg (up 3 kg in 3 months). BP 138/88. AIMS 2 (mild perioral movements, unchanged). Paliperidone palmitate 150 mg IM given into the left deltoid without issue.

A: Stable on current regime. Metabolic risk increasing – weight, BP, smoking. Good engagement and day-program attendance are strong protective factors.

P: Referral to the dietitian and to Quitline (13 78 48) – he agreed to a call-back. Nicotine replacement discussed; will ask the consultant about a prescription. Bloods (lipids, HbA1c, prolactin) due before next review – form given. Next depot in four weeks; early warning signs plan reviewed and still current.""",
        [],
    ),
    (
        "b20c-031",
        """Hoping for some perspective from people who work with uni students.

Client is a second-year undergrad, 19, referred by the campus counselling service after she'd hit the session cap. Presenting with social anxiety and what she calls "constant background dread". Very articulate, a bit intellectualising – she's read a lot about anxiety and can quote the CBT model back at me.

In session 3 she told me she writes about her mental health publicly and, somewhat shyly, showed me her blog (quietgirlnotes.substack.com). It's genuinely good writing. It's also very detailed – sessions, medications, a piece about a panic attack in a tutorial that I suspect her tutor would recognise.

A few questions I'm sitting with:
1. Is it my business? She's an adult, she's chosen to write publicly, and it seems to be helping her find connection. But I'm aware she might write about our work, and I'm not sure how I feel about that or how it might affect what she brings.
2. Has anyone had a client write about therapy publicly and found a good way to talk about it in the room? I don't want to shut it down or make her feel watched.
3. Clinically – is the writing working as avoidance (processing in prose instead of in the room), or as exposure? I genuinely can't tell yet.

I've said I won't read it between sessions unless she asks me to, which felt like the right boundary, and we've agreed to come back to the topic next week.""",
        [("quietgirlnotes.substack.com", "url")],
    ),
    (
        "b20c-032",
        """Reflection from our group supervision on Thursday – First Nations social and emotional wellbeing.

Five of us in the group, two Aboriginal clinicians and three non-Indigenous. We used the SEWB model (Gee, Dudgeon, Schultz, Hart & Kelly, 2014) to look at a case one of the non-Indigenous members brought: a young Aboriginal woman referred for depression who kept missing appointments.

What shifted for me:
- The "missed appointments" were framed in the referral as non-engagement. When we mapped her life against the seven domains – body, mind and emotions, family and kinship, community, culture, Country, spirituality and ancestors – it became clear she was attending to a lot: caring for two younger cousins, going back to Country for a funeral, supporting her nan through a health crisis. The clinic's rigid booking system was the problem, not her.
- One of our Aboriginal colleagues spoke about yarning as a method, not just a style – the social yarn first, then the therapeutic yarn, and how rushing the first is experienced as disrespect.
- We talked about the Gayaa Dhuwi (Proud Spirit) Declaration and what it would actually look like for a mainstream service to honour it, rather than putting it on a poster.

Practical changes the clinician is making: flexible drop-in times, offering sessions outdoors, asking whether she'd like to be connected with an Aboriginal health worker, and giving 13YARN (13 92 76) as an option alongside the usual crisis numbers.

I left thinking about how much of what we call "resistance" is a service not fitting the person. Also about NAIDOC Week coming up and whether our practice will do anything beyond morning tea.""",
        [],
    ),
    (
        "b20c-033",
        """Replying re: hoarding in older adults – I've got one at the moment that's shaped how I think about it.

She's 91 and has lived in the same house in Glenorchy for 60-odd years. Council got involved after a neighbour complaint, and there's a real risk she'll be moved into care if the place isn't cleared. She came to me via her GP, very reluctant, because "the council lady" suggested it.

What I've learned:
- Forced clean-outs are traumatic and usually backfire. Frost and Steketee's work is clear on that and so was this client – she described an earlier clear-out by her son as "like a burglary". She's re-filled the house since.
- The harm-reduction approach (Tompkins) was much more workable: clear paths, working smoke alarms, the stove accessible, the back door usable. Not a tidy house, a safe one.
- Underneath the stuff was a lot of grief. Her husband died around Anzac Day 2023 and she hasn't moved a single thing of his since. Every object has a story, and she wants someone to hear the story before it goes.
- Cognitive screening matters. Her MoCA was 25/30, so not a dementia picture, but I'd always check.

Working alongside an OT and a community aged care worker has been essential. I'm the one doing the grief and motivation work; they're doing the practical side at a pace she can tolerate.

So far we've cleared the hallway and the kitchen bench. Small, but she's still at home.""",
        [("91", "age"), ("Glenorchy", "place"), ("Anzac Day 2023", "date")],
    ),
    (
        "b20c-034",
        """Closing takeaways – EMDR with a paramedic, 12 sessions

Context: paramedic in his 40s, 20 years on the road, referred by his GP (not through work – he didn't want his employer to know). Presenting with PTSD after a paediatric job, plus what he called "a lifetime of jobs stacked in a cupboard". PCL-5 of 54 at intake. Heavy drinking on days off.

What worked:
1. **Longer preparation than I'd planned.** Four sessions of resourcing (calm place, container, a "team" of nurturing and protective figures) before any reprocessing. He was sceptical – "I don't do visualisation" – but the container exercise became something he used between jobs.
2. **Targeting the paediatric job first, not the earliest memory.** I'd usually go more chronologically, but it was the one with the highest SUDs and the most intrusions. Reprocessed over three sessions to SUDs 0 and VoC 7.
3. **Future template for the sound of a baby crying.** This was his main trigger at home with a new grandchild and the change was obvious.
4. **Working with the culture.** Dark humour is a coping strategy in that world and I didn't pathologise it. We did talk about when it stopped working.

What I'd do differently: I'd bring in the alcohol stuff earlier and more directly. AUDIT came down but only after he raised it himself.

End-of-treatment PCL-5: 19. Pointed him to the first responder peer resources on the Phoenix Australia website and left the door open for top-up sessions.

References I leaned on: Shapiro's standard protocol (3rd ed.) and Parnell's work on resource installation.""",
        [],
    ),
    (
        "b20c-035",
        """DAP – problem gambling, session 7

D: Client (50s, Samoan, works in warehousing) reports two days gambling-free out of the last seven – down from daily. Lost about $600 on Saturday on the pokies at the Cosmopolitan Club after a family argument, then "chased it" on the TAB app on Sunday. He has self-excluded from the venue previously but the exclusion lapsed. PGSI score today 17 (was 22 at intake). Describes strong shame; hasn't told his church minister. His wife Losa now manages the household account, at his request. He gave me his TAB account number (448120) so I could help him with the online self-exclusion form.

A: Gradual reduction; high-risk situations are conflict at home and payday. Shame and fear of being found out in the community are major barriers to using supports. Family involvement has been protective – his wife's management of money was his idea, which matters.

P: Complete self-exclusion from all TAB products and re-exclusion from the venue this week. Continue urge-surfing and the "delay, distract, decide" plan. Offered a Pasifika gambling harm service as an additional support – he'd like to think about it. Invite Losa to session 9 if he's comfortable. Gambling Helpline 0800 654 655 reiterated.""",
        [("Cosmopolitan Club", "organisation"), ("Losa", "name"), ("448120", "id_number")],
    ),
    (
        "b20c-036",
        """Consultation – postnatal depression, 4 months postpartum, reluctant about medication

Client is a first-time mum in her early 30s. EPDS 18 at intake, item 10 scored 1 ("hardly ever" thoughts of self-harm – on exploring, fleeting thoughts of "not being here" rather than intent). Sleeping in 2-hour blocks, baby has reflux. Partner works long hours, her family are overseas. Very isolated since moving interstate for his job just before the birth.

She's been offered sertraline by her GP but is really reluctant – worries about it passing through breastmilk and about "being the kind of mother who needs pills". I've shared the LactMed information that sertraline is generally considered compatible with breastfeeding, and encouraged her to discuss it with the GP and her maternal and child health nurse, but she's still hesitant.

What we've done so far (4 sessions): behavioural activation built around the pram walk, a sleep-protection plan with her partner taking one night feed, and work on the perfectionistic "good mother" standard. Some improvement – EPDS down to 14.

Questions for the group:
- Anyone found good ways of exploring medication ambivalence that don't slide into persuading?
- Mother-baby unit thresholds – at what point would you start that conversation if things don't keep improving?
- Good peer supports? I've given her PANDA (1300 726 306) and the Gidget Foundation info, but she wants face-to-face and there isn't a local mums' group she likes.

She's also mentioned the 6-month mark as when her partner's parents visit and is already anxious about "being judged". Would welcome any thoughts.""",
        [],
    ),
    (
        "b20c-037",
        """Supervision reflection – working with online harassment, and the limits of my role

My client (26, works the front desk at Anytime Fitness) has been harassed online by an ex for about five months. It started with comments on her posts, then fake accounts, and now messages to her friends and her employer. She's reported it to eSafety and the police. The main account is @jordo_m99 but he keeps making new ones.

In session she showed me a screenshot from the police report that listed an IP address (121.45.203.88) linked to one of the accounts, and she asked me whether that meant they "had him". I found myself explaining how IP addresses work, whether it was enough for an intervention order, what the eSafety Commissioner can and can't do... and at the end of the hour I realised we'd done no therapy at all.

My supervisor's question was simple: "Whose anxiety were you managing?" Honestly, mine. The stuff she's describing is frightening and I wanted to feel useful. Being the tech-and-legal explainer was more comfortable than sitting with her terror and helplessness.

What I'm taking into next session:
- Acknowledge that I got pulled into problem-solving and ask what she needs from our time.
- Refer the legal and technical questions to a women's legal service and the eSafety resources – they're better placed than me.
- Focus on hypervigilance and sleep; she's checking her phone up to 100 times a day.
- Safety planning with 1800RESPECT in mind, since this is clearly technology-facilitated abuse.

It's humbling how quickly I slipped out of role when I felt helpless.""",
        [
            ("Anytime Fitness", "organisation"),
            ("@jordo_m99", "handle"),
            ("121.45.203.88", "ip"),
        ],
    ),
    (
        "b20c-038",
        """SOAP – OCD, ERP session 8

S: "Rough week but I didn't give in as much." Handwashing down from ~40/day to ~25. Completed 4 of 6 planned exposures; avoided the top item (raw chicken prep at home). Partner still giving reassurance.
O: Y-BOCS 24 (31 at intake). In-session exposure to raw chicken packaging – SUDS peak 80, down to 35 at 25 min, no washing.
A: Moderate symptoms, solid progress. Partner reassurance maintaining. Shifting to inhibitory learning (Craske) – varied exposures, expectancy violation.
P: Joint session with partner next week re reassurance scripts. Fluvoxamine 150 mg per GP, no side-effects. Homework: raw chicken prep x2. Review hierarchy at session 10.""",
        [],
    ),
    (
        "b20c-039",
        """**Case presentation – 16-year-old in youth justice, pre-sentence report**

I've been asked for a psych report for his sentencing and I'd like a sanity check on my formulation before I write it.

Background: Tyrese is 16, currently remanded at Parkville Youth Justice Precinct. Charges relate to a series of aggravated car thefts over the summer with two older co-accused, including one where a car was taken from a home with the family inside. The car he was driving when police caught up with him (rego 1XY 7KP) was rolled on a freeway on-ramp; no one was seriously hurt. Court file no. J10493871.

History: grew up in Dandenong with mum and three siblings, dad in and out of prison. Multiple notifications to child protection from age 4. Suspended repeatedly from Year 7 onwards; disengaged by 14. Cannabis daily from 13, some ice use over the summer. Significant exposure to violence. Cognitive screen (WASI-II) FSIQ 78, with verbal comprehension notably lower than perceptual reasoning; no formal language assessment ever done.

Formulation (brief): early relational trauma and family violence, unaddressed language difficulties contributing to school failure and shame, then peer belonging and status through offending with older co-accused. Substance use escalating over the period of most serious offending. Protective: strong bond with younger sister, engaged well with the education program on remand, remorse for the home-invasion theft specifically.

What I'm unsure about:
- How much weight to give the possible language disorder without a proper speech pathology assessment? I've recommended one.
- Anyone got a good way of explaining trauma-informed formulation to magistrates in two paragraphs without sounding like an excuse?

Context on the report itself: the court has asked specifically about risk of reoffending and suitability for a youth supervision order versus detention. I've used the SAVRY as a structured guide (high on historical items, with several protective factors now present), but I'm wary of that reading as a number that decides his future. My draft leans toward supervision with education and family support, a speech pathology assessment as a condition of the plan, and AOD follow-up through a youth service. His mum has been to every court date and visits weekly, which matters.

I'd also love to hear from anyone who has given evidence at a sentencing hearing about how much of the formulation they put in the body versus an appendix.""",
        [
            ("Tyrese", "name"),
            ("Parkville Youth Justice Precinct", "organisation"),
            ("1XY 7KP", "id_number"),
            ("J10493871", "id_number"),
            ("Dandenong", "place"),
        ],
    ),
    (
        "b20c-040",
        """Closing takeaways – blended family work, 10 sessions

Family: mum (Pākehā), stepdad (Samoan), her two kids from a previous relationship (13 and 10), and their shared toddler. Referred because the 13-year-old was "out of control" at home – swearing at the stepdad, refusing to come to family meals, one incident of punching a wall.

What helped:
1. **Genogram early, with everyone.** Doing it on butcher's paper on the floor made it feel like an activity, not an assessment. It surfaced that the 13-year-old had lost contact with his dad's side of the family entirely, and that grief was sitting under a lot of the anger.
2. **Structural lens (Minuchin).** Mum was caught in the middle, stepdad was trying to parent like a biological dad from day one. We slowed that down – mum as the disciplinarian for her older kids for now, stepdad building relationship first (Papernow's work on stepfamily architecture was gold here).
3. **Fonofale model.** Stepdad's framework for family was very different – respect, roles, church, extended aiga. Using Pulotu-Endemann's Fonofale helped us talk about the "roof" of culture in a way that didn't make mum's approach wrong either.
4. **One-on-one time.** 15 minutes a day for each of the older kids with mum, no phones.

By session 10: the wall-punching hadn't recurred, he's eating with the family most nights, and he's asked to reconnect with his paternal grandmother. SDQ total difficulties down from 24 to 15.

What I'd do differently: bring the toddler into at least one session – everyone's behaviour made more sense with her in the room.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b20c"}
        for doc_id, text, items in DOCS
    ]
