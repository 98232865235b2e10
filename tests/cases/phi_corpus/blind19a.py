"""Blind batch b19a, written by a helper session without sight of the guard. Forty posts by
clinicians across the United States (rural Appalachia, the Rio Grande Valley, frontier Montana,
village Alaska, the Mississippi Delta, New England, the Pacific Northwest, Southwest and
Midwest), from community mental health centers, FQHCs, VA clinics and CBOCs, hospitals
(consult-liaison, OB, geri-psych, ED programs), schools and private and group practices, written
by LCSWs, LPCs, LMFTs, psychologists and psychiatric NPs. Genres: case presentations, SOAP, DAP
and BIRP notes, intake summaries, group and DBT skills notes, process notes, supervision
reflections, closing takeaways, billing and ethics forum replies. Twenty carry identifiers
(names including ordinary-word names and pets, towns, streets, ZIP codes, dates and birth dates,
an age over 89, phones, emails, a URL, an IP address, social handles and gamer tags, MRN,
Medicaid, insurance, student and court case numbers, employers, schools, hospitals, shelters,
care homes and a military unit); most have one to three slips, three are intake-style with
many. Twenty are clean but dense with look-alikes: cited authors and book titles, instruments
and scores, ICD-10 and CPT codes, medications and brands, payers, national hotlines and
services (988, Veterans Crisis Line, SAMHSA, PSI), states and regions, public figures, months,
weekdays and holidays without years.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged) at ecaa09f, whose second look was trained on rounds up to 18: the
rules alone 0.958, 0.745, 0.850, 0.350; with the second look (threshold 0.25) 0.931, 0.907, 0.750, 0.100.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b19a-001",
        """**Consult request: 34F, chronic depression + caregiver strain, rural eastern Kentucky**

Hi all. LCSW at a community mental health center covering four counties up in the mountains. Looking for ideas on a client I've seen for about eight months.

**Background:** 34-year-old white female, married, two kids (9 and 6). Works second shift on the line at the Tyson plant and cares for her mother, who has COPD and is on home oxygen. Husband was hurt in the mines in 2016 and has been on disability since; he's on long-term opioid therapy through a pain clinic, which is its own worry.

**Presenting:** PHQ-9 has bounced between 16 and 21 since intake. Sleep is 4-5 hours. She denies SI but says things like "if I didn't wake up it'd be easier on everybody." C-SSRS screen negative each session; safety plan on file and she has 988 in her phone.

**What we've tried:** Behavioral activation (Martell's workbook), some problem-solving therapy. She's on fluoxetine 40 mg from her PCP. She misses about a third of sessions because the drive into Hazard is 50 minutes each way and gas is expensive.

**Where I'm stuck:** Her older daughter Kaylee has started refusing school and my client feels like she is failing everyone. Every session turns into crisis triage about the family rather than her own depression.

Questions:
1. Anyone have luck with brief, telehealth-only formats for clients with spotty broadband? Our agency's platform drops constantly out there.
2. How do you keep the focus on the identified client when the family system is this loaded, without it feeling like you're ignoring real emergencies?

Thanks for reading.""",
        [("Tyson", "organisation"), ("Hazard", "place"), ("Kaylee", "name")],
    ),
    (
        "b19a-002",
        """Sharing a de-identified med management note for feedback. Psych NP at an FQHC in the Rio Grande Valley, integrated care model. Client consented to case discussion.

**S:** 52 y/o Spanish-speaking female, f/u for MDD, recurrent, moderate (F33.1) and GAD (F41.1). Visit conducted in Spanish. Reports mood "un poco mejor" since last visit. Sleeping 6 hrs with less early-morning waking. Still worrying "todo el día" about her son, who is deployed overseas. Denies SI/HI. Says the first two weeks of November are always hard: her husband died around Día de los Muertos several years ago and she builds an altar for him every year, which she describes as both painful and comforting.
**O:** PHQ-9 14 (was 19 in August). GAD-7 15 (was 17). Alert, oriented x4, tearful when discussing husband, affect congruent, TP linear. A1c 8.2 per PCP note; BP 142/88.
**A:** Partial response to sertraline 100 mg at 10 weeks. Grief component prominent; not meeting criteria for prolonged grief disorder (F43.81) given her functioning, but watching. Diabetes control likely interacting with mood and energy.
**P:**
- Increase sertraline to 150 mg daily; reviewed GI side effects and activation.
- Warm handoff to our BHC for 4-6 sessions of problem-solving therapy, in Spanish.
- Coordinate with PCP re: metformin adherence; she rations test strips because her Medicaid lapsed for two months this spring.
- Gave 988 (Spanish option) and the clinic's after-hours line.
- RTC 4 weeks. Billed 99214 + 90833.

