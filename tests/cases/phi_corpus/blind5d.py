"""Blind batch b5d, written by a helper session from the brief alone (without sight of the guard).
Voices: informal consultation-platform writing - quick lower-case chat replies, quoted client
speech and text messages, Markdown headings and bullet lists, SOAP/DAP/process notes, questions
to the group, typos. Themes: couples, family and child/adolescent therapy, play therapy, grief
(including perinatal and late-life), gender-affirming care, neurodivergent clients, gaming and
social media (Discord/Snapchat/TikTok/Twitch/Roblox handles, URLs, emails). Regions: US, UK,
Ireland, Canada, Australia, New Zealand. Names from many cultures, nicknames and names that are
ordinary words (Hope, Faith, Sunny, Bear, Precious, Royal, Deacon, Ace, Rusty, Will, Summer,
grace). Clean documents are dense with cited authors, instruments, billing/ICD codes,
medications, holidays without years, brands, apps, games, TV shows and sports leagues.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: Kept sealed
while the rules changed. With the guard at 935157f: span recall 0.863, precision 0.685,
identifier documents fully caught 0.455, clean documents flagged 0.818; first opened at 7d19c5d:
0.842, 0.788, 0.364, 0.727.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b5d-001",
        """ok quick q for the group bc i'm second-guessing myself. 14yo cis boy, referred for low mood + school refusal. mum says he's on discord till 3am most nights, his username is shadowfang_77 and he's in a server run by an older player who goes by Kr0nos. in session today he said 'Deacon actually gets me, he's the only one who does' - turns out Deacon is Kr0nos's real first name?? mum found a bunch of DMs asking him to move to snap. school (Westbrook Middle) has already flagged attendance.

has anyone handled possible online grooming where the kid is super protective of the adult? i don't want to blow up the alliance but obviously safeguarding comes first. we've been doing behavioural activation + some psychoed on online safety and he just rolls his eyes lol. any scripts welcome""",
        [
            ("shadowfang_77", "handle"),
            ("Kr0nos", "handle"),
            ("Deacon", "name"),
            ("Westbrook Middle", "organisation"),
        ],
    ),
    (
        "b5d-002",
        """Honestly Minecraft is gold with this age group. I've had 9- and 10-year-olds build their 'safe place' in Creative mode and then we tour it together, which is basically a digital version of the sand tray. Fortnite is harder because it's so fast, but even there you can get a lot from who they choose to squad with and what skins they pick. A few things that helped me:

- Keep Landreth's limits in mind (acknowledge the feeling, communicate the limit, target alternatives) - works just as well for 'no, we can't buy V-Bucks in session'
- Axline's principle of letting the child lead still applies, even when the child is leading you through a Roblox obby
- Screen time fights at home usually aren't about the screen. I use the SDQ with parents at intake and again around session 8
- If they're into Among Us, the 'sus' game is a brilliant way in to talking about trust and suspicion

Also don't underestimate Bluey for the under-7s. Half my caseload can quote the Sleepytime episode, and parents watch it too, so it gives the family a shared language. Over Christmas I had three families tell me they'd binged it on Disney+.""",
        [],
    ),
    (
        "b5d-003",
        """## Consult request - couple, 11 yrs married, affair disclosure

**Presenting:** Faith (38, primary school teacher) and Tomasz (41, electrician) came in after Faith discovered texts between Tomasz and a coworker at Stelco. Disclosure happened on Boxing Day, which she keeps bringing up ('you ruined Christmas for the kids forever'). They live in Dundas and have two kids, 7 and 4.

**What I've done:** Gottman Sound Relationship House framing, Gottman-Rapoport intervention for the flooding, started on the atonement phase. DAS at intake was 84 for her, 97 for him.

**Where I'm stuck:** Tomasz keeps saying 'Faith, I've said sorry a hundred times' and she hears it as dismissive. Also their wedding anniversary is June 21 and she's already dreading it.

**Question:** Has anyone blended EFT (Sue Johnson) with the Gottman affair recovery model? Or should I pick one lane?""",
        [
            ("Faith", "name"),
            ("Tomasz", "name"),
            ("Stelco", "organisation"),
            ("Dundas", "place"),
            ("June 21", "date"),
        ],
    ),
    (
        "b5d-004",
        """Reply to the thread on holiday conflict in blended families:

We see a spike every year between Thanksgiving and New Year's. For the couple I'm thinking of, the flashpoint is always which household gets Christmas Eve versus Christmas morning, and who drives. What helped:

1. Bowen's idea of differentiation - I framed it for them as 'you can stay connected to your family of origin without taking on their anxiety'
2. A genogram session. Minuchin purists may disagree but I find structural mapping and a genogram together make the triangles very visible
3. Concrete scheduling: a shared Google Calendar, colour-coded, agreed in session
4. For the teenagers, letting them have one say in the plan (even if it's just 'we watch the NFL game at Dad's')

Measures: CSI-16 at intake and every sixth session; the stepkids did the RCADS once through their pediatrician. Nobody is on meds except the stepmom, who is on sertraline 100 mg from her PCP.

