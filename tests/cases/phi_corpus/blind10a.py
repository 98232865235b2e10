"""Blind batch b10a, written by a helper session without sight of the guard: 40 documents (20 with
identifiers, 20 clean) in the voices of a therapists' peer-consultation platform - case
presentations in the consultation format, replies to colleagues, follow-ups with takeaways,
SOAP/DAP session notes, peer-group meeting agendas and consultation-hours reflections - across
adult, child, couple, family and older-adult work, in US, UK, Irish, Canadian, Australian and
New Zealand settings and spelling.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at f84ad15 (the session's final rules): span recall 0.964, precision
0.883, identifier documents fully caught 0.850, clean documents flagged 0.450 (the guard at
935157f: 0.952, 0.732, 0.800, 0.700).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b10a-001",
        """**Consultation request: adult trauma, stuck around session 14**

Client: 34F, bilingual (Spanish/English), referred by her PCP after a workplace assault. PCL-5 was 52 at intake, 41 last week. Nightmares 3-4x/week, won't take the bus after dark.

She works nights as a unit clerk at Huntington Hospital and the assault happened in the parking structure on 4/17. She brings up the date constantly and I think the anniversary is going to hit hard. We started CPT in session 6; the impact statement was very thin, mostly "I should have walked with security."

Her sister Marisol has been driving her in from Pasadena, which is lovely but also means the sister sits in the waiting room and the client gets guarded in session.

**Question for the group:** do I pause the protocol around the anniversary or push through? Also any thoughts on the stuck point about "should have"? Resick would say stay with the Socratic questions, but she shuts down.""",
        [
            ("Huntington Hospital", "organisation"),
            ("4/17", "date"),
            ("Marisol", "name"),
            ("Pasadena", "place"),
        ],
    ),
    (
        "b10a-002",
        """Re: CPT vs PE for workplace assault

Good question. A few thoughts from someone who has done a lot of both:

- Anniversary reactions are real but they're not a reason to stop. Resick and Monson are pretty clear that avoidance of the protocol is itself a stuck point. I'd name it with her rather than decide for her.
- If the impact statement is thin, that's data. Sometimes I have clients write it twice, once "for the therapist" and once "for nobody".
- "Should have" statements are classic hindsight bias. The Hindsight Bias worksheet is clunky, but it works.
- If she truly can't tolerate the cognitive work, Foa's PE might land better. Some of my clients find imaginal exposure weirdly easier than arguing with their own thoughts.

Billing note since someone always asks: I code these 90837 with F43.10 as primary; a few payers still want 309.81 on older authorisations. Her psychiatrist may want to consider prazosin 1-2 mg at bedtime for the nightmares; the evidence is mixed but worth a conversation.

Also, hard agree on the waiting-room issue. I had a similar case in a mid-size city in the Southwest and we moved to Zoom for two sessions just so she could speak freely. Memorial Day weekend was our worst stretch, and then it eased.""",
        [],
    ),
    (
        "b10a-003",
        """Session note (child, 8y), session 5 of 12

Attended with mum. Child in Year 4 at St Aidan's Primary. Teacher (Miss Okoro) reports he is hiding under tables during maths and has bitten a TA twice this half-term.

Observations: settled quickly with the sand tray; built a "volcano" scene, then buried all the figures. Lots of themes of things being swallowed up. When I reflected that the people were under the sand, he said "they're safer there".

Mum disclosed that the family had a visit from the housing officer and might be moved out of Harehills. She's very anxious about a change of school mid-year. I gave her the NHS number to pass on to the school nurse so the referral letters match: 943 476 5919.

SDQ (parent): total difficulties 22, emotional 7. Plan: continue non-directive play, review at session 8, liaise with SENCo about a safe space in class.""",
        [
            ("St Aidan's Primary", "organisation"),
            ("Okoro", "name"),
            ("Harehills", "place"),
            ("943 476 5919", "id_number"),
        ],
    ),
    (
        "b10a-004",
        """## Peer supervision group: agenda (child & adolescent strand)

1. Check-in and any urgent safeguarding (10 min)
2. Case presentation: 7-year-old, suspected developmental trauma, looked-after child. Presenter wants to think about Theraplay vs DDP. Please read Dan Hughes' chapter on PACE beforehand if you can.
3. Outcome measures: are we still using the RCADS at review points or moving to the SDQ only? CAMHS have asked us to align.
4. EHCP reports: how much do we share with schools? Discussion of consent for Year 6 transition.
5. Reflective space: Bonfire Night and fireworks week, sensory overwhelm, and how many of our kids dysregulate across the whole of November.
6. AOB: room booking after half-term; the sand tray needs restocking (someone please bring more small animals).

Reading for next time: Bruce Perry, Neurosequential Model overview; Golding on the Nurturing Attachments programme. We're meeting in person in the North West hub, hybrid on Teams for those who can't travel.""",
        [],
    ),
    (
        "b10a-005",
        """Follow-up: the couple I presented last month (thanks all)

Quick update and what I took from your replies.

