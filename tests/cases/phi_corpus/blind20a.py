"""Blind batch b20a, written by a helper session without sight of the guard. Forty posts by
clinicians in the United States and Canada (LPC, LCSW, LMFT, RSW, RP, RCC, psychologists,
psychiatrists, a PMHNP, a hospice social worker, a school counselor, a university counsellor):
case presentations in Markdown, consultation questions, chatty replies, follow-ups, closing
takeaways, SOAP/DAP/BIRP notes, a group note, process notes, supervision reflections, an
assessment summary and two intake summaries. Settings include community mental health,
Medicaid youth services, IOP, ACT teams, hospice, long-term care, inpatient psychiatry,
fly-in work in a northern Manitoba First Nation, a community health centre serving newcomers,
EAP and private practice; US and Canadian spelling both appear. Twenty documents carry
identifiers: client, relative, pet, coworker, interpreter, judge, PO and GP names (including
ordinary-word names such as Dawn, Rusty, Hunter, Skye and a lower-case "rosa" and "frank" in
quotes), towns, neighbourhoods, street addresses, ZIP and postal codes, full dates, a DOB, a
holiday-with-year date, ages over 89, phones, emails, a crowdfunding URL, an IP address,
social-media handles and gamer tags, OHIP/Medicaid/MRN/court/plate numbers, and employers,
schools, a university, a church, a care home, a hospital, a settlement agency and a military
unit; most carry one to four, two intake-style posts carry ten or more. The twenty clean
documents are dense with look-alikes: cited theorists and authors (Linehan, Gottman, Sue
Johnson, Yalom, Safran & Muran, Shapiro, Herman, Perlis, Worden, Stroebe & Schut, Caitlin Ryan,
"as Marsha Linehan says"), legal case names (Tarasoff, Thapar v. Zezulka), trial names, scales
and scores, ICD-10 and CPT/HCPCS codes, medications and doses, ages under 90, weekdays, months,
holidays without a year (Valentine's Day, Thanksgiving, Remembrance Day), states, provinces and
regions (rural eastern Montana, the Pacific Northwest, the Midwest, northern Quebec), national
hotlines and resources (988, Crisis Text Line, The Trevor Project, Trans Lifeline, PSI,
Understood.org, CHADD, NA, SMART Recovery), public figures (Taylor Swift), brands not tied to
the client as employer (Costco, Calm, Xbox), and template placeholders.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged) at e941d56, whose second look was trained on rounds up to 19: 0.973, 0.986, 0.900, 0.050.
The guard at 62d9494, where this session started, scores 0.973, 0.911, 0.900, 0.250.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b20a-001",
        """**Case consult: 41M, recurrent MDD, stuck around session 12**

Posting for input before my next session. De-identified as best I can.

**Background:** 41-year-old cis man, married, two kids (9 and 13). Works as a night-shift stocking lead at the Kroger out by the bypass in Chillicothe. Referred by his PCP after a PHQ-9 of 19 at an annual physical. Prior episode in his late 20s treated with fluoxetine, which he stopped on his own after about four months.

**Current:** PHQ-9 has gone 19 > 16 > 15 over 12 sessions of behavioral activation. He's on sertraline 100 mg (PCP managing). Sleep is wrecked by the rotating schedule; he'll sleep 9am-2pm, then nap before shift. Activity scheduling keeps collapsing because "there's no daytime in my life."

**What I've tried:** BA with values work (Lejuez's BATD-R framework), some cognitive restructuring around "I'm a bad dad because I miss the games." Weekly monitoring forms come back half-done.

**Question:** For folks who've done BA with shift workers, how did you adapt the activity schedule? I'm wondering if I'm misreading low completion as avoidance when it's really circadian chaos. Also open to hearing if I should push for a med consult; his PCP is reluctant to go above 100.

Dx F33.1. Billing 90837 weekly.""",
        [("Kroger", "organisation"), ("Chillicothe", "place")],
    ),
    (
        "b20a-002",
        """SOAP - telepsychiatry follow-up (PMHNP), med management

S: Pt is a 58 y/o woman seen via video from her home in rural eastern Montana; connection dropped twice. Reports mood "better than in January, not where I want it." Sleep 6-7 hrs with trazodone 50 mg. Denies SI/HI; has 988 saved in her phone from our last safety plan review. Husband drove her to the clinic in town for labs last Tuesday. Still grieving her sister (d. 2022); anniversary coming up in April.

O: Alert, oriented x4. Affect constricted but reactive, brighter when talking about grandkids. Speech normal rate/volume. PHQ-9 = 11 (17 in January). GAD-7 = 8. A1c 6.1, TSH WNL. Weight stable.

A: MDD, recurrent, moderate (F33.1), improving. Prediabetes, monitoring given prior SGA exposure. No psychotic features.

P: Continue sertraline 150 mg daily, trazodone 50 mg qhs PRN. Hold off on augmentation; revisit if PHQ-9 plateaus. Referred to our behavioral health counselor for CBT (pt agreeable, prefers telehealth given the 90-minute drive). Reviewed grief anniversary plan. RTC 6 weeks.

Billing 99214 + 90833. Time 32 min, >50% counseling.""",
        [],
    ),
    (
        "b20a-003",
        """New RSW in private practice here (Ontario). Would love feedback on my intake summary format before I turn it into a template. Pasting my first one below. Is this too much? Too little?

---
**INTAKE SUMMARY**
**Client:** Danielle Fortier-Mbeki
**DOB:** 1987-03-22
**OHIP:** 5584-213-907-KT
**Address:** 48 Lakeshore Rd E, Oakville, ON L6J 1H7
**Phone:** (905) 555-0182
**Email:** dfortier.mbeki@gmail.com
**Referral:** self-referred; family doctor is Dr. Anand Viswanathan
**Employment:** educational assistant with the Halton District School Board, on short-term disability since February
**Emergency contact:** spouse, Kwame Mbeki

**Presenting concern:** Panic attacks for 8 months, starting a few weeks after a highway collision (she was rear-ended, minor injuries). Now avoids highways entirely; has had 3 panic attacks in the car as a passenger. Sleep 5-6 hrs. Danielle describes herself as "always the calm one" and is ashamed of the change.

**Measures:** GAD-7 16, PDSS 14, PHQ-9 10, PCL-5 29 (subthreshold).
**Risk:** no SI/HI, no history.
**Impression:** Panic disorder (F41.0) with agoraphobic avoidance specific to driving; subthreshold PTSS.
**Plan:** CBT for panic (Craske & Barlow), interoceptive exposure, graded driving hierarchy. 12 sessions, reassess at 6. Fee $160/session, receipts for extended health benefits.
---

Also, does anyone include a formulation section at intake, or save that for session 3-ish?""",
        [
            ("Danielle Fortier-Mbeki", "name"),
            ("Danielle", "name"),
            ("1987-03-22", "date"),
            ("5584-213-907-KT", "id_number"),
            ("48 Lakeshore Rd E", "place"),
            ("Oakville", "place"),
            ("L6J 1H7", "place"),
            ("(905) 555-0182", "phone"),
            ("dfortier.mbeki@gmail.com", "email"),
            ("Anand Viswanathan", "name"),
            ("Halton District School Board", "organisation"),
            ("Kwame Mbeki", "name"),
        ],
    ),
    (
        "b20a-004",
        """Consultation question: couples, EFT vs Gottman, and an affair that's "over"