The biggest shift came when the stepmom said 'I'm not trying to replace anyone at Hanukkah, I just want a seat at the table.' Hard to argue with that one. Happy to share the worksheet if people want it.""",
        [],
    ),
    (
        "b5d-005",
        """Play therapy process note (grief), session 6

Child is 8, attends St Brigid's NS in Drumcondra. Grandad died on the 9th of November, aged 94 - he lived with the family and did the school run most days, so the loss is everywhere for her. She brought in a photo of him with their dog Biscuit and asked if Biscuit is sad too.

In the sand tray she buried a small figure under the stones and then dug it up, over and over. I reflected 'you keep finding him again'. She said 'Mammy says Grandad Seán is in heaven but I want him in the garden.'

Using Worden's tasks loosely; not pushing. Mam (Orla) is also struggling and has been referred to her GP for her own support. Plan: continue CCPT, memory box next week, check in with teacher re the anniversary.""",
        [
            ("St Brigid's NS", "organisation"),
            ("Drumcondra", "place"),
            ("the 9th of November", "date"),
            ("aged 94", "age"),
            ("Biscuit", "name"),
            ("Seán", "name"),
            ("Orla", "name"),
        ],
    ),
    (
        "b5d-006",
        """Really appreciate this thread. A couple of things from my own grief work with adolescents:

- Continuing bonds (Klass, Silverman & Nickman) has been much more useful to me than any stage model. Kübler-Ross gets quoted by every teenager who's seen Grey's Anatomy, but the stages aren't a map.
- Stroebe & Schut's dual process model is great for explaining to parents why their kid can be crying at breakfast and playing FIFA with friends by lunchtime. Both are grieving.
- I screen with the PG-13-R (Prigerson) for adults and use the ICG-R loosely with older teens. For trauma symptoms, the CATS.
- Anniversaries: Mother's Day, Father's Day, the first Diwali or Eid without the person. Plan for them in advance.

With one 15-year-old, the breakthrough was a Spotify playlist we built together of songs her dad used to play in the car. She listens to it on Sundays. It's not 'moving on', it's moving with.

Doka's concept of disenfranchised grief is also worth a revisit if you're working with anyone who lost an ex-partner, a friend, or a pet.""",
        [],
    ),
    (
        "b5d-007",
        """Hi all, looking for thoughts from anyone doing gender-affirming work with teens in Victoria.

Client is 16, assigned male at birth, now uses she/her and the name Hope. Long waitlist at the Royal Children's gender service; GP has been great. Family is split - dad keeps using her deadname and mum is supportive but exhausted. They're in Brunswick (3056), which matters only because she walks past dad's work every day.

She showed me her TikTok today (@hopeful.ghost) and honestly it was one of the most alive I've seen her. Comments mostly kind, a few nasty ones. She asked me 'can you tell my dad I'm not going through a phase' and I had to hold that carefully.

Medicare number on the referral has also been copied into our shared notes by mistake (2951 46731 2) - I've asked admin to scrub it.

Working from WPATH SOC-8 and an affirmative stance. Questions: how are people supporting the parent who's lagging behind? Any family-based resources you like?""",
        [
            ("Hope", "name"),
            ("Royal Children's", "organisation"),
            ("Brunswick", "place"),
            ("3056", "place"),
            ("@hopeful.ghost", "handle"),
            ("2951 46731 2", "id_number"),
        ],
    ),
    (
        "b5d-008",
        """## Notes from our peer group on gender-affirming care (no client details)

A few of us met on Zoom last Thursday to talk through WPATH SOC-8 and the recent changes in our state. Summary:

- **Letters:** Most of us now write the assessment letter after 3-4 sessions, not 12. The informed consent model (as in many US community clinics) is increasingly the norm for adults.
- **Meds we see a lot:** estradiol (patch or sublingual), spironolactone 100-200 mg, testosterone cypionate weekly, and leuprolide for puberty suppression in younger teens.
- **Measures:** We don't use a 'gender measure' - we use the PHQ-9, GAD-7 and, for teens, the RCADS. One colleague likes the Utrecht Gender Dysphoria Scale but most of us find it dated.
- **Reading:** Ehrensaft's gender web, Olson's TransYouth Project findings, and Keo-Meier & Ehrensaft's edited volume.
- **Dates that matter:** Trans Day of Visibility and Trans Day of Remembrance, Pride Month in June. Clients often want to process these in session.

Reminder that the Trevor Project and Trans Lifeline are good crisis resources for US clients. Next meeting is after Labor Day.""",
        [],
    ),
    (
        "b5d-009",
        """Process note - autistic adult (dx at 31), working on workplace conflict

Sunny (Sunil) brought in screenshots of texts from his team leader at Bunnings. One read: 'mate you cant just leave the floor when the PA gets loud, talk to me first'. Sunny's reply: 'I did talk to you. On Tuesday. You said ok.' He's genuinely confused about what went wrong, and I think the double empathy problem (Milton) is the most useful frame here rather than framing him as the one lacking skills.

He gave me his sister's mobile as an emergency contact - 0412 556 903 - and asked that she be looped in if he's in crisis.

Plan:
* sensory audit of the store (noise-cancelling earbuds? break space?)
* role-play a short script for asking for a break
* consider a support letter re reasonable adjustments under the Disability Discrimination Act

He lives alone in Blacktown and the commute is 50 mins each way which drains him before shifts start.""",
        [
            ("Sunny", "name"),
            ("Sunil", "name"),
            ("Bunnings", "organisation"),
            ("0412 556 903", "phone"),
            ("Blacktown", "place"),
        ],
    ),
    (
        "b5d-010",
        """Re: the question about 'meltdown vs tantrum' language with parents

I lean on Ross Greene's Collaborative & Proactive Solutions here - 'kids do well if they can' lands better with most parents than anything I say about the amygdala. For the autistic kids on my caseload I also borrow from Damian Milton and the neurodiversity-affirming literature more broadly.

Practical stuff that's worked:
- Low-demand mornings. One family cut the morning routine to three steps on a visual schedule and the meltdowns halved within a month.
- Special interests as the way in. I've done entire sessions through Pokémon cards, the Titanic, Minecraft redstone, and once a very detailed subway map.
- Sensory profile (Dunn) before anything else.
- ADHD overlap: parents often come in with a Vanderbilt already done by the pediatrician; methylphenidate 18 mg or guanfacine 1 mg are the usual starts.

The SRS-2 and AQ-10 are fine for screening but please don't let a cut-off decide whether a kid gets to be understood. And if anyone says 'but he can look me in the eye when he's playing Fortnite', send them Temple Grandin's talks.""",
        [],
    ),
    (
        "b5d-011",
        """SOAP - family session 4 (mum + two sons)

S: Mum (Precious) reports 'things are calmer since half term'. Older son Kwame, 15, says 'she only notices when I mess up'. Younger son, 11, quiet, played on his Switch most of session.
O: Family arrived late, bus from Highfields delayed. Kwame sat apart. Good eye contact from Mum throughout. SDQ parent-report total 19 (high).
A: Classic pursue/withdraw cycle between Mum and Kwame; younger child triangulated as the 'good one'. Structural lens (Minuchin) fits.
P: Enactment next session around homework. Liaise with Kwame's head of year at Judgemeadow Community College - consent signed. Referral letter to CAMHS attached NHS no. 485 777 3456 (please redact before sharing wider!!).

Next appt 14/03, 4pm.""",
        [
            ("Precious", "name"),
            ("Kwame", "name"),
            ("Highfields", "place"),
            ("Judgemeadow Community College", "organisation"),
            ("485 777 3456", "id_number"),
            ("14/03", "date"),
        ],
    ),
    (
        "b5d-012",
        """Question for the family therapists here - how do you handle the kid who won't talk in family sessions?

Context (kept vague): a 13-year-old, parents separated last year, shared care, lots of conflict over screen time and the PlayStation. In individual sessions she's chatty; with both parents in the room she stares at her phone and answers in one word.

Things I've tried: externalising the conflict (White & Epston), circular questions from the Milan team, and a Satir-style family sculpt, which she did actually engage with. I've also got both parents doing Tuning in to Teens in parallel.

Things I'm considering: splitting sessions, or letting her text answers to me in the room from her phone (she offered!). Has anyone done that? Feels a bit odd but might be very Gen Z-appropriate.

Scores for context: RCADS elevated on social anxiety, PHQ-A 11, no risk. No medication. Sessions are fortnightly, 60 min (90847 when both parents attend).

Any thoughts welcome, especially from people working in Ontario or BC where the school-based supports are different.""",
        [],
    ),
    (
        "b5d-013",
        """Consultation request: perinatal loss and couple communication

I'm working with a heterosexual couple in their early thirties following a stillbirth at 37 weeks. I've kept details minimal here. They were referred by the hospital bereavement midwife after the loss on 3/22 and have attended five sessions.

Presentation: she describes intense yearning, intrusive images of the delivery room, and anger at 'everyone who says at least you're young'. He has returned to work and copes by staying busy; she reads this as not caring. Classic incongruent grieving.

Measures: PG-13-R elevated for her, PCL-5 of 41, EPDS 18 (no SI at present, safety plan in place). He declined measures.

Approach so far: Stroebe & Schut's dual process model for psychoeducation, some EFT for couples framing of their negative cycle, and encouraging rituals that feel right to them.

Question: has anyone used the due date as a planned ritual point? The original due date falls in a few weeks and I'm unsure whether to raise it or wait for them.""",
        [("3/22", "date")],
    ),
    (
        "b5d-014",
        """haha yes to all of this. also +1 on not letting the parents sit in for the whole play session, it changes everything.

for what it's worth my go-tos for 6-10s:
- kinetic sand + little figures (the cheap ones from Target honestly work fine)
- Uno and Jenga for the ones who need structure, Connect 4 for the competitive ones
- drawing with Oaklander's 'rosebush' prompt
- Lego, always Lego

and for teens who are 'too old for play' i just hand them the Nintendo Switch controller and we play Mario Kart while we talk. side by side > face to face with most of them. Perry's stuff on rhythm and regulation backs this up tbh.

re billing q: i use 90834 for the 45 min play sessions, 90846 for parent-only sessions. check with your payer though, Medicaid in my state is picky.

Happy Thanksgiving to the US folks btw!!""",
        [],
    ),
    (
        "b5d-015",
        """Urgent-ish, would value quick thoughts.

16yo client disclosed today that a group chat on Snapchat has been sharing photos of her cuts. She showed me the account that started it - username lil.mxrcy.x - and a second one, jaydenw_2008. She says the ringleader is a girl called Mercy from her netball team at Kelston Girls' College. Dad emailed me afterwards from ross.tuilagi@xtra.co.nz asking what he should do.

There's also a screenshot of the chat posted to a meme page - https://www.instagram.com/p/Cx7kQ2LrT9a/ - that she's desperate to get taken down.

Risk: no current SI, self-harm 2-3x/week, safety plan reviewed. I've explained limits of confidentiality and that I'll need to talk to the school.

What's everyone's process with Netsafe here in NZ? And has anyone had luck getting content taken down quickly?""",
        [
            ("lil.mxrcy.x", "handle"),
            ("jaydenw_2008", "handle"),
            ("Mercy", "name"),
            ("Kelston Girls' College", "organisation"),
            ("ross.tuilagi@xtra.co.nz", "email"),
            ("https://www.instagram.com/p/Cx7kQ2LrT9a/", "url"),
        ],
    ),
    (
        "b5d-016",
        """Jumping in on the social media thread. I think we sometimes pathologise platforms when the issue is the relationship or the content.

What I ask teens about in the first couple of sessions:
- Which apps (TikTok, Snapchat, Instagram, Discord, BeReal, YouTube)
- What they post vs just scroll
- Who they'd tell if something went wrong online
- Sleep - is the phone in the bedroom?

Jonathan Haidt's book comes up a lot with parents right now. I'm more cautious than he is about the causal story, and I think Candice Odgers' critique is worth reading alongside it.

For gamers, Discord servers can be the most supportive community a queer or autistic kid has. Taking that away as a 'consequence' can backfire badly.

Resources I give families: eSafety (for Australian folks), Common Sense Media, and for crisis, Kids Helpline 1800 55 1800 or 988 in the States. For sextortion concerns, NCMEC's Take It Down.

Anyone have a good handout on algorithmic feeds for 12-year-olds? Something Bluey-level simple?""",
        [],
    ),
    (
        "b5d-017",
        """Play therapy notes, session 9 - 5yo, foster placement

Child goes by 'Bear' (his foster mum's nickname for him; legal first name Dashiell). In the dollhouse today he put the baby doll in the bathtub and said 'no one comes, no one comes'. Then he took the police car and drove it to the house. I tracked out loud. He looked at me and said 'you're the police now'.

Foster mum Rashida says he's been hoarding food again since contact with birth mum was moved to Saturdays at the Family Centre on Hollis Street. Case number on the DCF paperwork is 24-JV-00871.

Thinking about this through a Perry / neurosequential lens - a lot of his play is still at the brainstem/limbic level and he needs repetition and rhythm before anything narrative.

Q for the group: how do others handle it when a foster child casts you as the 'rescuer' role? I want to stay in role but not overpromise.""",
        [
            ("Bear", "name"),
            ("Dashiell", "name"),
            ("Rashida", "name"),
            ("Hollis Street", "place"),
            ("24-JV-00871", "id_number"),
        ],
    ),
    (
        "b5d-018",
        """Since a few people asked, here's how I structure the first three sessions in child-centred play therapy (CCPT):

### Session 1
Parent consult only. Developmental history, Child Behavior Checklist (CBCL), and a frank talk about what play therapy is and isn't. I show them the room.

### Session 2
First child session. I use Landreth's opening line more or less verbatim: 'In here you can say or do almost anything you want. If there's something you can't do, I'll tell you.'

### Session 3
Usually the first real testing of limits. ACT model for limit-setting (not the same ACT as acceptance and commitment therapy, which confuses trainees every year).

Toy list essentials, following Kottman and Landreth: nurturing toys, aggressive toys (yes, the toy sword stays), creative/expressive materials, and real-life items like a cash register and a phone. I keep a Paw Patrol tower and a few Marvel figures because the kids expect them, but I don't rely on licensed characters.

If you want adjuncts, Theraplay and Filial Therapy (Guerney) pair nicely with CCPT. Billing: 90837 for a full 53+ minute session, or 90834 when we keep to 45 minutes.""",
        [],
    ),
    (
        "b5d-019",
        """Case presentation - complicated grief in late life

Client is a 91-year-old retired farmer, widowed in spring after 67 years of marriage. His wife, Margarethe, died at Hill Country Memorial after a fall. He still sets two places at the table and talks to her photo. His daughter drives him in from Fredericksburg for sessions and says he has stopped going to St. Mary's Catholic Church, which had been the centre of their social life.

He told me 'Margie would want me to get on with it, but she's not here to tell me how.' He scored 20 on the GDS (long form, clearly elevated); MoCA 26, so I don't think this is cognitive.

I'm using a mix of Worden's tasks, some reminiscence work, and Shear's complicated grief treatment protocol (CGT), adapted for his pace.

Question: has anyone used imaginal revisiting with clients this age? I'm worried about over-activating him but he's asked to 'talk about the day she fell' more than once.""",
        [
            ("91-year-old", "age"),
            ("Margarethe", "name"),
            ("Hill Country Memorial", "organisation"),
            ("Fredericksburg", "place"),
            ("St. Mary's Catholic Church", "organisation"),
            ("Margie", "name"),
        ],
    ),
    (
        "b5d-020",
        """Replying to the 'is gaming an addiction' thread since it comes up in every consult group.

Short version: gaming disorder is in ICD-11 (6C51) but not DSM-5-TR, where Internet Gaming Disorder is still a condition for further study. Most of the teens I see for 'gaming addiction' turn out to have ADHD, social anxiety, depression, or a home environment they're escaping from.

What I do:
1. Ask them to teach me the game. Valorant, Fortnite, Rocket League, Genshin Impact, Minecraft - I've learned them all badly.
2. Map what the game gives them (competence, autonomy, relatedness - thanks, Deci & Ryan).
3. Then look at what's missing offline.

Measures: IGDS9-SF if I need numbers, plus the Vanderbilt or Conners for attention and the RCADS for mood.

Parents often ask about esports. A lot of high schools now have teams and scholarships exist; for some kids that's a genuinely good pathway rather than a problem. Also worth knowing that the big tournaments (League of Legends Worlds, the Fortnite World Cup) are as exciting for them as the Super Bowl or the NBA Finals are for their parents.""",
        [],
    ),
    (
        "b5d-021",
        """ugh ok need to vent/consult. 15yo client, long session today. she and her gf broke up over snap and she read me the whole convo. some highlights: 'grace ur literally so dramatic' / 'marisol i'm not doing this again'. she's grace, the gf is marisol. then marisol's best friend posted a tiktok about it from @mari.besties4ever and half of year 10 has seen it.

her mum messaged me at 10pm on my work phone (not ok, we're addressing boundaries lol).

she's not at risk rn, we did the C-SSRS, safety plan updated. but she's catastrophising hard - 'everyone at northcote high hates me now'.

would love ideas for:
- first breakup + public humiliation in the same week
- a teen who wants me to 'just tell her what to text back'
- how much to lean into the queer-specific stuff vs just treat it like any breakup

thx all, long week""",
        [
            ("grace", "name"),
            ("marisol", "name"),
            ("@mari.besties4ever", "handle"),
            ("northcote high", "organisation"),
        ],
    ),
    (
        "b5d-022",
        """Thanks for the tag. I work with a lot of late-diagnosed autistic women and honestly the TikTok wave has been a mixed bag - lots of people self-identifying after seeing a 'signs you're autistic' video, some accurately, some not.

How I approach it:
- Take the self-id seriously. Autistic masking (Hull et al.) and the CAT-Q are really helpful for explaining why these women were missed.
- Formal assessment if they want it: ADOS-2 and ADI-R are the standard, although for adults the RAADS-R and a good developmental history are often more informative.
- Co-occurring ADHD is super common. Expect lisdexamfetamine 30 mg or atomoxetine to come up once they see a psychiatrist.
- Burnout is real - more rest, fewer demands, and less 'social skills training'.

On the platform question: a lot of my clients find community on Reddit, Discord, and Tumblr. Some of my most masked clients unmask first online. I'd never frame that as avoidance without understanding it.

Also, heads up: April is Autism Acceptance Month and a lot of my clients find the puzzle-piece stuff really upsetting. Good thing to bring up proactively in March.""",
        [],
    ),
    (
        "b5d-023",
        """Hey all, question about dual relationships online.

New adult client (24, ADHD + social anxiety) streams on Twitch as a job - his channel is twitch.tv/royalflush_live and he has a decent following. His actual first name is Royal, which he says was 'my grandma's idea of a joke'. He mentioned that a mod on his channel, ghostkatt, is also his ex and they still talk every day.

Thing is, my teenage nephew watches him. I found out when my nephew mentioned a streamer with the same name and I checked. I haven't told the client. Do I need to? I've never met him outside session and I'm not in his chat, obviously.

Other details: he works part-time at a GameStop in Tulsa, wants to go full-time streaming, and his mum keeps calling me (918-555-0143) even though he's 24 and hasn't signed a release.

Would really like some ethics input here.""",
        [
            ("twitch.tv/royalflush_live", "url"),
            ("Royal", "name"),
            ("ghostkatt", "handle"),
            ("GameStop", "organisation"),
            ("Tulsa", "place"),
            ("918-555-0143", "phone"),
        ],
    ),
    (
        "b5d-024",
        """A few reflections after a tough week of couples work:

When one partner is glued to the Premier League every weekend and the other feels abandoned, it is almost never about football. In EFT terms (Sue Johnson's Hold Me Tight) it's a protest about access and responsiveness. 'You'd rather watch the match than talk to me' = 'Am I important to you?'.

Gottman's bids for connection land well with sports-loving clients too. I literally had one husband say, 'So she's making bids and I'm leaving her on read.' Yes. Exactly.

Tools I've leaned on this month:
- The Four Horsemen handout
- Stan Tatkin's PACT ideas around the couple bubble
- Esther Perel's work for the desire piece, especially after the kids come along
- The CSI-32 and the Relationship Assessment Scale (RAS) at intake

One pattern for the Northern Hemisphere folks: couples conflict spikes in the run-up to Christmas and again around Valentine's Day. Southern Hemisphere friends tell me it's more around the school holidays and the AFL Grand Final.

Anyway - be kind to yourselves. Couples work is hard.""",
        [],
    ),
    (
        "b5d-025",
        """DAP note - individual session, intimate partner abuse context

D: Client reports ex-partner has continued to access her email account. She brought a login alert showing a sign-in from 203.45.118.72 at 2:14am, which she believes is his flat. Protection order granted at Brisbane Magistrates Court (matter no. MAG-00412736/23). She also noted he created a new Facebook under the name 'Jase Rennick' to view her stories.
A: Ongoing technology-facilitated abuse; hypervigilance and sleep disruption consistent with her PCL-5 (52). Not currently meeting criteria for depression on PHQ-9 (8).
P: Safety planning with tech focus (password manager, 2FA, new phone); referral to the DV service's tech safety worker; next session Thurs 7 Dec.

Clinician reflection: I'm conscious I've used more detail than usual here because I'm asking for help with the court report - is it appropriate to include the IP and the alias in a report to the police, or should that come from her lawyer?""",
        [
            ("203.45.118.72", "ip"),
            ("Brisbane Magistrates Court", "organisation"),
            ("MAG-00412736/23", "id_number"),
            ("Jase Rennick", "name"),
            ("7 Dec", "date"),
        ],
    ),
    (
        "b5d-026",
        """SOAP - adolescent, session 12 (school refusal, social anxiety)

S: Client reports going to school three full days this week, up from one. 'Tuesday was awful but I stayed.' Says the weekend was mostly Netflix and a Stranger Things rewatch with a cousin. Looking forward to Halloween.
O: Arrived on time with parent. Brighter affect, more spontaneous speech. GAD-7 = 9 (down from 15 at intake). SCAS-C social subscale still elevated.
A: Good response to graded exposure hierarchy. Avoidance reduced; anticipatory anxiety remains high on Sunday evenings. Sleep improved since phone moved out of the bedroom.
P: Continue CBT (Kendall's Coping Cat, adolescent version: the C.A.T. Project). Next exposure step: eating lunch in the cafeteria rather than the library. Parent session in two weeks. Fluoxetine 10 mg per pediatrician, no side effects reported. Diagnosis F40.10 social anxiety disorder; F93.8 considered and ruled out.

Plan to review at session 16 with the SCARED and a collaborative decision about tapering frequency.""",
        [],
    ),
    (
        "b5d-027",
        """Has anyone had success getting a 504 plan in place when the school keeps 'losing' the paperwork?

14yo, ADHD combined type, dx by his pediatrician at 9, on Concerta 36 mg. Mom has emailed the school counselor (k.barrientos@lakewoodisd.org) three times. I sent my letter too. Nothing. Now the school says they need his student ID (10448392) on every document and that's why it 'didn't go through'.

Meanwhile he's failing algebra and telling me 'Mr. Haddad thinks I'm lazy'. He's not lazy. His Vanderbilt from his teachers is glaring.

Family is in Lakewood and he goes to Mountain Ridge High School - I know some of you know the district. Any tips on escalating? I was thinking of asking Mom to request a meeting in writing and cc the district 504 coordinator.

Also open to ideas for helping him with the shame piece. He's started saying 'ADHD is just an excuse' which I'm guessing he heard from someone.""",
        [
            ("k.barrientos@lakewoodisd.org", "email"),
            ("10448392", "id_number"),
            ("Haddad", "name"),
            ("Lakewood", "place"),
            ("Mountain Ridge High School", "organisation"),
        ],
    ),
    (
        "b5d-028",
        """Question for the group: how do you talk to under-5s about death?

I have a few little ones on my caseload this term whose grandparents have died, and I keep bumping into the 'gone to sleep' problem - a lot of families default to euphemisms, and then the kid won't go to bed.

What I know:
- Concrete language ('died', 'his body stopped working') is recommended across pretty much all the child bereavement literature.
- Books help: 'The Invisible String', 'Lifetimes', 'Badger's Parting Gifts', and the Sesame Street grief toolkit.
- Winston's Wish and Child Bereavement UK both have great free parent guides.

What I'm less sure about:
1. Whether to bring the child to the funeral (family and culture matter a lot here - I've had families from Catholic, Hindu and Muslim backgrounds approach it really differently)
2. How much to use play vs direct talk at this age
3. Whether anyone uses any kind of measure under 5? I've got nothing beyond the CBCL 1.5-5.

Also: any tips for the first Christmas, Diwali or Ramadan without the person? Families keep asking me.""",
        [],
    ),
    (
        "b5d-029",
        """Consult q re co-parenting + court.

Parents separated 2 yrs, two kids: Will (10) and Summer (7). Dad has them alternate weekends per the consent orders (Federal Circuit and Family Court file no. SYC 4471 of 2022). Mum's new partner, a guy named Tevita, is apparently 'not allowed' at handovers per dad, but that isn't in the orders.

Summer has started refusing to go to dad's. In play she keeps making the Lego dad 'go away on a plane'. Will is the parentified one - he told me 'I have to keep Summer calm or mum gets sad'.

I've been asked by mum's lawyer for a report. I'm the kids' therapist, not a family report writer, and I've said no, but the pressure is on. Handovers happen at the McDonald's on Victoria Road in Rydalmere, which the kids hate.

How do people hold the line on not becoming an expert witness? And any thoughts on working with the loyalty bind without taking sides?""",
        [
            ("Will", "name"),
            ("Summer", "name"),
            ("SYC 4471 of 2022", "id_number"),
            ("Tevita", "name"),
            ("Victoria Road", "place"),
            ("Rydalmere", "place"),
        ],
    ),
    (
        "b5d-030",
        """omg yes. the 'my kid only talks to me in the car' thing is SO real. side by side convos ftw.

re your q about teens and texting between sessions - my policy:
- no texting about anything clinical, only scheduling
- i use the practice's secure messaging, not my own phone (learned that one the hard way)
- if they're in crisis: 988, or go to the ED. it's in the safety plan in big letters

also re the DBT-A question from earlier: Miller, Rathus & Linehan's adolescent manual is the one. the walking the middle path module is gold for families, especially over the holidays when everyone's stuck in one house from Christmas to New Year's.

one more thing - if anyone's doing a Halloween-themed group, i ran a 'masks we wear' art activity last October for 12-14s and it went really well. happy to share the plan. kids made masks, outside = what people see, inside = what they feel. very Pixar Inside Out vibes, they loved it""",
        [],
    ),
    (
        "b5d-031",
        """Need a gut check. 11yo girl, anxiety + possible ASD (assessment pending), plays Roblox constantly. She told me her 'best friend' on there goes by Starlight - username xXStarlightQueenXx - and they talk on Discord every night. Her own Roblox name is pinkbunny2013.

Today she said Starlight asked her where she lives and she said 'I told her Hillcrest but not the street'. She was really proud of that.

Mum (Ayesha) is pretty switched on but works nights. I've asked her to call me - her mobile is 07700 914 482 - so we can talk parental controls and how to raise it without shaming the kid.

I'm not assuming the worst, but I want to be ready. Anyone got a good child-friendly script on online 'friends' that doesn't terrify them? We've done some Zones of Regulation work and she likes visual stuff.""",
        [
            ("Starlight", "handle"),
            ("xXStarlightQueenXx", "handle"),
            ("pinkbunny2013", "handle"),
            ("Hillcrest", "place"),
            ("Ayesha", "name"),
            ("07700 914 482", "phone"),
        ],
    ),
    (
        "b5d-032",
        """Couples therapy where one or both partners are neurodivergent - sharing what I've learned, since a few people DM'd me.

1. Don't assume the autistic partner is the 'problem'. The double empathy problem runs both ways.
2. Gottman's Love Maps work great but I make them visual and explicit. Some couples use a shared Notion page or Trello board for 'things I need to know about you'.
3. For ADHD, time-blindness and rejection sensitivity show up as 'you don't care'. Melissa Orlov's book on ADHD in marriage is worth handing to the non-ADHD partner.
4. Sensory stuff matters for intimacy. Ask about it.
5. Scripts are not cheating. Several of my couples keep a Google Doc of repair phrases.

Also note: ADHD meds wear off by evening, which is exactly when couples are supposed to connect. Worth a conversation with the prescriber about timing (e.g. Vyvanse in the morning plus a short-acting afternoon dose).

Measures: I use the CSI-16 and the ASRS for screening. I don't formally screen for autism in couples work unless asked.

Would love to hear from anyone who's done EFT with autistic couples - does the emotional focus need adapting?""",
        [],
    ),
    (
        "b5d-033",
        """Kia ora koutou, hoping for some advice on whānau-centred grief work.

Rangi, 13, lost his koro in August. His nan says the tangi at Takapūwāhia Marae was beautiful but Rangi wouldn't go in and hasn't really spoken since. He's at Porirua College and the guidance counsellor there referred him on.

Mum rang yesterday worried about money - she's been trying to sort a bereavement payment and read her IRD number out to me over the phone (049-091-850). I've not written it in his file, obviously, but flagging in case anyone has tips for families navigating that stuff.

In session he drew a waka with two people in it. He said 'that's me and Koro Hemi, he's steering'.

I'm using Te Whare Tapa Whā (Durie) as the frame, along with some narrative practices. Questions:
- anyone with experience bringing whānau into sessions for a rangatahi who isn't talking?
- any Māori grief resources you'd recommend for a 13-year-old?""",
        [
            ("Rangi", "name"),
            ("Takapūwāhia Marae", "place"),
            ("Porirua College", "organisation"),
            ("049-091-850", "id_number"),
            ("Hemi", "name"),
        ],
    ),
    (
        "b5d-034",
        """Reflections from a Canadian practitioner on working with Indigenous youth and families (no identifying details):

- Relationship first. I won't do a formal intake in session one if it's going to feel like another government form. The K10 and the CORE-10 can wait.
- Many families I work with have had direct contact with residential schools or the Sixties Scoop through parents or grandparents. Intergenerational trauma isn't a theory to them.
- I draw on Two-Eyed Seeing (Elder Albert Marshall's concept) and try to bring in Elders and Knowledge Keepers where the family wants that, through the local Friendship Centre or band office.
- Ceremony and land-based activities are treatment, not extras.
- The Hope for Wellness helpline (1-855-242-3310) is available 24/7 for Indigenous people across Canada.

On holidays: National Day for Truth and Reconciliation and Orange Shirt Day are activating for a lot of my clients. So is Mother's Day for some. Plan ahead.

I'd welcome reading suggestions. Currently rereading Duran's Healing the Soul Wound and Linklater's Decolonizing Trauma Work.""",
        [],
    ),
    (
        "b5d-035",
        """Posting for consult - affirming care, adult trans man, 27

Ace (legal name still Acelynn on his ID) started testosterone in the spring through the Sherbourne Health gender clinic. He's a barista at the Starbucks on Queen West and says his manager, Lindsay, keeps misgendering him on the schedule because 'the system uses legal names'. His driver's licence (Ontario, D6101-40706-60905) is the next thing he wants changed, and his top surgery consult is booked for Oct 17.

He's funny and sharp and very tired. His words: 'I'm not depressed, I'm just exhausted from explaining myself.' PHQ-9 of 12 would suggest otherwise, but I take his point.

I'm not sure how much to be in an advocacy role with the employer versus supporting him to advocate. Has anyone written letters to employers? Any templates for name-change paperwork in Ontario?""",
        [
            ("Ace", "name"),
            ("Acelynn", "name"),
            ("Sherbourne Health", "organisation"),
            ("Starbucks", "organisation"),
            ("Queen West", "place"),
            ("Lindsay", "name"),
            ("D6101-40706-60905", "id_number"),
            ("Oct 17", "date"),
        ],
    ),
    (
        "b5d-036",
        """# Family session idea that actually worked

Sharing because I was sceptical. Family of four, parents and two teens, constant fighting about chores and screens. Dad watches the NHL every night, Mom is on Facebook, teens are on TikTok and Call of Duty. Everyone accuses everyone else of being 'addicted'.

## What we did
I asked each person to bring their phone's Screen Time report to session. Nobody was allowed to comment on anyone else's number for the first ten minutes. Then we graphed them on the whiteboard.

## What happened
Dad had the highest total. The room went very quiet, then everyone laughed. It reset the whole blame dynamic.

## Theory, loosely
Structural (Minuchin) - disrupting the parental subsystem's 'we're the reasonable ones' stance. Also a bit of Narrative - externalising 'the screens' as the problem rather than any one person.

## Follow-up
Family agreed to a phone basket at dinner and a shared Monday night show (they chose The Great British Bake Off). SDQ for both teens will be repeated at the end of term.

Took one session. Not a miracle cure but a good shift.""",
        [],
    ),
    (
        "b5d-037",
        """Hi everyone - ED-specialist question.

19yo client, restrictive ED, in FBT-adjacent outpatient care with her parents' support. She follows a lot of 'what I eat in a day' content and recently told me she's been messaging with a creator called @cleangirl.kenzie, who apparently runs a paid 'coaching' group through https://linktr.ee/kenziecleanliving. Client sent her $60 and now gets daily 'check-ins' about her weight.

Her dad called me from work (he's a nurse at Baptist Health in Little Rock) and asked whether he can report the account. Her own number is the one on the group chat, (501) 555-0178, which worries me.

Weight is stable but she's hiding food again. EDE-Q global 3.9, up from 3.1.

Questions:
1. Has anyone reported this kind of coaching to the platforms and got anywhere?
2. How do you handle it when the client is over 18 but still living at home and parents want to 'take over' again?""",
        [
            ("@cleangirl.kenzie", "handle"),
            ("https://linktr.ee/kenziecleanliving", "url"),
            ("Baptist Health", "organisation"),
            ("Little Rock", "place"),
            ("(501) 555-0178", "phone"),
        ],
    ),
    (
        "b5d-038",
        """lol i feel this. every teen on my caseload this year has wanted to talk about Euphoria or Wednesday or Heartstopper, and honestly? it's a great way in.

Heartstopper especially has opened up so many convos about coming out, and the Netflix series + the Alice Oseman books give younger teens a kind of safe script.

some ways i use shows/games:
- 'which character are you most like and why'
- 'what would that character do here' (great for externalising)
- Among Us / Fortnite / Minecraft as shared 'play' for older kids who won't touch a dollhouse
- The Last of Us for grief convos with older teens (with parent ok)

for younger kids, Bluey still wins. i've used 'Baby Race' with new parents too.

research-wise, there's a bit on bibliotherapy and media-based interventions but it's thin. Jenkins' work on fandom is more cultural studies than clinical but fun.

anyway. it's Friday. go outside. touch grass (says the person who's been on Discord all afternoon)""",
        [],
    ),
    (
        "b5d-039",
        """Process note, session 14 - 7yo autistic boy, PDA profile (parent-identified)

Worked alongside his OT, Rusty Delgado, in a joint session at Brightpath Therapy Services today - swing, then a short sensory break, then play. He's much more regulated when Rusty is around; he calls him 'Rusty-bus' and insists on a fist bump at the door.

Mum reports he got excluded for a day from Oakridge Elementary after throwing a chair on Monday 4th March. She says the EA (Mrs. Lindqvist) was on leave and the sub didn't know his signals.

Working from a low-demand, declarative-language approach (Linda Murphy) and collaborative problem solving. SDQ peer problems high. No meds yet; the developmental paed has mentioned guanfacine.

Question for the group: any experience coordinating with schools when the IEP says one thing and the classroom does another? And has anyone got a good one-pager to give relief staff?""",
        [
            ("Rusty Delgado", "name"),
            ("Rusty", "name"),
            ("Brightpath Therapy Services", "organisation"),
            ("Oakridge Elementary", "organisation"),
            ("4th March", "date"),
            ("Lindqvist", "name"),
        ],
    ),
    (
        "b5d-040",
        """Short reply re pet loss:

Yes, it's real grief, and yes, it's often disenfranchised (Doka). For kids especially, the family dog dying can be the first death they experience.

I've found:
- Mr. Rogers' line about looking for the helpers goes a long way with younger kids
- Rainbow Bridge poems split people - some find them comforting, some hate them. Ask.
- Rituals: a memorial in the garden, a photo book, planting something in the spring
- Don't rush the replacement puppy. Parents often do this before Christmas or a birthday to 'fix' it.

Measures aren't really needed but if grief looks prolonged, the PG-13-R has been used in some pet loss studies. I'd also watch for the usual: sleep, appetite, school.

One teen I worked with made a TikTok tribute, and the comments from strangers were genuinely healing. Another one got mocked on Snapchat for 'crying over a cat'. Social media cuts both ways.

Reading: Wallace Sife's The Loss of a Pet is dated but still good. And The Tenth Good Thing About Barney for little ones.""",
        [],
    ),
    (
        "b5d-041",
        """Family consult - refugee family, adolescent with trauma symptoms

Family of five arrived from Afghanistan via Pakistan. Eldest daughter, Farzana (16), is the one referred - flashbacks, not sleeping, refusing to take off her headphones in class. Her younger brother Omid translates for their father at appointments, which I'm trying to stop.

They live in Vanier, K1L 8B2, in a two-bedroom. Farzana attends Colonel By Secondary School and the ESL teacher there is the one who noticed.

The family doctor sent over her OHIP number in the referral (5584-486-674-YM) along with her date of birth, 02/11/2008, which we now have in three different systems.

Therapeutically: using TF-CBT, very slowly, with a professional Dari interpreter (not Omid!). CATS score 38. She tells me 'In my country I was the top student, here I am nobody'.

Questions:
- how do you handle the cultural expectation that the father attends every session?
- any good Dari-language psychoeducation materials on PTSD for teens?""",
        [
            ("Farzana", "name"),
            ("Omid", "name"),
            ("Vanier", "place"),
            ("K1L 8B2", "place"),
            ("Colonel By Secondary School", "organisation"),
            ("5584-486-674-YM", "id_number"),
            ("02/11/2008", "date"),
        ],
    ),
    (
        "b5d-042",
        """## Supervision question: self-disclosure with LGBTQ+ teens

I'm a queer therapist working mostly with queer and trans teens. A client asked me last week, point blank, 'are you gay?' I deflected, and I've been thinking about it since.

What I know from the literature:
- Self-disclosure can strengthen the alliance when it's brief, relevant and for the client's benefit (Hill & Knox's work is the usual citation)
- Relational and feminist approaches are more open to it than classic psychodynamic ones
- With minors, there are extra considerations around parents and boundaries

What I'm weighing:
1. In my state, some parents are actively hostile to affirming care
2. The client is 15, lives with supportive parents, and is out at school
3. She's asked about it in the context of 'will I be OK as an adult?'

I'm leaning toward a brief yes plus a return to her question. Does anyone have a different view? Especially interested in hearing from folks who've done this in a school or a religious setting.

(For context, the Trevor Project's research shows that one accepting adult reduces suicide attempts substantially - I keep coming back to that.)""",
        [],
    ),
    (
        "b5d-043",
        """Hi all, asking for help with a perinatal loss case - I think I'm in over my head.

Couple, both 34, lost their daughter Amara at 2 days old in the NICU at Rotunda Hospital. Amara was born 28.07 and died 30.07. Her dad, Chukwuemeka (goes by Emeka), went back to work at Accenture after one week and mum says 'he's acting like she never existed'. Mum's sister Ifeoma has moved in to help and there's a lot of tension there too.

They live in Clontarf and pass the hospital every day on the way into town.

Mum's EPDS is 21 and she's on sertraline 50 mg from her GP. Dad declined the EPDS but scored 14 on the PHQ-9 at our first joint session.

I'm drawing on Kristin Neff's self-compassion stuff, Worden, and the perinatal loss chapter in the Leahy book. But I feel out of my depth on the cultural side - the family is Igbo and Catholic and there are strong views on how a baby's death should be marked.

Would really welcome anyone with perinatal or cross-cultural grief experience.""",
        [
            ("Amara", "name"),
            ("Rotunda Hospital", "organisation"),
            ("28.07", "date"),
            ("30.07", "date"),
            ("Chukwuemeka", "name"),
            ("Emeka", "name"),
            ("Accenture", "organisation"),
            ("Ifeoma", "name"),
            ("Clontarf", "place"),
        ],
    ),
    (
        "b5d-044",
        """quick one before i log off - anyone else seeing a LOT more kids coming in after the new school year with 'brain rot' as their presenting problem lol (parent words not mine)

my rough take:
- most of them are fine. they're 12. they like Skibidi Toilet. we liked SpongeBob. it's ok
- the ones who aren't fine are usually not sleeping, and it's because the phone is in the bed
- sometimes the 'brain rot' is masking anxiety or ADHD - get a proper history. SCARED + Vanderbilt are quick and free

things i've found helpful w/ parents:
* Siegel & Bryson's The Whole-Brain Child (yes it's old, still works)
* Family media plan from the AAP website
* not banning games outright. negotiating. Minecraft with friends on a Saturday is not the same as doomscrolling at 2am
* connecting it to their own phone use (most parents go quiet here)

also re the thread on holidays - i close the practice the week of Thanksgiving and between Christmas and New Year's, and i warn families early. kids with attachment stuff really feel the gap.

ok bye. have a good weekend everyone. go watch some NFL or whatever""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind5d"}
        for i, t, items in DOCS
    ]
