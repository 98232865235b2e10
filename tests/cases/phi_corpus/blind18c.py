"""Blind batch b18c, written by a helper session without sight of the guard. Forty posts by
clinicians in Australia and Aotearoa New Zealand: public community mental health (NSW, NZ),
private practice under Better Access, ACC sensitive-claims and WorkCover/TAC/DVA insurer-funded
work, family violence and homelessness NGOs, school and university counselling, perinatal,
aged care, Aboriginal SEWB, rural and remote outreach, an after-hours text service. Genres:
intake summaries, SOAP/DAP/BIRP notes, process notes, group notes, supervision reflections,
consult questions, chatty forum replies, closing takeaways. Identifier half (odd numbers) ranges
from a single slip to intake-style posts with ten or more: names with no role cue, relatives,
pets and nicknames, names that are ordinary words (Sunny, Pickles, Blue, River, Ocean, Aroha),
a lower-case name in a quote, employers, schools, halls, care homes and military units, small
towns and suburbs, street addresses and postcodes, dates in several formats (07/11/2000, 14/5,
3.7, 2024-08-19, Friday the 21st, Anzac Day 2022), ages over 89, phones, emails, a handle, a
URL, an IP, NHI/ACC/DVA/court/student/MRN numbers. Clean half (even numbers) is dense with
look-alikes: cited authors and book titles, instruments and scores, ICD/MBS codes, medications
and doses, national services and hotlines (Lifeline, 1737, 13YARN, PANDA, Kids Helpline),
legislation, regions and states, brands, public figures, months, weekdays and holidays without
years.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged). The rules alone, as at 62d9494 where this session started: 0.901, 0.854, 0.650, 0.350.
With the first version of the learned second look (trained on rounds up to 17): 0.901, 0.901, 0.650, 0.250.
With the second look as committed (no count features for texts under 250 characters,
titles and relations always kept; designed from unit tests and cross-validation on
rounds up to 17, not from this set; weights trained on rounds up to 17 and scored
without the title and relation exemption, so recall is if anything higher): 0.901, 0.921, 0.650, 0.200.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b18c-001",
        """\
## Intake summary – Adult Community Mental Health

**Client:** Brodie Tuilagi, 24, male
**DOB:** 07/11/2000
**Address:** 18 Kurrajong Ave, Mount Druitt NSW 2770
**MRN:** 4471902
**Referrer:** GP, Dr Anneliese Fong

**Presenting concerns**
Brodie was brought to the Acute Care Team review by his mum, Salote, after roughly four nights of minimal sleep, pressured speech and a belief that his phone was "feeding him instructions" about a cryptocurrency scheme. Salote reports he stopped his olanzapine 10 mg nocte about six weeks ago because of weight gain (he's up around 14 kg since starting it last year).

**History**
First episode in 2021 – admitted under the Mental Health Act 2007 (NSW), discharged with a working diagnosis of F23 acute and transient psychotic disorder, later revised to F20.0. Some cannabis use; reports none for "months" but UDS pending. Works casual shifts at a warehouse, hasn't been in for a fortnight.

**Screening**
K10 not completed (too distracted). BPRS 58. No command hallucinations reported. Denies SI/HI; mum has removed the car keys.

**Plan**
- Home-based treatment for 72 hours with daily visits from the team
- Psychiatry review re: switching to aripiprazole (less metabolic load) vs an LAI
- Liaise with Dr Fong re: baseline bloods, HbA1c, lipids
- Carer support info for Salote (Mental Health Carers NSW, and our family peer worker)

Question for the group: anyone had luck framing an LAI as a weight-neutral option with young Pasifika men where family are heavily involved in decisions?""",
        [
            ("Brodie Tuilagi", "name"),
            ("Brodie", "name"),
            ("07/11/2000", "date"),
            ("18 Kurrajong Ave", "place"),
            ("Mount Druitt", "place"),
            ("2770", "place"),
            ("4471902", "id_number"),
            ("Anneliese Fong", "name"),
            ("Fong", "name"),
            ("Salote", "name"),
        ],
    ),
    (
        "b18c-002",
        """\
**Consult q – panic disorder, stuck at session 7 of 10 (Better Access)**

Hi all. Private practice, Victoria. Client is a woman in her early 30s, works in corporate finance, referred on a GP Mental Health Treatment Plan (item 2715) for panic disorder with agoraphobic avoidance (F41.0 / F40.00). We're at session 7 of her 10 Better Access sessions (billing 80110, so she's out of pocket about $90 a session after the rebate, which is already a pressure).

Baseline K10 was 34, PDSS 17. Now K10 26, PDSS 11. Better, but she's plateaued. She's doing interoceptive exposure happily in the room – spinning, straw breathing, running on the spot – but will not do in-vivo work on public transport. Every week there's a reason: a cold, a big meeting on Thursday, the trains being replaced by buses over the long weekend.

I've been working from Clark's cognitive model and Barlow's Mastery of Your Anxiety and Panic workbook. She's also on sertraline 50 mg (GP is thinking of going to 100 mg) and has a script for diazepam 5 mg PRN that she carries "just in case" – which I suspect is acting as a safety behaviour even though she says she's only taken it twice since Easter.

Things I'm weighing:
1. Naming the diazepam as a safety behaviour directly and doing a behavioural experiment without it in her bag
2. A graded hierarchy that starts with a tram rather than the train
3. Whether to suggest she goes back to the GP for a review before we run out of sessions

Anyone used the ACT framing (Harris, The Happiness Trap) for someone who intellectually "gets" CBT but avoids anyway? Also open to thoughts on how you handle the session-cap conversation without it turning into a panic trigger in itself.""",
        [],
    ),
    (
        "b18c-003",
        """\
Kia ora koutou, after some wisdom from other school counsellors.

Year 11 student, 15, Māori on his dad's side, referred by his dean after a fight at lunchtime (second this term). Pretty shut down in our first kōrero, but opened up when we walked the field instead of sitting in my office. His cousin died in a car crash over the summer holidays and he went to the tangi but "didn't cry, didn't feel anything". Since then his marks have dropped, he's stopped going to kapa haka and he's sleeping through first period most days.

The one person he talks to is Tama, who was in the car behind. They're both carrying a lot and I'm wondering about seeing them together at some point, or at least making sure Tama has his own support.

What I've done so far:
- SDQ with him and his mum (total difficulties 21, emotional subscale high)
- Used Te Whare Tapa Whā (Durie) to map things out – taha wairua and taha whānau came up as the biggest gaps
- Safety check – no current SI, some passive "what's the point" thoughts; gave him the 1737 and Youthline numbers and put them in his phone with him
- Talked with his dean about easing off the stand-down track for now

