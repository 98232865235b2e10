"""Blind batch b16a, written by a helper session without sight of the guard. Forty posts from a
peer-consultation platform, half by clinicians in the US and half in Canada (Ontario, Quebec,
Manitoba, BC, Nova Scotia): case presentations in Markdown, consultation questions, chatty
replies, follow-ups, closing takeaways, SOAP/DAP/BIRP notes, process notes, group notes and
supervision notes, covering anxiety/OCD, depression, trauma (veterans, refugees, Indigenous
clients), couples, child and family, substance use, eating disorders, psychosis, older adults
and LGBTQ+ work. Twenty documents carry identifiers (names including pets and nicknames, cities,
neighbourhoods, highways, postal and street details, specific dates and a holiday with a year,
ages over 89, phones, an email, a URL, an IP, social handles, OHIP/RAMQ/Medicaid/student/court
numbers, employers, schools, hospitals, a police service and a military unit). The other twenty
are clean but dense with look-alikes: cited authors (Gottman, Linehan-style citations, Lock & Le
Grange, Resick, Meyer), instruments and scores, ICD and CPT codes, medications and doses, national
hotlines (988, Kids Help Phone, SAMHSA, NEDIC, Hope for Wellness, NORS), public bodies and
websites, holidays without years, months, weekdays, provinces and ages under 90.

First-sight figures, with the guard at 663890a (measured at e81fff2, which changed only test
floors): span recall 0.943, precision 0.930, identifier documents fully caught 0.650, clean
documents flagged 0.200 (the guard at 5d372b1, where this session started: 0.936, 0.880,
0.600, 0.350).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b16a-001",
        """## Consult: panic disorder, driving avoidance (34F)

**Background**
Delaney is a 34-year-old married mom of two (ages 3 and 5) referred by her PCP after her third ER visit for chest pain. Cardiac workup negative twice. Most recent ER trip was March 3rd: she pulled off the Loop 101 onto the shoulder, called 911, and was transported.

**Current picture**
- Panic attacks 4-5x/week, worst while driving on freeways.
- Now takes surface streets from Tempe to work, adding ~25 min each way. She's a project coordinator at Intel and worries her manager has noticed she's late.
- PDSS 17, GAD-7 12, PHQ-9 8. No SI/HI.
- 1-2 glasses of wine most nights "to come down." AUDIT-C 4.
- ER gave her lorazepam 0.5 mg #10; she's used 6.

**History**
First attack at 19 in a lecture hall. Mom "had nerves" and took Xanax most of Delaney's childhood, which Delaney says makes her "scared of becoming her."

**Plan so far**
Unified Protocol (Barlow) modules. Psychoeducation done, starting interoceptive exposure next session (spinning, straw breathing, stair running). Driving hierarchy to follow.

**Questions**
1. She's asking her PCP for a standing benzo prescription. I'm worried about safety-signal use undermining exposure. How do you talk to clients (and PCPs) about this without sounding anti-med?
2. Anyone combine in-vivo driving exposure with telehealth? She'd like to call me from the car at a rest stop.
3. Any read on the wine? It feels like an emerging safety behavior too.

Thanks in advance.""",
        [
            ("Delaney", "name"),
            ("March 3rd", "date"),
            ("Loop 101", "place"),
            ("Tempe", "place"),
            ("Intel", "organisation"),
        ],
    ),
    (
        "b16a-002",
        """Looking for some thoughts on a perinatal case.

Client is a 31-year-old first-time mom, 14 weeks postpartum, referred by her family doctor after an EPDS of 19 at the two-month visit (item 10 endorsed as "hardly ever"). Partner is supportive but back at work full-time; she's taking the full 18 months of parental leave, which she says feels "like a sentence, not a gift."

Intrusive images of dropping the baby down the stairs. Clearly ego-dystonic, and she's now avoiding carrying him anywhere but the main floor. I'm reading this as perinatal OCD features layered on a depressive episode rather than anything psychotic: no confusion, and although sleep is poor she can sleep when her mom takes a night shift.

She's on sertraline 50 mg (started by the GP three weeks ago) and breastfeeding. I've been using Kleiman's "Good Moms Have Scary Thoughts" as bibliotherapy, which has landed well.

Questions:
1. Has anyone run ERP this early postpartum? I'm wary of pushing exposure with a sleep-deprived parent.
2. Any Ontario perinatal groups you'd recommend? I know of Postpartum Support International's online groups and the provincial perinatal line, but I'm looking for something with a peer piece.
3. Anything in the CANMAT perinatal guidance about titrating sertraline while breastfeeding that I should flag for the GP?

