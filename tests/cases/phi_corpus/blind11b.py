"""Blind batch b11b, written by a helper session without sight of the guard. Forty case-
consultation posts by clinicians of many disciplines (clinical and counselling psychologists,
psychiatrists, OTs, SLTs, social workers, nurses, dietitians, physios, music/art/play
therapists, school counsellors, forensic and addiction workers, couples and family therapists)
writing up hard cases and replying to one another: SOAP/DAP notes, discharge-summary fragments,
bullet lists, Markdown headings, chatty forum replies with typos, from the US, UK (England,
Wales, Scotland), Ireland, Canada, Australia and New Zealand. Twenty documents contain 1-6
identifiers (names incl. word-names and pets, suburbs and postcodes/Eircodes/ZIPs, dates, ages
over 89, phones, emails, URLs, IPs, handles, NHS/CHI/Medicare/ OHIP/SIN/IRD/NHI/MRN/court
numbers, plates, employers and schools); twenty are clean but dense with look-alikes (cited
theorists, named models and books, instruments and scores, ICD/DSM/CPT/MBS codes, medications,
helplines, holidays, regions, brands, capitalised clinical jargon).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at bea9426: span recall 0.976, precision 0.764, identifier documents fully
caught 0.900, clean documents flagged 0.500 (the guard at 935157f: 0.941, 0.548, 0.800, 0.750).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b11b-001",
        "Case presentation – looking for thoughts on stuckness\n\n"
        "Client is a 34yo woman referred by her GP after a second presentation to ED with self-harm. "
        "She lives with her partner Cathal in Ballincollig and works part-time at Dunnes Stores. "
        "Presenting difficulties: chronic low mood, intrusive images following a road traffic collision "
        'in 2019, and what she calls "the fog". Baseline PHQ-9 was 19, GAD-7 14, PCL-5 52.\n\n'
        "We've done 11 sessions of TF-CBT (Ehlers & Clark model) and she can do the reliving, but the "
        "hotspot at the moment of impact doesn't shift. She keeps coming back to the fact that the crash "
        "happened on 17 November, which was her late mother's birthday, and she says 'I should have "
        "stayed home that day'.\n\n"
        "Questions:\n"
        "1. Is it worth moving to EMDR at this point, or is the guilt cognition the real target "
        "(CPT-style stuck point work)?\n"
        "2. Anyone used compassion-focused work (Gilbert) alongside updating in this kind of case?\n\n"
        "Supervision is fortnightly but I'd really value outside eyes. Go raibh maith agaibh.",
        [
            ("Cathal", "name"),
            ("Ballincollig", "place"),
            ("Dunnes Stores", "organisation"),
            ("17 November", "date"),
        ],
    ),
    (
        "b11b-002",
        "Re: treatment-resistant depression in a veteran\n\n"
        "Agree with the previous reply about checking adherence before escalating. A few thoughts from "
        "the med side:\n\n"
        "- He's been on sertraline 200 mg for 14 weeks with a partial response (PHQ-9 from 22 to 15). "
        "Before switching I'd consider augmentation – aripiprazole 2-5 mg or bupropion XL 150 mg, per "
        "STAR*D and the VAST-D data.\n"
        "- Check the sleep. Prazosin for nightmares is mixed after Raskind 2018, but plenty of us still "
        "try it at 1 mg and titrate.\n"
        "- Esketamine (Spravato) is on the table if he's failed two adequate trials; the VA has "
        "REMS-certified sites in most VISNs.\n"
        "- C-SSRS at every visit, and make sure he has 988 and the Veterans Crisis Line (press 1).\n\n"
        "On the therapy side, CPT (Resick, Monson & Chard) has the strongest evidence for the PTSD piece, "
        "and PE (Foa) is fine if he'd rather do imaginal work. Billing-wise we use 90837 plus the "
        "interactive complexity add-on 90785 when his wife joins. Dx on the claim is F33.1 with F43.10.\n\n"
        "Happy to chat Friday if useful. Memorial Day and Veterans Day are often rough for this "
        "population, so I'd build in extra contact around both.",
        [],
    ),
    (
        "b11b-003",
        "SOAP – community OT home visit (wk 3 of reablement)\n\n"
        'S: Tunde Adeyemi reports he has "given up on the kitchen" since the fall in the bathroom. Says '
        "his daughter Funmilayo pops in most evenings after work but 'she has her own life'. Pain 6/10 R "
        "hip on standing. Denies dizziness. Sleeping downstairs on the sofa.\n"
        "O: Sit-to-stand x5 in 19s using arms. TUG 17s with rollator. Barthel 13/20. Kitchen at "
        "22 Cranbrook Road has a step down to the back door with no rail; kettle and microwave above "
        "shoulder height. Bed still upstairs.\n"
        "A: Deconditioned post fall, high fear of falling (FES-I 44). Mood flat – GDS-15 score of 9, "
        "flagged to GP. Motivated for toileting and hot drinks, much less so for stairs.\n"
        "P: 1. Order perching stool, kettle tipper, grab rail by back door via ICES. 2. Liaise with "
        "physio re stair practice. 3. Repeat FES-I at wk 6. 4. Discuss a befriending service.\n\n"
        "NHS no. 401 023 2137 for the referral form – will take this line out before I post properly.",
        [
            ("Tunde Adeyemi", "name"),
            ("Funmilayo", "name"),
            ("22 Cranbrook Road", "place"),
            ("401 023 2137", "id_number"),
        ],
    ),
    (
        "b11b-004",
        "Perinatal psych here, jumping in on the postnatal OCD thread.\n\n"
        "Totally agree it's being missed as PND. The EPDS (Cox, Holden & Sagovsky) doesn't ask about "
        "intrusive harm thoughts at all, so a mum can score 11 and be white-knuckling images of dropping "
        "the baby off the balcony. I add the Y-BOCS or at least the DOCS when anything sounds ego-dystonic. "
        "Fairbrother's work on this is gold, and Challacombe's ERP for perinatal OCD is worth the read.\n\n"
        "Practical stuff for Aussie clinicians:\n"
        "* Better Access items (80010 / 80110) still apply, and the perinatal mental health line through "
        "PANDA is 1300 726 306 – good for partners too.\n"
        "* Lifeline 13 11 14 and Beyond Blue as backup, obviously.\n"
        "* If she's breastfeeding and the GP is nervous, sertraline 50 mg is usually first line; check "
        "LactMed or the Royal Women's medicines guide.\n\n"
        "And heads up – the run from Christmas through to Australia Day is brutal for new parents when "
        "every service shuts, so plan the gaps now. Happy to share my intrusive-thoughts handout if "
        "anyone wants it.",
        [],
    ),
    (
        "b11b-005",
        "quick q for the youth workers here — 15yo on my caseload (Grade 10, attends Gladstone Secondary) "
        "has been getting DMs from an older guy who goes by vibez.kai_22 on Insta. She showed me "
        "screenshots. He's asking for pics and wants to meet at the SkyTrain after school. I've done a "
        "safety plan and we called Kids Help Phone together so she knows it's there.\n\n"
        "Mom's number is 604-555-0187 and she's... not super engaged.\n\n"
        "Do I go straight to MCFD or police first?? I'm in BC, I know duty to report covers this but I've "
        "never done an online luring one before. Also how do I keep her trusting me lol, she made me "
        "promise not to tell her mom. Using a Signs of Safety framing with her but she's pretty shut down "
        "rn.",
        [
            ("Gladstone Secondary", "organisation"),
            ("vibez.kai_22", "handle"),
            ("604-555-0187", "phone"),
        ],
    ),
    (
        "b11b-006",
        "Kia ora koutou,\n\n"
        "Wanted to offer a different lens on the rangatahi anxiety case posted earlier. Rather than leading "
        "with CBT, I'd map things using Te Whare Tapa Whā (Mason Durie) – taha tinana, taha hinengaro, "
        "taha whānau, taha wairua – plus the whenua as the foundation. In my experience the wairua side is "
        "the one our Western assessments skip entirely. A K10 of 31 tells you distress is high; it doesn't "
        "tell you he hasn't been back to his marae since his koro died.\n\n"
        "Some resources:\n"
        "- Meihana model (Pitama et al.) for clinical assessment\n"
        "- Hui process for engagement (Lacey et al.)\n"
        "- 1737 free call or text, and Youthline 0800 376 633\n"
        "- Healthline 0800 611 116 for after-hours physical stuff\n\n"
        "Matariki is coming up and a lot of whānau gather then – could be a natural time to bring family "
        "into a session rather than forcing it. Waitangi Day and ANZAC Day can stir up complicated stuff "
        "too, depending on the family's history. Ngā mihi.",
        [],
    ),
    (
        "b11b-007",
        "## Consult request — 504 vs IEP for anxiety + school refusal\n\n"
        "**Background**\n"
        "- 7th grader, Marisol Quintero-Baptiste, 12, at Lakeview Middle School\n"
        "- Missed 31 days this year; last full day attended was 10/02\n"
        "- SCARED parent 41, child 38; no formal dx yet, pediatrician is holding F93.8 / F41.1 pending eval\n"
        "- Mom emails me almost daily from mquintero.baptiste@gmail.com asking for homework packets\n\n"
        "**What we've tried**\n"
        "- Check & Connect with me each morning (works ~2 days/wk)\n"
        "- Graduated re-entry plan per the Kearney & Albano workbook\n"
        "- Referred out for CBT; waitlist is 9 weeks\n\n"
        "**Question:** our district says anxiety alone doesn't qualify under IDEA unless it's 'adversely "
        "affecting' performance – which it obviously is. Anyone successfully gotten an IEP under Emotional "
        "Disturbance or OHI for pure anxiety? Or is a strong 504 with attendance accommodations the "
        "realistic route? I'm in Texas if that matters.",
        [
            ("Marisol Quintero-Baptiste", "name"),
            ("Lakeview Middle School", "organisation"),
            ("10/02", "date"),
            ("mquintero.baptiste@gmail.com", "email"),
        ],
    ),
    (
        "b11b-008",
        "Reply from an SLT working in a mainstream primary setting\n\n"
        "I'd be cautious about reading the lack of speech as purely anxiety. Before anyone goes down the "
        "selective mutism route I'd want a proper language assessment – CELF-5 UK if he'll engage, or the "
        "Renfrew Action Picture Test and Bus Story as a lighter-touch start. The Derbyshire Language "
        "Scheme is handy for pinning down information-carrying words.\n\n"
        "If it is SM, the Johnson & Wintgens Selective Mutism Resource Manual is still the bible – sliding-in "
        "technique, no pressure to speak, keyworker in school. I'd also look at Talking Mats for getting his "
        "views without speech. Makaton signs can help in the short term but some children feel it singles "
        "them out.\n\n"
        "Re the autism question: ADOS-2 module 3 plus a good developmental history (3Di or ADI-R). ICD-11 "
        "6A02 if it goes that way. Waits in our area are about 18 months, so get the referral in now.\n\n"
        "Half term is a good point to start the sliding-in because the routine resets anyway. Hope that "
        "helps – shout if you want my Hanen-style parent handout.",
        [],
    ),
    (
        "b11b-009",
        "Hi all, dietitian here, after some input on a tricky AN case.\n\n"
        "19F, restrictive anorexia, BMI 15.8, on an Eating Disorder Treatment and Management Plan (so up "
        "to 40 psych + 20 dietetic sessions). Lives with two housemates in Coorparoo 4151 and studies "
        "nursing; parents are out in regional Queensland. She's very engaged but weight has plateaued for "
        "6 weeks and I strongly suspect water-loading before weigh-ins (we do open weighing per CBT-E, "
        "Fairburn).\n\n"
        "She let slip that her housemate Priyanka 'checks my bottles', which makes me think the housemates "
        "have noticed something too.\n\n"
        "GP is doing fortnightly bloods – K+ and phos fine last time, HR 48 lying. I've flagged MEDSAFE "
        "criteria and the ANZAED guidelines re admission thresholds.\n\n"
        "Questions: (a) how do you raise water-loading without it becoming a cat-and-mouse game? (b) anyone "
        "moved to blind weighing mid-treatment and regretted it?\n\n"
        "(Oh and the Medicare no. on the referral is 4283 91657 2 if the psych wants to cross-check – "
        "sorry, realise I should send that privately.)",
        [("Coorparoo 4151", "place"), ("Priyanka", "name"), ("4283 91657 2", "id_number")],
    ),
    (
        "b11b-010",
        "Couples therapist, Ontario. Longish reply, sorry.\n\n"
        "What you're describing – she pursues, he stonewalls, both flood – is textbook Gottman. The Four "
        "Horsemen are all there, with contempt the most worrying predictor. I'd do the Sound Relationship "
        "House assessment before anything else. But honestly I lean more towards EFT (Sue Johnson) with "
        "this pattern: the Hold Me Tight conversations, especially 'Recognizing the Demon Dialogues', "
        "land well with withdrawers who feel like failures.\n\n"
        "A few other things:\n"
        "- Screen for IPV separately before conjoint work. I use the HITS and a solo session with each.\n"
        "- Perel's Mating in Captivity is great for the desire-discrepancy piece later on.\n"
        "- Schnarch is polarizing but 'differentiation' is a useful frame for him.\n"
        "- DAS or CSI-16 at intake and every 6 sessions; the CSI-16 is free.\n\n"
        "Timing-wise, Thanksgiving weekend and Family Day are flashpoints for in-law stuff, so I'd name "
        "that ahead of time. If either of them hits a crisis point, 988 now works across Canada and Kids "
        "Help Phone is there for their teenager.",
        [],
    ),
    (
        "b11b-011",
        "Reflective note – hospice community nursing\n\n"
        "Wanted to share this one because it's stayed with me. Ngaire Tawhiri, aged 96, dying at home in "
        "Ōpōtiki with her mokopuna rotating through the whare. NHI ZKT4829. She'd been clear for years "
        "that she would not go back to hospital, and her grandson Rāwiri held that line when the after-hours "
        "GP wanted to send her in for IV fluids.\n\n"
        "Syringe driver: midazolam 10 mg and morphine 15 mg over 24h, glycopyrronium PRN for secretions. "
        "Used the Te Ara Whakapiri guidance for the last days. Karakia at each visit, which I was unsure "
        "about joining at first.\n\n"
        "What I'm struggling with is the conflict after – one of the daughters from Australia arrived late "
        "and was furious we 'let her starve'. How do others handle the family member who wasn't there for "
        "the conversations? I keep replaying it.",
        [
            ("Ngaire Tawhiri", "name"),
            ("aged 96", "age"),
            ("Ōpōtiki", "place"),
            ("ZKT4829", "id_number"),
            ("Rāwiri", "name"),
        ],
    ),
    (
        "b11b-012",
        "From an LADC – some thoughts on your opioid client\n\n"
        "By ASAM criteria he sounds like 3.7 at minimum, not outpatient. COWS of 14 at intake, history of "
        "precipitated withdrawal on Suboxone – I'd talk to the prescriber about micro-induction (the "
        "'Bernese method') rather than a standard buprenorphine start. Target maintenance around 16-24 mg. "
        "If he won't do bup, methadone through an OTP or XR-naltrexone (Vivitrol) after detox are the "
        "options.\n\n"
        "On the counseling side, MI is your friend (Miller & Rollnick, 4th ed.). Don't push AA if he's "
        "allergic to the God stuff – SMART Recovery or Refuge Recovery are alternatives, and plenty of folks "
        "do fine reading the Big Book for the Step Four inventory without a sponsor at first.\n\n"
        "Coding: F11.20 for the OUD, and his AUDIT was 24 so add F10.20. Have him keep Narcan at home and "
        "give him the SAMHSA line, 1-800-662-4357. Fourth of July and New Year's Eve are his highest-risk "
        "days by his own account, so plan around them.",
        [],
    ),
    (
        "b11b-013",
        "Discharge summary draft (supervisor asked me to post for feedback – redact before posting!!)\n\n"
        "Patient: Rhiannon Pryce-Jenkins   DOB 03/09/1987\n"
        "Admitted to Cedar Ward under s2 MHA, transferred to s3 at day 26.\n"
        "Address: Whitchurch, CF14 4XW\n\n"
        "Summary: 36yo woman with bipolar affective disorder (F31.2), current episode manic with psychotic "
        "features. Admitted after 5 nights without sleep and spending approx £12k. YMRS 34 on admission, "
        "8 at discharge. Started on olanzapine 15 mg nocte, lithium introduced week 3, level 0.68 mmol/L "
        "on last check. TFTs and U&Es normal.\n\n"
        "Risk: historical overdose (2015). No current SI. CRHT to follow up within 72h; care coordinator "
        "allocated under CPA.\n\n"
        "Questions for group: how much of the forensic history (shoplifting caution) belongs in a discharge "
        "summary that goes to the GP?",
        [
            ("Rhiannon Pryce-Jenkins", "name"),
            ("03/09/1987", "date"),
            ("Cedar Ward", "place"),
            ("Whitchurch", "place"),
            ("CF14 4XW", "place"),
        ],
    ),
    (
        "b11b-014",
        "Family therapist in Munster, replying to the thread on the teen who won't come to sessions.\n\n"
        "Have you tried working with whoever does turn up? Systemically that's still the system. A few "
        "ideas I've borrowed over the years:\n\n"
        "1. A genogram (Bowen, McGoldrick) with the parents – the intergenerational patterns around "
        "emigration and drink usually come out fast in Irish families.\n"
        "2. Circular questions from the Milan team: 'When Mam gets worried, what does Dad do?'\n"
        "3. A reflecting team, Tom Andersen style, even if it's just you and a colleague.\n"
        "4. Externalising the problem (White & Epston) – the teen may engage with a letter even if they "
        "won't come in.\n"
        "5. Minuchin-style enactments can be too much for anxious parents; go gently.\n\n"
        "Leaving Cert year makes all of this worse. If there's any risk, Pieta (1800 247 247) and "
        "Samaritans 116 123 are free, and Text 50808 is good for young people who hate phone calls. "
        "St Patrick's Day and the Junior Cert results week are both high-risk times for underage drinking "
        "down here, so I'd name that.",
        [],
    ),
    (
        "b11b-015",
        "Seeking consult: burnout vs MDD in a public servant\n\n"
        "41M, referred by EAP after three months of sick leave from his job at Statistics Canada. Presents "
        "with exhaustion, cynicism, reduced efficacy – fits the Maslach picture – but also anhedonia, early "
        "waking, 6 kg weight loss and a PHQ-9 of 18. MBI-GS emotional exhaustion very high.\n\n"
        "He's adamant it's 'just burnout' and that an MDD diagnosis will follow him. I think he's meeting "
        "criteria for F32.1 and would benefit from a med review (his family doc offered escitalopram 10 mg, "
        "he declined).\n\n"
        "Treatment so far: 6 sessions of behavioural activation (Martell), values work from ACT (Hayes). "
        "Return-to-work plan with the insurer is due in a month.\n\n"
        "How do you folks handle the diagnostic conversation when the label itself feels like a threat to "
        "the client's career? And any thoughts on graded RTW for someone this depleted?",
        [("Statistics Canada", "organisation")],
    ),
    (
        "b11b-016",
        "OT (paeds) – response re: the 6yo with meltdowns at drop-off\n\n"
        "Sounds sensory to me as much as behavioural. Suggestions:\n\n"
        "- Sensory Profile 2 (Dunn) from both parent and teacher – the discrepancy is often the story.\n"
        "- The Alert Program ('How Does Your Engine Run?', Williams & Shellenberger) or Zones of "
        "Regulation (Kuypers). I prefer Zones for school because teachers already know the colours.\n"
        "- Heavy work before transitions: wall pushes, carrying the library books, animal walks.\n"
        "- Ayres Sensory Integration is worth it if you can get a certified therapist, but waitlists are "
        "huge.\n"
        "- For the autonomic side, some of my colleagues use the Safe and Sound Protocol (Porges). "
        "Evidence is thin; I'd be upfront about that with parents.\n"
        "- DIR/Floortime (Greenspan) if you're doing home-based work.\n\n"
        "NDIS will usually fund an FBA if you write it up in functional terms. Term 1 is the worst for "
        "this stuff – everything new – and the week after Easter can be a regression point too. Happy "
        "Hunting, it's a common presentation.",
        [],
    ),
    (
        "b11b-017",
        "Competency eval – second opinion on malingering?\n\n"
        "Defendant is a 27yo man held at Fourth Avenue Jail in Phoenix, charged with aggravated assault, "
        "case no. CR2023-118842-001. His PD, Graciela Ontiveros, is raising competency because he 'doesn't "
        "understand the charges'. Arrested June 4th after an incident at a bus stop.\n\n"
        "Testing: TOMM trial 1 = 29, trial 2 = 31 (well below cutoff). M-FAST total 14. SIRS-2 classifies "
        "as genuine responding?? on some scales and feigning on others. ECST-R atypical scales elevated. "
        "MacCAT-CA understanding subscale very low, but he spontaneously explained a plea bargain to a "
        "cellmate (per jail staff).\n\n"
        "Prior history: special ed, possible FASD, no formal IQ. I'm considering a WAIS-IV and an ABAS-3 "
        "before I finalize. Under Dusky he needs rational and factual understanding – how do you weigh "
        "poor effort testing against a genuinely impaired guy who might also be exaggerating? Rogers' work "
        "on feigning says it's not either/or, but the court wants a clean answer.",
        [
            ("Fourth Avenue Jail", "organisation"),
            ("Phoenix", "place"),
            ("CR2023-118842-001", "id_number"),
            ("Graciela Ontiveros", "name"),
            ("June 4th", "date"),
        ],
    ),
    (
        "b11b-018",
        "GP with a special interest in MH, replying to the question about stepped care.\n\n"
        "For mild-to-moderate anxiety in England, NICE CG113 still says Step 2 guided self-help first – "
        "through NHS Talking Therapies (what we used to call IAPT). They'll measure PHQ-9, GAD-7 and WSAS "
        "every session, and CORE-10 in some services. If she's scoring 15+ on GAD-7 with functional "
        "impairment, it's fair to go straight to Step 3 high-intensity CBT.\n\n"
        "Meds: sertraline 50 mg as first line (NG222 for depression, CG113 for GAD), review at 2 weeks for "
        "the under-25s because of the activation risk. Pregabalin's a controlled drug now, so I avoid it "
        "unless SSRIs and SNRIs have both failed. Mirtazapine 15 mg if sleep's the big issue.\n\n"
        "Crisis: NHS 111 (option 2 for mental health in most areas), Samaritans 116 123, SHOUT on 85258. "
        "Bank Holidays and Boxing Day are when I see the most out-of-hours presentations, so document "
        "a plan before Easter and Christmas. Mind and Rethink both have decent leaflets.",
        [],
    ),
    (
        "b11b-019",
        "Addiction counsellor, responding on relapse after residential.\n\n"
        "Similar case here. Man, 38, from Tallaght, did the 13-week programme at Cuan Mhuire and was "
        "doing great for about 4 months. Then his sponsor Declan moved to Australia and within a fortnight "
        "he was back on tablets (zopiclone and street 'blues'). He rang me at 2am from 087 214 6639 – which "
        "I'd never given out as a contact number, long story.\n\n"
        "What helped:\n"
        "- Going back to Marlatt & Gordon's relapse prevention model and mapping the high-risk situations "
        "properly, instead of just 'stay away from the old crowd'.\n"
        "- CRAFT work with his mam (Meyers).\n"
        "- Getting him linked with an NA home group and a new sponsor fast.\n"
        "- Harm reduction info on benzo tapering via the HSE Drugs.ie site.\n\n"
        "I think the loss of that one relationship was the whole thing. Bowlby would have something to say "
        "about it.",
        [
            ("Tallaght", "place"),
            ("Cuan Mhuire", "organisation"),
            ("Declan", "name"),
            ("087 214 6639", "phone"),
        ],
    ),
    (
        "b11b-020",
        "Music therapist – thoughts on the nonverbal teen in residential care\n\n"
        "Agree with the OT that he's stuck in a defensive state. From a music therapy angle:\n\n"
        "- Nordoff-Robbins improvisation lets him lead without words – I'd start with a drum and "
        "a pentatonic setup so nothing sounds 'wrong'.\n"
        "- Porges' polyvagal ideas are overused, but prosody and vocal warmth do seem to help with "
        "co-regulation.\n"
        "- Perry's Neurosequential Model (NMT): patterned, repetitive, rhythmic activity before anything "
        "cortical. Drumming fits that nicely.\n"
        "- GIM (Bonny Method) is too much for now – needs far more ego strength.\n"
        "- Outcome measures: I use the IAP and the goal-attainment scaling from the NZ framework.\n\n"
        "Whānau involvement matters – if there are waiata he grew up with, bring them in. Around ANZAC Day "
        "the Last Post sometimes sets off kids with military family, so keep an eye out. Spring Term can be "
        "unsettling too with the staffing changes. Kia kaha.",
        [],
    ),
    (
        "b11b-021",
        "anyone worked with gaming disorder in a 14yo? mum dragged him in.\n\n"
        "he's on Fortnite till 3am most nights, tag is xXDingoSlayerXx, and he's been buying V-Bucks on "
        "her card (~$900 last month). goes to Mount Lawley SHS but hasn't been since the 8th of May. "
        "dad's FIFO in the Pilbara so it's mum on her own most weeks. older sister Kiara is the only one he "
        "talks to.\n\n"
        "I've got the IGDS9-SF (Pontes & Griffiths) at 38 and a K10 of 29 so there's mood stuff under "
        "there too. thinking CBT-IA (Young) but honestly he won't sit still long enough. "
        "has anyone had luck using the game itself in session? like watching him play and getting curious "
        "rather than fighting it? MI approach maybe. Also open to any WA services people rate, headspace "
        "waitlist is 10 wks",
        [
            ("xXDingoSlayerXx", "handle"),
            ("Mount Lawley SHS", "organisation"),
            ("the 8th of May", "date"),
            ("Kiara", "name"),
        ],
    ),
    (
        "b11b-022",
        "Neuropsych reply – I'd hold off on labelling this as Alzheimer's.\n\n"
        "MoCA 21/30 with the losses mainly on visuospatial and attention, fluctuations in alertness, and "
        "vivid visual hallucinations of 'small children in the garden' – that's a Lewy body picture until "
        "proven otherwise (McKeith criteria, 2017). REM sleep behaviour disorder from the spouse history "
        "would push it further. Also check for neuroleptic sensitivity before anyone reaches for "
        "haloperidol.\n\n"
        "What I'd run: RBANS or a fuller battery – WAIS-IV subtests, Trails A/B, Rey Complex Figure, "
        "CVLT-3, Boston Naming Test, phonemic vs semantic fluency. Lezak is still the reference for "
        "interpreting the pattern. DaTscan if neuro agrees.\n\n"
        "Coding: G31.83 with F02.80 pending. Donepezil 5 mg or rivastigmine patch are reasonable; "
        "Parkinsonism may emerge. For caregiver strain I give the Zarit Burden Interview and point them "
        "to the Alzheimer's Association 24/7 Helpline (800-272-3900) – it covers all dementias, not just AD. "
        "Father's Day and the holidays tend to expose how much the spouse has been covering.",
        [],
    ),
    (
        "b11b-023",
        "Clinical psych (child), Highlands. Would welcome views.\n\n"
        "9yo girl, Eilidh, lives with dad in Embo after mum left for work offshore. Referred by school for "
        "'explosive anger'. Dad (Ruaridh) is doing his best but works shifts. Teacher SDQ total 24, conduct "
        "and emotional both raised; parent SDQ much lower. Vanderbilt borderline for inattention.\n\n"
        "My formulation is more attachment than ADHD – it all started when mum went, and it's worse on "
        "the days dad is on nights. Thinking Theraplay or DDP (Hughes) rather than a neurodevelopmental "
        "pathway, but the school is pushing hard for an ADHD assessment.\n\n"
        "Practical bit: I've put her CHI 1504149823 on the CAMHS referral in case it goes that route. "
        "Does anyone in a rural board have a way of doing parent work when the only parent can't come in "
        "during the day? Attend Anywhere is patchy up here.",
        [("Eilidh", "name"), ("Embo", "place"), ("Ruaridh", "name"), ("1504149823", "id_number")],
    ),
    (
        "b11b-024",
        "Perinatal social worker in Quebec – long-time lurker.\n\n"
        "Re: the mom with intrusive thoughts and an EPDS of 16. A few things I'd want to know: item 10 "
        "score, sleep in the last 72h, any history of bipolar in first-degree relatives (postpartum "
        "psychosis risk). If item 10 is anything but 0, safety plan that day.\n\n"
        "Resources I lean on:\n"
        "- Kleiman & Raskin, This Isn't What I Expected – very readable for clients\n"
        "- Postpartum Support International's HelpLine (1-800-944-4773), which covers Canada\n"
        "- Circle of Security Parenting (Powell, Cooper, Hoffman & Marvin) once she's stabilised\n"
        "- Winnicott's 'good enough mother' is still the single most relieving phrase I can offer\n"
        "- Stern's The Motherhood Constellation for the identity piece\n\n"
        "Sertraline is compatible with breastfeeding per LactMed; most prescribers here start 25 mg and go "
        "up. In Quebec, the CLSC can send a nurse to the home. Watch the Victoria Day / Saint-Jean-Baptiste "
        "stretch – families travel, routines collapse, and sleep goes first.",
        [],
    ),
    (
        "b11b-025",
        "ok need a gut check from other couples folks.\n\n"
        "Devon and Mateo, together 9 yrs, came in after she found he'd been on a dating app. He says it was "
        "'just chatting'. Thing is, she's written about the whole affair publicly at "
        "https://devonwritesitout.substack.com and he found out mid-session that his coworkers at Intel had "
        "read it. He basically walked out.\n\n"
        "She says she posted it on Valentine's Day 2024 'so he'd feel what I felt'. He's now calling it "
        "a second betrayal. I'm using Gottman's atone-attune-attach model for affair recovery, and I had "
        "them both do the Gottman Relationship Checkup, but I can't figure out how to sequence this when "
        "both feel like the injured party.\n\n"
        "Spring's writing (After the Affair) talks about this a bit. Glass's Not 'Just Friends' too. Anyone "
        "dealt with a public-disclosure situation like this? How do you hold the hurt partner's right to "
        "her story vs his privacy?",
        [
            ("Devon", "name"),
            ("Mateo", "name"),
            ("https://devonwritesitout.substack.com", "url"),
            ("Intel", "organisation"),
            ("Valentine's Day 2024", "date"),
        ],
    ),
    (
        "b11b-026",
        "School counsellor (secondary, Victoria) – re the Year 11 boy who's stopped attending.\n\n"
        "Trauma lens first, I reckon. Bruce Perry's 'regulate, relate, reason' sequence and Dan Siegel's "
        "hand model of the brain are both things I can teach a 16yo in ten minutes. Berry Street Education "
        "Model is what our school uses across the board, so the teachers already speak the language.\n\n"
        "Screens: K10 (his was 34), plus the HEADSSS interview. If there's self-harm I'd use the "
        "ASQ rather than a full C-SSRS at school level.\n\n"
        "Referral pathways: headspace for the bulk of it, Kids Helpline 1800 55 1800 for after hours, and "
        "Lifeline if he's over that age bracket in his own mind. The ATAR pressure is real – even saying "
        "out loud that there are other pathways (VCE Vocational Major, TAFE) can drop the temperature.\n\n"
        "Term 3 into Term 4 is when the wheels fall off for Year 11s, and Melbourne Cup Day, funnily "
        "enough, is when a lot of them start drinking with older mates. Worth a casual mention.",
        [],
    ),
    (
        "b11b-027",
        "Case notes – family support, for peer review\n\n"
        "Mum (Losa Faleolo, 31) with three tamariki aged 2, 5 and 8, living in a two-bedroom state house "
        "in Ōtara. Referred after the 8yo disclosed at school that there's 'no food on Thursdays'. Mum is "
        "working nights at a packing plant and says she can't afford to stop. IRD 049-091-850 for the "
        "WINZ hardship application. Contact on 021 448 9173 (her only phone, shared with the eldest).\n\n"
        "Assessment: not neglect in the sense Oranga Tamariki means it – poverty and exhaustion. "
        "Fonofale model (Pulotu-Endemann) helped me frame it with her: family and spirituality are strong, "
        "the physical and environmental posts are the ones cracking.\n\n"
        "Question for the group: how do you advocate with MSD for an emergency grant when the client "
        "is scared that asking for help puts the kids on a register?",
        [
            ("Losa Faleolo", "name"),
            ("Ōtara", "place"),
            ("049-091-850", "id_number"),
            ("021 448 9173", "phone"),
        ],
    ),
    (
        "b11b-028",
        "DBT consult team – minutes (template version for the group)\n\n"
        "**Mindfulness:** observe the breath, 3 min.\n"
        "**Agenda:** therapist-interfering behaviour first, then life-threatening, then QoL.\n\n"
        "Discussion of the therapy-interfering pattern in the skills group:\n"
        "- Chain analysis on the missed sessions points to shame as the prompting event (Linehan, 2015 "
        "skills manual, 2nd ed.).\n"
        "- Team agreed to roleplay DEAR MAN and GIVE FAST for the next group; TIPP skills for the "
        "late-night crisis calls.\n"
        "- Diary cards: Wise Mind ratings creeping up, SI down from 4/5 to 2/5.\n"
        "- Reminder of the consultation agreements – Fallibility, Phenomenological Empathy, Observing "
        "Limits. Koerner's Doing DBT is a good refresher on this.\n"
        "- Rizvi's chain analysis book recommended for new team members.\n\n"
        "Coverage: skills coaching off during Thanksgiving week; clients given 988 and the text line "
        "(741741). Next team meeting Tuesday. Radical Acceptance handout to be updated.",
        [],
    ),
    (
        "b11b-029",
        "NP in rural Manitoba, asking about a firearms + dementia situation.\n\n"
        "Wilf Sigurdson, 84, lives alone outside Gimli. Early-moderate dementia (MoCA 17), still driving "
        "and still hunting. His neighbour reported him driving the wrong way on the highway on Jan 14 – "
        "she got his plate, GKT 482, and called the RCMP. Nobody was hurt.\n\n"
        "He refuses to discuss the guns or the truck. His SIN (046 454 286) came up when I was helping "
        "with his CPP disability forms, which is how I found out his daughter has been managing his "
        "finances without a POA.\n\n"
        "So: mandatory reporting to MPI for fitness to drive – I'm fairly clear on that. But the firearms? "
        "Do I have a duty to involve police, and how do I keep the relationship when he already sees me as "
        "the one 'taking everything away'? Any Canadian colleagues with experience of this?",
        [
            ("Wilf Sigurdson", "name"),
            ("Gimli", "place"),
            ("Jan 14", "date"),
            ("GKT 482", "id_number"),
            ("046 454 286", "id_number"),
        ],
    ),
    (
        "b11b-030",
        "Consultant psychiatrist, replying on the lithium question.\n\n"
        "Lithium remains the gold standard for bipolar I prophylaxis, whatever the pharma reps say. NICE "
        "CG185 and the BAP guidelines agree. I'd target a level of 0.6-0.8 mmol/L, higher in the acute "
        "phase, and check eGFR, TFTs and calcium every 6 months. If she's on a thiazide or an NSAID, watch "
        "the level like a hawk.\n\n"
        "Quetiapine 300-600 mg is a reasonable alternative for bipolar depression; lamotrigine for "
        "depression-predominant course, titrated slowly per the SJS guidance. Valproate is effectively off "
        "the table for anyone of childbearing potential under the MHRA/HPRA rules.\n\n"
        "Diagnostically, ICD-10 F31.4 if current episode is severe depression without psychosis. YMRS and "
        "MADRS at each review. Under the Mental Health Act 2001 in Ireland the bar for involuntary admission "
        "is high, so get the voluntary route in place early.\n\n"
        "Christmas and the Bank Holiday Monday in August are when I see most relapses. Jamison's An "
        "Unquiet Mind is the book I recommend to patients. Samaritans 116 123 for the nights.",
        [],
    ),
    (
        "b11b-031",
        "Process note – art therapy, session 7 (child, 8)\n\n"
        "Jaden arrived with his foster carer, Bev, who said he'd had 'a rough weekend after contact'. He "
        "went straight to the clay and spent most of the session building a house and then flattening it. "
        "Repeated 3 times. Said 'nobody lives here now'. When I reflected the flattening, he looked up and "
        "asked if I was coming back after half term.\n\n"
        "Thinking about Winnicott and the survival of the object – he seems to be testing whether I'll "
        "stay. Also Case & Dalley on the triangular relationship between child, therapist and image.\n\n"
        "Admin: school (St Bede's Primary) has asked for a summary for his PEP on 28th Feb. Bev's email is "
        "bev.fostering.hq@outlook.co.uk – I need to check with the social worker what I can share "
        "before replying.\n\n"
        "Supervision question: how much do I say in a school report without losing the containment of the "
        "room?",
        [
            ("Jaden", "name"),
            ("Bev", "name"),
            ("St Bede's Primary", "organisation"),
            ("28th Feb", "date"),
            ("bev.fostering.hq@outlook.co.uk", "email"),
        ],
    ),
    (
        "b11b-032",
        "Physio (persistent pain), Queensland-based – replying on the chronic low back pain referral.\n\n"
        "I'd frame this through pain science rather than structure. Moseley & Butler's Explain Pain and "
        "the Protectometer are brilliant for clients who've been told their 'discs are crumbling'. "
        "Tame the Beast is the 5-min video I send everyone. Graded motor imagery if there's any CRPS "
        "component.\n\n"
        "Screening: Örebro (short form) at 58 puts him at high risk of long-term disability, DASS-21 with "
        "stress 28, PSEQ 19. The Keele STarT Back says high risk too. I'd loop in a psychologist for ACT "
        "or pain-focused CBT.\n\n"
        "Meds: he's on tapentadol SR 100 mg BD and pregabalin 75 mg – talk to the GP about a taper plan; "
        "opioids long-term are doing him no favours per the ANZCA Faculty of Pain Medicine statements.\n\n"
        "If it's a WorkCover claim, the case manager will want function-based goals. Public holidays like "
        "Boxing Day and the Ekka show day can be a good excuse for a graded activity experiment.",
        [],
    ),
    (
        "b11b-033",
        "Hospital SW – ethics question about capacity and discharge\n\n"
        "Pt is a 91-year-old widower on the Halvorsen Pavilion step-down unit at Riverside Methodist, MRN "
        "00482917, admitted after a fall with a hip fracture. PT recommends SNF. He wants to go home to his "
        "farmhouse and says he'd 'rather die on his own porch'. His son in Arizona (cell (480) 555-0132) "
        "wants him placed and has been pressuring the team.\n\n"
        "Psych did a capacity eval: he understands, appreciates, reasons and expresses a choice (Appelbaum "
        "criteria). SLUMS 24. So legally it's his call.\n\n"
        "I'm trying to make a safe-as-possible home discharge: home health, PERS pendant, Meals on Wheels, "
        "Medicare hospice conversation down the line. The son is threatening to file for guardianship. How do "
        "others document risk acceptance so it's defensible without making the patient feel like a "
        "liability?",
        [
            ("a 91-year-old", "age"),
            ("Halvorsen Pavilion", "place"),
            ("Riverside Methodist", "organisation"),
            ("00482917", "id_number"),
            ("(480) 555-0132", "phone"),
        ],
    ),
    (
        "b11b-034",
        "Psychologist, lower North Island – on the 'chronic suicidality' thread.\n\n"
        "I'd resist escalating to inpatient every time. For chronic SI with a personality-structure "
        "component, the evidence points to specialist therapies: Mentalization-Based Treatment (Bateman & "
        "Fonagy), Schema Therapy (Young, Klosko & Weishaar), or DBT. ISTDP (Davanloo, Abbass) has some "
        "good data for treatment-resistant presentations but needs careful graded format for fragile "
        "clients.\n\n"
        "For the risk piece, CAMS (Jobes) fits really well – the SSF makes the suicidality the shared "
        "focus rather than the thing you're both avoiding. Kessler K10 plus the Columbia each session.\n\n"
        "Local numbers for anyone unfamiliar: 1737, Lifeline Aotearoa 0800 543 354, Healthline 0800 611 116, "
        "and the Suicide Crisis Helpline 0508 828 865. Matariki and Christmas are predictably hard for "
        "people estranged from whānau, so plan ahead. Joiner's interpersonal theory – thwarted "
        "belongingness – is a useful frame here too.",
        [],
    ),
    (
        "b11b-035",
        "SLT, quick one re selective mutism.\n\n"
        "Boy, 7, Oisín, attends Scoil Bhríde in Kilcock. Speaks freely at home, nothing at all in class. "
        "Teacher has been great – she's agreed to start a sliding-in programme from the 4th of October.\n\n"
        "Using the Johnson & Wintgens manual and the SMIRA resources. Talking Mats for his views. Mum "
        "has some social anxiety herself, which I think is contributing.\n\n"
        "Question: has anyone used video self-modelling with SM? I've read Kehle's work on it but never "
        "tried it. Also wondering whether to involve NEPS or hold off until we see if sliding-in works.",
        [
            ("Oisín", "name"),
            ("Scoil Bhríde", "organisation"),
            ("Kilcock", "place"),
            ("the 4th of October", "date"),
        ],
    ),
    (
        "b11b-036",
        "Forensic psychologist (prison setting, England) replying on the risk assessment query.\n\n"
        "I wouldn't lean on the PCL-R (Hare) for this one – the score gets treated as a life sentence in "
        "parole hearings. HCR-20 V3 with a proper formulation and scenario planning (Hart & Logan) is far "
        "more useful to a panel. For sexual offending the Risk Matrix 2000 and ARMS are standard in the "
        "prison service, and OASys will have been done by probation anyway.\n\n"
        "Treatment-wise, the Good Lives Model (Ward) and RNR (Andrews & Bonta) can coexist fine. Kaizen "
        "and Horizon are the accredited programmes now. MAPPA Category 2 means a lot of agencies at the "
        "table, so keep the report readable.\n\n"
        "On diagnosis: ICD-10 F60.2 is often recorded, but check whether complex PTSD is being missed – "
        "Judith Herman's work matters here. Also the OPD pathway if he screens in.\n\n"
        "Bonfire Night and Christmas tend to be flashpoints on the wings; plan any disclosure-heavy work "
        "away from those weeks.",
        [],
    ),
    (
        "b11b-037",
        "Tech-facilitated abuse – need advice fast\n\n"
        "DV counsellor here. Client fled her ex-partner Brodie Hancock 3 weeks ago and is in a refuge. "
        "Yesterday she noticed a Gmail sign-in from 203.45.112.19 that isn't hers. He's also been posting "
        "thinly veiled stuff about her on TikTok as bigdawg_bro88 – photos of places she used to go. "
        "She has an AVO (order no. 2023/00418892) but the police officer she spoke to said the online "
        "stuff was 'a grey area'.\n\n"
        "We've done the eSafety Commissioner checklist, changed passwords on a clean device, and checked "
        "her phone for stalkerware. 1800RESPECT was helpful on the tech safety side.\n\n"
        "Questions: has anyone had success getting police to act on AVO breaches via social media? And "
        "how do you balance documenting everything (for court) with her need to stop looking at his "
        "posts for her own mental health? Her PCL-5 is 61 and she's barely sleeping.",
        [
            ("Brodie Hancock", "name"),
            ("203.45.112.19", "ip"),
            ("bigdawg_bro88", "handle"),
            ("2023/00418892", "id_number"),
        ],
    ),
    (
        "b11b-038",
        "Counsellor, Nova Scotia – casual reply, sorry for the length.\n\n"
        "Honestly I think the shame is the engine here, not the perfectionism. Hope is not a strategy, but "
        "it's still worth naming what she hopes for. Some things that have worked for me:\n\n"
        "- Kristin Neff's Self-Compassion Scale (short form) as a baseline, then the MSC exercises "
        "(Neff & Germer).\n"
        "- Brené Brown's shame resilience stuff – Daring Greatly is a little pop but clients love it.\n"
        "- Tara Brach's RAIN practice for the spirals.\n"
        "- Gabor Maté is polarising, but In the Realm of Hungry Ghosts resonates with clients who grew up "
        "with addiction.\n"
        "- Compassion Focused Therapy (Gilbert) – the three-systems model is a great psychoeducation tool.\n\n"
        "Grace towards herself is the end goal. Will she tolerate it yet? Probably not. Start small. "
        "If the Victoria Day long weekend goes badly, she has 988 and the Nova Scotia Mental Health Crisis "
        "Line. Faith communities can help if she's connected to one – ask, don't assume.",
        [],
    ),
    (
        "b11b-039",
        "Play therapist – sand tray themes after a loss\n\n"
        "6yo girl, Zuri, in CCPT with me since the start of the year. Her dog Biscuit died in March and "
        "then her Nana Rose passed about six weeks later. In the tray she keeps burying the dog figure and "
        "then 'rescuing' it with a fire truck. Last week (session 14, March 3) she buried Nana too and left "
        "her there.\n\n"
        "Mom wants to know if it's 'healthy'. Teachers at Hawthorne Elementary report she's fine in class but "
        "falls apart at pick-up. Family lives in 53206 and the grief center there has a 4-month wait.\n\n"
        "I'm leaning on Landreth's work and Gil's posttraumatic play criteria – is the play moving or stuck? "
        "Right now I think it's dynamic (the rescuing changes each time) but the burying of Nana is new. "
        "Would others introduce any directive grief activities (memory box, Worden's tasks) or stay "
        "fully child-centred?",
        [
            ("Zuri", "name"),
            ("Biscuit", "name"),
            ("Rose", "name"),
            ("March 3", "date"),
            ("Hawthorne Elementary", "organisation"),
            ("53206", "place"),
        ],
    ),
    (
        "b11b-040",
        "Group therapist, replying to the IFS question – with a list because I can't help myself.\n\n"
        "IFS (Richard Schwartz) language can be really helpful in a trauma group, but be careful about "
        "doing unburdening work with an audience. In my groups we keep it to mapping Parts:\n"
        "- Managers (the planner, the people-pleaser)\n"
        "- Firefighters (bingeing, dissociating, raging)\n"
        "- Exiles (the little one who got left)\n"
        "- and Self, with the 8 Cs.\n\n"
        "Other frames I pull from: Yalom's therapeutic factors – universality and instillation of hope do "
        "most of the heavy lifting early on. Herman's three stages (safety, remembrance and mourning, "
        "reconnection) tell you not to go near trauma narratives in the first 10 sessions. Janina Fisher's "
        "Healing the Fragmented Selves and Pat Ogden's sensorimotor work for the body piece. van der "
        "Kolk's The Body Keeps the Score is fine as a primer, though the science has been critiqued.\n\n"
        "Measures: PCL-5 monthly, DES-II at intake, GQ-30 for group cohesion. Bill as 90853. Labor Day and "
        "Halloween are surprisingly triggering for some members; we check in before each.",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind11b"}
        for i, t, items in DOCS
    ]
