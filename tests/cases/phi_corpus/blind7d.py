"""Blind batch b7d, written by a helper session without sight of the guard. Voices: clinicians
logging notes after a monthly consultation/peer-consult group - agenda items, minutes,
consultation-hours reflections, DAP/SOAP notes, process notes, chat-style replies and case
write-ups. Regions: UK (England, Scotland, Wales), Ireland, US, Canada, Australia and New
Zealand, with local spelling, services, hotlines and billing/item codes. 20 documents carry
identifiers (names incl. pets and lower-case chat names, towns/suburbs/streets/postcodes, dates,
ages over 89, phones, emails, URL, IP, handles, record/claim/plate/tax numbers, employers,
schools, hospitals); 20 are clean but dense with look-alikes (cited theorists, instruments,
ICD/DSM/CPT codes, meds, holidays, hotlines, generic places and services, brand names, sentence-
initial capitalised words).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at 634ea1a: span recall 0.969, precision 0.848, identifier documents fully
caught 0.850, clean documents flagged 0.350 (the guard at 935157f: 0.949, 0.736, 0.800, 0.600).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b7d-001",
        "Agenda - monthly consultation group, item 3 (my case)\n"
        "- Client: 34yo woman, referred by GP after a PHQ-9 of 19. I slipped in the last write-up and used her first name, Niamh, so please delete that version from the shared drive.\n"
        "- Works night shifts at Sainsbury's in Kettering; her line manager has been docking her pay for lateness.\n"
        "- Presenting: low mood, early waking, intrusive images about her brother Declan's overdose (he died 02/11/2021).\n"
        "- Question for the group: how much to prioritise grief work vs behavioural activation when the rota keeps breaking any routine we build?\n"
        "- Also flagging: she asked whether I'd write to HR. Thoughts on boundaries here?",
        [
            ("Niamh", "name"),
            ("Sainsbury's", "organisation"),
            ("Kettering", "place"),
            ("Declan", "name"),
            ("02/11/2021", "date"),
        ],
    ),
    (
        "b7d-002",
        "Consultation hours reflection - October group\n\n"
        "Brought my 27-year-old client with panic disorder (F41.0) back to the group. GAD-7 down from 16 to 9 over twelve sessions of CBT using Clark's cognitive model, with interoceptive exposure borrowed from Barlow's Unified Protocol. What I took away: the group pushed me hard on safety behaviours. She still carries a water bottle and a Xanax she never takes (alprazolam 0.5 mg, prescribed by her PCP two years ago). Craske's inhibitory learning framing helped - the goal isn't habituation, it's violating expectancy. Next steps: leave the water bottle at home for the subway ride, rate SUDS before and after. Also reminded myself of Yalom's point that the relationship is the vehicle. Billing 90837 as usual. Monday sessions are working better than Fridays for her.",
        [],
    ),
    (
        "b7d-003",
        "**Peer consult - case write-up (for Thursday's group)**\n\n"
        "Client is a 91-year-old widower, lives alone in Toowoomba since his wife died on 14 June. Referred via his GP under a Better Access plan (MHCP item 2715). K10 = 31, GDS-15 = 11, MoCA 24/30 (lost points on delayed recall).\n\n"
        "Family: daughter Leanne Pascoe drives over from Dalby most Sundays; she rang me on 0438 902 117 wanting updates, and I don't have consent for that yet. Medicare no. 2953 41872 1 is on the referral if anyone from the practice needs to check the claim.\n\n"
        "What I'd like help with: he says 'I'm just waiting to go, love' - I can't tell how much is passive SI and how much is ordinary end-of-life talk. Using the Columbia but it feels clumsy with him. Also, does anyone have experience adapting BA for someone this frail? Lifeline 13 11 14 card left with him.",
        [
            ("91-year-old", "age"),
            ("Toowoomba", "place"),
            ("14 June", "date"),
            ("Leanne Pascoe", "name"),
            ("Dalby", "place"),
            ("0438 902 117", "phone"),
            ("2953 41872 1", "id_number"),
        ],
    ),
    (
        "b7d-004",
        "Agenda - November consultation group (virtual, Zoom)\n"
        "1. Check-in and housekeeping: OHIP psychotherapy billing changes; reminder that registration renewal is due in the fall.\n"
        "2. Case: adolescent (16) with restrictive eating, referred from a paediatrician in a mid-sized city in Northern Ontario. EDE-Q global 4.2. Family-Based Treatment per Lock and Le Grange; Dad is 'on board' but Mum is worried about Phase 1 meal coaching over the holidays.\n"
        "3. Reading: Bateman & Fonagy on epistemic trust - discuss chapter 3.\n"
        "4. Ethics item: a client found a colleague's Instagram. How are people handling social media policies?\n"
        "5. Next meeting: second Wednesday of the month, 12:00-13:30 EST.\n"
        "Please send de-identified summaries by Friday. No names, no school names, no towns please!",
        [],
    ),
    (
        "b7d-005",
        "DAP note - session 9 (to bring to consult group Thursday)\n"
        "D: Client, 15, came in with mom, Marisol Ortega. Reports being jumped near the bus stop on S 56th St after school at Lincoln High; the school resource officer filed report #24-118307. Says he's been staying up gaming as 'vortexkid_07' until 3 a.m. because he 'can't turn his brain off.'\n"
        "A: PTSD sx subthreshold; CPSS-5 at 28. Avoidance of the bus route, startle, irritability. Consider TF-CBT (Cohen, Mannarino & Deblinger).\n"
        "P: Continue weekly, 90834. Psychoed on trauma responses for mom next session. Safety plan reviewed, 988 on card. Ask group: is it too early to start the trauma narrative while he's still riding that bus daily?",
        [
            ("Marisol Ortega", "name"),
            ("S 56th St", "place"),
            ("Lincoln High", "organisation"),
            ("24-118307", "id_number"),
            ("vortexkid_07", "handle"),
        ],
    ),
    (
        "b7d-006",
        "Reflection after consultation group\n\n"
        "Brought my question about a man in his forties with alcohol use disorder (AUDIT 24) who keeps cancelling on Mondays after weekend drinking. The group were good to me. Someone pointed me back to Miller & Rollnick - I was arguing for change, which only pulled out sustain talk. Also useful: Prochaska & DiClemente's stages; he's in contemplation, not preparation. He's on acamprosate 333 mg, two tablets three times daily, via his GP. Will try a values card sort next time.\n\n"
        "Noting for myself: Christmas is a high-risk period, so plan a session before the bank holiday. Referral options: the local addiction service, AA, the Samaritans on 116 123. Note re: countertransference - he reminds me of my uncle and I'm softer than I'd otherwise be.",
        [],
    ),
    (
        "b7d-007",
        "Consultation question (monthly group) - long post, sorry\n\n"
        "Working with a 22-year-old wahine, Maori, second year at uni, presenting with social anxiety and some low mood (PHQ-9 15, SPIN 48). We've been doing CBT along Clark & Wells lines, but I've been weaving in Te Whare Tapa Wha (Durie) because she frames things in terms of whanau and wairua. She's very anxious about speaking at her koro's unveiling in Otaki next month.\n\n"
        "My question: how do others balance exposure hierarchies with cultural practice so it doesn't feel like I'm turning tikanga into a homework task? Also, would you involve a kaumatua, or is that overstepping for a Pakeha clinician? Open to reading suggestions.",
        [("Otaki", "place")],
    ),
    (
        "b7d-008",
        "Case write-up: 'Mr A', 58, retired postal worker, North of England\n\n"
        "Presenting: PTSD following a serious RTC. PCL-5 56 at assessment, 31 at session 12. ICD-11 6B40. Treatment: trauma-focused CBT (Ehlers & Clark model), with reliving and a site visit. Medication: sertraline 150 mg, mirtazapine 15 mg nocte from GP. Risk: no current SI; aware of Samaritans 116 123 and NHS 111.\n\n"
        "Formulation: hot spots around the moment the lorry crossed the central reservation. Stimulus discrimination work helped with triggers at roundabouts.\n\n"
        "Question for consult group: he wants to drive on the motorway before Easter Monday. Is that a reasonable behavioural experiment or am I colluding with a deadline? Also any views on Brewin's dual representation theory vs Ehlers & Clark for explaining his flashbacks?",
        [],
    ),
    (
        "b7d-009",
        "Consultation group notes - item 2 (presented by me)\n\n"
        "Client is a 38-year-old RN working at St. Boniface Hospital in Winnipeg, on short-term leave since 2023-09-18 after being assaulted by a patient. Partner Jean-Luc Arsenault is supportive but 'doesn't get it.' Her Manulife claim (7730-0045-19) is up for review and the adjuster wants a progress report by end of month. PCL-5 47, PHQ-9 14. We've done 6 sessions of CPT (Resick). Stuck points: 'I should have seen it coming', 'Hospitals aren't safe anymore.'\n\n"
        "Group question: what do I include in the insurer report without undermining the therapy? I'm worried about writing anything that could be used to push an early RTW.",
        [
            ("St. Boniface Hospital", "organisation"),
            ("Winnipeg", "place"),
            ("2023-09-18", "date"),
            ("Jean-Luc Arsenault", "name"),
            ("Manulife", "organisation"),
            ("7730-0045-19", "id_number"),
        ],
    ),
    (
        "b7d-010",
        "Monthly peer consultation - agenda\n"
        "- Acknowledgement of Country\n"
        "- Item 1: Better Access changes - 10 vs 20 sessions, item numbers 80010/80110, bulk-billing for concession card holders\n"
        "- Item 2: Case (de-identified): Year 9 student, 14, school refusal since Term 2, SCAS-P elevated. Mum works FIFO rotations. Considering Kearney's functional model + graded return. Kids Helpline 1800 55 1800 given.\n"
        "- Item 3: Anzac Day and school holidays - who's covering on-call?\n"
        "- Item 4: Journal club - Perry's Neurosequential Model, the chapter on regulating before reasoning\n"
        "- AOB: Safe and Sound Protocol training in a regional town in Queensland - anyone going? Centrelink letters for clients: template update.",
        [],
    ),
    (
        "b7d-011",
        "Process notes - session 17 (bringing to consult group, need help with the rupture)\n\n"
        "Client (29, non-binary, they/them) came in furious: they'd found my old blog post and felt 'tricked' that I hadn't mentioned it. I noticed my own defensiveness. Safran & Muran's rupture-repair language helped me stay with it: 'It sounds like you felt I was hiding something.'\n\n"
        "Later in the session they disclosed that their ex, Brandon Kowalczyk, has been messaging from a new account, @bk_unfiltered, despite the protective order (case no. 2023-DV-004117, Cuyahoga County). They asked me to use their new email, r.eastvale@proton.me, for scheduling.\n\n"
        "Question for the group: how transparent should I be about my online presence? And how do I stay steady when they're this raw about Brandon?",
        [
            ("Brandon Kowalczyk", "name"),
            ("Brandon", "name"),
            ("@bk_unfiltered", "handle"),
            ("2023-DV-004117", "id_number"),
            ("Cuyahoga County", "place"),
            ("r.eastvale@proton.me", "email"),
        ],
    ),
    (
        "b7d-012",
        "Case presentation - couple, married 11 years\n\n"
        "Both in their late 30s, living in a suburb of a large Southern city. Referred after an affair was disclosed over Thanksgiving. Using Gottman's Sound Relationship House for assessment, then moving toward EFT (Sue Johnson) for the attachment injury. DAS scores 82 and 91. Partner A: GAD-7 13, on escitalopram 10 mg. Partner B: AUDIT-C 7 - flagging.\n\n"
        "Stuck: Partner A keeps saying 'I'll never trust again,' Partner B keeps saying 'I said sorry, when will this end?' Classic pursue-withdraw. Glass's Not Just Friends has been useful homework. Question: when to introduce the Attachment Injury Resolution Model steps while B is still defensive? Also, insurance won't cover couples work (Z63.0 only); they're paying out of pocket, 90847.",
        [],
    ),
    (
        "b7d-013",
        "Consultation question - CAMHS step-down\n\n"
        "Boy, 12, ASD and anxiety, came to us from CAMHS. Attends Thornfield Academy in Stockport (Year 7) and is being kept out of the lunch hall 'for his own safety' after a meltdown. Mum (Kerry-Ann Whitlow) emails me from kwhitlow77@outlook.com most evenings. NHS no. 485 777 3456 is on the referral letter. RCADS-P anxiety T-score 72.\n\n"
        "I'm doing parent-led CBT (Cresswell & Creswell) plus some SPACE (Lebowitz). Question: how do I advocate for reasonable adjustments at school without becoming the family's caseworker? EHCP application in progress.",
        [
            ("Thornfield Academy", "organisation"),
            ("Stockport", "place"),
            ("Kerry-Ann Whitlow", "name"),
            ("kwhitlow77@outlook.com", "email"),
            ("485 777 3456", "id_number"),
        ],
    ),
    (
        "b7d-014",
        "Reflections - consultation hour, Matariki week\n\n"
        "Small group this month (four of us). I brought the young man with first-episode psychosis, now stable on aripiprazole 10 mg, who wants to return to his apprenticeship. We're doing CBTp (Kingdon & Turkington) and relapse signature work. Group pointed out I'd been avoiding talking about cannabis. Fair.\n\n"
        "What I'm taking away: use the Hearing Voices approach alongside CBT rather than instead of it; be curious about his mum's fear of relapse. Reading: Romme & Escher. Also the Fonofale model (Pulotu-Endemann) for the family meeting next week.\n\n"
        "Housekeeping: ACC sensitive claims are taking 6-8 weeks; Healthline 0800 611 116 and 1737 for crisis. Next session rota: first Tuesday.",
        [],
    ),
    (
        "b7d-015",
        "Minutes - Peer consultation group, item 4 (Wed)\n\n"
        "Presenter reviewed a 44-year-old man, Hector Salinas (DOB 07/22/1979), working mandatory overtime at the Amazon fulfillment center in Joliet. Chronic back pain, opioid taper (oxycodone to buprenorphine via his PCP), PHQ-9 18. Wife Gloria called the practice from (815) 724-3390 worried about his drinking.\n\n"
        "Discussion:\n"
        "- Group reminded presenter to remove identifiers before circulating minutes (!!)\n"
        "- CBT for chronic pain (Otis manual) vs ACT (Hayes, McCracken)\n"
        "- Screening: AUDIT 14; consider referral to IOP\n"
        "- Safety: lethal means counseling - firearms in the home\n"
        "Action: presenter to update safety plan, discuss 988, revisit in two weeks.",
        [
            ("Hector Salinas", "name"),
            ("07/22/1979", "date"),
            ("Amazon", "organisation"),
            ("Joliet", "place"),
            ("Gloria", "name"),
            ("(815) 724-3390", "phone"),
        ],
    ),
    (
        "b7d-016",
        "DAP - session 6 - perinatal\n"
        "D: 31, first baby, 14 weeks postpartum. EPDS 17 (item 10 scored 0). Sleeping 3-4 hours broken. Says 'I love her but I feel like a robot.' Husband back at work after two weeks' paternity leave. On sertraline 50 mg (compatible with breastfeeding per her GP).\n"
        "A: Moderate postnatal depression; no psychotic features. Attachment looks warm - responsive to cues, in Circle of Security terms she's a good 'hands on the circle'. Beck's cognitive triad prominent: 'I'm a bad mother.'\n"
        "P: Continue weekly; behavioural activation with pram walks; Winnicott's 'good enough mother' as psychoeducation. Review EPDS in 4 weeks. Bring to consult group re: whether to recommend the mother-and-baby group at the local family resource centre.",
        [],
    ),
    (
        "b7d-017",
        "Re: your question about the teen who self-harms - yeah I had almost the same case last year. Honestly what helped most was getting the school counsellor on board early. In my case the kid was at Marist College Ashgrove and the pastoral team were brilliant once we had consent. DBT-A skills group (Rathus & Miller) plus weekly individual. Chain analyses were the bit that actually shifted things. Don't underestimate the parents' own distress - Mum needed her own GP mental health plan. Also stock up on the Kids Helpline and headspace info. Good luck, it's hard work but these kids do come good.",
        [("Marist College Ashgrove", "organisation")],
    ),
    (
        "b7d-018",
        "Consultation question - cross-cultural grief\n\n"
        "Client is a woman in her sixties who recently immigrated from Punjab to join her son's family on the West Coast. Her husband died during Diwali two years ago and she now feels guilty celebrating at all. Speaks Punjabi and some Hindi; we work with an interpreter. PHQ-9 (Punjabi version) 16. Prolonged Grief Disorder criteria (DSM-5-TR, F43.81) are borderline.\n\n"
        "I've been reading Neimeyer on meaning reconstruction and Shear's complicated grief treatment. Question: how do I adapt the imaginal revisiting piece when her Sikh faith frames the death as hukam - divine will? Does anyone know Boss's work on ambiguous loss applied to migration? Also she asked if I'm married, which threw me.",
        [],
    ),
    (
        "b7d-019",
        "Case write-up - geri-psych step-down\n\n"
        "Patient, aged 93, admitted to the geri-psych unit at Riverside Regional Medical Center after her granddaughter found her wandering on Elm Hollow Road at 2 a.m. MRN 00738214. Lives at 418 Cedar Ridge Dr, Chillicothe, OH 45601.\n\n"
        "Dx: delirium superimposed on probable Alzheimer's (F05, G30.1). MoCA 14/30 once delirium cleared. Meds: donepezil 10 mg, quetiapine 25 mg prn (reviewing against Beers criteria).\n\n"
        "Question for consult group: family wants her home with granddaughter Destiny Rucker as carer, but APS has an open file. How are people approaching capacity assessment for discharge when the family is both the safety net and the risk?",
        [
            ("aged 93", "age"),
            ("Riverside Regional Medical Center", "organisation"),
            ("Elm Hollow Road", "place"),
            ("00738214", "id_number"),
            ("418 Cedar Ridge Dr", "place"),
            ("Chillicothe", "place"),
            ("45601", "place"),
            ("Destiny Rucker", "name"),
        ],
    ),
    (
        "b7d-020",
        "Team consultation meeting - agenda (first Thursday)\n"
        "1. Apologies\n"
        "2. Waiting list: NHS Talking Therapies step 2 vs step 3 - stepping-up criteria, PHQ-9 >= 15 or GAD-7 >= 15\n"
        "3. Case discussion (de-identified): woman, 40s, recurrent depression, third episode, interested in MBCT (Segal, Williams & Teasdale). Hope is that the group format will suit her better than 1:1.\n"
        "4. Risk review: two clients on the amber list; crisis line (111, option 2) information updated on leaflets\n"
        "5. CPD: Padesky's Socratic questioning workshop (video), 45 mins\n"
        "6. AOB: Bank Holiday cover in May; Christmas rota; Will anyone volunteer to update the shared drive?",
        [],
    ),
    (
        "b7d-021",
        "Session notes - brought to monthly consultation group\n\n"
        "Young woman, 19, first year in college, panic attacks and health anxiety (SHAI 31). Worked through Salkovskis's model - reassurance seeking via Google and ringing her mam. Her first panic attack was on the 3rd of February, during a lecture, and she now avoids the big lecture theatres entirely.\n\n"
        "Plan: interoceptive exposure, reassurance ban (negotiated, not imposed), diaries. Group feedback: I was doing too much reassuring myself! Also suggested Wells's attention training technique. No meds; GP offered propranolol 10 mg prn, she declined.",
        [("3rd of February", "date")],
    ),
    (
        "b7d-022",
        "Consultation hours - my reflections (Term 3)\n\n"
        "Took my FIFO worker case to the group again. Bloke in his 50s, two weeks on / one off, drinking heavily on R&R, K10 34, AUDIT 22. He won't do telehealth from camp because the walls are thin. Group suggested text-based check-ins between swings and working with his partner around the fly-in transition days. Marlatt's relapse prevention model and Witkiewitz's dynamic update came up.\n\n"
        "Resources: Lifeline 13 11 14, Beyond Blue, MensLine 1300 78 99 78.\n\n"
        "Noting that I'm fatigued - Figley's compassion fatigue stuff hit home. Self-care plan: no notes after 6 pm, bushwalk on Saturdays, and actually take the Easter break.",
        [],
    ),
    (
        "b7d-023",
        "Consult question: 16yo, gaming, school avoidance\n\n"
        "Parents report he's gaming 10+ hours/day, mostly Valorant under the tag gh0stlyr1der. He attends Bishop Kelley High School in Tulsa and has missed 31 days this semester. His psychiatrist, Dr. Anand Venkataraman at Laureate Psychiatric Clinic, started him on bupropion XL 150 mg. IGDS9-SF 38.\n\n"
        "I'm thinking CBT-IA (Young) plus MI; family wants a 'detox'. Also his girlfriend in the game, 'lexi', is apparently the main reason he logs on - he says 'if i'm offline lexi thinks i'm ghosting her.' How do people handle the relational side of gaming without shaming it?",
        [
            ("gh0stlyr1der", "handle"),
            ("Bishop Kelley High School", "organisation"),
            ("Tulsa", "place"),
            ("Anand Venkataraman", "name"),
            ("Laureate Psychiatric Clinic", "organisation"),
            ("lexi", "name"),
        ],
    ),
    (
        "b7d-024",
        "SOAP - telehealth (Zoom), session 22\n"
        "S: 'Work has been brutal. My boss keeps pinging me on Slack at 10 pm.' Reports sleep 5 h, two panic episodes this week. Still running on Saturdays.\n"
        "O: Alert, oriented x3, affect anxious, congruent. GAD-7 14 (prev 11), PHQ-9 9. No SI/HI.\n"
        "A: GAD (F41.1), partial response; work stress driving relapse.\n"
        "P: Worry postponement, problem-solving (D'Zurilla & Nezu), assertiveness script for boss. Continue buspirone 15 mg bid per PCP. Bring to consultation group re: me getting stuck in content rather than process. 90837, 60 min. Next: Tuesday.",
        [],
    ),
    (
        "b7d-025",
        "Case write-up for consultation group - please don't forward\n\n"
        "Man, 67, retired welder, lives in sheltered housing in Paisley (PA3) with his dog Tam. Referred by GP with late-onset depression after his wife's death. CHI 1103567218 on the referral. PHQ-9 20; GDS 12. Alcohol: 'a wee nip at night', AUDIT 11.\n\n"
        "I've been using BA and some reminiscence work (Butler's life review). Tam is honestly his main reason for getting up. His son Graeme works offshore and wants to move him to a care home near him in Aberdeen; client refuses.\n\n"
        "Question: how do others handle family pressure when capacity is intact? And how do I keep the dog in the formulation without it sounding daft in a report?",
        [
            ("Paisley", "place"),
            ("PA3", "place"),
            ("Tam", "name"),
            ("1103567218", "id_number"),
            ("Graeme", "name"),
            ("Aberdeen", "place"),
        ],
    ),
    (
        "b7d-026",
        "Consultation request - land-based and clinical approaches\n\n"
        "Working with a young Cree man (20s) in a remote fly-in community in northern Manitoba. Presenting: grief after multiple losses, substance use, PHQ-9 21, C-SSRS positive for passive ideation last month. I'm a non-Indigenous clinician.\n\n"
        "Looking for thoughts on integrating Medicine Wheel framing with CBT - I'm wary of tokenism. Reading Duran's Healing the Soul Wound and the TRC calls to action. He's connected with an Elder through the band office; Hope for Wellness line (1-855-242-3310) given. Also: how do you handle dual relationships when you're the only counsellor who flies in every second week?",
        [],
    ),
    (
        "b7d-027",
        "Notes from monthly peer consult - my case\n\n"
        "Client: 35, Samoan, shift supervisor at Fonterra Te Rapa. Presenting: bullying by a new manager, insomnia (ISI 22), PHQ-9 17. His wife Lupe Tuiasosopo rang me worried; she's also asked me to write to WINZ, and he handed me a form with his IRD number 049-091-850 on it, which I've since shredded.\n\n"
        "Using the Fonofale model and CBT-I (stimulus control, sleep restriction). Group question: he wants me to attend a mediation meeting at work - I said I'd think about it. Thoughts on role boundaries?",
        [
            ("Fonterra Te Rapa", "organisation"),
            ("Lupe Tuiasosopo", "name"),
            ("049-091-850", "id_number"),
        ],
    ),
    (
        "b7d-028",
        "Consultation group - agenda and notes (Halloween week)\n"
        "- Item 1: Update from the trauma reading group - Herman's three stages; the van der Kolk critique debate continues\n"
        "- Item 2: Case: teenager (15) referred after a disclosure; Tusla involved; using TF-CBT PRACTICE components. Parental support limited. CATS score 41.\n"
        "- Item 3: Ethics - gift from a client at Christmas (a box of Butlers chocolates). Keep, decline, or donate? Consensus: accept small gifts, document, explore meaning (Zur).\n"
        "- Item 4: CPD points; PSI/IACP requirements\n"
        "- Item 5: Reminder: Pieta 1800 247 247 and Samaritans 116 123 on all leaflets\n"
        "Next meeting: last Friday of the month, 7.30 pm on Teams.",
        [],
    ),
    (
        "b7d-029",
        "Consult question: cyberstalking & documentation\n\n"
        "My client (31F) is being harassed by a former coworker from Deloitte's Atlanta office, Trent Galloway. She's been logging everything: he set up justiceforkmarsh.wordpress.com with her photos, and her brother traced one of the comments to the IP 73.184.22.109. Police have it under incident 231004417.\n\n"
        "Clinically: hypervigilance, PCL-5 44, sleep disrupted. Using CPT with a safety-first stance; not doing trauma processing while the threat is ongoing (Herman's stage 1).\n\n"
        "Question: she wants me to testify. How do people manage the forensic vs therapeutic role (Greenberg & Shuman)?",
        [
            ("Deloitte", "organisation"),
            ("Atlanta", "place"),
            ("Trent Galloway", "name"),
            ("justiceforkmarsh.wordpress.com", "url"),
            ("73.184.22.109", "ip"),
            ("231004417", "id_number"),
        ],
    ),
    (
        "b7d-030",
        "Consultation hours reflection - after Tuesday's group\n\n"
        "I've been carrying the case of a veteran in his 70s with chronic PTSD and nightmares. CAPS-5 severity 38. Prazosin was tried through the VA; he stopped because of dizziness. We've started Imagery Rehearsal Therapy (Krakow) and it's the first thing that's helped. The group challenged me on whether I'd assessed moral injury (Litz) - I hadn't, really. Also talked about Shay's Achilles in Vietnam.\n\n"
        "Memorial Day and the Fourth of July are hard for him; fireworks. PE or CPT later? He's clear he doesn't want to 'dig.' Respecting that for now. Z91.82 added. Billing 90837.",
        [],
    ),
    (
        "b7d-031",
        "Case write-up for peer consult (Fri)\n\n"
        "15-year-old Aboriginal girl, lives with her nan, Aunty Lorraine Wallam, in Kalgoorlie. Attends Eastern Goldfields College but hasn't been since she turned 15 on 21/08 - that's when the cutting escalated. Linked with Bega Garnbirringu Health Service for yarning and a GP review.\n\n"
        "Working slowly: safety, connection to Country and family first, then some DBT skills adapted with the Aboriginal health worker. Question for group: how do I respect Nan's authority when she doesn't want CAMHS involved but the risk is climbing?",
        [
            ("Lorraine Wallam", "name"),
            ("Kalgoorlie", "place"),
            ("Eastern Goldfields College", "organisation"),
            ("21/08", "date"),
            ("Bega Garnbirringu Health Service", "organisation"),
        ],
    ),
    (
        "b7d-032",
        "Case write-up - OCD, contamination subtype\n\n"
        "Woman, 26, works in a care home in the South West, Y-BOCS 29 at assessment, 14 at session 16. ERP following Foa & Kozak; inference-based CBT (O'Connor & Aardema) for the 'what if' doubts. Sertraline 200 mg.\n\n"
        "The group wanted to know about her use of hand gel at work - tricky because infection control legitimately requires it. We decided to target the rituals that go beyond policy. She laughed and said 'Lady Macbeth had nothing on me.' Relapse prevention plan drafted before the Whitsun half-term. Question to group: anyone used the 'OCD as a bully' externalisation (March & Mulle) with adults?",
        [],
    ),
    (
        "b7d-033",
        "Consultation group minutes - case 2\n\n"
        "Presenting clinician described a 52-year-old man, Farid Noorzai, Afghan refugee, now driving for Uber in Mississauga. Moral injury and PTSD (PCL-5 61), poor sleep, chronic headaches. Lives in a basement unit (L5B 1M1); OHIP 4536-112-947-KT; cell 905-276-4418.\n\n"
        "Discussion: NET (Schauer, Neuner & Elbert) vs CPT; interpreter use (Dari); the role of his faith in meaning-making.\n"
        "Facilitator reminded everyone that names and health card numbers don't belong in the minutes - please redact before circulating.",
        [
            ("Farid Noorzai", "name"),
            ("Uber", "organisation"),
            ("Mississauga", "place"),
            ("L5B 1M1", "place"),
            ("4536-112-947-KT", "id_number"),
            ("905-276-4418", "phone"),
        ],
    ),
    (
        "b7d-034",
        "Kia ora, replying to your post about the Year 12 boy with exam anxiety - I've had a few like this. Things that worked: Socratic questioning a la Padesky, a worry tree, and honestly just normalising that NCEA pressure is real. If whanau are keen, the Triple P Teen seminars are free in some regions. If he's drinking, the K10 and AUDIT are quick to run. Don't forget 1737 for texting if he's up at 3 am. And look after yourself - term 4 always feels like a marathon. Nga mihi.",
        [],
    ),
    (
        "b7d-035",
        "Note to self before consult group: REDACT before uploading!!\n\n"
        "Client: Keisha Montgomery-Reyes, 24, grad student at Temple University, lives with her grandmother Bernadette (aged 96) in a rowhouse off Germantown Ave. Her SSN (192-44-3870) is on the sliding-scale form I accidentally scanned.\n\n"
        "Clinical: BPD traits, chronic SI (C-SSRS ideation w/o plan), DBT skills (Linehan) going well - she loves opposite action. PHQ-9 16. Grandma's health is failing and the client is terrified of losing her.",
        [
            ("Keisha Montgomery-Reyes", "name"),
            ("Temple University", "organisation"),
            ("Bernadette", "name"),
            ("aged 96", "age"),
            ("Germantown Ave", "place"),
            ("192-44-3870", "id_number"),
        ],
    ),
    (
        "b7d-036",
        "Agenda - Perinatal & Infant Mental Health consultation group (monthly)\n"
        "1. Welcome, Acknowledgement of Country\n"
        "2. Case: mother, 29, birth trauma after emergency caesarean, City Birth Trauma Scale elevated; EMDR (Shapiro) recent-event protocol vs TF-CBT\n"
        "3. Case: father, 34, postnatal depression in dads - PANDA resources (1300 726 306)\n"
        "4. Reading: Fraiberg's Ghosts in the Nursery; Stern's motherhood constellation\n"
        "5. Circle of Security Parenting facilitator training - dates TBC\n"
        "6. Medicare items 2712 vs 2715 - GP plan confusion\n"
        "Next: third Monday, Zoom.",
        [],
    ),
    (
        "b7d-037",
        "Process note - session 5 (bringing to group Thursday)\n\n"
        "She told the story of the crash in more detail today. The other driver 'just kept going' - she memorised the plate, WN19 KRV, and still checks every silver Astra in the supermarket car park. Hands shaking as she said it. We slowed right down, grounding, 5-4-3-2-1. I noticed I wanted to rescue.\n\n"
        "She has the crime reference (62230118744) written on a Post-it on her fridge. Question for group: she keeps asking me whether the police have found him - should I encourage her to chase it up, or is that feeding the hypervigilance?",
        [("WN19 KRV", "id_number"), ("62230118744", "id_number")],
    ),
    (
        "b7d-038",
        "Case write-up: ARFID in a 10-year-old\n\n"
        "Referred by pediatrician after weight dropped below the 5th percentile. PARDI suggests a fear-of-aversive-consequences profile (choking episode at a birthday party last summer). Using CBT-AR (Thomas & Eddy) with exposure to new textures; parents doing food chaining at home. Weekly weights at the pediatric office. Anxiety too: SCARED parent report 34. No meds; cyproheptadine discussed but not started.\n\n"
        "Consult group question: Thanksgiving dinner is coming - should the family pause exposures for the holiday or use it as an opportunity? Grandparents are 'not on board.' Also curious about SPACE for the accommodation piece. F50.82.",
        [],
    ),
    (
        "b7d-039",
        "Agenda item 2 - case presentation (me)\n"
        "- Dairy farmer, 54, outside Ennistymon; admitted briefly to University Hospital Limerick after an overdose on 28/05. Wife Siobhan; son Cathal home from Australia for the silage.\n"
        "- PHQ-9 22, C-SSRS high at admission, moderate now. Mirtazapine 30 mg.\n"
        "- Farm finances: the co-op is chasing him. Stigma: 'everyone at Mass will know.'\n"
        "- Question: safety planning with firearms (licensed shotgun for vermin) - how have people approached means restriction with farmers? Pieta and the Samaritans given.",
        [
            ("Ennistymon", "place"),
            ("University Hospital Limerick", "organisation"),
            ("28/05", "date"),
            ("Siobhan", "name"),
            ("Cathal", "name"),
        ],
    ),
    (
        "b7d-040",
        "Reflections after consultation hour - Thanksgiving week\n\n"
        "Brought the case of a 45-year-old woman with chronic pain and trauma, on long-term disability through her employer's insurer. PCL-5 38, PHQ-9 15, Pain Catastrophizing Scale 36. I've been using ACT (Hayes, Strosahl & Wilson) and some IFS language (Schwartz) - 'the part of you that protects you by bracing.' Group reminded me of Porges and polyvagal ideas, though someone fairly raised the critiques. Practical: pacing, values-based goals, and a functional report with nothing beyond what she's consented to share. Meds via her family doctor: duloxetine 60 mg, pregabalin 75 mg bid.\n\n"
        "Note to self: I'm tired. Book my own therapy. Winter is coming and I get flat in January. Wellness Together Canada and 988 on the safety card.",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind7d"}
        for i, t, items in DOCS
    ]
