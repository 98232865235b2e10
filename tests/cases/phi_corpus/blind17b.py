"""Blind batch b17b, written by a helper session without sight of the guard. Forty posts from
clinicians in England, Scotland, Wales, Northern Ireland and the Republic of Ireland working in
NHS and HSE services, charities, schools, universities, forensic and prison settings and private
practice: case presentations (Markdown headings, bold labels), consultation questions, replies,
SOAP/DAP/BIRP notes, process notes, group notes, supervision reflections and closing takeaways.
Twenty carry identifiers (client and family names including word-like names and a lower-case name
in a quote, GPs and teachers, towns, streets, UK postcodes and Eircodes, dates with day and
month and holidays with a year, ages over 89, UK/Irish phone numbers, emails, URLs, an IP
address, social-media handles and gamer tags, NHS/CHI/MRN/prison/court/PNC/student numbers, a
vehicle plate, and named employers, schools, universities, hospitals, prisons, care homes and a
regiment). Twenty are clean but dense with look-alikes: cited theorists (Winnicott, Linehan,
Ryle, Gottman, Worden, Stroebe and Schut), instruments and scores (PHQ-9, CORE-10, HCR-20,
PGSI, CY-BOCS, ADOS-2), ICD codes, medications and doses, Mental Health Act sections, national
services and helplines (Samaritans 116 123, Pieta, Jigsaw, Tusla, CAMHS, Shout 85258), ages under
90, years and months alone, weekdays, holidays without a year, regions, brands and public
figures used generically.

First-sight figures, with the guard at fb5b201 (this session's final rules): span recall
0.972, precision 0.953, identifier documents fully caught 0.800, clean documents flagged
0.150 (the guard at 5d372b1, where this session started: 0.966, 0.928, 0.750, 0.250).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b17b-001",
        """## Case presentation: 34F, EUPD, CMHT, looking for thoughts on stuck DBT engagement

**Background:** Kerry-Ann is 34, lives with her two children in a council flat in Gorton and has been open to our CMHT since 2021. Diagnosis on the system is F60.3 (EUPD). She works nights stacking shelves at the Asda superstore near her flat and has repeatedly said the shift pattern is the only thing keeping her 'in one piece'.

**Current presentation:** PHQ-9 of 21, GAD-7 of 16. Four ED attendances since the new year for overdose of paracetamol, most recently on 19 March. Each time she has been medically cleared and discharged back to us with a 'follow up by CMHT within 72 hours' plan, which we honour but which never seems to lead anywhere.

**Treatment so far:** Started a standard DBT programme (Linehan) last autumn. Attended 6 of 14 skills groups, diary cards completed about a third of the time. She likes her individual therapist but avoids anything chain-analysis shaped. Her GP, Dr Priya Raman, is supportive but is pushing for a medication review we think is premature.

**My question:** For those of you who have run DBT in a CMHT rather than a specialist service, did you find pre-treatment/commitment work needed to be much longer? I'm wondering whether we jumped in before there was any real agreement on targets. Also interested in how people manage the 'follow up within 72h' pathway so it doesn't reinforce ED as the front door.
""",
        [
            ("Kerry-Ann", "name"),
            ("Gorton", "place"),
            ("Asda", "organisation"),
            ("19 March", "date"),
            ("Priya Raman", "name"),
        ],
    ),
    (
        "b17b-002",
        """Consultation question - primary care psychology, HSE

Hi all, looking for a sense check. I'm a senior psychologist in a primary care team and have a 15-year-old girl referred by her GP with what looks very like OCD (contamination and 'just right' symptoms). CY-BOCS at assessment was 26. She's in Transition Year and has been out of school more than in since Halloween.

CAMHS accepted the referral but the waiting list in our area is currently running at around nine months, so the GP asked if we could 'hold' her. Mum is keen; dad less so, thinks she'll grow out of it. She's on sertraline 50 mg started by the GP in January, no real change yet.

I've done a fair bit of ERP with adults but not much with adolescents. Questions:
1. Would you start ERP in primary care given severity in the moderate-severe range, or is that outside our remit?
2. Anyone used the March & Mulle protocol or the OCD-NET style parent involvement in an Irish context?
3. Family accommodation is huge here (mum doing all laundry twice, checking the doors every night). Is it reasonable to target that first while we wait?

Safety-wise no self-harm, no SI, and she knows about Jigsaw and the Pieta 1800 247 247 line. Grateful for any thoughts.
""",
        [],
    ),
    (
        "b17b-003",
        """Re: tribunal prep for a restricted patient

Similar situation here with a gentleman on our medium secure ward.

Delroy has been with us since his transfer from HMP Belmarsh on a Section 47/49. His index offence was a serious assault during a psychotic relapse, and the original Crown Court case (T20197145) still shapes how the MoJ views every leave application. His HCR-20 V3 formulation is fairly clear that the historical items are doing most of the heavy lifting and the clinical and risk-management items have improved a lot over 18 months on clozapine.

What made the difference for us at the last tribunal on the 8th of October was:
- A written formulation rather than a list of risk factors. The panel responded much better to a narrative.
- Being honest about the substance misuse risk in the community rather than minimising it.
- A concrete relapse signature co-produced with him, signed by him, not just in the notes.

Happy to share an anonymised template of our formulation if helpful.
""",
        [
            ("Delroy", "name"),
            ("HMP Belmarsh", "organisation"),
            ("T20197145", "id_number"),
            ("8th of October", "date"),
        ],
    ),
    (
        "b17b-004",
        """**SOAP - couples session 5 (private practice)**

**S:** Couple in their early forties, together 14 years, two children. Both report the week was 'calmer' after last session's work on softened start-up. Partner A described a row on Sunday night about money that 'didn't go nuclear'. Partner B says she still feels she's doing all the emotional labour over the school holidays and dreads Hogmanay with his family.

