"""Blind batch b17c, written by a helper session without sight of the guard. Forty posts from
clinicians in Australia and Aotearoa New Zealand on a peer-consultation platform: Markdown case
presentations, consultation questions, thread replies, follow-ups, closing takeaways, SOAP/DAP/
BIRP notes, process notes, supervision reflections and group-session notes, across Better Access
private practice, public CMHT/CYMHS/inpatient work, NGOs, school and university counselling,
ACCHO and kaupapa Maori services, rural and remote practice, and insurer-funded work (ACC,
WorkCover, TAC, icare, DVA/Open Arms, EAP, NDIS). Identifiers include client, family, pet and
treating-clinician names (some ordinary words: Huia, Nikau, Sunshine as a suburb, a dog called
Kumara), suburbs, towns, a station name and a street, dd/mm and holiday-with-year dates, ages over
89, AU/NZ phone numbers, emails, a URL, an IP, gamer tags and social handles, ACC/WorkCover/TAC/DVA
claim and file numbers, an NHI, student IDs and a court matter number, and employers, schools,
hospitals, a rest home and a military unit. Clean documents are dense with look-alikes: MBS item
numbers, national hotlines (Lifeline 13 11 14, 1737, 13YARN, Kids Helpline, 1800RESPECT), national
schemes and agencies (Medicare, NDIS, ACC, Oranga Tamariki, My Aged Care), cited authors (Durie,
Linehan, Gottman, Zur, Casement, Lock & Le Grange, Frost & Steketee), instruments with scores over
89 that are not ages, regions (the Pilbara, Northern Rivers, the Wheatbelt), holidays without a
year, months, weekdays, public figures and cartoon characters.

First-sight figures, with the guard at fb5b201 (this session's final rules): span recall
0.948, precision 0.845, identifier documents fully caught 0.700, clean documents flagged
0.350 (the guard at 5d372b1, where this session started: 0.948, 0.775, 0.700, 0.550).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b17c-001",
        """**Case presentation – postnatal depression, Better Access**

**Referral:** 34F, first baby, referred by her GP Dr Anjali Raman under a MHTP (MBS 2715), six sessions to start. Lives in Mount Druitt with her partner Tevita, who works night shift in a warehouse.

**Presenting concerns:** Low mood since about week 3 postpartum, intrusive images of the baby being dropped, not sleeping even when bub sleeps. EPDS 19 at intake, item 10 scored 1 ("hardly ever"). No plan or intent; passive thoughts of "disappearing for a bit".

**History:** Emergency caesarean at Blacktown Hospital; baby born 9 August and spent four days in special care. She describes the birth as "like I wasn't in my body". Her mum is in Tonga and can't travel until after Christmas; Tevita's family are close by but she finds them "a lot".

**Current treatment:** GP started sertraline 50 mg three weeks ago. We've done 4 sessions: psychoeducation, normalising intrusive thoughts (thoughts ≠ intent), behavioural activation built around pram walks, and negotiating for Tevita to take one night feed.

**Question for the group:** How are people handling the birth trauma piece when the depression is still front and centre? I'm wary of starting trauma processing too early but she keeps circling back to the caesarean. She has PANDA's number (1300 726 306) for between sessions. Would you ask the GP for the review and the extra 4 sessions now, or wait until session 6?""",
        [
            ("Anjali Raman", "name"),
            ("Mount Druitt", "place"),
            ("Tevita", "name"),
            ("Blacktown Hospital", "organisation"),
            ("9 August", "date"),
        ],
    ),
    (
        "b17c-002",
        """Quick ethics check from a school counsellor in a state high school, regional Queensland.

Year 8 student (13) came to me after second break on Thursday with fresh superficial cuts on her forearm. Said she'd "done it before, back in Term 1, not a big deal". No suicidal intent on my assessment (I used the Columbia screener and it was negative beyond passive ideation months ago), but she's adamant I don't tell her parents because her stepdad "will lose it". She was clear he's never hurt her.

Our policy says notify parents of self-harm the same day unless doing so puts the student at risk. I documented, consulted the deputy principal, and we agreed not to ring home until Monday so I could see her first thing and work out with her how it gets said. I gave her Kids Helpline (1800 55 1800) and the eheadspace details for the weekend.

Am I on solid ground delaying? Nothing she disclosed meets the threshold for a Child Safety report as far as I can tell, but I'm second-guessing myself. Also curious how others approach mature minor / Gillick competence in Qld schools — the departmental procedure I've got is from 2019 and might be out of date.""",
        [],
    ),
    (
        "b17c-003",
        """Kia ora koutou — following up on my post from last month about the sensitive claims client.

Her ACC claim (10038846172) was accepted for cover on 3 April, so we've moved on from the support sessions into treatment proper. For anyone newer to ISSC: the supported assessment recommended a longer block, which was approved faster than I expected.

Quick reminder of the picture: wahine Māori, mid-30s, living in Porirua with her two kids. Her sister Mereana has been coming to the first ten minutes of each session, which she finds settling, then heads off for a coffee. We've been mapping things with Te Whare Tapa Whā (Durie) — taha wairua is where she lights up; taha tinana is the big gap since she stopped playing netball.

Two things I'd love thoughts on:

1. Her GP, Dr Wiremu Pohatu, wants to start an SSRI and she's asked me what I think. I've said that's a conversation for her and the GP, but she's been burnt before by a bad reaction to medication and I don't want to undermine him or dismiss her.

2. She's worried about who reads the ACC reports and has asked me to leave some disclosures out. How do others handle that with the reporting templates? I've been honest that I can summarise rather than quote, but I can't misrepresent.

For after hours she has Safe to Talk (0800 044 334) and 1737. Ngā mihi.""",
        [
            ("10038846172", "id_number"),
            ("3 April", "date"),
            ("Porirua", "place"),
            ("Mereana", "name"),
            ("Wiremu Pohatu", "name"),
        ],
    ),
    (
        "b17c-004",
        """SOAP – CMHT outpatient review (case manager, MH nursing)

S: 67yo widowed woman, seen at home for scheduled review. Reports feeling "a bit flatter" since the anniversary of her husband's death in March. Sleeping 4–5 hrs with early waking. Eating "when I remember". Denies hearing the neighbours talk about her this week ("they've gone quiet"). Denies SI, no plan, future-oriented (wants to have the grandkids over at Easter). Taking olanzapine 10 mg nocte and mirtazapine 30 mg nocte per blister pack.

O: Kempt, mild psychomotor slowing, reactive affect. Speech normal rate and volume. No formal thought disorder. Residual ideas of reference, held with less conviction than in January. K10 = 29 (prev 33). HoNOS completed. Weight 71.4 kg (+2.1 kg since last quarter).

