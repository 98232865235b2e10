"""Blind evaluation batch train6d, written by a helper session from the brief alone (no sight of
the guard). It covers the client's everyday life as clinicians describe it on a case-
consultation platform: shift work, unions, gig work, corporate burnout, school and university,
sport, hobbies, church, pets, cars, holidays, money and benefits, housing, social media, TV,
music and gaming. Voices include US, UK, Irish, Scottish, Welsh, Canadian, Australian and NZ
clinicians. Formats are consult questions, SOAP/DAP notes, Markdown headings, bullet replies,
process notes and chat-like replies. The clean documents are full of near misses: celebrities,
TV characters, brands used generically (shops at Aldi, binge-watches Netflix), cited authors,
instruments, codes, meds, holidays and capitalised words at the start of sentences.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard as it was just after a7c6ae1: span recall 0.941, precision 0.707,
identifier documents fully caught 0.708, clean documents flagged 0.719.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "t6d-001",
        "Consult request - shift work and sleep. Darnell, 34, works nights as a picker at the Amazon warehouse out in Fontana "
        "(four 10s, 6pm-4:30am). Since his supervisor Brittany started tracking 'time off task' he's been having panic symptoms "
        "in the bathroom at work. He joined the Teamsters organising drive in spring and thinks that's why he's being watched. "
        "PHQ-9 14, GAD-7 16, ISI 21. He was written up on June 14 and has a meeting with HR next week. His wife Leticia is pushing "
        "him to quit and drive for a delivery app instead.\n\nQuestion for the group: how do you balance validating a realistic "
        "workplace threat vs. treating anxiety as anxiety? I've been leaning on problem-solving therapy plus some CBT-I stimulus "
        "control, but the rotating schedule makes sleep restriction almost impossible.",
        [
            ("Darnell", "name"),
            ("Amazon", "organisation"),
            ("Fontana", "place"),
            ("Brittany", "name"),
            ("Teamsters", "organisation"),
            ("June 14", "date"),
            ("Leticia", "name"),
        ],
    ),
    (
        "t6d-002",
        "S: Client reports 'a rubbish week'. Spent most evenings binge-watching Netflix (currently on season three of The Crown) "
        "and ordering Uber Eats rather than cooking. Scrolling TikTok until 2am most nights. Missed two days of work, called in sick.\n"
        "O: Flat affect, psychomotor slowing, good eye contact. PHQ-9 = 19 (up from 15). GAD-7 = 11. Denies SI, plan or intent.\n"
        "A: MDD, recurrent, moderate (F33.1). Behavioural activation has stalled; avoidance is being maintained by easy, "
        "low-effort rewards.\n"
        "P: Re-introduce activity scheduling per Martell & Dimidjian; values card sort (ACT). Continue sertraline 100 mg per GP. "
        "Safety plan reviewed; aware of 988 and the crisis text line. Next session Thursday, 53 min (90837).",
        [],
    ),
    (
        "t6d-003",
        "Process note, session 6. Y10 girl, 15, referred by the school nurse. She's at Brookfield Academy and says the group chat "
        "'turned on her' after half-term. Her best mate Kiera screenshotted something she'd said about a teacher and posted it "
        "to a Snapchat story; the account is kiki.xo.09 apparently. Mum works shifts at the hospital so she's home alone most "
        "evenings. She self-harmed (superficial, forearm) on Tues 7th Nov after the screenshot went round. Lives with mum and "
        "nan in Hindley, two buses to school.\n\nUsed the DBT TIPP skills, some success with cold water. Plan: safety plan "
        "updated, liaise with the DSL with consent, RCADS next session. Thoughts welcome on whether to involve school more - "
        "she's adamant not.",
        [
            ("Brookfield Academy", "organisation"),
            ("Kiera", "name"),
            ("kiki.xo.09", "handle"),
            ("Tues 7th Nov", "date"),
            ("Hindley", "place"),
        ],
    ),
    (
        "t6d-004",
        "Hi all, after some ideas. 20yo second-year nursing student, works casual shifts at a big supermarket chain, lives in a "
        "share house. On Youth Allowance through Centrelink and stressed about her HECS debt and rent going up again. K10 = 31. "
        "DASS-21 anxiety in the severe range. Shops at Aldi and skips meals to stretch the budget before payday, which we think "
        "is feeding the low mood and the binge-restrict cycle. Placement starts after Easter and she's terrified of being on "
        "the wards. Really values her footy tipping comp and netball on Thursday nights - the one thing she hasn't dropped.\n\n"
        "Currently doing CBT-E (Fairburn) informed work plus some structured problem solving. Anyone have good resources on "
        "food insecurity + disordered eating? Tylka's work on intuitive eating feels a bit privileged for where she's at "
        "financially.",
        [],
    ),
    (
        "t6d-005",
        "Looking for consult on a parent-coach conflict that's taking over treatment. Mom (client) is 41, lives in Barrhaven, "
        "and her son Liam (11) plays AA for the Kanata Lasers. Coach Murray benched Liam for most of the playoffs and she's been "
        "ruminating for weeks - drafting emails at 2am, checking the team app constantly. She was asked not to attend the game "
        "on Feb. 24 after yelling from the stands. She also mentioned she still drives past their old place at 88 Tillbury "
        "Crescent, K2J 4T7, and is 'not over' the move.\n\nGAD-7 17. Working in an ACT frame - values as a parent vs. the rules "
        "her anxiety writes. She laughed at the 'hockey mom' stereotype but the shame underneath is real. How do others "
        "approach this when the kid is fine and the parent isn't?",
        [
            ("Barrhaven", "place"),
            ("Liam", "name"),
            ("Kanata Lasers", "organisation"),
            ("Murray", "name"),
            ("Feb. 24", "date"),
            ("88 Tillbury Crescent", "place"),
            ("K2J 4T7", "place"),
        ],
    ),
    (
        "t6d-006",
        "Presenting question: how to work with religious coping when it's both protective and part of the problem. Client is "
        "a 58-year-old Black woman, deeply involved in her Baptist church - sings in the choir, leads Wednesday night Bible "
        "study, cooks for every funeral repast. Since her husband's stroke she's carrying the caregiving alone and says 'God "
        "won't give me more than I can bear.' Brief RCOPE shows high positive and moderate negative religious coping (feeling "
        "punished). PHQ-9 is 16. She won't consider sertraline because her pastor preached on 'trusting, not pills', though "
        "she's open to telling her PCP about sleep.\n\nPargament's work has been helpful to me, and Griffith on faith and "
        "psychotherapy. Thanksgiving and Christmas are her busiest church seasons and she's already dreading them. Grace, for "
        "her, is something other people get. Would love to hear from anyone who's done collaborative work with clergy.",
        [],
    ),
    (
        "t6d-007",
        "Grief work - pet loss. Client (Mrs Penhaligon, 71) lost her kelpie-cross Biscuit on 12/09 after 15 years. She keeps "
        "his lead on the hook by the door of her unit in Mona Vale and walks his route every morning. The vet at Greencross "
        "recommended euthanasia and she blames herself for agreeing. Her son Declan rings from Perth but 'doesn't get it'. "
        "She's also stopped going to her Tuesday art class.\n\nAssessment: PG-13-R elevated, but it's under 12 months so I "
        "wouldn't call it PGD. Using Worden's tasks and Klass' continuing bonds framing. Would you frame this as "
        "disenfranchised grief (Doka)?",
        [
            ("Penhaligon", "name"),
            ("Biscuit", "name"),
            ("12/09", "date"),
            ("Mona Vale", "place"),
            ("Greencross", "organisation"),
            ("Declan", "name"),
            ("Perth", "place"),
        ],
    ),
    (
        "t6d-008",
        "Re: the thread on pet loss last week - I've got a similar one. Client in her 30s, single, her 14-year-old Labrador "
        "died in spring. She says the dog got her through her divorce and the COVID lockdowns. She posts in a pet-loss "
        "Facebook group, which helps and hurts. Rainbow Bridge poems everywhere. Some colleagues have been dismissive ('it's "
        "just a dog') and she's taking a lot of sick leave.\n\nI've found Doka on disenfranchised grief, Worden's tasks and "
        "the dual process model (Stroebe & Schut) useful. ICD-11 6B42 wouldn't apply yet. She's asking whether getting a "
        "puppy from a breeder over Christmas is 'replacing' him. Honestly I don't know that it's my call. Thoughts?",
        [],
    ),
    (
        "t6d-009",
        "Kia ora koutou. Seeking input on a client with driving anxiety after a crash on the motorway. Tama (38) works as a "
        "tanker driver for Fonterra and hasn't been back on the road since. He says his ute - plate LKT482 - still has the "
        "dent and he can't look at it. ACC claim 100 4587 221 is still being processed. His whanau in Papakura are supportive "
        "and his partner Aroha has taken over the school runs.\n\nIES-R 48. We've started graded exposure (sitting in the "
        "ute, then driving around the block) alongside trauma-focused CBT. Curious how others integrate Te Whare Tapa Wha "
        "here - he connects with taha wairua more than the CBT stuff.",
        [
            ("Tama", "name"),
            ("Fonterra", "organisation"),
            ("LKT482", "id_number"),
            ("100 4587 221", "id_number"),
            ("Papakura", "place"),
            ("Aroha", "name"),
        ],
    ),
    (
        "t6d-010",
        "Quick one. Client, 45, panics on the motorway since a near-miss with a lorry last winter. Drives a Ford Focus, has "
        "started taking the long way round on B-roads, doubling his commute. Uses Waze to avoid dual carriageways. PDSS 14, "
        "MI (alone) 3.8. We're using interoceptive exposure (Craske, Barlow) and building a hierarchy from driving around a "
        "retail park on Sunday mornings up to a short stretch of motorway. He listens to history podcasts to distract himself, "
        "which I suspect is a safety behaviour.\n\nAny view on whether the satnav is a safety behaviour too? Should I be "
        "fading it, or is that overkill?",
        [],
    ),
    (
        "t6d-011",
        "Case presentation - family estrangement around the holidays. Client, Priya, 29, junior solicitor. The rupture "
        "happened on Boxing Day 2022 when her aunt Rosalind commented on her weight in front of the whole family at a villa "
        "they'd rented in Marbella. She flew home alone on the 28th of December and hasn't spoken to that side of the family "
        "since. She's muted the family WhatsApp and now has a Diwali invitation from her mum she doesn't know how to answer.\n\n"
        "SCOFF positive, EDE-Q global 3.2. Restriction increased after the holiday. I'm thinking about an emotion-focused "
        "lens plus CBT-E. Anyone worked with cultural expectations around family gatherings and eating disorders?",
        [
            ("Priya", "name"),
            ("Boxing Day 2022", "date"),
            ("Rosalind", "name"),
            ("Marbella", "place"),
            ("28th of December", "date"),
        ],
    ),
    (
        "t6d-012",
        "Hoping for some practical input. Client, 52, has booked an all-inclusive holiday to Turkey with her grandkids and "
        "hasn't flown in 20 years. Last attempt was a Ryanair flight to Spain where she had a panic attack on the runway and "
        "they let her off. Summer holidays were cancelled last year because of it. FAS score high; SUDS peaks at 90 just "
        "watching take-off videos on YouTube.\n\nPlan is one-session treatment along Ost's lines, plus VR exposure if I can get "
        "the headset working, and cognitive work on 'the plane will drop'. Her GP offered diazepam 2 mg for the flight; I've "
        "shared the evidence that benzos can interfere with exposure learning. Airline fear-of-flying courses run at most big "
        "airports - has anyone had clients find those helpful? She's given herself until the October half-term.",
        [],
    ),
    (
        "t6d-013",
        "## Background\nGemma, 33, single mum of two, on Universal Credit since losing her job at a call centre. Lives at "
        "Flat 3, 22 Marsh Lane, Bootle, L20 4PN. Her work coach (Adebayo) has been 'decent' but the sanction in the spring "
        "wiped her out.\n\n## Current\n- UC journal messages trigger panic; she won't open the app\n- NI number on the letter "
        "she brought: JT 482917 B (I've since asked her not to bring originals)\n- Food bank vouchers twice this month\n"
        "- PHQ-9 18, GAD-7 15\n\n## Question\nHow do you hold the line between therapy and advocacy? I keep drifting into "
        "helping her draft journal replies.",
        [
            ("Gemma", "name"),
            ("Flat 3, 22 Marsh Lane", "place"),
            ("Bootle", "place"),
            ("L20 4PN", "place"),
            ("Adebayo", "name"),
            ("JT 482917 B", "id_number"),
        ],
    ),
    (
        "t6d-014",
        "Money is the elephant in the room with a lot of my caseload at the moment. One client, 40s, has five Buy Now Pay "
        "Later accounts (Klarna, Clearpay) and a payday loan, hides the post from her partner, and describes 'the Sunday "
        "dread' before the direct debits come out. PIP reassessment pending with the DWP. Another client on Universal Credit "
        "is skipping meals so the kids can eat and uses the local food bank weekly.\n\nMullainathan & Shafir's scarcity work "
        "has helped me reframe 'poor decisions' as bandwidth. PHQ-9s in the high teens across the board. Does anyone do joint "
        "sessions with debt advisers? Feels like CBT alone is a sticking plaster.",
        [],
    ),
    (
        "t6d-015",
        "DAP note\nD: Client (Renee, 47) brought eviction paperwork - case no. 2023-M1-704418, hearing set for 11/2. Landlord "
        "Mr. Halvorsen has refused repairs for months; there's mold in the bathroom at 1420 W. Addison St, Apt 2B, 60613. She "
        "has a Section 8 voucher and fears losing it. Daughter Keisha (19) is staying with her boyfriend.\n"
        "A: Acute stress, sleeping 3-4 hrs. GAD-7 19. Strong coping history; connected to her block club and neighbors.\n"
        "P: Referral to legal aid; grounding skills; review in one week.",
        [
            ("Renee", "name"),
            ("2023-M1-704418", "id_number"),
            ("11/2", "date"),
            ("Halvorsen", "name"),
            ("1420 W. Addison St, Apt 2B", "place"),
            ("60613", "place"),
            ("Keisha", "name"),
        ],
    ),
    (
        "t6d-016",
        "Looking for thoughts on housing stress as a maintaining factor. Client (late 20s) has moved four times in three years "
        "- rent increases, a 'no grounds' termination, and a share house that fell apart over bills. Currently couch-surfing "
        "and applying for rentals every weekend; a real estate agent told her 60 people turned up to one open inspection. "
        "She's on the public housing waitlist, which she calls 'a joke'. Spends evenings scrolling Domain and Facebook "
        "Marketplace.\n\nK10 34, sleep poor. I've been thinking about Maslow in a very literal way - hard to do schema work "
        "when you don't know where you're sleeping on Friday. Anyone working alongside tenancy advocates?",
        [],
    ),
    (
        "t6d-017",
        "Consult - online harassment. Ines, 16, has a small art account on Instagram (moth.girl.draws) and a Discord server "
        "for her friend group. A boy from her year, Hamish, started sharing edited images in the server under the name "
        "voidwalker_2231. She goes to Westlake Girls High and the school has been slow to respond. Parents are separated; dad "
        "lives in Takapuna.\n\nPresenting: withdrawal, insomnia, passive SI, no plan. We've done a safety plan and reported "
        "through Netsafe. Ask: what have others done when the school won't act?",
        [
            ("Ines", "name"),
            ("moth.girl.draws", "handle"),
            ("Hamish", "name"),
            ("voidwalker_2231", "handle"),
            ("Westlake Girls High", "organisation"),
            ("Takapuna", "place"),
        ],
    ),
    (
        "t6d-018",
        "Bit of a rant/question. So many of my teen boys are quoting Andrew Tate and various 'alpha' YouTubers, and the girls "
        "are comparing themselves to Kardashian-level filtered bodies on TikTok and Instagram. Jonathan Haidt's The Anxious "
        "Generation is everywhere right now - useful for parents but a bit overstated (Odgers' critique is worth reading).\n\n"
        "In session I try curiosity rather than lecturing: 'What does he get right, for you?' Most of them have never been "
        "asked. Screen Time reports on the iPhone make a decent behavioural-experiment tool. BSMAS for problematic use if "
        "needed. Would love to swap scripts.",
        [],
    ),
    (
        "t6d-019",
        "Referral: 14M, school refusal since August, gaming up to 12 hours a day. Plays Call of Duty as xXSnipeLordXx and says "
        "his online mates are 'the only ones who get me'. His pal Callum from St Columba's High stopped coming round after a "
        "fallout. Dad (Graeme) works offshore on a two-on, two-off rotation; mum has taken the router to work with her twice. "
        "Family live in Kirkcaldy.\n\nScreening: IGDS9-SF 32, SCAS elevated social anxiety. Formulation leaning towards gaming "
        "as avoidance rather than primary gaming disorder (6C51). Plan: family sessions, graded return with the guidance "
        "teacher. Any good reads on working with gaming without making it the enemy?",
        [
            ("xXSnipeLordXx", "handle"),
            ("Callum", "name"),
            ("St Columba's High", "organisation"),
            ("Graeme", "name"),
            ("Kirkcaldy", "place"),
        ],
    ),
    (
        "t6d-020",
        "Reply to Dr M's question about Roblox - I'm with you. Minecraft, Roblox and Fortnite are where a lot of my 8-12s "
        "actually socialise, and I've had more success asking them to teach me the game in session than banning it. Loot "
        "boxes in FIFA Ultimate Team are a different story; one 13yo spent 400 quid of his mum's money.\n\nICD-11 gaming "
        "disorder (6C51) is a high bar. The IGDS9-SF and Przybylski's critiques are both worth reading. Kids also love MrBeast "
        "and Dream; knowing who they are buys you credibility. Nintendo Switch parental controls are pretty good. Will share "
        "my handout if anyone wants it.",
        [],
    ),
    (
        "t6d-021",
        "Hi folks, I'd appreciate thoughts on this one. Eoin is a 19-year-old who plays rugby for Clontarf RFC and lives with "
        "his parents in Raheny (D05 K7P2). He had a concussion in a match on the 22nd of April and since then has low mood, "
        "irritability and headaches. His coach, Fergal, wants him back for pre-season and his dad is 'all in' on the rugby. "
        "He's also in first year at DCU doing sports science.\n\nPHQ-9 15. I'm conscious of post-concussion syndrome and that "
        "I'm not the neuro person, so I'm working with the GP. How do ye manage pressure from coaches?",
        [
            ("Eoin", "name"),
            ("Clontarf RFC", "organisation"),
            ("Raheny", "place"),
            ("D05 K7P2", "place"),
            ("22nd of April", "date"),
            ("Fergal", "name"),
            ("DCU", "organisation"),
        ],
    ),
    (
        "t6d-022",
        "Sport psych colleagues - RED-S question. Client is a 24-year-old amateur triathlete, logs every session on Strava "
        "and her Garmin, and hasn't had a period for eight months. Training for an Ironman in the autumn. She idolises a "
        "couple of pro athletes on Instagram and quotes 'no days off' culture. EDE-Q global 3.9. I've looped in a sports "
        "dietitian.\n\nI'm using the Female Athlete Triad literature (De Souza) and motivational interviewing (Miller & "
        "Rollnick). She watched the Olympic marathon five times. Her club mates praise her 'discipline', which reinforces "
        "everything. How do you talk about reducing training without her bolting?",
        [],
    ),
    (
        "t6d-023",
        "Older adults consult. My client is aged 92, a retired miner, widowed last year. He sang with the Treorchy Male Choir "
        "for 60 years and since his hearing went he can't follow the parts and has stopped going to rehearsals. His late wife "
        "Carys did 'all the social side'. GP letter gives DOB as 03.11.1931; he lives alone in a flat in Ystrad. His nephew "
        "Dai phones most days.\n\nGDS-15 of 9, MoCA 26/30 (hearing-adjusted). He says 'Duw, there's no point now.' I'm "
        "thinking reminiscence work plus behavioural activation, and an audiology review first. How do you work with grief "
        "for a role, not just a person?",
        [
            ("aged 92", "age"),
            ("Treorchy Male Choir", "organisation"),
            ("Carys", "name"),
            ("03.11.1931", "date"),
            ("Ystrad", "place"),
            ("Dai", "name"),
        ],
    ),
    (
        "t6d-024",
        "Music has come up a lot in my adolescent work lately. One 15yo made a 'therapy playlist' on Spotify - Billie Eilish, "
        "Phoebe Bridgers, a bit of Drake - and we've used it to label emotions. Another client went to the Eras Tour and "
        "described it as 'the happiest three hours of my life'; we're mining that for values.\n\nI've found Porges' polyvagal "
        "framing (and the Safe and Sound Protocol) intriguing but I'm cautious about the evidence. Saarikallio's work on "
        "music and emotion regulation is more grounded. Beyonce lyrics appear in most of my sessions with one young woman. "
        "Hope that's helpful to whoever asked about music in session!",
        [],
    ),
    (
        "t6d-025",
        "Formulation help please. Chantelle, 23, describes herself as 'Harry Styles' biggest fan' - 40+ concerts, a tattoo of "
        "his lyrics. That's not my concern per se. The concern is her sister Shauna, who manages her money, has started "
        "monitoring her phone, and emailed me directly (s.quinn88@gmail.com) asking for updates. Chantelle works part-time at "
        "Primark in Croydon and spends most of her wages on merch and travel. She sees it as joy; her sister sees addiction.\n\n"
        "Bergen Shopping Addiction Scale 24. I've not responded to the email. How would others handle a family member "
        "contacting the therapist?",
        [
            ("Chantelle", "name"),
            ("Shauna", "name"),
            ("s.quinn88@gmail.com", "email"),
            ("Primark", "organisation"),
            ("Croydon", "place"),
        ],
    ),
    (
        "t6d-026",
        "Has anyone worked with parasocial attachment in adults? Client, 50s, listens to Joe Rogan and a couple of true crime "
        "podcasts for 6+ hours a day and refers to the hosts as friends. Earlier in the year she was devastated when a "
        "favourite Love Island contestant was voted off, and she wrote a long letter to Pedro Pascal after The Last of Us "
        "ended. She lives alone, retired early on ill-health grounds, and the podcasts fill the silence.\n\nHorton & Wohl "
        "coined 'parasocial interaction' in 1956; Giles has more recent work. UCLA Loneliness Scale 58. I don't want to "
        "pathologise it - it's also a coping strategy. Curious how others balance this.",
        [],
    ),
    (
        "t6d-027",
        "Case for peer supervision. RN, 31, works in ED at Westmead Hospital, mostly nights. Recently involved in a code where "
        "a child died; her NUM Kylie told her to 'take a breath and get back out there'. She's a delegate for the NSWNMA and "
        "led the stop-work meeting on Friday 3 March, and now feels management are targeting her. She's worried about her "
        "AHPRA registration (NMW0001987234) after a complaint. Lives with her partner Ngaire.\n\nPresentation: hyperarousal, "
        "nightmares, PCL-5 44. Considering CPT vs. EMDR. Thoughts?",
        [
            ("Westmead Hospital", "organisation"),
            ("Kylie", "name"),
            ("NSWNMA", "organisation"),
            ("Friday 3 March", "date"),
            ("NMW0001987234", "id_number"),
            ("Ngaire", "name"),
        ],
    ),
    (
        "t6d-028",
        "Burnout in healthcare workers - resource swap? I've got three nurses and a paramedic on my caseload at the moment. "
        "Common threads: 12-hour shifts, mandatory overtime, the union pushing for ratios, and managers who mean well but are "
        "stretched. Moral injury comes up constantly (Litz, Shay). The Maslach Burnout Inventory and ProQOL help name it. One "
        "client described the hospital's 'wellness day' with free pizza as the final straw. Another is leaving for agency "
        "work.\n\nSchwartz Rounds have been mixed. I'm leaning on ACT (Harris' The Happiness Trap is accessible for shift "
        "workers) and self-compassion work (Neff). What's worked for you?",
        [],
    ),
    (
        "t6d-029",
        "Consult: international student, 20, from Lagos, second year in engineering at McGill. His roommate Anneke has been "
        "'weird' since he had a panic attack in the shared kitchen. His student number (260981447) came up because the "
        "accessibility office needs a letter from me. Chidi calls his mum back in Lagos every Sunday and doesn't tell her "
        "about the panic. He's also working 20 hrs/week at Tim Hortons to cover rent. He gave 514-382-9047 as his only "
        "contact.\n\nPDSS 16. Planning interoceptive exposure. How do you weigh cultural framing of panic as 'weakness' when "
        "family is far away?",
        [
            ("Lagos", "place"),
            ("McGill", "organisation"),
            ("Anneke", "name"),
            ("260981447", "id_number"),
            ("Chidi", "name"),
            ("Tim Hortons", "organisation"),
            ("514-382-9047", "phone"),
        ],
    ),
    (
        "t6d-030",
        "Reply to the ADHD-in-university thread. I see a lot of this in a mid-sized Canadian city. Typical: bright student, "
        "first two years fine, falls apart in third year when structure disappears. Reading Week becomes panic week. Worries "
        "about OSAP running out, works part-time, lives on Tim Hortons and energy drinks. ASRS positive, CAARS elevated.\n\n"
        "Barkley's executive function model and Safren's CBT for adult ADHD are my go-tos. Vyvanse 30-50 mg is common after "
        "psychiatric assessment, but wait lists are long. Accommodations through the university's accessibility office help "
        "a lot. Pomodoro and body-doubling on Discord study servers genuinely work for some.",
        [],
    ),
    (
        "t6d-031",
        "Hobby as therapy - a small win to share. Client, 68, recently widowed, has started going to a knit-and-natter group in "
        "a church hall near her. It's the first thing she's done weekly since the funeral. She found it via a poster in the "
        "library. Knitting blankets for the neonatal unit gives her a sense of purpose.\n\nLewinsohn's activity scheduling and "
        "behavioural activation (Martell, Dimidjian) frame this nicely. GDS-15 dropped from 10 to 6 over eight weeks. She also "
        "watches The Great British Bake Off with her sister on a video call every Tuesday. Sometimes the small, boring "
        "interventions are the ones that work. Anyone else find crafts especially helpful with grief?",
        [],
    ),
    (
        "t6d-032",
        "Men's sheds and allotments - anyone referring? Client, 62, retired electrician, lost all structure after retirement "
        "and is drinking more (AUDIT 14). He's started going to a local men's shed twice a week and putting in raised beds at "
        "home after binge-watching Gardeners' World. Monty Don is now quoted in session. Birdwatching with the RSPB app too.\n\n"
        "Behavioural activation + motivational interviewing for the alcohol. His wife says he's 'a different man' on shed "
        "days. I like Seligman's PERMA model as shared language here, though I'm no positive psych purist. Would welcome "
        "thoughts on social prescribing pathways.",
        [],
    ),
    (
        "t6d-033",
        "Religious trauma case. Client, 26, was raised in Grace Fellowship Church in Broken Arrow and left at 19. The youth "
        "pastor (Tyler Brandt) ran purity culture retreats; she signed a purity pledge on Easter Sunday 2012. Her parents still "
        "attend, and her mom, Darlene, texts her Bible verses daily. Client now works as a barista, is queer, and recently "
        "came out to her brother.\n\nPCL-5 39. I'm cautious about using 'religious trauma syndrome' (Winell) since it isn't a "
        "DSM dx. What frameworks do you use?",
        [
            ("Grace Fellowship Church", "organisation"),
            ("Broken Arrow", "place"),
            ("Tyler Brandt", "name"),
            ("Easter Sunday 2012", "date"),
            ("Darlene", "name"),
        ],
    ),
    (
        "t6d-034",
        "Scrupulosity consult. Client is a devout Catholic man in his 30s, goes to Mass on Sundays and to confession several "
        "times a week, and is tormented by intrusive blasphemous thoughts during the Eucharist. Lent makes it worse every year. "
        "Y-BOCS 28, PIOS also high.\n\nERP is the treatment of choice (Abramowitz's work on scrupulosity is excellent), but I'm "
        "mindful of not attacking his faith. With his consent I consulted a priest in general terms. Ciarrocchi's The "
        "Doubting Disease is old but helpful. Fluoxetine 40 mg via his psychiatrist. Separate question: does anyone have "
        "Muslim clients with waswas around Ramadan who'd share how they adapted ERP?",
        [],
    ),
    (
        "t6d-035",
        "Ongoing DV case, posting for advice on safety planning. Client's ex, Jordan Pryce, has moved back to the area and "
        "now works at the Currys in Basildon, which is in the shopping centre she uses. He's been texting her from a new "
        "number, 07700 914382. She's set her Facebook to private. Her son Kai has contact through the family court; case "
        "number BS23P00412.\n\nDASH completed: high risk, MARAC referral made. Question: how do I support her to log incidents "
        "without re-traumatising her?",
        [
            ("Jordan Pryce", "name"),
            ("Currys", "organisation"),
            ("Basildon", "place"),
            ("07700 914382", "phone"),
            ("Kai", "name"),
            ("BS23P00412", "id_number"),
        ],
    ),
    (
        "t6d-036",
        "Co-parenting and Bluey - hear me out. A dad I'm seeing (separated, 40s, FIFO worker) watches Bluey with his kids on "
        "his weeks, and we've been using Bandit as a model of playful, attuned parenting. Episodes like 'Sleepytime' make him "
        "cry. His daughter wants to dress up as Bingo for Book Week. Circle of Security language ('being with') maps onto it "
        "surprisingly well.\n\nTuning in to Kids (Havighurst) is running at the local community health centre. Mum's weeks "
        "are more Married at First Sight and Grey's Anatomy, which he judges, so we're working on that too. SDQs for both kids "
        "in the normal range.",
        [],
    ),
    (
        "t6d-037",
        "Light-ish one. A client with social anxiety has started an Instagram account for her cat and it's taken off - "
        "thousands of followers. It's the first time she's interacted with strangers without anticipatory dread. We've used "
        "it as a behavioural experiment: reading and replying to comments, then going to a cat cafe meetup.\n\nLSAS down from "
        "82 to 61. Clark & Wells' model has been the backbone; safety behaviours are dropping. Downside: she checks "
        "notifications compulsively. Anyone else using a client's online hobby as a graded exposure bridge?",
        [],
    ),
    (
        "t6d-038",
        "Ethics question. A client renting in a no-pets building asked me to write an emotional support animal letter for "
        "her rescue greyhound. I'm in the US; HUD guidance says an ESA can be a reasonable accommodation, but I'm wary - I've "
        "only seen her for four sessions and her GAD-7 is 9. There are websites selling ESA letters for $149, which doesn't "
        "help anyone's credibility.\n\nThe APA and ACA ethics codes both say stay within competence and don't do forensic-type "
        "evaluations casually. Younggren, Boisvert & Boness have a good paper on this. How have others handled it?",
        [],
    ),
    (
        "t6d-039",
        "Gig driver, assault. Marisol, 36, drives for Lyft full-time out of Stockton. On 10/3 a passenger assaulted her and "
        "she hasn't driven since. Her car (plate 8KDL492) is her only income source and she's behind on the lease. Her cousin "
        "Yesenia has been lending her money. Lyft deactivated her temporarily pending 'investigation', which she experiences as "
        "a second betrayal.\n\nPCL-5 51, nightmares nightly. Starting Prolonged Exposure (Foa). How are others helping gig "
        "workers who have no workers' comp?",
        [
            ("Marisol", "name"),
            ("Lyft", "organisation"),
            ("Stockton", "place"),
            ("10/3", "date"),
            ("8KDL492", "id_number"),
            ("Yesenia", "name"),
        ],
    ),
    (
        "t6d-040",
        "Scarcity and the gig economy. Several of my clients string together delivery apps and rideshare on evenings and "
        "weekends. Income swings, no sick pay, no structure. One client calls the algorithm 'my boss' and says he can't take "
        "a day off or his rating drops. They live on Venmo, shop at Costco in bulk when they can, and order the cheapest "
        "everything on Amazon.\n\nMullainathan & Shafir again; also Sapolsky on chronic stress. PHQ-9 in session. Practical "
        "stuff (budget apps, Medicaid eligibility) seems to matter more than cognitive restructuring. Thoughts?",
        [],
    ),
    (
        "t6d-041",
        "Consult on school avoidance + IEP. 12yo boy, DOB 2/17/2012, 7th grade at Jefferson Middle School. His teacher Ms. "
        "Abernathy reports he hides in the bathroom during math. Student ID S0048213 is on the IEP draft his mom sent me. "
        "Younger brother Mateo is thriving, which the client notices.\n\nSCARED parent 38, child 31. Plan: CBT with a parent "
        "component (SPACE, Lebowitz). How involved do you get in IEP meetings?",
        [
            ("2/17/2012", "date"),
            ("Jefferson Middle School", "organisation"),
            ("Abernathy", "name"),
            ("S0048213", "id_number"),
            ("Mateo", "name"),
        ],
    ),
    (
        "t6d-042",
        "For the newer clinicians asking about school liaison: a 504 plan vs. an IEP is a common confusion. Most of my anxious "
        "kids get 504 accommodations (breaks, a quiet testing room, a check-in with the school counselor). Spring Break, "
        "Halloween and the week before Thanksgiving are reliable spikes.\n\nI use the SDQ, SCARED and sometimes the Conners 3 "
        "for attention questions. SPACE (Lebowitz) for parent accommodation; Kendall's Coping Cat for kids. PTA meetings are "
        "often where parents hear about me - word of mouth. Happy to share templates.",
        [],
    ),
    (
        "t6d-043",
        "Veteran client, 44, infantry, two Afghanistan deployments with 3 RAR. DVA file number NX218847. Lives with his wife "
        "Shelley and two teens; their son Jaxon just enlisted, which has been destabilising. He drinks at the Penrith RSL most "
        "Fridays.\n\nPCL-5 58, AUDIT 19. Using CPT (Resick) and starting to address the alcohol. Anyone with experience of "
        "moral injury work alongside substance use?",
        [
            ("3 RAR", "organisation"),
            ("NX218847", "id_number"),
            ("Shelley", "name"),
            ("Jaxon", "name"),
            ("Penrith RSL", "organisation"),
        ],
    ),
    (
        "t6d-044",
        "Veterans and anniversaries. ANZAC Day and Remembrance Sunday are rough for a lot of my ex-ADF clients - the dawn "
        "service, the pub afterwards, two-up. One says he 'goes to the march for his mates, not for the politicians'. PCL-5 "
        "scores spike around then.\n\nCPT (Resick, Monson & Chard) and Prolonged Exposure both have strong evidence; I've found "
        "Litz's Adaptive Disclosure useful for moral injury. Prazosin 2-6 mg at night helped with nightmares for one client. "
        "Service dog programmes are growing. DVA covers most of this, thankfully. How do you plan treatment around the "
        "anniversaries?",
        [],
    ),
    (
        "t6d-045",
        "I'm presenting this with details altered. Client is a woman in her 50s in a regional area, recently bereaved (her "
        "mother died after a long illness). She's functioning at work but describes 'going through the motions'. Prolonged "
        "grief disorder criteria not met (under 12 months). ICG score 28. She keeps a calendar countdown to the first "
        "anniversary on 9 August and has asked for extra sessions around it. We're using components of Shear's complicated "
        "grief treatment. Her Anglican faith is a support.\n\nQuestion: do you schedule around anniversaries, or is that "
        "colluding with avoidance?",
        [("9 August", "date")],
    ),
    (
        "t6d-046",
        "Anniversary reactions - general discussion. I see symptoms spike in predictable windows: around Mother's Day for "
        "those who've lost a mum, late August for parents whose kids start school, the week of Christmas for most people. I "
        "ask in the first session, 'Are there any times of year that are hard for you?' and note months, not exact dates, in "
        "the file. One client in her 60s flagged 'the spring' generally. Another said 'every Thursday', because that's the "
        "weekday her son died in 2019.\n\nWorden and Rando both write about this. Grief letters, rituals and planned activity "
        "help. Summer holidays are hard for separated parents too.",
        [],
    ),
    (
        "t6d-047",
        "Process note, session 11. Client (40s, construction, FIFO) talked about cutting back his drinking. Quoted a text he "
        "sent his site mate: 'tell bazza im not coming to the pub friday, doc says im on the wagon lol'. He laughed it off "
        "but seemed proud. AUDIT down from 22 to 15.\n\nMI: lots of change talk around his kids. Reviewed naltrexone with "
        "the GP. Plan: urge surfing (Marlatt), values cards. Next session in two weeks due to roster.",
        [("bazza", "name")],
    ),
    (
        "t6d-048",
        "Replying to a few people at once:\n- Re: Bowlby - yes, but read Ainsworth too, and the Circle of Security handouts "
        "are free.\n- Re: whether to ask about Facebook/Instagram: absolutely, social media history is part of my intake "
        "now.\n- Re: the teen who only talks about Fortnite - Will he teach you? That's the in.\n- Re: Gottman for couples "
        "where one partner games all night - the Four Horsemen language lands well.\n\nHonestly the best thing I did this "
        "year was stop trying to be cool about TikTok trends. Kids can smell it. Hope this helps!",
        [],
    ),
    (
        "t6d-049",
        "AU, financial abuse case. Client Josh, 27, works weekends at Bunnings and part-time as a swim coach. His partner "
        "controls his pay - his wages go into a joint account (BSB 062-914, acc 1047 2285) only she can access. He didn't "
        "know she'd taken out Afterpay in his name. His mate Tui noticed and encouraged him to come in.\n\nDASS-21 moderate "
        "depression and stress. Thinking about the Duluth power and control wheel adapted for male victims; resources are "
        "thin. Thoughts?",
        [
            ("Josh", "name"),
            ("Bunnings", "organisation"),
            ("062-914", "id_number"),
            ("1047 2285", "id_number"),
            ("Tui", "name"),
        ],
    ),
    (
        "t6d-050",
        "Hoarding consult. Client in her 70s, a retired teacher, fills the spare room with Kmart hauls, Aldi Special Buys and "
        "stuff from Bunnings she 'might need'. Online shopping (Amazon, Temu) has made it worse - parcels daily. SI-R 62, CIR "
        "living room 6.\n\nFrost & Steketee's CBT for hoarding and Tolin's work on motivation guide me. Council environmental "
        "health has been out once. I'm avoiding forced clean-outs. Anyone doing home visits with a professional organiser?",
        [],
    ),
    (
        "t6d-051",
        "Case write-up (corporate burnout). Tomasz Wisniewski, 35, senior manager at Deloitte, referred through the EAP. His "
        "manager Siobhan schedules 7am Teams calls and messages on Slack until midnight. He collapsed at the airport on "
        "2024-01-15 returning from a client site; cardiac work-up clear, dx panic attack. Wife Magda, two kids, lives in "
        "Ealing.\n\nMBI high exhaustion. Using ACT, exploring values vs. 'partner track'. Question: how do you manage EAP "
        "session caps (6) with something this entrenched?",
        [
            ("Tomasz Wisniewski", "name"),
            ("Deloitte", "organisation"),
            ("Siobhan", "name"),
            ("2024-01-15", "date"),
            ("Magda", "name"),
            ("Ealing", "place"),
        ],
    ),
    (
        "t6d-052",
        "Corporate burnout pattern I keep seeing: Big Four consultancy or law firm, 60-hour weeks, constant Microsoft Teams "
        "pings, a return-to-office mandate, and LinkedIn posts about 'the grind' from peers. EAPs often cap at six sessions. "
        "The MBI and the Copenhagen Burnout Inventory help clients see it isn't personal weakness.\n\nACT (Hayes) and "
        "Maslach's six areas of worklife give shared language. Sabbaticals are rare; quiet quitting discourse comes up. "
        "Friday afternoons are when panic peaks for one client, before the Monday board pack. Scripts for setting boundaries "
        "with partners at these firms?",
        [],
    ),
    (
        "t6d-053",
        "Working in a rural practice in the Highlands, a few things come up that my city colleagues don't see: everybody "
        "knows everybody, so confidentiality is a live issue even at the Co-op; Hogmanay is a massive drinking event; the "
        "nearest psychiatrist is two hours away. One client, 50s, a crofter, won't come into the surgery because his van would "
        "be seen outside. We do sessions by phone.\n\nAUDIT-C, PHQ-9 and CORE-10 by post. Old Firm matches bring out a lot of "
        "sectarian stuff in some families. Greggs and Irn-Bru are basically a food group (joke, sort of). Anyone else doing "
        "rural work?",
        [],
    ),
    (
        "t6d-054",
        "Question from a newer therapist: how do people handle clients arriving with TikTok self-diagnoses? I've had three "
        "this month (ADHD, autism, DID). I try not to dismiss it - often the content describes real experiences - but I do a "
        "proper assessment (DIVA-5, AQ-10, RAADS-R) and explain the difference between traits and a disorder. Yeung and "
        "colleagues found a large share of popular ADHD TikToks were misleading.\n\nCelebrities disclosing diagnoses (Simone "
        "Biles, Lewis Capaldi with Tourette's) can be validating too. Sometimes I ask, 'What would a diagnosis give you?' "
        "Responses vary. Recommendations welcome.",
        [],
    ),
    (
        "t6d-055",
        "Creative client, creative problem. 24-year-old producer, releases tracks on SoundCloud and Spotify, checks streams "
        "obsessively at 3am, and spirals when a track flops. Works in a warehouse to pay rent. FMPS high, plus some BDD-ish "
        "concerns about how he looks in promo photos.\n\nShafran, Egan & Wade's perfectionism protocol is my main reference. "
        "He idolises Kanye and Frank Ocean and quotes them as evidence that suffering makes art. We've explored that belief a "
        "lot. Does anyone have experience with creative clients who fear treatment will 'flatten' them?",
        [],
    ),
    (
        "t6d-056",
        "Harm reduction question. Client, 22, uni student, goes to three or four big music festivals each summer and uses "
        "MDMA and ketamine at them. She's not interested in abstinence. AUDIT-C 7, DUDIT 14. I've used motivational "
        "interviewing and talked about pill testing, hydration, and not mixing with alcohol. She loves Calvin Harris and Fred "
        "again and says the sets are 'spiritual'. Her comedowns include a few days of low mood (the 'Tuesday blues').\n\nI "
        "reference Nutt's harm ranking work sometimes. Is it ethical to help a client plan safer use? My supervisor is "
        "comfortable but I'm not sure.",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "train6d"}
        for i, t, items in DOCS
    ]