They came back after the wedding. Ciarán did most of the talking as usual; Naoise sat with her coat on for the first twenty minutes. The blow-up happened on the 9th of June at his brother's afters, and they've been stuck on it since. She keeps saying "you left me standing there".

Takeaways from the thread:
- Slow right down. Track the cycle, not the content (thanks for the EFT reminders).
- Don't get pulled into adjudicating who said what at the wedding.
- Name the pursue/withdraw pattern out loud and let them correct me.

Admin slip I need to fix: I put his PPS number, 7123456TA, in the referral email to the GP practice in Ballincollig by mistake and I need to ask them to redact it. Lesson learned.

Next session is a joint one, then an individual each.""",
        [
            ("Ciarán", "name"),
            ("Naoise", "name"),
            ("9th of June", "date"),
            ("7123456TA", "id_number"),
            ("Ballincollig", "place"),
        ],
    ),
    (
        "b10a-006",
        """Consultation hours reflection, Thursday evening

Three of us on tonight. Most of the hour went on couples work and a question that keeps coming up: what do you do when one partner is clearly using sessions as a stage?

Someone brought Gottman's point about contempt being the strongest predictor of breakdown, and someone else pushed back a bit, saying Sue Johnson would see the contempt as a protest at disconnection rather than the problem itself. Both useful. I think I lean EFT but I borrow the Four Horsemen language because clients get it instantly.

Practical stuff from the chat:
- Pieta and Samaritans (116 123) numbers on the intake pack for every couple, not only when there's a flag.
- The HSE counselling waitlist in the Midlands is apparently over a year now, so more GPs are sending people our way.
- Leaving Cert season is brutal for families; expect more parental conflict in May and June.
- St Patrick's Day week tends to bring a spike in drinking-related disclosures.

Personal note: I was tired and noticed I was quicker to advise. Bring that to my own supervisor.""",
        [],
    ),
    (
        "b10a-007",
        """Case presentation: older adult, grief and adjustment

Client is aged 92, widowed last winter after 64 years of marriage. Francophone, prefers sessions in French. She moved into Pioneer Manor in the spring after a fall and says the staff are kind but "nobody knows who I was".

Her son Réjean drives up from Sudbury every second weekend and is the main contact. He's worried she's "giving up", mostly because she stopped going to the dining room.

Assessment: GDS-15 of 9, MoCA 24/30 (hearing a likely factor). No SI, but she talks a lot about being ready. I don't hear that as a risk statement so much as an older person's realistic reckoning, and I'd like a sense check.

Admin: the home asked me to put her OHIP number on my invoices, 4532-281-947-ML, which I'm not sure is necessary for a private-pay arrangement.

Question: reminiscence work vs meaning-centred approaches? She lights up talking about her teaching years.""",
        [
            ("aged 92", "age"),
            ("Pioneer Manor", "organisation"),
            ("Réjean", "name"),
            ("Sudbury", "place"),
            ("4532-281-947-ML", "id_number"),
        ],
    ),
    (
        "b10a-008",
        """Re: older adults and "giving up"

I'd gently push back on reading withdrawal as depression by default. With clients in their late eighties, some of what looks like anhedonia is grief plus fatigue plus a body that's tired.

What's helped me:
- Screen properly: GDS-15 rather than PHQ-9, and get hearing and vision checked before trusting a MoCA. I've had a client score 19/30 with hearing aids out and 25/30 with them in.
- Ask about meds. Donepezil 10 mg can flatten appetite; mirtazapine 15 mg can help sleep and appetite together if the physician is open to it.
- Erikson's integrity vs despair is still useful language for families.
- Dignity Therapy (Chochinov) is lovely for people who want to leave something behind.

I currently see an 89-year-old retired nurse in a small town in northern Ontario. She was adamant she didn't want "therapy", so we call it visits. We did a life review over the autumn, and by Thanksgiving she was telling me stories to write down for her grandchildren.

Also, please don't let anyone quote Kübler-Ross stages at a bereaved 88-year-old as if they're a checklist.""",
        [],
    ),
    (
        "b10a-009",
        """DAP note: family session 3

D: Mum, Dad and both kids attended. Eldest (Kirra, 13) refused to sit on the couch and stood by the door for most of the hour. Parents report school refusal since Term 2; the school, Orana Heights Public School, has started the attendance process. Younger sibling (9) mostly quiet, drawing.

A: Family organised around avoiding Kirra's distress. Dad takes a hard line, Mum accommodates; the kids read this split clearly. Circular questions went well; Dad was surprised that the 9yo noticed "Mum cries in the car".

