"""Blind batch b16d, written by a helper session without sight of the guard. Forty posts by
clinicians in the US, UK, Ireland, Canada, Australia and New Zealand about clients from
immigrant, refugee, Indigenous and faith communities (Afghan, Syrian, Somali, Hmong, Filipino,
Samoan, Diné, Inuit, Māori, Aboriginal, Irish Traveller, Sikh, Orthodox Jewish, Latter-day
Saint, Pentecostal) and about work-related, military, first-responder and health-worker clients
(paramedics, dispatchers, police, firefighters, nurses, pharmacists, corrections officers,
soldiers and veterans). Genres: Markdown case presentations, consultation questions, forum
replies, follow-ups, SOAP/DAP/BIRP notes, process notes, group notes, supervision reflections
and closing takeaways. Identifier documents carry names (nicknames, names that are everyday
words or places such as Tracy, Shell, Joy, Destiny, Lewis, Nelson, a lower-case name in a
quoted text), suburbs, streets, towns, employers, units, stations, brigades, schools and
hospitals, dates in many formats (8/29/21, Feb. 11, the 2nd of June, 05.11.2023, Hogmanay 2021,
Anzac Day 2024), ages over 89, phones, an email, a handle, a URL and ID numbers (A-number,
WSIB/ACC/WorkSafe claims, NHI, CHI, NHS, PPS, Medicare, Medicaid, licence plates, MCRN).
Clean documents are dense with look-alikes: theorists and cited authors, instruments and
scores, medications, therapy models, national hotlines and services (988, Lifeline, 13YARN,
1737, Samaritans, Pieta, Open Arms, Op COURAGE, VA), regions, holidays without years,
weekdays, months, years and ages under 90.

First-sight figures, with the guard at 663890a (measured at e81fff2, which changed only test
floors): span recall 0.890, precision 0.890, identifier documents fully caught 0.550, clean
documents flagged 0.450 (the guard at 5d372b1, where this session started: 0.870, 0.825,
0.450, 0.700).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b16d-001",
        """**Case presentation for Thursday consult group**

**Client:** 34M, Afghan, arrived on a Special Immigrant Visa after working as an interpreter alongside US forces. Goes by "Noor" with everyone except his mother.
**Referral:** Resettlement caseworker, after he fainted twice on shift.
**Setting:** Outpatient; Dari interpreter for sessions 1–3, English since at his request.

**Background**
Arrived 8/29/21 with his wife and three children. Lived in a two-bedroom in Arden-Arcade until March, now doubled up with his cousin Wali's family. Works nights on the line at the Costco distribution center in Tracy, about an hour each way. He brought his A-number (A-214-876-330) and EAD to our first session "because every office asks," which tells you something about how he experiences services.

**Presenting concerns**
Nightmares about a checkpoint, startle, rumination about the people he could not get out. His brother's family is still in Afghanistan and he carries a lot of survivor guilt. PCL-5 58, PHQ-9 17, RHS-15 positive. Denies SI, cites faith and children. Sleeps 3–4 hours after shifts.

**What I'm doing**
Stabilisation, psychoeducation, and we've started Narrative Exposure Therapy (Schauer, Neuner & Elbert). The lifeline exercise went well; he placed far more stones than flowers.

