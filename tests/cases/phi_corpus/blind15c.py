"""Blind batch b15c, written by a helper session without sight of the guard. Forty documents of
supervision, reflective-practice and group-work writing by counsellors, psychotherapists, social
workers and psychologists in the UK, Ireland, Australia, Aotearoa New Zealand and South Africa,
working with Māori, Pasifika (Samoan, Tongan, Cook Islands), Aboriginal and Torres Strait
Islander, Irish Traveller, Roma, African (Xhosa, Zulu, Sotho, Yoruba, Igbo, Shona, Eritrean,
South Sudanese), South Asian (Sikh, Tamil, Hindu, Pakistani Muslim), Cape Muslim, Eastern
European and refugee clients. Genres: Gibbs/Kolb reflective logs, seven-eyed-model supervision
prep, group process notes, SOAP/DAP/BIRP notes, consultation questions, forum replies and closing
takeaways. Identifier documents carry names, nicknames and teknonyms (Abu Khaled, Mai Tino,
MaDlamini), towns, suburbs, townships, streets and postcodes, employers, schools, churches,
mosques, temples, sports clubs and care homes, dates (including holidays with a year), ages over
89, phones, emails, a URL, social handles and ID numbers (NHI, CHI, PPSN, SA ID, Medicare, NDIS,
ACC claim, ImmiCard, IPO and Home Office references, student numbers). Clean documents are dense
with look-alikes: te reo Māori, Samoan, Tongan, isiXhosa, isiZulu, Sesotho, Romani, Cant, Shona,
Polish, Serbian and Arabic terms; faith practices and festivals without years (Wigilia, slava,
Ramadan, Eid, Diwali, Vaisakhi, Thaipusam, Nowruz, Muharram, NAIDOC Week, Youth Day); legislation
(Children Act 1989, Children First Act 2015, Oranga Tamariki Act s 7AA, Children's Act 38 of 2005,
Mental Health Care Act 17 of 2002, Mental Capacity Act 2005); national services and hotlines
(Tusla, HSE, Pieta, Samaritans 116 123, 13YARN, Lifeline, 1737, SADAG, Breathing Space, Better
Access, ACC, Centrelink, TIS National); theorists and models (Hawkins and Shohet, Proctor,
Kadushin, Gibbs, Kolb, Foulkes, Bion, Yalom, Durie, Meihana, Fonofale, Fa'afaletui, Worden,
Klass); instruments and scores; regions and provinces; ages under 90.

First-sight figures, with the guard at 9bda23e: span recall 0.955, precision 0.825, identifier
documents fully caught 0.750, clean documents flagged 0.600 (the guard at 5d372b1, where this
session started: 0.955, 0.762, 0.750, 0.800).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b15c-001",
        """## Supervision reflection: the tangi and our DNA letter

Bringing this to group sup because I'm still chewing on it. Rangatahi, 17, Māori, referred by the guidance counsellor at Northland College after a run of absences. Hemi has been seeing me fortnightly since March; NHI ZKL4821 if anyone on the team needs to pull the file.

**What happened**
His koro died on 14 July. Hemi missed three sessions while the whānau were at the marae out past Kaikohe: three nights for the tangi, then he stayed on to help his Aunty Ripeka with the hākari and the clean-up. Meanwhile our system auto-sent two 'Did Not Attend' texts and a letter saying he'd be discharged after a third. He showed me the letter on his phone. Not angry, just flat: 'Miss, it was a tangi.'

**Feelings**
Mortified, and then, honestly, defensive, because the policy isn't mine. Sitting with that in sup helped me see the defensiveness as part of a parallel process: the service 'did not attend' to him, and I wanted to not attend to my part in it.

**Evaluation**
Te Whare Tapa Whā is on every poster in our building and we still ran a Pākehā clock over a week that was about taha wairua and taha whānau. Durie isn't decoration.

**Action plan**
- Raise a DNA exemption for tangihanga at the next clinical governance hui.
- Ask our kaumātua whether a karakia to reopen the mahi would be welcome, rather than assuming.
- Offer Hemi the choice of bringing someone from his whānau next session.

Kia ora for the space, e hoa mā.""",
        [
            ("Northland College", "organisation"),
            ("Hemi", "name"),
            ("ZKL4821", "id_number"),
            ("14 July", "date"),
            ("Kaikohe", "place"),
            ("Ripeka", "name"),
        ],
    ),
    (
        "b15c-002",
        """**Group notes – Women's yarning circle, week 6 of 10**

Facilitators: me (non-Indigenous counsellor) and our Aboriginal Health Worker co-facilitator. Nine women attended, two apologies (one away for Sorry Business, one minding grandkids).

**Process:** Opened with an Acknowledgement of Country and a cuppa. My co-facilitator led a short dadirri practice, deep listening, drawing on Miriam-Rose Ungunmerr-Baumann's writing, before we moved into the yarn. Theme this week was 'strong mothers, strong mob'. Several women spoke about the Stolen Generations in their own families; one Aunty talked about her mother being taken to a mission as a girl and never speaking her language again. Younger women linked this to their fear of child protection now. A lot of nodding; the silences were held well.

**Dynamics:** Tuckman would probably call this storming. One participant challenged me directly about whether 'a whitefella service' could be trusted with their stories. I named it, thanked her, and handed the response to my co-facilitator as we'd agreed in planning. She spoke about cultural authority in the group sitting with the women, not with me.

**Measures:** K10 repeated for those who consented (6). Range 18–31, mean down from 27 at baseline. Two women scored over 30; both already linked with the GP at the ACCHO.

**Risk:** No current suicidal ideation disclosed. Reminded the group about 13YARN (13 92 76) and Lifeline 13 11 14.

