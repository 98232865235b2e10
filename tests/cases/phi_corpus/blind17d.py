"""Blind batch b17d, written by a helper session without sight of the guard. Forty posts from
clinicians in the US, UK (England, Scotland, Wales), Ireland, Canada, Australia and New Zealand
about clients from teenagers to people in their nineties: Markdown case presentations,
consultation questions, chatty forum replies, follow-ups, closing takeaways, SOAP/DAP/BIRP
notes, process notes, supervision reflections and group notes. Twenty carry identifiers, from a
single subtle slip (a supermarket employer, a social handle, a holiday with a year, a child's
word-name) to intake summaries with many (names, suburbs, street address and ZIP, birth dates,
OHIP/CHI/Medicaid/CRN/student numbers, phone, email, URL, IP address, ages over 89, employers,
schools, hospitals, a military unit, a care home). Twenty are clean but dense with look-alikes:
cited authors and models, instruments and scores, CPT/ICD codes, medications, national
helplines and services, regions, provinces, holidays without years, ages under 90, brands and
famous places used generically.

First-sight figures, with the guard at fb5b201 (this session's final rules): span recall
0.959, precision 0.922, identifier documents fully caught 0.900, clean documents flagged
0.150 (the guard at 5d372b1, where this session started: 0.946, 0.833, 0.850, 0.300).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b17d-001",
        """## Consult: school avoidance, 15F, looking for ideas on the district side

**ID/Referral:** 15-year-old Mexican-American girl, sophomore at Roosevelt High in Fresno, referred by her school counselor after 22 absences this semester. Lives with mom, stepdad and two younger brothers. Mom works nights at a packing plant; stepdad drives for a delivery company. Goes by Dani.

**Presenting:** Mornings are the worst. She describes it as "my chest gets loud." Stomachaches Sunday night, crying at the door, sometimes makes it to the car and no further. Fine once she's home. Pediatrician ruled out thyroid and GI stuff back in the fall.

**Measures:** GAD-7 16, PHQ-A 11, SCARED (parent) elevated on the school avoidance and separation subscales. Negative on the ASQ.

**Formulation:** Textbook avoidance loop. Each day at home brings relief, and relief reinforces staying home. Mom is exhausted and folds when Dani cries, which I totally get. Stepdad is warmer than I expected and willing to do the drop-offs.

**Plan so far:** Graded re-entry hierarchy, parent coaching loosely based on SPACE (Lebowitz), and a "soft landing" spot in the library for first period. We're talking about a 504 plan.

**Question:** Has anyone gotten a district to agree to a shortened day as an early rung on the hierarchy *without* it quietly becoming the permanent schedule? Last time I tried this the kid was on half days until June.""",
        [("Roosevelt High", "organisation"), ("Fresno", "place"), ("Dani", "name")],
    ),
    (
        "b17d-002",
        """**SOAP - Session 7 (bereavement, older adult)**

**S:** Client (78M) attended alone, arrived early as usual. Reports sleep has improved to around six hours since his GP increased mirtazapine to 30 mg. Still visits his wife's grave most mornings, which he describes as 'my appointment with her.' Says evenings are worst: 'The house is too quiet after tea.' Denies any thoughts of ending his life - 'I wouldn't do that to our daughter.' Went to the Remembrance Sunday service for the first time since the funeral and managed to stay for the whole thing.

**O:** Well kempt, shaved, wearing his good jacket. Tearful when talking about their anniversary next month but recovered without prompting. PHQ-9: 14 (from 19 at session 3). GDS-15: 9. No evidence of cognitive concerns.

**A:** Grief with depressive features, gradually improving. Prolonged grief disorder (ICD-11 6B42) considered, but functioning is increasing and he's engaging with the loss rather than avoiding it. Stroebe & Schut's dual process model fits well - he's starting to oscillate toward restoration tasks.

