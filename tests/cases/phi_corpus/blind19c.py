"""Blind batch b19c, written by a helper session without sight of the guard. Forty posts by
clinicians in Australia and New Zealand: headspace and youth services, public adult and older
persons' mental health, private practice under Better Access, EAP and critical-incident work,
AOD and housing NGOs, Aboriginal community-controlled SEWB teams, kaupapa Maori services, NZ
Access and Choice primary care, school counselling and rural practice. Genres: intake
summaries, consultation questions, forum replies, follow-ups, SOAP/DAP/BIRP notes, process
notes, supervision reflections, group notes and closing takeaways. Half carry identifiers
(client, family, teacher and clinician names including a lower-case name in a quote, a pet and
an ordinary-word nickname; suburbs, towns, a farm, a marae, street address and postcodes; DOBs,
day-month dates, "Friday the 21st", a holiday with a year; ages over 89; phones, emails, a blog
URL, an IP address, Instagram/Discord handles; Medicare, NHI, ACC, NDIS, URN, court file and
vehicle registration numbers; schools, kura, hospitals, employers and an NDIS provider), from
one slip to full intake headers. The clean half is dense with look-alikes: MBS items (2715,
2712, 80010, 291, 715), ICD-10-AM codes, K10/DASS-21/HoNOS/EPDS/PCL-5 and other scores,
medications and doses, cited authors and books (Durie, Pere, Atkinson, Linehan, Gottman,
Large, Lock and Le Grange), national services and hotlines (Lifeline, 13YARN, 1737, QLife,
PANDA, NDIS, Centrelink, ACC, Oranga Tamariki, Work and Income), states and regions (the
Wheatbelt, Bowen Basin, Central West NSW, Southland), public figures, months, weekdays and
holidays without years (Matariki, Anzac Day, Waitangi weekend, King's Birthday).

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged) at ecaa09f, whose second look was trained on rounds up to 18: the
rules alone 0.937, 0.822, 0.800, 0.250; with the second look (threshold 0.25) 0.924, 0.912, 0.750, 0.150.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b19c-001",
        """**Intake summary — headspace, for MDT allocation**

**Client:** Tayla Brennan, 16 (DOB 03/09/2008)
**Lives:** with mum and stepdad in Kingswood, 2747
**School:** Year 11 at Cambridge Park High School, currently on a partial attendance plan
**Contact:** mobile 0431 288 905 (prefers text); mum's email kbrennan.home@bigpond.com
**Medicare:** 4281 55039 2, IRN 1

**Referral**
GP (Dr Hamish Lutui) on a MHTP (item 2715) after a disclosure of self-harm — superficial cutting to forearms, last episode about 10 days ago. K10 at intake 36. PHQ-A 19, item 9 scored 1.

**Presenting concerns**
Low mood since the middle of last year, withdrawal from netball and friends, sleep onset around 2am (scrolling TikTok), appetite down. Denies current plan or intent. Protective factors: younger brother, her dog, wants to finish the HSC.

**HEEADSSS highlights**
- Home: conflict with stepdad, no DV disclosed, will rescreen alone.
- Education: falling behind in maths and English; year adviser Ms Fakatava is aware and supportive.
- Activities: quit netball in term 2.
- Drugs: vapes daily, alcohol at parties maybe twice a month.
- Sexuality: not explored at intake.
- Suicide/self-harm: as above; safety plan completed on the BeyondNow app.
- Safety: no online safety concerns disclosed.

**Formulation (brief, working)**
- Predisposing: family history of depression (mum, treated with sertraline), separation of parents at age 6, perfectionistic temperament.
- Precipitating: falling out with her netball friendship group; conflict at home since stepdad moved in.
- Perpetuating: sleep disruption, avoidance of school, late-night social media, self-harm as the main way of regulating.
- Protective: attached to younger brother, engaged at intake, mum supportive and wants to be involved.

**Risk**
Chronic-moderate with no acute escalation at intake. No access to medications beyond paracetamol at home (mum has agreed to lock these away). Discussed Kids Helpline (1800 55 1800) and Lifeline (13 11 14); she has both saved in her phone. Knows to present to ED if she can't keep herself safe.

**Plan**
Allocate to a clinician with DBT-informed skills. Youth access clinician review if K10 is still above 30 at session 3. Parent session with her consent. GP to be updated after session 2.""",
        [
            ("Tayla Brennan", "name"),
            ("03/09/2008", "date"),
            ("Kingswood", "place"),
            ("2747", "place"),
            ("Cambridge Park High School", "organisation"),
            ("0431 288 905", "phone"),
            ("kbrennan.home@bigpond.com", "email"),
            ("4281 55039 2", "id_number"),
            ("Hamish Lutui", "name"),
            ("Fakatava", "name"),
        ],
    ),
    (
        "b19c-002",
        """**Better Access after the cap went back to 10 — what is everyone doing?**

Clinical psych in private practice, regional Victoria. Genuine question, not a vent (ok, a bit of a vent).

Client is a woman in her late 40s, recurrent MDD (F33.1), on a GP Mental Health Treatment Plan (item 2715, so the GP has done the mental health skills training). She's had 6 sessions under 80010 and the GP review (2712) is booked for next Wednesday. DASS-21 at intake D 24 / A 14 / S 28; at session 6 D 16 / A 10 / S 22. Moving, but not done. She's on desvenlafaxine 100 mg and has really taken to CFT — Gilbert's three-circle model clicked for her in a way straight CBT never did with her previous psychologist.

Under the current rules she has 4 left for the calendar year. The extra 10 that were available from late 2020 through December 2022 would have carried her through nicely. I'm weighing:

