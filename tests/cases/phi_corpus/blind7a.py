"""Blind batch blind7a, written by a helper session without sight of the guard: 40 posts from a
peer-consultation platform for therapists (20 with identifiers, 20 clean). Voices are clinicians
in the US, UK, Ireland, Canada, Australia and New Zealand writing case presentations in the
consultation format (presenting concern / background / tried / question), replies to colleagues,
a process note and short follow-ups. Work covered: adult, couple, child, adolescent, family and
perinatal cases across anxiety, OCD, depression, trauma, grief, substance use, personality and
psychosis. Identified documents mix names, places, postal codes, dates, ages over 89, phone,
email, url, ip, handles, id numbers and organisations; clean documents are dense with cited
theorists, instruments, codes, meds, generic places, holidays, brands, public hotlines and
sentence-initial look-alike words (Hope, Faith, Grace, Will, Rose, Bill).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at 634ea1a: span recall 0.980, precision 0.881, identifier documents fully
caught 0.900, clean documents flagged 0.450 (the guard at 935157f: 0.959, 0.783, 0.800, 0.550).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b7a-001",
        """## Consultation request – panic disorder, stuck at exposure

**Presenting concern:** Woman, early 30s, panic attacks for about 18 months, now avoiding the underground and any train that doesn't stop for more than five minutes. GAD-7 16, PDSS 14.

**Background:** Works as a pharmacist at Boots in Clapham, lives with her partner Ravi, who drives her most places now. First attack was on a packed commuter train on 14/09 last year and she can still recite the time to the minute. Her mum had agoraphobia through most of the client's childhood.

**Tried so far:** 8 sessions of CBT following Clark's model, interoceptive exposure (spinning, straw breathing, stair runs). She does the in-session work well but the between-session exposures keep "not happening".

**Consultation question:** She carries a single diazepam 2mg tablet she has never taken. How do others approach a safety behaviour this subtle without rupturing the alliance? Drop it now or fade it?""",
        [("Boots", "organisation"), ("Clapham", "place"), ("Ravi", "name"), ("14/09", "date")],
    ),
    (
        "b7a-002",
        """Replying to the thread on prolonged grief.

Hope is a slippery word with this group, so I'd be careful about leaning on it too early. A few things that helped me with a similar client (widower, late 60s, wife died after a long illness):

- Stroebe & Schut's dual process model gave him permission to oscillate rather than "do grief properly". He'd read Kübler-Ross and was worried he was stuck in stage three.
- Worden's tasks are useful as a map but I don't share the map with clients any more.
- We used the PG-13-R at session 1 and session 12 (38 down to 27). Shear's Complicated Grief Treatment has a nice imaginal revisiting protocol if you're trained in it.
- Anniversaries were the killers: Christmas, Mother's Day (for his adult daughters, which set him off too), and a random Thursday in November when they'd got engaged.

His GP started sertraline 50mg around month four, which took the edge off the insomnia. ICD-11 6B42 if you need it for the letter. He lives in a small town in the Midlands and there's no bereavement group within an hour, so we did some of this by phone.

