"""Blind batch b19d, written by a helper session without sight of the guard. Forty therapist
posts from the US, Canada, the UK, Ireland, Australia and New Zealand as they appear in
discussion threads: consultation questions, replies quoting a colleague, follow-ups weeks
later, closing takeaways, supervision reflections, group notes, SOAP/DAP/BIRP notes and
Markdown case presentations, across child and family work, couples, older adults, trauma,
eating disorders, substance use, psychosis, perinatal and neurodivergent clients. Twenty carry
identifiers (from a single slip to intake-style summaries with ten): names (including a
lower-case name in a quoted post and word-like names), suburbs, towns, street addresses and
postcodes, specific dates and birth dates, ages over 89, phone numbers, emails, a blog URL,
an IP address, social and gamer handles, Medicare/OHIP/NHS/hospital UR numbers, employers,
schools, a university, hospitals, a nursing home and a GP surgery. The clean twenty are dense
with look-alikes: cited authors and book titles, instruments and scores, ICD/DSM and CPT
codes, medications and doses, national services and hotlines, regions, provinces and states,
brands, public figures, TV shows and games, months, weekdays and holidays without years.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged) at ecaa09f, whose second look was trained on rounds up to 18: the
rules alone 0.959, 0.809, 0.850, 0.500; with the second look (threshold 0.25) 0.932, 0.921, 0.750, 0.150.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b19d-001",
        """\
Consult request: 8yo with school refusal, parents split on approach

Looking for some thoughts from folks who do a lot of anxiety work with younger kids. I'm seeing an 8-year-old girl (3rd grade) whose attendance has dropped to roughly two days a week since winter break. Mornings are the flashpoint: stomachaches, crying, clinging to the car door. Once she's actually in the building she settles within 20 minutes or so, per her teacher, Ms. Delgado, who has been great about sending quick updates.

Background: parents separated last spring, 50/50 custody, and mom recently moved the kids to a new apartment across town, so there's also a commute change and a new bus route. SCARED parent report total 38, separation anxiety subscale elevated; child report lower, which fits my clinical impression that she underreports. No prior treatment. Pediatrician ruled out GI stuff.

I'm planning exposure-based CBT with a graded return plan and heavy parent involvement (leaning on SPACE, Lebowitz's parent-only protocol, since dad in particular accommodates a lot: he's been letting her stay home on "his" Mondays and Tuesdays and playing Minecraft with her).

My question: how do you handle it when one parent is on board with reducing accommodation and the other frames it as "being cruel"? Do you see them together or separately for the SPACE sessions? Any scripts that worked for you? Appreciate any input.""",
        [("Delgado", "name")],
    ),
    (
        "b19d-002",
        """\
**SOAP note – Session 9 (FT-AN, phase 1)**

**S:** Attended with both parents. Mum reports three "good" days last week and two difficult evening meals, mostly around pasta dishes. Young person (15, Year 11) says the voice is "louder around exams" and that she has been watching "What I Eat in a Day" videos on TikTok again, which she knows aren't helpful. Denies purging. Reports walking to school rather than getting the bus, which parents had not picked up on. Some low mood; denies thoughts of self-harm.

**O:** Weight up 0.6 kg from last session; %mBMI 84. Lying/standing BP within the range agreed with the paediatric team, HR 52 resting. EDE-Q global 4.1 (was 4.6 at assessment). RCADS depression subscale in the borderline range. Tearful at the start, brighter by the end of session, laughed about Love Island with her dad.

**A:** Steady but slow weight restoration. Parents are taking charge of meals well, though Dad is more hesitant to hold the line when she gets distressed. Activity compensation (walking) is a new concern. Risk remains medium per MEED guidance; no indication for admission at present.

**P:**
- Parents to drive her to school until next review; discuss PE with school.
- Continue three meals and three snacks; Mum to add a snack at break.
- Review with paediatrician re bloods (phosphate) next week.
- Signpost parents to Treasure, Smith and Crane's *Skills-based Caring for a Loved One with an Eating Disorder* and the Beat helpline.
- Next session Tuesday; Easter holidays coming, so plan for the unstructured days.""",
        [],
    ),
    (
        "b19d-003",
        """\
> *Has anyone had luck getting partners to engage when the referral is for the mum only? I keep hitting a wall.*

Yes, and this is really timely for me. I've got a client at the moment, first baby, referred by her maternal and child health nurse after an EPDS of 19 at the eight-week check. Traumatic delivery (emergency LSCS after a failed induction) at the Royal Women's on 14 March, and she has strong intrusive images from theatre. Her partner had been "supportive but absent", as she put it: back at work after his two weeks and doing long hours on site.

