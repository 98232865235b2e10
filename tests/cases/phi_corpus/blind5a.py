"""Blind batch b5a: US-focused case-consultation writing by LCSWs, LPCs, psychologists and MFTs in
private practice, community mental health centres, college counselling centres, VA/military
settings and school-based roles. Formats include consult requests, SOAP/DAP notes, replies to
colleagues, chatty one-liners, bullet lists and Markdown headings. Clients and families come
from Latino, African American, Vietnamese, Korean, Filipino, Navajo, Hmong, Somali, Polish and
Anglo backgrounds; the identifiers are US-style (MRN, Medicaid/Medicare ids, SSN fragments,
driver licence, plates, ZIPs, street addresses, phone formats, emails, handles, IPs, US
employers and schools). Clean documents are dense with cited theorists, instruments, codes,
medications, holidays, brands and generic places.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard as it was at 935157f: span recall 0.947, precision 0.741, identifier
documents fully caught 0.682, clean documents flagged 1.000.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b5a-001",
        "**Consult request - CMHC adult outpatient (LCSW)**\n\n"
        "Picking up a Medicaid case from a colleague who left the agency. Client is Marisol Quintanilla, 34, "
        "Mexican-American, single mom of two, referred after an ED visit for a panic attack on 2/11. She lives "
        "with her mother off W. 18th St in Pilsen and works second shift packing at El Milagro. Recipient ID on "
        "the referral is 791264338 so I'm fairly sure the eligibility side is fine.\n\n"
        "Intake: PHQ-9 16, GAD-7 18, no SI. Panic started after her older son Javier was stopped by police on his "
        "way home from practice. She is bilingual but prefers Spanish for emotional content.\n\n"
        "Question: I was planning the Unified Protocol (Barlow) but her mother sits in on every telehealth session "
        "and answers for her. How have others negotiated privacy with multigenerational households without "
        "disrespecting familismo? Thanks in advance.",
        [
            ("Marisol Quintanilla", "name"),
            ("2/11", "date"),
            ("W. 18th St", "place"),
            ("Pilsen", "place"),
            ("El Milagro", "organisation"),
            ("791264338", "id_number"),
            ("Javier", "name"),
        ],
    ),
    (
        "b5a-002",
        "Private practice psychologist here, looking for a sanity check on a DBT-informed case.\n\n"
        "Woman in her late 20s, lives in a suburb outside a mid-sized Midwestern city, works remotely in insurance "
        "claims. Chronic SI without intent, urges to cut when she feels abandoned. PHQ-9 was 17/27 at intake and "
        "21/27 last week. Psychiatrist has her on sertraline 150 mg and lamotrigine 100 mg; she also has "
        "hydroxyzine 25 mg PRN that she rarely takes.\n\n"
        "I'm not running a full Linehan-model program (no skills group nearby that takes her plan), so I do "
        "individual sessions plus phone coaching with clear limits. Chain analysis has been useful: the links "
        "usually start with a text left on read, then shame, then isolation. Thanksgiving is coming up and last "
        "year the holiday at her parents' house triggered a bad week.\n\n"
        "Questions:\n- Has anyone adapted the DBT diary card for clients who hate paperwork? She refuses the app.\n"
        "- Would you add a Stanley-Brown safety plan review every session or is that overkill at this point?\n\n"
        "Diagnosis on the superbill is F33.1 with borderline traits noted but not coded. Billing 90837.",
        [],
    ),
    (
        "b5a-003",
        "## PE vs CPT for a combat vet - would value thoughts\n\n"
        "Staff psychologist at a VA CBOC. Veteran is Darnell Whitfield, 41, African American, former infantry with "
        "2nd Battalion, 7th Marines, two Helmand deployments. PCL-5 at intake was 58. Since the separation on "
        "9/30 he has been sleeping in his truck (NC plate TRK-4419) outside his ex's apartment in Jacksonville, "
        "which she has reported.\n\n"
        "Also, housekeeping: his chart is MRN 6604917 and my trainee pasted his last four (xxx-xx-4471) into a "
        "consult reply, which I have since had corrected.\n\n"
        "He tried PE with another provider in 2019 and dropped out at the imaginal exposure step. I'm leaning toward "
        "CPT (Resick) because he is very cognitive and likes worksheets, but the stuck points are mostly about "
        "guilt toward men he lost, and I wonder whether WET would be gentler. Any experience with WET for "
        "moral injury specifically?",
        [
            ("Darnell Whitfield", "name"),
            ("2nd Battalion, 7th Marines", "organisation"),
            ("9/30", "date"),
            ("TRK-4419", "id_number"),
            ("Jacksonville", "place"),
            ("6604917", "id_number"),
            ("xxx-xx-4471", "id_number"),
        ],
    ),
    (
        "b5a-004",
        "Reply to the MST thread:\n\n"
        "I work in a women's trauma clinic inside the VA and I'd gently push back on starting with exposure for "
        "this veteran. Foa's PE manual is solid, but with MST the shame cognitions tend to dominate, and in my "
        "experience CPT gets at those faster. Her PCL-5 of 61 and the nightmares make me think prazosin is worth "
        "raising with psychiatry again (she was on 2 mg and they never titrated).\n\n"
        "A few things that helped me:\n"
        "- Herman's stage model as a frame for pacing, even if you're running a protocol.\n"
        "- Naming that the military is an institution that betrayed her, Freyd's institutional betrayal idea.\n"
        "- Being careful around Veterans Day and Memorial Day, lots of our women find the public rituals "
        "alienating.\n\n"
        "Coding wise we use F43.10 plus the MST screen flag. The Veterans Crisis Line (988, press 1) is on her "
        "safety plan. Happy to talk more, my caseload is heavy on this.",
        [],
    ),
    (
        "b5a-005",
        'Hi all - LPC at a university counseling center. Session 4 with a sophomore, Ji-woo Han (goes by "Jay"), '
        "who came in after his RA found him crying in a stairwell. He's on a full ride at Northwestern in "
        "engineering and his parents run a dry cleaner in Koreatown, Los Angeles. He has not told them he "
        "failed two midterms.\n\n"
        "He emailed me at 2:14am from his personal account (jaywhan03@gmail.com) asking if I'd \"inform the "
        'school" - he thinks counseling will show up on his record. Student ID 3318207 is on the intake, but '
        "records are separate from the registrar and I told him so.\n\n"
        "GAD-7 15, PHQ-9 12, item 9 = 0. Lots of han / filial guilt material. Our center caps at 12 sessions. "
        "Would you refer out now or use the cap as a frame for a focused ACT piece? I don't want to lose him at "
        "the handoff.",
        [
            ("Ji-woo Han", "name"),
            ("Jay", "name"),
            ("Northwestern", "organisation"),
            ("Koreatown", "place"),
            ("Los Angeles", "place"),
            ("jaywhan03@gmail.com", "email"),
            ("3318207", "id_number"),
        ],
    ),
    (
        "b5a-006",
        "College counseling question, mostly about framing.\n\n"
        "First-gen student, 19, at a large public university in the Southwest. Works 25 hrs a week at a "
        "big-box retailer and sends money home. Presents with sleep problems, irritability, and a sense that "
        'she\'s "faking" being a college student. GAD-7 14, PHQ-9 11, AUDIT-C 2.\n\n'
        "I've been using Hays' ADDRESSING framework to think through her identities and reading Sue & Sue on "
        "the cost of acculturative stress. Impostor phenomenon (Clance and Imes) resonates with her, though she "
        'hated the word "syndrome."\n\n'
        "Finals week is in three weeks and we have a 12-session model, she is at session 6. She follows a lot of "
        "study-with-me accounts on Instagram and TikTok and says it makes her feel worse.\n\n"
        "Would anyone use a brief behavioural activation plus values work here, or is this more a "
        "systemic/financial problem that therapy shouldn't pathologize? Z59.86 (financial insecurity) feels more "
        "honest than an anxiety code.",
        [],
    ),
    (
        "b5a-007",
        "School-based therapist (LCSW), elementary.\n\n"
        "3rd grader Pa Nhia Vang at Jackson Elementary in Saint Paul, referred by her teacher Ms. Kowalczyk for "
        '"shutting down" - head on desk, won\'t speak in class, fine at recess. Grandma is her main caregiver and '
        "speaks only Hmong; Dad (Chue) works nights at 3M and is hard to reach.\n\n"
        "IEP meeting is Oct. 3 and the team is floating an emotional disturbance label, which I think is "
        "premature. I'm seeing early selective mutism plus a grief piece (mom deported? family is vague).\n\n"
        "Plan so far: stimulus fading with a peer, Circle of Security handout for grandma via interpreter, PBIS "
        "check-in/check-out. Anyone have experience explaining SM to Hmong elders without it sounding like "
        "we're blaming the family?",
        [
            ("Pa Nhia Vang", "name"),
            ("Jackson Elementary", "organisation"),
            ("Saint Paul", "place"),
            ("Kowalczyk", "name"),
            ("Chue", "name"),
            ("3M", "organisation"),
            ("Oct. 3", "date"),
        ],
    ),
    (
        "b5a-008",
        "School-based LPC, middle school. Sharing a small win and a question.\n\n"
        "Hope was in short supply on our team about a 7th grader who had been refusing school since spring break. "
        "We tried the usual 504 accommodations and a shortened day. What finally moved things was a "
        "parent-led exposure plan loosely based on SPACE (Lebowitz): mom stopped negotiating every morning and "
        "started validating plus expressing confidence.\n\n"
        "SCARED parent version dropped from 41 to 26 over eight weeks. Kid's still on fluoxetine 10 mg.\n\n"
        'Question: the district wants me to write it up as a "Tier 3 intervention" for the MTSS team. Does '
        "anyone have a template that doesn't strip out the relational part? Grace and patience from the "
        "attendance office mattered as much as anything I did, and that never fits on the form. Also, "
        "Child-Parent Psychotherapy people - would Lieberman's work apply to an older kid like this or is that "
        "a stretch?",
        [],
    ),
    (
        "b5a-009",
        "Couples case, LMFT in private practice.\n\n"
        "Thanh Pham (52) and his wife Linh (48), married 26 years, own Lotus Nail Spa on Brookhurst St in "
        "Garden Grove. They came in after Linh found messages between Thanh and a former employee. He says it "
        "was emotional only.\n\n"
        "Their daughter Vy is a junior at UC Irvine and has been acting as translator in conflicts at home, which "
        "she told them she's done with. Gottman Sound Relationship House assessment: high contempt from Linh, "
        'stonewalling from Thanh. Their anniversary is June 14 and he\'s hoping for "a reset" by then.\n\n'
        "I'm using EFT (Sue Johnson) but the cultural piece around face and not airing things outside the family "
        "makes the vulnerable-sharing steps slow. How do others pace enactments with couples for whom "
        "direct emotional disclosure is itself the transgression?",
        [
            ("Thanh Pham", "name"),
            ("Linh", "name"),
            ("Lotus Nail Spa", "organisation"),
            ("Brookhurst St", "place"),
            ("Garden Grove", "place"),
            ("Thanh", "name"),
            ("Vy", "name"),
            ("UC Irvine", "organisation"),
            ("June 14", "date"),
        ],
    ),
    (
        "b5a-010",
        "Structural family therapy consult (MFT).\n\n"
        "Vietnamese-American family, three generations in one house in a coastal city. Parents in their 50s, "
        "grandmother 81, two teens. Presenting problem is the 16-year-old's vaping and failing grades, but the "
        "genogram tells a different story: dad is disengaged, mom and grandmother form a tight coalition, and "
        "the son is triangulated as the family's symptom bearer.\n\n"
        "Minuchin would have me unbalance by joining with dad. McGoldrick's work on ethnicity reminds me that "
        "in many Vietnamese families the hierarchy runs differently than the white middle-class norm those "
        "maps were drawn from.\n\n"
        "Tet is coming and the whole family will be at the temple and then with relatives, so I expect a few "
        "cancelled sessions. Dad drives a Honda minivan for a rideshare app and works most evenings.\n\n"
        "Anyone have luck with enactments when the elder speaks limited English? Our interpreter is good but "
        "the pace kills the intensity. Currently billing 90847 family with patient present.",
        [],
    ),
    (
        "b5a-011",
        "LPC contracted through an IHS clinic, posting with some hesitation because I'm not Native and want to "
        "do this right.\n\n"
        "Client is Marcus Begay, 27, Din\u00e9, living with his grandmother Mrs. Yazzie near Shiprock. Only "
        "reliable contact is her landline, (505) 555-0126. Last drink was 11/04/2023 and he's been sober since, "
        "with a lot of help from an uncle who is a road man in the NAC. He works seasonally at Four Corners Power "
        "Plant.\n\n"
        "AUDIT at intake 27, now he's on naltrexone 50 mg. He wants to fold traditional ceremony into his "
        'recovery plan and asked whether I\'d "write a note" so his employer gives him time off for it.\n\n'
        "Brave Heart's historical trauma framework has been helpful to me. Questions: how do you document "
        'ceremony in a treatment plan without reducing it to an "intervention"? And is a letter appropriate '
        "here?",
        [
            ("Marcus Begay", "name"),
            ("Yazzie", "name"),
            ("Shiprock", "place"),
            ("(505) 555-0126", "phone"),
            ("11/04/2023", "date"),
            ("Four Corners Power Plant", "organisation"),
        ],
    ),
    (
        "b5a-012",
        "Responding to the question about culturally grounded SUD care on reservations.\n\n"
        "I spent six years in tribal behavioral health in the Southwest. A few things that I wish someone had "
        "told me:\n\n"
        "1. The Native American Church, sweat lodge, and Christian churches can all be live in one family. "
        "Ask, don't assume.\n"
        "2. AUDIT and PHQ-9 are validated in some Native samples but the cutoffs are debated; I treat them as "
        "conversation starters.\n"
        "3. Brave Heart's Historical Trauma and Unresolved Grief Intervention and Duran's \"soul wound\" are "
        "worth reading before you write a single treatment plan.\n"
        "4. White Bison's Wellbriety materials are widely used and clients often already know them.\n\n"
        "Meds: naltrexone 380 mg IM monthly works better than daily oral for a lot of my folks who live far from "
        "a pharmacy. F10.20 is the usual code. IHS referral rules are confusing; get to know the purchased/"
        "referred care coordinator early. And please don't schedule around the Fourth of July powwow season "
        "expecting full attendance.",
        [],
    ),
    (
        "b5a-013",
        "Consult: interpreter and trust issues with a Somali client (LCSW, community mental health)\n\n"
        "Hodan Warsame, 29, came to the US in 2014 via a refugee camp in Kenya. She lives in the Cedar-Riverside "
        "high-rises and works as a picker at the Amazon warehouse in Shakopee. Referred by her PCP for "
        "headaches and insomnia; PHQ-9 in Somali translation was 19.\n\n"
        "At our second session she recognised the phone interpreter's voice as a relative of her husband's "
        "cousin Abdiweli and ended the call. She's back now with an in-person interpreter from outside the "
        "community. Next appointment Jan 22nd.\n\n"
        "She frames her distress as a spiritual issue and has been seeing an imam for ruqyah. I'm not trying to "
        "compete with that. How have others collaborated with religious healers while keeping the clinical "
        "side (sleep, the K10 trend) going? Ramadan starts soon and she fasts, so I'm thinking of moving "
        "sessions earlier in the day.",
        [
            ("Hodan Warsame", "name"),
            ("Cedar-Riverside", "place"),
            ("Amazon", "organisation"),
            ("Shakopee", "place"),
            ("Abdiweli", "name"),
            ("Jan 22nd", "date"),
        ],
    ),
    (
        "b5a-014",
        "Clinical note on working with Somali families, for the newer staff.\n\n"
        "Somali clients I've seen often describe depression in somatic terms (headache, heaviness, \"the heart "
        "is tired\") and may explain it through jinn or the evil eye. That isn't psychosis. Ask what the "
        "family thinks is happening before reaching for a diagnosis; the DSM-5-TR Cultural Formulation "
        "Interview is your friend here.\n\n"
        "Practical points:\n"
        "- Gender-matched interpreters matter. Ask whether the client knows anyone in the interpreter pool.\n"
        "- During Ramadan, schedule earlier in the day and avoid suggesting meds with food timing that clashes "
        "with fasting. Eid al-Fitr and Eid al-Adha: expect cancellations.\n"
        "- Collaborate with the imam if the client wants that. Ruqyah and therapy can coexist.\n"
        "- The Harvard Trauma Questionnaire has a Somali version; the K10 and PHQ-9 have been used too.\n\n"
        "Mollica's work is a good start, and Betancourt's Family Strengthening Intervention for refugee families "
        "was designed with Somali Bantu families in mind. Document with Z60.3 (acculturation difficulty) when "
        "it's clinically relevant rather than defaulting to F32.",
        [],
    ),
    (
        "b5a-015",
        "DAP note, outpatient grief group (psychologist)\n\n"
        'D: Krzysztof Nowakowski ("Krzysiek" to his family), 58, Polish-born, attended individual follow-up '
        "after group. Retired in the spring after 31 years at Warren Truck Assembly. Wife Bozena died of "
        "pancreatic cancer last year. He still lives in the house on Joseph Campau Ave in Hamtramck 48212 "
        "and says the parish keeps him going. Brought his license to show me a photo tucked behind it "
        "(DL K 452 118 903 227) - the photo is the last one of the two of them.\n"
        "A: Prolonged grief, PG-13-R of 38; meets criteria for F43.81. No SI. Drinking slightly up at the "
        "holidays, especially Wigilia.\n"
        "P: Start Shear's prolonged grief treatment modules next session; coordinate with PCP about sleep. "
        "Re-administer PG-13-R in 8 weeks.",
        [
            ("Krzysztof Nowakowski", "name"),
            ("Krzysiek", "name"),
            ("Warren Truck Assembly", "organisation"),
            ("Bozena", "name"),
            ("Joseph Campau Ave", "place"),
            ("Hamtramck", "place"),
            ("48212", "place"),
            ("K 452 118 903 227", "id_number"),
        ],
    ),
    (
        "b5a-016",
        "Grief in a Polish-American Catholic family, anyone with experience?\n\n"
        "Client is a woman in her early 60s in a mill town in western Pennsylvania. Her husband died of a "
        "heart attack in March 2022 and she has barely left the house since. PG-13-R is 41. She goes to Mass "
        'daily but says the priest "doesn\'t understand."\n\n'
        "I've been drawing on Worden's tasks of mourning and Shear's complicated grief treatment, plus "
        "Neimeyer's meaning reconstruction. The holidays are brutal: Wigilia on Christmas Eve with the empty "
        "chair, then All Souls' Day in November. She set a place for him last year.\n\n"
        "She's been on mirtazapine 15 mg since the summer, sleeping better. Diagnosis F43.81. "
        'Faith is central for her, so I\'ve stayed away from anything that sounds like "letting go" and '
        "leaned into continuing bonds (Klass). Open to ideas about involving the parish without stepping on "
        "the priest's toes.",
        [],
    ),
    (
        "b5a-017",
        "Filipino nurse, burnout and family obligation - consult (LCSW, private practice)\n\n"
        "Maricel Dizon, 44, RN on nights at Kaiser Permanente, sends about a third of her pay to family in "
        "Pampanga. Daughter Bea (15) has stopped eating dinner with the family. Maricel's intake address is "
        "1847 Tennessee St, Vallejo, CA 94590 and she asked me to send nothing there because her husband "
        "reads the mail.\n\n"
        "Her mother died Christmas Eve 2022 and she couldn't fly home in time, which she brings up every "
        "session. PHQ-9 18. She describes utang na loob and hiya and minimizes her own needs.\n\n"
        "E.J.R. David's work on colonial mentality has been helpful. I'm wondering whether to bring Bea in for a "
        "family session or keep this individual for now. Thoughts?",
        [
            ("Maricel Dizon", "name"),
            ("Kaiser Permanente", "organisation"),
            ("Bea", "name"),
            ("Maricel", "name"),
            ("1847 Tennessee St", "place"),
            ("Vallejo", "place"),
            ("94590", "place"),
            ("Christmas Eve 2022", "date"),
        ],
    ),
    (
        "b5a-018",
        "A reply on the Filipino-American thread:\n\n"
        "So much of what you describe sounds like kapwa (shared identity) rather than enmeshment. "
        "Enriquez's Sikolohiyang Pilipino is worth a look, and David's Brown Skin, White Minds is very "
        "readable for clients too. I'd be careful about labeling the remittances as codependency; for many "
        "families it's a core value, not a symptom.\n\n"
        "Clinically, I'd track the burnout separately (Maslach if you want a number) and see whether the "
        "depression lifts when she has more control over her shifts. Escitalopram 10 mg is a reasonable start "
        "if her PCP is on board.\n\n"
        "Also: Simbang Gabi in December is nine pre-dawn masses, so if she's a night-shift nurse she may be "
        "running on almost no sleep that month. Plan for it. Bayanihan framing (community helping each other) "
        "sometimes helps clients accept support without feeling like they're taking.",
        [],
    ),
    (
        "b5a-019",
        "Caregiver burnout - psychologist, rural outpatient.\n\n"
        "Carol Ann Pruitt, 66, retired school secretary, is the sole caregiver for her mother Dorothy, aged 92, "
        "who has vascular dementia. Carol Ann drives her everywhere in Dorothy's old Buick (plate 7KDM214) "
        "because Dorothy won't ride in anything else. They live outside Redding and the only respite they "
        "accept is a Wednesday program run by Bethel Church.\n\n"
        'Zarit Burden Interview 52, PHQ-9 14. Carol Ann says she\'s "fine" and came only because her PCP '
        "insisted.\n\n"
        "I'd like to use the REACH II caregiver model but she resists anything that sounds like \"putting Mama "
        'in a home." How do people approach the long-term care conversation with caregivers from very '
        "self-reliant rural families?",
        [
            ("Carol Ann Pruitt", "name"),
            ("Dorothy", "name"),
            ("aged 92", "age"),
            ("Carol Ann", "name"),
            ("7KDM214", "id_number"),
            ("Redding", "place"),
            ("Bethel Church", "organisation"),
        ],
    ),
    (
        "b5a-020",
        "Reply re: dementia caregiver referral\n\n"
        "I'd second the Zarit and add the REACH II risk appraisal. Your client's father is 89 and the MoCA "
        "you mentioned (18/30) fits moderate impairment, so she's probably going to need more than weekly "
        "therapy. The local Area Agency on Aging can usually set up in-home respite, and Medicare covers "
        "some hospice support if things move that way.\n\n"
        "Donepezil 10 mg and memantine are common, but the evidence on behavioral symptoms is modest; "
        "for sundowning I'd look at Teri's STAR-C caregiver training before anything pharmacological. "
        "Kitwood's person-centred care ideas are good for helping caregivers see the person behind the "
        "disease.\n\n"
        'On the guilt piece: ACT defusion work with "I\'m a bad daughter" has worked for a couple of my '
        "clients. Christmas and his birthday are the two days she dreads most, so plan ahead. Bill the "
        "family session as 90846 if he's not in the room.",
        [],
    ),
    (
        "b5a-021",
        "School-based therapist, high school. Looking for input on a safety question.\n\n"
        "Tyrese Coleman, 15, 10th grade at Frederick Douglass High School. His cousin DeShawn was shot near "
        "Mondawmin Mall two weeks ago and survived. Since then Tyrese has been posting drill lyrics and "
        "pictures of the spot on his Instagram (@lilrese_410), which the SRO flagged to admin.\n\n"
        "In session he's flat, sleeping in class, says he's \"good.\" CATS (Child and Adolescent Trauma "
        "Screen) 31. I don't think he's planning retaliation but I can't rule it out, and I really don't want "
        "admin or the SRO to turn grief into a discipline issue.\n\n"
        "How have others balanced duty to warn with not criminalizing Black boys' grief? I've been leaning on "
        "Hardy's work on invisible wounds and TF-CBT psychoeducation.",
        [
            ("Tyrese Coleman", "name"),
            ("Frederick Douglass High School", "organisation"),
            ("DeShawn", "name"),
            ("Mondawmin Mall", "place"),
            ("Tyrese", "name"),
            ("@lilrese_410", "handle"),
        ],
    ),
    (
        "b5a-022",
        "SOAP note - adolescent outpatient, session 9 (LPC)\n\n"
        'S: 15 y/o reports "a better week," went to two practices and sat with friends at lunch on Tuesday. '
        "Still fighting with mom over phone use at night. Denies SI since last session.\n"
        "O: Affect brighter, good eye contact. PHQ-A 14 (down from 19). C-SSRS screener negative. "
        "Fluoxetine 20 mg per psychiatry, adherence per parent report.\n"
        "A: F32.1 major depressive disorder, single episode, moderate, improving. Z62.820 parent-child "
        "conflict noted. Protective factors: sports, friends, engaged parent.\n"
        "P: Continue CBT (behavioral activation, thought records). Review Stanley-Brown safety plan, update "
        "with 988 and the Crisis Text Line. Family session next week to negotiate a phone-free bedroom "
        "agreement. CPT 90834.",
        [],
    ),
    (
        "b5a-023",
        "ugh ok I need a gut check from the couples people. EFT, eight sessions in, they're mid de-escalation "
        'and things have calmed down a lot. Tonight she says her husband Bill has been "doing the thing '
        "again\" (checking her location on her phone) and he shrugged it off as concern. I've been treating this "
        "as a pursue-withdraw cycle but the tracking plus some things she said earlier about money make me "
        "wonder about coercive control.\n\n"
        "Do I stop the conjoint work and do individual check-ins with a structured screen (I have the "
        "CTS-2 and the Relationship Behavior Rating Scale)? Stark's book on coercive control has me "
        "spooked. I don't want to blow up a therapy that's working if this is just anxious attachment, "
        "but I also don't want to be the therapist who missed it.",
        [("Bill", "name")],
    ),
    (
        "b5a-024",
        "Couples therapy question - EFT vs Gottman when one partner is ambivalent.\n\n"
        "Married couple in their 40s, both teachers, two kids, living in a small town in the Midwest. She's "
        '"one foot out the door"; he wants to fight for the marriage. Will he still want that when he hears '
        "how long she's been unhappy? That's my worry.\n\n"
        "I did the Gottman Relationship Checkup and the 4 Horsemen scores are high on both sides. "
        "Doherty's discernment counseling seems like the right first step before either EFT (Johnson) or "
        "Gottman Method. Has anyone done the discernment protocol without the formal training?\n\n"
        'Faith community is involved: their pastor has been "counseling" them separately, and the advice '
        "has been contradictory. Valentine's Day is apparently when she told him.\n\n"
        "Billing is self-pay, no diagnosis needed, but if they switch to insurance I'd have to pick an "
        "individual diagnosis for one of them, which feels wrong (Z63.0 isn't billable on its own).",
        [],
    ),
    (
        "b5a-025",
        "**SOAP - outpatient, LCSW**\n"
        "Client: Loretta Simmons  |  DOB 07/22/1956  |  MRN 00482715  |  Medicare MBI 1EG4-TE5-MK73\n\n"
        "S: 67 y/o widow, reports more tearfulness since her grandson moved out. Lives alone in Germantown, "
        "still sings in the choir at Mt. Airy Baptist. Says her psychiatrist, Dr. Iyer at Temple University "
        "Hospital, cut her trazodone to 50 mg.\n"
        "O: GDS-15 score 9. Oriented x3, MoCA 26/30 last month.\n"
        "A: F33.1, moderate. Grief re: loss of daily role.\n"
        "P: Continue weekly IPT focused on role transition. Coordinate with psychiatry. RTC 1 week.\n\n"
        "^ sorry, meant to strip the header before posting, can a mod remove? My real question: IPT vs "
        "behavioral activation for late-life depression when the client is very church-involved and "
        "already busy?",
        [
            ("Loretta Simmons", "name"),
            ("07/22/1956", "date"),
            ("00482715", "id_number"),
            ("1EG4-TE5-MK73", "id_number"),
            ("Germantown", "place"),
            ("Mt. Airy Baptist", "organisation"),
            ("Iyer", "name"),
            ("Temple University Hospital", "organisation"),
        ],
    ),
    (
        "b5a-026",
        "Medicare billing question for LCSWs/LMFTs.\n\n"
        "Since January 2024 MFTs and LMHCs can bill Medicare Part B, and I'm trying to figure out the "
        "practical side before I enroll. Questions:\n\n"
        "1. Is the 16-minute rule for 90832/90834/90837 applied the same way as with commercial payers?\n"
        "2. Does G2211 apply to psychotherapy or only to E/M? Our billing person says no but I've seen "
        "conflicting posts.\n"
        "3. For telehealth, do Medicare clients still need an in-person visit within six months? I know the "
        "waiver was extended but I've lost track of the dates.\n\n"
        "I've read the CMS MLN booklet and it's clear as mud. I mostly see older adults with depression and "
        "anxiety (F33.x, F41.1), plus a few with mild neurocognitive disorder where 96127 screening comes "
        "into play. Any LMFT who's actually been through PECOS enrollment, I'd love to hear how long it "
        "took.",
        [],
    ),
    (
        "b5a-027",
        "Telehealth boundary issue (LPC, group practice)\n\n"
        "Client is Logan Reeves, 22, lives in Boise, works the closing shift at GameStop, referred for social "
        "anxiety and gaming that's eating his sleep. We meet on our HIPAA platform and our practice manager "
        "noticed his logins come from 73.158.204.19 on some days and from an out-of-state address on others; "
        "turns out he's been doing sessions from his girlfriend's place in another state, which is a licensure "
        "problem for me.\n\n"
        "Separately, he added me on Discord (voidmoth_77) \"so you can see what I'm like when I'm not anxious.\" "
        "I declined but he was hurt.\n\n"
        "LSAS 78, IGD-9SF 29. How do you handle the interstate thing without it feeling punitive? And any "
        "scripts for declining the Discord invite that keep the alliance?",
        [
            ("Logan Reeves", "name"),
            ("Boise", "place"),
            ("GameStop", "organisation"),
            ("73.158.204.19", "ip"),
            ("voidmoth_77", "handle"),
        ],
    ),
    (
        "b5a-028",
        "Gaming and young adults - a few thoughts since this keeps coming up in our consult group.\n\n"
        "I try not to pathologize gaming itself. The DSM-5-TR lists Internet Gaming Disorder as a condition "
        "for further study; ICD-11 has 6C51 gaming disorder. For screening I use the IGD-9SF and Young's "
        "Internet Addiction Test, mostly as conversation starters.\n\n"
        "Discord, Twitch and Steam are where a lot of my clients' actual friendships live. Asking to see the "
        "server or the clip they're proud of builds more rapport than any worksheet. Where it gets clinical: "
        "sleep after 3 AM most nights, missed work, or gaming as the only regulation strategy.\n\n"
        "Kings and Delfabbro's work is good. Motivational interviewing (Miller and Rollnick) beats "
        "confrontation every time. Summer tends to be the worst stretch for college students who go home and "
        "lose structure. Bupropion 150 mg XL gets suggested a lot for comorbid ADHD/depression, but talk to "
        "the prescriber.",
        [],
    ),
    (
        "b5a-029",
        "Consult - reunification case (LMFT, contracted with county)\n\n"
        'Guadalupe Ochoa ("Lupita"), 31, is working toward reunification with her two kids, who are in kinship '
        "care with her sister. Dependency case JV-23-004417. CPS caseworker Ms. Renteria wants my treatment "
        "summary by December 5 for the review hearing.\n\n"
        "Lupita's been clean 7 months (UA's all negative), attending NA and Mass at St. Cecilia Parish in "
        "Pueblo, and completed Triple P. What's stuck is the kids' refusal: the 9-year-old says she doesn't "
        "want to go back. I've been doing TF-CBT with the kids separately and Parent-Child Interaction "
        "Therapy is on the table.\n\n"
        "How much detail do folks include in court summaries? I'm worried about handing the county a document "
        "that gets weaponized in the hearing.",
        [
            ("Guadalupe Ochoa", "name"),
            ("Lupita", "name"),
            ("JV-23-004417", "id_number"),
            ("Renteria", "name"),
            ("December 5", "date"),
            ("St. Cecilia Parish", "organisation"),
            ("Pueblo", "place"),
        ],
    ),
    (
        "b5a-030",
        "On writing court reports in child welfare cases (long reply, sorry).\n\n"
        "I've done reunification work for about ten years. My rule: describe observations and measured "
        "change, not predictions. Use instrument scores (CBCL, TSCC, the PSI-4 for the parent) and session "
        "attendance numbers, and quote the child only when it's essential.\n\n"
        "TF-CBT (Cohen, Mannarino and Deblinger) has a trauma narrative component you should never hand over "
        "to the court; say it was completed, not what it contained. PCIT is great evidence if the parent is "
        "doing coaching sessions, because the DPICS coding gives you numbers.\n\n"
        "Also be mindful of cultural calendars: Dia de los Muertos, Las Posadas and the Christmas season are "
        "loaded times for many Latino families with a parent in recovery. I once had a CASA volunteer push for "
        "an extra visit over Three Kings Day and it went badly.\n\n"
        "ICD codes I see most: Z62.21 (child in foster care), F11.21 in remission. Keep the report short.",
        [],
    ),
    (
        "b5a-031",
        "Military spouse, first deployment - LCSW in private practice near a big Army post.\n\n"
        "Kayleigh Dunmore, 24, married 18 months, 8 months pregnant. Husband SPC Tanner Dunmore deployed with "
        "the 82nd Airborne Division in the spring and was injured in a training accident; he's now at a "
        "military hospital in Germany. She's alone in Fayetteville with no family nearby.\n\n"
        "Her sister started a fundraiser (https://www.gofundme.com/f/dunmore-family-recovery) and Kayleigh "
        "reads every comment, including the cruel ones. EPDS 17 at 36 weeks.\n\n"
        "I'm thinking about a perinatal-focused plan (Mothers and Babies, the ROSE program) plus coordination "
        "with the FRG. Has anyone worked with the medevac family travel process? She wants to "
        "fly out and her OB is saying no.",
        [
            ("Kayleigh Dunmore", "name"),
            ("Tanner Dunmore", "name"),
            ("82nd Airborne Division", "organisation"),
            ("Fayetteville", "place"),
            ("https://www.gofundme.com/f/dunmore-family-recovery", "url"),
            ("Kayleigh", "name"),
        ],
    ),
    (
        "b5a-032",
        "Deployment cycle and military kids, resources I've found useful:\n\n"
        "- Military OneSource for free non-medical counseling sessions. Clients often don't know about it.\n"
        "- MFLCs at schools on and near installations.\n"
        "- FOCUS (Families OverComing Under Stress) by Saltzman, resilience training for families.\n"
        "- Sesame Street's Talk, Listen, Connect materials for little ones.\n\n"
        "The emotional cycle of deployment (Pincus et al.) is a good psychoeducation frame. Reintegration is "
        "often harder than the deployment itself. For the service member, the Veterans Crisis Line is 988 then "
        "press 1, and the VA's PTSD Coach app is free.\n\n"
        "I work in a small town near a large Army post in the Southeast; TRICARE pays for most of my clients. "
        "Billing code 90837 gets denied more than I'd like without a good justification. F43.22 adjustment "
        "disorder with anxiety is the usual diagnosis for spouses, and Memorial Day and the Fourth are hard "
        "days for Gold Star families.",
        [],
    ),
    (
        "b5a-033",
        "Cross-cultural consult - Hmong client and spirit loss (psychologist, CMHC)\n\n"
        "Tou Lor, 38, poultry line worker at Foster Farms in Fresno, referred by occupational health after a "
        "near-accident on the line. He says he lost part of his soul (poob plig) after a car crash on August 2 "
        "and his wife, Mai Xiong, has arranged a hu plig ceremony with a txiv neeb. He's open to therapy but "
        "only after the ceremony.\n\n"
        "Contact is through his wife's cell, 559-555-0187. PCL-5 was 46. He's on no medication and doesn't want "
        "any.\n\n"
        "I've read Fadiman and I don't want to be the doctors in that book. Would you pause until after the "
        "ceremony or keep seeing him? I've been trying to fit trauma-informed psychoeducation within his "
        "explanatory model (Kleinman's questions).",
        [
            ("Tou Lor", "name"),
            ("Foster Farms", "organisation"),
            ("Fresno", "place"),
            ("August 2", "date"),
            ("Mai Xiong", "name"),
            ("559-555-0187", "phone"),
        ],
    ),
    (
        "b5a-034",
        "Working with Hmong elders, notes from a training I attended.\n\n"
        "Spirit loss (poob plig) and the hu plig ceremony are common explanations for fright and depression. "
        "Fadiman's The Spirit Catches You and You Fall Down is required reading but is also a story about "
        "medical arrogance more than about Hmong culture.\n\n"
        "Key points from the trainer, a Hmong-American LCSW:\n"
        "- Clan structure matters. Decisions often go through the clan leader, not the individual.\n"
        "- Don't schedule during Hmong New Year (usually late fall to December). Families travel.\n"
        "- Shamanic healing (txiv neeb) and Christianity can coexist in one household.\n"
        "- Psychiatric medication may be refused because of beliefs about blood and the body.\n\n"
        "Screening: the Hmong-language PHQ-9 exists but is poorly validated. The Cultural Formulation Interview "
        "is better. Many elders came via refugee camps in Thailand, so PTSD (F43.10) is common. In a farming "
        "region of California most of my referrals come from primary care.",
        [],
    ),
    (
        "b5a-035",
        "School-based counselor (LPC), high school newcomer program.\n\n"
        "Abdirahman Farah, 16, Somali, at Linden-McKinley STEM Academy in Columbus for about a year after time "
        "in a camp in Ethiopia. Lives with his uncle Mohamed and five cousins. Suspended after a fight on May 9, "
        "his first ever. Ohio Medicaid ID 104882391227 on the referral, so the school can bill for me.\n\n"
        "He's quiet, sleeps in class, says \"everything is fine.\" CATS 28. He told me in English that he's "
        '"tired from nights" - turns out he\'s been working overnight to send money to his mother.\n\n'
        "How do others approach trauma work with refugee teens whose real stressor is current (work, money) "
        "rather than past? I'm thinking of a Trauma Systems Therapy approach (Saxe) rather than jumping into "
        "TF-CBT.",
        [
            ("Abdirahman Farah", "name"),
            ("Linden-McKinley STEM Academy", "organisation"),
            ("Columbus", "place"),
            ("Mohamed", "name"),
            ("May 9", "date"),
            ("104882391227", "id_number"),
        ],
    ),
    (
        "b5a-036",
        "Reply to the newcomer-students thread.\n\n"
        "Summer break is when I lose most of my refugee students, so I front-load skills in the spring. "
        "Things that have worked in our district's newcomer program:\n\n"
        "- Teaching Recovery Techniques (Children and War Foundation) in small groups.\n"
        "- The Refugee Services Toolkit from NCTSN for screening ideas.\n"
        "- ACEs scores (one boy scored 7) are useful for the team but I don't share them with families.\n"
        "- SCARED and the CATS as the main measures; they have several translated versions.\n\n"
        "Trauma Systems Therapy (Saxe, Ellis and Brown) is built for exactly the situation where the "
        "environment is still unstable. Ellis also wrote a lot about Somali youth specifically.\n\n"
        "On work: many of these kids are legally allowed to work and families depend on it. Framing sleep as "
        '"a body need" rather than a rule has gone better than telling them to quit. Eid is a good time for a '
        "family check-in, not a session.",
        [],
    ),
    (
        "b5a-037",
        "Private practice psychologist. Consult on a high-achieving client with narcissistic features.\n\n"
        "Bradley Hutchins, 47, litigation partner at Ropes & Gray, lives in Back Bay, came in after his wife "
        "threatened divorce. Initial session 3/28. He emailed the intake from brad.hutchins.law@proton.me and "
        'wants "a report I can show her."\n\n'
        "PID-5 elevated on antagonism, PHQ-9 9. He is charming in session and contemptuous of therapy. Has "
        'already suggested I\'m "not at his level."\n\n'
        "I've been drawing on Kernberg's TFP and Ronningstam's work on pathological narcissism. The risk is he "
        'drops out when he feels shame. Has anyone found a way to handle "write me a letter saying I\'m fine" '
        "requests without rupturing early?",
        [
            ("Bradley Hutchins", "name"),
            ("Ropes & Gray", "organisation"),
            ("Back Bay", "place"),
            ("3/28", "date"),
            ("brad.hutchins.law@proton.me", "email"),
        ],
    ),
    (
        "b5a-038",
        "Lawyers, doctors and burnout: what works with high-achievers in private practice?\n\n"
        "Rose, thorn, bud is a check-in I use with a lot of my professional clients, because they'll talk about "
        "a small win before they admit to a problem. Most of them are at big law firms, Big Four accounting "
        "shops or hospital systems, and they score high on the Maslach Burnout Inventory exhaustion subscale "
        "and deny it in the same breath.\n\n"
        'ACT (Hayes) works well: values card sort, defusion from "I\'m only worth what I bill," and willingness '
        "exercises around rest. Neff's self-compassion work also lands, surprisingly.\n\n"
        "Substance use: check the AUDIT; many drink to come down from a 70-hour week. Ambien and Adderall "
        "misuse comes up too.\n\n"
        "Billing: most pay out of pocket to avoid insurance records. I give superbills with F43.23 or Z73.0 "
        "(burnout) and 90837. Frank discussion of whether the job itself is the problem usually happens "
        "around session 10.",
        [],
    ),
    (
        "b5a-039",
        "Teen and social media - LMFT, family therapy.\n\n"
        "Jericho Manalo, 17, senior at Green Valley High School in Henderson, Filipino-American. His TikTok "
        "(@jerichodances_) has 40k followers and his parents want him to quit and focus on nursing school "
        "applications. Family lives in ZIP 89014, near his lola.\n\n"
        "Last week he posted a video crying about his parents and a relative screenshot it for the family group "
        "chat. Mom cried in session; dad didn't speak.\n\n"
        "I'm working structurally and using some Bowenian differentiation ideas. Would anyone do a family "
        'session around "the content" or keep the focus off it?',
        [
            ("Jericho Manalo", "name"),
            ("Green Valley High School", "organisation"),
            ("Henderson", "place"),
            ("@jerichodances_", "handle"),
            ("89014", "place"),
        ],
    ),
    (
        "b5a-040",
        "Reply on teen social media use.\n\n"
        "I'd be careful with the Haidt and Twenge framing in family sessions. It can give parents a script "
        "that makes the teen the problem. Odgers' critique is worth reading alongside it.\n\n"
        "What helps me: ask the teen to show you their feed. TikTok, Instagram and YouTube each have a "
        "different emotional texture. A kid who makes content is in a different place than one who doom-scrolls "
        "at 2 AM.\n\n"
        "The AAP's family media plan is a nice structured tool. For self-harm content, ask about it directly "
        "(C-SSRS) and about who they talk to online. Crisis Text Line (text HOME to 741741) is on most of my teen "
        "clients' safety plans along with 988.\n\n"
        "And Bowen's differentiation concept maps well onto the question of whether a teen can have an online "
        "self separate from the family. Prom and graduation season are peak times for comparison posts.",
        [],
    ),
    (
        "b5a-041",
        "Polish-American caregiver, LCSW in home-based services.\n\n"
        "Agnieszka Zielinska, 61, caring for her mother Helena, aged 94, in the family's two-family house in "
        "Wallington. Helena was born 03.05.1930 in Krak\u00f3w and survived the war as a child. She now has "
        "nightmares and calls Agnieszka by her dead sister's name.\n\n"
        "Agnieszka left her job in accounts payable to do this and gets calls at all hours. She asked me to "
        "only call her cell, 973.555.0192, since her mother answers the landline.\n\n"
        "Zarit 58, PHQ-9 16. She's a practicing Catholic and feels she'd be abandoning her mother if she accepted "
        "a home health aide. Any thoughts on working with late-life trauma that surfaces in dementia, and on "
        "the caregiver's guilt?",
        [
            ("Agnieszka Zielinska", "name"),
            ("Helena", "name"),
            ("aged 94", "age"),
            ("Wallington", "place"),
            ("03.05.1930", "date"),
            ("Krak\u00f3w", "place"),
            ("Agnieszka", "name"),
            ("973.555.0192", "phone"),
        ],
    ),
    (
        "b5a-042",
        "Hwa-byung and Korean-American elders, anyone have experience?\n\n"
        'Hwa-byung (anger syndrome) shows up as chest heaviness, heat, sighing and a "lump" in the chest, '
        "usually in middle-aged or older women after years of suppressed anger. It was listed in the DSM-IV "
        "glossary of culture-bound syndromes; DSM-5-TR moved to cultural concepts of distress.\n\n"
        "Min Sung-kil's research is the standard reference. Han, the collective sense of grief and injustice, is "
        "related but not the same thing.\n\n"
        "In my practice (a Korean-American community in the Northeast), I see it in women who've been "
        "caregivers for decades. Many go to Korean churches where pastors do a lot of informal counseling. "
        "Chuseok and Seollal are big family holidays and can trigger symptoms. Somatic framing and "
        'psychoeducation in Korean work best; sertraline 50 mg is often accepted if framed as "for the chest."',
        [],
    ),
    (
        "b5a-043",
        "Korean-American widow, grief and family conflict - consult (LMFT).\n\n"
        "Chung Soon-ja, 74, widowed when her husband died on Feb. 2, 2021. She lives with her son Daniel Chung "
        "and daughter-in-law in Centreville and is very active at Korean Central Presbyterian Church. The son "
        'brought her in because she\'s been "angry all the time" and yelling at the grandchildren.\n\n'
        "She describes chest heaviness and heat, which sounds like hwa-byung. She prefers Korean, and her son "
        "interprets, which I'm not comfortable with. Her cell is 703-555-0148 but she rarely answers it.\n\n"
        "Questions: how to get a professional interpreter in a small private practice, and how to involve the "
        "family without making her the identified patient?",
        [
            ("Chung Soon-ja", "name"),
            ("Feb. 2, 2021", "date"),
            ("Daniel Chung", "name"),
            ("Centreville", "place"),
            ("Korean Central Presbyterian Church", "organisation"),
            ("703-555-0148", "phone"),
        ],
    ),
    (
        "b5a-044",
        "Supervision reply (long, sorry)\n\n"
        "Frank feedback: I think you're over-functioning for this family. Session 23 and you're still the one "
        "making all the calls to the school. Guy Diamond's Attachment-Based Family Therapy would push you to "
        "get the parent and teen talking to each other, not to you.\n\n"
        "Re the rupture: Safran and Muran's model is useful. Name it, own your part, invite their side. "
        'Yalom would say the here-and-now is the material. Winnicott\'s "good enough" applies to therapists '
        "too.\n\n"
        "On the clinical side, the PHQ-A of 22 and the new cutting are a real change and I'd want a fresh "
        "C-SSRS and a psychiatry consult this week, not next month. Fluoxetine 20 mg for six weeks with no "
        "change is worth a conversation about dose. Easter break is coming, so plan coverage.\n\n"
        "Mark your calendar for the case conference on the first Friday, and bring the genogram. You're doing "
        "better work than you think.",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind5a"}
        for i, t, items in DOCS
    ]