**O:** Both arrived on time. More eye contact than previous sessions. Partner A interrupted less. Observed one clear episode of stonewalling from Partner B when in-laws came up (turned away, flat voice, approx 2 minutes). Repair attempt by A ('I'm not having a go') was accepted.

**A:** Progress consistent with Gottman's Sound Relationship House model; criticism and defensiveness reducing, stonewalling now the main horseman. PHQ-9 scores: A = 8, B = 12 (down from 15). Living in a village in the Highlands means limited local support and both feel 'watched'. No safety concerns, no indication of coercive control on individual screening at session 2.

**P:** Introduce physiological self-soothing and the 20-minute break rule. Homework: Stress-Reducing Conversation three times this week. Plan a joint session to prepare for the holiday visit. Review in 2 weeks.
""",
        [],
    ),
    (
        "b17b-005",
        """School counsellor - safeguarding note shared for consultation (NI, post-primary)

Looking for advice from anyone who works in schools here. Year 10 pupil, Kayla McAllister, self-referred after a friend showed her Head of Year (Mrs Siobhan Doherty) a message thread. Kayla had been sending images to an older lad she met online who goes by @j_rossi_07 on Snapchat. She thinks he's 17 but the profile pictures look a lot older.

Kayla disclosed on Friday the 14th that he had threatened to share the images unless she sent more. Classic sextortion pattern. We followed the school's child protection policy, the Designated Teacher informed PSNI and the Gateway team the same afternoon. The school's IT technician also noticed logins to Kayla's school Google account from 86.44.201.139 which isn't the school network or her home broadband, so that's been passed on too.

Where I'd like thoughts: Kayla is now terrified her mum will find out and is talking about 'not being here'. We've done a safety plan with her and given her Childline 0800 1111 and the Report Remove tool. But the pace of police involvement is making her feel things are out of her control. How have others balanced the safeguarding process with keeping a young person engaged in counselling during it?
""",
        [
            ("Kayla McAllister", "name"),
            ("Kayla", "name"),
            ("Siobhan Doherty", "name"),
            ("@j_rossi_07", "handle"),
            ("Friday the 14th", "date"),
            ("86.44.201.139", "ip"),
        ],
    ),
    (
        "b17b-006",
        """Supervision reflection - university counselling service

Bringing this to my reflective log after last week's group supervision. I've been seeing a second-year engineering student with escalating exam anxiety since week 3 of the autumn term. CORE-10 came down from 18 to 9 over six sessions and on paper it looks like a success story. But I've noticed myself getting irritated with him in session, which isn't like me, and I couldn't work out why.

Using Hawkins and Shohet's seven-eyed model, my supervisor nudged me towards eye 4 (my own process) and eye 5 (the supervisory relationship). What came up was a parallel process: he talks about his father's relentless standards, and I've been quietly pushing to 'finish the work' before the reading week break so I can report a good outcome to the service lead. I'm doing to him what he describes happening at home.

A line from Casement's On Learning from the Patient kept coming back to me during the reflection: the idea of 'not knowing' as something to tolerate rather than fix.

Actions:
- Slow down the ending; offer two more sessions rather than closing in week 8.
- Name, lightly, the pressure to perform in the room.
- Remind him about Nightline and Samaritans 116 123 over the exam period, since the service closes at weekends.
- Keep a note of when the irritation shows up.
""",
        [],
    ),
    (
        "b17b-007",
        """Case consult - domestic abuse support service, would appreciate views on risk

I'm a counsellor with a women's domestic abuse charity in the Midlands (Ireland). My client, Róisín, is 29 and left her partner Gavin Tierney four months ago. She is in private rented accommodation at 14 Ardnagreine Court, Mullingar, Eircode N91 X2F7, which he doesn't know about (we hope).

She has an interim barring order from the District Court (record no. 2024/DV/1183) and a hearing for the full order on 22 May. Last week she reported that Gavin's sister had 'liked' a photo on her new Instagram which was taken near her front door, and she's now convinced he knows where she is. She has asked us to keep a copy of her new mobile, 087 614 2290, on file only in case Gardaí need it.

We've completed a SafeLives DASH with her: 16 yes answers, so high risk and referred to the local coordination meeting. Her counselling goals are about sleep and hypervigilance but every session turns into crisis management.

Question for the group: in your experience, does it make sense to pause trauma-focused work altogether while risk is this live, and just do stabilisation? Or have people found a way to hold both? I'm also unsure about how much to say in my notes given the likelihood of disclosure in the court process.
""",
        [
            ("Róisín", "name"),
            ("Gavin Tierney", "name"),
            ("Gavin", "name"),
            ("14 Ardnagreine Court", "place"),
            ("Mullingar", "place"),
            ("N91 X2F7", "place"),
            ("2024/DV/1183", "id_number"),
            ("22 May", "date"),
            ("087 614 2290", "phone"),
        ],
    ),
    (
        "b17b-008",
        """DAP note - NHS Talking Therapies, Step 3 CBT, session 6 of 12

D: Client (early 30s, male) reports three panic attacks since last session, down from seven. One occurred on the train on Tuesday; he stayed on for two stops before getting off, which is further than before. Still avoiding supermarkets at peak times. ACQ mean 2.4 (was 3.1), BSQ mean 2.9. PHQ-9 = 9, GAD-7 = 13. Taking propranolol 40 mg PRN from GP, using it 'most days' which we discussed as a possible safety behaviour.

A: Good engagement with Clark's cognitive model of panic. The key catastrophic misinterpretation ('I'm having a heart attack') has dropped from 90% to 40% belief following the hyperventilation experiment in session 5. Propranolol and 'sitting near the door' are maintaining the belief that he's been rescued. Consistent with F41.0 panic disorder with agoraphobic avoidance.

P: Behavioural experiment for next week: one supermarket trip without propranolol, no carrying water, rating belief before and after. Discuss with GP about reducing PRN use; client to raise at his review after Easter. Continue weekly sessions. Re-administer ACQ/BSQ at session 8.
""",
        [],
    ),
    (
        "b17b-009",
        """**Older adult psychology - consultation request**

Hoping for some wisdom on capacity and grief. I'm a psychologist in an HSE older persons' service. Referral is for Mrs Bridie Mulcahy, a 93-year-old widow who moved into Ard Mhuire Nursing Home after a fall at home on St Stephen's Day 2022. She grew up and lived her whole life in Kilmihil and talks about the farm constantly.

Staff describe her as 'low and refusing'. She's stopped going to the dining room and won't take part in activities. MoCA at admission was 19/30, but the nursing home GP isn't convinced it's dementia rather than depression plus hearing loss. GDS-15 scored 11 with a lot of help.

Her daughter, Noreen, lives nearby and visits daily. Noreen feels the move was her decision and is carrying a lot of guilt. She's asked me whether her mother 'wants to die', because Mrs Mulcahy has said things like 'sure what's the point of me now'.

My questions:
- Has anyone used behavioural activation adapted for nursing home residents with reduced mobility? Anything practical would be welcome.
- How have people approached the passive death wish conversation at this age without pathologising what may be quite normal reflection?
- Any thoughts on including Noreen - individual support or joint sessions?

**Update (three weeks on):** Thanks all, the replies were brilliant. What I've tried since:

1. Audiology first. One of you asked, quite rightly, whether anyone had checked her hearing aids. Nobody had. The batteries were flat and one was blocked with wax. Once sorted she was brighter within days. I'll repeat the MoCA rather than lean on the admission score.
2. Behavioural activation built around the farm. The activities coordinator found out she used to rear calves and make brown bread every morning. She now 'supervises' a bread-making session on Tuesdays.
3. The death wish conversation. I took the advice to ask plainly and without alarm. What came out was less 'I want to die' and more 'I've had my life, I'm not afraid of the end'. No plan, no intent, no pattern of refusing food or medication. It reads to me as reflection rather than depression speaking.
4. Noreen. I met her on her own twice. A lot of guilt, some anger that her brothers 'left it all to her'. I've pointed her to Family Carers Ireland, and we'll do one joint session next month.

GDS-15 is now 7. Still low, but not 'refusing'.
""",
        [
            ("Bridie Mulcahy", "name"),
            ("Mulcahy", "name"),
            ("93-year-old", "age"),
            ("Ard Mhuire Nursing Home", "organisation"),
            ("St Stephen's Day 2022", "date"),
            ("Kilmihil", "place"),
            ("Noreen", "name"),
        ],
    ),
    (
        "b17b-010",
        """Re: 'I hate this client and I feel awful about it'

