"""Blind batch b12c, written by a helper session without sight of the guard: 40 case-consultation
threads between clinicians (opening post, colleagues' replies with formulations, reading lists,
practical tips and ethics questions, then the presenter's follow-up). Voices cover US
LCSWs/LPCs/ psychologists, UK IAPT/NHS and university counsellors, Canadian RPs/RSWs, Australian
psychs and counsellors, New Zealand and Irish clinicians, with Markdown headings, quoted
replies, bullet lists and chatty shorthand. 20 documents carry 1-6 slipped identifiers (names
incl. nicknames and word-names, suburbs/postcodes/Eircodes, dates, 90+ ages, phone, email, URL,
IP, handles, OHIP/NHS/ NHI/Medicare/student/court/plate numbers, employers, schools, churches,
hospitals); 20 are clean but dense with cited authors, instruments, codes, meds, hotlines,
holidays, generic places, brands and sentence-initial word-names.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at e859f57 (the session's final rules): span recall 0.966, precision
0.734, identifier documents fully caught 0.900, clean documents flagged 0.450 (the guard at
935157f: 0.898, 0.515, 0.750, 0.850).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b12c-001",
        "**Consult request: 13yo, cutting disclosed at school, parents minimising**\n\n"
        "Posting for input from anyone who works with early adolescents. Client is 13, 8th grade at "
        "Westbrook Academy, referred by the school counselor after a classmate saw cuts on her forearm "
        "in gym. First session was 10/17. Parents (both physicians) see it as 'a phase' and want her "
        "'back to normal by the holidays'. Kaylee herself is guarded, answers in one word, but engaged "
        "when we talked about her drawing.\n\n"
        "Questions:\n1. How are folks balancing confidentiality with a 13-year-old vs parents' right to "
        "know re: frequency/severity?\n2. Any favourite psychoeducation for parents who minimise?\n\n---\n"
        "**Reply (LPC, Ohio):** I'd anchor the parents with the C-SSRS results so it's data rather than "
        "your opinion. Nock's work on NSSI functions is a good framing: affect regulation vs "
        "interpersonal. For parents, the Cornell self-injury resource sheets are solid.\n\n"
        "**Reply (LCSW, Oregon):** Agree. I spell out the limits of confidentiality in the first session "
        "with teen and parents together: 'I'll tell them if I'm worried about your safety, and I'll tell "
        "you before I tell them.' Also screen for disordered eating; overlap is common at this age.\n\n"
        "**Follow-up from OP:** Thanks both. Did the joint session Thursday. Mom teared up when I showed "
        "the C-SSRS. Dad still sceptical but agreed to lock up his meds. Kaylee drew a comic for me about "
        "a cat with armour. Progress.",
        [("Westbrook Academy", "organisation"), ("10/17", "date"), ("Kaylee", "name")],
    ),
    (
        "b12c-002",
        "Title: Anticipatory grief vs depression in a very old client - thoughts?\n\n"
        "Hi all, IAPT-trained CBT therapist here, now in a community older adults team. Referred lady is "
        "aged 92, living alone in Hebden Bridge since her husband Cyril died in the spring. GP started "
        "sertraline 50mg; PHQ-9 was 16 at assessment, GDS-15 of 9. She's sharp (MoCA 27) and funny but "
        "says she is 'just waiting my turn'.\n\n"
        "I'm unsure whether to treat this as depression or to sit with it as a reasonable existential "
        "stance at her stage of life. Does anyone use Dignity Therapy (Chochinov) or is that only for "
        "palliative?\n\n"
        "> **Reply:** Lovely question. I'd not pathologise 'waiting my turn' on its own - plenty of very "
        "old people say it calmly. What matters is hopelessness, anhedonia and whether she still enjoys "
        "small things. Yalom's *Staring at the Sun* is worth a reread. Chochinov's model adapts fine "
        "outside palliative care.\n\n"
        "> **Reply:** Behavioural activation scaled right down works well here. Also check hearing and "
        "loneliness - Age UK befriending or the Silver Line can help.\n\n"
        "**OP update:** Took your advice. She still bakes a Victoria sponge every Sunday for the "
        "neighbours, which is hardly anhedonia. We've agreed on a life-review project around Cyril's "
        "letters from the war.",
        [("aged 92", "age"), ("Hebden Bridge", "place"), ("Cyril", "name")],
    ),
    (
        "b12c-003",
        "**Consult: panic disorder after repeated cardiac workups**\n\n"
        "Ontario-based RP here. 41M, panic attacks x 6 months, three ED visits, all cardiac workups "
        "clear. PDSS score 18. He was prescribed lorazepam PRN by a walk-in and is now using it daily. "
        "Referral letter lists OHIP 5584-229-187-KT and says the family doc wants CBT 'to get him off "
        "the benzo'.\n\n"
        "My questions: (a) sequence - start interoceptive exposure while he's still on daily lorazepam, "
        "or coordinate a taper first? (b) anyone used Barlow's *Mastery of Your Anxiety and Panic* "
        "workbook with clients whose first language isn't English? He's Tamil-speaking.\n\n"
        "**Reply - psychologist, eastern Ontario:** Coordinate the taper, but don't wait for it to finish. "
        "Safety behaviours (including PRN benzos) undercut exposure, per Clark's model, so name that with "
        "him and the prescriber. The Ashton Manual is the classic taper reference.\n\n"
        "**Reply - MSW, Nova Scotia:** Check with the publisher about translations. Otherwise, Craske's "
        "inhibitory learning framing translates well verbally.\n\n"
        "**OP:** Great, thank you. GP agreed to a 10% taper every two weeks. First interoceptive session "
        "(spinning in the chair) went better than expected.",
        [("5584-229-187-KT", "id_number")],
    ),
    (
        "b12c-004",
        "**Thread: FIFO worker, alcohol and the swing roster**\n\n"
        "G'day all. Psych in WA, seeing a 29yo male FIFO worker (2 weeks on / 1 off), AUDIT 22, K10 of "
        "31. Drinks heavily on the off week, gets into fights at the local, partner threatening to leave. "
        "He's cagey in session but emails me long messages at 2am - from mitch.rb.fifo@outlook.com - which "
        "I've now had to set boundaries around.\n\n"
        "He lives in Ellenbrook 6069 when he's home. Referred under a MHCP, 10 sessions.\n\n"
        "Qs: anyone using MI + CRA with FIFO blokes? And how do you handle between-session emails without "
        "rupturing?\n\n"
        "> **Reply (clinical psych, QLD):** MI first, absolutely - Miller & Rollnick 4th ed. For emails, I "
        "put it in the consent form and then reflect it back warmly: 'I can see you've got a lot to say "
        "at 2am. Let's make room for it here.'\n\n"
        "> **Reply (counsellor, NT):** Check his roster against sessions; telehealth on his on-swing can "
        "work if the camp has decent wifi. Also screen for sleep, the 12-hour nights wreck people.\n\n"
        "**OP follow-up:** Moved to fortnightly telehealth from camp. Emails down to one a week. AUDIT "
        "down to 15 at session 6.",
        [("mitch.rb.fifo@outlook.com", "email"), ("Ellenbrook 6069", "place")],
    ),
    (
        "b12c-005",
        "Kia ora koutou - seeking cultural and clinical input.\n\n"
        "Pakeha clinical psychologist, working with a 17yo wahine Maori, first-episode psychosis, "
        "referred by the EIS team. NHI is ZKT4829 (sorry, copying from the referral). She goes by Aroha "
        "with whanau and staff. Lives with her kuia in Porirua.\n\n"
        "She hears her tupuna and is clear that is not the illness - the distressing voices are "
        "different. I don't want to collapse a cultural experience into positive symptoms. Te Whare "
        "Tapa Wha has been my frame so far, and we've involved a kaumatua.\n\n"
        "> **Reply:** Kia ora, good on you for asking. Durie's model is right. Make sure a Maori clinician "
        "is involved if possible. Distinguish the experiences *with her*, not for her.\n\n"
        "> **Reply:** From a CBTp angle, Morrison's work on appraisals fits: the question isn't 'is this "
        "real' but 'is this distressing'. Formulate only the distressing voices.\n\n"
        "**Update from me:** Kaumatua session last week was huge. Aroha laughed for the first time with "
        "me. Olanzapine reduced to 5mg, the weight gain was really getting her down.",
        [("ZKT4829", "id_number"), ("Aroha", "name"), ("Porirua", "place")],
    ),
    (
        "b12c-006",
        "**Consult: perinatal OCD, intrusive harm thoughts**\n\n"
        "Counselling psychologist in Ireland. Client is 33, first baby born the 8th of December, intrusive "
        "images of dropping the baby down the stairs, now avoiding carrying him. EPDS 14, Y-BOCS 24. "
        "Husband works nights; she's on leave from Dunnes Stores where she's a floor manager. Her sister "
        "Siobhan is the main support.\n\n"
        "She is terrified I'll ring Tusla. I've been clear these are ego-dystonic thoughts and not a "
        "safeguarding concern, but I want to make sure I'm reasoning well.\n\n"
        "**Reply (perinatal psych, UK):** You are. Challacombe's work on perinatal OCD is the go-to; "
        "*Break Free from OCD* too. The avoidance pattern and horror at the thoughts are classic. Document "
        "your reasoning.\n\n"
        "**Reply (clinical psych, Munster):** Also consider ERP with a careful hierarchy - carrying him on "
        "the landing first, then the stairs. Partner involvement matters if he's reassuring.\n\n"
        "**OP:** Thanks. Did psychoeducation with both of them. She cried with relief when she heard how "
        "common this is.",
        [("the 8th of December", "date"), ("Dunnes Stores", "organisation"), ("Siobhan", "name")],
    ),
    (
        "b12c-007",
        "Consult thread - combat vet, anger, new baby\n\n"
        "OP: LCSW at a community clinic (not the VA, he refuses to go there). 36M, two deployments, PCL-5 "
        "of 52, drinks 'to sleep'. Wife just had their second. He called my cell twice last weekend from "
        "(512) 847-3309 at 1am, a number I never gave him, so it came from his wife's copy of the intake "
        "sheet. He also posts a lot on Instagram as @grizzly_dad_77, and some posts are... dark.\n\n"
        "1. Is it appropriate to look at a client's public social media? He mentioned it himself.\n"
        "2. CPT or PE for him? He doesn't want to 'relive it'.\n\n"
        "Reply: Re #1, there's a good literature on 'patient-targeted googling' (Clinton, Silverman & "
        "Brendel). Discuss it with him, document, and don't do it covertly.\n\n"
        "Reply: For #2, CPT without the written account fits someone who won't do imaginal exposure. "
        "Resick's manual is the reference. Also WET is short and worth a look.\n\n"
        "OP: Talked to him about the posts and the calls. He was embarrassed, and we set up a crisis plan "
        "with 988 (press 1). Starting CPT next week.",
        [("(512) 847-3309", "phone"), ("@grizzly_dad_77", "handle")],
    ),
    (
        "b12c-008",
        "**Case formulation help: emetophobia in a young man**\n\n"
        "Hi, assistant psych turned trainee here, looking for reading and a sense-check. 24-year-old male, "
        "severe emetophobia since childhood, restricting food, BMI now 17.9. Avoids pubs, public "
        "transport, anyone with a cold. SPOVI 38. He's been bounced between eating disorder and anxiety "
        "services; the eating disorder team's letter (NHS No. 943 476 5919) says 'not primary eating "
        "disorder'.\n\n"
        "I'm drawing a cognitive model a bit like Veale's: threat of vomiting -> safety behaviours -> "
        "reduced intake -> nausea -> confirms threat. Does that hold?\n\n"
        "> Reply (CBT therapist): Yes, Veale & Lambrou's manual is exactly it. Be careful the weight "
        "doesn't drop further; you'll want a physical health monitoring plan with his GP (MEED "
        "guidance).\n\n"
        "> Reply (clinical psych): Also check for ARFID - the NIAS is quick. Exposure is the treatment "
        "either way, but the framing matters for commissioning.\n\n"
        "OP: Really helpful. He scored high on the NIAS fear subscale so I'm flagging ARFID to the MDT. "
        "Hierarchy starts with the word 'vomit' written on a Post-it.",
        [("943 476 5919", "id_number")],
    ),
    (
        "b12c-009",
        "**Gottman-trained folks, I'd love your eyes on this**\n\n"
        "Couple in their 50s, married 27 years, came in after she found texts between him and a woman "
        "from their congregation. He (Guy) is contrite but minimising: 'it was emotional, not physical'. "
        "She (Marisol) is flooding in nearly every session - heart rate over 100 on the pulse oximeter. "
        "Their whole social world is Grace Fellowship Church, where he's on the deacon board, so the "
        "affair partner is in the pews every Sunday.\n\n"
        "Qs:\n- Gottman's atone-attune-attach, or Glass's *Not 'Just Friends'* model for emotional "
        "affairs first?\n- How do you handle the community overlap when leaving isn't on the table for "
        "either of them?\n\n"
        "**Reply (LMFT, Texas):** Atone phase first. Glass's walls-and-windows metaphor lands well with "
        "religious couples. Physiological self-soothing break every time she floods; 20 minutes "
        "minimum.\n\n"
        "**Reply (EFT therapist):** I'd stabilise with EFT Stage 1 before atonement work if flooding's "
        "that frequent. Johnson's attachment injury resolution model is built for this.\n\n"
        "**OP:** Tried the walls and windows framing - Marisol said 'so he built a window with her and a "
        "wall with me', and he finally got it. Staying with atonement for now.",
        [("Guy", "name"), ("Marisol", "name"), ("Grace Fellowship Church", "organisation")],
    ),
    (
        "b12c-010",
        "Post: Shift work + insomnia + depression, 22F, rural Manitoba\n\n"
        "Hi all. Registered social worker, mostly virtual. Client is 22, works the overnight at the Tim "
        "Hortons on 18th Street in Brandon, sleeping maybe 4 hrs in fragments. PHQ-9 19, ISI 22. No SI "
        "currently. She's applied to nursing school for September.\n\n"
        "CBT-I wasn't designed for shift workers. Anyone adapted it?\n\n"
        "Reply - psychologist, Saskatchewan: Yes, look at the shift work disorder adaptations. Anchor wake "
        "time relative to shift, blackout curtains, and avoid light on the drive home (sunglasses). "
        "Harvey's transdiagnostic sleep work is a good frame.\n\n"
        "Reply - RN/therapist: Also BA around her fixed social times. Depressed shift workers lose all "
        "their anchors.\n\n"
        "OP follow-up: Sunglasses on the drive home + a fixed 'anchor sleep' 9am-1pm. ISI down to 15 in "
        "three weeks. She got an interview for the program too.",
        [("Tim Hortons", "organisation"), ("18th Street", "place"), ("Brandon", "place")],
    ),
    (
        "b12c-011",
        "**Consult: veteran, Anzac Day triggers**\n\n"
        "Psych in regional NSW. Ex-ADF, 48, Afghanistan x2. He went to the dawn service on Anzac Day 2022 "
        "and ended up in a fight at the RSL afterwards - police involved. Open DVA claim, Medicare 2953 "
        "41870 1 on the referral. His old section commander 'Bazza' keeps ringing him drunk.\n\n"
        "PCL-5 48. Not interested in Open Arms. Happy to keep seeing me.\n\n"
        "Questions: is PE realistic with ongoing alcohol use? And how do you handle a client's mate who's "
        "clearly also unwell?\n\n"
        "> **Reply (clinical psych, ACT):** COPE (Back et al.) integrates PE with substance use treatment; "
        "good evidence. Phoenix Australia guidelines support trauma-focused treatment without waiting for "
        "abstinence.\n\n"
        "> **Reply (OT/counsellor):** For the mate: you can give your client the Open Arms number (1800 "
        "011 046) to pass on. Not your client, not your job, but it helps your client feel useful.\n\n"
        "**OP:** He passed the number on. Bazza actually called them. Starting COPE next fortnight.",
        [("Anzac Day 2022", "date"), ("2953 41870 1", "id_number"), ("Bazza", "name")],
    ),
    (
        "b12c-012",
        "**Long post, sorry - wildfire survivor, complicated grief + displacement**\n\n"
        "Hi all. PsyD in Northern California. 58F, lost her home and her dog in the Camp Fire; moved from "
        "Paradise to a rental two hours away. Years on she's still living out of boxes, won't buy "
        "furniture. PG-13-R is 42. Her daughter set up a fundraiser "
        "(gofundme.com/f/rebuild-for-mom-after-camp-fire) which she finds 'humiliating'.\n\n"
        "Formulation so far: disenfranchised grief for place + ongoing threat (fire season every year) + "
        "shame about receiving help.\n\n"
        "Reading I've found: Shear's CGT; Boss on ambiguous loss. Anything on solastalgia in clinical "
        "practice?\n\n"
        "> Reply: Albrecht coined solastalgia; *Earth Emotions* is readable. Clinically, I'd name fire "
        "season as a real, recurring threat, not a trigger to be extinguished.\n\n"
        "> Reply: CGT's imaginal revisiting might include the dog. People underestimate pet loss in "
        "disasters.\n\n"
        "**OP follow-up:** We did a revisiting exercise about the dog. She bought a chair. One chair. "
        "I'll take it.",
        [("Paradise", "place"), ("gofundme.com/f/rebuild-for-mom-after-camp-fire", "url")],
    ),
    (
        "b12c-013",
        "Consult: 20yo student, first-episode depression, exam board\n\n"
        "Counsellor in a university wellbeing service. Client is a second-year at the University of "
        "Leicester, student number 229014573, PHQ-9 21, GAD-7 15. She's asked me to write a mitigating "
        "circumstances letter. Shares a house in Clarendon Park with four others and has hardly left her "
        "room since reading week. Her mum, Priya, rang the service asking for updates - client has not "
        "consented.\n\n"
        "Two questions:\n1. How much clinical detail do you put in a mitigation letter?\n"
        "2. How do you handle a parent who rings the service?\n\n"
        "Reply - senior counsellor: Minimum necessary. 'Has been accessing support for a health condition "
        "that has significantly affected her ability to study during the assessment period' - no diagnosis "
        "unless she wants it. BACP's confidentiality guidance is clear on parents.\n\n"
        "Reply - mental health adviser: With any item 9 response, check risk carefully, and ask whether "
        "she opted into the 'trusted contact' scheme at registration.\n\n"
        "OP: Letter done, no diagnosis. Client texted her mum herself, which was better than anything I "
        "could have said.",
        [
            ("University of Leicester", "organisation"),
            ("229014573", "id_number"),
            ("Clarendon Park", "place"),
            ("Priya", "name"),
        ],
    ),
    (
        "b12c-014",
        "**Ethics Q: capacity, a 94-year-old, and a pushy daughter**\n\n"
        "Geropsych consult. Client is a 94-year-old retired teacher at Brookdale Fairfax (assisted living). "
        "Daughter Bev holds healthcare POA and wants me to 'confirm Mom's got dementia' so the house can be "
        "sold. MoCA 22 - impaired, but she reasons clearly about the house: wants it kept for her "
        "grandson.\n\n"
        "I'm her therapist, not an evaluator. How do others handle requests to opine on capacity in a "
        "treating relationship?\n\n"
        "Reply (neuropsych): Don't. Role conflict - the APA specialty guidelines and the ABA/APA capacity "
        "handbook both point to a separate evaluator. Capacity is decision-specific anyway; MoCA doesn't "
        "answer it.\n\n"
        "Reply (LCSW, elder law background): Document the conversation with the daughter. If you see signs "
        "of financial exploitation, you may be a mandated reporter to APS depending on your state.\n\n"
        "OP: Referred to an independent evaluator and told Bev directly. She was angry but it was the "
        "right call. Client said 'good for you, dear'.",
        [("a 94-year-old", "age"), ("Brookdale Fairfax", "organisation"), ("Bev", "name")],
    ),
    (
        "b12c-015",
        "**Seeking input: 15yo boy, school refusal, rural**\n\n"
        "Hi all, psychotherapist working privately in the West of Ireland. 15M, hasn't been in school "
        "since the mocks. Mum gave their address on the form as Cloonfad, F45 HX27 - long drive to "
        "anywhere. Dad farms. Younger brother Tadhg goes in no bother. SCAS elevated for social anxiety "
        "and separation. He games till 4am.\n\n"
        "Is this primarily anxiety or a sleep-phase problem? Parents want him 'back Monday'.\n\n"
        "> Reply (CAMHS psychologist): Both, usually. Fix sleep first or exposure won't stick. Kearney's "
        "functional model (School Refusal Assessment Scale) will tell you what's maintaining it.\n\n"
        "> Reply (educational psychologist): Loop in the school's guidance counsellor and NEPS. A graded "
        "return plan - one class, then a morning - beats 'back Monday'.\n\n"
        "**OP:** SRAS showed avoidance of social evaluation as the main function. Phased plan agreed with "
        "the school; he's doing two classes a day by week three.",
        [("Cloonfad", "place"), ("F45 HX27", "place"), ("Tadhg", "name")],
    ),
    (
        "b12c-016",
        "**Adolescent gaming + online radicalisation concern**\n\n"
        "Posting for consult. 16M, referred by parents for 'gaming addiction'. In session he's bright, "
        "sarcastic, goes by Zeke. Gamer tag xXSilentReaperXx; his Discord server has started sharing memes "
        "I'd call incel-adjacent. On Nov 3rd he said something like 'some people deserve what's coming' "
        "about a girl who turned him down.\n\n"
        "I don't think this meets duty-to-warn (no identifiable victim, no plan), but I'm uneasy.\n\n"
        "Reply (forensic psych): Agree it doesn't meet a Tarasoff threshold on what you've described. Do a "
        "structured look - not necessarily a full SAVRY, but document your reasoning. Track specificity, "
        "fixation, leakage.\n\n"
        "Reply (adolescent therapist): Engage curiosity, not alarm. Ask him to walk you through the memes. "
        "Kids often don't know what the in-jokes mean.\n\n"
        "OP: He walked me through the server. Half of it he thought was 'cringe'. No escalation; "
        "rechecking weekly.",
        [("Zeke", "name"), ("xXSilentReaperXx", "handle"), ("Nov 3rd", "date")],
    ),
    (
        "b12c-017",
        "Consult: custody dispute - should I release my notes?\n\n"
        "Ontario psychotherapist. I've seen a 9-year-old girl (Delphine) for anxiety for a year. Parents are "
        "now in a contested custody matter in Kamloops - dad moved to BC and filed there, court file no. "
        "FLD-2219-24. Father's lawyer has asked for my full file.\n\n"
        "My instinct is to resist. What have others done?\n\n"
        "Reply (psychologist, BC): Talk to your college and your insurer's legal line before anything. A "
        "request from a lawyer isn't a court order. If it becomes one, you can ask to release a summary "
        "rather than raw notes.\n\n"
        "Reply (child therapist): Consider who holds consent - under PHIPA a capable 9-year-old might have "
        "a say. Also consider whether mom consents.\n\n"
        "OP: Talked to the insurer. Sent a letter saying I need a court order. Lawyer went quiet. Will "
        "keep everyone posted.",
        [("Delphine", "name"), ("Kamloops", "place"), ("FLD-2219-24", "id_number")],
    ),
    (
        "b12c-018",
        "**Nurse client, moral injury after COVID - reading suggestions?**\n\n"
        "Counselling psych in Tasmania. Client is an ICU nurse, 44, signed off on stress leave. Worked on "
        "Ward 4B at the Royal Hobart through the worst of 2022. Describes a 'betrayal' by management more "
        "than fear. PCL-5 only 34 but the Moral Injury Events Scale is through the roof.\n\n"
        "What are people reading on moral injury beyond Shay and Litz?\n\n"
        "> Reply: Litz's *Adaptive Disclosure* is the practical one. Also Williamson & Greenberg's work "
        "with UK health workers. And Brene Brown's shame stuff resonates with nurses even if it's not "
        "strictly clinical.\n\n"
        "> Reply: I'd add Jinkerson's definitional paper. Clinically, anger at leadership is often the "
        "healthy part; don't rush to reframe it.\n\n"
        "**OP:** Started Adaptive Disclosure. She wrote a letter to a patient who died alone. Heavy "
        "session, good session.",
        [("Ward 4B", "place"), ("Royal Hobart", "organisation")],
    ),
    (
        "b12c-019",
        "Consult: ex-partner stalking, client wants me to 'look at the logs'\n\n"
        "UK counsellor. Client (30s, female) is being harassed by an ex. She's brought me screenshots of "
        "login alerts showing access to her email from 82.14.203.77 - she wants me to confirm it's his. "
        "An account called lilmoth_ keeps following her on TikTok after every block. Police have given her "
        "a crime reference.\n\n"
        "I'm obviously not a digital forensics person. How do others hold the line between supporting her "
        "and getting pulled into investigating?\n\n"
        "> Reply: Refer to a specialist - the National Stalking Helpline is brilliant. Your role is safety "
        "planning and trauma symptoms, not evidence.\n\n"
        "> Reply: Screen with the DASH and consider a MARAC referral if risk is high. Also, Refuge's tech "
        "safety team can help her lock down devices.\n\n"
        "OP: Referred on to both. Helped her write a timeline for police instead of analysing screenshots. "
        "She said it felt like 'handing the weight to someone else'.",
        [("82.14.203.77", "ip"), ("lilmoth_", "handle")],
    ),
    (
        "b12c-020",
        "**Follow-up to my post last month re: the mom whose teen died**\n\n"
        "Thank you all for the replies to my original thread. Quick update and a new question.\n\n"
        "She's now in month four of acute grief. Her daughter Hope was killed by a drunk driver on 6/22; "
        "the driver's plate (7KLM392) is all over local Facebook groups and my client keeps reading the "
        "comments. PG-13-R high, no SI, but she's not sleeping and she's started driving past the crash "
        "site daily.\n\n"
        "New Q: how do you approach compulsive checking of online content after a traumatic loss? It feels "
        "like rumination in a new costume.\n\n"
        "Reply: It is. Eisma and Stroebe's work on grief rumination as avoidance is directly relevant. Ask "
        "what the checking is protecting her from.\n\n"
        "Reply: Also consider the legal process as an ongoing stressor; victim impact statements can be "
        "therapeutic if prepared for carefully. MADD has victim advocates.\n\n"
        "OP: Asked what the checking protects her from. She said 'if I stop reading about him, I'll have "
        "to think about her'. We're working with that now.",
        [("Hope", "name"), ("6/22", "date"), ("7KLM392", "id_number")],
    ),
    # ---------------- clean documents ----------------
    (
        "b12c-021",
        "**DBT skills group or individual first? 19F, F60.3, frequent crisis contacts**\n\n"
        "Hi all, band 7 psychologist in a CMHT covering a coastal town in the North East. Client is 19, "
        "diagnosed EUPD (F60.3), self-harm roughly weekly, three A&E attendances since October. She rang "
        "Samaritans on 116 123 twice over Christmas and found it helpful. Will she cope with a skills group "
        "while still this dysregulated? Our standard-DBT waitlist is six months.\n\n"
        "> **Reply:** Linehan would say full programme or nothing, but realistically most NHS services run "
        "adapted versions. I'd start individual with a diary card and chain analysis, then slot her into "
        "group at the next intake.\n\n"
        "> **Reply:** Also consider MBT - Bateman & Fonagy have good data for EUPD, and the group format "
        "is gentler for some. SCM is a decent bridge while she waits.\n\n"
        "> **Reply:** Grace and patience with yourself too. Weekly self-harm is exhausting to hold. Make "
        "sure you've got supervision.\n\n"
        "**OP:** Thank you. Starting individual DBT-informed work on Monday; diary card goes home with "
        "her. Will update after Easter.",
        [],
    ),
    (
        "b12c-022",
        "Scrupulosity - need ERP ideas that respect the faith\n\n"
        "LPC in a Midwestern suburb. 27M, devout Catholic, Y-BOCS 28, hours a day confessing, re-praying, "
        "checking whether thoughts were 'mortal sins'. He's worried ERP means being asked to blaspheme. "
        "Billing 90837 weekly; dx F42.2.\n\n"
        "Replies:\n\n"
        "- *OCD specialist, IOCDF member:* Abramowitz's scrupulosity chapter is your best friend. Key move: "
        "exposures target uncertainty, not the faith itself. 'Maybe that was a sin and I won't confess it "
        "today' rather than anything sacrilegious.\n"
        "- *Pastoral counselor:* Loop in a priest who understands OCD if he consents. Many dioceses know "
        "the concept of 'scruples' going back centuries; Ciarrocchi's *The Doubting Disease* is old but "
        "good.\n"
        "- *Psychologist:* Watch for reassurance from the priest becoming a new compulsion. Agree one "
        "confession a week, period.\n\n"
        "OP follow-up: His priest was wonderful and agreed to the once-a-week plan. Lent was the hardest "
        "stretch; Y-BOCS now 19. Faith intact, which matters more to him than any score.",
        [],
    ),
    (
        "b12c-023",
        "**Perinatal depression + attachment worries, regional QLD**\n\n"
        "Psych in a regional town in Queensland. Mum is 31, bub 4 months, EPDS 19 at the 6-week check, "
        "now 15. GP started sertraline 50mg. She's terrified she's 'damaged' the baby's attachment because "
        "she felt nothing for the first weeks.\n\n"
        "Looking for reading and practical tips.\n\n"
        "> **Reply (perinatal psych, SA):** Circle of Security Parenting is a gift here - 'good enough' "
        "and repair are built in. Winnicott's 'good enough mother' and Tronick's still-face work both show "
        "repair matters more than perfection.\n\n"
        "> **Reply (MCH nurse turned counsellor):** PANDA's helpline (1300 726 306) is great for partners "
        "too. Also check sleep - is anyone doing a night feed so she gets a 5-hour block?\n\n"
        "> **Reply:** Watch & Wait / infant-led play is simple and lovely for this exact fear.\n\n"
        "**OP:** Partner now does the 10pm bottle. We watched a Circle of Security clip together and she "
        "cried at the 'repair' part. EPDS 11 last Friday.",
        [],
    ),
    (
        "b12c-024",
        "Adult ADHD assessment question - masking, 38F\n\n"
        "Registered psychotherapist in a mid-sized city on the Prairies. Client is 38, lifelong "
        "disorganisation, anxiety treated with escitalopram 10mg for years with partial response. CAARS "
        "self-report elevated, observer form (from her husband) less so. She's a high-achieving accountant "
        "who 'falls apart at home'.\n\n"
        "Is the observer discrepancy a red flag or typical of masking?\n\n"
        "Reply - psychologist: Typical in women, in my experience. Use the DIVA-5 structured interview and "
        "get school report cards if her parents kept them. CADDRA guidelines are the Canadian reference.\n\n"
        "Reply - MD, family practice: If she proceeds to meds, Vyvanse 20-30mg is a common start; her GP "
        "can titrate. Check BP.\n\n"
        "Reply - OT: Barkley's executive function framing helps clients like this stop blaming themselves. "
        "*Taking Charge of Adult ADHD* is readable.\n\n"
        "OP: Report cards from Grade 4 said 'daydreams, bright, doesn't finish work'. Referred for full "
        "assessment. She said it was the first Thanksgiving she didn't feel like a failure.",
        [],
    ),
    (
        "b12c-025",
        "Kia ora - farmer client, drought, hopelessness\n\n"
        "Counsellor in the central North Island. 52M dairy farmer, third hard season in a row, debt, K10 of "
        "34, says 'the family would be better off with the insurance'. No plan, no means disclosed, but "
        "firearms on the property as on most farms.\n\n"
        "> Reply (clinical psychologist): That statement is a risk flag even without a plan. Do a "
        "collaborative safety plan (Stanley & Brown) and talk about storing the firearms off-farm with a "
        "neighbour for now. Make sure he has 1737 and Lifeline in his phone.\n\n"
        "> Reply (rural health nurse): The Rural Support Trust are practical and farmer-run; they'll sit "
        "at the kitchen table and help with the bank. Men talk more on a walk round the paddock than in a "
        "room.\n\n"
        "> Reply: Farmstrong has good stuff on 'living well, farming well'.\n\n"
        "OP: Did the safety plan standing by his ute. Firearms are with his brother-in-law. He rang the "
        "support trust himself on Tuesday. Still low, but talking.",
        [],
    ),
    (
        "b12c-026",
        "**Telehealth across state lines - client moving mid-treatment**\n\n"
        "Licensed psychologist here. Long-term client (GAD, F41.1, billing 90834) is moving to another "
        "state for her husband's job in June. She wants to keep going by Zoom. Is PSYPACT enough or do I "
        "need a temporary license?\n\n"
        "**Reply (PSYPACT holder):** If both states are PSYPACT members and you hold an APIT, you're fine "
        "for telepsychology. Check the receiving state's list - not all states have joined.\n\n"
        "**Reply (LCSW):** Social workers aren't in PSYPACT yet, FYI; there's a separate Social Work "
        "Licensure Compact coming. Counselors have the Counseling Compact.\n\n"
        "**Reply (ethics nerd):** Also think about local emergency resources. Know the nearest ED and "
        "confirm 988 works from her new area code. Document where she physically is at the start of every "
        "session.\n\n"
        "**OP:** Both states are members, APIT renewed. Added a 'current location' line to my note "
        "template. Thanks everyone - Monday's session will be her first from the new place.",
        [],
    ),
    (
        "b12c-027",
        "Ethics: accepting a gift at the end of therapy\n\n"
        "Counsellor (BACP registered). Client finishing after 40 sessions brought a hand-knitted scarf and a "
        "Christmas card. I accepted both, but my supervisor questioned it. Was I wrong?\n\n"
        "> Reply: Not wrong in itself. The BACP Ethical Framework talks about gifts in terms of meaning and "
        "context, not a blanket ban. Gutheil & Gabbard's distinction between boundary crossings and "
        "violations is useful: a small handmade gift at an ending is usually a crossing, and often a "
        "healthy one.\n\n"
        "> Reply: From a psychodynamic angle I'd want to know what it meant to her - Klein and Winnicott "
        "would both have something to say about giving something back. Did you explore it?\n\n"
        "> Reply: Just document it. Value, context, your reasoning. That's it. Refusing can be a rupture at "
        "exactly the wrong moment.\n\n"
        "OP: We did talk about it in the last session - she said she'd spent the whole autumn knitting it "
        "'to have something to do with my hands instead of picking'. Felt right to keep it. Wrote it up "
        "for supervision on Bank Holiday Monday.",
        [],
    ),
    (
        "b12c-028",
        "**Alcohol + anxiety, 45M, wants 'controlled drinking' not abstinence**\n\n"
        "Psychotherapist in Ireland. AUDIT 18, GAD-7 13. He did Dry January and felt great but was 'back "
        "at it' by St Patrick's Day. GP offered naltrexone 50mg; he's undecided. He rejects AA ('not my "
        "scene').\n\n"
        "Is controlled drinking a legitimate goal at this AUDIT level?\n\n"
        "> **Reply (addiction counsellor):** At 18, yes, many guidelines support moderation as a goal if "
        "there's no dependence or liver damage. Sinclair-method naltrexone pairs well with moderation. "
        "Miller's work on goal choice shows people do better with the goal they picked.\n\n"
        "> **Reply (clinical psych):** Do a functional analysis - if it's self-medicating the anxiety, "
        "treat that in parallel. Unified Protocol works well.\n\n"
        "> **Reply:** SMART Recovery is a good non-AA option. Also Pieta on 1800 247 247 if mood drops.\n\n"
        "**OP:** He chose moderation with naltrexone. Drinking diary for 4 weeks; AUDIT-C at the next "
        "review.",
        [],
    ),
    (
        "b12c-029",
        "Consult: FBT with a sceptical dad\n\n"
        "LMFT, eating disorder focus, Pacific Northwest. 14F, restrictive AN, EDE-Q global 4.1, weight "
        "at 82% of expected. Medically stable per pediatrician. Mom is all-in on FBT; Dad thinks 'she just "
        "needs to decide to eat'.\n\n"
        "Reply (FBT-certified therapist): Lock & Le Grange are clear that both parents need to be aligned; "
        "the family meal in session 2 often converts the sceptic. Externalise the illness - it's the "
        "anorexia refusing, not his daughter.\n\n"
        "Reply (dietitian): Summer is coming; watch for camp plans and sports that raise energy needs.\n\n"
        "Reply (psychiatrist): Olanzapine 2.5mg can help with rigidity if meals are war, but it's "
        "adjunct, not a fix.\n\n"
        "OP: Family meal was tough. Dad watched her cut a sandwich into 40 pieces and went quiet. Next "
        "day he texted me: 'I get it now.' Weight up 1.2 kg in two weeks. Thanksgiving will be a test.",
        [],
    ),
    (
        "b12c-030",
        "**Cultural safety question - Indigenous client, intergenerational trauma**\n\n"
        "Settler therapist, RSW, northern Ontario. Client is a 40-year-old First Nations man from a fly-in "
        "community, three generations affected by residential schools. PCL-5 39. He's ambivalent about "
        "'white therapy'.\n\n"
        "Reply - Indigenous counsellor: Thank you for naming your position. Offer to involve an Elder and "
        "ask what healing has looked like in his family. Land-based practice matters for many clients. "
        "The Hope for Wellness Help Line (1-855-242-3310) offers service in Cree, Ojibway and Inuktitut.\n\n"
        "Reply - psychologist: Read the TRC summary report if you haven't. Duran's *Healing the Soul "
        "Wound* is essential, as is Brave Heart's work on historical trauma.\n\n"
        "Reply - social worker: Don't rush to trauma processing. Trust is the intervention for months.\n\n"
        "OP: He brought sweetgrass to our 4th session and asked if I'd smudge with him. I asked him to "
        "teach me. Best session yet.",
        [],
    ),
    (
        "b12c-031",
        "**ACT for chronic pain - tradie, 50s, on tapentadol**\n\n"
        "Psych in regional Victoria. 54M, ex-builder, lower back injury, tapentadol SR 100mg bd, PCS "
        "(Pain Catastrophizing Scale) 38, DASS-21 depression severe. Can't work, can't fish, sits in his "
        "Hilux in the driveway 'just to be somewhere'.\n\n"
        "ACT feels right but he's very 'fix it or forget it'. Any tips for selling acceptance to blokes?\n\n"
        "> **Reply (pain psych):** Harris's *The Happiness Trap* has a tradie-friendly tone. Frame "
        "acceptance as 'stopping the tug-of-war with the monster' - Hayes' metaphor works well. McCracken's "
        "pain-specific ACT research is solid.\n\n"
        "> **Reply (physio):** Graded activity with a workshop project can be gold. Men's Shed is made for "
        "this.\n\n"
        "> **Reply:** Pain Revolution's Explain Pain stuff (Moseley & Butler) can shift catastrophising "
        "quickly.\n\n"
        "**OP:** He's building a bench at the local Men's Shed - 20 minutes, rest, 20 minutes. PCS down to "
        "27. Said the monster is 'still there but I've dropped the rope'.",
        [],
    ),
    (
        "b12c-032",
        "Carer burnout, husband with Alzheimer's - reading and practical ideas please\n\n"
        "Clinical psychologist in an older adults service. Client is aged 88, caring for her husband "
        "(aged 86, Alzheimer's, donepezil 10mg, MoCA 14). Zarit Burden Interview 52. She sleeps in a chair "
        "so she'll hear him if he wanders. Daughter lives abroad.\n\n"
        "> Reply: START (Livingston et al.) is an 8-session manualised intervention for family carers "
        "with good evidence. Also Boss's *Loving Someone Who Has Dementia* on ambiguous loss.\n\n"
        "> Reply: Social care assessment for respite and a carer's assessment - she is entitled. Admiral "
        "Nurses are brilliant for this exact scenario. Door sensors might let her sleep in a bed.\n\n"
        "> Reply: Grief while the person is alive is real. Validate it; don't rush to coping skills.\n\n"
        "OP: Carer's assessment booked. Door alarm fitted on Thursday. She slept in her own bed for the "
        "first time in months and told me 'I'd forgotten what my pillow felt like'.",
        [],
    ),
    (
        "b12c-033",
        "**CBTp with a client who believes his meds are poisoning him**\n\n"
        "Psychologist, community mental health in the Southwest. 31M, schizophrenia (F20.0), on clozapine "
        "400mg with good response on positive symptoms but now paranoid about 'what's in the pills'. PANSS "
        "positive 18. Missed two blood draws.\n\n"
        "Reply (CBTp trainer): Kingdon & Turkington's normalising approach - don't argue, get curious. "
        "'What would you expect to notice if they were poisoning you?' Then do a behavioural experiment "
        "together.\n\n"
        "Reply (psychiatric NP): Coordinate with the prescriber urgently; clozapine interruption means "
        "re-titration. Missing ANC monitoring is a safety issue.\n\n"
        "Reply (peer support specialist): Ask him what he wants. Sometimes the fear is side effects "
        "he's embarrassed about (hypersalivation, constipation). Hearing Voices Network has good "
        "resources.\n\n"
        "OP: It was the drooling. He thought the pills were 'making him leak'. NP added glycopyrrolate; "
        "he's back on track with bloods.",
        [],
    ),
    (
        "b12c-034",
        "Late autism diagnosis - how to support the aftermath?\n\n"
        "Counsellor, NSW. Client is 46, recently diagnosed autistic (RAADS-R 160, AQ-10 of 8). She's "
        "grieving 'the life I could have had' and furious with her parents. Spent the Easter long weekend "
        "re-reading old school reports and crying.\n\n"
        "> Reply (autistic psychologist): Please don't frame this as a deficit to be fixed. Neurodiversity-"
        "affirming practice - read Price's *Unmasking Autism* and Milton's double empathy problem. Grief "
        "and anger are expected.\n\n"
        "> Reply (OT): Sensory profile might help her redesign her days. NDIS probably won't fund her "
        "unless there's significant functional impact, but worth a look.\n\n"
        "> Reply: Peer spaces matter; Yellow Ladybugs is for autistic girls and women. Many adults find "
        "other late-diagnosed people the biggest relief.\n\n"
        "OP: She found an online peer group and joined a Tuesday evening meetup. She said, 'Faith in "
        "myself is coming back.' Still angry at her parents, which seems fair.",
        [],
    ),
    (
        "b12c-035",
        "**Couples, contempt, and a client who rolls his eyes at me too**\n\n"
        "LMFT, Southern California. Couple in their 40s. Classic Four Horsemen - her criticism, his "
        "contempt and stonewalling. He rolls his eyes at her and, lately, at me. Gottman's Sound "
        "Relationship House frame hasn't landed.\n\n"
        "**Reply:** Contempt is the strongest predictor of divorce in Gottman's data. Name it gently and "
        "in the room: 'I just noticed an eye-roll. What happened inside just then?' Bill O'Hanlon-style "
        "solution talk can soften it too.\n\n"
        "**Reply:** Try EFT - Sue Johnson's *Hold Me Tight*. Contempt often masks shame; go underneath.\n\n"
        "**Reply:** Rose-tinted memories exercise (the Oral History Interview) can help if there is still "
        "fondness there.\n\n"
        "**OP:** Did the Oral History Interview. He told the story of their first date at a diner and "
        "actually teared up. No eye-rolls that session. Will let you know after Memorial Day.",
        [],
    ),
    (
        "b12c-036",
        "Safeguarding - FGM disclosure in an adult client\n\n"
        "Counselling psychologist in a large city in the Midlands. Client is 26, disclosed she underwent "
        "FGM as a child abroad. She has a 3-year-old daughter and a family trip planned for the summer "
        "holidays. I know the mandatory reporting duty applies to under-18s with known FGM, but what about "
        "risk to her daughter?\n\n"
        "> Reply (safeguarding lead): The mandatory duty is about girls under 18 where FGM has been "
        "carried out. Risk to the daughter falls under Working Together 2018 - make a referral to "
        "children's social care and consider an FGM Protection Order. The NSPCC FGM helpline (0800 028 "
        "3550) advises professionals.\n\n"
        "> Reply (psychologist): Do this *with* her if at all possible. Many survivors are fiercely "
        "protective of daughters; she may be your strongest ally.\n\n"
        "> Reply: Read the Home Office multi-agency guidance. Also FORWARD's resources.\n\n"
        "OP: She was relieved - she's against it but feared her in-laws. Referral made jointly on "
        "Wednesday.",
        [],
    ),
    (
        "b12c-037",
        "**Refugee client, working through an interpreter**\n\n"
        "RSW at a settlement agency in Atlantic Canada. Client is a 35-year-old Syrian man, Arabic-speaking, "
        "HTQ (Harvard Trauma Questionnaire) scores high, sleeps 3 hours, headaches. We work through a "
        "phone interpreter and I feel like I'm losing everything in translation.\n\n"
        "Reply - psychologist: NET (Narrative Exposure Therapy) was designed for exactly this, and works "
        "well with interpreters. Schauer, Neuner & Elbert's manual. Brief the interpreter beforehand.\n\n"
        "Reply - interpreter and counsellor: Use the same interpreter every time if you can. Debrief them "
        "after - vicarious trauma hits interpreters hard.\n\n"
        "Reply - MD: Headaches + poor sleep - rule out physical causes. Prazosin sometimes used for "
        "nightmares.\n\n"
        "OP: Got an in-person interpreter for sessions going forward. He asked to pause during Ramadan; "
        "we'll resume after Eid. He drew his family's lifeline for the first time last week.",
        [],
    ),
    (
        "b12c-038",
        "Gambling harm - pokies, shame and a partner who just found out\n\n"
        "Psych in outer-suburban Vic. 39F, PGSI 19, lost savings on pokies and a betting app over two "
        "years. Partner found the statements last week. She says she wants to stop but 'it's the only time "
        "my head goes quiet'.\n\n"
        "> Reply (gambling counsellor): Classic escape gambler in Blaszczynski & Nower's pathways model. "
        "Treat the emotional dysregulation, not just the behaviour. BetStop is the national self-exclusion "
        "register for online betting.\n\n"
        "> Reply: Gambler's Help offers partner counselling. Financial counselling (National Debt Helpline "
        "1800 007 007) early.\n\n"
        "> Reply: Shame is the killer. Read Brene Brown or Gilbert's compassion-focused work; CFT helped "
        "my gambling clients more than straight CBT.\n\n"
        "OP: She signed up to BetStop in session. Partner came to session 4. Rough, but honest.",
        [],
    ),
    (
        "b12c-039",
        "Dual relationships in a small town - help me think\n\n"
        "Only LPC in a rural county in the Mountain West. My client's husband is my kid's soccer coach, "
        "and I see them both at the only grocery store in town. She's asked me to come to their Fourth of "
        "July barbecue.\n\n"
        "Reply: Zur's writing on rural practice is excellent; unavoidable dual relationships aren't "
        "inherently unethical. Lazarus made the same argument decades ago. What matters is exploitation "
        "risk and harm.\n\n"
        "Reply: Decline the barbecue, warmly. Incidental contact (store, soccer) is manageable if you talk "
        "about it up front: 'If I see you at the store, I'll let you say hi first.'\n\n"
        "Reply: ACA Code A.6 covers this. Document your decision-making.\n\n"
        "OP: Declined the barbecue. She laughed and said 'I figured'. We agreed a plan for game days. Will "
        "run it past my peer group on Friday.",
        [],
    ),
    (
        "b12c-040",
        "**Insomnia in a teacher - CBT-I and a sceptical GP**\n\n"
        "CBT therapist, private practice, South of England. 52F teacher, ISI 21, on zopiclone 7.5mg most "
        "nights for two years. Sleep diary shows 9 hours in bed, 5.5 asleep. She dreads Sunday nights and "
        "the clocks going back.\n\n"
        "DAP note from session 2:\n"
        "- **D:** Sleep efficiency 61%. Anticipatory anxiety about the week. GAD-7 11.\n"
        "- **A:** Conditioned arousal; compensatory time in bed.\n"
        "- **P:** Sleep restriction to 6h window; stimulus control; Espie-style worry time at 7pm.\n\n"
        "> Reply: That's textbook. NICE recommends CBT-I first line. Taper zopiclone later, not during "
        "restriction.\n\n"
        "> Reply: Sleepio is a decent digital adjunct. Harvey's cognitive model is good for the Sunday "
        "dread.\n\n"
        "> Reply: Warn her week 2 of restriction is awful; dropout peaks there.\n\n"
        "OP: SE now 84%, window extended to 7h. She said half-term was the first week she didn't take a "
        "tablet.",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind12c"}
        for i, t, items in DOCS
    ]
