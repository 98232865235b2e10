"""Blind batch b8b, written by a helper session without sight of the guard: 40 posts to a monthly
case-consultation group by clinicians of many disciplines (psychiatrists, clinical and
counselling psychologists, social workers, counsellors, family therapists, occupational
therapists, mental health nurses) from the US, UK, Ireland, Canada, Australia and New Zealand.
Formats vary between prose case presentations, consultation questions, replies to colleagues,
SOAP/DAP notes, handover lists, Markdown headings and chat-style replies with quoted client
speech. 20 documents carry 1-6 identifiers of mixed kinds; 20 clean documents are dense with
look-alikes (cited theorists, instruments and scores, codes, medications, generic places,
holidays, brands, helplines).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard just after f325169 (brands and public figures merged): span recall 1.000,
precision 0.770, identifier documents fully caught 1.000, clean documents flagged 0.350 (the
guard at 935157f: 0.989, 0.681, 0.950, 0.600).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b8b-001",
        "Consultation group, psychiatry - bringing this one because I keep second-guessing myself.\n\n"
        "Marisol Quintero is a 34-year-old dental hygienist I picked up after her discharge from "
        "Miami Valley Hospital on 04/17. Index episode was a postpartum psychosis three years ago; "
        "this admission was framed as 'agitated depression' but the notes describe pressured speech, "
        "four nights without sleep and spending on a credit card she'd hidden from her husband. She's "
        "back home in Dayton now, on quetiapine 200 mg nightly and sertraline 100 mg, and the "
        "inpatient team never revisited the bipolar question.\n\n"
        "My worry: continuing the SSRI. PHQ-9 today was 11, MDQ screen positive. She told me, "
        '"I don\'t want to be the crazy mom again, just fix the sleep." Would people taper the '
        "sertraline now and add lithium, or hold steady until she's more engaged? Family history: "
        "maternal uncle with 'manic spells', never formally diagnosed.",
        [
            ("Marisol Quintero", "name"),
            ("Miami Valley Hospital", "organisation"),
            ("04/17", "date"),
            ("Dayton", "place"),
        ],
    ),
    (
        "b8b-002",
        "Process note - counselling, session 9 of 12 (NHS Talking Therapies, Step 3)\n\n"
        "Client arrived ten minutes late, apologising. Lives in a market town in the Midlands, "
        "commutes by train. PHQ-9 17 (up from 14), GAD-7 15, CORE-10 22. No change to risk: "
        "passive ideation, no plan, protective factors are her dog and her younger brother. "
        "Samaritans 116 123 and 111 option 2 re-shared.\n\n"
        "She spoke about Christmas at her mother's: \"Everyone acts like nothing happened, and I "
        'sit there smiling like an idiot." I wondered aloud whether smiling had once kept her safe. '
        'Long silence. Then: "Tuesday nights were the worst, when he\'d had a drink."\n\n'
        "Reflections: strong pull to rescue, which I took to supervision. Thinking with Bowlby and "
        "Winnicott about the false self she presents to the family. GP has started sertraline 50mg, "
        "review in four weeks. Plan: continue trauma-focused work, consider a referral to Step 4 if "
        "the PCL-5 stays above 33. Next session Monday.\n\n"
        "Addendum after supervision (Wednesday): my supervisor wondered whether the lateness is its "
        "own communication, an approach-avoidance in miniature, and suggested I name it gently rather "
        "than absorb the apology. We also looked at whether the Step 3 model has room for the "
        "relational work she seems to need - Herman's three stages (safety, remembrance and mourning, "
        "reconnection) make me think we're still firmly in stage one. I'd welcome thoughts from the "
        "group on two things: (a) how others stay inside a 12-session contract when the material is "
        "this developmental, and (b) whether a WEMWBS alongside the PHQ-9 would give a fairer picture "
        'of change than symptom measures alone. She asked at the end, "Will you still be here after '
        'Easter?" I said yes, and noticed how much I wanted that to be true.',
        [],
    ),
    (
        "b8b-003",
        "Social work consult (Ireland) - I'd value the group's thoughts on "
        "safeguarding thresholds.\n\n"
        "Niamh is 9, in 3rd class at St Brigid's National School. Her mam contacted us after a "
        "neighbour reported shouting. The family live in a council flat in Ballyfermot, with four "
        "children in two bedrooms. Dad works nights. School say attendance is down to 71%.\n\n"
        "What's tricky: mam has been very open. She gave me her mobile (087 412 9935) and asked me "
        'to ring before calling out because "the kids panic if they see the car." I\'ve got her PPS '
        "number 6418832TA on the referral form for the HAP application, and I'm conscious how much "
        "of their lives is now on paper.\n\n"
        "Is a Meitheal the right route, or am I minimising because I like her? Tusla threshold "
        "guidance suggests Level 2. Children First obligations are clear to me, just less so where "
        "the line sits.",
        [
            ("Niamh", "name"),
            ("St Brigid's National School", "organisation"),
            ("Ballyfermot", "place"),
            ("087 412 9935", "phone"),
            ("6418832TA", "id_number"),
        ],
    ),
    (
        "b8b-004",
        "SOAP - Occupational Therapy (NDIS funded), session 6\n\n"
        'S: Client (15, autistic, ADHD) reports mornings are "a war zone". Mum says school refusal '
        'three days of the last ten. He said: "The bell is like someone screaming inside my teeth."\n'
        "O: Sensory Profile 2 - Avoiding and Sensitivity quadrants 'much more than others'. Ayres-informed "
        "observation: seeks deep pressure, avoids messy textures. K10 self-report 27. On "
        "methylphenidate 36 mg (Concerta) via his paediatrician. Lives in a regional town in "
        "Queensland, two hours from the nearest CAMHS clinic.\n"
        "A: Sensory over-responsivity plus anxiety, as per Dunn's model. Sleep onset delayed (melatonin "
        "3 mg prescribed). Transition after the Easter holidays and Anzac Day long weekend likely a trigger.\n"
        "P: Noise-cancelling headphones trial, visual schedule on his iPad, Zones of Regulation with "
        "teacher aide. Recommend Medicare Mental Health Care Plan via GP. Lifeline 13 11 14 and Kids "
        "Helpline 1800 55 1800 given to Mum. Review in 3 weeks.",
        [],
    ),
    (
        "b8b-005",
        "Family therapy reflection for this month's group (Aotearoa).\n\n"
        "I'm working with a whānau where the 16-year-old has stopped eating with the family. Dad is "
        "Samoan, Mum Pākehā; both are warm, exhausted, and increasingly blaming each other. I've been "
        "using a Fonofale lens alongside circular questioning, and the most alive moment came when I "
        "asked who in the family would notice first if things got better.\n\n"
        'The youngest said "Mereana would, because she\'d have someone to fight with again." Everyone '
        "laughed, including the young person. Mum cried in the car park afterwards.\n\n"
        "Questions for the group: (1) How do you hold cultural consultation when the family declines a "
        "Pasifika clinician? (2) Is it worth bringing the Maudsley FBT frame in early, given weight "
        "hasn't dropped yet but restriction is clear? EDE-Q global 3.9. GP monitoring bloods.",
        [("Mereana", "name")],
    ),
    (
        "b8b-006",
        "Looking for input on a PTSD case (Ontario, private practice, billed to extended health, not OHIP).\n\n"
        "Client is a 41-year-old paramedic from a mid-sized city in southwestern Ontario. PCL-5 of 52 at "
        "intake, now 38 after eight sessions of CPT (Resick protocol). Nightmares persist; his family "
        "doctor started prazosin 2 mg, titrating to 6 mg.\n\n"
        "He's stuck on the stuck point \"If I'd driven faster she'd be alive.\" Socratic dialogue "
        "lands intellectually but not emotionally. I'm wondering whether to switch to EMDR (Shapiro's "
        "eight phases) or stay the course. I also hear van der Kolk in my head saying the body keeps "
        "score, and he is very somatic - jaw clenching, startle at sirens.\n\n"
        "Context: Thanksgiving was hard, Remembrance Day coming. WSIB claim in progress (no details "
        "here). Diagnosis F43.10 / 309.81. Any thoughts on sequencing? Also, anyone using Written "
        "Exposure Therapy (Sloan and Marx) with first responders?",
        [],
    ),
    (
        "b8b-007",
        "DAP note - LCSW, telehealth session 14 (90837)\n\n"
        "D: Client (19) logged on from her car in the parking lot at the Walgreens where she works "
        "evening shifts. Reports that her ex created a new account after she blocked him; she read "
        "out the username @lilbitlexi_burn, which mocks her nickname. Lexi says the messages started "
        "again around Sept. 9th, the night before her GED retake. Also forwarded me emails from "
        "d.fairweather88@gmail.com, which she believes is him.\n"
        "A: Increased hypervigilance, sleep 4-5 hrs, GAD-7 18. No SI. Coping with DBT distress "
        "tolerance skills (TIPP, cold water) with partial benefit. Safety planning remains the priority.\n"
        "P: Document harassment timeline, discuss protective order options with advocate, review "
        "Stanley-Brown safety plan. Consult group: how much should I be holding evidence vs. "
        "encouraging her to take it to the police herself? She lives in Albuquerque and New Mexico is not "
        "my licensing state for in-person work, so I'm also unsure what local resources to point her to.",
        [
            ("Walgreens", "organisation"),
            ("@lilbitlexi_burn", "handle"),
            ("Lexi", "name"),
            ("Sept. 9th", "date"),
            ("d.fairweather88@gmail.com", "email"),
            ("Albuquerque", "place"),
        ],
    ),
    (
        "b8b-008",
        "Med review summary - old age psychiatry, CMHT (North East)\n\n"
        "- 84-year-old retired miner, bipolar I (F31.1), widowed last spring\n"
        "- Lithium 800 mg nocte, level 0.7 mmol/L; eGFR 48 and falling - renal discussion needed\n"
        "- Quetiapine 25 mg PRN, used most nights since Easter\n"
        "- MoCA 24/30 (lost points on delayed recall and cube copy); ACE-III requested\n"
        "- GDS-15 score 9\n"
        "- Detained under Section 2 in his 60s, none since; no current MHA concerns\n"
        "- Daughter visits Mondays and Thursdays, carers twice daily\n\n"
        "Question for the group: at what eGFR do you switch from lithium to valproate or lamotrigine "
        'in the very old? NICE is vague. He says: "Lithium is the only thing that ever kept me out of '
        "hospital, doctor, don't you dare.\" I'm inclined to reduce to 600 mg with monthly U&Es and "
        "involve the renal team rather than switch. Thoughts welcome.",
        [],
    ),
    (
        "b8b-009",
        "Psychologist, Victoria - Better Access case, wanting a second opinion on scope.\n\n"
        "Tayla Brennan (23) was referred under a Mental Health Treatment Plan for panic disorder. "
        "She works the registers at Bunnings in Frankston 3199 and has had three panic attacks on "
        "shift. Her Medicare number 2953 71846 1 was on the GP letter, and the letter also mentions a "
        "Centrelink debt that is keeping her up at night.\n\n"
        "The panic work is going fine (interoceptive exposure, she's brave). My dilemma is that session "
        "five revealed a sexual assault at a party on 22/11 that she hasn't reported. She said: "
        '"I just want the panic gone, I don\'t want to open that box."\n\n'
        "With six sessions left on the plan, do I stay in the lane she chose, or gently name the link? "
        "I'm aware of the CASA option and 1800RESPECT. DASS-21: D 14, A 22, S 20.",
        [
            ("Tayla Brennan", "name"),
            ("Bunnings", "organisation"),
            ("Frankston 3199", "place"),
            ("2953 71846 1", "id_number"),
            ("22/11", "date"),
        ],
    ),
    (
        "b8b-010",
        "Reply to last week's question about endings (counsellor, Ireland)\n\n"
        "I've been there. With a client in a town in the midlands I found person-centred work "
        "(Rogers, and Mearns and Thorne on relational depth) kept pulling me into an 'ending that "
        "never ends'. She'd bring a new crisis every time we set a date. What helped was naming it: "
        '"I notice that when we talk about finishing, something big happens." She laughed and said '
        '"Sure that\'s my whole family, nobody ever leaves properly."\n\n'
        "A few practical things: CORE-OM at session one and at the last session gives you both "
        "something concrete. Agree the final date well before Christmas or St Patrick's Day, when "
        "the holidays shake people. Leave a door open via her GP rather than yourself. And give the "
        "Samaritans number (116 123) and Pieta's line on a card, even if she rolls her eyes.\n\n"
        "Yalom's idea that the ending is part of the therapy, not after it, was the piece that freed me up.",
        [],
    ),
    (
        "b8b-011",
        "Community mental health nursing - handover for consultation group (NW Ontario)\n\n"
        "Client: Evangeline Marchand, aged 92, lives alone in Thunder Bay with a cat and a "
        "very determined attitude. Referred by her family physician for low mood and possible "
        "delusional jealousy about a neighbour. Health card 5584-213-907-KT recorded on the referral.\n\n"
        "Visit notes:\n"
        "- GDS 10/15, MMSE 25/30\n"
        "- Eating one meal a day; weight down 4 kg since Jan 4 when her son moved out west\n"
        '- Says: "That woman next door takes my letters and reads them, I know she does."\n'
        "- No SI; firmly refuses any talk of long-term care\n"
        "- Son's number for updates: 807-555-0143\n\n"
        "Asking: risperidone at low dose vs. watchful waiting? I'm also wondering about capacity "
        "assessment if she keeps declining Meals on Wheels.",
        [
            ("Evangeline Marchand", "name"),
            ("aged 92", "age"),
            ("Thunder Bay", "place"),
            ("5584-213-907-KT", "id_number"),
            ("Jan 4", "date"),
            ("807-555-0143", "phone"),
        ],
    ),
    (
        "b8b-012",
        "## Couple case - MFT, asking about sequencing\n\n"
        "Married 11 years, two kids, living in a suburb outside a big Midwestern city. Presenting "
        'problem: "We fight about the dishwasher but it\'s never about the dishwasher." Classic '
        "Gottman Four Horsemen, with contempt from him and stonewalling from her. Sound Relationship "
        "House questionnaire shows friendship system intact, conflict management very low.\n\n"
        "### What I've tried\n"
        "- EFT cycle mapping (Sue Johnson) - she softens, he escalates\n"
        "- Bowen genogram - both families of origin conflict-avoidant, lots of triangulation with kids\n"
        "- Billed 90847 with Z63.0 as focus\n\n"
        "### Where I'm stuck\n"
        "He disclosed a Venmo payment history he'd hidden (sports betting, roughly $9k). She found "
        "out on the Fourth of July in front of her parents. Since then she says: \"I can't trust a "
        'single thing he tells me."\n\n'
        "Do I slow down for an affair-recovery style disclosure process (Glass, Spring) even though "
        "it's gambling not infidelity? Or refer him to GA first? Thanksgiving with his family is the "
        "next flashpoint.",
        [],
    ),
    (
        "b8b-013",
        "OT home visit - discharge planning query (adult mental health, UK)\n\n"
        "Prakash Menon, 58, due for discharge from Becklin Ward after a 9-week admission with "
        "psychotic depression. I did the access visit on Thursday. Flat is a second-floor walk-up at "
        "LS9 7TF; bath with no rail, kitchen hob left on during the visit. His NHS number "
        "485 777 3456 is on the DST paperwork so CHC funding can be considered.\n\n"
        "Observations (MOHO framework): volition low but not absent - he lit up talking about "
        "cricket and his allotment. Performance on the Kettle Test was slow with two safety prompts. "
        'Said: "Nobody needs me to do anything, so why would I?"\n\n'
        "Dilemma for the group: the ward is keen on discharge before the bank holiday; I think a "
        "graded return with Home Treatment Team input is safer. How do others argue for time "
        "without being seen as 'blocking beds'?",
        [
            ("Prakash Menon", "name"),
            ("Becklin Ward", "place"),
            ("LS9 7TF", "place"),
            ("485 777 3456", "id_number"),
        ],
    ),
    (
        "b8b-014",
        "Psychiatry consult question - rural NZ\n\n"
        "Kia ora koutou. Bringing a case of a 27-year-old Māori man with first-episode psychosis, "
        "living in a small rural town on the North Island, an hour from the nearest inpatient unit. "
        "We've been using Te Whare Tapa Whā (Durie) to frame the assessment with whānau, and the "
        "taha wairua piece has been central: his kuia sees the voices as a matakite gift, the "
        "service sees auditory hallucinations.\n\n"
        "Meds: olanzapine 10 mg, some weight gain, metformin discussed. HoNOS 18 at admission, 11 now. "
        "K10 29. Kaumātua involvement has been huge for engagement.\n\n"
        'He said: "You lot want to take away the only thing that makes me special."\n\n'
        "Question: how have others balanced a compulsory order under the Mental Health Act with "
        "tikanga and the family's wish for rongoā alongside? Matariki is next month and whānau want "
        "him home for it. 1737 and the crisis team are in the safety plan. ACC not involved.",
        [],
    ),
    (
        "b8b-015",
        "ok quick one before group thursday, psychologist in eastern Iowa, cbt-ish\n\n"
        "16yo boy, gaming ~9hrs/day, failing junior year. parents took the router. he climbed out "
        "a window at 2am to use the wifi at the gas station. when i asked about friends he said "
        '"i have like 40 friends, they\'re just online" and showed me his discord, username '
        "xXvoidwalker_97Xx. he texted marcus during session like four times, marcus being the only "
        "irl friend, who apparently moved to Cedar Rapids in the summer.\n\n"
        "IGD criteria met (8/9). PHQ-A 14. no SI. dad is a trucker, gone weekdays; mom works "
        "doubles.\n\nthinking MI first (miller & rollnick) then a negotiated gaming contract, "
        "family sessions. anyone had luck with ACT for this age group? would love refs.",
        [("xXvoidwalker_97Xx", "handle"), ("marcus", "name"), ("Cedar Rapids", "place")],
    ),
    (
        "b8b-016",
        "# Child welfare consult - social work, Canada\n\n"
        "## Background\n"
        "Single mother, 24, with a 7-month-old and a 3-year-old, living in subsidized housing in a "
        "northern community. Referred to the local child protection agency after the daycare noticed "
        "bruising on the toddler. Mother's ACEs score is 8; EPDS 15 at the last public health visit.\n\n"
        "## What she said\n"
        '"I grew up in care. I know how this goes. You\'re going to take them."\n\n'
        "## My thinking\n"
        "- Circle of Security Parenting might fit better than Triple P given her attachment history\n"
        "- Perry's Neurosequential Model helps explain the toddler's dysregulation\n"
        "- Jordan's Principle funding possible for the older child's speech therapy\n"
        "- Her Indigenous identity is important to her; I'd like a cultural worker involved\n\n"
        "## Questions\n"
        "How do we keep a safety plan from becoming the same story she expects? Family Day and "
        "the long weekend are coming, when supports close. Any examples of Signs of Safety used well "
        "with very young parents?",
        [],
    ),
    (
        "b8b-017",
        "Family therapy, NSW - hoping for some systemic ideas.\n\n"
        "Annie Pham (14) was referred after disclosing self-harm to the school counsellor at "
        "Cabramatta High School. Her parents run a bakery and work seven days. Dad, Tuan, speaks "
        "mostly Vietnamese; we use a phone interpreter. The family live in Canley Vale and the "
        "grandmother moved in after Boxing Day 2022, when the grandfather died.\n\n"
        'Annie said: "Dad thinks sadness is something you can work through, like dough." Dad\'s '
        'reply, via the interpreter: "We never had time to be sad."\n\n'
        "Using narrative ideas (White and Epston) and externalising 'the Heaviness'. A relative has "
        "set up gofundme.com/f/annies-family-bakery-relief after the shop was flooded, and Annie "
        "is mortified about it being shared at school. Thoughts on working with shame at the "
        "community level?",
        [
            ("Annie Pham", "name"),
            ("Annie", "name"),
            ("Cabramatta High School", "organisation"),
            ("Tuan", "name"),
            ("Canley Vale", "place"),
            ("Boxing Day 2022", "date"),
            ("gofundme.com/f/annies-family-bakery-relief", "url"),
        ],
    ),
    (
        "b8b-018",
        "SOAP - PMHNP follow-up (rural Kentucky, telepsych)\n\n"
        'S: 52M, Army veteran, reports mood "about a 4 out of 10." Works night shift stocking at a '
        "big-box retailer. Sleep 5 hrs. Drinking 4-5 beers on days off (AUDIT-C 7). Denies SI "
        "today; C-SSRS screen negative. Gets primary care through the VA but prefers us for mental "
        "health. Memorial Day was rough - he lost two friends in Iraq.\n"
        "O: PHQ-9 16, GAD-7 10. Alert, oriented, psychomotor slowing, affect constricted. BP 142/90.\n"
        "A: MDD, recurrent, moderate (F33.1); alcohol use disorder, mild (F10.10); r/o PTSD (PCL-5 "
        "pending).\n"
        "P: Increase bupropion XL 150 mg to 300 mg; continue trazodone 50 mg hs. Naltrexone "
        "discussed, he'll think about it. 988 (press 1 for the Veterans Crisis Line) reviewed. RTC "
        "4 weeks. 99214 + 90833.\n\n"
        "Group question: anyone combining CPT with MI for veterans who are drinking to sleep?",
        [],
    ),
    (
        "b8b-019",
        "Psychiatry registrar, Munster - a consultation question on diagnostic overshadowing.\n\n"
        "Client is a woman in her forties with a long history of emotionally unstable personality "
        "disorder, well known to the sector team. She presented to the ED twice last month with "
        "abdominal pain and was discharged each time with a note about 'behavioural presentation'. "
        "On the third attendance she was eventually admitted to the Mater Misericordiae and found "
        "to have an ovarian torsion.\n\n"
        'She said to me afterward: "Once you have the label, your body stops counting."\n\n'
        "I'm looking for ways to raise this with the team without it landing as blame. The DBT "
        "programme has been very good for her (Linehan's model, chain analyses every week) and "
        "she's made real progress. Has anyone used a structured 'physical health flag' in the "
        "care plan for clients with a BPD diagnosis? Fonagy and Bateman write about epistemic "
        "trust - I think she lost a lot of it this month.",
        [("Mater Misericordiae", "organisation")],
    ),
    (
        "b8b-020",
        "### Formulation - clinical psychology, adult community (South West England)\n\n"
        "**Presenting:** 38-year-old man, chronic shame and self-criticism after redundancy. Lives "
        "in a seaside town in the South West. PHQ-9 19, GAD-7 14, ITQ meets CPTSD. Referred from "
        "Step 3 after two rounds of CBT didn't shift much.\n\n"
        "**5 Ps:**\n"
        "- Predisposing: harsh, critical father; bullied at secondary school\n"
        "- Precipitating: redundancy; partner's pregnancy\n"
        "- Perpetuating: rumination, withdrawal, 'I'm a burden' belief (Beck's cognitive triad)\n"
        "- Protective: his partner, fishing, a supportive brother\n\n"
        "**Alternative framing:** Power Threat Meaning Framework (Johnstone and Boyle) - what happened "
        "to him, not what's wrong with him.\n\n"
        "**Plan:** CFT (Gilbert) for the self-critic, compassionate letter writing, Padesky-style "
        "Socratic work. Bonfire Night fireworks are a known trigger; Ramadan next spring for his "
        "partner may change routines. Crisis line 111 shared.\n\n"
        'He told me: "Kindness to myself feels like letting him win."',
        [],
    ),
    (
        "b8b-021",
        "Counsellor, New Brunswick - newcomer client, looking for ideas.\n\n"
        "Kwame Asante-Boateng is a 29-year-old international student turned permanent resident, "
        "working overnights at Tim Hortons while finishing his accounting designation. He "
        "presented with insomnia and headaches, but in session three he showed me a letter from "
        "CRA about his SIN 046 454 286 being used on a fraudulent tax return. He lives in a "
        'shared basement unit, postal code E1C 4M3, and says: "In Ghana I knew who to call. Here I '
        "don't even know who to be angry at.\"\n\n"
        "GAD-7 16, ISI 21. No SI. I'm using a CBT-I protocol alongside problem-solving therapy, but "
        "the fraud is consuming every session. Do others bring in settlement workers or legal aid "
        "at this point? Also reflecting on acculturative stress (Berry's model) and how much I "
        "should name racism he's experienced at work.\n\nHe lives in Moncton and has no family in Canada.",
        [
            ("Kwame Asante-Boateng", "name"),
            ("Tim Hortons", "organisation"),
            ("046 454 286", "id_number"),
            ("E1C 4M3", "place"),
            ("Moncton", "place"),
        ],
    ),
    (
        "b8b-022",
        "Social worker, outer suburbs of a capital city (Australia) - DFV case, looking for reflection.\n\n"
        "Client is a 31-year-old woman with three kids, recently left a violent partner. Centrelink "
        "crisis payment approved, NDIS plan for her eldest (autism), housing via a community "
        "housing provider. K10 32. She's on escitalopram 10 mg from her GP.\n\n"
        "I'm drawing on the Safe and Together model (David Mandel) to keep the focus on the "
        "perpetrator's pattern rather than her 'failure to protect'. Also Dadirri - deep listening, "
        "as Miriam-Rose Ungunmerr-Baumann describes it - since she's Aboriginal and has had "
        "terrible experiences with services.\n\n"
        'She said: "Every worker wants me to tell it from the start. I\'m tired of the start."\n\n'
        "Questions: how do you avoid re-traumatising with the risk assessment (CRAF / MARAM)? And "
        "how do people manage the school holidays, Anzac Day and Sorry Day coming up, when her "
        "supports disappear? 1800RESPECT and Lifeline 13 11 14 are on her fridge.",
        [],
    ),
    (
        "b8b-023",
        "School-based OT - sensory/behaviour consult, US (grade 6)\n\n"
        "Referred: Zeke Okafor, 11, at Hawthorne Middle School. Teacher (Ms. Delgado) reports "
        '"constant movement, chewing everything, meltdowns after lunch." His student ID S-2019-04471 '
        "is on the 504 referral and the parents have asked for an IEP evaluation.\n\n"
        "Assessment so far:\n"
        "- SPM-2: Definite Dysfunction in Body Awareness and Planning & Ideas\n"
        "- BOT-2 fine motor composite below average\n"
        "- Handwriting legible but slow, 6 wpm copying\n\n"
        "Observed on 10/3 in the cafeteria: covered ears, left tray, hid under the stairwell. Zeke "
        'told me, "The lunch room sounds like a blender with forks in it."\n\n'
        "Ideas so far: movement breaks, weighted lap pad, chewy tube, quiet lunch option with a "
        "buddy. Question for group - evidence for Ayres Sensory Integration in schools vs. a more "
        "CO-OP approach? I'm getting pushback from admin about 'special treatment'.",
        [
            ("Zeke Okafor", "name"),
            ("Zeke", "name"),
            ("Hawthorne Middle School", "organisation"),
            ("Delgado", "name"),
            ("S-2019-04471", "id_number"),
            ("10/3", "date"),
        ],
    ),
    (
        "b8b-024",
        "Kia ora, replying re ACT with young men. Counsellor in a small coastal town here. Russ "
        "Harris's 'passengers on the bus' lands far better than the Hayes hexaflex diagram. One "
        'forestry lad (20): "So I don\'t have to kill the thoughts, just stop letting them drive?" '
        "Yes bro. Kessler at start and end, 1737 on every card, Matariki good for values work. "
        "Happy to share worksheets.",
        [],
    ),
    (
        "b8b-025",
        "Nursing handover to consult group - older adult inpatient, North Wales\n\n"
        "1. Bronwen Lloyd-Price, aged 94, admitted to Ty Gwyn Ward on 12th Feb with delirium on "
        "a background of vascular dementia. Originally from Llandudno, lived alone with twice-daily "
        "care. CAM positive, 4AT 7. UTI treated, now settling.\n"
        "2. Distressed at night, calling for her late husband. Responds well to Welsh-language "
        "reassurance and hymns (she was a chapel organist).\n"
        "3. Son asked to be contacted on 01492 860 775 before any medication change.\n"
        "4. Low-dose haloperidol tried once; side effects, stopped. We're avoiding antipsychotics "
        "per NICE guidance.\n\n"
        "My question: how do others manage family expectations when they want her 'back to how "
        "she was' and she won't be? She told me last night: \"I'm waiting for the bus home, cariad, "
        "don't let me miss it.\"",
        [
            ("Bronwen Lloyd-Price", "name"),
            ("aged 94", "age"),
            ("Ty Gwyn Ward", "place"),
            ("12th Feb", "date"),
            ("Llandudno", "place"),
            ("01492 860 775", "phone"),
        ],
    ),
    (
        "b8b-026",
        "Psychiatrist, Canada - BPD and chronic suicidality, would value a sense check.\n\n"
        "Woman in her late twenties, DSM-5 BPD (F60.3), recurrent overdoses, currently in a "
        "standard DBT programme (Linehan) and seeing me monthly for meds. Lamotrigine 200 mg, "
        "quetiapine weaned off. Mentalization (Fonagy, Bateman) ideas have helped our conversations.\n\n"
        "Chronic risk is high; acute risk fluctuates. After a recent ED visit she said: \"I don't "
        'want to die, I want to stop feeling like this, and nobody believes those are different."\n\n'
        "The team is split between admitting her around anniversaries (Victoria Day long weekend, "
        "Canada Day) and holding in the community per Joel Paris's 'chronic suicidality' guidance. I lean "
        "to the latter with a robust crisis plan: 9-8-8, Kids Help Phone for her teenage sister, "
        "and a brief admission only if acute features appear.\n\n"
        "Question: how do you document a rationale for NOT admitting in a way that protects you and "
        "her? Health Canada has nothing specific.",
        [],
    ),
    (
        "b8b-027",
        "Psychiatrist, WA - FIFO worker case, a confidentiality question.\n\n"
        "Rhys McAlister (36) flies in and out to Karratha on a 2:1 roster for Rio Tinto. "
        "Alcohol use disorder, first seen after a workplace drug and alcohol test. He's worried the "
        "employer will find out; his WA driver's licence (7782051) was suspended after a drink-driving "
        "charge and the camp requires it for site vehicles.\n\n"
        "He showed me his LinkedIn (linkedin.com/in/rhys-mcalister-mining) to prove he's \"a "
        'professional, not a drunk." AUDIT 24. Naltrexone 50 mg started; acamprosate discussed.\n\n'
        "Dilemma: the site doctor has asked for a fitness-for-work report. What do others include? "
        "I'm thinking a minimal-necessary approach. Also interested in anyone using SMART Recovery or "
        "Men's Shed links for FIFO workers when they're home.",
        [
            ("Rhys McAlister", "name"),
            ("Karratha", "place"),
            ("Rio Tinto", "organisation"),
            ("7782051", "id_number"),
            ("linkedin.com/in/rhys-mcalister-mining", "url"),
        ],
    ),
    (
        "b8b-028",
        "Reflecting team notes - systemic family therapy, Ireland\n\n"
        "Family of five from a rural parish in the west. Referred via CAMHS for the 13-year-old's "
        "school refusal. Dad a farmer, Mum a nurse on nights, older siblings doing the Leaving Cert "
        "and the Junior Cycle.\n\n"
        "We used a Milan-style team (Selvini Palazzoli, Cecchin) and Tom Andersen's reflecting "
        "process. Circular questions (Karl Tomm) about who worries most about whom opened things up.\n\n"
        'Daughter: "If I go back to school, Mammy will be on her own all day crying."\n'
        'Mum: "I didn\'t know she saw that."\n\n'
        "Team reflections: grief after Granny's death at Christmas hasn't been spoken about; "
        "Confirmation coming in May adds pressure. SCORE-15 family mean 3.2. Next session in three "
        "weeks. Thinking of a letter to the family in the narrative tradition. Any thoughts on "
        "including the Gardaí-involved uncle, given he's a big presence on the farm?",
        [],
    ),
    (
        "b8b-029",
        "Forensic psychologist, Oklahoma - competency question.\n\n"
        "I was asked to evaluate Darnell for competency to stand trial. He's 19 with a documented "
        "intellectual disability (FSIQ 64 on WAIS-IV) and charged in case 23-CR-004418. He's been "
        "held at Tulsa County Jail since March 3rd. His public defender thinks he's repeating what "
        "he hears without understanding it.\n\n"
        "On the ECST-R he scored in the atypical range on Rational Understanding. When asked what "
        'a plea bargain is he said: "It\'s when you say sorry and they let you go home."\n\n'
        "Questions: (1) Would others recommend competency restoration when the deficit is "
        "developmental rather than psychiatric? (2) Any experience with the Fitness Interview Test "
        "as a second measure? Dusky v. United States is the standard here, obviously, but I'd "
        "value how others write up 'unlikely to be restored'.",
        [
            ("Darnell", "name"),
            ("23-CR-004418", "id_number"),
            ("Tulsa County Jail", "organisation"),
            ("March 3rd", "date"),
        ],
    ),
    (
        "b8b-030",
        "Child protection social worker, England - would value a practice-wisdom check.\n\n"
        "14-year-old girl, Year 9, living with Dad and his partner in a large city in the North West. "
        "Section 47 enquiry closed, now Child in Need. SDQ total 22. Concerns about exploitation: new "
        "phone, older 'friends', missing from home twice. Referred to the MASH, discussed at the "
        "exploitation panel; Prevent not relevant.\n\n"
        "We're using Signs of Safety (Turnell and Edwards) and she drew her 'three houses' with the "
        "house of worries full of Snapchat and a car. She said: \"They're the only people who "
        'actually listen to me."\n\n'
        "EHCP being reviewed. Dad is engaged but overwhelmed; his partner is pregnant and Diwali "
        "preparations are stretching everyone. Any thoughts on contextual safeguarding (Firmin) in "
        "practice - how do you work with the peer group and places rather than just the family?",
        [],
    ),
    (
        "b8b-031",
        "salut all, OT in Quebec, quick consult (sorry for english typos)\n\n"
        "Client Mathilde Lavoie, 45, return-to-work after burnout. She's a branch manager at "
        "Desjardins and the insurer wants a graded plan by next month. Lives in Trois-Rivières, "
        "two kids, husband travels.\n\n"
        "She emailed me from m.lavoie.art@outlook.com (her personal one, she doesn't want work to "
        "see) a list of her 'non-negotiables': no evening meetings, a closed door, lunch away from "
        'the desk. She wrote: "Je ne veux plus être la personne qui dit oui à tout."\n\n'
        "Using COPM (performance 3.2, satisfaction 2.4) and a PEO lens. Question - how do you balance "
        "the insurer's timeline with real recovery? Maslach Burnout Inventory still high on "
        "exhaustion. Merci!",
        [
            ("Mathilde Lavoie", "name"),
            ("Desjardins", "organisation"),
            ("Trois-Rivières", "place"),
            ("m.lavoie.art@outlook.com", "email"),
        ],
    ),
    (
        "b8b-032",
        "School counselor, Texas Panhandle - seeking input on a threat assessment.\n\n"
        'A 15-year-old boy posted a vague message on Snapchat ("y\'all will see monday") and a '
        "classmate screenshotted it to TikTok. Admin pulled him; I did a Columbia Protocol screen - "
        "no SI/HI plan, but lots of shame and anger after being outed as gay by another student. "
        'He said: "I meant I\'d finally stop coming. Not hurt anybody."\n\n'
        "Hope is not a strategy, so we did a full behavioral threat assessment with the district team "
        "(Cornell CSTAG model), 504 review and a safety plan. Mom works two jobs and was relieved. "
        "988 and the Trevor Project info given.\n\n"
        "Questions:\n"
        "- How do you protect confidentiality about sexual orientation in these write-ups?\n"
        "- Anyone using ASCA guidance on documentation here?\n\n"
        "Also, a grace period on consequences would help him return after Juneteenth.",
        [],
    ),
    (
        "b8b-033",
        "Clinical psychologist, Aotearoa - grief and cultural obligations.\n\n"
        "Tevita Fifita (33) is Tongan, works as a tanker driver for Fonterra, and came to see me "
        "after his mother's death. He lives with his wife's family in Ōtara. His NHI ZAC5361 was on "
        "the GP referral. He is the eldest son, so the funeral and fakaafe fell to him, and he "
        "hasn't cried since 14 Sept.\n\n"
        'He said: "In my culture the eldest carries everyone. If I fall, who carries them?"\n\n'
        "I've been drawing on the Fonofale model and Kakala framework, alongside continuing bonds "
        "(Klass) rather than stage models. PHQ-9 15, PG-13 above cut-off. He's agreed to a Tongan "
        "community worker joining one session. Any thoughts on working with prolonged grief when the "
        "family system expects stoicism from the client?\n\n"
        "Some more context since people asked last month. His wife is supportive but is also "
        "grieving, and his father has gone quiet and spends most days at church. Tevita has been "
        "taking extra shifts, partly for money (the funeral cost well over what the family had), "
        "partly, I think, to avoid the house. He drinks on weekends but AUDIT is only 9. He does not "
        "want medication. What has helped most so far is giving him permission to talk about his "
        "mum in the present tense, and a homework task of writing one memory a week. He told me last "
        'session, "I wrote about her singing in the kitchen and I had to pull the truck over." '
        "That felt like movement. I'd value ideas on including his father without it turning into "
        "another duty Tevita has to carry.",
        [
            ("Tevita Fifita", "name"),
            ("Tevita", "name"),
            ("Fonterra", "organisation"),
            ("Ōtara", "place"),
            ("ZAC5361", "id_number"),
            ("14 Sept", "date"),
        ],
    ),
    (
        "b8b-034",
        "Remote area mental health nurse, NT - clozapine in a remote community\n\n"
        "Man in his early forties with treatment-resistant schizophrenia, on clozapine 350 mg daily. "
        "Lives in a remote community in the Top End, eight hours by road from the hospital. ANC "
        "monitoring monthly via the clinic; the last result was fine but the wet season will cut "
        "road access and the plane schedule is unreliable.\n\n"
        "BPRS 38, HoNOS 14. Smokes heavily. Under a community management order (Mental Health and "
        "Related Services Act) - Form 1 reviewed last month.\n\n"
        'His brother said: "When he takes the medicine he\'s like himself, just sleepy."\n\n'
        "Question: has anyone set up point-of-care FBC testing for remote clozapine? And how do you "
        "manage Christmas Day and the New Year break when staffing drops? Interpreter via the "
        "Aboriginal Interpreter Service has been essential.",
        [],
    ),
    (
        "b8b-035",
        "Quick boundaries q (counsellor, England, school-based). 17yo client showed me her TikTok, "
        "@tashh.lou_, which has a video called 'things my therapist says'. Gentle, funny, nothing "
        "about me by name. GAD-7 down 16 -> 8 with Clark and Wells CBT for social anxiety, so I "
        "don't want to shame her. Wish to be seen, or testing whether I'll reject her? Taking it to "
        "supervision Friday but keen on views.",
        [("@tashh.lou_", "handle")],
    ),
    (
        "b8b-036",
        "Geriatric psychiatry, Florida - depression vs. dementia, seeking input.\n\n"
        "88-year-old retired schoolteacher living in a retirement community in Florida, referred by "
        "her PCP for apathy and weight loss. Widowed in her late 70s. MoCA 19/30 (poor recall, "
        "intact cueing), GDS-15 score 11. Medicare Part D covers most meds.\n\n"
        "Current meds: donepezil 10 mg (started by neurology), mirtazapine 15 mg hs, amlodipine, "
        "levothyroxine. Beers Criteria check done - she's also taking diphenhydramine OTC for sleep, "
        "which I've asked her to stop.\n\n"
        "She told me: \"I'm not confused, I'm just bored of living.\" CAM negative.\n\n"
        "Question: is it worth a trial of sertraline and see if the cognitive picture lifts? "
        "(pseudodementia idea, though Alexopoulos would call it depression-executive dysfunction). "
        "Veterans Day she volunteers at a memorial service - one of her remaining sources of "
        "meaning. F32.1 vs F03.90.",
        [],
    ),
    (
        "b8b-037",
        "Counselling psychologist, Ireland - a referral I'd like help with.\n\n"
        "Siobhán Ní Mhurchú, 27, works on the tills at Dunnes Stores and was referred by her GP "
        "for panic and low mood after a car accident on the 1st of June. She shares a house, "
        "Eircode D07 VF8H, with two housemates. Medical card no. 4471096K is on the "
        "referral, which makes me think the GP intended public services and this landed with me "
        "by mistake.\n\n"
        'She told me: "I can\'t get in a car without my chest going. I walk an hour to work now."\n\n'
        "PCL-5 41, PHQ-9 13. Working with a trauma-focused CBT model (Ehlers and Clark) and some "
        "in-vivo exposure. She'd like me to text her on +353 86 219 4407 instead of posting "
        "letters. Question for the group: how are others handling texting boundaries with clients "
        "in private practice?",
        [
            ("Siobhán Ní Mhurchú", "name"),
            ("Dunnes Stores", "organisation"),
            ("1st of June", "date"),
            ("D07 VF8H", "place"),
            ("4471096K", "id_number"),
            ("+353 86 219 4407", "phone"),
        ],
    ),
    (
        "b8b-038",
        "Family therapist, Manitoba - Indigenous family, reflections welcome.\n\n"
        "Working with a First Nations grandmother raising three grandchildren after her daughter's "
        "overdose. She attended residential school; the children are in a customary care "
        "arrangement. I'm trying to hold Two-Eyed Seeing (as Elder Albert Marshall describes it) "
        "alongside attachment ideas from Winnicott and Bowlby.\n\n"
        'She said: "They want me to do parenting classes. I raised six. What they mean is raise '
        'them like white kids."\n\n'
        "We've used the Medicine Wheel as a shared frame, with an Elder present. The eldest "
        "grandchild (12) has a CBCL showing clinical range internalising. Jordan's Principle "
        "funding for counselling approved.\n\n"
        "National Day for Truth and Reconciliation is coming and she's been asked to speak at "
        "the school; she's proud and terrified. Any thoughts on how to support her without "
        "turning her story into another assessment?",
        [],
    ),
    (
        "b8b-039",
        "Counsellor, Victoria (Aus) - tech-facilitated abuse, need ideas.\n\n"
        "Brodie Kowalczyk (26) works in the deli at Woolworths and came after her ex kept turning up "
        "wherever she was. She's since found a tracking app on her phone. Her brother, who works in "
        "IT, checked the router logs and showed me repeated logins to her Google account from "
        "203.14.88.101, an address they traced to her ex's flat.\n\n"
        'She said: "I feel like he lives inside my phone." DASS-21 anxiety 24. She moved back to '
        "her parents' place in Geelong on 30 April and changed jobs to a different store.\n\n"
        "I've connected her with the eSafety Commissioner resources and WIRE. Question: how do "
        "others document tech abuse evidence clinically without becoming a pseudo-investigator? "
        "And any good safety-planning templates for coercive control that include tech?",
        [
            ("Brodie Kowalczyk", "name"),
            ("Woolworths", "organisation"),
            ("203.14.88.101", "ip"),
            ("Geelong", "place"),
            ("30 April", "date"),
        ],
    ),
    (
        "b8b-040",
        "Housing-focused social worker, US - peer consult.\n\n"
        "Client is a 47-year-old man, chronically homeless for six years, opioid use disorder now "
        "on buprenorphine 16 mg via a bridge clinic. VI-SPDAT score 11, prioritised for permanent "
        "supportive housing under Housing First (Tsemberis). He has a Section 8 voucher but landlords "
        "keep refusing it. SNAP and Medicaid active.\n\n"
        'He said at the shelter downtown: "Every time I get close to a key, something goes wrong. '
        "Maybe I'm meant to be outside.\"\n\n"
        "We're using motivational interviewing (Miller and Rollnick) and harm reduction; he carries "
        "naloxone and has used it twice on others. HUD's timelines vs. his readiness is the tension.\n\n"
        "Questions:\n"
        "1. Anyone had success with landlord engagement schemes in a tight market?\n"
        "2. How do you handle the Labor Day to Thanksgiving stretch, when shelters fill and "
        "outreach staff burn out?\n\n"
        "PHQ-9 12, GAD-7 9. No SI. Diagnosis F11.20, Z59.02.",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind8b"}
        for i, t, items in DOCS
    ]
