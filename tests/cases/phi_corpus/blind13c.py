"""Blind batch b13c, written by a helper session without sight of the guard. Forty posts by
clinicians in Canada, Australia, New Zealand, South Africa and Singapore: case presentations,
consultation questions, replies, SOAP/DAP notes, process and group notes, supervision
reflections and closing takeaways, covering couples and family therapy, refugee and migrant
families, Indigenous, Maori and Pacific clients, eating disorders, perinatal work and older
adults, with te reo Maori, Samoan, Tongan, Fijian, Cree, Inuktitut, French, Afrikaans, isiZulu,
Sesotho, Dari, Arabic, Punjabi, Tamil, Tagalog, Vietnamese, Greek, Hokkien and Singlish words
mixed in. Identifier documents carry names from many cultures (including word-like names such
as Aroha, Dot and Georgia, and a gig employer called Skip), suburbs, street addresses and postcodes, Medicare, OHIP, BC PHN,
Manitoba PHIN, Nunavut, NRIC, South African ID, IRD, NDIS, Centrelink CRN, ACC and court numbers,
an MRN, employers, schools, care homes, churches and hospitals, phones, emails, a URL, social
handles, ages over 89 and dates in many formats. Clean documents are dense with look-alikes:
hotlines (Lifeline, 1737, 988, PANDA, SOS 1767, SADAG, 13YARN), national programmes and
agencies (Better Access, MBS items, NIHB, Jordan's Principle, IFHP, RAMQ, CLSC, Oranga
Tamariki, DVA), instruments and scores, ICD codes, medications, cited authors (Durie,
Pulotu-Endemann, Kirmayer, Silove, Fairburn, Lock & Le Grange, Gottman, Johnson, Mkhize),
regions and provinces, ages under 90, holidays without years and famous places used generically.

First-sight figures, with the guard at e3f1fa9: span recall 0.983, precision 0.767, identifier
documents fully caught 0.900, clean documents flagged 0.900 (the guard at 5d372b1, where this
session started: 0.983, 0.762, 0.900, 0.950).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b13c-001",
        """**Consult request: Samoan aiga, 15yo self-harm, family work**

Talofa lava and kia ora all. I'd like some thinking on a family I picked up through our Access and Choice contract about six weeks ago.

**Referral:** Losa, 15, referred by the guidance counsellor at Aorere College after a PE teacher noticed healed cuts on her forearms. Lives with mum, dad, four younger siblings and her paternal grandmother (the whole family calls her Mama Sina) in a three-bedroom Kāinga Ora house on Ferguson Street, Māngere East. Dad does nights at the Mainfreight depot; mum is home with the little ones.

**What I've seen so far:** First session was a talanoa with mum and the grandmother only, because dad couldn't get off shift. Lots of fa'aaloalo in the room; nobody would say the word "cut" and Losa sat with her hood up. When I saw her alone in session 2 she was far more open: she feels the vā with her dad has been broken since he found her messages to a boy from youth group. PHQ-A 18, no current plan, last cut about three weeks ago. Safety plan done, 1737 and Youthline numbers saved in her phone.

**The bit I'm stuck on:** I've been using the Fonofale model (Pulotu-Endemann) to map things with the family and it lands well with mum, but I'm Pākehā and I'm aware I may be missing how the church sits in all of this. Dad wants the faifeau involved; Losa is horrified at the idea. Family session is booked for Tuesday 12 March.

Has anyone navigated bringing a minister into family work when the young person is against it? Also open to reading. I have the Le Va resources and the Just Therapy material from Tamasese and Waldegrave but would love anything more recent.""",
        [
            ("Losa", "name"),
            ("Aorere College", "organisation"),
            ("Sina", "name"),
            ("Ferguson Street", "place"),
            ("Māngere East", "place"),
            ("Mainfreight", "organisation"),
            ("Tuesday 12 March", "date"),
        ],
    ),
    (
        "b13c-002",
        """**SOAP: perinatal, session 4 (telehealth)**

**S:** Client is a 31-year-old first-time mother, 11 weeks postpartum, referred under a Mental Health Treatment Plan (MBS 2715) by her GP. Reports "the fog" has lifted a little since starting sertraline 50 mg three weeks ago, though still waking at 3 am with intrusive images of dropping the baby down the stairs. Denies any intent or urge to act on these; describes them as "horrible movies I can't switch off". Partner back at work after two weeks' paternity leave; her mum lives interstate and flew home after the first month.

**O:** Presented in trackies, hair washed, baby asleep on her chest for most of the session. Affect anxious but reactive; laughed twice. EPDS today 16 (down from 21 at intake), item 10 scored 0. DASS-21 anxiety subscale still in the severe range.

