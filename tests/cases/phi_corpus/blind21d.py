"""Blind batch b21d, written by a helper session without sight of the guard. Forty posts to a
peer-consultation forum from all six countries (US, Canada, UK incl. Scotland, Ireland,
Australia, New Zealand): quick replies, chatty thread replies, consultation questions, long
Markdown case presentations, SOAP/DAP/BIRP notes, process notes, supervision reflections,
DBT group notes, follow-ups and closing takeaways, across private practice, school-based work,
EIP/CMHT, perinatal, older-adult, forensic/court-diversion, IOP, NDIS, ACC, refugee and couples
settings. Twenty carry identifiers: most have one to four slips (a town the client drives to,
a lower-case name inside a quoted remark, an ordinary-word name, a pet, a church and suburb, a
date in a follow-up, a social handle, an ex's blog URL and an IP address, a Medicare number
left in a subject line, a Tusla reference, a client email, a care home, a 92-year-old), and
four are intake-style pastes with many (OHIP, Medicaid, NHI and CHI numbers, DOBs, street
addresses, ZIP/postal codes, phones, emails, GPs, employers, schools). The clean twenty are
dense with look-alikes: cited authors and models (Linehan, Worden, Stroebe and Schut, Lock and
Le Grange, Casement, Safran and Muran, Kearney, Te Whare Tapa Whā, Fonofale), instruments and
scores, ICD/DSM codes, CPT and MBS items, medications and doses, national services and
hotlines (988, Lifeline 13 11 14, 1737, 50808, Pieta, Jigsaw, Plunket, NDIS, ACC, HSE),
regions and provinces, weekdays, months, holidays without a year, ages under 90 and a public
figure.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged) at 05ede86, whose second look was trained on rounds up to 20: 0.971, 0.970, 0.900, 0.000.
The guard at 62d9494, where this session started, scores 0.957, 0.932, 0.850, 0.100.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b21d-001",
        """Replying to the thread on moral injury. I've got a similar guy right now. Army, two deployments, late 40s, CAPS-5 came in at 44 at intake. We did 12 sessions of CPT and the numbers moved (PCL-5 from 58 down to 31) but the guilt stuck like glue. What finally cracked something open wasn't the worksheets, it was him telling me about the VFW post in Toledo where he goes on Thursday nights and how nobody there ever asks about the kid at the checkpoint. He carries it alone in a room full of people who'd understand.

