"""Blind batch b14d, written by a helper session without sight of the guard. Forty posts by
clinicians in older-adult, palliative/hospice, dementia, substance-use, forensic and inpatient
services across the US, UK (England, Scotland, Wales), Ireland, Canada, Australia and New
Zealand: capacity assessments, discharge summaries, MDT notes, SOAP/BIRP/DAP notes, risk
formulations, consultation questions, replies to colleagues, process notes and supervision
reflections. Twenty carry identifiers: names of clients, relatives, pets, clinicians and case
managers; care homes, hospitals, wards, parishes and courts; towns, suburbs, streets, Eircodes and
postcodes; ages over 89; dates in many formats (14/07/1971, 02/09, 11/14, Nov. 18, 4-9-24,
12.03.25, Friday 13th, the 2nd of May); PPSN, CHI, NHS, NHI, OHIP, Medicare, Medicaid, My Aged
Care, DOC, court and ORB file numbers, driving licence and vehicle plates; phones, an email, a
URL, an IP address and usernames. Twenty are clean but dense with look-alikes: scores and
ratios (MoCA 14/30, 2/52, 6/12, 1:1, 2:1), doses, clock times (0300, 1600), legal sections
(MCA ss.2-3, s.47 AWI, s.14 MHA 2001, HCCA, 5150/5250, Marchman Act, s.672.54), ICD/CPT/MBS
codes, national hotlines, instruments named after people and places (Addenbrooke's, Glasgow,
Hayling and Brixton, DUNDRUM, Newcastle model, Bristol chart) and cited authors.

First-sight figures, with the guard at 980c3e6: span recall 0.949, precision 0.822, identifier
documents fully caught 0.600, clean documents flagged 0.650 (the guard at 5d372b1, where this
session started: 0.949, 0.783, 0.550, 0.700).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b14d-001",
        """**Capacity assessment: discharge destination (MCA 2005, ss.2-3)**

**Person:** Winifred Ashcombe, 91, on Beech Ward at Kettering General since a fall at home on 3rd February.
**Decision:** return home to Tresham Close with a package of care, or move to a residential placement.

**Background:** Lives alone. Daughter Linda visits twice weekly and holds an LPA for property and finance only, so this is a best-interests decision if capacity is lacking, not one the attorney can make. ACE-III 61/100 (attention 12/18, memory 9/26, fluency 4/14). 4AT was 6 on admission and 2 three days later; I deliberately waited until it was 0 before assessing. Clinical Frailty Scale 6, Barthel 55/100.

**Understand:** She could tell me she had been on the floor "a night and a bit" and that carers could call 4x daily.
**Retain:** Held the information about carers for around ten minutes, which is enough under s.3(3).
**Use/weigh:** This is where it fell down. She called the fall "a one-off" despite three ambulance call-outs since November, and could not set the risk of another long lie against her wish to be home. When I put a concrete scenario to her (a fall at 0200 with nobody due until 0800) she changed the subject to her garden, twice.
**Communicate:** Intact.

**Outcome:** On the balance of probabilities she lacks capacity for this decision at this time. Best-interests meeting to be arranged; no IMCA needed as Linda is appropriate to consult. If she is placed against her expressed wishes we will also need a DoLS application to the supervisory body.""",
        [
            ("Winifred Ashcombe", "name"),
            ("91", "age"),
            ("Beech Ward", "organisation"),
            ("Kettering General", "organisation"),
            ("3rd February", "date"),
            ("Tresham Close", "place"),
            ("Linda", "name"),
        ],
    ),
    (
        "b14d-002",
        """**Consult request: hospice SW, goals of care wobbling at night**

Looking for input from people who do a lot of GOC work. Patient is a man in his late 70s on home hospice, primary dx C34.90 with hepatic mets. PPS was 40% last week, now 30%. ESAS fatigue 8/10, pain 3/10 on hydromorphone 2 mg PO q4h PRN plus a fentanyl 25 mcg/h patch. He signed a POLST in the spring choosing comfort-focused treatment, but twice in the last 10 days he has asked his son to "call 911 if it gets bad." Both times it was around 0300, when he was short of breath and frightened.

We billed 99497 for the original ACP conversation and I want to revisit it, carefully. My read is that this isn't a change in values so much as night-time terror; very Yalom, death anxiety surfacing when the house is quiet. Our chaplain suggested a Dignity Therapy session (Chochinov) and the RN wants to trial lorazepam 0.5 mg SL at bedtime plus morphine 2.5 mg for air hunger.

Questions:
1. How do you document an apparent inconsistency with the POLST without implying he lacked capacity? He scored 26/30 on the MoCA in week 1 and tracks conversations fine.
2. Has anyone used the "hope for the best, prepare for the worst" framing (Back, Arnold & Tulsky) with a family who hear any hedging as giving up?
3. Tips for the son, who is the one who would actually dial? He has called the 24/7 hospice line three times this week, which is exactly what it is there for, but he apologises every time.

