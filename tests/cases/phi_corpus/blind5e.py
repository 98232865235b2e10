"""Blind batch b5e, written by a helper session for the Practica PHI-guard evaluation. Specialty
settings from the UK, Ireland, US, Canada, Australia and New Zealand: forensic and prison mental
health, methadone/OTP and addiction services, eating-disorder programmes, acute inpatient and
crisis units, older adults and dementia (ages over 89 annotated, ages 80-89 left clean),
palliative care, occupational health and workers' comp, refugees and interpreters, and
disability/NDIS services. Voices range from formal consult requests and SOAP/DAP notes to
Markdown lists and chatty replies. Identifiers include prisoner/inmate numbers, court, tribunal
and claim numbers, device serials, an IP address, fax numbers, named wards and units, care
homes, employers, unions, churches, and dates in ISO, US, UK, dotted, written-out, ordinal and
weekday formats. Clean documents are dense with instruments, doses, legal terms (Section 3, Form
1, DoLS, s58A), ICD/CPT/HCPCS codes, named programmes and cited authors.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: Kept sealed
while the rules changed. With the guard at 935157f: span recall 0.965, precision 0.697,
identifier documents fully caught 0.773, clean documents flagged 0.818; first opened at 7d19c5d:
0.951, 0.800, 0.727, 0.636.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b5e-001",
        """**Consult request - forensic, medium secure (UK)**

Working with a 34-year-old man on Cedar Ward at Ravenswood House, detained under s37/41 MHA following a conviction for wounding with intent (Winchester Crown Court, case no. T20177045). He came to us on transfer from HMP Bullingdon, prison number A4821KT, after a long period of segregation there. Diagnosis is paranoid schizophrenia (F20.0) with comorbid cannabis use; currently clozapine 450 mg nocte, level 0.51 mg/L at last check.

He's been engaging in 1:1 sessions since the tribunal on 09/10/2023 deferred discharge. His sister Latisha visits fortnightly and is the only family contact. The HCR-20 v3 formulation flags insight and treatment response as the live risk items.

My question: how do people structure Good Lives Model work when the patient frames every goal around "getting out by Christmas"? I don't want to collude, but I also don't want the sessions to become another restriction. Thoughts welcome.""",
        [
            ("Cedar Ward", "place"),
            ("Ravenswood House", "organisation"),
            ("Winchester Crown Court", "organisation"),
            ("T20177045", "id_number"),
            ("HMP Bullingdon", "organisation"),
            ("A4821KT", "id_number"),
            ("09/10/2023", "date"),
            ("Latisha", "name"),
        ],
    ),
    (
        "b5e-002",
        """Reply re: HCR-20 vs. structured professional judgement

I'd echo what Douglas and colleagues say in the v3 manual: the numbers matter less than the formulation. On our low secure unit we pair the HCR-20 with the START (Short-Term Assessment of Risk and Treatability) every three months, and the DASA daily for the first fortnight after any transfer. For someone with a PCL-R around 22 I wouldn't lean on psychopathy framing at all; Hare himself cautioned against using a cut-off clinically.

Practical bits:
- Section 37/41 restrictions mean leave goes through the Ministry of Justice, so build the formulation around what the MoJ caseworker will actually read.
- If there's a CPA meeting coming, bring the Good Lives Model goods (Ward & Stewart) into the care plan language.
- Clozapine 500 mg with a plasma level of 0.45 mg/L is therapeutic; don't let the team chase it higher without a clear rationale.
- Safewards (Bowers, 2014) interventions like 'talk down' and 'calm down methods' reduce seclusion more than any risk tool.

Happy to share our formulation template if useful. Monday MDTs are where ours get reviewed.""",
        [],
    ),
    (
        "b5e-003",
        """SOAP note - OTP counseling, week 6

S: Client (Dwayne Kowalczyk, 41) reports cravings 4/10, down from 7/10. States "the 90 is holding me till about 3 am now." Working second shift at the Amcor plant in Oshkosh and worried about drug testing after his supervisor, Renee, mentioned random screens.
O: Methadone 90 mg daily, observed dosing. UDS 11/02/2023 positive for methadone only; negative for fentanyl x3. COWS 2 at dose time. Punctual, well groomed.
A: F11.20 opioid use disorder, severe, on maintenance therapy; early remission criteria not yet met. Stage of change: action.
P: Continue weekly individual (90834). Take-home eligibility review at next phase meeting. ROI sent to PCP by fax to 920-555-0147. Discuss MAT disclosure at work using the ADA fact sheet.""",
        [
            ("Dwayne Kowalczyk", "name"),
            ("Amcor", "organisation"),
            ("Oshkosh", "place"),
            ("Renee", "name"),
            ("11/02/2023", "date"),
            ("920-555-0147", "phone"),
        ],
    ),
    (
        "b5e-004",
        """Quick question on buprenorphine induction for someone coming off high-dose fentanyl. Our prescriber has been using the low-dose 'Bernese method' microinduction: 0.5 mg day one, titrating to 16 mg by day seven, with the full agonist continued until the final day. COWS scores have stayed under 8 throughout.

From the counselling side I'm leaning on Miller and Rollnick's MI, fourth edition, plus some CRA elements (Meyers). The client is 52, lives in a rural county and drives 70 minutes to the OTP, which is its own barrier.

Does anyone pair contingency management with a long-acting injectable (Sublocade 300 mg then 100 mg monthly, or Brixadi weekly)? SAMHSA TIP 63 is fairly vague on sequencing. Also curious whether people use the AUDIT-C and the DAST-10 at intake or just the ASI. Billing is H0004 for individual counselling here, H0020 for the dosing visit.

