"""Blind batch b18b, written by a helper session without sight of the guard. Forty posts by
clinicians in England, Scotland, Wales, Northern Ireland and the Republic of Ireland: NHS and
HSE services (CMHTs, NHS Talking Therapies/IAPT, LPMHSS in Wales, CIPC, CAMHS, EIP, perinatal,
veterans' and older adult services), third-sector youth, bereavement and domestic abuse work,
school and university counselling, prison in-reach and forensic work, and private practice.
Genres: intake-style referral summaries, consultation questions, replies, follow-ups, SOAP/DAP
notes, group and process notes, supervision reflections and closing takeaways. Twenty carry
identifiers, from single subtle slips (a late husband's first name, a client's email, a blog
URL) to intake posts with many: names with and without role cues (including word-names such as
Hope, Frank, Ruby, Buster, Pepper, Skye, Harris), initial-plus-surname clinicians, employers
(Deloitte, Amazon, Moy Park, a council, the Co-op), schools, a prison, a hospital, small towns
and villages, street addresses, UK and Irish postcodes/Eircodes, CHI/NHS/PPS/prison numbers and
a vehicle registration, UK and Irish phone numbers, emails, a URL, an IP address, a Snapchat
handle, ages over 89, and dates in several formats. The clean twenty are dense with look-alikes:
cited authors and book titles, instruments and scores, ICD codes, NICE/SIGN guidance numbers,
medications and doses, national services and helplines (Samaritans, Breathing Space, Lifeline,
Pieta, Shout, Text 50808, C.A.L.L.), regions (the Valleys, rural Connacht, west of the Bann),
brands, public figures, ages under 90, weekdays, months and holidays without years.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged). The rules alone, as at 62d9494 where this session started: 0.917, 0.793, 0.700, 0.550.
With the first version of the learned second look (trained on rounds up to 17): 0.906, 0.870, 0.650, 0.350.
With the second look as committed (no count features for texts under 250 characters,
titles and relations always kept; designed from unit tests and cross-validation on
rounds up to 17, not from this set; weights trained on rounds up to 17 and scored
without the title and relation exemption, so recall is if anything higher): 0.906, 0.916, 0.650, 0.200.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b18b-001",
        """**For Thursday's allocation meeting - would value views on the formulation**

**Name:** Morag Lindsay
**CHI:** 1204893317
**Address:** 7 Kirkgate Wynd, Portsoy, AB45 2PL
**Tel:** 07700 914552
**GP:** Dr Euan Fairlie

**Presenting problem:** 34-year-old woman referred after an overdose of co-codamol and sertraline on 2 March, medically cleared after 36 hours on the ward. Describes low mood since a miscarriage last autumn, early waking, loss of appetite, and intrusive images of "everything going wrong again". PHQ-9 23, GAD-7 17. No previous contact with mental health services.

**Social:** Lives with husband Graeme, who works offshore on a two-weeks-on, two-weeks-off rota. Works part-time on the tills at the Co-op in Banff. Her mum Isla lives nearby and has been staying over since discharge. Says the overdose happened on the first night Graeme was back offshore.

**Risk:** Ongoing passive ideation, no current plan. Protective factors are her mum, her two cats and a strong wish not to "put Mum through that again". Safety plan done with her; she has Breathing Space (0800 83 85 87) and NHS 24 on 111 saved in her phone.

**Thoughts:** I'm leaning towards formulating this as a grief reaction with a depressive episode (F32.2) rather than anything more enduring, and offering behavioural activation plus some CFT work around the self-blame. GP has increased the sertraline to 100 mg. Has anyone had success with Gilbert's three-systems model with perinatal loss specifically? Also wondering whether a joint session with Graeme before his next rotation would be useful or too much too soon.""",
        [
            ("Morag Lindsay", "name"),
            ("1204893317", "id_number"),
            ("7 Kirkgate Wynd", "place"),
            ("Portsoy", "place"),
            ("AB45 2PL", "place"),
            ("07700 914552", "phone"),
            ("Euan Fairlie", "name"),
            ("2 March", "date"),
            ("Graeme", "name"),
            ("Co-op", "organisation"),
            ("Banff", "place"),
            ("Isla", "name"),
        ],
    ),
    (
        "b18b-002",
        """**Step 3 - social anxiety, stuck at the dropping-safety-behaviours stage**

Looking for some ideas from other HIs. Client is a man in his late twenties, works in a call centre in a town in the East Midlands, self-referred after seeing a poster at his GP surgery. Social anxiety disorder (F40.1), onset around Year 9, never previously treated. Baseline SPIN 49, PHQ-9 13, GAD-7 15, WSAS 22.

We're on session 7 of 14 following the Clark and Wells model pretty faithfully. The self-focused attention and safety behaviours experiment in session 4 went well - he could see on the video that rehearsing sentences and gripping his mug made him look more awkward, not less. Video feedback was genuinely a turning point.

Where we're stuck: he will drop safety behaviours in the room but reverts completely at work. He says the team meeting on a Monday morning is "a different planet" and he's started booking annual leave to avoid the monthly all-staff one. SPIN has come down to 41, which is movement but not what I'd expect by now.

Things I've considered:
- More in-vivo behavioural experiments out in the community (the corner shop, asking for directions, sending food back)
- Going back to post-event processing, which I don't think we've targeted hard enough
- Whether the sertraline (100 mg, started by his GP in January) is making him a bit flat in sessions

