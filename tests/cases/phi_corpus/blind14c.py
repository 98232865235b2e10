"""Blind batch b14c, written by a helper session without sight of the guard. Forty posts by
clinicians in the US, UK, Canada, Ireland, Australia and New Zealand working with clients whose
families come from South Asia (Pakistani, Bangladeshi, Punjabi Sikh, Gujarati, Telugu, Malayali),
the Middle East (Lebanese, Syrian, Iranian, Kurdish/Turkish, Afghan Hazara), East and West Africa
(Somali, Ethiopian/Eritrean, South Sudanese, Kenyan, Yoruba, Ghanaian), East Asia (Korean,
Chinese, Hong Kong, Japanese), Latin America (Mexican, Salvadoran, Guatemalan Maya, Brazilian,
Caribbean Latino) and Eastern Europe (Polish, Ukrainian, Romanian, Serbian). Genres: Markdown case
presentations, consultation questions, SOAP/DAP/BIRP notes, process notes, supervision
reflections, group notes, intake summaries, closing takeaways and chatty forum replies. Themes:
interpreters, faith, migration, family honour (izzat, namus, aberoo, ceeb), intergenerational
conflict. Identifiers: names with nicknames and family names (some ordinary words such as Sunny,
Lucky), mosques, gurdwaras, temples and churches, employers, schools, suburbs, streets, cities of
origin, festival dates with years (Eid al-Fitr 2024, Nowruz 2023, Chuseok 2023, Jamhuri Day 2023),
other dates and a birth date, ages over 89, phones, emails, handles, a URL and ID numbers (NHS,
OHIP, BC PHN, PPSN, Medicare, MBI, NHI, IRD, UCI, MRN, student, court and device numbers).
Clean documents are dense with look-alikes: words from clients' languages (Babcia, Teta, Cucu,
Omma, halmeoni, jiddo, izzat, sabr, han, nunchi, dhaqan celis), festivals without years, kinship
terms, saints, regions and provinces of origin, cited theorists (Falicov, Kleinman, Boss, Tribe &
Raval, Tummala-Narra), instruments and scores, ICD and CPT/MBS codes, medications, national
hotlines and services (TIS National, Karma Nirvana, 988, 1737, Samaritans, FIANZ, Spirasi).

First-sight figures, with the guard at 63903bf: span recall 0.893, precision 0.818, identifier
documents fully caught 0.500, clean documents flagged 0.700 (the guard at 5d372b1, where this
session started: 0.879, 0.754, 0.350, 0.850).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b14c-001",
        """## Consultation request: possible forced marriage risk, 19F

**Background.** Aqsa Mahmood ("Aqsi" to her sisters) is 19, second-generation British Pakistani, family originally from Dadyal in Mirpur. Lives with parents and three younger siblings in Small Heath. Second year at Joseph Chamberlain Sixth Form College, resitting maths. Self-referred via the college counsellor after a panic attack in the library.

**Presenting concern.** Her parents have accepted a rishta from her father's nephew in Pakistan. She says she "never said haan, they just decided". There has been talk of a nikah during a family trip, and she's been told the flights are booked for 18 July. She keeps coming back to izzat ("if I say no it's Abbu's izzat in the whole biradari, not mine") and to log kya kahenge. The family attend Green Lane Masjid and she's frightened that the imam's wife, who she's close to, will "tell Ammi everything".

**Risk.** CORE-10 of 24 at intake. No active SI, some passive "it'd be easier if I wasn't here". No disclosure of physical violence; describes her older brother checking her phone and her location.

**What I've done.** Read the Forced Marriage Unit guidance, discussed with our safeguarding lead, gave her the Karma Nirvana helpline (0800 5999 247) and talked through keeping a copy of her passport details with someone safe.

**Question.** How do people hold the tension between respecting her wish not to bring sharam on the family and the fact that the clock is running? She is adamant she doesn't want police involved and she still loves her parents. Any experience with a family-inclusive approach in a case like this, or is that naive at this stage?

---

**Update after session 4.** Thank you all. Answering the common questions in one place:

- Yes, she knows about the Forced Marriage Protection Order route. She went very pale when I explained it and said "that's like putting Abbu in the dock". We've parked it, not closed it.
- Her youngest sister, Mahnoor, is 12, and Aqsi's biggest fear is that if she "makes a fuss" the same thing will happen to her sister sooner. That fear is doing a lot of the work in keeping her quiet, and I think it's also the lever.
- Faith isn't the problem for her; she's clear that Islam requires her consent for a nikah to be valid, and that's been a surprisingly powerful thing to say out loud in the room.

