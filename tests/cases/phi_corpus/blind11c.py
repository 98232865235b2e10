"""Blind batch b11c, written by a helper session without sight of the guard: 40 case-consultation
forum threads between clinicians (opening posts, replies with formulations, reading lists and
tips, ethical questions, presenters' follow-ups, chat-like reply chains, DAP/SOAP notes shared
for feedback) from the UK (England, Scotland), Ireland, the US, Canada, Australia and New
Zealand; 20 hold 1-5 identifiers that slipped in (names, places, postcodes/Eircodes, dates, ages
over 89, phones, emails, URLs, handles, Medicare/CHI/OHIP/IRD/MRN/court/serial numbers,
employers, schools, hospitals, churches), 20 are clean but dense with look-alikes (cited authors
and case law, instruments, codes, meds, rosters like 14/7, public helplines, generic places,
brands).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at bea9426: span recall 0.882, precision 0.639, identifier documents fully
caught 0.750, clean documents flagged 0.500 (the guard at 935157f: 0.882, 0.387, 0.800, 0.950).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b11c-001",
        """**Opening post - Consultation request: 24M, panic + avoidance, 6 sessions in and stuck**

Hi all, hoping for some fresh eyes. Client is a 24-year-old man referred by his GP with panic disorder (F41.0) and fairly entrenched agoraphobic avoidance. GAD-7 at intake 18, now 16. He works nights as a porter at Addenbrooke's and says the corridors are 'the only place I can breathe'. We've done psychoeducation using the Clark panic model, some interoceptive exposure (spinning, straw breathing), and a behavioural experiment about dropping his safety behaviours on the bus. He completes homework but every exposure gets 'cancelled' by a text from his sister Siobhan asking him to come home. Mum has MS and he's the main carer at weekends.

