"""Blind batch b21c, written by a helper session without sight of the guard. Forty posts by
clinicians in Australia and Aotearoa New Zealand on a peer-consultation forum: case presentations,
consultation questions, chatty replies, follow-ups, closing takeaways, SOAP/DAP/BIRP notes, a 5Ps
formulation, group and DBT-skills notes, process notes, supervision reflections and a consult-group
summary, written by psychologists, counsellors, social workers, psychiatrists and a registrar
across private practice, aged care, youth justice, ACC, NDIS, Open Arms, uni counselling, refugee,
perinatal, rural and Aboriginal and Pasifika settings. Identifier documents range from a single
slip (a 93-year-old, a GP's name, a pet called Biscuit, a church, a gamer handle) to intake-style
pastes with names, DOBs, street addresses, postcodes, mobiles, Medicare/NHI/MRN/ACC/court numbers,
schools, employers and care homes. Clean documents are dense with look-alikes: cited authors
(Linehan, Durie, Gottman, Perel, Resick, Pulotu-Endemann), instruments and scores (K10, K5,
PHQ-9, PCL-5, PGSI, 4AT), ICD codes, medications and doses, national services and hotlines
(1737, Healthline, Lifeline, TIS National 131 450, ACC, NDIS, Carer Gateway, Women's Refuge),
regions and states, holidays without a year (Matariki, NAIDOC Week), and unnamed relations.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged) at 05ede86, whose second look was trained on rounds up to 20: 0.926, 0.984, 0.800, 0.000.
The guard at 62d9494, where this session started, scores 0.926, 0.955, 0.750, 0.100.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b21c-001",
        """## Case presentation – 15F, school refusal, NSSI, possible emerging BPD traits (please be gentle re: labels)

**Setting:** Private practice, MHCP referral from GP, currently session 7 of 10 under Better Access.
**Presenting:** Escalating school refusal since Term 1, superficial cutting to forearms (thighs more recently), chronic passive SI, no plan. K10 at intake 34, last week 29. DASS-21 severe on the depression and stress subscales.

**Background:** Lives with mum Narelle and two younger half-brothers. Dad is up in WA's north on a FIFO roster (2 weeks on/1 off), contact inconsistent. Currently Year 10 at Kelmscott Senior High; attendance sitting around 40%. School psych is lovely but stretched across three sites.

**Risk:** Last significant episode was the night of 9 February after a group chat blew up – she needed sutures at ED, discharged same night with a safety plan and the Kids Helpline number. Nothing requiring medical attention since.

**Meds:** GP started fluoxetine 10 mg, increased to 20 mg in week 6. Some mild activation initially, settled.

**What I've tried:** DBT-informed skills (distress tolerance, TIPP), chain analysis on two episodes, and some parent sessions with Narelle around validation (leaning on Fruzzetti's material). She engages in session, does almost none of the between-session work.

