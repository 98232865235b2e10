"""Blind batch b13b, written by a helper session without sight of the guard. Forty posts by UK
and Irish clinicians: NHS Talking Therapies (Step 2 and Step 3, LTC pathway, CFT groups), CAMHS
in England, Wales and Northern Ireland, perinatal mental health (Scotland, Wales, England),
forensic and prison in-reach work, child and adult social work and safeguarding, university
counselling in England and Ireland, HSE services in Ireland, older-adult and bereavement work,
addictions, refugee trauma and veterans' services. Genres: case presentations with Markdown
headings, SOAP/DAP/BIRP notes, process notes, supervision reflections, group-session notes,
closing takeaways, consultation questions and chatty forum replies, in British and Irish
spelling and slang. Identifiers (twenty documents): client and family names (including
word-like and Welsh/Irish names, nicknames), pets, treating clinicians, towns, suburbs, streets,
UK postcodes and Eircodes, NHS, CHI, H&C and PPS numbers, prison, Home Office and MoJ
references, vehicle registrations, bank account and student numbers, employers, schools, care
homes, hospitals and clubs, British-format dates and holidays with a year, ages over 89, phone
numbers, emails, URLs, an IP address and social/gaming handles. Look-alikes (throughout, and
the twenty clean documents): cited authors including surnames that are also first names or
ordinary words (Gilbert, Ellis, Rogers, Herman, Perry, Dana, Young, Stern, Milton, May, Ward,
Herring, Marvin, Ryan, Ross, Freeman, Burns), book titles, instruments and scores, ICD codes,
medications, UK/Irish national charities and helplines with their numbers, statutory
frameworks, generic regions, weekdays, months, holidays without a year and ages under 90.

First-sight figures, with the guard at 40021c8: span recall 0.949, precision 0.856, identifier
documents fully caught 0.600, clean documents flagged 0.500 (the guard at 5d372b1, where this
session started, scored the same).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b13b-001",
        """**Case presentation - Step 3 CBT, NHS Talking Therapies**

Looking for some thoughts on a client I've had for 9 sessions. Kez (she prefers that to Kerry-Ann) is a 34-year-old care assistant who works nights at Meadowbank Lodge, referred by her GP with a PHQ-9 of 18 and GAD-7 of 16. Lives with her partner Dale in Armley and is very anxious about anyone on the estate finding out she's "under the mental health".

**Presentation:** Social anxiety since secondary school, now with low mood on top. Classic Clark and Wells picture - heavy self-focused attention, safety behaviours (rehearsing sentences, keeping her fringe over her face, never eating in front of the other carers). SPIN 47 at assessment.

**What we've done:** Formulation with the Clark and Wells model, video feedback (she was gobsmacked at how "normal" she looked), attention training, two in-session behavioural experiments.

**History:** Grew up as the eldest of four, mum had her own "nerves" and rarely left the house, so Kez did the school run for her siblings from about age 12. Left sixth form after a few months because of the presentations. Says she has "always been the one who copes". No previous treatment apart from citalopram from the GP a few years back, which she stopped because it made her feel "like a zombie". Drinks a couple of cans after a night shift "to come down" - I've been keeping an eye on it, AUDIT-C 5.

**Risk:** No current suicidal ideation. Some passive "what's the point" thoughts on bad days, no plans or history of self-harm. Protective factors are Dale, her nan and her work, which she's genuinely proud of. Crisis info given (Samaritans 116 123, NHS 111 option 2) and she's saved Shout (85258) in her phone because "texting's easier than talking, obviously".

**Progress:** PHQ-9 now 11, GAD-7 10, SPIN 33. She's started eating in the staff room once a week ("nobody looked at me, which was almost rude").

**Where I'm stuck:** She cancelled on 14/11 and again on the 21st because of shift swaps, and the service DNA policy says two missed and we discharge. I don't want to lose her just as the work's biting. My team lead wants the exception justified in writing on the letter that goes to her GP (NHS number 943 476 5919 at the top, which is why I'm not pasting the full thing here).

