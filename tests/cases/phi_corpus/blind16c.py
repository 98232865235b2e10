"""Blind batch b16c, written by a helper session without sight of the guard. Forty posts from a
peer-consultation platform written by clinicians in Australia and New Zealand: case
presentations, consultation questions, replies, follow-ups, SOAP/DAP/BIRP notes, process notes,
supervision reflections, group notes and closing takeaways. Settings include private practice
under Better Access, public community mental health, school and university counselling,
Aboriginal community-controlled and Kaupapa Maori services, rural and remote practice, and
NDIS- and ACC-funded work. Identifiers cover names (including pets, lower-case names in
quotes, names that are ordinary words such as Heather and Ivy), suburbs, towns, station and
street addresses, postcodes, dates (numeric, ordinal, holiday with year), ages over 89,
phones, emails, a URL, an IP address, social-media handles, Medicare/NDIS/NHI/ACC/URN/student/
court/firearms-licence numbers, and organisations (schools, employers, hospitals, hospices,
ACCHOs, a headspace centre). Clean documents are dense with look-alikes: cited authors
(Herman, Linehan, Durie, Dudgeon, Westerman, Ogden, Winnicott, Fairburn, Moseley), book titles,
instruments and scores (K10, K5, EPDS, HoNOS, DES-II, WHODAS, EDE-Q, PCL-5), NDIS line items,
MBS item numbers, clinical shorthand that looks like dates (3/12, 4/52, 2/52), medications,
national hotlines (Lifeline, 1737, 13YARN, Kids Helpline, PANDA, MensLine), national agencies
and programmes (Oranga Tamariki, ACC, NDIA, RFDS, The Orange Door), weekdays, months, terms,
holidays without a year, and unnamed relatives and generic places.

First-sight figures, with the guard at 663890a (measured at e81fff2, which changed only test
floors): span recall 0.948, precision 0.956, identifier documents fully caught 0.700, clean
documents flagged 0.050 (the guard at 5d372b1, where this session started: 0.948, 0.893,
0.700, 0.350).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b16c-001",
        """## Case presentation: perinatal intrusive thoughts, wondering about pacing

**Client:** 31F, second baby (now 9 weeks). Referred on a MHTP by her GP, Dr Anjali Raman at Brunswick Family Medical, after the 6-week check.

**Presenting:** ego-dystonic intrusive images of dropping the baby down the stairs, knife avoidance, checking the cot monitor 20+ times a night. EPDS 19 at referral (item 10 = 0), K10 32, DASS-21 anxiety in the severe range.

**Background:** She and the kids moved over from Perth in 2022 when her partner, Lachlan, took a FIFO role, so for two weeks in three she's solo parenting. Her mum is still in WA. History of adolescent OCD-ish symptoms that were never formally treated. No psychosis, no bipolar history in the family that she knows of.

