"""A third hand-written held-out set for the PHI guard, annotated like handwritten.py.

Written in three blind rounds while the guard was being generalised, each measured once before any
rule was changed in response to it (bench/phi_eval.py --source heldout3):

- h3-001..h3-040, written after the first round of rule changes: span recall 0.937, precision
  0.954, identifier documents fully caught 0.70, clean documents flagged 0.20.
- h3-041..h3-070, written after the second round (Markdown headings, bold field labels,
  dialogue, referral templates): span recall 0.922, precision 0.966, documents fully caught 0.60,
  clean documents flagged 0.13.
- h3-071..h3-090, written after the third round (a long case, a forwarded email, a court report,
  referral letters): span recall 0.954, precision 0.955, documents fully caught 0.70, clean
  documents flagged 0.20.

Those first-sight figures, not the ones after tuning, are the honest estimate of how the guard
does on writing it has not seen. Conventions as in heldout2.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
HELDOUT3: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "h3-001",
        "Consultation request. I have been seeing a 67-year-old retired postman for "
        "complicated grief since the spring. His wife died in hospice after a short illness. "
        "PG-13-R of 38. We have used Shear's CGT with imaginal revisiting. He visits the "
        "grave every Sunday. I am unsure whether to push the situational revisiting or wait "
        "until after the anniversary in August.",
        [],
    ),
    (
        "h3-002",
        "Couple in their forties, Imago-trained colleague referred them to me for sex "
        "therapy. Sensate focus stalled at stage 2. She has vaginismus (N94.2) and he has "
        "performance anxiety; sildenafil 50 mg via the GP. Masters and Johnson's model feels "
        "dated but the structure helps. How do others handle it when one partner keeps "
        "breaking the touch ban?",
        [],
    ),
    (
        "h3-003",
        "Teen client, 15, Year 11, referred by the school nurse for vaping and low mood. "
        "RCADS depression T-score 72. Lives with dad and two younger half-siblings in a "
        "market town. We are doing IPT-A. Dad works away Monday to Friday on building sites. "
        "Any thoughts on involving a parent who is rarely around?",
        [],
    ),
    (
        "h3-004",
        "Clinical question about a man in his thirties with a gambling disorder and a "
        "history of ADHD. He works for a logistics company doing night shifts. GAD-7 15, "
        "PGSI 21. He lost around £8,000 in the past two months. His partner has taken over "
        "the finances. I am using CBT for gambling and MI. Should I refer on to a specialist "
        "NHS gambling clinic?",
        [],
    ),
    (
        "h3-005",
        "Process recording, session 19. He said nothing for the first ten minutes. Then: "
        "'You are just like the others.' I felt the pull to defend myself. I wondered aloud "
        "what 'the others' had done. He softened slightly and talked about the care home he "
        "was placed in at 11. Winnicott's holding environment came to mind. Thoughts?",
        [],
    ),
    (
        "h3-006",
        "Refugee client from Afghanistan, mid-twenties, arrived in Canada two years ago "
        "through a government-assisted program. He works at a meat processing plant in a "
        "small prairie town. HTQ positive, PHQ-9 of 19. Interpreter is Dari-speaking. Friday "
        "prayers are important to him and we schedule around them. How do I approach "
        "survivor guilt about family left behind?",
        [],
    ),
    (
        "h3-007",
        "Perinatal case: a woman at 30 weeks with hyperemesis and depression, EPDS 21, on "
        "ondansetron and now starting sertraline 50 mg. Obstetric team aware. She had a "
        "traumatic first birth in 2020 and wants a planned caesarean. Birth trauma work "
        "using a rewind technique is on the table but I am cautious during pregnancy. Views?",
        [],
    ),
    (
        "h3-008",
        "Older adult, 86, in residential care after a fall, low mood since moving in. "
        "Cornell Scale for Depression in Dementia score 14. She was a headteacher for 30 "
        "years. Reminiscence therapy has helped a little. Staff say she refuses to come to "
        "the lounge. How do people adapt BA for care-home residents?",
        [],
    ),
    (
        "h3-009",
        "Forensic psychology consult. Adult male on a community order after an arson "
        "offence. We use the Risk-Need-Responsivity framework and a fire-setting specific "
        "intervention (FIP-MO). He has a mild intellectual disability (WAIS-IV FSIQ 68). "
        "Probation is keen to close the order early. How do others weigh progress against "
        "base rates?",
        [],
    ),
    (
        "h3-010",
        "Eating disorders: adolescent boy, 16, ARFID rather than anorexia, weight stable but "
        "very restricted range of foods. PARDI interview done. Family-based treatment "
        "adapted for ARFID, plus exposure to new foods. He is a keen rugby player. Parents "
        "are exhausted. Has anyone used the CBT-AR protocol (Thomas and Eddy) with teenage "
        "boys?",
        [],
    ),
    (
        "h3-011",
        "LGBTQ+ client: a bisexual woman in her early fifties, recently separated from her "
        "husband of 25 years, now dating a woman for the first time. She is also caring for "
        "her mother with dementia. Affirmative therapy frame, with some EFIT. She worries "
        "about coming out to her adult sons at Thanksgiving. How do I support her pacing?",
        [],
    ),
    (
        "h3-012",
        "Military spouse, 32, whose husband is deployed for nine months. Two children under "
        "six. Anxiety, insomnia, PHQ-9 of 12. She moved bases three times in five years and "
        "has no local friends. The base family support centre offered a group. I use ACT. "
        "Any resources specifically for deployment cycles?",
        [],
    ),
    (
        "h3-013",
        "Substance use: woman, 44, alcohol dependence, completed a medically managed detox "
        "in a hospital last winter, now on acamprosate 666 mg three times daily. SMART "
        "Recovery rather than AA. Relapsed at a wedding in June. We did a functional "
        "analysis. She is a primary school teacher. How do others approach relapse shame "
        "without colluding with minimisation?",
        [],
    ),
    (
        "h3-014",
        "Australian context: Aboriginal young man, 19, referred by the local Aboriginal "
        "Medical Service, cultural mentor involved. K10 of 34. Sorry Business for an uncle "
        "took him back to Country for several weeks. I am a non-Indigenous psychologist and "
        "want to work in a culturally safe way. Any reading recommendations beyond the "
        "Social and Emotional Wellbeing framework?",
        [],
    ),
    (
        "h3-015",
        "Irish context: a woman in her thirties, referred through the HSE after a postnatal "
        "depression diagnosis. She lives in a rural part of the midlands and her husband "
        "farms. She is reluctant to take medication while breastfeeding. EPDS 17. I am "
        "offering CBT and some compassion-focused work. How do others manage the distance "
        "when she cannot travel in winter?",
        [],
    ),
    (
        "h3-016",
        "NZ context: Pasifika family, Samoan, son aged 12 with anxiety and school refusal. "
        "Church is central to family life and the minister has been involved. We have used "
        "the Fonofale model alongside CBT. Extended family live in the same house. How do I "
        "include the grandparents respectfully?",
        [],
    ),
    (
        "h3-017",
        "Case formulation question. Client with BPD traits (F60.3), 24, in MBT. Mentalizing "
        "breaks down under attachment stress. She has had three A&E attendances in six "
        "months. Bateman and Fonagy recommend not-knowing stance; I keep slipping into "
        "explaining. Group MBT starts in January. Tips for maintaining the stance?",
        [],
    ),
    (
        "h3-018",
        "Adolescent with Tourette's, 13, tics worse since starting secondary school. CBIT "
        "with a focus on competing responses. YGTSS total 32. Clonidine 25 mcg at night. He "
        "is being bullied on the bus. The SENCo is helpful. Any advice on psychoeducation "
        "for classmates without making him more visible?",
        [],
    ),
    (
        "h3-019",
        "Trauma therapy with a paramedic, 41, after a child death call. IES-R 52. EMDR phase "
        "3, target image the car seat. He drinks more on days off. The ambulance service has "
        "a peer support scheme. Christmas is the anniversary month. Should I pause "
        "processing until January?",
        [],
    ),
    (
        "h3-020",
        "A quick ethics question. A former client's brother has asked me to see him for "
        "therapy. They are not close. APA 10.02 and the BACP framework do not forbid it "
        "outright. I work in a small city and referrals are limited. Has anyone navigated "
        "this?",
        [],
    ),
    (
        "h3-021",
        "I started seeing Ngozi Eze-Martins on 9 August, referred by her GP at Parkview "
        "Surgery in Walthamstow. She works as a cleaner at Whipps Cross Hospital. Her "
        "mobile: 07911 123456.",
        [
            ("Ngozi Eze-Martins", "name"),
            ("9 August", "date"),
            ("Parkview Surgery", "organisation"),
            ("Walthamstow", "place"),
            ("Whipps Cross Hospital", "organisation"),
            ("07911 123456", "phone"),
        ],
    ),
    (
        "h3-022",
        "Couples work with Tomasz and Agnieszka Wiśniewski. Tomasz's mother lives with them "
        "in Slough. Agnieszka works at Heathrow for British Airways. They came in on 12/09.",
        [
            ("Tomasz", "name"),
            ("Agnieszka Wiśniewski", "name"),
            ("Agnieszka", "name"),
            ("Slough", "place"),
            ("Heathrow", "place"),
            ("British Airways", "organisation"),
            ("12/09", "date"),
        ],
    ),
    (
        "h3-023",
        "Mrs Ellery is 97 and lives in sheltered housing on Kingsway, Hove. She talks about "
        "her late husband Ron every session. Her son's email is p.ellery@btinternet.com.",
        [
            ("Ellery", "name"),
            ("97", "age"),
            ("Kingsway", "place"),
            ("Hove", "place"),
            ("Ron", "name"),
            ("p.ellery@btinternet.com", "email"),
        ],
    ),
    (
        "h3-024",
        "Client (DeShawn, 17) attends Central High in Tulsa and plays for the varsity team. "
        "His coach, Mr. Briggs, called me on 918-555-0144. DeShawn's Snap: deshawn.hoops3.",
        [
            ("DeShawn", "name"),
            ("Central High", "organisation"),
            ("Tulsa", "place"),
            ("Briggs", "name"),
            ("918-555-0144", "phone"),
            ("deshawn.hoops3", "handle"),
        ],
    ),
    (
        "h3-025",
        "Referral: Ananya Krishnan, DOB 14-02-1996, Medicaid ID 7734-221-09, lives at 55 Elm "
        "St Apt 3C, Jersey City. Works at Goldman Sachs.",
        [
            ("Ananya Krishnan", "name"),
            ("14-02-1996", "date"),
            ("7734-221-09", "id_number"),
            ("55 Elm St Apt 3C", "place"),
            ("Jersey City", "place"),
            ("Goldman Sachs", "organisation"),
        ],
    ),
    (
        "h3-026",
        "I am worried about my client's ex, who posts as @ripley_unfiltered and has a "
        "website at ripleytruth.net. My client (Ms Achterberg) found the site last Tuesday, "
        "4 June.",
        [
            ("@ripley_unfiltered", "handle"),
            ("ripleytruth.net", "url"),
            ("Achterberg", "name"),
            ("4 June", "date"),
        ],
    ),
    (
        "h3-027",
        "Canadian client, Bernadette Lavoie, 93, lives in a seniors' residence in "
        "Trois-Rivières. Her health card is 1234 567 890. Her granddaughter Maude visits on "
        "weekends.",
        [
            ("Bernadette Lavoie", "name"),
            ("93", "age"),
            ("Trois-Rivières", "place"),
            ("1234 567 890", "id_number"),
            ("Maude", "name"),
        ],
    ),
    (
        "h3-028",
        "Kiwi client Hemi Walker, 35, is a builder with Fletcher Construction in Rotorua. "
        "His ACC claim number is 10012345678. Partner is Moana.",
        [
            ("Hemi Walker", "name"),
            ("Fletcher Construction", "organisation"),
            ("Rotorua", "place"),
            ("10012345678", "id_number"),
            ("Moana", "name"),
        ],
    ),
    (
        "h3-029",
        "Australian adolescent: Jayden, 14, Year 9 at Blacktown Boys High. Mum Kylie rang "
        "from 02 9621 4455. Incident happened on Australia Day last year at Nurragingy "
        "Reserve.",
        [
            ("Jayden", "name"),
            ("Blacktown Boys High", "organisation"),
            ("Kylie", "name"),
            ("02 9621 4455", "phone"),
            ("Nurragingy Reserve", "place"),
        ],
    ),
    (
        "h3-030",
        "Irish case: client is a guard (Garda) stationed in Dundalk. His name is Pádraig Ó "
        "Sé. He was assaulted on the 21st of December 2022 outside Dundalk IT.",
        [
            ("Dundalk", "place"),
            ("Pádraig Ó Sé", "name"),
            ("21st of December 2022", "date"),
            ("Dundalk IT", "organisation"),
        ],
    ),
    (
        "h3-031",
        "Veteran case: client served with the 82nd Airborne, now works at the Home Depot in "
        "Fayetteville. VA claim no. 123456789. His wife, Tasha, said he was 'different' "
        "after Kandahar.",
        [
            ("82nd Airborne", "organisation"),
            ("Home Depot", "organisation"),
            ("Fayetteville", "place"),
            ("123456789", "id_number"),
            ("Tasha", "name"),
            ("Kandahar", "place"),
        ],
    ),
    (
        "h3-032",
        "Child case: little Zainab (age 7) from Bradford, BD8 9QT. She attends Lilycroft "
        "Primary. Dad's number +44 7700 900982. School says she was absent 3-7 Feb.",
        [
            ("Zainab", "name"),
            ("Bradford", "place"),
            ("BD8 9QT", "place"),
            ("Lilycroft Primary", "organisation"),
            ("+44 7700 900982", "phone"),
            ("3-7 Feb", "date"),
        ],
    ),
    (
        "h3-033",
        "Process note: Today Bea brought a letter from her landlord at 14 Rosebery Ave. "
        "Beatrice says she has until the end of the month. Her caseworker is Joaquín Herrera "
        "from Shelter.",
        [
            ("Bea", "name"),
            ("14 Rosebery Ave", "place"),
            ("Beatrice", "name"),
            ("Joaquín Herrera", "name"),
            ("Shelter", "organisation"),
        ],
    ),
    (
        "h3-034",
        "Substance use: client's partner works at the Chevron refinery in Richmond. Client's "
        "Instagram handle: sober.sarah.sf. She lost her licence, DL# D1234567, after a DUI "
        "on 11.3.2023.",
        [
            ("Chevron", "organisation"),
            ("Richmond", "place"),
            ("sober.sarah.sf", "handle"),
            ("D1234567", "id_number"),
            ("11.3.2023", "date"),
        ],
    ),
    (
        "h3-035",
        "Eating disorder: Freya Lindqvist, 16, inpatient at the Priory in Roehampton since 2 "
        "Jan. Her dietitian is Anjali. NHS No 401 023 2137.",
        [
            ("Freya Lindqvist", "name"),
            ("Priory", "organisation"),
            ("Roehampton", "place"),
            ("2 Jan", "date"),
            ("Anjali", "name"),
            ("401 023 2137", "id_number"),
        ],
    ),
    (
        "h3-036",
        "Telehealth log: session from IP 172.16.254.1; the client, mr yusuf, uses the email "
        "yusuf.a@protonmail.ch. He lives in Sparkhill.",
        [
            ("172.16.254.1", "ip"),
            ("yusuf", "name"),
            ("yusuf.a@protonmail.ch", "email"),
            ("Sparkhill", "place"),
        ],
    ),
    (
        "h3-037",
        "Older adult: Harold Fenwick, a widower aged 101, was a miner at Ellington Colliery. "
        "His carer Bev notes he was born 5th May 1923.",
        [
            ("Harold Fenwick", "name"),
            ("aged 101", "age"),
            ("Ellington Colliery", "organisation"),
            ("Bev", "name"),
            ("5th May 1923", "date"),
        ],
    ),
    (
        "h3-038",
        "Perinatal: the baby was born at Sunnybrook on Nov 2nd and mum (Leila Haddad) was "
        "readmitted with psychosis. Her OHIP is 9876-543-210-XY. Partner Karim works for "
        "Rogers.",
        [
            ("Sunnybrook", "organisation"),
            ("Nov 2nd", "date"),
            ("Leila Haddad", "name"),
            ("9876-543-210-XY", "id_number"),
            ("Karim", "name"),
            ("Rogers", "organisation"),
        ],
    ),
    (
        "h3-039",
        "My client, E., lives in Leith and works at the Scottish Parliament. Her CHI is "
        "0101011234. She was born on 01/01/01.",
        [
            ("E.", "name"),
            ("Leith", "place"),
            ("Scottish Parliament", "organisation"),
            ("0101011234", "id_number"),
            ("01/01/01", "date"),
        ],
    ),
    (
        "h3-040",
        "Forensic: Client Raymond 'Ray-Ray' Jackson, inmate no. 4471823, held at San "
        "Quentin. His attorney is Gloria Esposito (gesposito@lawfirm.com). Parole hearing on "
        "3/15/25.",
        [
            ("Raymond", "name"),
            ("Ray-Ray", "name"),
            ("Jackson", "name"),
            ("4471823", "id_number"),
            ("San Quentin", "place"),
            ("Gloria Esposito", "name"),
            ("gesposito@lawfirm.com", "email"),
            ("3/15/25", "date"),
        ],
    ),
    (
        "h3-041",
        "## Presenting concern\nLow mood and withdrawal in a 19-year-old first-year student "
        "since the autumn term.\n\n## Background\nOnly child, parents divorced when she was "
        "10. She moved from a northern city to study. No prior treatment. PHQ-9 18, GAD-7 "
        "12.\n\n## What has been tried\nSix sessions of BA; she did two of the "
        "activity-scheduling tasks. The university counselling service offered a group.\n\n"
        "## Consultation question\nHow hard should I push activity when she keeps saying she "
        "is 'too tired'?",
        [],
    ),
    (
        "h3-042",
        "**Presenting concern:** recurrent panic in a man in his late forties who drives "
        "HGVs. **Background:** father died of a heart attack at 52. **Tried:** interoceptive "
        "exposure (spinning, straw breathing), cognitive restructuring per Clark. "
        "**Question:** he refuses to do exposures in the cab; is that a safety behaviour or "
        "a reasonable limit?",
        [],
    ),
    (
        "h3-043",
        "Quick poll: for clients on the autism spectrum, do people use the AQ-10 or the "
        "RAADS-R for screening? I have a 30-year-old referred by his GP who masks heavily. "
        "He is a software tester at a bank. NICE CG142 suggests a specialist assessment but "
        "the waiting list in our area is 2 years.",
        [],
    ),
    (
        "h3-044",
        "Dialogue excerpt from session 4 (paraphrased):\nClient: I don't see the point of "
        "talking about my dad.\nMe: What happens in you when we get close to him?\nClient: "
        "Nothing. Numb.\nI am thinking of Fisher's parts work here. The client is a "
        "28-year-old builder with a history of childhood neglect. How do others approach the "
        "numb part early on?",
        [],
    ),
    (
        "h3-045",
        "Seeking input on a case of selective mutism. Girl, 6, in Reception/Year 1 "
        "transition, speaks freely at home but not at school. SMQ confirms. Sliding-in "
        "technique (Johnson and Wintgens) with the teaching assistant. Mum works part-time "
        "in a supermarket. Any tips on generalising to the playground?",
        [],
    ),
    (
        "h3-046",
        "Client is a 45-year-old Black British man, a bus driver, presenting with anger and "
        "low mood after a racist incident at work. Racial trauma frame (Carter's model) and "
        "some CFT. He is part of a union. The incident was in March and the inquiry is "
        "ongoing. How do I hold the systemic and the individual together?",
        [],
    ),
    (
        "h3-047",
        "SOAP — S: 'I relapsed on Saturday.' O: tearful, AUDIT-C 10. A: Alcohol use "
        "disorder, severe, early remission broken. P: relapse analysis, contact sponsor, GP "
        "re: naltrexone 50 mg. My question is whether to shift from abstinence to moderation "
        "goals given three relapses in 2024.",
        [],
    ),
    (
        "h3-048",
        "Working with a Deaf client via a BSL interpreter. 38, works in a warehouse, "
        "referred for PTSD after a workplace accident. The interpreter knows him from the "
        "local Deaf club, which raises confidentiality issues. Has anyone found a good way "
        "to manage dual relationships in small communities like the Deaf community?",
        [],
    ),
    (
        "h3-049",
        "Older adult with late-onset OCD (checking), aged 81, lives with her husband in a "
        "bungalow in a seaside town. Y-BOCS 24. She is on citalopram 10 mg; the GP is "
        "reluctant to increase due to QT prolongation. ERP with a gentle hierarchy. Her "
        "husband does a lot of checking for her. Thoughts on working with accommodation in "
        "older couples?",
        [],
    ),
    (
        "h3-050",
        "Canadian Forces veteran, 50, chronic pain and PTSD, Veterans Affairs funded. He "
        "lives on a farm in rural Saskatchewan and sessions are by video. CAPS-5 severity "
        "41. We use CPT. He will not do written accounts. Is it acceptable to skip the "
        "trauma account in CPT?",
        [],
    ),
    (
        "h3-051",
        "Young person, 17, gender questioning, referred by the school counsellor. Mum "
        "supportive, dad less so. We are exploring without an agenda. Pride month brought up "
        "a lot. The family lives in a conservative area of the Bible Belt. Any resources for "
        "parents who are struggling?",
        [],
    ),
    (
        "h3-052",
        "Case of a 33-year-old woman with vaginismus and a history of religious trauma. She "
        "was raised in a strict evangelical community and left at 22. Sensate focus and "
        "dilator work in collaboration with a pelvic floor physiotherapist. She flinches at "
        "any mention of 'purity'. Looking for reading on religious trauma and sexuality.",
        [],
    ),
    (
        "h3-053",
        "Supervision question. My client, a 26-year-old junior doctor, discloses that she "
        "prescribed for herself. The GMC's guidance is clear that this is a concern. She is "
        "not a risk to patients as far as I can tell. Where is the line for breaking "
        "confidentiality in cases like this?",
        [],
    ),
    (
        "h3-054",
        "Hoarding and grief: woman, 70, lost her adult son in 2018. His room is untouched "
        "and the hoard has spread. Clutter Image Rating 6. She says clearing would be "
        "'killing him again'. Continuing bonds (Klass, Silverman and Nickman) feels "
        "relevant. How do people pace this?",
        [],
    ),
    (
        "h3-055",
        "Brief: adolescent with emetophobia, 14, avoiding school lunches, weight dropping. "
        "Not an eating disorder per the EDE-Q. Exposure work (videos of vomiting, then "
        "sounds). Her older sister is a nurse and helps with exposures. Do others involve "
        "siblings as co-therapists?",
        [],
    ),
    (
        "h3-056",
        "## Background\nClient: Rosalind 'Ros' Achebe-Turner, 34. GP: Dr. Imran Qureshi, "
        "Ashfield Medical Centre. Lives: Flat 2, 9 Carlton Road, Nottingham NG3 2DG.\n\n## "
        "Question\nHow should I write to her employer (Boots) about adjustments?",
        [
            ("Rosalind", "name"),
            ("Ros", "name"),
            ("Achebe-Turner", "name"),
            ("Imran Qureshi", "name"),
            ("Ashfield Medical Centre", "organisation"),
            ("Flat 2, 9 Carlton Road", "place"),
            ("Nottingham", "place"),
            ("NG3 2DG", "place"),
            ("Boots", "organisation"),
        ],
    ),
    (
        "h3-057",
        "**Client:** Bao Tran, 42\n**Referred by:** Westside Community Health, Portland\n"
        "**Phone:** 971.555.0192\n**Insurance:** Providence member ID PRV88812345\n**Seen:** "
        "Jan 9 and Jan 16",
        [
            ("Bao Tran", "name"),
            ("Westside Community Health", "organisation"),
            ("Portland", "place"),
            ("971.555.0192", "phone"),
            ("Providence", "organisation"),
            ("PRV88812345", "id_number"),
            ("Jan 9", "date"),
            ("Jan 16", "date"),
        ],
    ),
    (
        "h3-058",
        "Client: I keep thinking about what Marcus said at the funeral.\nMe: Marcus is your "
        "cousin?\nClient: Yeah. At St Columba's, in Derry, on the 8th.\nThe client works at "
        "Seagate and lives in the Waterside.",
        [
            ("Marcus", "name"),
            ("St Columba's", "organisation"),
            ("Derry", "place"),
            ("8th", "date"),
            ("Seagate", "organisation"),
            ("Waterside", "place"),
        ],
    ),
    (
        "h3-059",
        "A man of 92 who still drives, referred after a crash on the A38. His daughter, "
        "Jennifer Cole, says he lives alone near Plymouth. His licence number is "
        "COLE9503125J99AB.",
        [
            ("92", "age"),
            ("A38", "place"),
            ("Jennifer Cole", "name"),
            ("Plymouth", "place"),
            ("COLE9503125J99AB", "id_number"),
        ],
    ),
    (
        "h3-060",
        "Child protection: Ruby-Mae (6) and her brother Kai (4) were seen at Alder Hey on "
        "17/11. Social worker Priyanka Desai, Liverpool City Council, tel 0151 233 3000.",
        [
            ("Ruby-Mae", "name"),
            ("Kai", "name"),
            ("Alder Hey", "organisation"),
            ("17/11", "date"),
            ("Priyanka Desai", "name"),
            ("Liverpool City Council", "organisation"),
            ("0151 233 3000", "phone"),
        ],
    ),
    (
        "h3-061",
        "The client, Mr Kwabena Asante, a bus driver for Arriva in Leicester, was assaulted "
        "on the 45 route on Boxing Day. His union rep is at k.osei@unite.org.uk.",
        [
            ("Kwabena Asante", "name"),
            ("Arriva", "organisation"),
            ("Leicester", "place"),
            ("k.osei@unite.org.uk", "email"),
        ],
    ),
    (
        "h3-062",
        "Perinatal case — Sinéad Gallagher, 28, delivered at the Coombe on 30 Sept. She "
        "lives in Tallaght. Her public health nurse is Orla. Baby's name is Fiadh.",
        [
            ("Sinéad Gallagher", "name"),
            ("Coombe", "organisation"),
            ("30 Sept", "date"),
            ("Tallaght", "place"),
            ("Orla", "name"),
            ("Fiadh", "name"),
        ],
    ),
    (
        "h3-063",
        "Substance use: client 'Tank' (Terrence Boyd), 39, uses meth, sleeps at his mum's in "
        "Logan City QLD 4114. He asked me to text him on 0433 221 987. He posts on Facebook "
        "as Tank Boyd.",
        [
            ("Tank", "name"),
            ("Terrence Boyd", "name"),
            ("Logan City", "place"),
            ("QLD 4114", "place"),
            ("0433 221 987", "phone"),
            ("Tank Boyd", "handle"),
        ],
    ),
    (
        "h3-064",
        "EAP referral: Haruto Sato (employee no. 558213), a process engineer at Toyota in "
        "Georgetown, KY. Manager: Lisa Graham. Incident date 04-22-2024.",
        [
            ("Haruto Sato", "name"),
            ("558213", "id_number"),
            ("Toyota", "organisation"),
            ("Georgetown", "place"),
            ("Lisa Graham", "name"),
            ("04-22-2024", "date"),
        ],
    ),
    (
        "h3-065",
        "My client Oksana, who arrived from Kharkiv in 2022, now works at a care home "
        "(Willow Court) in Basingstoke. Her BRP number is ZU1234567. She is 96 per cent sure "
        "she wants to stay.",
        [
            ("Oksana", "name"),
            ("Kharkiv", "place"),
            ("Willow Court", "organisation"),
            ("Basingstoke", "place"),
            ("ZU1234567", "id_number"),
        ],
    ),
    (
        "h3-066",
        "LGBTQ+ youth: Ash (they/them), 16, attends Hillhead High School in Glasgow. They "
        "were outed on Instagram by an account called @hillhead.tea. Their mum is Fiona "
        "Drummond.",
        [
            ("Ash", "name"),
            ("Hillhead High School", "organisation"),
            ("Glasgow", "place"),
            ("@hillhead.tea", "handle"),
            ("Fiona Drummond", "name"),
        ],
    ),
    (
        "h3-067",
        "Military: LCpl Dylan Price, 1 RIFLES, based at Beachley Barracks, Chepstow. Service "
        "no. 30123456. He saw the unit padre on 2nd Feb.",
        [
            ("Dylan Price", "name"),
            ("1 RIFLES", "organisation"),
            ("Beachley Barracks", "place"),
            ("Chepstow", "place"),
            ("30123456", "id_number"),
            ("2nd Feb", "date"),
        ],
    ),
    (
        "h3-068",
        "Older adult: Florence, a resident of Rosewood Manor, turns 100 next week. Her son "
        "Alan lives in Truro. The home's fax is 01872 555 019.",
        [
            ("Florence", "name"),
            ("Rosewood Manor", "organisation"),
            ("100", "age"),
            ("Alan", "name"),
            ("Truro", "place"),
            ("01872 555 019", "phone"),
        ],
    ),
    (
        "h3-069",
        "Eating disorder: Ingrid Halvorsen, 15, from Bergen, now at an international school "
        "(ISB Oslo). Her Strava profile is strava.com/athletes/4471239. Admitted 2024-01-08.",
        [
            ("Ingrid Halvorsen", "name"),
            ("Bergen", "place"),
            ("ISB Oslo", "organisation"),
            ("strava.com/athletes/4471239", "url"),
            ("2024-01-08", "date"),
        ],
    ),
    (
        "h3-070",
        "Forensic: client D.W., 34, was arrested in Moss Side on 12 May and remanded to HMP "
        "Manchester. His solicitor is Aaron Feld at Feld & Co.",
        [
            ("D.W.", "name"),
            ("Moss Side", "place"),
            ("12 May", "date"),
            ("HMP Manchester", "organisation"),
            ("Aaron Feld", "name"),
            ("Feld & Co", "organisation"),
        ],
    ),
    (
        "h3-071",
        "Long-ish one, sorry. I have been seeing a woman in her early sixties for about "
        "eighteen months, initially for anxiety after retirement from a career in local "
        "government. Over time it has become clear that the anxiety sits on top of a "
        "lifetime of caring for others: a mother with schizophrenia, a younger brother with "
        "a learning disability, then her own children. Her GAD-7 has come down from 16 to 9. "
        "What remains is a deep sense that she has no right to take up space. We have done "
        "some schema work (self-sacrifice and subjugation are high on the YSQ-S3) and some "
        "compassion-focused imagery, which she finds excruciating. Last week she cancelled "
        "for the first time, leaving a voicemail that she 'didn't want to bother me'. I find "
        "myself wanting to reassure her, which I know would replay the pattern. How have "
        "others worked with self-sacrifice schemas without becoming another person she has "
        "to look after?",
        [],
    ),
    (
        "h3-072",
        "Text-message style summary from a colleague, paraphrased: client cancelled x3, says "
        "work is mad, not sleeping, drinking more at weekends. No SI. Wants to 'pause' "
        "therapy. My question: do we offer a pause with a planned review in six weeks, or "
        "name the avoidance? She is 37, a solicitor in a big firm, and her father was an "
        "alcoholic.",
        [],
    ),
    (
        "h3-073",
        "Documentation question for US colleagues: for a client with F41.1 and Z56.6 (other "
        "physical and mental strain related to work), is it reasonable to bill 90834 plus an "
        "interactive complexity add-on (90785) when the employer's HR rep attends part of "
        "the session? The payer is a large commercial plan. I would rather not get it wrong.",
        [],
    ),
    (
        "h3-074",
        "Play therapy update: boy, 5, in foster care for 6 months, placement stable. In the "
        "playroom he repeatedly feeds the baby doll and then throws it. Child-Centered Play "
        "Therapy (Landreth) 10 sessions in. The foster carer is a retired nurse and very "
        "attuned. Contact with birth mum is fortnightly, supervised. His behaviour "
        "deteriorates after contact. How do others support carers around contact days?",
        [],
    ),
    (
        "h3-075",
        "Group supervision question. We run a DBT programme in a CMHT. One participant "
        "consistently arrives 20 minutes late to skills group and then dominates the "
        "homework review. The team is split on whether to apply the four-miss rule flexibly. "
        "Linehan is clear about the rule; our service manager wants to reduce drop-out. "
        "Thoughts?",
        [],
    ),
    (
        "h3-076",
        "Trauma-informed question about a 23-year-old man who survived a knife attack last "
        "summer. He now carries a knife himself 'for protection'. Youth worker involved. "
        "PCL-5 of 47. I am thinking about safety, legal risk and therapeutic alliance all at "
        "once. How have others approached this without becoming another authority figure?",
        [],
    ),
    (
        "h3-077",
        "I am working with a couple in their seventies; he has early Parkinson's and she is "
        "his main carer. They argue about driving. He wants to keep his licence; she is "
        "frightened. The GP has not formally assessed driving. We are using an integrative "
        "behavioural couple therapy frame. How do you help couples with decisions like this?",
        [],
    ),
    (
        "h3-078",
        "Perinatal loss, early pregnancy. A woman, 29, had her third miscarriage at 9 weeks "
        "in October. Her husband 'wants to try again straight away'. She feels broken. The "
        "recurrent miscarriage clinic has found nothing. I use a mix of grief work and CFT. "
        "How do I support her in talking to her husband about pacing?",
        [],
    ),
    (
        "h3-079",
        "Working with an interpreter for a Tigrinya-speaking young man, 18, who arrived as "
        "an unaccompanied minor two years ago. He lives in supported lodgings, attends "
        "college (ESOL and maths), and has nightmares most nights. We use NET. His foster "
        "family from before turning 18 still keep in touch. What has helped others with "
        "sleep in this group?",
        [],
    ),
    (
        "h3-080",
        "A reflective question rather than a case: how do people manage their own grief when "
        "a long-term client dies? I lost a client of six years to cancer this spring. I went "
        "to the funeral, with the family's knowledge. My supervisor was supportive, but I "
        "still feel unsteady in sessions. Any reading (I have Yalom's Love's Executioner on "
        "my shelf) or rituals that helped?",
        [],
    ),
    (
        "h3-081",
        "Hi all - client is Adaeze Obi-Nwosu (she/her), 31, a junior barrister at 4 Pump "
        "Court, referred after a panic attack in court on Tues 6th Feb. Lives in Walthamstow "
        "E17 with her partner, Temi. Her mum's number is +234 803 555 0199.",
        [
            ("Adaeze Obi-Nwosu", "name"),
            ("4 Pump Court", "organisation"),
            ("6th Feb", "date"),
            ("Walthamstow", "place"),
            ("E17", "place"),
            ("Temi", "name"),
            ("+234 803 555 0199", "phone"),
        ],
    ),
    (
        "h3-082",
        "Court report extract: Mr Lachlan Fraser (DOB 11 Nov 1988), of 22/14 Smith St, "
        "Collingwood VIC 3066, was assessed at Thomas Embling Hospital. CRN 447-221. He "
        "works for Bunnings.",
        [
            ("Lachlan Fraser", "name"),
            ("11 Nov 1988", "date"),
            ("22/14 Smith St", "place"),
            ("Collingwood VIC 3066", "place"),
            ("Thomas Embling Hospital", "organisation"),
            ("447-221", "id_number"),
            ("Bunnings", "organisation"),
        ],
    ),
    (
        "h3-083",
        "email from client's wife, forwarded with consent: 'Hi, it's Mel (Nathan's wife). He "
        "won't tell you but he got fired from Stripe on Friday. Call me on 0423 998 112 if "
        "you need to. Mel.'",
        [
            ("Mel", "name"),
            ("Nathan", "name"),
            ("Stripe", "organisation"),
            ("0423 998 112", "phone"),
        ],
    ),
    (
        "h3-084",
        "Adolescent case: Yusra (15) is in Year 10 at Bishop Challoner Catholic School. She "
        "lives with her aunt on the Ocean Estate in Stepney. Her YouTube is "
        "youtube.com/@yusrasketches and her mum's email is h.begum79@hotmail.co.uk.",
        [
            ("Yusra", "name"),
            ("Bishop Challoner Catholic School", "organisation"),
            ("Ocean Estate", "place"),
            ("Stepney", "place"),
            ("youtube.com/@yusrasketches", "url"),
            ("h.begum79@hotmail.co.uk", "email"),
        ],
    ),
    (
        "h3-085",
        "Older adult: Mr. Giuseppe Romano, 99, a retired baker from Little Italy, now at the "
        "Hebrew Home in Riverdale. His niece Carla visits Tuesdays. Medicare ID "
        "1EG4-TE5-MK73.",
        [
            ("Giuseppe Romano", "name"),
            ("99", "age"),
            ("Little Italy", "place"),
            ("Hebrew Home", "organisation"),
            ("Riverdale", "place"),
            ("Carla", "name"),
            ("1EG4-TE5-MK73", "id_number"),
        ],
    ),
    (
        "h3-086",
        "Forensic: subject M.K. (PNC ID 19/123456A) was interviewed at Brixton police "
        "station on 14.02.24. His brother Kwame attends Lambeth College.",
        [
            ("M.K.", "name"),
            ("19/123456A", "id_number"),
            ("Brixton", "place"),
            ("14.02.24", "date"),
            ("Kwame", "name"),
            ("Lambeth College", "organisation"),
        ],
    ),
    (
        "h3-087",
        "Eating disorder referral from Dr Sarah Lim, Wellington Regional Hospital. Patient: "
        "Aria Te Huia, 17, of Porirua. Admitted 03-Mar-2024 with HR 41. Whānau contact: "
        "Rawiri (dad) 027 555 0143.",
        [
            ("Sarah Lim", "name"),
            ("Wellington Regional Hospital", "organisation"),
            ("Aria Te Huia", "name"),
            ("Porirua", "place"),
            ("03-Mar-2024", "date"),
            ("Rawiri", "name"),
            ("027 555 0143", "phone"),
        ],
    ),
    (
        "h3-088",
        "Substance use in a veteran: SSgt (ret.) Luis Ortega, 44, lives off Fort Sam Houston "
        "in San Antonio. VA file 28 445 917. He drinks at the VFW Post 8541 most nights.",
        [
            ("Luis Ortega", "name"),
            ("Fort Sam Houston", "place"),
            ("San Antonio", "place"),
            ("28 445 917", "id_number"),
            ("VFW Post 8541", "organisation"),
        ],
    ),
    (
        "h3-089",
        "Couples: Niamh and Chiara, together 6 yrs, married at Dublin City Hall on 12 June "
        "2021. Chiara works for Accenture; Niamh teaches at Coláiste Íde. They live in "
        "Drumcondra.",
        [
            ("Niamh", "name"),
            ("Chiara", "name"),
            ("Dublin City Hall", "place"),
            ("12 June 2021", "date"),
            ("Accenture", "organisation"),
            ("Coláiste Íde", "organisation"),
            ("Drumcondra", "place"),
        ],
    ),
    (
        "h3-090",
        "The client's gamertag is N0ScopeNoah and he plays with a 30-year-old he met on "
        "Discord (user: ghostwolf_1993). Noah's dad, Rick, works at GM in Flint.",
        [
            ("N0ScopeNoah", "handle"),
            ("ghostwolf_1993", "handle"),
            ("Noah", "name"),
            ("Rick", "name"),
            ("GM", "organisation"),
            ("Flint", "place"),
        ],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "heldout3"}
        for doc_id, text, items in HELDOUT3
    ]