P: Next session Thurs 14/3 with parents only. Send SPACE program handouts (Lebowitz). Mum to bring the school letters. I've included the Medicare number for the MHTP claim here for admin, 2953 61847 1, then remove from the shared file before the team meeting.""",
        [
            ("Kirra", "name"),
            ("Orana Heights Public School", "organisation"),
            ("14/3", "date"),
            ("2953 61847 1", "id_number"),
        ],
    ),
    (
        "b10a-010",
        """Seeking input: regional family, Better Access sessions running out

Family of four in regional NSW, I'm seeing the 15-year-old under a Mental Health Treatment Plan (item 80010 for my sessions). K10 at intake 34, now 28. She's also on the headspace waitlist, which is months long out here.

Ten Better Access sessions disappear fast when you also need a couple of parent sessions. How are people structuring this? I've been doing:
- 6 individual (CBT-A, some DBT skills from Rathus and Miller)
- 2 parent sessions using Tuning in to Teens
- 2 kept in reserve for after the Christmas holidays and the start of Year 11

She has Lifeline (13 11 14) and Kids Helpline (1800 55 1800) saved in her phone, and we did a safety plan on the Beyond Now app.

Also thinking about Bruce Perry's idea that the dose of relational contact matters more than the session count. Dad is a shearer and is away a lot; ANZAC Day long weekend was the first time in months the whole family was home together, and she says it was the best week she's had. Any NDIS angle here, or is that a dead end for anxiety without a psychosocial disability?""",
        [],
    ),
    (
        "b10a-011",
        """Case for discussion: adult male, anger and shame, mandated-ish

32M, Māori, referred through his work EAP after an incident on the factory floor. He works at Fonterra and says this is his "last chance".

He's open once he gets going but goes quiet when we get near his dad. There's been a lot of online stuff too: someone set up an account mocking him after the incident, @waka_clown_99, and he keeps checking it at 3am.

He lives in Porirua with his partner and two kids. His NHI is ZGT5482, which was on the GP referral (noting only because the EAP form has a box for it and I'm not sure it should).

What I'd like help with:
- How to hold the "mandated" part without becoming his employer's agent
- Whether to bring whānau in, which he's floated himself
- Te Whare Tapa Whā as a frame. I've used it before, but never with someone this guarded.""",
        [
            ("Fonterra", "organisation"),
            ("@waka_clown_99", "handle"),
            ("Porirua", "place"),
            ("ZGT5482", "id_number"),
        ],
    ),
    (
        "b10a-012",
        """Reply: working with whānau in the room

Kia ora, good case. A few thoughts from my practice:

Te Whare Tapa Whā (Mason Durie) is a good fit precisely because it doesn't start with the problem. Start with taha whānau and taha wairua, and the anger conversation often opens sideways. If he has raised bringing whānau in himself, honour that. It's a sign of trust, not avoidance.

On mandated referrals: I say at the start, every time, what goes back to the EAP (attendance, yes/no) and what doesn't (everything else). Writing it down helps.

On the online harassment: Netsafe is the generic route, and his GP can help with sleep. Zopiclone 7.5 mg short-term is common, but I'd rather try sleep hygiene plus limiting phone use first.

Resources I give out: 1737 (free call or text), and the Hard to Reach guide if he's in a rural town in the Waikato or similar. Matariki is coming up, and some of my clients have used it as a natural point to set intentions. Waitangi Day can be a heavy one for others.

Ka kite, and let us know how it goes.""",
        [],
    ),
    (
        "b10a-013",
        """Consult Q: couple, affair recovery, one partner wants me to "take sides"

Married 11 yrs, both late 30s. Devonte found texts in January; Keisha says it was an emotional affair only, with a coworker. They're both committed to trying.

The sticking point: he wants her to quit her job. She works for Delta Air Lines as a gate supervisor and the coworker is on her shift. She says that's financially impossible. He called my cell last night, (404) 555-0187 shows up on my log, asking for an individual session "to explain his side" before our joint one.

I'm using Gottman's atone-attune-attach, and we're in the atone phase. But the solo phone call feels like triangulation. Do I see him individually? What's your policy on secrets in couples work? I have a no-secrets policy in my intake paperwork but I'm not sure I explained it well enough.""",
        [
            ("Devonte", "name"),
            ("Keisha", "name"),
            ("Delta Air Lines", "organisation"),
            ("(404) 555-0187", "phone"),
        ],
    ),
    (
        "b10a-014",
        """Re: secrets policy in couples therapy

This comes up so often. What I do:

1. Written no-secrets policy at intake, AND I say it aloud in session 1. Put it in plain language: "If you tell me something alone that affects the relationship, I'll help you bring it into the room."
2. Individual sessions are fine if they're symmetrical: one each, same length, same boundaries.
3. After-hours calls: brief, warm, redirect. "Let's hold that for Tuesday."

On the job question: Esther Perel has a good line about the injured partner needing the betrayer to carry the vigilance for a while. That might mean the partner offers transparency at work (shift swaps, a check-in text), not quitting.

Gottman's Sound Relationship House is fine, but I'd also look at EFT's attachment-injury resolution model (Sue Johnson); it's built for exactly this. Some couples also like the PREPARE/ENRICH inventory as a neutral starting point.

Billing: 90847 for conjoint, Z63.0 if you need a relationship code; check your payer. One partner may need their own individual therapist; if he's on sertraline 100 mg, his prescriber may want to know about the sleep disruption.

And brace for Valentine's Day. It's a minefield in affair recovery, and so is Thanksgiving with the in-laws.""",
        [],
    ),
    (
        "b10a-015",
        """## Older Adults peer group: Thursday agenda

- Welcome, apologies (R. on leave)
- Minutes from last time, plus actions re: the memory clinic referral pathway
- **Case 1**: retired miner, widower, referred by GP for low mood. Mr Pritchard (aged 94) still lives alone outside Llandudno and is refusing carers. The question for the group is capacity vs risk, and how to support the daughter without taking over.
- **Case 2**: 78F, health anxiety post-stroke, ruminating nightly
- Reading: Kitwood on personhood; Laidlaw's CBT with older people
- Discussion: home visits and lone-working policy through the winter
- AOB""",
        [("Pritchard", "name"), ("aged 94", "age"), ("Llandudno", "place")],
    ),
    (
        "b10a-016",
        """Follow-up + takeaways: Step 3 client who "failed" Step 2

Thanks for the replies on this one. Summarising for anyone who finds the thread later.

Background: 41F, referred back to NHS Talking Therapies after guided self-help. PHQ-9 18, GAD-7 16, WSAS 24. She'd been told she "didn't engage", which she heard as "you failed".

What I took from you all:
- Formulate first. A Padesky-style collaborative 5-areas diagram at session 2 changed the tone completely.
- Beck's cognitive triad is still useful, but she responded more to Gilbert's compassion-focused framing of the threat system.
- For the anxiety, one of you suggested Clark & Wells' social anxiety model and it fits better than GAD.
- CORE-10 at every session rather than only PHQ/GAD gives a broader picture.

Practical: she works shifts, so we moved sessions to early morning. Ramadan fell in the middle of treatment; we adjusted timings and didn't schedule exposure work while she was fasting. Boxing Day and the New Year gap was fine.

Risk: passive SI only; safety plan includes 111 option 2 and Samaritans 116 123. Discharged at session 14 with PHQ-9 7, GAD-7 6.""",
        [],
    ),
    (
        "b10a-017",
        """Session note: child, selective mutism, session 9

Arjun (Grade 2) spoke a single word to me today ("blue") during the colour game. Huge. Mom was in the room per our fade-in plan; we moved her chair a metre closer to the door.

School update: classroom teacher at Lord Roberts Elementary reports he's now nodding and pointing and whispered to one peer on the playground. We have a school meeting booked for Nov. 2 to set up a sliding-in plan with the resource teacher.

Family recently moved from an apartment in Kitsilano to a basement suite further out; Mom thinks the move set him back in September.

Measures: SMQ improving, school subscale 4 to 9.

Plan: continue stimulus fading, add verbal rewards at home, coach Mom on not answering for him.""",
        [
            ("Arjun", "name"),
            ("Lord Roberts Elementary", "organisation"),
            ("Nov. 2", "date"),
            ("Kitsilano", "place"),
        ],
    ),
    (
        "b10a-018",
        """Consultation question: blended family, triangles everywhere

Presenting with a blended family: two adults, three kids from previous relationships (6, 11, 14). Referral came through child protection after a report from a school. Nothing substantiated, but the family is rattled.

I drew the genogram in session 2 and it is a Bowen textbook: the 14-year-old is triangulated between her mother and stepfather, and the 11-year-old is the "good one". Minuchin would say the executive subsystem isn't holding. I'd like to try some structural moves (enactments, boundary-making), but the stepfather goes silent whenever I ask him to take the lead.

Measures: SCORE-15 from each family member over 12; wildly different scores, which is itself useful.

Also thinking about Satir's communication stances: Mum is a placater, stepdad a distractor, the 14yo a blamer.

Logistics: they're in a small town a few hours north of the city, so we're doing alternate sessions on a video platform. Canada Day long weekend was apparently a disaster (all five kids plus ex-partners at a cottage).

The 14yo has Kids Help Phone (1-800-668-6868) and knows to text 686868. Any thoughts on sequencing structural vs narrative work here?""",
        [],
    ),
    (
        "b10a-019",
        """Hi all, I'd appreciate eyes on this one (adult, perinatal)

29F, first baby, 4 months postpartum. EPDS 19 at the GP, item 10 scored 1. Partner Lachlan works at Bunnings and does long weekend shifts, so she's alone with the baby for most of Saturday and Sunday.

She's in Toowoomba and her mum is interstate. She describes intrusive images of dropping the baby on the stairs. We've done psychoeducation on perinatal OCD vs psychosis and she cried with relief.

She sent a long email to my practice address overnight from rthollis88@bigpond.com. It was mostly a thank-you, but with a line about "not being sure I'm meant to be a mum". I followed up by phone the next morning; no active SI.

Questions: ERP pace with a newborn? And how do people handle after-hours emails, given perinatal risk?""",
        [
            ("Lachlan", "name"),
            ("Bunnings", "organisation"),
            ("Toowoomba", "place"),
            ("rthollis88@bigpond.com", "email"),
        ],
    ),
    (
        "b10a-020",
        """Consultation hours reflection: end of the financial year and feeling flat

Not a case, more of a check-in with myself after this week's consult hour.

EOFY always does this to me: admin, Medicare rebates, chasing referral letters, and a nagging sense that I've been more of a clerk than a clinician. Two people in the group said the same.

What we talked about:
- Yalom's idea that the therapist's own here-and-now reactions are data, not noise. My flatness might be telling me something about the three clients I saw back-to-back on Wednesday.
- Winnicott's "good enough", applied to ourselves for once.
- Rogers on congruence: if I'm flat, pretending otherwise is worse than naming it gently.
- Whether to take a proper break over the school holidays rather than squeezing in AHPRA CPD hours.

I'm in a coastal town on the Mid North Coast and there are only two other psychologists within an hour, so peer consultation online is basically my lifeline. Grateful for this group.

Action: book a session with my own supervisor before Christmas, not after.""",
        [],
    ),
    (
        "b10a-021",
        """Consultation request: adolescent self-harm, school involved

16F, fifth year. Self-harm (cutting, superficial) for about 8 months, disclosed to a teacher at Coláiste Íde in October. School made a referral; a social worker is involved and gave me their case ref, 23/0418/KY, for correspondence.

She lives with her dad outside Tralee. Mum is in the UK. Her best friend Saoirse is the one person she texts when she's about to hurt herself, and Saoirse is, understandably, struggling to carry it.

Significant date: her grandmother died on the 2nd of February and the self-harm escalated from then on.

I'm using DBT-A skills (distress tolerance mostly). The question is about the friend: is there anything I can ethically do to support her, given she isn't my client? And how do people manage the school's appetite for updates?""",
        [
            ("Coláiste Íde", "organisation"),
            ("23/0418/KY", "id_number"),
            ("Tralee", "place"),
            ("Saoirse", "name"),
            ("2nd of February", "date"),
        ],
    ),
    (
        "b10a-022",
        """DAP: adult, session 7

D: Client reports a low week. Slept 4-5 hrs most nights. Started escitalopram 10mg three weeks ago via GP; some nausea, now settling. DASS-21: depression 24, anxiety 14, stress 26. She spent Halloween with her sister's kids and said it was "the first time I laughed in months".

A: Self-critical style very prominent; it fits Gilbert's CFT threat/drive/soothe model well. Behavioural activation gains from sessions 3-5 slipping, largely due to work stress. Perfectionism at work (Leahy's worry schemas resonate).

P:
- Compassionate letter exercise (homework)
- Revisit BA schedule and drop from 5 activities to 3
- Signpost to the local Family Resource Centre parenting group for her sister, who asked
- Review in two weeks; Junior Cycle mocks mean her teaching workload peaks then

Risk: nil active. Pieta number given. She lives in a small village in the West, so in-person is every second week and the rest by phone.""",
        [],
    ),
    (
        "b10a-023",
        """Family session note: Pasifika family, school truancy

Present: Dad (Sione), Mum, the 14yo son and the nana. Session held at their home in Ōtara because transport is a barrier. Started and finished with prayer at nana's request.

Son has been wagging from Tangaroa College since Term 2. Dad works nights and is angry about it; Mum is caught in the middle. Nana quietly said the boy has been "carrying the shame of the family" since his uncle's deportation.

Used the Fonofale model to map: the family and culture as the foundation, spirituality as the roof. The boy visibly relaxed when we talked about church youth group rather than school.

Follow-up: Dad asked me to text him reminders on 021 448 902 instead of emailing. Mum asked if the school counsellor can come next time.

Plan: joint meeting with the school in two weeks.""",
        [
            ("Sione", "name"),
            ("Ōtara", "place"),
            ("Tangaroa College", "organisation"),
            ("021 448 902", "phone"),
        ],
    ),
    (
        "b10a-024",
        """Re: cognitive decline and family disagreement about rest-home placement

Kia ora koutou, a few thoughts from the older adult side of things.

Before any placement conversation I'd want a proper ACE-III rather than relying on a MoCA done in a GP appointment. I've seen people drop 6 points just from anxiety about being tested. If the ACE-III is in the 70s, that's a different conversation than the 50s.

Frameworks I find helpful:
- Kitwood's personhood; malignant social psychology is worth naming with families.
- The Fonofale model (Pulotu-Endemann) for Pasifika families; it makes room for the spiritual and the collective.
- Te Whare Tapa Whā for whānau Māori.

Meds: if the geri team is considering donepezil or memantine, worth asking about sleep and appetite effects.

I worked with a very similar family a few years back. Their mum moved to a rest home in a provincial city, and Labour Weekend was her first visit home. Everyone expected a meltdown and she was delighted. Sometimes the fears are bigger than the reality.

Remind the family about Healthline 0800 611 116 for after-hours worries. Also: ANZAC Day and other commemorations can be hugely meaningful for some older clients; it's worth building them into the care plan.""",
        [],
    ),
    (
        "b10a-025",
        """Consultation: older adult, suspected financial exploitation

Bernice is aged 97, lucid, sharp as a tack, still lives in her own house in Shaker Heights. She came to me (self-referred!) because she's "feeling taken advantage of" by a grand-nephew who moved in.

She showed me a letter from the bank, and her Social Security number, 412-55-8831, is printed on a loan application she says she never signed. She also mentioned her cardiologist at the Cleveland Clinic asked if she "feels safe at home", and she lied and said yes.

I'm a mandated reporter for elder abuse in my state. She's begging me not to report because "he's all I have".

Questions: how do I hold autonomy vs duty here? Has anyone done APS reports with a capacitated client who explicitly objects?""",
        [
            ("Bernice", "name"),
            ("aged 97", "age"),
            ("Shaker Heights", "place"),
            ("412-55-8831", "id_number"),
            ("Cleveland Clinic", "organisation"),
        ],
    ),
    (
        "b10a-026",
        """Re: play therapy for a 7yo with ADHD and aggression

Lots to say here. Quick bullets:

- CCPT (Landreth) has a decent evidence base for disruptive behaviour, and so does Axline's original work if you like the history. But with a 7-year-old hitting peers, I'd be pairing it with PCIT (Eyberg) or at least PCIT-informed parent coaching.
- CBCL externalising T-score of 68 plus Vanderbilt positives: get the medication question answered first. Concerta 18 mg is a common starting point; his pediatrician is probably already on it.
- Theraplay is great for the attachment piece, less so for aggression.
- F90.2 as primary; if you're billing play sessions, 90834 vs 90837 depends on your actual time, not the plan.

School: get the IEP team to consider a 504 plan at least; 2nd grade is when a lot of kids get labelled "the bad kid" and it sticks.

I practice in a rural county in the Midwest, and we found Halloween and the Fourth of July were the two worst weeks for sensory-related incidents (costumes, fireworks). Plan ahead.""",
        [],
    ),
    (
        "b10a-027",
        """Consultation Q: couple, one partner in recovery

Both early 40s. Guy is 14 months sober (AA), and his partner says she doesn't recognise him and isn't sure she likes the new version. He's "all serenity prayers and early nights".

They live in SW8 2LP (it came up because they're arguing about whether to move closer to her parents). He works for Transport for London on the night Tube and his sponsor is also a colleague. She feels she's competing with the Fellowship.

She mentioned he relapsed once, on 23 September, and didn't tell her for a week. That's the wound.

I'm trying to think about this through a systems lens: the couple system reorganised around the drinking and now has to reorganise again. Any recommendations for reading on couples in early recovery? Happy to hear from anyone who knows the BCT model well.""",
        [
            ("Guy", "name"),
            ("SW8 2LP", "place"),
            ("Transport for London", "organisation"),
            ("23 September", "date"),
        ],
    ),
    (
        "b10a-028",
        """Family therapy: reflecting team notes (systemic clinic)

Format: family of four interviewed behind the screen, reflecting team of three, then back to the family.

Themes the team reflected:
- Mum's story of "holding it all together" and Dad's of "never being asked". The team wondered aloud about the Social Graces (Burnham), gender and class in particular. Dad grew up in a market town in the South West and speaks of "not being the type who talks".
- The Year 10 daughter's GCSE stress and her younger brother's sudden stomach aches. The team thought these might be two voices of the same worry.
- Mother's Day had been a flashpoint; Easter less so.

Theory touchpoints for the write-up: Milan circular questioning (Selvini Palazzoli), Tom Andersen's reflecting processes, and a nod to Cecchin's curiosity.

Measures: SCORE-15 at sessions 1 and 4. Both parents' scores improved; the daughter's got worse, which the team read as her finally being allowed to show it.

Next: session 5 in three weeks. CAMHS Tier 3 may take over the daughter's anxiety work if the GP refers.""",
        [],
    ),
    (
        "b10a-029",
        """lol ok this thread is too relatable. my 19yo client literally showed me a text last week that said "omg jordan said no again 💀" and then spent 40 min explaining the group chat politics.

but real question: she's gaming 8-10 hrs a day, mostly overnight. her gamer tag is xXnightowlXx, which she thinks is hilarious given the sleep stuff. I did a sleep diary and she's averaging 3-4 hrs on weeknights.

she's back home in Moncton after dropping out of first year. parents are frustrated. she's not *depressed* exactly, PHQ-9 11, but she's definitely hiding.

anyone used MI for gaming with this age group? I'm trying not to be the 40-something shaking my fist at the internet lol""",
        [("jordan", "name"), ("xXnightowlXx", "handle"), ("Moncton", "place")],
    ),
    (
        "b10a-030",
        """Consultation hours reflection: moral injury

We spent most of tonight's hour on a veteran case someone brought in, and I wanted to capture a few threads for myself.

Moral injury isn't PTSD, though it often sits alongside it. Shay's original framing (betrayal of what's right by someone in legitimate authority) and Litz's later work (perpetration, witnessing, failure to prevent) gave us language to separate the strands.

Practical points from the group:
- Don't rush to reassurance. "You did what you had to" can land as dismissal.
- Adaptive Disclosure (Litz et al.) has an imaginal dialogue component some veterans find powerful.
- PCL-5 and CAPS-5 will miss a lot; the Moral Injury Events Scale (Nash) helps.
- Prazosin for nightmares, yes, but be humble about the mixed evidence.
- Veterans Affairs Canada coverage is a maze; one member has a good handout on navigating it.

Remembrance Day is a hard week for many of these clients. The colleague's client lives in a base town in the Maritimes, where it's everywhere.

Personally: I noticed my own discomfort with the perpetration stories. More of my own supervision needed there.""",
        [],
    ),
    (
        "b10a-031",
        """Seeking consult: older adult, anticipatory grief, Italian-Australian family

Client is aged 90, came to Australia in the 1950s, lives in Glenelg with her daughter. She's grieving her husband, who is in end-stage care at Southern Cross Care and not expected to last the winter.

She talks about the last "good" day, Boxing Day 2022, when the whole family was at the beach. Since then she says she's been "practising being a widow".

Her granddaughter Rosa comes to some sessions to interpret dialect words, which is both helpful and complicated (she's 22 and very protective).

I'm using meaning-centred work with bits of narrative therapy. Questions:
- Interpreter ethics when the interpreter is family
- Anticipatory grief: do I hold off on grief-specific work until he dies?""",
        [
            ("aged 90", "age"),
            ("Glenelg", "place"),
            ("Southern Cross Care", "organisation"),
            ("Boxing Day 2022", "date"),
            ("Rosa", "name"),
        ],
    ),
    (
        "b10a-032",
        """Reply: anxious 7yo, school avoidance in Year 2

Thanks for sharing. Some thoughts:

- Cool Little Kids (Rapee) is designed for younger anxious children and is parent-led, which suits a 7yo.
- Tuning in to Kids (Havighurst) is worth offering if emotion coaching is thin at home.
- Triple P Level 4 if behaviour is part of the picture.
- SDQ from both parent and teacher; if the impact scores are high, the NDIS won't help without a diagnosis, so don't waste time there.
- An OT referral is worth considering if there's a sensory component; in my experience many "anxious" Year 2 kids turn out to be overloaded rather than worried.

Timing: term 3 is often when NAPLAN-style pressures start to bleed down to younger kids, even though they're not sitting it. Easter holidays are a natural reset, and the first week back is the worst.

I work at an outer-suburban primary school two days a week, and we've had good results with a "soft start" (arrive 15 min early, a job to do, then class).

Circle of Security Parenting is my go-to for parents who feel they're "doing it wrong". The "being with" framing lands well.""",
        [],
    ),
    (
        "b10a-033",
        """SOAP: adolescent, session 4

S: Hope (15) says the bullying "moved online" after the group chat blew up. An account, @sk8rgrl_0611, has been posting edited photos of her. She's stopped going to lunch at Westlake High and eats in the library.

O: Flat affect, good eye contact when talking about art. PHQ-A 16. C-SSRS negative for current ideation. Mom says the school resource officer traced the posts to a home IP, 73.158.42.201, but nothing came of it.

A: Depressive symptoms secondary to peer victimisation, plus social withdrawal. Strong protective factors: art, her older brother, a supportive mom.

P: Continue weekly. Safety plan updated (988 + crisis text line). Coach her on documenting and reporting. School meeting next week. Consider IPT-A.""",
        [
            ("Hope", "name"),
            ("@sk8rgrl_0611", "handle"),
            ("Westlake High", "organisation"),
            ("73.158.42.201", "ip"),
        ],
    ),
    (
        "b10a-034",
        """SOAP: adult, recurrent depression, session 11

S: Client reports "a bad week, but not the worst". He skipped two BA activities (gym, calling his brother) but did keep the Tuesday walk. Labor Day weekend was hard; he spent most of it in bed listening to Spotify. Says work at "the big-box retailer" is grinding him down.

O: PHQ-9 19 (up from 15). C-SSRS: passive ideation, no plan, no intent. Psychomotor slowing noted. Bupropion XL 150 mg, started 6 weeks ago, adherence good per client.

A: F33.1, major depressive disorder, recurrent, moderate. Partial response to behavioral activation (Martell, Addis & Jacobson). Seasonal pattern possible; symptoms typically worsen from October.

P:
- Revisit the Stanley-Brown safety plan; 988 reconfirmed
- Reduce BA targets and add one values-based activity
- Liaise with prescriber about a possible dose increase to 300 mg
- Consider a light box after discussion with PCP
- Next session Tuesday. Billed 90837.""",
        [],
    ),
    (
        "b10a-035",
        """Consultation hours reflection

Quiet session tonight, just two of us. I brought the client I've been worried about since discharge from the inpatient stay at Tameside General, mostly to think about my own reactions.

What came up:
- I've been over-functioning: extra check-in calls, longer sessions, offering "just one more" appointment. My colleague named this gently and I recognised the rescuer corner of the Karpman triangle.
- It's about my own history as much as hers. Worth taking to personal therapy.
- Linehan's point that therapists need their own consultation team is exactly why I came tonight.

Practical: I'll return to the agreed frequency (weekly, 50 minutes) and flag any risk escalation to the CMHT crisis line rather than carrying it alone. She has the Samaritans number and 111.

Reading: Pearlman and Saakvitne on vicarious trauma.""",
        [("Tameside General", "organisation")],
    ),
    (
        "b10a-036",
        """Cognitive Stimulation Therapy group: mid-programme reflection

We're at session 7 of 14 with a CST group of six people with mild-to-moderate dementia (ACE-III range 62-78). Notes for the peer group:

- Themes that worked best: "Childhood", "Food" and "Being Creative". The "Current Affairs" session fell flat; perhaps we need more visual prompts.
- One member, a retired engineer in his late eighties, dominates. Kitwood's point about positive person work: let him be the expert on something specific, like the quiz.
- Memantine 20 mg and donepezil 10 mg are common across the group; two people have reported vivid dreams.
- We had a lovely session around Remembrance Sunday. Several people shared wartime stories from their parents, and one talked about VE Day street parties.

Carers: signposted to a local befriending charity and the Admiral Nurse helpline.

Ethical note: consent is ongoing and process-based. We check in at the start of each session and don't rely on the form signed at week 1.

The group runs from a care home on the coast; the activities co-ordinator co-facilitates. Next review is after the Christmas break.""",
        [],
    ),
    (
        "b10a-037",
        """## Family team meeting: agenda (draft, please amend)

1. Case update: 6yo with feeding difficulties and a family history of eating disorders.
   - Referral came from Children's Health Ireland at Temple Street after an admission; MRN 00488127 on the discharge summary for cross-ref.
   - Mum (Dervla) wants a family-based approach and is worried about her own ED history being "blamed".
   - They're in Drogheda, so hybrid sessions are likely.
2. Discussion: ARFID vs anxiety-driven restriction. Review the PARDI assessment results.
3. Training: the family-based treatment (FBT) refresher is next month. Who's going?
4. Reflective space: working with parents who have their own ED histories
5. AOB""",
        [
            ("Children's Health Ireland at Temple Street", "organisation"),
            ("00488127", "id_number"),
            ("Dervla", "name"),
            ("Drogheda", "place"),
        ],
    ),
    (
        "b10a-038",
        """Reply: attachment-focused work with a 4yo after a care placement

A few thoughts, for what they're worth:

- Circle of Security Parenting would be my first offer to the foster carers: eight chapters, very accessible, and it reframes "attention seeking" as "connection seeking".
- The Solihull Approach is another good option if your area's public health nurses are trained in it.
- DDP (Dan Hughes) once things are a bit more stable; it's heavier going for carers.
- Bowlby and Ainsworth's work is the foundation, obviously, but I'd avoid using "disorganised attachment" as a label with carers. The Strange Situation was a research procedure, not a clinical test.

Practicalities in the Irish system: Tusla will want to be kept informed, and the GAL may request a report. Be clear about what you share.

Timing: Junior Infants starts in September, and transitions are hard. First Communion season can bring up a lot for older siblings in care if they're from a Catholic background. Christmas is often the hardest stretch.

I'm in the Midlands, and there's a long waitlist for the Primary Care Psychology service here too, so you're not alone.""",
        [],
    ),
    (
        "b10a-039",
        """Case presentation: couple, coercive control concerns (need a sense check)

Presenting as a couple seeking help with "communication". In the individual sessions, Talia described her partner Wiremu tracking her car (plate LKM482, registered in her name) and checking her phone.

She runs a small business selling baking online, instagram.com/kiwi_bakes_nz, and says he monitors the DMs.

They're in Papakura, both working, two kids under 5. The trigger incident was on 14 Feb: she went out with friends and he turned up uninvited.

I'm now very uncomfortable continuing conjoint work. My question: how do people transition from couple to individual work when coercive control is suspected, without tipping him off and raising the risk?""",
        [
            ("Talia", "name"),
            ("Wiremu", "name"),
            ("LKM482", "id_number"),
            ("instagram.com/kiwi_bakes_nz", "url"),
            ("Papakura", "place"),
            ("14 Feb", "date"),
        ],
    ),
    (
        "b10a-040",
        """Re: couple work and coercive control (takeaways from a long career)

This is hard and you're right to pause. My main takeaways:

1. Conjoint work is contraindicated where coercive control is present. That's the consensus across the field, from Stark's work on coercive control to the Duluth model literature.
2. Transition carefully. Frame it as "part of the process" ("I routinely do individual work at this stage") rather than as a response to something she disclosed.
3. If you work with him later, Alan Jenkins' Invitations to Responsibility is still the best book I know for engaging men who use violence.
4. Safety planning with her, in a separate session, using the Family Violence Information Line (0800 456 450) and 1737 for emotional support.

Also worth noting that many of my clients in a provincial town in Southland have found that big family gatherings (King's Birthday weekend, Diwali for one family, Christmas) bring both control and risk to a head.

I'd also suggest a consult with someone from your local specialist family violence service. Don't carry this alone.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind10a"}
        for i, t, items in DOCS
    ]
