"""Blind batch b20b, written by a helper session without sight of the guard. Forty posts by
clinicians in England, Scotland, Wales, Northern Ireland and the Republic of Ireland: NHS
Talking Therapies and step 2 PWP notes, CMHT and EIP work, HSE primary care psychology,
CAMHS, perinatal, older adult, liaison psychiatry, forensic/probation, learning disability
social work, DV and child protection, school counselling, family, couples, art and
psychodynamic therapy. Genres: Markdown case presentations, consultation questions, chatty
replies, follow-ups, closing takeaways, SOAP/DAP/BIRP notes, process notes, supervision and
reflective-log entries, and three intake-style summaries pasted with many identifiers. The
identifier half covers names (lower-case names in quoted texts, ordinary-word and pet names,
initials with surname, nicknames, Irish fadas), towns, suburbs, street addresses, UK postcodes
and an Eircode, DOBs and day-level dates (including a holiday with a year), ages over 89,
phone numbers, emails, a blog URL, an IP address, social and gamer handles, NHS/CHI/PPS
numbers, hospital numbers, a court reference and an Irish vehicle registration, and
employers, schools, hospitals and services tied to the client. The clean half is dense with
look-alikes: cited theorists (Winnicott, Casement, Malan, Bion, Schaverien, Gottman, Martell,
Lock and Le Grange, the 'Maudsley approach', Burnham, Andersen, Tomm, Kitwood, Brandon),
instruments and scores (PHQ-9, GAD-7, CORE-10, WSAS, Y-BOCS, EDE-Q, GASS, HoNOS, ACE-III,
MoCA, SCORE-15, RCADS, HCR-20v3, DES-II, ITQ), statutes (Mental Capacity Act 2005, the 2003
Scottish Act, Mental Health (NI) Order 1986, the Wales Measure, ALN Act), national hotlines
(Samaritans 116 123, Shout 85258, Breathing Space, Lifeline NI, Pieta, Women's Aid), national
bodies and charities, medications and doses, regions, weekdays, months and holidays without
a year, ages under 90 and unnamed relatives.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged) at e941d56, whose second look was trained on rounds up to 19: 0.965, 0.920, 0.850, 0.150.
The guard at 62d9494, where this session started, scores 0.965, 0.892, 0.850, 0.300.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b20b-001",
        """## Panic with avoidance, stuck around session 9 - would value thoughts