Oh, I felt this post in my bones. Honestly, welcome to the club. Winnicott wrote a whole paper on it, 'Hate in the Counter-Transference' (1949), and it's still the most reassuring thing I've read on the subject. His point, roughly, is that the therapist's hate has to be acknowledged and held, not acted out, and that sometimes it's the patient's own experience being evoked in you.

I had a client a few years ago, a man in his fifties referred through an EAP, who would spend the first twenty minutes of every session picking apart my room, my accent, my qualifications. I dreaded Thursdays. What helped:
- Taking it to supervision every single time, even when I thought I'd 'processed' it.
- Writing process notes straight after, including the bits I wasn't proud of.
- Reading Casement and a bit of Bion on containment.
- Noticing that when he was most contemptuous he'd usually just talked about his father.

It shifted around session 20 when I said, quite simply, that it sounded like nothing anyone did for him was ever good enough. He went quiet and then said that was exactly what his mum used to say about him. We worked together for another year after that.

So no, it doesn't make you a bad therapist. It makes you a human one who's paying attention.
""",
        [],
    ),
    (
        "b17b-011",
        """Closing takeaways - private practice, London

Closing this one after 22 sessions, posting reflections as promised to the peer group.

Client was a 41-year-old woman, managing director at Goldman Sachs, referred by her company's private health cover after a period of sick leave. Presented with burnout, insomnia and escalating alcohol use (AUDIT of 17 at intake). Lives in Clapham with her partner and their daughter Poppy, who was 6 when we started and whose school anxieties ran through a lot of our work.

What helped:
- ACT rather than straight CBT. Values work around her daughter was the turning point.
- Not colluding with her framing of sleep as a productivity problem. CBT-I components (sleep restriction, stimulus control) helped only once she stopped 'optimising' them.
- Being upfront about the drinking early. She appreciated directness.

What I'd do differently: we had a boundary slip in month three where she emailed me from her work account (r.okonjo-hale@gs.com) at 2am and I replied the next morning with more than I should have. It set up a pattern I then had to repair. Lesson relearned: my out-of-hours policy exists for a reason.

Outcome: AUDIT 6, ISI down from 22 to 9, back at work on a phased return from 1 September. She has my details for a review in six months.
""",
        [
            ("London", "place"),
            ("Goldman Sachs", "organisation"),
            ("Clapham", "place"),
            ("Poppy", "name"),
            ("r.okonjo-hale@gs.com", "email"),
            ("1 September", "date"),
        ],
    ),
    (
        "b17b-012",
        """DBT skills group - session notes, module: Distress Tolerance (week 3 of 6)

Attendance: 7 of 9 (one apology, one DNA - phone call made, left message).

Check-in: most members reported use of at least one skill from the diary card. Member C said Bonfire Night was 'hell' with the noise and that TIPP (cold water on the face) got her through it. Member F had a difficult weekend following a row with family and did not use skills, identified 'willfulness' herself which we took as progress.

Homework review: STOP skill. Three members practised it, two struggled to remember it in the moment. Group generated ideas to make it more accessible (phone lock screen, note in wallet).

Teaching: Radical acceptance and turning the mind, following the Linehan (2015) skills manual handouts. Discussion was lively. Member A challenged whether accepting something meant approving it, which opened up a good conversation about the difference. Member H became tearful when talking about a bereavement; co-facilitator offered a brief check-in at break.

Risk: No new disclosures of self-harm during group. Member F to be followed up by individual therapist on Monday.

Facilitator notes: Group cohesion improving, more members now offering each other validation without prompting. Watch dominance of Member A in discussion. Next week: pros and cons and self-soothe with the five senses.
""",
        [],
    ),
    (
        "b17b-013",
        """Process notes - session 14 (psychodynamic, training placement, for supervision)

C arrived six minutes late and apologised twice before sitting. He's a 27-year-old software engineer at Google's office on Barrow Street and usually talks about work first, but today went straight to the weekend.

C: 'so i told niamh i was done. like properly done this time.' (long pause) 'and she just said ok. like that was it.'
Me: It sounds like you expected more of a fight.
C: 'I don't know what I expected. My mam would have... she'd have cried for a week. Niamh just went to bed.'

I noticed I felt relief when he said it was over, and then guilt for feeling relieved. I think I've been holding an opinion about Niamh for months and didn't know it.

