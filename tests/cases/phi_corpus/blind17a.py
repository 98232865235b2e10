"""Blind batch b17a, written by a helper session without sight of the guard. Forty posts from a
peer-consultation platform by US and Canadian clinicians (Ohio, Texas, Vermont, New Jersey,
California, Maryland, Arizona, Oklahoma, Illinois, Pennsylvania, Minnesota, Georgia; Ontario,
Quebec, Manitoba, British Columbia, Alberta, Nova Scotia), covering case presentations,
consultation questions, replies, SOAP/DAP/BIRP notes, process and supervision notes, group
notes and closing takeaways across outpatient, inpatient, school, college, forensic, addiction,
long-term care and private-practice settings. Identifier documents mix names (including
nicknames, ordinary-word names, a pet and a lower-case name in a quoted text), places (cities,
neighbourhoods, streets, a neighbourhood that shares a name with an Italian region, a city that
shares a name with a US state), dates (numeric, written, a holiday with a year), an age over 89,
phone, email, URL, IP address, handles and gamer tags, id numbers (MRN, OHIP, court and case
numbers, plate, licence, account fragment, CyberTipline report) and organisations (employers,
schools, hospitals, courts, a jail, a church, a care home, a casino). Clean documents are dense
with look-alikes: cited theorists and legal cases (Tarasoff, Ewing v. Goldstein, Jordan's
Principle), book titles, instruments and scores, CPT and ICD codes, medications and doses,
national hotlines and programs (988, SAMHSA, Veterans Crisis Line, Hope for Wellness,
ConnexOntario-style services, PSI), brands and platforms, generic places, states and provinces,
weekdays, months, holidays without a year and ages under 90.

First-sight figures, with the guard at fb5b201 (this session's final rules): span recall
0.949, precision 0.939, identifier documents fully caught 0.600, clean documents flagged
0.250 (the guard at 5d372b1, where this session started: 0.927, 0.883, 0.450, 0.550).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b17a-001",
        """**Case presentation: 44M, depression with new passive SI, firearms in the home**

**ID/Referral:** 44-year-old white male, referred by his PCP, Dr. Anjali Raghunathan, after a PHQ-9 of 19 at his annual physical. Works second shift at the Honda plant in Marysville, lives with his wife Trish and two teenagers in Delaware, Ohio.

**Presenting concerns:** Low mood since roughly last fall, early waking (3-4 a.m.), anhedonia, 15 lb weight loss. Quit his bowling league. Endorses passive SI ("some days I wouldn't mind not waking up"), denies plan or intent. No prior attempts. Firearms in the home: two hunting rifles and a handgun in the bedroom closet, not locked.

**History:** Father died by suicide when client was 12, disclosed only in session 3. Drinks 4-6 beers most nights; AUDIT 14.

**Current tx:** Weekly CBT, session 5 today. PCP started sertraline 50 mg three weeks ago. C-SSRS screener today: positive for wish to be dead, negative on items 3-6.

**Recent event:** He was written up on 2/9 for a safety violation and told me "if they let me go, that's it for me."

**My question:** He's willing to talk about the guns but bristles at "giving them up." His brother-in-law Rick is a sheriff's deputy and offered to hold them, and the client experiences that as humiliating. Does anyone have language for lethal means counseling with rural gun owners that doesn't land as taking something away? I've been loosely using the CALM framework and the Stanley-Brown safety plan. Also wondering whether to bring Trish in for a session to review the plan together, or whether that risks him feeling ganged up on.""",
        [
            ("Anjali Raghunathan", "name"),
            ("Honda", "organisation"),
            ("Marysville", "place"),
            ("Trish", "name"),
            ("Delaware", "place"),
            ("2/9", "date"),
            ("Rick", "name"),
        ],
    ),
    (
        "b17a-002",
        """Panic in a first-gen sophomore: meds, or just keep going with interoceptive exposure?

Hi all, counseling center clinician here, large public university in the Southeast. Looking for a sanity check.

