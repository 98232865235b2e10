"""Blind evaluation batch b5c, written by a helper session without sight of the guard. Voices:
Canadian, Australian and New Zealand community-health clinicians, EAP counsellors, headspace and
kaupapa Maori / Pasifika practitioners, Quebec francophone psychologists. Formats: consult
requests, SOAP/DAP notes, process notes, supervision replies, chat-like posts, Markdown lists,
some French. Covers First Nations, Metis, Inuit, Aboriginal and Torres Strait Islander, Maori
and Pasifika clients (fictional names), FIFO/DIDO mining, farming and fishing communities,
councils and co-ops, with provincial health numbers, SIN, Medicare/IHI, TFN, NHI, IRD,
postcodes.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard as it was at 935157f: span recall 0.943, precision 0.742, identifier
documents fully caught 0.636, clean documents flagged 0.636.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b5c-001",
        "**Consult request: FIFO worker, 2:1 roster, escalating alcohol use**\n\n"
        "Client is a 34yo haul-truck operator, Brendan Kowalczyk, flying out of Perth to the Roy Hill "
        "site on a two-weeks-on/one-off swing. Referred through the EAP after a near miss on 17/09 where "
        'he reversed into a bund. His wife Shannae says he "comes home a different bloke" and sleeps the '
        "first three days of every break. AUDIT 21, K10 of 31. He lives in Ellenbrook WA 6069 and coaches "
        "the under-12s at Ellenbrook Eagles JFC on his off-weeks, which is the only thing he talks about "
        "with any warmth.\n\n"
        "Questions for the group: how do people hold confidentiality when the EAP provider reports "
        "attendance back to the employer? He's terrified of losing his ticket. And has anyone done "
        "MI-informed work over a patchy camp wifi connection from a donga? We keep dropping out at minute 20.",
        [
            ("Brendan Kowalczyk", "name"),
            ("Perth", "place"),
            ("Roy Hill", "organisation"),
            ("17/09", "date"),
            ("Shannae", "name"),
            ("Ellenbrook WA 6069", "place"),
            ("Ellenbrook Eagles JFC", "organisation"),
        ],
    ),
    (
        "b5c-002",
        "SOAP - session 4\n\n"
        'S: Tyrell Nepoose, 16. Reports "nobody at school gets it" since his kokum passed on Feb 3. '
        "Lives with his aunt Darlene in North Battleford through the week and goes home to the reserve on "
        "weekends. Says hockey is the only place his head is quiet; he plays D for the Battlefords Barons "
        "U18 AA and missed two practices this month.\n"
        "O: PHQ-A 18. Flat affect early, brighter when talking about the team. Good rapport.\n"
        "A: Grief layered over intergenerational trauma (grandfather attended residential school). "
        "Passive SI last month, none current, no plan or intent.\n"
        "P: Offer connection with an Elder through the NIHB mental health counselling benefit; "
        "Saskatchewan health card 123 456 789 needed for billing the second block. Review safety plan "
        "with Tyrell and Darlene together next week.",
        [
            ("Tyrell Nepoose", "name"),
            ("Tyrell", "name"),
            ("Feb 3", "date"),
            ("Darlene", "name"),
            ("North Battleford", "place"),
            ("Battlefords Barons U18 AA", "organisation"),
            ("123 456 789", "id_number"),
        ],
    ),
    (
        "b5c-003",
        "Demande de consultation (équipe bilingue, Saguenay)\n\n"
        "Cliente: Mélanie Gagnon-Bouchard, 41 ans, caissière à la caisse Desjardins du boulevard Talbot "
        "à Chicoutimi. RAMQ GAGM 8361 2214 (the CLSC intake sheet had it printed right on the referral, "
        "for what it's worth). Hold-up à main armée au travail le 2023-10-06; en arrêt de travail depuis, "
        "dossier CNESST 512 884 731.\n\n"
        "She says « je me sens vide, comme si j'étais pas là ». Hypervigilance, startle, avoids the whole "
        "street. PCL-5 à 49. Her husband Stéphane works shifts at Produits forestiers Résolu and is not "
        "home at night, which is when it's worst.\n\n"
        "Question: I'm trained in CPT but her English is limited and my French is functional, not fluent. "
        "Has anyone used the French CPT manual with a client at this level of dissociation? Or would you "
        "refer to a francophone colleague even if the wait is four months?",
        [
            ("Saguenay", "place"),
            ("Mélanie Gagnon-Bouchard", "name"),
            ("Desjardins", "organisation"),
            ("boulevard Talbot", "place"),
            ("Chicoutimi", "place"),
            ("GAGM 8361 2214", "id_number"),
            ("2023-10-06", "date"),
            ("512 884 731", "id_number"),
            ("Stéphane", "name"),
            ("Produits forestiers Résolu", "organisation"),
        ],
    ),
    (
        "b5c-004",
        "Kia ora koutou, wanting some kōrero on working alongside whānau.\n\n"
        "Rangatahi, 17, wahine, referred by her kura after disclosing self-harm to a kaiāwhina. I've been "
        "careful to work within Te Whare Tapa Whā and we spent the first two hui mostly on whakapapa and "
        "taha wairua rather than symptoms, which she clearly appreciated. Her koro died in the winter and "
        'she was very involved in the tangi at Te Rangimārie Marae; she describes that week as "the last '
        'time I felt like I belonged somewhere".\n\n'
        "Whānau want to be in the room. Mum is supportive, but an uncle is the one she's named as unsafe. "
        "How do others balance a whānau-centred approach with the young person's right to privacy? I'm "
        "Pākehā and very aware I might be getting the tikanga wrong, so I'm also planning to bring this "
        "to cultural supervision.",
        [("Te Rangimārie Marae", "organisation")],
    ),
    (
        "b5c-005",
        "DAP note, Thurs 8/2\n\n"
        "D: Jarrah Wallace-Carter (15, Wiradjuri) seen at headspace Dubbo with Nan Doreen. Jarrah has "
        "stopped going to Dubbo College South Campus after a fight that was filmed and shared. Sleep "
        "4-5 hrs, K10 = 34. Says Country and footy are what keep her going. Family is in West Dubbo 2830; "
        "Mum (Tracey) emailed the centre from tracey.wcarter@bigpond.com asking for an update, consent "
        "form signed for Mum only.\n"
        "A: Moderate-severe distress, bullying, online humiliation. No current SI. Strong protective "
        "factors in family and culture.\n"
        "P: Link with the Aboriginal youth worker, GP review for MHTP (Medicare 2953 71048 2 on file), "
        "talk with school re: safe return. Next session in a fortnight.",
        [
            ("8/2", "date"),
            ("Jarrah Wallace-Carter", "name"),
            ("Jarrah", "name"),
            ("headspace Dubbo", "organisation"),
            ("Doreen", "name"),
            ("Dubbo College South Campus", "organisation"),
            ("West Dubbo 2830", "place"),
            ("Tracey", "name"),
            ("tracey.wcarter@bigpond.com", "email"),
            ("2953 71048 2", "id_number"),
        ],
    ),
    (
        "b5c-006",
        "Case presentation - Pasifika young man, night shift, family obligations\n\n"
        "Sione Havili is 23, Tongan, eldest son. Works nights at the Fonterra Te Rapa site and sends most "
        "of his pay home. Brought in by his mother Losaline after he stopped coming to the Free Wesleyan "
        "Church in Ōtāhuhu, which for this family is a red flag in itself. He denies low mood but describes "
        'not sleeping, chest tightness and "thinking too much" - a phrase I\'ve heard a lot from Tongan '
        "clients.\n\n"
        "Admin mess: his StudyLink debt letter with IRD 094-318-227 came in with the referral, and the "
        "NHI on the GP letter (ZJK4471) doesn't match the DHB system. His mobile is 022 415 0871 but Mum "
        "answers it.\n\n"
        "Using the Fonofale model has helped me frame things for the family. Any thoughts on how to "
        "bring the faifekau in without shaming him?",
        [
            ("Sione Havili", "name"),
            ("Fonterra Te Rapa", "organisation"),
            ("Losaline", "name"),
            ("Free Wesleyan Church", "organisation"),
            ("Ōtāhuhu", "place"),
            ("094-318-227", "id_number"),
            ("ZJK4471", "id_number"),
            ("022 415 0871", "phone"),
        ],
    ),
    (
        "b5c-007",
        "Hi all - seeking advice on a client on medical travel.\n\n"
        "Elisapee Qaqqasiq, 28, Inuk, from Pangnirtung, has been in Ottawa since 12 January for her "
        "partner Joanasie's cardiac care. They're staying at Larga Baffin and she's been referred to me "
        "because of panic attacks and drinking. She hasn't been out on the land in months and talks a lot "
        "about missing country food. Nunavut health card 112 408 653 (it took three calls to get OHIP "
        "billing sorted, so heads up if you see Nunavummiut in Ontario).\n\n"
        "GAD-7 17. She's clear that she doesn't want \"southern therapy\". I've been leaning on Inuit "
        "Qaujimajatuqangit principles and keeping things practical. Anyone here with Inuit-specific "
        "training who'd be open to a consult call?",
        [
            ("Elisapee Qaqqasiq", "name"),
            ("Pangnirtung", "place"),
            ("Ottawa", "place"),
            ("12 January", "date"),
            ("Joanasie", "name"),
            ("Larga Baffin", "organisation"),
            ("112 408 653", "id_number"),
        ],
    ),
    (
        "b5c-008",
        "Rural case, drought, I'm worried.\n\n"
        "Graeme Pettigrew, 58, third-generation wheat and sheep on 'Kooringal' outside Quirindi NSW 2343. "
        "Third dry year, has sold down most of the breeding ewes and there's a letter from Rabobank about "
        "loan account 4471-20983 on the kitchen table that nobody mentions. Wife Leonie rang me, not him. "
        "He has guns on the property (licenced, locked up, but still). He's a captain in the Quirindi Rural "
        'Fire Brigade and won\'t step back because "who else is going to do it".\n\n'
        "His father Alf, aged 91, still lives in the old homestead and Graeme is his main carer too.\n\n"
        "K10 was 29 when he finally did it, PHQ-9 item 9 = 1. I'm a counsellor in a small practice with no "
        "after-hours. How are others managing means restriction conversations with farmers where the "
        "firearm is also a working tool?",
        [
            ("Graeme Pettigrew", "name"),
            ("Graeme", "name"),
            ("Kooringal", "place"),
            ("Quirindi NSW 2343", "place"),
            ("Rabobank", "organisation"),
            ("4471-20983", "id_number"),
            ("Leonie", "name"),
            ("Quirindi Rural Fire Brigade", "organisation"),
            ("Alf", "name"),
            ("aged 91", "age"),
        ],
    ),
    (
        "b5c-009",
        "Replying to the thread on inter-agency privacy: we had almost the same thing last fall. "
        "Métis client, Josée Cardinal-Laboucane, works at the Al-Pac pulp mill, lives out past Lac La Biche. "
        "The hospital faxed her discharge summary to our general line at (780) 555-0149 instead of the "
        "confidential fax, with her AHCIP # 28761-4410 on every page, and it sat in the tray over the long "
        "weekend. She found out on Oct 14th because the receptionist is her cousin's wife. Small towns.\n\n"
        "What helped: owning it straight away, telling her exactly what was exposed, and letting her decide "
        "whether we reported it (she did). We also moved her file to paper-only for a while. It cost us "
        "two sessions of repair but honestly the rupture-repair work became the therapy.",
        [
            ("Josée Cardinal-Laboucane", "name"),
            ("Al-Pac", "organisation"),
            ("Lac La Biche", "place"),
            ("(780) 555-0149", "phone"),
            ("28761-4410", "id_number"),
            ("Oct 14th", "date"),
        ],
    ),
    (
        "b5c-010",
        "SOAP - sharemilker, calving season\n"
        "S: Hamish Duthie-Marsh, 39, 50/50 sharemilker on a 400-cow farm near Morrinsville, supplies "
        "Tatua. Partner Kirsty says he hasn't had a full night since calving started. Rolled the ute "
        "(rego LKP582) on the farm race on Monday 4 March, minor injuries, ACC claim 10045873921 lodged. "
        'Describes "a fog" and not caring whether he\'d hit the drain.\n'
        "O: Tired, irritable, good insight. PHQ-9 = 16, GAD-7 = 12. AUDIT-C 7.\n"
        "A: Moderate depression, exhaustion, possible passive SI - clarified: no plan, no intent, reasons "
        "for living = kids.\n"
        "P: Safety plan inc. 1737, talk to farm owner about relief milker, Farmstrong resources, GP for "
        "sleep review. Phone check-in Thurs.",
        [
            ("Hamish Duthie-Marsh", "name"),
            ("Morrinsville", "place"),
            ("Tatua", "organisation"),
            ("Kirsty", "name"),
            ("LKP582", "id_number"),
            ("Monday 4 March", "date"),
            ("10045873921", "id_number"),
        ],
    ),
    (
        "b5c-011",
        "EAP intake summary (session 1 of 6)\n\n"
        "Name: Priya Raghunathan\nEmployer: City of Mississauga, Planning & Building\n"
        "EAP case #: EAP-2024-118374\nOHIP: 4528-119-307-KT\nAddress postal code: L5B 3C2\n\n"
        "Presenting concern: workplace conflict with a new director since a restructure, tearfulness at "
        "work, two sick days last week. First panic attack in a council meeting on March 28. Husband is "
        "supportive; two kids in elementary school. No prior mental health history, no substance concerns.\n\n"
        "Screening: GAD-7 14, PHQ-9 11. No SI.\n\n"
        "Plan: solution-focused, brief; psychoeducation on panic; consider referral to her family doctor "
        "if symptoms persist past session 6. Client asked explicitly whether her manager will be told she "
        "is attending. Explained EAP confidentiality limits.",
        [
            ("Priya Raghunathan", "name"),
            ("City of Mississauga", "organisation"),
            ("EAP-2024-118374", "id_number"),
            ("4528-119-307-KT", "id_number"),
            ("L5B 3C2", "place"),
            ("March 28", "date"),
        ],
    ),
    (
        "b5c-012",
        "Seeking cultural consult - Torres Strait Islander woman, grief and sorry business\n\n"
        "Selina Mosby-Akiba, 46, grew up on Thursday Island and moved to Manunda, Cairns 4870 for her "
        "kids' schooling. Her younger brother Kaiwa died in custody last year and the coronial process is "
        "still going. She describes seeing him at night and hearing him call her name. I don't want to "
        "pathologise what may be a culturally normal experience of the dead, but she's also not sleeping "
        "and has stopped eating.\n\n"
        "Her dad was a deacon at the Quetta Memorial Cathedral and faith is central for her. IHI on the "
        "referral is 8003 6081 2294 5517. K10 38.\n\n"
        "Has anyone got experience with Ailan Kastom around mourning, tombstone opening etc., and how to "
        "hold space for that while also assessing risk?",
        [
            ("Selina Mosby-Akiba", "name"),
            ("Thursday Island", "place"),
            ("Manunda, Cairns 4870", "place"),
            ("Kaiwa", "name"),
            ("Quetta Memorial Cathedral", "organisation"),
            ("8003 6081 2294 5517", "id_number"),
        ],
    ),
    (
        "b5c-013",
        'Process note - session 7 (bro wasn\'t keen on "a note" so keeping it short)\n\n'
        "Tamati Rewi-Walker, 24, released from Spring Hill Corrections Facility in spring, back living with "
        "his partner Ngaire in Huntly. Came in fired up because someone posted a video of him on TikTok and "
        "tagged @tama_rewi09, his old account, and the comments were all about his patch. He's trying to "
        'get out of that life for his daughter. Said: "Everyone\'s waiting for me to stuff up."\n\n'
        "We did some breathing and I named how hard it is to change when the whole town remembers the old "
        "you. He asked if he could text me between sessions on 027 555 0193 - I said no but gave him 1737. "
        "Parole review is on 15/11; he wants a letter. Thinking about how much to say.",
        [
            ("Tamati Rewi-Walker", "name"),
            ("Spring Hill Corrections Facility", "organisation"),
            ("Ngaire", "name"),
            ("Huntly", "place"),
            ("@tama_rewi09", "handle"),
            ("027 555 0193", "phone"),
            ("15/11", "date"),
        ],
    ),
    (
        "b5c-014",
        "Note évolutive - rencontre 5\n\n"
        "Zoé Lachance-Pelletier, 14 ans, secondaire 3 à la Polyvalente de Charlesbourg. Vue avec sa mère "
        "Karine pour les 10 premières minutes, puis seule. Dossier DPJ 23-04-118-QC ouvert depuis le "
        "signalement de l'école le 9 novembre. Elles habitent Limoilou depuis la séparation.\n\n"
        "Zoé rapporte que des photos d'elle circulent sur Snapchat; son compte zoe.lp_qc a été piraté. "
        "Elle dit: « Tout le monde l'a vu, je peux plus retourner là-bas. » Humeur triste, retrait, pas "
        "d'idées suicidaires actives selon l'évaluation. Bonne alliance.\n\n"
        "Plan: psychoéducation sur l'exploitation en ligne, lien avec l'intervenante de la DPJ, "
        "activation comportementale, suivi hebdomadaire.",
        [
            ("Zoé Lachance-Pelletier", "name"),
            ("Zoé", "name"),
            ("Polyvalente de Charlesbourg", "organisation"),
            ("Karine", "name"),
            ("23-04-118-QC", "id_number"),
            ("9 novembre", "date"),
            ("Limoilou", "place"),
            ("zoe.lp_qc", "handle"),
        ],
    ),
    (
        "b5c-015",
        "EAP - workplace bullying, need a sanity check\n\n"
        "Client: Thanh Huong Pham, 44, rates officer at the City of Greater Bendigo for 12 years. New "
        'team leader (Craig) has been "performance managing" her since she lodged a complaint. She\'s '
        "documenting everything and sent me a timeline from hpham.home@outlook.com that, unfortunately, "
        "also had her payslip attached with her TFN 459 823 176 on it. I've deleted it and told her.\n\n"
        "She lives in Kangaroo Flat 3555 with her mum and teenage son. Last session was Friday 22nd, when "
        "she disclosed passive SI for the first time. DASS-21: D 24, A 18, S 30.\n\n"
        "Question: we're capped at 4 EAP sessions. Is it reasonable to move her to a Mental Health "
        "Treatment Plan with me privately, or is that a conflict?",
        [
            ("Thanh Huong Pham", "name"),
            ("City of Greater Bendigo", "organisation"),
            ("Craig", "name"),
            ("hpham.home@outlook.com", "email"),
            ("459 823 176", "id_number"),
            ("Kangaroo Flat 3555", "place"),
            ("Friday 22nd", "date"),
        ],
    ),
    (
        "b5c-016",
        "Working with an Elder who is a residential school survivor - reflections\n\n"
        "Ambrose Seymour-Jack, Secwépemc, aged 93, referred by his daughter Rita after nightmares returned "
        "when the ground-penetrating radar findings were in the news. He lives on his own in Kamloops and "
        "still goes to mass at St. Ann's parish every Sunday, which is its own complicated story given "
        "where he was taught the faith. BC PHN 9074 512 338.\n\n"
        'He tells stories rather than answers questions, and I\'ve learned to stop trying to "assess". '
        "He asked me last week whether I believe him. I said yes. He cried for the first time.\n\n"
        "For those doing IRS RHSP-funded work: how are you handling documentation when the client doesn't "
        "want anything written down?",
        [
            ("Ambrose Seymour-Jack", "name"),
            ("aged 93", "age"),
            ("Rita", "name"),
            ("Kamloops", "place"),
            ("St. Ann's parish", "organisation"),
            ("9074 512 338", "id_number"),
        ],
    ),
    (
        "b5c-017",
        "headspace consult - gaming and school refusal\n\n"
        "Lachie Brennan, 16, Year 11 at Hervey Bay State High School, hasn't attended since Term 2 week 3. "
        "Up all night on Discord and Valorant as xX_LachDog_Xx. Mum (Tash) changed the wifi password on 2/4 "
        "and he punched a hole in the wall. They live in Pialba QLD 4655, dad is away a lot.\n\n"
        "In session he's polite, funny, and flat out says he'd rather be online because \"at least there "
        'people actually want me on the team". SDQ emotional subscale high, K10 27. No SI.\n\n'
        "I'm thinking family work (maybe some SPACE principles even though it's not anxiety per se) and a "
        "graded return with the school's wellbeing team. Has anyone found a way to use the game as a way in "
        "rather than the enemy?",
        [
            ("Lachie Brennan", "name"),
            ("Hervey Bay State High School", "organisation"),
            ("xX_LachDog_Xx", "handle"),
            ("Tash", "name"),
            ("2/4", "date"),
            ("Pialba QLD 4655", "place"),
        ],
    ),
    (
        "b5c-018",
        "Perinatal consult - Samoan mum, EPDS 19\n\n"
        "Malia Tuilagi-Faleolo, 29, first baby (Leilani, born 03.01.2024). Lives with her in-laws in "
        "Māngere; husband Ioane is a deacon at EFKS Ōtara and church is a big part of everyone's "
        "week. Malia says she can't tell anyone she's struggling because \"a good mother is happy\". EPDS "
        "19, item 10 = 0. Her midwife flagged it. NHI ZBH92KL.\n\n"
        "I'm a Palagi psychologist, working with a Pasifika health worker who's been amazing. We're "
        "thinking about a family meeting with the mother-in-law present, framed around the baby's "
        "wellbeing rather than Malia's \"illness\". Sertraline discussed with GP, she's breastfeeding and "
        "hesitant. Any experience using the Fonofale model in perinatal work specifically?",
        [
            ("Malia Tuilagi-Faleolo", "name"),
            ("Malia", "name"),
            ("Leilani", "name"),
            ("03.01.2024", "date"),
            ("Ioane", "name"),
            ("EFKS Ōtara", "organisation"),
            ("Māngere", "place"),
            ("ZBH92KL", "id_number"),
        ],
    ),
    (
        "b5c-019",
        "Hi folks, a question about boundaries and the in-between-session contact.\n\n"
        "I'm seeing an Anishinaabe woman in her fifties, intergenerational trauma, Sixties Scoop survivor, "
        "working through reconnecting with her birth family. She's doing really strong work - we've been "
        "pacing with a lot of grounding and some narrative exposure, and she's been using smudging before "
        "sessions. Recently she's started emailing me long letters between sessions from "
        "waabigwan.f@gmail.com, mostly memories that come up at night. I haven't replied in detail, just "
        "acknowledged receipt.\n\n"
        "Part of me sees this as healthy - she's writing her story for the first time. Part of me worries "
        "I'm becoming a container she can't access at 2am. How have others set limits around written "
        "contact without replicating the rejection she experienced in care?",
        [("waabigwan.f@gmail.com", "email")],
    ),
    (
        "b5c-020",
        "Partner of a DIDO coal worker, anxious attachment, two small kids\n\n"
        "Kelsey-Anne Magro, 31, lives in Moranbah 4744. Husband Jace works 7/7 at the Goonyella Riverside "
        "mine and the roster has just changed to nights. Kids are at Moranbah East State School and the "
        'little one has started wetting the bed. Kelsey-Anne describes the swing "like grieving him every '
        "week and then he walks back in and I'm meant to be happy\". Big fight on Sat 14 Sept when he came "
        "home and went straight to the pub.\n\n"
        "She's asked whether I'd see them together. She gave me Jace's number (0438 555 216) to organise it. "
        "I'm a bit unsure about taking on couples work when I've been her individual therapist for eight "
        "sessions. EFT-informed? Refer out? The nearest couples therapist is three hours' drive.",
        [
            ("Kelsey-Anne Magro", "name"),
            ("Kelsey-Anne", "name"),
            ("Moranbah 4744", "place"),
            ("Jace", "name"),
            ("Goonyella Riverside", "organisation"),
            ("Moranbah East State School", "organisation"),
            ("Sat 14 Sept", "date"),
            ("0438 555 216", "phone"),
        ],
    ),
    (
        "b5c-021",
        "International student, shame about help-seeking\n\n"
        "Wenjie (Jack) Zhou, 20, second-year commerce at the University of Otago, student ID 4218837. Came "
        "to the counselling service after a friend saw a video he'd posted at "
        "https://www.tiktok.com/@jackzhou.dn/video/7312 that read like a goodbye. Parents in Chengdu don't "
        "know he's failed two papers. He flat in North Dunedin with three Kiwis he barely talks to.\n\n"
        "He worries that seeing us will affect his visa, and brought a letter from Inland Revenue "
        "(IRD 112-904-375) because he thought he'd done something wrong with his part-time job. Last contact "
        "was the 6th of May.\n\n"
        "Any tips on engaging Chinese international students where the family shame piece is so strong?",
        [
            ("Wenjie", "name"),
            ("Jack", "name"),
            ("Zhou", "name"),
            ("University of Otago", "organisation"),
            ("4218837", "id_number"),
            ("https://www.tiktok.com/@jackzhou.dn/video/7312", "url"),
            ("Chengdu", "place"),
            ("North Dunedin", "place"),
            ("112-904-375", "id_number"),
            ("6th of May", "date"),
        ],
    ),
    (
        "b5c-022",
        "Mi'kmaw deckhand, season ended badly - consult re: grief and substance use\n\n"
        "Darcy Paul-Francis, 27, from Eskasoni (B1W 1B4), deckhand with Unama'ki Fisheries. His best "
        "friend Corey went overboard on Aug. 19 and wasn't recovered for two days. Darcy was on the boat. "
        "Since then he's drinking most nights and not sleeping. His EI application got snarled because "
        "his SIN 527 114 983 was entered wrong on the ROE, which has been adding a lot of stress.\n\n"
        "He's open to ceremony and has been to a sweat with his uncle. Less open to \"talking to a "
        'shrink". PCL-5 56, AUDIT 19.\n\n'
        "I'm wondering about sequencing: get the drinking down first, or start trauma work now given "
        "it's clearly driving it? I'd like to bring in a Mi'kmaw counsellor if anyone knows who has space.",
        [
            ("Darcy Paul-Francis", "name"),
            ("Darcy", "name"),
            ("Eskasoni", "place"),
            ("B1W 1B4", "place"),
            ("Unama'ki Fisheries", "organisation"),
            ("Corey", "name"),
            ("Aug. 19", "date"),
            ("527 114 983", "id_number"),
        ],
    ),
    # ---------------- clean documents ----------------
    (
        "b5c-023",
        "**FIFO and the 'swing cycle': what I've learned in five years of EAP work**\n\n"
        "Most of my mining clients present in the last three days of their R&R, not the first. Anticipatory "
        "dread is huge. A few things that help:\n\n"
        "- Map the roster with them (2:1, 8/6, 14/7) and chart K10 or DASS-21 across a full cycle. The "
        "pattern is usually obvious by the second swing.\n"
        "- ACT works well with this group. Russ Harris's *The Happiness Trap* is a book blokes will actually "
        "read in the donga. Choice point and dropping anchor are easy to practise on a 12-hour shift.\n"
        "- Screen for alcohol: AUDIT is quick, and camp wet mess culture is real.\n"
        "- Check sleep. Shift work disorder (G47.26) is under-diagnosed. CBT-I if you can; melatonin 2 mg "
        "is fine as a bridge.\n"
        "- Mention MATES in Construction style peer programmes and Lifeline 13 11 14 for nights off site.\n\n"
        "Christmas and New Year swings are the worst for relationship blow-ups. Worth prepping in November.",
        [],
    ),
    (
        "b5c-024",
        "Kia ora, responding to the question about using Māori models of health with non-Māori clinicians.\n\n"
        "Te Whare Tapa Whā (Mason Durie, 1984) is the one most people know: taha tinana, taha hinengaro, "
        "taha whānau and taha wairua, sitting on the whenua. It's a great frame, but I'd gently say it is not "
        "a checklist. The Meihana model (Pitama and colleagues) adds things like colonisation, racism and "
        "migration as part of the assessment, which I find more honest.\n\n"
        "Practical things: open with a mihi, be clear about your own whakapapa (even if it's Pākehā or "
        "Tauiwi), let whānau bring karakia if they want to, and don't rush to the PHQ-9. Offer kai. Expect "
        "hui to run long. Matariki and Waitangi Day can bring up a lot, in both directions.\n\n"
        "And get cultural supervision. Good intentions aren't the same thing as tikanga.",
        [],
    ),
    (
        "b5c-025",
        "Some reading for the Indigenous mental health study group:\n\n"
        "1. Two-Eyed Seeing (Etuaptmumk), as articulated by Mi'kmaw Elder Albert Marshall - seeing with "
        "the strengths of Indigenous knowledge through one eye and Western knowledge through the other.\n"
        "2. Chandler and Lalonde on cultural continuity and youth suicide in British Columbia.\n"
        "3. Kirmayer, Gone and Moses on rethinking historical trauma.\n"
        "4. The TRC Calls to Action, especially 18-24 on health.\n"
        "5. The First Nations Mental Wellness Continuum Framework.\n\n"
        "Also a reminder that clients who attended residential schools, and their families, can access "
        "counselling through the IRS Resolution Health Support Program, and that the Hope for Wellness Help "
        "Line (1-855-242-3310) runs 24/7 in English, French, Cree, Ojibway and Inuktitut. Jordan's Principle "
        "can cover services for First Nations kids when jurisdictions argue about who pays. Orange Shirt "
        "Day is coming up, and September tends to be heavy for a lot of our clients.",
        [],
    ),
    (
        "b5c-026",
        "Question d'une psychologue de CLSC: comment gérez-vous l'épuisement professionnel chez les "
        "travailleurs de la santé?\n\n"
        "Je vois beaucoup d'infirmières et de préposées aux bénéficiaires en arrêt de travail. Diagnostic "
        "habituel: trouble de l'adaptation avec humeur anxieuse et dépressive (F43.23), parfois dépression "
        "majeure. J'utilise l'IDB-II (Beck) et le GAD-7 au départ, puis aux six semaines.\n\n"
        "Approche: TCC de base, un peu d'ACT, beaucoup de travail sur la culpabilité. Escitalopram 10 mg "
        "prescrit par le médecin de famille dans la moitié des cas. Les formulaires CNESST et d'assurance "
        "prennent un temps fou.\n\n"
        "Le retour progressif est souvent le moment le plus risqué. Quelqu'un a-t-il un protocole de "
        "retour au travail qui fonctionne? Je pense aussi à la période des Fêtes et à la Saint-Jean, où les "
        "quarts sont difficiles à combler.",
        [],
    ),
    (
        "b5c-027",
        "headspace-style youth intake: my go-to checklist\n\n"
        "- HEEADSSS psychosocial assessment (home, education/employment, eating, activities, drugs, "
        "sexuality, suicide/self-harm, safety)\n"
        "- K10 and the SDQ if under 17\n"
        "- CRAFFT for substance use\n"
        "- C-SSRS screener if any SI\n"
        "- Ask about online life: TikTok, Discord, Snapchat, gaming. Ask what they actually enjoy, not just "
        "screen time.\n"
        "- Ask about culture and identity. For Aboriginal and Torres Strait Islander young people, ask who "
        "their mob is only if they want to share, and offer the Aboriginal youth worker.\n\n"
        "Billing-wise, most of ours come in on a Mental Health Treatment Plan under Better Access (MBS "
        "80110 for a clinical psych, 50 min+). Kids Helpline 1800 55 1800 and 13YARN 13 92 76 go on every "
        "safety plan. Fluoxetine is still first line if meds are needed; sertraline 50 mg second.",
        [],
    ),
    (
        "b5c-028",
        "Reflections on yarning as method\n\n"
        "I've moved from structured interviews to yarning with almost all my Aboriginal clients. Social "
        "yarning first, then therapeutic yarning when it's earned. Bessarab and Ng'andu wrote the key paper. "
        "The Social and Emotional Wellbeing framework (Gee, Dudgeon, Schultz, Hart and Kelly) is more useful "
        "to me than DSM-5: connection to body, mind, family and kinship, community, culture, Country and "
        "spirituality, all shaped by historical, political and social determinants.\n\n"
        "Sorry Day and NAIDOC Week both bring up a lot. So does Australia Day. I've had clients say therapy "
        'felt like "another whitefella asking questions", and I think they were right.\n\n'
        "Where I can, I refer through the local Aboriginal Community Controlled Health Organisation, and "
        "I always ask before assuming someone wants a 'cultural' service.",
        [],
    ),
    (
        "b5c-029",
        "Talanoa and the Fonofale model - a short primer for the team\n\n"
        "Fonofale (Fuimaono Karl Pulotu-Endemann) uses the image of a Samoan fale: the roof is culture, "
        "the foundation is family, and the four pou are the spiritual, physical, mental and 'other' "
        "(gender, sexuality, age, socioeconomic status). It's surrounded by environment, time and context.\n\n"
        "Talanoa isn't just 'chatting'. It has its own respect rules. With Tongan and Samoan families "
        "expect the eldest to speak first, expect church to be central (Sunday is not a day for "
        "appointments), and expect that 'thinking too much' may be the way depression is described. White "
        "Sunday in October is a big one for Samoan families.\n\n"
        "Va - the relational space between people - is something you tend, not something you fix. If you "
        "rupture it, repair matters more than being right.",
        [],
    ),
    (
        "b5c-030",
        "Hope is a funny thing in rural work.\n\n"
        "After three dry years, a lot of farming families I see aren't depressed in the textbook sense. "
        "They're exhausted, grieving the land they thought they'd hand on, and angry at the banks and the "
        "weather. Will they reach out? Mostly not until the wife rings. Grace, in my experience, comes from "
        "the neighbours who drop off a hay bale and don't ask questions.\n\n"
        "Things I now do as standard: ask directly about firearms and chemicals, do the K10 over a cuppa "
        "rather than at a desk, and go to the field days with a stall. Men will talk to you at the ute "
        "that wouldn't talk in a clinic. The Rural Adversity Mental Health model and Gatekeeper training "
        "were both useful. Beyond Blue (1300 22 4636) is the number I leave on the fridge.",
        [],
    ),
    (
        "b5c-031",
        "EAP practitioners: do you stick to the 3-session model?\n\n"
        "Our contract is three to six sessions per issue. I lean heavily on Solution-Focused Brief Therapy "
        "(de Shazer and Berg): the miracle question in session one, scaling every session, exceptions. "
        "Single Session Thinking (Talmon, and later Hoyt) helps me not treat session one as just intake.\n\n"
        "What I struggle with is the client who clearly needs longer-term work - trauma, personality "
        "stuff, chronic depression - and the referral pathway is a six-month wait. I do a GAD-7 and PHQ-9 "
        "at intake and at the last session so at least there's data for the referral letter.\n\n"
        "Also: clients are often very worried the employer will find out. I go through the confidentiality "
        "limits slowly and in writing. It settles most people by session two.",
        [],
    ),
    (
        "b5c-032",
        "Dairy season check-in for rural clinicians\n\n"
        "Calving is from late July and by September a lot of our farmers are running on four hours of sleep. "
        "Things that make a difference:\n"
        "- Farmstrong's wellbeing tips are pitched right: sleep, exercise, connection, time off farm.\n"
        "- Ask about relief milkers and whether the sharemilking agreement allows a break.\n"
        "- Quad bike and ute accidents often come before the mental health referral. ACC can help with "
        "counselling if there's a covered injury.\n"
        "- 1737 is free to call or text; the Depression Helpline 0800 111 757 is good too.\n"
        "- Fieldays is a good place to be visible.\n\n"
        "Lots of our blokes talk in the milking shed. If you can, do the first session on farm. PHQ-9 can "
        "wait.",
        [],
    ),
    (
        "b5c-033",
        "Thoughts on working with Inuit clients in the South\n\n"
        "Inuit Qaujimajatuqangit (IQ) principles - like pijitsirniq (serving), aajiiqatigiinniq "
        "(consensus-based decision making) and pilimmaksarniq (skill development) - have reshaped how I "
        "think about goals. A lot of my clients are on medical travel, far from family, eating hospital "
        "food, living in a boarding home, and understandably distressed. That's not a disorder.\n\n"
        "I keep things practical. Country food access is a real intervention. Interpreters in Inuktitut "
        "should be routine, not a favour. The Nunavut Kamatsiaqtut Help Line (1-800-265-3333) is "
        "staffed by people who understand.\n\n"
        "Loss is cumulative. Relocations, TB sanatoria in the 1950s, dog slaughters, residential schools. "
        "Many families still don't know where relatives were buried. If you work with Nunavummiut, read "
        "about it before you start asking questions.",
        [],
    ),
    (
        "b5c-034",
        "Métis identity and therapy - a short note\n\n"
        "Métis clients are often left out of 'First Nations and Inuit' services, and some grew up unsure "
        "of their own identity because families hid it for generations. In therapy this can show up as "
        "shame, or as a kind of restless searching.\n\n"
        "Some things I've found useful: asking about kinship and family stories rather than status; "
        "knowing that Louis Riel Day and the sash, fiddle and jigging may mean a lot, or nothing; and not "
        "assuming a Métis client wants a 'cultural' referral. Narrative therapy (White and Epston) fits "
        "well with identity reclamation work.\n\n"
        "Kirmayer's writing on cultural continuity and Chandler and Lalonde's data on self-government and "
        "youth suicide are worth revisiting. Anxiety screens (GAD-7, PHQ-9) are fine, but I'd add some "
        "open questions about belonging.",
        [],
    ),
    (
        "b5c-035",
        "SOAP (de-identified) - Torres Strait Islander man, 50s, sleep and grief\n\n"
        'S: Reports waking at 3am, "too much thinking about family back home". Recent death of an uncle; '
        "tombstone opening planned for next year. Ailan Kastom is very important to him. Drinks 4-6 beers "
        "most nights. Works outdoors, no leave left.\n"
        "O: K10 28. AUDIT 14. Good eye contact, laughs easily, tearful when speaking about uncle.\n"
        "A: Prolonged grief reaction, risky drinking, cultural obligations and distance causing conflict. "
        "Does not meet criteria for PTSD. Risk low.\n"
        "P: Brief intervention for alcohol, sleep hygiene, consider referral to Aboriginal and Torres "
        "Strait Islander health worker. Talk about Coming of the Light celebrations as a possible "
        "reconnection point. Review in 2 weeks.",
        [],
    ),
    (
        "b5c-036",
        "Reply to 'confidentiality in small towns':\n\n"
        "Yes, and it's worse than anyone tells you in training. Everyone knows whose ute is in the clinic "
        "carpark. I've seen clients at the footy, at the pharmacy, at the school gate. Zur and Lazarus on "
        "dual relationships helped me stop treating every overlap as a boundary violation - the question is "
        "whether it's exploitative or harmful, not whether it exists.\n\n"
        "What I do: in session one, we agree how we'll handle running into each other (usually I let them "
        "say hello first). I don't take on clients who are close family of friends. I use the CPA Code of "
        "Ethics (Canadian) and the APS one (AU) for different colleagues, but they land in the same place.\n\n"
        "Also, park around the back.",
        [],
    ),
    (
        "b5c-037",
        "Note de processus (anonymisée) - séance 9\n\n"
        "Client dans la quarantaine, trouble d'anxiété généralisée (F41.1), suivi en TCC depuis l'automne. "
        "Il arrive en retard, en colère contre son patron. Je lui propose d'explorer la colère plutôt que "
        "de revenir à l'exposition prévue. Il parle de son père, « qui travaillait sept jours sur sept et "
        "ne disait jamais rien ». Lien évident avec les schémas d'exigences élevées (Young).\n\n"
        "Je remarque mon propre malaise: envie de le rassurer. Contre-transfert à amener en supervision.\n\n"
        "Plan: revenir à l'exposition la semaine prochaine, travail sur les schémas, suivi du GAD-7. "
        "Pas de changement de médication (venlafaxine 150 mg). Il mentionne que Noël sera difficile "
        "cette année.",
        [],
    ),
    (
        "b5c-038",
        "Hua Oranga and outcome measures with whānau\n\n"
        "Our service uses Hua Oranga alongside the K10 and HoNOS. Hua Oranga (Te Kani Kingi and Durie) "
        "asks about wairua, hinengaro, tinana and whānau from three views: the tangata whaiora, the whānau, "
        "and the clinician. It shifts the conversation from symptoms to wellbeing.\n\n"
        "Last month a kuia, 84, sat in on her mokopuna's review. Her view scores were different from the "
        "clinician's in every domain, and the kōrero that followed was the best hour of the whole episode "
        "of care.\n\n"
        "Tips: explain it's not a test, give whānau time, don't score it while they watch. Whakapapa and "
        "connection matter more than the numbers, but the numbers help when we report to Te Whatu Ora.",
        [],
    ),
    (
        "b5c-039",
        "Rural men and 'the talk'\n\n"
        "Men's sheds are brilliant. Sunday barbecues, the pub, the footy club - these are where men talk. "
        'I\'ve tried reframing therapy as "a yarn about how things are going". PHQ-9 on paper scares '
        "them off. I read the questions out loud while we lean on the bonnet of a Hilux and I've had better "
        "response rates.\n\n"
        "Patterns: untreated depression after a divorce or an injury, alcohol, and a lot of pride. Many "
        "grew up with fathers who never spoke about feelings. Terry Real's work on covert depression in men "
        "is on point. So is the idea of 'sturdiness' from Australian research on rural masculinity.\n\n"
        "Safety planning needs to be practical: whose number is in your phone, who can hold the rifle for a "
        "while, what happens on the long drive home.",
        [],
    ),
    (
        "b5c-040",
        "Case consult (fully de-identified) - opioid use disorder, Prairie province, harm reduction\n\n"
        "Woman in her thirties, First Nations, on OAT (buprenorphine-naloxone 16 mg daily) for eight "
        "months. Lapses around anniversaries and after family funerals. DSM-5 OUD moderate, in early "
        "remission (F11.21). Carries a naloxone kit. Engaged with the safe consumption site when she "
        "lapses, which I count as a win.\n\n"
        "She's said our sessions are \"the only place I don't have to pretend\". We're doing Seeking "
        "Safety (Najavits) alongside some narrative work. Canada Day and Christmas are both hard times.\n\n"
        "Question: how do others respond when a client discloses using between sessions but asks you not "
        "to tell her prescriber? I don't want to break the trust but I also worry about the dose.",
        [],
    ),
    (
        "b5c-041",
        "Pasifika youth, school disengagement - general reflections\n\n"
        "Many of the Pasifika teenagers I see are carrying huge family responsibility: looking after "
        "younger siblings, working part-time, translating for parents, church commitments on Sunday and "
        "often Wednesday nights. What looks like 'non-compliance' with homework is often just "
        "exhaustion.\n\n"
        "I've found the SDQ unhelpful with this group; a conversation about aiga, church and friends "
        "tells me much more. Motivational interviewing works if I let them lead. Parents respond better "
        'when I talk about the young person\'s future for the family than about "mental health".\n\n'
        "Oh, and never schedule sessions during the school's cultural festival week or near White Sunday. Attendance "
        "drops to zero.",
        [],
    ),
    (
        "b5c-042",
        "lol same. my FIFO guys basically live on energy drinks and 4 hrs sleep on nights. I started doing "
        "CBT-I lite: sleep window, stimulus control, no screens in the donga (good luck), and a wind-down "
        "routine. Matthew Walker's book gets passed around but I steer them to Espie's stuff instead. ISI "
        "scores drop pretty fast if they stick to it.\n\n"
        "Also watch for people self-medicating with zopiclone or quetiapine 25 mg from a mate. Seen it "
        "more than once. A lot of them are scared a diagnosis will show up on a medical at the next job, "
        "so I'm upfront about what does and doesn't get shared. Monday after a swing is always my "
        "busiest day.",
        [],
    ),
    (
        "b5c-043",
        "Psychological injury claims: notes for new clinicians\n\n"
        "If your client is on a workers' compensation claim (WorkCover in some states, ACC in NZ, WSIB "
        "and CNESST in Canada):\n"
        "- Expect report requests. Keep them factual and short.\n"
        "- PCL-5 and DASS-21 are often expected; a PCL-5 over 33 is a likely PTSD screen.\n"
        "- Evidence-based treatments: CPT (Resick), Prolonged Exposure (Foa), EMDR (Shapiro).\n"
        "- Diagnosis: PTSD F43.10 or adjustment disorder F43.2x. Be honest.\n"
        "- Anzac Day and Remembrance Day can be triggers for veterans and first responders.\n\n"
        "Most of all: the claim process is often re-traumatising. Validate that, and don't become another "
        "part of the system that doubts them.",
        [],
    ),
    (
        "b5c-044",
        "Supervision group notes - 'Grace under pressure' session\n\n"
        "Faith-based clients: we discussed how to work with people whose church is central without either "
        "dismissing it or colluding with shame. Pargament's work on religious coping (positive and "
        "negative) was the main reading. Summer holidays were raised as a high-risk period for "
        "teenagers in small communities where youth group is the only activity.\n\n"
        "One supervisee's client described grief as a rose bush being pruned back hard in winter, which "
        "opened up a lovely discussion of metaphor work.\n\n"
        "Action items: read Siegel on integration; review Bowlby and attachment to God literature "
        "(Kirkpatrick); bring one case each next month. Easter is the next big one for many of our "
        "religious clients.",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind5c"}
        for i, t, items in DOCS
    ]
