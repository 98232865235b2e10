"""Blind batch b9a, written by a helper session without sight of the guard: 40 everyday posts from
a peer-consultation platform for therapists (case presentations, replies, follow-ups, takeaways,
SOAP/DAP/process notes and consultation-hours reflections) across adult, child, couple, family
and older-adult work, in voices from the US, UK/Northern Ireland, Ireland, Canada (incl.
Quebec), Australia and New Zealand (incl. te reo Maori and Pasifika framing). 20 documents carry
1-5 identifiers (names incl. lower-case chat names and a pet, suburbs/ZIP/postcodes, dates, ages
over 89, phone, email, url, IP, handles, NHS/Medicare/NHI/IRD/PPSN/court/plate numbers,
employers, schools, hospitals); 20 are clean but dense with cited theorists, instruments, codes,
medications, hotlines, holidays, generic places and services.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard as committed in this batch's commit (the session's final rules): span
recall 0.978, precision 0.874, identifier documents fully caught 0.900, clean documents flagged
0.500 (the guard at 935157f: 0.967, 0.688, 0.850, 0.750).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b9a-001",
        """**Consultation request - grief, alcohol, and a sister who keeps calling**

Presenting: 47yo cis man, self-referred via EAP after a DUI in the spring. His wife died 14 months ago (pancreatic cancer). He drives a route for FedEx out of Bakersfield and says the cab of the truck is "the only place I'm allowed to fall apart." AUDIT was 19 at intake, PHQ-9 of 16, no SI on the C-SSRS screener. Reports sober since 2/27 and attends SMART Recovery twice a week.

Working formulation: prolonged grief (the DSM-5-TR criteria look met) with alcohol as his main affect regulator. We've done six sessions, mostly psychoeducation and some Shear-style grief monitoring. He keeps a photo of her on the dash.

The wrinkle: his older sister Dolores has called my office three times asking whether he's "actually going". He hasn't signed an ROI and I've neither confirmed nor denied, but he's now asking whether she can join a session.

Questions for the group:
1. Anyone done a one-off family session in grief work this early?
2. How are you handling the DUI-court attendance letters when the client wants minimal detail?

Thanks all - billing as 90837, for anyone wondering how the long sessions get paid.""",
        [
            ("FedEx", "organisation"),
            ("Bakersfield", "place"),
            ("2/27", "date"),
            ("Dolores", "name"),
        ],
    ),
    (
        "b9a-002",
        """Re: 9yo with separation anxiety - parent-led CBT?

Really relatable post. I'd second what others said about Cathy Creswell's parent-led approach - the Helping Your Child with Fears and Worries book is brilliant and the sessions are short enough to fit around school runs. In my CAMHS days we'd do the RCADS (parent and child versions) at baseline and again at session 6; the SCAS is fine too if that's what your service uses.

A few thoughts:
- Over Christmas is often when this spikes, so I wouldn't read too much into the regression after the break.
- Check what the school is doing at drop-off. A Year 5 teacher who lets her come in ten minutes early can undo a lot of exposure work without meaning to.
- Sertraline 25mg is sometimes floated by the paediatrician at this age, but NICE is clear psychological work comes first.

Also worth looking at Lebowitz's SPACE programme if Mum is doing a lot of accommodating - sounds like she is, from the bedtime stuff you describe. It's very parent-focused and doesn't need the child in the room at all. Happy to DM the accommodation scale (FASA) if you can't find it.