Question for the group: for clients whose grief is held in ritual and family, do you find the PG-13-R or the ICG useful, or do they pathologize? I don't love handing a Prigerson scale to someone who is doing exactly what her tradition asks of her.""",
        [],
    ),
    (
        "b19a-003",
        """**Case consult: CPT stalled at session 7 (VA outpatient PTSD clinic)**

Psychologist on a PCT at a VA medical center in the Southeast. Veteran is a 41M, Army, two Iraq deployments, rated 70% SC for PTSD. PCL-5 at intake 61; at session 6 it was 54. Not nothing, but he's plateaued.

His index event is the convoy attack on October 3, 2006, when his vehicle commander was killed. He served with the 3rd Brigade, 1st Cavalry and talks about the unit constantly; most of his stuck points are about loyalty ("I should have been in the lead truck," "If I get better I'm leaving them behind").

The hitch: his wife Darlene sits in the waiting room every session and he reports she "reminds him" of things afterward, including material from the impact statement, which he reads to her. He says it helps. I'm not sure it isn't feeding avoidance and safety behaviors. He's declined CBCT for PTSD (Monson and Fredman's couples protocol) so far.

Other relevant: prazosin 6 mg qhs from his psychiatrist (nightmares improved), AUDIT-C of 5, no current SI, firearms stored in a safe with the key held by his brother; we revisit lethal means monthly.

Questions:
- Anyone moved to CPT+A (with the written account) mid-stream after stalling? Resick's manual says it's fine but I've never done it.
- Would you switch to PE at this point, or give the loyalty stuck points more Socratic time first?

Not looking to abandon CPT, just want a sanity check before my consult with my supervisor on Thursday.""",
        [
            ("October 3, 2006", "date"),
            ("3rd Brigade, 1st Cavalry", "organisation"),
            ("Darlene", "name"),
        ],
    ),
    (
        "b19a-004",
        """**Consultation: 14yo with self-harm disclosed to a teacher (school-based, suburban Ohio)**

I'm an LPC embedded in a middle school through our county's school-based mental health partnership (employed by the agency, not the district, which matters for records). Eighth grader, assigned female at birth, uses they/them. A teacher saw superficial cuts on their forearm during PE and walked them to my office, which was the right call.

What I did: C-SSRS screener showed passive SI in the past month, no plan, no intent, no prior attempts. Cutting started last spring, about twice a week, mostly Sunday nights. Completed a Stanley-Brown safety plan with them, called a parent the same day per our protocol, and referred to our outpatient side for DBT-A (Rathus & Miller).

Where I want input:
1. The parent was supportive on the phone but then said "I don't want this in their school file." I explained that my notes live in the agency EHR, not the cumulative file, and FERPA vs. HIPAA gets murky here. How do you all explain this to families in plain language?
2. The student doesn't want their parent told about their pronouns, and the parent uses their birth name. I did NOT disclose; the safety call was only about self-harm. But I'm anxious about what happens if the parent asks me directly.
3. Teachers want a "504 plan for anxiety" and I'm not sure that's what this kid needs right now. Honestly the most protective thing in their life seems to be marching band.

They got through Thanksgiving break OK with the safety plan, but winter break is two and a half weeks and that's what worries me. Everyone knows 988, but I also want them to have something that isn't a crisis line. Ideas welcome.""",
        [],
    ),
    (
        "b19a-005",
        """Intake summary, posting to our group's consult thread before I move it into the chart. (Shout if anything here shouldn't be in the thread.)

**Client:** Marcus Whitfield, 35M
**DOB:** 04/17/1989
**Address:** 2216 Alvarado St, Apt 3, Los Angeles, CA 90026
**Phone:** (213) 555-0148
**Email:** mwhitfield.sound@gmail.com
**Insurance:** Anthem Blue Cross PPO, member ID XKE884520113
**Referring provider:** Dr. Priya Raman (PCP)
**Employer:** sound editor at Paramount; currently on short-term disability

**Presenting problem:** Panic attacks for about six months, escalating after an attack on a mixing stage that ended in an ambulance ride. Since then he avoids freeways and the studio lot and has been on leave for 7 weeks. PDSS 18, PHQ-9 11, GAD-7 16. Denies SI. Drinking 3-4 beers most nights "to come down"; AUDIT 10.

**Relevant history:** Parents divorced when he was 8; father drank. Played in a band through his 20s. Long-term partner, Devon, very supportive, has offered to come to sessions. No prior therapy. Tried hydroxyzine from his PCP: "made me a zombie."

**Impression:** Panic disorder (F41.0) with agoraphobic avoidance, consider agoraphobia (F40.00); r/o alcohol use disorder, mild.

**Plan:** Weekly CBT for panic (interoceptive exposure, Craske & Barlow's MAP workbook), structured alcohol monitoring, coordinate with Dr. Raman re: an SSRI. Discuss a phased return-to-work plan with HR and the disability carrier once he signs the ROI.

Would love thoughts on whether to bring the partner in early or keep it individual for now.""",
        [
            ("Marcus Whitfield", "name"),
            ("04/17/1989", "date"),
            ("2216 Alvarado St, Apt 3", "place"),
            ("Los Angeles", "place"),
            ("90026", "place"),
            ("(213) 555-0148", "phone"),
            ("mwhitfield.sound@gmail.com", "email"),
            ("XKE884520113", "id_number"),
            ("Priya Raman", "name"),
            ("Raman", "name"),
            ("Paramount", "organisation"),
            ("Devon", "name"),
        ],
    ),
    (
        "b19a-006",
        """Anyone else find the Gottman and EFT frames pulling in opposite directions with high-conflict couples?

Context: LMFT in a group practice in the Pacific Northwest. Couple in their late 30s, together 11 years, two kids under 5. Referred by her individual therapist after a fight at a birthday party that ended with him sleeping in the car. No physical violence by either report. I screened them separately with the HITS and a semi-structured interview, and I don't see coercive control, but I'm watching.

I did the Gottman assessment (the Relationship Checkup questionnaires plus the oral history interview). Lots of criticism from her, stonewalling from him, contempt on both sides, and they flood fast; his pulse hit 110 in session when I had them check. Textbook Four Horsemen. So my instinct was to teach physiological self-soothing and softened startup, do the dreams-within-conflict work, etc.

But when I slow it down the way Sue Johnson would, what's underneath is so clearly attachment panic. She pursues because she feels alone with the kids; he withdraws because he's sure he's failing her. When I tracked the cycle in session 4 and named it ("the cycle is the enemy, not each other"), she cried and he reached for her hand. Biggest moment so far.

So now I'm second-guessing the skills focus. Does teaching them to take a 20-minute break just give him a structured way to withdraw? Or is it necessary scaffolding before they can tolerate stage 2 EFT work?

I've read Hold Me Tight and The Seven Principles for Making Marriage Work more times than I can count, and I've done Gottman Level 2 and the EFT externship, so I'm not after a reading list. More how people actually integrate these in practice. Do you sequence them? Blend them? Pick one and commit?""",
        [],
    ),
    (
        "b19a-007",
        """Oof, I feel this one. Had almost the identical situation last year with a 17-year-old: the social media piece was driving everything and I kept treating it as background noise.

A few thoughts (LPC, group practice in Colorado, mostly teens):

- Ask to see it, with them. I don't mean surveillance; I mean "would you be willing to scroll with me for five minutes?" My client eventually pulled up her finsta, @lexirose.bakes, in session and went quiet on one comment thread. That ten minutes told me more than six weeks of "how was your week."
- Check body image content specifically. The algorithm goes from baking videos to "what I eat in a day" frighteningly fast.
- Haidt's The Anxious Generation is being quoted to me by every parent right now; fine as a conversation starter, not as the whole frame.

Keep us posted!""",
        [("@lexirose.bakes", "handle")],
    ),
    (
        "b19a-008",
        """DAP note (de-identified), CMHC satellite office, rural Montana. Sharing because our team disagrees about level of care.

**D:** 29 y/o male, session 5, self-referred after a second DUI (court-ordered eval completed elsewhere). Reports methamphetamine use "most weekends," alcohol 10-12 beers on use days. Last use Saturday. Works seasonal ranch and construction jobs; says winter is when use escalates because there's no work from about November to March. Lives with his girlfriend and her two kids. Describes paranoia when coming down ("thought the neighbors were watching the house"), resolved within 48 hrs, none currently. Denies SI/HI. Says "I'm not an addict, I just can't stop on weekends."
**A:** Meets criteria for stimulant use disorder, moderate (F15.20) and alcohol use disorder, moderate (F10.20). ASAM dimensions: withdrawal risk low, biomedical low, emotional/behavioral moderate (substance-induced psychotic sx by history), readiness contemplative, relapse potential high, recovery environment mixed (girlfriend doesn't use, his friends do). Clinically he's a 2.1 IOP fit. The nearest IOP is 2.5 hours away, so in practice we're looking at level 1.0 with increased frequency plus telehealth groups.
**P:** MI-focused sessions weekly; contingency management if our grant-funded CM program has a slot (prize-based, per Petry's model). Referred to our prescriber to discuss naltrexone for the alcohol; he's more open to the monthly Vivitrol shot than daily pills. UDS next session. Gave him the SAMHSA National Helpline and the regional AA/NA meeting list, which he laughed at.

For the group: how are other frontier-county clinicians handling the gap between what ASAM says and what actually exists within driving distance? I don't want to document "IOP recommended, client declined" when the truth is that IOP functionally doesn't exist for him.""",
        [],
    ),
    (
        "b19a-009",
        """**C-L psychology consult, medicine floor: delirium vs. dementia vs. depression in a 93-year-old**

Consult-liaison psychologist at an academic hospital in Maryland. The hospitalist team asked me to weigh in on "capacity and depression" in a 93-year-old widowed woman admitted with a UTI and a fall.

What I found: CAM positive on day 2 (acute change, inattention, disorganized thinking). MoCA on day 4 was 17/30, but she was still fluctuating, so I don't trust it. GDS-15 of 9, though several items are confounded by being in a hospital bed. She's hard of hearing and her hearing aids were left in the ED, which nobody had noticed until I asked.

Her daughter Ruthanne (lives locally, health care POA) says that before admission her mother was "sharp as a tack," did the crossword, managed her pills with a weekly organizer. She has lived in assisted living at Sunrise of Bethesda for three years, and staff there apparently told the daughter she'd been "more withdrawn" since the summer.

The team wants to know if she has capacity to decide between going back to AL vs. SNF rehab. She clearly states she wants to go "home" (meaning her apartment there) and can give reasons, but can't retain information about her fall risk for more than a few minutes.

My current thinking: I'm not going to opine on capacity while she's delirious. Recommending the delirium bundle (glasses and hearing aids in, lights on during the day, minimize overnight vitals, avoid the prn lorazepam someone ordered), re-evaluate in 3-5 days, and then use Appelbaum's four abilities for the specific decision. The depression piece I'd flag for follow-up once she's cleared.

Does anyone push back when the team wants a capacity opinion "before the weekend" so they can discharge? How do you hold that line?""",
        [("93-year-old", "age"), ("Ruthanne", "name"), ("Sunrise of Bethesda", "organisation")],
    ),
    (
        "b19a-010",
        """Supervision reflection, posting because my supervisor suggested writing this up for the group.

I'm a post-doc at a university counseling center in the South. For weeks I've been dreading Tuesdays at 2:00. The client is a graduate student who is brilliant, funny, and relentlessly devaluing: of the program, of her advisor, and lately of me ("you're very nice but I'm not sure you're getting it"). Last week she mentioned she'd googled my dissertation. I felt exposed and, embarrassingly, a bit competitive.

In supervision we used Yalom's idea from The Gift of Therapy about the here-and-now: what is happening between us is data, not an obstacle. My supervisor also pointed me back to Winnicott, that the client needs to be able to "destroy" the object and find that it survives. I've been so busy proving I'm competent that I haven't let myself survive anything.

What I tried this week: "I notice that when I offer something, you tell me it's not quite right, and I find myself trying harder. I wonder if that happens in other relationships." Long silence. Then she talked for the first time about her father, a professor who marked up her school essays in red pen at the kitchen table when she was nine.

I don't want to turn this into a neat insight story. She came in the next week and said the session had been "a little therapist-y." Fair. But something moved.

Questions I'm sitting with:
- How much disclosure of my own reactions is useful vs. burdening? (Rereading Maroda on this.)
- With Memorial Day weekend and the end of the semester coming, we have about four sessions before she leaves campus for the summer. Do I name the ending now?""",
        [],
    ),
    (
        "b19a-011",
        """Group note: adult IOP, process group, Wednesday. De-identified version for our team's peer review thread; members referred to by initials as usual.

**Attendance:** 7 of 9 (one excused for a medical appt, one no-show; outreach call made).
**Theme:** Asking for help without feeling like a burden.

**Process:** Opened with a 0-10 mood check-in, average 5. R.T. shared that she has been sleeping in her car behind a gas station on Indian School Road since her lease ended and hadn't told anyone in group because she "didn't want to be the sad story again." Several members responded warmly. D.M. offered to share resources, which the facilitator redirected to after group given our boundary norms. Marisol said she'd been in that exact spot two years ago; it was the first time she'd spoken in group without being prompted, a real moment.

J.K. became irritable when the discussion stayed on housing ("this is supposed to be therapy, not social services"). Facilitator reflected the frustration and linked it to the theme: needing practical help can feel less legitimate than needing emotional help. J.K. softened somewhat.

**Interventions:** Process comments, linking, universalizing (Yalom's therapeutic factors; universality and instillation of hope were very live today). Brief grounding exercise at close.

**Risk:** R.T. screened after group, denies SI, agreed to meet with the case manager Thursday about rapid rehousing and coordinated entry. No other risk concerns.

**Plan:** Continue the theme next week. Facilitators to discuss how to manage advice-giving without shutting down genuine mutual aid.""",
        [("Indian School Road", "place"), ("Marisol", "name")],
    ),
    (
        "b19a-012",
        """Psych NP question re: lamotrigine titration in a client already on valproate. Want a gut check.

Outpatient practice in Oregon, independent prescriptive authority. 38F with bipolar II (F31.81), currently depressed. On divalproex ER 1000 mg qhs (level 68 last month) and quetiapine 50 mg for sleep; she tried and stopped lithium because of tremor and weight gain. Depressive episodes are the real disability for her; hypomanias are brief and fairly mild by her and her partner's report. MDQ positive at intake years ago; current QIDS-SR 17.

I'd like to add lamotrigine. I know the rule: valproate roughly doubles lamotrigine levels, so the titration is halved, 25 mg every other day for two weeks, 25 mg daily for weeks 3-4, then slow increases toward a target around 100 mg rather than 200. Stahl's Prescriber's Guide and the Maudsley Prescribing Guidelines agree.

What I'm less sure about:
1. Would you taper the valproate instead? She's of reproductive age, and though she's not planning a pregnancy and has a Nexplanon, I'm uneasy keeping her on Depakote long-term.
2. How hard do you counsel on rash? I give the SJS/TEN talk and a printed handout and tell clients to stop and call if a rash appears in the first 8 weeks. Some colleagues say stop for ANY rash, which leads to a lot of unnecessary discontinuations.
3. Anyone using cariprazine or lumateperone for bipolar II depression instead, given the lamotrigine lag?""",
        [],
    ),
    (
        "b19a-013",
        """School social worker, large urban district in the Midwest. Quick consult on a mandated reporting judgment call. I'm fairly sure I need to call, but want to think out loud.

Sophomore, 15, on my caseload for attendance (student ID 20417793 if anyone from our district team is reading this, since we've staffed him before). He's missed 22 days this semester. Today his English teacher, Ms. Okonkwo, pulled me aside because he fell asleep in class, and when she woke him he flinched and said "don't." She noticed a bruise on the side of his neck.

When I met with him he said he got it "playing ball" and changed the subject. He did say his mom works nights and his mom's boyfriend is "in charge" after school. He takes two buses to get to Lane Tech because he tested in and doesn't want to lose his spot, which is honestly why I believe him when he says school is the good part of his day.

I know reasonable suspicion is the bar, not certainty, and the bruise location plus the flinch plus who supervises him is probably enough. What I'm struggling with:
- He begged me not to "make it worse." How do you talk with teens about a report before you make it, without promising anything you can't deliver?
- Our admin wants to be notified before any hotline call. My understanding is that admin notification doesn't replace my individual duty and can't delay the call. Is that everyone else's understanding in Illinois?

Appreciate you all.""",
        [("20417793", "id_number"), ("Okonkwo", "name"), ("Lane Tech", "organisation")],
    ),
    (
        "b19a-014",
        """**Closing reflections: EMDR for a single-incident trauma, 12 sessions**

LPC in a small group practice in Georgia. Closing this case this week and writing up takeaways, partly for me and partly because a few of you helped at the halfway point.

**Quick recap:** 46-year-old man, high school teacher, referred by his PCP about eight months after a serious crash on the interstate (rear-ended by a semi; no fatalities). PCL-5 at intake 58, driving avoidance so severe that his wife had been driving him to work. No prior trauma history of note, good social support, no substance concerns.

**What we did:** Two sessions of history and preparation, including Resource Development and Installation and a calm-place exercise he rolled his eyes at and then used daily. Eight sessions of reprocessing following Shapiro's standard three-pronged protocol: past (the crash), present (triggers: brake lights, the hiss of air brakes), future template (merging onto the highway). Two sessions of in-vivo driving practice and wrap-up.

**Outcome:** PCL-5 at session 12 was 22. He drove himself to our last session and was proud enough to show me the dashcam he'd bought.

**Takeaways:**
1. I almost skipped prep because he was so "high functioning." Glad I didn't; his first reprocessing session got really activated and the RDI resources were what brought him back.
2. The plain cognitive interweave "Where are you now?" did more than any of my fancy ones.
3. The PCL-5 drop lagged his behavior change by about two sessions. I'm going to stop panicking when scores don't move right away.
4. He read The Body Keeps the Score midway and it spooked him ("am I going to carry this forever?"). Next time I'd talk about it first or suggest something gentler.

He plans to drive to his in-laws' over the Fourth of July, the longest trip he's done in a year. We left the door open for a booster session.""",
        [],
    ),
    (
        "b19a-015",
        """BIRP, outpatient co-occurring program, session 9. Sharing for the peer review thread as asked.

**B:** Client (31F) arrived 10 min late, appeared tired, casually dressed, good hygiene. Reported using heroin/fentanyl once last weekend, her first use since her overdose on 3/14. Disclosed this at the start of session without prompting. Tearful, ashamed: "I ruined it." Reports taking buprenorphine 16 mg daily as prescribed otherwise; missed two doses before the use. Denies SI. Has Narcan at home and her roommate knows where it is.
**I:** Used MI to explore the lapse without judgment; normalized the lapse vs. relapse distinction (Marlatt's relapse prevention model). Chain analysis of the lead-up: phone argument with her mother, skipped dose, cravings, texted an old contact. Reinforced disclosure as a recovery behavior. Reviewed overdose risk given lowered tolerance and the Never Use Alone hotline.
**R:** Client engaged in the chain analysis and identified the skipped dose as the "real" turning point. Stated intent to tell her prescriber. Agreed to delete the contact in session and did so.
**P:** Coordinate with prescriber (ROI on file) re: missed doses and possible switch to Sublocade. Increase to twice weekly for 3 weeks. Next session Friday. Add "call sponsor before skipping a dose" to her coping card.""",
        [("3/14", "date")],
    ),
    (
        "b19a-016",
        """Billing nerd reply incoming. This comes up constantly in our practice, so here's where we've landed (not legal or billing advice; check your own payer contracts):

- 90791 for the intake, then 90837 for 53+ minute sessions, 90834 for 38-52. Several payers have been auditing practices that bill 90837 for nearly every session, so document start and stop times. Optum sent our group a letter last year flagging "high utilization" of 90837.
- Family sessions: 90847 with the client present, 90846 without. If it's really couples work and only one partner carries the diagnosis, that's usually 90847 under the identified client.
- Crisis: 90839 for the first 30-74 minutes, add-on 90840 for each additional 30.
- Interactive complexity (90785) is legit when you're managing a third party, e.g. a parent whose own emotions are interfering or a CPS report made during session, but it's another audit flag if overused.
- Telehealth: POS 10 for client at home, POS 02 for anywhere else, modifier 95 for most commercial payers. Medicare's telehealth flexibilities for mental health are permanent, but the in-person visit requirement keeps getting pushed back by Congress, so watch for updates every fall.
- Self-pay: the No Surprises Act requires a Good Faith Estimate for uninsured and self-pay clients. We send it through the EHR at scheduling and again each January.

And please, everyone: Z-codes (Z63.0 relationship distress, Z59.0 homelessness, Z56.x work problems) aren't billable as primary for most plans, but they're great for documenting context. Use them secondary.

Happy to share our GFE template if anyone wants it. Aetna and BCBS reviewers have both accepted it without questions.""",
        [],
    ),
    (
        "b19a-017",
        """Consultation request: custody-adjacent, trying to stay in my lane

I'm a psychologist in private practice in Wyoming, treating a 9-year-old boy for anxiety (separation anxiety plus some OCD features; SCARED parent version elevated, CY-BOCS 14). Parents are divorcing and the custody matter is active in district court (Case No. 2024-DR-0931). Mom brought him to treatment; dad consented at intake, as the temporary order requires.

Last week I received a subpoena from dad's attorney for my records and a request that I testify about "which parent the child is more bonded to." The guardian ad litem, Patricia Vanlandingham, has also called asking for my "impressions" of each parent.

I'm clear on the big picture: I'm a treating therapist, not an evaluator, and I shouldn't offer custody opinions. APA's Guidelines for Child Custody Evaluations in Family Law Proceedings and the Specialty Guidelines for Forensic Psychology are pretty explicit about role conflicts. I've only met dad once, at the intake.

My questions:
1. For those who've been through it, did you respond to the subpoena yourself or through an attorney? My malpractice carrier (The Trust) offers a free risk consult; it's scheduled but not until next week.
2. Has anyone asked the court directly for a protective order limiting disclosure? Judge Halvorsen apparently has a reputation for wanting to hear from therapists.
3. How do you keep treatment safe for the child when he knows "my therapist might have to talk to the judge"? He asked me point-blank on Monday if I was going to "pick" mom or dad.

We meet again Thursday and I'd like to have some language for him by then.""",
        [("2024-DR-0931", "id_number"), ("Patricia Vanlandingham", "name"), ("Halvorsen", "name")],
    ),
    (
        "b19a-018",
        """Process note, session 34. Psychodynamic psychotherapy, twice weekly, private practice in the Northeast. De-identified for my consultation group.

Client (late 20s, works in finance) arrived four minutes late, which she hasn't done in months. Sat down and immediately began telling me a dream: she was at a Taylor Swift concert in a huge stadium, but she'd been given the wrong ticket and had to watch from a hallway through a crack in the door. She could hear the crowd singing every word. She woke up "furious, not sad."

I noticed I wanted to interpret quickly: the hallway, the excluded child, her older sister who was always "the one everyone watched." I held off and asked what came to mind about the door. She said, "It's like here. You're in the room but I'm always in the hallway. I can hear you with your other clients through the wall." (The waiting area is across from my office and she has mentioned the sound machine before.)

A long silence. I said something like, "Maybe part of you feels you got the wrong ticket with me too, that someone else gets the real thing." She laughed, bitterly, and said "Obviously."

Countertransference: I felt a pull to reassure her that she matters, which I think would have closed the door she had just opened. Also some irritation at the lateness that I only recognized afterward.

I'm thinking about Kernberg's emphasis on the here-and-now transference, and Bateman and Fonagy on keeping mentalizing going rather than delivering the "right" interpretation when arousal is high. Not sure I struck the balance.

For the group: I'm away for two weeks in August. Given this material, how far in advance would you raise it? I was planning on the first week of July.""",
        [],
    ),
    (
        "b19a-019",
        """Perinatal mental health consult. LCSW on an OB/GYN team at a safety-net hospital in the Southeast.

Client: 24 years old, G2P2, 5 weeks postpartum after an emergency C-section. She delivered at Grady and was readmitted briefly for a wound infection, which is how she landed on my list. EPDS at the 2-week visit was 12; today it was 21, with item 10 scored 1 ("hardly ever" thoughts of harming herself).

Safety assessment: passive thoughts ("they'd be better off with someone who has it together"), no plan, no intent, no history of attempts. Intrusive images of dropping the baby on the stairs that horrify her; she's been avoiding carrying Nova downstairs at all. This reads much more like perinatal OCD / ego-dystonic intrusive thoughts than psychosis: no perceptual disturbance, sleeping when the baby sleeps, insight intact. Her partner, Tre, is involved and came to the visit; he's the one who said "she's not herself."

Plan so far: referred to our perinatal psychiatry clinic (3-week wait, which I'm pushing on), gave her Postpartum Support International's helpline and the National Maternal Mental Health Hotline. Discussed sertraline with the OB, who is comfortable starting it; we checked LactMed together. She's breastfeeding and was relieved to hear it's considered compatible.

Question: for those doing perinatal work, what's your go-to brief intervention for intrusive harm thoughts at a first visit? I want to normalize without sounding dismissive. I've been using Kleiman's framing from Good Moms Have Scary Thoughts (I keep a copy in my office to lend), but I'd love other language.

Also: has anyone gotten the 12-month Medicaid postpartum extension to cover perinatal psych visits without a separate auth?""",
        [("Grady", "organisation"), ("Nova", "name"), ("Tre", "name")],
    ),
    (
        "b19a-020",
        """Small-community ethics question from a telehealth LPC serving rural Alaska.

I provide telehealth to clients in several villages off the road system, contracting through a tribal health organization's behavioral health program. (I won't say which region; it's small enough that naming it would be a problem by itself.) Many of my clients are Alaska Native; I'm not. I work closely with a behavioral health aide in each community, and they are the real backbone of the system.

Situation: a client's session was interrupted because the only private room at the clinic was needed, and she finished on her phone from her cousin's house. Halfway through she mentioned, offhandedly, that the aide who sets up her sessions is her ex-partner's sister. In a community of a few hundred people, of course she is. The client says it's fine, "everyone's related here."

What I'm sitting with:
- The ACA Code of Ethics doesn't really contemplate a system where the person who books your session is inevitably connected to your client. Zur on boundaries in rural practice and Schank & Skovholt's book on small-community ethics are both helpful about clinicians, less about support staff.
- I don't want to treat the aide as a confidentiality risk; that's disrespectful and not what I've seen. But I want the client to have real choice.
- Weather. In winter, flights and connectivity both go down. Some weeks the satellite internet cuts out and it's a phone session or nothing.

What I've done: talked with the client about what she's comfortable with the aide knowing (scheduling only) and whether she'd prefer to call in from somewhere else. Consulted my supervisor. Made sure she has Careline and 988 as backups.

Anyone else working within tribal health systems: how do you talk about confidentiality in a way that respects how the community actually works?""",
        [],
    ),
    (
        "b19a-021",
        """A parent just sent me a screenshot and now I'm in a weird spot. LMFT, private practice in a Midwest suburb.

I see a 13-year-old boy for depression and social withdrawal: SMFQ in the high teens, mostly lives in his room. The one place he's socially alive is Discord and Valorant. His gamer tag is xShadowReap3rx and he's quite proud of it; he's told me his rank in session more than once.

Mom sent me a screenshot: an older player (claims to be 19) told him he was "the only one who gets me" and asked him to move to a private server. Mom has taken the phone and reported the account.

My concerns:
- Grooming patterns: isolation, special-relationship language, moving to private channels. I've pointed mom to the NCMEC CyberTipline, and we talked about preserving the screenshots rather than deleting anything.
- But taking away gaming entirely removes his one peer connection. His best friend from school, Jayden, plays in the same server, and honestly that friendship is the healthiest relationship he has.
- He's furious at his mom and told her he "hates therapy" because he assumes I told her (I didn't; she found it herself).

How would you handle the next session? I want to address safety without becoming one more adult who takes things away. I'm thinking of using some of Thorn's language on online grooming and then inviting him to teach me how his servers work. Risky? Naive?""",
        [("xShadowReap3rx", "handle"), ("Jayden", "name")],
    ),
    (
        "b19a-022",
        """FBT question: 15F, restrictive AN, phase 1, week 6. Psychologist at a hospital-based adolescent eating disorders program in New England.

Weight restoration had been going well: up about 4 kg since intake, back to roughly 88% mEBW, vitals stable, no longer needing orthostatic checks. EDE-Q global dropped from 4.1 to 3.2. Parents have been doing a remarkable job with meal support.

Then Halloween happened. Her younger siblings came home with pillowcases of candy and she had a full meltdown at dinner, with a lot of "you're making me fat" aimed at her mom. Dad, who has been the steadier of the two, gave in and let her skip the dessert portion "just this once." Weight was flat at this week's session.

I know the Lock & Le Grange guidance (parents stay in charge of food in phase 1, don't negotiate with the eating disorder, externalize it) and I've reviewed it with them. What I'm weighing:
1. Do I push hard on the one concession (it was one dessert) or treat it as a normal bump and focus on the parental alliance? Mom is furious at dad.
2. Thanksgiving is in three weeks. Extended family, a buffet, an aunt who diets constantly and comments on everyone's plate. Do you plan that as its own session?
3. She's asking to go back to soccer. The team physician says no until she's above 90% mEBW. Parents want to use it as a motivator. Some of the literature warns against making exercise contingent on weight gain, because it frames food as a means rather than a need.

FBT folks, any favorite ways to coach parents through the holidays? I've used Help Your Teenager Beat an Eating Disorder with other families and found it useful.""",
        [],
    ),
    (
        "b19a-023",
        """**New patient psychiatric evaluation (draft; please check my formulation)**

Psych NP at an FQHC in southern New Mexico. Posting the draft into the consult channel before I clean it up, sorry it's long.

**Patient:** Esperanza Lucero, 46F
**DOB:** 08/22/1978   **MRN:** 00738215
**Medicaid (Turquoise Care) ID:** 3021884610
**Address:** 1419 W Amador Ave, Las Cruces, NM 88005
**Phone:** 575-555-0137
**Emergency contact:** sister, Yolanda Lucero-Baca
**Referring:** Dr. Hector Villalobos, PCP (internal referral)

**CC:** "I can't stop shaking and I haven't slept right since the fire."

**HPI:** Kitchen fire at her home in March that destroyed part of the house; no injuries. Since then: nightmares 4-5 nights/week, exaggerated startle, avoids cooking and the smell of smoke, irritable with her teenage kids. PCL-5 47. PHQ-9 15, item 9 = 0. GAD-7 16. Drinking "a few beers" most nights to sleep; AUDIT 9. Works as a line cook at the Village Inn, which has been nearly impossible since the fire; she has missed 11 shifts.

**Social hx:** Divorced, two kids (14 and 17) at home. Her mother lives with them part of the year. Insurance payout on the house still pending; family staying in the two rooms that weren't damaged, cooking on a hot plate. Attends Mass most Sundays; says her faith is "the only thing keeping me standing." No legal issues.

**MSE:** Casually dressed, appears stated age, tremulous hands, good eye contact. Speech normal rate, mildly pressured when describing the fire. Mood "scared all the time"; affect anxious, tearful at times, reactive. TP linear and goal-directed. TC: intrusive images of the flames, guilt ("I left the pan on"), no SI/HI, no AVH, no paranoia. Cognition grossly intact. Insight good, judgment fair (alcohol use).

**Psych hx:** One prior depressive episode after her divorce, treated with citalopram by her PCP with good response. No hospitalizations, no attempts.
**Meds:** lisinopril 10 mg; OTC diphenhydramine nightly.

**Assessment:** PTSD (F43.10); MDD, single episode, moderate (F32.1); alcohol use disorder, mild (F10.10).

**Plan:** Sertraline 25 mg x 1 week, then 50 mg. Prazosin 1 mg qhs, titrate for nightmares. Stop diphenhydramine. Referral to our LCSW for CPT or written exposure therapy. Brief alcohol intervention done; revisit next visit. Safety plan reviewed; she has 988 and our after-hours number. RTC 3 weeks.

Would you start prazosin at the same visit as the SSRI, or stagger them? BP 128/82 on lisinopril.""",
        [
            ("Esperanza Lucero", "name"),
            ("08/22/1978", "date"),
            ("00738215", "id_number"),
            ("3021884610", "id_number"),
            ("1419 W Amador Ave", "place"),
            ("Las Cruces", "place"),
            ("88005", "place"),
            ("575-555-0137", "phone"),
            ("Yolanda Lucero-Baca", "name"),
            ("Hector Villalobos", "name"),
            ("Village Inn", "organisation"),
        ],
    ),
    (
        "b19a-024",
        """Adult ADHD eval question: how much weight are you giving self-report when the childhood history is thin?

Psychologist in a group practice in North Carolina; we do a lot of adult ADHD assessments and our waitlist has exploded since 2020. Client is a 33-year-old nurse, self-referred after "recognizing herself" in TikTok content. ASRS v1.1 strongly positive; CAARS self-report T-scores in the 70s for inattention and the ADHD Index; observer form from her spouse mostly in the 60s. DIVA-5: clear adult symptoms, but childhood examples are vague and she says, "I got good grades, I was just always stressed." No report cards available; her parents live overseas and she doesn't want them involved.

Complicating factors: GAD-7 of 14, rotating 12-hour night shifts, sleeps maybe 5 hours. PSQI is awful. She's also asking specifically about Adderall because a coworker takes it, which isn't a red flag on its own but I notice it.

I keep coming back to Barkley's point that DSM-5 moved the age-of-onset criterion to 12 partly because retrospective recall is unreliable, and to Sibley's work showing that apparent late-onset presentations are often better explained by anxiety, sleep, or substance use when you look closely.

My leaning: document "ADHD not ruled out; current presentation better accounted for by anxiety and circadian disruption; recommend re-evaluation after sleep and anxiety are treated." Defensible, but I know how that lands for someone who waited eight months for an eval. And with the stimulant shortage, even if I diagnose she may not be able to get Vyvanse or generic Adderall filled reliably.

How do others handle the "functioning well on paper, struggling inside" high-achieving woman? I don't want to be the gatekeeper who misses it. I don't want to be the rubber stamp either.""",
        [],
    ),
    (
        "b19a-025",
        """Supervision reflection from a clinical supervisor (LCSW), written after a hard hour with a newer associate.

My supervisee has been seeing an older man for grief since his wife's death; weekly since the spring. Today she told me she'd agreed to attend the wife's memorial Mass, which the family scheduled for the one-year anniversary. She framed it as cultural attunement: Mr. Delacroix had told her, "In our family, if you matter, you come." She's from a similar Catholic south Louisiana background and it clearly moved her.

My first internal reaction was a hard no. My second was to notice how fast the first one arrived.

We talked it through using Lazarus and Zur's distinction between boundary crossings and boundary violations, and the NASW Code of Ethics language on dual relationships. We also talked about what the client might need from her presence vs. from her absence: whether she'd be a therapist at the church or a guest, who she'd talk to at the reception, what she'd say if someone asked how she knew him. The church is in Metairie, a few minutes from her own family, and she'd almost certainly run into people she knows.

Where we landed: she'll bring it back to the client, explore what her attending would mean to him, and consider sending a card instead. Her choice, informed. She was visibly disappointed, and I think she felt I'd pulled rank.

What I'm reflecting on for myself:
- Was I teaching ethics, or my own anxiety? I trained in a very risk-averse agency.
- How do we help associates use culture as data rather than as a reason to cross a line, without implying their culture is the problem?

Curious how other supervisors have handled funeral and memorial invitations.""",
        [("Delacroix", "name"), ("Metairie", "place")],
    ),
    (
        "b19a-026",
        """SOAP, CBOC mental health, PE session 6 of ~10. De-identified for our PTSD consultation call.

**S:** Veteran, late 30s, Marine Corps, two deployments to Iraq, in treatment for PTSD and insomnia. Completed in-vivo homework 4 of 7 days (grocery store at peak hours; sitting with his back to the door at a restaurant). Peak SUDS on in-vivo dropped from 80 to 55 over the week. Listened to the imaginal recording 5x. Reports the Fourth of July fireworks in his neighborhood "wrecked" him for two nights, but he didn't drink, which he was proud of. Sleeping 5 hrs. Denies SI/HI. Firearms remain locked at his father's house per the plan we made in session 2.
**O:** PCL-5 today 38 (intake 59; session 4 was 46). Engaged, good eye contact, affect appropriate, mild tension during imaginal.
**A:** Good response to Prolonged Exposure (Foa, Hembree & Rothbaum protocol) with expected within-session habituation during imaginal today; hot spot identified (the moment he couldn't reach his radio). PTSD, chronic (F43.12). Insomnia disorder (G47.00), likely to need CBT-I once PE is complete.
**P:**
- Session 7: hot spot work on the radio moment.
- In-vivo: continue hierarchy; next item is driving under overpasses.
- Continue prazosin 4 mg qhs per psychiatry.
- Reviewed the Veterans Crisis Line (988, press 1) and his safety plan.
- Will discuss a CBT-I referral with the sleep psychologist who covers our CBOC on Tuesdays.
- Veterans Day events discussed as a possible in-vivo item; veteran ambivalent.
- Billed 90837.""",
        [],
    ),
    (
        "b19a-027",
        """Reply to the thread about clients emailing between sessions:

Same boat. LPC, solo practice in the Southwest, mostly adults with anxiety and trauma. I have a clear policy in my informed consent (email for scheduling only; not secure; not monitored after hours; call 988 or go to the ER in an emergency). And still.

Last month a client started sending long emails at 2 and 3 a.m. Stream-of-consciousness, some of it pretty dark, though never explicit SI. The first came from her work account and the rest from jessamyn.holt77@gmail.com, and I realized she'd found my address on an old Psychology Today profile I'd forgotten to update.

What worked, eventually:
- I never responded to the content by email. I replied with one line: "Thanks for letting me know you were struggling. Let's make time for this on Tuesday."
- In session I got curious rather than corrective. The emails were what she did instead of waking her partner.
- We built a "night plan": write the email, save it as a draft, bring it to session; TIPP; the warmline if it gets bad.

Four weeks later the emails are drafts she reads aloud in session, and some of our best work has come out of them.""",
        [("jessamyn.holt77@gmail.com", "email")],
    ),
    (
        "b19a-028",
        """Sharing a de-identified summary from a psychoeducational eval because I'd like feedback on how I worded the autism piece. School psychologist contracted by a charter school network in the Southwest.

**Referral question:** 10-year-old fourth grader; concerns about reading, "not following directions," and peer conflicts at recess. Teacher and parent both completed rating scales.

**Results (highlights):**
- WISC-V: FSIQ 98 (average). VCI 112, VSI 104, FRI 100, WMI 85, PSI 82. The gap between verbal reasoning and working memory/processing speed is significant and consistent with what teachers see.
- WIAT-4: Word Reading SS 84, Pseudoword Decoding 79, Reading Comprehension 95, Math Problem Solving 101, Spelling 81.
- CTOPP-2 Phonological Awareness composite 80.
- BRIEF-2: parent and teacher both elevated on Working Memory and Shift; Inhibit average.
- SRS-2: parent T=68, teacher T=72.
- ADOS-2 Module 3: comparison score 5 (moderate concern). Notable for limited reciprocal conversation, a very intense interest in weather and storm systems, and difficulty with the joke item.

**Impressions:** Specific learning disability in basic reading skills (dyslexia profile). Autism spectrum disorder also appears likely; recommending a full developmental evaluation through his pediatrician, since our ADOS administration was for educational eligibility, not medical diagnosis.

**Questions for the group:**
1. Do you write "meets educational eligibility under Autism" in the same report as a "likely ASD, refer for medical diagnosis" recommendation, or does that confuse parents?
2. Parents asked if he "just needs Orton-Gillingham." I said structured literacy (Wilson or similar) is appropriate but won't address the social communication needs. Too blunt?

Billing note for folks in private practice who do these: 96130/96131 and 96136/96137 for evaluation and test administration. We don't bill, but I get asked.""",
        [],
    ),
    (
        "b19a-029",
        """Discharge planning headache. Inpatient SW, geri-psych unit. Would love ideas.

Patient is a 91-year-old man admitted for agitation and paranoia in the setting of moderate Alzheimer's (MoCA 11/30 on admission). He came to us from St. Vincent's after four days of ED boarding. Behavior is much better on low-dose quetiapine and a consistent routine, and the team says he's medically and psychiatrically ready.

The problem is where. He was living alone in a rented room, and before that, briefly, at the Union Gospel Mission, which can't take him back given his care needs. No spouse, no children. The only family involved is a niece, Bernadette, who lives two states away and is very kind but can't take him. She asked me to call her cell (503-555-0192) rather than email, and honestly that's been lovely; she picks up every time.

Barriers:
- No POA, no guardian. Some days he's lucid enough to say he wants "to go home" but can't describe where that is.
- Medicaid application pending; most memory care facilities here won't accept "Medicaid pending" with his behavioral history.
- Two SNFs declined after reading "paranoia" in the referral packet even though he's been calm for 10 days.

We've started the public guardianship process, which in our state can take 60 to 90 days. Meanwhile he's occupying an acute psych bed.

For those who do this work: any tricks for writing referral packets so the behavioral history doesn't torpedo placement without being misleading? And has anyone had success with adult family homes for folks like him?""",
        [
            ("91-year-old", "age"),
            ("St. Vincent's", "organisation"),
            ("Union Gospel Mission", "organisation"),
            ("Bernadette", "name"),
            ("503-555-0192", "phone"),
        ],
    ),
    (
        "b19a-030",
        """Reflection on cultural humility with Latino families. LMFT, community agency in California's Central Valley.

I've been seeing a family (mother, father, three kids, maternal grandmother living with them) referred because the 16-year-old daughter was cutting. For the first three sessions I kept running into what I was calling "resistance": the parents answering for her, the grandmother bringing up church, the father sitting silently near the door.

Rereading Celia Falicov's Latino Families in Therapy helped me see how much I was importing an individualist frame. Familismo isn't an obstacle to the daughter's autonomy; it's the context in which her autonomy has to make sense. Same with respeto: dad wasn't disengaged, he was deferring to his mother-in-law in her presence. When I asked the grandmother directly, in Spanish, for her view of the problem and thanked her for her wisdom, dad started talking.

Other things that helped:
- Minuchin-style enactments were too confrontational early on. A more collaborative, narrative stance worked better ("how has this family survived hard things before?").
- Letting the session run a little long sometimes instead of ending on the dot. Platicando at the start isn't wasted time.
- Asking about migration stories. Dad crossed at 17 and had never told his kids the whole story. That session changed how his daughter sees him.
- Being honest about what I don't know. I'm second-generation Mexican American myself, but this family is Indigenous, from Oaxaca, and my assumptions were often wrong.

The daughter wants to write something for her mom for Día de las Madres, and self-harm is down to once in the past month (from several times a week).

Anyone else use Falicov's MECA framework in supervision? I'm thinking of bringing it to our team.""",
        [],
    ),
    (
        "b19a-031",
        """Couples consult: affair recovery, and I think I'm missing something.

LMFT, private practice in Washington. Couple in their early 40s, married 15 years. He disclosed an emotional affair with a coworker six weeks ago; she found texts first, then he confessed. Both want to stay together "for now."

Complication: he and the affair partner still work on the same team at Boeing (same building in Renton, same standing meetings), and he says transferring isn't possible without a big pay cut. She checks his location on Life360 constantly and says every time he's late she assumes he's with her. Honestly, I would too.

We're in the atonement phase of Gottman's Atone-Attune-Attach model. He's been transparent (open phone, answers questions), but she says it "means nothing because he has to see her every day."

A lighter detail that's been clinically useful: the only time they both soften in session is when they talk about their dog, Moose, who apparently sleeps between them and "refuses to pick a side." I've started using Moose as a way into what safety used to feel like at home.

Questions:
- How do you handle ongoing, unavoidable contact with the affair partner? Is it reasonable to ask him to report every interaction? That seems like it could turn her into a parole officer.
- She's started individual therapy with someone else. Tips for coordinating without triangulating?
- He keeps saying "I already apologized." How do you help the involved partner understand that atonement isn't a one-time event?

Thanks, all. Rereading Shirley Glass's Not "Just Friends" tonight.""",
        [("Boeing", "organisation"), ("Renton", "place"), ("Moose", "name")],
    ),
    (
        "b19a-032",
        """DBT skills group note: adult, Monday evening, Emotion Regulation module week 4. De-identified; members referred to as A-F per our template.

**Present:** 6 of 8. Two absences called in ahead (one illness, one work conflict).

**Homework review:** Diary cards 5 of 6 completed. Member A reported three urges to self-harm rated 4/5 and acted on none; used TIPP (cold water) twice. Member C used opposite action for shame after a conflict at work, "felt fake but it worked." Member E did not complete homework, said the week was "a blur"; leaders validated and briefly problem-solved barriers, noting the chain analysis could be done individually with her therapist.

**Skill taught:** Check the Facts and Opposite Action (Linehan, DBT Skills Training Manual, 2nd ed., ER handouts 8-11). Used the handout example about fear of speaking up in a meeting. Member B and Member F role-played opposite action for anger (gently avoiding rather than attacking).

**Group process:** Member D challenged the skill ("so I'm supposed to pretend I'm not angry?"); co-leader used dialectical framing and D engaged afterward.

**Homework:** Check the Facts worksheet plus one opposite action attempt logged on the diary card.

**Risk:** No acute risk reported. Member A's urges noted; will be followed up by her individual therapist per our consultation team agreement.

**Next:** Week 5, ABC PLEASE. Reminder that group doesn't meet on Labor Day; we resume the following Monday.""",
        [],
    ),
    (
        "b19a-033",
        """Ethics question: to click or not to click?

Psychologist, group practice in upstate New York. A long-term client (40s, treating depression for about two years) lost most of his house to a fire last month. Everyone's safe. He's staying with his brother Dez while they sort out insurance. Last session he asked whether I'd seen the fundraiser his brother set up, and before I could answer he pasted the link into the chat of our telehealth session: gofundme.com/f/help-rebuild-after-house-fire-gary. He said, "I'm not asking you to give money, I just want you to see the pictures."

I haven't looked yet. My gut says looking at his invitation is different from googling a client, and Kolmes and Taube's work on client-initiated internet searches supports that distinction. But I'm uneasy about:
- Seeing comments from friends and family that he hasn't chosen to share with me.
- Feeling a pull to donate, which I know is a hard no.
- Whether to look together in session instead of on my own time. That seems cleaner: he curates what I see and we can process it together.

Plan: suggest we look at it together next session and note in the chart that he invited it. Does that seem right?""",
        [("Dez", "name"), ("gofundme.com/f/help-rebuild-after-house-fire-gary", "url")],
    ),
    (
        "b19a-034",
        """School-based counselor in the Mississippi Delta. Consult on our grief response after a student death.

One of our juniors died in a car crash over the weekend. (Keeping details minimal for obvious reasons.) We're a small rural high school where most kids have known each other since Head Start, and the whole community is reeling. I'm the only full-time counselor for about 400 students; the district sent two counselors from other schools for the first three days.

What we've done so far, loosely following NASP's PREPaRE model and the Coalition to Support Grieving Students materials:
- Staff meeting before school Monday, with a scripted announcement read in first period so every student heard it the same way, from a trusted adult.
- A drop-in grief room in the library all week, with art supplies and snacks.
- Screening for higher-risk students: close friends, anyone who'd been in a crash before, kids with prior trauma or suicidal ideation, teammates. We used a simple triage list.
- A letter to families with signs to watch for and 988.

Where I want help:
1. The memorial question. Students want to paint a mural and retire his jersey at homecoming. AFSP and SPRC's After a Suicide toolkit is about suicide deaths, and this wasn't one, but some of the same cautions about permanent memorials seem to apply. How have others balanced that?
2. Worden's tasks of mourning and Doka's work on disenfranchised grief are helping me think about kids who weren't close to him but are struggling anyway. How do you make room for them without it feeling performative?
3. Graduation next May will be hard, and his class has already asked to leave an empty chair. Do you plan anniversary responses this far ahead?

Resources for grieving teens that don't feel cheesy are welcome. The Dougy Center's materials have been good so far.""",
        [],
    ),
    (
        "b19a-035",
        """Intake summary for team staffing (group practice, Texas). I'm an LPC Associate; reviewing with my supervisor Friday.

**Name:** Leticia Garza-Molina   **DOB:** 11/02/1981
**Insurance:** BCBS of Texas, member ID ZGP914472065
**Emergency contact:** husband, Ruben (same address)
**Referral:** self, via EAP

**Presenting concern:** 43-year-old married woman, mother of two, store manager at H-E-B in Round Rock. Panic attacks at work since being promoted last fall: "chest tightness, can't breathe, sure I'm dying." Two ED visits with negative cardiac workups. Now avoiding the back office where the first attack happened and dreading Monday mornings. PDSS 17, GAD-7 15, PHQ-9 9.

**History:** No prior treatment. Grew up caring for younger siblings while her mother worked; describes herself as "the one who handles everything." 1-2 glasses of wine on weekends. No SI, ever.

**Strengths:** Strong marriage, supportive church community, good insight, highly motivated ("I just want my brain back").

**Impression:** Panic disorder (F41.0), r/o GAD.

**Plan:** Weekly CBT for panic (Barlow's MAP protocol: psychoeducation on the panic cycle, interoceptive exposure, cognitive restructuring, in-vivo exposure to the back office). Coordinate with PCP if she wants to discuss an SSRI; she's hesitant. Use the 6 EAP sessions, then transition to insurance.""",
        [
            ("Leticia Garza-Molina", "name"),
            ("11/02/1981", "date"),
            ("ZGP914472065", "id_number"),
            ("Ruben", "name"),
            ("H-E-B", "organisation"),
            ("Round Rock", "place"),
        ],
    ),
    (
        "b19a-036",
        """Not a case question, more of a "how are you all doing" post.

I'm a psychologist at a community mental health center in the Midwest. Caseload of 38, a productivity requirement of 30 billable hours a week, and after the last round of Medicaid rate changes we lost two clinicians in a month. I caught myself doing progress notes on a Sunday evening with that familiar Sunday-scaries dread, and it hit me that I've been running on fumes since about Labor Day.

What helps: the Nagoskis' Burnout (I can't fix the system this week, but I can complete the stress cycle), and Brené Brown's "clear is kind," which got me to say no to a fourth intake slot. I'm taking the week between Christmas and New Year's, and my out-of-office says so.

How are the rest of you holding up? Especially folks in CMH and FQHC settings.""",
        [],
    ),
    (
        "b19a-037",
        """Telehealth location verification: anyone else dealing with this?

LCSW licensed only in Arizona, doing mostly telehealth for a group practice. Our platform logs the IP address each client connects from, and our compliance person flags sessions that appear to originate out of state (I can only treat clients who are physically in Arizona at the time of service).

This week a client (late 20s, working on alcohol use and anxiety) connected from 73.162.41.209, which the platform geolocated to Nevada. When I asked at the start of session, as I always do, "Can you confirm your location for today?" she said she was "at home." Later she mentioned she'd driven to Flagstaff the night before after a fight with her boyfriend and was staying in a motel, which is in Arizona, so fine. Turns out she was on her phone's hotspot, and mobile carriers can route through odd locations.

So the geolocation was off, but:
- Her "home" answer was technically untrue, and she didn't correct it until later. That matters clinically (she was distressed enough to leave) and for emergency planning; if I had needed to send help, I'd have sent it to the wrong address.
- We now ask for a physical address every session, not just the state. Some clients find that intrusive.

PSYPACT doesn't cover social workers and the Social Work Licensure Compact isn't issuing privileges yet, so this matters a lot for us. What are others doing?""",
        [("73.162.41.209", "ip"), ("Flagstaff", "place")],
    ),
    (
        "b19a-038",
        """Postpartum psychosis: looking for others' experience with the transition from inpatient back to outpatient.

Psychiatric NP at a perinatal psychiatry clinic in the Mid-Atlantic. Client in her early 30s, first baby, developed postpartum psychosis on day 9 (confusion, insomnia, religious delusions about the baby, rapidly fluctuating mood). Family recognized it fast, thank goodness, and she was admitted the same day. Treated inpatient with lithium and olanzapine; now 3 weeks post-discharge. Family history positive for bipolar I in a maternal aunt, and looking back there was probably an unrecognized hypomanic episode in college.

Current status: no psychotic symptoms, sleeping 7 hours with family covering night feeds, EPDS 11, YMRS 4, lithium level 0.7. She's not breastfeeding, a decision she made after a lot of discussion about lithium and infant monitoring; LactMed and the MGH Center for Women's Mental Health pages were helpful for framing it.

What I'm working through:
- Duration of prophylaxis. Bergink and colleagues suggest women whose psychosis is limited to the postpartum period may do OK tapering after 9-12 months, but with the family history and the probable hypomania I'm inclined to treat this as bipolar disorder.
- Shame. She keeps saying "I'm the mom from the news," meaning the tragic cases she's read about. She was never dangerous and nothing happened, but she can't stop thinking about it. Referred to Postpartum Support International's peer mentor program for PPP survivors; Action on Postpartum Psychosis in the UK also has excellent first-person accounts.
- Future pregnancy planning. She's already asking. I want her to have a preconception consult before the one-year mark.

Her OB asked about zuranolone and brexanolone, so for the record: those are for PPD, not psychosis.

Any thoughts on tapering olanzapine while keeping lithium? Her weight has gone up and she's distressed about it.""",
        [],
    ),
    (
        "b19a-039",
        """Follow-up on the hoarding case I posted about in the spring. Thanks again for all the suggestions.

Quick recap for anyone who missed it: 67-year-old retired man, hoarding disorder with poor insight, referred by adult protective services after a code enforcement complaint. HRS-I at intake 32; Clutter Image Rating 6-7 in most rooms.

Update: about 20 sessions of Steketee and Frost's CBT for hoarding, MI front-loaded, home visits every other week.

The turning point wasn't a technique. His cat, Pickles, got stuck behind a pile in the spare room for most of a day and he couldn't get to her. He was beside himself. The next session he said, "If I can't reach my own cat, this isn't a collection, it's a trap." That week he let me help him clear a path.

Thanksgiving 2023 was the first time in over ten years that his daughter came inside the house. He brought it up in almost every session afterward.

Current: HRS-I 19, CIR 3-4 in the kitchen and living room, still 6 in the spare room. APS closed their case. We're tapering to monthly.

Has anyone found a good maintenance approach? I'm worried about relapse once I'm not there every other week.""",
        [("Pickles", "name"), ("Thanksgiving 2023", "date")],
    ),
    (
        "b19a-040",
        """Question for folks doing OUD care in primary care and FQHC settings.

LCSW embedded in a family medicine clinic in rural Pennsylvania. Our physicians and NPs prescribe buprenorphine and I run the counseling side. Since the X-waiver went away with the MAT Act, we've gone from two prescribers to seven, which is great, and our census has roughly tripled.

The clinical question: how much counseling should we require? Our old protocol required weekly individual sessions plus a group for the first 90 days, with discharge for "noncompliance" if people missed too many. SAMHSA's TIP 63 and ASAM's guideline are clear that counseling shouldn't be a condition of receiving medication, and the evidence for medication-first models is pretty good. Most of our prescribers agree. A couple of longtime staff feel strongly that "meds without therapy is just substitution."

Where I've landed so far:
- Offer counseling; don't require it. Track engagement separately from medication adherence.
- Group is voluntary and scheduled right after the prescriber visit so people don't have to come back a second day (transportation is a huge barrier out here).
- Keep UDS, but treat a positive result as clinical information, not grounds for discharge. Fentanyl positives early on are expected.
- Everyone leaves with naloxone (we stock Narcan and the generic) and fentanyl test strips.
- For people who want it, Sublocade has helped with the "I forgot my dose" problem, though the prior auth process is rough.

What I'd love to hear: has anyone formally compared retention before and after dropping mandatory counseling? Our medical director wants data before she'll sign off, and I'd rather not reinvent the wheel. I know the Rhode Island corrections MOUD program and Vermont's Hub-and-Spoke model have published outcomes, but I'm looking for something closer to our setting.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b19a"}
        for doc_id, text, items in DOCS
    ]