He then talked about the 2nd of June, the anniversary of his father's death, which is coming up. He said he's been dreaming about the house in Rathfarnham again, where his nan still lives on her own at 91. I asked about the dream and he shut down quickly ('it's just a house').

Towards the end he asked if I'd be here over the summer. I said I'd be away for two weeks in August and he said 'grand' with a smile that didn't fit.

For supervision:
- My relief about the break-up. Whose feeling is that?
- Link between loss, the anniversary and my upcoming break, which I didn't name.
- His pattern of going flat when something matters.
""",
        [
            ("Google", "organisation"),
            ("Barrow Street", "place"),
            ("niamh", "name"),
            ("Niamh", "name"),
            ("2nd of June", "date"),
            ("Rathfarnham", "place"),
            ("91", "age"),
        ],
    ),
    (
        "b17b-014",
        """BIRP - community drug and alcohol service (HSE)

B: Client is a man in his late forties attending for the fourth keyworking session. Reports drinking 'a bottle of vodka a day' until two weeks ago; now 'down to cans', estimated 12 units per day. AUDIT 28 at initial assessment. Presents with mild tremor, sweating, no visible jaundice. Tearful when discussing estrangement from his adult children. Denies current SI, had passive thoughts over the Christmas period.

I: Reviewed the community detox plan agreed with the addiction GP: chlordiazepoxide reducing regime over 7 days, with daily CIWA-Ar checks through the nurse. Thiamine 100 mg TDS. Motivational interviewing focused on his stated value of 'being a grandad who's actually around'. Discussed AA and SMART Recovery as options after detox; he's sceptical about AA because of 'the God stuff'. Gave information on the HSE Drugs and Alcohol Helpline and Samaritans.

R: Receptive to detox plan, agreed to nominate a support person to be present. Mixed feelings about mutual aid but willing to look at SMART online. Engaged well when talking about his grandchild.

P: Detox to start Monday if CIWA-Ar and bloods are OK. Review with addiction GP on day 3. Keyworking session next week. Consider referral to a residential programme if he relapses after detox. Risk plan reviewed and shared with client.
""",
        [],
    ),
    (
        "b17b-015",
        """## Perinatal mental health - would value input on bonding work

**Referral:** 26-year-old first-time mum, referred by her health visitor, Ceri Lloyd, at 6 weeks postpartum. Baby (a girl, Mali) born 30/01 at Prince Charles Hospital after a prolonged labour and emergency section. They live in Merthyr Tydfil with her partner, who works away a lot. NHS number on our referral letter: 485 777 3456.

**Presentation:** EPDS of 19 at referral. Intrusive thoughts of harming the baby (ego-dystonic, clearly distressing, no intent, she's avoiding bathing her alone as a result). Low mood, poor sleep even when the baby sleeps. Describes feeling like she's 'babysitting someone else's child'. No history of psychosis, no bipolar history, no family history of either.

**Plan so far:** Prescriber has started sertraline 50 mg (breastfeeding compatible). I've been doing CBT for the intrusive thoughts, psychoeducation on perinatal OCD-type symptoms which has brought huge relief, and exposure to bath time with partner present initially.

**Where I'm stuck:** The bonding piece. She's doing everything 'right' but says she feels nothing. I've been considering Video Interaction Guidance or a parent-infant psychotherapy referral but our local offer is thin. Has anyone used VIG in a community perinatal team in Wales, and was it worth the wait?
""",
        [
            ("Ceri Lloyd", "name"),
            ("Mali", "name"),
            ("30/01", "date"),
            ("Prince Charles Hospital", "organisation"),
            ("Merthyr Tydfil", "place"),
            ("485 777 3456", "id_number"),
        ],
    ),
    (
        "b17b-016",
        """Consultation question - social work, child protection (Ireland)

Hi folks. Tusla social worker here, two years qualified, bringing a dilemma to the group because my team is stretched and I'd like wider views.

Family of five, youngest is 4. Referral came from the child's preschool about bruising, which on assessment was likely accidental, but the home visit raised bigger concerns about neglect and mum's mental health. Mum has a history of postnatal depression, is now on mirtazapine 30 mg, and is very open with us, which is a strength. Dad works long hours and is dismissive ('she just needs to get out more').

We've moved to a Meitheal-type approach with the school, public health nurse and family resource centre, using Signs of Safety mapping. Danger statement and safety goals were agreed with both parents at the meeting in April. The older two children attend a DEIS primary and are doing OK.

My dilemma: mum disclosed at the last visit that she's had thoughts of 'taking all the kids and just driving'. No plan, she said it came out of nowhere and frightened her. I've liaised with her GP and she's been referred to the adult community mental health team, but I'm weighing up whether this tips things towards a Section 16 application or whether it's something we can manage within the current safety plan, given how engaged she is.

How do others weigh honest disclosure against risk without making parents stop telling us things? Children First guidance is clear on reporting, less clear on this kind of judgement.
""",
        [],
    ),
    (
        "b17b-017",
        """Prison in-reach - request for consult on a complex discharge

I'm a forensic CPN with the mental health in-reach team at HMP Barlinnie. Looking for advice on a man due for liberation on 28/11 who I'm worried about.

**Details:** Mr Stuart Galbraith, 38, prisoner number 142876, CHI 1104861234. Serving a short sentence for breach of the peace and theft. Long history of paranoid schizophrenia, poor engagement with community services, three previous admissions to Leverndale under the Mental Health (Care and Treatment) (Scotland) Act 2003. Currently stable on aripiprazole depot 400 mg monthly, which he accepts in here but has always stopped after release.

**Problem:** No fixed abode on release. He's been offered a bed at a hostel in the Calton area but he's said he won't go because 'they know me there'. His solicitor, Ms Fiona Baird, is trying to get him a supported tenancy but it won't be ready in time.

**Question:** For those working in throughcare in Scotland, what's worked to keep someone like this connected in the first 72 hours? We've referred to the local CMHT and they've agreed to a gate pick-up but I'm not confident he'll be there. Has anyone used a Compulsory Treatment Order in the community as a bridge for someone who isn't currently meeting criteria in custody?
""",
        [
            ("HMP Barlinnie", "organisation"),
            ("28/11", "date"),
            ("Stuart Galbraith", "name"),
            ("142876", "id_number"),
            ("1104861234", "id_number"),
            ("Leverndale", "organisation"),
            ("Calton", "place"),
            ("Fiona Baird", "name"),
        ],
    ),
    (
        "b17b-018",
        """Supervision reflection - CAT, ending of a 16-session contract

This week was session 16 of 16 with a young woman I've been seeing since the spring. We exchanged goodbye letters as is standard in CAT (Ryle & Kerr's Introducing Cognitive Analytic Therapy is never far from my desk). Writing mine was harder than I expected.

The reformulation letter back at session 4 named two reciprocal roles that ran through her life: 'critical, demanding' to 'crushed, failing', and 'abandoning' to 'abandoned'. The target problem procedure we kept coming back to was placation: trying to be perfect so nobody leaves, then exhausting herself, collapsing, and feeling abandoned anyway.

Supervision helped me see that I'd been enacting the 'perfect carer' pole in the last few sessions, offering extra time, rescheduling around her shifts, because I didn't want to be another person who left. My supervisor asked, kindly, who I was trying not to abandon, and I had to sit with that for a while.

Her goodbye letter was honest. She wrote that she was angry the therapy was ending before Christmas and that she'd nearly cancelled the last session 'so I could leave first'. We talked about that openly and she stayed for the whole hour.

Follow-up is booked in three months. CORE-OM went from 2.1 to 1.2. More important to me, she ended the work angry and present rather than compliant and gone.
""",
        [],
    ),
    (
        "b17b-019",
        """Eating disorder - student client, advice on risk and the pro-ana side of things

I work in a student counselling service and I'm seeing a first-year at UCC, Saoirse, who I'm increasingly worried about. She's 19, studying nursing, and lives in student accommodation on College Road. She came to us with 'stress' but it's become clear she's restricting heavily. BMI unknown; she won't be weighed, but the university GP estimated it at around 16 on the 21st of last month.

She has an Instagram account, @saoirse.eats.clean, with about 4,000 followers where she posts 'what I eat in a day' content that is very clearly restrictive. She says it's 'accountability' and that the account is the only place she feels good at anything. She also mentioned being in contact with a 'coach' through the account.

Her dietitian in the student health centre, Orla Keane, has been great but Saoirse has cancelled the last two appointments. I have her mobile (086 339 4127) from the intake form and have texted, but she's only responded to arrange counselling, not medical follow-up.

My questions: how are others handling social media in treatment of eating disorders, do you make closing accounts part of the contract? And at what point do people escalate to the adult ED service or GP without consent when a student is an adult and says she's 'fine'? I'm aware of MARSIPAN/MEED guidance but would love practical experience.
""",
        [
            ("UCC", "organisation"),
            ("Saoirse", "name"),
            ("College Road", "place"),
            ("21st of last month", "date"),
            ("@saoirse.eats.clean", "handle"),
            ("Orla Keane", "name"),
            ("086 339 4127", "phone"),
        ],
    ),
    (
        "b17b-020",
        """Re: EMDR vs TF-CBT for a single-incident RTC?

Short answer: either is fine, NICE NG116 recommends both for PTSD in adults, and the evidence for single-incident trauma is strong for both. Longer answer from someone who does both:

For a clean single-incident road traffic collision with no significant earlier trauma, I tend to offer a choice. Some clients really don't want to talk through the event in detail, and EMDR (Shapiro's standard protocol) suits them. Others want to understand what's going on, and Ehlers and Clark's cognitive therapy for PTSD, with its focus on appraisals and updating the hotspots, gives them a framework they find reassuring.