Has anyone successfully argued for flexibility for night workers? I keep thinking of Beck's point that avoidance looks like non-engagement from the outside. Any wording that worked for you would be ace.""",
        [
            ("Kez", "name"),
            ("Kerry-Ann", "name"),
            ("Meadowbank Lodge", "organisation"),
            ("Dale", "name"),
            ("Armley", "place"),
            ("14/11", "date"),
            ("21st", "date"),
            ("943 476 5919", "id_number"),
        ],
    ),
    (
        "b13b-002",
        """SOAP - Step 2 guided self-help, session 4 of 6 (telephone, 35 mins)

S: Client reports "a bit better, not loads". Sleeping roughly 6 hours, still waking at 4am with worry about work. Completed two worry-time diaries out of five. Says the Kennerley book (Overcoming Anxiety) is "a bit wordy" but she likes the worksheets. Denies thoughts of self-harm or suicide; protective factors unchanged (her children, her faith, her sister).

O: PHQ-9 11 (15 at assessment in March 2024). GAD-7 13 (was 17). WSAS 18. Engaged, laughed twice, sounded less pressured than in session 3. Phone signal dropped once.

A: Gradual reduction in symptoms, still above caseness on GAD-7. Worry time partly working; main barrier is that she "saves up" worries for the drive home rather than the scheduled slot. Reliable improvement on PHQ-9 not yet met.

P: Continue worry time, moving the slot to 6.30pm after tea. Introduce problem-solving for the practical worries (childcare rota). Review at session 5 next Tuesday. If GAD-7 is still above 10 at session 6, discuss step-up to Step 3 CBT with my supervisor at case management. Reminded of Samaritans (116 123), Shout (text 85258) and NHS 111 option 2 out of hours. Mind Infoline leaflet sent by email.""",
        [],
    ),
    (
        "b13b-003",
        """Bit of a long one, sorry - would value views from anyone in Welsh CAMHS or school counselling.

Mali is 14, Year 9 at Ysgol Gyfun Penrhos, and lives with her mam Rhian in Morriston. Referred to us after Rhian found cuts on her thighs on Monday 9th October. Mali says she started in the summer holidays after a falling-out with her best friend Tegan, and that a group chat on Snapchat (she's @mali.xo_ on there) had been "rating" girls in her year.

School have been decent - her head of year, Mr Pritchard, has moved her out of the form group - but the self-harm has escalated to most nights. She minimises ("it's not deep, it's tidy, I clean it") and says she's not suicidal. No previous CAMHS contact. SDQ from mam was 21; RCADS shows social anxiety and low mood well above threshold.

I've been leaning on NICE NG225 and Hawton's work on adolescent self-harm, and trying to do a collaborative safety plan rather than a "no-harm contract" (which I know doesn't work). She likes drawing, so we've done it as a comic strip.

My questions:
1. How are people handling the online side - do you ask to see the group chat, or leave that to school and the police?
2. Mam is understandably terrified and checks her arms every night. Mali says it makes her want to do it more. Any good ways of helping a parent step back without feeling negligent?

Resources given so far: Meic, Childline (0800 1111), YoungMinds Parents Helpline for mam, and the Calm Harm app. Diolch in advance.""",
        [
            ("Mali", "name"),
            ("Ysgol Gyfun Penrhos", "organisation"),
            ("Rhian", "name"),
            ("Morriston", "place"),
            ("9th October", "date"),
            ("Tegan", "name"),
            ("@mali.xo_", "handle"),
            ("Pritchard", "name"),
        ],
    ),
    (
        "b13b-004",
        """Supervision reflection - week 12 of placement (CAMHS looked-after children team)

Brought the 11-year-old boy in foster care I've been seeing with his carer. I'd been feeling deskilled after last Thursday, when he spent forty minutes under the table and I couldn't get him anywhere near the feelings thermometer.

My supervisor asked what I thought was happening "under the table", and we spent a good while on Golding's "nurture and structure" balance and Hughes' PACE (playfulness, acceptance, curiosity, empathy). I realised I'd been leading with the worksheet because I was anxious about having nothing to show at the review with his social worker and the virtual school.

We also talked about blocked care (Hughes and Baylin) in the foster carer - she's been knackered since the placement disruption in the autumn and describes him as "doing it on purpose". I'd been quietly judging her for that, which isn't fair or helpful.

What I'm taking away:
- Follow his lead more; being under the table might BE the session.
- Use PACE with the carer too, not just the child.
- Bring Winnicott's idea of holding into the carer sessions - she needs holding before she can hold him.
- Ask the SENCo what the school day looks like on Mondays after contact.

Personal note: I got defensive when my supervisor asked "what would it be like not to have a plan?" Something about my own training anxiety and wanting to be the good-enough trainee. Taking that to personal therapy.

For the review: SDQ total difficulties 24 (carer-rated), down from 27 in June. Not huge, but moving.""",
        [],
    ),
    (
        "b13b-005",
        """**Perinatal MH - urgent consult, ?postpartum psychosis**

Posting for quick views before our MDT this afternoon.

First baby (a boy, Arran, born 3rd of March), mum is 27, lives in Leith with her partner Stuart. CHI 1208962417. Her community midwife, Morag Baird, flagged it on day 10: not slept for three nights, talking very fast about the baby "being chosen", and Stuart says she's been writing lists on the bedroom walls. No previous psychiatric history, but her own mum had a "breakdown" after her birth - which is a big flag given what Jones and Craddock have shown about familial risk.

She had been on nothing antenatally. EDD was 24th February so she went over, long labour, emergency section. EPDS from the health visitor was 9, which I'd not put much weight on here.

Home Treatment have seen her once. There's a bed at the MBU at St John's and the consultant is keen. Stuart is reluctant - "she just needs sleep" - and she's saying she'll only go if the baby comes, which of course is the point of an MBU.

Questions:
- Anyone had success talking a partner round in the first 24 hours? What did you say?
- Thoughts on whether we wait for a second HTT visit?

I've given Stuart the Action on Postpartum Psychosis (APP) site and their peer support details, plus Breathing Space for himself. He looked wrecked.""",
        [
            ("Arran", "name"),
            ("3rd of March", "date"),
            ("Leith", "place"),
            ("Stuart", "name"),
            ("1208962417", "id_number"),
            ("Morag Baird", "name"),
            ("24th February", "date"),
            ("St John's", "organisation"),
        ],
    ),
    (
        "b13b-006",
        """DAP note - Perinatal Mental Health Team, session 7

D: Seen at home (joint visit with nursery nurse). Baby now 14 weeks, feeding well per health visitor. Mum reports mood "flatter than last week" after a hard Mother's Day - the first without her own mum, who died in 2021. Sleeping in 3-hour blocks; partner does one night feed. EPDS today 16 (19 at intake, 12 at session 5). Item 10 scored 0: denies thoughts of harming herself, no thoughts of harming baby, and able to talk openly about the intrusive "what if I drop her on the stairs" images we've been normalising since session 3.

A: Dip in mood understandable as an anniversary reaction rather than relapse, though she still meets criteria for moderate postnatal depression (F53.0). Intrusive harm thoughts remain ego-dystonic; avoidance reducing (now carries baby downstairs herself). Sertraline 100 mg, compatible with breastfeeding per the GP and our pharmacist. Bonding: warm, responsive interaction observed; she narrated the baby's cues, which she couldn't do in session 2.

Thinking about Stern's "motherhood constellation" and how much of this grief is about not being mothered herself right now. Also Winnicott's "primary maternal preoccupation" - she had read it as proof she's failing.

P: Continue CBT-informed work on intrusions (Challacombe et al.). Grief-focused session next time, with a photo of her mum if she wants. Signposted the PANDAS Foundation helpline and local Home-Start for a volunteer; she's keen. Partner given Dads Matter UK info. Review at 16 weeks with the psychiatrist re sertraline dose.""",
        [],
    ),
    (
        "b13b-007",
        """Prison in-reach handover (covering my caseload till the 3rd week of next month)

Lee Hargreaves, A4821DK, HMP Durham. 41. Release on licence 22/05/2024 to approved premises in Gateshead; PO is Sandra Pike (responsive by email). Open ACCT since his daughter Jade went into foster care. Rowing daily on the phone with his ex, Kayleigh, then goes quiet on the landing - that's the pattern to watch. Two previous ligatures in custody. PHQ-9 22. Refused mirtazapine. Likes the Listeners.

Please: keep weekly slots, attend Thursday's ACCT review, chase GP registration for release. First week out is the highest-risk period. Cheers!""",
        [
            ("Lee Hargreaves", "name"),
            ("A4821DK", "id_number"),
            ("HMP Durham", "organisation"),
            ("22/05/2024", "date"),
            ("Jade", "name"),
            ("Kayleigh", "name"),
            ("Gateshead", "place"),
            ("Sandra Pike", "name"),
        ],
    ),
    (
        "b13b-008",
        """Group notes - Emotional Regulation group (in-reach), Cat C wing, session 6 of 10

Present: 7 of 9 (one at court, one on a legal visit). Facilitators: myself and the OT.

Theme: "The threat system" - Gilbert's three circles (threat, drive, soothe) on the flipchart. The men were quick to say the soothe circle was "for soft lads". P4 said the only time he'd felt soothed was "on a bit of spice", which opened a frank and useful discussion about substances and regulation. Linked back to Perry's "regulate, relate, reason" sequence.

P2 spoke for the first time about his dad's violence. Held carefully; didn't go into detail in the group, checked in 1:1 afterwards. He's already on an open ACCT; wing staff and his key worker informed per protocol. No new risk disclosed.

P6 dominated early on, wound up about canteen being late; used it as a live example of a threat response, which he took in good spirit ("fair play, miss").

Mindfulness: 3-minute breathing space. Two men walked out (usual for this group; both came back).

Reflection: Herman's point about safety and stabilisation before processing keeps coming back to me. We keep getting invitations into trauma stories, and the wing is not a safe enough container for that. Plan to revisit ground rules next week and re-signpost the Listeners and Samaritans (free from the in-cell phone).

Next week: session 7, "Drive system - what do you actually want out of life?" (nod to the Good Lives Model). PHQ-9/GAD-7 re-measure at session 10.""",
        [],
    ),
    (
        "b13b-009",
        """**Consultation - kinship placement with great-granny?**

NI social worker here (Family Intervention Team). Need a sense check before a LAC review on 28/02/2024.

Callum McAteer, 7, P4 at Holy Family Primary in Ballymena. H&C number 612 345 7890. Mum (Shannon) is in addiction services and doing well-ish; dad not on the scene. Callum has been with his great-granny since the autumn in her bungalow on Larne Road. She's 92 and, in her words, "sharper than the lot of yous", and honestly she is. He's settled, attendance is up, and he's stopped wetting the bed.

The problem: the Trust wants a "permanent" plan and there's pressure to move him to a non-kin foster placement because of her age. The UNOCINI assessment reads like a list of her deficits. Nobody has asked Callum.

What I'm weighing up:
- Bowlby, obviously - he's formed a secure base with her, and another move would be his fourth.
- Fahlberg's A Child's Journey Through Placement on the cost of moves at this age.
- A Residence Order under Article 8 of the Children (NI) Order 1995 with a wider kinship network plan, including Shannon's aunt as back-up carer.

Has anyone successfully argued for a contingency-based kinship plan with a very elderly carer? I've pointed the family to Kinship Care NI and Family Support NI. Feel like I'm the only one in the room fighting his corner. Wee man deserves better.""",
        [
            ("28/02/2024", "date"),
            ("Callum McAteer", "name"),
            ("Callum", "name"),
            ("Holy Family Primary", "organisation"),
            ("Ballymena", "place"),
            ("612 345 7890", "id_number"),
            ("Shannon", "name"),
            ("Larne Road", "place"),
            ("92", "age"),
        ],
    ),
    (
        "b13b-010",
        """Re: "when the victim won't leave"

Really recognise this. A few things from my years in a children's safeguarding team, for what they're worth:

1. Stop framing it as "failure to protect". Once I took on the Safe & Together model (David Mandel), I started holding the perpetrator's choices in view - his pattern of coercive control - and partnering with mum rather than assessing her. Our reports changed tone completely.

2. The DASH risk checklist is a starting point, not a verdict. I had a mum score 9 who was at far higher risk than that suggested - a strangulation history she didn't disclose till the third visit. Always ask about non-fatal strangulation directly. MARAC referral is about professional judgement as well as a score of 14.

3. Evan Stark's Coercive Control is worth the time if you've not read it, and Jane Monckton Smith's eight-stage homicide timeline is brilliant for explaining escalation to families and, honestly, to some managers.

4. Christmas and Boxing Day are flashpoints. So is the run-up to a family court hearing.

Resources I routinely give: the National Domestic Abuse Helpline (Refuge, 0808 2000 247), Women's Aid live chat, Galop for LGBT+ survivors, the Men's Advice Line, and Respect for anyone using harm who wants to change. And a Clare's Law (Domestic Violence Disclosure Scheme) application via the police.

Look after yourself too. This work takes a toll. I used to drive home after a Section 47 visit and just sit in the car outside my house for ten minutes before I could go in.""",
        [],
    ),
    (
        "b13b-011",
        """Uni counselling - harassment plus academic fallout, would like a second view

Student is 20, second-year Biomedical Science at Loughborough University, living in Faraday Hall. Since January she's been getting anonymous emails to her student address (r.adeyemi@student.lboro.ac.uk) calling her a "fraud" and worse. IT Services traced the logins to 81.109.62.44, which apparently resolves to a house share off campus; she's fairly sure it's a course-mate, Josh, who she turned down at a party in first term. Student ID 229184736 is on the Report + Support form we submitted together.

Ruth (she's OK with me using her first name with colleagues, but not beyond this forum - I'll trust you all) has stopped going to labs. Her personal tutor, Dr Anita Sahota, has been supportive and wants to put in extenuating circumstances for the dissertation deadline on Friday 26th April.

CORE-10 21 at intake, 24 now. Sleeping badly, hypervigilant on campus, not suicidal. I'm using a fairly person-centred frame (Mearns and Thorne), with some trauma-informed grounding.

Questions:
- Has anyone had a uni actually act on a harassment complaint where the evidence is IP-based?
- How do you balance supporting the formal process with not turning counselling into case-building?

Signposted: Nightline, the Protection from Harassment Act info on Citizens Advice, and Victim Support.""",
        [
            ("Loughborough University", "organisation"),
            ("Faraday Hall", "place"),
            ("r.adeyemi@student.lboro.ac.uk", "email"),
            ("81.109.62.44", "ip"),
            ("Josh", "name"),
            ("229184736", "id_number"),
            ("Ruth", "name"),
            ("Anita Sahota", "name"),
            ("26th April", "date"),
        ],
    ),
    (
        "b13b-012",
        """Ha, Freshers' Week and the November slump - every year, like clockwork.

Two things that have helped me: do the extenuating circumstances form WITH them in session (they won't "go and do it"), and ask whether they're eating. I had a lad last year, 19, living on Pot Noodles and energy drinks, and half his "anxiety" was caffeine and no sleep - GAD-7 went from 15 to 8 in three weeks once that was sorted. Rogers and a bit of Bowlby ("missing home is attachment doing its job") go a long way. Signpost Student Minds, Togetherall and Nightline, and PAPYRUS HOPELINE247 (0800 068 4141) for under-35s.""",
        [],
    ),
    (
        "b13b-013",
        """**HSE CAMHS - school refusal, 16yo, Leaving Cert year looming**

Hi all, senior psychologist on a CAMHS team in the West. Would love help thinking about this lad.

Darragh Moloney, 16, fifth year at St Flannan's College in Ennis. Hasn't been in properly since the week after St Patrick's Day 2023 - he went to the parade, had what sounds like a panic attack in the crowd, and school became the next thing to avoid. PPS number 7654321FA on the referral from his GP, Dr Fergal Hynes. Eircode V95 X2T8.

Mam, Siobhán, works at Ennis Credit Union and has tried everything - bribes, giving out, driving him to the gate. Dad works away during the week. Darragh spends the day on his PlayStation and is up till 4am.

Formulation: Kearney and Silverman's functional model - mostly avoidance of social evaluation plus some escape from a specific teacher, with the positive reinforcement of being at home with the Xbox... sorry, PlayStation, making it sticky. SCAS well over threshold on social phobia and panic. Not depressed on the RCADS, which surprised me.

Plan: graded return with the school, CBT for panic, parent sessions using Creswell's approach. NEPS are involved and the Tusla Education Support Service have been in touch about attendance.

Question: with the Leaving Cert next year, the school is floating a "reduced timetable" indefinitely. I worry that'll just entrench it. Thoughts? Jigsaw is also an option locally but I'd rather not hand him on.""",
        [
            ("Darragh Moloney", "name"),
            ("Darragh", "name"),
            ("St Flannan's College", "organisation"),
            ("Ennis Credit Union", "organisation"),
            ("Ennis", "place"),
            ("St Patrick's Day 2023", "date"),
            ("7654321FA", "id_number"),
            ("Fergal Hynes", "name"),
            ("V95 X2T8", "place"),
            ("Siobhán", "name"),
        ],
    ),
    (
        "b13b-014",
        """Consultation question - involuntary admission and the family

Looking for views from colleagues in Irish adult mental health services, or anyone familiar with the Mental Health Act 2001.

Man in his fifties, farmer, living alone in a rural part of Connacht since his wife died. Known to the CMHT for recurrent depression; last admission 2019. His brother rang the team on Monday worried he's stopped eating and "isn't right in himself". On a home visit he was guarded, talked about the land "going to the bank" (no evidence of debt), and said "sure what would it matter". Wouldn't engage with a C-SSRS.

The consultant is weighing up an application under the Act. The brother is torn - doesn't want to be the one who "got the Gardaí to take him". I'm the keyworker and I'm caught between respecting his autonomy and real worry.

What I'm chewing on:
- Johnstone and Boyle's Power Threat Meaning Framework asks "what has happened to you?" - loss of his wife, isolation, the farm, rural stigma - and I don't want the only response to be a bed.
- But in my view he meets the "serious likelihood of immediate and serious harm" threshold.
- Farm safety: there are guns on the farm. The Gardaí can be asked to hold them.

Anyone used a crisis plan with a rural man who won't come to a clinic? How did you involve the family without them carrying the whole weight?

Supports I've given the brother: Pieta (1800 247 247), Samaritans 116 123, text 50808, Aware's support line, and the HSE Your Mental Health Information Line (1800 111 888), plus Shine for family members. He laughed and said "you'd want a notebook for all them numbers". Fair.""",
        [],
    ),
    (
        "b13b-015",
        """Case presentation - bereavement, care home resident

Mrs Edith Barraclough, 93, moved into Cedar Court Care Home in Harrogate after a fall in the spring. Her husband Walter died on the 3rd of January after 67 years of marriage. Daughter Pauline rings daily and is very protective; a son has been estranged since the 1980s.

Referral came from the home manager, worried about weight loss and Edith "refusing to come down for meals". Staff describe her as "a lovely lady, but sharp with the carers".

Formulation so far: I'm holding Worden's tasks of mourning and Stroebe and Schut's dual process model in mind - she's almost entirely in loss orientation, and the move has stripped her of every restoration-orientation activity (her garden, her WI, her church). There's also disenfranchised grief (Doka) - she told me "at my age you're supposed to expect it, so nobody lets you be upset about it."

MoCA 25/30 - no evidence of dementia. GDS-15 of 9.

Plan: weekly sessions in her room, life review (Butler), liaise with the activities coordinator. I've left Cruse's helpline number and the Age UK Advice Line with her.

Question: has anyone worked with a care home to loosen "meals in the dining room" as the only option? She eats fine alone in her room. I feel we're pathologising a wish for privacy.""",
        [
            ("Edith Barraclough", "name"),
            ("Edith", "name"),
            ("93", "age"),
            ("Cedar Court Care Home", "organisation"),
            ("Harrogate", "place"),
            ("Walter", "name"),
            ("3rd of January", "date"),
            ("Pauline", "name"),
        ],
    ),
    (
        "b13b-016",
        """Re: "is it dementia or depression?"

I've just closed a case that fits this exactly, so here's what I learned.

Gentleman aged 89, widowed, referred by his GP with query dementia after he got lost driving home from the shops. ACE-III 78/100 on the memory clinic screen. But the history was all wrong for Alzheimer's: onset over weeks, not years, he'd stopped doing his crossword, and he kept saying "I'm a burden". GDS-15 was 11.

Working diagnosis ended up as depression with cognitive features. Mirtazapine 15 mg via the GP, plus eight sessions of behavioural activation adapted for older adults - scheduling the things he used to do with his late wife, and gentle grief work drawing on Worden.

By session 8 his ACE-III was 88/100 and he was back at his bowls club. He said, "I thought I was going doolally, love."

Lessons for me:
- Always do a depression screen before accepting a dementia narrative. Laidlaw and Knight's CBT with older people is great on this.
- Remembrance Sunday was a big one for him (National Service), so we planned for it.
- Signposting: Age UK Advice Line, Alzheimer's Society's Dementia Connect, and Admiral Nurses via Dementia UK for the son if things change.

Agree with the earlier poster that the MoCA alone isn't enough.""",
        [],
    ),
    (
        "b13b-017",
        """SOAP - Talking Therapies LTC pathway, session 5 (face to face)

Client: Mohammed Iqbal, 52, type 2 diabetes, NHS No. 401 023 2137. 14 Clarence Road, BD8 7QX. Mobile 07700 900461 (OK to leave messages). Registered at Lister Surgery. Bus driver with First Bradford, currently on reduced hours.

S: Reports feeling "fed up of being told off" at diabetes clinic. Says his HbA1c "is a number that tells me I'm a failure". Fasted through Ramadan against advice and felt "more like myself than all year". Low mood most days, still enjoying time with grandchildren. No suicidal ideation; says his faith would never allow it, and he has plans for Eid with family.

O: PHQ-9 14 (was 17), GAD-7 9. PAID (Problem Areas in Diabetes) 48. HbA1c 71 mmol/mol per GP letter. Maintained eye contact, more animated than last week; some tearfulness talking about his late father's amputation.

A: Picture is diabetes distress more than primary depression. Core belief around failure and a strong fear of "ending up like Dad". Shame is stopping him checking his feet or his glucose meter - avoidance maintains both the mood and the poor control.

P: Continue CBT with a diabetes-distress focus (using the Snoek and colleagues framework). Behavioural experiment: check glucose twice daily for a week and note feelings rather than numbers. With consent, liaise with his DSN, Karen, about a "no telling-off" plan for the next clinic. Diabetes UK helpline details given. Next session in two weeks.""",
        [
            ("Mohammed Iqbal", "name"),
            ("401 023 2137", "id_number"),
            ("14 Clarence Road", "place"),
            ("BD8 7QX", "place"),
            ("07700 900461", "phone"),
            ("Lister Surgery", "organisation"),
            ("First Bradford", "organisation"),
            ("Karen", "name"),
        ],
    ),
    (
        "b13b-018",
        """Reflective log - supervision, Year 2 DClin placement (adult CMHT)

Used Gibbs' reflective cycle for this one because my tutor wants it in the portfolio.

Description: In Thursday's supervision I presented a client with a long history of self-harm and several diagnoses (EUPD among them). I kept saying "she's quite manipulative" - a phrase I'd picked up at the team's MDT - and my supervisor stopped me and asked where it had come from.

Feelings: Embarrassed, then defensive, then genuinely curious.

Evaluation: Using Hawkins and Shohet's seven-eyed model, we looked at mode 6 (the supervisory relationship) and mode 4 (my countertransference). I was carrying the team's frustration into the room with her. Proctor's "normative" function came in too - the language we write in notes follows clients around for years.

Analysis: Linehan's biosocial theory reframes "manipulation" as a learned way of getting needs met in an invalidating environment. Gilbert's compassion-focused lens asks what threat she's responding to. The Power Threat Meaning Framework asks what happened to her rather than what's wrong with her. All of them make "manipulative" look lazy.

Conclusion: Knowing this in theory isn't enough; I need to notice the drift in my own language, especially under team pressure.

Action plan: Re-read the notes I've written so far and amend where fair. Bring this to the next reflective practice group. Re-read Schön on reflection-in-action. Keep an eye on my own tiredness - this was my fourth back-to-back risk meeting that week. Noted the BPS and HCPC standards on respectful record-keeping.""",
        [],
    ),
    (
        "b13b-019",
        """**Forensic consultation - first unescorted community leave**

I'm the psychologist on a medium secure ward and we're preparing a leave application to the MoJ for a man on a s.37/41. Would value thoughts from anyone who's dealt with the Mental Health Casework Section recently.

Background: Daniel ("Danny") Rourke, 31, at Guild Lodge for just over four years. Index offence: serious assault on his stepfather, Gary, on Boxing Day 2019 in Skelmersdale, in the context of untreated paranoid schizophrenia and heavy cannabis use. MoJ reference MHCS/2020/04417. His mum, Tracey, visits every fortnight and is his main protective factor.

Progress: Clozapine 400 mg, levels therapeutic, no positive symptoms for eighteen months. Completed Substance Misuse group and the offence-focused work with me. HCR-20 v3 formulation identifies the key scenario as cannabis relapse plus return to the same estate and the same peers; SAPROF strengths around family and work (he's doing really well in the hospital's horticulture project).

The sticking point: MoJ have asked for "detail on victim issues". Gary still lives in the same town, and victim liaison have requested an exclusion zone. We agree, but Danny's mum also lives there, and the plan had been for leave to build up to visiting her.

Has anyone negotiated an exclusion zone that still allows contact with family in the same area? Any wording that went down well with MHCS? Ward's Good Lives Model framing seemed to help in the last report, but I'm wary of overdoing it.""",
        [
            ("Daniel", "name"),
            ("Danny", "name"),
            ("Rourke", "name"),
            ("Guild Lodge", "organisation"),
            ("Gary", "name"),
            ("Boxing Day 2019", "date"),
            ("Skelmersdale", "place"),
            ("MHCS/2020/04417", "id_number"),
            ("Tracey", "name"),
        ],
    ),
    (
        "b13b-020",
        """Replying to the question about whether the Good Lives Model "lets people off the hook".

I've worked in medium and low secure services for about twelve years and I'd push back gently. Ward and Stewart never argued for ignoring risk - GLM sits alongside Risk-Need-Responsivity (Andrews and Bonta), it doesn't replace it. RNR tells you who and what to target; GLM helps with responsivity and motivation, which is where so many of our patients get stuck.

A heavily anonymised example: a man on a restricted hospital order, index offence years ago, who kept getting knocked back at tribunal because he'd "not engaged with offence-focused work". When we reframed it around what he actually wanted - to be a decent uncle, to work with his hands - he engaged with the offence work because it was a route there. His HCR-20 scenarios didn't change, but the management plan became something he co-owned.

On the ward we also talk a lot about relational security (the See Think Act guidance) - knowing your patient is itself a risk management strategy.

Another thing people miss: GLM is as much about the team's stance as the patient's plan. Ward rounds used to be all about what a patient couldn't do. Introducing primary goods into the CPA template (relatedness, agency, inner peace, knowledge, creativity and so on) changed the conversation. Nurses who'd written people off started noticing strengths. That's not soft; it's what Andrews and Bonta themselves mean by responsivity.

Where I do share the worry is in how GLM sometimes gets used in reports to tribunals or the Parole Board. If a report says "he wants to be a good father" without linking that to the risk formulation, it reads as naive, and it is. The good-life plan has to sit inside the HCR-20 scenarios: if this goal is blocked, what happens to the risk? If he pursues it through the old means, what does that look like?

Limitations: GLM gets woolly if the team loses sight of criminogenic needs. And with high PCL-R scorers the evidence is thin either way.

Good reads: Willis, Ward and Levenson on GLM fidelity; the Royal College's quality standards for forensic services; and Gwen Adshead and Eileen Horne's The Devil You Know, which is excellent and very readable.

Session counts don't capture this work, and neither do MAPPA levels - but a good multidisciplinary formulation does.""",
        [],
    ),
    (
        "b13b-021",
        """Group notes - Mam & Baby Wellbeing group, week 4 of 8 (family centre, Merthyr Tydfil)

Date: Tuesday 5th March. Five mams attended, plus babies; one apology.

Theme: Circle of Security - "being with" (Powell, Cooper, Hoffman and Marvin). Used the circle handout and the "shark music" clip.

Cerys (baby Osian, 9 weeks) talked about shark music when he cries in the car - "I just want to make it stop, it's like an alarm in my chest". Lovely moment when Leanne said she gets it too with Ruby-Mae and they swapped numbers at the end.

Leanne also mentioned, almost in passing, that her partner Jordan "checks her phone" and doesn't like her coming to group. After the session I spoke with her separately; she scored high on the DASH and we've agreed a referral to the IDVA with her consent. Health visitor (Bethan) informed. Live Fear Free helpline number (0808 80 10 800) given discreetly.

Rest of group: tearful but supportive. One mam asked if it's normal not to feel "that rush of love" straight away - really good discussion, normalised, with reference to Winnicott's ordinary devoted mother.

EPDS range this week 8-17. Nobody scored on item 10.

Next week: "Hands on the circle" - organising feelings. Bring the Welsh-language version of the handout for two of the mams.

Reflection for supervision: I felt protective and angry hearing about Jordan and had to slow myself down so the group stayed Leanne's space rather than mine.""",
        [
            ("Merthyr Tydfil", "place"),
            ("5th March", "date"),
            ("Cerys", "name"),
            ("Osian", "name"),
            ("Leanne", "name"),
            ("Ruby-Mae", "name"),
            ("Jordan", "name"),
            ("Bethan", "name"),
        ],
    ),
    (
        "b13b-022",
        """CFT group - session 3 of 8, notes for co-facilitator

Attendance: 8 of 10 (2 apologies). P5 arrived 20 minutes late and flustered; settled after the first exercise.

Content:
- Recap of Gilbert's three-system model. Most of the group now using "my threat system's on" language spontaneously, which is lovely.
- "Tricky brain" psychoeducation - old brain/new brain loops. P1's example of ruminating in the Tesco car park after a comment from a colleague landed really well.
- Soothing rhythm breathing, 5 minutes. P3 said it felt "fake"; we normalised this with Kristin Neff's point that self-compassion often feels awkward or even threatening at first (see Gilbert et al. 2011 on fears of compassion).
- Compassionate self imagery introduced; homework is to practise daily.

Process: Lots of shame about "needing a group for this". P7 hasn't told her husband where she goes on a Wednesday.

Risk: No concerns raised; P2's PHQ-9 item 9 went from 1 to 0 this week.

Measures (mean): PHQ-9 14.2 (from 16.1), GAD-7 12.6 (from 13.9), Self-Compassion Scale short form up slightly.

For session 4: compassionate letter-writing. Bring extracts from Irons and Beaumont's The Compassionate Mind Workbook. Remind the group about Mind's Infoline and Samaritans between sessions.""",
        [],
    ),
    (
        "b13b-023",
        """Closing takeaways - 16 sessions, panic disorder with agoraphobia

Shona, 38, train conductor with ScotRail, lives in Dennistoun with her partner Ewan and their collie, Bramble. CHI 1911853327. When we started she couldn't get past the end of Duke Street without Ewan, and she'd been signed off for five months. Last session was Friday 13th December (she found that funny).

What I'm taking away:

1. Clark's catastrophic misinterpretation model held up beautifully. Once she saw the "heart attack" cycle drawn out, she said, "so it's a loop, not a death sentence".
2. Interoceptive exposure was the turning point - spinning on the office chair, breathing through a straw. She hated it and then loved it.
3. Bramble was honestly the best co-therapist I've had. Walk exposures with the dog were far easier to start than "go to the shop on your own".
4. Return to work was graded via ScotRail occupational health - first on the platform, then short runs, now full shifts. Having an employer who'd play ball made a huge difference.
5. Relapse prevention blueprint written in her own words and stuck on the fridge.

Scores: PDSS 18 to 4; PHQ-9 12 to 3; MI (alone) from 4.2 to 1.6.

What I'd do differently: get to interoceptive work earlier. I spent too long on psychoeducation because I was nervous of making her panic.

Signposted Breathing Space and No Panic for any wobbles. Delighted for her.""",
        [
            ("Shona", "name"),
            ("ScotRail", "organisation"),
            ("Dennistoun", "place"),
            ("Ewan", "name"),
            ("Bramble", "name"),
            ("1911853327", "id_number"),
            ("Duke Street", "place"),
            ("13th December", "date"),
        ],
    ),
    (
        "b13b-024",
        """Takeaways - closing an OCD case (22 sessions, Step 3)

Posting mainly for the trainees on here, as this was a case where I think I learned more than the client did.

Presentation: young man in his twenties, contamination OCD with a strong harm-to-others flavour ("what if I give my nan something and she dies"). Y-BOCS 31 at assessment in 2022, which is severe. Had been through two rounds of Step 2 that didn't touch it.

What helped:
- Salkovskis's responsibility appraisal model was the key. Once we drew out the inflated responsibility, the washing made sense to him as a way of managing guilt, not germs.
- ERP, obviously, but designed with him - hierarchies he wrote rather than I did.
- Veale and Willson's Overcoming Obsessive Compulsive Disorder as the self-help companion; he read it cover to cover.
- Theory A/Theory B - "is this a contamination problem or a worry problem?"
- Involving his mum around reassurance; she was answering "are my hands clean?" about 40 times a day. Family accommodation really matters (Lebowitz's work with children translates to adults too).

What I'd do differently:
- Get to the responsibility piece sooner; I spent sessions 3-8 on hierarchy work that stalled.
- Less of my own reassurance in session. I did it more than I'd like.

Outcome: Y-BOCS 11 at session 22. Back at college part-time. Pointed him to OCD-UK and OCD Action peer support, and TOP UK for when he fancies something less clinical.

Cheers to my supervisor for putting up with me moaning about "stuck" ERP for about six weeks.""",
        [],
    ),
    (
        "b13b-025",
        """Ah, I feel this one. I've a girl on my caseload at the moment very like what you describe.

Aoibhe is 15, in transition year at Scoil Mhuire in Cork, DOB 07/11/2008. Lives in Douglas with both parents and a younger brother. Restriction started after a TY "healthy eating" project and took off on Instagram - her account, @aoibhe.eats.clean, is all "what I eat in a day" posts and she has a few thousand followers, which she's very attached to. BMI centile dropped from the 50th to below the 9th over about six months. Admitted medically once for bradycardia.

We're doing FBT (Lock and Le Grange), and honestly it's the parents who are carrying it - Dad especially, who's taken leave to do every meal. The dietitian, Niamh Kiely, has been brilliant at keeping them from negotiating portions.

The Instagram thing is where I'm stuck. She sees deleting it as us taking away the only thing she's good at. I've gone down the motivational route (Treasure's work on the "anorexic voice" being ego-syntonic) and asked her to imagine what the account would look like in recovery. She actually engaged with that.

What I'd say to you:
- Separate the illness from the young person, externalise it early.
- Get the parents support of their own - Bodywhys PiLaR programme is great for that in Ireland.
- Don't underestimate the social media piece. It's not an add-on.

Ring if you want, happy to chat.""",
        [
            ("Aoibhe", "name"),
            ("Scoil Mhuire", "organisation"),
            ("Cork", "place"),
            ("07/11/2008", "date"),
            ("Douglas", "place"),
            ("@aoibhe.eats.clean", "handle"),
            ("Niamh Kiely", "name"),
        ],
    ),
    (
        "b13b-026",
        """DAP - Early Intervention in Psychosis, CBTp session 9

Data: Young woman in her early twenties, 14 months into EIP. Aripiprazole 10 mg, adherent per her report and her care coordinator. Voices now "quieter, more like a radio in another room". We've used the Maastricht interview (Romme and Escher) since session 5 to map the three main voices; the commenting one she calls "the Critic" - interesting overlap with CFT language. PSYRATS-AH total 21 (was 30). PHQ-9 9.

She went to her cousin's wedding at the weekend - her first big social event since admission - and managed the evening with a planned exit strategy. Proud of herself.

Assessment: Good progress. Relating to voices differently (Chadwick's person-based cognitive therapy and Birchwood's work on voice power and dominance are informing this). Belief in the voices' omnipotence has dropped. Some residual paranoid ideation about neighbours; Freeman's threat anticipation model fits - safety behaviours (curtains drawn, checking the peephole) are maintaining it.

Plan:
- Behavioural experiment: curtains open for an hour on Saturday, record predictions against outcome.
- Continue voice dialoguing (Corstens' Talking With Voices approach) at a cautious pace, with her setting the agenda.
- Review relapse signature and staying-well plan with care coordinator at the next CPA.
- She's keen on the local Hearing Voices group; gave her the Hearing Voices Network details. Rethink's advice line for her mum.

Risk: No current self-harm or suicidal ideation; no risk to others. Knows the crisis line and NHS 111 option 2.""",
        [],
    ),
    (
        "b13b-027",
        """CAMHS (NI) - gaming, sleep and a very angry 12-year-old

Conor Doherty, 12, first year at St Columb's College, lives on the Waterside with his da, Martin, and two older sisters. H&C number 701 234 5678. Referred to Western Trust CAMHS by the GP after he put his fist through a door when Martin turned the Wi-Fi off at 1am.

He's on Xbox most nights till 2 or 3 - gamertag DohertyDestroyer07, and he's proud of his rank. School report he's asleep in class and "rude" to staff. His mum left two years ago and lives in England; contact is patchy. Martin is a lovely man, doing his best, shift work at the hospital, and frankly exhausted.

Assessment: not convinced this is ADHD (teachers don't see hyperactivity before the sleep went off). More like anger and loss, with gaming as the one place he's in control and good at something. Sleep is a mess.

Plan so far:
- Ross Greene's Collaborative Problem Solving with Martin (The Explosive Child has been a hit - he read it in two nights).
- Sleep work - no talk of confiscating the Xbox, but a negotiated wind-down.
- Individual sessions with Conor about his mum, when he's ready. Not yet.

Question for folk: anyone used the game itself in sessions? He'd probably talk to me more about his squad than about his feelings. Wondering about using it as a shared third object, or is that a cop-out?""",
        [
            ("Conor Doherty", "name"),
            ("Conor", "name"),
            ("St Columb's College", "organisation"),
            ("Waterside", "place"),
            ("Martin", "name"),
            ("701 234 5678", "id_number"),
            ("Western Trust", "organisation"),
            ("DohertyDestroyer07", "handle"),
        ],
    ),
    (
        "b13b-028",
        """Social work reflection - transition review, autistic young person

Had the Year 11 annual review yesterday for a young person on my caseload. EHCP in place, GCSEs this summer, and the big question is post-16.

What struck me: every professional in the room (school, SENCo, careers adviser, me) talked about "his difficulties with social communication", and he sat there and said, quite rightly, "I communicate fine with people who are like me." Damian Milton's double empathy problem in action, in a meeting about him. I felt a bit ashamed I hadn't built that in beforehand.

What I'm going to change:
- A pre-meeting with the young person in his preferred format (written questions in advance and a visual agenda).
- Drop the deficit language from my reports. National Autistic Society guidance and Autistic UK's material are good starting points.
- Ask the sixth form college about sensory adjustments now, not in September.
- Raise PIP with mum (he turns 16 in the spring) and a carer's assessment for her - she's running on empty.

Also worth flagging: he has an ADHD diagnosis too (combined type), methylphenidate via paediatrics. The ADHD Foundation has a decent transition guide for parents.

Tony Attwood's books get recommended to families a lot; I'd balance them with autistic-authored writing too - Katherine May's The Electricity of Every Living Thing, or Pete Wharmby.

Reminder to self: PIP at 16, Care Act transition assessment from about 17, and don't leave the health passport to the last minute.""",
        [],
    ),
    (
        "b13b-029",
        """BIRP note - Community Drug & Alcohol Team, session 6

Client: Rhodri Evans, 44. Address 22 Cowbridge Road East, Cardiff, CF11 9AD. Mobile 07700 900873. Self-employed but subcontracts most weeks for Howells Plumbing. Drink-drive conviction in January; his van (CA67 KWT) was seized and he's banned for 18 months, so work is precarious.

Behaviour: Attended on time, smelled of mints, slightly flushed. Reports drinking "only" 4 cans of strong cider a day, down from 8-10 at intake. AUDIT at intake 29; today's SADQ 18 (moderate). Hands steady, no sweating. Reports two alcohol-free days this week - first since he was a teenager.

Intervention: Motivational interviewing (Miller and Rollnick), exploring ambivalence - "drinking is the only thing that shuts my head up" vs "I'm going to lose the business". Decisional balance. Introduced Marlatt's relapse prevention model: high-risk situations are evenings alone and the Friday he'd normally be paid. Discussed acamprosate with the prescriber (333 mg tablets, 2 tds, started last week); tolerating well.

Response: Engaged, more reflective than previous sessions. Tearful about his son's upcoming GCSEs and wanting to "be there sober". Agreed goal: three alcohol-free days next week.

Plan: Review in one week. Liver function bloods via GP. Gave DAN 24/7 (0808 808 2234) and SMART Recovery meeting times. Consider a detox referral if he wants to move to abstinence.""",
        [
            ("Rhodri Evans", "name"),
            ("22 Cowbridge Road East", "place"),
            ("Cardiff", "place"),
            ("CF11 9AD", "place"),
            ("07700 900873", "phone"),
            ("Howells Plumbing", "organisation"),
            ("CA67 KWT", "id_number"),
        ],
    ),
    (
        "b13b-030",
        """Process notes - session 31, weekly psychodynamic psychotherapy (NHS psychotherapy department)

She arrived four minutes late, apologising before she'd sat down, then said nothing for what felt like a long time. I noticed myself wanting to fill the silence with a question about her week - resisted.

P: "I don't know why I'm here today."
[Long pause]
P: "My manager asked if I was alright and I burst into tears in the stationery cupboard. Pathetic."
T: "Pathetic is a harsh word for being asked if you're alright."
P: "Well, it's what my mother would have said."

She then talked about Easter visits to her mother's as a child, the house always cold, being told to stop "making a meal of it". I felt a heaviness, almost sleepy - noted as possible countertransference, something split off and handed to me to carry (Bion's container-contained; she can't yet hold it herself).

Near the end she asked whether I'd be here in August. I said I'd be away for two weeks, as we'd discussed. She said "That's fine, I'm used to it" - with a brightness that didn't match.

Thoughts for supervision:
- Malan's triangle of person: mother, manager, me. The same wish to be noticed and the same conviction it will be met with contempt.
- The August break is already being worked on; she's pre-emptively withdrawing (Winnicott's false self?). Need to name the break more directly next week.
- Casement's trial identification - how might my silence have felt to her? Possibly like the cold house.
- My sleepiness: Klein's projective identification, or just my own tiredness at 5pm on a Friday? Both, probably.

No risk issues. CORE-OM at the six-monthly review next month.""",
        [],
    ),
    (
        "b13b-031",
        """Consultation - gambling, debt and a wife who doesn't know

Hi all. Client is Liam, 29, works in payroll at Kellogg's in Trafford Park and lives in Eccles. Wife Sophie is pregnant, due on the 19th of September, and has no idea he's about £23,000 down across four credit cards and a loan from his nan (she's 94 and thinks it was for a car).

It started with in-play football bets during lockdown. His account username on the main app was LiamLFC_1994, and he's self-excluded through GAMSTOP, but he's found offshore sites that aren't covered. PGSI score 19. PHQ-9 16, and he's had passing thoughts that "everyone would be better off with the life insurance". Not active, but I'm watching it closely given the known link between gambling harm and suicide.

Working from Blaszczynski and Nower's pathways model - he looks like a pathway 2 (emotionally vulnerable; his dad gambled, and he uses it to escape a lot of anxiety). MI plus CBT for gambling, Gamban on his phone, and a plan with StepChange for the debts.

Where I want help:
- He's adamant he'll tell Sophie "after the baby". I'm worried about the secrecy and about what happens if she finds out by accident. How have others worked with disclosure to a partner?
- Would you refer to a specialist NHS gambling clinic at this stage, or hold?

Gave him the National Gambling Helpline (0808 8020 133) and GamFam for when he does tell the family.""",
        [
            ("Liam", "name"),
            ("Kellogg's", "organisation"),
            ("Trafford Park", "place"),
            ("Eccles", "place"),
            ("Sophie", "name"),
            ("19th of September", "date"),
            ("94", "age"),
            ("LiamLFC_1994", "handle"),
        ],
    ),
    (
        "b13b-032",
        """Consultation - couple stuck in pursue-withdraw, 8 sessions in

Hoping for ideas from couples folk. Heterosexual couple, both mid-forties, married 19 years, two teenagers. She pursues, he withdraws - textbook. He says she's "always on at me"; she says he "goes to his shed and disappears". They came to me privately after a long wait for Relate.

I'm working mostly from EFT (Sue Johnson's Hold Me Tight has been useful homework) with a bit of Gottman. They're heavy on the Four Horsemen - criticism and contempt from her, stonewalling from him - and Gottman would say contempt is the strongest predictor of breakdown, which worries me.

Where I'm stuck: every time we get close to his underlying fear (that he's a disappointment, like with his own dad), he cracks a joke, she rolls her eyes and we're back in the cycle. Last Wednesday it happened three times in one session.

Ideas so far:
- Slow right down and stay with his softening; I'm rushing because I feel her impatience (countertransference, for sure).
- Esther Perel's point about couples needing both security and separateness - maybe his shed isn't the enemy.

Also, Valentine's Day is coming and she's already said "if he forgets again, that's it". Would you name that in session or leave it?

Scores: CORE-10 her 20, him 14. Both say they want to stay together, which is something.""",
        [],
    ),
    (
        "b13b-033",
        """Case presentation - PTSD, asylum seeker, interpreter-mediated EMDR

Client: Yonas Tesfaye, 26, from Eritrea, arrived in 2022 and now in asylum accommodation in Sparkbrook. Home Office reference T1234567. His solicitor, Farida Begum at Birmingham Law Centre, has asked for a report ahead of his substantive interview on 17/01/2024. GP is Dr Shah, who referred him after he disclosed nightmares at a routine appointment.

History (briefly): national service conscription, escape, months in detention in Libya, where he was beaten and witnessed deaths. Crossing the Mediterranean and then the Channel.

Presentation: PCL-5 58. ITQ meets criteria for CPTSD - marked affect dysregulation and a pervasive sense of shame ("I left my brother"). Sleeps three or four hours. Dissociates when he hears shouting in the corridor of the hotel.

Work so far: 8 sessions, all with the same Tigrinya interpreter, Mehret, which has made a real difference to trust. Stabilisation drawing on Herman's phased model, then EMDR (Shapiro's standard protocol with a lot of resourcing). I also considered NET (Schauer and colleagues), which has a strong evidence base for multiple-trauma refugees, and might switch if EMDR stalls.

Questions:
- Anyone written a medico-legal report as the treating clinician? I'm wary of the dual role.
- Tips for supervising the interpreter's vicarious trauma? She's been amazing but looked shaken last week.

Resources: Freedom from Torture, Refugee Council, Migrant Help, and the Helen Bamber Foundation.""",
        [
            ("Yonas Tesfaye", "name"),
            ("Sparkbrook", "place"),
            ("T1234567", "id_number"),
            ("Farida Begum", "name"),
            ("Birmingham Law Centre", "organisation"),
            ("17/01/2024", "date"),
            ("Shah", "name"),
            ("Mehret", "name"),
        ],
    ),
    (
        "b13b-034",
        """Reply: treating veterans - where do you start?

I've been on an Op COURAGE team for three years and before that in an NHS trauma service, so a few thoughts.

- Use the ITQ as well as the PCL-5. A lot of our lads (and lasses) meet criteria for CPTSD (6B41), not just PTSD (6B40), especially those with childhood adversity before they joined up - which is a big proportion.
- Ehlers and Clark's cognitive model is still my go-to for single-incident stuff - updating trauma memories, reclaiming your life. Nick Grey's work on hotspots is very practical.
- For complex presentations I start with stabilisation. Herman's phased model still makes sense to me, though the phase-based debate is live (see the de Jongh et al. critique). Just don't get stuck in phase 1 for ever.
- Moral injury is real and isn't fear-based - guilt and shame about what they did or didn't do in Afghanistan or Iraq. Litz's adaptive disclosure and Gilbert's compassion-focused work both help.
- Schema therapy (Young) for the lifelong patterns, if you've the training.
- NICE NG116 is your friend when arguing for longer treatment.

Resources: Combat Stress 24/7 helpline (0800 138 1619), Op COURAGE self-referral, SSAFA, Veterans' Gateway, Help for Heroes. For families, the Royal British Legion.

Mind your own exposure too - vicarious trauma is no joke. I had to take a week off around Armistice Day one year after a particularly heavy run.""",
        [],
    ),
    (
        "b13b-035",
        """Follow-up to my post last month about the couple after stillbirth

Thanks everyone for the replies - they really helped. Quick update and a new question.

Recap: stillbirth at 37 weeks; baby girl, Isla, delivered at Southmead on the 14th of August. Parents Hannah and Tom, both early thirties, first pregnancy. I'm seeing them together fortnightly and Hannah individually in between.

Update: Things have shifted since I took your advice and moved away from "stages". Thinking with Klass, Silverman and Nickman's continuing bonds framework instead, Hannah has been able to talk about Isla as part of the family rather than something to "get over". Tom is more quietly grieving - Martin and Doka's instrumental grieving style fits him very well; he's built a memory box with his hands and barely speaks about it, and that's OK.

New question: Hannah emailed me last week from her personal account (hannahjreeves88@gmail.com, which I hadn't given permission for - our service uses a secure portal) to invite me to the memorial walk they're organising. There's a fundraising page at justgiving.com/page/isla-reeves-rainbow with a photo of Isla and the date of the walk.

I'm torn. Part of me thinks showing up would be deeply meaningful; part of me knows it blurs the boundary and makes ending harder. How have others handled invitations like this after a baby loss?

(Sands' resources for professionals have been great. Also recommend Tommy's for the physical-health follow-up.)""",
        [
            ("Isla", "name"),
            ("Southmead", "organisation"),
            ("14th of August", "date"),
            ("Hannah", "name"),
            ("Tom", "name"),
            ("hannahjreeves88@gmail.com", "email"),
            ("justgiving.com/page/isla-reeves-rainbow", "url"),
        ],
    ),
    (
        "b13b-036",
        """Exam season in an Irish student counselling service - a quick vent and a tip.

Lots of first years who came in on high CAO points and are now failing for the first time; it's grief as much as anxiety. Repeats in August loom like a sentence, and SUSI delays aren't helping. Loads of TikTok nervous-system talk ("I'm in freeze") - I've leaned into Deb Dana's polyvagal mapping as a shared vocabulary, with the caveat that Porges' theory is contested.

Pointing people to Niteline, Jigsaw, SpunOut, text 50808 and Pieta. Average CORE-10 went from 19.4 at intake to 12.1 for those doing four or more sessions. Knackered, but grand so.""",
        [],
    ),
    (
        "b13b-037",
        """Adult safeguarding - possible financial abuse, need a sense check

NI adult protection gateway team. Referral from a niece about Mrs Bridget Magennis, who is 90 and lives alone at 14 Monaghan Row, Newry. Bridget has home care four times a day through Carewell Home Support. A neighbour's son, Declan, started "helping out" last year - driving her to the Post Office, doing her shopping - and has since been added as a second card holder on her account (account no. 40217843).

The niece noticed Bridget's savings have dropped by about eleven thousand pounds since the summer, and that Declan's number (07700 900219) is now the contact on the account instead of hers.

When I visited, Bridget was clear and warm, said Declan is "a good lad, better than my own", and became upset at the idea of "getting him in trouble". Capacity: I think she has capacity for day-to-day finances, but I'm less sure about understanding the scale of the withdrawals. Formal assessment planned under the Mental Capacity Act (NI) 2016 - I know the deprivation of liberty bits are live but the capacity principles are in force.

Thinking about the regional Adult Safeguarding: Prevention and Protection in Partnership policy and the importance of her wishes. Also informed the PSNI? Not yet - want a joint protocol discussion first.

Questions:
- How have folk approached banks in NI about unusual activity without the customer's consent?
- Any experience of COPNI being helpful in cases like this?

Age NI have been lovely with her. I've left their advice line number too.""",
        [
            ("Bridget Magennis", "name"),
            ("Bridget", "name"),
            ("90", "age"),
            ("14 Monaghan Row", "place"),
            ("Newry", "place"),
            ("Carewell Home Support", "organisation"),
            ("Declan", "name"),
            ("40217843", "id_number"),
            ("07700 900219", "phone"),
        ],
    ),
    (
        "b13b-038",
        """Reflection: Making Safeguarding Personal when the person says "leave it"

Closed a Section 42 enquiry today about a woman aged 87 whose son had been taking her pension. She has capacity for this decision (assessed twice, carefully, under the Mental Capacity Act 2005 - five principles, no shortcuts), and she's clear: she doesn't want the police involved and she doesn't want to lose him.

Making Safeguarding Personal says her outcomes should drive the enquiry, and the Care Act 2014 wellbeing principle backs that. But I'm left uneasy.

What we did instead of a police referral:
- Lasting Power of Attorney conversation - she has now appointed her niece for property and financial affairs, registered with the OPG.
- Pension redirected into a new account only she and the niece can access.
- Carer's assessment offered to the son (unemployed, drinking heavily). He declined, but the door's open.
- Hourglass (formerly Action on Elder Abuse) helpline number left with her.
- Age UK befriending referral; loneliness was part of why she put up with it.

Herring's writing on vulnerability and autonomy helped me think it through, as did Article 8 of the Human Rights Act - her private and family life includes a relationship with a son who is harming her.

What I'm sitting with: was I respecting autonomy, or relieved not to have to escalate? Honestly, probably a bit of both. Taking it to supervision on Monday.

Note for others: if there's a DoLS or Court of Protection angle, things change - this one didn't get near that.""",
        [],
    ),
    (
        "b13b-039",
        """Quick one for the sports psych and counselling folk in Ireland.

17-year-old lad, Cathal Brennan, minor hurler with Na Fianna, lives in Glasnevin (Eircode D09 K7P3 on the referral, for what it's worth). Tore his ACL in the county semi on Sunday 14th May and has had surgery since. His mam set up a fundraiser for private physio (gofundme.com/f/cathal-acl-comeback) which got shared round the club and the school, so everyone knows his business.

Presenting with low mood, irritability and what looks like an identity collapse - "if I'm not hurling, who am I?" His coach, Mick, has been great but keeps telling him he'll be "back stronger", which Cathal hears as pressure.

Framing: athletic identity foreclosure, grief for the season, plus some fear of re-injury (TSK score is high). Ryan and Deci's self-determination theory has been helpful - we're looking at autonomy and relatedness outside the sport, not just competence on the pitch. Also Prochaska's stages for his rehab adherence, which has been patchy.

What's worked so far:
- Letting him be angry without rushing to "silver linings".
- Small roles at the club that aren't about playing - he's helping with the U-12s.

Question: any good resources for young athletes with long-term injuries? I've pointed him to Jigsaw and the GAA's own wellbeing stuff, but they're fairly generic.""",
        [
            ("Cathal Brennan", "name"),
            ("Cathal", "name"),
            ("Na Fianna", "organisation"),
            ("Glasnevin", "place"),
            ("D09 K7P3", "place"),
            ("14th May", "date"),
            ("gofundme.com/f/cathal-acl-comeback", "url"),
            ("Mick", "name"),
        ],
    ),
    (
        "b13b-040",
        """Notes from our monthly group supervision (NHS Scotland adult psychology, rural team)

Present: 5 clinicians (2 joining on Teams from the islands).

1. Hogmanay spike in referrals. Agreed to keep two emergency slots open in the first fortnight of January. Distress Brief Intervention referrals via Police Scotland and A&E have been really useful for folk who'd otherwise wait.

2. Case discussion - a fisherman in his sixties, long hours at sea, low mood, drinking. Big theme of masculinity and stoicism ("you just get on with it"). We talked about Ellis's ABC model as a way in - concrete, practical, suits him. Someone suggested Men's Sheds; there's one within driving distance. Also Breathing Space (0800 83 85 87) for nights he's back ashore and can't sleep.

3. Ethics - dual relationships in small communities. One colleague met a client's wife at the school gates; another's own GP is married to a client. Bowen's family systems thinking came up ("everyone's connected here whether you like it or not"). Agreed to keep recording these in supervision notes and to follow BPS guidance on boundaries.

4. Risk - the Mental Health (Care and Treatment) (Scotland) Act 2003 and Mental Health Officer availability on the islands at weekends. Escalated to the service manager.

5. Wellbeing - two of us on the edge of burnout. Suggested SAMH's staff resources and our own EAP. Burns Night social planned, because we're Scottish and that's what we do.

Next month: CBT for psychosis delivered remotely (Turkington's work), and an audit of outcome data (CORE-10, PHQ-9) - anonymised, obviously.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind13b"}
        for doc_id, text, items in DOCS
    ]