**My question:** I'm wondering whether to push for a referral to an adolescent DBT program (waitlist is ~5 months) or keep going with what we have and add a school re-entry plan. Anyone had luck with graded re-entry for kids whose avoidance is as much social as anxious? And how do you handle the 10-session cap when the risk profile clearly needs more?""",
        [("Narelle", "name"), ("Kelmscott Senior High", "organisation"), ("9 February", "date")],
    ),
    (
        "b21c-002",
        """Kia ora — replying to the thread on grief and cultural process.

A few things that helped me with a similar rangatahi last year (details blurred, obviously):

1. I stopped trying to fit her into the Stroebe & Schut dual process model straight away. Her whānau had their own way of holding the loss — the tangi, the time on the marae, the return visits — and my job was mostly to not get in the way of that.
2. Te Whare Tapa Whā (Durie) was a much better fit for the assessment conversation than our standard intake. We literally drew the wharenui on the whiteboard and she rated each wall. Taha wairua was the one that had collapsed, not taha hinengaro.
3. I brought in a kaumātua consult through our service's cultural advisor (with her consent) around session 4. Best decision I made.

On the practical side: her school counsellor and I did a shared plan for the anniversary, which for her fell around Matariki, so there were competing feelings of celebration and grief. We flagged it early.

Re: your question about the K10 — I used it, but I'd take scores with a pinch of salt in the first six weeks after a death. Hers went from 31 to 19 over two months without much change in how she described herself.

If risk escalates, 1737 and the local crisis team are still your backstops. Happy to kōrero more by DM.

Ngā mihi""",
        [],
    ),
    (
        "b21c-003",
        """Quick consult question for anyone who works in residential aged care.

I'm a social worker doing some sessional counselling in a couple of facilities in regional Victoria. One resident, a 93-year-old woman, widowed about eighteen months, has started refusing meals on and off and telling staff she "is ready to go". GP has reviewed: no acute medical cause found, mild cognitive decline (MoCA 23/30 earlier this year), mood low but she denies active SI. Geriatrician review is pending but the wait is long.

The tricky part: family are split. One son wants her transferred for a psychiatric assessment; the daughter feels strongly that this is a reasonable end-of-life stance and wants it respected. Staff are anxious and keep escalating to me.

I've been using a mix of dignity therapy (Chochinov) and plain old supportive listening. She talks a lot about her late husband and the farm, and seems brighter after sessions, but the food refusal hasn't shifted.

Questions:
- How do you distinguish depression from a considered wish to die in someone this age when cognition is borderline?
- Anyone had a good experience using an advance care planning conversation as a therapeutic vehicle rather than just a form?
- Any frameworks for managing split families without becoming the referee?

Thanks in advance.""",
        [("93-year-old", "age")],
    ),
    (
        "b21c-004",
        """**SOAP – Session 9 (50 min, in person)**

**S:** Client reports "a slightly better fortnight". Returned to part-time work two days/week per the graduated RTW plan agreed with her OT and ACC case manager. Sleep still broken (onset ~1.5 hrs, 2–3 wakings), but no longer napping in the afternoon. Describes two "black" days following a conflict with her manager; did not use alcohol to cope (previously 4–5 standard drinks on bad nights). Denies SI since session 6.

**O:** Casually dressed, well-groomed, good eye contact. Affect more reactive than at intake, laughed twice. Speech normal rate. PHQ-9 = 12 (down from 19 at intake). GAD-7 = 9. No evidence of psychosis.

**A:** Moderate depressive episode, improving (F32.1). Behavioural activation gains consolidating; work stress remains the main maintaining factor. Rumination is now the more prominent process — will shift focus toward RFCBT (Watkins) components. Risk assessed as low; protective factors include her daughter, work, and engagement in therapy.

**P:**
- Continue fortnightly. Next session: rumination formulation, "what's the function of going over it" exercise.
- Liaise with GP re: sertraline review (currently 100 mg, 14 weeks on it).
- Send progress report to ACC at session 10.
- Safety plan reviewed and still current; client has 1737 and Healthline saved in her phone.""",
        [],
    ),
    (
        "b21c-005",
        """Intake summary – posting for triage advice before I book (sorry it's long)

**Client:** Dylan Fairweather, 27M, DOB 14/06/1997
**Address:** Unit 4/22 Cobb Street, Mount Isa
**Contact:** 0412 558 913
**Medicare:** 4271 83950 2
**Referrer:** Dr Anjali Raman, Isa Family Medical

Presenting issues per the referral: panic attacks for ~8 months, now daily; avoidance of going underground since a fall-of-ground incident at work (he's a mine operator with Glencore, currently on restricted duties). Drinking has gone from weekends to most nights. Partner has moved back to her parents' with their 2-year-old. He reports nightmares and startle; PCL-5 done by the GP = 52.

GP has started sertraline 50 mg and prazosin 1 mg nocte. Workers' comp claim lodged, so sessions may go through the insurer rather than Medicare.

I'm a sole practitioner, no trauma-focused training beyond the basics of CPT. My gut says this is PTSD with a big alcohol overlay and he'd be better served by someone who does PE or CPT properly, but there's no one within 800 km who bulk bills, and telehealth reception out there is patchy.

Would you take this on, refer on, or do a stabilisation phase and reassess? Also open to hearing how people manage workers' comp paperwork for trauma presentations in mining.""",
        [
            ("Dylan Fairweather", "name"),
            ("14/06/1997", "date"),
            ("Unit 4/22 Cobb Street", "place"),
            ("Mount Isa", "place"),
            ("0412 558 913", "phone"),
            ("4271 83950 2", "id_number"),
            ("Anjali Raman", "name"),
            ("Isa Family Medical", "organisation"),
            ("Glencore", "organisation"),
        ],
    ),
    (
        "b21c-006",
        """Supervision reflection – week 14 of placement

Bringing this here because my supervisor suggested writing it out before our next session, and I'd value other perspectives.

I've been seeing a man in his late 50s for anger and relationship problems (referred through the EAP his employer uses, six sessions). Around session 3 I noticed I'd started dreading Thursdays. When I sat with it, the dread wasn't about risk — he's never been threatening — it was about the way he talks over me, then apologises, then does it again. My father did exactly that.

What I noticed in the room:
- I was shortening my reflections and over-explaining interventions, like I was trying to get the words in before being cut off.
- I softened a challenge around his drinking to the point where it wasn't really a challenge.
- After he left I wrote notes that were noticeably more clinical than my usual style.

My supervisor named this as countertransference and pointed me to Casement's *On Learning from the Patient* — the bit on "trial identification" was useful. We also talked about Hawkins and Shohet's seven-eyed model, and I realised I'd been stuck in mode 5 (my own process) without bringing it back to mode 2 (interventions).

What I'm trying next session: naming the pattern gently and collaboratively — "I notice we both end up talking at once, and I wonder what that's like for you at home." Also doing a proper AUDIT instead of the vague alcohol question I asked at intake.

For the more experienced folk: how do you know when countertransference is useful data about the client versus just your own stuff leaking in? I know the answer is "both", but how do you sort it in the moment?""",
        [],
    ),
    (
        "b21c-007",
        """Follow-up: the couple with the "every argument becomes about the in-laws" pattern

Thanks to everyone who replied to my March post. Quick update, and a new question.

We did four sessions of mostly Gottman-style work after your suggestions: the Sound Relationship House as a map, softened start-up practice, and a lot of repair-attempt spotting. The Four Horsemen handout went on their fridge, apparently. Contempt has dropped a lot (his eye-rolling was the big one), and she reports feeling "less ambushed".

Where we're stuck now is the underlying issue: since they moved up from Levin to be closer to his parents, she has basically lost her whole support network, and every conflict about his mother is really a conflict about that loss. When I reflected this in session she cried and said "I gave up everything and Kaia doesn't even remember our old house". (Kaia is their 6-year-old.)

I'm starting to think we need to move from Gottman into something more attachment-focused — EFT (Sue Johnson) feels like the obvious one, and I've done the Level 1 training. But I'm wary of switching models mid-stream when the behavioural stuff is clearly helping.

Has anyone blended the two? Did you tell the couple you were shifting, or just shift? And any good resources on relocation grief in couples? I've found very little beyond the general adjustment literature.""",
        [("Levin", "place"), ("Kaia", "name")],
    ),
    (
        "b21c-008",
        """**Group session note – BIRP format**
Program: 8-week anxiety skills group (ages 13–15), session 5 of 8
Facilitators: two (psychologist + provisional psych)
Attendance: 7 of 9 enrolled (one unwell, one no contact – follow-up call made to parent)

**Behaviour:** Group arrived settled. Check-in using the "weather report" (sunny/cloudy/stormy): 3 cloudy, 2 sunny, 2 stormy. Two members who were previously silent both volunteered in the first 15 minutes. One member (Participant D) left the room for 5 minutes during the exposure activity and returned with prompting.

**Intervention:** Introduced exposure ladders using the Cool Kids program structure (Rapee et al.). Each member built a 6-step ladder for one feared situation. Modelled a ladder for "ordering at a café" and did a brief in-session exposure (asking a facilitator an unplanned question in front of the group). Psychoeducation on the fear curve and safety behaviours.

**Response:** Good engagement overall. Most ladders realistic; two were too ambitious at the bottom step and were revised with support. Participant D's ladder focused on speaking in class; she reported SUDS of 80 before and 45 after the in-session task. One member disclosed low mood and passive thoughts ("sometimes I wish I could just disappear") during the break — followed up individually post-session; not active SI, no plan; parent informed by phone the same afternoon per our consent agreement; GP letter to follow.

**Plan:** Session 6 – cognitive restructuring ("detective thinking"). Homework: complete first rung of ladder and log SUDS. Individual check-in for the member who disclosed, before next group. SCAS re-administration at session 8.""",
        [],
    ),
    (
        "b21c-009",
        """Looking for thoughts on a perinatal case where the client is also a health worker.

Client is a first-time mum, baby now 4 months, referred with postnatal anxiety (EPDS 16 at the 6-week check, item 10 scored 0). Intrusive harm thoughts about the baby — classically ego-dystonic, she's horrified by them, checks obsessively, won't bath the baby alone. Y-BOCS 24.

The complication: she's a midwife at the Royal Women's and is on mat leave, due back in about five months. She knows the literature on perinatal OCD better than I do, and keeps intellectualising in session ("I know this is just an intrusive thought, I know the neutralising is the problem"). Knowing hasn't helped her stop.

I've started ERP — exposure hierarchy built, the bottom items done (holding knives while the baby is in the room, etc.). She does them with me and avoids them at home. Her partner is supportive but has started doing all the bathing "to keep the peace", which is obviously accommodation.

Questions:
1. Any tips for working with clients whose professional knowledge is getting in the way? I keep finding myself slipping into peer mode.
2. Anyone used the PANDA resources or the COPE guidelines with a client who'd already read them all?
3. Partner session — worth it now, or wait until she has more mastery?

Would appreciate any thoughts. I'm a fairly experienced adult psych but perinatal is newer for me.""",
        [("Royal Women's", "organisation")],
    ),
    (
        "b21c-010",
        """Closing takeaways – young man with first-episode psychosis, 18 months with our early intervention team

Discharging to GP care this month, so writing up what I learned as the treating psychiatrist. Identifying details changed or left out.

**What worked**
- Low and slow on antipsychotics. Started aripiprazole 5 mg, titrated to 15 mg over six weeks. He'd had a terrible reaction to risperidone in the inpatient unit (akathisia + prolactin) and trust was low. Being willing to go slowly bought us engagement.
- Family work from week one. We used a Behavioural Family Therapy approach (Falloon) and his mum and older sister came to most sessions. His dad was in and out.
- Pairing him with a peer support worker who'd been through the service themselves. He said this mattered more than anything I did.
- Cannabis harm reduction rather than an abstinence ultimatum. He cut from daily to weekends and we could see the correlation in his symptom diary.

**What I'd do differently**
- I was too slow to involve the vocational specialist. IPS (individual placement and support) could have started at month 3 rather than month 9.
- We underplayed cultural identity. He's Pasifika, and when we finally brought in the Pacific mental health team around month 10, things shifted: he started talking about his grandmother's church and what illness meant in his family.

**Outcomes**
PANSS positive subscale down from 24 to 11. Back at polytech part-time. Relapse prevention plan shared with GP and family. One brief readmission at month 5 (voluntary, 9 days).

Happy to answer questions.""",
        [],
    ),
    (
        "b21c-011",
        """This thread on social media and ED recovery is so timely for me.

I've got a 19-year-old uni student with restrictive AN (BMI currently 16.8, medically stable per her GP and the physician's review last month) who runs a "recovery" account that is... not really recovery. Lots of "what I eat in a day" posts, body-checking photos framed as progress. She showed me the account in session, @slowlyhealingsoph, and honestly I was shocked at the follower count.

I've been trying to work out how to address it without shaming her, because the account is also her main source of connection. She moved interstate for uni and the followers feel like her friends.

What I've done so far:
- Used the CBT-E formulation (Fairburn) to map the account onto the maintaining cycle: body checking → more restriction.
- Asked her to track her mood before and after posting for a week.
- Talked with her treating dietitian, who's had good results with a "digital audit" exercise.

What I'm not sure about: do I ask her to stop posting? Suspend the account? Or work with it as an exposure/values exercise? She's said she'll leave therapy if I "make her delete it".

Also — is it appropriate for me to have looked at the account at all? She showed me on her phone, I haven't looked it up independently and have no intention of doing so, but I'm wondering where others draw that line.""",
        [("@slowlyhealingsoph", "handle")],
    ),
    (
        "b21c-012",
        """**DAP note – session 6**

**Data:** Client (Aboriginal woman, 40s) attended with her support worker from the local ACCHO, as per her preference. She had been away for three weeks for Sorry Business after the passing of an uncle, and spoke about the weight of it — this was the fourth funeral in her family this year. Sleep poor, appetite low. Reports "heaviness" more than sadness. Drinking has not increased. She said being back on Country for the funeral was the only time she had felt settled in months. K5 completed (the version adapted for Aboriginal and Torres Strait Islander people): 19. No SI; says her grandkids keep her going.

**Assessment:** Presentation is consistent with cumulative grief and ongoing intergenerational trauma rather than a discrete depressive episode, though I'm keeping MDD in the frame. Western grief models (Kübler-Ross, even Worden's tasks) feel like a poor fit here; the Social and Emotional Wellbeing framework (Gee, Dudgeon et al.) gives a better map — connection to Country, culture, kin and spirit are all carrying her, while the body and mind domains are depleted. Trust in the service has grown; she laughed today for the first time.

**Plan:** Continue fortnightly, yarning-style rather than structured CBT. Support worker to assist with GP appointment re: sleep (no meds started yet). Explore whether she'd like a connection to the women's healing program run through the ACCHO around NAIDOC Week. Next session in two weeks, flexible if more Sorry Business comes up.""",
        [],
    ),
    (
        "b21c-013",
        """Consult request: veteran, moral injury, not really fitting the PTSD box

I'm seeing a former infantry soldier (40s) through Open Arms. He served in Afghanistan with 2RAR and has a PTSD diagnosis on his DVA file, but the more I work with him the less the fear-based model seems to explain what's going on. He doesn't have many classic re-experiencing symptoms. What he has is shame, disgust and a sense that he "isn't a good man anymore" — tied to an incident involving civilians that I won't detail here.

His drinking escalated after Anzac Day 2023, when he went to the dawn service for the first time in years and ran into the family of a mate who didn't come home — Corporal Lachie Brennan. He says he couldn't look the mother in the eye.

We did a course of CPT (Resick) last year with moderate benefit — PCL-5 went from 58 to 41 — but the stuck points around responsibility have barely moved. I've been reading Litz's work on Adaptive Disclosure and Shay's *Achilles in Vietnam*, and the moral injury framing resonates with him a lot more.

Has anyone used Adaptive Disclosure, or a compassion-focused approach, with moral injury? I've done the CFT foundation training. Also interested in how people handle the "imagined conversation" components with someone who has significant shame about the person they'd be speaking to.""",
        [("2RAR", "organisation"), ("Anzac Day 2023", "date"), ("Lachie Brennan", "name")],
    ),
    (
        "b21c-014",
        """Oh I felt this one in my bones. Rural practice is a different beast — you're the counsellor, and also the person they see at the dairy, the school gala, the rugby on Saturday.

What's helped me (16 years in a small town on the West Coast — the South Island one, not the Aussie one!):

- Proper boundaries on the phone. Work phone goes in a drawer at 5:30. Crisis goes to the crisis team, that's what they're for.
- Having a supervisor who is NOT local. Mine is over Zoom from the other island and it's the best money I spend.
- A script for the supermarket: "Lovely to see you! I'll leave you to your shopping." Clients actually appreciate it.
- Taking the whole of the July school holidays off, every year, no negotiating.

Also — you mentioned your ProQOL came out high on secondary traumatic stress. Please take that seriously. I ignored mine for two years and ended up off for three months. The Stamm manual has some good notes on interpreting it, and Figley's compassion fatigue stuff is old but still holds up.

Kia kaha. You're not alone in this.""",
        [],
    ),
    (
        "b21c-015",
        """New referral — asking for advice on whether this is within scope for a generalist counsellor

Pasting the key bits of the referral form (I'll tidy my own notes later):

> **Name:** Tama Whaanga-Ruri
> **NHI:** ZKH4821
> **Age:** 16
> **Address:** 17 Kowhai Crescent, Gisborne 4010
> **Parent contact:** mum, Hinemoa, 027 314 8876
> **School:** Year 12, Gisborne Boys' High School
> **Referred by:** school guidance counsellor, Mrs Te Aroha Kingi
> **Reason for referral:** Low mood, withdrawal from rugby and friends, disclosed to guidance counsellor that he has been "thinking about not being around". Recent bereavement (cousin, suicide, October). Family supportive. Some vaping, denies other substances.

I've got experience with youth low mood, but not much with postvention after a suicide in the whānau, and I'm aware of contagion risk in small communities. The DHB youth service has a long wait and the family have said they'd prefer someone local.

What I'm thinking:
- Initial session with Tama and mum together, full risk assessment (I use the HEEADSSS framework with youth).
- Safety plan using the Stanley–Brown template.
- Liaise with the school about the wider postvention response — I believe the Ministry's Traumatic Incident team has already been in.

Is this reasonable to hold as a generalist with close supervision, or should I be pushing harder for specialist CAMHS input? What would make you refer on?""",
        [
            ("Tama Whaanga-Ruri", "name"),
            ("Tama", "name"),
            ("ZKH4821", "id_number"),
            ("17 Kowhai Crescent", "place"),
            ("Gisborne", "place"),
            ("4010", "place"),
            ("Hinemoa", "name"),
            ("027 314 8876", "phone"),
            ("Gisborne Boys' High School", "organisation"),
            ("Te Aroha Kingi", "name"),
        ],
    ),
    (
        "b21c-016",
        """Process notes – long-term psychodynamic client, session 112 (twice weekly)

Bringing this to the forum for peer thoughts on the ending phase; we've agreed a termination date about four months from now.

She arrived six minutes late, the first lateness in over a year, and began by talking about her GP retiring — "everyone's leaving at once". I didn't take it up directly; she moved quickly to a long story about her sister's renovations, in which she was cast as the sensible one who gets asked for advice and never asked how she is.

About 25 minutes in she fell silent, then said, "I've been thinking I might not come in the last week. It'd be easier to just stop." I noticed my own pull to reassure her, and instead said something like, "Easier to leave than to be left." Long pause. Then tears, the first in months.

The rest of the session was her remembering being sent to boarding school at eleven, and how she'd taught herself to stop missing home by the second term. She called it "turning the tap off". She wondered aloud whether she's doing the same with me.

My own process: I felt a real tenderness, and also a flicker of relief at the idea of her stopping early, which I'm curious about. Possibly my own discomfort with endings (classic, I know — see Yalom on termination and the therapist's losses). Possibly a communication of how unbearable her own dependency feels.

Questions for the group: how do you work with a client who wants to pre-empt the ending? I'm inclined to keep interpreting and hold the frame, rather than negotiating the date. Anyone read Schlesinger's *Endings and Beginnings* and found it useful in practice?""",
        [],
    ),
    (
        "b21c-017",
        """Gaming disorder, or depression wearing a gaming costume? Looking for input.

21M, living at home, deferred his second year of engineering. Parents pushed for it (GP did the MHCP) because he's gaming 10–14 hours a day and has basically stopped leaving his room. He's quite articulate about it: "I'm not addicted, I just like it better than my life."

Assessment so far: PHQ-9 of 18, IGDS9-SF 31, sleep reversed (goes to bed around 6 am). No SI. Some social anxiety that predates the gaming. He's actually well regarded in his online community — ranked, captains a team, mentors newer players. He's proud of that, and it's the only place he currently gets any sense of competence.

What shifted things: on Saturday the 4th his team lost a tournament final and he didn't sleep for two days, then came to session and cried for the first time. He said the tag "Kestrel_vx" was the only version of himself he liked.

My instinct is to treat this primarily as depression with avoidance, using BA — and to treat the gaming as a values-relevant domain rather than the enemy. But the parents want a "gaming detox" and I'm getting some pressure. King & Delfabbro's work suggests gaming-specific CBT can help, though a lot of the trial data is from Asian samples.

Anyone worked with parents on this kind of reframe? How did you hold the middle ground without them feeling you were colluding with him?""",
        [("Saturday the 4th", "date"), ("Kestrel_vx", "handle")],
    ),
    (
        "b21c-018",
        """**5Ps formulation – looking for feedback before I write up the NDIS report**

Client: autistic woman, early 30s, diagnosed late (ADOS-2 at 28). NDIS participant, funded for capacity building including psychology. Lives alone in a unit, works part-time in data entry.

**Presenting:** Shutdowns at work (4–5/month), panic after unexpected changes, increasing isolation since her long-term friend moved overseas. GAD-7 15, PHQ-9 11. Sensory overload in an open-plan office.

**Predisposing:** Autism (late-diagnosed, years of masking); bullying through primary and high school; maternal history of anxiety.

**Precipitating:** Office relocation in the new year to an open-plan floor; loss of her close friend's in-person support.

**Perpetuating:** Masking at work to the point of exhaustion; avoiding telling her manager about sensory needs (fear of being seen as "difficult"); reduced routine after the friend left; catastrophic predictions about change.

**Protective:** Strong special interest (birding) that gets her outside; good relationship with her support coordinator; insight and motivation; a cat she adores.

**Intervention so far:** Neurodiversity-affirming approach, not "social skills". Energy accounting (Maja Toudal's work), sensory profile with the OT, adapted CBT for anxiety with more visual scaffolding. Drafting a workplace adjustments letter together.

Question: for those who write NDIS progress reports, how much of the formulation do you include? The planner doesn't need her childhood, but the functional-impact case does lean on it. And how are people phrasing "reasonable and necessary" these days without it sounding like a pitch?""",
        [],
    ),
    (
        "b21c-019",
        """Hoping for some wisdom from the family violence practitioners here.

I'm a social worker in an NGO, seeing a woman in her 30s who left a violent relationship last year. Protection order in place. Two kids (9 and 6). Oranga Tamariki closed their file after the initial report of concern; Women's Refuge has been involved and were brilliant.

Where I'm stuck: the ex, Shane, has been turning up at the kids' sport and making small, deniable contact — a wave, a "tell your mum I said hi". Not enough to breach the order, apparently, per police. But she's back to sleeping in the kids' room and checking the locks. Her PCL-5 went from 33 down to 21 and back up to 40 in a month.

The older one, Ruby, has started refusing to go to netball, which is a real loss because it was her main thing. The school (she's at Fendalton Primary) has been supportive, and the principal now has a copy of the order.

We've been doing trauma-informed work — stabilisation, grounding, a lot of psychoeducation using the Duluth power and control wheel — and I'm looking at starting some narrative work (White & Epston). But I keep thinking about the systemic piece: is there anything more I can be doing around the ongoing low-level contact? Or is the honest answer that the system doesn't have a tool for this and my job is to help her live with it?

Also, any good child-focused resources for the 9-year-old? Our agency is small and doesn't have a child therapist.""",
        [("Shane", "name"), ("Ruby", "name"), ("Fendalton Primary", "organisation")],
    ),
    (
        "b21c-020",
        """Agree with the previous reply re: checking renal function more often than you'd think. In my older patients on lithium I do levels every 3 months once stable, eGFR and TFTs with the same bloods, and calcium twice a year. Aim lower, 0.4–0.6 mmol/L, for anyone over 70 unless they've relapsed at that level before.

On your specific question — an 84-year-old with a 40-year history of bipolar I, stable on lithium for most of that, now with eGFR dropping into the 40s — I wouldn't stop it reflexively. The relapse risk on withdrawal is real (Baldessarini's data on rapid discontinuation is sobering). I'd get a nephrology opinion, drop the dose, monitor closely, and only if the eGFR keeps falling start a slow cross-taper to valproate or lamotrigine depending on the polarity of past episodes.

And do involve the family and GP in the decision. These are often the conversations where the patient says "I've been on this since before you were born, doctor," and they have a point.

The RANZCP guidelines (Malhi et al. 2020) cover this reasonably well, though the older-adult section is thin.""",
        [],
    ),
    (
        "b21c-021",
        """Telehealth and risk — how are you all handling clients who are in a different state?

Context: I'm a counsellor based in Tasmania doing mostly telehealth. One of my clients is a woman in her 50s who relocated interstate for her husband's work about six months ago. We'd worked together face-to-face for a year before she moved, and she wanted to continue online. Presenting issues were perimenopausal depression and marital strain; she'd been doing well.

Last week she disclosed that things had got much worse: drinking most nights, thoughts that "the family would be better off", and she has access to her husband's prescription opioids after his back surgery. I did a full risk assessment, we did a safety plan together, and with her consent I called her new GP, Dr Priya Venkatesan, who saw her the next day.

My questions:
1. I don't know the local crisis services where she is now. How do you prepare for this in advance? I've now got the state mental health line on file, but I felt underprepared.
2. Insurance-wise, are we covered for practising across state lines? I'm PACFA-registered, not AHPRA.
3. Would you keep seeing her, or transition her to someone local?

I'm leaning toward continuing with a local GP/psychiatrist safety net, because the relationship is the strongest protective factor she has. But I'd like a sanity check.""",
        [("Priya Venkatesan", "name")],
    ),
    (
        "b21c-022",
        """## Case presentation: young Pasifika man, online sports betting

**Background (de-identified):** Mid-20s, Samoan, works in construction, lives with his parents and several siblings in a multigenerational household. Strong church involvement through his family. Referred by GP after he disclosed he'd lost around $18k over eight months, mostly through an offshore betting app, and had borrowed from a cousin to cover his rent contributions.

**Assessment:** PGSI = 17 (problem gambling). PHQ-9 = 14. No SI currently, but said "I thought about it" when his parents first found out. Drinks socially on weekends, no other substances. Highly shame-prone: won't tell his pastor or his older brothers.

**Formulation:** Gambling started as social (group-chat tipping with mates during the NRL season), escalated after a big win early on, and is now maintained by chasing losses and by a sense that one more win could "fix it before anyone has to know". Cultural obligations (fa'alavelave contributions, supporting parents) add significant financial pressure, and the shame is collective as well as personal.

**Approach so far:** MI (Miller & Rollnick) to build discrepancy without adding to the shame. Self-exclusion from the app he uses most. Financial mentor referral. Using the Fonofale model (Pulotu-Endemann) to frame wellbeing — he immediately got the fale metaphor and identified family as the roof, which is currently leaking.

**Question for the group:** has anyone brought family into gambling treatment with Pasifika clients in a way that reduced shame rather than amplifying it? He's terrified of a family meeting but I suspect it's where the real change lives. Also interested in whether people use the Gambling Helpline's Pasifika counsellors as an adjunct.""",
        [],
    ),
    (
        "b21c-023",
        """**SOAP — Session 4 — Client: M. Papadopoulos — 12/09**

(Posting my note as-is for feedback on documentation style; my supervisor says I'm too wordy.)

**S:** Client reports ongoing low mood and irritability since being passed over for a team leader role at Bunnings, where he has worked for 11 years. States "I'm done with the place, but where else am I going to go at 52". Sleep 5 hrs/night, early waking. Appetite unchanged. Reports arguing more with wife; denies any physical aggression. Alcohol: 3–4 beers most nights, up from weekends only. No SI/HI. Has been walking along the river near his place in Footscray most mornings, which he says helps "a bit".

**O:** Punctual, neatly dressed in work uniform. Speech slightly pressured when discussing work, otherwise normal. Affect irritable, congruent. Good insight. K10 = 27 (previous 30). AUDIT-C = 7.

**A:** Adjustment disorder with mixed anxiety and depressed mood (F43.23), with alcohol use increasing — monitor for AUD. Some improvement in overall distress. Anger appears to be secondary to shame and perceived injustice.

**P:** Continue weekly CBT. Next session: values clarification re: work (ACT hexaflex as a map), and a brief intervention around alcohol (FRAMES). Encourage GP review — possible pointer to Heads Up resources for workplace mental health. Session 5 of 6 under current MHCP; discuss review with GP.""",
        [
            ("M. Papadopoulos", "name"),
            ("12/09", "date"),
            ("Bunnings", "organisation"),
            ("Footscray", "place"),
        ],
    ),
    (
        "b21c-024",
        """Supervisor's reflection — when a supervisee nearly posts identifying details

Writing this partly as a reminder to myself, partly because I think it's a useful teaching moment for this forum.

A provisional psychologist I supervise drafted a consultation post last month that, on a first read, looked well de-identified: no name, no DOB, "client in her 20s". But when we went through it together, the combination of details was the problem — a specific niche sport, an uncommon job in a small regional town, a reference to a car accident that had been in the local paper. Anyone from that town would have known who it was within a sentence.

What we talked about:
- De-identification is about the *combination*, not the individual fields. The OAIC guidance makes this point and so does the APS Code (A.5 on confidentiality).
- Ask: "If the client read this, would they recognise themselves? Would their neighbour?" The first is often fine; the second is the test.
- Blur the non-clinical details that don't matter. The sport became "a team sport", the job became "a skilled trade", the accident became "a serious MVA two years ago".
- Keep the details that DO matter clinically, but make them generic. Her being in a small community mattered for the formulation (visibility, limited services), so we kept "small rural community" and dropped the state.

She reworked it and it was a great post. What struck me was how anxious she was that she'd "done something wrong". She hadn't — she brought it to supervision first, which is exactly the point of supervision. We spent the last 15 minutes on that anxiety and her perfectionism, with her consent, using the restorative function of Proctor's model explicitly.

Would love to hear how others teach this.""",
        [],
    ),
    (
        "b21c-025",
        """Boundary question: client emailing between sessions and writing about therapy online

Private practice psychologist, working mainly with adults with complex trauma. I've got a client (40s, long history of childhood abuse, C-PTSD, ~18 months of weekly work, phased approach à la Herman) who has started emailing me between sessions. At first it was logistics; now it's 3–4 long emails a week, often late at night, from her address amberlight.writes@gmail.com (she signs them with her blog's name too). My informed consent says email is for admin only, and I've gently restated that twice.

The complication: she also writes a public blog about her healing at amberlightwrites.com.au and has started writing about our sessions — not naming me, but quoting things I've said. A couple of posts have thousands of views. She says it's "the most healing thing I've ever done". I'm uneasy but not sure it's my place to have a view on what she writes about her own therapy.

I'm using schema therapy (Young) with a fair bit of limited reparenting, and I'm aware the emailing could be understood as her testing whether I'll be available in the way her parents weren't. I want to respond in a way that's attuned but holds the frame.

How would you approach:
1. The emailing — a firm limit, a scheduled between-session check-in, or something else?
2. The blog — raise it? Leave it? Talk about it as part of the therapy?

Any reading recommendations welcome. I've re-read Gutheil & Gabbard on boundaries but it's a bit US-legal-flavoured for this situation.""",
        [("amberlight.writes@gmail.com", "email"), ("amberlightwrites.com.au", "url")],
    ),
    (
        "b21c-026",
        """Re: ACC sensitive claims — first time as a registered provider

Welcome to the circus! Honestly it's not that bad once you've done a couple.

The flow, as I've experienced it:
1. Client does the initial engagement sessions with you (there's a Support for Wellbeing allowance before the claim is decided, which takes a lot of pressure off).
2. You submit the assessment request. If you're not an assessor, the client gets referred to one — it's a long-ish assessment, usually 2–3 sessions.
3. Once the claim is accepted, you submit a treatment plan. Be specific about goals; vague goals ("reduce distress") get bounced.
4. Progress reports at regular intervals. Use measures — I do the PCL-5 and the K10 and include the graph; assessors love a graph.

Things I wish I'd known:
- The Integrated Services for Sensitive Claims (ISSC) operational guidelines are long but actually readable. Block out an afternoon.
- Don't rush the assessment. Clients can experience it as another intrusion, and that's data for the formulation.
- Some clients don't want a diagnosis at all. Claims can be accepted for mental injury without PTSD specifically — I've had them accepted for MDD and adjustment disorder.
- Travel and childcare costs can be covered. Many clients don't know to ask.

Also, the provider helpline is surprisingly helpful. The hold music is less so.""",
        [],
    ),
    (
        "b21c-027",
        """ED consult write-up — wanting input on capacity + delirium vs. psychosis (registrar here)

**Pt:** Edna Whitlock, aged 91, female, MRN 00827731
**From:** Banksia Grove Aged Care, Toowoomba
**NOK:** daughter, Coral Hensby — 0427 690 114
**Presented:** 3 August, ~2300, brought in by QAS

**HPI:** 5-day history of increasing agitation, visual hallucinations ("children in the garden"), accusing staff of stealing. Background of mild Alzheimer's (MoCA 19/30 six months ago), AF on apixaban, CKD stage 3. Facility started quetiapine 25 mg PRN two days ago with minimal effect. No prior psychiatric history.

**Findings:** Inattentive, fluctuating, 4AT = 7. Urine dip positive, CRP 86. Afebrile.

**Impression:** Delirium, likely UTI-driven, superimposed on dementia. Primary psychotic illness unlikely given acute onset and fluctuating attention.

**The actual question:** The facility is pushing for "a psych admission" and the daughter wants her mum "sedated so she's comfortable". Medical team want to admit under geri-med. I've recommended treating the infection, non-pharmacological delirium management, cautious low-dose antipsychotic only if she's distressed and at risk, and NOT an admission to the mental health unit.

Has anyone got a good way of explaining to families why "psych admission" isn't the right answer for delirium? I keep giving the same explanation and it doesn't land when they're frightened. Also, anyone else seeing more of these from facilities after hours? Feels like we're getting a lot of them.""",
        [
            ("Edna Whitlock", "name"),
            ("aged 91", "age"),
            ("00827731", "id_number"),
            ("Banksia Grove Aged Care", "organisation"),
            ("Toowoomba", "place"),
            ("Coral Hensby", "name"),
            ("0427 690 114", "phone"),
            ("3 August", "date"),
        ],
    ),
    (
        "b21c-028",
        """Quick one: has anyone run SPACE (Lebowitz) with parents where the child refuses to attend any sessions at all? 10-year-old with contamination OCD, CY-BOCS 26, hasn't set foot in my room since session 2. Parents are motivated and the accommodation is enormous (mum is doing three loads of washing a day, dad showers before he's allowed to hug him). I've read the book and done the online training, but haven't run it "pure" before. Wondering about pacing — how many weeks did you spend on supportive statements before tackling the first accommodation target? And did you keep trying to engage the child in parallel, or fully back off?""",
        [],
    ),
    (
        "b21c-029",
        """Replying to the thread about disenfranchised grief — pet loss is so underrated in our field.

I had a client last year, retired man, widowed, whose dog died suddenly (bloat, overnight). He was more devastated than he'd been when his wife died, and then ashamed of that, which made it worse. His GP had more or less told him to "get another dog".

What helped:
- Naming it as grief, properly. Doka's concept of disenfranchised grief gave him language: "so it's not just me being soft".
- Letting him talk about the dog in detail. Biscuit had been his wife's dog first, so in a sense he was losing the last living link to her as well. Once we saw that, the "disproportionate" grief made complete sense to both of us.
- Continuing bonds (Klass, Silverman & Nickman) rather than "letting go". He made a small memorial in the garden and walks the old route on Sunday mornings.
- Gentle behavioural activation, because without the dog he'd stopped walking, stopped chatting with neighbours, stopped having a reason to get up at 7.

He did eventually get another dog, about eight months later, and said it felt like "permission from both of them".

Your client might not be there yet — and that's fine.""",
        [("Biscuit", "name")],
    ),
    (
        "b21c-030",
        """DBT skills group – facilitator notes and a question

Setting: community mental health team, adult DBT program (full model: individual, group, phone coaching, consult team). This is week 3 of the interpersonal effectiveness module.

Attendance: 6/8. One apology (work), one unexplained — her individual therapist is following up.

Homework review: Four members had tried DEAR MAN during the week. One used it with a housing officer and got a repair request actioned after three months of being ignored — the group actually clapped. One said she "did the DEAR bit but completely forgot the MAN bit" when her mother started crying, which opened up a useful discussion about when the relationship goal outranks the objective.

Teaching: GIVE skills. Role-plays in pairs. The member who has been most disruptive in previous weeks (talking over others, leaving early) stayed the whole session and partnered well. I made a point of reinforcing this privately at the end rather than in group, per Linehan's guidance on contingency management.

Therapy-interfering behaviour: two members arrived intoxicated in week 1; both were asked to leave and re-attended sober in weeks 2 and 3. The consult team agreed on a consistent script.

Question for other DBT clinicians: we've had a debate in our consult team about whether to run the mindfulness module between every other module (as in the manual) or front-load it. Our group is high-dropout in weeks 1–4, and some of us think three weeks of mindfulness at the start loses people. Anyone experimented? I know the evidence for deviating from the manual is thin (and that the adherence folks will be horrified).""",
        [],
    ),
    (
        "b21c-031",
        """Rural men and help-seeking — a case that's stayed with me

I work out of a GP practice in north-west NSW. A farmer in his 60s came in last winter at his wife's insistence — "she's booked it, so here I am". Third generation on the property, on his own since the kids went to the coast. Drought years, then the fires, and then a hailstorm on New Year's Eve 2019 wiped out most of a crop he'd borrowed heavily to put in. Since then he's been running on adrenaline and silence.

He'd not told anyone he'd been sitting in the ute with the rifle some nights. He told me in session 2, almost offhand. We did a safety plan, and — this was the key — he agreed to let his brother-in-law hold onto the firearms "for the season". The word "season" made it acceptable to him.

What's helped him:
- Meeting at the practice rather than in a "mental health" building. People in Gunnedah notice who parks where.
- Short, practical sessions. Problem-solving therapy more than anything cognitive.
- Linking him with the Rural Financial Counselling Service, which took a lot of weight off.
- Talking about his dad, who went through the same thing in the '80s and "never said a word".

My questions for the group:
1. Anyone found ways to get rural men in earlier, before it's the rifle-in-the-ute stage? We talk a lot about stigma but I'm not sure the campaigns reach men like him.
2. How are you handling firearms conversations — especially with people for whom guns are working tools?""",
        [("New Year's Eve 2019", "date"), ("Gunnedah", "place")],
    ),
    (
        "b21c-032",
        """**Follow-up – child & adolescent psychiatry, 30 min**

**S:** 15-year-old seen with dad. Started methylphenidate LA 18 mg six weeks ago, increased to 27 mg at last review. Dad reports "like a different kid in the mornings", homework getting done for the first time this year. Client says he focuses better but "feels flat" after school, and appetite at lunch is poor — often skips it. Sleep onset ~45 min, similar to baseline. Anxiety about NCEA exams ongoing; he's in Year 11. No tics. No mood concerns beyond the afternoon flatness.

**O:** Weight down 1.8 kg since baseline (now 25th centile, was 40th). BP 118/74, HR 88. Pleasant, engaged, a bit fidgety but less so than at first review. Conners 3 teacher rating improved on the inattention scale (T-score 72 → 61).

**A:** ADHD, combined presentation, good response to stimulant, with appetite suppression and possible afternoon rebound. Anxiety symptoms stable, likely partly secondary to academic difficulties, which are now easing.

**P:**
- Continue 27 mg; try a larger breakfast and a protein-dense after-school snack. Dietitian referral if weight keeps dropping.
- Consider a small short-acting afternoon dose if rebound persists — discuss at next review.
- Psychoeducation to dad re: rebound vs. mood. Encourage school to apply for special assessment conditions for exams.
- Review in 6 weeks, weight and vitals each visit. CBT for anxiety via school counsellor, already underway.""",
        [],
    ),
    (
        "b21c-033",
        """Has anyone worked much with religious trauma? Feeling a bit out of my depth.

Client is a woman in her late 20s who left a high-control church about two years ago. She grew up in it — homeschooled until 14, purity culture, regular "deliverance" sessions when she was anxious as a kid. Her whole family is still involved with Rivergate Christian Fellowship and she's been effectively shunned since she left. Her mother still texts her Bible verses.

Presenting with panic attacks, intense fear of hell that she intellectually doesn't believe in anymore, and shame about her body and sexuality. She married young, divorced at 25. Now in a new relationship that she describes as "really good, which is terrifying".

I've been working with a mix of ACT and some CFT (Gilbert). The defusion work is helping with the hell thoughts — "Here's my Sunday school brain again" is a phrase she now uses. But the grief about losing her family and community is huge, and some sessions I feel like I'm doing bereavement work with someone whose family are all alive.

I'm aware of Marlene Winell's work on Religious Trauma Syndrome and have been reading *Leaving the Fold*. I'm also conscious I'm not religious myself, and I don't want to position faith as the enemy — she's said she might want some kind of spiritual life eventually.

Anyone have experience with this? Particularly how you balance the trauma lens with respect for the possibility she might return to a (different) faith community one day.""",
        [("Rivergate Christian Fellowship", "organisation")],
    ),
    (
        "b21c-034",
        """Takeaways as I close out an affair-recovery case (couple, together 22 years, 16 sessions)

1. **The first four sessions are crisis management, not therapy.** She needed to know whether he was still in contact with the affair partner; he needed to know whether she was going to leave. Nothing else could happen until those were addressed. I used Gottman's atone–attune–attach structure as a loose map, which helped me not rush.

2. **Don't let the "why" question take over too early.** Perel's *The State of Affairs* is brilliant on meaning-making, but if you open that too soon the hurt partner can hear it as justification. We didn't really touch "what was this about for you" until session 9.

3. **Individual sessions need a clear confidentiality policy upfront.** I use a no-secrets policy and said so in writing at intake. It saved me when he wanted to disclose something in an individual session in week 6.

4. **The hurt partner's hypervigilance is not pathology.** She was checking his phone daily, and at one point another clinician had told her this was "controlling". Framing it as a trauma response (Glass's *Not "Just Friends"* is good on this) reduced her shame enormously.

5. **Watch the anniversary effect.** They hit a major setback around the one-year mark of discovery. I hadn't flagged it in advance, and should have.

6. **Measures help.** DAS at intake, session 8 and session 16. Her score moved more than his, which turned into a useful conversation about who had "done the work".

They've decided to stay together. Whether that's "success" is their call, not mine.""",
        [],
    ),
    (
        "b21c-035",
        """Chronic pain + depression, ACC, and a return-to-work plan that feels doomed

NZ psych, working mostly with ACC-funded clients. This one's a forklift driver in his 40s, crush injury to the left foot two years ago, CRPS diagnosed eventually. He's been off work since. Pain 7/10 most days, PHQ-9 16, lots of fear-avoidance (TSK 48). He's on pregabalin 150 mg BD and amitriptyline 25 mg nocte, both from the pain clinic.

ACC now has a vocational provider involved, and there's a graduated RTW plan back to his old employer, Mainfreight, in a modified role. When I spoke to the case manager about it (claim number 10027458921, if anyone from the ACC side is reading and can advise on process — half joking) she was very keen on the timeline.

My client is terrified. The accident happened when a coworker, Brent, reversed into him, and Brent still works on the same floor. He says he can't face him and feels nobody at ACC has asked about that at all. It's not quite PTSD — he's not having flashbacks — but there's a lot of anger and avoidance tied to the site itself.

I'm using ACT for the pain work (moderately helpful) and have started some graded exposure. But I'm wondering whether I should be advocating for a different workplace altogether, or whether that just reinforces the avoidance.

Anyone been in this spot? How assertive do you get with ACC about a RTW plan you think is premature?""",
        [("Mainfreight", "organisation"), ("10027458921", "id_number"), ("Brent", "name")],
    ),
    (
        "b21c-036",
        """Yes to all of this. I work in a refugee-background service and we use interpreters in probably 70% of sessions. A few things I've learned the hard way:

- Always book through TIS National (131 450) or your service's contract, never a family member. Not even "just for the first session". I once had a 12-year-old interpreting for her mum about domestic violence before I stopped it. Never again.
- Pre-brief and debrief. Five minutes before: what we'll cover, whether there's likely to be trauma content, and that they should interpret in the first person. Five minutes after: how are they, did anything land hard.
- Ask about community overlap. With smaller language communities (we see a lot of Dari and Hazaragi speakers), there's a real chance the interpreter knows the client's family. Telephone interpreting from interstate is sometimes the better option for exactly that reason.
- Slow the interventions down. A Socratic question often doesn't translate; a direct, concrete question does better. Narrative exposure therapy (Schauer, Neuner & Elbert) has actually been easier to do with an interpreter than CBT, because the lifeline structure is so concrete.
- Same interpreter every session if you possibly can. They become part of the therapeutic relationship.

The Foundation House guide on working with interpreters is excellent and free. And on vicarious trauma, remember interpreters don't usually get supervision — your debrief might be the only processing they get.""",
        [],
    ),
    (
        "b21c-037",
        """Reply to the thread on international students and academic-failure shame

This is so common in uni counselling. I had a very similar case recently — an international student from China, third-year commerce at Monash, who failed two units in first semester and hadn't told her parents. They'd taken out a loan to fund her degree.

She came in after a panic attack in the exam hall on the 22nd of May and was convinced she'd lose her visa. Some of that fear was realistic (course progress requirements are a real thing), and some was catastrophic. Separating the two was the first piece of work: we got her an appointment with the international student advisers the same week so she had accurate information, which took the temperature down a lot.

Then the shame piece. What helped:
- Understanding the family context without pathologising it. Filial piety, the weight of parental sacrifice — I was careful not to frame her parents as the problem.
- Using CFT (Gilbert) to work with the self-critic, which she described as "my father's voice but meaner".
- Rehearsing the conversation with her parents in session, in English, and then she wrote it out in Mandarin herself.

She told them in the mid-year break. It went better than she feared — her mum cried, her dad didn't speak to her for a week, and then he called and asked what she needed.

Her OSHC covered some sessions with an external psychologist over the break, which helped with continuity.""",
        [("Monash", "organisation"), ("22nd of May", "date")],
    ),
    (
        "b21c-038",
        """Peer consultation group — summary of this month's meeting (posting for members who couldn't make it)

Present: 5 members (2 clinical psychs, 1 counsellor, 1 OT, 1 social worker). Apologies: 2.

**Case A** (presented by one of the clinical psychs): Man in his 30s, OCD with religious scrupulosity, 12 sessions of ERP with limited gains. Group suggested checking whether reassurance-seeking has moved from the therapist to an online forum or to his priest. Also suggested inference-based CBT (O'Connor & Aardema) as an alternative if ERP stays stuck.

**Case B** (counsellor): Woman in her 60s caring for a husband with early-onset Parkinson's, burnt out, guilty about wanting respite. Group discussed carer burden measures (Zarit) and the Carer Gateway. Strong agreement that respite is a clinical intervention, not a failure.

**Case C** (OT): Young adult after a first episode of psychosis, struggling with the shift from inpatient to community. Discussion of sensory modulation tools and how to hand over to the early intervention team without losing the thread.

**General discussion:** Changes to the MBS telehealth items and whether anyone has been audited. Nobody has, but two members are keeping more detailed records of why telehealth was clinically appropriate. Reminder that the APS and AHPRA both expect notes to stand alone.

**Next meeting:** second Tuesday of next month, same Zoom link as always. Presenters: the social worker and one of the psychs. Reminder to de-identify, and to bring one specific question rather than just "thoughts?".""",
        [],
    ),
    (
        "b21c-039",
        """Consultation: young person on a youth justice order, court-mandated counselling, zero buy-in

I'm a counsellor at a community org that takes youth justice referrals. New client, 16M, on a supervised order after a string of car thefts. The referral paperwork lists the matter as Youth Court file CH-23-04471, which tells you how much the system thinks about privacy. His YJ caseworker, Daniel Okoro, has been great, but is clearly carrying about 40 kids.

In session 1 he sat with his hood up and said "I'm only here cos the judge said". Session 2 he didn't show. Session 3 he came, because Daniel drove him from his nan's place in Elizabeth, and spent most of the hour on his phone. When I asked about the cars he said "me and tyler just drive round, there's nothing else to do out here".

Background from the file: out-of-home care since age 9, multiple placements, currently staying with his nan. Disengaged from school since Year 8. Suspected FASD, never assessed. Cannabis most days.

I've tried: MI (rolling with resistance), asking about his interests (cars, obviously — he's genuinely knowledgeable), offering walk-and-talk sessions. The walk-and-talk was the closest we've come to a conversation.

Questions:
1. Anyone have tips for getting an FASD assessment for a young person in the youth justice system without a 12-month wait? I know about the Australian FASD diagnostic tool, but getting a team together is the issue.
2. How do you work with a mandated client when the mandate is the whole reason they're there? I keep thinking of the involuntary-client literature (Trotter's pro-social modelling), but I'd love practical examples.
3. Any thoughts on how to handle the fact that his breach hearing is on 14 November and he's told me he's "not going"?""",
        [
            ("CH-23-04471", "id_number"),
            ("Daniel Okoro", "name"),
            ("Daniel", "name"),
            ("Elizabeth", "place"),
            ("tyler", "name"),
            ("14 November", "date"),
        ],
    ),
    (
        "b21c-040",
        """Just adding to the great replies above. In Aotearoa the relevant framework is the Health Information Privacy Code 2020 (especially Rules 5 and 11), not the Privacy Act alone, and the HDC Code of Rights comes into it too (Right 6, informed consent). If a client asks for their notes you've got 20 working days to respond, and you can only withhold in pretty narrow circumstances.

Write every note as if the client will read it — because increasingly they do. I stopped writing "client presented as" about five years ago and now write "we talked about", and honestly my notes got better.

Also: check what your practice management system does with data offshore. Some of the big ones store it in Australia or the US, and clients are entitled to know that.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b21c"}
        for doc_id, text, items in DOCS
    ]
