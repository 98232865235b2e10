"""Blind batch b21b, written by a helper session without sight of the guard. Forty posts by
clinicians in the United Kingdom and Ireland on a peer-consultation forum: NHS Talking
Therapies, CAMHS (Scotland and England), HSE adult and primary-care services, an older adults
CMHT, a Welsh drug and alcohol team, a Northern Ireland DBT group, prison psychology,
university counselling, local-authority children's social work, acute inpatient, perinatal,
early intervention in psychosis, learning disability, veterans, hospice bereavement, refugee
work and private practice. Genres: case presentations, consultation questions, replies,
follow-ups, closing takeaways, SOAP/DAP/BIRP notes, process notes, group notes, supervision
reflections and chatty forum replies. Identifier half: names (including ordinary-word names,
a lower-case name in a verbatim quote, a pet), places (towns, Dublin districts, streets, UK
postcodes and Eircodes), dates (numeric, ordinal, weekday with ordinal, a holiday with year),
an age over 89, phones, emails, a URL, an IP address, social handles and a gamer tag, NHS /
CHI / PPS / H&C numbers, a prison number, a student number, a vehicle plate, and
organisations (employers, schools, a university, a prison, a GP practice, a day centre, a
regiment). A few intake-style posts carry many identifiers; most carry one to three. Clean
half: de-identified writing dense with look-alikes such as cited theorists (Linehan, Clark,
Casement, Gottman, Kitwood, Stroebe and Schut), the Newcastle model, instruments and scores,
MHA/Children Act/Care Act sections, NICE guidance numbers, medications and doses, national
crisis lines (Samaritans 116 123, Shout 85258, Childline, Lifeline, Pieta, DAN 24/7),
regulators and bodies (BACP, HCPC, ICO, CORU, IACP), school years, weekdays, holidays without
a year, months with years, ages under 90 and generic regions.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged) at 05ede86, whose second look was trained on rounds up to 20: 0.887, 0.937, 0.700, 0.100.
The guard at 62d9494, where this session started, scores 0.887, 0.889, 0.700, 0.150.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b21b-001",
        """\
**Step 3 CBT - panic disorder with agoraphobic avoidance, stuck at session 9**

Hi all, hoping for some fresh eyes on this one.

**Background:** Man in his early 40s, referred by his GP after three A&E attendances with chest pain (full cardiac work-up clear, ECGs normal, troponin negative each time). Works nights as a shift supervisor at the Asda distribution depot in Wakefield and has been signed off since late September. Lives with his partner and two primary-age children. No previous mental health contact. Drinks "a few cans" most nights off, AUDIT-C 7.

**Measures:** at assessment PHQ-9 14, GAD-7 19, PDSS 17, WSAS 28. At session 9: PHQ-9 12, GAD-7 16, PDSS 15. Some movement, but not what I'd expect by now.

**What we've done:** Clark's cognitive model of panic, shared formulation built around "my heart is going to stop", psychoeducation on the fight-or-flight response, interoceptive behavioural experiments in session (hyperventilation, running up the stairs, spinning in the chair). Safety behaviours mapped: carries a bottle of water everywhere, sits nearest the exit, and checks his pulse on his smartwatch constantly, he estimates forty or fifty times a shift.

**Where I'm stuck:** He'll do the experiments with me but drops them between sessions. He said last week, "I know it's not my heart, but what if this is the one time." I think the watch checking is the engine of the whole thing, but he's reluctant to take it off because his partner bought it for his 40th and he feels it "keeps an eye on him" for her.

**Questions:**
1. Has anyone had more luck with graded reduction of device checking versus dropping it outright as an experiment?
2. At what point do you go back to the formulation rather than pushing on with the protocol?

We have 12 sessions as standard and he'll likely need an extension, so I'd like to take a clearer plan to supervision on Thursday. Thanks in advance.""",
        [("Asda", "organisation"), ("Wakefield", "place")],
    ),
    (
        "b21b-002",
        """\
Consultation question: repeat self-harm in an S3 pupil, parents pulling in opposite directions

I'm a CAAP in a Scottish CAMHS team. Young person is 14, in S3 at a secondary school in the central belt, referred via the school nurse after cutting was noticed in PE. Superficial cutting on forearms and thighs roughly twice a week for about eight months, never needed medical treatment. No suicidal intent at assessment but passive ideation most weeks ("I wouldn't mind not waking up"). RCADS total in the clinical range, highest on the social anxiety and depression subscales.

The tricky bit is the parents. Mum wants weekly contact and "a proper diagnosis". Dad (separated, has the YP alternate weekends) thinks it's attention-seeking and has said so in front of the YP. The YP has asked me not to tell Dad anything about our sessions. Both parents have parental rights and responsibilities under the Children (Scotland) Act 1995, and we're working within GIRFEC, so I can't just cut him out, nor do I want to.

Where we are:
- Safety plan done with the YP (Stanley and Brown format, adapted for age), with Childline 0800 1111, Shout 85258 and NHS 24 on 111 on it.
- Our psychiatrist reviewed two weeks ago and the GP has started fluoxetine 10 mg, to go up to 20 mg if tolerated.
- Six sessions in. Some early DBT-A skills (distract, self-soothe) landing reasonably well.

Questions:
1. How have others handled a young person's confidentiality request about a parent who is actively invalidating but is still entitled to be involved?
2. I'm considering a joint session with Dad using some of the walking-the-middle-path material from Rathus and Miller, but worried about making things worse. Thoughts?
3. Any views on involving the guidance teacher at this point? The YP is ambivalent.

We review at MDT on Wednesday. Long-time reader, first post, so be gentle!""",
        [],
    ),
    (
        "b21b-003",
        """\
**Referral summary for discussion (new to the team, so tell me if this is too much detail for the forum)**

Name: Siobhán Ní Bhriain
DOB: 22/07/1979
PPS: 8123456TA
Address: 14 Ardlea Road, Artane, Dublin 5, D05 K7P2
Mobile: 087 614 2290
GP: Dr Colm Tierney, Beaumont Family Practice
NOK: husband, Declan

**Referred by:** GP, routine.

**Presenting difficulties:** Low mood since her mother died in the spring. Early morning wakening, weight loss of around 6 kg, tearful most days, has stopped going in to her job as a classroom assistant at Scoil Mhuire. BDI-II 31. No previous psychiatric history. Started on mirtazapine 15 mg nocte by the GP four weeks ago with a modest improvement in sleep.

**Risk:** Denies active suicidal ideation; some passive thoughts ("I'd like to just go to sleep and be with Mam"). Protective factors: two teenage children, her faith, a supportive husband. Not drinking.

**Question for the group:** She has asked specifically for a female therapist and for sessions through Irish if at all possible. She said, "Mam and I only ever spoke Irish to each other, I can't talk about her in English." Nobody on our team is fluent enough to do therapy through Irish. Has anyone accessed Irish-language therapy via the HSE, or know a route through the counselling services? And would you treat this as a clinically important request or a preference we can reasonably not meet? My instinct is that it matters a great deal for grief work specifically.""",
        [
            ("Siobhán Ní Bhriain", "name"),
            ("22/07/1979", "date"),
            ("8123456TA", "id_number"),
            ("14 Ardlea Road", "place"),
            ("Artane", "place"),
            ("Dublin 5", "place"),
            ("D05 K7P2", "place"),
            ("087 614 2290", "phone"),
            ("Colm Tierney", "name"),
            ("Beaumont Family Practice", "organisation"),
            ("Declan", "name"),
            ("Scoil Mhuire", "organisation"),
        ],
    ),
    (
        "b21b-004",
        """\