What's your sense of whether the anger is at her or at the hospice?""",
        [],
    ),
    (
        "b7a-003",
        """Couple, both early 40s, married 14 years, two kids. Marcus is an engineer at Lockheed Martin, Delia teaches middle school. They live in Tempe and came in after she found a second phone in his gym bag.

Presenting concern from her: "I don't know who I've been married to." From him: "It was texting, it never went anywhere." The texting was with a coworker and started, by his account, around Valentine's Day 2023.

What I've tried: 6 conjoint sessions, Gottman assessment (Four Horsemen very present, especially contempt from her and stonewalling from him), some atone/attune/attach framing. We did one individual session each per the Gottman protocol. In his individual session he disclosed that the contact is ongoing.

Consultation question: I didn't agree a secrets policy up front (rookie mistake, I know). How would folks handle it now? I'm leaning toward telling him I can't continue conjoint work unless he discloses or ends it, but I'd love to hear from anyone who has navigated this with Janis Abrahms Spring's approach or Esther Perel's framing.""",
        [
            ("Marcus", "name"),
            ("Delia", "name"),
            ("Lockheed Martin", "organisation"),
            ("Tempe", "place"),
            ("Valentine's Day 2023", "date"),
        ],
    ),
    (
        "b7a-004",
        """**Presenting concern:** 11yo girl, school refusal since the move up to Year 7 in September. Stomach aches every Sunday night, tears at the gate Monday morning, now attending about two days a week. RCADS parent report elevated on separation anxiety and GAD subscales; SCAS similar.

**Background:** Only child, parents separated amicably two years ago, shares time between two homes in a market town in the North. Mum works shifts in a care home. No trauma history that anyone's aware of. GP has referred to CAMHS but the wait is 40+ weeks.

**What's been tried:** Graded return plan with the pastoral lead, a "time out" card, 5 sessions of CBT with me (Cool Kids-ish, plus worry time). Little movement. The school have floated a part-time timetable.

**Question:** I'm thinking about switching to SPACE (Lebowitz) and working mainly with the parents, since she's pretty disengaged in session and they're both highly accommodating (dad drives her home at the first text). Will she experience that as being "got at" by everyone? Anyone run SPACE with separated parents across two households? Fluoxetine 10mg has been mentioned by the GP but parents are wary.""",
        [],
    ),
    (
        "b7a-005",
        """Hi all, wanting some thoughts on a trauma case before I go any further.

Presenting: 27F, referred under a Mental Health Treatment Plan after an armed hold-up at the Woolworths where she works nights. PCL-5 58, significant avoidance, not driving past the shopping centre at all. Lives with her sister in Parramatta (2150) and has been off work on a workers comp claim since 2 February.

Background: Earlier childhood trauma (father's DV), which she minimises. Dissociates when we get close to the hotspot. Medicare card on the referral is 4281 59372 1 so I'm fine for the rebate side, but the insurer wants a report by the end of the month and I'm torn about how much to disclose.

What I've done: 7 sessions, psychoeducation, grounding, window of tolerance stuff (Siegel), started the CPT impact statement but she couldn't finish it.

Question: Should I pause CPT and do some stabilisation first, or push through? And how much detail do people put in workers comp reports? She's got Lifeline 13 11 14 and knows to go to the ED if needed.""",
        [
            ("Woolworths", "organisation"),
            ("Parramatta", "place"),
            ("2150", "place"),
            ("2 February", "date"),
            ("4281 59372 1", "id_number"),
        ],
    ),
    (
        "b7a-006",
        """Consult Q: AUD, ambivalent, 3rd time in treatment

52M, retired from the trades, AUDIT 24 at intake. Drinking roughly a 30-pack a weekend plus "a few" weeknights. Two prior attempts: a 28-day residential program and a stint with AA he describes as "a lot of God and bad coffee". Dx F10.20. Wife gave an ultimatum after Thanksgiving.

What I've done: 5 sessions of MI (Miller & Rollnick, 3rd ed. style), decisional balance, some CRA elements. He agreed to see his PCP and is now on naltrexone 50mg, which he says "takes the fun out of the first beer", which I'm choosing to hear as progress. We've talked about SMART Recovery as an alternative to the 12-step stuff and he's curious.

Where I'm stuck: he keeps returning to "I'm not like those guys at the VA" (his brother is a vet in recovery), and the comparison seems to be holding him in precontemplation about calling himself anything. Fridays are the highest-risk day.

Anyone have a favourite way of working with identity resistance without getting into a labels fight? Billing 90837, his plan covers it, if that matters for length of care.""",
        [],
    ),
    (
        "b7a-007",
        """Background for those who weren't at Tuesday's group consult:

19M, first episode psychosis, discharged from the Royal Ottawa on 2024-02-11 after a 3-week stay. Now with the early psychosis team; I'm seeing him for CBTp-informed individual work. His sister Geneviève brings him and sits in the waiting room.

Since discharge he has been posting long threads on Reddit as u/quietsignal_88 about being monitored through his laptop camera. His sister sent me screenshots, which I didn't ask for. His OHIP number (5584-203-117-KT) was on the discharge summary she also forwarded, so clearly our consent conversation needs revisiting.

Tried: normalising rationale (Kingdon & Turkington), collaborative formulation, some work on safety behaviours (tape over the camera, which honestly seems harmless). Currently on aripiprazole 10mg; adherence patchy.

Question: how are folks handling family members who over-share collateral, especially online stuff? I don't want to alienate the sister, she is his main support, but he doesn't know she's been sending me his posts.""",
        [
            ("Royal Ottawa", "organisation"),
            ("2024-02-11", "date"),
            ("Geneviève", "name"),
            ("u/quietsignal_88", "handle"),
            ("5584-203-117-KT", "id_number"),
        ],
    ),
    (
        "b7a-008",
        """Thanks for posting this, it's such a familiar pattern.

Faith in the frame is what I'd hang on to. When a client with BPD traits is emailing between sessions at 2am, the instinct is to either answer everything or go cold, and both tend to blow up. A couple of things from my own DBT days:

1. Linehan's phone coaching rules are explicit about when contact is for skills and when it isn't. Even if you're not running full model DBT, borrowing the 24-hour rule after self-harm has been helpful.
2. Bateman & Fonagy's MBT stance of "not knowing" helped me stop over-interpreting the emails and just get curious about them in session.
3. MSI-BPD and the BSL-23 are quick to repeat if you want something to show change.

Re meds: she's on lamotrigine and quetiapine 25mg nocte from the psychiatrist, which isn't unusual, but the quetiapine is doing more for sleep than anything else.

I worked in a regional city in Queensland for years where the nearest full DBT program was four hours away. Skills groups over Zoom were imperfect but far better than nothing. Easter and the Christmas break were always the crisis periods, so plan for those now.

F60.3 is what we used for the referral letters.""",
        [],
    ),
    (
        "b7a-009",
        """**Family consult – adolescent, aggression at home**

Presenting concern: 15-year-old boy, escalating aggression towards his mother, two holes in the wall and one incident where she locked herself in the car. Dad works away in Norway on rigs, home one week in four.

Background: Family live outside Ballincollig (Eircode P31 X2K4 on the referral, which I've asked the GP not to include again). He is in 3rd year at St Brendan's Community School and is currently on a reduced timetable after a fight. Tusla were involved briefly; the social worker, Siobhán Kiely, closed the case on the 3rd of May.

Tried: NVR (Omer) with mum – she's done the announcement and a sit-in, and found the support network piece hardest. Some individual sessions with him; he's polite and flat. SDQ very high on conduct.

Question: Dad is keen to be involved when home but undermines mum's position when he is. Has anyone adapted NVR for a parent who is away for weeks at a time?""",
        [
            ("Ballincollig", "place"),
            ("P31 X2K4", "place"),
            ("St Brendan's Community School", "organisation"),
            ("Siobhán Kiely", "name"),
            ("3rd of May", "date"),
        ],
    ),
    (
        "b7a-010",
        """Quick follow-up on the contamination OCD client I posted about in the spring.

We did go with the more aggressive ERP hierarchy several of you suggested (Foa & Kozak's original framing plus Abramowitz's inhibitory learning tweaks: varying the context, dropping the SUDS-to-zero expectation). Y-BOCS went from 28 at intake to 15 at session 16. The bathroom routine is down from 90 minutes to about 20.

Clomipramine was discussed with his psychiatrist but he's stayed on fluvoxamine 200mg and we're holding off.

The thing nobody predicted: the biggest gains came when we moved sessions to Zoom and did exposures in his actual kitchen, iPhone propped on the toaster. Tuesday evenings worked because his flatmates were out.

Thanks again, this forum is genuinely my supervision some weeks.""",
        [],
    ),
    (
        "b7a-011",
        """Kia ora koutou, a depression case I'd appreciate eyes on.

Client (Māori, mid-40s, male) referred by his GP after a PHQ-9 of 22. Works as a shift supervisor at Fonterra, lives in Palmerston North with his wife and three kids. Presenting with anhedonia, early waking, and a lot of shame about "being weak".

Background: Brother died by suicide in his 20s. He is very connected to his marae but hasn't been back in a year. His NHI (ZAC5361) is on the referral if anyone from the same region recognises the pathway issue I'm having with the psych referral.

He emailed me last night from t.rangi1982@xtra.co.nz to say he "wasn't going to do anything stupid", which is new and I'm following up today. He goes by Tamati at work but Rangi with whānau.

Tried: BA, some Te Whare Tapa Whā framing (Durie), which landed far better than the CBT worksheets.

Question: Anyone with experience integrating kaupapa Māori approaches as a non-Māori practitioner? I want to support him reconnecting without overstepping.""",
        [
            ("Fonterra", "organisation"),
            ("Palmerston North", "place"),
            ("ZAC5361", "id_number"),
            ("t.rangi1982@xtra.co.nz", "email"),
            ("Tamati", "name"),
            ("Rangi", "name"),
        ],
    ),
    (
        "b7a-012",
        """Reply re: the couple with the in-law conflict.

I'd go EFT here rather than behavioural. Sue Johnson's idea of the attachment injury fits what you're describing, and Hold Me Tight conversations can be adapted when one partner's loyalty to family of origin is the injury. Gottman would call the mother-in-law fights perpetual problems; I find that reframe calming for couples who think they have to "solve" it.

Some practical bits from a similar case (interfaith South Asian couple in a suburb of a large Canadian city, his parents moved in after his dad's stroke):
- DAS at intake and again at session 10.
- We mapped the cycle around Diwali and Eid, since they celebrated both and each holiday was a flashpoint.
- Saturday mornings became the "no family talk" window.
- The WhatsApp family group chat was a huge trigger; she ended up muting it and that alone shifted things.

Careful with cultural assumptions around filial duty; I consulted with a colleague of the same background before leaning into any reframes. McGoldrick's Ethnicity and Family Therapy is dated in places but still worth a look.""",
        [],
    ),
    (
        "b7a-013",
        """Consult request: sexual assault, university student, reluctant to report

I've tried to keep this as de-identified as possible. Client is 19, first year, lives in student accommodation. The assault happened at a party during O-Week; the perpetrator is another student. PCL-5 47, not meeting full PTSD criteria yet but intrusions, sleep disturbance and avoidance of the campus bar and some lectures.

She is undecided about reporting to police or to the university. She's aware of the special consideration process and has a support letter from me. She starts her clinical placement at Monash Health in March and is terrified he'll be on the same rotation.

Approach so far: 4 sessions, psychoeducation about trauma responses, grounding, validation; I've avoided any trauma processing given how recent it is (NICE and the Phoenix guidelines both favour watchful waiting in the first month). She's been using 1800RESPECT after hours.

Question: how do others hold the line between supporting her autonomy on reporting and being clear about options, without it feeling like pressure?""",
        [("Monash Health", "organisation")],
    ),
    (
        "b7a-014",
        """## Consultation: CPT vs EMDR for a combat veteran

**Presenting concern:** Male veteran, late 30s, two deployments, PCL-5 of 61. Nightmares 4-5 nights a week; prazosin 2mg at night helped a little. Dx F43.10 (309.81 on the older paperwork the VA sent over).

**Background:** Lives in a rural county in Ohio, 90 minutes from the nearest VA clinic, which is partly why he came to me through Community Care. Significant moral injury component: guilt about a decision he made as a team leader. Drinks heavily around Memorial Day and Veterans Day.

**Tried:** 6 sessions of CPT (Resick's manual). He completed the impact statement but the stuck points are almost all guilt-based and he keeps saying the Socratic questioning feels like "being cross-examined."

**Question:** Would you switch to EMDR (Shapiro's standard protocol) or PE (Foa), or stay with CPT and slow down? I've also been reading Litz on Adaptive Disclosure for moral injury. Porges and van der Kolk keep coming up in the veteran forums he reads, and he's asked about "polyvagal stuff" – how do you respond when the client wants a body-based approach and the evidence base points elsewhere?""",
        [],
    ),
    (
        "b7a-015",
        """Hi everyone, looking for some input on a child case.

Client: 9-year-old boy (DOB 04/17/2015), referred by his school counselor for aggression at recess and meltdowns after transitions. He's in 3rd grade at Lincoln Elementary and has a 504 plan but not an IEP. His teacher, Ms. Hartwell, has been great about sending behavior logs.

Family: Lives with mom and grandmother; dad incarcerated. Mom works doubles and asked me to text rather than call, her cell is 614-382-0947 (saving it here was dumb, I'll edit later).

What I've tried: child-centered play therapy for 8 sessions (Landreth), some Zones of Regulation work borrowed from the school OT. Vanderbilt scores from the teacher are borderline for ADHD-combined. Mom's ratings are much lower.

Consultation question: I'm wondering about moving to PCIT (Eyberg) or a Triple P adaptation for mom, given the discrepancy between home and school. But mom's schedule makes a weekly parent-focused model hard. Anyone had success with a brief parent consultation model alongside CCPT?""",
        [
            ("04/17/2015", "date"),
            ("Lincoln Elementary", "organisation"),
            ("Hartwell", "name"),
            ("614-382-0947", "phone"),
        ],
    ),
    (
        "b7a-016",
        """Adding to the discussion on distressing voices, since this came up in our EIP team meeting on Monday.

A few things I've found useful:

- PSYRATS gives a much richer picture than PANSS for voice-focused work. PANSS positive subscale barely moved in one of my clients while PSYRATS distress dropped by half.
- Romme & Escher's work and the Hearing Voices Network approach of relating to voices (rather than eliminating them) changed how I practise. Voice dialogue in the style of Corstens is powerful but get supervision.
- AVATAR therapy (Craig, Leff) has good trial data if you're anywhere near a site offering it.
- Chadwick's person-based cognitive therapy and mindfulness for voices suits people who find CBTp too "argue-y".

On meds: clozapine at 300mg for treatment resistance made a big difference for one client after two failed trials (risperidone, olanzapine). Avolition and negative symptoms remained the hardest piece, and honestly nothing I've done in therapy moves them much.

Dx F20.0 on the referral; CAARMS if you're seeing anyone in the at-risk group. Happy to share my formulation template.""",
        [],
    ),
    (
        "b7a-017",
        """Consultation request: bereavement in very late life

Presenting: Woman aged 93, referred by her GP, Dr Mensah-Clarke, after her husband Bernard died in March. Low mood, saying she's "ready to go too", not eating well. GDS-15 of 11. MoCA 26 so cognition largely intact.

Background: They were married 68 years. She moved into Fernbrook House, a residential home, on Christmas Day 2022 when he needed nursing care; he was on Ward 7B at the local hospital for his final six weeks and she only visited twice because of transport. She carries a lot of guilt about that.

Tried: 5 sessions in her room at the home; life review (Butler), some reminiscence work, looking at photos. She enjoys the sessions but says afterwards she "feels him more".

Question: how do others think about passive death wishes in the very old? I don't want to pathologise something that might be a reasonable stance at her stage of life, but I also don't want to miss something. The home staff are anxious and want a risk plan.""",
        [
            ("aged 93", "age"),
            ("Mensah-Clarke", "name"),
            ("Bernard", "name"),
            ("Fernbrook House", "organisation"),
            ("Christmas Day 2022", "date"),
            ("Ward 7B", "place"),
        ],
    ),
    (
        "b7a-018",
        """Small-town dual relationships, my two cents from 12 years of rural practice.

I worked in a remote town in the Northern Territory where I was the only psychologist for a few hundred kilometres. You will see clients at the supermarket, at the footy, at the pharmacy. Zur and Lazarus's writing on boundary crossings vs boundary violations was the most useful thing I read; the APS Code of Ethics (and the APA's 3.05 if you're in the States) doesn't prohibit multiple relationships, it asks you to avoid the ones that risk harm or exploitation.

Practical things:
- Talk about it at intake. "If I see you at the shops, I'll wait for you to say hello first."
- Keep a note of incidental contact in the file.
- Don't accept Facebook friend requests, and check your Instagram privacy settings. Clients do look.
- Use Kitchener's ethical decision-making steps in supervision when it gets murky.

Grace and flexibility go a long way. The clients in those communities generally understand the constraints better than metro-trained clinicians do.""",
        [],
    ),
    (
        "b7a-019",
        """Consult: cannabis + gaming, 20M uni student, family pressure

Presenting concern: Daily cannabis use (CUDIT-R 22), gaming 8-10 hrs a day, failing most subjects. Parents made the appointment. He's studying engineering at RMIT (student no. s3748291, which he gave me for a special consideration letter) and lives in a share house in Footscray.

Background: Anxious kid who found his people online. He streams on Twitch as n1ghtowl_dan and has a small following; he says the money is real (it's about $200 a month). Best mate Lachie also uses heavily and is his main supplier.

Tried: 4 sessions of MI, some harm-reduction framing, gaming diary. He's honest about use but not interested in cutting back, and in session he mostly talks about his stream stats.

Question: Has anyone used the Internet Gaming Disorder framing with someone whose identity and income are tied up in the gaming? I don't want to pathologise the streaming but it's clearly crowding out everything else.""",
        [
            ("RMIT", "organisation"),
            ("s3748291", "id_number"),
            ("Footscray", "place"),
            ("n1ghtowl_dan", "handle"),
            ("Lachie", "name"),
        ],
    ),
    (
        "b7a-020",
        """Thanks all for the suggestions on the mum with postnatal anxiety and the unsettled baby.

Hope you don't mind a short update. We went with Circle of Security Parenting (the 8-chapter DVD version) alongside individual sessions, and her EPDS went from 17 to 11 over eight weeks. The shark music idea really landed: she now names it when the baby cries and she feels the panic rising.

The Safe and Sound Protocol suggestion was interesting but I don't have training in it and it felt like a lot to add. Maybe later.

Bowlby and Ainsworth were on my mind a lot with this one; she had a very anxious attachment to her own mother and was terrified of repeating it. Her PSI-4 scores were surprisingly modest given how she presented.

She's on sertraline 50mg from the perinatal psychiatrist, breastfeeding-compatible. We've agreed to taper sessions to fortnightly through the summer, and I've flagged Mother's Day as something to plan around, since her own mum won't be there. She's also joined a parents' group at the local library, which has helped with the isolation more than anything I've done.""",
        [],
    ),
    (
        "b7a-021",
        """**Case consultation: narcissistic traits, workplace crisis**

*Presenting concern:* 46M, senior manager at Deloitte in Calgary, referred through his EAP after an HR investigation. He describes colleagues as "incompetent" and "jealous"; the investigation found a pattern of demeaning comments. Second marriage; his wife Anneliese gave him an ultimatum: therapy or separation.

*Background:* Father was a decorated officer, very harsh. He was sent to boarding school at 9. He brings a lot of contempt into the room and I notice myself getting defensive.

*Incident:* On Oct. 9 he keyed a colleague's car in the parkade after a meeting; security footage caught his own vehicle leaving (Alberta plate CKR 4471) and it's now with the police. He's framing this as a set-up.

*Tried:* 6 sessions, schema-informed (Young), some MBT-style curiosity. He hasn't missed a session, which surprises me.

*Consultation question:* How do you work with the countertransference when a client's devaluation is relentless? And does anyone have thoughts on whether to engage with the legal matter at all in session?""",
        [
            ("Deloitte", "organisation"),
            ("Calgary", "place"),
            ("Anneliese", "name"),
            ("Oct. 9", "date"),
            ("CKR 4471", "id_number"),
        ],
    ),
    (
        "b7a-022",
        """Replying to the question about BA vs CBT for someone who can't do thought records.

Behavioural activation all the way for me, especially Martell's version. Jacobson's component analysis from the 90s still holds up: BA on its own did as well as full CT. Dimidjian's later trial found the same for more severe depression.

My client (PHQ-9 of 19 at intake, BDI-II 31) couldn't engage with cognitive work at all; everything was "I know it's irrational, I still feel it". We switched to activity monitoring and values-based scheduling and by session 10 the PHQ-9 was 11.

Meds: he'd been on sertraline 100mg for a year with partial response; his psychiatrist added bupropion XL 150, and mirtazapine was discussed for sleep. I don't think the meds change the BA rationale, but it's worth knowing what else is in the mix.

Small things that helped:
- Sunday evenings were the worst; we scheduled something specific every Sunday.
- He liked tracking on his Apple Watch, so we used that rather than paper.
- A Spotify playlist for the walk to work became a surprisingly important anchor.

CORE-10 is also good if you want a broader outcome measure. rTMS came up as an option but he wasn't keen.""",
        [],
    ),
    (
        "b7a-023",
        """Family work question: schizophrenia, family burnout

24M, diagnosed with schizophrenia at 19, two admissions, most recently to Fiona Stanley in late winter (discharged 21 August). Lives at home in Rockingham with his mum and younger brother Jarrah. The family are exhausted and I've been asked to do some family sessions alongside his case manager.

His mum rings me a lot; she's on 0412 558 903 and calls from that number up to four times a week, usually in crisis. She's also emailed the clinic with her own history of depression and asked if I'll see her individually.

Approach so far: Behavioural family therapy elements (Falloon), psychoeducation, problem-solving. Expressed emotion is high, especially criticism from Jarrah, who feels his brother "gets away with everything".

Questions:
1. Would it be a boundary issue to see mum individually too? I'm leaning towards referring her on.
2. How do you handle the sibling resentment without it becoming a blame session?

He's on clozapine now and more settled, but the family system hasn't caught up.""",
        [
            ("Fiona Stanley", "organisation"),
            ("21 August", "date"),
            ("Rockingham", "place"),
            ("Jarrah", "name"),
            ("0412 558 903", "phone"),
        ],
    ),
    (
        "b7a-024",
        """Process notes after a hard session, mostly for myself, but I'd welcome thoughts.

Summer holidays are coming, and this client (long-term, twice weekly, psychodynamic) always gets worse before a break. Today she spent 20 minutes telling me about a friend who "always leaves when things get interesting." I made the transference interpretation and she laughed at me.

What I noticed in myself: a strong pull to reassure her I'd be back, and underneath that, irritation. Racker would call that complementary identification, I think: I'm being put in the role of the neglectful mother and part of me wants to play it.

Reading I keep returning to: Winnicott's "Hate in the Counter-transference", Klein on envy, Kohut's idea that empathic failures are inevitable and what matters is the repair. Yalom's here-and-now focus is a useful corrective when I get too deep into theory.

Rose petals on the waiting room table today, which she noticed and asked about. Small things matter with her.

Question for the group: how do you prepare long-term clients for a three-week August break without it becoming the entire focus?""",
        [],
    ),
    (
        "b7a-025",
        """Couple consult – cultural expectations, infertility

Harpreet (34) and Jasdeep (36), married six years, Sikh, living in Smethwick (B66) near both sets of parents. Referred by the fertility clinic after their third failed round of IVF.

Presenting: He has withdrawn, she describes him as "gone"; she wants to try again, he doesn't. Both sets of parents are asking constantly about grandchildren. He works long hours at Jaguar Land Rover and she says he is "using work to hide".

History: The last embryo transfer was on 12th March and the negative result came back two weeks later, which both of them date as the start of things going wrong.

Tried so far: 5 sessions, EFT-informed. Circular questions were useful in naming the family pressure. She cries throughout; he is very quiet.

Question: How do colleagues work with the wider family's role without alienating the couple from their community? Any reading recommendations on South Asian family systems?""",
        [
            ("Harpreet", "name"),
            ("Jasdeep", "name"),
            ("Smethwick", "place"),
            ("B66", "place"),
            ("Jaguar Land Rover", "organisation"),
            ("12th March", "date"),
        ],
    ),
    (
        "b7a-026",
        """Replying re: ADHD + anxiety in a 7-year-old.

Our clinic uses the Vanderbilt for school and home, SDQ for broader screening, and Conners 3 when the picture is messy. PCIT (Eyberg) has the strongest evidence at that age for the oppositional stuff. Incredible Years (Webster-Stratton) if you can get parents into a group.

On the anxiety piece, Ross Greene's Collaborative & Proactive Solutions is gentler than a strict behavioural plan, and for anxious kids it tends to go better.

Meds: methylphenidate (Concerta 18mg) started for one of my clients last year; the anxiety improved when the school day got more manageable. Guanfacine is sometimes used when stimulants worsen anxiety. That's a paediatrician conversation, obviously.

School-wise: a Catholic primary in a semi-rural area was great once the teacher understood the ADHD piece. Halloween and the end-of-term concerts were really hard – noise, costumes, sugar, changes in routine. Worth prepping parents for those.

Dx codes we use: F90.2 plus F41.1 if the anxiety is significant. Hope that helps!""",
        [],
    ),
    (
        "b7a-027",
        """Consult: postpartum depression with intrusive thoughts

I'm trying to be very careful with details on this one. Client is a 31-year-old first-time mother, baby is 4 months old. She was screened at her pediatrician's office with an EPDS of 21, and her PHQ-9 came back 19 at our intake on 2/27. She discloses intrusive images of dropping the baby down the stairs, with significant distress and avoidance (won't carry the baby on stairs, her partner does bath time).

Background: History of OCD in adolescence, treated with ERP. No psychosis, no intent; the thoughts are ego-dystonic and she is horrified by them. Partner supportive.

Tried: 3 sessions so far. Psychoeducation about perinatal OCD (Challacombe's work has been great), normalizing intrusive thoughts, starting a gentle ERP hierarchy. She's seeing a perinatal psychiatrist who's considering sertraline.

Question: She's terrified that telling me about the thoughts will lead to child protection involvement. How do others explain mandatory reporting in a way that's honest but reassuring for perinatal OCD specifically?""",
        [("2/27", "date")],
    ),
    (
        "b7a-028",
        """Consultation: OUD, buprenorphine, and the question of "real" recovery

Client is early 30s, opioid use disorder (F11.20), on buprenorphine 16mg daily for 14 months via an OTP in a mid-sized city in the Rust Belt. Stable, working, no illicit use on UDS since month three. His family, especially an older sister, keeps telling him he's "not really clean" while he's on Suboxone. NA meetings he attended echoed this.

What I'm doing: Supporting his own decision-making about a taper, psychoeducation on MOUD outcomes (SAMHSA's TIP 63 is useful to share). We've done some ACT work (Hayes) on values vs. other people's rules.

I've given him the SAMHSA National Helpline (1-800-662-4357) and 988, and he carries naloxone. COWS scores during a previous rapid taper were awful and he relapsed within weeks of coming off methadone years ago.

Question: How do others support clients facing stigma about MOUD from their own recovery communities? Any good peer resources? I'm also curious if anyone has worked with families on this using CRAFT (Meyers).""",
        [],
    ),
    (
        "b7a-029",
        """Hey all, would appreciate some thoughts on a veteran client.

31M, former Marine, served with 2nd Battalion, 5th Marines, two deployments. Lives in El Paso with his wife Marisol and their daughter. Referred by his VSO after his VA disability claim (# 28 447 913) was denied on the PTSD piece.

Presenting: PCL-5 of 56, anger outbursts, hypervigilance, drinking 6-8 beers most nights. The denial has him furious and he talks about "the system" constantly. He was injured in an IED blast on June 6th, 2011, which he marks every year by drinking alone.

Tried: 5 sessions, mostly rapport building and psychoeducation. He's open to CPT but wants the claim sorted first; he's worried that if he gets better the appeal fails.

Question: How do others handle the secondary gain/disability claim tension without making the client feel accused? I want to be honest that treatment won't hurt his appeal (as far as I understand), but I know it's a sensitive area.""",
        [
            ("2nd Battalion, 5th Marines", "organisation"),
            ("El Paso", "place"),
            ("Marisol", "name"),
            ("28 447 913", "id_number"),
            ("June 6th, 2011", "date"),
        ],
    ),
    (
        "b7a-030",
        """Re: seeing a client who's moving interstate.

Short version: licensure follows the client's physical location at the time of the session, not yours. If you're in Texas and she's relocating to Florida, you need to be licensed in Florida, or both states need to be in PSYPACT (for psychologists) or the Counseling Compact once it's operational.

A few practical notes:
- HIPAA-compliant platforms: Doxy.me, SimplePractice's telehealth, Zoom for Healthcare. Regular Zoom is not enough without a BAA.
- 90834/90837 with the 95 modifier, POS 10 for home. Check with each payer.
- For transitions, I've done a couple of 90847 family sessions to hand off if the family is involved.
- Document Z-codes where relevant (Z63.0 for relationship distress) but don't lean on them for medical necessity.

Christmas and New Year are often when clients travel and forget to mention it, so I ask every December where they'll physically be for sessions over the holidays. Most licensing boards are clear that "visiting grandma for a week" still counts.""",
        [],
    ),
    (
        "b7a-031",
        """**Consultation: Filipino-Canadian family, teen self-harm**

Presenting concern: 14-year-old girl, Joaquina, cutting on her thighs; discovered by her school counsellor at Maples Collegiate after a gym class. Family are Filipino-Canadian, devout Catholic; mother Marites is a nurse, father works nights.

Background: Family live in Winnipeg (postal code R2V 3M5 on intake). Extended family in the home: maternal grandmother and an aunt. The family's response has been shame and a lot of prayer; the mother said "we don't talk about these things."

Tried: 3 sessions individually, 1 family session. Joaquina is more open than expected individually. Safety plan in place; Kids Help Phone number given. The family session went poorly: mom cried, dad didn't attend.

Question: How do others approach culturally responsive family work where mental health is stigmatised? Any experience working with Filipino families specifically? I'm worried about the mother's sense of failure and I want to involve the wider family system appropriately, maybe through the church.""",
        [
            ("Joaquina", "name"),
            ("Maples Collegiate", "organisation"),
            ("Marites", "name"),
            ("Winnipeg", "place"),
            ("R2V 3M5", "place"),
        ],
    ),
    (
        "b7a-032",
        """Quick update on the client with persecutory delusions I posted about on Wednesday.

We did the session with the thought-bubble exercise you suggested and it went much better than I expected. He was willing to rate his conviction (85%, down from 100% last month) and we looked at alternative explanations in a very gentle way, Kingdon style. His PSYRATS delusions score is also down a bit.

Aripiprazole 10mg is the current med, and his psychiatrist is happy with it. He asked about reading material and I pointed him to the Hearing Voices Network site and some of Freeman's "Paranoid Thoughts" material, which he liked because it's non-stigmatising.

Ward round next week will consider discharge from the inpatient unit to the community team. Fingers crossed.""",
        [],
    ),
    (
        "b7a-033",
        """Consultation: health anxiety, online reassurance-seeking

Presenting concern: Oluwaseun, 38F, health anxiety focused on cancer, checking her body daily, Googling symptoms for hours. HAI-18 of 32. Lives in Peckham with her two kids.

The complicating factor: she runs a fairly popular blog about her "wellness journey" (www.anxiousmamajourney.com) and an Instagram account (@anxiousmama.journey) with around 12k followers, where she posts about symptoms and asks followers for advice. Reassurance at scale, basically.

Tried: 6 sessions of CBT (Salkovskis & Warwick model), behavioural experiments around checking, reducing GP visits. She's made progress on body-checking but the online stuff is her income and identity.

Question: Has anyone worked with a client whose reassurance-seeking is monetised? I'm unsure how to frame reducing it as an intervention when it's also her job. I don't want to be the therapist who tells her to quit her business.""",
        [
            ("Oluwaseun", "name"),
            ("Peckham", "place"),
            ("www.anxiousmamajourney.com", "url"),
            ("@anxiousmama.journey", "handle"),
        ],
    ),
    (
        "b7a-034",
        """Reply: child grief after a parent's death

With a 6-year-old, I'd go slow and keep it concrete. A few resources I like:
- The Dougy Center's materials on developmental understanding of death, good for parents.
- Klass, Silverman & Nickman's continuing bonds idea is really helpful; kids often want to keep the connection, not "move on".
- Memory boxes, drawing, puppets. I avoid Kübler-Ross stage language completely with kids.

Bowlby's work on childhood mourning is still relevant: young kids grieve in bursts, playing happily one minute and sobbing the next. Parents often think that means they're "fine" or "not grieving properly".

Key dates: Father's Day will be hard if it was dad who died, as will birthdays and the first Christmas. Some families I work with mark Día de los Muertos and find it a natural way in, if it's part of their culture.

A children's bereavement charity in your area may run peer groups. Those are gold. I'd only use something like the Inventory of Complicated Grief – Revised for Children if you need an outcome measure for funders.""",
        [],
    ),
    (
        "b7a-035",
        """Consult – stalking by ex-partner, client very frightened

Presenting: 29F, hypervigilant, sleeping with lights on, PCL-5 49. Her ex, Connor Fitzgerald, has been sending messages from new accounts almost daily since she left him. She moved to Leith in the autumn to get away from him.

She's reported to police (crime ref CR/0093418/24) and brought me a printout from her email provider showing the login that accessed her account on 19 March came from 81.152.44.209, which she's convinced is his flat. Police have been slow.

Tried: 4 sessions, stabilisation, safety planning with input from a local domestic abuse service, some grounding. I considered TF-CBT but the threat is ongoing so I'm not convinced trauma processing is appropriate yet.

Question: How do others approach trauma work when the threat is still live? I'm thinking of staying with stabilisation and practical safety, but she's desperate for the nightmares to stop. Is there a role for imagery rehearsal therapy (Krakow) in the meantime?""",
        [
            ("Connor Fitzgerald", "name"),
            ("Leith", "place"),
            ("CR/0093418/24", "id_number"),
            ("19 March", "date"),
            ("81.152.44.209", "ip"),
        ],
    ),
    (
        "b7a-036",
        """Consult: avoidant personality, therapy going in circles

Client in his late 20s, long-standing social avoidance, meets criteria for AvPD (F60.6, 301.82 in DSM-IV-TR terms). Very intellectual in session, can talk about his patterns brilliantly and changes nothing. LSAS 92.

Will he ever tolerate the discomfort of actually doing something different? That's the question I keep asking myself after 20 sessions.

Tried: CBT for social anxiety (Clark & Wells model), then schema therapy (Young, Arntz), working with the detached protector mode. Some CFT (Gilbert) for the shame. Paroxetine 20mg from his GP.

Schema chair work is where I see the most movement; when he speaks from the vulnerable child mode he actually gets emotional. Arntz's group schema therapy trials for AvPD look promising but there's nothing like that near us.

Question for the group: how long do you persist with a schema approach before changing tack? And does anyone have good strategies for detached protector mode in particular? IPT has crossed my mind too.""",
        [],
    ),
    (
        "b7a-037",
        """Family consult — grandmother's decline and intergenerational conflict

Presenting: Family of four referred after the 16-year-old daughter, Keely, started refusing school. The family's attention is consumed by Nan, aged 94, who moved in with them last year after a fall. Mum is her primary carer.

Background: They live in Toowoomba. Keely is in Year 11 at Harristown State High School and was doing well until this year. Dad works FIFO. Mum is exhausted and Keely has been doing a lot of the caring while mum is at work.

Tried: 4 family sessions, structural mapping (Minuchin), some narrative externalising (White & Epston). Keely says she feels "invisible" and resentful, then guilty for feeling that way.

Question: How do you approach young carers in a family where the grandparent's needs are real and ongoing? I want to validate the mother's stress but also advocate for Keely. Services for carers have waitlists of months.""",
        [
            ("Keely", "name"),
            ("aged 94", "age"),
            ("Toowoomba", "place"),
            ("Harristown State High School", "organisation"),
        ],
    ),
    (
        "b7a-038",
        """Reply re: affair recovery, second session.

Don't rush to forgiveness. Janis Abrahms Spring's "After the Affair" is my go-to for the hurt partner; she's clear that forgiveness isn't required for recovery. Shirley Glass's "walls and windows" idea is a helpful metaphor for the unfaithful partner to understand how the secrecy rearranged the relationship. Perel is good for the meaning-of-the-affair conversation, but I save that for later.

Gottman's atone-attune-attach model gives a rough sequence. Early sessions are mostly about containment, in my experience, and helping the hurt partner manage intrusive images (which can look a lot like PTSD).

Practical: triggers cluster around anniversaries, Valentine's Day, and anything to do with the affair partner's job or town. One couple I saw lived in a coastal town in Maine and the affair had started on a work trip; every work trip afterward was a nightmare.

Check phone transparency agreements carefully, they can become surveillance. If one partner is still on Tinder or similar, everything else is moot.

Bill it as couples (90847) unless there's an individual diagnosis; it keeps it honest.""",
        [],
    ),
    (
        "b7a-039",
        """Consult: AUD + BPD traits, post-rehab

42F, just discharged from a 30-day program at Hazelden Betty Ford, now in IOP with me 3x/week. AUDIT 31 at intake there. MRN 00482917 from their discharge paperwork (which I should redact before this goes anywhere else).

Lives in St. Cloud, divorced, one adult son. Her AA sponsor, "Big Mike", calls her daily and she's very attached, idealizing him in a way that's starting to look familiar. She says Mike "is the only person who gets it".

Relapse on 11/03/2023 after her son didn't call on her birthday; she was readmitted briefly. Sober 4 months since then.

Tried: DBT skills (Linehan), emotion regulation and distress tolerance modules, some MI. She's engaged but the splitting is intense: program staff are all good or all bad week to week.

Question: How do others handle the sponsor relationship when it's becoming part of the splitting pattern? I don't want to undermine her recovery support.""",
        [
            ("Hazelden Betty Ford", "organisation"),
            ("00482917", "id_number"),
            ("St. Cloud", "place"),
            ("Big Mike", "name"),
            ("Mike", "name"),
            ("11/03/2023", "date"),
        ],
    ),
    (
        "b7a-040",
        """Closing the loop on the thread about the client with chronic suicidality.

Thanks everyone. I took the advice to refer to a full-model DBT programme; he starts the skills group in the new year. In the meantime we've firmed up a Stanley-Brown safety plan and he has Samaritans (116 123) and the crisis line saved in his phone.

I reread the NICE guidance on self-harm (NG225) and Linehan's chapter on chronic suicidality, and I found Jobes's CAMS framework a useful bridge until the programme starts. Columbia (C-SSRS) at every session for now.

Will post an update in a couple of months if anyone's interested. Special thanks to whoever mentioned Shneidman, it helped me think about psychache differently.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind7a"}
        for i, t, items in DOCS
    ]