**A:** Presentation consistent with perinatal OCD-type intrusions in the context of postnatal depression (F53.0): ego-dystonic, with avoidance building (won't carry the baby on the stairs, asks partner to do bath time). No evidence of psychosis. Protective factors: engaged partner, mothers' group, warm attachment behaviours observed throughout.

**P:**
- Psychoeducation on intrusive thoughts using the COPE fact sheet; normalised with the finding that most new parents report some unwanted harm-related thoughts (Fairbrother & Woody).
- Begin graded exposure hierarchy next session, starting with the stairs while partner present.
- Reminded of PANDA National Helpline (1300 726 306) and Gidget Foundation's Start Talking telehealth if our waitlist gets long; Lifeline 13 11 14 after hours.
- Session 4 of 10 Better Access sessions; GP review (item 2712) due at session 6 for the re-referral.
- Next appt Thursday, video.""",
        [],
    ),
    (
        "b13c-003",
        """Quick question for folks who work with newcomer families in Ontario.

I'm seeing a Syrian family who came as Government-Assisted Refugees in 2022, parents and three kids, now renting a townhouse off Bristol Road in Mississauga. Dad (Khaled) was held in one of the regime's prisons for eight months before they got out to Lebanon. Mum (Rasha) is the one who reached out, because their 12-year-old, Omar, has been refusing school since the March break. He's in Grade 7 at Whitehorn Public School and the VP is talking about an attendance counsellor referral.

In family sessions (Arabic interpreter from the agency pool), Khaled mostly says "alhamdulillah, we are safe now" and changes the subject. Rasha refers to herself as Umm Omar and talks about her husband's nightmares, the shouting at 2 am, the way he checks the door locks five or six times. Omar told me on his own that he stays home "to watch Baba". My hunch is the school refusal is functioning as a protective, parentified role rather than anxiety about school per se.

What I'm wrestling with:
1. Khaled won't do individual work ("I am not majnoon"). Has anyone had luck framing trauma treatment for fathers as being for the children?
2. The RAP year is over so the family's on OHIP now, and the settlement agency's referral came through with his health card number (5824-113-907-BK) right in the email subject line. I've flagged it with them, but should I be documenting that as a privacy breach on my end?

PCL-5 for Rasha was 52; Khaled declined. I'm using a loose Kirmayer-style cultural formulation and keeping Silove's ADAPT pillars in view. Shukran in advance, inshallah someone has walked this road.""",
        [
            ("Bristol Road", "place"),
            ("Mississauga", "place"),
            ("Khaled", "name"),
            ("Rasha", "name"),
            ("Omar", "name"),
            ("Whitehorn Public School", "organisation"),
            ("5824-113-907-BK", "id_number"),
        ],
    ),
    (
        "b13c-004",
        """Replying to your post about the 17-year-old from the fly-in community. I worked in Northern Manitoba for about eight years and a few things jump out.

**Funding first, because it'll save you grief:** at 17 he's eligible under Jordan's Principle, which tends to move faster than the NIHB mental health counselling benefit and covers things NIHB won't (travel for an Elder, land-based programming, sometimes equipment). Given his kokum attended residential school, it's also worth asking about the Indian Residential Schools Resolution Health Support Program. Intergenerational eligibility has been interpreted differently over the years, so ask the regional office directly.

**Clinically:** I'd go slow with the PHQ-A and the standard CBT thought records. In my experience young men from the North will answer the PHQ honestly and then never come back because it felt like an interrogation. I've had better luck with a relational start: tea, hockey, hunting, ask who his people are. Think Two-Eyed Seeing (Albert Marshall's framing): you don't have to choose between the Western and Indigenous frames, but you do have to hold both.

When he says he wants to "go back to the land", please don't hear that as avoidance. Chandler and Lalonde's work on cultural continuity and youth suicide in BC First Nations is the classic here, and Kirmayer's writing on resilience is worth your time. Land-based healing is a treatment, not a reward.

**Language bits:** if he answers your "tansi", great. If he talks about miyo-pimâtisiwin (the good life), that's your treatment goal right there, better than anything I'd write in a plan. Ekosi.

**Crisis:** Hope for Wellness Help Line 1-855-242-3310 (24/7, Cree, Ojibway and Inuktut on request), 988, and Kids Help Phone 1-800-668-6868. Also check whether the band has a crisis team; many do.

Also, Orange Shirt Day is coming up; worth naming in session.

Good luck. You're asking the right questions.""",
        [],
    ),
    (
        "b13c-005",
        """## Older adult: adjustment to residential care, grief or depression?

Posting for a second opinion before my next review with the GP.

**Client:** Dorothy Penhaligon ("Dot"), 94, widowed in 2021 after 66 years of marriage. Moved into Glenvale Gardens, a 120-bed facility in Toowoomba, after a fall and a fractured hip over winter. ACAT assessment was done on 3/7/23 and she was approved for permanent care the same month. Referred to me through the PHN's Psychological Treatment Services in RACFs programme by her GP, Dr Aziz Rahimi.

**Presentation:** Staff describe her as "refusing": declines meals in the dining room, won't go to bingo or the weekly bus trip, and has told the RN more than once that she is "waiting to go". When I met her she was sharp, dry, funny and very clear: "I'm not depressed, love, I'm 94 and my life's been packed into two boxes." GDS-15 was 9. MoCA 25/30 (lost points on delayed recall only). No active SI, but a passive death wish most days; no plan, no stockpiling of meds per the facility.

**Family:** Only daughter, Lorraine, visits Sundays and carries enormous guilt about the move. She keeps ringing the facility to ask whether Mum "has come around yet".

**Admin niggle:** the referral form has her Medicare number typed as 4127 59031 2 but the facility's records show a different IRN, so my first claim bounced. Sorting that out.

**My question:** I'm leaning towards a grief/adjustment frame (Worden's tasks, some Stroebe & Schut oscillation) rather than treating this as MDD, and doing life review work à la Butler. Laidlaw's CBT-with-older-people adaptations have been useful before. But the passive death wish worries me. How do others balance respecting autonomy at this age against a possibly under-treated depression? Would you push for a psychogeriatrician review?

I've given the daughter the Dementia Australia and OPAN numbers (1800 100 500 and 1800 700 600), mainly for the carer support side, even though Dot has no dementia diagnosis.""",
        [
            ("Dorothy Penhaligon", "name"),
            ("Dot", "name"),
            ("94", "age"),
            ("Glenvale Gardens", "organisation"),
            ("Toowoomba", "place"),
            ("3/7/23", "date"),
            ("Aziz Rahimi", "name"),
            ("Lorraine", "name"),
            ("4127 59031 2", "id_number"),
        ],
    ),
    (
        "b13c-006",
        """Anyone else finding FBT a hard sell with whānau who have a very different relationship with kai?

Working with a 14-year-old wahine, restrictive AN, about 82% mEBW, resting HR 48, medically monitored by her GP and the regional ED service, who have her on the waitlist for their FBT stream. In the meantime I'm holding it.

Mum and Dad are lovely and desperate. The issue: the Maudsley stance of "parents take charge of every meal" clashes with how food works in their whānau. Kai is shared, it's abundant, it's manaakitanga; you feed whoever comes through the door. For Mum, sitting across from her daughter and insisting she finish a plate feels like trampling on her mana, and on her daughter's. And Nan keeps saying "leave her be, she'll eat when she's hungry".

What's been helping a bit:
- Framing through Te Whare Tapa Whā (Durie): taha tinana is in trouble, but we've talked about how taha whānau and taha wairua are where the strength is. Opening sessions with karakia was her idea.
- Treasure's animal models. Dad laughed at being a "rhino" and has since tried to be more "dolphin".
- Externalising the ED as a separate voice (White & Epston). She named it, and that's been useful.
- Connecting the parents with EDANZ for peer support.

What's not: the standard EDE-Q feels off for her; she answered the shape items but said the weight items were "a Pākehā thing". Global 3.8, for what that's worth.

Crisis info in her phone: 1737 and Youthline 0800 376 633. Parents have Healthline (0800 611 116) for the medical worries overnight.

Has anyone adapted FBT for Māori whānau in a way that kept the core (parents lead refeeding) but fit better culturally? I know Lock & Le Grange say the principles are flexible, but the manual reads very Palo Alto. Any reading welcome.""",
        [],
    ),
    (
        "b13c-007",
        """Hi all, would appreciate views on a couple I've been seeing at our FSC, 5 sessions in.

Marcus Tan and his wife Jolene, both 34, married six years, one kid aged 3. They got their BTO keys last year (Blk 842A Tampines Street 82) and moved out of his parents' flat, which was supposed to fix everything. It hasn't. Jolene says he still goes back to his mum's every night after work "to makan" and she eats alone with the kid. Marcus: "Wah, you want me to tell my mother cannot? Very paiseh lah." Classic pursue-withdraw; criticism from her, stonewalling from him, and a lot of contempt creeping in over the last month. Gottman would have a field day.

Some context: he's an engineer on rotating shifts at Micron, so the "every night" is really 4 nights out of 7. She's kiasu about the kid's enrichment classes and resents that the in-laws undercut her ("Ah Ma says no need tuition at age 3"). There's also a mianzi thing: his parents paid part of the downpayment from their CPF and he feels he owes them.

Something happened on 17/9 that neither will describe in joint session. Jolene texted me from +65 9178 2406 that night asking if she could come alone. I said yes once, but I'm wary of becoming the secret-keeper. No indication of violence when I screened (asked both separately, gave the National Anti-Violence Helpline 1800 777 0000 anyway).

Questions:
- How do you work with filial piety (xiao) without pathologising it? I don't want to frame his loyalty to his parents as "enmeshment" the way a Western textbook would.
- EFT-style de-escalation first, or straight to the in-law boundary work?

Thanks, appreciate any input 🙏""",
        [
            ("Marcus Tan", "name"),
            ("Marcus", "name"),
            ("Jolene", "name"),
            ("Blk 842A Tampines Street 82", "place"),
            ("Micron", "organisation"),
            ("17/9", "date"),
            ("+65 9178 2406", "phone"),
        ],
    ),
    (
        "b13c-008",
        """Process notes, family session 3 (shared for peer supervision, details altered)

Present: mother, father, the identified patient (19-year-old son), his older sister, and the paternal gogo, who asked to join this time. Session in isiZulu and English; I'm relying on the sister to translate some of gogo's words.

Background in brief: the son had a period of not sleeping, hearing voices at night and wandering, after which the family took him to an inyanga, who said he has a calling (ukuthwasa) from the amadlozi. The district hospital's psychiatric team saw him under a 72-hour assessment and started risperidone 2 mg. The family is split: mother wants the medication, father and gogo want him to go for training as a sangoma.

What happened in the room: Gogo spoke first and at length. I understood "amadlozi" and "ubuntu" and a lot of firmness. The sister translated: "She says the boy is not sick, he is chosen, and the hospital is making him forget his dreams." The son said the voices were "quieter but I miss them a little".

Thinking: this is exactly the explanatory-model conflict Kleinman wrote about, and Mkhize's work on indigenous psychology in SA is a better guide than anything in the DSM. Structurally (Minuchin), gogo holds real authority and I'd lose the family if I positioned myself against her. I'm wondering about a both/and approach: supporting him to keep taking the risperidone while the family consults a traditional healer who has experience working alongside clinics. Some healers in Gauteng do exactly this.

Practical: the family's medical aid covers schizophrenia as a PMB condition, but we don't yet have a diagnosis and I'm in no hurry to give one. SADAG's line (0800 567 567) given to mother; Lifeline SA too.

Heritage Day is next week; gogo mentioned a family ceremony, which may be a way in to the ancestors' wishes.""",
        [],
    ),
    (
        "b13c-009",
        """Yarning with the group about a young fella I'm working with. Would love input, especially from mob on here.

Tyson, 17, Arrernte, grew up in Hermannsburg and came into town for school. Staying with his nan (Aunty Rosie to everyone) since his uncle passed. Linked with me through the SEWB team at Central Australian Aboriginal Congress.

Big Sorry Business load this year, three funerals. He's stopped footy, sleeps most of the day, talks about "too much thinking" and feeling weak in the spirit, missing Country. Adapted K5 high. I've been using the SEWB wheel (Gee, Dudgeon, Schultz, Hart & Kelly) and yarning on the back steps rather than in the clinic room.

Stuck on: his NDIS plan (participant no. 431 892 604) covers a hearing impairment, and the coordinator wants to add psychosocial supports, but Tyson says "that's whitefella business". Review is Mon 14/8. Push it, or keep things through Congress?

He has 13YARN (13 92 76) in his phone. Thanks all.""",
        [
            ("Tyson", "name"),
            ("Hermannsburg", "place"),
            ("Rosie", "name"),
            ("Central Australian Aboriginal Congress", "organisation"),
            ("Congress", "organisation"),
            ("431 892 604", "id_number"),
            ("Mon 14/8", "date"),
        ],
    ),
    (
        "b13c-010",
        """Consultation: older Hazara man, torture history, sleep and "thinking too much"

I'm a psychologist in a regional Victorian town seeing a man in his 60s, Hazara, originally from Ghazni province, who spent years in Pakistan before arriving by boat in 2012. He's now on a permanent visa after a long stretch on a SHEV. Referred by the refugee health nurse.

He describes "fikr", thinking too much, and "jigar khun", literally liver bleeding, which I've come to understand as deep grief. He was detained and beaten by the Taliban in the late 1990s and lost two brothers. Sleep is 3 to 4 hours, nightmares most nights. HTQ mean 2.9, RHS-15 = 21, K10 = 34. No SI ("God gives life, God takes"). He won't take sertraline because of side-effects last time; his GP has him on prazosin 1 mg nocte, which has helped a little.

We work with a Dari interpreter through TIS National (131 450), always the same one, which made a big difference. I've been using Silove's ADAPT framework to keep the five pillars in mind (safety, bonds, justice, roles and identity, existential meaning), and we've done stabilisation (Herman phase 1). He's asking to "tell the whole story", which has me thinking about NET (Schauer, Neuner & Elbert).

My hesitations:
- NET with an interpreter: anyone done it? How did you handle the lifeline exercise?
- He's the only Hazara elder in town and has no community here. Is trauma processing premature without that social scaffolding?
- Would a referral to the state torture and trauma service (the FASSTT member agency here) be better than me continuing? Long waitlist and he'd have to travel.

He calls me "daktar jan", which I take as both a compliment and a warning about how much authority he's handing me.""",
        [],
    ),
    (
        "b13c-011",
        """Kia ora e te whānau, after some kōrero on a māmā I'm supporting. She's given permission for me to consult (she actually said "tell them everything, I want the help". I haven't!).

Aroha, 24, Māori on her dad's side, first pēpi: Mikaere, born on the 6th of January, so he's about 10 weeks now. Living with her partner Hemi and his mum in Cannons Creek. Her LMC midwife, Tania Ruawai, referred after the 6-week check when Aroha scored 19 on the EPDS and said she'd been "seeing things in the corner of the room" at night.

We've ruled out psychosis as best we can (GP and the perinatal team had a look; it reads as hypnagogic stuff on top of severe sleep deprivation), but she's flat, tearful, and feels whakamā about not coping when "all the aunties did this with five kids". There's a lot of aroha in that whare but also a lot of advice.

The bit that's worrying me more: she's started an Insta account, @mama.aroha.mikaere, documenting "the real side", and some of the comments are brutal. Hemi wants her to delete it. She says it's the only place she feels heard.

I'm working from Te Whare Tapa Whā, with a big focus on taha wairua. She wants to bury the whenua on her koro's land and hasn't been able to travel there, and I think that's sitting heavy. Plunket are involved, and PlunketLine (0800 933 922) and 1737 are in her phone.

Any thoughts on the social media piece? And does anyone know a good kaupapa Māori perinatal support group in the rohe?

Ngā mihi.""",
        [
            ("Aroha", "name"),
            ("Mikaere", "name"),
            ("6th of January", "date"),
            ("Hemi", "name"),
            ("Cannons Creek", "place"),
            ("Tania Ruawai", "name"),
            ("@mama.aroha.mikaere", "handle"),
        ],
    ),
    (
        "b13c-012",
        """Quick supervision Q: francophone couple from rural Quebec, EFT stage 1, session 7. Classic pursue-withdraw ("J'en ai ras-le-bol" / "moi je me tais"). Every time I slow down to reach his primary emotion he cracks a joke ("Ben voyons, je suis un gars de la campagne") and we're back in the cycle. DAS 84, no IPV on separate screens. Paying out of pocket since RAMQ doesn't cover psychology. How do you honour humour as protection without shaming it? Hold Me Tight examples welcome.""",
        [],
    ),
    (
        "b13c-013",
        """**DAP note, session 3, home visit**

Client: Harjit Singh Sandhu, 91, retired farmer, lives with his son's family in Fleetwood, Surrey. PHN 9087 654 321. Referred by family physician following a fall and increasing withdrawal since his wife's death.

**D:** Seen at home on Nov. 3 with son present for the first 10 min, then alone (Punjabi interpreter by phone). Client states "dil ghabraunda hai" (heart feels anxious, unsettled) most evenings, worse after sunset. Sleeping 4 to 5 hrs. Stopped attending Guru Nanak Sikh Gurdwara since the funeral because "everyone asks about her and I have no answer". Eats when daughter-in-law brings food to his room. Says he does not want to be a burden on his beta and the grandchildren; worried about izzat if people know he is "seeing a doctor for the mind". Denies SI; when asked directly says "Waheguru decides, not me."

**A:** GDS-15 = 9, MoCA 22/30 (interpreter-administered, five years of schooling; interpret cautiously). Presentation consistent with prolonged grief with depressive features; cognitive screen likely confounded by education, language and hearing loss. Protective: faith, family, no access to means identified. Risk low.

**P:**
- Son (jsandhu.realty@gmail.com) to be emailed the Seniors Distress Line number and BC's 310-6789; 988 also provided.
- Explore whether a granthi or member of the sangat could visit at home, reconnecting with his faith community without the exposure of attending in person.
- Behavioural activation around a morning walk and daily paath.
- Discuss with GP re: hearing assessment and whether a low-dose mirtazapine trial is warranted for sleep and appetite.
- Next visit in 2 weeks.""",
        [
            ("Harjit Singh Sandhu", "name"),
            ("91", "age"),
            ("Fleetwood", "place"),
            ("Surrey", "place"),
            ("9087 654 321", "id_number"),
            ("Nov. 3", "date"),
            ("Guru Nanak Sikh Gurdwara", "organisation"),
            ("jsandhu.realty@gmail.com", "email"),
        ],
    ),
    (
        "b13c-014",
        """**Case presentation: AN binge-purge, young adult, Singapore**

**Client:** 19-year-old Chinese Singaporean woman, first-year university student, lives with parents and grandmother in a 4-room HDB flat. Self-referred via the campus counselling service after a friend found her purging in the hostel toilet.

**Presentation:** BMI 15.8, K+ 3.1 on last bloods (repleted). Restricts on weekdays (kopi-o kosong and a few crackers), binges on weekends at home when her ah ma cooks. "My ah ma will keep saying eat more lah, you so thin, then I feel guilty and eat everything and then I have to get rid of it." Purges once or twice a day on weekends. EDE-Q global 4.6; CIA 38. DASS-21 depression moderate, anxiety severe.

**Context:** Mum is, in the client's words, "very kiasu", high pressure about grades and appearance. Client describes her ideal as "Orchard Road mannequin" and wants to be thinner than her Instagram feed.

**Risk:** No current SI; one episode of self-cutting at 16. Has SOS (1767) and SOS CareText saved, plus the IMH Mental Health Helpline (6389 2222).

**Plan:** CBT-E (Fairburn), broad form given the perfectionism; regular eating first. Medical monitoring through the polyclinic. Considering a family session around food at home, but wary of making grandma the villain when she's doing exactly what a grandmother is "supposed" to do. MANTRA (Schmidt & Treasure) as a fallback if CBT-E stalls.

**Question:** How have others handled food-as-love from grandparents in Chinese families, especially when the grandparent doesn't accept the eating disorder as a real illness ("sickness of rich people")?""",
        [],
    ),
    (
        "b13c-015",
        """Consult please: couple, Western Cape, medical aid running out.

Riaan (41) and Chantelle (38), married 14 years, two kids in primary school. Live in Bellville; Riaan is a shift manager at the Checkers in Tyger Valley and Chantelle does admin from home. Presenting issue is Chantelle's discovery of an affair Riaan had with a colleague. He says it's over; she says "ag please, he still sees her every shift".

Sessions have been... lively. Riaan shuts down completely ("ek weet nie wat sy wil hê nie"), Chantelle escalates, and I spend most of the hour on de-escalation. Using Gottman's affair recovery framework (atone, attune, attach) but we're stuck in atone: he's apologised, she doesn't believe it, and each session restarts the injury. I'm wondering about Glass's "walls and windows" or switching to an EFT attachment-injury frame (Johnson's AIRM).

Practical problem: their medical aid only covers a limited number of psychology sessions a year and we've used most of them. Chantelle emailed me from chantelle.b83@webmail.co.za asking whether she could continue individually and pay cash, and included her ID number (8306150123084) so I could "check the benefits". Riaan doesn't know she's asked. The joint session on 2024/02/19 is our last covered one.

Two questions:
1. Ethically, do I see her individually while the couples work is ongoing? My instinct is a no-secrets policy, but she's clearly in a lot of distress (gave her SADAG 0800 567 567; no SI).
2. Anyone know a sliding-scale couples service in the northern suburbs? FAMSA's waitlist is long.

Baie dankie.""",
        [
            ("Riaan", "name"),
            ("Chantelle", "name"),
            ("Bellville", "place"),
            ("Checkers", "organisation"),
            ("Tyger Valley", "place"),
            ("chantelle.b83@webmail.co.za", "email"),
            ("8306150123084", "id_number"),
            ("2024/02/19", "date"),
        ],
    ),
    (
        "b13c-016",
        """Group notes: Pacific men's group, week 6 of 10

Attendance: 8 of 10 (2 apologies, work). Co-facilitated with a Tongan colleague. Opened with lotu led by one of the members, then talanoa format as agreed in week 1.

Theme: "Being a father here vs. back home."

Key content:
- Several men spoke about anga fakatonga and fa'aSamoa expectations (discipline, church, respect for elders) clashing with what their kids learn at school. One said, "At home the village raises the child. Here the village is Facebook."
- Strong theme of money pressure: remittances to family in the islands, church obligations (misinale came up; two men said they give more than they can afford because of how it looks), and rent. One man described lying awake "doing sums".
- Anger: one member shared that he'd hit his son with a belt last month and felt mā afterward. The group responded with a mix of "that's how we were raised" and real challenge from two older men. I named that we'd talk separately about safety after group (done, see individual note; no current risk to the child identified, Oranga Tamariki consult considered and not required at this stage, will review).

Process: the vā in the group is strong now. Men are starting to challenge each other with 'ofa rather than shame, and older members are taking a protective role with the younger ones.

Frameworks: Fonua (Tu'itahi) and Fonofale. We used the fale drawing again and the men added the roof (culture) themselves.

Measures: K10 pre-group mean 27; mid-point 22 (n = 7 completed).

Resources given: 1737, Lifeline Aotearoa 0800 543 354, Le Va's information for families, and the free parenting course run by a local Pacific health provider.

Next week: "Talking to our sons."

Mālō 'aupito to the men for their openness.""",
        [],
    ),
    (
        "b13c-017",
        """### Case presentation: adolescent AN, FBT stalling

**Background:** Mia, 15, Year 10 at Box Hill High, lives with mum, stepdad and younger brother in Blackburn. Referred under an Eating Disorder Treatment and Management Plan by her GP after 9 kg weight loss over 5 months. Medical admission to Monash Children's on 23/10 for bradycardia (HR 42 overnight) and postural drop; discharged after 11 days on a meal plan.

**Treatment so far:** FBT (Lock & Le Grange manual), now session 14. Phase 1 went well initially (parents took over meals, weight up 3.2 kg) but we've plateaued for four weeks. Mum is exhausted and stepdad says he's "not her real dad, so I don't get a say at the table". Dietitian Priya Raman is doing the meal plan alongside; EDE-Q global 4.1 at last measure.

**New development:** Mum found a TikTok account, @mia.mindful08, posting "what I eat in a day" videos with very low intake and a lot of comments from other teens. Mia says the account is "recovery content". Mum wants to confiscate the phone; Mia has threatened to stop eating altogether if she does.

**Admin:** Mum asked me to put Mia's Medicare number (5839 20417 3) on a letter to the school requesting exam adjustments. I've said I'll write the letter, but without the Medicare details.

**Questions for the group:**
1. How are people handling social media in Phase 1: contract, confiscate, or supervised use?
2. How do I bring the stepdad in without undermining mum's authority? Thinking some structural work (Minuchin) alongside FBT.
3. Anyone had luck getting further psychological sessions under the plan for a slow-responding case?

About 20 of the 40 sessions used. Parents also have the Butterfly helpline (1800 33 4673).""",
        [
            ("Mia", "name"),
            ("Box Hill High", "organisation"),
            ("Blackburn", "place"),
            ("Monash Children's", "organisation"),
            ("23/10", "date"),
            ("Priya Raman", "name"),
            ("@mia.mindful08", "handle"),
            ("5839 20417 3", "id_number"),
        ],
    ),
    (
        "b13c-018",
        """Supervision reflection: late-life trauma in an older veteran

He's 86, a Vietnam veteran; his wife died last year aged 89. Referred through DVA (Gold Card) with "low mood and sleep". Early sessions were chatty, stories of the bush and shearing sheds. GDS-15 was 8.

Then around Anzac Day he came in shaking. He'd marched for the first time in years and a diesel truck set off a flashback. PCL-5 was 41 the following week. He'd never told his wife what happened in Phuoc Tuy province: "she would've seen me differently".

Davison's late-onset stress symptomatology (LOSS) fits: losing her removed the structure that kept the memories at bay. I'm blending Butler's life review with slow trauma-focused CBT (Laidlaw's adaptations). He declined EMDR ("I'm not waving fingers around"). He's now linked with Open Arms (1800 011 046) and a Men's Shed.

My countertransference: my grandfather served and never spoke of it, and I was more protective than usual. Takeaway: don't assume low mood in an 86-year-old widower is just grief until you've asked about the rest of his life.""",
        [],
    ),
    (
        "b13c-019",
        """Looking for consultation. Inuit client; I'm a southern psychologist doing fly-in rotations and want to make sure I'm not doing harm.

Client is Leetia, 22, from Pangnirtung. Works at the Northern Store there. Was medevaced to Qikiqtani General after an overdose on 2023-10-04; I saw her for the first time after her return, and I'm back in the community for a week each month.

What I've heard so far (a mix of English and Inuktitut, with an interpreter for part of it): her anaana died when she was 12, she was raised mostly by her grandmother, and her ataata, Jaco, drinks heavily and turns up at her place asking for money. She talks about ilira when describing him, which the interpreter explained as a kind of fearful respect, not something I have a DSM box for. She also said "ajurnarmat" several times: it can't be helped.

Her NU health card number (100482736) was on the medevac paperwork I received, along with her full file, which was more than I needed.

My questions:
1. The suicide-specific protocols I use down south (CAMS, Stanley-Brown safety planning) feel thin here. Anyone using Inuit Qaujimajatuqangit principles in safety planning? I've read ITK's National Inuit Suicide Prevention Strategy.
2. Land-based options: she lit up talking about going out on the land with her grandmother. Is it reasonable to build that into the plan even though I'm not there to "supervise" it?
3. Continuity: I'm gone 3 weeks of 4. The Kamatsiaqtut Help Line (1-800-265-3333) and Hope for Wellness are in her phone, but she says she won't call a stranger.

Qujannamiik for any thoughts.""",
        [
            ("Leetia", "name"),
            ("Pangnirtung", "place"),
            ("Northern Store", "organisation"),
            ("Qikiqtani General", "organisation"),
            ("2023-10-04", "date"),
            ("Jaco", "name"),
            ("100482736", "id_number"),
        ],
    ),
    (
        "b13c-020",
        """Reply to the thread on postpartum depression in South Asian families:

This is a population I work with a lot in Ontario, and I'd echo what others said about the 40-day confinement period (sawa mahina). It can be genuinely protective (rest, food brought to you, a mother or mother-in-law taking the night feeds), and it can also be isolating and controlling, depending on the household. I always ask "who's in charge of the baby at night?" early on, because the answer tells you a lot about the power structure.

A few things I've learned:
- Izzat (family honour) and sharam (shame) come up constantly. Many mothers won't endorse the EPDS items honestly if the mother-in-law is in the room, so I do it alone, sometimes verbally in Punjabi with an interpreter. Cut-offs validated in English-speaking samples may not transfer cleanly; Dennis and colleagues have good Canadian data on immigrant mothers.
- Nazar (evil eye) is often how a family frames a crying baby or a low mother. I don't argue with it. I ask what the family does to protect against nazar and whether the mother feels protected by that or blamed.

Resources I use: Healthy Babies Healthy Children through public health (home visiting, free, and more acceptable to families than "mental health"), Postpartum Support International's Canadian chapter, the Pacific Post Partum Support Society handouts (BC-based, but great), and 988, which I always frame as "a number for the hard nights".

And if you can, invite the husband to one session alone. I've had fathers in tears telling me they didn't know she was this bad, because their own mother said it was normal.""",
        [],
    ),
    (
        "b13c-021",
        """Follow-up to my post last month about the Afghan family.

Recap: Zarghuna and her three kids left Kabul on 28/08/21 after her husband, who'd interpreted for coalition forces, was killed. Now settled in Nawton, Hamilton.

Update:
- Eldest son Mustafa (19) got a job at Hellers on nights and is now the main earner. Zarghuna says "my zoy has become the father", and used "khapa" (sad, upset) about herself over and over.
- RHS-15 down from 22 to 17. She's finally agreed to see the GP about the headaches.
- A Work and Income letter came to me by mistake with her IRD number (112-394-587) on it. Returned it.
- Mustafa rang me from 021 847 3390 on Thursday, worried about his mum "talking to Baba at night". Explained continuing bonds (Klass) in plain language; family session next week with a Dari interpreter.

Silove's ADAPT model is still my anchor. Tashakor to everyone who replied last time.""",
        [
            ("Zarghuna", "name"),
            ("Kabul", "place"),
            ("28/08/21", "date"),
            ("Nawton", "place"),
            ("Hamilton", "place"),
            ("Mustafa", "name"),
            ("Hellers", "organisation"),
            ("112-394-587", "id_number"),
            ("021 847 3390", "phone"),
        ],
    ),
    (
        "b13c-022",
        """Supervision reflection, intern psychologist, week 22

Topic: my discomfort when a client spoke about her calling.

The client (a woman in her 30s, Sesotho-speaking, grew up in the rural Free State) came in for "stress" and, in our fourth session, told me she is being called by her badimo to become a ngaka. Dreams of water and snakes, headaches, a persistent sense of being pulled. Her family has been preparing for her to go for training.

I felt my body tense. Everything from my clinical training wanted to reach for the DSM and screen for psychosis. I did use the Cultural Formulation Interview questions, which actually helped; she felt I was interested rather than sceptical. No evidence of psychosis: she's working, sleeping, insightful.

In supervision we talked about:
- Kleinman's explanatory models, and Mkhize's argument that an African psychology has to start from relational personhood (motho ke motho ka batho; umuntu ngumuntu ngabantu).
- Bührmann's old but still useful Living in Two Worlds: clients move between frameworks all the time, and so should we.
- My own history. I'm Xhosa, raised in a Methodist household in the Eastern Cape that was ambivalent about the ancestors. My supervisor pointed out that my "clinical" caution might partly be my family's caution.
- The HPCSA scope question: I'm not going to advise her on whether to thwasa. I can help her think about what it means for her work, her marriage, her finances.

Take-home: ask about ancestors and dreams as routinely as I ask about sleep and appetite. And notice when my discomfort is clinical and when it's personal.

Next week I present the case at the internship case conference, using the Lewis-Fernández CFI framework for the write-up.""",
        [],
    ),
    (
        "b13c-023",
        """Process notes, couple, session 6

Thanh (52) and Lan (49) run a family phở shop, Phở Hòa Bình, on John Street in Cabramatta, seven days a week, which is part of the problem: they haven't had a day off together since Tết 2024.

Interpreter declined; both prefer English with some Vietnamese. Lan opened with "He never says anything. Chịu đựng, chịu đựng, I endure for 25 years." Thanh looked at the floor. When I reflected how tired she sounded, he said quietly "Em không hiểu" (you don't understand) and then switched to English: "If I close one day, we lose money, my mother's medicine..."

Significant: Thanh's mother lives with them and Lan is her primary carer. Lan asked me to write something so she can claim Carer Payment and gave me her CRN (304 729 118K). I've explained the medical section needs to come from the treating doctor and suggested the GP. Noting it here only so the file shows why.

Pattern: pursue-withdraw, but the withdrawal is culturally loaded. Thanh frames silence as respect and protection (not burdening her); Lan reads it as abandonment. Loss of face (mất mặt) came up when I asked about their son, who moved to Melbourne and rarely visits.

Interventions: slowed right down, EFT-style reflection of the underlying emotion ("when he goes quiet, you feel alone with all of it"); psychoeducation on Gottman's bids for connection; homework of 15 minutes' tea together after closing on Mondays, when the shop shuts early.

Risk: asked each individually about safety at home; no DV indicators. Gave 1800RESPECT (1800 737 732) anyway as standard.

Plan: next session in 2 weeks; consider a session with Thanh's mother present.""",
        [
            ("Thanh", "name"),
            ("Lan", "name"),
            ("Phở Hòa Bình", "organisation"),
            ("John Street", "place"),
            ("Cabramatta", "place"),
            ("Tết 2024", "date"),
            ("304 729 118K", "id_number"),
            ("Melbourne", "place"),
        ],
    ),
    (
        "b13c-024",
        """Consult: kaumātua, early dementia, whānau split on what to do

Kia ora koutou. I'm a psychologist in an older adults team in Te Tai Tokerau.

Kaumātua in his early 80s, fluent speaker, whose role on the marae is huge: he does whaikōrero at tangihanga and is the one people call for karakia. Over the past year the whānau have noticed him forgetting names, repeating stories, and twice losing his way on the drive home. ACE-III 72/100 (memory and fluency most affected), CT shows small vessel changes; the geriatrician's working diagnosis is mixed dementia.

We held a whānau hui last week, about 15 people, opened with karakia and mihi, kai afterwards. Using the Meihana model (Pitama et al.) to frame the assessment helped me ask about whānau, wairua, taiao and iwi connections without it feeling like a checklist, and the Hui process (Lacey and colleagues) gave the structure: mihi, whakawhanaungatanga, kaupapa, poroporoaki.

The split: his eldest daughter wants him to step back from speaking roles because "he's embarrassing himself and it's not tika". His son says stopping would kill him: "his mana is on that paepae". He says he'll keep going until his tūpuna tell him otherwise.

What I'm thinking about:
- Capacity and EPOA: not in place yet, and that's urgent.
- Carer stress for his wife, who is clearly struggling (K10 of 28).

Resources given: Alzheimers NZ (0800 004 001), the local dementia support service, a NASC referral for home support, and 1737 for the whānau.

Anyone worked with the tension between tapu roles and cognitive decline? Especially keen on views from Māori clinicians.""",
        [],
    ),
    (
        "b13c-025",
        """SOAP, home visit, CREST referral

S: Madam Lim Siew Eng, 96, widowed, lives with her younger son Kelvin and his family at Blk 512 Jurong West Street 52 #09-231, Singapore 640512. Referred by the Silver Generation Ambassador after a neighbour reported her crying along the corridor. Speaks Hokkien; Kelvin interpreted partly and the helper, Yuliani, filled in the rest (she is with Ah Ma round the clock and knows her best). Ah Ma describes "sim tia", heart pain, about her eldest son, who died of cancer earlier this year. Prays at the altar for him daily. "Bo pian, old already, must accept." Sleep poor since 4 Aug, when the family cleared his things from the flat.

O: Frail, alert, good eye contact. AMT 7/10. GDS-15 (Chinese version, helper-assisted) 8. Hearing aids not worn. No weight loss per helper.

A: Prolonged grief reaction with moderate depressive symptoms; mild cognitive decline. Low suicide risk; no prior attempts; supervised 24/7.

P:
1. Liaise with polyclinic doctor re: hearing and review of mood.
2. Encourage Kelvin to bring Ah Ma to the senior activity centre at the void deck twice a week.
3. Caregiver support for Yuliani; she says she cries too.
4. Ah Ma's NRIC (S0274915C) provided by Kelvin for the AIC referral form; Home Caregiving Grant eligibility to be checked.
5. Review in 3 weeks.""",
        [
            ("Lim Siew Eng", "name"),
            ("96", "age"),
            ("Kelvin", "name"),
            ("Blk 512 Jurong West Street 52 #09-231", "place"),
            ("640512", "place"),
            ("Yuliani", "name"),
            ("4 Aug", "date"),
            ("S0274915C", "id_number"),
        ],
    ),
    (
        "b13c-026",
        """Vinaka for posting this, so close to a family I saw last year that I had to reply.

Quick thoughts from working with Fijian and other Pacific families in south-east Queensland:
- Talanoa isn't just chatting. Read Vaioleti (2006). I swapped the clipboard for a packet of biscuits and engagement doubled.
- Ask about vanua, lotu, their koro of origin. For many iTaukei families identity lives in the land. Fonofale (Pulotu-Endemann) on the whiteboard works a treat.
- Family members can come along to the young person's Better Access sessions.
- If you're offered yaqona on a home visit, accept it, sit on the mat and wait to be invited to speak.
- Kids Helpline 1800 55 1800 and Lifeline 13 11 14, sure, but for a lot of Pacific youth the church youth leader is the first call. Work with that.

Bula vinaka!""",
        [],
    ),
    (
        "b13c-027",
        """Consult question: muscle dysmorphia + restriction in a 28M, unsure what level of care

Client is Devon McIsaac, 28, software dev at Bluenose Analytics, lives alone in Dartmouth. Self-referred by emailing me from devon.mcisaac@bluenoseanalytics.ca, which he later asked me to stop using because his manager can see it.

Picture: trains twice a day, eats ~1400 kcal on rest days and "cuts" harder before summer, uses a macro app obsessively. Weighs himself 6 to 8 times a day. Lots of body checking in mirrors and via progress photos he posts to a Discord server where he goes by gainz_or_bust. MDDI total 52. EDE-Q restraint very high, shape and weight concern high. He doesn't see himself as having an eating disorder ("that's for teenage girls") and came in for "anxiety". He was seen in emergency at the Dartmouth General on Jan 9th with chest pain and a syncopal episode after a fasted leg day; ECG showed bradycardia and his potassium was low. The Nova Scotia Health discharge summary he brought lists MRN 0048213.

What I'm weighing:
- Outpatient CBT-E (Fairburn) adapted for muscularity-oriented disordered eating vs. pushing for a medical and dietitian team first.
- How to talk about it without him bolting. Murray and Griffiths' work on muscle dysmorphia has been useful for psychoeducation.
- Whether to suggest the NEDIC line (1-866-633-4220) as between-session support, or whether that will feel "girly" to him (his word).

Crisis info given: 988 and the provincial Mental Health Crisis Line. No SI.

Anyone in Atlantic Canada running a male-friendly ED group? Cheers.""",
        [
            ("Devon McIsaac", "name"),
            ("Bluenose Analytics", "organisation"),
            ("Dartmouth", "place"),
            ("devon.mcisaac@bluenoseanalytics.ca", "email"),
            ("gainz_or_bust", "handle"),
            ("Dartmouth General", "organisation"),
            ("Jan 9th", "date"),
            ("0048213", "id_number"),
        ],
    ),
    (
        "b13c-028",
        """DAP, session 5

**D:** Client is a 27-year-old Eritrean woman who arrived in Canada 14 months ago as a privately sponsored refugee, after several years in Ethiopia and a journey through Sudan and Libya. Covered under IFHP until recently; now provincial coverage. Session in Tigrinya via telephone interpreter (new interpreter today; client visibly more guarded). She greeted me with "selam" and asked whether the interpreter could be trusted.

Client reported that nightmares are "less heavy" since last session, now 3 to 4 a week rather than nightly. Still avoiding the basement laundry room in her building ("it smells like the warehouse"). Continues to attend Orthodox Tewahedo liturgy weekly and keeps the fasts, and says prayer is "the only medicine that works". Reports headaches and a heaviness in her chest. Worried about her younger brother, still in a camp in Ethiopia; sends money monthly from her job, which leaves little for herself through a long Prairie winter.

**A:** PCL-5 = 58 (from 66 at intake). RHS-15 = 19. Continues to meet criteria for PTSD (F43.10) with prominent somatic presentation. Alliance good but sensitive to interpreter changes. Fasting periods likely affect energy and sleep and should be factored into pacing. No SI; future-oriented (wants to do her PSW course).

**P:**
- Continue NET, session 3 of lifeline narration; next segment covers the Libya period, which we've agreed to approach slowly.
- Request the same interpreter for continuity.
- Provided CCVT information for community support and their women's group.
- Reviewed 988 and the local distress line.
- Next session Thursday.""",
        [],
    ),
    (
        "b13c-029",
        """Supervision prep: couple work, Christchurch

Brendan (45, Pākehā, civil foreman with Fulton Hogan) and Xiaoyu (39, came from Sichuan to study in 2008; goes by Sophie at work). Two kids. Live in Halswell. Referred by their GP after Sophie presented with panic attacks.

History: Brendan has a chronic back injury (ACC claim no. 10047 32615) and has been on reduced hours for a year, which has flipped the financial balance; Sophie is now the main earner as a pharmacist. He says he feels "useless"; she says in Mandarin "wǒ hěn lèi" (I'm so tired) and then apologises for not speaking English. Her parents want to come out on a parent visa and live with them; Brendan has said "over my dead body" in session.

Critical incident: on Saturday 9 September Brendan punched a wall during an argument about the visa application. No physical violence toward Sophie reported when screened separately; she says she's not afraid of him, "just of the future". I did a family violence risk screen with each of them alone and gave Sophie the Women's Refuge crisis line (0800 733 843) as standard practice.

Frame: Gottman Method assessment (Sound Relationship House), thinking about moving to EFT. Very aware of face (miànzi) and family obligation on her side and a fairly traditional Kiwi bloke "harden up" script on his.

For supervision:
- Is the wall-punching a reason to pause conjoint work?
- How do I include her parents' voices without them in the room?
- Should I loop in his ACC case manager re: pain psychology?""",
        [
            ("Christchurch", "place"),
            ("Brendan", "name"),
            ("Fulton Hogan", "organisation"),
            ("Xiaoyu", "name"),
            ("Sophie", "name"),
            ("Halswell", "place"),
            ("10047 32615", "id_number"),
            ("Saturday 9 September", "date"),
        ],
    ),
    (
        "b13c-030",
        """Something I want to share from a case that has now closed: a couple whose baby was stillborn at 34 weeks. Shared with their blessing, details blurred.

What I learned:

**1. Both parents grieve, often in opposite directions.** She wanted to talk about their daughter constantly, say her name, look at the photos from the cuddle cot. He went back to work after a week and "didn't want to go there". Stroebe & Schut's dual process model was a godsend for explaining this: she was loss-oriented, he was restoration-oriented, and both are normal. Seeing it as oscillation rather than "he doesn't care" shifted the whole dynamic.

**2. Disenfranchised grief is real (Doka).** Workmates asked him "how's your wife going?" and never asked about him. Her mothers' group drifted because she was "too sad".

**3. Continuing bonds (Klass, Silverman & Nickman), not closure.** They planted a tree, light a candle on her birthday, and wrote her a letter on Mother's Day. I've stopped using the word closure entirely.

**4. The yiayia.** His family is Greek-Australian and held a 40-day memorial. Her family is Anglo and didn't understand why. We did one session with both grandmothers, and it was the most powerful session of the whole case.

**5. Resources that actually helped:** Red Nose Grief and Loss (1300 308 307), whose peer support line is specifically for bereaved parents; Sands (1300 072 637); Bears of Hope; and later the Gidget Foundation for anxiety in the next pregnancy. A Better Access MHTP for each of them separately, plus some joint sessions.

**6. The next pregnancy.** They're expecting again; EPDS 14 for her, and he's scoring on the K10 now.

Take care of yourselves doing this work. It's heavy.""",
        [],
    ),
    (
        "b13c-031",
        """Thanks for your thoughts last week. Update on Nomvula, the 23-year-old in Orlando East, Soweto (shared with consent):

She delivered on 04-03-2024 at Chris Hani Baragwanath by emergency caesarean; baby Lwazi spent 9 days in neonatal ICU. EPDS now 22, item 10 positive ("sometimes I think the baby is better without me"). Passive ideation, no plan, no means she can name, and her gogo is home all day and has agreed to stay close. SADAG number and Perinatal Mental Health Project information given.

The father, Sipho Dlamini, hasn't paid inhlawulo and his family says the child isn't his. She keeps saying "ngikhathele" (I'm tired). The CSG application is stuck until Home Affairs issues the birth certificate.

Her cell is 072 418 6653 but she only has data on weekends, so I'm doing Thursday home visits rather than WhatsApp check-ins.

Would you bring the gogo into sessions, given she's also the one saying "you made your bed"? Ngiyabonga.""",
        [
            ("Nomvula", "name"),
            ("Orlando East", "place"),
            ("Soweto", "place"),
            ("04-03-2024", "date"),
            ("Chris Hani Baragwanath", "organisation"),
            ("Lwazi", "name"),
            ("Sipho Dlamini", "name"),
            ("072 418 6653", "phone"),
        ],
    ),
    (
        "b13c-032",
        """DAP, suivi #6 / session 6, telephone

**D:** 88-year-old francophone widow in a CHSLD since the spring, after a stroke. Referred by the CLSC social worker. Says "je m'ennuie de mon défunt" and "ça va pas pantoute". Eating about half her meals; sleeping on zopiclone 3.75 mg. Lit up describing last week's music afternoon ("les vieilles chansons de La Bolduc"). Still upset her rosary went missing in the move.

**A:** GDS-15 = 10 (was 12). MoCA 24/30 per OT. Adjustment disorder with depressed mood (F43.21), improving. Erikson's integrity vs. despair very present: "j'ai eu une bonne vie" one minute, "à quoi ça sert" the next. No SI ("au Bon Dieu de décider"). Risk low.

**P:** Weekly phone sessions; structured life review (Butler) with her photo albums; music program weekly; remind staff and family of Info-Social 811 and Tel-Aînés; ask the unit to look again for the rosary. Repeat GDS in 4 weeks.""",
        [],
    ),
    (
        "b13c-033",
        """Family session notes, session 5

Present: Deng (16), mum Achol, maternal uncle Majok (who has taken on a father role since Deng's dad died in Kakuma), Dinka interpreter by phone for Achol.

Context: Deng is on a youth justice order after a car theft charge (Children's Court matter J12739845). His school, Tarneit Senior College, has him on a modified timetable. Family lives in Tarneit. A youth worker from the council youth service is also involved.

Content: Majok opened by talking about cieng, the Dinka way of living properly with others and respecting elders. He said Deng has "lost his cieng" since coming here and that in their culture the whole family carries the shame. Deng rolled his eyes: "he doesn't get it, this isn't Kakuma." Achol cried and said she is "tired of police at the door".

Deng disclosed that the boys he was with on the night of Friday 3rd Nov have been messaging him on Snapchat (he's dengz_4life on there) pressuring him to come out again. He hasn't told his youth justice worker. I encouraged him to share it and he agreed to, with me present.

Reflections: a systemic lens (Bronfenbrenner) helps. The acculturation gap between Deng and the adults is huge, and Majok's authority has no purchase in the Australian system the way it would at home. Papadopoulos's idea of adversity-activated development may be worth holding alongside the risk narrative.

Plan:
- Joint session with the youth justice worker next week.
- Consider individual support for Achol (Foundation House is one option); she has her own trauma history.
- Kids Helpline 1800 55 1800 and headspace information given to Deng.""",
        [
            ("Deng", "name"),
            ("Achol", "name"),
            ("Majok", "name"),
            ("Kakuma", "place"),
            ("J12739845", "id_number"),
            ("Tarneit Senior College", "organisation"),
            ("Tarneit", "place"),
            ("Friday 3rd Nov", "date"),
            ("dengz_4life", "handle"),
        ],
    ),
    (
        "b13c-034",
        """Supervision notes: Pākehā therapist working with a Māori whānau (my own reflections)

Context: whānau of five referred through a Whānau Ora navigator after their 13-year-old son was stood down from school for fighting. Mum and her partner, two younger kids, and Nan, who lives with them. Oranga Tamariki had a brief report of concern last year, closed. Mum's first words to me were "are you from OT?" The suspicion in the room was palpable, and fair enough.

What my supervisor (Māori, a kaupapa Māori practitioner) pushed me on:

1. **Whakawhanaungatanga before anything.** I'd gone in with a genogram and an intake form. She asked, "Did you tell them where you're from? Your maunga, your awa?" I hadn't. I'm Pākehā, fourth generation, and I'd assumed that wasn't relevant. It is. Next session I introduced myself properly and the whole tone changed.

2. **Whakamā is not the same as shame.** Her son's silence in sessions isn't resistance. It's whakamā, and it can be held, not pushed through.

3. **Mana motuhake.** The whānau get to define the problem. Mum's framing is "he's angry because of what happened to his dad" (a prison sentence). Mine was "emotion regulation difficulties". Hers is better.

4. **Reading list:** Durie's Te Whare Tapa Whā (again; I thought I knew it), Pihama on kaupapa Māori theory, Linda Tuhiwai Smith's Decolonizing Methodologies, and the Hui process (Lacey et al., 2011) as a structure for engagement.

5. **My limits.** My supervisor asked whether the whānau would prefer a Māori clinician. I asked them. Mum said, "We'll give you a go, but if you get it wrong we're off." That seems fair.

Safety net: 1737 and Healthline through Whakarongorau, and Women's Refuge information as part of routine screening. A list of kaupapa Māori services in the rohe is on their fridge now, at Nan's insistence.

The whakataukī my supervisor left me with: "Ko te manu e kai ana i te miro, nōna te ngahere." That one is going on my wall.""",
        [],
    ),
    (
        "b13c-035",
        """Hi everyone, looking for thoughts on a couple case with a lot of migration layers.

Maricel (36) came to Canada in 2014 under the caregiver program, worked as a live-in nanny for years, and now works as a health care aide at Golden West Centennial Lodge. Her husband Rodel joined her on spousal sponsorship on Canada Day 2021 after 7 years apart. They live in Tyndall Park in Winnipeg with their two kids, who were raised mostly by her mother back home until they came over.

The presenting problem is "we are strangers". Rodel can't get his engineering credentials recognised and is delivering for Skip; Maricel is the breadwinner and still sends money home every month, which he resents. She describes utang na loob to her family and to him: she feels indebted to him for waiting. He talks about hiya, the shame of being the one supported. Both agree the kids call their lola more than they call him.

Gottman assessment: lots of turning away, some contempt from him, very little shared meaning. Maricel scored 18 on the PHQ-9 and is working doubles.

Logistics hiccup: her PHIN (118 527 943) was entered wrong by our front desk, so I've had to redo the intake. She's also asked to be contacted only by text at (204) 555-0147 because Rodel reads her emails.

Questions:
- Anyone done couples work around long separation and reunification in migrant families? The reunification literature (Suárez-Orozco) is mostly about the kids.
- Is there a Tagalog-speaking counsellor in Manitoba I could refer her to individually? I've given her Klinic's crisis line and 988.

Salamat po!""",
        [
            ("Maricel", "name"),
            ("Golden West Centennial Lodge", "organisation"),
            ("Rodel", "name"),
            ("Canada Day 2021", "date"),
            ("Tyndall Park", "place"),
            ("Winnipeg", "place"),
            ("Skip", "organisation"),
            ("118 527 943", "id_number"),
            ("(204) 555-0147", "phone"),
        ],
    ),
    (
        "b13c-036",
        """Haha so relatable. Couples work here really is its own thing lah. From ~10 years at an FSC:

- The in-laws are always in the room. I ask who has keys to the HDB flat in session 1. Diagnostic, trust me.
- Xiao is not enmeshment. Bowen helps, but say "being your own person while staying connected", not "differentiation of self".
- Mianzi: book a short individual session with each partner early, with clear rules about secrets.
- Screen for violence separately, always. AWARE (1800 777 5555) and the National Anti-Violence Helpline (1800 777 0000) are on my handout; SOS 1767 for crisis.

Gottman for assessment, EFT for the work. Also paiseh, but we therapists are kiasu too, trying to fix couples in 6 sessions. Some need 20.""",
        [],
    ),
    (
        "b13c-037",
        """Case consult: older Greek-Australian woman, grief and somatic complaints

Kyria Eleni Papadakis, 90, widowed eight months ago when her husband Stavros died after a long illness. Lives alone in the same Brunswick terrace they bought in 1962. Sees her GP, Dr Con Kypreos, every fortnight with a new complaint: chest, stomach, nevra (nerves). He referred her to me on a MHTP; Medicare 2716 48390 1.

She speaks mainly Greek; I have enough to get by and we use a TIS interpreter for the harder sessions. She describes stenahoria, a tight, suffocating distress, and says the house is "too quiet, the walls listen to me". She still sets two places at the table. She hasn't missed a Sunday liturgy at St Eustathios since the funeral, and the priest visits; the mnimosyno at 40 days and at 6 months were, she says, the only days she felt like herself.

GDS-15: 7. No cognitive concerns on screening. No SI ("God will decide").

Family: no children. Her niece Georgia is the main support and organised the referral; she emailed me (georgia.papadakis77@bigpond.com) asking for updates. I explained I needed Eleni's consent, which Eleni gave, but only for "appointments, not what I say".

What I'm thinking: this looks more like culturally expected mourning (black for a year, the memorials) than a disorder, and the somatic frame is how distress is spoken in her generation. I'm doing supportive work, some continuing bonds work and reminiscence rather than CBT.

Question: when does culturally normative widowhood in older Greek women shade into prolonged grief disorder? The 12-month PGD threshold feels arbitrary here. I'd welcome thoughts, especially from anyone who works with the Greek community.""",
        [
            ("Eleni Papadakis", "name"),
            ("Eleni", "name"),
            ("90", "age"),
            ("Stavros", "name"),
            ("Brunswick", "place"),
            ("Con Kypreos", "name"),
            ("2716 48390 1", "id_number"),
            ("St Eustathios", "organisation"),
            ("Georgia", "name"),
            ("georgia.papadakis77@bigpond.com", "email"),
        ],
    ),
    (
        "b13c-038",
        """Takeaways: closing our 12-week CBT-E-informed group for adults with bulimia and BED

We ran a closed group (8 started, 6 completed) through the practice, billed under the EDMP for those who had one and under the Better Access group items for those who didn't. Sharing what worked.

**Structure:** weekly, 90 minutes, based on Fairburn's CBT-E (2008) with some of Waller's CBT-T elements for pacing. Regular eating introduced in week 1; weekly weighing done individually before group; food diaries reviewed in pairs.

**Measures:** EDE-Q global mean dropped from 3.9 to 2.4 among completers. Binge frequency down about 60%. K10 mean 29 to 21. Two participants still purging weekly and have been referred on for individual work.

**What worked:**
- Saying out loud that the "Bondi body" is a marketing fiction. Members did a media literacy exercise where they found the photoshopping in their own feeds.
- Having the dietitian co-facilitate weeks 3 and 8. The EDMP dietetic items (up to 20 sessions) made this affordable.
- Pairing participants as check-in buddies between sessions.

**What didn't:**
- The body image module came too early (week 5); moving it to week 9 next round.
- Two members with ADHD struggled with paper diaries; next time we'll offer an app (Recovery Record).

**Admin notes:** the EDMP needs reviews at set points before further sessions can be claimed, up to the 40 cap, so diarise them. Items 90250 to 90257 are the plan items; check referral letters quote the right one.

**Resources we gave out:** Butterfly National Helpline (1800 33 4673), the InsideOut Institute's online screener and resources, and Eating Disorders Victoria's peer mentoring.

Would run it again. Happy to share the session plans.""",
        [],
    ),
    (
        "b13c-039",
        """Mālō e lelei koutou, quick follow-up on the Tongan mum from peer group.

Her husband Tevita died suddenly on Tuesday the 14th. Mele (58) asked me not to cancel, so we met at her home in Ōtāhuhu in the middle of putu preparations, fine mats everywhere and the fahu (Tevita's eldest sister) firmly in charge. Mele barely spoke; faka'apa'apa decides who does, and I had to sit on my urge to "do grief work".

Money is the big stressor. There's a Givealittle page (givealittle.co.nz/cause/tevita-funeral-fund) and her congregation at the Free Wesleyan Church is helping, but she asked me to help with the Work and Income funeral grant form (IRD 104-382-517, kept on the form, not my notes). Her daughter Losaline has flown in from Sydney for two weeks.

Framing it with the Fonua model (Tu'itahi). Question: how soon is too soon to offer anything like therapy during a putu, or is presence the whole job for now?

'Ofa atu.""",
        [
            ("Tevita", "name"),
            ("Tuesday the 14th", "date"),
            ("Mele", "name"),
            ("Ōtāhuhu", "place"),
            ("givealittle.co.nz/cause/tevita-funeral-fund", "url"),
            ("Free Wesleyan Church", "organisation"),
            ("104-382-517", "id_number"),
            ("Losaline", "name"),
            ("Sydney", "place"),
        ],
    ),
    (
        "b13c-040",
        """Closing summary / takeaways: Tamil family, 18 months of work

Posting what I learned from a family I'm discharging this month, in case it helps others working with Sri Lankan Tamil refugees in Southern Ontario.

**Who:** parents in their 50s, two young adult children. Arrived in the 2010s as refugee claimants after years in the Vanni during the final phase of the war; father detained for several months afterwards. Initially referred for the mother's nenju vali (chest pain) with a clear cardiac workup, and the father's drinking.

**What helped:**
1. **Collective trauma framing.** Daya Somasundaram's writing on collective trauma in northern Sri Lanka helped me see that I wasn't treating four individuals; I was working with a family carrying a community's history. I stopped pushing for individual trauma narratives too early.
2. **Honour (maanam) and the drinking.** The father couldn't engage with addiction language. Framing it as protecting the family's maanam and his children's futures got him to an outpatient program.
3. **Amma's kavalai.** The mother described constant worry (kavalai) rather than depression. I used her word in every session. PHQ-9 went from 21 to 9 over the year.
4. **Couples work inside family work.** Once the father was sober, the real marital grief came out: the years apart, what each had endured. Some of Gottman's stress-reducing conversation exercises, in Tamil with an interpreter she trusted, made a big difference.
5. **Festivals as anchors.** We timed one family session near Thai Pongal and another before Deepavali, and the family's own rituals became part of the healing.
6. **Kirmayer's cultural formulation** kept me honest about my own assumptions.

7. **Pacing with the body.** The mother's chest pain flared before each anniversary of the last months of the war. Rather than treating it as somatisation to be interpreted away, we tracked it together and planned for it: lighter weeks, a visit to the kovil, more phone time with relatives abroad. Her GP was brilliant about not re-investigating each time.

**What I'd do differently:** involve the adult children earlier. They were carrying a lot of translation and mediation, and the younger one's GAD-7 was higher than either parent's by the end.

**Resources used:** CCVT, IFHP in the early period, an OHIP-covered psychiatry consult, ConnexOntario for the addiction referral, 988.

Nandri to them for teaching me so much.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind13c"}
        for doc_id, text, items in DOCS
    ]
