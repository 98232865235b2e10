"""Blind batch b8a, written by a helper session for Practica's PHI-guard evaluation. Peer-
consultation posts from clinicians in the US, UK, Ireland, Canada, Australia and New Zealand:
case presentations in the consultation format (presenting concern, background, what has been
tried, consultation question), replies to colleagues, follow-ups with takeaways, process and
SOAP notes, and a chatty reply. Clients span adolescents, perinatal, older adults, couples,
veterans, students, court-involved families and tech-facilitated abuse. 20 documents hold 1-5
identifiers of varied kinds (names incl. word-names and a pet, places, postcodes, street
address, dates in several formats, age over 89, phone, email, URL, IP, handles, ID numbers,
organisations); 20 clean documents are dense with look-alikes (cited authors, instruments and
scores, ICD/DSM/CPT codes, medications, hotlines, generic services, holidays).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard just after f325169 (brands and public figures merged): span recall 0.970,
precision 0.823, identifier documents fully caught 0.900, clean documents flagged 0.400 (the
guard at 935157f: 0.909, 0.667, 0.750, 0.550).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b8a-001",
        """**Consultation request – adolescent school refusal**

Presenting concern: 15yo male, referred by his mom after missing most of the fall semester. Mateo is a sophomore at Saguaro Ridge High School and hasn't attended more than two full days since 10/03, when he had what he describes as "a panic thing in the cafeteria."

Background: Lives with mom and maternal grandmother on the east side of Tucson. Dad deployed twice, now remarried out of state. No prior treatment. PHQ-A 14, SCARED total 41 (panic/somatic subscale elevated). Pediatrician ruled out cardiac stuff.

What I've tried: 6 sessions so far. Psychoed on the panic cycle, interoceptive exposure (spinning in a chair, stair runs), a graded return plan with the school counselor. He made it to homeroom twice then stalled.