A: Depressive episode with psychotic features, improving but not remitted. Low current risk to self; protective factors include regular family contact, faith and her cat. Metabolic monitoring due.

P:
- Liaise with treating psychiatrist re mirtazapine dose at Wednesday clinic.
- Fasting lipids and HbA1c via GP.
- Continue fortnightly home visits; next review in two weeks.
- Daughter (carer) given NSW Mental Health Line 1800 011 511 for after hours.
- Consider a community grief group once mood lifts further.""",
        [],
    ),
    (
        "b17c-005",
        """**WorkCover psych injury — case manager pushing RTW, how do I word this?**

Long-time lurker, first post. I'm a clinical psych in private practice seeing a 41yo man on a WorkCover Queensland claim (WC23/0718842) for a psychological injury after 18 months of what he describes as sustained bullying by his team leader at Logan City Council. Date of injury on the claim is 17 October, the day he walked out of a meeting and didn't go back.

Where he's at: PCL-5 is low (this isn't primarily a PTSD picture) but DASS-21 depression 28, anxiety 18, stress 32. Heavy rumination, sleep wrecked, drinking up to 6 standard drinks most nights (down from 10). Nine sessions with me so far. He can now drive past the depot in Springwood without pulling over, which is genuine progress.

The insurer's case manager, Brodie Halloran, emailed asking me to "endorse" a graded RTW plan starting at 2 x 4 hr shifts next fortnight — same depot, same team leader still in place. I don't think he's ready, and honestly I think going back under the same reporting line would set him back months.

