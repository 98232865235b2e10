"""Blind batch b9c, written by a helper session from the brief alone (no look at the guard).
Voices: therapists in an online case-consultation group posting questions, formulations, ethical
dilemmas, SOAP/DAP notes, process notes, reading lists, practical tips, follow-ups and replies,
from formal case presentations to lower-case chat. Regions: US, UK (England, Wales), Ireland,
Canada (Ontario, Nova Scotia, BC), Australia (QLD, WA) and New Zealand. 20 documents carry 1-6
identifiers (names, places, addresses, dates, ages over 89, phones, emails, URLs, handles, ID
numbers, organisations); 20 clean replies are dense with cited authors, models, instruments,
codes, medications, hotlines, generic services, holidays and brand names.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard as committed in this batch's commit (the session's final rules): span
recall 0.913, precision 0.768, identifier documents fully caught 0.750, clean documents flagged
0.500 (the guard at 935157f: 0.913, 0.618, 0.750, 0.600).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b9c-001",
        """Consultation request - adolescent self-harm and school liaison

I'd value the group's thinking on a 15-year-old I've been seeing for about four months. Presenting concerns are superficial cutting and school refusal since Year 10 began. Mum (Precious) has asked me to write to the head of year at Hollinswood Academy, and I'm unsure how much to share. The client has been clear she doesn't want 'the whole story' going to school. My instinct is a brief letter confirming attendance at therapy and nothing more, but the school's safeguarding lead has phoned twice. Has anyone got a template they use?

