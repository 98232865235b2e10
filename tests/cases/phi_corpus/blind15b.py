"""Blind batch b15b, written by a helper session without sight of the guard. Forty US and
Canadian clinical documents shared for consultation on a peer platform: intake summaries,
SOAP/DAP/BIRP progress notes, treatment plans, discharge summaries, a Stanley-Brown safety plan,
psychological, psychoeducational and neuropsychological assessment summaries, court-related
reports (BC Views of the Child, juvenile competency, custody evaluation, probation), process notes,
supervision reflections, group notes, billing and ethics questions and chatty forum replies,
set in community mental health, inpatient, geriatric psychiatry, IOP/PHP, day hospital, college
counselling, EAP/EFAP, school, OAT and telehealth settings across Ohio, Minnesota, Texas,
Illinois, Michigan, Washington, Ontario, Quebec, BC, Alberta, Saskatchewan, Manitoba and Nova
Scotia. Identifier documents carry client and family names (including a lower-case name in a
quote, a pet and nicknames), DOBs and other dates (numeric, ISO, "Friday the 14th", "Boxing Day
2023", "Memorial Day 2023"), MRNs, Medicaid/OHIP/RAMQ/MSI/HSN/PHIN/AHCIP numbers, court and
student numbers, street addresses, ZIP and postal codes, phones, emails, a URL, an IP, social
handles, employers, schools, hospitals, churches, care homes, a military unit and ages over 89.
Clean documents are dense with look-alikes: PHQ-9/GAD-7/Y-BOCS/WISC-V/MMPI-3 scores, DSM/ICD
codes, CPT/HCPCS codes and modifiers, doses, session counts, durations, years and month+year,
ages under 90, statutes (HIPAA, 42 CFR Part 2, Ontario MHA forms, IDEA, Tarasoff, Dusky),
theorists (Linehan, Racker, Winnicott, Butler, Chochinov), hotlines (988, 741741, Good2Talk,
Seniors Safety Line, NORS, Farm Stress Line), generic payers and a "Duluth model".

First-sight figures, with the guard at 9bda23e: span recall 0.918, precision 0.941, identifier
documents fully caught 0.550, clean documents flagged 0.250 (the guard at 5d372b1, where this
session started: 0.924, 0.914, 0.550, 0.350).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b15b-001",
        """**Intake Summary — Adult Outpatient, Community Mental Health**

**Client:** Dana Whitcomb, DOB 04/17/1988 (36 y/o), MRN 00482217
**Payer:** Ohio Medicaid managed care, Member ID 910447382611
**Address:** 2214 Linwood Ave, Toledo, OH 43620 · cell (419) 555-0183

**Presenting concern:** Self-referred after a walk-in on 9/3 following a panic episode at work. Dana works second shift as a picker at the Kroger warehouse and reports 4–5 panic attacks weekly for roughly three months, escalating after her supervisor wrote her up for leaving the floor. PHQ-9 = 14, GAD-7 = 18, PC-PTSD-5 = 2 (not indicative). AUDIT-C 3.

**History:** Raised by maternal grandmother. Two prior episodes of treatment (2012, 2019), both brief, both discontinued when coverage lapsed. No hospitalizations. Denies SI/HI currently; C-SSRS screen negative. One son, Mason (9), in 3rd grade at Glendale-Feilbach Elementary.

**Diagnostic impression:** F41.0 panic disorder; r/o F41.1.

