"""Blind batch b11a, written by a helper session with no knowledge of the guard's internals. It
imitates what therapists post on a peer-consultation platform in the US, UK, Ireland, Canada,
Australia and New Zealand: consultation-format case presentations, replies and chat-like
comments, follow-ups with takeaways, SOAP/DAP/process notes and consultation-hours or
supervision reflections. Clients range from a 6-year-old to people in their nineties, from many
cultural backgrounds (Salvadoran-American, Welsh, Irish, Anishinaabe, Maori, Samoan, Greek-
Australian, Nigerian-British, Quebecois, Punjabi-Canadian, Vietnamese-American and others).
Documents 001-020 hold 1-6 identifiers of varied kinds (some just one slip in careful writing);
021-040 are clean but dense with look-alikes: cited theorists, instruments and scores, codes,
medications, generic places, holidays, brands, hotlines and capitalised clinical terms.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at bea9426: span recall 0.973, precision 0.935, identifier documents fully
caught 0.900, clean documents flagged 0.200 (the guard at 935157f: 0.932, 0.683, 0.800, 0.450).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b11a-001",
        """**Consultation request: 15F, school refusal + panic, stuck around session 9**

Background: Xiomara is a 15-year-old, second-gen Salvadoran-American, lives with mom and two younger brothers in Chula Vista. Referred by the counselor at Eastlake High School after she missed 22 days in the fall semester. GAD-7 at intake 18, now 13. Sertraline 50 mg started by her pediatrician in August.

What's happening: graded exposure was going okay (we got as far as sitting in the car in the parking lot) until 9/18, when she had a panic attack in 3rd period and a classmate filmed it. Since then she won't go past the front office. Mom is exhausted and works nights.

Questions for the group:
1. How do you handle the filmed-incident piece without it becoming the whole treatment?
2. Anyone had luck with SPACE (Lebowitz) when the parent is single and shift-working?

Bilingual sessions btw - Spanish with mom, English with her. Thanks in advance.""",
        [
            ("Xiomara", "name"),
            ("Chula Vista", "place"),
            ("Eastlake High School", "organisation"),
            ("9/18", "date"),
        ],
    ),
    (
        "b11a-002",
        """Replying to your post on late-life grief - I had something very close to this last year.

My client was a retired Welsh-speaking schoolteacher aged 94, referred by her GP about four months after her husband of 68 years died. Her daughter Ffion did all the talking in the first session, which I had to gently restructure (I ended up offering the daughter her own 20 minutes at the end). She had moved from Aberystwyth into the daughter's spare room, so she'd lost her chapel, her neighbours and her language in the same month as the bereavement.

What helped:
- Dropping the CORE-10 after session 2; she found it insulting, and frankly it wasn't telling me anything.
- Worden's tasks as a private map for me, never named to her.
- Letting her teach me Welsh words for things. Role reversal did more than any technique.

Confession: the referral letter had her NHS number 485 777 3456 in the subject line and I nearly pasted it into my notes template. Check your letter headers, folks.""",
        [
            ("aged 94", "age"),
            ("Ffion", "name"),
            ("Aberystwyth", "place"),
            ("485 777 3456", "id_number"),
        ],
    ),
    (
        "b11a-003",
        """## Follow-up: the "I'm grand" client (thanks all)

Quick update on the 34-year-old man I posted about in January, the one who answered every feelings question with "I'm grand, sure look".

He's been doing nights as a manager at Dunnes Stores for eleven years and I'd underestimated how much the shift pattern was feeding the low mood. His sister Caoimhe came to one session (his idea!) and said the family has never once talked about their da's death. It turns out the anniversary is the 2nd of February, the day after St Brigid's Day, and he'd been drinking heavily around it every year. AUDIT was 17 at assessment.

He's still in the family home in Ballincollig with the mam.

