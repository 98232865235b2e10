"""Blind evaluation batch t6c, written by a helper session for Practica's PHI guard. Focus is
structured clinical writing from the UK (England, Scotland, Wales), Ireland, the US, Canada,
Australia and New Zealand: SOAP/DAP/BIRP notes, risk tables, 5 Ps and hot cross bun
formulations, treatment and care plans, discharge summaries, referral letters with headers and
signature blocks, Markdown tables, bullet lists, heavy clinical abbreviations (Pt, Hx, Dx, Rx,
SI/HI, MSE, TAU), Title Case headings, generic team names (Crisis Resolution Team, Home
Treatment Team, Early Intervention in Psychosis, Intensive Outpatient Program), named national
services and helplines, legal forms and sections (s136, Form 1, STDC, CTO) and
billing/diagnostic codes. Identifier documents carry names, record/insurance/court numbers,
dates of birth, addresses, postcodes, phone/fax, emails, handles, an IP and a URL, employers,
schools, GP practices and hospitals, mostly inside headers, tables, lists and signature blocks;
clean documents are dense with look-alikes.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard as it was just after a7c6ae1: span recall 0.957, precision 0.742,
identifier documents fully caught 0.667, clean documents flagged 0.625.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "t6c-001",
        """**Riverside Lane Surgery**
22 Marsh Wall Road, Tewkesbury, GL20 5QT
Tel: 01684 555 210 | Fax: 01684 555 211

**Date:** 11/06/2024
**To:** Single Point of Access, Adult Community Mental Health Team

**Re:** Mr Callum Petrie
**DOB:** 03/09/1991
**NHS No:** 462 118 9904
**Address:** Flat 4, 9 Barton Street, Tewkesbury, GL20 5PR

Dear Colleague,

Thank you for seeing this 32-year-old man with a 6-month Hx of low mood, early morning wakening and passive SI without plan or intent. PHQ-9 today 19, GAD-7 14. He has been on sertraline 100 mg OD since February with limited response. He works as a warehouse supervisor at Dowty Propellers and has been signed off since the start of May. He denies HI. No previous admissions. Alcohol: approx 30 units/week (AUDIT-C 9).

He lives alone; his sister Morven visits weekly and is aware of this referral. He has consented to information sharing.

I would be grateful for assessment and consideration of psychological therapy via NHS Talking Therapies if secondary care is not indicated.

Yours sincerely,

Dr Ifeoma Adeyemi
GP Partner, Riverside Lane Surgery""",
        [
            ("Riverside Lane Surgery", "organisation"),
            ("22 Marsh Wall Road", "place"),
            ("Tewkesbury", "place"),
            ("GL20 5QT", "place"),
            ("01684 555 210", "phone"),
            ("01684 555 211", "phone"),
            ("11/06/2024", "date"),
            ("Callum Petrie", "name"),
            ("03/09/1991", "date"),
            ("462 118 9904", "id_number"),
            ("Flat 4, 9 Barton Street", "place"),
            ("GL20 5PR", "place"),
            ("Dowty Propellers", "organisation"),
            ("Morven", "name"),
            ("Ifeoma Adeyemi", "name"),
        ],
    ),
    (
        "t6c-002",
        """## SOAP Note – Session 7

**S:** Pt reports "a rough week" following an argument with her stepfather over the Fourth of July weekend. Endorses passive SI ("sometimes I think everyone would be better off"), denies plan, intent or access to firearms. Denies HI. Sleep 4-5 hrs/night. Attended two AA meetings.

**O:** Casually dressed, good hygiene. Affect constricted, congruent with stated mood. Speech normal rate/volume. TP linear, goal-directed. No evidence of psychosis. PHQ-9 = 18 (up from 14 at intake), C-SSRS screener: passive ideation only. Insight fair, judgment fair.

**A:** MDD, recurrent, moderate (F33.1). Alcohol use disorder, mild, in early remission (F10.11). Risk assessed as low-moderate; protective factors include her dog, her part-time job and her faith community.

**P:**
- Updated Stanley-Brown Safety Plan; pt keeps copy on her iPhone
- Reviewed 988 Suicide & Crisis Lifeline and Crisis Text Line (text HOME to 741741)
- Continue CBT per Beck; introduce behavioral activation schedule
- Coordinate with PCP re: sertraline titration (currently 50 mg)
- Next session 1 wk, 90837""",
        [],
    ),
    (
        "t6c-003",
        """# Discharge Summary – Adult Acute Inpatient Unit

| Field | Detail |
|---|---|
| Patient | Tahlia Brennan-Woods |
| URN | 00739214 |
| Medicare | 4127 60391 2 |
| DOB | 21/11/1998 |
| Admitted | 02/04/2024 |
| Discharged | 19/04/2024 |
| Ward | Banksia Ward, Nepean Hospital |
| Consultant | Dr Anand Raghavan |

**Reason for Admission:** Brought in by NSW Police under s22 of the Mental Health Act 2007 (NSW) following an overdose of quetiapine (~2.4 g) after a relationship breakdown. Medically cleared in ED, then admitted as an involuntary patient.

**Progress:** Settled quickly. Reclassified as voluntary on day 5. Engaged with the ward psychologist around distress tolerance skills (Linehan). No further self-harm on the ward.

**Discharge Medications:** Sertraline 100 mg mane; quetiapine ceased.

**Follow-up:**
- Community Mental Health Team – first contact within 7 days (Penrith CMHT)
- GP: Dr Hollis, Jamison Road Family Practice, ph (02) 4721 5530
- Lifeline 13 11 14 and Mental Health Line 1800 011 511 provided
- Mum (Kerrie) to stay with Pt for the first week""",
        [
            ("Tahlia Brennan-Woods", "name"),
            ("00739214", "id_number"),
            ("4127 60391 2", "id_number"),
            ("21/11/1998", "date"),
            ("02/04/2024", "date"),
            ("19/04/2024", "date"),
            ("Banksia Ward", "place"),
            ("Nepean Hospital", "organisation"),
            ("Anand Raghavan", "name"),
            ("Penrith", "place"),
            ("Hollis", "name"),
            ("Jamison Road Family Practice", "organisation"),
            ("(02) 4721 5530", "phone"),
            ("Kerrie", "name"),
        ],
    ),
    (
        "t6c-004",
        """### Formulation (5 Ps) – Case for Peer Consultation

**Presenting:** Woman in her late 30s, referred by her GP with panic attacks, avoidance of supermarkets and public transport, and health anxiety following a cardiac scare in her father. GAD-7 16, PDSS 14.

**Predisposing:** Anxious attachment (Bowlby; she describes a "jumpy" household), mother with untreated agoraphobia, high trait neuroticism. Early learning that bodily sensations = danger.

**Precipitating:** Father's MI last spring; her own ED visit with chest pain (normal ECG, troponin negative).

**Perpetuating:** Safety behaviours (carrying diazepam she never takes, sitting near exits), checking pulse on a Fitbit, reassurance seeking from partner, avoidance maintaining the Clark panic cycle.

**Protective:** Supportive partner, stable job in local government, good engagement, previous good response to CBT at university.

**Plan:** 12-16 sessions CBT for panic (Clark & Salkovskis model), interoceptive exposure from session 5, behavioural experiments dropping safety behaviours. Review GAD-7 fortnightly.

Question for the group: would you start interoceptive work before or after she has the Holter results back?""",
        [],
    ),
    (
        "t6c-005",
        """## Risk Assessment Summary (Clinical Risk Tool)

| Domain | Current | Historical | Notes |
|---|---|---|---|
| Suicide | Moderate | High | Passive SI daily; one attempt (OD paracetamol) aged 19. No current plan. |
| Self-harm | Moderate | High | Cutting to forearms, last 3/52 ago. Superficial, self-managed. |
| Harm to others | Low | Low | No HI. No forensic Hx. |
| Self-neglect | Low | Low | Managing ADLs. |
| Exploitation | Moderate | Unknown | New online contacts; disclosed sending images. Safeguarding discussed. |

**Formulation of Risk:** Risk increases with interpersonal rejection and alcohol. Most likely scenario is impulsive self-harm late evening after conflict.

**Management Plan:**
- Crisis Resolution and Home Treatment Team details given; Samaritans 116 123 and NHS 111 option 2
- Safety plan co-produced (Stanley & Brown); means restriction discussed (medication held by partner)
- Care Coordinator to review weekly under CPA
- Consider referral to Early Intervention in Psychosis if unusual experiences persist