I really recognise what you're describing. With a fixed-term piece (yours is 40 sessions, ours in the NHS psychotherapy service are usually 24) the ending is in the room from the first session, and people with early losses often start "leaving" well before we do: missed sessions, lateness, suddenly talking about how well everything is going.

Casement writes about exactly this in On Learning from the Patient. The idea of the patient's unconscious prompts to the therapist has stayed with me for years, and I'd read the missed sessions as a prompt rather than as disengagement.

A few thoughts, take what's useful:

- Name the pattern gently and link it to the ending rather than to her character. Something like, "I wonder if part of you is getting ready to go before I can leave you."
- Winnicott's idea of the therapist surviving the attacks is relevant here. The missed sessions are partly a test of whether you'll retaliate (discharge her under the DNA policy) or collapse (offer to extend).
- Resist extending at session 36 unless you would have recommended it anyway. Extending in response to the acting out can confirm that endings are unbearable.
- Count down out loud from about ten sessions out. Some people find it mechanical but I've found it helps the ending become something you do together.

And the supervision bit: notice what's happening in you. A few years ago I caught myself booking a client's final session for the Friday before my own summer leave, as if I needed to be the one doing the leaving. My supervisor pointed it out. Mortifying but very useful.

Good luck, and do let us know how the last few sessions go.""",
        [],
    ),
    (
        "b21b-005",
        """\
**Follow-up: "He doesn't want the memory clinic, he wants his wife back"**

Thank you all for the replies to my post last month. Update for anyone interested.

Recap: older man, widowed last year after 64 years of marriage, referred to our older adults CMHT by his GP for "low mood ?cognitive decline". ACE-III at the memory clinic was 71/100 with losses mostly in attention and fluency, and the consultant felt this could be mood rather than a dementia. CT head showed small vessel changes only. He's 92 now and lives alone in a bungalow with carers calling twice a day.

What I did with your suggestions:
1. Dropped the formal CBT structure. Kept some behavioural activation, very light, one planned thing a day and chosen by him.
2. Put the grief front and centre. We have spent three sessions going through the photo albums. He talks about her in the present tense and I've stopped gently correcting it.
3. Liaised with the GP about his sertraline 50 mg, which it turns out he wasn't taking because the tablets "stick in his throat". He's now on the liquid.

Outcome so far: GDS-15 down from 11 to 7. He's gone back to the lunch club on Wednesdays. Last week he said, "You're the only one who lets me talk about her," which I took as both a compliment and a flag about how isolated he is.

Repeat ACE-III planned in six months. Still keen to hear from anyone about distinguishing depressive pseudodementia from early vascular change in very late life, because the normative data get very thin up there.""",
        [("92", "age")],
    ),
    (
        "b21b-006",
        """\
SOAP note, community drug and alcohol team (Wales), review appointment 6

S: Reports drinking has reduced from around two bottles of wine daily to "a bottle most nights, none on Mondays and Tuesdays". Cravings worst late afternoon after the school run. Sleeping 4-5 hours. Denies illicit drug use, last cannabis "over a year ago". Partner "brilliant" but they are behind on council tax and she is worried about money. Two episodes this fortnight of thinking "everyone would be better off without me", no plan or intent, identifies her children as her main reason for living.

O: Attended on time, well presented. Mild tremor both hands. Faint smell of alcohol at 10:30. Breath alcohol 0.21 mg/L. AUDIT 26 (32 at assessment). SADQ 18 (moderate dependence). LFTs from GP last month: GGT 184, ALT 61. Mood 4/10 subjectively, objectively low-normal. Engaged, some humour.

A: Meaningful reduction but still drinking at harmful levels with moderate dependence, so not safe to stop abruptly without medical support. Passive suicidal ideation, low current risk; chronic risk raised by alcohol, debt and withdrawal from friends.

P:
- Discuss with prescriber: planned community detox (chlordiazepoxide reducing regime) vs inpatient. She prefers community because of childcare.
- Thiamine 100 mg TDS to continue.
- MI focus next session on pros and cons of setting a detox date before the summer holidays.
- Safety plan updated with DAN 24/7 (0808 808 2234), Samaritans 116 123 and the Samaritans Welsh-language line, plus the C.A.L.L. helpline.
- Signposted to free debt advice; consider Families First referral for parenting support.
- Next appointment Thursday in two weeks.

