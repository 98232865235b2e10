"""Blind evaluation batch b7b, written by a helper session for the Practica PHI guard: 40 case
write-ups by therapists in private practice and public services (NHS Talking Therapies, CAMHS,
CMHTs, HSE primary care, Counselling in Primary Care, ACC sensitive claims, Better Access/Mental
Health Care Plans, VA Community Care, juvenile probation contracts, aged care and memory
services) prepared for monthly group consultation, mostly plain prose paragraphs in US, UK
(England, Scotland, Wales, Northern Ireland), Irish, Canadian, Australian and New Zealand voices
and spellings, with clients from age 6 to 96. Twenty documents carry everyday slips (first
names, towns, suburbs, postcodes/Eircodes, employers, schools, clubs, care homes, dates in many
formats, ages over 89, phones, an email, handles, CHI/NHS/OHIP/NHI/Medicare/ACC/court numbers);
twenty are clean but dense with look-alikes (cited theorists, models, instruments and scores,
ICD/CPT/Medicare item codes, medications, public helplines, holidays without a year, generic
regions, brands, an age of 89).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at 634ea1a: span recall 0.963, precision 0.892, identifier documents fully
caught 0.850, clean documents flagged 0.450 (the guard at 935157f: 0.945, 0.806, 0.750, 0.600).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b7b-001",
        "Bringing this one to the group because I'm second-guessing myself. Eight-year-old boy, seen weekly in my private practice since April for school refusal and what looks like separation anxiety layered on top of some sensory stuff that hasn't been assessed. He lives with his mom and maternal grandmother in Circleville; dad was deployed twice and contact has been patchy since the divorce. I work mostly child-centered with a bit of Ross Greene's CPS model with mom. The shift came after 10/3, when Tyler bolted from his classroom and was physically held by a para at Maple Grove Elementary until the assistant principal arrived. Since then mornings are awful. Mom describes him gripping the car door, vomiting in the drop-off line twice, and saying he'd rather die than go in, which she reported the same day and which we safety-planned around (no plan, no intent, but I took it seriously). His SCARED parent total went from 41 at intake to 47 last week. The school is now floating a 504 versus a full IEP evaluation, and mom has asked me to attend the meeting. My questions: do I go, and if so how do I keep the playroom feeling like his and not an extension of school? And has anyone had luck getting a district to revisit restraint without things turning adversarial?",
        [
            ("Circleville", "place"),
            ("10/3", "date"),
            ("Tyler", "name"),
            ("Maple Grove Elementary", "organisation"),
        ],
    ),
    (
        "b7b-002",
        "Case for Thursday's consult. 87-year-old widowed man referred by his PCP to a community mental health center in the Southwest after his wife of 61 years died in February. Medicare covers the sessions (billing 90834, dx F33.1 given two prior episodes in his sixties). He lives alone in a retirement community and still drives, which his adult children are anxious about. GDS-15 was 11 at intake, MoCA 24/30 with losses mostly on delayed recall, and his PCP started sertraline 25 mg in March. He's polite, a retired engineer, and approaches therapy like a project. We've been using a loose life-review structure drawing on Butler and on Erikson's integrity versus despair, and that has opened him up more than straight CBT did. What I want help with: Thanksgiving is coming and he has said, twice now, that he 'doesn't see the point of another one.' He denies intent and has no firearms in the home (checked with his daughter, with his consent), but he has quietly given away his tools. I know the data on late-life suicide in older white men and I don't want to either overreact or miss it. Would people use the C-SSRS here or something more conversational? Also, any thoughts on involving the kids without him feeling managed? He is fiercely independent and the last time his son 'took over' he cancelled two sessions.",
        [],
    ),
    (
        "b7b-003",
        "Step 3 CBT, session 9 of 16, quick one for the group. Woman in her early thirties with recurrent panic and agoraphobic avoidance, PHQ-9 14, GAD-7 18. The panic started after she fainted behind the counter at Greggs last winter, and since then she gets lifts rather than take the bus and has turned down a promotion that would mean covering other branches. We have a decent Clark-model formulation and she gets the catastrophic misinterpretation idea intellectually, but behavioural experiments keep stalling: she agreed to drop a safety behaviour (a bottle of water and a Lucozade) for a short walk, then texted to cancel. Her GP has now suggested propranolol and I'm wary it becomes another safety behaviour. How do you keep interoceptive exposure going when the client keeps negotiating it down, and has anyone liaised with a GP about beta-blockers without undermining the CBT rationale?",
        [("Greggs", "organisation")],
    ),
    (
        "b7b-004",
        "Wanted to bring a young person I'm seeing in community CAMHS, partly for the clinical picture and partly because I'm not sure I'm pitching the family work right. She's 15, in Year 10, living with mum and stepdad in a market town in the East Midlands. Referred by the school nurse after the SENCo noticed cuts on her forearm during PE. RCADS came back with elevated social anxiety and depression subscales; she scored 19 on the MFQ. She's been self-harming since roughly Christmas, mostly cutting, and told me it 'turns the volume down.' No overdoses. We've done a safety plan, she has the Shout number (text 85258) and knows about Childline, and I've been drawing on DBT skills adapted for adolescents (Rathus and Miller) alongside some Winnicott-informed thinking about the holding environment at home, which frankly doesn't feel very holding. Stepdad is dismissive, mum is frightened and keeps checking her arms. GCSE pressure is building. Psychiatry reviewed her last month and decided against an SSRI for now. Question for the group: when a parent's anxiety is driving intrusive checking, how have you helped without the young person hearing it as me taking mum's side? She spends hours on TikTok and Instagram and the algorithm is clearly feeding her self-harm content, which is another conversation I'm not sure how to have.",
        [],
    ),
    (
        "b7b-005",
        "Bringing a young man I've been seeing through the primary care psychology service for about five months. Cathal is 24, the youngest of four on a dairy farm, and presented with low mood, poor sleep and a lot of rumination after a serious knee injury ended his inter-county hopes. He still trains with the seniors at St Brendan's GAA but can't play, and says being on the sideline is 'worse than not going at all.' PHQ-9 was 18 at assessment, now 13. We've been doing behavioural activation and some compassion-focused work (Gilbert), and he's engaged better than I expected for someone who told me at session one that counselling was 'for other people.' The reason I'm bringing him now: on 28/11 his mother rang the clinic from 087 314 2259, very upset, saying he'd been drinking heavily and had talked about 'not being around.' He hadn't given consent to speak to family and I only confirmed he was attending. At the next session he was annoyed she'd rung but did disclose passive ideation. I'd value thoughts on how to bring family in with rural young men where talking is so loaded, and whether anyone has used the Connecting for Life resources this way. He lives twenty minutes outside Ballinasloe and the nearest anything is an hour away.",
        [
            ("Cathal", "name"),
            ("St Brendan's GAA", "organisation"),
            ("28/11", "date"),
            ("087 314 2259", "phone"),
            ("Ballinasloe", "place"),
        ],
    ),
    (
        "b7b-006",
        "Hi all, this is the bereavement case I mentioned last month. Woman in her mid-forties seen through Counselling in Primary Care, eight sessions allowed and we're on session six, so partly this is about what happens next. Her husband died suddenly of a cardiac event in the spring, at 49, while out cycling. She has two teenagers and went back to work after three weeks because she 'couldn't sit in the house.' CORE-OM at intake 18.4, now 16.9. She is sleeping maybe four hours; the GP has her on zopiclone short-term and escitalopram 10mg. What's struck me is how much of the grief seems organised around the Month's Mind and then the anniversary Mass, as if the rituals are holding her and in between she's in freefall. I've been leaning on Stroebe and Schut's dual process model, giving permission to oscillate, and some of Worden's tasks, though I'm aware they can become a checklist. She said last week: 'Everyone in the town has been so good and I want them all to go away.' Christmas will be the first without him. She has the Samaritans number, 116 123, and no risk indicators beyond exhaustion. Question: with the session cap, do people refer on to a longer-term bereavement service at this point or advocate for an extension? And any reading on sudden death in midlife, beyond the usual Parkes, would be welcome.",
        [],
    ),
    (
        "b7b-007",
        "Looking for consultation on a man I've seen privately for eight sessions, first through his union's EAP and then on extended-health benefits. Harjit is 34, a letter carrier with Canada Post, and was bitten badly by a dog on his route in the spring. Physically he's recovered but he now has marked hypervigilance on shift, avoids certain streets entirely and has started calling in sick, which his supervisor has flagged. PCL-5 was 46 at intake. There's also a cultural layer I'm trying to be careful with: he's Sikh, lives with his parents, wife and two young kids in a multigenerational home in Surrey, and his father sees the time off as shameful. His wife Simran came to one session and was much more open about his irritability and nightmares than he had been. We've started CPT (Resick) and the stuck points are mostly about self-blame, which surprised me given it was a dog bite. He's due back on full duties May 6th and WCB is involved. My questions: how do people handle the pull to write letters to employers and WCB when it might shape the therapy? And any suggestions on working with a family where the father's view of mental illness is so strong, without setting the client against him?",
        [
            ("Harjit", "name"),
            ("Canada Post", "organisation"),
            ("Surrey", "place"),
            ("Simran", "name"),
            ("May 6th", "date"),
        ],
    ),
    (
        "b7b-008",
        "This is for the child and family group. 11-year-old boy in Grade 6, referred through his family doctor to our publicly funded children's mental health agency in a mid-sized city in southwestern Ontario. Diagnosed ADHD combined presentation (F90.2) at 7, on Concerta 36 mg, and now the concern is explosive outbursts at home, not at school. The CBCL shows elevated externalising, teacher forms are pretty unremarkable, which fits the 'falls apart at home' pattern parents describe. Mom and dad separated last year and he goes back and forth week on, week off. We've offered Triple P but parents won't attend together, so I'm seeing them separately and borrowing heavily from Ross Greene's Collaborative & Proactive Solutions and Dan Siegel's 'name it to tame it.' Thanksgiving was a disaster by both accounts; a fight about a video game ended with a hole in the drywall. He's thoughtful one on one, loves Minecraft and talks about hockey constantly. Kids Help Phone (1-800-668-6868) is on his safety plan mostly because he asked for it after a classmate mentioned it. Question for the group: in two-household situations, how do you avoid becoming the referee? I'm also wondering whether to suggest a medication review, given the late-afternoon rebound lines up with the blow-ups, or whether that's overstepping.",
        [],
    ),
    (
        "b7b-009",
        "Hoping for some thoughts on a young woman I'm seeing under a Mental Health Care Plan, session 8 of her 10 for the calendar year. Kaia is 19, in second year of a nursing degree at Monash University, living in a share house in Frankston. Referred by her GP for depression and anxiety with a K10 of 34. The complicating factor is social media: she runs a fairly popular account (@lilmissnightshift, about 12k followers) that started as study content and has become much more personal, and she disclosed in session that she posted about her self-harm after a bad night on 21/8. Comments from strangers were a mix of supportive and cruel, and she now checks obsessively. We've been doing ACT and she connects with the defusion stuff, but the account feels like a live wire in the therapy. I'm not sure where my role ends. She's 19, it's her platform, and I'm not her parent, but I'm worried about contagion effects for younger followers and about her own exposure. Does anyone have a framework for talking about online self-disclosure that doesn't come across as moralising? Also, practical: has anyone got a GP to push for more sessions when the need is clearly there?",
        [
            ("Kaia", "name"),
            ("Monash University", "organisation"),
            ("Frankston", "place"),
            ("@lilmissnightshift", "handle"),
            ("21/8", "date"),
        ],
    ),
    (
        "b7b-010",
        "Older client, bringing for consult because I'm out of my depth culturally and want to check my thinking. He's 78, born in Vietnam, came to Australia as a refugee in the early eighties after serving as a soldier in the South. Lives with his eldest daughter's family in regional Victoria. Referred by his GP under a Mental Health Care Plan for sleep problems and 'nerves' after his wife moved into residential aged care following a stroke. We work through a phone interpreter via TIS National; he speaks some English but prefers Vietnamese for anything emotional. GAI was 14, GDS 9. He's on mirtazapine 15 mg which helps the sleep. He's Buddhist and has been visiting the temple more. Anzac Day seems to have stirred things up; he has complicated feelings about which war gets remembered and by whom, and he spoke about friends who didn't make it out. I don't want to pathologise what sounds like moral pain and long grief rather than PTSD per se. I've been reading Kinzie on refugee trauma and some of Litz on moral injury. Tet is coming and it will be the first without his wife at home. Questions: has anyone used narrative approaches through an interpreter, and how did you pace it? Any tips on My Aged Care navigation? The daughter is carrying a lot. He has Lifeline's number, 13 11 14, though I doubt he'd ring it.",
        [],
    ),
    (
        "b7b-011",
        "Kia ora koutou. Bringing a client seen under ACC sensitive claims, about 14 sessions in. She's a wahine Māori in her early forties, mother of three, and disclosed childhood sexual abuse by an uncle after her own daughter turned the age she was when it began. Mereana works nights at the Fonterra site and lives out past Whanganui with her partner and kids. She was hesitant about a Pākehā counsellor and I've been honest about that; we talked about whānau support in sessions and she has brought her sister twice. I've been using Durie's Te Whare Tapa Whā as a shared map and she's responded well to naming taha wairua as the part that feels most broken. Trauma work proper has been slow, deliberately so. The admin has been a nightmare: her ACC claim number (10047739281) got mixed up with another client's on an invoice and she received a letter on 3 March that she found very distressing because it used the word 'perpetrator' in a way that felt clinical and cold. I've apologised and ACC is sorting it, but it's shaken her trust. For the group: how do you repair a rupture caused by the system when you're part of it? And any thoughts on pacing when whānau involvement is a strength but also brings in family who still see the uncle?",
        [
            ("Mereana", "name"),
            ("Fonterra", "organisation"),
            ("Whanganui", "place"),
            ("10047739281", "id_number"),
            ("3 March", "date"),
        ],
    ),
    (
        "b7b-012",
        "Mōrena everyone. Rangatahi I'm seeing through a youth health service in a rural town in the central North Island, Samoan father and Pākehā mother, 16, Year 12, trying to get NCEA Level 2 while working weekends. Referred by the school guidance counsellor after a teacher noticed he'd stopped eating lunch. HEEADSSS assessment picked up low mood, vaping, some cannabis, and a lot of pressure around being the eldest son. PHQ-A 16. No self-harm. GP started fluoxetine 10 mg last month and is titrating. I've used Te Whare Tapa Whā but it felt like a better fit to bring in the Fonofale model (Pulotu-Endemann) given his dad's side, and he lit up when we talked about the roof as culture and the pou as spiritual, physical and mental. Matariki was a turning point; he spent it with his grandparents and came back more settled, talking about church and his aiga. He said 'Nobody at school knows I'm actually Samoan because I don't look it,' which we've been sitting with. He has 1737 in his phone. Questions: how do others navigate working with a young person whose two cultural frameworks pull in different directions on something like mental health? And for anyone in Pasifika services, is it appropriate for me to suggest he talk with a minister, or is that not my place at all?",
        [],
    ),
    (
        "b7b-013",
        "I do home-based therapy for homebound older adults, mostly Medicare. Bringing a woman, aged 93, who moved into Heritage Oaks, an assisted living facility in Sarasota, about six months ago after a fall. Her daughter Lorraine lives nearby and pushed for the move; the client agreed but now describes it as 'being put out to pasture.' She's sharp (MoCA 26), widowed twice, a retired bookkeeper, and has outlived most of her friends. GDS-15 is 9. What I'm noticing is that her mood dips around family occasions; her birthday on June 2nd was spent mostly alone because Lorraine was travelling, and she's still talking about it. We've used reminiscence and some problem-solving therapy (PST), which suits her practical style, but she keeps coming back to 'what's the point of me now.' No active SI, but passive wishes not to wake up, which honestly isn't unusual at her stage and she's clear she'd never act on it. I'd like to think through how to bring Lorraine in without it turning into a complaint session on both sides, and whether anyone has experience using the facility's activities staff as a therapeutic ally rather than just a scheduling obstacle.",
        [
            ("aged 93", "age"),
            ("Heritage Oaks", "organisation"),
            ("Sarasota", "place"),
            ("Lorraine", "name"),
            ("June 2nd", "date"),
        ],
    ),
    (
        "b7b-014",
        "Couples case for this month. Together 14 years, two kids, living in a mid-sized city in the Pacific Northwest; she's 41 and a nurse, he's 38 and works in logistics. Presenting problem is an emotional affair he had with a coworker, discovered via Venmo notes of all things. They're in session weekly via Zoom because of childcare. I'm working mostly from EFT (Sue Johnson), with Gottman's Sound Relationship House as a backdrop, billing 90847 under Z63.0. We're still in de-escalation. The sticking point is that she wants full transparency, passwords, location sharing on their iPhones, and he experiences that as surveillance and withdraws, which of course confirms her fear. Classic pursue-withdraw. Fourth of July weekend was better than expected; they took the kids camping and she said she 'saw the old him.' Will that hold? Hard to say. What I'd love input on: how do you handle a demand for monitoring when it's framed as the price of repair? Part of me agrees with Shirley Glass that some transparency is part of rebuilding trust, and part of me sees it feeding the cycle. Also, he asked me privately whether he should leave his job, which feels like a question I shouldn't answer. Grace period thinking may help: they've agreed to no big decisions for three months.",
        [],
    ),
    (
        "b7b-015",
        "Consultation request. Man of 58 seen in an adult CMHT for depression following redundancy after thirty-odd years as a welder at BAE Systems. Lives in Govan with his wife Morag and grown son. The referral letter from his GP included his CHI number (2107654321) in the subject line, which I flag mainly so someone can remind me to redact it properly next time. He's struggled with the loss of identity more than the money, says he 'doesn't know what to do with his hands.' PHQ-9 21 at assessment, now 15 on sertraline 100 mg plus 12 sessions of BA. Alcohol is an issue: AUDIT of 19. He's been drinking at home in the afternoons and hiding it, which Morag discovered on 9 May, and that led to a huge row and him sleeping at his brother's. I've been thinking about it through Jahoda's latent deprivation model (work gives structure, status, collective purpose) and wondering about a Men's Shed referral. The question for the group: with alcohol at this level, do I need to bring in the addictions team before continuing with BA, or can I hold it? He's reluctant to have 'another service poking around.'",
        [
            ("BAE Systems", "organisation"),
            ("Govan", "place"),
            ("Morag", "name"),
            ("2107654321", "id_number"),
            ("9 May", "date"),
        ],
    ),
    (
        "b7b-016",
        "For the trauma peer group. Woman, 26, British-Nigerian, referred privately through her employer's health insurance after being assaulted on the way home from a night out about eight months ago. Meets criteria for PTSD (F43.1), PCL-5 was 52 at intake, IES-R similarly high. I'm working from Ehlers and Clark's cognitive model, so trauma-focused CBT with reliving and updating hot spots, and she's engaged but exhausted. GP started her on prazosin for nightmares, which has helped a bit. What's come up in the last few sessions is shame tied to the fact that she'd been drinking and had ordered an Uber that cancelled, so she walked. She keeps saying 'I made it easy for him.' We've done the updating work on that but it doesn't stick emotionally. Ramadan overlapped with a chunk of the work and she was fasting, which we paced around, and Eid was the first big family gathering she'd been to since, and she found it unexpectedly healing. She hasn't told her parents. Her faith matters to her and I'm wondering about drawing on it more explicitly, carefully, as I'm not Muslim myself. Has anyone integrated compassion-focused work (Gilbert, Lee) with CT-PTSD when shame rather than fear is the dominant emotion? Oddly, WhatsApp messages from friends asking how she is seem to trigger her.",
        [],
    ),
    (
        "b7b-017",
        "Looking for thoughts from those who work with teens. Niamh is 13, in first year at Scoil Mhuire in Mallow, referred privately by her parents for anxiety and school avoidance after the move up from primary. She's bright and funny in sessions but the mornings are awful at home, stomach pains, tears, and she's missed about three weeks in total. SCAS parent and child versions both elevated, child version mostly on the social phobia and generalised subscales. We've been doing CBT with a graded return plan and some ACT-flavoured values work. The issue I want to bring is boundaries with the parents: her mum emails me at kehoefamily22@eircom.net pretty much every evening with updates, long ones, sometimes including screenshots of Niamh's Snapchat conversations. I've said I'll only read them before the next session and won't reply in between, but she escalated after the row on the 3rd of October when Niamh locked herself in the bathroom, and I did reply that night, which I now regret. How do people set limits with anxious parents of teens without losing their trust? And should I be seeing the screenshots at all? It feels like a breach of her privacy that I'm now complicit in.",
        [
            ("Niamh", "name"),
            ("Scoil Mhuire", "organisation"),
            ("Mallow", "place"),
            ("kehoefamily22@eircom.net", "email"),
            ("3rd of October", "date"),
        ],
    ),
    (
        "b7b-018",
        "Case for the addictions consult group. Man in his late sixties, from the Traveller community, referred by his GP for alcohol use after a fall. AUDIT 24. He's living on a halting site with extended family and is the eldest surviving brother, so carries a lot of status and a lot of grief; he's buried three siblings in ten years. We're working in a motivational interviewing frame (Miller and Rollnick) and he agreed to try acamprosate, though he's inconsistent with it. He's Catholic and goes to Mass more since his brother died. Big drinking times are funerals, weddings and St Patrick's Day, and he's said himself that 'the drink is how we grieve.' I'm conscious of not imposing a settled-community model of recovery, and of the enormous health inequalities Travellers face; the life expectancy figures alone are sobering. I'm also conscious of my own position as a settled woman from a middle-class suburb. He came to the first sessions with his nephew, then on his own. Questions: has anyone adapted relapse prevention for collective rather than individual decision-making? And how do you talk about cutting down when drinking is woven into the rituals of loss? He's told me he won't go to AA because 'they'd all know my business.' Would something like SMART Recovery online be worth floating?",
        [],
    ),
    (
        "b7b-019",
        "Bringing a man I see through a rural community mental health clinic in Nova Scotia. Darrell is 45, a lobster fisherman who also works off-season at the Clearwater Seafoods processing plant, living in Yarmouth. He came in after his deckhand drowned in a storm last season; he was captain and blames himself. He describes flashbacks on the water, which is a problem when the water is his whole livelihood. PCL-5 at intake 58. He's a 'get on with it' guy, first time ever seeing anyone, and only came because his wife made the appointment. We've done some stabilisation and psychoeducation, and I'm considering written exposure therapy (Sloan and Marx) because he's not going to do 12+ sessions of PE. The referral form came with his full address including postal code B5A 4B1, and I'm noting it because it's made me wonder about our intake paperwork more generally, but that's a separate thread. Clinical question: he missed his session on Nov. 14 and called later to say he'd been at the wharf all day and 'couldn't leave.' How do you approach exposure when he's exposed every single day at work and what he's actually avoiding is the grief? Anyone in the group with experience of fishing families?",
        [
            ("Darrell", "name"),
            ("Clearwater Seafoods", "organisation"),
            ("Yarmouth", "place"),
            ("B5A 4B1", "place"),
            ("Nov. 14", "date"),
        ],
    ),
    (
        "b7b-020",
        "Perinatal consult. Mother, 31, first baby, referred by the public health nurse at the six-week visit with an EPDS of 19, including a 1 on item 10. She lives with her partner in a small city in northern Alberta and has no family nearby; her parents are in the Philippines. Baby was in the NICU for nine days after a difficult delivery. She's now 14 weeks postpartum, on sertraline 50 mg started by her family doctor. What's striking is her intrusive thoughts about harming the baby: ego-dystonic, horrified by them, a classic perinatal OCD picture, and she's terrified that if she tells anyone the baby will be taken. I've done a lot of normalising and psychoeducation (Fairbrother's work has been great for this). Underneath there's attachment stuff, and I keep thinking about Fraiberg's 'ghosts in the nursery'; her own mother was depressed and distant. I'd like to move toward ERP but also support the relationship, maybe Circle of Security later. She knows Health Link 811 is there after hours. Christmas will be their first as a family and she's dreading video calls with relatives who will 'see she's failing.' Questions: order of operations? ERP first and attachment work later, or braid them? And has anyone used Tronick's Still Face research as psychoeducation with a mum this anxious, or does it backfire?",
        [],
    ),
    (
        "b7b-021",
        "I work as a psychologist visiting residential aged care. Bringing a 96-year-old Greek-born woman at the Bupa home in Oakleigh. She came to Australia in 1956, worked in a clothing factory, raised five children and buried two, most recently her husband last winter. Staff referred her for 'refusing care' and calling out at night. In session she's lucid in Greek (we use an interpreter) but her English has largely gone, which staff read as cognitive decline. Her son Stavros visits daily and is the one who asked for psychology. She told me the night-calling is to her husband and to her mother, and that she sees her mother at the end of the bed. It started, according to Stavros, around Anzac Day 2023, when there was a commemoration in the lounge with a bugle playing. She lived through the occupation and civil war as a girl. I'm weighing a trauma lens versus grief versus delirium versus dementia, and I've asked the GP for a delirium screen. Questions for the group: has anyone successfully shifted staff framing from 'behaviours' to distress with meaning? And how do you do any kind of trauma-informed work at her age without it being destabilising? Reading Kitwood again.",
        [
            ("96-year-old", "age"),
            ("Bupa", "organisation"),
            ("Oakleigh", "place"),
            ("Stavros", "name"),
            ("Anzac Day 2023", "date"),
        ],
    ),
    (
        "b7b-022",
        "FIFO case for this month's peer group. Bloke in his early thirties, works two weeks on, one off at a mine site in the north of WA, and flies home to the coast. Referred by his GP under a Mental Health Care Plan (item 2715 for the plan, I'm billing 80010). K10 31, DASS-21 with stress well over the severe cut-off, AUDIT 17 mostly from binge drinking on his off-weeks. His partner has given him an ultimatum. The pattern is classic: he spends the first three days home drinking and 'decompressing,' the middle is good, then he's irritable as the flight out approaches. We're doing ACT; he likes Russ Harris's The Happiness Trap and the 'dropping anchor' exercise, and he's been doing it on shift in the crib room. The Christmas roster means he'll be on site over the break, which is a risk. He has Lifeline (13 11 14) and knows about the on-site EAP, which he says 'nobody uses because it gets back to the supervisors.' Telehealth on his off-weeks works; on-weeks he's too wrecked. My questions: has anyone worked with FIFO couples around the transition days, and any resources specifically for mining workers? Also, he drives a Hilux with a fridge in the back full of beer, which he joked about, and I'm not sure I pushed back enough.",
        [],
    ),
    (
        "b7b-023",
        "Kia ora. Young man, 27, seen in private practice for about four months. Sione is Tongan, second-generation, studying part-time at Otago Polytechnic while working in hospitality, and lives in a flat in Dunedin. Presenting concern is gaming that's taken over his life: he's been playing overnight, missing shifts and lectures, and has started borrowing to buy in-game items. He gave me his gamer tag, kiwiwraith_07, and suggested I 'look him up' to see how good he is, which I declined, but it was a nice moment of pride. PHQ-9 is 15, and there's probably an underlying depression the gaming is medicating. We've used MI, and I've drawn on the Fonofale model to think about the pull between his family's expectations and his own sense of failing them. His mum rang me on 2/9 from 021 558 9043, worried, asking if he was 'in trouble.' He'd listed her as an emergency contact but not consented to me sharing anything, so I didn't. He was relieved when I told him. My question: how do you address problem gaming without framing it as the enemy, given it's also his main social connection? And any thoughts on involving family in a culturally appropriate way without overriding his autonomy as an adult?",
        [
            ("Sione", "name"),
            ("Otago Polytechnic", "organisation"),
            ("Dunedin", "place"),
            ("kiwiwraith_07", "handle"),
            ("2/9", "date"),
            ("021 558 9043", "phone"),
        ],
    ),
    (
        "b7b-024",
        "Consult request for an older man, 84, born in the Netherlands, who came to New Zealand as a young farmhand after the war and settled in the South Island. He now lives in a rest home after a diagnosis of Parkinson's, on Sinemet (levodopa/carbidopa) with the usual on-off fluctuations. Referred by the rest home's GP for low mood and 'difficult behaviour' with carers. GDS was 10, no significant cognitive impairment on the MoCA (25). What comes through clearly is that he experiences the loss of control over his body as a humiliation. As a child he lived through the Hunger Winter, and being fed by others brings that back in ways he can't quite name. I've found Kitwood's person-centred approach useful for advocating with staff, and Yalom's existential framing useful with him; he's a reader and enjoys arguing about Frankl. Waitangi Day came up because he's quietly proud of having been a citizen for sixty years. Healthline (0800 611 116) and 1737 are on his plan, though risk is low. Questions: any experience with Parkinson's-related depression where apathy is also part of the neurological picture, and how do you tell them apart? And how do you help care staff respond to 'difficult behaviour' that's actually about dignity?",
        [],
    ),
    (
        "b7b-025",
        "Hi all, bringing a teen from my contract work with the county juvenile probation department. Marisol is 16, Mexican-American, a junior at Eastlake High School in El Paso, on probation for a shoplifting charge that escalated when she shoved a security guard. Her juvenile case number is JV-2023-04418, which I mention only because the court is asking for progress reports and I'm trying to figure out how much to share. She's funny, guarded, and protective of her younger siblings; mom works two jobs and dad was deported when she was 11. The CATS trauma screen was high, and I think the grief around her dad's deportation is driving much of the anger. We've done some TF-CBT psychoeducation but she resists the trauma narrative: 'Why would I write about that, it's not like he's coming back.' Her next court review is 2/28 and her PO wants a letter. Questions: how do people handle the tension between court reporting and therapeutic confidentiality with adolescents? I've told her what I'll share and what I won't, but she's understandably skeptical. Also, has anyone adapted TF-CBT for ambiguous loss (Pauline Boss) when the parent is alive but unreachable?",
        [
            ("Marisol", "name"),
            ("Eastlake High School", "organisation"),
            ("El Paso", "place"),
            ("JV-2023-04418", "id_number"),
            ("2/28", "date"),
        ],
    ),
    (
        "b7b-026",
        "Bringing a veteran I see at a community clinic contracted through the VA's Community Care program. Man in his early fifties, two deployments, Iraq and Afghanistan, now working for a utility company in a rural county in the Southeast. PTSD (F43.10), billing 90837. We completed 12 sessions of CPT (Resick, Monson and Chard) and his PCL-5 went from 61 to 38, which is a real change, but he's stalled and I'm wondering whether to move to PE (Foa) or take a break. Prazosin 2 mg at night has helped the nightmares. He said last session, 'I've lost hope that I'll ever feel normal, but I'm less angry about it,' which felt both sad and like progress. Memorial Day is hard every year; he spends it alone at a lake and doesn't answer his phone. His wife finds this frightening. He knows the Veterans Crisis Line is 988 then press 1. He owns several firearms, stored in a safe, and we've done lethal means counseling as far as he'll tolerate. Will he try PE? He's open to it but says 'I already told you the worst stuff.' Questions for the group: when CPT plateaus, what have you found predicts whether PE will add something? And any good approaches for anniversary reactions that don't just pathologize them?",
        [],
    ),
    (
        "b7b-027",
        "Bringing a pupil I see as a school-based counsellor. Rhys is 14, Year 9 at Ysgol Gyfun Gŵyr, and has lived with his nan on an estate on the edge of Swansea since his mum went into rehab last year. He was referred after a fight and then disclosed he's been getting messages from an older lad on Snapchat that have turned threatening; the account is dragonboi_09 and it's been passed to the safeguarding lead and police. YP-CORE was 24. In sessions he's mostly wanted to talk about boxing and his nan's dog, and I've let him. There's a lot of shame around his mum and he gets fierce if anyone says anything about her. On Thursday the 16th he came in with a black eye and wouldn't say how he got it; I followed safeguarding procedures. My question for the group is about role: the safeguarding stuff is taking over, and I'm worried the therapeutic space is becoming just another adult asking him to explain himself. How do people hold the line between counsellor and safeguarding when you're in a school and everyone's talking to everyone? I'm also conscious he's Welsh-speaking at home and I'm working in English.",
        [
            ("Rhys", "name"),
            ("Ysgol Gyfun Gŵyr", "organisation"),
            ("Swansea", "place"),
            ("dragonboi_09", "handle"),
            ("Thursday the 16th", "date"),
        ],
    ),
    (
        "b7b-028",
        "Memory clinic case. Woman aged 89, widowed, lives alone in a seaside town on the south coast, referred by the Memory Assessment Service after an ACE-III of 78/100 and a diagnosis of mild Alzheimer's. Started donepezil 5 mg. Part of the post-diagnostic offer is a few sessions of psychological support and I've been seeing her at home. She is bright, dry, and absolutely furious about the diagnosis: 'Eighty-nine years of being sensible and now I'm a case.' I've been drawing on Cheston's work on post-diagnostic therapy, Kitwood on personhood, and some narrative ideas. Her daughter lives abroad. She goes to a lunch club run by a local befriending charity and has the Silver Line number (0800 4 70 80 90), which she says is 'for lonely people, which I'm not.' Remembrance Sunday is important to her as her father was killed in the war, and she wants to keep laying flowers as long as she can. Boxing Day was apparently miserable last year. My questions: how do you work with anger at a diagnosis without pushing towards acceptance too fast? And what do people do when the post-diagnostic offer ends after six sessions and there's clearly more to do?",
        [],
    ),
    (
        "b7b-029",
        "Hi folks, bringing a case that's hitting close to home as I'm a nurse by background. Client is 36, works as a staff nurse in the ICU at the Mater, and has come privately because she doesn't want anything going through occupational health. Burnout, intrusive memories from the pandemic years, and now panic at the start of night shifts. She lives with her partner Declan in an apartment near Phibsborough (she put her Eircode, D07 X2K8, on the intake form). PCL-5 40, GAD-7 16. The thing I want to bring: on the 3rd of February she described a patient death, a young man, in a lot of detail, and I felt myself drifting, partly vicarious, partly my own old memories. I caught it and came back but I don't think I was fully with her for a few minutes. I'm taking it to my own supervision too but would value the group's thoughts on how you manage it when a client's material is so close to your own history. Clinically, I'm using a combination of EMDR and compassion-focused work and she's responding, but moral injury (Litz, Shay) is coming up more as we go.",
        [
            ("Mater", "organisation"),
            ("Declan", "name"),
            ("Phibsborough", "place"),
            ("D07 X2K8", "place"),
            ("3rd of February", "date"),
        ],
    ),
    (
        "b7b-030",
        "Bringing a 17-year-old I'm seeing through a youth mental health service, in Leaving Cert year. Presenting concern is restrictive eating that's drifted into something that looks a lot like orthorexia: cutting out food groups, long runs, tracking everything on her Fitbit. BMI is within the normal range so the CAMHS eating disorder team say she doesn't meet their threshold, which is infuriating. SCOFF positive, EDE-Q global 3.1. She's articulate and very aware of the discourse; she follows wellness influencers on TikTok and quoted one at me. In Transition Year she got into running and it was genuinely joyful, which is part of why this is hard to untangle. Halloween was a flashpoint, the family party with all the food. I'm using an ACT frame and some elements of CBT-E (Fairburn) where it fits. Her parents want a 'plan' and I've been cautious. She knows about the 50808 text line. My questions: how are people handling the gap when a young person is clearly unwell but below threshold for specialist ED services? And any thoughts on talking about social media content in a way that doesn't get dismissed as 'you don't get it'? Christmas is going to be difficult.",
        [],
    ),
    (
        "b7b-031",
        "Consultation on an anxious perfectionist client, 28, seen privately and covered through his benefits. Wei works as a software developer at Shopify and lives in Ottawa; he came after a panic attack in a code review that he thought was a heart attack (he went to the ED, ECG normal). He's the only child of parents who immigrated from China, and describes a childhood of high expectations and conditional praise. We're doing CBT for perfectionism (Egan, Wade, Shafran) and some schema work around unrelenting standards. The slip I want to own: the referral from his family doctor came with his OHIP number, 4532-281-907-XK, and I pasted it into my notes template before realising; fixed now. Clinically, he's been offered a team lead role and the panic is escalating; he had another attack on Jan 17 before a planning meeting. He says 'If I'm not the best, I'm nothing,' very Hewitt and Flett. I'd love thoughts on working with perfectionism when it's also been very adaptive and rewarded at work. And how to address the cultural aspects of family expectation without falling into stereotypes?",
        [
            ("Wei", "name"),
            ("Shopify", "organisation"),
            ("Ottawa", "place"),
            ("4532-281-907-XK", "id_number"),
            ("Jan 17", "date"),
        ],
    ),
    (
        "b7b-032",
        "Grief case, would value the group's input. Filipino-Canadian woman, 60, worked for years as a live-in caregiver before getting permanent residency, and now works in a care home on the Prairies. Her husband died in the Philippines last spring and she couldn't travel in time, and she hasn't been able to go back since. PHQ-9 19, and prolonged grief disorder criteria look to be met (PG-13-R elevated). Family doctor has her on venlafaxine XR 75 mg. She's Catholic and the nine-day novena after the death happened without her, over video, which she describes as 'watching my own life through a phone.' Simbang Gabi and Christmas are coming and she's dreading them. I've been drawing on Neimeyer's meaning reconstruction and Pauline Boss's ambiguous loss, and I'm interested in Shear's complicated grief treatment but it's a lot of structure. Some sessions she wants to speak Tagalog and I don't, so she switches, and I wonder what's lost. She's working full-time, sending money home, and doesn't want to use EI or take sick leave. She has 211 and the crisis line. Questions: how do people do culturally responsive grief work with transnational families? And has anyone adapted imaginal revisiting in CGT for someone who wasn't physically there at the death?",
        [],
    ),
    (
        "b7b-033",
        "Bringing a young child for this month's consult. Archie is 6, in Prep at St Aloysius Primary, and the family's address on the referral is in Ballarat 3350. Referred by his GP under a Mental Health Care Plan for anxiety, night terrors and what his mum calls 'meltdowns' since his dad left. He's verbal and warm in play but completely shuts down if I bring up dad. Play therapy has been the main approach, with some parent sessions drawing on Circle of Security. The most alive thing in sessions is the family dog, Biscuit, who Archie draws constantly, usually protecting the house. Mum reported that on 14 June the dad turned up unannounced and there was shouting on the doorstep; Archie witnessed it. Since then the night terrors have doubled. There's an intervention order and Child Protection are aware. My questions: when a child is processing through a symbolic figure like the dog, how much do you name the link to the real event? And how do you support a mum who is herself traumatised without the parent sessions turning into her therapy?",
        [
            ("Archie", "name"),
            ("St Aloysius Primary", "organisation"),
            ("Ballarat 3350", "place"),
            ("Biscuit", "name"),
            ("14 June", "date"),
        ],
    ),
    (
        "b7b-034",
        "Yarning about a client for consult, with her permission to bring it in de-identified form. Aboriginal woman, mid-forties, a Stolen Generations descendant, referred through an ACCHO in a regional centre in far north Queensland. I'm a non-Indigenous psychologist working alongside an Aboriginal health worker who leads on cultural matters. The social and emotional wellbeing framework (Gee, Dudgeon, Schultz, Hart and Kelly) has been our shared map, and she talks about feeling disconnected from Country and kin rather than 'depressed.' We've used the K5 rather than the K10, and it's high. She's raising two grandchildren. NAIDOC Week was a high point; she went back on Country with family for the first time in years. Judy Atkinson's work on trauma trails has been helpful for me; for her, yarning and narrative approaches fit better than structured CBT. She has 13YARN (13 92 76) saved. My questions for the group: how do you balance Medicare session limits with a way of working that needs time and relationship? And how do you hold the line between your own clinical framework and deferring to community knowledge without abdicating responsibility?",
        [],
    ),
    (
        "b7b-035",
        "Kia ora, older adult case. She's aged 92, a widow, living in the dementia wing at Bayswater Lodge in Tauranga, and I see her fortnightly. Her NHI is MKT4821, which I've just realised is on the referral I scanned, ignore that. Ngaire was a school teacher for forty years and remains very much a teacher; she corrects staff grammar. Moderate dementia, lucid in the mornings. The referral was for agitation in the late afternoons, classic sundowning, but what I've found is that it's the time her granddaughter Tayla used to visit after school, before she moved overseas. Anzac Day was a good day for her: she knew all the words to the hymns. I've been using a mix of reminiscence, validation (Feil) and some music-based work. Staff are great but stretched. I wonder whether the group has experience with video calls for people with dementia: Tayla calls on FaceTime but Ngaire gets distressed when the call ends, and staff are asking whether it's better to stop. I lean towards keeping it with some structure around endings.",
        [
            ("aged 92", "age"),
            ("Bayswater Lodge", "organisation"),
            ("Tauranga", "place"),
            ("MKT4821", "id_number"),
            ("Ngaire", "name"),
            ("Tayla", "name"),
        ],
    ),
    (
        "b7b-036",
        "Couples case for the group. Chinese New Zealand couple, both in their thirties, married seven years, one child aged 4, living in a large city in the north. She was born here to Cantonese-speaking parents; he migrated from mainland China for study and speaks mainly Mandarin at home. Presenting issue is conflict over how involved his parents are; they live with the couple for six months each year and do most of the childcare. Lunar New Year was the latest blow-up, over whose family to spend it with and how much red envelope money to give. I'm using EFT (Sue Johnson), with some Gottman around the four horsemen; contempt is showing up from both. WeChat is a theme, he's in constant contact with his mum on it, even during sessions. Hold Me Tight conversations have been hard because he frames the conflict as a question of duty rather than attachment. I'm conscious I'm a Pākehā therapist applying Western attachment models. Questions: how have people adapted EFT for couples where filial piety is central? And is there anything written on intergenerational co-residence in couples work in Aotearoa? I've found a little from Asian family services but not much.",
        [],
    ),
    (
        "b7b-037",
        "Bringing a retired schoolteacher, 71, a Black woman in Georgia, referred by her PCP for depression after her husband's death and a new diabetes diagnosis. She lives in Macon and is very involved with Greater Mount Zion AME, where she's been on the usher board for decades. Her son Darnell drives her to sessions and stays in the waiting room. PHQ-9 of 17 at intake. She initially resisted therapy, 'we take it to the Lord,' and I've worked hard not to set faith against treatment; her pastor's support of her coming has helped. We're using Behavioral Activation with church activities built in. The thing I want to bring: the billing office uploaded a claim with her Medicare number 1EG4-TE5-MK73 into the shared drive folder we also use for de-identified consult notes, and I've since moved it, but it got me thinking about how leaky our systems are. Clinically, she had a hard week around 09/21/2023, their wedding anniversary, and didn't get out of bed for two days. Questions: how do others integrate faith-based coping into BA in a way that feels authentic? And grief plus a new chronic illness together, any frameworks?",
        [
            ("Macon", "place"),
            ("Greater Mount Zion AME", "organisation"),
            ("Darnell", "name"),
            ("1EG4-TE5-MK73", "id_number"),
            ("09/21/2023", "date"),
        ],
    ),
    (
        "b7b-038",
        "ED case for this month. 19-year-old college sophomore at a large state university in the Midwest, seen in private practice after stepping down from a PHP. Restrictive anorexia (F50.01), weight restored to about 90% of target, EDE-Q global 4.2 at PHP discharge, now 3.6. The treatment team includes an RD and a psychiatrist who started olanzapine 2.5 mg. Her parents did FBT (Lock and Le Grange) when she was in high school, and she relapsed when she left home. Now she's an adult and they're several states away, so it's more CBT-E informed with a lot of ambivalence work. Summer was hardest, she said, because there was no structure. Thanksgiving will be the first time home since discharge and everyone's nervous. She's on Instagram and TikTok constantly and has unfollowed a lot of accounts, but the algorithm keeps pulling her back. She's in the student health center's ED group, which she finds 'competitive.' Questions: how do you involve parents of an adult client without recreating FBT dynamics? And any thoughts on managing spring break, when her friends are planning a beach trip and she's terrified of the swimsuit thing?",
        [],
    ),
    (
        "b7b-039",
        "Bringing a man I see in a community mental health team. Gerard is 44, a fitter at Harland & Wolff until he was injured, now off long-term and in a lot of chronic pain. He lives in Lisburn with his wife and three kids. Depression and some intrusive memories of the Troubles; his brother was shot when Gerard was 12. PHQ-9 of 20, pregabalin and amitriptyline from his GP, and a fair amount of alcohol. He's engaged but it's slow. The incident I want to mention: his wife called the team base from 028 9266 1043 on the 2nd of October to say he'd disappeared overnight, and he came back the next morning, having slept in his car. He says he just needed to get away from the noise. We did a full risk review. His NHS number (485 777 3456) was read out to me during that call by admin, which shouldn't have happened on a shared line, but that's by the by. Clinically: how do people hold pain, intergenerational trauma and current risk together without it becoming overwhelming, for him and for me? I've been leaning on Herman's phased approach.",
        [
            ("Gerard", "name"),
            ("Harland & Wolff", "organisation"),
            ("Lisburn", "place"),
            ("028 9266 1043", "phone"),
            ("2nd of October", "date"),
            ("485 777 3456", "id_number"),
        ],
    ),
    (
        "b7b-040",
        "Reply to the thread on the 9-year-old in foster care, because this has been on my mind since our last meeting. I'd echo what others said about Dan Hughes and DDP, and PACE in particular (playfulness, acceptance, curiosity, empathy) as the stance for carers. I'd also suggest thinking about Perry's Neurosequential Model, as the regulation stuff has to come before anything insight-oriented. An SDQ total of 24 from the carers and 19 from the teacher suggests home is where it's coming out most, which fits with what you said about it being the first placement where he's felt safe enough to fall apart. Melatonin 3 mg for sleep seems reasonable. For the LAC review, I'd push for the virtual school head to be there, as the exclusions will be a problem otherwise. Kim Golding's work on nurturing attachment is good for carer support. Bonfire Night and Christmas are likely to be hard, lots of sensory overwhelm and family-based stuff. Mother's Day in particular can be awful for looked-after children; one of mine went missing every year around it. Honestly, I'd keep the local authority involved as much as possible and push for therapeutic support for the carers, not just the child. Happy to talk more at the next meeting.",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind7b"}
        for i, t, items in DOCS
    ]
