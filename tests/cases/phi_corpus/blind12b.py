"""Blind batch b12b, written by a helper session without sight of the guard. Forty case-
consultation posts by clinicians of mixed disciplines (LCSW, clinical/counselling psychologists,
psychiatrists, psychiatric nurses and NPs, OTs, art/play/family therapists, addiction
counsellors, social workers) in the US, UK (England and Scotland), Ireland, Canada, Australia
and New Zealand: case presentations, consultation questions, replies to colleagues,
SOAP/DAP/process notes, bullet lists and chat-style replies, formal and casual, with regional
spelling and a range of client backgrounds. Twenty documents carry 1-6 identifiers of varied
kinds (names incl. pets and lower-case nicknames, places and postcodes, dates, ages over 89,
phones, emails, URLs, IPs, handles, national ID/health/claim/plate numbers, organisations);
twenty clean documents are dense with look-alikes (cited theorists, instruments, codes, meds,
generic places, holidays, brands, word-names).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at e859f57 (the session's final rules): span recall 0.990, precision
0.884, identifier documents fully caught 0.950, clean documents flagged 0.450 (the guard at
935157f: 0.949, 0.729, 0.800, 0.800).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b12b-001",
        "Consult request: perinatal intrusive thoughts, bilingual client\n\n"
        "Hi all, LCSW in community mental health here. Looking for thoughts on a 29yo client, Marisol, "
        "G2P2, about seven months postpartum. EPDS at intake was 19, down to 14 by session 8. She's on "
        "sertraline 100 mg through her OB. The main stuck point: intrusive harm thoughts about the baby "
        "that she's terrified to disclose fully because her sister-in-law works at the county child "
        "welfare office. We did psychoed on ego-dystonic intrusive thoughts (Fairbrother's work was "
        "really helpful here) and she visibly relaxed.\n\n"
        "Then on 3/14 she no-showed and texted from a new number, (773) 555-0182, saying she'd moved "
        "back in with her mom in Pilsen and 'didn't want the doctor calling the house'. She's agreed to "
        "telehealth in Spanish but only from her car. Questions:\n"
        "1. How do folks handle ERP-style work for perinatal OCD when the client can't get privacy?\n"
        "2. Any experience with the mandated-reporting fear specifically in Latina clients with "
        "extended family in the system?\n\n"
        "Thanks in advance, happy to clarify.",
        [("Marisol", "name"), ("3/14", "date"), ("(773) 555-0182", "phone"), ("Pilsen", "place")],
    ),
    (
        "b12b-002",
        "**Step 3 case for supervision group: panic with agoraphobic avoidance**\n\n"
        "Background: woman in her early forties, lives in a market town in the East Midlands, works "
        "nights stacking shelves at a large supermarket. Referred by her GP after three attendances at "
        "A&E with chest pain (ECGs normal). PHQ-9 of 12, GAD-7 of 18, PDSS 16 at assessment.\n\n"
        "Formulation: classic Clark (1986) catastrophic misinterpretation cycle, with safety behaviours "
        "(carrying a bottle of water, sitting near exits, propranolol 10 mg PRN she hasn't actually taken "
        "since January). Some Salkovskis-style reassurance seeking with her husband.\n\n"
        "Plan so far:\n"
        "- Sessions 1-3: psychoeducation, panic diary, Agoraphobic Cognitions Questionnaire\n"
        "- Session 4: voluntary hyperventilation experiment, rated 6/10 similar to a real attack\n"
        "- Sessions 5-8: behavioural experiments dropping safety behaviours, graded exposure to the bus\n\n"
        "Question: she's said she wants to pause over Christmas and 'pick it back up in the new year'. "
        "Part of me reads that as avoidance, part of me thinks a break is reasonable after eight sessions. "
        "How do others handle this at Step 3 where we're capped at 12-16? Would you set a behavioural "
        "experiment for the break, e.g. the Boxing Day sales? Cheers.",
        [],
    ),
    (
        "b12b-003",
        "Really useful thread. Similar picture here in private practice in Ireland: 16yo lad, Fifth "
        "Year, cutting on his forearms since around Halloween, no intent on the C-SSRS screen but fairly "
        "high ideation scores on the SIQ-JR. Parents separated, he splits the week between them.\n\n"
        "What shifted things for us was a DBT-A skills frame (Miller, Rathus & Linehan) and doing chain "
        "analyses together on a whiteboard - he liked the detective angle, and it got him talking about "
        "the online stuff that was feeding it.\n\n"
        "The bit I'd flag is the school piece. His year head at Coláiste Bríde rang me directly after a "
        "teacher spotted the marks in PE, and I had to be careful about Children First obligations versus "
        "what he'd actually consented to share. The Tusla threshold wasn't met in my view but I consulted "
        "anyway and documented it. I'd echo the point above about not letting the school become the "
        "treatment setting - they mean well but the guidance counsellor was checking his arms in the "
        "corridor, which undid a fair bit of the trust work.",
        [("Coláiste Bríde", "organisation")],
    ),
    (
        "b12b-004",
        "Consult - GP referral under a Mental Health Treatment Plan, 10 sessions under Better Access\n\n"
        "Bloke in his late 30s, FIFO worker (two weeks on, one off) living in a regional town in western "
        "NSW. K10 of 32 at intake, DASS-21 severe on depression and stress, AUDIT 19. He describes the "
        "swing home as 'the worst bit - I'm a stranger in my own house'. Partner has told him she'll "
        "leave if he drinks through another R&R break.\n\n"
        "I've been thinking of it through a schema lens (Young's emotional deprivation and "
        "defectiveness, with a detached protector mode doing a lot of the heavy lifting) but I'm "
        "conscious he's only got 10 sessions, and item 80110 won't stretch much further this calendar "
        "year. Would ACT (Harris's 'The Happiness Trap' is something he'd actually read) be more "
        "realistic than trying to do modes work?\n\n"
        "Risk: denies SI, but did say over the Easter long weekend he 'drove home without remembering "
        "the last hour'. Gave him Lifeline 13 11 14 and the Beyond Blue forums, and we did a safety plan "
        "on the Beyond Now app. Any FIFO-specific resources welcome, ta.",
        [],
    ),
    (
        "b12b-005",
        "DAP note - session 11 (telehealth, client at home)\n\n"
        "D: Kateri Beardy attended by video; connection dropped twice. Reports sleeping 4-5 hrs, "
        "increased cannabis use since her cousin's funeral in Sioux Lookout on Oct. 2. Stated \"I keep "
        "thinking I should've gone home sooner.\" Still attending the practical nursing program at "
        "Confederation College but has missed two clinical placements. PHQ-9 = 18 (was 13). Denies "
        "current SI/plan, endorses passive thoughts 'once or twice'.\n\n"
        "A: Complicated grief layered on longstanding intergenerational trauma; presentation consistent "
        "with MDD, moderate, recurrent. Protective factors: connection to her grandmother, wants to "
        "finish the program. Cultural supports not yet engaged - client unsure about approaching an "
        "Elder 'because I don't speak the language'.\n\n"
        "P: Safety plan reviewed, Hope for Wellness line number saved in her phone. Discussed "
        "referral to a grief circle through the friendship centre. Client asked for a letter for "
        "academic accommodation; will need OHIP 5584-201-937-KT for the NIHB/travel paperwork. Next "
        "session in one week.",
        [
            ("Kateri Beardy", "name"),
            ("Sioux Lookout", "place"),
            ("Oct. 2", "date"),
            ("Confederation College", "organisation"),
            ("5584-201-937-KT", "id_number"),
        ],
    ),
    (
        "b12b-006",
        "Kia ora koutou, jumping in on the question about using Te Whare Tapa Whā with rangatahi. I've "
        "used Durie's model with a lot of young people in a small town on the east coast of the North Island, and honestly "
        "the thing that matters most is not treating it as a worksheet. When whānau come in, taha "
        "wairua conversations often open up more than any of the CBT stuff I trained in.\n\n"
        "A few practical bits:\n"
        "- I pair it with the Hua Oranga outcome measure rather than only the SDQ or the HoNOSCA\n"
        "- Karakia at the start if the whānau want it; I ask, I don't assume\n"
        "- Matariki and Waitangi Day are good natural points to talk about identity and whakapapa\n"
        "- If ACC sensitive claims are involved, the Integrated Safety Response people can be slow, "
        "so start the paperwork early\n\n"
        "For risk I still do a proper assessment and give out 1737 and Youthline, but I frame the safety "
        "plan around who in the whānau they'd actually go to. Also worth reading Mason Durie alongside "
        "Pohatu's work on āta. Ngā mihi.",
        [],
    ),
    (
        "b12b-007",
        "SOAP - geriatric psychiatry consult, inpatient medicine\n\n"
        "S: Asked to see this 93-year-old widow for low mood and food refusal. Patient states \"I've had "
        'my innings, love." Lives alone since her husband Bill died; daughter Shira visits daily and '
        "reports she stopped attending Temple Beth Shalom after the High Holy Days. No prior psych hx.\n\n"
        "O: MRN 00482915. Alert, oriented x3, MoCA 23/30 (lost points on delayed recall and clock). "
        "GDS-15 score 11. Weight down 4 kg over 2 months. No psychotic features. Not delirious on CAM "
        "today. Labs: Na 131, TSH wnl, B12 low-normal.\n\n"
        "A: Late-life depression, likely MDD single episode, moderate; r/o early neurocognitive "
        "disorder. Passive death wish without plan - consistent with her faith tradition's stance, "
        "she says, that she wouldn't act. Food refusal appears mood-driven rather than a capacity "
        "question at this point.\n\n"
        "P: Start mirtazapine 7.5 mg qhs (appetite, sleep; avoid SSRI given Na). Repeat Na in 48 h. "
        "Recommend SW consult re: home supports, chaplaincy if patient agrees. Will follow.",
        [
            ("93-year-old", "age"),
            ("Bill", "name"),
            ("Shira", "name"),
            ("Temple Beth Shalom", "organisation"),
            ("00482915", "id_number"),
        ],
    ),
    (
        "b12b-008",
        "OT perspective on the adult ADHD/autism thread, as promised:\n\n"
        "- Sensory: I'd do the Adolescent/Adult Sensory Profile before anything else. Dunn's quadrants "
        "(seeking, avoiding, sensitivity, registration) give clients language that isn't a diagnosis.\n"
        "- Occupation: COPM for goal-setting. Typical performance scores in the 3-4 range for self-care "
        "and productivity, satisfaction lower still.\n"
        "- Frame: MOHO (Kielhofner) works well for the volition piece; lots of people with late "
        "diagnoses have a habituation system built entirely on masking.\n"
        "- Environment: small changes in a shared terraced house can be huge - noise-cancelling "
        "headphones, a visual schedule on the fridge, a 'drop zone' by the door.\n"
        "- Benefits: if they're going through a PIP assessment or a Universal Credit work capability "
        "review, a functional report from OT carries weight with the DWP.\n\n"
        "On meds, lisdexamfetamine 30 mg seems to help some with initiation but not with the sensory "
        "overload, which is where OT really earns its keep. And as Ayres argued decades ago, regulation "
        "comes before participation. Happy to share my template if anyone wants it - just not before "
        "Monday, I'm on annual leave till then.",
        [],
    ),
    (
        "b12b-009",
        "process notes, art therapy, session 6 (ran over, sorry for the length)\n\n"
        "Indi (8) arrived with her foster carer, clutching a drawing of their dog Moose that she'd done "
        "in the car. Drew the 'house where I live now' and the 'other house' side by side. The other "
        "house had no doors. When I wondered aloud about that she said \"so dazza can't get in\" - mum's "
        "ex-partner, not someone I'd heard named before. Noted and passed to the caseworker after "
        "session.\n\n"
        "Mostly wet media today. She flooded the page with blue paint and then scraped it off with a "
        "paddle pop stick, repeating 'wash wash wash'. I think this connects to the bath routine the "
        "carer mentioned, but holding it lightly.\n\n"
        "Bit of a practical worry: she told me she's starting at Meadow Heights Primary after the school "
        "holidays and the carer confirmed they've moved to Broadmeadows, which is a fair way from the "
        "kinship family. Continuity matters so much with these kids (Perry's sequential model, "
        "regulate-relate-reason) and I'm not sure we'll keep her in service.\n\n"
        "Anyone doing art therapy under a child protection contract in Victoria - how do you argue for "
        "keeping a kid on when placement moves?",
        [
            ("Indi", "name"),
            ("Moose", "name"),
            ("dazza", "name"),
            ("Meadow Heights Primary", "organisation"),
            ("Broadmeadows", "place"),
        ],
    ),
    (
        "b12b-010",
        "Question for the trauma folks. I'm a registered psychologist in a mid-sized city on the "
        "Prairies, seeing a veteran in his 50s through VAC. Dx: PTSD (F43.10 / 309.81), AUD in early "
        "remission. PCL-5 was 51 at intake, 38 after 8 sessions of CPT (Resick, Monson & Chard). "
        "Prazosin 2 mg qhs from his GP has helped the nightmares a lot.\n\n"
        "Where I'm stuck: the impact statement is entirely about moral injury, not fear. He says \"I "
        "wasn't scared over there, I was ashamed.\" The stuck points are about what he did, not what was "
        "done to him, and Socratic questioning keeps landing on 'I deserve this'. I've been reading Litz "
        "and Shay on moral injury and wondering about adding Adaptive Disclosure elements.\n\n"
        "Also, practical question: Remembrance Day is coming and he always gets worse in November. Last "
        "year he spent the whole week in his truck outside a Tim Hortons drinking double-doubles rather "
        "than go to the cenotaph. Do people pause CPT around anniversary reactions or push through?",
        [],
    ),
    (
        "b12b-011",
        "Handover summary - community mental health nursing, for the team consult Thursday\n\n"
        "Siobhán Ní Bhriain, 41, known to the service since 2016 (BPAD I). Lives alone in a council "
        "flat in Ballyfermot, Eircode D10 K7N2. Lithium stopped by the client herself after the birth "
        'of her niece; she told me "I wanted to feel something at the christening."\n\n'
        "Relapse signature emerging over the past fortnight: pressured speech on the phone, 3 hrs sleep, "
        "spending (new car on finance). Her sister rang the team on the 23rd of May worried. Client "
        "agreeable to a home visit but not to the day hospital.\n\n"
        "Contact: mobile 087 914 2236 - she prefers texts, won't answer withheld numbers.\n\n"
        "Plan to discuss: restart lithium vs. switch to an antipsychotic given her stated reason for "
        "stopping; whether we need to involve the consultant sooner rather than later; how to keep "
        "collaboration going without it feeling coercive. Her WRAP plan from 2022 names her sister as "
        "the person to contact.",
        [
            ("Siobhán Ní Bhriain", "name"),
            ("Ballyfermot", "place"),
            ("D10 K7N2", "place"),
            ("23rd of May", "date"),
            ("087 914 2236", "phone"),
        ],
    ),
    (
        "b12b-012",
        "Couples consult (MFT, US): They came in after the husband found a Venmo history he didn't "
        "recognize. Classic pursue-withdraw cycle. On the Gottman assessment, contempt and "
        "stonewalling dominate; the Four Horsemen are all present but contempt is the one that worries "
        "me. Sound Relationship House scores are low on Love Maps and Turning Toward.\n\n"
        "I'm trained in both Gottman Method and EFT (Sue Johnson), and I keep drifting toward EFT "
        "because the attachment protest under her criticism is so obvious. Will they tolerate "
        "Stage 1 de-escalation work when the affair question is still open? She wants "
        "a disclosure session, he wants to 'move on'.\n\n"
        "Some context without specifics: married 14 years, two kids, both in their early 40s, living "
        "in a suburb outside a big Midwestern city. He sells Hondas, she's a nurse working nights. "
        "Holidays are flashpoints: Thanksgiving with his family and Fourth of July with hers.\n\n"
        "Billing is 90847 most weeks, 90834 when I see one of them alone. If anyone has handled an "
        "affair-recovery case with Spring's 'After the Affair' alongside EFT, I'd love to hear how you "
        "sequenced it. Trying to hold this with some grace rather than picking a side.",
        [],
    ),
    (
        "b12b-013",
        "Replying to the gaming thread - yes, this is so common in my caseload.\n\n"
        "I'm working with Sione Taufa, 15, Tongan, eldest of six. Parents are devout and very involved "
        "in their church; dad works double shifts. Sione stopped going to Aotea College in term 2 and is "
        "gaming 10-12 hrs a day. Mum showed me his tag, sione_t99, and he's apparently ranked and "
        "streaming. When I asked about it in session his whole face changed - it's the one place he's "
        "good at something and not 'the eldest'.\n\n"
        "I've been using a Fonofale-informed formulation (Pulotu-Endemann) rather than straight CBT for "
        "gaming disorder, and bringing aunty in because she's the one he'll actually talk to. His NHI is "
        "ZHK4821 if anyone from the DHB side ends up reviewing the referral - I know, I know, wrong "
        "place, I'll send it properly.\n\n"
        "Has anyone found a way to use the gaming itself therapeutically rather than fighting it?",
        [
            ("Sione Taufa", "name"),
            ("Sione", "name"),
            ("Aotea College", "organisation"),
            ("sione_t99", "handle"),
            ("ZHK4821", "id_number"),
        ],
    ),
    (
        "b12b-014",
        "Process notes, once-weekly psychoanalytic psychotherapy, looked-after child (10), session 34\n\n"
        "He arrived late with the escort and went straight to his box. Checked that every animal was "
        "still there, then counted them twice. I said perhaps he needed to know nothing had gone "
        "missing over the half-term break. He threw the crocodile at the wall.\n\n"
        "Thinking about this with Bion's idea of containment - the box standing for a mind that can "
        "hold things without losing them - and Winnicott's point that the object must survive the "
        "attack. I did survive it, mostly; I noticed my own wish to tidy the room.\n\n"
        "Later he built a fence around the farm animals and put the tiger outside. Said \"it's Bonfire "
        'Night, they have to stay in." Fireworks were going off in the street outside.\n\n'
        "Context: fourth placement in three years. The local authority and the Virtual School want a "
        "report for the review; social worker keeps asking whether he's 'making progress'. Would value "
        "thoughts from colleagues trained in the Anna Freud or Tavistock tradition on how to write "
        "something meaningful without exposing his inner world to a multi-agency meeting. SDQ from his "
        "carer is 24, for what it's worth, and CAMHS have closed him.",
        [],
    ),
    (
        "b12b-015",
        "omg yes to all of this. school psych here (US, middle school). i have a 7th grader right now "
        "where the whole thing blew up over a group chat. she screenshotted messages and texted jamie "
        "(her ex-bff) at like 2am, jamie's mom called the principal, and now it's a whole Title IX-adjacent "
        "mess even though nobody's done anything illegal.\n\n"
        "what's actually worked:\n"
        "- restorative circle with just the two girls + me, no parents in the room\n"
        "- having her mute the finsta account (@lilbeanxo) instead of deleting, because deleting felt "
        "like losing\n"
        "- a check-in/check-out with the counselor, very low-key\n\n"
        "the thing i'm still working through is that she's got a 504 for anxiety and her mom keeps "
        "emailing every teacher at Roosevelt Middle asking for 'accommodations' for the friendship "
        "drama. we have a meeting Sept 8 and i honestly don't know how to say 'this is normal 12yo "
        "stuff' kindly. any scripts?",
        [
            ("jamie", "name"),
            ("@lilbeanxo", "handle"),
            ("Roosevelt Middle", "organisation"),
            ("Sept 8", "date"),
        ],
    ),
    (
        "b12b-016",
        "NDIS psychosocial - functional capacity report help\n\n"
        "Mental health OT, Queensland. Client is a man in his mid-40s with treatment-resistant "
        "schizophrenia on clozapine 400 mg (plus the usual bowel monitoring), living in supported "
        "accommodation in a coastal town. Looking for advice on writing the FCA so it actually "
        "reflects permanence and impact.\n\n"
        "Measures I've used: WHODAS 2.0 (36-item), LSP-16, HoNOS, and an observational kitchen "
        "assessment. He can make toast and a cup of tea but can't sequence a three-step meal or "
        "manage money - his Centrelink payments go to a nominee.\n\n"
        "The planner keeps asking for 'evidence of functional decline' when the whole point is that "
        "he's stable *because* of supports. I've quoted the NDIS operational guidelines on "
        "psychosocial disability and the episodic nature of it.\n\n"
        "Also - any OTs using the Recovery Star or the CANSAS? He likes visual tools. He told me "
        "Christmas and Australia Day are the hardest because the support workers are all on leave and "
        "the house goes quiet. Cheers, and apologies for the essay.",
        [],
    ),
    (
        "b12b-017",
        "Case for discussion (social work, Quebec CLSC, French/English)\n\n"
        "Client: Jean-Philippe Gagnon, 52, laid off in the spring after 24 years on the line at "
        "Bombardier. Referred by his physician for 'burnout' but presentation looks more like MDD plus "
        "a serious drinking problem. AUDIT 22.\n\n"
        "He came to session 4 visibly intoxicated and said, in French, that he'd put his SIN "
        "(046 454 286) on a loan application for his son and now the son has vanished with the money. "
        "He's received a notice to vacate his apartment in the H2X 1Y4 area - he's three months behind.\n\n"
        "Risk assessment done (Columbia): passive ideation, has thought about his hunting rifle, "
        "agreed to store it with his brother-in-law. Next appointment booked for March 4th.\n\n"
        "My questions for the group: (1) how do you balance the concrete poverty and housing crisis "
        "with treating the depression, when he keeps saying therapy is a luxury; (2) anyone experienced "
        "with Québec's financial abuse resources when the abuser is an adult child?",
        [
            ("Jean-Philippe Gagnon", "name"),
            ("Bombardier", "organisation"),
            ("046 454 286", "id_number"),
            ("H2X 1Y4", "place"),
            ("March 4th", "date"),
        ],
    ),
    (
        "b12b-018",
        "Addiction counsellor here, HSE community service. Quick one about timing of relapse "
        "prevention work.\n\n"
        "Man in his 50s, farmer, midlands. AUDIT 27 at first contact, did a medically supervised detox "
        "with CIWA-Ar monitoring and chlordiazepoxide reducing regime, now on acamprosate 666 mg TDS. "
        "Ten weeks dry. Goes to AA twice a week and is reading the Big Book, which he calls 'the "
        "bible'. Practising Catholic, goes to Mass every Sunday.\n\n"
        "He's in the action stage by any reading of Prochaska & DiClemente, but the MI part of me "
        "(Miller & Rollnick) is wary of him doing too much too fast. St Patrick's Day is the big test - "
        "every social thing in the parish revolves around pints of Guinness after the match and the "
        "local GAA club is his whole social world.\n\n"
        "Would ye do an explicit high-risk-situation plan for the day (Marlatt's model) or is that "
        "setting him up to focus on it? Also any views on SMART Recovery alongside AA? Grand, thanks.",
        [],
    ),
    (
        "b12b-019",
        "Letter-style summary for MDT consult (adult psychiatry, NHS trust)\n\n"
        "Re: female, DOB 12.04.1961, NHS no. 943 476 5919, currently an inpatient on Aire Ward.\n\n"
        "This lady was admitted informally with a recurrence of psychotic depression - nihilistic "
        "delusions ('my insides have rotted'), poor oral intake, MADRS 38. She lives with her husband "
        "in the LS6 area and had been well for almost a decade on venlafaxine 225 mg plus "
        "quetiapine 100 mg until her GP, Dr Chukwuemeka Eze, reduced the venlafaxine over concerns about "
        "blood pressure.\n\n"
        "We are now considering ECT given the severity and the previous good response (2009, 8 "
        "treatments). She has capacity fluctuating day to day. Question for colleagues: in your "
        "experience, is it better to re-titrate venlafaxine alongside a course of ECT, or switch to "
        "lithium augmentation post-ECT per the NICE pathway? The family are keen to avoid another "
        "admission; the husband has asked about a second opinion.",
        [
            ("12.04.1961", "date"),
            ("943 476 5919", "id_number"),
            ("Aire Ward", "place"),
            ("LS6", "place"),
            ("Chukwuemeka Eze", "name"),
        ],
    ),
    (
        "b12b-020",
        "Eating disorders consult - US, outpatient psychologist\n\n"
        "Seeing a college sophomore (19) at a university in a college town in the Southeast. "
        "Restrictive AN, BMI 16.8, EDE-Q global 4.2, bradycardic at last check (HR 46). Medically "
        "monitored by student health; psychiatrist has her on olanzapine 2.5 mg. F50.01.\n\n"
        "Her parents live out of state and are very keen on FBT (Lock & Le Grange) over the summer "
        "break, but she's an adult and not thrilled. I've been doing CBT-E (Fairburn) with her and we're "
        "at the stage where regular eating is meant to be in place, but it isn't.\n\n"
        "Questions:\n"
        "- Anyone have experience with emerging-adult adaptations of FBT where the young person is "
        "technically independent?\n"
        "- When do you call it and recommend a higher level of care (PHP/IOP)? APA guidelines are a bit "
        "vague for someone who's medically 'stable-ish'.\n"
        "- Her goal for Thanksgiving is 'to eat pie without compensating.' Sweet and also terrifying.\n\n"
        "Hope this isn't too long. Will summarize what I learn for the group.",
        [],
    ),
    (
        "b12b-021",
        "Family violence consult - please read carefully, complex safety issues\n\n"
        "Psychologist, outer suburbs, Victoria. Client is Priya Raghunathan, 34, on a partner visa, "
        "two kids under five. Disclosed coercive control by her husband Karthik: he holds her passport, "
        "monitors her phone, and she has no access to money. Her Medicare number 2951 60412 1 is on "
        "his card, so he sees every appointment she has.\n\n"
        "She's now staying with a friend in Dandenong 3175 and wants to apply for family violence "
        "provisions under the visa. We did the MARAM screening on 21/06; assessed as serious risk "
        "(strangulation history, threats to take the kids overseas). Safe number for her is a second "
        "SIM: 0431 227 908 - do not leave voicemails.\n\n"
        "I've linked her with the Orange Door and she has a lawyer through legal aid. What I'm asking "
        "is about the therapy itself: she's got a lot of shame in the frame of her culture and "
        "community ('good wives don't talk'). Any recommendations on trauma work that doesn't push "
        "disclosure before she's safe?",
        [
            ("Priya Raghunathan", "name"),
            ("Karthik", "name"),
            ("2951 60412 1", "id_number"),
            ("Dandenong 3175", "place"),
            ("21/06", "date"),
            ("0431 227 908", "phone"),
        ],
    ),
    (
        "b12b-022",
        "Kia ora, quick reply re: polyvagal and EMDR. I'd be a bit careful about how hard you lean on "
        "Porges's theory - the neuroscience critiques (Grossman and others) are worth reading - but "
        "clinically the 'ladder' language is really usable. I use Deb Dana's maps with clients before "
        "Phase 3 of Shapiro's protocol, and I've started adding Siegel's window of tolerance drawing.\n\n"
        "A few of my clients have done the Safe and Sound Protocol first through another provider, and "
        "honestly results are mixed. The ones who did best had solid resourcing and a stable home base. "
        "I track IES-R and the DES-II before and after, and use SUDs/VoC within sessions.\n\n"
        "Also - ACC sensitive claims will fund EMDR for most people, but check the approved provider "
        "list. Winter and Matariki tend to be heavy for a lot of my clients, so I slow down then. Good "
        "luck with it!",
        [],
    ),
    (
        "b12b-023",
        "Court-mandated client, need a gut check (LADC, California)\n\n"
        "Client is on probation for a second DUI, case no. CR-2023-004417, and his PO, Officer Delgado, "
        "wants weekly attendance reports. He's a delivery driver for UPS and terrified of losing the job "
        "if his license gets suspended again. He told me he's been driving anyway - his plate is 7KJP218 "
        "and he said, laughing, 'they'd have to catch me first.'\n\n"
        "ASAM dimensions: low withdrawal risk, moderate relapse potential, recovery environment poor "
        "(lives with roommates who drink). AUDIT 24. Started naltrexone 50 mg through his PCP.\n\n"
        "My dilemma: the release of information covers attendance and UA results, not what he says in "
        "group. Do I have any obligation regarding the driving disclosure? He's in a small place outside "
        "Bakersfield with no transit, which is part of why he's driving. I'd rather work on it in "
        "session using MI than blow up the alliance, but I want to check I'm not missing a duty here.",
        [
            ("CR-2023-004417", "id_number"),
            ("Delgado", "name"),
            ("UPS", "organisation"),
            ("7KJP218", "id_number"),
            ("Bakersfield", "place"),
        ],
    ),
    (
        "b12b-024",
        "Person-centred counsellor, BACP registered, university counselling service in the South West. "
        "Wanted to think aloud about cultural humility.\n\n"
        "Student in her second year, British Pakistani, Urdu and English at home, practising Muslim. "
        "Presented with low mood and academic anxiety; CORE-10 of 22 at first session. She fasted through "
        "Ramadan during exam season and said her parents 'wouldn't understand' a mental health referral.\n\n"
        "I'm trying to offer Rogers' core conditions without letting my own whiteness stay invisible in "
        "the room. Mearns & Thorne on congruence helps, and I've been reading Lago on race and culture in "
        "counselling. She joked that I'd 'never had to explain Eid to a lecturer' and I think she was "
        "testing whether I could hear that.\n\n"
        "She messages the service via WhatsApp sometimes, which isn't really our policy. Faith is "
        "central to her coping - dua before exams - and I don't want to pathologise that. Any thoughts "
        "from colleagues on working with religious coping within a non-directive frame? Also happy to be "
        "told if I'm overthinking it.",
        [],
    ),
    (
        "b12b-025",
        "Genogram notes for peer consult (family therapist, west of Ireland)\n\n"
        "Three generations, sharing for pattern-spotting:\n"
        "- Index client: Saoirse, 14, school refusal since Christmas Day 2021, when her grandmother "
        "collapsed at the dinner table\n"
        "- Mum: Nuala, 44, nurse, very anxious, 'sleeps with the phone'\n"
        "- Dad: Declan, 47, works away in England Monday to Friday\n"
        "- Maternal grandmother: granny Bridie, 78, survived the stroke, now lives with them in Tuam\n"
        "- Older brother (17), 'the easy one'\n\n"
        "Pattern I'm seeing: women in this family care for each other by staying home. Nuala left "
        "school at 15 to mind her own mother. Saoirse says she stays home 'in case granny needs me'. "
        "Nobody has ever named this as a family script.\n\n"
        "I'm thinking Milan-style circular questions and a bit of Byng-Hall's family scripts. School is "
        "pushing for a reduced timetable and an NEPS psychologist. Would welcome ideas on how to bring "
        "Declan in when he's only home at weekends.",
        [
            ("Saoirse", "name"),
            ("Christmas Day 2021", "date"),
            ("Nuala", "name"),
            ("Declan", "name"),
            ("Bridie", "name"),
            ("Tuam", "place"),
        ],
    ),
    (
        "b12b-026",
        "Play therapist (Canada) - selective mutism question\n\n"
        "Five-year-old in kindergarten, speaks freely at home in English and Punjabi but not a word at "
        "school. Teacher's SDQ shows emotional symptoms high; parent CBCL internalizing elevated. ASQ "
        "was within normal limits at the 48-month mark.\n\n"
        "I'm doing Child-Centered Play Therapy (Landreth, with a lot of Axline in how I think about "
        "it), and the sandtray has been lovely - the Playmobil family is always hiding in the barn. "
        "But I'm wondering whether I should be layering in more directive stimulus-fading, per the "
        "SM literature (Kotrba, Bergman's integrated behavioural approach).\n\n"
        "He whispered to his mom in my office last week, which is the first time I've heard his voice. "
        "School is a small one in northern Ontario and they're keen but under-resourced. Family Day "
        "weekend is coming up and mom wants to try a 'sliding-in' visit to the empty classroom. Any "
        "thoughts on Theraplay elements for the parent-child piece? Thanks all.",
        [],
    ),
    (
        "b12b-027",
        "Bit of a boundary question, clinical psychologist in private practice (UK)\n\n"
        "Working with Kerry-Ann Barnett, late 30s, emotionally unstable PD diagnosis from a previous "
        "service which she rejects (I'm inclined to agree - it reads more like complex trauma, and "
        "Herman's work fits better). She's doing well with a phase-based approach and some compassion-"
        "focused work (Gilbert).\n\n"
        "Issue: she's started sending me links to her blog, www.kezzabakesitbetter.co.uk, where she "
        "writes about our sessions in quite a lot of detail. Nothing defamatory, but it's public. She "
        "also emailed me from kezzab.1987@hotmail.co.uk rather than the secure portal to ask if I'd "
        "read the latest post.\n\n"
        "She works early shifts at Greggs and says writing is the only thing that helps after work. I "
        "don't want to shame her for it - she's been shamed her whole life - but I'm worried about her "
        "privacy and also about my own. How would people approach this? Ruptures and repairs "
        "(Safran & Muran) might be the frame, but I'd like to get it right.",
        [
            ("Kerry-Ann Barnett", "name"),
            ("www.kezzabakesitbetter.co.uk", "url"),
            ("kezzab.1987@hotmail.co.uk", "email"),
            ("Greggs", "organisation"),
        ],
    ),
    (
        "b12b-028",
        "Med management summary for peer review (PMHNP, US)\n\n"
        "Bipolar II, current episode depressed (F31.81). Lithium carbonate 900 mg qhs, level 0.8 "
        "mEq/L, TSH and creatinine stable. Lamotrigine titrating per the standard schedule, currently "
        "100 mg. MADRS 24 -> 17 over eight weeks; YMRS 4. No rash.\n\n"
        "Psychosocial: veteran, followed at the VA for primary care but sees me privately for psych. "
        "Lives in a rural county in Appalachia, 90-minute drive each way, so we alternate in-person and "
        "Doxy.me. Works seasonally; Labor Day through New Year's is the worst stretch for him "
        "historically.\n\n"
        "Billing: 99214 + 90833 for the med check plus 16-37 min psychotherapy add-on.\n\n"
        "Question: would you add quetiapine 50 mg for sleep or push lamotrigine to 200 mg first? "
        "He's worried about weight; he's already up 6 lb since starting lithium. Also open to views on "
        "IPSRT (Frank) for the rhythm piece - it seems ideal for someone whose schedule collapses every "
        "fall.",
        [],
    ),
    (
        "b12b-029",
        "Older adult consult - counselling psychologist, Ontario\n\n"
        "Referred by the care home physician: a 91-year-old Sikh man, retired truck driver, moved into "
        "Maplecrest Manor after a fall. Presenting with agitation at night and refusing to eat the "
        "home's food. His daughter Gurpreet visits from Brampton most evenings and brings him dal and "
        "roti, which he eats happily.\n\n"
        "MoCA 19/30 in Punjabi with an interpreter (probably underestimates him). CSDD score 12. "
        "Behavioural mapping suggests agitation peaks around 8 pm, which is when the evening staff "
        "change over and he used to do his prayers (Rehras). Staff had been redirecting him to bed.\n\n"
        "We had a family meeting on Jan. 17 and agreed to trial protected prayer time and having "
        "Gurpreet's recorded voice reading Gurbani on a tablet. Early days, but nights are calmer.\n\n"
        "Question: how do others document 'responsive behaviours' so LTC staff see the meaning rather "
        "than the behaviour? I'm leaning on Kitwood's person-centred dementia care and the P.I.E.C.E.S. "
        "framework.",
        [
            ("91-year-old", "age"),
            ("Maplecrest Manor", "organisation"),
            ("Gurpreet", "name"),
            ("Brampton", "place"),
            ("Jan. 17", "date"),
        ],
    ),
    (
        "b12b-030",
        "Counsellor working in social and emotional wellbeing, Northern Territory. Responding to the "
        "question about adapting CBT.\n\n"
        "I'd start with the SEWB model (Gee, Dudgeon, Schultz, Hart & Kelly) - the seven domains "
        "(body, mind and emotions, family and kinship, community, culture, Country, spirituality and "
        "ancestors) - and let the client tell you which one is hurting. In a remote community it's very "
        "often Country and kinship, not 'cognitions'.\n\n"
        "Practical things that have helped me:\n"
        "- Yarning rather than structured interviewing; I use the K5 rather than the K10 where I need a "
        "number\n"
        "- Sorry Business comes first, always - I'll go weeks without seeing someone and that's fine\n"
        "- Working alongside an Aboriginal Health Practitioner from the ACCHO, not around them\n"
        "- Knowing that 13YARN (13 92 76) exists and is run by mob\n\n"
        "NAIDOC Week is a great time for connection activities. And read Judy Atkinson on trauma "
        "trails if you haven't.",
        [],
    ),
    (
        "b12b-031",
        "Social worker, NGO, North Island. Need advice on a benefits/housing tangle.\n\n"
        "Client: Losa, 38, Samoan, solo mum of three, lives in Ōtara. Was on a night-shift contract at "
        "Fonterra's distribution site until it ended. Now on Jobseeker but WINZ stopped her "
        "accommodation supplement after a mix-up with her IRD number (049-091-850 according to her, "
        "but the letter has a different one).\n\n"
        "She's got depression (PHQ-9 17) and has been referred to the Access and Choice service at her "
        "GP. Oranga Tamariki had a report last year that was closed NFA.\n\n"
        "Best contact is her cousin's phone, 027 448 1932, since her own prepay ran out. I'm trying "
        "to avoid her losing the house; rent arrears are about six weeks. Has anyone successfully "
        "escalated this kind of IRD mismatch quickly, or is it just sitting on hold for hours?",
        [
            ("Losa", "name"),
            ("Ōtara", "place"),
            ("Fonterra", "organisation"),
            ("049-091-850", "id_number"),
            ("027 448 1932", "phone"),
        ],
    ),
    (
        "b12b-032",
        "Child psychiatrist, reply to the ADHD medication thread:\n\n"
        "For the 9yo with combined presentation (F90.2) and significant emotional dysregulation, I'd "
        "get both parent and teacher Vanderbilt scales (or Conners 3) before switching anything. If "
        "methylphenidate ER 36 mg is causing the afternoon crash, guanfacine ER 1 mg as add-on can take "
        "the edge off the rebound irritability. Barkley's point about emotional impulsivity being core "
        "to ADHD rather than comorbid is worth sharing with parents.\n\n"
        "Re: school, push for an IEP rather than a 504 if there's a learning disability in the mix; "
        "charter schools vary a lot on how they handle this. Behaviour plans that lean on Minecraft or "
        "Roblox time as reinforcers work well for this age group, just keep the screen-time limits "
        "consistent across both households.\n\n"
        "Halloween and the week after are always rough (sugar, late nights, costumes at school). "
        "Parent training (PCIT or Triple P) is the most evidence-based add-on. Summer camps with "
        "structure help too. Rose-tinted promises about a 'cure' are the thing I'd avoid with families.",
        [],
    ),
    (
        "b12b-033",
        "Scottish clinical psychologist - tech-facilitated abuse question\n\n"
        "Client in her 20s, referred from the GP with PTSD symptoms after leaving a controlling "
        "relationship. Her CHI is 0712854419 (sending the referral letter separately, obviously). "
        "She moved to a flat in Leith to get away from him, but her ex, Fraser Mackintosh, keeps "
        "turning up. Police Scotland's cyber unit found he'd been logging into her iCloud from "
        "86.154.22.173, which traced back to his work.\n\n"
        "PCL-5 is 58; she's hypervigilant to the point of checking her phone location settings dozens "
        "of times a day - which, honestly, is partly adaptive.\n\n"
        "I'm wanting to start trauma-focused CBT (Ehlers & Clark) but it feels premature while the "
        "threat is ongoing. How are others thinking about 'stabilisation first' when the danger isn't "
        "in the past? Domestic Abuse (Scotland) Act case is going through now.",
        [
            ("0712854419", "id_number"),
            ("Leith", "place"),
            ("Fraser Mackintosh", "name"),
            ("86.154.22.173", "ip"),
        ],
    ),
    (
        "b12b-034",
        "OCD case, looking for input (counselling psychologist, Ireland)\n\n"
        "Seventeen-year-old sitting the Leaving Cert in June. Scrupulosity presentation: intrusive "
        "blasphemous thoughts during Mass, compulsive Hail Marys, confession seeking reassurance. "
        "CY-BOCS 26. Fluoxetine 40 mg from the CAMHS consultant, going up to 60 mg.\n\n"
        "Formulation follows Salkovskis's inflated responsibility model and Rachman on thought-action "
        "fusion. ERP hierarchy built with her: reading a list of 'bad words' (SUDs 40), writing them "
        "(60), saying them aloud in the church car park (85).\n\n"
        "Her parish priest has been surprisingly helpful - he told her God doesn't need her to repeat "
        "prayers. Abramowitz has some good material on working with clergy in religious OCD. "
        "She went to a Gaeltacht course last summer and says that was the only time she felt 'free', "
        "which we've been using as evidence.\n\n"
        "Question: do I pause ERP over the exam period or keep it going at low intensity? Junior "
        "Cycle results were fine so it isn't about ability.",
        [],
    ),
    (
        "b12b-035",
        "LMHC, New Jersey - college student, telehealth, safety planning question\n\n"
        "My client (goes by Dozie, 20, Nigerian-American, first in family at university) is a junior at "
        "Rutgers studying pharmacy. His parents expect him to be a pharmacist and he's been failing "
        "organic chem quietly. PHQ-9 21 last week, item 9 endorsed 'several days'.\n\n"
        "Student ID 194006622 - I need it for the dean of students' medical withdrawal form, which "
        "he's considering. He asked me to send the form to d.nwosu22@gmail.com rather than his school "
        "email, because he's scared his adviser will see it.\n\n"
        "Collaborative safety plan done (Stanley-Brown), 988 saved, and means counselling re: the "
        "meds in the shared apartment. Considering CAMS (Jobes). The cultural piece is big - he says "
        "'in my family you don't get depressed, you pray harder'. How do people involve parents when "
        "the client is an adult and actively doesn't want them to know?",
        [
            ("Dozie", "name"),
            ("Rutgers", "organisation"),
            ("194006622", "id_number"),
            ("d.nwosu22@gmail.com", "email"),
        ],
    ),
    (
        "b12b-036",
        "CAT practitioner, NHS, seeking reflections on an ending\n\n"
        "Sixteen-session Cognitive Analytic Therapy with a woman in her 50s living in a seaside town on "
        "the south coast. Recurrent depression, long history of caring for others. Reformulation letter "
        "at session 4 named the reciprocal roles 'neglecting/abandoning to neglected/abandoned' and "
        "'demanding to striving'. The SDR became a real anchor; she kept it on the fridge.\n\n"
        "Target problem procedures: placation trap, 'if I don't look after everyone I'll be left "
        "alone'. CORE-OM 1.9 down to 1.1. Psychotherapy File ratings shifted on the placation and "
        "snag items.\n\n"
        "The ending falls just before Boxing Day, which in her family was always the day her "
        "father left. Ryle and Kerr write about ending as the core task - the 'goodbye letter' - but "
        "I'm wondering whether to offer the 3-month follow-up in January rather than the usual slot. "
        "She's also starting at the Jobcentre's work programme in the new year, so there's a lot of "
        "change at once. Thoughts from other CAT folks welcome.",
        [],
    ),
    (
        "b12b-037",
        "Involuntary admission - reflections for the registrar group (psychiatry, Queensland)\n\n"
        "Young man, 23, first-episode psychosis with prominent persecutory delusions involving the "
        "neighbours. Brought in by QPS after barricading himself in. Mitchell had stopped his "
        "risperidone after two weeks citing sexual side effects nobody had warned him about.\n\n"
        "Admitted to Princess Alexandra Hospital under a Treatment Authority on 5/3/24. Family told us "
        "he'd been doing apprenticeship blocks with Energex and was well liked on the crew. His driver "
        "licence (no. 083 412 967) was found in the car with a note listing the neighbours' rego "
        "plates, which the police have.\n\n"
        "Now on aripiprazole 10 mg, much better tolerated, BPRS down from 62 to 38. He's asking to be "
        "discharged to his mum's.\n\n"
        "Teaching point I'd like discussion on: how we talk about side effects at initiation, and "
        "whether the MHA review is the right time to bring up his rights re: second opinion. Also "
        "Mitchell O'Dea's family are asking for a meeting - will do an Open Dialogue-style one.",
        [
            ("Mitchell O'Dea", "name"),
            ("Mitchell", "name"),
            ("Princess Alexandra Hospital", "organisation"),
            ("5/3/24", "date"),
            ("Energex", "organisation"),
            ("083 412 967", "id_number"),
        ],
    ),
    (
        "b12b-038",
        "Perinatal mental health, Canada - infant-parent work\n\n"
        "Mom in her early 30s, first baby (4 months), EPDS 15 at the public health nurse's visit, "
        "referred to me for dyadic work. She's on sertraline 50 mg and breastfeeding. She describes "
        "feeling 'like a vending machine' and says the baby 'hates me' when he turns away.\n\n"
        "I'm using a Circle of Security frame (Powell, Cooper, Hoffman & Marvin) and showing her short "
        "clips of Tronick's still face experiment, which helped her see that looking away is the baby "
        "regulating, not rejecting. Beatrice Beebe's work on face-to-face interaction is also in my "
        "head a lot - and Bowlby, always.\n\n"
        "Her partner works rotations up north and is gone over Victoria Day and Canada Day, which is "
        "when her mood dips. We're thinking about a video-feedback session (VIPP-SD-style) the next "
        "time he's home. Any clinicians using the Working Model of the Child Interview in practice? "
        "Wondering if it's worth the time.",
        [],
    ),
    (
        "b12b-039",
        "Combat vet, nightmares, consult (psychologist, US, community clinic)\n\n"
        "Ramón is 34, served two deployments with 3rd Battalion, 5th Marines, discharged in 2013. "
        "Enrolled at the VA but prefers our clinic because 'the VA feels like the Corps'. Nightmares "
        "nearly every night, usually the same one about a convoy. He marks the anniversary on June 11th "
        "by not sleeping at all.\n\n"
        "PCL-5 63. Tried prazosin, stopped due to orthostasis. We're 5 sessions into Imagery Rehearsal "
        "Therapy (Krakow) and he's rewritten the ending twice. He says the new ending 'feels like a lie'. "
        "Wondering about switching to Written Exposure Therapy (Sloan & Marx) since he won't do PE.\n\n"
        "Also: he lives alone out past Oceanside, drives to his buddy's place on base at Camp Pendleton "
        "when he can't sleep. That buddy is his main support. Thoughts on bringing peers into treatment "
        "for vets who won't do group?",
        [
            ("Ramón", "name"),
            ("3rd Battalion, 5th Marines", "organisation"),
            ("June 11th", "date"),
            ("Oceanside", "place"),
            ("Camp Pendleton", "place"),
        ],
    ),
    (
        "b12b-040",
        "Reading list from our trans-Tasman supervision group, as requested - roughly by theme:\n\n"
        "**Attachment & development**: Bowlby; Ainsworth; Main & Hesse; Fonagy on mentalization; "
        "Dan Siegel's 'The Developing Mind'; Bruce Perry's Neurosequential Model.\n"
        "**Trauma**: Judith Herman; Bessel van der Kolk (critically!); Janina Fisher on parts work; "
        "Pat Ogden's sensorimotor approach.\n"
        "**Mindfulness & acceptance**: Kabat-Zinn's MBSR; Hayes, Strosahl & Wilson on ACT; Russ Harris "
        "for clients; Kristin Neff on self-compassion.\n"
        "**Group & existential**: Yalom, obviously; Frankl.\n"
        "**Measures we discussed**: K10, DASS-21, ORS/SRS (Duncan & Miller), CORE-10, HoNOS, WHO-5.\n\n"
        "Notes from the meeting: a lot of our Pākehā models miss whānau and kin entirely - flagged "
        "for next month. Will anyone volunteer to present? Grace under pressure is still the best description of "
        "the work. Meeting moved to the Tuesday after Anzac Day. Bring snacks, and please log CPD hours "
        "before the end of the financial year.",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind12b"}
        for i, t, items in DOCS
    ]
