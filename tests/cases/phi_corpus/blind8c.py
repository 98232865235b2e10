"""Blind batch b8c, written by a helper session without sight of the guard. It covers threaded
consultation discussions between colleagues: an original case post, replies offering advice,
reading recommendations, formulations, practical tips and ethics views, and the presenter's
follow-ups. Regions: UK (England, Scotland), Ireland, US, Canada, Australia, New Zealand.
Clients range from children to people in their nineties. 20 documents carry 1-6 identifiers that
slipped into the thread (names, pets, places, postcodes, dates, ages over 89, phones, emails,
URLs, IPs, handles, ID numbers, organisations); 20 clean documents are dense with look-alikes
(cited authors, models, instruments, codes, medications, holidays, generic places, brands,
hotlines, sentence-initial capitalised words).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard just after f325169 (brands and public figures merged): span recall 0.952,
precision 0.825, identifier documents fully caught 0.800, clean documents flagged 0.300 (the
guard at 935157f: 0.905, 0.608, 0.700, 0.600).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b8c-001",
        "Thread: Teen client disclosing self-harm, school wants a meeting\n\n"
        "**Original post:** 15yo boy, referred on by CAMHS after a superficial cutting episode. Parents "
        "separated, mum works nights. School pastoral lead wants to meet me 'to share information'. How "
        "much do people share with schools?\n\n"
        "**Reply (clinical psychologist):** Get written consent from the young person first and agree with "
        "him what goes in. I'd reread Rory O'Connor's IMV model before the meeting - it gives you a shared "
        "language with school staff that isn't just risk-scoring.\n\n"
        "**Reply (presenter):** Thanks. Update: met with Mrs Adebayo-Clarke at Kingsmead Academy on "
        "9 October. She was kind but kept referring to 'Tobi's little episodes' in front of his form tutor, "
        "which I've gently flagged. He's agreed I can share the safety plan only, nothing from sessions.\n\n"
        "**Reply (systemic therapist):** Good boundary. If things escalate consider a TAF meeting, and keep "
        "the school's version of the plan to one page, no narrative. Stallard's Think Good, Feel Good has "
        "worksheets that work well for a lad his age.",
        [
            ("Adebayo-Clarke", "name"),
            ("Kingsmead Academy", "organisation"),
            ("9 October", "date"),
            ("Tobi", "name"),
        ],
    ),
    (
        "b8c-002",
        "Consult request: couple stuck in pursue-withdraw, one partner wants individual sessions\n\n"
        "Presenter: Married couple, both late 40s, living in a suburb outside a mid-sized city in the "
        "Midwest. 12 sessions of EFT so far. She scores PHQ-9 of 14, he refuses any measures. Last week he "
        "asked for a private session to 'explain some things'. Do I agree?\n\n"
        "Reply (LMFT, 20 yrs): I'd hold a no-secrets policy and say so explicitly before any individual "
        "time. Sue Johnson's Hold Me Tight has a nice framing you can share with both. Gottman would call "
        "what you're describing stonewalling - look at his physiological flooding material, it's real.\n\n"
        "Reply: Agree with the above. Also screen for IPV separately with each partner (CTS2, or even just "
        "the HITS questions). Safety trumps model fidelity every time.\n\n"
        "Presenter follow-up: Did a brief individual check-in with each, framed by the no-secrets agreement. "
        "No IPV disclosed. He's been sober since Thanksgiving and I think the 'private' stuff is about AA "
        "step 9 amends he wants to make. Back to conjoint on Tuesday. Billing those as 90847 and the "
        "individual check-ins as 90834 - hope that's right.",
        [],
    ),
    (
        "b8c-003",
        "Re: Grief work with a very old client - is 'acceptance' even the goal?\n\n"
        "Presenter: Client is a widower aged 94, lives alone in a unit in Toowong since his wife Dulcie died "
        "in June. Referred by his GP under a Mental Health Care Plan. K10 of 27. He says 'I've had my "
        "innings, love, I'm just waiting.' No plan, no means he'll admit to. Family want me to 'cheer him "
        "up'.\n\n"
        "Reply: Have a read of Worden's tasks rather than stages - task 4 (an enduring connection) suits "
        "people who were married sixty-odd years. And screen properly: older men have the highest suicide "
        "rates in the country. Lifeline 13 11 14 on the fridge is not nothing.\n\n"
        "Reply: Reminiscence work can be gold. Ask whether he's a veteran - one of mine ended up doing the "
        "reading at the Anzac Day service and it turned things around.\n\n"
        "Presenter follow-up: Good call - turns out he was a member of the Indooroopilly Bowls Club for 30 "
        "years and hasn't been back since the funeral. His grandson Lachlan is going to drive him on "
        "Thursdays. Also the Medicare number on the referral was wrong (2953 61847 1) so I've had to chase "
        "the practice before I can bill.",
        [
            ("aged 94", "age"),
            ("Toowong", "place"),
            ("Dulcie", "name"),
            ("Indooroopilly Bowls Club", "organisation"),
            ("Lachlan", "name"),
            ("2953 61847 1", "id_number"),
        ],
    ),
    (
        "b8c-004",
        "Ethics question: small-town overlap\n\n"
        "I practise in a rural community in Northern Ontario - one grocery store, one hockey arena. New "
        "intake turns out to be the coach of my kid's team. Do I refer out? Nearest alternative is a "
        "two-hour drive or a virtual service.\n\n"
        "Reply: Check the CRPO standards on dual relationships - they don't prohibit all overlap, they ask "
        "you to assess the risk of harm and exploitation. Lazarus and Zur's book on dual relationships is "
        "the classic 'not every boundary crossing is a violation' text.\n\n"
        "Reply: I did rural practice in Saskatchewan for 11 years. My rule: an informed-consent "
        "conversation in session 1 about what happens if we bump into each other at the rink, Tim Hortons, "
        "church, wherever. Document it. Revisit every few months.\n\n"
        "Reply: Also think about what the client loses if you refer out - if the only other option is a "
        "six-month waitlist, that's a harm too.\n\n"
        "Presenter follow-up: Had the conversation. Client was relieved, actually - said 'everyone here "
        "knows everyone.' We agreed I'll step back from team-parent volunteering this season and he can "
        "switch if it gets awkward. GAD-7 at intake was 16. Starting CBT for GAD (Dugas' intolerance of "
        "uncertainty protocol) with some ACT defusion. Thanks all.",
        [],
    ),
    (
        "b8c-005",
        "Subject: CPT vs PE for a vet who won't do written accounts\n\n"
        "Presenter: 34M, Army veteran, two deployments, PCL-5 of 58. Dropped out of PE at the VA after 3 "
        "sessions. Dyslexic, so the written impact statement in CPT feels humiliating to him.\n\n"
        "Reply: CPT without the written trauma account is well supported - Resick's manual covers it, and "
        "you can do the impact statement orally.\n\n"
        "Reply: Or look at Written Exposure Therapy (Sloan & Marx) - only 5 sessions, but again it's "
        "writing. Honestly I'd ask him what he'd prefer.\n\n"
        "Presenter update: He picked CPT, oral version. Side question though - his wife Marisol emailed me "
        "directly from mq.homefront84@gmail.com asking for 'a summary of what he's said about the "
        "deployment'. I haven't replied. He served with 2nd Battalion, 7th Marines and she says his old "
        "platoon sergeant is telling people things. How do others handle spouse contact with no ROI?\n\n"
        "Reply: No ROI, no disclosure - not even confirmation he's a client. A neutral template reply is "
        "your friend. Then bring it to him in session.",
        [
            ("Marisol", "name"),
            ("mq.homefront84@gmail.com", "email"),
            ("2nd Battalion, 7th Marines", "organisation"),
        ],
    ),
    (
        "b8c-006",
        "Peer review request: is my note too thin?\n\n"
        "S: Client (72F) reports low mood since her husband moved into residential care in the spring. 'I "
        "visit every day and he doesn't know me.'\n"
        "O: Tearful, good eye contact. PHQ-9 = 15, GAD-7 = 9.\n"
        "A: Anticipatory/ambiguous grief; adjustment disorder with depressed mood (F43.21).\n"
        "P: Weekly 50-min sessions, Boss's ambiguous loss framework, liaise with GP re sertraline 50mg "
        "review.\n\n"
        "Reply: This is fine for a working note. I'd add risk explicitly even when it's low - 'denies SI, "
        "no plan, protective factors: daughters, faith'.\n\n"
        "Reply: Pauline Boss is perfect here. The Dementia UK helpline might also help her - carers often "
        "don't know it exists. And Kitwood's person-centred dementia care is worth a skim for the visiting "
        "distress.\n\n"
        "Presenter: Added the risk line. She goes to Mass on Sundays and says that's what holds her. She's "
        "also agreed to try a carers' group run by a local charity. Will update after Easter.",
        [],
    ),
    (
        "b8c-007",
        "Re: College student with panic attacks before exams - accommodations letter?\n\n"
        "Presenter: 20F, second-year nursing at University College Cork, panic disorder, avoiding the exam "
        "hall. She's asked me for a letter for the disability service. Not sure a private therapist's "
        "letter carries any weight.\n\n"
        "Reply: It does if it's specific: diagnosis, functional impact, recommended accommodations "
        "(separate room, rest breaks). Don't over-share history.\n\n"
        "Reply: Interoceptive exposure is your friend for the avoidance - Barlow & Craske's Mastery of Your "
        "Anxiety and Panic workbook. Do the exam hall in vivo over the summer when it's empty.\n\n"
        "Presenter follow-up: Draft below - can someone sanity check the wording?\n\n"
        "> To whom it may concern, Re: Saoirse Ní Bhriain, student no. 121734596, Ballintemple, T12 X2V8. "
        "I have been providing CBT for panic disorder since...\n\n"
        "Reply: Ah - you might want to strip the header from the post! But content-wise the letter looks "
        "grand.",
        [
            ("University College Cork", "organisation"),
            ("Saoirse Ní Bhriain", "name"),
            ("121734596", "id_number"),
            ("Ballintemple", "place"),
            ("T12 X2V8", "place"),
        ],
    ),
    (
        "b8c-008",
        "Kia ora koutou - seeking advice on working with whānau\n\n"
        "Presenter: Rangatahi (16), referred for anger and school refusal. Whānau want to attend sessions; "
        "the school counsellor says I should see him alone. I'm Pākehā and aware of my limits.\n\n"
        "Reply: Te Whare Tapa Whā (Mason Durie) is a good starting frame - taha whānau is literally one of "
        "the four walls. Seeing him alone by default would be a Western assumption.\n\n"
        "Reply: Seek cultural supervision if you can. The Meihana model is worth a read too. Let the whānau "
        "lead on who's in the room, and check with the young person privately as well.\n\n"
        "Reply: Practical tip: go to them if they'd prefer - a home visit or a session on the marae can "
        "shift the power.\n\n"
        "Presenter follow-up: Had a hui with mum, nan and two uncles. They opened with karakia. He talked "
        "more in that hour than in three sessions alone. SDQ scores still high but engagement is night and "
        "day. Matariki is coming up and the family have invited me along - checking the boundary question "
        "with my supervisor first.",
        [],
    ),
    (
        "b8c-009",
        "Consult: 14yo gaming 10+ hrs/day, parents want me to 'ban' it\n\n"
        "Presenter: 14M, ADHD (Vyvanse 30mg), school avoidance, plays mostly online. Parents want a "
        "contract. He says the only place he has friends is online.\n\n"
        "Reply: Read Kardefelt-Winther on problematic vs engaged gaming - the distinction matters. Also "
        "IGD sits in Section III of DSM-5, it's not a formal diagnosis.\n\n"
        "Reply: MI with the kid, not a contract imposed on him. And ask to watch him play in session - you "
        "learn a ton.\n\n"
        "Presenter follow-up: Did that. He plays as xX_NightOwl_Kade_Xx on Fortnite and runs a Discord "
        "server with six kids from Lincoln Middle School, which honestly seems pro-social. One of them, "
        "Jaylen, is being bullied and my client is the one who checks on him every night. Parents softened "
        "a lot when they saw that. We're working on sleep hygiene now - no screens after 10:30 on school "
        "nights, Switch charges in the kitchen.",
        [
            ("xX_NightOwl_Kade_Xx", "handle"),
            ("Lincoln Middle School", "organisation"),
            ("Jaylen", "name"),
        ],
    ),
    (
        "b8c-010",
        "Re: FBT with a family who can't do mealtimes together\n\n"
        "Presenter: 13F, AN-restrictive, weight around 82% mEBW, medically stable per the paeds team. Both "
        "parents are FIFO/shift workers so the 'family meal' backbone of Maudsley FBT is falling over.\n\n"
        "Reply: Lock & Le Grange's manual is more flexible than people think about who does meal support - "
        "grandparents, an aunty, whoever is consistent. It's about parental authority, not the specific "
        "adult.\n\n"
        "Reply: Agree. Also look into the Eating Disorder Plan under Medicare - up to 40 sessions, not just "
        "the 10 under a MHCP. The Butterfly Foundation has good carer resources too.\n\n"
        "Reply: Practical: video check-ins at mealtimes from the parent on shift. Not perfect, but it keeps "
        "them in the loop and the kid knows someone is watching.\n\n"
        "Presenter follow-up: Nan is moving in for term 3. EDE-Q global dropped from 4.2 to 3.1 over six "
        "weeks. Still scary. Thanks for the EDP tip - the GP hadn't heard of it.",
        [],
    ),
    (
        "b8c-011",
        "Urgent-ish: client left a voicemail I can't stop thinking about\n\n"
        "Presenter: 58M, recently laid off from the Stelco plant after 31 years, drinking more (AUDIT 19). "
        "Left a voicemail at 11pm Friday: 'Just wanted to say thanks for trying.' No answer since. I've "
        "called his cell (905-555-0143) twice.\n\n"
        "Reply: Call the emergency contact on file, and if you can't reach anyone, request a wellness "
        "check. Duty to protect in Ontario is permissive rather than mandatory, but imminent risk is "
        "imminent risk.\n\n"
        "Reply: Document every step with times. And afterwards please get some support for yourself.\n\n"
        "Presenter follow-up: Police did a wellness check at his place on Barton Street East. He was "
        "intoxicated but safe, taken in on a Form 1. His OHIP is 4829-317-556-KT so the hospital social "
        "worker tracked me down quickly. He's now in the concurrent disorders program at St. Joseph's and "
        "I'll see him after discharge. Thank you all - I was shaking when I posted.",
        [
            ("Stelco", "organisation"),
            ("905-555-0143", "phone"),
            ("Barton Street East", "place"),
            ("4829-317-556-KT", "id_number"),
            ("St. Joseph's", "organisation"),
        ],
    ),
    (
        "b8c-012",
        "Supervision-style question: I dread this client and I think it's countertransference\n\n"
        "Presenter: Mid-30s woman, BPD traits, 14 months of weekly work in NHS Talking Therapies then "
        "stepped up to me. CORE-10 of 22. Every session ends with her criticising me and I've started "
        "over-running to avoid the ending.\n\n"
        "Reply: Heimann's 1950 paper on countertransference as a tool, then Casement's On Learning from the "
        "Patient. The dread is data. What might she be making you feel that she can't bear to feel?\n\n"
        "Reply (MBT-trained): Endings are the attachment moment. Bateman and Fonagy would say mentalizing "
        "collapses under arousal - slow it down, mark the ending early, 'we've got ten minutes left'.\n\n"
        "Reply: Klein would have a field day, but practically: hold the frame. Over-running teaches her "
        "the attack works.\n\n"
        "Presenter follow-up: Held the 50 minutes strictly for four weeks. Boxing Day was awful (she sent a "
        "long email), but this week she said 'you didn't leave'. Winnicott's survival of the object, I "
        "suppose. Taking it to my own therapy too.",
        [],
    ),
    (
        "b8c-013",
        "Re: Postpartum client - EPDS of 21, psychiatry referral taking forever\n\n"
        "Presenter: 31F, 7 weeks postpartum, first baby, intrusive harm thoughts (ego-dystonic), EPDS 21, "
        "item 10 = 1. OB started sertraline 25mg.\n\n"
        "Reply: Intrusive harm thoughts in perinatal OCD are common and not the same as intent - "
        "Fairbrother's work is reassuring for clinicians and clients alike. Good Moms Have Scary Thoughts is "
        "a great client read.\n\n"
        "Reply: Postpartum Support International has a free provider consult line - they'll talk med "
        "questions with you.\n\n"
        "Presenter follow-up: Thanks! Pasting the referral I sent so you can see if I framed it right:\n\n"
        "Pt: Keisha Harrington-Bell, DOB 06/22/1993, MRN 00482715, Kaiser Permanente Oakland. Baby Amara "
        "born 4/30, uncomplicated delivery.\n\n"
        "Oops, that should have been redacted - mods, can you pull it? Anyway she's now with a perinatal "
        "psychiatrist and ERP is going well.",
        [
            ("Keisha Harrington-Bell", "name"),
            ("06/22/1993", "date"),
            ("00482715", "id_number"),
            ("Kaiser Permanente Oakland", "organisation"),
            ("Amara", "name"),
            ("4/30", "date"),
        ],
    ),
    (
        "b8c-014",
        "Thread: 88-year-old man, 'I'm a burden' - depression or realistic appraisal?\n\n"
        "Presenter: Retired farmer, 88, moved into residential aged care in a country town after a fall. "
        "GDS-15 of 11, MoCA 25/30. Says daily that he's a burden. Staff are worried but he has no plan.\n\n"
        "Reply: Joiner's interpersonal theory - perceived burdensomeness plus thwarted belongingness - is "
        "exactly what you're describing. Take it seriously even in a calm, polite man.\n\n"
        "Reply: Behavioural activation adapted for aged care works. Find a role: he used to fix things, so "
        "can he help the maintenance bloke? Men's Sheds do this beautifully if there's one nearby.\n\n"
        "Reply: Check meds with the GP too - he's on mirtazapine 15mg and oxycodone for the hip, and "
        "sedation makes everything look bleaker.\n\n"
        "Presenter follow-up: He's now 'supervising' the veggie garden and told the lifestyle coordinator "
        "the tomatoes are planted wrong. GDS down to 7. Father's Day was hard but his sons visited. Thanks "
        "for the Joiner reference.",
        [],
    ),
    (
        "b8c-015",
        "Re: First-episode psychosis - family want everything in writing\n\n"
        "Presenter: 19M, first episode, under the Early Intervention in Psychosis team, on aripiprazole "
        "10mg. I'm doing family intervention alongside. Dad is an engineer and wants a written formulation "
        "after every session, which is starting to feel like surveillance.\n\n"
        "Reply: Burbach's family work literature and the Meriden programme both emphasise the family as "
        "co-therapists, but that doesn't mean minutes. Agree a shared written summary every few sessions, "
        "co-written with the young person.\n\n"
        "Reply: Dad's need for control probably reflects his own fear. Name it kindly. Kuipers et al. on "
        "expressed emotion is worth revisiting.\n\n"
        "Presenter follow-up: Agreed a summary every four sessions. Slight wobble this week: dad forwarded "
        "a letter to the team with his son's NHS number (485 777 3456) in the subject line and cc'd half "
        "the family. I've spoken to him about information sharing. Otherwise calmer - the lad played guitar "
        "for us at the end of session 8.",
        [("485 777 3456", "id_number")],
    ),
    (
        "b8c-016",
        "Ethics thread: 16yo in Texas, wants therapy without parents knowing\n\n"
        "Presenter: 16F, sought me out via the school counselor. Discloses depression (PHQ-A 18) and that "
        "she's questioning her sexuality. Terrified of her parents finding out. What are my options?\n\n"
        "Reply: Texas is restrictive - Family Code 32.004 allows minor consent only in narrow "
        "circumstances (suicide prevention, substance use, abuse). Get a consult with your licensing board "
        "or a healthcare attorney before anything else.\n\n"
        "Reply: If there's active SI you may be able to see her under the suicide-prevention provision. "
        "Document the risk assessment carefully (C-SSRS).\n\n"
        "Reply: Whatever the legal route, the Trevor Project and 988 are things she can access herself, "
        "tonight. Put them in her phone.\n\n"
        "Presenter follow-up: Consulted with the board's ethics line. Seeing her for crisis-focused "
        "sessions under the SI provision while we work on a plan to involve a safe adult - she thinks her "
        "aunt could be that person. Dx for now F32.1. Also re-read Ryan's Family Acceptance Project "
        "material before the next session.",
        [],
    ),
    (
        "b8c-017",
        "Re: Fitness influencer client - is it ED or 'wellness'?\n\n"
        "Presenter: 24F, personal trainer, presents with anxiety, tracks every macro, trains twice a day. "
        "EDE-Q restraint subscale 5.4. She says she's 'just disciplined'. Her whole income depends on "
        "looking a certain way.\n\n"
        "Reply: Orthorexia isn't in DSM, but Bratman's criteria are a useful map. The income piece is "
        "huge - treatment threatens her livelihood, so go slow and use MI.\n\n"
        "Reply: CBT-E (Fairburn) works fine for atypical presentations. Ask about RED-S and whether she's "
        "still menstruating.\n\n"
        "Presenter follow-up: I looked at her public Instagram (with her consent, in session) - she posts "
        "as @leanqueen_coogee and her bio links to linktr.ee/cleaneats.daily where she sells meal plans. "
        "Her best friend Priya, who also trains at Fitness First Randwick, has started unfollowing her "
        "posts. She cried about that more than anything. Amenorrhoea for 8 months, so GP referral for "
        "bloods and a DEXA.",
        [
            ("@leanqueen_coogee", "handle"),
            ("linktr.ee/cleaneats.daily", "url"),
            ("Priya", "name"),
            ("Fitness First Randwick", "organisation"),
        ],
    ),
    (
        "b8c-018",
        "Seeking reading: intergenerational trauma, Indigenous client, non-Indigenous therapist\n\n"
        "Presenter: Woman in her 40s, First Nations, grandmother survived residential school. Presenting "
        "with depression (PHQ-9 16) and panic. She's sceptical of 'white therapy' and honestly I don't "
        "blame her.\n\n"
        "Reply: Two-Eyed Seeing as articulated by Elder Albert Marshall is a good place to start. Also "
        "Linklater's Decolonizing Trauma Work. And the TRC Calls to Action - read them, not a summary.\n\n"
        "Reply: Ask whether she wants an Elder or traditional healer involved. Many health authorities can "
        "fund that. Hope for Wellness Help Line (1-855-242-3310) is available 24/7 as well.\n\n"
        "Reply: Be careful that 'intergenerational trauma' doesn't become a deficit story. Resilience and "
        "resistance are in that lineage too.\n\n"
        "Presenter follow-up: Hope was the word she used, actually, after I asked what she wanted from "
        "therapy. She's started smudging before our virtual sessions. Around Orange Shirt Day she shared "
        "some of her grandmother's story. Panic down, PHQ-9 now 11. Grateful for the Linklater rec.",
        [],
    ),
    (
        "b8c-019",
        "Consult: client being tracked by ex - how do I document tech abuse?\n\n"
        "Presenter: 29F, left a controlling relationship in the spring. PCL-5 47. She's convinced her ex "
        "can see her location. I'm not tech-savvy enough to know if that's hypervigilance or reality.\n\n"
        "Reply: Don't assume hypervigilance. Stalkerware is common. Refer her to a DV advocate with "
        "tech-safety training; NNEDV's Safety Net has clinician resources.\n\n"
        "Reply: Document what she reports verbatim, dated. It may end up in a protective order hearing.\n\n"
        "Presenter follow-up: Advocate found a shared Google account still logged in on his laptop. She "
        "showed me the login alerts - one from IP 73.162.48.201 at 2:14am on 11/17, the night Derek turned "
        "up outside her apartment on Wayne Avenue. She's filing for a protection order; case number "
        "2023 DR 04419. I've been asked for a letter - sticking strictly to what I've observed in "
        "session.",
        [
            ("73.162.48.201", "ip"),
            ("11/17", "date"),
            ("Derek", "name"),
            ("Wayne Avenue", "place"),
            ("2023 DR 04419", "id_number"),
        ],
    ),
    (
        "b8c-020",
        "Re: Bereaved by suicide - parent asking 'why' in every session\n\n"
        "Presenter: Mother in her 50s, son died by suicide last year. ICG-R elevated. Every session "
        "circles back to 'why didn't I see it'. I feel I'm failing her.\n\n"
        "Reply: The 'why' is the work, at least for a long while. Jordan and McIntosh's Grief After Suicide "
        "is the text I keep going back to. Don't rush her towards meaning.\n\n"
        "Reply: Check out the postvention resources from Pieta - they run a bereavement service and the "
        "family may not know. Also consider whether prolonged grief therapy (Shear) fits later on.\n\n"
        "Reply: Personal reflection: I lost a client this way years ago. There's a grace in simply staying "
        "with a question that has no answer. Supervision kept me going.\n\n"
        "Presenter follow-up: Brought the 'why' into the room directly - we wrote out all her hypotheses "
        "and she said reading them aloud took some of the power away. First anniversary is coming up in "
        "the autumn and she's planning a small Mass. Will keep you posted.",
        [],
    ),
    (
        "b8c-021",
        "Ethics: Family Court wants a report - I'm the child's therapist\n\n"
        "Presenter: Working with a 9yo boy around parental separation, anxiety and bedwetting. Mum's lawyer "
        "has asked for a report for the parenting order hearing. Dad is unaware he's seeing me.\n\n"
        "Reply: Classic role conflict. Treating therapist vs forensic evaluator - Greenberg and Shuman's "
        "paper on 'irreconcilable conflict' is the one. Decline to give an opinion on care arrangements.\n\n"
        "Reply: Check the Code of Ethics for Psychologists in Aotearoa and talk to NZPsS. And dad has "
        "guardianship rights too - consent matters.\n\n"
        "Presenter follow-up: Update - it's now a formal request, file FAM-2023-004-000317. I've replied "
        "that I can only provide a factual treatment summary. Hemi (the boy) drew a picture this week of "
        "two houses in Papatoetoe with a rainbow between them, which felt hopeful. His big sister Aroha "
        "is at Ōtāhuhu College and has been the one walking him to sessions.",
        [
            ("FAM-2023-004-000317", "id_number"),
            ("Hemi", "name"),
            ("Papatoetoe", "place"),
            ("Aroha", "name"),
            ("Ōtāhuhu College", "organisation"),
        ],
    ),
    (
        "b8c-022",
        "Adult autism - when to suggest assessment?\n\n"
        "Presenter: 38F, long history of 'treatment-resistant' anxiety, two courses of CBT, sertraline then "
        "venlafaxine 150mg. Exhausted after social events, strict routines, says she 'performs' at work. "
        "I'm wondering about autism.\n\n"
        "Reply: Camouflaging is so common in women. Hull's work on masking and the CAT-Q is worth a look. "
        "The AQ-10 is a crude screen - I'd not lean on it.\n\n"
        "Reply: Tony Attwood's and Sarah Hendrickx's books are accessible for clients. And be careful: "
        "NICE guidance says refer for diagnostic assessment, the RAADS-R alone isn't diagnosis.\n\n"
        "Reply: Practical: adapt the therapy now, don't wait for a diagnosis. Written summaries, fewer "
        "open questions, sensory-friendly room.\n\n"
        "Presenter follow-up: Raised it gently. She cried and said 'that explains everything'. Referral "
        "made to the adult autism service; waiting list is long. She's fasting for Ramadan so we've moved "
        "sessions earlier. Next we'll look at energy accounting rather than more exposure.",
        [],
    ),
    (
        "b8c-023",
        "Re: Assisted living resident, aged 91, refusing to leave her room\n\n"
        "Presenter: Telehealth client, widowed twice, moved into Cedar Ridge Senior "
        "Living in Kirkland after a stroke. GDS of 9. Stopped going to meals. Daughter Bernadette calls me "
        "most weeks wanting updates - there IS a signed ROI.\n\n"
        "Reply: Rule out the medical first - post-stroke depression and apathy look alike. A neuropsych "
        "screen would help.\n\n"
        "Reply: Dignity therapy (Chochinov) can be wonderful at this stage. And ask what 'the room' means "
        "to her - it may be the only place that feels like hers.\n\n"
        "Presenter follow-up: It was the dining room noise - she has hearing aids that squeal. Staff "
        "arranged a quieter table. Her birthday is Feb 2nd and she agreed to go down for cake. Bernadette "
        "asked me to call her on (425) 555-0199 the day before so she can bring the grandkids. Small wins.",
        [
            ("aged 91", "age"),
            ("Cedar Ridge Senior Living", "organisation"),
            ("Kirkland", "place"),
            ("Bernadette", "name"),
            ("Feb 2nd", "date"),
            ("(425) 555-0199", "phone"),
        ],
    ),
    (
        "b8c-024",
        "Polyvagal-informed work with a child in a remote community - am I overselling it?\n\n"
        "Presenter: 8yo Aboriginal boy in a remote community in the NT, significant early neglect, "
        "dysregulation at school. I'm fly-in fly-out, every six weeks. Teachers want 'strategies'.\n\n"
        "Reply: Perry's Neurosequential Model gives you a nice sequence - regulate, relate, reason - that "
        "teachers can actually use between your visits. Skip the heavy polyvagal jargon; Porges's theory "
        "has real critics and you don't need it to justify rhythm and co-regulation.\n\n"
        "Reply: Work through the Aboriginal Health Practitioner and family, not around them. Dadirri "
        "(deep listening) as described by Miriam-Rose Ungunmerr-Baumann is worth reading before your next "
        "trip.\n\n"
        "Reply: Safe and Sound Protocol is expensive and hard to supervise remotely. I'd wait.\n\n"
        "Presenter follow-up: Ran a session with his aunty and the classroom assistant - drumming, "
        "walking on Country, then a story. He stayed regulated for 40 minutes. NAIDOC Week is coming and "
        "the school's planning something. Van der Kolk's The Body Keeps the Score came up as teachers' "
        "reading but I suggested Perry's What Happened to You? instead.",
        [],
    ),
    (
        "b8c-025",
        "Workplace injury + anxiety - writing to the compensation board\n\n"
        "Presenter: 46F, letter carrier with Canada Post, bitten by a dog on her route, now can't walk past "
        "fenced yards. PCL-5 41. Her WSIB claim 30491877 is stuck and the case manager wants a "
        "functional report.\n\n"
        "Reply: Keep it functional: what she can and can't do, expected recovery with treatment, "
        "prognosis. Avoid speculating about fault. CPT or PE both fine for a single-incident trauma.\n\n"
        "Reply: Graded in vivo exposure with actual dogs - a friendly therapy dog program can help build "
        "the hierarchy.\n\n"
        "Presenter follow-up: Sent the report. Complication: her supervisor, Guy Thibodeau, keeps phoning "
        "her at home pressuring her to come back on modified duties, which spikes everything. She lives in "
        "Gatineau, and her mail came through to me with the postal code J8Y 3R5 on the claim letter "
        "because she forwarded it. Working on assertiveness scripts for the supervisor calls.",
        [
            ("Canada Post", "organisation"),
            ("30491877", "id_number"),
            ("Guy Thibodeau", "name"),
            ("Gatineau", "place"),
            ("J8Y 3R5", "place"),
        ],
    ),
    (
        "b8c-026",
        "Opioid use disorder - therapist out of depth with MAT questions\n\n"
        "Presenter: 27M, in a rural county in Appalachia, on buprenorphine/naloxone 16/4mg daily via a "
        "telehealth prescriber. Craving scores down, but he's asking me whether he 'should be off it by "
        "now'. I'm not medical.\n\n"
        "Reply: Don't answer the med question, but do explore the stigma behind it. 'Off it by now' usually "
        "means someone told him MAT isn't 'real' recovery. The NIDA and SAMHSA materials are clear that "
        "longer retention is better.\n\n"
        "Reply: Miller and Rollnick - reflect the ambivalence, don't argue. And make sure he and his family "
        "have naloxone at home. SAMHSA's helpline is 1-800-662-4357 if the family want support.\n\n"
        "Reply: Community Reinforcement Approach (CRA) or CRAFT for the family is worth a look too.\n\n"
        "Presenter follow-up: Turns out his pastor said it. We talked about it for two sessions. He's "
        "staying on, 14 months clean, and made it through the Fourth of July without using for the first "
        "time in years. F11.20 in remission on maintenance therapy.",
        [],
    ),
    (
        "b8c-027",
        "Re: Sleep and shift work - CBT-I adaptations?\n\n"
        "Presenter: 41F, ISI of 20, low mood (PHQ-9 13), rotating early and late shifts. Standard CBT-I "
        "stimulus control seems impossible when her wake time changes three times a week.\n\n"
        "Reply: There's a decent literature on CBT-I for shift workers - anchor sleep, consistent "
        "pre-sleep routine regardless of clock time, light exposure timing. Colin Espie's work and the "
        "Sleepio trials are worth a look.\n\n"
        "Reply: Also check whether she can request fixed shifts on occupational health grounds. A GP "
        "letter sometimes does it.\n\n"
        "Presenter follow-up: She works at Greggs, starting at 4am on earlies, so the baking shift is the "
        "killer. Manager agreed to cluster her earlies together after the GP letter. Sleep diary already "
        "looks more consistent and she's stopped napping at 6pm. Thanks for the Espie pointer.",
        [("Greggs", "organisation")],
    ),
    (
        "b8c-028",
        "Play therapy - child won't play\n\n"
        "Presenter: 6yo girl in foster care, third placement. Sits in the corner of the playroom and "
        "watches me. Four sessions in. Carers want to know if it's 'working'.\n\n"
        "Reply: Axline's principles - she sets the pace. Watching IS engagement. Landreth's Child-Centered "
        "Play Therapy has a whole section on the silent child.\n\n"
        "Reply: Will she tolerate you tracking out loud? 'You're looking at the dolls' house.' Gentle "
        "narration without demands.\n\n"
        "Reply: Dan Hughes's PACE is good for the carers too. DDP or Theraplay might suit later, once she "
        "feels safe enough.\n\n"
        "Presenter follow-up: Hope so! Session 6 she picked up a small figure and buried it in the "
        "sandtray, then dug it out and handed it to me. Carers are doing PACE at home. Christmas contact "
        "with birth mum was cancelled, and she went very quiet again, but she came back to the sandtray "
        "the following week. SDQ from the carer down a little.",
        [],
    ),
    (
        "b8c-029",
        "DV safety planning - client's sister wants to help\n\n"
        "Presenter: 35F, leaving an abusive marriage, two kids under 10. Danger Assessment score high. "
        "She's planning to leave while he's at work.\n\n"
        "Reply: Use a DV advocate for the safety plan, don't do it alone. The Campbell Danger Assessment "
        "score means lethality risk is real - 988 isn't the right line here, the National DV Hotline is.\n\n"
        "Reply: Think about digital safety, shared accounts, car trackers.\n\n"
        "Presenter follow-up: Plan is in place. Her sister Faith is going to pick her up and drive her to "
        "the shelter. He drives a silver F-150, plate 7KJM294, and the advocate wants that noted in case "
        "he follows them. Faith lives in Fresno so the kids will transfer schools. Bit worried about my "
        "own documentation - how much of this belongs in my notes?\n\n"
        "Reply: Only what's clinically relevant. The vehicle info belongs with the advocate, not in your "
        "record.",
        [("Faith", "name"), ("7KJM294", "id_number"), ("Fresno", "place")],
    ),
    (
        "b8c-030",
        "Teen with contamination OCD - parents accommodating everything\n\n"
        "Presenter: 15M, CY-BOCS 24, fluvoxamine 50mg, contamination fears, showering for 90 minutes. Family "
        "do all his laundry separately and open doors for him.\n\n"
        "Reply: Family accommodation is the target as much as the rituals. Lebowitz's SPACE program is "
        "parent-only and evidence-based - worth training in. The FAS (Family Accommodation Scale) gives a "
        "baseline.\n\n"
        "Reply: ERP hierarchy with him, SPACE with parents. Abramowitz's exposure book has great "
        "contamination hierarchies.\n\n"
        "Reply: Be mindful of culture - in some families separate laundry or cleanliness rituals are "
        "religious practice, not OCD. Ask.\n\n"
        "Presenter follow-up: Good point on culture - Mum said some of the handwashing is about prayer and "
        "that's fine. We separated that out. During Diwali he managed the family gathering, which is huge. "
        "CY-BOCS now 17. Parents doing the SPACE supportive statements.",
        [],
    ),
    (
        "b8c-031",
        "Re: Financial stress and depression - Centrelink hell\n\n"
        "Presenter: 52M, made redundant, PHQ-9 19, K10 34. Every session is consumed by Centrelink "
        "paperwork and I feel more like a caseworker than a psychologist.\n\n"
        "Reply: Problem-solving therapy (Nezu) is legitimate treatment here, not a distraction. Use it "
        "explicitly and he'll get both.\n\n"
        "Reply: Link him with a financial counsellor - the National Debt Helpline is free. Then you can "
        "protect session time for the mood work.\n\n"
        "Presenter follow-up: Done. Financial counsellor is on it. He did bring his letters in last week "
        "and I saw his CRN 204 816 392K and that the debt is being raised against his old address in "
        "Woodridge. His partner Bronwyn has picked up casual shifts at Bunnings, which he feels ashamed "
        "about. Starting behavioural activation and a values piece around being a provider.",
        [
            ("204 816 392K", "id_number"),
            ("Woodridge", "place"),
            ("Bronwyn", "name"),
            ("Bunnings", "organisation"),
        ],
    ),
    (
        "b8c-032",
        "Affirming practice - nonbinary client and misgendering by family\n\n"
        "Presenter: 22, nonbinary, uses they/them. Depression (PHQ-9 17) and social anxiety. Family "
        "consistently misgender them. GIC waiting list is years.\n\n"
        "Reply: Meyer's minority stress model is the frame. The depression may be a reasonable response "
        "to invalidation. Pink Therapy runs good training for clinicians.\n\n"
        "Reply: Be careful not to make gender the whole story. Social anxiety can be treated with standard "
        "Clark and Wells CBT, adapted.\n\n"
        "Reply: 'Affirmative Counseling and Psychotherapy' and Singh's Queer and Trans Resilience Workbook "
        "are both useful.\n\n"
        "Presenter follow-up: Used the Clark and Wells model with video feedback. Big shift. They went to "
        "a Pride event in June with friends and said 'nobody looked at me twice'. PHQ-9 now 11. Family "
        "still difficult but they've found a chosen-family group that meets on Thursdays.",
        [],
    ),
    (
        "b8c-033",
        "Re: Rural farmer, suicide risk and guns - ethical bind\n\n"
        "Presenter: 62M, farmer, depression after a bad winter and losing stock. Has a licensed shotgun "
        "for the farm. Won't give it up. PHQ-9 item 9 = 2.\n\n"
        "Reply: Means restriction works. Frame it as temporary - a neighbour or Garda station can hold it "
        "during the worst period. Don't make it an ultimatum if you can avoid it.\n\n"
        "Reply: Check in with his GP. Joint approach carries more weight in rural Ireland.\n\n"
        "Presenter follow-up: Spoke to his GP, Dr Fionnuala Breathnach in Ennis, who knows him well. He "
        "agreed to let his brother keep the gun until spring. He emailed me after, from "
        "tomasmcgrath1961@eircom.net, to say thanks, which he'd never done before. Next review on the 18th "
        "of January. Still moderate risk but I sleep a bit better.",
        [
            ("Fionnuala Breathnach", "name"),
            ("Ennis", "place"),
            ("tomasmcgrath1961@eircom.net", "email"),
            ("18th of January", "date"),
        ],
    ),
    (
        "b8c-034",
        "Acculturative stress - undocumented worry and the therapy room\n\n"
        "Presenter: Early 30s man from Guatemala, works in a meatpacking town in the Midwest, Spanish as "
        "first language. GAD-7 18, insomnia. Constant fear of ICE raids. I'm bilingual but not Latino.\n\n"
        "Reply: Falicov's Latino Families in Therapy - the MECA framework - is my go-to. Don't make "
        "immigration status a clinical intake question; document only what's needed.\n\n"
        "Reply: Know your local 'know your rights' resources. A legal-aid referral may do more for his "
        "anxiety than CBT.\n\n"
        "Reply: Also think about 'nervios' as an idiom of distress - the DSM-5-TR cultural concepts "
        "section and the Cultural Formulation Interview help.\n\n"
        "Presenter follow-up: Used the CFI. He described 'nervios' and a heavy chest. We did relaxation "
        "training plus worry postponement, and he connected with a legal clinic through his church. "
        "Around Día de los Muertos he talked about his father for the first time. GAD-7 now 12.",
        [],
    ),
    (
        "b8c-035",
        "Online grooming concern - 13yo client, what do I do first?\n\n"
        "Presenter: 13F, anxiety, recently withdrawn. Disclosed an 'older boyfriend' she met on Snapchat. "
        "He's asked her to meet.\n\n"
        "Reply: This is a safeguarding referral today, not a therapy question. Follow your local "
        "safeguarding procedures and contact the police/CEOP. Don't investigate yourself.\n\n"
        "Reply: Keep her trust by telling her what you're doing and why. Working Together 2023 is your "
        "guidance.\n\n"
        "Presenter follow-up: Referral made. The police asked for the account she's been talking to - "
        "she showed me, it's mxxrayaa_07 on Snap. He'd arranged to meet her outside Oasis Academy "
        "Brislington on Saturday 14th after netball. Her friend Maryam told her mum, which is how the "
        "school found out first. She's furious with Maryam right now, which we're working with.",
        [
            ("mxxrayaa_07", "handle"),
            ("Oasis Academy Brislington", "organisation"),
            ("Saturday 14th", "date"),
            ("Maryam", "name"),
        ],
    ),
    (
        "b8c-036",
        "Supervision thread: my provisional is burning out\n\n"
        "Presenter (supervisor): Provisional psychologist in their first year, heavy trauma caseload at "
        "a community service. ProQOL burnout subscale high. Crying after sessions, not sleeping.\n\n"
        "Reply: Figley on compassion fatigue, Pearlman and Saakvitne on vicarious trauma - standard "
        "reading. But mostly the fix is structural: caseload mix.\n\n"
        "Reply: I'd use the supervision contract to name it openly. Also check whether they're getting "
        "their own therapy - many use their EAP.\n\n"
        "Reply: Practical: no more than 2 trauma processing sessions back-to-back, a proper lunch break, "
        "Teams turned off after 5pm. Sounds basic but it matters.\n\n"
        "Presenter follow-up: Reduced their trauma load by a third. They're using the school holidays to "
        "take a proper break. We've done a Hawkins and Shohet seven-eyed model review of one case that "
        "had been stuck. ProQOL down after six weeks. Christmas period will be the next test.",
        [],
    ),
    (
        "b8c-037",
        "Re: End-of-life anxiety in a very elderly client - pet question\n\n"
        "Presenter: A 97-year-old woman in her own home with carers, lucid, anxious about dying. "
        "Her main worry isn't death itself: it's what happens to her cat, Biscuit, after. Family aren't "
        "cat people.\n\n"
        "Reply: That worry is completely legitimate. Existential work (Yalom's Staring at the Sun) sits "
        "alongside practical planning - some rehoming charities will commit in advance.\n\n"
        "Reply: Dignity therapy again - she might want to dictate a letter about the cat's habits for "
        "whoever takes him. It gives her a role.\n\n"
        "Presenter follow-up: She loved the letter idea. Three pages of instructions on feeding, the "
        "favourite windowsill, the vet. A neighbour has agreed to take Biscuit. Her GAD-7 has come down "
        "from 15 to 8 and she's started talking about her late husband, which feels like the real work.",
        [("97-year-old", "age"), ("Biscuit", "name")],
    ),
    (
        "b8c-038",
        "Stillbirth - disenfranchised grief and the 'try again' comments\n\n"
        "Presenter: 33F, stillbirth at 36 weeks. EPDS 19. Everyone tells her she'll 'have another'. "
        "Partner back at work after two weeks and avoiding talking about it.\n\n"
        "Reply: Doka's disenfranchised grief concept captures exactly that. Also look at the work on "
        "continuing bonds (Klass, Silverman and Nickman) - naming, photos, memory boxes.\n\n"
        "Reply: Screen the partner too. Fathers and non-birthing partners have elevated PTSD and "
        "depression after stillbirth and almost nobody asks.\n\n"
        "Reply: Many hospitals have bereavement midwives and perinatal loss groups. Worth asking the "
        "obstetric team.\n\n"
        "Presenter follow-up: She's started a memory box. Partner came to session 5 and cried for the "
        "first time. Pregnancy and Infant Loss Awareness Month is October and they're going to the "
        "candle-lighting together. EPDS now 13. Sertraline 50mg started by her family doctor.",
        [],
    ),
    (
        "b8c-039",
        "School-based: teen threatening a teacher online - duty to warn?\n\n"
        "Presenter: School counselor. 16M posted a vague threat about 'making him pay' referring to a "
        "teacher. Student has depression and was recently suspended.\n\n"
        "Reply: Threat assessment team, today. Comprehensive School Threat Assessment Guidelines (Cornell) "
        "distinguish transient from substantive threats.\n\n"
        "Reply: Tarasoff applies differently in school settings and varies by state - check your district "
        "policy. In Oregon it's permissive disclosure.\n\n"
        "Presenter follow-up: Team met. The teacher is Mr. Okonjo, his chemistry teacher at Westview High, "
        "who'd reported him. Transient threat after the interview - he was humiliated, not planning. "
        "Student ID 2087746 is flagged for a re-entry meeting. Family live in 97006 and are arranging "
        "outside therapy. How do I stay useful to him without becoming 'the school's person'?",
        [
            ("Okonjo", "name"),
            ("Westview High", "organisation"),
            ("2087746", "id_number"),
            ("97006", "place"),
        ],
    ),
    (
        "b8c-040",
        "Self-compassion with a shame-heavy client - CFT or ACT?\n\n"
        "Presenter: Man in his 40s in a crofting community in the north of Scotland, recovering from "
        "alcohol dependence, harsh self-critic. The CHI number is on the referral but I won't paste it. "
        "FSCRS shows very high hated-self.\n\n"
        "Reply: Gilbert's CFT is built for exactly that - the three-systems model can be a relief to men "
        "who think their anger is who they are. Neff's self-compassion work can feel too soft for some.\n\n"
        "Reply: ACT's self-as-context work pairs well. Hayes and colleagues, or Russ Harris's The Happiness "
        "Trap for a client-facing version.\n\n"
        "Reply: Watch for fears of compassion (Gilbert's scale) - some people panic when kindness is "
        "offered.\n\n"
        "Presenter follow-up: He did panic at first. We went slowly with compassionate-other imagery; he "
        "chose his late grandfather at the fank. Hogmanay was his first sober one in eleven years. Grace "
        "is a word he used, unprompted, last session. Reading Harris myself now.",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind8c"}
        for i, t, items in DOCS
    ]
