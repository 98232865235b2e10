"""Blind batch b20d, written by a helper session without sight of the guard. Forty peer-
consultation forum posts from the US, Canada, the UK, Ireland, Australia and New Zealand,
leaning informal: quick questions, replies in threads, follow-ups and updates, SOAP/DAP/BIRP
notes, process notes, a DBT group note, supervision reflections, a whanau hui reflection and a
few longer Markdown case presentations. Twenty carry identifiers: most have one to three slips
a careful clinician could miss (an employer, a suburb or town, a relative's or pet's name, a
date, a gamer tag or TikTok handle, a blog URL, an email, an IP address, a court record number,
an age over 89), and four are intake/referral-style posts with many (names, birth dates, NHS /
OHIP / Medicare / Medicaid / NHI numbers, street addresses, postcodes and ZIP codes, phones,
emails, schools, GP practices, a DCFS case number). The clean twenty are de-identified but
dense with look-alikes: instruments and scores (PHQ-9, GAD-7, PCL-5, K10, EDE-Q, DASS-21,
YP-CORE, AUDIT, EPDS, MoCA), medications and doses, CPT and ICD codes, NDIS line items, cited
theorists and books (Linehan, Gottman, Casement, Gilbert, Bowlby, Lock and Le Grange, Shapiro,
Minuchin, Mason Durie), therapy models named after places or people (Maudsley, Fonofale, Te
Whare Tapa Wha), national hotlines and agencies (988, Lifeline, Samaritans, 1737, Youthline,
Pieta, 50808, Childline, Kooth, Oranga Tamariki, ACC, Centrelink, MCFD, WSIB), regions and
provinces, holidays without years, weekdays, months, ages under 90, and brands.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged) at e941d56, whose second look was trained on rounds up to 19: 1.000, 0.963, 1.000, 0.100.
The guard at 62d9494, where this session started, scores 1.000, 0.923, 1.000, 0.200.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b20d-001",
        """Quick q for the group — anyone have a good sleep hygiene handout that isn't condescending? Client is 34F, GAD + insomnia, works rotating shifts at the Kroger distribution center and I keep giving her the standard stuff (no screens, same wake time), which she rightly points out is useless when her schedule flips every two weeks. ISI was 19 at intake.

