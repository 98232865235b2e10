"""Blind evaluation batch b9b for the Practica PHI guard, written without sight of the guard.
Voices: clinicians in public services and private practice (CMHTs, FQHCs/community health
centres, EAPs, school and university counselling, inpatient and consult-liaison psychiatry, aged
care, NGOs for homelessness, settlement, refugees, family violence and Indigenous communities,
private rooms) in the US, UK, Ireland, Canada, Australia and New Zealand. Formats: case
presentations, consult questions, forum replies, chat-style posts, SOAP/DAP notes, process
notes, bullet lists. Twenty documents carry 1-5 identifiers of varied kinds (names incl. lower-
case and word-names, pets, places, postcodes, dates, ages over 89, phone, email, url, ip,
handles, NHS/IRD/Medicare/PPSN/SIN/student/court/plate numbers, organisations); twenty are clean
but dense with look-alikes (cited theorists, instruments, codes, meds, hotlines, holidays,
brands, generic services and regions).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard as committed in this batch's commit (the session's final rules): span
recall 0.986, precision 0.857, identifier documents fully caught 0.950, clean documents flagged
0.300 (the guard at 935157f: 0.932, 0.642, 0.750, 0.700).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b9b-001",
        """Case presentation – CMHT North team, for Thursday MDT

Tendai is a 41-year-old man of Zimbabwean heritage, first presentation of psychosis aged 38. Lives alone in a housing association flat in Walthamstow. Referred back to us by his GP after a relapse; he'd stopped his aripiprazole (15mg) around Easter. Care coordinator saw him at home on the 14th of June and found him barricaded in, foil on the windows, convinced his neighbours were "broadcasting" him.

Risk: no history of violence; some self-neglect, weight down ~6kg. Brother visits weekly.

NHS number for the referral form is 485 777 3456 – can someone from duty check whether the Home Treatment Team have already opened him?

Questions for the MDT:
1. Depot vs oral – he's ambivalent, worried about "being injected like a dog".
2. Whether to involve his church (he attends a Pentecostal congregation, says the pastor "prays the voices quiet").
3. CPA review timing.