**P:**
- Continue fortnightly, review at session 10.
- Behavioural activation: he's thinking about rejoining the bowls club he left after her diagnosis. Agreed to phone them before next session.
- Signposted to Cruse Bereavement Support and the Age UK telephone befriending service for the evenings.
- Samaritans (116 123) number written on his card again as he'd lost the last one.""",
        [],
    ),
    (
        "b17d-003",
        """Hoping for some advice from anyone who works with young Aboriginal men in the justice space.

I've been seeing a 19-year-old Wiradjuri bloke for about four months under a Better Access plan (now on session 8 of 10). He's on bail, living with his aunty in Dubbo, and his matter is back before the Local Court on 3 March. His solicitor has asked whether I can write a report.

Clinically: long history of trauma, dad in and out of custody, two cousins lost to suicide in the last three years. He meets criteria for PTSD (PCL-5 of 52) and there's heavy cannabis use, which he frames as the only thing that lets him sleep. He's been really consistent with sessions, which his youth worker Tahnee says is a first for him with any service.

A few things I'm stuck on:
1. I'm not a forensic psych. How far can I go in a report without overstepping? I don't want to do him harm.
2. He's asked me to mention that he's been going to the men's group at the local Aboriginal Medical Service. Helpful, or could it backfire?
3. Centrelink want supporting documentation too. He read me his CRN (306 118 542K) over the phone so I could ring them on his behalf - is it normal for them to need that from a treating psych?

I've read the APS guidelines on reports for courts and the Dudgeon et al. chapter in *Working Together*, but would love to hear from anyone who's actually done this.""",
        [
            ("Dubbo", "place"),
            ("3 March", "date"),
            ("Tahnee", "name"),
            ("306 118 542K", "id_number"),
        ],
    ),
    (
        "b17d-004",
        """Honestly this thread is making me feel less alone. I'm in private practice in Ontario, eight years in, and this past winter was the closest I've come to walking away.

What got me there: a caseload of 32, almost all trauma, and the slow creep of saying yes to 'just one more' because the waitlist emails were gutting me. Maslach would have had a field day with my depersonalization scores.

What's actually helped (not the bubble-bath stuff):
- Capped at 24 clients and stopped doing evenings past 7pm. Lost some income, got my brain back.
- Joined a peer consult group that meets every second Wednesday. Half the value is just hearing other people admit they're tired too.
- Went back to my own therapy. Turns out the therapist who tells clients to get help should maybe also get help. Who knew.
- Did a Trauma Stewardship workshop (van Dernoot Lipsky) - a bit woo in places, but the 16 warning signs list was a gut punch in a useful way.
- Stopped checking email on weekends. My autoresponder points people to 988 and the local distress line if it's urgent.

Also worth saying: OHIP doesn't cover psychotherapy outside hospital and FHT settings, so a lot of our clients are cobbling together coverage through work plans and juggling their own financial stress on top of everything else. That lands on us too.

Be kind to yourselves, colleagues.""",
        [],
    ),
    (
        "b17d-005",
        """Bringing this to supervision Thursday but wanted to get my thoughts down first.

Client is a woman in her early fifties, separated, three adult kids, back on the tills in Dunnes after years at home. Eleven sessions in. The work has mostly been around the marriage ending and a lot of shame she carries about 'letting it go on so long.' Referred through her GP under the counselling in primary care scheme, so we're coming up on the limit.

What I noticed this week: she spent most of the hour looking after me. Asked was I tired, said I looked pale, apologised twice for 'going on.' I caught myself reassuring her, and then reassuring her again, and by the end we'd had a very pleasant chat and no work done at all.

I think I've been colluding with the caretaking because it's comfortable for both of us. She was the eldest of seven and the one who minded everyone while her mother was in and out of hospital.

Questions for myself:
- Can I name the pattern gently without her hearing it as criticism? She hears nearly everything as criticism.
- Is the session limit making me rush toward 'insight' instead of letting the relationship be the intervention?

Reading Casement again. The bit about the patient needing to find out that the therapist can survive being used.""",
        [("Dunnes", "organisation")],
    ),
    (
        "b17d-006",
        """**DBT Skills Group - Distress Tolerance module, week 3**

Present: 6 of 8 members (1 apology, 1 DNA - follow-up call made). Co-facilitated.

**Mindfulness:** Observing sounds (Linehan handout). Group settled quicker than last week.

**Homework review:**
- Member A practised TIPP (cold water) twice during urges to self-harm; both times the urge dropped from 8/10 to around 4/10. Proud of herself, group gave lovely feedback.
- Member B 'forgot' homework; explored what got in the way without shaming. Turned out her whānau had a big event on the weekend and she had no time alone. Problem-solved ways to practise in small moments.
- Member D used Pros and Cons before quitting her job and decided to wait until she'd talked to her case manager. Big win.

**New skill:** Radical Acceptance. Several members struggled with the idea that acceptance isn't approval. Member E shared that she'd been fighting reality about her diagnosis for years and 'it's exhausting.' Linked to Te Whare Tapa Whā for one member who found the taha wairua angle more meaningful than the Zen framing.

**Risk:** Member C disclosed recent self-harm (superficial, wound care attended). Followed up individually after group; she sees her individual therapist on Thursday. Reminded the group of 1737 and the after-hours crisis team number.

**Next week:** Self-soothe with the five senses - bring an object for a self-soothe kit.""",
        [],
    ),
    (
        "b17d-007",
        """**DAP note - Session 14 (90837)**

**Data:** Client is a 41-year-old male Marine Corps veteran, referred by the VA under Community Care. Today he talked for the first time in detail about November 9th, 2004, the day his friend Tony Reyes was killed. He served with 3rd Battalion, 1st Marines and said he "hasn't said his name out loud in probably ten years." Tearful, some dissociation mid-narrative (stared at the floor, delayed responses); we grounded with 5-4-3-2-1 and he was able to return. He reported the anniversary is "always bad" and that his wife Carla has started to notice he drinks more in the fall. Currently working at the Ford plant in Louisville as a line supervisor. PCL-5 today: 49 (intake 61).

**Assessment:** Meaningful engagement with the trauma memory; window of tolerance holding with support. Alcohol use increases around the anniversary period and warrants monitoring (AUDIT-C 6). No SI/HI; safety plan reviewed, 988 and Veterans Crisis Line (press 1) confirmed in his phone.

**Plan:** Continue CPT (Resick) - move to impact statement revision next session. Discuss option of a brief conjoint session with his wife. Coordinate with VA prescriber re: prazosin for nightmares. Next session in one week.""",
        [
            ("November 9th, 2004", "date"),
            ("Tony Reyes", "name"),
            ("3rd Battalion, 1st Marines", "organisation"),
            ("Carla", "name"),
            ("Ford", "organisation"),
            ("Louisville", "place"),
        ],
    ),
    (
        "b17d-008",
        """Looking for thoughts from anyone in perinatal work.

I'm seeing a first-time mum, late 20s, baby now 10 weeks, referred by her health visitor after an EPDS of 19. She's bright, articulate, works in marketing and is absolutely drowning. The presentation is mostly intrusive harm-related thoughts - images of dropping the baby down the stairs, of the baby drowning in the bath - with a lot of avoidance (husband does all the bathing now) and checking. She's horrified by the thoughts and terrified that having them means she's dangerous.

To me this reads as perinatal OCD rather than depression per se, and the thoughts are clearly ego-dystonic. No psychotic features, sleeping when the baby sleeps, bonding looks good in session. She's been reading Mumsnet threads at 3am, which is making everything worse.

My questions:
1. How do people approach the risk conversation here? I've done a thorough assessment and I'm confident this is OCD, but she's asked me directly whether I 'have to tell social services' and I want to get the answer right without inadvertently confirming her fear.
2. Any favourite resources? I've got Fiona Challacombe's work and the Maternal OCD materials, and NICE CG192 for the overall pathway.
3. Would you refer to the specialist perinatal mental health team in parallel, or hold her in IAPT (sorry, NHS Talking Therapies) given she's responding?

Thanks in advance - lovely client and I really want to get this right for her.""",
        [],
    ),
    (
        "b17d-009",
        """Process notes - couple session 5

Context: Couple in their late 30s, married 12 years, two kids. He's a letter carrier with Canada Post, she does payroll for a trucking company. They live in Brampton with his parents, which is a big part of what brought them in.

[Verbatim excerpts, reconstructed from memory]

Harpreet: "Every decision goes through his mother first. Every single one. I found out about the basement reno from my sister-in-law."
Him: (long pause, looks at the floor) "It's her house too."
Me: "I notice when Harpreet talks about feeling left out, you look down. What happens inside right then?"
Him: "I feel like I'm failing everybody."

First time he's named anything softer than irritation. I slowed right down and stayed with it (EFT stage 1, tracking the cycle). She softened a little - "I didn't know you felt like that."

Then it flipped. She brought up their anniversary, August 14th, which he'd apparently spent at a planning meeting for his cousin's wedding with his parents, and we were back in the pursue/withdraw loop within a minute.

My process: I felt pulled to take her side on the in-law boundary, and I'm aware of my own assumptions as a white therapist about what 'too involved' means in a joint family household. Need to be curious rather than prescriptive. Bringing to consult group: how do others balance cultural humility with naming a cycle that is clearly hurting both of them?""",
        [
            ("Canada Post", "organisation"),
            ("Brampton", "place"),
            ("Harpreet", "name"),
            ("August 14th", "date"),
        ],
    ),
    (
        "b17d-010",
        """**BIRP note - Session 11**

**Behaviour:** Client (24, autistic, uses they/them) attended via telehealth as preferred. Camera off for the first 10 minutes, which we've agreed is fine. More dysregulated than usual - reported two shutdowns this week after a change in their support worker roster. Described the week as 'all static.' Masked heavily early in the session; dropped this once we moved to typing in the chat.

**Intervention:** Used their sensory profile to identify what had changed (new worker wears strong perfume, arrives at different times). Co-developed a one-page 'about me' for new support workers. Validated the exhaustion of constant adjustment; explored the difference between being 'difficult' and having legitimate access needs, drawing on a neuroaffirming frame (Milton's double empathy problem). Brief review of interoception work from previous sessions.

**Response:** Visible relief when talking through the 'about me' doc; said it would be easier to hand something over than to explain. Mood rating improved from 3/10 to 5/10 by end.

**Plan:**
- Client to email the draft to their support coordinator before Friday.
- Next session: prep for NDIS plan review (collating evidence for capacity building funding under Improved Daily Living).
- Sessions continue fortnightly; this is their 11th of 20 funded.
- Crisis supports reviewed: Lifeline 13 11 14 and Beyond Blue; both saved in their phone.""",
        [],
    ),
    (
        "b17d-011",
        """Ha, I feel this so much. My 14yo client spends half of every session showing me stuff on her phone and honestly I've stopped fighting it - it's where her life is happening.

This week it was her art account (@moth.and.marrow, she's super proud of it, 3k followers) and the comments section was... a lot. Some lovely, some really nasty, and one adult account that kept DMing her "just to say how talented" she is. That last one is what we ended up spending the hour on, and it led to a really good convo about grooming without me having to go full lecture mode.

Tips that have worked for me:
- Let them drive. Ask them to show you rather than tell you.
- Get curious about the algorithm with them. Kids know way more about how it works than we do.
- Stay neutral on the platform itself. The minute you trash TikTok you're a boomer and they're done.
- Loop parents in on safety stuff only, not the content of what they share (and tell the kid that up front).

Also +1 to whoever recommended the Common Sense Media guides upthread, they're great for parents.""",
        [("@moth.and.marrow", "handle")],
    ),
    (
        "b17d-012",
        """**Case presentation - gambling harm, young adult male**

**Background:** Man in his mid-20s, works in construction, lives at home with his parents in a small town in the west. Plays hurling with the local club and is well known in the parish, which is a big part of the shame. Referred via his GP after his mother found out he'd borrowed against his car to cover losses.

**Presentation:** Sports betting on his phone, started in his late teens with small accas at the weekend and escalated during lockdown. Estimates losses of around EUR 30,000 over four years. PGSI of 19. Some depressive symptoms too - PHQ-9 of 13, item 9 = 0. Drinking heavily at weekends.

**Formulation:** Lots of what you'd expect - near-miss reinforcement, chasing losses, the apps' design doing a lot of heavy lifting. But there's also a strong identity piece: being 'the lad who's good on sport', the banter, the WhatsApp groups. Giving up betting feels like giving up his place.

**Interventions so far:**
- Self-exclusion: installed Gamban and set up the bank's gambling block.
- CBT for gambling (Ladouceur's cognitive approach) plus MI for the ambivalence.
- Signposted to Gamblers Anonymous and the HSE problem gambling service; Pieta number (1800 247 247) given.

**Family and money:** His parents swing between rescuing and policing. We've agreed a six-month money plan together (wages into a joint account with his mother as second signatory) instead of secret bailouts.

**Risk:** I'm keeping a close eye here. Gambling harm carries a significant suicide risk, and the debt plus the public shame is a heavy combination for a young fella in a small place. He denies any plans, but said once that 'it'd be easier for everyone' if he wasn't around to make a show of them. We did a safety plan, and his older sister is the person he'd ring.

**Progress so far (session 7):** No bets for five weeks, which is the longest since he was 18. Urges still strong on a Saturday afternoon when the racing is on and the lads are in the pub. He's started going to the gym instead of the pub after training on Tuesdays and says it helps 'a bit.'

**Question for the group:** How are people handling the social side? Every match, every night in the pub, the whole culture is soaked in betting ads and sponsorship. He's going to relapse if the only plan is avoidance. Has anyone brought a teammate into a session?""",
        [],
    ),
    (
        "b17d-013",
        """**Closing summary / takeaways - older adult, adjustment after move to residential care**

Discharging this one after 12 sessions and wanted to share a few reflections, as it's not a client group I'd worked with much before.

Client was a 94-year-old retired headmistress who moved into Thornbury Lodge in Harrogate after a fall last winter. Referred by the care home's visiting GP for low mood and 'refusing to join in'. Initial GDS-15 of 11; MoCA 25/30, so cognitively pretty sharp, just grieving and furious.

What helped:
- **Taking her seriously as an expert.** She'd run a school for 20 years. Once I stopped being 'nice' and started asking her opinion on things, she came alive.
- **Life review** (Butler, loosely) - she wrote a lot between sessions, which surprised the staff.
- **Small, concrete agency.** Negotiated with the home so she could keep her own kettle and have her post delivered unopened. Tiny things, huge difference.
- **Working with the daughter**, who carried a lot of guilt about the move.

What I'd do differently: I underestimated how much the hearing loss was doing. Two sessions were basically lost before we got her aids sorted through audiology.

Final GDS-15 was 5. She told me at the end that I was 'a decent sort, for a psychologist', which I'm choosing to take as the highest praise.""",
        [("94", "age"), ("Thornbury Lodge", "organisation"), ("Harrogate", "place")],
    ),
    (
        "b17d-014",
        """Supervision reflection - holiday week

I've been sitting with something since my session with the pastor (I'll call him that, since it's the most relevant piece of who he is). He leads a small Baptist congregation in a rural part of the Texas panhandle and drives two hours each way to see me because he doesn't want anyone in town to know. Presenting concern is burnout and what he calls 'a dry season' with God. Underneath it there's a lot of anger at his congregation and a lot of guilt about that anger.

What I noticed in myself: I grew up in a church not unlike his and left in my twenties with some fairly sharp edges. When he talked about the deacons, I felt a flash of something that was mine, not his. I found myself wanting to validate his anger a little too enthusiastically. At one point I nearly said 'that sounds like spiritual abuse' and I'm glad I didn't - that's my frame, not his, and he'd have heard it as an attack on his faith.

Yalom talks about the therapist as a fellow traveler. I think I was almost traveling *for* him this week. Winnicott's holding environment feels more relevant: he needs a place to be angry without it being used as evidence that he should leave.

To bring to supervision:
1. How to use my own history without letting it drive.
2. Whether to name the religious difference explicitly or let him lead.
3. He's preaching on Christmas Eve and dreads it. Do I help him find a way through it, or explore whether he wants to do it at all?

Also need to look up resources specifically for clergy burnout.""",
        [],
    ),
    (
        "b17d-015",
        """### Case presentation: rangatahi, 16, anger and grief

**Context:** 16-year-old Māori young man, Year 12 at Aotea College, lives with his mum and three younger siblings in Porirua. Goes by Kahu. Referred by the school counsellor after a fight at school that ended in a stand-down.

**What's been happening:** His koro, who raised him for most of his childhood, died on 12 June. Kahu was a pallbearer at the tangi. Since then: fights, wagging, not sleeping, up gaming till 4am. Mum says "he's got his koro's temper and none of his patience."

**Frameworks I'm holding:** Te Whare Tapa Whā (Durie) has been the most useful map - taha wairua is the piece that's gone quiet since his koro died. Also some of Perry's NMT around regulation before reasoning.

**What's working:** Walking sessions. He won't sit in a room with me but will talk for an hour if we're walking. Also brought in his uncle, who's been a steady presence.

**Consult questions:**
1. I'm Pākehā. How do I keep tikanga central without tokenising, and when should I be handing over to a kaupapa Māori service?
2. The school counsellor (r.tane@aotea.school.nz) wants weekly updates. Kahu has said he's fine with 'general stuff' only. How are people managing this with schools?

Ngā mihi.""",
        [
            ("Aotea College", "organisation"),
            ("Porirua", "place"),
            ("Kahu", "name"),
            ("12 June", "date"),
            ("r.tane@aotea.school.nz", "email"),
        ],
    ),
    (
        "b17d-016",
        """Seeking consultation from colleagues who work in the North or with Indigenous Elders.

I'm a non-Indigenous counsellor providing fly-in services to a small community in Nunavut, typically one week in every six plus telehealth in between. One of my clients is a 67-year-old Inuk man, a residential school survivor, who is now talking for the first time about what happened to him there. Inuktitut is his first language and we work with an interpreter from the community, which adds its own layer - the interpreter is also a relative of sorts, as almost everyone is.

He's asked whether what he tells me 'goes back to Ottawa.' I think he's referring to the IRSSA independent assessment process, which he went through years ago and found deeply retraumatizing.

Things I'm weighing:
- Pacing. He wants to tell it, but between visits he's on his own with it. I've been leaning on stabilization (Herman's phase one) and the land-based activities he already does - hunting, time out on the land with his grandsons.
- Confidentiality in a community of a few hundred people, with an interpreter who will see him at the store the next day.
- Whether to involve an Elder or a cultural support worker through the Resolution Health Support Program.
- Making sure he has the Hope for Wellness line (1-855-242-3310), which is available in Inuktitut.

How have others handled the interpreter piece? I don't want to lose the relationship he has with her, but I worry about what it costs him to disclose in front of her.""",
        [],
    ),
    (
        "b17d-017",
        """Yep, anniversary reactions are so underrated in the literature relative to how often they show up in the room.

I've got a client (60s, ex-army, two deployments) whose whole year is basically organised around avoiding one week. Ever since Anzac Day 2019, when he had a full-blown panic attack at the dawn service in front of his grandkids, he won't go near a march or a service. The shame of that morning is honestly worse for him now than the original trauma stuff.

What's helped us:
- Mapping the year out on paper. He could literally see the build-up starting in March.
- Planning a 'what I'll do instead' ritual. He now goes fishing with his son at dawn and has a quiet beer for his mates. Still marking it, just on his terms.
- Framing the panic attack as his nervous system doing its job, not a failure (psychoeducation à la Barlow).
- Linking him with Open Arms for the peer support side.

Christmas and New Year are rough for him too, but nothing like April.

Anyway, long way of saying: map it, plan for it, and don't let them white-knuckle it alone.""",
        [("Anzac Day 2019", "date")],
    ),
    (
        "b17d-018",
        """**DAP note - Session 4 (CAMHS, Tier 3)**

**Data:** Young person (15F, Year 10) attended with mum, seen alone for the main part of the session. Reports self-harm (cutting, forearms) reduced from most nights to twice in the past fortnight. Triggers identified: falling out with friends on group chats and evening revision for GCSE mocks. Using the ice cube and elastic band strategies 'sometimes.' Has started talking to her form tutor at lunch, which she finds helpful. RCADS: total anxiety T-score 71, depression T-score 68. Denies current suicidal intent; has had fleeting thoughts 'but not properly.'

Mum reports checking the bedroom for blades daily; YP finds this 'humiliating.' Discussed a compromise (YP will hand over items voluntarily and tell mum on bad days).

**Assessment:** Some reduction in self-harm frequency. Relationship with mum strained but both motivated. Ongoing vulnerability around peer conflict and academic pressure. Risk remains moderate; no change to plan needed at present. Safeguarding: no concerns beyond those already known.

**Plan:**
- Continue weekly DBT-A informed sessions; introduce chain analysis next week.
- Joint session with mum at session 6 re: validation skills.
- Liaise with school (with YP's consent) about exam access arrangements.
- Crisis plan reviewed: Childline 0800 1111, Shout (text 85258), Kooth, and the CAMHS duty line during office hours. A&E if at immediate risk.""",
        [],
    ),
    (
        "b17d-019",
        """SOAP - session 6

S: Client (34F) attended on time. Reports panic attacks reduced from daily to 2-3/week. Still avoiding the tram - walks the 40 minutes into work instead. Was discharged from St James's ED on Friday the 21st after attending with chest pain (ECG normal, told 'it's anxiety'), found this 'humiliating.' Living alone in Ballyfermot since the split. Her GP, Dr Aoife Brennan, has started her on escitalopram 10 mg.

O: Tense but engaged. Hyperventilated briefly when describing the ED visit; responded well to paced breathing. GAD-7 15 (from 18). PDSS 14.

A: Panic disorder with agoraphobic avoidance (F41.0). Some progress; interoceptive fear remains high and the ED experience has reinforced catastrophic misinterpretation of bodily sensations (Clark's model).

P:
- Begin interoceptive exposure next session (spinning, straw breathing).
- Graded hierarchy for the tram: one stop off-peak as first step.
- Letter to GP re: progress. Client asked that I use her mobile (087 412 6630) rather than the landline for appointment reminders.
- Invoice to VHI under membership no. 4471 2289 01.
- Review in one week.""",
        [
            ("St James's", "organisation"),
            ("Friday the 21st", "date"),
            ("Ballyfermot", "place"),
            ("Aoife Brennan", "name"),
            ("087 412 6630", "phone"),
            ("4471 2289 01", "id_number"),
        ],
    ),
    (
        "b17d-020",
        """**Process notes - session 9, adult ED client**

Client is a woman in her early 40s, secondary school teacher, long history of anorexia (restrictive type) that she'd 'managed' for two decades until a relapse after her divorce. BMI hovering around 16. Medically monitored by her GP weekly; we're working within CBT-E (Fairburn) with some schema work creeping in.

Today: She arrived with a coffee in hand - long black, no milk - which she mentioned before I'd noticed. I think she wanted me to see it. We'd agreed last week she'd trial adding milk.

Me: "You mentioned the coffee. What's that about?"
Her: "I know what you're going to say."
Me: "What am I going to say?"
Her: (laughs) "That the eating disorder picked the coffee."
Me: "Did it?"
Her: "...Yeah."

Then a long silence, and then the first real conversation we've had about how much she hates being watched. Her ex used to comment on her plate. Her mother used to comment on her plate. And now I'm, in a way, commenting on her plate.

My own process: I felt a pull to back off the food monitoring to protect the relationship, and I'm aware that's exactly how the ED keeps itself safe - by making the therapist feel cruel for noticing. Need to hold both. Bringing to supervision.

Also need to talk to the GP about whether it's time to consider a day programme; the wait is several months, so worth getting on the list now. EDANZ resources sent to her sister, with consent.""",
        [],
    ),
    (
        "b17d-021",
        """**Group note - IOP Relapse Prevention, Tuesday evening**
Attendance: 7 of 8 (one excused, work). Co-led.

**Topic:** High-risk situations around holidays, following on from last week's HALT check-in. Several members flagged 4th of July weekend as a trigger - fireworks, family BBQs, "everyone's drinking by noon."

**Process:**
- Member A shared a detailed relapse-prevention plan, including leaving early and driving separately. Received good feedback.
- Member C (Trevor Hollis) disclosed a lapse last Saturday after 2+ years sober; his sobriety date had been 2/11/21. Initially minimized ("just a couple beers"), then became tearful. Group responded with warmth; two members shared their own lapse histories. Facilitator reinforced the lapse vs. relapse distinction (Marlatt & Gordon) and the abstinence violation effect.
- Member E quiet, arms crossed; when invited, said "I'm fine, just tired." Will check in 1:1.
- Member F asked about naltrexone; redirected to discuss with prescriber.

**Themes:** shame after lapse, fear of family judgment, isolation.

**Plan:** Next week - urge surfing (Bowen's MBRP). C to meet with primary counselor before next group; update ASAM dimensions.""",
        [("Trevor Hollis", "name"), ("2/11/21", "date")],
    ),
    (
        "b17d-022",
        """Question for the older adult clinicians out there.

I've got a client, 86, retired engineer, living with his wife in a retirement village up the coast. Originally referred under Better Access for anxiety after a cardiac event. Over the past two months his wife has been coming in with him and quietly telling me after sessions that he's 'not himself' - losing words, getting lost driving back from the shops, repeating stories within the same session. I've noticed the repeating too.

I did a MoCA last week: 21/30, with most points lost on delayed recall and visuospatial. ACE-III would be more informative but I'm not trained in it. He's very aware something's off and is frightened - he watched his older brother go through Alzheimer's.

What I'm weighing:
- I'm not the right person to be assessing for dementia. I've written to his GP recommending referral to a geriatrician or memory clinic, but how hard should I push?
- The driving. He's still driving. Do I raise it with him directly, with the GP, or both? I know the reporting obligations vary by state.
- Continuing therapy. The anxiety is real and he values our sessions. I don't want to drop him just because this has come up.
- Linking them in with the Dementia Australia helpline (1800 100 500) and possibly My Aged Care for an assessment down the track.

Any thoughts, particularly on how to handle the driving conversation in a way that preserves his dignity? He's a proud man and I suspect losing the licence will hit harder than any diagnosis.""",
        [],
    ),
    (
        "b17d-023",
        """Follow-up to my post from a few weeks back about the client with the online 'recovery' community.

Quick recap: early 30s non-binary client, restrictive eating since their teens, works remotely in tech, lives in Kitchener with their partner Morgan. They'd been running a fairly popular blog about "intuitive eating" that, when I actually read it, was pretty clearly pro-restriction in disguise.

Update: they brought it up themselves this session! Said they'd reread some old posts on https://thequietestplate.substack.com and "didn't like the person who wrote them." We spent most of the hour on that - the gap between the public recovery identity and what's actually going on with food. Lots of grief in there. They've had a lot of validation from readers and I think the blog has functioned partly as a way to stay sick while looking well.

They're considering taking it down. I was careful not to push either way - it's theirs, and a forced takedown could easily turn into more shame. We talked about what it would mean to pause rather than delete.

Medically: still seeing their family doctor every two weeks for vitals, and EDE-Q global went from 4.1 to 3.6. Not huge, but going the right way.

Thanks again to those who suggested the CBT-E formulation worksheet and the NEDIC resources - both helped.""",
        [
            ("Kitchener", "place"),
            ("Morgan", "name"),
            ("https://thequietestplate.substack.com", "url"),
        ],
    ),
    (
        "b17d-024",
        """Short answer: it depends on the payer and your documentation. 90837 is 53+ minutes, so put start/stop times in every note. Some payers (looking at you, Optum) flag a high ratio of 90837 to 90834, which isn't illegal, just a trigger for review, so document the clinical rationale. Don't forget 90785 for interactive complexity when a parent or interpreter is in the mix. Medicaid rules vary wildly by state. Not billing advice, talk to your biller.""",
        [],
    ),
    (
        "b17d-025",
        """**Case for MDT discussion - referral from inpatient team**

**Client:** 37-year-old man, discharged from the Royal Edinburgh after a 5-week admission (first episode psychosis, now settled on aripiprazole 10 mg). CHI 1203874419. Lives alone in a flat in Leith; previously worked as a chef.

**History:** In care from age 9. Heavy cannabis use through his twenties. Estranged from family apart from his son Ross (14), who he sees every other weekend under a contact arrangement through social work. His son is, in his words, 'the only reason I took the meds.'

**Current presentation:** Residual paranoid ideation re: neighbours, but able to reality-test with support. Negative symptoms prominent - flat, sleeping 12+ hours, not cooking (which for a chef says a lot). PANSS positive 14, negative 22. Cannabis: says he's stopped; UDS pending.

**Risk:** No current thoughts of harm to self or others. Historic self-harm at 19. Protective factors: relationship with son, engagement with EIP.

**Questions for the team:**
- Appropriate for CBTp now, or is the priority vocational and social recovery (IPS)?
- Would family work (BFT, Falloon) be possible with the son and his mum, given the history?
- Does anyone know if the local IPS worker has capacity?""",
        [
            ("Royal Edinburgh", "organisation"),
            ("1203874419", "id_number"),
            ("Leith", "place"),
            ("Ross", "name"),
        ],
    ),
    (
        "b17d-026",
        """**Closing a couples case - a few takeaways**

Finished with a couple this week after 18 sessions. Late 40s, married over twenty years, came in after an affair on his side was discovered. Both teachers, three teenagers, living in the midlands. Writing this up partly for myself and partly because I found the affair recovery literature a bit thin on what it's like in an Irish context, where everyone knows everyone and half the staffroom probably guessed before she did.

What worked:
- **Structure early on.** Used Gottman's atone-attune-attach framework as a map; they found having phases reassuring.
- **Slowing the disclosure process.** She wanted every detail; he wanted to give none. We agreed a structured Q&A session around session 6 with ground rules (Shirley Glass's *Not "Just Friends"* was useful for both).
- **Moving into EFT (Sue Johnson) once the acute crisis settled.** Hold Me Tight conversations gave them language for the attachment injury.
- **Naming the role of the church.** They'd done a marriage preparation course through the parish before the wedding, and the sense of having 'failed' in front of God and the community was a huge part of her shame.

What I'd do differently:
- Individual sessions earlier for him. His own history (father who left when he was 10) was driving a lot of the defensiveness, and we only got to it late.
- Be more explicit about my stance on secrets at the outset. Nearly came unstuck around session 9.

They're not 'fixed' - she said at the end, 'I don't trust him yet, but I trust that we're working on it.' That feels about right.""",
        [],
    ),
    (
        "b17d-027",
        """S: Client (27F) presented distressed. Reports ongoing contact from ex-partner Darren despite AVO. New Instagram account following her this week (@dazza_k88), which she is certain is him. Also received an email from her bank flagging a login to her account from IP 203.45.118.22, which she believes was him using an old shared password. Has moved in with her sister in Penrith. Sleeping 3-4 hrs, hypervigilant, checking locks repeatedly. Still working part-time.

O: Tearful, pressured speech early in session, settled with grounding. K10 = 34. DASS-21 anxiety in the extremely severe range. No SI; future-oriented (talked about finishing her TAFE course).

A: Acute stress in the context of ongoing coercive control and technology-facilitated abuse. Risk to client from ex-partner assessed as elevated given escalation - DVSAT completed.

P:
1. Safety plan updated; 1800RESPECT and 000 confirmed.
2. With consent, referred to local DV service for a tech safety check and support to report AVO breaches to police.
3. Encouraged her to change all passwords and enable 2FA - she'll do this with her sister tonight.
4. Sessions increased to weekly under MHTP. Review next week.""",
        [
            ("Darren", "name"),
            ("@dazza_k88", "handle"),
            ("203.45.118.22", "ip"),
            ("Penrith", "place"),
        ],
    ),
    (
        "b17d-028",
        """Supervision reflection - MAID request

Writing this out because I'm still processing it.

Client is 88, a retired farmer from the prairies, living in long-term care since a stroke three years ago, and now with a progressive neuromuscular condition that has left him mostly wheelchair-bound. He told me last week he's applied for MAID and asked me to be 'on his side.'

What stirred in me: real resistance. Partly values - I was raised Catholic and, although I don't practise, something in me flinched. Partly clinical - I've been seeing him for depression (PHQ-9 was 17 at intake, now 11), and I worry the depression is doing some of the talking.

But he's clear, consistent, and he's been thinking about this for over a year. Two assessors have seen him. He's on Track 1, since his natural death is reasonably foreseeable. It's not my role to gatekeep.

What I'm holding:
- My role is not to evaluate eligibility. It's to support him, and to make sure the depression is being treated so that whatever choice he makes isn't made from the bottom of a hole.
- Whether I can keep seeing him through the process. CRPO guidance is fairly general; I'll look at the provincial framework and the federal legislation (Bill C-7) as well.
- My own countertransference. He reminds me of my grandfather, who died badly in a hospital in a way nobody chose.

Bringing this to supervision on Monday. Rereading Yalom's *Staring at the Sun* - not clinical guidance exactly, but it's helping me sit with it.""",
        [],
    ),
    (
        "b17d-029",
        """Honestly I wouldn't read too much into two missed sessions after a disclosure like that. Often it means the work landed.

Practical barriers are real too, especially with little ones. My client nearly dropped out last year because her daughter Journey was sick for three weeks running and she was too embarrassed to keep canceling. A short warm text ("no pressure, I'm here when you're ready") plus offering telehealth brought her straight back.""",
        [("Journey", "name")],
    ),
    (
        "b17d-030",
        """Process notes - session 5, working with an interpreter

Client is a man in his early 30s from Eritrea, seeking asylum in the UK. Journey here via Sudan and Libya, then across the Mediterranean to Italy and eventually the Channel crossing. Referred by his GP after repeated presentations with headaches and insomnia. We work with a Tigrinya interpreter over the phone because there isn't one available locally in person.

This session he spoke for the first time about the detention centre in Libya. Short bursts, then he stopped and asked the interpreter something that wasn't translated to me. When I asked, she said he'd asked whether I 'was police.' We spent the next 20 minutes on that - who I am, who I report to, what happens to what he tells me. His Home Office interview is clearly on his mind; he's frightened that anything he says to me will be compared with what he said there.

Me: "Nothing you tell me goes to the Home Office unless you ask me to write something for your solicitor."
Him (via interpreter): "Everyone says that."

Fair.

My process: I felt impotent. The biggest threat to his mental health is the asylum decision, which I have no control over. I notice I want to rush toward trauma work (NET is the evidence-based choice here, Schauer et al.) because it feels like doing something, but he's not stable enough. Stabilisation first, and helping him feel safe in the room.

Linked with Freedom from Torture for a possible MLR and with the Refugee Council for practical support. Also need to think about the interpreter's wellbeing - this was a heavy session for her too.""",
        [],
    ),
    (
        "b17d-031",
        """Kia ora all - after some advice about an awkward situation.

Client is a 36-year-old woman I've been seeing privately for postnatal depression (EPDS was 21 at intake, now 12). She's been doing well, but last session she disclosed that her mother has been showing up uninvited, criticising her parenting, and on one occasion took the baby out without asking. Client is worried about her mum's own mental health - thinks she might be manic - and asked me to 'have a word'.

She gave me her mum's mobile (021 448 9302) and her date of birth, 30/09/1961, so I could 'look her up' with the crisis team at Waikato Hospital. I obviously haven't done anything with that. Both of them live in Hamilton.

My thinking:
- Mum is not my client. I can't assess her and shouldn't be contacting services about her.
- What I can do is help my client work out what she wants to do, including how to ring the crisis line herself if she's worried, and how to set boundaries with her mum around the baby.
- I also want to check in about my client's own sense of safety with the baby being taken - is that a Plunket or Oranga Tamariki conversation?

Have others had clients try to hand over a family member's details like this? How did you handle it without the client feeling dismissed?""",
        [
            ("021 448 9302", "phone"),
            ("30/09/1961", "date"),
            ("Waikato Hospital", "organisation"),
            ("Hamilton", "place"),
        ],
    ),
    (
        "b17d-032",
        """**BIRP - Session 8, adolescent outpatient**

**B:** 17M, junior, lives with mom and stepdad in suburban Ohio. Attended with mom, seen alone for 40 mins. Reports vaping nicotine daily and cannabis "like three or four times a week, mostly weekends." Admitted he's been selling some of his Vyvanse (30 mg) at school - first time he's told anyone. Grades dropping (two Fs at midterm). Irritable when mom was in the room, more open alone. CRAFFT 4/6.

**I:** MI (Miller & Rollnick) - explored ambivalence about cannabis; decisional balance. Reflected his stated values of getting his driver's license and keeping his spot on the wrestling team. Discussed limits of confidentiality re: selling medication; agreed he would tell his prescriber himself with my support, rather than me disclosing to mom directly. Brief psychoed on cannabis and ADHD (executive function, motivation).

**R:** Defensive at first, then engaged. Said "I know it's dumb" about selling meds; mostly worried about getting caught. Agreed to a cannabis-free trial before his next wrestling meet. Willing to do a joint call with the prescriber next week.

**P:**
- Coordinate with psychiatric NP re: diversion risk; consider a less divertible formulation.
- Continue weekly; introduce A-CRA procedures next session.
- Parent session with mom and stepdad at session 10 (family communication).
- Safety: no SI/HI. 988 and Crisis Text Line confirmed.""",
        [],
    ),
    (
        "b17d-033",
        """**Intake summary - for consult group review (please don't forward)**

**Identifying info:** Jasmine Whitehorse, DOB April 2, 2003, OHIP 5584-219-307-KT. Third-year nursing student at Laurentian University (student #0412287). Lives off-campus in Sudbury with two roommates. Anishinaabe; grew up on-reserve in northern Ontario and moved south for school.

**Referral:** Self-referred after a panic attack during a clinical placement. Reports escalating anxiety over the past year, poor sleep, passive SI ('sometimes I wish I could just not wake up') without plan or intent.

**History:** Close with her grandmother, who she calls every night. Older brother died by suicide when she was 15. No previous treatment. Drinks socially, 'maybe too much on weekends.'

**Measures:** GAD-7 17, PHQ-9 18 (item 9 = 1), C-SSRS screen positive for passive ideation only.

**Impressions:** GAD with comorbid depressive episode; unresolved grief; academic and cultural stressors (first in family at university, isolated from community).

**Plan:** Safety plan completed. Weekly sessions. Exploring connection with the campus Indigenous student centre and an Elder. Considering referral to psychiatry re: medication. Hope for Wellness line given.

Would value thoughts on integrating culturally grounded approaches with CBT - I'm non-Indigenous and want to do this well.""",
        [
            ("Jasmine Whitehorse", "name"),
            ("April 2, 2003", "date"),
            ("5584-219-307-KT", "id_number"),
            ("Laurentian University", "organisation"),
            ("0412287", "id_number"),
            ("Sudbury", "place"),
        ],
    ),
    (
        "b17d-034",
        """Great question. I've worked with a lot of FIFO blokes (and a few women) over the years, mostly on the mines up in the Pilbara and a bit of offshore oil and gas, so here's my two cents.

Things that make FIFO work different:
- **The swing matters.** 2/1 is very different to 8/6. Ask about it early, because it shapes everything - when you can see them, how the family copes, when the lows hit.
- **The changeover crash.** A lot of my clients say the first couple of days home are the hardest. Partner's been running the show for two weeks, kids have routines, and they come home feeling like a visitor.
- **Telehealth is essential.** Sessions from camp are common, usually from their donga or the car park. Expect a bad connection and very little privacy.
- **Drinking culture.** The wet mess is a big part of camp life for some. Worth asking about gently.
- **Suicide risk.** Higher than the general population, and most won't tell anyone on site. MATES in Construction is a good resource, and a lot of companies now run peer support programs.

Therapy-wise I lean on ACT a lot - values work around 'why am I doing this?' is powerful when the money's good but the cost is high. And the couples side is huge; a lot of my best outcomes have been when the partner's involved.

Also, if they're on a Medicare MHTP, be flexible about scheduling - cancellations aren't always avoidance, sometimes they've just been rostered on and forgot.""",
        [],
    ),
    (
        "b17d-035",
        """Ah this is such a common one. Shift workers are the hardest to do sleep work with because half the CBT-I rules just don't fit their lives.

I've a client at the minute, nurse in Beaumont, rotating nights, and we basically had to throw out the standard stimulus control script and build something around her roster. What's helped:
- Anchoring ONE thing that stays constant regardless of shift - for her it's a wind-down routine of about 30 mins, same order every time.
- Blackout blinds and an eye mask for post-night sleep, and the phone out of the bedroom (she hated this, but it worked).
- Letting go of the idea that she'll ever have 'normal' sleep while on nights. The acceptance piece was huge - a bit of ACT in there.
- A strategic nap before a night shift rather than trying to force a full sleep.

If you haven't already, Colin Espie's stuff and the Sleepio materials have decent bits on shift work. And the HSE has a leaflet that's grand for handing out.

Good luck with it!""",
        [("Beaumont", "organisation")],
    ),
    (
        "b17d-036",
        """**SOAP - session 3**

**S:** Client (52M, Samoan, church deacon, forklift driver) attended with his wife. Reports low mood 'for a long time,' not sleeping, lost interest in things including the church choir. Gout flare-ups have kept him off work for two weeks, which he finds shameful: 'I'm supposed to be the provider.' Wife says he's been withdrawn from the family and snapping at the kids. Denies thoughts of harming himself - 'God wouldn't want that' - but acknowledged 'sometimes it would be easier not to wake up.'

**O:** Quiet, limited eye contact, spoke more when his wife stepped out for a few minutes. PHQ-9: 18. Engaged well when talking about family and faith.

**A:** Moderate-severe depressive episode with passive death wishes; no active SI or plan. Physical health (gout, probable undiagnosed sleep apnoea per wife's report of snoring) contributing. Strong protective factors: faith, family, church community. Shame around not working is a key maintaining factor.

**P:**
- Using the Fonofale model (Pulotu-Endemann) to frame the work holistically - family and spiritual dimensions as central, not add-ons.
- Liaise with GP re: gout management, sleep study referral, and antidepressant options.
- Invite his wife to part of each session, as he prefers.
- Explore whether he'd like his minister involved at some point.
- Le Va resources and 1737 provided. Safety plan completed with family support.
- Next session in one week.""",
        [],
    ),
    (
        "b17d-037",
        """## Case consult: housing instability, SMI, and a very stuck care team

Posting because I'm honestly at a loss and my agency's consult group doesn't meet until next month.

**Client:** 58-year-old white man, diagnosed schizoaffective disorder, bipolar type, in his twenties. Medicaid (OHP ID WX4418273). Currently staying in a friend's garage at 1418 SE Alder St, Portland 97214, but the friend's landlord found out and he has until the end of the month. Goes by "Red" - everyone at the day center calls him that.

**Background:** Worked as a longshoreman for about 15 years until his first major episode. Two marriages, one daughter he hasn't spoken to in a decade. His brother Dale is the only family still in touch and is his emergency contact (503-555-0182 - and yes, I've confirmed Dale knows he's listed).

**Current:** On Invega Sustenna monthly, mostly adherent, but misses injections when he moves. Mood fairly stable, persistent auditory hallucinations that he describes as 'background radio.' Drinks when housing is unstable. Three ED visits this year, all around housing transitions.

**Care team:** Me (outpatient therapist), a case manager at Central City Concern, a psychiatric NP, and the housing navigator. Everyone is doing their piece, no one owns the whole thing, and he keeps falling through.

**What I'm asking:**
1. Has anyone gotten a client into permanent supportive housing in this market with a history of evictions? What actually moved the needle?
2. How do you get a fragmented team to agree on a single point person?
3. Thoughts on a long-acting injectable schedule that's more forgiving of missed doses (thinking about Invega Trinza)?

I know the system is the system. But I really don't want his next move to be a tent.""",
        [
            ("WX4418273", "id_number"),
            ("1418 SE Alder St", "place"),
            ("Portland", "place"),
            ("97214", "place"),
            ("Red", "name"),
            ("Dale", "name"),
            ("503-555-0182", "phone"),
            ("Central City Concern", "organisation"),
        ],
    ),
    (
        "b17d-038",
        """Supervision reflection - language and the room

I've been working in the Valleys for about three years now and this week something happened that I want to think through properly.

A client I've been seeing for a few months - woman in her 60s, first language Welsh, grew up on a farm, widowed - switched into Welsh halfway through talking about her late husband. Just a sentence or two, then she apologised and went back to English. I have conversational Welsh, not much more, and I understood the gist but not the feeling.

I said something like 'You don't need to apologise - it sounded like that was important.' She said, 'It's just that it doesn't sound right in English. There's no word for it.' And then she said 'hiraeth,' and we both went quiet.

What I'm left with:
- How much of her grief has been inaccessible to our work because she's been translating it for me? Possibly a lot.
- Should I be offering a referral to a Welsh-speaking therapist? NHS Wales has obligations under the Welsh Language Standards, and the 'active offer' principle suggests I should at least raise it. But she chose me, and the relationship matters.
- My own stuff: I'm English, moved here for my partner's work, and I carry some guilt about being yet another English professional in a Welsh community.

Casement's *On Learning from the Patient* keeps coming to mind - following the patient's cues rather than my own theories. She told me something about what she needs. I want to listen to it.

Bringing this to supervision next week. Also want to read more on bilingual clients and emotional expression - Pavlenko has written on this, I think.""",
        [],
    ),
    (
        "b17d-039",
        """DAP - home visit, session 4

D: Client is a 91-year-old widower living alone, referred via his GP under a Mental Health Treatment Plan for low mood following his wife's death last year. Seen at home as he no longer drives. Today he was more animated than on previous visits, mostly talking about his dog Banjo, who he says 'gets me out of bed because he won't shut up until he's fed.' Reports walking to the end of the street and back most mornings with the dog. Sleep still broken (3-4 wakings), appetite 'fine, I do a chop most nights.' Son visits fortnightly; daughter is interstate and phones daily. GDS-15: 8 (down from 10).

A: Mild to moderate depressive symptoms, improving. The dog is a significant protective factor and a source of behavioural activation and routine. Grief appears to be moving from acute toward integrated. No SI; denied when asked directly - 'I've got the dog to think of.' Some concern about social isolation on the days nobody visits.

P: Continue fortnightly home visits. Discuss a referral to a community visitors scheme and his local men's shed. Liaise with GP re: sleep (he has asked for 'something to help' - flag falls risk with sedatives). Next visit in two weeks.""",
        [("91", "age"), ("Banjo", "name")],
    ),
    (
        "b17d-040",
        """Good thread. Since a few people asked how I de-identify when I post here or take cases to peer consult, this is roughly my checklist (Ontario, so PHIPA is the backdrop, but the principles travel):

- **No names, ever.** Not first names, not nicknames, not the dog. I use 'the client' or a role ('the mother', 'her partner').
- **Age in ranges** ('early 30s', 'late teens') unless the exact age is clinically relevant, and even then only if it's a common age.
- **Location at the provincial or regional level only.** 'Southwestern Ontario' or 'a small northern town' is fine; the name of the town isn't.
- **Occupation made generic.** 'Works in healthcare' instead of the unit and the hospital. 'Student' instead of the program and the school.
- **Dates stripped.** 'Last spring' or 'a few months ago' rather than a specific date. Trauma anniversaries are tempting to include because they matter clinically, but I just write 'an anniversary' and leave it there.
- **No record numbers, no OHIP numbers, no emails.** Sounds obvious, but I've seen intake summaries posted with the header still attached.
- **Social media.** Don't quote handles or describe an account in enough detail that someone could find it.
- **Rare details.** A rare diagnosis plus a small town plus an unusual job can identify someone with no name at all. I change or drop one of the three.

I also ask myself: 'If this client read this post, would they recognise themselves? Would anyone else?' If the answer to the second is yes, I edit more.

CRPO has guidance on this, and Koocher & Keith-Spiegel's *Ethics in Psychology and the Mental Health Professions* has a good chapter.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind17d"}
        for doc_id, text, items in DOCS
    ]