Consultation question: Has anyone combined exposure with a more family-based piece (SPACE, Lebowitz) when the parent is highly accommodating? Mom drives him to the parking lot, he texts her, she picks him up. I'm wondering whether to shift focus to her.""",
        [
            ("Mateo", "name"),
            ("Saguaro Ridge High School", "organisation"),
            ("10/03", "date"),
            ("Tucson", "place"),
        ],
    ),
    (
        "b8a-002",
        """Re: chronic SI, when to step up to full-model DBT

Agree with the others that this sounds more like a skills-deficit picture than a motivation problem. A few thoughts from running a DBT program for about eight years:

- Linehan is pretty clear that the diary card is non-negotiable. If she won't fill it out, that's the first target-relevant behavior, not a side issue.
- Her C-SSRS screen last week was positive for ideation without intent; I'd keep doing it every session while urges are above 3/5.
- PHQ-9 going from 22 to 18 over 8 weeks is slow but it's movement. Don't throw out the baby.
- On meds: sertraline 150 mg plus PRN hydroxyzine 25 mg is reasonable, but ask the prescriber about sleep. Insomnia is a risk factor in its own right (see Joiner's interpersonal theory, and the work by Bernert).

If your clinic can't offer a skills group, the Linehan skills training manual plus a telehealth group can bridge it. Give her the 988 number on a card, not just verbally. Happy to talk more Thursday if you want to DM.""",
        [],
    ),
    (
        "b8a-003",
        """Seeking thoughts – online harassment & social anxiety

Client is a 24-year-old woman, works in retail, lives with her mum in Leeds (LS6 area). Came via NHS Talking Therapies step 3 after her GP referral; GAD-7 17, SPIN 52.

The main thing she wants to work on is the aftermath of an ex posting screenshots of their messages. She showed me the account in session – it's @bexx_dreamss on TikTok, which is her old handle, and he's been tagging her current one. She's terrified her manager will see.

We've done a Clark & Wells formulation and she gets it intellectually. Safety behaviours are huge: checking her phone every few minutes, rehearsing what she'll say. Behavioural experiments so far have gone OK-ish.

Question for the group: how do people balance the "real threat" (the harassment is ongoing, she has reported it) against treating the anxiety as disproportionate? I don't want to invalidate her. Any reading suggestions welcome.""",
        [("Leeds", "place"), ("LS6", "place"), ("@bexx_dreamss", "handle")],
    ),
    (
        "b8a-004",
        """Session 7 – process note (anonymised for supervision group)

Client (30s, she/her) arrived ten minutes late, apologised twice. CORE-10 this week 19, down from 24 at assessment. She's been back on sertraline 100mg since the New Year after stopping it in the autumn without telling her GP.

Content: mostly about her sister's wedding in the spring and the dread of the family being in one room. Used a two-chair piece briefly (Gestalt-ish, not full Greenberg EFT) – she couldn't stay with the anger, flipped to "it's fine, it's fine."

My process: I noticed I wanted to rescue. Countertransference? Probably echoes of Winnicott's 'false self' stuff we read last term. Felt sleepy in the last 15 mins, which I've learned to treat as data.

Plan: continue CFT frame (Gilbert's three systems), compassionate letter as homework. Review risk at session 8 – she denies current SI, no plans, protective factors her cat and her job. Crisis line given: Samaritans 116 123, NHS 111 option 2.""",
        [],
    ),
    (
        "b8a-005",
        """Case for consultation – perinatal? or longer-standing?

Presenting concern: Aoife is 31, first baby seven months ago, referred by her public health nurse for low mood and intrusive thoughts about the baby being hurt. EPDS 19 at the 6-week check.

Background: She grew up in Ballincollig, moved to Dublin for college, came back when she was pregnant. She delivered at Cork University Maternity Hospital after a long induction and a PPH; she says nobody explained what was happening. Partner is supportive but works away Monday to Thursday. History of OCD-type symptoms in her teens that were never assessed.

Tried so far: 5 sessions. Normalised intrusive thoughts (the Fairbrother research helped her a lot), started some ERP-lite around bathing the baby. She's still avoiding being alone with him in the evenings.

Question: is this best formulated as postnatal OCD, birth trauma, or both? Would you go trauma-first (EMDR?) or keep going with ERP? She's on a waiting list for perinatal psychiatry but that could be months.""",
        [
            ("Aoife", "name"),
            ("Ballincollig", "place"),
            ("Dublin", "place"),
            ("Cork University Maternity Hospital", "organisation"),
        ],
    ),
    (
        "b8a-006",
        """Reply – thanks all, and a takeaway

Update for anyone who followed the thread about the Leaving Cert student with the panic attacks. Summary of where we landed:

1. Went with a CBT frame per the Clark model, plus a bit of ACT for the rumination about points. Hayes' 'passengers on the bus' metaphor landed surprisingly well for a 17-year-old.
2. GAD-7 went from 16 to 9 over 10 sessions. Sleep improved once she stopped revising in bed.
3. Her mam was worried about meds; the GP in the end didn't prescribe, which suited everyone.
4. We did a relapse-prevention plan before the mocks in February, and she has the 50808 text line and the Samaritans number saved.

Big takeaway for me: I'd been treating the exam stress as the problem, when really it was the family narrative that the eldest has to get medicine. Once we named that (a bit of a Bowen lens, differentiation of self), the anxiety had somewhere to go. Thanks to whoever suggested Minuchin too – structural stuff around the kitchen-table homework battles was gold.

Have a good Christmas, all.""",
        [],
    ),
    (
        "b8a-007",
        """Looking for consult: burnout vs. MDD in a shift worker

Client: 38 F, second-gen, lives in Scarborough with her husband and two kids. Works night shifts as a supervisor at the Tim Hortons distribution centre and also picks up weekends at her brother-in-law's restaurant.

Presenting: exhausted, tearful, "I don't feel anything for my kids anymore," which terrified her. PHQ-9 21, no SI. Family doc started escitalopram 10 mg three weeks ago.

She asked me to write a letter for her employer's disability claim and left her health card on the desk (OHIP 4582-193-746-KT) – I've put the claim details in the chart, obviously not here.

What I've tried: behavioural activation, sleep hygiene (which feels absurd with rotating nights), some values work.

Question: has anyone had luck getting an employer to move someone off rotating shifts as an accommodation in Ontario? And clinically – do I keep calling this MDD or is it more of a burnout/circadian picture? I'm leaning toward BA + CBT-I adapted for shift work (there's a decent Harvey paper).""",
        [
            ("Scarborough", "place"),
            ("Tim Hortons", "organisation"),
            ("4582-193-746-KT", "id_number"),
        ],
    ),
    (
        "b8a-008",
        """Reply to "young adult, first episode psychosis, family in crisis"

I worked in an EPI program in Ontario for years, so a few thoughts.

- Get the family into psychoeducation early. The McFarlane multifamily group model is the best-evidenced thing we had. Falloon's work underpins a lot of it.
- Don't over-rely on the BPRS score for progress; functional stuff (is he getting out of bed, is he eating with the family) matters more to them.
- Risperidone 2 mg is on the lower end – weight gain and prolactin are what drive dropout at that age, so ask about metabolic monitoring.
- CBTp (Kingdon & Turkington, Morrison) is worth learning if you can. The normalising rationale is gentle and families like it.
- If the parents are burning out, the local CMHA branch usually has a family support group.

Around Thanksgiving is often when things blow up because everyone's home. Plan for it. And make sure the family knows they can call 988 or go to the ED, and that police aren't the only option. It sounds like you're doing good work with a really hard situation.""",
        [],
    ),
    (
        "b8a-009",
        """Case presentation – 19yo, deliberate self-harm, possible ASD

Tayla is 19, lives with her dad in a unit in Footscray 3011, works casual at Bunnings. Referred on a Mental Health Care Plan after an ED presentation at Western Health on 4/6 for cutting that needed sutures.

Background: Mum left when she was 9. Diagnosed ADHD at 14, never assessed for autism though she ticks a lot of boxes (sensory stuff, masking at work, intense interest in true-crime podcasts). K10 of 34. Smokes a fair bit of weed.

What I've tried: 4 sessions. Chain analysis of the last episode, distress tolerance (TIPP, ice), and a safety plan using the Stanley-Brown template. She's engaged but flat.

Question: I'm wondering whether the DBT frame fits if she's autistic – some of the emotion-labelling stuff seems to go nowhere. Anyone adapted DBT for autistic young adults? Also, any tips for getting an adult ASD assessment in Victoria that isn't $2,500 and a 14-month wait?""",
        [
            ("Tayla", "name"),
            ("Footscray 3011", "place"),
            ("Bunnings", "organisation"),
            ("Western Health", "organisation"),
            ("4/6", "date"),
        ],
    ),
    (
        "b8a-010",
        """Quick Q re: Better Access session caps

Not a clinical case exactly, more a systems question. Client is a man in his 50s, regional NSW, farming background, depression after the drought years. K10 went 38 → 27 across 8 sessions of CBT plus some ACT (Harris's 'The Happiness Trap' was a hit once I stopped calling it therapy).

He's used his 10 Medicare-rebated sessions for the calendar year under his MHCP. GP is supportive and has done the review. He can't afford private fees, and the nearest public service is a 2-hour drive.

Options I've thought of:
- Telehealth with a low-fee provider
- MensLine Australia (1300 78 99 78) for in-between support
- Waiting until January for the new calendar year
- NDIS – probably not eligible, psychosocial disability bar is high

Anyone know if the Head to Health hubs are taking referrals from out of area? Also, Lifeline 13 11 14 is in his phone, and he's agreed to tell his wife if things get bad again.""",
        [],
    ),
    (
        "b8a-011",
        """Kia ora koutou – seeking cultural consultation

Client is a 45-year-old Māori man, Wiremu, referred by his GP in Porirua after his second drink-driving charge. He's on a sentence of supervision and the probation officer wants a 'mental health report'. The referral came with his NHI (ZKL4837) and a court file number, which I'll keep off here.

Presenting concerns: AUDIT 27, low mood since his father's tangi last year, anger at work. He's a foreman with a roading crew and worried about losing his licence and his job.

I'm Pākehā and I'm aware I'm missing a lot. We've been using Te Whare Tapa Whā (Durie) as a frame and he's responded well to talking about taha wairua, which I'm least confident with.

Question: how do others approach involving whānau when the client is ambivalent about it? His sister keeps ringing me. Also, does anyone know good kaupapa Māori AOD services in the lower North Island I could offer alongside what I do?""",
        [("Wiremu", "name"), ("Porirua", "place"), ("ZKL4837", "id_number")],
    ),
    (
        "b8a-012",
        """Follow-up: takeaways from the teen vaping + anxiety thread

Thanks for all the replies last week. What I'm taking away:

- Motivational interviewing first, always. Miller & Rollnick's 4th edition is worth the money.
- Screen with the CRAFFT, not just the SDQ. I'd missed how much of the 'anxiety' was nicotine withdrawal between periods at school.
- Quitline (0800 778 778) has a youth arm now, and 1737 for anything mood-related.
- Te Whare Tapa Whā helped the family see it as more than a 'willpower' thing.
- Several of you mentioned the Fonagy mentalising work for the parent sessions. I've ordered the book.

Clinically: SCAS-P came down from 48 to 35 over a school term. She still vapes but less, and she picked the goal herself, which I think is why it's holding. Parents are calmer. Planning a review after the summer holidays in February.

Ngā mihi.""",
        [],
    ),
    (
        "b8a-013",
        """Consult: older adolescent, complicated grief after overdose death

Presenting concern: 17yo female, lost her older brother to a fentanyl overdose. She found him. Since then: nightmares, won't go in the basement, grades collapsed, drinking on weekends. PCL-5 52, PHQ-A 19.

Background: Parents divorced, lives mostly with dad. Strong relationship with the brother – he was the one who drove her to school. No prior therapy. Pediatrician prescribed hydroxyzine for sleep.

What I've tried: 5 sessions, focused on stabilization and psychoeducation, grounding, and a 'brother box' of memories. She's not ready for a trauma narrative yet. The anniversary of his death is 11/19 and I'm worried about that stretch.

Consultation question: TF-CBT vs. a grief-specific model (Layne's TGCT, or Shear's complicated grief treatment adapted for teens)? And how do folks handle the drinking – fold it in or refer out to an IOP? I'm in a rural county and options are thin.""",
        [("11/19", "date")],
    ),
    (
        "b8a-014",
        """SOAP – for peer review (de-identified)

S: Client (M, late 40s) reports "the worst week since the layoff." Sleeping 4-5 hrs, eating once a day. Denies SI/HI. Reports wife "is done" with his drinking; 3-4 beers most nights, more on Fridays.

O: Appeared disheveled, psychomotor slowing. Affect constricted, congruent. PHQ-9 = 18 (prev 14). GAD-7 = 11. AUDIT-C = 8. Oriented x3.

A: MDD, recurrent, moderate (F33.1) with alcohol use, r/o alcohol use disorder, mild (F10.10). Layoff is the main stressor. Protective: kids, dog, church community.

P: Continue weekly 53-min sessions (90837). Behavioral activation schedule, daily walk w/ dog. Discussed MI re: alcohol – he's in precontemplation-to-contemplation. Coordinate with PCP about bupropion XL 150 (he's on nothing now). Safety plan reviewed; he has 988 and the Veterans Crisis Line (press 1) since he's a Navy vet. Next session Tuesday.

Question for reviewers: am I underplaying the alcohol in the assessment?""",
        [],
    ),
    (
        "b8a-015",
        """Reflection + question: working with a 93-year-old client in residential care

I've been seeing a woman aged 93 at Maple Grove Lodge for about four months. Staff referred her for 'refusing care', which turned out to be her refusing a male carer for showers – she had a very bad experience in a hospital in her 20s.

MoCA 24/30 so cognitively she's doing well. GDS-15 of 9. Her daughter Grace visits on Sundays and is lovely but talks over her.

What's been working: life review (Butler), some reminiscence work with old photos, and honestly just letting her be the expert. She told me last week, "Nobody asks me anything anymore except whether I've opened my bowels."

Question: how do others handle the documentation of consent and capacity when the family is very involved? And any recommended reading on psychotherapy with the oldest-old – I've got Knight's book, anything more recent?""",
        [
            ("93-year-old", "age"),
            ("aged 93", "age"),
            ("Maple Grove Lodge", "organisation"),
            ("Grace", "name"),
        ],
    ),
    (
        "b8a-016",
        """Re: capacity and therapy with people living with dementia

A few things from my years in older adult mental health (UK, NHS):

- A MoCA of 18/30 doesn't mean someone can't use therapy. Cognitive stimulation therapy (Spector) and adapted CBT both have evidence.
- Kitwood's personhood stuff is old now but still the best frame I know for the 'challenging behaviour' referrals.
- Capacity is decision-specific under the Mental Capacity Act 2005. Document the specific decision, not a global judgement.
- For an 87-year-old with low mood, the GDS is better than the PHQ-9. Mirtazapine 15mg at night is what the psychiatrists usually go for if there's poor sleep and appetite.
- Families: I often do one joint session early on. Boss's ambiguous loss framework helps them.

Honestly the biggest thing is pace. Fewer goals, shorter sessions (30-40 mins), and lots of repetition. And write things down for them in big print.

Happy to share the adapted thought record I use if that's helpful – just message me.""",
        [],
    ),
    (
        "b8a-017",
        """Boundary dilemma – client contact between sessions

Private practice, client is a man in his early 30s, EUPD traits, we've been working for about 6 months (schema therapy, Young's model).

He's started emailing me from jdoherty.music88@gmail.com several times a week, long messages at 2-3am. Last Tuesday he also texted my work mobile from a new number, 07700 900418, saying he'd "do something stupid" if I didn't reply. I followed my risk protocol and rang him; he was fine, a bit embarrassed.

My contract says emails are for admin only. I've reiterated that but it's not holding.

Question: how do other schema therapists work with this within limited reparenting? I don't want to be punitive, but I'm starting to dread opening my inbox, and I'm aware that's information too. Supervisor suggested a written agreement. Has anyone got a template?""",
        [("jdoherty.music88@gmail.com", "email"), ("07700 900418", "phone")],
    ),
    (
        "b8a-018",
        """lol same. honestly the 'doorknob disclosure' thing gets me every time 😅

For what it's worth, what helped me with my chronically-late-and-then-drops-a-bomb clients:
- start the last 10 mins with a deliberate 'we've got about 10 min left' signal (Yalom talks about this somewhere, I think in The Gift of Therapy)
- name the pattern gently, like in MBT, 'I notice the important stuff tends to come at the end'
- if it's about risk, you obviously stay with it. Otherwise, write it down and make it the first agenda item next time.

Also, Monday 9am slots seem to get the biggest disclosures in my caseload? Weekend stuff I guess. Anyway, you're not doing anything wrong, it's super common. Good luck with session 12!!""",
        [],
    ),
    (
        "b8a-019",
        """Consult – tech-facilitated abuse, how far do I go?

Client (30s, F) left a controlling partner 3 months ago and is now in a DV shelter. She's convinced he's still tracking her. She showed me a login alert on her laptop dated 2024-01-17: a sign-in from IP 73.162.48.209, which she says matches his home internet. She also keeps a blog at www.stillstandingafter.com where she writes about the relationship; she's used her real first name on it.

I'm not a tech person. I've been sticking to what I know: safety planning, validation, psychoed on coercive control (Stark), some grounding for the hypervigilance. PCL-5 is 49.

Question: what's my role here vs. the shelter advocate's? Should I be advising her to take the blog down? I don't want to replicate his control by telling her what she can and can't write. Any resources on tech safety I can point her to?""",
        [("2024-01-17", "date"), ("73.162.48.209", "ip"), ("www.stillstandingafter.com", "url")],
    ),
    (
        "b8a-020",
        """Follow-up: the toddler with the 'clingy' separations

Thank you all. Takeaways:

- Circle of Security Parenting (Powell, Cooper, Hoffman, Marvin) was the right call. Mum got 'shark music' immediately and cried in the second chapter.
- I'd been thinking too much in Ainsworth classification terms. The intervention mattered more than whether he was ambivalent or disorganised.
- Someone mentioned Tronick's still-face video. We watched it together and it opened up a conversation about her own mum's depression.
- The ASQ:SE-2 flagged nothing major for him, which reassured her.
- Re: her EPDS of 14 – GP has started sertraline 50mg and referred her to the perinatal team.

Eight sessions in, the drop-offs at childcare are down from 20 minutes of screaming to a few minutes of fussing. Next step is a couple of sessions with dad, who has been working away. Will report back after Easter.""",
        [],
    ),
    (
        "b8a-021",
        """Court-involved case – need a sanity check on my role

I'm seeing a 14-year-old boy for reunification therapy ordered in a custody matter (Case No. 2023-FL-004417). Dad has primary custody, mom has supervised visits after an incident where she allegedly followed the kids' school bus. She's since moved across town (ZIP 92504).

The boy says he's scared of her. Dad's attorney wants me to write a letter saying visits should stop. Mom's attorney emailed me a photo of a car she claims dad uses to follow HER, plate 8KJD392, and asked me to "include this in the clinical picture."

I'm trained in TF-CBT and some Gottman stuff for couples, not forensic work. I've read Warshak on alienation and honestly it made me more worried, not less.

Questions:
1. Is it appropriate to write any letter at all when I'm the treating therapist and not the evaluator? (I think no.)
2. How do I document the plate/photo thing without becoming part of the fight?
3. Any recs for a forensic consult in CA?""",
        [("2023-FL-004417", "id_number"), ("92504", "place"), ("8KJD392", "id_number")],
    ),
    (
        "b8a-022",
        """Reply – treating vs. evaluating role

Short version: don't write the letter. Keep the roles separate (Greenberg & Shuman's 'irreconcilable conflict' paper is the classic cite). You're the treating clinician; the GAL or custody evaluator makes recommendations.

Longer version:
- Your notes can be subpoenaed. Write them as if the judge will read them, because one might.
- Document what the child says in quotes, with dates, without interpreting motives.
- APA's guidelines for child custody evaluations are useful even if you're not evaluating, for knowing where the line is.
- If you want a second opinion, most state psychology boards have an ethics consult line, and your malpractice carrier almost certainly does too.

Clinically, keep doing what helps the kid: predictability, emotion coaching, and not making him the messenger. The alienation literature is a minefield; I'd read Fidler & Bala alongside Warshak for balance. Good luck – these cases are the worst.""",
        [],
    ),
    (
        "b8a-023",
        """Update + takeaways: the couple stuck in the pursue–withdraw cycle

Thanks for the thread last month. Quick follow-up.

We went with EFT (Sue Johnson's stages) rather than more Gottman skills. The turning point was session 9: Bill finally said, quietly, "I go to the garage because I think I'm a disappointment to you." She cried. First time in 20 years, she said.

Their daughter Summer moving back home after her divorce was a big stressor I'd underweighted, and I'm glad someone here asked about it. We had one session with all three.

Takeaways for me:
- Stay with the withdrawer's underlying emotion longer than feels comfortable.
- The ENRICH inventory wasn't that useful; the cycle map on the whiteboard was.
- I need to ask about adult kids at home at intake.

DAS went from 81 to 102. Not done yet, but they're talking.""",
        [("Bill", "name"), ("Summer", "name")],
    ),
    (
        "b8a-024",
        """Takeaways from our Tuesday peer group (posting for those who missed it)

Topic: seasonal patterns and relapse in depression.

- Several of us see more relapse in late autumn, and again in the run-up to Christmas. Light therapy (10,000 lux, 30 mins on waking) has decent evidence per Rosenthal's work; remind clients to check with their GP if they're bipolar.
- Summer isn't always protective. One colleague described clients whose mood drops when routines disappear in the school holidays.
- Anniversaries matter more than we assume: Mother's Day, Father's Day, Diwali, Eid, Hanukkah – whatever the family marks.
- Behavioural activation needs seasonal tweaking (Martell, Addis & Jacobson). Indoor BA lists for February, not just 'go for a walk'.
- BDI-II and PHQ-9 both fine for tracking; pick one and stick to it.

Next month: working with shame (Brown, Gilbert, DeYoung). Bring a case, and bring biscuits.""",
        [],
    ),
    (
        "b8a-025",
        """Consult please – 13yo, gaming, school avoidance, 'friend' online

Presenting: 13-year-old boy, parents worried about 8-10 hrs/day gaming and a drop-off in school attendance. He's quiet in session but lit up talking about his squad.

Background: Recently moved from Ipswich to a new estate, no friends locally. Mum says he's been chatting with an older player who goes by xXNightReaperXx and has asked him to move chats off-platform. His own tag is kaiboy_2011, which is basically his first name and birth year – I've raised that with mum.

Tried: 3 sessions, mostly engagement (I let him show me the game), some psychoed with parents about limits vs. bans, and a conversation about online safety.

Question: I'm worried about grooming but don't want to panic the family or lose him. How do others balance safeguarding (I've spoken to our DSL) with keeping the therapeutic relationship? And any good resources on problematic gaming that aren't just moral panic? The IGD criteria feel clunky.""",
        [("Ipswich", "place"), ("xXNightReaperXx", "handle"), ("kaiboy_2011", "handle")],
    ),
    (
        "b8a-026",
        """Re: problematic gaming – some resources

Not moral panic ones, promise:
- Przybylski's work is a good antidote – a lot of the harm is displacement of sleep, not the games per se.
- Use the IGDS9-SF if you want a number; don't diagnose 6C51 (ICD-11 gaming disorder) off parent report alone.
- Family-based approaches beat individual CBT for young teens in most of what I've read. King & Delfabbro have a practical book.
- Ask what the game gives him. For a lot of lonely kids, Discord or Roblox or Fortnite is where the friends are. Take the friendship seriously.
- Grooming red flags: moving off-platform, secrecy requests, gifts (skins, V-Bucks), older 'friend' who knows a lot about the family. Follow your safeguarding policy; CEOP and the NSPCC have decent parent guides.

And yes, if he lights up showing you the game, let him. That's the relationship. I've played more Minecraft in session than I care to admit.""",
        [],
    ),
    (
        "b8a-027",
        """Case presentation – ex-ADF, moral injury?

Presenting concern: 34-year-old male veteran, nightmares, anger, alcohol. Served with 2nd Cavalry Regiment out of Lavarack Barracks, deployed to Afghanistan. Discharged medically in 2020.

Background: He talks about a specific incident around Anzac Day 2012 that he hasn't told anyone the details of; he says "it's not PTSD, it's what I did." Now living in Kirwan with his partner and her two kids. DVA White Card covers treatment.

Tried so far: 6 sessions, stabilisation, sleep, AUDIT 19 and he's cut down a bit. He declined prolonged exposure. PCL-5 58.

Question: Would you frame this as moral injury (Litz, Shay) rather than fear-based PTSD? Has anyone used Adaptive Disclosure or a CPT variant with a strong focus on guilt? And how do you talk about 'what I did' when there might be legal implications?""",
        [
            ("2nd Cavalry Regiment", "organisation"),
            ("Lavarack Barracks", "place"),
            ("Anzac Day 2012", "date"),
            ("Kirwan", "place"),
        ],
    ),
    (
        "b8a-028",
        """Reply – moral injury resources

Yes, I'd hold both formulations. From my time working with DVA clients:

- Litz et al.'s Adaptive Disclosure is designed for exactly this. Shay's 'Achilles in Vietnam' is still worth reading for the concept.
- CPT (Resick) handles guilt and 'assimilated' stuck points well – the guilt worksheets are good. Not everyone needs PE.
- Open Arms (1800 011 046) is free for veterans and families, and they have group programs.
- Prazosin for nightmares has mixed evidence post-Raskind 2018; sertraline or paroxetine are the first-line meds in the Phoenix Australia guidelines.
- On legal risk: be clear up front about limits of confidentiality. Many vets hold back because they're not sure.

AUDIT of 19 is high. I'd bring the GP in early. And check in around Remembrance Day and the anniversary of deployment. Those are often harder than they expect.""",
        [],
    ),
    (
        "b8a-029",
        """Consult: international student, academic misconduct hearing, panic

Client is a 22-year-old international student in her 3rd year of engineering at Dalhousie. Lives in residence in Halifax. Presenting with panic attacks (6-8/week), insomnia, and shame after being accused of plagiarism; the hearing is on March 28.

She brought a letter from the university with her student number (B00812734) and asked me to write in support. Her family in Lagos doesn't know.

Background: High-achieving, parents sacrificed a lot for her to come. Speaks Yoruba and English. No prior MH history. GAD-7 19, PDSS 16.

Tried: 3 sessions: panic psychoed, diaphragmatic breathing, interoceptive exposure started, some cognitive work on catastrophising ('I will be deported and my life is over').

Questions: what's appropriate to put in a support letter for a misconduct hearing? And how do people work with shame in clients where family honour is central, without imposing a Western individualist frame?""",
        [
            ("Dalhousie", "organisation"),
            ("Halifax", "place"),
            ("March 28", "date"),
            ("B00812734", "id_number"),
            ("Lagos", "place"),
        ],
    ),
    (
        "b8a-030",
        """Reply: support letters for academic processes

I work in a university counselling centre in the Maritimes, so I write these a lot.

- Stick to facts you know: attendance described generically (e.g. 'since the fall term'), the diagnosis if she consents (F41.0 panic disorder), and functional impact.
- Don't comment on whether she plagiarised. Not your lane.
- Accessibility services can sometimes arrange interim accommodations; ask her to register.
- For shame with collectivist framing, I find compassion-focused work (Gilbert) better than pure CBT. Hofmann has a chapter on culturally adapted CBT. Hays' ADDRESSING framework is useful for your own prep.
- Ask her what shame means in Yoruba or in her family's language; sometimes the word carries something different.

Panic with interoceptive exposure usually moves fast. Barlow's PCT protocol, 10-12 sessions. You're on the right track.""",
        [],
    ),
    (
        "b8a-031",
        """Process note – religious scrupulosity, shared for consult

Client is a man in his 50s, daily Mass-goer, referred by his GP for 'anxiety'. It's clearly scrupulosity-type OCD: hours of mental review, confessing the same 'sins' repeatedly.

He's on the parish council at St Colmcille's in Navan and says Fr. Ciarán has started limiting how often he can go to confession, which the client experiences as abandonment. YBOCS 28.

Session today: we talked about ERP and he asked, very sincerely, whether refusing to confess would itself be a sin. I said I'm not the right person to answer that. He wants me to talk to the priest.

Question: has anyone done joint work with clergy for scrupulosity? Abramowitz and Jacoby have written about involving religious leaders. Any pitfalls? I'm not religious myself and I'm wary of getting the theology wrong.""",
        [("St Colmcille's", "organisation"), ("Navan", "place"), ("Ciarán", "name")],
    ),
    (
        "b8a-032",
        """Re: cultural and religious considerations over Ramadan

Some practical points since a few of us have Muslim clients fasting this month:

- Fasting affects sleep and energy. Don't misread lower scores on the PHQ-9 sleep/energy items as improvement or worsening without asking.
- Medication timing: e.g. fluoxetine 20mg once daily can usually move to suhoor, but that's a prescriber conversation.
- Some clients prefer sessions after iftar. Offer evenings if you can.
- Eid can be joyful and lonely at the same time, especially for people estranged from family.
- For scrupulosity in any faith, the literature (Abramowitz, Huppert, Siev) suggests working with, not against, the religious framework. Consulting a faith leader, with consent, can be helpful.

Same goes for Lent, Passover, Yom Kippur, Navratri – ask, don't assume. Koenig's work on religion and health is a good general reference.""",
        [],
    ),
    (
        "b8a-033",
        """Case consultation – birth trauma, second pregnancy

Presenting concern: 29yo woman, 22 weeks pregnant with her second. First baby, Isla, was born 03.11.2022 by emergency section at the Homerton after a long labour and a shoulder dystocia scare. She has flashbacks, avoids the road the hospital is on, and wants an elective section this time but feels 'not listened to'.

Background: Partner is a plumber, supportive. Mum lives nearby in Hackney and helps with childcare. No previous MH history. City Birth Trauma Scale high on both clusters. EPDS 15.

Tried: 4 sessions, psychoed, grounding, a birth-story timeline (not full reprocessing yet).

Question: is it safe/appropriate to do trauma-focused work (TF-CBT or EMDR) during pregnancy? I've read the NICE guidance, which seems to say yes, but the midwife is nervous. Also, any experience writing to the consultant in support of a maternal-request caesarean?""",
        [
            ("Isla", "name"),
            ("03.11.2022", "date"),
            ("Homerton", "organisation"),
            ("Hackney", "place"),
        ],
    ),
    (
        "b8a-034",
        """Reply: trauma-focused therapy in pregnancy

Yes – NICE CG192 supports trauma-focused therapy in pregnancy, and there's a small but growing evidence base for EMDR in the perinatal period (Baas et al. did a systematic review). Anecdotally I've done it many times without issue.

Some tips:
- Liaise with the midwife and, with consent, the perinatal mental health team early. Their anxiety is understandable.
- Check the EPDS item 10 every session.
- Keep sessions a bit shorter if she's uncomfortable sitting for long in the third trimester.
- For the request-for-section letter, the RCOG has guidance on maternal request. Focus on the psychological impact and her capacity to make the choice.
- Postnatally, the Birth Trauma Association and MMHA have good resources.

Also, the Ayers model of birth trauma is helpful for formulation. Good luck to you both.""",
        [],
    ),
    (
        "b8a-035",
        """Billing/clinical crossover – auth denied mid-treatment

Hi all. Client is a 42-year-old man (T. Nguyen in my EHR, which is also how the insurer's portal lists him) in his 10th session of ERP for contamination OCD. YBOCS 31 → 22 so far, real progress.

His plan just denied continued auth, saying medical necessity isn't met. Member ID is XEH981234567 and the denial letter has a reference number on it that I've been on hold about for an hour.

Clinically: he's mid-hierarchy, just got to touching the bathroom door handle at his job at Lockheed. Stopping now feels like it'd undo everything.

Questions:
- Has anyone successfully appealed with a peer-to-peer review? What did you emphasise?
- If the appeal fails, is it ethical to offer a reduced sliding-scale rate? His deductible is huge.""",
        [("T. Nguyen", "name"), ("XEH981234567", "id_number"), ("Lockheed", "organisation")],
    ),
    (
        "b8a-036",
        """Re: auth denials

Ugh, sympathy. This happens constantly with ERP because the sessions are longer.

What's worked for me in peer-to-peer:
- Lead with the numbers: YBOCS baseline and current, and what functional gains look like (e.g. back at work full-time).
- Cite the APA practice guideline for OCD and IOCDF recommendations; reviewers respond to 'standard of care' language.
- Bill the extended ERP sessions correctly – 90837 plus the add-on 90839/90840 only if it really is crisis; otherwise consider 90837 twice weekly rather than one long session.
- Keep the diagnosis code consistent (F42.2 mixed obsessional thoughts and acts) across claims.

If it fails, a sliding scale is ethical as long as it's consistent with your policy and you're not waiving copays in a way that violates the payer contract. Check with your state board if unsure. Foa's manual is what I cite for number of sessions needed.""",
        [],
    ),
    (
        "b8a-037",
        """Hoping for some wisdom – 15yo with disordered eating

Presenting: 15-year-old girl, restrictive eating, weight down about 8kg over 4 months, amenorrhoea. Her GP has referred to the public ED service but there's a wait. She's at Rangitoto College and a coach in her rowing squad flagged it first.

Background: Lives with parents in Takapuna. Older brother at uni. Perfectionistic, high achieving. EDE-Q global 4.1. Medically the GP says stable for outpatient for now.

Mum emailed me (mel.hartigan@xtra.co.nz) a long list of food rules she's noticed, which was actually really useful.

Tried: 2 sessions. Engagement, psychoed, and I've been pushing for family involvement along FBT (Lock & Le Grange) lines.

Question: while we wait for the specialist service, is it appropriate for me to start FBT phase 1 as a generalist? Or should I hold off and just do support + monitoring?""",
        [
            ("Rangitoto College", "organisation"),
            ("Takapuna", "place"),
            ("mel.hartigan@xtra.co.nz", "email"),
        ],
    ),
    (
        "b8a-038",
        """Re: starting FBT while waiting

I'd hold the line on medical monitoring first, then yes, start the principles of FBT if the GP is doing weekly obs.

- Lock & Le Grange's manual is written for clinicians with some supervision, not necessarily specialists. 'Help Your Teenager Beat an Eating Disorder' is great for parents.
- Get an agreement with the GP about admission criteria (HR < 50, orthostatic changes, etc. per the RANZCP guidelines).
- Weigh her in session, share the weight with her. It's confronting but it's the evidence-based bit.
- Don't let the school rowing coach become the treatment team, however well-meaning.
- EDANZ and the national eating disorder charities have good parent resources here in Aotearoa.

And look after yourself; these cases are heavy. Supervision every fortnight at minimum.""",
        [],
    ),
    (
        "b8a-039",
        """Case presentation – complicated grief after losing her sister

Presenting concern: 46 F, lost her younger sister Faith to ovarian cancer 14 months ago. Still sets a place at the table on Sunday nights. Prolonged grief (PG-13-R 41), poor sleep, withdrawn from work.

Background: She moved into her sister's house at 14 Harlow Crescent after the death to look after the dog, Biscuit, who she says is "the last piece of her I have left." Biscuit is now 13 and unwell, and the client is dreading the vet's call.

Tried: 7 sessions. Continuing bonds framing, a letter to her sister, some imaginal conversations (Shear's CGT). She's very articulate but things don't seem to shift.

Question: how do I prepare someone for an anticipated secondary loss like this? And is there a point where I should be thinking about a referral for medication review with her GP?""",
        [("Faith", "name"), ("14 Harlow Crescent", "place"), ("Biscuit", "name")],
    ),
    (
        "b8a-040",
        """Re: anticipated secondary losses in grief work

Really moving case. A few thoughts:

- Worden's tasks of mourning are useful here, especially task four (finding an enduring connection while embarking on a new life). The dog is part of the connection.
- Klass, Silverman & Nickman's continuing bonds work: the bond can shift from the dog to rituals, places, objects. Help her plan that before it happens.
- Stroebe & Schut's dual process model: she's stuck in loss orientation. Gentle restoration tasks might help.
- Kübler-Ross is less useful here, in my view.
- Medication: if there's a co-occurring MDE (PHQ-9 above 15, say) then yes. Prolonged grief disorder (6B42 in ICD-11, F43.81 in the US) itself doesn't have a great med evidence base; naltrexone is being studied.

Also consider a pre-loss ritual with the vet. Some clients find a home euthanasia, with music and the garden, easier to hold. Grief Australia has resources on pet loss too.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind8a"}
        for i, t, items in DOCS
    ]
