"""A fourth hand-written held-out set for the PHI guard, annotated like handwritten.py.

Written in blind rounds, each measured once before any rule was changed in response to it
(bench/phi_eval.py --source heldout4). Voices and formats not in the earlier sets: supervision
notes, EMDR target lists, DBT chain analyses, genograms in prose, child-protection and school
liaison notes, probation reports, IOP and eating-disorder programmes, perinatal and older-adult
work, interpreters and telehealth; names from South Asia, West Africa, East Asia, Latin America,
Eastern Europe, the Arabic-speaking world, Aotearoa and First Nations; identifiers inside
Markdown lists, headings, quotes, parentheses and slashes. Conventions as in heldout2.py.

First-sight figures, each measured before any rule was changed in response to that round
(span recall / precision / identifier documents fully caught / clean documents flagged):

- h4-001..h4-026 (12 with identifiers, 14 clean): 0.911 / 0.823 / 0.583 / 0.357
- h4-027..h4-048 (9 / 13): 0.911 / 0.911 / 0.556 / 0.154 (as first scored, with h4-047 wrongly
  marked clean: 0.907 / 0.867 / 0.500 / 0.214)
- h4-049..h4-067 (8 / 11): 0.868 / 0.846 / 0.625 / 0.273 (the booking reference in h4-066 was
  added to the annotation afterwards; as first scored: 0.865 / 0.821)
- h4-068..h4-086 (8 / 11): 0.842 / 0.868 / 0.375 / 0.182
- h4-087..h4-102 (6 / 10): 0.933 / 0.875 / 0.667 / 0.300
- h4-103..h4-116 (6 / 8): 0.885 / 0.920 / 0.667 / 0.250
- h4-117..h4-126 (6 / 4): 0.963 / 0.900 / 0.833 / 0.250 (RNLI in h4-119 was added to the
  annotation afterwards; as first scored, with h4-119 clean: 0.962 / 0.867 / 0.800 / 0.400)

Pooled over the seven rounds about 60% of identifier documents were fully caught and 25% of clean
documents were flagged at first sight: every round surfaced new shapes, so these first-sight
figures, not the ones after tuning, are the honest estimate for unseen writing. Known
disagreements left in the annotation: "the M62" is flagged as a road (the corpus treats named
roads as places) though h4-002 is annotated clean.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
HELDOUT4: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "h4-001",
        "## Supervision note\n\n"
        "- Supervisee presented a client with BPD traits, DBT skills group week 9.\n"
        "- Chain analysis: vulnerability (poor sleep, skipped Seroquel), prompting event "
        "(text from ex), links (shame, urge to self-harm), behaviour, consequences.\n"
        "- Discussed Linehan's biosocial theory and the Wise Mind handout.\n"
        "- Plan: DEAR MAN rehearsal; review diary card next Tuesday.",
        [],
    ),
    (
        "h4-002",
        "EMDR target list (client consented to share de-identified):\n"
        "1. Car accident on the M62, age 19 - SUD 8\n"
        "2. Father's funeral, Christmas Eve - SUD 7\n"
        "3. Being bullied in Year 9 - SUD 6\n"
        'NC: "I am powerless." PC: "I can cope now." VoC 2. Shapiro\'s protocol, '
        "bilateral tapping via telehealth. Resourcing with Calm Place first.",
        [],
    ),
    (
        "h4-003",
        "Perinatal referral: Mrs Adaeze Okonkwo-Bello, G3P2, EPDS 19 at the 6-week check. "
        "Baby born 14/02 at Homerton. Husband Chidi works nights at Amazon in Dagenham. "
        "Interpreter (Igbo) requested for the health visitor review.",
        [
            ("Adaeze Okonkwo-Bello", "name"),
            ("14/02", "date"),
            ("Homerton", "organisation"),
            ("Chidi", "name"),
            ("Amazon", "organisation"),
            ("Dagenham", "place"),
        ],
    ),
    (
        "h4-004",
        "Older adult, late seventies, living alone after her husband's death. MoCA 24/30, "
        "GDS-15 of 9. On Lexapro 10 mg and donepezil. Her daughter visits on Sundays and "
        "rings most evenings. We are using reminiscence work and behavioural activation; "
        "the memory clinic has her on a six-month review. Thoughts on grief versus early "
        "dementia?",
        [],
    ),
    (
        "h4-005",
        "Probation context. Client (male, 24) on a Community Order with a Rehabilitation "
        "Activity Requirement; PNC number 98/123456X. Offender manager: Gemma Houlihan at "
        "Salford probation office. Previous address 22 Ordsall Lane. He attends Thinking "
        "Skills on Wednesdays.",
        [
            ("98/123456X", "id_number"),
            ("Gemma Houlihan", "name"),
            ("Salford", "place"),
            ("22 Ordsall Lane", "place"),
        ],
    ),
    (
        "h4-006",
        "Group consultation question: how do we pace trauma work with an asylum-seeking "
        "client who is awaiting a Home Office decision? He is from a West African country, "
        "speaks French and Wolof, and we work through a telephone interpreter. PCL-5 of 52. "
        "NET (Narrative Exposure Therapy) or stabilisation first? Schauer and Elbert argue "
        "NET is safe even without security of residence.",
        [],
    ),
    (
        "h4-007",
        "School liaison: spoke with the SENCo, Mrs Priyanka Raghunathan, at Oakfield "
        "Academy about K. (Year 8). EHCP application submitted 03.10.2025. Mum's mobile "
        '07723 418 902. K.\'s nickname at school is "Kiki".',
        [
            ("Priyanka Raghunathan", "name"),
            ("Oakfield Academy", "organisation"),
            ("03.10.2025", "date"),
            ("07723 418 902", "phone"),
            ("Kiki", "name"),
        ],
    ),
    (
        "h4-008",
        "Addiction IOP: client completed PHP and stepped down to IOP three evenings a week. "
        "AUDIT 28 on intake, now abstinent 45 days. Naltrexone 50 mg daily; considering "
        "Vivitrol. He attends AA and has a sponsor. Relapse prevention (Marlatt and Gordon) "
        "plus MI. Question: how to work with his ambivalence about the step-down to OP?",
        [],
    ),
    (
        "h4-009",
        "Genogram in prose: the client (eldest of four) was raised by her maternal "
        "grandmother after her mother's deportation. Her father, Rodrigo Esquivel, remarried "
        "in Guadalajara; half-brother Mateo (b. 2009) lives with him. Cut-off between the "
        "client and her aunt since the quinceañera. Bowen's differentiation lens helps.",
        [
            ("Rodrigo Esquivel", "name"),
            ("Guadalajara", "place"),
            ("Mateo", "name"),
        ],
    ),
    (
        "h4-010",
        "Eating disorder service: 17-year-old with AN-R, BMI centile 0.4th, admitted to the "
        "paediatric ward for refeeding. FBT (Maudsley) phase 1 once discharged. EDE-Q global "
        "4.6. Parents anxious about Ramadan this year. Family meals Monday to Friday; "
        "dietitian reviewing weekly. How do others handle fasting during refeeding?",
        [],
    ),
    (
        "h4-011",
        "Telehealth session via Zoom: client joined from her car outside Tesco in "
        "Llanelli. Her IP showed 86.12.44.201 when the link dropped. She gave her email "
        "as bethan.pryce84@btinternet.com for the worksheet.",
        [
            ("Tesco", "organisation"),
            ("Llanelli", "place"),
            ("86.12.44.201", "ip"),
            ("bethan.pryce84@btinternet.com", "email"),
        ],
    ),
    (
        "h4-012",
        "Couples work using Gottman's Sound Relational House. Both partners completed the "
        "Relationship Checkup. Four Horsemen present - mostly criticism and stonewalling. "
        "They met at university in the early 2000s, married in 2008, two children at "
        "primary school. EFT (Sue Johnson) might suit her pursue pattern better. Views?",
        [],
    ),
    (
        "h4-013",
        "Child protection concern (MASH referral made): child aged 6, disclosed at breakfast "
        'club that "Uncle Wiremu" hits her. Family lives on Te Atatu Road in Henderson. '
        "Whānau hui planned with Oranga Tamariki; kaimahi is Aroha Tipene.",
        [
            ("Wiremu", "name"),
            ("Te Atatu Road", "place"),
            ("Henderson", "place"),
            ("Aroha Tipene", "name"),
        ],
    ),
    (
        "h4-014",
        "Reflecting on a supervision session: my supervisee keeps reaching for CBT worksheets "
        "when the client is flooded. We used the Window of Tolerance (Siegel) and Ogden's "
        "sensorimotor approach. I suggested she read 'The Body Keeps the Score' critically. "
        "Any recommended reading on supervising early-career trainees in IAPT Step 3?",
        [],
    ),
    (
        "h4-015",
        "Referral details\n"
        "**Name:** Nguyen Thi Lan\n"
        "**DOB:** 1961-07-23\n"
        "**NHS no.:** 485 777 3456\n"
        "**GP:** Dr Farouk, Mill Lane Surgery\n"
        "**Presenting issue:** low mood after stroke, PHQ-9 of 18",
        [
            ("Nguyen Thi Lan", "name"),
            ("1961-07-23", "date"),
            ("485 777 3456", "id_number"),
            ("Farouk", "name"),
            ("Mill Lane Surgery", "organisation"),
        ],
    ),
    (
        "h4-016",
        "DBT chain analysis, anonymised:\n"
        "- Vulnerability: Friday, no sleep, payday\n"
        "- Prompting event: argument with partner about money\n"
        "- Links: 'I'm a burden' -> urge to drink -> bought vodka\n"
        "- Problem behaviour: cutting (no medical attention needed)\n"
        "- Repair: apologised, used TIPP skills, called the crisis line\n"
        "Solution analysis next week with the consult team.",
        [],
    ),
    (
        "h4-017",
        "Forensic report excerpt: Mr Oleksandr Kovalenko (CRO 004512/19K) was assessed at "
        "HMP Forest Bank on 2 September. He reports that his cousin Taras sends money via "
        "Western Union. HCR-20 final risk judgement: moderate.",
        [
            ("Oleksandr Kovalenko", "name"),
            ("004512/19K", "id_number"),
            ("HMP Forest Bank", "organisation"),
            ("2 September", "date"),
            ("Taras", "name"),
        ],
    ),
    (
        "h4-018",
        "First Nations client, Aboriginal man in his fifties from a remote community in the "
        "Northern Territory. Yarning approach rather than formal CBT; K10 of 31. He prefers "
        "an Aboriginal Health Worker present. Stolen Generations history in the family. How "
        "do others adapt the Social and Emotional Wellbeing framework?",
        [],
    ),
    (
        "h4-019",
        "Hi all - quick one. Client's teenage son (Jaylen, 14) posted about self-harm on "
        "TikTok as @jaylen.x.hoops. School (Westbrook Middle) has been told. Mom's "
        "cell: (614) 555-0187.",
        [
            ("Jaylen", "name"),
            ("@jaylen.x.hoops", "handle"),
            ("Westbrook Middle", "organisation"),
            ("(614) 555-0187", "phone"),
        ],
    ),
    (
        "h4-020",
        "Question for the group about interpreters in therapy. Working with an Arabic-speaking "
        "mother through a professional interpreter; the interpreter sometimes softens what she "
        "says. Tribe and Raval's guidance suggests a pre-session briefing. Session 5 of 12, "
        "CORE-10 of 22. Would you ever switch to a different interpreter mid-treatment?",
        [],
    ),
    (
        "h4-021",
        "Presenting: Mrs Fatima Al-Zahrani, 92, widowed, referred after a fall. Lives in "
        "sheltered housing in Ealing. Son Khalid is her carer. Medicare-style ID not "
        "applicable; hospital number RJ1 4455821.",
        [
            ("Fatima Al-Zahrani", "name"),
            ("92", "age"),
            ("Ealing", "place"),
            ("Khalid", "name"),
            ("RJ1 4455821", "id_number"),
        ],
    ),
    (
        "h4-022",
        "Adolescent in CAMHS Tier 3, 16, autistic, school refusal since September. "
        "Spence SCAS elevated; we are trying graded exposure with the Cool Kids manual "
        "adapted for ASC. Sertraline (Zoloft) 50 mg started by the psychiatrist. Parents "
        "want a PDA assessment. How do others frame demand avoidance without the label?",
        [],
    ),
    (
        "h4-023",
        "Case summary - Ms Ji-woo Park (she/her), international student at UBC, "
        "presenting with panic. Lives in Kitsilano. Emergency contact: her aunt Soo-jin, "
        "604-555-0143. Student number 38291047.",
        [
            ("Ji-woo Park", "name"),
            ("UBC", "organisation"),
            ("Kitsilano", "place"),
            ("Soo-jin", "name"),
            ("604-555-0143", "phone"),
            ("38291047", "id_number"),
        ],
    ),
    (
        "h4-024",
        "Latina client, early thirties, postpartum OCD with intrusive harm thoughts. Y-BOCS "
        "27. ERP with careful psychoeducation; she fears CPS involvement if she discloses. "
        "Her mother came from Mexico to help after the birth, staying until Easter. Any "
        "tips on culturally responsive ERP, e.g. around familismo?",
        [],
    ),
    (
        "h4-025",
        "Group notes /\n"
        "Presenter: me / Client: Raj (not his real name? no - real name, please redact) / "
        "Setting: Leicester, Belgrave Road shop he runs / Wife Sunita, kids at Judgemeadow.",
        [
            ("Raj", "name"),
            ("Leicester", "place"),
            ("Belgrave Road", "place"),
            ("Sunita", "name"),
            ("Judgemeadow", "organisation"),
        ],
    ),
    (
        "h4-026",
        "Consultation: client is a Polish-born care worker, late forties, burnout and "
        "insomnia. ISI 21. CBT-I with sleep restriction; she works rotating shifts at a "
        "care home so stimulus control is tricky. Zopiclone from the GP since March. "
        "Harvey's transdiagnostic model? Any advice for shift workers?",
        [],
    ),
    # ---- round 2 (written after round-1 rule changes) ----
    (
        "h4-027",
        "### Consultation question\n\n"
        "> How do I hold the frame when a client in a PHP keeps asking for my personal mobile?\n\n"
        "Context: partial hospitalisation, 5 days a week, DBT-informed. She has a history of "
        "rupture with every provider (Safran and Muran would call it a withdrawal rupture, I "
        "think). MSI-BPD positive. Lamictal 100 mg. Thanksgiving break is coming.",
        [],
    ),
    (
        "h4-028",
        "Probation liaison update - client (Kwame Asante-Mensah, 31) breached his licence "
        "conditions on Friday 7th November by missing curfew. Tag fitted by G4S. Approved "
        "premises: Bridge House, Lewisham. OASys reference 7712-AX-0943.",
        [
            ("Kwame Asante-Mensah", "name"),
            ("Friday 7th November", "date"),
            ("Bridge House", "place"),
            ("Lewisham", "place"),
            ("7712-AX-0943", "id_number"),
        ],
    ),
    (
        "h4-029",
        "Perinatal group question: mother with a history of bipolar I, 32 weeks pregnant, "
        "stopped lithium in the first trimester. The perinatal psychiatrist suggests "
        "restarting after delivery. MBU bed available if needed. She wants to breastfeed. "
        "How have others supported the decision-making without taking sides? (Jones and "
        "Craddock's work on postpartum psychosis has been helpful.)",
        [],
    ),
    (
        "h4-030",
        'Older adult referral: "Mr Teodor Wiśniewski, 91, lives with his daughter '
        "Agnieszka on Kingsbury Avenue, Bolton. Speaks little English; Polish interpreter "
        'booked. Recent bereavement (wife, d. 30/09/2025)."',
        [
            ("Teodor Wiśniewski", "name"),
            ("91", "age"),
            ("Agnieszka", "name"),
            ("Kingsbury Avenue", "place"),
            ("Bolton", "place"),
            ("30/09/2025", "date"),
        ],
    ),
    (
        "h4-031",
        "Addiction IOP - week 4 review. Client using Suboxone 16 mg, urine screens negative "
        "since Labor Day. SOWS minimal. He attends NA on Tuesdays and SMART Recovery on "
        "Thursdays. Working with CRAFT for the family. The Matrix Model group has been a "
        "good fit. Any experience tapering buprenorphine in IOP?",
        [],
    ),
    (
        "h4-032",
        "EMDR - case conceptualisation\n"
        "* Touchstone memory: mother leaving, age 6\n"
        "* Targets: school playground, first breakup, the assault (2019)\n"
        "* Future template: job interview\n"
        "Using the Adaptive Information Processing model. Dissociation screen (DES-II) 18. "
        "Should I add a Flash Technique phase first? Manfield's work suggests it lowers SUDs "
        "fast.",
        [],
    ),
    (
        "h4-033",
        "School liaison call notes\n"
        "- Spoke to Mr Babatunde Adeyemi (Head of Year 10) at St. Aidan's C of E High.\n"
        "- Student: Tolu, attendance 61%.\n"
        "- Next meeting: Thurs 12 Feb, 3.30pm.\n"
        "- Mum prefers WhatsApp: +44 7911 204 377",
        [
            ("Babatunde Adeyemi", "name"),
            ("St. Aidan's C of E High", "organisation"),
            ("Tolu", "name"),
            ("Thurs 12 Feb", "date"),
            ("+44 7911 204 377", "phone"),
        ],
    ),
    (
        "h4-034",
        "DBT consult team agenda: therapist burnout, two clients with high-lethality "
        "attempts this quarter, and the new skills trainer. Observing limits (Linehan) "
        "versus extending ourselves over Christmas. Radical Genuineness is hard on "
        "telehealth. Dialectical dilemmas in the team: are we too rigid?",
        [],
    ),
    (
        "h4-035",
        "Eating disorder referral: Ms Camila Restrepo Ortiz, DOB 11-03-2004, student at "
        "Florida International University, weighs 41 kg. Her insurance member ID is "
        "W284-117-3390. Contact via camilarestrepo_o on Instagram (her preference).",
        [
            ("Camila Restrepo Ortiz", "name"),
            ("11-03-2004", "date"),
            ("Florida International University", "organisation"),
            ("W284-117-3390", "id_number"),
            ("camilarestrepo_o", "handle"),
        ],
    ),
    (
        "h4-036",
        "Couples genogram (in prose): three generations of men leaving. Her grandfather "
        "left for work in the Gulf; her father left when she was 9; now her husband travels "
        "for months. Triangles with her mother-in-law. McGoldrick and Gerson's genogram "
        "conventions used. Ramadan and Eid are flashpoints. Thoughts on using a cultural "
        "genogram here?",
        [],
    ),
    (
        "h4-037",
        "Child protection: strategy meeting held 19.11.25. Children: Layla (7) and Yusuf "
        "(4). Father, Hamza Qureshi, works at the Royal Mail sorting office in Tottenham. "
        "Social worker: Denise Okoro.",
        [
            ("19.11.25", "date"),
            ("Layla", "name"),
            ("Yusuf", "name"),
            ("Hamza Qureshi", "name"),
            ("Royal Mail", "organisation"),
            ("Tottenham", "place"),
            ("Denise Okoro", "name"),
        ],
    ),
    (
        "h4-038",
        "Interpreter-mediated therapy question. Client is Tamil-speaking, arrived via "
        "Sri Lanka and India, PTSD after detention. We use a Tamil interpreter on a "
        "three-way video call. HTQ and PCL-5 both high. Cultural idioms of distress "
        '("heat in the head") come up. Would Kinzie\'s approach translate to brief work?',
        [],
    ),
    (
        "h4-039",
        "Telehealth note: client logged in from a different state this week (Oregon, "
        "visiting family) - licensure issue. Reminded her we can only meet when she is in "
        "Washington. BDI-II 21. Continuing behavioural activation; Martell's manual. "
        "Session 14.",
        [],
    ),
    (
        "h4-040",
        "Māori client, wahine in her forties, referred by her GP for depression. She "
        "prefers Te Whare Tapa Whā as the frame; whānau involvement important. K10 of 28. "
        "Her kuia passed last winter. Any kaupapa Māori supervisors in the group willing "
        "to consult?",
        [],
    ),
    (
        "h4-041",
        'Hi team, need advice re: 15yo (goes by "Mo", full name Mohammed Idris) excluded '
        "from Harris Academy Peckham last week. Lives w/ gran at 14B Rye Lane. YOT worker "
        "is Chris.",
        [
            ("Mo", "name"),
            ("Mohammed Idris", "name"),
            ("Harris Academy Peckham", "organisation"),
            ("14B Rye Lane", "place"),
            ("Chris", "name"),
        ],
    ),
    (
        "h4-042",
        "Supervision reflection: I noticed countertransference (boredom) with a client who "
        "intellectualises. Kernberg's TFP and Bateman's MBT approach it differently. "
        "Winnicott's 'good enough' came up. The supervisee is in her second year of a "
        "PsyD. Recommended Yalom's Gift of Therapy.",
        [],
    ),
    (
        "h4-043",
        "Forensic: client on a CTO after index offence (ABH). MAPPA level 2. Lives in "
        "supported accommodation. Clozapine 400 mg, levels monitored monthly. HCR-20 and "
        "the START. Victim awareness work with the probation officer. How do others "
        "approach offence-focused work without the client shutting down?",
        [],
    ),
    (
        "h4-044",
        "**Referral (redact before posting!)**\n"
        "Name - Anh Thu Pham / Age - 38 / Address - 77 Jane St, Toronto ON M6S 3Y7 / "
        "OHIP 4532-281-904-KT / Employer - Scotiabank",
        [
            ("Anh Thu Pham", "name"),
            ("77 Jane St", "place"),
            ("Toronto", "place"),
            ("M6S 3Y7", "place"),
            ("4532-281-904-KT", "id_number"),
            ("Scotiabank", "organisation"),
        ],
    ),
    (
        "h4-045",
        "Group consultation: First Nations youth (Cree), 17, living on reserve in northern "
        "Manitoba, referred for suicidality after a cluster in the community. Talking circle "
        "with an Elder has helped more than CBT. C-SSRS positive for ideation without plan. "
        "How do you balance mandated reporting with community trust?",
        [],
    ),
    (
        "h4-046",
        "Addictions: client's sponsor (Big Al from the Tuesday night meeting at St Luke's "
        "church hall) called me directly. Client is Darnell Hughes, DL number "
        "H420-5581-2290.",
        [
            ("Big Al", "name"),
            ("St Luke's", "organisation"),
            ("Darnell Hughes", "name"),
            ("H420-5581-2290", "id_number"),
        ],
    ),
    (
        "h4-047",
        "ED service - family-based treatment, phase 2. Parents in Toronto and Vancouver "
        "rotations? No: parents separated, one in each province. Adolescent on Prozac "
        "20 mg. Weight restored to 95% mBMI. Lock and Le Grange's manual. How do you run "
        "FBT across two households?",
        # written as clean, but two cities are places: the annotation was corrected, not the text
        [("Toronto", "place"), ("Vancouver", "place")],
    ),
    (
        "h4-048",
        "Client (Chinese-Malaysian, late twenties) works in finance, panic since a "
        "promotion. We use Clark's cognitive model and interoceptive exposure. Her family "
        "celebrates Lunar New Year and she dreads the questions about marriage. PDSS 14. "
        "Any thoughts on shame in collectivist families?",
        [],
    ),
    # ---- round 3 (written after round-2 rule changes) ----
    (
        "h4-049",
        "| Session | Focus | Measure |\n"
        "|---|---|---|\n"
        "| 1 | Assessment, formulation | PHQ-9 21 |\n"
        "| 4 | Behavioural Activation | PHQ-9 16 |\n"
        "| 8 | Cognitive Restructuring | PHQ-9 11 |\n"
        "Client (late 50s, recently retired teacher) dropped out after Diwali. Re-engage or "
        "close? Beck and Dozois would say the formulation needs revisiting.",
        [],
    ),
    (
        "h4-050",
        "Safety plan reviewed. Crisis numbers given: 988 (US), Samaritans 116 123 for when "
        "she visits her sister in the UK, and Crisis Text Line (text HOME to 741741). "
        "Stanley and Brown's Safety Planning Intervention. C-SSRS screen negative today. "
        "Follow-up call Friday.",
        [],
    ),
    (
        "h4-051",
        "Forwarded message:\n"
        "> From: Olena Shevchenko <o.shevchenko@kyivstar.net>\n"
        "> Sent: 4 March 2025 09:12\n"
        "> My son Bohdan is still not sleeping since we left Kharkiv. Can we move the "
        "session?\n"
        "Client is the mother; son (8) attends Ashgrove Primary.",
        [
            ("Olena Shevchenko", "name"),
            ("o.shevchenko@kyivstar.net", "email"),
            ("4 March 2025", "date"),
            ("Bohdan", "name"),
            ("Kharkiv", "place"),
            ("Ashgrove Primary", "organisation"),
        ],
    ),
    (
        "h4-052",
        "Grief work with an older man (83) whose wife had Alzheimer's for a decade. He was "
        "her carer. Prolonged Grief Disorder criteria met; we are using CGT. He goes to "
        "Mass every Sunday and lights a candle on All Souls' Day. His GP prescribed "
        "mirtazapine (Remeron) 15 mg. Any thoughts on caregiver guilt?",
        [],
    ),
    (
        "h4-053",
        'SOAP - S: "I keep seeing Kofi\'s face" (her late brother). O: tearful, oriented. '
        "A: PTSD with traumatic grief. P: continue CPT; next session 21/11. Client's "
        "employer (Barclays, Canary Wharf) has offered paid leave.",
        [
            ("Kofi", "name"),
            ("21/11", "date"),
            ("Barclays", "organisation"),
            ("Canary Wharf", "place"),
        ],
    ),
    (
        "h4-054",
        "Question about working with the Virginia Satir model in family sessions. The "
        "family (originally from El Salvador, now in Texas) responded well to sculpting. "
        "Dad says little; Mom translates. The younger kids are in ESL at elementary "
        "school. Any tips on Satir's communication stances with immigrant families?",
        [],
    ),
    (
        "h4-055",
        "Timeline:\n"
        "- 2014: migrated from Lagos\n"
        "- 2019: married Emeka\n"
        "- Jan 2023: first psychiatric admission (Bethlem)\n"
        "- 16 Aug 2024: discharged; CMHT care coordinator Funmi\n"
        "Her NI number: QQ 12 34 56 C.",
        [
            ("Lagos", "place"),
            ("Emeka", "name"),
            ("Bethlem", "organisation"),
            ("16 Aug 2024", "date"),
            ("Funmi", "name"),
            ("QQ 12 34 56 C", "id_number"),
        ],
    ),
    (
        "h4-056",
        "Peer supervision: I have a client who is a fellow therapist in the same city. Dual "
        "relationship concerns under the BACP Ethical Framework and APA 3.05. We have "
        "agreed on boundaries for conferences. Is it ever okay to continue? Zur's writing on "
        "boundary crossings versus violations seems relevant.",
        [],
    ),
    (
        "h4-057",
        "Perinatal loss: couple lost twins at 22 weeks in October. She is on Zoloft; he "
        "refuses therapy. Anniversary around Halloween will be hard. Using Leon's "
        "perinatal loss framework and continuing bonds (Klass). Ideas for including the "
        "reluctant partner?",
        [],
    ),
    (
        "h4-058",
        "Telehealth: client Min-jun Choi joined from PC Bang near Hongik Univ. station, "
        "Seoul. Call dropped; callback number 010-4432-7781. Kakao ID: minjun_c88.",
        [
            ("Min-jun Choi", "name"),
            ("Hongik Univ. station", "place"),
            ("Seoul", "place"),
            ("010-4432-7781", "phone"),
            ("minjun_c88", "handle"),
        ],
    ),
    (
        "h4-059",
        "IOP clinical question: a client with AUD and chronic pain on Suboxone; pain clinic "
        "wants to add gabapentin. ASAM level 2.1. He misses Monday groups because of "
        "shift work at a warehouse. Thoughts on coordination with prescribers and on ACT "
        "for pain (Hayes, McCracken)?",
        [],
    ),
    (
        "h4-060",
        "School liaison: Ms Ngozi Eze (DSL) at Kingsmead School emailed on Tuesday. "
        "Pupil's UPN is H801200001001. She asked whether I could attend the TAC meeting.",
        [
            ("Ngozi Eze", "name"),
            ("Kingsmead School", "organisation"),
            ("H801200001001", "id_number"),
        ],
    ),
    (
        "h4-061",
        "DBT chain (client wrote this herself, shared with permission):\n"
        "\"Vulnerability - hungry, hadn't slept, PMS. Prompting event - my manager said my "
        "work was sloppy. Thought - I'm useless. Urge - skip DBT group. Did - went home, "
        'binged." We will do a missing-links analysis and look at PLEASE skills.',
        [],
    ),
    (
        "h4-062",
        "Forensic psych report: The defendant, Mr Jorge Luis Ibarra, was interviewed at "
        "Maricopa County Jail. Booking # P841377. Attorney: Sarah Klein, Esq. His "
        "daughter Valentina (16) attends Carl Hayden High.",
        [
            ("Jorge Luis Ibarra", "name"),
            ("Maricopa County Jail", "organisation"),
            ("P841377", "id_number"),
            ("Sarah Klein", "name"),
            ("Valentina", "name"),
            ("Carl Hayden High", "organisation"),
        ],
    ),
    (
        "h4-063",
        "Arabic-speaking family, the father is a former engineer now driving for a ride-share "
        "company. Mother has diabetes and depression; their eldest daughter interprets at "
        "GP visits, which we discussed as parentification (Boszormenyi-Nagy). Eid al-Adha "
        "is next month. Would a structural family approach (Minuchin) help?",
        [],
    ),
    (
        "h4-064",
        "Older adult (94) in residential care, referred by the home's manager for "
        "agitation. Her son Pieter visits from Pretoria twice a year. Lives at Rosewood "
        "Lodge care home, room 12.",
        [
            ("94", "age"),
            ("Pieter", "name"),
            ("Pretoria", "place"),
            ("Rosewood Lodge", "organisation"),
        ],
    ),
    (
        "h4-065",
        "Eating disorders group question: adult with ARFID (sensory type) and autism. We use "
        "CBT-AR (Thomas and Eddy). She lives with her partner; food list has 14 items. Her "
        "Christmas dinner plan was a success. How do others run food exposure over video?",
        [],
    ),
    (
        "h4-066",
        "Interpreter note: Dari interpreter (agency booking ref IB-2291) was a relative of "
        "the client's neighbour - conflict of interest. Client, Mr Farid Rahimi, now asks "
        "for a female interpreter for his wife Zarghuna. They live in Hounslow.",
        [
            # left out when written; a booking reference is an identifying number, so the
            # annotation was corrected after the first measurement
            ("IB-2291", "id_number"),
            ("Farid Rahimi", "name"),
            ("Zarghuna", "name"),
            ("Hounslow", "place"),
        ],
    ),
    (
        "h4-067",
        "Consultation: a teen on a youth justice order, Indigenous Australian (Noongar), in "
        "out-of-home care. K10 of 35. Dad is in prison; Nan is the main attachment figure. "
        "We use narrative therapy (White and Epston) and the Dadirri listening approach. "
        "How do I make sure I am not another system failing him?",
        [],
    ),
    # ---- round 4 (written after round-3 rule changes) ----
    (
        "h4-068",
        'Process note (session 11): Client said "mi mamá never said te quiero, not once." '
        'Long silence. I reflected the longing. She laughed and said "Ay, Dios." We talked '
        "about the Day of the Dead altar she builds each November. Attachment lens (Main, "
        "Hesse) plus Falicov's MECA framework.",
        [],
    ),
    (
        "h4-069",
        "Consult re: 19-year-old college athlete, concussion history, now depressed. "
        "NCAA eligibility worries. Sees a sports psychiatrist. Wellbutrin XL 150 mg. "
        "Season starts after Labor Day. MI plus BA. Anyone familiar with the return-to-play "
        "protocols and how they interact with mood treatment?",
        [],
    ),
    (
        "h4-070",
        "From the thread:\n"
        "**@Dr_Kerr:** Sounds like the client's ex, Gareth Pugh, is the one posting on "
        "GoFundMe - link was gofundme.com/f/help-rhys-recover. Please redact.\n"
        "**Me:** Thanks, removing. Client's son is Rhys (9).",
        [
            ("Gareth Pugh", "name"),
            ("gofundme.com/f/help-rhys-recover", "url"),
            ("Rhys", "name"),
        ],
    ),
    (
        "h4-071",
        "Medicare card 2953 41027 1 and Centrelink CRN 204 817 345A were on the form the "
        "client brought in. She's a Vietnamese-Australian nurse, Thu Trang Vo, living in "
        "Cabramatta.",
        [
            ("2953 41027 1", "id_number"),
            ("204 817 345A", "id_number"),
            ("Thu Trang Vo", "name"),
            ("Cabramatta", "place"),
        ],
    ),
    (
        "h4-072",
        "Group question - working with a Sikh family after a son's suicide attempt. Dad is "
        "a granthi. The family wants to involve the gurdwara community; the teen does not. "
        "CAMHS crisis team involved. Vaisakhi is coming up. How do we honour collective "
        "meaning-making without overriding the young person's confidentiality?",
        [],
    ),
    (
        "h4-073",
        "Perinatal: Aroha (kiritaki, 24) is hapū with her second, due 3 May. Midwife "
        "Hine at the Kawerau clinic flagged EPDS 17. NHI ZAC5361.",
        [
            ("Aroha", "name"),
            ("3 May", "date"),
            ("Hine", "name"),
            ("Kawerau", "place"),
            ("ZAC5361", "id_number"),
        ],
    ),
    (
        "h4-074",
        "Supervision: trainee overidentifies with a client who was in foster care, as she "
        "was. We named the parallel process. Hawkins and Shohet's seven-eyed model helps me "
        "structure these conversations. BABCP accreditation log due in June.",
        [],
    ),
    (
        "h4-075",
        "Dear colleagues, re the client I presented in October - her vehicle (blue Honda "
        "Civic, plate 8KLM204) was seen outside my office by her ex. She is worried he "
        "tracks her via Life360. Her new address is 1290 Alvarado Blvd, Apt 3C, Fremont.",
        [
            ("8KLM204", "id_number"),
            ("1290 Alvarado Blvd, Apt 3C", "place"),
            ("Fremont", "place"),
        ],
    ),
    (
        "h4-076",
        "Older adult: retired miner, 88, COPD, lives with his wife in a pit village in the "
        "North East. Low mood since giving up the allotment. GDS 11. We are doing "
        "CBT adapted for older adults (Laidlaw). Remembrance Sunday is important to him. "
        "How do others adapt BA when mobility is limited?",
        [],
    ),
    (
        "h4-077",
        "Child protection: concerns re: the Nowak family - children Zuzanna (5) and "
        "Kacper (3). Father Piotr works for DPD as a driver. Home visit booked 26/11 with "
        "health visitor.",
        [
            ("Nowak", "name"),
            ("Zuzanna", "name"),
            ("Kacper", "name"),
            ("Piotr", "name"),
            ("DPD", "organisation"),
            ("26/11", "date"),
        ],
    ),
    (
        "h4-078",
        "IOP question: cannabis use disorder in a 22-year-old with first-episode psychosis "
        "history. EIP team involved; aripiprazole (Abilify) 10 mg. CUDIT-R 19. "
        "Contingency management isn't available here. Would you try MET/CBT (the Cannabis "
        "Youth Treatment model) or focus on the psychosis relapse plan?",
        [],
    ),
    (
        "h4-079",
        "Forensic - risk formulation. Client (male, 40s) convicted of stalking; Stalking "
        "Risk Profile completed. Restraining order in place. He blames the victim. "
        "Schema therapy (Young) or CFT (Gilbert)? MAPPA category 2. Probation are "
        "supportive of a referral to the Pathways service.",
        [],
    ),
    (
        "h4-080",
        "Interpreter issues - session with Mrs Amina Diallo (Fula speaker, from Conakry) "
        "via LanguageLine on 12.11. Her caseworker at Refugee Action, Tom Okafor, joined. "
        "Home Office ref D1184523.",
        [
            ("Amina Diallo", "name"),
            ("Conakry", "place"),
            ("12.11", "date"),
            ("Refugee Action", "organisation"),
            ("Tom Okafor", "name"),
            ("D1184523", "id_number"),
        ],
    ),
    (
        "h4-081",
        "DBT: team debate about phone coaching boundaries. Client texted 14 times over the "
        "Easter weekend. The 24-hour rule applied after self-harm. We reviewed Linehan's "
        "observing-limits guidance and Koerner's book. Is it fair to limit coaching over "
        "holidays?",
        [],
    ),
    (
        "h4-082",
        "EMDR note. Client Dmitri Volkov (pronounced Vol-KOV) asked me to remove his name "
        "from the group post. Targets relate to Grozny, 1995. Born 08 Jan 1979. Lives in "
        "Brighton, works at American Express.",
        [
            ("Dmitri Volkov", "name"),
            ("Grozny", "place"),
            ("08 Jan 1979", "date"),
            ("Brighton", "place"),
            ("American Express", "organisation"),
        ],
    ),
    (
        "h4-083",
        "Couples: same-sex couple, together 12 years, considering opening the relationship. "
        "Gottman's Sound Relational House again, plus Esther Perel's ideas. One partner "
        "has ADHD (Vyvanse 40 mg). Pride month is a busy time for them socially. How "
        "neutral should I be about non-monogamy?",
        [],
    ),
    (
        "h4-084",
        "School liaison: Year 6 child, EAL (Somali), referred by class teacher for "
        "selective mutism. SENCo is supportive; we plan the Sliding-in technique "
        "(Johnson and Wintgens). Parents attend the mosque's Saturday school. Any "
        "thoughts on involving the imam?",
        [],
    ),
    (
        "h4-085",
        "Client, a 31-year-old software engineer at Shopify, lives in the Glebe (Ottawa). "
        "SIN 046 454 286. Emergency contact: partner Yusuf, yusuf.k@protonmail.com.",
        [
            ("Shopify", "organisation"),
            ("Glebe", "place"),
            ("Ottawa", "place"),
            ("046 454 286", "id_number"),
            ("Yusuf", "name"),
            ("yusuf.k@protonmail.com", "email"),
        ],
    ),
    (
        "h4-086",
        "Eating disorder in midlife: woman in her fifties, perimenopausal, restricting since "
        "her divorce. BMI 16.8. CBT-E (Fairburn) broad version. Her HRT was started in "
        "January. She dreads Thanksgiving dinner. Any tips on body image work at this "
        "life stage?",
        [],
    ),
    # ---- round 5 (written after round-4 rule changes) ----
    (
        "h4-087",
        '# Case: "Stuck in the middle"\n\n'
        "## Presenting concern\n"
        "Adolescent (15) caught between separated parents; contact arrangements via the "
        "Family Court. Cafcass report pending. SDQ total 24. Attachment-based family therapy "
        "(Diamond) is what I'm trained in.\n\n"
        "## Question\nHow do I stay out of the litigation?",
        [],
    ),
    (
        "h4-088",
        "## Background\n"
        "Client grew up in Kumasi; moved to Milton Keynes in 2015. Mother (Abena Owusu) "
        "still in Ghana. Works as a porter at Milton Keynes University Hospital.\n"
        "## Measures\nPHQ-9 19, GAD-7 14.",
        [
            ("Kumasi", "place"),
            ("Milton Keynes", "place"),
            ("Abena Owusu", "name"),
            ("Milton Keynes University Hospital", "organisation"),
        ],
    ),
    (
        "h4-089",
        "Addiction question: client with a gambling relapse over the Melbourne Cup long "
        "weekend. GamCare and Gamblers Anonymous both tried. PGSI 19. He lives in a "
        "regional town in Victoria. Would motivational interviewing or CBT for gambling "
        "(Ladouceur) be the next step?",
        [],
    ),
    (
        "h4-090",
        "Dialogue excerpt (client's words, de-identified):\n"
        "C: My dad - Baba - used to say I'd never amount to anything.\n"
        "T: What do you say to that now?\n"
        "C: That he was wrong. But I still hear it at Nowruz when everyone's together.\n"
        "Thinking of chair work from Emotion-Focused Therapy (Greenberg).",
        [],
    ),
    (
        "h4-091",
        "Urgent: please delete my earlier post - I included the client's MRN (00918273) "
        "and her ward (Ward 7B, St Thomas'). Her name is Precious Dlamini and her partner "
        "is Sipho.",
        [
            ("00918273", "id_number"),
            ("Ward 7B", "place"),
            ("St Thomas'", "organisation"),
            ("Precious Dlamini", "name"),
            ("Sipho", "name"),
        ],
    ),
    (
        "h4-092",
        "Telehealth consult: Aboriginal client in a remote community, sessions via the "
        "clinic's video link when the signal allows. Sorry Business has interrupted "
        "therapy twice. K10 of 30. Narrative therapy with an Aboriginal Mental Health "
        "Worker co-facilitating. How do you handle long gaps respectfully?",
        [],
    ),
    (
        "h4-093",
        "Older adult referral from the memory clinic: Mr Hiroshi Tanaka (b. 12/04/1939), "
        "lives with his wife Keiko in Richmond, BC. Their daughter, Emiko, phones from "
        "Osaka. Care card no. 9876 543 210.",
        [
            ("Hiroshi Tanaka", "name"),
            ("12/04/1939", "date"),
            ("Keiko", "name"),
            ("Richmond", "place"),
            ("Emiko", "name"),
            ("Osaka", "place"),
            ("9876 543 210", "id_number"),
        ],
    ),
    (
        "h4-094",
        "Supervision log\n"
        "- Date: week 32 of placement\n"
        "- Theme: rupture and repair (Safran, Muran; Eubanks)\n"
        "- Model: CBT with a third-wave lean (ACT, CFT)\n"
        "- Action: supervisee to tape session 9 with consent and review it with the "
        "CTS-R",
        [],
    ),
    (
        "h4-095",
        "Child protection: 11-year-old disclosed to her teacher at Riverside Primary that "
        "her stepdad, Lee Barrow, locks her in her room. Police CAD ref 4471 of 18/11. "
        "Section 47 enquiry opened.",
        [
            ("Riverside Primary", "organisation"),
            ("Lee Barrow", "name"),
            ("4471 of 18/11", "id_number"),
        ],
    ),
    (
        "h4-096",
        "Perinatal question: birth trauma after an emergency C-section, baby in NICU for "
        "two weeks. Dad has flashbacks too. City Birth Trauma Scale high for both. We are "
        "considering trauma-focused CBT (Ehlers and Clark) versus EMDR. Any experience "
        "treating both parents at once?",
        [],
    ),
    (
        "h4-097",
        "Eating disorders: male client, bodybuilder, muscle dysmorphia with restriction. "
        "MDDI 42. He follows influencers on YouTube and uses MyFitnessPal obsessively. "
        "Testosterone from a gym contact. CBT-E adapted? Murray's work on muscle dysmorphia "
        "is the main reference I know.",
        [],
    ),
    (
        "h4-098",
        "Forensic/probation: client (Jamal, 27) on licence after release from HMP Wandsworth "
        "on 3rd Oct. Curfew at his mum's flat, 45 Wyvil Road SW8. Offender manager "
        "mentioned the case number 24/ND/1187.",
        [
            ("Jamal", "name"),
            ("HMP Wandsworth", "organisation"),
            ("3rd Oct", "date"),
            ("45 Wyvil Road", "place"),
            ("SW8", "place"),
            ("24/ND/1187", "id_number"),
        ],
    ),
    (
        "h4-099",
        "Couples work across cultures: he is Punjabi Sikh, she is Irish Catholic; both "
        "families oppose the marriage. Karwa Chauth and Lent both came up this year. "
        "PREP-style communication training plus EFT. Any reading on intercultural couples "
        "(McGoldrick's Ethnicity and Family Therapy)?",
        [],
    ),
    (
        "h4-100",
        "Interpreter: BSL interpreter used for a Deaf client; the interpreter is part of "
        "the same small Deaf community, which raises confidentiality issues. Session 3 of "
        "a PTSD protocol (CPT). PCL-5 47. How do others manage dual relationships in "
        "small linguistic communities?",
        [],
    ),
    (
        "h4-101",
        "Latin American client, undocumented, works cash-in-hand at a car wash. Lives with "
        "cousins in a trailer park on the edge of town. Susto and nervios as idioms of "
        "distress. PHQ-9 15. He fears ICE. Would a promotora help with engagement?",
        [],
    ),
    (
        "h4-102",
        'Hi - my client\'s brother (Li Wei, goes by "Lee") messaged the group by mistake '
        "from liwei.chen1990@gmail.com. He's a nurse at Royal Brisbane. They grew up in "
        "Sunnybank.",
        [
            ("Li Wei", "name"),
            ("Lee", "name"),
            ("liwei.chen1990@gmail.com", "email"),
            ("Royal Brisbane", "organisation"),
            ("Sunnybank", "place"),
        ],
    ),
    # ---- round 6 (written after round-5 rule changes) ----
    (
        "h4-103",
        "Supervision question (anonymised): my supervisee works in a CMHT and has a client "
        "with schizophrenia who believes MI5 is watching him through the Alexa. Olanzapine "
        "depot. CBTp (Kingdon and Turkington) and the Maastricht approach to voices. How do "
        "we hold the delusion without colluding?",
        [],
    ),
    (
        "h4-104",
        "- **Client:** Nomvula\n"
        "- **Referred by:** Dr Pillay (GP), Umhlanga\n"
        "- **Medical aid no.:** 0012457789\n"
        "- **Reason:** panic attacks since the hijacking on 2 February",
        [
            ("Nomvula", "name"),
            ("Pillay", "name"),
            ("Umhlanga", "place"),
            ("0012457789", "id_number"),
            ("2 February", "date"),
        ],
    ),
    (
        "h4-105",
        "Question for the IOP group: a client's family wants to attend the Family Week at "
        "the residential programme. She says her father is the trigger. Al-Anon has helped "
        "her mother. Twelve-step facilitation plus CRA. Should family week go ahead?",
        [],
    ),
    (
        "h4-106",
        "Older adult, 101 years old, referred for low mood in her care home. She taught "
        "at Bishop Grosseteste College for forty years; her late husband Cyril was a vicar "
        "in Sleaford.",
        [
            ("101 years old", "age"),
            ("Bishop Grosseteste College", "organisation"),
            ("Cyril", "name"),
            ("Sleaford", "place"),
        ],
    ),
    (
        "h4-107",
        "Perinatal: a father with postnatal depression (PHQ-9 16) after his partner's "
        "traumatic delivery. Paternity leave ends in March. Men often minimise; I am using "
        "BA and the Fathers Reaching Out materials. How do others engage new dads?",
        [],
    ),
    (
        "h4-108",
        "EMDR group consult: Target 3 is \"the night at Rosa's house\" - client's friend "
        "Rosa Delgado, who still lives on Calle Mayor in Alcalá. Client wants to confront "
        "her at the family's Christmas dinner.",
        [
            ("Rosa", "name"),
            ("Rosa Delgado", "name"),
            ("Calle Mayor", "place"),
            ("Alcalá", "place"),
        ],
    ),
    (
        "h4-109",
        "Couples: high-conflict, both partners veterans; PTSD in both. CBCT for PTSD "
        "(Monson and Fredman). VA care for him, TRICARE for her. Fourth of July fireworks "
        "are a known trigger. How do you structure sessions so neither is flooded?",
        [],
    ),
    (
        "h4-110",
        "Probation note: Client (DOB 1988) - address withheld - but his Facebook shows "
        "him at The Crown pub in Wigan every Friday. His tag reference is EM-00492817.",
        [
            ("The Crown", "organisation"),
            ("Wigan", "place"),
            ("EM-00492817", "id_number"),
        ],
    ),
    (
        "h4-111",
        "School liaison: Year 12 student with OCD (contamination). The school nurse and "
        "the SENCo agreed a toilet pass and extra time in mocks. ERP homework is going "
        "well. CY-BOCS down from 26 to 17. Exams in May and June. Any tips on relapse "
        "prevention over the summer holidays?",
        [],
    ),
    (
        "h4-112",
        "Interpreter: session conducted in Tigrinya via an interpreter from Language "
        "Empire. Client, Mr Tesfay Gebremedhin, is a Deliveroo rider and lives in "
        "Birmingham (B10). Wife Selam is still in Khartoum.",
        [
            ("Tesfay Gebremedhin", "name"),
            ("Deliveroo", "organisation"),
            ("Birmingham", "place"),
            ("B10", "place"),
            ("Selam", "name"),
            ("Khartoum", "place"),
        ],
    ),
    (
        "h4-113",
        "DBT skills group feedback: members liked the STOP skill and the Wise Mind "
        "meditation. One member finds Validation hard to practise. We follow the second "
        "edition of the DBT Skills Training Manual. Next module: Interpersonal "
        "Effectiveness in January.",
        [],
    ),
    (
        "h4-114",
        "Eating disorder: 14-year-old referred to CAMHS-ED via the GP; parents separated. "
        "Lives with mum in Leeds, visits dad in Harrogate at weekends. School: Allerton "
        "Grange. Dad's number 07958 220 413.",
        [
            ("Leeds", "place"),
            ("Harrogate", "place"),
            ("Allerton Grange", "organisation"),
            ("07958 220 413", "phone"),
        ],
    ),
    (
        "h4-115",
        "Group consultation on working with Orthodox Jewish families. Shabbat and Yom Tov "
        "limit appointment times; the rabbi is an important ally. Client is a teenage boy "
        "at a yeshiva with scrupulosity. ERP adapted with halachic guidance. Thoughts?",
        [],
    ),
    (
        "h4-116",
        "Telehealth: client moved interstate - from Queensland to Tasmania - mid-treatment. "
        "Medicare item numbers still apply. K10 of 24; sessions 7 to 10 of the Better "
        "Access plan. Schema therapy (Young) with limited reparenting. Any issues with "
        "continuing across states?",
        [],
    ),
    # ---- round 7 (written after round-6 rule changes) ----
    (
        "h4-117",
        "Consultation: client is a Filipino seafarer on shore leave, 6 months on contract, "
        "9 months home. Wife manages everything while he is away; he feels like a guest. "
        "PHQ-9 13. Sertraline (Lustral) 50 mg. Would an IPT role-transition focus fit "
        "better than CBT? Weissman's manual is my guide.",
        [],
    ),
    (
        "h4-118",
        'Update for the group re: "Danny" (real name Daniel Oyelaran-Smith, sorry - '
        "please don't quote it). He was arrested outside Elephant & Castle station on "
        "Saturday 22nd. Solicitor: Harpreet Sandhu at Hodge Jones & Allen.",
        [
            ("Danny", "name"),
            ("Daniel Oyelaran-Smith", "name"),
            ("Elephant & Castle", "place"),
            ("Saturday 22nd", "date"),
            ("Harpreet Sandhu", "name"),
            ("Hodge Jones & Allen", "organisation"),
        ],
    ),
    (
        "h4-119",
        "Older adults group: loneliness after retirement in a man in his seventies; "
        "Men's Sheds has helped. UCLA Loneliness Scale 58. He volunteers with the RNLI "
        "in summer. Behavioural activation plus compassion-focused work (Gilbert). Any "
        "thoughts on meaning-centred approaches (Breitbart)?",
        # written as clean; an organisation the client volunteers with is tied to him, so the
        # annotation was corrected after the first measurement
        [("RNLI", "organisation")],
    ),
    (
        "h4-120",
        "Perinatal - client: Fernanda Oliveira / EDD 09/01/2026 / booked at Whittington "
        "maternity / partner Thiago (works at Pret) / EPDS 15.",
        [
            ("Fernanda Oliveira", "name"),
            ("09/01/2026", "date"),
            ("Whittington", "organisation"),
            ("Thiago", "name"),
            ("Pret", "organisation"),
        ],
    ),
    (
        "h4-121",
        "DBT for adolescents (Rathus and Miller). Multi-family skills group on Wednesdays; "
        "walking the middle path module this term. One family dropped out after Hanukkah. "
        "How do others keep parents engaged through the whole 24 weeks?",
        [],
    ),
    (
        "h4-122",
        "Child protection: the baby's father, a 19-year-old called Tyrese, has a history of "
        "DV. Maternal grandmother Paulette lives at 8 Granville Court, Hackney, E8 4AB. "
        "Child Protection Plan made on 30 October.",
        [
            ("Tyrese", "name"),
            ("Paulette", "name"),
            ("8 Granville Court", "place"),
            ("Hackney", "place"),
            ("E8 4AB", "place"),
            ("30 October", "date"),
        ],
    ),
    (
        "h4-123",
        "Question about working with Hong Kong-born clients who moved to the UK on the BN(O) "
        "visa. Client, 40s, grief for a lost home and guilt about parents left behind. "
        "Mid-Autumn Festival was hard. Cultural adaptation of CBT (Hwang's PAMF) - anyone "
        "used it?",
        [],
    ),
    (
        "h4-124",
        "Forensic/IOP: mandated client, DUI, court-ordered 16 weeks of IOP. Client: "
        "Brandon Kowalski; case no. 2025-CR-004417; ignition interlock on his F-150. "
        "PO is Officer Jenkins in Cuyahoga County.",
        [
            ("Brandon Kowalski", "name"),
            ("2025-CR-004417", "id_number"),
            ("Jenkins", "name"),
            ("Cuyahoga County", "place"),
        ],
    ),
    (
        "h4-125",
        "Interpreter-mediated couples work in Arabic: he is Syrian, she is Lebanese; "
        "dialect differences matter. Gottman's Love Maps felt culturally awkward. We use "
        "a Levantine interpreter. Any experience with EFT across dialects?",
        [],
    ),
    (
        "h4-126",
        "School liaison: Mr Ikaika Kahananui, counselor at Waipahu High, called about a "
        "junior (Keoni) who posted threats on Snapchat as keoni.808. Mom's email: "
        "lkahale@hawaiiantel.net.",
        [
            ("Ikaika Kahananui", "name"),
            ("Waipahu High", "organisation"),
            ("Keoni", "name"),
            ("keoni.808", "handle"),
            ("lkahale@hawaiiantel.net", "email"),
        ],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "heldout4"}
        for doc_id, text, items in HELDOUT4
    ]