Thoughts welcome, esp. from anyone who's used Open Dialogue-informed approaches.""",
        [
            ("Tendai", "name"),
            ("Walthamstow", "place"),
            ("14th of June", "date"),
            ("485 777 3456", "id_number"),
        ],
    ),
    (
        "b9b-002",
        """Reflective piece after our Tuesday MDT – thinking about the "difficult patient" label

We discussed a man in his late 40s with a long history (F20.0, multiple admissions under Section 3) whom the team describe as "hostile". Reading back through the notes, what I see is someone who has been restrained repeatedly, whose clozapine was stopped after neutropenia, and who has lost his flat twice. Of course he's hostile.

I keep coming back to Bateman & Fonagy on epistemic trust, and to Johnstone's Power Threat Meaning Framework – asking "what happened to you" instead of "what's wrong with you". The CPA review is in November; I'd like us to go in with a formulation, not a risk list.

Some practical thoughts:
- Offer a consistent care coordinator, not whoever's on duty
- Use DIALOG+ in reviews so he sets the agenda
- Check in with the Early Intervention team about the family work they did years ago
- Consider a referral to the local Hearing Voices group

Grace in how we write about people matters too. Would love others' views – especially from anyone in a team that's moved away from the "PD traits" shorthand.""",
        [],
    ),
    (
        "b9b-003",
        """SOAP – FQHC behavioral health, integrated care visit #4

S: Pt (Marisol Ibarra, 29) reports sleep 4–5 hrs, "my head won't shut off." Works nights stocking at the Dollar General on Route 9, says manager cut her hours after she asked for time off for her daughter's IEP meeting at Hartwell Elementary. Partner deported in 2022. PHQ-9 = 16, GAD-7 = 14.
O: Tearful, linear, good eye contact. No SI/HI. Spanish-preferred, session conducted with interpreter.
A: F32.1 MDD, single episode, moderate; r/o adjustment component. Psychosocial stressors prominent (housing, immigration status, childcare).
P: BA + problem-solving; warm handoff to CHW re: food and utility assistance; PCP to consider sertraline 25mg. Pt gave best contact as cell (505) 555-0183, ok to leave msg. RTC 2 wks.

Billing 90832 + interactive complexity 90785.""",
        [
            ("Marisol Ibarra", "name"),
            ("Dollar General", "organisation"),
            ("Route 9", "place"),
            ("Hartwell Elementary", "organisation"),
            ("(505) 555-0183", "phone"),
        ],
    ),
    (
        "b9b-004",
        """SOAP — integrated BH visit, session 3 of 6

S: 52yo male, Spanish/English bilingual, referred by PCP for alcohol use after elevated GGT. AUDIT = 19. Drinks "a twelve-pack on weekends, some on weeknights." Reports drinking increased after a layoff from a warehouse job last spring. Denies withdrawal seizures. Wife and adult son supportive. Catholic, attends Mass "at Easter and Christmas."
O: Alert, mildly defensive at first, warmed up. BP 148/92 per MA. No tremor.
A: F10.20 alcohol use disorder, moderate. Pre-contemplation → contemplation (Prochaska & DiClemente). Comorbid HTN.
P: MI (Miller & Rollnick) continued — decisional balance done today; he identified "being there for my grandkids" as a reason. PCP aware; naltrexone 50mg discussed, pt wants to think about it. Provided SAMHSA helpline 1-800-662-4357 and info on local SMART Recovery meetings. F/u in 2 wks, 30 min (90832).

Note: pt asked whether his employer would find out. Reviewed 42 CFR Part 2 protections in plain language.""",
        [],
    ),
    (
        "b9b-005",
        """Hi all – school counsellor (Qld state secondary) seeking consult.

Year 9 student, 14. I'd meant to keep this anonymous but the referral already went around staff with her first name, Jarrah, so apologies. Presented after a peer screenshotted her TikTok and it went round the grade. Her account is @midnight.moth_ and it's mostly drawings, some cutting-adjacent captions ("sleepy forever lol"). She told me she's been self-harming since the end of Term 2, superficial, thighs.

Mum is supportive, Dad is FIFO. She's on the waitlist for the youth mental health service and I've done a safety plan with her (Stanley-Brown). She's asked me not to tell Mum about the account.

Questions:
- How do people handle the social media piece – do I ask her to go private?
- Our school (Kedron State High) has a policy about reporting online content to the deputy; I'm unsure whether this triggers it.

Thanks in advance.""",
        [("Jarrah", "name"), ("@midnight.moth_", "handle"), ("Kedron State High", "organisation")],
    ),
    (
        "b9b-006",
        """Question from a primary school psych (WA)

Year 3 boy, 8, very controlling in play, big meltdowns at transitions, recent diagnosis of ADHD, on methylphenidate (Ritalin LA 20mg) since Term 1. Family recently relocated from interstate after Dad's job change; Mum says the move "broke him a bit."

I've been using Circle of Security language with Mum (being-with, the shark music) and she's really taken to it. In school we've put in a visual timetable, a quiet corner, and a 5-minute warning before transitions. The class teacher is lovely but stretched with 28 kids.

What I'm less sure about: the paediatrician has suggested an NDIS application. I'm not convinced he meets the threshold and I don't want the label to follow him. Has anyone gone through NDIS for a child with ADHD alone, without ASD?

Also reading Ross Greene's Collaborative & Proactive Solutions – the "kids do well if they can" idea is resonating with staff. The Anzac Day assembly next week will be a test (long sitting, loud).""",
        [],
    ),
    (
        "b9b-007",
        """EAP short-term model (6 sessions), seeking input on session 4.

Client is a 36yo male, engineer, referred via his employer's EAP after a panic attack at work. Ciarán works at Intel in Leixlip and says the layoffs have "everyone looking over their shoulder". Commutes from Maynooth. Has a 2-year-old and a partner on maternity leave.

First panic attack was on the 2nd of February, in a stand-up meeting. Since then avoids the canteen, drives in early to get a parking spot near the door. CORE-10 went 22 → 17. We've done interoceptive exposure (spinning, breath-holding) with good uptake, following Clark's cognitive model.

My dilemma: he wants me to write a letter supporting a move to remote working, and he's asked whether the EAP reports back to HR. I've explained confidentiality limits but I'm conscious the contract is with the employer. Anyone navigated letters like this within an EAP frame?""",
        [
            ("Ciarán", "name"),
            ("Intel", "organisation"),
            ("Leixlip", "place"),
            ("Maynooth", "place"),
            ("2nd of February", "date"),
        ],
    ),
    (
        "b9b-008",
        """EAP counselling – reflections on the 6-session ceiling

I've been an associate for two EAP providers for a few years now and keep running into the same bind: clients arrive with trauma histories that clearly need longer-term work, and the model gives me six sessions of solution-focused work.

Last month a woman in her 40s, working in financial services, came in "for stress". By session 2 it was clear she met criteria for C-PTSD (ICD-11 6B41) – the ITQ was through the roof. We did stabilisation, grounding, psychoeducation via the window of tolerance (Siegel) and Dana's polyvagal ladder. At session 6 I referred her on, but the waiting list for HSE primary care psychology where she lives is 18 months, and she can't afford private.

Questions:
1. How do others present the referral-on piece so it doesn't feel like rejection?
2. Does anyone ask EAPs for an extension? I've had mixed results.
3. Is there any merit in front-loading "what's possible in six" in the first session?

I'm in the West, if that matters for local low-cost options. Samaritans (116 123) is what I give for out of hours.""",
        [],
    ),
    (
        "b9b-009",
        """Kia ora koutou – whānau-focused consult, community mental health

Rangatahi is 17, Māori, living with her nan in Ōtara. Mere was discharged from Middlemore after a paracetamol overdose three weeks ago. Nan is her main support; her mum is in and out of the picture. She's disengaged from kura.

We've used Te Whare Tapa Whā to map things out with her and she identified taha wairua as the bit that's "empty". Kaumātua involvement has been offered.

WINZ needs her IRD number for the youth payment application and nan read it out in session: 049-091-850. I've not put it in notes but flagging here since it's come up — probably shouldn't have typed it.

Looking for ideas on engaging a 17yo who sees every service as "another form to fill in".
Ngā mihi.""",
        [
            ("Ōtara", "place"),
            ("Mere", "name"),
            ("Middlemore", "organisation"),
            ("049-091-850", "id_number"),
        ],
    ),
    (
        "b9b-010",
        """Kōrero about cultural supervision – Aotearoa

Wanted to share something from my practice this year. I'm Pākehā, working in a kaupapa Māori NGO, and for a long time I thought "cultural competence" meant learning te reo and knowing the pōwhiri process. My cultural supervisor gently pointed out that I was treating tikanga as a checklist.

A rangatahi I work with (15, Māori on his dad's side, raised mostly in the South Island) presented as "non-compliant" with a CBT protocol. When we shifted to using the Meihana Model and brought whānau into sessions, things moved. His SDQ total dropped from 24 to 16 over the term.

What helped me:
- Mason Durie's Te Whare Tapa Whā – not as a poster on the wall but as a real structure for sessions
- Reading Pohatu on āta
- Letting whānau lead karakia at the start if they want to

Matariki was a natural point for reflection; we did a session outdoors. Keen to hear from other tauiwi practitioners about how you hold your own learning without making it the client's job.""",
        [],
    ),
    (
        "b9b-011",
        """Private practice, Ontario – couples, seeking consult re: a secret disclosed outside session.

Couple in their 50s, married 26 yrs, Gottman-informed assessment done (Four Horsemen pretty evident, contempt mostly from him, stonewalling from her). He's a dentist with his own clinic in Mississauga. Last week Harjit emailed me from hs.toothdoc@gmail.com between sessions to tell me he'd had a brief affair last year and "needs help deciding whether Gurpreet has to know."

I have a no-secrets policy in my consent form but honestly I'd never had to invoke it. Options I'm weighing:
- Individual session with him to work toward disclosure (Glass, Not "Just Friends", is what I'd lean on)
- Referring him to an individual therapist and pausing couples work
- Ending the couples work

Has anyone had a client push back on the no-secrets policy? He's hinting he'll just stop coming. Also wondering about CRPO guidance on this.""",
        [
            ("Mississauga", "place"),
            ("Harjit", "name"),
            ("hs.toothdoc@gmail.com", "email"),
            ("Gurpreet", "name"),
        ],
    ),
    (
        "b9b-012",
        """Consult: eating disorder, adult, private practice (BC)

26yo woman, grad student, referred by her family doctor for restrictive eating. BMI 17.2, amenorrhoea for 6 months, EDE-Q global 4.1. Heart rate 48 at last check – her GP is monitoring and we have an agreed medical-instability threshold for hospital referral. She runs daily and tracks everything on a Garmin and MyFitnessPal.

I'm trained in CBT-E (Fairburn) and am doing the focused version; we're at session 9. Regular eating is partly established but she negotiates hard around fear foods. She frames her restriction as "clean eating" and discipline.

My question: when do you move from outpatient CBT-E to a higher level of care in this province? Our provincial specialist programme has a long wait. Also interested in whether anyone has used the Maudsley model (MANTRA, Schmidt & Treasure) as an alternative when perfectionism is central.

She's going home for Thanksgiving – family meals are a big trigger – so we're planning around that.""",
        [],
    ),
    (
        "b9b-013",
        """Consult-liaison note, medicine floor — request re: capacity and grief

91-year-old widow admitted with a hip fracture after a fall at home. Mrs. Dorothea Lindqvist (I know, I know — using full name because the team keeps asking which patient) was living independently in a second-floor walk-up until this admission. Husband died in the spring. MoCA 24/30 today, lost points on delayed recall; CAM negative.

Daughter, Ingrid, flew in from out of state and is pushing for SNF placement; patient is adamant about returning home. "I've climbed those stairs for sixty years." Medicine wants a formal capacity evaluation for discharge decision-making.

My read: she has capacity for this decision, understands the risks, can articulate them, and her choice is consistent with long-held values. Grief is present but not MDD. Considering a family meeting with PT present. Any tips for framing when the adult child is the one struggling?""",
        [("91-year-old", "age"), ("Dorothea Lindqvist", "name"), ("Ingrid", "name")],
    ),
    (
        "b9b-014",
        """Inpatient psych – discharge planning rant + request

Working on an adult acute unit, 24 beds. We've had three readmissions this month of people discharged to shelters. One man, 63, with schizoaffective disorder (F25.0), on long-acting injectable paliperidone (Invega Sustenna 156mg monthly), came back 9 days after discharge having missed his injection because the shelter wouldn't let him leave before 7am checkout.

Things I want to build:
- A bridging appointment within 72h of discharge (the evidence is decent – see the Critical Time Intervention literature, Susser and colleagues)
- Warm handoffs to ACT teams rather than a fax and a prayer
- Peer support specialists starting relationships on the unit

Anyone got a discharge checklist they'd share? We're in a mid-sized city in the Southeast and the county CSB is overwhelmed. Nothing identifying needed – just templates. Also: our 5150-equivalent holds here are 72 hours; curious how other states handle the step-down.""",
        [],
    ),
    (
        "b9b-015",
        """DAP note — session 8, adolescent, individual

D: 15yo presenting with school refusal, now attending 3/5 days. Reports Monday and Tuesday mornings are worst; stomach aches before the bus. Says the cafeteria is "the loudest place on earth." Mom reports she's been sleeping in her clothes so she can "just get up and go." Client mentioned a new friend from band class at Ridgemont High and seemed genuinely pleased.

A: Graded exposure plan is working. SCARED parent/child scores down (parent 41 → 29). Avoidance is reducing; anxiety remains high on Sunday evenings. Continues to meet criteria for SAD (F93.0) with generalized features.

P: Next step on hierarchy — eating lunch in cafeteria with friend for 10 min. Coordinate with school counselor re: 504 plan accommodations. Parent session next week using SPACE (Lebowitz) framework.""",
        [("Ridgemont High", "organisation")],
    ),
    (
        "b9b-016",
        """Process note (anonymised, for peer supervision group)

Session 22. She arrived eight minutes late, sat with her coat on. I noticed I was relieved she came at all – last week's silence had felt like a door closing.

She talked about her father's 70th, which she hadn't gone to. "Everyone sent pictures to the group chat. I looked at them in the toilet at work." Then laughed. I said something about how much it cost to stay away; she said, "It costs more to go."

Afterwards I found myself thinking about Winnicott's false self and about Bion – I'd been holding something she couldn't yet think about. My countertransference was maternal, protective, which I know is a pull with her.

We're in the middle of a long piece of psychodynamic work (twice weekly) and I'm aware of the summer break coming in August. Last year's break was followed by a cluster of self-harm. I want to prepare differently this time – possibly naming the break much earlier, possibly offering a single phone check-in.

Thoughts from the group on whether a mid-break contact undermines the frame or supports it?""",
        [],
    ),
    (
        "b9b-017",
        """Consult question from a school-based clinician (urban district, Midwest)

Referral for a 4th grader, 9yo, outbursts in class – threw a chair in October. Teacher, Ms. Albright, documents 3-4 incidents a week, mostly during transitions and math. DeShawn lives with his grandmother since his mom's incarceration; dad not involved. ACE score high (at least 5 from what gma has shared).

I'm doing CBITS-adjacent work but really he needs more regulation than cognition right now – thinking Perry's sequence (regulate, relate, reason). OT eval is pending.

Admin is pushing for an alternative placement. The special ed coordinator wants me to attach my notes to his file under student ID 20418833 and I'm hesitant – our notes aren't education records, are they? FERPA vs HIPAA confusion in our building is real.

How have others protected therapy notes in a school setting while still collaborating?""",
        [("Albright", "name"), ("DeShawn", "name"), ("20418833", "id_number")],
    ),
    (
        "b9b-018",
        """Perinatal – GP-referred, Medicare rebated sessions

Woman in her early 30s, 7 weeks postpartum with her second baby, referred for anxiety. EPDS 18 (item 10 scored 1 – passive thoughts, no plan). Her first baby was an emergency caesarean and she describes the birth as "like being in a car crash". PCL-5 of 39, so some birth trauma on top of the PND picture.

Current plan:
- Safety plan reviewed, partner involved, numbers in her phone: PANDA (1300 726 306), Lifeline 13 11 14, and 000
- Sertraline 50mg started by GP, breastfeeding compatible per LactMed
- Considering EMDR for the first birth once she's more resourced

Question is more about pacing. She's sleep-deprived and I'm mindful of Shapiro's readiness criteria. Has anyone used the Recent Traumatic Episode Protocol (Shapiro & Laub) in the postpartum period? Or would you wait until 6 months and stick with psychoeducation plus behavioural activation for now?

She's Muslim and Ramadan starts soon – we've talked about her not fasting while breastfeeding, and her imam supported that.""",
        [],
    ),
    (
        "b9b-019",
        """Private practice (London), integrative. Long-term client, 2 years in.

Oluwaseun (32, she/her) is a writer and has started a blog about her therapy, lostinthefog.substack.com, where she's been quoting our sessions – including things I said, lightly paraphrased. She sent me the link and asked what I thought. I felt exposed, and also a bit flattered, which I'm taking to supervision.

Relevant history: eldest daughter in a Nigerian family, parentified early, a lot of shame around needing anything. Attachment looks dismissing-avoidant on the surface but there's a lot of preoccupation underneath. We've been using schema mode work (Young) – the Demanding Parent is loud.

She's also just told me she's moving out of her flat in SE15 to live with a new partner, which may change whether she can afford to continue.

How would you approach the blog rupture? Boundaries feel important but I don't want to shame her for writing.""",
        [("Oluwaseun", "name"), ("lostinthefog.substack.com", "url"), ("SE15", "place")],
    ),
    (
        "b9b-020",
        """Reflection from a counsellor in an urban Indigenous community setting (Prairies)

I want to write about what I've learned from Elders this year, as a non-Indigenous counsellor. Many of the people I see carry intergenerational trauma from residential schools and the Sixties Scoop. The Western diagnosis (PTSD, F43.1 – or 309.81 if you still think in DSM-IV) never quite fits.

A woman in her 50s I work with prefers talking circles to individual sessions. Her K10 has come down steadily since she started attending a weekly sweat. I've stopped trying to measure everything.

Resources that shifted me:
- Duran's Healing the Soul Wound
- The Truth and Reconciliation Commission's Calls to Action (esp. 18–24 on health)
- Two-Eyed Seeing (Etuaptmumk), as articulated by Mi'kmaw Elders
- The Hope for Wellness line (1-855-242-3310), which I give out a lot

Any counsellors in Saskatchewan or Manitoba want to connect? I'd love a peer group focused on decolonising practice.""",
        [],
    ),
    (
        "b9b-021",
        """GP-referred MHCP, 6 sessions under Better Access. Psychologist, NSW.

Client: Thanh, 48, Vietnamese-Australian, runs a nail salon in Cabramatta with his sister. Presenting with insomnia, irritability, chest tightness. K10 = 31. Came to Australia as a child in the 80s after time in a camp in Malaysia; hasn't spoken much about it. Wife pushed him to come.

Admin note – reception entered his Medicare no. as 2953 71049 1 but the claim bounced, can someone double check the IRN? His mobile is 0412 558 903 if the rooms need to call.

Clinically I'm wondering about using NET (narrative exposure therapy) vs a more stabilisation-first approach. He's very somatic in his language ("my chest is carrying a brick"). Interpreter offered but declined.""",
        [
            ("Thanh", "name"),
            ("Cabramatta", "place"),
            ("2953 71049 1", "id_number"),
            ("0412 558 903", "phone"),
        ],
    ),
    (
        "b9b-022",
        """School counselor here (high school, Texas). Long post, sorry.

After a student death by suicide in our district last spring, our building adopted a postvention protocol based on After a Suicide: A Toolkit for Schools (AFSP/SPRC). Sharing what worked:

1. Staff meeting before school the next morning – facts, not rumours
2. Classroom announcements read from a script, not over the PA
3. Drop-in support room staffed all day, with sign-in sheets so we could follow up
4. Screening with the Columbia (C-SSRS) for any student who'd been close
5. Avoiding memorials that glamorize (no permanent plaques, per the toolkit)

What didn't work: social media. Students posted on Snapchat and TikTok within an hour. We had no plan for that.

Now I'm trying to build a Sources of Strength program for next year. Anyone implemented it in a big (2,000+) school? Also wondering about the 988 rollout – have your students actually used it?""",
        [],
    ),
    (
        "b9b-023",
        """Keyworker reflection – homeless services, east of Ireland

Worked with a 23-year-old woman in emergency accommodation for ~4 months. Saoirse has a history of care placements from age 11 and came to us after a relationship breakdown. Currently in a hostel off Cork Street, shares a room, says she sleeps with her shoes on.

She's been engaging with the addiction counsellor for benzo use (street 'blues'). She disclosed childhood sexual abuse last session; I contained and referred but I'm not a therapist and I'm worried about what I've opened.

Practical: her PPSN is 8765432WA for the HAP form, and her appointment at the Community Welfare Office is on 11 March. She asked me to come with her.

Q for the therapists here: how do I stay trauma-informed (I'm reading Herman, and the Sanctuary Model stuff) without acting like her therapist?""",
        [
            ("Saoirse", "name"),
            ("Cork Street", "place"),
            ("8765432WA", "id_number"),
            ("11 March", "date"),
        ],
    ),
    (
        "b9b-024",
        """Referral letter template / discussion – CAMHS, Ireland

Would appreciate eyes on how I've framed this (all details removed or altered):

"Dear Colleague,
I am referring a 13-year-old girl with a 6-month history of low mood, social withdrawal and recent superficial self-harm. She is in first year of secondary school. Her RCADS depression subscale is in the clinical range (T = 74). There is a family history of bipolar disorder on the paternal side. She has engaged with the school guidance counsellor and with a youth mental health service, who have recommended specialist assessment. There are no child protection concerns at present; Tusla is not involved. She would benefit from assessment for a depressive disorder (ICD-11 6A70) and consideration of family-based intervention."

My question is whether mentioning the family bipolar history will fast-track or complicate. Our local CAMHS team has a 9-month wait. Also, the Maskey report has everyone on edge about prescribing, so I'm wondering if fluoxetine is even on the table.""",
        [],
    ),
    (
        "b9b-025",
        """Settlement agency counselling, Ontario – consult request

Client is Kwame, 27, came from Ghana on a study permit and is now out of status after his college closed. Working cash shifts, says he used to be at Tim Hortons but his manager "stopped scheduling me when my papers ran out." Lives in a shared basement unit in Brampton with five other guys.

Presenting: low mood, guilt about money he sends home, panic at night. PHQ-9 18. No SI. Faith is important (Methodist).

He showed me a letter with his SIN, 046 454 286, and asked whether he can still use it. Outside my lane – referring to the legal clinic.

What I'd love input on: he frames his distress as a spiritual failure. Anyone with experience integrating faith meaningfully for West African men? I've read some of the culturally adapted CBT literature (Hinton, Naeem) but it's mostly South Asian and Cambodian samples.""",
        [
            ("Kwame", "name"),
            ("Tim Hortons", "organisation"),
            ("Brampton", "place"),
            ("046 454 286", "id_number"),
        ],
    ),
    (
        "b9b-026",
        """DAP – session 11, adult, ACC sensitive claims

D: Client, 38, attending under ACC for historical sexual abuse. Reports a flashback on Sunday triggered by the smell of aftershave in a supermarket. Used 5-4-3-2-1 grounding and left the shop; proud she didn't dissociate fully. Sleeping 5–6 hours with zopiclone 7.5mg most nights. DES-II screen earlier was 28.
A: Continuing phase 1 of phase-oriented treatment (Herman; ISSTD guidelines). Window of tolerance expanding. Not yet ready for processing.
P: Next session – introduce the Safe Place exercise from EMDR resourcing; review sleep hygiene; liaise with GP re: zopiclone taper plan. Complete ACC progress report (due end of month). Reminded about 1737 and Safe to Talk (0800 044 334) for after hours.""",
        [],
    ),
    (
        "b9b-027",
        """Vet Center counselor, looking for consult on moral injury.

Male veteran, late 30s, served with 3rd Battalion, 1st Marines, two deployments. He keeps circling back to a specific day, 11/15/2004, during the second battle of Fallujah — a house clearing where a civilian was killed. Not classic fear-based PTSD; it's guilt and disgust. PCL-5 = 52.

He now drives for a trucking company out of Bakersfield and sleeps in the cab most nights, which means sessions are by phone at odd hours. His wife, Lupe, joined one session and said he "came home but left himself over there."

I've done CPT with him (he found the stuck points useful but the impact statement gutted him). Looking at Adaptive Disclosure (Litz) next. Anyone combined that with chaplaincy or a veteran peer group? He's Catholic, lapsed.""",
        [
            ("3rd Battalion, 1st Marines", "organisation"),
            ("11/15/2004", "date"),
            ("Fallujah", "place"),
            ("Bakersfield", "place"),
            ("Lupe", "name"),
        ],
    ),
    (
        "b9b-028",
        """Consultation request — older adult, anticipatory grief

Telehealth via Doxy.me with an 86-year-old retired railroad man caring for his wife (83) with Lewy body dementia. He's exhausted, irritable, ashamed of the irritability. GAD-7 12, PHQ-9 10. Zarit Burden Interview 44.

He's a veteran (Korea era, "just missed it", he says), Lutheran, "not a talker". Our sessions are mostly him telling stories about trains. I'm letting that be the work – Butler's life review, Erikson's integrity vs despair.

Practical stuff: Medicare covers our sessions (90834, plus 99354 when we ran long – yes I know that changed), and I've connected him with the Area Agency on Aging for respite. The hospice conversation is coming.

What I'd love: any experience with dignity therapy (Chochinov) with a caregiver rather than the dying person? He says he wants to "leave something" for the grandkids about what it was like to love her this long. Thanksgiving will be the first one where she doesn't recognize anyone.""",
        [],
    ),
    (
        "b9b-029",
        """Counselling service, FE college (Wales) – safeguarding-adjacent consult

17yo student, Bethan, being harassed online by an ex. He made an account called xXgr1mreap3rXx on Discord and keeps joining servers she's in. She's anxious, not sleeping, GAD-7 of 17, avoiding the common room.

She's done some digging herself and found an IP address from a link he clicked – 86.142.19.207 – and wants me to "do something with it". I've explained that's a police matter, and the DSL is aware.

My question is about the therapy side: she's caught in rumination loops, checking Discord 40+ times a day. I'm thinking of a metacognitive angle (Wells – worry postponement, attention training) rather than pure CBT thought records. Has anyone found that works with 16–18s? Also open to thoughts on how to keep sessions from becoming an evidence-gathering exercise.""",
        [("Bethan", "name"), ("xXgr1mreap3rXx", "handle"), ("86.142.19.207", "ip")],
    ),
    (
        "b9b-030",
        """University counselling service (England) – consult on a student with OCD

Second-year undergrad, 20, contamination OCD that has escalated since moving into halls. Y-BOCS 28. Washing up to 3 hours a day, hands cracked and bleeding, avoiding the shared kitchen and living mostly on Huel. Disclosed intrusive harm thoughts in the last session too – checked carefully, clearly ego-dystonic.

We offer a six-session model and she needs ERP at a dose we can't give. I've referred to NHS Talking Therapies (step 3) and the GP is reviewing sertraline, currently 100mg. In the meantime:
- Psychoeducation using Veale & Willson's Overcoming OCD
- Starting a hierarchy, with a couple of low-rung exposures (touching the kitchen door handle, delaying washing by 5 min)
- Liaising with Disability Services about mitigating circumstances for the January exams

Is it worth starting ERP at all if I can't finish it? I worry about leaving her mid-hierarchy. Also, any recommended apps? She uses Headspace already, not sure it helps.""",
        [],
    ),
    (
        "b9b-031",
        """re: your post about the teen who keeps texting between sessions –

lol i have one right now too. 16yo, texts me at 11pm like "can u talk". we set a boundary in session that the text line is for scheduling only and she said "fine i'll just text jamie then" — jamie being the 19yo guy she's been seeing, who i'm increasingly worried about. her mum Hope found their messages and it's been a blow-up since.

what's helped me:
- having the after-hours plan written down (988, crisis text line, ED)
- reviewing it every session not just once
- naming the pull I feel to rescue

also fwiw she had a big rupture with me on 3/14 when I was 10 min late and we repaired it the next week, which honestly was the best session we've had. Safran & Muran stuff really does work.

hang in there""",
        [("jamie", "name"), ("Hope", "name"), ("3/14", "date")],
    ),
    (
        "b9b-032",
        """Perinatal psychiatry consult – Ontario tertiary hospital

Patient in her 3rd trimester (34 weeks), G2P1, with bipolar I, stable on lithium 900mg/day pre-pregnancy; levels monitored every 2 weeks now, last 0.7. Previous postpartum episode after her first delivery. Partner supportive; mother-in-law moving in for the first month.

Our plan:
- Lithium continued through pregnancy with dose adjustment around delivery (per CANMAT/ISBD guidance)
- Protect sleep postpartum: partner does night feeds with expressed milk or formula
- Early warning signs list shared with family
- Postpartum follow-up at day 3, week 1, week 2

What I want input on: she wants to breastfeed. The LactMed data on lithium is mixed and our paeds team is cautious. Anyone from a centre that supports breastfeeding on lithium with infant level monitoring? Also curious whether anyone has used a reproductive life plan approach with bipolar patients. EPDS at 32 weeks was 8.""",
        [],
    ),
    (
        "b9b-033",
        """Supervision notes (my own), NZ – family violence context

Client: Hemi, 44, self-referred after a protection order was made against him. Attending a stopping violence programme alongside individual sessions with me. Lives in Whanganui, works as a mechanic.

Session 5 content: he described following his ex-partner's car "just to see where she was going." He could recall the plate (KPT482) which tells me he's been tracking it. He minimises ("just driving"). I named it as a breach risk and he got defensive.

My countertransference: anger, then a pull to be the good cop. Supervisor suggested I reread Jenkins (Invitations to Responsibility) and keep returning to his own stated values – being a good dad to his boys.

Safety: I've let the programme facilitator know per our information-sharing agreement. Wondering how others hold the therapeutic alliance with men who use violence without colluding.""",
        [("Hemi", "name"), ("Whanganui", "place"), ("KPT482", "id_number")],
    ),
    (
        "b9b-034",
        """Notes from our ED MH liaison team's journal club

Paper: Hawton et al. on self-harm repetition; plus a discussion of the NICE self-harm guideline (NG225) dropping risk scales.

Takeaways for us:
• Stop relying on the SAD PERSONS score – it doesn't predict
• Psychosocial assessment for everyone presenting with self-harm, not just "high risk"
• Safety Planning Intervention (Stanley & Brown) done with the person, not to them
• Brief contact interventions (postcards, texts) have some evidence

Case that prompted it (heavily altered): young man, early 20s, third presentation in 6 months after cutting, triaged ATS 3, waited 7 hours, left before being seen. We called him the next day. He said, "Every time I come in I get told I'm low risk and sent home."

Actions: audit DNW rates for MH presentations over the last quarter; revisit our Mental Health Act 2014 (Vic) transfer processes; ask about a Safe Haven Café model like the ones running in other states.""",
        [],
    ),
    (
        "b9b-035",
        """Custody-adjacent question (I'm the treating therapist, NOT the evaluator)

Client: Brianna Kowalczyk, 34, mom of two (7 and 4), in a contested custody matter, Case No. 2022-DR-004417. Her attorney has subpoenaed my records. She's been in therapy with me for 18 months for postpartum depression that became more chronic; EPDS initially 21, recent PHQ-9 6.

The ex's attorney is framing her depression history as unfitness. Her support system is mostly St. Casimir's Parish – she volunteers at their food pantry on Saturdays.

I've talked to my liability carrier. I'm planning to assert privilege and, if compelled, provide a treatment summary rather than full notes. I'm also aware of the dual-role problem (Greenberg & Shuman, "irreconcilable conflict") and won't opine on custody.

Questions:
1. Has anyone written a treatment summary that helped without overstepping?
2. How did you prep the client for the possibility that her records get read aloud?""",
        [
            ("Brianna Kowalczyk", "name"),
            ("2022-DR-004417", "id_number"),
            ("St. Casimir's Parish", "organisation"),
        ],
    ),
    (
        "b9b-036",
        """Resettlement agency, mental health program – group reflection

We run a psychoeducation group for Afghan women who arrived after the 2021 evacuation. Sessions in Dari and Pashto with interpreters, twice a month, with childcare. Women range from 19 to their 60s.

Format that works:
- Tea first, always
- Body-based stabilization (we adapted Capacitar exercises)
- Normalizing stress responses with the "tree" metaphor rather than "trauma" language
- Ending with a collective dua if the group wants

Measures: we use the RHS-15 at intake; about 70% screen positive. We don't push formal therapy; people come to individual sessions when they're ready.

Challenges: trust around paperwork (USCIS, parole status), and winter isolation. Eid was a lovely group session – food, henna, a lot of laughter. Ramadan was harder; energy was low.

Anyone running similar groups want to swap materials? Particularly interested in anything adapted from Problem Management Plus (WHO).""",
        [],
    ),
    (
        "b9b-037",
        """Aged-care psych consult (Victoria) – depression vs dementia?

Resident aged 94, Greek-born, widowed, moved into residential care at Bupa Mitcham after a stroke. Stavros was a greengrocer for 50 years and is described by staff as "the man who sits by the window and won't eat." GDS-15 = 11. Cornell Scale also elevated. RUDAS 19/30 but heavy language barrier – assessed through his granddaughter, which isn't ideal.

He says he wants to "go to Kalamata to die" – unclear whether this is SI, a wish to return home, or both. No plan. GP has started mirtazapine 15mg nocte, which helps sleep and appetite.

Ideas I'm considering: reminiscence therapy with a Greek-speaking volunteer, Greek Orthodox chaplaincy, and advocating for meals that are actually familiar.

Anyone doing psychological work under the aged-care MBS items in RACFs who can share what's been feasible?""",
        [
            ("aged 94", "age"),
            ("Bupa Mitcham", "organisation"),
            ("Stavros", "name"),
            ("Kalamata", "place"),
        ],
    ),
    (
        "b9b-038",
        """Replying to the thread about DASH risk assessments –

Agree with the poster above that the DASH isn't a clinical tool and shouldn't be treated like one. In our service (a women's refuge charity in the Midlands) we use it at intake and then the IDVA takes over. The counselling side is separate on purpose.

For the client you describe – coercive control, no physical violence yet, high score on the jealousy items – I'd still refer to MARAC if your professional judgement says high risk, even if the score is below 14. Stark's Coercive Control is essential reading if your team hasn't.

Also worth remembering Clare's Law requests, and that the National Domestic Abuse Helpline is 0808 2000 247 if she wants to talk to someone out of hours. Boxing Day and New Year's Eve are our busiest nights, fwiw.

Happy to share our safety planning template.""",
        [],
    ),
    (
        "b9b-039",
        """Private practice, Québec (writing in English for the forum, pardon the franglais)

Geneviève, 58, referred by her médecin de famille for complicated grief after her husband's death. Very structured woman, retired teacher. Lives in Trois-Rivières. What has struck me: she talks more about their dog, Biscuit, who died two months after him, than about her husband. Prolonged grief disorder criteria met (DSM-5-TR, 12+ months).

She emails me long letters between sessions from gen.lapointe22@hotmail.com and asks me to respond in writing. I've said I'll read but respond in session. She's accepted that.

Considering Shear's Complicated Grief Treatment – imaginal revisiting seems like it would be too much right now. Anyone done CGT in French, or adapted it for a client who grieves "sideways" through a pet?""",
        [
            ("Geneviève", "name"),
            ("Trois-Rivières", "place"),
            ("Biscuit", "name"),
            ("gen.lapointe22@hotmail.com", "email"),
        ],
    ),
    (
        "b9b-040",
        """Consult: gender-affirming care letter, private practice (Pacific Northwest)

Adult client, 27, nonbinary (they/them), requesting a letter for top surgery. We've worked together for 8 months, initially for social anxiety (LSAS 78, now 51). Gender dysphoria (F64.0) well documented; they've been on testosterone for 2 years via an informed-consent clinic.

Following WPATH SOC-8, one letter from a qualified professional is sufficient for adults. I've drafted it including: duration of relationship, diagnosis, capacity for informed consent, and that mental health concerns are reasonably well controlled.

My question is about insurance. Their plan (a large national insurer) wants documentation of "12 months of continuous hormone therapy" and a "persistent, well-documented" history, which we have, but they also ask for a psychosocial assessment form that feels gatekeepy. How have others handled this without pathologizing?

Also — Pride month is coming and they're nervous about family at a June wedding. We're doing some values work (ACT, Hayes) around that.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind9b"}
        for i, t, items in DOCS
    ]