Thanks in advance - this forum has been more helpful than our state's clinical guidance.""",
        [],
    ),
    (
        "b5e-005",
        """### Case for consult: adolescent AN, FBT stalled

Ella is 15, in Year 10 at Loreto Kirribilli, referred after a medical admission to the adolescent ward at Westmead (BMI 14.8, HR 38 overnight). Family live in Lane Cove NSW 2066. Medicare 2953 81746 1. We began Maudsley FBT on 2024-02-19 and phase one went OK until her mum, Siobhan, went back to full-time work.

Current: EDE-Q global 4.6, weight restored to 91% mEBW, still restricting at school lunch. Dad is FIFO and mostly away.

Question for FBT-trained folks: is it reasonable to bring in a school meal support plan at this point, or does that undermine parental empowerment per Lock & Le Grange? Any thoughts welcome.""",
        [
            ("Ella", "name"),
            ("Loreto Kirribilli", "organisation"),
            ("Westmead", "organisation"),
            ("Lane Cove NSW 2066", "place"),
            ("2953 81746 1", "id_number"),
            ("2024-02-19", "date"),
            ("Siobhan", "name"),
        ],
    ),
    (
        "b5e-006",
        """DAP note - outpatient CBT-E, session 14 of 20

D: Client (late 20s) completed food records daily. Objective binge episodes down from 5/week to 1/week; no compensatory vomiting since the Easter long weekend. EDE-Q 2.9 (baseline 4.1). Weighed in session per Fairburn protocol; weight stable within the 2 kg band. Reports 'feeling fat' after social events; we mapped this using the body checking/avoidance module.
A: Good response to broad CBT-E; residual overvaluation of shape. Mood lower (PHQ-9 = 12) in context of exams. No SI. Continues fluoxetine 60 mg, the dose used in the bulimia trials.
P: Start Stage 3 mood intolerance module. Review progress at session 16 using the CIA (Clinical Impairment Assessment). Consider referral to a dietitian familiar with the MEED guidance if weight drops. Next session Thursday.""",
        [],
    ),
    (
        "b5e-007",
        """Looking for input on a Form 1 that turned into a long voluntary stay.

Client: 28-year-old nonbinary person (they/them), Mateo Hernández-Reyes, brought to St. Joseph's Healthcare Hamilton by police on the evening of March the fourth, 2024, after a bridge call. The Form 1 lapsed at 72h and they signed in voluntarily on the Short Stay Crisis Unit (7 West). OHIP 4532-118-907-LM.

They're now ready for discharge but the only housing offer is back with their partner, Quinn, in the Stinson neighbourhood, which is where the crisis started.

C-SSRS screener was positive for ideation with intent at admission; now negative for the past week. Stanley-Brown safety plan completed. Quetiapine 50 mg qhs, stopped the lorazepam.

Question: how do others handle discharge when the home environment is the main risk? We don't have a crisis bed option locally and the shelter system is full.""",
        [
            ("Mateo Hernández-Reyes", "name"),
            ("St. Joseph's Healthcare Hamilton", "organisation"),
            ("March the fourth, 2024", "date"),
            ("7 West", "place"),
            ("4532-118-907-LM", "id_number"),
            ("Quinn", "name"),
            ("Stinson", "place"),
        ],
    ),
    (
        "b5e-008",
        """Reflective post: Section 2 to Section 3 conversions on an acute ward

Over the last year I've sat in on a lot of Section 2 tribunals and noticed how often the conversion to Section 3 happens in the last 72 hours with little involvement from the patient. The Code of Practice (2015) is clear that the AMHP should consider least restrictive options, and a CTO (s17A) is not automatically less restrictive.

Things I now do routinely:
1. Discuss s132 rights at every 1:1, not just day one.
2. Use the Broset Violence Checklist each shift rather than the generic RAG rating.
3. Bring in the IMHA early.
4. Map the Safewards '10 interventions' against incidents.

On rapid tranquillisation, our trust follows NICE NG10: lorazepam 1-2 mg IM, or promethazine 50 mg IM if benzo-naive or respiratory concern, with haloperidol 5 mg only after an ECG. Good reading: Bowers on conflict and containment, and Sashidharan's work on ethnicity and detention.

Would love to hear how others keep the person central when the legal process takes over.""",
        [],
    ),
    (
        "b5e-009",
        """Advice please: capacity and residence for a lady aged 94 with mixed dementia (Alzheimer's + vascular). She moved into Hawthorn Lodge care home on Tuesday 7th November 2023 after a fall at home in Kidderminster. DoLS authorisation was applied for but the best interests assessor hasn't visited yet.

She repeatedly asks for her late husband, Reginald, and becomes distressed at dusk. Staff have tried doll therapy, which her son Callum objects to. She used to sing in the choir at St Barnabas Church and responds well to hymns. NHS number 485 777 3456.

MMSE not attempted (too distressed); Abbey Pain Scale 9. Current meds: donepezil 10 mg, paracetamol 1 g QDS, no antipsychotic so far. Her sister, who is 87, also lives in the home.

Q: any experience using Kitwood-informed life story work where family disagree about the approach?""",
        [
            ("aged 94", "age"),
            ("Hawthorn Lodge", "organisation"),
            ("Tuesday 7th November 2023", "date"),
            ("Kidderminster", "place"),
            ("Reginald", "name"),
            ("Callum", "name"),
            ("St Barnabas Church", "organisation"),
            ("485 777 3456", "id_number"),
        ],
    ),
    (
        "b5e-010",
        """Reply: BPSD on a mental health of older adults ward

A few practical things from our unit, where most admissions are people in their 80s:
- Before any antipsychotic, run the Cohen-Mansfield Agitation Inventory and the PAINAD. Undetected pain is a bigger driver than we think (Husebo et al., 2011, stepped analgesia trial).
- If risperidone is unavoidable, the licence is 0.25 mg BD up to 1 mg BD for max 6 weeks in Alzheimer's. Avoid in Lewy body disease; the neuroleptic sensitivity is real.
- DoLS vs LPS: the Liberty Protection Safeguards keep being delayed, so we're still on DoLS Form 1 (urgent authorisation) and Form 4 (standard request).
- Kitwood's 'malignant social psychology' list is a great supervision tool for HCAs.
- An 86-year-old with MoCA 14/30 can still have capacity for specific decisions (MCA s3). Keep it decision-specific.

Also worth looking at the DICE approach (Kales, Gitlin & Lyketsos) and the 'This Is Me' document from the Alzheimer's Society. Cheers.""",
        [],
    ),
    (
        "b5e-011",
        """Whanau hui prep - hospice counselling

Referred by the palliative team at Mary Potter Hospice: Tama Ngata, 58, metastatic pancreatic ca, estimated prognosis weeks. NHI ZAB4726. Lives in Porirua with his partner Mere and two teenage kids.

He's asked for a hui with his whanau before he loses capacity and wants his brother Hemi to hold his Enduring Power of Attorney. The hui is booked for Friday 14 June.

I've been using Dignity Therapy (Chochinov) and Te Whare Tapa Wha to frame sessions. Syringe driver: morphine 30 mg + midazolam 10 mg / 24h.

Looking for anyone who has supported tangihanga planning alongside a Pakeha-led MDT - how do you raise the cultural gaps without making the whanau carry the education load?""",
        [
            ("Mary Potter Hospice", "organisation"),
            ("Tama Ngata", "name"),
            ("ZAB4726", "id_number"),
            ("Porirua", "place"),
            ("Mere", "name"),
            ("Hemi", "name"),
            ("Friday 14 June", "date"),
        ],
    ),
    (
        "b5e-012",
        """Thoughts on existential distress in the last weeks of life

Our palliative care team uses the Edmonton Symptom Assessment System (ESAS-r) and the Distress Thermometer at every contact, plus the Patient Dignity Inventory when someone says they feel a burden. Dame Cicely Saunders' 'total pain' still frames most of our MDT conversations.

Current patient: a man in his early 80s with end-stage COPD, ReSPECT form in place, DNACPR documented, preferred place of death home. Anticipatory meds in the house: morphine sulfate 2.5-5 mg SC PRN, midazolam 2.5 mg SC PRN, levomepromazine 6.25 mg SC, glycopyrronium 200 micrograms.

He says he's "done with being a project." I've moved away from meaning-centred work (Breitbart) toward simply being present, a la Yalom's Staring at the Sun.

For anyone in the Gold Standards Framework world: how do you document psychological input on the register? Our GP practices seem to only code physical symptoms in SNOMED CT.""",
        [],
    ),
    (
        "b5e-013",
        """Consult: return-to-work after a crush injury + PTSD sx

Client is a 46-year-old forklift operator at Tyson Foods in Dakota City, member of UFCW Local 222. Workers' comp claim no. WC-2023-0817-4419 is open; the adjuster keeps pushing for an IME. Injury date was Monday, August 14, 2023.

He reports nightmares (PCL-5 = 51), avoidance of the loading dock, and anger at his shift lead, Gustavo Ybarra, who he blames for the jam. Psych consult recommended prazosin starting 1 mg HS; he's ambivalent.

Question: how do folks handle it when the employer's EAP and the comp carrier both want session notes? I'm only sending the treatment plan and CPT codes (90837, 90791). Is that enough to satisfy the carrier, or am I going to get a subpoena?""",
        [
            ("Tyson Foods", "organisation"),
            ("Dakota City", "place"),
            ("UFCW Local 222", "organisation"),
            ("WC-2023-0817-4419", "id_number"),
            ("Monday, August 14, 2023", "date"),
            ("Gustavo Ybarra", "name"),
        ],
    ),
    (
        "b5e-014",
        """OH referral back-and-forth - what do you include?

I'm a counsellor embedded in an occupational health service. Managers send referrals asking 'is X fit for work' and 'when will they return'. I'm trying to write reports that help without breaching confidentiality.

Current template:
- Functional impact (WSAS score, e.g. 24/40 indicates moderately severe impairment)
- Recommended adjustments under the Equality Act 2010 (phased return over 4-6 weeks, reduced hours, no lone working on nights)
- Signposting: EAP, Access to Work mental health support, Mind's Wellness Action Plan
- Whether the Fit Note should read 'may be fit for work'

We use the HSE Management Standards as a frame for stress risk assessments. Clinically I'm doing 6-8 sessions of CBT for work stress, loosely following the Netterstrom return-to-work model. GAD-7 and PHQ-9 at every contact for IAPT-style outcome tracking.

Any thoughts on whether to mention sertraline 100 mg in a management report? My instinct is no - it's the OH physician's call.""",
        [],
    ),
    (
        "b5e-015",
        """Session notes, trauma-focused work with an interpreter

Client: Abdirahman Warsame, 31, Somali, asylum seeker housed in Stockton-on-Tees. Home Office ref W1234567/2. His next substantive interview is 22.01.2024.

We're working with a regular Somali interpreter, Fadumo, who also lives in his community, which the client raised as a worry in session 4 - he didn't want details getting back to the mosque on Bishop Street. He's otherwise engaging well.

Measures: HTQ (Mollica) 3.1, RHS-15 positive. NET (Narrative Exposure Therapy) lifeline done with stones and flowers. Sleep poor; GP started mirtazapine 15 mg.

Question: would you swap interpreters at this stage? The Refugee Council guidance says yes if trust is an issue, but continuity matters too.""",
        [
            ("Abdirahman Warsame", "name"),
            ("Stockton-on-Tees", "place"),
            ("W1234567/2", "id_number"),
            ("22.01.2024", "date"),
            ("Fadumo", "name"),
            ("Bishop Street", "place"),
        ],
    ),
    (
        "b5e-016",
        """Reply: working with interpreters in trauma therapy

A few things I've learned, mostly from Tribe & Raval's 'Working with Interpreters in Mental Health' and the BPS guidelines:
- Brief the interpreter before and debrief after every session, 10 minutes each. Budget for it.
- First-person interpreting ('I was afraid'), not reported speech.
- Check dialect and ethnicity match; a Kurmanji speaker may not be comfortable with a Sorani interpreter and vice versa.
- Seat in a triangle. Don't let the interpreter sit beside you like a co-therapist.
- Phone or video interpreting (Zoom, Teams) works for psychoeducation but less well for exposure.

Clinically NET (Schauer, Neuner & Elbert) and TF-CBT both have evidence with refugees; for someone still in the asylum process, I'd stabilise first and use Herman's phased model. Screen with the RHS-15 and PCL-5; the HTQ cut-off is usually 2.5. Watch for vicarious trauma in interpreters too, they often have their own histories.

Consider Ramadan when scheduling; fasting clients may prefer late-afternoon slots.""",
        [],
    ),
    (
        "b5e-017",
        """Case consult: PBS plan for a young man with ID and autism in SIL

He's 23, moderate intellectual disability, minimally verbal (uses Key Word Sign), living in a supported independent living house in Craigieburn run by Mambourin. NDIS number 430 512 897. Primary support worker is Hamish Doyle, who has known him since school.

Restrictive practice: locked kitchen cupboard (environmental restraint), authorised under the Victorian Disability Act, reviewed 30th of April. Incidents spiked after his mum, Kerry-Anne, stopped weekend visits.

FBA suggests escape-maintained behaviour around transitions. Risperidone 1 mg BD via GP.

Q for PBS practitioners: how do I fade the cupboard lock without blowing up staff confidence? The NDIS Commission wants a reduction plan by next quarter.""",
        [
            ("Craigieburn", "place"),
            ("Mambourin", "organisation"),
            ("430 512 897", "id_number"),
            ("Hamish Doyle", "name"),
            ("30th of April", "date"),
            ("Kerry-Anne", "name"),
        ],
    ),
    (
        "b5e-018",
        """Positive Behaviour Support - resources people found useful?

Compiling a reading list for new support workers in disability services. So far:
- Gore et al. (2013) definition paper on PBS
- LaVigna & Willis on the periodic service review
- Emerson's work on challenging behaviour and ecology
- Carr's functional communication training
- Talking Mats and Makaton for communication
- The STOMP/STAMP campaign on reducing psychotropic overprescribing (so many people on risperidone 2 mg or olanzapine without a clear indication)
- Mansell's Active Support model

For assessment, we use the Aberrant Behavior Checklist (ABC-C), the Motivation Assessment Scale, and the DASH-II. For dementia screening in Down syndrome, the DLD or the CAMDEX-DS from age 40 on.

Also: under the Mental Capacity Act, Best Interests meetings need the person's views recorded even if nonverbal. Would love additions, especially Australian ones like the NDIS Practice Standards or the Victorian Senior Practitioner guidance.""",
        [],
    ),
    (
        "b5e-019",
        """Correctional MH - consult on a long-term segregation case

I'm a contract psychologist at Pelican Bay State Prison. Patient is a 39-year-old man, CDCR #AY4419, serving 25-to-life from a Los Angeles County case (BA367812). He's been in the SHU since Sept 3, 2021 and is now endorsing command hallucinations.

His mother, Yolanda Castellanos, has been calling the institution daily; her number, 707-555-0193, keeps showing up in the visiting log and custody staff are treating it as harassment.

Current: EOP level of care recommended; MHCB referral pending. BPRS 58. Olanzapine 15 mg accepted, refuses LAI.

Q: how do others approach therapeutic alliance through a cell door? Any tips for documenting decompensation so it actually moves classification?""",
        [
            ("Pelican Bay State Prison", "organisation"),
            ("AY4419", "id_number"),
            ("Los Angeles County", "place"),
            ("BA367812", "id_number"),
            ("Sept 3, 2021", "date"),
            ("Yolanda Castellanos", "name"),
            ("707-555-0193", "phone"),
        ],
    ),
    (
        "b5e-020",
        """Reply: mental health in custody - some frameworks

In the UK we'd use the ACCT process (Assessment, Care in Custody and Teamwork) for anyone at risk of self-harm, plus the Reception Screen and the Mental Health In-Reach referral. Section 47/49 transfers are slow; the 28-day target from NHS England is routinely missed.

For the US folks, the NCCHC standards and the Bureau of Prisons care levels (CARE1-CARE4) are analogous. Restrictive housing of anyone with SMI is increasingly litigated - worth reading Haney on the psychological effects of solitary and Grassian's 'SHU syndrome' paper.

Assessment in custody: the BJMHS (Brief Jail Mental Health Screen) at intake, then a full MSE. For risk, the HCR-20 or the LS/CMI depending on jurisdiction; Static-99R only for sexual offending. Treatment-wise, STAIR (Cloitre) and Seeking Safety (Najavits) both adapt well to groups on a unit.

Meds: avoid quetiapine where you can given diversion; mirtazapine 15-30 mg is often preferred for sleep.

Fridays are usually worst for transfers because of weekend staffing.""",
        [],
    ),
    (
        "b5e-021",
        """Community forensic follow-up - supervision question

Client is a man in his 40s on a conditional discharge, living in supported accommodation. Part of his conditions is GPS electronic monitoring; he showed me the tag (serial EM-7730-91845) and said it chafes and 'reminds me I'm still a con.' We spent most of session 12 on shame rather than risk.

Formulation: Good Lives Model plus a compassion-focused (Gilbert) lens. HCR-20 V3 scenario planning done with the community team. He is on paliperidone palmitate 100 mg monthly, stable, no substance use (negative breathalyser and UDS).

The supervisor from probation wants session-by-session updates. I've explained the limits of confidentiality at the outset (risk to others, breaches of conditions) but I'm uneasy about routine reporting.

How do others set up information-sharing agreements with probation/MAPPA without turning therapy into surveillance? Is a monthly summary reasonable?""",
        [("EM-7730-91845", "id_number")],
    ),
    (
        "b5e-022",
        """Crisis stabilization unit - process question

We run a 16-bed CSU in a mid-sized city in the Southeast. Average LOS is 3.2 days. Everyone gets the C-SSRS at triage, the ASQ if under 18 (we take 16+), and the CAGE-AID.

I've been pushing CAMS (Jobes) as our default framework rather than the 'no-harm contract' that some of the older staff still use. The SSF-4 takes about 30 minutes but the alliance it builds seems worth it. We also give every discharge a Stanley-Brown safety plan and a 988 card, plus the Crisis Text Line (text HOME to 741741).

Medication bridges: we discharge with up to 7 days of meds if the outpatient appointment is more than a week out - typically sertraline, hydroxyzine 25 mg PRN, sometimes trazodone 50 mg. No benzos on discharge.

Has anyone evaluated follow-up caring contacts (Motto's letters, or the Caring Contacts texts studied by Comtois)? Our leadership wants data before funding a texting program.""",
        [],
    ),
    (
        "b5e-023",
        """Community addiction service - consult

Client is Declan O'Sullivan, 36, attending the methadone clinic on Cork Street in Dublin 8 for maintenance (60 mg). PPSN 1234567TA. He's a tiler with Sisk and is anxious his site foreman will find out.

He relapsed on crack cocaine around 17 Feb 2024 after his partner Aoife left with their daughter Saoirse. Reports no suicidal intent. AUDIT 14, so alcohol is creeping up too.

Using CRAFT principles with Aoife was planned but she's declined contact. Should I keep offering her a carers' session through the service? Also interested in anything Irish on contingency management - the HSE guidance seems silent.""",
        [
            ("Declan O'Sullivan", "name"),
            ("Cork Street", "place"),
            ("Dublin 8", "place"),
            ("1234567TA", "id_number"),
            ("Sisk", "organisation"),
            ("17 Feb 2024", "date"),
            ("Aoife", "name"),
            ("Saoirse", "name"),
        ],
    ),
    (
        "b5e-024",
        """Inpatient withdrawal unit - protocol query

Our 12-bed detox unit is using CIWA-Ar symptom-triggered diazepam (20 mg PRN if CIWA >= 10, max 120 mg/24h) plus thiamine 300 mg IV TDS for the first three days. After discharge, naltrexone 50 mg or acamprosate 666 mg TDS depending on LFTs.

For psych input we use the SADQ for severity, the K10 for distress, and the DASS-21. The brief intervention is loosely based on FRAMES (Miller & Sanchez). Group programme on the unit is SMART Recovery plus a weekly ACT session (Hayes, Strosahl & Wilson).

Clients are mostly from outer metro and regional areas; a few from the Top End. Average age 47, but we had an 82-year-old recently, which raised questions about benzo dosing in older adults - we went with oxazepam 15 mg instead.

Anyone using the Australian Treatment Outcomes Profile (ATOP) routinely? Keen to hear if it's useful clinically or just for reporting to the state.""",
        [],
    ),
    (
        "b5e-025",
        """Adult acute admission (Scotland) - seeking input on detention and therapy

Patient is Fraser MacAulay, 22, admitted to Ward 3 at Royal Cornhill Hospital under an emergency detention certificate, now a short-term detention certificate (STDC) from 2023-11-02. CHI 1505011234.

Background: first episode psychosis, cannabis-induced vs schizophreniform. PANSS positive 28. Aripiprazole 10 mg. He is a student at Robert Gordon University and lives in halls on King Street. His flatmate, Euan, found him barricaded in his room.

Q: with a CTO application to the Mental Health Tribunal for Scotland looming, how do you preserve the alliance in psychology sessions? He sees me as 'the jailer's psychologist'.""",
        [
            ("Fraser MacAulay", "name"),
            ("Ward 3", "place"),
            ("Royal Cornhill Hospital", "organisation"),
            ("2023-11-02", "date"),
            ("1505011234", "id_number"),
            ("Robert Gordon University", "organisation"),
            ("King Street", "place"),
            ("Euan", "name"),
        ],
    ),
    (
        "b5e-026",
        """Medical monitoring on a specialist eating disorder unit - practical tips

For newer staff, the MEED guidance (RCPsych, 2022) replaced MARSIPAN and Junior MARSIPAN. The risk table is your friend: BMI < 13, HR < 40, QTc > 460 ms, K+ < 3.0 are red flags. Refeeding can start at 1400-2000 kcal/day rather than 'start low go slow' as we used to; monitor phosphate daily for the first week and supplement with Phosphate-Sandoz.

Therapy on the unit: CBT-E for adults (Fairburn), MANTRA (Schmidt & Treasure) for those who don't respond, SSCM as an alternative. We use the EDE-Q and CIA weekly.

Olanzapine 2.5-5 mg at night helps some with ruminative distress (Attia et al. trial). Under Section 3, nasogastric feeding against consent is lawful under s63 - but we still discuss it at MDT every time, and the RC documents capacity.

Sunday weigh-ins are a bad idea; patients catastrophise all week.""",
        [],
    ),
    (
        "b5e-027",
        """Memory care consult - 'sundowning' and a family conflict

Mr. Harold Lindqvist, a 92-year-old retired machinist, lives at Brookdale Bellevue (memory care wing). Dx: major neurocognitive disorder due to Alzheimer's, with behavioral disturbance (F02.81). MoCA 9/30 on 06/12/2024.

His daughter Karen wants him off all meds; his son, Erik, emails me daily from hlindqvist.family@comcast.net demanding a higher dose of quetiapine. His wife died in 2019 and he still asks for her nightly. He used to usher at Our Savior's Lutheran Church in Ballard and hymns calm him.

Question: how do you handle divergent family wishes when the health care proxy (daughter) and the more vocal sibling disagree? I'm thinking a family meeting with the social worker and a copy of the DICE model summary.""",
        [
            ("Harold Lindqvist", "name"),
            ("92-year-old", "age"),
            ("Brookdale Bellevue", "organisation"),
            ("06/12/2024", "date"),
            ("Karen", "name"),
            ("Erik", "name"),
            ("hlindqvist.family@comcast.net", "email"),
            ("Our Savior's Lutheran Church", "organisation"),
            ("Ballard", "place"),
        ],
    ),
    (
        "b5e-028",
        """Late-life depression - psychotherapy options

Looking at options for an 84-year-old widow, recently bereaved, GDS-15 score 11, MoCA 24/30, living alone in a retirement village in a regional town. Her GP started mirtazapine 15 mg; sodium checked because of SIADH risk with SSRIs in older adults (hyponatraemia under 130 is common).

Evidence I'm weighing:
- Problem-Solving Therapy (Arean, Alexopoulos) - good for executive dysfunction
- Behavioural activation
- Reminiscence therapy and Life Review (Butler, 1963)
- Complicated grief treatment (Shear) if she meets prolonged grief disorder criteria (ICD-11 6B42)

The Beers Criteria and STOPP/START are useful when talking to prescribers about anticholinergic burden (ACB score). She is also on oxybutynin, which pushes her ACB to 4.

Any thoughts on PST vs. BA for someone who loves routine but hates 'homework'? Sessions fortnightly over the phone for now, maybe face to face after Easter.""",
        [],
    ),
    (
        "b5e-029",
        """Consult - work stress, grievance, and an employment tribunal

Client (Priya Raghunathan, 44) is a senior nurse at Leeds Teaching Hospitals NHS Trust, signed off with work-related stress since the 3rd of October 2023. She's a Unison rep and has brought a tribunal claim for disability discrimination: case number 1801234/2024.

She ruminates about her line manager, Gareth Pugh, and whether to settle. GAD-7 18, PHQ-9 16, ISI 21. Sertraline 150 mg.

Dilemma: her solicitor has asked me for a report on causation. I'm her therapist, not an expert witness. How do people decline respectfully while still supporting the client through the hearing?""",
        [
            ("Priya Raghunathan", "name"),
            ("Leeds Teaching Hospitals NHS Trust", "organisation"),
            ("3rd of October 2023", "date"),
            ("Unison", "organisation"),
            ("1801234/2024", "id_number"),
            ("Gareth Pugh", "name"),
        ],
    ),
    (
        "b5e-030",
        """Forensic CBT group - adapting for intellectual disability

I facilitate an offending behaviour group in a forensic disability service. We're adapting the SOTSEC-ID model and Lindsay's work for participants with IQ in the 55-70 range. The KBIT-2 and the ABAS-3 were used for eligibility.

Key adaptations:
- Visual schedules, repetition, role-play rather than worksheets
- 'Old Me/New Me' framework (Haaven) instead of abstract schemas
- Carers invited to every fourth session
- Risk: ARMIDILO-S rather than Static-99R, which wasn't normed on ID

Medication is usually managed by the consultant; common regimes include risperidone 0.5-2 mg and sometimes cyproterone acetate under specialist review.

Legal context varies: in England it'd be a Section 37 hospital order or a community order with a treatment requirement; in Canada an NCRMD finding and a Review Board disposition; in New South Wales a forensic patient order.

Does anyone have experience running the group over Teams? Tuesdays are the only slot we have.""",
        [],
    ),
    (
        "b5e-031",
        """hey all, quick one re: telehealth privacy. My client (retired teacher, 81, lives alone) got a login alert from our portal showing a sign-in from 203.0.113.47 that wasn't her - turns out her grandson Kieran had been logging in as her to 'help'. He also set up a Facebook page for her baking and posts as nanna_bev_bakes, complete with her photo.

She's fine with it but I'm not sure our platform terms allow a proxy. Her care coordinator at Anglicare said to get written consent first. Anyone been here? Her GDS is trending down nicely so I don't want to rock the boat.

also, is it weird that I'm more upset than she is lol""",
        [
            ("203.0.113.47", "ip"),
            ("Kieran", "name"),
            ("nanna_bev_bakes", "handle"),
            ("Anglicare", "organisation"),
        ],
    ),
    (
        "b5e-032",
        """lol yes, DoLS paperwork is a nightmare. honestly tho the key thing is: capacity is decision-specific and time-specific (MCA 2005 s2-3). Use the two-stage test, document the 'impairment of mind or brain' bit AND the functional test (understand, retain, use/weigh, communicate).

For your 88-year-old with Lewy body - fluctuating cognition means you pick the best time of day. Mornings usually. If she lacks capacity to decide on residence and is under continuous supervision and control and not free to leave, that's the Cheshire West acid test, so DoLS applies even if she seems 'happy'.

Also: s5 MCA protects staff for care acts; s4 is the best interests checklist; an IMCA if unbefriended. Lots of people forget the RPR role.

Reading: Alex Ruck Keene's capacity guides (39 Essex Chambers) are free and brilliant.""",
        [],
    ),
    (
        "b5e-033",
        """Consult request - college student with ARFID/AN overlap

Client: Maya Feldstein, 19, sophomore at Tufts, student ID 1349872. Presenting with restrictive intake after a choking episode on Oct. 5th, 2023; 9 lb weight loss since. Sees the campus dietitian and me weekly.

She keeps a recovery blog at mayaeatsagain.wordpress.com which she sometimes reads aloud in sessions. PARDI-AR-Q suggests fear of aversive consequences is dominant, but EDE-Q shape concern is also elevated (3.8). Her roommate, Talia, is her main support.

Q: CBT-AR (Thomas & Eddy) vs. CBT-E when both restriction patterns are present? Has anyone sequenced them?""",
        [
            ("Maya Feldstein", "name"),
            ("Tufts", "organisation"),
            ("1349872", "id_number"),
            ("Oct. 5th, 2023", "date"),
            ("mayaeatsagain.wordpress.com", "url"),
            ("Talia", "name"),
        ],
    ),
    (
        "b5e-034",
        """Reply on take-home doses and diversion

Under the current US rules (42 CFR Part 8, updated 2024), OTPs can give up to 7 take-homes in the first 14 days and up to 28 after a month, depending on clinical stability. We use a simple checklist: negative UDS for non-prescribed opioids, lockbox, regular attendance, no recent overdose.

For psychosocial work I use MI (Miller & Rollnick), Seeking Safety (Najavits) for comorbid PTSD, and contingency management vouchers where allowed. The ASAM Criteria (4th ed.) dimensions guide level of care.

Methadone dosing: 80-120 mg is the range where retention improves (Faggiano review). QTc > 500 ms is a hard stop for increases. Watch for interactions: ciprofloxacin, fluconazole, and carbamazepine all matter.

In Australia and the UK the supervised consumption model (pharmacy-based) is different - worth reading the Orange Book (UK Clinical Guidelines, 2017).

Naloxone kits to everyone, every visit.""",
        [],
    ),
    (
        "b5e-035",
        """Forensic outpatient - NCRMD client

Client is a 47-year-old Cree man found NCRMD in 2019 (Ontario Court of Justice file 19-R8823), now on a conditional discharge from the Ontario Review Board. He lives in a group home on Dundas Street and attends our clinic at the Royal Ottawa. Prior federal sentence at Millhaven Institution, FPS 412883D.

His annual ORB hearing is set for the 21st of May. His brother Raymond is his substitute decision-maker. He wants to attend a sweat lodge ceremony with an Elder, which the team supports.

Q: how do others integrate culturally grounded Indigenous healing into formal ORB reports without tokenising it? Any examples of wording?""",
        [
            ("19-R8823", "id_number"),
            ("Dundas Street", "place"),
            ("Royal Ottawa", "organisation"),
            ("Millhaven Institution", "organisation"),
            ("412883D", "id_number"),
            ("21st of May", "date"),
            ("Raymond", "name"),
        ],
    ),
    (
        "b5e-036",
        """Unaccompanied asylum-seeking young people - assessment tools

In our service most UASC are 15-17 and arrive via the National Transfer Scheme. We screen with the CRIES-8, the SDQ, and the RATS (Reactions of Adolescents to Traumatic Stress). The Hopkins Symptom Checklist-37A has been validated with this group (Bean et al.).

Approaches that work: Teaching Recovery Techniques (Children and War Foundation), KIDNET, and Tree of Life narrative work (Ncube). Beware age disputes: Merton-compliant age assessments are a legal process, not a clinical one, and we don't participate.

Medication is rarely first line; if sleep is awful, melatonin 3 mg or, in older teens, propranolol for hyperarousal.

Interpreters: use Tigrinya and Pashto interpreters who are NOT from the young person's own community where possible. Eid and Orthodox Christmas often bring grief spikes.""",
        [],
    ),
    (
        "b5e-037",
        """Grief & palliative consult - very elderly woman, family dynamics

Referred by Calvary Bethlehem: Edna Pearce, aged 97, end-stage heart failure, now for comfort care only. Lives in Caulfield North with her youngest son, Trevor. Lifelong parishioner of St Mary's Anglican Church.

Her grandson, a paramedic with Ambulance Victoria, is pushing for one more admission. The family meeting is Wednesday 12 March 2025.

She scored 2 on the Distress Thermometer and told me "I've had a long innings and I'm ready, love. They're the ones who aren't." Meds: frusemide, morphine 2.5 mg SC PRN.

How do people hold the tension between a patient who's at peace and a family who isn't? Looking at Dignity Therapy but she may not have the energy.""",
        [
            ("Calvary Bethlehem", "organisation"),
            ("Edna Pearce", "name"),
            ("aged 97", "age"),
            ("Caulfield North", "place"),
            ("Trevor", "name"),
            ("St Mary's Anglican Church", "organisation"),
            ("Ambulance Victoria", "organisation"),
            ("Wednesday 12 March 2025", "date"),
        ],
    ),
    (
        "b5e-038",
        """Paramedic & police clients - moral injury vs PTSD

Lots of our occupational health referrals are first responders. I assess with the PCL-5, the Moral Injury Outcome Scale (MIOS), and the AUDIT, since alcohol is the common coping strategy. Litz's adaptive disclosure model and Shay's 'Achilles in Vietnam' frame the moral injury work.

For PTSD: CPT (Resick) 12 sessions, PE (Foa) or EMDR. For those who can't tolerate exposure, Written Exposure Therapy (Sloan & Marx), 5 sessions.

Workers' compensation in most states requires a DSM-5-TR diagnosis (F43.10) and a clear causation statement. Many first responders fear the stigma of a claim more than the symptoms. Peer support programmes help with that.

Prazosin is not first-line anymore after the Raskind 2018 VA trial; sertraline or venlafaxine 75-225 mg per the VA/DoD guideline.

Anyone using the Road to Mental Readiness (R2MR) program in Canada? Curious about outcomes.""",
        [],
    ),
    (
        "b5e-039",
        """Consult: Syrian family, interpreter boundary issue

Client: Rania Al-Khatib, 38, government-assisted refugee who arrived in Winnipeg last year with her three children. IRCC UCI 11-2345-6789. She's supported by Welcome Place and attends EAL classes at Red River College.

Our Arabic interpreter, Samir, is a family friend; he's now driving her to appointments and I'm worried about dual roles. She also disclosed that her husband, who remained in Lebanon, has been sending threatening WhatsApp messages; his sponsorship appointment is 2024/09/16 and she's dreading it.

Measures: RHS-15 positive, PHQ-9 19. Stabilisation with grounding and CBT-I for insomnia.

Question: how do I raise the interpreter concern without damaging the client's only support?""",
        [
            ("Rania Al-Khatib", "name"),
            ("Winnipeg", "place"),
            ("11-2345-6789", "id_number"),
            ("Welcome Place", "organisation"),
            ("Red River College", "organisation"),
            ("Samir", "name"),
            ("2024/09/16", "date"),
        ],
    ),
    (
        "b5e-040",
        """Male athletes and RED-S - ideas?

Working with a 20-year-old male distance runner. Presentation: low energy availability, stress fractures x2, compulsive exercise. EDE-Q 3.4, CET (Compulsive Exercise Test) 18, MDDI for muscularity concerns.

Evidence base is thin. I'm drawing on:
- The IOC consensus on RED-S (Mountjoy et al., 2023)
- Meyer & Taranis's compulsive exercise formulation
- LoCATe (Loughborough Eating-disorders Activity Therapy)
- Murray's work on muscle dysmorphia

Dietitian is aiming for 45 kcal/kg FFM/day. Bone density via DXA, Z-score -1.8. No meds currently; some teams use olanzapine 2.5 mg, but he's resistant.

Supervision question: how do you navigate the coach relationship when the client's identity is built on the sport? He trains six days a week and rests Sundays.""",
        [],
    ),
    (
        "b5e-041",
        """Learning disability team - annual health check follow-up

Quick one. Supporting a woman in her 30s with Down syndrome, recent decline in skills, query early-onset Alzheimer's. DLD scores dropped by 18 points over the year. We've done the baseline bloods (TFTs, B12, folate) and referred to the memory clinic. Her GP surgery only accepts referrals by fax - I sent it to 01632 960418 and heard nothing back.

She communicates with Makaton and some speech; Talking Mats were used to get her views on the referral. Her capacity to consent to assessment seems intact with support, so no Best Interests process needed at this stage.

Memory clinic appointment is 14.03.25. Any advice on preparing her - social stories, a visit beforehand? Also, is anyone aware of specific guidance (RCPsych, BPS/DCP) on dementia assessment for people with DS? I know the 2015 document but it feels dated.""",
        [("01632 960418", "phone"), ("14.03.25", "date")],
    ),
    (
        "b5e-042",
        """ECT in late-life depression - consent & capacity

Our older adults inpatient unit is referring an 89-year-old man with psychotic depression for ECT. MADRS 38, HAM-D 29, refusing food and fluids. He has capacity fluctuations.

In England, under Section 58A MHA, ECT can't be given to a capacitous patient who refuses; if he consents with capacity the approved clinician completes Form T4; if he lacks capacity, a SOAD certificate (Form T6) is needed, and emergency treatment falls under s62. Scotland uses the 2003 Act provisions instead.

The literature (Kellner et al., PRIDE study) supports ECT plus venlafaxine and lithium continuation in older adults. Cognitive side effects are the family's main worry; we use the MoCA and AMT before and after each course.

Right unilateral, ultrabrief pulse, twice weekly - Monday and Thursday. Anaesthetic with propofol or etomidate.

How do others involve family in ECT decisions without letting them become the decision-maker?""",
        [],
    ),
    (
        "b5e-043",
        """ODT program - consult on a client driving to dosing

Client is Jarrah Whitfield, 33, on the NSW Opioid Treatment Program, methadone 75 mg dosed daily at the Priceline Pharmacy in Bathurst. He drives in from Kelso in his ute (rego CXJ-42P) and was recently breath-tested on the highway. Police referred him to us on 1 Jul 2024.

He works as a shearer for a contractor, Bruce Ellery, and is anxious the roadside drug test will cost him his licence and job. Driver licence no. 14829306.

Q: Austroads 'Assessing Fitness to Drive' says people on stable ODT can drive - has anyone written a supportive letter for a magistrate? How do you phrase it?""",
        [
            ("Jarrah Whitfield", "name"),
            ("Priceline Pharmacy", "organisation"),
            ("Bathurst", "place"),
            ("Kelso", "place"),
            ("CXJ-42P", "id_number"),
            ("1 Jul 2024", "date"),
            ("Bruce Ellery", "name"),
            ("14829306", "id_number"),
        ],
    ),
    (
        "b5e-044",
        """Supervision reflection: intersections across specialty settings

Having worked in a methadone clinic, a secure unit, and now a hospice, the common thread is how much the legal framework shapes therapy. Section 3 and a CTO, a Form 1 in Ontario, DoLS in a care home, a parole licence, an NDIS restrictive practice authorisation - each sets who gets to know what.

Frameworks that travel well:
- Trauma-informed care (SAMHSA's six principles; Sweeney et al.)
- The Power Threat Meaning Framework (Johnstone & Boyle, 2018)
- Motivational interviewing
- Mentalizing (Bateman & Fonagy)
- Compassion-focused therapy (Gilbert)

Outcome measures I keep across settings: CORE-10, ReQoL-10, and WEMWBS. ICD-10 Z codes (Z59.0 homelessness, Z65.1 imprisonment) are underused but help document social determinants.

What I've learned: a person on 100 mg of methadone, a woman with an ACE-III of 62, a young man on a hospital order - they all want the same thing: to be spoken to rather than about. Boxing Day shifts in all three settings taught me that.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind5e"}
        for i, t, items in DOCS
    ]
