"""A second hand-written held-out set for the PHI guard, annotated like handwritten.py.

Written from the issue's definition of an identifier (HIPAA Safe Harbor plus employers, schools
and organisations tied to the client) without reading cases/phi.py, to check that the guard
generalises beyond its author's style: varied clinical voices and formats (case presentations,
process notes, bullet lists, SOAP notes), UK/US/Canadian/Australian/Irish/NZ English, and about
half clean documents dense with look-alikes. Annotation conventions follow handwritten.py:
titles (Mr, Dr) are left out of name spans; possessive 's is left out; an age span includes its
cue ("aged 91"); a ZIP or postcode may carry its state or suburb.

First measurement, before any rule was changed (bench/phi_eval.py --source heldout2): span recall
0.919, precision 0.944, identifier documents fully caught 0.679, clean documents flagged 0.216.
The rules were then generalised with this set in view, so later figures on it are optimistic;
heldout3.py holds the blind re-checks.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
HELDOUT2: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "h2-001",
        "Siobhán Ní Bhriain (43) was referred on the 3rd of March by her GP in Ballincollig. "
        "She teaches at St Brigid's Primary and is on sick leave. Siobhán's husband, Donal, "
        "drinks. Her PPSN is 1234567TA.",
        [
            ("Siobhán Ní Bhriain", "name"),
            ("3rd of March", "date"),
            ("Ballincollig", "place"),
            ("St Brigid's Primary", "organisation"),
            ("Siobhán", "name"),
            ("Donal", "name"),
            ("1234567TA", "id_number"),
        ],
    ),
    (
        "h2-002",
        "Case presentation. Client is a 34-year-old nurse on a surgical ward, referred by "
        "her GP after a panic attack on shift. PHQ-9 of 14, GAD-7 of 17 at intake; by "
        "session 6 the GAD-7 was 11. Sertraline 50 mg since January, titrated to 100 mg in "
        "March. I have been using Clark's cognitive model and some interoceptive exposure. "
        "Question: when do I fade the safety behaviours she uses on night shifts?",
        [],
    ),
    (
        "h2-003",
        "Intake summary: Nguyen Van Thanh, 52, a nail technician in Dorchester, came in with "
        "his daughter Linh interpreting. He was seen at Boston Medical Center on 2023-03-05 "
        "after chest pain with normal troponin. Cell (617) 555-0143 ext. 12.",
        [
            ("Nguyen Van Thanh", "name"),
            ("Dorchester", "place"),
            ("Linh", "name"),
            ("Boston Medical Center", "organisation"),
            ("2023-03-05", "date"),
            ("(617) 555-0143 ext. 12", "phone"),
        ],
    ),
    (
        "h2-004",
        "Process note style, session 12. She came in ten minutes late and sat by the door. "
        "Long silence. I noticed I wanted to rescue her, which Racker would call a "
        "concordant identification. She talked about Christmas with her mother and the old "
        "argument about the will. Near the end she asked whether I would still be here after "
        "the summer. I said yes. I am bringing this because the lateness has become a "
        "pattern since October.",
        [],
    ),
    (
        "h2-005",
        "I am seeing Chidi Okonkwo, a 29-year-old software engineer at Google, for burnout. "
        "He lives in Peckham with his partner. His manager, Rachel Stein, has asked for a "
        "fitness-for-work letter by Mar. 5th.",
        [
            ("Chidi Okonkwo", "name"),
            ("Google", "organisation"),
            ("Peckham", "place"),
            ("Rachel Stein", "name"),
            ("Mar. 5th", "date"),
        ],
    ),
    (
        "h2-006",
        "- 16 y/o, referred by CAMHS after an ED presentation for overdose (paracetamol)\n- "
        "Lives with mum and stepdad in a small town in the north of England\n- Year 11, "
        "predicted grades good, attendance 62%\n- RCADS elevated on the depression subscale\n"
        "- Family work stalled after session 4\nQuestion: how do I keep the stepdad engaged "
        "when he sees this as attention-seeking?",
        [],
    ),
    (
        "h2-007",
        "Couples case: Mohammed and Aisha Rahman, married 12 years, both work at Tesco in "
        "Luton. Mohammed's brother lives with them. They started with me on 14/01/2024. "
        "Aisha says he checks her phone constantly.",
        [
            ("Mohammed", "name"),
            ("Aisha Rahman", "name"),
            ("Aisha", "name"),
            ("Tesco", "organisation"),
            ("Luton", "place"),
            ("14/01/2024", "date"),
        ],
    ),
    (
        "h2-008",
        "S: Reports sleeping 5 hours, appetite poor, drinking 'a few' beers most nights. O: "
        "Affect constricted, good eye contact, AUDIT score 19. A: Alcohol use disorder, "
        "moderate (F10.20), with depressive symptoms. P: MI continues, discuss naltrexone "
        "with prescriber, review in two weeks. I am stuck on how to raise the drinking "
        "without him shutting down the way he did in week 3.",
        [],
    ),
    (
        "h2-009",
        "María José Fernández, 17, is in Year 12 at Westmead and was admitted to the "
        "adolescent unit at the Children's Hospital at Westmead. Her Medicare number is 2123 "
        "45670 1. Mum's mobile is +61 412 345 678.",
        [
            ("María José Fernández", "name"),
            ("Westmead", "place"),
            ("Children's Hospital at Westmead", "organisation"),
            ("2123 45670 1", "id_number"),
            ("+61 412 345 678", "phone"),
        ],
    ),
    (
        "h2-010",
        "Couples case, Gottman Method. Married 22 years, two adult children who have left "
        "home. Sound Relationship House assessment showed low fondness and admiration, high "
        "flooding for him (pulse over 100 in the conflict discussion). We have done four "
        "sessions of the Aftermath of a Fight exercise. She says the affair in 2019 is "
        "'done', he says it is the elephant in the room. Any advice on pacing affair "
        "recovery when one partner wants to skip atonement?",
        [],
    ),
    (
        "h2-011",
        "Referral from the Royal Melbourne Hospital: client lives in Brunswick VIC 3056, "
        'works at a café on Sydney Road. She goes by "Jazz" but her legal name is Jasmine '
        "Papadopoulos. DOB 12.09.1998.",
        [
            ("Royal Melbourne Hospital", "organisation"),
            ("Brunswick VIC 3056", "place"),
            ("Sydney Road", "place"),
            ("Jazz", "name"),
            ("Jasmine Papadopoulos", "name"),
            ("12.09.1998", "date"),
        ],
    ),
    (
        "h2-012",
        "Child case, play therapy. A seven-year-old boy, only child, referred by a local "
        "school for aggression at break time. Parents separated last spring and he moves "
        "between homes on a week-on week-off schedule. In the sand tray he buries soldiers "
        "and digs them up again every session. Axline's principles guide me but I am "
        "wondering about adding some filial work with each parent separately.",
        [],
    ),
    (
        "h2-013",
        "J.M. is a 16-year-old boy referred by the youth offending team in Hackney. He was "
        "excluded from Mossbourne Academy in November. His TikTok is @jmoney_22 and he posts "
        "drill videos. Mum works at Homerton Hospital.",
        [
            ("J.M.", "name"),
            ("Hackney", "place"),
            ("Mossbourne Academy", "organisation"),
            ("@jmoney_22", "handle"),
            ("Homerton Hospital", "organisation"),
        ],
    ),
    (
        "h2-014",
        "Older adult, 84, living in sheltered housing in a coastal town. Recently widowed "
        "after 58 years of marriage. GDS-15 of 9. She takes mirtazapine 15 mg at night. She "
        "tells me she talks to her husband at the kitchen table every morning, and I am not "
        "sure whether to treat this as complicated grief or a healthy continuing bond. "
        "Stroebe and Schut's dual process model has helped me frame it.",
        [],
    ),
    (
        "h2-015",
        "Mr. O'Brien, aged 91, lives alone at Flat 4B, 27 Gardiner Street, Dublin 1. His "
        "niece visits on Sundays. He was discharged from the Mater on 14 Feb after a fall.",
        [
            ("O'Brien", "name"),
            ("aged 91", "age"),
            ("Flat 4B, 27 Gardiner Street", "place"),
            ("Dublin 1", "place"),
            ("Mater", "organisation"),
            ("14 Feb", "date"),
        ],
    ),
    (
        "h2-016",
        "Forensic context. Client is on licence after a custodial sentence for a violent "
        "offence, attending a community programme under probation supervision. We are using "
        "the Good Lives Model rather than a purely risk-focused frame. HCR-20 formulation "
        "completed with the team in May. He has been compliant but flat. How do others work "
        "with shame in forensic populations without colluding with minimisation?",
        [],
    ),
    (
        "h2-017",
        "A nonagenarian of 93, Mrs Kowalska moved into Oakwood Care Home in Solihull last "
        "spring. Her son Piotr phones from Kraków. NHS number 943 476 5919.",
        [
            ("nonagenarian of 93", "age"),
            ("Kowalska", "name"),
            ("Oakwood Care Home", "organisation"),
            ("Solihull", "place"),
            ("Piotr", "name"),
            ("Kraków", "place"),
            ("943 476 5919", "id_number"),
        ],
    ),
    (
        "h2-018",
        "Eating disorder case in an IOP. 19-year-old university student, BMI 16.8 on "
        "admission to the PHP last autumn, now stepped down to IOP three days a week. EDE-Q "
        "global 4.2. We are using CBT-E (Fairburn), and she is stuck at the stage of regular "
        "eating because of dinner with her housemates. Olanzapine 2.5 mg was started by the "
        "psychiatrist. Thoughts on exposure to eating in company?",
        [],
    ),
    (
        "h2-019",
        "Forensic referral. Client Darnell Washington, inmate #A-445821, at Rikers. His "
        "public defender, Ms. Greenberg, can be reached at 212-555-0199 x204 or "
        "agreenberg@nycpd.org. Arrested 11/02/22 in the Bronx.",
        [
            ("Darnell Washington", "name"),
            ("A-445821", "id_number"),
            ("Rikers", "place"),
            ("Greenberg", "name"),
            ("212-555-0199 x204", "phone"),
            ("agreenberg@nycpd.org", "email"),
            ("11/02/22", "date"),
            ("the Bronx", "place"),
        ],
    ),
    (
        "h2-020",
        "Perinatal: a first-time mother, 8 weeks postpartum, EPDS of 18 with a positive item "
        "10 at the last check. Safety plan in place, partner aware, health visitor involved. "
        "Her intrusive thoughts are of harming the baby, which she finds horrifying; she "
        "avoids bathing him. This looks like perinatal OCD rather than psychosis to me. Has "
        "anyone used ERP this early postpartum?",
        [],
    ),
    (
        "h2-021",
        "Quick question about a kid I see, tyler, whose mum sent me his Instagram "
        "(tyler.skates.09) because she is worried. He is at Lincoln Middle School in Eugene. "
        "He turns 13 on the 14th.",
        [
            ("tyler", "name"),
            ("tyler.skates.09", "handle"),
            ("Lincoln Middle School", "organisation"),
            ("Eugene", "place"),
            ("14th", "date"),
        ],
    ),
    (
        "h2-022",
        "LGBTQ+ affirming practice question. My client is a 27-year-old non-binary person "
        "who came out to their parents over Easter. The parents are devout and responded "
        "with silence rather than rejection. Minority stress theory (Meyer) frames a lot of "
        "our work, alongside ACT. They want to go home for Eid but dread it. How do others "
        "help clients plan for family gatherings where they will be misgendered?",
        [],
    ),
    (
        "h2-023",
        "Client is a veteran, SSN 123-45-6789, seen at the Palo Alto VA. Wife Brenda "
        "Kowalski. Address 4411 El Camino Real Apt 12, Palo Alto, CA 94306.",
        [
            ("123-45-6789", "id_number"),
            ("Palo Alto VA", "organisation"),
            ("Brenda Kowalski", "name"),
            ("4411 El Camino Real Apt 12", "place"),
            ("Palo Alto", "place"),
            ("CA 94306", "place"),
        ],
    ),
    (
        "h2-024",
        "Military/veteran case. Former infantry, two deployments, now working in logistics "
        "for a large retailer. PCL-5 of 61, and he meets criteria for PTSD (F43.10). The VA "
        "referred him for Prolonged Exposure but he dropped out after session 3. I am "
        "offering CPT instead. He is sceptical of 'talking about feelings'. Any tips from "
        "people who work with veterans on engagement?",
        [],
    ),
    (
        "h2-025",
        "Canadian client, SIN 046 454 286, lives at 88 Rue Saint-Denis, Montréal, QC H2X "
        "3K8. She works for Desjardins. Her therapist before me was Dr. Lefebvre.",
        [
            ("046 454 286", "id_number"),
            ("88 Rue Saint-Denis", "place"),
            ("Montréal", "place"),
            ("H2X 3K8", "place"),
            ("Desjardins", "organisation"),
            ("Lefebvre", "name"),
        ],
    ),
    (
        "h2-026",
        "Refugee context, interpreter-mediated work. A man in his forties who fled a civil "
        "war and has been in the UK for three years, granted asylum last year. He lost "
        "contact with his brother during the journey. Narrative Exposure Therapy (Schauer, "
        "Neuner, Elbert) seems a good fit, but the interpreter is from a different ethnic "
        "group and I sense mistrust. How have others handled interpreter fit?",
        [],
    ),
    (
        "h2-027",
        "Eating disorder referral: Chloé Tremblay, 15, from Sudbury. Admitted to SickKids "
        "last Christmas Eve 2021 with bradycardia (HR 38). OHIP 1234-567-890-AB. Her dad is "
        "a nurse at Health Sciences North.",
        [
            ("Chloé Tremblay", "name"),
            ("Sudbury", "place"),
            ("SickKids", "organisation"),
            ("Christmas Eve 2021", "date"),
            ("1234-567-890-AB", "id_number"),
            ("Health Sciences North", "organisation"),
        ],
    ),
    (
        "h2-028",
        "Substance use, harm reduction frame. 38, using opioids daily, on methadone 60 mg "
        "via a community clinic, recently started buprenorphine conversation with the "
        "prescriber. She is in a women's shelter after leaving a violent partner. I use a "
        "lot of MI and some CRAFT ideas with her sister. Question: how do I balance safety "
        "planning for the DV with her goal of cutting down on crack at weekends?",
        [],
    ),
    (
        "h2-029",
        "Perinatal case. Aroha Ngata, 24, gave birth at Middlemore Hospital on 5 June. Lives "
        "in Ōtara, Auckland. Her midwife, Kate Sinclair, referred her. NHI ZAB1234.",
        [
            ("Aroha Ngata", "name"),
            ("Middlemore Hospital", "organisation"),
            ("5 June", "date"),
            ("Ōtara", "place"),
            ("Auckland", "place"),
            ("Kate Sinclair", "name"),
            ("ZAB1234", "id_number"),
        ],
    ),
    (
        "h2-030",
        "Bulleted update for the group:\n• Session 20 of 24 of schema therapy\n• YSQ shows "
        "high abandonment and defectiveness\n• Chairwork has been powerful: healthy adult vs "
        "punitive parent\n• Young and Klosko's 'Reinventing Your Life' used as "
        "bibliotherapy\n• Ending is approaching and she is already cancelling\nHow do people "
        "handle the end of a time-limited contract when abandonment is the core schema?",
        [],
    ),
    (
        "h2-031",
        "Email from the client's father (g.oconnell1962@gmail.com) asking to see the notes. "
        "The client, Fionnuala, is 19 and at Trinity College Dublin. Dad's landline is +353 "
        "1 234 5678.",
        [
            ("g.oconnell1962@gmail.com", "email"),
            ("Fionnuala", "name"),
            ("Trinity College Dublin", "organisation"),
            ("+353 1 234 5678", "phone"),
        ],
    ),
    (
        "h2-032",
        "Irish context: my client is a farmer in his sixties from a rural part of the west, "
        "referred by his GP through the HSE primary care psychology pathway. His only son "
        "emigrated to Australia and the farm has no successor. He scores 22 on the PHQ-9 and "
        "talks about the 'black dog'. There is a strong cultural reluctance to talk. I am "
        "using behavioural activation and some problem-solving therapy.",
        [],
    ),
    (
        "h2-033",
        "She runs a blog at www.recoveringrachel.org where she writes about her bulimia, and "
        "her YouTube channel is youtube.com/@RachelRecovers. Her full name is Rachel "
        "Adeyemi-Brooks.",
        [
            ("www.recoveringrachel.org", "url"),
            ("youtube.com/@RachelRecovers", "url"),
            ("Rachel Adeyemi-Brooks", "name"),
        ],
    ),
    (
        "h2-034",
        "NZ context. Working with a rangatahi (Māori, 15) through a kaupapa Māori service "
        "alongside his whānau. Te Whare Tapa Whā (Durie) shapes our assessment. He was stood "
        "down from school for fighting twice this term. His nan is his main support. I am "
        "Pākehā and want to make sure I am not imposing a Western frame. Any reading "
        "suggestions?",
        [],
    ),
    (
        "h2-035",
        "The school IT team traced the threatening messages to IP 10.14.22.187 on the "
        "library network at Greenfield High. The student, Kai Patel-Morrison, admitted it.",
        [
            ("10.14.22.187", "ip"),
            ("Greenfield High", "organisation"),
            ("Kai Patel-Morrison", "name"),
        ],
    ),
    (
        "h2-036",
        "Australian context. A 45-year-old FIFO worker who spends two weeks on site and one "
        "week home. K10 of 32 at intake, DASS-21 stress subscale 28. He drinks heavily on "
        "his weeks off. His GP wrote a Mental Health Treatment Plan, so we have ten "
        "Medicare-rebated sessions. I am wondering about telehealth while he is on site; the "
        "camp Wi-Fi is patchy.",
        [],
    ),
    (
        "h2-037",
        'Substance use. Client "Skinny" (real name Dwayne Carter Jr.) is on methadone at the '
        "Bayview clinic in Hunters Point. His Medi-Cal ID is 91234567A. He was picked up on "
        "4/17 near 3rd and Palou.",
        [
            ("Skinny", "name"),
            ("Dwayne Carter Jr.", "name"),
            ("Bayview", "place"),
            ("Hunters Point", "place"),
            ("91234567A", "id_number"),
            ("4/17", "date"),
            ("3rd and Palou", "place"),
        ],
    ),
    (
        "h2-038",
        "Canadian context. 52-year-old teacher on a leave of absence, referred through her "
        "EAP. Burnout, insomnia, BDI-II of 29. She lives in a small community in Northern "
        "Ontario and the nearest psychiatrist is a four-hour drive. We have done eight "
        "sessions of CBT-I alongside the depression work. She is dreading returning in "
        "September. Thoughts on graded return-to-work plans?",
        [],
    ),
    (
        "h2-039",
        "UK postcode check: client lives at 12 Ashgrove Terrace, Leeds LS6 2JN, and works as "
        "a barista at Costa on Headingley Lane. She came to the UK from Lagos in 2019.",
        [
            ("12 Ashgrove Terrace", "place"),
            ("Leeds", "place"),
            ("LS6 2JN", "place"),
            ("Costa", "organisation"),
            ("Headingley Lane", "place"),
            ("Lagos", "place"),
        ],
    ),
    (
        "h2-040",
        "Adolescent, 14, self-harm (cutting) since Year 8, lives with her grandmother. We "
        "are doing DBT-A with a weekly skills group and individual sessions, plus a phone "
        "coaching protocol. Diary cards show urges peak on Sunday nights before school. "
        "Miller and Rathus recommend including the caregiver in the skills group, but her "
        "grandmother is 79 and finds the evening sessions exhausting.",
        [],
    ),
    (
        "h2-041",
        "Military case. SGT Marcus Bell, 3rd Battalion, stationed at Fort Bragg. Service "
        "number 21345678. He was medevaced to Landstuhl on 09 Sep 2011.",
        [
            ("Marcus Bell", "name"),
            ("Fort Bragg", "place"),
            ("21345678", "id_number"),
            ("Landstuhl", "place"),
            ("09 Sep 2011", "date"),
        ],
    ),
    (
        "h2-042",
        "Question on documentation. We bill 90837 for the hour and 90847 for family "
        "sessions. My supervisor says I should document the medical necessity more clearly "
        "for the Z codes (Z63.0) because the insurer queried a claim. How do others write "
        "notes that satisfy insurers without putting more detail than necessary into the "
        "record?",
        [],
    ),
    (
        "h2-043",
        "Refugee case. Abdirahman Hassan Farah arrived via Dadaab and was resettled in "
        "Minneapolis in 2016. Home Office ref (for his UK cousin) H1234567/2. His daughter "
        "Hodan attends Roosevelt High School.",
        [
            ("Abdirahman Hassan Farah", "name"),
            ("Dadaab", "place"),
            ("Minneapolis", "place"),
            ("H1234567/2", "id_number"),
            ("Hodan", "name"),
            ("Roosevelt High School", "organisation"),
        ],
    ),
    (
        "h2-044",
        "A process-oriented question. In session 31 of a psychodynamic therapy with a man in "
        "his late fifties, he brought a dream about a flood in the house where he grew up. I "
        "found myself thinking of Bion's container and also of my own father. The dream came "
        "the week after his retirement party. What is the group's view on sharing one's "
        "associations with a patient?",
        [],
    ),
    (
        "h2-045",
        "Older adult case: Doris, aged 96, resident at Sunnyvale Lodge. Her grand-daughter "
        "Kayleigh handles her affairs and can be reached on 07700 900 461. Doris was born on "
        "1 April 1928.",
        [
            ("Doris", "name"),
            ("aged 96", "age"),
            ("Sunnyvale Lodge", "organisation"),
            ("Kayleigh", "name"),
            ("07700 900 461", "phone"),
            ("1 April 1928", "date"),
        ],
    ),
    (
        "h2-046",
        "Trauma case, complex presentation. Early neglect, placed in foster care at 6, "
        "adopted at 9. Now 23, works in hospitality. ITQ suggests CPTSD. Dissociation is "
        "significant: DES-II of 38. We are in phase one (stabilisation) per Herman and the "
        "ISSTD guidelines. She asks when we will 'start the real work'. How do people "
        "explain phased treatment without it sounding like a brush-off?",
        [],
    ),
    (
        "h2-047",
        "Client's licence plate is ABC-1234 (Ontario) and her driver's licence number is "
        "K1234-56789-01234. She was stopped on Hwy 401 near Kingston.",
        [
            ("ABC-1234", "id_number"),
            ("K1234-56789-01234", "id_number"),
            ("Hwy 401", "place"),
            ("Kingston", "place"),
        ],
    ),
    (
        "h2-048",
        "SOAP. S: 'Things are better at home.' O: 45-minute session, telehealth, client on "
        "time, euthymic. A: Panic disorder improving, PDSS down from 16 to 7. P: Continue "
        "exposure hierarchy, step 6 (supermarket on a Saturday). One concern: he has started "
        "taking propranolol 10 mg 'just in case' before exposures. Is this a safety "
        "behaviour worth naming?",
        [],
    ),
    (
        "h2-049",
        "Australian client, TFN 123 456 782, lives in Fitzroy North. Works for Woolworths as "
        "a night filler. His partner Bec's number is 0412 345 678.",
        [
            ("123 456 782", "id_number"),
            ("Fitzroy North", "place"),
            ("Woolworths", "organisation"),
            ("Bec", "name"),
            ("0412 345 678", "phone"),
        ],
    ),
    (
        "h2-050",
        "Gambling case. Client, 31, works night shifts at a warehouse, spends most of his "
        "wages on online sports betting. PGSI of 19. His partner manages the money now, "
        "which he resents. We have used MI and some CBT for gambling (Ladouceur). He had a "
        "relapse during the World Cup. How do people handle big sporting events in relapse "
        "prevention plans?",
        [],
    ),
    (
        "h2-051",
        "Adolescent case. 'Lexi' (Alexandra Moore-Whitaker), 14, has been posting on TikTok "
        "user lexi.xo.2010 about self-harm. She goes to Our Lady of Lourdes in Rathmines.",
        [
            ("Lexi", "name"),
            ("Alexandra Moore-Whitaker", "name"),
            ("lexi.xo.2010", "handle"),
            ("Our Lady of Lourdes", "organisation"),
            ("Rathmines", "place"),
        ],
    ),
    (
        "h2-052",
        "Supervision-style question about boundaries. A client in a small rural town keeps "
        "turning up at the same café as me on Saturday mornings. Nothing untoward, just "
        "awkward. We have discussed it once. The ethics code (APA 3.05) on multiple "
        "relationships is clear-ish but not very practical for rural practice. How do others "
        "manage?",
        [],
    ),
    (
        "h2-053",
        "Insurance details from the referral: BCBS policy XYZ123456789, group 00412. Member "
        "Thomas Nakamura. Claim dated 02/28/2024 was denied.",
        [
            ("XYZ123456789", "id_number"),
            ("00412", "id_number"),
            ("Thomas Nakamura", "name"),
            ("02/28/2024", "date"),
        ],
    ),
    (
        "h2-054",
        "Older adult, 88, early Alzheimer's (MMSE 22), living with her daughter. The "
        "daughter has asked for help with carer stress. We meet fortnightly. The client "
        "herself often thinks it is 1970-something and asks for her late husband. Validation "
        "therapy (Feil) seems kinder than reality orientation here. Would others agree, and "
        "how do you coach the family in it?",
        [],
    ),
    (
        "h2-055",
        "The client works at Amazon's fulfilment centre in Swindon and lives on the Penhill "
        "estate. His probation officer Sandra Okoye (sandra.okoye@justice.gov.uk) wants a "
        "report.",
        [
            ("Amazon", "organisation"),
            ("Swindon", "place"),
            ("Penhill", "place"),
            ("Sandra Okoye", "name"),
            ("sandra.okoye@justice.gov.uk", "email"),
        ],
    ),
    (
        "h2-056",
        "Anxiety in a 10-year-old, school refusal since the autumn half-term. SCAS parent "
        "report elevated on separation anxiety. Parent-led CBT (Cresswell and Creswell) has "
        "gone well for the mother, less for the father, who works away Monday to Thursday. "
        "The school SENCo is supportive. What do people do when one parent undermines the "
        "plan?",
        [],
    ),
    (
        "h2-057",
        "Process note. Today Bartholomew talked about his mother's death. Bart (he prefers "
        "that) said the funeral at St Mary's in Clontarf was 'a circus'. He was 9 at the "
        "time.",
        [
            ("Bartholomew", "name"),
            ("Bart", "name"),
            ("St Mary's", "organisation"),
            ("Clontarf", "place"),
        ],
    ),
    (
        "h2-058",
        "OCD, contamination type, Y-BOCS 28. 42-year-old man, on fluoxetine 60 mg for two "
        "years with partial response. ERP hierarchy built, up to item 5 (touching the bin "
        "lid). His wife provides a lot of reassurance and accommodation (FAS high). I want "
        "to bring her in. Has anyone used the SPACE programme ideas with adult partners?",
        [],
    ),
    (
        "h2-059",
        "Couples case: Priyanka and Dev Sharma. Dev's mother lives with them in Edison, NJ "
        "08817. Priyanka is a pharmacist at CVS. Their son Arjun attends John P. Stevens "
        "High.",
        [
            ("Priyanka", "name"),
            ("Dev Sharma", "name"),
            ("Dev", "name"),
            ("Edison", "place"),
            ("NJ 08817", "place"),
            ("CVS", "organisation"),
            ("Arjun", "name"),
            ("John P. Stevens High", "organisation"),
        ],
    ),
    (
        "h2-060",
        "Bipolar I, stable on lithium (level 0.7) for 18 months. 29, working in a tech "
        "company as a developer. IPSRT focus on social rhythms. He wants to come off lithium "
        "because of the tremor and weight gain. The psychiatrist is cautious. My role is to "
        "help him think it through without taking sides. Any frameworks for shared "
        "decision-making conversations like this?",
        [],
    ),
    (
        "h2-061",
        "He sent me a pic from his phone (Samsung, IMEI 356938035643809) with a threat from "
        "his ex. The ex, Jordan Leigh, lives in Camden.",
        [
            ("356938035643809", "id_number"),
            ("Jordan Leigh", "name"),
            ("Camden", "place"),
        ],
    ),
    (
        "h2-062",
        "Psychosis, early intervention team. First episode at 19, now 21, on aripiprazole 10 "
        "mg. CBTp focus on voices (Chadwick's approach) and reducing distress. He hears a "
        "voice he calls 'the Captain', which comments on what he does. We are mapping "
        "beliefs about the voice's power (BAVQ-R). How do people work with voices that are "
        "experienced as protective?",
        [],
    ),
    (
        "h2-063",
        "Fax the discharge summary to 555-867-5309 attn Dr. Obi. MRN: 4471-22-9. Patient was "
        "admitted 12 Jan and discharged 19 Jan.",
        [
            ("555-867-5309", "phone"),
            ("Obi", "name"),
            ("4471-22-9", "id_number"),
            ("12 Jan", "date"),
            ("19 Jan", "date"),
        ],
    ),
    (
        "h2-064",
        "ADHD in an adult woman diagnosed at 38 after her son was assessed. ASRS strongly "
        "positive. Methylphenidate via the psychiatrist. Our work is mostly around grief for "
        "the years she struggled and self-compassion (Neff). She is a project manager at a "
        "logistics firm. She keeps asking if she 'really' has it. Thoughts on working with "
        "diagnostic doubt?",
        [],
    ),
    (
        "h2-065",
        "LGBTQ+ case. My client, Sam (they/them), 23, lives in Castro and works at "
        "Salesforce. Their ex, Taylor Reyes, has been messaging on Instagram as @taylorr.sf. "
        "Sam's birthday is October 3.",
        [
            ("Sam", "name"),
            ("Castro", "place"),
            ("Salesforce", "organisation"),
            ("Taylor Reyes", "name"),
            ("@taylorr.sf", "handle"),
            ("October 3", "date"),
        ],
    ),
    (
        "h2-066",
        "Autistic adult, 26, late diagnosis, masking at work as a call centre agent and "
        "exhausted every evening. Sensory profile shows high auditory sensitivity. We are "
        "doing neurodiversity-affirming work rather than social skills training. She wants "
        "to disclose at work but fears losing her job. What have others found helpful in "
        "supporting disclosure decisions?",
        [],
    ),
    (
        "h2-067",
        "Client: Wiremu Tane, NHI ABC1235, DOB 21/7/1979, lives at 14a Kowhai Street, "
        "Hamilton 3204. His employer is Fonterra.",
        [
            ("Wiremu Tane", "name"),
            ("ABC1235", "id_number"),
            ("21/7/1979", "date"),
            ("14a Kowhai Street", "place"),
            ("Hamilton 3204", "place"),
            ("Fonterra", "organisation"),
        ],
    ),
    (
        "h2-068",
        "Suicide risk consult. Client in his fifties, recently divorced, lost his job at a "
        "manufacturing plant that closed in June. C-SSRS positive for ideation with some "
        "intent, no plan. Collaborative safety planning (Stanley-Brown) done; his brother "
        "holds his shotgun now. I am seeing him twice weekly. I want to check the group's "
        "view on when to involve a crisis team versus continuing outpatient.",
        [],
    ),
    (
        "h2-069",
        "Child protection note: the children (Ella, 6, and Noah, 4) were removed on Friday 8 "
        "March and placed with their aunt in Parramatta. Case number CP-2024-00817.",
        [
            ("Ella", "name"),
            ("Noah", "name"),
            ("8 March", "date"),
            ("Parramatta", "place"),
            ("CP-2024-00817", "id_number"),
        ],
    ),
    (
        "h2-070",
        "Health anxiety. A 33-year-old man who spends two hours a day checking symptoms "
        "online and has had three ED visits this year for chest pain, all normal ECGs. HAI "
        "score high. Salkovskis's model makes sense to him. He struggles to stop Googling. "
        "We set a behavioural experiment for next week. Anyone used a 'worry postponement' "
        "approach for checking?",
        [],
    ),
    (
        "h2-071",
        "I saw mrs henderson again today. She is still upset that her son moved to Glasgow. "
        "She asked me to write to Dr Ahmed at Byres Road Medical Practice.",
        [
            ("henderson", "name"),
            ("Glasgow", "place"),
            ("Ahmed", "name"),
            ("Byres Road Medical Practice", "organisation"),
        ],
    ),
    (
        "h2-072",
        "Group therapy question. I run a closed ACT group for chronic pain, eight members, "
        "weeks 1–8 on Tuesdays. Two members dominate and one has not spoken since week 2. "
        "Yalom would say the group is the agent of change, so I am reluctant to over-manage. "
        "What interventions work for the silent member without spotlighting her?",
        [],
    ),
    (
        "h2-073",
        "Student counselling: Zara Ali-Khan, student ID 20231187, studying law at the "
        "University of Manchester. Lives in Fallowfield. Her Discord is zarak#4417.",
        [
            ("Zara Ali-Khan", "name"),
            ("20231187", "id_number"),
            ("University of Manchester", "organisation"),
            ("Fallowfield", "place"),
            ("zarak#4417", "handle"),
        ],
    ),
    (
        "h2-074",
        "Perinatal loss. A couple whose baby was stillborn at 36 weeks in the summer. She "
        "wants to talk about it constantly; he wants to return to normal. The hospital "
        "bereavement midwife referred them. I am drawing on Kenneth Doka's idea of "
        "disenfranchised grief and some EFT for couples. The due date anniversary is in "
        "February and they are both dreading it.",
        [],
    ),
    (
        "h2-075",
        "Eating disorder. Her dietitian, Megan O'Sullivan at the Butterfly Foundation, says "
        "the client's weight on 6/3 was 41 kg. She lives in Bondi Junction NSW 2022.",
        [
            ("Megan O'Sullivan", "name"),
            ("Butterfly Foundation", "organisation"),
            ("6/3", "date"),
            ("Bondi Junction NSW 2022", "place"),
        ],
    ),
    (
        "h2-076",
        "Body dysmorphic disorder in a 17-year-old, BDD-YBOCS 30, checking mirrors for hours "
        "before school. Fluoxetine 20 mg started by the child psychiatrist. We are doing CBT "
        "for BDD (Veale), with perceptual retraining. She has been asking about cosmetic "
        "procedures she saw online. How do others handle requests for surgery referrals?",
        [],
    ),
    (
        "h2-077",
        'My client Olusegun ("Segun") Adebayo, 38, drives for Uber in Brampton. His car\'s '
        "plate is CBKR 421 and he worries his ex will track it. Contact: "
        "segun.adebayo@outlook.com.",
        [
            ("Olusegun", "name"),
            ("Segun", "name"),
            ("Adebayo", "name"),
            ("Brampton", "place"),
            ("Uber", "organisation"),
            ("CBKR 421", "id_number"),
            ("segun.adebayo@outlook.com", "email"),
        ],
    ),
    (
        "h2-078",
        "Transgender client, 35, early in social transition at work. Works for a local "
        "council in the planning department. Gender dysphoria is less the focus now than "
        "workplace microaggressions and a hostile manager. We are using a minority stress "
        "lens and assertiveness work. Any recommended resources on supporting clients "
        "through HR processes?",
        [],
    ),
    (
        "h2-079",
        "Grief. Client's wife, Margaret Ellen Hughes, died at St Vincent's Hospital on "
        "Boxing Day 2022. He scatters her ashes at Bronte every year. He is 94.",
        [
            ("Margaret Ellen Hughes", "name"),
            ("St Vincent's Hospital", "organisation"),
            ("Boxing Day 2022", "date"),
            ("Bronte", "place"),
            ("94", "age"),
        ],
    ),
    (
        "h2-080",
        "Short one. A client mentioned that she has been fasting for Ramadan and it "
        "coincides with her exposure sessions, which often leave her drained. I would like "
        "to adjust the schedule respectfully. What have others done, especially with early "
        "morning or evening sessions during Ramadan?",
        [],
    ),
    (
        "h2-081",
        "The teenager told me her Snapchat is lilbean.x and her boyfriend's handle is "
        "@dxnte.b. She goes to Hillcrest Secondary. Her mum's number is 021 555 0198.",
        [
            ("lilbean.x", "handle"),
            ("@dxnte.b", "handle"),
            ("Hillcrest Secondary", "organisation"),
            ("021 555 0198", "phone"),
        ],
    ),
    (
        "h2-082",
        "Mixed notes for discussion:\n1. Client aged 72, retired engineer, moderate "
        "depression (F32.1).\n2. Recent heart attack, cardiac rehab twice a week.\n3. Wife "
        "has Parkinson's; he is her main carer.\n4. HADS depression 12, anxiety 9.\n5. "
        "Reluctant about antidepressants due to interactions with warfarin.\nQuestion: is "
        "behavioural activation realistic with his caring load?",
        [],
    ),
    (
        "h2-083",
        "Substance use case in Belfast. Client Seán Mac Giolla Phádraig, H&C number 320 123 "
        "4567. Works at Harland & Wolff. Reg of his van: LXZ 9921.",
        [
            ("Seán Mac Giolla Phádraig", "name"),
            ("Belfast", "place"),
            ("320 123 4567", "id_number"),
            ("Harland & Wolff", "organisation"),
            ("LXZ 9921", "id_number"),
        ],
    ),
    (
        "h2-084",
        "Attachment-focused question. A 12-year-old adopted from overseas at age 4, now in "
        "secondary school. DDP (Hughes) with the adoptive parents; PACE is the anchor. He "
        "rages after contact with his birth sibling, which happens twice a year by video. "
        "The social worker wants to increase contact. Where do people stand on contact when "
        "it dysregulates the child?",
        [],
    ),
    (
        "h2-085",
        "Process note, session 7. K. spoke about her stepfather Gary for the first time. "
        "Kirsty said he came into her room when she was 11, at the house on Maple Crescent.",
        [
            ("K.", "name"),
            ("Gary", "name"),
            ("Kirsty", "name"),
            ("Maple Crescent", "place"),
        ],
    ),
    (
        "h2-086",
        "Insomnia in a shift-working paramedic. ISI of 22. CBT-I adapted for rotating shifts "
        "is hard: the sleep window keeps moving. She takes zopiclone 7.5 mg two nights a "
        "week. Morin's protocol assumes a stable schedule. Has anyone adapted stimulus "
        "control for four-on four-off rosters?",
        [],
    ),
    (
        "h2-087",
        "The referral letter is dated 31 Oct 2023 and came from Dr. Hernández-López at "
        "Kaiser Permanente Oakland. Client is Luis Alberto Ramírez, 44, pager 510-555-0100.",
        [
            ("31 Oct 2023", "date"),
            ("Hernández-López", "name"),
            ("Kaiser Permanente Oakland", "organisation"),
            ("Luis Alberto Ramírez", "name"),
            ("510-555-0100", "phone"),
        ],
    ),
    (
        "h2-088",
        "Hoarding in a man in his late sixties, living alone in a council flat in an "
        "inner-city area. Clutter Image Rating of 7 in the living room. Environmental health "
        "has been involved and there is a threat of eviction. Frost and Steketee's CBT "
        "model, with motivational work first. He becomes very distressed at any discard. How "
        "do others pace discarding when there is an external deadline?",
        [],
    ),
    (
        "h2-089",
        "Military veteran in Queensland. DVA file number QX123456. Served with 2RAR out of "
        "Lavarack Barracks. Lives in Kirwan QLD 4817. Wife Shelley.",
        [
            ("QX123456", "id_number"),
            ("2RAR", "organisation"),
            ("Lavarack Barracks", "place"),
            ("Kirwan QLD 4817", "place"),
            ("Shelley", "name"),
        ],
    ),
    (
        "h2-090",
        "Relationship OCD in a woman engaged to be married next summer. She constantly "
        "checks whether she 'really' loves her fiancé. ROCD-specific CBT (Doron) and ERP. "
        "Her mother thinks she should call off the wedding. I am wondering how to involve "
        "the fiancé without making him a reassurance machine.",
        [],
    ),
    (
        "h2-091",
        "Our client, Ibrahim Al-Masri, runs a small shop called Al-Amal Groceries on Edgware "
        "Road. He came in on Tuesday the 9th after a racist attack. His son Youssef was also "
        "hurt.",
        [
            ("Ibrahim Al-Masri", "name"),
            ("Al-Amal Groceries", "organisation"),
            ("Edgware Road", "place"),
            ("9th", "date"),
            ("Youssef", "name"),
        ],
    ),
    (
        "h2-092",
        "Phase two of EMDR with a firefighter, 46, after a collapse at a fire where a "
        "colleague died. SUDs 8 on the target. Bilateral stimulation causes abreaction, then "
        "he shuts down. We have done extensive resourcing and a safe-place exercise. "
        "Shapiro's protocol, Parnell's adaptations. Should I switch to a slower modality or "
        "push through?",
        [],
    ),
    (
        "h2-093",
        "Telehealth session log: client connected from 203.0.113.45, device serial "
        "C02XK1ZFJGH5. Client name Helena Björk, Stockholm.",
        [
            ("203.0.113.45", "ip"),
            ("C02XK1ZFJGH5", "id_number"),
            ("Helena Björk", "name"),
            ("Stockholm", "place"),
        ],
    ),
    (
        "h2-094",
        "Bereavement by suicide, a mother in her forties whose 19-year-old son died two "
        "years ago. PG-13 score high. She is back at work at a supermarket, part-time. She "
        "goes to a support group on Thursdays. She says the hardest days are Mother's Day "
        "and his birthday. How do others approach anniversary reactions in traumatic grief?",
        [],
    ),
    (
        "h2-095",
        "A woman from Wagga Wagga, aged 92, referred by her GP after her husband Les died. "
        "She volunteers at the Vinnies shop. Medicare 4951 23456 1.",
        [
            ("Wagga Wagga", "place"),
            ("aged 92", "age"),
            ("Les", "name"),
            ("Vinnies", "organisation"),
            ("4951 23456 1", "id_number"),
        ],
    ),
    (
        "h2-096",
        "Workplace trauma. A bank teller held up at knifepoint in the spring. Off work since "
        "then, ASD criteria met initially, now PTSD at 3 months. Trauma-focused CBT (Ehlers "
        "and Clark) going well: reliving and updating hot spots. The employer's occupational "
        "health wants a return-to-work date. How do you balance the employer's pressure with "
        "the pace of treatment?",
        [],
    ),
    (
        "h2-097",
        "Child case. Amelie's mum (Claire Dubois) reported the bullying to Ecole "
        "Jeanne-Mance in Ottawa on Sept 12. Amelie is in grade 4. Her teacher Mr Gagnon is "
        "supportive.",
        [
            ("Amelie", "name"),
            ("Claire Dubois", "name"),
            ("Ecole Jeanne-Mance", "organisation"),
            ("Ottawa", "place"),
            ("Sept 12", "date"),
            ("Gagnon", "name"),
        ],
    ),
    (
        "h2-098",
        "Self-harm in a young man of 20, first presentation at A&E in the winter, followed "
        "up by the crisis team and now with me. We use CAMS (Jobes). He is an apprentice "
        "electrician. He minimises everything to me and tells the GP more. Any tips on "
        "building a collaborative stance when he sees therapy as 'for weak people'?",
        [],
    ),
    (
        "h2-099",
        "He says his gaming handle is xXShadowReaperXx and he met the older man on Roblox. "
        "The man's email was darkhelper99@protonmail.com. Police ref 2024/118734.",
        [
            ("xXShadowReaperXx", "handle"),
            ("darkhelper99@protonmail.com", "email"),
            ("2024/118734", "id_number"),
        ],
    ),
    (
        "h2-100",
        "Scrupulosity in an Orthodox Jewish man, 30, who consults his rabbi about every "
        "doubt. ERP with the rabbi's input has been helpful; the rabbi agreed to limit "
        "reassurance. Passover is a particularly difficult time. Abramowitz has written "
        "helpfully on religious OCD. Has anyone worked jointly with faith leaders like this?",
        [],
    ),
    (
        "h2-101",
        "Perinatal. Nadia Petrova, 31, delivered at Rotunda on the 2nd of Nov. Lives in "
        "Phibsborough. Partner Oleksandr works at Intel in Leixlip.",
        [
            ("Nadia Petrova", "name"),
            ("Rotunda", "organisation"),
            ("2nd of Nov", "date"),
            ("Phibsborough", "place"),
            ("Oleksandr", "name"),
            ("Intel", "organisation"),
            ("Leixlip", "place"),
        ],
    ),
    (
        "h2-102",
        "Domestic abuse survivor, early sixties, left a 30-year marriage last year and lives "
        "in a refuge in the Midlands. Freedom Programme completed. She is angry at her adult "
        "children for 'taking his side'. We are working with compassion-focused therapy "
        "(Gilbert). She wonders whether she should go to her grandson's christening where "
        "her ex will be.",
        [],
    ),
    (
        "h2-103",
        "Client update: Tom Whitfield-Ng, 27, now in recovery housing at 1520 W. Madison "
        "St., Unit 3, Chicago, IL 60607. Sponsor's number (312) 555 0112. Sober since 7/4/23.",
        [
            ("Tom Whitfield-Ng", "name"),
            ("1520 W. Madison St., Unit 3", "place"),
            ("Chicago", "place"),
            ("IL 60607", "place"),
            ("(312) 555 0112", "phone"),
            ("7/4/23", "date"),
        ],
    ),
    (
        "h2-104",
        "A gay man of 58 in Brighton, Graham, whose partner Stephen died of AIDS in 1994. He "
        "still volunteers at the Terrence Higgins Trust. Graham's GP is at Preston Park "
        "Surgery.",
        [
            ("Brighton", "place"),
            ("Graham", "name"),
            ("Stephen", "name"),
            ("Terrence Higgins Trust", "organisation"),
            ("Preston Park Surgery", "organisation"),
        ],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "heldout2"}
        for doc_id, text, items in HELDOUT2
    ]