My question: is it worth bringing family in at this point, or do I keep working on his avoidance individually? Supervision is every other Thursday and I'd like something to take there. Thanks in advance x""",
        [("Addenbrooke's", "organisation"), ("Siobhan", "name")],
    ),
    (
        "b11c-002",
        """Re: 24M, panic + avoidance

Really thoughtful post. A quick five-Ps sketch from where I'm sitting:
- Presenting: panic attacks, avoidance of buses and supermarkets, safety behaviours (carrying water, sitting by the door).
- Predisposing: caring role from adolescence, possible parentification (see Jurkovic on destructive parentification).
- Precipitating: change in mum's health last winter?
- Perpetuating: the family texts function as an escape route - negative reinforcement, the classic Salkovskis safety-behaviour loop.
- Protective: he's working, completing homework, clearly motivated.

I'd hold off on full family sessions but maybe offer one joint session framed as 'helping the helper'. Worth re-running the GAD-7 and adding the Mobility Inventory so you've got an avoidance baseline. If he's on sertraline, check it hasn't been stopped abruptly - discontinuation symptoms can look a lot like panic. Good luck, and post back?""",
        [],
    ),
    (
        "b11c-003",
        """Re: Reading list for DBT-A with teens who self-harm?

+1 to Miller, Rathus & Linehan's DBT with Suicidal Adolescents - the chapter on walking the middle path is gold for parents. Also:
1. Rathus & Miller, DBT Skills Manual for Adolescents (the handouts are photocopy-friendly)
2. Nock's work on NSSI functions - the four-function model helped me a lot
3. Jacobson & Gould's review if you want the epidemiology

Practical tip from my own caseload: I had a 15-year-old last fall whose counselor at Roosevelt Middle School was texting her directly at night, which undermined the phone-coaching boundaries we'd set. Getting everyone on the same page with a written crisis plan (988 at the top) made a huge difference. Her mom ended up coming to the parent skills group on Wednesdays too.

Happy to share my diary card template if anyone wants it - DM me.""",
        [("Roosevelt Middle School", "organisation")],
    ),
    (
        "b11c-004",
        """**Ethics question: accepting a gift from a client at the end of therapy**

Posting this one for the group because I keep going back and forth. Client is a retired teacher in her late seventies whom I've seen for about 14 months for prolonged grief (PGD per DSM-5-TR). She's offered me a hand-knitted shawl at our final session, which is booked for the week after Thanksgiving. The CRPO standards say gifts of nominal value can be okay if the therapeutic relationship isn't compromised, and my gut says refusing would be a rupture given how much of her work was about people rejecting her care.

On the other hand, I've read Gutheil & Gabbard on boundary crossings vs. violations and I know the slippery-slope argument. Zur has a more relational take. What would you all do? Do you document it? I'm in a small town in Northern Ontario so dual relationships are already a constant background hum.""",
        [],
    ),
    (
        "b11c-005",
        """Follow-up from my post in March about the FIFO worker with insomnia and alcohol use -

Thanks heaps to everyone who replied. Quick update: we moved to CBT-I (sleep restriction + stimulus control) and started MI around his drinking. AUDIT went from 22 to 14 over eight sessions. The big shift was when he told his supervisor at Fortescue he needed to come off the 14/7 roster for a bit. He's now on an 8/6 swing, living back with his partner in Karratha when he's off. ISI down to 11.

One thing I'd flag for anyone else with FIFO clients: the phone sessions at camp were patchy, so he ended up emailing me from tradiemick88@bigpond.com between sessions, which I'm not wild about. Need to sort a proper secure channel. Anyone using Coviu or Halaxy telehealth for this?""",
        [
            ("Fortescue", "organisation"),
            ("Karratha", "place"),
            ("tradiemick88@bigpond.com", "email"),
        ],
    ),
    (
        "b11c-006",
        """Re: FIFO clients - tips?

Not a FIFO specialist but I've seen a fair few mining and offshore blokes through an EAP. Things that helped:
- Schedule around the roster, not the week. On a 2/1 or 14/7 roster a standing Tuesday slot is meaningless; book by swing.
- Screen with the K10 and AUDIT-C at every swing change; the numbers jump around more than you'd expect.
- Alcohol is the wallpaper in a lot of camps. Motivational Interviewing (Miller & Rollnick, 4th ed.) over confrontation, every time.
- For sleep, Harvey's transdiagnostic sleep intervention (TranS-C) is worth a look when shift work is the issue.
- Keep Lifeline 13 11 14 and MensLine 1300 78 99 78 on your handouts - the nights off are when things go sideways.

Also recommend Beyond Blue's workplace resources for partners. Partners of FIFO workers carry a lot that never makes it into the room.""",
        [],
    ),
    (
        "b11c-007",
        """Kia ora koutou - looking for cultural consultation on a case

I'm a Pākehā counsellor working with a 19-year-old wahine Māori presenting with low mood (PHQ-9 = 19) and what she calls 'being haunted' since her koro died. I'm aware I might be pathologising something that's better understood through te ao Māori - mate Māori, matakite, whakapapa connections. Te Whare Tapa Whā has been my frame so far (Durie), and she's engaged well with the taha whānau side.

She's doing first year at Otago and lives in a flat on Castle Street with four others; she's stopped going to lectures. Her aunty Mereana has offered to take her to a tohunga. I'm wondering whether to bring in a Māori clinician or a kaumātua to co-work, and how to do that without making her feel passed on. Any readings? I've got Pitama et al.'s Meihana model paper. Ngā mihi.""",
        [("Otago", "organisation"), ("Castle Street", "place"), ("Mereana", "name")],
    ),
    (
        "b11c-008",
        """Re: cultural consultation

Kia ora, thanks for asking this openly. A few thoughts:
1. Meihana model (Pitama, Huria & Lacey) - you already have it, but the Māori beliefs and values section is exactly where this sits.
2. Mason Durie's Whaiora and Ngā Pou Mana for broader context.
3. Look at the Hua Oranga outcome measure alongside the PHQ-9 - it captures wairua in a way Western measures don't.
4. On 'being haunted': a lot of rangatahi describe visitations from tūpuna after a death, and it isn't psychosis. If there's no thought disorder and no functional collapse beyond the grief, I'd hold the frame lightly.

Co-working with a Māori clinician is usually welcomed if it's offered as an addition rather than a handover. Ask her who she'd want. And check whether your DHB (sorry, Te Whatu Ora now) has a kaupapa Māori service she can self-refer to. Mā te wā.""",
        [],
    ),
    (
        "b11c-009",
        """Re: 'He only drinks on weekends' - couples case

Reading your post, I'd formulate this through Gottman's lens first: harsh startup from her, stonewalling from him, and a flooding pattern that alcohol conveniently 'solves' for him. The Four Horsemen are all there. But I'd also hold an attachment lens (Sue Johnson / EFT): his withdrawal is the withdraw side of a pursue-withdraw cycle, her criticism is protest.

Practical suggestions:
- Separate individual sessions to screen for IPV before any more conjoint work. Use the HITS or the Revised Conflict Tactics Scale.
- Don't let the fight about the anniversary trip (you mentioned it was 6/22 in Tahoe?) become the whole therapy. It's content; work the process.
- If he's drinking to flood-proof, AUDIT him properly.

Also - small thing - you used Derek's full name in paragraph 3 of your original post. Might want to edit it before a mod catches it!""",
        [("6/22", "date"), ("Tahoe", "place"), ("Derek", "name")],
    ),
    (
        "b11c-010",
        """Update on my couples case (thanks all!)

Took the advice from this thread and did two individual sessions each. No physical violence endorsed by either, but he scored high on the psychological aggression items of the CTS2 and she described 'walking on eggshells' around Sunday nights after football. So we're not doing pure conjoint work yet.

What we're doing now:
- Him: three individual sessions of MI around alcohol (AUDIT 17, hazardous/harmful range), referral to his PCP for a naltrexone conversation.
- Her: a few individual sessions on her own anxiety (GAD-7 of 14).
- Then back to conjoint with Gottman's Aftermath of a Fight exercise and a gentle EFT Stage 1 de-escalation.

Billing note for the US folks: I'm using 90847 for the conjoint and 90834 for the individuals, and my supervisor says that's fine as long as the identified patient is clear in the notes. Will check in after Labor Day.""",
        [],
    ),
    (
        "b11c-011",
        """Ethics dilemma - client's partner is a colleague of mine?

Bit of a strange one. I've been seeing a woman in her thirties for about five months (perinatal anxiety, EPDS 15 at intake). At session 12 she mentioned her husband had just started a new job as a clinical nurse manager at St Vincent's, and it turns out he's on the same MDT as me for my two days a week in adult mental health. I haven't met him in person yet - we've only been on Teams together.

Questions:
1. Do I need to tell her? I feel I do.
2. Is this a conflict of interest under the PSI code of ethics or just an awkward overlap?
3. Should I offer an onward referral? She's doing really well and the waiting list in Dublin 4 for perinatal psychology is eight months.

Any experience appreciated. I've already brought it to supervision but the consensus there was 'it depends', which I suppose is the honest answer.""",
        [("St Vincent's", "organisation"), ("Dublin 4", "place")],
    ),
    (
        "b11c-012",
        """Re: client's partner is a colleague

Been there (small country, smaller profession!). My take:
- Yes, disclose, briefly and without detail about him. Frame it as protecting her space, not your discomfort.
- Let her choose. Some clients find it reassuring that you've been transparent; some want to move. Either is fine.
- Document the conversation and your reasoning. The PSI Code (Respect, Competence, Responsibility, Integrity) covers it under conflicts of interest; CORU guidance is similar if you're a registered social worker.
- Think about whether you need to step back from any MDT discussion where he might present something that touches on her, even indirectly.

Reading: Lazarus & Zur's Dual Relationships and Psychotherapy is the classic; Kitchener's five ethical principles for a decision framework. Barnett's articles on multiple relationships in rural practice also travel well to Ireland. Beannachtaí.""",
        [],
    ),
    (
        "b11c-013",
        """Case consult - teen gamer, school refusal, possible grooming?

Hi folks, child & youth therapist in BC here. 14-year-old boy, school refusal since September, up all night on Discord. Mum brought him in after she found messages from an adult 'clan leader' who goes by xXNightWardenXx asking him to keep their chats secret. He's adamant it's 'just a friend'. SCARED total 41, RCADS depression subscale elevated.

I've made a report to MCFD and the RCMP are involved, so this is more about the therapy piece. His older brother Tavish (19) is the only one he'll talk to. Dad is out of the picture.

Ethics bit: Mum wants me to read the chats (she forwarded screenshots from his tablet, plus the invoice with the serial DMPXK2LLJF8J on it, don't ask). I haven't opened them. I'm thinking my role is to keep him safe enough to keep talking to me, not to be an investigator. Thoughts on how to hold that? And any good resources on online grooming for young people? I know about Cybertip.ca.""",
        [("xXNightWardenXx", "handle"), ("Tavish", "name"), ("DMPXK2LLJF8J", "id_number")],
    ),
    (
        "b11c-014",
        """Re: teen gamer / grooming

You're absolutely right about your role. A few resources that have helped me:
- The Canadian Centre for Child Protection's materials for parents (they run Cybertip.ca and NeedHelpNow.ca).
- Finkelhor's work on online victimisation - he's very good on why kids defend the groomer.
- Whittle et al. (2013), review of online grooming stages.
- For the therapy itself, TF-CBT (Cohen, Mannarino & Deblinger) once disclosure happens; before then, relationship and psychoeducation.

On gaming: don't make Discord or Fortnite the enemy. Ask him to teach you the game. Kids who feel judged about gaming stop telling you anything. The Internet Gaming Disorder criteria in Section III of DSM-5 are tentative; I'd not lead with that label.

And look after yourself - these cases are heavy. Kids Help Phone (1-800-668-6868) is worth giving him directly too.""",
        [],
    ),
    (
        "b11c-015",
        """Sharing a process note for feedback on my interventions (names removed, I hope!)

**D:** Client (50s, F) attended session 9. Arrived late, said the bus from Walthamstow was diverted. Spoke about her mother's 'hoarding' and clearing the house after the funeral. Tearful when describing finding her dad's medals. Said: 'I can't throw away a single thing, it's like throwing him away again.' CORE-10 = 21.
**A:** Grief complicated by longstanding enmeshment; hoarding-type behaviours at home appear to be a way of keeping the lost object (Klein; Freud's Mourning and Melancholia). Possible emerging hoarding disorder - will consider the Saving Inventory-Revised next time.
**P:** Continue weekly. Explore meaning of objects. Liaise with GP re: sleep (zopiclone 3.75mg PRN). Next appt 17/10 at 2pm.

I'm not sure if my A section is overreaching. Is the Klein bit too much for a short-term NHS Talking Therapies contract?""",
        [("Walthamstow", "place"), ("17/10", "date")],
    ),
    (
        "b11c-016",
        """Re: process note feedback

Not overreaching at all in my view - but I'd keep the theory in your supervision notes and make the clinical record plainer. Something like 'Grief reaction with difficulty discarding possessions linked to the deceased; to assess for hoarding disorder (SI-R) at next session.' Readers of the record (the GP, or the client herself if she requests access under GDPR) don't need object relations.

On the contract: in a 12-session Step 3 model you probably won't get to the Melancholia layer, and that's OK. Worden's four tasks of mourning might be a more workable frame, and Stroebe & Schut's dual process model fits hoarding-around-grief really nicely (oscillation between loss and restoration). For the objects themselves, Frost & Steketee's Buried in Treasures is a good self-help adjunct.

Also do check PHQ-9 item 9 each session given the bereavement. Bereaved adult children in the first year are a higher-risk group than people assume.""",
        [],
    ),
    (
        "b11c-017",
        """**Thread: anyone else get asked to testify?**

> OP: Got a subpoena this week for a custody case, client is the dad. Never been to court. Freaking out a bit.

Reply 1: First call your malpractice carrier, they usually have a free risk-management line. Don't send records until you've talked to them and to your client. A subpoena isn't a court order.

OP: Thanks. Carrier said the same. The case is 2024-DR-00318 in family court, hearing is set for Nov 4th. Client is okay with me releasing a treatment summary but not the full notes.

Reply 2: Good. Write the summary narrowly: dates of service, diagnosis (F43.23?), attendance, progress. No opinions on custody - you're a fact witness, not a custody evaluator. Read the APA Guidelines for Child Custody Evaluations anyway so you understand the line.

OP: Yes, adjustment disorder with mixed anxiety and depressed mood. Thank you all, feeling better.""",
        [("2024-DR-00318", "id_number"), ("Nov 4th", "date")],
    ),
    (
        "b11c-018",
        """Re: testifying

Adding a reading list since this comes up every few months:
- Greenberg & Shuman (1997), 'Irreconcilable conflict between therapeutic and forensic roles' - required reading.
- Barsky's Clinicians in Court (2nd ed.) - practical, lots of sample cross-examination.
- The NASW Code, section 1.07 on privacy and confidentiality.
- Your state licensing board's rules on records, and HIPAA at 45 CFR 164.512(e) for the subpoena piece.

Tips:
• Bring only what you're asked for. Leave your process notes at home.
• 'I don't know' and 'That's outside my role' are complete sentences.
• Dress like you're presenting at a conference, not like you're going to a wedding.
• Bill your time. Many of us charge a court rate; don't use 90837 for it, it's not psychotherapy.
• Debrief afterwards. I've been doing this 20 years and still lose sleep the Sunday before.""",
        [],
    ),
    (
        "b11c-019",
        """Consult: older client, possible early dementia vs depression

G'day all. Psychologist in private practice, regional Victoria. New referral via MHTP from her GP: 76-year-old widow, low mood since moving into her daughter's granny flat in Ballarat East. GDS-15 score 9, MoCA 23/30 (lost points on delayed recall and the clock). She's worried she's 'losing it like Mum did'.

Her daughter Anh rang before the first session wanting to sit in and 'fill in the gaps'. Client said she'd prefer to come alone. I'm wondering about:
1. Whether to push for a geriatrician review/memory clinic referral before committing to CBT for late-life depression.
2. How to handle the daughter respectfully.

The referral letter has her Medicare number on it (2953 41870 1) and admin accidentally uploaded it to the wrong folder, which is a separate headache. Has anyone used the RUDAS with clients from CALD backgrounds? She's Vietnamese-born and English is her second language.""",
        [("Ballarat East", "place"), ("Anh", "name"), ("2953 41870 1", "id_number")],
    ),
    (
        "b11c-020",
        """Re: dementia vs depression

Good instincts. I'd do both in parallel rather than sequentially. Depression with cognitive symptoms ('pseudodementia', though the term's out of favour) often improves with treatment, but a MoCA of 23 with a clock error warrants a proper look. Ask the GP for a referral to the local Cognitive Dementia and Memory Service (CDAMS in Victoria) and bloods (B12, folate, TSH) if not done.

RUDAS is great for CALD clients - less education- and language-loaded than the MMSE. Storey et al. (2004) validated it in a multicultural Australian sample. Using a professional interpreter via TIS National (131 450) rather than the daughter matters for both assessment validity and autonomy.

For the therapy, have a look at Laidlaw's CBT for older people and Problem-Solving Therapy (Areán). Behavioural activation tends to work well if you include culturally meaningful activities - temple, cooking, grandchildren. Dementia Australia's helpline is 1800 100 500.""",
        [],
    ),
    (
        "b11c-021",
        """Ethics: client found my personal Instagram and a review site

Looking for guidance. A client (late 20s, BPD traits, in DBT with me for ~8 months) told me in session that she'd found my personal Instagram and also left a long, mostly glowing, but very revealing review of our therapy on Yelp. The review mentions her diagnosis and her ex, Marcus, by name. It's at yelp.com/biz/harbor-light-counseling-bend#r88213 if any of you want to see what I mean (I know, I know).

I'm torn between:
- Addressing it as a therapy-interfering behaviour in DBT terms (chain analysis, it's relationship-relevant)
- Treating it as a boundary issue and setting a limit
- Being grateful and moving on

I've locked my Instagram. ACA and APA guidance both say don't respond to online reviews in a way that confirms a therapeutic relationship. But she's asking me directly whether I 'liked it'. How would you handle the conversation?""",
        [("Marcus", "name"), ("yelp.com/biz/harbor-light-counseling-bend#r88213", "url")],
    ),
    (
        "b11c-022",
        """Re: client found my Instagram

DBT answer: yes, it's TIB, but it's also a beautifully relevant piece of in-session behaviour. Linehan would have you do a chain analysis together, non-judgmentally, with the goal of understanding function. My guesses at function: (a) wanting proof she matters to you, (b) testing whether you'll reject her once she crosses a line, (c) genuine gratitude she didn't know how to say directly.

I'd validate the gratitude at Level 5 or 6, then observe your limits out loud (Linehan is explicit about this in the Skills Training Manual - therapists have limits and say so). Something like: 'I'm really moved you wanted to say something good. And I'm not going to read reviews about our work, because I want what happens between us to stay in here.'

Also take it to your DBT consultation team on Thursday - that's exactly what the team agreements are for. And read Zur on online reviews; I borrowed heavily from Keely Kolmes's social media policy template when writing mine.""",
        [],
    ),
    (
        "b11c-023",
        """Follow-up: the young woman with anorexia I posted about in spring

Thanks again for the replies to my original thread - especially the suggestion to read Treasure & Schmidt on the Maudsley model (MANTRA) and the Collaborative Care skills for carers. Some of you asked for an update.

She was admitted in the summer when her BMI dropped to 13.1 and her bloods were worrying (phosphate low, bradycardia at 38). She spent seven weeks on Ward 7B before stepping down to a day programme. I kept in touch with the team with her consent and have now restarted outpatient work: CBT-E (Fairburn) adapted, weekly weighing, and a lot of work on her perfectionism. EDE-Q global score 3.9, down from 5.2.

Reflection for the thread: I waited too long to escalate. The MARSIPAN (now MEED) guidance was there and I didn't use it early enough. If you're seeing someone in the community, know your thresholds before you need them.""",
        [("Ward 7B", "place")],
    ),
    (
        "b11c-024",
        """Re: eating disorders reading list (pinned request)

Here's what I give to trainees joining our service:
1. Fairburn - Cognitive Behavior Therapy and Eating Disorders (CBT-E). The core text.
2. Waller et al. - the CBT-T manual, the 10-session version for non-underweight clients.
3. Lock & Le Grange - Treatment Manual for Anorexia Nervosa: A Family-Based Approach (FBT, the Maudsley approach for under-18s).
4. Schmidt, Wade & Treasure - the MANTRA workbook.
5. Royal College of Psychiatrists - Medical Emergencies in Eating Disorders (MEED) guidance, CR233.
6. NICE NG69.

And for the heart of it, Hilde Bruch's The Golden Cage. Old, but every word holds.

Tip: learn to read a blood panel. You don't need to be a doctor, but you need to know when potassium under 3.0 means 'ring the GP today'.""",
        [],
    ),
    (
        "b11c-025",
        """Re: Re: interpreter for ASL client?

> Has anyone worked with a Deaf client using VRS? I've got my first one starting next week.

Yes! A few tips: book the same interpreter every time if you can, brief them on confidentiality, and sit so the client can see both of you. Read Leigh's Psychotherapy with Deaf Clients from Diverse Groups. Also Glickman on language deprivation.

> Thank you. The client's husband, Jean-Philippe, is hearing and keeps offering to interpret, which I've declined. The interpreter agency in Gatineau put me in touch with a coordinator who said to text the client directly at 819-555-0147 to confirm times - is that appropriate?

Totally fine if the client consented to texts, just keep it logistical. And nope on the husband interpreting - family interpreters are a boundary nightmare and not qualified. Good on you.""",
        [("Jean-Philippe", "name"), ("Gatineau", "place"), ("819-555-0147", "phone")],
    ),
    (
        "b11c-026",
        """**Ethics question - duty to warn in Ontario vs. Tarasoff**

I trained in the States and now practise in Ontario, and I'm realising my mental model of duty to warn is very Tarasoff-shaped. Client (40s, M) disclosed homicidal ideation toward a former business partner during session 6 last Monday: no plan, no access to firearms, high distress, clear ambivalence. HCR-20 isn't my instrument, so I did a structured risk conversation and a safety plan (Stanley-Brown template).

Questions:
- In Canada, the guidance I keep seeing points to Smith v. Jones (1999, SCC) and PHIPA's permissive disclosure provisions rather than a mandatory duty. Have I got that right?
- Would you consult the CPO or your liability insurer first?
- Anyone have a good Canadian-specific reading? I've found Truscott & Crook's Ethics for the Practice of Psychology in Canada.

Not looking for legal advice, just how colleagues reason about it. Thanks.""",
        [],
    ),
    (
        "b11c-027",
        """Re: 'chronic pain + opioid taper + suicidal ideation' - my formulation attempt

Copying in my case conceptualisation as requested. Apologies for the length.

Client: 58M, Army veteran, chronic low back pain post-fusion, tapering from oxycodone 60mg/day under his pain doc. DOB 03/11/1966, MRN 00482715 (sorry, copied from the intake template, will edit).

Formulation (fear-avoidance model, Vlaeyen & Linton): pain -> catastrophising (PCS 38) -> fear -> avoidance -> disuse -> more pain and depression (PHQ-9 20). Layer on moral injury from deployment (Litz) and the loss of his identity as 'the guy who fixes things' after he was let go from the Ford plant in Louisville.

Interventions so far: CBT-CP (VA protocol), graded activity, ACT defusion around 'I'm useless'. Safety planning; he has guns at home, so lethal means counseling (CALM) is the priority.

What I'd like: help thinking about the taper pace - I worry the taper is driving the SI more than anything.""",
        [
            ("03/11/1966", "date"),
            ("00482715", "id_number"),
            ("Ford", "organisation"),
            ("Louisville", "place"),
        ],
    ),
    (
        "b11c-028",
        """Re: chronic pain + opioid taper

Really solid formulation. On the taper:
- The 2022 CDC Clinical Practice Guideline explicitly warns against rapid tapers and links them to overdose and suicide risk (see also Oliva et al., 2020, in the BMJ, using VA data). Around 10% per month is a common starting point for long-term users; the HHS tapering guide is useful to share with the prescriber.
- Ask the prescriber to consider a buprenorphine rotation if the taper is stalling.
- Collaborative care: a joint appointment with the pain physician, the client and you can reduce the 'abandoned by the system' narrative that often fuels SI in these cases.

On moral injury: Litz, Lebowitz, Gray & Nash's Adaptive Disclosure is the obvious one. Brett Litz also has good talks on YouTube.

And please keep re-administering the C-SSRS. The Veterans Crisis Line is 988 then press 1 - worth putting on his safety plan.""",
        [],
    ),
    (
        "b11c-029",
        """Consult request - selective mutism, 6yo, school-based

Hello, I'm a play therapist in the west. Six-year-old girl, speaks freely at home but not a word at school since junior infants. Parents are lovely, both teachers themselves. She attends Scoil Bhríde in the village and the principal has been very supportive; the SNA has built a good relationship with her.

I've been using the sliding-in technique (Johnson & Wintgens, The Selective Mutism Resource Manual) and some child-centred play (Axline's principles). Progress is slow: she now whispers to the SNA in the cloakroom.

Two questions:
1. Is it worth suggesting an SLT assessment to rule out a language disorder first?
2. Mum has asked me to do a home visit - they're at H91 E2K7, about 40 minutes out. Is that sensible for SM work or does it muddy the frame?

Thanks all.""",
        [("Scoil Bhríde", "organisation"), ("H91 E2K7", "place")],
    ),
    (
        "b11c-030",
        """Re: selective mutism

Lovely work so far. Yes to SLT - not because you necessarily suspect a disorder, but because an independent language baseline protects everyone. NEPS (the National Educational Psychological Service) may already be involved via the school; worth asking.

Home visits for SM are actually pretty standard in the Johnson & Wintgens model - talking happens at home, so you start where the talking is and then fade yourself into the school context. Think of it as part of the exposure hierarchy rather than a frame break. Document it and agree a clear purpose with the parents first.

Other reading: Kearney's Helping Shy, Quiet, and Anxious Children; Steven Kurtz's PCIT-SM adaptation (the 'Brave Buddies' intensive); and the SMIRA website for parents. The Selective Mutism Questionnaire (SMQ) is a quick parent-report measure for tracking.

Go raibh maith agat for posting - SM is under-discussed here.""",
        [],
    ),
    (
        "b11c-031",
        """Ethical question - sharing info with a client's employer

Psychologist in a Scottish health board. Client is a 42-year-old train driver referred after a person-under-train incident (PTSD, PCL-5 = 52). His occupational health department at ScotRail has emailed asking for a 'fitness to return' opinion and included his CHI number, 1504823317, in the subject line - which I've flagged.

He's keen to get back to work because of money, but he's having intrusive images at level crossings, and I'm not convinced he's safe to drive yet. He's consented to me sharing 'general progress' but not details.

How do folk word these letters? I don't want to be the reason he loses his job, and I also don't want to write 'he's fine' when I'm not sure. I'm using trauma-focused CT (Ehlers & Clark) and he's at session 8 of a planned 12-16. Any templates or phrasing would be much appreciated.""",
        [("ScotRail", "organisation"), ("1504823317", "id_number")],
    ),
    (
        "b11c-032",
        """Re: sharing info with employer

Standard approach in our service:
- Write to the OH physician, not the line manager, and mark it 'medical in confidence'.
- Describe function, not content: 'He continues to experience trauma-related symptoms which, in my opinion, currently affect his concentration in situations resembling the incident. I would recommend a phased return beginning with non-driving duties.'
- Avoid diagnoses unless he's consented to that specific disclosure. 'Trauma-related symptoms' does the job.
- Let him read the letter before it goes. That one practice has saved me from more ruptures than anything else.

The BPS Practice Guidelines (2017) and the HCPC standards on confidentiality cover this. For the PTSD side, NICE NG116 supports trauma-focused CBT of 8-12 sessions, extended where needed. Ehlers' cognitive therapy for PTSD has specific guidance on reliving in the context of driving. And the RSSB guidance on trauma in rail staff is worth a read if you're seeing more of these.""",
        [],
    ),
    (
        "b11c-033",
        """Quick Q re: teen on TikTok - do I look?

OP: 16yo client keeps telling me to look at her TikTok 'so you get it'. Her account is @lilmoth.xo and apparently it's all about her recovery from self-harm. Do I look or not?

Reply 1: Personally I don't. It shifts the frame and once you've seen it you can't unsee it. Explore what she wants you to 'get' instead.

Reply 2: Agree. Also worth being curious about the audience - who's watching, what the comments are like. Peer contagion is real (see the Orygen #chatsafe guidelines, made for exactly this).

OP: Thanks. She says her bestie 'bec' runs the comments and blocks the nasty ones. Also says she was seen at the headspace centre in Frankston before coming to me, so there might be notes I can request.

Reply 3: Request them for sure, with consent. And #chatsafe has a version for young people themselves - maybe go through it together instead of looking at her page.""",
        [("@lilmoth.xo", "handle"), ("bec", "name"), ("Frankston", "place")],
    ),
    (
        "b11c-034",
        """Re: youth self-harm & social media - reading list

Compiling what people have suggested across the last few threads:
• Orygen's #chatsafe guidelines (2nd edition) - free, and there's a youth version.
• Hawton, Saunders & O'Connor (2012), Lancet review of self-harm in adolescents.
• Walsh - Treating Self-Injury: A Practical Guide (2nd ed.).
• Miller, Rathus & Linehan for DBT-A; Mehlum's RCT from Norway is the evidence base people cite.
• Nock's functional model again (it comes up every time for a reason).
• The RANZCP clinical practice guidelines for deliberate self-harm (2016).

Tips from the last round:
- Don't ask to see their accounts; ask what they post and why.
- Use the SITBI or the ISAS to get specifics on function.
- Kids Helpline 1800 55 1800 and eheadspace on every handout.
- Mental Health Treatment Plans cap Medicare-rebated sessions at 10 per calendar year; plan accordingly.""",
        [],
    ),
    (
        "b11c-035",
        """Follow-up: the caregiver burnout case

Thank you all for your responses in June. Many of you asked about the grandmother. Update: Grandma, now aged 94, is still sharp, and my client (her granddaughter, 31, sole caregiver) finally agreed to respite care. What shifted it was a conversation with the pastor at Greater Mount Zion AME, who told her in front of the congregation that 'resting is not abandoning'. Sometimes the right voice isn't ours.

We used the Zarit Burden Interview (score dropped from 52 to 34) and ACT values work - she identified 'being a granddaughter, not just a nurse' as a core value. Grandma now goes to an adult day program two blocks from their place on Delmar Blvd three days a week.

Reflections: I underestimated the role of faith community as both pressure and permission. I'd recommend Boss's work on ambiguous loss for caregivers, even though Grandma doesn't have dementia - the frame fits anticipatory grief too.""",
        [("aged 94", "age"), ("Greater Mount Zion AME", "organisation"), ("Delmar Blvd", "place")],
    ),
    (
        "b11c-036",
        """Ethics: praying with a client?

Genuine question, not trying to start a fight. I'm an LPC in the South and a lot of my clients are evangelical or Black Methodist. A client recently asked me to pray with her at the end of a session after she'd disclosed a miscarriage. I'm a Christian myself but have never prayed with a client.

What I've read so far:
- ACA Code of Ethics A.4.b (imposing values) - the risk is me imposing, not her asking.
- Richards & Bergin's Handbook of Psychotherapy and Religious Diversity.
- Pargament's work on spiritually integrated psychotherapy and religious coping (the Brief RCOPE).
- The ASERVIC competencies.

My instinct is that if it's client-initiated, brief, and I check its meaning with her afterward, it's within bounds. But I'd document it and bring it to supervision. Would you? Does anyone have a policy in their informed consent about this? Also curious how colleagues in the UK or Australia think about it, where religion seems much less present in the therapy room.""",
        [],
    ),
    (
        "b11c-037",
        """Re: gambling + debt + shame - formulation help

Here's how I'd think about it, using a CBT gambling model (Ladouceur's cognitive distortions plus Blaszczynski & Nower's pathways model):
- Pathway 2 (emotionally vulnerable): gambling as escape from low mood and loneliness after the separation.
- Cognitive distortions: illusion of control, chasing losses, 'I'm due a win'.
- Maintaining factors: shame -> secrecy -> more debt -> more gambling to fix the debt.

Practical stuff - your OP mentions he's had a letter from Inland Revenue about arrears and read his tax number (049-091-850) out to you in session; I'd edit that out of the thread. And he's working at Fonterra on rotating shifts, which might matter for when the pokies urge peaks.

Give him the Gambling Helpline (0800 654 655) and think about self-exclusion from venues. A PGSI of 19 is well into problem gambling. Also check in about suicidality - gambling has one of the highest suicide-attempt rates of any addiction.""",
        [("049-091-850", "id_number"), ("Fonterra", "organisation")],
    ),
    (
        "b11c-038",
        """Update on the gambling client - thanks all

Quick follow-up as promised. He's done eight sessions now. Key shifts:
- Self-excluded from the pokies venues near home and closed his online betting account, with support from a problem gambling service.
- Set up a budget with a financial mentor through the MoneyTalks helpline (0800 345 123).
- PGSI down from 19 to 11. PHQ-9 from 16 to 9.
- He told his brother about the debt, which was huge - the shame piece loosened once someone knew.

The formulation from this thread (Blaszczynski & Nower Pathway 2) was spot on; when we treated the low mood directly with behavioural activation, urges dropped more than when we targeted cognitions alone.

One lapse at Easter after payday. We did a chain and framed it through Marlatt's relapse prevention model - the abstinence violation effect was the big one ('I've blown it, might as well keep going').

Grateful for this space. It's lonely doing this work in a small practice.""",
        [],
    ),
    (
        "b11c-039",
        """Sharing a SOAP note for feedback - is my risk section adequate?

S: Client (F, 33) reports 'worst week since the miscarriage'. Sleeping 3-4 hrs. Says: 'I keep thinking everyone would be better off.' Denies plan or intent. Partner Priyanka is aware and staying with her.
O: Tearful, psychomotor slowing, good eye contact. PHQ-9 = 22 (item 9 = 2). C-SSRS screener: passive ideation, no behaviour. EPDS not applicable (no live birth) - used PHQ-9 instead.
A: MDD, single episode, severe, without psychotic features (F32.2) in the context of perinatal loss. Risk: moderate-low; chronic factors present (previous episode at 19), acute protective factors (partner, future orientation re: trying again).
P: Safety plan updated, means (leftover T3s) removed by partner. Referral to perinatal psychiatry at Women's College; GP faxed at 416-555-0193. Next session Thurs Jan 16. Talk Suicide Canada (988) reviewed.
OHIP 4821-553-907-KT on the referral form.""",
        [
            ("Priyanka", "name"),
            ("Women's College", "organisation"),
            ("416-555-0193", "phone"),
            ("Jan 16", "date"),
            ("4821-553-907-KT", "id_number"),
        ],
    ),
    (
        "b11c-040",
        """Re: SOAP note feedback

Your risk section is better than most I see. A few tweaks:
- Name the framework you used so the reasoning is auditable, e.g. 'Risk formulated using the Collaborative Assessment and Management of Suicidality (CAMS, Jobes)' or Stanley & Brown's Safety Planning Intervention.
- Risk 'levels' are out of favour (see NICE NG225 on self-harm, and Large's work on the limits of risk prediction). Describe the formulation instead: static, dynamic, protective, and what would change it.
- Add who you consulted and when, e.g. 'discussed with clinical supervisor same day'.
- Note that means restriction was confirmed, not just planned.

For perinatal loss specifically, the Perinatal Grief Scale is worth adding, and Kersting's work on complicated grief after pregnancy loss is a good read. Peer support for bereaved parents exists in most provinces; I'd offer it as an option.

Also, a small documentation point: 'T3s' will confuse anyone outside Canada (acetaminophen with codeine 30mg). Spell it out.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind11c"}
        for i, t, items in DOCS
    ]