Reviewed with MDT on Thursday. Next review 4/52.""",
        [],
    ),
    (
        "t6c-006",
        """DAP Note – Individual Psychotherapy (90834)

**Data:** Client arrived 10 min late, apologetic. Reported increased conflict at work since a reorganization; states her new supervisor "micromanages every email." She has been working 55-60 hrs/week as a claims adjuster at Liberty Mutual and skipping lunch. Sleep 5 hrs. Denies SI/HI. GAD-7 = 15 (prev 12).

**Assessment:** Presentation consistent with GAD (F41.1) with work-related exacerbation. Cognitive distortions: catastrophizing, mind-reading. Client responsive to Socratic questioning; able to generate alternative thought by end of session. Good rapport.

**Plan:**
1. Worry postponement ("worry window" 6:30–6:50 pm)
2. Thought record x3 before next session
3. Explore FMLA intermittent leave; provide letter if requested
4. Continue weekly, next appt same time""",
        [("Liberty Mutual", "organisation")],
    ),
    (
        "t6c-007",
        """BIRP Note — Group: Intensive Outpatient Program (IOP), Week 3

Behavior: Pt attended full 3-hr group. Initially withdrawn, arms crossed; became more animated during the chain analysis exercise. Shared that she "nearly relapsed" Saturday after a family barbecue.

Intervention: Facilitator introduced DBT chain analysis (Linehan, 2015), then urge surfing (Marlatt). Peer feedback invited. Brief check-in re: naltrexone adherence.

Response: Pt completed her own chain analysis identifying vulnerability factors (poor sleep, skipped meals, HALT). Able to name two skillful alternatives (TIPP, calling her sponsor). Reported craving 6/10 at start, 3/10 at end.

Plan: Continue IOP 3x/week (Mon/Wed/Fri). Pt to bring completed diary card. Refer to Partial Hospitalization Program if she uses before next group. Review ASAM level of care at week 6. Billing: H0015.""",
        [],
    ),
    (
        "t6c-008",
        """# Treatment Plan – Youth Mental Health Program

**Client:** Noor Haddad | **DOB:** 2008-07-15 | **OHIP:** 5582-914-307-KT
**School:** Westdale Secondary School (Grade 10)
**Referral source:** Guidance counsellor, Ms. Pereira
**Legal status:** Formerly on Form 1 (72 hr) following ED presentation on 2024-01-28; now voluntary

## Presenting Concerns
- Restrictive eating, weight loss of ~8 kg over 4 months
- Low mood, PHQ-A 16
- Social withdrawal after a friendship rupture

## Goals (SMART)
| Goal | Intervention | Measure | Review |
|---|---|---|---|
| Restore weight to target range | FBT (Lock & Le Grange) | Weekly weights | 6 wks |
| Reduce low mood | CBT-A, activity scheduling | PHQ-A | Monthly |
| Return to full school days | Graded plan with school | Attendance | 8 wks |

## Team
- Therapist: Sarah-Jane MacInnis, MSW, RSW
- Paediatrician: Dr. Olusegun Bakare, McMaster Children's Hospital
- Parents: Rami and Layla Haddad (tel. 905-555-0173)""",
        [
            ("Noor Haddad", "name"),
            ("2008-07-15", "date"),
            ("5582-914-307-KT", "id_number"),
            ("Westdale Secondary School", "organisation"),
            ("Pereira", "name"),
            ("2024-01-28", "date"),
            ("Sarah-Jane MacInnis", "name"),
            ("Olusegun Bakare", "name"),
            ("McMaster Children's Hospital", "organisation"),
            ("Rami", "name"),
            ("Layla Haddad", "name"),
            ("905-555-0173", "phone"),
        ],
    ),
    (
        "t6c-009",
        """Hot Cross Bun (Padesky & Mooney) – worked example for supervision

**Situation/Environment:** Returning to the office after 8 months' remote work; open-plan floor, weekly team meeting.

**Thoughts:** "Everyone will notice I'm shaking." "I'll say something stupid and they'll realise I'm a fraud."
**Emotions:** Anxiety 85%, shame 60%.
**Physical sensations:** Blushing, tremor, dry mouth, nausea on the train in.
**Behaviours:** Rehearses sentences, keeps hands under the desk, avoids the kitchen, leaves the Teams camera off.

Maintaining cycle per Clark & Wells (1995): self-focused attention → heightened awareness of blushing → more safety behaviours → no disconfirmation. Post-event processing on the commute home.

Measures: SPIN 44, LSAS 78.

Plan: video feedback experiment in session 4, then attention training (Wells). Reading for the client: Overcoming Social Anxiety and Shyness (Butler). Will review at session 8 whether to add sertraline via GP.

Anyone used the SAFE-T framing alongside this? Grateful for thoughts.""",
        [],
    ),
    (
        "t6c-010",
        """**REFERRAL – Specialist Maternal Mental Health Service**

From: Te Ara Hauora Medical Centre, 118 Great South Road, Ōtāhuhu, Auckland 1062
Ph 09 555 0186 | Fax 09 555 0187

Patient: Mereana Tūhoe-Walker
NHI: ZKM4471
DOB: 30.08.1996
Date of referral: 14.05.2024

Mereana is 6 weeks postpartum with her second baby (Ariki). EPDS 21 today with a positive item 10 ("hardly ever" thoughts of harming herself). She describes intrusive images of dropping the baby down the stairs, which she finds abhorrent (ego-dystonic) – likely perinatal OCD rather than psychosis, but I would value your assessment. No previous MH Hx. Breastfeeding. Partner works shifts at Fonterra and her mother is helping during the day.

I have started sertraline 25 mg and arranged Plunket and midwife follow-up. Safety plan given including 1737 (Need to talk?) and Healthline 0800 611 116.

Ngā mihi,
Dr Priya Venkataraman""",
        [
            ("Te Ara Hauora Medical Centre", "organisation"),
            ("118 Great South Road", "place"),
            ("Ōtāhuhu", "place"),
            ("Auckland", "place"),
            ("1062", "place"),
            ("09 555 0186", "phone"),
            ("09 555 0187", "phone"),
            ("Mereana Tūhoe-Walker", "name"),
            ("Mereana", "name"),
            ("ZKM4471", "id_number"),
            ("30.08.1996", "date"),
            ("14.05.2024", "date"),
            ("Ariki", "name"),
            ("Fonterra", "organisation"),
            ("Priya Venkataraman", "name"),
        ],
    ),
    (
        "t6c-011",
        """## Discharge Summary – Home Treatment Team

**Episode:** 19 days of HTT input (twice-daily visits reducing to alternate days)
**Diagnosis:** Moderate depressive episode with somatic syndrome (ICD-10 F32.11); emotionally unstable personality traits

**Summary of Care:**
Referred by the Crisis Resolution Team after presenting to the ED with suicidal ideation following a job loss. Gatekept for admission; HTT felt appropriate given good family support. Mirtazapine started at 15 mg nocte, increased to 30 mg on day 8. Brief solution-focused work and problem-solving around finances (signposted to Citizens Advice and StepChange). PHQ-9 fell from 22 to 11; CORE-10 from 28 to 14.

**Risk at Discharge:** Low-moderate. No active SI. Protective factors: children, engagement, religious faith.

**Plan:**
- Discharged to GP and Primary Care Mental Health Team
- Referral made to NHS Talking Therapies for Step 3 CBT
- Crisis line and Samaritans (116 123) numbers given
- GP to review mirtazapine at 4/52 and consider continuing for 6-9 months post remission (NICE NG222)""",
        [],
    ),
    (
        "t6c-012",
        """Case for consultation – adolescent, self-harm, Ireland

Quick background before Thursday's peer group. 16yo girl in 5th year at a community school in a large town in Leinster. Referred from Jigsaw after cutting escalated. Lives with mum and two younger brothers; dad works away in the Netherlands. The GP referral letter was brief.

Measures at intake: RCADS depression T-score 72, SDQ total 24. She also completed the SITBI; NSSI 2-3x/week, no suicide attempts.

We've done 6 sessions of DBT-A informed work (Miller, Rathus & Linehan). She's using the TIPP skills and ice dive, and her diary card is almost complete most weeks. The sticking point is the school: the year head wants a "safety contract" signed before she can go on the Transition Year trip. I'd rather offer a proper safety plan.