Mid-30s couple (she's 34, he's 36), married 7 years, one toddler. Came in after she found texts last fall; he says the affair ended in November, she's not sure she believes him. We're 6 sessions in.

I'm trained through Gottman Level 2 and the Four Horsemen are all over the room: contempt from her, stonewalling from him (he literally goes flat and stares at the floor; his pulse was 110+ when we tried the flooding check). My instinct is to follow the Gottman affair recovery model (atone, attune, attach), but I'm also rereading Sue Johnson's Hold Me Tight and wondering whether an EFT frame would get us under the pursue-withdraw cycle faster.

A few specifics:
- She wants full phone access "forever." He agreed, then got resentful.
- Valentine's Day is coming and she's already dreading it.
- His family of origin: father left when he was 10; he describes "no one ever asked how I felt."
- No IPV on screening (separate interviews, HITS plus direct questions).

Has anyone blended these? I'm worried about switching models mid-stream and confusing them. Also curious how people handle the "transparency forever" ask. Is there a reasonable time frame you negotiate?

CA LMFT, group practice, billing 90847.""",
        [],
    ),
    (
        "b20a-005",
        """Re: client who keeps cancelling last-minute

I had almost exactly this last year. What helped was naming the pattern gently rather than enforcing the late-cancel fee right away. I said something like, "I notice Thursdays are hard to get to. What happens on Thursday mornings?" and it turned out her mother's dialysis schedule had changed and she was the only one who could drive her.

The thing I'd watch for: ambivalence about therapy often shows up as logistics. My client eventually said, "honestly i kept hoping you'd give up on me, like everyone did with rosa," rosa being her older sister who'd been cut off by the family. That opened up six months of really good work on abandonment schemas (Young's schema therapy model was a good fit for her).

So I'd hold the policy but lead with curiosity. And document every cancellation with the reason given, in case it becomes a pattern you want to reflect back.

Also, your policy is your policy. If you've been flexible three times, it's ok to say "starting next week, the fee applies" and frame it as caring about the continuity of her treatment.""",
        [("rosa", "name")],
    ),
    (
        "b20a-006",
        """Supervision reflection - week 9 of practicum (counselling psych, MEd)

I brought the recording of my fourth session with the young man I've been seeing through the community clinic: mid-20s, francophone, recently moved from a small town in northern Quebec to the city for work. He switched into English about halfway through and I hadn't noticed until my supervisor pointed it out.

She asked what I thought it meant. My honest answer: I didn't know, and I'd been relieved, because my French is shaky and English let me feel more competent.

That's the piece I want to sit with. Yalom writes about the therapist's need to feel useful, and I think I let my own anxiety choose the language of the session. When he talked about his father in English he sounded flat, almost like he was reporting. The one sentence he said in French, about his grandmother's kitchen, had more feeling in it than the rest of the hour.

My supervisor also framed it as parallel process: I'm a newcomer to this profession the way he's a newcomer to the city, both of us performing competence in a second language of sorts.

