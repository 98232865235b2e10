"""Blind evaluation batch t6b (source "train6b"), written by a helper session without sight of the
guard. Voices: therapists posting case consultations, replies, SOAP/DAP notes, process notes,
reading-group summaries, glossaries and chatty vibe-checks on a case-consultation platform, in
US, UK, Irish, Welsh, Canadian (incl. Québec), Australian and New Zealand spelling and settings.
Focus: multilingual and multicultural practice - client speech quoted in Spanish, Québécois
French, Māori, Samoan, Tongan, Hindi/Urdu/Punjabi, Fiji Hindi, Arabic, Somali, Tagalog,
Vietnamese, Mandarin/Cantonese, Korean, Khmer, Polish, Irish, Welsh, K'iche' contexts and
Indigenous North American and Australian/Torres Strait terms; culture-bound concepts (susto,
ataque de nervios, hwa-byung, khyâl cap, kufungisisa, whakamā, dhat, waswas, shenjing shuairuo),
kinship terms used as forms of address, festivals, religious practice and hyphenated identities.
Identifier documents slip names (incl. Filipino nicknames like Baby/Boyet, teknonyms like Abu
Khalil, pets), places, postcodes, organisations, dates (incl. holiday-with-year and
French/Welsh-style formats), ages over 89, phones, emails, handles and NZ/AU/UK/IE/CA/US ID
numbers in among those; clean documents are dense with cited theorists, instruments, codes,
meds, festivals and kinship terms.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard as it was just after a7c6ae1: span recall 0.938, precision 0.475,
identifier documents fully caught 0.667, clean documents flagged 0.969.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "t6b-001",
        """**Consult request: grief, money and tautua - NZ-born Samoan man, 24**

Kia ora / talofa koutou. Looking for Pasifika-informed input.

Client is the eldest son in his aiga; his father died in March and since the maliu he has been covering most of the fa'alavelave - he estimates close to $6,000 so far, on a forklift wage at Foodstuffs in Porirua. Presenting with panic at work, poor sleep, and what he calls "being mafatia all the time". PHQ-9 was 16, GAD-7 14.

He frames it as tautua: "O le ala i le pule o le tautua - the path to leadership is service, eh. But bro, I'm broke." His father's sister, Aunty Fetu, rings most nights about contributions to the next family event, and his mum is hoping he will take up his dad's matai title.

He has agreed to me liaising with his youth worker, Tavita Leiataua (022 555 0391), who knows the family through church.

Questions:
1. How do I hold the tautua frame respectfully without turning it into a 'boundaries' lecture?
2. Anyone combined the Fonofale model with CBT for panic in this context?
3. Thoughts on inviting aiga into a session vs keeping it individual?