1. Spacing to fortnightly and hoping the gains hold.
2. Bulk billing the rest and then privately billing at a reduced fee (she's on a part-time income).
3. Stepping her into PHN-commissioned psychological services — our local program has an 8-week wait and wants a fresh referral.
4. Using MindSpot or THIS WAY UP as a bridge between sessions.

I know the evaluation (Pirkis and colleagues) is part of why this changed, but on the ground it feels like we're discharging people at the worst possible point. How are others handling the January reset — do you hold a session or two back for the new year?""",
        [],
    ),
    (
        "b19c-003",
        """Supervision reflection — noticing my own stuff

Writing this up for my peer supervision group because I'm still chewing on it. Client is a man in his early 30s, eight sessions in, referred under a MHTP for what the GP called 'anxiety' but which is looking much more like grief plus a big dose of shame. His partner left last winter.

In session 8 he brought in a voice memo and played it before I'd really decided whether I wanted to hear it — Mitchell's voice, saying some pretty cutting things about him being 'a project, not a person'.

What I noticed: I got angry on his behalf, fast. My face did something and he saw it. He said 'see, even you think he's awful', and suddenly we were in a triangle I hadn't agreed to join. When I took it to my own supervisor she wondered whether my reaction had less to do with him and more to do with my history of being the fixer in relationships. Fair.

Things I'm sitting with:
- Karpman's drama triangle is a bit pop-psych, but it named it for me — I'd slid into rescuer.
- Safran and Muran on ruptures: I want to go back next session and name it rather than hope it passes.
- Whether to set a norm about recordings of third parties. I don't love therapy turning into an evidence review.

Anyone have a way of saying 'I'd rather we talk about your experience of him than listen to him' that doesn't land as rejecting? He's already primed to hear that he's too much.""",
        [("Mitchell", "name")],
    ),
    (
        "b19c-004",
        """**Using Te Whare Tapa Whā as more than a poster on the wall**

Kia ora e te whānau. I'm a Pākehā clinician working inside a kaupapa Māori service in the central North Island, and I've been reflecting with our clinical lead and pou tikanga about how easily Te Whare Tapa Whā becomes a box-ticking exercise. Sharing where I've got to, and very open to correction.

Tauira (composite, details changed): a rangatahi wahine in her mid-teens, referred from ICAMHS after a period of low mood and school refusal. Oranga Tamariki had been involved earlier in her childhood; not currently. Her mum and two aunties came to the first hui.

What we did differently:
- **Taha wairua first.** Instead of opening with a K10 and the HoNOSCA, we began with whakawhanaungatanga and karakia, and let her nan talk about where the whānau comes from. The measures came at hui three.
- **Taha whānau as the unit of work.** Most of the change happened at whānau hui, not in 1:1 sessions.
- **Taha tinana.** Sleep, kai, and getting her to the GP for bloods she'd been avoiding.
- **Taha hinengaro.** Only then some CBT-informed work, framed around whakamā rather than 'negative thoughts'.

Durie's writing (Whaiora is still the one I go back to), the Meihana model (Pitama and colleagues, 2007) and Rose Pere's Te Wheke have kept me honest. Hua Oranga has meant more to whānau than the HoNOSCA at review.

Over Matariki the whānau asked to hold a hui at home with kai, and honestly that did more than the previous four sessions.

Pātai for others: how do you document Te Whare Tapa Whā so it still fits PRIMHD reporting without stripping out the meaning?""",
        [],
    ),
    (
        "b19c-005",
        """**EAP — session 2 of 3, notes for case consult**

Manager-referred, though he was clear he came 'because HR told me to'. Mid-50s, forklift operator on night shift at the Woolworths distribution centre in Erskine Park, 22 years with the company. The trigger was a near miss with a pedestrian in the loading dock; no one hurt, but he's been stood down pending the investigation and is home during the day for the first time in decades.

Presentation: flat, irritable, sleep broken (lies awake 'doing the shift in my head'), drinking more — AUDIT-C 8, up from what he describes as 'a couple of beers on a Saturday'. K10 29. No SI, denies plan, says his grandkids 'keep him honest'. He's furious with his supervisor, Dale, who he believes 'threw him under the bus' in the incident report.

Session 2 was mostly psychoeducation about acute stress reactions and shift-work sleep, plus problem-solving about what he can actually control in the investigation. The union is now involved.

Question for the group: at three sessions I can't do much more than stabilise and bridge. I'm thinking GP for a MHTP and a Better Access referral, but he's wary of anything going on his 'record'. How do others explain the difference between EAP confidentiality and Medicare-funded sessions? He's got the idea that a psychologist under Medicare reports back to the employer.""",
        [("Woolworths", "organisation"), ("Erskine Park", "place"), ("Dale", "name")],
    ),
    (
        "b19c-006",
        """**SOAP — community mental health, case manager review**

**S:** Client (early 40s, schizophrenia F20.0, on a Community Treatment Order) seen Thursday at the clinic for depot and review. Says he's 'doing alright'. Sleeping 9-10 hrs, more tired since the dose increase. Denies command hallucinations; still hears 'the neighbours talking' in the evenings, less distressing. Smoking about 25 cigarettes/day, no cannabis since winter per his report. Worried about his Centrelink DSP review letter and wants help with the forms.

**O:** On time, neatly dressed, good rapport. Mild psychomotor slowing. Thought form linear; residual persecutory content about neighbours, not acted on. No SI/HI. Insight partial, judgement fair. Paliperidone palmitate 150 mg IM (Invega Sustenna, monthly) given left deltoid, no issues. Weight 112 kg (+3 kg in 3 months), waist 118 cm, BP 138/88. HoNOS 14 (17 in March). LSP-16 21.

**A:** Stable with partial response of positive symptoms. Metabolic parameters worsening — needs fasting glucose and lipids, and a conversation with the consultant about whether aripiprazole LAI (Abilify Maintena) would be a better metabolic fit. DSP review a real stressor; losing the payment would destabilise his housing.

**P:**
1. Fasting glucose, HbA1c and lipids via the GP this week.
2. Raise antipsychotic switch at MDT on Tuesday.
3. Book a Centrelink appointment and attend with him; complete DSP medical evidence with the consultant.
4. Offer Quitline referral again (declined twice) and ask GP about varenicline.
5. CTO review with the Mental Health Review Tribunal due next quarter — start the report.
6. Review in 4 weeks with next depot.""",
        [],
    ),
    (
        "b19c-007",
        """Consult: online harassment of a 15-year-old, and where my role ends

I'm at a headspace centre, seeing a 15-year-old (she/her) for about two months for social anxiety and low mood. Last session she showed me an Instagram account, @not.ur.angel_x, that's been posting edited photos of her with captions about her weight. She thinks it's a girl in her friendship group — Kaden's girlfriend — but isn't sure.

She's also spending most nights on a Discord server where she goes by duskwolf_44, and says the people there 'are the only ones who get it'. Some of what she describes sounds supportive; some of it (people sharing 'methods', a channel for rating self-harm photos) is worrying.

What I've done: reviewed the safety plan, formulated risk as chronic-moderate with an acute rise around the posts. We made the report to the eSafety Commissioner together in session. Gave her Kids Helpline (1800 55 1800) for after hours. Mum knows about the Instagram account but not the Discord.

What I'm unsure about: how far to push on the Discord piece without wrecking the alliance. She told me because she trusts me. Has anyone used the eSafety youth resources in session, or had luck with a harm-minimisation stance on online communities rather than 'just get off it'? I'm mindful that the research on self-harm spaces online (Lavis and Winter, among others) suggests they're not uniformly harmful.""",
        [("@not.ur.angel_x", "handle"), ("duskwolf_44", "handle"), ("Kaden", "name")],
    ),
    (
        "b19c-008",
        """Reply to 'Anyone else in rural practice feeling stretched?' — yes, very much.

I'm a social worker/counsellor covering a patch of the Wheatbelt roughly the size of a small European country. Some weeks I drive 900 km. A few things that have kept me going:

- **Telehealth, but not only telehealth.** The farmers I see will do video once they've met me face to face. The first session in person, even at the kitchen table, makes the rest work. Plenty won't come to the 'mental health' building in town, so I see people at the CWA hall or an empty footy clubrooms on a weekday.
- **Use the people already trusted.** The RFDS mental health team, the Rural Financial Counselling Service, the ag reps, the GP who's been there 30 years. I get more referrals through financial counsellors than through MHTPs.
- **Respect the seasons.** Harvest is a terrible time to book anyone. Seeding too. Late winter after a dry autumn is when my phone rings most.
- **Look after the look-after-ers.** Black Summer and then the floods wore out volunteers everywhere. I run an informal peer group for local first responders on the first Monday of the month — no notes, no forms.
- **What I hand out:** Lifeline (13 11 14), Beyond Blue (1300 22 4636), the Suicide Call Back Service, Ifarmwell for people who'd rather do it on their phone, and The Ripple Effect for blokes who won't talk to anyone yet.

For anyone new out here: you will run into clients at the IGA and the footy. Raise it in the first session, agree a plan ('I won't say hello unless you do'), and stick to it.

And R U OK? Day is fine, but what actually helps is the conversation in March when nobody's running a campaign.""",
        [],
    ),
    (
        "b19c-009",
        """Follow-up to my post a few weeks ago about the bereaved mum — thanks to everyone who replied.

Quick update and a new question. We've been working within a continuing-bonds frame (Klass, Silverman and Nickman) rather than pushing 'acceptance', and she says it's the first time a therapist hasn't made her feel she was grieving wrong. PG-13-R still high (44) but she's sleeping a bit better and back at work three days a week.

The harder bit: her son died on 14 March last year, and the coronial inquest has now been listed for Friday the 21st of next month. She's dreading both — the anniversary and having to sit in a room hearing the police evidence. She's also worried the media will be there.

I'm thinking about:
- going weekly for the fortnight either side
- a specific plan for the day of the inquest (who drives her, where she goes afterwards, what she does if she needs to leave the courtroom)
- checking what the Coroners Court counselling service offers families on the day

Has anyone sat with a client through an inquest? Anything you wish you'd prepared them for? I'm aware my instinct is to over-prepare and make it bigger than it needs to be.""",
        [("14 March", "date"), ("Friday the 21st", "date")],
    ),
    (
        "b19c-010",
        """**DAP — couples session 4**

**D:** Couple in their mid-30s, together 9 years, two children under 5. Came in after a blow-up at Christmas at his parents' place. Session focused on a recurring pursue-withdraw cycle. She described 'talking to a wall'; he described feeling 'like I'm on trial'. Mapped the cycle on the whiteboard using EFT language (Johnson's *Hold Me Tight* conversations). When she raised the in-laws he stonewalled — went quiet, looked at his phone. Named this gently; he was able to say he felt flooded (pulse check: 104). Took a 20-minute break per Gottman's guidance on physiological self-soothing, then resumed.

**A:** Classic Four Horsemen pattern — criticism (her) and stonewalling (him); contempt not prominent, which is encouraging. Both invested, neither describing the relationship as over. DAS at intake 92 (her) and 101 (him), both in the distressed range. No IPV disclosed in separate screening interviews at session 1; will keep rescreening given the stress of young kids and his recent redundancy.

**P:** Homework: the stress-reducing conversation three times before next session (Gottman and Silver, *The Seven Principles for Making Marriage Work*). Next session: his family-of-origin pattern around conflict (his father 'went to the shed for three days'). Explained couples work isn't Medicare-rebatable; she asked about Relationships Australia's sliding scale — info provided. Review at session 6 with DAS and ORS/SRS.""",
        [],
    ),
    (
        "b19c-011",
        """Kia ora koutou — seeking some whakaaro on a whānau hui that didn't go the way I expected.

I work in a kaupapa Māori service, and the rangatahi I'm working with (17, he/him) has been struggling since he was stood down from kura. We held a whānau hui at Pāpāwai Marae last weekend because that's where his nan, Mere, is most comfortable, and she's the one he listens to. Dad didn't come. Mum came late.

The hui opened well with karakia and mihimihi, and Mere spoke about his whakapapa and how proud his koro would have been. Then an uncle raised the stand-down and it turned into a debate about the kura — Te Kura o Ngā Rau — and whether he should go back at all. My rangatahi went silent and walked out to the car.

I've been using Te Whare Tapa Whā with him and taha whānau is clearly the shaky wall. What I'm unsure of is my role when the hui drifts from the kaupapa we set. I didn't want to cut across kaumātua. In hindsight I should have been clearer at the opening about what the hui was for.

He's agreed to see me Thursday, at a café in Greytown rather than the clinic. Any tips on repairing after a hui like this? And how do you hold the tension between tikanga (letting whānau lead) and keeping the rangatahi emotionally safe in the room?""",
        [
            ("Pāpāwai Marae", "place"),
            ("Mere", "name"),
            ("Te Kura o Ngā Rau", "organisation"),
            ("Greytown", "place"),
        ],
    ),
    (
        "b19c-012",
        """**Reflection from a SEWB team — what assessment looks like when you yarn first**

I'm a non-Indigenous psychologist in the SEWB team of an Aboriginal community-controlled health service in Central West NSW, and I want to share something I've learned from the Aboriginal Mental Health Workers I work alongside.

A Wiradjuri woman in her 50s was referred by one of our GPs after her 715 health check, for 'depression, ?PTSD'. On paper: K10 38, PHQ-9 21, AUDIT low. In my old job I'd have gone straight to a formulation and a CPT protocol.

What happened instead: our AMHW, who has known her family a long time, suggested the first three sessions be yarns, on Country, away from the clinic. The story that came out wasn't a 'PTSD' story. It was about her mother being taken as a child, about the Bringing Them Home report coming out when she was a young woman, and about sorry business she hasn't been able to attend because of her own health.

Frameworks that helped me make sense of it:
- The SEWB model from Gee, Dudgeon, Schultz, Hart and Kelly (2014) in *Working Together* (2nd ed.) — especially connection to Country, culture, and spirituality and ancestors.
- Judy Atkinson's *Trauma Trails* on intergenerational trauma.
- The Gayaa Dhuwi (Proud Spirit) Declaration, for thinking about who leads.

Practically: we linked her with Link-Up for family tracing, gave her 13YARN (13 92 76) for after hours, and she's joining the women's group around NAIDOC Week. The K10 will be repeated at three months, but honestly it's the least interesting thing in the file.

I'd love to hear from others in ACCHOs about balancing Medicare structure (we use the 81xxx allied health items after a 715) with yarning that doesn't fit a 50-minute box.""",
        [],
    ),
    (
        "b19c-013",
        """Discharge planning — step-down or straight home?

Posting as the community case manager picking this up from the ward. Man in his 40s, bipolar I, current episode manic with psychotic features (F31.2), admitted to the Acute Inpatient Unit at Logan Hospital on 2/11 after police brought him in under an Emergency Examination Authority. Restabilised on lithium (latest level 0.8 mmol/L) plus olanzapine 15 mg nocte. URN 0048213 if any of the inpatient team are on here and want to compare notes.

The inpatient consultant, Dr Priya Raman, is recommending two weeks in the step-up/step-down unit before home. He's refusing — wants to go home to his unit and his cat. Insight partial: agrees he 'got a bit high', disputes the psychosis.

My worries: he lives alone, lost his licence during the episode, and the last two discharges straight home were followed by readmission within 28 days. On the other hand, keeping him on a Treatment Authority to force the step-down feels like it'll cost us the relationship we need for the next 12 months.

Curious how other Queensland services weigh this up. Does anyone use a structured relapse-signature approach at discharge (Birchwood and colleagues' early-warning-signs work), and has it changed what you decide? And how involved do you get families when the person says no?""",
        [
            ("Logan Hospital", "organisation"),
            ("2/11", "date"),
            ("0048213", "id_number"),
            ("Priya Raman", "name"),
        ],
    ),
    (
        "b19c-014",
        """**Notes to self after supervision — vicarious trauma check-in**

Writing this for my own file and sharing a version with my peer group, because we agreed to be more honest about this stuff.

I've done ACC Sensitive Claims work for about six years, mostly adult survivors of childhood sexual abuse. This year my caseload crept up to 24 because the waitlist in our region is so long and I said yes too often. Around Waitangi weekend I noticed I was scanning men in the supermarket, couldn't watch anything with children in peril, and had stopped reading fiction. Classic signs I'd have named instantly in a client.

What I did:
- Took it to supervision (cultural supervision with a Māori supervisor, clinical supervision monthly with a Pākehā supervisor) and named it in the first five minutes instead of the last.
- Re-read Pearlman and Saakvitne's *Trauma and the Therapist* and did the ProQOL — compassion satisfaction still decent, secondary traumatic stress high, burnout moderate.
- Dropped back to 18 clients and stopped stacking disclosure-heavy sessions on Mondays.
- Went back to Deb Dana on co-regulation — for me as much as for them.

Still chewing on: many of my clients' stories include the Canterbury quakes as a re-traumatising layer, and I went through them too. The overlap is bigger than I'd admitted. Herman writes about the therapist needing their own witness; mine had thinned out.

If anyone has a way of tracking caseload 'weight' rather than just numbers (a disclosure-intensity rating?), I'd love to hear it. And 1737 is there for us too — you can text it, not just our clients.""",
        [],
    ),
    (
        "b19c-015",
        """Reply — re 'boundaries with clients who email a lot'

This thread is timely. I've got a client (late 30s, GAD with some perfectionistic/OCPD traits) who started emailing me most nights — long, carefully formatted emails from jess.t.nguyen88@gmail.com, usually sent between 1 and 3am, asking me to 'just confirm' that various decisions were ok. I replied briefly to a couple early on and the volume went up. Predictably, in hindsight.

Last week she asked me to ring her on her work mobile (0402 117 386) during her lunch break 'for five minutes' because she couldn't wait till Tuesday. I didn't, but I felt awful.

Where I've landed, drawing on the reassurance-seeking literature (Salkovskis; Rachman) and some good supervision:
- Framing the emails as reassurance-seeking, in session and collaboratively, not as a rule violation.
- A written contact agreement: email is for scheduling only, read within two business days, no clinical content answered.
- A 'hold it till session' practice — she writes the email, saves it to drafts, and brings it.
- Lifeline (13 11 14) and the Beyond Blue web chat for genuine crises.

Three weeks in, the emails have dropped from nightly to about twice a week. On Thursday she said the drafts folder 'is a bit like a diary now'.

What I'm still unsure about: whether to tell her I've stopped reading the late-night ones at all, or whether that would feel like abandonment. Has anyone had this come up in a complaint to AHPRA, or in PsyBA guidance?""",
        [("jess.t.nguyen88@gmail.com", "email"), ("0402 117 386", "phone")],
    ),
    (
        "b19c-016",
        """**Group notes — DBT skills group (adult community MH), Distress Tolerance module, week 3 of 6**

Facilitators: two (psych + OT). Attendance: 7 of 9 enrolled. One apology (work), one non-attender — individual clinician notified per protocol.

**Diary card review:** 6/7 brought cards. Urges to self-harm rated 3/5 or higher on at least one day by 4 participants; 2 reported acting on urges (both already discussed with their individual therapists, per the group agreement). One participant used TIPP for the first time — cold water on the face — and called it 'weirdly effective'. Another said the King's Birthday long weekend was the hardest part of the fortnight because 'there's no structure'.

**Teaching:** STOP and pros/cons (Linehan, *DBT Skills Training Manual*, 2nd ed., Distress Tolerance Handouts 4-5). Used the wave metaphor for urge surfing. Role-played pros and cons around a common scenario: a text from an ex at 11 pm.

**Process:** Participant 2 dominated the first half; co-facilitator redirected using the 'one voice' agreement — accepted well. Participant 6 quiet again, sat by the door; will check in with her individual therapist. Strong moment when Participant 4 said this was the first group she hadn't left early.

**Risk:** No acute concerns raised. Reminded everyone of the Mental Health Line (1800 011 511) and Lifeline 13 11 14.

**Next week:** Radical acceptance — bring an example of something you're fighting that you can't change. Week 5 falls in the school holidays; discussed, and most will still attend.""",
        [],
    ),
    (
        "b19c-017",
        """Rural practice — a farm family, drought, and the husband who won't come in

I'm a psych based in a regional town in western NSW, doing a mix of face-to-face and telehealth. Seeing the wife of a grazier — she's late 50s, depression (PHQ-9 18) in the context of a third poor season in a row. They run sheep and some cropping on Yarrabee, about 90 km out of Bourke, and have been there four generations. His father, 92, lives on the property with them, and by her account the two men talk about nothing but rain and the bank.

She's worried about her husband. He's stopped going to the sheds, isn't eating with the family, and she found the gun safe unlocked last week. A few weeks back the police did a welfare check after his ute (NSW rego CX 47 QK) was seen parked at the old weir for most of an afternoon. He told them he was 'checking the water'.

What I've done with her:
- Risk conversation about him, including means restriction — a neighbour is holding the gun safe key for now, and she knows police can take firearms temporarily.
- Lifeline (13 11 14), the Suicide Call Back Service, and 000 in an emergency.
- RAMHP and the Rural Financial Counselling Service — money is a big part of this.
- Encouraged her to get him to the GP for 'his blood pressure', which is apparently a real issue too.

My question is the ethics of getting involved with him. She's my client, not him. She's asked if I'd 'just happen to be there' when the RAMHP coordinator visits. I'm not comfortable with a set-up, but I also know he'd never walk into my rooms. How have others handled engaging a reluctant partner when the risk is real?""",
        [
            ("Yarrabee", "place"),
            ("Bourke", "place"),
            ("92", "age"),
            ("CX 47 QK", "id_number"),
        ],
    ),
    (
        "b19c-018",
        """**Closing a case: takeaways from perinatal work**

Closing with a client I've seen since she was 28 weeks pregnant with her second; the baby is now about 10 months. She's happy for me to share general learning. Some takeaways for myself and anyone doing perinatal work under Better Access:

1. **Screen early and again.** EPDS was 14 at the antenatal referral, peaked at 21 at six weeks postpartum, and was 7 at close. The antenatal score alone would have had me underestimating her.
2. **Medication conversations need a prescriber who knows lactation.** Her GP was hesitant at first; once the perinatal psychiatrist confirmed sertraline 50 mg (later 100 mg) was compatible with breastfeeding, she started and it helped within a month. The COPE guideline and MotherSafe were both useful for the GP.
3. **The relationship, not just the mum.** Circle of Security Parenting (Hoffman, Cooper and Powell) was a turning point — she'd been sure she was 'damaging' the baby. Her partner came to two sessions, and we used PANDA's material for dads.
4. **Practical load is mental health.** A residential early parenting stay for sleep did more for her EPDS in one week than I did in a month. No shame in that.
5. **Plan the ending.** We talked through likely triggers — return to work, the baby's first birthday, a possible third pregnancy — and wrote a relapse plan with PANDA (1300 726 306) and the Gidget Foundation on it.

What I'd do differently: involve the maternal and child health nurse earlier. She saw the client weekly in those first months and noticed things I didn't.""",
        [],
    ),
    (
        "b19c-019",
        """Client writing publicly about therapy — do I read it?

Client is a woman in her late 20s I've seen for a bit over a year (complex trauma; long stabilisation phase, now some careful processing with EMDR and a lot of IFS-informed parts work). Last session she told me she's been blogging about her recovery, gave me the address — fragmentsandfireflies.wordpress.com — and said she'd 'love to know what I think'. Some posts describe our sessions and paraphrase things I've said.

I haven't looked yet. My thinking:
- Reading it could be the care she's asking for, and refusing could feel like yet another adult not bothering to see her.
- But reading it changes the frame. I'd be getting material from outside the room, and knowing I'd read it could shape what she writes (and what she brings).
- There's her privacy online too. It isn't anonymous — her photo is on the 'about' page.

The APS Code and the PsyBA social media guidance don't prohibit it, but they weren't really written for this. Kolmes on digital boundaries and Zur on 'googling clients' have been useful, though they're mostly about therapist-initiated searching.

Where I'm leaning: talk about it in session first — what it would mean to her if I read it and what it would mean if I didn't — before deciding anything. Does anyone have a written policy on client-authored content?""",
        [("fragmentsandfireflies.wordpress.com", "url")],
    ),
    (
        "b19c-020",
        """**Process notes — session 14 (open-ended psychodynamic, private practice)**

Client (man, late 30s) arrived 6 minutes late, first time in weeks. Sat down without taking his jacket off.

C: 'Sorry. Traffic. Well, not traffic. I sat in the car.'
T: 'You sat in the car.'
C: 'Yeah. Didn't want to come in. Not because of you. Just — after last time.'

(Before the Easter break he'd told me about his father's drinking in detail for the first time.)

T: 'Last time you let me see something you don't usually show.'
C: [long pause] 'Dad used to say, what happens in this house stays in this house. Footy on Saturday, church on Sunday, nothing in between.'

I felt an impulse to reassure him, to tell him he was safe here. I didn't. Noting it because I think it's the same pull his mother felt: smooth it over.

He spent the next stretch talking about work, quickly, almost breathless. A colleague had taken credit for a project. I noticed how easily he could be angry with the colleague and how impossible it was to be angry with his father.

Countertransference: a protective, almost maternal feeling, then a flash of irritation when he said 'anyway, it's probably nothing'. Afterwards I wondered whether the irritation was his, disowned.

Thinking about Winnicott on the false self, and Casement's *On Learning from the Patient* — I don't need to rescue him from the silence. Supervisor suggested I wonder aloud next time about him sitting in the car, as a communication rather than a lateness.

Next session Tuesday, usual time. Holding the frame.""",
        [],
    ),
    (
        "b19c-021",
        """Consult: asked to 'risk assess' a student before anyone has told him he's a suspect

I'm the counsellor at St Columba's College (co-ed, about 900 students, SE Queensland). Over the past fortnight a series of anonymous posts threatening 'something big' at the school appeared on a student confessions page. The IT manager traced the logins to 101.181.72.44, which the ISP has apparently confirmed is a residential connection linked to one of our Year 10 families. The principal has notified police.

The Year 10 coordinator, Mr Petrakis, has now asked me to 'have a chat with him and do a risk assessment' before the principal meets the parents on Monday.

I'm deeply uncomfortable:
- The student hasn't been told he's suspected. If I see him under the guise of a wellbeing check, I'm effectively part of an investigation.
- I've seen him twice this year for exam stress. That relationship matters and I don't want to burn it.
- If he does disclose intent, I have clear obligations — and he should know that before he talks to me, not after.

My instinct is to decline the 'assessment' framing, say I'm available to him once the school has spoken with the family, and suggest leadership use a proper threat assessment process (structured professional judgement, not a counsellor 'chat'). Referral to CYMHS if there's any sign of a mental health concern.

Has anyone been in this spot? How did you hold the line with leadership without looking unhelpful?""",
        [
            ("St Columba's College", "organisation"),
            ("101.181.72.44", "ip"),
            ("Petrakis", "name"),
        ],
    ),
    (
        "b19c-022",
        """**BIRP — AOD counselling (NGO), session 5**

**Behaviour:** Client (woman, early 30s) attended in person. Self-reported methamphetamine use down from daily (smoked) to 2 days in the past week; alcohol 4-6 standard drinks on those days. Reports two nights of 7+ hours' sleep — 'first time since Christmas'. Brighter, good eye contact, a little restless. Denied SI. ASSIST at intake: amphetamine-type stimulants 31 (high risk), alcohol 18 (moderate). K10 today 27 (was 35).

**Intervention:** MI (Miller and Rollnick, 4th ed.) — explored ambivalence about stopping completely versus 'just on weekends'. Decisional balance. Relapse prevention: high-risk situations identified (payday, contact with ex-partner, being home alone on a Sunday). Harm reduction reviewed — not using alone, eating and hydrating, care with mixing alcohol. Gave the ADIS line and Counselling Online for after hours; she's interested in SMART Recovery, including the online meetings.

**Response:** Engaged, some change talk ('I want to be there when my daughter gets home from school'). Less interested in residential rehab than last session — 'I can't leave my kid'. Open to seeing the GP about sleep and mood; not keen on 'more pills'.

**Plan:** GP letter re sleep, mood and a possible MHTP given ongoing depressive symptoms. Continue weekly. Next session: build a 'Sunday plan'. Check in about Child Protection — she mentioned a home visit is due; offer a support letter with her consent.""",
        [],
    ),
    (
        "b19c-023",
        """Family Court letter — how much of the children's voice do I include?

I'm a counsellor (NZAC member) seeing two tamariki, Ari (9) and Nikau (6), through Family Court-funded counselling after their parents separated. Lawyer for child, Joanne Whitcombe, has asked me for a letter setting out the children's views and any concerns ahead of a defended hearing. The file number is FAM-2023-092-000418 and I've been told both parents' lawyers will see whatever I write.

The kids live mostly with mum in Manurewa and see dad every second weekend. The older one has been clear he wants more time with dad; the younger one is ambivalent, and in play repeatedly has the 'dad' figure leave without saying goodbye. Neither has disclosed harm. Both have been told, in kid-friendly words, that what they say might be shared with the judge.

My dilemmas:
- The older child has asked me not to tell mum he wants more time at dad's. Once it's in a letter, she'll know.
- I'm a counsellor, not a s 133 report writer. I don't want to stray into recommendations about care arrangements outside my role.
- The play content is meaningful clinically but easy to overinterpret in court.

Current plan: a short factual letter — number of sessions, the children's views in their own words where they've agreed, my observations of presentation, and a clear statement of the limits of my role. I'll go through exactly what goes in with the older child first.

Anyone have a template they're happy with? And how do you handle the 'don't tell mum' piece without breaking trust?""",
        [
            ("Ari", "name"),
            ("Nikau", "name"),
            ("Joanne Whitcombe", "name"),
            ("FAM-2023-092-000418", "id_number"),
            ("Manurewa", "place"),
        ],
    ),
    (
        "b19c-024",
        """**Consultation: adult ADHD assessment — how much do I trust a thin childhood history?**

Psychiatrist in private practice, Queensland. GP referral: 'ADHD assessment — patient requesting Vyvanse'. Woman, 34, demanding admin role, long history of 'being disorganised'; her 8-year-old son's recent diagnosis prompted her to seek assessment. Lots of women are presenting this way after the public conversation of the last few years (the Four Corners episode, the TikTok wave, several well-known Australians talking about late diagnoses).

So far:
- ASRS v1.1 Part A 5/6.
- DIVA-5: 7/9 inattentive in adulthood, 6/9 in childhood by her recall; hyperactive-impulsive 3/9 adult.
- Primary school reports: 'dreamy', 'capable but doesn't apply herself' — helpful but thin.
- Mother not available for collateral (estranged).
- PHQ-9 11, GAD-7 13, AUDIT 6. Sleep poor.
- Differentials: GAD, depression, possible trauma history (not yet explored), sleep disorder.

My inclination is that she meets criteria for ADHD, predominantly inattentive presentation (F90.0), with comorbid anxiety. The AADPA guideline (2022) supports diagnosis where symptoms are pervasive and impairing even when childhood corroboration is imperfect.

But I'm mindful of the current climate — scrutiny of rapid diagnoses, state stimulant regulations, and the PBS criteria for lisdexamfetamine in adults requiring documented childhood onset. Part of me wants to treat the anxiety first with an SSRI and CBT and reassess. She'll be disappointed.

How are others managing this? Do you start a stimulant and treat anxiety in parallel (as Barkley would argue), or sequence? And how are you documenting childhood onset when collateral is thin?""",
        [],
    ),
    (
        "b19c-025",
        """**Process notes — session 5, older adult grief (home visit)**

She's aged 91, widowed eight months, living alone in her own home with community nurses visiting daily for a leg ulcer. GP referred under a MHTP after she told the practice nurse she was 'ready to go'. GDS-15 today 9 (was 11). GP reports MMSE 28/30 in autumn, no cognitive concerns.

Most of today was about her husband. Everyone called him Snow — red hair as a young man, apparently, the Aussie sense of humour — and she laughed telling me about it, which I haven't seen her do before. She showed me their wedding photo and his service medals.

Then she talked about the dog. Biscuit is a 12-year-old kelpie cross, and she's terrified of dying before him because 'who will take him'. I'd been reading 'ready to go' as a passive death wish; today it sounded more like she's been planning for him, not for herself. I asked directly about suicidal thoughts again — she denied any plan or intent and said 'I'm Catholic, love, I'll wait my turn'.

Reflection: I'd been using a depression lens, and there is low mood, but much of this fits prolonged grief more closely than MDD. Thinking about Worden's tasks of mourning and Stroebe and Schut's dual process model — she oscillates well when she's given room to.

Plan:
- Continue fortnightly home visits (telehealth not suitable — hearing).
- With her consent, talk about a plan for the dog; might ease a lot of the anxiety.
- Update the GP: GDS improving, risk formulation revised.
- Look at a volunteer visiting scheme for social connection.

Next visit Friday week.""",
        [("91", "age"), ("Snow", "name"), ("Biscuit", "name")],
    ),
    (
        "b19c-026",
        """Reply — re 'still being asked for low/medium/high risk ratings'

Same here, in a public adult service in SA. Sharing what's helped me argue for change.

The evidence on risk stratification as prediction is pretty damning. Large and colleagues' meta-analyses found that most suicides occur in people categorised as low risk, and the positive predictive value of 'high risk' is tiny. The NICE self-harm guideline (2022) says not to use risk tools or scales to predict future suicide or to decide who gets treatment, and the RANZCP position has moved the same way.

What we've shifted to:
- **Formulation over scoring.** Predisposing, precipitating, perpetuating, protective — plus 'what's changed since last contact' and 'what would make tonight worse'.
- **Collaborative safety planning.** Stanley and Brown's Safety Planning Intervention, done with the person, with a copy they'll actually keep (a phone photo works). We include Lifeline (13 11 14), the Suicide Call Back Service (1300 659 467), and Kids Helpline for younger clients.
- **CAMS** (Jobes) for people with ongoing suicidality — the 'drivers' framing has been powerful.
- **Aftercare.** Referral into The Way Back Support Service after ED presentations.

Where I've hit resistance is the electronic record — the risk field is still mandatory, with a drop-down. Compromise: the field is filled, but it says 'see formulation' and links to the note, rather than one word doing all the work.

Happy to share our formulation template (blank, obviously). And September is a heavy month for many of us in this work — look after yourselves.""",
        [],
    ),
    (
        "b19c-027",
        """Writing an NDIS functional report without pathologising — help?

Client: man in his late 30s with schizophrenia, living in SIL in Morphett Vale with two housemates. NDIS participant number 431 092 778. His support coordinator, Renee Tapsell from Aspire Pathways, has asked me for a functional capacity report ahead of his plan reassessment next month — the planner has apparently flagged a possible reduction in core supports because he's 'doing well'.

He is doing well — because of the supports. That's the argument I need to make.

What I have: WHODAS 2.0 (36-item) total 41; LSP-16 19; my own observations over 18 months of sessions. He needs prompting for personal care most days, can't manage medication without a Webster-pak and staff supervision, and when his supports lapsed briefly last year during a provider change he was readmitted within three weeks.

What I'm struggling with: my usual writing is strengths-based and recovery-oriented. The NDIA wants 'permanent and significant' and functional impairment domain by domain. I don't want to write him into a deficit story he'll read (he always reads his reports).

I've been through the NDIS Operational Guidelines on psychosocial disability and Mental Health Australia's resources. Anyone have a structure that holds both? My current idea is to describe function 'with supports' and 'without supports' side by side for each domain, with the readmission as the evidence.""",
        [
            ("Morphett Vale", "place"),
            ("431 092 778", "id_number"),
            ("Renee Tapsell", "name"),
            ("Aspire Pathways", "organisation"),
        ],
    ),
    (
        "b19c-028",
        """**Case presentation (de-identified) — adolescent AN, FBT stalling in phase 1**

**Background:** Girl, 14, restrictive anorexia nervosa (F50.0). Rapid weight loss over about 5 months; lowest weight around 78% of median BMI for age. One medical admission for bradycardia (HR 42 overnight), then discharged to outpatient FBT with our CYMHS eating disorder team.

**Treatment so far:** Family-Based Treatment per Lock and Le Grange's manual, 12 sessions. The family meal at session 2 was tough but parents held the line. Weight restoration has plateaued at about 88% mBMI for 5 weeks. EDE-Q global 3.9 (was 4.6). Meals take 90 minutes, and weekends at dad's (separated parents) are when weight drops.

**The stuck point:** Mum is implementing FBT fully; dad is more 'let her choose'. The young person has learned to split. Both parents love her and both are exhausted.

**What I'm considering:**
- Parent-focused treatment sessions with both parents and without her (Le Grange and colleagues, 2016).
- Our multi-family group, which runs in the school holidays.
- Asking the paediatrician about low-dose olanzapine (2.5 mg) for mealtime anxiety.
- Linking both parents with the Butterfly Foundation's carer supports (1800 33 4673) and the InsideOut Institute's resources.

**Questions:** Has anyone found ways to align separated parents in FBT when they can barely be in the same room? Would you do separate parent sessions, or is that colluding with the split?""",
        [],
    ),
    (
        "b19c-029",
        """Counselling a 7-year-old: 'that's mrs halloran, she yells at me'

I'm with an NGO contracted to provide counselling in a handful of primary schools. Boy, 7, referred by the school for 'dysregulated behaviour' — running out of class, kicking a bin. Four sessions so far, mostly play-based (sand tray, Lego, drawing), attachment-informed with a bit of Theraplay.

Today he built a classroom in the sand tray and had one figure shouting at two small ones in the corner. When I wondered aloud who was shouting, he said, very matter-of-fact: 'that's mrs halloran, she yells at me and Jaxon every day.' Jaxon is his older brother, Year 4, same school.

A few things tangled up:
1. Is this child protection? Probably not on its own — a teacher raising her voice isn't reportable harm — but I want to be careful with a 7-year-old's account of an adult in authority.
2. I'm contracted into Kelso Public School, so the principal is effectively my host. If I raise it, it goes to a staff member's line manager and my position in the school gets complicated.
3. Clinically it matters whether or not it's 'true' — this is how school feels to him.

My NGO supervisor suggested documenting verbatim, running it through the Mandatory Reporter Guide (it came out as 'no report — document and monitor'), and raising it with the principal as a wellbeing observation rather than a complaint.

Anyone been here? How did you keep working well with the school afterwards?""",
        [("halloran", "name"), ("Jaxon", "name"), ("Kelso Public School", "organisation")],
    ),
    (
        "b19c-030",
        """Kia orana, talofa lava, kia ora — a question from a Health Improvement Practitioner in an Access and Choice general practice.

I see people for 20-30 minutes, usually a warm handover from the GP the same day. Last Tuesday I saw a Samoan man in his 50s, referred after his HbA1c came back high and the GP thought he 'seemed flat'. K10 was 28. He was polite, said 'I'm fine, just tired', and I think the brief-intervention format nearly lost him.

What saved it, I think, was slowing right down and doing something closer to talanoa — asking about his family, his church, what Sundays look like — before going anywhere near mood. By the end he'd told me he's been sending most of his wage to family back in Samoa since his mum got sick, and feels he's failing everyone.

I've been reading about the Fonofale model (Pulotu-Endemann) and it fits: the roof (culture), the foundation (family), and the pou — spiritual, physical, mental and 'other' — all in play. Also Tamasese and colleagues' work on Samoan understandings of mental health.

Practical questions:
- Does anyone use the Fonofale in a 20-minute HIP session without it feeling tokenistic?
- Our practice has a Health Coach and a Pasifika support worker. When do you bring them in — first contact, or after the person has said yes?
- He's happy for me to talk with his GP about the diabetes and mood together. Any good resources in Samoan? I gave him the 1737 card and pointed him to Le Va's resources, but I'd like something he can share with his wife.

Fa'afetai lava.""",
        [],
    ),
    (
        "b19c-031",
        """**Group notes — men's wellbeing group, week 6 of 10 (ACT-informed)**

Attendance: 7/9 (one apology, one no-show — follow up by text).

**Check-in:** Most rated the week 5-6/10. 'Provider pressure' came through strongly — three men have had hours cut. Dean and Wiremu both spoke about the roster changes at KiwiRail and what the uncertainty is doing at home; Wiremu said he'd 'been a bear' with his kids and felt ashamed after.

**Content:** Values clarification with the bullseye (Russ Harris, *ACT Made Simple*). Men sorted values cards and picked two they'd neglected; 'being a good dad' and 'my mates' came up most. Short 'dropping anchor' exercise at the start — a few laughed but joined in.

**Process:** Stronger cohesion than earlier weeks. The older men are starting to challenge the 'harden up' talk themselves, which lands better than when I do it. One member was quiet and left at the break; I'll check in with him this week.

**Risk:** No acute concerns raised. Reminded the group about 1737 and Lifeline (0800 543 354).

**Next week:** Committed action. Homework: one small values-based action with a partner or kids, to report back on.""",
        [("Dean", "name"), ("Wiremu", "name"), ("KiwiRail", "organisation")],
    ),
    (
        "b19c-032",
        """**Case presentation — first-episode psychosis (registrar, early psychosis team), for journal club**

*De-identified; details altered.*

**ID:** 19-year-old man, first-year university student, living in a share house. No prior mental health contact.

**HPC:** About 4 months of increasing withdrawal, missing lectures, sleeping through the day. Over the past 6 weeks, ideas that his housemates were 'recording him' and that songs on Spotify were chosen to send him messages. Brought to ED by a friend after barricading his room. Daily cannabis since 16, heavier in the past year. Denies stimulants; UDS positive for THC only.

**MSE on admission:** Guarded, perplexed. Normal rate of speech, some thought blocking. Persecutory and referential delusions. Auditory hallucinations — a male voice commenting. No SI/HI. Insight poor.

**Family history:** Maternal uncle with bipolar I; paternal grandmother 'had a breakdown' in her 30s.

**Provisional diagnosis:** Substance-induced psychotic disorder vs schizophreniform (F12.5 vs F20.8). PANSS positive 24, negative 14, general 38.

**Management:** Voluntary admission, then a temporary treatment order under the Mental Health and Wellbeing Act 2022 (Vic) when he tried to leave. Aripiprazole 5 mg, titrated to 10 mg, well tolerated. Transferred to our early psychosis service (EPPIC model) with a case manager, peer worker, family work and IPS vocational support.

**For discussion:**
1. Orygen's guidance vs RANZCP on antipsychotic duration after a first episode.
2. Cannabis cessation and relapse (e.g., Schoeler and colleagues, 2016).
3. How we talk with families about diagnosis when it's genuinely uncertain.

McGorry's clinical staging model helped the family see this as something with a pathway, not a life sentence.""",
        [],
    ),
    (
        "b19c-033",
        """Follow-up — PTSD after a car crash, and dreading the Christmas period

Update on the client I posted about in winter. Recap: woman, mid-40s, was driving when her car was hit on Boxing Day 2023 just south of Gympie; her passenger (a close friend) had serious injuries and a long rehab. She was assessed at Nambour General, minor physical injuries, discharged the same night.

PCL-5 was 58 at intake. After 12 sessions of CPT (Resick, Monson and Chard) it's 31 — still above the usual cut-off, but she's driving again, short trips in daylight, and nightmares are down to once a week. Her GP trialled prazosin; stopped because of dizziness.

The problem now is the anniversary. Christmas itself is a trigger (they were driving home from a family lunch) and the anniversary is the day after. Her family host every year and expect her to drive the two hours.

What I'm planning:
- Psychoeducation on anniversary reactions, normalising a spike.
- A concrete plan: someone else drives, or she stays over the night before.
- Revisiting her stuck points around guilt (the 'I should have seen him coming' one).
- Booster sessions in early January. She has 3 Better Access sessions left for the year, so the timing is awkward, but the CTP insurer has approved additional sessions, which helps.

Has anyone had success with a written 'anniversary letter' at this stage of CPT, or is it better to stick with the protocol's final impact statement?""",
        [("Boxing Day 2023", "date"), ("Gympie", "place"), ("Nambour General", "organisation")],
    ),
    (
        "b19c-034",
        """**EAP — critical incident response, mine site (FIFO workforce)**

Asked to post a de-identified summary for peer review after an onsite response last month.

**Context:** A serious incident at a coal operation in the Bowen Basin; one worker badly injured, several witnesses. The company's HSE lead asked for 'a debrief for the whole crew'. Roster is 7 on / 7 off, so half the crew was already on R&R.

**What I pushed back on:** A single mandated group CISD. The evidence (Rose and colleagues' Cochrane review; the Phoenix Australia guidelines) is clear that one-off compulsory debriefing doesn't prevent PTSD and may harm some people. I offered Psychological First Aid instead (WHO and Phoenix versions), plus voluntary individual check-ins.

**What we did:**
- Day 1: PFA-informed briefing for supervisors — what to look for, what to say, how to refer.
- Days 1-3: voluntary 1:1s in a demountable away from the crib room. 14 people took it up.
- Phone screening at 4 weeks with the PC-PTSD-5 and K10 for anyone who opted in.
- Info on the EAP line, Lifeline, and MATES in Construction-style peer support (the company doesn't have its own program yet).

**At four weeks:** 3 people screened positive on the PC-PTSD-5 and have gone on to trauma-focused treatment via their GPs. One person with pre-existing issues has taken leave.

**Questions:** How do others manage FIFO rosters for follow-up — wait until they're home, or call on site? And any ideas for getting supervisors to stop saying 'harden up' at the pre-start? (Only half joking.)""",
        [],
    ),
    (
        "b19c-035",
        """**Intake — ACC Sensitive Claims (ISSC), for allocation**

**Client:** Hinemoa Parata-Walker
**DOB:** 12/05/1991
**NHI:** ZKP4821
**ACC claim:** 11022839461
**Address:** 27 Karaka Street, Ōtāhuhu, Auckland 1062
**Phone:** 021 884 0173 (text first; safe to leave a message)
**Email:** hinemoa.pw@outlook.co.nz
**GP:** Dr Sione Fifita, Ōtāhuhu Family Health Centre
**Support person:** her uncle Rāwiri — would like him at the first session

**Referral:** Self-referred after disclosing to her GP sexual abuse in childhood by a family friend (now deceased). No previous counselling. ACC cover for support sessions approved; assessment pending.

**Presenting:** Nightmares, hypervigilance, avoidance of anything that reminds her of her childhood home, low mood. PCL-5 49; K10 31. Drinking 'more than I should' at weekends — AUDIT 12. Denies current SI; one past attempt in her early 20s. Works full-time; two children (7 and 4).

**Cultural:** Identifies as Māori. Would like a Māori counsellor if available, and karakia to open sessions.

**Allocation notes:** Prefers a wahine counsellor; evenings or school hours. Whānau support is important — her uncle has been her main support since her nan passed. Offer Hua Oranga at start and review, alongside the PCL-5.""",
        [
            ("Hinemoa Parata-Walker", "name"),
            ("12/05/1991", "date"),
            ("ZKP4821", "id_number"),
            ("11022839461", "id_number"),
            ("27 Karaka Street", "place"),
            ("Ōtāhuhu", "place"),
            ("Auckland", "place"),
            ("1062", "place"),
            ("021 884 0173", "phone"),
            ("hinemoa.pw@outlook.co.nz", "email"),
            ("Sione Fifita", "name"),
            ("Ōtāhuhu Family Health Centre", "organisation"),
            ("Rāwiri", "name"),
        ],
    ),
    (
        "b19c-036",
        """Reply: 'How are you all coping with the housing stuff?'

Honestly? Not great some weeks. About half my caseload at our NGO is in emergency housing motels, and it's hard to do therapy of any kind when a whānau is living in one room with no kitchen. I've stopped pretending the 'mental health' work comes first — it's Work and Income hardship grants, the Winter Energy Payment, the Kāinga Ora application and the Salvation Army foodbank, then the depression.

For me: monthly supervision, work phone in the car on weekends, and a Friday arvo team check-in. My Maslach Burnout Inventory scores were a wake-up call. Kia kaha, everyone — and 1737 is there for us too.""",
        [],
    ),
    (
        "b19c-037",
        """Reply — re shared care with private psychiatrists

Agree with the points above about written consent before any contact, and being clear with the client about what will and won't be shared.

One thing I'd add from working in Tasmania, where the private psychiatry pool is small and everyone knows everyone: agree early on who holds the risk plan. I had a shared client last year — her psychiatrist was Dr Viktor Marangoni, who admits to the Hobart Clinic — and what made it work was a one-page shared plan we both signed off: early warning signs, who she calls, what happens if she needs an admission, and what I do if she tells me something on a Friday afternoon.

We also agreed a rhythm: a 10-minute phone call every six weeks, more often around medication changes. Sounds obvious, but when she had a lithium toxicity scare neither of us assumed the other already knew.

What didn't work: relying on letters. By the time his letter about a dose change arrived (by post!), the change was a month old.

Also worth being clear with clients about the MBS side — a psychiatrist's item 291 assessment and management plan plus Better Access sessions with you is a common combination, but keep the GP in the loop or the referral pathway gets messy.""",
        [("Viktor Marangoni", "name"), ("Hobart Clinic", "organisation")],
    ),
    (
        "b19c-038",
        """**Older persons' mental health — consult on BPSD and family distress**

Man, 84, in residential aged care for 5 months after a fall at home. Mixed Alzheimer's/vascular dementia (F00.2). MoCA 14/30 on admission (he now refuses repeats). ACE-III at the memory clinic a year earlier: 71/100. Donepezil 10 mg; risperidone 0.5 mg BD started by an after-hours GP for 'agitation' — now under review.

Staff describe late-afternoon agitation, exit-seeking, and hitting out during showers. CMAI 58. His daughter is distressed, feels 'they've drugged him', and wants him home.

Formulation so far: a proud man and Vietnam veteran who was always the one looking after everyone. Being showered at 7 am by two young carers he doesn't know is the most frequent trigger. Sundowning around shift change. Pain probably under-treated (arthritic knees — PAINAD 5).

Recommendations:
- Regular paracetamol; reassess PAINAD.
- Shower in the afternoon, one consistent carer, male if possible, towels to preserve dignity.
- A life-story book with his daughter (Kitwood's person-centred care).
- Referral to Dementia Support Australia for on-site support; they've been excellent.
- Deprescribe risperidone over 4-6 weeks with the GP, in line with the restrictive practice and consent requirements in aged care.
- Dementia Australia's helpline (1800 100 500) for his daughter.

Anzac Day is coming up and staff have asked whether he should go to the service in the lounge. I've suggested asking him and watching for distress — for some veterans it's meaningful, for others it's a trigger. Anyone with experience of this?""",
        [],
    ),
    (
        "b19c-039",
        """Small-town confidentiality — quick one

Counsellor in a rural general practice in Southland. A client in her early 30s who works at the Fonterra plant in Edendale told me 'everyone at work knows I'm seeing you' — someone recognised her car in our car park. She's ashamed and now wants phone-only sessions, which makes the body-based work we'd started (sensorimotor-informed, after Ogden) much harder.

I'm thinking early-morning slots, or seeing her at the clinic in the next town over. Schank and Skovholt is the usual reading but it's very American. How do other NZ and Aussie rural counsellors handle this?""",
        [("Fonterra", "organisation"), ("Edendale", "place")],
    ),
    (
        "b19c-040",
        """**Closing summary and reflections — 16-year-old trans young person, headspace**

Closing after 14 sessions over about 9 months. Sharing some reflections, with the young person's blessing to share learning in general terms.

**At intake:** 16, trans masculine (he/him), referred by his GP for low mood and social anxiety. PHQ-A 20, GAD-7 16, K10 37. Two episodes of self-harm in the previous 6 months. Not out at school; out to one friend and his older sister. Parents aware but struggling — mum using his name inconsistently, dad 'not talking about it'.

**What helped:**
- Affirming basics from session 1: his name and pronouns in the file, asking rather than assuming.
- Four sessions with mum, drawing on the Family Acceptance Project research (Ryan) — reframing her efforts as protective rather than a test she was failing.
- Minus18's peer events, and QLife (1800 184 527) for evenings.
- Referral for gender-affirming medical assessment, using the Australian Standards of Care and Treatment Guidelines (Telfer and colleagues) and WPATH SOC-8 as the basis for conversations with his GP.
- With his consent, a meeting with the school wellbeing team about his name on rolls and bathroom access. He chose Wear It Purple Day to tell two more friends.

**At close:** PHQ-A 8, GAD-7 9, K10 21. No self-harm for 5 months. Dad came to the last session.

**What I'd do differently:** Involve dad earlier — I assumed he'd refuse. And bring in minority stress (Meyer) sooner; he found it validating that so much of his distress was a reasonable response to his environment, not something wrong with him.

He's going to Mardi Gras with his sister this summer and is 'genuinely excited'. Good note to close on.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b19c"}
        for doc_id, text, items in DOCS
    ]
