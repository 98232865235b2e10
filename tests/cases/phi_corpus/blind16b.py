"""Blind batch b16b, written by a helper session without sight of the guard. Forty posts from a
peer-consultation platform by clinicians in England, Scotland, Wales, Northern Ireland and the
Republic of Ireland, across NHS, HSE, university, third-sector and private-practice settings:
case presentations in Markdown, consultation questions, chatty replies, follow-ups, closing
takeaways, SOAP/DAP/BIRP notes, process notes, supervision and Gibbs reflective logs, and
group-session notes (DBT skills, carers, bereavement, group supervision). Twenty carry
identifiers: names of clients, relatives, partners, GPs, teachers and social workers, including
ordinary-word names (Joy, Sunny), nicknames (Wullie), Irish/Welsh/Scottish/Polish names and a
lower-case name inside a quote, towns, suburbs, streets and postcodes, dates
(day-month, ordinal, numeric, holidays with a year), ages over 89, UK and Irish phone numbers,
email addresses, an IP address, a blog URL, social and gamer handles, NHS/H&C/CHI/student/prison/service/case
numbers and a vehicle plate, and named employers, schools, hospitals, courts, a nursing home,
approved premises and a military unit. Twenty are clean but dense with look-alikes: theorists
and authors (Ehlers and Clark, Linehan, Gilbert, Hawkins and Shohet, Safran and Muran, Bion,
Winnicott, Karpman, Kuipers), book titles, instruments and scores (PHQ-9, GAD-7, CORE-10,
Y-BOCS, EPDS, AUDIT, MoCA 24/30), ICD codes, medications and doses, UK and Irish legislation,
national services and helplines (Samaritans 116 123, SHOUT 85258, Breathing Space, NHS 24,
DAN 24/7, HSE Drug and Alcohol Helpline), public figures, brands, regions, weekdays, months and
holidays without a year.

First-sight figures, with the guard at 663890a (measured at e81fff2, which changed only test
floors): span recall 0.962, precision 0.933, identifier documents fully caught 0.750, clean
documents flagged 0.150 (the guard at 5d372b1, where this session started: 0.962, 0.869,
0.750, 0.350).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b16b-001",
        """**Consultation request: Step 3 trauma-focused CBT, stuck around session 8**

**Background:** 34-year-old woman referred by her GP, Dr Harpreet Sandhu at the Moss Side practice, after a PHQ-9 of 19 and GAD-7 of 16 at assessment. She works nights as a healthcare assistant at Wythenshawe Hospital and lives with her partner, Dele, and their two children in Longsight. No previous contact with secondary care.

**Presenting problem:** Intrusive images and a strong sense of current threat following a needlestick injury on shift on 9 February. Bloods came back clear but she describes "waiting for the result that's actually true". Hypervigilance at work, avoidance of the ward where it happened, sleep down to about 4 hours.

**What we've done:** Working from the Ehlers and Clark model: timeline, reliving with cognitive restructuring of hotspots, site visit planned. PCL-5 has moved from 58 to 49, which is something, but she's plateaued.

**Where I'm stuck:** The stuck point seems less about the injury and more about a belief that she'd be blamed ("they'll say I was careless, and they'd be right"). I'm wondering whether this is really a shame-based memory rather than a fear-based one, and whether I should bring in some CFT-informed work (Gilbert, Lee) before going further with reliving. Has anyone blended the two inside a 12-session envelope without it turning into mush? My supervisor is supportive but also keen I don't drift.""",
        [
            ("Harpreet Sandhu", "name"),
            ("Moss Side", "place"),
            ("Wythenshawe Hospital", "organisation"),
            ("Dele", "name"),
            ("Longsight", "place"),
            ("9 February", "date"),
        ],
    ),
    (
        "b16b-002",
        """Really good question, and one I argue about with myself regularly. A few thoughts from ten years of mostly trauma work in an NHS secondary care psychology service:

1. NICE NG116 puts TF-CBT and EMDR side by side for adults, so I don't think you need to justify either choice on evidence grounds. The question is fit. For single-incident stuff where the meaning is doing the damage, I go Ehlers and Clark nearly every time; the cognitive restructuring of hotspots is just so targeted.
2. Where the client can't tolerate talking through the narrative at all, EMDR has been kinder in my experience, but I'd want to be confident about stabilisation first. Shapiro's own protocol is clearer on this than people give it credit for.
3. Don't ignore the PCL-5 plateau. A drop from the high 50s into the 40s and then stalling is really common around sessions 6-8, and it often signals an unaddressed second hotspot.

On the medication side, sertraline 100 mg isn't going to get in the way of either approach, though if she's on anything PRN (promethazine, diazepam) I'd check she's not taking it before sessions. The Maudsley Prescribing Guidelines have a decent section on benzos and exposure if you want something to wave at the GP.

And obviously if risk escalates, the usual: crisis team, Samaritans on 116 123, SHOUT on 85258. Good luck, and keep us posted.""",
        [],
    ),
    (
        "b16b-003",
        """SOAP: CAMHS, Choice appt 3

S: Eilidh (15, S4) attended with mum. Reports school refusal has "got worse since the October week". Says she can get to the gate at Bellahouston Academy but "my chest goes and I just turn round". Guidance teacher Mr Donnelly has offered a part-time timetable and a quiet room at break. Eilidh says mornings are worst; Sunday nights she doesn't sleep. Denies self-harm currently; last episode over a year ago (superficial cutting, disclosed to school nurse at the time). Mum feels "out of ideas" and is worried about her own work (shifts).

O: Tearful when describing school, otherwise bright, good eye contact, engaged well with the formulation diagram. RCADS total T-score 71, with separation anxiety and panic subscales most elevated. CHI 1207091234 checked against referral.

A: Picture consistent with panic with avoidance, maintained by escape and by reassurance from mum (which both of them recognise). No evidence of low mood meeting threshold. Risk assessed as low; safety plan reviewed and still current.

P: Graded exposure hierarchy to start next session, beginning with walking to school with mum on a non-school day. Psychoeducation leaflet on panic sent home. Liaise with Mr Donnelly re consistent re-entry plan. Signposted mum to Parent Club and Breathing Space for herself. Next appt Thursday 3rd October, 4pm.""",
        [
            ("Eilidh", "name"),
            ("Bellahouston Academy", "organisation"),
            ("Donnelly", "name"),
            ("1207091234", "id_number"),
            ("3rd October", "date"),
        ],
    ),
    (
        "b16b-004",
        """Looking for a bit of a sense-check from anyone who's worked with post-separation abuse here in Ireland.

Client (30s, private practice, self-referred) separated from her partner about 18 months ago. Two kids; the younger one, Saoirse, is 4. There's an access arrangement through the District Court and it's become the main vehicle for control: late handovers, last-minute changes, texts at 2am. Since St Stephen's Day 2023 he's been posting about her on TikTok under @declan.k.fitness, never naming her, but everyone in Ballincollig knows exactly who it's about. She's mortified and says she can't go into the school yard anymore.