Client is a 19yo sophomore, first-gen, pre-nursing, with panic attacks that started during organic chemistry midterms last fall. Intake PHQ-9 was 8, GAD-7 16, PDSS 14. Two ER visits, cardiac workup negative both times. Now avoiding the big lecture hall, sits near doors, carries a water bottle and a Xanax her roommate gave her "just in case" (she hasn't taken it; we talked about that).

We're at session 6 of our center's 10-session cap. I've been doing Barlow-style psychoeducation plus interoceptive exposures (spinning in a chair, straw breathing, running the stairs) and she's tolerating them better than I expected. SUDS for straw breathing went from 80 to 35 over three weeks.

Questions:
1. Given the cap, would you refer out to community now or ask our clinical director for a few extra sessions?
2. She asked about "getting on something." Our psychiatric NP can see her, but the wait is about 4 weeks. Would you encourage that or is it likely to undercut the exposure work? I know the Barlow, Gorman, Shear & Woods trial suggested combined treatment isn't clearly better long-term than CBT alone, but I'm not a prescriber and don't want to overstep.
3. Her mom calls every night at 10 pm and they talk about symptoms for an hour. Tips for addressing family accommodation with a college student whose family lives three states away?

Thanks. This forum has been a lifesaver since our team lost two positions this spring.""",
        [],
    ),
    (
        "b17a-003",
        """SOAP - Day 9, acute inpatient psychiatry (Form 1 converted to Form 3, Ontario MHA)

S: "I'm not going back to the shelter, they steal everything." Reports sleeping 5-6 h with zopiclone 7.5 mg. Denies AH today, though nursing overheard him responding to unseen stimuli in the hallway overnight. Asking when he can phone his sister Nadia in Hamilton.

O: 31 y/o man, admitted via the St. Michael's ED on March 14. MRN 40028817. Calm, guarded, fair hygiene. Thought process more linear than on admission; residual referential thinking about subway announcements. PANSS positive 21 (30 on admission). Paliperidone palmitate 150 mg IM given day 8; second loading dose due day 15. Metabolic labs pending.

A: Schizophrenia, multiple episodes, currently improving. Risk to others low; risk of disengagement after discharge high (three admissions in 2 years, each followed by loss of housing).

P:
- ACTT referral submitted; the team covering Parkdale has a 6-week wait.
- OW caseworker (Dionne Castellanos) to confirm shelter bed vs. supportive housing application.
- OHIP card lost, number on file 5584-221-907-KT; SW to help with replacement.
- Family meeting with Nadia by phone Thursday.

Consult question for the group: how are others bridging the gap between discharge and ACTT intake when the client refuses shelter? We've tried crisis beds but they're almost always full, and a 6-week gap with this history worries me.""",
        [
            ("Nadia", "name"),
            ("Hamilton", "place"),
            ("St. Michael's", "organisation"),
            ("March 14", "date"),
            ("40028817", "id_number"),
            ("Parkdale", "place"),
            ("Dionne Castellanos", "name"),
            ("5584-221-907-KT", "id_number"),
        ],
    ),
    (
        "b17a-004",
        """Re: 7th grader with explosive outbursts, "behavior plan isn't working"

Jumping in because this sounds a lot like a kid I had two years ago. A few thoughts from the school-based side.

I'd gently push back on the point sheet if it's the main intervention. Ross Greene's argument in The Explosive Child (and Lost at School) is that kids do well if they can. A reward system assumes a motivation problem. What you describe, meltdowns on the transition from recess to math, on sub days, on Mondays, reads more like lagging skills around flexibility and frustration tolerance.

Practical stuff: run the ALSUP with his teachers, not just the 504 team; do Plan B conversations proactively, never mid-meltdown; and ask the school psych whether an FBA has been done before anyone talks IEP under Emotional Disturbance. BASC-3 over SDQ if eligibility is on the table.

And honestly? The bus was the biggest trigger for our kid and nobody had asked about it for a year. Worth finding out what the 20 minutes before the first bell look like for him.""",
        [],
    ),
    (
        "b17a-005",
        """Consult request: CST eval, defendant with probable intellectual disability and possible feigning

I'm doing a competency to stand trial evaluation, court-ordered under Art. 46B of the Texas CCP. Defendant is a 23-year-old man charged with burglary of a habitation, case no. 2023-CR-04417 in the 187th District Court, Bexar County. He's been held at the Bexar County Adult Detention Center since October.

Background: special ed from 2nd grade, left school in 10th grade, no formal ID diagnosis on record. His attorney (Marisol Treviño, public defender's office) says he "agrees with everything" in their meetings and she's not confident he understands the plea offer.

Testing so far: WAIS-IV FSIQ 62 (VCI 66, PRI 68, WMI 63, PSI 71). ECST-R atypical presentation scales elevated; TOMM Trial 2 = 41, Retention = 39. ILK not yet administered. On the MacCAT-CA he did poorly on Reasoning, but his Appreciation answers were oddly specific.

Jail records show he's been running commissary for his pod and writing letters for other inmates, which a sergeant there (Sgt. Okonkwo) told me "is not what a guy with a 62 does."

Questions:
1. How are you weighing a below-cutoff TOMM in someone with genuine ID? I know the literature on elevated false-positive rates in low-IQ samples, but not how much weight courts actually give it.
2. Anyone used the CAST*MR recently? Is it still defensible?
3. If I opine incompetent but restorable, the state hospital restoration wait is currently ~9 months. I know that isn't my call, but does anyone address it in the report?""",
        [
            ("2023-CR-04417", "id_number"),
            ("187th District Court", "organisation"),
            ("Bexar County Adult Detention Center", "organisation"),
            ("Bexar County", "place"),
            ("Marisol Treviño", "name"),
            ("Okonkwo", "name"),
        ],
    ),
    (
        "b17a-006",
        """Group Note - IOP, Relapse Prevention track (Mon/Wed/Thu, 6-9 pm)

Attendance: 7 of 9 enrolled. Two absences excused (one work conflict, one illness).

Topic: High-risk situations and urge surfing (Marlatt & Gordon relapse prevention model; Bowen's MBRP "SOBER breathing space").

Process: Opened with check-in using a 0-10 craving scale; range 1-7. One member (OUD, on buprenorphine/naloxone 16/4 mg) disclosed a lapse over the weekend, used fentanyl once after a family funeral. Group responded supportively and several members talked through the lapse vs. relapse distinction. A member who has been in AA for 14 months shared about his sponsor and working Step 4; another member who prefers SMART Recovery pushed back on "powerlessness" language, and the group had a genuinely good discussion about fit rather than right/wrong.

Didactic: Abstinence violation effect. Used the "Highway" metaphor handout. Members mapped personal high-risk situations: payday Fridays, the Super Bowl, driving past a particular gas station, arguments with partners, being alone on Sunday nights.

Observations: Member with AUD (ASAM level 2.1, day 41) quieter than usual, affect constricted; primary counselor will follow up individually (last PHQ-9 was 14). Member on naltrexone 50 mg reports reduced cravings but some GI upset; encouraged to talk to prescriber.

Plan: Next session, refusal skills role-play. Naloxone kits offered to all members; 3 accepted. Handout lists 988 and the SAMHSA National Helpline (1-800-662-4357).""",
        [],
    ),
    (
        "b17a-007",
        """Hey folks, couples therapist in Vermont here, mostly Gottman Method with some EFT. Would love perspectives on a stuck couple.

Partners are Eli (38, carpenter) and Jonah (41, works in admissions at Middlebury College), married 6 years, together 11. They came in after Jonah found DMs between Eli and an ex on Instagram. Eli's account is @eli.builds.vt and apparently the ex had been commenting on nearly every post for months, which Jonah had been quietly tracking. Eli insists it was "just flirty banter, nothing physical." Jonah wants phone passwords; Eli says that's controlling.

Relationship Checkup: both high on flooding. Jonah's Four Horsemen profile is heavy on criticism, Eli's on stonewalling (he literally leaves mid-conversation and takes their dog, Moose, for a walk). Their friendship system in the Sound Relationship House looked pretty solid before all this.

Where I'm stuck: is this an "affair" for the purposes of the Atone-Attune-Attach model? Eli rejects the framing outright and I think if I push it he drops out. Jonah says he can't move to attunement until Eli "admits what it was." We're 8 sessions in.

Small-world wrinkle too: they live in Bristol, and my kid's soccer coach turns out to be Eli's cousin. I disclosed the connection at intake and both were fine with it, but it's getting weirder now that the cousin has apparently taken sides. Would you refer out at this point, or is that overreacting?""",
        [
            ("Eli", "name"),
            ("Jonah", "name"),
            ("Middlebury College", "organisation"),
            ("@eli.builds.vt", "handle"),
            ("Moose", "name"),
            ("Bristol", "place"),
        ],
    ),
    (
        "b17a-008",
        """Supervision reflection - week 14 of practicum (RP-qualifying, Ontario)

Something shifted in supervision this week and I want to write it down before I lose it.

I brought my work with the young mum (postpartum, second baby, strong perfectionism) because I'd noticed I was dreading her sessions. My supervisor asked what I felt in the room, not what the client was doing. Honest answer: inadequate. As if whatever I offered was never going to be enough. We spent the whole hour on parallel process: the way she feels about her mothering is almost exactly how I've been feeling about my counselling. Searles wrote about this decades ago and I'd only ever read it as theory.

We also talked about the CRPO jurisprudence material on documentation, because I've been writing very thin notes out of anxiety that she'd request her file. My supervisor's view: write notes you'd be comfortable with the client reading, and they'll be better notes anyway.

Things I want to try:
- Slow down at the start. I've been jumping to CBT worksheets in minute five because structure calms me, not her.
- Use Winnicott's "good enough" idea carefully. She's heard it from her public health nurse and it lands as a platitude.
- Bring the EPDS back in (15 at intake, 11 at week 6) so we're not just running on my feelings.
- Notice whether her anger at her partner, who is on parental leave and "helping," is under-explored because I avoid conflict too.

Supervisor recommended Yalom's The Gift of Therapy, especially the here-and-now chapters. Reading it on the train this week and already feeling less alone with this.""",
        [],
    ),
    (
        "b17a-009",
        """Posting for ideas, middle school counselor in NJ.

8th grader who goes by "Bear" (legal name Bernardo), referred by his ELA teacher, Ms. Kaminski, after he turned in a journal entry on 10/17 about "not being around next year." Did the ASQ same day: positive on items 1 and 2, negative for acute risk. Parents notified per policy. Mom picked him up and was, frankly, annoyed with us.

Background: moved here in January from Paterson after his parents split. He's at Lincoln Middle School now, roughly three times the size of his old school. Grades dropped from A/B to mostly D's. He has one friend, Tyrese, and the two of them eat lunch in my office most days.

Mom declined an outside referral at first; said he's "just being dramatic like his father." Dad is still in Paterson and hard to reach. I did get a signed release yesterday for his pediatrician, so that's something.

The complicating part: the district system flagged him as chronically absent (student ID 20481977) and the attendance officer wants to start truancy proceedings. I'm fairly sure the absences are about anxiety and the new building, not defiance.

Two questions:
1. What has worked for you with a parent who minimizes? I've tried psychoeducation and the "this is common and treatable" framing.
2. Has anyone successfully argued to pause attendance enforcement while a 504 for anxiety is being considered? What documentation did you bring?""",
        [
            ("Bear", "name"),
            ("Bernardo", "name"),
            ("Kaminski", "name"),
            ("10/17", "date"),
            ("Paterson", "place"),
            ("Lincoln Middle School", "organisation"),
            ("Tyrese", "name"),
            ("20481977", "id_number"),
        ],
    ),
    (
        "b17a-010",
        """Closing takeaways: 87-year-old widower, late-life depression, 22 sessions

Wrapping this case this week and wanted to share what I learned, since several of you consulted on it back in the spring.

What worked:
- Problem-solving therapy (the Areán/Alexopoulos model) beat my original plan of straight CBT. He didn't want to examine thoughts; he wanted to fix the fact that he couldn't drive to the grocery store anymore. Once transportation was sorted (senior van through the county Area Agency on Aging), his GDS-15 went from 11 to 6.
- Behavioral activation tied to values: a woodworking group at the senior center (he was a machinist for 40 years).

What I'd do differently:
- Screen cognition earlier. MoCA was 22/30 at session 10, and in hindsight some of what I read as "resistance" to homework was executive dysfunction. The neuropsych referral went in late.
- Look at meds sooner. He was taking diphenhydramine nightly for sleep (hello, Beers Criteria). His PCP swapped it after I raised it and the daytime fog improved.

Termination: he chose to end the week after what would have been his wife's birthday, which felt meaningful rather than avoidant. He asked if he could send me a Christmas card. I said yes.""",
        [],
    ),
    (
        "b17a-011",
        """Consult Q: 92-year-old resident with "new" anxiety after a fall, and a family that disagrees about everything

I'm a social worker doing contract counselling in long-term care in Manitoba. Resident is a 92-year-old woman, Ukrainian-Canadian, retired teacher, living at Red River Manor in St. Vital.

Since a fall on Thanksgiving 2023 (hip fracture, surgically repaired) her anxiety has escalated: calls for staff 30+ times a shift, refuses to attempt transfers, tearful most afternoons. GAI-SF 5/5, Cornell Scale for Depression in Dementia 12. MMSE was 24 last year, not redone.

Family: her daughter Oksana (POA for personal care) wants her on lorazepam "so she can have some peace." Her son Walter lives out of province, believes the home is neglecting her and wants her moved. The two of them don't speak. The attending, Dr. Friesen, has been reluctant to add a benzo given falls risk (rightly, I think) and started mirtazapine 7.5 mg instead.

What I've been doing: weekly 30-minute visits, CBT adapted for older adults (Stanley's work), mostly grounding plus a fear hierarchy around walker use in collaboration with PT. She responds beautifully to hymns; her late husband was cantor at St. Andrew's Ukrainian Catholic Church for decades, and singing is one of the few things that reliably settles her.

Questions:
1. How do you run a family meeting when the two relatives with the most say are in open conflict?
2. Does anyone have a simple fear-of-falling protocol that's worked with PT in a PCH setting?""",
        [
            ("92-year-old", "age"),
            ("Red River Manor", "organisation"),
            ("St. Vital", "place"),
            ("Thanksgiving 2023", "date"),
            ("Oksana", "name"),
            ("Walter", "name"),
            ("Friesen", "name"),
            ("St. Andrew's Ukrainian Catholic Church", "organisation"),
        ],
    ),
    (
        "b17a-012",
        """Re: Client moving to Colorado mid-treatment

Short version: jurisdiction follows where the client is sitting, not where you are. If you're a psychologist, both states need to be in PSYPACT (Colorado is) and you need the APIT. If you're an LPC, the Counseling Compact wasn't issuing privileges yet last I checked. Colorado does have a temporary practice provision, but read the DORA rules yourself, don't trust a stranger on a forum.

Billing-wise I use 90837 with modifier 95 and POS 10 for home telehealth, but call the plan first. Some Medicaid plans won't pay out-of-state at all.

And call your malpractice carrier before the move, not after. The Trust does free risk consults if you're insured with them.""",
        [],
    ),
    (
        "b17a-013",
        """Quick consult: student emailing me outside sessions, boundaries

I'm a staff counselor at UC Santa Cruz. Client is a junior, 20, with BPD traits (we don't diagnose personality disorders in our brief model), two psychiatric hospitalizations in high school. Lives off campus on Seabright Ave with two roommates.

She's been emailing me 3-5 times a week from her school account (jmartinez47@ucsc.edu): long emails, often around 2 am, usually ending with something like "I don't need you to answer, just needed to tell someone." Last week one included a link to a post she'd written (https://nightjar-static.tumblr.com/post/7120448) that was pretty dark. I read it the next morning and did an outreach call to her cell, 831-427-0193. She was safe, and annoyed that I called.

Center policy says email is for scheduling only, and I've told her so. But I also don't want to replay the abandonment stuff that's so central for her. Her RA, Destiny, told our case manager she's been isolating.

What I'm considering:
- A clear, DBT-informed boundary. We don't offer full DBT, so phone coaching isn't really available.
- Reviewing the emails together in session instead of replying to them.
- Referral to the county's comprehensive DBT program (wait is about 3 months).

How have others structured this without it feeling punitive? And do you chart each email? My supervisor says yes; a colleague says only the ones with risk content.""",
        [
            ("UC Santa Cruz", "organisation"),
            ("Seabright Ave", "place"),
            ("jmartinez47@ucsc.edu", "email"),
            ("https://nightjar-static.tumblr.com/post/7120448", "url"),
            ("831-427-0193", "phone"),
            ("Destiny", "name"),
        ],
    ),
    (
        "b17a-014",
        """DAP - Session 7 of 12, Cognitive Processing Therapy (CPT without written account)

D: Client (late 30s, female, MST survivor, Navy veteran, now a civilian contractor) arrived on time and completed the PCL-5 (41, down from 58 at baseline) and PHQ-9 (12). Reviewed practice assignment: 4 of 7 worksheets done. Stuck point addressed: "If I had reported it, he wouldn't have done it to anyone else." Used Socratic dialogue, clarifying questions first, then challenging. Client tearful discussing that she learned last month another servicemember had filed a report on the same perpetrator years later. Discussed hindsight bias and the difference between responsibility and blame; completed a Challenging Beliefs Worksheet together. Client generated an alternative: "I did what I could to survive in a system that protected him." Belief in original stuck point down to 40%.

A: Meaningful movement on assimilated self-blame. Over-accommodated beliefs about trusting authority persist. Sleep remains poor (ISI 18). No SI/HI; C-SSRS screener negative. Engaged and on track with protocol per Resick, Monson & Chard (2017).

P: Session 8 next Tuesday, Power/Control module. Practice: Challenging Beliefs Worksheets on trust stuck points daily; re-read Impact Statement. Coordinate with VA primary care re: prazosin titration (currently 2 mg qhs). Consider CBT-I referral if ISI remains above 15 at end of protocol. CPT code 90837, F43.10.""",
        [],
    ),
    (
        "b17a-015",
        """Consult request from an OTP counselor in Baltimore, stimulant use and a pushy PO

Patient is a 52-year-old man everyone calls "Tiny" (he's 6'4"), on methadone maintenance 8 years, currently 110 mg. Stable until last spring; now cocaine-positive on 5 of the last 6 UDS and dropped from biweekly take-homes to daily dosing, which is wrecking his work schedule.

He lives with his girlfriend, Charlene, on Greenmount Ave, and says the cocaine is "only when Charlene's son comes around." His PO, Deshawn Pruitt, called us last week wanting updates. We have a 42 CFR Part 2 compliant consent on file, but it's scoped to attendance only, and Pruitt specifically asked for tox results.

Also: he got pulled over on 11/3 driving on a suspended license, plate 8FT-2291, and he's scared it'll be a violation. He asked me to write a letter saying he's "doing great."

Questions:
1. How are folks handling stimulant use in OTPs now that contingency management money dried up? We had a CM program through a SAMHSA grant and it ended in the summer.
2. How do you handle POs who push past the scope of consent? I've been polite but firm and it's getting tense.
3. The letter: I'm planning to decline and offer a factual attendance letter instead. Reasonable?""",
        [
            ("Baltimore", "place"),
            ("Tiny", "name"),
            ("Charlene", "name"),
            ("Greenmount Ave", "place"),
            ("Deshawn Pruitt", "name"),
            ("Pruitt", "name"),
            ("11/3", "date"),
            ("8FT-2291", "id_number"),
        ],
    ),
    (
        "b17a-016",
        """Process note (for supervision) - session 31, psychodynamic, weekly

Client arrived 6 minutes late and apologized twice before sitting down. First thing she said: "I almost didn't come. I don't know why." Long silence. I noticed I wanted to fill it and didn't.

She talked about Mother's Day: she'd driven four hours to see her mother, who spent most of the visit on her phone. She described it flatly, "It's fine. It's who she is," then moved quickly to a story about her manager praising a coworker's presentation and how she "didn't care." She twisted her ring the whole time.

Me: "Twice now you've told me about someone's attention going somewhere else, and both times you've said it doesn't matter."
Her, after a pause: "Well. What's the point of it mattering."

Then something that struck me: she'd been listening to a Taylor Swift song on the drive home and cried "for no reason," and felt embarrassed, "like a teenager."

I wondered aloud whether part of her nearly didn't come today because I had to reschedule last week. She laughed and said, "You're not that important." Then she cried.

Countertransference: I felt pulled to reassure her I'm not going anywhere, which I think is a rescue fantasy and also not fully true (I'm away for three weeks in August). Thinking of Winnicott on the capacity to be alone in the presence of another, and Kohut on mirroring failures. I also felt oddly stung by "you're not that important," worth exploring.

For supervision: when and how to raise the August break, given she's never had a planned separation that didn't feel like abandonment. And am I over-interpreting? I tend to go to the transference quickly when she gets close to grief.""",
        [],
    ),
    (
        "b17a-017",
        """Demande de consultation / consult request (posting in English since most of the forum is anglophone)

I'm a psychologist (OPQ) in private practice in Montréal. Client is a 34-year-old francophone woman, an ER nurse at the CHUM (Centre hospitalier de l'Université de Montréal), referred by her family doctor, Dr Geneviève Lapointe, for what was first called burnout and now looks much more like PTSD after a patient assault last fall.

She's on a CNESST claim (dossier 112 447 893) and the agent wants a progress report every six weeks with a "date de retour au travail." PCL-5 was 52 at intake, 38 now after 9 sessions of Prolonged Exposure (Foa protocol). Imaginal is going well. In vivo she's working on the hospital parking garage (SUDS 60 at last rating).

Complications: her partner, Maxime, is a paramedic and brings work stories home, and they live in Rosemont, two blocks from an ambulance station, so sirens all night. We've talked about whether that's incidental exposure or just sensitization.

My question: I'm being asked for a return-to-work date and I'm not comfortable giving one. She's improving, but the ER itself sits at the top of her hierarchy and we're not there yet. Does anyone have phrasing for CNESST reports (or WSIB / WorkSafeBC, same problem) that is honest without sinking the claim? And has anyone done a graduated return with a nurse, e.g., starting on a non-acute unit?

Merci d'avance.""",
        [
            ("Montréal", "place"),
            ("CHUM", "organisation"),
            ("Centre hospitalier de l'Université de Montréal", "organisation"),
            ("Geneviève Lapointe", "name"),
            ("112 447 893", "id_number"),
            ("Maxime", "name"),
            ("Rosemont", "place"),
        ],
    ),
    (
        "b17a-018",
        """Inpatient consult question: catatonia vs. severe depression with psychomotor retardation

Psych C-L here, community hospital in Northern Ontario. Would value input from anyone with more catatonia experience than me.

Patient: man in his mid-60s, admitted to medicine for dehydration and AKI after about 10 days of minimal oral intake. History of MDD; one prior episode in his 40s treated with ECT, good response. Currently mute most of the day, staring, some posturing (holds his arm raised after the BP cuff comes off). Bush-Francis Catatonia Rating Scale total 14. Negativism present, no echophenomena. Creatinine trending down with IV fluids, CK mildly elevated, afebrile, no rigidity suggestive of NMS. He'd been on quetiapine 100 mg qhs, which we've held.

We did a lorazepam challenge yesterday, 2 mg IV, and within about 40 minutes he spoke a few sentences, drank some juice and asked about his dog. Partial response, faded by evening. Started lorazepam 1 mg TID; today he's taking some fluids.

Questions:
1. How fast do you titrate lorazepam in a man in his 60s with AKI? I've seen people go to 8-12 mg/day, and Fink & Taylor describe higher ceilings, but our hospitalists are nervous about respiratory depression.
2. ECT isn't available here; nearest is a tertiary centre roughly five hours by road and transfer needs a bed. Has anyone arranged an Ornge transfer for ECT?
3. Capacity: he can't consent to ECT right now. His wife is SDM. Under the HCCA an SDM can consent to ECT, but I've heard of CCB applications in these situations. Anyone been through one?""",
        [],
    ),
    (
        "b17a-019",
        """BIRP - individual, 16yo male, session 4 (sharing with consult group re: the question at the bottom)

B: Client presented with flat affect, hood up, minimal eye contact first 15 minutes. Reports gaming "like 10 hours a day" since his suspension from Westview High on 4/22 (fight in the cafeteria). Mom (Kristen) reports he's up until 4 a.m. most nights. Client disclosed that an older player he met in Valorant, who goes by xX_Ronin_Xx, has been sending him money through Venmo and asking for photos. Client's own Discord handle is sk8rdyl4n; he showed me the messages on his phone.

I: Validated disclosure; assessed for grooming and exploitation indicators. Explained mandated reporting clearly before he showed me more. Used MI to explore ambivalence about blocking the account ("he's the only one who gets me"). Safety planning. PHQ-A 15, CRAFFT 0.

R: Initially angry ("you're going to get me in trouble"), then visibly relieved. Agreed to have mom join the last 15 minutes. Kristen was tearful and supportive. Client blocked the account in session.

P: Report made to the NCMEC CyberTipline (report #187204455) and to local law enforcement per state requirements. Follow-up session Thursday. Coordinate with school counselor re: re-entry meeting. Consider IOP referral if PHQ-A doesn't improve in 2-3 weeks.

Consult question: has anyone had a CyberTip lead to actual follow-up that the family heard about? They keep asking what happens next and I honestly don't know what to tell them.""",
        [
            ("Westview High", "organisation"),
            ("4/22", "date"),
            ("Kristen", "name"),
            ("xX_Ronin_Xx", "handle"),
            ("sk8rdyl4n", "handle"),
            ("187204455", "id_number"),
        ],
    ),
    (
        "b17a-020",
        """Re: Veteran client who won't go to the VA

Civilian LCSW here, I've worked with a lot of post-9/11 vets in private practice, so this one comes up constantly.

First, take "won't go to the VA" seriously as information, not resistance. For many of my guys (it's often guys) the VA is where they were told their back pain was in their head, or sat on hold for three hours. Others fear a mental health diagnosis will affect their disability rating or a security clearance. Ask which one it is.

Options besides the VA medical center:
- Vet Centers. Separate from VHA, more informal, readjustment counseling, no diagnosis required for eligibility. Staff are often vets themselves.
- Community Care under the MISSION Act, if wait or drive times exceed the access standards. Then they can see someone like you and the VA pays.
- Give an Hour, Cohen Veterans Network, depending on what's in your area.
- Veterans Crisis Line: dial 988 and press 1.

Clinically, be careful not to overcorrect into "you must do PE or CPT." The evidence is strong, but if he isn't ready for trauma-focused work, stabilization and trust-building count. Written Exposure Therapy (Sloan & Marx) is only 5 sessions and a lot of my vets who balk at PE will try it.

And ask about firearms, gently and matter-of-factly. Don't assume, don't skip it.

Worth reading: Jonathan Shay's Achilles in Vietnam for the moral injury lens. Several of my clients who served in the Army said it was the first thing that made them feel understood by a civilian.""",
        [],
    ),
    (
        "b17a-021",
        """Consult request: anger episodes, possible IED, client at risk of losing his job

Registered Clinical Counsellor in BC. Client is a 36-year-old Punjabi Sikh man, married, two young kids, referred through his employer's EAP after a shouting incident with a supervisor at the Costco in Surrey where he's worked for nine years. EAP authorized 6 sessions; we're at session 5 and I don't think we're close to done.

What I'm seeing: episodic rage (fist through drywall twice this year), quick to calm, intense shame afterward. He describes the build-up as "heat in my chest" and then nothing until it's over. No substance use (amritdhari, doesn't drink). Sleep poor since his father died suddenly last year, and the first anniversary is coming up. His wife, Harpreet, came to one session and described him as "the gentlest man until he isn't." He says Vaisakhi at the gurdwara this spring was the first time in months he felt calm.

He's terrified HR will let him go; there's a follow-up meeting with them on March 3rd. At work he goes by "Bobby" because people kept mangling his name, and he says Bobby is the guy who swallows everything until it blows.

Approach so far: Deffenbacher-style CBT for anger, some DBT distress tolerance (TIPP), a lot of psychoeducation about physiological arousal. Only Harpreet knows he's seeing me; he's asked me to be careful about phone calls because his mother-in-law lives with them.

Questions:
1. Would you keep going past the EAP sessions (extended health would cover some)?
2. Has anyone used anything culturally adapted for South Asian men around anger and shame?
3. Suggest he see his GP about an SSRI for irritability? I know Coccaro's fluoxetine work on IED but I don't want to medicalize grief.""",
        [
            ("Costco", "organisation"),
            ("Surrey", "place"),
            ("Harpreet", "name"),
            ("March 3rd", "date"),
            ("Bobby", "name"),
        ],
    ),
    (
        "b17a-022",
        """Group Note - DBT Skills Group (adolescent/caregiver multifamily), Week 9, Interpersonal Effectiveness module

Present: 6 teens, 7 caregivers. Co-facilitators: 2 (LCSW + psychology postdoc).

Mindfulness: "Observe a sound," singing bowl, three rounds. Teens rated their participation 3-4/5.

Homework review: DEAR MAN practice sheets. 4 of 6 teens and 5 of 7 caregivers completed. One teen used DEAR MAN to ask a teacher for an extension and got it. A caregiver pair shared an attempt where "Negotiate" turned into a fight; group problem-solved using GIVE (Gentle, Interested, Validate, Easy manner) alongside.

New skill: Walking the Middle Path, dialectical dilemmas (excessive leniency vs. authoritarian control; normalizing pathological behavior vs. pathologizing normative behavior; forcing autonomy vs. fostering dependence), per Miller, Rathus & Linehan's adolescent adaptation. Used the seesaw handout. Teens louder than usual, lots of laughter when caregivers admitted to "pathologizing" sleeping till noon on Saturdays.

Observations: One teen left the room for about 8 minutes and returned after using TIPP (cold water); brief check-in by co-facilitator, no safety concerns voiced. Two caregivers who are separated co-parents sat on opposite sides and did not speak to each other; will flag for the individual therapist.

Diary cards collected. Two teens reported self-harm urges at 3/5 or higher this week, no actions. Passed to individual therapists per protocol.

Next week: Validation, levels 1-6 per Linehan. Reminder that the graduation ceremony is at week 24.""",
        [],
    ),
    (
        "b17a-023",
        """Consult: parenting plan evaluation, alienation allegations, and a 7-year-old who won't talk

Court-appointed custody evaluation, Maricopa County Superior Court, case FC2023-091552. Looking for colleagues' thinking on method before I start drafting.

Parents: mother Lauren Whitfield, father Ahmad Nasser, divorced 2021, one child, Zayn, 7. Current order is week-on/week-off. Father filed to modify, alleging the mother is alienating Zayn: since spring he refuses to get out of mom's car at exchanges, which happen in the Chandler PD lobby. Mother says he's scared because dad yells and "drives angry" with him in the car; father denies this.

Data so far: three interviews with each parent, MMPI-3 for both (both defensive, L and K elevated, which is what you'd expect in this context), PCRI, home visits at both houses. Zayn was warm and chatty with dad during the home observation, then went silent in the car on the way back. In his individual interview he barely spoke and drew a car with a very large person in the front seat. His teacher at Desert Willow Elementary says he's more withdrawn in the weeks he's with dad.

The GAL, Patricia Ocampo, is pushing for reunification therapy. I'm wary of the alienation framing on its own and would rather think in terms of affinity, justified estrangement, and protective gatekeeping (Austin, Fieldstone & Pruett), following the AFCC guidance.

Questions:
1. How far do you go with collaterals? Pediatrician, teacher, both grandmothers?
2. Interviewing a 7-year-old who won't talk: drawing, sand tray, sentence completion?
3. Has anyone used the Bricklin scales lately? (I know, I know.)""",
        [
            ("Maricopa County Superior Court", "organisation"),
            ("FC2023-091552", "id_number"),
            ("Lauren Whitfield", "name"),
            ("Ahmad Nasser", "name"),
            ("Zayn", "name"),
            ("Chandler", "place"),
            ("Desert Willow Elementary", "organisation"),
            ("Patricia Ocampo", "name"),
        ],
    ),
    (
        "b17a-024",
        """Supervision note - MSW intern (second-year placement), individual supervision, 60 min

Focus: supervisee's first potential duty-to-protect situation. Her client (adult female, outpatient, BPD features) said in session, "If he shows up at my place again I'll kill him, I swear to God," while describing her ex arriving drunk at her door over the weekend. Supervisee froze, then asked follow-up questions and completed a C-SSRS and a brief violence risk review. Client denied plan or intent, no access to weapons, no history of violence toward others.

Discussion:
- Reviewed Tarasoff v. Regents of the University of California (1976) and California Civil Code section 43.92: a serious threat of physical violence against a reasonably identifiable victim, communicated to the psychotherapist. Also Ewing v. Goldstein (2004) on communications from family members.
- Distinguished expressive anger from threat. Supervisee had been ready to call police; walked through why that might be premature, and what documentation would show her clinical reasoning either way.
- NASW Code of Ethics 1.07(c) on disclosure without consent to prevent serious, foreseeable, imminent harm.
- Supervisee's reaction: she shared that her own mother was in a DV relationship and she "heard her mom's voice" in the client. Good insight; named as countertransference, not a reason to avoid the case.

Decision: in my judgment and the supervisee's, no duty triggered at this time; rationale documented. Supervisee will revisit violence risk next session, including the ex's behavior and whether the client wants her own safety plan or information about protective orders. National Domestic Violence Hotline (1-800-799-7233) offered to client.

Goals for next week: read the duty-to-protect chapter in Werth, Welfel & Benjamin; practice documenting risk reasoning in "if/then" format.""",
        [],
    ),
    (
        "b17a-025",
        """Consult: 17yo with AN-R stepping down from residential, FBT or individual work?

Client: 17-year-old female, anorexia nervosa restricting type, discharged from residential at the Laureate Eating Disorders Program in Tulsa on 8/14. Now in our IOP, 3 afternoons a week. 95% mBMI at discharge, 91% now (week 3). EDE-Q global 3.9. Parents divorced, she splits time; dad is all-in on FBT, mom (Jennifer) feels FBT "infantilizes" her at 17 and wants individual CBT-E.

What worries me most: in group she showed a peer a text from her best friend Harper that said "ok lexi u got this, just dont eat the bread lol." The peer reported it to staff, which I'm grateful for, but it tells me the friend group is actively colluding.

She's a competitive swimmer at Jenks High School, senior year, hoping to swim in college, and her coach (Coach Delaney) is pressuring the family to get her cleared for the season. She'd rather have him involved than not, and she's signed a release.

Questions:
1. Anyone done FBT-informed work with a 17-year-old close to 18 when one parent is opposed? I'm thinking of an adapted Lock & Le Grange approach with more autonomy built into phase 1.
2. Would you involve the coach with consent, or keep sport off the table until weight restoration? I've been reading the Female Athlete Triad Coalition return-to-play criteria and they're stricter than what he's pushing for.
3. How do you talk to a teen about a friend who's "helping" the ED without making her defensive?""",
        [
            ("Laureate Eating Disorders Program", "organisation"),
            ("Tulsa", "place"),
            ("8/14", "date"),
            ("Jennifer", "name"),
            ("Harper", "name"),
            ("lexi", "name"),
            ("Jenks High School", "organisation"),
            ("Delaney", "name"),
        ],
    ),
    (
        "b17a-026",
        """Re: Supporting a First Nations youth who relocated to the city for high school

I'm a Métis counsellor and spent years working with youth who come south from fly-in communities to attend high school, so a few thoughts.

Homesickness is the obvious piece, but for a lot of these kids it's layered with boarding-home placements that range from wonderful to neglectful, racism at school that they won't name unless asked directly, and grief that isn't always recognized as grief: missing funerals, missing ceremony, missing the land. Ask about all of it, and ask about what's going well too.

Practical things:
- Jordan's Principle can cover a surprising range of supports (tutoring, travel home, counselling) and the application isn't as scary as people think. Cindy Blackstock's advocacy is the reason it's enforceable now.
- NIHB mental health coverage applies for registered First Nations and Inuit clients; check whether your registration category qualifies you as a provider.
- Hope for Wellness Help Line (1-855-242-3310) is available 24/7 in English and French, and Cree, Ojibway and Inuktitut on request. Worth putting in their phone.
- Ask whether there's an Elder or knowledge keeper connected to the school or the friendship centre. Don't make the referral for them; offer it.

Clinically, two-eyed seeing (Albert Marshall's phrase) has helped me stop treating Western approaches as the default. CBT can be useful, but so can going for a walk together and talking about home.

And read the TRC Calls to Action on health and education if you haven't in a while. The intergenerational effects of residential schools show up in the room whether we name them or not.""",
        [],
    ),
    (
        "b17a-027",
        """Consult: client's crisis went semi-viral; what do I look at, and what do I stay out of?

Private practice in western PA. Client is a 29-year-old ICU nurse at UPMC Presbyterian. Her rowhouse in Bloomfield burned on March 9; she got out, her cat didn't. Local news picked it up, and her sister Brianna set up a fundraiser (https://www.gofundme.com/f/help-kayla-rebuild-after-fire) that took off. Now there are hundreds of comments, most kind, some cruel ("nurses make good money, why is she begging").

She's started emailing me from her personal account (kaylab.rn93@gmail.com) with screenshots of the worst comments, sometimes three or four in an evening, with a line like "do you see what they're saying??" She also wants me to read the news coverage "so you understand."

Clinically: ASD at 3 weeks (PCL-5 49), not sleeping, back at work because she "can't afford not to be."

Do I look at the page and coverage? My instinct: read the news story once, with her, in session, and stay out of the comments (Keely Kolmes' social media policy writing is close but not quite this). And how do I redirect the screenshot emails without it landing as rejection?""",
        [
            ("UPMC Presbyterian", "organisation"),
            ("Bloomfield", "place"),
            ("March 9", "date"),
            ("Brianna", "name"),
            ("https://www.gofundme.com/f/help-kayla-rebuild-after-fire", "url"),
            ("kaylab.rn93@gmail.com", "email"),
        ],
    ),
    (
        "b17a-028",
        """Consultation question: EPDS 16 at 5 weeks postpartum, intrusive harm thoughts, and a client terrified I'll "call CPS"

Outpatient perinatal clinician. New client, first baby, 5 weeks postpartum. EPDS 16 with item 10 scored 0. She finally disclosed, in tears, that she has images of dropping the baby over the stair railing and of drowning her in the bath, and has stopped bathing the baby alone. She is horrified by the thoughts, checks the locks on the baby gate repeatedly, and asked me point-blank whether I'm required to report her.

My read: classic postpartum OCD presentation. Ego-dystonic, avoidance and checking, no psychotic features, intact insight. I've done a Y-BOCS (24) and will add the DOCS. Fairbrother's work on how common these intrusions are in new parents has been really useful to share with her.

What I told her: having unwanted thoughts is not a reportable concern; these thoughts are extremely common and her horror at them is part of what tells us they aren't intentions. I gave her Karen Kleiman's Good Moms Have Scary Thoughts and the Postpartum Support International HelpLine (1-800-944-4773).

Questions:
1. How soon do you start ERP in the fourth trimester? I'm inclined to start with psychoeducation and gentle exposure (bathing the baby with her partner present, then alone) rather than wait.
2. Her OB mentioned zuranolone 50 mg for 14 days. My understanding is it's for PPD rather than OCD. Would an SSRI be more appropriate? I'll defer to the prescriber but want to ask informed questions.
3. Mother's Day is in a few weeks and she's dreading it. Any ideas for making that a gentle exposure rather than a setback?""",
        [],
    ),
    (
        "b17a-029",
        """Consult: client being cyberstalked by her ex, and she wants me to help with the evidence

Client (40s, F) moved out of the family home in Tuscany (NW Calgary) last year and is now renting in Bridgeland with her daughter Maddie, 14. Her ex-husband, Grant Muir, has been running an anonymous account, @truthaboutlmuir, posting about her "affairs" and tagging her colleagues. She has an Emergency Protection Order (court file 2401-08812), which he hasn't technically breached in person.

A friend of hers who works in IT traced one of the burner emails back to an IP address, 24.64.118.203, which she says matches the home internet at Grant's new place. She brought me printouts and asked me to "keep them in her file" and to write a letter for court about how this has affected her and Maddie.

Clinically: PCL-5 44, sleep disrupted, hypervigilant about her phone, and Maddie has started refusing to go to school. I'm seeing the client weekly using a mix of CPT and present-centred work.

Questions:
1. Should I be keeping her evidence in my file at all? My instinct says no, that's for her lawyer and the police, but she's frightened and I don't want to be one more person turning her away.
2. The letter. I know Greenberg & Shuman's argument about the irreconcilable conflict between therapeutic and forensic roles, and the CPA Code is clear I shouldn't offer opinions beyond my role. A factual treatment summary (dates of service, symptoms, measures) seems fine. Has anyone been subpoenaed after writing one of these?
3. Would you offer to see Maddie, or refer her out?""",
        [
            ("Tuscany", "place"),
            ("Calgary", "place"),
            ("Bridgeland", "place"),
            ("Maddie", "name"),
            ("Grant Muir", "name"),
            ("@truthaboutlmuir", "handle"),
            ("2401-08812", "id_number"),
            ("24.64.118.203", "ip"),
            ("Grant", "name"),
        ],
    ),
    (
        "b17a-030",
        """Re: ERP for "just right" OCD, client says the hierarchy feels pointless

Oh, I love "just right" cases, they're so different from contamination or harm. Couple of things that changed how I work with them.

First, the motivation is often incompleteness, not harm avoidance (Summerfeldt's work is great here). If your hierarchy is built around "what bad thing will happen if you don't redo it," that might be why it feels pointless to her. There usually isn't a feared consequence, just the unbearable "not right" feeling. Coles calls these not-just-right experiences (NJREs). Build the hierarchy around tolerating that feeling: leaving the shoelace uneven, stopping mid-sentence in an email and hitting send, putting the mug down slightly off the coaster.

Second, inhibitory learning (Craske) over habituation: her SUDS don't need to drop in session.

Y-BOCS 28 is solidly severe, so if she's not on an SRI it's worth raising with her prescriber. Fluvoxamine up to 300 mg and sertraline up to 200 mg are common, and higher doses than for depression are typical.

Book rec: Jonathan Grayson's Freedom from Obsessive-Compulsive Disorder.

And honestly? Sometimes the pointless feeling IS the exposure. Tell her that.""",
        [],
    ),
    (
        "b17a-031",
        """School psych here, looking for input on an eligibility question with an English learner

Student is Mateo, 3rd grade, Ruiz Belvis Elementary in Pilsen (Chicago). Spanish is the home language; he's been in the dual-language program since K. Teacher referred for reading concerns. ACCESS composite 2.6, stagnant for two years. His mom, Yesenia, is worried he "has what his uncle had," meaning a learning disability that was never addressed in Michoacán.

What I've done so far: Batería IV Woodcock-Muñoz (Spanish) cognitive and achievement, WISC-V with the district interpreter, Mr. Salgado, for the parts I couldn't do bilingually, UNIT-2 as a nonverbal check, and classroom observation in both the Spanish and English blocks. I ran the WISC-V profile through Ortiz's C-LIM and the pattern looks more like limited English exposure than a disorder. But his Spanish phonological processing on the Batería is genuinely weak too, which is what's nagging me.

The IEP meeting is set for the 12th of December. Mom wants him found eligible, the classroom teacher doesn't, and our ELL coordinator thinks we should extend the MTSS Tier 3 intervention another 8 weeks.

Questions:
1. When deficits show up in BOTH languages, how much weight do you put on that vs. the C-LIM pattern?
2. Has anyone used the PLS-5 Spanish or the BESA to rule in or out a language disorder before going to SLD?
3. How do you explain "not yet eligible" to a parent who's been waiting two years without it sounding like we're brushing her off?""",
        [
            ("Mateo", "name"),
            ("Ruiz Belvis Elementary", "organisation"),
            ("Pilsen", "place"),
            ("Chicago", "place"),
            ("Yesenia", "name"),
            ("Salgado", "name"),
            ("the 12th of December", "date"),
        ],
    ),
    (
        "b17a-032",
        """SOAP - Medically Managed Withdrawal Unit, Day 3 (ASAM 3.7-WM)

S: "My hands won't stop and I keep seeing bugs on the ceiling tiles when I close my eyes." Reports about 3 hours of sleep. Cravings 8/10. Denies SI/HI. Asks whether he can call his brother today.

O: 48M, severe alcohol use disorder. CIWA-Ar 18 this morning (tremor 4, sweats 3, anxiety 3, tactile 2, visual 2, agitation 2, headache 2). BP 158/96, HR 108, T 37.8. Oriented x3, slow on serial 7s. Chlordiazepoxide symptom-triggered per protocol, 200 mg total over past 24 h. Thiamine 500 mg IV TID for Wernicke prophylaxis (poor intake, weight loss). Mg 1.5, repleted. AST 212, ALT 98, GGT 410. History of a withdrawal seizure in 2019. AUDIT on admission 33.

A: Moderate-to-severe alcohol withdrawal, not yet clearly improving on day 3. Elevated DTs risk given prior seizure and autonomic signs. Visual disturbances mild with intact orientation; not delirium at present.

P:
- Continue symptom-triggered chlordiazepoxide; discuss phenobarbital adjunct with attending if CIWA-Ar above 20 twice.
- Neuro checks q4h. Nutrition consult.
- SW to begin discharge planning: patient interested in residential (ASAM 3.5) vs. IOP.
- Pharmacotherapy: discussed naltrexone vs. acamprosate; acamprosate 666 mg TID preferred given LFTs, renal function normal.
- MI conversation re: family involvement. Agreeable to his brother being contacted, not his ex-wife. Release to be signed tomorrow when less symptomatic.""",
        [],
    ),
    (
        "b17a-033",
        """Consult: treating a physician, reporting obligations, and my own anxiety about it

Private practice, Minnesota. New client is an anesthesiologist at Abbott Northwestern, self-referred for drinking after a near-miss at home (fell asleep with the stove on). AUDIT 19. He says he has never worked impaired, and I have no specific information that he has. He's terrified of losing his license.

He forwarded me the HPSP enrollment letter so I'd "have the context." It's addressed to him at home on Lake Harriet Pkwy and lists his license #58821. His intake with them is June 28. He also mentioned his department chair, Dr. Ellen Voss, "had a talk with him" after a colleague smelled alcohol at a department dinner, which is what pushed him to call.

His wife, Priya, is supportive but furious. She wants couples work; he wants to keep therapy "just mine" for now.

My read is I have no reporting duty absent knowledge of impaired practice, and HPSP is the right channel (the McLellan et al. 2008 PHP outcomes are reassuring). Anyone see a gap? Also, tips for holding the frame with a physician client who makes me feel like a junior resident?""",
        [
            ("Abbott Northwestern", "organisation"),
            ("Lake Harriet Pkwy", "place"),
            ("58821", "id_number"),
            ("June 28", "date"),
            ("Ellen Voss", "name"),
            ("Priya", "name"),
        ],
    ),
    (
        "b17a-034",
        """Closing a grief case, takeaways (long, sorry)

Client: woman in her 50s whose adult son died of an overdose two years before intake. 28 sessions over about 14 months.

What I got wrong early: I leaned on Worden's tasks as if they were a sequence, and she experienced my "where are you in the process" questions as being graded. Switching to Stroebe & Schut's dual process model helped both of us. Oscillating between loss and restoration isn't failure, it's the work.

What helped:
- Continuing bonds (Klass, Silverman & Nickman). She'd been told by a relative to "let him go." We spent several sessions on how she wanted to stay connected to him: his playlist, his handwriting in a recipe book, the bench she sits on.
- Being explicit about stigma. Overdose deaths come with blame, including self-blame. GRASP (Grief Recovery After a Substance Passing) gave her a peer group where nobody flinched. The Compassionate Friends was helpful too but less specific.
- Measuring. PG-13-R went from 38 to 22. She met criteria for Prolonged Grief Disorder at intake (F43.81 under DSM-5-TR), and naming it helped her feel she wasn't "doing grief wrong."
- Borrowing from Shear's Complicated Grief Treatment for the imaginal revisiting of the day she found out, later in treatment once she was ready.

What I'd do differently: talk about Kübler-Ross's stages sooner, mainly to take them apart. She came in believing she was "stuck in anger" because a magazine told her so.

She asked for one more session near the anniversary in October, and another in the new year after the first Christmas she expects to actually enjoy. I said yes to both. She also recommended Megan Devine's It's OK That You're Not OK to me, which felt like a nice reversal.""",
        [],
    ),
    (
        "b17a-035",
        """DAP - individual, session 6 (sharing for consult; rural NS, outreach via telehealth)
Client HCN: 1093 482 716

D: 51-year-old lobster fisherman out of Sheet Harbour. His deckhand of 12 years, Curtis, drowned when they went over on June 14th; client was in the water close to an hour before another boat reached him. Presents with nightmares most nights, won't go past the wharf, drinking "a bit more than I should" (6-8 beer a night, up from weekends only). PCL-5 57, PHQ-9 18, denies current SI but says "some nights I think it should've been me." His wife, Marlene, phoned before the session to say he's barely talking at home. Family doctor (Dr. MacIsaac) started sertraline 25 mg two weeks ago.

A: PTSD with prominent survivor guilt; possible emerging AUD. Protective factors: wife, two grown kids, strong ties to the community, has agreed to no drinking before sessions. Risk low-moderate; safety plan completed, includes the provincial Mental Health Crisis Line and a neighbour he trusts. He is reluctant about "head doctors" but said "you're alright."

P: Begin CPT next session, framed as "working out what happened and what you've been telling yourself about it." Psychoeducation on alcohol and nightmares. Liaise with MacIsaac re: sertraline titration and possible prazosin. Wife invited to one session with client consent.

Consult question: he's adamant he'll be back on the water when the season opens, and for him that's identity and income, not avoidance. How have others paced trauma work when returning to the site of the trauma is both the exposure and the job?""",
        [
            ("1093 482 716", "id_number"),
            ("Sheet Harbour", "place"),
            ("Curtis", "name"),
            ("June 14th", "date"),
            ("Marlene", "name"),
            ("MacIsaac", "name"),
        ],
    ),
    (
        "b17a-036",
        """Re: Students requesting ADHD evals "for accommodations"

Small liberal arts college in New England here, and yes, same flood. My two rules: never diagnose from self-report scales alone (CAARS-2 and BAARS-IV are easy to inflate, so use the validity indices plus a PVT), and take childhood onset seriously (before 12 per DSM-5-TR): old report cards, a WURS or collateral interview, DIVA-5. Sibley's work on overdiagnosis in late-onset presentations is worth a read. AHEAD guidance says disability services can't demand a specific battery, so a solid clinical letter is often enough. And if you send someone for a stimulant eval, have the diversion talk. Adderall XR 20 mg goes for real money in the dorms.""",
        [],
    ),
    (
        "b17a-037",
        """Consult: gambling disorder, sports betting apps, 26M, and a partner who just found out

Client is a 26-year-old millwright at the Stellantis Windsor Assembly Plant, lives in Walkerville. Started on the betting apps when Ontario opened up online gaming and has lost about $38K over two years, including $9,000 on one Super Bowl Sunday. Weekends he also goes to Caesars Windsor. His girlfriend, Shay, found out last month when his card was declined at the grocery store and she saw the overdraft notices for his chequing account ending in 4471.

He's in a Discord server that shares "locks" and he posts there as theo_locks_26, which he says is mostly for the community, not the picks. Taking it off his phone feels like losing his friends.

Measures: PGSI 19, G-SAS 34, PHQ-9 13. No SI at present but he endorsed passive thoughts when the losses peaked, so I'm screening every session.

Treatment so far: CBT for gambling with a cognitive focus on the gambler's fallacy and illusion of control (Ladouceur's approach). He's registered for self-exclusion on the provincial sites and we've talked about giving Shay access to his banking, which he's ambivalent about. I gave him ConnexOntario for after-hours support and suggested GamTalk for peer support.

Questions:
1. Has anyone had success with naltrexone for gambling (Grant & Kim's work)? Worth suggesting he raise it with his GP?
2. How do you handle the online-community piece? Recommending he leave the Discord feels like it strips his main social outlet.
3. Couple sessions now, or after he's more stable? Shay is asking to come in.""",
        [
            ("Stellantis Windsor Assembly Plant", "organisation"),
            ("Walkerville", "place"),
            ("Caesars Windsor", "organisation"),
            ("Shay", "name"),
            ("4471", "id_number"),
            ("theo_locks_26", "handle"),
        ],
    ),
    (
        "b17a-038",
        """Consult: structured risk assessment for a review board hearing, and a PCL-R I'm not sure about

Forensic psychologist at a provincial forensic hospital. Preparing a risk report for an annual review board hearing for a man in his 40s found NCRMD about nine years ago (index offence: assault causing bodily harm during a psychotic episode). He's on a detention order with community living privileges and the team is considering recommending a conditional discharge under s. 672.54.

Current data:
- HCR-20 V3: historical items mostly present (violence, substance use, major mental disorder, treatment response history). Clinical items largely absent over the past year. Risk management items partially present, mostly around housing and supervision stability.
- START: strengths notably higher than two years ago; vulnerabilities moderate.
- SAPROF: protective factors in the moderate range (motivation for treatment, medication adherence on clozapine, professional care).
- PCL-R: a colleague scored him 26 a few years ago. My rescore from file and interview is 19. That's a big gap, and I think the earlier score leaned heavily on Facet 4 items from the index period.
- He's not a sex offender, so the Static-99R isn't relevant, despite a request from the board's counsel to "include actuarial measures."

Questions:
1. How do you write up a PCL-R discrepancy like that? I want to be transparent without undermining my colleague or the instrument. Hare has been clear about rater training and file-only scoring limits.
2. For structured professional judgment, do you give a summary risk rating (low/moderate/high) or scenario-based formulations only? Douglas, Hart, Webster & Belfrage recommend scenarios, but our board seems to want a single word.
3. Anyone been cross-examined on the absence of an actuarial tool for a non-sexual violence case?""",
        [],
    ),
    (
        "b17a-039",
        """Peer consult group notes (couples/family, monthly), my case write-up for discussion

Couple: Brittany (28) and Cody (31), married 10/12/2019, two kids under 5. Referred by their pastor, Dwayne Ellison, at Cornerstone Baptist in Macon, who'd done two premarital-style sessions with them and "hit a wall." Presenting issue: Cody has stopped attending church and told Brittany he's "not sure he believes any of it anymore." Brittany experiences this as a betrayal of their marriage covenant. Cody feels he can't be honest without "blowing up the family."

Complication: Brittany's grandmother, who is 94 and raised her, lives with them and prays over Cody at dinner. Brittany is protective of her; Cody feels ganged up on in his own house.

Also relevant: Brittany sees a psychiatrist, Dr. Naomi Feld, for postpartum-onset depression (escitalopram 10 mg). With consent, Dr. Feld and I spoke briefly; she's noticed a dip since this started.

What I've tried: EFT stage 1 de-escalation, mapping the cycle (she pursues with scripture and tears, he withdraws into silence and the garage). Brought in Worthington's hope-focused approach since faith is central for her. PREPARE/ENRICH scores show strong couple flexibility but low spiritual-beliefs agreement, which, yeah.

Questions for group:
- How do you hold a faith difference without taking a side on the faith itself? I'm not religious and I worry that's showing.
- Should the grandmother come in? Part of me thinks she's the real third party in the room.
- Is it appropriate to talk with the pastor again with consent, or does that reinforce the triangle?

Group feedback (summary): consensus to keep EFT focus on attachment meanings ("If you leave the faith, are you leaving me?"), hold off on including grandmother until the cycle is de-escalated, and one member suggested Sue Johnson's Hold Me Tight conversations adapted for faith language.""",
        [
            ("Brittany", "name"),
            ("Cody", "name"),
            ("10/12/2019", "date"),
            ("Dwayne Ellison", "name"),
            ("Cornerstone Baptist", "organisation"),
            ("Macon", "place"),
            ("94", "age"),
            ("Naomi Feld", "name"),
            ("Feld", "name"),
        ],
    ),
    (
        "b17a-040",
        """Re: Is it just me or is insurance paneling destroying everyone?

Not just you. Optum cut my 90837 rate twice in 18 months and Aetna clawed back a year of 90837s under the 53-minute rule (I won the appeal; it took four months). I moved most of my caseload to Headway, switched to SimplePractice for cleaner superbills, kept three sliding-scale spots, and templated my Good Faith Estimates. The thing that actually helped, though, was a Thursday-morning peer consult group on Zoom. Also: the Nagoskis' Burnout. Read it.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind17a"}
        for doc_id, text, items in DOCS
    ]