**Setting:** NHS Talking Therapies, step 3 CBT (I'm a HI therapist, about four years qualified)
**Presenting:** panic disorder with moderate agoraphobic avoidance, onset after a bad episode in a supermarket queue last spring

**Background:** Woman in her mid-thirties, lives with her partner Dean and two primary-age kids. Works part-time as a pharmacy technician at Boots in Hartlepool - notably she's managed to keep going to work throughout, it's everywhere else that's shrunk. GP started sertraline 50 mg in January, no change in dose since.

**Measures:** PHQ-9 11, GAD-7 16, PDSS 17 at assessment; PHQ-9 9, GAD-7 14, PDSS 14 at session 8. Small movement.

**Formulation:** Pretty textbook Clark (1986) cycle - palpitations, 'I'm having a heart attack', more arousal. Big safety behaviours: carries a bottle of water and Rescue Remedy everywhere, sits near exits, phones Dean before she leaves the house.

**Where I'm stuck:** We did the hyperventilation provocation in session 6 and it went well in the room, but she's quietly kept every safety behaviour in the real-world experiments. When I name it she agrees warmly and then nothing changes. I'm wondering whether the work-as-exception is a clue - is she safe there because it's a pharmacy and help is literally on the shelves?

Anyone used a more graded approach to dropping SBs with someone this compliant-on-the-surface? Open to being told I'm rushing.""",
        [("Dean", "name"), ("Boots", "organisation"), ("Hartlepool", "place")],
    ),
    (
        "b20b-002",
        """Really recognise this. I supervise three band 6s across a fairly spread-out patch in the Highlands and the thing that's helped most is being honest that remote supervision is a different animal, not a lesser version of the in-person kind.

A few things that have worked for us:

- We use Hawkins and Shohet's seven-eyed model loosely as a checklist at the end - 'which eye haven't we used today?' It stops us sitting in mode 1 (the client) for the whole hour.
- The Tuesday slot is protected. If a crisis eats it, it gets rebooked that week, not 'next time'.
- I ask for one recording a month (with consent, obviously) rather than relying on verbal report. The difference is huge. Last month a supervisee described a session as 'flat' and on tape the young man was actually quite activated, he'd just gone very quiet - she'd missed it because she was looking at her notes.
- For anyone who's carrying a detained patient under the 2003 Act, we check in on that separately. The MHO side of things can get messy and it's better not to crowd it in with case discussion.

On your specific question about the supervisee whose client's CORE-10 barely moves (24 down to 21 over twelve sessions) - I'd be curious whether it's the therapy or the measure. Some of our rural clients score the isolation item high no matter what, because they genuinely are isolated. Worth looking item by item before concluding the work isn't helping.

And if it helps anyone reading: Breathing Space (0800 83 85 87) has been a decent stopgap for clients between sessions over the winter.""",
        [],
    ),
    (
        "b20b-003",
        """**Referral query - 7 y.o., school refusal vs separation anxiety vs something else?**

Primary care psychology, HSE, West of Ireland. Referred by GP after the school flagged escalating morning refusals since September.

Oisín is in Second Class at Scoil Mhuire in Ballinasloe. His mam, Deirdre, describes mornings as 'a war' - crying, stomach aches, clinging to the car door. Once he's in, his teacher (Ms Fahy) says he settles within twenty minutes and is 'grand, a bit quiet'. Dad works away in construction during the week, home Friday to Sunday.

SDQ parent version: emotional 7, conduct 2, hyperactivity 5, peer 4. Teacher SDQ notably lower across the board. Spence (parent) elevated on the separation anxiety subscale.

Things I'm turning over:
1. Onset coincides almost exactly with dad starting the week-away job.
2. Mam had a miscarriage in the summer and says Oisín 'doesn't know' - I'm not sure that's true.
3. Some sensory stuff - hates the hand dryers, won't wear the school jumper. Not enough for an AON on its own but I've noted it.

My plan was a short Cool Kids-style parent-led programme, but I'm wondering if the family piece needs to come first. There was a meeting with school on the 9th of October where Deirdre apparently cried the whole way through and the principal suggested a reduced timetable. I'm not keen - in my experience reduced timetables have a way of becoming permanent.

Anyone done joint work with NEPS on something like this? Would love to hear how you divided it up.""",
        [
            ("Oisín", "name"),
            ("Scoil Mhuire", "organisation"),
            ("Ballinasloe", "place"),
            ("Deirdre", "name"),
            ("Fahy", "name"),
            ("the 9th of October", "date"),
        ],
    ),
    (
        "b20b-004",
        """SOAP - home visit, CMHT (CPN)

S: Seen at home with consent, partly through Welsh at his preference. Says the 'noises' have been quieter since the depot was moved to a fortnightly schedule. Sleeping 6-7 hrs. Reports some stiffness in the mornings and 'feeling slow'. Still not keen on the allotment group but has been walking the dog most days. Mother present for the last ten minutes; she feels he's 'more himself than at Easter'.

O: Well kempt, good eye contact, speech normal rate and volume. Mild cogwheeling R wrist, no tremor at rest. No evidence of formal thought disorder. Denies command hallucinations. Denies thoughts of self-harm or harm to others. GASS completed: total 19, mostly sedation/stiffness items. HoNOS 11 (down from 16 at last CTP review). Paliperidone palmitate given L deltoid, no issues.

A: Continued improvement in positive symptoms. Side-effect burden is the main barrier to engagement now - he's hinted twice that he might 'stop the jab' if the stiffness continues. Risk low-moderate and unchanged; relapse signature (withdrawal, stops eating with family, up at night) not present.

P:
- Discuss with consultant at Thursday MDT re: dose review / procyclidine 5 mg PRN.
- Update Care and Treatment Plan under the Measure; next review due in 6 weeks.
- Re-offer the hearing voices group (the bilingual one runs Wednesdays).
- Next visit 2 weeks. Crisis plan unchanged, copy on the fridge.""",
        [],
    ),
    (
        "b20b-005",
        """**New referral - older adult psychology (memory clinic onward referral)**

Name: Edith Harrowby
DOB: 02/03/1932 (aged 93)
NHS no: 485 777 3456
Address: Flat 6, Marine Court, Bexhill-on-Sea
Lives: independently with twice-daily carers; daughter Pauline visits most days
GP: Dr Anand Mistry, Sidley Medical Practice
Contact: 01424 730912 (landline, hard of hearing - daughter prefers calls go to her)

Reason for referral: Diagnosed mixed Alzheimer's/vascular dementia in the spring; ACE-III 64/100. Memory nurse has noticed marked low mood and tearfulness, and Edith has told two carers she 'wouldn't mind not waking up'. No plans or actions. GDS-15 scored 10 with support.

Background: Widowed 2019. Was a primary school teacher for nearly forty years and still talks about 'her children'. Pauline reports her mother stopped going to the church lunch club after a fall in the autumn and 'sort of gave up'.

Request: Assessment of mood and whether adapted CBT or a more systemic/carer-focused approach is feasible. Daughter keen to be involved.

---
Sorry all, I've just realised I pasted the referral straight in from the system. Could a mod pull this? Will repost anonymised.""",
        [
            ("Edith Harrowby", "name"),
            ("Edith", "name"),
            ("02/03/1932", "date"),
            ("93", "age"),
            ("485 777 3456", "id_number"),
            ("Flat 6, Marine Court", "place"),
            ("Bexhill-on-Sea", "place"),
            ("Pauline", "name"),
            ("Anand Mistry", "name"),
            ("Sidley Medical Practice", "organisation"),
            ("01424 730912", "phone"),
        ],
    ),
    (
        "b20b-006",
        """Bringing something to the group that I've been sitting on for a few weeks.

I've been seeing a man in his fifties for about fourteen sessions - long-standing low mood, divorce, an adult son who doesn't speak to him. Nothing dramatic. But I've noticed I dread Thursdays. I run over with the client before him and then arrive at his session already braced, and I've caught myself being subtly clipped with him in a way I'm not with anyone else.

In my own therapy it became fairly obvious: he has my older brother's way of asking a question that's really a statement. 'You'd agree that's unreasonable, wouldn't you?' Same cadence, same little laugh afterwards.

I went back to Winnicott's 'Hate in the Counter-Transference' - not because I hate him, I don't - but for the permission it gives to notice the feeling as information rather than a failing. And Casement's idea of trial identification helped: when I imagine being on the receiving end of me in those sessions, I'd feel managed. Which is probably exactly what his son has said to him.

What I've tried so far: arriving five minutes earlier (practical, embarrassingly effective), and naming in session 13 that I'd noticed I sometimes jump in quickly. He was quiet, then said 'Everyone does that with me.' Best moment of the work so far.

Questions for the group: how much of the brother link, if any, do you think belongs in the room? My instinct is none of the content, but maybe some of the process. Also - does anyone else find Safran and Muran's confrontation/withdrawal rupture distinction useful when the rupture is mostly happening inside the therapist?""",
        [],
    ),
    (
        "b20b-007",
        """Adult safeguarding - would value a second opinion on threshold

I'm a DAPO in a Trust adult safeguarding team in NI. Referral came from a day centre worker about a woman in her forties with a moderate learning disability who lives with her brother. Concern is financial - her PIP seems to be going into an account she can't access, and she's been arriving at the centre hungry on Mondays.

She's articulate in her own way and was clear she doesn't want 'trouble for him'. On Tuesday the 4th she showed the keyworker a text she'd sent him the night before: 'tell shauna im sorry i didnt mean to eat the tea'. Staff don't know who this person is - possibly the brother's partner. Brother has been polite on the phone but hasn't let us visit.

Capacity: I think she likely has capacity around who she lives with but probably not around managing her benefits, and I'm aware the Mental Capacity Act (NI) 2016 is only partly commenced, which muddies things.

Options on the table:
- Protection plan with day centre monitoring, and a joint visit with the PSNI only if we get another disclosure
- Request an appointeeship review with DfC
- Do nothing more yet and build the relationship

My gut says the text is the bit to pay attention to. She's apologising for eating. Do others think this is enough for a joint protocol referral, or am I over-reading?

(If anyone needs it for clients: Lifeline is 0808 808 8000, 24/7.)""",
        [("Tuesday the 4th", "date"), ("shauna", "name")],
    ),
    (
        "b20b-008",
        """DAP note - session 6, community addiction service

D: Client (male, 50s, self-referred after a second drink-driving charge) attended on time, breathalyser 0.00. Reports 19 days alcohol-free, longest since 2016. Attending two AA meetings a week and says he 'doesn't buy the God bit' but likes the chairs. Sleep still broken - 3-4 hours. Wife has moved back into the family home on a trial basis. AUDIT at intake was 29; today's SADQ 8. Discussed the upcoming Christmas party season at his work; he's planning to drive so he has 'a reason'. Acamprosate 666 mg tds continuing via GP, taking most doses.

A: Solidly in action stage (Prochaska and DiClemente) but I'm conscious the shame around the court case is carrying a lot of the motivation, and shame tends to run out. Some all-or-nothing thinking ('if I slip once I've lost everything'). Relapse risk moderate, particularly around the holidays and around his father's anniversary in the new year. No current suicidal ideation; history of passive ideation when drinking heavily.

P:
- Session 7: build a written relapse prevention plan, including a 'lapse isn't relapse' script he can read.
- Explore the anniversary - he's never spoken about his father's death beyond 'he drank too'.
- Encourage him to bring his wife to one session (he's agreed in principle).
- Continue fortnightly; offer an extra slot the week before Christmas.""",
        [],
    ),
    (
        "b20b-009",
        """Consultation: 15-year-old, self-harm content online - how involved should I get?

I'm a child and adolescent psychotherapist (psychodynamic) seeing a 15-year-old girl weekly. Cutting since Year 9, superficial, managed with her mum's knowledge and a safety plan held jointly with CAMHS.

This week she told me, half-proud, that she's been posting 'aesthetic' pictures of healed scars on a secondary Instagram account and that it's got 'a following'. She showed me on her phone before I could say much - @moth.girl.xo - and some of the comments were frankly alarming: people asking for 'tips', one account urging her to 'go deeper'. She says her best friend Lacey knows about the account and 'keeps her grounded'.

I'm holding several things at once:
- The account seems to be doing something for her - being seen, having her pain witnessed in a way it isn't at home.
- The risk is obvious, and there's an argument the account is now a safeguarding issue in its own right (some of the followers may well be adults).
- If I push too hard she'll just stop telling me. She said as much: 'You're the only one I'd show.'

I've spoken to my supervisor and we're leaning towards informing CAMHS and talking it through with mum with the girl present, rather than behind her back. I'd be really interested in how others have handled this - especially whether you've used the reporting tools on the platform, or whether that just drives things underground. Papyrus and the Molly Rose Foundation have some decent guidance but nothing on the therapy relationship side.""",
        [("@moth.girl.xo", "handle"), ("Lacey", "name")],
    ),
    (
        "b20b-010",
        """Group notes - DBT skills group, week 7 (Interpersonal Effectiveness, module 2 of 4)

Attendance: 7 of 9 (two apologies - one unwell, one childcare). Co-facilitators: me (CPN) and a clinical psychologist.

Mindfulness: 'observe sounds', 3 mins. Two members said they found it easier with eyes open, which we allowed. P4 noticed she'd 'drifted off into planning what to say' and we used it as a bridge into the teaching.

Homework review: Diary cards mostly completed. Three members used TIPP (ice water mainly) at least once in the week, one of whom said it 'stopped a cut'. P2 hadn't filled hers in and became tearful; co-facilitator checked in at break. Not an emergency - she's had a rough week with her housing situation.

Teaching: DEAR MAN. Used Linehan's handout and the role-play of returning a faulty item to a shop, then invited members to bring their own scenarios. Good energy. P6 practised asking her mum not to comment on her weight; she got stuck on 'Negotiate' and the group generated options - really nice peer support moment.

Process: The room is more cohesive than in week 3, but there's a noticeable pairing between P1 and P7 that other members have started commenting on indirectly. Worth watching given the group agreement about outside contact.

Risk: No new concerns raised in group. Reminded everyone of their crisis plans and Samaritans (116 123) at the close.

Next week: GIVE skills. Bring extra copies of the handout - we ran out.""",
        [],
    ),
    (
        "b20b-011",
        """Follow-up on the lithium/pregnancy planning thread from last month

Thanks again to everyone who replied. Quick update and a new dilemma.

She met with the perinatal team and we've agreed a plan: stay on lithium (currently 800 mg nocte, last level 0.7 mmol/L), monthly levels now and four-weekly in pregnancy, then weekly from 36 weeks. Detailed fetal cardiac scan at 20 weeks. She's relieved - her last relapse off lithium meant an STDO and a long admission in Ninewells, and she was clear she'd rather 'take the risk with the baby than go back there'.

New dilemma: she's asked if her partner can attend all appointments, which is fine, but she also asked me to write to her employer explaining why she might need time off, and to include the diagnosis. I've never been comfortable putting a bipolar diagnosis in an employer letter. I usually say 'a long-term health condition requiring regular monitoring' and leave it at that unless the person insists.

Also a small embarrassment - when I forwarded the perinatal summary to our admin for scanning I noticed I'd put her CHI 2307851142 in the subject line of the email. Caught it before it went any further but it's a reminder for all of us how easy that is.

Views on the employer letter welcome. Anyone had a client regret disclosing a diagnosis at work?""",
        [("Ninewells", "organisation"), ("2307851142", "id_number")],
    ),
    (
        "b20b-012",
        """Closing takeaways - OCD (contamination + harm intrusions), 18 sessions

Posting as promised in the earlier thread. Client was a man in his late twenties, Y-BOCS 29 at assessment, 11 at discharge. Happy with that.

What made the difference:
1. **Dropping the 'just one check' negotiations.** Early on I let him keep one handwash before meals 'for hygiene'. It became the loophole through which everything else crept back. Once we agreed the rule was his normal-person rule, not OCD's rule, progress sped up.
2. **Harm intrusions need their own hierarchy.** I'd lumped them in with contamination. They needed imaginal exposure scripts (recorded on his phone, listened to twice daily) and a lot of psychoeducation using Rachman's work on thought-action fusion.
3. **Family accommodation.** His mum was doing a lot of reassuring by text. Two joint sessions with her, using the FAS as a prompt, was probably the single best investment of time.
4. **Self-help alongside.** He read Veale and Willson's *Overcoming Obsessive Compulsive Disorder* between sessions and underlined half of it. It gave him language he owned rather than mine.

What I'd do differently: set up the relapse prevention blueprint from session 12, not 17. He was anxious about ending and we rushed it.

Follow-up: booster at 3 months booked. He knows OCD-UK has peer groups if he wants them. Measures at discharge: Y-BOCS 11, PHQ-9 5, WSAS 8.""",
        [],
    ),
    (
        "b20b-013",
        """Safety planning question - client's ex keeps turning up, Garda response patchy

Counsellor in a community DV support service. Client is a woman in her thirties with two small kids; separated from her ex-partner Wayne in the spring after a serious assault. She has a safety order (District Court ref. 2023/41877) and he's breached it at least three times, mostly by parking outside the house.

She's kept a log, which is brilliant. The most recent one was on the 2nd of June - she got the reg of the car he was in, 191-D-48213, which isn't his own car, so she thinks he's borrowing a friend's. Gardaí attended but said without him getting out of the car it's hard to evidence. She's now talking about moving to her sister's in Clondalkin, which would mean taking the kids out of school mid-term.

I'm torn. Moving might be safer short-term but she'd lose her support network and her part-time job, and I'm worried it sends the message that she has to rearrange her life around him. On the other hand, she's exhausted.

Things I've done: updated the safety plan, linked her with Women's Aid (1800 341 900) for court accompaniment, supported her to write a statement for the Gardaí with dates and times, and encouraged her to talk to her solicitor about a barring order now that the Domestic Violence Act 2018 recognises coercive control.

Anyone had success getting a breach prosecuted where the person stays in a vehicle? And any thoughts on the move?""",
        [
            ("Wayne", "name"),
            ("2023/41877", "id_number"),
            ("the 2nd of June", "date"),
            ("191-D-48213", "id_number"),
            ("Clondalkin", "place"),
        ],
    ),
    (
        "b20b-014",
        """Just to add to what others have said about starting EMDR with someone who dissociates this much - I'd be cautious, and I say that as someone who loves EMDR.

A DES-II of 38 isn't a contraindication in itself, but combined with what you describe (losing time at work, finding shopping she doesn't remember buying, switching into a very young-sounding voice in session) I'd want to rule out DID or OSDD properly before doing any processing. The MID is long but worth it; the ISSTD guidelines are clear that phase one - stabilisation - can take months in complex presentations, and that's fine. Herman's phased model still holds up.

What I'd do in your position:
- Resource development and installation, but slowly, and check for blending each time.
- Lots of grounding and psychoeducation about the window of tolerance (Siegel). Some clients find the diagram itself validating.
- Map the system if there is one, using something like Fraser's Dissociative Table technique - only if she's curious, not as an intervention you impose.
- Keep the ITQ scores in view, but don't be led by them. Her DSO scores will probably go up before they go down as she becomes more aware.

And honestly, get specialist supervision if you can. The EMDR Association UK & Ireland lists consultants with dissociation experience. NICE NG116 won't help you much here - it's not written with this group in mind.

You sound like you're already doing the right thing by pausing. Trust that instinct.""",
        [],
    ),
    (
        "b20b-015",
        """Process note, session 22 (psychodynamic psychotherapy, weekly)

She arrived ten minutes late and apologised twice before sitting down, then said she almost didn't come because 'there's nothing to say this week'. Silence for several minutes. I noticed I wanted to fill it and didn't.

Eventually she began talking about a parents' evening at her daughter's school. The teacher had said Summer is 'a pleasure to have in class but very anxious to get things right', and my client had laughed in the meeting and then cried in the car. 'I've made her into me,' she said. I asked what 'me' meant there and she said 'the one who never makes a fuss'.

I was struck that she'd arrived late, apologised, and announced there was nothing to say - a performance, maybe, of not making a fuss, while bringing something she clearly needed to say. I wondered aloud whether it had been hard to come in with something that mattered. She nodded and looked at the floor.

Later she said her mother used to tell her that 'crying is for babies', and I felt a wave of something protective that I recognise from earlier in the work. I suspect it's partly her longing for someone to say 'you can make a fuss here' and partly my own pull to rescue.

Supervision questions: Am I colluding with her by being so gentle about the lateness? And how do I hold the intergenerational theme without her hearing it as blame - she's already primed to feel she's damaged her daughter.""",
        [("Summer", "name")],
    ),
    (
        "b20b-016",
        """Capacity question - 86-year-old man wanting to return home from a care home

I'm a clinical psychologist in an older adults CMHT and I've been asked to contribute to a capacity assessment around discharge destination. Would welcome views on the psychology side of it.

He's 86, moderate Alzheimer's (ACE-III 68/100, MoCA 17/30), on donepezil 10 mg. Went into a care home for respite after his wife of sixty years was admitted to hospital, and she has since died. He's repeatedly asking to go 'home to her'. When reminded she has died he's devastated as if hearing it for the first time, then a few minutes later asks again.

The social worker's view is that he lacks capacity around residence. The son, who holds health and welfare LPA, wants him to stay put. I don't disagree with either position, but I'm uneasy about how the assessment is being done: he's been asked the same questions three times by three different people, each time in a busy lounge, and each time he's been told about his wife's death again.

My thoughts so far:
- Under the Mental Capacity Act 2005 we have to take all practicable steps to support decision-making. I'm not sure we have.
- The repeated re-telling of the death is its own harm. I'd suggest a consistent, agreed phrase from staff (Kitwood's personhood lens; the Newcastle model for understanding the 'going home' behaviour as an unmet need for his attachment figure).
- A best interests meeting needs his voice in it, even if he lacks capacity.

Has anyone had success getting the MDT to slow down in a situation like this? And does anyone have a good resource on 'therapeutic lying' vs validation for care staff? I've used the Mental Health Foundation's inquiry report but it's a bit long for a staff handout.""",
        [],
    ),
    (
        "b20b-017",
        """Perinatal - mum with intrusive harm thoughts, avoiding the baby, and a question about contact between sessions

Clinical psychologist in a community perinatal mental health team. Seeing a first-time mum, 29, three months postnatal after a traumatic emergency section at the Royal Derby. EPDS 21 at referral, now 16. Key issue is intrusive images of harming the baby (dropping him down the stairs, drowning him in the bath) with extensive avoidance - she won't bathe Alfie alone and has asked her partner not to leave her on her own with him.

Formulation is firmly OCD-spectrum rather than psychosis; no evidence of intent, high distress, lots of neutralising. Using Challacombe's perinatal OCD work as a guide, which has been fantastic. She's relieved to hear 'this is common and it doesn't mean you're dangerous' but still hasn't told her health visitor, scared the baby will be 'taken off her'.

Consultation question is about contact. She emailed me late on Sunday night from jadeyb_94@hotmail.co.uk - not our secure system - asking whether she should stop breastfeeding because she'd had a thought about smothering him while feeding. I replied on Monday morning via the secure route and it was fine, but it's prompted a conversation in the team about how we hold between-session reassurance-seeking in OCD without leaving people unsupported.

Do others set explicit boundaries around email in perinatal OCD work, or do you treat each message as an exposure opportunity? Would love examples of wording.""",
        [
            ("Royal Derby", "organisation"),
            ("Alfie", "name"),
            ("jadeyb_94@hotmail.co.uk", "email"),
        ],
    ),
    (
        "b20b-018",
        """BIRP - session 12 of 20, community forensic psychology (probation-linked)

B: Attended on time. Reported a disagreement with another resident at the Approved Premises over use of the kitchen; says he 'walked away and counted', which he linked spontaneously to the anger work from session 8. Presented as calm, occasionally sardonic. Talked at length about his licence conditions and how 'the curfew makes a man feel like a child'. Described one urge to drink over the weekend, not acted on.

I: Continued Good Lives Model-informed work (Ward & Stewart). Mapped his primary goods; 'relatedness' and 'agency' came out strongest. Reviewed how past offending served agency in a distorted way. Used a chain analysis of the kitchen incident to highlight the new exit point. Brief psychoeducation on shame vs guilt.

R: Engaged well; quite moved when he noticed the kitchen exit point was 'the first time I didn't need the last word'. Some defensiveness when we touched on his victim's perspective - changed the subject to his solicitor. Left in good spirits.

P: Session 13 to return to victim empathy work, gently, from the relatedness angle. Share summary with his probation practitioner per the information-sharing agreement. HCR-20v3 update due for the MAPPA level 2 review in five weeks - I'll flag the drinking urge there, though I don't see it as escalation. Continue weekly, Wednesdays.""",
        [],
    ),
    (
        "b20b-019",
        """School counselling - Year 8 girl, friendship fallout turning into something more?

I'm a school-based counsellor (BACP accredited) working across a few secondaries in south Wales. Seeing a 12-year-old in Year 8 at Ysgol Bryn Celyn who was referred by her head of year for 'low mood and isolating'. She's bright, Welsh-medium since nursery, lives with mam and nan in Tonypandy.

Session 3 of 6 yesterday. The story so far is a falling-out with her former best friend Cerys at the start of term that's escalated into a whole group freezing her out - removed from the group chat, people moving seats when she sits down. Classic relational aggression, and the school have been sympathetic but a bit 'it'll blow over'.

What's worrying me more is what she said at the end: that she'd 'looked up how many paracetamol it would take' but 'wasn't going to do anything'. We followed safeguarding procedure straight away - DSL informed, mam called, GP letter - and she's now on the CAMHS waiting list as urgent.

My question is more about the counselling itself. We only have 6 sessions in our model, possibly extendable to 10. I'm finding it hard to know whether to stay with the friendship/belonging stuff (which is clearly what matters to her) or switch to something more structured around the self-harm thoughts. Part of me thinks the belonging work IS the suicide prevention work.

Anyone else working in the 6-session school model found a way through this?""",
        [
            ("Ysgol Bryn Celyn", "organisation"),
            ("Tonypandy", "place"),
            ("Cerys", "name"),
        ],
    ),
    (
        "b20b-020",
        """Reflection after a tricky family therapy session - would value the group's thoughts

We (two systemic therapists plus a reflecting team of two trainees behind the screen) are seeing a family of five: parents in their fifties, three adult children in their twenties, referred because the middle son has had two admissions for psychosis and the family 'can't agree on anything about it'.

Yesterday was session 4. About twenty minutes in, the eldest daughter said, 'We all know why he's like this - it's the drink in this house,' and the room went completely silent. Dad looked at the floor. Mum started talking about a cousin's Leaving Cert results.

My co-therapist and I decided on the spot not to chase it, and we took a break to hear from the reflecting team. The trainees wondered aloud (in Andersen's tentative way) about 'the things families carry so carefully nobody can put them down'. When we came back, Dad said, quietly, 'She's not wrong.' That was it. Session ended shortly after.

Things I'm reflecting on:
- Using Burnham's Social GGRRAACCEEESSS, I'm struck by how much class and religion are shaping what's sayable. Both parents grew up in a small rural parish where drink was woven through everything - funerals, matches, Sunday after Mass.
- Was it right not to chase it? I think so - there's a risk we become another place where a secret is exposed without consent.
- Circular questions (Tomm) might help next time: 'Who in the family would be most relieved if the drink could be talked about?'

SCORE-15 scores were fairly consistent across members, which surprised me given how divided they seemed. Any thoughts on sequencing from here?""",
        [],
    ),
    (
        "b20b-021",
        """**Referral summary - homelessness/addictions psychology (please advise if appropriate for our service)**

Name: Darren McGuigan (known as Daz)
DOB: 03/11/1987
CHI: 0311874471
Address: Flat 2/1, 48 Dunkeld Street, G32 9QR (temporary accommodation)
Phone: 07712 448391 (pay-as-you-go, often out of credit)
GP: Dr Aileen McBride, Parkhead Health Centre
NOK: sister, Mhairi (lives nearby, supportive)

Referred by his keyworker at the Calton Recovery Café after he disclosed childhood sexual abuse for the first time. Currently on methadone 60 ml daily, dispensed from a local chemist, with occasional street benzo use. Reports nightmares most nights, hypervigilance, and 'going blank' when anyone stands behind him.

ITQ completed with keyworker: meets criteria for CPTSD on both PTSD and DSO clusters. AUDIT 4, so alcohol isn't the main issue. No current suicidal plans; two previous overdoses (one probably intentional).

Context: In and out of care from age 9, several placements. Short custodial sentences in his twenties. Has a son he hasn't seen in three years and wants to 'get clean for him'.

Questions for the team: is stabilisation on OST enough to begin phase one trauma work, or do we hold off? My view is the nightmares and flashbacks are driving the benzo use and waiting could be worse.""",
        [
            ("Darren McGuigan", "name"),
            ("Daz", "name"),
            ("03/11/1987", "date"),
            ("0311874471", "id_number"),
            ("Flat 2/1, 48 Dunkeld Street", "place"),
            ("G32 9QR", "place"),
            ("07712 448391", "phone"),
            ("Aileen McBride", "name"),
            ("Parkhead Health Centre", "organisation"),
            ("Mhairi", "name"),
            ("Calton Recovery Café", "organisation"),
        ],
    ),
    (
        "b20b-022",
        """SOAP - outpatient eating disorders, family-based treatment, session 9

S: 15-year-old attended with both parents. Parents report three meals and two snacks completed on 5 of 7 days; two days with refusal at lunch (both school days). Young person says she 'feels huge' and that the voice is 'loudest after PE'. Sleep fine. Periods still absent. Worried about GCSE mocks after half term.

O: Weight up 0.6 kg since last week; %mBMI now 82 (from 76 at start). HR 52 lying, 71 standing; BP 98/60; temp 36.4. No postural symptoms reported. Bloods last week within normal limits, phosphate fine. Per MEED guidance, overall risk now amber rather than red. EDE-Q global 4.1.

A: Good progress in phase 1 of FBT (Lock and Le Grange; what a lot of us still call the 'Maudsley approach'). Parents are much more confident - dad in particular has stopped negotiating at the table. School lunches remain the weak point; she has more opportunity to restrict there, and the PE link is worth exploring. Not yet appropriate to hand back control of eating.

P:
- Meet with school nurse/pastoral lead re: supervised lunch and temporary PE adjustment (exercise to be reviewed at %mBMI 85).
- Continue weekly weights and obs with paediatric team.
- Next session: family meal, focus on lunch planning; sibling invited.
- Parents given Beat helpline details for themselves. Reminded re: urgent pathway if HR drops below 40 or syncope.""",
        [],
    ),
    (
        "b20b-023",
        """I had something similar last year and it took me ages to work out what I thought about it, so here's my experience for what it's worth.

My client (late twenties, long-term depression, very articulate) started a blog about her experience of therapy - not anonymised, with her own photo - and sent me the link before a session: wordsfromthewaitingroom.substack.com. She wanted to know if I'd read it. Several posts were about me, not by name, but anyone who knew her would know who 'my therapist' was.

What I did:
- Took it to supervision before reading anything.
- Decided not to read it and told her so, kindly, explaining that I wanted our sessions to be the place where we thought about her experience together, and that reading it would put something outside the room in charge of what happens inside it.
- We spent a fair bit of that session on what it meant that she wanted me to read it. Turned out it was about whether I would 'check up on her' the way her mum used to read her diary.

She was hurt initially, then relieved. A few sessions later she said the blog had become less about me and more about her, which felt right.

I know some colleagues take the opposite view - that refusing to read can feel rejecting - and I can see that, especially with someone who's sharing something creative. The BACP Ethical Framework doesn't really speak to this directly. I'd just say: decide before you're in the room, and be transparent about the reasons.""",
        [("wordsfromthewaitingroom.substack.com", "url")],
    ),
    (
        "b20b-024",
        """Takeaways on discharging a young man from our EIP service after three years

Posting this partly to get it straight in my own head.

He came to us at 19 after a first episode with persecutory delusions and a lot of cannabis, detained under the Mental Health (Northern Ireland) Order 1986 for about five weeks. PANSS positive subscale was 28 at entry; last time we did it, 9. He's back at tech, doing an electrician apprenticeship, and hasn't used cannabis in over a year.

What helped, in my view:
- **Continuity.** Same care coordinator for nearly the whole three years. He told me at our last meeting that was 'the only reason I kept coming'.
- **Family work early.** Behavioural family therapy sessions with his parents in the first six months (Falloon model). His dad went from 'it's just the weed' to being the person who spotted early warning signs before anyone else.
- **Talking about drugs without preaching.** We used a harm reduction frame and let him lead.
- **Planning around known risk periods.** For him, July was always hard - the Twelfth, bonfires, lots of drinking among his mates. We built a plan for that every year.

Things I'd do differently: I'd have offered CBTp earlier rather than waiting until he was 'stable'. I think we lost a few months.

He's stepping down to his GP with a relapse signature plan, on aripiprazole 10 mg, with a clear route back to us for two years. Felt good to end on a positive note - he shook my hand and said 'cheers for not giving up on me'.""",
        [],
    ),
    (
        "b20b-025",
        """Burnout or trauma? Nurse client, not sure which lens to use

I'm an IACP-accredited psychotherapist in private practice. Client is a nurse in her early forties, fifteen years in emergency care, currently working in the ED at Beaumont. She came in saying 'I think I'm just burnt out' but the picture is more complicated.

She describes numbness, irritability, not sleeping, snapping at her kids, and a growing dread walking into work. But there's also one specific incident she keeps circling back to - a resus in which a young man died and she felt she'd missed something. That was on St Patrick's Day 2024 and she says she's 'never been right since'. She has intrusive images of his face, avoids the resus bay where possible, and hasn't told anyone at work.

Her clinical nurse manager, Gráinne, has been 'really decent' and suggested the staff support service, but my client doesn't want anything on record at work.

I'm weighing:
- Treating this as moral injury (Litz et al.) - the sense of having transgressed her own standards seems central.
- Trauma-focused CBT or EMDR targeting the specific incident.
- A broader burnout/values-based ACT approach.

PCL-5 is 41 and the ITQ suggests PTSD without DSO. My instinct is that the incident needs processing first and the burnout will partly shift once it's less loaded, but I'm aware I could be over-weighting the dramatic memory over years of chronic attrition.

Anyone with experience of working with healthcare staff on this? Particularly interested in how you handle the 'nothing on record' wish when someone's still in the job.""",
        [
            ("Beaumont", "organisation"),
            ("St Patrick's Day 2024", "date"),
            ("Gráinne", "name"),
        ],
    ),
    (
        "b20b-026",
        """Ha, the eternal six-session question. I did EAP work for years before going fully private so here's my two pence.

The six sessions are usually enough for what EAPs were designed for - a stressful workplace situation, a bereavement, a rough patch. They're not enough when the workplace situation is sitting on top of something old. You can usually tell by session 2.

What I've found useful:
- **Contract for the six, out loud, in session 1.** 'We've got six sessions; let's agree what we'd like to be different by the end.' Sounds obvious, but it stops the ending being a shock.
- **Signpost early, not late.** If it looks like longer-term work, start the conversation about options by session 3 - GP, NHS Talking Therapies self-referral, low-cost counselling services. Mind often has something locally.
- **Give people something to take with them.** A written summary of what we worked on and what they noticed. Clients tell me they reread it.
- **Safety net.** I always give Samaritans (116 123) and Shout (text 85258) at the last session, even for low-risk clients. It costs nothing.

On your specific client - the man whose manager keeps 'forgetting' his reasonable adjustments - I'd be careful not to spend the sessions on the employment dispute itself. Acas is better placed for that, and it's free. Your job might be more about how he's carrying it: shame, anger, what it's stirring up about earlier experiences of being overlooked.

And if the EAP allows an extension request, make it. Worst they can say is no.""",
        [],
    ),
    (
        "b20b-027",
        """DAP - community learning disability team (social work), safeguarding follow-up

D: Visited client at home (man, 30s, mild LD, lives alone with floating support). Follow-up to last week's concern about online financial exploitation. He confirmed he's sent about £1,400 over two months to a woman he met through an online game. He calls her 'Jess', has never seen her on video, and she has asked for money for 'a plane ticket to come and meet him'. He plays most nights under the gamertag ShadowKing_77 and she first messaged him through the game's chat.

The bank's fraud team has shared (with his consent) that several log-ins to his online banking came from an IP address he doesn't recognise - 82.132.219.47 - which suggests someone else has his details. Passwords changed today with support.

He was tearful and angry with us: 'she's the only one who talks to me properly'. Insists she's real and that we're 'trying to ruin it'.

A: Likely romance fraud. He appears to have capacity to decide who he talks to, but I'm less sure about his understanding of the financial risk in this specific context - needs a proper decision-specific assessment. Loneliness is the real driver. Risk of further financial loss high; risk to self low but monitor given the distress.

P: Police report made (Action Fraud reference to follow). Capacity assessment re: finances next week with his consent. Explore a befriending service and a local gaming/social group. Discuss with team whether a Care Act s42 enquiry is proportionate.""",
        [
            ("Jess", "name"),
            ("ShadowKing_77", "handle"),
            ("82.132.219.47", "ip"),
        ],
    ),
    (
        "b20b-028",
        """## Case presentation: asylum seeker, CPTSD, interpreter-mediated work

**Setting:** Primary care psychology, HSE. Client currently living in IPAS accommodation.
**Client:** Man, 24, from a province in northern Afghanistan. Dari speaker. In Ireland about 18 months, international protection application pending.

**Presenting:** Severe sleep disturbance, nightmares (4-5 nights a week), startle, headaches. Avoids crowded places and men in uniform. Says 'my head is broken'. PCL-5 58, ITQ meets CPTSD criteria. PHQ-9 19, item 9 scored 1 (passive thoughts, no plan; strong protective factors: religious faith and a younger brother he sends money to).

**History:** Detained and beaten on two occasions before leaving; long overland journey, including several months in a camp in Greece. Didn't finish school. Family situation uncertain - he hasn't had contact with his parents in over a year.

**Work so far (8 sessions):** Psychoeducation with a telephone interpreter, then in-person interpreter from session 3 onwards (much better). Sleep hygiene and imagery rehearsal for nightmares, modest benefit. Grounding using prayer beads he brought himself.

**Dilemma:** I'd like to move to Narrative Exposure Therapy (Schauer, Neuner and Elbert), which has a good evidence base with multiply traumatised refugee populations, but he's anxious about his upcoming interview for the protection process and I'm wary of opening the trauma narrative in the weeks beforehand. There's also the question of whether anything he says in therapy could end up in the process - I've explained confidentiality and its limits, but he's not convinced.

**Questions:** Should I wait until after the interview? And any tips for working well with interpreters on NET timelines?""",
        [],
    ),
    (
        "b20b-029",
        """Supervision reflection - trainee clinical psychologist, inpatient placement

Writing this up for my reflective log and thought I'd share here too, since a few people on my cohort have asked how the ward placement is going.

This week I attended my first ward round as the psychology representative. We discussed a man in his forties detained under section 3, who has been on the ward for nearly four months. The team were discussing whether to renew. I'd been doing weekly individual sessions with him and had come to see him quite differently from the way he was talked about in the MDT - as 'difficult', 'splitting staff', 'not engaging'. In our sessions he's been thoughtful, if guarded, and has talked a lot about his experiences of being restrained as a teenager.

When it was my turn I said something like, 'In psychology sessions Mr T. Adeyemi has talked about feeling unsafe when staff approach in pairs,' and I watched the consultant's face change - not hostile, but surprised. Afterwards my supervisor said that was exactly the kind of thing the team needed to hear, but that I'd said it in a slightly apologetic way that made it easy to dismiss.

Things I'm noticing:
- The hierarchy on the ward at Springfield is very visible, and I shrink in it.
- I'm holding a formulation (using the Power Threat Meaning Framework) that doesn't fit neatly with the medical one, and I haven't yet found the language to offer it without it sounding like a criticism.
- I feel protective of him, which could be useful or could be collusive.

Plan: draft a one-page shared formulation for the team with my supervisor, and practise presenting it with her first.""",
        [("T. Adeyemi", "name"), ("Springfield", "organisation")],
    ),
    (
        "b20b-030",
        """Process note - session 31, twice-weekly psychoanalytic psychotherapy

This was the last session before the Easter break. She came in and lay down without the usual greeting, and for the first ten minutes spoke about a film she'd watched, in unusual detail, almost as if narrating it to someone who couldn't see. I felt shut out and slightly bored, and then noticed the boredom and wondered about it.

I said something like: 'You're telling me a story in a lot of detail today - I wonder if it's a way of keeping me company, or keeping me at a distance, before I go away.' She was silent and then said, sharply, 'You always make it about the breaks.'

I think she's right that I often do, and I think I'm right that it matters. Both can be true. Thinking afterwards with Malan's triangle of conflict in mind: the hidden feeling seemed to be something like fury at being left; the anxiety, that the fury would destroy the relationship; and the defence, a pleasant, detailed story-telling that keeps everyone safe.

Towards the end she talked about her father going away for work for weeks at a time when she was small, and how she used to line up her toys at the window. I said that I'd be back in two weeks and that she was allowed to be angry with me in the meantime. She laughed, a real laugh, for the first time today.

In the countertransference I noticed a pull to reassure (the good parent) and an opposite pull to be detached and interpretive (the absent one). Bion's container-contained feels relevant: can I take in her fury without retaliating or collapsing?

For supervision: I'd like to think about whether the break interpretations are landing, or whether they've become a routine she can predict and defend against.""",
        [],
    ),
    (
        "b20b-031",
        """Follow-up on my post about the bereaved mum - thank you, and an update

A few of you kindly replied a couple of months ago when I was feeling out of my depth with a client whose daughter was stillborn at 38 weeks. I wanted to let you know how it's going, partly because your replies genuinely changed what I did.

I stopped trying to 'get to' the grief work and let her lead, which mostly meant sitting with her while she talked about the pregnancy - the names they'd considered, the nursery, the kicks. She's now able to say Isla's name without crying every time, and last session she brought in the memory box from the Simpson to show me. That felt like an enormous step.

The anniversary of the birth, 19 August, is coming up and she's anxious about it. We've planned together: she and her partner are going to go to the beach where they scattered the ashes, and she's asked her mum to come round in the evening. She's also agreed to contact the bereavement midwife if she feels she's 'going under'.

One of you suggested treating Kübler-Ross less as stages and more as a list of things that might happen in any order - that was really useful for her, she'd been worried she was 'doing it wrong'. And someone pointed me to continuing bonds (Klass, Silverman and Nickman), which has shaped the whole way I think about this now.

Still finding it hard in myself, to be honest. I've taken it to supervision and my own therapy. But I no longer feel like I'm failing her.

Sands' resources have also been a help for her partner, who's been very much in the background.""",
        [("Isla", "name"), ("Simpson", "organisation"), ("19 August", "date")],
    ),
    (
        "b20b-032",
        """SOAP - step 2 guided self-help (PWP), telephone, session 4 of 6

S: Client reports 'a slightly better week'. Completed 4 of 5 planned BA activities (walk after lunch x3, phoned a friend; didn't go to the Tuesday quiz as planned - said she was 'too tired'). Sleep improved since cutting back on screens after 10pm. Still struggling with motivation in the mornings. Says the worry diary is 'annoying but it helps'. Has been off work on a fit note since early March; some anxiety about the Universal Credit work capability process.

O: PHQ-9 14 (from 18 at assessment), GAD-7 9 (from 13), WSAS 18 (from 24). Phobia scales: no change. Item 9: 0. Engaged, good humour, used examples from her diary spontaneously.

A: Steady improvement, most notable in mood. BA is working; the missed quiz seems linked to avoidance of social evaluation rather than fatigue - one to explore gently. Risk remains low, no thoughts of self-harm.

P:
- Continue BA; re-schedule the quiz as a graded goal (go for the first half only).
- Introduce worry time technique from the workbook.
- Refer to the in-service Employment Advisor (client agreed) re: fit note and return-to-work conversation.
- Discuss in case management supervision whether step-up to high intensity CBT is needed at session 6 if PHQ-9 stays above 10.""",
        [],
    ),
    (
        "b20b-033",
        """Intake summary - adult mental health, for MDT allocation

Client: Ciarán Ó Dálaigh, 24
DOB: 12/05/2001
PPSN: 7654321QA
Address: 15 Seapoint Avenue, Salthill, H91 E2K7
Mobile: 087 294 1156
Email: ciaranod@gmail.com
GP: Dr Niall Kerrigan
Referred by: Student Counselling, University of Galway (final year engineering, currently deferred)
Mother: Bríd (main support, lives locally)

Presenting: Six-month history of low mood, anhedonia, social withdrawal, and a period in the spring where he stayed in his room for nearly a fortnight. Reports a brief 'high' period over the summer - little sleep, spending, started three business ideas - which his mother describes as 'not like him'. No psychotic features reported. Occasional cannabis.

Measures: PHQ-9 20, MDQ positive (9/13 with clustering and moderate impairment). Item 9 scored 2: passive wish to be dead, no plan, no previous attempts.

Family history: Maternal uncle 'had bipolar and drank', died by suicide in his forties.

Impression: Possible bipolar II disorder, current episode depressive. Needs psychiatric review before any antidepressant is started. Medium risk given family history and the MDQ. Pieta (1800 247 247) and text 50808 given.

Request: Allocation to consultant clinic and a psychology assessment. Happy to take as key worker.""",
        [
            ("Ciarán Ó Dálaigh", "name"),
            ("12/05/2001", "date"),
            ("7654321QA", "id_number"),
            ("15 Seapoint Avenue", "place"),
            ("Salthill", "place"),
            ("H91 E2K7", "place"),
            ("087 294 1156", "phone"),
            ("ciaranod@gmail.com", "email"),
            ("Niall Kerrigan", "name"),
            ("University of Galway", "organisation"),
            ("Bríd", "name"),
        ],
    ),
    (
        "b20b-034",
        """Child protection consult - neglect, and a family that presents well

Social worker in a local authority children's safeguarding team. I'd welcome some outside eyes on a case where I'm worried I'm being drawn in by how nice everyone is.

Two children - a 4-year-old and a 7-month-old - have been on CP plans under the category of neglect for nine months. Mum and her partner are warm, articulate, always apologetic, and attend every core group. Yet the same things keep coming back: the baby missing health visitor appointments, nursery reporting the older child arriving hungry in the same clothes for days, a home visit last month where there was no food in the fridge and dog mess in the kitchen.

The Graded Care Profile 2 scored poorly on physical care and safety, better on love and esteem. Which fits - they clearly love the children.

What I'm wrestling with:
- Start again syndrome. Every review they've made improvements that fade within weeks. Brandon and colleagues' work on serious case reviews describes this pattern almost exactly.
- I like them. I think that's making me more forgiving than I'd be otherwise.
- The partner has mentioned his own childhood in care a few times, quite lightly. I wonder if there's unresolved trauma shaping how he parents, and whether we've ever really offered anything for that.

Options include moving to PLO, a parenting assessment, or a further extension of the plan with more intensive family support. I don't want to escalate out of frustration, but I don't want to drift either - Working Together is clear about the risks of drift.

How do others keep perspective with families like this? Any tools you'd recommend?""",
        [],
    ),
    (
        "b20b-035",
        """Completely agree with the others that BA is the right starting place, and honestly I'd lean into the dog thing.

I had a client a couple of years ago, similar picture - PHQ-9 of 19, barely leaving the flat, living off toast. Every scheduled activity we set up fell apart except one: walking the dog. She said Pickles was the only reason she got out of bed, and at first I heard that as a sad sort of comment. My supervisor pointed out it was actually the most reliable behaviour she had, and that we should be building outwards from it rather than trying to add new, unconnected tasks.

So we did. Walk the dog, then walk the dog to the park, then walk the dog to the park and sit on the bench for ten minutes, then walk the dog with a neighbour who also had one. By about session 10 she'd joined a weekend dog-walking group she found online, and that was where most of her social contact came from for a good while.

Martell's idea of paying attention to the function of the behaviour, not just the activity, was key. For her, the walk wasn't exercise, it was being needed.

The only caution: if the animal is the main protective factor, it's worth asking gently what happens if something happens to it. In her case the dog was getting on, and we did some planning around that. When it did happen, about a year after we finished, she got in touch to say she was sad but okay - and had already signed up to foster for a rescue. Made my week.""",
        [("Pickles", "name")],
    ),
    (
        "b20b-036",
        """Reflection from group supervision - art therapy with adolescents in a secure setting

We spent most of today's group supervision on an image one of the young people made last week, and I wanted to write it up while it's fresh.

Context: I'm an HCPC-registered art psychotherapist working in a secure adolescent unit. The young person (15, male, long history of placements breaking down) has been attending individual art therapy for about five months. He mostly draws in biro, small and tight, often scribbled over at the end.

Last week, without any prompt, he used a full sheet of sugar paper and paints for the first time. He made a large, dark house with every window blacked out except one, where a small yellow figure sat. When I asked about it, he said, 'That one's not in trouble.' Then he asked if he could take it back to his room, which he's never done before.

In supervision we thought about:
- Schaverien's idea of the scapegoat transference - the image as a vessel that can hold what can't be said.
- Whether he wanted the image with him as a kind of transitional object (Winnicott), or because he didn't trust it to be safe here with me.
- The practical question of whether to let images leave the room in a secure setting, given the unit's rules about personal items. We agreed to talk to the unit manager - we'd normally keep work in the folder until the end of therapy.

Also my own response: I did some response art after the session, which helped. I made a small yellow shape in the corner of an otherwise empty page. Didn't need an interpretation to know what that was about.

Next step: return to the image with him next session, following his lead.""",
        [],
    ),
    (
        "b20b-037",
        """Follow-up from the liaison thread - overdose, young carer, discharge plan

Thanks for the thoughts last week. Update for anyone interested.

He's 22, presented after an overdose of his gran's co-codamol. He's her main carer; she's 91 and housebound, and he works nights at the Aldi depot so he can look after her during the day. When I saw him on the medical ward he was exhausted and ashamed, mostly worried about who was feeding her while he was in. Hospital no. RTH0048812, for anyone in our team picking this up.

Risk assessment: the overdose was impulsive, after about 36 hours without sleep, and he's clear it was 'to get a break' rather than to die - though he also said he 'wouldn't have minded'. No previous attempts. No psychosis. PHQ-9 22. Sleep deprivation doing an awful lot of the work here.

Plan agreed:
- Discharge home with the crisis team following up daily for the first few days.
- Urgent carer's assessment via adult social care, and a needs assessment for his gran.
- GP to review sleep; no benzos. Mirtazapine 15 mg discussed and he's agreed to try it.
- Young carers service (he's just under the upper age limit for the local scheme).
- Safety plan written with him, including Samaritans and the crisis line.

The bit that's stayed with me is that nobody had noticed him. He'd been doing this for three years. Every professional around his gran saw him as 'the helpful grandson'.""",
        [("91", "age"), ("Aldi", "organisation"), ("RTH0048812", "id_number")],
    ),
    (
        "b20b-038",
        """Closing takeaways - autistic 12-year-old, anxiety and school avoidance (CAMHS, Wales)

Discharged last week after 14 sessions plus school liaison. Sharing what I've learnt because this was a case where I got it wrong before getting it right.

Background: Autism diagnosed via the neurodevelopmental pathway (ADOS-2 plus developmental history). Referred for anxiety with escalating school avoidance in Year 8 - attendance had fallen to about 40%. Family described meltdowns on Sunday evenings and Monday mornings. RCADS parent and child versions both elevated on separation and generalised anxiety.

Takeaways:
1. **Standard CBT for anxiety didn't fit.** I started with a fairly classic approach. Thought records made no sense to her; she found the abstract thought-feeling link confusing. Switching to a more concrete, visual approach (body maps, a 'worry thermometer' that she designed, Zones of Regulation language that school already used) made things click.
2. **The environment was a big part of the anxiety.** The noise at lunch and changes of classroom were major triggers. Working with the ALNCo on her IDP under the ALN Act to get a quiet lunch space and a predictable timetable did more than any session with me.
3. **Ask about demand avoidance without rushing to a label.** Some PDA-type features were there, but framing them as anxiety-driven, and reducing demands, was more useful than debating the profile.
4. **Parents need their own space.** Mum had been carrying it alone. Two parent-only sessions and linking her with a local parents' group changed the family atmosphere.

Outcome: attendance now around 85%, RCADS in the normal range. Still some wobbles after half term but the family know what to do.""",
        [],
    ),
    (
        "b20b-039",
        """Couples work - affair disclosure, and a dilemma about the anniversary

Couples therapist, Gottman Level 2 plus some EFT training. Working with a couple in their late thirties, married eleven years, two kids. He disclosed an emotional-then-physical affair with a colleague about six weeks before they came to me. They both work at Jaguar Land Rover - different departments, but same site - which means she runs into the other woman in the canteen most weeks.

Session 7 last night. Marcus has been doing what I'd call textbook atonement (Gottman's Atone-Attune-Attach model): answering questions openly, sharing his phone, initiating check-ins. Tilly is oscillating wildly between wanting to try and wanting him out. Both completed the Gottman Relationship Checkup and the Four Horsemen are very much in the room, particularly contempt from her and stonewalling from him when she's at her angriest.

The dilemma: their wedding anniversary is 28 September, and they've got a long-booked weekend away in the Lake District. He wants to go. She's not sure. They've asked me, in effect, to decide for them.

Obviously I'm not going to decide. But I'm interested in how others would use it in the work. My instinct is to explore what the trip would mean to each of them - for him maybe proof of repair, for her maybe a performance of forgiveness she doesn't feel.

Also wondering about the workplace piece. She's asked whether he should move jobs. He's reluctant - good pension, and they've just moved to Solihull to be closer to the plant. How much of that belongs in couples work vs individual decisions?""",
        [
            ("Jaguar Land Rover", "organisation"),
            ("Marcus", "name"),
            ("Tilly", "name"),
            ("28 September", "date"),
            ("Solihull", "place"),
        ],
    ),
    (
        "b20b-040",
        """Reflection on ending with a client from the Traveller community

I'm a counselling psychologist in an Irish primary care service and I've just finished working with a young Traveller woman in her early twenties. I wanted to reflect on a few things here, partly because I think I nearly lost her early on through my own assumptions.

She was referred by her GP for low mood after the death of a cousin by suicide - the third in her extended family in a few years. The All Ireland Traveller Health Study found suicide rates among Traveller men several times higher than in the settled population, and each loss is felt across whole extended families. I knew the statistics. I didn't know what it felt like to sit with someone for whom this was simply normal.

What I got wrong early: I offered weekly appointments at a fixed time and was quietly frustrated when she missed two. It turned out there had been a funeral and then a family gathering that went on for days, and she'd assumed I'd 'know'. When I moved to a more flexible arrangement - she'd ring on a Monday and we'd find a slot that week - she never missed again.

What helped:
- Not pathologising grief that was collective rather than individual.
- Letting her bring her mother to a session when she asked, instead of treating that as a boundary issue.
- Being honest about my position as a settled, middle-class woman and asking her to correct me.
- Using CORE-10 read aloud and a lot of talking rather than worksheets.

CORE-10 went from 27 to 12 over 14 sessions. At our last session she gave me a Mass card for my own father, who'd died a couple of months earlier - she'd heard about it somehow. I'm still thinking about what that meant.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b20b"}
        for doc_id, text, items in DOCS
    ]