She's been in touch with Women's Aid and has their helpline number. She hasn't gone to the Gardaí because "it's just videos". I've been gently flagging that coercive control is an offence under the Domestic Violence Act 2018, but I'm conscious of not pushing her faster than she can go, and she's clearly terrified that any move will get reported to Tusla and somehow land on her.

My questions:
- Has anyone supported a client through a safety order application? Anything I should know about what gets asked?
- How are people documenting in these situations, given notes could be subpoenaed? I'm keeping mine factual and brief but would value others' practice.

IACP guidance is a bit thin on this. Thanks all.""",
        [
            ("Saoirse", "name"),
            ("St Stephen's Day 2023", "date"),
            ("@declan.k.fitness", "handle"),
            ("Ballincollig", "place"),
        ],
    ),
    (
        "b16b-005",
        """Supervision reflection: using the seven-eyed model (Hawkins & Shohet)

Brought a client I've been seeing for about five months: man in his early sixties, retired from the steelworks, lives in a former mining village in the Valleys with his wife. First language Welsh; we work mostly in English but he switches when he's talking about his taid, who raised him for several years after his father died underground.

Eye 1 (client): grief that was never allowed, layered with a kind of pride about not needing anyone. CORE-10 has sat at around 22 for weeks.

Eye 3 (relationship): my supervisor noticed I'd described the sessions as "pleasant". That landed. I think we've both been colluding in a polite, chatty frame that keeps the grief at arm's length. He compliments my Welsh; I enjoy it; nothing moves.

Eye 4 (me): I grew up not far from where he did, and my own grandfather was a collier. I hadn't connected this properly until I said it out loud. Some of my reluctance to go near the loss is mine.

Eye 6 (supervisory relationship): I noticed I wanted my supervisor to tell me it was fine. She didn't, kindly.

What I'm taking forward: naming the pleasantness with him, gently. Trying a session where I invite him to talk about his taid in Welsh and just letting myself not follow every word. Winnicott's idea of being able to be alone in the presence of another keeps coming up for me here. Also booking some personal therapy before St David's Day, which he's mentioned is always a hard week for him.""",
        [],
    ),
    (
        "b16b-006",
        """DAP note: CMHT home visit

D: Seen at home, 27 Glen Road, with his consent; sister present for the first 10 mins. Mr Seamus Quinn (H&C 320 554 1987) reports sleep broken most nights, waking around 3am with images from the 1970s. States his mother, now 91, has started asking about "the boys who were lifted", and caring for her has "opened it all back up". Drinking 3-4 cans most evenings, down from previous. Denies current suicidal intent; says "I'd never do that to her." Saw his GP last week; zopiclone 7.5 mg stopped.

A: Long-standing trauma symptoms connected to the Troubles, re-activated by carer strain and his mother's cognitive decline. Alcohol being used to manage hyperarousal. Risk chronic rather than acute; protective factors include role as carer and contact with sister. PCL-5 today 54.

P:
- Discuss at MDT Thursday re referral to psychology for trauma-focused work (EMDR waiting list currently ~9 months).
- Carer's assessment referral for support with mother.
- Provided Victims and Survivors Service information and the Lifeline number (0808 808 8000).
- Review in 2 weeks.""",
        [
            ("27 Glen Road", "place"),
            ("Seamus Quinn", "name"),
            ("320 554 1987", "id_number"),
            ("91", "age"),
        ],
    ),
    (
        "b16b-007",
        """**DBT skills group: week 11 of 24 (Distress Tolerance module)**

Facilitators: two (co-lead + trainee). Attendance: 7 of 9, 2 apologies (both pre-notified). Diary cards: 6 completed, 1 partial.

**Mindfulness:** Observe/describe with an ice cube. Mixed response. P4 found it "pointless but calming, annoyingly".

**Homework review:** TIPP skills from last week. Three members had tried the cold water element; P2 described using it in a car park before a family meal at Christmas and was able to stay for the whole meal. Group responded warmly. P7 hadn't practised and became quite withdrawn when others shared; co-lead checked in with her during the break.

**Teaching:** Radical Acceptance (Linehan, 2015 manual, handouts 11-11b). Good discussion about the difference between acceptance and approval. P5 challenged this strongly ("so I'm meant to just accept what he did?"), which opened up useful space; we validated and came back to the idea that acceptance is of reality, not of harm.

**Group process:** Some sub-grouping between P1 and P3 (side conversations). Will address with a gentle reminder of group agreements next week rather than individually.

**Risk:** No new disclosures of concern. P7 flagged to her individual therapist via the consultation team, not because of risk but because of the withdrawal.