**Reflection for supervision:** I notice I want to 'fix' the silence. Judy Atkinson's work on trauma trails keeps reminding me that healing here is collective and happens in its own time. Next week: weaving on Country if the weather holds.""",
        [],
    ),
    (
        "b15c-003",
        """Consultation: Traveller family, engagement fell apart after visit two

Tusla SW, about four years in child protection, first time as allocated worker for a Traveller family. Would value thoughts from anyone with more experience.

**Family:** Mam is Bridget ('Bridgie' to everyone on the site), 34, with five children, living in a bay on the halting site off the Dublin Road, Ballinasloe. Dad went to England around Women's Christmas 2024 and hasn't been in contact since. Referral came from the principal at Scoil Bhríde after the eldest, Martin (11), told his teacher he was 'minding the small ones' most nights.

**What happened:** First visit was grand. Bridgie made tea, showed me the communion photos, talked about her mother's wake and how the site had 'kept her going'. Second visit I arrived with a colleague in a Tusla car because of lone-working rules. She barely came to the door. Her sister told me later, kindly enough, that two buffers in a car twice in one week gets talked about: people assume the children are being taken. I hadn't thought about how visible we are on a site where every trailer faces every other one.

**What I've been reading:** Pavee Point's material on Traveller mental health, the All Ireland Traveller Health Study, and the State's recognition of Traveller ethnicity in 2017. Also revisited the Children First guidance on thresholds. I think this sits as a welfare concern suited to Meitheal rather than a child protection notification, but I'd like a second opinion.

**Questions:**
1. Worth asking Bridgie whether she'd prefer to meet off the site, e.g. at the family resource centre?
2. Would a Traveller primary healthcare worker be an appropriate co-worker for visits, or does that put them in an awkward spot within their own community?
3. How do others handle phones? Her mobile is 087 412 9930 but she's said herself that phones get swapped and lost.

Go raibh maith agaibh.""",
        [
            ("Bridget", "name"),
            ("Bridgie", "name"),
            ("Dublin Road", "place"),
            ("Ballinasloe", "place"),
            ("Women's Christmas 2024", "date"),
            ("Scoil Bhríde", "organisation"),
            ("Martin", "name"),
            ("087 412 9930", "phone"),
        ],
    ),
    (
        "b15c-004",
        """Reflective log (Gibbs) – home visit, Slovak Roma family

**Description**
Third visit to a Slovak Roma family: two parents, four children aged 3 to 13, privately rented terrace in a northern mill town. Open under s.17 Children Act 1989 following school concerns about attendance (eldest at 71%) and a younger child's untreated dental decay. For the first two visits we had a Slovak interpreter through the agency. This time I'd asked for a Romani speaker. Dad visibly relaxed when the interpreter greeted him in Romanes; he laughed and told her I was 'a nice gadji, for a social'.

**Feelings**
Relief, then something closer to shame. We had spent two visits talking to this family in the language of the state that segregated them. Mum described her eldest being placed in a 'special school' in Slovakia after a ten-minute test, a practice that's well documented across central Europe.

**Evaluation**
Good: the family engaged more in one hour than in the previous two visits combined. Less good: I still led with the attendance figures, because that's what the strategy meeting will ask about.

**Analysis**
Thinking with Dominelli's anti-oppressive practice and what I know of the Porajmos, the word 'social' carries a whole history for this family. Dad said, through the interpreter, that back home the 'sociálka' took his cousin's children. Our threshold document doesn't have a box for inherited fear.

**Conclusion**
The attendance issue is partly winter illness and partly an older sister kept home to interpret at GP and Jobcentre appointments: a young carer issue we haven't assessed.

**Action plan**
- Romani interpreter as standard; record the dialect on the file.
- Young carer's needs assessment for the eldest under the Children and Families Act 2014.
- Early Help Assessment, with the TAF meeting held at school rather than the council offices.
- Bring to supervision: how I hold the statutory function without becoming the 'sociálka' he describes.""",
        [],
    ),
    (
        "b15c-005",
        """**Consultation request: young man after ulwaluko, and a gender question I can't solve alone**

Clinical psychologist, private practice in the Western Cape, some sliding-scale slots. I'd value input, especially from isiXhosa-speaking colleagues.

**Client:** Lwazi, 19, first-year engineering student at CPUT, referred by Dr Fatima Adams at campus health. Grew up in Khayelitsha, lives with his mother and younger sisters; his uncle, Tata Mzwandile, has been the main male figure.

**Presentation:** Went to the mountain during the winter season and came back a man; his umgidi was held on 16 December 2023. Since then: nightmares, hypervigilance, poor concentration, stopped attending lectures in the second term. PHQ-9 19, GAD-7 14, PCL-5 not completed because he wouldn't endorse an index event. Passive SI, no plan, protective factors strong (sisters, faith, his uncle).

**The bind:** He is very clear that what happens at initiation cannot be spoken about with a woman, or with anyone outside. I am a woman and I'm not Xhosa. He's said 'something went wrong with another boy' at the initiation school, and he carries it. I don't know whether that's a death, an injury, or something he witnessed, and I'm not sure I'm entitled to know.

**Questions:**
1. Would referral to a male isiXhosa-speaking colleague help, or would he experience it as being handed off?
2. Has anyone collaborated with an ingcibi or an ikhankatha in a way that respected confidentiality on both sides?
3. Thoughts on working with the symptoms (sleep, arousal) without needing the narrative, e.g. stabilisation now and NET-type work later if he chooses?

For the campus referral form I need his student no. 218004417; noting it here only so someone on the campus team can find him, will edit it out after.

Enkosi.""",
        [
            ("Lwazi", "name"),
            ("CPUT", "organisation"),
            ("Fatima Adams", "name"),
            ("Khayelitsha", "place"),
            ("Mzwandile", "name"),
            ("16 December 2023", "date"),
            ("218004417", "id_number"),
        ],
    ),
    (
        "b15c-006",
        """Group session notes – Pasifika young men's group, session 4 of 8

Co-facilitated with a Samoan youth worker from our team. Seven attended (mostly Samoan, two Tongan, one Niuean), one apology.

**Opening:** Lotu led by one of the boys, then a short talanoa check-in. We used the Fonofale model (Pulotu-Endemann) and drew the fale on butcher's paper together: the floor as aiga, the roof as culture, the four pou as spiritual, physical, mental and 'other' (sexuality, gender, age). The boys argued about which pou was weakest in their lives right now. Great energy.

**Themes:**
- Fa'alavelave: two boys are picking up extra shifts to contribute to a family funeral and a matai title bestowal. One said, 'You don't say no, that's not fa'asamoa.' The Tongan boys connected this to fatongia (obligation) and to the fahu's role at funerals.
- Church: most attend lotu twice on Sundays plus youth on Fridays. White Sunday is coming up in October and there's pressure about the items they'll perform.
- Vā: the group came up with 'tauhi vā' (Tongan) and 'teu le vā' (Samoan) as their own rule: look after the space between us. We wrote it on the wall.

**Risk:** One young person disclosed drinking heavily at a cousin's 21st and a fight afterwards. Followed up individually after group; HEEADSSS to be completed next week. No current self-harm disclosed. Reminded everyone about 1737 and Youthline.

**Measures:** ORS/SRS completed by all; SRS all above 36, ORS mean 27.

**Facilitator reflection:** I'm palagi and I noticed how much I wanted to 'manage' the laughter when they were teasing each other. My co-facilitator reminded me afterwards that the teasing is a form of care, and that my job was to protect the vā, not the noise level. Bringing to supervision.""",
        [],
    ),
    (
        "b15c-007",
        """**SOAP – session 7, trauma-focused work with interpreter**

**S:** 26-year-old Eritrean woman, Tigrinya-speaking, granted refugee status in April. Attended with the usual female interpreter. Selam reports sleep 'a little better', now 4–5 hours, nightmares three nights a week (down from nightly). Main preoccupation is her younger brother Yonas, who she believes is still held in a detention centre in Libya; two WhatsApp voice notes from him in six weeks. Also worried about her mother in Asmara, whom she can't contact safely. Moved last month from the contingency hotel in Wakefield to a shared house on Harehills Lane and says she feels 'less watched'. Keeping Tsome Nebiyat (the Advent fast); finds the Orthodox Tewahedo liturgy grounding and has been making buna with the other women in the house.

**O:** Neatly presented, good eye contact with interpreter, less with me. Tearful when discussing Yonas. PCL-5 48 (intake 61). PHQ-9 16. No evidence of psychotic features. Denied SI; protective factors faith, brother, new housemates.

**A:** PTSD (F43.1) with ongoing real-world threat via her brother's situation, which limits how far trauma processing can go for now. Phase one (Herman) work remains appropriate. Her mother is an ambiguous loss (Boss) rather than a bereavement.

**P:** Continue stabilisation; NET lifeline planned for session 9 if she consents. Letter to GP (Dr Ahmed Siddiqui) re sleep, with her agreement. She asked that appointment letters go to selam.t.habte@gmail.com rather than the house, as post goes missing; preferences updated on the system. Home Office ref K2210478 needed for the housing support letter, passed to admin.

Next session Thursday, same time, same interpreter.""",
        [
            ("Selam", "name"),
            ("Yonas", "name"),
            ("Asmara", "place"),
            ("Wakefield", "place"),
            ("Harehills Lane", "place"),
            ("Ahmed Siddiqui", "name"),
            ("selam.t.habte@gmail.com", "email"),
            ("K2210478", "id_number"),
        ],
    ),
    (
        "b15c-008",
        """My own supervision notes, for the IACP portfolio

**Client context:** Polish woman, late thirties, ten years in Ireland, works in meat processing in the Midlands. Seeing her weekly through a low-cost counselling service, session 14.

**What I brought:** She spent most of last session talking about Wigilia, her first Christmas Eve in a decade without going home, because her mother died in the spring. She described the empty place at the table for the unexpected guest, breaking the opłatek, the twelve dishes. Then she said: 'This year I am the unexpected guest everywhere.' I had to work hard not to cry with her, and I'm not sure I managed it.

**Supervisor's reflections (Hawkins & Shohet):**
- Mode 4, my own material: my grandmother emigrated and never came back for a Christmas either. I was hearing my family's story inside hers.
- Mode 6, what I felt in the room: a kind of paralysis, which may be hers, the freeze she describes at work when a line manager shouts.
- Mode 7, the wider context: meat plants, long shifts, precarity, few Polish-language services outside the cities.

**A safeguarding thread:** She mentioned in passing that her partner 'sometimes smacks' her son. As a mandated person under the Children First Act 2015 I talked it through with my supervisor. I'll explore it directly next session, and if there are reasonable grounds for concern I'll report through the Tusla portal and tell her I'm doing so if it's safe.

**For her:** Wszystkich Świętych (All Saints') is coming; she'll want to light a candle for her mother though she can't visit the grave. I'll ask whether she'd like to bring a znicz into session.

**Resources given:** the HSE's yourmentalhealth.ie, Pieta (1800 247 247), Samaritans 116 123.

**Learning:** grief and migration layered on each other. Read more on cultural bereavement (Eisenbruch).""",
        [],
    ),
    (
        "b15c-009",
        """Jumping in on the school refusal thread because it's basically my week.

Year 9 boy, South Sudanese (Dinka), family arrived on a humanitarian visa when he was four. Garang, 'G-Man' to his mates, hasn't been at Hallam Senior Secondary College more than two days a week since Term 2. Mum is raising five kids on her own in Doveton; dad's in Juba and sends money when he can.

What's made a difference, slowly:
- I stopped ringing mum during the day. She works early shifts and was getting calls from the school, from me, and from the NDIS coordinator for his little brother (NDIS no. 431 276 905, in case anyone from the LAC team on here knows the family). She told our MSO she felt 'hunted'.
- The MSO is Dinka-speaking and explained that mum read the attendance letters as a threat from 'the government', who might take the children. A lot of South Sudanese families have had bruising experiences with child protection here.
- Church matters. The family go to an Episcopal congregation and the youth pastor is the one adult G-Man will text back.
- He's angry about being stopped by police with a group of mates. The 'African gangs' media stuff from a few years back landed on these boys hard.

He posts drill clips on Insta (@gman_3175) and honestly some of the lyrics are a safeguarding question (mentions of carrying). I've raised it with our wellbeing leader.

Next big thing: mum has a Family Court date on 3 March about parenting arrangements for the younger kids and she wants me to write something. I'm wary: not my role, and I don't want to burn the relationship.

Anyone had to navigate that? At least Kids Helpline (1800 55 1800) is saved in his phone.""",
        [
            ("Garang", "name"),
            ("G-Man", "name"),
            ("Hallam Senior Secondary College", "organisation"),
            ("Doveton", "place"),
            ("Juba", "place"),
            ("431 276 905", "id_number"),
            ("@gman_3175", "handle"),
            ("3 March", "date"),
        ],
    ),
    (
        "b15c-010",
        """**Process notes – bereavement group, community health centre, Free State**
Session 5 of 8. Eight members (six women, two men), mostly Sesotho-speaking, two isiZulu. We run it in Sesotho and English, with a community health worker co-facilitating and translating where I fall short.

**Content:** The group moved quickly to tombstone unveilings. Two members are saving for unveilings a year after the funeral and feel they've failed their loved ones because they can't afford the cow. A widow spoke about the year of wearing mourning clothes and the rules about where she may go and whom she may greet (ukuzila, as the isiZulu-speaking member named it). She said the restrictions felt both protective and 'like a second death'.

One of the men spoke about dreaming of his late father, who asked the family to perform the umsebenzi to bring him home. He was reassured when others said this was a good sign, that the badimo were still close.

**Process:** The group did the therapeutic work themselves. When I offered Worden's tasks of mourning on the flipchart it fell flat; when a member said 'our dead are not gone, they are just on the other side of the fence,' the whole room leaned in. Continuing bonds (Klass, Silverman & Nickman) fits this group far better than any 'letting go' frame.

**Practical:** One member's son was admitted for a 72-hour assessment under the Mental Health Care Act 17 of 2002 last week; we spent time explaining what that means and her right to be informed. SASSA queries referred to the social worker. SADAG's line (0800 567 567) shared again.

**Facilitator reflection:** As an Afrikaans-speaking white woman leading a grief group in a township clinic, I'm aware of how much authority I carry that I haven't earned. I want to hand more of the structure to the group; perhaps a member opens with a prayer or a hymn next week if they choose.""",
        [],
    ),
    (
        "b15c-011",
        """**DAP – couples session 9 (Punjabi Sikh couple, no interpreter needed)**

**D:** Harpreet and Jaswinder attended together for the first time since session 6. Jaswinder ('Jas', as she calls him when she's softening) opened by saying he'd only come because his bibi, who is 94 and lives with them, told him to. Both described the last month as better: fewer rows, Jas back doing sewa at the gurdwara on Soho Road on Sunday mornings, Harpreet has cut her hours at JLR's Castle Bromwich plant so she's less exhausted. Main conflict remains his mother's role in the house and Harpreet's sense that izzat matters more than she does. She described Vaisakhi at the in-laws as 'me in the kitchen for nine hours while everyone else is at the langar'. He laughed, then apologised. Their anand karaj anniversary is the 22nd of April and she asked whether they could do 'something just us'; he agreed.

**A:** Repair attempts (Gottman) landing more often; softened start-up from Harpreet. The intergenerational hierarchy is not something to pathologise, since joint family living is valued by both, but the lack of any boundary around the couple is maintaining the cycle. Aware of my position as a white British therapist, I checked explicitly whether 'boundaries' fits for them. Jas: 'Boundaries is a gora word, but yes.'

**P:**
- Session 10 in a fortnight.
- Homework: one 20-minute 'state of the union' conversation per week, in whichever language they prefer.
- Consider inviting his mother to one session, only if both want it; consult supervisor first.
- CORE-10 for both partners next session.""",
        [
            ("Harpreet", "name"),
            ("Jaswinder", "name"),
            ("Jas", "name"),
            ("94", "age"),
            ("Soho Road", "place"),
            ("JLR", "organisation"),
            ("Castle Bromwich", "place"),
            ("22nd of April", "date"),
        ],
    ),
    (
        "b15c-012",
        """Supervision prep for Thursday

Hazara man, forties, arrived by boat in 2012, years on a bridging visa and a SHEV, now permanent. Dari; phone interpreter because he doesn't want the community knowing. Better Access, session 9 of 10.

He's Shia and spoke about Muharram and Ashura, saying this year he 'cried for Hussain and for myself at the same time'. Nowruz is the only day he lets himself remember his mother's cooking. RHS-15 still clinical.

Seven-eyed model questions:
- Eye 3: am I drifting into psychoeducation for my sake?
- Eye 5: I talk faster when presenting him. Parallel process with his visa years?
- Eye 7: session caps versus a man who needs years.

Self-care: dreaming about boats. ProQOL STS moderate.""",
        [],
    ),
    (
        "b15c-013",
        """**Case presentation – closed peer group, sensitive claim, Tongan client**

Presenting with consent; I've kept the detail lean.

**Background:** Mele, 32, Tongan-born, came to Aotearoa at 12. Lives with her parents and two children in Ōtāhuhu; works on the production line at Fisher & Paykel Healthcare. Her ex-partner, Sione, assaulted her on New Year's Eve 2021 and there's a protection order in place. ACC claim no. 11059347722, approved for 16 sessions, now on session 11.

**Cultural context:** The family are active in a Wesleyan congregation; her father is a steward. Misinale (the annual church giving) put the family under real financial strain this year. Mele talks a lot about faka'apa'apa, the respect and avoidance between her and her brothers, which means she can't tell them what happened. Her father's sister is the family's fahu and has been an unexpected ally. Mele describes our relationship in terms of vā: at the end of each session she checks whether she's 'been too much'.

**Current issue:** Sione keeps creating new Facebook accounts to message her; the latest is sione.tonga.king. Police informed. She's also been shamed in a church group chat. Sleep and shame have gone backwards.

**Where I want input:**
1. With 5 sessions left, do I request more now (ISSC supplementary assessment) or finish this block and consolidate?
2. How do others work with shame that is both personal and collective, without pushing her to disclose to family before she's ready?
3. Anyone linked in with Tongan church-based women's groups who do this work well?

Mālō.""",
        [
            ("Mele", "name"),
            ("Ōtāhuhu", "place"),
            ("Fisher & Paykel Healthcare", "organisation"),
            ("Sione", "name"),
            ("New Year's Eve 2021", "date"),
            ("11059347722", "id_number"),
            ("sione.tonga.king", "handle"),
        ],
    ),
    (
        "b15c-014",
        """Reflections for my group-analytic training log: slow-open group, NHS secondary care

Year two of conducting a weekly group. Eight members, mixed diagnoses, mostly long histories of relational trauma; three Muslim members, one Hindu, two who describe themselves as lapsed Catholics, two of no faith.

**Ramadan.** This year Ramadan fell across four of our sessions. One member arrived fasting and said she found it easier to talk 'when my body is quiet'. Another member, not Muslim, asked whether we could move the group later so people could break their fast at home; that sparked a fierce exchange about whose needs the group is organised around. I think Foulkes would say the matrix was speaking: the group working out its own culture rather than receiving mine.

**Eid and Diwali as absences.** Looking back over the year, absences cluster around Eid, Diwali and Christmas. I'd read these through an attachment lens (Bowlby, separation protest), but in supervision we wondered whether the group is also showing me where 'home' lives for each member, and that for some it isn't here.

**Basic assumptions.** Bion's dependency group was very present in the autumn: members turning to me for answers, silences that felt like waiting for the parent. When a member said 'you're the doctor, you tell us', I noticed I wanted to. Mostly I didn't.

**Yalom's factors.** Universality showed up most strongly across faith lines: two members from very different traditions discovering they'd both been told their depression was a lack of faith.

**Measures.** CORE-10 mean down from 24 at entry to 17. Two members reliably improved; one deteriorated and has also been offered individual work through the CMHT.

**For supervision.** My pull to explain religious practice to the group when it isn't mine to explain.""",
        [],
    ),
    (
        "b15c-015",
        """Follow-up on what I brought to peer supervision in September (Roma family).

Quick recap: Romanian Roma family in Tallaght, mam Florica and her three kids, the middle one Ionuț (13) referred to me for anger at school. He's at St Mark's Community School and has had two suspensions.

Update: the District Court hearing on the family's rent arrears is on the 9th of October and Florica is convinced the children will be taken if they lose the house. Ionuț has picked up on all of it. In session he shuts down whenever we go near home; he'll talk about football, TikTok, manele, anything else.

What's shifted since peer sup:
- Your idea of asking him to teach me some Romanes worked far better than I expected. He taught me 'gadžo' (which he says I am) and 'baxt' (luck). First time he's smiled in weeks.
- The family are Pentecostal and church is their main support. Florica asked me to pray with her at the end of a family session. I said I couldn't lead a prayer but she was welcome to, and I'd sit with her. She did, in Romani, and called me 'phen' (sister) afterwards. Took this to my own supervisor too. I'm comfortable with how it went, but I'd like to know how others would have handled it.
- I rang the school with her consent; the year head hadn't realised there's a housing crisis behind the behaviour.

Practical: for the MABS referral I needed her PPSN (8127364WA). It's on file, I'm not repeating it in emails. Also pointed her to the Roma programme at Pavee Point and to Threshold for housing advice.

Still stuck on: how to keep the work about Ionuț when the whole family system is on fire.""",
        [
            ("Tallaght", "place"),
            ("Florica", "name"),
            ("Ionuț", "name"),
            ("St Mark's Community School", "organisation"),
            ("9th of October", "date"),
            ("8127364WA", "id_number"),
        ],
    ),
    (
        "b15c-016",
        """Kia ora e hoa, thanks for posting this. It's such a common dilemma and you've been really honest about your own uncertainty.

A few thoughts from twenty-odd years across kaupapa Māori and mainstream services:

1. **Hearing tūpuna isn't automatically psychosis.** For a lot of whānau, a koroua or kuia hearing or seeing tūpuna, especially around a tangi or when something's amiss, is part of ordinary experience. The question is less 'is this a hallucination?' and more 'is this causing distress, and what does the whānau make of it?' Section 5 of the Mental Health (Compulsory Assessment and Treatment) Act 1992 requires proper recognition of cultural identity, so use that when you talk to the psychiatrist.

2. **Mate Māori.** If the whānau frame this as mate Māori (an illness with a spiritual cause, often tied to a breach of tapu), they'll probably want a tohunga or a rongoā practitioner involved. That doesn't stop you doing your job. It does mean asking 'who does the whānau want alongside us?' and making room for karakia before the hui.

3. **Models.** The Meihana model (Pitama and colleagues) is a practical scaffold for assessment: it adds whānau, taiao, and Māori beliefs and experiences to the usual biopsychosocial. Durie's Te Whare Tapa Whā is fine, but I find Meihana more useful for formulation.

4. **Your own position.** You said you felt whakamā about not knowing. Good instinct. Tika, pono, aroha. Ask your service's kaumātua or pou tikanga for a kōrero before you next see the whānau, not after.

5. **Risk.** None of this replaces a proper risk assessment. If things escalate there's the crisis team, and 1737 for the whānau in between.

Kia kaha. Sounds like you're doing right by them.""",
        [],
    ),
    (
        "b15c-017",
        """**Consultation: Cape Muslim family, grief, and a doekum**

Counselling psychologist, private practice, Western Cape.

**Client:** Ridwaan, 47, lives in Mitchells Plain with his wife Shireen and their three children. Grew up in the Bo-Kaap and still goes back every Friday for Jumu'ah at the Nurul Islam Mosque, where his late father used to give the adhan. His father died in March.

**Presentation:** Complicated grief, anger, insomnia, smoking more. He broke his fast alone most nights of Ramadan and avoided the family's boeka gatherings. Labarang was 'the worst day of my life after the janazah'. Shireen has taken him to a doekum, who said there is 'something put on' the family out of jealousy and advised ritual bathing and recitation. He is half-persuaded, half-embarrassed.

**My dilemma:** I don't want to set myself up against the doekum or the imam; the family's meaning system matters more than mine. But Ridwaan asked me straight out, 'Do you think it's sihr, or is it just me?' I didn't answer well. I said something about grief being powerful, and he looked disappointed.

**Questions:**
1. Has anyone worked alongside ruqyah practitioners or Cape doekums in a way that felt collaborative rather than parallel?
2. How do you answer a direct 'do you believe?' question without either overclaiming or dismissing?
3. Worden or continuing bonds here? The moulood for his father next month may be a natural point to work with the relationship rather than the loss.

**Admin note** to the colleague who offered a Sunday slot for the couple: Shireen asked that you contact her directly on 082 555 4170 or at ridwaan.salie@telkomsa.net (shared family email).""",
        [
            ("Ridwaan", "name"),
            ("Mitchells Plain", "place"),
            ("Shireen", "name"),
            ("Bo-Kaap", "place"),
            ("Nurul Islam Mosque", "organisation"),
            ("082 555 4170", "phone"),
            ("ridwaan.salie@telkomsa.net", "email"),
        ],
    ),
    (
        "b15c-018",
        """**Case summary for team supervision: Serbian elder, aged care pathway**

Client: woman, 87, Serbian Orthodox, came to Australia in the late 1960s, widowed. Lives alone in a public housing unit in a regional city. Referred by her GP after a fall and increasing confusion; MoCA 19/30, ACE-III pending. Speaks Serbian with family and less and less English, a common pattern as dementia progresses and the later-learned language goes first.

**What matters to her:** Her family's slava, the patron saint's feast, is the centre of her year: the slavski kolač, the koljivo, the candle, the priest coming to bless the house. She's terrified she won't manage to prepare it this year. She also talks about Orthodox Christmas in January and Vaskrs, dyeing red eggs with the grandchildren.

**Family:** Two adult children, one interstate. Son holds enduring power of attorney. Some tension: daughter wants residential care, son wants her kept at home with more support. Daughter raised guardianship; I've explained the tribunal process and that we're nowhere near that.

**Plan:**
- Aged care assessment via My Aged Care, requesting a Serbian interpreter through TIS National.
- Explore an ethno-specific Home Care Package provider.
- Ask whether she'd like the Orthodox parish priest or the church women's group to visit.
- Person-centred plan (Kitwood) that includes slava preparations as a goal, not an afterthought.

**For supervision:** I'm being pulled into the siblings' conflict. I need a systemic lens, and probably a family meeting with a clear agenda.""",
        [],
    ),
    (
        "b15c-019",
        """## Case presentation: postnatal depression, faith and family

*Presenting with consent for internal peer consultation.*

**Client:** Folake, 36, British-Nigerian (Yoruba), DOB 02/11/1988, first baby born in the summer. Lives in Peckham (SE15 5DQ) with her husband. Referred by the health visitor after an EPDS of 19.

**Context:** Her mother flew in from Lagos for the traditional postpartum stay and left after six weeks; Folake says the house 'went silent'. Her grandmother, aged 91, is unwell back home and Folake feels she should be there. The family held the naming ceremony on the eighth day with half the church present, and she describes smiling through it while feeling nothing for the baby.

**Faith:** She and her husband belong to RCCG House of Praise, where he sings in the choir. Pastor Adeyemi has been visiting; he's told her the depression is a spiritual attack and that she should fast and attend the deliverance service. She's torn: she believes in spiritual warfare, and she also wants medication. She's also worried about àbíkú beliefs because of a previous miscarriage, though she says she 'knows it's old-fashioned'.

**Formulation (tentative):** Perinatal depression with ego-dystonic intrusive harm thoughts (no intent, protective behaviours), unresolved grief from the miscarriage, loss of her mother's presence, and a faith community that is both her strongest support and a source of pressure.

**Risk:** PHQ-9 item 9 scored 1, passive. Perinatal mental health team referral made; GP aware.

**Questions for the group:**
1. How do I work alongside the pastor without undermining her faith or colluding with stopping treatment?
2. Would a joint session with him be helpful, or would it shift the power in the room?""",
        [
            ("Folake", "name"),
            ("02/11/1988", "date"),
            ("Peckham", "place"),
            ("SE15 5DQ", "place"),
            ("Lagos", "place"),
            ("91", "age"),
            ("RCCG House of Praise", "organisation"),
            ("Adeyemi", "name"),
        ],
    ),
    (
        "b15c-020",
        """Group notes – Traveller men's health group, week 4

Run jointly with the local Traveller primary healthcare project. Nine men, aged 19 to 58, met in the community centre kitchen as usual (they won't do 'a room with chairs in a circle', fair enough).

**Opening:** tea, ham sandwiches, a bit of craic about the horses and the boxing. My co-facilitator, a Traveller man himself, opened by talking about his brother's suicide. He'd told me beforehand he would, and that the men wouldn't talk unless someone they trusted went first.

**Content:** Talk moved to wakes and funerals, and how many each had been to in the last year (one man said eleven). The month's mind, the anniversary Masses, the cemetery Sunday in summer. One of the younger men said, 'We're always burying someone, so we never get to grieve anyone.' Several spoke about shame and about not going to the doctor because 'country people look down on you'.

**Information shared:** Connecting for Life, the national suicide prevention strategy, names Travellers as a priority group, and the All Ireland Traveller Health Study found the suicide rate for Traveller men was around six times that of settled men. The men knew that figure before I did.

**Supports:** Samaritans 116 123, Pieta 1800 247 247, text 50808. The Traveller-friendly GP clinic at the primary care centre.

**Reflection:** I'm a settled woman facilitating a men's group. It works because my co-facilitator holds the cultural authority and I hold the structure. I need to keep checking that balance in supervision, and not take it personally when I'm the butt of the jokes, which I think is a sign of acceptance.""",
        [],
    ),
    (
        "b15c-021",
        """**Progress note – session 5**

Tanya, 29, Torres Strait Islander woman from Badu, living in Manoora with her two kids. Referred from the Cairns Hospital mental health unit after a brief admission. Medicare 2953 41786 1 (IRN 2) for billing.

Talked about her grandmother's tombstone opening back home. Ailan Kastom means she's expected to contribute and travel, but she's scared to leave the kids: 'If I don't go, I shame my family.' Mix of Yumplatok and English. K10 26 (from 34).

Plan: safety plan updated for the trip (island clinic, her aunty). Flight is 28 August; telehealth check-in the week after she's back. Supervision: my assumptions about distance from family as risk rather than protection.""",
        [
            ("Tanya", "name"),
            ("Badu", "place"),
            ("Manoora", "place"),
            ("Cairns Hospital", "organisation"),
            ("2953 41786 1", "id_number"),
            ("28 August", "date"),
        ],
    ),
    (
        "b15c-022",
        """Reflective practice session – child protection team, Gauteng (group supervision notes)

Format: Kadushin's three functions. We mostly stayed in the supportive function today, which is probably what the team needed after last month.

**Case themes raised (all anonymised):**
1. A 15-year-old girl reported on a Form 22 after a neighbour suspected ukuthwala, an abduction framed as a customary marriage arrangement. The team debated how to hold respect for lobola and customary marriage while being absolutely clear that ukuthwala of a child is abuse and a crime under the Children's Act 38 of 2005 and the Sexual Offences Act. A colleague said, 'Culture is not the problem, coercion is.' Good line.
2. A grandmother raising four grandchildren on an old-age grant and foster child grants, facing a section 150 'child in need of care' investigation over school non-attendance. The team felt strongly that this is poverty, not neglect.
3. A worker's own grief: a child on her caseload died in a shack fire. She's been off for two weeks. We talked about her, with her permission, and agreed the team would attend the memorial.

**Ubuntu as a practice framework:** Some disagreement. One senior worker said ubuntu is 'said more than done' in our offices. Others felt it names exactly what keeps them in this job. Left open on purpose.

**Supervisor reflections:** Caseloads of 60+ per worker make everything else harder. Noted for the management meeting. CPD points for this session to be logged with SACSSP.

**Wellness:** EAP number recirculated; 24-hour counselling line available to all staff.""",
        [],
    ),
    (
        "b15c-023",
        """Re: your post about refugee dads and parenting programmes

Not sure this fits, but here's what's been happening with a family I'm working with. Syrian, arrived through the refugee quota in 2022, living in Hamilton. Everyone, including his wife, calls the father Abu Khaled. Khaled is the eldest, 15, at Fraser High School, and the school is worried about fights.

Abu Khaled was a civil engineer in Homs and is now doing night shifts cleaning. He told me through the interpreter, 'In Syria I was a man. Here I am a number at Work and Income.' Heavy shame. He missed our last session because of his Work and Income appointment on 2 October and didn't think to cancel; I suspect he didn't want me to see how much those appointments cost him.

What helped:
- Meeting at the mosque after Jumu'ah rather than at our office. The imam offered a room.
- Framing the parenting work as 'helping Khaled become a strong man' rather than 'parenting skills'. Abu Khaled is very proud of his son.
- Naming sabr (patience) and his faith as strengths. He says 'inshallah' a lot and at first I heard it as avoidance; later I realised it's hope with humility.
- Making room for the losses: his parents and a brother are still in Homs and he hasn't seen them in eleven years.

What I'd do differently: bring in a male co-worker earlier. Mum has been the one phoning me (021 044 7731) and I think dad found that hard.

Happy to talk more, flick me a message.""",
        [
            ("Hamilton", "place"),
            ("Abu Khaled", "name"),
            ("Khaled", "name"),
            ("Fraser High School", "organisation"),
            ("Homs", "place"),
            ("2 October", "date"),
            ("021 044 7731", "phone"),
        ],
    ),
    (
        "b15c-024",
        """**Peer consultation – working with interpreters (monthly meeting notes)**

Five of us, same adult psychology service. Prompted by a colleague realising the interpreter and client knew each other from the same community.

1. **Briefing/debriefing.** We skip it when busy. The BPS guidance and Tribe and Raval both say protect it. Diary time blocked.
2. **Sylheti vs Bengali.** We keep booking 'Bengali' for Sylheti speakers; older women go quiet. Booking system to record dialect.
3. **Somali clients and stigma.** Telephone interpreting from outside the region when confidentiality is the worry.
4. **Religious language.** A client's 'jinn' and 'nazar' got tidied into 'stress'. We want exact translation, faith language included.
5. **Gender matching.** Ask, don't assume.

Actions: update referral form; share Language Line guidance with admin.""",
        [],
    ),
    (
        "b15c-025",
        """Supervision notes: client in International Protection accommodation

**Client:** Chidinma, 31, Igbo, from Anambra State. Lives with her son Ebuka (6) in the IPAS centre at Mosney. Applied for international protection in 2023, ref IPO/23/07713; substantive interview with the IPO on 11 June. Works part-time at Dunnes Stores in Drogheda since getting her labour market access permission.

**What I brought:** She asked me to write a letter for her interview saying she has PTSD. I'm a counsellor, not a psychologist or psychiatrist, and I'm not sure what weight my letter carries or whether I'm competent to diagnose. My supervisor's view: I can write a factual letter about attendance, presentation and what she's told me, but I shouldn't diagnose. SPIRASI for a medico-legal report if she wants one.

**Cultural material:** She's Catholic and at Mass every Sunday; at night she prays to Chineke in Igbo. She's described her fear of 'being sent back to a place where they will kill my son', connected to a family dispute over widow inheritance after her husband's death. She talks about the New Yam festival as the one thing she wishes Ebuka could see.

**Countertransference:** I felt a rush of protectiveness and an urge to write the strongest letter I could. My supervisor named the rescuer position (Karpman) and helped me see that overclaiming could damage her credibility.

**Plan:** factual letter; SPIRASI referral; continue weekly. Look at childcare options so she can keep working.""",
        [
            ("Chidinma", "name"),
            ("Ebuka", "name"),
            ("Mosney", "place"),
            ("IPO/23/07713", "id_number"),
            ("11 June", "date"),
            ("Dunnes Stores", "organisation"),
            ("Drogheda", "place"),
        ],
    ),
    (
        "b15c-026",
        """**Group supervision – counselling team, notes for the file**

Present: six counsellors, one supervisor. Ninety minutes. Structure: Proctor's normative, formative and restorative functions.

**Restorative (first, on purpose):** Heavy month. Two team members are carrying several clients from refugee backgrounds, a number with torture histories. One described intrusive images and snapping at her kids. We spent time on vicarious trauma without turning it into a performance issue. ProQOL offered to all; nobody has to share scores.

**Formative:**
- A counsellor presented work with a young Samoan woman whose family see counselling as taking aiga business outside. The group explored talanoa as a way of being with her rather than a technique to apply.
- Another brought an Afrikaans-speaking South African client grieving a farm and a country. Does ambiguous loss fit better than grief?
- Discussion of the PACFA and ACA ethics codes on gifts, prompted by a client who brought homemade samosas after Eid. Consensus: accept graciously, note it, don't overthink food.

**Normative:**
- Reminder that counsellors aren't eligible providers under Better Access, so clients paying privately or through NDIS plans or an EAP need clear fee information up front.
- Mandatory reporting refresher due; everyone to complete the state's online module by the end of the quarter.
- Interpreters: check TIS National eligibility before booking rather than assuming the client will pay.

**Actions:** Supervisor to check in individually with the two team members carrying the trauma load. Next group in four weeks.""",
        [],
    ),
    (
        "b15c-027",
        """**Consultation question: ukuthwasa or psychosis? (KZN)**

Registered counsellor in a school-based service. I'd really appreciate input from colleagues who've worked with this.

Learner: Sibusiso ('Sbu'), 17, Grade 11 at Menzi High School, lives with his grandmother, MaDlamini, in Umlazi, V Section. Teachers referred him after he was found talking to himself in class and refusing to remove the beads his gogo had tied on his wrist.

What Sbu says: he's been dreaming of his late grandfather, who tells him to accept the calling. He hears the amadlozi 'mostly at night'. He burns impepho. He's frightened but also, he says, 'chosen'. He doesn't want to go to the clinic because 'they will give me pills and the ancestors will be angry'.

What gogo says (by phone, in isiZulu, a colleague translating): this is ukuthwasa, there are izangoma on her side of the family, and she's arranging for him to go to a gobela in the school holidays. She's calm and clear. She asked me not to 'make him a mad person on paper'.

My worries: weight loss, broken sleep, and one comment about 'joining grandfather'. I can't tell whether that's ancestral language or suicidal ideation. The teachers are pushing for a psychiatric referral.

What I'm thinking: a culturally informed assessment that holds both possibilities. The literature on ukuthwasa and first-episode psychosis suggests they aren't mutually exclusive, and there are collaborative models between izangoma and clinicians. I'd like to do a proper risk assessment with a Zulu-speaking colleague present, respect the family's explanatory model, and keep the door to the clinic open.

Gogo's WhatsApp is 073 555 2290 if a colleague fluent in isiZulu could call her with me. I don't want everything going through a teenager.

Ngiyabonga.""",
        [
            ("Sibusiso", "name"),
            ("Sbu", "name"),
            ("Menzi High School", "organisation"),
            ("MaDlamini", "name"),
            ("Umlazi", "place"),
            ("V Section", "place"),
            ("073 555 2290", "phone"),
        ],
    ),
    (
        "b15c-028",
        """Supervision reflection – social worker, care and protection

**What I brought:** A whāngai arrangement that has worked informally for years, a mokopuna raised by her kuia since birth, came to our attention through a Report of Concern after the kuia's stroke. Our system wants to talk about 'placement', 'caregiver assessment', 'permanency'. The whānau talk about whakapapa, about who the child belongs to, and about the kuia's wishes, which she made very clear before she got sick.

**Supervisor's questions, and my thinking:**
- How is our section 7AA obligation showing up here, concretely? Not as a slide at induction: in this file.
- Have we offered a hui-ā-whānau before the Family Group Conference, so the whānau can have their own kōrero first?
- Who holds mana in this whānau, and have I been speaking with them, or only with whoever answers the phone?
- Puao-te-Ata-tu said all this in 1988. Why does it still feel new in practice?

**My own stuff:** I'm Pākehā, and I noticed the urge to be seen as 'one of the good ones' by the whānau. My supervisor helped me see that's about my comfort, not their outcome. Reading Moyle on Māori social work and the FGC: useful and uncomfortable.

**Actions:**
- Talk with our kairaranga ā-whānau and the Māori practice lead before the next hui.
- Present the kuia's wishes, through the whānau, as central to the plan rather than an appendix.
- Ask whether a s 78 custody order is needed at all, or whether supporting the whānau arrangement is enough.
- Karakia to open and close the FGC, led by whānau if they wish.

Mauri ora.""",
        [],
    ),
    (
        "b15c-029",
        """DAP note – session 4

**D:** Katarzyna (prefers Kasia) attended alone; her partner Tomek dropped her off and waited in the car, which she says he does 'every time now'. She works nights at the Tesco distribution centre and sleeps during the day. Describes low mood, tearfulness, and a lot of guilt about her mother in Poland, who is unwell. Spoke about Zaduszki (All Souls') and not being able to light candles on her father's grave for the third year running. Her name day is 25 November and she said, quietly, that nobody here knows that's a thing. When I asked about home, she said the flat in Livingston is 'his place, not mine'; she isn't on the lease.

**A:** Depression (PHQ-9 18, GAD-7 12) in the context of isolation, shift work, migration grief and possible coercive control: the waiting in the car, no key of her own, her phone being checked. She hasn't named it as abuse and I haven't named it either. Risk: no current suicidal ideation; denies self-harm. Coercive control is an offence under the Domestic Abuse (Scotland) Act 2018; I'll hold that in mind rather than lead with it.

**P:**
- Next session: gently explore safety at home; have Scottish Women's Aid details ready.
- Letter to GP about sleep, with consent; CHI 1502874321.
- Signpost Breathing Space (0800 83 85 87).
- Supervision: my pull to rescue versus working at her pace.""",
        [
            ("Katarzyna", "name"),
            ("Kasia", "name"),
            ("Tomek", "name"),
            ("Tesco", "organisation"),
            ("25 November", "date"),
            ("Livingston", "place"),
            ("1502874321", "id_number"),
        ],
    ),
    (
        "b15c-030",
        """Reflective journal – after session 12

Client is a young Muslim man, second generation, parents from Pakistan, presenting with what I've been formulating as OCD with religious themes: intrusive blasphemous thoughts, repeating wudu because he's never sure it 'counted', re-praying salah, hours lost every day. He calls it waswas, and his imam also calls it waswas and told him to ignore it. He can't.

What I keep noticing: I've been tiptoeing. I'm not Muslim, and I'm frightened of designing ERP that asks him to do something haram. Today he laughed at me, kindly, and said, 'You're more scared of Allah than I am.'

Reading: scrupulosity research (Abramowitz and colleagues) and papers by Muslim clinicians on adapting ERP, for example agreeing with the client, and ideally an imam, what the religious minimum actually is (one wudu, performed once), then treating everything beyond it as compulsion. That reframe landed: he said the Prophet taught moderation and that the extra washing 'isn't deen, it's the OCD'.

Ramadan: he's anxious about the coming month, with fasting, taraweeh prayers and more opportunities for doubt. We planned ahead: shorter sessions, online, scheduled after iftar.

Supervision question: am I overstepping by inviting the imam in? He wants it. I've checked the PSI code of ethics and talked with my supervisor: with consent and clear boundaries, it's within scope.

Risk: no suicidal ideation. Y-BOCS 27 at intake, 21 now. GP aware. If things deteriorate, Jigsaw is age-appropriate for him; Samaritans 116 123 is in his phone.""",
        [],
    ),
    (
        "b15c-031",
        """**Case consult – Tamil woman on a bridging visa, hearing coming up**

Hi team, bringing this for Thursday's consult.

**Client:** Tharshini, 38, Sri Lankan Tamil, arrived by boat in 2013 with her husband Sivakumar ('Siva'). They've been on bridging visas ever since; their protection claim was refused and the review hearing at the ART is on 19 May. Living in Toongabbie with two kids born here. ImmiCard no. PTA091347, needed for the fee-waiver paperwork.

**Presentation:** Chronic PTSD, depression (PHQ-9 21), intermittent passive SI tied to fear of return. Her husband was detained and tortured in 2009; she speaks about her own experiences in the camps only obliquely.

**What sustains her:** the Sydney Murugan Temple. She volunteers in the kitchen on Fridays and at Thai Pongal and Deepavali. She described carrying kavadi at Thaipusam as 'the one day I feel I am carrying something I chose'. Her faith is central and I want the formulation to reflect that, not just list it as a protective factor.

**Consult questions:**
1. Her lawyer has asked for a psychological report. Thoughts on balancing clinical honesty with the reality that it may affect the outcome?
2. Risk around the hearing: I'm planning extra sessions the week before and after, and a safety plan that includes the temple community and Lifeline.
3. Siva has asked to join sessions. I'm inclined to offer him his own referral to the torture and trauma service rather than mixing the work.

She asked me to email her at tharshi.siva84@gmail.com rather than text, because the kids read her messages.""",
        [
            ("Tharshini", "name"),
            ("Sivakumar", "name"),
            ("Siva", "name"),
            ("19 May", "date"),
            ("Toongabbie", "place"),
            ("PTA091347", "id_number"),
            ("Sydney Murugan Temple", "organisation"),
            ("tharshi.siva84@gmail.com", "email"),
        ],
    ),
    (
        "b15c-032",
        """Group-work notes – adolescent boys' group, township high school, session 3

Eleven learners, Grades 9 and 10, all isiZulu-speaking. I co-facilitate with a Zulu-speaking social auxiliary worker. We open with 'Sawubona' ('I see you') and the reply 'Ngikhona' ('I am here'), which the boys now lead themselves.

**Theme: being a man.** This came up because Youth Day is next week and the school is running a programme on the 1976 Soweto uprising; the boys talked about students their own age who stood up and were shot. They spoke about ukuhlonipha (respect) as a value they're proud of, and how it collides with what they see on TikTok and in amapiano videos. Several have fathers who are absent or working far away. One boy said, 'My father is a photo and a surname.' Others nodded. Discussion of initiation (some will go to a traditional school, some will have medical circumcision) and of isithunzi, dignity or presence.

**Risk/disclosures:** One learner disclosed that he's being bullied and has been drinking. Followed up individually; referred to the school-based support team. Childline (116) and SADAG's number written on the board.

**Measures:** none today; the forms felt like 'a test'. SDQ at the end of the programme instead.

**Reflection:** The boys responded to being treated as experts on their own lives. Ubuntu, 'umuntu ngumuntu ngabantu', was their phrase, not mine. I want to think about bringing in fathers or male elders for a later session without it becoming a lecture.""",
        [],
    ),
    (
        "b15c-033",
        """Kia orana everyone, need some ideas.

Young man I'm seeing, Teina, 20, Cook Islands Māori, lives with his mum and aunties in Cannons Creek. Plays for Porirua Vikings and used to train four nights a week. Referred by his GP after a concussion and what looks like a depressive slide: stopped training, stopped church, gaming till 4am.

He turns 21 on 8 March and the family are planning a big do. His hair-cutting ceremony was a huge occasion when he was a boy and the 21st is the next big one: tivaevae, ei, relatives flying in from Rarotonga. He says he doesn't want it: 'They're celebrating someone who isn't here anymore.'

That's the line that worries me. No plan or intent when I asked, and he was clear he'd never do that to his mum. But his TikTok (@tvaine_04) has some pretty dark posts lately, which his cousin showed me.

What I'm thinking: a family meeting with him and mum before the 21st, concussion follow-up with the sports doc, and linking him with a Pasifika youth worker. Also ACC: is there a case that the head injury is feeding the mood stuff?

Meitaki maata for any thoughts. Porirua is small and I've kept this vague on purpose.""",
        [
            ("Teina", "name"),
            ("Cannons Creek", "place"),
            ("Porirua Vikings", "organisation"),
            ("Porirua", "place"),
            ("8 March", "date"),
            ("Rarotonga", "place"),
            ("@tvaine_04", "handle"),
        ],
    ),
    (
        "b15c-034",
        """DAP – session 6, unaccompanied young person (Afghan)

**D:** Young person, 16 (age disputed; Merton-compliant age assessment pending), Pashto first language, some Dari. Accommodated under Section 20 of the Children Act 1989 in supported accommodation; Pathway Plan review next month with his Personal Adviser. Travelled through Iran and Turkey and crossed the Channel last year. Today he talked about Nowruz, which he spent alone watching videos of his village on his phone. He also mentioned Eid al-Fitr coming up, and that the other boys in the house are Eritrean and Sudanese, Christian and Muslim, so 'everyone has a different party'. He laughed at that. Sleeping better since he started going to Friday prayers at the local mosque with an older Pashto-speaking man from the community. Still having flashbacks about the lorry.

**A:** PTSD symptoms persisting, with gains in sleep and connection. CRIES-8 28 (from 34). Main stressor now is uncertainty: the asylum interview and the age assessment outcome. Faith and community are clear protective factors. He asked whether his tazkira would help the age assessment; it's with his solicitor.

**P:** Continue weekly trauma-focused work (TF-CBT, not yet ready for the trauma narrative). Liaise with the PA about interpreter gender and dialect. Session 7 next week. Supervision: use Kolb's cycle to review how I handled his question about whether I believed his age. I said I did, and I'm not sure that was mine to say.""",
        [],
    ),
    (
        "b15c-035",
        """Process notes – session 3, young Traveller man, probation referral

Michael, 19 (Mikey to everyone), lives with his family in a group housing scheme in Finglas. Referred through the Probation Service after a public order conviction. Boxes with St Saviour's Boxing Club and says the ring is 'the only place my head goes quiet'.

He opened by telling me the shades had lifted him again on Saturday night, then laughed when I didn't know what 'shades' meant. It's Cant for the guards, he explained, and Travellers use Cant so buffers can't follow. I asked if he'd teach me a few words; he refused ('that's ours, miss') and I think he was right to.

Main theme: his wedding is set for the 1st of June and he's terrified. He loves her, he says, but he's 19 and the families have been planning it for two years. He can't say any of this to his da. His grandad, Old Mick, is the one person he talks to, and he's sick.

He spoke about his cousin who died by suicide last year, the wake, the month's mind. 'Every Traveller man I know has a cousin.' I took that to mean the grief is everywhere, and checked risk carefully: no plan, no intent, strong reasons to live (the wedding, the boxing, his nan).

My process: I noticed I was reassuring him about the wedding in a way that was really about my own values around marriage. Brought to supervision.

Plan: weekly for now. He'll text if he can't come; his number is 086 771 2045. Link with the Traveller mental health worker if he's willing.""",
        [
            ("Michael", "name"),
            ("Mikey", "name"),
            ("Finglas", "place"),
            ("St Saviour's Boxing Club", "organisation"),
            ("1st of June", "date"),
            ("Mick", "name"),
            ("086 771 2045", "phone"),
        ],
    ),
    (
        "b15c-036",
        """BIRP – men's group participant, individual check-in

**B:** Aboriginal man, 23, back at group for the first time since Sorry Business took him home to Country for three weeks. Cap low, near the door, 'a bit shame'. Sleeping poorly, drinking more; Centrelink suspended his payment over a missed appointment while he was at the funeral.

**I:** Yarned outside by the fire pit. Acknowledged Sorry Business as a legitimate absence; offered a letter to his employment provider, whom he called 'gammon'.

**R:** Warmed up, laughed twice. K10 28 (previous 22). Wants to help with the NAIDOC Week cook-up. Open to the Aboriginal Health Worker at the ACCHO.

**P:** Letter today, phone follow-up in two days, AUDIT-C next session. 13YARN in his phone.""",
        [],
    ),
    (
        "b15c-037",
        """**Reflective account for supervision – client facing removal after sponsor licence loss**

Client: Tendai, 41, Zimbabwean (Shona), came on a Health and Care Worker visa as a senior carer at Oakwood Lodge in Luton. Earlier this year the home's sponsor licence was revoked; her CoS was withdrawn on 30 September and she now has 60 days to find another sponsor or leave. She sends money home to her mother and her two children, who live with her sister.

Presenting: panic attacks, insomnia, shame. GAD-7 18. She says she has failed as a mother and 'people at home will say I was lazy'. Her husband, Farai, is in Zimbabwe and they talk mainly by voice note.

Cultural material: she described the kurova guva ceremony for her father, which she missed last year because she couldn't afford the flight. She believes his mudzimu may be unsettled and that her bad luck is connected. She's active in a Zimbabwean Methodist fellowship, where the women call her Mai Tino: mother of Tino, her eldest.

Church friends have started a fundraiser (gofundme.com/f/help-tendai-stay) for legal fees. She feels humiliated by it and grateful at the same time.

My reflection (Gibbs): I felt angry at the system and worried that my anger would crowd out her experience. Action: keep the focus on what she can influence: a job search with licensed sponsors, a referral to a regulated immigration adviser, and her sense of worth outside her visa status. Bring my anger to supervision rather than into the room.""",
        [
            ("Tendai", "name"),
            ("Oakwood Lodge", "organisation"),
            ("Luton", "place"),
            ("30 September", "date"),
            ("Farai", "name"),
            ("Mai Tino", "name"),
            ("Tino", "name"),
            ("gofundme.com/f/help-tendai-stay", "url"),
        ],
    ),
    (
        "b15c-038",
        """Closing summary and takeaways: sensitive claim, Samoan woman (for my own learning and the peer group)

Work ended after 16 ACC sensitive claims sessions plus 4 more following a supplementary assessment. She chose to close; goals met.

**What worked**
- **Talanoa, not interview.** The first three sessions were mostly her telling me about her aiga, her church and her village back in Samoa. I felt pressure to 'get to the trauma'. In hindsight that was the trauma work: establishing the vā.
- **Fa'afaletui.** Layering perspectives from the mountain, the sea and the village helped her hold the story without it swallowing her.
- **Faith.** She prayed at the start of most sessions and I followed her lead. Her understanding of alofa and tautua shaped what recovery meant: not 'boundaries' but serving her family without being used by them.
- **Fa'alavelave.** Financial obligations were constant stressors. We stopped treating them as a problem to solve and started treating them as a value under strain.
- **Matai.** Her uncle's matai title made disclosure complicated; she never told him, and that was her right.

**What I'd do differently:** bring in a Pasifika cultural supervisor from the start rather than at session 8. I was proud of my 'cultural competence' and underestimated how much I didn't know.

**Outcomes:** PCL-5 54 to 22; PHQ-9 17 to 6. She said the measures were 'fine', but what mattered was being able to go to church without feeling dirty.

**Closing:** she brought pani popo to the last session and an ula lole for me. I accepted, after checking with my supervisor; refusing would have been an insult.""",
        [],
    ),
    (
        "b15c-039",
        """Case presentation – men's depression, Tamil Hindu family (KZN)

**Client:** Kreesen, 52, lives in Chatsworth with his wife Devika and his paati, who is 92. Line supervisor at Toyota SA in Prospecton, currently on sick leave. SA ID 7304125169083 is on the medical aid forms; the scheme has authorised 15 sessions.

**Presentation:** Depression (PHQ-9 20) after retrenchment threats at work and his son's emigration to Australia. He describes it as 'like the lamp has gone out in the house'.

**Cultural frame:** The family are Tamil Hindu. He has carried kavadi at Thaipusam every year since he was 16; this year he couldn't finish the fast and didn't carry. He feels he has broken a vow to Lord Muruga. Purattasi is coming and he's anxious he'll fail again. Devika has arranged a porridge prayer for Mariamman at home and asked the temple priest to pray for him.

**What I'm noticing:** I keep framing kavadi as a 'protective factor' and he keeps framing it as a relationship. When I asked what Muruga would say to him now, he cried for the first time. That felt important.

**Risk:** Passive SI, no plan. His paati is a strong protective presence; he can't imagine leaving her.

**Questions for the group:** working with vows and religious guilt without colluding or challenging; and how to involve Devika, who is clearly carrying the family.""",
        [
            ("Kreesen", "name"),
            ("Chatsworth", "place"),
            ("Devika", "name"),
            ("92", "age"),
            ("Toyota SA", "organisation"),
            ("Prospecton", "place"),
            ("7304125169083", "id_number"),
        ],
    ),
    (
        "b15c-040",
        """Ha, this thread is so familiar. Quick ones from my caseload (NHS, then private, now in the North West):

- Lithuanian clients: Vėlinės in November is huge. If someone goes flat in late October, ask about it before you reach for SAD.
- Romanian clients: Orthodox Easter (Paște) is often a week or more after ours. I once booked a 'celebratory' final session on Easter Monday for a woman mid-fast. Lesson learned.
- Older Latvian client with dementia: we redid the Mental Capacity Act 2005 assessment with an interpreter. In English she 'lacked capacity'; in Latvian she weighed the decision perfectly well.

Language is not a neutral channel. And put Samaritans 116 123 in your intake pack in the client's language.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind15c"}
        for doc_id, text, items in DOCS
    ]