I'd second what others said about Litz's Adaptive Disclosure, and Shay's Achilles in Vietnam is worth reading yourself even if you never assign it. I also stopped pushing the 'challenge the stuck point' frame so hard. With moral injury the stuck point sometimes isn't distorted, it's accurate, and the work is more about repair and self-forgiveness than restructuring. He's connected to the VA for meds (prazosin for the nightmares, sertraline 150 mg) so I'm mostly doing the talking part. Happy to DM if you want the handout I use.""",
        [("Toledo", "place")],
    ),
    (
        "b21d-002",
        """## Case presentation: perinatal low mood, wondering about attachment focus

**Background:** Woman in her early thirties, first baby now 14 weeks. Referred by her health visitor after an EPDS of 19 at the 8-week check; she also scored on item 10 but on review that was passive ('I'd like to just not wake up for a week'), no plans, protective factors strong. Lives with her partner in a market town in the East Midlands; partner back at work full-time after two weeks' paternity leave. Her own mum died when she was nine.

**Current:** Sertraline 50 mg started by GP six weeks ago, some lift in sleep. PHQ-9 14, GAD-7 16. She describes watching the baby sleep and feeling 'like a babysitter who's been left too long'. Intrusive images of dropping him on the stairs; no avoidance of care, lots of checking.

**What I'm doing:** Session 6 of 12. A mix of CBT for the intrusive thoughts (normalising; Challacombe's work on perinatal OCD has been gold) and a lot of space for grief about her mother. I've been thinking about Winnicott's 'good enough mother' and whether I'm over-using it as reassurance.

**Question:** For those who work in perinatal: when grief for a lost parent is this central, do you refer on to the specialist perinatal team for parent-infant work, or hold it yourself? The NHS perinatal service locally has a 10-week wait. I'm a counselling psychologist in a Talking Therapies service, so I'm at the edge of step 3 here. Thoughts on whether a Watch, Wait and Wonder style approach would fit are very welcome.""",
        [],
    ),
    (
        "b21d-003",
        """Hi all, posting this referral because I genuinely can't tell if it's in scope for a private practice or should go back to the hospital. (Pasted from the intake form, sorry for the formatting.)

Client: Marisol Quintero-Baptiste
DOB: 1987-04-09
OHIP: 5823 416 907 KT
Address: 212 Wentworth St N, Hamilton, ON L8L 5V8
Cell: 905-555-0182 | Email: mquinterob87@gmail.com
Referral source: Dr. Anjali Raghunathan (family physician)
Employer: ArcelorMittal Dofasco, shift supervisor, currently on STD

Presenting concern: 36F, panic attacks since a workplace incident in the spring (co-worker injured on the line, she was first on scene). GAD-7 17, PHQ-9 12, PCL-5 41. Avoiding the plant entirely; short-term disability ends in eight weeks and the WSIB claim is pending. Tried escitalopram 10 mg, stopped after two weeks because of nausea. No SI. Drinking 'a couple of glasses of wine most nights', up from weekends only.

My question: the referral asks for 'trauma-focused treatment and RTW planning.' I do CPT and some PE, but I've never done return-to-work with a WSIB file and I'm nervous about the report-writing side. Anyone in Ontario have a sense of whether this is manageable alongside the clinical work, or should I suggest an occupational psychologist? Also open to hearing whether 8 weeks is realistic for anything meaningful.""",
        [
            ("Marisol Quintero-Baptiste", "name"),
            ("1987-04-09", "date"),
            ("5823 416 907 KT", "id_number"),
            ("212 Wentworth St N", "place"),
            ("Hamilton", "place"),
            ("L8L 5V8", "place"),
            ("905-555-0182", "phone"),
            ("mquinterob87@gmail.com", "email"),
            ("Anjali Raghunathan", "name"),
            ("ArcelorMittal Dofasco", "organisation"),
        ],
    ),
    (
        "b21d-004",
        """**DAP note - session 4 (telehealth)**

**D:** Client (40s, male, FIFO on a 2-and-1 roster, home base in regional WA) joined from his car in the driveway because the house 'has ears'. Reports sleeping 4-5 hrs on swing, better at home but 'I'm a stranger to the kids for the first three days.' K10 today 29 (down from 34 at session 1). DASS-21: D 18, A 10, S 24. Alcohol: AUDIT-C 7, mostly the first two nights home. Denies SI; reports passive 'wouldn't mind if the ute rolled' thoughts last swing, none in the past fortnight. Safety plan reviewed; he has Lifeline 13 11 14 saved and agreed to add the site EAP number.

**A:** Presentation consistent with adjustment disorder with mixed anxiety and depressed mood (F43.23), with alcohol as the main regulation strategy. The re-entry pattern on returning home is the clearest maintaining factor: irritability, withdrawal, then guilt. Engagement good; he responded well to the 'two households' framing from the FIFO literature (Torkington and colleagues).

**P:** Session 5 in a fortnight under his MHTP (Better Access, item 80110; 4 of 10 used after today). Homework: a three-minute transition ritual in the car before walking in; track drinks on the first two nights. Will write to GP re review of the plan and whether a sleep study is worth it given the snoring his wife mentioned. Suggested MensLine (1300 78 99 78) as an adjunct for the swing weeks.""",
        [],
    ),
    (
        "b21d-005",
        """Bringing this to the group because I'm still chewing on it after supervision yesterday.

Rangatahi I've been seeing through the school-based service, 15, referred for 'anger' after a couple of stand-downs. Pākehā clinician here, and I noticed I'd been running the sessions very much like a CBT anger programme: triggers, thermometer, time-out plan. He was polite and basically absent.

Session 5 I asked, almost as an aside, who he feels most like himself around. Whole different kid. His koro, Hēmi, who he stays with most school holidays in Ōpōtiki: fishing, helping out on the marae, 'no one's on my back there'. Koro's been unwell and the whānau are talking about him moving in with an aunty, so this boy may lose the one place where he's not 'the angry one'.

My supervisor pointed me back to Te Whare Tapa Whā and asked which walls I'd even been looking at. Honest answer: taha hinengaro only. I've since asked if he'd like a Māori clinician or a kaumātua involved, and he's keen for his mum to come to the next one.

I suppose my question for the group is about pacing. How do you hold the referral question (the school wants the stand-downs to stop) while you're widening the lens? The deputy principal rings every week.""",
        [("Hēmi", "name"), ("Ōpōtiki", "place")],
    ),
    (
        "b21d-006",
        """Sadly you're not imagining it. CAMHS waits in our area are well over a year for anything that isn't acute, and the threshold for 'acute' seems to creep up every few months. What I've done with a couple of 16-year-olds in a similar spot: keep seeing them privately, write a clear letter to the GP every 6-8 weeks documenting risk and scores (I use the RCADS and the YP-CORE) so there's a paper trail if things escalate, and make sure the family know about Pieta and Jigsaw in the meantime. Text 50808 is the one the teenagers actually use.

The Leaving Cert year is its own beast as well. I'd be wary of pushing too hard on exposure work between now and June; sometimes the most useful thing is a plan to get through the exams and a proper go at the anxiety over the summer. Transition year students are a different story, that's a great window. Happy to chat by PM.""",
        [],
    ),
    (
        "b21d-007",
        """SOAP - home visit, geriatric outpatient

S: 92-year-old widowed woman seen in her apartment at Maple Glen Senior Living (independent-living wing). Daughter Loretta present for the first half at client's request. Client reports 'I'm just tired of being old'; denies wanting to die but says 'I wouldn't fight it.' Sleep broken, appetite 'fine' per client, daughter says she's skipping lunch. Misses her husband most around 4pm, 'when he'd put the kettle on.'

O: Alert, oriented x3, well groomed. Speech soft, mildly slowed. MoCA 22/30 (down from 25/30 last spring; losses on delayed recall and clock). GDS-15: 9. Weight down 6 lb since last visit per facility nurse. Meds: donepezil 5 mg, amlodipine, sertraline 25 mg (started by PCP 3 weeks ago).

A: Moderate depressive symptoms with complicated grief features (husband died 14 months ago); possible progression of mild neurocognitive disorder. Passive death wish without intent or plan; risk low-moderate given age, recent bereavement, and access to stored medications. Discussed locking up meds with daughter.

P: Weekly visits x6. Behavioral activation scaled to mobility (lunch in the dining room 3x/week, the Tuesday music group). Reminiscence work around the marriage. Coordinate with PCP re: sertraline titration and weight loss. Re-screen MoCA in 3 months. Billing 90837 with the home-visit place-of-service code per practice policy.""",
        [
            ("92-year-old", "age"),
            ("Maple Glen Senior Living", "organisation"),
            ("Loretta", "name"),
        ],
    ),
    (
        "b21d-008",
        """Looking for a sanity check from folks who do couples work.

Couple in their mid-40s, married 19 years, two teens. He works at a camp up north on a two-weeks-in, one-week-out rotation; she works part-time and runs the house. They came in after she found texts to a co-worker: emotional affair per both, not physical, ended now. We're 7 sessions in, EFT frame. The demon dialogue is a textbook pursue-withdraw: she pursues hard during his home week, he shuts down, flies back out, and the cycle 'resets' in his absence.

My issue is that the rotation makes stage 1 de-escalation really choppy. We get traction in session, then he's gone for 14 days and they text about logistics and nothing else. I've tried a couple of Hold Me Tight conversations by video while he's at camp and it's been awkward; bad connection, bunkhouse walls are thin.

Has anyone done EFT (or Gottman, honestly I'm open) with rotational workers? I'm wondering whether to move to fewer, longer sessions timed to his home weeks, maybe 90 minutes, and give them a structured stress-reducing conversation for the away weeks. Also unsure how much to address the affair directly right now vs. letting the cycle work do it. Johnson's attachment injury resolution model suggests waiting until there's more safety, but she keeps bringing it back.

We're in Alberta, and they're on his benefits plan, which covers a psychologist but caps at $1,500/yr, so longer sessions eat that fast.""",
        [],
    ),
    (
        "b21d-009",
        """Process notes, session 11. Posting for the 'how do you write process notes' thread, lightly edited.

She arrived eight minutes late and said the bus was 'a joke' before she'd sat down. I noticed myself wanting to reassure her that it didn't matter and held it. Long silence. Then: 'Had a row with him again. He said, and I quote, "dean's not your dad, stop acting like it, you're his sister."' She laughed and then didn't.

I asked what it was like to be told that. She said it was the first time anyone had said it out loud, that she's been 'mum' to her younger brother since she was eleven and her mother went into hospital. I felt a pull to go straight into the parentification stuff (I'd read Jurkovic on destructive parentification only last week and it was sitting right there) and I think I went too fast, because she said 'yeah, I know, I know, I've read about it' and went flat.

Tried to repair: 'I think I jumped ahead of you just then.' She softened a little. The rest of the session was about what she'd lose if she stopped being the one who holds it all together.

Afterwards: heavy, a bit tearful myself on the drive home. Taking the pull-to-explain to supervision. CORE-10 today 19 (was 24 at assessment).""",
        [("dean", "name")],
    ),
    (
        "b21d-010",
        """# Case consult: 15yo with AN-R, FBT stalling in phase 1

**Context:** I'm an LMFT in a group practice; we do outpatient FBT with medical monitoring through the pediatrician. Posting because I want a gut check before our team meeting on Thursday.

**Client:** 15-year-old cisgender girl, sophomore, runs cross-country. Lives with mom, dad, and a 12-year-old brother in a suburb outside a mid-size Midwestern city. Restriction started last fall after a coach 'joked' about race weight; she lost about 14% of body weight over five months. Dx F50.01 (AN, restricting type). Vitals now stable enough for outpatient (HR 52 lying, no orthostatic changes at last check) but the pediatrician has been clear that's contingent on gain.

**Course so far:** Session 9. The family meal in session 2 went reasonably. Mom has taken the lead on meals; dad travels for work Monday to Thursday most weeks, and that's where it's falling apart. Weight gain was about 1 lb/week for the first month, now flat for three weeks. EDE-Q global dropped from 4.1 to 3.6, which honestly tracks with her learning the 'right' answers.

**What I'm seeing:** Mom is exhausted and has started negotiating: letting her swap the afternoon snack for a protein bar, sitting with her for 45 minutes instead of insisting. Dad, when he's home, is stricter, and the daughter splits them beautifully. Her brother has started eating dinner in his room.

**Questions:**
1. Lock and Le Grange are pretty clear that parental unity is the engine of phase 1. Has anyone had success bringing a traveling parent in by video for meals, or does it just make things worse?
2. Would you bring the pediatrician's 'hospital if no gain in 2 weeks' threshold into the room explicitly? I worry it becomes a threat, but mom seems to need the external urgency.
3. She wants to keep running. Current plan is no team practice until she's back to 90% of expected weight; she's furious and I'm getting a lot of 'you're ruining my life.' Anyone have a graded return-to-sport protocol they like? I've seen the one in Mehler and Andersen's book but it's adult-focused.

The school nurse is aware, and we've got a 504 plan in progress for supervised lunch. Mom has the NEDA parent resources and found F.E.A.S.T. helpful. Billing 90847 for family sessions, 90837 for the occasional individual check-in.""",
        [],
    ),
    (
        "b21d-011",
        """Ha, I feel this one in my bones. I've got a client who's an ICU nurse at Royal Prince Alfred and our sessions are basically scheduled around her rostering; I've given up on 'same time every week'. What's helped a bit:

- offering one early slot (7am telehealth) that's hers whenever she's on lates
- agreeing up front that cancellations under 24 hrs are fine if it's a shift swap, so she doesn't ghost out of guilt
- keeping a 'parking lot' note at the end of each session so we can pick the thread back up after a three-week gap

Content-wise, the stuff that's actually landed for her is self-compassion work (Neff's self-compassion break, plus a bit of CFT; Gilbert's three systems diagram lives on her fridge now). Burnout is her word for it but there's a lot of moral distress from the COVID years under there.

And honestly the best intervention so far has been her kelpie. She'd stopped walking Dusty because she 'didn't have the energy', and we made that the behavioural activation target. Twenty minutes round the block after a night shift. Small, but it's the thing she reports back on every time.""",
        [("Royal Prince Alfred", "organisation"), ("Dusty", "name")],
    ),
    (
        "b21d-012",
        """BIRP - session 8, ACC sensitive claims

B: Client (woman, late 20s) attended in person. Reported two flashbacks this week, both triggered at work by a particular aftershave; used 5-4-3-2-1 grounding for the first, left the building for the second. Nightmares 3/7 nights (down from nightly at intake). PCL-5 today 42 (intake 57). Still sleeping with the light on.

I: Continued EMDR; completed phase 3 assessment and began phase 4 desensitisation on the first target (the car park memory). SUDs 8 down to 5 at session end, VOC 3/7 for 'I'm safe now'. Incomplete session closed with container exercise and calm-place resource. Reviewed plan for the week and how to contact the after-hours line.

R: Abreaction mid-set, tolerable; client stayed within the window of tolerance with brief pauses. Reported feeling 'wrung out but lighter'. Wants to continue on the same target next time.

P: Session 9 next week, same target. ACC cover approved for 16 sessions, 8 remaining; will submit progress report before session 12. Safety: no SI, has 1737 and Healthline numbers; partner aware of the work and will be home after sessions. Liaise with GP re a prazosin trial if nightmares plateau.""",
        [],
    ),
    (
        "b21d-013",
        """Would love some thoughts on a grief piece that's gone a bit sideways.

Man in his late 50s, farmer, wife died suddenly in the spring. He was referred by his GP, Dr Siobhán Ní Bhriain, who's been brilliant; she rang me herself rather than just sending a letter. He's been coming in to me in Ballinasloe every second week because the drive is long and he 'can't leave the stock for longer'.

For the first few sessions it was classic: numbness, sleeping in the chair, a lot of 'what's the point' but firmly no plan (he's very clear it would 'kill the children'). I've been working loosely with Worden's tasks and some of the Stroebe and Schut oscillation stuff.

Here's the thing. Last session he mentioned, very offhand, that their wedding anniversary is the 3rd of March and that he's 'got a plan for that day'. When I asked, he said he meant going to the grave and then to the pub where they had the reception. I believed him, mostly. But it's sitting with me. Farmers here have high rates and access to means is a real thing; he has a licensed shotgun for the crows.

I've rung the GP, we've done a safety plan, he has the Samaritans number and knows about Pieta. Question for the group: how do you raise firearms with a rural man without him feeling accused? It's a very particular conversation and I'd love to hear how others word it.""",
        [
            ("Siobhán Ní Bhriain", "name"),
            ("Ballinasloe", "place"),
            ("3rd of March", "date"),
        ],
    ),
    (
        "b21d-014",
        """Group note - DBT skills group, distress tolerance module, week 3 of 6

Attendance: 7 of 9 (one excused, one no-contact; will follow up per protocol). Co-facilitated.

Homework review: Most members tried TIPP at least once. P3 reported the cold water 'actually worked, which is annoying'; P6 said paced breathing made her more anxious, and we talked about slowing the exhale rather than counting in. P1 did not complete homework and was quiet through check-in; noted for individual therapist.

Teaching: Radical acceptance (Linehan, Skills Training Manual, 2nd ed.). Used the 'fighting reality' metaphor and the example of a flight cancellation. Members generated their own examples; a couple went heavy quickly (a parent's death, a custody outcome) and we held those briefly and redirected to the skill rather than processing in group.

Process observations: Good cohesion, more cross-talk than earlier weeks. P4 and P7 are getting a bit cliquey at break; will keep an eye on the subgroup dynamic (Yalom would have things to say). P2 disclosed a recent urge to self-harm during the mindfulness exercise; my co-facilitator checked in with her at break, she has her safety plan and is seeing her individual therapist Thursday. Reminded the whole group about 988 and Kids Help Phone for the two youngest members.

Plan: Week 4 is pros and cons and turning the mind. Bring the diary card template in French as well for P5.""",
        [],
    ),
    (
        "b21d-015",
        """Need help reading a school-based referral. I'm new to Medicaid managed care and this packet is a mess. Copying the top section:

> Student: Jaylen Marcus Whitfield
> DOB: 02/17/2011
> Medicaid ID: 718204936
> Address: 4417 Briar Hollow Ln, Pasadena, TX 77505
> Guardian: Tanisha Whitfield (mother), (832) 555-0147
> School: Queens Intermediate, 7th grade
> Referring counselor: Ms. Delgado

Reason for referral: 'Frequent office referrals for defiance, elopement from classroom x4 this semester, peer conflict. Teacher reports inattention. Rule out ADHD vs. trauma.'

So I've done one session. Mom was lovely and very tired. Kid is bright, funny, clearly anxious underneath the bravado, and there's a history she alluded to (dad incarcerated, 'some things he saw') that she didn't want to get into with him in the room. The teacher Vanderbilt is elevated on inattentive and ODD items; mom's Vanderbilt is basically normal, which is its own data.

My questions: (1) Is it my job to do the ADHD rule-out, or do I refer to the pediatrician for that and focus on the trauma/behavior piece? (2) The MCO authorized 12 sessions under 90834. Is it typical to request more upfront or wait? (3) Any good TF-CBT resources for a 12-year-old boy who thinks feelings are 'corny'?""",
        [
            ("Jaylen Marcus Whitfield", "name"),
            ("02/17/2011", "date"),
            ("718204936", "id_number"),
            ("4417 Briar Hollow Ln", "place"),
            ("Pasadena", "place"),
            ("77505", "place"),
            ("Tanisha Whitfield", "name"),
            ("(832) 555-0147", "phone"),
            ("Queens Intermediate", "organisation"),
            ("Delgado", "name"),
        ],
    ),
    (
        "b21d-016",
        """Supervision reflection - trainee counselling psychologist, year 2

I've been asked to write these up for my portfolio and thought it might help to share one, since a few of us on here are on placement.

The client is a man in his sixties, recently retired, referred to step 3 in a Talking Therapies service for low mood. Session 9 of 16. CORE-10 has been static at 22 for four weeks. In supervision on Tuesday my supervisor asked what I feel when he talks, and I said 'bored', and then felt awful for saying it.

We unpacked it. He speaks in long, very controlled monologues about his career, the restructuring, the 'young lads' who replaced him. I've been nodding through them. My supervisor wondered whether the boredom was information: that he keeps people at a distance by being unobjectionable, and I'm being recruited into the same pattern everyone else in his life is in. Casement's idea of the internal supervisor came up, and she suggested I reread the chapter on trial identification in On Learning from the Patient.

What I'm taking away:
- Naming process gently next time ('I notice we've spent a lot of today on the restructuring. I wonder what's been harder to talk about?')
- Reviewing whether CBT for depression is really the right fit or whether the formulation needs to shift towards loss of role and identity. My placement is fairly protocol-bound, so I need to raise that with the service lead.
- Checking my own stuff: my dad retired badly too.

The BACP Ethical Framework talks about care of self as a practitioner and I'd filed that under bubble baths. It's more this.""",
        [],
    ),
    (
        "b21d-017",
        """Update on the 17-year-old I posted about in September (the one with the escalating self-harm and the family who wouldn't engage).

Thank you all for the replies. I took the advice about documenting the risk conversation with the parents more formally and about being explicit with her about the limits of confidentiality. It mattered. She was admitted to the adolescent inpatient unit after an overdose in October and was discharged on November 14th with a follow-up plan that, for once, actually included me in the loop.

What's changed: the parents have now done two sessions of the family piece (I'm using an ABFT frame, Diamond's attachment-based family therapy, which someone here recommended). Mom cried in the second one, which is the first time her daughter has seen that. Dad is still very 'what's the plan, what's the timeline' but he showed up.

She's on fluoxetine 20 mg, C-SSRS screen every session, no attempts since discharge. The safety plan lives on her phone and she's got 988 and the Kids Help Phone text line in there too.

Not out of the woods, but I wanted to close the loop since so many of you took the time.""",
        [("November 14th", "date")],
    ),
    (
        "b21d-018",
        """Closing this case after 18 months and wanted to jot down what I learned, mostly for me but maybe useful.

Context: man in his early 50s, NDIS participant with psychosocial disability (schizoaffective disorder), living alone in a housing commission unit in a regional NSW town. Referred through his support coordinator for capacity-building psychology. Lots of missed sessions early on.

Takeaways:
1. **Go to where they are.** Shifting from the clinic to a walk-and-talk along the river (with his consent and a risk assessment on file) roughly tripled attendance. The NDIS plan covered travel once I wrote it up properly.
2. **The plan review is a clinical event.** Every annual review caused a spike in paranoia and two near-relapses. I now start preparing 8 weeks out and we build the reports together.
3. **Men's Sheds are worth the hype.** Joining the local one gave him something to do on Wednesdays that wasn't an appointment. His words: 'nobody there asks how I'm feeling.'
4. **Medication is someone else's job but it's everyone's business.** A clozapine change in the spring made a huge difference and I nearly missed it because I wasn't talking to the psychiatrist enough.
5. **Endings need lots of lead time.** We spent 10 sessions on ending, which he needed. He's transitioning to a peer worker through the same provider.

Outcome measures, for what they're worth: K10 from 36 to 24; WHODAS 2.0 moved meaningfully on the participation domain. He gave me a hand-carved spoon at the last session, and I'm still deciding what I think about gifts.""",
        [],
    ),
    (
        "b21d-019",
        """Kia ora koutou, quick one about whether this sits with us or with secondary services. Referral came through from the GP practice this morning:

Name: Tama Rāwiri-Hohaia, 34
NHI: ZKT4815
Address: 27 Kenepuru Drive, Porirua
Mob: 021 455 8203
Partner: Mere (supportive, attends appts)

Reason: 'Low mood and anger since redundancy from the port in July. Poor sleep, drinking more, one episode of punching a wall. Previously well. Please assess and treat.'

Saw him yesterday. Articulate, a bit guarded to start, opened up once we'd done some whakawhanaungatanga. PHQ-9 18, GAD-7 11, AUDIT 14 (hazardous). The wall incident was a one-off in front of the kids and he's ashamed of it. Denies any violence towards his partner, and when I saw her on her own she said the same.

I'm thinking this is manageable in primary care with some brief CBT plus a referral to an alcohol and drug service for the AUDIT score, but the anger piece makes me want to check I'm not missing family violence risk. Does anyone use a structured family violence screen in primary care? Would you loop in the Integrated Safety Response team at this point, or is that overkill?""",
        [
            ("Tama Rāwiri-Hohaia", "name"),
            ("ZKT4815", "id_number"),
            ("27 Kenepuru Drive", "place"),
            ("Porirua", "place"),
            ("021 455 8203", "phone"),
            ("Mere", "name"),
        ],
    ),
    (
        "b21d-020",
        """Short answer: 90837 is 53 minutes or more of psychotherapy, 90834 is 38-52. If you're routinely running 50-minute sessions you're billing 90834, full stop; don't round up. Medicare and most commercial payers have been auditing 90837 frequency pretty aggressively the last couple of years, and 'the session ran long because the client was in crisis' needs to be in the note if you're going to use it. Add-on 90785 for interactive complexity is its own can of worms. Check your payer's telehealth modifier too (95 vs. GT vs. POS 10); it changed again in January for a couple of my plans.""",
        [],
    ),
    (
        "b21d-021",
        """Oof, the social media stuff with teenagers. I had a similar situation last term with a Year 10 at Hollingworth Academy. She'd been keeping a 'vent' account and her mum found it and brought screenshots to the first session. The account was @mossgrl_xo and half the posts were song lyrics, half were pretty explicit self-harm content.

What I learned the hard way: don't go in as the person who's going to police the account. I did a bit of that in session 2 and she clammed up for weeks. What worked better was getting curious about what the account did for her; she said it was the only place she could 'say it without anyone making a face'. We ended up treating it like a diary she'd chosen to publish, and worked on who the audience was.

Also, get the school DSL involved early if there's self-harm content. Safeguarding is safeguarding. And point parents at the Papyrus HOPELINE and the NSPCC guidance on talking to teens about online stuff rather than confiscating the phone, which in my experience just makes the risk go underground.

She's doing a lot better now. Still posts, but mostly about her guinea pigs.""",
        [("Hollingworth Academy", "organisation"), ("@mossgrl_xo", "handle")],
    ),
    (
        "b21d-022",
        """**Case presentation - later-life bereavement, not sure I'm helping**

**Client:** 84-year-old widower, retired postman, living alone in a village in the west. Wife of 58 years died last autumn after a long illness; he was her main carer. Referred by the public health nurse, who noticed he'd stopped going to Mass and to the shop.

**Presentation:** Very polite, very dry sense of humour, tells me repeatedly he's 'grand'. Sleeping poorly, living on toast, sitting in her chair in the evenings 'to keep it warm'. No cognitive concerns on screening (MoCA 27/30). GDS-15 of 8. Talks to her out loud and is a bit embarrassed about it. No SI, though he says he's 'ready to go whenever I'm called'. His son lives abroad and rings on Sundays; his daughter is about 40 minutes away and visits at weekends.

**What I've tried:** Six sessions. Worden's tasks as a loose map. A bit of dual process (Stroebe and Schut), encouraging some restoration-oriented activity, which he does grudgingly. The continuing bonds idea (Klass, Silverman and Nickman) seemed to land: I told him talking to her out loud was something lots of people do, and he visibly relaxed.

**Where I'm stuck:** I can't tell whether this is grief doing what grief does at 84, early prolonged grief disorder (ICD-11 6B42), or a depression that needs a GP review for medication. He's resistant to 'tablets for the head'. The first Christmas without her is coming up and I'm worried about it.

**Question:** For those who do a lot of older-adult work: would you push for a medication review now, or wait until after the first anniversary? And any experience with the Irish Hospice Foundation's bereavement supports for men this age? He'd never go to a group, but he might go to a Men's Shed if it was framed as helping out.""",
        [],
    ),
    (
        "b21d-023",
        """## Consult request: young Aboriginal man, court diversion, I'm out of my depth culturally

I'm a non-Indigenous psychologist in a community mental health team in western NSW. Posting because I want to get this right. My supervisor and our Aboriginal mental health worker are already in the loop; this is in addition, not instead.

**Referral:** 19-year-old man, referred via court diversion after an assault charge (fight outside a pub, no weapon). A Section 14 application (what used to be s32) is pending and the magistrate wants a treatment plan. He's been staying with his older sister Shanaya and her three kids since he left his mum's place last year.

**History:** His cousin died by suicide on Boxing Day 2023, and by the family's account that's when the drinking and fighting started. He found him. He hasn't been back out to his grandmother's country since, and he says that's the thing he misses most. Previous contact with headspace at 16, two sessions, 'didn't like the bloke.'

**Presentation:** Quiet, watchful, warmed up a lot when our AMHW joined the second session. K10 of 38, PCL-5 of 51. Drinking most days, cannabis. Sleep terrible; sees his cousin's face 'when it's quiet'. Denies current SI, but the family history and the anniversary timing worry me a lot. He's working casual at the saleyards in Dubbo when they'll have him.

**What I'm thinking:** Trauma-informed, yarning-style sessions rather than a structured TF-CBT protocol to start. Involving family with his permission. Linking with the AMS for GP care and the drug and alcohol worker there. Possibly drawing on Strong Spirit Strong Mind or similar frameworks the AMHW knows better than me.

**Questions:** (1) Anyone with experience writing s14 treatment plans: what do magistrates actually want to see? (2) How do you handle the anniversary period when it's also Christmas and everyone's home and drinking? (3) Reading suggestions beyond Dudgeon, Milroy and Walker's Working Together? I've read it twice and keep going back.""",
        [("Shanaya", "name"), ("Boxing Day 2023", "date"), ("Dubbo", "place")],
    ),
    (
        "b21d-024",
        """SOAP - psychiatry follow-up, OCD (virtual)

S: 28M, software developer, here for 8-week med review. Reports contamination obsessions 'maybe 60% of what they were'; washing down from ~3 hours/day to about 1. Still avoids public washrooms entirely. Sleep ok. Mild sexual side effects, tolerable, wants to continue. Attending ERP weekly with a psychologist (not OHIP-covered, paying through work benefits); has done 11 sessions. Mood 'fine, better than fine some days.'

O: Well-kempt, mildly anxious, good eye contact. No psychotic features. Insight fair to good. Y-BOCS 21 (baseline 29). PHQ-9 6. No SI/HI. Vitals not taken (virtual).

A: OCD (F42.2), partial response to fluvoxamine 200 mg/day, tolerating. ERP engagement good; the psychologist's report notes completion of hierarchy steps up to 60 SUDS.

P: Increase fluvoxamine to 250 mg (150 mg qhs + 100 mg qam), reassess in 6 weeks. Discussed augmentation options if plateau (low-dose aripiprazole, per the APA guideline and Bloch's meta-analysis), not now. Encouraged continuing ERP; suggested the Kozak and Foa Mastery of OCD workbook as an adjunct. Reviewed interaction with caffeine (fluvoxamine inhibits CYP1A2); he drinks 4 coffees a day, advised cutting back. RTC 6 weeks.""",
        [],
    ),
    (
        "b21d-025",
        """Commiserating. Law students are their own category. I've got a 2L at Georgetown Law right now who's convinced any B+ is the end of her career. OCPD traits more than OCD, I think. The thing that finally cut through wasn't challenging the catastrophizing, it was a values exercise (ACT-style, the 'sweet spot' one from Kelly Wilson) where she realized she'd never actually decided she wanted to be a lawyer; her dad had. Didn't fix anything but it changed what we're working on.

Also +1 to whoever upthread said to watch the alcohol. The 'I only drink on Thursdays' thing can drift fast in that world. I do an AUDIT every couple of months with my law students now, just routinely.""",
        [("Georgetown Law", "organisation")],
    ),
    (
        "b21d-026",
        """Kia ora all, wondering if anyone has walked this path.

Māmā in her early twenties, second pēpi now 5 months, living rurally on the West Coast with her partner and his whānau. Referred by her midwife before handover to Plunket, and I've been seeing her mostly by phone because it's a 90-minute drive each way for her to get into town and petrol is what it is.

EPDS was 21 at referral, now 15. She's described intrusive harm thoughts about the baby that absolutely terrify her, the textbook ego-dystonic type: no intent, lots of avoidance (won't bathe baby alone). We've done some psychoeducation from the perinatal OCD literature and she cried with relief when I said how common it is.

The tricky bit: her partner's mum has strong views about 'talking to strangers about the family' and has been picking up the landline when I ring. My client has asked me to stop calling the house and only text her mobile, which is fine, but I'm aware it's also a sign she may not have much privacy or support at home.

Questions: (1) Has anyone done perinatal work over text-heavy contact, and how did you document it? (2) Would you bring in the maternal mental health team at this point given she's improving? (3) Ideas for involving whānau in a way that's mana-enhancing rather than making it worse? I'm conscious I'm Pākehā and this is her whānau's kaupapa, not mine.""",
        [],
    ),
    (
        "b21d-027",
        """SOAP - session 14, young adult. Sharing for the thread on documenting contact outside sessions.

S: Client (22F) reports a hard week after contact with her father at her brother's debs. Says she 'held it together' at the event and then 'lost it' in the car. Sent me a long email on Saturday night (from nmcgrath.88@eircom.net, she uses her mum's old account) describing urges to self-harm; did not act. Reports she used TIPP skills and rang a friend.

O: Tired, tearful early in session, brighter by the end. Good rapport. No new injuries visible or disclosed. CORE-OM 17.8 (last month 19.2).

A: Emotional dysregulation in the context of childhood neglect; engagement good. The out-of-hours email is a pattern (third time) and we need a clearer contract around it. Social work involvement from her adolescence is still relevant: her Tusla file (ref 2014/WK/04417) was mentioned in the GP's letter and she's asked whether she can see it.

P: Reviewed boundaries around email: I'll reply on my working days only and she'll use Pieta or 50808 outside those. Gave info on making a subject access request to Tusla. Continue weekly, DBT-informed. Next session Thursday.""",
        [("nmcgrath.88@eircom.net", "email"), ("2014/WK/04417", "id_number")],
    ),
    (
        "b21d-028",
        """# Case discussion: first-episode psychosis, engagement after a Section 3. What would you do differently?

**Setting:** EIP team, community, NHS. I'm the care coordinator (mental health social worker) and I'd like to bring this to the group before our CPA review next month.

**Client:** Young man, 23, White British, lives with his mum in a coastal town in the North East. Left university in second year. First contact followed months of withdrawal, then a crisis in which he barricaded himself in his room believing he was being broadcast. Admitted under Section 2, converted to a Section 3, total admission 11 weeks. Discharged on a Community Treatment Order.

**Current picture:** On clozapine 350 mg since the spring after two failed antipsychotic trials (risperidone, then aripiprazole). Positive symptoms much reduced: PANSS positive subscale from 28 on admission to 14 at last review. Negative symptoms are now the main issue: sleeping until 2pm, minimal contact with friends, gaming into the night. Gained 11 kg, hates it, and says the weight is 'the only thing anyone notices'. Mum is exhausted and frightened of the CTO being lifted.

**Engagement:** Patchy. Attends clozapine clinic reliably (he's scared of the bloods lapsing), but has done 3 of 9 planned CBTp sessions with our psychologist. Tells me, fairly reasonably, that 'you lot locked me up and now you want to be my mates'.

**Things I've tried:**
- Meeting in places that aren't the clinic: a café, the seafront, once the gym.
- Involving him in the care plan wording (he wrote his own relapse signature, which was brilliant).
- Family intervention sessions with mum, loosely following Kuipers, Leff and Lam's manual. She's more engaged than he is.

**What I'm wrestling with:**
1. The tribunal is in the autumn. If the CTO comes off, I honestly don't know whether he stays on clozapine. Part of me thinks an honest, collaborative conversation about what he'd do without it is more protective than the order. Part of me is scared.
2. The weight. Our physical health pathway is thin. Anyone had success with metformin via the consultant, or lifestyle work that wasn't patronising?
3. Recovery: he loved music production before he got ill (made grime beats, idolises Stormzy). Our vocational worker wants an IPS referral; he says he's 'not ready'. How hard do you push?

A lot of the 'disengagement' is him being sensible about a system that scared him. Thoughts welcome, especially from anyone with a peer-work background.""",
        [],
    ),
    (
        "b21d-029",
        """This is so familiar. Single mom, two jobs, and the 9-year-old is the one everyone's worried about, but the 14-year-old is the one quietly falling apart. I have almost exactly this family right now. Mom kept bringing in the younger one for 'behaviour' and it took until session 6 for her to mention that her daughter Harmony had stopped eating lunch at school and was sleeping 12 hours on weekends.

Suggestion: do one session with just the older sibling, framed as getting her perspective on her brother. Kids that age will often tell you about themselves sideways. And check whether the older one is doing a lot of the caregiving. Parentified kids are great at being invisible.""",
        [("Harmony", "name")],
    ),
    (
        "b21d-030",
        """For a 9-year-old with a single-incident trauma (dog attack, in your case) I'd lean TF-CBT first. The Cohen, Mannarino and Deblinger model has the strongest evidence at that age, and the caregiver component matters a lot when the parent is also frightened. EMDR is fine too, and some kids love the tapping, but I find the trauma narrative in TF-CBT gives parents something concrete to hold onto. Whichever you pick, do the CATS at baseline so you've got a number. And if the family aren't already linked in, the Kids Helpline number (1800 55 1800) is worth putting on the fridge. Good luck, these ones often respond really well.""",
        [],
    ),
    (
        "b21d-031",
        """Consult request: cyberstalking, and I'm worried about my own documentation.

Client is a 31-year-old woman I've seen for about four months for PTSD following an abusive relationship. The ex, Brandon Kessler, has started a blog about her. Thinly veiled, but everyone in her world knows who it's about. She sent me the link (kesslertruth.blogspot.com) and asked me to read it 'so you know what I'm dealing with.' I read one post, felt sick, and stopped.

Her attorney is building a case for a protective order and asked whether I'd write a letter describing her symptoms. She's also been logging suspicious logins to her email; she showed me a screenshot with an IP address, 73.162.44.19, that she's convinced is his.

My questions:
1. Should I be reading the blog at all? Part of me thinks it's clinically relevant (it's her reality) and part of me thinks it pulls me into an evidentiary role I'm not trained for.
2. Re: the letter, I'm comfortable describing symptoms and treatment (PCL-5 went from 38 to 56 after the blog started; that's striking), but not offering opinions about him. Does that distinction hold up?
3. She's asked me to keep copies of the screenshots in her file 'in case something happens to me'. That line made me pause. We've done a safety plan and she's connected with a DV advocate, but I'm uneasy.

Appreciate any thoughts from folks who've been here. I'm in a state where therapy records get subpoenaed fairly easily, so I'm trying to be thoughtful about what goes in the chart.""",
        [
            ("Brandon Kessler", "name"),
            ("kesslertruth.blogspot.com", "url"),
            ("73.162.44.19", "ip"),
        ],
    ),
    (
        "b21d-032",
        """Takeaways from a year of adult ADHD assessments in private practice. Posting because a few people asked after the Tuesday thread.

1. **The waiting lists are brutal and people arrive exhausted.** Many have already been through the referral process for the HSE adult ADHD clinics and been told it'll be 18 months plus. Acknowledge that before anything else.
2. **Screeners are screeners.** The ASRS v1.1 and the DIVA-5 are useful, but I've had plenty of positive ASRS results that turned out to be anxiety, trauma or sleep apnoea. Collateral from a parent or partner changes the picture more than any questionnaire.
3. **Women in their 30s and 40s** are the largest group I see. Many were 'the daydreamy one' at school and got labelled lazy. The grief about that is real and often the first 3 sessions are about it.
4. **Medication conversations.** I'm not a prescriber, but clients arrive with questions about methylphenidate vs. lisdexamfetamine from TikTok. I point them back to the consultant psychiatrist and keep a one-page explainer.
5. **Post-diagnosis support matters more than the diagnosis.** ADHD Ireland's courses are good, and the CBT work from Safren's programme translates well.
6. **Watch for rejection sensitivity.** Not a formal construct, but clients find the term helpful, and it shapes the therapeutic relationship.

Anyone else doing this work, what have you found?""",
        [],
    ),
    (
        "b21d-033",
        """Sorry if this is the wrong place. I'm a new-ish counsellor in a third-sector service and I've been sent a referral from a GP practice with WAY more detail than I'm used to. Is this normal in Scotland? Pasting it so you can see what I mean:

Patient: Kirsty Anne McLaughlin
CHI: 1403995672
DOB: 14/03/1999
Address: Flat 2/1, 38 Glasgow Road, Paisley PA1 3PX
GP: Dr Hamish Strachan, Abbey Medical Practice
Tel: 07700 914 382

'Kirsty has had longstanding low mood and disordered eating since leaving university. She works as a support worker at Quarriers and describes high levels of work stress. PHQ-9 19, GAD-7 15. Previously on fluoxetine 20 mg, stopped last year. Requests talking therapy. No current risk but past history of overdose aged 17.'

So my questions: (a) should we even be receiving CHI numbers in a counselling referral, and (b) what's the right way to flag this to the practice without getting on the wrong side of them? I've started a new file with just the clinical information and I'm not sure what to do with the original. Our data protection lead is off until next week.""",
        [
            ("Kirsty Anne McLaughlin", "name"),
            ("Kirsty", "name"),
            ("1403995672", "id_number"),
            ("14/03/1999", "date"),
            ("Flat 2/1, 38 Glasgow Road", "place"),
            ("Paisley", "place"),
            ("PA1 3PX", "place"),
            ("Hamish Strachan", "name"),
            ("Abbey Medical Practice", "organisation"),
            ("07700 914 382", "phone"),
            ("Quarriers", "organisation"),
        ],
    ),
    (
        "b21d-034",
        """BIRP - IOP group + individual check-in, week 5

B: Client (40s, male, works construction) attended all three IOP groups this week. Reports 23 days since last alcohol use. Went to two AA meetings and one SMART Recovery meeting; says SMART 'fits my brain better' but he likes the coffee and the people at AA. Cravings 4/10 on average, spiking Friday evenings. Buprenorphine/naloxone 16/4 mg daily via his prescriber for co-occurring OUD, adherent per self-report and UDS (positive for buprenorphine only). Sleeping 6 hrs. Living in a sober living house since discharge from residential: 'the rules are annoying but I need them.'

I: Individual 15-minute check-in after group. Reviewed relapse prevention plan using Marlatt's high-risk situations framework; identified Friday payday as a key trigger. Role-played declining an invite to the bar after work. MI around his ambivalence about telling his ex-wife he's in treatment (he wants to see his kids at Thanksgiving).

R: Engaged, humor intact, some defensiveness when discussing the kids but recovered well. Completed the role-play twice, the second time more natural. Rated confidence 7/10.

P: Continue IOP (ASAM level 2.1), planned step-down to standard OP in 3 weeks pending team review. Client will ask someone to sponsor him this week. Coordinate with prescriber re: dose stability. Rescreen PHQ-9 next week (last 11). Give family the SAMHSA helpline info.""",
        [],
    ),
    (
        "b21d-035",
        """Yeah nah, I'd tread carefully with bringing the church in. I had a client last year, Samoan, early 30s, very involved at Elim Church in Hornby, and her mum had already talked to the pastor before she'd talked to me. By the time she got to me she felt like everyone knew. Her faith was hugely important to her and a real source of strength, but it was also where a lot of the shame lived.

What helped: asking her directly what role she wanted her faith to have in our sessions, rather than assuming. We ended up using the Fonofale model as a bit of a map (Fuimaono Karl Pulotu-Endemann's work) because family and spirituality sit at the centre of it and she felt seen by that. Pasifika-specific services were an option but she didn't want to go somewhere 'where the aunties might work'.

The fa'aaloalo stuff, respect for elders and not airing things, was real, and I had to slow right down.""",
        [("Elim Church", "organisation"), ("Hornby", "place")],
    ),
    (
        "b21d-036",
        """## Consultation: refugee family, layered trauma, interpreter dynamics

**Setting:** I'm a clinical social worker at a community health centre in a mid-sized city in southwestern Ontario. We see a lot of newcomer families through the settlement agency and the local refugee health clinic.

**Family:** Syrian Kurdish family, arrived as government-assisted refugees about two years ago after six years in a camp in northern Iraq. Mother (late 30s), father (mid-40s), four children aged 4 to 15. The referral is for the 12-year-old son: nightmares, bedwetting (which is new), and aggressive outbursts at school. The school has been patient but is starting to talk about a modified day.

**What I know so far:** Father was detained for several months in Syria and doesn't speak about it. Mother carries most of the emotional load and has significant symptoms of her own (RHS-15 positive at her primary care visit). The son was 4 when they left and has fragmentary memories, but he was the one who interpreted at the hospital when his mother had a miscarriage last winter, and that's when the nightmares started. Eid was hard this year, the family's first without a grandmother who died back home.

**Interpreter issue:** We've been using a professional interpreter by phone, which the parents tolerate, but the son keeps 'correcting' the interpreter and clearly feels he should be the one doing it. I'm aware of the research on language brokering and parentification, and of my own discomfort watching a 12-year-old take over.

**Approach so far:** Five sessions. Mostly stabilization and psychoeducation for the family, with a bit of play-based work with the son on his own. I've been reading Herman and thinking about NET for children (KIDNET; Schauer, Neuner and Elbert) for later, but I don't think the family is stable enough yet.

**Questions:**
1. How do you handle a child who wants to interpret in family sessions? Ban it, or let him do it sometimes and process it?
2. Has anyone used KIDNET in a community setting in Canada without a specialist team behind them?
3. The father: any experience gently inviting fathers with detention histories into the work, without pushing disclosure? I'm a woman, and I suspect that matters.
4. Cultural consultation: the local Kurdish community is small. Is it better to look for a cultural broker from outside the city for confidentiality reasons?

Thank you. This family is extraordinary and I want to do right by them.""",
        [],
    ),
    (
        "b21d-037",
        """SOAP - session 2, posted to the thread about GP referral letters (details removed, mostly)

S: 27F, teacher, referred under an MHTP for panic disorder. Reports 3-4 panic attacks/week, mostly on the drive to school; has started getting her partner to drive her. Fears 'losing control of the car'. Avoiding freeways. Caffeine 3-4 coffees/day. No SI. First attack was on Thursday 8 August at a servo on the way home; ambulance called, ECG normal.

O: Anxious but engaged, fidgety, good insight. PDSS 16. DASS-21 anxiety 22 (extremely severe range). Reported her heart racing on arrival.

A: Panic disorder with emerging agoraphobic avoidance (F41.0). Good prognosis given early presentation and motivation.

P: Psychoeducation on the panic cycle (Clark's model) completed. Interoceptive exposure to start next session (spinning, straw breathing). Caffeine reduction plan. Graded driving hierarchy started. Letter to GP. Note the referral came through with her Medicare number (2428 51730 1) in the subject line of the email, which I've raised with the practice. Review in 1 week. 10 sessions available under Better Access; this is session 2.""",
        [("Thursday 8 August", "date"), ("2428 51730 1", "id_number")],
    ),
    (
        "b21d-038",
        """Reflection after a rupture this week, for the supervision practice thread.

I'm a Pākehā counsellor working in a kaupapa Māori organisation, and last session I misjudged something with a wahine I've been seeing for grief. She mentioned it was Matariki and that she'd been thinking about the people she'd lost over the year, and I, trying to be responsive, jumped into asking about the ritual, the stars, what it meant to her. She answered politely and then went very quiet.

At the end she said, kindly, that she didn't come to me to teach me about Matariki. Ouch. And fair.

Talking it through with my supervisor: I'd made myself the learner in her grief space. Safran and Muran's work on rupture and repair has been my anchor: naming it next time, owning my part without making it about my guilt. My supervisor also reminded me that tikanga and whakapapa are not mine to steer, and that I can be curious without asking her to do the labour.

Next session I'll open with a brief, plain acknowledgement and then follow her lead. I'll also talk to our pou tikanga about how I hold these moments better.""",
        [],
    ),
    (
        "b21d-039",
        """**Case presentation - 14-year-old, school refusal, looking for ideas**

**Referral:** Referred by the GP to my private practice (I'm a CAMHS-trained psychotherapist, now independent). Parents pay privately because the public wait is over a year.

**Presenting problem:** Boy, 14, second year at St Flannan's, has attended 31% of days since the start of the school year. Mornings at home involve stomach pains, tears, and on two occasions locking himself in the bathroom. Once he's in he's 'grand' by second class, according to the year head. Lives in Ennis with his parents and an older sister, Caoimhe, who's in Leaving Cert year and, per mum, 'the golden child'.

**Background:** Was bullied in first year, mostly on a WhatsApp group chat and some stuff at the bus stop. The school dealt with it and the kids involved were spoken to, but he says it 'didn't stop, it just went quiet'. His paternal grandad died in the summer and he was very close to him. Dad works away Monday to Friday. Mum is trying to hold it together and feels judged by the school.

**Assessment:** SCAS-C total in the clinical range, separation and social subscales highest. RCADS depression subscale elevated but not clinical. No SI. Sleep and appetite okay. He loves hurling and has kept going to training, which tells me a lot: it's not a generalised withdrawal.

**Current plan:** CBT for school avoidance (Kearney's functional model; I think it's mostly avoidance of social evaluation plus some positive reinforcement at home in the mornings from mum, who is understandably soft on him). Graded return plan agreed with the school at a meeting on the 22nd of October. Parent sessions on the morning routine (the SPACE programme from Lebowitz has been great).

**Where I'd love input:**
1. The school are pushing for a reduced timetable. I'm worried it'll become the new normal. Thoughts?
2. The sister is exam-stressed and openly resentful of him. Would you bring her into a family session or leave her be?
3. How much to dig into the bullying vs. treating the avoidance as primary?""",
        [
            ("St Flannan's", "organisation"),
            ("Ennis", "place"),
            ("Caoimhe", "name"),
            ("22nd of October", "date"),
        ],
    ),
    (
        "b21d-040",
        """Consult: 10-year-old in a high-conflict custody case, and I think I'm being triangulated

I'm an LPC seeing a 10-year-old girl for anxiety. Parents divorced two years ago; custody is shared 50/50 but they're back in family court over a relocation request (mom wants to move out of state for a job). There's a GAL on the case. Both parents signed consent for treatment, which I made sure of at intake because I'd been burned before.

What's happening: each parent is trying to recruit me. Dad emails after every session asking what she said about mom's new partner. Mom brings her in with a folder of printouts about 'parental alienation'. The kid, meanwhile, is lovely, anxious, and extremely careful to say exactly the same nice things about both parents, which is its own red flag. ACEs screen at intake was 3, mostly related to the divorce itself.

Clinically we've been doing CBT for anxiety (Coping Cat, adapted) with some play-based work. She's making progress on the generalized worry but tanks after transitions between houses, especially Sunday evenings.

My questions:
1. Dad's attorney has asked whether I'd 'be available to testify'. I am not a custody evaluator and I don't want to be. What language have folks used to decline or limit this? I've read the APA guidelines for child custody evaluations and the AFCC material, but practical wording would help.
2. How are people handling parent communication in these cases? I'm considering one joint written update per month to both parents, and nothing else. Too rigid?
3. Any good tools for helping a kid this age name what she actually wants without making her feel she's choosing? I keep thinking about the Karpman triangle and how easily I could end up as the rescuer.

Context: I'm in a state where a therapist's records are discoverable in custody cases unless the judge rules otherwise. I've started writing sparser notes, which I'm ambivalent about.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b21d"}
        for doc_id, text, items in DOCS
    ]