Also, benefit period 2 ends in about 3 weeks so the recert visit is coming, and I'd rather not have this conversation and the face-to-face on the same day.""",
        [],
    ),
    (
        "b14d-003",
        """**Discharge summary: inpatient alcohol detoxification**

Client: Declan Furlong | DOB: 14/07/1971 | PPSN: 7391842KA
GP: Dr Aoife Brennan, Gorey
Referred by: addiction liaison nurse, Wexford General Hospital

Admitted 02/09 for medically assisted withdrawal. SADQ on admission 38 (severe dependence). CIWA-Ar peaked at 19 on day 2, managed with a chlordiazepoxide reducing regime starting at 30 mg QDS and tapered to zero over 7 days. Pabrinex IV pairs 1 and 2 for 3 days, then thiamine 100 mg TDS orally. No seizures, no DTs. GGT 412, ALT 98, MCV 103.

Psychosocial: Separated; two teenage children live with their mother. Self-employed plasterer, so income stops while he is in here, which nearly led to a self-discharge on day 4. Motivational interviewing (Miller & Rollnick) throughout; he places himself in "preparation" on the Prochaska & DiClemente model. AUDIT 31 at intake.

Plan:
- Acamprosate 666 mg TDS from day 7; review at 6/12.
- Linked with a local SMART Recovery meeting; given the HSE Drugs and Alcohol Helpline 1800 459 459.
- Key worker appointment booked for 21 September.
- Driving: advised regarding the RSA's Slainte agus Tiomaint medical fitness guidelines; he has agreed not to drive pending GP review.

Completed by addiction counsellor on behalf of the MDT.""",
        [
            ("Declan Furlong", "name"),
            ("14/07/1971", "date"),
            ("7391842KA", "id_number"),
            ("Aoife Brennan", "name"),
            ("Gorey", "place"),
            ("Wexford General Hospital", "organisation"),
            ("02/09", "date"),
            ("21 September", "date"),
        ],
    ),
    (
        "b14d-004",
        """MDT review, medium secure forensic unit

Legal status: special patient under s.24(2)(a) CP(MIP) Act 2003, with the MH(CAT) Act 1992 applying. Current leave: escorted ground leave, 2:1 for the first 4 weeks then 1:1 if incident-free.

Present: consultant forensic psychiatrist, registrar, charge nurse, OT, clinical psychologist, social worker, kaumatua, whanau liaison.

Mental state: Settled over the last 6/52. No PRN olanzapine since late last month. Clozapine 450 mg nocte, level 0.52 mg/L, clozapine:norclozapine ratio 1.8. Weight up 4 kg since the last review; metabolic monitoring per the Lester UK adaptation. QTc 438 ms.

Risk: HCR-20 V3 updated. H items unchanged (H1, H2, H7 present), C items improving (C2 insight now partial), R items hinge on accommodation and supports. DUNDRUM-3 programme completion 3.1, DUNDRUM-4 recovery 2.8. Broset Violence Checklist 0 on every shift this fortnight.

Formulation discussion: Team used the 5 P's alongside Te Whare Tapa Wha (Durie). Taha wairua felt the least attended to; kaumatua will link him with a weekly karakia group. Psychology noted the 10/10 attendance at the Reasoning and Rehabilitation group (Ross & Fabiano).

Plan:
- Prepare report for the Director of Area Mental Health Services re: extended leave.
- Repeat clozapine level in 1/12; ECG at 3/12.
- Whanau hui before next review.
- Next MDT in 4/52.""",
        [],
    ),
    (
        "b14d-005",
        """**Re: LTC admission after a treatment incapacity finding**

Had nearly the identical scenario last month, so a few Ontario-specific points:

1. Under the HCCA, admission to a care facility is its own decision. Your s.4 finding about treatment doesn't cover it; the placement coordinator, acting as evaluator, has to assess separately, and the person gets rights information and can apply to the CCB on Form B.
2. Personal care decisions other than admission sit under the SDMA 1992, which is a different test again.
3. Document the Aid to Capacity Evaluation (the Joint Centre for Bioethics tool) item by item. It held up well at our hearing.

For context, my patient was Tomás Ferreira, late 80s, mixed Alzheimer's/vascular, MoCA 14/30, on 7 West at Toronto Western after a UTI delirium. His daughter Graça was his SDM under a POA for personal care. He applied to the Board; the hearing was Nov. 18 and the finding was upheld, largely because of his answer on the consequences item ("I'll just go back to Dovercourt Road, my wife does the cooking"). His wife died in 2019.

He's now settled at Lakeshore Terrace. One practical tip: the Board's copy of Form B had an old OHIP number (1284-774-590-KT) pulled from a 2017 chart, which caused a two-day delay. Check it early.

Happy to chat by phone if useful.""",
        [
            ("Tomás Ferreira", "name"),
            ("7 West", "organisation"),
            ("Toronto Western", "organisation"),
            ("Graça", "name"),
            ("Nov. 18", "date"),
            ("Dovercourt Road", "place"),
            ("Lakeshore Terrace", "organisation"),
            ("1284-774-590-KT", "id_number"),
        ],
    ),
    (
        "b14d-006",
        """Re: late-afternoon agitation in a resident, RACF

Sounds like classic sundowning layered on unmet need. Before anyone reaches for risperidone (and remember the PBS restriction: 0.25-1 mg BD, reviewed at 12 weeks, for BPSD in Alzheimer's only), I'd work through DICE (Kales, Gitlin & Lyketsos): Describe, Investigate, Create, Evaluate.

Concrete things that have worked for us:
- Run a Cohen-Mansfield Agitation Inventory over 2 weeks, split by shift. If the peaks are 1500-1800 you're probably looking at handover noise, the light changing and hunger.
- Abbey Pain Scale or PainChek before and after a 7-day trial of regular paracetamol 1 g QID (regular, not PRN). Abbey 8-13 is moderate.
- Bowels (Bristol chart), urine, hearing aids, glasses. Boring but it's usually one of them.
- Kitwood's psychological needs (comfort, attachment, inclusion, occupation, identity) as an actual checklist in the care plan.
- Cornell Scale for Depression in Dementia: a score above 12 and the "agitation" may be depression. Mirtazapine 7.5 mg nocte is often a better bet than an antipsychotic.
- Ring Dementia Support Australia on 1800 699 799. It's free to the facility and they'll come out.

Also, the restrictive practice rules under the Quality of Care Principles 2014 apply: if it's chemical restraint you need informed consent from the restrictive practices substitute decision-maker and it has to be in the behaviour support plan. The GP can use the case conference items (735-758) to get everyone in one room for 20 minutes.""",
        [],
    ),
    (
        "b14d-007",
        """SOAP: Geri-psych unit, day 4

S: Pt states "I'm not crazy, I just want to go home to Mabel." (Mabel is her cat, per niece.) Reports sleeping "fine"; night staff document 3 h total, up at 0200 and 0430.

O: 93 y/o F admitted on a 5150 (grave disability) from the ED at Mercy San Juan after police found her walking on Auburn Blvd at 2 a.m. in a nightgown. Now on 5250 certification; certification review hearing held 11/14, certification upheld. MRN 00847312. MoCA 11/30 (0/5 delayed recall). CAM negative today. BP 148/82, HR 76, Na 131 (was 127). UA negative. Quetiapine 12.5 mg qHS started day 2.

A: Major neurocognitive disorder due to probable Alzheimer's disease, moderate, with agitation (G30.1, F02.B11). Meets grave disability criteria: unable to provide for food and shelter without structured support. Hyponatremia improving.

P: Continue 5250. SW to contact niece (Rosalind Okafor, 916-555-0143) re: conservatorship; probate conservatorship with dementia powers likely more appropriate than LPS. Continue quetiapine, titrate to 25 mg only if needed. PT/OT for ADL baseline. Reassess capacity re: placement on day 7.""",
        [
            ("Mabel", "name"),
            ("93", "age"),
            ("Mercy San Juan", "organisation"),
            ("Auburn Blvd", "place"),
            ("11/14", "date"),
            ("00847312", "id_number"),
            ("Rosalind Okafor", "name"),
            ("916-555-0143", "phone"),
        ],
    ),
    (
        "b14d-008",
        """**Supervision question: weaving a 5 P's formulation into HCR-20 scenarios (s.37/41)**

Low secure service, preparing for a First-tier Tribunal and the annual statutory report to the MoJ. Client is a man in his 40s, index offence s.18 wounding with intent (OAPA 1861), diagnoses paranoid schizophrenia (F20.0) and alcohol dependence (F10.20).

Using HCR-20 V3 with the scenario-planning approach from Hart, Douglas & Guy. So far:
- Nature: interpersonal violence towards someone he knows, when psychotic and intoxicated
- Severity: serious injury, not life-threatening
- Imminence: low in hospital; highest-risk period is the first 3/12 after conditional discharge
- Frequency: index offence plus two minor assaults (2014, 2016)
- Likelihood: moderate under the worst-case scenario

PCL-R was 14 (Hare), so not contributing much. SAPROF protective total 21. Current meds: paliperidone palmitate 150 mg monthly, and he's on s.17 leave (unescorted community, 4 hours, MoJ-approved).

My question: how do people fold the predisposing/precipitating/perpetuating/protective story into the scenarios without writing everything twice? My consultant swears by Lewis & Doyle (2009) on risk formulation, but the report is already 22 pages. Also, how do you word the s.117 aftercare section when the placement (24-hour staffed, 1:1 for the first 72 hours) isn't confirmed yet? I don't want the tribunal deferring over it.""",
        [],
    ),
    (
        "b14d-009",
        """**Family meeting: inpatient palliative care**

Present: Margaret Costello (known as Peg), daughter Siobhan, son-in-law Rhys, palliative consultant, CNC, social worker (me), pastoral care.

Peg is 90, with metastatic breast cancer (bone, liver). AKPS 40, PPS 40%. Pain controlled on oxycodone CR 20 mg BD plus IR 5 mg PRN (using about 3 a day); nausea settled on haloperidol 0.5 mg nocte. SAS fatigue 7/10, breathlessness 4/10.

Peg raised voluntary assisted dying directly on Monday and asked for her first request to be formally noted. Explained that under the VAD Act 2017 (Vic) the request has to come from her, and the coordinating practitioner must have completed the approved training. Our consultant hasn't, so we'll contact the Statewide Care Navigator Service this week.

Siobhan is tearful and opposed on religious grounds; Rhys quiet, checking on Siobhan. Used Worden's tasks and a bit of Stroebe & Schut's dual process model to normalise the back-and-forth Siobhan described. Peg said "I'm not asking anyone's permission, love," which landed hard.

Practical:
- Discharge preference: home to Eaglehawk with community palliative care and 24-hour phone support.
- Advance Care Directive completed 2022; Siobhan is medical treatment decision maker.
- Medicare card 2951 48306 1 copied for the community referral.
- Next family meeting 4 March, 2 pm.""",
        [
            ("Margaret Costello", "name"),
            ("Peg", "name"),
            ("Siobhan", "name"),
            ("Rhys", "name"),
            ("90", "age"),
            ("Eaglehawk", "place"),
            ("2951 48306 1", "id_number"),
            ("4 March", "date"),
        ],
    ),
    (
        "b14d-010",
        """BIRP note: OAT counselling, community clinic (BC)

B: Client attended 50-min session, 15 min late (bus). Reports 2 days of fentanyl use this week ("smoked, not injected"), otherwise taking buprenorphine-naloxone 16/4 mg daily, witnessed. UDS positive for fentanyl, norfentanyl and buprenorphine; negative for benzodiazepines. COWS at pharmacy 4. Cravings 6/10.

I: Reviewed carry eligibility; not eligible until 4 consecutive weeks negative per the BCCSU guideline, which he found deflating. Discussed options: slow-release oral morphine (24-hour formulation) or extended-release buprenorphine injection (300 mg monthly x2 then 100 mg monthly). Used MI (OARS, decisional balance). Naloxone kit replaced; reviewed the Lifeguard app and the National Overdose Response Service at 1-888-688-6677 for when he uses alone.

R: Interested in the injection "so I don't have to go to the pharmacy every day," since his shifts run 0600-1430. Ambivalent about stopping weekend fentanyl: "it's the only 2/7 I get to feel normal." Agreed to a 3:1 ratio of plan-to-use days versus unplanned as a self-monitoring target.

P: Book prescriber consult for extended-release buprenorphine; repeat UDS in 1/52; next counselling session in 2/52. Safety plan updated; 9-8-8 reviewed.""",
        [],
    ),
    (
        "b14d-011",
        """**MDT: Old Age Psychiatry, Royal Cornhill**

Patient: Agnes Milne (CHI 1203331847), 92, transferred from the acute receiving unit after a delirium on a background of Alzheimer's disease.

Legal: s.47 certificate under the AWI (Scotland) Act 2000 in place for medical treatment. Not detained under the MH(CT)(S)A 2003; she isn't objecting to staying, but she can't consent to it either, so the Bournewood/Cheshire West problem applies and we need a lawful route. Nephew Callum Milne intends to apply for welfare guardianship; MHO report requested.

Cognition/behaviour: MMSE 12/30; NPI-NH agitation 8, aberrant motor behaviour 6. Walks 8-10 km a day on the ward per step counter, mostly between 1600 and 2100. Donepezil 10 mg mane, memantine 20 mg, mirtazapine 15 mg nocte. PRN lorazepam 0.5 mg used twice in 2/52.

Placement: Bennachie View in Inverurie has a bed and assessed her last week; they're comfortable with the Newcastle-model behaviour plan and the 1:1 at sundown for the first week.

Plan: discharge Friday 13th if interim guardianship is granted by the sheriff; otherwise she stays and we revisit in 1/52.""",
        [
            ("Royal Cornhill", "organisation"),
            ("Agnes Milne", "name"),
            ("1203331847", "id_number"),
            ("92", "age"),
            ("Callum Milne", "name"),
            ("Bennachie View", "organisation"),
            ("Inverurie", "place"),
            ("Friday 13th", "date"),
        ],
    ),
    (
        "b14d-012",
        """Group note: Seeking Safety, older veterans SUD IOP

Session 6 of 12, topic "Asking for Help" (Najavits). 7 attendees, 90 min (CPT 90853). Members aged 62-81. Facilitated by group leader and peer support specialist.

Check-in: average cravings 3/10. Two members reported lapses with alcohol since last week; both came anyway, which the group named as a strength. One member shared that the anniversary of his unit's losses in Vietnam falls in the spring and that April is "always the bad month"; group processed. Last PCL-5 admin range 28-54; AUDIT-C 4-11.

Psychoeducation: Veterans Crisis Line (dial 988 then press 1, or text 838255). Reviewed naltrexone 50 mg daily and acamprosate 666 mg TID as options to raise with VA prescribers. A member on disulfiram 250 mg asked about alcohol-based mouthwash; referred to pharmacy.

Process: Themes of shame and "being a burden" (Joiner's interpersonal theory) came up strongly after the lapse disclosures. Reframed asking for help as a skill, not a weakness; two members role-played calling a sponsor at 0200.

Plan: Session 7, "Taking Good Care of Yourself." Homework: complete one Safe Coping Sheet and bring it back. Follow up individually with the member whose AUDIT-C went from 4 to 9.""",
        [],
    ),
    (
        "b14d-013",
        """Kia ora koutou, after some advice on activating an EPOA.

Client is a 95-year-old widow living alone on Landing Road in Whakatāne. She has an EPOA for personal care and welfare naming her son Graeme, who lives in Sydney, and a separate property EPOA naming the same son. Under s.98(3) of the PPPR Act 1988 the personal care and welfare EPOA can't be acted on until a relevant health practitioner certifies she's mentally incapable. Her GP, Dr Priya Raman at Ōhope Medical Centre, did a MoCA (18/30) and then asked me (OT in the older persons' team) for a functional assessment before she signs.

What I've got: AMPS process score below the cut-off, she missed medications on 3 of 7 days in the blister pack, and there have been two kitchen fires (kettle on the element) since 2 January. interRAI-HC CPS 3, CHESS 1. NHI is ZKL8047 if anyone in the Te Whatu Ora team wants to look at the shared record before our meeting.

My questions:
1. Do you write to the "mentally incapable" standard in s.94 or just describe function and leave the legal call to the GP?
2. Graeme wants to move her into a rest home now. Is that within his power before activation? I think not.
3. Any good plain-language resources? I've used the Office for Seniors and Age Concern material.

Nga mihi""",
        [
            ("95", "age"),
            ("Landing Road", "place"),
            ("Whakatāne", "place"),
            ("Graeme", "name"),
            ("Sydney", "place"),
            ("Priya Raman", "name"),
            ("Ōhope Medical Centre", "organisation"),
            ("2 January", "date"),
            ("ZKL8047", "id_number"),
        ],
    ),
    (
        "b14d-014",
        """**Discharge summary: acute approved centre (with later-life liaison input)**

Legal: Admitted involuntarily under s.14 MHA 2001 (Form 6 admission order), renewed under s.15. Mental Health Tribunal within 21 days affirmed the order. Regraded to voluntary on day 19 under s.29.

Diagnosis: Severe depressive episode with psychotic symptoms (F32.3). Woman in her late 70s, first episode at 58.

Treatment: ECT, 8 bilateral treatments twice weekly, consent documented per the MHC Rules governing ECT and s.59. MADRS 41 at baseline, 12 at discharge. Venlafaxine XL 225 mg mane plus mirtazapine 30 mg nocte (the "California rocket fuel" combination; discussed side effects openly with her), olanzapine 5 mg nocte to taper over 3/12. Na 136 at discharge, 129 at its lowest.

Capacity: Assessed under the Assisted Decision-Making (Capacity) Act 2015 functional test; she now has capacity for treatment decisions. Advance healthcare directive discussed and the Decision Support Service leaflet given.

Follow-up:
- Psychiatry of Later Life team review within 1/52.
- GP to repeat sodium at 2/52 (SIADH risk with venlafaxine).
- Crisis numbers given: Samaritans 116 123, Pieta 1800 247 247.
- Return to her usual Tuesday and Thursday day-centre routine as tolerated.""",
        [],
    ),
    (
        "b14d-015",
        """**Re: CST evaluation, elderly defendant with dementia**

Did one of these last year and learned a lot. Some thoughts:

- Dusky v. United States (1960) is still the frame: rational and factual understanding plus the ability to consult with counsel. In dementia the "consult" prong is usually where it falls apart, because nothing is retained between meetings with the attorney.
- I used the MacCAT-CA plus the ECST-R, but honestly the RBANS (total 64) and a thorough collateral history did more work than either. Watch the ECST-R atypical presentation scales; older adults with real impairment can trip them.
- Restorability is the crux. Jackson v. Indiana (1972) limits how long someone can be held for restoration, and a neurodegenerative process isn't going to restore.

My examinee was Harold Brandt, 91, charged with aggravated assault after striking a care aide. The case was in Maricopa County Superior Court (CR2023-118204-001) under Arizona's Rule 11. He had lived in Sun City West with his wife until the incident. His neuropsychologist, Dr Lena Voss at Banner Alzheimer's Institute, had already diagnosed probable Alzheimer's with an MMSE of 17, which helped enormously. Arraigned March 3rd, found incompetent and not restorable by early summer, and the charges were dismissed with a civil referral.

Happy to share my report template (scrubbed).""",
        [
            ("Harold Brandt", "name"),
            ("91", "age"),
            ("Maricopa County Superior Court", "organisation"),
            ("CR2023-118204-001", "id_number"),
            ("Sun City West", "place"),
            ("Lena Voss", "name"),
            ("Banner Alzheimer's Institute", "organisation"),
            ("March 3rd", "date"),
        ],
    ),
    (
        "b14d-016",
        """Supervision reflection: carer support in behavioural variant FTD

Writing this up for my own learning after last week's home visit. The carer (his wife, early 60s) scored 61 on the Zarit Burden Interview and her HADS was A15/D11. Her husband's Cambridge Behavioural Inventory-Revised has climbed 20 points in 6/12, mostly disinhibition and eating behaviours.

I noticed myself rushing to solutions within the first 15 minutes: Admiral Nurse referral through the Dementia UK helpline (0800 888 6678), a carer's assessment under s.10 of the Care Act 2014, Attendance Allowance, a Blue Badge. All useful, all premature. My supervisor named it gently: I was managing my own helplessness.

She pointed me back to Pauline Boss on ambiguous loss (he is here and not here) and to "both/and" thinking. I hadn't asked a single question about the marriage before the diagnosis.

What I'd do differently:
- Slow down. Ask about the 34 years before the last 2.
- Draw a genogram together; her sister's role seems bigger than I realised.
- Use the Newcastle model (James) to build a shared formulation of the disinhibited behaviours rather than a list of "incidents".
- Look at Dementia Care Mapping (Bradford) principles for the day centre conversation.

Action: return visit in 2/52 with no forms in my bag.""",
        [],
    ),
    (
        "b14d-017",
        """SOAP: inpatient withdrawal unit, day 3

S: "Shakes are better." Kieran Walsh reports sleeping 5 h, mild tremor on waking. Worried about his court matter: drink-driving (BAC 0.187) after being pulled over on the Gold Coast Hwy in his ute (QLD rego 512 HQZ). Next mention is at Southport Magistrates Court on 17/6. His licence (084 217 593) was suspended on the spot.

O: CIWA-Ar 7, down from 22 on admission. Diazepam 10 mg QID day 1, now 10 mg TDS. Thiamine 300 mg daily. BP 138/86, P 82, T 36.8. GGT 287, MCV 101, eGFR 92.

A: Alcohol dependence (F10.20), uncomplicated withdrawal, settling. Somewhere between contemplation and preparation; strongly externally motivated by court at this point, which is fine to start with.

P:
- Taper diazepam over 4 days.
- Discuss naltrexone 50 mg vs acamprosate 2 x 333 mg TDS.
- Letter for court re: engagement, once he's attended 2 sessions of the day program.
- Alcohol and Drug Information Service 1800 177 833 on discharge card.
- Sister Maree to visit Sat; he's agreed she can be part of the discharge plan.""",
        [
            ("Kieran Walsh", "name"),
            ("Gold Coast Hwy", "place"),
            ("512 HQZ", "id_number"),
            ("Southport Magistrates Court", "organisation"),
            ("17/6", "date"),
            ("084 217 593", "id_number"),
            ("Maree", "name"),
        ],
    ),
    (
        "b14d-018",
        """**Psychiatry C-L reply. Question: does the patient have capacity to refuse SNF placement?**

Thank you for this consult. Summary for the primary team:

Capacity is decision-specific and time-specific (Appelbaum & Grisso). I assessed the four abilities using MacCAT-T-style questions.

Cognition: SLUMS 19/30 (high school education, so dementia range). Clock drawing 2/4 (Shulman). Trails B discontinued at 300 s. CAM negative on two occasions 24 h apart. TSH 2.1, B12 389, RPR nonreactive.

- Choice: clearly and consistently expresses wanting to go home.
- Understanding: can paraphrase that she fell and that PT recommends 24/7 supervision.
- Appreciation: impaired. She states she will "just not use the stairs," but her only bathroom is upstairs (14 steps) and she could not say how she would manage at 0300.
- Reasoning: unable to compare options; returns to "home" regardless of the scenario.

Recommendation: She lacks capacity for this specific decision at this time. Decision falls to her surrogate per the state surrogate consent statute; please document who that is. Recommend an ethics consult if surrogate and patient remain in conflict, and that she be told the plan in a way that respects her preference (Sabat's point about the person remaining present).

Also: GDS-15 score of 9; consider sertraline 25 mg daily, titrate to 50 mg at 2 weeks. We'll follow 2x/week. Total time 70 min.""",
        [],
    ),
    (
        "b14d-019",
        """Subject: Discharge handover, older adult ward to CMHT Older Adults

Hi both,

Reg Pryce (NHS 943 476 5919) goes home today with a package of 3 calls a day (QDS wasn't available). Address unchanged: 22 Mill Lane, Hebden Bridge HX7 6AS. Son Gareth is the main contact, on 07700 900 415 or gareth.pryce72@btinternet.com.

Summary: Admitted under s.2 MHA with paranoid psychosis in the context of dementia with Lewy bodies. Section lapsed at 28 days and he stayed informally. We avoided haloperidol given neuroleptic sensitivity (McKeith criteria). Rivastigmine patch 9.5 mg/24 h, quetiapine 25 mg nocte. NPI hallucinations 6 down to 2. MoCA 17/30, Mayo Fluctuations Scale 3/4. Falls risk high; Morse 65.

Please could you:
- Visit within 2/52 (the 7-day follow-up call is done).
- Repeat ECG (QTc 452) via GP.
- Note s.117 doesn't apply as he was only on a s.2.
- Refer on to the memory service's DLB carers group.

Thanks, ward team""",
        [
            ("Reg Pryce", "name"),
            ("943 476 5919", "id_number"),
            ("22 Mill Lane", "place"),
            ("Hebden Bridge", "place"),
            ("HX7 6AS", "place"),
            ("Gareth", "name"),
            ("07700 900 415", "phone"),
            ("gareth.pryce72@btinternet.com", "email"),
        ],
    ),
    (
        "b14d-020",
        """**Consult question: MAID request in early Alzheimer's disease**

Would value thoughts from palliative and psychiatry colleagues in Canada. Patient is in his early 80s with early-stage Alzheimer's (MoCA 22/30, FAST stage 4) and has made a written request for MAID.

As I understand it:
- His natural death is not reasonably foreseeable, so this is Track 2 under the post-Bill C-7 (2021) framework, with the 90-day assessment period and one assessor with expertise in his condition.
- Advance requests aren't available federally; Quebec's regime is provincial only.
- Audrey's Amendment (the waiver of final consent) applies to Track 1 only, so he must have capacity on the day of provision.

The clinical bind: he has capacity now (he can weigh the options, he's read the Health Canada Model Practice Standard and asks sharp questions), but over a 90-day period, with a decline of roughly 2-3 MoCA points a year, he may well still be capable on the day. His daughter worries he's choosing it out of fear of becoming "like Mum," who died with dementia in a care home.

Questions:
1. Has anyone used a structured tool beyond the four abilities? I've seen the Aid to Capacity Evaluation and the CAMAP guidance on capacity in cognitive impairment.
2. How do you separate a well-reasoned, values-consistent request from treatable depression? GDS-15 is 4, ESAS-r depression 3/10.
3. How do you hold your own reactions? I'm finding this one hard.

He knows about 9-8-8 and is not acutely suicidal.""",
        [],
    ),
    (
        "b14d-021",
        """**Consultation: gambling + alcohol in a recently retired client**

Need a sanity check. Client ("Walt", 67) retired 18 months ago from the Lordstown plant and lives alone in Boardman. He's drinking 6-8 beers a day (AUDIT 19) and sports betting on his phone. His daughter Denise found his DraftKings username, BigWalt_1957, in a screenshot and has been logging into his account to tally the losses (about $14,000 since football season started). PGSI 17.

He signed a release for me to speak with her, but I'm uneasy: she's asked me to "just call his bank," and she wants me to tell him she's been monitoring the account. I don't want to become the go-between.

What I'm planning:
- CBT for gambling (Ladouceur's cognitive work on illusion of control is a good fit; he's convinced he "reads" the spreads).
- 1-800-GAMBLER and voluntary self-exclusion through the state's Time Out program.
- Naltrexone 50 mg via his PCP, which might help both the drinking and the betting (Grant & Kim).
- A family session with clear rules about what I will and won't relay.

His sponsor, Ray K, thinks doing GA and AA both is too much. Thoughts? Billing 90837 weekly, dx F10.20 and F63.0.""",
        [
            ("Walt", "name"),
            ("Lordstown", "place"),
            ("Boardman", "place"),
            ("Denise", "name"),
            ("BigWalt_1957", "handle"),
            ("Ray K", "name"),
        ],
    ),
    (
        "b14d-022",
        """Re: diversion application for an older client with alcohol-related brain damage

In NSW the Mental Health and Cognitive Impairment Forensic Provisions Act 2020 replaced the old s.32 with s.14, and ARBD can fit the cognitive impairment definition in s.7 even when there's no mental illness. The magistrate will want three things: that he has the impairment, that it's appropriate to deal with him under s.14 rather than at law, and a treatment or support plan they can attach conditions to.

For the report, what's worked for me:
- ACE-III (68/100 in my last one), Frontal Assessment Battery (11/18), and the Hayling and Brixton tests (Burgess & Shallice) to show the disinhibition and rule-breaking that explain the offending. Magistrates grasp "he can't stop himself" better than a memory score.
- WMS-IV logical memory if you have time; Rey AVLT if you don't.
- A clear history of Wernicke-Korsakoff and current thiamine 300 mg daily.
- Abstinence evidence: CDT or PEth if available, with dates of testing in the appendix.

Support plan: ARBD specialist service, NDIS support coordination (he'll need an access request with the s.24 disability evidence), and a guardianship application to NCAT if accommodation is the sticking point. The court can now attach conditions for up to 12 months (it was 6/12 under the old s.32), so build the plan around that.

Happy to look over a draft.""",
        [],
    ),
    (
        "b14d-023",
        """MDT: Psychiatry of Later Life (community)

Client: Bridget Kinsella, 94, lives alone near Dundalk (Eircode A91 K2P7).
Reason for discussion: Safeguarding concern raised by the PHN. Nephew Séamus has been collecting her pension and roughly EUR 11,400 is unaccounted for since the summer.

Cognition: MoCA 20/30; RUDAS 22/30 (used as she left school at 14). GDS-15 score 6.

Capacity: Assessed under the Assisted Decision-Making (Capacity) Act 2015 for the specific decision of managing her bank account. She understood, retained and communicated, but could not use or weigh the information: "Séamus minds all that," and she could not name even approximate amounts. Functional test not met for this decision; for other decisions (where to live, who visits) capacity is presumed and nothing suggests otherwise.

Actions:
- Referral to the HSE Safeguarding and Protection Team today.
- Gardaí informed; reference 21974530.
- Decision Support Service options explained in plain language. She would like her niece Orla as co-decision-maker.
- GP (Dr Mairéad Foley) to check B12, folate and TFTs.

Next review 6/52.""",
        [
            ("Bridget Kinsella", "name"),
            ("94", "age"),
            ("Dundalk", "place"),
            ("A91 K2P7", "place"),
            ("Séamus", "name"),
            ("21974530", "id_number"),
            ("Orla", "name"),
            ("Mairéad Foley", "name"),
        ],
    ),
    (
        "b14d-024",
        """DAP: AOD day programme group, week 3 of 8

D: 8 participants; 2 apologies. Topic: relapse prevention and the abstinence violation effect (Marlatt & Gordon). Participants' AUDIT range 14-32; two on methadone (80 mg and 120 mg), one on buprenorphine-naloxone. Three identify methamphetamine as their main substance. Check-in cravings averaged 5/10; one participant 9/10 after a weekend at a whanau tangi where drinking was everywhere.

A: Cohesion is building; Yalom's universality and instillation of hope were visible when an older participant described 2 years of sobriety following three "failed" attempts. The 9/10 participant left the room once for 10 minutes, came back, and stayed to the end, which I reflected back as a win. Group drift toward war stories about using needed redirecting twice.

P:
- Next week: urge surfing (Bowen & Marlatt, MBRP), 20-minute practice.
- Individual check-in with the 9/10 participant before next session; review her ADOM at the 3-month point.
- One participant asked about the Substance Addiction (Compulsory Assessment and Treatment) Act 2017 for a family member; give written info and suggest a GP conversation.
- Reminded group: Alcohol Drug Helpline 0800 787 797, and free call or text 1737.""",
        [],
    ),
    (
        "b14d-025",
        """**Psychiatric consult: nursing facility (follow-up)**

Resident: Dorothy Pruitt, 97. Magnolia Gardens Health & Rehab. Medicaid # 102847563.
Requesting: Dr. Hollis Greer (attending): "family asking about stopping the Seroquel."
Seen: 4-9-24

S: Per CNA, resident sleeping about 6 h, occasional calling out between 1900 and 2100. Daughter Bobbie Jean visits Sundays and feels her mother is "too sleepy to enjoy anything."

O: Quetiapine 50 mg qHS since hospital discharge last fall. BIMS 7/15, PHQ-9 OV 6. MDS Section E shows behaviors on 1-3 days of the 7-day look-back. No falls in 90 days. Weight stable. Orthostatic BP 132/74 lying, 118/68 standing.

A: Unspecified dementia, moderate, with agitation (F03.B11). Behaviors do not appear distressing to the resident or dangerous to others. Continued antipsychotic use is not supported by the current presentation; a GDR is clinically appropriate per CMS F758.

P:
1. Reduce quetiapine to 25 mg qHS for 2 weeks, then discontinue.
2. Non-drug plan: personalized music in the 1800-1900 window, scheduled toileting, PAINAD check before any PRN.
3. Re-evaluate in 30 days. Fax note to Dr. Greer's office at 662-555-0187.

Billing: 99309.""",
        [
            ("Dorothy Pruitt", "name"),
            ("97", "age"),
            ("Magnolia Gardens Health & Rehab", "organisation"),
            ("102847563", "id_number"),
            ("Hollis Greer", "name"),
            ("Greer", "name"),
            ("4-9-24", "date"),
            ("Bobbie Jean", "name"),
            ("662-555-0187", "phone"),
        ],
    ),
    (
        "b14d-026",
        """Hospice community MDT: summary of this week's discussions (4 patients)

Patient 1: GSF register, coded RED (last days). Syringe driver over 24 h: morphine sulfate 10 mg + midazolam 5 mg + levomepromazine 6.25 mg. Family aware, ReSPECT form and DNACPR in the house. Phase of illness: dying. Plan: daily visits, Marie Curie night sitter requested for 3 nights.

Patient 2: AMBER. PPS 40%, AKPS 40. Breakthrough pain 4-5 times/day on oxycodone 5 mg, so baseline to go up from 20 mg BD to 30 mg BD. IPOS shows "feeling at peace" scored 4 (overwhelmingly not). Chaplaincy and Dignity Therapy offered. Cicely Saunders' "total pain" came up in the discussion; it fits.

Patient 3: GREEN. Stable for 8/52. SR1 form completed for Special Rules (Universal Credit and PIP); daughter asking about Continuing Healthcare fast track. Fast track tool completed; social worker to chase.

Patient 4: Bereavement follow-up. Carer scored in the high range on the Bereavement Risk Assessment Tool; offer counselling at 6-8 weeks rather than wait for the 3-month letter. Macmillan's benefits line given.

General: Two new nurses joining on 2:1 visits for the first month. Reflective practice session moved to the 1st Thursday of the month at 1330.""",
        [],
    ),
    (
        "b14d-027",
        """**Re: first ORB hearing, what to expect**

Congrats on surviving your first annual review prep. A few things from someone who's written too many of these:

The Board's question under s.672.54 is whether the accused is a significant threat to the safety of the public (Winko, 1999) and, if so, the least onerous and least restrictive disposition. Frame the report around that, not around diagnosis. HCR-20 V3 and START are what they expect to see; put the scenarios up front.

My client last cycle was Marcus Delorme, NCR on an assault charge, detained at Waypoint in Penetanguishene. The hospital report recommended moving from detention with community access to a conditional discharge to his brother Andre's place in Midland. The Crown pushed back hard on substance use (two positive cannabis screens in 12 months, and cannabis is a clear relapse signature for him). What won it was a detailed relapse prevention plan and a letter from Andre about supervision. Hearing was June 12 and the Board granted the conditional discharge with a reporting condition. Our file number was 4471-22 if you want to read the reasons on the shared drive.

Tips:
- Bring the clozapine levels (his ran 0.41-0.55 mg/L).
- Have the SW ready to speak to housing.
- Don't lean on PCL-R scores; the Board is sceptical of them for NCR clients.""",
        [
            ("Marcus Delorme", "name"),
            ("Waypoint", "organisation"),
            ("Penetanguishene", "place"),
            ("Andre", "name"),
            ("Midland", "place"),
            ("June 12", "date"),
            ("4471-22", "id_number"),
        ],
    ),
    (
        "b14d-028",
        """Discharge summary: dual diagnosis unit (Florida)

Legal: Admitted under the Marchman Act (Ch. 397, F.S.) for involuntary assessment, converted to voluntary on day 3. Prior Baker Act (Ch. 394) examination 2 years ago, no admission.

Diagnoses: Alcohol dependence with withdrawal delirium (F10.231); major depressive disorder, recurrent, moderate (F33.1). 71-year-old retired man.

Course: CIWA-Ar max 28 on day 2 with visual hallucinations at 0400. Phenobarbital loading per protocol (10 mg/kg IBW in divided doses), no further benzodiazepines needed. Thiamine 500 mg IV TID x 3 days, then 100 mg PO daily. Delirium cleared by day 5; MoCA 23/30 on day 6 (probably an underestimate). PHQ-9 17 at admission, 11 at discharge.

Discharge medications: naltrexone 50 mg daily, gabapentin 300 mg TID, sertraline 50 mg daily, thiamine 100 mg daily, folic acid 1 mg daily.

Aftercare: ASAM Level 2.1 IOP 3x/week (H0015), 12-step or SMART per his preference (he chose SMART). Primary care follow-up in 1 week for LFTs (AST:ALT ratio 2.3 on admission). Given the SAMHSA National Helpline 1-800-662-4357 and 988. Fall risk counselling given; no driving until cleared.""",
        [],
    ),
    (
        "b14d-029",
        """**Post-diagnostic letter: peer review please (memory service, Wales)**

I've tried to trim this but would love feedback on the driving paragraph specifically; it's the part I always agonise over.

"Dear Mr Hughes, thank you for coming to see us at Bronllys with your wife Megan on 12.03.25. As we discussed, your memory tests (ACE-III 74/100, with the biggest drops in recall, 8/26, and verbal fluency) together with your MRI (medial temporal atrophy, Scheltens score 2 on both sides) are consistent with Alzheimer's disease at a mild stage.

We have started donepezil 5 mg each night, increasing to 10 mg after 4 weeks if you have no stomach upset or vivid dreams.

Driving: you are legally required to tell the DVLA about your diagnosis. Your licence (HUGHE507153DJ9AB) stays valid while they make enquiries. You mentioned the Berlingo (CU19 XRT) is how you both get to Llanidloes for shopping, so we have also referred you for a formal on-road assessment with the Wales Mobility and Driving Assessment Service.

Support: Alzheimer's Society Dementia Connect 0333 150 3456."

My question: is it too much to put the licence number and registration in the letter? The DVLA form asks for them and I thought it would help him, but it feels like a lot of identifying detail in a letter that gets copied to the GP and the memory service admin.""",
        [
            ("Hughes", "name"),
            ("Bronllys", "organisation"),
            ("Megan", "name"),
            ("12.03.25", "date"),
            ("HUGHE507153DJ9AB", "id_number"),
            ("CU19 XRT", "id_number"),
            ("Llanidloes", "place"),
        ],
    ),
    (
        "b14d-030",
        """**Risk formulation: older adult mental health inpatient unit (WA)**

Background: Man in his early 80s, recently widowed (8/12), chronic pain from spinal stenosis, admitted as a voluntary patient after telling his GP he had "a plan." Past history: paracetamol overdose (24 x 500 mg) in 2019 following his retirement. GDS-30 22. Alcohol about 4 standard drinks a day, increasing. Firearms: licensed shooter; firearms surrendered to police by his son before admission, confirmed in writing. C-SSRS: active ideation with plan, no recent preparatory behaviour since admission.

Predisposing: prior attempt; rigid self-reliance ("I've never asked anyone for anything"); older, widowed man, the demographic Conwell's work flags. Precipitating: bereavement; loss of driving after a 2/12 suspension for vision. Perpetuating: pain, alcohol, isolation on a rural property 40 km from town. Protective: two grandchildren he is close to; faith; engaged with the ward OT.

Formulation summary: Risk is driven by the combination of perceived burdensomeness and thwarted belongingness (Joiner) against a background of pain and access to means, now reduced.

Plan:
- Observations stepped from 15-minute to 30-minute.
- Clinical Frailty Scale 5, Barthel 85/100; OT home visit before leave.
- Escorted leave first; no unescorted leave until 7/7 without ideation.
- Discharge supports: Lifeline 13 11 14, Suicide Call Back Service 1300 659 467, Beyond Blue 1300 22 4636, and a 48-hour post-discharge call.""",
        [],
    ),
    (
        "b14d-031",
        """**Process note: hospice SW home visit #3 (in Spanish)**

Pt Luis Arellano, 84, end-stage CHF (NYHA IV), PPS 30%, on hospice since the 2nd of May. Wife Carmen is primary caregiver; adult children rotate nights.

What happened: When I arrived, Carmen showed me a fundraiser their granddaughter had set up (gofundme.com/f/papa-luis-final-wish). The "final wish" is to get Mr. Arellano back to Michoacán one last time. Carmen was torn, proud of the kids and terrified he'd die on the road. Mr. Arellano, crying, said "Quiero morir en mi tierra."

What I felt: A strong pull to be the reasonable one and start talking about oxygen concentrators and airline rules. Noticed it, held it. Thought of Byock's four things (please forgive me, I forgive you, thank you, I love you), though this felt more about place than words.

Interventions: Reflected both sides without resolving them. Asked what "mi tierra" means to him; it turned out to be the church where they married. Father Tony from St. Jude's in Pico Rivera, their parish here, has offered to ask family in Mexico to send soil and a blessing from that church.

Plan: RN to assess travel feasibility (furosemide 80 mg BID, O2 2 L NC, ESAS dyspnea 7/10). Chaplain to coordinate with Father Tony. I'll revisit in 1 week, sooner if the family decide to travel.""",
        [
            ("Luis Arellano", "name"),
            ("Arellano", "name"),
            ("2nd of May", "date"),
            ("Carmen", "name"),
            ("gofundme.com/f/papa-luis-final-wish", "url"),
            ("Tony", "name"),
            ("St. Jude's", "organisation"),
            ("Pico Rivera", "place"),
        ],
    ),
    (
        "b14d-032",
        """Supervision reflection: countertransference with a man found not guilty by reason of insanity

I've been seeing this man weekly for 18 months on a forensic rehab ward. He was found not guilty by reason of insanity under the Criminal Law (Insanity) Act 2006, and his next Mental Health (Criminal Law) Review Board hearing is in 4/12. Sessions are 50 minutes; we're on session 71.

What came up in supervision: I noticed I'd stopped reading the index offence details before sessions. My supervisor asked whether that was clinical progress or avoidance. Honestly, both. When he talks warmly about his recovery I feel relief, and then guilt about the relief, as if I've forgotten the victim.

Useful frames we discussed:
- Ward's Good Lives Model: I'm not betraying anyone by helping him build a life worth protecting; that is risk management.
- Winnicott's "hate in the countertransference": the feeling is data, not a verdict.
- HCR-20 V3 scenario planning as a way of keeping the worst-case scenario in the room without letting it run the session.

His current measures: PANSS total 48, DUNDRUM-3 and DUNDRUM-4 both improving, HoNOS 9. Clozapine 400 mg, stable.

Plan: Re-read the index offence file before the next Review Board report, deliberately, with my supervisor. Bring a process recording of session 72. Keep using the 1:1 debrief after difficult sessions.""",
        [],
    ),
    (
        "b14d-033",
        """**Discharge summary: acute adult inpatient unit**

Name: Hēmi Walker    NHI: PRT5521
Admitted via ED at Hutt Hospital on 14/10 under s.11 of the MH(CAT) Act 1992; s.13 further assessment. Application under s.14(4) not proceeded with, as he improved and engaged voluntarily.

Presentation: 8 days of persecutory beliefs and insomnia after heavy synthetic cannabis and alcohol use. No prior admissions. PANSS positive 24, down to 11 at discharge. UDS positive for THC; synthetics not detected on the standard panel.

Diagnosis: Substance-induced psychotic disorder (F12.5); alcohol use disorder, moderate.

Medication: olanzapine 10 mg nocte (review at 3/12 with a view to tapering); baseline metabolic bloods done, HbA1c 36.

Whanau: Sister Mereana (027 448 3190) attended two whanau hui and has agreed he'll stay with her in Taitā for the first 2/52. Cultural support through the Maori mental health team; the recovery plan is built around Te Whare Tapa Wha.

Follow-up: CMHT key worker within 7 days; AOD service referral; Alcohol Drug Helpline 0800 787 797 and 1737 given to him and Mereana.""",
        [
            ("Hēmi Walker", "name"),
            ("PRT5521", "id_number"),
            ("Hutt Hospital", "organisation"),
            ("14/10", "date"),
            ("Mereana", "name"),
            ("027 448 3190", "phone"),
            ("Taitā", "place"),
        ],
    ),
    (
        "b14d-034",
        """MDT note: LTC home, responsive behaviours review (Ontario)

Resident is a woman in her mid-80s, Alzheimer's disease, CPS 4, ABS 6, DRS 4, CHESS 3 on the latest RAI-MDS 2.0. Referred by the home's BSO team after three episodes of hitting out during morning care.

P.I.E.C.E.S. review:
- Physical: pain from knee OA likely under-treated; PAINAD 5 during transfers. Acetaminophen 650 mg QID regular started. Constipation ruled out.
- Intellectual: language is preserved, but she can't sequence a two-step instruction.
- Emotional: Cornell Scale 11; tearful in the evenings.
- Capabilities: can wash her own face and arms if cued one step at a time.
- Environment: 0700 care rush, two PSWs at once (2:1) reads to her as being grabbed.
- Social: lifelong early riser; the 0630 routine isn't new to her, the approach is.

DOS charting for 5 days showed all three incidents between 0700 and 0800 with 2:1 care. GPA approach (Gentle Persuasive Approaches) refresher for the team.

Medications: citalopram 10 mg (Beers caution; max 20 mg over 60), trazodone 25 mg qHS PRN, not used in 7 days.

Plan: 1:1 care with a consistent PSW, start later (0800), Montessori-based activities (Camp) after breakfast. Repeat Cohen-Mansfield at 4/52. No antipsychotic.""",
        [],
    ),
    (
        "b14d-035",
        """**Consultation question: SHPO breach allegation plus alcohol relapse**

Client is Trevor Ainsworth, 63, living at Elm Bank approved premises since release; MAPPA Category 1, Level 2. He's on a Sexual Harm Prevention Order that prohibits using chat apps without disclosure. His probation officer, Kelly Marsh, has been told by police that a chat account, quietfisherman58, was accessed from 86.14.202.77, which resolves to a cafe near the AP. He denies it. He also admits he's relapsed on alcohol (AUDIT 24, 3-4 cans of 9% cider a day) after a year's abstinence.

Background: convictions in 2011, non-contact index offences; Risk Matrix 2000/S medium; ARMS completed in the spring. The SHPO was made at Preston Crown Court, case T20237041.

What I'm struggling with: I'm his psychologist, not his risk assessor, and I want to keep the therapeutic space (Good Lives Model, Ward & Stewart) without colluding. The drinking is the clearest risk factor in his own formulation. Probation have asked me to "explore" the chat account in session. Do I? I'm also thinking about acamprosate via his GP.

Anyone navigated dual-role tension like this? References welcome. I've been rereading Glaser (2003) on therapeutic jurisprudence in sex offender treatment.""",
        [
            ("Trevor Ainsworth", "name"),
            ("Elm Bank", "organisation"),
            ("Kelly Marsh", "name"),
            ("quietfisherman58", "handle"),
            ("86.14.202.77", "ip"),
            ("Preston Crown Court", "organisation"),
            ("T20237041", "id_number"),
        ],
    ),
    (
        "b14d-036",
        """SOAP: late-life depression with benzodiazepine taper, outpatient

S: 76-year-old woman, week 10 of lorazepam taper. Reports sleep "patchy but better than I expected," 5-6 h. Mild rebound anxiety in the afternoons, worst around 1500. PHQ-9 today 9 (was 16 at intake), GAD-7 8. Denies SI. Walking 20 minutes daily.

O: Lorazepam now 0.25 mg at bedtime (from 1 mg BID at intake). Taper rate about 10% every 2 weeks, slowed at the end per the Ashton Manual and the 2025 joint clinical practice guideline on benzodiazepine tapering. Sertraline 100 mg daily, stable 8 weeks. No falls since the last visit; TUG 11 s. MoCA 27/30.

A: Major depressive disorder, single episode, moderate, improving (F32.1). Benzodiazepine taper on track; no withdrawal signs beyond expected rebound. Fall risk lower than at intake (Beers Criteria drug removed from her list).

P:
- Hold at 0.25 mg for 4 weeks, then stop. Offer CBT-I (Perlis and colleagues' protocol) for the sleep, 4-6 sessions.
- Continue behavioral activation; add one social activity a week (she chose the library's knitting group).
- Reviewed 988 and the warmline.
- Return in 2 weeks. CPT 90834 + G2211.""",
        [],
    ),
    (
        "b14d-037",
        """**MDT: residential aged care, following a SIRS Priority 1 report**

Resident: Elsie Draper, 99, Wattle Grove Lodge, Toowong. My Aged Care ID AC48213367.
GP: Dr Farid Haddad.

Incident: Resident-on-resident. On Sat 8/2 at about 1630 she was pushed by a male co-resident in the dining room, fell, and sustained a skin tear to her left forearm. Reported as Priority 1 within 24 hours. Son Neville informed same evening.

Impact on resident: She has been asking "is he still here?" and refusing to go to the dining room. Cornell Scale 9 (was 4). Sleeping less. PAINAD 2 at dressing changes.

Discussion:
- Trauma-informed response: her history (wartime evacuee) makes being pushed from behind particularly frightening; Neville confirmed this.
- Co-resident has his own BPSD plan with Dementia Support Australia (1800 699 799) involved; separate dining seating agreed.
- No chemical restraint proposed for either resident. Quality of Care Principles 2014 restrictive practice rules discussed.

Plan:
- Meals in the small lounge with a staff member for 2 weeks, then a graded return.
- Dr Haddad to review analgesia and the skin tear.
- Lifestyle staff to re-introduce the Tuesday music group.
- Review in 1/52 with Neville present.""",
        [
            ("Elsie Draper", "name"),
            ("99", "age"),
            ("Wattle Grove Lodge", "organisation"),
            ("Toowong", "place"),
            ("AC48213367", "id_number"),
            ("Farid Haddad", "name"),
            ("Haddad", "name"),
            ("8/2", "date"),
            ("Neville", "name"),
        ],
    ),
    (
        "b14d-038",
        """Re: s.44 or AWI for a man with Korsakoff's who keeps leaving the ward?

Ach, we've had this exact debate. My tuppence:

The s.44 short-term detention certificate (MH(CT)(S)A 2003) gives you up to 28 days, but you need a mental disorder, significantly impaired decision-making ability about treatment, and treatment that's actually available. For alcohol-related brain damage that's usually fine on the first two; the third is where the MHO will push you. Is it assessment and rehab (yes), or containment (no)?

If he's not objecting and there's no real treatment beyond supervision, the AWI route (s.47 certificate for treatment, then guardianship) is the more honest one. Just don't use s.47 to keep him on the ward; it doesn't authorise detention.

Clinically: ACE-III (Addenbrooke's) was 63/100 in our last one with a floor effect on recall, GCS 15/15 so nobody believed how impaired he was. Thiamine 100 mg TDS plus Pabrinex 2 pairs TDS for 5 days on admission. Watch the GASS (Glasgow Antipsychotic Side-effect Scale) if anyone starts an antipsychotic for the confabulation; it rarely helps.

And please get the OT to do a proper kitchen assessment; the Kettle Test is great for this group. Breathing Space on 0800 83 85 87 for the family, who are usually exhausted by the time we meet them.""",
        [],
    ),
    (
        "b14d-039",
        """**Risk formulation (excerpt): forensic inpatient, NGRI**

Patient: Jesse Harlan, DOC #398112 (prior sentence), committed under RCW 10.77 following an NGRI acquittal; admitted to Western State Hospital 01/22/2019.

Historical: Onset of schizophrenia at 19; four prior psychiatric admissions. Index offense was an assault on a neighbor during acute psychosis, off medication and using methamphetamine. HCR-20 V3: H1, H2, H6, H7 present. PCL-R 12.

Clinical (current): Positive symptoms in remission on clozapine 500 mg (level 0.48 mg/L). Insight partial. No violence in 36 months. START strengths 21, vulnerabilities 9.

Risk management: Planned conditional release to Spokane Valley, near his mother Lorraine, with a community forensic case manager (Tyrell Banks) and random UDS 2x/month.

Scenarios:
1. Repeat: stops clozapine and resumes meth, paranoid ideation about neighbors returns, assault. Most likely within 3-6 months of disengagement.
2. Twist: violence toward Lorraine if he ends up living with her rather than near her.
3. Best case: stays engaged, part-time work, gradual step-down of supervision over 2 years.

Early warning signs: sleep under 4 h/night, a missed ANC draw, new talk about "the neighbors," withdrawing from his case manager's calls.""",
        [
            ("Jesse Harlan", "name"),
            ("398112", "id_number"),
            ("Western State Hospital", "organisation"),
            ("01/22/2019", "date"),
            ("Spokane Valley", "place"),
            ("Lorraine", "name"),
            ("Tyrell Banks", "name"),
        ],
    ),
    (
        "b14d-040",
        """**Closing a case: takeaways from 14 months with a bereaved husband**

Closing this one today and wanted to jot down what I learned, partly for my own supervision file and partly because a few of you helped along the way.

Context: man in his late 60s whose wife died on our palliative unit after a long illness. He was referred at 6 months post-death with a PG-13-R score of 38 (above the threshold for prolonged grief disorder, ICD-11 6B42) and a PHQ-9 of 19. No prior mental health history; retired engineer; very "fix it" oriented.

What helped:
1. Shear's Prolonged Grief Disorder Therapy structure (16 sessions) gave him the scaffolding he needed. He liked having a plan.
2. Stroebe & Schut's dual process model, drawn on a whiteboard. He called it "the oscillation diagram" and used it to forgive himself for good days.
3. Revisiting the deathbed story (imaginal revisiting) around session 7; that was the turning point. Brief, contained, 20 minutes, with a lot of grounding afterward.
4. Letting him bring her playlist. Music did what talking couldn't.

What I'd change: I was too quick to bring up "meaning-making" (Neimeyer) before he'd done the harder emotional work. And I underestimated how much the anniversary and the Christmas period would knock him back.

Outcome: PG-13-R 18, PHQ-9 5 at session 22. He has joined a men's shed and is volunteering. Discharge letter to GP sent; open door to re-refer. Lifeline 13 11 14 and GriefLine details given.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind14d"}
        for doc_id, text, items in DOCS
    ]
