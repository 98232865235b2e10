"""Blind batch b12a, written by a helper session without sight of the guard. It covers therapists
posting on a peer-consultation platform in the US, UK (England and Scotland), Ireland, Canada
(Ontario, Manitoba, BC, Quebec), Australia and New Zealand: Markdown case presentations,
consultation questions, chatty replies to colleagues, follow-ups with takeaways, SOAP/DAP notes,
process notes and group notes. Clients range from children to people in their nineties. There
are 20 documents with identifiers (names incl. lower-case and pet names, places incl. postcodes
and street addresses, several date formats, ages over 89, phone, email, URL, IP, handles,
OHIP/CHI/PPSN/ Medicare/IRD/ACC/insurer/court/student numbers, employers, schools, churches,
military units) and 20 clean documents full of look-alikes (cited authors, instruments and
scores, ICD/DSM and CPT/MBS codes, medications, hotlines, holidays, generic places and services,
brands, common words that look like names).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at e859f57 (the session's final rules): span recall 0.957, precision
0.843, identifier documents fully caught 0.900, clean documents flagged 0.350 (the guard at
935157f: 0.942, 0.697, 0.850, 0.700).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b12a-001",
        "## Consultation request: postnatal low mood, possible birth trauma\n\n"
        "**Background:** 31F, first baby (now 5 months). Referred by her health visitor after an EPDS of 19. "
        "Lives with her partner in Walthamstow, both families overseas. Partner works long shifts.\n\n"
        "**Presentation:** Intrusive images of the emergency section, avoids the hospital entrance, big startle. "
        "PCL-5 self-report 44. Sleep is fragmented, though that's hard to separate from the baby.\n\n"
        "**What I've tried:** Four sessions of psychoeducation and grounding. She's reluctant to do any reliving "
        'because "it\'ll make me a worse mum". She keeps coming back to the night of 14 November when the '
        'midwife "went quiet".\n\n'
        "**Question:** Anyone have experience starting narrative trauma work with someone this sleep deprived? "
        "Would you go to stabilisation first (Herman's phased model) or is that just avoidance on my part?",
        [("Walthamstow", "place"), ("14 November", "date")],
    ),
    (
        "b12a-002",
        "Replying to the thread on the veteran with chronic insomnia. A few thoughts from someone who did six "
        "years at the VA before going private:\n\n"
        "- CBT-I first, before anything trauma-focused, unless he's actively unsafe. Perlis and colleagues have a "
        "decent session-by-session manual.\n"
        "- Prazosin is worth asking the prescriber about if nightmares are the main driver; the evidence has been "
        "mixed since the 2018 trial but some of my guys swore by it.\n"
        "- PCL-5 of 52 at intake and 38 at session 12 is real movement. I'd name that with him.\n"
        "- Don't underestimate the Sunday-night dread. A lot of my clients from small towns in the Midwest "
        "described the weekend as when the memories caught up.\n\n"
        "Billing-wise we used 90837 for the longer sessions and F43.10 as primary. If his wife wants in, "
        "Gottman's Sound Relationship House is accessible for couples where one partner has PTSD, but I'd hold "
        "off until he's sleeping. Put 988 on the safety plan, always, even if he rolls his eyes.",
        [],
    ),
    (
        "b12a-003",
        "Looking for a second opinion on a 15-year-old lad I've been seeing through the school completion "
        "programme. Oisín is in third year at Coláiste Chiaráin and his year head flagged him after he stopped "
        "togging out for hurling. Mam says he's been in his room since the Junior Cert mocks. No self-harm "
        "disclosed; the SDQ the school sent was elevated on emotional symptoms.\n\n"
        'In session 3 he told me a lad from the club posts about him on a Snapchat story and that "everyone '
        "knows it's about me\". He won't say who.\n\n"
        "I'm wondering whether to bring in Jigsaw or keep it with me. We're in Limerick so the CAMHS wait is "
        "long. Has anyone used peer-based anti-bullying approaches with this age group? Mam is anxious and wants "
        "me to ring the school, but he's begged me not to.",
        [("Oisín", "name"), ("Coláiste Chiaráin", "organisation"), ("Limerick", "place")],
    ),
    (
        "b12a-004",
        "S: Client (mid-40s, FIFO worker, home on a two-week rotation) reports 'flat' mood, 6-8 standard drinks "
        "most nights on R&R. Says Christmas was 'a write-off'. Denies SI; aware of Lifeline 13 11 14 and has the "
        "Beyond Blue app.\n"
        "O: K10 = 31 (very high). AUDIT = 21. On time, sunburnt, guarded at first then tearful re: his daughter's "
        "school concert he missed.\n"
        "A: Moderate depressive episode (F32.1) with hazardous alcohol use. Camp isolation a big maintaining "
        "factor. Roster makes weekly sessions impossible, so we're doing telehealth fortnightly on Zoom when he "
        "has signal.\n"
        "P: MI around alcohol (Miller & Rollnick), behavioural activation targets for his home weeks, liaise with "
        "GP re: Mental Health Treatment Plan review (item 2712) for sessions 7-10. Review K10 at session 6. Wife "
        "keen on a joint session; Gottman-informed work flagged for later.\n\n"
        "Consult q: anyone worked with FIFO guys in WA? How do you handle the swing where they're great on site "
        "and fall apart at home?",
        [],
    ),
    (
        "b12a-005",
        "Intake summary for consult - please tear apart my formulation.\n\n"
        "Client is a 58-year-old man, laid off from the Stellantis plant in Brampton after 26 years on the line. "
        'Married, two adult kids. I copied this straight from the referral: "Pt OHIP 5584-486-674-YM, L6Y 4R2, '
        'referred for low mood and anger at everything." PHQ-9 = 18, GAD-7 = 12, no SI.\n\n'
        "Formulation so far: identity loss > withdrawal > irritability > conflict with wife > more withdrawal. He "
        'keeps saying "a man works". Severance runs out in the fall and he won\'t look at retraining.\n\n'
        "Thinking ACT values work (Hayes) rather than straight Beckian CBT, maybe with some Behavioural "
        "Activation layered in. Has anyone had success with men his age who see therapy itself as proof of "
        "failure? Every session he opens with \"I don't know why I'm here\".",
        [
            ("Stellantis", "organisation"),
            ("Brampton", "place"),
            ("5584-486-674-YM", "id_number"),
            ("L6Y 4R2", "place"),
        ],
    ),
    (
        "b12a-006",
        "Kia ora - I'd echo what others have said about not rushing to the trauma narrative. With rangatahi I "
        "often lean on Te Whare Tapa Whā (Durie) to map where things are wobbly: taha wairua, taha hinengaro, "
        "taha tinana, taha whānau. It's made a big difference for whānau buy-in.\n\n"
        "On the practical stuff: the HoNOSCA is clunky but our systems still ask for it. For the under-12s I "
        "prefer the SDQ plus a bit of sandtray. If you're worried about safety after hours, 1737 is free to call "
        "or text, and Youthline is good for the teens.\n\n"
        "Also, re: the dad who 'doesn't do feelings' - I found Tuesday evening sessions after mahi worked way "
        "better than school hours. And Matariki is a lovely natural opener to talk about loss and remembering. "
        "Ngā mihi.",
        [],
    ),
    (
        "b12a-007",
        "DAP note - session 9 (53 min, 90837)\n\n"
        "D: Client (62F) is sole caregiver for her mother, now aged 94, who moved in after a fall on 2/11/24. "
        "Client reports guilt about considering respite and anger at her brother Dwayne, who 'calls once a month "
        "to give orders'. Mom insists on going to Trinity Lutheran every Sunday, and client drives her. Sleep ~5 "
        "hrs. Zarit Burden Interview 48.\n"
        "A: Caregiver strain; adjustment disorder with mixed anxiety and depressed mood (F43.23). No SI. "
        "Self-criticism prominent ('a good daughter wouldn't complain').\n"
        "P: Self-compassion work (Neff, Germer), explore Area Agency on Aging respite options, role-play a "
        "boundary conversation with brother. Next session in 2 weeks.",
        [
            ("aged 94", "age"),
            ("2/11/24", "date"),
            ("Dwayne", "name"),
            ("Trinity Lutheran", "organisation"),
        ],
    ),
    (
        "b12a-008",
        "Process note, supervision prep. Client: late 20s, non-binary, works in hospitality.\n\n"
        "Hope came up a lot today - as in 'hope is a trap' - which felt like the most honest thing said in 12 "
        "sessions. Will they ever let me in? Probably slowly.\n\n"
        "Transference: I noticed I was performing warmth (Rogers would say incongruence). Their mum's voice "
        "('you're too much') showed up in how they apologised for crying. Winnicott's false self keeps coming to "
        "mind.\n\n"
        "Risk: historic cutting, none current. CORE-10 down from 24 to 19. Sertraline 50 mg, GP considering "
        "100 mg.\n\n"
        "Context: grew up in a former mining village in the North East, moved south for uni, now in a shared "
        "flat. Bonfire Night and Christmas both flagged as hard - family gatherings.\n\n"
        "Plan: continue schema-informed work (Young), look at the defectiveness schema. Ask supervisor whether to "
        "name the performance in the room.",
        [],
    ),
    (
        "b12a-009",
        "Hi all, hoping for thoughts on a tricky one. 24yo woman, physio student at Monash, presenting with "
        "restrictive eating and compulsive exercise. EDE-Q global 4.1, BMI in the low-normal range. Lives with her "
        "parents in Glen Waverley 3150.\n\n"
        "The complication: she runs a fitness account, @runwithtayla_, with about 40k followers, and a lot of her "
        "identity (and some income) is tied up in it. GP's MHTP referral came through with her Medicare "
        "4950 12345 1 and a note saying 'please address social media'.\n\n"
        "How do people approach the social media side in CBT-E? Fairburn talks about over-evaluation of shape and "
        "weight, but for her that's literally the content. Would love to hear from anyone who's worked with "
        "influencers or athletes. Also - Butterfly Foundation resources for parents, any good?",
        [
            ("Monash", "organisation"),
            ("Glen Waverley 3150", "place"),
            ("@runwithtayla_", "handle"),
            ("4950 12345 1", "id_number"),
        ],
    ),
    (
        "b12a-010",
        "Consult Q: 16yo newcomer youth (arrived from Syria three years ago), referred by the school social worker "
        "for school refusal. Speaks Arabic at home, English strong. Parents Muslim, observant. Ramadan started "
        "partway through our work and mornings got even harder.\n\n"
        "Scores: RCADS total elevated, SCARED 38. No PTSD dx but the CATS screen was positive for war exposure.\n\n"
        "I'm in a mid-sized city in Ontario; the youth hub has a wait list. I've been using a graded exposure plan "
        "from the Coping Cat manual (Kendall), adapted with an interpreter for mum.\n\n"
        "Questions:\n"
        "1. Is it reasonable to fold trauma work in (TF-CBT, Cohen/Mannarino/Deblinger) or finish the "
        "school-refusal plan first?\n"
        "2. Anyone used Kids Help Phone (text 686868) as part of the safety plan with newcomer teens?\n\n"
        "Thanks - long-time lurker, first post.",
        [],
    ),
    (
        "b12a-011",
        "lol ok this is so familiar. my 13yo client does the exact same thing - 'i'm not addicted i just play with "
        "jayden and marcus every night'. turns out the 'friends' include a 19yo he met on discord who goes by "
        "Vrtx_Reaper and has been sending him stuff. we had to loop in the parents + make a report.\n\n"
        "tips from that mess:\n"
        "- ask who they actually talk to, by name/tag, not just 'friends'\n"
        "- IGD criteria in DSM-5 section III are a useful frame but dont lead with it\n"
        "- parents need Common Sense Media level stuff, not lectures\n"
        "- he's doing way better now; we moved sessions to thursdays after school and he actually shows up",
        [("jayden", "name"), ("marcus", "name"), ("Vrtx_Reaper", "handle")],
    ),
    (
        "b12a-012",
        "Follow-up to my post last month about the farmer with grief and drinking - thanks everyone, genuinely "
        "useful.\n\n"
        "Takeaways:\n"
        "1. Several of you pointed to Worden's tasks of mourning rather than stage models. Framing task 2 as "
        "working through the pain made sense to him.\n"
        "2. AUDIT came down from 19 to 11 over eight sessions. He's on naltrexone via his GP.\n"
        "3. The suggestion to meet at a quieter time (Tuesday after the mart) instead of Saturday worked - rural "
        "clients and their schedules!\n"
        "4. Pieta (1800 247 247) and Samaritans 116 123 are both on his card now.\n"
        "5. The anniversary fell around St Stephen's Day, so we planned for it well in advance.\n\n"
        "He's from a small parish in the west; the whole townland knew about the death, which was part of the "
        "shame. Faith is complicated for him - he still goes to Mass but feels 'nothing'. Still some way to go, "
        "but thank you.",
        [],
    ),
    (
        "b12a-013",
        "Case for peer consult - coercive control, early stages of leaving.\n\n"
        "Client is a woman in her late 30s, two primary-school-age children, recently moved into a refuge "
        "placement arranged through the local authority. Partner's behaviour: financial control, monitoring her "
        "location via a shared Google account, threats to 'take the kids'. DASH scored 15 (high), MARAC referral "
        "made by the IDVA.\n\n"
        "My question is about pacing. She swings between minimising ('he's not that bad') and terror. Every time "
        "she changes her number he gets it - the last one, 07823 441906, was out within a week, apparently via "
        "his sister.\n\n"
        "I've been using Judith Herman's stages and a lot of psychoeducation on Evan Stark's coercive control "
        "model. Anyone got resources for the kids' sessions? She's asked about the Freedom Programme too.",
        [("07823 441906", "phone")],
    ),
    (
        "b12a-014",
        "Quick consult - couples case, stuck.\n"
        "- Both mid-50s, married 28 years, two adult kids. He's a long-haul trucker, she works nights at a "
        "big-box retailer.\n"
        "- Presenting: 'we're roommates'. Affair disclosure (his) last March; she found texts on his iPhone.\n"
        "- Using Gottman Method: Sound Relationship House assessment done, Four Horsemen heavy on contempt (her) "
        'and stonewalling (him). Also read Shirley Glass\'s Not "Just Friends" with them.\n'
        "- She: PHQ-9 14, sertraline 100 mg. He: AUDIT-C 7.\n"
        "- Billing 90847 for conjoint; the insurer keeps questioning Z63.0 as primary.\n"
        "- Thanksgiving was 'civil'; she wants to decide by New Year's whether to stay.\n\n"
        "Q: Anyone used Emotionally Focused Therapy (Sue Johnson) after a Gottman start? Does switching models "
        "mid-stream confuse couples? Any thoughts on Esther Perel's take vs. more structured affair-recovery "
        "protocols?",
        [],
    ),
    (
        "b12a-015",
        "Kia ora koutou, seeking some kōrero on a case. Client is a 41-year-old Samoan man, father of four, "
        "working night shifts at the Fonterra site in Te Rapa. Referred via EAP after a workplace incident on "
        "18/09 where he punched a locker. His wife Losa came to session 2 with him.\n\n"
        "He's worried about ACC - his claim number is 10045678321 and he thinks they'll cut him off if he "
        "'admits he's mental'. He also mentioned a debt with Inland Revenue (IRD number 049-091-850) which is "
        "clearly weighing on him.\n\n"
        "Formulation: shame-based anger, financial stress, cultural expectations of the provider role. The "
        "Fonofale model has been useful. Thinking about bringing in a Pasifika cultural advisor - anyone had good "
        "experiences doing this alongside CBT?",
        [
            ("Fonterra", "organisation"),
            ("Te Rapa", "place"),
            ("18/09", "date"),
            ("Losa", "name"),
            ("10045678321", "id_number"),
            ("049-091-850", "id_number"),
        ],
    ),
    (
        "b12a-016",
        "Great question. I work with older adults in regional Victoria and see this a lot. A few things:\n"
        "- A MoCA of 24 isn't nothing, but with his hearing loss I'd be cautious. Get audiology sorted before you "
        "read too much into it.\n"
        "- GDS-15 is better than the PHQ-9 for this cohort in my experience.\n"
        "- Anzac Day is a big one for a lot of my older blokes - grief, mateship, some survivor guilt from "
        "Vietnam. Worth asking about.\n"
        "- Mirtazapine 15 mg at night helped sleep and appetite for a couple of my clients, but obviously that's "
        "the GP's call.\n"
        "- The Dementia Australia helpline and My Aged Care are useful for the carer.\n\n"
        "Reading: Bob Knight's contextual adult lifespan model and anything by Laura Carstensen on "
        "socioemotional selectivity. Have a look at reminiscence therapy too (Butler). An 87-year-old I saw last "
        "year got more from life review than from any CBT worksheet.",
        [],
    ),
    (
        "b12a-017",
        "Consult request - selective mutism, stalled progress.\n\n"
        "Ysabel is 9, in grade 4 at Holy Cross School in Winnipeg. Speaks freely at home (Tagalog and English), "
        "silent at school since kindergarten. We've done 14 sessions of stimulus fading and shaping; she now "
        "whispers to me and to her mom in the classroom after hours, but freezes the moment another adult walks "
        "in.\n\n"
        "Mom emails updates from mariel.b82@gmail.com most weeks and is very on board. The IEP meeting is set for "
        "October 3rd and the resource teacher wants to 'just call on her more'.\n\n"
        "I'm using Kotrba's framework and the SMQ (school subscale still 0). Questions: how do you manage a school "
        "that wants faster results? Any experience with fluoxetine for SM at this age - would you suggest a paeds "
        "referral?",
        [
            ("Ysabel", "name"),
            ("Holy Cross School", "organisation"),
            ("Winnipeg", "place"),
            ("mariel.b82@gmail.com", "email"),
            ("October 3rd", "date"),
        ],
    ),
    (
        "b12a-018",
        "SOAP - session 6 of 12 (NHS Talking Therapies, step 3)\n\n"
        "S: 'Better, I think.' Reports 3 panic attacks this week vs 7 at assessment. Avoided the motorway once but "
        "took the bus on Thursday. Worried about Easter with the in-laws.\n"
        "O: PHQ-9 11, GAD-7 13, PDSS 12. Engaged; did the interoceptive exposure homework (spinning in a chair, "
        "breathing through a straw).\n"
        "A: Panic disorder with agoraphobia (F40.01), improving. Catastrophic misinterpretation still strong "
        "(Clark's cognitive model).\n"
        "P: Continue behavioural experiments; drop safety behaviours (water bottle, sitting near exits). "
        "Propranolol prn from GP - discussed whether it's working as a safety behaviour. Next: supermarket queue "
        "exposure. Samaritans 116 123 and NHS 111 on the crisis card again.",
        [],
    ),
    (
        "b12a-019",
        "Need advice on a billing nightmare that's turning clinical. Client (33M, Army vet, two deployments to "
        "Iraq) has been denied twice by his insurer; the EOB lists member ID XGH884213907 and I've spent hours on "
        "hold. He's now convinced 'the system' is out to get him, and it's feeding the paranoid ideation we'd been "
        "making real progress on.\n\n"
        "He was with the 1st Battalion, 502nd Infantry and talks about his unit constantly - most of the guys he's "
        "still in touch with live near him in Clarksville.\n\n"
        "Clinical: PCL-5 61, CAPS-5 pending, AUDIT 14. Prolonged Exposure is on hold until coverage is sorted. The "
        "VA is 6 weeks out for an intake.\n\n"
        "How do you hold the frame when the external persecution is, well, partly real? And has anyone had luck "
        "with peer-to-peer appeals on an F43.10 denial?",
        [
            ("XGH884213907", "id_number"),
            ("1st Battalion, 502nd Infantry", "organisation"),
            ("Clarksville", "place"),
        ],
    ),
    (
        "b12a-020",
        "Case presentation - 7-year-old boy, ADHD query, big feelings at home.\n\n"
        "Referral: from GP after school raised concerns. Conners 3 parent and teacher forms both elevated on "
        "hyperactivity/impulsivity. Mum reports meltdowns mostly after school and on Sunday evenings.\n\n"
        "Family: parents separated two years ago, he spends weekends with Dad. Younger sister, 4. Maternal "
        "grandmother helps with pickups.\n\n"
        "So far: parent sessions using Triple P concepts plus Circle of Security (Hoffman, Cooper, Powell) framing "
        "- 'being with' rather than fixing. Some PCIT-style coaching planned.\n\n"
        "Questions: When would you push for a CAMHS assessment versus continuing the parenting work? Is anyone "
        "using Ross Greene's Collaborative & Proactive Solutions at this age? The school has suggested a reward "
        "chart; Alfie Kohn would say no, but Mum likes them. Halloween and the Christmas play were both "
        "disasters, so structure around transitions is clearly key.",
        [],
    ),
    (
        "b12a-021",
        "Looking for some supervision-ish input. Client is a 52-year-old woman recently diagnosed with MS, "
        "referred by her neurologist Dr Fiona McLachlan at the Western General. CHI 1203714562 is on the referral. "
        "She lives in Leith, works part-time in a bookshop, divorced, no kids.\n\n"
        "HADS: anxiety 14, depression 11. She's terrified of 'becoming a burden'. Acceptance-based work seems right "
        "(ACT, Hayes) but she hears 'acceptance' as giving up. Last session she said \"you want me to just make "
        'peace with the wheelchair".\n\n'
        "How do others introduce acceptance to people with progressive conditions? I've wondered about starting "
        "with compassion-focused work (Gilbert) instead and coming back to values later.",
        [
            ("Fiona McLachlan", "name"),
            ("Western General", "organisation"),
            ("1203714562", "id_number"),
            ("Leith", "place"),
        ],
    ),
    (
        "b12a-022",
        "DAP note - session 4, virtual (provincial telehealth platform)\n\n"
        "D: Client, early 30s, Cree, living in a northern community in Manitoba; attending by video due to "
        "distance. Discussed the upcoming National Day for Truth and Reconciliation and her grandmother's "
        "residential school experience. Reports sleep 4-5 hrs, PHQ-9 16, GAD-7 9. Elder support available "
        "through her community; she's been to ceremony twice this month.\n"
        "A: Intergenerational trauma themes, depressive sx. Safety: no SI, knows the Hope for Wellness Help Line "
        "(1-855-242-3310).\n"
        "P: Continue narrative approach (White & Epston) with attention to cultural safety; consult with an Elder "
        "if she consents. Ask her GP about trazodone for sleep.",
        [],
    ),
    (
        "b12a-023",
        "Follow-up to my post from May (14yo, school refusal + cyberbullying). Thank you all, and a few takeaways "
        "for anyone in a similar spot.\n\n"
        "1. The bullying turned out to be a whole account - https://www.tiktok.com/@yr9.exposed.bhhs - which the "
        "eSafety Commissioner had taken down within 48 hours once we reported it. Screenshot everything first.\n"
        "2. The school (Baulkham Hills High) was slow at first, but once the deputy principal was looped in "
        "things moved.\n"
        "3. Graded return started on the 29th of July: half days, a safe person, a lunchtime pass to the "
        "library.\n"
        "4. SCAS-C has dropped from 58 to 39. She's sleeping again.\n"
        "5. Mum said getting her back into netball helped more than anything I did, which, fair.\n\n"
        "Thanks again - this group is gold.",
        [
            ("https://www.tiktok.com/@yr9.exposed.bhhs", "url"),
            ("Baulkham Hills High", "organisation"),
            ("29th of July", "date"),
        ],
    ),
    (
        "b12a-024",
        "Consult: 17F, college applications, perfectionism + possible OCD (just-right type).\n"
        "- Y-BOCS 22 (CY-BOCS skipped, she's nearly 18).\n"
        "- Spends 3 hrs on a single Common App essay paragraph. Rewrites texts on her phone 10+ times before "
        "sending.\n"
        "- Parents: both physicians, very high expectations. Dad emigrated from Nigeria, Mom grew up in the "
        "Midwest.\n"
        "- Plan: ERP (Abramowitz), with a hierarchy including sending imperfect emails and submitting a Canvas "
        "assignment with a typo.\n"
        "- She listens to Taylor Swift while doing homework and uses that as a reward - fine by me.\n"
        "- Dx: F42.2 provisional; billing 90834.\n\n"
        "Q: Would you bring in SPACE (Lebowitz) for the parents? They accommodate a lot. Also, for a 17yo, when "
        "do you loop in the college counselor without breaching confidentiality?",
        [],
    ),
    (
        "b12a-025",
        "Case for discussion - older adult, complicated grief.\n\n"
        "Client is a widower, aged 91, referred by the public health nurse. Lives alone at 14 Ard na Gréine, "
        "Carrigaline since his wife Bríd died on the 2nd of February. Very devout; goes to daily Mass at Our Lady "
        "and St John and the parish priest is his main contact. His daughter in the States rings on Sundays.\n\n"
        "Telehealth isn't an option (no internet), so I'm doing home visits. The PPSN on the HSE referral is "
        "7234567WA and I'm still figuring out how to get the grief supports funded.\n\n"
        "PG-13 score high. He keeps saying 'I should have gone first'. Any thoughts on adapting grief work for the "
        "oldest-old, and on working alongside faith without stepping on the priest's toes?",
        [
            ("aged 91", "age"),
            ("14 Ard na Gréine, Carrigaline", "place"),
            ("Bríd", "name"),
            ("2nd of February", "date"),
            ("Our Lady and St John", "organisation"),
            ("7234567WA", "id_number"),
        ],
    ),
    (
        "b12a-026",
        "Case presentation (de-identified): wahine Māori, late 20s, solo mum of two, referred by her GP for "
        "anxiety and panic after a car accident last winter. Not driving since. Lives rurally in Northland, about "
        "40 minutes from the nearest town.\n\n"
        "Measures: GAD-7 16, PCL-5 41, DASS-21 stress severe.\n\n"
        "Engaged well; whānau very involved - her aunty comes to sessions.\n\n"
        "Approach so far: trauma-focused CBT, imaginal exposure prepped but not started; psychoeducation via the "
        "Window of Tolerance (Siegel). Karakia at the start and end of session at her request. ACC is funding "
        "the physio.\n\n"
        "Wondering: how do people sequence in vivo driving exposure when the client can't afford to lose more "
        "work? And thoughts on using Hua Oranga as an outcome measure alongside the GAD-7?",
        [],
    ),
    (
        "b12a-027",
        "ok need a gut check from the tech-savvy folks here. client (26F) is sure her ex is getting into her "
        "accounts. she showed me a login alert that listed IP 73.162.88.201 and a location near where he lives. "
        "she's also getting DMs from a burner account, @not_ur_problem_anymore, with details only he'd know.\n\n"
        "she has a protective order (case no. 2023-DV-004518) but police say the online stuff is 'civil'.\n\n"
        "clinically she's hypervigilant, not sleeping, PCL-5 is 49. trying to balance validating a very real "
        "threat with not feeding the checking (she refreshes her login history like 40x a day).\n\n"
        "anyone have good resources for tech safety planning? I know NNEDV has Safety Net stuff.",
        [
            ("73.162.88.201", "ip"),
            ("@not_ur_problem_anymore", "handle"),
            ("2023-DV-004518", "id_number"),
        ],
    ),
    (
        "b12a-028",
        "Really thoughtful case. A few reflections from a mentalization-based perspective (Bateman & Fonagy): "
        "her 'I just know he hates me' sounds like psychic equivalence - thoughts feel like facts. Rather than "
        "challenging the content, I'd slow down and get curious ('help me understand how you got there').\n\n"
        "On the self-harm: NICE NG225 is clear that we shouldn't make therapy contingent on stopping. Worth "
        "reading Linehan on chain analysis too if you haven't.\n\n"
        "On the GP's suggestion of quetiapine 25 mg for sleep - I'd want the psychiatrist involved; the metabolic "
        "stuff isn't trivial.\n\n"
        "Practical: Boxing Day and New Year were risk points last year, so maybe plan around those early. She's "
        "on the community mental health team's caseload, right? If not, the crisis line and Shout (text 85258) "
        "are worth adding to the plan.\n\n"
        "Rose-tinted or not, I think you're doing better than you feel you are.",
        [],
    ),
    (
        "b12a-029",
        "Consult - workplace trauma, transit operator.\n\n"
        "Client is a 47-year-old bus operator with TransLink, involved in a pedestrian fatality in the spring. "
        "Lives in Surrey with his wife and two teens. He can't drive past the intersection at King George and "
        "88th without his hands shaking; his route has been changed but the dread hasn't.\n\n"
        "WorkSafeBC claim #7012345 is open, and the case manager is already pushing a graduated return to work.\n\n"
        "PCL-5 57, PHQ-9 15. Sleeping 3-4 hours. He's started avoiding driving his own car too.\n\n"
        "I'm weighing CPT (Resick) vs PE (Foa). He's quite self-blaming ('I should've seen her'), which makes me "
        "lean CPT, but the avoidance is massive. Given the RTW pressure, which would you pick, and how do you push "
        "back on a case manager without burning the relationship?",
        [
            ("TransLink", "organisation"),
            ("Surrey", "place"),
            ("King George and 88th", "place"),
            ("7012345", "id_number"),
        ],
    ),
    (
        "b12a-030",
        "### Consult: perinatal anxiety, second pregnancy\n"
        "**Client:** 35, 28 weeks, previous stillbirth at 36 weeks two years ago.\n"
        "**Measures:** EPDS 15 (item 10 = 0), GAD-7 14, PASS elevated.\n"
        "**Context:** Lives in a coastal town in northern NSW; partner is a tradie. Strong support from her mum. "
        "Obstetric care via the public hospital, shared care with GP.\n"
        "**Work so far:** Compassion-focused (Gilbert) work on self-blame; some EMDR resourcing. She's counting "
        "kicks obsessively and checking a Doppler app 20+ times a day.\n"
        "**Questions:**\n"
        "- How do you tell appropriate vigilance from OCD-ish checking in a pregnancy after loss?\n"
        "- Anyone use Red Nose's pregnancy-after-loss support? Or PANDA (1300 726 306)?\n"
        "- Mother's Day is coming and it's a big trigger; the baby who died was due around then.\n\n"
        "Thanks, appreciate this group.",
        [],
    ),
    (
        "b12a-031",
        "Careful de-identified presentation for Thursday's peer group, apologies in advance for length.\n\n"
        "Man, early 40s, senior finance role, presenting with burnout and health anxiety (SHAI 28). Married, one "
        "teenage son. Three A&E visits this year for chest pain - ECGs normal each time, cardiology discharged "
        "him. Googles symptoms most nights after 11pm, seeks reassurance from his wife.\n\n"
        "Formulation using Salkovskis & Warwick's model: bodily sensation > catastrophic misinterpretation > "
        "checking/reassurance > short-term relief > more preoccupation. Work stress is the obvious fuel; he's "
        "worried the partners at Deloitte will see leave as weakness, and he's up for promotion in the autumn.\n\n"
        "Plan: behavioural experiments on checking, cut down the Googling, values work on what he wants his son "
        "to see. Sertraline discussed with GP.\n\n"
        "Q: How do people handle the 'but what if this time it IS my heart' argument without sliding into "
        "reassurance yourself?",
        [("Deloitte", "organisation")],
    ),
    (
        "b12a-032",
        "Group note - DBT skills group, week 8 (Emotion Regulation module)\n\n"
        "Attendance 7/9. Covered opposite action and check the facts (Linehan, 2nd ed. handouts).\n\n"
        "Themes: several members described Memorial Day weekend as triggering - barbecues, family, alcohol. "
        "Faith came up as well: for one member it's both support and pressure.\n\n"
        "Diary cards: 5/7 completed. Urges to self-harm rated 0-2 for most.\n\n"
        "Notable: a member reported using TIPP with an ice pack in a grocery-store parking lot and felt proud of "
        "it. Group responded warmly. Another member is titrating lamotrigine and reports feeling 'foggy'; "
        "encouraged to raise it with her prescriber.\n\n"
        "Billing: 90853 for each attendee. Next week: PLEASE skills. Co-leader to bring the ice packs. Reminder "
        "to group: 988 and the county crisis line are on the back of the diary card.",
        [],
    ),
    (
        "b12a-033",
        "Jumping in on the pet-loss thread because it's timely. I've got a client (late 60s, retired primary "
        "teacher, lives by the coast in Queensland) whose kelpie, Pickles, was put down on 2024-06-11 after 14 "
        "years. She's been flattened - more, she says, than after her husband Graham died, and the guilt about "
        "that is the bit she can't shift.\n\n"
        "What's helped so far:\n"
        "- Normalising disenfranchised grief (Doka) - she'd never heard the term and cried with relief.\n"
        "- Continuing bonds (Klass) rather than 'moving on'. She's made a little garden spot.\n"
        "- Watching her own health; she's walking way less without the dog.\n\n"
        "PHQ-9 was 13 at intake. No SI. Her GP is supportive.\n\n"
        "I'd love to hear how others handle the guilt comparison between losses.",
        [("Pickles", "name"), ("2024-06-11", "date"), ("Graham", "name")],
    ),
    (
        "b12a-034",
        "Consult Q - 16F, emerging BPD traits? Hesitant to label.\n\n"
        "She's in fifth year, doing well academically, big drop in mood since transition year ended. Self-harm "
        "(cutting) x3 this term, superficial. Attended the ED once. CAMHS assessed, not accepted (threshold).\n\n"
        "I'm using DBT-A informed stuff (Rathus & Miller), chain analysis, and some validation training with Mum "
        "and Dad. I also looked at the ICD-11 borderline pattern specifier (6D11.5), but I'm wary at 16.\n\n"
        "Scores: RCADS depression 18 (clinical), MFQ 31.\n\n"
        "Thinking of: family-based work vs. individual. Her Leaving Cert is next year, and her parents are very "
        "focused on the points.\n\n"
        "Any thoughts? Also, does anyone know if Jigsaw will take her while I continue?",
        [],
    ),
    (
        "b12a-035",
        "Family case - would value cultural input.\n\n"
        "Three generations in one house in Springdale. Identified client is 15M, called 'Nacho' by everyone at "
        "home, referred by the school counselor at Har-Ber High after two fights. His dad was deported last year; "
        "mom now works nights at the Tyson plant and days cleaning houses. Abuela (86) runs the household and is "
        "the emotional center.\n\n"
        "He says he's 'not sad, just mad'. On the RCADS he endorses a lot of irritability and sleep problems. His "
        "uncle's immigration hearing is on 12/5 and the whole family is on edge.\n\n"
        "I'm bilingual (Spanish) and have been doing family sessions with a structural lens (Minuchin) plus "
        "psychoeducation on ambiguous loss (Boss).\n\n"
        "Questions: how do you talk about safety planning when calling police isn't something this family will "
        "ever do? And how do I support mom without adding to her load?",
        [
            ("Springdale", "place"),
            ("Nacho", "name"),
            ("Har-Ber High", "organisation"),
            ("Tyson", "organisation"),
            ("12/5", "date"),
        ],
    ),
    (
        "b12a-036",
        "Bonjour/hi - I work in a French-language clinic in Quebec and see a lot of this. Quelques pistes:\n"
        "- The EPDS has a validated French version; so does the GAD-7.\n"
        "- For the dad's drinking, start with the AUDIT and then MI (Miller & Rollnick). CRAFT (Meyers) is great "
        "for getting mum to engage him.\n"
        "- Saint-Jean-Baptiste and les Fêtes are often high-risk drinking periods here.\n"
        "- Info-Social 811 is a good non-emergency line in the province; 988 works too now.\n"
        "- If she's on escitalopram 10 mg and still at a PHQ-9 of 15 after 8 weeks, I'd suggest she raise it with "
        "her family doctor.\n\n"
        "Bon courage - this sounds like a tough case but you're asking the right questions.",
        [],
    ),
    (
        "b12a-037",
        "Consult - university student after overdose.\n\n"
        "20M, second-year engineering at the University of Leeds, referred by the mental health adviser after an "
        "overdose (paracetamol, ~30 tablets) on 07/03. Medically cleared after 2 nights. His student ID, "
        "201498763, is on the Disability Service form I'm helping him fill in.\n\n"
        "He grew up in Hull, first in family to go to uni; dad's a scaffolder, mum's a carer. Intense shame about "
        "'wasting the chance'. Failing two modules.\n\n"
        "Assessment: PHQ-9 21, Beck Scale for Suicide Ideation moderate. No current plan; keeps the thoughts 'on "
        "a shelf'. CAMS (Jobes) has been a good framework.\n\n"
        "Question: the university wants a Fitness to Study review. He's terrified it means being sent home. How do "
        "you balance risk management with not letting the institution become the enemy?",
        [
            ("University of Leeds", "organisation"),
            ("07/03", "date"),
            ("201498763", "id_number"),
            ("Hull", "place"),
        ],
    ),
    (
        "b12a-038",
        "SOAP - telehealth, 53 min (90837-95)\n\n"
        "S: 78-year-old retired machinist, widowed. 'Every day is Groundhog Day.' Daughter set up the iPad; he "
        "uses FaceTime with the grandkids on Sundays. Reports 2 beers nightly, more around Veterans Day.\n"
        "O: GDS-15 = 9. MoCA (remote) 26. Appropriately dressed, slowed speech, brighter when talking about his "
        "old Ford pickup.\n"
        "A: Major depressive disorder, single episode, moderate (F32.1). R/o adjustment disorder.\n"
        "P: Behavioral activation (Lewinsohn) scheduled around the senior center; problem-solving therapy "
        "(Areán). PCP to review citalopram - max 20 mg over age 60 per the FDA warning. Follow up next "
        "Wednesday. 988 reviewed.",
        [],
    ),
    (
        "b12a-039",
        "Quick one for the neurodiversity-affirming folks here.\n\n"
        "19yo client, autistic (dx at 16), lives with her parents on a lifestyle block. Her only close friend is "
        "Summer, who she's known since intermediate and who moved across the Tasman in the autumn. Since then "
        "she's barely left her room except for her part-time job stacking shelves on Saturdays.\n\n"
        "She's not depressed in the classic sense - PHQ-9 of 8 - but very lonely (UCLA Loneliness Scale high). "
        "Most of her social life is a Discord server about Studio Ghibli films.\n\n"
        "I don't want to pathologise online friendship, but her parents are anxious and want me to 'get her out'. "
        "How do others approach this without imposing neurotypical social goals? Any good autistic-led groups for "
        "young adults in NZ?",
        [("Summer", "name")],
    ),
    (
        "b12a-040",
        "Process note - 23-year-old apprentice sparky, session 5.\n\n"
        "Will he come back next week? I genuinely don't know. He arrived late, hoodie up, and spent ten minutes "
        "showing me Reels on his phone before we got anywhere.\n\n"
        "Grace under pressure is how he thinks blokes should be. His dad's line was 'harden up'. We talked about "
        "the Man Box research and he laughed, then went quiet.\n\n"
        "K10 27. Drinking on weekends, the odd line at parties. Denies SI; has the 13YARN and Lifeline numbers "
        "but says he'd never call.\n\n"
        "Formulation (5Ps): predisposing - dad's stoicism; precipitating - breakup in autumn; perpetuating - "
        "shift work and beers; protective - his footy mates and his nan.\n\n"
        "Reflection: I found myself wanting to rescue. Yalom's here-and-now stuff might help - name what happens "
        "between us rather than lecture him about feelings. Bring to supervision Friday.",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind12a"}
        for i, t, items in DOCS
    ]