How have others handled schools asking for no-harm contracts? Evidence (e.g., Rudd et al.) doesn't support them and I want to push back gently. Tusla isn't involved and I don't think there's a child protection concern.""",
        [],
    ),
    (
        "t6c-013",
        """Title: Stepping Down From PHP to IOP – When Is It Too Soon?

Looking for input from folks who work in Intensive Outpatient Programs. My client (early 20s, bipolar I, most recent episode depressed, F31.4) is finishing week 2 of a Partial Hospitalization Program and the utilization reviewer wants her stepped down to IOP by Friday. Current picture:

- PHQ-9 went from 23 to 15; still endorsing passive SI most days
- Lithium level therapeutic (0.8 mmol/L), lurasidone 40 mg added
- Sleep improving (6-7 hrs), no hypomanic sx
- Family session went OK; parents supportive but anxious

My concern is that her SI peaks in the evenings and IOP is mornings only. I've seen the Columbia (C-SSRS) move from 'wish to be dead' to 'active ideation without intent' in the past week.

Would you advocate for an extra week of PHP with the insurer, or step down with added evening telehealth check-ins? Any language that has worked in appeals? I usually cite the ASAM/LOCUS criteria and the APA practice guideline, but reviewers seem to want something more specific.""",
        [],
    ),
    (
        "t6c-014",
        """**Outpatient Behavioral Health – Initial Assessment**

Client: Marisol Echeverría-Ruiz
MRN: 20-448193
DOB: 02/17/1985
Insurance: commercial PPO, Member ID XJB884023177
Address: 2716 W. Cermak Rd, Apt 3F, Chicago, IL 60608
Phone: (312) 555-0164
Emergency contact: Hector Ruiz (brother)

**Reason for Referral:** Self-referred after her EAP sessions ran out. Reports low mood, irritability and intrusive memories after a workplace assault in the fall. PCL-5 = 52; PHQ-9 = 16.

**Hx:** Previous outpatient therapy for postpartum depression (2016). No hospitalizations. Denies substance use beyond 1-2 glasses of wine on weekends.

**MSE:** Alert, oriented x4. Hypervigilant, scanning the room. Mood "on edge," affect anxious. TP linear. No SI/HI. Insight good.

**Dx (provisional):** PTSD, F43.10.

**Plan:** CPT (Resick), 12 sessions weekly; safety plan reviewed; 988 provided.""",
        [
            ("Marisol Echeverría-Ruiz", "name"),
            ("20-448193", "id_number"),
            ("02/17/1985", "date"),
            ("XJB884023177", "id_number"),
            ("2716 W. Cermak Rd, Apt 3F", "place"),
            ("Chicago", "place"),
            ("60608", "place"),
            ("(312) 555-0164", "phone"),
            ("Hector Ruiz", "name"),
        ],
    ),
    (
        "t6c-015",
        """# GP Mental Health Treatment Plan – Review (Item 2712)

**Assessment Tools:** K10 = 31 (initial 38); DASS-21 depression 20, anxiety 14, stress 26.

**Diagnosis:** Adjustment disorder with mixed anxiety and depressed mood (F43.23), on background of ADHD (combined presentation).

**Progress:** Six sessions of Better Access psychology completed. Client reports fewer "shutdowns" at work and has re-started touch footy on Tuesday nights. Still ruminating at night; using a sleep hygiene handout and the Smiling Mind app.

**Risk:** Denies SI. No self-harm. Lives with partner; no firearms in the home.

**Medications:** Lisdexamfetamine 50 mg mane; melatonin 2 mg PRN.

**Plan:**
- Referral for a further 4 sessions under Better Access (total 10 for the calendar year)
- Psychologist to continue ACT (Hayes) with focus on values and defusion
- Beyond Blue and Lifeline (13 11 14) details reconfirmed; 13YARN offered
- Review in 3 months or sooner PRN""",
        [],
    ),
    (
        "t6c-016",
        """### MHO Report – Short-Term Detention Certificate (s44, MHCTA 2003)

**Patient:** Eilidh Drummond
**CHI:** 1207884512
**Address:** 31 Ashgrove Terrace, Inverness, IV3 5EW
**Named Person:** Fraser Drummond (husband), 07700 900 318
**Hospital:** New Craigs Hospital, Maree Ward

Eilidh was assessed at home on 24/02/2024 at the request of her GP. She presented with pressured speech, grandiosity and had not slept for four nights; she had spent several thousand pounds online and was planning to drive to London to "meet the Prime Minister". This is her third manic episode (bipolar affective disorder, F31.1).

In my view the criteria for an STDC are met: mental disorder, significantly impaired decision-making ability, and significant risk to her health and safety. Less restrictive alternatives (IHTT, informal admission) were explored; she declined both.

Named Person was consulted and agrees. Mental Welfare Commission will be notified.

MHO: Gregor Lennie""",
        [
            ("Eilidh Drummond", "name"),
            ("Eilidh", "name"),
            ("1207884512", "id_number"),
            ("31 Ashgrove Terrace", "place"),
            ("Inverness", "place"),
            ("IV3 5EW", "place"),
            ("Fraser Drummond", "name"),
            ("07700 900 318", "phone"),
            ("New Craigs Hospital", "organisation"),
            ("Maree Ward", "place"),
            ("24/02/2024", "date"),
            ("London", "place"),
            ("Gregor Lennie", "name"),
        ],
    ),
    (
        "t6c-017",
        """Mental State Examination – Notes for Trainees

A tidy MSE is half the formulation. Headings I use (ABC-STAMP-LICKS variant):

- **Appearance & Behaviour:** e.g., "Unkempt, malodorous, poor eye contact, psychomotor retardation."
- **Speech:** rate, rhythm, volume, tone. "Pressured, difficult to interrupt."
- **Mood:** subjective in quotes – "flat" – and objective.
- **Affect:** range, reactivity, congruence.
- **Thought Form:** linear vs. tangential, circumstantial, FOI, knight's move.
- **Thought Content:** SI/HI, delusions, overvalued ideas, obsessions.
- **Perception:** AH/VH, pseudohallucinations, derealisation.
- **Cognition:** orientation, MoCA/ACE-III if indicated (MoCA 24/30 in one recent case).
- **Insight & Judgment:** graded, with an example.

Common errors I see in supervision: writing "no SI" without documenting what was asked; confusing affect with mood; omitting collateral. Grace under pressure helps too — don't rush the risk section just because the Crisis Team is waiting.