Not looking to go full CBT-I protocol yet, just something practical for shift workers. She's also driving back to Dayton every other weekend to help with her mom after the hip replacement, so sleep is basically a fantasy right now lol. Thanks in advance!""",
        [("Kroger", "organisation"), ("Dayton", "place")],
    ),
    (
        "b20d-002",
        """Replying to the OHIP question above: in Ontario the publicly funded route for mild-to-moderate depression/anxiety is OSP (Ontario Structured Psychotherapy). Self-referral is possible in most regions now, no GP letter needed, though wait times vary a lot.

For your client (late 40s, PHQ-9 of 16, GAD-7 of 12 per your post) she'd likely be triaged to the high-intensity CBT stream. If she has workplace benefits, most plans cover somewhere between $500 and $1,500 a year for a registered psychotherapist or social worker, so worth checking before she sits on a waitlist. Her family doctor can technically bill for counselling too, though in my experience few do.

I wouldn't push on the sertraline question until she's seen her GP — 50 mg for 6 weeks is still a fairly low dose and she may just need a bump. Happy Thanksgiving weekend, all.""",
        [],
    ),
    (
        "b20d-003",
        """Pasting my referral summary so people can see what I'm working with — mainly want feedback on the formulation section, which feels thin.

**Name:** Kieran Walsh
**DOB:** 19/08/2004
**NHS no.:** 485 777 3456
**Address:** Flat 3, 41 Cavendish Road, Salford M7 4WP
**Mobile:** 07700 900482
**GP:** Dr Helen Okonjo, Pendleton Medical Centre
**Referred by:** student wellbeing team at his university

**Presenting problem:** 20-year-old second-year engineering student. Panic attacks in lectures since October, now avoiding campus most days. Drinking to get to sleep. GAD-7 17, PHQ-9 13. No SI, no self-harm history.

**Formulation (draft):** Kieran describes himself as 'the one who got out' — first in his family to go to university. Predisposing: anxious temperament, high parental expectation. Precipitating: failed a module exam in first year. Perpetuating: avoidance, alcohol, safety behaviours (sits by the door, leaves early). Protective: close to his younger sister, plays five-a-side weekly.

It reads more like a list than a formulation. How would you tie it together? I'm using the Clark panic model for the cycle itself but the 'first in family' stuff feels like it matters more than the model lets it.""",
        [
            ("Kieran Walsh", "name"),
            ("Kieran", "name"),
            ("19/08/2004", "date"),
            ("485 777 3456", "id_number"),
            ("Flat 3, 41 Cavendish Road", "place"),
            ("Salford", "place"),
            ("M7 4WP", "place"),
            ("07700 900482", "phone"),
            ("Helen Okonjo", "name"),
            ("Pendleton Medical Centre", "organisation"),
        ],
    ),
    (
        "b20d-004",
        """Short one. Seeing a 15-year-old girl (Transition Year) referred by her GP for low mood and some self-harm — superficial cutting, last episode about three weeks ago. Parents separated last year and she splits the week between them. CAMHS declined the referral as not meeting threshold, which I half expected.

I've done a safety plan with her and she has Pieta's number and the 50808 text line saved in her phone. Mam is very engaged, Dad less so.

My question: has anyone used the Jigsaw online groups alongside 1:1? I'm wondering if it's worth suggesting for the summer, since I'm off for two weeks in August. Also any thoughts on involving the school guidance counsellor — she's asked me not to, and at 15 I want to respect that where I can without being naive about it.""",
        [],
    ),
    (
        "b20d-005",
        """Yeah I've had a few of these. Re your question about whether she can get more than 10 sessions under Better Access — no, the extra 10 were pulled at the end of 2022, so she's capped at 10 per calendar year on the MHCP unless you can get her into a PHN-funded program.

For what it's worth my client in a similar spot (nurse, night shifts, a lot of moral injury stuff post-COVID) found the cap actually helped focus the work. We did 6 sessions of CPT, then spaced the last four out monthly.

Side note, I was a bit thrown when she mentioned she works on the same ward at Westmead as my sister-in-law. I flagged it straight away and we agreed it was manageable, but worth having a plan for dual relationships if you're in a smaller specialty. Her partner Brodie came to one session near the end which was really useful for relapse prevention.""",
        [("Westmead", "organisation"), ("Brodie", "name")],
    ),
    (
        "b20d-006",
        """Kia ora koutou. Looking for some kōrero on integrating Te Whare Tapa Whā more genuinely rather than as a tick-box in assessment.

I'm Pākehā, working in an NGO in Northland, and a lot of my rangatahi are referred via school or Oranga Tamariki. Current one: 16yo tāne, whānau heavily involved, nan is the main carer. Taha wairua keeps coming up — he talks about feeling disconnected from his marae since moving towns — and I'm aware I'm not the right person to lead that. We've talked about bringing in a kaumātua.

Anyone done this well? Also curious what people use for outcome measures that don't feel culturally off. We use HoNOSCA but it doesn't capture much of what matters to whānau. Mason Durie's writing is great but I'm after practical examples of what people actually do in the room. Ngā mihi.""",
        [],
    ),
    (
        "b20d-007",
        """Would appreciate eyes on this SOAP note, my supervisor says I'm too wordy.

S: Client (14M) reports a "pretty bad week." States he stayed up until 3-4am most nights gaming, missed school Mon and Tues. Mother reports he became verbally aggressive when she unplugged the router on 2/9. Client states he plays mostly with online friends and identified one by his gamer tag, 'Vortex_Kai77', as his "best friend," whom he has not met in person.
O: Flat affect, minimal eye contact initially, warmed up when discussing games. Denied SI/HI. PHQ-A 14 (prev 11).
A: Depressive sx increasing, sleep disruption maintaining. Some concern re: online relationship — age of friend unclear.
P: Continue weekly. Psychoeducation on sleep w/ mother next session. Explore online friendship further, consider internet safety conversation. Coordinate with school counselor re: attendance (ROI on file).
CPT 90834.

Is the gaming detail too much? I wasn't sure what to cut.""",
        [("2/9", "date"), ("Vortex_Kai77", "handle")],
    ),
    (
        "b20d-008",
        """Update on the client I posted about in January (the early-30s woman with the long history of disordered eating who was thinking about going back to school). She was accepted into a practical nursing program starting in September and is thrilled — also terrified.

We've shifted focus to relapse prevention around the stress of clinical placements and shift work. Her dietitian and I are coordinating, and she's agreed to a "meal plan lite" for exam periods. EDE-Q global down from 3.9 to 2.1 over about 20 sessions.

Thanks to whoever suggested the Waller et al. CBT-T book, it gave us a good structure for the middle phase. Will probably taper to biweekly over the summer and see how she does.""",
        [],
    ),
    (
        "b20d-009",
        """**Supervision reflection — week 14**

Something I want to think through here rather than just in my own head. My client (woman, mid-50s, recently retired after a long career in the civil service) cancelled for the second time running, both times by text about an hour before. I noticed real irritation in myself, and then guilt about the irritation.

Patrick Casement's idea of 'trial identification' came to mind — trying to feel what it might be like from her side. She's spent most of our work talking about being the dependable one: caring for her mother through dementia, covering for colleagues, never taking sick leave in 30-odd years. Cancelling might be the first time she's let someone else hold the inconvenience.

My supervisor wondered whether my irritation mirrors how her family responded when she didn't show up for them. That landed.

Practical bits: CORE-10 went from 22 at assessment to 15 at session 10, so there's movement. She's on sertraline 100 mg via her GP. No risk concerns; she knows about Samaritans (116 123) and the out-of-hours line.

What I'm taking forward:
- Name the cancellations gently, curious not corrective
- Not rush to fill the space with 'homework'
- Notice my own need to be the dependable one (ahem)

Would be interested if others have written about parallel process around cancellations. I've got Casement and a bit of Lemma but not much else.""",
        [],
    ),
    (
        "b20d-010",
        """Ah this rings a bell. I had a young lad a couple of years back, same sort of picture — 19, farming background, great at the hurling until a knee injury, then drinking most weekends and very flat in himself.

What helped in the end was actually his mam, Siobhán, who rang me (with his consent) and said the one thing he still lit up about was coaching the under-12s at Crossmolina Deel Rovers. We built a lot of the behavioural activation around that. He was from just outside Ballina and the whole town knew him, so the shame piece was massive.

I'd say go gently on the alcohol stuff early on and lead with the identity loss. The AUDIT was useful as a conversation starter, not so much as a score. Good luck with him.""",
        [
            ("Siobhán", "name"),
            ("Crossmolina Deel Rovers", "organisation"),
            ("Ballina", "place"),
        ],
    ),
    (
        "b20d-011",
        """DAP note — posting for a peer who asked what mine look like for NDIS psychosocial clients. De-identified obvs.

D: Participant (40s, male) attended 50 min session via phone. Reported a "rough fortnight" — support coordinator changed, and his Centrelink payment was suspended for a missed appointment. Sleeping poorly. Denies current SI; last passive ideation "a few weeks ago". K10 = 31 (prev 27).
A: Increase in distress appears largely situational/systemic. Engaged well with problem-solving once the agenda was narrowed to one issue. Reflective capacity good. Protective factors: sister, dog, volunteering at a community garden on Thursdays.
P: Letter to Centrelink re: capacity (with consent). Review safety plan next session. Continue fortnightly, session 7 of 12 in current plan. Lifeline 13 11 14 reiterated. Plan review due in March.

Billing: Capacity Building — Improved Daily Living.""",
        [],
    ),
    (
        "b20d-012",
        """Hi all, new grad here, just started at a youth service and our intake form has me stumped on formulation. Pasting the top half so you can see what I've got — would love help with the 4Ps.

Client: Tama Rēweti (he/him)
DOB: 12/05/2008
NHI: ZAB4512
Address: 42 Kōwhai Street, Ōtaki
Contact: 021 555 3821 / mum's email hinemoa.reweti@xtra.co.nz
School: Ōtaki College, Year 11
GP: Dr Ruth Fale

Presenting: low mood, school refusal since Term 2, cannabis most days. Lives with mum and three younger siblings, dad in Australia with minimal contact. Strong connection to his koro, who passed in April. PHQ-A 17. No SI disclosed but he shut down when asked.

So far I've got grief as precipitating and cannabis as perpetuating... but I'm not sure what to do with predisposing when I know so little about early childhood. Should I be waiting a few sessions before I write one up?""",
        [
            ("Tama Rēweti", "name"),
            ("12/05/2008", "date"),
            ("ZAB4512", "id_number"),
            ("42 Kōwhai Street", "place"),
            ("Ōtaki", "place"),
            ("021 555 3821", "phone"),
            ("hinemoa.reweti@xtra.co.nz", "email"),
            ("Ōtaki College", "organisation"),
            ("Ruth Fale", "name"),
        ],
    ),
    (
        "b20d-013",
        """Couples folks — I've got a pair in their early 40s, married 15 years, two kids, textbook pursue-withdraw with a lot of what Gottman would call contempt from one partner (eye rolls, "here we go again"). We're 5 sessions in.

I trained in EFT basics (read Hold Me Tight, did the externship a few years back) and I'm trying to slow them down into the underlying attachment fears, but every session gets hijacked by whatever fight happened in the car on the way over.

Things I've tried: structured check-in at the start, a "parking lot" for logistics, a softened startup exercise. Helped a bit.

Question: when do you decide to pause conjoint work and do individual sessions? One partner disclosed heavy weekend drinking on the intake questionnaire that the other doesn't seem aware of. I use a no-secrets policy but this came in on a form before the first joint session, so I'm not sure where that leaves me.

Billing 90847, if that matters for anyone's answer re: insurance. Thanks.""",
        [],
    ),
    (
        "b20d-014",
        """Looking for thoughts on grief work with the very old. My client is a 93-year-old retired schoolteacher who moved into assisted living at Brookdale about four months ago after a fall. Cognitively she's sharp (MoCA 27/30 at her last neuro appointment). Her husband died in 2019 and she says she grieved him "properly." What she can't get past is losing her home and, honestly, her independence. Her daughter Marjorie visits weekly but my client describes these as "inspections."

I'm using a lot of life review / reminiscence (Butler) and some ACT around values, but I feel like I'm missing something developmentally. Erikson's integrity vs despair feels a bit too neat. Any recommended reading on late-life depression that isn't just about dementia? GDS-15 was 9.""",
        [("93", "age"), ("Brookdale", "organisation"), ("Marjorie", "name")],
    ),
    (
        "b20d-015",
        """Quick legal-ish question for BC folks. Client (late 20s, female) disclosed in session that her sister's partner is "rough" with the kids — she described a lot of yelling and one incident of grabbing a 6-year-old by the arm hard enough to leave marks. She's not the parent and doesn't live there.

My read of the CFCSA s.14 is that anyone with reason to believe a child needs protection has a duty to report to MCFD (or the delegated Indigenous agency), and that includes me now that I have the information, regardless of how I heard it. Is that how others understand it?

Client is anxious this will blow up the family, and we're only 4 sessions in. Rural Interior, so everyone knows everyone, which doesn't help. My plan is to talk it through with her Thursday and make the call together if she's willing, but I won't wait past that.""",
        [],
    ),
    (
        "b20d-016",
        """Process notes, session 8 — posting because I want help with what happened at the end.

Client came in chattier than usual. Talked about the weekend: "me and Kayleigh went down Ashton market Saturday, got Tyson a new lead, he's been pulling like mad." (Tyson is the dog — a Staffie she got after her ex left.) I noticed I felt relieved, like 'good, she's getting out.'

Middle of session was about her mum's health, fairly flat, some tearfulness.

Last five minutes she said, quite casually while putting her coat on, "I've been thinking it'd be easier if I just wasn't here." I asked her to sit back down and we did a brief risk assessment — no plan, no intent, protective factors the dog and her niece. She said she "didn't mean it like that." We updated the safety plan and I gave her the crisis line and the Samaritans number again.

What I'm struggling with is the doorknob timing. Was this a test of whether I'd stay with it? I ran 10 mins over, which I don't normally do. Thoughts welcome, especially from the psychodynamic folk.""",
        [("Kayleigh", "name"), ("Ashton", "place"), ("Tyson", "name")],
    ),
    (
        "b20d-017",
        """Group notes — DBT skills group, week 4 of 24 (distress tolerance module)

Attendance: 7 of 8 (one apology, illness).
Mindfulness: "observe the sound" exercise, 3 mins. Two members found it very hard, one left the room briefly and returned.
Homework review: most completed diary cards. One member reported using TIPP (cold water) during an urge at the weekend and was visibly proud. Good moment for the group.
Teaching: ACCEPTS. Lots of laughter over the Comparisons skill — one member said comparing herself to others is the whole problem, not the solution, which led to a good discussion of how Linehan frames it.
Process observations: the two younger members are starting to pair off during breaks; co-facilitator and I will watch for it becoming a subgroup.
Risk: no new concerns raised in group. One member to be followed up 1:1 by her individual therapist re: a comment about "not being around for Paddy's Day."
Next week: IMPROVE the moment. Reminder that we're in the upstairs room for the next three weeks.""",
        [],
    ),
    (
        "b20d-018",
        """Following up on my post from last week about the Year 10 girl with the online stuff. Update: school rang me Friday the 21st (consent on file) to say a video of her had been shared around the year group. It's on TikTok under an account called @mtcarmel_tea — not hers, a kind of gossip page. She's mortified.

The school (she's at Mount Carmel, so small Catholic school, everyone knows everyone) has been decent, and the eSafety Commissioner report went in the same day.

She's currently saying she won't go back. Mum wants to pull her out. I'm trying to slow everyone down. Anyone dealt with image-based abuse at this age? Also, is there a good guide for parents that isn't terrifying? eSafety has some but it's a lot to hand a parent who's already panicking.""",
        [
            ("Friday the 21st", "date"),
            ("@mtcarmel_tea", "handle"),
            ("Mount Carmel", "organisation"),
        ],
    ),
    (
        "b20d-019",
        """Kia ora — not sure this helps but for after-hours we give everyone 1737 (free call or text) and Youthline 0800 376 633 for the under-25s.

For your client specifically (early 20s, first episode, not keen on medication) I'd also loop in the early intervention team if your region still has one; ours takes self-referrals now. Matariki long weekend might be a good time to check in with whānau about who's around if things get rough.

And honestly, 20 minutes of kōrero with him about what "getting better" would look like in his own words did more for engagement with a similar young fella than all my psychoeducation ever did.""",
        [],
    ),
    (
        "b20d-020",
        """Long-time lurker, first post. Community care provider for the VA, seeing a 36-year-old Marine vet with chronic PTSD. He served with 2nd Battalion, 7th Marines in Helmand, and the index trauma is an IED strike on July 4, 2011 — he lost two guys from his platoon that day. PCL-5 at intake was 58. We've done 6 sessions of CPT and the stuck points are almost entirely guilt ("I should have been in the lead vehicle").

He's on prazosin 5 mg and sertraline 150 mg, sleeping better. The issue is the anniversary — it's coming up and every year he goes on a bender over the holiday. Last year ended with a DUI.

Anyone done anniversary-reaction planning specifically with combat vets? I'm thinking of front-loading an extra session the week before and building a plan with his wife, but I'd love to hear what's worked. Also open to hearing whether I should shift to PE for a while — he's ambivalent about imaginal exposure.""",
        [("2nd Battalion, 7th Marines", "organisation"), ("July 4, 2011", "date")],
    ),
    (
        "b20d-021",
        """Posting the intake summary for the client I mentioned in peer consult on Tuesday — please tell me if my risk formulation is off.

**Client:** Marc-André Tremblay, 41
**DOB:** March 3, 1983
**OHIP:** 4821-557-903-KT
**Address:** 88 Elm Street, Sudbury, ON P3E 2C6
**Phone:** 705-555-0148
**Employer:** underground miner with Vale, currently off on WSIB
**Referral:** EAP

**Summary:** Francophone man, married, two teenage children. Off work since a rockfall incident eight months ago in which a coworker was seriously injured. Nightmares, irritability, drinking 6-8 beers most nights (AUDIT 22). PCL-5 49. Wife has threatened to leave. Passive SI ("the family would be better off with the insurance"), denies plan. Owns a hunting rifle, which has been stored at his brother-in-law's since last week at his wife's insistence.

**My formulation:** moderate chronic risk with acute elevation factors (alcohol, perceived burdensomeness, access to means until recently). Seeing him weekly and coordinating with his family doctor. Am I underestimating this?""",
        [
            ("Marc-André Tremblay", "name"),
            ("March 3, 1983", "date"),
            ("4821-557-903-KT", "id_number"),
            ("88 Elm Street", "place"),
            ("Sudbury", "place"),
            ("P3E 2C6", "place"),
            ("705-555-0148", "phone"),
            ("Vale", "organisation"),
        ],
    ),
    (
        "b20d-022",
        """Quick sense-check. School counsellor, secondary, England. Year 11 pupil, 15, wants to keep sessions confidential from her parents — nothing dramatic, mainly exam anxiety and some friendship stuff, no safeguarding flags. My understanding is she's Gillick competent to consent to counselling and I don't need parental consent, but the head of year is pushing to "keep parents in the loop." BACP guidance seems to back me, and our DSL agrees but doesn't want to fight the head of year on it.

How have others handled this? I don't want to torpedo the working relationship with pastoral staff, who are lovely and refer a lot. GCSEs start in May and she's at the point where sessions are really helping (YP-CORE down from 24 to 15). I've signposted Childline and Kooth as well in case she wants something over half-term.""",
        [],
    ),
    (
        "b20d-023",
        """Bit of a boundary question. A client (30s, on the HSE waiting list for ages before coming to me privately) has started emailing me between sessions — long emails, sometimes late at night. She uses a personal address, sunflower.ab88@gmail.com, and one came through last week that she'd clearly written on her break, because it mentions the canteen at Midland Regional. Nothing risky in them, mostly reflections on session, but they're getting longer and she asked on Tuesday whether I'd read them before our next appointment.

I haven't set a clear email policy with her (my contract says "admin only" but I've not been strict). How would you reintroduce the frame without it landing as rejection? She has a significant abandonment history and I can already picture it going badly.""",
        [("sunflower.ab88@gmail.com", "email"), ("Midland Regional", "organisation")],
    ),
    (
        "b20d-024",
        """Anyone work much with FIFO workers? Got a bloke (late 30s) on a 2-and-1 roster out in the Pilbara, sessions are telehealth on his off-weeks only, which makes continuity patchy. Drinking heavily on his weeks home (AUDIT 19), relationship strain, and what sounds like a lot of shame about "not being there" for his kids. Came via his company EAP for 3 sessions and is now on a MHCP with a gap fee.

He was keen on naltrexone — GP started him on 50 mg — and honestly engagement has been better since. I'm using MI plus some ACT defusion stuff. My question is more about structure: do you keep sessions to off-weeks, or offer short check-ins from site? Camp wifi is rubbish and there's zero privacy in the dongas, so I'm not sure it's fair to ask. Christmas is his next long stretch at home and I'm already bracing for it.""",
        [],
    ),
    (
        "b20d-025",
        """Kia ora, keen for input. Client is a woman in her early 40s, Samoan, lives in Porirua with her husband and four kids, works nights at Countdown. Came in via her GP with what looks like postnatal depression that's gone unrecognised since her youngest (now 2). Very strong church involvement and a lot of family obligation — she's also the main carer for her husband's grandfather, who's 94, and does his meds every morning before she sleeps.

She's not keen on medication. I'm trying to work within the Fonofale model and not pathologise the family stuff, but the exhaustion is extreme and her EPDS was 21. Has anyone linked in Pasifika-specific support services that actually have capacity? Our local one has a ten-week wait.""",
        [("Porirua", "place"), ("Countdown", "organisation"), ("94", "age")],
    ),
    (
        "b20d-026",
        """Sharing a BIRP template since someone asked in the students thread. This is a real note with details changed / removed.

B: Client (15F) presented as irritable, slumped in chair, picking at nails. Reported conflict with a teacher over late assignments. Parent reports client "forgot" methylphenidate ER 36 mg three days this week.
I: Reviewed weekly planner together, identified two assignments to prioritize. Role-played asking the teacher for an extension. Validated frustration re: 504 plan accommodations not being followed; discussed client advocating for herself at next 504 meeting.
R: Engaged after the first 10 minutes. Rehearsed the request twice, laughed at one point. Agreed to set a phone alarm for the morning dose. Denied SI.
P: Continue weekly. Coordinate with school counselor re: 504 (ROI signed). Review medication adherence with parent. Next session Monday after spring break.

Dx: F90.2. CPT 90834 (45 min).""",
        [],
    ),
    (
        "b20d-027",
        """Looking for a francophone colleague's take on this, or anyone who works alongside the CLSC system. Client (early 30s, F) in the middle of a messy separation, two kids under 5. Her ex, Jean-François, has started showing up at her work unannounced. No physical violence reported but a lot of coercive control markers — monitoring her phone, controlling money during the relationship. She's moved back in with her parents in Trois-Rivières, which has helped.

She's reluctant to involve police. I've given her the SOS violence conjugale line (they're excellent, 24/7). My question is how hard to push safety planning when she keeps minimising. The Danger Assessment came out moderate. She's on a waitlist for psychosocial services at her local CLSC as well, but I'm seeing her privately in the meantime.""",
        [("Jean-François", "name"), ("Trois-Rivières", "place")],
    ),
    (
        "b20d-028",
        """## Case presentation for peer group — a 'stuck' case

**Background**
Man in his late 40s, referred to our CMHT by his GP after a second episode of severe depression in three years. Lives alone in a small town in the central belt since his divorce. Works part-time in a warehouse, previously a manager in the same industry. One adult daughter, intermittent contact. Father had "bad nerves", never treated; mother died when client was 12.

**Presentation**
PHQ-9 19, GAD-7 15 at assessment. Early-morning waking, loss of appetite (about 6 kg over four months), pervasive guilt and self-criticism. Passive SI, no plan, no previous attempts. On mirtazapine 30 mg (started by GP); says it helps sleep but little else.

**Formulation so far**
I've been using a compassion-focused frame (Gilbert): very overdeveloped threat system, almost no soothing system to speak of. He describes his inner critic as "a sergeant major." Early loss of mother and a father who couldn't tolerate emotion fits well with Bowlby's ideas around compulsive self-reliance.

**Where we're stuck**
12 sessions in. He engages, turns up on time, does the homework. But any compassionate imagery exercise gets a flat "I know what you're after, and it's daft." Scores have barely shifted (PHQ-9 17 at session 12). I wonder if I'm pushing a model he experiences as soft.

**Questions for the group**
1. Would you switch approach (e.g. BA, or more behavioural CBT) or persist?
2. How do you work with someone for whom self-compassion is itself shaming?
3. Has anyone used a real 'compassionate other' — e.g. a good boss he once had — rather than an imagined ideal?

Risk continues to be monitored; he has NHS 24 (111) and Breathing Space and has used the latter once.""",
        [],
    ),
    (
        "b20d-029",
        """Follow-up to my post on the custody report. Solicitor has been in touch — the hearing is now listed for the 12th of March in the District Court, and the record number they quoted is 2023/4417. I've been asked for a letter confirming attendance and engagement only, not a clinical opinion, which I'm relieved about.

Anyone have a template they'd share? I want to keep it to the bare minimum given he's still my client and I don't want the therapy turned into evidence. Thanks to everyone who replied last time, especially re: the difference between a treating clinician's letter and an expert report.""",
        [("12th of March", "date"), ("2023/4417", "id_number")],
    ),
    (
        "b20d-030",
        """Sorry for the long post — I want to check what I'm actually required to include when writing back to the GP under a MHCP. This is what I've drafted:

Re: Leanne Maree Kovac, DOB 07/11/1986
Medicare: 2953 41726 1
5/22 Banksia Ave, Frankston VIC 3199
Mob 0412 555 873

Dear Dr Raman,
Thank you for referring Leanne, who has now attended six sessions under her Mental Health Treatment Plan. She presented with panic disorder with agoraphobia following a panic attack at work (she is a team leader at Bunnings) in May. DASS-21 at intake: D 14, A 26, S 22. We have used interoceptive exposure and graded in vivo exposure; she is now driving short distances and has returned to work part-time. Current DASS-21: D 6, A 12, S 14. I recommend a further four sessions to consolidate gains.

Is it normal to include the whole identifying block at the top? Our practice manager says yes, my supervisor says minimum necessary.""",
        [
            ("Leanne Maree Kovac", "name"),
            ("Leanne", "name"),
            ("07/11/1986", "date"),
            ("2953 41726 1", "id_number"),
            ("5/22 Banksia Ave", "place"),
            ("Frankston", "place"),
            ("3199", "place"),
            ("0412 555 873", "phone"),
            ("Raman", "name"),
            ("Bunnings", "organisation"),
        ],
    ),
    (
        "b20d-031",
        """Reflection after a whānau hui today — posting because I'm still a bit rattled and want to think out loud.

Rangatahi (14, wahine) referred for self-harm. Oranga Tamariki social worker present, plus mum, aunty, nan, the school counsellor, and me. I'd prepared a whole formulation to share and within five minutes realised it was the wrong approach entirely. Nan opened with a karakia and then it was 40 minutes of whakapapa and who was connected to whom before anyone said a word about the actual concerns. I tried to gently steer us toward the safety plan twice and got some pointed looks.

What actually moved things was when aunty said, "she needs to know she belongs to us, not just to her problems." The plan we ended up with is basically whānau-led: she'll stay with aunty on weekends, nan will bring her to sessions on Tuesdays, and the school counsellor will check in at lunch.

My learning: I held too tight to a clinical script. Next time I'll ask beforehand how the whānau would like the hui to run. Any reading on tikanga in clinical hui would be welcome — I've read the Te Pou guidance but it's fairly high level.""",
        [],
    ),
    (
        "b20d-032",
        """Hey all. Client (mid-20s, F, BPD dx, in DBT with me for about 8 months) sent me a link to her blog over the weekend — brokenbutblooming.wordpress.com — with a note saying she "wanted me to see the real her." Some of the posts are about our sessions (not naming me, but pretty recognizable). Some are about her sister Destiny and are... not kind. Nothing risky that I could see.

I haven't read more than the first couple of posts. Part of me thinks reading it is boundary creep and part of me thinks ignoring it will feel like rejection. Linehan would probably say treat it as a behavior to be understood, not rewarded or punished. How would you handle it in session? And do you document that you received it?""",
        [("brokenbutblooming.wordpress.com", "url"), ("Destiny", "name")],
    ),
    (
        "b20d-033",
        """Replying re: the 13-year-old with restrictive eating — we use FBT (Lock and Le Grange manual) as first-line and it sounds like a good fit given both parents are on board. A few things from my years in a hospital-based program in Alberta:

- Phase 1 is brutal for parents. Normalise that early. The family meal in session 2 is often the most revealing hour of the whole treatment.
- Keep medical monitoring with the paediatrician tight — weekly weights, vitals. If %mBMI drops below about 75% or resting HR under 50, that's an inpatient conversation.
- Externalising the illness ("that's the ED talking") really helps siblings too.
- Don't let the school set up a separate meal plan. One plan, parents in charge.

Also: the Maudsley approach doesn't mean you ignore the individual stuff forever, it just waits. We usually see Phase 3 adolescent issues come up around month 6-9. Happy to chat by DM if useful.""",
        [],
    ),
    (
        "b20d-034",
        """Update on the stalking case (client in her 30s, harassment from an ex-partner). Police have finally taken it seriously after she brought in the log we'd been helping her keep. The messages from the fake accounts all trace back to the same IP address, 86.14.201.77, which her brother (works in IT) spotted in the email headers. She's now been told to see a solicitor about a non-molestation order.

Clinically she's exhausted but weirdly steadier now that someone's listening. I'm noticing I'm doing a lot of practical support in session and less therapy. Is that OK for now? She's only got 12 sessions through the EAP and we're on session 9. Her ex, Dean, is apparently telling mutual friends she's "making it all up", which has hit her hard.""",
        [("86.14.201.77", "ip"), ("Dean", "name")],
    ),
    (
        "b20d-035",
        """Anyone here work with farming families? Couple in their 50s, dairy farm in the west, referred by their GP after the husband had what sounds like a panic attack at the mart. Main issue is him vs. their eldest son over succession — son wants to take over and modernise, husband can't let go, wife in the middle. She's the one who made the call and she's carrying most of the emotional load.

A structural lens is helpful (Minuchin on boundaries between subsystems) but I'm conscious there's a whole cultural and economic layer — land, identity, "what will the neighbours say." The husband's PHQ-9 was 15 but he'd be mortified to hear it called depression.

I've pointed them at the national farm succession supports, but they need space to actually talk to each other first. Has anyone had joint sessions with the adult son as well? Wondering if it's too soon. Calving finishes in April so they've more time after that, apparently.""",
        [],
    ),
    (
        "b20d-036",
        """Late reply but — I've had good luck with sport metaphors for blokes who won't touch "feelings" language. Current client (17, male, anxiety + some panic) is obsessed with the NRL and we've basically built his whole CBT plan as a game plan: the panic is the opposition's tactic, the breathing is his set play, the thought record is the video review on Monday. He's even started rating his anxiety like a player's performance out of 10.

He plays local footy himself and the club's been good about him sitting out a couple of games. I'd be careful not to make it a gimmick, but for adolescent boys especially it takes the shame out. Also worth reading the Black Dog Institute stuff on young men and help-seeking, it's decent. Good luck with yours.""",
        [],
    ),
    (
        "b20d-037",
        """### Peer review — PTSD after workplace injury

**Client:** Man, early 50s, Pākehā, builder. Accepted ACC claim following a fall from scaffolding about 14 months ago (fractured pelvis, long rehab).
**Referral:** ACC via his case manager, for psychological treatment after his GP noted nightmares and avoidance.

**Presentation:** PCL-5 52. Nightmares 4-5 nights a week, avoidance of building sites and anything at height (including ladders at home), irritability, significant guilt — his apprentice was the one who called the ambulance and he feels he "made the boy watch." Drinking moderately. No SI. Prazosin started by GP, 1 mg and titrating.

**Treatment so far:** 8 sessions. EMDR preparation phase (Shapiro's protocol) — resourcing, calm place — went fine. He's resisted moving into processing; each time we set a target, he reschedules.

**Thinking:** I suspect the avoidance is about the guilt more than the fear. Wondering if a few sessions of cognitive work on the guilt (Kubany's work is good here) before returning to EMDR processing would help.

**Questions:**
- Anyone combined modalities like this under ACC? My understanding is the treatment plan just needs updating.
- Tips for working with stoic tradies who see therapy as "a chat"?

Ngā mihi.""",
        [],
    ),
    (
        "b20d-038",
        """New to private practice + CPS-involved families, and I want to make sure my intake summary is appropriate to send to the caseworker. Can someone tell me if this is way too much?

Client: Jaylen Marcus Brooks (minor, 11)
DOB: 10/02/2013
Medicaid ID: 7741092358
Guardian: grandmother, Mrs. Loretta Brooks
Address: 1520 Carrollton Ave, Apt 4B, New Orleans, LA 70118
Phone (guardian): (504) 555-0192
School: 5th grade, Bienville Elementary
DCFS case #: LA-24-0883716
Caseworker: Ms. Tanya Richard

Presenting concerns: Placed with grandmother after removal from mother's care in the spring. Nightmares, enuresis, aggression at school (2 suspensions this year). Trauma history includes witnessing DV. UCLA PTSD-RI elevated. Plan: TF-CBT, weekly, with grandmother as caregiver participant.

I've only got an ROI for the caseworker, not the school, if that changes anything.""",
        [
            ("Jaylen Marcus Brooks", "name"),
            ("10/02/2013", "date"),
            ("7741092358", "id_number"),
            ("Loretta Brooks", "name"),
            ("1520 Carrollton Ave, Apt 4B", "place"),
            ("New Orleans", "place"),
            ("70118", "place"),
            ("(504) 555-0192", "phone"),
            ("Bienville Elementary", "organisation"),
            ("LA-24-0883716", "id_number"),
            ("Tanya Richard", "name"),
        ],
    ),
    (
        "b20d-039",
        """Just to add to my earlier reply — I did get consent to talk to her psychiatrist, Dr. Anand Bhatt at the Royal Ottawa, and he's open to slowing the lamotrigine taper given how she did last time. So we're going to hold at 150 mg through the winter and revisit in the spring. Nice to have a psychiatrist who actually calls back.

Her mood charting (she uses eMoods) has been really useful for those conversations — I'd recommend it for anyone with bipolar II clients who like apps.""",
        [("Anand Bhatt", "name"), ("Royal Ottawa", "organisation")],
    ),
    (
        "b20d-040",
        """Licensure question. I'm an LPC in Colorado, PSYPACT doesn't apply to me (not a psychologist), and a client of 2 years is moving out of state for grad school in August. She wants to continue — we're midway through some solid trauma work. As far as I know the Counseling Compact isn't issuing privileges yet. Options I've seen:

1. Get licensed in the new state (slow, expensive)
2. Refer out with a warm handoff, maybe a few overlap sessions
3. See her only when she's physically back in Colorado over breaks (seems clunky)

Has anyone navigated the Compact timeline recently? And for the warm handoff, how many overlap sessions do you do? I'd like to protect her PCL-5 gains (58 down to 31). Also making sure she has 988 and her campus counseling center info from day one.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b20d"}
        for doc_id, text, items in DOCS
    ]