**So far:** Session 4 of the initial 6 under Better Access. Psychoeducation on intrusive thoughts (I lean on Challacombe's perinatal OCD work a lot here), started a loose ERP hierarchy, and she's now able to bath the baby with the door open. Her GP started sertraline 50 mg last week.

**Risk:** Nil SI, the thoughts are clearly unwanted and she's doing more avoidance than anything. Safety plan done anyway, PANDA (1300 726 306) on the fridge.

**My question:** She's asked to bring the baby to sessions from now on because she has no one to mind him. Part of me thinks that's perfect in vivo exposure; part of me worries it turns the room into another place she has to perform "good mum". Anyone done ERP with the infant physically present? How did you structure it?""",
        [
            ("Anjali Raman", "name"),
            ("Brunswick Family Medical", "organisation"),
            ("Perth", "place"),
            ("Lachlan", "name"),
        ],
    ),
    (
        "b16c-002",
        """Kia ora koutou, hoping for some thoughts on pacing with an ACC Sensitive Claims client.

Woman in her late 40s, Pākehā, historic CSA by a family member across childhood, disclosed for the first time in her 40s. Cover was approved after the Supported Assessment and we're now on session 14 of the funded block. She presents with a lot of 'losing time', depersonalisation when tired, and some switching between a very competent work self and a frightened younger state. DES-II averaged 38. I haven't done a full MID, partly because she finds long questionnaires destabilising.

I've been working broadly within Herman's phased model and leaning heavily on stabilisation: grounding, containment, a lot of psychoeducation from Boon, Steele and van der Hart's Coping with Trauma-Related Dissociation, which she actually likes working through as homework. We've also mapped her wellbeing using Te Whare Tapa Whā because she wanted something that wasn't 'all about the abuse', and taha wairua turned out to be the richest conversation we've had.

My dilemma: she's now pushing to 'get into the memories', partly because she's worried ACC will stop paying before we get there. I don't think she's ready. Her window of tolerance on a Monday after a weekend at her mother's is very different from a Thursday. She has 1737 and her GP as supports, and her partner is on board.

How do others handle the funding pressure conversation without it driving the clinical pacing? And has anyone found a way to write the ACC progress report (the next one is due in March) that makes a case for extended stabilisation without sounding like we're stuck?""",
        [],
    ),
    (
        "b16c-003",
        """Replying to your post about the Year 9 boy and the group chat. I had almost the identical thing last term so here's what worked for me, for what it's worth.

Our kid is in Year 8 at Pimpama Ridge State College. Someone set up an anonymous Instagram account, @pimpama.exposed, posting edited photos of him with captions. He showed me the DMs on his phone in session, messages like "ty ur so cooked just end it lol". That last bit was what tipped it over into a risk conversation.

Steps I took:
1. Risk screen on the spot (he denied intent, but I rang his mum, Leanne, before he left the room, with him present).
2. Screenshots saved to the OneSchool record, not my own device. His student number (EQ 0381 4476) goes on everything for the eSafety report.
3. eSafety Commissioner report lodged that afternoon. They actually got the account down within about 48 hours.
4. Deputy principal looped in re: the kids we suspected. Restorative conference rather than suspension in the end.

What I'd do differently: I'd have involved his Head of Year, Mr Baptiste, earlier. He had a better relationship with the kid than I did and our boy would have said more to him.

Also worth flagging to your student that Kids Helpline (1800 55 1800) does webchat, which suits the ones who won't talk on the phone.""",
        [
            ("Pimpama Ridge State College", "organisation"),
            ("@pimpama.exposed", "handle"),
            ("ty", "name"),
            ("Leanne", "name"),
            ("EQ 0381 4476", "id_number"),
            ("Baptiste", "name"),
        ],
    ),
    (
        "b16c-004",
        """**S:** Seen at home with his mother present for the first 10 min, then alone. Reports sleeping "better than last month", 6–7 hrs. Still hearing the commentating voice "mostly at night", less distressing, rates it 4/10 vs 8/10 at last review. Denies command content. Says he's been going to the gym Tuesdays and Thursdays with his support worker. Smoking ~15/day. Asked again about coming off the depot: "I'm not sick anymore".

**O:** Casually dressed, adequate hygiene. Good rapport, some guardedness when discussing the TA. Speech normal rate, thought form mildly tangential, no formal thought disorder. Affect restricted but reactive. No evidence of acute risk. Insight partial. Paliperidone palmitate 150 mg IM given L deltoid, tolerated. Weight 104 kg (up 3 kg in 3/12), waist 118 cm. HoNOS 14 (was 19 on admission).

**A:** 29M, schizophrenia (F20.0), on a Treatment Authority under the Mental Health Act 2016, stable on monthly LAI. Metabolic risk increasing. Engagement with NDIS psychosocial supports has been the biggest protective change this year. Continues to request review of the TA; this is his right and he has been reminded of the Mental Health Review Tribunal process and that he can speak with an Independent Patient Rights Adviser.

**P:**
- Next depot due in 4/52, book with clinic.
- Bloods: HbA1c, lipids, prolactin before next consultant review.
- Dietitian referral via GP; discuss metformin with consultant.
- Quit support: offered Quitline 13 78 48, declined for now, accepted NRT patches 21 mg.
- Support him to prepare what he wants to say at the Tribunal hearing.
- Crisis: 1300 MH CALL saved in his phone, mother aware.""",
        [],
    ),
    (
        "b16c-005",
        """**Group supervision, SEWB team (notes for the team thread)**

Present: four SEWB workers, one psych, one AOD worker. Yarned for about 90 min. Started with check-in and acknowledgement of Country.

**Case 1 (brought by one of the Aboriginal Health Practitioners):**
Aunty Doreen (she's happy for us to use her name within the team) is in her 60s, back in Katherine after years in Darwin, and has had three deaths in the family since Easter, the most recent being her nephew on 4 August. She's been in Sorry Business almost continuously. The clinic team at Mirrwana Health Aboriginal Corporation has been seeing her weekly for her diabetes and she's stopped turning up.

Discussion points:
- Whether "grief counselling" is even the right frame. Worker's view: she doesn't need talking therapy, she needs to be able to get back out to her country near Barunga and be with family. Can we support transport?
- Worry that we pathologise cumulative grief. Someone mentioned Judy Atkinson's Trauma Trails and the idea of intergenerational grief as collective, not individual.
- K5 was attempted and abandoned; it felt wrong in the middle of Sorry Business.
- Risk: worker has no concerns for self-harm. Her granddaughter Shaylene rings her daily.

**Case 2 (psych):**
Young fella, 19, cannabis and some methamphetamine use, court next month. Discussion about how to write a letter for court that's honest about his engagement without being used against him. Agreed to keep it to attendance and goals. Reminder about cultural load on the AHPs when court letters land on them.

**Team wellbeing:**
Acknowledged the number of funerals this year. Reminder that EAP is available, and that 13YARN is there for staff too, not only clients. Next group sup in two weeks.""",
        [
            ("Doreen", "name"),
            ("Katherine", "place"),
            ("Darwin", "place"),
            ("4 August", "date"),
            ("Mirrwana Health Aboriginal Corporation", "organisation"),
            ("Barunga", "place"),
            ("Shaylene", "name"),
        ],
    ),
    (
        "b16c-006",
        """**Closing this one out: takeaways from 14 months of NDIS-funded work with an autistic adult**

Quick context for newer folks on the forum: man in his mid-30s, autistic (diagnosed at 31), co-occurring social anxiety and a long history of burnout cycles. Funded under Capacity Building, Improved Daily Living (15_043_0128_1_3 for anyone wondering about the line item), with a support coordinator and a psychosocial recovery coach. Plan reassessment went through last month and he's moved to a lower-intensity plan, which he wanted.

What I'd take forward:
1. **Drop the social skills framing.** Damian Milton's double empathy problem changed the whole tone of our work. We stopped treating misunderstandings as his deficit.
2. **Measure what matters to him.** WHODAS 2.0 was useful for the NDIA report, but his own goal tracking (number of days he could leave the house without a shutdown) was more meaningful.
3. **Adapt CBT properly.** Written agendas sent the day before, no surprise role-plays, visual formulations. The Spain and Happé paper on adapting therapy for autistic adults was a useful frame.
4. **Respect monotropism.** Sessions about trains were not avoidance. They were regulation, and often the doorway into harder material.
5. **The report writing matters.** The difference between a plan that works and one that doesn't was often the quality of the functional impact statement. Write in his words, link every goal to a support.

What I'd do differently: involve his mum in a couple of sessions early on, with his consent. We didn't until month 10 and things moved faster once we did.

Ended with a letter to him summarising what he's learned about his own nervous system. He said he'd laminate it.""",
        [],
    ),
    (
        "b16c-007",
        """**DAP note: whānau hui, 2nd session**

**D:** Hui held at the whānau home, attended by the client (17, tāne), his mother, his koro, and his younger sister Manaia. Opened with karakia led by koro. Client was discharged from the ICAMHS inpatient unit three weeks ago following an overdose. Whānau reported he has been spending more time at the marae and helping koro with the kūmara gardens, which everyone agreed has been good for him. Mum worried about him going back to his job at the Mitre 10 in Kaikohe, where he was being bullied. He said "nah, I'm done there". His mobile has changed to 022 381 7740; updated in the file. NHI confirmed as DKR4157.

**A:** Taha whānau and taha wairua strengthening; taha hinengaro still fragile (sleep poor, low mood most days, denies current SI, no plan). Koro's presence seems to steady him. Re-engaging with te reo classes is his own goal. Mum holding a lot of fear, understandably. Continue to use Te Whare Tapa Whā as the shared map; client prefers it to the questionnaires.

**P:** Next hui in a fortnight at the same place. Liaise with the ICAMHS key worker re: medication review (fluoxetine 20 mg). Safety plan reviewed with the whole whānau, 1737 and the crisis team number on the fridge. Support him to look into a Trades Academy placement for next year.""",
        [
            ("Manaia", "name"),
            ("Mitre 10", "organisation"),
            ("Kaikohe", "place"),
            ("022 381 7740", "phone"),
            ("DKR4157", "id_number"),
        ],
    ),
    (
        "b16c-008",
        """Ha, the eternal question. I've been a board-approved supervisor for about eight years, so here's my two cents.

For the 5+1 interns, I try to keep the first half of every session for their agenda, not mine. Early on I was a bit of a case-review machine and one of my supervisees told me in her exit feedback (bless her) that she felt like she was presenting to a tribunal every Wednesday. That stung, but fair.

Things that have helped:
- A simple contract at the start. Frequency, cancellations, how we handle it if I have a concern about their practice, what goes in the log for the Board.
- Live or recorded material at least monthly. You learn more from 10 minutes of tape than an hour of "and then I said".
- Proctor's model as a loose frame: normative, formative, restorative. Most provisionals are drowning in the normative stuff (AHPRA, notes, Medicare rules, the MBS item number panic) and the restorative bit gets squeezed.
- Asking about their own supports. Are they seeing their own therapist? Is there a peer group?

And the thing no one tells you: the 4+2 is gone for new starters, so everyone coming through now is on the 5+1 or a masters. Worth rereading the PsyBA guidelines because the competencies shifted a bit.

Anyway, you're clearly thinking about it carefully, which is most of the job.""",
        [],
    ),
    (
        "b16c-009",
        """**Consult request: rural, firearms, and a GP who wants me to "just tell him what to do"**

Farmer, 58, mixed cropping and sheep on a property called Warrah Downs about 40 km out of Coonamble. Third bad season in a row, letters from the bank, and his wife left in the spring. He came in because his GP, Dr Hamish Kettle, basically drove him to the appointment himself after a conversation at the footy.

Presentation: classic "I'm not depressed, I'm just stuffed". PHQ-9 of 21, item 9 scored 2. He sleeps in the ute some nights. He has firearms on the property (licensed, stored in a safe; licence no. 4098 3127), which he needs for the sheep. His father, who is 92, still lives in the old house on the property and he's the main carer.

What I've done: safety plan, and the firearms conversation. He agreed to hand the safe key to his neighbour, Col, "for a while", which was a big step. Linked him with the Rural Adversity Mental Health Program and the Rural Financial Counselling Service. Telehealth every fortnight because it's a 3-hour round trip otherwise.

Where I'm stuck: the GP wants me to advise him on whether to notify police about the firearms. I don't think he meets any threshold right now and I think notifying would wreck the only therapeutic alliance he's got. But I'm not comfortable being the one who "cleared" him either.

Anyone in rural practice worked through this with a GP? How did you document it? I see him next on the 18th of October.""",
        [
            ("Warrah Downs", "place"),
            ("Coonamble", "place"),
            ("Hamish Kettle", "name"),
            ("4098 3127", "id_number"),
            ("92", "age"),
            ("Col", "name"),
            ("18th of October", "date"),
        ],
    ),
    (
        "b16c-010",
        """**DBT-A skills group, week 9 (Distress Tolerance module)**

Attendance: 6 of 7 young people (P4 unwell), 5 parents/carers in the parallel group. Co-facilitated by two clinicians from the CYMHS team. Young people are referred to by participant number only in these notes.

**Content:** Reviewed TIPP from last week. Most reported trying paced breathing; P2 and P6 tried the cold water (ice pack) version and found it "weirdly good". Taught ACCEPTS with a worked example around waiting for exam results. Chain analysis on the whiteboard of a made-up scenario, not anyone's real behaviour, which the group seems to prefer.

**Process:** Group energy was low at the start (Monday after the long weekend). P1 and P3 dominated early; used the "one mic" rule. P5 spoke for the first time about her sister being in hospital, and the group responded kindly. P7 left for 10 minutes and returned after a check-in with the co-facilitator, no risk concerns.

**Diary cards:** 5 of 6 completed. Two reported urges to self-harm over the week rated ≥3/5; both used skills and neither acted. One reported acting on urges once (superficial, no medical attention required), followed up individually with her therapist the same day per protocol.

**Parents' group:** validation practice using Rathus and Miller's levels. Several parents said they struggle most at bedtime. Good discussion about the difference between validating the emotion and validating the behaviour.

**Next week:** Radical Acceptance. Bring the short Linehan video clip. Remind parents of Parentline (1300 30 1300).""",
        [],
    ),
    (
        "b16c-011",
        """**Supervision reflection: my own stuff showing up**

Took this to supervision this week because I noticed I'd been dreading Thursdays.

Client is a 44-year-old woman with an ACC sensitive claim (claim no. 10 4471 9982) who works night shift on the dryers at the Fonterra site in Te Awamutu. Our work has been about a sexual assault by a colleague years ago. Recently she's been telling me about a new supervisor at work who is "a lot like him", and I realised I'd started steering us away from the workplace material because I felt helpless about it. She can't afford to leave, and it's a small town.

My supervisor asked what I was protecting: her, or me? Fair question. Probably a bit of both. My own history of workplace bullying is in there.

We talked about the difference between advocacy and therapy. I can help her think through her options (EAP, the union, mediation through Employment New Zealand) without becoming her advocate. I also need to stop sending things to her personal email (kristen.w.78@xtra.co.nz) after hours, which I'd started doing "to be helpful". That's a boundary creep I hadn't noticed until I said it out loud.

Plan:
- Name the avoidance with her next session.
- Return to the formulation. She's not just re-experiencing; her sense of powerlessness at work is real and current.
- Look after my own sleep before Thursday nights.

Note to self: she first mentioned the new supervisor around Waitangi Day 2024, and that's roughly when my notes got shorter. Worth noticing.""",
        [
            ("10 4471 9982", "id_number"),
            ("Fonterra", "organisation"),
            ("Te Awamutu", "place"),
            ("kristen.w.78@xtra.co.nz", "email"),
            ("Waitangi Day 2024", "date"),
        ],
    ),
    (
        "b16c-012",
        """Consultation question: information sharing in Victoria, and how much is "enough"

I'm in private practice in regional Victoria. Client is a woman in her 30s with two primary-school-aged kids. In session last week she described her ex-partner turning up at the school gate despite an intervention order, and, more worryingly, a comment he made to one of the children about "not needing Mum anymore". She's scared but doesn't want to go to police again because she feels last time "made it worse".

What I know (I think):
- Under the Child Information Sharing Scheme and the Family Violence Information Sharing Scheme I'm only a prescribed entity if I'm working within a prescribed organisation, which as a sole trader I'm not... I think? I've read the MARAM practice guides twice and still feel unsure.
- I can refer to The Orange Door, with or without consent, if I believe there's a risk to the children.
- Mandatory reporting for psychologists in Victoria covers physical and sexual abuse, but I can still make a report to Child Protection on a reasonable belief of significant harm.

What I'd love help with:
1. Has anyone done a MARAM intermediate risk assessment in private practice, and are the tools usable in a 50-minute session?
2. How do you talk to a client about making a report without it feeling like a betrayal? I'm worried about losing her.
3. Documentation. How much detail about him goes in my notes?

I've already suggested she call 1800RESPECT and Safe Steps, and given her the Lifeline number. I have supervision on Friday but wanted a few more perspectives first.""",
        [],
    ),
    (
        "b16c-013",
        """## Case for the old age psych peer group: late-life depression vs. something else?

94-year-old widowed woman, moved into residential care at Banksia Grove Aged Care on 26/11/2023 after a fall at home. Referred by the facility GP for "low mood and refusing meals".

**History:** One previous episode of depression in her 60s after her husband died, treated with a TCA by her GP at the time. No psychiatric admissions. Hypertension, AF on apixaban, moderate hearing loss, macular degeneration. Her daughter, Gillian Prowse, is EPOA and visits most days; a son lives overseas.

**Assessment so far:**
- GDS-15: 11/15
- MoCA 19/30 (visual items not valid given vision; impression ~mild NCD)
- Cornell Scale for Depression in Dementia: 14
- Weight loss 6 kg since admission
- Says "I've had my innings, I'm ready to go", no active plan, no means available in the facility as far as staff can tell.

**Differentials I'm weighing:** major depressive episode with cognitive features; early Alzheimer's or mixed dementia; adjustment to loss of home and independence (she lived in the same house in Nambour for 61 years); hypoactive delirium (bloods and MSU clear, so less likely).

**Treatment options:** mirtazapine 15 mg nocte is attractive for appetite and sleep, but falls risk. Sertraline 25 mg also on the table. I'm also keen on a non-drug plan: she used to play the organ at her church, St Barnabas', and staff have found an old upright piano in the lounge.

**Questions for the group:**
1. At 94, with hearing and vision loss, what's your threshold for calling it depression rather than a reasonable response to her situation?
2. Anyone had success getting ECT considered at this age, and what did the capacity conversation look like?
3. How do you talk to family who are pushing for "something to pep her up"?""",
        [
            ("94", "age"),
            ("Banksia Grove Aged Care", "organisation"),
            ("26/11/2023", "date"),
            ("Gillian Prowse", "name"),
            ("Nambour", "place"),
            ("St Barnabas", "organisation"),
        ],
    ),
    (
        "b16c-014",
        """Really thoughtful post. One thing I'd add from my own work with mob: before any trauma processing, slow right down and make space for yarning that has no clinical agenda. Miriam-Rose Ungunmerr-Baumann's writing on dadirri, deep listening, changed how I sit with silence. And check whether the client wants an Aboriginal worker or an Elder involved; some do, some absolutely don't, and it's theirs to choose. EMDR can work beautifully, but the "safe place" exercise needs adapting. Country might be the safe place, or it might be tied up with grief. Ask, don't assume.""",
        [],
    ),
    (
        "b16c-015",
        """**BIRP: NDIS Capacity Building (psychology), session 22**

**Participant:** 27F, mild intellectual disability, PTSD, NDIS no. 431 998 204. Lives in SIL accommodation in Elizabeth with two housemates. Support worker present for the first part of the session at the participant's request.

**Behaviour:** Arrived 10 min late; reported an argument with a housemate over the TV remote "that made me go hot". Her support worker, Bronwyn, from Leafside Disability Services, said there had been two incidents of property damage this week, one on Monday night and one on Saturday, 9 March. Participant tearful, then embarrassed when this was raised.

**Intervention:** Reviewed her "body clues" visual using the traffic-light system we built in session 14. Practised "hand on heart, three breaths, walk away" with role play. Discussed who she can tell when she's in the orange; she picked her support worker and her sister, Tayla.

**Response:** Engaged well once the support worker stepped out. Could identify two early warning signs (clenched jaw, loud voice). Said she wants to keep living with her housemates "but not if they touch my stuff". Will use the breathing card this week.

**Plan:** Next session in one week. Send an updated consultation note to the behaviour support practitioner (no restrictive practices in use; no change needed). Start the progress report ahead of plan reassessment. Flag to support coordinator that 31 of 40 funded hours have been used.""",
        [
            ("431 998 204", "id_number"),
            ("Elizabeth", "place"),
            ("Bronwyn", "name"),
            ("Leafside Disability Services", "organisation"),
            ("9 March", "date"),
            ("Tayla", "name"),
        ],
    ),
    (
        "b16c-016",
        """Process notes, session 31 (psychodynamic, twice weekly)

She arrived exactly on time, which is new. Sat in the chair nearer the door rather than her usual one. I noticed myself wanting to comment on it immediately and held off.

She began with a dream: she was in her grandmother's kitchen, but the kitchen was also an airport lounge, and she kept missing the announcement for her flight. I was in the dream "sort of", as the person at the desk who wouldn't tell her which gate. She laughed saying this, then went quiet.

I said something like, "I'm the one who knows where you need to go but won't say." Long silence. Then: "You do that. You just sit there."

Here I felt the familiar pull: to reassure, to explain the frame, to become the good object. Thinking afterwards with Ogden's analytic third in mind, I wonder whether the airport is the space between us: transitional, no one lives there, everyone's on their way somewhere else. The grandmother's kitchen is the one place in her childhood she describes as safe, so the two are fused.

She mentioned the upcoming break (I'm away for two weeks in January) only glancingly: "whatever, it's summer, everyone goes away." I linked the missed flight to the break. She rolled her eyes but then cried for several minutes, which she has never done in the room.

Countertransference: tenderness, then a flash of irritation when she rolled her eyes, then guilt. A lot like what she describes her mother feeling toward her. Winnicott's "Hate in the Counter-Transference" came to mind on the drive home.

For supervision: how to hold the break without over-preparing her (which I suspect would be about my anxiety, not hers).""",
        [],
    ),
    (
        "b16c-017",
        """Oh, I feel this. Uni counselling in exam season is its own beast.

Similar situation with a student of mine at Massey a couple of years back: second-year vet student, top of the class, came in saying she was "fine" but her flatmate, Ngaio, had walked her over. Turned out she hadn't slept properly in a fortnight and had been doing the maths on how many paracetamol she had. We did a safety plan then and there, and with her consent I rang the student health nurse.

The bit relevant to your question: special consideration. She was adamant she didn't want to apply because it would "go on her record". I spent half a session explaining that it doesn't appear on a transcript. What finally got her over the line was realising she could request an aegrotat for the one paper on Friday the 21st and still sit the others. I wrote the supporting letter using her student ID (21049387) and kept it to two sentences of clinical info.

The other thing I'd say: the flatting situation in Palmerston North matters. A lot of our students were living with people they barely knew, and a good flatmate is worth ten counselling sessions. Ngaio checked in with me every couple of days after that (with the student's consent, of course).

She graduated, by the way. Sent me a card.""",
        [
            ("Massey", "organisation"),
            ("Ngaio", "name"),
            ("Friday the 21st", "date"),
            ("21049387", "id_number"),
            ("Palmerston North", "place"),
        ],
    ),
    (
        "b16c-018",
        """**SOAP: telehealth, session 12 of 40 under the EDP**

**S:** 19F, BN, seen by video from her bedroom at the family home. Reports 2 objective binges and 1 purge this week (down from 6–8/week at assessment). Meal plan: 3 meals + 3 snacks on 5 of 7 days. Hardest day was Sunday, family barbecue, "too many eyes". Says she's been weighing herself at home despite agreeing to collaborative weighing only. Mood "flat but ok".

**O:** Engaged, appropriate. Shared screen to show her food monitoring app. EDE-Q global 3.4 (4.6 at baseline). Weight (from GP check last Wednesday) stable. No physical red flags reported; last bloods reviewed by GP and within range, potassium 3.9.

**A:** Good progress in Stage 2 of CBT-E (Fairburn). Shape checking and private weighing maintaining overvaluation. Some evidence of "feeling fat" as a label for sadness and boredom.

**P:**
- Next session: body checking module; she'll log checking for 48 hrs.
- Plan for next family event; rehearse with mum.
- GP monitoring monthly as per the EDP; dietitian review in 2/52.
- Reminded of the Butterfly helpline (1800 33 4673) for between-session support.
- Billed as telehealth under the EDP psychological treatment items.""",
        [],
    ),
    (
        "b16c-019",
        """## Case presentation: 15-year-old, first Youth Court appearance, FASD query

**Referral:** From his Oranga Tamariki social worker, for a psychological report ahead of the Family Group Conference. He's been charged with aggravated robbery (co-offending with two older cousins). Court file CRI-2024-092-004512; next appearance at Manukau Youth Court on 12 March.

**Background:** Tongan and Māori whakapapa. Lives with his nan in Ōtara, sometimes with his dad. Was at Tangaroa College until Year 10 but has barely attended this year. Long history of being described as "lazy" and "defiant" by teachers. His youth worker, Sione Latu, has known him since he was 11 and is the one adult he consistently turns up for.

**Assessment so far:** WISC-V FSIQ in the borderline range, with a big split between verbal comprehension (low) and processing speed (very low). Adaptive functioning on the ABAS-3, completed by nan, well below expectations. Prenatal alcohol exposure confirmed by his mum. No sentinel facial features. Referred for a full FASD assessment, but the wait is over a year.

**Questions:**
1. How are people writing reports for the FGC when FASD is suspected but not confirmed? I don't want to label him prematurely, but I also don't want a plan that assumes he can follow a ten-part bail condition.
2. Any experience with communication assistance in the Youth Court? I think he'd benefit.
3. What have you seen work for keeping these boys linked with someone like Sione after the plan ends?""",
        [
            ("CRI-2024-092-004512", "id_number"),
            ("Manukau Youth Court", "organisation"),
            ("12 March", "date"),
            ("Ōtara", "place"),
            ("Tangaroa College", "organisation"),
            ("Sione Latu", "name"),
            ("Sione", "name"),
        ],
    ),
    (
        "b16c-020",
        """Group supervision notes: SEWB practitioners' peer circle (monthly)

We met outside this time, under the trees, no laptops, which everyone agreed should happen more often.

Theme: cultural load and being "the Aboriginal one" in mainstream teams.

- One member described being pulled into every case with an Aboriginal client regardless of her caseload, including being asked to "just pop in" for cultural assessments with no time allocated. Group reflected this is common and exhausting. Suggestion: take it to line management with a written proposal for cultural consultation as a recognised, resourced role.
- Another spoke about the weight of being both community member and clinician: seeing clients at the shops, at funerals, at footy. The boundary models we learned at uni (mostly from non-Indigenous texts) don't fit. We talked about relational boundaries rather than rigid ones.
- Revisited the SEWB model (Gee, Dudgeon, Schultz, Hart and Kelly, 2014) as a way to explain to mainstream colleagues why connection to Country isn't a nice extra in a care plan.
- Brief discussion of Tracy Westerman's work on culturally appropriate assessment, and whether the K10 should be used at all without adaptation. Most of us use the K5 or just yarn.
- Sorry Business: two members have had losses recently. We agreed to hold space and to check in on each other through NAIDOC Week, which is always a big load.

Self-care commitments: each person named one thing for the month. Next circle in four weeks. Reminder that 13YARN is an option for us too, not just for clients.""",
        [],
    ),
    (
        "b16c-021",
        """**Couples consult: Gottman method, stuck at Dreams Within Conflict**

Couple in their late 30s, together 11 years, married on the 2nd of December 2017. She's a senior analyst at Macquarie Bank; he's been a stay-at-home dad since their second was born and has started a small carpentry business out of the garage. They live in Marrickville with the two kids and an elderly staffy called Pickles, who gets mentioned a lot when they need a break from each other (they laugh about it, which is a good sign).

Sound Relationship House questionnaires: high on friendship and fondness, low on managing conflict, very low on shared meaning. Flooding in session is mostly him. She pursues, he withdraws.

The gridlocked issue is money and what "contribution" means. She earns all the income and says she doesn't mind, but in session 6 she said, "I'm tired of being the only adult", and he shut down for the rest of the hour.

We've tried Dreams Within Conflict twice. Each time he talks about wanting to "build something with my hands like my grandad" and she softens, but by the next week they're back to the bank balance.

Questions:
- Would you shift to EFT-style work on his shame before going back to the Gottman interventions?
- Has anyone had success bringing in a financial counsellor as a parallel support for couples like this?
- Individual sessions with each of them? I'm wary of secrets policies.

For context, I'm a counsellor in private practice, PACFA registered, so no Medicare rebate and they're paying full fee.""",
        [
            ("2nd of December 2017", "date"),
            ("Macquarie Bank", "organisation"),
            ("Marrickville", "place"),
            ("Pickles", "name"),
        ],
    ),
    (
        "b16c-022",
        """**Closing takeaways: postnatal depression, young Māori māmā, 9 months of work**

Closing this case today and wanted to note what I learned, mostly for myself but happy to share.

Context: young māmā, first pēpi, referred by her Well Child Tamariki Ora nurse when her EPDS came back at 18. Her partner was working long hours and her own mum passed away when she was a teenager, so there was a big hole where the support would usually be.

What helped:
- **Whānau first, therapy second.** The first few sessions were mostly at home with her aunty present. I thought it would dilute the work. It did the opposite.
- **Te Whare Tapa Whā over CBT worksheets.** We used the whare as a visual on the kitchen table and she added her own notes each week.
- **Practical stuff counts.** Getting PlunketLine (0800 933 922) into her phone and linking her with a local playgroup mattered as much as anything I did in the room.
- **Medication.** GP started sertraline 50 mg at around week 6. She was ambivalent about breastfeeding safety; a three-way chat with the GP and the maternal mental health team helped her decide.
- **Grief was the real work.** Missing her mum was under everything. We did some letter writing in the last few months.

End measures: EPDS 7, PHQ-9 5. She's back at kapa haka and her pēpi is crawling.

Note for my own practice: I underestimated how much being Pākehā in the room would matter early on. I'm booking in more cultural supervision.""",
        [],
    ),
    (
        "b16c-023",
        """Urgent-ish question about tech-facilitated abuse and telehealth safety.

I work in an adult community mental health team. Client is a woman in her 40s (URN 0048 8123) with complex PTSD, in a relationship we've been assessing as coercive. She's been doing sessions by telehealth from home because she doesn't drive.

Last week our IT person flagged that her session link was opened twice: once from her usual connection, and once a few minutes earlier from a different IP address (101.182.44.19) that geolocates to around Frankston. She lives about 40 minutes from there. She was startled when I raised it and said her partner "has all my passwords" and works out that way.

What I've done so far:
- Stopped sending links by email and switched to a new mobile number she gave me in person (0438 117 509), which she says he doesn't know about.
- Went through tech safety using the eSafety and WESNET resources. She's going to check her phone for stalkerware with a support worker.
- Completed a MARAM risk assessment with my team leader; it came out as elevated risk.
- Referral to The Orange Door, with her consent.

What I'm unsure about: whether I need to notify anyone about the breach from our end (i.e. is this a privacy incident for the service?), and how to safely offer face-to-face sessions when she has no independent transport.

Any thoughts, especially from people who've navigated this in a public service?""",
        [
            ("0048 8123", "id_number"),
            ("101.182.44.19", "ip"),
            ("Frankston", "place"),
            ("0438 117 509", "phone"),
        ],
    ),
    (
        "b16c-024",
        """Solidarity from someone who's been the only psych in a three-hour radius for six years.

The things that kept me going:
- **Peer consultation that isn't local.** I have a fortnightly video call with two others in similar roles in other states. Being able to talk through cases with people who'll never run into my clients at the servo is gold.
- **Saying no to being everything.** In a small town you're the psych, the school's go-to, the person the GP rings on a Friday arvo, and somehow you end up on the show committee. I dropped the committee.
- **Use the services that exist.** RAMHP coordinators, the RFDS mental health clinicians, the Rural Financial Counselling Service, telehealth psychiatry. You don't need to hold it all.
- **Know your dual-relationship plan in advance.** I have a standard approach for when I see a client at the pub or the supermarket: I don't say hi first, and if they do, it's a quick hi and done.
- **Get out of town.** Every six to eight weeks I go to the city for a weekend. Non-negotiable.

Also, the rural workforce literature (Perkins and colleagues have a few good papers) suggests isolation, more than workload, is what drives people to leave. So the peer stuff isn't a luxury.

Hang in there. Message me if you want to join our call.""",
        [],
    ),
    (
        "b16c-025",
        """Kia ora, guidance counsellor here looking for a sense check.

Year 11 student at Rangitoto College, came to me after a friend raised concerns. She's been posting about restricting on a private TikTok account (@hungry.hana.x) and the friend showed me screenshots. In our first session she was pretty closed but did say she's "counting everything" and has been skipping lunch since the start of term. Her PE teacher, Ms Fonoti, noticed she'd stopped changing for PE.

I checked with the school nurse, and she's lost weight but isn't in a medically unstable range as far as we can tell. SCOFF 4/5.

My questions:
1. I want to involve her parents. She's begging me not to. She's 15. My read of the guidance is that I can breach confidentiality if there's a serious risk to her health, and restricting at this level probably counts, but I'm hesitant because the relationship is so new.
2. Has anyone had luck getting a quick GP appointment for a young person in this situation? We've had trouble with waitlists for the local eating disorder service.
3. The friend who came forward, Maddie, is now really anxious herself. I've seen her once. Should I keep seeing both, or refer one on?

Next appointment with the student is Thursday 28/2.""",
        [
            ("Rangitoto College", "organisation"),
            ("@hungry.hana.x", "handle"),
            ("Fonoti", "name"),
            ("Maddie", "name"),
            ("28/2", "date"),
        ],
    ),
    (
        "b16c-026",
        """**DAP: adult ADHD follow-up, session 5**

**Data:** 34M, combined presentation, diagnosed by psychiatrist in March, commenced lisdexamfetamine 30 mg, titrated to 50 mg. Reports focus "like someone turned the lights on" in the mornings, crash around 4 pm. Appetite down, lost 2 kg. Sleep onset still delayed (midnight to 1 am). Work: has caught up on the backlog that was threatening his job. Relationship: partner says he's "less snappy", though he's still missing shared calendar items. ASRS v1.1 Part A now 3/6 (was 6/6).

**Assessment:** Good medication response; residual executive function difficulties are now the main target, as expected. Shame about "wasted years" came up again and is likely to be a theme. Some rebound irritability late afternoon, to be fed back to the prescriber.

**Plan:**
- Continue CBT for adult ADHD (Safren's programme); next module is organisation and planning.
- Introduce body doubling and the "two-minute start" for admin tasks.
- Grief work around late diagnosis; consider bibliotherapy (Barkley's Taking Charge of Adult ADHD).
- Letter to psychiatrist re: afternoon crash and sleep; he's asking about a short-acting top-up.
- Review in 2 weeks. Session 5 of 10 under the MHTP.""",
        [],
    ),
    (
        "b16c-027",
        """Supervision reflection: dual relationships in a small town

I've been practising in Alexandra for four years and this is the first time a dual relationship has really knocked me sideways.

New client, early 50s, presenting with alcohol use and low mood after a separation. Twenty minutes into the first session I realised she's the manager at the Four Square I go to three times a week, and her ex-husband, Warren, coaches my son's rugby team. She'd clocked it straight away and was waiting to see whether I would.

We named it together. She said she'd chosen me precisely because "at least you know what this place is like". AUDIT 22, PHQ-9 16, no SI.

What I took to supervision:
- Whether to continue at all. The NZAC code doesn't prohibit it, but the risk of harm from the overlap is real. The alternatives are a counsellor 90 minutes' drive away or telehealth with someone in a city. She said she'd prefer to keep seeing me.
- Practical: I now shop at the other supermarket, and I've stepped back from the club committee, at least for now.
- Emotional: I notice I'm more guarded in sessions and less willing to challenge her, partly because I'll see her on Saturday at the club. My supervisor gently pointed out that this is exactly the pattern she has with everyone in town, so it's useful information too.

We agreed I'd review it at session 6, with a clear referral pathway if either of us feels it isn't working. Documenting it all carefully. Would welcome hearing how others in tiny towns manage this.""",
        [
            ("Alexandra", "place"),
            ("Four Square", "organisation"),
            ("Warren", "name"),
        ],
    ),
    (
        "b16c-028",
        """**Men's group: session 6 of 10 (mixed ages, community health centre)**

Nine men present, two apologies. Facilitators: me and a peer worker with lived experience.

Opening round: "one thing that went well, one thing that didn't." Themes: sleep, work pressure, a couple of men mentioned the cost of living. One man, a tradie in his 40s, shared that he'd told his brother about coming to the group. "He reckoned I'd gone soft. Then he asked if he could come." Big laugh, good moment.

Main content: anger as a secondary emotion. Used the iceberg visual and had the men fill in what's underneath for a recent blow-up. Lots of "embarrassed", "useless", "scared about money". One older man (70s, recently widowed) spoke about not knowing how to cook or do the washing and feeling "like a kid". Group were kind and practical; two men offered recipes.

Risk: one participant disclosed passive SI ("wouldn't mind not waking up") during the break. Followed up 1:1 after group with a brief risk assessment: no plan or intent, safety plan updated, his GP is aware. Gave him MensLine (1300 78 99 78) and Lifeline.

Observations: the shoulder-to-shoulder format works. We do check-in standing around the kettle rather than sitting in a circle, which feels less like therapy to them. Worth pointing them to Men's Sheds for after the group ends; several are keen.

Next week: relationships and asking for help. Bring the Mates in Construction cards, which a few of them recognised from site.""",
        [],
    ),
    (
        "b16c-029",
        """**Peer consult: lithium in pregnancy, bipolar I, second trimester**

Asking for thoughts from perinatal psychiatrists in particular.

Wahine Māori, 28, bipolar I with two previous manic admissions (one with psychotic features), stable on lithium for four years (levels 0.6–0.8). Unplanned pregnancy, now 18 weeks, EDD 19/07. She and her partner are really happy about the baby. Her midwife, Aroha Tipene, called me after the booking visit because she was worried about the lithium.

We've had two whānau hui so far. Her position: she remembers how unwell she was last time and does not want to come off it. Her nan is worried about the baby. The GP, Dr Mark Ellison, is supportive of whatever the specialist team decides.

What we've done:
- Fetal echocardiogram booked through the maternal fetal medicine team at Waikato Hospital.
- Lithium levels monthly, moving to fortnightly in the third trimester and weekly from 36 weeks.
- Discussed Ebstein's anomaly risk (lower than the old data suggested, per the more recent cohort studies).
- Delivery planning: withhold lithium at onset of labour, check levels within 24 hours postpartum, high postpartum relapse risk.
- Her NHI (TRB2268) is on the shared plan so the obstetric team can find her quickly.

Questions:
1. Breastfeeding on lithium: what's current practice in your services? She's keen to breastfeed.
2. Has anyone co-managed with a kaupapa Māori maternal mental health service alongside the specialist team? I want her whānau at the centre of the postnatal plan.""",
        [
            ("19/07", "date"),
            ("Aroha Tipene", "name"),
            ("Mark Ellison", "name"),
            ("Waikato Hospital", "organisation"),
            ("TRB2268", "id_number"),
        ],
    ),
    (
        "b16c-030",
        """Consultation question: working with interpreters in trauma therapy

I've started seeing a man in his 50s from Afghanistan, Hazara, who arrived on a humanitarian visa about 18 months ago. Dari-speaking. Referred for trauma-focused work after his GP noted nightmares, startle and severe headaches. HTQ and RHS-15 both well above threshold, K10 of 38.

We've been using TIS National (131 450), phone interpreters so far. Problems I'm running into:
- Different interpreter every session, so no continuity. He visibly tenses when a new voice comes on.
- He asked me in week 3 whether the interpreter was "from our community". I realised I hadn't considered that a Pashtun interpreter might feel very different to him than a Hazara one, given the history.
- I'm not confident the subtleties are coming through. When I ask about "feeling numb", the interpreted answer is always "yes, I am sick".

Things I'm considering:
- Requesting a preferred interpreter (I know TIS allows this) and on-site interpreting where possible.
- Pre-briefing and debriefing each interpreter, which I haven't been doing.
- Moving from NET (narrative exposure therapy) to a longer stabilisation phase until the interpreting is more reliable.
- Referring to the state torture and trauma rehabilitation service, though their wait is around four months.

Would love to hear from anyone with experience doing NET or TF-CBT with interpreters, and especially anyone who has read something on interpreter vicarious trauma that I could share. Also curious how others handle the extra time under Medicare when sessions run long with interpreting.""",
        [],
    ),
    (
        "b16c-031",
        """Quick update on the Coonamble farmer I posted about back in spring, since a few of you asked. He's still alive and still farming, which is the headline. He saw Dr Hamish Kettle again on 5/6 and they've started him on sertraline. The safe key is still with Col. The bank agreed to restructure in the end, which has done more for his PHQ-9 than I ever did (it's down to 11). Thanks for the advice about documenting the firearms conversation. It made the call with the GP much easier.""",
        [
            ("Coonamble", "place"),
            ("Hamish Kettle", "name"),
            ("5/6", "date"),
            ("Col", "name"),
        ],
    ),
    (
        "b16c-032",
        """**SOAP: ACC-funded pain management programme, individual session 4**

**S:** 41M, lumbar injury from a lifting incident at work, 2 years post-injury, on ACC weekly compensation. Pain "same as always", 7/10. Says the flare after last week's physio exercises "proved" movement makes it worse. Sleeping 4–5 hrs. Wife is "fed up with me lying on the couch". Would like to get back to fishing. Denies SI; describes feeling useless.

**O:** Sat for 20 min then stood for the rest of the session, shifting frequently. PCS 38, PSEQ 19, DASS-21 depression moderate. Tearful when describing missing his kids' sport. Engaged well with the diagram of the pain system.

**A:** High catastrophising and low self-efficacy maintaining avoidance; classic fear-avoidance pattern (Vlaeyen and Linton). Flare-up being interpreted as damage. Loss of role as provider is a big driver of low mood. Motivated by values (fishing, kids' sport).

**P:**
- Pain neuroscience education: continue with Butler and Moseley's Explain Pain; he took the book home.
- ACT matrix next session to separate values from avoidance moves.
- Graded activity plan with the physio: start with 10 min walking on the flat, not the full exercise set.
- Flare-up plan in writing.
- Liaise with the programme OT about a vocational goal (IRP to be updated).
- Next session Tuesday.""",
        [],
    ),
    (
        "b16c-033",
        """## Case presentation: gender-diverse young person, family conflict, school avoidance

**Young person:** 16, assigned female at birth, uses they/them and the name Kit. Their legal name, Riley Hartnett, is still on the school roll, which is a source of daily distress. Seen at headspace Bendigo for 7 sessions so far.

**Presenting:** Low mood, social withdrawal, skipping school on days with PE or relief teachers who read the roll. PHQ-A 17, no current SI, one episode of cutting last year. Plays in an online band and has a following on Instagram (@kitnoisemakes), which they describe as "the only place I'm me".

**Family:** Lives with mum and stepdad. Mum is trying ("she gets the pronouns right about 60% of the time"). Stepdad refuses and says it's a phase. Older brother, Jake, is their main ally.

**School:** Year 10 at Kennington Park Secondary College. The wellbeing coordinator is keen to help but says the name change on the roll needs parental consent, which the stepdad is blocking.

**Questions:**
1. What are others doing about school name changes without consent from both parents? Is there a Department of Education policy I'm missing?
2. Anyone run family sessions where one parent is openly invalidating? I'm worried about exposing Kit to more harm in the room.
3. Referral to a specialist gender service: the waitlists are huge. Worth it anyway?""",
        [
            ("Kit", "name"),
            ("Riley Hartnett", "name"),
            ("headspace Bendigo", "organisation"),
            ("@kitnoisemakes", "handle"),
            ("Jake", "name"),
            ("Kennington Park Secondary College", "organisation"),
        ],
    ),
    (
        "b16c-034",
        """Supervision reflection: sitting with my whiteness

I'm a non-Indigenous psychologist about a year into a role at an Aboriginal community-controlled health service. This month's session with my cultural supervisor (an Aboriginal psychologist, external to the service) was uncomfortable in a useful way.

I brought a case where a young man walked out of session after I suggested a CBT thought record. My framing was "engagement difficulties". My supervisor asked me to retell the session from his point of view. When I did, I heard how much I'd talked, how quickly I'd gone to a worksheet, and how little I'd asked about his family, Country or community.

Things we discussed:
- Tracy Westerman's point that cultural competence is about outcomes, not attending a workshop.
- Dudgeon, Milroy and Walker's Working Together (the second edition is on my desk, barely opened, which we both laughed about).
- The difference between cultural safety, as defined by the client, and cultural awareness, which is about me.
- Reconciliation Week is coming up and I'd been asked to present at a staff session. My supervisor suggested I listen rather than present this year. Fair.

What I'm taking away:
- Start with yarning, not measures. The K10 can wait.
- Ask every client who their mob is, if they want to say, and what connection to Country means to them.
- Notice when I want to rush to a technique; it usually means I'm uncomfortable.

Next session I'm bringing a reflection on power in the room: who sets the agenda, who holds the file, who decides when the session ends.""",
        [],
    ),
    (
        "b16c-035",
        """Bit of a rant and a question. A GP practice sent me a referral this week with the entire patient summary attached, and I'm not sure what I'm meant to do with all of it. For context, here's roughly what was on the cover page (yes, I know):

Name: Jasmine Taumalolo, DOB 03/09/1987, 14 Pandanus St, Manoora QLD 4870, mobile 0407 552 961, Medicare 2953 71846 2/1, email jaz.t87@outlook.com.

The clinical bit was two lines: "Anxiety ++. Please see." No MHTP, no K10, no history.

My questions are practical:
1. Do I have to store all of that when I'm only going to use some of it? Our practice management software auto-imports the lot.
2. Is it reasonable to push back and ask the GP for a proper MHTP before I book her in? She's been waiting a month already and I don't want to make her wait longer.
3. How do others handle first contact when the referral tells you next to nothing?

I've rung her and booked an initial session for next week, which she seemed relieved about.""",
        [
            ("Jasmine Taumalolo", "name"),
            ("03/09/1987", "date"),
            ("14 Pandanus St", "place"),
            ("Manoora", "place"),
            ("4870", "place"),
            ("0407 552 961", "phone"),
            ("2953 71846 2/1", "id_number"),
            ("jaz.t87@outlook.com", "email"),
        ],
    ),
    (
        "b16c-036",
        """Honestly, the NDIS report is where I've learned the most in the last few years, mostly by getting it wrong.

A few things I'd pass on:
- Write for a planner who has no clinical background. They're looking for functional impact, not a diagnosis. "Moderate depression (PHQ-9 15)" means nothing to them. "Has not left the house alone in eight months and cannot attend medical appointments without a support worker" does.
- Tie every recommendation to a goal in the plan, and every goal to a support. Numbers help: "fortnightly psychology sessions (26 hours/year) under Improved Daily Living".
- Use a standard measure they recognise. WHODAS 2.0, LSP-16, or the CANSAS. I mostly use WHODAS because it maps neatly onto the domains.
- For access requests on psychosocial grounds, the permanence criteria trip people up. Document treatments tried, what helped, and why the impairment is likely to be lifelong even if it fluctuates.
- If it goes to external review, the Administrative Review Tribunal (which replaced the AAT) will read your report closely. Write as if a lawyer will.

And charge for the report time. Non-face-to-face report writing is claimable under the same line item if it's in the service agreement. Too many of us write these for free on a Sunday night.""",
        [],
    ),
    (
        "b16c-037",
        """**Bereavement support group, week 4 (notes for the co-facilitators' thread)**

Seven attended. Apologies from Margaret Sadler (hip surgery) and from Des, who rang to say he "wasn't up to it this week". I'll phone Des on Monday.

**Check-in:** Most people described Christmas as the hardest stretch so far. Heather talked about setting the table for two out of habit. Raj said his daughter had taken him to the beach and he'd "cried the whole way there and laughed the whole way home".

**Theme:** continuing bonds (Klass, Silverman and Nickman). Introduced the idea that grief isn't about "letting go". Several people visibly relaxed at that. Ivy, who at 91 is the oldest in the group, said her husband died on Boxing Day 2022 and she still talks to him every morning. "Nobody told me I was allowed to." Lovely moment; a couple of the younger members teared up.

**Activity:** memory objects. People brought something of their person: a pocket watch, a fishing lure, a recipe card. Lots of stories.

**Concerns:** Raj mentioned he hasn't been eating much since his wife died. He was referred to the group by the palliative care team at Grevillea House Hospice; I'll check in with him individually and suggest a GP review.

**Next week:** anniversaries and "firsts". Reminder to co-facs to bring tissues; we ran out.""",
        [
            ("Margaret Sadler", "name"),
            ("Des", "name"),
            ("Heather", "name"),
            ("Raj", "name"),
            ("Ivy", "name"),
            ("91", "age"),
            ("Boxing Day 2022", "date"),
            ("Grevillea House Hospice", "organisation"),
        ],
    ),
    (
        "b16c-038",
        """**Takeaways from closing a school-based case (primary, Year 5)**

Closing this one at the end of term after about 20 sessions across the year. Sharing because a couple of people asked about trauma-informed practice in primary schools.

Context: 10-year-old boy with a history of early neglect, in kinship care with his grandparents, frequent dysregulation in class (threw furniture twice in Term 1). Funded through the school's wellbeing budget, with NCCD adjustments in place.

What worked:
- **Working with the teacher more than the child.** Half my time went to his classroom teacher, helping her read his behaviour as a stress response rather than defiance. Bruce Perry's "regulate, relate, reason" sequence was our shared language.
- **Predictable start to the day.** A job at the front office every morning (delivering the attendance folder) did more than any session I ran.
- **Zones of Regulation, adapted.** He hated the colours at first. We swapped them for footy positions.
- **Student Support Group meetings each term** with grandparents, teacher, AP and me. Kept everyone on the same page.
- **Berry Street Education Model strategies** across the whole class, so he wasn't singled out.

What didn't work:
- Trying to do trauma narrative work in a school setting. Too exposing, not enough containment. I've referred him to a community CAMHS clinician for that.

End of year: no furniture incidents since Term 2, SDQ total difficulties down from 26 to 17 (teacher version). His grandmother cried at the last SSG and said it's the first year he hasn't been suspended.

Kids Helpline (1800 55 1800) info went home in the end-of-year pack.""",
        [],
    ),
    (
        "b16c-039",
        """**Progress note: telehealth, session 3**

Client is a 52-year-old woman from a sheep and grain property east of Esperance. The family lost the shearing shed, two vehicles and most of the fencing in the fires. The house survived. Husband and adult son are "holding it together" by working 16-hour days; she describes herself as the one "falling apart in the kitchen".

**Session:** Mostly psychological first aid and normalising. She's sleeping 3–4 hours, startles at the smell of smoke, and can't stop checking the DFES app. Her kelpie, Rusty, went missing during the fire and came back two days later with burnt paws. She cried telling that part more than any other. Her mother-in-law, who is 93, was evacuated to hospital and is now living with them, which has added a lot.

**Practical:** Her daughter set up a GoFundMe (gofundme.com/f/rebuild-the-kowalski-shed), which has raised more than they expected. She feels ashamed about it: "we're not charity people". We talked about receiving help as something the community wants to do.

**Screening:** PCL-5 41, K10 31. No SI. Drinking "a bit more wine than usual"; discussed. AUDIT-C 5.

**Plan:** Fortnightly telehealth, funded through the RFDS mental health referral. Skills for Psychological Recovery framework for the next few sessions; hold off on formal trauma processing until the acute phase settles. Encourage a GP visit next time she's in town. Beyond Blue and Lifeline details provided. Check in with her ahead of the anniversary of the fire on the 4th of January.""",
        [
            ("Esperance", "place"),
            ("Rusty", "name"),
            ("93", "age"),
            ("gofundme.com/f/rebuild-the-kowalski-shed", "url"),
            ("4th of January", "date"),
        ],
    ),
    (
        "b16c-040",
        """## Case presentation: first-episode psychosis, cannabis, and a family that wants a different explanation

Went to our team review last week; posting here for wider input.

**Young person:** 19-year-old man, second-generation Vietnamese Australian, first year of an engineering degree (now deferred). Lives at home with his parents and a younger sister.

**Presentation:** Brought to ED by his parents after three weeks of escalating paranoia (believed his phone was being used to "download" his thoughts), not sleeping, and talking to himself at night. Heavy daily cannabis use for about 18 months, higher-THC products recently. UDS positive for cannabinoids only. No prior contact with services. PANSS positive subscale 24 at intake.

**Course so far (10 weeks):** Brief voluntary inpatient stay. Started aripiprazole 5 mg, now 10 mg. Positive symptoms much improved: the phone belief is now "maybe I was just stressed". Negative symptoms prominent: flat, sleeping 12 hours, not going out. HoNOS 18 at admission, 11 now. Cannabis reduced to "weekends", which we're treating as progress.

**Family:** Parents are loving and very involved. They attribute the episode partly to bad luck and to the spiritual significance of his grandfather's death last year, and his mother has been consulting a monk at their temple. They're uncomfortable with the word "psychosis" and with long-term antipsychotics. Father worries about the family's standing in the community.

**What we're doing:**
- Case management in line with the Australian Clinical Guidelines for Early Psychosis (Orygen).
- Family psychoeducation with a professional Vietnamese interpreter, after the first session with the sister interpreting went poorly.
- CBTp individually, focused on normalising and a stress-vulnerability formulation that leaves room for the family's explanation.
- Physical health: baseline metabolic monitoring; weight up 2 kg.
- Vocational: IPS worker linked in to explore a return to study next semester.

**Questions:**
1. How have others held the tension between a biomedical formulation and a family's spiritual explanation, without either dismissing it or colluding with stopping medication?
2. Cannabis: has anyone found a harm-reduction approach that actually worked with a young person who sees it as the only way to sleep?
3. Duration of treatment: the family keeps asking "how long". The guidelines say at least 12 months after remission; how do you have that conversation early without losing them?""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind16c"}
        for doc_id, text, items in DOCS
    ]
