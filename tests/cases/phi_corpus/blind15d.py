"""Blind batch b15d, written by a helper session without sight of the guard. Forty documents on
child, adolescent, family and couples work across the US, UK (England, Scotland, Wales), Ireland,
Canada, Australia and New Zealand: play therapy and sandtray notes, parenting groups (Incredible
Years, COS-P, PCIT), school consultation and IEP/EHCP/NDIS work, custody, contact and access
disputes, neurodivergent children, teens online (Roblox, Discord, Snapchat group chats, Xbox,
sextortion) and blended/step families, written as case presentations, SOAP/DAP/BIRP notes,
process and group notes, supervision reflections, forum replies and closing takeaways. Twenty
carry identifiers: children's and parents' names and nicknames (including word-like names such as
Hunter, River, Tiny, Moose), pets, schools, sports clubs, churches, employers and a prison, towns
and suburbs, a street address, handles and gamer tags, an email, phones, an IP address, court,
CHI, NDIS, student and police file numbers, dates (including holidays with a year) and ages over
89. Twenty are clean but dense with look-alikes: cited authors and models (Landreth, Axline,
Papernow, Gottman, Greene, Webster-Stratton, Te Whare Tapa Wha, Fonofale), book titles,
instruments and scores, ICD and CPT/MBS codes, medications, school years and exams (GCSEs, SATs,
Leaving Cert, NCEA, NAPLAN, Grade 10), national services and hotlines, apps, games, TV
shows, sports teams and celebrities the kids talk about, and generic places.

First-sight figures, with the guard at 9bda23e: span recall 0.942, precision 0.861, identifier
documents fully caught 0.600, clean documents flagged 0.800 (the guard at 5d372b1, where this
session started: 0.931, 0.843, 0.500, 0.850).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b15d-001",
        """**Case consult: 6yo, selective mutism vs. adjustment? (CCPT)**

Hoping some of the play therapists here can weigh in. Mateo is 6, first grade at Hawthorne Elementary in Wauwatosa. Pediatrician referral after his teacher, Ms. Kowalczyk, reported he hasn't said a single word at school since the year started. At home he's a chatterbox per mom (Daniela) - he narrates his whole day to the family's bearded dragon, Noodle.

**Background**
- Parents separated last spring; dad moved into an apartment across town, alternating weekends plus Wednesday dinners.
- No speech/language concerns on the school SLP screen.
- Older cousin had a similar pattern and "grew out of it" around 8, which mom keeps bringing up.

**Sessions so far (8, child-centered, Landreth-style)**
Lots of burying in the sand tray - dinosaurs, a police car, once the whole family of figures. In session 6 he whispered "Noodle is hiding" while covering the T-rex, which honestly felt huge. He's started tracking my reflections and will nod or shake his head.

**Where I'm stuck**
1. Do I stay nondirective or start bringing in a stimulus-fading / sliding-in plan with the school? Kearney's book on selective mutism makes a good case for getting in early.
2. Mom wants to try one of those summer "brave" intensives. Reasonable at this age?
3. Insurance auth runs out March 31 and I need to justify a treatment plan update (F94.0 vs F43.22).

SCARED parent version came back elevated on social anxiety and separation. Any thoughts welcome.""",
        [
            ("Mateo", "name"),
            ("Hawthorne Elementary", "organisation"),
            ("Wauwatosa", "place"),
            ("Kowalczyk", "name"),
            ("Daniela", "name"),
            ("Noodle", "name"),
            ("March 31", "date"),
        ],
    ),
    (
        "b15d-002",
        """Process notes - session 11, Year 9 girl (14), referred via school nurse while on the CAMHS waiting list

She came in scrolling and kept the phone face-up on her knee for the first ten minutes. Tonight's crisis was the form group chat: someone screenshotted a Snapchat story of her crying at a sleepover and dropped it into the big chat with a skull emoji. She described 'everyone' reacting, then a second, smaller chat being made 'without me in it', which she found out about because a friend's BeReal showed the group at Nando's.

I noticed I wanted to rush to safety planning about the screenshots. Instead I stayed with the feeling of being on the outside of a chat - she said it's like 'being in the room but on mute'. We linked that to Year 7, when the friendship group split after the move to secondary.

She brought up Andrew Tate unprompted: boys in her maths set quote him and she's 'sick of it'. Also a long detour into Taylor Swift lyrics, which she uses the way other clients use journalling. She's picked her GCSE options (art, triple science, geography) and worries art is 'a waste'.

Risk: denies current self-harm; last cut was before October half-term. Gave Childline (0800 1111) and showed her Kooth again. RCADS repeated - social phobia subscale down slightly.

Formulation note to self: attachment lens (Bowlby), plus the peer group functioning almost as a second family system. Consider a joint session with mum around phone boundaries without it landing as punishment.