Thanks all. This one's sitting with me.""",
        [],
    ),
    (
        "b16a-003",
        """Re: Marine vet, anniversary nightmares (long reply, sorry)

This could've been my client from a few years back, so sharing what helped. Dale (he gave me permission to talk about his work in consult, but I'll keep it light) was with 2nd Battalion, 7th Marines, deployed to Sangin. His closest friend, Lance Corporal Ramirez, was killed by an IED on May 6, and every year from late April he'd go dark: drinking, not sleeping, picking fights with his wife.

Things that worked for us:
- **Naming the anniversary reaction explicitly.** We put it on the calendar together and built a plan for the two weeks around it. Just predicting it took some of the power away.
- **PE over CPT for him.** He hated worksheets. Foa's imaginal exposure let him tell the story out loud, and the in-vivo piece got him back into crowded places.
- **Moral injury lens.** A lot of what looked like PTSD was guilt about a decision he made that day. Litz's work and Shay's *Achilles in Vietnam* gave me language for that. Adaptive disclosure helped more than standard exposure for that piece.
- **Prazosin.** His VA psychiatrist started him at 1 mg and titrated to 6 mg. Nightmares dropped from nightly to 1-2x a week.

PCL-5 went from 62 to 28 over about 14 sessions. He still has a hard week around the anniversary, but he goes to the memorial instead of the bar now.

You're not alone with this one. The Vet Center near you may also run a combat vets group.""",
        [
            ("Dale", "name"),
            ("2nd Battalion, 7th Marines", "organisation"),
            ("Sangin", "place"),
            ("Ramirez", "name"),
            ("May 6", "date"),
        ],
    ),
    (
        "b16a-004",
        """**SOAP: Session 6 (50 min, in person)**

**S:** Client reports 9 alcohol-free days since last session, longest stretch since the fall. Two "slips" the prior week (6-8 beers each, both Friday nights after hockey). Describes cravings as "a 6 out of 10 around 5 p.m., then it passes if I get home." Sleep improving. Denies withdrawal symptoms. Attended two SMART Recovery online meetings; didn't like AA "because of the God stuff" but open to trying again.

**O:** Alert, well groomed, good eye contact. Affect brighter than baseline. AUDIT at intake was 24; repeated today: 16. PHQ-9 10 (down from 15). CIWA-Ar not indicated. Breathalyzer 0.00.

**A:** Alcohol use disorder, moderate (F10.20); early remission criteria not yet met. Firmly in the action stage (Prochaska & DiClemente), but the main high-risk situation remains the Friday rec-league games and the post-game pub. Naltrexone 50 mg started by family physician two weeks ago; client reports fewer "pulls" and no side effects other than mild nausea in week one.

**P:**
- Continue weekly MI/CBT (Miller & Rollnick; coping-skills module adapted from the Project MATCH manual).
- Role-play refusal skills for the post-game pub.
- Client to text a teammate before games (he's told one guy on the team).
- Gave ConnexOntario number and the AA meeting list again.
- Review in 1 week; AUDIT-C monthly.""",
        [],
    ),
    (
        "b16a-005",
        """DAP: Couples session #5 (60 min, 90847)

D: Marcus and Tiana arrived on time. Tiana opened by saying the week was "better until Thursday." Conflict over Marcus's mother staying with them in Decatur for three weeks after her knee surgery: Tiana feels "like a guest in my own house," Marcus feels caught in the middle. Observed harsh start-up from Tiana ("you never stand up to her"), defensiveness and then stonewalling from Marcus (turned toward the window, flat voice). When I slowed it down, Marcus said he's "terrified of choosing wrong." Tiana softened noticeably when she heard that.

They reported one good moment: walking Biscuit together Sunday night and talking about their anniversary trip (their 10th is on June 14).

A: Pattern continues to fit Gottman's Four Horsemen, with criticism and defensiveness/stonewalling as the dominant cycle. Repair attempts are present but missed by both. The in-law boundary is the current flashpoint, but the underlying issue appears to be Tiana's fear of not being prioritized (Sound Relationship House: trust and commitment levels). DAS at intake: 89 and 94, both in the distressed range.

P:
- Practiced softened start-up with a script; assign 2x/week.
- Introduce Gottman's "dreams within conflict" exercise for the mother-in-law issue next session.
- Individual check-ins (one each) before session 7 per our no-secrets policy.
- Continue weekly.""",
        [
            ("Marcus", "name"),
            ("Tiana", "name"),
            ("Decatur", "place"),
            ("Biscuit", "name"),
            ("June 14", "date"),
        ],
    ),
    (
        "b16a-006",
        """Supervision notes, clinical team, week of Thanksgiving (I'm the supervisor; these are for my supervisee's file, no client identifiers)

Case discussed: 8-year-old in Grade 3, in kinship care with maternal grandmother for about 18 months after a Child and Family Services apprehension. Referral question from the school: "explosive behaviour, possible ADHD." Supervisee (MSW, second year post-grad) has done four sessions, two with grandmother alone.

What we talked through:
- Supervisee's pull to get an ADHD assessment going fast. I encouraged slowing down: the SDQ from school and home shows the highest elevations in emotional symptoms and peer problems, not hyperactivity. Trauma and attachment disruption are the first lens here, with ADHD as a rule-out, not the lead.
- Using Dan Hughes' PACE with grandmother. She's exhausted and feels judged. Supervisee noticed herself getting "teacher-y" in the parent session. Good catch.
- Circle of Security Parenting: grandmother is interested but there's no group running in her area until the new year. Supervisee could offer the DVD-based version one-to-one.
- Self-of-therapist: supervisee was raised partly by her own grandmother and noticed tears in session 3. We talked about this as information, not a problem.

Follow-ups: supervisee to consult the school psychologist about an IPP meeting; bring the genogram next week; read Perry & Szalavitz, chapter 4, before the next session.""",
        [],
    ),
    (
        "b16a-007",
        """**Case presentation: adolescent AN-R, considering higher level of care**

**ID:** Brynn, 16, cis female, junior at Wayzata High School, competitive cross-country runner. Lives with mom (Kristen) and stepdad; bio dad out of state.

**Referral:** Pediatrician flagged an 18-lb weight loss over 7 months and a resting HR of 44 at her sports physical. She was briefly admitted for bradycardia and then referred to me for outpatient.

**Current:**
- %mBMI 79. Amenorrhea x 5 months.
- EDE-Q global 4.6; restraint subscale 5.8.
- Compensatory running, often 10+ miles on top of team practice. Denies purging.
- Mild depressive symptoms; PHQ-A 11. Passive SI once, no plan.
- Coach is supportive but "doesn't really get it."

**Treatment so far:** 6 sessions of FBT (Lock & Le Grange). Mom is all in. Stepdad is ambivalent and defers to Brynn's dad, who thinks this is "a phase." Weight down another 2 lbs this month.

**Question for the group:** I'm leaning toward recommending PHP at the Emily Program. Mom agrees but wants a second opinion before she takes unpaid leave. Has anyone had success holding an adolescent in outpatient FBT at this %mBMI with a split family? What would tip you?

Mom asked that anyone with a program recommendation call her directly at 612-555-0148, but I'd rather keep things here and pass info along.""",
        [
            ("Brynn", "name"),
            ("Wayzata High School", "organisation"),
            ("Kristen", "name"),
            ("Emily Program", "organisation"),
            ("612-555-0148", "phone"),
        ],
    ),
    (
        "b16a-008",
        """Bonjour collègues, posting in English so more of you can weigh in.

I'm a psychologist in a CLSC in Quebec and have a 19-year-old cégep student referred for "anxiety." After three sessions I'm increasingly worried about an emerging psychotic process. On the CAARMS he meets criteria for attenuated psychotic symptoms: ideas of reference about the radio, "people on the bus timing their coughs," a clear drop in functioning and grades. Daily cannabis since 16, high-THC strains. No frank delusions held with full conviction, no disorganization. Family history: paternal uncle with schizophrenia.

I've raised a referral to an early psychosis intervention program but he refuses ("je suis pas fou"). He's 19, so consent is his.

Questions:
- How do you engage someone in CBT for at-risk mental states (French & Morrison's manual) while a referral is pending?
- Has anyone had luck with the normalizing approach (Kingdon & Turkington) at this stage?
- How do you frame cannabis reduction without losing him?

Also: he's on nothing pharmacologically. The GP wants to start aripiprazole 2 mg. My read of the literature, and of the EPA guidance, is that antipsychotics aren't first-line for clinical high risk. Am I off base?

Merci d'avance.""",
        [],
    ),
    (
        "b16a-009",
        """Progress Note: Individual Psychotherapy (90832, 30 min), facility visit

Client: 94-year-old widowed male, resident of Sunrise of Bethesda (assisted living) since spring. Referred by facility nurse for low mood and refusing meals.

Subjective: Client states "I've outlived everyone, what's the point of lunch." Reports sleeping most of the afternoon. Misses his wife and "the old neighborhood." Daughter Roberta visits Sundays; client says he doesn't want to "be a burden." Fall on 11/2 (no fracture) has left him fearful of walking to the dining room. Denies active SI; endorses wishing he "wouldn't wake up" some mornings. No plan or intent.

Objective: Seated in wheelchair, dressed, shaved. Hearing aids in. Oriented x3. GDS-15: 9 (mild-moderate depression). MoCA 21/30 last quarter per facility. Currently on mirtazapine 7.5 mg HS per PCP.

Assessment: Major depressive disorder, single episode, moderate (F32.1), with adjustment to loss of independence. Fear of falling is reinforcing withdrawal. Passive death wish: low acute risk, continue monitoring.

Plan:
- Problem-Solving Therapy (PST-PC): one achievable goal, walking to lunch with the aide on Mon/Wed/Fri.
- Reminiscence: he was a machinist for 40 years; will bring photos next week.
- Coordinate with PT re: fear-of-falling program.
- Call Roberta (with client's consent) to discuss visit schedule.
- Next visit 1 week. Medicare Part B.""",
        [
            ("94", "age"),
            ("Sunrise of Bethesda", "organisation"),
            ("Roberta", "name"),
            ("11/2", "date"),
        ],
    ),
    (
        "b16a-010",
        """Oh I felt this one in my bones. I've had so many teens in the exact spot your client's in: out to friends, not to parents, and the school GSA is the only place they get called the right name.

A few things that helped me:
- Don't rush coming out to parents. The research (Ryan's Family Acceptance Project work) is pretty clear that family rejection is a huge risk factor, so safety planning comes before disclosure planning.
- Egale Canada has great resources for educators if the school needs nudging. Their "Still in Every Class in Every School" climate survey is useful to wave at admin.
- For crisis stuff, make sure the kid knows about Kids Help Phone (text CONNECT to 686868) and Trans Lifeline. And 988 works in Canada now, which I keep forgetting to mention.
- WPATH SOC-8 has a whole adolescent chapter; I'd read it before any family session even though you're not the one making medical referrals.

Also, it's June and there are Pride events everywhere, and in my experience that's both affirming and really hard for closeted kids. Worth asking about directly.

You're doing good work here. The fact you're asking means the kid's in good hands 💛""",
        [],
    ),
    (
        "b16a-011",
        """**Closing takeaways: 16-session BA course, recurrent MDD**

Closing this one out and wanted to share what I learned, since a few of you helped me when I was stuck around session 5.

Summary: 45M, recurrent MDD (F33.1), third episode, referred by PCP. Intake PHQ-9 19; final PHQ-9 6. Bupropion XL 300 mg managed by psychiatry throughout. 16 sessions of behavioral activation loosely following Martell, Dimidjian & Herman-Dunn's guide; billed 90837 for the first 4, then 90834.

What worked:
1. **Activity monitoring before anything else.** He thought he "did nothing" all weekend; the log showed he did a lot, just nothing connected to his values. That reframe was huge.
2. **Values over pleasure.** Fishing trips felt hollow. Coaching his daughter's softball team (value: being a present dad) moved the needle.
3. **TRAP/TRAC.** He named his own: "Sunday scaries, couch, ESPN for 6 hours."

What I'd do differently:
- I waited too long to bring in his wife. The one joint session (session 11) was the turning point.
- I over-relied on homework sheets. He's not a worksheet guy.

Relapse prevention plan written together; booster in 3 months. Thanks to everyone who weighed in on the rumination piece. Watkins' RFCBT tips were gold.""",
        [],
    ),
    (
        "b16a-012",
        """Process notes, session 9, in person, 75 min (extended)

Tyler came in quieter than usual. He'd driven back from Flin Flon on the weekend for his kokum's funeral, and said he "did fine until the sweat." I asked what happened there. Long pause. He said an Elder spoke about residential school and his whole body "went cold." Noted: this is the first time he's linked his own freeze response to anything other than the mine accident.

Context (for my own tracking): index trauma was the underground collapse at Hudbay on Canada Day 2019; he was the one who reached his crew member first. PCL-5 at intake 54, today 41. He's on sertraline 100 mg through his family doctor.

What I noticed in myself: I felt the urge to move toward psychoeducation about intergenerational trauma, and stopped. He didn't ask for that. I reflected instead: "Something about today connected to something older." He nodded and cried for the first time in our work. I let the silence go.

He brought up his sister Kayleigh, who "knows the stories" about their grandmother's time at the school and has never told him. He's thinking of asking her.

Grounding at end (5-4-3-2-1). He said the session felt "heavy but right."

Plan: continue a phase-oriented approach (Herman); we're still in stabilisation. Offered the Hope for Wellness Helpline (1-855-242-3310) again; he has it saved. Ask whether he'd like to involve a traditional healer alongside our work (two-eyed seeing). Take my pull toward "teaching" to supervision.""",
        [
            ("Tyler", "name"),
            ("Flin Flon", "place"),
            ("Hudbay", "organisation"),
            ("Canada Day 2019", "date"),
            ("Kayleigh", "name"),
        ],
    ),
    (
        "b16a-013",
        """Group Note: IOP Relapse Prevention Group, Tuesday PM (3 hrs)

Attendance: 7 of 9 (2 excused). All members on MOUD are on buprenorphine/naloxone (8-24 mg/day) or extended-release naltrexone; one member transitioned to Sublocade last week.

Topic: high-risk situations and the abstinence violation effect (Marlatt & Gordon). Opened with check-in (cravings 0-10, days since last use). Range 0-7; median 3.

Process: Member A shared a lapse over the weekend (fentanyl, smoked) and disclosed with considerable shame. Group responded with support; two members shared their own lapses. Facilitator used MI reflections to separate lapse from relapse and normalize without minimizing. Member A agreed to an extra individual session and to carry naloxone. Member D (12 months) talked about NA sponsorship and offered to share his home group schedule; facilitator reminded the group of the no-contact-outside-group guideline and the reasons for it.

Psychoeducation: urge surfing (Bowen's MBRP). 10-minute practice; 5 of 7 reported craving decreased.

Resources handed out: SAMHSA National Helpline 1-800-662-4357, naloxone training flyer, SMART Recovery and NA meeting finders, 988.

Plan: next week, coping with cravings at family gatherings ahead of Thanksgiving. Facilitators to consult with prescriber re: Member A's dose.""",
        [],
    ),
    (
        "b16a-014",
        """Consultation question: EFT with a couple whose in-laws live with them

I'm seeing a couple in their 30s, Priya and Arjun, married 6 years, one toddler. Arjun's parents moved in with them in Brampton two years ago. Presenting issue is "constant fighting," which in session looks like a textbook pursue-withdraw cycle: Priya pursues with criticism, Arjun withdraws into work. He's a sergeant with Peel Regional Police on rotating shifts, which makes scheduling a nightmare and gives him an easy exit.

We're in Stage 1 of EFT (Sue Johnson), and de-escalation is going slowly. What's complicating it:
- Cultural expectations around caring for aging parents. Arjun frames this as non-negotiable; Priya agrees in principle but feels she's become "the household staff."
- His mother is present in a lot of the cycle. Priya's "he never chooses me" is very often about the mother-in-law.
- His job: hypervigilance, he doesn't talk about calls, and there's a strong "don't bring it home" culture. I suspect some unprocessed critical-incident material.

My questions:
1. How do folks adapt EFT when an extended family member is functionally part of the system? I'm rereading "Hold Me Tight" and wondering whether I should be pulling in a Bowenian, multigenerational lens instead.
2. Any experience with first-responder couples? Would you refer him for concurrent individual work (maybe through the EFAP), or would that split the process?
3. Diwali is coming up and both flagged it as a pressure point. Thoughts on pre-holiday planning sessions?

For what it's worth, the ECR-R shows anxious (her) and avoidant (him) in the expected directions.""",
        [
            ("Priya", "name"),
            ("Arjun", "name"),
            ("Brampton", "place"),
            ("Peel Regional Police", "organisation"),
        ],
    ),
    (
        "b16a-015",
        """### Case Presentation: School refusal, 9-year-old

**Identifying info:** Mateo, 9, 4th grade at Whittier Elementary in Pilsen. Lives with mom, abuela, and two older sisters. Spanish at home, bilingual at school. Student ID 20418837 (needed for the district's 504 referral form).

**Presenting problem:** Missed 23 of the last 40 school days. Morning stomachaches, crying, clinging to mom at the door. On the days he goes, he's "fine by 10 a.m." per his teacher, Ms. Alvarez. Pediatric GI workup normal.

**Function of refusal** (Kearney's SRAS-R): highest scores on avoidance of negative affect and attention-seeking. Not escaping social evaluation; he has friends and likes recess.

**History:** Mom had a health scare last spring (hospitalized for a week). Refusal started shortly after. Separation anxiety features: worries something will happen to mom while he's at school. SCAS separation subscale in the clinical range.

**Family:** Mom works the early shift; abuela does drop-off and "can't stand to see him cry." Older sisters help.

**Plan:** CBT with graded re-entry (arrival + first period, then build), parent work with mom and abuela on reducing accommodation (SPACE, Lebowitz), coordinate with the school counselor for a morning check-in. 504 meeting next week.

**Culture:** Being careful how I frame "accommodation" with abuela. Family closeness is a strength and I don't want to pathologize it. Día de los Muertos is coming up and the family keeps an ofrenda for grandpa, so there may be a grief piece too.

**Question:** Anyone used SPACE with a grandparent as the primary accommodator? Tips?""",
        [
            ("Mateo", "name"),
            ("Whittier Elementary", "organisation"),
            ("Pilsen", "place"),
            ("20418837", "id_number"),
            ("Alvarez", "name"),
        ],
    ),
    (
        "b16a-016",
        """Supervision reflection (my own notes, written after Thursday's group supervision)

I presented my ERP client (20s, contamination OCD, Y-BOCS 28 at intake, now 19 after 10 sessions). I'd been feeling stuck: she completes the exposures in session, SUDS drop from 80 to 40, and then she undoes it all at home with a 45-minute shower.

What my supervisor pushed on: I've been working from a habituation model, waiting for SUDS to drop, instead of Craske's inhibitory learning framing. The goal isn't that she feels less anxious; it's that she learns her feared outcome doesn't happen and that she can tolerate uncertainty. That reframed the whole thing for me.

Also named: I'd been accommodating. I was letting her use hand sanitizer "just at the end of session" because I didn't want her driving home distressed. That's my anxiety, not hers.

Other takeaways:
- Use expectancy violation: ask "what do you predict will happen?" before and "what actually happened?" after.
- Vary the exposures (Abramowitz on variability).
- Bring in her partner; family accommodation (FAS-SR) is probably high.
- She's on fluvoxamine 150 mg through her psychiatrist; no changes planned.

Adding to her folder: Anxiety Canada's MindShift app and Hyman & Pedrick's OCD workbook.

Honestly, I left feeling a bit exposed myself. Which is maybe the point.""",
        [],
    ),
    (
        "b16a-017",
        """Re: family won't stop arguing with the delusions

Hey, your case is so similar to one I carried last year that I had to reply. My guy (Jerome, early 30s, schizophrenia, paranoid type back when we still called it that) was convinced the neighbors had put cameras in the smoke detectors. His brother Dwayne would literally take the detectors apart in front of him to "prove" it. Every time, Jerome got more agitated, and twice it ended with a 911 call.

What turned it around:
1. Getting Dwayne to read Amador's *I Am Not Sick, I Don't Need Help* and try LEAP (Listen, Empathize, Agree, Partner). He rolled his eyes at first but the "agree to disagree" part landed.
2. NAMI Family-to-Family for their mom.
3. Switching to a long-acting injectable after his last admission at Grady. He was discharged on the 9th and the inpatient team gave him paliperidone palmitate before he left. Adherence stopped being a fight.
4. An ACT team. His case manager was fantastic; she gave the family her cell (404-555-0187) and actually picked up.

Honestly the family piece mattered more than anything I did in individual sessions. The arguing was keeping everyone in crisis mode.

Good luck. Happy to DM more if useful.""",
        [
            ("Jerome", "name"),
            ("Dwayne", "name"),
            ("Grady", "organisation"),
            ("the 9th", "date"),
            ("404-555-0187", "phone"),
        ],
    ),
    (
        "b16a-018",
        """DAP note: individual, 60 min, home visit

D: Client is an 87-year-old widow; her husband of 61 years died 14 months ago. Lives alone in a bungalow in a small town in the Maritimes; daughter lives out west and calls daily. Client reports "yearning every single day," keeps his coat on the hook, sets two places at Sunday supper. Tearful throughout. Sleep 4-5 hrs. Stopped attending church and the seniors' lunch. Denies SI, "but I wouldn't mind going." PG-13-R 38. MoCA 25/30 last month per GP; no concern for major NCD. GDS-15 8.

A: Presentation consistent with prolonged grief disorder (DSM-5-TR), with comorbid depressive symptoms. Passive death wish is common in this age group but warrants ongoing monitoring; no plan, intent or means concerns identified (no firearms; meds come in blister packs from the pharmacy). Remembrance Day is coming up and is a likely trigger, as her husband was a veteran.

P: Begin Shear's Prolonged Grief Disorder Therapy, adapted for home visits; use Stroebe & Schut's dual process model to frame oscillation between loss- and restoration-oriented activity. Explore re-engaging with the seniors' lunch as a restoration activity. Coordinate with GP re: sleep (would prefer to avoid a benzodiazepine given fall risk; Beers criteria). Next visit in one week.""",
        [],
    ),
    (
        "b16a-019",
        """**Case presentation: 20-year-old nonbinary/trans-masc client, college counseling center**

**Who:** Rowan (they/he), sophomore at Ohio State, environmental science. Assigned female at birth. Came out as nonbinary at 17, more recently identifying as trans-masc. Started testosterone cypionate 50 mg weekly through student health four months ago.

**Presenting:** Depression (PHQ-9 16), social withdrawal, falling grades. Columbia-SSRS: passive ideation in the past month, no behavior. Family in a small town in the southern part of the state is "tolerant but weird about it"; mom still uses Rowan's deadname on the phone.

**Online life:** Rowan runs a fairly popular Instagram (@rowan.unbound) and a Substack (rowanunbound.substack.com) where they write about transition. Recently got a pile-on of hate comments after a post went viral, and they've been reading them at 2 a.m. This seems like a big driver of the recent dip.

**Upcoming:** Top surgery consult on October 3. Excited and terrified; worried about family reaction and about losing insurance if they come off mom's plan.

**Working formulation:** Minority stress (Meyer; Hendricks & Testa's gender minority stress framework) layered on a depressive episode. Protective factors: strong friend group, the campus LGBTQ center, their writing.

**Sessions so far (6):**
- Sessions 1-2: assessment, safety plan (Stanley & Brown), 988 and Trans Lifeline saved in their phone.
- Sessions 3-4: behavioral activation focused on the things that used to feel good (climbing, cooking with roommates). Modest lift; PHQ-9 down to 13.
- Session 5: they brought in screenshots of the comments. I noticed my own anger and slowed down. Values card sort instead: "visibility" and "rest" came out on top.
- Session 6: ACT defusion work with the harshest comments ("I'm having the thought that they're right about me"). They laughed, which felt like progress.

**What I'm unsure about:** whether to bring in their mom. Rowan wants her at the surgery consult but not in therapy. I'm holding that, but it feels like there's a family conversation waiting.

**Questions:**
- How do others approach the online harassment piece? I don't want to tell them to go offline; the platform is also a lifeline.
- Documentation for the surgeon: WPATH SOC-8 no longer requires a mental health letter for most adults, but the surgeon's office still asks. What are folks writing?

Trevor Project info given; they already had it.""",
        [
            ("Rowan", "name"),
            ("Ohio State", "organisation"),
            ("@rowan.unbound", "handle"),
            ("rowanunbound.substack.com", "url"),
            ("October 3", "date"),
        ],
    ),
    (
        "b16a-020",
        """Consult request: 14-year-old with AN-R, FBT phase 1 wobbling

Hi all. I'm a counsellor in a community agency (not a specialty ED program) doing FBT for the first time with a family while they wait for the regional paediatric eating disorder program; the wait list is around 5 months. Following Lock & Le Grange's manual. Paediatrician is monitoring vitals weekly; last visit resting HR 52, orthostatic changes within limits, %mBMI 84.

We're at session 7. Parents did really well with the family meal in session 2 but it's falling apart: dad travels for work Monday to Thursday and mom is holding it alone. She's started negotiating portions ("she ate most of it"). Weight has been flat for two weeks.

Questions for folks with FBT experience:
- How hard do you push to get dad involved remotely? Video at dinner?
- I'm tempted to bring in an RD. Lock would say that undermines parental empowerment. Thoughts?
- The 11-year-old sibling is starting to avoid family meals. How do you protect siblings without excluding them?

I've given the family NEDIC's helpline (1-866-633-4220) and the F.E.A.S.T. parent resources. EDE-Q global at intake 4.1.

Appreciate any wisdom. This is outside my comfort zone and I'm aware of that.""",
        [],
    ),
    (
        "b16a-021",
        """S: "Okay-ish." Worry ~5 hrs/day (kids, money, mom's health). Worry postponement 4/7 days. Sleep onset 60-90 min. Dreading Thanksgiving with in-laws. Hydroxyzine 25 mg PRN 2-3x/wk. Denies SI/HI.
O: Fidgety, speech mildly pressured, affect congruent. GAD-7 14 (intake 18). PSWQ 66.
A: GAD (F41.1), improving. Intolerance of uncertainty (Dugas) still the main driver.
P: Uncertainty experiments per Dugas & Robichaud; PMR daily 15 min; CBT-I pieces next visit if sleep onset unchanged; PCP re: SSRI if GAD-7 stays >10. RTC 1 wk, 90834.""",
        [],
    ),
    (
        "b16a-022",
        """BIRP note: Session 4, individual, 50 min, virtual

Client: Louise, 52, referred by family physician Dr. Anil Mehta. OHIP 5584-213-907-KT (for the billing form only; strip before sharing).

B: Client logged on from her kitchen in Sudbury, camera off for the first 10 minutes. Flat affect, slowed speech, long pauses. Reports low mood "since the clocks changed," early waking (4 a.m.), carbohydrate cravings, 7-lb weight gain. Missed three days of work. Denies SI; says she "just wants to hibernate until April." BDI-II 31 (up from 27). Third winter with this pattern.

I: Reviewed seasonal pattern psychoeducation. Discussed bright light therapy (10,000 lux, 30 min on waking) per CANMAT guidelines; client willing and will ask Dr. Mehta about a prescription for the lamp for insurance purposes. Behavioural activation: scheduled one outdoor walk at midday. Cognitive work on the "I'm lazy" thought.

R: Client turned camera on after the BA discussion and engaged more. Agreed to light therapy trial and the walks. Ambivalent about increasing venlafaxine XR (currently 150 mg); she remembers feeling "jittery" at higher doses.

P: Follow-up in 1 week. Send summary to Dr. Mehta by January 22nd, ahead of her medication review. Re-administer BDI-II next session. If no response to light + BA by session 8, discuss referral to Ontario Structured Psychotherapy for a CBT group.""",
        [
            ("Louise", "name"),
            ("Anil Mehta", "name"),
            ("Mehta", "name"),
            ("5584-213-907-KT", "id_number"),
            ("Sudbury", "place"),
            ("January 22nd", "date"),
        ],
    ),
    (
        "b16a-023",
        """Supervision note: trainee, CPT case

Trainee (doctoral practicum student, 3rd year) presented session 8 of Cognitive Processing Therapy (Resick, Monson & Chard) with a client in her 30s; index trauma is a sexual assault in college. PCL-5 has gone from 58 at intake to 31.

Strengths: strong Socratic dialogue around the "I should have fought back" stuck point; trainee let the silence sit rather than rescuing. Good use of the Challenging Beliefs Worksheet.

Areas for growth: trainee skipped assigning the Trust module practice assignment because the client "seemed tired." Discussed how avoidance can be shared between therapist and client. Also noticed she's been softening the impact statement language when she reads it back.

Self-of-therapist: trainee disclosed trouble sleeping after these sessions and some hypervigilance walking to her car. We talked about vicarious trauma (McCann & Pearlman) and Herman's point that no one should do this work alone. Agreed: reduce trauma caseload to 3 for the rest of the rotation, use the program's EAP if needed, and check in on this at the start of each supervision.

Fidelity: reviewed 20 min of recording; adherence rated "good" on the CPT fidelity checklist.

Next: trainee to review the Esteem module; we'll role-play the final impact statement in two weeks.""",
        [],
    ),
    (
        "b16a-024",
        """Jumping in on the OAT thread because I've got a client in almost the same spot.

Cody's 29, fentanyl use for about 4 years, on Suboxone 16 mg for the last year and doing really well, working full-time at Teck on a fly-in rotation (two weeks on, two off). The problem is exactly what you described: the rotation. He can't do daily witnessed dosing from camp, and his prescriber in Surrey was reluctant to give carries that long. He relapsed his first week back home, on Dec 2, and ended up in emerg with a naloxone reversal.

What we ended up doing, in case it helps:
- Switched him to Sublocade (monthly injectable). The BCCSU guideline supports this for people with work barriers to daily dosing. Huge difference: no carries to worry about, no missed doses at camp.
- Relapse prevention focused on the *transition home*, not camp. Camp is structured; home was where the old friends and the boredom were.
- Safety planning: take-home naloxone kit, never use alone, and the National Overdose Response Service (1-888-688-6677) saved in his phone.
- Concurrent work on the shame piece. He was hiding it from his crew boss and the secrecy was eating him.

He's 5 months off fentanyl now. Not perfect, but he's alive and working.

Good luck with yours. Rotation work and OAT is a tough combo and I don't think the guidelines account for it well yet.""",
        [
            ("Cody", "name"),
            ("Teck", "organisation"),
            ("Surrey", "place"),
            ("Dec 2", "date"),
        ],
    ),
    (
        "b16a-025",
        """Process note: couples session 4 (of 12 planned), 80 min

Came in 10 min late, both already irritated. She started with "we had a fight on the way here, so." I asked if they wanted to start there. He said "there's no point." Stonewalling early today: arms crossed, looking at the floor.

I slowed down and had them each take a physiological self-soothing break per Gottman. I've been noticing his flooding happens fast (he confirmed a pulse of 104 on his watch). After 20 min of breathing and each reading something neutral, we got back in.

Content: she wants to spend Valentine's Day with her sister's family because her sister is going through a divorce; he hears it as "she'd rather be anywhere but with me." Classic pursue-withdraw (Johnson), and I tried an EFT-style reflection of his underlying fear. He teared up. First time.

My reactions: I felt pulled toward her. She's articulate and he's quiet, and I noticed I was "translating" for him in a way that probably felt condescending. Note to self: slow down and let him find his own words. Bringing this to consultation group.

Homework: Gottman's stress-reducing conversation, 20 min, 3x this week. Revisit DAS at session 6.""",
        [],
    ),
    (
        "b16a-026",
        """Progress note: family session, 60 min

Present: Noah (7), mother Jenna, and the family's worker from Halton Children's Aid Society for the first 15 min (file opened after the school's report in the spring). Court file FC-22-1187; the supervision order remains in place until the next review.

Session content: Continued Circle of Security-informed work. Jenna practised "being with" during a frustration task (a Lego build that was deliberately too hard). She stayed calm for most of it, named Noah's feelings twice, and did not take over. Noah threw a piece once, then came back to her lap, a real shift from session 2 when he ran out of the room.

Jenna disclosed that she's been sleeping poorly since moving to the new apartment in Oakville, and that she "hears the old neighbour's voice" when Noah yells. Explored briefly; she has her own trauma history (IPV). Reinforced her referral to individual counselling through the EAP.

Worker noted the last home visit was positive. Grade 2 teacher reports fewer outbursts (2 this week vs. 6-8 in September).

Measures: SDQ (parent) total difficulties 19, down from 24. PSI-4-SF parental distress still elevated.

Plan:
- Continue weekly dyadic sessions; begin Triple P Level 4 content on routines next week.
- Letter to the society summarizing progress ahead of the review (with Jenna's consent).
- Safety plan reviewed; no current concerns.
- Next session same time.""",
        [
            ("Noah", "name"),
            ("Jenna", "name"),
            ("Halton Children's Aid Society", "organisation"),
            ("FC-22-1187", "id_number"),
            ("Oakville", "place"),
        ],
    ),
    (
        "b16a-027",
        """Closing takeaways: ARFID, 11-year-old, 20 sessions of CBT-AR

Wrapping up and sharing in case it's useful. This was my first ARFID case and I leaned a lot on this group.

Presentation: sensory-sensitivity plus fear-of-aversive-consequences profile (PARDI), choking episode at 7. Intake: 9 accepted foods, weight-for-height dropped from the 50th to the 18th percentile. No body image concerns (this mattered for ruling out AN).

Approach: CBT-AR per Thomas & Eddy: psychoeducation, then repeated exposure to new foods, with food chaining for the sensory piece and graded exposure for the choking fear (chewy, then crunchy, then mixed textures). Parents coached in 4 joint sessions. Pediatrician briefly trialed cyproheptadine 2 mg for appetite; modest benefit.

Outcomes: 31 accepted foods, back up to the 35th percentile, eats at restaurants again. NIAS down across all three subscales.

What I learned:
- The choking fear needed its own hierarchy. I lumped it in at first and lost three sessions.
- A "food of the week" at home helped more than any in-session tasting.
- Rating each bite in session (taste, texture, 0-10) gave him control and made it a game.
- Don't underestimate how much school lunch matters socially. The peer piece was huge.

Thanks, everyone. Closing with a booster in 2 months.""",
        [],
    ),
    (
        "b16a-028",
        """SOAP: Early psychosis program follow-up, 45 min

S: Étienne (24) attended with his mother. Reports voices "quieter, like a radio in another room" since risperidone was increased to 3 mg. Still believes his former coworkers at the Walmart in Trois-Rivières were "sending signals" through the PA system, but conviction is lower (50% vs 95% at admission). Sleeping 9-10 hrs. Some weight gain and he's upset about it. Cannabis: says he's stopped since discharge from CHAUR on May 4; mother unsure.

O: Casually dressed, mild psychomotor slowing, affect blunted but warmer than last visit. Speech logical with occasional tangentiality. No command hallucinations reported. PANSS positive subscale 18 (from 27). Weight up 4 kg, waist 94 cm; metabolic bloodwork ordered.

A: First-episode psychosis, provisional schizophreniform disorder (F20.81), responding to treatment. Metabolic side effects emerging. Insight improving. Relapse risk moderate given cannabis ambiguity.

P:
- CBTp (Morrison's approach): continue generating alternative explanations for the "signals."
- Raise metabolic effects with psychiatrist; consider switch to aripiprazole or adding metformin per CAMESA guidance.
- Motivational work on cannabis; offer urine drug screen without judgment.
- Family psychoeducation session with mother next visit.
- Return-to-work planning; he's interested in something quieter than retail.
- RAMQ BOUE 9711 2418 on file for the lab requisition.""",
        [
            ("Étienne", "name"),
            ("Walmart", "organisation"),
            ("Trois-Rivières", "place"),
            ("CHAUR", "organisation"),
            ("May 4", "date"),
            ("BOUE 9711 2418", "id_number"),
        ],
    ),
    (
        "b16a-029",
        """Question for anyone doing caregiver work with dementia families.

Client is a 58-year-old woman caring for her 84-year-old father with moderate Alzheimer's (MMSE 16 per neurology last spring). He lives with her and her husband. She's presenting with caregiver burden (Zarit 52), poor sleep, guilt, and resentment she's ashamed of. PHQ-9 14. She's had two near-miss moments where she "snapped" verbally at him and then sobbed in the bathroom.

What I've tried: validation, psychoeducation on disease stages, some ACT around the guilt. Connected her with the Alzheimer's Association 24/7 Helpline (1-800-272-3900) and suggested the Savvy Caregiver program.

Where I'm stuck:
1. She won't consider respite or adult day services: "I promised my mom before she died I'd never put him in a home." How have folks worked with promises like that?
2. Does anyone use REACH II? Is it worth getting trained?
3. Does her dad's Medicare cover any in-home respite, or is that Medicaid waiver territory? Her state is notoriously slow.

I'm also aware of the elder abuse risk. I don't think we're there, but I've been documenting, and I'd welcome thoughts on balancing that with not shaming a caregiver who's drowning.""",
        [],
    ),
    (
        "b16a-030",
        """DAP note: individual session 11, 50 min, in person

D: Sam (he/him, 34, gay cis man) arrived early and upbeat. Reports he and his partner Devon have "finally talked about the open relationship thing properly." He's been volunteering Thursday nights at The 519 and says it's the first time since moving to Church-Wellesley that he feels part of "a queer community, not just a queer neighbourhood."

Also discussed: Sam's ongoing anxiety about disclosing his HIV status at work (he's undetectable, on Biktarvy). He's considering telling his manager; we explored costs and benefits and his values around it. He emailed me mid-week from samk.writes@protonmail.com asking to move this topic up; reminded him of our email policy (no clinical content or crisis by email).

A: GAD, improving; GAD-7 today 9 (from 15 at intake). Minority stress (Meyer) remains a useful frame, with internalized stigma showing up as "I'm too much" beliefs. Relationship is a source of support, though negotiating non-monogamy is stirring attachment anxiety. Community connection is a strong protective factor. No SI.

P:
- Next session: values-based decision-making (ACT) about disclosure at work.
- Offer a joint session with Devon if both want it.
- Continue cognitive work on the "too much" belief.
- Re-offered Rainbow Health Ontario's directory if he wants a queer-affirming family doctor.""",
        [
            ("Sam", "name"),
            ("Devon", "name"),
            ("The 519", "organisation"),
            ("Church-Wellesley", "place"),
            ("samk.writes@protonmail.com", "email"),
        ],
    ),
    (
        "b16a-031",
        """Ha, I needed this thread today. Solidarity with everyone holding depressed college students right now.

I've got a similar one: Hector, sophomore at UTEP, first-gen, commuting from home in El Paso. Depressed, not sleeping, grades tanking. Turned out a big piece is that he's the main caregiver for his 91-year-old great-grandmother on weekends because everyone else works. He hadn't told anyone at school. He just thought he was "bad at college."

What helped:
- Naming it as caregiving, not failure. He literally didn't have the word for it.
- Helping him talk to his advisor about a reduced course load (he was scared it'd affect his Pell).
- Brief BA stuff. Tiny things, like eating lunch on campus instead of in his car.
- A family session (in Spanish, with an interpreter I trust) to redistribute weekend care. His tía stepped up way more than he expected.

PHQ-9 went from 18 to 11 in about 6 weeks. Not done, but moving.

Anyway: ask about caregiving. Especially with first-gen and Latino students. It's so often invisible.""",
        [
            ("Hector", "name"),
            ("UTEP", "organisation"),
            ("El Paso", "place"),
            ("91", "age"),
        ],
    ),
    (
        "b16a-032",
        """Group note: CBT for Social Anxiety, session 7 of 12 (closed group, 8 members, 2 hrs)

Present: 7/8. One member messaged about illness.

Agenda: review of last week's exposures; video feedback per Clark & Wells; safety behaviour drop experiments.

Highlights:
- Three members did the "ask a stranger for directions" exposure. All three predicted they'd be judged as "weird" (belief 70-85%); post-exposure ratings 15-30%.
- One member did the "spill a coffee" exercise at a café (Heimberg-style) and laughed about it in group, a big shift from session 1.
- Discussed self-focused attention and how it fuels post-event rumination. Used the observer-perspective exercise.
- Video feedback: two members watched their role-play recordings. Both rated themselves as looking much less anxious than they felt. Classic.

Measures: SPIN completed by all present; group mean down from 47 at baseline to 36. LSAS at session 12.

Facilitator reflection: my co-facilitator and I noticed the group is very polite and avoids disagreement. Next session we'll run a structured "mild disagreement" exercise.

Homework: each member picks one safety behaviour to drop this week (rehearsing sentences, avoiding eye contact, etc.). A few mentioned wanting to post their own story on Bell Let's Talk Day later this month; we talked about pacing that.""",
        [],
    ),
    (
        "b16a-033",
        """## Case Presentation: OUD, post-overdose, pregnant

**Client:** Kayla, 27, G2P1, currently 22 weeks pregnant. Lives with her boyfriend (Josh) and her 4-year-old in Huntington. Medicaid ID WV4417729036.

**Referral:** Discharged from St. Mary's Medical Center after a fentanyl overdose on 8/19, reversed with two doses of Narcan by EMS. OB referred her to our outpatient program the following week.

**Substance history:** Oxycodone after a C-section 5 years ago, then heroin, then fentanyl. IV use for 2 years. Also meth "to keep up." No prior MOUD. Two prior detoxes, no aftercare.

**Current:** Started on buprenorphine mono-product (per OB preference in pregnancy), 16 mg/day. Tolerating well. UDS today positive for buprenorphine only. CPS has an open case because of the overdose and she's terrified of losing her son.

**Strengths:** Motivated by the pregnancy and her son. Her mom is supportive and has offered childcare. Attending NA twice a week.

**Concerns:**
- Josh is still using and won't consider treatment. She says she'll "leave if she has to" but has no plan.
- Hep C positive, not yet treated.
- EPDS 15; trauma history (ACEs 7).

**Questions:** How are others handling the boyfriend piece without pushing her to a choice she's not ready for? And has anyone had luck coordinating with CPS so that MOUD is seen as a strength, not a red flag? In our county that's... inconsistent.""",
        [
            ("Kayla", "name"),
            ("Josh", "name"),
            ("Huntington", "place"),
            ("WV4417729036", "id_number"),
            ("St. Mary's Medical Center", "organisation"),
            ("8/19", "date"),
        ],
    ),
    (
        "b16a-034",
        """Consultation: NET through an interpreter, 40-something father, resettled refugee

I'm a social worker at a settlement agency (government-assisted refugee stream) and have a client who arrived about 2 years ago with his wife and four kids. Multiple trauma exposures: detention, witnessing killings, the loss of a brother. HTQ well above cutoff; PCL-5 61. He has nightmares most nights and has started drinking, which is a big deal culturally and religiously for him.

We work through an Arabic interpreter by phone, a different person most weeks, which is its own problem. I'd like to try Narrative Exposure Therapy (Schauer, Neuner & Elbert) because the lifeline format fits how he talks about his life. But I'm worried about:
- Interpreter vicarious trauma, and consistency. Has anyone managed to keep the same interpreter for a whole NET course?
- Starting during Ramadan: fasting, sleep disruption. Do I wait?
- Whether IFHP coverage will pay for a psychiatric consult for the nightmares (prazosin?).

Also interested in how others handle the "why talk about it" question. He said, "In my country we don't dig up graves." I respected that and we're still in stabilisation.

Reading suggestions beyond Schauer et al. welcome.""",
        [],
    ),
    (
        "b16a-035",
        """Takeaways as I close out an 18-month CSC case

First-episode psychosis, 22M; schizophreniform, then schizophrenia over the course of treatment. Coordinated specialty care team (NAVIGATE model): me as the IRT clinician, a prescriber, a SEE specialist, a family clinician and a peer specialist.

Arc: Two hospitalizations in the first 6 months, both after stopping meds. Switched from oral risperidone to aripiprazole LAI (Abilify Maintena 400 mg monthly) at month 7, which was a game-changer for adherence. Clozapine discussed but never needed.

What worked:
- CBTp (Kingdon & Turkington) for the voices. He went from "they control me" to "they're loud but they're not in charge." PSYRATS auditory hallucinations score dropped from 32 to 14.
- SEE: he got a part-time job at a hardware store and it did more for his self-esteem than anything I did.
- Family psychoeducation. Mom did NAMI Family-to-Family and it helped her stop arguing with the delusions.

Lessons:
- Bring the peer specialist in from day one.
- Cannabis conversations need to be ongoing, not a single module.
- Start transition planning at month 12, not 16.

Transferred to an ACT team for ongoing care. Grateful for this work.""",
        [],
    ),
    (
        "b16a-036",
        """Supervision notes (my own, after meeting with my clinical supervisor)

Case: Margaret, 92, living alone in a condo in Kanata, referred by the geriatric day hospital at Bruyère after a fall-related admission. Presenting with anxiety, hoarding-adjacent clutter (mainly paper) and grief: her husband died four years ago and her son Graham moved out west last year.

What I brought: I'm stuck between respecting her autonomy and worrying about her safety. The clutter is a fall risk and she's declined home support. Graham calls me weekly (she's consented to that) and is pushing for "a proper home." I noticed I've been leaning toward his view, partly because I'm anxious about her falling on my watch.

What my supervisor said:
- Capacity is decision-specific. MoCA 26/30; she understands the risks. Staying home is a capacity-intact choice even if it's risky. Dignity of risk.
- Separate my anxiety from her goals. What does *she* want? (When I asked: to stay home until she dies and to finish sorting her husband's letters.)
- Harm-reduction frame for the clutter: clear pathways, not the whole condo. Buried in Treasures (Tolin, Frost & Steketee) has a useful section on this.
- Gently set boundaries with Graham about what I can share.

Plan: joint goal-setting with Margaret about safe pathways. Offer an OT home safety assessment through Home and Community Care Support Services. Continue grief work using meaning reconstruction (Neimeyer) around the letters.

Note to self: I'd been calling her "frail" in my head. She's not. She's 92 and stubborn and that has served her well.""",
        [
            ("Margaret", "name"),
            ("92", "age"),
            ("Kanata", "place"),
            ("Bruyère", "organisation"),
            ("Graham", "name"),
        ],
    ),
    (
        "b16a-037",
        """Supervision notes: PCIT trainee, case review

Family: 4-year-old boy, his mother and her partner, referred by the pediatrician for aggression and defiance. He's been asked to leave two preschools and is now in a Head Start classroom. ECBI intensity 178 at intake (clinically significant).

Trainee is in week 6 of CDI. Coding from the last session: 6 labeled praises, 8 reflections, 4 behavior descriptions, 3 questions, 2 commands, 0 criticisms. Mastery criteria (10/10/10, 3 or fewer QCC) not yet met; praise is the sticking point.

Discussion:
- Mom says praise "feels fake." Trainee wants to move to PDI anyway because mom is frustrated with the pace. We talked about why mastery matters (the Eyberg & Funderburk protocol is explicit) and how to validate mom's frustration without skipping steps.
- Partner has attended only one session. Trainee to invite him directly, with mom's consent.
- There was a DCFS report two years ago (unfounded). Trainee asked whether that changes anything; it doesn't change the protocol, but it's worth a gentle conversation about discipline practices at home.
- Trainee's bug-in-the-ear coaching is getting more confident: less "uh, try saying..." and more direct prompting.

Plan: trainee to send home the CDI handout again and reinforce the 5-minute daily special time. We'll review DPICS coding together next week.""",
        [],
    ),
    (
        "b16a-038",
        """This is so timely, I'm dealing with almost the same thing this week.

My client (Maya, 15, Grade 10 at Lisgar Collegiate) has been getting relentless messages from an anonymous Discord account since a falling out with her friend group. Her depression was improving (CDI-2 down to the mild range) until this started, and now she's self-harming again; superficial cuts, but still. Her own username there is nightowl_77, and the harassing account keeps making new ones to get around her blocks.

Her dad is a network engineer and pulled an IP address off some of the messages that came through email (99.232.17.48). He wants to go to the police. Maya is mortified and begging him not to. The parent-teen rupture is now almost a bigger problem than the bullying.

What I'm doing:
- Safety plan updated (Stanley & Brown), including removing the blades she'd hidden. Kids Help Phone saved in her phone.
- DBT-A skills, mainly distress tolerance. TIPP has been useful.
- Family session on Feb 9 to talk through the police question together. I want Maya to have a voice in it, even if her parents decide to report.
- Looping in the guidance counsellor (with consent), since a couple of the suspected kids go there.

Honestly I don't know the right answer on the police piece. Cybertip.ca seems more relevant than local police for some of it? Would love thoughts from anyone who's navigated this.""",
        [
            ("Maya", "name"),
            ("Lisgar Collegiate", "organisation"),
            ("nightowl_77", "handle"),
            ("99.232.17.48", "ip"),
            ("Feb 9", "date"),
        ],
    ),
    (
        "b16a-039",
        """Would love input from folks who work with LGBTQ+ older adults.

New client, 78-year-old gay man, widowed three years ago (partner of 40 years; they married after Obergefell). Referred by his primary care doctor for depression after a fall and a short rehab stay. His niece has asked him to consider assisted living, and he's terrified of going "back in the closet" in a facility.

He told me about going to bars in the years after Stonewall as a young man, and about losing "most of my friends" in the AIDS years. Survivor guilt is a thread. GDS-15 of 9, no SI. MoCA 27/30.

What I'm thinking:
- Minority stress (Meyer) and cumulative loss as the frame.
- Dignity therapy (Chochinov) or a life-review approach; he's a storyteller.
- Connecting him with SAGE's national hotline for LGBTQ+ elders and their guidance on touring facilities.

Questions:
- Has anyone used the HRC Long-Term Care Equality Index with clients? Useful, or just box-checking?
- How do you handle it when a well-meaning relative is the one pushing placement?

He jokes that he's "too old to be brave." I don't think that's true, but I want to walk alongside him well.""",
        [],
    ),
    (
        "b16a-040",
        """Follow-up to my post from last month about the couple where she's in recovery and he's still drinking

Quick update, and thank you all for the suggestions, especially whoever recommended CRAFT (Meyers & Wolfe). It reframed everything.

Recap: Shauna (41) is 14 months sober from alcohol and active in AA. Her husband drinks 6-10 beers most nights after shifts at Irving Shipbuilding. They live in Dartmouth with two teenagers. I was seeing them as a couple and it kept collapsing into her "therapist-ing" him.

What changed:
- Shifted to individual CRAFT sessions with Shauna, focused on her own safety, positive reinforcement for his sober time, and letting natural consequences happen.
- She started Al-Anon alongside AA and says it's "a whole different thing."
- Three weeks ago he asked her, out of nowhere, for "the number of that place you went." She gave him the provincial Mental Health and Addictions intake line and he called. He's on a waitlist for withdrawal management.

Admin note: Shauna asked me to update her contact info. New cell is (902) 555-0143, and they've moved to a rental near the ferry (postal code B2Y 3Z5) while they sell the house. Updated the file; not posting the address here, obviously 😅

Her AUDIT is still 0; his self-reported drinking is down to weekends. Not a fairy tale, but it's movement. We'll likely resume couples work (ABCT, McCrady & Epstein) once he's through withdrawal management and a few weeks in.""",
        [
            ("Shauna", "name"),
            ("Irving Shipbuilding", "organisation"),
            ("Dartmouth", "place"),
            ("(902) 555-0143", "phone"),
            ("B2Y 3Z5", "place"),
        ],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind16a"}
        for doc_id, text, items in DOCS
    ]