**Plan:** Weekly CBT for panic (interoceptive exposure per Barlow's protocol), 90791 at intake then 90834. Refer to PCP for med eval — she's open to an SSRI. Provided 988 and the county crisis line.

Looking for consult on whether to start FMLA paperwork this early — she's asking, and I'm not sure the documentation supports intermittent leave yet.""",
        [
            ("Dana Whitcomb", "name"),
            ("Dana", "name"),
            ("04/17/1988", "date"),
            ("00482217", "id_number"),
            ("910447382611", "id_number"),
            ("2214 Linwood Ave", "place"),
            ("Toledo", "place"),
            ("43620", "place"),
            ("(419) 555-0183", "phone"),
            ("9/3", "date"),
            ("Kroger", "organisation"),
            ("Mason", "name"),
            ("Glendale-Feilbach Elementary", "organisation"),
        ],
    ),
    (
        "b15b-002",
        """SOAP — IOP Group + Individual, Day 14 of 30 (program week 5)

S: Client (late 20s, cis M) reports sleeping 5–6 hrs/night, down from 3–4 at admission. "The cravings are like a 4 out of 10 now, they were a 9." Attended two AA meetings over the weekend and one SMART Recovery online meeting Tuesday. Denies SI; C-SSRS since-last-contact negative.

O: Alert, oriented x4, good hygiene. Affect brighter, congruent. UDS today negative on all panels incl. fentanyl; EtG negative. PHQ-9 11 (admit 19), GAD-7 9 (admit 15). BAM use subscale 2.

A: F10.20 alcohol use disorder, moderate; early remission not yet met (< 3 months). F32.1. Progressing toward Goal 2 (coping skills); engagement strong. Naltrexone 50 mg daily per prescriber, adherent per self-report and pill count.

P: Continue IOP 3 hrs/day, 3 days/wk (S9480). Individual 45 min weekly (90834). Begin relapse-prevention plan per Marlatt's model next session. Review step-down to standard OP at the week 8 utilization review — payer authorized 24 units through end of month. Crisis resources reviewed: 988, SAMHSA National Helpline 1-800-662-4357.

Question for the group: anyone using the BAM at every session or just monthly? Our payer is asking for it weekly and I'm not convinced it's adding anything clinically.""",
        [],
    ),
    (
        "b15b-003",
        """Re: accommodation letters that never arrive

Same thing happened to me this term. My client Priya R. (2nd-year engineering at McMaster) came in after failing two midterms — GAD-7 of 17, PHQ-9 of 12, no SI. She's already registered with accessibility services and they confirm the letter went out on Oct 2, but her instructor says he never got it. She forwarded me the email chain from priya.raghu@mcmaster.ca, which I've put in the file.

What's complicating things: she moved out of residence in September and is now couch-surfing between a friend's place in Westdale and her aunt's in Brampton because the landlord on Emerson St is doing "renovations" (read: renoviction). So some of this is housing, not anxiety.

I'm using a brief CBT frame — 6 sessions is our usual cap — and I've been coaching her on self-advocacy scripts. I'm wary of emailing the instructor myself; our centre's policy is that we only confirm attendance with written consent, per PHIPA.

Has anyone escalated through the accessibility office instead? And any good off-campus housing resources for students in Ontario, beyond the Landlord and Tenant Board site?""",
        [
            ("Priya R.", "name"),
            ("McMaster", "organisation"),
            ("Oct 2", "date"),
            ("priya.raghu@mcmaster.ca", "email"),
            ("Westdale", "place"),
            ("Brampton", "place"),
            ("Emerson St", "place"),
        ],
    ),
    (
        "b15b-004",
        """**Treatment Plan — 90-day review** (child/adolescent outpatient)

Client: 11-year-old, 5th grade, lives with mother and maternal grandmother. Dx: F90.2 ADHD, combined presentation; F93.0 separation anxiety disorder. Medication: methylphenidate ER 27 mg qAM (pediatrician manages).

**Problem 1 – Separation anxiety / school refusal**
- Goal: attend full school days ≥ 4 of 5 days/week for 6 consecutive weeks.
- Baseline: 2.1 days/week (attendance record, Sept–Oct). Current: 3.4.
- Objectives: (a) complete exposure hierarchy steps 1–6 (SUDS ≤ 30 before advancing); (b) parent completes SPACE program sessions 1–12 with clinician.
- Measures: SCARED parent 38 → 29, child 33 → 27. Spence CAS pending.

**Problem 2 – Inattention/impulsivity at school**
- Goal: 504 plan in place with a daily behavior report card (DRC) per Pelham's model.
- Vanderbilt teacher form: 7/9 inattentive items, 6/9 hyperactive.
- Mother has consented (release on file) to coordinate with the school counselor; the 504 meeting is set for a Thursday in November.

**Frequency:** 90834 weekly x 12, then biweekly. Family session (90847) monthly.
**Discharge criteria:** SCARED child < 25 on two consecutive administrations; attendance goal met.

Crisis plan: none indicated (ASQ screen negative). Family has 988 and Crisis Text Line (text HOME to 741741).""",
        [],
    ),
    (
        "b15b-005",
        """DISCHARGE SUMMARY — Geriatric Psychiatry Unit

Patient: Eleanor Ruth Haskins   MRN: 7730015-4   Admit: 02/11   Discharge: 02/26
Age: 94   Legal status: voluntary (consent via HCPOA — daughter, Judith Haskins-Moore)
Attending: Dr. Samuel Oyelaran

Reason for admission: Transferred from Mercy St. Vincent ED after 5 days of refusing food and fluids at her assisted living (Heritage Pointe of Sylvania), with new-onset paranoid ideation that staff were poisoning her meals.

Hospital course: UA positive, treated for UTI (nitrofurantoin x 5 days) with partial improvement of confusion. MoCA 16/30 on day 3 → 21/30 on day 12. CAM negative by day 6. GDS-15 = 9. Quetiapine 12.5 mg qHS started day 2 for nocturnal agitation, tapered and discontinued day 13 — no further paranoid content. Mirtazapine 7.5 mg qHS initiated for depressed mood/appetite; weight stable at discharge.

Discharge diagnoses: Delirium due to UTI, resolved (F05); MDD, single episode, moderate (F32.1); r/o major neurocognitive disorder — outpatient neuropsych referral.

Disposition: Return to assisted living with memory-support assessment within 30 days. Home health for med management. Follow-up with geriatric psychiatry clinic in 2 weeks. Daughter's number for coordination: 419-555-0147.

Posting for consult: is anyone else seeing the same facility culture of sending residents out for "behaviors" without a medical workup first?""",
        [
            ("Eleanor Ruth Haskins", "name"),
            ("7730015-4", "id_number"),
            ("02/11", "date"),
            ("02/26", "date"),
            ("94", "age"),
            ("Judith Haskins-Moore", "name"),
            ("Samuel Oyelaran", "name"),
            ("Mercy St. Vincent", "organisation"),
            ("Heritage Pointe of Sylvania", "organisation"),
            ("419-555-0147", "phone"),
        ],
    ),
    (
        "b15b-006",
        """Sharing a de-identified Stanley-Brown safety plan I built with a client this week, for feedback from the college counseling folks. Client is a 19-year-old first-year, recent ED visit for SI with plan (no attempt), discharged with outpatient follow-up. C-SSRS: ideation with intent, no behavior in past 3 months. PHQ-9 item 9 = 2.

**Step 1 – Warning signs:** skipping meals; staying in bed past noon; re-reading old texts from ex; thinking "everyone would be relieved."
**Step 2 – Internal coping:** 20-minute walk with a podcast; cold water on face (TIPP); guitar — two songs minimum.
**Step 3 – People/places for distraction:** floor lounge; the dining hall at dinner rush; the 24-hour library study room.
**Step 4 – People to ask for help:** roommate (knows about plan); older sister; RA on duty.
**Step 5 – Professionals/agencies:** counseling center (business hours, same-day crisis slot); after-hours on-call counselor via the main center line, option 2; 988 call/text/chat; Crisis Text Line 741741; campus police for emergencies; nearest ED.
**Step 6 – Making the environment safer:** client agreed to give the bupropion XL 150 mg supply to the RA and receive 7-day blister packs; no firearms access (confirmed with parents by phone, with consent).

Reason for living (client's words): "my sister's wedding in June and I promised I'd learn the song."

Question: our policy requires a 72-hour follow-up contact after any ED visit. Do others request a welfare check if the student doesn't respond to two outreach attempts, or do you wait for the Thursday CARE team meeting?""",
        [],
    ),
    (
        "b15b-007",
        """Looking for a second pair of eyes on the summary section of a Views of the Child report before it goes to counsel. I've cut most of it but left the structure.

---
**Re:** Tremblay v. Okonkwo, BC Provincial Court File No. F-2023-04417 (Surrey Registry)
**Child:** Noah Tremblay-Okonkwo, born 2014-06-09, Grade 4, Hyland Elementary
**Interviews:** 2024-01-16 (at school), 2024-01-23 (my office), 45 min each

**Summary of the child's views:** Noah described both homes positively. He stated he wants "more days at Dad's because of the dog (Tank) and because Dad lets me do hockey," and he "doesn't like the switching on Sunday nights." He denied being told what to say. When asked about his mother's new partner ("Marcus"), he said "he's fine, he makes pancakes."

No standardized measures were administered (this is a Views of the Child report, not a full s. 211 assessment — no parenting-arrangement opinions are offered).
---

My concern: the father's counsel has asked me to "add a recommendation re: parenting time." My understanding is that's out of scope for a Views report and I'd be straying into an assessment I didn't conduct. Does anyone have the college or association guidance handy on scope creep in these?""",
        [
            ("Tremblay", "name"),
            ("Okonkwo", "name"),
            ("F-2023-04417", "id_number"),
            ("Surrey", "place"),
            ("Noah Tremblay-Okonkwo", "name"),
            ("Noah", "name"),
            ("2014-06-09", "date"),
            ("Hyland Elementary", "organisation"),
            ("2024-01-16", "date"),
            ("2024-01-23", "date"),
            ("Tank", "name"),
            ("Marcus", "name"),
        ],
    ),
    (
        "b15b-008",
        """DAP — EFAP short-term counselling, session 3 of 5 (annual allotment)

D: Client is a 42-year-old warehouse supervisor at a large logistics employer, referred via the EFAP line after a formal performance review. Reports improved sleep (6.5 hrs avg per sleep diary vs 4.5 at intake). Used the "worry window" 5 of 7 days. Conflict with a direct report continues; client practised the DESC script in session. PHQ-9 8 (intake 13). GAD-7 10 (intake 16). WHO-5 raw 12. Denies SI/HI. Alcohol: 2–3 beers on weekend nights, down from nightly; AUDIT 7.

A: Adjustment disorder with mixed anxiety and depressed mood (F43.23), improving. No indication for a higher level of care. Client understands the EFAP does not report content to the employer; only utilization (number of sessions) is reported in aggregate, consistent with the provider's confidentiality policy and PIPEDA.

P: Session 4 in two weeks — assertiveness and values clarification (ACT hexaflex: "values" and "committed action"). At session 5 discuss a warm handoff to a community therapist if ongoing work is wanted; client's extended health benefits cover $1,500/year for a registered psychotherapist. Provided 988 and the EFAP 24/7 line.

Consult question: how are people handling mandatory-referral cases where HR wants "confirmation of compliance"? Our contract says attendance only, with a signed consent.""",
        [],
    ),
    (
        "b15b-009",
        """BIRP — Partial Hospitalization Program, Day 6

B: Pt (17F) arrived 20 min late, driven by mother. Reports urge to self-harm 7/10 last night after a peer posted a screenshot of her old account (@ghostgirl.0) in a group chat. No self-harm per pt; skin check by nursing unremarkable. Attended DBT skills group; participated in chain analysis.

I: Therapist reviewed distress tolerance (TIPP, self-soothe kit). Completed a chain analysis of the night of Friday the 14th; identified vulnerability factors (skipped dinner, 4 hrs sleep). Discussed a plan for deactivating the old account and blocking the peer, Kaylee Brandt, across platforms.

R: Pt engaged, tearful at times; able to identify 3 links in the chain where she could have used skills. Said "I don't want to be ghostgirl anymore." Mother requested the school be informed; pt consented to a limited release to the school counselor at Lakota East High School (Ms. Fiorentino) re: return-to-school plan.

P: Continue PHP 5 days/week, anticipated LOS 10–14 days. Psychiatry to review fluoxetine 20 mg → 30 mg. Family session Thursday. Reassess C-SSRS daily (today: passive ideation, no plan, no intent).

Question for the group: has anyone had success getting a school to address peer cyberbullying when it all happens off-campus on Snapchat?""",
        [
            ("@ghostgirl.0", "handle"),
            ("ghostgirl", "handle"),
            ("Friday the 14th", "date"),
            ("Kaylee Brandt", "name"),
            ("Lakota East High School", "organisation"),
            ("Fiorentino", "name"),
        ],
    ),
    (
        "b15b-010",
        """**Psychological Assessment Summary (for consultation — identifying info removed)**

Referral question: Adult ADHD vs. anxiety-related attentional complaints in a 34-year-old graduate student; referred by PCP prior to a stimulant trial.

Measures: WAIS-IV, CPT-3, CAARS (self and observer), BRIEF-A, DIVA-5 structured interview, PAI, BDI-II, BAI, TOMM.

Results (selected):
- WAIS-IV FSIQ 112 (79th %ile); VCI 121, PRI 110, WMI 97, PSI 89 — a 32-point VCI–PSI split.
- CPT-3: Omissions T = 58, Commissions T = 66, HRT SD T = 63 — atypical profile, "likely" ADHD indicator.
- CAARS self: DSM-IV Inattentive T = 78; observer (spouse) T = 71.
- DIVA-5: 7/9 inattentive criteria met in childhood and adulthood; school report cards (grades 2–6) corroborate "daydreams," "incomplete work."
- PAI: valid profile (ICN, INF, NIM, PIM within limits). ANX T = 64, DEP T = 58. TOMM Trial 2 = 50/50.
- BDI-II 14 (mild), BAI 17 (mild-moderate).

Impression: F90.0 ADHD, predominantly inattentive presentation; anxiety symptoms present but insufficient to account for a lifelong attention profile. Performance validity intact.

Recommendations: PCP stimulant trial (consider long-acting), CBT for adult ADHD per Safren's protocol (12 sessions), accommodations via the university disability office (extended time 1.5x, reduced-distraction testing).

Curious how people weight the CPT-3 when self-report and history are this clear — is it adding anything beyond the validity data?""",
        [],
    ),
    (
        "b15b-011",
        """Telehealth licensure question — client connecting from out of province

Hi all. I'm an RCT in Nova Scotia. I've been seeing a client (Jordan Pelletier, 27) by video since spring — he's originally from Antigonish, MSI 0012 345 678. Last session the platform flagged that the connection was coming from an IP geolocated to Alberta (172.58.14.203 in the audit log), and Jordan confirmed he's taken a seasonal job at a camp outside Fort McMurray with Suncor, back around Dec 20. He wants to keep going weekly.

Clinically he's doing well — PCL-5 down from 51 to 33 over 14 sessions of CPT (cognitive processing therapy, not the test!), PHQ-9 9. No SI.

My understanding is that the rules of the jurisdiction where the client is physically located can apply, but I'm genuinely unsure how that works when the other province regulates the profession differently. Does anyone know whether I need anything on the Alberta side, or whether my liability insurer cares? I've updated the emergency plan: local emergency services via 911, 988, and his emergency contact is his mother in New Glasgow (902-555-0166).""",
        [
            ("Jordan Pelletier", "name"),
            ("Jordan", "name"),
            ("Antigonish", "place"),
            ("0012 345 678", "id_number"),
            ("172.58.14.203", "ip"),
            ("Fort McMurray", "place"),
            ("Suncor", "organisation"),
            ("Dec 20", "date"),
            ("New Glasgow", "place"),
            ("902-555-0166", "phone"),
        ],
    ),
    (
        "b15b-012",
        """Consult request — juvenile competency to stand trial evaluation, summary section

Posting the de-identified summary; happy to share the redacted full report with anyone who messages me through the platform.

Youth: 14-year-old, 8th grade, charged in juvenile court with a felony-level offense (details omitted). Evaluation ordered under the state's juvenile competency statute; I used the JACI (Juvenile Adjudicative Competence Interview) framework plus record review.

Testing: WISC-V FSIQ 71 (3rd %ile), VCI 68, WMI 72. WIAT-4 reading comprehension SS 64. TOMM Trial 1 = 46, Trial 2 = 49 (adequate effort). Prior IEP under IDEA, eligibility category Specific Learning Disability (reading) since 3rd grade.

JACI findings: Understood the role of the judge ("decides if you did it") and prosecutor; confused the defense attorney's role with the probation officer's. Could not describe a plea bargain after two teaching trials. Recalled 1 of 4 teaching points at a 20-minute delay.

Opinion (draft): Not competent at this time, due to developmental immaturity combined with borderline intellectual functioning; substantial probability of attaining competency with remediation within 90 days (the statutory period), via a structured restoration curriculum with visual supports.

My question: Dusky v. United States (1960) and Drope v. Missouri (1975) get cited for the adult standard; how are others handling "developmental immaturity" as a predicate when the statute only lists mental illness and intellectual disability? Is anyone citing Grisso's work explicitly in the opinion section?""",
        [],
    ),
    (
        "b15b-013",
        """Oh I feel this one. I had a couple last year — Brent and Melissa — where the affair partner was literally in their small group at Cornerstone Community Church, so every Sunday was an exposure trial nobody consented to. What helped was being really explicit about the no-contact boundary early (Gottman's atonement phase) and letting them decide together about the church rather than me pushing it. They ended up switching to a congregation over in Maple Grove, which cost Melissa a lot of friendships.

The kids (Avery, 10, and the little one, Jace) picked up on everything. I did one family session and Avery drew a picture of the dog, Pickles, sitting between the two parents, which... yeah.

For your couple: I wouldn't start EFT stage 1 de-escalation until the disclosure process is done. I use a structured disclosure (written, read in session, questions submitted in writing 48 hours ahead). The Spring book "After the Affair" is good homework for the hurt partner. DAS was 78 for her, 91 for him at intake, fwiw — big gap.""",
        [
            ("Brent", "name"),
            ("Melissa", "name"),
            ("Cornerstone Community Church", "organisation"),
            ("Maple Grove", "place"),
            ("Avery", "name"),
            ("Jace", "name"),
            ("Pickles", "name"),
        ],
    ),
    (
        "b15b-014",
        """Question re: Form 1 → Form 3 timing and a patient who wants to go voluntary

Ontario inpatient SW here. We admitted a 38-year-old man on a Form 1 (Mental Health Act, s. 15) from the ED last week — he was brought in by police under s. 17 after a welfare check. Psychotic features, not sleeping, BPRS 58 at admission. The attending completed a Form 3 (certificate of involuntary admission) at hour 68 of the 72-hour Form 1 period; Form 30 notice was given, and the rights adviser met with him within 24 hours.

He's now much more organized (BPRS 34, day 7 of olanzapine 15 mg qHS), and he's asking to convert to voluntary status. The psychiatrist is hesitant because he's said he'll stop meds "the minute I'm out" and there are two prior admissions with significant self-neglect. He has also filed a Form 16 to apply to the Consent and Capacity Board re: the certificate.

What I'm trying to think through:
1. If he goes informal/voluntary, the CCB hearing becomes moot — does anyone routinely discuss that with patients before they withdraw?
2. Is a CTO (community treatment order, s. 33.1) even on the table? My understanding is the criteria include 2+ admissions or 30+ cumulative days in the past 3 years, or a previous CTO — he'd meet the admission criterion.
3. Any good plain-language handouts on the CCB process? We're using the Psychiatric Patient Advocate Office materials.

Thanks — and yes, I've looped in our legal/risk office.""",
        [],
    ),
    (
        "b15b-015",
        """Supervision reflection — week 9 of practicum

I want to write about the session with Destiny on Tuesday because I think I got pulled into rescuing. She's a junior at Roosevelt High and had come in during lunch, crying because Mr. Halvorsen had announced grades in front of the class and she got a 41% on the chem test. Within five minutes I was offering to talk to him, which is not my role, and I could feel myself wanting her to like me.

In supervision, my site supervisor pointed out that I didn't explore the "I'm going to get kicked out" statement — Destiny's family moved from Yakima over the summer and she lives with her older brother, Luis, who works nights at the Tyson plant in Pasco. There's a real fear underneath the grade. We talked about Rogers' core conditions and how my urgency isn't the same as empathy.

Next time: slow down, reflect, ask about safety at home. I also need to check the district's mandated reporter guidance since she mentioned Luis "sometimes doesn't come home till morning" and she's 16 — probably not reportable on its own, but I want to be sure.

Measures: none formal, this is school counseling; I'm tracking a simple SUDS at start/end (8 → 5).""",
        [
            ("Destiny", "name"),
            ("Roosevelt High", "organisation"),
            ("Halvorsen", "name"),
            ("Yakima", "place"),
            ("Luis", "name"),
            ("Tyson", "organisation"),
            ("Pasco", "place"),
        ],
    ),
    (
        "b15b-016",
        """Group Note — DBT Skills for Adolescents (multi-family), Module: Walking the Middle Path, week 3 of 4

Attendance: 7 of 9 teens enrolled, 6 caregivers. Two absences excused (illness, school event). Group length 120 min (90853 for teens; caregiver component documented per agency policy as family psychoeducation).

Content: Diary card review (10 min each pair, split rooms), validation (levels 1–6 per Linehan), "dialectical dilemmas" (excessive leniency vs authoritarian control). Role-play of validating a teen who failed a driving test.

Observations:
- Overall engagement good; 5/7 teens completed diary cards all 7 days.
- One teen (16M) reported a self-harm urge of 4/5 midweek, used TIPP, no behavior. Individual therapist notified per protocol.
- One caregiver dyad (mother/15F) escalated during role-play; co-facilitator took the pair to the side room for a 5-minute break, they returned and completed the exercise.
- DERS-SF group mean (n = 7): 64 at module start → 58 now.

Homework: practice one validation per day, log on the back of the diary card.

Facilitator note: Next cycle begins after winter break; waitlist is 11 families. Looking for ideas on keeping caregivers engaged in the graduate group — ours drop off after week 16.""",
        [],
    ),
    (
        "b15b-017",
        """Intake summary shared for case conference (bilingual team — written in English for this forum)

**Client:** Marie-Ève Gagnon, 31 — born 1993-06-18, RAMQ GAGM 9356 1812
**Referred by:** CLSC de Rosemont (Dr. Benoît Lachance, family physician)
**Address:** 5820, rue Saint-Hubert, app. 3, Montréal H2S 2L7

**Presenting:** Postpartum onset (baby girl, Léa, born in August). EPDS 19 at the 8-week visit, item 10 = 1 (passive, no intent). Intrusive harm-related thoughts about the baby, ego-dystonic, with checking rituals (checks bath water temperature 6–8x). No psychotic features. Partner (Olivier) supportive, works at Bombardier, on parental leave from January under QPIP.

**Impression:** Postpartum depression with prominent obsessive-compulsive features (r/o F42.2). Sertraline 50 mg started by GP, considered compatible with breastfeeding per LactMed.

**Plan:** CBT with ERP for perinatal OCD, 12–16 sessions; couple session at #3. Referral to the perinatal psychiatry clinic at the Jewish General — waitlist ~6 weeks.

Question: does anyone have good French-language ERP worksheets for perinatal intrusive thoughts? Most of mine are English.""",
        [
            ("Marie-Ève Gagnon", "name"),
            ("1993-06-18", "date"),
            ("GAGM 9356 1812", "id_number"),
            ("CLSC de Rosemont", "organisation"),
            ("Benoît Lachance", "name"),
            ("5820, rue Saint-Hubert, app. 3", "place"),
            ("Montréal", "place"),
            ("H2S 2L7", "place"),
            ("Léa", "name"),
            ("Olivier", "name"),
            ("Bombardier", "organisation"),
            ("Jewish General", "organisation"),
        ],
    ),
    (
        "b15b-018",
        """Replying to your question about what goes in the chart vs. process notes:

Short version — under HIPAA, "psychotherapy notes" (45 CFR 164.501) are the separate notes you keep analyzing session content, and they get extra protection: they're excluded from the patient's right of access and most disclosures need a specific authorization. But the definition EXCLUDES medication prescribing and monitoring, session start/stop times, modalities and frequency, results of clinical tests, and any summary of diagnosis, functional status, treatment plan, symptoms, prognosis and progress. So your PHQ-9s, your F33.1, your 90837s, the sertraline 150 mg — all of that is the medical record no matter where you write it.

Two practical things:
1. If they live in the EHR in a field everyone can see, they probably aren't "psychotherapy notes" in the HIPAA sense. Keep them separate.
2. If you work in a Part 2 program (federally assisted SUD treatment), 42 CFR Part 2 adds its own consent rules on top — the 2024 final rule aligned much of it with HIPAA, but re-disclosure rules still bite.

State law can be stricter (some states give patients broader access; some have specific mental health confidentiality statutes), so check yours.

And honestly? Write your progress notes assuming the client will read them someday. Under the Cures Act information-blocking rules, many of them will, often through the portal within a day or two.""",
        [],
    ),
    (
        "b15b-019",
        """Follow-up on the veteran I posted about in March (PE vs CPT question)

Thanks to everyone who weighed in. Update for those who asked: we went with PE. Session 10 of 12 this week. PCL-5 has gone from 58 → 31, which is the first time Ray has dropped below the 33 cutoff. His in-vivo hierarchy topped out at driving past the Walmart on Gessner where he had his first flashback, and he did it twice this week with SUDS peaking at 60 instead of 95.

The imaginal piece is the IED incident from his deployment with 2nd Battalion, 7th Marines — specifically the 40 seconds after the blast. He's been listening to the recordings daily. His wife, Tamara, says he's sleeping through more nights.

Complication: his disability claim exam is scheduled at the Michael E. DeBakey VA on 6/12 and he's scared that "getting better" will lower his rating. I've been careful not to give advice on that; I told him to talk to his VSO. But I'm noticing homework avoidance the week before. Any thoughts on addressing the secondary-gain worry without being dismissive? It's a real financial concern — he's been out of work since the plant closure in Pasadena.

(988, press 1, reviewed at every session per our protocol.)""",
        [
            ("Ray", "name"),
            ("Gessner", "place"),
            ("2nd Battalion, 7th Marines", "organisation"),
            ("Tamara", "name"),
            ("Michael E. DeBakey VA", "organisation"),
            ("6/12", "date"),
            ("Pasadena", "place"),
        ],
    ),
    (
        "b15b-020",
        """**Discharge Summary — Eating Disorders PHP** (de-identified for peer review)

Demographics: 22-year-old, college senior on medical leave. Admitted as a step-down after 31 days of residential treatment.
Diagnosis at discharge: F50.01 anorexia nervosa, restricting type, in partial remission; F41.1 GAD.
Length of stay: 38 program days (PHP 6 hrs/day x 5 days/week, then 4 days/week for the final 2 weeks; rev code 0912).

Course:
- Weight restoration: BMI 16.2 at admission → 19.1 at discharge (goal range 19–20). %mBMI 89 → 105.
- EDE-Q global 4.6 → 2.3. CIA 38 → 21. GAD-7 15 → 8.
- Completed 6/6 challenge-food exposures, including eating out at a restaurant with a peer.
- Vitals stable, orthostatics resolved by week 2. Labs WNL (phosphorus monitored through week 1 for refeeding).
- Meds: olanzapine 2.5 mg qHS (started in residential, continued), escitalopram 10 mg.
- Family participated in 5 FBT-informed sessions adapted for a young adult.

Disposition: IOP 3 evenings/week x 4 weeks, then outpatient team (therapist weekly, RD weekly, PCP every 2 weeks for vitals and weight). Return to campus not before the spring semester, contingent on 8 weeks of weight stability.

Relapse plan: if weight drops > 2 lb for 2 consecutive weeks or purging emerges, team meeting within 72 hours and consider return to PHP. Client has ANAD helpline info and 988.

Peer question: how are you managing the insurer's "medical necessity" push to step down from PHP once BMI crosses 18.5? Our reviewer has quoted that threshold twice this month.""",
        [],
    ),
    (
        "b15b-021",
        """Quick consult — rural client, firearms, and the safety plan

Working in Saskatchewan, mostly telephone sessions. My client Wade Kowalchuk (58, grain farmer near Kindersley) scored 16 on the PHQ-9 last week with item 9 at 1. He's got long guns on the farm — coyotes, he says — and absolutely won't hand them over. His wife Sharon called me from her own line (306-555-0129) after the session to say he's been sleeping in the truck some nights since the canola crop failed. Losses are huge this year.

I'd like to have a lethal-means conversation that doesn't blow up the alliance. Is anyone using the CALM approach with farmers? Ideas like storing bolts separately or with a neighbour seem more realistic than removal. I've given him the Farm Stress Line (1-800-667-4442) and 988.

Also, his health card (HSN 812 334 905) came up as inactive in our system, which might just be an admin glitch. Next appointment is Nov 7. Thanks all.""",
        [
            ("Wade Kowalchuk", "name"),
            ("Kindersley", "place"),
            ("Sharon", "name"),
            ("306-555-0129", "phone"),
            ("812 334 905", "id_number"),
            ("Nov 7", "date"),
        ],
    ),
    (
        "b15b-022",
        """Process note — session 23 (twice-weekly psychodynamic, year 2)

She arrived four minutes late and sat on the edge of the couch rather than leaning back. Opened with: "I almost didn't come. It's stupid." Long silence (~90 sec). I noticed the urge to fill it and didn't.

Content: Her father's 70th birthday dinner over the weekend. He made a toast thanking "everyone who made this family" and didn't mention her mother, who died when the client was 12. She left the table and sat in the car for twenty minutes. "Nobody came to get me. That's the whole story of my life."

Countertransference: I felt a pull to reassure her, almost protective, and then irritation when she dismissed my first reflection ("You sound like a therapist"). I've been reading Racker on concordant vs complementary identifications — I think the irritation was complementary: I was briefly the father who doesn't come.

Interpretation offered (tentatively): that the lateness and "almost not coming" might be a test of whether I'd notice she was missing. She teared up, then laughed: "You noticed."

Frame issues: she asked whether we could move Thursday sessions to mornings during December. Will explore before agreeing; I'm mindful of Langs' point that frame changes carry meaning.

For my supervision group: thoughts on whether to name the anniversary reaction explicitly (her mother died in winter) or let it emerge? Winnicott's "Fear of Breakdown" keeps coming to mind.""",
        [],
    ),
    (
        "b15b-023",
        """SOAP — Telehealth (video), 53 min, 90837-95

S: Client (Hannah Lindqvist) joined from her car in the parking lot of Target corporate, where she works in merchandising — says it's the only private space she has at work. Reports worsening panic since her grandmother (92) moved in with the family in Edina. "I'm the one who does the nights because my mom can't." Sleep 4–5 hrs. Two panic attacks this week, one in a meeting.

O: Video steady; client alert, speech rapid, tearful x2. GAD-7 17 (prior 13). PHQ-9 12. PDSS 14.

A: F41.0 panic disorder; caregiver strain. Worsening in context of role overload. No SI/HI (C-SSRS screen negative).

P:
1. Interoceptive exposure deferred; focus this week on caregiver boundaries and respite options (county adult day programs; Senior LinkAge Line).
2. Client requests sessions before 7:30 AM. Moved to Wednesdays 7:00.
3. Confirmed location for this session: 1000 Nicollet Mall, Minneapolis 55403 — emergency protocol reviewed (local EMS via 911, 988).
4. Client asked that appointment reminders go to her personal email, hlindqvist88@gmail.com, not her work one. Updated in EHR.

Consult Q: how do people handle sessions from a car in a work lot? I worry about both privacy and that she's on the clock.""",
        [
            ("Hannah Lindqvist", "name"),
            ("Target", "organisation"),
            ("92", "age"),
            ("Edina", "place"),
            ("1000 Nicollet Mall", "place"),
            ("Minneapolis", "place"),
            ("55403", "place"),
            ("hlindqvist88@gmail.com", "email"),
        ],
    ),
    (
        "b15b-024",
        """Psychoeducational Assessment — Summary of Findings (shared for peer review, identifiers removed)

Student: Grade 6, age 11 years 4 months. Referred by the school's In-School Team following concerns with reading fluency and written output. Parents provided informed consent; the report will be placed in the OSR with parental consent per the Education Act.

Tests administered: WISC-V CDN, WIAT-III CDN, CTOPP-2, TOWRE-2, Beery VMI-6, BASC-3 (parent, teacher, self).

Key results:
- WISC-V CDN: FSIQ 98 (45th %ile); VCI 108, VSI 104, FRI 100, WMI 88, PSI 82.
- CTOPP-2: Phonological Awareness composite 79, Rapid Symbolic Naming 76.
- TOWRE-2: Total Word Reading Efficiency 74.
- WIAT-III: Word Reading 80, Pseudoword Decoding 77, Reading Comprehension 96, Spelling 78, Essay Composition 85.
- BASC-3: Anxiety At-Risk (T = 64, parent); teacher ratings in the average range.

Diagnostic impression: Specific Learning Disorder with impairment in reading (word reading accuracy, reading rate/fluency) — consistent with dyslexia — and in written expression (spelling). Consistent with the PPM 8 description of learning disability for identification through an IPRC as Exceptionality: Communication — Learning Disability.

Recommendations: Evidence-based structured literacy intervention (e.g., Empower Reading or an Orton-Gillingham-based program), 4–5 sessions/week; assistive tech (text-to-speech, speech-to-text); extra time (1.5x) including on EQAO; IEP with accommodations; monitor anxiety — consider school social worker check-ins.

Consult question: does anyone name specific programs like Empower in reports, or is that overstepping what the board can offer?""",
        [],
    ),
    (
        "b15b-025",
        """Closing this case today after 20 sessions — some takeaways for the group, since a few of you helped me think it through back in the fall.

1. Sport-related anxiety is often about identity, not performance. My 15-year-old client (you'll remember — the goalie) had built his whole self around being "the kid who'll play D1." When he got cut from the Shattuck-St. Mary's prep roster, it wasn't hockey he was grieving, it was the future.
2. Bring in the coach early, with consent. Coach Dubinski was far more helpful than I expected once the family signed the ROI — he was the one who noticed the panic symptoms in the locker room.
3. Let the kid name it. In session 14 he wrote in his journal: "i'm not just owen the goalie." I cried a little after he left, honestly.
4. Measures: SCAS 52 → 24; SAS-2 (sport anxiety) 48 → 27. No SI at any point.
5. The parents' divorce mattered more than any of us assumed. Dad moved to Rochester in October; the back-and-forth weekends were exhausting everyone.

He's now playing for the Faribault Falcons high school team and, in his words, "having fun again, which is weird." Discharged with a relapse plan and an open door.""",
        [
            ("Shattuck-St. Mary's", "organisation"),
            ("Dubinski", "name"),
            ("owen", "name"),
            ("Rochester", "place"),
            ("Faribault Falcons", "organisation"),
        ],
    ),
    (
        "b15b-026",
        """Ethics consult — duty to warn/protect, client disclosed threat toward ex-partner's new boyfriend

Context: 29-year-old male client, outpatient, 8 sessions in, working on anger and grief after a breakup. Today he said, "If I see him at the gym again I'll break his jaw." No weapon mentioned, no plan beyond that, and he laughed it off when I reflected it. History: one assault charge at 19 (dismissed), no DV history that I know of. I did a structured check of his risk factors after the session.

I'm in a state where the duty is permissive, not mandatory (I *may* disclose to protect, but I'm not required to), and our statute requires a "serious threat of physical violence against a reasonably identifiable victim." The boyfriend is identifiable (client knows his name and gym schedule). Is "break his jaw" serious physical violence? On its face, yes.

What I've done so far:
- Documented the verbatim statement, context, my risk assessment, and reasoning.
- Called my liability carrier's risk management line (45-minute consult — they were great).
- Scheduled a check-in in 48 hours instead of next week.
- Not yet disclosed to anyone.

Tarasoff (1976) is the reference point everyone cites, but state law is what actually governs. The carrier suggested that if I'm not confident the threat is serious, increased frequency plus documented safety planning is defensible; if I think it is serious, notify the victim and/or law enforcement per statute.

How would you weigh it? I'm leaning toward a direct conversation with him Thursday about what I'd have to do if he repeated it with intent.""",
        [],
    ),
    (
        "b15b-027",
        """Case presentation for Thursday's child & youth consult group (please keep in the group)

**Youth:** Kiana, 13, under a continuing custody order with MCFD since age 9. Current placement: foster home in Prince George (foster mom Deb Larocque) since June — 4th placement in 4 years.
**Guardianship worker:** Tom Saunders, MCFD Prince George office, 250-555-0174.
**School:** Grade 8 at Duchess Park Secondary; attendance ~60%.

**Why I'm presenting:** Three runaways since the start of the school year, most recently Sept 28, when she was found 2 days later at a friend's in Quesnel. She's disclosed that an older guy ("Jay") gives her rides and vapes. Screening concerns for sexual exploitation — I've completed the screening with the worker and a report is in.

**Clinical picture:** Trauma history (neglect, DV exposure, one substantiated sexual abuse finding). CATS self-report 39 (probable PTSD); CDI-2 T = 71. Sleeps 4–5 hrs. No self-harm disclosed. Prenatal alcohol exposure suspected but never assessed.

**What's working:** She likes drumming and comes to session when I play music. TF-CBT psychoeducation phase done (4 sessions), but she shuts down at the narrative.

**Question:** Do I keep trying TF-CBT, or shift to something like ARC or a relational/body-based approach until placement is more stable? And how hard should I push for an FASD assessment given waitlists (18+ months here)?""",
        [
            ("Kiana", "name"),
            ("Prince George", "place"),
            ("Deb Larocque", "name"),
            ("Tom Saunders", "name"),
            ("250-555-0174", "phone"),
            ("Duchess Park Secondary", "organisation"),
            ("Sept 28", "date"),
            ("Quesnel", "place"),
            ("Jay", "name"),
        ],
    ),
    (
        "b15b-028",
        """Billing question (US) — crisis sessions via telehealth and the 90839/90840 rules

I had a client present in acute crisis on a scheduled video session last week. We ended up going 95 minutes: safety assessment (C-SSRS: recent ideation with plan, no intent), safety planning, a call with her sister on speaker with consent, and coordinating a same-day psychiatric eval. She was safe at the end and went with her sister to the urgent psych clinic.

How I think this should bill:
- 90839 (first 30–74 min of psychotherapy for crisis) + 90840 x1 (each additional 30 min; ≥ 75 min total triggers it). So 95 min = 90839 + 90840 x1.
- Can't bill 90837/90834 or 90785 (interactive complexity) on the same day with 90839.
- Telehealth: POS 10 (patient at home) with modifier 95 for the commercial plan; the Medicaid MCO in our state still wants POS 02 + GT — ugh.
- Dx: F33.2 (MDD, recurrent, severe w/o psychotic features) + R45.851 (suicidal ideations) as secondary.

The commercial payer's policy says crisis codes require "urgent assessment and history of a crisis state, mental status exam, and disposition," with time spent face-to-face with the patient and/or family. The sister was on speaker during the session but not physically present. Does that count as "with family"? I've seen conflicting guidance.

Also, anyone had 90839 denied for lack of prior auth? Our plan says crisis codes are exempt from PA but I've had two denials this year.""",
        [],
    ),
    (
        "b15b-029",
        """Neuropsychological Screening — Summary (for consult re: a capacity question)

Name: Arthur Bellamy   DOB: March 3, 1933   OHIP: 4521-883-907-KT
Residence: Riverview Terrace retirement home, Peterborough
Referral: Family physician (Dr. Anjali Mehta) re: capacity to manage property — son (Graham) holds POA for property but his sister disputes the need to act on it.

Background: 91-year-old retired high school chemistry teacher, widowed in 2019. Independent in ADLs; needs help with IADLs (medications via blister pack, transport). Hearing aids bilaterally; tested with a pocket amplifier.

Results: MoCA 19/30 (lost points on delayed recall 1/5, visuospatial, fluency). RBANS Total Index 71 (3rd %ile): Immediate Memory 69, Delayed Memory 64, Language 88, Attention 85, Visuospatial 78. Trails B discontinued at 300 s. GDS-15 = 3. Financial capacity interview: able to describe his assets broadly (house, two RRIFs, pension) but could not explain why two recent transfers of $18,000 had been made to a "financial adviser" he met by phone.

Impression: Pattern consistent with major neurocognitive disorder, likely due to Alzheimer's disease, mild severity, with significant concern for financial exploitation.

Note: Under the Substitute Decisions Act, a formal capacity assessment for property is done by a designated capacity assessor — I'm not one, so my report is clinical, not an SDA assessment.

Question: has anyone coordinated with the Public Guardian and Trustee or a bank's fraud unit in a case like this? I've recommended a formal capacity assessment and a police report about the transfers.""",
        [
            ("Arthur Bellamy", "name"),
            ("March 3, 1933", "date"),
            ("4521-883-907-KT", "id_number"),
            ("Riverview Terrace", "organisation"),
            ("Peterborough", "place"),
            ("Anjali Mehta", "name"),
            ("Graham", "name"),
            ("91-year-old", "age"),
        ],
    ),
    (
        "b15b-030",
        """Replying to the thread on session caps in campus counselling:

At our centre (mid-sized Canadian university, ~20,000 students) we moved away from a hard cap two years ago. What we do now:
- Single-session/walk-in first contact (45 min), with same-day triage. Roughly 40% of students don't book again, and their follow-up satisfaction ratings are still high.
- Brief therapy after that — typically 4–8 sessions, reviewed at session 6 with the CCAPS-34 and a collaborative "what's next" conversation.
- Students needing longer-term work get bridged to community services; the student health plan covers $100 per session up to $1,500/year for a registered psychotherapist or psychologist, which helps a lot.
- Crisis: same-day appointments plus the 24/7 student support line through our external provider, and 988 (live in Canada since Nov 2023 — update your handouts if they still list only the old numbers!). Good2Talk for Ontario post-secondary students: 1-866-925-5454, or text GOOD2TALKON to 686868.

Data point: after the switch, mean wait for a first appointment went from 14 days to 2 days, and CCAPS Distress Index change scores were basically unchanged (mean drop 0.41 → 0.43).

The honest downside is that a small group of students with complex presentations (BPD traits, complex trauma, eating disorders) get bounced around more than I'd like. We're piloting a 12-session DBT-informed stream for them this year.""",
        [],
    ),
    (
        "b15b-031",
        """lol yes, the gaming thing. I have a 19yo client who streams — he showed me his channel in session (twitch.tv/frostbyte_kyle, about 300 followers) and it was honestly illuminating. The chat is where his social life is. His Discord handle is literally "FrostByte#4471" and he introduced me to his "best friend," who he's never met IRL and who lives in Ohio somewhere.

What's worked for me: I stopped framing it as "screen time" and started asking about the relationships *inside* the game. Turns out the anxiety (SPIN 48, pretty high) is about real-world stuff like his shifts at the Meijer in Kalamazoo, not online. Online he's fine. So we did exposure in the real world and used his streaming confidence as a resource.

Parents were skeptical. Mom emailed me from kmorrissey@wmich.edu (she works at the university) asking if I could "just tell him to stop." Redirected that, gently, with the ROI scope.

Anyway, I'd say meet them where they are. The IGDS9-SF is useful if you want to screen for actual gaming disorder vs. heavy-but-healthy use — his was 19, well below the usual cutoff.""",
        [
            ("twitch.tv/frostbyte_kyle", "url"),
            ("FrostByte#4471", "handle"),
            ("Meijer", "organisation"),
            ("Kalamazoo", "place"),
            ("kmorrissey@wmich.edu", "email"),
        ],
    ),
    (
        "b15b-032",
        """**Intake Summary — Adult Community Mental Health (de-identified for supervision)**

**Identifying info (removed):** 46-year-old, separated, two children (12, 15) in shared custody. Employed full-time in the trades; on short-term disability for 3 weeks at intake.

**Referral:** Family physician, via the centralized intake line; waitlist 11 weeks.

**Presenting problem:** Low mood, irritability, and poor sleep for ~8 months following a workplace shoulder injury and marital separation. Increased cannabis use (daily, evenings, ~1 g) "to turn my brain off." Passive SI ("wouldn't mind not waking up") over the past month; denies plan or intent. No prior attempts. No access to firearms (confirmed).

**Screening:** PHQ-9 19, item 9 = 1. GAD-7 12. CUDIT-R 14 (possible CUD). AUDIT 4. PCL-5 22. C-SSRS screen: positive for passive ideation only, low acute risk.

**Medications:** Escitalopram 10 mg (started 6 weeks ago by GP), zopiclone 7.5 mg PRN, naproxen.

**Formulation (brief):** Loss-heavy year (role as provider, partner, physical capacity), avoidance-based coping with cannabis, and sleep disruption maintaining low mood. Strengths: close with kids, long work history, insight, motivated.

**Impression:** F32.1 MDD, single episode, moderate; F12.10 cannabis use disorder, mild (provisional).

**Plan:**
1. BA + CBT-I components, 12 sessions, biweekly → weekly once a slot opens.
2. Liaise with GP re: escitalopram titration (consider 15–20 mg) — consent signed.
3. Safety plan completed; 988 and the local mobile crisis team number provided.
4. Workers' comp claim: client asking for a letter; our policy is to provide a treatment summary only on request from the board, with consent.

**Consult question:** How are folks approaching the cannabis piece when it's clearly helping sleep short-term but probably maintaining the mood symptoms?""",
        [],
    ),
    (
        "b15b-033",
        """Court-ordered client — probation officer wants session notes. Help?

Client: Terrence "T.J." Mabry, on probation out of Cook County, case no. 2023-CR-0118842, PO is Angela Russo. He's completing a 26-week partner abuse intervention program with us, currently week 11.

The PO emailed me today asking for "full session notes and your assessment of his honesty." The court order and the release he signed only authorize: attendance, participation level, completion/non-completion, and any new disclosures of violence. That's standard for our program and, as I read it, consistent with 740 ILCS 110 (the Mental Health and Developmental Disabilities Confidentiality Act).

Clinically: he's engaged, though defensive (the Duluth model power-and-control wheel still triggers a lot of "she started it"). URICA puts him in contemplation. No new incidents reported; the victim advocate confirms no contact since the order.

I was going to reply with the standard monthly progress report and cite the release. My colleague thinks I should call the PO first. Anyone navigated this in Chicago or the suburbs? His next court date is April 22 and I don't want to be the reason things go sideways.""",
        [
            ('Terrence "T.J." Mabry', "name"),
            ("Cook County", "place"),
            ("2023-CR-0118842", "id_number"),
            ("Angela Russo", "name"),
            ("Chicago", "place"),
            ("April 22", "date"),
        ],
    ),
    (
        "b15b-034",
        """Treatment plan snippet for feedback — adult OCD (contamination + "just right"), outpatient, commercial insurance.

Dx: F42.2 OCD, mixed obsessional thoughts and acts, good/fair insight. Comorbid F41.1 (GAD-7 13).
Baseline Y-BOCS: 29 (obsessions 14, compulsions 15). DOCS contamination subscale 16/20. OCI-R 41.
Meds: fluvoxamine 200 mg/day (psychiatry), stable x 10 weeks.

Goal 1: Reduce compulsive washing from ~3 hrs/day to < 30 min/day within 16 weeks.
- Obj 1a: Build a 20-item exposure hierarchy (SUDS 10–100) by session 3.
- Obj 1b: ≥ 2 in-session ERP exposures/week (90837, twice weekly for weeks 1–6), plus daily 45-min homework exposures.
- Obj 1c: Response-prevention rules: showers ≤ 10 min, handwashing only before meals/after toilet, 20 sec.

Goal 2: Reduce "just right" ordering rituals that make her late for work.
- Obj 2a: Inhibitory learning approach (Craske et al., 2014) — vary contexts, track expectancy violation.

Outcome tracking: Y-BOCS every 4 weeks; target ≥ 35% reduction (treatment response) by week 12 and < 14 for remission.
Relapse prevention: booster sessions at 1, 3, 6 months.

The payer's reviewer asked why twice-weekly sessions are "medically necessary." I cited the intensive ERP literature (Foa & Kozak onward) plus functional impairment (missed 6 workdays last month). Anyone have a reviewer-friendly paragraph they reuse?""",
        [],
    ),
    (
        "b15b-035",
        """Discharge summary excerpt — Adult Day Hospital program (posting for feedback on the aftercare section)

Client: Samira Haddad, 24 — PHIN 104 227 318; admitted from the HSC Winnipeg psych emergency on Jan 9, discharged Feb 20 (6 weeks).
Address on file: 88 Pembina Hwy, Unit 1204, Winnipeg R3L 2C9.

Course: Admitted with MDD, recurrent, severe (PHQ-9 24; BDI-II 41) and daily passive SI following withdrawal from her nursing program at Red River College. Completed 6 weeks of the group program (CBT, DBT skills, behavioural activation, OT). Sertraline titrated 100 → 200 mg; quetiapine 25 mg qHS added for sleep in week 2, weaned by discharge. Discharge PHQ-9 10, BDI-II 18. SI resolved in week 4 per C-SSRS.

Aftercare (the part I'd like feedback on):
- Outpatient psychiatry follow-up in 4 weeks (booked).
- Referral to community mental health for individual CBT — waitlist 3–4 months. Bridging: the provincial virtual therapy program (free, self-referral).
- Return to school: she'd like to resume nursing in September; we've offered a letter to accessibility services with her consent.
- Crisis: 988, the provincial crisis line, mobile crisis.
- Family: her father (Karim) calls daily; she's asked that he get nothing beyond attendance.

Is a 3–4 month gap with only a self-guided virtual program too thin for someone this fresh off severe SI? What are other day hospital programs doing for bridging?""",
        [
            ("Samira Haddad", "name"),
            ("104 227 318", "id_number"),
            ("HSC Winnipeg", "organisation"),
            ("Jan 9", "date"),
            ("Feb 20", "date"),
            ("88 Pembina Hwy, Unit 1204", "place"),
            ("Winnipeg", "place"),
            ("R3L 2C9", "place"),
            ("Red River College", "organisation"),
            ("Karim", "name"),
        ],
    ),
    (
        "b15b-036",
        """BIRP — Community Support / Targeted Case Management (H0036), 60 min, home visit

B: Client (51, schizoaffective disorder, bipolar type — F25.0) met at apartment. Apartment clean; fridge stocked. Reports voices "quieter, like a radio in another room." Received LAI (paliperidone palmitate 156 mg monthly) at clinic 9 days ago — on schedule. Missed two med drops last month.

I: Reviewed upcoming SSI redetermination paperwork; completed the function report together (client dictated). Practiced a 3-step grocery budget with the $291 SNAP allotment. Coordinated with housing provider re: annual HQS inspection next month (Section 8/HCV). Screened: PHQ-9 7, BPRS-E 38, no SI/HI.

R: Client engaged ~45 of 60 min, then tired. Completed paperwork with prompts. Able to state next injection date and clinic hours. Said, "I want to keep this place. It's the longest I've had a door that locks."

P: Next visit in 1 week. Transport to LAI appointment. Follow up with peer support specialist re: WRAP update. Flag for team: two missed med drops — consider blister packaging vs. pharmacy delivery.

Team question: has anyone gotten a payer to cover daily med-drop visits beyond 2/week without an ACT designation? Our state plan limits H0036 units and we keep hitting the cap.""",
        [],
    ),
    (
        "b15b-037",
        """Replying to the question above about anniversary reactions after perinatal loss —

Yes, and I'd plan for it explicitly. My client lost her daughter at 38 weeks on Memorial Day 2023, and every year the long weekend is brutal — the hospital (Baylor Scott & White in Temple) even sent a "baby's first birthday" marketing email last year, which, I can't even. She wanted to name her baby in session and so we do: Juniper. Her husband calls her "Junie" when he talks about her, which I've started mirroring when invited.

What's helped:
- We pre-plan the weekend in session the week before (ritual, who's around, what to skip).
- Continuing bonds framing (Klass) rather than "closure."
- EPDS through the anniversary window; hers went 9 → 16 → 11 last year.
- Their dog, Biscuit, gets a lot of credit for getting her outside.

She's pregnant again (due the 2nd of June, ironically close), and the rainbow-baby anxiety is heavy. We're doing a lot of ACT work on holding both. Going back to work at Scott & White isn't happening — she left nursing there, too many triggers.

PSI's online support groups have been a big help for her. Happy to talk more offline.""",
        [
            ("Memorial Day 2023", "date"),
            ("Baylor Scott & White", "organisation"),
            ("Scott & White", "organisation"),
            ("Temple", "place"),
            ("Juniper", "name"),
            ("Junie", "name"),
            ("Biscuit", "name"),
            ("2nd of June", "date"),
        ],
    ),
    (
        "b15b-038",
        """Custody evaluation — summary of findings, for peer review before filing (all identifiers removed; parents referred to as Parent A / Parent B)

Scope: Court-ordered child custody evaluation per the state's family code, conducted consistent with the APA Guidelines for Child Custody Evaluations in Family Law Proceedings (2022) and the AFCC Model Standards. 14 contacts over 11 weeks: individual interviews (Parent A x3, Parent B x3), two home visits each, observations of each parent with the children (ages 6 and 9), collateral contacts (n = 7, including both children's teachers and a pediatrician), record review (school, medical, two CPS intakes — both unfounded).

Testing: MMPI-3 (both parents valid; Parent A mild defensiveness), PAI (Parent B, valid, no clinical elevations), PSI-4 (Parent A Total Stress 82nd %ile; Parent B 55th).

Summary: Both parents have adequate parenting capacity. The primary concern is inter-parental conflict (exchanges in front of the children; the 9-year-old said "I hate Sunday handoffs"). No evidence supporting Parent B's allegation of alienating behaviors at a level that would warrant restricting Parent A's time; some evidence of gatekeeping by both parties.

Recommendations (draft): joint legal decision-making; a 2-2-5-5 schedule; exchanges at school to minimize contact; a parenting coordinator for 12 months; a co-parenting course (an evidence-based 8-session program); individual therapy for the 9-year-old.

I'd love feedback on whether the gatekeeping language reads as balanced, and whether anyone includes PSI-4 percentiles in the summary or keeps them in the appendix.""",
        [],
    ),
    (
        "b15b-039",
        """SOAP — Opioid Agonist Therapy clinic, counselling visit (posting for consult on the lapse piece)

S: Curtis Nakamura (35) reports a slip on Boxing Day 2023 — smoked fentanyl once at his brother's place in Forest Lawn, "because everyone was using and I was bored and sad." None since. Cravings 6/10 mid-afternoon. Working again — framing crew with Brookfield Residential since the fall. Lives with girlfriend (Alyssa) in a basement suite on 17 Ave SE.

O: On buprenorphine-naloxone 16/4 mg daily, observed dosing at his community pharmacy on 36 St. UDS today: positive buprenorphine, norbuprenorphine; negative fentanyl, methamphetamine. COWS 0. Affect appropriate, sheepish when discussing the slip.

A: F11.20 opioid use disorder, severe, on maintenance. Single lapse in context of holiday isolation and a family using environment; no return to regular use. Naloxone kit: has one, expired.

P:
- Replaced naloxone kit. Reviewed overdose risk with reduced tolerance, "never use alone," and the National Overdose Response Service (1-888-688-6677).
- Carries: currently 6 take-home doses/week; holding at that level (not reducing) given stable UDS, per clinic policy and the provincial guideline.
- Relapse prevention: plan for family gatherings; identify two non-using supports.
- AHCIP 41827-6630 confirmed for billing; cell 403-555-0112 updated.

Question: our clinic debates whether a single lapse should affect carries at all. Where do others land?""",
        [
            ("Curtis Nakamura", "name"),
            ("Boxing Day 2023", "date"),
            ("Forest Lawn", "place"),
            ("Brookfield Residential", "organisation"),
            ("Alyssa", "name"),
            ("17 Ave SE", "place"),
            ("36 St", "place"),
            ("41827-6630", "id_number"),
            ("403-555-0112", "phone"),
        ],
    ),
    (
        "b15b-040",
        """Closing reflections — 18 months with an older adult client by phone/video

Wrapping up today. Some takeaways, for anyone doing geriatric work via telehealth:

- Tech is a clinical variable. We spent the first three sessions just getting video to work; in the end, phone was better for her (hearing aids + tablet audio = feedback squeal). I stopped apologizing for phone sessions. Our college's standards allow it as long as identity and location are verified each session.
- Measure, but lightly. GDS-15 at intake 11, at close 4. I did a MoCA-Blind by phone at 6 and 12 months (19/22, then 18/22) just to track — stable enough that I wasn't worried about her capacity to consent to ongoing treatment.
- Grief and life review. She's 87; lost her husband of 61 years and two siblings within the same 14 months. Butler's life review framework and some dignity therapy questions (Chochinov) were the spine of the work.
- Elder abuse screening isn't a one-time thing. Repeated the EASI at 6 and 12 months — negative throughout — but a colleague caught financial exploitation at month 9 with a different client, so I'm keeping the habit.
- Ending. We tapered from weekly to biweekly to monthly over 4 months. She asked if she could send a Christmas card. I said yes.

Resources I left her with: 211 for community supports, the Seniors Safety Line (1-866-299-1011, Ontario), 988, and her family doctor's after-hours line.

Thanks to the geri consult group here; you were a big help in month 2 when I was floundering.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind15b"}
        for doc_id, text, items in DOCS
    ]