Things I'd check first:
- PCL-5 and ITQ at assessment. If ITQ suggests complex PTSD, you want a phased approach, not straight into processing.
- Dissociation screen (DES-II). High scores change things.
- Any ongoing litigation. Doesn't contraindicate therapy but you'll likely be asked for records, so write accordingly.
- Driving avoidance. If they're avoiding motorways entirely, in vivo work will be needed whatever the model.

Your client's PCL-5 of 51 is high but not unusual at 3 months post-event. I'd also gently question whether you need to wait for 'stabilisation' if they're functioning, working and not using substances. Most single-incident clients can go straight to trauma-focused work.

And be prepared that anniversaries and the first winter driving in the dark can cause a temporary spike.
""",
        [],
    ),
    (
        "b17b-021",
        """Learning disability psychology - consult on behaviour that challenges

I'm a clinical psychologist in a community learning disability team in the North West of England. Looking for ideas on a young man, Jordan Whitlock, 24, with a moderate LD and autism, who lives in a supported living flat run by Brightwater Care at Flat 3, 22 Alder Road, Wigan, WN5 8QT.

Over the past eight weeks there's been a big increase in behaviours that challenge: hitting out at staff, breaking the TV twice, one incident where police were called. His key worker, Tariq Hussain, who has known him for years, left the service in the summer, and the timing fits almost exactly.

Functional assessment so far points to escape from demands and a strong link with unpredictability in the staff rota. Jordan's mum can be reached on 01942 496 213 and is keen to help but feels the provider 'doesn't listen'.