**Next week:** Turning the Mind; Willingness vs Willfulness. Bring back diary cards.""",
        [],
    ),
    (
        "b16b-008",
        """Oh I feel this. I had something very similar a couple of years ago: high-functioning professional, City job, came in saying "I just need some tools for stress", and by session 4 it was clear we were in much deeper water (childhood neglect, a lot of dissociation she'd never named as such).

Honestly the biggest thing was re-contracting out loud rather than drifting from 6 sessions of solution-focused into open-ended work. She found that containing. I also took it to a specialist supervisor for a few months because I was out of my depth on the dissociation. Boon, Steele and van der Hart's Coping with Trauma-Related Dissociation was great for her between sessions, paced slowly. Happy to chat by DM.""",
        [],
    ),
    (
        "b16b-009",
        """**Case for consultation: older adult psychology, HSE**

Referred by the GP, Dr Fionnuala Ní Bhriain, for "low mood and refusing to engage" at Áras Mhuire Nursing Home outside Castlebar. Client is a 93-year-old widower, a former secondary school teacher, admitted after a fall in the spring. Sharp, dry sense of humour, and very clearly wants to go home.

**Assessment so far (3 visits):** MoCA 24/30, mostly losing marks on delayed recall. GDS-15 of 9. He describes the home as "a waiting room for the next place". Eating less, declining physio. No active suicidal ideation but says plainly he has "no objection to not waking up".

**Family:** Daughter Bríd lives locally and visits daily; a son in the States phones weekly. Bríd is exhausted and feels guilty about the placement; she told me on the 2nd of June she'd "been pushed into it" by the hospital discharge team.

**Where I'd value input:**
1. Capacity. Staff are treating his wish to go home as a symptom. Under the Assisted Decision-Making (Capacity) Act 2015 the presumption is capacity, and I think he may well have it for this decision. How have others raised this without alienating the home?
2. Therapeutic frame. Does anyone have experience using Dignity Therapy (Chochinov) or a life-review approach in this setting? He loves talking about his teaching years.
3. Would you involve Sage Advocacy at this stage, or is that escalating too fast?""",
        [
            ("Fionnuala Ní Bhriain", "name"),
            ("Áras Mhuire Nursing Home", "organisation"),
            ("Castlebar", "place"),
            ("93", "age"),
            ("Bríd", "name"),
            ("2nd of June", "date"),
        ],
    ),
    (
        "b16b-010",
        """Question about self-disclosure, prompted by something that happened this week that I'm still turning over.

Client (late twenties, works in tech, about 20 sessions in, integrative/person-centred) asked me directly whether I have children. Context: she's been talking about her ambivalence about becoming a mother, and at one point said "you probably think I'm selfish. Do you have kids?" I did what I usually do: reflected the question back and wondered aloud what it would mean to her either way. She went quiet, then said "right, so that's a no-go area then", and the rest of the session felt flat.

I'm aware the BACP Ethical Framework doesn't forbid disclosure; it's about whether it's in the client's interest. And I know the research (Hill and Knox, and Henretty and Levitt's review) is more positive about brief, relevant disclosure than my training was. My training was fairly classically humanistic with a psychodynamic flavour, so "reflect it back" is almost a reflex.

What I'm chewing on:
- Was that a rupture, and if so how do I name it next week without making it a big deal?
- Do others have a personal rule about the children question specifically? It seems to come up a lot and it carries so much.

I'd be particularly interested in hearing from people who are parents and people who aren't, as I suspect the answer feels different depending. Thanks.""",
        [],
    ),
    (
        "b16b-011",
        """Process note: session 14 (psychodynamic, weekly)

She arrived 10 minutes late, which is new. Sat down and immediately started talking about the weekend before I'd said anything: a family gathering at her brother's in Muirhouse that went badly. I noticed I felt rushed, as if I'd missed the start of something.

She did her ex's voice, quite cruelly: "och, callum's just being callum, you're too soft on him". Callum is their son, 16; it was his birthday. She laughed as she told it but her hands were clenched. I said something like "it sounds like it stung more than the laugh lets on". Long silence. Then: "I've been telling myself since Hogmanay 2022 that I'm not going to be her." (Her own mother.) This is the first time she's linked the two explicitly.

She then moved quickly on to work (her team leader at Scottish Widows has put her on a performance plan) and I had the sense of being steered away. I chose not to follow her there straight away and went back to "not going to be her". She cried, briefly.

Countertransference: a strong pull to reassure her she's a good mother. I held it. Afterwards I felt tired and slightly guilty, which I'm wondering about as projected material (Klein, projective identification) rather than my own.

Thinking about Bion's container-contained here; the lateness and the rush may be her testing whether I'll hold the frame when she's brought something she can't hold herself.

For supervision: the pull to reassure, and whether to interpret the lateness yet or leave it.""",
        [
            ("Muirhouse", "place"),
            ("callum", "name"),
            ("Callum", "name"),
            ("Hogmanay 2022", "date"),
            ("Scottish Widows", "organisation"),
        ],
    ),
    (
        "b16b-012",
        """BIRP: addiction counselling (HSE community service), session 5

B: Client (male, 40s) attended on time. Reports 3 days alcohol-free following a binge over the bank holiday weekend. AUDIT at intake was 27; today describes his drinking as "back on track, mostly". Disclosed he'd been hiding cans in the shed. Sleep poor, appetite returning. Visibly ashamed discussing the binge.

I: Motivational interviewing (Miller & Rollnick), using OARS throughout. Explored the decisional balance he'd drawn up in session 3. Reflected the discrepancy between "mostly back on track" and the hiding, carefully and without confrontation. Reviewed his relapse-prevention plan (Marlatt) and the high-risk situations he'd identified: Sunday afternoons, matches on the telly, evenings after visiting his father.

R: Engaged; moved from defensive to reflective about halfway through. Said "I suppose if I'm hiding it, that tells me something". Willing to discuss naltrexone with the GP again (previously declined). Agreed to try one AA meeting as a "look-see", not a commitment.

P:
- Session 6 next week, same time.
- Letter to GP re naltrexone 50 mg, with his consent.
- Provided HSE Drug and Alcohol Helpline (1800 459 459) and Drugs.ie for out-of-hours information.
- Continue weekly AUDIT-C.""",
        [],
    ),
    (
        "b16b-013",
        """Consultation question: university counselling, gaming and withdrawal

I'm seeing a second-year student (male, 20, computer science) at Cardiff Met who was referred by his personal tutor after missing almost every lecture this term. Student number 2213487 came up on the mitigating circumstances panel list, which is how I ended up involved before he'd even self-referred.

Presentation: sleeping 4am to 2pm, gaming 10+ hours a day, almost no contact with his housemates in Cathays. He's very open that gaming is "the only place I'm actually good at something". His gamer tag, rhys_plays_fifa, has a fairly big following and he streams most nights. Rhys says he's lonely but that online friends are "real friends". PHQ-9 of 15, GAD-7 of 11, no current risk.

What I'm wrestling with:
- I don't want to pathologise the gaming. ICD-11 gaming disorder (6C51) exists, but I'm not convinced it's the frame here; it looks more like avoidance of a sense of failure, with gaming as the one place he gets competence and connection.
- Engagement: he's agreed to six sessions. Anyone used a self-determination theory lens (Deci & Ryan) with students like this?
- He's mentioned his mam is worried and wants to "come down from the North". He's 20 and I'm careful about confidentiality, but I'm wondering how others handle parental contact.

Welcome any thoughts.""",
        [
            ("Cardiff Met", "organisation"),
            ("2213487", "id_number"),
            ("Cathays", "place"),
            ("rhys_plays_fifa", "handle"),
            ("Rhys", "name"),
        ],
    ),
    (
        "b16b-014",
        """**Case presentation: Child in Need / CP, seeking peer input before a strategy meeting**

Family: Mum (26) and two children, Kayden (7) and Tiffany-Rose (3), living at Flat 3, 19 Cranbrook Road, IG1 4PU. Mum's partner stays most nights; he's not on the tenancy. Case ref CP-2024-08817.

**Concerns:** Kayden's school, Oakwood Primary, made a referral via MASH after he arrived with bruising to his upper arm on 14th March and gave two different accounts. Attendance 81% and dropping. Tiffany-Rose is not yet in nursery and has had no health visitor contact since her 2-year check was missed twice. Neighbours have reported shouting late at night.

**What we know:** Mum has a history of depression and was known to adult mental health services as a teenager. Partner has previous DV-related police callouts with a former partner (DASH high risk in 2021, heard at MARAC). Mum is guarded but not hostile; she says the bruise came from "messing about with his cousins".

**Brief chronology:**
- Last autumn: two school welfare calls about Kayden being hungry on Mondays. Mum engaged, said money was tight between Universal Credit payments, and accepted a food bank voucher.
- This term: bruising incident above; mum's contact details on the school system were out of date, and the only working contact we have is an email, shanice.b.1998@hotmail.co.uk, which she does reply to, usually late at night.

**Mum's voice so far:** When I visited she said, "Everyone's always watching me, waiting for me to mess up." She also said, more quietly, that she'd "rather deal with you lot than go back to how it was". I read that as a possible door, not a threat. Kayden was friendly and chatty with me, talked about Pokémon and his bike, and went quiet when I asked who puts him to bed.

**My thinking:** This feels like it's going to step up to a Section 47. I want to avoid going in heavy-handed and losing mum completely. Using Signs of Safety mapping, the danger statement is forming around unexplained injury + unknown adult + mum's capacity to protect. The strengths are there too: she's warm with the children, and she asked for help with housing herself.

**Question:** For those who've done a lot of joint visits with police under Working Together 2023, what's helped parents stay in the room with you emotionally when the conversation is this frightening?""",
        [
            ("Kayden", "name"),
            ("Tiffany-Rose", "name"),
            ("Flat 3, 19 Cranbrook Road", "place"),
            ("IG1 4PU", "place"),
            ("CP-2024-08817", "id_number"),
            ("Oakwood Primary", "organisation"),
            ("14th March", "date"),
            ("shanice.b.1998@hotmail.co.uk", "email"),
        ],
    ),
    (
        "b16b-015",
        """Closing this thread. Thank you all; this was one of the most useful consultations I've had on here.

For anyone finding this later, here's what I'm taking away:

1. **Formulate before you intervene.** Several of you pointed out I'd jumped to techniques because I felt anxious. Going back to a 5Ps formulation made it obvious the "resistance" was actually a very sensible protective response given his history.
2. **The Power Threat Meaning Framework (Johnstone & Boyle, 2018)** gave me language for talking with him about what happened rather than what's wrong. He responded to "what's happened to you" far more than to anything diagnostic.
3. **Watch for the Rescuer.** The Karpman triangle comment stung a bit, but it was accurate. I'd been taking on tasks (phoning the Housing Executive for him, chasing the PIP appeal) that he could have done with support.
4. **Legacy stuff is never just legacy.** From colleagues here who've worked in Northern Ireland for decades: intergenerational trauma from the Troubles can sit quietly under a presentation that looks like straightforward depression. Ask about it, but let the client set the pace.
5. **Look after yourself.** A couple of you gently pointed out I'd described three weeks without a proper lunch break. Noted.

I'll update in a couple of months if there's anything worth sharing. Thanks again.""",
        [],
    ),
    (
        "b16b-016",
        """Ah, this is so familiar. I've a couple at the moment, both junior doctors at the Mater, both exhausted, and every session starts with a score-keeping contest about who did more nights that week. Ciarán will say "I'm not criticising, I'm just saying" and Orla's face just closes. Textbook Gottman: criticism, defensiveness, and stonewalling from her by about minute 20.

What's shifted things a bit:
- Slowing everything down, EFT-style (Sue Johnson). When I get them underneath the score-keeping, it's pure loneliness on both sides. Hold Me Tight has been good homework for them, though they barely have time to read.
- Ruthlessly practical stuff too: a shared rota on the fridge so the fights about logistics aren't happening at midnight.
- Naming the context. They're in the job they're in, in the housing market we're in (renting a box in Rathmines for a fortune), and planning a wedding for the 17th of August. Some of this is a relationship problem and some of it is a systems problem, and they need to hear that.

One thing I'd flag: Orla texted me from a new number (087 294 6610) between sessions wanting to "give me context" on him. I've been clear about how I handle individual contact in couples work and that I won't hold secrets, and we talked it through in the next joint session. But it's worth having your policy on this nailed down before it happens.""",
        [
            ("Mater", "organisation"),
            ("Ciarán", "name"),
            ("Orla", "name"),
            ("Rathmines", "place"),
            ("17th of August", "date"),
            ("087 294 6610", "phone"),
        ],
    ),
    (
        "b16b-017",
        """SOAP: counselling (GP-attached), perinatal

S: Client is 6 weeks postnatal with her first baby, referred by the practice after an EPDS of 16 at the 6-week check. Describes feeling "like a fraud" and intrusive thoughts of the baby being hurt, e.g. picturing dropping her on the stairs. Very distressed by these and is now avoiding carrying the baby on the stairs at all, asking her partner to do it. No thoughts of harming herself or the baby; horrified at the idea. Sleeping 3-4 broken hours, typical for the stage. Partner supportive. Has been reading forums late at night and "scaring myself".

O: Alert, tearful at points, warm with the baby (present in car seat throughout). Speech normal rate. No psychotic features. Insight good.

A: Presentation consistent with perinatal OCD-type intrusive thoughts alongside low mood; ego-dystonic, with avoidance and reassurance-seeking. Risk to baby assessed as low: thoughts are unwanted and resisted, and this was explained to her explicitly. No red flags for postpartum psychosis.

P:
- Psychoeducation on intrusive thoughts (normalising: most new parents have them; Fairbrother & Woody's work is helpful here).
- Discussed with GP: sertraline 50 mg started, compatible with breastfeeding.
- Referral to the specialist perinatal mental health team for advice given the OCD features.
- Liaise with health visitor, with consent.
- Gave information for PANDAS Foundation and Maternal OCD.
- Review in 1 week.""",
        [],
    ),
    (
        "b16b-018",
        """Supervision note: supervisee's case (forensic, community)

Supervisee presented a man in his 40s, released on licence from HMP Durham three months ago, MAPPA level 2, living at Ellison House approved premises. Prison number A4471CK is on the referral form and she'd like to check whether it should be in her own therapy notes at all (my view: no, use the service ID).

Themes: he's engaged well in 8 sessions of CFT-informed work on shame, and his probation officer, Gemma Rawlings, is positive. However, last week he disclosed contact with a former associate, which may be a licence breach. Supervisee is unsure whether she has to share this.

Discussed:
- Her contract and information-sharing agreement with probation: it explicitly covers risk-relevant information, and the client signed it. So yes, it goes to the PO, but ideally with him, not behind his back.
- How to have that conversation in a way that doesn't collapse the work. We role-played it. She found her first attempt too apologetic.
- The Good Lives Model (Ward) as a frame for talking about what he was seeking from the contact (belonging, status) rather than just the breach.
- Her own reaction: she likes him, and noticed a fear of being the one who sends him back before his licence ends on 23/09/2025.

Actions: supervisee to discuss with client at the start of next session, then call PO the same day. Bring back to next supervision. HCR-20 review due.""",
        [
            ("HMP Durham", "organisation"),
            ("Ellison House", "organisation"),
            ("A4471CK", "id_number"),
            ("Gemma Rawlings", "name"),
            ("23/09/2025", "date"),
        ],
    ),
    (
        "b16b-019",
        """Does anyone else work somewhere properly small? I mean island-small, where you're the only counsellor for miles and your clients are also the person who serves you in the shop, your kid's football coach, your neighbour's cousin.

I've been doing this for about six years and I'm mostly at peace with it, but I've had a run of tricky moments lately:
- A client's teenage daughter is now in my son's class. They've become friends. Nothing's happened, but my stomach drops every time there's a sleepover plan.
- Someone I saw for grief work two years ago now sits on the same community council as me.
- I got a card through the door at Christmas from a current client. Lovely, and completely unboundaried.

I know the BACP Ethical Framework and COSCA guidance both accept that dual relationships in rural settings can't always be avoided, and that the test is whether they're managed in the client's interest. I've read Zur's stuff on this too. What I'm after is more the lived practice. How do you talk about it at contracting? How do you handle it when you bump into someone at the pier?

For what it's worth, I now say at the first session: "This is a small place. If we see each other, I'll leave it to you whether you say hello. I'll never mention we've met here." It helps, but it doesn't cover everything.

(And for anyone reading who's struggling: NHS 24 on 111 and Breathing Space on 0800 83 85 87 are there when I'm not.)""",
        [],
    ),
    (
        "b16b-020",
        """Group notes: parents' bereavement support group (monthly, evening)

Present: Margaret, Tadhg, Joy (first time), plus four regulars. Two apologies. Co-facilitated.

Check-in: Margaret shared that the anniversary of her son Oisín's death is coming up on the 9th of December and she's dreading it more than last year, "because everyone else has moved on". Several members nodded strongly at this. Tadhg talked about going back to Temple Street for the first time since, for his younger child's outpatient appointment, and sitting in the car park for 40 minutes before he could go in.

Joy was quiet for most of the session, which is normal for a first night. During the break she told my co-facilitator she'd found us through Anam Cara.

Theme: grief at Christmas. We used Stroebe & Schut's dual process model to talk about oscillation: permission to have a good moment and not feel it as betrayal. Tadhg said this was the first time anyone had said it was OK to laugh. Also drew on continuing bonds (Klass, Silverman & Nickman); members shared rituals: a candle, a stocking still hung, a walk on the beach.

Facilitator reflections: strong cohesion. Margaret is doing a lot of caretaking of newer members and we may need to gently check whether she's getting her own space. Follow up with Joy by phone this week as agreed.

Next group: second Tuesday of the month.""",
        [
            ("Margaret", "name"),
            ("Tadhg", "name"),
            ("Joy", "name"),
            ("Oisín", "name"),
            ("9th of December", "date"),
            ("Temple Street", "organisation"),
        ],
    ),
    (
        "b16b-021",
        """Slightly different angle from the replies above. I'm currently working with a very similar client: 19, first year at Durham University, restricting since sixth form and now over-exercising heavily. BMI 15.2 at last weigh-in. Her name's Maisie and she runs an Instagram account, @eatwith.maisie, that's ostensibly "balanced eating" content and which she'll quite openly say keeps her accountable to not eating more.

Treat the account as part of the formulation (CBT-E, Fairburn), not something to ban. And nail down physical monitoring against MEED (2022): she had bloods on Friday the 21st and her GP now sees her weekly. Beat's helpline has been good for her frightened flatmates.""",
        [
            ("Durham University", "organisation"),
            ("Maisie", "name"),
            ("@eatwith.maisie", "handle"),
            ("Friday the 21st", "date"),
        ],
    ),
    (
        "b16b-022",
        """Reflective log: Gibbs' cycle (placement, counselling psychology doctorate)

Description: In session 7 with a client in his late forties, a farmer from the west of Ireland, I suggested a behavioural experiment around phoning his brother, who he hasn't spoken to since a dispute over land. He said "you wouldn't understand, you're from the city" and went silent for most of the remaining session. He did book the next appointment.

Feelings: Embarrassed, defensive, and then anxious that I'd damaged the alliance. I noticed I wanted to explain that my own grandparents farmed. I didn't.

Evaluation: In hindsight I moved to intervention before I understood what the land means to him: it's generational, about his father, about whether he's a "proper" man. The suggestion probably felt like I'd reduced something enormous to a phone call.

Analysis: Safran and Muran's work on ruptures describes this well: a withdrawal rupture. The repair isn't an apology as such but a curious, non-defensive exploration of what happened between us. My supervisor also pointed me to cultural humility (Hook et al.), and to how class and the urban/rural divide show up in the room in Ireland more than we name in training.

Conclusion: I need to tolerate not knowing for longer, especially when the client's world differs from mine.

Action plan: Open next session by naming it: "I've been thinking about last week. I think I rushed you." Read more on rural mental health. Bring to supervision again after session 8.""",
        [],
    ),
    (
        "b16b-023",
        """DAP: older adult psychology, carer support (session 4)

D: Mrs Glenys Pritchard (NHS no. 412 583 9901) seen in clinic without her husband for the first time. Dafydd, aged 90, was admitted to Ysbyty Glan Clwyd last week following a fall and delirium; he's expected to return home. She has been his sole carer since his diagnosis of Alzheimer's (ACE-III was 71/100 at diagnosis, per the memory clinic letter). She described the admission as "the first full night's sleep I've had in two years", then cried and said she felt terrible for saying it. Zarit Burden Interview 52. She lives on a farm a few miles outside Llanrwst; their son is in Australia.

A: High carer burden with ambivalence about him coming home: relief at respite, guilt at relief, fear of coping. No indication of depression meeting threshold (GDS-15 of 6) but at risk. Highly valued role identity as "the one who manages". No safeguarding concerns.

P:
- Normalised ambivalence; introduced the idea of guilt as a sign of care, not a failure of it.
- With consent, will contact the ward discharge co-ordinator about a care package before discharge, not after.
- Information on Carers Trust Wales and Dementia Carers Count.
- Continue fortnightly; next session to focus on planning a realistic routine.""",
        [
            ("Glenys Pritchard", "name"),
            ("412 583 9901", "id_number"),
            ("Dafydd", "name"),
            ("90", "age"),
            ("Ysbyty Glan Clwyd", "organisation"),
            ("Llanrwst", "place"),
        ],
    ),
    (
        "b16b-024",
        """Consultant psychiatrist here, looking for thoughts from psychology colleagues on a joint-working question.

Woman in her fifties with bipolar I (F31.3 at present, current episode moderate depression), lithium 800 mg nocte with a level of 0.7, quetiapine 150 mg added about six weeks ago. Two previous admissions, the most recent under section 2 of the Mental Health Act 1983, converted to section 3; she has section 117 aftercare. Stable for nearly three years before this episode. Home Treatment Team involved briefly over the summer, now back with the CMHT.

She's asking for therapy and I'm keen. The question is what, and when. Our local offer is a 16-session group psychoeducation programme (based on Colom and Vieta's Barcelona model) or individual CBT for bipolar via psychology, which has a long wait. She's read An Unquiet Mind, and Stephen Fry's documentary has made her keen on "talking about it properly".

Two questions:
1. Is there a consensus on whether to start structured psychological work during a moderate depressive episode, or hold until euthymic? NICE CG185 is fairly general.
2. For those who deliver the group: how do you handle people who are still quite low in the early sessions, which are heavy on mania-recognition content?

Any thoughts welcome. I'll feed back to the team.""",
        [],
    ),
    (
        "b16b-025",
        """Bit of a weird one and I'd value some steer from anyone who's been here.

I've a client I saw for about ten sessions last year in my private practice in Hebden Bridge (ok, "private practice" makes it sound grander than it is: it's a room above a café). She ended fairly abruptly. Over the past month I've had four new bookings through my online system under different names, all cancelled within 24 hours. The booking platform logs the IP, and all four came from 86.14.203.77, which matches the one she used when she was a client.

On top of that, Kat has started a blog, www.thelastpagesofkat.co.uk, where she's written about "a therapist who abandoned her". No name, but there's a photo of the stairs up to my room. She's also emailed me twice from kat.hollingworth@outlook.com, both times just a link to a new post and no message. It's not abusive exactly. It's sad.

What I've done so far: spoken to my supervisor, contacted my insurer's legal line, made notes of everything. I haven't contacted her.

What I'm unsure about:
- Whether to reach out at all. Part of me wants to offer a proper ending session, because I think the abrupt end was hers, but maybe I could have done more to address it at the time. Part of me thinks any contact would feed it.
- Whether the BACP would see this as something I should report anywhere.

I'm fine, just a bit rattled. Practical experiences welcome.""",
        [
            ("Hebden Bridge", "place"),
            ("86.14.203.77", "ip"),
            ("Kat", "name"),
            ("www.thelastpagesofkat.co.uk", "url"),
            ("kat.hollingworth@outlook.com", "email"),
        ],
    ),
    (
        "b16b-026",
        """**Case presentation: youth mental health service (12-25)**

**Client:** Caoimhe, 16, Transition Year at St. Flannan's College, living with mum and stepdad in Ennis. Self-referred via the website after a teacher encouraged her.

**Presenting issues:** Low mood since the summer, withdrawal from camogie (she'd played county minor), and what she calls "being sick after dinner sometimes". Her best friend Aoibhinn noticed first and told the year head. Caoimhe is annoyed about that but also, I think, relieved.

**Online:** She's very active on Snapchat (caoimhe.x.o) and says the main pressure comes from group chats about bodies and "what you look like in the summer pics". She has screenshots of comments from an older boy that she's not ready to talk about yet.

**Assessment:** RCADS depression subscale elevated; EDE-Q global 3.4, with shape and weight concern subscales highest. She's minimising purging frequency ("a few times") and I'm not sure I believe her. No self-harm disclosed. She's 16, so under Children First we'd need to consider whether any of the online content raises a child-protection concern, depending on what it is.

**Family and school:** Mum is, in Caoimhe's words, "grand but stressed"; stepdad is "fine, he just doesn't get it". She's the eldest of three and seems to do a fair bit of minding the younger two. The year head has been supportive and has offered a check-in on Monday mornings, which Caoimhe says she "might use". There's a mocks-style pressure building even in TY, because she's already worrying about Leaving Cert subject choices and whether she's "smart enough for science".

**Sessions so far (3):** She engages best when we're doing something with our hands (timeline drawing, sorting cards) rather than face-to-face talk. When I named the sick-after-dinner thing directly in session 2 she laughed it off and changed the subject to a series she's watching. In session 3 she brought it up herself, which I took as a good sign.

**Where I'd like input:**
- How to balance confidentiality (she doesn't want mum to know about the eating) with the duty to share if risk rises. Our service policy is clear in principle, but in practice I'm struggling with where the line is.
- Has anyone used CBT-E elements or a SpunOut-style psychoeducation piece with this age group in a brief-intervention model?""",
        [
            ("Caoimhe", "name"),
            ("St. Flannan's College", "organisation"),
            ("Ennis", "place"),
            ("Aoibhinn", "name"),
            ("caoimhe.x.o", "handle"),
        ],
    ),
    (
        "b16b-027",
        """SOAP: adult psychology, OCD (session 9 of 16)

S: "Good week and a bad day." Three of four ERP tasks done (bin lid, public toilet, shaking hands at church). Abandoned the fourth (partner cooking chicken, no temperature checks) after 5 minutes, then checked "about 20 times". Feels she's "gone backwards".

O: Y-BOCS today 21 (from 28 at baseline). Animated when describing successes, flat and self-critical describing the chicken.

A: Good progress overall. The chicken task targets harm-responsibility appraisals (Salkovskis) more than contamination, and was probably pitched too high on the hierarchy. Her "I've gone backwards" is itself an appraisal worth working with. Fluoxetine 60 mg continues via GP; no changes.

P: Add intermediate steps to hierarchy; responsibility pie chart; lend The Imp of the Mind (Baer). Session 10 next week.""",
        [],
    ),
    (
        "b16b-028",
        """Reflections after supervision this morning (private practice, integrative)

I took a client I've been avoiding taking. Mid-thirties, engineer, very polished and funny, and I've been enjoying sessions far more than I'd expect given the content (his marriage is ending; there's been an affair on his side). My supervisor asked, quite gently, "what would happen if you stopped being entertained?" and I felt myself go hot.

What I'm noticing:
- I've been collusive. He makes me laugh, I soften, and we skate over the affair with a kind of knowing shrug. I think I've been cast as the mate in the pub who doesn't judge.
- Casement's On Learning from the Patient came up: the idea that what the client does to us is information. What's he doing? Possibly recreating the charm that got him out of trouble as a kid, with a dad who was explosive and a mum who was amused by him.
- My own stuff: I have a brother very like him. We all forgave him everything.

My supervisor used the seven-eyed model again, but honestly the most useful bit was just her noticing my face change when I talked about his wife's reaction.

Plan: no big confrontation. But next time he makes a joke about the affair, I'll let a silence sit rather than laugh. And I'll bring it back in three weeks.

Also a note to self: this is the third time this year I've brought a "charming man" case late. Pattern worth looking at in my own therapy.""",
        [],
    ),
    (
        "b16b-029",
        """We use CORE-OM at intake and CORE-10 at every fourth session in our service, with the GAD-7/PHQ-9 alongside for anyone coming through the GP route so the numbers mean something to them.

Honest take: the CORE-OM risk items catch things people never say out loud, so I'd keep it. But with CIPC capping Medical Card clients at eight sessions, the numbers end up deciding too much. Measure, but hold it lightly. A CORE-10 of 18 isn't the same thing for everyone.""",
        [],
    ),
    (
        "b16b-030",
        """Update on the client I posted about in the spring, for those who asked.

She got her non-molestation order at Laganside Courts on 4 March, with an occupation order following a few weeks later. Stephen was removed from the house in Newtownards and she's stayed put with the kids, which is what she wanted. He's breached once so far, parking his van (reg MKZ 4471) across the end of the street on a Sunday morning; PSNI attended and it's going through the courts.

She changed her mobile number (07712 448903 now, for my records, not to share) and deactivated most of her social media. Women's Aid have been brilliant: court support, safety planning, and she's now in their recovery group.

Therapeutically, the big shift has been from "was it really that bad?" to something like grief for the relationship she thought she had. We've done a lot of work with Stark's coercive control framework, which she said made her feel less mad, and the Domestic Abuse and Civil Proceedings Act 2021 was important to her: "it's actually a crime now, it's not just me".

Thank you to everyone who replied back then. The point about not over-focusing on leaving, and focusing on safety instead, was the most important thing anyone said to me this year.""",
        [
            ("Laganside Courts", "organisation"),
            ("4 March", "date"),
            ("Stephen", "name"),
            ("Newtownards", "place"),
            ("MKZ 4471", "id_number"),
            ("07712 448903", "phone"),
        ],
    ),
    (
        "b16b-031",
        """Group session notes: family/carers group (psychosis), session 3 of 8

Attendance: 9 carers representing 7 families. Two new since last week (partner and adult sibling of the same service user).

Session focus: understanding psychosis and early warning signs. Drew on the Meriden family work materials and Kuipers' work on expressed emotion; kept the language non-blaming and emphasised that "high EE" is an understandable response to a frightening situation, not a character flaw.

Discussion points:
- One mum described "walking on eggshells" and then exploding; several others recognised this cycle. Normalised and linked to the stress-vulnerability model (Zubin & Spring).
- A father asked directly about clozapine blood tests and whether his son will "be on it forever". We gave general information and encouraged him to raise specifics with the care co-ordinator and consultant.
- The siblings in the group talked about feeling invisible. Strong moment; we'll make space for this specifically in session 5.
- Two carers asked about the Hearing Voices Network. We gave a balanced overview and signposted.

Facilitator observations: Group is bonding quickly. One carer dominating slightly; co-facilitator to use structured rounds next week. One carer appeared very low and mentioned not sleeping for weeks; spoken to individually after the group, agreed she'll see her GP, and given Rethink and Samaritans details.

Next session: communication skills (listening, making positive requests).""",
        [],
    ),
    (
        "b16b-032",
        """Quick one, hoping someone with veterans experience can point me in the right direction.

New client, mid-40s, served 14 years with 3 SCOTS and did two tours of Afghanistan. Goes by Wullie. His service number, 25123456, was on the referral letter from his GP, along with a note that he'd "declined Combat Stress previously". He's now living in Kirkcaldy with his partner and drinking heavily, and says things have been much worse since Remembrance Sunday 2023, when he went to the parade for the first time in years and "something cracked".

He's clear he doesn't want "a veterans' thing". He wants to see someone who isn't connected to the military and he's only here because his partner gave him an ultimatum.

My questions:
- I'm trained in TF-CBT but I've never worked with moral injury as such. From what he's hinting at, this may be as much about something he did or saw as about fear. Any recommended reading beyond Litz et al. and the Moral Injury Guide?
- The drinking. Do people tend to treat in parallel or insist on some stabilisation first? My instinct is parallel, with the GP and the local alcohol service involved.
- Veterans First Point is the obvious Scottish pathway, but given his stance I'm wary of pushing it too early.

Thanks in advance.""",
        [
            ("3 SCOTS", "organisation"),
            ("Wullie", "name"),
            ("25123456", "id_number"),
            ("Kirkcaldy", "place"),
            ("Remembrance Sunday 2023", "date"),
        ],
    ),
    (
        "b16b-033",
        """Closing takeaways: CFT consultation thread

Thanks to everyone who weighed in on my question about the woman in her sixties who can't tolerate self-compassion exercises ("it feels like lying"). Here's my summary, for me as much as anyone:

- **Fears of compassion are the work, not an obstacle to it.** Gilbert's Fears of Compassion Scales gave us a way to talk about it that felt less like failure. Her scores on fear of self-compassion were sky high, which she found oddly validating.
- **Start with the threat system.** The three circles model made sense to her immediately. She could see she'd spent her whole life in threat and drive, and that soothing felt dangerous because, as a child, being soft was when things went wrong.
- **Go smaller.** Someone here suggested starting with compassion flowing out (to her grandchildren, to the dog) before trying self-directed. That's been a turning point.
- **Body first.** Soothing rhythm breathing has been more acceptable than imagery. Kristin Neff's self-compassion break felt "American" to her (her word!), so we adapted the language to something more Irish and understated.
- **Watch my own pace.** I wanted her to feel better faster than she could. One of you said "compassion can't be imposed", and that's going on a post-it above my desk.

Really grateful. This forum is one of the best bits of CPD I get.""",
        [],
    ),
    (
        "b16b-034",
        """Process notes: child psychotherapy, session 22 (boy, 7, Year 2)

He came in and went straight for the sand tray, ignoring the Lego he's been building towers with for weeks. Buried three small figures (a dog, a Paw Patrol pup, and a grandmother-type figure), then dug them up, then buried them again. No words for several minutes. I narrated quietly: "they keep getting buried and found".

He then said "Minecraft has a thing where if you die you respawn. But not real life." I said "no, not real life". He looked at me for a long moment and then asked if I had a nan.

I didn't answer directly. I said "I wonder if you're thinking about your nan today". He nodded and carried on with the sand. The grandmother figure stayed buried for the rest of the session and he wouldn't let me touch that corner.

Ending: struggled to leave, wanted to take the grandmother figure home. Used the usual ending ritual (5-minute warning, the tidy-up song he hates). He left it in the tray but asked me to "keep her safe till Thursday".

Reflections: first session since his grandmother's funeral. The repetition of bury/find feels like working through (Freud), but also like Winnicott's transitional space, where it's both real and not real. The question about my nan felt like a test of whether I could bear knowing about loss. My own countertransference was strong (my nan died when I was a similar age); to take to supervision.

Liaison: brief update to his mum and the school SENCo (with consent) that this may be a harder week.""",
        [],
    ),
    (
        "b16b-035",
        """SOAP: NHS Talking Therapies, Long-Term Conditions pathway, session 3

S: Mr Tomasz Wiśniewski (NHS no. 643 219 8874) reports his diabetes distress has eased slightly since last session. Still missing insulin doses on night shifts at the Amazon warehouse in Coalville: "there's nowhere to do it that isn't a toilet". Wife Kasia now helping him plan meals around shifts. Describes low mood as "grey, not black". Denies suicidal ideation. Sleep fragmented due to the rota.

O: PHQ-9 13 (from 17), GAD-7 9 (from 12). Diabetes Distress Scale mean 3.1. Latest HbA1c 64 mmol/mol per GP letter. Engaged, good humour, some frustration about work.

A: Improving. Low mood and diabetes distress are interacting with shift work and stigma about injecting in public. Strong motivation, good family support. First language Polish; managing well in English, but we agreed to offer an interpreter if he'd find it easier for some topics.

P:
- Problem-solving around workplace injection: he'll ask occupational health about a private space (Equality Act 2010 may be relevant; gave him Diabetes UK's information on workplace rights).
- Behavioural activation: reintroduce Sunday fishing.
- Next appt 12/11/2024, same time, by video.""",
        [
            ("Tomasz Wiśniewski", "name"),
            ("643 219 8874", "id_number"),
            ("Amazon", "organisation"),
            ("Coalville", "place"),
            ("Kasia", "name"),
            ("12/11/2024", "date"),
        ],
    ),
    (
        "b16b-036",
        """Replying as a consultant in general adult psychiatry in the HSE, since a couple of people have asked about the legal side.

Under the Mental Health Act 2001, the threshold for involuntary admission is "mental disorder" as defined in section 3, which is narrower than people sometimes assume: it isn't enough that someone is unwell and declining help. Broadly, you need either a serious likelihood of immediate and serious harm to themselves or others, or a situation where failure to admit would likely lead to serious deterioration and treatment could only be given by admission. There's an application, a recommendation from a registered medical practitioner, and then examination by a consultant psychiatrist at the approved centre, and every involuntary admission is automatically reviewed by a Mental Health Tribunal.

A few practical points from experience:
- Capacity and involuntary status are separate questions. Since the Assisted Decision-Making (Capacity) Act 2015 was commenced, people get tangled up about this. The 2001 Act still governs involuntary admission.
- For the therapist's role: if you've concerns, the route is usually the GP or the local CMHT; you wouldn't be making the application yourself. Document your concerns clearly.
- For people who've had an involuntary admission, the experience itself can be traumatic. I'd always want a therapist to ask about it rather than assume it was "just treatment".

A word on the therapeutic side too, since the original question was really about a client who's been asking whether "they can lock me up for saying this". In my experience that fear stops a lot of people disclosing suicidal thoughts to anyone. It can help to be concrete early on, at contracting, about what would and wouldn't lead you to share information, and to say plainly that having thoughts of suicide is not in itself a reason for involuntary admission. Most people who talk about those thoughts, even quite dark ones, are supported in the community: the GP, the CMHT, a crisis plan, Pieta if they want something outside the mainstream services.

Where it does go the involuntary route, the tribunal process is more robust than clients often expect. They get a legal representative assigned by the Commission and an independent consultant psychiatrist's examination.

The Mental Health Commission website has good plain-language guides for clients and families if that's helpful.""",
        [],
    ),
    (
        "b16b-037",
        """Hi all, I'm a counsellor in a small LGBTQ+ community service and would love some thoughts on something I'm working through with a client.

Sunny (they/them, 23) has been coming to us for about four months. They came out as non-binary last year, and their family in Mullingar has been... mixed. Their mam's trying; their dad won't use the name. They've been in a relationship with Jem for about a year, and it's mostly good, but Jem is trans and quite a bit further along socially and medically, and Sunny has started saying things like "I'm not trans enough to be upset about this".

Work-wise they're on the tills at Penneys on Henry Street and get misgendered daily; the manager has been supportive but the customers aren't. That's a lot of microaggressions in one shift.

What I'm thinking about:
- The "not enough" thread. It feels like minority stress (Meyer) meeting a more personal sense of not deserving care. I'm wondering about working with it through a CFT lens, or narratively (White & Epston), to separate them from the "not enough" story.
- Whether to involve Jem at all. Sunny's keen on a joint session but I'm a bit wary of it becoming about Jem's experience.

BeLonG To and LGBT Ireland's helpline have been good supports between sessions. Any reflections welcome, especially from people with lived experience.""",
        [
            ("Sunny", "name"),
            ("Mullingar", "place"),
            ("Jem", "name"),
            ("Penneys", "organisation"),
            ("Henry Street", "place"),
        ],
    ),
    (
        "b16b-038",
        """BIRP: young people's substance misuse service, session 2

B: Young person (17, male) attended with his youth worker, who waited outside. Reports using cannabis daily, "just to sleep", plus occasional ketamine at weekends. Says he's cut down from "all day" since being excluded from college in the autumn. Quite guarded; answered most questions with a shrug. Noted some paranoid thinking ("people in the shop know my business"), which he links to the weed.

I: Harm-reduction stance and motivational interviewing; avoided lecturing. Completed a timeline follow-back for the last two weeks together, which he engaged with more than expected ("didn't realise it was that much"). Gave information on ketamine bladder damage and on not mixing substances. Screened informally for psychosis risk given the paranoia.

R: Warmed up over the session. Agreed the paranoid thoughts bother him. Said his goal is "to sleep without it", not to stop completely. No self-harm or suicidal thoughts disclosed. Denies anyone pressuring him to sell.

P:
- Session 3 next week; introduce sleep hygiene and a stepped cut-down plan.
- With consent, discuss the paranoia with the team's psychiatrist; consider an early intervention in psychosis referral if it persists.
- Gave DAN 24/7 (0808 808 2234) and Childline details.
- Liaise with youth worker about re-engaging with college or a training route.""",
        [],
    ),
    (
        "b16b-039",
        """Group supervision notes: child and family team

Case 1 (presented by SW): Family of four, Whitfield area. Eldest, Jaxon (11), P7 at a local primary, referred for aggression at home; the family's allocated social worker is Lorna McAllister. There's a Children's Hearing set for the 16th of April where a Compulsory Supervision Order is likely to be continued. Mum is anxious that the hearing will "take him off her"; the team's view is that this is very unlikely.

Discussion:
- Team used GIRFEC's SHANARRI wellbeing indicators to map where he's doing OK (Healthy, Included via football) and where not (Safe, Nurtured). Useful to see strengths on paper.
- Debate about whether this is ADHD or trauma or both. Teacher's report and Conners 3 are ambiguous. Agreed no rush to diagnose; the neurodevelopmental pathway referral is already in and the wait is long.
- Dyadic Developmental Psychotherapy (Hughes) suggested by one of the psychologists; PACE as a stance for mum and for school staff. He's due to move up to Baldragon Academy after the summer, so transition planning is needed now.

Case 2 (presented by CPN): deferred to next session due to time.

Actions:
- SW to share the SHANARRI map with mum, in plain language.
- Psychology to offer two consultation sessions to the primary school staff.
- Review in six weeks.""",
        [
            ("Whitfield", "place"),
            ("Jaxon", "name"),
            ("Lorna McAllister", "name"),
            ("16th of April", "date"),
            ("Baldragon Academy", "organisation"),
        ],
    ),
    (
        "b16b-040",
        """This time of year always brings a run of these. A few things I've found helpful with grieving clients heading into Christmas, for what it's worth:

- **Plan the day, not the season.** A lot of people dread "Christmas" as one big thing, when actually it's the specific moments: the empty chair, the present they'd usually buy, the text on Christmas morning that doesn't come. Breaking it down makes it workable.
- **Permission for an exit.** I encourage clients to agree a "get out" with someone beforehand, even just going to the car for ten minutes. Boxing Day walks seem to be a lifeline for a lot of people.
- **New Year can be worse.** Especially the first one, because "this is the year they died" becomes "last year". I now check in specifically around then.
- **Continuing bonds, again.** Klass et al. Rituals matter: a decoration, a toast, cooking their recipe. One client this year is going to watch the King's Speech on her own at 3pm because it's what she and her mum always did, and that's enough for her.
- **Signpost before the break.** Cruse's helpline, Samaritans (116 123), and letting them know exactly when I'm back. I write my break dates on a card for them rather than just saying it, because grief eats memory.

And look after yourselves. Holding everyone's grief in December is a lot, and ours doesn't stop just because we're the therapist. Happy (or at least bearable) Christmas, all.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b16b"}
        for doc_id, text, items in DOCS
    ]