Plan: continue weekly; check in with the school's designated safeguarding lead about the screenshot, since it may meet threshold under the online-safety policy.""",
        [],
    ),
    (
        "b15d-003",
        """Looking for a steer from anyone who does access work that ends up in the District Court.

Dad (known to everyone as 'Deco', Declan on paper) and mum separated two years ago. Two kids: Cian (11) and Ella (7). Kids live with mum in Ballincollig; Deco has every second weekend plus Wednesday after hurling training. Cian plays U12 with Inniscarra and honestly the club is the one place both parents behave - they stand at opposite ends of the pitch.

The row now is about Christmas. Under the current order (Record No. 2022/0871) dad gets the day after Christmas, but he turned up at handover drunk on St Stephen's Day 2023, and mum has since been keeping the kids home. Cian is refusing to go; Ella wants to go 'to see Biscuit' (Deco's dog). Solicitors are involved, and I'm being asked for a letter.

I'm the kids' therapist, not an assessor, and I'm very conscious of role. I've said I won't give an opinion on access arrangements but can speak to how the children are presenting. Ella's play is full of two houses and a 'broken bridge' between them. Cian says little - mostly talks about Limerick hurling and the Junior Cert his cousin is doing.

Questions:
- Anyone got wording they use for a 'presentation only' letter?
- Would you suggest a section 32 voice-of-the-child report instead, so it isn't on me?
- Tusla isn't involved and I don't think threshold is met, but I've noted the drinking incident.

Working off Amato and Kelly on conflict exposure and the Children First guidance. Thanks all.""",
        [
            ("Deco", "name"),
            ("Declan", "name"),
            ("Cian", "name"),
            ("Ella", "name"),
            ("Ballincollig", "place"),
            ("Inniscarra", "organisation"),
            ("2022/0871", "id_number"),
            ("St Stephen's Day 2023", "date"),
            ("Biscuit", "name"),
        ],
    ),
    (
        "b15d-004",
        """+1 for Circle of Security. I run COS-P groups through a community health service in regional NSW and the 'shark music' idea lands with nearly every parent. Bluey's dad Bandit has become the group's unofficial 'hands on the circle' model, and the 'Sleepytime' episode reliably gets tears. For emotion coaching I add Tuning in to Kids. If a toddler looks like more than a stage, GP and paeds referral early, because the wait is 9-12 months. PANDA (1300 726 306) for struggling parents, and the Raising Children Network for everyone.""",
        [],
    ),
    (
        "b15d-005",
        """**Consult - 15yo, gaming and withdrawal, whanau worried**

Kia ora koutou. Wanting some thoughts on a rangatahi I'm seeing through a school-based contract.

Tama (Tamati on the roll) is 15, Year 11 at Tangaroa College in Ōtara. Mum and his nan are raising him and three younger siblings. He's basically stopped going to school since the July holidays. Nights are spent on Valorant and in a Discord server where he goes by **t4ma_nui**; he told me proudly he's 'Immortal 2' rank.

He was a front-rower for the Ōtara Scorpions until last season and had a real sense of belonging there. Coach (Sione) still messages him. He quit after a concussion and hasn't replaced that connection - gaming has.

Things I've noticed:
- Sleep has flipped: up till 4 or 5 am, sleeps through till mid-afternoon.
- Flat affect, but lights up talking about the Warriors and about his little sister Mereana.
- Nan is worried about 'the computer people' - she's heard about the online grooming cases on the news.

I've used Te Whare Tapa Whā as the frame for the whānau hui and it landed well; taha tinana (sleep, no sport) and taha whānau seem like the places to start rather than coming in hard on the gaming.

Question for the group: has anyone used SPARX with a kid who's mainly gaming-withdrawn rather than anxious? Also wondering about a referral to the local youth one-stop shop vs. keeping it in school. NCEA is slipping, and the dean has scheduled a hui for 12 March.""",
        [
            ("Tama", "name"),
            ("Tamati", "name"),
            ("Tangaroa College", "organisation"),
            ("Ōtara", "place"),
            ("t4ma_nui", "handle"),
            ("Ōtara Scorpions", "organisation"),
            ("Sione", "name"),
            ("Mereana", "name"),
            ("12 March", "date"),
        ],
    ),
    (
        "b15d-006",
        """Supervision question - blended family, couple work stalling

Couple in their early 40s, married three years, each with kids from first marriages: his two (13 and 10) live with them week-on/week-off; her daughter (16) is with them full time. They came in for EFT after a blow-up over the stepdaughter's curfew and we're now about 14 sessions in.

Cycle is textbook pursue/withdraw: she criticises his 'Disneyland dad' approach on his weeks, he goes quiet and retreats to the garage to watch the Leafs. Underneath, she feels like a single parent inside a marriage; he's terrified of losing his kids if he sets limits and they ask to stay at their mom's.

I've been leaning on Patricia Papernow's *Surviving and Thriving in Stepfamily Relationships* - especially the insider/outsider positions and the idea that the biological parent needs to remain the primary disciplinarian early on. Also pulled in Gottman's softened start-up when we do enactments.

What's sticking: every time we get close to a Stage 2 softening, one of the kids triggers a crisis. Last month it was the 13-year-old posting a TikTok mocking his stepsister; before that, the 16-year-old's Grade 11 report card and a fight about whether she can work at a coffee shop over March Break.

Am I missing a family-level intervention? Part of me thinks I should refer the teen to someone separate (she's had some panic symptoms - GAD-7 was 14 at her family doctor's) and possibly do a few stepfamily sessions with a second clinician. Would value thoughts from anyone who does Sue Johnson-style couple work alongside family work. OHIP won't cover any of this, so they're paying out of pocket via his benefits plan and are price-sensitive.""",
        [],
    ),
    (
        "b15d-007",
        """**IEP prep - need a sanity check before Thursday**

Client: Brayden, 9 ("Bray" at home), 3rd grade at Brushy Creek Elementary (Round Rock ISD). ADHD-combined dx'd at 7, on Focalin XR 10 mg. Mom forwarded me the draft behavior plan and it's... a lot of loss-of-recess.

The annual review is 10/17. Mom (Ashley) asked if I'd attend by phone, and the case manager emailed me directly from akowalski.rrisd@gmail.com, which I flagged - not comfortable sending anything to a personal Gmail, so I asked for the district address instead.

What I want to push for, based on my sessions and the Vanderbilt data:
- Replace recess removal with a check-in/check-out system (CICO) with his favorite aide, Mr. Delgado.
- Movement breaks written into the BIP rather than 'as needed'.
- An FBA that actually looks at antecedents - the incidents are almost all during independent writing blocks.

Also, his student ID (S0418822) is on every page of the draft they sent and mom forwarded the whole packet to her ex's new wife. Not my circus, but I did talk to mom about sharing.

Anyone had luck getting districts to drop 'loses recess' for kids with ADHD? I've got Barkley's work and the CDC behavior therapy guidance ready to cite.""",
        [
            ("Brayden", "name"),
            ("Bray", "name"),
            ("Brushy Creek Elementary", "organisation"),
            ("Round Rock ISD", "organisation"),
            ("10/17", "date"),
            ("Ashley", "name"),
            ("akowalski.rrisd@gmail.com", "email"),
            ("Delgado", "name"),
            ("S0418822", "id_number"),
        ],
    ),
    (
        "b15d-008",
        """Follow-up from my post last month re: the supervised contact case.

Quick recap: two children, Tyler (8) and Lacey-Mae (5), living with mum in Brierley Hill. Dad has supervised contact under a child arrangements order (case no. BM23P00571) - two hours fortnightly at a contact centre. Cafcass did the section 7 report last year.

Update: contact on Saturday 9th March went badly. Dad brought his new partner, Kayleigh, even though the order says no third parties, and Tyler shut down completely. Lacey-Mae spent the whole time asking when they could see Rolo (the dog that stayed with dad after the split). Afterwards Tyler told me in session, 'I just want it to be normal like going to the Wolves match with him.'

I've kept going with the sand tray work and a bit of Theraplay with mum. Tyler's SDQ from his teacher at Withymoor Primary has gone up (total 22, emotional subscale high). Mum now wants me to write to the court saying contact should stop.

I'm really torn. I don't think it's my role to recommend, but I do think the children's voice needs to get to the Guardian. Has anyone written directly to a Cafcass FCA in this situation, or is that always via the parties' solicitors? I've been re-reading the PD12J guidance but this isn't a domestic abuse case as such, more chaotic boundaries.""",
        [
            ("Tyler", "name"),
            ("Lacey-Mae", "name"),
            ("Brierley Hill", "place"),
            ("BM23P00571", "id_number"),
            ("Saturday 9th March", "date"),
            ("Kayleigh", "name"),
            ("Rolo", "name"),
            ("Withymoor Primary", "organisation"),
        ],
    ),
    (
        "b15d-009",
        """**Takeaways - closing work with a TY student, late autism diagnosis**

Closing this case after about eight months, so writing up what I learned for my own reference and for anyone else doing this work.

Context: 16-year-old girl, Transition Year, diagnosed autistic (ADOS-2 plus developmental history) at 15 after years of being labelled 'anxious' and 'a bit dramatic'. Long wait for public assessment through CAMHS so the family went private. Referred to me for post-diagnostic support and school stress.

1. **Masking is exhausting and invisible.** She described coming home from school and lying on the bedroom floor with the lights off for two hours. We worked on 'energy accounting' (Maja Toudal's model) rather than generic CBT coping plans.
2. **Special interests are the way in.** Hers: Heartstopper, Studio Ghibli, and a frankly encyclopaedic knowledge of the Eras tour setlist. Using Taylor Swift lyrics to map feelings worked better than any feelings wheel.
3. **School consultation mattered more than sessions.** Getting a quiet space at lunch and a card to leave class made a bigger difference than anything I did in the room. The year head was great once we shared the AsIAm resources.
4. **Leaving Cert anxiety arrives early.** She's already catastrophising about fifth year. We made a plan to apply for RACE (reasonable accommodations at the state exams) well ahead.
5. **Parents need their own space.** Mum cried in a review session saying she'd 'missed it for years'. Pointed her to a parent support group and to Spunout for the daughter.

How we actually worked: fortnightly sessions, mostly walk-and-talk in the first months because eye contact across a room felt like an interrogation to her. Later we moved indoors and she'd bring her sketchbook. We used the RCADS at intake and at the end (total anxiety T-score down from the clinical range to borderline) and a simple weekly 0-10 'battery' rating that she preferred to any questionnaire. Derry Girls and Normal People came up a lot - she was fascinated by how the characters 'know what to say', which became a way to talk about social scripts without it feeling like a lesson. She also loved Stardew Valley ('a life where nothing unexpected happens').

Her younger brother mattered more than I expected: loud, sporty, mad about Leinster rugby, and the house runs around his matches. One family session about noise and weekends did more than three individual sessions.

Things I'd do differently: bring in an OT earlier for a sensory profile, and be more explicit about neurodiversity-affirming language from session one.""",
        [],
    ),
    (
        "b15d-010",
        """**Blended family - stepmum feeling shut out (DAP excerpt + question)**

D: Session 5 with Renee (stepmum, 38) and Josh (dad, 41). Josh's kids from his first marriage, Kayden (12) and Ruby (9), are with them Thursday to Monday on alternate weeks; they also have a 2yo together. Renee reports Kayden won't speak to her at all since the move from Elizabeth to Mawson Lakes over the summer holidays - he had to change schools and blames her. Ruby is warmer but calls her 'Josh's girlfriend' on purpose.

Trigger this week: Kayden's Instagram (@kayden.k_12) posted 'new house, same prison' with a photo of his room. Renee saw it; Josh hadn't.

A: Classic insider/outsider split (Papernow). Josh is loyal to the kids and avoids conflict; Renee is doing most of the parenting work with none of the authority. Ruby's digs at Renee sit on top of grief about her mum's new partner.

P: Coaching Josh to take the lead on discipline; Renee to focus on one-on-one connection time with Ruby (she loves netball - Renee offered to drive her to the Salisbury Netball Association games on Saturdays). Suggested Josh talk to Kayden about the post privately, not as punishment. Review 21 March.

Q for the group: anyone had success getting a 12yo boy to engage at all with a stepmum within the first year? Or is the advice really 'wait two to four years'?""",
        [
            ("Renee", "name"),
            ("Josh", "name"),
            ("Kayden", "name"),
            ("Ruby", "name"),
            ("Elizabeth", "place"),
            ("Mawson Lakes", "place"),
            ("@kayden.k_12", "handle"),
            ("Salisbury Netball Association", "organisation"),
            ("21 March", "date"),
        ],
    ),
    (
        "b15d-011",
        """Group notes - Incredible Years parent programme, week 6 of 14 (praise and rewards)

Attendance: 9 of 11 caregivers (two apologies - one sick child, one shift work). Two nans, one koro, the rest parents. Kai was provided by the centre; we opened with a karakia as usual.

Content: Reviewed home activities from 'special time'. Most families managed at least three sessions of child-directed play. One dad said he'd done Lego every night and his 4-year-old 'actually looked at me like I was cool'. A mum talked about her boy wanting to play All Blacks vs Wallabies in the lounge and how hard it was not to take over.

Praise segment: role plays on labelled praise. Group struggled with praising 'ordinary' behaviour ('why would I praise him for just eating his tea?'). Used the Webster-Stratton 'piggy bank' metaphor - deposits before withdrawals - which landed. The koro connected it to how his own grandmother raised him, which led to a lovely kōrero about tikanga and discipline across generations.

Sticker charts: several whānau use Bluey or Paw Patrol stickers. One mum on a tight budget asked about non-material rewards; the group brainstormed (choose the dinner, extra story, going to the beach with dad).

Concerns: one parent disclosed high stress and possible low mood; spoke with her at the break, completed a brief screen, gave 1737 and PlunketLine, and she agreed to see her GP this week. Will check in next session.

Facilitator reflection: the group is cohesive now. Need to keep the Māori and Pasifika families' ways of knowing at the centre, not just tick the cultural box. Next week: limit setting and 'when-then'.""",
        [],
    ),
    (
        "b15d-012",
        """SOAP - child play therapy, session 9

S: River (8) brought in by grandmother, Lorraine, who has had custody since March. Grandmother reports River has been asking whether Great-Grandma Marguerite, now 93, is "going to die next" since the funeral on June 22. Bedwetting 2-3x/week. Teacher at École Champlain reports he is withdrawn at recess but still loves hockey and his Dieppe Commandos U9 team.

O: Engaged quickly. Set up the dollhouse with a 'hospital room' and had the grandmother doll sit beside the bed "for a long time." Repeatedly buried the small dog figure in the sand tray and dug it up - tied to their dog Moose, who was left behind when River moved from Shediac. Affect constricted but tolerated my reflections. No statements of self-harm.

A: Grief play themes consistent with traumatic loss (mother's overdose) and anticipatory anxiety about other attachment figures. Presentation consistent with F43.8 adjustment/grief; monitoring for PTSD symptoms (CATS caregiver report pending).

P: Continue weekly CCPT with a filial component - Lorraine to begin special playtimes at home (Guerney/VanFleet model). Send the CATS to the school with consent. Offer Lorraine a grandparents-raising-grandchildren support group. Next session July 18.""",
        [
            ("River", "name"),
            ("Lorraine", "name"),
            ("Marguerite", "name"),
            ("93", "age"),
            ("June 22", "date"),
            ("École Champlain", "organisation"),
            ("Dieppe Commandos", "organisation"),
            ("Moose", "name"),
            ("Shediac", "place"),
            ("July 18", "date"),
        ],
    ),
    (
        "b15d-013",
        """Reply to: "Couple keeps fighting about their 16yo's phone - where do I even start?"

Been there. My two cents after a lot of these:

The phone is almost never the issue. In my couples (mostly Gottman-trained, some EFT), the fight about the teen's iPhone or the Xbox is usually a proxy for a perpetual problem about control vs. trust, or about whose family-of-origin rules win. I'll often name it directly: "It sounds like this isn't really about Snapchat, it's about whether you two feel like a team."

A few practical things:
- Do a Gottman 'dreams within conflict' exercise on the phone issue specifically. Surprisingly powerful when one parent grew up with zero rules and the other with a dad who read their mail.
- Get them to co-write a family media plan (the AAP has a free template) before they bring it to the kid.
- If the teen is junior-year stressed (SAT, AP exams, college apps), the fights spike. Plan for it.
- Screen for whether either parent is using the kid as an ally. Triangulation a la Bowen shows up constantly here.

Kid-side stuff that parents often miss: if it's Fortnite or Minecraft, ask what the kid gets from it (friends, mastery, escape). If it's TikTok/Instagram, ask about comparison and sleep. Half my teens are up at 2 am watching Travis Kelce and Taylor Swift clips and MrBeast videos, not doing anything sinister.

Good reads for the parents: *Hold Me Tight* for the couple, *The Anxious Generation* (Haidt) if they want the alarm version, and Lisa Damour's *Untangled* for parents of girls. Also keep 988 in your back pocket; teen-phone fights occasionally surface real risk.""",
        [],
    ),
    (
        "b15d-014",
        """SOAP note - Session 4 (family session, Year 5 boy with ADHD, query PDA profile)

S: Mum reports a 'better fortnight'. Two fixed-term exclusions last term; none since the new SENCo started a movement-break timetable. Boy (10) told me his 'best day ever' was swapping Pokémon cards at break and that he's 'the Bukayo Saka of Year 5' at football. Dad says homework is still 'World War Three' most nights, especially maths ahead of the SATs in May. Sleep improved with the melatonin the paediatrician started (2 mg).

O: Presented restless, in and out of his chair, but engaged with drawing his Minecraft base. Demand avoidance evident when asked to do the feelings thermometer - reframed as 'rate how creeper-ish your day was', which worked. Parents aligned on the sofa for most of the session; mum took over twice when dad tried to set a limit.

A: Progress in school setting. Home remains the pressure point. Presentation still fits ADHD (F90.2) with strong demand-avoidant features; not formally assessing PDA but using low-demand, collaborative approaches regardless. EHCP application in progress via the school; needs assessment agreed by the local authority.

P:
- Introduce Ross Greene's Plan B (Collaborative & Proactive Solutions) for homework - parents to read chapters 5-6 of *The Explosive Child*.
- Dad to lead one 'special time' a day, 10 min, no Fortnite.
- Signpost to the ADHD Foundation and the PDA Society; Young Minds parents' helpline if things escalate.
- Next session in two weeks; parent-only.""",
        [],
    ),
    (
        "b15d-015",
        """Hoping for some wisdom on a school refusal case that's got an online piece to it.

Aoife is 14, second year in Coláiste Naomh Eoin in Tullamore. Hasn't been in since the 3rd of October. It started after a Snapchat group chat ('2nd yr girls 💅') turned on her - someone made a fake account, @aoife_is_a_loser, and posted edited pics. Her best friend Saoirse was in the chat and didn't defend her, which hurt more than the account itself.

She still goes to camogie training with St Rynagh's (the one place she says she 'feels normal') and is a massive Gracie Abrams fan - we spent half of last session on the Secret of Us tour.

School has been decent. Her year head, Ms Flanagan, rang mum and offered a reduced timetable. Mum's asked me to be the point of contact, and she's given the school my number and hers (087 412 6690) - I've said I'll only share what Aoife agrees to.

What I'm doing: graded return using a CBT/exposure frame (Kearney's functions model - here it's mostly escape from aversive social evaluation), plus some DBT-A distress tolerance. The fake account has been reported through the in-app tools and to Coimisiún na Meán; school has its anti-bullying procedure going.

Question: for those who've done this, did you push for a return before the Christmas break, or let her reset in January? Worried about the Junior Cycle classroom-based assessments she's missing.""",
        [
            ("Aoife", "name"),
            ("Coláiste Naomh Eoin", "organisation"),
            ("Tullamore", "place"),
            ("3rd of October", "date"),
            ("@aoife_is_a_loser", "handle"),
            ("Saoirse", "name"),
            ("St Rynagh's", "organisation"),
            ("Flanagan", "name"),
            ("087 412 6690", "phone"),
        ],
    ),
    (
        "b15d-016",
        """Consultation - possible online grooming via Roblox/Discord, 11yo

Need a gut check on next steps. Jaxon, 11, 6th grade at Fruitvale Junior High in Bakersfield. Parents brought him in after finding Discord DMs from an 'older teen' who'd been gifting him Robux and asking for pics.

Details I have:
- Jaxon's Roblox username is jaxonplayz2014; the other account goes by xX_NightRaven_Xx on Discord and 'Raven' in-game.
- Contact started around June 17, escalated in late July with requests to move to Snapchat.
- Dad screenshotted everything; he also grabbed an IP address (104.28.91.17) from a server log a friend helped him pull, which I've told them to give to police, not to chase themselves.

Where we are: they've made a report to the CyberTipline (NCMEC) and to local PD. Jaxon is mortified, thinks he's 'in trouble,' and keeps saying the other kid 'was actually nice.' He's sleeping in his parents' room.

My questions:
1. Trauma-focused work now (TF-CBT psychoeducation and body safety skills), or hold off until any forensic interview happens so I don't contaminate it?
2. How do folks handle parents who want to take every device away forever? I'm worried it reads to him as punishment and makes disclosure less likely next time.

For context, he's a sweet, pretty literal kid - possible ASD, never assessed. Loves Minecraft and Doors, plays on a rec basketball team.""",
        [
            ("Jaxon", "name"),
            ("Fruitvale Junior High", "organisation"),
            ("Bakersfield", "place"),
            ("jaxonplayz2014", "handle"),
            ("xX_NightRaven_Xx", "handle"),
            ("Raven", "handle"),
            ("June 17", "date"),
            ("104.28.91.17", "ip"),
        ],
    ),
    (
        "b15d-017",
        """Supervision reflection - noticing my pull toward one parent

Writing this up before supervision on Thursday because I want to be honest about it.

I'm seeing a 10-year-old girl for anxiety in the context of parenting proceedings in the Federal Circuit and Family Court. There's an Independent Children's Lawyer, and a family report writer did interviews last term. I'm not an expert witness and I've been clear about that with both parents.

What I've noticed: after each session I feel warm toward mum and irritated with dad. Mum is articulate, psychologically minded, reads Dan Siegel. Dad is blunt, a tradie, turns up in hi-vis, talks about the Broncos and State of Origin with his daughter and not much else. When he said 'she just needs to toughen up' I felt myself go cold.

But the girl herself lights up when she talks about dad - footy on the telly, fishing, him doing the Matildas 'Til It's Done' chant with her. Her drawings of dad's place are full of colour; mum's place is neat and empty. I think I've been reading his bluntness as danger when it's mostly class and style, and that's on me.

Things to take to supervision:
- Countertransference: my own dad, honestly.
- Am I holding the 'good parent/bad parent' split the family system is offering? (Minuchin would have a field day.)
- How do I keep the child's experience central, given the court process makes everyone perform?

Self-care note: I've had three custody-adjacent cases this year and I'm tired. Booked an extra supervision session - paying for it myself, worth every cent.""",
        [],
    ),
    (
        "b15d-018",
        """Couples session notes (session 3) - for peer group feedback

Clients: Hemi and Jess, together 9 years, two kids - Nikau (7) and a daughter, 4. Live in Tawa; Hemi drives for Mainfreight, Jess is back part-time in the Kenepuru Hospital pharmacy since the youngest started kindy.

Presenting issue: escalating fights about parenting, mostly Nikau's behaviour at school (Year 3 at Redwood School - teacher says he's 'lovely but can't sit still'). Jess wants an ADHD assessment; Hemi feels it's 'labelling a boy for being a boy' and that his own dad would've just given him a hiding, which Hemi says he'd never do.

Session: Mapped the cycle. Jess pursues with information (articles, the teacher's emails), Hemi defends then shuts down. When I slowed it down, Hemi talked about being stood down at intermediate and nobody asking why. Jess softened noticeably. Used some of Sue Johnson's 'catch the bullet' moves.

Homework: a 20-minute stress-reducing conversation (Gottman) three times this week; no ADHD talk during it. Jess emailed me afterwards from jess.tawhiri84@xtra.co.nz asking for the article list - I'll reply with generic resources only.

Next: 2 April. Thinking about inviting Hemi's mum into one session, as she's doing a lot of the after-school care and sides with her son.

Feedback wanted on: whether to bring in the kids' perspective at all at this stage, or keep it couple-focused.""",
        [
            ("Hemi", "name"),
            ("Jess", "name"),
            ("Nikau", "name"),
            ("Tawa", "place"),
            ("Mainfreight", "organisation"),
            ("Kenepuru Hospital", "organisation"),
            ("Redwood School", "organisation"),
            ("jess.tawhiri84@xtra.co.nz", "email"),
            ("2 April", "date"),
        ],
    ),
    (
        "b15d-019",
        """Re: "Grade 3 autistic kid, meltdowns after school - what's actually helping your families?"

Hi all, child and family therapist in Ontario here. The after-school 'restraint collapse' thing is so common and parents often blame themselves for it.

What I've seen help:
- **Decompression before demands.** Snack, dim lights, Minecraft or Pokémon for 30 minutes, no questions about the day. Parents resist this until they see it work.
- **Zones of Regulation** at home only if the school is already using it, so the language is consistent. Otherwise I keep it simple.
- **Collaborative & Proactive Solutions** (Ross Greene) for the recurring stuck points like homework and bedtime.
- **Reading for parents:** *Uniquely Human* by Barry Prizant is still my first recommendation. *The Reason I Jump* helps some parents understand the inside experience.

On the school side, if there's no IEP yet, I coach parents to request an IPRC in writing and to ask for an OT consult. If they're on the Ontario Autism Program waitlist (most are), I remind them that core clinical services funding can be used for OT or speech, and that their family doctor can refer to a developmental paediatrician in the meantime.

A lot of the kids I see talk about the same YouTubers - Dream, Aphmau, Ryan's World for the younger ones - and honestly learning the lore has been one of my best engagement tools.

And for the parents themselves: Kids Help Phone (1-800-668-6868) is there for the kids, but parents need their own support too. Many of them are neurodivergent and only now getting identified.""",
        [],
    ),
    (
        "b15d-020",
        """DAP Note - PCIT, CDI coaching session 5 (CPT 90847)

D: Mother and 4-year-old son attended. Coded 5-minute DPICS observation at start: 8 labeled praises, 6 reflections, 5 behavior descriptions, 4 questions, 3 commands, 1 criticism. Mastery criteria not yet met (need 10/10/10, 3 or fewer combined QCN). Child chose Duplo and Paw Patrol figures; mother described him chasing the family's new puppy "like Chase from the show." During coaching, mother's labeled praise increased to 14 by the end of the session. Child had one brief tantrum when a tower fell; mother used strategic ignoring with coaching and he recovered in under a minute.

Mother reports ECBI Intensity down from 168 at intake to 141. Still struggles at bedtime - reports he watches Cocomelon and Bluey on the tablet until he falls asleep. Discussed a wind-down routine without screens for the last 30 minutes and a visual schedule.

A: Steady progress in CDI skills; mother is warmer and less directive. Behavior concerns remain clinically significant but improving. Dx continues: F91.3 Oppositional defiant disorder, mild. Mother's own stress (PSI-4-SF total at the 85th percentile) is a factor; she is open to her own referral.

P: Continue CDI with daily 5-minute special time homework. Re-code next week; move to PDI once mastery met. Provide referral list for adult therapy and the Postpartum Support International helpline, as she mentioned low mood since her second baby. Next appointment in one week.""",
        [],
    ),
    (
        "b15d-021",
        """**Case summary for peer consultation - P6 boy, Children's Hearing pending**

Kenzie (McKenzie Dunlop), 10, P6 at St Ninian's Primary in Kirkcaldy. Lives with mum and her partner, Gav; dad is in HMP Perth. Referred by the school's family support worker after Kenzie disclosed that Gav 'skelps' him. Social work involved, IRD held, and it's gone to the Reporter. Hearing set for the 12th of August.

**Background**
Mum had Kenzie young and has been with her partner about three years. There's a half-brother (2) in the house, whom Kenzie adores and is very protective of. Dad has been in and out of custody since Kenzie was a toddler; contact is phone calls and the odd prison visit with his gran. School describe him as 'a great wee laddie' who has started falling asleep in class and hoarding food from the breakfast club. His attendance is still good - school is clearly a safe base.

**Assessment so far**
SDQ (teacher) total 21, conduct and emotional subscales both raised. Parent SDQ notably lower, which fits mum minimising. On the CATS he endorses a fair number of items but says they're 'normal' - the bedtime shouting, lying awake listening. I'm holding the formulation loosely: developmental trauma, loyalty binds to both mum and the partner, and a lot of caring for the wee one.

**Work so far**
I've seen him six times using a mix of play and Theraplay-informed activities. He's funny and bright, supports Raith Rovers with huge loyalty, and talks a lot about his gran's wee dog, Tiny. He's careful not to say anything bad about Gav in session, though he'll line up the toy soldiers and have 'the big one' knock the wee ones over.

Mum is ambivalent - she's asked me twice whether I 'have to' write anything. I've been clear about my duties under GIRFEC and the national child protection guidance.

Practical bit: the referral form came with his CHI (1203139874) written out in full and his home address, 27 Balsusney Road. I've moved it to the secure folder but it makes me think about how much info gets flung around.

Looking for:
- Experience of giving evidence or writing reports for a Hearing as a therapist rather than the lead professional.
- Ideas for keeping therapy a safe space if the outcome is a CSO with him staying at home.
- Whether anyone has found a way to include mum in sessions without the partner finding out what's said and it coming back on Kenzie. Wondering about DDP-informed (Dan Hughes) parent sessions, but safety comes first.""",
        [
            ("Kenzie", "name"),
            ("McKenzie Dunlop", "name"),
            ("St Ninian's Primary", "organisation"),
            ("Kirkcaldy", "place"),
            ("Gav", "name"),
            ("HMP Perth", "organisation"),
            ("12th of August", "date"),
            ("Tiny", "name"),
            ("1203139874", "id_number"),
            ("27 Balsusney Road", "place"),
        ],
    ),
    (
        "b15d-022",
        """Reply to the new-parents thread

I do a fair bit of this work in private practice and a couple of evenings with a family resource centre, so a few thoughts from the Irish side of things.

The 'baby bomb' is real. Gottman's Bringing Baby Home research (two-thirds of couples reporting a drop in relationship satisfaction in the first three years) is the single most validating stat I share. Couples visibly relax when they hear it's normal.

What I tend to do:
- One session on division of labour using the Fair Play cards (Eve Rodsky). Irish dads in particular often genuinely don't see the mental load until it's laid out on a table.
- Screen both parents for perinatal mood. The EPDS works for dads too, with a lower cut-off. HSE perinatal mental health services are patchy but worth asking the public health nurse about.
- Normalise the in-law piece. Grandparents are doing a huge amount of childcare here and that brings a lot of 'in my day' advice.

A bit of humour helps: one couple only started talking again after a row about whether the baby was old enough for the Late Late Toy Show. Another bonded over the All-Ireland final with the baby asleep on dad's chest - sport is sometimes the only shared language left at 3 am.

Resources I give out: Parentline (01 873 3500), the Barnardos parenting supports, and Relationships Ireland if they want couples work and I'm full. For the more anxious first-time mums, Cuidiú groups double as peer support.""",
        [],
    ),
    (
        "b15d-023",
        """Consult request - 9yo autistic boy, NDIS review coming, school wants a reduced timetable

Background: Rhys, 9, Year 4 at Woodridge State School, lives with mum (Tash) and nan in Kingston. Level 2 ASD + ADHD. Non-speaking at school when dysregulated, fully verbal at home. Obsessed with Lego, trains, and his pet cockatoo Kevin, who apparently says 'Rhys, stop it' in mum's voice.

He runs a YouTube channel with mum's help - @bricksbyrhys - showing his Lego builds. Lovely for his confidence, but I've raised with Tash that the videos show his school jumper and the street sign outside.

School issues: three incidents this term of running from class; the school is proposing a partial attendance plan. Mum has a meeting with the deputy principal on Thursday 14 March and has asked me to help her prepare.

NDIS: plan review due; participant number is 431 998 207 and the LAC has asked for a therapy report by end of month. I'm providing fortnightly play-based therapy under capacity building.

Questions:
1. Anyone have a template for a functional report that speaks to school-based supports without overstepping into education's lane?
2. How do you respond when schools push reduced timetables? I'm aware of the Queensland Department of Education guidance, but practice varies wildly.
3. Ideas for working with nan, who thinks he 'just needs a smack'?""",
        [
            ("Rhys", "name"),
            ("Woodridge State School", "organisation"),
            ("Tash", "name"),
            ("Kingston", "place"),
            ("Kevin", "name"),
            ("@bricksbyrhys", "handle"),
            ("Thursday 14 March", "date"),
            ("431 998 207", "id_number"),
        ],
    ),
    (
        "b15d-024",
        """Process notes - session 7, Year 12 boy (16), school counselling

He arrived late from a study period, hood up, vape visible in his pocket. Opened with NCEA: he's short on Level 2 credits and convinced he'll 'end up on the tools' like his uncle, said with a mix of contempt and longing.

Most of the session was about a Snapchat situation. His group chat has a running 'ratings' thing about girls in their year and he's been added to it. He knows it's gross; he's also scared of being left out. We talked about what the group gives him - belonging, banter, not being the quiet one - and whether there's a way to get that without the cost. He mentioned a mate who left the chat and 'nobody actually cared', which surprised him.

Other themes: he's been watching a lot of Joe Rogan clips and gym influencers, and is training twice a day. Talked about the Black Caps and the Warriors, which relaxed him. He says Shortland Street is 'my mum's thing' but he watches it with her, one of the few calm times at home.

Used a Te Whare Tapa Whā check-in: taha tinana high (gym), taha hinengaro low, taha whānau 'mid', taha wairua 'what's that'. Good laugh there.

Risk: no SI, no self-harm. Vaping daily - gave Vaping Facts and Quitline info without lecturing.

Plan: next week look at values (ACT matrix), check on credits with the dean with his permission, keep the door open on the group chat.""",
        [],
    ),
    (
        "b15d-025",
        """Parenting coordination consult - post-separation family, two households

I'm the PC on a high-conflict file and would value input. Parents separated in 2021. Kids: Olivia (12) and Ethan (9), Grade 7 and Grade 4 at Glen Cairn Public School. Mom stayed in Kanata; dad bought in Barrhaven, which makes the exchange drive 35 minutes each way.

The current Final Order (court file FC-21-00987) has a 2-2-3 schedule. Olivia has started refusing dad's days, saying his new partner reads her texts. Ethan is fine going but cries at every exchange. He plays for the Kanata Blazers and both parents show up to games, which is its own problem.

Latest flashpoint: Thanksgiving Monday 2023. Dad kept the kids an extra night claiming the order was ambiguous; mom called police for a wellness check. Both have now sent me 40-page email threads.

Mom's lawyer is pushing for a s.30 assessment (CLRA). Dad wants reunification therapy for Olivia. I'm wary of labelling this 'alienation' when Olivia's reasons sound pretty specific and developmentally normal for a 12-year-old wanting privacy.

What I've heard from the kids (with both parents' consent to a brief check-in): Olivia wants a say in her schedule and a lock on her door at dad's. Ethan mostly wants the fighting at the rink to stop; he said, 'I just want them to sit on the same side like normal parents.' Neither child described anything that sounds like fear of dad, and both talk warmly about the dog at his place and the basement setup where they play Mario Kart and NHL 24.

My working view: this is closer to Joan Kelly's 'justified estrangement lite' or simple developmentally appropriate resistance than to anything pathological, layered on top of two parents who both have legitimate grievances about the other. The AFCC guidelines for parenting coordination are clear I can't make custody decisions, only work within the order, so I keep coming back to what's actually in my lane: communication protocols, exchange logistics, and holiday clarity.

I've been using OurFamilyWizard's ToneMeter and a structured agenda for joint meetings. Questions: when do you recommend voice-of-the-child reports vs. therapy for the child? And has anyone had luck with a 'parallel parenting' plan with kids who have strong views?""",
        [
            ("Olivia", "name"),
            ("Ethan", "name"),
            ("Glen Cairn Public School", "organisation"),
            ("Kanata", "place"),
            ("Barrhaven", "place"),
            ("FC-21-00987", "id_number"),
            ("Kanata Blazers", "organisation"),
            ("Thanksgiving Monday 2023", "date"),
        ],
    ),
    (
        "b15d-026",
        """Family therapy follow-up - blended family, week 10

Quick update for my consult group since a few of you asked about this one.

Recap: Stepdad Travis (works swing shift at the Whirlpool plant) and mom Brandi married last year. Her two: Hunter (15) and Kinsley (11). His son Colt (13) is with them every other week and summers. They live out past Broken Arrow and attend Asbury UMC, where the pastor has been 'counseling' them separately, which has muddied the water.

Big event since last update: Hunter and Colt got into a physical fight on Christmas Eve 2023 over a PS5 controller (really over Hunter feeling Colt gets special treatment). Travis grabbed Hunter by the arm to separate them, Hunter posted about it on Insta, and his biological dad saw it and called DHS. Investigation closed as unsubstantiated, but trust has tanked.

What I did:
- Individual session with Hunter. He's angry, but mostly grieving - his dad is inconsistent and he feels replaced. Brought in some narrative externalizing ("the Outsider").
- Family session using a genogram, which helped Kinsley say she actually likes Colt and feels stuck in the middle.
- Coached Travis out of the disciplinarian role for now (Papernow again).

Still unsure: Brandi wants the custody schedule changed so the boys overlap less. I'm worried that becomes the 'solution' and reinforces the split. Thoughts?""",
        [
            ("Travis", "name"),
            ("Whirlpool", "organisation"),
            ("Brandi", "name"),
            ("Hunter", "name"),
            ("Kinsley", "name"),
            ("Colt", "name"),
            ("Broken Arrow", "place"),
            ("Asbury UMC", "organisation"),
            ("Christmas Eve 2023", "date"),
        ],
    ),
    (
        "b15d-027",
        """Group notes - parent group for autistic girls (11-16), session 4 of 6

Seven parents attended (six mums, one dad). Theme: masking and school.

Opened with the 'fizzy bottle' image often attributed to Tony Attwood - the calm girl at school who 'explodes' at home. Every parent recognised it. One mum described her Year 8 daughter holding it together through a whole day of options evening talks, then screaming in the car park. Another said her daughter only relaxes watching Strictly and rewatching Heartstopper.

Key discussion points:
- **Friendships and group chats.** Several girls are on WhatsApp and Snapchat groups that move too fast for them to follow. One parent found her daughter scripting replies in the Notes app. We talked about the double empathy problem (Damian Milton) rather than framing it as a deficit.
- **Special interests.** K-pop (BTS, Stray Kids), horses, Warrior Cats, Harry Styles. Parents shared how they've used these to connect rather than police.
- **School.** Mixed experiences with SENCos. Two families have EHCPs; one is at tribunal. The dad shared how the PDA Society resources helped him and his wife stop fighting about 'consequences'.
- **Parents' own neurodivergence.** Three parents said they've started wondering about themselves since their daughter's diagnosis. We signposted the National Autistic Society and the Cygnet programme.

Reflection: the group is bonding well. Need to manage one mum who dominates with advice; will use a round next time. Next week: puberty, periods and sensory issues.""",
        [],
    ),
    (
        "b15d-028",
        """Quick supervision note (sharing for feedback): Oisín, 7, has been coming since his Nana Bridie died in February - she was 94 and lived with them in Carrigaline, and collected him from Scoil Mhuire Carrigaline every day. In the sand the same old woman with a shawl gets buried and dug up, every week. Last session he asked if Bruno, the family spaniel, would die next 'because he's old too'. Sister Ciara (13) won't talk about it at all; mum, Niamh, worries she's grieving in silence. Staying with CCPT plus Worden's tasks adapted for kids. My own gran died at that age, so this one is touching something - bringing it to supervision Friday the 14th.""",
        [
            ("Oisín", "name"),
            ("Bridie", "name"),
            ("94", "age"),
            ("Carrigaline", "place"),
            ("Scoil Mhuire Carrigaline", "organisation"),
            ("Niamh", "name"),
            ("Bruno", "name"),
            ("Ciara", "name"),
            ("Friday the 14th", "date"),
        ],
    ),
    (
        "b15d-029",
        """Reply - couples and step-parenting under Better Access?

Just to clarify for newer folks: Better Access (MBS items like 80110 for clinical psychs) is for an individual with a diagnosable condition and a mental health treatment plan from their GP. You can include a partner in a session if it's for the benefit of the referred person's treatment, but it isn't a couples therapy rebate. A lot of couples I see pay privately or go through Relationships Australia on a sliding scale.

On the step-parenting piece specifically, what's helped in my practice:
- Papernow's five challenges, laid out on a whiteboard. Couples love seeing their fight is 'challenge 2' rather than a personal failure.
- Gottman's Art and Science of Love material for the friendship system, adapted to session.
- Asking about Sunday night handovers. The worst fights cluster around the kids coming back from the other house, so we plan for that.

Pop culture has been weirdly useful. One couple referenced Married at First Sight constantly as their model of 'what not to do', and a stepdad described himself as 'the Bunnings sausage sizzle dad - useful but nobody's favourite'. We worked with that for weeks.

On the kids' side: footy tipping comps, the AFL Grand Final, Taylor Swift tickets, The Block - whatever the shared thing is, I encourage step-parents to find one low-stakes connection that isn't about rules.

If there's any DV in the picture I slow right down: 1800RESPECT, risk screening, and no conjoint sessions until it's clearly safe.""",
        [],
    ),
    (
        "b15d-030",
        """**Case consult - 13yo, Instagram and church conflict**

Mālō e lelei all. Seeking some cultural and clinical input.

Client: 'Lani' (Leilani Lolohea), 13, Year 9 at Aorere College, lives in Māngere East with parents, four siblings and her grandmother. The family are very involved at the Ōtāhuhu Tongan Methodist church - dad is a steward there.

Presenting: Dad found out she has a second 'finsta' account (@lani.vibez.x) where she posts TikTok dances and selfies. He took her phone and she hasn't spoken to him since. Two weeks ago she told the school counsellor she 'wished she could disappear'. No plan, no history of self-harm, but that's why she's with me.

Her cousin Mele, 15, seems to be her main confidante and also her main source of trouble - it was Mele who set up the account.

What I'm weighing:
- The Fonua model and Fonofale as frames - family, spirituality and collective identity are central, and an individualistic 'privacy' framing won't land with dad.
- Whether to involve the youth pastor (Rev. Taufa) as a bridge, with her consent.
- A family session focused on shared values (respect, faith, faka'apa'apa) rather than the account itself.

She's bright, funny, obsessed with the NBA and Steven Adams, and dreams of playing for the Silver Ferns. Next appointment Monday 9 September.

Anyone who's worked with Tongan families around social media, I'd really value your thoughts.""",
        [
            ("Lani", "name"),
            ("Leilani Lolohea", "name"),
            ("Aorere College", "organisation"),
            ("Māngere East", "place"),
            ("Ōtāhuhu Tongan Methodist", "organisation"),
            ("@lani.vibez.x", "handle"),
            ("Mele", "name"),
            ("Taufa", "name"),
            ("Monday 9 September", "date"),
        ],
    ),
    (
        "b15d-031",
        """BIRP note - individual, 15yo, school avoidance (session 6)

B: Client attended virtually from her bedroom, camera on for most of session. Reports attending 3 of 5 days this week (up from 1 last week). Missed Tuesday due to a math test; described stomach pain and 'can't breathe' feelings that morning. Still spending 5-6 hrs/day on TikTok and YouTube, mostly Taylor Swift content and 'study with me' videos she doesn't actually follow. Mentioned her dad and brother were 'losing it' over the Oilers' playoff run and McDavid was the only thing the family talked about at dinner.

I: Reviewed exposure hierarchy; moved 'stay for full math class' from 70 to 55 SUDS after last week's success. Introduced the MindShift CBT app (Anxiety Canada) for between-session practice. Ten minutes of paced breathing and brief cognitive restructuring on 'everyone will notice I was away'. Discussed the Grade 10 exam schedule and planned which to prioritize.

R: Engaged, some humour. GAD-7 = 12 (down from 16). SCARED child version shows school avoidance subscale still elevated. Agreed to one exposure a day. No SI; safety plan reviewed; knows Kids Help Phone (text 686868) and 9-8-8.

P: Continue weekly CBT with exposure. Parent session next week focused on reducing accommodation (SPACE program, Lebowitz). With consent, brief call with guidance counsellor re: a modified schedule. Phone to charge in the kitchen after 10 pm as a compromise.""",
        [],
    ),
    (
        "b15d-032",
        """Reply to: "Parent is asking me (child's therapist) to testify about custody - can I?"

Short answer: you can be subpoenaed as a fact witness, but you should not offer custody recommendations as the child's treating therapist. That's a role conflict the APA Guidelines for Child Custody Evaluations in Family Law Proceedings and most state boards are pretty clear about. If a parent wants an evaluation, that's a separate forensic evaluator appointed by the court, or the guardian ad litem's domain.

What I do in practice:
1. At intake with separated parents, get consent from both where required, and put in writing that I won't make custody recommendations. Both parents sign it. Saves a world of pain later.
2. If subpoenaed, I call my liability carrier's risk-management line before anything else, then talk to the client's attorney or the court about a protective order for records.
3. I stick to observations: attendance, presenting concerns, progress, and what the child said in quotes if relevant and clinically appropriate.

For the families, I recommend co-parenting apps (OurFamilyWizard, AppClose, TalkingParents) and a good parenting class - many courts require one anyway. Books: *Mom's House, Dad's House* (Isolina Ricci), *Two Homes* for little ones, and *Co-Parenting with a Toxic Ex* if things are really bad (with caveats about the title).

And don't underestimate how much the kid is absorbing. I had one 9-year-old tell me, deadpan, that her parents' divorce was 'like Kramer vs. Kramer but with Minecraft'. Kids know.""",
        [],
    ),
    (
        "b15d-033",
        """Follow-up: the 13yo gaming case from October

Thanks for all the advice last time. Quick update and a new question.

Recap: Osian, 13, Year 8 at Ysgol Gyfun Garth Olwg, lives with mum (Ffion) and stepdad in Church Village, sees dad in Pontypridd at weekends. Stopped going to rugby at Beddau RFC juniors and was gaming till 3 am most nights (FC 24 and Fortnite, Xbox gamertag OsiBoi_Wales07).

What's shifted: we did a family session where, instead of a ban, mum and stepdad agreed to learn FC 24 with him. Stepdad turns out to be terrible at it, which Osian finds hilarious, and it's the first time they've laughed together in ages. He agreed to Xbox family settings with a midnight cut-off on school nights. Back at school four days out of five.

New problem: on Tuesday 5th December a lad from the year above threatened him over Xbox Live and then in person at the bus stop. Mum wants to ring the school today and has given me her mobile (07700 900431) so we can coordinate. I'm happy to, with Osian's OK, but I want the school to run this through their anti-bullying policy rather than me becoming the go-between.

Question for those of you in Wales - is it worth mentioning Meic (the helpline for young people) to him, or is that a bit much for one bullying incident? He's more likely to use it if it's text-based.""",
        [
            ("Osian", "name"),
            ("Ysgol Gyfun Garth Olwg", "organisation"),
            ("Ffion", "name"),
            ("Church Village", "place"),
            ("Pontypridd", "place"),
            ("Beddau RFC", "organisation"),
            ("OsiBoi_Wales07", "handle"),
            ("Tuesday 5th December", "date"),
            ("07700 900431", "phone"),
        ],
    ),
    (
        "b15d-034",
        """Group session notes - lads' group (5th/6th year), week 3

Six lads present, one absent (Leaving Cert mocks clash). Co-facilitated with the school's guidance counsellor. Theme for the night: pressure.

Check-in round: 'rate your week in rugby terms' - a few said 'Munster on a bad day', one said 'Johnny Sexton's last-minute drop goal'. Good energy in the room.

Main discussion: the points race. Most want 500+ for college courses; one lad wants an apprenticeship and feels judged for it. A couple said their parents talk about the CAO like it's a life sentence. One talked about his older brother emigrating to Australia and how quiet the house is now, which opened something up - two others have siblings abroad.

Online piece: FC and Fortnite are the default after-school decompression; a few are on sports-betting apps already (one said his whole WhatsApp group does accas on Premier League games). We talked about the odds honestly and I shared Gamblers Anonymous resources with the group afterwards without singling anyone out.

Masculinity piece: asked 'who do you talk to when it's bad?' Answers: nobody, the dog, 'the gym'. We looked at the Jigsaw and Spunout websites. Reminded them of Pieta (1800 247 247) and text 50808.

Facilitator note: one lad stayed behind and quietly said he's not sleeping. Followed up through the school's Student Support Team protocol and arranged a one-to-one. Next week: sleep, phones, and the 'up till 3 on TikTok' thing.""",
        [],
    ),
    (
        "b15d-035",
        """**Family consult - FIFO dad, blended family, teen acting out**

Hi all, I'm in WA and see a lot of FIFO families, but this one has me stuck.

Family: Dad (Shane) works 2-and-1 at Rio Tinto's Tom Price site. Partner Mel has two girls from her first marriage, Jade (15) and an 11-year-old; together they have a baby. They're in Ellenbrook, and Jade is in Year 10 at Ellenbrook Secondary College.

Problem: Jade has been sneaking out while Shane is on swing, getting into cars with older boys she met through a Snapchat group. Mel found messages from someone saved in her phone as 'Dyl 🔥'. Last incident was Boxing Day 2023, when she didn't come home until 4 am and Shane - home that week - blew up at her. She now says Shane 'isn't my dad and can't tell me what to do', which, to be fair, isn't wrong developmentally.

Her younger sister is quietly anxious and wetting the bed again.

What I'm thinking:
- Jade: individual work with someone else (she won't engage with me because I'm 'mum's therapist'). Possibly a headspace referral.
- Couple sessions timed around swing - they can do Zoom from the mine camp.
- Mel to lead parenting of Jade; Shane to build connection via the one thing they share, which is Eagles footy.

Questions: any FIFO-specific resources you like? And has anyone found a way to help the at-home parent not drown during swings?""",
        [
            ("Shane", "name"),
            ("Rio Tinto", "organisation"),
            ("Tom Price", "place"),
            ("Mel", "name"),
            ("Jade", "name"),
            ("Ellenbrook", "place"),
            ("Ellenbrook Secondary College", "organisation"),
            ("Dyl", "name"),
            ("Boxing Day 2023", "date"),
        ],
    ),
    (
        "b15d-036",
        """Supervision reflection - sandtray and silence

A 6-year-old I'm seeing (Year 2, small rural school up north) spent the whole session last week making the same scene: a farmhouse, a fence, and every animal in the tray placed outside the fence. No words. When I reflected 'everyone's outside', he put a single sheep inside and then knocked the fence down.

I noticed a strong urge to interpret - the farm, the fence, his parents' separation, the move to his koro's place. My supervisor reminded me of Axline's principle that the child leads, and of how quickly a therapist's need for meaning can crowd out the child's process. I'm going back to plain tracking and reflecting for the next few sessions.

Other things from supervision:
- Theraplay-style activities with his dad for a couple of sessions might help the attachment repair - maybe the 'weather report' and lotion games, if he's comfortable with touch.
- He loves *Hairy Maclary* and *The Gruffalo* and gets very excited about the Bluey episode where they play 'Keepy Uppy'. Books and shows are a useful bridge with dad, who's not a talker.
- Holding his whānau's values around tamariki: his koro said 'he's a good boy, he just needs to be out on the farm' and he may be right.

For my own learning: re-read Landreth on therapeutic limit-setting, and look at Gil's work on posttraumatic play in case the repetitive scene is about more than separation grief.""",
        [],
    ),
    (
        "b15d-037",
        """Urgent-ish consult - sextortion, 14yo boy, need a sanity check on safety planning

Client: Liam, 14, Grade 9 at Hunting Hills High School in Red Deer. Referred by the school counsellor after a disclosure last Friday. He was messaged on Instagram by an account posing as a girl his age (@kayla.rose.2009), sent an image, and was immediately threatened - pay $500 in gift cards or it goes to his followers and his whole hockey team (Red Deer Rebels U15 AA).

Parents (Kevin and Dana) found out when he asked to borrow money. They've reported to Cybertip.ca and the RCMP; the RCMP file number is 2024-1187342 and the officer wants to interview him next week.

In session: he's mortified, not sleeping, kept saying 'I'm so stupid'. Passive SI ('it'd be easier if I wasn't here') but no plan, and he agreed to a safety plan. Strong supports - parents are handling this well, and his best friend Noah knows.

What I've done:
- Psychoeducation: sextortion is a crime that deliberately targets boys his age; it's not his fault. Used the Canadian Centre for Child Protection materials.
- Helped parents with NeedHelpNow.ca for takedown requests.
- Safety plan, means restriction conversation with parents, and made sure he knows about Kids Help Phone.

Questions:
1. Best practice on how much to talk about the details before the police interview?
2. Anyone used a specific trauma protocol (TF-CBT, CPT adapted for adolescents) for sextortion, or is it more crisis stabilization at this point?""",
        [
            ("Liam", "name"),
            ("Hunting Hills High School", "organisation"),
            ("Red Deer", "place"),
            ("@kayla.rose.2009", "handle"),
            ("Red Deer Rebels U15 AA", "organisation"),
            ("Kevin", "name"),
            ("Dana", "name"),
            ("2024-1187342", "id_number"),
            ("Noah", "name"),
        ],
    ),
    (
        "b15d-038",
        """Ha, this thread is my life right now. Chatty reply incoming.

Couple I'm seeing, Marisol and Dre (Andre on the intake), have a 5yo, Santi, who was diagnosed autistic last fall. He's in 20 hrs/week of ABA at Hopebridge and a morning TK class at Otay Elementary in Chula Vista. Their marriage has basically become a logistics meeting. Marisol does the therapy schedule and the insurance fights; Dre works nights at the Amazon warehouse and feels like a 'visitor' in his own house.

The fight that brought them in was on February 14 (of all days). Dre planned a dinner, Santi melted down, Marisol cancelled, Dre said 'you always choose him over me', and things went nuclear.

What's been working:
- Gottman's Four Horsemen psychoed. Dre's big one is stonewalling; Marisol's is criticism. They laughed when they recognized themselves, the first shared laugh in months.
- Splitting the 'default parent' load concretely - Dre now does Saturday mornings at the park with Santi, who loves it because there's a construction site next door with a bulldozer he can watch forever.
- Parking the ABA vs. neurodiversity-affirming debate for now; they need to be a couple before they can decide anything together.

Still to do: Marisol hasn't had a night out in over a year. Her mom lives 20 minutes away and offered help, but Marisol doesn't trust anyone else with meltdowns. We're going to try a 30-minute respite trial with grandma present.

Anyway - you're not alone. These couples are exhausted, not broken.""",
        [
            ("Marisol", "name"),
            ("Dre", "name"),
            ("Andre", "name"),
            ("Santi", "name"),
            ("Hopebridge", "organisation"),
            ("Otay Elementary", "organisation"),
            ("Chula Vista", "place"),
            ("Amazon", "organisation"),
            ("February 14", "date"),
        ],
    ),
    (
        "b15d-039",
        """Closing summary & takeaways - systemic family work, 12 sessions

Family: mum, dad, 15-year-old daughter (Year 10), 11-year-old son (Year 7). Referred by the GP after the daughter's self-harm; CAMHS assessed and stepped down to us as a tier 2 service.

What we did:
- Milan-informed approach with a reflecting team for sessions 3, 6 and 9. The family found the reflecting team odd at first ('like being on Gogglebox') but by session 6 dad was asking to hear it.
- Circular questions (Karl Tomm) to get the son's view: 'Who worries most when your sister goes quiet?' He said 'the dog', which made everyone laugh and then cry.
- Externalised 'the Storm' (the daughter's word) in the style of White and Epston.
- Worked with the family's shared references - Inside Out 2 was a gift; Anxiety as a character made it easy to talk about.

Outcomes: self-harm reduced from several times a week to none in the last six weeks. SCORE-15 down from 3.4 to 2.1. Daughter choosing GCSE revision over TikTok at least some evenings (her words, not mine). Son, previously invisible, now has a voice in the family.

Takeaways for me:
1. Siblings are underused. The 11-year-old held a lot of the family's truth.
2. Don't let the 'identified patient' framing from the referral take over.
3. Pop culture isn't a distraction; it's the family's language. EastEnders-level rows at home got talked about more safely through the Love Island villa.
4. Ending well matters. We did a 'letter to the Storm' ritual in the final session.

Signposted: Young Minds parents' helpline, Childline, and Shout (text 85258) for the daughter.""",
        [],
    ),
    (
        "b15d-040",
        """Quick one from the school psych side (state schools, QLD): when consulting to a Year 3 teacher about a dysregulated kid, go in curious, not expert, and map onto whatever they already use (Berry Street, Zones of Regulation). A week of ABC charting beats any questionnaire; blow-ups nearly always cluster around transitions and NAPLAN prep weeks. Bruce Perry's 'Regulate, Relate, Reason' on the staffroom whiteboard does more than my reports ever have. And learn the Bluey and Minecraft lore. Kids Helpline (1800 55 1800) posters in every room.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind15d"}
        for doc_id, text, items in DOCS
    ]