Posting for a sanity check on the detox plan, it's my first time coordinating one since moving to this team.""",
        [],
    ),
    (
        "b21b-007",
        """\
Reflection for supervision (posting a version here because my supervisor encouraged me to get other views)

I'm a second-year trainee on placement in an adult community mental health team, and this week I noticed something I want to think about.

The client is a woman in her thirties I've seen for 14 sessions for what we've formulated as complex trauma: childhood neglect, then domestic abuse in her twenties. She has a daughter who is nine. In session she talked about her daughter's birthday falling on the 14th of February, which is also the anniversary of the day the girl's father was arrested, and how every year she "ruins it" by being flat and snappy. Then, almost as an aside, she said, "Hope deserves a better mum than me."

I felt a huge pull to reassure her, and said something like, "You're clearly a devoted mum." She closed down for the rest of the session. Afterwards I realised I had skipped right past the shame she was offering me.

Thinking about it through Gilbert's three systems, I think I responded from my own threat system. I have a complicated relationship with my own mother and the word "mum" does things to me that I hadn't fully noticed before.

Questions I want to take to supervision:
- How to come back to it next week without it being about me repairing my own discomfort.
- Whether to make the anniversary reaction an explicit target, given it's about four weeks away.
- What the guilt might be protecting her from.

Reading recommendations on anniversary reactions in parents very welcome. I've read the relevant chapters of Herman.""",
        [("14th of February", "date"), ("Hope", "name")],
    ),
    (
        "b21b-008",
        """\
Group notes: DBT skills group (adult, community Trust service, NI), week 7, Distress Tolerance module

Present: 6 of 8. One apology (exam), one DNA (follow-up call made by their individual therapist the same afternoon). Co-facilitators: me (nurse therapist) and a clinical psychologist.

Mindfulness: "observe the breath" for three minutes, then "describe one object in the room". Two members found it hard to stay seated; one stood by the window, which we allowed.

Homework review: TIPP skills. Most had tried the cold water. One member used paced breathing during a panic attack on a bus and said it "took the edge off". Another said none of it works and that DBT "is for people who aren't really ill". We validated and did a quick chain on what got in the way (she had tried it at 95/100 distress, well past the point where skills get traction).

Teaching: radical acceptance, from the Linehan skills manual (2nd edition, handouts DT 11-12). Used the traffic jam example. Good discussion; one member linked it to her son having been taken into care, became tearful, and others were supportive. We slowed the pace.

Risk: one member described self-harm urges at 7/10 over the weekend, not acted on. Flagged to her individual therapist the same day. Reminded the group of Lifeline (0808 808 8000) and that out of hours they can go to the Emergency Department.

Facilitator reflection: we're about half a session behind. Consider moving chain analysis practice into the individual sessions for this cycle. Next week: week 8, turning the mind and willingness vs wilfulness.

Does anyone have a good in-group exercise for willingness that isn't the open hands one? Last cycle the group found that one cringey.""",
        [],
    ),
    (
        "b21b-009",
        """\
Oh gosh, I've had this exact dilemma. Counsellor in private practice here, BACP registered, mostly young adults.

In my case the client (mid-20s, social anxiety, doing really lovely work) mentioned she'd started a TikTok about her recovery and said, "You should look me up, I'm @ellie.unmasked, I talk about our sessions sometimes." Cue me having a little internal wobble about what "talk about our sessions" meant.

I didn't look, and I told her why: I'd rather know her through what she chooses to bring into the room, and if I looked I'd be carrying things she hadn't decided to share with me directly. We agreed that if she wanted me to see something specific she could bring it in and we'd look together. That's what happened a few weeks later and it was a really rich session.

The BACP Ethical Framework doesn't say you mustn't look, but the Good Practice in Action resource on social media is worth a read. I'd also think about what it means for her. An invitation to see her outside the room? A test of whether you'll be curious? A wish to be seen as well? Mine turned out to be mostly about wanting me to see she had friends, which linked straight back to her core belief about being unlikeable.

Hope that helps a bit.""",
        [("@ellie.unmasked", "handle")],
    ),
    (
        "b21b-010",
        """\
**Perinatal consultation: intrusive harm thoughts in a first-time mum, team split on risk**

I'm a psychologist in a community perinatal mental health team in England. Would really value perspectives, especially from anyone with OCD expertise.

**Presentation:** Woman in her early 30s, first baby, now 11 weeks old. From about week 2 she has had intrusive images of dropping the baby down the stairs and of "accidentally" drowning her in the bath. She is horrified by them. She now won't carry the baby on the stairs, has her partner do all bathing, and checks the baby's breathing repeatedly overnight. EPDS 19, with item 10 scored 0. Y-BOCS 24. No psychotic features, no history of bipolar disorder, no family history of puerperal psychosis.

**The split:** Our psychiatrist and I see this as classic postpartum OCD, ego-dystonic intrusions with avoidance and checking, and very low risk to the baby. The health visitor, understandably, was alarmed when the mum disclosed the thoughts, and there has been talk of a referral to children's social care. Mum is now terrified to say anything more to anyone, and I'm worried that's going to reinforce the whole cycle.

**Current plan:** sertraline 50 mg (compatible with breastfeeding per our pharmacist and the UKTIS/LactMed information), CBT with ERP starting next week, joint appointment with the health visitor to do some shared psychoeducation. I've been drawing on Fairbrother and Abramowitz's work on new-parent intrusive thoughts and the Challacombe perinatal OCD treatment papers.

**Question:** how do you explain the difference between OCD intrusions and genuine risk to colleagues in health visiting or social work without sounding like you're dismissing their safeguarding duty? Any one-pagers people have used? Our safeguarding lead is on board, but the MASH threshold conversation is still hanging over us.""",
        [],
    ),
    (
        "b21b-011",
        """\
Case for discussion: violence risk formulation, prison psychology

Forensic psychologist in trainee status, posting with my supervisor's agreement. Looking for thoughts on formulation more than on scoring.

Man in his late 20s serving an extended sentence for GBH with intent (s18 OAPA). Currently at HMP Altcourse; prison number A4417DT. Index offence on the 2nd of August 2019: a sustained assault on a stranger outside a takeaway after an argument, alcohol involved. Previous convictions for affray and ABH, all in the context of drinking and perceived disrespect.

Assessment so far:
- HCR-20 V3: historical items largely present, clinical items partially present (insight, instability), risk management items dependent on release plan.
- PCL-R not completed, not indicated at this stage.
- Engaged reasonably with the Kaizen-style work before his transfer and completed TSP.

Where I'm going with the formulation: the obvious script is "drunk young man with anger problems", but in interview what came through was shame. He described his dad beating him in front of friends when he was 11 and said, "After that, anyone who laughed at me got it." Every offence involves a perceived public humiliation. I'm thinking Gilligan's shame-violence model and some CFT ideas, with the Good Lives Model (Ward) for the release planning side.

Questions:
1. Has anyone written shame into a structured professional judgement formulation in a way the parole board found useful rather than "soft"?
2. Any experience of CFT in custody? I'm aware of the limits of doing trauma-focused work on a wing where he has to keep his guard up.""",
        [
            ("HMP Altcourse", "organisation"),
            ("A4417DT", "id_number"),
            ("2nd of August 2019", "date"),
        ],
    ),
    (
        "b21b-012",
        """\
Closing a case today and wanted to jot down some takeaways, partly for me and partly in case they help anyone. EMDR, single-incident trauma after a road traffic collision.

Client was a delivery driver in his fifties, involved in a motorway collision where another driver died at the scene. Referred about eight months later. Nightmares most nights, couldn't drive, hypervigilant as a passenger, and a lot of guilt even though the police were clear the other driver was at fault. PCL-5 58 at assessment, IES-R 61.

What helped:
- **Not rushing preparation.** He wanted to "get on with it" but his window of tolerance was narrow. Three sessions of resource development and a calm place that he actually believed in (his allotment, very specific sensory detail) paid off.
- **Targeting the guilt cognition, not just the image.** The worst image was the other car, but the hottest cognition was "I should have braked sooner". Cognitive interweaves around what he could have known at the time ("what did you see in the half-second before?") shifted it more than any amount of Socratic dialogue in the assessment phase.
- **Future template with a real drive.** We did the future template and then he drove his wife to the supermarket. First time behind the wheel in a year.
- **Checking in about the inquest.** I hadn't anticipated the inquest bringing everything back. Worth asking about legal processes early.

Numbers at close (session 11): PCL-5 19, IES-R 17. He's back at work on local routes and building up.

Reading that shaped this: Shapiro's standard protocol text, and the Parnell book on attachment-focused EMDR for the resourcing phase.""",
        [],
    ),
    (
        "b21b-013",
        """\
DAP note, student counselling service, session 4 of 6

D: Student (2nd year, engineering) attended on time. Reports low mood persisting, PHQ-9 16 (18 last session), GAD-7 13. Sleeping 3am-11am, missing most morning lectures. Has not opened his assessment portal since Reading Week. Discussed the email from his programme office; he is worried he will lose his place. Described feeling "like a fraud" among classmates. No suicidal ideation today; last passive thoughts two weeks ago. Drinking 2-3 nights a week, up to 8 pints, mostly at house parties.

A: Presentation consistent with moderate depressive episode with marked avoidance maintained by shame about academic failure. Avoidance of the portal is functioning like a safety behaviour. Risk low, protective factors include close friendship group and contact with mum.

P:
- With his written consent, to contact Student Support at University of Galway about extenuating circumstances; student number 20487713 given for the form.
- Set a 10-minute "open the portal" task with his housemate present.
- Discussed limits of six sessions. If not improving by session 6, referral to GP for consideration of medication and onward to primary care psychology.
- Next session same time next week.

Posting because I'd welcome views on whether the extenuating-circumstances request is the right move or whether it colludes with avoidance. I go back and forth.""",
        [("University of Galway", "organisation"), ("20487713", "id_number")],
    ),
    (
        "b21b-014",
        """\
Process reflection: countertransference in a Section 47 visit

I'm a social worker in a local authority children's safeguarding team in England. Writing this partly to process it, partly because I'd value thoughts from the therapists here on how you manage what I'm about to describe, because my team's supervision is very task-focused.

Yesterday I did a joint visit with the police following a Section 47 strategy discussion. Three children, the youngest aged 2. Concerns about neglect and a disclosure by the middle child at school about being hit with a belt. Mum was in her early twenties, clearly exhausted, kitchen piled with unwashed bottles, baby in the same nappy for what looked like most of the day.

What I noticed in myself was not anger but an overwhelming pull to rescue her. I found myself minimising in my head ("she's just tired, anyone would be") and I almost didn't ask the questions I needed to ask about the belt. I did ask, and she became very angry, and then I felt relief, as if her anger let me off the hook.

Thinking about it afterwards: Mum was a looked-after child herself. Her file has a 2009 child protection plan with her own name on it as the child. I think part of me was responding to her as the child in the room.

We're heading for an Initial Child Protection Conference. I want to write the report fairly, using Signs of Safety language about what's working as well as the worries, but I don't want my countertransference to soften the analysis of harm to the children.

For those of you who do psychodynamic work: how do you keep hold of your own reaction as information without letting it steer the decision? Working Together 2023 is great on process and silent on this.""",
        [],
    ),
    (
        "b21b-015",
        """\
**Urgent-ish consult: domestic abuse case, MARAC next week, client wants to drop out of therapy**

Counselling psychologist, IAPT-style service in the North West. I've been seeing a woman in her late 20s for trauma-focused CBT. Over the past month it's become clear she is in a current abusive relationship, not just carrying a past one.

Her partner, Kyle Brennan, has been checking her phone, turning up at her work, and last week strangled her during an argument. She's told me this in session, and she's told the police. A DASH was done by the IDVA and scored high risk (16 yes answers), so she's been referred to MARAC, which sits on Tuesday 19th.

Practical details the IDVA and I have shared with consent: he drives a grey Golf, reg YD21 KXP, and has been seen parked at the end of her road (Cranbrook Avenue) at night. She has a new mobile that he doesn't know about, 07700 900481, and has asked that only that number is used.

The dilemma: since the MARAC referral she has said she wants to stop therapy because "everything's getting too official" and she's scared he'll find out she's been "talking about him". I'm worried that stopping now would cut one of her few safe contacts, but I also respect that she gets to decide, and I don't want therapy to become another place where someone is telling her what to do.

What I'm considering:
- Offering to pause trauma processing and switch to stabilisation and safety-focused sessions.
- Shorter sessions, or phone check-ins at a time she chooses.
- Being explicit that she can leave and come back.

Has anyone navigated this? How much do you push to keep someone engaged when the risk is this high?""",
        [
            ("Kyle Brennan", "name"),
            ("Tuesday 19th", "date"),
            ("YD21 KXP", "id_number"),
            ("Cranbrook Avenue", "place"),
            ("07700 900481", "phone"),
        ],
    ),
    (
        "b21b-016",
        """\
Ha, welcome to EAP work! I'm an IACP-accredited counsellor in private practice in the west of Ireland and I've done EAP sessions alongside my own caseload for about six years.

Honestly, six sessions is very tight for anything beyond a straightforward adjustment issue. What I've learned:

1. **Assess in session 1 whether six is realistic.** If someone arrives with a long history of depression or trauma, I say so early and we talk about what a useful six sessions might look like (often stabilisation and a plan for longer-term help) rather than pretending we'll sort it all.
2. **Know your onward routes.** GP for a referral to primary care psychology (waiting lists vary hugely by area), the counselling in primary care service if they have a medical card, or private work if they can afford it. Pieta (1800 247 247) if there's suicide risk, and text 50808 for out-of-hours support.
3. **Be clear about confidentiality and the employer.** The EAP provider sends nothing back to the employer, but clients often assume it does. Spell it out.
4. **Don't carry on privately with the same client without thinking hard about it.** Most EAP contracts say something about this, and there's a conflict of interest question regardless. I check my contract and the IACP code, and I'd discuss it in supervision before agreeing.
5. **Notes.** Keep your own notes to your own standard, whatever the EAP form asks for.

Fees: most EAPs pay somewhere between 45 and 60 euro a session, which is below my private rate, so I cap how many EAP clients I take a week. Otherwise it creeps up and resentment creeps in with it, and clients can tell.

If you're also registering with CORU when it opens for counsellors, keep a log of your EAP hours, they should count towards your practice evidence.""",
        [],
    ),
    (
        "b21b-017",
        """\
Quick follow-up to my post about the client who kept sending long emails between sessions. We agreed one short email between sessions, acknowledged but not answered, with anything clinical kept for the session. She chose to keep using her personal address (niamh.kearney84@gmail.com) rather than the portal, and we talked through the privacy risks. Two weeks in: one brief email each week. Today she said she'd written three long ones and deleted them, and that it "felt like the first time I didn't need someone to hold it for me." Thanks all.""",
        [("niamh.kearney84@gmail.com", "email")],
    ),
    (
        "b21b-018",
        """\
BIRP note, acute adult inpatient ward, day 9 of admission

Behaviour: Patient detained under Section 2 MHA 1983, now day 9. Seen on the ward for 40 minutes in the quiet room with a member of the nursing team present. Calmer than on admission. Ate breakfast and lunch (first full meals since admission per nursing notes). Slept 6 hours last night. Still believes neighbours are "monitoring" him through the smoke alarm but says "maybe I've been overthinking it" about half of it. Pacing reduced. Took olanzapine 10 mg without argument for the third night in a row.

Intervention: Continued engagement-focused work. Used a normalising approach to his experiences (Kingdon and Turkington), exploring what else could explain the noises. Did some collaborative timeline work linking the onset of his beliefs to losing his job and three weeks of very little sleep. Discussed his Section 17 leave request; explained it's a decision for the RC at ward round but that we can plan what a short escorted walk would look like.

Response: Engaged throughout, more eye contact than last session. Tearful when talking about his mother, who he thinks is "ashamed". Agreed to a family meeting. HoNOS completed with nursing: total 18 (24 on admission).

Plan:
- Feed back to ward round on Thursday re: escorted Section 17 leave (30 mins, grounds only).
- Family meeting to be arranged with the nearest relative's agreement.
- Continue twice-weekly psychology sessions; introduce a CBTp-informed relapse signature next week.
- Consider whether Section 3 will be needed before Section 2 expires; AMHP aware.

Posting for comments on the formulation side. I'm a newly qualified clinical psychologist and this is my first acute post.""",
        [],
    ),
    (
        "b21b-019",
        """\
Looking for advice on a 15-year-old with restrictive eating, Irish context.

I work in a primary care psychology team (HSE), so we're not an eating disorder service, but the specialist team has a wait and she is with us in the meantime. GP is monitoring bloods and obs weekly.

She's in Transition Year at Loreto in Mullingar. Restriction started after a comment in PE about a year ago; she's lost about 8 kg. BMI centile has dropped from the 50th to below the 9th. EDE-Q global 4.2. Mum is very involved and very anxious; Dad works away during the week.

The thing I wanted to ask about: she told me the main thing keeping her "going" is her best friend Saoirse, who she says is "doing the same thing". She showed me messages where they compare meal plans and weights. She has begged me not to say anything because her friend's family "would kill her". I'm clear this is a child protection concern for the friend and will need to be passed on via Children First, but I'm worried about the therapeutic relationship, and about whether telling the school is the right route versus going through the friend's GP or Tusla.

Has anyone dealt with a peer pro-ana dynamic like this? How did you handle the disclosure with the young person in front of you? I'm planning to tell her before I act, and to do it together if she'll agree.""",
        [("Loreto", "organisation"), ("Mullingar", "place"), ("Saoirse", "name")],
    ),
    (
        "b21b-020",
        """\
**Consultation: adult autism assessment, high masking, instruments not agreeing**

Clinical psychologist, adult neurodevelopmental service, England. Would love thoughts from anyone who does a lot of assessment of women who mask.

**Referral:** Woman in her late 30s, self-referred via GP after her son was diagnosed. Long history of anxiety and recurrent depression, treated twice in Talking Therapies with "partial response". Works in a busy call centre and describes coming home and lying in a dark room for two hours every evening.

**Findings so far:**
- AQ-50: 38.
- RAADS-R: 142 (well above cut-off).
- ADOS-2 Module 4: below threshold. She was articulate, made good eye contact (she told me afterwards she'd "practised in the mirror"), and produced a very fluent reciprocal conversation.
- Developmental history from her mother: mixed. Mum remembers "a quiet, particular child" but was reluctant to say much about early social play.
- CAT-Q: very high camouflaging scores.

**Dilemma:** the self-report and the history point one way, the ADOS the other. NICE CG142 is clear that no single instrument should decide, but the panel at our MDT gets nervous when the ADOS is below cut-off.

**Questions:**
1. How are others weighting observational measures against CAT-Q and history for high-masking adults?
2. Anyone using the MIGDAS-2 or a semi-structured interview like the ADI-R with partners rather than parents in these cases?
3. How do you write the report so it holds up if she is later seen by another service?

Reading that's helped: Hull and colleagues on camouflaging, and the Lai papers on sex differences in presentation.""",
        [],
    ),
    (
        "b21b-021",
        """\
Supervision reflection, CBT trainee (PGDip), Talking Therapies service

Client: man in his 50s, health anxiety, session 6.

What happened: this week he arrived with a printed list of 14 symptoms and asked me to go through them "one by one" to confirm none of them were cancer. I know from training that reassurance maintains the cycle, and we had agreed in session 3 to drop reassurance seeking as a target. Still, I spent the first 15 minutes half-answering, hedging, saying things like "that's really one for your GP". Which is its own form of reassurance.

He's been to his GP, Dr Fiona MacLeod, four times in six weeks. She rang me (with his consent) and asked whether we could coordinate a single message, because he is now booking appointments every Monday morning. That felt like a gift, actually.

What I want to take to supervision:
- Whether to do a joint letter with the GP with one consistent line about reassurance.
- My own anxiety. I have a family history of bowel cancer and caught myself wondering, for a second, about one of his symptoms. I think that's why I hedged.
- The behavioural experiment we planned for Tuesday the 9th: a week with no body checking and no googling, with before/after SHAI and anxiety ratings. I want to set it up properly rather than just hand it over.

I've been re-reading Salkovskis and Warwick on health anxiety and the newer Tyrer CBT-HA trial.""",
        [("Fiona MacLeod", "name"), ("Tuesday the 9th", "date")],
    ),
    (
        "b21b-022",
        """\
Care home consultation: distressed behaviour in advanced dementia, staff asking for "something to calm her"

Clinical psychologist, older people's service in the north of England. I was asked to advise a nursing home about a resident in her late 80s with advanced Alzheimer's (diagnosed about six years ago). She shouts repeatedly in the late afternoon, grabs at staff during personal care, and has hit two carers. The GP has been asked for lorazepam and the home has mentioned "needing a higher level of care".

What I've done so far:
- Observation over two afternoons plus the home's ABC charts for three weeks. Cohen-Mansfield Agitation Inventory completed with the key worker.
- Pain: Abbey Pain Scale scored 9 during personal care. She has known arthritis in both hips and is only on paracetamol PRN, rarely given because she "can't ask".
- Formulated using the Newcastle model. The shouting peaks around 4pm, when the day staff hand over and the lounge gets noisy. Her life history book says she was a primary school teacher for 30 years, and end-of-school-day was the busiest, most noisy part of her life. Staff had also been doing personal care two at a time from behind, which is frightening if you can't make sense of who is touching you.

Recommendations:
- GP to review analgesia (regular paracetamol, consider a buprenorphine patch) and the request for lorazepam put on hold.
- Personal care by one familiar carer, approaching from the front, with a short narrated explanation.
- Quiet space for her from 3.30pm, with music from her era.
- Best-interests discussion under the MCA 2005 about covert analgesia if she refuses tablets, and check the DoLS authorisation covers the current plan.

Question for the forum: how do you keep these changes going after the psychologist leaves? Kitwood talks about malignant social psychology; in my experience the biggest threat is staff turnover.""",
        [],
    ),
    (
        "b21b-023",
        """\
Intake notes for MDT allocation, adult psychological therapies (posting the structure for feedback on the template, please shout if anything here should have been stripped)

Name: Ross Gallacher
CHI: 0211874421
DOB: 02/11/1987
Address: 27 Clepington Road, Dundee, DD3 7RN
Tel: 07700 900762
GP: Lochee Health Centre
Partner: Kirsty (lives with him)

Referral: GP referral, routine, "low mood and anger since redundancy, ?PTSD".

History: Made redundant from Michelin when the plant closed, after 14 years on the line. Since then has had two short-term jobs. Reports irritability, poor sleep, drinking 20-30 units a week. Describes a workplace accident in which a colleague was seriously injured in front of him; intrusive memories of this most days and avoidance of anything to do with the factory. Partner has said she'll leave if the shouting doesn't stop.

Measures: PHQ-9 18, GAD-7 15, PCL-5 47, AUDIT 14.

Risk: No current suicidal intent; previous overdose at 19. No violence to others, though partner "frightened of his temper". Two children (7 and 10) in the household, so we'll need to consider the children's wellbeing in the care plan.

Suggested pathway: trauma-focused CBT (Ehlers and Clark model) once drinking is under 14 units, with brief alcohol intervention meantime. Partner invited to a joint session.""",
        [
            ("Ross Gallacher", "name"),
            ("0211874421", "id_number"),
            ("02/11/1987", "date"),
            ("27 Clepington Road", "place"),
            ("Dundee", "place"),
            ("DD3 7RN", "place"),
            ("07700 900762", "phone"),
            ("Lochee Health Centre", "organisation"),
            ("Kirsty", "name"),
            ("Michelin", "organisation"),
        ],
    ),
    (
        "b21b-024",
        """\
Replying to the thread on risk formulation vs risk scoring, because it's something I feel strongly about.

I'm a consultant nurse in a crisis resolution and home treatment team. Since NICE NG225 came out, our Trust has officially stopped using risk prediction tools to decide who gets what, which I think is right. But the old habit of writing "risk: low/medium/high" at the bottom of the note dies hard.

What we've moved to is a formulation built around the 4Ps plus a few questions:
- What is the person's story of how they got to this point?
- What has kept them safe before, and is any of that still available?
- What would make things worse in the next 24-72 hours (discharge from the ward, a court date, a benefits decision, a bad anniversary)?
- What do they want from us, and what do their family want?

Then a safety plan done with the person, Stanley and Brown style, in their words. We always add Samaritans 116 123, Shout 85258 and NHS 111 (option 2 for mental health in England), but the most useful lines on the plan are usually the personal ones: "text my sister", "walk the dog to the end of the lane".

Two cautions from experience:
1. A formulation is not an excuse to stop asking directly about suicidal thoughts, plans and intent. Ask every time.
2. Write down what would change your view. If the person says the thing keeping them going is their job interview on Friday, the formulation should say what we'll do if it doesn't go well.

If anyone wants references, the Zero Suicide framework and the Hawton work on self-harm in young people are the ones I send round the team.""",
        [],
    ),
    (
        "b21b-025",
        """\
Process notes, session 17, psychodynamic psychotherapy (written up after the session, near-verbatim where in quotes). Sharing for a peer consultation group I'm part of; I'd value thoughts on my last intervention.

Client arrived 7 minutes late, said the bus was "a nightmare". Sat on the edge of the chair with her coat on.

C: "I wasn't going to come. i told dean I had a dentist thing, he'd have gone mad if he knew I was coming here again."
[I noticed I felt a flash of irritation, at dean or at her I couldn't tell.]
T: "It sounds like coming here is something you have to hide."
C: "Everything's hidden. I had to hide Bobby at my mum's because dean said he'd get rid of him." (Bobby is her dog, a whippet she talks about more warmly than anyone else.)
Long silence. She took her coat off.
C: "It was Hogmanay 2022, that was the first time he put his hands on me. Everyone was out in the street and I was inside with a burst lip."
T: "And you've been keeping that inside, too."
C: (crying) "I'm sick of crying in here."
T: "Maybe this is one of the few places the crying is allowed."

After this she talked about her father, who she described as "loud, then sorry, then loud again".

My reflection: the last intervention felt right in the room but on writing it up I worry I moved too quickly to make the room a safe haven, when she's also telling me she is currently unsafe at home. I'll need to come back to current risk explicitly next session. I'm also noticing that I'm now carrying a picture of the dog more vividly than of her partner, which feels like it might mirror how she keeps the frightening thing at a distance.""",
        [("dean", "name"), ("Bobby", "name"), ("Hogmanay 2022", "date")],
    ),
    (
        "b21b-026",
        """\
Couples consultation: stuck in the pursue-withdraw cycle, six sessions in

I'm a couples therapist (EFT-trained, externship and core skills, not yet certified) working privately in the south of England. Would love thoughts from anyone who uses EFT or Gottman.

Couple in their 40s, together 18 years, two teenagers. Presenting issue: "constant arguments" and, in her words, "I feel like a flatmate". His words: "nothing I do is ever enough." Classic pursue-withdraw. She pursues with criticism; he stonewalls and eventually leaves the room. Gottman's four horsemen are all present, but contempt is the one worrying me, and it's coming from both of them at different points.

Measures: DAS total 78 for her, 86 for him. Both said on the individual sessions that they want to stay together, no affairs disclosed, no violence.

What I've done: de-escalation stage work, tracking the cycle, getting them both to name it ("the thing" is what they now call it). They can describe it beautifully in session. At home nothing changes.

I think I'm stuck because I'm not getting underneath to the attachment emotions. He's very cognitive ("I just think she's unreasonable"), and when I slow down and reach for his experience he jokes. She then gets frustrated with him for joking, and the cycle starts in the room.

Questions:
- How do you slow down a withdrawer who deflects with humour, without shaming him in front of his partner?
- Would you bring in some Gottman repair work now, or stay with EFT stage 1?
- Is there a point where you'd suggest a couple of individual sessions each, or does that risk triangulation?

Sue Johnson's Hold Me Tight has gone home with them, and they're both, to their credit, reading it.""",
        [],
    ),
    (
        "b21b-027",
        """\
Follow-up on the young man with a learning disability and the "refusing to get off the bus" behaviour.

Thanks again for the suggestions about functional assessment. Short version: it was about the bus, but not in the way we thought.

We did a proper functional assessment with his support workers over three weeks. The refusal happened only on Tuesday and Thursday mornings, the days he goes to the Hollybank day centre rather than his college placement. On those days the driver is different and, it turns out, plays the radio very loud. He has marked auditory sensitivity that was in his childhood assessment but had dropped out of his current PBS plan.

Changes: ear defenders on the bus, a visual timetable that shows which driver he'll have, and a request to the transport service to keep the radio off. In four weeks there has been one refusal, on a day the driver changed at short notice.

Lesson for me: always go back to the sensory profile, and read the old reports properly.""",
        [("Hollybank", "organisation")],
    ),
    (
        "b21b-028",
        """\
**Structured summary for peer review: first-episode psychosis, EIP team**

**Context:** Care coordinator (OT by background) in an Early Intervention in Psychosis team, England. Posting for reflections on engagement, which is the main issue.

**Client:** Young man, 19, living with his mum and younger sister. Left sixth form during Year 13 after becoming increasingly withdrawn. Six months of unusual experiences before first contact: hearing two voices commenting on what he does, a sense that strangers on social media were sending him messages through song lyrics. Heavy cannabis use (skunk) most days from age 15.

**Assessment:** CAARMS done at referral, subsequently met threshold for a first episode. PANSS positive 21. No command hallucinations. Clear risk of self-neglect and of exploitation (owes money to a dealer).

**Treatment so far:** aripiprazole 5 mg, increased to 10 mg, with the voices now "quieter". Offered CBTp (he has declined for now), family intervention (mum has engaged well, he has not), and IPS employment support (he likes the idea).

**Engagement:** He misses about half of appointments. When seen, he's polite but closed. The best contacts have been walking ones, and he opened up a little when we went to the gym together on a Tuesday afternoon.

**Questions for the group:**
1. How hard do you push on cannabis in the first few months? He says it's the only thing that helps him sleep.
2. Has anyone used peer support workers early to bridge engagement before formal therapy?
3. Any favourite reading for families? I've been using the Hearing Voices Network resources and Bentall's Madness Explained for myself, and some of the Garety and Freeman papers on paranoia.""",
        [],
    ),
    (
        "b21b-029",
        """\
Could do with some thoughts on a veteran I'm seeing privately. I'm a counsellor in Northern Ireland, accredited with BACP, and I do a fair bit of work with ex-forces.

He's in his late 30s, served 12 years with 1 Royal Irish, including two tours of Helmand. Left the army about four years ago. He was referred by his wife, Tracey, who rang me herself after he put his fist through a door. He's come four times now.

What's striking is how little he'll say about Afghanistan. He'll talk about growing up in Ballymena, about the Troubles in his family, about his dad, but goes very still if I go near his tours. PCL-5 he completed at home: 52. He drinks most evenings and won't see a GP because "they'll put it on my record".

I've mentioned Combat Stress and the veterans' service route, but he's adamant he doesn't want anything "military" and he likes that I'm not from that world.

My questions:
1. Is it OK to go slowly and build the relationship, or am I colluding with avoidance at this point?
2. Anyone with experience of the legacy of the Troubles layered over combat trauma? I'm finding it hard to know which trauma we're actually working with.
3. How do you raise the drinking without losing him?

I'm aware of my own limits here and my supervisor and I have discussed whether I'm the right person. For now he's clear he doesn't want to move on.""",
        [("1 Royal Irish", "organisation"), ("Tracey", "name"), ("Ballymena", "place")],
    ),
    (
        "b21b-030",
        """\
Closing takeaways: bereavement counselling in a hospice, 14 sessions

Ending with a client today, a woman in her early 60s whose husband died on the in-patient unit after a short illness. She was referred by the hospice family support team about three months after the death. She had been struggling with intrusive memories of the last night and strong guilt that she went home to sleep and wasn't with him when he died.

What I'll take away:

1. **Worden's tasks were a useful map, not a route.** She needed to spend a long time on the reality of the loss, going over and over the last 48 hours, before anything else could happen.
2. **The dual process model helped her give herself permission.** Stroebe and Schut's idea of oscillating between loss-oriented and restoration-oriented coping made sense to her. She stopped criticising herself for "having a nice day" at the garden centre.
3. **The guilt needed facts.** With her consent I arranged for one of the nurses from that night to meet her. Hearing that he was comfortable, and that many people die when the family steps out, shifted something that months of reassurance hadn't.
4. **The first anniversary came up earlier than I expected.** From session 10 she was anticipating it. Next time I'll plan for it explicitly much sooner.
5. **Screen for prolonged grief, but don't over-pathologise.** Her ICG at the start was 34, which prompted me to think about prolonged grief, but at close it's 19. She's grieving, not stuck.

She'll be invited to the hospice's remembrance service at Christmas, and has been given Cruse's details for the future.""",
        [],
    ),
    (
        "b21b-031",
        """\
Counsellor in the Counselling in Primary Care service here. I think what you're describing with your client sounds a lot like something I'm seeing at the moment, so for what it's worth:

Mine is a man in his 40s, an engineer at Intel in Leixlip, who came in with "burnout" and turned out to have been having panic attacks in the car park for over a year. Long hours, a big restructure, a manager who is probably fine but who he experiences as constantly disappointed in him. He is very good at describing it all analytically and very bad at noticing anything in his body until it's a full-blown panic.

What helped us:
- Slowing right down and doing some body-based work (grounding, noticing heart rate, simple breathing) before any cognitive work. He thought it was "a bit hippy" and then started doing it in the car before going in.
- Looking at his values rather than his goals, ACT-style. It turned out he doesn't really care about promotion; he cares about being home for his kids' matches.
- One letter from his GP to occupational health, which got him a phased return.

The eight-session limit in CIPC is frustrating. We're at session 7 and I'm writing to the GP about primary care psychology for longer-term work, but I'd be surprised if there isn't a long wait.""",
        [("Intel", "organisation"), ("Leixlip", "place")],
    ),
    (
        "b21b-032",
        """\
Consultation question: childhood OCD, parents heavily accommodating, Year 6 with SATs coming

I'm a CBT therapist in a CAMHS getting help / getting more help team in England. Would welcome thoughts, especially from anyone who has used SPACE.

Boy aged 10, in Year 6. Contamination fears and "just right" rituals. Hand washing up to 40 times a day, with cracked and bleeding hands. Insists his mum washes all his school uniform separately and re-wipes the door handles when anyone comes home. Bedtime routine takes 90 minutes. CY-BOCS 26. No tics, no other significant difficulties.

We've done four sessions of CBT with ERP. He engages in session, builds a hierarchy, does the exposures with me. At home nothing changes, and I think it's because the family are accommodating everything. Mum is exhausted and frightened of his distress; dad works long hours and mostly says "just do what he wants, it's easier".

I'm considering switching emphasis to the parents using Lebowitz's SPACE programme, supportive statements plus a plan to reduce accommodation step by step. I've read the book and the RCT, but haven't run it before.

Questions:
1. Has anyone run SPACE alongside child-focused ERP, or do you do one then the other?
2. How do you handle a parent who doesn't see the accommodation as a problem?
3. SATs are in May and mum is worried about destabilising him beforehand. Would you wait until after?

He also mentioned he's worried about going to secondary school in September, which might be a good motivator. NICE CG31 supports family involvement but doesn't say much about how.""",
        [],
    ),
    (
        "b21b-033",
        """\
SOAP note (shared for peer review of how I document risk following an incident)

S: Client attended for scheduled session 8. Reported that she had taken 16 paracetamol on the evening of 17/03/2024 after an argument with her sister, then called an ambulance herself within an hour. Treated in A&E with acetylcysteine and discharged after mental health liaison review. Says she "didn't want to die, wanted it to stop". Says she feels "embarrassed and a bit relieved". Denies current suicidal intent. Has told her partner.

O: Calm, good eye contact, tearful when describing the argument. Speech normal. No evidence of psychotic symptoms. PHQ-9 19 (was 15 last session). Item 9 scored 2.

A: Impulsive overdose in the context of interpersonal conflict, with low intent and rapid help-seeking. Current risk to self assessed as elevated relative to baseline, though not acute. Key drivers: conflict with sister, poor sleep, and ongoing shame.

P:
- Safety plan reviewed and updated with her, including removing stockpiled medication (partner to hold it).
- Consented to me writing to her GP about the overdose and requesting smaller prescriptions.
- Agreed to weekly sessions for the next month, rather than fortnightly.
- Will discuss in supervision on Wednesday.

My question: does this feel balanced, or have I under-documented anything important?""",
        [("17/03/2024", "date")],
    ),
    (
        "b21b-034",
        """\
Supervision reflection: a rupture I didn't see coming

I'm a counselling psychologist working in a secondary care psychological therapies service. I've been seeing a man in his 30s for 12 sessions, schema therapy informed, for chronic depression and long-standing relationship difficulties.

Last week I arrived four minutes late because the previous session overran. I apologised briefly and we got started. About twenty minutes in he said, flatly, "It's fine, I'm used to being last on the list." I heard it, and I moved on. I think I felt guilty and I didn't want to sit in that.

The rest of the session was polite and empty. He cancelled the next one by email.

In supervision we used Safran and Muran's withdrawal rupture framework, and it was obvious in hindsight. His core schema is emotional deprivation, and I had just enacted it. Then, when he gave me the chance to notice, I withdrew too.

What I plan to do:
- Write to him acknowledging the lateness and, more importantly, that I didn't pick up what he said about being last on the list.
- If he comes back, invite a metacommunication about what happened, making it clear I'm interested rather than defensive.
- Be honest with myself about how often I overrun with the client before him, and what that says about where my attention goes.

We also used Hawkins and Shohet's seven-eyed model to think about the parallel process, because I'd been feeling deprioritised by my own service that week after a restructure.

Curious if anyone has written to a client after a rupture like this and how it landed.""",
        [],
    ),
    (
        "b21b-035",
        """\
Case presentation: online harassment, young adult, question about what belongs in therapy vs the police

Psychologist in a community adult team. Client is a woman of 22, living in Swindon, referred with anxiety and low mood. Over the past eight months she's been subjected to sustained online harassment by an ex-partner she met through gaming. She blocked him everywhere, but new accounts keep appearing.

She showed me (and has given to police) screenshots of a fake Instagram profile using her photos: https://www.instagram.com/not.really.her_22. The ex plays under the gamer tag xXGhostRider_7Xx and has messaged her friends from that account. Police have told her the IP address linked to the fake profile, 81.102.47.219, traces back to his broadband. There is an open police investigation.

Clinically: GAD-7 19, PHQ-9 15. She checks her notifications compulsively, has stopped gaming (her main social outlet), and describes constant dread. She's also very self-blaming ("I should never have sent him photos").

Questions:
1. How much do you involve yourself in the practical and legal side? She keeps bringing screenshots into session and I worry the sessions are becoming evidence review.
2. Any good frameworks for trauma work where the threat is ongoing? A lot of the standard trauma-focused models assume the danger is over.
3. Has anyone worked alongside the police cyber unit or a victims' service in a way that helped?

She's very keen to get her life back, which is a strength to work with.""",
        [
            ("Swindon", "place"),
            ("https://www.instagram.com/not.really.her_22", "url"),
            ("xXGhostRider_7Xx", "handle"),
            ("81.102.47.219", "ip"),
        ],
    ),
    (
        "b21b-036",
        """\
Reply on the interpreters thread. I've worked with asylum-seeking and refugee clients for about nine years, mostly in a specialist NHS trauma service, so a few things from experience:

**Brief the interpreter before every session, not just the first.** Ten minutes beforehand: what the session will involve, whether there will be trauma material, the fact that you want first-person interpretation ("I feel", not "she says she feels"), and that they can ask to pause. Debrief afterwards too, because interpreters get vicarious trauma and are rarely offered support.

**Check the language, dialect and politics, not just the language name.** "Dari" or "Kurdish" covers a lot. With one Afghan client, the first interpreter was from a different ethnic group and the client was visibly guarded. Asking privately whether the interpreter is OK for them can save months. Keep the same interpreter if you can.

**Be careful with the Home Office process.** Many clients are preparing for an asylum interview or appeal. Be clear about what your notes can and can't be used for, and if you're asked for a report, talk to your supervisor or signpost to Freedom from Torture.

**Use measures carefully.** PHQ-9, GAD-7 and PCL-5 have translations, but many scales assume literacy and concepts that don't translate. The Refugee Health Screener-15 can be a better starting point, and I'll often just use a simple 0-10 scale.

**Practical needs first.** Section 95 support, housing moves at short notice, and the uncertainty of a decision letter will often dominate. That is part of the therapy, not a distraction from it.

**Think about where you sit in the room.** A triangle, with you and the client facing each other and the interpreter slightly to one side, keeps the relationship between you and the client. If the interpreter sits between you, the client will end up talking to them.

**Watch the pace.** Everything takes twice as long. I plan 75-minute sessions and cut content, not settling time. For trauma-focused work (NET and TF-CBT both have a decent evidence base with refugee populations) I slow the narrative right down so the interpreter isn't forced to summarise.

**Look after yourself.** Hearing torture narratives twice (once in the client's voice and once in the interpreter's) has its own weight. Get supervision specifically for this work. Papadopoulos's writing on the "therapeutic care" of refugees, and Tribe and Raval's book on working with interpreters, are both worth a look.""",
        [],
    ),
    (
        "b21b-037",
        """\
Update on the 8-year-old with selective mutism I posted about in the autumn.

Good news: he spoke to his teacher for the first time last week! It was one word ("yes"), in a whisper, with his mum in the room, but the class teacher was nearly in tears, and so was I when mum rang me.

What we did, following the sliding-in technique from the Johnson and Wintgens manual: started at home with mum, then mum and the classroom assistant in the empty classroom after school, then gradually faded mum out and the teacher in. Mum has been amazing. School (St Malachy's Primary) have been brilliant too, letting us use the classroom after hours and not putting any pressure on him to speak in class.

A practical point for anyone working with schools in NI: the referral to the Education Authority's educational psychology service was much quicker once I included his H&C number (612 347 8890) on the form, because it linked straight to his health record and the paediatric assessment. I hadn't realised they'd need it.

Next steps: build up to speaking to the teacher without mum, then to one peer. We're also thinking about the transition to P5 in September.""",
        [("St Malachy's Primary", "organisation"), ("612 347 8890", "id_number")],
    ),
    (
        "b21b-038",
        """\
Group notes, compassion-focused therapy group, Talking Therapies step 3, week 5 of 10

Attendance: 8 of 10 (2 apologies, one unwell, one childcare). Two facilitators.

Check-in: a round of "one word for how you're arriving". Words included "drained", "hopeful", "sceptical" and "here". Two members mentioned it had been a hard week with Ramadan and fasting; one said Diwali preparations were "lovely but a lot". We acknowledged that the time of year brings up a lot of different things for people.

Practice: soothing rhythm breathing, 5 minutes, then safe place imagery. One member found the imagery upsetting because "I don't have a safe place". We normalised this and suggested using a safe sound or a colour instead. Several people found this helpful.

Teaching: the three systems model (Gilbert). Drew the three circles on the flipchart and invited members to map their week. Most groups, as usual, mapped very big threat and drive circles and a tiny soothe circle. One member said, "My soothe system is a packet of biscuits and Netflix," which got a big laugh and then a thoughtful discussion about soothing vs numbing.

Home practice: five minutes of soothing rhythm breathing daily, plus noticing one moment each day when the soothe system was active.

Measures (mid-point): average PHQ-9 down from 17.3 to 14.1, average GAD-7 from 15.8 to 13.2. FSCRS self-criticism scores are moving more slowly, which is what we'd expect.

Facilitator reflection: the group is starting to talk across to each other rather than through us. Next week is compassionate self and the "compassionate other" exercise.""",
        [],
    ),
    (
        "b21b-039",
        """\
New private client, posting my initial assessment write-up for peer feedback (structure and formulation, not the content). I've left it as it went into my notes; please tell me if you'd do it differently.

**Initial assessment**
Client: Priya Raghunathan
DOB: 09/04/1991
Address: Flat 3, 42 Chatsworth Road, Hackney, E5 0LS
Email: priya.r.design@outlook.com
Mobile: 07700 900318
Occupation: senior UX designer, Monzo
Referred by: self, via website.

**Presenting problem:** Perfectionism and burnout. Working 60-hour weeks, recurrent migraines, two short periods off work in the past year. Describes a "harsh inner voice" and a lifelong sense that her achievements never count. Sleep poor, appetite fine. No history of self-harm.

**Background:** Only child of parents who moved to the UK from Tamil Nadu before she was born. High academic expectations at home. Describes her relationship with her parents as loving but "like a performance review".

**Measures:** CORE-10: 22. GAD-7: 14. FMPS: very high concern over mistakes.

**Formulation (initial):** CFT-informed: high drive and threat, underdeveloped soothe system. Core belief "I am only acceptable if I'm exceptional." Perfectionism as safety behaviour maintaining her anxiety. Work culture reinforces it.

**Plan:** 12 sessions of CBT for perfectionism (Shafran, Egan and Wade), with compassion-focused elements. Review at session 6.""",
        [
            ("Priya Raghunathan", "name"),
            ("09/04/1991", "date"),
            ("Flat 3, 42 Chatsworth Road", "place"),
            ("Hackney", "place"),
            ("E5 0LS", "place"),
            ("priya.r.design@outlook.com", "email"),
            ("07700 900318", "phone"),
            ("Monzo", "organisation"),
        ],
    ),
    (
        "b21b-040",
        """\
Really good question, and one I had to think hard about when I went into private practice.

I'm an HCPC-registered counselling psychologist. A few things I've learned about notes and GDPR in the UK:

- **Register with the ICO.** If you're in private practice and holding health data, you almost certainly need to pay the data protection fee. It's cheap, and there's no excuse not to.
- **Know your lawful basis.** For health data you need an Article 6 basis and an Article 9 condition under UK GDPR, and the Data Protection Act 2018 Schedule 1 conditions. Most of us rely on "provision of health care" rather than consent, which matters because consent can be withdrawn.
- **Subject access requests.** Clients can ask for their notes, and you have one calendar month to respond. Write everything as if the client will read it, because they might. I've never regretted that rule.
- **Retention.** I keep adult records for seven years after the end of therapy, in line with the BACP and BPS guidance I've seen, and longer for children. Put your retention policy in your privacy notice.
- **Process notes.** Some people keep separate process notes and think they're exempt from SARs. They're not, if they identify the client. Write them with that in mind.
- **The Caldicott principles** are written for NHS settings, but are a good way to think about what you actually need to share when you write to a GP.

And practically: an encrypted, UK or EU-hosted notes system, two-factor authentication, and never email clinical details to yourself. My supervisor asks about data protection at my annual review and I think that's a good habit.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b21b"}
        for doc_id, text, items in DOCS
    ]