Has anyone run a grief group for boys in this age range? I'm also unsure whether to loop in the RTLB or just keep it pastoral for Term 2. Ngā mihi.""",
        [("Tama", "name")],
    ),
    (
        "b18c-004",
        """\
Reflection after a tough week of sensitive claims work

Writing this partly for myself. I'm a registered counsellor (NZAC) doing mostly ACC-funded work, and this week three separate clients hit the point in Herman's phased model where the safety-and-stabilisation phase looks done on paper but isn't done in the body.

One wahine I've been seeing under the Integrated Services for Sensitive Claims pathway (supported assessment done, now in treatment sessions) started dissociating mid-session when we touched on the narrative work. DES-II had been 28 at assessment, not wildly high, but I think I underestimated how much she was holding together just to get through the assessment.

What helped: going back to Fisher's Healing the Fragmented Selves of Trauma Survivors and slowing right down – orienting to the room, naming the colour of the cushions, feet on the floor. Also remembering Mason Durie's point that wellbeing for Māori isn't only the individual mind; her whānau connection is a resource I haven't used enough.

What I'm taking to supervision:
- When do I write to ACC to request further sessions vs. hold the line on the current allocation?
- Am I pacing for my own anxiety about the session count?
- How do I make sure the cultural supervision piece isn't an afterthought?

Also, note to self – the Waitangi Day long weekend and then Matariki later in the year seem to stir things up for a few clients every year. Plan around it.

If anyone has good resources on Porges' polyvagal ideas that are actually grounded (not the Instagram version), I'd love them.""",
        [],
    ),
    (
        "b18c-005",
        """\
SOAP – telehealth review, remote area mental health

S: 38F, Aboriginal woman, reviewed by video from the clinic in Halls Creek with the AHW present. Reports drinking has "come right down" since last review – 4-5 cans most nights rather than a carton. Sleeping better. Still grieving her brother (Sorry Business ongoing). Says the wet season is hard because she can't get out to country.

O: Tired but engaged, good rapport with the AHW, speech normal rate. Mood "alright", affect constricted. No perceptual disturbance. AUDIT 19 (down from 27). K5 14. Weight stable per clinic nurse. Taking naltrexone 50 mg daily, thiamine 100 mg.

A: Alcohol use disorder, moderate, improving. Prolonged grief features but within cultural context – careful not to pathologise Sorry Business. Risk low; protective factors are her grandkids and her role in the family.

P:
- Continue naltrexone, LFTs at next clinic visit
- AHW to link her with the women's group on Thursdays
- Gave the 13YARN number again (she'd lost the card)
- Next review Tues 14/5 by video, RFDS GP visit the week after

Reflecting on the Dudgeon & Walker chapter in Working Together – I keep needing to remind myself the AHW knows more about what's going on than my screening tools do.""",
        [("Halls Creek", "place"), ("14/5", "date")],
    ),
    (
        "b18c-006",
        """\
**Uni counselling – exam anxiety or something bigger?**

Quick one for those in tertiary counselling. Second-year engineering student, early 20s, international student from Malaysia. Presenting in Week 9 of Semester 2 with "exam panic". GAD-7 16, PHQ-9 12. Three single-session drop-ins this semester before booking a standard appointment.

Digging in, the exam stuff is real but sits on top of a lot: scholarship conditions tied to a minimum GPA, family expectations back home, a part-time job doing 20+ hours a week (over the student visa cap, which she's frightened to tell anyone about), and basically no social network here. The one bright spot she mentioned was having Taylor Swift tickets for the Eras tour with a cousin – we used that as a values anchor.

GP prescribed propranolol 10 mg for exam days. She's read online about modafinil and asked what I thought (I said that's a GP conversation but flagged it with her).

Current plan:
- Support a special consideration application for finals (we can do a supporting statement, not a diagnosis)
- Brief CBT for worry – using Dugas' intolerance of uncertainty model
- Link her to the international student advisers re: visa conditions, confidentially
- Mention we have a counsellor who speaks Malay

Where I'm unsure: she's framing all of it as "just exams" and wants strategies only. With the summer break in December she'll be off our books for ten weeks. Do I push for a broader formulation now, or respect the frame she's offering and make a warm handover to her GP plus headspace online? Interested in how others handle the end-of-semester cliff.""",
        [],
    ),
    (
        "b18c-007",
        """\
Consult request – psychological injury claim, return to work stalled

Insurer-funded referral under WorkCover Queensland. 46-year-old man, employed as a civil works supervisor with Toowoomba Regional Council, claim no. C2319-44881. Injury accepted as PTSD after he was first on scene at a fatal roadworks incident; he knew the worker.

We're at session 14. PCL-5 has gone 58 → 41 with CPT (Resick's protocol, mostly the impact statement and stuck-point work). Nightmares a bit better on prazosin 2 mg, titrating with his GP. He's engaged and doing the worksheets.

Where it's stuck is RTW. The suitable duties plan has him back at the depot three mornings a week, but his direct supervisor, Darren, keeps "checking in" in ways the client experiences as pressure – phoning on his days off, asking in front of the crew when he'll be "back to normal". His avoidance has jumped every week that happens.

I've raised it with the rehab provider and the case manager, gently. I don't want to become an adversary of the employer, and I'm aware the whole IME machinery sits in the background.

Questions:
1. How do you frame supervisor behaviour in a progress report without it reading as blame?
2. Has anyone had success with a three-way meeting (client, me, supervisor) at this stage, or is it too early?
3. Any good plain-language handouts on trauma and RTW for employers? I've used the Black Dog Institute workplace material before.

Thanks in advance – these claims can feel like there are five agendas in the room.""",
        [
            ("Toowoomba Regional Council", "organisation"),
            ("C2319-44881", "id_number"),
            ("Darren", "name"),
        ],
    ),
    (
        "b18c-008",
        """\
Practice reflection – coercive control and the "why didn't she leave" question

I work at a specialist family violence NGO (case management plus counselling). I keep getting the same question from other services – usually hospital social work or Centrelink – about a client who has returned to the relationship: "So what's the plan now?"

For a woman I'm working with at the moment (late 40s, two teenagers, regional Victoria), leaving has meant losing her job, her housing and her kids' school, and her MARAM risk assessment actually went up in the weeks after separation, not down. That's exactly what the research says. Stark's work on coercive control, and Jane Monckton Smith's eight-stage homicide timeline, both describe separation as a peak risk period.

What I'm trying to do:
- Stay alongside her rather than making my support conditional on leaving
- Keep the safety plan live: a go-bag at a friend's, a code word with her sister, 000 saved, the 1800RESPECT number disguised in her contacts
- Work with the kids' needs separately (the Safe & Together model has been useful for talking about the perpetrator's choices rather than her "failure to protect")
- Flexible Support Packages for a few practical things

I also notice my own frustration some weeks. Lundy Bancroft's Why Does He Do That? is on my desk as much for me as for clients.

For those in NZ – I'd be interested in how the Family Violence Act 2018 and the ISR model change what you can do with information sharing. Our information sharing scheme is powerful but the forms are brutal.""",
        [],
    ),
    (
        "b18c-009",
        """\
Ha, I have one almost exactly like this!! Late 20s, ADHD diagnosed last year, on Vyvanse 50 mg, and the relationship runs on her partner Sunny being "the organised one" – calendar, bills, vet appointments for their dog Pickles – and then resenting it, while she feels like a child.

Gottman's Four Horsemen landed well (she now calls out her own "defensiveness" mid-sentence lol), and Orlov's The ADHD Effect on Marriage was a lightbulb. The real turning point was a blow-up around Anzac Day 2022 when she forgot they were due at his parents' place and he went quiet for a week.

Pickles turns up on most telehealth sessions. Best co-therapist I've had.""",
        [("Sunny", "name"), ("Pickles", "name"), ("Anzac Day 2022", "date")],
    ),
    (
        "b18c-010",
        """\
Supervision notes – registrar, community psychiatry

Things I want to bring to this week's supervision:

1. **Clozapine titration in the community.** Man in his 30s with treatment-resistant schizophrenia (F20.0), two adequate trials failed (risperidone, then aripiprazole). Started clozapine as an outpatient – now at 200 mg, aiming for 300-400 mg guided by a level. Weekly FBC/ANC fine so far; troponin and CRP clean at week 4. He's tachycardic (HR 110) and very sedated. Discussed with the clozapine coordinator. My question: how much do we tolerate the sedation if the voices are finally quieter?

2. **CTO review.** He's on a Treatment Order under the Mental Health and Wellbeing Act 2022 (Vic). Tribunal hearing coming up. I'm uncertain whether I'm extending it for his benefit or because it makes the team's job easier. Kapur's aberrant salience paper and the recovery literature pull me in different directions.

3. **Me.** I got defensive in the family meeting last Wednesday when his father asked why we "waited so long" for clozapine. He's not wrong – the RANZCP guideline suggests considering it after two failed trials, and we went to a third. I think I took it as criticism of me rather than hearing his grief.

Reading I want to discuss: Yalom's The Gift of Therapy chapter on letting the patient matter to you, and the Maudsley Prescribing Guidelines section on clozapine-induced tachycardia.

Off on leave over the Christmas–New Year break, so I need to hand over the titration properly before then.""",
        [],
    ),
    (
        "b18c-011",
        """\
Case presentation – psychogeriatric consult in residential aged care

**Background:** 94-year-old woman, admitted to St Clement's Lodge eight months ago after a fall at home. Before that she'd lived alone in the same house in Kiama for over sixty years. Widowed, one daughter (Noelene) who visits most days and one son interstate.

**Reason for referral:** Staff report she's "refusing care", crying in the afternoons, calling out for her late husband. A GP trial of risperidone 0.25 mg was stopped after a fall.

**Assessment:** MoCA 16/30 (hearing aids weren't in for the first half, so interpret cautiously). Cornell Scale for Depression in Dementia 14. GDS-15 not valid at her level of cognitive impairment. She told me clearly she wants to "go home to the dog". The dog died in 2015.

**Formulation:** I'm reading the afternoon distress less as sundowning and more as unmet need (Kitwood's framework – comfort, attachment, occupation). Her days are long and empty and she has lost a whole identity as a gardener and church volunteer.

**Recommendations:**
- Mirtazapine 7.5 mg nocte, review in 6 weeks (appetite and sleep bonus)
- Referral to Dementia Support Australia for a behaviour support plan
- Ask Noelene whether she can bring in her gardening gloves and some pots – a raised garden bed on the verandah is being discussed
- Staff education on approach: one carer, slow, explain before touching

Would value thoughts on whether anyone has seen the Montessori for Dementia approach actually work in an under-resourced facility.""",
        [
            ("94", "age"),
            ("St Clement's Lodge", "organisation"),
            ("Kiama", "place"),
            ("Noelene", "name"),
        ],
    ),
    (
        "b18c-012",
        """\
Reply to the thread on capacity assessments in aged care

Agree that capacity is decision-specific. A MoCA of 19/30 or an ACE-III of 71 tells you there's impairment, not whether this person can weigh up the risks of going home. I use the four abilities (understand, retain, use/weigh, communicate) and write down the person's actual words. Fluctuation matters too: one man I assessed recently (87, vascular dementia, donepezil 10 mg) was sharp about his finances at 10 am and lost at 3 pm, so I did two visits and said so. The Queensland Capacity Assessment Guidelines are free and decent; for the NZers the PPPR Act framework differs but the reasoning is similar. Darzins, Molloy & Strang's Who Can Decide? is still the best primer.""",
        [],
    ),
    (
        "b18c-013",
        """\
**Gaming, school refusal and a very worried mum – thoughts?**

Private practice, WA. 14-year-old boy, Year 9 at Ellenbrook Secondary College, hasn't attended more than two days a week since the start of Term 3. Mum is a single parent, works shifts, and emails me almost daily (from lynette.parkes68@gmail.com, usually around midnight, which tells its own story).

He's in his room gaming most of the night – Fortnite and a lot of Roblox – and has a small online friendship group he talks to on Discord as kaijuboi_07. Honestly, that group seems to be his main source of connection and they sound fairly harmless. Mum wants me to "get him off the computer".

Assessment so far:
- SCAS elevated on social anxiety and separation anxiety subscales
- SDQ parent version: total 22
- No clear depression on the SMFQ (score 9)
- Developmental history suggests possible ASD traits – I've suggested a referral via the GP to a paediatrician

My leaning is to frame the school refusal as anxiety-driven avoidance (Kearney's functional model – avoiding social evaluation plus tangible rewards at home), work on a graded return with the school's student services team, and not make gaming the enemy. I'm drawing on Heyne's @school program and a bit of Ross Greene's collaborative problem solving for the home side.

I'm also conscious of boundaries with mum. A fortnightly parent session might contain the emails. Anyone have a script for that conversation? And any eSafety Commissioner resources for parents that aren't just fear-mongering?""",
        [
            ("Ellenbrook Secondary College", "organisation"),
            ("lynette.parkes68@gmail.com", "email"),
            ("kaijuboi_07", "handle"),
        ],
    ),
    (
        "b18c-014",
        """\
Perinatal consult – intrusive thoughts postpartum, how much to reassure?

Private practice psychologist, perinatal focus. Client is 9 weeks postpartum with her first baby. EPDS 16 at her GP review, item 10 scored 0. She came in describing horrifying images of dropping the baby off the balcony and of "doing something" with the kitchen knives. She has moved all the knives to a high cupboard, won't bathe the baby alone, and checks on him many times a night.

This looks very much like postpartum OCD rather than psychosis or depression with thoughts of harm – the thoughts are ego-dystonic, she's horrified by them, and there's a ton of avoidance and checking. Y-BOCS 24. No psychotic features, sleeping when she can. Partner is supportive but confused.

Plan:
- Psychoeducation – Fairbrother and Abramowitz's work on how common harm-related intrusions are in new parents is so reassuring for clients
- Gentle ERP, starting with bathing the baby with her partner in the next room
- Liaise with GP re: sertraline (compatible with breastfeeding per LactMed and the MotherSafe guidance)
- Linked her in with PANDA (1300 726 306) and the Gidget Foundation's online groups

My question is about reassurance. Every session she asks "you don't think I'd actually do it, do you?" I know reassurance feeds the cycle, but she's also a sleep-deprived first-time mum who needs containment – Winnicott's holding environment is very much on my mind. How do others balance this early in treatment?

Also, anyone know of a good book for partners? I've been recommending This Isn't What I Expected (Kleiman & Raskin), but it's more depression-focused.""",
        [],
    ),
    (
        "b18c-015",
        """\
DAP note – Community Mental Health, follow-up

D: Tāne in his 50s, seen at home with his sister present. NHI ZKT4829. Reports the voices have "backed off" since the depot was increased. Still spending most of the day in bed, not leaving the house except for the dairy on the corner. Sister says he's eating better. Cellphone was off again when I tried to confirm the visit (021 448 3926) – she now keeps it charged for him. He mentioned Dr Mere Rāwiri at the medical centre has been "on his case" about smoking.

A: Negative symptoms prominent, positives reduced on paliperidone palmitate 100 mg monthly. HoNOS 14 (previously 19). No current risk to self or others identified. Social isolation remains the biggest issue and I think his sister is close to burnout. He lives alone in a Kāinga Ora flat in Cannons Creek and the street has been rough lately.

P:
- Continue depot, next due in 3 weeks
- Discuss referral to a peer support/day programme – he used to enjoy mau rākau
- Carer support for sister; give her the Mental Health Foundation whānau resources
- Liaise with GP re: smoking cessation, varenicline option, metabolic monitoring
- Review with psychiatrist at next MDT

Note for the team: his Mental Health (Compulsory Assessment and Treatment) Act 1992 order was discharged last year, so this is all voluntary now. He's engaging, which is a big shift.""",
        [
            ("ZKT4829", "id_number"),
            ("021 448 3926", "phone"),
            ("Mere Rāwiri", "name"),
            ("Cannons Creek", "place"),
        ],
    ),
    (
        "b18c-016",
        """\
Group notes – DBT skills group, distress tolerance module, week 4

Attendance: 7 of 9 (one apology, one no-show – follow-up phone call made).

Content: Reviewed diary cards in pairs. Taught TIPP (temperature, intense exercise, paced breathing, paired muscle relaxation) from Linehan's DBT Skills Training Manual, 2nd edition. Demonstrated the cold-water face dip with a bowl and ice packs; about half the group tried it in the room.

Process observations:
- Two members said the cold water was "useless", then later reported it was the only thing that got them through the weekend. Good opportunity to talk about willingness vs willfulness.
- One member arrived late, dysregulated after a Centrelink appointment. Co-facilitator took her out for 10 minutes and used the skills live; she rejoined for chain analysis and, with her permission, we used it as a worked example.
- Several people said Mondays after a long weekend are the hardest. Wondering if we need a brief between-session coaching reminder on Fridays.
- Whole group laughed at the "radical acceptance of public transport" joke – good cohesion sign this early.

Measures: DERS collected at week 0; repeat at week 12.

Risk: One member disclosed superficial self-harm over the weekend on her diary card. Individual therapist notified same day as per protocol; no acute risk identified.

Next week: IMPROVE the moment, and pros and cons. Remind the group there's no session on the Melbourne Cup public holiday – we'll run on the Wednesday instead.""",
        [],
    ),
    (
        "b18c-017",
        """\
Process note – session 6 (for supervision, de-identified as far as I could)

She came in and didn't sit for a while, stood by the window with her coffee. When she did sit, the first thing she said was: "i told jase i'm done with it. actually done this time." I noticed I felt relieved, and then noticed the relief was mine, not hers – she looked flat.

I reflected that it sounded like a big decision. She shrugged. Long silence. Then she talked about her sister Mikayla, who "always says that and never means it", and I wondered aloud whether she was worried I'd think the same about her. She laughed – the first real affect in the session.

The middle part was mostly practical – where she'd stay, whether she could afford the rent alone on what she earns doing nights at the Bunnings in Rockhampton. I got pulled into problem-solving mode, which I do when I'm anxious. Casement would call this my need to be useful.

Towards the end she said "you're the only one who doesn't tell me what to do". I felt a flush of pride, then unease. Bollas's unthought known came to mind – she's rehearsing with me something she's never been allowed to do at home, which is make her own call and have it witnessed.

For supervision:
- My relief at her leaving – whose need is that?
- Should I have stayed with the silence longer rather than filling it with logistics?
- Risk: no DV disclosed as such, but she's very careful about her phone. I haven't asked directly yet.""",
        [
            ("jase", "name"),
            ("Mikayla", "name"),
            ("Bunnings", "organisation"),
            ("Rockhampton", "place"),
        ],
    ),
    (
        "b18c-018",
        """\
Working in Aboriginal social and emotional wellbeing – a reflection for newer clinicians

I've been asked a few times on here what it's like moving from mainstream private practice into an Aboriginal Community Controlled Health Organisation. I'm a non-Indigenous psychologist and I've been with an ACCHO in the Kimberley region for about four years. A few things I wish I'd known:

1. **The SEWB model is not a nice add-on.** Gee, Dudgeon and colleagues' model in Working Together (2nd ed, ch. 4) is the framework: connection to body, mind, family and kin, community, culture, country, and spirituality and ancestors – with political, historical and social determinants around all of it. If your formulation only has "mind" in it, it's incomplete.

2. **Your tools can mislead you.** K10 and PHQ-9 weren't normed with mob. The adapted PHQ-9 (aPHQ-9) and the Growth and Empowerment Measure are better fits. And an Aboriginal Health Worker's read of the situation beats a score.

3. **Time works differently.** Sorry Business takes precedence, and it should. Clients will miss weeks. Don't discharge for non-attendance.

4. **Know the services.** 13YARN (13 92 76) is run by and for Aboriginal and Torres Strait Islander people. Link-Up does family tracing for Stolen Generations survivors. The Healing Foundation has good resources.

5. **Look after yourself.** Vicarious trauma is real, and so is the guilt of being a whitefella who goes home at the end of the day. Get cultural supervision, not just clinical.

NAIDOC Week and National Sorry Day are big in our community calendar – go, listen, eat the sausages, don't run a stall.

Recommended: Judy Atkinson's Trauma Trails, and anything by Pat Dudgeon.""",
        [],
    ),
    (
        "b18c-019",
        """\
Follow-up to my earlier post about the child-inclusive work

Thanks all for the replies. Quick update and a new question.

Since last session (3.7) things have moved fast. Dad (Grant) has filed for an urgent change to the interim parenting orders, and the matter is listed in the FCFCOA for 2024-08-19 (file number SYC 4412/2023). The ICL has now asked for my notes.

My client is the 11-year-old, not either parent. I've seen her for eight sessions using a mix of play-based work and some child-centred CBT for sleep and worry. She has told me pretty clearly she wants to keep living mostly with her mum but doesn't want to "get Dad in trouble".

I spoke with the ICL on Thu 11 July and explained my concerns about the therapeutic relationship if notes are produced. She was reasonable but said a subpoena is likely.

Questions:
- Has anyone successfully objected to production on the basis of harm to the child?
- How much do you tell a child about what will happen to her notes? I don't want to promise confidentiality I can't keep.
- Any recommended reading beyond McIntosh's child-inclusive research?

I've already called my indemnity insurer and the APS ethics line. The s 60CC best-interests factors in the Family Law Act 1975 are in my head constantly.""",
        [
            ("3.7", "date"),
            ("Grant", "name"),
            ("2024-08-19", "date"),
            ("SYC 4412/2023", "id_number"),
            ("11 July", "date"),
        ],
    ),
    (
        "b18c-020",
        """\
Couples consult – affair recovery, who holds the secret?

Working with a heterosexual couple, together 18 years, three kids. Referred by their GP after he disclosed an emotional affair with a colleague – lots of texting, one "almost" encounter at a conference; he says nothing physical happened.

I'm using a blend of Gottman's Trust Revival Method (atone, attune, attach) and EFT (Sue Johnson's attachment injury resolution model, as in Hold Me Tight). The Gottman Relationship Checkup showed high flooding on her side and very high conflict avoidance on his. She's had two sessions where she was so flooded we stopped for a 20-minute physiological self-soothing break.

The dilemma: in an individual session (I do one each early on, per the standard Gottman assessment), he told me the colleague is still texting him and he hasn't fully cut contact. He asked me not to tell his wife.

I was clear at intake that I don't hold secrets that undermine the couple work – the limited-secrets policy that both Gottman and Glass describe. So I've told him he has two sessions to disclose or end contact, or I'll need to pause the couple work. He's angry with me.

Questions for people who do lots of affair work:
1. Is a two-session window reasonable, or am I being rigid?
2. How do you handle the school holidays/Christmas period when a disclosure might land in the middle of a family trip?
3. Anyone refer to Relationships Australia for parallel individual counselling, or keep it all in house?

Reading that's helped me: Shirley Glass's Not "Just Friends", Esther Perel's The State of Affairs, and Janis Abrahms Spring's After the Affair.""",
        [],
    ),
    (
        "b18c-021",
        """\
Hi all – student counselling, NZ uni, wanting a sanity check on an aegrotat situation.

First-year student, 18, living in halls (Te Puni Village), came in a week before exams. Student ID 300618274 (she wrote it on the intake form and asked me to put it on the letter, hence I have it). Presenting with low mood, not sleeping, missing lectures since mid-trimester. K10 33. PHQ-9 18, item 9 scored 1 ("several days"). Safety plan done; she has her RA and a close friend on the floor.

What's come out over three sessions: she was assaulted at an O-Week party by someone in her hall. She hasn't reported it and doesn't want to. He's still living there. Her flatmate Ocean is the only one who knows, and Ocean has been sleeping in her room most nights.

Things I'm juggling:
- Aegrotat/special consideration for exams – she doesn't want details in the application, just "medical grounds"
- Accommodation options so she isn't sharing a kitchen with him – that has to go through the hall manager, which terrifies her
- Referral for ACC sensitive claims counselling (she's eligible) and Safe to talk (0800 044 334)
- Whether to encourage her to involve her parents – she's from out of town and they'd want to bring her home

I'm following the Victoria University of Wellington sexual harm policy, which is actually decent, but it's heavily process-driven and she keeps saying "I just want to sit my exams and go home".

Started some grounding and sleep work. GP has prescribed a short course of zopiclone. Reading: Herman's Trauma and Recovery for me; she'd found The Body Keeps the Score on TikTok.""",
        [
            ("Te Puni Village", "organisation"),
            ("300618274", "id_number"),
            ("Ocean", "name"),
            ("Victoria University of Wellington", "organisation"),
        ],
    ),
    (
        "b18c-022",
        """\
ED consult – FBT with a 14-year-old, dad not on board

Hi everyone. Clinical psychologist in private practice. Client is on an Eating Disorder Treatment and Management Plan, so up to 40 psychological sessions under the MBS eating disorder items (90250 series).

14-year-old girl, restrictive AN (F50.01), 8 months' history, admitted to the adolescent medical ward earlier in the year for bradycardia (HR 42), then into FBT with us. Weight now 89% of median BMI for age, up from 78%. EDE-Q global 3.9.

Phase 1 of FBT (Lock & Le Grange) has gone well with mum – she's taken on all meals, plates up, sits with her. Dad works FIFO, two weeks on, one off, and when he's home he undermines it: "she's fine, she had a big lunch", lets her skip morning tea, talks about his own "clean eating".

What I've tried:
- Family session with dad present specifically about parental unity, using the externalising frame (the illness as a bully, not their daughter)
- Sent him the Butterfly Foundation carer resources and the F.E.A.S.T. Around the Dinner Table forum
- Explored, gently, whether his own relationship with food might be part of it

Current meds: nil. Psychiatrist has floated olanzapine 2.5 mg if the mealtime anxiety doesn't settle.

Worried Christmas is coming up – lots of unstructured eating, relatives with opinions, and dad home for three weeks straight. Anyone have a Christmas plan template for FBT families? Tips on engaging FIFO parents specifically? Treasure & Schmidt's carer work (Skills-based Caring for a Loved One with an Eating Disorder) is my go-to but it's quite UK-flavoured.""",
        [],
    ),
    (
        "b18c-023",
        """\
Rural outreach – farmer, drought, and the dog

Would appreciate some thoughts. I'm a clinician with an outreach team in western NSW, seeing a man in his late 50s on a sheep and wheat property outside Walgett. Third year of below-average rain. He was referred by the Rural Financial Counselling Service after he said something to them about "not being around for the next lot of bills".

First visit was at his kitchen table. K10 34, PHQ-9 19 (item 9 = 2). Has firearms on the property (licensed, for stock) – I raised temporary storage with a neighbour, and he's agreed to let Col hold the bolts of the rifles for now. His wife left four years ago. His father, 91, still lives in the old homestead on the same block, and he does most of his care.

The strongest protective factor is his kelpie, Blue. He said "who'd work Blue if I wasn't here". I'm not sure whether to lean on that as a reason for living or whether it's too thin.

Plan so far:
- GP has started mirtazapine 15 mg (sleep is terrible)
- Fortnightly visits, telehealth in between when the satellite behaves
- RAMHP resources, and the National Centre for Farmer Health material that doesn't feel like "psych stuff"
- Linking his father in with My Aged Care so the carer load comes down

He hates the word depression. He'll talk about being "crook" or "flat". I've been thinking about Kelly's work on rural men and help-seeking and the Men's Shed model. Also curious whether anyone has used the Ten to Men findings in practice.

Any advice on means restriction conversations that actually land with farmers?""",
        [("Walgett", "place"), ("Col", "name"), ("91", "age"), ("Blue", "name")],
    ),
    (
        "b18c-024",
        """\
Replying to the telehealth-in-remote-areas thread, because this is my whole life:

- Sky Muster drops out at the worst moment. Agree a backup at the start: "if we drop out, I'll ring you in two minutes."
- Healthdirect Video Call and Coviu cope with low bandwidth better than Zoom. Audio-only is fine; some blokes talk more without the camera.
- Ask "is this a good spot to talk?" every single time.
- Check MBS Online for the current rules on the 91000-series telehealth items before you assume.
- Boxing Day to mid-January is dead, and so is harvest. Plan reviews around those.
- In a town of 600, a car outside the clinic is a disclosure.

Backhaus et al. on alliance over video is reassuring if anyone's worried.""",
        [],
    ),
    (
        "b18c-025",
        """\
**New client intake – ACC sensitive claim (to discuss at peer group)**

Name: Aroha Ngata-Williams
DOB: 14 Feb 1991
Address: 23 Tōtara Street, Te Puke 3119
Mobile: 027 551 0832
Email: aroha.nw@xtra.co.nz
ACC claim: 10045672915
GP: Dr Hemi Walker
Employer: Zespri (packhouse coordinator)

Aroha self-referred after a workmate told her about the sensitive claims pathway. She's 33, lives with her partner and two tamariki. Disclosed historic sexual abuse by a family friend between ages 8 and 12. Has never told her mum. Struggling since her daughter turned eight – "I look at her and I can't breathe".

Presentation: PCL-5 49, DES-II 18, PHQ-9 15. Sleeping 3-4 hours, hypervigilant around men who visit the house. No self-harm for over ten years (cutting as a teen). On no medication, wary of "pills".

Strengths: strong connection to her iwi and marae, loves her work, partner supportive. Kapa haka is where she feels most herself.

Plan:
- Supported assessment booked, then treatment sessions
- Stabilisation first – window of tolerance (Siegel), grounding, sleep
- Ask about a whānau-inclusive approach when she's ready; offer a Māori clinician for co-work or cultural supervision input
- Safe to talk and 1737 numbers given

Question for the group: she wants to start with "the story" now. I'm inclined to hold off on trauma processing (EMDR or TF-CBT) until sleep improves. Thoughts?""",
        [
            ("Aroha Ngata-Williams", "name"),
            ("Aroha", "name"),
            ("14 Feb 1991", "date"),
            ("23 Tōtara Street", "place"),
            ("Te Puke", "place"),
            ("3119", "place"),
            ("027 551 0832", "phone"),
            ("aroha.nw@xtra.co.nz", "email"),
            ("10045672915", "id_number"),
            ("Hemi Walker", "name"),
            ("Zespri", "organisation"),
        ],
    ),
    (
        "b18c-026",
        """\
SOAP – session 9, chronic pain following MVA (TAC-funded)

S: Man in his 40s, 18 months post rear-end collision, ongoing neck and low back pain. Says the week was "average". Did his walking program four days out of seven. Flare on the weekend after helping a mate move a couch; spent Sunday on the couch with heat packs. Sleep still broken. Frustrated that the TAC wants an updated treatment plan again.

O: Engaged, some pain behaviours (shifting, guarding) during session. DASS-21: depression 18, anxiety 10, stress 22. PCS 31, down from 38 at intake. PSEQ 24. Medications per GP: pregabalin 150 mg bd, regular paracetamol, stopped the tapentadol last month.

A: Chronic pain with comorbid depressive symptoms and catastrophising, gradually improving self-efficacy. The weekend flare is a classic boom-bust pattern rather than deterioration. Activity pacing is the key skill to consolidate.

P:
- Pacing: set baseline at 70% of tolerance for lifting tasks, use the activity diary
- Continue Nicholas et al., Manage Your Pain (3rd ed.), chapters 7-9 as homework
- Values work (ACT) – he talked about wanting to coach junior footy again next season
- Complete TAC treatment plan; recommend a further 10 sessions
- Liaise with the physio re: consistent messaging (Moseley & Butler's Explain Pain language)

Next session next Tuesday, 50 min, billed as per TAC fee schedule.""",
        [],
    ),
    (
        "b18c-027",
        """\
Supervision reflection – quick one before Monday

Client (early 30s, health anxiety) mentioned in passing that she works as a ward clerk at Westmead. I did a placement there years ago and still have friends on staff. Nothing direct, but I caught myself picturing the corridors and feeling a pull to say "oh, I know that ward". I didn't.

Is this a multiple-relationship issue under the APS Code of Ethics, or just ordinary overlap in a big city? And do I disclose the connection? Clinically it's going well – Salkovskis & Warwick's model, HAI 32 → 21 over 8 sessions, escitalopram 10 mg – so I suspect the real issue is my own countertransference about hospitals. Taking it to supervision, and probably my own therapy.""",
        [("Westmead", "organisation")],
    ),
    (
        "b18c-028",
        """\
School psych – ADHD assessment results and the "is it just behaviour" meeting

Hi all, school psych in a state primary school (Qld). Looking for ideas on presenting results to a sceptical team.

Year 4 boy, 9. Teacher referral in Term 1 for "defiance" and not finishing work. I did a WISC-V (FSIQ 84 but a big spread – VCI 102, WMI 76, PSI 78), Conners 4 parent and teacher forms (both elevated on inattention and hyperactivity/impulsivity, teacher more so), and a BASC-3 for broader emotional stuff. His Year 3 NAPLAN results were "needs additional support" in reading and writing.

My read: the profile fits ADHD combined presentation plus a possible specific learning disorder in written expression, and the "defiance" is mostly avoidance of tasks that are genuinely hard for him. Mum has been told to "be stricter" by a few people and is exhausted.

Plan I'll propose:
- Referral via GP to a paediatrician (I can't diagnose ADHD in our role, but the data's strong). Methylphenidate (Ritalin LA) or similar is likely to come up.
- Adjustments under NCCD at the supplementary level: chunked tasks, movement breaks, visual timers, reduced written output
- Teacher coaching using Ross Greene's Lost at School / CPS rather than more points charts
- Barkley's parent training material for mum, or a Triple P group

The meeting is Wednesday week. The deputy is big on "consequences". Any phrasings that have worked to shift a team from "won't" to "can't yet"? Greene's "kids do well if they can" lands with some staff and irritates others.

Mum also asked about Kids Helpline (1800 55 1800) for him – okay to suggest for a 9-year-old, or is it more for older kids?""",
        [],
    ),
    (
        "b18c-029",
        """\
BIRP – session 11

B: Client (27, she/her) arrived 10 min late, teary. Showed me screenshots from her ex's Instagram (@dion_kz) – a story she reads as being about her. Has been checking his account "maybe 40 times a day" despite blocking him twice. Reports she posted about the breakup on her own blog (kirrawrites.substack.com) last week and now regrets it because "everyone at work read it".

I: Validated the pull to check. Functional analysis of the checking (trigger → urge → check → relief → worse). Introduced urge surfing (Marlatt/Bowen). Discussed a values-based social media plan rather than a rule: what does she want her feed to be for? Agreed she'd email me a short weekly check-in instead of contacting him; she'll send from k.mcallister.writes@outlook.com, so I've added it to my safe senders.

R: Initially defensive ("I know it's pathetic"), softened when I normalised it as attachment-system activation – Levine & Heller's Attached came up and she said she'd already read it twice, which made us both laugh. Agreed to delete the Instagram app for 7 days as an experiment. PHQ-9 13 (from 16). No SI.

P: Review the experiment next session. Continue DBT-informed emotion regulation work (check the facts, opposite action). Consider whether the blog is self-expression to support or a form of rumination. Next appt Thursday.""",
        [
            ("@dion_kz", "handle"),
            ("kirrawrites.substack.com", "url"),
            ("k.mcallister.writes@outlook.com", "email"),
        ],
    ),
    (
        "b18c-030",
        """\
Closing the case – takeaways from 14 months of grief work

Finishing up with a client this week and wanted to jot down what I learned, partly for my own records and partly because people here were generous with suggestions when I first posted about her.

Background (de-identified): woman in her 60s, husband died suddenly of a cardiac event while they were on holiday overseas. First presented about four months after his death with intense yearning, not sleeping, unable to go into his study. PG-13-R was 43 at the 12-month mark, and she met criteria for prolonged grief disorder (6B42 in ICD-11).

What helped:
1. **Dual process model (Stroebe & Schut).** Giving her permission to oscillate – to have "restoration" days without guilt – was huge. A friend had told her she was "moving on too fast".
2. **Elements of Shear's Prolonged Grief Disorder Therapy** – the imaginal revisiting was hard but shifted things. We spread it over six sessions, not three.
3. **Continuing bonds (Klass, Silverman & Nickman).** She now writes him a letter on their anniversary and has turned the study into a reading room with his books.
4. **Anniversary reactions.** Mother's Day, his birthday in November, and the first Christmas were all expected spikes. Planning ahead reduced the dread.
5. **Griefline** and a local widows' group gave her company between sessions.

What I'd do differently: I leaned too early on Worden's tasks as a checklist. She pushed back, rightly. The tasks are descriptive, not a to-do list.

Final PG-13-R 24, PHQ-9 6. She's back at her book club and volunteering at an op shop two days a week. The ending was warm – she brought a lemon tree from her garden for the clinic.

Grateful for this group.""",
        [],
    ),
    (
        "b18c-031",
        """\
+1 to the "good son" stuff above. Mine is early 20s, the only sibling still at home, translator and driver for his parents and now carer since dad's stroke. His older brother works at the Fonterra plant in Edendale, sends money but never visits, and the resentment is huge and unspoken. When we named it he said "I'm not allowed to be angry, he's the one who left so we could eat." Genogram plus Boszormenyi-Nagy's invisible loyalties has been the most useful frame. K10 31 → 24 over 10 sessions. McGoldrick's Ethnicity and Family Therapy is old but still earns its place.""",
        [("Fonterra", "organisation"), ("Edendale", "place")],
    ),
    (
        "b18c-032",
        """\
Ethics question – small town, and a former client is now my kid's teacher

Genuine dilemma, and I suspect others in rural practice have been here.

About three years ago I saw an adult client for around 12 sessions (adjustment disorder, F43.2, after a separation). Good outcome, ended well. This year they've turned up as my child's classroom teacher at the only primary school in our town. We've both been polite and careful. They haven't acknowledged the therapy and neither have I.

Now the school has asked me to help with a parent working bee, which means working alongside them for a day, and there's a parent-teacher interview next month.

My reading:
- The APS Code of Ethics and the PsyBA guidance on boundaries don't prohibit post-therapy non-sexual contact, but I have to avoid exploiting the relationship and think about their welfare.
- Lazarus and Zur's Dual Relationships and Psychotherapy makes the point that in small communities multiple relationships are unavoidable; the question is whether they're harmful, not whether they exist.
- Pope and Keith-Spiegel's decision-making steps are useful as a structure.

My instinct: do the interview (it's about my child and I'd be a parent like any other), skip the working bee or pick a different shift, and don't raise the therapy unless they do. If they do, keep it brief and warm.

Less sure about: should I document this as a consultation, and should I talk to my indemnity insurer pre-emptively? Would anyone actually email the teacher to name it, or is that worse? For the NZers, I know the NZAC and NZCCP codes treat this similarly – keen to hear how your ethics committees have answered questions like this.

(Yes, I'm taking it to supervision too.)""",
        [],
    ),
    (
        "b18c-033",
        """\
Consult – supporting a trans young person when parents are split

Psychologist in private practice, Tasmania. Client is 16, assigned female at birth, identifies as non-binary, uses they/them and the name River. Has been socially transitioning at school (Year 11 at Hobart College) for about six months – the school has been genuinely good, updated the roll and gave access to an all-gender bathroom.

Mum is supportive. Dad uses the old name (Jessica) and "she" at home and has said he'll "fight" any referral for puberty blockers or hormones. They share care week about.

River has low mood, PHQ-A 17, lots of dysphoria around their chest, and is binding for long stretches – I've given them Minus18's safe binding guide and we've talked about breaks.

Things came to a head on Friday the 21st when dad found a binder in the wash and there was a big fight. River stayed at a friend's that night. No self-harm since, but it's been close.

My role as I see it:
- Individual support – affirming, not pushing any particular medical pathway, exploring identity at their pace
- Safety planning (QLife 1800 184 527, Kids Helpline)
- I'm not the assessing clinician for gender-affirming care – that would be the state paediatric gender service if they go that way, and consent with separated parents is legally complicated (Re Kelvin and the Family Court cases since)
- Offering dad a session of his own to be heard, without colluding

I'm drawing on the Australian Standards of Care and Treatment Guidelines (Telfer et al.) and Ehrensaft's The Gender Creative Child. Has anyone successfully engaged a non-affirming parent without losing the young person's trust?""",
        [
            ("River", "name"),
            ("Hobart College", "organisation"),
            ("Jessica", "name"),
            ("Friday the 21st", "date"),
        ],
    ),
    (
        "b18c-034",
        """\
Psychiatrist's two cents on the lithium question: aim for 0.6–0.8 mmol/L for maintenance in most adults, nearer 0.4–0.6 in older people, per the RANZCP mood disorders guideline (Malhi et al., 2020). 12-hour levels every 3 months once stable, with eGFR, calcium and TSH. Watch NSAIDs, ACE inhibitors and thiazides, and gastro in a hot summer – I send a reminder letter every December. Keep people on the same brand (Quilonum SR and Lithicarb aren't interchangeable in practice). Goodwin and Jamison is still the best long read.""",
        [],
    ),
    (
        "b18c-035",
        """\
Perinatal consult – second pregnancy after a traumatic birth

Kia ora. I'm a psychologist with a maternal mental health service in Te Tai Tokerau. Wāhine in her late 20s, pregnant with her second, due 12 March. Her first birth was an emergency caesarean after a long labour, and she describes it as "the worst day of my life" – she thought her baby was dead when she didn't hear crying straight away.

She's now 28 weeks, having nightmares, avoiding the hospital (has missed two scans), and asking for an elective caesarean. Her first child, Kōwhai, is 3 and she says she can't bear the thought of "leaving Kōwhai without a mum".

Screening: EPDS 17, PCL-5 44 (birth-related). Tokophobia features. No SI.

She lives out past Kaikohe, so getting to Whangārei for appointments is a 90-minute drive each way, and she doesn't have her own car.

Plan:
- Liaise with her LMC, Jess Tuhiwai, about a birth planning meeting with the obstetric team, including mode of birth
- Birth trauma-focused therapy – considering a few sessions of EMDR (Stramrood and colleagues' work on EMDR for fear of childbirth is encouraging)
- Whānau hui – she wants her mum and partner involved
- Telehealth where possible to cut down travel
- Well Child Tamariki Ora checks for the first child continuing as usual

Question: anyone had experience with the timing of EMDR in the third trimester? Some colleagues are nervous about trauma processing in pregnancy; my reading of the evidence is that it's safe and may reduce the risk of another traumatic birth experience. Also, any good birth trauma resources for Māori whānau?""",
        [
            ("12 March", "date"),
            ("Kōwhai", "name"),
            ("Kaikohe", "place"),
            ("Whangārei", "place"),
            ("Jess Tuhiwai", "name"),
        ],
    ),
    (
        "b18c-036",
        """\
Case discussion – rough sleeping, NDIS, and the gap in the middle

I'm a social worker with a homelessness outreach NGO. Looking for ideas on a man I've been working with for about five months.

He's in his late 40s, sleeping rough on and off for three years, with a longstanding diagnosis of schizophrenia (not currently treated), a probable acquired brain injury from an assault, and heavy alcohol use. He's on JobSeeker but keeps getting payment suspensions because he misses appointments he can't remember. Centrelink has now agreed to a Disability Support Pension review after we pushed, which is progress.

The NDIS access request is the sticking point. He's likely eligible on psychosocial disability grounds and possibly the ABI, but the evidence requirements are huge: functional assessments, a WHODAS 2.0, treating practitioner reports. He has no regular GP. The community mental health team closed him a year ago for "non-engagement".

What I've done:
- Found a GP who runs street outreach clinics once a week; he's seen her twice
- Got him a replacement Medicare card and a copy of his birth certificate (weeks of work)
- Applied for priority social housing; wait times are measured in years
- Used Housing First principles (Tsemberis) in my advocacy – the evidence from Pathways to Housing and the Journeys Home study is strong

What's stuck: without housing he can't engage with treatment; without treatment evidence he can't get NDIS; without NDIS supports he'll struggle to sustain a tenancy.

Has anyone had success getting NDIS access for someone with no treating team, using an OT functional assessment alone? And any tips for stopping the mental health team declining a re-referral? Maslow comes to mind on this job every single week.""",
        [],
    ),
    (
        "b18c-037",
        """\
Veteran client – moral injury, and where Open Arms fits

Posting for consult. I'm a psychologist seeing him through DVA (White Card, non-liability health care for mental health conditions). Man in his early 40s, served with 2RAR including two deployments to Afghanistan. DVA file number QX418237, which I mention only because the paperwork keeps bouncing back.

Presenting with PTSD (CAPS-5 severity 41), alcohol misuse (AUDIT 24) and a lot of guilt that doesn't fit a straightforward fear-based model. He talks about a mate, Shorty, who was killed on their second deployment, and about decisions he made that day. He lives in Townsville, where "everyone's ex-army", and he runs into blokes from the battalion at the servo, the pub, everywhere.

The Phoenix Australia guidelines point me to trauma-focused therapy (CPT, PE), and we've been doing CPT. It's helping with the threat stuff, but the guilt-and-shame layer looks more like moral injury (Litz and colleagues; Shay's Achilles in Vietnam). I've started bringing in Adaptive Disclosure elements and some self-compassion work (Neff, Gilbert's CFT).

He won't go to Remembrance Day or the dawn service on Anzac Day. Says he doesn't deserve to.

Also on prazosin for nightmares and sertraline 150 mg; GP managing.

Questions:
- Any Australian clinicians trained in Adaptive Disclosure?
- Do you refer veterans to Open Arms group programs alongside individual work, or does that muddy things?
- Ideas for working with the "everyone knows everyone" setting of a garrison town?""",
        [
            ("2RAR", "organisation"),
            ("QX418237", "id_number"),
            ("Shorty", "name"),
            ("Townsville", "place"),
        ],
    ),
    (
        "b18c-038",
        """\
DAP – adolescent, session 4 (CYMHS)

D: 15-year-old, Year 10, attended with mum for the first 10 min then alone. Diary shows two self-harm episodes (superficial cutting to forearms) in the last fortnight, both following conflict in group chats in the evening. Wound care done by mum; no medical attention needed. Denies suicidal intent with either episode; describes it as "getting the feeling out". SITBI: non-suicidal self-injury only, no lifetime suicide attempt. RCADS depression T-score 71. Sleep 5-6 hours on school nights (phone in the bedroom). Fluoxetine 20 mg started by the psychiatrist three weeks ago; mum reports "a bit less snappy".

A: NSSI functioning primarily as affect regulation (Nock's four-function model: automatic negative reinforcement). Depressive symptoms moderate; too early to judge SSRI response. Risk assessed as moderate-chronic with no acute escalation. Protective factors: connection to mum, a part-time job at a café, plans for a school trip at the end of term.

P:
- Updated safety plan with client (Stanley & Brown format): warning signs, coping strategies, people to contact, Kids Helpline 1800 55 1800, 000 in an emergency
- Chain analysis of the most recent episode next session
- Discuss with mum: phone out of the bedroom after 10 pm (framed as sleep, not punishment)
- Consider DBT-A skills group – waitlist about 8 weeks
- Review fluoxetine at 6 weeks with the psychiatrist; monitor for agitation or emergent SI per the boxed warning
- Next appointment Monday after school""",
        [],
    ),
    (
        "b18c-039",
        """\
After-hours text counselling – risk escalation, did I do the right thing?

I do a few evening shifts a week on a text-based counselling platform. Last shift a young woman (early 20s by her account) came through at about 11.40 pm saying she'd taken "a lot" of her tablets and didn't want to be found.

Our protocol allows escalation to emergency services when there's imminent risk and we can't get consent. She wouldn't give a location. After about 25 minutes of trying to engage her (agreeing, then retracting, then going quiet), my shift supervisor authorised escalation. Our system had logged her IP as 203.45.118.77, and she'd given a mobile earlier in the chat to get a call-back (0412 883 510). Police located her at an address in Frankston North; ambulance took her to hospital.

She came back on the platform Sat 2 Nov, very angry that we'd "called the cops", and said she'd never use the service again.

I keep going over it:
- Were 25 minutes enough? Her C-SSRS screener answers were all high risk.
- Could I have used more collaborative language about escalation (Jobes' CAMS framing) before it happened?
- How do you repair trust in a service where there's no continuity of counsellor?

I know Lifeline and the Suicide Call Back Service (1300 659 467) grapple with the same tension, and the literature on "active rescue" in crisis lines (Gould and colleagues; the 988 evaluations in the US) is mixed on outcomes.

Debriefed with my supervisor that night. Still feeling it though.""",
        [
            ("203.45.118.77", "ip"),
            ("0412 883 510", "phone"),
            ("Frankston North", "place"),
            ("2 Nov", "date"),
        ],
    ),
    (
        "b18c-040",
        """\
Supervisor's reflection – what my supervisees taught me this year

I supervise early-career psychologists and counsellors (registrars, provisionals on the 5+1 pathway, and a couple of counsellors working towards ACA clinical membership). End of year seems a good time to write some of this down.

1. **Parallel process is real, and it's usually a clue.** When a supervisee comes in rushed and apologetic, I check whether a client is bringing rush and apology to them. Hawkins & Shohet's seven-eyed model has been my framework for a decade and it still earns its keep – especially mode 5, the supervisory relationship itself.

2. **Supervisees want permission not to know.** Casement's On Learning from the Patient is about the therapist, but it applies one level up: they need me to model not-knowing, not to rescue.

3. **Vicarious trauma creeps.** Two supervisees this year carried heavy trauma loads (family violence, and ACC-funded sexual abuse work across the Tasman). Both were fine until they weren't. Pearlman & Saakvitne's Trauma and the Therapist should be required reading. I keep quoting Jacinda Ardern's line about not having "enough in the tank" – it gave a lot of people language for stopping before they break.

4. **Ethics comes up sideways.** Most ethical issues weren't framed as ethical issues – they showed up as "is it OK if I..." questions about gifts at Christmas, running into clients at Woolworths, or a client adding them on LinkedIn.

5. **Logbooks are not supervision.** AHPRA requirements matter, but when sessions turn into ticking off hours, I've failed.

Reading for the summer break: Yalom's Becoming Myself and Michael Carroll's work on supervision as a learning conversation.

Hope everyone gets some rest after the last sessions before Christmas.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b18c"}
        for doc_id, text, items in DOCS
    ]