For next session:
- Ask him directly which language he'd like to use, and normalise switching.
- Notice when affect shifts with language (the code-switching literature; Perez Foster's work on bilingual patients).
- Bring my own discomfort to supervision instead of managing it in the room.

Her reminder, via the CCPA Code of Ethics: competence includes knowing when to refer. If language becomes a real barrier, a referral to a francophone counsellor is an option, not a failure.""",
        [],
    ),
    (
        "b20a-007",
        """School counselor here (Texas, 9-12 campus), need a gut check on a social media situation.

A sophomore came to me Friday after another student screenshotted her close-friends story and spread it around. She's 15, has a safety plan from last spring (passive SI, no attempt). The account posting the screenshots is @cyfairbaddies_2k9 and it's been reported but is still up. Her own account (@kaylee.rose.xo) is private but she's convinced "everyone" knows it's her.

Admin is handling the bullying side through the district process. My piece is her safety. I did the C-SSRS screener: positive for wish to be dead in the past month, negative for active ideation, plan, or behavior. Called mom, reviewed the safety plan with both of them, gave them 988 and the Crisis Text Line.

Questions:
1. How are others handling the "delete everything" impulse? I don't want to push her offline when her friends are her main support, but the app is clearly a trigger right now.
2. Has anyone done a short CBT-based module on rumination for this age group that fits in 20-minute pull-outs? I have her during advisory twice a week.

I'm documenting in our counseling notes, not the SIS. Thanks.""",
        [("@cyfairbaddies_2k9", "handle"), ("@kaylee.rose.xo", "handle")],
    ),
    (
        "b20a-008",
        """DAP Note - IOP, ASAM 2.1, individual session

D: Client is a 29 y/o male in week 4 of IOP (3 hrs/day, M/W/Th). Reports 22 days since last opioid use; UDS today positive for buprenorphine only, consistent with prescribed Suboxone 16 mg/4 mg daily. Cravings rated 4/10, up from 2/10 last week, which he links to a fight with his girlfriend over money and being around an old using friend at a cookout on Sunday. Attended two NA meetings this week and called his sponsor once. Working second shift at a warehouse; says the hours help him "stay out of trouble." Sleep ~6 hrs. Denies SI/HI.

A: Craving increase appears situational, tied to interpersonal stress plus cue exposure. Client used urge-surfing on his own ("rode it out for like 20 minutes"), a real gain from the MI/relapse prevention work (Marlatt's model). Contemplation-to-action on addressing the relationship conflict. AUDIT-C 2. OUD, severe (F11.20), on maintenance therapy.

P:
- Continue IOP schedule; next individual session Wednesday.
- Role-play refusal skills for cookouts/social settings.
- Coordinate with prescriber re: craving uptick (ROI on file).
- Encourage continued NA attendance; discussed SMART Recovery as an option since the "higher power stuff" doesn't land for him.
- Naloxone kit confirmed in the home.

H0015. Individual time: 55 min.""",
        [],
    ),
    (
        "b20a-009",
        """Looking for thoughts on a family meeting that went sideways.

Hospice SW, home-based program. Patient is a 94-year-old retired machinist with end-stage CHF who lives with his daughter Marguerite; she's been his sole caregiver for 3 years. He's fully oriented (SLUMS 24) and has been clear with me and the RN that he wants to stay home and does not want to go back to the hospital. Marguerite's brother flew in from out of state last week and is pushing hard for placement at Maplecrest Manor, where their mom died in 2019. In the meeting he kept saying "Dad doesn't know what he's asking for."

I tried to keep the focus on the patient's stated values (used the Serious Illness Conversation Guide prompts), and the chaplain helped a lot. But the son shut down and left, and Marguerite cried for half an hour afterward in the kitchen.

What I'm noticing:
- Classic "daughter from California" dynamic (Molloy et al.), though in this case it's a son from Arizona.
- Caregiver burden is real: Zarit 41. She hasn't slept through the night in months.
- Patient has capacity for this decision. POLST on file says comfort-focused.

My plan is to offer respite (the 5-day inpatient respite benefit under the Medicare hospice benefit) and a separate call with the son so he can grieve without the whole family watching. Anyone have language that's worked with the long-distance sibling who arrives late and wants to fix things?""",
        [("94", "age"), ("Marguerite", "name"), ("Maplecrest Manor", "organisation")],
    ),
    (
        "b20a-010",
        """Group Note - DBT-A Skills Group, Distress Tolerance module, week 3 of 6

Attendance: 7 of 8 enrolled teens (ages 14-17); 1 excused (illness). Co-facilitated with the program's second DBT clinician. Parents' multifamily segment ran separately for the final 30 minutes.

Content: Reviewed TIPP from last week; 4 members reported using the cold water/ice dive at least once. Introduced Radical Acceptance and Turning the Mind (Linehan, DBT Skills Training Manual, 2nd ed., handouts DT 11-12). Used the "traffic jam" example; one member offered her own example about not making the volleyball team, which got good engagement.

Process: Two members began side-talking during the mindfulness opener; redirected with the one-mindfully prompt and both re-engaged. One member became tearful during the acceptance discussion when talking about a parent's deployment; she used an item from her self-soothe kit and stayed in group. Checked in with her individually afterward: denied SI, and reports her individual therapist knows about the deployment.

Diary cards: 6 of 7 completed. Urges to self-harm rated 3 or higher on 2 cards; neither reported acting on urges. Both flagged to individual therapists per protocol.

Homework: Practise half-smile and willing hands daily; note one situation for radical acceptance on the diary card.

Next week: Pros and cons, revisit STOP. Walking the Middle Path starts after Thanksgiving.

90853 x 7.""",
        [],
    ),
    (
        "b20a-011",
        """Follow-up: the Marine vet with the nightmares (original thread from last month)

Thanks again for all the replies. Quick update and one new question.

We switched from CPT to Written Exposure Therapy after he told me the worksheets felt "like homework from the VA that never went anywhere." Five sessions of WET (Sloan & Marx protocol) and his PCL-5 has gone from 61 to 44. Nightmares down from 5/week to 2/week, prazosin still on board through his VA psychiatrist.

The index trauma is the IED strike on 17 August 2010 that killed two guys from 3rd Battalion, 5th Marines. He was the vehicle commander. In his last narrative he wrote for the first time about having switched seats with one of them that morning. That's the moral injury piece several of you flagged.

New question: he wants to go to the memorial his unit holds every year, and he's never gone. Part of me thinks this is exactly the approach behavior we want; part of me worries about the drinking that happens around those reunions (AUDIT was 14 at intake, now 9). How have others supported clients going to unit reunions? Do you plan it like an in-vivo exposure, or is that too clinical for something this meaningful?

Also recommend Litz et al.'s Adaptive Disclosure if anyone's working with moral injury. Really helpful.""",
        [("17 August 2010", "date"), ("3rd Battalion, 5th Marines", "organisation")],
    ),
    (
        "b20a-012",
        """Closing a CBT-I case: takeaways

Closing this one after 7 sessions, wanted to log what worked for my own learning and for anyone doing CBT-I in a general outpatient caseload.

Client: woman in her early 60s, retired teacher, chronic insomnia for ~10 years, long history of zolpidem 10 mg that she'd tapered off with her PCP before starting with me. ISI at intake 21, at discharge 8. Sleep efficiency went from 68% to 89% on diaries.

What worked:
- **Sleep restriction, done honestly.** Initial window 12:30-6:00 a.m. She hated it for two weeks. Expanding by 15 minutes per week once SE was over 85% kept her motivated.
- **Stimulus control** was harder than restriction; she'd read in bed for 40 years. We moved a reading chair into the bedroom so she could still wind down with a book, just not in the bed.
- **Cognitive work** on "if I don't sleep I'll get dementia like my mother." The DBAS-16 found the targets; that belief was a 10/10 at intake.
- **Perlis and colleagues' session-by-session manual** was my backbone, with Edinger & Carney's Overcoming Insomnia workbook for her.

What I'd do differently:
- Screen for sleep apnea earlier. STOP-BANG was 3 and I almost missed it; her sleep study after session 3 was negative, but it cost us two weeks.
- Plan the relapse-prevention session around predictable disruptions (she visits the grandkids every summer and the time change wrecks her).

Nice to close one that actually worked by the book.""",
        [],
    ),
    (
        "b20a-013",
        """Ha, this thread is making me feel seen. I had a client a couple years ago who basically only talked about her cat for the first four sessions. I kept trying to "get to the real stuff" and my supervisor finally said, "the cat IS the real stuff."

Turned out the cat, Mochi, a 16-year-old tabby, was the only relationship she'd had that never hurt her. When Mochi got sick, everything came up: her mom's drinking, the foster placements, the way she never let anyone into her apartment in Kitsilano because she'd learned early that people take things.

So +1 to following the attachment thread wherever it shows up. Wallin has a great bit on this: the secure base doesn't have to be a person at first.""",
        [("Mochi", "name"), ("Kitsilano", "place")],
    ),
    (
        "b20a-014",
        """## Case presentation: postpartum depression with intrusive harm thoughts

**Setting:** reproductive mental health outpatient program, British Columbia. I'm an RCC working alongside a perinatal psychiatrist.

**Client:** 31-year-old first-time mother, baby now 14 weeks. Referred by her public health nurse after an EPDS of 19 with a positive item 10 (self-harm thoughts "hardly ever").

**Presentation:**
- Low mood, tearfulness, poor sleep even when the baby sleeps.
- Ego-dystonic intrusive images of dropping the baby down the stairs; she now avoids carrying him on stairs and has her partner do bath time. Looks like perinatal OCD (Y-BOCS 22), no psychotic features, insight fully intact.
- Passive SI ("everyone would be better off"), no plan or intent. Safety plan completed with partner involved.

**Background:** Long labour ending in emergency C-section. One prior depressive episode at 19. Her own mother had "nerves" after her younger brother was born. Partner supportive but back at work after 5 weeks of parental leave.

**Treatment so far:** Psychiatrist started sertraline 50 mg, now 100 mg (compatible with breastfeeding per LactMed). CBT with ERP components: psychoeducation about intrusive thoughts (Challacombe's work on perinatal OCD has been my guide), graded exposure starting with carrying the baby on the bottom stair.

**Where I'd love input:**
1. She's asked whether she "should tell" her public health nurse about the images; she's afraid the baby will be taken. How do others explain the difference between ego-dystonic intrusions and risk in a way that reassures but is honest about reporting duties?
2. Group recommendations? I've pointed her to Postpartum Support International's online groups.

EPDS today: 14.

**Edit (two weeks later), adding what I've learned from the replies and from her:**
- I named the reporting threshold explicitly: intrusive, unwanted thoughts that she finds horrifying and works to avoid are not what triggers a child protection report; intent, plans, neglect, or psychosis would be. She cried, and reported her first full night of sleep since the birth that week.
- With her consent we called her public health nurse together from session. Hearing "I see this often" from someone in the system did more than anything I said.
- We've moved up the hierarchy to carrying the baby up the full flight with her partner at the bottom, then alone. SUDS down from 80 to 35 over four days of practice.""",
        [],
    ),
    (
        "b20a-015",
        """Consult request: couple in a Christian counseling frame, possible coercive control

LMFT in a faith-friendly practice (Tennessee). I'm seeing a couple married 19 years, four kids. They came through a referral from their pastor at Grace Fellowship after the wife told a women's small group she "didn't know if she could stay."

Session 3 was the first time I saw them separately. She (Dawn) described him checking the mileage on the van, needing to approve any purchase over $20, and saying the kids would "choose Dad" if she left. He (Rusty) presents as warm, self-deprecating, quotes Scripture a lot, and frames everything as "headship." Their oldest, Hunter, is 17 and has apparently started sleeping at a friend's most nights.

No physical violence disclosed. I used Danger Assessment items informally and nothing is high-risk right now, but the pattern looks a lot like Evan Stark's coercive control framework to me.

My dilemma: conjoint work can be unsafe when there's coercive control. But if I stop couples sessions, I suspect he'll take them back to the pastor, and she'll lose the one outside relationship where this is being named.

Has anyone navigated this with religious clients? I'm thinking about shifting to individual sessions for both with a clear rationale, giving her the National DV Hotline number privately, and being careful not to set myself up against the church. Would really value language for "I'm not comfortable continuing joint sessions" that doesn't get back to her in a way that escalates things.""",
        [
            ("Grace Fellowship", "organisation"),
            ("Dawn", "name"),
            ("Rusty", "name"),
            ("Hunter", "name"),
        ],
    ),
    (
        "b20a-016",
        """Psychiatry consult question: TRD, next steps after two failed augmentation trials

Outpatient psychiatrist, academic clinic. Looking for peer input before I lay out options for the patient.

48-year-old man, third major depressive episode, current episode ~14 months. MADRS 32 today. Failed adequate trials of escitalopram 20 mg and venlafaxine XR 225 mg (12 weeks each), then aripiprazole augmentation (akathisia at 5 mg, stopped) and lithium augmentation (level 0.6 for 8 weeks, minimal response, tremor he found intolerable). Did 16 sessions of CBT with a psychologist in our clinic; engaged, but says he "knows the tools and can't get off the couch to use them."

No psychotic features. No bipolar history (MDQ negative, family history negative on careful review). Passive SI, longstanding, no attempts. Works from home in IT, currently on short-term disability.

Options I'm weighing:
- **Esketamine (Spravato).** We have a REMS-certified site. Prior auth is the barrier; he meets criteria.
- **ECT.** Most effective by the data; he's frightened about memory effects after reading online.
- **rTMS.** He's interested; 5x/week for 6 weeks is doable since he's off work.
- **Bupropion/mirtazapine combination** as a bridge.

STAR*D and the ESCAPE-TRD data are informing my thinking, but I'd like to hear what people are actually seeing with esketamine vs rTMS for someone like this, especially durability after induction.

Also: anyone had luck getting an insurer to cover TMS after only two augmentation trials? His plan's policy language says "four failed trials" and I'm arguing the augmentations count.""",
        [],
    ),
    (
        "b20a-017",
        """Hoping for some wisdom from folks who work in First Nations communities.

I'm a psychologist doing fly-in assessment and therapy visits (one week every six weeks) to a community in northern Manitoba. I'm seeing a 9-year-old girl, Skye, referred by the school for "explosive behaviour." Funding is through Jordan's Principle, which has been great for access but means a lot of paperwork.

What I'm seeing doesn't look like ODD to me. She's had three caregivers in two years (mom in Winnipeg for treatment, then an auntie, now her kokum), and the meltdowns cluster around my visits ending and around plane days when people leave. That reads much more like attachment disruption and grief than defiance.

The tricky part: the school wants a diagnosis to unlock an EA. I don't want to hand out an ODD label that follows her. Developmental trauma isn't in the DSM, and I'm wary of framing this as "adverse childhood experiences" in a way that pathologizes the community rather than naming the colonial disruption of family systems.

What I've been doing: short play-based sessions (some Theraplay activities), consulting with her kokum on what feels right culturally, and connecting with the community's NNADAP worker about the family's supports. Kokum asked if the Elder who does teachings at the school could be part of the care plan, and I said yes, absolutely.

Questions: how have others written reports that meet funding requirements without over-pathologizing? And how do you manage the gaps between visits so my leaving isn't one more disruption?""",
        [("Skye", "name"), ("Winnipeg", "place")],
    ),
    (
        "b20a-018",
        """Process notes - session 14, rupture and (partial) repair

Writing this up mainly for myself but posting in case it's useful to anyone thinking about withdrawal ruptures.

Client is a man in his 50s I've been seeing for depression after a divorce. For 13 sessions he's been polite, on time, does the homework. Today, about 20 minutes in, I summarised what I thought he'd said about his ex-wife ("it sounds like you still feel responsible for her happiness") and he went very still and said, "Sure. Maybe." Then talked about the weather for five minutes.

What I noticed in myself: a pull to fill the silence, and some irritation, honestly. I'd thought the reflection was accurate and kind.

What I did: using Safran & Muran's framework, I tried metacommunication. "I noticed something shifted just now after I said that. I'm wondering if I got something wrong." Long pause. Then: "You sound like my sister. Everyone thinks they know what I feel."

We spent the rest of the hour on that. He said he's spent his whole life being told what he feels, first by his mother, then by his wife. I acknowledged that I'd jumped ahead of him and asked him to tell me in his own words. He was guarded but stayed with it.

Reflections:
- Withdrawal ruptures are easy to miss in compliant clients. This one would have gone underground if I hadn't named it.
- My "accurate" reflection was still an imposition. Accuracy isn't the same as attunement.
- Plan: check in at the start of next session about how he felt leaving today. Keep reflections more tentative for a while.

Post-session alliance measure: his bond items dipped, but he wrote "glad we talked about it" in the comments box.""",
        [],
    ),
    (
        "b20a-019",
        """Can someone look at my SOAP and tell me if my Assessment section is doing enough work? My supervisor says it reads like a second Subjective.

---
Pt: R. Delacroix | MRN 00418837 | DOS 06/12/2024 | 60 min | 90837

S: Pt reports "a terrible week." Argued with landlord about mold, missed two days of work, drank 4-5 beers nightly x3 nights (baseline 1-2). Endorses low mood, irritability, poor sleep. Denies SI/HI. States "I'm doing exactly what my dad did."

O: Casually dressed, mildly disheveled, smelled of alcohol (states last drink 10 pm last night). Affect dysphoric, congruent. Thought process linear. PHQ-9 = 18 (prev 13). AUDIT-C = 8.

A: Pt appears more depressed this week with increased alcohol use. Pt is stressed about housing and work. Pt is at risk of losing job.

P: Continue weekly sessions. Review coping skills. Pt to call landlord.
---

I know the A is thin. What would you add?""",
        [("R. Delacroix", "name"), ("00418837", "id_number"), ("06/12/2024", "date")],
    ),
    (
        "b20a-020",
        """Re: duty to warn in a multi-state telehealth practice

This is one of the trickiest parts of interjurisdictional telehealth, and the short answer is: it's the law where the client is physically located at the time of the session, not where you're licensed or sitting.

A few points from going through this with our risk management consultant:

- **Tarasoff** (California, 1976) is what everyone remembers, but states vary a lot. Some have mandatory duty-to-warn/protect statutes, some are permissive, a handful have nothing on the books. Texas, for instance, is permissive only; Thapar v. Zezulka (1999) held there's no common-law duty to warn there.
- **PSYPACT** doesn't change duty-to-warn rules; you follow the receiving state's law.
- If you have Canadian clients, it's different again. Provincial privacy laws (PHIPA in Ontario, for example) allow disclosure to prevent serious harm, framed as permissive, and your college's standards matter.
- **Document** your reasoning in real time, including consultation. "Consulted with a peer on [date], who agreed..." is gold if this is ever reviewed.

For your situation (client made a vague threat toward a former coworker, no named target, no plan): most frameworks wouldn't trigger a mandatory warning without an identifiable victim, but I'd do a structured violence risk assessment, increase session frequency, and get formal consultation from your liability carrier's risk line. Most carriers (e.g., The Trust) have a free one for insureds.

The APA and ACA ethics codes both allow breaching confidentiality to protect, but they defer to state law on when you must.""",
        [],
    ),
    (
        "b20a-021",
        """Case consult: suspected RED-S / atypical anorexia in a varsity athlete

I'm a counsellor at the student wellness centre at McGill. Seeing a 20-year-old on the women's rowing team, 4 sessions in. She came in for "stress," but the picture is: ~9 kg weight loss over the fall term, amenorrhea for 5 months, twice-daily training plus extra runs she logs on Strava as pedalfast_marie, EDE-Q global 3.8. BMI still in the "normal" range, which is exactly why the coaches haven't flagged anything.

She's ambivalent. She says she knows she's "not eating enough for the training" but frames it as performance, not body image. When I asked what would happen if she ate more, she said, "I'd be slow and I'd be the fat one in the boat."

Where I'm stuck:
- Our sport dietitian and sports med physician are great, but she hasn't consented to me talking to them yet.
- She's terrified of being pulled from the lineup before the spring regatta.
- MI has been my main approach; I'm considering bringing in CBT-E elements (Fairburn), but I don't know that she's medically stable enough for outpatient to be the right level.

Anyone work with athletes who've found a "fuel for performance" framing that actually bridges to medical monitoring? I don't want to lose her by leading with ED language, but I'm worried about bone density and cardiac stuff. Resting HR at her last physical was 42.""",
        [("McGill", "organisation"), ("pedalfast_marie", "handle")],
    ),
    (
        "b20a-022",
        """BIRP - ACT team home visit

B: Client (40s, schizophrenia, F20.0) seen at his supported housing apartment with the team nurse for scheduled LAI and weekly check-in. Apartment tidier than last week; dishes done. He was watching a hockey game and initially reluctant to turn it off. Reports voices "about the same," mostly commentary, not commanding. Denies SI/HI. Says he's been going to the drop-in centre on Tuesdays and Thursdays for lunch. Took his oral meds from the blister pack in our presence.

I: Nurse administered paliperidone palmitate 234 mg IM (monthly). Writer reviewed his budget sheet with him: rent is paid, he has $60 left for the rest of the month, which worries him. Used problem-solving (identified food bank hours and the drop-in meals). Reinforced headphones and music as a coping strategy for the voices. Reminded him of his PCP appointment next week for metabolic monitoring (last A1c 6.3, weight up 4 kg in 6 months).

R: Engaged for about 25 minutes, then said he was "done talking." Agreed to the food bank plan. Accepted the injection without distress. Stated the voices are "quieter when I have something to do."

P: Next visit Monday. Peer support specialist to accompany him to the food bank Friday. Team psychiatrist to review metabolic labs; consider metformin per team protocol. Continue tracking voice-related distress on a 0-10 scale (today 4/10).""",
        [],
    ),
    (
        "b20a-023",
        """Consultation: court-ordered client, probation officer wants more than I'm comfortable sharing

I'm an LCSW in Oregon running a state-certified batterer intervention program. A client on the 26-week program was referred under case no. 23CR41872 by Judge Halvorsen, and his PO, Tanya Brightwater, has started emailing me after every group asking for "any concerns," plus details about what he says about his ex.

The release he signed covers attendance, participation, and completion/non-completion. It doesn't cover session content. I've replied with attendance and a participation rating, which is what the program standards require, but she keeps pushing, and the client has told group he thinks "the counselor is a narc."

Clinical side: he's actually doing decent work. He's started owning some of the controlling behavior (the Duluth Power and Control Wheel exercise was a turning point) instead of only talking about how she "provoked" him. I worry that if I over-share, that progress evaporates, and if I under-share and something happens, I'm exposed.

How do others set this boundary with probation? Do you send a standard letter at intake explaining what you will and won't report? And where's your line for proactively contacting the PO? For me it's any new threats, any stated intent, or contact with the victim in violation of the no-contact order.""",
        [
            ("23CR41872", "id_number"),
            ("Halvorsen", "name"),
            ("Tanya Brightwater", "name"),
        ],
    ),
    (
        "b20a-024",
        """### Case presentation: single-incident trauma, EMDR, and a surprise in phase 4

**Clinician:** psychologist, group private practice in the Pacific Northwest.
**Client:** woman, late 30s, nurse, referred by her EAP after a highway collision 8 months ago in which she was a driver and a passenger in the other car was seriously injured. PCL-5 at intake: 58. No prior trauma history she was aware of. PHQ-9: 12.

**Course:**
- Sessions 1-3: history, psychoeducation, resourcing (calm place, container). Following Shapiro's 8-phase protocol.
- Sessions 4-7: target = the moment of impact. SUDs came down from 9 to 2 fairly smoothly; VOC on "I did the best I could" rose to 6.
- Session 8: while processing a residual image (the other driver screaming), she suddenly shifted to a memory from age 7: being in the back seat when her father crashed the car drunk. She had never mentioned it. SUDs spiked to 10.

**Where I landed:** I didn't push through. I used the container, did some bilateral tapping with her calm place, and we spent session 9 on history-taking for the earlier memory. In hindsight, the "single incident" was linked to a much older network, which fits Shapiro's AIP model, and Herman's phased model reminded me to re-check stabilisation.

**Current:** PCL-5 31. She's back at work on reduced hours.

**Question:** For those doing EMDR: when a childhood feeder memory shows up mid-protocol, do you go back and target the earliest memory first (standard protocol logic) or finish the recent incident? Her current impairment is mostly about driving, so I'm torn.""",
        [],
    ),
    (
        "b20a-025",
        """First time posting. I'm a new clinician at a CMH agency and my supervisor is out on leave. Can someone tell me if this intake is thorough enough for Medicaid documentation? I feel like the MSE is thin.

**INTAKE ASSESSMENT - Outpatient Youth Services**
**Client:** Jaylen Marcus Whitfield, 14 y/o male (DOB 09/30/2010)
**Guardian:** Tonya Whitfield (mother), cell 313-555-0147
**Address:** 19340 Greenlawn St, Detroit, MI 48221
**Medicaid ID:** 0074429915
**School:** 9th grade, Cass Technical High School
**Referral source:** school social worker

**Presenting problem:** Three suspensions since September for fighting. Mother reports irritability, staying in his room, sleeping until noon on weekends, quit the basketball team in October. Maternal grandmother, who lived with the family, died in the spring; mother says Jaylen "never cried, not once." Father incarcerated since 2019; intermittent phone contact.

**Screening:** PHQ-A 15. SCARED 22 (elevated separation and generalized anxiety items). CRAFFT 1 (cannabis "a couple times" with friends). Vanderbilt parent form below ADHD threshold. ASQ negative; no history of self-harm.

**MSE:** Cooperative but guarded, minimal eye contact. Mood "fine." Affect restricted. No evidence of psychosis.

**Diagnostic impression:** F32.1 MDD, single episode, moderate. Z63.4 (death of family member).

**Plan:** Weekly individual therapy; TF-CBT if the CATS trauma screen is positive; collateral sessions with mother; coordinate with the school social worker (ROI signed).

Is it normal for this to feel so short?""",
        [
            ("Jaylen Marcus Whitfield", "name"),
            ("Jaylen", "name"),
            ("09/30/2010", "date"),
            ("Tonya Whitfield", "name"),
            ("313-555-0147", "phone"),
            ("19340 Greenlawn St", "place"),
            ("Detroit", "place"),
            ("48221", "place"),
            ("0074429915", "id_number"),
            ("Cass Technical High School", "organisation"),
        ],
    ),
    (
        "b20a-026",
        """Honestly, same. I'm at 31 clients a week in a group practice and I hit a wall around Thursday every week. What helped me: no notes after 6 pm, dropping two insurance panels (hurt for three months, no regrets), and getting my own therapist again. Turns out my dad's illness was getting stirred up by two clients with dying parents.

Re: the "I can't take one more session about Taylor Swift lyrics" comment upthread: some of my teens say more through her songs than they ever would directly. Portal, not avoidance?

And if it gets dark, please remember 988 is for us too.""",
        [],
    ),
    (
        "b20a-027",
        """Supervision notes - what came up this week (RP, Ontario; supervising a qualifying RP)

My supervisee presented a client she's seen for 8 sessions: a 19-year-old man with social anxiety who works mornings at the Tim Hortons on the corner near his parents' house. He's been making real progress with exposure work: ordering at the counter himself, making small talk with regulars.

The issue she brought: he's developed what sounds like an intense crush on a coworker, Brianna, and spends large parts of sessions analysing her texts. My supervisee isn't sure whether to treat this as avoidance (talking about the crush instead of doing exposures) or as the exposure itself (he's finally in a peer relationship where the stakes feel real).

What we explored:
- Her own reactions. She's 24, not much older than him, and noticed she was getting a bit "big sister" about it. Good catch on her part.
- Reframing: the crush is a rich exposure opportunity. Asking someone to hang out IS the hierarchy item he rated 95 SUDS at intake.
- Keeping the LSAS in view: he's gone from 78 to 61, so the work is working.

I suggested she bring a recording next time so we can look at how she's responding moment to moment. We also went over CRPO's expectations for documenting clinical supervision, since she's getting close to applying to move to the full register.""",
        [("Tim Hortons", "organisation"), ("Brianna", "name")],
    ),
    (
        "b20a-028",
        """Case presentation: contamination OCD, ERP, and a family accommodation problem

Psychologist, outpatient anxiety clinic (US Northeast).

22-year-old man, living with his parents after leaving college mid-semester. Y-BOCS 28 at intake. Contamination fears centred on "germs from public places": he showers 3-4 times a day, goes through a Costco-size bottle of hand sanitizer every week or so, and has his mother wash his clothes separately in hot water. Fluvoxamine 200 mg through his psychiatrist, partial response.

ERP hierarchy (SUDS):
- Touching the front door handle without washing: 40
- Sitting on the couch in "outside" clothes: 55
- Eating a snack after touching a grocery cart: 75
- Using a public restroom without a full shower after: 95

Sessions 1-6 went well; he's done the first item consistently. Stalled at the couch because his mother "cleans it after," which functionally neutralises the exposure.

I'm planning to bring the parents in using SPACE (Lebowitz's program; designed for child anxiety, but the accommodation-reduction principles transfer). Mother is very anxious herself and says "if I don't clean, he won't come downstairs at all." Family Accommodation Scale score was high.

For those who've done adult ERP with heavy parental accommodation: parent sessions separately, or joint? Any tips for helping a parent tolerate their adult child's distress without rescuing? I've read Grayson's Freedom from Obsessive-Compulsive Disorder and Foa's therapist guide, but the accommodation piece is where I feel least skilled.""",
        [],
    ),
    (
        "b20a-029",
        """Update on my client with AUD and the "dry July" plan

Thanks for the encouragement in the last thread. Short version: she made it through July, felt great, then drank heavily over Labor Day weekend 2023 at a family reunion and was too ashamed to come back. She cancelled twice and then emailed asking if I was "done with her."

I wrote back that lapses are expected, not a failure, and offered a session. She came in Tuesday. We did a chain analysis of the weekend: the trigger was an uncle's comment about her weight, then someone handed her a drink, then "what the hell" thinking (abstinence violation effect, Marlatt's term; she found it validating that it has a name).

Lesson for me: build family-event plans BEFORE the event, and watch for all-or-nothing goals. We've shifted to a harm-reduction goal she chose (max 2 drinks a day, 3 dry days a week), and she's now open to asking her doctor about naltrexone.

AUDIT went from 19 at intake to 11 before the lapse, 16 now. Still headed the right way overall.""",
        [("Labor Day weekend 2023", "date")],
    ),
    (
        "b20a-030",
        """Sharing an assessment summary format for feedback (identifying info removed)

**Psychoeducational Assessment: Summary of Findings**
Child: 10-year-old boy, Grade 5, public school, referred by parents and teacher for attention and reading concerns.

**Cognitive (WISC-V):** FSIQ 94 (average). VCI 102, VSI 98, FRI 100, WMI 82 (low average), PSI 80 (low average).

**Academic (WIAT-4):** Word Reading 78, Pseudoword Decoding 74, Reading Comprehension 88, Math Problem Solving 101, Spelling 76.

**Phonological (CTOPP-2):** Phonological Awareness composite 79.

**Attention/EF:** Conners 4 parent and teacher both elevated on inattention (T = 72, 70); hyperactivity elevated on the teacher form only. BRIEF2 Working Memory and Plan/Organize elevated at home and school.

**Social-emotional:** BASC-3 self-report mostly average; some school anxiety ("I'm the dumb one in reading group").

**Diagnostic impressions:** Specific learning disorder with impairment in reading (F81.0), moderate. ADHD, predominantly inattentive presentation (F90.0).

**Recommendations:** Structured literacy intervention (Orton-Gillingham-based); 504 plan vs IEP review with the school team; pediatrician referral to discuss ADHD medication; accommodations (extended time, audiobooks, reduced copying). Parent resources: Understood.org, CHADD.

Questions for the group: do parents actually read a summary like this, or should I lead with a one-page plain-language version? And is "moderate" defensible here when the reading scores are mostly in the high 70s?""",
        [],
    ),
    (
        "b20a-031",
        """Anyone have experience with adolescent gaming overuse where the online friendships are genuinely protective?

15-year-old, autistic, small rural school where he has essentially no in-person friends. Parents brought him in because he's on Xbox 6-8 hours a day and melts down when they enforce limits. GAD-7 13, SCQ consistent with his prior ASD diagnosis.

In session he lights up describing his Discord server. His main friend there goes by Wraithlord_77 and apparently they've played together every night for two years. He showed me his gamertag (xX_FrostByte_Xx) and his stats with real pride. When I asked what he'd lose if limits got strict, he said, "Ethan's the only one who gets me." Ethan being the Discord friend. Dad, who works in IT, pulled the friend's IP off the router logs (98.214.67.130) and says it geolocates to Ohio, which matches what the friend has said.

I'm wary of the gaming disorder framing (ICD-11 6C51). His play isn't causing impairment beyond the family conflict. Attendance and grades are okay. What's causing harm is the meltdowns and the war at home.

Plan I'm considering: a family session to renegotiate limits collaboratively (Ross Greene's CPS approach) while validating the friendship as real.

Thoughts? And how do you assess whether "Ethan" is who he says he is without alienating the kid?""",
        [
            ("Wraithlord_77", "handle"),
            ("xX_FrostByte_Xx", "handle"),
            ("Ethan", "name"),
            ("98.214.67.130", "ip"),
        ],
    ),
    (
        "b20a-032",
        """Grief consult: prolonged grief disorder, or grief that hasn't been given room yet?

Client: man in his early 60s whose father died 14 months ago at 88 after a long decline with Parkinson's. Client was the primary caregiver for the last 4 years. Referred by his family doctor for "depression" after he broke down at a Remembrance Day service.

What he describes: intense yearning, daily preoccupation with whether he should have pushed for palliative care sooner, difficulty re-engaging with his own life (he retired early to care for his father and now "doesn't know what a Tuesday is for"). PG-13-R score 34, above threshold. PHQ-9 14. No SI.

My hesitation with the PGD diagnosis (DSM-5-TR, F43.81): he had almost no time to grieve. He was managing the estate and his mother's move into assisted living for the first eight months. Functionally, his grief has had about six months of room.

Frameworks I'm using:
- Worden's tasks of mourning: he's stuck around task 3 (adjusting to a world without the deceased), which for him means a world without a caregiving role.
- Stroebe & Schut's dual process model: he's almost all loss-oriented, with very little restoration-oriented coping.
- Shear's Complicated Grief Treatment has some appealing pieces (imaginal revisiting, situational revisiting of the long-term care home).

Question: for those who use CGT, how do you decide someone is ready for it vs needing more general grief support first? And is there harm in giving the PGD diagnosis if it gets him more sessions under his extended health plan?""",
        [],
    ),
    (
        "b20a-033",
        """Ethics question: a client's crowdfunding page and whether I can "look"

Client is a woman in her 40s, single mom, recently diagnosed with breast cancer, seeing me for adjustment and anxiety. Last session she mentioned her sister set up a fundraiser, gofundme.com/f/help-lisa-beat-cancer-and-keep-her-home, and asked if I'd seen it. I hadn't. She seemed hurt.

Then yesterday she emailed me from lisamarchetti.home@outlook.com (not the address on file) with the link again and "I wanted you to see the photos from chemo day."

A few threads I'm pulling:
- My informed consent says I don't search for clients online and don't interact on social media. But this isn't me searching; she's sending it.
- Clinically, this feels like she wants to be witnessed. It's not a boundary violation on her side, it's a bid.
- Practically, I'm worried about being asked to donate. I won't.

Zur's writing on digital ethics and the ACA Code (section H.6) both point toward discussing client-initiated online contact in session rather than acting unilaterally. My plan is to bring it up next week: thank her for wanting me to see it, explore what it would mean to her if I looked, and offer to look at the photos together in session if that's what she wants.

Does that sound right? Anyone handled the "please look at my page" request differently?""",
        [
            ("gofundme.com/f/help-lisa-beat-cancer-and-keep-her-home", "url"),
            ("lisamarchetti.home@outlook.com", "email"),
        ],
    ),
    (
        "b20a-034",
        """SOAP - EAP short-term counseling, session 3 of 6

S: Client is a 44 y/o man, warehouse operations supervisor at a large logistics company, self-referred through the EAP after a panic episode at work (thought he was having a heart attack; ER workup negative). Company moved to 12-hour shifts in the spring and he's now managing two crews. "I'm the guy who gets yelled at from above and below." Sleeping 5 hours. Drinking 2-3 beers most nights "to come down." Denies SI/HI. Two kids in high school; wife works full-time as a nurse.

O: Arrived 10 min early. Restless, jiggling leg throughout; speech pressured at first, slowed after breathing exercise. GAD-7 = 12 (intake 15). PHQ-9 = 8. AUDIT-C = 5.

A: Work-related stress with panic symptoms, improving. Adjustment disorder with anxiety (F43.22). Alcohol use is a coping strategy worth monitoring; not at a threshold for concern yet but trending. Panic psychoeducation from session 2 has landed: he labeled a surge last Thursday as "just adrenaline" and it passed in minutes.

P:
- Practiced paced breathing (4-6) and a brief body scan; daily practice with an app of his choosing (he likes Calm).
- Values/boundaries exercise on what he can and can't control at work.
- Discussed asking HR about intermittent FMLA leave; he'll think about it.
- EAP is capped at 6 sessions; will plan referral to an in-network therapist by session 5 if needed.

Next: session 4 in 1 week.""",
        [],
    ),
    (
        "b20a-035",
        """Case consult: newcomer family, interpreter dynamics

I'm an RSW at a community health centre. Working with a Syrian Kurdish mother of four who arrived through private sponsorship 18 months ago and lives in Scarborough. She was referred by her settlement worker at COSTI because she "stopped leaving the apartment."

We're 5 sessions in with an in-person Kurmanji interpreter. The complication: the interpreter the agency sends most weeks, Hevin, is from the same town in Syria and turns out to know the client's late husband's family. The client's affect changes completely when Hevin is there versus when we use a phone interpreter. She's much more guarded, says everything is "fine, thank God."

The client (Nesrin) hasn't said she wants a different interpreter, and asking for that directly could be taken as an insult in her community. Hevin has been professional as far as I can tell.

What I'm thinking:
- Default to the phone interpreting service for the trauma-focused sessions, framed as a scheduling matter.
- Raise matching practices for small language communities with the interpreting agency.
- Keep Hevin for practical/settlement appointments, where she's a real asset.

Clinically: PHQ-9 (Arabic version; she reads Arabic better than written Kurmanji) was 20. HTQ suggests PTSD. I'm leaning toward NET (Schauer, Neuner & Elbert) once the interpreter arrangement is stable.

Does anyone have a script for raising an interpreter change that doesn't shame anyone?""",
        [
            ("Scarborough", "place"),
            ("COSTI", "organisation"),
            ("Hevin", "name"),
            ("Nesrin", "name"),
        ],
    ),
    (
        "b20a-036",
        """Reply to the thread on supporting trans youth when parents aren't on board

I work in a school-based health center (Midwest) and this is probably 40% of my caseload some semesters. A few things that have held up for me:

- **Safety first, literally.** For a 16-year-old who's come out to me but not at home, I assess whether coming out at home would be safe before any family work. The Family Acceptance Project's research (Caitlin Ryan) is really useful to share with parents later; it frames acceptance as protective against suicide risk rather than as a values argument.
- **Know your state's law** on parental notification and pronoun use at school. It's changing fast, and several states now have statutes that affect what school staff can do. Get clarity from your district and your licensing board, in writing.
- **Use the name and pronouns the student asks for in session**, and agree together on what goes in any documentation parents might see.
- **Resources:** The Trevor Project (text/chat/phone, 24/7) and Trans Lifeline are good for youth who need someone outside school hours. 988 had a dedicated LGBTQ+ youth option, but that changed in 2025, so double-check what's currently available before you tell a kid about it.
- **WPATH SOC-8** is the reference if medical questions come up, but that's not our lane in a school setting. Refer to the pediatric gender clinic.

And take care of yourselves. This work is heavy right now. Consultation with other people doing it is what keeps me going.""",
        [],
    ),
    (
        "b20a-037",
        """Brief consult: capacity vs preference in an assisted living resident

Geriatric psychiatry consult. Resident is a 91 year old widow, mild neurocognitive disorder (MoCA 21/30), refusing to move from her assisted living apartment to the memory care wing after two nighttime wandering episodes. Daughter is health care POA.

She's articulate about her reasons: her friends are on her floor, she knows the staff, and she told me, "ask frank, he knows I always come back." The person she meant is the night security guard, who confirmed that both times she walked to the lobby, sat by the fish tank, and went back on her own.

My assessment: she has capacity for this decision (understands, appreciates, reasons, expresses a choice; Appelbaum's four abilities). The risk is real but modest, and there are less restrictive options: door alarm, scheduled night check, a nightlight path to the lobby, and reviewing her evening lorazepam 0.5 mg (Beers list, likely contributing).

Family wants the move. Facility is nervous about liability.

I'm writing my recommendations now. How do others phrase "she has capacity and the less restrictive option is appropriate" without leaving the facility feeling unsupported?""",
        [("91", "age"), ("frank", "name")],
    ),
    (
        "b20a-038",
        """Takeaways: closing a 2-year DBT case (BPD), what I'd keep and what I'd change

Client started with me at 23 after her third hospitalization; graduating now at 25. At intake: daily self-harm urges, cutting 2-3x/week, ZAN-BPD 22. At discharge: no self-harm in 11 months, ZAN-BPD 6, working part-time and back in community college.

Keep:
- **Full model, no shortcuts.** Individual + skills group + phone coaching + my consultation team. Every time I was tempted to "DBT-inform" instead of do DBT, the team pulled me back.
- **Diary card first, every session.** Even on weeks she brought something urgent. The target hierarchy kept us from chasing crises.
- **Chain analyses as collaboration, not punishment.** She told me at the end that the chains were where she "learned I wasn't crazy, I was just doing things for reasons."
- **As Marsha Linehan says, therapists need skills too.** My own radical acceptance in month 9, when she relapsed after a breakup, got me through.

Change:
- Start stage 2 trauma work (DBT PE, Harned's protocol) sooner. We waited longer than she needed.
- Build in validation for her parents earlier. The two family sessions we did in year 2 were powerful, and late.
- Plan the ending from 6 months out. Even with that, she had a rough patch around her last group.

Grateful for this one.""",
        [],
    ),
    (
        "b20a-039",
        """Inpatient attending, looking for thoughts on a first-episode psychosis with a practical wrinkle.

24-year-old man admitted on an involuntary hold after police found him parked outside a TV station, convinced a news anchor was sending him messages through the broadcast. Transferred to us from the ED at Harborview after medical clearance. UDS positive for cannabis (daily high-potency vaping), otherwise negative. No prior psychiatric history. PANSS positive 28.

The wrinkle: his truck (WA plate CKT4417) was impounded, and he's fixated on getting it back because "the evidence is in the glovebox." He's asked every nurse on the unit. Social work says the tow yard charges daily storage and his family can't afford to get it out; his mom is worried about the fees piling up while he's here.

Clinically I'm weighing substance-induced vs primary psychotic disorder; the DSM-5-TR one-month rule is hard to apply on day 4. Started risperidone 2 mg, will titrate. Considering a referral to coordinated specialty care (NAVIGATE model) at discharge, since even if this is cannabis-induced, conversion rates to schizophrenia are substantial (Arendt et al.; the Danish registry data).

Questions:
1. Anyone have a practical approach to the truck/property issue on an inpatient unit that doesn't collude with the delusion but doesn't dismiss a real-world problem either?
2. How hard do you push for a longer commitment vs voluntary with CSC when insight is partial?""",
        [("Harborview", "organisation"), ("CKT4417", "id_number")],
    ),
    (
        "b20a-040",
        """Here's the de-identified intake template our clinic uses, for the thread about what to collect at first session. I've filled it in with a composite so you can see the level of detail. Not a real client.

---
**Client:** [initials removed] | **Age:** 40s | **Pronouns:** she/her
**DOB:** [removed] | **Health card #:** [on file]
**Location:** mid-sized city in Alberta
**Referral:** family physician (name on file)
**Presenting concern:** "I can't stop worrying about everything." 2+ years of generalised worry, muscle tension, poor sleep; worse since a restructuring at work last spring.
**Screening:** GAD-7 17, PHQ-9 9, AUDIT-C 2, C-SSRS screener negative.
**History:** One prior course of counselling through an EAP (6 sessions, "helped a little"). No hospitalisations. Mother "always anxious"; maternal grandfather possibly depressed.
**Meds:** escitalopram 10 mg x 3 months (family physician), some benefit.
**Supports:** partner, two close friends, a book club.
**Strengths:** insight, humour, follows through on homework.
**Risk:** low; no SI history. Full safety plan not indicated at this time; 988 and 211 (community resources) reviewed.
**Provisional dx:** GAD (F41.1).
**Plan:** CBT for GAD (Dugas's intolerance-of-uncertainty model), 10-12 sessions, reassess at session 6 with GAD-7 and IUS-12.
---

A note on the template: we deliberately keep identifiers in the EHR demographics only, never in the narrative, so the narrative can be shared for supervision or consultation like this.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b20a"}
        for doc_id, text, items in DOCS
    ]