What shifted it was framing the invitation around the baby rather than around her "being unwell". I wrote him a short note inviting him to come in and talk about how Isla is settling and what the nights look like. He came. Once he was in the room it was much easier to bring in the birth story, and it turned out he had his own pretty rattled memories of that day (he'd been sent out when things went south).

A few other things that helped:
- Using COPE's Ready to COPE resources and the PANDA helpline (1300 726 306) for him as well as her.
- Giving him a concrete job (the 10pm feed with expressed milk) so she could get a four-hour block of sleep.
- Quietly checking his own PHQ-9. It was 12.

Not a magic fix, but worth trying the baby-centred invite.""",
        [("Royal Women's", "organisation"), ("14 March", "date"), ("Isla", "name")],
    ),
    (
        "b19d-004",
        """\
**Consult: couple stuck in pursue-withdraw, one partner talking about "taking a break"**

Hi all, hoping for some EFT-informed thoughts. Married couple, both mid-forties, two teens at home, together 19 years. Referred through an EAP, now paying privately. She describes him as "a wall"; he describes her as "never satisfied". Classic pursue-withdraw cycle, and by session 4 we'd mapped it out pretty clearly on the whiteboard.

Where I'm stuck: at session 6 she said she's been looking at apartments and wants a "trial separation" after Thanksgiving. He shut down completely for the rest of the hour. Since then he's been more engaged at home, bringing her a double-double every morning and spending fewer evenings watching the Leafs in the basement, but she reads it as "too little, too late".

Measures: DAS-7 total 14 for her, 21 for him. I'm also keeping an eye on his drinking (AUDIT-C of 6, weekends mostly) but he doesn't see it as a problem.

Questions:
1. Do you slow down and move back into de-escalation, or is this the moment to try withdrawer re-engagement (Stage 2) even though she's half out the door?
2. Would you do discernment counselling (Doherty's model) first instead?

I've been rereading Johnson's *Hold Me Tight* and Gottman on the Four Horsemen, and honestly both feel a bit too tidy for where they are. Any thoughts appreciated, merci d'avance.""",
        [],
    ),
    (
        "b19d-005",
        """\
**New referral: geriatric depression / possible cognitive decline**

**Client:** Eleanor Voss, DOB 07/19/1932 (age 92)
**Address:** 418 Maple Hollow Rd, Asheville, NC 28803
**Phone:** (828) 555-0147
**Medicare:** 1EG4-TE5-MK72
**Referred by:** Dr. Samuel Okafor, PCP
**Living situation:** Independent living apartment at Deerfield Village; daughter Carol is POA and visits most weekends.

**Presenting concerns:** Daughter reports withdrawal, poor appetite, and "giving up" since her husband died in the fall. Client herself says she is "just tired" and "ready to go whenever the Lord decides." Denies active SI, no plan, no intent; passive death wish present. GDS-15 score 10. MoCA 22/30 (missed delayed recall and clock). Has hearing aids but doesn't wear them consistently.

**Meds:** sertraline 25 mg started by PCP six weeks ago, amlodipine, levothyroxine.

**History:** Retired schoolteacher, Methodist, very involved in church until last year. No prior psych treatment.

**Plan:** Home-based sessions 2x/month, PST (problem-solving therapy), coordinate with PCP about titrating sertraline and getting a neuropsych eval to separate depression from early neurocognitive disorder. Asked daughter about firearms in the home (none).

Has anyone here done PST with clients in their 90s? Wondering how much to adapt the structure.""",
        [
            ("Eleanor Voss", "name"),
            ("07/19/1932", "date"),
            ("92", "age"),
            ("418 Maple Hollow Rd", "place"),
            ("Asheville", "place"),
            ("28803", "place"),
            ("(828) 555-0147", "phone"),
            ("1EG4-TE5-MK72", "id_number"),
            ("Samuel Okafor", "name"),
            ("Deerfield Village", "organisation"),
            ("Carol", "name"),
        ],
    ),
    (
        "b19d-006",
        """\
## Case presentation: first-episode psychosis, young Māori man

### Referral
Twenty-year-old man referred to the Early Intervention in Psychosis service by his GP after whānau became worried about him not sleeping, talking about being "chosen", and staying up all night listening to Joe Rogan and conspiracy content on YouTube. Lives with his mum, nan and two younger siblings in a small town in Northland.

### Presentation
- Persecutory and grandiose delusions (believes he's being sent messages through the radio to "fix the land")
- Auditory hallucinations, a male voice commenting
- Cannabis use, daily for about 18 months, stopped two weeks ago at whānau insistence
- No prior contact with mental health services
- PANSS positive 24, negative 14, general 35

### Formulation
We've used Te Whare Tapa Whā (Durie) as the frame alongside a standard stress-vulnerability model. Taha wairua is central for this whānau; nan sees some of his experiences as spiritual and wanted a tohunga involved, which we have supported. Taha whānau is a strength. Taha tinana: sleep has been wrecked and he has lost weight.

### Treatment so far
Started on aripiprazole 5 mg, now 10 mg. Not under the Mental Health (Compulsory Assessment and Treatment) Act 1992; he's engaging voluntarily, mainly because his nan asked him to. Kaupapa Māori support worker involved, weekly hui with whānau.

### Questions for the group
1. How do others hold the line between respecting cultural and spiritual explanations and making sure the psychosis is treated?
2. Cannabis: any resources aimed at rangatahi that actually land?
3. He wants to go back to his mahi on the farm before Matariki. Too soon?""",
        [],
    ),
    (
        "b19d-007",
        """\
**Update on the lad I posted about before Christmas (alcohol + benzos)**

A few of you asked how he got on, so here's a follow-up about six weeks on. Quick recap: 34-year-old man, heavy daily drinking (AUDIT 29 at assessment), plus street-bought "blues" (diazepam) on and off, referred through his GP under the HSE addiction services route.

Good news first: he completed a community detox with the GP and the addiction counsellor, and he's been alcohol-free for 31 days. He's back working the early shift at the Centra, which he says keeps him honest because he's "behind the counter where the cans are". We've talked about whether that's sustainable and he's adamant it is. I'm less sure.

Less good: he went to one AA meeting and hated it ("a room full of aul lads telling war stories"), so we've looked at SMART Recovery online instead. He's using the Drinkaware app to log cravings. Sleep is still poor; the GP is reluctant to prescribe anything given the benzo history, which I agree with.

I've been working from a relapse-prevention frame (Marlatt and Gordon) with some MI when the ambivalence pops up, and leaning heavily on urge surfing. Family: his sister is his main support; his ma is in the picture but drinks herself.

Would love thoughts on the job question. Is it my anxiety or a real risk?""",
        [("Centra", "organisation")],
    ),
    (
        "b19d-008",
        """\
**BIRP: Session 7 of 12 (CPT)**

**Behavior:** Client, a 38-year-old Army veteran (two deployments to Afghanistan), arrived on time, casually dressed, good eye contact. Reported a "rough week" following fireworks around the Fourth of July; states he slept in the truck two nights "because it's quieter." PCL-5 this week 49 (baseline 61). PHQ-9: 14. Denies SI/HI; C-SSRS screen negative. Completed the Challenging Beliefs Worksheet on the trust stuck point but skipped the practice assignment on safety.

**Intervention:** Reviewed worksheet; Socratic dialogue around the stuck point "If I'd been paying attention, my team leader wouldn't have been hit." Introduced the Safety module. Psychoeducation on how the 4th of July response fits the model (startle, hyperarousal). Briefly reviewed his sleep plan; he's on prazosin 2 mg via his VA psychiatrist and reports fewer nightmares.

**Response:** Engaged, some tearfulness when discussing his team leader. Able to generate an alternative belief ("I was doing my job with the info I had") and rated belief in the original stuck point down from 90% to 65%. Mentioned he's been playing Call of Duty less because "the sound effects get me now."

**Plan:** Continue CPT per the Resick, Monson & Chard protocol; Safety worksheets for homework. Reminded of the Veterans Crisis Line (988, press 1). Next session Thursday. Dx: F43.10. Billing code 90837.""",
        [],
    ),
    (
        "b19d-009",
        """\
**DAP note: session 5**

**Data:** Client (29, autistic, diagnosed at 27 via Right to Choose) attended on Teams with camera off, which we've agreed is fine. Reports burnout "creeping back" since rota changes at work: she's been moved from days to nights at the Tesco in Stockport, and the lighting and tannoy announcements on the night shift are "relentless". Sleeping 4–5 hours, eating mostly beige foods. Talked at length about her Discord server, where she moderates as @moth_lantern and feels "properly herself". AQ-10 done at referral (9/10); current PHQ-9 16, GAD-7 13. No current SI; historic overdose at 19.

**Assessment:** Presentation consistent with autistic burnout rather than a new depressive episode, although the two overlap. Sensory overload at work and loss of routine look like the main drivers. Masking at work is high; the online space is protective. She hasn't yet requested reasonable adjustments under the Equality Act because she doesn't want to "make a fuss".

**Plan:**
- Draft a reasonable-adjustments request together next session (ear defenders, fixed shift pattern, written rota).
- Share Access to Work info and the National Autistic Society guidance on disclosure.
- Energy accounting worksheet (spoons) for the week.
- Continue adapted CBT, drawing on Mandy's work on autistic burnout and Raymaker et al. (2020).""",
        [("Tesco", "organisation"), ("Stockport", "place"), ("@moth_lantern", "handle")],
    ),
    (
        "b19d-010",
        """\
**Closing this one out: takeaways from 14 months with the family of a 7yo with ADHD + anxiety**

Wrapping up with a family I've seen since Term 2 last year and wanted to jot down what I learned, mostly for myself but maybe useful to someone.

**Context:** 7-year-old boy, diagnosed ADHD-combined by his paediatrician, started on Ritalin LA 10 mg then 20 mg. Anxiety mostly around separation and loud noises. Two younger siblings, parents both working shifts, grandparents doing a lot of the school run. They live in regional Victoria, so about half the sessions were telehealth. Eligible for some NDIS supports after the autism assessment came back (ADOS-2 in the autism range), which took forever.

**What worked:**
- Circle of Security Parenting with both parents. Dad was sceptical but the "shark music" idea really landed.
- Using Bluey episodes as shared language. "Let's do a Bandit" became code for playful repair after a blow-up.
- Minecraft as a reward and co-regulation activity rather than something to be taken away.
- Siegel and Bryson's *The Whole-Brain Child* for the parents ("name it to tame it").
- A visual schedule for mornings, set up with the school's learning support teacher.

**What I'd do differently:**
- Get the school involved earlier. We lost most of Term 3 before the classroom teacher was on board.
- Check in with Mum's own wellbeing sooner. Her DASS-21 was in the severe range for stress when I finally asked, and she got a Mental Health Treatment Plan through her GP.

**Outcome:** SDQ total difficulties from 24 to 15. Mornings mostly manageable. Family know about Kids Helpline (1800 55 1800) and headspace for later on.""",
        [],
    ),
    (
        "b19d-011",
        """\
**Consultation: male athlete, RED-S vs. emerging anorexia?**

Would appreciate input from anyone with sport/ED crossover experience. 19-year-old man, first year of university, competitive rower, referred by his family doctor after a dizzy spell at practice and a resting HR of 44. He's lost about 9 kg since September. He frames it all around making lightweight: the cutoff is 72.5 kg and the big regatta is June 3rd. His coach at the Oakville Rowing Club apparently "encourages" weigh-ins twice a week.

Assessment: EDE-Q global 3.2, but he scored high on the MDDI (muscle dysmorphia) items and I think the EDE-Q misses a lot of male presentations. He says his food rules are "just discipline". Restriction, lots of extra training on top of team sessions, no purging. Denies mood issues but PHQ-9 came out at 11.

I've been reading Mountjoy et al. on RED-S (the IOC consensus) and Murray's work on muscularity-oriented disordered eating. I can't decide whether to frame this as sport-related low energy availability, which he'd probably accept, or name the ED, which I think is more accurate but he'll likely reject.

Also: how have you handled coaches? He's consented to me talking to the sport dietitian but not the coach. Any experience getting clubs to stop weigh-ins?

For context I'm in Ontario, working in a university counselling centre, and the wait for the regional adult ED program is about 8 months.""",
        [("June 3rd", "date"), ("Oakville Rowing Club", "organisation")],
    ),
    (
        "b19d-012",
        """\
Re: the question about perinatal anxiety and medication hesitancy

I've had a very similar client this year so I'll share. Second baby, a history of depression after her first, and an EPDS of 17 at the six-week check with the public health nurse. She was terrified of "poisoning" the baby through her milk and had stopped her sertraline in pregnancy without telling anyone.

A few things that helped:

1. Getting the actual information in front of her. Sertraline is one of the better-studied options in breastfeeding; we looked at the LactMed entry together in session and she asked her GP to talk her through it. The HSE's perinatal mental health resources were helpful too, and the specialist perinatal team gave the GP advice without needing a full referral.
2. Separating the anxiety about medication from the anxiety in general. A lot of her intrusive thoughts were classic perinatal OCD-type harm thoughts ("what if I drop him on the stairs"), and naming that took a huge amount of shame out of it. Kleiman's *Good Moms Have Scary Thoughts* was a hit, despite the American spelling.
3. Involving her husband. He'd been the one quietly telling her to "tough it out without tablets".

She restarted sertraline 50 mg in August, and by the October bank holiday her EPDS was 9. We've also done some work on the first-pregnancy story using Stern's idea of the motherhood constellation, which gave her a way to think about her own mam's postnatal illness.

Happy to chat more by DM if useful.""",
        [],
    ),
    (
        "b19d-013",
        """\
**Follow-up: the couple where he moved out (posted in March)**

Some of you were kind enough to reply a few weeks back, so here's where things landed. Quick refresher: couple in their thirties, together 11 years, three tamariki. He moved out after a fight that got physical (pushing, no injuries) and both agreed to come to sessions. I'd done separate risk assessments and we'd agreed on conditions: no couples work on the conflict until safety was clearer.

Since then:
- He's done the stopping-violence programme through the local provider and has been honest in session about what he did.
- She's been seeing her own counsellor, which I think has helped her voice what she wants without me being the only person in the middle.
- They're co-parenting reasonably well. The kids spend weekends with his parents in Ōtaki, and his dad Wiremu has been a steady presence. He's a kaumātua and apparently sat his son down for a very frank kōrero.

The hardest moment was last week. He showed me a post he'd put up on Facebook: "me and aroha are working on things, proud of us". She hadn't agreed to him naming her publicly and read it as pressure to get back together. That opened a really useful conversation about his urgency versus her pace.

I'm sticking with a cautious, Gottman-informed structure but moving slowly, and still not doing any conflict-focused work. Thanks to whoever pointed me to Jenkins' *Invitations to Responsibility*, it's been really helpful.""",
        [("Ōtaki", "place"), ("Wiremu", "name"), ("aroha", "name")],
    ),
    (
        "b19d-014",
        """\
**SOAP: IOP individual session, week 4**

**S:** 41-year-old woman with opioid use disorder, severe, currently on buprenorphine/naloxone 16/4 mg daily through the outpatient MOUD clinic. Reports no opioid use in the past 21 days; one "slip" with alcohol on Super Bowl Sunday at her brother's (3–4 beers). Cravings 4/10, worse in the evenings and when driving past her old neighborhood. Attending NA twice a week, finds the women's meeting helpful. Sleeping better. Kids are with her ex most weekdays; she's working toward more custody time.

**O:** UDS positive for buprenorphine, negative for fentanyl, opiates, benzos, and stimulants. EtG negative. Alert, engaged, affect brighter than last week. PHQ-9 9, GAD-7 8. BAM (Brief Addiction Monitor) shows improvement in protective factors.

**A:** OUD, severe (F11.20), on maintenance therapy, stable. Alcohol use is a new risk to watch; she minimized it at first. Good engagement with ASAM Level 2.1 programming.

**P:**
- MI around the alcohol slip, using the decisional balance from Miller & Rollnick.
- Review her relapse-prevention plan; add the "driving route" trigger and an alternate route.
- Confirmed she has Narcan at home and in her car; gave fentanyl test strips.
- Reminded of the SAMHSA National Helpline (1-800-662-4357) and 988.
- Coordinate with prescriber before her spring break trip.
- Billing: 90834.""",
        [],
    ),
    (
        "b19d-015",
        """\
**Supervision reflection: when the client sees me as part of the plot**

Writing this up after supervision because I'm still chewing on it. I've been offering CBTp (roughly Morrison's approach, with Freeman, Freeman & Garety's *Overcoming Paranoid and Suspicious Thoughts* as a self-help companion) to a man in his fifties with a long history of paranoid schizophrenia. He was admitted to Highgate Mental Health Centre after Boxing Day 2023, when he barricaded himself into his flat, and was discharged on a CTO with a monthly paliperidone depot.

For the first six sessions things went well: we built a shared formulation, he used the worry period idea, and his PSYRATS delusions score dropped. Then in session 7 he told me he'd seen my car outside his block and that I was "reporting back to MI5". I don't drive. I said so, which in hindsight was the wrong move because it turned into a debate.

His care coordinator, Priya, has known him for years and said this happens whenever he starts to trust someone. That was genuinely reassuring, and it helped me not take it personally.

What I took from supervision:
- Don't argue content; stay curious about what it means that I'm in the plot now.
- Maybe the surveillance belief escalated because the work was getting closer to the grief about his mum.
- Borrow from Freeman's Feeling Safe programme: safety behaviours get dropped gradually, not argued away.

He came to the next session. We didn't talk about the car. Small wins.""",
        [
            ("Highgate Mental Health Centre", "organisation"),
            ("Boxing Day 2023", "date"),
            ("Priya", "name"),
        ],
    ),
    (
        "b19d-016",
        """\
## Case presentation: caregiver strain and a husband with moderate Alzheimer's

**Who:** 84-year-old woman caring for her 87-year-old husband, who has Alzheimer's disease (MoCA 14/30 at his last memory clinic visit). Married 61 years. They live in their own bungalow in a small town in northern Ontario; the nearest specialist services are a three-hour drive.

**Why she's here:** Referred by the family health team's social worker after she broke down at his appointment. Zarit Burden Interview 52 (severe). GDS-15: 8. She says she's "not depressed, just worn out", and that she'd "rather die than put him in a home". On follow-up this was frustration rather than SI, but I've kept screening.

**What's going on:**
- He's on donepezil 10 mg; sundowning is worst between 4 and 8 p.m.
- A PSW visits twice a week through home care, Tuesdays and Fridays.
- Their son lives out west and calls on Sundays; a daughter nearby helps with groceries.
- Her own life has shrunk to his routine. She used to curl and sing in the church choir.

**What we've done (6 sessions):**
- Psychoeducation using the Alzheimer Society's material on responsive behaviours.
- Problem-solving for the evenings: they now watch *Wheel of Fortune* and an old episode of *Coronation Street* together as a settling ritual, which she says works "better than any pill".
- Talked through long-term care waitlists, power of attorney for personal care, and what "a good enough decision" would look like, borrowing from Gawande's *Being Mortal*.
- Planned respite over Remembrance Day week so she can see her sister.

**Question for the group:** How do you help a caregiver this age tolerate guilt about eventual placement without pushing too fast?""",
        [],
    ),
    (
        "b19d-017",
        """\
Hey team, after a bit of a sense-check. I'm seeing a 14-year-old boy (Year 9) with what looks like PTSD following the Black Summer fires. His family lost their house outside Cobargo and spent New Year's Eve on the beach with the ash coming down. They've since moved to a regional centre a few hours north. Now, years on, he's having nightmares again every time there's smoke haze or a total fire ban on the news.

CATS (Child and Adolescent Trauma Screen) score 31, well above the cutoff. His mum says he's spending most nights online, and yes, I checked: his gamer tag across Fortnite and Discord is koala_kid07, and he's been chatting with older players she doesn't know. So there's an online safety issue on top of the trauma stuff.

Plan so far is TF-CBT (Cohen, Mannarino & Deblinger), starting with psychoeducation and relaxation, but he's very avoidant of the trauma narrative and "doesn't want to talk about the fire". I'm wondering whether the narrative component needs to wait until sleep settles a bit. The GP has suggested melatonin.

Anyone used the Phoenix Australia resources for kids after disasters? And how are people handling the online stuff with parents? I've pointed mum to the eSafety Commissioner site but she's overwhelmed. Cheers in advance.""",
        [("Cobargo", "place"), ("koala_kid07", "handle")],
    ),
    (
        "b19d-018",
        """\
**DBT skills group: session 7 of 24 (Emotion Regulation module)**

**Attendance:** 7 of 9 attended. One apology (hospital appointment), one no-contact; will phone per policy.

**Homework review:** Most had completed the Check the Facts worksheet. Common themes: reading delayed text replies as rejection, and catastrophising about work emails on Sunday evenings. One member shared that she'd used opposite action to go to her niece's christening rather than staying in bed, and got a round of applause. Another said he'd tried the TIPP skill (cold water) after a row with his landlord and it "actually worked, which is annoying".

**Teaching:** Introduced ABC PLEASE from Linehan's *DBT Skills Training Manual* (2nd ed.), with emphasis on PLEASE: treating physical illness, balanced eating, avoiding mood-altering substances, balanced sleep, exercise. Group discussion about what balanced eating means when you live on meal deals and Greggs, which was funny and honest. Used a Strictly Come Dancing analogy for building mastery (nobody gets a ten in week one).

**Process observations:** More cohesion than last module. Two members spoke over a quieter participant; co-facilitator gently redirected. One member disclosed recent self-harm during the break and was seen individually afterwards; risk assessed and crisis plan reviewed; she has Samaritans (116 123) and Shout (text 85258) in her phone.

**Next week:** Bonfire Night falls on group night. Discussed with the group; we're going ahead, but flagged it as a possible trigger for a couple of people. Start Build Mastery and Cope Ahead.

**Measures:** DERS collected at mid-point; will report at the MDT.""",
        [],
    ),
    (
        "b19d-019",
        """\
**DAP: postpartum follow-up, session 3**

**D:** Client is a 32-year-old G2P2 who delivered 11/2 at St. Luke's via repeat C-section; infant was in the NICU for five days for respiratory distress, now home and feeding well. Client reports "constant dread" that something will happen to the baby, checking his breathing "every 10 minutes" at night, and difficulty sleeping even when the baby sleeps. EPDS 15 (item 10 = 0). GAD-7 16. Husband has gone back to work; her mom is staying through Thanksgiving. Her OB, Dr. Rachel Whitfield, started sertraline 25 mg at the 2-week check and client has taken it consistently for 10 days with mild nausea.

**A:** Presentation consistent with postpartum anxiety with OCD features (checking, reassurance-seeking) in the context of a frightening NICU stay. No psychotic features; no SI/HI. Protective: strong support from mother and husband, engaged in treatment, good insight.

**P:**
- Psychoeducation on perinatal anxiety/OCD; gave Postpartum Support International info and the National Maternal Mental Health Hotline (1-833-852-6262).
- Begin gentle ERP-informed work around checking: agreed to try a monitor with a breathing sensor as an interim step (she asked about the Owlet; discussed pros and cons), then work toward reducing checks.
- Sleep protection plan with husband: he takes one night feed on weekends.
- Coordinate with OB re titration. Next session in one week.""",
        [("11/2", "date"), ("St. Luke's", "organisation"), ("Rachel Whitfield", "name")],
    ),
    (
        "b19d-020",
        """\
**Follow-up on the Year 11 girl with late-identified autism (+ADHD)**

I posted about her back in Term 1 when school refusal was peaking. It's now the end of Term 2, so here's an update and a thank-you to those who replied.

- **Diagnosis:** The private assessment confirmed autism (ADOS-2 plus a developmental history with mum) and ADHD, inattentive presentation. She's started methylphenidate (Rubifen SR 20 mg) through the paediatrician.
- **School:** This was the big one. The SENCO agreed to a reduced timetable, a quiet space at lunch (the library office), and permission to wear headphones in class. She's at about 80% attendance now, up from 40%. She's on track for NCEA Level 1 credits in English and maths, which she didn't think was possible.
- **Family:** We used Ross Greene's Collaborative & Proactive Solutions with mum and stepdad, and *The Explosive Child* made a lot of sense to stepdad in particular. Fewer blow-ups at home.
- **Her:** Much more open about her special interests (K-pop, Stray Kids in particular, and Pokémon cards, which she trades online) and has found two friends who share them. I've framed a lot of our work through Milton's double empathy problem rather than "social skills" training, which she appreciated. SRS-2 not repeated; she'd had enough questionnaires.
- **Supports:** Connected mum with Altogether Autism for parent info, and looked at what's available through Whaikaha. Youthline (0800 376 633) is in her phone.

Still to do: planning for Labour Weekend and the end-of-year exams, which will be a stress spike.""",
        [],
    ),
    (
        "b19d-021",
        """\
**Intake: please review before I send the referral to the withdrawal management program**

**Name:** Marc-André Thibodeau
**DOB:** March 22, 1987
**OHIP:** 5584-392-117-KT
**Address:** 71 Rideau Terrace, Apt 4, Ottawa ON K1M 2A3
**Cell:** 613-555-0182
**Employer:** Purolator (warehouse, nights), currently on short-term disability
**Emergency contact:** Julie Thibodeau (spouse)

**Reason for referral:** Alcohol use disorder, severe; also using cocaine on weekends. Reports 20–24 standard drinks a day for the past year, escalating after a back injury. Morning shakes, one withdrawal seizure two years ago. CIWA-Ar not done here, but the history alone warrants medically supervised withdrawal.

**Screening:** AUDIT 34. DAST-10: 5. PHQ-9: 18. Passive SI, no plan; safety plan completed, spouse aware.

**Meds:** naproxen; occasional oxycodone from an old prescription (discussed).

**Plan:** Referral to residential withdrawal management, then a day program. Gave him the ConnexOntario number (1-866-531-2600). Discussed naltrexone vs acamprosate with his family doctor for after detox.

Anything missing before this goes out?""",
        [
            ("Marc-André Thibodeau", "name"),
            ("March 22, 1987", "date"),
            ("5584-392-117-KT", "id_number"),
            ("71 Rideau Terrace, Apt 4", "place"),
            ("Ottawa", "place"),
            ("K1M 2A3", "place"),
            ("613-555-0182", "phone"),
            ("Purolator", "organisation"),
            ("Julie Thibodeau", "name"),
        ],
    ),
    (
        "b19d-022",
        """\
> *How do people handle it when one partner wants to talk about the affair every session and the other wants to "move on"?*

Great question, and one of the hardest bits of affair recovery work. I've got a couple at the moment (both early fifties, adult kids, she discovered his emotional affair with a colleague in winter) and we've been through exactly this. They nearly called it quits after a blow-up on Melbourne Cup day.

What's helped me:

**Structure the trauma talk rather than banning it.** I use Gottman's Atone–Attune–Attach frame, and in the Atone phase I set aside protected time in session for her questions, with agreed limits at home (no interrogations after 9 pm, no raising it in the car). Otherwise every night turned into a 2 am fight and neither of them could function at work.

**Name the hurt partner's responses as trauma responses.** Her DASS-21 anxiety was in the extremely severe range and she ticked a lot of PTSD boxes. Framing the hypervigilance as normal after betrayal, not as "being crazy", helped him stop defending so much.

**Give the involved partner a job.** Snyder, Baucom and Gordon's *Getting Past the Affair* has good material on this. He answers openly, and he doesn't wait to be asked about contact; he volunteers it.

**Don't skip the "why".** Esther Perel's *The State of Affairs* helped him articulate what he'd been looking for, which she said was the first time any of it made sense.

They're each on a Mental Health Treatment Plan for individual Better Access sessions, and self-funding the couple sessions, which is a real strain.

One nice marker: they went to the footy together for the Grand Final and she said it was "the first normal day since". Small wins.""",
        [],
    ),
    (
        "b19d-023",
        """\
**Consult: very old woman, grief and a move to a nursing home**

Hi folks, would value some thoughts. I'm seeing a woman who turned 94 in the spring and moved into Nazareth House about three months ago after a fall and a hip fracture. She was widowed 20 years ago and lived alone on the home place until the fall. Her only son lives in England; her nieces visit.

Staff call her Bridie and she calls herself "a nuisance". She's eating poorly, spends most of the day in her room with RTÉ Radio 1 on, and says she "has no business still being here". No active suicidal ideation; she says she would never "do anything" because of her faith, but she does pray to be taken. GDS-15 is 11; the nursing home GP has asked whether an antidepressant makes sense (mirtazapine 15 mg was mooted for appetite and sleep). Cognition is largely intact (MMSE 26/30).

I've started what's essentially a life-review approach (Butler, with some structure from Haight's work) and she lights up talking about the dance halls and the showband era. She also tells me the same story about the Eucharistic Congress that her own mother used to tell.

My questions:
1. How much do you push behavioural activation in a nursing home where so much is out of her control?
2. Any thoughts on "being a nuisance" as a theme? I'm wondering about her sense of dignity after losing independence.
3. Has anyone used Dignity Therapy (Chochinov) outside palliative care?

Thanks a million.""",
        [("94", "age"), ("Nazareth House", "organisation"), ("Bridie", "name")],
    ),
    (
        "b19d-024",
        """\
**Looking for input: LAI conversation with a young adult in CSC**

I'm a therapist on a coordinated specialty care team (NAVIGATE model) in the Pacific Northwest, and I'd love some thoughts from the group.

Client is a 22-year-old man, about 10 months out from his first episode (schizophreniform at the time, now schizophrenia per DSM-5-TR, F20.9). He's been on oral aripiprazole 15 mg with pretty patchy adherence, maybe 50–60% by pill count. Positive symptoms are mostly in remission when he takes it (BPRS went from 58 to 34), but he's had two near-relapses, both after stopping meds for a couple of weeks, convinced he "didn't need them anymore." Between those episodes he's done well in the SEE (supported employment and education) component and wants to go back to community college in the fall.

The team psychiatrist thinks a long-acting injectable (Abilify Maintena or Aristada) makes sense, and the research (e.g., the PRELAPSE trial) supports offering LAIs early. The client is resistant. He says injections feel like "being controlled," which connects to his earlier delusional content about the government implanting things.

I've been using shared decision-making and some of Xavier Amador's LEAP (*I Am Not Sick, I Don't Need Help*), and his mom has done NAMI Family-to-Family. He's been watching a lot of YouTube about Elon Musk and Neuralink, which doesn't help the implant anxiety.

How have others talked about LAIs without triggering the control theme? Do you involve peer specialists for this?""",
        [],
    ),
    (
        "b19d-025",
        """\
## Case presentation: 10-year-old, emotional dysregulation at school, kinship care

### Background
Boy, 10, currently in Year 6 at St Aidan's. Lives with his maternal grandmother under a Special Guardianship Order since age 6, following neglect and domestic abuse in his birth mum's home. Younger half-brother Kai lives with a foster family across the city; contact is monthly and often cancelled. Birth mum's contact is supervised and sporadic.

### Presenting concerns
- Frequent meltdowns at school (throwing chairs twice this term), usually after unstructured times
- At home: an "angel" at Nan's, but bedtime is very difficult and he still wets the bed
- Nan (in her late sixties) is exhausted, and has started asking whether he "should go back into care"

### Assessment
- SDQ total difficulties: teacher 28, carer 21
- Brief Assessment Checklist for Children shows high scores on attachment-related items
- ADHD screening (Conners 3) borderline on hyperactivity; holding off on a referral as the trauma picture explains a lot
- Social worker from the local authority kinship team, Joanne Pryce, is supportive but stretched

### Formulation
Using a DDP (Dan Hughes) lens: blocked care in Nan, developmental trauma in him, school seeing "behaviour" rather than fear. Transitions, including the move to high school in September, look like the biggest risk.

### Plan
- DDP-informed sessions with him and Nan together, fortnightly
- Consultation with school on PACE and a transition plan; ask for an EHCP needs assessment
- Kinship carer support through Kinship (the charity) and the Adoption and Special Guardianship Support Fund
- Nan to see her GP about her own sleep and mood

### Question
How have others supported a sibling relationship when contact keeps falling through? The brothers used to live together in Cheetham Hill and he talks about that flat as "the best time", which Nan finds painful.""",
        [
            ("St Aidan's", "organisation"),
            ("Kai", "name"),
            ("Joanne Pryce", "name"),
            ("Cheetham Hill", "place"),
        ],
    ),
    (
        "b19d-026",
        """\
**Process note / reflection: session 12, EMDR phases 3–4**

Client is a woman in her late sixties, a survivor of childhood abuse in a residential institution in the west of Ireland, referred by her GP to the National Counselling Service. Her ITQ profile fits complex PTSD: high disturbances in self-organisation, especially affect dysregulation and a strong sense of being "worthless".

Today we processed the target she chose, the memory of the first night there. SUDs started at 9. She went through a lot of body sensations, tight throat, cold hands, and at one point said "I'm back in the dormitory". I slowed things down, used the container and the safe place we'd built (her grandmother's kitchen, the smell of brown bread), and returned to processing. By the end SUDs was 4 and she said "they can't take anything else off me". Incomplete session; closed down with the calm-place exercise and a light stream.

My own process: I felt a wave of anger toward the system and noticed a pull to reassure rather than stay with her. I've read the Ryan Report and it sits heavily with me. She has read Van der Kolk's *The Body Keeps the Score* too and quotes it at me, which I find touching.

Plan:
- Next session: check in about the week, re-evaluate the target (Shapiro's phase 8), continue processing if she's resourced.
- Christmas is coming, historically a bad time for her; she'll keep the Pieta (1800 247 247) and Samaritans (116 123) numbers to hand.
- She mentioned the Late Late Toy Show as something she watches every year with her niece, a nice marker of connection to plan around.

For supervision: how to manage my own reactions without pulling her out of her process.""",
        [],
    ),
    (
        "b19d-027",
        """\
**SOAP: session 14, CBT-E (adult, bulimia nervosa)**

**S:** 24-year-old woman. Reports two binge-purge episodes this week (down from 6–8 at baseline), both on evenings after long shifts. Says she "blew it" on Saturday and then restricted all of Sunday, which we identified as the classic cycle. Continues seeing her dietitian Mel fortnightly and found the regular-eating plan easier this week. Mood "flat". Denies SI. Still checking her body in shop windows "constantly".

**O:** Weight stable within the agreed range. Monitoring records completed 5 of 7 days. Last bloods (potassium 3.6) within range per GP; they're under UR 4471203 on the hospital portal if anyone on the team needs to pull them. EDE-Q global 3.0 (baseline 4.4).

**A:** Good progress in Stage 2 of CBT-E (Fairburn). Remaining maintaining factors: over-evaluation of shape and weight, body checking, event-triggered restriction. Residual low mood; consider whether the mood module is needed.

**P:**
- Start body-checking module: self-monitoring of checking, selective attention experiments.
- Continue weekly weighing in session.
- Dietitian to review dinner after late shifts.
- Butterfly Foundation helpline (1800 33 4673) re-shared.
- Eating Disorder Plan: 14 of 40 Medicare sessions used; GP review due at session 20.""",
        [("Mel", "name"), ("4471203", "id_number")],
    ),
    (
        "b19d-028",
        """\
**Takeaways as I close a perinatal case (postpartum depression + birth trauma)**

Client finished our work this week, about seven months postpartum, and I wanted to write up what I learned while it's fresh.

**Snapshot:** First-time mom, late thirties, IVF pregnancy after years of infertility. Unplanned emergency C-section. EPDS 21 at intake (item 10 scored 1: fleeting thoughts, no intent); City Birth Trauma Scale well above clinical levels. Her family doctor started sertraline 50 mg, later 100 mg. Partner on parental leave through EI for the first few months.

**Lessons:**
1. *Infertility grief doesn't end at birth.* Much of her guilt was "I wanted this so badly, how can I not be happy?" Naming that the IVF years were themselves traumatic helped.
2. *Treat the trauma, not just the depression.* Once we did some birth-story work (a few sessions of trauma-focused CBT, with Ayers' work on birth trauma as a guide), her mood lifted faster than with behavioural activation alone.
3. *Practical supports are therapeutic.* Getting the partner to take the 2 a.m. feed, and linking her to a new-parent drop-in run by public health, mattered as much as anything I did.
4. *Use the self-help material selectively.* Kleiman's *This Isn't What I Expected* was great; *The Wonder Weeks* app made her anxious, so she deleted it.
5. *Plan for the next baby.* We wrote a short plan for a future pregnancy: early referral to a reproductive psychiatry clinic, staying on sertraline, a birth plan discussion with the obstetrician.

**Outcome:** EPDS 7 at discharge. She called HealthLink BC 811 once during a rough patch around Family Day and found it helpful. Referred to Postpartum Support International's online groups for ongoing peer support.""",
        [],
    ),
    (
        "b19d-029",
        """\
Late to this thread but wanted to jump in on the adult ADHD + autism and work burnout question. I have a client right now who's basically a textbook case of what you're describing. Mid-thirties, nonbinary, diagnosed with ADHD as a kid and autism last year after recognizing themselves in a bunch of Reddit posts (they post as u/quietgearshift, and honestly their writing about masking is better than half the articles I've read).

They work at the Amazon fulfillment center in Joliet, picking, 10-hour shifts, constant scanner beeps, rate targets. The ADHD part of them actually likes the pace; the autistic part is fried by the end of every shift. Shutdowns in the car before they can drive home. They asked me to read a piece they wrote on their blog (quietgearshift.substack.com) about it, and it was a really vivid description of sensory overload.

Things that have helped so far:
- Getting accommodations documented (Loop earplugs, breaks in a quieter area) through the ADA interactive process.
- Separating ADHD burnout from autistic burnout. Their Vyvanse 40 mg helps focus but doesn't touch the sensory part.
- Energy accounting, and *Unmasking Autism* by Devon Price, which they'd already read twice.
- Not pathologizing the special interest (mechanical keyboards, which they talk about with real joy).

Honestly I think the job may not be sustainable long term, but we're working on a transition plan rather than a crash exit. Curious if others have had success with vocational rehab for autistic adults. In my state it's been hit or miss.""",
        [
            ("u/quietgearshift", "handle"),
            ("Amazon", "organisation"),
            ("Joliet", "place"),
            ("quietgearshift.substack.com", "url"),
        ],
    ),
    (
        "b19d-030",
        """\
Re: dementia and the "going home" requests

Agree with everything said above, and just adding what's worked with a client of mine. He's 81, mixed Alzheimer's/vascular dementia (ACE-III 71/100 when the memory service last saw him), living with his wife in a village in the Cotswolds. Every afternoon around four he gets his coat and says he needs to "get home to Mother". His wife used to correct him ("your mother died in 1979"), which led to awful distress each time.

What we did:
- Kitwood's personhood framing with his wife: the request is about needing comfort and safety, not a literal address. "Tell me about your mum" instead of "she's dead".
- Oliver James' *Contented Dementia* (the SPECAL approach) is controversial in places, but the "don't ask questions, don't contradict" principles helped her a lot.
- An afternoon routine: tea, a biscuit, *Countdown* on catch-up, then a walk round the garden "to check the roses". The sundowning is much reduced.
- Medication review with the GP: he's on memantine 10 mg, and they stopped the oxybutynin, which was almost certainly making things worse (anticholinergic burden).
- Referral to an Admiral Nurse via Dementia UK for her, and she's joined an Alzheimer's Society carers' group. She told me listening to *The Archers* on her own in the kitchen is her "sacred fifteen minutes".
- LPA for health and welfare is in place, which took a lot of worry off.

He still asks most days, but it now lasts minutes rather than an hour. She says Remembrance Sunday was the first outing in a year where she wasn't on edge the whole time.""",
        [],
    ),
    (
        "b19d-031",
        """\
**BIRP: session 4, AOD counselling**

**B:** Client is a 37-year-old Pākehā man referred via his GP for methamphetamine use (smoking, 2–3 times a week) and heavy weekend drinking. Works as a tanker driver for Fonterra and is very worried about workplace drug testing; says he "can't afford to lose the job with the mortgage". Lives with his partner and two kids in Te Awamutu. Reports using less since last session (once this week) and no drinking on Saturday for the first time in months. ASSIST score for amphetamine-type stimulants 24 (high risk). Sleep improving.

**I:** MI focused on values (he wants to coach his son's rugby team next winter); change talk elicited and reflected. Reviewed cravings log; identified Friday knock-off drinks as the key trigger. Introduced urge surfing. Discussed safer-use information and the Alcohol Drug Helpline (0800 787 797). Talked through the realities of testing and disclosure at work, and what an EAP route might look like.

**R:** Engaged and reflective. Said "the kids are noticing". Open to trying a Friday plan (gym straight after work, text his mate instead of going to the pub). Ambivalent about telling his employer.

**P:** Next session in one week. He asked me to send his cravings worksheet and a summary to hayden.w87@gmail.com, his personal email, rather than through the portal, because his partner reads the shared one. Checked consent; sent. Consider referral to a CADS day programme if use escalates.""",
        [
            ("Fonterra", "organisation"),
            ("Te Awamutu", "place"),
            ("hayden.w87@gmail.com", "email"),
        ],
    ),
    (
        "b19d-032",
        """\
**DAP: TF-CBT session 8 (child + caregiver conjoint)**

**Data:** 9-year-old girl in a kinship foster placement with her paternal aunt following removal by CPS due to exposure to domestic violence and parental substance use. Today's session included the first conjoint reading of part of her trauma narrative. She wrote it as a comic book with a Bluey-style dog as the main character ("because it's easier if it's a dog"). Aunt listened, stayed calm, praised her bravery. Child reports fewer nightmares; aunt reports the Halloween party at school went well despite worries about the masks. UCLA PTSD-RI for DSM-5: 34 (down from 47). CBCL externalizing still elevated. She plays Fortnite and Roblox with her cousins on weekends, which aunt monitors.

**Assessment:** Progressing through the TF-CBT PRACTICE components per Cohen, Mannarino & Deblinger; currently in trauma narrative and processing. Avoidance decreasing. Aunt is a strong attachment figure. The pending permanency hearing is a stressor for both of them. Guanfacine ER 1 mg via her pediatrician for hyperarousal and sleep; no side effects reported.

**Plan:**
- Continue narrative and cognitive processing (the "it was my fault for hiding under the bed" thought).
- Prepare for in vivo mastery around the sound of raised voices.
- Coordinate with her caseworker and the school counselor re: 504 plan accommodations (testing breaks).
- Safety planning refresher before Thanksgiving, when her biological dad may have supervised visitation.
- Next session: Wednesday. CPT 90847 (conjoint) + 90834.""",
        [],
    ),
    (
        "b19d-033",
        """\
Following up on my post from a few weeks ago about the client with escalating online activity during a relapse.

For those who asked: he was eventually brought in under the Mental Health Act (Form 1 after his family doctor assessed him) and is now back on clozapine, with bloods monitored through the registry as usual. He's stabilising.

A couple of things from the lead-up that might help someone else:
- His family noticed first through his TikTok. He'd been posting multiple videos a night as @northern.prophet about "decoding" signs in the news. His sister flagged it to us, and in hindsight it was the earliest warning sign we had.
- On October 14th he came into session with a printout showing the IP address 172.58.14.203, convinced it proved his neighbour was hacking him. I didn't argue with it, just got curious, and that was the session where he agreed to see the psychiatrist early.
- His relapse signature (from our earlier relapse prevention plan, using Birchwood's early signs approach) was spot on: sleep loss, religious preoccupation, withdrawal from his sister. We should have acted on it a week sooner.

For next time, we're adding posting volume to his relapse signature. He's agreed to it, and his sister is the named person to flag concerns. Has anyone else built social media activity into early-warning plans? Wondering about the ethics of monitoring versus collaborative agreement.""",
        [
            ("@northern.prophet", "handle"),
            ("October 14th", "date"),
            ("172.58.14.203", "ip"),
        ],
    ),
    (
        "b19d-034",
        """\
# Case presentation: bipolar I and planning for a second pregnancy

## Background
Woman in her early thirties with bipolar I disorder, first diagnosed at 22. Her first pregnancy (four years ago) was followed by postpartum psychosis at day 5, with an admission to a Mother and Baby Unit. She's now 14 weeks pregnant with her second, planned pregnancy and was referred to the Maternal Mental Health service by her midwife (LMC).

## Current picture
- Euthymic. Lithium was stopped pre-conception after a long discussion with her psychiatrist; she's now on quetiapine 100 mg nocte.
- EPDS 8. Sleep is fine for now.
- Lives with her partner and their four-year-old in a rural part of the Waikato. Her mum is nearby and very involved.
- Well Child Tamariki Ora checks for the older child are with Plunket; she's saved PlunketLine (0800 933 922) on her phone.

## Risks
- Postpartum recurrence risk is high (around half after a previous postpartum psychosis, per Wesseloo et al.'s 2016 meta-analysis).
- Distance from specialist services and the MBU.
- Sleep disruption in the early postnatal weeks.

## Plan (drafted with her and her partner)
1. Consider restarting lithium immediately postpartum, with paediatric input on feeding. She's leaning toward bottle-feeding to protect sleep.
2. Partner and mum to do all night feeds for the first two weeks; partner is taking leave over Labour Weekend to stretch his time at home.
3. Early warning signs list: reduced need for sleep, religious ideas, writing lists at night.
4. Crisis plan shared with the Te Whatu Ora crisis team and her GP.
5. Hospital birth with a postnatal stay of at least 3–4 nights.

## Question
Anyone have experience working around the distance issue in rural areas? The MBU is several hours away.""",
        [],
    ),
    (
        "b19d-035",
        """\
**Quick consult: student with an ARFID-ish picture, or anorexia?**

Hi all. I'm seeing a second-year student at UCD who came through student counselling and then privately. Her BMI is 16.8 and she's lost about 6 kg over the past year. But she's adamant she doesn't care about her weight or shape, and her EDE-Q shape and weight concern subscales are really low. What she describes is a fear of choking since an incident last winter, plus lifelong picky eating (a small number of "safe" foods, mostly plain pasta, crackers and one particular brand of yoghurt).

Her housemate Saoirse was the one who pushed her to get help, after noticing she'd stopped eating with the others at all. She says she isn't hiding anything, she just "can't get it down".

My working hypothesis is ARFID (fear of aversive consequences, plus sensory sensitivity), but I'm conscious of the risk of missing atypical anorexia. Scores: NIAS high on fear and picky eating; PHQ-9 10; GAD-7 14.

I've been reading Thomas and Eddy's CBT-AR manual and it looks like a good fit, but I've not done it before. Questions:
1. Has anyone used CBT-AR with adults here? Any supervision routes?
2. How do you rule out anorexia when the person denies shape/weight concern but is still underweight?
3. Would you loop in the HSE adult eating disorder team at this weight?

She also mentioned Bodywhys, which I've encouraged her to look into. Grand, thanks all.""",
        [("UCD", "organisation"), ("Saoirse", "name")],
    ),
    (
        "b19d-036",
        """\
**Consultation: prolonged grief in an older man, 18 months after his wife died**

Hi all, hoping to get some thoughts. 86-year-old retired dairy farmer, now in a retirement village on the Sunshine Coast after moving off the family farm. His wife of 58 years died a year and a half ago after a long illness. Referred by his GP under a Mental Health Treatment Plan.

He describes feeling "like half a man", talks to her photo every morning, and still sets out two cups for morning tea. PG-13-R is above cutoff and he meets DSM-5-TR criteria for prolonged grief disorder. GDS-15 = 9. He's on mirtazapine 15 mg, which has helped sleep and appetite, but the grief itself hasn't budged. No SI, though he says he's "ready whenever the Lord wants me". Has two beers a night watching the cricket or *Gardening Australia*.

What I've tried so far:
- Worden's tasks of mourning as a shared map.
- Stroebe and Schut's dual process model. He's all loss-orientation, almost no restoration-orientation, so we've been building in small things: the village men's shed, ringing his grandson about the footy.
- Some components of Shear's complicated grief treatment (imaginal revisiting of the death), which he found really confronting.

Questions:
1. Has anyone adapted Shear's protocol for men of this generation who aren't used to talking about feelings?
2. Mother's Day and their wedding anniversary are coming up, and both are flashpoints. Any ideas?
3. Resources: I've given him Beyond Blue, Lifeline (13 11 14) and Griefline, but has anyone used Grief Australia's groups for older men?

Thanks.""",
        [],
    ),
    (
        "b19d-037",
        """\
**Referral summary: posted for allocation discussion**

**Name:** Danielle Okonkwo-Reid
**DOB:** 02/09/1994
**NHS number:** 485 777 3921
**Address:** Flat 3, 27 Sefton Grove, Liverpool L17 8BT
**Mobile:** 07700 900461
**Email:** dani.okreid@outlook.com
**GP:** Dr Fiona MacLeod, Aigburth Road Surgery

**Reason for referral:** 30-year-old woman referred by her GP after a sexual assault at a festival last summer, reported to police. Presents with nightmares, flashbacks, avoidance of crowds and public transport, hypervigilance and an exaggerated startle response. She's stopped going to work (customer service at a bank) and has been signed off for eight weeks. PCL-5: 58. PHQ-9: 19, item 9 scored 1 (passive thoughts, no plan). GAD-7: 17. She has been supported by an ISVA through the local Sexual Assault Referral Centre.

**History:** No previous mental health contact. Some childhood bullying. Drinks "a couple of glasses of wine most nights to sleep". Good relationship with her sister.

**Risk:** Passive ideation; protective factors (sister, cat, wants to return to work). Given Samaritans and Shout numbers.

**Suggested pathway:** Step 3 for trauma-focused CBT (Ehlers and Clark's cognitive therapy for PTSD) or EMDR, per NICE NG116. She has said she'd prefer a female therapist.

Happy for anyone with a CT-PTSD space to pick this up.""",
        [
            ("Danielle Okonkwo-Reid", "name"),
            ("02/09/1994", "date"),
            ("485 777 3921", "id_number"),
            ("Flat 3, 27 Sefton Grove", "place"),
            ("Liverpool", "place"),
            ("L17 8BT", "place"),
            ("07700 900461", "phone"),
            ("dani.okreid@outlook.com", "email"),
            ("Fiona MacLeod", "name"),
            ("Aigburth Road Surgery", "organisation"),
        ],
    ),
    (
        "b19d-038",
        """\
**Closing summary and reflections: FBT with a 15-year-old (anorexia nervosa, restrictive)**

Just discharged this family after about 11 months, and wanted to share some reflections since a few people here helped me early on.

**Course of treatment**
- *Phase 1:* Parents took over all meals. Dad took leave from work for the first six weeks; Mom worked from home. Lots of Ensure and Boost early on when meals fell apart. The pediatrician's weekly vitals kept us honest; there was one short admission for bradycardia.
- *Phase 2:* Gradual return of control over snacks, then lunches at school in Grade 10. The hardest moments were around Halloween and a family trip over March break.
- *Phase 3:* Adolescent issues: friendships, her perfectionism about marks, and her wish to go back to competitive dance. We negotiated a staged return with the dance studio, tied to weight and medical stability.

**Measures:** %mBMI from 79 to 97. EDE-Q global from 4.8 to 1.6. CDI-2 now in the average range.

**What I'd tell my earlier self**
1. Lock and Le Grange are right: externalise the illness. The "ED voice" framing let Mom stay firm without feeling she was fighting her daughter.
2. Give parents *Help Your Teenager Beat an Eating Disorder* early, and give them space to grieve the "easy kid" they thought they had.
3. Siblings need attention too. Her younger brother was very anxious and felt invisible.
4. Prepare for the relapse scare in phase 3; it's almost universal and usually brief.

**Resources shared:** the NEDIC helpline, Kelty Mental Health's eating disorder resources for parents, and F.E.A.S.T. for parent peer support.""",
        [],
    ),
    (
        "b19d-039",
        """\
**SOAP: couples session 5**

**S:** Married couple, both early forties, together 16 years. She's a flight attendant with Delta and is away 3–4 nights a week; he works from home in IT and carries most of the parenting for their two kids. Main complaint is "living like roommates" and frequent fights about household load. This week both report a big fight over their son Hunter's baseball schedule, which he says she "never knows anything about." She described feeling "like a guest in my own house." Sex life largely absent for a year. No IPV reported in separate screens; no substance concerns.

**O:** Both engaged. He interrupted her several times; she became tearful, then flat. Clear pursue-withdraw pattern, with him pursuing on logistics and her withdrawing. Gottman Relationship Checkup completed: both low on Love Maps and Fondness & Admiration; he reports high flooding. CSI-16: him 38, her 44 (both below the distress cutoff of 51.5).

**A:** Relationship distress (Z63.0) with a role-imbalance and resentment pattern compounded by her travel schedule. Good underlying friendship; both want to stay together.

**P:**
- Love Maps exercises between sessions, including one 20-minute stress-reducing conversation on FaceTime when she's on a trip.
- Introduced Eve Rodsky's *Fair Play* card system for household tasks; they'll sort the cards before next session.
- Softened start-up practice in session.
- Next session in 2 weeks to fit her schedule.""",
        [("Delta", "organisation"), ("Hunter", "name")],
    ),
    (
        "b19d-040",
        """\
**Reflection after a run of adult ADHD clients (mostly women in their 30s and 40s)**

I've had five referrals this year of women diagnosed with ADHD in adulthood, and a few patterns keep coming up, so I wanted to share and see if others are noticing the same.

1. **The grief comes first.** Almost all of them describe a retrospective grief: the Leaving Cert results that "should have been better", the jobs lost, the years of being told they were lazy. One, a primary teacher, cried for most of a session about her Junior Cert report cards. Validating this before jumping into strategies seems essential.

2. **Medication isn't the end of the story.** Most are on lisdexamfetamine (Vyvanse 30–50 mg) through a private psychiatrist, since the HSE adult ADHD clinics have long waits. It helps focus, but the emotional dysregulation and the rejection sensitivity need therapy work. CAARS scores drop; the shame doesn't go away on its own.

3. **Hormones matter.** Several notice their symptoms worsen premenstrually and in perimenopause. That's barely covered in the older literature.

4. **Useful resources.** Hallowell and Ratey's *Driven to Distraction* is dated but still resonates. Sari Solden's *Women with Attention Deficit Disorder* lands well. ADHD Ireland's support groups have been a good peer resource, and a couple of women with autistic traits have found AsIAm helpful.

5. **Overlap with autism.** Two of the five probably have co-occurring autism; I've been careful not to rush to another label.

Anyone else seeing more of this since the pandemic? And has anyone adapted Safren's CBT for adult ADHD for clients who've already done loads of productivity reading?""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b19d"}
        for doc_id, text, items in DOCS
    ]