Also - the GP referral came through with her NHS number 485 777 3456 in the subject line of an unencrypted email, which I've flagged with our DPO. RCADS scores improving slowly; no current plan or intent.""",
        [
            ("Precious", "name"),
            ("Hollinswood Academy", "organisation"),
            ("485 777 3456", "id_number"),
        ],
    ),
    (
        "b9c-002",
        """Re: school letters - I use a three-line template: confirms the young person is attending, frequency (weekly, 50 mins), and that I'll contact the designated safeguarding lead if there's a risk concern. Nothing about content. Worth reading the BACP Good Practice in Action resource on working with young people, and the Gillick/Fraser guidance if she's under 16 and wants to limit what goes to Mum. I'd also loop in CAMHS if the cutting escalates - our local tier 3 team has a 14-week wait but the duty line is fine.

On the NHS-number-in-subject-line thing: sadly common. Ask the surgery to use NHSmail to NHSmail.

Honestly the bigger clinical question is the school refusal. Have you looked at Kearney's functional model (avoidance of negative affect vs. escape from evaluative situations vs. attention vs. tangible reinforcers)? The SRAS-R is quick and she can fill it in during session. Will share my letter in the Files section after the Easter break.""",
        [],
    ),
    (
        "b9c-003",
        """Looking for a second set of eyes on a formulation. Client is a 34yo man, Marine vet, two deployments, referred by his PCP after a DUI. PCL-5 = 52, AUDIT 19. He's adamant he doesn't want the VA.

What's tricky: his wife Marisol calls me before almost every session to "give context." Last week she left a voicemail from 619-555-0148 saying he'd been sleeping in the truck down by the marina. I haven't called back. He works nights at Costco in Chula Vista and says the quiet hours are the only time his head is clear.

I'm wondering about CPT vs PE given the alcohol. Anyone done Seeking Safety alongside? And how do you handle the spouse thing without making him feel managed?""",
        [
            ("Marisol", "name"),
            ("619-555-0148", "phone"),
            ("Costco", "organisation"),
            ("Chula Vista", "place"),
        ],
    ),
    (
        "b9c-004",
        """CPT and alcohol can coexist fine - the 2023 VA/DoD guideline doesn't require sobriety before trauma-focused work, and Back et al.'s COPE protocol is literally PE plus relapse prevention. Seeking Safety (Najavits) is good as a stabilising frame but the evidence for it reducing PTSD symptoms on its own is thin.

On the spouse: I'd name it directly in session. Something like "Your wife reached out again; here's what I do with those calls." Then get a signed ROI that spells out one-way vs two-way. Gottman would say her calls are bids; Sue Johnson would say she's protesting disconnection. Either way a conjoint session or two could help once he's more regulated.

Billing-wise, if you do a joint session with him present use 90847, not 90837. And put 988 and the Veterans Crisis Line (press 1) on the safety plan. Night shifts + AUDIT in the high teens = I'd be asking about drinking after shift on Fridays and Saturdays, and around the Fourth of July and Memorial Day.""",
        [],
    ),
    (
        "b9c-005",
        """Ethical dilemma - dual relationship in a small town

I work in private practice in regional Queensland. A new referral came through last week: a 42-year-old woman with postnatal depression (EPDS 21). Turns out she's the sister-in-law of my son's soccer coach, and her kids go to St Brigid's Primary, same as mine. The town is Kingaroy, pop. about 10k, and the next closest psychologist is over an hour's drive.

She's keen to see me and says she doesn't mind. I've read the APS Code section on multiple relationships, but I'm wondering what others in rural practice actually do. Her Medicare number (2953 61827 4) is already on the MHCP from her GP, Dr Lachlan Fitzgibbon. Do I see her and document the risk management, or refer out and accept she may not go anywhere at all?""",
        [
            ("St Brigid's Primary", "organisation"),
            ("Kingaroy", "place"),
            ("2953 61827 4", "id_number"),
            ("Lachlan Fitzgibbon", "name"),
        ],
    ),
    (
        "b9c-006",
        """I've been rural for 12 years and honestly refusing is often the less ethical option when the alternative is nothing. What I do: explicit conversation at intake about running into each other (the supermarket, school pick-up, the footy on Saturdays), agree on a script ("I won't say hello first unless you do"), document it, and take it to supervision every few months. The APS Code is about managing risk of harm, not a blanket ban. Zur's work on boundaries in rural practice is worth a read, as is the Psychology Board guidance.

Clinically, EPDS of 21 plus PND - I'd be screening for intrusive thoughts about the baby and checking in on sleep. PANDA's helpline (1300 726 306) and Lifeline 13 11 14 are good to have on the plan. Also consider whether a perinatal psychiatrist via telehealth is an option if sertraline 50mg isn't shifting things by week six. Grace period on all of this - you're doing the thinking, which is the main thing.""",
        [],
    ),
    (
        "b9c-007",
        """Follow-up on the client I posted about in October (the grad student with panic). Thanks all for the interoceptive exposure suggestions - we did spinning and straw-breathing in session and he tolerated it way better than expected. PDSS went from 17 to 9.

One thing I didn't anticipate: he's now asking me to write to his supervisor, Prof. Anneliese Varga, for an extension on his thesis defence, currently scheduled for 2024-01-19. He's at Dalhousie in the chemistry department. I'm a bit wary of becoming his advocate rather than his therapist. Thoughts?""",
        [("Anneliese Varga", "name"), ("2024-01-19", "date"), ("Dalhousie", "organisation")],
    ),
    (
        "b9c-008",
        """I'd keep any letter factual and minimal: confirmation he's been attending since the fall, diagnosis only if he consents and it's actually needed for the accommodation, and a statement that the condition may affect his ability to meet the timeline. Most Canadian universities route this through the accessibility office, not the supervisor directly, so suggest he registers there first. The CPA Code, Principle III (Integrity in Relationships), is relevant re: advocacy.

Also: nice work on the PDSS! Craske and Barlow's MAP-4 workbook has great homework sheets if he wants to keep going independently. Watch for safety behaviours creeping back in around the defence - carrying water, sitting near exits, checking his pulse, the classic ones. Clark's cognitive model is a good one to draw out with him before he finishes, and a booster after Thanksgiving might be wise.""",
        [],
    ),
    (
        "b9c-009",
        """Process notes - session 11 (shared with consent for consultation, some details altered)

Client arrived 10 mins late, said the bus from Ōtāhuhu was cancelled again. Talked mostly about her nan, aged 94, who has just moved into a rest home. Client: "She's the only one who ever called me by my real name - Mere, not the nickname." Tearful. I noticed my own urge to rescue.

Later she mentioned her brother Tane has been posting about the whānau on TikTok as @southside.sparky and she feels exposed.

Questions for the group: how do others hold grief that's anticipatory rather than actual? And how do I work with the cultural dimension here as a Pākehā therapist without over-reaching? I've been reading about Te Whare Tapa Whā (Durie) but feel like a tourist.""",
        [
            ("Ōtāhuhu", "place"),
            ("aged 94", "age"),
            ("Mere", "name"),
            ("Tane", "name"),
            ("@southside.sparky", "handle"),
        ],
    ),
    (
        "b9c-010",
        """Kia ora - really thoughtful notes. On anticipatory grief, Rando's work is the classic, and Pauline Boss's "ambiguous loss" framing often lands well with clients who feel guilty grieving someone still alive.

Re: the cultural piece, I'd gently say that feeling like a tourist is probably the right humility. Could you ask her what she'd want from you? Some clients want a Māori clinician, some explicitly don't. Check whether your region (Te Whatu Ora now, not the DHB) has a kaumātua or cultural advisor you can consult with, and the NZAC code has useful wording on Te Tiriti obligations. The Hua Oranga outcome measure might sit better with her than the K10. Mason Durie's model and the Meihana model are both worth bringing into supervision.

The social media exposure piece I'd treat as its own thread - sounds like shame is hooked in there. Matariki might be a natural time to talk about whakapapa and who gets to tell the family story.""",
        [],
    ),
    (
        "b9c-011",
        """Asking for feedback on how I write SOAP notes - our group practice is getting audited and I want to tighten up. Here's a de-identified sample:

S: Client reports "a rough week," sleep 4-5 hrs/night, increased rumination re: custody hearing. Denies SI/HI.
O: Affect constricted, speech normal rate. PHQ-9 = 16 (prev 19). GAD-7 = 14.
A: MDD, recurrent, moderate (F33.1). Partial response to sertraline 100 mg. Stressor: family court matter, case no. FC-2023-004817, hearing set for Nov 14.
P: Continue weekly CBT, behavioral activation schedule, coordinate w/ prescriber re: titration. Next session 1 wk.

Is the A section doing enough? Our auditor said "medical necessity" needs to be more explicit.""",
        [("FC-2023-004817", "id_number"), ("Nov 14", "date")],
    ),
    (
        "b9c-012",
        """For medical necessity, auditors usually want to see functional impairment tied to the diagnosis, not just symptom scores. So something like: "Depressive symptoms (PHQ-9 16) continue to impair occupational functioning - missed 3 days of work this month - and parenting capacity." Then the plan should say why THIS level of care.

I'd also cut the legal detail from the A section entirely; it's not needed for medical necessity and it's the kind of thing that ends up subpoenaed. TherapyNotes and SimplePractice both have templates but they're pretty generic. Good reference: "The Clinical Documentation Sourcebook" by Wiger, and the APA record-keeping guidelines.

One small thing: F33.1 with 90834 vs 90837 - make sure your time stamps back up the longer code. Auditors love catching 52-minute sessions billed as 53+. Also Z-codes (Z63.5, Z65.3) are fine to list as context without naming the proceedings.""",
        [],
    ),
    (
        "b9c-013",
        """Hi all, quick one. Working with a woman in her 50s, bereaved by suicide - her husband Declan died in March. She keeps returning to the inquest date (the 22nd of November) as the point when she'll "be allowed" to grieve properly.

She's from Ballyfermot originally, lives in Tallaght now, and has started attending a bereavement group at the local parish which she finds helpful.

Anyone have experience with the inquest process specifically? I'm thinking about how to prepare her for the day. Also reading recommendations on suicide bereavement beyond Jordan & McIntosh very welcome.""",
        [
            ("Declan", "name"),
            ("the 22nd of November", "date"),
            ("Ballyfermot", "place"),
            ("Tallaght", "place"),
        ],
    ),
    (
        "b9c-014",
        """HUGG (Healing Untold Grief Groups) and the Irish Hospice Foundation both have good material on inquests - the IHF had a leaflet on what to expect in the Coroner's Court. In my experience the waiting can freeze people, and then the inquest itself is much more clinical than expected, which can be a shock.

I usually do a session beforehand walking through who'll be there, the fact that the verdict language can feel cold, and a plan for the evening after. Books: "Grief After Suicide" (Jordan & McIntosh, 2011) obviously; Shneidman's writing on postvention; Worden's tasks of mourning (4th ed.); Neimeyer on meaning reconstruction.

Samaritans 116 123 for the gaps between sessions, and Pieta on 1800 247 247. Christmas and the anniversary will both be rough - worth planning for them now. Go gently, this is heavy work for us too.""",
        [],
    ),
    (
        "b9c-015",
        """Couples case - would love some hypotheses

Couple in their late 30s, together 11 yrs, two kids. Presenting issue: she (Olamide) discovered he'd been messaging an ex on Instagram. He (Rhys) says it was "just banter" and tried to show me the DMs on his phone during session - which I stopped.

They live in Cardiff (Canton), she's a senior nurse at UHW, he's self-employed. Pattern is classic pursue-withdraw. She's started emailing me between sessions at o.adeyemi88@outlook.com with long summaries of what he's done. I want to set a boundary without her feeling I'm siding with him. EFT or Gottman-informed approach?""",
        [
            ("Olamide", "name"),
            ("Rhys", "name"),
            ("Cardiff", "place"),
            ("Canton", "place"),
            ("UHW", "organisation"),
            ("o.adeyemi88@outlook.com", "email"),
        ],
    ),
    (
        "b9c-016",
        """I'd go EFT here - the pursue-withdraw cycle is right in Sue Johnson's wheelhouse, and Stage 1 de-escalation would give you a shared frame to hold the emails: "I can see how much you need me to understand how painful this is, and I want to hear it here, in the room, with both of you." Then put it in your agreement: between-session contact is for scheduling only.

Gottman's Sound Relationship House is useful for psychoeducation, but his affair recovery model (atone-attune-attach) assumes the betrayal is acknowledged, and he's minimising. Shirley Glass's "Not Just Friends" is great on emotional affairs - I'd give it to both. Esther Perel's "The State of Affairs" if they're readers.

Also consider the Gottman Relationship Checkup or the DAS before you commit to a model. And a quick DV screen individually - always, before conjoint work. Hope that helps.""",
        [],
    ),
    (
        "b9c-017",
        """Request for consultation - possible early psychosis vs. trauma

Referred from the ER at Sunnybrook after a 72-hr hold. 19yo, first-year at York, living in residence. Reports hearing a voice commenting on her actions since roughly Sept. OHIP 5584-486-674-YM on the referral. Family history: paternal uncle with schizophrenia. She disclosed childhood sexual abuse last session for the first time.

The discharge summary says "rule out FEP" and suggests an EPI referral, but she's terrified of being "labelled." I'm trained in TF-CBT but not CBTp. How would others sequence this? Her dad, Henrik, has been calling daily.""",
        [
            ("Sunnybrook", "organisation"),
            ("York", "organisation"),
            ("5584-486-674-YM", "id_number"),
            ("Henrik", "name"),
        ],
    ),
    (
        "b9c-018",
        """Don't rush the label - voices in the context of trauma are common, and the PQ-B or CAPE-42 could help you map it. Honestly though, EPI services in Ontario are used to ambivalent young people, and most do assessment without committing anyone to a diagnosis. I'd frame it as "a team that specialises in exactly what you're experiencing, whatever it turns out to be."

Longden's work on voices and trauma, and the Hearing Voices Network approach, might reassure her. Morrison's CBTp manual is accessible if you want to upskill.

Re dad: get clarity from her on what he can know, and remember at 19 she's an adult under PHIPA. Sequence-wise, I'd stabilise first (Herman's phase model), keep TF-CBT in your back pocket, and check for substance use - cannabis especially. Olanzapine or aripiprazole may come up if EPI sees her; worth knowing her views on meds before then.""",
        [],
    ),
    (
        "b9c-019",
        """ok so weird one. 16yo client (parents consented to me consulting here) told me today he's been getting DMs on Discord from someone he thinks is a teacher at his school. username is 'mr_h_chem' and the guy apparently teaches chemistry at Westlake High. nothing explicit yet but lots of "you can tell me anything" and asking what time his parents get home.

I know this is a report. I'm in Texas. my question is more how do I do it without blowing up the alliance?? kid literally said "don't make this a thing." also he sent me screenshots to my work email which, yeah, I know.""",
        [("mr_h_chem", "handle"), ("Westlake High", "organisation")],
    ),
    (
        "b9c-020",
        """You're right that it's a mandated report - in Texas that's DFPS and/or law enforcement within 48 hours, and since it involves a school employee the district gets looped in too. Alliance-wise: tell him BEFORE you call, not after. Kids handle "I have to do this, here's exactly what happens next, and I'll be with you" much better than finding out later. Offer to make the call with him in the room.

The grooming pattern you describe (secrecy, isolating from parents, testing boundaries) is textbook - Craven, Brown & Gilchrist's model is useful for explaining it to him without shaming. Save the screenshots, don't forward them anywhere else, document exactly what you saw and when. NCMEC's CyberTipline also takes reports.

And get your own consult - this stuff sits heavy. Summer's coming; maybe schedule something restorative for yourself.""",
        [],
    ),
    (
        "b9c-021",
        """Looking for reading on working with older adults - specifically grief and identity loss after retirement. Most of my caseload is 20s-40s so I'm a bit out of my depth.

Current client is a retired farmer, aged 91, lives alone since his wife died. Lovely dry humour. The family want him in aged care and he's furious about it. I've got Knight's "Psychotherapy with Older Adults" on order. Anything else?

Also how do people adapt CBT for mild cognitive decline? MoCA was 23 last time the GP did it.""",
        [("aged 91", "age")],
    ),
    (
        "b9c-022",
        """Laidlaw's "CBT for Older People" is the one I'd grab - he has a whole section on adaptations for MCI (shorter sessions, written summaries, involving a carer for homework if the client agrees). Erikson's integrity vs despair stage is a lovely frame for retirement and widowhood.

For the aged care fight, motivational interviewing works surprisingly well - Miller & Rollnick 4th ed. is worth a look. A MoCA of 23 is borderline; I'd get the GP to do a proper cognitive workup before assuming it's MCI rather than depression ("pseudodementia" is old language but the phenomenon's real). The GDS-15 is better than the PHQ-9 in this age group.

Dementia Australia has a helpline: 1800 100 500. Lots of older men won't call Lifeline but might ring MensLine (1300 78 99 78). Men's Sheds are brilliant for the identity stuff too. Faith communities sometimes fill the gap when the farm goes.""",
        [],
    ),
    (
        "b9c-023",
        """Case formulation query (CAT framework)

Client is a 28-year-old woman referred via IAPT step 3 after two rounds of CBT with limited gains. I'm using a CAT reformulation and have drafted the following reciprocal roles: "critical, contemptuous - to - crushed, worthless" and "idealised carer - to - perfectly cared for."

The trap: she overworks at Deloitte to earn approval, burns out, then collapses. She's been signed off twice, most recently from 03/07/2023 to 14/08/2023. Her older sister Siobhan seems to be a key figure at the idealised pole.

Does this look coherent? I'm worried I'm missing the exit.""",
        [
            ("Deloitte", "organisation"),
            ("03/07/2023", "date"),
            ("14/08/2023", "date"),
            ("Siobhan", "name"),
        ],
    ),
    (
        "b9c-024",
        """Looks coherent to me. Ryle and Kerr's "Introducing Cognitive Analytic Therapy" would frame what you've described as a snag as well as a trap - the overworking sabotages the very rest she needs.

For exits, think about what a "good enough" role might look like: "realistically caring - to - accepted as fallible." The Psychotherapy File and the SDR are where I'd make this visible to her. I'd also be curious about the dilemma "either I'm perfect or I'm worthless" - classic CAT dilemma language.

If the PHQ-9 and GAD-7 plateaued at steps 2 and 3, it may be that the relational piece was never addressed. Good to see CAT being used in NHS Talking Therapies - it doesn't get enough airtime. ACAT runs a Monday evening reading group online if you want somewhere to take this. The reformulation letter is where the magic tends to happen (around session 4 in a 16-session contract).""",
        [],
    ),
    (
        "b9c-025",
        """Practical tip for anyone doing telehealth across state lines: check PSYPACT status before you keep seeing a client who's moving. I got burned last month.

Client relocated from Boise to a cabin near Missoula (she gave me the address - 418 Rattlesnake Dr - so I'd have it for emergency planning) and I kept seeing her for three sessions before realizing I wasn't covered in Montana at the time. Had to pause, refer, the works.

Also: always get the physical location at the start of every telehealth session and write it in the note, plus a local emergency contact. Hers was her sister Wren, 208-555-0193.""",
        [
            ("Boise", "place"),
            ("Missoula", "place"),
            ("418 Rattlesnake Dr", "place"),
            ("Wren", "name"),
            ("208-555-0193", "phone"),
        ],
    ),
    (
        "b9c-026",
        """A few practical things that have saved me over the years, in no particular order:

- Use a BAA-covered platform (Zoom for Healthcare, Doxy.me, SimplePractice's video) - not FaceTime.
- Put 988 and the Crisis Text Line (text HOME to 741741) in every safety plan, plus your county mobile crisis number.
- Every intake: C-SSRS screener, PHQ-9, GAD-7, AUDIT-C. Takes 10 minutes, saves you later.
- Superbills: include the ICD-10 code (e.g. F41.1), CPT code (90791 for intake, 90837 for 53+ min), your NPI and tax ID - clients need it for OON reimbursement.
- Late cancellation policy in writing, signed, 24 or 48 hrs. Enforce it consistently or don't have it.
- Grace periods for invoices: 30 days, then a reminder, then a conversation.
- Read "The Paper Office" (Zuckerman) once and you'll thank yourself.

Anyone else want to add? Will compile into a pinned post after Labor Day.""",
        [],
    ),
    (
        "b9c-027",
        """update on the lad with OCD from a few weeks back - ERP is actually moving!! Y-BOCS down from 28 to 19. He let me do the "contaminated" door handle exposure at the Kwik Fit where he works (with his manager's ok) which felt v. unorthodox but honestly it worked.

only hiccup is his mum Bernadette rang the practice asking whether he "still needs to be coming", which - he's 23, so no, I'm not discussing that with her. he's moving back to Grimsby in Jan so thinking about how to wrap up. Veale & Willson's book for relapse prevention?""",
        [("Kwik Fit", "organisation"), ("Bernadette", "name"), ("Grimsby", "place")],
    ),
    (
        "b9c-028",
        """Yes to Veale & Willson's "Overcoming Obsessive Compulsive Disorder" - the relapse prevention chapter is solid. I also like giving clients a written exposure menu for self-directed ERP, organised by SUDS, so they can keep climbing. Abramowitz's work on the therapist fading out is useful for planning the taper. Booster sessions at 1, 3 and 6 months by video if your service allows.

OCD-UK and OCD Action both run peer support groups. Re: mum - good boundary. You could offer the client a joint session if HE wants one, framed around family accommodation (Lebowitz's SPACE programme is aimed at parents of kids but the principles carry over). The FAS (Family Accommodation Scale) is quick.

Also check the Y-BOCS again at the last session so you've got a clean endpoint, and remind him New Year and moving house are classic relapse windows. Fluoxetine 40mg - is the GP happy to continue after the move?""",
        [],
    ),
    (
        "b9c-029",
        """Duty to warn question (BC)

Long-term client, man in his 40s, chronic anger, history of IPV (completed a program in 2019). In yesterday's session he said his ex, Priyanka, "better watch herself" after a custody decision went against him. He wouldn't elaborate. He knows she's living with her new partner in Grandview, just off Commercial Drive.

No explicit plan, no weapons he's disclosed, but this is more specific than anything he's said before. I called the college's practice advisor and they basically said "use your judgement." I'm leaning toward documenting, doing a structured risk assessment (ODARA? B-SAFER?) and talking to him directly next session. Am I underreacting?""",
        [("Priyanka", "name"), ("Grandview", "place"), ("Commercial Drive", "place")],
    ),
    (
        "b9c-030",
        """Not underreacting in the sense of thinking carefully - but I'd not wait a week. The Tarasoff-type duty in BC isn't statutory the way it is in California; it's common law plus your college standards, and BC privacy law permits disclosure where there's a risk of significant harm. I'd call him back for an earlier session, do the B-SAFER or SARA-V3 (ODARA is more police-facing), and consult a lawyer via your liability insurer - most have a free risk-management line.

Document your reasoning as much as your decision. Werth, Welfel & Benjamin's "The Duty to Protect" is the go-to text. And honestly: a custody loss is one of the highest-risk windows for intimate partner homicide (Campbell's Danger Assessment research). Trust your gut that this feels different. VictimLinkBC is 1-800-563-0808 if she ends up needing support, but that's not your call to make for her.""",
        [],
    ),
    (
        "b9c-031",
        """Case Presentation: Adolescent AN, restricting type

Identifying info (altered): 14yo female, 8th grade at Lincoln Middle School, lives with mom and stepdad. Referred by pediatrician after bradycardia (HR 42) noted at sports physical on 9/6. Weight ~82% mEBW. EDE-Q global 4.1. Competitive gymnast at Flip City Gymnastics, trains 20 hrs/wk. Coach reportedly weighs athletes weekly.

Currently doing FBT Phase 1; parents struggling with meal supervision because stepdad travels.

Question for the group: has anyone successfully gotten a gym/coach to change practices? And when do you push for a higher level of care?""",
        [
            ("Lincoln Middle School", "organisation"),
            ("9/6", "date"),
            ("Flip City Gymnastics", "organisation"),
        ],
    ),
    (
        "b9c-032",
        """FBT can work with a travelling parent, but you might need to bring in another adult - a grandparent, an aunt - as a second meal support. Lock & Le Grange's manual is clear that the parental team matters more than who exactly is in it.

On level of care: the SAHM position paper and the APA guideline give rough thresholds - daytime HR under 50, orthostatic changes, <75% mEBW, or failure to progress in outpatient. HR 42 alone would've had my team considering medical admission.

On the coach: I've had success with a letter from the treating team to the club's safeguarding officer, citing the national governing body's athlete welfare guidance, which now discourages routine weigh-ins. Frame it as protecting the athlete, not blaming the coach. Halloween and Thanksgiving are worth pre-planning with the parents too.""",
        [],
    ),
    (
        "b9c-033",
        """Replying to the FIFO thread above - I had almost the same client a couple of years ago. Two weeks on, one off, at a mine site out of Karratha.

What helped: session scheduling aligned to his rosters, phone sessions from the donga on the fly-in week, and getting his partner in for a couple of joint sessions during R&R. The re-entry period (first 48 hours home) was the flashpoint every time. The ACT Matrix worked well with him because it's visual and he could do it on a napkin in the crib room.

His EAP through BHP was useless - 3 sessions max - so we went the MHCP route instead. K10 came down from 31 to 18 over ten sessions.""",
        [("Karratha", "place"), ("BHP", "organisation")],
    ),
    (
        "b9c-034",
        """Reading list for the new folks in the group who asked about trauma-informed practice - my personal top ten:

1. Herman - Trauma and Recovery
2. van der Kolk - The Body Keeps the Score (read critically)
3. Porges - The Pocket Guide to the Polyvagal Theory
4. Ogden - Sensorimotor Psychotherapy
5. Perry & Winfrey - What Happened to You?
6. Levine - Waking the Tiger
7. Siegel - The Developing Mind (window of tolerance)
8. Courtois & Ford - Treating Complex Traumatic Stress Disorders
9. Linehan - DBT Skills Training Manual, 2nd ed.
10. Fisher - Healing the Fragmented Selves of Trauma Survivors

Plus: the ISTSS guidelines and the NICE PTSD guideline (NG116). If you're doing EMDR, Shapiro's 3rd edition. For kids, the Circle of Security and TF-CBT manuals (Cohen, Mannarino & Deblinger). Happy Thanksgiving to the Americans in the group!""",
        [],
    ),
    (
        "b9c-035",
        """Jumping in late - re: the hoarding case. we had a similar client last year, 60s, retired postal worker, house on Maple Ave was condemned by code enforcement in Dayton. what finally helped was a harm-reduction approach (Tompkins' "Digging Out") instead of forced cleanouts.

his daughter Keisha was the key - she stopped arguing about the stuff and started just sitting with him while he sorted one box at a time. SIR score came down from 68 to 41 over a year. just don't let the city do a forced clean-out without warning, ours did one on 04/11/22 and he was suicidal for weeks after.""",
        [("Maple Ave", "place"), ("Dayton", "place"), ("Keisha", "name"), ("04/11/22", "date")],
    ),
    (
        "b9c-036",
        """Quick Q for anyone trained in CBT-I: client on zopiclone 7.5mg nightly for ~5 years, ISI of 22, wants to come off. GP is happy to taper but wants me to run CBT-I alongside.

Do people start sleep restriction during the taper or wait until she's off? I've got Perlis's manual and the Edinger & Carney "Overcoming Insomnia" therapist guide.

Also curious if anyone uses the Sleepio app or the This Way Up insomnia course as an adjunct - she works shifts some weeks so in-person sessions on Tuesdays and Thursdays don't always work. Would welcome thoughts on whether ACT for insomnia (Meadows, "The Sleep Book") is a better fit, given she's quite perfectionistic about sleep. Summer is her busy season so I'd like to start before then.""",
        [],
    ),
    (
        "b9c-037",
        """Would appreciate feedback on this DAP note before I adopt the format for the whole team:

D: Client attended 50-min session. Discussed ongoing conflict with line manager at Leeds City Council (housing dept). Reports panic attacks on Sunday evenings. GAD-7 = 15. Brought in a letter from occupational health, ref. OH/22/31907.
A: Anticipatory anxiety maintained by avoidance and safety behaviours. Some catastrophising re: disciplinary process.
P: Continue CBT; graded exposure to emails from manager; reviewed Samaritans and crisis line. Next appt Thurs 2 Feb.

Is "Thurs 2 Feb" too specific to have in a shared note? I always second-guess that.""",
        [
            ("Leeds City Council", "organisation"),
            ("OH/22/31907", "id_number"),
            ("Thurs 2 Feb", "date"),
        ],
    ),
    (
        "b9c-038",
        """Format looks good. I'd keep future appointment dates in the diary system rather than the clinical note, mostly because notes get shared with OH, solicitors, insurers, and you don't want unnecessary detail travelling. Same with employer names - "conflict with line manager" is enough.

For panic on Sunday nights you might reference Clark's 1986 cognitive model of panic, or just a generic CBT maintenance cycle (Padesky's five-part model works too). HCPC and BPS both say records should be proportionate. The NICE guideline for GAD and panic (CG113) stepped care is worth referencing in the A section if you're justifying continued sessions.

We use DAP + a risk line: "Risk: no change, no SI, protective factors: kids, faith, dog." Propranolol 10mg PRN is worth a line too if the GP has started it. Bank holiday Mondays mess with the Sunday pattern, so watch for that.""",
        [],
    ),
    (
        "b9c-039",
        """Hi team, a bit of a practical dilemma. A client (30s, anxious attachment, in the middle of a bitter separation) has shared her blog with me - www.mammyunfiltered.ie - where she writes openly about her marriage and, recently, about "my therapist." Nothing identifying about me, but she's quoted things I said in session. Her ex's solicitor has apparently found it.

She's asked if I'll read it regularly "so you know what I'm going through." I've not. Options I'm considering: a frank conversation about the frame; suggesting she takes down the therapy posts given the proceedings. Worth mentioning she's also in a Facebook group run by her parish, St Columba's in Douglas.

Thoughts on client blogs generally?""",
        [("www.mammyunfiltered.ie", "url"), ("St Columba's", "organisation"), ("Douglas", "place")],
    ),
    (
        "b9c-040",
        """Kolmes's work on social media ethics is the reference here - she wrote a private practice social media policy years ago that a lot of us still adapt. The core idea: we don't seek out client information online without a clinical reason and consent, and if we do look, we discuss it.

I'd gently explore what "so you know what I'm going through" means - there may be a wish for you to witness her outside the room that's worth working with (Winnicott's holding environment; Bowlby on the secure base). On the proceedings, it's not your job to advise legally, but you can wonder aloud with her about consequences.

The PSI Code of Professional Ethics and the IACP both have guidance on digital boundaries. Maybe update your own contract: "I won't follow clients on Facebook, Instagram or TikTok, or read their public posts, unless we agree to for a specific reason." Mercy is a good word for yourself here too - we all get caught by this one.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t.strip(), "spans": annotate(t.strip(), items), "source": "blind9c"}
        for i, t, items in DOCS
    ]