I'm writing a PBS plan and would welcome thoughts on:
- Practical ways to build predictability with a high-turnover staff team (visual rota? photo of who's on shift?).
- How people have handled grief/loss of a key worker for someone with limited verbal communication.
- Whether anyone's had success getting a provider to commit to consistent staffing when commissioning is tight.

Medication review with psychiatry is also booked; the STOMP principles are front of mind as he's on risperidone 2 mg which was started 'for behaviour' years ago.
""",
        [
            ("Jordan Whitlock", "name"),
            ("Jordan", "name"),
            ("Brightwater Care", "organisation"),
            ("Flat 3, 22 Alder Road", "place"),
            ("Wigan", "place"),
            ("WN5 8QT", "place"),
            ("Tariq Hussain", "name"),
            ("01942 496 213", "phone"),
        ],
    ),
    (
        "b17b-022",
        """Closing takeaways - LTC pathway, diabetes distress

Closing this client after 10 sessions of CBT on our long-term conditions pathway.

Client was a man in his late sixties with Type 2 diabetes, HbA1c had crept up to 78 mmol/mol, on metformin 1 g BD and recently started on a GLP-1. Referred by the practice nurse for 'low mood and non-compliance'. PHQ-9 of 16 at the start, PAID (Problem Areas in Diabetes) of 58.

Takeaways:
1. The problem wasn't depression in the classic sense, it was diabetes distress and shame. Once we used the PAID items to open the conversation, things moved fast.
2. Reframing 'non-compliance' with the client and, frankly, with the referrer. He'd been told off so many times that he'd stopped going to reviews.
3. Joint session with the practice nurse around session 6 was the single most useful thing we did.
4. Small goals (checking feet on Sundays, one walk after dinner) beat big ones.

End scores: PHQ-9 of 6, PAID of 31, HbA1c 61 at last check. He said the most helpful thing was 'someone not shouting at me about biscuits'.
""",
        [],
    ),
    (
        "b17b-023",
        """Guidance counsellor note - sharing for peer consultation (post-primary, Ireland)

Hi everyone. Hoping for advice on a 6th year girl I'm worried about. Aoibhe Brennan, student no. 20190457 at Coláiste Bríde, Clondalkin. Leaving Cert year, very high achiever, predicted well over 550 points, wants Medicine.

She came to me on Monday 3rd February after her English teacher, Mr Declan Furlong, noticed scratches on her wrist. She disclosed superficial cutting for about six months, no medical treatment needed, no suicidal intent. She was adamant her parents not be told.

Obviously under Children First and our own policy I had to inform the DLP and her parents. Mum came in the next day and was lovely but clearly shocked. She emailed me afterwards (aoibhe.mam@eircom.net) asking whether she should take Aoibhe out of school for a while.

We've referred to CAMHS through the GP, but the wait is long, and in the meantime Aoibhe is attending Jigsaw. She's furious with me for breaking confidentiality and has refused to come back to my office.

My question is really about repair. How do you rebuild trust with a student after a safeguarding disclosure that they experienced as a betrayal? And any thoughts on how to support a parent who wants to pull a high-achieving student out of school in exam year?
""",
        [
            ("Aoibhe Brennan", "name"),
            ("Aoibhe", "name"),
            ("20190457", "id_number"),
            ("Coláiste Bríde", "organisation"),
            ("Clondalkin", "place"),
            ("3rd February", "date"),
            ("Declan Furlong", "name"),
            ("aoibhe.mam@eircom.net", "email"),
        ],
    ),
    (
        "b17b-024",
        """SOAP - psychiatry outpatient review (private clinic)

S: 67-year-old retired teacher with bipolar I disorder (F31.7, currently in remission) attending 3-monthly review. Reports mood 'steady' over the summer, sleeping 7 hours, no early-morning waking. Has taken up sea swimming most mornings with a local group. Denies elevated mood episodes; wife (present for second half) agrees. Mild tremor in right hand, worse with coffee. Some polyuria, no polydipsia.

O: Alert, euthymic, speech normal rate and volume. No psychotic features. Fine postural tremor bilaterally. Latest lithium level 0.7 mmol/L (12 hours post-dose). eGFR 58, down from 64 last year. TSH 4.8, free T4 within range. Calcium normal. Weight stable. BP 138/84.

A: Stable bipolar I on lithium carbonate 800 mg nocte. Gradual decline in renal function, consistent with age and long-term lithium use, now approaching the threshold where NICE CG185 and the Maudsley Prescribing Guidelines recommend closer monitoring and weighing of risk-benefit. Subclinical hypothyroidism likely lithium-related.

P:
1. Continue lithium at current dose; target range 0.6-0.8.
2. U&E, lithium level and TFTs every 3 months rather than 6.
3. Discuss with GP regarding thyroid replacement if TSH rises further.
4. Discussed with patient and wife the long-term options if eGFR falls below 45 (switch to alternative mood stabiliser). Patient strongly wishes to stay on lithium 'as long as it's safe'.
5. Relapse signature reviewed. Review in 3 months, sooner if concerns.
""",
        [],
    ),
    (
        "b17b-025",
        """Veterans' service - case presentation for peer group (trigger warning: combat trauma, suicide)

**Client:** Ex-serviceman, 36, left the army in 2015. Served with 1st Battalion, The Royal Irish Regiment including two tours of Afghanistan. Lives alone in Ballymena since his marriage ended.

**Presentation:** Referred via his GP after a welfare check by the police. PCL-5 of 62, ITQ meets criteria for complex PTSD. Drinking heavily at weekends. Significant moral injury rather than fear-based trauma as the core.

**Key event:** His section was caught in an IED strike on 11 July 2010. His best mate, Danny Pryce, was killed. Client was meant to be lead man that day but had swapped position. He has never spoken to Danny's family. He keeps Danny's dog tags in his car.

**Work so far:** Stabilisation and psychoeducation about moral injury (Litz et al.'s framework has been really helpful here). We've begun some CFT-informed work on self-compassion which he's found 'soft' but tolerable. He's engaged well with the idea of the 'threat system'.

**Question:** Has anyone used adaptive disclosure or a letter-writing task to a deceased comrade? I'm wondering about an imaginal conversation with Danny but he's ambivalent, and I'm conscious the anniversary is coming. Also, what's people's experience with Op COURAGE? I'm wondering whether to refer for a more intensive programme or keep him with us where the alliance is good.
""",
        [
            ("1st Battalion, The Royal Irish Regiment", "organisation"),
            ("Ballymena", "place"),
            ("11 July 2010", "date"),
            ("Danny Pryce", "name"),
            ("Danny", "name"),
        ],
    ),
    (
        "b17b-026",
        """Re: gambling client - sports betting

Quick one from me as I've had a few of these lately. Self-exclusion through the apps plus Gamban is a great start, but in my experience the Saturday afternoon urges need a plan of their own, not just willpower: something booked for 3pm every Saturday for the first couple of months. PGSI of 19 is high but workable. I'd definitely look at the debt early, MABS are brilliant, and shame about money drives relapse more than almost anything else. And yes, screen for ADHD. Half my gambling clients who got big into in-play betting on Paddy Power or Bet365 over Cheltenham week turned out to have it.
""",
        [],
    ),
    (
        "b17b-027",
        """Play therapy - consult re: looked-after child and contact

I'm a child psychotherapist working with a looked-after child in Glasgow and I'd like thoughts on how contact with birth family is affecting the therapy.

Skye is 7 and has been with her foster carers, Mr and Mrs Gillespie, for about a year. She's in P3 at St Roch's Primary. Her social worker is Kirsty Mair. The plan is permanence, but fortnightly supervised contact with birth mum continues while that goes through the Children's Hearing.

Play themes: lots of 'houses' being built and destroyed, a baby animal that gets lost and is never quite found. After contact she's dysregulated for several days: soiling, hitting out at her foster sister, refusing school. Her foster carer says the worst was after Bonfire Night 2023 when mum didn't turn up and Skye waited at the window for an hour.

I'm using a non-directive approach with some DDP-informed (PACE) work with the carers. Her SDQ total difficulties score has come down a bit, but the spikes after contact are undoing a lot.

My questions:
- How have others fed back to the Hearing or the LAAC review about contact when therapy suggests it's harmful, without overstepping the therapeutic role?
- Has anyone found a way to help a child this age prepare for contact where mum often doesn't show?
""",
        [
            ("Glasgow", "place"),
            ("Skye", "name"),
            ("Gillespie", "name"),
            ("St Roch's Primary", "organisation"),
            ("Kirsty Mair", "name"),
            ("Bonfire Night 2023", "date"),
        ],
    ),
    (
        "b17b-028",
        """Group supervision notes - hospice bereavement service

Present: 5 volunteer counsellors, 1 clinical lead (facilitator). Apologies: 1.

Case 1: Woman aged 88 whose husband died in the in-patient unit in the spring after 61 years of marriage. Counsellor bringing it because the client 'doesn't want to talk about feelings', mainly wants practical help (bills, the car, what to do with his clothes). Discussion drew on Stroebe and Schut's dual process model, restoration-oriented coping is legitimate grief work, not avoidance. Suggested the counsellor follow the client's lead and notice oscillation rather than push for loss-oriented work.

Case 2: Adult son whose mother died after a short illness. Counsellor concerned about prolonged grief: 14 months post-death, PG-13 score suggestive, still sleeping in her bed, hasn't returned to work. Discussed ICD-11 prolonged grief disorder criteria and when to refer on for specialist help. Agreed referral to GP with consent, and counsellor to continue meanwhile. Worden's tasks of mourning used as a framework for where he is stuck (task 2, processing the pain).

Case 3: Young mother whose baby died at 3 days old. Counsellor noticed strong personal response. Group reflected on continuing bonds (Klass, Silverman and Nickman) and the importance of anniversaries and markers like All Souls' Day, Mother's Day and the baby's due date. Counsellor to take personal response to individual supervision.

General: reminder that our service leaflet now includes the Samaritans and Cruse helpline numbers. Next group in four weeks.
""",
        [],
    ),
    (
        "b17b-029",
        """Probation psychology - consult on a domestic abuse perpetrator on licence

I'm a forensic psychologist working alongside the Probation Service in the North West. Looking for thoughts on a man on licence after a sentence for controlling and coercive behaviour.

**Details:** Mr Wayne Kinsella, 42, PNC ID 09/382716K. His probation officer is Amira Bashir. Licence conditions include an exclusion zone covering Toxteth, where the victim lives, and he's not allowed to contact her directly or indirectly. Vehicle on his file is a grey Ford Focus, reg LV19 KZT, which ANPR picked up inside the zone on 17 April, though he says he was driving a mate to the hospital.

**Assessment:** OASys rates him high risk of serious harm to known adult. SARA v3 completed, key concerns around jealousy, minimisation and attitudes supporting violence. He's engaging with the Building Better Relationships programme but the facilitators describe him as 'saying all the right things'.

**Question:** I'm struggling with how to weigh the apparent breach. He has a plausible explanation, there's no evidence he contacted her, and recall would end his progress on the programme. But the pattern of testing boundaries is exactly the risk we're supposed to be managing. For those in MAPPA or probation settings, how do you hold that line between evidence and risk formulation when it comes to recommending recall?
""",
        [
            ("Wayne Kinsella", "name"),
            ("09/382716K", "id_number"),
            ("Amira Bashir", "name"),
            ("Toxteth", "place"),
            ("LV19 KZT", "id_number"),
            ("17 April", "date"),
        ],
    ),
    (
        "b17b-030",
        """Re: Adult ADHD assessment - what do you actually use?

Happy to share what we do in our NHS adult ADHD service, though every service seems to do it differently!

Screening: ASRS v1.1 and the Conners CAARS self and observer versions. We ask for school reports where possible. If not, we ask a parent or older sibling for a collateral history (DIVA-5 has a section for this).

Assessment: DIVA-5 as the main structured interview. Takes about 90 minutes. We also screen for autism (AQ-10), mood (PHQ-9, GAD-7, MDQ for bipolar) and substance use (AUDIT, DUDIT). Good practice is to rule out or account for sleep disorders too, as chronic insomnia can look a lot like inattention.

Diagnosis: ICD-11 6A05. We use DSM-5 criteria for the structured interview and map across.

Treatment: Following NICE NG87, we offer lisdexamfetamine or methylphenidate (e.g. Concerta XL starting at 18 mg, titrating to 36 mg or more). Baseline BP, pulse and weight, and an ECG if any cardiac history. Titration reviews every 2-4 weeks.

Non-medication support: we point people to ADHD UK and ADHD Foundation for psychoeducation, and to Access to Work if there are workplace issues. A few of us are running a CBT for adult ADHD group based on Safren's programme which has gone down well.

The Right to Choose pathway has changed demand a lot in England; we're seeing more people arriving with a private diagnosis asking for shared care, which is a whole other thread.
""",
        [],
    ),
    (
        "b17b-031",
        """Liaison psychiatry - case for discussion, ED self-harm presentation

I'm a psychiatric nurse in the liaison team at University Hospital Limerick and would love some input on a case that's been weighing on me.

Young man, Ciarán Hogan, 19, MRN 4417823. Presented on Christmas Eve 2023 after cutting his forearm badly enough to need sutures, following a row at home. Since then he's presented four more times with escalating self-harm and overdose. Lives with his mother, Deirdre, and younger siblings in Moyross.

Each time he's assessed and discharged with a plan for follow-up by the local adult mental health team, but he doesn't attend. He says the ED is 'the only place anyone listens'. Deirdre rings the ward every time, frightened and angry, and has said 'ye'll only do something when he's dead'.

Formulation so far: emotional dysregulation, unresolved grief after his father's death by suicide, cannabis use and significant social adversity. There's no clear mental illness, but he clearly isn't coping.

I'm conscious of the risk of the ED becoming the treatment. Questions:
- Has anyone had success with brief contact interventions or follow-up phone calls after ED discharge, and are any HSE services doing this well?
- How do others approach families who want admission when it isn't clinically indicated?
- Any experience with the National Clinical Programme for Self-Harm pathway in practice?
""",
        [
            ("University Hospital Limerick", "organisation"),
            ("Ciarán Hogan", "name"),
            ("4417823", "id_number"),
            ("Christmas Eve 2023", "date"),
            ("Deirdre", "name"),
            ("Moyross", "place"),
        ],
    ),
    (
        "b17b-032",
        """Process notes - bereavement by suicide, person-centred counselling (charity setting)

Session 9. Client arrived early and sat in the car for ten minutes before coming in. She's a woman in her forties whose younger brother died by suicide eighteen months ago.

She began by talking about the inquest, which has been delayed again. 'I just want someone to tell me it wasn't my fault, but they'd have to know what I said to him that week.' Then she stopped and looked at me.

I was aware of a strong pull to reassure her. I didn't. I said something like, 'It sounds like there's something you haven't been able to say out loud.'

She told me about a phone call a few days before he died, in which she'd told him she was 'sick of carrying him'. She cried for a long time. I stayed with her, said very little.

Reflection: Rogers' core conditions felt very real today. Unconditional positive regard wasn't something I had to manufacture. But I noticed I wanted to absolve her, which would have been for me more than her. Mearns and Thorne talk about the counsellor being present without needing to fix, and this felt like a moment that tested that.

She left saying she felt 'lighter but wrecked'. We agreed I'd mention the Pieta suicide bereavement service if she wants it alongside our work, and she has the Samaritans number. Next session after the bank holiday Monday.

For supervision: my urge to absolve; pacing as we approach the inquest; self-care after this one.
""",
        [],
    ),
    (
        "b17b-033",
        """EAP counselling - consultation on a workplace bullying case and confidentiality

I'm an EAP counsellor and I'm unsure how to handle something. Client is a 31-year-old signaller at Network Rail, based at the York Rail Operating Centre. She's been off sick for 6 weeks with stress. She says her line manager, Craig Dobson, has been bullying her for months.

The difficulty: her Occupational Health case reference (OH-2024-55817) is linked to our EAP referral and OH have asked us for a 'summary of progress' to help plan her return. The EAP contract allows us to share attendance only, not content, but OH are pushing. The client has asked me to write a letter supporting her grievance against Craig.

She also forwarded me an email chain from her personal account (lauren.fitzwilliam84@gmail.com) that includes her manager's emails, and asked me to 'keep it on file'.

Clinically she's doing OK: PHQ-9 down from 18 to 12 over five sessions, sleep improving, less rumination. She feels she can't go back while he's her manager.

My questions:
- Is writing a letter of support for a grievance within the EAP remit? I'm inclined to say no.
- How do others manage OH requests for clinical information in an EAP model?
- What do I do with the forwarded emails? I don't want to hold evidence for an employment dispute.
""",
        [
            ("Network Rail", "organisation"),
            ("York Rail Operating Centre", "organisation"),
            ("Craig Dobson", "name"),
            ("Craig", "name"),
            ("OH-2024-55817", "id_number"),
            ("lauren.fitzwilliam84@gmail.com", "email"),
        ],
    ),
    (
        "b17b-034",
        """DAP - schema therapy, session 23 (private practice)

D: Client (woman, late thirties) arrived in what appeared to be Detached Protector mode: flat, intellectualising, describing a weekend conflict with her sister in a matter-of-fact way. YSQ-S3 at baseline showed high scores on Emotional Deprivation, Defectiveness/Shame and Unrelenting Standards. SMI repeated this month: Detached Protector and Demanding Parent modes remain highest, Vulnerable Child rising, which we'd predicted as access improves.

Used chairwork: put the Demanding Parent in the empty chair. Client initially struggled to speak back to it. With modelling from me (empathic confrontation and limited reparenting, following Young, Klosko and Weishaar), she was able to say 'you're not helping, you're just scaring me'. Tearful afterwards, which she said was 'strange but not bad'.

A: Progress consistent with the schema therapy stages described by Arntz and Jacob. The shift between chairs allowed brief access to the Vulnerable Child. Detached Protector returned towards the end of session, which is expected and was named gently.

P: Continue mode work. Imagery rescripting next session focused on a childhood memory she's mentioned before (being left at school after a match). Homework: flashcard for the Demanding Parent. She's away for a week around Easter so next session will be on the Tuesday after. Discussed how to contact services if needed over the break (GP, Samaritans).
""",
        [],
    ),
    (
        "b17b-035",
        """PhD student support - university counselling, would value perspectives

I'm a counsellor at a university counselling service and I'm seeing a final-year PhD student who's really struggling. He's at Trinity College Dublin in the School of Genetics and Microbiology, and his viva is scheduled for 15 May. He's been with us about three months.

His supervisor, Prof. Hannah Lindqvist, has been, in his words, 'absent for two years and then suddenly very present'. He feels she's now pushing him to submit before he's ready so she can report a completion. He also feels his thesis doesn't match the work she's been presenting at conferences, and he's worried about authorship.

He writes a blog about PhD mental health (phdinthedark.wordpress.com) where he's written, anonymously he thought, about 'a supervisor who steals ideas'. A colleague recognised it, and now he's terrified it'll get back to her.

Clinically: moderate depression (PHQ-9 of 17), some passive SI, no plan, good protective factors (partner, cat, wants to finish). He's also stopped sleeping properly.

Questions for the group:
1. How do you support a student to navigate an academic power dynamic without becoming their advocate?
2. Would you encourage him to take the blog down?
3. Any thoughts on how to handle the viva timing?
""",
        [
            ("Trinity College Dublin", "organisation"),
            ("School of Genetics and Microbiology", "organisation"),
            ("15 May", "date"),
            ("Hannah Lindqvist", "name"),
            ("phdinthedark.wordpress.com", "url"),
        ],
    ),
    (
        "b17b-036",
        """Supervision reflection - positive risk-taking on a forensic rehab ward

I'm a psychologist on a low secure rehab ward and I've been thinking about positive risk-taking since our MDT last week, so I'm writing it up as a reflective piece.

The patient in question is a man in his forties on a Section 37/41. His HCR-20 V3 has been reviewed and the clinical items are much improved. The START shows strengths around structured activity and his relationship with his named nurse. He's asking for unescorted community leave, which needs Ministry of Justice approval.

At MDT the discussion split quite predictably. Nursing were cautious, having been on shift during incidents years ago; OT and I were keen to move things forward, and the RC was somewhere in between. I came away aware that my enthusiasm might be a defence against the boredom of a ward where nothing changes, and that the nurses' caution had real knowledge in it.

Things that helped me think:
- Morgan's work on positive risk-taking, in particular that it's about planning, not recklessness.
- The Care Programme Approach reminder that risk management is shared, not held by one person.
- Reading back through his formulation and noticing how much of it was written before the clozapine.

We've agreed to present a graded leave plan with clear indicators of relapse and a return-to-ward plan. It will go to the MoJ with a full risk assessment, and MAPPA level 2 will be informed.

For me the learning is about noticing which side of the split I'm on and why, rather than assuming my side is the therapeutic one.
""",
        [],
    ),
    (
        "b17b-037",
        """Psychosexual therapy - couple consult, Belfast

I work in a private psychosexual therapy practice and would appreciate peer thoughts. Couple in their thirties, referred by their GP, Dr Aidan Quinlan, for vaginismus and low desire. She is Mairéad, he is Conor. They live off the Lisburn Road and both work in the NHS, which means they're understandably very sensitive about confidentiality.

Presentation: Mairéad has had pain with penetration since their relationship began four years ago. They've been trying to conceive for a year and feel under huge pressure. Conor has started to avoid physical contact 'so she doesn't feel she has to'. Both describe the relationship as otherwise strong.

Approach so far: sensate focus following Masters and Johnson, modified with a mindfulness component. Mairéad has started graded dilator work. We're also doing a lot of psychoeducation, which has reduced shame on both sides.

Complication: Conor contacted me separately on my work mobile (a text from 07702 418 336) saying he doesn't want to start a family any more but can't say it in front of Mairéad.

How would you handle a secret disclosed by one partner in couples work? My contract says I don't hold secrets, but I didn't expect this one. Do I insist he bring it to session, and what if he won't?
""",
        [
            ("Belfast", "place"),
            ("Aidan Quinlan", "name"),
            ("Mairéad", "name"),
            ("Conor", "name"),
            ("Lisburn Road", "place"),
            ("07702 418 336", "phone"),
        ],
    ),
    (
        "b17b-038",
        """Forum thread: Anyone else find 'trauma' is a loaded word for older Irish clients?

Just wondering if others have noticed this. I work in private practice in the West of Ireland and many of my older clients (60s, 70s, one man of 84) have had very hard childhoods: industrial schools, mother and baby homes, severe physical punishment at school, emigration to England at 15 to work on the building sites. But if I use the word 'trauma' they shut down. It's as if it's an American word for people who didn't have it really bad.

What's worked for me:
- Using their language: 'hard times', 'what happened back then', 'the way things were'.
- Being aware of the Ryan Report and the Commission of Investigation into Mother and Baby Homes, and being ready for how those reports have stirred things up for people.
- Not assuming that faith is only a source of harm. For many it's a real support, even if the institutions hurt them.
- Slowing right down. A lot of these clients have never told anyone.

I also find CFT (Gilbert) useful, particularly the idea that 'it's not your fault but it is your responsibility', which fits the Irish sensibility better than anything very 'soft'.

Would love to hear how others adapt their language, especially colleagues working in rural areas or with the Irish diaspora in Britain.
""",
        [],
    ),
    (
        "b17b-039",
        """## EIP case presentation - engagement through gaming?

**Client:** Kyle, 20, referred to our Early Intervention in Psychosis team after an admission to Ward 7 at the Royal Oldham Hospital in the autumn. First episode psychosis with paranoid ideation and auditory hallucinations. Discharged on olanzapine 10 mg, now switched to aripiprazole 15 mg due to weight gain.

**Social:** Living in a homeless hostel run by Oldham Housing Options after falling out with his mum. His older brother Reece is his main support and visits every week.

**Engagement:** Extremely difficult. Doesn't answer calls, misses appointments. The one thing he does consistently is game. He's online most nights on Xbox as 'SilentReaper_OL8', and his care coordinator found out he'll sometimes reply to messages there when he won't reply to texts.

**Question for the group:** Has anyone used gaming platforms or in-game messaging as an engagement route in EIP? I'm aware of the information governance issues, and our Trust policy doesn't cover it. But the alternative is that he's discharged for non-engagement, which seems worse. He's got a medication review on 9 January that he needs to attend.

Other thoughts on engagement with young men who are very online would also be welcome. We're considering a peer support worker referral too.
""",
        [
            ("Kyle", "name"),
            ("Royal Oldham Hospital", "organisation"),
            ("Oldham Housing Options", "organisation"),
            ("Reece", "name"),
            ("SilentReaper_OL8", "handle"),
            ("9 January", "date"),
        ],
    ),
    (
        "b17b-040",
        """Closing reflections - CAMHS autism assessment pathway

Closing this thread now that the assessment is complete and the family have had feedback. Thanks to everyone who chipped in a few months ago when I was unsure about the ADOS-2 result.

Quick recap for anyone who finds this later: boy, 10, in Year 6, referred by his GP after the school SENCo raised concerns about friendships, rigid routines and meltdowns after school. Parents had noticed differences since toddlerhood but he'd 'masked' well in school. ADOS-2 Module 3 came out just below the autism cut-off, which is why I was wavering.

What we did:
- ADI-R with mum, which was strongly consistent with autism across all domains.
- SRS-2 from both parents and class teacher, showing quite different pictures at home and school, which is very typical for masking.
- School observation by our OT, who picked up a lot of sensory seeking at break time.
- Cognitive assessment by the Educational Psychologist, which showed a spiky profile.

Outcome: diagnosis of autism spectrum disorder (ICD-11 6A02), no co-occurring intellectual disability. We're writing to support his EHCP application.

Takeaways:
1. Don't let a single tool decide. ADOS-2 is one piece of the jigsaw, not the verdict.
2. Masking is real and common, especially in children who are bright and socially motivated.
3. Parents often know. His mum said she had been told 'he's just a boy' since nursery.

He handled the feedback well, apparently asking whether autism means he can skip Halloween (he hates it). We said that was a family decision.
""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind17b"}
        for doc_id, text, items in DOCS
    ]