I've recommended Gillian Butler's "Overcoming Social Anxiety and Shyness" between sessions and he's dipped into it. Has anyone tried bringing in a colleague as a stand-in for a rehearsal, along the lines of the Oxford CT-SAD protocol? NICE CG159 is clear we should stick with individual CBT, I just want to make sure I've used the full toolkit before we reach the last few sessions and he decides he's "one of the ones it doesn't work for".""",
        [],
    ),
    (
        "b18b-003",
        """Diolch for posting this, it's such a common pattern in bereavement work and I don't think you're doing anything wrong.

What you're describing - her going to the grave every day, talking to him out loud, keeping his coat on the back of the kitchen door - isn't in itself pathological to me. Continuing bonds (Klass, Silverman and Nickman) gave us the language to stop treating those things as "failure to let go". I'd be more interested in whether she oscillates at all, in the Stroebe and Schut dual process sense. Is there any restoration-oriented stuff happening? Does she ever get a day where she's sorting the bills, seeing friends, doing something that isn't about Gethin?

If it's all loss-oriented fourteen months on, and she's still scoring high on the ICG, then I'd start thinking about prolonged grief disorder (6B42 in ICD-11) and whether something more structured like Shear's complicated grief treatment is worth it. But I'd hold that lightly. In a lot of the Valleys families I work with, the daily grave visit is just what you do, and her mother probably did the same for her father.

The hiraeth stuff she talks about - I'd honestly just let that be. Not everything needs a technique. Cruse might be worth mentioning for the longer term too, they run some good groups.""",
        [("Gethin", "name")],
    ),
    (
        "b18b-004",
        """**Group notes - S4 exam stress group, week 3 of 6**

Six pupils attended, one absent (parent phoned in, unwell). Theme this week was "what your body does before an exam".

Started with a check-in using the weather scale. Most were "grey and drizzly", two said "Baltic", which got a laugh. Prelims are in January so the pressure is ramping up, and several mentioned Nat 5 Maths in particular.

We did a short psychoeducation bit on fight-or-flight using Dan Siegel's hand model of the brain, then practised box breathing and 5-4-3-2-1 grounding. One pupil said she'd watched Lewis Capaldi talk about his panic attacks in his Netflix documentary and that it made her feel "less of a weirdo". Good opening to talk about how common this is.

Themes that came up:
- Comparison with older siblings' results
- Revising until 1am with TikTok "study with me" videos on in the background
- Fear of disappointing their guidance teachers
- Not sleeping on Sunday nights

YP-CORE scores collected at week 1 ranged from 9 to 24. I've flagged the highest scorer to her guidance teacher (with the pupil's agreement) as per our child protection and GIRFEC procedures, and will offer a one-to-one check-in next week.

Reminded everyone about Childline (0800 1111), Shout (text 85258) and Breathing Space before they left. Next week: sleep and screens. Then it's the October week so we'll pick back up after the break.""",
        [],
    ),
    (
        "b18b-005",
        """**Consultation: legacy trauma, older man, stuck on the hotspot**

Posting for help with a man in his early sixties I've been seeing under Victims and Survivors Service funding. His older brother Trevor was shot at the front door of the family home on 23/11/1991 when my client was 29. He found him. He has never talked about it with anyone in the family - "you just got on with it" - and it only came out at a GP review for his blood pressure.

He still lives in the same house, on the edge of Aughnacloy, and drives past the spot where the car was parked every day. ITQ meets criteria for PTSD rather than CPTSD. PCL-5 at assessment was 57. Works nights as a security guard at Moy Park, which he says suits him because "I don't sleep anyway".

We're eight sessions into trauma-focused CBT (Ehlers and Clark), and the memory work was going reasonably well until we hit the hotspot of opening the door. He dissociates every time - goes very still, stares, and doesn't come back fully for several minutes. Grounding helps but we're not getting anywhere with updating the meaning.

I've considered switching to EMDR or narrative exposure therapy, which I've seen used well in this context. I'm also wondering whether I've underestimated the dissociation and should be doing more stabilisation first (thinking of Herman's phased model here). Would welcome thoughts from anyone else working with Troubles-related trauma. Part of me wonders if the fact that nobody was ever charged is a stuck point we need to tackle directly rather than through the memory.""",
        [
            ("Trevor", "name"),
            ("23/11/1991", "date"),
            ("Aughnacloy", "place"),
            ("Moy Park", "organisation"),
        ],
    ),
    (
        "b18b-006",
        """Hi all, looking for some reassurance or a kick up the backside, whichever is needed.

Young man, 18, referred to our HSE primary care psychology service by his GP for panic attacks. Sitting the Leaving Cert in June, wants to do engineering and is worried about the points for his CAO first preference. The first attack was in a packed classroom in the spring of 5th year and since then he's been avoiding Mass, the school bus and the Saturday match with his GAA club. Lives on a farm in rural Connacht with his parents and two younger sisters.

Assessment: PDSS 16, ACQ and BSQ both consistent with panic with agoraphobic avoidance, PHQ-9 8. No suicidal ideation. GP gave him propranolol 10 mg PRN which he's taking most mornings "just in case" - which I'd see as a safety behaviour.

Plan is a Clark-style cognitive model of panic, with interoceptive exposure (spinning, straw breathing, running the stairs). He's engaged but sceptical. He's read Niall Breslin's "Me and My Mate Jeffrey" and liked it, so we talk about his "Jeffrey", which helps.

Two questions:
1. How do you handle timing around exams? I don't want to stir everything up in May.
2. Has anyone had luck involving parents in rural families where "talking about feelings" isn't really the done thing? Dad seems supportive but keeps telling him to "just get on with it".

He has Jigsaw, Pieta (1800 247 247) and Text 50808 if things get worse over the summer. Thanks in advance!""",
        [],
    ),
    (
        "b18b-007",
        """**Supervision reflection - when the client's work world becomes my world**

Something I brought to supervision this week and want to think through with a wider group.

I'm seeing a woman in her early thirties, about twelve sessions in, initially for "burnout" that has turned out to be much more about a harsh inner critic and perfectionism. She's a senior associate at Deloitte and most sessions circle back to one colleague. She'll replay, almost verbatim, what Priya said in the Monday stand-up, how Priya looked at her, whether Priya cc'd the partner on purpose.

My supervisor asked me, using the seven-eyed model (Hawkins and Shohet), what I notice in myself during these sessions. The honest answer is that I've started to dislike someone I've never met. I catch myself waiting for the updates like a soap. That's eye 5 territory - my own countertransference - and maybe eye 4 as well. Am I colluding with a split where the colleague holds all the badness so my client doesn't have to look at her own critic?

Casement's "internal supervisor" helped - trying to step back in the moment and ask what's being enacted. I also wonder about parallel process: she feels judged at work, and I'm quietly judging someone on her behalf.

Plan: gently name the pattern, and bring in some CFT (Gilbert) around the critic rather than staying in the drama. If anyone has used Karpman's drama triangle explicitly with perfectionistic clients I'd be interested in how you introduced it without it feeling like a telling-off.""",
        [("Deloitte", "organisation"), ("Priya", "name")],
    ),
    (
        "b18b-008",
        """**In-reach consultation - ACCT reviews and a man who won't engage**

I work in a mental health in-reach team in a Category B local prison. Posting because I'm going round in circles with a man in his forties who's been on an open ACCT for about six weeks.

Background (de-identified): serving an IPP, long past tariff, recently knocked back by the Parole Board for the third time. Since then he's stopped going to work, refuses showers, and has cut his arms superficially twice. He's on methadone 60 ml and was due to switch to Buvidal but declined. Known ADHD and possible EUPD (never formally assessed, and I'm wary of that label being used to dismiss him). His mum died while he was inside and he wasn't allowed out for the funeral.

The ACCT reviews are turning into a box-ticking exercise - he says "I'm fine, guv" and the wing staff want to close it. I don't think he's fine. When I see him he talks about "being buried alive" under the IPP and asked me whether anyone has ever died of hopelessness.

What I'm trying:
- Brief weekly contact at his door, not pressing for disclosure
- Liaising with his Offender Manager and the OMiC key worker
- Pushing for a Listener to be offered (refused so far)
- A referral to the OPD pathway, given the possible personality difficulties

He's fasting for Ramadan at the moment and says it's the only thing that gives his day a shape, which I think matters. Has anyone found a way to work with IPP hopelessness specifically? The Justice Committee report helped me understand it, but not necessarily how to sit with it.""",
        [],
    ),
    (
        "b18b-009",
        """**New referral - would appreciate input on risk, sorry it's long**

Name: Sinéad Fahy
DOB: 1971-06-03
PPSN: 8123456TA
Address: 4 Chapel Row, Kiltimagh, Co. Mayo, F12 X7K4
Mobile: 087 341 9920
Email: sineadfahy71@eircom.net
GP: Dr Siobhán Mulcahy, Kiltimagh Medical Centre

Referred to the CMHT by her GP after presenting to ED twice in one week. Early fifties, separated from her husband Declan last year after 28 years together. She says she's drinking "a bottle of wine most nights, more at the weekend" - AUDIT today was 21. Sleeping 3-4 hours, on zopiclone 7.5 mg nightly for about 18 months.

Strong family history: her father died by suicide when she was a teenager, and she's been ruminating about "being like him" since the separation. Today she said her daughter Clodagh's wedding in the summer is "the only reason I'd stay around".

Works as an SNA at Scoil Mhuire and has been on sick leave since February. Money worries, and the house may need to be sold.

My questions:
- Would you prioritise the alcohol (referral to the addiction service) or run both in parallel?
- How would you hold the risk around the wedding - it's protective now, but I'm worried about afterwards.

She has Pieta's number and knows about Samaritans on 116 123. We've agreed a safety plan and her sister is staying with her for now.""",
        [
            ("Sinéad Fahy", "name"),
            ("1971-06-03", "date"),
            ("8123456TA", "id_number"),
            ("4 Chapel Row", "place"),
            ("Kiltimagh Medical Centre", "organisation"),
            ("Kiltimagh", "place"),
            ("Co. Mayo", "place"),
            ("F12 X7K4", "place"),
            ("087 341 9920", "phone"),
            ("sineadfahy71@eircom.net", "email"),
            ("Siobhán Mulcahy", "name"),
            ("Declan", "name"),
            ("Clodagh", "name"),
            ("Scoil Mhuire", "organisation"),
        ],
    ),
    (
        "b18b-010",
        """SOAP note - LPMHSS, session 3 of 6 (posting for a peer check on my write-ups, details changed)

S: Client reports mood "a bit better, more good days than bad". Returned to work on a phased basis last Monday (four mornings a week). Still struggling with sleep, waking around 4am worrying about money. Says the sleep pages on the Mind Cymru website were "common sense but helpful". Missed her citalopram (20 mg) twice this week. No thoughts of self-harm. Mentioned she'd been looking forward to Dydd Santes Dwynwen with her partner, which felt like a good sign given how withdrawn she was a month ago.

O: Brighter, good eye contact throughout, laughed twice. CORE-10 down from 24 at Part 1 assessment to 17 today. Engaged well with the worry time exercise. Speech normal in rate and tone.

A: Gradual improvement in mood, consistent with the plan. Worry remains the main maintaining factor (generalised anxiety, F41.1, alongside the depressive episode). Medication adherence worth following up with the GP. Risk remains low.

P: Continue guided self-help using the Worry Tree (Butler and Hope, "Manage Your Mind") and problem-solving for the financial stressors. Signposted to Citizens Advice for a benefits check. Reminded of the C.A.L.L. helpline (0800 132 737) and 111 press 2 out of hours. Next session in two weeks. Letter to GP re adherence and a possible review at 8 weeks.""",
        [],
    ),
    (
        "b18b-011",
        """**Follow-up: the older lady with low mood after the fall**

Thanks to everyone who replied last month, especially the suggestion to check her hearing aids before assuming cognitive decline - both were flat.

Update: she's now 91 and has moved into sheltered housing in Tain, nearer her niece. The move has been hard. She says the flat is "very nice but nobody knows me". We repeated the ACE-III and she scored 84/100, up from 76 at the initial assessment (done on the ward, post-delirium, which in hindsight was a poor time). So I'm much less worried about a dementia process and more about depression and loss. GDS-15 is 9.

The GP has started mirtazapine 15 mg, mostly for sleep and appetite, and she's already eating better. We've been doing some reminiscence and life review work (Butler's original idea, and Bohlmeijer's structured version), which she seems to enjoy - she was a primary teacher for forty years and has endless stories.

What I'm unsure about is how to build a social network at this stage of life without it feeling like I'm "organising her". She's politely declined the lunch club and didn't like the idea of a befriending call through Age Scotland ("I'm not lonely, I'm just old"). She did say she'd quite like to go to the Burns Supper the residents are planning in January, which feels like something to build on. Any tips from others in older adult services in the Highlands?""",
        [("91", "age"), ("Tain", "place")],
    ),
    (
        "b18b-012",
        """**Student with restrictive eating - where does our role end?**

I'm a counsellor in a university wellbeing service and would really value input on a case that's sitting right on the edge of what we can safely hold.

Second-year undergraduate, early twenties, self-referred in November around reading week for "stress". At the second session she disclosed restrictive eating and over-exercising (running twice a day). EDE-Q global score 4.3. She says her BMI is around 16.5 but we don't weigh in our service, so I can't confirm that. She's had dizzy spells on the stairs and hasn't had a period for four months.

What I've done so far:
- Encouraged her to see her GP, which she did; bloods were "fine" apparently
- Referral to the community eating disorder service, but the wait is long
- Shared BEAT's helpline and their student resources
- Talked through the MEED guidance with our clinical lead

She wants to keep seeing me and is adamant she doesn't want to interrupt her studies or go anywhere near the fitness to study process. We've done six sessions of what is essentially motivational work (Treasure and Schmidt's Maudsley model helped, particularly the caregiving styles - I think I've been a bit of a kangaroo).

My worry is that continuing to see her gives everyone - GP, ED service, her - the sense that she's "in treatment" when she isn't getting anything evidence-based (CBT-E, MANTRA, SSCM). At what point do you say "I can't be the one doing this"? Would appreciate hearing how other uni services handle it.""",
        [],
    ),
    (
        "b18b-013",
        """Hi folks - CAMHS practitioner in NI, looking for ideas on an EBSA case.

Boy, 10, in P6 at St Malachy's, hasn't managed full days since before Halloween. Mornings go: tummy aches, tears, clinging to mum, and on the worst days hiding under the bed. Once he's home by about 10am he's fine - Minecraft, Lego, throwing a ball for Buster in the garden. Dad works away a lot. His big brother Oisín is at the secondary school and has been great, walking him in on the days he manages it.

RCADS parent version shows elevated separation anxiety; the child version is mostly in the normal range (he says "I just don't like school"). SDQ total difficulties 18. School have been supportive: the SENCo has set up a reduced timetable and a "safe space" with the classroom assistant. The EA educational psychologist is involved and we've all met once.

I've been leaning on Kearney's functional model - I think this is mostly escape from school-based distress with a separation/attention function on top. Mum finds it very hard to leave him crying, which is understandable. We're doing parent-led CBT (Cathy Creswell's approach) and some graded exposure, but progress is slow.

Questions:
- Anyone used a graded return plan like the ones in "Helping Your Child with Fears and Worries" in a primary setting?
- How have you handled it when a parent's own anxiety is clearly part of the picture, without it feeling blaming?

Thanks.""",
        [("St Malachy's", "organisation"), ("Buster", "name"), ("Oisín", "name")],
    ),
    (
        "b18b-014",
        """I really recognise this from my Relate-trained days. What you're describing - she pursues, he withdraws to the shed, she escalates, he goes silent for two days - is the classic pursue-withdraw cycle. Sue Johnson's "Hold Me Tight" calls it the protest polka, and couples often find that phrase a relief because it names the dance rather than the person.

A few thoughts:

1. Gottman's four horsemen are useful psychoeducation, but I'd be careful the contempt piece doesn't become a stick for her to beat him with. In my experience the withdrawer's stonewalling is often flooding - heart rate over 100, the whole lot - and helping him notice that and ask for a 20-minute break is a concrete win.

2. The bank holiday weekend blow-up you mentioned (about his mum's care) sounds like it might be the real issue. His mother is in her late seventies, newly diagnosed with vascular dementia, and he's the only son. Is the withdrawal also grief and overwhelm?

3. I'd get a DAS or CSI at baseline if you haven't, just so you've got something to look back on.

4. Don't underestimate the practical stuff. Couples I've seen where one partner is scrolling Rightmove at midnight, or the other is flogging everything on Facebook Marketplace, are often quietly rehearsing separation. Ask about it.

For what it's worth, I think moving to weekly rather than fortnightly over the next couple of months (before Valentine's Day, which she's apparently dreading!) makes sense.""",
        [],
    ),
    (
        "b18b-015",
        """**Online exploitation concerns - how far do I go?**

I'm a youth worker with a third-sector project. Posting because I want to sense-check my next steps.

Young person, 14, has been coming to our drop-in for about a year. Last week she showed me messages on Snapchat from an account called kz.mcg07 that claims to be a 16-year-old boy. The messages have moved from compliments to asking for photos and suggesting they meet "at the shops after dark". She says her pal Skye has been talking to the same account and has "already met him".

I've followed our child protection procedure: logged it, spoke to our designated person, and a referral has gone to social work and Police Scotland. The school's IT technician also mentioned that logins to her school email had come from 81.97.142.6, which isn't her home connection, so I've passed that on too.

What I'm wrestling with:
- She's furious I "grassed" and says she won't come back to the drop-in. I'm worried that losing her trust means losing the one adult she talks to.
- How much do I say to her about Skye? I don't have any formal role with the other girl, but I can't just ignore it.

I've been going through the CEOP Thinkuknow material and the GIRFEC guidance. Would appreciate hearing how others have kept the relationship going after making a referral the young person didn't want.""",
        [("kz.mcg07", "handle"), ("Skye", "name"), ("81.97.142.6", "ip")],
    ),
    (
        "b18b-016",
        """A few thoughts from the perinatal side, as I see this question a lot.

The old "lithium = Ebstein's anomaly" teaching has softened considerably. The absolute risk is lower than the early registry data suggested - the Patorno et al. (2017) cohort in the NEJM found cardiac malformations in roughly 2.4% of lithium-exposed pregnancies versus about 1.2% unexposed, with a dose-response. For a woman with bipolar I and a previous postpartum psychosis, the relapse risk if she stops is far higher than the teratogenic risk. NICE CG192 and the BAP guidance are both clear that abrupt discontinuation is the thing to avoid.

Practical points:
- Lowest effective level; we check levels every four weeks until 36 weeks, then weekly, and very closely around delivery because of the fluid shifts.
- Fetal echo at around 20 weeks.
- A written birth plan with the maternity team covering levels, hydration and when to restart after delivery.
- Breastfeeding is possible but needs careful monitoring of the baby, and many women choose formula.

In the Irish context, the Specialist Perinatal Mental Health Services model of care sets out that women on lithium should be under a specialist perinatal psychiatrist, so if she isn't already, that's your first step. I'd also flag that the EPDS isn't great at picking up hypomania, so don't be reassured by a low score.

Happy to chat offline if useful.""",
        [],
    ),
    (
        "b18b-017",
        """DAP - session 5, low-intensity guided self-help (PWP)

D: Telephone session, 35 mins. PHQ-9 15 (down from 19), GAD-7 12 (from 14). Behavioural activation diary completed for 5 of 7 days. Has been walking the dog in the mornings before her shift at the Amazon warehouse and says this is "the best bit of my day". Partner Dean has started coming on the weekend walks. Describes a low point on Sunday after a row about money, stayed in bed until 2pm.

A: Good engagement with BA. Mood improving, though still vulnerable to interpersonal stressors. No risk indicators; denies thoughts of self-harm. Sleep slightly improved. Shift pattern (four on, four off, nights) is a significant maintaining factor and may limit what BA can do on its own.

P: Continue BA, add one mastery activity per day. Look at the money conflict with the problem-solving worksheet. She wants to ask her manager about moving to days - we'll plan what to say. Next session Weds 8th at 10:30. If scores plateau, discuss step-up to CBT at case management.""",
        [("Amazon", "organisation"), ("Dean", "name"), ("Weds 8th", "date")],
    ),
    (
        "b18b-018",
        """**Process notes - DBT skills group, Distress Tolerance module, week 2**

Seven members present, one apology. Co-facilitated with our OT.

Mindfulness: "observe the sound" with a singing bowl. Member C found it difficult and left briefly; returned after five minutes and rejoined.

Homework review: most had tried TIPP over the week. Member A used cold water on her face during a panic at the bus stop and said it "actually worked, annoyingly". Member F said he "couldn't be bothered". Validated that, and we used a chain analysis to look at the point where willingness dropped off.

Teaching: self-soothe with the five senses, and IMPROVE the moment. The group had a good laugh making a list of "Scottish self-soothe" items - a bottle of Irn-Bru, a pie from the chippy, a tartan blanket, Still Game on the telly. Member D said Hogmanay is her hardest night of the year and wanted a plan for it, so we made a start on a crisis survival kit she can take to her sister's.

Diary cards: two members reported urges to self-harm this week; both used skills and neither acted on them. One reported a binge. All discussed individually with their therapists per the model.

Reflections: cohesion is growing. Still some difficulty with members giving each other advice rather than validation. Next week is radical acceptance. I'm thinking of reading the passage from Marsha Linehan's memoir "Building a Life Worth Living" where she describes her own time in hospital - has anyone tried this and found it landed well?""",
        [],
    ),
    (
        "b18b-019",
        """**Risk formulation check before a parole report**

I'm a forensic psychologist working at HMP Parc. Would welcome critique of my formulation before it goes to the Parole Board.

Man in his late thirties, prison number A4718DT, serving a determinate sentence for wounding with intent. Everyone calls him Dai. Grew up in Tonypandy; father violent, mother alcohol dependent, in care from age 11. Has completed the Thinking Skills Programme and Kaizen. HCR-20 v3 suggests moderate risk, driven mainly by historical items (early violence, substance misuse, relationship instability) and limited future plans.

My formulation (5Ps) centres on shame and a template of "hit first or get hit", triggered by perceived disrespect, particularly when drinking. He's made real progress - no adjudications in 18 months, an orderly job in the library, and he's finished a distance-learning access module. But he's going back to the same community, and the release plan leans heavily on an approved premises bed that isn't confirmed.

Hearing is listed for 3rd Feb. Questions:
- Am I giving enough weight to protective factors? SAPROF would be my usual tool - any views on using it alongside the HCR-20 in a parole context?
- How do you write about the "same community" risk without sounding like you're blaming the place?""",
        [
            ("HMP Parc", "organisation"),
            ("A4718DT", "id_number"),
            ("Dai", "name"),
            ("Tonypandy", "place"),
            ("3rd Feb", "date"),
        ],
    ),
    (
        "b18b-020",
        """Ha, this thread is so timely. I went private full-time two years ago after nine years in the HSE and I still struggle with the money side.

A few things I've landed on:
- I charge the same for everyone (€70), with a handful of reduced-fee slots for people on social welfare or students. I don't advertise them, I just offer when it seems right.
- Cancellation policy is 48 hours, in writing, and I actually enforce it now. I used to let it slide and then resent people, which isn't fair on anyone.
- Lots of my clients claim back through VHI, Laya or Irish Life Health, so my receipts have my accreditation number on them. Some plans want a GP referral letter, so worth telling people to check before they start.
- Revenue: get an accountant to look at VAT and your expenses. Mine saved me more than she cost.
- Online sessions on Zoom are still about a third of my caseload - people in rural areas love it, though I find the work can feel a bit flatter.

On the CORU question, I'm accredited with the IACP and waiting to see what statutory registration actually looks like when it finally arrives. Not holding my breath.

And I close for two weeks at Christmas and the whole of August. Took me years to feel I was allowed. Best thing I ever did.""",
        [],
    ),
    (
        "b18b-021",
        """**Client emailing between sessions - boundaries question**

I'm a BACP-registered counsellor in private practice and would love some perspective.

I've been seeing a woman in her twenties for about four months, open-ended, person-centred with some attachment-informed bits. She's started emailing late on Sunday nights - long, heartfelt emails about her week, sometimes with poems. The last one arrived on the 9th of December from jodie.harrower91@gmail.com rather than the address she gave at intake, which threw me a little, and it was signed off "please don't think I'm too much".

My contract says I don't respond to emails between sessions other than for admin, and I stuck to that. But when I raised it at our next session she was visibly ashamed, hasn't emailed since, and has been flatter in the room.

I'm wondering whether I handled it in a way that replayed an earlier rejection (she's described a mother who was very unpredictable). Mearns and Thorne would probably say I should have been more transparent about my own reaction. At the same time I don't want to become a 24/7 container, and there's a practical GDPR issue with a personal Gmail account I never agreed to use.

Has anyone found a middle ground that works - inviting clients to bring the writing to sessions, say, or a once-a-week check-in?""",
        [("the 9th of December", "date"), ("jodie.harrower91@gmail.com", "email")],
    ),
    (
        "b18b-022",
        """**EIP: young man, cannabis, and a family who want him sectioned**

Clinical psychologist in an Early Intervention in Psychosis team in the north of England.

Nineteen-year-old man, taken on three months ago after a first episode with persecutory delusions and second-person voices. Started on aripiprazole 10 mg, which he takes most days, and PANSS positive has come down from 26 to 17. He's still smoking skunk daily - says it's the only thing that makes the voices "go quiet".

His family are terrified. At the last family intervention session (broadly the Kuipers/Leff model) his mum said she wants him "sectioned for his own good" and his dad said nothing at all. His younger brother is sitting GCSEs this summer and spends a lot of time at friends' houses.

I've been using CBTp (Kingdon and Turkington, plus a fair bit of Morrison's normalising approach) and we've got a decent shared formulation, but he's clear he isn't stopping weed. He wants to go to Glastonbury with his mates in June and that's the most motivated I've seen him about anything.

Where I need help:
- Harm reduction vs abstinence: anyone used a structured cannabis module within EIP?
- Helping the family without pathologising their fear - I worry about high expressed emotion, but they have every reason to be frightened.
- He's interested in the IPS employment worker, which feels like a good hook.

The Maudsley Prescribing Guidelines would have clozapine only after two adequate trials, so we're nowhere near that, but his consultant is already talking about a depot. I'm not sure that's right given the relationship we've built.""",
        [],
    ),
    (
        "b18b-023",
        """**Perinatal - bonding difficulties, second baby**

Posting from a perinatal mental health team in Scotland, hoping for ideas from anyone with an infant mental health background.

Mum in her early thirties, second baby. Harris was born by emergency section on 28/01 after a long labour and a spell in the neonatal unit, and she describes feeling "nothing" for him. She's very bonded with her older daughter, which makes the guilt worse. EPDS 19, no thoughts of harming the baby, some passive ideation ("they'd be better off"). Started sertraline 50 mg; breastfeeding stopped at six weeks.

Her partner Callum is back at work and she's alone in the flat in Cumbernauld most days. Her health visitor, Fiona Baird, picked this up at the six-week check and made the referral - really good practice, and she's keen to stay involved.

Plan so far: VIG (video interaction guidance). We've had two sessions, and the shared review of the clips of Harris turning towards her voice made her cry, in a good way. Also some CFT for the shame, and linking with Home-Start for practical support.

I'd be really interested in:
- Whether anyone uses Watch, Wait and Wonder alongside VIG with babies this age
- How to address the birth trauma without derailing the bonding work. She scores high on the City Birth Trauma Scale but I'm wary of starting trauma processing too early.""",
        [
            ("Harris", "name"),
            ("28/01", "date"),
            ("Callum", "name"),
            ("Cumbernauld", "place"),
            ("Fiona Baird", "name"),
        ],
    ),
    (
        "b18b-024",
        """**Alcohol detox in the community - when do you push for inpatient?**

I'm a nurse in a community addictions team in Northern Ireland. Looking for views on a man in his fifties referred for community detox.

Drinking around 250 units a week (mostly cider and vodka), AUDIT 34, SADQ 38, so firmly in the severe range. One previous withdrawal seizure about ten years ago. Lives alone, west of the Bann, very isolated, no family nearby since his wife left. Went to the GP after his brother died suddenly in the spring.

Our protocol says severe dependence plus a seizure history means inpatient detox, but the wait for a bed is long and he says he "won't last that long". He's highly motivated right now, which we all know doesn't always stick.

Options I'm weighing:
- Community detox with chlordiazepoxide on a reducing regime, daily visits for the first five days, Pabrinex, then oral thiamine
- Holding him until a bed comes up, with a harm-reduction plan
- A planned admission via the GP through the acute route

I've been using motivational interviewing (Miller and Rollnick) and he's talking about acamprosate afterwards and getting back to AA, which he did years ago. He also mentioned SMART Recovery. He says the Twelfth fortnight is always his worst time of year, so timing matters too.

What would others do? I'm worried about the seizure risk but also about losing him if we make him wait. Lifeline (0808 808 8000) is in his phone.""",
        [],
    ),
    (
        "b18b-025",
        """**Update on the DV case - feeling stuck again**

Some of you may remember my post a few weeks back about the woman leaving an abusive relationship. Hope is back in contact with her ex. Frank turned up at the school gates last week, she ended up letting him take Bailey for a McDonald's, and now they're "talking again".

I'm trying really hard not to go into rescuer mode. I know from the Freedom Programme material and Lundy Bancroft's "Why Does He Do That?" that women often leave several times before the last time, and that the leaving itself is the most dangerous point. Her DASH was 15 when she came to me, it went to MARAC, and she's had a Clare's Law disclosure about his previous convictions. She knows all this. She says "I know what he is, but he's Bailey's dad".

What I'm doing: staying with her, not lecturing, keeping the safety plan current (code word with her sister, bag packed, Women's Aid numbers saved under a different name). I've also let the IDVA know, with her consent.

What I'd love help with is my own frustration. In our last session I noticed I was more animated and pushy than usual, and she went quiet. Rereading Judith Herman - the bit about the therapist's own helplessness - was useful. How do others manage this without withdrawing or over-functioning?""",
        [("Hope", "name"), ("Frank", "name"), ("Bailey", "name")],
    ),
    (
        "b18b-026",
        """**Trainee reflection: when the client reminds me of my dad**

I'm a second-year trainee on a counselling psychology doctorate in Wales, on placement in a secondary care psychological therapies service. Sharing a reflection I wrote for my portfolio (heavily anonymised), partly because I'd love to hear from others who've been here.

My client is a man in his sixties with chronic pain and depression after an industrial injury. He's gruff, self-deprecating, calls me "bach", and talks about "not wanting to be a burden". Within minutes of our first session I felt an almost physical pull to make him a cup of tea and fix everything. Afterwards I realised he reminded me of my dad, who had a similar injury when I was a teenager.

In supervision we talked about countertransference in the totalistic sense (Heimann, 1950) - that my feelings might tell me something about his relational world, not just mine. His wife does everything for him, and he hates it. Maybe my urge to rescue was an invitation into that same pattern.

Winnicott's "Hate in the Counter-Transference" was also useful, not because I feel hate, but for the permission to acknowledge uncomfortable feelings. And Bion's containment helped me think about what I was being asked to hold.

What's changed: I'm pacing myself more, and I'm less anxious about "getting it right". We're using ACT (Hayes) for the pain work, and he's started to talk about his values, including getting back down the rugby club on a Saturday afternoon, even if he can't play.

Has anyone else had a client who mirrors their family? How did you know when to take it to personal therapy rather than supervision?""",
        [],
    ),
    (
        "b18b-027",
        """**Guidance counsellor - 5th year student, self-harm disclosure**

Guidance counsellor here, looking for a sense-check on how I handled something this week.

A 5th year girl at Coláiste Bríde came to me after her English teacher, Ms Nolan, noticed marks on her arms during a class activity. She's 16. She told me she's been cutting since Christmas, mostly at night, and that it "helps her sleep". She's under a lot of pressure - higher level in everything, plays camogie at county level, and keeps being told she'll be "the next Aisling" (her older sister, who got 625 points and is now doing medicine).

She asked me not to tell her parents. I explained confidentiality and its limits, and that I'd have to involve them given her age and the risk. She was upset but agreed to ring her mam from my office with me there. Her mam was lovely, actually, and came straight in from Dunmanway.

We followed Children First and the school's child safeguarding statement, I informed the principal as DLP, and she's been referred to CAMHS through her GP. I also gave her Jigsaw's details and the Text 50808 number. She has an appointment on Saturday 4 May with the out-of-hours GP to have the wounds checked.

My questions:
- Did I do enough to keep her trust?
- Is anyone using DBT-informed skills in a school setting while waiting for CAMHS? I was thinking of something from the DBT STEPS-A programme around distress tolerance.""",
        [
            ("Coláiste Bríde", "organisation"),
            ("Nolan", "name"),
            ("Aisling", "name"),
            ("Dunmanway", "place"),
            ("Saturday 4 May", "date"),
        ],
    ),
    (
        "b18b-028",
        """**Detention under the 2003 Act - STDC or not?**

Would welcome views from colleagues in Scotland, especially other trainees.

Man in his forties with a long history of schizoaffective disorder (F25.0), well for years on clozapine until he stopped it about six weeks ago. Brought to A&E by Police Scotland after neighbours reported him shouting in the stairwell at night. He was detained overnight on an emergency detention certificate, and now we need to decide whether to go for a short-term detention certificate.

His decision-making about treatment is significantly impaired - he believes the clozapine is "poison" and the voices are "the Lord speaking". PANSS positive 29. No violence but significant self-neglect. The MHO has seen him and agrees with detention, and we've informed his named person.

My dilemma: the EDC lasts 72 hours, the STDC up to 28 days, and a CTO is a bigger step again. Restarting clozapine after more than 48 hours off means retitrating from 12.5 mg, which takes time, and he won't consent to bloods. Olanzapine 20 mg is the obvious interim option, but he's had weight problems on it before.

The Mental Welfare Commission guidance and the Code of Practice are clear on the least restrictive option, but sometimes it feels like the least restrictive option is the one that keeps him in hospital. Does anyone have experience with advance statements for people who've relapsed after stopping clozapine? I'd love to help him write one once he's better so next time is different.""",
        [],
    ),
    (
        "b18b-029",
        """Quick one. A long-term trauma client told me last week she writes a blog about her recovery, sometimes including our sessions, and gave me the link - https://www.notquitewhole.co.uk - saying I could read it "if I wanted". I haven't. Part of me thinks reading it changes the frame (a curated public self from outside the room), and the BPS and HCPC codes don't really cover it. Part of me worries that not reading it feels like rejecting the bit she can't say out loud - Pennebaker would say the writing is good for her. Did you read it when this happened to you?""",
        [("https://www.notquitewhole.co.uk", "url")],
    ),
    (
        "b18b-030",
        """**Op COURAGE - moral injury in a veteran who "did nothing wrong"**

Posting from an NHS veterans' mental health service in England.

Veteran in his mid-thirties, served twelve years in an infantry regiment including two tours of Afghanistan on Op Herrick. Medically discharged. Referred for PTSD - PCL-5 was 52 at assessment, ITQ meets criteria for complex PTSD, PHQ-9 20. On sertraline 150 mg, plus prazosin 2 mg at night for nightmares, which has helped a bit.

What's become clear over the last few sessions is that the fear-based memories aren't the core of it. The thing he returns to again and again is an incident in Helmand where a child was killed by a vehicle in his convoy. He says he "did nothing wrong" and "it's war", but he's consumed by guilt and disgust, hasn't been able to hold his baby nephew, and drinks heavily around Remembrance Sunday every year.

This looks much more like moral injury (Litz et al., 2009; Shay's earlier work) than fear-based PTSD, and TF-CBT hasn't touched it much. I'm reading about Adaptive Disclosure and the moral injury guidance from Williamson and colleagues, and wondering whether compassion-focused work might serve him better than more exposure.

Also considering involving Combat Stress, or a peer support worker through the Royal British Legion, since shared experience seems important to him. Anyone have experience with this?""",
        [],
    ),
    (
        "b18b-031",
        """**Referral for private neurodevelopmental assessment - history summary**

Hi all, I've pasted my referral summary below because I'd like advice on whether this should be an ADHD assessment, an autism one, or both. Please say if the history is missing anything.

Name: Rhodri Pugh
DOB: 12.09.1986
NHS no: 943 476 5919
Address: 3 Maes y Llan, Llanidloes, SY18 6AB
Phone: 01686 412907
Employer: Powys County Council (highways)

Presenting: lifelong difficulties with attention, restlessness and disorganisation; several job changes, two driving bans. Partner says he "never finishes a sentence". Self-referred after his nephew was diagnosed with ADHD. ASRS Part A 5/6, DIVA-5 suggests persistent symptoms in childhood and adulthood. AQ-10 score 6, with social difficulties described as long-standing, particularly at school.

Family: Mum, Glenys, says he was "always on the go" as a child, and his nain (who's 94) remembers him climbing everything. Dad had alcohol problems.

Current: PHQ-9 11, GAD-7 9. No risk. Smoking 20 a day and five or six cans of Monster a day. He's asking about Elvanse as he's heard it's "the good one".

Questions: should I be doing the ADOS-2 as well? And is it worth asking whether his GP would take on shared care afterwards, given NICE NG87, or is that a lost cause in Wales at the moment?""",
        [
            ("Rhodri Pugh", "name"),
            ("12.09.1986", "date"),
            ("943 476 5919", "id_number"),
            ("3 Maes y Llan", "place"),
            ("Llanidloes", "place"),
            ("SY18 6AB", "place"),
            ("01686 412907", "phone"),
            ("Powys County Council", "organisation"),
            ("Glenys", "name"),
            ("94", "age"),
        ],
    ),
    (
        "b18b-032",
        """**Postvention - supporting a family after a suicide**

I work for a bereavement charity in Northern Ireland and have been asked to support a family whose son died by suicide in the autumn. Mum and Dad are attending together, and their teenage daughter separately.

They're struggling with very different grieving styles. Mum wants to talk about him constantly and has set up a memorial page; Dad doesn't want to talk at all and has gone back to work. The daughter is angry - with her brother, with her parents, and with the school for "not noticing". She's doing her GCSEs this year and says she wants to "get out of here" as soon as she can.

I've found Jordan and McIntosh's "Grief After Suicide" helpful, and Shneidman's idea of the psychological autopsy, in understanding the guilt and the hunger for answers. The family have so many "why" questions, and I'm trying to support them to tolerate not knowing.

Practical support so far:
- Lifeline (0808 808 8000) and the Survivors of Bereavement by Suicide groups
- Linked with the local Protect Life 2 co-ordinator
- Given them the "Help is at Hand" booklet

The first Christmas and the anniversary are coming up. Any tips for helping families plan for these? And how do you work with different grieving styles (Doka and Martin's intuitive and instrumental grievers) without one parent feeling they're doing it wrong?""",
        [],
    ),
    (
        "b18b-033",
        """Thanks everyone for the ideas on the last thread. Quick update and a new wrinkle.

She'll be 93 in the spring and is still living alone in her cottage outside Inistioge. Since Pepper died in the autumn she's barely left the house. The dog got her out walking twice a day, and the neighbours would stop for a chat. Now the only regular visitor is the home help, three mornings a week.

GDS-15 is 10, MMSE 27/30, so I'm fairly confident this is grief and depression rather than cognitive decline. She's declined antidepressants ("I've never taken a tablet for my nerves and I'm not starting now") and I respect that.

Her son in the States rings every Sunday and has suggested getting another dog, but she's worried she won't be around long enough to look after it. Has anyone linked older adults with dog-sharing or fostering schemes? I've heard Dogs Trust do something, and I'm also thinking about ALONE's befriending service. Any thoughts on pet loss in older adults specifically? Most of what I can find (e.g. Sife's "The Loss of a Pet") is aimed at younger owners.""",
        [("93", "age"), ("Inistioge", "place"), ("Pepper", "name")],
    ),
    (
        "b18b-034",
        """Oh god, the waiting list debate again :) I've been a PWP and then a HI CBT therapist in IAPT (sorry, NHS Talking Therapies now) for eleven years, so here's my two pence.

The stepped care model made sense on paper when Layard and Clark were making the economic case back in 2006. The problem now is that the step 2 front door is being asked to hold people who are clearly step 3 or beyond, because everything else has an even longer waiting list. I've had clients with a PHQ-9 of 26 and a previous admission waiting for guided self-help.

A few things I've seen work:
- Proper screening at first contact rather than just the minimum data set
- Letting PWPs step people straight up when the ADSM measures aren't shifting after four sessions, instead of "completing the course"
- Digital options like SilverCloud or Sleepio for people who actually want them - not as a gatekeeping step
- Ringfenced time for supervision and case management, which is honestly the first thing to go when targets get tight

What worries me is the focus on reliable recovery figures. We hit 50% last quarter and everyone got a pat on the back, but I know of at least three clients who were discharged on a Friday "recovered" and were back in on the Monday.

I don't think it's a bad model. I think it's an underfunded one. Clark's 2018 review in the Annual Review of Clinical Psychology is worth a read for the positives, and there are plenty of people on Twitter - sorry, X - who'll give you the negatives.""",
        [],
    ),
    (
        "b18b-035",
        """**ADHD vs autism in a nine-year-old - team can't agree**

Posting from a CAMHS neurodevelopmental pathway in Scotland - we're split on a case and I'd like some outside views.

Lachlan, 9, referred by school. In P5 at Balmalloch Primary. Seen on Tues 17/10 for a joint ADOS-2 (Module 3) and developmental history with mum, Shona. ADOS-2 came out just below the autism cut-off. Conners 3 teacher ratings are strongly elevated for inattention and hyperactivity; parent ratings elevated but less so. SDQ total 23.

The developmental history is mixed. Language was on time, he had some repetitive play (lining up cars, but also very imaginative play with his cousins). He has big meltdowns after school, which Shona describes as "like a shaken bottle of Irn-Bru". He loves Pokémon and can tell you every card's stats, but his teacher says he also plays well with a small group of friends.

Some of the team feel it's ADHD with sensory processing difficulties; others think we're missing autism, especially with masking at school. SIGN 145 says we should take a multidisciplinary approach, which we are, but we still can't agree.

Questions:
- Would you do a school observation before deciding?
- Any thoughts on the DISCO or 3Di for this kind of in-between profile?
- If we go with ADHD first, would a trial of methylphenidate (e.g. Concerta XL 18 mg) be reasonable to see how much of the picture is attention-driven?""",
        [
            ("Lachlan", "name"),
            ("Balmalloch Primary", "organisation"),
            ("Tues 17/10", "date"),
            ("Shona", "name"),
        ],
    ),
    (
        "b18b-036",
        """Really important thread. From an HSE adult eating disorder service: the rigid meal prep, 5am gym sessions and panic over a missed protein target (plus half his wages on MyProtein and creatine) sound like muscle dysmorphia. SCOFF and EDE-Q often miss these lads because they're built around the drive for thinness - try the MDDI instead, and Pope's "The Adonis Complex" is still worth reading. Ask directly about steroids, and about what he's watching on TikTok and YouTube (it's not just Andrew Tate). GAA and rugby culture around "bulking" matters too. We use CBT-E (Fairburn) adapted for body image, and Bodywhys have a good resource for men and families.""",
        [],
    ),
    (
        "b18b-037",
        """**Post-discharge follow-up - who's holding the risk?**

CPN in a CMHT here, looking for advice on a discharge that's left me uneasy.

Woman in her forties, discharged last Friday from Pinderfields after a three-week admission following a serious overdose. The discharge summary is two paragraphs long. The plan says "follow up by CMHT within 72 hours, continue quetiapine 300 mg, outpatient review with R. Haldane in 6 weeks". No mention of the fact that she's moving out of her home next week, her children are staying with their dad, and she's lost her job.

I saw her within the 72 hours (per the NICE and NCISH guidance on the high-risk post-discharge period) and she was flat, tearful and saying she "didn't see the point". Not actively suicidal, but not far off. I've increased visits to twice weekly and linked her with the crisis team, but I'm worried we're working to a plan made without the full picture.

Questions:
- How do you raise concerns about a thin discharge plan without it turning into a blame game?
- Is anyone using structured follow-up routinely after discharge (e.g. the Stanley-Brown safety plan, SAFE-T)?

She has the Samaritans number and the Shout text line. I've emailed the ward too, but haven't heard back.""",
        [("Pinderfields", "organisation"), ("R. Haldane", "name")],
    ),
    (
        "b18b-038",
        """**Process note - session 31, long-term psychodynamic work**

Posting this for the peer group, heavily disguised.

Client arrived four minutes late, apologising profusely, which he rarely does. He said the bus had been slow. Then silence for several minutes. I noticed I felt impatient and slightly irritated, and wondered whether something was being communicated to me.

He spoke about his father's retirement party at the weekend, and how his father gave a speech thanking "everyone who made my career possible" and didn't mention his family. He laughed about it, but his hands were clenched. When I wondered aloud about the laugh, he said, "What's the point of being angry with a 78-year-old man?"

Using Malan's triangle of conflict, I think we're seeing anxiety (the lateness, the apologising) defending against anger, with the hidden feeling being grief for a father who was never emotionally available. The triangle of persons is there too: his father, me (the therapist he apologised to), and his manager, with whom he's had a similar dynamic.

Later he said, unprompted, that he was dreading the summer break in August. I linked this to feeling left, and he dismissed it ("it's only three weeks"). But he then talked about being sent to boarding school at eight.

Reflections: Freud's "Mourning and Melancholia" comes to mind - the self-reproaches that are really reproaches against a lost object. Davanloo and ISTDP would push for the anger more directly; I'm not sure he's ready for that. Next session is Monday.""",
        [],
    ),
    (
        "b18b-039",
        """**DV - perpetrator turning up outside sessions**

Counsellor in a voluntary sector domestic abuse service in Northern Ireland. I need some practical advice fairly quickly.

Client has been attending for about three months after leaving an abusive relationship. Last Thursday, as she was leaving, she saw her ex-partner's car parked across the road from our building. She's sure it's his - a black Audi, reg LAZ 4471 - and she's seen it outside her mum's house in Lurgan twice this month. She was shaking when she came back inside.

She has a non-molestation order in place. I supported her to report it to the PSNI, and she's done a new DASH with the IDVA (17). MARAC is next week.

What's worrying me:
- Our building isn't secure; there's no separate exit.
- She's thinking about stopping sessions because she feels she's putting us at risk.
- Her daughter Ruby, who's 7, is starting to ask why they can't go to Granny's anymore.

I've discussed with my line manager and we're looking at switching to telephone sessions or meeting at a different venue. Anyone have experience with this? And any recommendations for talking to young children about domestic abuse? I've got "Hands Are Not for Hitting" but Ruby is probably a bit old for it.""",
        [("LAZ 4471", "id_number"), ("Lurgan", "place"), ("Ruby", "name")],
    ),
    (
        "b18b-040",
        """**Closing reflections - CIPC, eight sessions, grief and anxiety**

Finished with a client this week and wanted to share some takeaways, partly for my own learning.

Woman in her late forties, referred through Counselling in Primary Care by her GP with anxiety and low mood after her mother's death from cancer last spring. CORE-OM at assessment was 18.4; at session eight it was 8.1. She was also on sertraline 50 mg, started in the summer.

What worked:
- ACT (the hexaflex, values work, defusion) - she loved Russ Harris's "The Happiness Trap" and used the "name the story" technique a lot.
- Letting her talk about her mam. Everyone had told her to "move on" and she was afraid to bring it up. The first three sessions were almost all about the last months of her mother's life.
- Working on the practical anxiety triggers: the ESB bill, her job, her teenage son's Junior Cert.
- Planning for the first Christmas and Mother's Day, which she got through.

What didn't:
- I pushed too early for values-based activity, and she felt rushed.
- The worry postponement homework didn't stick - she found it "too much like school".

What I'll take away: the importance of pacing, and of letting the client lead when grief and anxiety overlap. Also the limits of eight sessions. We both felt there was more to do, and I've pointed her to the Irish Hospice Foundation's bereavement resources and the local bereavement support groups for the longer haul.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b18b"}
        for doc_id, text, items in DOCS
    ]