**Takeaways from the thread that actually worked:**
- Stop asking about feelings, ask about the body (thanks to whoever suggested Gendlin's felt sense).
- Named the anniversary as an appointment we'd plan for, like a storm warning.
- Brought in behavioural activation before any trauma work.

PHQ-9 down from 19 to 12. Slow, but he's turning up.""",
        [
            ("Dunnes Stores", "organisation"),
            ("Caoimhe", "name"),
            ("the 2nd of February", "date"),
            ("Ballincollig", "place"),
        ],
    ),
    (
        "b11a-004",
        """SOAP - Session 7 - T. Moosomin

S: Client (41, Anishinaabe, mother of three) reports sleeping 4-5 hrs. Says the "city noise" since moving down from her home community is unbearable. Describes intrusive memories of residential school stories her grandmother told. Asked that I call her at 807-555-0143 rather than the clinic line, as her partner checks the other phone.

O: Affect constricted, brightened when discussing beading. PHQ-9 = 16, GAD-7 = 12. No SI/HI.

A: Recurrent MDD, moderate (F33.1), intergenerational trauma themes. Protective factors: children, cultural practice, Elder contact.

P: Continue weekly. Psychiatry referral re: sleep - needs OHIP 5584-486-674-YM confirmed with intake before the Thunder Bay appointment can be booked. Explore Seven Grandfather Teachings framing she raised herself. Safety plan reviewed.""",
        [
            ("T. Moosomin", "name"),
            ("807-555-0143", "phone"),
            ("5584-486-674-YM", "id_number"),
            ("Thunder Bay", "place"),
        ],
    ),
    (
        "b11a-005",
        """Consultation hours reflection - week 14

I've noticed I go quieter than usual with my older male veteran clients, and I think it's because my own grandfather never spoke about the war. Brought this to peer consult on Thursday and it landed.

The case that prompted it: a man in his late 60s, regional Victoria, served two tours, referred through Open Arms. K10 of 34, DASS-21 depression in the severe range. He's been doing well with CPT - we used the Phoenix Australia guidelines to pick it over PE because he couldn't tolerate imaginal exposure in the first go. But since the dawn service on Anzac Day 2022 he hasn't been back to the local club, and his wife says that's where all his mates are.

What I'm taking away:
- My silence isn't respect, it's avoidance. Mine, not his.
- Ask about the club directly next week.
- Re-read Shay's "Achilles in Vietnam" on moral injury before I do.""",
        [("Anzac Day 2022", "date")],
    ),
    (
        "b11a-006",
        """Kia ora koutou, looking for some thoughts on a young man I'm seeing.

**Presenting:** Wiremu, 27, Māori on his dad's side, referred by his GP for anger and low mood after a relationship ended. Works as a night-fill supervisor at Countdown, lives with his nan in Porirua.

**What I've tried:** Te Whare Tapa Whā as a frame (Durie) - he responded really well to taha wairua and taha whānau, less so to anything that felt like "Pākehā therapy". Some ACT defusion work. Kessler 10 at 28.

**Where I'm stuck:** his stress is mostly money. He brought in a letter last session about a debt and actually read out his IRD number 049-091-850 to me while asking if I could help him ring them. I said I'd help him draft what to say but not make the call. Was that the right line? Part of me thinks practical help IS the therapy for him right now.

Ngā mihi.""",
        [
            ("Wiremu", "name"),
            ("Countdown", "organisation"),
            ("Porirua", "place"),
            ("049-091-850", "id_number"),
        ],
    ),
    (
        "b11a-007",
        """lol same problem here. my 16yo client literally signs her emails from kbrightwater77@yahoo.com and her art account is @kaybee.draws, which is public and has her school uniform in like half the posts 😬

we ended up spending a whole session on it. she said "kayla from the internet is a different person than kayla in real life" which honestly was the most insightful thing she's said in 10 sessions. I went with curiosity not lecture, used some of the Siegel stuff on the adolescent brain and 'ESSENCE', and she decided on her own to make the account private.

mom is still mad at me for not "just telling her to delete instagram". idk. anyone have a good handout for parents on this that isn't preachy?""",
        [("kbrightwater77@yahoo.com", "email"), ("@kaybee.draws", "handle"), ("kayla", "name")],
    ),
    (
        "b11a-008",
        """DAP note - Session 6 - 8yo boy, selective mutism

D: Oluwaseun attended with his mum, Folake, who stayed for the first 15 minutes as agreed. He whispered two words to me during the dinosaur game (first verbal contact in clinic). Mum reports he is now speaking to his teaching assistant at St Aidan's C of E Primary in a quiet corner, but not in class. Family moved up from the south to LS8 eighteen months ago; onset of mutism followed the move.

A: Good progress using the sliding-in technique (Johnson & Wintgens). Anxiety rather than oppositional presentation. Mum carries a lot of guilt about the move; Yoruba spoken at home, English at school - not a language-acquisition issue per SALT assessment.

P: Continue fortnightly. Joint meeting with SENCo and class teacher booked for 14/11 to plan sliding-in at school. Share Selective Mutism Resource Manual pages on keyworker role.""",
        [
            ("Oluwaseun", "name"),
            ("Folake", "name"),
            ("St Aidan's C of E Primary", "organisation"),
            ("LS8", "place"),
            ("14/11", "date"),
        ],
    ),
    (
        "b11a-009",
        """Reply to the tech-abuse thread:

I'm in Quebec and had almost exactly this. My client Geneviève (early 30s, left a coercive relationship last spring) kept finding that her ex knew where she'd been. We went through her Android settings together in session, which I'm not trained for, so I looped in a tech-safety advocate.

Two things I learned that I hadn't thought about:
1. Her ex had logged into her old email from an IP she didn't recognise (24.114.62.19 came up over and over in the login history) - the advocate said that's enough to document for police.
2. Her Linktree (https://linktr.ee/jadorelamer) listed her yoga classes and the studio schedule. That was how he was finding her. Not stalkerware at all.

Clinically, the hardest bit was that she felt stupid. Lots of psychoeducation about coercive control (Stark) and how it's designed to make you feel that way. She's since moved to Sherbrooke and is sleeping again.""",
        [
            ("Geneviève", "name"),
            ("24.114.62.19", "ip"),
            ("https://linktr.ee/jadorelamer", "url"),
            ("Sherbrooke", "place"),
        ],
    ),
    (
        "b11a-010",
        """**Case presentation: train driver after a person-under-train incident**

Dimitri, 45, Greek-Australian, married with two teenagers, has driven for Sydney Trains for 19 years. On Fri 7 July a man stepped in front of his train; this is his second such incident (first was about ten years ago). Referred by the employer EAP, now under a workers comp claim.

Presentation: PCL-5 of 49, hypervigilance on the platform, cannot drive past the spot. Nightmares 4x/week. Big cultural pull to "be strong for the family", and his mum, who lives with them in Marrickville, keeps lighting candles at the church for him, which he finds both comforting and unbearable.

My plan was CPT, but he keeps asking about returning to the cab. Questions:
- Anyone worked with graded return-to-driving alongside trauma-focused therapy?
- For Medicare billing, GP put 2953 71846 1 on the referral but the MHCP is dated before the incident - do I need a new plan?

Any thoughts welcome.""",
        [
            ("Dimitri", "name"),
            ("Sydney Trains", "organisation"),
            ("Fri 7 July", "date"),
            ("Marrickville", "place"),
            ("2953 71846 1", "id_number"),
        ],
    ),
    (
        "b11a-011",
        """Session note (in-home, monthly)

Client is a 91-year-old retired postal carrier, widowed, living at Mercy Ridge Assisted Living since a fall last winter. Her son in Dubuque visits Sundays. Today she asked to be called Bernice rather than "Mrs." because "everyone here treats me like I'm already gone."

Content: mostly life review (Butler), working through Erikson's integrity vs. despair almost without prompting. Tearful about a sister who died in 1962. Said she is "ready to go but not in a hurry."

Screening: GDS-15 = 7 (mild). MoCA not repeated; staff report no change. On mirtazapine 7.5 mg qhs per her PCP, sleep improved.

Risk: passive death wish, no plan or intent, consistent with previous sessions. Discussed with nursing lead.

Plan: continue monthly; bring photographs next visit at her request.""",
        [
            ("91-year-old", "age"),
            ("Mercy Ridge Assisted Living", "organisation"),
            ("Dubuque", "place"),
            ("Bernice", "name"),
        ],
    ),
    (
        "b11a-012",
        """Case consult - 20M, first-episode self-harm, very high-achieving

Oisín is in second year of medicine at University College Cork. Came to me privately (not through student counselling, because he's afraid of fitness-to-practise implications). First disclosed cutting on 3 March, the night before a pharmacology exam. Strong perfectionism, Leaving Cert points were the highest in his school, parents both consultants.

I've done a risk formulation and safety plan; no SI currently. PHQ-9 14, GAD-7 15. Thinking about CFT (Gilbert) for the self-criticism, or maybe Egan and Shafran's CBT for perfectionism.

Admin question: his mother rang the practice to pay and read out his PPS number, 7654321TA, to my receptionist, and now it's in our booking system. He hasn't consented to her being involved at all. He's over 18. How would you handle that confidentiality mess with him?""",
        [
            ("Oisín", "name"),
            ("University College Cork", "organisation"),
            ("3 March", "date"),
            ("7654321TA", "id_number"),
        ],
    ),
    (
        "b11a-013",
        """Following up on my gaming post from a few weeks back.

Recap: 13yo boy, Tongan/Pākehā, not sleeping, gaming till 3-4am, refusing school. His mum Mere was at the end of her rope and wanted me to "ban Fortnite".

What changed things: I asked him to teach me the game. He plays as xXKoruSlayerXx and has a squad of friends he's known for years, most of whom he doesn't see at Hutt Valley High School because they're in different year groups. So the gaming is his social life, not an escape from it. That reframe helped mum too.

Takeaways:
- Curiosity first (thank you to whoever linked the Przybylski work).
- Sleep was the real target. We negotiated devices out of the bedroom, not a ban.
- Got him walking to the Naenae pool with one of the squad on Saturdays.

Attendance up to 4 days a week. Not perfect, but a different kid.""",
        [
            ("Mere", "name"),
            ("xXKoruSlayerXx", "handle"),
            ("Hutt Valley High School", "organisation"),
            ("Naenae", "place"),
        ],
    ),
    (
        "b11a-014",
        """Consultation question: perinatal intrusive thoughts and when to tell the health visitor

29F, first baby (4 months), referred by the perinatal mental health team after EPDS of 18. Presentation is classic perinatal OCD in my view - intrusive images of dropping or drowning the baby, lots of avoidance and checking, no psychotic features, huge distress about the thoughts themselves (ego-dystonic). Y-BOCS 27.

She told me last Tuesday: "I can't even bath Grace without picturing it, so my husband does it all now." She is terrified that if she tells anyone they'll take the baby.

I'm using Challacombe's perinatal CBT approach and some ERP, and she's on sertraline 50mg from her GP. My question is about the health visitor: client has asked me not to share the content of the thoughts. I don't think there's a safeguarding concern (intrusive thoughts ≠ intent) but I'd value views on how others document this and whether you'd liaise.""",
        [("Grace", "name")],
    ),
    (
        "b11a-015",
        """Couples consult - military family, reintegration after deployment

Husband Will (32, active duty, 3rd Cavalry Regiment) and wife Dariela (30, stay-at-home, two kids under 5). They live just off post in Killeen. He returned in spring after 9 months away; she says "he came back a stranger", he says "she built a whole life without me."

Gottman checkup shows high criticism/defensiveness, low turning toward. PCL-5 for him is 38, below threshold but with notable avoidance. He's wary of anything going in his record; I reassured him about our limits but he's reluctant.

The flashpoint: their anniversary is June 14th and he forgot it, then told her "that's just a date." She's been sleeping in the kids' room since.

I'm leaning toward EFT (Sue Johnson) - framing the distance as a protest of disconnection. Has anyone combined EFT with the Military OneSource reintegration materials? And any tips on pacing when one partner is quietly symptomatic?""",
        [
            ("Will", "name"),
            ("3rd Cavalry Regiment", "organisation"),
            ("Dariela", "name"),
            ("Killeen", "place"),
            ("June 14th", "date"),
        ],
    ),
    (
        "b11a-016",
        """Process notes - Session 4 - 17yo, Punjabi Sikh, family conflict over university plans

Harpreet came in wearing her older brother's hoodie, which she said was "armour." She's in Grade 12 at Tamanawis Secondary and has been offered a spot in a fine-arts program, but her parents expect her to do sciences. She cried when describing her dad saying "we didn't come to Canada for you to paint."

I noticed my own urge to champion her - my own family had similar fights - and held it. We used a two-chairs exercise to give her dad's voice room; she was surprised at how much love she heard in it.

Counsellor at school needs her student number (300415872) to release her grade records for the art portfolio; she asked me to pass it on and I declined, redirected her to do it herself. Small autonomy step.

Next time: talk about Vaisakhi, the family is going to the celebrations in Newton and she's dreading the aunties' questions.""",
        [
            ("Harpreet", "name"),
            ("Tamanawis Secondary", "organisation"),
            ("300415872", "id_number"),
            ("Newton", "place"),
        ],
    ),
    (
        "b11a-017",
        """Reply to "therapy with the very old" thread

Yes! Working with a gentleman aged 96 right now, ex-air force ground crew, still sharp as a tack. Referred by his GP for depression after the death of his wife; his son set it all up. We meet at his kitchen table in Toowoomba because he won't go to "a psych's office".

Notes from the work so far:
- Standard measures don't fit. GDS-15 felt patronising to him, K10 questions confused him. I mostly use session-by-session ORS (Miller & Duncan) now.
- He keeps talking about Kevin, his younger brother who died in New Guinea in 1943. The grief for his wife has opened up that much older one.
- Dignity therapy (Chochinov) has been lovely - we're writing a document for his great-grandkids.

One admin thing that tripped me: DVA paperwork. He gave me his file number QX123456 to put on invoices and I'd put it in an email subject line - now I keep it only in the billing system.""",
        [("aged 96", "age"), ("Toowoomba", "place"), ("Kevin", "name"), ("QX123456", "id_number")],
    ),
    (
        "b11a-018",
        """Process note - home visit

Client Thanh (52, Vietnamese-American, nail salon owner) had asked that we meet at her home since her knee surgery. Arrived at 1147 Alder St just after 10. Her daughter answered and stayed nearby, translating some phrases even though the client's English is fine - seemed more about protecting her.

Themes: survivor guilt about the boat journey in her childhood, which surfaced after watching a documentary. She said "I thought it was finished." Some somatic work with breath and orienting (Levine). SUDS from 8 to 4 across the session.

Admin: she rescheduled our next visit to 2023-11-04 and wants reminders by text only to (503) 555-0198, not voice calls, as she finds phone calls from "officials" frightening.

Reflection: I noticed I was rushing to get to the trauma; her pace is slower and more circular. Bring to supervision.""",
        [
            ("Thanh", "name"),
            ("1147 Alder St", "place"),
            ("2023-11-04", "date"),
            ("(503) 555-0198", "phone"),
        ],
    ),
    (
        "b11a-019",
        """honestly I think you did the right thing by not confronting the ex in session - your job was her safety plan, not his behaviour.

i had a very similar one. client (late 20s) had done the DASH with her IDVA, MARAC referral was in, and she was applying under Clare's Law. then she noticed the same silver car parked outside her flat three nights running. she'd written down the reg, KN19 XPT, and the police took it seriously once they had that. we ended up doing most of that session as a grounding + practical session rather than anything "therapeutic" in the textbook sense.

tbh that's the bit that doesn't get taught. Herman's first stage is safety, and sometimes safety means helping someone write down a number plate with shaking hands. look after yourself with this one x""",
        [("KN19 XPT", "id_number")],
    ),
    (
        "b11a-020",
        """Consultation hours reflection - Friday

Sat with the discomfort of a case I keep thinking about. Losa, Samoan, 38, mother of five, admitted to Middlemore for two nights after an overdose last month; I'm seeing her for the follow-up. Her NHI (ZAC5361) was on the discharge summary, along with a note that she "declined culturally appropriate support", which she told me was never actually offered.

She lives in Ōtara with extended family, and church is central. The fa'aaloalo (respect) she shows me makes it very hard for her to disagree with me, which means I can't trust her "yes" about the safety plan.

What I'm taking to peer consult:
- The Fonofale model (Pulotu-Endemann) as a better frame than my usual CBT formulation.
- Whether to invite her minister, with her consent.
- My own whiteness in the room, and how much she's performing wellness for me.""",
        [
            ("Losa", "name"),
            ("Middlemore", "organisation"),
            ("ZAC5361", "id_number"),
            ("Ōtara", "place"),
        ],
    ),
    # ---------------- clean documents ----------------
    (
        "b11a-021",
        """**Consult request: veteran, CPT stalled at the impact statement**

58M, Army veteran (two deployments), lives in a small town in the Texas Panhandle. Seen via the VA community care program. Dx PTSD (F43.10), AUD in early remission. PCL-5 at intake 61, now 52 after 6 sessions of CPT (Resick, Monson & Chard). Prazosin 2 mg qhs per his VA psychiatrist, nightmares down from nightly to 2-3x/week.

The problem: his impact statement is entirely about other people's failures. Stuck points are all "they" statements ("command didn't care"), not about himself. Every time I try Socratic dialogue on self-blame he says "I don't do the guilt thing."

Thinking about:
- Reading Herman on moral injury vs. fear-based PTSD; maybe this is more moral injury.
- Switching to WET (Sloan & Marx) as a shorter protocol.

Billing note for the US folks: I'm using 90837 and the community-care authorization covers 12 sessions. Memorial Day is coming up and he's flagged it as his hardest week of the year. Any thoughts appreciated.""",
        [],
    ),
    (
        "b11a-022",
        """Replying here because this resonated a lot.

I work in an NHS Talking Therapies service in a market town up North, and we get so many clients like yours - mid-50s, made redundant, "never been a feelings person". CORE-10 is useless for them in my experience; they score low and then tell you in minute 40 that they've been sitting in the car thinking about driving into a wall.

Things I've found helpful:
- Bowlby and Winnicott for my own formulation, but I never mention them. Attachment language makes blokes bolt.
- Behavioural activation with really concrete goals: "walk the dog to the end of the road and back on Wednesday".
- Keeping the Samaritans number (116 123) and 111 on a card, and giving it early, not as a crisis afterthought.
- Sertraline 100mg from the GP often makes the first few weeks worse; warn them.

Bonfire Night is apparently a big one for a few of mine (fireworks + old memories). Worth asking about in the autumn.""",
        [],
    ),
    (
        "b11a-023",
        """## Follow-up + takeaways: 16yo with self-harm, rural family

Thanks to everyone who replied in the spring. Quick update and what I learned.

Context again: 16F, lives on a farm in the west, middle of five kids, family Catholic and very private. Referred by the GP to CAMHS but the waiting list was 14 months, so she's seeing me privately while she waits. Irish is her first language at home, English at school.

What helped:
- **Family piece first.** Dad thought therapy was "talking about the family to strangers". We met once, all together, and I named that I wasn't there to blame anyone. Something shifted.
- **DBT skills, lightly.** TIPP and the ice-water trick, not the whole programme. Her DBT diary card was a doodle page, which is fine.
- **Leaving Cert pressure.** We reframed it as a marathon, not an exam.

St Patrick's Day was rough (big family gathering, lots of drink), but she used her plan. Self-harm down from weekly to once in 8 weeks. Still on the CAMHS list, which is its own scandal.""",
        [],
    ),
    (
        "b11a-024",
        """SOAP note - Session 11 (virtual, Zoom)

S: Client (35F, francophone, works remotely for a tech company) reports "a bad week". Thanksgiving dinner with in-laws triggered old shame about not having children. Says she cried in the bathroom, then "performed" the rest of the evening. Sleep 5-6 hrs, appetite okay.

O: GAD-7 = 14 (up from 11), PHQ-9 = 11. Tearful, well-organised speech, good insight. Session conducted in a mix of French and English at her preference.

A: GAD (F41.1), with reproductive grief as an ongoing theme. Window of tolerance (Siegel) narrowing around family events. Escitalopram 10 mg per family physician, adherent.

P: Continue weekly on Tuesday mornings. Introduce self-compassion break (Neff). Explore whether the Ontario fertility program decision from last year needs its own grief work. Re-administer measures in 4 weeks.""",
        [],
    ),
    (
        "b11a-025",
        """Consultation hours reflection - end of term

Busy term. Most of my caseload is Better Access under a Mental Health Care Plan, ten sessions, and I keep feeling like I'm rationing care. Three clients this term hit session 10 with K10 scores still above 30.

The case I want to think about: a 9-year-old on an NDIS plan with an autism diagnosis plus what looks like developmental trauma. Perry's Neurosequential Model helped me stop pushing talk-based work and start with rhythm and regulation - drumming, swinging, the trampoline. Mum is a single parent doing FIFO shifts, and the kid spends a lot of time with a grandparent in a coastal town in Queensland.

Things I want to do differently next term:
- Ask about Anzac Day and school holidays earlier; routine changes are huge for this kid.
- Push back on the "ten sessions then done" mindset with GPs.
- Put Lifeline 13 11 14 and Kids Helpline in my standard handout.

Also, note to self: read Bruce Perry and Maia Szalavitz again, it's been years.""",
        [],
    ),
    (
        "b11a-026",
        """**Case presentation - rangatahi, Matariki and grief**

Tēnā koutou. 17-year-old Māori young woman, raised by her kuia after her mum's death when she was 9, now finishing Year 13 at a kura in the North Island. Referred by the school counsellor for low mood and missed classes. Kessler 10 = 31, no current self-harm.

What I've done: Te Whare Tapa Whā (Durie) as the backbone of the formulation - taha tinana is fine, taha hinengaro is struggling, taha wairua is strong, taha whānau is complicated. Some narrative work (White & Epston) around her mum's story.

The grief spikes around Matariki, which the family marks as a time to remember those who've passed. This year it's a public holiday and the whole whānau gathers, which she finds both healing and overwhelming.

Questions:
- Anyone use Hui Process (Lacey et al.) in a private-practice setting?
- How do you hold 1737 and crisis planning alongside a kuia who doesn't trust services?

Kia kaha, and thanks.""",
        [],
    ),
    (
        "b11a-027",
        """Hope this helps - I run a DBT-A skills group and see this a LOT.

The TikTok self-harm content thing: teens often don't see it as harmful, they see it as community. What's worked for me:
- Use Linehan's validation levels before you ever mention the phone. Level 5 ("it makes sense you'd go looking for people who get it") is gold.
- Diary card gets a "screen urges" row.
- DEAR MAN role-plays for asking a friend to stop sending stuff on Snapchat.
- Don't confiscate the iPhone in session. Parents can decide that; you'll lose the alliance.

Will report back after our next group cycle. We're also trialling Miller, Rathus & Linehan's walking-the-middle-path module with parents on Monday nights.

Faith-based families in my area sometimes want a prayer component; I've had luck integrating it into the wise mind exercise rather than fighting it. Grace and mercy language translates surprisingly well into radical acceptance.""",
        [],
    ),
    (
        "b11a-028",
        """Consult question - 87-year-old woman, early dementia and anticipatory grief in the spouse

Seeing an 87-year-old retired nurse (she's the client) and, at her request, sometimes her husband. MoCA 22/30 at the memory clinic, started on donepezil 5 mg in the summer. She is fully aware she's losing things and talks about it with a kind of fierce clarity.

What I'm drawing on:
- Kitwood's person-centred dementia care, especially the "malignant social psychology" idea, which has helped her husband stop correcting her.
- Boss on ambiguous loss for him.
- Some Cognitive Stimulation Therapy-style activities, though that's not my core training.

She's asked that we record a few sessions for her grandchildren, a sort of life story book. I've suggested a local befriending charity for the days he's out. Christmas is going to be hard; last year she didn't recognise the tree decorations she'd made herself.

My question: am I doing couples work without a contract for it? How do others handle shifting from individual to dyadic work mid-stream?""",
        [],
    ),
    (
        "b11a-029",
        """Reply to the postpartum thread:

I'm a perinatal therapist in BC, mostly working with folks in northern and rural communities over video. A few things from my practice:

EPDS is a good start but I always ask item 10 out loud too, not just on the form. I've had scores of 9 where item 10 was a 2.

Circle of Security Parenting has been my go-to for the "I don't feel bonded" clients. The "being-with" idea gives them permission to not be perfect. Winnicott's good-enough mother still lands with most parents if you translate it.

Sertraline is first line with breastfeeding per most of our psychiatrists, usually starting at 25 mg. I don't prescribe, but clients ask me all the time and having that background helps.

Stern's "motherhood constellation" has been a lifesaver for my own case conceptualisation.

Mother's Day can be brutal for parents with PPD or loss; I put a check-in on my calendar for that week every May.""",
        [],
    ),
    (
        "b11a-030",
        """**Couples case: FIFO and the Four Horsemen**

Couple in their late 30s, regional WA, he does two-weeks-on, one-week-off at a mine site. She's home with three kids. They came in after a fight over the Christmas holidays that ended with him sleeping in the Ford Ranger in the driveway.

Assessment: Gottman's Four Horsemen all present, stonewalling especially (him), criticism (her). Flooding at heart rates over 100 - we actually used a pulse oximeter in session. Sound Relationship House shows they've lost the love maps over years of swing shifts.

Approach so far: EFT (Sue Johnson) for the cycle, plus practical Gottman tools for the changeover days, which are predictably the worst. Hold Me Tight conversations via FaceTime when he's on site.

Stuck point: she wants him to quit, he won't. Money is real. Anyone worked with the "re-entry" days specifically? I've read Parker's work on FIFO families but would value practice wisdom.""",
        [],
    ),
    (
        "b11a-031",
        """SOAP - Session 5 - alcohol use, MI framework

S: 44M, construction foreman, reports cutting from ~8 beers/night to 4 on weeknights. Says "weekends are still a write-off." Wife has given an ultimatum about Thanksgiving - no drinking at her parents' or he stays home. He is ambivalent, "half of me wants to prove her wrong."

O: AUDIT = 19 (down from 24). Alert, slightly defensive when discussing weekends. No withdrawal signs. Naltrexone 50 mg daily per PCP, reports decreased cravings.

A: F10.20, moderate AUD, in the contemplation-to-preparation stage (Prochaska & DiClemente). Change talk increasing. Sustain talk centred on his identity as "the guy who can handle it."

P: Continue MI (Miller & Rollnick) - explore values, a decisional balance specific to the holiday. Consider CRAFT sessions with wife. Next appt Friday. Billing 90834.

Note: he buys his beer at a big-box retailer in bulk - we talked about buying single six-packs instead as a stimulus-control step.""",
        [],
    ),
    (
        "b11a-032",
        """Supervision reflection - the client who reminds me of my mother

Took this to group supervision and want to write it down before I lose it.

Long-term client, woman in her 60s, very critical of everyone in her life including me. I noticed I was shortening sessions by a few minutes and "forgetting" to send her the handouts she asked for. Classic countertransference - Klein would call it projective identification, and Yalom would tell me to bring it into the here-and-now.

Using Hawkins and Shohet's seven-eyed model, my supervisor moved me from eye 1 (the client) to eye 5 (me and my reactions). I realised I'd stopped being curious about her and started managing her.

Carl Rogers keeps coming back to me: unconditional positive regard is for the person, not the behaviour.

Plan:
- Name the pattern gently with her ("I notice we often end up on what others have done wrong").
- Own my part - I'll apologise for the missed handouts.
- Check the IACP and BACP guidance on self-disclosure before I say anything about my own family.

Feeling lighter already.""",
        [],
    ),
    (
        "b11a-033",
        """Play therapy consult - 6yo, aggression at school

6yo boy, diagnosed with ADHD last year, on methylphenidate 18 mg in the mornings. Teacher reports hitting and throwing things, mostly after lunch (medication wearing off?). Parents separated, week-on/week-off.

I'm doing child-centred play therapy (Axline's principles, Landreth's structure). In the playroom he's been burying the soldiers in the sandtray and then rescuing them, over and over. Lots of themes of being lost and found.

Parents have done Triple P online but say it "doesn't work for him." I'm considering offering CPRT (Bratton & Landreth) to both parents separately, since they won't be in the room together.

Halloween was a big one - he dressed as a superhero and told me he was "strong now." Teacher says Friday afternoons are worst, which fits the transition to the other parent's house.

Questions for the group: Would you refer back to the pediatrician about the afternoon dose? And how do you run CPRT with separated parents who don't communicate?""",
        [],
    ),
    (
        "b11a-034",
        """Replying to the FBT question:

I'm a family therapist in the deep south of the South Island and we do a lot of FBT (Lock & Le Grange) by necessity because specialist ED services are hours away.

A few things from our team:
- Phase 1 is exhausting for parents. We say it out loud in session 1: "You're going to feel like the bad guy. That's the illness, not you."
- EDE-Q is useful but don't over-interpret subscale scores in the first weeks.
- Weigh in session, every session, shared openly. It sounds harsh but it reduces secrecy.
- Farming families often have fixed mealtimes, which is actually a strength.

We had a 14-year-old whose weight dropped over the Christmas break when routines went out the window; we now plan the summer holidays explicitly with families from October.

Re medical risk: we use the MEED guidelines for admission thresholds. And check heart rate lying and standing. Don't rely on BMI alone, especially in boys.""",
        [],
    ),
    (
        "b11a-035",
        """Consultation question - EMDR with a Muslim client around Eid

Client is a British-Pakistani woman in her late 30s, practising Muslim, Urdu and English. Complex trauma from childhood; ITQ scores meet CPTSD criteria. We've done phase 2 resourcing for months and began desensitisation on the first target (SUDS 7, VOC 3).

She's asked to pause over Ramadan because fasting leaves her lightheaded, and she's worried about processing coming up during Eid with family around. I think that's wise, but I'm unsure how to hold the space without losing momentum.

What I'm drawing on:
- Shapiro's protocol, with a lot of phase 2 because of dissociation (DES-II at 34).
- Porges and polyvagal language to explain shutdown to her.
- van der Kolk on the body - she loved the yoga chapter.
- Considering the Safe and Sound Protocol during the pause.

Has anyone integrated duas or dhikr as resourcing? She's suggested it herself and I want to be respectful rather than tokenistic.""",
        [],
    ),
    (
        "b11a-036",
        """Reflection: grief work with an older Cree man

I want to write about a client who's taught me a lot. He's 78, Cree, a residential school survivor, and his wife died in the winter. He lives in a northern community and we meet by phone because the drive is six hours.

Worden's tasks don't quite fit his experience. The dual process model (Stroebe & Schut) is closer - he oscillates between loss-oriented and restoration-oriented coping, mostly through trapping and hunting. Boss's ambiguous loss fits the older grief of his childhood, when he lost his language and parents for years at a time.

What I've learned:
- Silence on the phone isn't disengagement. He'll wait 30 seconds before answering.
- He wants to talk in Cree about certain things and in English about others.
- Remembrance Day matters; his father served. We planned around it.

He told me "you don't have to fix it, just listen." So I'm listening.""",
        [],
    ),
    (
        "b11a-037",
        """Case presentation - 15yo girl, contamination OCD, Year 10

Presentation: 15-year-old, Year 10, referred by GP after washing hands 60-80 times a day, raw skin. Y-BOCS 26 (moderate-severe). CY-BOCS administered with parent, consistent. Fluvoxamine started by the paediatrician in March, now at 100 mg. Family accommodation high - mum buys new towels weekly.

Approach: ERP following Foa and Franklin, with a family accommodation reduction piece (FASA used at baseline). Hierarchy built; she's at level 4 (touching school door handles without washing for 20 minutes).

Stuck point: NAPLAN was a nightmare; she couldn't touch the shared pencils. The school wants a letter, and I'm reluctant to write something that reinforces avoidance.

Questions:
- How do you handle school accommodations in OCD without building avoidance into the system?
- Sunday nights are her worst (school anxiety + contamination). Anyone use scheduled exposure on Sunday evenings as a pre-emptive strike?

Thanks, everyone.""",
        [],
    ),
    (
        "b11a-038",
        """Consultation hours reflection - Pride month

Long day. A 19-year-old client came out to me as nonbinary in session today, after nearly a year of work focused on "anxiety." They're Mexican-American, raised Catholic, in a mid-sized city in the Southwest, and their family speaks mostly Spanish at home.

I noticed how quickly my own excitement for them rose, and how careful I needed to be not to make it about my relief. Fonagy's mentalization work reminded me to stay with their mind, not mine. They're not out to family and don't want to be yet.

Takeaways for me:
- Use their pronouns in notes from today, and ask what they want on insurance paperwork.
- Have 988 and the LGBTQ+ option handy; they said suicidal thoughts were "a while ago" but I want to check again.
- Read more on minority stress (Meyer) before next week.
- Don't assume June feels celebratory for them - they said Pride "makes me feel more alone."

Next session Monday.""",
        [],
    ),
    (
        "b11a-039",
        """Family intervention consult - first-episode psychosis

Young man in his early 20s, Gujarati Hindu family, under the local Early Intervention in Psychosis team. Aripiprazole 10 mg, stable for three months. ICD-11 6A20 (schizophrenia, first episode). PANSS positive subscale much improved; negatives (amotivation, flat affect) now the main concern for the family.

I'm the family intervention clinician, using Kuipers, Leff & Lam's model. Parents are very high in expressed emotion, particularly criticism from dad ("he's just lazy now"). Mum is overinvolved - sleeps on the floor outside his room.

Diwali was a turning point: he joined the family puja for the first time since his admission, and dad cried. That gave me an opening to talk about hope.

Questions:
- Any good Gujarati-language psychoeducation resources on negative symptoms?
- How do you gently address grandmother's belief that it's a spiritual problem, without dismissing it? The family's temple priest is involved and supportive, which is lovely.""",
        [],
    ),
    (
        "b11a-040",
        """DAP - Session 3 - perimenopause, work burnout

D: 49F, senior manager at a tech company (fully remote), reports "brain fog, crying at my desk, and rage at Slack notifications." PHQ-9 = 19, GAD-7 = 13. Started bupropion XL 150 mg two weeks ago via her family doctor; HRT under discussion with a menopause clinic. Teams meetings from 8am to 6pm most days, no breaks.

A: MDD, moderate-severe, likely exacerbated by perimenopausal hormonal changes and chronic overwork. Beck's cognitive triad clearly present ("I'm failing, everyone sees it, it won't get better"). Client is high-functioning and highly self-critical.

P:
- CBT thought records, focusing on the "failing" schema.
- 10-minute MBSR body scan (Kabat-Zinn) at lunch, calendar-blocked.
- Discuss short-term disability leave option before Labour Day.
- Review in two weeks; safety plan in place, no SI.

Reflection: I recognise a lot of myself in her. Bringing that to supervision on Monday.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind11a"}
        for i, t, items in DOCS
    ]