References: Sims' Symptoms in the Mind; the Maudsley Handbook of Practical Psychiatry.""",
        [],
    ),
    (
        "t6c-018",
        """**Coastal Minds Psychology**
Suite 5, 42 Shore Street, Cleveland QLD 4163
P: (07) 3555 0129 | E: admin@coastalmindspsych.com.au

18 March 2024

Dr Benedict Aw
Redlands Family GP
Bloomfield Street, Cleveland QLD 4163

Re: Jaxon Pemberton, DOB 09/01/2012, Medicare 5519 20847 1

Dear Dr Aw,

Thank you for referring Jaxon (12) under a Mental Health Treatment Plan. I saw him with his father on 14 March. Jaxon is in Year 7 at Ormiston College and has been refusing school since the Easter holidays last year, with somatic complaints on Sunday nights. SCAS-P elevated for separation and generalised anxiety; no depressive symptoms of concern on the SMFQ.

Formulation: anxious temperament, parental separation in 2022, maintained by avoidance and accommodation (Lebowitz). I have recommended SPACE for Dad alongside graded exposure for Jaxon.

Kind regards,
Tamsin O'Rourke
Clinical Psychologist, AHPRA PSY0001987654""",
        [
            ("Coastal Minds Psychology", "organisation"),
            ("Suite 5, 42 Shore Street", "place"),
            ("Cleveland", "place"),
            ("4163", "place"),
            ("(07) 3555 0129", "phone"),
            ("admin@coastalmindspsych.com.au", "email"),
            ("18 March 2024", "date"),
            ("Benedict Aw", "name"),
            ("Aw", "name"),
            ("Redlands Family GP", "organisation"),
            ("Bloomfield Street", "place"),
            ("Jaxon Pemberton", "name"),
            ("Jaxon", "name"),
            ("09/01/2012", "date"),
            ("5519 20847 1", "id_number"),
            ("14 March", "date"),
            ("Ormiston College", "organisation"),
            ("Tamsin O'Rourke", "name"),
            ("PSY0001987654", "id_number"),
        ],
    ),
    (
        "t6c-019",
        """TREATMENT PLAN — Outpatient, Adult (Reviewed at 90 Days)

Problem 1: Opioid Use Disorder, moderate, on maintenance therapy (F11.20)
- Goal: Sustain abstinence from non-prescribed opioids
- Objective: Negative UDS x 12 consecutive weeks; attend MAT appointments 100%
- Interventions: Buprenorphine/naloxone 16/4 mg daily via prescriber; MI (Miller & Rollnick); CRAFT sessions for spouse; Narcan kit dispensed

Problem 2: PTSD (F43.10)
- Goal: Reduce intrusive symptoms
- Objective: PCL-5 below 33
- Interventions: Seeking Safety (Najavits) 2x/month; consider PE (Foa) once stable 6 months

Problem 3: Housing instability
- Goal: Stable housing
- Interventions: Case management, referral to the county Housing First program, SNAP application assistance

Strengths: motivated, employed part-time at a big-box retailer, close to his daughter, attends NA weekly.

Barriers: transportation (no license currently), rural location, limited evening appointments.

Client participated in developing this plan and agrees with goals. Next review in 90 days. Billing: H0004, 90837.""",
        [],
    ),
    (
        "t6c-020",
        """Consult request – teen, online grooming concern (please keep this tight, safeguarding lead already informed)

14M, ASD, referred by CAMHS for anxiety. Last session he showed me messages from someone on Discord called "xX_Vexar_Xx" who has been sending him Robux and asking for photos. He also follows an account @lilshadow.exe that seems to be the same person. He's in Year 9 at Thornbury Academy and his mum, Claire, has no idea.

I've reported to CEOP and done a MASH referral. My questions are more clinical:
1. How do I keep the therapeutic alliance when he sees the referral as a "betrayal"?
2. Any good psychoeducation resources on grooming for autistic teens? I've used Thinkuknow but it's a bit young for him.

He did say "you won't tell Ethan right?" — Ethan is his best mate who introduced him to the server. I didn't promise anything.""",
        [
            ("xX_Vexar_Xx", "handle"),
            ("@lilshadow.exe", "handle"),
            ("Thornbury Academy", "organisation"),
            ("Claire", "name"),
            ("Ethan", "name"),
        ],
    ),
    (
        "t6c-021",
        """**Referral: Early Intervention in Psychosis Service**

**From:** Primary Care Liaison Practitioner
**Urgency:** Urgent (seen within 2 weeks per NICE CG178 / EIP access standard)

**Presenting Concern:**
Man in his early 20s, university student, brought to the surgery by his flatmates. Three-month Hx of social withdrawal, declining grades, and the belief that his lecturers are "sending coded messages" through slide colours. Reports hearing a voice commenting on his actions (third person). No command hallucinations. Cannabis use daily (skunk) since age 17.

**Screening:** CAARMS suggests first-episode psychosis rather than ARMS. PQ-16 score 12.

**Risk:** No SI/HI disclosed. Vulnerable to exploitation via dealers. Driving — advised not to drive and DVLA guidance discussed.

**Physical Health:** Bloods (FBC, U&E, LFTs, TFTs, HbA1c, lipids), ECG and BMI baseline requested.

**Family:** Parents live abroad; he gave consent to contact his older sister.

Please contact the Duty Worker via the usual SPA line. Many thanks.""",
        [],
    ),
    (
        "t6c-022",
        """Subject: Letter for family court – what would you include?

I've been asked by a client's lawyer to write a letter summarising treatment for a custody matter before the Superior Court. Client is the mother, mid-30s; I've seen her for 18 sessions of EFIT-informed individual work for depression and the aftermath of the separation.

Draft headings so far:
- Dates of Service (first session to present)
- Presenting Concerns & Diagnosis (F32.1, in partial remission)
- Treatment Provided (CBT, EFIT, safety planning)
- Current Functioning (PHQ-9 from 17 to 6)
- Limitations (I have never met the children or the father and can't comment on parenting capacity)

My college's practice guidelines are clear that I shouldn't offer custody opinions. Is there anything else people include or avoid? The father's counsel has apparently subpoenaed records already, and I've read the CPA guidance on responding to subpoenas twice now.""",
        [],
    ),
    (
        "t6c-023",
        """DAP Note – Session 11 (Virtual, OTN)

D: Client logged on from her car on her lunch break. Reports the family Thanksgiving was "less of a disaster than I expected." Used the DEAR MAN script with her brother about the cottage. Mood 6/10. PHQ-9 9, GAD-7 8. Denied SI/HI. Still drinking 2-3 beers most nights; AUDIT 11.

A: Continued gains in interpersonal effectiveness. Alcohol use is a maintaining factor for sleep disruption and next-day irritability. Ambivalent about cutting down — contemplation stage (Prochaska & DiClemente).

P:
- MI around alcohol; decisional balance worksheet for next session
- Share ConnexOntario and Wellness Together Canada info
- Continue biweekly; next session after the Victoria Day long weekend
- Liaise with family physician re: sleep (consider trazodone vs. CBT-I first)

Time: 50 min. Billing code as per EAP contract.""",
        [],
    ),
    (
        "t6c-024",
        """**Collateral Contact Note**

Date: 10/03/2023
Contact: Mr. Dwayne Whitfield, school counselor, P.S. 161 Pedro Albizu Campos, Harlem
Method: Phone, (212) 555-0148
Consent: ROI on file (signed 9/14/2023)

Discussed client Keandre (age 11) re: escalating behaviour in class. Mr. Whitfield reports three incidents this month of throwing chairs, all in math class, all after lunch. IEP meeting scheduled. School psychologist has completed BASC-3 (teacher form): elevated hyperactivity, aggression, and anxiety.

Writer shared (within ROI scope) that client is engaged in TF-CBT for exposure to community violence and that triggers may include loud noises and being touched from behind. Suggested a sensory break pass and predictable seating. Counselor receptive.

Plan: Writer to attend IEP meeting; coordinate with pediatrician re: ADHD eval (Vanderbilt forms sent).""",
        [
            ("10/03/2023", "date"),
            ("Dwayne Whitfield", "name"),
            ("Whitfield", "name"),
            ("P.S. 161 Pedro Albizu Campos", "organisation"),
            ("Harlem", "place"),
            ("(212) 555-0148", "phone"),
            ("9/14/2023", "date"),
            ("Keandre", "name"),
        ],
    ),
    (
        "t6c-025",
        """Safety Plan (Stanley & Brown format) — shared with client's permission, details removed

**Step 1 – Warning signs:** Not answering texts; staying in bed past noon; replaying the breakup; "what's the point" thoughts.
**Step 2 – Internal coping:** Cold shower, walk the dog round the block, guitar, the 5-4-3-2-1 grounding exercise.
**Step 3 – People/places for distraction:** Gym, the café near work, co-op gaming with friends on Xbox.
**Step 4 – People I can ask for help:** Older cousin; housemate.
**Step 5 – Professionals/agencies:** Therapist (business hours); Crisis Team; GP out-of-hours; NHS 111; Samaritans 116 123; SHOUT text 85258.
**Step 6 – Making the environment safer:** Pills in a locked box held by housemate; razor blades thrown out.

Reasons for living: "My nan. My dog. Seeing Oasis if they ever tour again."

Notes for colleagues: I now do the plan on paper AND photograph it on the client's phone. Hope this helps anyone who asked in last week's thread about format.""",
        [],
    ),
    (
        "t6c-026",
        """DISCHARGE LETTER

Acute Psychiatric Unit, Ward 3B, University Hospital Galway
Date of discharge: 07/11/2023

Patient: Cathal Ó Briain
DOB: 22/05/1979
MRN: 0918273
PPSN: 6418273KA

GP: Dr Róisín Keane, Knocknacarra Medical Centre, Galway

Mr Ó Briain was admitted voluntarily on 19/10/2023 with a severe depressive episode with psychotic features (nihilistic delusions, reduced oral intake). Treated with venlafaxine XL 225 mg and olanzapine 10 mg. ECT was considered but not required. MADRS 38 → 14 at discharge.

Follow-up: Community Mental Health Team (Sector 4) within one week; outpatient review with Dr Fitzgerald in 4 weeks. Family (wife, Aoife) aware of relapse signature.

Please continue current medication. Lithium augmentation may be considered if residual symptoms persist.

Dr Niall Fitzgerald, Consultant Psychiatrist""",
        [
            ("Ward 3B", "place"),
            ("University Hospital Galway", "organisation"),
            ("07/11/2023", "date"),
            ("Cathal Ó Briain", "name"),
            ("Ó Briain", "name"),
            ("22/05/1979", "date"),
            ("0918273", "id_number"),
            ("6418273KA", "id_number"),
            ("Róisín Keane", "name"),
            ("Knocknacarra Medical Centre", "organisation"),
            ("Galway", "place"),
            ("19/10/2023", "date"),
            ("Fitzgerald", "name"),
            ("Niall Fitzgerald", "name"),
            ("Aoife", "name"),
        ],
    ),
    (
        "t6c-027",
        """Case Formulation – Older Adult, Memory Clinic Interface

**Background:** Man in his mid-80s, retired engineer, referred by the Memory Assessment Service after an ACE-III of 81/100 with marked deficits in attention and memory. Wife reports he has "gone quiet" since their golden wedding anniversary last summer.

**Key Question:** Depression with cognitive impairment vs. early Alzheimer's disease (or both)?

**Evidence:**
- GDS-15 = 10; Cornell Scale 14
- Anhedonia, early morning waking, guilt about "being a burden"
- CT head: small vessel disease; B12/folate normal; TSH normal
- Poor effort on testing; many "don't know" answers (classic for depressive pseudodementia per Kiloh)

**Formulation (4 Ps):** Predisposed by a prior depressive episode after retirement; precipitated by his brother's death in January; perpetuated by withdrawal from the bowls club and reduced activity; protected by a devoted wife, church attendance, and a good pension.

**Plan:** Trial of sertraline 50 mg, behavioural activation adapted for older adults, repeat ACE-III in 6 months. Consider CST if cognition fails to improve.

Has anyone found the GDS more useful than PHQ-9 in this age group?""",
        [],
    ),
    (
        "t6c-028",
        """**Intake Summary – Veteran, Community Clinic**

**Client:** Marcus T. Delacroix-Boone
**DOB:** 1982-11-30
**VA Claim #:** 28 441 907
**Branch/Unit:** US Army, 2nd Battalion, 327th Infantry Regiment (deployed Kunar Province 2010-11)

Self-referred; prefers community care over the VA due to wait times. Works as a lineman for Duke Energy. Presents with nightmares 4-5x/week, irritability, and hypervigilance at his kids' ball games. PCL-5: 61. PHQ-9: 14. AUDIT: 18 (hazardous). Denies current SI; one episode of SI with plan (firearm) in 2019, did not act. Currently keeps firearms in a gun safe; wife holds the combination.

Dx: PTSD (F43.12), AUD moderate (F10.20).

Plan: Lethal means counseling (CALM), Veterans Crisis Line (988, press 1), Prolonged Exposure (Foa) once drinking is addressed; coordinate with his PCP.""",
        [
            ("Marcus T. Delacroix-Boone", "name"),
            ("1982-11-30", "date"),
            ("28 441 907", "id_number"),
            ("2nd Battalion, 327th Infantry Regiment", "organisation"),
            ("Duke Energy", "organisation"),
        ],
    ),
    (
        "t6c-029",
        """Process Notes – Session 3 (Supervision Copy)

Client arrived early and sat in the waiting room scrolling TikTok. Opened with: "My Care Coordinator said you'd fix my sleep in two weeks." I noticed my own irritation at the pressure (countertransference — Winnicott's "hate in the countertransference" came to mind, though that's strong).

We mapped the vicious flower (Moorey) around his insomnia: beliefs that he "needs 8 hours or I'll lose my job", clock-watching, napping, caffeine after 4pm. ISI 22.

He's also under the Community Mental Health Team for recurrent depression and sees the Psychiatrist every three months; they increased his quetiapine to 100 mg which may be sedating him in the day.

My question for supervision: should I push for CBT-I (sleep restriction) now, given bipolar was queried at his last CPA review? Sleep restriction can precipitate hypomania. Would a modified version with a minimum 6-hour window be safer? Summer is coming and his sleep historically falls apart in June.""",
        [],
    ),
    (
        "t6c-030",
        """Re: Re: ADHD + trauma in a 9yo — where to start?

Thanks everyone. To answer the question about the foster placement: he's been with the current carers since August, in a regional town, and Child Safety (QLD) have a case plan review coming up. I'll keep details light.

So far I've done the Circle of Security handouts with the carers and started some Theraplay-informed sessions. His SDQ is through the roof (total difficulties 31). The paed wants to start methylphenidate and I'm torn — I worry the attentional stuff is mostly hypervigilance (Perry's neurosequential model would say regulate before relate before reason).

I'll try the NMT metrics if I can find someone trained. Also considering the Tuning in to Kids program for the carers, and a local foster carer support group. Thanks again all.""",
        [],
    ),
    (
        "t6c-031",
        """**Discharge from Section 136 Suite — Summary for Community Team**

Brought in by police under s136 MHA 1983 from a public place after expressing suicidal intent. Assessed by AMHP and two s12-approved doctors within the 24-hour period. Not detained under s2 or s3; no s5(2) holding powers applied as she agreed to informal support.

**Presentation:** Intoxicated on arrival (breathalyser 0.9), calmer after 6 hours. Disclosed recent eviction and loss of benefits (PIP reassessment). Denies ongoing intent once sober; future-oriented about her cat and a job interview.

**Outcome:** Discharged to the Crisis Resolution and Home Treatment Team (CRHTT) for 72-hour follow-up; referred to the local Alcohol Service and to a Housing Options officer. Liaison Psychiatry letter to GP.

**Risk:** Medium, largely dynamic — alcohol, housing, impulsivity. Protective: pets, engagement, sister nearby.

**Notes:** Reminder that under the Mental Health Units (Use of Force) Act 2018 all restraint in the suite must be recorded — none used here.""",
        [],
    ),
    (
        "t6c-032",
        """Case presentation for Tuesday's peer review (Aotearoa)

Rangatahi, 15, Tongan-Samoan, lives with his nana in Māngere and plays for the Māngere East Hawks under-16s. Referred by his school counsellor at Aorere College after disclosing he'd been "thinking about ending it" following a racist incident at a tournament.

Whānau strongly prefer a Pasifika clinician; I've linked in with the Pacific Mental Health team. We've been using Fonofale (Pulotu-Endemann) as a frame: family and spiritual dimensions are strong, the physical (rugby, food) is protective, the mental is where things are shaky.

His nana's number is 027 555 0841 if the afterhours team needs it — she's the key contact (he doesn't have a phone since his was confiscated).

Questions: how do others hold the tension between the Pacific model and standard risk tools like the HoNOSCA and Columbia? The tools feel alien to this family.""",
        [
            ("Māngere", "place"),
            ("Māngere East Hawks", "organisation"),
            ("Aorere College", "organisation"),
            ("027 555 0841", "phone"),
        ],
    ),
    (
        "t6c-033",
        """## Care Plan – Community Eating Disorder Service (Adults)

| Area | Goal | Intervention | Lead | Review |
|---|---|---|---|---|
| Physical health | BMI >17.5, stable bloods | Weekly weights, fortnightly U&Es (MARSIPAN / MEED guidance) | Practice Nurse / GP | 4 weeks |
| Eating | 3 meals + 3 snacks | CBT-E (Fairburn), meal plan | Therapist | Weekly |
| Mood | Reduce low mood | Monitor PHQ-9; fluoxetine 20 mg | Psychiatrist | 6 weeks |
| Work | Phased return | Fit note; OH referral | Care Coordinator | 8 weeks |

**Risk Summary:** Medium physical risk (BMI 15.8, HR 48 at rest, no postural drop). Low suicide risk. No purging currently.

**Crisis Contacts:** Beat helpline; Crisis Line; NHS 111.

**Client View:** "I know I need to gain but I can't face the number." Agreed to blind weighing for now.

**Signed:** Client and Care Coordinator; copy to GP and Dietitian.

Grateful for thoughts on blind vs. open weighing — I know Waller's team favour open weighing in CBT-T.""",
        [],
    ),
    (
        "t6c-034",
        """From: [me]
To: consultation group
Subject: Couples case – affair recovery, stuck at stage 2

Hi all — looking for Gottman-informed input. Couple in their 40s, married 17 yrs. He had an emotional affair with a coworker at Kaiser Permanente (she's a charge nurse there); wife found texts on 11/19. Since then, Atone-Attune-Attach (Gottman & Silver) has stalled at Atone: wife (Renée) keeps asking for the full timeline, he gives partial answers, she feels re-betrayed.

I've tried slowing down, structured question sessions, and individual check-ins. SRH assessment done; she scored high on the betrayal trauma (PTSD-like) items, and her PCL-5 is 41.

Do I pause the couple work and refer her for individual EMDR? Or keep going with more structure? She emailed me last night from renee.castellanos77@gmail.com asking whether she should "just leave" — I haven't replied yet beyond acknowledging receipt.

Thanks — and yes, I'll reply to her from the practice portal, not Gmail.""",
        [
            ("Kaiser Permanente", "organisation"),
            ("11/19", "date"),
            ("Renée", "name"),
            ("renee.castellanos77@gmail.com", "email"),
        ],
    ),
    (
        "t6c-035",
        """BIRP — Residential Treatment, Adolescent Unit, Day 12

B: Resident participated in morning community meeting and DBT skills group. During free time, verbal altercation with a peer over the TV remote; staff used de-escalation, no restraint. Resident went to the calm-down room voluntarily for 15 min.

I: Clinician processed the incident using a behavior chain; reviewed STOP skill. Used validation (Level 5, Linehan) before problem-solving. Called guardian for weekly update with resident present.

R: Resident initially minimized ("it was nothing"), then identified shame after the peer laughed at her. Practiced STOP in role-play twice. Rated distress 8 → 4.

P: Continue Level 2 privileges. Review behavior plan at Thursday treatment team. Psychiatrist to reassess guanfacine dose. Family therapy session scheduled after Memorial Day. Target discharge to IOP in approx. 3 weeks pending CANS reassessment.""",
        [],
    ),
    (
        "t6c-036",
        """**Progress Report – WorkSafeBC**

Claim #: 7028841
Worker: Jasmeet Kaur Sandhu
DOB: 1990/04/12
Employer: Fraser Valley Distribution Centre, Abbotsford
Date of Injury: 2023/09/21
Report Date: 2024/01/08

**Diagnosis:** PTSD (F43.10) secondary to forklift incident in which a co-worker was seriously injured. Also meets criteria for major depressive disorder, single episode, moderate.

**Treatment to Date:** 10 sessions of trauma-focused CBT (Ehlers & Clark) and 4 sessions of EMDR (Shapiro). PCL-5: 58 → 34. PHQ-9: 18 → 11.

**Return to Work:** Worker reports avoidance of the loading dock and startle to reversing alarms. Recommend graduated RTW starting with 4-hr shifts in an office-based role, with in-vivo exposure to the warehouse floor over 6 weeks.

**Prognosis:** Fair to good.

Submitted by: Dr. Katarzyna Wiśniewska, R.Psych. (Reg. #2281)""",
        [
            ("7028841", "id_number"),
            ("Jasmeet Kaur Sandhu", "name"),
            ("1990/04/12", "date"),
            ("Fraser Valley Distribution Centre", "organisation"),
            ("Abbotsford", "place"),
            ("2023/09/21", "date"),
            ("2024/01/08", "date"),
            ("Katarzyna Wiśniewska", "name"),
            ("2281", "id_number"),
        ],
    ),
    (
        "t6c-037",
        """Replying to the thread on hot cross buns vs. longitudinal formulations —

tbh I use both. The HCB is great in session 1-2 because clients get it instantly (Padesky's diagram on the whiteboard, done). But once core beliefs show up I move to a Beckian longitudinal (Judith Beck's CCD) or a Kuyken, Padesky & Dudley collaborative case conceptualisation.

For trauma I'd go Ehlers & Clark's model rather than either. For relational stuff, a CAT reformulation letter (Ryle) lands much better than any diagram.

Re: the person asking about Kiwi clients — Te Whare Tapa Whā (Durie) sits nicely alongside any of these. And for Aboriginal and Torres Strait Islander clients the SEWB framework (Gee et al.) is worth a read.

One caution: formulations in Title Case on a whiteboard feel very official. I keep them messy on purpose so the client feels they can cross things out. Faith in the process matters less than the client seeing their own words up there.

Happy to share my templates if anyone DMs me.""",
        [],
    ),
    (
        "t6c-038",
        """**Confidential – Occupational Health Report**

Employee: Tomasz Kowalczyk
Employee No.: HR-55120
National Insurance No.: JT 48 22 91 B
Employer: Severn Trent Water, Coventry depot
Line Manager: Ms Beverley Oakes
Date of consultation: 5th December 2023

Mr Kowalczyk attended for assessment following 6 weeks of sickness absence with "stress". On assessment he meets criteria for a moderate depressive episode (PHQ-9 17) with significant anxiety (GAD-7 15). He attributes this to workload and a grievance process with a colleague.

**Fitness for Work:** Currently unfit. Likely fit for a phased return in 2-4 weeks, subject to treatment response.

**Recommendations:**
- Stress risk assessment (HSE Management Standards)
- Phased return over 4 weeks, reduced hours, no on-call
- Facilitated meeting with HR/mediation before return
- Continue NHS Talking Therapies (self-referred) and GP review of citalopram

Under the Equality Act 2010, his condition may be considered a disability if it persists.

Dr Hamish Buchanan, OH Physician""",
        [
            ("Tomasz Kowalczyk", "name"),
            ("Kowalczyk", "name"),
            ("HR-55120", "id_number"),
            ("JT 48 22 91 B", "id_number"),
            ("Severn Trent Water", "organisation"),
            ("Coventry", "place"),
            ("Beverley Oakes", "name"),
            ("5th December 2023", "date"),
            ("Hamish Buchanan", "name"),
        ],
    ),
    (
        "t6c-039",
        """Perinatal Mental Health – Triage Assessment (Template Filled, Identifiers Removed)

**Referral:** From maternal and child health nurse via the Perinatal Mental Health Team intake line.
**Gestation/Postpartum:** 9 weeks postpartum, first baby, conceived via IVF.

**Screening:** EPDS 17 (item 10 = 0). ANRQ elevated for lack of support and past anxiety.

**History:** GAD since adolescence, previously on escitalopram. Stopped prior to IVF. Difficult birth (emergency caesarean), NICU stay of 4 days.

**MSE:** Tearful, well-groomed, good rapport. Anxious affect. Thought content dominated by worry about baby's weight gain and SIDS. No psychotic features. No thoughts of harm to self or baby.

**Risk:** Low to self/others. Infant: protective; partner on paternity leave until Christmas.

**Plan:**
- Perinatal psychology (CBT, MumSpace resources); PANDA helpline 1300 726 306
- GP re: restarting escitalopram (compatible with breastfeeding per LactMed)
- Mother-baby unit not indicated
- Review at 4/52 or earlier via the Acute Care Team""",
        [],
    ),
    (
        "t6c-040",
        """Telehealth incident note — for risk management

Session interrupted at ~34 min due to connection loss. Client (Devonte Harrington, MRN 7734-21) reconnected from a different device. Platform logs show the second connection from IP 73.162.45.218, which doesn't match her home location in Dayton, so she may have been outside/in a car — relevant because she disclosed active SI with plan moments before the drop.

Steps taken:
1. Confirmed physical location verbally (a parking lot near her job at Kroger)
2. Confirmed emergency contact: her aunt, Loretta, (937) 555-0112
3. Completed C-SSRS: active ideation with method, no intent tonight, no access to means in the car
4. Joint safety plan revisited; 988 given; warm handoff to mobile crisis declined

Follow-up next morning at 9:00 per protocol. I've also logged this on the portal (https://portal.miamivalleybh.org/incident/5521) as requested by our compliance officer.""",
        [
            ("Devonte Harrington", "name"),
            ("7734-21", "id_number"),
            ("73.162.45.218", "ip"),
            ("Dayton", "place"),
            ("Kroger", "organisation"),
            ("Loretta", "name"),
            ("(937) 555-0112", "phone"),
            ("https://portal.miamivalleybh.org/incident/5521", "url"),
        ],
    ),
    (
        "t6c-041",
        """Consult: Form 3 vs. Community Treatment Order — what's your experience?

Presenting a composite case to protect privacy. Man in his 40s with schizoaffective disorder, bipolar type (F25.0), three admissions in 18 months, each following discontinuation of paliperidone palmitate. Each admission started with a Form 1 from the ED, then a Form 3 (involuntary, up to 2 weeks), followed by a Form 4 certificate of renewal last time.

The team is now discussing a CTO under the Ontario Mental Health Act. He has capacity for some decisions but not treatment (Form 33 issued). His SDM is his mother.

Pros: structure, reliable LAI, ACT team follow-up. Cons: coercion, impact on therapeutic alliance, and the limited evidence (the OCTET trial, Burns et al., found no reduction in readmission).

He says, "If you put me on that paper I'll go to BC and you'll never see me." Anyone had success with shared decision-making around CTOs? I'd also welcome reading on recovery-oriented approaches (Deegan, Anthony) in this context.""",
        [],
    ),
    (
        "t6c-042",
        """**Subject: Consult – 15F, disordered eating + online content**

Background quickly (will delete after consult): Year 10 student at Brisbane State High School, lives with dad in Paddington. She has been posting "what I eat in a day" videos on TikTok as @skinnymint.daily and following pro-ana accounts. Her best friend, Indigo, raised it with the school nurse.

EDE-Q global 4.1. BMI 17.2. Periods irregular. No purging reported. Denies SI.

Dad has agreed to a GP review (weights, bloods, ECG) and we're thinking about FBT through the CYMHS eating disorder team. She's furious about losing "her followers".

Question: has anyone written a digital safety plan with a teen around content creation? Something better than "delete the app" — that's the first thing she'd refuse. I'm thinking harm reduction along the lines of the Butterfly Foundation's resources.""",
        [
            ("Brisbane State High School", "organisation"),
            ("Paddington", "place"),
            ("@skinnymint.daily", "handle"),
            ("Indigo", "name"),
        ],
    ),
    (
        "t6c-043",
        """### Medication Review – SOAP

**S:** "The voices are quieter but I feel like a zombie." Reports sleeping 11-12 hrs, weight gain of ~6 kg since starting olanzapine. Still some persecutory ideas about neighbours but less distressed. Smoking 20/day. Denies SI/HI.

**O:** BMI 31.2 (up from 28.9). BP 138/88. Fasting glucose 6.4, HbA1c 41. Lipids: TG 2.6. Prolactin normal. Akathisia not observed (BARS 0). AIMS 0. Appeared sedated, slow to respond. PANSS positive subscale 16 (from 24).

**A:** Schizophrenia (F20.0), partial response with significant metabolic side effects. Meets criteria for metabolic syndrome.

**P:**
- Cross-taper to aripiprazole over 4 weeks (olanzapine 15 → 10 → 5 → 0 mg; aripiprazole 5 → 10 → 15 mg)
- Metformin 500 mg BD per the HeAL/Positive Cardiometabolic Health algorithm
- Referral to Quitline and dietitian; Green Prescription for exercise
- Repeat metabolic bloods in 12 weeks
- Early Intervention team to continue weekly CM contact

Discussed with Consultant at MDT.""",
        [],
    ),
    (
        "t6c-044",
        """Consultation question – housing and PTSD

Anonymised as much as I can. Woman in her 30s, refugee from Eritrea, granted leave to remain last year. Complex PTSD (ICD-11 6B41), ITQ scores high across DSO clusters. Working with NET (Narrative Exposure Therapy, Schauer et al.) but we keep getting derailed by housing.

She's in temporary accommodation in E13 with damp and mould; her youngest has asthma. The council keep moving her between hostels, and every move triggers a re-experiencing spike. Last session she said "every door with many locks is the same door."

I've written letters supporting a priority banding on medical grounds. Does anyone have a template or know which wording housing officers actually respond to? I've referenced NICE NG116 and the Refugee Council's guidance. Also wondering about pausing NET until housing is stable — Herman's stage 1 safety argument — vs. carrying on since the ITQ isn't improving with stabilisation alone.""",
        [("E13", "place")],
    ),
    (
        "t6c-045",
        """Treatment Plan — Couple Therapy (EFT)

Presenting Problem: Escalating pursue-withdraw cycle following the birth of their second child; partner A describes feeling "invisible", partner B describes "walking on eggshells". Both deny IPV; screened separately using the HITS and a structured interview. DAS: 84 and 91.

Model: Emotionally Focused Therapy (Johnson), Stage 1 de-escalation.

Goals:
1. Identify and name the negative cycle (weeks 1-6)
2. Access underlying attachment emotions (weeks 6-12)
3. Restructure interactions — withdrawer re-engagement, pursuer softening (weeks 12-20)

Adjuncts: Gottman's Sound Relationship House for psychoeducation; Seven Principles homework optional. Individual referral for partner B's postpartum anxiety (GAD-7 13) to a perinatal therapist.

Contraindications reviewed: no active affair, no substance misuse, no current violence.

Review: at session 10 with the DAS and ORS/SRS (Duncan & Miller).

Fee: sliding scale per agency policy. CPT 90847.""",
        [],
    ),
    (
        "t6c-046",
        """**Referral to Primary Mental Health Support Service (Part 1, Mental Health (Wales) Measure 2010)**

Name: Gwenllian Prys-Jones
DOB: 27.06.2006
Address: 6 Heol y Felin, Pontypridd CF37 4RL
Tel: 07973 555 612
School/College: Coleg y Cymoedd, Nantgarw campus
GP: Dr Emyr Lloyd, Taff Vale Surgery

Reason for referral: 17-year-old with low mood and worsening panic attacks since starting A-levels. GAD-7 18, PHQ-9 14. Avoiding the bus to college. Reports one episode of self-harm (scratching) in January. No SI.

She prefers to have sessions through the medium of Welsh if possible.

Parents aware and supportive. Consent to referral: yes.

Referrer: School Nurse""",
        [
            ("Gwenllian Prys-Jones", "name"),
            ("27.06.2006", "date"),
            ("6 Heol y Felin", "place"),
            ("Pontypridd", "place"),
            ("CF37 4RL", "place"),
            ("07973 555 612", "phone"),
            ("Coleg y Cymoedd", "organisation"),
            ("Nantgarw", "place"),
            ("Emyr Lloyd", "name"),
            ("Taff Vale Surgery", "organisation"),
        ],
    ),
    (
        "t6c-047",
        """Supervision Notes – Integrated Care Pathway

Discussed three cases in group today. Summaries only:

1. **Young man, first episode psychosis** – open to Early Intervention in Psychosis; on aripiprazole 10 mg; Individual Placement and Support (IPS) worker helping with job search. Family intervention (Kuipers/Burbach model) offered. Query CBTp with the Psychological Therapies Team.

2. **Woman with EUPD traits, frequent ED attendances** – Complex Emotional Needs pathway; waiting for STEPPS group. Meanwhile, Crisis Café and Safe Haven used on weekends. Mentalization-Based Treatment (Bateman & Fonagy) noted as alternative.

3. **Older man, alcohol-related brain damage** – Social Care assessment under the Care Act 2014; best-interests meeting re: residential placement; IMCA instructed. DoLS application pending.

Themes: waiting lists, hand-offs between teams, and how we hold risk across the interface (Primary Care Network, Community Mental Health Hub, CRHT).

Action: Team Lead to raise pathway delays at Thursday's Governance meeting.""",
        [],
    ),
    (
        "t6c-048",
        """# Psychological Evaluation — Confidential

| | |
|---|---|
| **Examinee** | Aiden Kowalski-Tran |
| **DOB** | 04/22/2013 |
| **Age** | 11 years, 2 months |
| **School** | Lincoln Park Elementary, Grade 5 |
| **Dates of Testing** | 06/10/2024, 06/17/2024 |
| **Examiner** | Rebecca Stoltz, PsyD |
| **Referral** | Parents (Minh Tran and Paul Kowalski) |

## Reason for Referral
Concerns about reading fluency, attention, and meltdowns after school.

## Tests Administered
WISC-V, WIAT-4, CTOPP-2, BASC-3 (parent/teacher), Conners 4, ADOS-2 Module 3.

## Summary
FSIQ 108 (average). Significant relative weakness in phonological processing (CTOPP-2 PA composite 78). WIAT-4 reading fluency SS 76. Conners 4 elevated for inattention (parent and teacher). ADOS-2 below threshold.

## Diagnostic Impressions
- Specific learning disorder with impairment in reading (F81.0)
- ADHD, predominantly inattentive presentation (F90.0)

## Recommendations
Structured literacy (Orton-Gillingham based), 504/IEP evaluation, extended time, parent training.""",
        [
            ("Aiden Kowalski-Tran", "name"),
            ("04/22/2013", "date"),
            ("Lincoln Park Elementary", "organisation"),
            ("06/10/2024", "date"),
            ("06/17/2024", "date"),
            ("Rebecca Stoltz", "name"),
            ("Minh Tran", "name"),
            ("Paul Kowalski", "name"),
        ],
    ),
    (
        "t6c-049",
        """DAP – NDIS Psychosocial Recovery Coaching, Session 9

D: Participant met at the local library (his choice). Reports he attended the Clubhouse twice this fortnight and cooked a meal from scratch for the first time in months. Still finding Centrelink appointments "impossible" — missed one last Wednesday and had payments suspended. Hearing voices "in the background", not distressing. Denies SI.

A: Gains in daily living and social participation consistent with plan goals. Centrelink stress is a risk for relapse (stress-vulnerability model, Zubin & Spring). Recovery Star ratings improved in 3 of 10 domains.

P:
- Support to re-engage with Centrelink (attend together; request a Social Worker)
- Continue Clubhouse attendance; explore TAFE short course
- Liaise with the Mobile Support and Treatment Team re: upcoming depot
- NDIS plan review due in 8 weeks — gather evidence for continued Capacity Building funding
- Next session: Monday, same time""",
        [],
    ),
    (
        "t6c-050",
        """Question about CPP-D forms – have I overshared?

I'm completing the medical report for a client's Canada Pension Plan Disability application and the form has a spot for the SIN. My client emailed it to me as 287-419-506 and I've now got it sitting in my inbox. I've copied it onto the form and deleted the email, but wondering what others do.

Clinical side: she's 58, long-standing treatment-resistant depression (failed 4 antidepressants, ECT in 2019 with partial response), plus fibromyalgia. She worked 25 years at Canada Post as a letter carrier until 2021.

Sections I'm unsure about: 'prognosis' (I wrote "guarded"), and whether to attach PHQ-9/WHODAS scores. WHODAS 2.0 total 68. Also, is it appropriate to reference the CANMAT 2023 guidelines?

Tips from others who've done lots of these?""",
        [("287-419-506", "id_number"), ("Canada Post", "organisation")],
    ),
    (
        "t6c-051",
        """**Referral Letter – Specialist Perinatal Mental Health Service**

**From:** Community Midwifery Team
**To:** Perinatal Mental Health Team, Single Point of Access
**Priority:** Routine (within 4 weeks)

Dear Colleagues,

Re: Pregnant woman, 24 weeks gestation, second pregnancy

I am writing to refer this woman who has a history of bipolar affective disorder type II, diagnosed in her early twenties. She is currently stable on lamotrigine 200 mg daily, which she wishes to continue. Her previous pregnancy was complicated by a postpartum depressive episode requiring Home Treatment Team input.

Given her history, I would be grateful for pre-birth planning, including a perinatal mental health care plan, discussion of the postnatal risk of relapse (up to 1 in 5 per Jones & Craddock), and consideration of a Mother and Baby Unit bed should one be required.

She scores 8 on the EPDS and 6 on the GAD-7 currently. No current risk concerns. She is aware of and consents to the referral.

Kind regards,
Community Midwife (on behalf of the Named Midwife)""",
        [],
    ),
    (
        "t6c-052",
        """Dear consult group,

I'd like help thinking about a 13yo in foster care (case number on the DCFS file is 2023-JV-00781 — sorry, I realise I shouldn't have put that, mods please edit). Placed with a kinship carer, her grandmother, in Peoria. Attends Manual Academy (8th grade). Medicaid ID ends in 3391 if anyone from the MCO is reading, ha.

Hx: neglect and DV exposure; removed from mom's care at age 9. Presents with dissociation (A-DES 4.2), self-harm (cutting), and running away twice since March. CANS shows actionable needs in trauma, school, and caregiver stress.

We're doing TF-CBT (Cohen, Mannarino & Deblinger) and currently in the trauma narrative phase. She wrote, "I'm not the girl in the picture anymore." Grandma is exhausted and has started talking about disruption.

What supports have people found for kinship carers? I'm aware of the ARC framework (Blaustein & Kinniburgh) but want concrete respite ideas.""",
        [
            ("2023-JV-00781", "id_number"),
            ("Peoria", "place"),
            ("Manual Academy", "organisation"),
            ("3391", "id_number"),
        ],
    ),
    (
        "t6c-053",
        """quick q re: BPD dx in 17yo - too early?

CAMHS colleague wants to give an 'emerging EUPD' label to a 17yo on our ward. Presentation: chronic emptiness, frequent self harm, unstable relationships, intense anger. MSI-BPD 9/10. Good engagement tho.

My hesitation is the stigma + the fact that her trauma hx only came out 2 wks ago. I'd rather frame it as complex trauma and see how she responds to DBT-A. NICE CG78 says it can be diagnosed in under-18s but Chanen and colleagues have argued for early dx to get people into the right tx (HYPE model).

Anyone work in an adolescent unit that uses the dx routinely? how did families take it? Will post update after MDT on monday.""",
        [],
    ),
    (
        "t6c-054",
        """Case discussion – grief in residential aged care

Referred via the aged care facility's GP under the Better Access to RACF initiative. Resident is a 94-year-old widow, Mrs Dorothea Kallis, at Bluewater Lodge in Port Macquarie, admitted after a fall in which she fractured her hip. Her husband, Stavros, died 10 weeks later.

GDS-15: 11. No cognitive impairment of note (MoCA 26/30 after education adjustment). She speaks Greek at home; a Greek-speaking care worker helps at sessions.

She says "at my age (I turn 95 in August) there's nothing to plan for". I've used dignity therapy (Chochinov) and a bit of reminiscence; she brightens describing the café they ran in the 1960s.

Question: any experience adapting behavioural activation for someone who is largely bed-bound? And how do you manage the facility's expectation that I'll "fix her" so she eats more?""",
        [
            ("94-year-old", "age"),
            ("Dorothea Kallis", "name"),
            ("Bluewater Lodge", "organisation"),
            ("Port Macquarie", "place"),
            ("Stavros", "name"),
            ("turn 95", "age"),
        ],
    ),
    (
        "t6c-055",
        """## Group Programme Outline – Acceptance and Commitment Therapy for Chronic Pain (8 Weeks)

**Service:** Pain Management Programme, Clinical Health Psychology
**Facilitators:** Clinical Psychologist and Physiotherapist
**Outcome Measures:** BPI, CPAQ-8, PHQ-9, GAD-7, PSEQ at weeks 1 and 8

| Week | Theme | Key Exercise |
|---|---|---|
| 1 | Creative Hopelessness | "Tug of War with a Monster" |
| 2 | Values | Values Card Sort; "Sweet Spot" (Wilson) |
| 3 | Acceptance | Passengers on the Bus |
| 4 | Defusion | "I'm having the thought that…" (Harris) |
| 5 | Present Moment | Body scan adapted from Kabat-Zinn |
| 6 | Self-as-Context | Chessboard metaphor |
| 7 | Committed Action | Pacing and SMART goals |
| 8 | Review & Relapse Prevention | Letter to self |

**Inclusion:** Chronic pain >3 months, medically investigated, willing to attend 6+ sessions.
**Exclusion:** Active SI with plan, active psychosis, current litigation where engagement is contingent on outcome.

Referral via GP or Pain Consultant. Feedback from last cohort: "Week 4 was the turning point." Note: Bank Holiday Monday sessions run on the Tuesday instead.""",
        [],
    ),
    (
        "t6c-056",
        """ED Psychiatric Liaison Assessment — Summary

Pt: woman, late 20s. Self-presented at 02:40 with SI following argument with partner. Walked in with a friend (not BIBA).

PC: "I can't keep doing this."
HPC: 2/12 escalating low mood, anhedonia, poor sleep. Took 16 x 500 mg paracetamol at ~23:00, single ingestion. Paracetamol level at 4 hrs below treatment line; cleared by medics.
PPHx: Dx of depression age 22, one previous OD. No inpatient admissions.
DHx: Citalopram 20 mg (poor adherence). NKDA.
SHx: Works in hospitality; lives with partner; EtOH ~20 units/wk; occasional cocaine at weekends.
FHx: Mother – bipolar disorder.
MSE: Kempt, tearful, good rapport. Mood low, affect reactive. No FTD. Regrets OD ("I just wanted to sleep"), denies ongoing intent, future plans (sister's wedding in the spring). No psychotic sx. Capacity intact for discharge decision.
Risk: Moderate — impulsive, substance use, relationship conflict. Protective: friends, future orientation, help-seeking.
Plan: Discharge with friend. Referral to CRHT for 48-hr follow-up. GP to review antidepressant. Safety plan and Samaritans/NHS 111 details. Brief alcohol advice. Discussed with on-call SpR.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "train6c"}
        for i, t, items in DOCS
    ]