Fa'afetai lava.""",
        [
            ("Foodstuffs", "organisation"),
            ("Porirua", "place"),
            ("Fetu", "name"),
            ("Tavita Leiataua", "name"),
            ("022 555 0391", "phone"),
        ],
    ),
    (
        "t6b-002",
        """Re: "susto" in the 9-year-old - a few thoughts

Thanks for posting this. What you're describing fits pretty well with how Rubel, O'Nell and Collado-Ardón described susto: a fright (the boy's words were "me asusté cuando el perro me correteó") followed weeks later by listlessness, poor appetite, startle, and not wanting to sleep alone. Mom saying "se le fue el alma" / "he lost his spirit" is a pretty classic idiom, and the abuela wanting a limpia with an egg and rue from a curandera isn't something I'd discourage. In my experience families do both.

Practically:
- Use the Cultural Formulation Interview (the core 16 questions) with Mom and Abuela separately if you can; the explanatory model often differs by generation.
- Screen for trauma properly anyway. The CATS or the UCLA PTSD-RI will tell you whether this is sitting closer to F43.10 than to an adjustment picture.
- Don't frame TF-CBT as "instead of" the limpia. I've said "the limpia helps his spirit come back, and our work helps his body stop feeling scared" - families liked that.

Día de los Muertos is coming up, and if a relative died recently that might be worth asking about too (the ofrenda can be a nice, non-threatening way in).

The Spanish-language handouts from the NCTSN are decent. Good luck!""",
        [],
    ),
    (
        "t6b-003",
        """Process note (de-identified for consultation)

58-year-old Korean-American woman, 1.5 generation, referred by her PCP for "chest tightness, heat rising, can't breathe" with a negative cardiac workup. In session 3 she named it herself: "This is hwa-byung. My umma had it too. 억울해요 - I feel so eok-ul." She describes han as something she carries for the whole family.

Context: she has worked the register at the H Mart in Fort Lee for eleven years. Her husband, Park Sang-ho, retired after a stroke and she does all of his care. The turning point was her son's wedding on 10/8 - the bride's family is non-Korean and the ceremony skipped the pyebaek, which she experienced as a public loss of face in front of the women from Hanmaum Presbyterian Church.

She emailed between sessions from miyoung.kang58@gmail.com asking if I could "write to the church" - I've declined and we'll talk about it.

Working with: anger held in the body, nunchi and obligation, jeong with the congregation. PHQ-9 14. Considering somatic work alongside IPT (role transition). Thoughts on whether to involve the pastor welcome.""",
        [
            ("H Mart", "organisation"),
            ("Fort Lee", "place"),
            ("Park Sang-ho", "name"),
            ("10/8", "date"),
            ("Hanmaum Presbyterian Church", "organisation"),
            ("miyoung.kang58@gmail.com", "email"),
        ],
    ),
    (
        "t6b-004",
        """Supervision question: whakamā being read as social anxiety

I'm a Pākehā clinician in a kaupapa Māori service and want to check my thinking. Rangatahi, 17, referred by school counsellor with "social anxiety - won't speak in class, avoids eye contact". SPIN score high. Over three sessions it's become clear that a lot of what's being described is whakamā: after an incident where she was publicly corrected about her pepeha in front of the class, she withdrew. Her kuia says "kei te whakamā ia, kāore i te mate" - she's whakamā, not sick.

Using Te Whare Tapa Whā (Durie) and the Meihana Model to structure the formulation: taha wairua and taha whānau both seem as important as taha hinengaro here. Whānau hui planned with her koro and aunties; we'll open and close with karakia.

Where I'm unsure:
- Whether to keep an F40.10 on the file at all. My instinct is no; Hua Oranga at intake was reasonable.
- How much of this to take to cultural supervision vs clinical supervision.
- Matariki is coming up and the kura is doing a kapa haka performance; she's asked whether she "has to" perform. Is graded exposure even the right frame?

Ngā mihi for any whakaaro.""",
        [],
    ),
    (
        "t6b-005",
        """**Case summary for peer consult - 19F, Punjabi Sikh, second gen**

Client is a nursing student at Kwantlen Polytechnic University, living with parents, younger brother and her nani in Newton. Presenting with low mood, restricted eating and a recent cutting episode (superficial, disclosed at intake). C-SSRS screen: passive ideation, no plan.

Core conflict, in her words: "It's all izzat with them. Log kya kahenge. If I even sit with a boy in the library someone's chacha sees it and it's back at the gurdwara by Sunday." The gurdwara she means is Gurdwara Dasmesh Darbar, where her dad does seva every weekend. She's close to her nani, who she says is the only one who "gets that I'm Canadian and Punjabi, not one or the other".

Trigger: a rishta conversation that started the week of Vaisakhi, after her mum's friend Jaswinder Gill brought a photo round on 13 April.

Admin: she's still on her parents' MSP, PHN 9087 453 216; she wants all billing to go to her own student plan so they don't see it. Lives in Surrey, so I'm looking for a Punjabi-speaking dietitian nearby.

Question for the group: family-inclusive approaches (e.g., a modified FBT) vs protecting her autonomy. Has anyone had success bringing a nani in as an ally?""",
        [
            ("Kwantlen Polytechnic University", "organisation"),
            ("Newton", "place"),
            ("Gurdwara Dasmesh Darbar", "organisation"),
            ("Jaswinder Gill", "name"),
            ("13 April", "date"),
            ("9087 453 216", "id_number"),
            ("Surrey", "place"),
        ],
    ),
    (
        "t6b-006",
        """Reply: Somali clients and the word 'waalli'

Agree with the point above about not using "mental illness" in the first session. In the Somali families I've worked with (mostly in the Upper Midwest), waalli means madness in a very stigmatised, whole-family way, so I talk about murug (sadness, grief), "too much thinking", or stress from the war and the camps instead. Buufis - the longing to resettle or move on, sometimes an obsessive dreaming of the next country - comes up a lot with younger men.

A few practical things:
- Ask about jinn and about whether they've had ruqyah (Qur'anic recitation). Many families will do both ruqyah and therapy; I frame it as complementary.
- Ramadan changes everything - session times, medication timing (we moved prazosin and sertraline to after iftar), energy. Plan for Eid al-Fitr too; people travel to see relatives.
- Hooyo (mother) is often the real decision-maker even when aabo does the talking.
- The RHS-15 has a Somali translation and is quick; the Harvard Trauma Questionnaire (Mollica) is longer but useful.
- Use a professional interpreter, not a cousin. Clan dynamics can make a community interpreter tricky - ask the client if they're comfortable first.

Mollica's Healing Invisible Wounds is worth a reread for this.""",
        [],
    ),
    (
        "t6b-007",
        """Hi all, consult on a Filipina nurse, 44, burnout + guilt

She's a med-surg RN at Elmhurst Hospital, came over on a nursing visa in 2008, sends a big chunk of every paycheck home. Presents with exhaustion, crying in the car before shifts, and heavy guilt. She laughed when I asked about rest: "Bahala na, doc. Utang na loob - they sent me to nursing school, so I pay." Lola, aged 93, still lives in Pampanga and is declining, and the family expects her to fly home and "handle it."

Key people: Tita Baby (mom's younger sister, who manages the remittances) and her older brother Kuya Boyet, who hasn't worked since his accident. She shares a two-bed in Woodside with her cousin's family.

She had a near-miss med error on 2/17 and is now terrified her NY license (RN #712845) will be reported. Hiya is huge here; she hasn't told her manager how tired she is.

Looking for:
- ways to talk about boundaries that don't collide with kapwa / utang na loob
- anyone using Nadal's work or the Filipino values literature in CBT
- whether burnout framing helps or just adds shame

PHQ-9 13, MBI emotional exhaustion high.""",
        [
            ("Elmhurst Hospital", "organisation"),
            ("aged 93", "age"),
            ("Baby", "name"),
            ("Boyet", "name"),
            ("Woodside", "place"),
            ("2/17", "date"),
            ("712845", "id_number"),
        ],
    ),
    (
        "t6b-008",
        """DAP note (template shared for feedback on culturally adapting notes)

D: Vietnamese-Australian man, 52, arrived as a child after time in a Malaysian camp. Referred under a Mental Health Treatment Plan (MBS item 2700) for low mood since a retrenchment. Says "Tôi buồn lắm, khó chịu trong người" - very sad, uncomfortable in the body. Describes headaches and "nóng trong người" (inner heat). Reluctant about the word tâm thần; happier with "stress" and "mệt" (tired). K10 = 31. Used a TIS National interpreter by phone for part of the session at his request; switched to English for work topics.

A: Depressive episode, moderate (F32.1), somatic presentation in keeping with cultural idioms of distress. Strong values around providing for con cái and respect for his late bố, whose photo is on the family altar. Tết is next month and he's worried about not being able to give lì xì to the grandchildren.

P: Continue behavioural activation framed around family roles; psychoeducation about mirtazapine 15 mg (GP prescribing) in Vietnamese; review DASS-21 at session 4; consider a session with his wife. Ask about Buddhist practice and whether the local chùa could be a support.

Feedback welcome - is it OK to keep the Vietnamese phrases in the D section?""",
        [],
    ),
    (
        "t6b-009",
        """Consultation - burnout ou dépression? (homme, 41 ans)

Bonjour à tous, je poste en anglais pour que tout le monde puisse suivre.

41-year-old francophone man, lineman at Hydro-Québec for 18 years, on sick leave since le 3 novembre. He lives with his blonde, Marie-Ève Gagnon, and their two kids in Trois-Rivières, a few blocks off rue des Forges. He describes himself as "tanné, écoeuré, j'ai pu d'gaz" and says he's "pas fou, juste brûlé". Sleeps 4 hours, irritable with the kids, drinking 6-8 beers most nights (AUDIT 17).

His father was the old-school type who "never took a day off" and he keeps saying "mon père aurait jamais fait ça". His chum from the crew, Steve Lapointe, called me after he didn't show up for a shift - the client had signed a release for him.

RAMQ no. on the referral: TREJ 8209 1412.

Questions:
- CBT for burnout vs treating as MDD (F32.1) + alcohol use - what's worked for you with men in trades?
- Any francophone resources for partners? His blonde is exhausted too.
Merci!""",
        [
            ("Hydro-Québec", "organisation"),
            ("3 novembre", "date"),
            ("Marie-Ève Gagnon", "name"),
            ("Trois-Rivières", "place"),
            ("rue des Forges", "place"),
            ("Steve Lapointe", "name"),
            ("TREJ 8209 1412", "id_number"),
        ],
    ),
    (
        "t6b-010",
        """Réponse / reply: épuisement professionnel in Québec farm families

A few things from working in rural Québec for a long time:

1. "Être écoeuré" or "être à boutte" isn't always depression. I use the PHQ-9 and the Maslach Burnout Inventory (French version) before deciding, and I ask about le temps des sucres - in maple families March-April is brutal and mood often lifts after.
2. Mémère and pépère often live on the farm, and intergenerational transfer of the farm ("la relève") is a huge stressor that the DSM has no word for. Kirmayer's writing on cultural psychiatry in Québec is useful here.
3. Men will talk in the truck, not in the office. Walking sessions helped.
4. Don't forget Info-Social 811 for after hours; it's province-wide and bilingual.
5. Catholic background doesn't mean practising. Ask. For some families le Réveillon and la Saint-Jean are the main rituals left.

Med-wise, most of mine end up on escitalopram 10 mg or bupropion XL 150 via their médecin de famille, plus CBT adapted to farm schedules. Re-screen with the GAD-7 before and after haying season.

Bonne chance!""",
        [],
    ),
    (
        "t6b-011",
        """Case notes for consult - 36F, Pakistani-British, Urdu/Punjabi/English

Nusrat is 36, married with three children, living with her in-laws in Manningham. Referred by her GP, Dr Farah Siddiqui, after repeated attendances at Bradford Royal Infirmary for palpitations and "fits" that were non-epileptic on video-EEG.

She describes "dil ghabrata hai" (my heart is panicking), "sar bhaari" (heavy head) and says her saas believes it's nazar - someone's evil eye after her son's aqiqah. A local maulana gave her a taweez; she wears it and I've said that's fine. Things escalated around Eid ul-Adha 2023 when her husband's brother moved in.

NHS no. 943 476 5919.

Formulation leaning towards functional seizures in the context of chronic relational stress and loss of autonomy. She says "sabr karo, everyone tells me sabr karo" - be patient - and cries.

Asking:
- experience of psychoeducation for FND that respects spiritual explanations?
- couples work when the husband defers to his mother?""",
        [
            ("Nusrat", "name"),
            ("Manningham", "place"),
            ("Farah Siddiqui", "name"),
            ("Bradford Royal Infirmary", "organisation"),
            ("Eid ul-Adha 2023", "date"),
            ("943 476 5919", "id_number"),
        ],
    ),
    (
        "t6b-012",
        """Thoughts on the Syrian family case (reply)

A few reflections from my work with Arabic-speaking families resettled from Jordan and Lebanon:

"Inshallah" at the end of a homework plan is not a no. It's often a genuine "if God wills", and I'd just ask, gently, "and what would help make it happen?" Likewise "alhamdulillah" in response to "how are you" doesn't mean things are fine.

The father's PCL-5 of 51 alongside his IES-R suggests significant PTSD, but he frames everything through sabr (patience) and says complaining is ayb (shameful). Silove's ADAPT model helped me here: you can name the loss of roles and of justice without pathologising his faith. Hinton and Lewis-Fernández's work on idioms of distress is also helpful - listen for "my chest is tight" and "my nerves are tired" (a'sabi ta'baneh).

Practical: Ramadan timing for prazosin; ask about suhoor. Ask whether the mother wants a female interpreter. Gender-matched sessions may matter more than you expect.

On jinn: some clients will raise it; I don't argue. "What does your imam say?" usually opens the conversation rather than shutting it.

Tol's work on the MHPSS intervention pyramid is good background too.""",
        [],
    ),
    (
        "t6b-013",
        """Hiraeth, grief and a very stuck 30-year-old - consultation

Bore da. Client is Welsh-speaking, 30, works as a teaching assistant at Ysgol Syr Hugh Owen and lives in Caernarfon with her partner Rhodri Pritchard and their dog Mabli. Sessions are in Welsh - she was clear English felt "like talking through glass".

Her Nain died last spring and she has not been back to Nain's house up the valley since. She keeps saying "hiraeth" and then "na, dim jyst hiraeth" - not just hiraeth. There are intrusive images from the last days in hospital. PG-13-R 38. Taid is still alive and she feels she should be "cwtching him every day" but can't face it.

She had a panic attack at the Eisteddfod and left before the chairing ceremony, which she found humiliating.

Practicalities: she asked that any letters go to her LL55 postcode address rather than work. Mobile 07700 900862. Review booked 7.10.23.

Question: anyone doing grief-focused CBT or EMDR through the medium of Welsh? Struggling with how to translate some of the protocol language.""",
        [
            ("Ysgol Syr Hugh Owen", "organisation"),
            ("Caernarfon", "place"),
            ("Rhodri Pritchard", "name"),
            ("Mabli", "name"),
            ("LL55", "place"),
            ("07700 900862", "phone"),
            ("7.10.23", "date"),
        ],
    ),
    (
        "t6b-014",
        """Reply: Irish-speaking older man, wake customs and complicated grief

Lovely case, and it brought me back to working along the west coast. A few things:

- "A stór" and "mo chroí" from an older man to his late wife's photo aren't signs of pathology; keeping the dead close in conversation is very normal in Irish culture. So is talking about the month's mind Mass and the anniversary.
- He may say "tá mé trína chéile" (I'm all mixed up) more readily than "depressed". Ask him what words he used as a child - for some, Irish is the language of feeling and English the language of forms.
- If he missed his brother's wake because of Covid, that's probably the core of it. McGoldrick's chapter on Irish families in Ethnicity and Family Therapy is still worth a look, as is Worden on the tasks of mourning.
- Samhain and Nollaig can be rough; plan around them. Lá Fhéile Bríde may be a gentler reconnection point.
- PHQ-9 and CORE-10 are fine; I'd add the ICG.

Safety: Pieta's helpline is 1800 247 247, and Samaritans 116 123 works in the Republic too. The HSE can point you to Irish-speaking counsellors if he wants therapy as Gaeilge.

Go n-éirí leat!""",
        [],
    ),
    (
        "t6b-015",
        """Yarning with a young fella - seeking advice on cultural safety

I'm a non-Indigenous psychologist, fairly new to Central Australia. Client is an 18-year-old Arrernte man, living with his aunty in Larapinta, Alice Springs. Referred after an overdose on his cousin's quetiapine during sorry business for his grandfather. He's told me "I got no one to yarn to, everyone's in sorry camp" and "it's shame job, talking to you".

His Aunty Rosie is his main support and came to the second session. He was a talented footy player at Yipirinya School and still plays Saturdays. His mate Jarrah has been checking on him via Snapchat (handle deadlyboi_04) and showed him messages that worried Aunty.

Medicare 2951 63817 1 / IRN 2. Follow-up was booked for Sat 15/7 but he was out bush on Country.

Questions:
- How do I do risk assessment without it feeling like an interrogation?
- Aboriginal health worker co-facilitation: how have others set this up?
- Anyone used the Stay Strong app with young men?""",
        [
            ("Larapinta", "place"),
            ("Alice Springs", "place"),
            ("Rosie", "name"),
            ("Yipirinya School", "organisation"),
            ("Jarrah", "name"),
            ("deadlyboi_04", "handle"),
            ("2951 63817 1", "id_number"),
            ("15/7", "date"),
        ],
    ),
    (
        "t6b-016",
        """Resources post: social and emotional wellbeing (SEWB) frameworks

For those asking last week about working with Aboriginal and Torres Strait Islander clients, here's my go-to list:

- Gee, Dudgeon, Schultz, Hart & Kelly's SEWB model - the seven domains (body, mind and emotions, family and kinship, community, culture, Country, spirituality and ancestors). I draw it with clients.
- Dadirri - deep listening, as described by Miriam-Rose Ungunmerr-Baumann. Slower than you think.
- Yarning as method (Bessarab & Ng'andu): social yarn first, then the clinical yarn.
- Working Together (2nd ed.), edited by Dudgeon, Milroy and Walker - the chapter on cultural competence is essential.
- The K5 rather than the full K10 in some communities; the Stay Strong app for care planning.
- Sorry business: expect missed sessions, don't discharge for non-attendance, and ask whether it's OK to say the name of someone who has passed.
- Crisis: 13YARN (13 92 76) is run by and for mob; Lifeline is 13 11 14.

Also: NAIDOC Week and National Sorry Day can be activating. And "deadly" is a compliment.""",
        [],
    ),
    (
        "t6b-017",
        """SOAP - 19M, Vietnamese-American, college student

S: "My má says I'm just lazy. In Vietnamese there's no word for what I have - she says buồn thì đi làm." He's a sophomore at Orange Coast College (student ID C08814773), works weekends at his mom's nail salon on Bolsa Avenue in Westminster. Mother, Nguyễn Thị Hoa, immigrated in '91; father deceased. Reports low mood, withdrawal, and gaming until 4 a.m.

O: Flat affect, good eye contact, code-switches to Vietnamese when talking about his mother. PHQ-9 = 19, item 9 = 1. C-SSRS: passive ideation, no intent or plan.

A: MDD, single episode, moderate-severe (F32.2). Strong filial obligation (hiếu), guilt over wanting to transfer out of state. Mother's framing of depression as laziness/weakness is a barrier to engagement. Last session 02/10/2024 he brought up Tết and feeling like "a fake Vietnamese" because his Vietnamese is "Việt kiều broken".

P: Safety plan reviewed. Psychoeducation for Mom with interpreter (she declined a family session for now). Consider SSRI referral. Explore bicultural identity work next session.""",
        [
            ("Orange Coast College", "organisation"),
            ("C08814773", "id_number"),
            ("Bolsa Avenue", "place"),
            ("Westminster", "place"),
            ("Nguyễn Thị Hoa", "name"),
            ("02/10/2024", "date"),
        ],
    ),
    (
        "t6b-018",
        """Reply: 'shenjing shuairuo' and the Mandarin-speaking client

Kleinman's Hunan work on neurasthenia (shenjing shuairuo) is the classic reference, and it still fits a lot of older clients who came through the Cultural Revolution: fatigue, headaches, poor concentration, "my nerves are weak" - and a much easier conversation than "depression". I'd keep both in mind rather than choose.

Other idioms that come up:
- 吃苦 (chi ku, "eating bitterness"): endurance as a virtue. Praise the endurance before you question it.
- 面子 (mianzi, face) and 孝 (xiao, filial piety): why an adult son may not tell you about his own struggles while his parents are alive.
- In Cantonese, "mou si" (no problem) often closes a topic that very much is a problem.
- 心烦 (xin fan, vexed heart) - irritability, often with insomnia.

Screening: the Chinese PHQ-9 is validated; I find the somatic items carry a lot of the score. Ask about TCM and herbal medicines before starting escitalopram; some interact.

Lunar New Year, Qingming and the Mid-Autumn Festival are good anchors for behavioural activation, and a natural time to ask about ancestors and grief. Sue & Sue's chapter on Asian American clients is a decent starting point for trainees.""",
        [],
    ),
    (
        "t6b-019",
        """Pre-meeting notes - Tongan kāinga, school refusal, 15M

Son, 15, has not been at De La Salle College since the middle of term. Parents are Sione Taufa (Tonga-born, works nights) and Mele (NZ-born, aged-care worker). They live in Māngere with his father's parents. He spends most days in his room on his Xbox.

Significant: the father's eldest sister - the fahu - is 'Ana Vaipulu, and she has strong views. At a recent family gathering she said in front of everyone that he was fakamā, shaming the family. He told me afterwards "Aunty 'Ana is right, I'm a disgrace." Faka'apa'apa means he cannot argue with her; his mum cried telling me this.

The family attend Moia Mei Langi Free Wesleyan Church and his dad's hope is that the faifekau (minister) can "talk sense into him".

NHI: PRK3491. Family meeting Sat 9/3 at 10, in Tongan and English; I've booked an interpreter.

Please sense-check:
- Is inviting the fahu a good idea or a disaster?
- Talanoa-style meeting vs structured family therapy?
- Anything I'm missing about tauhi vā?""",
        [
            ("De La Salle College", "organisation"),
            ("Sione Taufa", "name"),
            ("Mele", "name"),
            ("Māngere", "place"),
            ("Ana Vaipulu", "name"),
            ("Ana", "name"),
            ("Moia Mei Langi Free Wesleyan Church", "organisation"),
            ("PRK3491", "id_number"),
            ("9/3", "date"),
        ],
    ),
    (
        "t6b-020",
        """Pacific models: a quick comparison for the reading group

For Thursday, here's the summary I promised:

**Fonofale** (Fuimaono Karl Pulotu-Endemann): the fale - family as the foundation, culture as the roof, four pou (spiritual, physical, mental, other), surrounded by time, environment and context. Good for Samoan and wider Pasifika clients; I've drawn it on a whiteboard with a Cook Islands family and it landed well.

**Fonua** (Sione Tu'itahi): a Tongan model of holistic health, linking the individual, kāinga, community and land.

**Kakala** (Konai Helu Thaman): originally a research framework - gathering the flowers, weaving the garland, gifting it.

**Talanoa** (Timote Vaioleti): relational, open-ended conversation. In sessions this is permission to go slowly and to share food.

Concepts to understand before working with aiga/kāinga: teu le vā and tauhi vā (tending relational space), fa'aaloalo/faka'apa'apa (respect), tautua (service), fa'alavelave (family obligations for weddings and funerals), the role of the fahu, and shame (mā; fakamā in Tongan).

Calendar: White Sunday (Lotu Tamaiti) in October, Tongan Language Week, church conferences. Need to talk? Free call or text 1737.""",
        [],
    ),
    (
        "t6b-021",
        """Consult: Polish-born woman, 67, depression after husband's stroke

She's lived in Greenpoint since the 80s, a few doors from St. Stanislaus Kostka Church, where she used to sing in the choir. Husband Tomasz Wróblewski had a stroke in the spring; she's now his full-time carer. She calls what she's got "nerwica" and "żal" - a mix of grief, bitterness and longing - and says "u nas się nie chodzi do psychologa" (where we come from you don't go to a psychologist). Her daughter made the referral.

The turning point she keeps coming back to is Wigilia, December 24, 2022, when Tomasz couldn't break the opłatek with the family. "He held the wafer and didn't know what it was."

She's isolated; her only daily company is the cat, Kiciuś. Babcia to four grandkids in New Jersey she rarely sees.

Insurance: Medicare + supplemental, member ID XJB448210937. Best contact is her landline (347) 555-0126 - she doesn't text.

GDS-15 = 10. Questions: caregiver interventions that work with Polish Catholic older women? Should I involve the parish priest?""",
        [
            ("Greenpoint", "place"),
            ("St. Stanislaus Kostka Church", "organisation"),
            ("Tomasz Wróblewski", "name"),
            ("Tomasz", "name"),
            ("December 24, 2022", "date"),
            ("Kiciuś", "name"),
            ("XJB448210937", "id_number"),
            ("(347) 555-0126", "phone"),
        ],
    ),
    (
        "t6b-022",
        """Reply re: drinking, 'nerwy' and Polish men in the UK

A few observations from several years working with Polish clients in the North of England:

"Nerwy" (nerves) and "stres" are the words people use; "depresja" can feel like a diagnosis of weakness. Men especially talk about żal and tęsknota (longing) when they talk about home, which can look a lot like hiraeth in my Welsh clients.

Alcohol: AUDIT scores in the high teens are common in men working long agency shifts. Naltrexone 50 mg or acamprosate are options, but a lot of my clients were more open to a motivational frame tied to family - being a good father at Wigilia, being able to drive to see the kids at Wielkanoc (Easter).

Religion: most are Catholic; some practising, many not. Wszystkich Świętych (All Saints' Day) is a big grief day - people light candles at graves back home and can feel the distance keenly.

Language: lots of younger clients prefer English for therapy because it gives them distance from what they were told as children. Dewaele's research on emotion and bilingualism backs that up.

Miller and Rollnick's MI, plus a bit of Kabat-Zinn for the sleep stuff, have been my core tools.""",
        [],
    ),
    (
        "t6b-023",
        """Consult request - 16F, Oji-Cree, boarding in the city for high school

Client is 16, from Sandy Lake, boarding with a family in Thunder Bay so she can attend Dennis Franklin Cromarty High School. Presenting with homesickness, low mood and binge drinking on weekends. Her kokum raised her and she speaks Oji-Cree at home; she says English "feels like a coat that doesn't fit".

Context that the group will know: the history of the Seven Youth Inquest and of young people from the North dying in this city. Her kokum is a residential school survivor and her mom was taken in the Sixties Scoop. She has her kokum's voice in her head: "Don't forget who you are, my girl."

She's close to her boarding-home mom, Darlene Morningstar, and has a younger cousin at the same school.

IDs for the referral: OHIP 6243-881-905-RT; Status card (registration) no. 5180234701. Next session Oct 4.

I'm considering adding smudging (with an Elder) and land-based activities to a DBT-A skills frame. Anyone have experience linking DBT skills to the Seven Grandfather Teachings?""",
        [
            ("Sandy Lake", "place"),
            ("Thunder Bay", "place"),
            ("Dennis Franklin Cromarty High School", "organisation"),
            ("Darlene Morningstar", "name"),
            ("6243-881-905-RT", "id_number"),
            ("5180234701", "id_number"),
            ("Oct 4", "date"),
        ],
    ),
    (
        "t6b-024",
        """Reply: historical trauma and the young Diné man

Brave Heart's concept of historical trauma and Duran's "soul wound" are the frames I'd lean on here - both make sense of what you're describing (grief that isn't only his, anger at institutions, drinking to quiet it). Gone's critiques are worth reading too, so we don't replace one universal story with another.

On hózhó: if he's talking about being "out of balance" and wanting to "walk in beauty", that's a strengths-based opening, not a symptom. If his family has mentioned a Blessingway or another ceremony, ask how you can support it rather than whether it "works". Some Diné clients won't want to talk about the dead or about chʼį́įdii at all; follow their lead.

Practical stuff: IHS and tribal clinics vary hugely; coordinate with whoever prescribes his naltrexone. AUDIT-C first, then the full AUDIT. Talking circles and sweat lodge may be offered locally, but don't assume; not every Native client practises traditional ways and some are Christian. Two-Spirit identity may come up and deserves its own space.

Crisis: 988 (press 1 for veterans if relevant); there's also the StrongHearts Native Helpline for domestic violence.""",
        [],
    ),
    (
        "t6b-025",
        """Somali mother, 39 - intrusive memories and a daughter who 'talks back'

Presenting: Hodan, 39, arrived from a camp in Kenya in 2014 with four children. Lives in the Riverside Plaza towers in Cedar-Riverside (55454). Referred by her PCP at Hennepin Healthcare after she fainted twice. HTQ and PCL-5 both high (PCL-5 = 58). She says "madaxa ayaa i xanuunaya, waan fekerayaa oo kaliya" - my head hurts, I'm just thinking and thinking.

Her 14-year-old daughter Ifrah has started refusing to wear the hijab to school and answers back in English, which Hodan experiences as losing her. "In Somalia a girl respects her hooyo." Ifrah is close to her teacher, Ms. Kowalczyk, and has told her things at home are "bad".

Complication: Hodan's cousin acts as her interpreter and also works at the same clinic. I'd like to move to a professional interpreter but she's resistant. Next appt 05/06/2023; best number 612-555-0178.

Questions: any experience with culturally adapted NET or CETA with Somali women? And how to hold the mother-daughter rupture in family sessions without siding with either generation?""",
        [
            ("Hodan", "name"),
            ("Riverside Plaza", "place"),
            ("Cedar-Riverside", "place"),
            ("55454", "place"),
            ("Hennepin Healthcare", "organisation"),
            ("Ifrah", "name"),
            ("Kowalczyk", "name"),
            ("05/06/2023", "date"),
            ("612-555-0178", "phone"),
        ],
    ),
    (
        "t6b-026",
        """Reading group notes: 'kufungisisa' and the Friendship Bench

This week's paper was Chibanda and colleagues on the Friendship Bench, plus the DSM-5-TR glossary entry for kufungisisa ("thinking too much", Shona). Notes:

- Kufungisisa is both an idiom of distress and an explanation: the thinking itself is seen as the cause of headaches, poor sleep and "a heavy heart". It overlaps with depression, anxiety and PTSD but doesn't map neatly onto any one of them.
- The Shona Symptom Questionnaire (SSQ-14) was developed locally and includes items that the PHQ-9 misses.
- Friendship Bench: lay health workers ("grandmothers") trained in problem-solving therapy, sitting on a wooden bench outside the clinic. Outcomes in the RCT were strong.
- Patel's "Where There Is No Psychiatrist" and the mhGAP guide were cited as background.
- For Zimbabwean clients in the UK diaspora, church (often Pentecostal or Apostolic) may be the main support, and some will have been told that prayer alone is enough. Ask, don't assume.

Discussion question for next week: can the kufungisisa frame help with our Zimbabwean clients on fluoxetine 20 mg who feel that "the tablets stop the thinking but not the problem"?""",
        [],
    ),
    (
        "t6b-027",
        """Consult - Khmer-American man, 48, 'khyâl attacks'

Client was born in a camp on the Thai border and came to Long Beach as a toddler; the family still lives off Anaheim Street in Cambodia Town. He's a machinist at Boeing and describes episodes of dizziness, cold hands and neck soreness that he and his mother call khyâl cap (wind attacks). He fears the vessels in his neck will burst, "like my uncle". His mother, Chan Sopheap, does coining (kos khyâl) on him after each attack - the red marks were noted by a nurse who almost made a report.

His grandmother, aged 91, lives with them and survived the Khmer Rouge years. She prays at Wat Khemara Buddhikaram most days and he drives her.

He'd like correspondence by email: sokha.c.machinist@yahoo.com.

Plan is Hinton's CA-CBT (culturally adapted CBT) with khyâl psychoeducation and mindfulness linked to Buddhist practice. Question: has anyone addressed the coining with medical staff in a way that doesn't shame the family?""",
        [
            ("Long Beach", "place"),
            ("Anaheim Street", "place"),
            ("Cambodia Town", "place"),
            ("Boeing", "organisation"),
            ("Chan Sopheap", "name"),
            ("aged 91", "age"),
            ("Wat Khemara Buddhikaram", "organisation"),
            ("sokha.c.machinist@yahoo.com", "email"),
        ],
    ),
    (
        "t6b-028",
        """Reply: khyâl and panic - what helped me

Hinton's work is the key reference (Hinton, Pich, Marques, Nickerson & Pollack on khyâl attacks; CA-CBT with Otto). What helped me most was learning the sequence: a trigger (standing up, a smell, worry), then khyâl symptoms - dizziness, tinnitus, cold extremities, neck soreness - then catastrophic cognitions about khyâl rising and blocking vessels, which escalates to panic. Once you map it with the client, interoceptive exposure makes a lot more sense to them.

Other concepts: baksbat (broken courage), a Cambodian idiom that overlaps with PTSD and demoralisation; "thinking too much"; and sleep paralysis with ghost visitation, which is common and frightening.

Coining (kos khyâl) and cupping leave marks that are easily mistaken for abuse. Educate colleagues.

Khmer New Year and Pchum Ben (the festival for the dead) are meaningful anchors; many clients bring food to the wat for ancestors. Loving-kindness meditation can be a bridge.

Meds: prazosin for nightmares has worked for several of my clients; clonazepam I try to avoid. The Cambodian Symptom and Syndrome Inventory (C-SSI) is worth a look.""",
        [],
    ),
    (
        "t6b-029",
        """Intake summary for consult - 33F, Puerto Rican, ataques de nervios

Yesenia Colón, 33, lives on High Street in Holyoke with her two kids and her abuela. Referred by the ED at Holyoke Medical Center after her third ataque - screaming, shaking, falling to the floor, afterwards not remembering much. The most recent was Jan 12th, after a phone call from her ex. She says "me dio un ataque, se me subieron los nervios" and her abuela, Doña Carmen, calls it "los nervios de la familia".

History: exposure to DV, a brother killed in Bayamón when she was 15. PCL-5 = 47, DES-II elevated. MassHealth ID 100384927651.

She's ambivalent about therapy ("no estoy loca") but trusts her abuela's espiritista, and she lights a candle to la Virgen before difficult days.

Questions:
- Would you treat as PTSD with dissociative features, panic, or hold ataque de nervios as the primary frame per Lewis-Fernández?
- How do you bring in an espiritista respectfully?""",
        [
            ("Yesenia Colón", "name"),
            ("High Street", "place"),
            ("Holyoke", "place"),
            ("Holyoke Medical Center", "organisation"),
            ("Jan 12th", "date"),
            ("Carmen", "name"),
            ("Bayamón", "place"),
            ("100384927651", "id_number"),
        ],
    ),
    (
        "t6b-030",
        """Reply: ataque de nervios vs panic - quick notes

DSM-5-TR's Glossary of Cultural Concepts of Distress is a good starting point, but Guarnaccia and Lewis-Fernández's papers go much further. A few distinctions I use:

- Ataque is usually triggered by an acute family stressor (a death, a fight, news from the island) and the person often feels relief after. Panic attacks more often come "out of the blue" with fear of another.
- "Nervios" is broader: a chronic vulnerability, "ser nerviosa", that lots of women in the family may share. It's not necessarily pathological.
- "Ay bendito", "se me subió la presión", "me dio un patatús" - listen to the words.

Culture: Nochebuena, Día de Reyes and quinceañeras can be high-stress family gatherings. Espiritismo and santería are part of life for some clients; a botánica visit isn't a red flag. Comadres and padrinos can be real supports, so map them on the genogram.

Screening: PCL-5 and PHQ-9 in Spanish; I add the DES-II if there's amnesia. Lorazepam prn from the ED is common and worth reviewing.

Falicov's "Latino Families in Therapy" is the book I'd buy first.""",
        [],
    ),
    (
        "t6b-031",
        """Question: Korean international student, 'han' and academic shame

Seeing a 22-year-old Korean student who moved here for uni. Presenting with insomnia, skipping meals, and panic before presentations. Her umma calls every night on KakaoTalk and asks about grades; her appa doesn't speak to her about feelings at all.

She uses a few Korean concepts I'm trying to understand properly:
- 한 (han): a deep, collective sorrow and resentment - she says her umma has han from her own mother.
- 눈치 (nunchi): reading the room. She's exhausted from doing it in a second language.
- 정 (jeong): the warmth and obligation in relationships - she misses it and finds Australian friendships "thin".
- 화병 (hwa-byung): she said "I don't want to get hwa-byung like my mother" when we talked about suppressing anger.

Chuseok was hard - first one away from home, no jesa with the family, and she ate convenience-store food alone. Seollal is next.

Measures: PHQ-9 17, GAD-7 15. No suicidal ideation. GP has suggested sertraline 50 mg.

Has anyone read Min Sung-kil on hwa-byung or used the Hwa-byung Scale? And thoughts on working with academic shame when the family's sacrifice is so central?""",
        [],
    ),
    (
        "t6b-032",
        """Handy glossary: kinship terms clients use in session (add yours!)

A few people asked for this after last month's discussion. Terms I've heard from clients, roughly grouped. Capitalised when used as a form of address, which is exactly when they look like names in our notes - they aren't.

- Tagalog: Lola / Lolo (grandmother / grandfather), Tita / Tito (aunt / uncle), Ate / Kuya (older sister / older brother), Ninang / Ninong (godparents)
- Spanish: Abuela / Abuelo, Tía / Tío, Madrina / Padrino, Comadre
- Hindi/Urdu/Punjabi: Nani / Nana (maternal grandparents), Dadi / Dada (paternal), Mamaji, Chachi, Bhabhi, Didi
- Arabic: Teta / Jiddo (Levantine), Khalto, Ammo
- Somali: Hooyo / Aabo, Ayeeyo (grandmother)
- Korean: Halmeoni / Harabeoji, Umma / Appa, Noona, Oppa, Unni, Hyung
- Cantonese/Mandarin: Por Por, Ah Ma, Nai Nai, Gung Gung, Yi Ma
- Vietnamese: Bà nội / Bà ngoại, Ông, Cô, Chú
- Polish: Babcia / Dziadek, Ciocia / Wujek
- Welsh: Nain / Taid (North), Mamgu / Tadcu (South)
- Māori: Kuia, Koro, Nana, Whaea, Matua, Tuakana / Teina
- Samoan/Tongan: Tinā, Tamā, Fahu
- Cree/Anishinaabe: Kokum, Mushum, Nokomis
- Québécois: Mémère, Pépère, Matante, Mononcle

Reminder: "Aunty" and "Uncle" in Aboriginal, Pacific and South Asian contexts can be respectful terms for elders, not literal aunts and uncles.""",
        [],
    ),
    (
        "t6b-033",
        """Indo-Fijian woman, 45 - 'tension' and a husband who drinks grog

Shalini (45, Indo-Fijian, Fiji Hindi and English) lives in Papatoetoe with her husband Ravinesh and two teenagers. She's a tutor in the early childhood programme at Manukau Institute of Technology. She came to see me for "tension" - "bahut tension hai, sir dard aur neend nahi" - and chest pains that her GP has ruled out.

Her husband drinks kava (grog) most nights with his cousins, then sleeps through the morning; she does everything. She described the family's girmit history - great-grandparents brought to Fiji as indentured labourers - and said "we always just carried on". The 2000 coup is the reason they left.

She's asked me not to call the house; her mobile is +64 21 555 0147. IRD 112-834-695 is on the ACC form (a work-related stress claim is being considered). Last session was 17/11, just after Diwali, which she found exhausting to host.

Asking for: culturally safe approaches with Indo-Fijian women where the family system is very patriarchal but she wants to stay in the marriage. Any Fiji Hindi-speaking counsellors in the network?""",
        [
            ("Shalini", "name"),
            ("Papatoetoe", "place"),
            ("Ravinesh", "name"),
            ("Manukau Institute of Technology", "organisation"),
            ("+64 21 555 0147", "phone"),
            ("112-834-695", "id_number"),
            ("17/11", "date"),
        ],
    ),
    (
        "t6b-034",
        """Reply: 'dhat', 'garmi' and the young South Asian man

Dhat syndrome is in the DSM-5-TR glossary, and Wig's original description still holds: anxiety about semen loss, weakness (kamzori), fatigue, sometimes sexual dysfunction. Don't laugh it off and don't just reassure; it tends to resolve better with a respectful explanatory-model conversation plus CBT for health anxiety.

Other idioms you'll hear:
- "Tension" used in English mid-sentence ("bahut tension hai") covering worry, low mood and somatic stress.
- Garmi (heat) in the body, often linked to diet.
- Bhoot-pret or nazar for some families; others will be dismissive of these.
- "Log kya kahenge" - what will people say. Izzat (honour) and sharam (shame) shape what gets disclosed.

Family: nani/dadi often matter more than the parents in joint families; beta and beti are affectionate, not infantilising. Festivals - Diwali, Holi, Navratri, Karva Chauth, Raksha Bandhan - are good rapport-builders and can be high-pressure too.

Reading: Sudhir Kakar for psychoanalytic takes on the Indian family; Bhugra on cultural psychiatry. The PHQ-9 Hindi version is validated. Citalopram is a common GP start; watch the QTc in older relatives.""",
        [],
    ),
    (
        "t6b-035",
        """Consult - Lebanese-Australian mum, 34, postnatal, very isolated

Rania Haddad, 34, second baby (8 weeks), lives in Yagoona near her in-laws. Delivered at Bankstown-Lidcombe Hospital; EPDS 19 at the 6-week check, question 10 scored 1. She's exhausted and tearful and says "ana ta'baneh, khalas" - I'm tired, enough. Her teta used to stay with new mothers for the forty days but passed away last year, and her mother-in-law has taken over in a way Rania finds controlling.

She's proud of her small home baking business and her Instagram, @sweetsbyrania_, which she's let slide. Her father-in-law, known to everyone as Abu Khalil, has said depression is "ayb" and that she needs to pray more.

Hospital follow-up planned for the 3rd of August; she'd prefer email (rhaddad.home@outlook.com) to calls so the in-laws don't overhear.

Questions:
- Experience of involving mothers-in-law in perinatal work in Arab families?
- Ways to talk about sertraline while breastfeeding that address "is it haram" concerns (she's asked her sheikh)?""",
        [
            ("Rania Haddad", "name"),
            ("Rania", "name"),
            ("Yagoona", "place"),
            ("Bankstown-Lidcombe Hospital", "organisation"),
            ("@sweetsbyrania_", "handle"),
            ("Abu Khalil", "name"),
            ("3rd of August", "date"),
            ("rhaddad.home@outlook.com", "email"),
        ],
    ),
    (
        "t6b-036",
        """Reply: religious scrupulosity (waswas) in a Muslim teen

This is a really common presentation and you're right to be careful. Some thoughts:

Waswas (whispering, usually attributed to Shaytan) is a recognised concept within Islam, and many scholars advise ignoring it - which is, conveniently, close to ERP. I've had good results inviting the family's imam into one session (with consent) to say explicitly that repeating wudu or prayers out of doubt is not required. Abramowitz's work on scrupulosity and the Penn Inventory of Scrupulosity are helpful, and the Y-BOCS (26 here) is still the main severity measure.

Language: "haram", "makruh", "najis" (impure), "ayb" (shameful, cultural rather than religious) - worth clarifying which one the client means.

Timing: Ramadan can intensify checking around fasting validity; Laylat al-Qadr and Eid al-Adha bring extra prayer. Plan exposures around them, not through them.

Family: Teta and Jiddo may reinforce reassurance-seeking with the best intentions. "Yalla, khalas, enough" from a parent isn't invalidation in every family; ask how it's experienced.

Fluvoxamine or sertraline at OCD doses if needed. Keep ERP hierarchy items respectful - no exposures that involve desecration.""",
        [],
    ),
    (
        "t6b-037",
        """Kōrero for cultural supervision - rangatahi, 16, Ōtara

Rangatahi Māori, 16, Year 12 at Tangaroa College, lives with her nan and four cousins off East Tāmaki Road in Ōtara. Referred after a self-harm disclosure to the school nurse. Her nan, Huia, is a respected kuia at their marae and keeps saying "she's got mate Māori, she needs to go home to her tūpuna, not to a psych".

Her name is Aroha, and she's asked me to use it in full in our sessions because "my nan gave it to me for a reason". She has a strong friendship with a cousin in Ōpōtiki, who posts on TikTok as @hinerua_05 - the cousin's posts about their koro's tangihanga are a big trigger.

NHI KJT8802. Whānau hui at the kura booked for Wed 14 Feb.

What I'm holding:
- whakamā around her self-harm, and around not knowing te reo as well as her cousins
- her nan's view of mate Māori, which I don't want to dismiss; a tohunga or rongoā practitioner may be part of the plan
- safety planning, including with the school

Whakaaro welcome on bringing kaumātua into the safety plan.""",
        [
            ("Tangaroa College", "organisation"),
            ("East Tāmaki Road", "place"),
            ("Ōtara", "place"),
            ("Huia", "name"),
            ("Aroha", "name"),
            ("Ōpōtiki", "place"),
            ("@hinerua_05", "handle"),
            ("KJT8802", "id_number"),
            ("14 Feb", "date"),
        ],
    ),
    (
        "t6b-038",
        """Reply: mate Māori, tapu and working alongside rongoā

Kia ora e hoa. Just some whakaaro from my practice as a Māori clinician in a rural service up north:

"Mate Māori" is a spiritual illness, often understood as the consequence of a breach of tapu, and whānau will usually look to a tohunga, kaumātua or rongoā practitioner to address it. That doesn't make the clinical stuff irrelevant - quetiapine or a psychosis workup may still be needed - but if you lead with the DSM you'll lose the whānau.

Things that help:
- Te Whare Tapa Whā and the Meihana Model for formulation; the Hui process (Lacey et al.) for engagement: mihimihi, whakawhanaungatanga, kaupapa, poroporoaki.
- Karakia to open and close, if the whānau wants it.
- Ask about whakapapa and about iwi and hapū connections early. Many rangatahi in cities have lost those and it matters.
- Takatāpui rangatahi may have different needs again.
- HoNOSCA and the SDQ are fine for outcomes; Hua Oranga for the whānau view.

Calendar: Waitangi Day, Matariki, and tangihanga (which can last days - don't discharge for DNAs).

Me mahi tahi tātou.""",
        [],
    ),
    (
        "t6b-039",
        """Question: 'lying flat', gaokao trauma and a Mandarin-speaking student

Working with a 20-year-old international student from mainland China, very high-achieving, now failing units and spending most of the day in bed. He describes himself as 躺平 (tang ping, "lying flat") and talks about 内卷 (neijuan, involution) - the exhausting competition he grew up in. Says he's "been running since the gaokao and my legs stopped".

His mother calls on WeChat daily. He can't tell her; mianzi for the family and the sacrifice they've made (they sold an apartment to fund his study) make disclosure feel impossible. He talks about chi ku - his parents ate bitterness so he wouldn't have to.

Measures: PHQ-9 21, item 9 = 0. DASS-21 severe on depression. He's open to medication if it's "not the kind that makes you crazy"; the GP has floated escitalopram 10 mg.

Mid-Autumn Festival was a low point: mooncakes from the Asian grocer, a video call with the family, then he cried for hours.

Looking for: experience with BA framed around filial piety rather than against it; and anything on Hwang's work on face and favour in Chinese relationships that translates into therapy.""",
        [],
    ),
    (
        "t6b-040",
        """Older adults team note - adapting cognitive assessment for a Cantonese-speaking grandmother

Sharing for feedback. Client is an 84-year-old Cantonese-speaking woman referred for memory concerns. Family (three adult children, all bilingual) describe her as "lo yan" now - just old - and are divided on whether assessment is disrespectful.

- Used the HK-MoCA (Cantonese) with a professional interpreter rather than her granddaughter: 19/30. She had limited schooling, so adjusted cut-offs matter.
- She says "mou si, mou si" to every question about her wellbeing. Her son said, "Mum won't complain. That generation doesn't."
- Daily life centres on yum cha with friends on Sunday mornings and the altar to her late husband. Ching Ming and the Hungry Ghost Festival are important; she's worried about who will tend the graves.
- Kitwood's person-centred approach is our frame: personhood, not just scores.

Plan: CT head via GP, bloods, discuss donepezil 5 mg if the picture supports Alzheimer's. Offer the family a session on xiao (filial piety) and caregiving, since the eldest daughter feels she should give up work to care for Por Por.

Any Cantonese-language carer resources people rate?""",
        [],
    ),
    (
        "t6b-041",
        """Consult: young Irish-speaker, 23, psychosis risk and language

Siobhán Ní Ghallchóir is 23, grew up in Gaoth Dobhair and moved back home after dropping out of college. Works part-time in the office of Údarás na Gaeltachta. Her father, Pádraig, brought her to the GP after she described hearing voices "ag caint as Gaeilge" - talking in Irish - telling her she was a disgrace.

She speaks Irish with family and English with me, but says the voices are only ever in Irish, and she apologises for "bringing the old language into it". CAARMS assessment places her in the ultra-high-risk group; no transition yet. Cannabis use at weekends.

PPSN 7234561TA (for the referral to the early intervention team). Mobile 087 555 2193. Next review 21/06, just before midsummer, which she's dreading because of a family anniversary.

Questions:
- Would doing some of the work as Gaeilge help, or risk making the voices more salient?
- CBTp with Irish-speaking clients - any experience?""",
        [
            ("Siobhán Ní Ghallchóir", "name"),
            ("Gaoth Dobhair", "place"),
            ("Údarás na Gaeltachta", "organisation"),
            ("Pádraig", "name"),
            ("7234561TA", "id_number"),
            ("087 555 2193", "phone"),
            ("21/06", "date"),
        ],
    ),
    (
        "t6b-042",
        """Reflection: offering therapy through the medium of Welsh

Writing this up after a CPD day, because the 'active offer' in Mwy na Geiriau (More than Just Words) changed how I start sessions.

- Offer Welsh without being asked. Many first-language Welsh speakers, especially older people and children, will default to English with professionals out of politeness.
- Emotion words don't translate neatly. "Hiraeth" isn't just homesickness; "cwtch" isn't just a hug; "hen bryd" carries more than "about time".
- Nain and Taid (in the North) or Mamgu and Tadcu (in the South) are central for a lot of children. Ask who they go to.
- Chapel culture has faded but funerals, hymns and the Eisteddfod still hold meaning. Dydd Gŵyl Dewi and Santes Dwynwen's day can be used for BA.
- Outcome measures: WEMWBS (Welsh version available), CORE-10 (I've seen scores drop by 5-6 points when a client switches into Welsh and finally says what they mean), and the SDQ for young people.

Nothing fancy med-wise - the usual sertraline or mirtazapine from the GP. But language matching is a clinical intervention in its own right, and the evidence on bilingual emotional expression (Dewaele again) backs that up.""",
        [],
    ),
    (
        "t6b-043",
        """Consult - Maya K'iche' mother, 29, susto and an asylum case

Esperanza Tzoc, 29, speaks K'iche' first, Spanish second and very little English. Lives in Fruitvale with her two children and her partner's brother. Seen through La Clínica de la Raza after a fall; the doctor noted she "startles at everything". She calls it susto and says her soul ("el alma") was left behind on the journey north. Her children's father was killed before she left.

She has an asylum hearing and asked me to write a letter for her attorney; her A-number is A 208-114-937. The hearing is set for March 3rd. I'm worried about re-traumatisation in the evaluation.

Culturally: a curandera in the neighbourhood has done a limpia. She goes to an evangelical church where services are in Spanish. There's no K'iche' interpreter locally - we've been using a video interpreter, who is excellent. Her cell is (510) 555-0119.

Questions:
- Anyone with experience doing forensic/asylum evaluations with Indigenous Guatemalan clients?
- How to assess PTSD when the instruments are only in Spanish and her Spanish is limited?""",
        [
            ("Esperanza Tzoc", "name"),
            ("Fruitvale", "place"),
            ("La Clínica de la Raza", "organisation"),
            ("A 208-114-937", "id_number"),
            ("March 3rd", "date"),
            ("(510) 555-0119", "phone"),
        ],
    ),
    (
        "t6b-044",
        """Reply: familismo and a 15-year-old's quinceañera

I'd frame the quinceañera conflict through familismo and respeto rather than as "enmeshment". Falicov's MECA framework is brilliant for this - migration, ecological context, family organisation, family life cycle - and Santiago-Rivera's "Counseling Latinos and la Familia" has good material on marianismo and machismo without caricaturing them.

A few things I'd try:
- A genogram that includes padrinos, madrinas and the comadres; those relationships are doing a lot of work.
- Ask Mom about her own quinceañera (or why she didn't have one). That often softens things.
- Use the phrases the family uses. "Ay, mija", "pórtate bien", "¿qué va a decir la gente?" - the last one is basically "log kya kahenge" in South Asian families.
- Structural moves (Minuchin) are fine, but go slowly with a father who is already feeling displaced since the move to the Central Valley.

Las Posadas and Nochebuena are coming up; both are good times to ask who's in and who's out in the family. If the teen's PHQ-A stays above 15, I'd want a psychiatric consult regardless of how the family feels.""",
        [],
    ),
    (
        "t6b-045",
        """Older adult referral - carer stress in a Gujarati Hindu family

Referral concerns Rohan, 41, main carer for his dadi, Kantaben Patel, aged 94, who has vascular dementia. They live above the family's sweet shop on Belgrave Road in Leicester. Rohan's parents both died in the last five years and he says "it's my duty, she raised me, I can't send her to a home - what would the community think?"

He's exhausted, drinking more (AUDIT 14), and has missed shifts at the Next head office, where he works in IT. Dadi wakes at 3 a.m. asking for her late husband and wanting to do her puja. She goes with him to Shree Sanatan Mandir on Sunday mornings, the one outing she still enjoys.

Her NHS number 401 023 2137 is on the memory clinic letter. Contact for Rohan: 0116 496 0934. Home visit booked for the 2nd of October.

Thinking about: Zarit burden interview, a carer's assessment, and a Gujarati-speaking carer support group. Has anyone worked with the cultural weight of seva for family carers, where respite is experienced as abandonment?""",
        [
            ("Rohan", "name"),
            ("Kantaben Patel", "name"),
            ("aged 94", "age"),
            ("Belgrave Road", "place"),
            ("Leicester", "place"),
            ("Next", "organisation"),
            ("Shree Sanatan Mandir", "organisation"),
            ("401 023 2137", "id_number"),
            ("0116 496 0934", "phone"),
            ("2nd of October", "date"),
        ],
    ),
    (
        "t6b-046",
        """Reply: prolonged grief in a Filipino-American family - rituals as resources

Worden's tasks and the PG-13-R are useful, but with Filipino Catholic families I'd lean hard on the rituals that already exist:

- Pasiyam: the nine days of novena prayers after a death. If the client missed it (hospital shifts, travel bans), that gap may be central.
- Babang luksa: the end of the mourning period at the first death anniversary, often with a big family meal. Some families stop wearing black then.
- Undas (All Saints' and All Souls'): visiting graves, staying overnight in some families. Very meaningful, very activating.
- Simbang Gabi before Christmas.

Values to hold: hiya (shame/propriety), amor propio, utang na loob, bahala na, and kapwa (shared identity). Nadal's Filipino American Psychology covers these well, and David's work on colonial mentality is worth a look for second-gen clients.

Kinship: Lola and Lolo, Tita and Tito, Ate and Kuya - the client may grieve a Tita as much as a parent. Ask who raised whom.

Diagnosis: prolonged grief disorder (F43.81 in ICD-10-CM) only after 12 months in adults per DSM-5-TR. Don't rush it.""",
        [],
    ),
    (
        "t6b-047",
        """quick q for the group - TSI young man, 20, cultural obligations vs work

hey all, not a full case just a vibe check. young Torres Strait Islander fella, moved down from the islands for an apprenticeship, now in Manoora 4870 with his uncle's family. PHQ-9 11, GAD-7 9, drinking a bit on weekends. he's missing a tombstone opening back home next month bc he can't get leave and feels terrible - says "Ailan Kastom is everything, my mob will think I've forgotten".

I've done some psychoed and a bit of ACT values work but I'm wondering if I should be advocating with his employer for cultural leave. anyone done that? also any TSI-specific resources (not just generic Aboriginal ones)? cheers""",
        [("Manoora 4870", "place")],
    ),
    (
        "t6b-048",
        """Reply to the TSI thread - some resources and thoughts

Good on you for asking for Torres Strait-specific stuff; it's often lumped in with Aboriginal resources and the cultures are quite different.

- Ailan Kastom (island custom) covers kinship obligations, customary adoption, ceremonies and food sharing. Respect for elders is central.
- Tombstone openings are huge: often a year or more after a death, with feasting and dancing; missing one can carry real shame.
- Coming of the Light is a major religious and cultural celebration every July; most families are Anglican or another Christian denomination.
- Language: Yumplatok (Torres Strait Creole) is widely spoken; some clients switch into it when emotional.
- Helen Milroy's writing on Indigenous child and adolescent mental health is excellent, and the SEWB framework still applies.

Measures: the K5 is shorter and was developed for Aboriginal and Torres Strait Islander use; some services use Strong Souls for youth.

Practical: 13YARN is available 24/7 for mob. And yes - advocating for cultural leave is in scope. Plenty of employers now have cultural leave provisions in their agreements.""",
        [],
    ),
    (
        "t6b-049",
        """Consult question: Tongan-American teen, LDS faith and a hard conversation

Working with a 17-year-old Tongan-American young man in Utah. The family are active members of the Church of Jesus Christ of Latter-day Saints; dad is in the bishopric. He's struggling with his sexuality and with whether to serve a mission.

Cultural pieces I'm learning about:
- Faka'apa'apa: respect, especially between brother and sister and toward the father's side. It shapes who he can talk to.
- The fahu (father's eldest sister) has authority at key life events; he's more scared of what she'll say than of his parents.
- 'Ofa (love) and fatongia (duty) - he talks about "'ofa for my family" as the reason he hasn't told anyone.
- Misinale (annual church giving) and the financial pressure on the family.
- Tongan vs American masculinity: rugby, football, being "a big Tongan boy".

Risk: C-SSRS shows passive ideation. The Trevor Project's line and 988 are on his safety plan.

Does anyone have experience with affirming approaches within LDS Pasifika families? I'm reading Yarhouse and the ACT literature on values conflicts, but I'd love practice-based wisdom.""",
        [],
    ),
    (
        "t6b-050",
        """Group programme write-up: Samoan youth, identity and tautua

Our school-based group for Samoan and other Pasifika Year 10s ran for eight weeks. Write-up for anyone planning something similar.

Frames: Fonofale for the overall structure; teu le vā as the group's guiding value (we opened every session by asking "how are we tending the vā today?"); and a bit of Just Therapy thinking (Tamasese, Waldegrave) about meaning and social context.

Themes the young people raised:
- Tautua - serving the aiga - felt like pride for some and a weight for others. One boy said "my dad says o le ala i le pule o le tautua, but I'm fifteen".
- Fa'aaloalo, and not talking back to elders, made "using your voice" in class complicated.
- Being "plastic" (NZ-born, not fluent in Samoan) vs "fob" - painful terms they used about each other.
- White Sunday was a highlight; several performed at Lotu Tamaiti.

Outcomes: SDQ total difficulties dropped on average; attendance was better in weeks with food. We referred two students on, both with family consent.

Happy to share the session plans. 1737 was on every handout.""",
        [],
    ),
    (
        "t6b-051",
        """Reply: arranged marriage, consent and a Pakistani-Canadian client

It's a good question, and I'd separate a few things that tend to get collapsed:

1. Arranged vs forced marriage. Many of my Pakistani-Canadian clients describe "assisted" or "semi-arranged" marriages they're happy with. The rishta process isn't itself the problem; pressure and lack of consent are.
2. Izzat and sharam explain why she can't say no directly. "Abbu will be hurt", "Ammi will cry" - those aren't small things.
3. If there's any risk of forced marriage abroad, that's a safeguarding question; know your provincial child welfare obligations if she's under 18, and keep a safety plan that includes documents.

Cultural texture: mehndi, nikah and walima are different events with different pressures; Chand Raat before Eid is a big social night. Her phupo or khala might be an ally - ask.

For her anxiety, GAD-7 16, I'd still do standard CBT, but let her lead on how much family to involve. Sertraline has been started by her family doctor in a commuter suburb in southern Ontario, and she's worried it will "show up" on her parents' insurance.

Good reading: Haque's work on Islamic psychology, and the Cultural Formulation Interview supplementary modules.""",
        [],
    ),
    (
        "t6b-052",
        """Practice tips: working with interpreters (and with family who want to interpret)

After our discussion yesterday about the Tagalog-speaking grandmother, I pulled together what I teach trainees:

- Use a professional interpreter, not family. Children especially should never interpret for a parent's trauma history.
- Brief the interpreter beforehand: purpose, sensitive topics, and that you want first-person interpretation ("I feel...", not "she says she feels...").
- Seat in a triangle; speak to the client, not the interpreter.
- Watch for idioms: "nervios", "tension hai", "khó chịu", "dil ghabrata hai", "hiya" - ask the interpreter for the cultural meaning, not just the words.
- Debrief afterward. Interpreters get vicarious trauma too.
- Bill 90785 (interactive complexity) where appropriate in the US; use T1013 for interpreter services only if your payer recognises it.

Reading: Tribe & Raval's "Working with Interpreters in Mental Health"; Pérez Foster on the bilingual self; Costa's guidance for the British Psychological Society. Language switching is also worth noticing: many bilingual clients find the second language creates distance from painful material.

Finally, assume nothing from a surname or accent. A client described as "Vietnamese" might be Chinese-Vietnamese, Cantonese-speaking and Catholic.""",
        [],
    ),
    (
        "t6b-053",
        """Consult - Noongar woman, 27, grief and family violence

Tahlia, 27, Noongar woman, living in Midland with her three koolangkas. Referred via Derbarl Yerrigan Health Service after a DV incident and a recent death in the family. Her Aunty Doreen is her rock and came along to session two. Tahlia says "I just want to be on boodja, out of this town, with my moort" - on Country, with family.

She's cautious about services because her mum was taken as a child, and she's worried about child protection involvement. I've been clear about the limits of confidentiality and she's still engaging.

Crisis plan includes her aunt's number, (08) 9555 0172, with consent. Last contact 19/01, when she was tearful but safe. PCL-5 43.

Questions:
- Anyone have experience with Noongar-specific healing programs or yarning circles I could connect her to?
- How do I hold DV safety planning when she doesn't want police involved because of past experiences?
- Sorry business is ongoing - how are others managing session frequency?""",
        [
            ("Tahlia", "name"),
            ("Midland", "place"),
            ("Derbarl Yerrigan Health Service", "organisation"),
            ("Doreen", "name"),
            ("(08) 9555 0172", "phone"),
            ("19/01", "date"),
        ],
    ),
    (
        "t6b-054",
        """Supervision reflection: cultural humility isn't a checklist

A trainee asked me this week how to "get good at" working cross-culturally. My answer, roughly:

Start with yourself. Hays' ADDRESSING framework is a decent map of your own positions. Then read Tervalon and Murray-García on cultural humility, and Hook et al. on measuring it. Kleinman's eight questions and the Cultural Formulation Interview give you structure; Sue's work on microaggressions will make you wince, usefully.

Then: don't assume from a label. In the last year my caseload has included a Korean-American pastor's wife, an Indo-Fijian bus driver, a Franco-Ontarian nurse, an Irish-Australian farmer, an Anglo-Indian retiree, a Cape Verdean-American teen, an Afro-Caribbean Welsh speaker, a Somali-Canadian engineer and a Māori-Samoan student. Every hyphen hides a different story of migration, colonisation, language loss or language keeping.

Practical habits:
- Ask what language they dream in, swear in, pray in.
- Learn the kinship terms and festivals that matter to each client - Diwali, Tết, Eid, Matariki, Hanukkah, Chuseok, Vaisakhi - but let them tell you what those days mean to them.
- Notice when you're relieved a client is "easy" to understand. That's usually your bias talking.

Falicov, McGoldrick, Kirmayer and Comas-Díaz are the names I return to.""",
        [],
    ),
    (
        "t6b-055",
        """Consult request - second-gen Chinese-Scottish woman, 31, eating disorder + family business

Winnie Cheung, 31, works front-of-house at her parents' takeaway, Jade Garden, in Garnethill. Cantonese at home, English and Scots everywhere else - she jokes she's "more Scottish than the Scots". Restrictive eating since her teens; BMI 16.8, EDE-Q global 4.2. She's never been treated.

Family: her dad, known to everyone as Ah Keung, had a heart attack and she's been running the shop since. Her mum says "sik jo faan mei a?" (have you eaten?) as a greeting and watches every plate. Winnie says food is "the only way my mum says she loves me and the only thing I can say no to".

Chinese New Year 2024 was a crisis point - she fainted in the kitchen during the banquet rush.

Referral needs her CHI, 0207931846. Mobile 07700 900157.

Questions for the group:
- CBT-E or MANTRA with a client whose family relationships are organised around food and the business?
- How have others handled the "face" piece when the family won't accept a diagnosis?""",
        [
            ("Winnie Cheung", "name"),
            ("Winnie", "name"),
            ("Jade Garden", "organisation"),
            ("Garnethill", "place"),
            ("Ah Keung", "name"),
            ("Chinese New Year 2024", "date"),
            ("0207931846", "id_number"),
            ("07700 900157", "phone"),
        ],
    ),
    (
        "t6b-056",
        """Reply: residential school legacy, 'kokum' and the Seven Grandfather Teachings

Miigwech for sharing this case. Some thoughts from working with Anishinaabe and Cree clients in northern Ontario:

- Nokomis / Kokum (grandmother) is often the person who holds the family together; her approval of therapy can make or break engagement.
- The Seven Grandfather Teachings (wisdom, love, respect, bravery, honesty, humility, truth) map well onto DBT and ACT values work, as long as an Elder or Knowledge Keeper is involved in how they're taught.
- Smudging, sweats and ceremony may be part of his healing; some clients are Christian and reject those practices because of what the churches taught their parents. Ask.
- Intergenerational trauma from residential schools and the Sixties Scoop is real and documented (the Truth and Reconciliation Commission's report is required reading). So is resilience.
- If he's going through the courts, a Gladue report may be relevant.
- Screening: PHQ-9 and PCL-5 are fine, but the Native Wellness Assessment captures what they miss.

Crisis: the Hope for Wellness Help Line (1-855-242-3310) offers support in Cree, Ojibwe and Inuktitut as well as English and French. National Day for Truth and Reconciliation and Orange Shirt Day may be activating; plan ahead.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "train6b"}
        for i, t, items in DOCS
    ]