I'm seeing her weekly now, plus a check-in call. Will update again.""",
        [
            ("Aqsa Mahmood", "name"),
            ("Aqsi", "name"),
            ("Mahnoor", "name"),
            ("Dadyal", "place"),
            ("Mirpur", "place"),
            ("Small Heath", "place"),
            ("Joseph Chamberlain Sixth Form College", "organisation"),
            ("18 July", "date"),
            ("Green Lane Masjid", "organisation"),
        ],
    ),
    (
        "b14c-002",
        """**SOAP, session 6, via TIS phone interpreter (Dari)**

S: Client (41M, Hazara, arrived on a humanitarian visa after eleven years in Pakistan) reports sleep "a little better" since his GP increased mirtazapine to 30 mg. Still waking around 3 am with nightmares about the road out of Ghazni province. Said Nowruz was "heavy" this year, the first since his mother died, and he could not bring himself to go to the community gathering. Described the feeling as dil-tangi (tightness of the heart), which the interpreter glossed as sadness and longing. Worried about his brother, still in Iran with no papers. Prayer helps; attends Friday prayers "when the body lets me". Asked again whether what we talk about goes back to Immigration. Reassured re confidentiality and its limits.

O: On time, neatly dressed, good eye contact with interpreter, less with me. PCL-5 46 (58 at intake), K10 31. Tearful about his mother. No psychomotor change. Denies SI, intent or plan; future-oriented (citizenship test, wants to sponsor his brother).

A: PTSD (F43.10) with depressive symptoms, slowly improving. Grief is complicating the trauma work. Muharram falls in the coming months and last year Ashura was a trigger (memories of attacks on Hazara gatherings). His idiom of dil-tangi fits his explanatory model better than "depression"; will keep using his words.

P: Continue NET; next session the lifeline continues from age 14. Liaise with GP re sleep. Offer interpreter preference again; he has said he would rather not have a Pashto-speaking interpreter. Info card in Dari with Lifeline 13 11 14 and TIS National 131 450. MBS item 80110, Better Access session 6 of 10.""",
        [],
    ),
    (
        "b14c-003",
        """DAP note, family session (mother + son), 60 min

D: Jasraj ("Jassi"), 16, Grade 11 at Castlebrooke Secondary School, attended with his mother Kulwinder Kaur Dhillon. Father did not attend (working a double at the trucking yard). Conflict is over Jassi cutting his kesh in March. Mum described it as "a knife in my heart" and says the family's standing at Sri Guru Nanak Sikh Centre has taken a hit: "everyone at langar is looking at us". Jassi says he did it because of bullying and a TikTok account (@jassi.d.905) where classmates reposted photos of him in his patka. He says the granthi was actually kind to him; it's the aunties. Mum raised that he skipped the Vaisakhi 2023 nagar kirtan, the first he has ever missed. Session in mixed English/Punjabi; mum is more comfortable in Punjabi, and I used a few phrases, but we agreed to book an interpreter next time.

A: Clear acculturation gap (Berry) overlaid with religious identity and sharam/izzat. Both care deeply; mum's grief about the hair is a real loss, not just control. Jassi shows mild depressive symptoms (PHQ-A 11), no SI. Bullying needs addressing with the school.

P: Individual session with Jassi next week; consent obtained to contact school guidance. Mum given my direct line and asked to call if things escalate; her number on file is (905) 555-0163. OHIP 5726-481-093-PL confirmed at front desk. Consider inviting dad by phone, maybe after Gurpurab when the trucking schedule eases.""",
        [
            ("Jasraj", "name"),
            ("Jassi", "name"),
            ("Castlebrooke Secondary School", "organisation"),
            ("Kulwinder Kaur Dhillon", "name"),
            ("Sri Guru Nanak Sikh Centre", "organisation"),
            ("@jassi.d.905", "handle"),
            ("Vaisakhi 2023", "date"),
            ("(905) 555-0163", "phone"),
            ("5726-481-093-PL", "id_number"),
        ],
    ),
    (
        "b14c-004",
        """Re: "ataque" in session, am I missing something?

Not a dumb question at all. What you're describing (sudden shouting, trembling, collapsing to the floor, then not remembering much afterwards, right after the phone call about her brother) sounds a lot like ataque de nervios, which is in the DSM-5-TR glossary of cultural concepts of distress. For a lot of my Puerto Rican and Dominican clients it isn't seen as pathological in itself. It's a recognized, almost expected response to an overwhelming family event. I'd be slow to jump to conversion disorder or panic disorder off the back of one episode.

A few things that have helped me:

- Use the Cultural Formulation Interview, especially the questions about what she calls the problem and what her family thinks caused it. Mine said "son los nervios, nada más" and her mom was convinced it was susto from when she was little.
- Ask about familismo and who else is involved. Often the abuela, a tía, or the comadre has been consulted long before you were.
- Respeto and personalismo matter. A bit of plática at the start of the session isn't wasted time.
- Be curious about faith. Some clients will have lit a candle to the Virgen de Guadalupe or asked for prayers at church; that can be a resource, not a rival.
- Falicov's *Latino Families in Therapy* is worth the money, and Comas-Díaz has good material on marianismo and aguantar.

On billing I'd keep it at F43.22 for now rather than anything heavier, 90834 weekly. If the episodes start including SI, 988 has Spanish-language support (press 2).

Also: quinceañeras, Día de los Muertos, Nochebuena. Those big family gatherings can be the flashpoints, so it's worth asking what's coming up on the family calendar.""",
        [],
    ),
    (
        "b14c-005",
        """Supervision reflection, week 14

I brought Seun to supervision again today. For context: Oluwaseun Adebayo, 15, referred by the guidance counsellor at Ardgillan Community College after he was found crying in the toilets and told a friend he "wanted to disappear". Family is Yoruba, moved from Nigeria to Balbriggan when he was six. Mum is a staff nurse at Beaumont Hospital and works nights; Dad drives a taxi. They're very involved at RCCG Kingdom Life Parish, and Seun plays keyboard there on Sundays.

What I noticed in myself: when Mum came in and said "we have prayed over him, this is a spiritual attack", I felt my shoulders go up. My supervisor named it. I was bracing for a fight over explanations rather than making room for both. Mum was also clear that in her world an omo who talks about his parents to a stranger brings shame; she used the word itiju. He was mortified she said it.

What I want to try: a conversation that lets the family's faith stand next to the CBT rather than under it. Ask Mum what the pastor has advised. Ask him what church actually feels like; he lights up talking about the music.

Admin: Tusla not involved, no child protection concerns raised. PPSN on the referral is 8823471WA; reception flagged that it doesn't match the one on the GP letter, need to check. The big family moment was Easter Sunday 2023, when an older cousin announced he'd got into medicine. He dates a lot of the pressure to that day.""",
        [
            ("Seun", "name"),
            ("Oluwaseun Adebayo", "name"),
            ("Ardgillan Community College", "organisation"),
            ("Balbriggan", "place"),
            ("Beaumont Hospital", "organisation"),
            ("RCCG Kingdom Life Parish", "organisation"),
            ("8823471WA", "id_number"),
            ("Easter Sunday 2023", "date"),
        ],
    ),
    (
        "b14c-006",
        """Group notes: Parenting Across Two Cultures (Mandarin/English), session 4 of 8

Attendance: 7 of 9 parents (two apologies: one travelling back to China for a grandparent's funeral, one unwell). Co-facilitated; the Mandarin-speaking co-facilitator led the first half.

Theme: praise and pressure. We started with a mooncake check-in (Mid-Autumn Festival was last weekend, and several parents talked about video calls with grandparents where the kids "didn't want to say anything"). One father said his son is 不听话 (bù tīnghuà, doesn't listen), and the group worked on how much of "listening" means obedience (guāi, 乖) versus connection.

Discussion points:
- Face (miànzi): parents described not wanting the school to "see the problem". One mother said she would rather her daughter fail quietly than have the whole WeChat group know.
- Chī kǔ (eating bitterness): several parents framed their own migration as sacrifice and find it hard when the kids don't seem to see it. Linked to filial piety (xiào), and to the kids growing up alongside Kiwi mates.
- The "tiger parent" label came up and two parents were hurt by it. We talked about Amy Chua's book as one story, not theirs.

Tools: introduced emotion coaching (Gottman); practised one script in pairs. Homework: one specific praise a day for effort, not outcome.

Risk/notes: one parent disclosed her own low mood after the session. Followed up individually, K10 27, encouraged a GP visit, gave 1737 (free call or text) and Healthline 0800 611 116. No child safety concerns.

Next session: planning for Lunar New Year, and handling relatives' comments about grades.""",
        [],
    ),
    (
        "b14c-007",
        """BIRP, individual, 53 min, CPT 90837

B: Client Nadia Saad (47, Lebanese-American, MRN 300-41-7752) presented tired and tearful. She is primary caregiver for her mother-in-law, who is 91 and has moderate Alzheimer's; Teta moved in after a fall in February. Client works full-time in payroll at the Dearborn Truck Plant and says she is "running on coffee and sabr". Husband Hassan helps "when he's not at the shop". Sisters-in-law in Lebanon phone daily and criticize. Client described eib at the thought of memory care: "in our family you don't put your mother in a home, ya'ni, you just don't". Worst week was around Ashura, when Teta insisted on going to the Islamic Center of America and became agitated in the crowd.

I: Validated caregiver grief; reflected the bind between duty and depletion. Explored which religious framings help; she named sabr and the hadith about paradise lying at the feet of mothers, and also the resentment she feels guilty about. Introduced respite options including adult day programs with Arabic-speaking staff. Psychoeducation on caregiver burnout (Zarit 52).

R: Receptive to respite "just to look". Denied SI. Asked for a Friday slot that works around jummah with her husband.

P: Next session in 1 week. Client consented to receiving the respite list by text at (313) 555-0198. Will explore a family meeting including her husband, possibly with a Shi'a imam she trusts as a cultural broker.""",
        [
            ("Nadia Saad", "name"),
            ("300-41-7752", "id_number"),
            ("91", "age"),
            ("Dearborn Truck Plant", "organisation"),
            ("Hassan", "name"),
            ("Islamic Center of America", "organisation"),
            ("(313) 555-0198", "phone"),
        ],
    ),
    (
        "b14c-008",
        """Process notes, session 3 (Somali interpreter via Language Line, video)

Mum (late 30s) came alone this time; her 14-year-old son refused. She began by apologising for being late: the bus, and she had stopped to pray Dhuhr. She and the interpreter exchanged a few sentences before we started that weren't translated. I asked, and the interpreter said they'd worked out they were from the same clan and "it's fine". I noted my unease and asked Mum directly, through the interpreter, whether she was comfortable. She said "haa, haa" very quickly. I'm not sure that counts as consent in any full sense. Will request a different interpreter, perhaps by telephone from outside the area.

Content: her main worry is that her son is "becoming lost": staying out, music, friends she doesn't know. Relatives have suggested dhaqan celis (sending him back to Somaliland to be "returned to culture"). She spoke about ceeb (shame) in front of her sisters. Asked what she thought was happening to him, she said partly jinn, partly the friends, partly that his father is not here. She has taken him to a sheikh for ruqyah, which calmed him "for one week".

My process: I felt protective of the boy and noticed myself wanting to argue against dhaqan celis before understanding it. I held back. She was exhausted, and anxious about managing the house once Ramadan starts.

Plan: discuss the safeguarding implications of a trip abroad with our lead (no immediate plan, no travel booked). Next session to focus on her own mood (PHQ-9 14 today). Find out whether her son would see a male worker.""",
        [],
    ),
    (
        "b14c-009",
        """### Peer consult: international student, 22F, panic + somatic symptoms

**Client:** Seo-yeon Park (goes by Sunny), 22, third-year commerce at UNSW, student number z5381127. Lives in a share house in Strathfield with two other Korean students.

**Referral:** GP at the uni health service. Presenting with chest tightness, "heat rising", insomnia. GP wondered about hwa-byung given how she described it: "like fire stuck in my chest".

**Background:** Only child. Omma and Appa run a small restaurant back in Korea and are paying her fees. She can't tell them she failed two units because "they gave up everything". Attends Hanin Presbyterian Church Strathfield on Sundays and leads youth worship there; says people at church "read nunchi very well" and she feels watched. Worst episode was Chuseok 2023: alone in the house, video call with her parents, first panic attack straight afterwards.

**Current:** DASS-21 D 18, A 22, S 26. No SI. Sleeping 4-5 hrs. Drinking soju most nights to get to sleep (new).

**Question for the group:** how do you approach disclosure-to-family work with someone whose whole sense of filial duty rests on not disclosing? And has anyone used hwa-byung as a frame with younger clients; does naming it help or does it feel like "my mum's illness"?

She asked me to text her on 0412 555 873 rather than use her uni email, which she thinks her course coordinator can see.""",
        [
            ("Seo-yeon Park", "name"),
            ("Sunny", "name"),
            ("UNSW", "organisation"),
            ("z5381127", "id_number"),
            ("Strathfield", "place"),
            ("Hanin Presbyterian Church Strathfield", "organisation"),
            ("Chuseok 2023", "date"),
            ("0412 555 873", "phone"),
        ],
    ),
    (
        "b14c-010",
        """Consultation question: fasting, holy water and an eating disorder?

I'd value thoughts from anyone who has worked with Ethiopian or Eritrean Orthodox clients. My client is a 22-year-old woman, born in Canada, parents from the Tigray region, very involved at her family's Tewahedo church. Referred by her family doctor for restrictive eating (BMI down to 17.4 over eight months).

The complication: she fasts (tsom) for much of the year. Wednesdays and Fridays, the long fasts before Fasika and Genna, and she's taken on extra fasts on top. Orthodox fasting means vegan, not no food, and it's normal and meaningful in her community. But she's restricting far below that and hiding it. Her mother says "she is a good girl, she fasts, she goes to tsebel" (holy water). The priest, apparently, has blessed the extra fasting.

Her explanatory model mixes both. She talks about wanting to be "clean", and also about a zar spirit her aunt believes follows the women in their family. She is not psychotic. She's articulate about yilugnta (what people will say) and about being the eldest daughter.

Done so far: CFI, EDE-Q (global 3.9), medical monitoring through her GP, safety plan. What I'm unsure about:
1. Is it appropriate to involve the priest, and how, without it looking like I'm trying to get him to overrule the fast?
2. How do I separate religious fasting from ED behaviour without implying her faith is the problem?
3. Timkat and Meskel are big community events with feasting. Any tips on using those as exposure-type opportunities?

No current SI. She has the 988 info and NEDIC's helpline. Thanks in advance.""",
        [],
    ),
    (
        "b14c-011",
        """Thanks for taking this one on with me. Quick summary so you're up to speed before Thursday:

Tanvir Rahman, 24, came out to me in session 5. Parents came over from Sylhet in the 90s and live in Jackson Heights; dad runs a grocery on 73rd Street and mom doesn't work outside the home. Tanvir is a research coordinator at NYU Langone and has been seeing Diego Alvarez for about a year. The family doesn't know. His older sister Nusrat does, and she's the one who told him to "just wait until after bhabi's baby". There is always a reason to wait.

What's hard: Eid al-Fitr 2024 was the first time he almost told them. He sat through the whole dawat with his khala asking about "a nice girl from back home" and left early to throw up. He talks about shorom (shame) a lot, but also real love; he still goes with his dad to Friday prayer when he can. He's not interested in leaving Islam. He's interested in not lying.

He posts anonymously on Instagram as @tanvir.nyc (he gave permission to mention it) and some of the anxiety is about cousins finding it.

PHQ-9 12, GAD-7 15, no SI but some "what's the point" on bad days. I've been using ACT, values work around family vs. self, and reading Kugle's *Living Out Islam* alongside him. Trevor Project info given.

If you can take the family-systems angle in the joint session, I'll hold the individual work.""",
        [
            ("Tanvir Rahman", "name"),
            ("Tanvir", "name"),
            ("Sylhet", "place"),
            ("Jackson Heights", "place"),
            ("73rd Street", "place"),
            ("NYU Langone", "organisation"),
            ("Diego Alvarez", "name"),
            ("Nusrat", "name"),
            ("Eid al-Fitr 2024", "date"),
            ("@tanvir.nyc", "handle"),
        ],
    ),
    (
        "b14c-012",
        """BIRP note, session 9

Behaviour: Client (38M, Polish, in Ireland 15 years, shift work in food processing) attended sober. Reports drinking "only at weekends" since last session; AUDIT today 18 (27 at intake). Spoke about Wigilia coming up, the first since his divorce and the first without his children at the table. He described the empty place set for the unexpected guest and said this year "I am the unexpected guest". Visibly upset. Mentioned Babcia, who died during Covid, and that he couldn't travel home for the funeral. Uses the word wstyd (shame) a lot, mainly about his mother seeing him like this on video calls.

Intervention: MI around the holidays; wrote a plan with him for Christmas Eve through St Stephen's Day: where he'll be, who he'll ring, and a way out if he ends up at a party. Explored faith. He hasn't been to Mass in years but wants to go to Pasterka (midnight Mass) "for Babcia". Discussed whether a Polish-language AA meeting would feel safer than an English one; he laughed and said everyone would know his business.

Response: engaged, agreed the plan, took the Samaritans number (116 123) and the HSE Drugs and Alcohol Helpline. Says naltrexone 50 mg from his GP is "helping with the want".

Plan: Next session first week of January, after Trzech Króli. Review AUDIT-C, continue relapse prevention. Gently revisit contact arrangements with the children, which he avoids.""",
        [],
    ),
    (
        "b14c-013",
        """**Supervision case summary: Hema (carer stress, anticipatory grief)**

Hemlata Mistry ("Hema"), 52, pharmacy technician at Leicester Royal Infirmary, Gujarati Hindu, lives with her husband and her father-in-law on a terraced street just off Belgrave Road. Bapuji is 94 and has vascular dementia; Hema does most of his personal care. NHS no. 943 476 5919.

She came to me saying she was "too angry to pray". She used to go to Shree Sanatan Mandir every evening during Navratri to dance garba, but this year stayed home because Bapuji was wandering at night. She cried describing Diwali 2022 as "the last good one": he knew everyone and did the Lakshmi puja himself.

Themes: seva and duty ("this is my dharma, I don't get to be tired"); the sister-in-law in Kenya who phones with opinions and never visits; her husband's avoidance. She feels guilt, framed as karma, about wishing it would end.

Working with: compassion-focused approach (Gilbert), carer's assessment referral through social care, Admiral Nurse contact via Dementia UK. I'd like some thinking on how to work with her spiritual framework around karma and rebirth without either colluding with the guilt or dismissing it.

Scores: CORE-34 in the clinical range, no risk to self. Next session the week after Sharad Purnima.""",
        [
            ("Hema", "name"),
            ("Hemlata Mistry", "name"),
            ("Leicester Royal Infirmary", "organisation"),
            ("Belgrave Road", "place"),
            ("94", "age"),
            ("943 476 5919", "id_number"),
            ("Shree Sanatan Mandir", "organisation"),
            ("Diwali 2022", "date"),
        ],
    ),
    (
        "b14c-014",
        """Ha, I felt this post in my bones. Korean-American clinician here, second gen, and a lot of my caseload is 1.5 and second-gen Korean clients.

Some thoughts in no particular order:

1. Hwa-byung is real and worth naming, but check whether *she* uses it. My younger clients often find it a bit funny because it's "what my halmeoni has". For the mothers it can be hugely validating: finally a word for the chest heat and the swallowed anger.
2. Omma-daughter conflict often isn't about the surface thing (career, boyfriend, weight comments at Chuseok). It's about jeong and sacrifice. The mom's love language is cut fruit and criticism. I'm only half joking.
3. Church. Korean churches are often the whole social world: the pastor, the deacons, the cell group. Ask about it before you assume it's either support or pressure; usually it's both.
4. Don't underestimate han as a frame for the parents' generation. I'll sometimes bring in some history (the war, the dictatorship years, the IMF crisis) when working on intergenerational stuff. Sue & Sue have a decent chapter, and Bryan Kim's work on Asian values is useful.
5. Nunchi cuts both ways. Your client may be reading you constantly to work out what you want her to say. I make the unspoken explicit a lot: "you don't have to protect me from this."

Also, please don't assume she wants a Korean therapist. Some of mine specifically didn't, because the community is small and everyone's noona knows everyone's imo. Worth asking.

(And yes, 90847 is the right code if mom joins and the session is about your client's treatment.)""",
        [],
    ),
    (
        "b14c-015",
        """Session summary, couples work, session 3

Present: Jun Zhou (44) and Wei-Ling Zhou (41). Mandarin/English; no interpreter needed, though Wei-Ling switched to Mandarin when upset.

Presenting issue is Jun's gambling. He works as a process engineer at Fonterra and says it started as "a bit of fun with the guys from work". Wei-Ling found the credit card statements the week after Lunar New Year 2024; they'd lost most of the deposit they'd saved for a house in Flagstaff. She says the worst part was him handing out red envelopes (hóngbāo) to the nephews that same week as if nothing was wrong: "he still wanted face in front of my family".

Their daughter Xiaomei is 9, and they're both worried she's picked up on the fighting.

Work this session: externalising the gambling. Jun's shame (he said diū liǎn, losing face, several times). Wei-Ling doesn't want his parents in China to know. Discussed the Gambling Helpline (0800 654 655) and Asian Family Services as options; Jun prefers to keep working with us for now. PGSI 17.

Admin: NHI on file ZKM4821 (Jun). Best contact is Wei-Ling's mobile, 021 555 4827. Don't leave voicemails on the landline.""",
        [
            ("Jun Zhou", "name"),
            ("Jun", "name"),
            ("Wei-Ling Zhou", "name"),
            ("Wei-Ling", "name"),
            ("Fonterra", "organisation"),
            ("Lunar New Year 2024", "date"),
            ("Flagstaff", "place"),
            ("Xiaomei", "name"),
            ("ZKM4821", "id_number"),
            ("021 555 4827", "phone"),
        ],
    ),
    (
        "b14c-016",
        """Reflection for supervision: shared background, shared blind spots?

I'm Lebanese-Australian (Maronite side of the family) and so is my client, a man in his late 50s who left during the civil war as a teenager, referred for depression after a redundancy. Within five minutes of our first session he'd worked out which village my jiddo was from and that we probably have a cousin in common. He relaxed immediately. So did I, and that's what I want to look at.

Things I've noticed:
- I let him skip the risk questions in session 1 because pushing felt rude (eib). I went back to them in session 2 and he was fine (K10 33, no SI), but I didn't follow my own process.
- When he talks about his wife's family I nod along in a way that probably signals agreement. I know the "you know what they're like" tone and I'm not neutral.
- He calls me "habibi" and "ibni" (my son). That's warmth, but it's also positioning, and it makes challenging him harder.
- He's devout; he mentioned the feast of Mar Charbel and wanting to do a pilgrimage to his shrine one day. I have complicated feelings about the Church and caught myself going quiet.

What I'd like help with: using the shared culture as a bridge without it turning into collusion. I've been rereading Tummala-Narra on therapist cultural identity and Gelso on the real relationship.

Billing note so I don't forget: he's on a Mental Health Treatment Plan, session 4 of 10, item 80010.""",
        [],
    ),
    (
        "b14c-017",
        """**Intake summary**

Client: Shirin Ahmadi, 36, DOB 1988-03-21, goes by "Shiri" with friends. Lives in North Vancouver with her husband Kourosh and their son (7). BC PHN 9876 543 210.
Referral: self, after a panic attack at work (accountant, Lions Gate Hospital finance department).

Presenting: panic, insomnia, marital strain. Describes aberoo (honour, reputation) as central to her family; her father was a well-known figure in Shiraz and "everything we did was watched". Her mother is visiting on a super visa, in the house for six months and criticising her parenting. The fight that prompted the referral was on Nowruz 2023: haft-sin set up, family on FaceTime from Iran, and her mother said in front of everyone that Shiri had "forgotten how to be Iranian".

Also relevant: she stopped wearing hijab after the 2022 protests, and this is a wound between her and her mother. She isn't religious but says Chaharshanbe Suri and Shab-e Yalda are "the only times I feel at home".

Risk: no SI, no IPV disclosed. GAD-7 17.

Plan: CBT for panic, later family-of-origin work. Prefers contact by email: shiri.ahmadi88@gmail.com. Note on taarof: she'll say yes to everything in session, so I'm checking understanding explicitly.""",
        [
            ("Shirin Ahmadi", "name"),
            ("1988-03-21", "date"),
            ("Shiri", "name"),
            ("North Vancouver", "place"),
            ("Kourosh", "name"),
            ("9876 543 210", "id_number"),
            ("Lions Gate Hospital", "organisation"),
            ("Shiraz", "place"),
            ("Nowruz 2023", "date"),
            ("shiri.ahmadi88@gmail.com", "email"),
        ],
    ),
    (
        "b14c-018",
        """SOAP, session 5 (English with some Ukrainian; client declined an interpreter)

S: 44F, arrived under the Homes for Ukraine scheme with her teenage daughter; husband remains in Ukraine (mobilised). Living with a host family in a rural village; relationship with the hosts "polite, tired". Checks the news and the air-raid alert app "every ten minutes" even though she's here. Orthodox Easter is in two weeks and she cried describing baking paska with her mother, who is still in Kharkiv oblast and refuses to leave. "Everything is temporary, temporary, temporary." Daughter has started at the local secondary and is coping better than her, which she says with pride and some grief. Mentioned "toska", used the Russian word, then apologised for using it.

O: Well presented, fidgety, tearful at times. GAD-7 16, PHQ-9 13, PCL-5 39. Sleep 4-5 hrs. No SI; strong protective factors (daughter, faith, hope of return).

A: Anxiety and traumatic stress in the context of an ongoing war and ambiguous loss (Boss). The checking keeps her connected to her husband; it isn't simply a symptom to reduce.

P: Continue weekly. Session 6: a "news window" plan she designs herself. Shared Samaritans (116 123) and the local authority's Ukrainian-language resources. Consider a Ukrainian-speaking community group. Re-administer measures at session 8.""",
        [],
    ),
    (
        "b14c-019",
        """Consult request, urgent-ish

16F, Hodan Warsame (called "Xamdi" at home), junior at Roosevelt High School, lives with her mom and four siblings in the Cedar-Riverside towers. School social worker referred after Hodan told a teacher her uncle Abdirahman is arranging for her to go to Kenya "for the summer" and then on to her grandmother's, what she calls dhaqan celis. She thinks it's punishment for a boyfriend and for taking off her hijab at school. The family attends Abubakar As-Saddique Islamic Center; she says the imam there has spoken against sending kids back, which gives her some hope.

Timeline: she says the uncle wants them to leave after Eid al-Adha 2024. Does she have her passport? She isn't sure; mom keeps all the documents.

She has a Medicaid card (ID 04729183) and we've been billing under it. I'm aware EOBs go to the home address and I'm checking whether anything could tip the family off.

Questions:
1. Has anyone navigated dhaqan celis overlapping with possible forced marriage / child protection in MN? What threshold did CPS apply?
2. How did you work with mom, who seems torn? She cried and said "ceeb" and "I can't go against my brother."

She gave me her cell for safety check-ins: 612-555-0139.""",
        [
            ("Hodan Warsame", "name"),
            ("Hodan", "name"),
            ("Xamdi", "name"),
            ("Roosevelt High School", "organisation"),
            ("Cedar-Riverside", "place"),
            ("Abdirahman", "name"),
            ("Abubakar As-Saddique Islamic Center", "organisation"),
            ("Eid al-Adha 2024", "date"),
            ("04729183", "id_number"),
            ("612-555-0139", "phone"),
        ],
    ),
    (
        "b14c-020",
        """Closing summary / takeaways, 12 sessions

Client: Malayali woman in her early 30s, registered nurse, came to NZ on a work visa four years ago; Syro-Malabar Catholic. Referred by EAP for burnout and low mood after a hard winter on the wards.

What helped:
- Letting her speak Malayalam when she needed to. I don't speak it, but she said saying "ente amme" (oh, my mother) out loud in session was a release. I learnt to wait.
- Taking the family system seriously. Remittances to her parents in Kerala, her younger brother's engineering fees and her role as chechi (eldest sister) were all part of why she couldn't drop shifts.
- Faith as a resource. Going back to Mass and the parish choir grounded her, and Onam and Christmas gatherings with other Malayali nurses were important points of connection.
- Behavioural activation anchored in things that mattered to her, not generic "self-care".

What I'd do differently:
- Ask about marriage pressure earlier. It only came up in session 8; her amma's weekly question about "the proposal" was a big stressor.
- Use the CFI at intake rather than ad hoc.

Outcomes: PHQ-9 from 19 to 7; GAD-7 from 14 to 6. No risk issues throughout. Discharged with a relapse prevention plan, 1737 and her EAP details. She plans to go home for a month over Christmas, the first time in three years.

Theory touchpoints for my own learning: Falicov's ecological niche; Bhugra on migration and mental health.""",
        [],
    ),
    (
        "b14c-021",
        """Case notes: family meeting (Children's Court matter)

Attendees: mother Achol Garang, son Deng Mabior ("DJ", 15), youth justice caseworker, me. Dinka interpreter by phone (mum's preference; DJ declined and answered in English).

Background: DJ was charged after an incident at a shopping centre; the matter is listed at Broadmeadows Children's Court, case no. K10456782. Mum has raised five children alone in St Albans since DJ's father died back in South Sudan. DJ is in Year 9 at Sunshine College; school reports he's "a leader on the basketball court, nowhere else".

Mum's explanation: boys here have "no elders". At home the cattle camp and the uncles would have raised him; here she is one woman. She spoke about shame (the interpreter used "lack of respect for the family name") and about sending DJ to relatives in Uganda. DJ said he'd "run if they try".

Faith: the family attends an Anglican congregation that worships in Dinka, and the church elders have offered to mentor DJ. He's ambivalent but likes one elder who coaches at the youth club.

My read: a high-risk mix of grief (his father's death), racialised policing, and a mother cut off from the kin network that would usually share the parenting. Plan: strengths-based family work, link with elder mentoring, advocate re school engagement. Medicare no. for DJ on file: 2953 41872 1.""",
        [
            ("Achol Garang", "name"),
            ("Deng Mabior", "name"),
            ("DJ", "name"),
            ("Broadmeadows Children's Court", "organisation"),
            ("K10456782", "id_number"),
            ("St Albans", "place"),
            ("Sunshine College", "organisation"),
            ("2953 41872 1", "id_number"),
        ],
    ),
    (
        "b14c-022",
        """Looking for input: family afraid to keep coming in

I'm an LMFT at a community clinic in California. Working with a mixed-status Mexican family (parents undocumented, two kids US citizens, roots in Michoacán). Started with the 10-year-old for school refusal and somatic complaints, stomachaches every morning. Family work had been going well: dad opening up a bit, mom brought pan dulce to session 3, the whole thing.

Then raids were reported in the area and mom called to cancel everything. On the phone she said, "no es por usted, licenciada, es que tenemos miedo." She's worried our records could be shared.

Culturally, a few things I'm holding:
- Mom thinks part of what's going on with her son is susto from when he saw his uncle detained. She's taken him to a curandera for a limpia, and honestly he slept better after.
- Dad's framing is more about aguantar: "we just have to endure."
- Las Posadas and the Guadalupe feast day are coming up, and the kids were excited to walk in the church procession. Mom is now talking about keeping them home.

Questions: how are folks talking about confidentiality and records with mixed-status families right now? I've explained HIPAA and our clinic's policy but I don't want to overpromise. Has anyone done telehealth or park-based sessions to reduce visibility? Any Spanish-language know-your-rights handouts you trust?

Dx for the child is F93.0 (separation anxiety) with Z60.3 noted. Using 90847 for the family sessions.""",
        [],
    ),
    (
        "b14c-023",
        """Reply to Sam's question in the CAMHS peer group

Sam, I've got a similar case and I'm happy to share as long as it stays in here. Cherry (Cheuk-Yin Wong, 15) moved from Tsuen Wan with her parents on the BN(O) route. They live in Sutton; she's at Wallington High School for Girls and doing brilliantly on paper. Both parents are professionals now working well below their qualifications (dad does deliveries). She came to us via the school nurse for self-harm, superficial cutting over a few months.

What I've found helpful:
- Not treating "Hong Kong culture" as one thing. Her parents left because of the politics; her grandparents stayed and think they overreacted. The family is split and she's in the middle.
- Asking about face (mihn ji in Cantonese). She was terrified the school would "ruin her parents' face" if they were told.
- Her self-harm got worse around Mid-Autumn Festival 2023, the first without her por por. She video-called her grandma and "couldn't stop crying after".
- She had a private Instagram, @cherrywcy_, where she'd been posting about the cutting. Her mum found it and it blew up. Worth asking your client about online spaces. The school's filtering software had also flagged searches from her laptop (device ID WHSG-LT-20417) before any of us knew.

Family work has been slow but they keep coming. CGAS up from 45 to 58. Still no SI.

I'd really recommend Annie Lau's writing on Chinese families in therapy if you haven't read it.""",
        [
            ("Cherry", "name"),
            ("Cheuk-Yin Wong", "name"),
            ("Tsuen Wan", "place"),
            ("Sutton", "place"),
            ("Wallington High School for Girls", "organisation"),
            ("Mid-Autumn Festival 2023", "date"),
            ("@cherrywcy_", "handle"),
            ("WHSG-LT-20417", "id_number"),
        ],
    ),
    (
        "b14c-024",
        """Supervision notes: interpreters and small communities

Supervisee brought a question about a Syrian family (parents, three kids) she's seeing for the middle son's aggression at school. Arabic interpreter provided through the agency's contract. The issue: the interpreter attends the same mosque as the family, and after session 2 the mother stopped disclosing anything about the father's temper.

We discussed:
- Confidentiality in small diasporas. The interpreter may be entirely professional and the family may still fear ayb (shame) travelling back through the community. Their fear is data, not paranoia.
- Options: an interpreter from outside the province by video; a different-gender interpreter for the mother's individual sessions; asking the family directly, without the interpreter present for that one question (a telephone interpreter from another region for five minutes).
- Supervisee noticed the interpreter "softening" the father's words: "khalas" came through as "that's enough, please" when it sounded much sharper. We talked about briefing interpreters beforehand (Tribe & Raval), asking for first-person, verbatim interpreting, and debriefing afterwards.
- Religious framing: the father speaks of sabr and qadr. The son's school ran a Ramadan awareness week and he felt singled out. Eid is next month, the family's first with extended relatives who've just arrived through private sponsorship.

Supervisee's own reactions: frustration with the father, and guilt about that given what the family survived. Normalised; explored how to stay curious.

Actions: supervisee to request an alternate interpreter; revisit safety planning with the mother. SDQ for the son: total difficulties 22. Review in two weeks.

Note to self for group supervision (three supervisees have raised this):
- Make a short interpreter briefing standard at intake: purpose, confidentiality, first-person rendering, permission to flag when a word has no equivalent (ayb, sabr, ghurba and hanin all came up this term, and "depression" itself often doesn't map).
- Ask clients at intake whether they'd prefer an interpreter from outside their community, and record the answer so reception doesn't have to guess each time.
- Be explicit with families that interpreters are bound by confidentiality and that the family can ask for a change at any point without giving a reason.
- Reading: Miller et al. on the three-person relationship in interpreted therapy, and the CFI informant version.""",
        [],
    ),
    (
        "b14c-025",
        """Progress note, 11/14

Client Oksana Hnatyshyn, 64, seen for session 12. Primary caregiver for her mother, Halyna Petrenko, who turned 93 this fall and lives with client in Ukrainian Village. Client described the holidays as a "minefield": her brother back in Ukraine hasn't been able to visit since the invasion, and the last time the whole family was together was Christmas Eve 2021 (Sviata Vecheria, twelve dishes, her mother singing koliadky). She cried saying, "Mama doesn't remember that night, and I can't forget it."

Church remains central. She and her mother attend St. Nicholas Ukrainian Catholic Cathedral and the parish sisterhood has been dropping off varenyky. Client is ambivalent about accepting help: "we are not beggars" (pride and self-reliance a strong theme).

Symptoms: GDS-15 of 9, poor sleep, some rumination about the war and survivor guilt. No SI.

Interventions: grief-focused work on anticipatory loss; reframing help-seeking within her faith ("the sisters are doing what Christ asked"). Discussed adult day options; client will consider.

Admin: Medicare MBI for mother 1EG4-TE5-MK73 confirmed for home health referral. Client's preferred number (773) 555-0172.""",
        [
            ("11/14", "date"),
            ("Oksana Hnatyshyn", "name"),
            ("Halyna Petrenko", "name"),
            ("93", "age"),
            ("Ukrainian Village", "place"),
            ("Christmas Eve 2021", "date"),
            ("St. Nicholas Ukrainian Catholic Cathedral", "organisation"),
            ("1EG4-TE5-MK73", "id_number"),
            ("(773) 555-0172", "phone"),
        ],
    ),
    (
        "b14c-026",
        """Group session notes: South Asian women's wellbeing group (Urdu/Punjabi/Bengali/English), week 6

Facilitators: two (one Urdu/Punjabi-speaking). Bengali interpreter present for two members.

Attendance: 8. One new member joined after referral from the IDVA service.

Opening: chai and check-in. Several women talked about Ramadan coming up and the exhaustion of cooking for iftar while fasting. One said "sab kuch hum hi karte hain" (we do everything) and the room laughed in recognition.

Main theme: izzat and sharam. We used the image of a dupatta, something that covers and protects and something that can be used to silence. Women spoke about being told "ghar ki baat ghar mein rehti hai" (what happens at home stays at home). One woman shared, for the first time in group, that her mother-in-law took her passport when she arrived from Pakistan. The group responded with a lot of warmth. Sabr was discussed as both strength and trap: "sabar karo" is what everyone says, but for how long?

Another member talked about Karva Chauth, fasting for a husband who hits her. Muslim members asked about it and there was a lovely exchange about the similarities to their own fasting and duty.

Safety: facilitator followed up individually with the woman about the passport; safeguarding discussed with the lead and a DASH risk assessment to be completed. Helplines shared: National Domestic Abuse Helpline 0808 2000 247, Karma Nirvana 0800 5999 247.

Next week: Eid, and boundaries with in-laws. Bring a dish if you like.""",
        [],
    ),
    (
        "b14c-027",
        """Follow-up after session 7: Thiago

Quick note for the file and for MDT on Wednesday.

Thiago Ferreira (Thi), 31, from Goiás, living in Gort with his wife Luana and their toddler. Works at Kepak on the boning line, long hours, and has been drinking heavily since a back injury. Referred by GP with low mood and alcohol use. PPS 6654321KA.

He talks a lot about saudade. He misses his mother, whom he hasn't seen in six years, and can't go home because of the cost and the job. He's evangélico and the congregation at Igreja Nova Vida Gort is his main support; the pastor has been calling round. Luana says church is also where she hears everyone's opinions about their marriage. He described Carnaval 2024 as the night things went badly: a party at a friend's house, too much cachaça, a fight, and Luana taking the baby to her sister's. A friend has since set up a fundraiser for his back treatment, gofundme.com/f/forca-thi-ferreira, which he finds mortifying.

Work so far: MI, a harm-reduction plan, activity scheduling. He responds better to framing change as "cuidar da família" than as anything about himself.

Risk: no SI today. "Se Deus quiser, I'll get better." Safety plan reviewed; he has Samaritans and the HSE Drugs and Alcohol Helpline. Best number: 087 555 2914 (text first).""",
        [
            ("Thiago Ferreira", "name"),
            ("Thiago", "name"),
            ("Thi", "name"),
            ("Gort", "place"),
            ("Luana", "name"),
            ("Kepak", "organisation"),
            ("6654321KA", "id_number"),
            ("Igreja Nova Vida Gort", "organisation"),
            ("Carnaval 2024", "date"),
            ("gofundme.com/f/forca-thi-ferreira", "url"),
            ("087 555 2914", "phone"),
        ],
    ),
    (
        "b14c-028",
        """DAP, session 8

D: Client (30s, Japanese, married to an Australian, two children, came on a partner visa nine years ago) spoke today about her son's withdrawal from school. He's 13 and has been in his room most of the term. She used the word hikikomori and then said, "but that is a Japanese thing, it can't happen here." Her own mother in Japan blames her for "too much freedom". Her husband thinks the boy just needs to be made to go. She described gaman, enduring without complaint, as what she's been doing for years; shikata ga nai. Obon is coming and she usually takes the kids back, but can't this year. Amae came up when she described how much her son still wants her near but won't speak.

A: Client is carrying the family's anxiety and the cultural go-between role. Mildly depressed (DASS-21 D 14), but her main distress is about her son and feeling judged from both sides. The hikikomori frame helps in one way (it's known, it has a name) and frightens in another (it sounds permanent). School refusal and social withdrawal are being discussed as one thing; needs more assessment.

P: Refer son to headspace or local CAMHS; offer a joint session with her husband, with some gentle psychoeducation on school refusal (Kearney's functional model). Next session: her own isolation; she has no close friends here beyond one Japanese mothers' playgroup. Continue under MHTP, session 8 of 10.""",
        [],
    ),
    (
        "b14c-029",
        """## Case consult: 17F, academic pressure + passive SI

**Client:** Sai Lakshmi Reddy ("Lucky" to friends), 17, senior at John P. Stevens High School in Edison. Parents Venkat and Padmaja Reddy came on H-1B visas; dad is a software architect. Younger brother, 12.

**Why she's here:** Told her school counselor she "sometimes wishes she wouldn't wake up" after getting a 1390 on her SAT. Parents want BS/MD; she wants to study art. C-SSRS: passive ideation, no plan, no intent, no behavior.

**Culture, faith, family:** Telugu, Hindu, involved at Sri Venkateswara Temple in Bridgewater. She describes the temple as both comforting and the place where "every aunty asks about my SAT". Sankranti is the one time the family relaxes. Diwali 2023 was a turning point: she overheard her father telling relatives on a call that she'd "definitely get into med school".

Her phrase: "amma says I'm their investment." She's protective of her parents and was terrified of them finding out she's been coming here (she's 17; consent discussed with clinic legal, and parents were informed last week).

**What I'd love input on:** Engaging immigrant parents who love her and also can't hear her. I'm thinking of working with "sacrifice stories" (I've seen this in Tummala-Narra and in Inman's work on South Asian families). Anyone found language that lands with dads in particular?

Her Instagram art account is @lucky.draws.things. She asked me to look at it, and I did, with her, in session.""",
        [
            ("Sai Lakshmi Reddy", "name"),
            ("Lucky", "name"),
            ("John P. Stevens High School", "organisation"),
            ("Edison", "place"),
            ("Venkat", "name"),
            ("Padmaja Reddy", "name"),
            ("Sri Venkateswara Temple", "organisation"),
            ("Bridgewater", "place"),
            ("Diwali 2023", "date"),
            ("@lucky.draws.things", "handle"),
        ],
    ),
    (
        "b14c-030",
        """Replying to the thread on West African clients and "spiritual" explanations.

I'm a social worker, about 15 years in community mental health, a lot of it with Ghanaian and Nigerian families. A few things I've learned, mostly the hard way:

- Ask about church early and specifically. "Do you have a faith?" gets a polite yes. "Who at church knows what you're going through? What has the pastor said?" gets the real picture. Many of my Pentecostal clients have already been through deliverance, or fasting and prayer, before they ever see us.
- Spiritual and medical explanations aren't competing for most clients. An Akan client once told me her depression came from someone's bad intentions against her family (she used the word for witchcraft, quietly) AND that she'd take the sertraline because "God also made the doctors". Kleinman's explanatory models questions are your friend here.
- Funerals are enormous. Weekend funerals, the one-week observance, the expense, the family meetings about who pays. Grief work that ignores that misses half of it. Same with outdooring (naming ceremonies) for the joyful events.
- Titles matter. "Aunty" and "Uncle" for elders who aren't relatives; first names with older clients can come across as disrespect.
- Shame and "what will people say" are everywhere. Confidentiality worries are very practical: the community is small, and the aunties from the Ashanti region or the Volta region or Lagos State all know each other somehow.

Resources: Kirmayer and colleagues on cultural consultation, and the DSM-5-TR CFI supplementary modules (especially the one on spirituality, religion and moral traditions). If you're in Ontario and the client is in crisis, 988 works across Canada now.""",
        [],
    ),
    (
        "b14c-031",
        """Session notes: Bogdan, session 4

Bogdan Popescu, 34, Romanian, lives in Burnt Oak with his wife Ioana and their daughter Ana-Maria (6, at Goldbeaters Primary). Works as a scaffolder, mostly cash-in-hand for a subcontractor. Referred by GP for alcohol use and low mood after a fall from height in January; off work since, no sick pay.

Today he talked about dor, a deep longing, for his village in Maramureș and for his father, who is unwell. He hasn't been home since Orthodox Easter 2024, when they went to the midnight service together, "Hristos a înviat!", and his father cried. He drinks most nights and says "las' că merge" (it'll be fine) whenever I name the risk. Ioana has given him an ultimatum.

Faith: they go to the Romanian Orthodox church in Edgware now and then. The priest offered to come and bless the flat (sfeștanie) and he was too ashamed to let him see the state of things.

Measures: AUDIT 24, PHQ-9 16. No SI; named his daughter as the reason.

Plan: referral to the local alcohol service (agreed), explore benefits entitlement with Citizens Advice. No interpreter needed. NHS no. 485 777 3456.""",
        [
            ("Bogdan Popescu", "name"),
            ("Bogdan", "name"),
            ("Burnt Oak", "place"),
            ("Ioana", "name"),
            ("Ana-Maria", "name"),
            ("Goldbeaters Primary", "organisation"),
            ("Orthodox Easter 2024", "date"),
            ("Edgware", "place"),
            ("485 777 3456", "id_number"),
        ],
    ),
    (
        "b14c-032",
        """SOAP, 16M, unaccompanied minor, session 3 (K'iche' interpreter by phone; client also speaks some Spanish)

S: Client reports "nervios" and headaches, worse at night. Says he is "thinking too much" about his mother and younger sisters in Huehuetenango. Fled gang recruitment; the journey took several weeks and included a period in detention. Now placed with a sponsor (paternal uncle) through ORR; attending school and ESL classes. Prays every night and says going to the evangelical church with his uncle helps. Talked about the Day of the Dead: at home the family would go to the cemetery with flowers and food, and this year he couldn't. Worried about his asylum hearing and the money he owes for the journey.

O: Quiet, polite, downcast gaze (likely cultural respect as much as mood). Oriented x3. CATS 31. Somatic complaints consistent across sessions. Denies SI and self-harm. Appetite reduced.

A: PTSD symptoms (F43.10, provisional) with a prominent somatic presentation, plus ongoing stressors (debt, legal). His idioms (nervios, susto) are central to his explanatory model. Interpreter noted K'iche' has no direct word for "depression"; client described his heart as "sad and heavy".

P: Continue adapted TF-CBT; psychoeducation through the interpreter using his words. Coordinate with legal services (with consent) on a letter supporting his asylum case. Next session same time, 60 min (90837). Ask whether the uncle can join part of session 5.""",
        [],
    ),
    (
        "b14c-033",
        """Chatty one, sorry, thinking aloud. Harmanpreet Kaur (Harman), 23, Punjabi international student, Master of IT at Western Sydney University, share house in Harris Park. Her manager at the 7-Eleven where she works has been underpaying her and hinting he'll report her to Immigration over her hours. Not sleeping since Diwali 2023, when she went to Glenwood Gurdwara alone for Bandi Chhor Divas and had her first panic attack in the langar hall. "If I fail, my father's pagri falls." Student ID 20418873 on the uni referral; mobile 0431 555 209. Anyone found advocacy pathways that don't leave the student more exposed?""",
        [
            ("Harmanpreet Kaur", "name"),
            ("Harman", "name"),
            ("Western Sydney University", "organisation"),
            ("Harris Park", "place"),
            ("7-Eleven", "organisation"),
            ("Diwali 2023", "date"),
            ("Glenwood Gurdwara", "organisation"),
            ("20418873", "id_number"),
            ("0431 555 209", "phone"),
        ],
    ),
    (
        "b14c-034",
        """Kia ora, replying to your question about grief and faith with a Muslim client.

A few reflections from my own work (I'm not Muslim; I've had good cultural supervision):

- Don't rush to reframe qadr (divine decree) as avoidance. For many clients, accepting that something was written is what lets them grieve without self-blame. The work is often helping them hold both: qadr and their own pain.
- Sabr isn't passivity. Clients have corrected me on this, gently. It's active, effortful patience.
- Ask how they're praying right now and whether anything has changed. One client couldn't bring herself to pray Fajr for months after a loss and carried huge guilt about it; just naming that this is common helped.
- Since the 2019 attacks, some clients carry layered grief and fear, and going to the mosque can be both healing and frightening. Worth asking, gently.
- Ramadan can be a wonderful time for connection (iftar, Tarawih, Laylat al-Qadr) and a hard time for someone grieving the person who used to cook, or who used to wake them for suhoor.
- Dua and Qur'an recitation can be part of a grounding plan if the client wants. I've had a client choose Surah Al-Inshirah as her "anchor" text.

Resource-wise, FIANZ and local Muslim women's groups have helped clients wanting community, and 1737 for anyone who needs it after hours. Rassool's *Islamic Counselling* is a good primer too.

Ngā mihi.""",
        [],
    ),
    (
        "b14c-035",
        """Process note: family session, Ramírez family

Present: Marisol (mom, 42), Yesenia ("Yesi", 14), and mom's mother, whom everyone calls Doña Chayo. Spanish throughout; I'm bilingual.

Yesi's quinceañera is the focus of everything right now. The family is saving for it even though dad was deported last spring and money is very tight. Marisol works nights cleaning offices downtown. Yesi says she doesn't even want the quince ("it's for them, not for me") and would rather the money go to a lawyer for her dad. Doña Chayo was visibly hurt, said "En mis tiempos..." and then stopped herself.

Mom spoke about Día de los Muertos 2022 being the last holiday they had with dad at home, when they set up the ofrenda at Dolores Mission for her own father. Yesi went quiet at that.

Process: I felt pulled to side with Yesi's practicality, and noticed my own family history (my parents skipped my quince for the same reason). Tried to slow down and help each person name what the quince means: for abuela, continuity and the church; for mom, proof they're okay; for Yesi, guilt.

Safety: her counselor at Mendez High flagged some cutting in the fall; currently no self-harm per Yesi, no SI. Crisis plan updated. Mom's cell (323) 555-0144.

Next: individual with Yesi; invite abuela again, since she was the one who got mom to come.""",
        [
            ("Ramírez", "name"),
            ("Marisol", "name"),
            ("Yesenia", "name"),
            ("Yesi", "name"),
            ("Chayo", "name"),
            ("Día de los Muertos 2022", "date"),
            ("Dolores Mission", "organisation"),
            ("Mendez High", "organisation"),
            ("(323) 555-0144", "phone"),
        ],
    ),
    (
        "b14c-036",
        """Supervision reflection: working with namus

Client: Kurdish woman, mid-20s, grew up in the UK, family from the Kurdish region of Turkey. Alevi background; the family go to a cemevi now and then. She has been secretly seeing someone from outside the community for two years and is now engaged, also secretly. She used the word namus (honour) repeatedly, and ayıp (shame) about small things. She told me a cousin was "sent back" years ago and no one talks about it.

What I brought to supervision: I've been slow to do a proper risk assessment for honour-based abuse because she's so calm and competent, and because she keeps saying her dad "would never". My supervisor pointed out that I'd been collecting reassurance rather than assessing. We went through the DASH and the HBA-specific questions and agreed I'd check for control of movement, financial control, threats from extended family, and whether relatives abroad have been mentioned as a "solution".

Also explored: her love for her family is real and not a symptom. She danced halay at Newroz this year and described it as the happiest she's been. Bayram visits to elders matter to her. She wants a plan that keeps her family, not one that requires leaving it.

Learning for me: I'd absorbed a story that "Alevis are more liberal" and let it shape my risk thinking. That's a stereotype working in the other direction.

Next steps: full risk assessment next session; Karma Nirvana and Forced Marriage Unit information in a form she can keep safely; consider MARAC if threshold is met.""",
        [],
    ),
    (
        "b14c-037",
        """Intake: child & family

Child: Yazan Al-Hamwi, 9, Grade 4 at Thorncliffe Park Public School. Family arrived from Syria via Jordan as government-assisted refugees. UCI 1108-4472-19.
Mother: Rasha (primary contact, rasha.hamwi@outlook.com). Father works long hours at a bakery.
Referral: school social worker, for nightmares, bedwetting, hitting classmates, intense fear of loud noises.

Family's account: Yazan was 3 when they left Homs. His mother says he can't remember, but he draws planes "every day". She speaks Arabic and some English; session held with a Levantine Arabic interpreter (her request: female, not Syrian).

Religious and cultural context: the family prays at Masjid Darussalam. Mom described Eid al-Fitr 2023 as "the first time he smiled in Canada"; he got new clothes and Eidiyah money from everyone. She says "inshallah" about everything to do with the future and "alhamdulillah" when asked how she's coping, which I'm learning to treat as the start of the answer rather than the end of it.

Impressions: trauma-related symptoms, possible PTSD (young child criteria), in a disrupted attachment context; mom carries her own grief (her brother was killed). CATS caregiver version to be completed.

Plan: CPP-informed approach; coordinate with school; refer mom for her own support.""",
        [
            ("Yazan Al-Hamwi", "name"),
            ("Yazan", "name"),
            ("Thorncliffe Park Public School", "organisation"),
            ("1108-4472-19", "id_number"),
            ("Rasha", "name"),
            ("rasha.hamwi@outlook.com", "email"),
            ("Homs", "place"),
            ("Masjid Darussalam", "organisation"),
            ("Eid al-Fitr 2023", "date"),
        ],
    ),
    (
        "b14c-038",
        """Takeaways: closing a long case (Serbian-Australian family, two years)

Short version, since a few of you helped along the way:
1. Inat (proud stubbornness, spite even) got the father through the Bosnian war and also kept the family from accepting help for years. Naming it with some admiration worked better than pathologising it.
2. Slava matters. We planned the next patron saint day like an exposure hierarchy for the son (29, psychosis) and it went okay.
3. Don't treat "the war" as backstory. For the father it was present tense.
4. Clozapine plus family psychoeducation (Falloon) did the heavy lifting. Mum said "hvala, doktorice" at the last session, which undid me a bit.""",
        [],
    ),
    (
        "b14c-039",
        """Supervision write-up: nurse with moral injury

Client: Wanjiru Kamau ("Wanji"), 38, registered nurse at Wellington Regional Hospital, came from Kenya on a skilled migrant visa. Lives in Porirua with her husband and two kids. Kikuyu; active in a Gikuyu-language fellowship that meets at St Andrew's on the Terrace on Sunday afternoons.

Presenting: burnout and moral injury after a patient death she believes was caused by short staffing. Also grief: her grandmother, who raised her, is 96 and dying in Nyeri, and she can't afford to fly home. "Cucu raised me; if I am not there, who am I?"

Cultural notes: the expectation to send money home (her siblings call her "the bank"), and thahu, a kind of ritual impurity or curse that her aunt says is why things are going wrong. She doesn't believe it, exactly, but "it sits in my mind at night".

She made a point of telling me about Jamhuri Day 2023, the Kenyan community celebration where she sang and, for a few hours, "felt like a whole person".

Measures: ProQOL burnout high, secondary traumatic stress high; PHQ-9 13; no SI.

Plan: moral injury-focused work (Litz's adaptive disclosure as a frame), support around her grandmother's likely death, liaise with EAP. Her IRD number came through on the ACC form by mistake (049-091-850); I've redacted it from our file copy.""",
        [
            ("Wanjiru Kamau", "name"),
            ("Wanji", "name"),
            ("Wellington Regional Hospital", "organisation"),
            ("Porirua", "place"),
            ("St Andrew's on the Terrace", "organisation"),
            ("96", "age"),
            ("Nyeri", "place"),
            ("Jamhuri Day 2023", "date"),
            ("049-091-850", "id_number"),
        ],
    ),
    (
        "b14c-040",
        """Late to this thread but it's a topic close to my heart. I work in a primary care psychology service in the west of Ireland and a big chunk of my caseload is people living in International Protection accommodation: Georgian, Somali, Afghan, Nigerian, Brazilian, Zimbabwean, Syrian.

Things I'd pass on about interpreters:
- Phone interpreting is fine for practicalities and awful for trauma work. Push for in-person or video, and for the same interpreter every time where you can.
- Gender matters more than we think. So does ethnicity: a Pashto-speaking interpreter for a Hazara client is not a neutral choice, and an Amharic interpreter may not be right for an Eritrean client even if they can technically understand each other.
- Brief before, debrief after. Interpreters carry a lot, and they're often from communities with their own trauma.
- Watch the asides. If the interpreter and client chat for 30 seconds and you get a five-word translation, ask.
- Some clients will not want anyone from their community in the room, full stop. Confidentiality in a small diaspora is not theoretical, and the HSE's own guidance allows for that.

On faith: I ask everyone early, "is religion or spirituality important to you?" and then "how?" Mass, jummah, the Orthodox liturgy, Pentecostal all-night prayer, Ethiopian holy water, Ramadan fasting during the Leaving Cert: it shows up in sleep, in eating, in how people explain what's happening to them.

Good reading: Tribe & Raval (again), Papadopoulos on therapeutic care for refugees, and the CFI. And Spirasi if you're working with survivors of torture here; they're the national centre.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind14c"}
        for doc_id, text, items in DOCS
    ]