We're a small service in the North East so everything's on a waiting list, but it's worked well for us.""",
        [],
    ),
    (
        "b9a-003",
        """Session 4 - couple (process note, shared for consult hour)

Present: both partners. Aoife opened by saying she'd "had it up to here" after the weekend. Cian was quieter than usual, arms folded.

Content: the row started on the 9th of November when Cian's shift at Cork University Hospital ran over and he missed her mother's anniversary Mass. She experienced it as him "choosing the job again". He described feeling like he can never get it right. Classic pursue-withdraw cycle, in EFT terms - I named it and mapped it on the whiteboard, which helped a bit.

Context: they moved out to Ballincollig two years ago for the space, and she now does the school run alone most days. Two kids, 6 and 3.

My reflection: I noticed myself siding with Aoife in the first half. Took it to supervision. Using Sue Johnson's de-escalation steps next week and I want to slow down the moment where Cian goes quiet.

Plan: homework - each writes down one time this month they felt reached for.""",
        [
            ("Aoife", "name"),
            ("Cian", "name"),
            ("9th of November", "date"),
            ("Cork University Hospital", "organisation"),
            ("Ballincollig", "place"),
        ],
    ),
    (
        "b9a-004",
        """Looking for thoughts on a structural approach with a blended family

Quick de-identified sketch: mom, stepdad, her 15yo son and his 11yo daughter from a previous relationship, living in a mid-sized city in southwestern Ontario. Referral came from the family doctor after the 15yo's PHQ-A came back at 18. He's on fluoxetine 10 mg, started around Thanksgiving.

What I'm seeing in the room: a very rigid boundary between the two "sides", with the stepdad over-functioning as disciplinarian and mom triangulating through her son. Classic Minuchin material - I've been trying some enactments and unbalancing but the 11yo just goes silent and plays with her phone.

I've also wondered about pulling in a Bowenian lens (differentiation, multigenerational patterns) because mom describes her own mother as "exactly like this". Did a genogram in session 3 and it lit up.

Questions:
- Anyone combined structural work with Satir's communication stances in a blended family?
- How do you handle the step-parent who insists the problem is "just the teenager"?

Sessions are covered through the FHT, so I've got 12 max. Appreciate any reading suggestions too - I've got Papernow's Surviving and Thriving in Stepfamily Relationships on the shelf already.""",
        [],
    ),
    (
        "b9a-005",
        """ok so update on the 14yo i posted about last week (self-harm + school avoidance). mum finally brought her in and she was a lot more chatty than I expected.

she showed me her insta, account's @jaz.mxx, and honestly it's a lot - mostly vent posts and a few pics of cuts that she says are "old". she's at Kelvin Grove State College, year 9, and has been missing Mondays and Tuesdays most weeks.

did the safety plan (Stanley-Brown), gave her Kids Helpline and Lifeline 13 11 14 and we talked through what she'd do at 2am. mum left the Medicare card on my desk by accident so I now know more about this family than I wanted to, lol - number 4283 19057 2, handed it straight back.

q for the group: do you notify the school without her consent if she's missing this much? she's adamant she doesn't want the wellbeing coordinator involved. I'm on a MHCP so I have 10 sessions to play with. leaning toward DBT-A skills but keen to hear what others do""",
        [
            ("@jaz.mxx", "handle"),
            ("Kelvin Grove State College", "organisation"),
            ("4283 19057 2", "id_number"),
        ],
    ),
    (
        "b9a-006",
        """Reflection after Thursday consult hours

Three of us met online this week and the conversation kept circling back to how we hold whānau in adult work. One colleague brought a young Māori man in his twenties, living in a rural town in the central North Island, presenting with low mood after a rugby injury ended his season. K10 of 28 at intake.

What struck me was how quickly we reached for Te Whare Tapa Whā - Mason Durie's four walls - and how it changed the questions. Taha wairua came up as the wall with the most damage, not taha tinana, which is what I'd have assumed from the referral letter.

Other threads:
- The Fonofale model (Pulotu-Endemann) for Pasifika clients, and whether we use these frameworks tokenistically.
- Whether to involve his koro, who he describes as the person he listens to.
- Escitalopram 10 mg from his GP, which he's ambivalent about.

We also talked about Matariki as a natural point for reflection, and someone mentioned giving out 1737 as standard - free call or text, any time.

Takeaway for me: ask about the walls before I ask about the symptoms.""",
        [],
    ),
    (
        "b9a-007",
        """SOAP - 8yo boy, session 5 (sharing for feedback on the school piece)

S: Dad reports two more "meltdowns" at school this week, both after break time. Class teacher Mrs Hollingsworth has started a behaviour chart, which he describes as "the sad face chart". Child told me "everyone thinks I'm the bad one."

O: Fidgety but engaged. Played with the dinosaurs for most of the session and set up a battle where the small T-rex "always gets blamed". SDQ teacher version (received via email) - total difficulties 24, hyperactivity subscale high.

A: Picture is more consistent with dysregulation and possible ADHD than conduct problems. No safeguarding concerns raised. NHS no. 943 476 5919 on the referral - note to self to take that off the letter template before it goes to school.

P: Liaise with St Bede's Primary SENCO re: movement breaks. Send Conners 3 to parents. Review in two weeks. Consider referral to the neurodevelopmental pathway if scores support it. They're in LS6 so it'll be the Leeds pathway.""",
        [
            ("Hollingsworth", "name"),
            ("943 476 5919", "id_number"),
            ("St Bede's Primary", "organisation"),
            ("LS6", "place"),
            ("Leeds", "place"),
        ],
    ),
    (
        "b9a-008",
        """Consult question: couple stuck in criticism/defensiveness, using Gottman + EFT

Couple in their late 30s, married 11 years, two kids, living in a suburb outside a Midwestern city. Came in after a blowup around Valentine's Day when she found he'd reinstalled Hinge "just to look". He says it was curiosity; she's calling it an affair.

I did the Gottman Relationship Checkup at intake and the Four Horsemen are everywhere - mostly criticism from her, defensiveness and some stonewalling from him (his pulse goes above 100 when I have them check, which was a nice teaching moment about flooding). I've been leaning into EFT with Sue Johnson's Hold Me Tight conversations, but they keep reverting.

Diagnostically I've got Z63.0 as the focus and I'm billing 90847. He's on sertraline 100 mg from his PCP; she's not in individual treatment. Neither meets criteria for anything on the PHQ-9/GAD-7 screen.

Questions:
1. For those who integrate, when do you switch from Gottman skills to EFT emotion work?
2. Shirley Glass's "walls and windows" framing - has anyone used it when the betrayal is ambiguous like this?
3. Worth suggesting the Gottman affair recovery model (atone, attune, attach) or is that overkill?

Thanks! Posting from my phone between sessions, sorry for any typos.""",
        [],
    ),
    (
        "b9a-009",
        """Follow-up on my post about the 52yo with panic disorder

Thank you all for the interoceptive exposure suggestions - I used the spinning chair and straw breathing last session and she tolerated both. PDSS went from 17 to 12.

One thing I need advice on though. She's been emailing me between sessions from her personal account (mthib.84@videotron.ca), long messages at 3am, and the last one said her supervisor at Hydro-Québec has put her on a performance plan after she left a meeting during a panic attack on Oct. 3. She's asking me to write a letter to HR.

My questions:
- Has anyone written workplace accommodation letters in Quebec? I'm not sure what the norms are with the CNESST side of things.
- How would you set the email boundary without her experiencing it as rejection? She already reads a lot into small things.

She's driving in from Trois-Rivières each week, so I'm also considering switching to alternating virtual sessions.

Merci d'avance.""",
        [
            ("mthib.84@videotron.ca", "email"),
            ("Hydro-Québec", "organisation"),
            ("Oct. 3", "date"),
            ("Trois-Rivières", "place"),
        ],
    ),
    (
        "b9a-010",
        """Re: parenting support for a dad with a 6yo - Triple P or Tuning in to Kids?

Both are good options and I've run both. Quick comparison from my experience in a regional town in northern NSW:

**Triple P** - very behavioural, structured, dads tend to like the clear steps. Level 4 group works well if he'll do a group.
**Tuning in to Kids** - emotion coaching (Havighurst), much better fit if the issue is more about big feelings than defiance. Sounds like that's the case with your client's son given the meltdowns you describe.

Few other things:
- If the little one has an NDIS plan, check whether there's capacity-building funding for parent training.
- The DASS-21 for Dad might be worth doing; a lot of single fathers we see are flat and no one has asked.
- Risperidone 0.5mg for a six-year-old seems early to me, but I'd leave that with the paediatrician.
- Bruce Perry's Neurosequential Model is a nice lens for the school if they're struggling.

School holidays and the Anzac Day long weekend are often when things go pear-shaped for separated families, so worth a plan in advance. And obviously give him Lifeline 13 11 14 and MensLine 1300 78 99 78 if he's struggling himself.""",
        [],
    ),
    (
        "b9a-011",
        """Process note - 16yo, session 8 (long, sorry)

She came in angry. First thing she said: "i literally texted kenzie like 40 times and she left me on read." Kenzie is the best friend from the volleyball team at Jenks High School; the fallout started after a party and a screenshot that got passed around.

She showed me the group chat. Someone using the tag xXvoidwalkerXx has been posting edited photos of her. She thinks it's an ex. I asked about safety and she denied SI; C-SSRS negative. PHQ-A 15.

Process: I noticed my own protectiveness come up hard and I talked too much. When I slowed down and reflected ("it sounds like the silence is worse than the photos"), she cried for the first time in eight sessions.

Mom wants me to "do something" about the photos. I explained that reporting to the platform and the school is something we can plan together but I'm not the one to do it.

Plan: DBT interpersonal effectiveness (DEAR MAN) for the conversation with her friend. Look at Title IX / school reporting options with mom.""",
        [
            ("kenzie", "name"),
            ("Kenzie", "name"),
            ("Jenks High School", "organisation"),
            ("xXvoidwalkerXx", "handle"),
        ],
    ),
    (
        "b9a-012",
        """Consultation question: EMDR readiness with complex PTSD

Working with a woman in her 40s in a market town in the Midlands, ICD-11 6B41 (CPTSD) - ITQ supports it, and PCL-5 was 52 at assessment. History of childhood abuse and a coercive relationship in her twenties. She's stable enough day to day, on propranolol 40mg PRN and sertraline 150mg.

I'm trained in EMDR (Shapiro's standard protocol) and have been doing resourcing for about ten sessions - safe place, container, some Flash technique. She's keen to "get to the memories" but dissociates quickly; DES-II was 34.

I keep thinking about Herman's three stages and whether we're really through stage one. Also wondering about Janina Fisher's parts work or a few sessions of STAIR before we go anywhere near processing.

Christmas and Boxing Day are particularly hard for her (family stuff), and we have a break over the holidays, so I'm hesitant to open anything up in December.

Crisis plan is in place - crisis team number, Samaritans 116 123, and the Shout text line.

What would you do? Carry on resourcing into the new year, or start with a low-SUD target now?""",
        [],
    ),
    (
        "b9a-013",
        """Consult: late-life depression in a very old man, and a daughter who wants me to "fix" it

Client is a retired schoolteacher aged 92, widowed, living alone in Drumcondra with a home help twice a day. Referred by his GP after a fall and a short stay in Beaumont Hospital; discharged on the 21st of January with mirtazapine 15mg, which he says just makes him hungry.

GDS-15 of 11. MoCA 26, so cognition is broadly intact. What he talks about most is his late wife and "being useless now". His daughter Niamh rings me after most sessions wanting an update, and I've had to set that boundary a couple of times.

I'm drawing on Erikson's integrity vs despair and doing some life review work (Butler), which he engages with well - he brought in old class photos last week.

Question: has anyone used behavioural activation with someone this housebound? The standard BA activity lists feel a bit silly when getting to the shop is the whole outing.""",
        [
            ("aged 92", "age"),
            ("Drumcondra", "place"),
            ("Beaumont Hospital", "organisation"),
            ("21st of January", "date"),
            ("Niamh", "name"),
        ],
    ),
    (
        "b9a-014",
        """Play therapy consult - 5yo with selective mutism

Hi all. I'm a CCPT-trained therapist (Landreth's model, with a good dose of Axline's principles) in a small town in northern BC. New client is a 5yo girl in kindergarten who speaks at home but not at school or with any adult outside the family. Parents completed the CBCL and SMQ; SMQ school subscale is basically zero.

So far she's used the sandtray every session and built the same scene: a house surrounded by a fence with animals outside. I'm tracking and reflecting, not interpreting. She whispered to her mom in session 4 while I was across the room, which felt big.

Things I'm unsure about:
- Whether to bring in more directive work (stimulus fading, Kotrba's approach) or stay child-centred for now.
- The school board has offered an EA, and I wonder if that helps or reinforces avoidance.
- Her pediatrician mentioned fluoxetine; my understanding is that's usually later and for older kids.

We have a break coming up over the Family Day long weekend and I'm wondering about a transitional object. Also, the parents asked if they should call Kids Help Phone if she gets upset - I gently said that's more for older children and teens.

Any thoughts welcome!""",
        [],
    ),
    (
        "b9a-015",
        """SOAP - couple, session 3

S: Tevita reports they argued again on Saturday about money - he's been picking up extra shifts at Bunnings and Mele feels he uses work to avoid home. Mele: "I'm raising three kids with a ghost." Both agree the church community is a source of support but also pressure.

O: Mele tearful; Tevita leaned forward and made eye contact when she spoke, which is new. No DV indicators on the screening questions today (asked separately at intake, repeated today).

A: Stuck in a demand-withdraw cycle, heavily shaped by cultural expectations around provider roles. Gottman's "softened start-up" landed better than last time.

P: Continue cycle mapping. Explore the church/family pressure more - they mentioned the move from Thornbury 3071 out to a bigger rental and the extended family coming over from Tonga for a wedding. Mele asked for a call back re: rescheduling - she gave 0412 558 903, which I'll move to the file and take off here.

Reflection for consult: how do I hold the faith piece without becoming the elder they're trying to please?""",
        [
            ("Tevita", "name"),
            ("Mele", "name"),
            ("Bunnings", "organisation"),
            ("Thornbury 3071", "place"),
            ("0412 558 903", "phone"),
        ],
    ),
    (
        "b9a-016",
        """Re: CPT vs PE for a combat vet - my two cents

I've done both at the VA for years, so here's how I think about it.

Cognitive Processing Therapy (Resick, Monson & Chard) is my go-to when the stuck points are about guilt and responsibility - "I should have seen the IED", "it's my fault he died". Prolonged Exposure (Foa) I lean toward when avoidance is the main driver and the client can tolerate high arousal. For your guy, with a PCL-5 of 58 and a lot of moral injury language, I'd start with CPT.

Practical notes:
- F43.10 and 90837 is standard; we used the 12-session protocol, sometimes variable-length.
- Prazosin 2 mg for nightmares is common; worth checking with his prescriber whether it's helping.
- Veterans Day and Memorial Day are predictably rough. Plan for them.
- Make sure he has the Veterans Crisis Line (988, press 1).

He was stationed at a large base in the South, you said, and was deployed twice - consider the buddy-loss piece carefully. Litz's Adaptive Disclosure is great for moral injury if CPT isn't touching it.

Also Bessel van der Kolk's book is fine for clients, but I wouldn't hand it over in week one.""",
        [],
    ),
    (
        "b9a-017",
        """Case presentation - whānau work with a 13yo boy

Background: 13yo boy, lives with mum and koro in Ngāruawāhia, two younger sisters. Referred by the school after a fight. Dad works at Fonterra on rotating shifts and is mostly absent from sessions. SDQ total 21.

What's happening: mum Hana describes the boy as "angry all the time since Nan died". He's closest to his koro and has started sleeping in his room. Koro is keen to be involved and has brought waiata and karakia to open sessions, which has shifted the tone a lot.

My thinking: grief showing up as anger, alongside a family system reorganising after the loss of the matriarch. I'm drawing on Durie and on narrative ideas (White & Epston) - externalising "the anger" has been useful.

Admin note: the referral form had the NHI ZAC5361 in the subject line of the email, which I've raised with the school counsellor.

Questions:
- How do you balance whānau-led process with your own clinical structure?
- Any experience getting a shift-working dad to engage?""",
        [
            ("Ngāruawāhia", "place"),
            ("Fonterra", "organisation"),
            ("Hana", "name"),
            ("ZAC5361", "id_number"),
        ],
    ),
    (
        "b9a-018",
        """Consultation hours reflection - working in rural general practice

I'm on the HSE Counselling in Primary Care panel and see a lot of men in their 50s and 60s from farming backgrounds. This week's consult group helped me think about one in particular (no details beyond that he's a dairy farmer in the west).

CORE-OM at assessment was 18.4; he minimises everything and laughs it off. GP started him on escitalopram 10mg and he stopped after a fortnight. What the group noticed was that I kept describing him with words like "stoic" and "hard to reach", and someone asked whether that was his story or mine.

Bits I'm taking away:
- Men's Sheds came up as something worth asking about (not as a referral, just a conversation).
- Motivational interviewing (Miller & Rollnick) framing rather than psychoeducation.
- The farming calendar matters - calving season in spring is not the time to start something new.
- Always check access to firearms and have Samaritans 116 123 on the plan.

Someone also mentioned St Brigid's Day as a moment clients in the west sometimes use to mark new beginnings, which I loved.

Grateful for this group.""",
        [],
    ),
    (
        "b9a-019",
        """Quick q - 15yo, disordered eating + social media

Seeing a 15yo girl via a school counselling contract. EDE-Q global 3.9, restricting but weight not in a range that'd meet CAMHS ED service thresholds yet (I know, I know). She's very into art and follows a lot of "what I eat in a day" content.

Last session she proudly showed me her own account - tiktok.com/@lily.moth.art - and a lot of the comments are weight-related. She wants me to look at it between sessions and tell her what I think of her drawings.

I said no to looking outside sessions, but I'm second-guessing myself. It felt like a real bid for connection and she went quiet after. Has anyone worked out a way to bring social media into the room (e.g. scrolling together in session, Instagram/TikTok audit work) that doesn't cross boundaries?

Also open to thoughts on whether to push for the GP to do bloods. Mum is supportive but a bit overwhelmed. Using CBT-E principles loosely (Fairburn).""",
        [("tiktok.com/@lily.moth.art", "url")],
    ),
    (
        "b9a-020",
        """DAP note - adult, session 6 (shared for feedback on the ACT stuff)

D: 34yo woman, lives in a western suburb of a capital city, works in hospitality. On a Mental Health Care Plan under Better Access (item 80110 for this session). K10 today 31, down from 36. Reports the Australia Day long weekend "wasn't a disaster", which is a big step. Escitalopram 10 mg, adherent.

A: Fusion with "I'm a failure" still strong, but she was able to notice it as a thought in session using the "I'm having the thought that..." exercise from Russ Harris. Values work around friendship is landing. Some avoidance of the hexaflex diagram - she called it "the snowflake thing" and laughed, which I took as good.

P: Continue defusion and committed action. Next session: values card sort. Consider whether to use the AAQ-II as an outcome measure going forward. Check in re: Christmas plans early, given last year.

Q for group: anyone using Hayes's newer process-based framing (PBT) in short-term Medicare work? It feels like a lot to fit into 10 sessions.""",
        [],
    ),
    (
        "b9a-021",
        """Consultation request - family, 7yo with behavior concerns at school, CPS involved

Family: mom (29), 7yo son, 3yo daughter. Living with maternal grandmother in 60629. Mom works nights. Referred by the school social worker after the 7yo hit a classmate and a teacher, R. Castellanos, reported bruises on his arm.

There's an open DCFS case (2023-JV-004417) and mom is understandably guarded with me - she thinks I report back to the caseworker. I've explained my role twice now.

In session: PCIT coding shows very low labeled praise, lots of commands. Kid is bright and funny with me. ECBI intensity 168. Mom's own PHQ-9 is 17 and she mentioned her identity got stolen last year and she's been fighting with credit bureaus since, which is taking up her mental bandwidth.

School: Garfield Elementary have him on a behavior plan; next staffing is Jan 8th.

Questions:
- How do you build trust with a parent when there's an active child welfare case?
- Would you start PCIT now or address mom's depression first?""",
        [
            ("60629", "place"),
            ("R. Castellanos", "name"),
            ("2023-JV-004417", "id_number"),
            ("Garfield Elementary", "organisation"),
            ("Jan 8th", "date"),
        ],
    ),
    (
        "b9a-022",
        """Re: EFT with a couple where one partner is newly sober

Sounds like a hard one. A few things from my own practice (I work with a lot of couples in a francophone community, so some of this is about language too):

1. I'd screen again with the CSI-16 and the DAS - couple satisfaction often dips in early recovery even when things are "better", and it helps them to see that's normal.
2. Sue Johnson's framework still works but stage 1 de-escalation can take much longer. The partner who drank often gets stuck in shame, and the other partner in years of hypervigilance.
3. Gottman's Sound Relationship House is a nice visual if they like structure.
4. Al-Anon for the non-drinking partner - not instead of couples work, but alongside.

Naltrexone 50 mg is a common one here; worth knowing whether he's on it as it changes the cravings conversation.

Also: holidays. Christmas, New Year's Eve, Saint-Jean-Baptiste Day, Canada Day - in my experience the first set of each after sobriety are the risk points. Build a plan together in session.

If you're looking for reading, Fals-Stewart's Behavioral Couples Therapy for alcoholism has good evidence.

Bonne chance!""",
        [],
    ),
    (
        "b9a-023",
        """Session note - adult male, 31, session 9

Theme: work stress and his relationship. He's a night manager at Sainsbury's and says the rota changes every week, so sleep is chaotic. Partner Dariusz has been "holding everything together" but they're arguing more.

Presented with a panic episode last Tues 5th, on the bus home, which he described as "the worst one yet". PDSS 14, GAD-7 16. No SI.

Interventions: reviewed the CBT panic cycle (Clark's model), did some interoceptive exposure (overbreathing for 60 seconds). He tolerated it well. Discussed how the rota affects sleep hygiene.

Plan: behavioural experiment on the bus - one stop, then two. Ask GP about reviewing his citalopram 20mg given side effects. Left a voicemail for him on 07700 914 382 to confirm next session time after he missed the text.

For consult: is it worth inviting his partner in for a session, given the relationship stress seems to feed the panic?""",
        [
            ("Sainsbury's", "organisation"),
            ("Dariusz", "name"),
            ("Tues 5th", "date"),
            ("07700 914 382", "phone"),
        ],
    ),
    (
        "b9a-024",
        """Re: ADHD assessment in a kid who's also anxious

Yeah, this overlap is so common. My approach in a rural county in Appalachia where the nearest developmental peds is 2 hours away:

- Vanderbilt (parent + teacher) and Conners-3 for ADHD; SCARED for anxiety. If anxiety scores are high, I'm slower to conclude ADHD.
- Barkley's executive function stuff is useful for parents, and his "Taking Charge of ADHD" is still the book I hand out.
- If the school won't do a 504 plan, push for an IEP eval in writing - districts have timelines they have to follow.
- F90.2 vs F41.1 vs both - I usually document both if criteria are met and let the pediatrician decide on meds.

On meds: Concerta 18 mg is a common start, but with an anxious kid some prescribers go to guanfacine first.

Halloween through Thanksgiving break is often when teachers start noticing, so the timing of the referral makes sense.

Honestly, half of this is just getting the family through the waitlist. Parent training (Barkley's Defiant Children or PCIT) can start now.""",
        [],
    ),
    (
        "b9a-025",
        """Consultation - aged care, grief and the move from home

Client: a 94-year-old woman who moved into a Bolton Clarke residential facility in Toowoomba after a stroke. Referred under the residential aged care MBS items. Italian-born, speaks mostly Italian with family and English with staff. Her son asked me to see her after she stopped eating at meals.

She talks constantly about her dog Biscotti, who went to a neighbour when she moved, and about the house. GDS-15 of 9. Cognition is patchy (MoCA not really valid given language), no clear delirium per the GP.

She told me her husband died on the 2nd of September and that every September she "goes back to the bed". We're nearly there.

Thinking: adjustment disorder with depressed mood plus anticipatory anniversary grief. I'd like to try some reminiscence work and ask whether the dog can visit.

Questions: has anyone successfully advocated for pet visits in RACF? And tips for working through an interpreter with someone who is hard of hearing?""",
        [
            ("a 94-year-old", "age"),
            ("Bolton Clarke", "organisation"),
            ("Toowoomba", "place"),
            ("Biscotti", "name"),
            ("2nd of September", "date"),
        ],
    ),
    (
        "b9a-026",
        """Takeaways from today's consultation group (family work)

Six of us this time, a mix of Pākehā, Māori and Pasifika practitioners, which made for a rich discussion.

1. **Genograms aren't neutral.** One colleague described drawing a genogram with a Samoan family and realising the aiga was far wider than the page. The Fonofale model came up again as a better fit.
2. **Who's in the room.** Whānau hui-style sessions with aunties and grandparents present changed the pace entirely. Slower, more talk, more kai.
3. **Measures.** HoNOSCA and the SDQ still have a place but we should explain why we're using them.
4. **Meds.** A teen on quetiapine 25 mg for sleep was discussed - the group agreed this is worth a polite conversation with the prescriber.
5. **Calendar.** Waitangi Day and Matariki both came up as times when identity issues come to the surface for young people in therapy.

Reading recommended: Durie's Whaiora, and Just Therapy (Waldegrave, Tamasese and colleagues) for anyone who hasn't read it. Also a reminder that 1737 and Youthline are free for rangatahi.

Next month: working with grief across cultures.""",
        [],
    ),
    (
        "b9a-027",
        """Follow-up: 17yo gamer, online harassment

Update on the kid I posted about in the spring. Things escalated: someone in his Discord server posted what they said was his home IP (24.114.67.203) along with a photo of his house in Scarborough. He's terrified and hasn't left his room much since.

His tag in the game is frostbyte_77 and he's thinking of deleting everything. His friend Emeka is the one who told his parents.

Clinically: acute stress symptoms, sleep disruption, some intrusive images. No SI on the ASQ. I'm doing stabilisation and problem-solving for now, with some grounding from Seeking Safety (Najavits).

Parents want to call police. I think that's reasonable and said so; I've offered to help him think through what he'd want to say.

Questions:
- Anyone worked with doxxing specifically? Resources?
- When is it appropriate to go to the platform's own reporting first vs police?""",
        [
            ("24.114.67.203", "ip"),
            ("Scarborough", "place"),
            ("frostbyte_77", "handle"),
            ("Emeka", "name"),
        ],
    ),
    (
        "b9a-028",
        """Consult reflection - systemic family work, Muslim family, 13yo daughter

Bringing this to the group because I'm aware of my own cultural lens. Family of five in a northern city, parents both born in Pakistan, kids born here. Referred by Early Help after the 13yo's attendance dropped in Year 8. SDQ parent-rated total 19.

Using Milan-style circular questions ("who is most worried about her? who's least?") and Cecchin's curiosity. The genogram exercise was a turning point - the dad talked about his own father for the first time.

Burnham's Social GRRRAACCEESS helped me think about where I'm positioned: white, female, not Muslim, and a professional linked in their minds to the local authority.

Ramadan starts soon and the family have asked to move sessions to after Iftar, which I'm happy to do. Eid is a big family time and mum wants us to finish a block before then.

She's also on melatonin 2mg for sleep from the GP.

What I'd value: thoughts on working with language - I'm using an Urdu interpreter for the children's nani (maternal grandmother), who joins some sessions.""",
        [],
    ),
    (
        "b9a-029",
        """SOAP - 10yo girl, session 6

S: Mam reports Saoirse had a "great week" until Wednesday, when she refused to go into school. Triggered by a maths test, according to her. Sleep okay.

O: Brighter than usual, talked freely. Completed the SCARED again - total dropped from 38 to 29. Drew a "worry monster" and gave it a name.

A: Good progress with the graded exposure ladder. Test anxiety is now the main target. School refusal appears anxiety-driven rather than avoidance of a specific person.

P: Call with the principal at Scoil Mhuire Gan Smál about the maths test accommodations - meeting pencilled for 12/06. Mam emailed over the PPSN 7654321FA for the Tusla form; I've flagged that we don't need it and deleted the email.

Consult question: how do you think about exposure work right before the school holidays? Worth pushing on, or consolidate and pick up in September? Family are in Tralee and the drive is long, so I'm also thinking about online sessions over the break.""",
        [
            ("Saoirse", "name"),
            ("Scoil Mhuire Gan Smál", "organisation"),
            ("12/06", "date"),
            ("7654321FA", "id_number"),
            ("Tralee", "place"),
        ],
    ),
    (
        "b9a-030",
        """Consultation question - DBT-informed work with chronic SI

Working with a woman in her late 20s in a mid-size city in the Pacific Northwest, F60.3 as the working diagnosis, PHQ-9 of 21 and chronic passive SI. C-SSRS this week: ideation without intent or plan. She's on lamotrigine 100 mg and quetiapine 50 mg at night.

I'm not in a full DBT program (no skills group nearby), so I'm doing DBT-informed individual work: diary cards, chain analysis (Linehan), and phone coaching with clear limits.

What's stuck: every chain analysis leads to "I just felt empty", and she gets irritated when I push for the links. I'm wondering whether to bring in some mentalization ideas (Bateman & Fonagy) or schema work (Young) for the emptiness piece.

Holidays are coming up - she's dreading the Fourth of July because of family - and I'm away for a week. She has 988 and the county crisis line on her safety plan.

Two questions:
1. How do you handle phone coaching when you're not part of a team?
2. Any reading on chain analysis with chronic emptiness?

Thanks, this group has been a lifeline this year.""",
        [],
    ),
    (
        "b9a-031",
        """lol yes the "he works too much" couple. I have like four of those right now.

For mine - he's an engineer at Boeing, she stays home with the twins - the thing that finally helped was getting specific about what "too much" means. We did a week-long time log, just like a behavioral activation chart but for the two of them. Turned out he was home more than she felt he was, but mentally gone. That reframe opened a lot up.

Gottman's bids for connection stuff is gold for this. Also Esther Perel's idea that we now ask one person to give us what a whole village used to.

Re: your question about individual sessions - I do one each after the intake (Gottman style) and tell them upfront I don't keep secrets. Worked fine so far.

Hang in there! These couples are exhausting but so rewarding when they click.""",
        [("Boeing", "organisation")],
    ),
    (
        "b9a-032",
        """Re: school refusal in Year 4 - where to start?

I'd start by working out the function. Kearney & Silverman's four functions (avoiding negative affect, escaping social/evaluative situations, attention, tangible rewards outside school) and the SRAS-R are really useful - parents and child versions.

Some practical things:
- Term 3 is notoriously hard in our area, especially after NAPLAN is done and things get less structured.
- Get the school on board early. A graded return plan (first period only, then lunch, etc.) works better than all-or-nothing.
- Headspace is usually for 12+, so for a 9yo you'll likely be coordinating with the GP and the school psych.
- Sertraline 25mg sometimes comes up; I'd want a solid CBT trial first (Cool Kids is great if you can access it).

If there's a parent with their own anxiety, the SPACE programme (Lebowitz) might be the best bang for buck.

Also plan ahead for Easter holidays and the return after - Mondays after breaks are the worst.

We're in a bayside suburb in Queensland and I've found the school wellbeing teams here pretty receptive once you send a plan in writing.""",
        [],
    ),
    (
        "b9a-033",
        """Consultation hours - what I brought and what I took away

I brought a client I've been stuck with: a woman in her late 30s, a textile designer, who lectures part-time at Ulster University in Belfast and runs her own small business selling prints (she gave me the site, www.threadandthistle.co.uk, in our first session and I looked, which I'm now reflecting on). Long history of perfectionism and burnout, PHQ-9 of 14.

The group's questions:
- What was I hoping to find on the website?
- Did looking change how I saw her?

Honestly, yes - I saw how polished her public self is and felt a bit intimidated, which probably explains why I've been tiptoeing. She told me a few weeks ago that she had a "complete collapse" on Sat 23rd after a trade fair, and I didn't follow up properly.

Takeaways: I'll name the perfectionism more directly, using Shafran's CBT for perfectionism model. And I'll bring my own reactions to supervision rather than acting them out by being overly careful.

Thanks to everyone - Thursday consults are the best hour of my week.""",
        [
            ("Ulster University", "organisation"),
            ("Belfast", "place"),
            ("www.threadandthistle.co.uk", "url"),
            ("Sat 23rd", "date"),
        ],
    ),
    (
        "b9a-034",
        """DAP - adult, session 10

D: 41yo man, lives in a northern Ontario town, works in mining (shift work). GAD-7 of 14 (down from 18), PHQ-9 of 9. Bupropion XL 150 mg, started by his family physician in the fall. Reports Thanksgiving with his in-laws was "tense but fine". Mentions Remembrance Day is hard - his grandfather served and he still feels "responsible to remember".

A: Worry is less pervasive. He's using the worry-time technique (Borkovec) and some MBCT practices (Segal, Williams & Teasdale), particularly the 3-minute breathing space. Intolerance of uncertainty (Dugas) still shows up around work safety.

P: Continue MBCT home practice, introduce Kabat-Zinn's body scan for sleep on night-shift weeks. Revisit values. Session funded through his EAP; six sessions left.

Note for consult: anyone have resources on anxiety in fly-in/fly-out or rotational workers? A lot of what I find is Australian, which is fine, but I'd love something Canadian.""",
        [],
    ),
    (
        "b9a-035",
        """Case presentation - 38yo Samoan woman, postnatal depression

Losa is a mother of four, her youngest born on 28 Feb, living in Ōtara with her husband and his parents. Referred by her midwife after an EPDS of 19 at the six-week check. She had a PPH and a few days in Middlemore Hospital after the birth, and describes that time as "when the dark started".

Presenting: low mood, intrusive thoughts about harm coming to the baby (ego-dystonic, no intent), exhaustion. She's worried about money - her husband's IRD 049-091-850 was on the WINZ letter she showed me, because his hours have been cut.

Cultural context: strong church involvement, expectations from her in-laws, and shame about "not coping". Using the Fonofale model and being careful about how I frame depression.

Plan: interpersonal therapy (Weissman, Klerman) focusing on role transition; liaise with the GP about sertraline, which is compatible with breastfeeding.

Questions: anyone had success bringing in a church leader as a support, with consent?""",
        [
            ("Losa", "name"),
            ("28 Feb", "date"),
            ("Ōtara", "place"),
            ("Middlemore Hospital", "organisation"),
            ("049-091-850", "id_number"),
        ],
    ),
    (
        "b9a-036",
        """Re: couple in a commuter town, both exhausted, sex life gone

This is such a common presentation here. Long commutes, two jobs, kids' activities, and nothing left for each other. A few thoughts from me:

- Screen each individually (CORE-10 - if either is over about 15, think about individual work too). Also check for postnatal stuff if there's a young baby.
- Gottman's repair attempts and "turning towards" are a good starting frame.
- For the sexual side, I like sensate focus (Masters & Johnson) with a big "no pressure" framing, and Emily Nagoski's Come As You Are for reading.
- Imago dialogue (Hendrix & Hunt) can work if they like structure.
- If she's on escitalopram, sexual side effects are worth naming gently.

The Leaving Cert year is also a big one in many families - if there's a teenager sitting exams, everyone's on edge and couple time disappears.

And Christmas in Ireland tends to mean a lot of travelling between families, so brace them for that.

PREP (Markman) has some nice communication exercises too - the speaker-listener technique.""",
        [],
    ),
    (
        "b9a-037",
        """Follow-up - separated parents, 8yo, family court

Thanks for the replies last month. Update: the matter is now listed (file no. PAC4412/2022) and I've been asked for a report, which I've declined as I'm the child's treating therapist, not an assessor.

The 8yo, Brodie, is still refusing handovers with Dad. Mum says Dad's car (rego CJ84LM) was seen outside the school last week outside his allocated time, and she's considering an AVO. Dad's side says he was just dropping off a forgotten lunchbox.

Clinically: I'm seeing loyalty conflict, not clear alienation. Brodie draws both houses every session and puts himself "in the middle of the road". I'm using a Circle of Security lens with both parents separately.

They live in Penrith and the handovers happen at a servo halfway between, which Brodie hates.

Questions:
- How do you document when you're getting subpoena-adjacent pressure from both lawyers?
- Any good child-facing resources on two homes?""",
        [
            ("PAC4412/2022", "id_number"),
            ("Brodie", "name"),
            ("CJ84LM", "id_number"),
            ("Penrith", "place"),
        ],
    ),
    (
        "b9a-038",
        """Re: co-parenting after divorce - what's worked for me

I do a lot of this work and the biggest thing is keeping the kid out of the middle.

- For parents of younger kids (2-7), PCIT (Eyberg) in each household separately can be really effective. ECBI before and after to track change.
- Circle of Security Parenting is great if one parent is anxious or over-controlling.
- I recommend OurFamilyWizard or a similar app for communication. It cuts down on the hostile texts massively.
- For the therapist: be careful about writing letters. If there's a custody evaluator or a guardian ad litem, let them do their job.
- Z62.898 for the parent-child relational problem, if that fits.

Holidays are always a flashpoint - Mother's Day, Father's Day, Thanksgiving, Christmas Eve. Encourage parents to plan these months in advance with the schedule written out.

Reading: Isolina Ricci's Mom's House, Dad's House is old but still good. Also Constance Ahrons on the "good divorce".

Zoom sessions with both parents (separately or together) can lower the temperature compared to being in the same room.""",
        [],
    ),
    (
        "b9a-039",
        """Consult - caregiver burnout, daughter of a very elderly parent

My client is a woman in her mid-60s caring for her mother, aged 96, who has moderate Alzheimer's and lives with her in a bungalow in Moncton. Zarit Burden Interview of 52. PHQ-9 of 13. She works part-time at Shoppers Drug Mart and is trying to hold onto that job "for my own sanity".

Main themes: guilt, anticipatory grief, resentment toward her brother Réjean who lives out west and "phones on Sundays to give advice". Her mother keeps asking for her late husband and my client doesn't know whether to "tell her again".

I've been using a mix of CBT for caregiver stress and some ACT around values (she says caring is a value, not just a duty). Also referred her to a local caregiver support group.

She mentioned her mother's birthday is 4 June and she's worried it'll be the last one.

Questions:
- Thoughts on therapeutic fibbing vs. reorienting - how do you help a caregiver decide?
- When do you start talking about long-term care placement?""",
        [
            ("aged 96", "age"),
            ("Moncton", "place"),
            ("Shoppers Drug Mart", "organisation"),
            ("Réjean", "name"),
            ("4 June", "date"),
        ],
    ),
    (
        "b9a-040",
        """Takeaways from this month's consult - working with shame in Talking Therapies

- **Containment matters more than technique.** Bion's container-contained and Winnicott's holding environment came up again and again. When a client's shame is high, the relationship has to do the holding before CBT can do anything.
- **Mentalization.** Bateman & Fonagy's MBT ideas - not knowing, curiosity - helped one colleague with a client who kept "confessing" and then cancelling.
- **Measures.** PHQ-9, GAD-7 and the WSAS at every session can feel shaming in themselves. Explain them; don't just hand them over.
- **Step 3 limits.** Sixteen to twenty sessions is not long for shame work. Compassion Focused Therapy (Gilbert) was recommended as a good fit within that frame.
- **Meds.** Mirtazapine 15 mg and its effect on weight came up - worth knowing if body shame is part of the picture.
- **Calendar.** Bonfire Night, Diwali and Christmas all fall close together; several of us noticed clients struggling around family gatherings.

One colleague in a coastal town in the South West mentioned Klein's paranoid-schizoid position as a way to think about the all-or-nothing quality of shame, which sparked a great debate.

See you all next month.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind9a"}
        for i, t, items in DOCS
    ]