**Questions for the group**
1. He worries that anything he says about his interpreting work could somehow endanger his brother. How have others handled documentation and reassurance here?
2. His wife doesn't want him "telling strangers our business." Any experience bringing a spouse in without losing him?
3. Is NET too much while he's this sleep-deprived?""",
        [
            ("Noor", "name"),
            ("8/29/21", "date"),
            ("Arden-Arcade", "place"),
            ("Wali", "name"),
            ("Costco", "organisation"),
            ("Tracy", "place"),
            ("A-214-876-330", "id_number"),
        ],
    ),
    (
        "b16d-002",
        """Burnout or depression? Polish care worker on nights – would value thoughts

Hi all, looking for a steer. Client is a 46-year-old Polish woman who came to the UK in 2006 and has worked as a senior carer in residential homes ever since, mostly nights. GP referral to our Talking Therapies service in January; assessed for step 3 CBT.

She describes the COVID years as "the war." Lost eleven residents across two waves in spring 2020, was moved between floors with no notice, and says nobody has ever sat down and talked about it. Now: exhausted, tearful on the bus to work, gags at the smell of one particular hand gel, sleeping about four hours after a night shift. PHQ-9 16, GAD-7 12, Maslach emotional exhaustion very high. No intent; some passive "I would not mind not waking up" on bad weeks. Safety plan done, Samaritans 116 123 and the Shout text line given.

Practicalities: she sends money home to her mother in Poland and can't afford to drop shifts. Catholic, goes to a Polish Mass most Sundays when she isn't working, and says confession helps more than "talking to a stranger, no offence."

Questions:
1. Do I formulate this as burnout (Maslach & Leiter) or as depression with moral injury features? Williamson, Greenberg and colleagues wrote about exactly this in health and care staff, and it would change what I prioritise.
2. Anyone using the Moral Injury Outcome Scale routinely?
3. She's been on sertraline 50 mg from the GP since November with little change. Worth nudging her towards a review?

Someone mentioned Practitioner Health but I don't think care workers are eligible. Does anyone know for sure?""",
        [],
    ),
    (
        "b16d-003",
        """SOAP – Session 4 (telehealth, client home on R&R)

S: Client is a 41 y.o. Yamatji man, goes by "Tiny" (his joke; he's 6'4"). Reports sleep improved from 3 to 5 hrs on rest days but "gone again" on swing. Works a 2-and-1 roster as a haul truck operator for Fortescue at Cloudbreak, flies in and out of Geraldton. Raised mostly by his Aunty Mavis after his mum passed; he rings Mavis every night from camp. Talked about the anniversary of his cousin's death by suicide (26/05/2019) coming up while he's on site again.

O: Alert, engaged, more eye contact than wk 1. K10 29 (wk 1: 34). Dry camp, so no alcohol on swing; reports 8–10 cans a day on R&R. AUDIT-C 9.

A: Depressive sx easing slightly. Grief unresolved – Sorry Business for cousin was cut short by the roster. Alcohol on R&R is the main risk amplifier. Using the SEWB framework: connection to Country, culture and family strong; connection to body and mind weak.

P: Continue fortnightly telehealth on R&R weeks. Yarning about cousin next session if he wants to. Discussed 13YARN (13 92 76) and the site EAP; he'd rather 13YARN. Letter to GP re alcohol and review of MHTP – Medicare no. 4271 38562 1. Next: Thursday.""",
        [
            ("Tiny", "name"),
            ("Fortescue", "organisation"),
            ("Cloudbreak", "place"),
            ("Geraldton", "place"),
            ("Mavis", "name"),
            ("26/05/2019", "date"),
            ("4271 38562 1", "id_number"),
        ],
    ),
    (
        "b16d-004",
        """Supervision reflection – a rangatahi and his whānau

I'm a Pākehā counsellor and I want to write this down before supervision, because I think I got something wrong in session three and I'd rather look at it properly than defend it.

He's 16, Māori, living with his nan in a small town on the East Coast. Referred by the school guidance counsellor after an incident. In the first two sessions I ran my usual structure: presenting problem, risk, K10 (31), then a CBT-ish formulation. He was polite and gave me almost nothing.

In session three his nan came with him. She opened with a karakia and then spent twenty minutes on whakapapa – who his koro was, which side of the family had lost land and how. I kept glancing at the clock. Afterwards it hit me that that was the assessment, and I'd been treating it as the warm-up.

Durie's Te Whare Tapa Whā would have shown me that taha wairua and taha whānau were the walls that had given way, not only taha hinengaro. The Meihana model (Pitama and colleagues) goes further into historical context – colonisation, migration, marginalisation – and I'd skipped all of it.

What I'm bringing to supervision:
- I need cultural supervision, not only clinical. Ask what's available through work.
- Whanaungatanga first. Next time, session one is about connection, not the K10.
- Ask whether he'd like a referral to a kaupapa Māori service. Don't assume either way.
- Crisis info given: 1737 and Youthline. I'll check whether he'd actually use either.

He mentioned Matariki coming up and that the whānau all gather then. I said "nice" and moved on. Next time I'll ask.""",
        [],
    ),
    (
        "b16d-005",
        """Re: PTSD in a paramedic – WSIB and return to work

Jumping in because I've had a few of these and yours sounds a lot like mine.

First, in Ontario PTSD in paramedics is presumptive under the 2016 first responder amendments, so the WSIB claim should go through once a psychologist or psychiatrist makes the diagnosis. With my guy – 38, ACP with Peel Regional Paramedic Services out of Station 14 in Brampton – every delay was paperwork. His claim (30984172) sat for five weeks because the employer form went to the wrong adjudicator.

He fell apart after the call on Feb. 11 (infant arrest, long transport). His partner Robin says he hasn't sat in the driver's seat of any vehicle since, not just the truck.

What helped:
- CPT over PE. Resick's protocol fit how he thinks; his stuck points were all versions of "I should have been faster."
- A graded return: ride-along first, then non-emergent transfers, then full 12s. Took four months.
- Peer support through the union was better than the EAP for him.
- Getting Robin in for one session. The partner often knows the avoidance better than the client does.

Measures if useful: PCL-5 went 61 → 29 over 14 sessions. PHQ-9 tracked it.

Happy to share the RTW plan template (scrubbed) by DM.""",
        [
            ("Peel Regional Paramedic Services", "organisation"),
            ("Station 14", "organisation"),
            ("Brampton", "place"),
            ("30984172", "id_number"),
            ("Feb. 11", "date"),
            ("Robin", "name"),
        ],
    ),
    (
        "b16d-006",
        """Closing takeaways – Syrian family, 18 months

Closing this one this week. Writing down what I learned, partly for the team and partly for me.

Family: mother (39), father (45), three children aged 6 to 14. Came through the Irish Refugee Protection Programme, spent their first year in an Emergency Reception and Orientation Centre, then were housed in a rural county in the midlands. Mother was my main client; father came to four of twenty-six sessions.

What worked
- The same female Arabic interpreter every time. We lost her for a month in the second year and the mother barely spoke.
- Narrative Exposure Therapy (Schauer, Neuner & Elbert). The lifeline with flowers and stones made sense to her in a way a trauma hierarchy never would have.
- Planning around Ramadan rather than through it; shorter evening check-ins after iftar the second year.
- Linking with HSE refugee health screening and, for the father, a referral to Spirasi.
- The eldest's CAMHS referral was declined; Jigsaw picked her up within six weeks.

What I'd do differently
- Measure earlier. RHS-15 at intake was 34 and I didn't repeat it until month nine (19).
- Ask sooner about the father's sense of role. Losing his work as a pharmacist was the centre of his distress, not the war.
- I underestimated how much every housing move would undo.

Numbers left with her: Samaritans 116 123, Pieta 1800 247 247. She laughed and said she'd ring me instead, and we talked about why that wouldn't be possible, and about endings.""",
        [],
    ),
    (
        "b16d-007",
        """Process notes – session 6

Context for supervision: client is 52, Sikh, private hire driver in Leicester for 19 years. Assaulted by a passenger in Belgrave around 2am on Friday the 21st of last month. Hasn't driven nights since. The council has suspended his badge (PH 04417) pending a medical. His brother-in-law, Sonu, has been driving the car (LK19 XRT) on the weekend so the insurance doesn't lapse.

He arrived ten minutes early, which is new, still in his hi-vis. Began by telling me about langar at the gurdwara on East Park Road on Sunday: he'd done seva in the kitchen for four hours and "for four hours I was a person." I noticed I felt relieved and leaned forward.

Then, flatly: "Sonu says I am finished as a man if I don't drive." Long silence. I noticed my urge to reassure and held it. When I reflected that it sounded like he'd been measuring himself by the meter in the car, he cried, briefly, and apologised twice.

Themes: shame and izzat; being the provider; a body that startles at headlights. He mentioned his wife Harpreet has started working extra shifts at the warehouse and he can't look at her when she comes home.

My reactions: my own father drove buses for thirty years. I'm aware of wanting to make him "all right" quickly, perhaps for both of us.

For supervision: how to bring Harpreet in without making it feel like a further loss of face; whether to raise the medical with his GP now or wait.""",
        [
            ("Leicester", "place"),
            ("Belgrave", "place"),
            ("Friday the 21st", "date"),
            ("PH 04417", "id_number"),
            ("Sonu", "name"),
            ("LK19 XRT", "id_number"),
            ("East Park Road", "place"),
            ("Harpreet", "name"),
        ],
    ),
    (
        "b16d-008",
        """DAP Note – Session 9 of 12 (CPT)

D: Veteran, 44, former Army infantry sergeant, deployed to Iraq in 2005 and 2008. Attended in person. Completed practice assignments (3 ABC worksheets, 1 Challenging Beliefs Worksheet). Reports two nightmares this week, down from 5–6, both after neighbours set off fireworks early for the Fourth of July. Reworked stuck point: "If I'd called it in sooner the medic would be alive" → "I made the call with the information I had, under fire, in seconds." PCL-5: 41 (intake 63). PHQ-9: 12. Denies SI; C-SSRS screen negative. Prazosin 2 mg qhs through VA psychiatry, taking consistently. Alcohol: 2–3 beers most nights, down from 6.

A: Clinically meaningful change on PCL-5 (>10 points from intake). Moving from assimilated blame toward balanced beliefs; safety and trust themes emerging on schedule (Resick, Monson & Chard). Avoidance of crowds persists but is no longer driving his week. Fireworks reaction expected and processed well.

P: Session 10 (Power/Control) next Tuesday. Assign Trust worksheets. Reviewed Veterans Crisis Line (988, press 1) and the written safety plan. Coordinate with VA primary care re: sleep and alcohol. 60 min, CPT 90837.""",
        [],
    ),
    (
        "b16d-009",
        """Moral injury in aged care nurses – how do you work with visa stress on top?

Hi everyone, first post. I'm a mental health OT doing mostly private work and I have a client I keep thinking about between sessions.

She's a registered nurse from the Philippines, mid-30s, on a 482 sponsored visa, working at a Bupa aged care home in Sunshine. She's asked me to call her Tess. In the last month three residents died on her shifts, including a 97-year-old man she'd nursed for two years and sat with at the end because his family couldn't get there in time. Her nurse unit manager, Joy, told her to "get over it by next shift." She worked a double on Anzac Day 2024 and says that's when she stopped crying and "started feeling like a machine."

She's Catholic and feels it's sinful to be angry at her manager. More practically, she's terrified that any complaint could put her sponsorship at risk, and she's sending most of her pay home.

What I'm using: moral injury framing (Litz; Shay's "betrayal of what's right") seems to fit better than PTSD. K10 30. Some compassion-focused work around shame.

My questions:
1. Anyone had success with a moral injury approach for nurses specifically?
2. Ethically, how far do you go in helping someone plan a complaint when the visa risk is real? I don't want to push her into something that costs her everything.
3. I've given her the Nurse & Midwife Support line (1800 667 877). Any other resources that are good for overseas-trained nurses?

Thanks in advance.""",
        [
            ("Bupa", "organisation"),
            ("Sunshine", "place"),
            ("Tess", "name"),
            ("97-year-old", "age"),
            ("Joy", "name"),
            ("Anzac Day 2024", "date"),
        ],
    ),
    (
        "b16d-010",
        """Group Note – First Responder Resilience Group, Session 6 of 8

Attendance: 7 of 9 (two on shift). Members from municipal police, fire, paramedic services and 911 communications. Co-facilitated with a peer supporter (retired fire captain).

Theme: Sleep and shift work.

Check-in: Mental Health Continuum Model (green / yellow / orange / red) from R2MR. Four members yellow, two orange, one green. An orange member (dispatcher) described a run of overnight calls involving children and said she "can't take the headset off in my head." Fire members said they replay calls in the truck on the way back, too.

Psychoeducation: Two-process model of sleep (Borbély); anchor sleep for rotating shifts; caffeine cut-off; stimulus control from CBT-I. Shift-worker sleep diary handed out.

Process: Notable shift in group norms. A police member who said in session 1 that "this is all soft" disclosed that he sleeps in a recliner because lying down in bed "feels like being off guard." The group held the silence well and two members shared similar habits.

Risk: No member endorsed current SI on the check-in form. PHQ-9 collected at sessions 1 and 4; next at session 8.

Resources reviewed: 988 Suicide Crisis Helpline, Wellness Together Canada, the provincial peer support line, and workers' compensation information for anyone considering a claim.

Next session (Wednesday): moral injury (Litz et al.) and the "betrayal by leadership" piece. Remembrance Day falls the week after; two members who are also veterans asked that we make room for it.""",
        [],
    ),
    (
        "b16d-011",
        """## Consult: young Diné woman – grief, alcohol, and not saying his name

**Identifying info (de-identified-ish):** 29F, Diné, grew up near Chinle, now living in Flagstaff for school. Referred by her PCP at the Chinle IHS clinic after an ED visit for alcohol poisoning. IHS chart # 0047219 if anyone from the clinic side is on this thread and needs to coordinate.

**Presenting concern:** Her older brother Kee died in a rollover on 10/2/22; she was driving the car behind his. Since then: drinking most weekends, missing classes at NAU, two incompletes last semester. She posts about him constantly on Instagram (@shandiin.rez) and then deletes the posts in the morning.

**Culture / faith:** Raised between Native American Church ceremonies on her father's side and Catholic on her mother's. Her grandmother wants her to have a ceremony done at home. She's been taught not to speak the names of the dead, and she apologised after saying his name in session 2. I didn't know what to do with that in the moment.

**Measures:** PHQ-9 18, AUDIT 19, PG-13-R above threshold. C-SSRS: passive ideation, no plan; safety plan completed, 988 given (she said she'd rather text).

**Questions for the group:**
1. How do you do grief work when the client's tradition discourages speaking about the deceased? I've been reading Brave Heart on historical trauma and unresolved grief, which helps with context but not with technique.
2. Has anyone coordinated with a traditional practitioner alongside therapy? How did you handle consent and scope?
3. Would you prioritise the drinking first, or is the grief the drinking?""",
        [
            ("Chinle", "place"),
            ("Flagstaff", "place"),
            ("0047219", "id_number"),
            ("Kee", "name"),
            ("10/2/22", "date"),
            ("NAU", "organisation"),
            ("@shandiin.rez", "handle"),
        ],
    ),
    (
        "b16d-012",
        """Re: Ex-forces client drinking heavily – where to refer?

Short answer: Op COURAGE, and ideally alongside you rather than instead of you.

Longer answer, from someone who spent eight years in an NHS veterans' service before going private: the man you describe (ex-infantry, two tours of Afghanistan, medically discharged, AUDIT 24, wife threatening to leave) is very typical. A few thoughts:

- Don't let the drinking become a reason to delay trauma work for ever. Assess, stabilise, but "get sober and then we'll talk" loses these lads. Integrated approaches like COPE (Back and colleagues) have reasonable evidence.
- Ask about the regimental family. For a lot of them the loss of the unit is a bigger grief than anything that happened on tour, and the transition literature backs that up.
- Combat Stress has a helpline and a residential programme; Help for Heroes does good peer work; SSAFA for practical and financial stuff.
- If there's any question of a head injury (blast exposure is common), push for a proper neuro assessment, not just a MoCA in your room.
- Remembrance Sunday is coming. Expect a wobble and plan for it with him now rather than picking up the pieces after.

And Samaritans 116 123 for the 3 a.m. moments. A lot of my lads found that easier than ringing a service that "knows them".""",
        [],
    ),
    (
        "b16d-013",
        """DAP – session 5

D: Client (33, Irish Traveller, known to everyone as "Bridgie") attended with her sister Margaret, who waited in the car. Still living in a trailer at the halting site on the Tuam Road since the family were moved on in the spring. Reports her son Mikey (10) has stopped going to school at Scoil Bhríde after being called names in the yard. Panic attacks most days; sleeping three or four hours. Spoke for the first time about her brother's suicide – "the 2nd of June, I'll never forget it" – and said that suicide among Traveller men is "just what happens to us." PHQ-9 20. Denies plan or intent; says the children keep her here.

A: Complicated grief and depression in the context of chronic discrimination, insecure accommodation and a family history of suicide. Minority stress (Meyer) is a useful frame. Family ties are strong and protective; mistrust of services (understandable) remains the main barrier to engagement. Attending at all is significant.

P: Continue weekly. Letter in support of medical priority for housing – she gave her PPS number (8452113KA) for this. With consent, liaise with the Traveller primary healthcare worker. Pavee Point information and Samaritans 116 123 given. Next session Thursday; she asked that Margaret come in for part of it.""",
        [
            ("Bridgie", "name"),
            ("Margaret", "name"),
            ("Tuam Road", "place"),
            ("Mikey", "name"),
            ("Scoil Bhríde", "organisation"),
            ("the 2nd of June", "date"),
            ("8452113KA", "id_number"),
        ],
    ),
    (
        "b16d-014",
        """Takeaways – closing a case: community pharmacist, burnout and insomnia

Seven sessions over four months, closing today at her request ("I've got my sleep back, now I want my evenings back").

Client: 37, second-generation Vietnamese-Australian, pharmacist-in-charge at a busy suburban pharmacy. Her parents run a small business and she's the eldest daughter, which means she's been the family's translator for everything medical since she was twelve.

Key learnings
1. CBT-I did most of the heavy lifting (Morin; the Perlis and colleagues manual). ISI 19 → 8. Sleep restriction was hard over Tết, when the family expects her at everything, so we planned around it instead of pretending it wasn't happening.
2. Filial piety was the context, not the problem. Reframing "saying no to Mum" as "protecting the family's pharmacist" worked far better than any assertiveness script.
3. Fear of an AHPRA notification had stopped her telling her GP about the anxiety. We went through the mandatory reporting thresholds for treating practitioners, which are much higher than she assumed.
4. K10 32 → 18. DASS-21 stress moved least – unsurprising, the workload hasn't changed.

Left with her: the Pharmacists' Support Service, Beyond Blue 1300 22 4636, Lifeline 13 11 14 for bad nights. Billed under MBS item 80110 on a Mental Health Treatment Plan; 7 of 10 sessions used, so she has three in reserve this calendar year.""",
        [],
    ),
    (
        "b16d-015",
        """Re: Pasifika client and church pressure – feeling out of my depth

Talofa lava, I'm Samoan myself so I'll try to add something useful, but please don't take me as the last word; every aiga is different.

What you're describing – tithes, the faifeau's expectations, fa'alavelave costs eating the whole pay packet – is really, really common. I had a young man last year, about 24, doing nights at Fonterra, whose family church in Ōtara had him running the youth choir four nights a week on top of that. His aiga all called him Bubba and honestly by the end so did I. He texted me once: "sorry miss sione said i cant come to group anymore cos of choir practice" and I remember thinking, this isn't resistance, this is a loyalty bind. White Sunday 2023 he did the whole programme on two hours' sleep and then crashed.

What helped him:
- Not positioning the church as the problem. The Fonofale model (Pulotu-Endemann) literally puts spirituality as a pillar; if you attack it, you lose them.
- Talanoa rather than interrogation. Sit longer. Eat if food is offered.
- With his consent, meeting the faifeau. He was much more reasonable than the family's fear of him suggested.
- Le Va's resources are good for families.

Confession: when I rang the GP to coordinate I ended up reading out his NHI (ZAC4921) on a shared line in the staff room. Learned that one the hard way.

Crisis-wise, 1737 and the local crisis team. Hang in there, you're clearly thinking about it the right way.""",
        [
            ("Fonterra", "organisation"),
            ("Ōtara", "place"),
            ("Bubba", "name"),
            ("sione", "name"),
            ("White Sunday 2023", "date"),
            ("ZAC4921", "id_number"),
        ],
    ),
    (
        "b16d-016",
        """**Consultation request: school refusal in a Somali-American 13-year-old**

Looking for input from anyone with experience working with Somali families, especially around school avoidance.

Client is a 13-year-old girl, born in a refugee camp in Kenya, came to the US at 4. Lives with her mother and five siblings in a large Midwestern metro; father remains overseas. 7th grade at a public middle school. She's missed 31 days this year. Pediatrician ruled out medical causes. SCARED total 41, separation and school avoidance subscales highest.

What's complicating things:
- Mom understands "anxiety" as a weakness of iman and has taken her to a sheikh for ruqyah. She isn't against therapy but doesn't want medication.
- The girl started wearing hijab in the fall and had a couple of incidents on the school bus that she won't describe in detail.
- Language: the daughter is fluent in English; mom prefers Somali. I've been using a phone interpreter, but mom is visibly uncomfortable with a stranger hearing family business. The community is close-knit and she's worried about talk.

I'm weighing Trauma Systems Therapy for Refugees (Ellis and colleagues) against a straightforward CBT exposure plan using Kearney's functional model of school refusal. Has anyone brought a religious leader into the plan in a way that helped? And how do you handle Ramadan – she's fasting for the first time this year and after-school exposure sessions are going to be rough.

Crisis plan in place (988). Thanks in advance.""",
        [],
    ),
    (
        "b16d-017",
        """SOAP – 2nd visit

S: 44-year-old Inuk woman from Pangnirtung, in Ottawa on medical travel as escort for her husband's cancer treatment; staying at Larga Baffin. Says she feels "like I'm in a box": no country food, no family, grandchildren back home. Husband's surgery on Jan. 9 went well but he'll be inpatient for at least another week, then radiation. She lit up talking about her granddaughter Annie, who is learning throat singing. Disclosed for the first time today that she attended a federal day school and was punished for speaking Inuktitut.

O: Tearful at times, warm, good rapport by end of session. Inuktitut interpreter used for the middle part of the session at her request. PHQ-9 15. No SI; strong faith (Anglican) and grandchildren as protective factors.

A: Adjustment disorder with depressed mood in the context of dislocation and caregiving; intergenerational and day school trauma surfacing. Isolation is the most modifiable factor.

P: Connect with Inuit community programming in Ottawa for country food and sewing circle. Follow-up Monday. Billing under NIHB; her NU health care number is 118 452 907. Reach her at the boarding home on 613-555-0148 ext. 212 (no cell). Hope for Wellness Help Line (1-855-242-3310) given – available in Inuktut.""",
        [
            ("Pangnirtung", "place"),
            ("Ottawa", "place"),
            ("Larga Baffin", "organisation"),
            ("Jan. 9", "date"),
            ("Annie", "name"),
            ("118 452 907", "id_number"),
            ("613-555-0148", "phone"),
        ],
    ),
    (
        "b16d-018",
        """BIRP note – session 4

Behaviour: Client (51, Nigerian-born healthcare assistant, Pentecostal) came straight from a long day shift, still in uniform. Spoke quickly and kept returning to an incident on the ward where a patient's relative refused her care and used a racial slur, and the nurse in charge moved her to another bay "to keep the peace." CORE-10: 22 (session 1: 25). Sleep 4–5 hrs. Says she has been praying for "a clean heart" towards the nurse in charge and feels guilty about how angry she is.

Intervention: Validated race-based stress and its physical effects (Carter's race-based traumatic stress model; Sue on microaggressions). Explored anger as information rather than sin. She brought Ephesians 4:26 ("be ye angry, and sin not") herself and we worked with it. Psychoeducation on Freedom to Speak Up routes and her union rep. Five minutes of soothing-rhythm breathing (Gilbert).

Response: Slowed down noticeably after the breathing. Said, "I have not been allowed to be angry since I came here in 2003." Agreed to keep an anger/body log for the week.

Plan: Session 5 next week. If she decides to raise a concern, go through options with her (Freedom to Speak Up Guardian, incident report, union). Samaritans 116 123 given. Easter weekend she's on nights, so we'll do a phone check-in on the Tuesday after.""",
        [],
    ),
    (
        "b16d-019",
        """Supervision reflection – the fire client

Writing this straight after a hard session with the volunteer firefighter I've been seeing since autumn.

Context for my supervisor: he's 58, ran a dairy farm most of his life, has been with the Quaama brigade for thirty-odd years, and was on the truck on New Year's Eve 2019 when the fire came through. Everyone calls him "Dazza" – he introduced himself that way at intake and I've still never heard him use his given name. Since selling most of the herd he works part-time at Bega Cheese.

Today, for the first time, he talked about a neighbour's house they couldn't save. He wept, then apologised, then said, "Shell reckons I'm not the same bloke." Shell is his wife of 34 years and she's the one who booked the first appointment.

What stirred in me: a strong pull to rescue him from the shame of crying in front of a woman half his age. I noticed myself softening my voice and almost offering a tissue before he'd reached for one. I think that would have told him the tears needed mopping up.

Frame I'm holding: rural stoicism and "she'll be right"; moral injury for volunteers, who chose to go and weren't paid; survivor guilt. PCL-5 47. Phoenix Australia's guidelines support either TF-CBT or EMDR.

Questions for supervision:
- Which, given he hates homework but loves a yarn?
- How do I stay with shame without making it bigger?
- Bringing Shell in: helpful or a loss of face?""",
        [
            ("Quaama", "place"),
            ("New Year's Eve 2019", "date"),
            ("Dazza", "name"),
            ("Bega Cheese", "organisation"),
            ("Shell", "name"),
        ],
    ),
    (
        "b16d-020",
        """Re: Ukrainian client – when to start trauma work?

I'd hold off on anything exposure-based for now, honestly. From what you've written – 42, came with her teenage son under Temporary Protection in 2022, husband still in Ukraine and serving, working as a care assistant in a nursing home, moved accommodation three times – she isn't in a safe or stable enough place yet. Herman's phased model is old but it fits: safety and stabilisation first.

Things that have helped my Ukrainian clients:
- Psychoeducation in Ukrainian (the HSE has translated materials) and being honest that waiting for news is its own kind of trauma. Boss's ambiguous loss framework lands really well.
- Working with the news cycle rather than against it. Most check their phones every few minutes; we agree times rather than banning it.
- Standard sleep hygiene barely touches it when there are air raid alerts on relatives' phones at 3 a.m.
- Orthodox Easter and Christmas in January are hard. Plan for them.
- IES-R at intake and every six weeks; mine usually sit in the 40s for months.

For her son: Jigsaw, and the school's NEPS psychologist if he's struggling. For her: Pieta 1800 247 247 and the 50808 text line.

And look after yourself with these cases. The waiting gets into us too.""",
        [],
    ),
    (
        "b16d-021",
        """Follow-up: the ED nurse I posted about in October

Thanks to everyone who replied last time. Update, and a new question.

Recap: Latina ED nurse, 31, at Parkland, grew up in Oak Cliff, first in her family to go to college. Goes by Lupita. Her mom is undocumented and she's been the family's anchor through everything. Came in with panic attacks after a mass-casualty night and being punched by a patient.

Since then: six sessions of PE-informed work plus a lot of values work (ACT). Panic down from daily to about once a week. Then on 12/23 her mother was detained at a routine ICE check-in. Lupita worked her shift anyway. Her 7-year-old, Destiny, has been staying with the client's sister. The family started a legal fund (gofundme.com/f/bring-mama-rosa-home) and she's been refreshing it between patients.

She emailed me at 3 a.m. last week from her personal account (lupita.r.rn@gmail.com) asking if she should quit nursing.

New questions:
1. Her charge nurse, Sterling, told her to "leave the drama at home." She's scared FMLA paperwork will draw attention to her family. How have others approached FMLA certification with clients who fear any official record?
2. She asked whether I'd ever have to report anything about her mom. I said no – but I'd like to be sure about what I put in notes, given how frightened she is.
3. PCL-5 has gone back up to 49. Pause the exposure work?""",
        [
            ("Parkland", "organisation"),
            ("Oak Cliff", "place"),
            ("Lupita", "name"),
            ("12/23", "date"),
            ("Destiny", "name"),
            ("gofundme.com/f/bring-mama-rosa-home", "url"),
            ("lupita.r.rn@gmail.com", "email"),
            ("Sterling", "name"),
        ],
    ),
    (
        "b16d-022",
        """### Case presentation – peer consult

**Client:** 47M, Syrian Kurd, Sunni Muslim, arrived as a government-assisted refugee in 2016 with his wife and four children. Civil engineer in Syria; now works in a warehouse.
**Setting:** Community mental health, southwestern Ontario. Sessions with an Arabic interpreter (he prefers Arabic to Kurmanji for "official things").
**Coverage:** IFHP ended after year one; now OHIP plus a small employer plan.

**Presenting problem:** Referred by his family physician for "anger and headaches." His wife reported that he punched a wall in January. He describes detention in 2012 and says "that is finished; the problem is my son." The 17-year-old is skipping school and the father feels he has lost all authority in Canada.

**Assessment:** HTQ mean 2.9 (above the 2.5 cut-off). PHQ-9 19. No SI; strong religious prohibition and his children named as reasons for living. Headaches assessed by GP as tension-type. Mirtazapine 15 mg started in February.

**Formulation:** Silove's ADAPT model helps organise it – disruption of safety, bonds, roles and identities, justice, and existential meaning. Roles and identity are where he's hurting most; the detention memories are present but he doesn't want to lead with them.

**Questions for the group:**
1. Start with the father–son conflict (family sessions?) or with him alone?
2. Has anyone used Problem Management Plus (WHO) with men in this situation?
3. The interpreter is from a different ethnic and religious background. He hasn't complained, but I've noticed he shortens his answers. Do I switch?""",
        [],
    ),
    (
        "b16d-023",
        """Re: Cops who won't take time off

Ha, this thread. I could have written your post. Mine's a response officer with Police Scotland, twelve years in, working out of Leith. Brilliant at the job, sleeping about four hours a night, and would honestly rather die than go off sick. She's "Mac" to the whole shift and I think half of them don't know her first name.

She grew up in a strict Presbyterian family on Lewis, so "not complaining" is basically doctrine. What finally cracked it open was Hogmanay 2021: a sudden infant death first thing in the shift, then straight on to a disturbance where she was spat at. Her pal Kirsty from the same team more or less frogmarched her to her GP after she found her sitting in the car park at the end of shift, not moving.

Things that have helped us:
- MI before anything else (Miller & Rollnick). Her ambivalence about help is the work, not an obstacle to it.
- Framing sick leave as "maintenance on kit." Daft, but it landed.
- TRiM had been offered and she'd ticked the box. We went back over it properly.
- Lifelines Scotland and the Police Treatment Centres as things she can look at on her own terms.
- Sleep first. PCL-5 was 52 at the start; it was 38 after we sorted the sleep and before we'd touched the trauma.

Embarrassing confession: in my letter to her GP I left her CHI (1203874521) in the subject line of an email that went to the wrong practice. Caught it within the hour. Double-check your autocomplete, folks.""",
        [
            ("Police Scotland", "organisation"),
            ("Leith", "place"),
            ("Mac", "name"),
            ("Lewis", "place"),
            ("Hogmanay 2021", "date"),
            ("Kirsty", "name"),
            ("1203874521", "id_number"),
        ],
    ),
    (
        "b16d-024",
        """Session notes – telehealth, session 3 (SEWB)

Client is a 45-year-old Aboriginal woman working as an Aboriginal health worker at a community-controlled health service in a remote community in the Top End.

She's been carrying Sorry Business for three deaths in her extended family since Easter and has kept working throughout, because "if I stop, who does the diabetes clinic?" Talked about being "on" for community 24 hours a day; people knock on her door at night for help with scripts and forms.

Framework: SEWB model (Gee, Dudgeon, Schultz, Hart & Kelly) – connection to Country, culture, family and kinship, community, spirituality, mind and emotions, body. Connection to Country strong (goes out bush most weekends); mind/emotions and body domains depleted. She named her own body as "running on empty."

Used dadirri (deep listening, after Miriam-Rose Ungunmerr-Baumann) as a frame; most of the session was her talking and me not interrupting. Adapted K5: 14. No SI. Discussed 13YARN (13 92 76) – she already gives that number to others, so we talked about what it would mean to use it herself.

Plan: Fortnightly. Explore boundaries as culturally safe "pacing" rather than "saying no." NAIDOC Week is coming and she's on the organising committee – schedule around it. Look into clinical supervision or a yarning circle for AHWs; Indigenous Allied Health Australia has resources. Review in six weeks.""",
        [],
    ),
    (
        "b16d-025",
        """**Case presentation: Colombian mother, former refugee, Nelson**

**Client:** Pilar, 36. Arrived through the refugee quota in 2019 with her two children.
**Referral:** GP, after she disclosed flashbacks during a cervical screening appointment.
**Context:** Lives in Stoke. Works early shifts on the processing line at Talley's. Her son (14) is at Nayland College; daughter (8) at the local primary.

**History:** Displaced from a rural area of Colombia by armed groups; husband killed in front of her; sexual violence disclosed in session 2, which she'd never told anyone, including the resettlement caseworkers.

**Current:** Flashbacks, hypervigilance on the walk to work in the dark (she leaves at 4:30am), poor sleep. PCL-5 55. PHQ-9 16. Catholic; the Spanish-language Mass is only monthly and she misses it badly.

**Logistics:** Spanish interpreter by phone; she asked for a female interpreter after session 1 and we've kept the same one. Her mobile for the shared care plan is 021 384 7720, texts only as she's on the line most mornings. She cancelled on 23/3/24 because her son was stood down at school.

**Questions:**
1. NET vs TF-CBT through an interpreter – which has held up better for people here?
2. The son is clearly carrying a lot. Is it too soon to suggest a family session?
3. Early-morning hypervigilance: worth doing in-vivo work on the walk itself, or is that safety behaviour we should leave alone for now?""",
        [
            ("Nelson", "place"),
            ("Pilar", "name"),
            ("Stoke", "place"),
            ("Talley's", "organisation"),
            ("Nayland College", "organisation"),
            ("021 384 7720", "phone"),
            ("23/3/24", "date"),
        ],
    ),
    (
        "b16d-026",
        """SOAP note – telehealth, session 5

S: 34-year-old 911 dispatcher, 12 years in the job, at a rural county communications center. Reports intrusive replay of a call two weeks ago (caller's child not breathing; EMS ETA 19 minutes; she coached CPR the whole time). "I hear her every time a phone rings, even my own." Sleeping about 5 hrs. Back on console after two days off. Hasn't told her husband the details: "he's a deputy, he has his own stuff."

O: Affect constricted, tearful describing the caller's voice. ProQOL: secondary traumatic stress 32, burnout 29. PCL-5 38. PHQ-9 11. C-SSRS negative.

A: Acute stress reaction with features trending toward PTSD on a background of cumulative exposure. Telecommunicators are often left out of first-responder supports, and the research on 911 dispatchers' peritraumatic distress (Pierce & Lilly) fits her picture closely.

P: Begin EMDR (Shapiro) phase 2 resourcing next session; target this call in phase 4 when she's ready. Discussed asking her supervisor about the agency's CISM team (Mitchell model) – she declined a formal debrief, which is fine. Sleep: wind-down routine, headset stays at work. She's on shift over Thanksgiving; we'll check in the Monday after. Crisis: 988. 53 min, 90834.""",
        [],
    ),
    (
        "b16d-027",
        """Consultation: doctor-client, worried about confidentiality

I'm a counselling psychologist in private practice and would value thoughts from anyone who sees a lot of doctors.

Client is a Nigerian-Irish NCHD, 29, a registrar in emergency medicine at Cork University Hospital, living in Mallow. Goes by "Chi" with friends and asked me to use it. Self-referred after a colleague's suicide.

Presenting: Burnout, insomnia, drinking more than she'd like (AUDIT-C 7), and intrusive images after a paediatric death on St Stephen's Day 2023. Her husband, Emeka, is a pharmacist; they have a baby of eight months. She's Pentecostal and says church is the only place she's not "Doctor," but she hasn't told anyone there either.

She is adamant that nothing reaches the Medical Council. In session one she read out her registration number (MCRN 421876) and asked me to confirm I'd "never have to use it." I explained the limits, but I'd like to be sure of myself.

Questions:
1. What's the actual threshold for a psychologist to report a doctor-client under the Medical Practitioners Act? My reading is that it's about serious risk to patients, not about her being unwell.
2. Would you suggest the Practitioner Health Matters Programme alongside me, or is that one service too many?
3. PCL-5 is 44 and she wants trauma work now. With two night shifts a week, do I start, or stabilise sleep first?""",
        [
            ("Cork University Hospital", "organisation"),
            ("Mallow", "place"),
            ("Chi", "name"),
            ("St Stephen's Day 2023", "date"),
            ("Emeka", "name"),
            ("421876", "id_number"),
        ],
    ),
    (
        "b16d-028",
        """Group note – Pasifika men's wellbeing group, week 5

Held in a church hall; facilitated in English and Samoan, with Tongan phrases from one co-facilitator. 9 men attended (ages 24–61). Opened with a lotu led by one of the older men; food shared at the end as always.

Theme: anger and being "the man of the house."

Used the Fonofale model (Pulotu-Endemann) on the whiteboard – the roof as culture, the floor as family, the posts as physical, spiritual, mental and other dimensions. Men added their own posts: "church," "rugby," "money." Lively talanoa about fa'alavelave and the financial pressure of family obligations, and how that tips into drinking.

Notable: one of the younger men said he had never heard his father say sorry, and asked the older men whether they'd ever said it to their kids. Long silence, then three of them shared stories. The co-facilitator named this as tending the vā, the relational space between people.

Risk: one member disclosed "thoughts of not being here" after losing his job. Followed up one-to-one after group; no current intent; safety plan completed; 1737 given; GP appointment booked with his agreement.

Measures: K10 collected weeks 1 and 8 only.

Next week: White Sunday is coming up and many of the men are involved in the children's programme, so attendance will be lower. Le Va suicide-prevention resources to hand out.""",
        [],
    ),
    (
        "b16d-029",
        """DAP – Session 11

D: Veteran, 41, infantry, served with 1 RCR out of Petawawa; deployed to Afghanistan in 2010. Goes by "Moose" – everyone calls him that, including his wife, Tammy. Today was the anniversary of the IED strike (Sept 3, 2010) that killed two members of his section. He came anyway, 90 days sober, wearing the memorial bracelet. Spent most of the session on the day itself: where he was standing, the order he'd given that morning, the phone call he made afterwards to one of the families. Said, "I'm still the one who picked the route."

A: PTSD improving (PCL-5 44, from 61 at intake); alcohol use disorder in early remission. Moral injury themes (Litz) around leadership responsibility are now more prominent than fear-based symptoms. Anniversary reaction handled without drinking – a first in thirteen years.

P: Continue weekly. Begin Adaptive Disclosure elements focused on the route decision. Letter to VAC case manager supporting a treatment extension – VAC file 8273641. Crisis: VAC Assistance Service 1-800-268-7708, 988. Next session Wednesday; Tammy may join for the last 15 minutes.""",
        [
            ("1 RCR", "organisation"),
            ("Petawawa", "place"),
            ("Moose", "name"),
            ("Tammy", "name"),
            ("Sept 3, 2010", "date"),
            ("8273641", "id_number"),
        ],
    ),
    (
        "b16d-030",
        """Supervision reflection: jinn, interpreters, and my own assumptions

I'm a Muslim therapist of Pakistani heritage in an NHS Talking Therapies service in an inner-city borough, and I've been asked to write something for group supervision about a case where shared faith was both a help and a trap.

Client: 58-year-old Bangladeshi woman, Sylheti speaker, came to the UK in 1985, widowed two years ago. Referred for "low mood." In assessment she said her difficulties began when a jinn "sat on her chest" in the weeks after her husband died; her imam had done ruqyah. PHQ-9 21, GAD-7 15, WSAS 28.

Where it helped: she visibly relaxed when I said bismillah before we started, and I didn't flinch at the jinn.

Where it trapped me: I assumed we shared a view, and I jumped straight to "we can work on the spiritual and the psychological together." She hadn't asked for that. Later she told the interpreter she was worried I'd mention her to people at the mosque. Our communities overlap and she knows it.

Reading that's helped: Islamically integrated CBT (Pearce, Koenig and colleagues); Kleinman's explanatory model questions; the Cultural Formulation Interview in DSM-5.

What I'm bringing:
- Confidentiality and boundaries when the community is small and I'm part of it.
- Whether to keep the same Sylheti interpreter, who is also well known locally.
- My own grief. My mother died during Ramadan, as her husband did, and I felt it in the room.""",
        [],
    ),
    (
        "b16d-031",
        """Takeaways – closing the WorkSafe case

Client: Deng, 39, South Sudanese-Australian, spent most of his childhood in Kakuma before resettling in 2005. Security officer with Secure Force, posted at Chadstone, assaulted by a group of shoppers on the 17th of August while detaining a shoplifter. WorkSafe claim 08471932. Lives in Dandenong with his wife and five kids; his eldest, DJ, has just finished Year 12 and was the one who drove him to most sessions.

Takeaways:
1. The physical injury was minor; humiliation was the injury. Being filmed on phones while on the ground replayed more than the punches did. Shame-focused work (Gilbert) moved things when exposure alone didn't.
2. Pain and PTSD kept each other going (Sharp & Harvey's mutual maintenance model). Coordinating with the physio was worth the phone calls.
3. The claims process itself was retraumatising: repeat interviews, an IME who he felt didn't believe him. Writing brief, factual reports in plain language helped his case manager and cost me very little.
4. His church (a Dinka-language congregation) was more protective than anything I did. The pastor visited weekly.
5. Return to work at a different site, on day shifts, with a partner, was the right call. A return to the same site would have failed.

Measures: PCL-5 58 → 24; PHQ-9 18 → 7. Closed after 16 sessions. Lifeline 13 11 14 and the GP plan in place.""",
        [
            ("Deng", "name"),
            ("Kakuma", "place"),
            ("Secure Force", "organisation"),
            ("Chadstone", "place"),
            ("the 17th of August", "date"),
            ("08471932", "id_number"),
            ("Dandenong", "place"),
            ("DJ", "name"),
        ],
    ),
    (
        "b16d-032",
        """Re: First Nations client, son of a residential school survivor – feeling like an imposter

You're not an imposter for being a settler therapist doing this work. You'd be one if you pretended you weren't. An Elder I consult with told me that years ago and it stuck.

Practical bits for your client (40s, First Nations, grew up on reserve in northern Manitoba, father attended residential school, now working construction in the city):

- Check his NIHB mental health coverage, and look at the Indian Residential Schools Resolution Health Support Program – intergenerational family members can be eligible for counselling and cultural supports.
- Maria Yellow Horse Brave Heart's historical trauma response and "two-eyed seeing" (Albert Marshall) are useful frames for you. Don't lecture him with them.
- Ask whether he wants ceremony or an Elder involved. Don't assume yes and don't assume no; some clients have complicated feelings about both.
- The National Day for Truth and Reconciliation (Orange Shirt Day) can be activating. Check in the week before.
- PCL-5 and PHQ-9 are fine but pair them with conversation; the numbers don't carry the story.
- Crisis: Hope for Wellness Help Line 1-855-242-3310, available 24/7, or 988.

And find yourself a consultation group with Indigenous clinicians in it, if you can. It's changed my practice more than any workshop.""",
        [],
    ),
    (
        "b16d-033",
        """SOAP – Session 7

S: 36 y/o Orthodox Jewish woman, mother of six, L&D nurse on nights at Maimonides. Lives in Borough Park. Reports OCD symptoms intensifying around taharat hamishpacha – repeating bedikot up to 20 times and re-immersing at the mikvah "in case it didn't count." With her consent I spoke with her rav, Rabbi Friedman, who told her clearly that she may rely on the first check, and she reports this helped "for two days." Husband Chaim supportive but exhausted. Last session was cut short on Sept. 24th (erev Yom Kippur) and she found the fast itself easier than expected.

O: Y-BOCS 27 (baseline 31). Anxious affect, good insight, engaged in planning.

A: OCD, scrupulosity presentation, improving slowly. Involvement of her rav is central – consistent with Huppert and colleagues' work on ERP with ultra-Orthodox patients, where the religious authority defines the halachic floor and therapy targets everything above it.

P: Continue ERP. Hierarchy step 4: single bedikah as required, no re-checking, with response prevention for the rest of the evening. Medicaid ID AB12345C for auth renewal, due before session 10. Contact by cell only, 718-555-0199 – not the home line. Next session Tuesday.""",
        [
            ("Maimonides", "organisation"),
            ("Borough Park", "place"),
            ("Friedman", "name"),
            ("Chaim", "name"),
            ("Sept. 24th", "date"),
            ("AB12345C", "id_number"),
            ("718-555-0199", "phone"),
        ],
    ),
    (
        "b16d-034",
        """Process notes – session 3, dairy farmer

He came in from the yard, you could tell. Apologised for his boots. 61, dairy farmer in the south-west, widowed, son farms with him. The accident was eighteen months ago: the son was pinned by a bull and survived with a fractured pelvis. My client was the one who found him.

Today he spoke mostly about calving: "I don't sleep in the spring anyway, so it makes no differ." When I asked about the bull he said he'd sold it at the mart the week after, and then he was quiet for a long time. I let the silence stay. I noticed I wanted to fill it with something about how anyone would have done the same. I didn't.

He said the priest had called out to the house and he'd liked that more than he expected. Mass on a Sunday is about the only time he sees anyone off the farm now.

IES-R 44. Drinks "a few" – AUDIT-C 6. No suicidal thoughts, but: "the farming men round here, you hear of one every year." I asked directly; no plan, no intent. Gave Samaritans 116 123 and Pieta 1800 247 247; he put the card in his wallet.

For me: my grandfather farmed. I'm aware of a pull to romanticise his silence as stoicism rather than hear it as grief. Next session is after St Patrick's Day; he says he'll be at the parade with the grandchildren, which I'll take as a good sign.""",
        [],
    ),
    (
        "b16d-035",
        """BIRP – family session

Behaviour: Client (37, British Nepali, son of a Gurkha veteran, bus driver with Stagecoach in Aldershot) attended with his wife, Sunita. Main issue is caring for his father (72, ex-Queen's Gurkha Signals), who has vascular dementia, and his grandmother, aged 92, who also lives with them. Client was tearful describing 05.11.2023, when his father went out during the fireworks and was found by police two miles away, disoriented and saluting. Client reports sleeping in the hallway since then. Sunita says he has "stopped being a husband and become a guard."

Intervention: Carer stress psychoeducation; mapped the week on paper to show how little of it is his. Explored filial duty (and what a good son looks like in their family) without pathologising it. Discussed respite, Admiral Nurses via Dementia UK, and the Gurkha Welfare Trust for advice on the father's pension. Memory clinic referral chased; NHS no. 485 777 3456 for the father's file.

Response: Client said, "In Nepal we would have the whole village. Here it's just me." Sunita asked to come to the next session too. Both agreed to trial one respite day before Dashain.

Plan: Fortnightly, joint sessions. Review CORE-10 (client 24). Carers' assessment request with the council.""",
        [
            ("Stagecoach", "organisation"),
            ("Aldershot", "place"),
            ("Sunita", "name"),
            ("Queen's Gurkha Signals", "organisation"),
            ("aged 92", "age"),
            ("05.11.2023", "date"),
            ("485 777 3456", "id_number"),
        ],
    ),
    (
        "b16d-036",
        """Re: Hmong family declining meds for their son

Oh, this one's close to my heart. I've worked with Hmong families in California for about fifteen years. Some honest thoughts:

- Read (or re-read) The Spirit Catches You and You Fall Down. Yes, it's from 1997 and some community members have mixed feelings about it, but the core lesson holds: the family isn't being "noncompliant," they're working from a different explanatory model.
- Use Kleinman's questions, literally. What do you call this problem? What do you think caused it? What do you fear most about it? Families have told me things in answer to those that they never said in an intake.
- The Cultural Formulation Interview (DSM-5) gives you a structure if you're nervous about asking.
- A txiv neeb (shaman) ceremony and medication aren't mutually exclusive for most families. I've had families do a hu plig ceremony and start sertraline the same week.
- Clan leaders matter. Ask the parents whether they'd like one involved.
- Hmong New Year is late in the year and families are busy; don't schedule the big family meeting then.
- Your 19-year-old client interpreting for his parents about his own treatment is a red flag for role reversal. Use a professional interpreter, every time.

And don't take a first "no" as final. It's often "not yet, not from a stranger.\"""",
        [],
    ),
    (
        "b16d-037",
        """Consultation question – Filipino PSW, grief across borders

Hi all, social worker in Manitoba, looking for ideas.

Client: 49, came to Canada under the Live-in Caregiver Program in 2009, now a PR and a PSW at Riverbend Manor in Winnipeg. Her younger sister died in the Philippines and she couldn't go home for the funeral because of shift coverage and cost. She showed me the last text from her niece before it happened: "ate luz pls call me its about tita." She reads it every night.

The sister died on Dec 24th, 2023, so Christmas is now the anniversary. She picked up doubles straight through the holidays and hasn't stopped. PHQ-9 17. No SI; Catholic, and says her faith and her kids are why. Simbang Gabi was the thing that undid her – she had to leave Mass.

She asked me to call her cell only (204-555-0163); her roommates don't know she's in counselling.

What I'm thinking about:
- Kapwa and the broader Sikolohiyang Pilipino frame (Enriquez) – her grief is relational and collective, and individual grief models feel thin.
- Utang na loob: she's the breadwinner for two households and feels she has no right to fall apart.
- Hiya around help-seeking.
- Continuing bonds (Klass) rather than "letting go."

Anyone have experience with grief work for transnational families where the client never got to the funeral? Rituals that have helped?""",
        [
            ("Riverbend Manor", "organisation"),
            ("Winnipeg", "place"),
            ("luz", "name"),
            ("Dec 24th, 2023", "date"),
            ("204-555-0163", "phone"),
        ],
    ),
    (
        "b16d-038",
        """## Case presentation – serving ADF member, moral injury

**Client:** 29, corporal, Army, currently serving; posted to a base in northern Australia. Self-referred through Open Arms rather than Defence health because "everything in the system gets back to the boss."

**Background:** One deployment to the Middle East, no combat exposure as such. The presenting event was domestic: during a flood assistance operation in a regional area he was ordered to prioritise property over a family he believed was at risk. The family were rescued later, but he says, "I obeyed and I shouldn't have."

**Measures:** K10 31; PCL-5 36 (subthreshold); Moral Injury Events Scale elevated on the betrayal items. AUDIT 11.

**Formulation:** Moral injury (Litz et al., 2009; Shay's "betrayal of what's right") with shame, not fear, as the dominant emotion. Not PTSD, though sleep disruption and irritability are significant.

**Issues:**
- Confidentiality and his career: a security clearance review is due next year. We went through the limits – Open Arms doesn't report to the chain of command except in specific risk circumstances.
- Anzac Day is hard. He marches and feels like a fraud.
- He hasn't told his partner why he's not sleeping.

**Plan:** Adaptive Disclosure (Litz and colleagues) considered; starting with compassion-focused work (Gilbert) on shame. Open Arms 1800 011 046 and Lifeline 13 11 14 after hours. Session 4 of 12.

**For the group:** Has anyone used Adaptive Disclosure outside a veteran setting, with someone still serving?""",
        [],
    ),
    (
        "b16d-039",
        """SOAP – session 6

S: Client is 44, Māori, a corrections officer at Rimutaka Prison for 15 years. Reports his first full night's sleep in weeks after starting leave. The incident review into the death in custody on 3 July is ongoing and he's been interviewed twice. Lives in Upper Hutt with his partner and three kids; the youngest, Aroha, started school this term and he's been doing drop-offs, which he describes as "the best part of the day now." Went back to their marae at Waimārama for his uncle's tangi last month; said it was the first time since the incident he felt "like my wairua was back in my body."

O: Calmer than previous sessions, good eye contact, humour returning. K10 26 (session 1: 35). AUDIT-C 4.

A: Acute stress with moral injury features – guilt about the death despite the review's early findings. Using Te Whare Tapa Whā: taha wairua and taha whānau strengthened by the tangi and time with his kids; taha tinana improving with sleep; taha hinengaro still carrying the incident.

P: Continue fortnightly. ACC claim 10045872361 lodged for work-related mental injury; report due to ACC by end of month. Discuss graded return with the EAP provider. 1737 given. Next session in two weeks.""",
        [
            ("Rimutaka Prison", "organisation"),
            ("3 July", "date"),
            ("Upper Hutt", "place"),
            ("Aroha", "name"),
            ("Waimārama", "place"),
            ("10045872361", "id_number"),
        ],
    ),
    (
        "b16d-040",
        """Closing summary / takeaways – scrupulosity and faith transition

Client, 26F, raised in a Latter-day Saint family in the Mountain West, came in with what she called "worthiness anxiety": repeating prayers, confessing the same perceived sins to her bishop again and again, avoiding the sacrament. Sixteen sessions of ERP (Abramowitz's approach, with Huppert and Siev's adaptations for religious clients). Y-BOCS 28 → 12.

Takeaways:
1. Keep the OCD separate from the faith question. She was terrified ERP would mean losing her testimony. We agreed early that the target was the compulsions, not her beliefs, and that what she did about church was hers to decide. Midway she began a faith transition anyway; we held that as a separate thread, and I was careful not to cheer it on.
2. Consult about doctrine, don't guess. With her permission I read the church's own materials on repentance, which helped me design exposures that didn't ask her to sin by her own standards.
3. Family matters. Sunday dinners and General Conference weekend were her biggest triggers; two sessions with a focus on how to be present without performing worthiness helped.
4. Fluvoxamine 100 mg via psychiatry helped and she tolerated it better than sertraline.
5. Relapse plan: she knows her early signs (reassurance seeking with her partner, re-reading old journal entries).

Resources left with her: IOCDF materials, 988 for crisis.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b16d"}
        for doc_id, text, items in DOCS
    ]