How do people word these reports so they're honest but don't read as obstructive? Is it within my lane to say "suitable duties, but not under that supervisor"? I know the liability decision isn't mine to make.""",
        [
            ("WC23/0718842", "id_number"),
            ("Logan City Council", "organisation"),
            ("17 October", "date"),
            ("Springwood", "place"),
            ("Brodie Halloran", "name"),
        ],
    ),
    (
        "b17c-006",
        """Reflection for supervision – week 14 of placement

I want to bring something to supervision on Thursday that I've been avoiding writing about. The client I've been seeing for low mood (late 50s, retired tradesman) has a way of cutting me off mid-sentence with "yeah, yeah, I know all that, love" that lands on me exactly the way my father's interruptions did. I noticed in session 6 I'd started pre-emptively shortening my psychoeducation, almost apologising for it. He's not done anything wrong; the reaction is mine.

Re-reading Casement's On Learning from the Patient, the idea of "trial identification" helped — trying to sit in his chair and hear my own voice. From there, my over-explaining probably sounds like being talked down to, which may be what he's reacting to. Hawkins and Shohet's seven-eyed model also nudged me to look at parallel process: I've been a bit defensive with you in supervision when you give feedback on my notes.

What I want from Thursday:
1. Help separating my stuff from his so I don't collude with his avoidance (he keeps skipping the activity scheduling).
2. Practising a response to the interruptions that's warm but holds the frame.
3. Whether to name any of this with him, or just work on it in myself.

Logging this toward reflective practice hours for the 5+1 internship. Also noting I'm tired — three late finishes this week — which is probably making me more reactive than usual.""",
        [],
    ),
    (
        "b17c-007",
        """**Yarning about a young fella from community – looking for SEWB advice**

I'm a non-Indigenous psych doing fly-in visits with an ACCHO in the Top End, and I'd really value input from mob on here or anyone with more remote experience than me.

Young man, 19, from Wadeye. Had a stay at Royal Darwin Hospital after an overdose on a family member's tablets and was discharged home on 6 May. His aunty, Rosalind, is the main person he listens to, and she's asked the clinic for "someone to talk to him but not too much talk". Our Aboriginal Health Practitioner, who is related to the family, has been the go-between and has been clear that formal sessions in the clinic room aren't going to work.

Things I'm trying to hold: he's been in sorry business since a death in the family in April, so there are restrictions on where he can go and what can be said. English is his second language. The K10 feels close to meaningless here; we've been using the Stay Strong care plan approach (Menzies) instead, with the AHP leading.

Questions:
- How have others structured follow-up when the person won't engage with a visiting clinician and the family wants to keep it low-key?
- Is it appropriate to do safety planning with his aunty present, given kinship obligations? The AHP thinks yes.

He and his aunty both have 13YARN (13 92 76). Re-reading Dudgeon, Milroy and Walker's Working Together for the SEWB domains has helped me stop thinking only in terms of the overdose.""",
        [
            ("Wadeye", "place"),
            ("Royal Darwin Hospital", "organisation"),
            ("6 May", "date"),
            ("Rosalind", "name"),
        ],
    ),
    (
        "b17c-008",
        """Group note – DBT skills group (adult), Session 9 of 24
Module: Emotion Regulation – Checking the Facts & Opposite Action
Facilitators: 2 (co-led). Attendance: 7 of 8 (P4 apologies – unwell, texted ahead).

Mindfulness: "Leaves on a stream" (4 min). P2 and P6 reported difficulty staying with it; normalised.

Homework review: Diary cards completed by 5 of 7. P1 used TIPP (cold water) twice during the week in place of self-harm urges — group acknowledged. P3 had not completed, said "the week got away from me"; brief chain analysis offered and declined in group, to be followed up in individual.

Teaching: Checking the Facts (Linehan, 2nd ed., Emotion Regulation Handout 8). Role-played opposite action for shame using P5's example of avoiding the supermarket after a panic attack. Good engagement; P7 quiet but completed the worksheet.

Risk: No acute concerns raised. P6 mentioned increased urges this week linked to an anniversary; individual therapist informed same day per protocol.

Process: Cohesion improving; cross-talk between P1 and P3 was validating rather than advice-giving. Co-facilitator and I agreed to tighten homework review next week — it ran to 40 min.

Next session (Tuesday): Opposite Action continued; ABC PLEASE.""",
        [],
    ),
    (
        "b17c-009",
        """Replying to the tech-facilitated abuse thread because I've got one right now that's doing my head in.

Client is late 20s, left a controlling relationship over winter, now living with her sister in Frankston. The ex kept turning up wherever she was. She'd changed her number twice. Turns out they still shared an Apple family account, so location sharing was on the whole time — we only worked it out when she got a login alert showing a sign-in from 203.45.118.72 at 2am, which she screenshotted and brought to session.

He's also been making new Insta accounts to follow her makeup business page (@kayla.rose.mua). Every time she blocks one, another pops up. His Xbox gamertag is the same as his old handle, JWhitlock_Tradie, which is how she knew it was Jordan.

What's helped:
- eSafety's tech safety guides, especially the checklist for shared accounts
- WESNET's Safety Net resources
- 1800RESPECT for after-hours safety planning
- Supporting her to take the screenshots to police for a variation to the intervention order

Clinically she's flipping between hypervigilance and total numbness. PCL-5 is 51. I'm trying to keep sessions grounded and not turn into her IT support, which is where I've ended up twice now. Anyone got a good way of holding that line?""",
        [
            ("Frankston", "place"),
            ("203.45.118.72", "ip"),
            ("@kayla.rose.mua", "handle"),
            ("JWhitlock_Tradie", "handle"),
            ("Jordan", "name"),
        ],
    ),
    (
        "b17c-010",
        """BIRP – NDIS capacity building (Improved Daily Living), psychology
Participant: autistic adult, late 20s, lives with parents. Session 12 of plan allocation. Telehealth, 50 min.

B: Logged on 5 min late, camera off for the first 10 minutes (agreed accommodation). Reported a "shutdown" on Saturday after an unplanned change to the support worker roster — 6 hrs in bed, not eating until evening. Mentioned watching Bluey on loop to regulate, which we've previously identified as a useful strategy.

I: Reviewed sensory profile and energy accounting ("spoons") from last session. Co-developed a visual change plan for when rostering changes happen, including a script for texting the provider. Used written chat alongside voice, per participant preference.

R: Engaged well with the visual plan and edited it themselves in the shared doc. Less engaged discussing Saturday ("don't want to go over it"). Raised interest in returning to the volunteer role they left last year. Self-rated distress 4/10 at end (7/10 at start).

P: Share change plan with Support Coordinator (consent given). Start progress report for plan reassessment due in November — include Vineland-3 and WHODAS 2.0. Next session in one week, same time.""",
        [],
    ),
    (
        "b17c-011",
        """## Case presentation: rangatahi, 16, cannabis use and school refusal

**Setting:** Kaupapa Māori youth AOD service, Te Tai Tokerau. I'm a Pākehā clinician working alongside our kaimahi; presenting with whānau consent.

**Background:** 16-year-old tāne, Year 12 at Kaitaia College, though he hasn't been since early Term 1. Lives with his mum Huia and two younger siblings. His older cousin Nikau stays most weekends and gets described by everyone as the "bad influence" (he's 19, also using). Dad's across the ditch in Australia and contact is patchy.

**Presenting concerns:** Daily cannabis (CRAFFT 5), sleeping through the day, gaming all night. Huia's main worry is that he "isn't himself" — flat, not going to kapa haka, which he used to love. No psychotic symptoms on screening. Denies self-harm.

**So far:** Whānau hui held 23 February at the marae, facilitated by our kaumātua. He spoke more there than in any of our one-on-ones. Agreed goals: weekends only, back at school two days a week, reconnecting with his koro's side.

**Formulation (Te Whare Tapa Whā):**
- *Taha tinana:* sleep/wake reversed, poor eating
- *Taha hinengaro:* low mood, boredom, probably grief (koro passed last year)
- *Taha whānau:* strong but stretched; mum exhausted
- *Taha wairua:* disconnected from kapa haka and marae

**Strengths:** Quick sense of humour once he warms up, knows his whakapapa on mum's side really well, good with his younger siblings. He lit up talking about eeling with his koro, and said he'd "maybe" come to a wānanga our service runs in the school holidays.

**Risk:** Low for self-harm on current screening. Main risks are driving after using (he's on a learner licence) and the money side — he's been "helping out" a mate with selling, which he downplays. I haven't pushed that yet because I think he'd shut the door.

**My own stuff:** I notice I'm more comfortable in the one-on-one room than at the hui, which is about me and not him. Our kaumātua has been generous in guiding me, and I'm trying not to lean on him to do the cultural work I should be learning.

**Where I'd like help:** Do I work on the cousin relationship directly, or leave that with whānau? How have others raised the selling without blowing up the rapport? And has anyone used Mahi a Atua (Kopua) with rangatahi in AOD? Youthline (0800 376 633) is saved in his phone.""",
        [
            ("Kaitaia College", "organisation"),
            ("Huia", "name"),
            ("Nikau", "name"),
            ("23 February", "date"),
        ],
    ),
    (
        "b17c-012",
        """**Closing this one — takeaways from a 14-session couples piece**

Thanks to everyone who weighed in back in winter when I was stuck. Quick wrap-up, since the couple finished last week by mutual agreement.

Context reminder: both mid-40s, two teenagers, referred after he disclosed an emotional affair with a colleague. Started with Gottman's assessment (Sound Relationship House questionnaires, individual sessions) and moved to EFT-informed work after session 5, once it was clear the Four Horsemen weren't the whole story — the attachment injury was doing the heavy lifting.

What worked:
- Slowing right down through the attachment injury resolution steps (Johnson). She needed to see him stay in the pain without getting defensive, four or five times, before anything shifted.
- A rule set early that affair details would only be discussed in session. That stopped the 1am interrogations.
- Giving them Hold Me Tight to read together — he actually did it.

What I'd do differently:
- I let the individual sessions run too long; she felt I'd "heard his side" more.
- Christmas was a setback I should have planned for — extended family, alcohol, everyone performing.

DAS went from 84 (combined mean) to 101. Not a fairy tale, but they're choosing each other again. They know they can come back for a check-in before Easter if things wobble.""",
        [],
    ),
    (
        "b17c-013",
        """DAP note – Open Arms outreach counsellor, session 7

D: 52yo veteran (DVA file no. QX218846), two deployments to Afghanistan and one to East Timor with 6RAR. Attended with his wife Leanne for the first 15 minutes at his request. Says the lead-up to Anzac Day 2024 was "the worst in years" — didn't march, spent the day in the shed. Nightmares 4–5 nights/week; GP recently increased prazosin to 2 mg. Drinking now weekends only. Main stressor this month: his father (91) moved into residential care and client is the only sibling nearby, with a lot of guilt about "not being able to look after Dad". PCL-5 = 49 (prev 55).

A: Chronic PTSD with comorbid alcohol use, gradually improving; engagement strong. Leanne's presence helped him name the withdrawal pattern without shutting down. Carer strain is emerging as a risk amplifier. No current SI; denies access to firearms (licence surrendered, confirmed by Leanne).

P: Continue CPT — moving to the trust module next session (stuck point: "I can't rely on anyone who wasn't there"). Suggested he link with his local RSL sub-branch welfare officer. Leanne given Open Arms 1800 011 046 and Safe Zone Support details. Review in one week.""",
        [
            ("QX218846", "id_number"),
            ("6RAR", "organisation"),
            ("Leanne", "name"),
            ("Anzac Day 2024", "date"),
            ("91", "age"),
        ],
    ),
    (
        "b17c-014",
        """Consult request — older adult, grief + possible cognitive decline, rural Tassie

Social worker in a small rural health service in north-west Tasmania. Looking for practical ideas.

84yo man, widowed 8 months, referred by GP for "depression". MoCA 19/30 (GP did it, I suspect in a rush). Daughter lives interstate and rings daily; son is local but works away on the boats for weeks at a time. He's still driving, still runs a few sheep, and there's a shotgun on the property, which the GP has raised with the son.

What I'm seeing: real grief (he talks about his wife constantly, sets two cups out), but also repetition, losing track of the day, and he's burnt a saucepan twice. Hard to tease apart depression vs early dementia vs grief — probably all three.

In place so far: My Aged Care referral lodged, ACAT assessment pending (waitlist ~10 weeks here). Dementia Australia's helpline (1800 100 500) given to the daughter. GP considering mirtazapine 15 mg for sleep and appetite.

What I'd love advice on:
1. Brief grief interventions that hold up with cognitive impairment? I've been leaning on Worden's tasks but modifying heavily.
2. How hard to push on the firearm with someone who still sees himself as capable? The son's reluctant to "take Dad's gun off him".""",
        [],
    ),
    (
        "b17c-015",
        """+1 to lower levels. My patient (28F, bipolar I, PhD candidate at Monash) was on lithium 1000 mg under her previous psychiatrist, Dr Felicity Warburton, at ~0.9 mmol/L and hated the tremor. At 750 mg (0.6–0.7) plus low-dose quetiapine she's been stable 14 months — and the RANZCP guideline (Malhi et al., 2020) backs lower maintenance targets. Do the relapse signature in writing: mine emails the clinic from a.nguyen.phd@gmail.com when she notices early signs, and her partner in Brunswick has consent to ring us.""",
        [
            ("Monash", "organisation"),
            ("Felicity Warburton", "name"),
            ("a.nguyen.phd@gmail.com", "email"),
            ("Brunswick", "place"),
        ],
    ),
    (
        "b17c-016",
        """Process recording — placement, family violence intake (for supervision)

Context: my second solo intake. Woman in her 30s, two kids under five, self-referred after police attended on the weekend. Seen at the service in a private room; kids with her.

What was said / what I noticed: She opened with "I don't want to get him in trouble, I just want to know my options." I felt myself wanting to jump straight to intervention orders and rehousing. I caught that and went back to the MARAM questions, but I was reading them off the screen rather than talking with her. When I asked about strangulation she went very still and said "only once". I didn't follow up as well as I should have — the toddler started crying, I lost my thread and moved to the next question.

My reactions: anxious, wanting to rescue. Also anger toward him that I think leaked into my tone when she described the financial control ("he gives me $50 a week for groceries").

What I'd do differently: slow right down on the non-fatal strangulation disclosure — it's one of the highest-risk indicators and I know that. Use the kids' interruptions as natural pauses rather than pushing on.

Actions: risk assessed as elevated, safety plan completed, referral to The Orange Door, Safe Steps (1800 015 188) saved under a fake contact name in her phone. Follow-up call booked for Friday.

For supervision: how do I use the MARAM tool without it getting between me and the person?""",
        [],
    ),
    (
        "b17c-017",
        """**School psych consult — Year 7 boy, ?ADHD + learning difficulties**

Kobe (12) is in Year 7 at Armadale Senior High School (student ID 2087341 on the referral). Referred by his homeroom teacher, Mrs Pretorius, after a run of incidents this term — throwing a chair on Friday the 14th was the one that got escalated to admin.

Assessment so far:
- WISC-V: FSIQ 84, with a big split — VCI 98, WMI 74, PSI 77.
- Conners 4 (teacher): elevated inattention and hyperactivity; parent form not back yet.
- WIAT-III reading comprehension well below expected.

Mum says he was "always on the go" but no one picked it up in primary because he kept his head down at school until this year. The public paediatric waitlist is 11 months and the family can't afford private.

What I'm wrestling with: the school wants a "diagnosis" for funding, which I can't give. I'm planning a strengths-based report documenting functional impact so the team can put adjustments in under the NCCD without waiting. Anyone got a good template for that? And tips for getting mum's Conners back — she's not big on paperwork and I suspect literacy might be a factor for her too.""",
        [
            ("Kobe", "name"),
            ("Armadale Senior High School", "organisation"),
            ("2087341", "id_number"),
            ("Pretorius", "name"),
            ("Friday the 14th", "date"),
        ],
    ),
    (
        "b17c-018",
        """**Anyone else confused by the Better Access rules again?**

Grumpy Friday post. Trying to work out whether I can bill session 11 for a client whose GP did a review after session 6, but then a different GP at the same practice wrote a brand new MHTP. Our receptionist swears Medicare knocked back an 80110 last month for someone in a similar spot.

From what I can tell (please correct me):
- It's 10 individual sessions per calendar year now the extra 10 have been wound back.
- Telehealth items (91169 and friends) count toward the same cap.
- A new plan doesn't reset the count; the calendar year does.
- Group items are separate, but hardly anyone runs them.

Honestly it's a mess. I've got clients rationing sessions to make it through to January, which is clinically absurd for anyone with complex trauma. Mark Butler has been talking about "reform" since the 2022 evaluation came out but I'm not holding my breath.

On the plus side, I finally got my head around the MHTP review item (2712) vs a new plan, thanks to the APS member line. Happy to share my cheat sheet — DM me.""",
        [],
    ),
    (
        "b17c-019",
        """Does anyone here work with very elderly clients in aged residential care in NZ?

I've been asked to see a 94-year-old woman who's become tearful and withdrawn since moving in. She's at Kōwhai Court in Timaru, moved in after a fall. Cognition is decent (MoCA 23/30, vision affects a few items). Her daughter Glenys visits most days and is the one who pushed for psych input — Glenys has asked me to ring her on 027 418 9053 after each session, which I'm not sure about.

Her main grief is the house and garden, and her cat, which couldn't come. She says "I've done my living, dear" but denies wanting to die sooner, and I believe her. She's dreading her birthday on 30 June because it'll be the first not at home.

Te Whatu Ora funds a handful of sessions through the older persons' team — basically a six-session deal. I'm thinking life review/reminiscence work (Butler; the Bohlmeijer studies), some behavioural activation within the home's activities programme, and a chat with staff about a visiting pet service.

Questions:
1. How do you manage a daughter's wish for updates when your client is a competent 94-year-old who hasn't said either way?
2. Anyone seen good results from reminiscence work in six sessions?""",
        [
            ("94-year-old", "age"),
            ("Kōwhai Court", "organisation"),
            ("Timaru", "place"),
            ("Glenys", "name"),
            ("027 418 9053", "phone"),
            ("30 June", "date"),
        ],
    ),
    (
        "b17c-020",
        """Supervision reflection — boundaries in a small town

Eighteen months in as the only counsellor in a Wheatbelt town of about 1,400 people, and this week tested me.

Saturday I was at junior footy and realised the umpire was a client I'd seen that morning, and the woman selling raffle tickets at the canteen was his ex. Neither knows I see the other. Then on Monday the client's sister started as the new receptionist at the GP clinic where I rent a room.

I've re-read Zur on dual relationships in rural practice and the conflict-of-interest section of the APS Code. Zur's point that incidental contact isn't inherently harmful — it's unmanaged contact that does harm — is reassuring. But I've noticed I've started avoiding the pub, the markets and the footy, and that's not sustainable. It's isolating me and probably making me more anxious in session, not less.

What I've done so far:
- The "if I see you in town" conversation at intake with every client, which I only started doing consistently this year.
- Raised the receptionist situation with the practice manager (no client details) so files are locked down.
- Booked a block of telehealth supervision with a rural-specialist supervisor for when my usual supervisor's on leave.

What I'd like to explore: where my line actually is, as opposed to where I'd put it if I worked in Perth. And how to stay part of the town without feeling like I'm always "on".""",
        [],
    ),
    (
        "b17c-021",
        """**PTSD after a crash (TAC funded) — stuck on in-vivo exposure**

Looking for wisdom on in-vivo work when the trauma site is on the only road out of town.

Client: 38yo man, truck driver for Linfox (off work since), in a head-on on the highway near Wangaratta on 11 January; the other driver died at the scene. TAC claim 21A049183 covers psych and physio. Ten sessions of TF-CBT with me. PCL-5 down from 58 to 41, nightmares easing, but he won't drive at all — his partner does every trip. His physio, Hamish Doyle, has been great; they've been working on the hip and Hamish noticed he tenses up even as a passenger.

I've built a hierarchy using Foa's prolonged exposure framework and imaginal has gone fairly well. In-vivo is the sticking point: sitting in the car in the driveway is fine, around the block is 60 SUDS, anything on the highway is 100. Problem is, the highway past the crash site is the only way to his kids' school.

Questions:
- Anyone done graded driving with a driving instructor or OT who understands trauma? I've heard TAC will fund an OT driving program.
- Thoughts on timing around the anniversary? I don't want to be mid-hierarchy in January.""",
        [
            ("Linfox", "organisation"),
            ("Wangaratta", "place"),
            ("11 January", "date"),
            ("21A049183", "id_number"),
            ("Hamish Doyle", "name"),
            ("Hamish", "name"),
        ],
    ),
    (
        "b17c-022",
        """Just to add to what others have said — I've done FBT (Lock & Le Grange manual) with about a dozen families in a public CAMHS eating disorder team, and the thing that predicts outcome more than anything, for me, is early weight gain. If there's not ~2 kg by session 4, I'm having a serious conversation with the team about intensifying.

For your 15-year-old: EDE-Q global 4.2 and a BMI centile dropping from the 50th to the 18th over the year is significant, even if she's "not underweight" by adult standards. Atypical anorexia is every bit as medically risky — get her heart rate and orthostatics checked and the paediatrician involved before you start. Resting HR under 50 is an admission criterion in most Australian guidelines.

On the parents: phase 1 is a hard sell when Dad's on board and Mum's scared of the conflict. What's helped me is the family meal in session 2 — confronting, but it makes the illness visible to both of them.

Also make sure the GP does an Eating Disorder Treatment and Management Plan so they can access the 40 Medicare sessions if they need private psych down the track. Butterfly's helpline (1800 33 4673) has good carer resources, and Eva Musby's book is the one parents actually read.""",
        [],
    ),
    (
        "b17c-023",
        """SOAP – Acute inpatient, day 6

S: 29yo Samoan woman, admitted on 4 March under s 11 of the Mental Health (Compulsory Assessment and Treatment) Act 1992, now in the s 13 second period. Says "I'm ready to go home to my babies." Less preoccupied with the belief that her neighbour is poisoning the water, though still raises it when asked. Brother Sione visited yesterday and she spoke warmly of him; she wants him to keep the kids while she's in. Sleeping 6–7 hrs with zopiclone.

O: NHI KRT5518. Tiaho Mai, Middlemore. Calm, settled on the ward, attending OT groups. Mild psychomotor slowing. Thought form more organised than on admission. Insight partial. Olanzapine 15 mg nocte, tolerating; weight +1.8 kg since admission. No seclusion since day 2.

A: First-episode psychosis, responding to treatment. Risk to others low–moderate given the fixed belief about the neighbour on Bader Drive, who lives two doors down. Risk to self low.

P:
- Family meeting with Sione and Pacific cultural support worker Thursday.
- Oranga Tamariki not currently involved; children safe with Sione — confirm with social work.
- Discuss leave with RMO; no overnight leave home until the delusion is less fixed, given proximity.
- Early intervention service referral.""",
        [
            ("4 March", "date"),
            ("Sione", "name"),
            ("KRT5518", "id_number"),
            ("Tiaho Mai", "organisation"),
            ("Middlemore", "organisation"),
            ("Bader Drive", "place"),
        ],
    ),
    (
        "b17c-024",
        """### Case for discussion: antenatal anxiety, rural Queensland

**Client:** 27, first pregnancy, 32 weeks. Lives on a cattle property about 2.5 hours from the nearest birthing hospital. Partner works long days; nearest family an hour away.

**Referral:** Midwife via GP after an antenatal EPDS of 15 (item 10 = 0) and an ANRQ flagging childhood emotional neglect.

**Presentation:** Worry dominated by logistics of getting to hospital in time ("what if the river's up"), fear of the birth, and fear she'll "turn into my mother". Panic attacks 2–3 times a week, mostly at night. Poor sleep, which she puts down to the baby kicking.

**Work so far (telehealth, 5 sessions):** CBT for worry (worry time; problem-solving the genuinely solvable bits — the birth plan now includes relocating to town at 37 weeks), grounding for panic, and starting gently on the "my mother" fear with some CFT compassionate-self work (Gilbert).

**Resources given:** PANDA helpline, Gidget Foundation's free telehealth sessions (she's eligible), COPE's Ready to COPE app.

**Where I'm stuck:** The mother piece is big and I doubt we'll get to it properly before the birth. Do I park it and focus on stabilisation, or does it matter for bonding that we start now? Also — anyone know whether there are still separate Medicare perinatal items, or was that all folded into Better Access?""",
        [],
    ),
    (
        "b17c-025",
        """Need a sanity check on an online grooming concern. Private practice, seeing a 13yo for social anxiety.

He's in Year 8 at Carindale State High and spends most evenings on Fortnite and Discord. His gamer tag is xXVoidKoalaXx and he's in a Discord server with his mate Lachie from school. Since about 2 September someone going by shadowcoach_07 has been DMing him — praising his gameplay, offering to "coach" him, then offering V-Bucks. Last session he mentioned this person asked to move the chat to Snapchat and "not tell your olds because they won't get it".

He told me because it felt weird, which I think is great. He says he hasn't sent any images, and he's stopped replying.

So far: explained my duty and that his parents need to know, which he's OK with as long as I'm in the room. Planning that for this week. I'll point them to eSafety (reporting to the platform and the Commissioner) and ThinkUKnow / ACCCE reporting — if it's grooming, it's a police matter.

Questions: do I make the report myself or support the parents to? And has anyone had a young person's anxiety spike after something like this goes to police — how did you manage the fallout in therapy?""",
        [
            ("Carindale State High", "organisation"),
            ("xXVoidKoalaXx", "handle"),
            ("Lachie", "name"),
            ("2 September", "date"),
            ("shadowcoach_07", "handle"),
        ],
    ),
    (
        "b17c-026",
        """DAP – EAP session 2 of 3 (telephone)

D: Employee, mid-30s, FIFO on a 2-on/1-off roster in the Pilbara, calling from camp. Self-referred via the EAP line. Low mood, irritability and "not wanting to go home on R&R" since a restructure cut his crew from 12 to 8. Relationship strain — partner has said she's "done doing it on my own". Drinking 8–10 standard drinks each night at home. K10 = 27. Denies SI; names his kids and partner as reasons for living. No previous treatment.

A: Adjustment difficulties with depressed mood and escalating alcohol use, in the context of roster fatigue and relationship stress. Exceeds brief EAP scope; would benefit from ongoing care.

P: Discussed transition to GP for an MHTP and Better Access referral; he agreed to book when home next week. Provided Lifeline (13 11 14) and the site's peer support program details. Sent AUDIT link to complete before session 3. Encouraged one alcohol-free night per R&R as a starting point. Session 3 booked for his first day home.""",
        [],
    ),
    (
        "b17c-027",
        """**Risk question — farmer, drought, firearm**

GP-attached psych in western NSW. Client is a 58yo sheep and wheat farmer, referred by Castlereagh Medical Centre after his wife Sharon found him sitting in the ute with the rifle across his lap. Third year of drought, most of the stock sold, the bank's been in touch. The family's been on Warrambool since his grandfather's time and he says he'd "rather die than be the one who lost it".

Assessment: C-SSRS positive for ideation with method, intent equivocal. He's since handed the guns to his brother-in-law in Walgett. Sharon's been sleeping in the lounge room to keep an eye on him. He agreed to a Stanley-Brown safety plan; Sharon has my mobile, and his is on the plan as 0428 771 305 for check-in calls.

Linked with the RAMHP coordinator and the NSW Mental Health Line (1800 011 511). Rural Financial Counselling Service also booked — I suspect the money stuff will do more for his mood than anything I say.

Input wanted:
1. He talks far more while doing something — one "session" was walking the fence line. How do you document and manage risk when sessions are that informal?
2. Any experience keeping blokes like him engaged once the acute crisis passes? My worry is he'll decide he's fine once it rains.""",
        [
            ("Castlereagh Medical Centre", "organisation"),
            ("Sharon", "name"),
            ("Warrambool", "place"),
            ("Walgett", "place"),
            ("0428 771 305", "phone"),
        ],
    ),
    (
        "b17c-028",
        """Reflection: getting it wrong with a Tongan family (for peer supervision group)

I want to bring this to the group because I think I made a cultural misstep and I'm still chewing on it.

I'd been seeing a 15-year-old Tongan girl through a school-based contract for about six weeks — anxiety, some low mood. Her parents asked for a family meeting. I set it up the way I'd set up any family session: my room, 50 minutes, opened with "so what are everyone's goals?" Dad barely spoke. Mum answered everything politely. The girl shrank. It was flat and I left thinking it had gone nowhere.

Our Pasifika advisor gently pointed out afterwards that I'd made no space for talanoa — no food, no relationship-building, no acknowledgement of Dad's role — and I'd opened with a question that put the young person on the spot in front of her parents. She also reminded me of the Fonofale model (Pulotu-Endemann), where family and spirituality are the roof and foundation, not add-ons.

What I'm taking from it:
- Let the advisor or a Pasifika colleague open next time, and let the meeting run long.
- Ask about church early — not as a "supports" box to tick, but because for this family it's where everything happens.
- Stop reading silence as disengagement.

We've rebooked for after White Sunday when things are less busy for them. I'm nervous, but it feels like a second chance to do it properly.""",
        [],
    ),
    (
        "b17c-029",
        """**Ethics q: client's public blog mentions me**

Bit of an awkward one. I'm a counsellor at a uni wellbeing service, and one of my clients (21, second-year at Deakin, lives in Geelong) has started blogging about her recovery from bulimia. She told me about it in session and said I could read it if I wanted. It's at www.thesaltandthesea.blog and she also posts short videos on TikTok as @notokay_butokay_21.

It's thoughtful, honest stuff, but the latest post describes our sessions in some detail ("my counsellor Rachel said…") and links to the service's page.

My questions:
- Do I read it? She invited me, but Kolmes and others make a good case that looking clients up, even with permission, changes the frame. If I read it I'll know things she hasn't chosen to bring to the room.
- Do I raise the reference to me? I'm less worried about my own privacy than about other clients recognising the service and feeling exposed.
- Anything in the ACA code I'm missing?

We're 11 sessions in and she's doing really well — binge/purge down from daily to about once a fortnight. I don't want to damage that.""",
        [
            ("Deakin", "organisation"),
            ("Geelong", "place"),
            ("www.thesaltandthesea.blog", "url"),
            ("@notokay_butokay_21", "handle"),
            ("Rachel", "name"),
        ],
    ),
    (
        "b17c-030",
        """Group note – Men's Behaviour Change Program, Week 11 of 20
Facilitators: 2 (male/female co-facilitation). Attendance: 7 of 8 (P5 absent — partner contact worker notified per protocol).

Check-in: Each participant reported on time-outs and any incidents. P2 disclosed a "heated argument" in which he punched a wall; reframed by facilitators and group as violence used to intimidate, which P2 initially disputed.

Content: Revisited the Power and Control Wheel (Duluth), focusing on "using children" and "economic abuse". P3 linked economic abuse to restricting his partner's access to their joint account — first time he's named this. P7 minimised ("every bloke does that") and was challenged by P1, a notable shift for the group.

Risk / partner safety: P2's disclosure passed to partner contact worker same day. No other new risk indicators. P6 mentioned a court date next month; to follow up individually.

Facilitator reflection: collusion risk when the group laughed at P7's joke about "the missus" — we named it, but could have done so sooner. In line with No to Violence practice standards, we'll build a collusion discussion into next week's opening.

Next session: Week 12 – Respectful relationships, the Equality Wheel.""",
        [],
    ),
    (
        "b17c-031",
        """Follow-up to my post in May about the 17yo with a first episode.

He was admitted to Orygen's inpatient unit for 12 days and discharged on 19/06 on risperidone 2 mg. He's back with the early psychosis team and seeing me for CBTp alongside.

The good: positive symptoms mostly settled, PANSS positive down to 12, sleeping again. He's back at his casual job at Woolworths in Sunshine two shifts a week, which he's proud of.

The hard: his mum, Thanh, is terrified of relapse and has started checking his room and phone and waiting outside the bathroom. He's furious. There's a lot of shame in the family around "mental illness" — she's asked me not to say psychosis in front of his grandmother. The team offers family work but she keeps cancelling.

Questions:
1. How have people worked with expressed emotion when carers come from a culture where this carries so much stigma? I've been drawing on the Kuipers/Leff EE work but it feels very Anglo.
2. He wants off the risperidone by Christmas because of the weight (+6 kg). I'm not the prescriber but it comes up every session. How do others hold that?""",
        [
            ("Orygen", "organisation"),
            ("19/06", "date"),
            ("Woolworths", "organisation"),
            ("Sunshine", "place"),
            ("Thanh", "name"),
        ],
    ),
    (
        "b17c-032",
        """Consult: hoarding, older man, tenancy at risk

Community mental health NGO in regional South Australia. I've been asked to support a 78-year-old man in public housing whose tenancy is at risk after a routine inspection. Clutter Image Rating 7 in the lounge and kitchen, 5 in the bedroom. Back door's blocked, which is the fire safety issue the housing officer is most worried about.

He's lovely and sharp — retired fitter and turner — and very clear that "it's not rubbish, it's parts". Lost his wife a decade ago and it's escalated since. No obvious cognitive decline (ACE-III 91/100 when the GP did it last year). Some depression, limited insight into the risk.

My instinct is harm reduction first: clear the exits and the kitchen so he can cook, and negotiate for time. I've been reading Frost & Steketee and the Buried in Treasures workbook, but it's written for people who want to change, and he mostly wants everyone to leave him alone.

Anyone had success with:
- MI anchored on what he values (he adores his grandson, who can't visit because there's nowhere to sit)?
- Working with housing officers who want the place cleared in four weeks?

I'm very wary of a forced clean-out — everything I've read says it makes things worse and people re-accumulate fast.""",
        [],
    ),
    (
        "b17c-033",
        """## Case presentation – young Aboriginal man on remand, SEWB focus

**Who:** 16-year-old Gamilaraay young man, on remand at Frank Baxter Youth Justice Centre since late July. I'm the visiting psychologist; presenting with permission from him and his uncle.

**Background:** Grew up between his nan's place in Moree and his mum's in Tamworth. Uncle Des has been the one constant and visits every fortnight despite the long drive. Several family members are Stolen Generations survivors. Disengaged from school in Year 8. Matter number on the court paperwork is 2024/00481 — his solicitor has asked for a report.

**Presentation:** Flat, hypervigilant, sleeping poorly. Denies self-harm but was on a risk plan for his first week. Heavy cannabis and alcohol history. Screens positive on the PCL-5 (though how well these tools fit for our mob is questionable).

**Formulation:** Drawing on the SEWB framework (Gee, Dudgeon, Schultz, Hart & Kelly, 2014) and Judy Atkinson's work on intergenerational trauma — the offending makes far more sense once you map disconnection from Country, culture and family across three generations.

**Questions:**
- For the court report: how do you convey the intergenerational context without it reading as an "excuse" to the magistrate?
- Has anyone had good outcomes linking young people in custody with cultural mentors, through the Aboriginal Legal Service or elsewhere?""",
        [
            ("Frank Baxter Youth Justice Centre", "organisation"),
            ("Moree", "place"),
            ("Tamworth", "place"),
            ("Des", "name"),
            ("2024/00481", "id_number"),
        ],
    ),
    (
        "b17c-034",
        """SOAP – Telehealth, icare workers compensation, session 8

S: 46yo former warehouse worker, L4/5 disc injury 2 years ago, surgery last year with limited benefit. Average pain 7/10; "good days" now 2 a week (previously none). Mood "up and down". Walking to the letterbox and back twice daily per pacing plan. Frustrated with the insurer over delays approving a hydrotherapy block. Pregabalin 150 mg bd and tapentadol SR 100 mg bd; GP wants to start tapering the tapentadol.

O: PHQ-9 = 15 (prev 18). Pain Catastrophising Scale = 34 (prev 41). PSEQ 22. Engaged; tearful discussing the loss of being "the bloke who could lift anything".

A: Chronic pain with moderate depression. Small gains in catastrophising and activity. Identity loss a key maintaining factor. Upcoming opioid taper is a risk period for mood.

P:
- Continue pain-CBT using Nicholas et al.'s Manage Your Pain; next chapter on flare-up plans.
- ACT values work around the "provider" identity — what else that can look like.
- Liaise with GP re taper pace; flag mood risk.
- Progress report to icare case manager due end of month per SIRA requirements — draft before next session.
- Next session in one week.""",
        [],
    ),
    (
        "b17c-035",
        """Adding my current one to this thread because it's a good example of the visa anxiety stuff.

I'm a student counsellor at the University of Otago. Client is a 23yo master's student from mainland China, student ID 4418275 in our system. He came in after his flatmate Oscar found him not eating and barely leaving his room during Dunedin's coldest stretch of winter. K10 = 34. His main fear is that if his grades slip he'll lose his student visa and his parents will find out — he hasn't told them anything. He emails me from tlin.nz@outlook.com because he doesn't trust the uni system not to notify his department.

What's helped:
- Being really explicit about confidentiality limits, including that Immigration NZ isn't told about counselling.
- Framing early sessions as "study skills plus". We got to the mood stuff by session 3.
- Using his own language — he talks about "face" a lot, and exploring what face means to him was more productive than any CBT worksheet.

He's dreading Lunar New Year because of the family video call, so we're planning for that. He has 1737 and the Lifeline Aotearoa number.

Anyone have good Mandarin-speaking referral options in NZ? Our local ones are thin.""",
        [
            ("University of Otago", "organisation"),
            ("4418275", "id_number"),
            ("Oscar", "name"),
            ("Dunedin", "place"),
            ("tlin.nz@outlook.com", "email"),
        ],
    ),
    (
        "b17c-036",
        """Honestly? Not brilliantly. I'm in the Northern Rivers and since the 2022 floods my caseload has basically been one long disaster-recovery list, and I went under too, so some days there's no real line between their story and mine.

What's keeping me upright: fortnightly peer supervision with two others who also flooded (first 10 minutes is about us, not clients), doing Stamm's ProQOL on myself (high secondary traumatic stress — wake-up call), and swimming every morning.

A colleague in Hawke's Bay said after Cyclone Gabrielle: "you can't hold the community if you're standing in the same water." Be kind to yourselves, everyone.""",
        [],
    ),
    (
        "b17c-037",
        """**Takeaways — closing a stillbirth grief case**

Closing this after 18 months and wanted to share some reflections, partly because the group's input early on helped so much.

Recap: 33yo woman, stillbirth at 38 weeks on 28 November 2023 at the Women's and Children's Hospital. The baby, Isla, was her first. Referred by her obstetrician, Dr Nkechi Obi, about six weeks later. She and her partner live out at Mount Barker, and for months she stopped going into Adelaide at all because the drive took her past the hospital.

What I learned:
1. *Continuing bonds* (Klass) was more useful than Worden's tasks for her. She didn't want to "move on"; she wanted to find where Isla fit.
2. Anniversaries and "firsts" needed planning months ahead — Mother's Day, Christmas, and especially the first anniversary, which we built a ritual around with her partner.
3. Subsequent-pregnancy anxiety is its own beast. When she conceived again last year we shifted focus almost entirely, and I linked her with a perinatal psychiatrist.
4. Red Nose Grief and Loss peer support did things I couldn't — talking to another mum who'd been through it was, in her words, what turned it.

She's now 30 weeks along with a healthy pregnancy and chose to finish with me rather than pause. Bittersweet.""",
        [
            ("28 November 2023", "date"),
            ("Women's and Children's Hospital", "organisation"),
            ("Isla", "name"),
            ("Nkechi Obi", "name"),
            ("Mount Barker", "place"),
            ("Adelaide", "place"),
        ],
    ),
    (
        "b17c-038",
        """BIRP – guidance counsellor, Year 10 student

B: Self-referred after a screenshot from a group chat circulated with comments about her weight. Tearful; has been skipping PE and eating lunch in the library for three weeks. Denied self-harm and SI when asked directly — "I just want it to stop." Parents not yet aware. Says kapa haka is "the only good part of school".

I: Validated; explored what she wants to happen. Outlined options: restorative process through the deans, Netsafe reporting for the images, or no action for now with support. Went over confidentiality and when I'd need to share. Scaling: distress 8/10 at start, 6/10 at end. Gave her Youthline's text number (234) and 1737.

R: Chose the restorative process but wants me present, and wants to tell her mum herself first. Identified two friends in kapa haka as supports. Visible relief at the end: "at least someone knows".

P: Meet dean Wednesday to plan a restorative hui (student consent given). Check in Friday. Flag to PB4L team re group chat culture in Year 10, no names. Review in one week or sooner.""",
        [],
    ),
    (
        "b17c-039",
        """Process notes — session 23, for analytic supervision

She arrived eight minutes late, apologised twice, then told me about her weekend: Matiu had gone to his parents' in Tauranga without her, leaving her with Kūmara, their old dog, who'd been sick on the carpet. "Of course it happened when he was away." I noticed how she made it a small joke and moved straight on.

Most of the session circled work. She's been passed over again for the team lead role at Fonterra, and described the man who got it as "perfectly nice, perfectly beige". I felt a flicker of delight at her contempt, then something like shame — as though I'd been invited into a shared sneer and accepted.

Around minute 30 she said the last time she'd felt "properly angry" was Waitangi Day 2024, when her father made a remark at the barbecue about her "choosing a Māori" — said flatly, and I nearly missed it.

Thinking with Ogden's analytic third: the sneer at the colleague and her father's sneer about Matiu may be the same object, and I'd been pulled into enacting it. Winnicott's hate in the countertransference comes to mind too — I have been a bit bored with her, which I suspect defends against something more charged.

She left saying "same time next week", which she doesn't usually say. I'd like to think about what that meant.""",
        [
            ("Matiu", "name"),
            ("Tauranga", "place"),
            ("Kūmara", "name"),
            ("Fonterra", "organisation"),
            ("Waitangi Day 2024", "date"),
        ],
    ),
    (
        "b17c-040",
        """# Case presentation: 9yo with separation anxiety and school refusal

**Setting:** Public CYMHS, Queensland. Presented at our weekly case review; posting here for a wider view.

**Referral:** GP referral. Year 4, refusing school most mornings since the start of Term 3. Stomach aches, crying, clinging at drop-off. Sleeps in a parent's bed most nights.

**Assessment:** SCAS parent report: separation anxiety subscale in the clinical range; child report less elevated. SDQ emotional symptoms high. No developmental concerns. Family history of anxiety (mum, maternal grandmother). Parents separated amicably two years ago; week-on/week-off care, and refusal is worst on changeover Mondays.

**Formulation:** Temperamentally cautious child; anxiety maintained by accommodation (both parents understandably let her stay home when she's distressed) and by the changeover transitions.

**Plan so far:**
- SPACE (Lebowitz), parent-led, 8 sessions — both parents attending, which is lovely.
- Graded re-entry with the school's guidance officer: arrive at 9:30 and start with a "job" in the library.
- Child sessions using Cool Kids–style CBT, with plenty of Bluey references (she brings a Bingo plush to every session).

**Progress at session 6:** Mum has dropped two accommodations (the bedtime lying-down and the texting from the classroom); dad's still doing morning "escape" pick-ups on his weeks, partly because his work is flexible and it's hard to say no. The child has had three full days at school this fortnight, all on mum's weeks. SCAS parent report not yet re-done.

**What I'm noticing:** There's a bit of a triangle forming — each parent quietly implies the other is "making it worse", and I can feel myself being recruited. I've been careful to keep sessions joint, and to frame accommodation reduction as something both households do at their own pace, but it's getting tense.

**Questions for the group:**
1. Anyone run SPACE with separated parents who do it slightly differently at each house?
2. When would you escalate to a psychiatry review — if she's still refusing by the end of term?""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind17c"}
        for doc_id, text, items in DOCS
    ]
