"""Blind batch b14b, written by a helper session without sight of the guard. Forty documents by
UK (England, Scotland, Wales, Northern Ireland) and Australian (NSW, Vic, Qld, WA, SA) clinicians
working with children and young people: CAMHS and headspace, schools, foster and kinship care,
youth justice, autism and ADHD assessment, eating disorders and self-harm. Genres include referral
summaries, SOAP/DAP/BIRP notes, multi-agency and care-team meeting notes, supervision reflections,
group notes, consultation questions, forum replies, follow-ups and closing takeaways. Identifiers:
children's, carers' and workers' names (including a pet name written in lower case and a nickname),
schools, hospitals, fostering agencies, employers, detention centres, suburbs, towns, streets,
UK and Australian postcodes, local-format dates, ages over 89, NHS/H&C/Medicare/CRN/UPN/court/PNC
numbers, vehicle plates, phone numbers, an email, a URL, an IP address and social-media handles.
Clean documents are dense with look-alikes: national services and helplines (Childline, Shout,
Kids Helpline, 13YARN, Butterfly, Beat), legislation and case law (Children Act 1989, Gillick v
West Norfolk, Marion's case), school years, terms and exams (GCSE, A-level, HSC, NAPLAN, ATAR),
assessment tools and scores, ICD/MBS codes, medications, cited authors and programme names.

First-sight figures, with the guard at 980c3e6: span recall 0.946, precision 0.893, identifier
documents fully caught 0.600, clean documents flagged 0.450 (the guard at 5d372b1, where this
session started: 0.936, 0.840, 0.550, 0.550).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b14b-001",
        """**Referral summary: CAMHS single point of access**

**Referrer:** School nurse, Hollins Park Academy, on behalf of the Year 10 pastoral lead
**Young person:** Keira Donnelly, 15, DOB 04/09/2008, NHS no. 943 476 5919
**Home:** lives with mum (Shauna) and two younger half-brothers in Kirkby, L32 9QE

**Reason for referral**
Keira disclosed to her form tutor, Mr Akhtar, that she has been cutting her upper arms "most nights" since the February half-term. Wounds seen by the school nurse were superficial and needed no medical attention. She denies suicidal intent but describes cutting as "the only thing that switches my head off". RCADS completed in school: total anxiety and depression both in the clinical range (T > 70). SDQ (parent) total difficulties 22.

**Context**
Parents separated in 2021; contact with dad is sporadic. Attendance has dropped to 81% this term. There are concerns about content she posts on TikTok (@keiraa.xo_), including photos of healed scars, which school have flagged to the DSL under the online safety policy.

**Risk and safety**
No previous overdose, no A&E presentations. Safety plan drafted with the school nurse using the Stanley-Brown template; Keira has Shout (text 85258) and Childline (0800 1111) saved in her phone and knows to use 999 or A&E in an emergency. Mum is aware and has removed blades from the bathroom.

**Request**
Assessment under the THRIVE "Getting More Help" grouping. Family would prefer appointments after 3:30pm to avoid more missed lessons in the run-up to GCSE mocks.""",
        [
            ("Hollins Park Academy", "organisation"),
            ("Keira Donnelly", "name"),
            ("Keira", "name"),
            ("04/09/2008", "date"),
            ("943 476 5919", "id_number"),
            ("Shauna", "name"),
            ("Kirkby", "place"),
            ("L32 9QE", "place"),
            ("Akhtar", "name"),
            ("@keiraa.xo_", "handle"),
        ],
    ),
    (
        "b14b-002",
        """**Consult question: FBT stalling in Phase 1, school lunches**

Looking for input from anyone with a lot of FBT under their belt. I'm a clinical psych in a public CYMHS eating disorders team in regional Victoria.

14F, AN restrictive type, Year 9. Referred by her GP in Term 2 after an 8 kg loss over five months. Admitted to the paediatric ward for four nights with bradycardia (HR 41 overnight) and postural changes, in line with the RANZCP clinical practice guidelines and the NEDC medical management guidance. Discharged at 81% mBMI. We're now at session 9 of FBT (Lock & Le Grange manual), weekly, with both parents and her 11-year-old brother attending.

Weight has plateaued for three weeks at around 84% mBMI. EDE-Q global 4.6 at intake, 4.3 now. Parents are doing well at home with breakfast and dinner, but the wheels come off at school: recess and lunch are essentially unsupervised, and she's binning sandwiches. The school wellbeing coordinator is on board but says staffing won't stretch to a daily supervised lunch.

Questions:
1. Has anyone had success with a parent bringing lunch in and eating with the young person at school during Phase 1, and how did you handle the embarrassment piece at 14?
2. At what point would you consider adding individual CBT-E (Dalle Grave's adolescent adaptation) or switching to parent-focused treatment (PFT, per Le Grange et al., 2016)?
3. Any good scripts for getting a reluctant dad more involved in meal support? He works FIFO, two weeks on, one off.

She's on an Eating Disorder Treatment and Management Plan through her GP, so Medicare sessions aren't the issue. Family have the Butterfly Foundation helpline (1800 33 4673) and the Butterfly parent resources. Thanks in advance.""",
        [],
    ),
    (
        "b14b-003",
        """SOAP – kinship care review (session 4)

S: Nan (Lorraine Whitby, 61) attended with Tayla (8). Jaxon (5) at kindy. Lorraine reports Tayla has been wetting the bed again since the contact visit with mum at the Child Safety office in Caboolture on 12/03/2024. Tayla told Nan "Mum said I'm coming home soon", which is not in the case plan. Lorraine is exhausted; she says the carer allowance doesn't cover uniforms and shoes and she's "running on empty".

O: Tayla separated easily and engaged with the sandtray, building a house "with a big fence so no one gets in". Appropriate affect, some hypervigilance to noises in the corridor. TSCYC completed by carer: elevated on the intrusion and arousal scales.

A: Regression likely linked to the contact visit and mixed messages about reunification. Carer strain is significant and is a risk to placement stability. Tayla's attachment to Nan looks secure-enough and is a real protective factor.

P: (1) With consent, call CSO Priya Raman to clarify what mum has been told about the permanency plan and request a Family Group Meeting. (2) Ask for supported contact rather than office-based visits. (3) Carer support: link Lorraine with a kinship carer peer group and check eligibility for the high-support-needs allowance. (4) Liaise with the guidance officer at Morayfield East State School re: Tayla's daytime toileting accidents in class. (5) Continue child-centred play, fortnightly; next session after the Easter holidays.""",
        [
            ("Lorraine Whitby", "name"),
            ("Lorraine", "name"),
            ("Tayla", "name"),
            ("Jaxon", "name"),
            ("Caboolture", "place"),
            ("12/03/2024", "date"),
            ("Priya Raman", "name"),
            ("Morayfield East State School", "organisation"),
        ],
    ),
    (
        "b14b-004",
        """**Multi-agency meeting notes: Turnaround / out-of-court disposal review**

Present: YOT case manager, YOT speech and language therapist, CAMHS in-reach clinician (me), school DSL, Early Help coordinator, police liaison officer. Parent sent apologies.

**Background (anonymised for the forum):** 15-year-old boy, Year 10, on a managed move to an alternative provision since the autumn term. Community Resolution last year for possession of a bladed article; now subject to a Youth Conditional Caution. Intelligence suggests he's being drawn into county lines, with unexplained cash and a second phone found at home.

**Discussion**
- AssetPlus refreshed: likelihood of reoffending medium; safety and wellbeing concerns high.
- SALT screen (CELF-5 subtests) shows significant receptive language difficulties, which fits school's reports of "defiance" when given multi-step instructions. Nobody had picked this up before; he was never on SEN Support.
- Agreed this meets threshold for a National Referral Mechanism referral as a potential victim of child criminal exploitation.
- Contextual safeguarding lens (Firmin): the risk is concentrated around a particular park and takeaway near the AP, not in the home. Request a MACE panel discussion on the location.
- School to request an EHC needs assessment given the SLCN findings; AP will share data on his engagement in English and maths GCSE resits.

**Actions**
1. NRM referral – police, within 5 working days.
2. Section 17 Child in Need assessment to be considered by children's social care.
3. CAMHS: trauma screen (CATS) and a brief intervention on sleep and emotional regulation, using an Enhanced Case Management style formulation.
4. Review at the next Turnaround panel in six weeks.""",
        [],
    ),
    (
        "b14b-005",
        """**Supervision reflection – residential, Children's Hearing week**

I've been sitting with how flat I felt after the Hearing on the 3rd of May. Callum (15) has been at Craigview House for seven months on a Compulsory Supervision Order with a residence requirement, and the panel continued the order without variation. His social worker, Fiona McAllister, had argued for a move to kinship care with his aunt in Kilmarnock, but the panel weren't persuaded the assessment was complete.

What I noticed in myself: I'd quietly hoped for the move, and when it didn't happen I went into fixing mode in our session afterwards, offering Callum plans and reassurance before he'd said a word. He shut down. In supervision we linked this to DDP and Dan Hughes's idea that PACE (playfulness, acceptance, curiosity, empathy) has to come before problem-solving, and to Kim Golding's "connection before correction". I'd skipped the connection.

My supervisor also wondered whether my disappointment was partly about The Promise, and the sense that under GIRFEC and SHANARRI we're meant to keep children with family where it's safe, and the system didn't manage it this time. Fair. I can hold the system frustration without loading it onto Callum.

For next time:
- Start with curiosity about how he experienced the Hearing, not what happens next.
- Check in with his keyworker about the night after, because staff logged him awake until 4am.
- Ask Fiona whether the kinship assessment can be expedited before the review Hearing.""",
        [
            ("3rd of May", "date"),
            ("Callum", "name"),
            ("Craigview House", "organisation"),
            ("Fiona McAllister", "name"),
            ("Fiona", "name"),
            ("Kilmarnock", "place"),
        ],
    ),
    (
        "b14b-006",
        """**Assessment summary (de-identified for peer review): autism assessment, 9-year-old**

Multidisciplinary assessment completed over three sessions in line with the *National Guideline for the Assessment and Diagnosis of Autism in Australia* (Autism CRC). Child is in Year 4 at a mainstream state primary school in a regional NSW town, referred by the paediatrician under MBS item 135 after concerns raised by the classroom teacher in Term 1.

**Tools**
- ADOS-2 Module 3: Calibrated Severity Score 7.
- ADI-R with mother: met cut-offs in all three domains.
- WISC-V: FSIQ 98, with a significant split (VCI 112, PSI 79).
- Vineland-3 (parent): ABC 74; daily living skills a relative weakness.
- SRS-2 (teacher) T = 76; SRS-2 (parent) T = 71.
- Sensory Profile 2 (Dunn): "much more than others" for sensory avoiding.

**Outcome**
Meets DSM-5-TR criteria for Autism Spectrum Disorder (F84.0), Level 1 support for social communication and Level 2 for restricted and repetitive behaviours, without accompanying intellectual impairment. Co-occurring anxiety to be monitored. ADHD screen (Conners 4) not elevated enough to warrant a separate diagnosis at this stage.

**Recommendations**
- NDIS access request; family to contact their local area coordinator.
- School to update the Personalised Learning and Support Plan, with a quiet space at lunch and a visual schedule; involve the Learning and Support Teacher.
- OT for interoception and regulation; speech pathology for pragmatic language.
- Parent resources: Raising Children Network autism guide, Autism Awareness Australia.
- Review anxiety with the SCAS-P in 6 months.""",
        [],
    ),
    (
        "b14b-007",
        """Process note – custody visit

Saw Mitchell (17) at Frank Baxter Youth Justice Centre this morning, his second remand since Christmas. He's charged with aggravated break and enter; the matter is listed at Parramatta Children's Court on Mon 19 Feb, court file no. 2023/00184512. He was flat and monosyllabic for the first twenty minutes; we talked about the NRL and a new Xbox game he'd been saving for before he'd talk about anything real.

When he did open up, it was about his nan, who's 92 and in hospital, and whether he'd be "let out to see her before she goes". He cried, which I haven't seen before. I noticed a strong pull to promise I'd "sort it" with the centre manager. Instead I said I'd ask his caseworker, Leilani Tuipulotu, what the process is for an escorted leave application.

He asked me to pass a message to his mum because his phone credit had run out; with his consent I rang her on 0423 118 907 afterwards and she was relieved to hear he'd asked about Nan.

Formulation thoughts: a lot of what gets called "attitude" in his reports looks to me like grief and shame with nowhere to go. Screening last month flagged possible FASD and the Justice Health psychologist is following up. Next visit after the court date.""",
        [
            ("Mitchell", "name"),
            ("Frank Baxter Youth Justice Centre", "organisation"),
            ("Parramatta Children's Court", "organisation"),
            ("19 Feb", "date"),
            ("2023/00184512", "id_number"),
            ("92", "age"),
            ("Leilani Tuipulotu", "name"),
            ("0423 118 907", "phone"),
        ],
    ),
    (
        "b14b-008",
        """Posting in the neurodevelopmental channel: anyone else stuck on shared care for ADHD meds after a Right to Choose diagnosis?

Context: I'm a CAMHS clinical nurse specialist. Year 8 boy, 12, diagnosed with ADHD combined presentation by a Right to Choose provider last autumn (Conners 4 parent and teacher both very elevated, QbTest consistent). Titrated onto lisdexamfetamine (Elvanse) 30 mg, now 50 mg, with a good response on the SNAP-IV and school reports. The provider has asked the GP to take over prescribing under a shared care agreement, and the practice has declined, citing the ICB's position that they'll only accept shared care from NHS-commissioned services. The family are now being told to join our waiting list, currently around 2 years for a first appointment.

Everything about the assessment looks NICE NG87 compliant to me, and the baseline physical health checks (BP, pulse, height and weight plotted on centiles) were done.

Questions for the group:
- Has anyone found a way through this, e.g. CAMHS doing a "validation" appointment rather than a full reassessment?
- Is it reasonable to suggest the family pay privately for scripts in the meantime (around £100 a month), or does that open another can of worms?
- Any good template letters to the ICB? I've seen the ADHD Foundation and RCPsych statements but nothing practical.

Meanwhile school have been great: he's on SEN Support with movement breaks and reduced homework, and the SENCo is applying for access arrangements ahead of his KS3 assessments. Mum's using strategies from Barkley's parent training book too. It feels so unfair that a kid doing this well might have to come off his meds.""",
        [],
    ),
    (
        "b14b-009",
        """**DAP note – therapeutic support to foster placement**

**D:** Session with foster carers Bev and Tony Marsh at their home in Tewkesbury; Lacey-Mae (9) was at school. Placement via Heartwood Fostering, now 11 months. Carers report Lacey-Mae has been "unmanageable" on Sunday evenings after Saturday family time with birth mum at the contact centre, most recently Saturday 9th March: screaming, kicking doors, refusing the bath. Bev described feeling "rejected over and over". Tony thinks they should ask for contact to be reduced. School (Bishop's Cleeve Primary) say she's settled Monday to Thursday but Fridays are hard, which carers link to anticipation of contact.

**A:** Classic pattern of dysregulation around transitions and attachment figures. Explored with carers through Dan Hughes's PACE and Louise Bomber's *Inside I'm Hurting*: Sunday nights may be the safest place for her to put down what she's been carrying. Blocked care (Hughes & Baylin) is likely present for Bev. Reducing contact may be premature; the issue may be how transitions are handled rather than frequency.

**P:**
- Bev and Tony to try a predictable "landing" ritual after contact (snack, bath later, low demands).
- I'll raise at the upcoming LAC review whether contact could move to Saturday mornings.
- Ask the Virtual School to add a Friday check-in with the ELSA to her PEP.
- Supervising social worker at the agency to offer Bev extra support around blocked care.""",
        [
            ("Bev", "name"),
            ("Tony Marsh", "name"),
            ("Tony", "name"),
            ("Tewkesbury", "place"),
            ("Lacey-Mae", "name"),
            ("Heartwood Fostering", "organisation"),
            ("9th March", "date"),
            ("Bishop's Cleeve Primary", "organisation"),
        ],
    ),
    (
        "b14b-010",
        """SOAP – headspace, session 6 of 10 (Better Access)

S: 17M, Year 12. Reports low mood "lifting a bit" since last session. Sleeping 6–7 hrs (was 4–5). Still avoiding study for the HSC Trials, which start in Week 3 of Term 3; says he "freezes" when he opens English Advanced past papers. Stopped vaping on weekdays. Started sertraline 50 mg via GP three weeks ago; mild nausea, now settling. Denies SI this week. Found the ACT values card sort "actually useful" for thinking about why the ATAR matters to him, and where it doesn't.

O: K10 = 24 (31 at intake). SIDAS = 3 (12 at intake). Good eye contact, some humour, reactive affect. No evidence of psychotic features.

A: Moderate depressive episode, improving (F32.1). Exam-related avoidance maintaining anxiety. Risk currently low; protective factors include a part-time job, a close friendship group and an engaged dad.

P:
- Graded exposure to study: 25-minute blocks, starting with Modern History, his strongest subject.
- Reviewed Stanley-Brown safety plan; re-confirmed Kids Helpline (1800 55 1800), Lifeline (13 11 14) and eheadspace as after-hours options.
- With his consent, letter to the school counsellor re: an HSC disability provisions application through NESA if anxiety keeps affecting exam performance.
- MHTP review with GP due after session 6 (item 2712); likely request for further sessions.
- Next session in 1 week.""",
        [],
    ),
]
DOCS += [
    (
        "b14b-011",
        """**Case conference notes – Orange Door / Child Protection / school / FV service**

Attendees: CP practitioner (Sam), family violence case manager, wellbeing leader from Kurunjang Primary, MCH nurse, me (child and family therapist).

Children: Ruby (10) and Hunter (6). Mother: Jess. Father: Dean Prowse, currently respondent to a Family Violence Intervention Order made at Sunshine Magistrates' Court on 28/11/2023, which excludes him from the family home at 14 Coburns Rd, Melton South.

Summary: Since the order was made, Hunter has told his teacher that "Dad came to the window". Jess confirmed he has driven past twice; she hasn't reported to police because she "doesn't want to make it worse". Ruby has become parentified and won't go on school camp because she "has to look after Mum".

Risk: MARAM comprehensive assessment indicates serious risk. Breaches not yet reported.

Actions:
- FV case manager to support Jess to report breaches; safety plan updated, including triple zero.
- CP to consider a Protection Application if protective capacity is compromised; for now, voluntary engagement.
- Therapy: Ruby to start individual sessions; Hunter via dyadic work with Jess using Circle of Security principles.
- School to respond under the Child Safe Standards and brief both classroom teachers.""",
        [
            ("Sam", "name"),
            ("Kurunjang Primary", "organisation"),
            ("Ruby", "name"),
            ("Hunter", "name"),
            ("Jess", "name"),
            ("Dean Prowse", "name"),
            ("Sunshine Magistrates' Court", "organisation"),
            ("28/11/2023", "date"),
            ("14 Coburns Rd", "place"),
            ("Melton South", "place"),
        ],
    ),
    (
        "b14b-012",
        """**Supervision reflection: when the medical risk outruns the therapy**

I'm a family therapist in a community eating disorders service for children and young people. This reflection is about a 16-year-old in Year 11 with restrictive anorexia whose physical observations deteriorated over the Easter holidays despite good engagement in FT-AN.

Using the MEED guidance (RCPsych, 2022), the paediatric team rated her amber: HR 45 at rest, a postural drop, %mBMI 72. I found myself arguing in the team meeting that an admission would "undo" the progress we'd made in family sessions. My supervisor asked whose anxiety I was managing.

Honestly, mine. I'd invested in the Maudsley model's message to parents that they are the best resource for recovery, and a Tier 4 admission felt like the system telling them the opposite. Eisler and colleagues are clear, though, that family work can and should continue through an admission; the admission isn't a failure of the family.

We also talked about her GCSEs. She's desperate to sit them in May and June and sees hospital as the end of that. I'd been colluding a little, using exams as a motivator. My supervisor pointed out that MEED explicitly warns against exams delaying necessary medical care, and that JCQ special consideration exists for exactly this.

What I'm taking forward:
- Name my own investment in a treatment model out loud in the MDT.
- Separate "the family is doing well" from "she is medically safe": both can be true, or only one.
- Prepare parents for the possibility of NG feeding and, if she refuses, the Mental Health Act 1983 route, without catastrophising.
- Re-read Winnicott on holding. I think that's what the parents need from us right now: not a model, a containing presence.""",
        [],
    ),
    (
        "b14b-013",
        """Re: Snapchat grooming – what did you do first?

I had one almost identical last term. Amelia (13) was contacted on Snapchat by an account calling itself dan_j_2004, who claimed to be 16 and within a fortnight was asking for images. She sent two. She told nobody until her friend Tilly told a teacher at Thornhill Academy.

What helped, roughly in order:
1. Nobody viewed or forwarded the images, even to "check". The DSL knew this, thankfully.
2. Mum made a CEOP report the same evening; police picked it up and gave her a crime reference (13240117903).
3. Report Remove, through Childline and the IWF, to get the images taken down.
4. School's filtering logs showed the account had also messaged her while she was on the school wifi, and IT pulled the IP address (82.132.217.45) for the police.

Clinically, shame was the big thing. She kept saying "I'm so stupid". We did a lot of psychoeducation about grooming as a process (NSPCC materials and a simplified version of Finkelhor's preconditions model) and externalising: "the grooming tricked you, you're not stupid". Her mum, Sarah, needed nearly as much support as Amelia did.

One practical thing: get the school to check whether the account contacted other girls in her year. In ours it had.""",
        [
            ("Amelia", "name"),
            ("dan_j_2004", "handle"),
            ("Tilly", "name"),
            ("Thornhill Academy", "organisation"),
            ("13240117903", "id_number"),
            ("82.132.217.45", "ip"),
            ("Sarah", "name"),
        ],
    ),
    (
        "b14b-014",
        """**Consultation: possible self-harm contagion in a Year 8 cohort**

I'm a school psychologist at a large co-ed government secondary in metropolitan WA. Over the last three weeks of Term 2 five Year 8 girls have disclosed self-harm (cutting), and at least two say they learned about it from each other or from TikTok. None are currently at high suicide risk on assessment (we use the ASQ as a screen, followed by a fuller risk assessment) and all have been referred on: two to CAMHS, three to their GP for a Mental Health Treatment Plan and headspace.

I'm worried we're heading into a cluster. What we've done so far:
- Contacted headspace Schools & Communities for advice.
- Used Orygen's #chatsafe guidelines to shape how staff talk about it, and to plan a student session on safe online communication rather than on self-harm itself.
- Avoided whole-year assemblies on self-harm, given the evidence on iatrogenic effects.
- Drafted a general parent letter following the Department's student wellbeing guidance.

Questions:
1. Has anyone used the Be You response planning tools for self-harm rather than suicide? Do they translate?
2. The girls' friendship group: separating them feels punitive, leaving them together feels risky. Thoughts?
3. Year 8 camp is in Week 4 of Term 3. Would you adjust supervision or room allocations, or just brief staff?

I'm drawing on Hawton's work on adolescent self-harm, but would love practical experience. Kids Helpline @ School has also offered a virtual classroom session.""",
        [],
    ),
    (
        "b14b-015",
        """Referral summary (received from GP, entered at intake)

Patient: Oliver Nguyen   DOB: 17.06.2016   Medicare: 5498 21873 2, IRN 3
Address: Ashgrove QLD 4060
Parent contact: Mai Nguyen (mother), 0431 772 058
School: St Finbarr's Catholic Primary, Year 2; class teacher Ms Barlow

Reason: Mum and school concerned about inattention, impulsivity and "meltdowns" after lunch. Teacher says he's "bright but all over the place" and falling behind in literacy; school has started MiniLit. Vanderbilt teacher form: 8/9 inattentive and 7/9 hyperactive-impulsive items endorsed. No sleep problems reported. Hearing and vision screened normal. Family history: dad has "probably got ADHD, never diagnosed".

Request: Comprehensive ADHD assessment, including consideration of a co-occurring learning disorder and autism (mum has read about the overlap). Also referred to paediatrician Dr Helen Osei; family aware of waiting times.

Intake note (me): Will send the Conners 4 and BRIEF2 to mum and school before the first appointment. Worth discussing the cost of a WISC-V and achievement testing, since that isn't Medicare-rebated. Family speak Vietnamese at home; mum is comfortable in English but prefers written information in Vietnamese; TIS National interpreter can be booked if dad attends.""",
        [
            ("Oliver Nguyen", "name"),
            ("17.06.2016", "date"),
            ("5498 21873 2", "id_number"),
            ("Ashgrove", "place"),
            ("4060", "place"),
            ("Mai Nguyen", "name"),
            ("0431 772 058", "phone"),
            ("St Finbarr's Catholic Primary", "organisation"),
            ("Barlow", "name"),
            ("Helen Osei", "name"),
        ],
    ),
    (
        "b14b-016",
        """**Closing takeaways: 18 months with a kinship family under a Special Guardianship Order**

Closing this one this week and wanted to note what I learned, partly for me and partly because a few of you asked about ASGSF funding.

Context: grandparents became special guardians for their 7-year-old grandson after care proceedings (Section 31, Children Act 1989, under the PLO). Before that he'd been with them under Section 20 for nearly a year. Birth mum had substance misuse and there was domestic abuse in her relationship.

What worked:
1. **Theraplay first, DDP later.** Grandad was sceptical of "talking therapy" but loved the Theraplay games. By month six he was using PACE language unprompted.
2. **The Adoption and Special Guardianship Support Fund** covered therapy after the local authority's assessment of need. The fair access limit is per child per year, so plan applications carefully.
3. **Kinship** (the charity): advice line and a peer group for Nana, who felt isolated among her retired friends.
4. **Non-violent resistance** (Haim Omer) for the Year 2 tantrums that were escalating to hitting.
5. **Keeping school in the loop.** The Designated Teacher recorded him as previously looked after, so Pupil Premium Plus funded an ELSA.

What I'd do differently:
- Map the family tree and life story earlier. The grandparents were grieving their daughter, alive but absent, and I didn't name it until month nine (Pauline Boss's "ambiguous loss" eventually gave us the language).
- Push the local authority harder on a proper SGO support plan before the order was made. After the order, the leverage disappears.

Recommended: Golding's *Nurturing Attachments*, Selwyn and colleagues on special guardianship outcomes, and the Family Rights Group advice line for contact disputes.""",
        [],
    ),
    (
        "b14b-017",
        """Group notes – DBT-A skills group, Wk 5 (Distress Tolerance)

Venue: Canton community hub, Tuesday after-school slot. Facilitators: me and the CAMHS OT.
Attendance 6/8. Present: Lowri, Jac, Osian, Tegan, Maddie and one new member. Two apologies (mock exam; unwell).

Content: TIPP skills (temperature, intense exercise, paced breathing, paired muscle relaxation) with a cold-water demo. ACCEPTS. Diary card review in pairs.

Process: Good energy. Jac tested limits early by vaping in the toilets; addressed privately using the group agreement and he rejoined. Lowri shared she'd used the ice-cube skill instead of cutting after a row with her dad, the first time she's named self-harm in group. Maddie muttered "that's so cringe"; I validated both of them and went back to the DBT assumption that everyone is doing the best they can. Maddie apologised at the break. Tegan left early for her shift at Tesco on Cowbridge Road East.

Risk: Lowri's diary card shows 3 urges rated 4/5 this week, no acts since Wednesday. Her individual therapist informed per group protocol.

Parent stream (parallel, Rathus & Miller format): 5 parents. Walking the middle path. Osian's mum asked for the Welsh-language handouts; will print in Cymraeg for next week.

Next week: mindfulness refresher, then Emotion Regulation begins.""",
        [
            ("Canton", "place"),
            ("Lowri", "name"),
            ("Jac", "name"),
            ("Osian", "name"),
            ("Tegan", "name"),
            ("Maddie", "name"),
            ("Tesco", "organisation"),
            ("Cowbridge Road East", "place"),
        ],
    ),
    (
        "b14b-018",
        """Re: "Anyone doing SEWB-informed work in youth justice?"

Yes, for the last four years, mostly with Aboriginal and Torres Strait Islander young people on community-based orders in regional Queensland. A few things have mattered more than any specific model:

- **Yarning, not interviewing.** Bessarab and Ng'andu (2010) on yarning as a method changed how I do intake. Social yarning first, sometimes for a whole session.
- **Use the SEWB framework** (Gee, Dudgeon, Schultz, Hart & Kelly, in *Working Together*, 2014) as the backbone of the formulation, not an add-on. Connection to body, mind and emotions, family and kinship, community, culture, Country and spirituality: if you only assess "mind and emotions" you'll miss most of what's going on.
- **Screen for FASD and hearing loss.** Bower et al. (2018) found FASD in over a third of young people in detention in WA, and most had never been diagnosed.
- **Work with the local ACCHO and Elders**, and with the Community Justice Group at court. Restorative justice conferencing under the Youth Justice Act 1992 can be powerful when Elders are present.
- **Don't assume the young person wants an Aboriginal worker.** Ask. Some do; some have family conflict in community and would rather not.

Tools: the Westerman Aboriginal Symptom Checklist – Youth (WASC-Y), with the proper training, and the SDQ cautiously.

Crisis options I give every young person: 13YARN (13 92 76), Kids Helpline (1800 55 1800), and 000 for emergencies.

And look after yourselves. Vicarious trauma in this work is real, and Tracy Westerman and others have written about the double load carried by Aboriginal clinicians.""",
        [],
    ),
    (
        "b14b-019",
        """BIRP note – outpatient ED follow-up

B: Isla (15) attended with mum after discharge from Perth Children's Hospital on Wednesday the 7th, following a 12-day admission for medical instability (bradycardia, hypokalaemia). Isla was guarded, arms folded, mostly answering "dunno". Mum reports she's eating 5/6 meals at home with support but has been caught exercising in her room at night. Mum also found a second Instagram account, @isla.eats.less, with "what I eat in a day" posts and comments from other accounts encouraging restriction.

I: Reviewed the meal plan against the dietitian's discharge recommendations. Externalising conversation about "the ED voice" (White & Epston's narrative approach). Spoke with mum separately about responding to the account: not confiscating the phone outright, but agreeing a plan with Isla to delete it and mute pro-ED hashtags, using Butterfly's guidance on social media.

R: Isla became tearful when the account was raised and said "everyone at Ocean Reef Senior High does it". Agreed to let mum sit with her while she deleted it. Less guarded by the end of the session.

P: Weekly weights with GP in Joondalup; next FBT session Tuesday. Liaise with the school psychologist re: PE and a supported lunch. Review medical thresholds with the PCH team if weight drops again.""",
        [
            ("Isla", "name"),
            ("Perth Children's Hospital", "organisation"),
            ("PCH", "organisation"),
            ("Wednesday the 7th", "date"),
            ("@isla.eats.less", "handle"),
            ("Ocean Reef Senior High", "organisation"),
            ("Joondalup", "place"),
        ],
    ),
    (
        "b14b-020",
        """SOAP – CAMHS, session 8 (adapted CBT for anxiety, autistic young person)

S: 13-year-old autistic girl, Year 9. Mum reports attendance up from 38% to 61% over the half-term since the reduced timetable began. She says mornings are "still horrible" but the bridge plan (arriving at 9:15 via the side entrance, straight to the inclusion base) is working. Worried about the Year 9 options evening and choosing GCSE subjects in a busy hall.

O: SCAS child total 52 (intake 71). On her own visual scale she rated mornings 7/10, down from 10/10. Engaged and more spontaneous than previously; talked at length about her special interest (Warrior Cats) to regulate at the start.

A: Emotionally based school avoidance (EBSA), improving. Anxiety seems maintained by sensory overload and unpredictability more than classic cognitive distortions, so the adaptations in NICE CG170 and the Cool Kids ASD adaptation are fitting better than standard Coping Cat. Demand-avoidant features under stress, but I'm cautious about the PDA label.

P:
- Social story and visual map for options evening; ask school whether she can attend the quieter early slot.
- Sensory audit of the school day with the CAMHS OT.
- Continue graded exposure: next step, one full lesson in the main building.
- Liaise with the SENCo re: an EHC needs assessment request (school have two cycles of assess-plan-do-review evidence).
- Next session in two weeks.""",
        [],
    ),
]
DOCS += [
    (
        "b14b-021",
        """Referral summary via the Gateway team (NI)

Young person: Niamh Quinn, 11, P7 at St Colm's Primary, Dunmurry. H&C no. 320 617 4825.
Address: 9 Glenburn Park, Lisburn BT28 1XY.

Niamh is a young carer for her mum, who has MS, and her great-granny, who is 91 and lives with them. The principal raised concerns after Niamh repeatedly fell asleep in class and then missed three days in a row the week of the 14th. She is also anxious about transfer test results (she sat the SEAG test in November and is worried about "letting Granny down" if she doesn't get into a grammar).

Niamh told the school counsellor, Mrs Toner, that she "does the tablets" for both of them at night and is frightened she'll get it wrong.

Referred for: UNOCINI assessment; young carers support; consideration of CAMHS Step 2 if anxiety persists once practical support is in place. Family Support Hub consulted. Mum consents to the referral; dad is not involved.""",
        [
            ("Niamh Quinn", "name"),
            ("Niamh", "name"),
            ("St Colm's Primary", "organisation"),
            ("Dunmurry", "place"),
            ("320 617 4825", "id_number"),
            ("9 Glenburn Park", "place"),
            ("Lisburn", "place"),
            ("BT28 1XY", "place"),
            ("91", "age"),
            ("14th", "date"),
            ("Toner", "name"),
        ],
    ),
    (
        "b14b-022",
        """Supervision reflection – vicarious trauma and "the report I didn't want to make"

I'm a counsellor in a non-government family support service in NSW. This term I made my third report to the Child Protection Helpline (13 21 11) about the same family, after running the Mandatory Reporter Guide and landing on "immediate report". The child is seven. I'd built a good relationship with mum, who begged me not to report.

In supervision I noticed I'd been putting off writing up the case notes. My supervisor and I used the ProQOL as a check-in: my secondary traumatic stress score had crept up since autumn. She reminded me of Figley's distinction between compassion fatigue and burnout, and of Pearlman and Saakvitne's point that vicarious trauma isn't a personal failing but a cumulative occupational hazard.

What helped most was going back to the Safe and Together model (David Mandel): partnering with the non-offending parent and keeping the perpetrator's pattern of behaviour at the centre, rather than mum's "failure to protect". I'd absorbed a subtle blaming frame from the ROSH questions and it was colouring how I felt about her.

Also relevant: under the Children and Young Persons (Care and Protection) Act 1998 I'm a mandatory reporter, and I don't get to not report because of the relationship. I know that, but saying it aloud in supervision made it feel less like a betrayal.

Plan:
- Actually book my EAP sessions.
- Protect a 20-minute buffer after sessions with this family.
- Suggest a Sanctuary-style community meeting check-in (Sandra Bloom) for our team huddle.""",
        [],
    ),
    (
        "b14b-023",
        """Reply to: "Anyone worked with a kid who only talks through a toy?"

Ha, yes! This made me smile. My 8yo in care (Wattle Tree Foster Care, down on the South Coast) wouldn't say a word to me for the first five sessions except through a stuffed cat called Biscuit. "biscuit says she's hungry", "biscuit doesn't like it when the phone rings", and so on.

I just went with it. Talked to Biscuit, asked Biscuit questions, let Biscuit disagree with me. Landreth's line that toys are the child's words and play is their language kept me steady. By about session 8 she was correcting me in her own voice ("no, Biscuit isn't sad, I'm sad").

Her carer, Marnie, worried it was regression. I reframed it as her finding a safe distance. The breakthrough came just after Anzac Day 2023, when she came in and told me, as herself, about the fight at her mum's place in Nowra before she came into care.

So my two cents: follow the cat. Don't rush a child out of the displacement. And keep the carer on side, because they're the one hearing about biscuit at 2am.""",
        [
            ("Wattle Tree Foster Care", "organisation"),
            ("Biscuit", "name"),
            ("biscuit", "name"),
            ("Marnie", "name"),
            ("Anzac Day 2023", "date"),
            ("Nowra", "place"),
        ],
    ),
    (
        "b14b-024",
        """DAP – school-based counselling, session 4 (sixth form)

D: Year 13 student, 17, taking A-level Chemistry, Biology and Psychology, predicted AAB; her firm Medicine offer through UCAS needs A*AA. Reports a panic attack in the Chemistry mock in January: chest tightness, "going blank", left the exam hall after 40 minutes. Sleeping 5 hours, revising until 1am. Says her parents "don't pressure me, I pressure me". GAD-7 = 15; PHQ-9 = 9. No self-harm, no suicidal ideation.

A: Exam-related anxiety with perfectionistic beliefs ("if I don't get A*AA I've failed at life"), fitting Shafran's account of clinical perfectionism. Good insight and motivation. Sleep loss is amplifying physiological arousal.

P:
- Psychoeducation on the panic cycle (Clark's model); interoceptive exposure starting with straw breathing.
- Cognitive work on all-or-nothing thinking about offers; explore her insurance choice and Clearing as real options rather than catastrophes.
- Speak to the SENCo about access arrangements: under JCQ rules she'd need evidence of need on Form 8 before the summer series, and supervised rest breaks may fit better than 25% extra time.
- Signposted to Kooth and Shout (text 85258) out of hours; YoungMinds parents helpline for her mum.
- Sleep diary; review next week.""",
        [],
    ),
    (
        "b14b-025",
        """SOAP – YOS health worker, 16M

S: Reece says he "wasn't even driving", just in the car. Charged with aggravated TWOC after a Vauxhall Corsa (reg. WR67 KXN) was crashed into a bus shelter on Long Cross in Lawrence Weston. First appearance at the youth court was 21.01.24; adjourned for a pre-sentence report. He's been sleeping at his cousin Kai's, and his mum says she's "done". Smoking cannabis daily, "just to sleep".

O: Black eye he won't explain. Good eye contact, rapid speech, fidgety. CRAFFT 4/6. SDQ (self) 23. Speech and language screen last year flagged expressive difficulties.

A: High-risk period: possible exploitation (black eye, nights away, a new phone). Cannabis as self-medication for sleep. Engagement better than expected.

P:
- Share concerns with his YOS case manager, Dom, today; consider a child exploitation screening tool and an NRM referral if further indicators emerge.
- Referral to the young people's substance misuse service.
- Sleep hygiene; brief MI re: cannabis.
- He offered to show me who has been messaging his Snapchat (reece_bxx); next session.
- PNC ID 23/118904K noted for the PSR author.""",
        [
            ("Reece", "name"),
            ("WR67 KXN", "id_number"),
            ("Long Cross", "place"),
            ("Lawrence Weston", "place"),
            ("21.01.24", "date"),
            ("Kai", "name"),
            ("Dom", "name"),
            ("reece_bxx", "handle"),
            ("23/118904K", "id_number"),
        ],
    ),
    (
        "b14b-026",
        """**Care Team meeting notes (de-identified) – 14-year-old in therapeutic residential care**

Present: Child Protection case manager, residential house supervisor, therapeutic specialist, ACCO cultural worker, school engagement officer, NDIS support coordinator, me (clinician from the specialist trauma program).

Legal status: Care by Secretary Order under the Children, Youth and Families Act 2005 (Vic). Her case management is transitioning to the ACCO under section 18 in the coming months, consistent with the Aboriginal Child Placement Principle.

Updates:
- **Cultural Support Plan** reviewed; the cultural worker has arranged for her to attend a camp on Country with her mob in the school holidays. She's really excited.
- **Education:** attending a flexible learning option three days a week; re-engaged with Year 9 English and maths. The engagement officer says she's "a different kid" in art.
- **Health:** paediatric review re: sleep; melatonin 3 mg prescribed. Hearing test due.
- **Behaviour:** two absconding incidents this month, both after phone calls from an older male not known to the house. Police notified both times under the missing persons protocol; the Sexual Exploitation Protocol has been considered.
- **Therapy:** Neurosequential Model (Perry) metrics repeated; brainstem regulation is still the main target. Patterned, repetitive, rhythmic activity: drumming with the cultural worker, walking with staff.

Actions: CP to seek a sexual exploitation risk assessment; support coordinator to request an NDIS plan reassessment for psychosocial supports; Looking After Children Assessment and Progress Record due for update; Care Team to meet again in four weeks.""",
        [],
    ),
    (
        "b14b-027",
        """Quick consult question (youth access clinician)

I'm at headspace Bendigo. Seeing a 19M who works weekends at Woolworths in Eaglehawk and has just broken up with his girlfriend, Skye. Since then he's been posting on their old joint TikTok, @skyeandbrodie, with song lyrics about "not being here much longer". Skye's mum saw it and rang us, which is how he ended up on my list.

He denied intent when I saw him. SIDAS 5, K10 33, no previous attempts. He says he posted it because he "just wanted her to see it". He's agreed to a safety plan, and I've given him Lifeline (13 11 14) and the Suicide Call Back Service (1300 659 467).

Question: how do others handle the social media side? I want to talk to Brodie about taking the posts down, but I'm wary of anything that frames his distress as attention-seeking. His GP is on board and he's booked back in with me on the 14th.""",
        [
            ("headspace Bendigo", "organisation"),
            ("Woolworths", "organisation"),
            ("Eaglehawk", "place"),
            ("Skye", "name"),
            ("@skyeandbrodie", "handle"),
            ("Brodie", "name"),
            ("14th", "date"),
        ],
    ),
    (
        "b14b-028",
        """Process note – child-centred play therapy, session 11, 10-year-old boy (Year 5)

He went straight to the sandtray again, as in the last four sessions, and built the same scene: a walled town, a dragon outside the walls, soldiers on the towers. Today, for the first time, one soldier went outside the wall. He buried the soldier. Then, after a long pause, he dug him up, put him back on the tower and said "he was only pretending to be dead".

I tracked and reflected ("the soldier went out, and now he's back safe") rather than interpreting, holding on to Axline's principle that the child leads. I felt a strong urge to link it to his dad's deployment, which I know about from the referral, but that felt like it would be my story, not his.

In the last ten minutes he played a noisy game with the foam sword, trying to get me to "die". I set a limit using Landreth's ACT model (acknowledge the feeling, communicate the limit, target an alternative) when he swung towards my face. He accepted it with a grin and hit the bop bag instead.

From school: the ELSA reports he's calmer on the days after therapy; his Boxall Profile developmental strand scores have improved since autumn and he's moved out of the nurture group for two afternoons. Sessions are funded from the Service Pupil Premium.

For supervision: what does it mean that I wanted to be "killed" in the role-play? Am I tolerating enough aggression? Winnicott's survival of the object feels relevant.""",
        [],
    ),
    (
        "b14b-029",
        """Consultation: how do you handle a school that keeps "losing" the paperwork?

The mum of a 9-year-old I see privately (autism diagnosis last year, ADHD query) has asked me to support an EHC needs assessment request. The SENCo at Ashlyns Hill Primary in Berkhamsted, Rachel Henshaw, has twice told mum the school "didn't receive" my report. I've now emailed it to r.henshaw@ashlynshill.herts.sch.uk with a read receipt, and mum (07812 564 309) has sent a parental request to the local authority directly, which she's entitled to do.

Toby (Tobias on school records, UPN H936254810013) is on a part-time timetable that is effectively an informal exclusion. He's missing 40% of the week because he "can't cope" in the afternoons.

Questions: (1) Am I right that a part-time timetable should be time-limited, agreed with parents and reviewed, per the DfE attendance guidance? (2) Does anyone have a template for writing to the LA about unlawful informal exclusion? (3) I've pointed mum to IPSEA and SENDIASS. Anything else?""",
        [
            ("Ashlyns Hill Primary", "organisation"),
            ("Berkhamsted", "place"),
            ("Rachel Henshaw", "name"),
            ("r.henshaw@ashlynshill.herts.sch.uk", "email"),
            ("07812 564 309", "phone"),
            ("Toby", "name"),
            ("Tobias", "name"),
            ("H936254810013", "id_number"),
        ],
    ),
    (
        "b14b-030",
        """Takeaways on closing: 10-year-old with ADHD and oppositional behaviour, 18 sessions over two terms

1. **Parents first.** The first six sessions were parents only, blending Triple P (Level 4) with Ross Greene's Collaborative & Proactive Solutions. The ALSUP worked better than reward charts, because this kid's "won't" was almost always "can't yet".
2. **Emotion coaching.** Tuning in to Kids (Havighurst and colleagues) for dad, who arrived saying "I just need him to do what he's told". By session 12 he was naming feelings before setting limits.
3. **Medication mattered.** The paediatrician started methylphenidate (Ritalin LA 20 mg) around session 8. Behavioural gains before that were real but modest; the combination is what shifted school reports.
4. **Year 6 to Year 7 transition** is next term. I wrote a summary for the high school's learning support team and recommended an extra orientation visit with a buddy, plus adjustments for NAPLAN in Year 7.
5. **Outcomes:** SDQ parent total 26 → 15. Vanderbilt ODD items 7 → 3. PSI-4-SF total stress down from the 95th to the 70th percentile.
6. **Admin:** GP Mental Health Treatment Plan (item 2715) plus review; we used the 10 Better Access sessions and the rest were private. Family are on the waitlist for a social skills group at the community health centre.

What I'd do differently: get the school involved earlier. The teacher only completed the Conners 4 after session 10, and I'd been working off parent report alone.""",
        [],
    ),
]
DOCS += [
    (
        "b14b-031",
        """Supervision reflection – a liaison assessment over Christmas

I was the on-call CAMHS liaison practitioner on Boxing Day 2023 when Priya (14) was brought into A&E at the Royal Oldham Hospital after taking 24 paracetamol at her auntie's house in Saddleworth. Her paracetamol level at 4 hours was under the treatment line, but she was admitted to the paediatric ward for observation under Dr Malik.

What I keep coming back to is how well she presented. Bright, chatty, apologetic. She called it a "stupid thing" after a row with her cousin about a boy. My first draft of the formulation was reassuring. In supervision we went back to NICE NG225, which is explicit that risk tools and scales shouldn't be used to predict future suicide or decide who gets treatment, and that how someone presents on the day isn't the whole story.

Things I'd minimised: she'd googled the dose; she'd done it when the house was busy but nobody was checking on her; she said "I didn't want to be here for New Year". Her mum, Anjali, told me later she'd found a note on Priya's phone.

I think I was protecting myself from the heaviness of a bank holiday shift. My supervisor was kind but clear. We've agreed follow-up by the community team within 72 hours rather than the usual 7 days, and I've written this up as a learning point for the liaison team.""",
        [
            ("Boxing Day 2023", "date"),
            ("Priya", "name"),
            ("Royal Oldham Hospital", "organisation"),
            ("Saddleworth", "place"),
            ("Malik", "name"),
            ("Anjali", "name"),
        ],
    ),
    (
        "b14b-032",
        """Group notes – adolescent DBT skills group (teen and parent streams), Week 4 of 12

Teen stream (6 attended, 1 apology). Topic: Emotion Regulation, PLEASE skills and checking the facts. Mindfulness: leaves on a stream. Diary cards: four of six completed; two members used TIPP during a crisis this week instead of self-harming, which we celebrated explicitly.

Process: one member dominated check-in while another went silent; my co-facilitator used a "participate" mindfulness exercise to bring the quieter member in. A couple of eye-rolls when I said "dialectics", so next time I'll use the Rathus & Miller walking-the-middle-path handout with teen-friendly examples ("I'm doing my best AND I need to do better in Maths").

Parent stream (5 families): Linehan's six levels of validation, and the difference between validating the feeling and validating the behaviour. One parent asked, "so I don't have to agree that the teacher is out to get her?", which was exactly the point.

Risk: one member disclosed increased urges in the context of end-of-Term 3 exams and a friendship fallout; followed up individually with her primary clinician the same day per protocol. No one currently on a high-risk alert.

Reminders given: Kids Helpline 1800 55 1800; Lifeline 13 11 14; 000 in an emergency; phone coaching available to enrolled teens in business hours.

Next week: Interpersonal Effectiveness, DEAR MAN.""",
        [],
    ),
    (
        "b14b-033",
        """**Case presentation – kinship placement with a great-grandmother (SA)**

Kayden is 6 and has lived with his great-grandmother, who everyone calls Nana Dot, since he was two. She's 93, still sharp and fiercely protective. They live at Davenport, just outside Port Augusta. DCP has him on a long-term guardianship order to the Chief Executive and the placement is considered stable, but everyone (Nana Dot included) knows the clock is ticking.

His Reception teacher at Willsden Primary asked me to see Kayden after he started hitting other kids while Nana Dot was in hospital following a fall (discharged 03/07/2024). He stayed with an aunty that week and kept asking "is Nana going to die?".

My questions for the group:
1. How do you talk with a 6-year-old about possibly losing his main carer without making it worse? I'm thinking of a simple social story alongside some narrative work, and Stroebe and Schut's dual process model for the adults.
2. Permanency: a family group conference is coming up. I want to advocate for regular time with his aunty now, so there's an attachment in place if needed. Has anyone seen DCP agree to transition-style arrangements while the current carer is still well?
3. Culture: Kayden is Aboriginal and the Aboriginal family support worker has been wonderful. I'm conscious of how important it is to keep him connected to Country and kin.

Admin note: Nana's Centrelink CRN (306 218 447H) had to be updated after the fall for the carer payment; the caseworker has sorted it.""",
        [
            ("Kayden", "name"),
            ("Dot", "name"),
            ("93", "age"),
            ("Davenport", "place"),
            ("Port Augusta", "place"),
            ("Willsden Primary", "organisation"),
            ("03/07/2024", "date"),
            ("306 218 447H", "id_number"),
        ],
    ),
    (
        "b14b-034",
        """**Strategy discussion notes (anonymised) – Section 47 enquiry**

Convened by children's social care following a MASH referral. Attendees: social worker (chair), police Child Abuse Investigation Team, school DSL, health visitor for the younger sibling, school nurse, me (CAMHS practitioner, as the older child is open to us).

Referral: 12-year-old girl in Year 7 told her form tutor that mum's partner hit her with a belt. Bruising on the backs of her legs seen by the school nurse; body map completed. An Operation Encompass notification came through two weeks earlier after a police call-out for domestic abuse at the address.

Discussion:
- Threshold met for a Section 47 enquiry (Children Act 1989); joint investigation with police for the physical abuse allegation.
- Achieving Best Evidence (ABE) interview to be arranged; DSL advised not to question the child further.
- Mum's partner is not the children's father. DASH risk checklist completed by police: high risk. MARAC referral made.
- Health visitor notes missed developmental reviews for the 2-year-old; Graded Care Profile 2 to be used to assess neglect.
- CAMHS: the older child is on our caseload for low mood (RCADS elevated). I shared relevant information in line with Working Together to Safeguard Children (2023) and the government's information-sharing advice. No previous disclosures in sessions.

Outcome: Initial Child Protection Conference within 15 working days. Safety plan: children to stay with maternal grandmother pending the outcome; mum agrees; partner to have no unsupervised contact.""",
        [],
    ),
    (
        "b14b-035",
        """Re: families crowdfunding private assessments

Bit of a cautionary tale from me. A family I work with set up a fundraiser for their son's private autism assessment because the NHS wait in our area is over three years. Completely understandable. But the page (gofundme.com/f/help-alfie-get-his-assessment) had his full name, his school photo and a long post about his meltdowns. It got shared round a local Facebook group in Chelmsford and kids at school found it. Alfie came to session devastated.

Mum has since edited it and removed the photo, but it was a lesson for me. I now routinely ask families whether they're posting about their child's diagnosis online, and use the Children's Commissioner's material on sharenting as a conversation starter. Also worth telling families about Right to Choose before they shell out £2k.""",
        [
            ("gofundme.com/f/help-alfie-get-his-assessment", "url"),
            ("Chelmsford", "place"),
            ("Alfie", "name"),
        ],
    ),
    (
        "b14b-036",
        """Re: girls who "don't look autistic"

Such a common referral question. I'd gently push back on the school (or a previous assessor) if "doesn't look autistic" rests on good eye contact and having a friend.

What I look for in teenage girls, often referred in Year 7 or 8 around the move to high school:
- Camouflaging/masking. The CAT-Q (Hull et al., 2019) is a useful self-report conversation starter, though not diagnostic.
- Scripted social interactions learned from watching others or TV; intense interests that look age-typical (a K-pop band, horses, a fandom) but are unusual in intensity.
- Exhaustion or shutdown after school. "After-school restraint collapse" (Andrea Loewen Nair's phrase) isn't a clinical construct, but parents recognise it instantly.
- Interoception difficulties, e.g. not noticing hunger until dizzy; Kelly Mahler's work is good here.
- Co-occurring anxiety, disordered eating (watch for ARFID and AN) and self-harm.

Assessment-wise, the ADOS-2 can under-detect in girls who mask well. I always include a detailed developmental history (ADI-R or DISCO), a school observation, and collateral from a teacher who sees her at lunch, not just in class.

Reading: Tony Attwood and Michelle Garnett; Sarah Hendrickx's *Women and Girls on the Autism Spectrum*; Yellow Ladybugs for family resources; Reframing Autism for neuroaffirming language. For clinicians in Victoria, Amaze's NDIS access guidance is practical.""",
        [],
    ),
    (
        "b14b-037",
        """BIRP – Youth Justice community clinician, 17M

Behaviour: Tyrone arrived at the Dandenong office 40 minutes late with his youth justice worker, Sione Taufa. Released from Parkville six weeks ago after a period on remand; now on a Youth Supervision Order with a curfew and no contact with co-accused. YJ client no. YJ-447120. Looked exhausted; said he slept at a mate's place on Thurs 2 May, in breach of curfew, "because Mum kicked me out".

Intervention: MI to explore ambivalence about the order ("I just want to get it done" vs "no one's going to tell me where to sleep"). Psychoeducation about sleep and anger. Explored his interest in a Certificate II in Automotive at TAFE, and he lit up.

Response: More engaged once we talked about cars. Mentioned that the mate was driving a car with plates 1XK 7RB that "might not be his". I went back over the limits of confidentiality and explained I'd share risk-relevant information with his YJ worker; he accepted this.

Plan: Sione to follow up accommodation (youth refuge if home isn't possible); I'll do a brief screen for ADHD and learning difficulties given his school history; discuss the curfew breach at case review.""",
        [
            ("Tyrone", "name"),
            ("Dandenong", "place"),
            ("Sione Taufa", "name"),
            ("Sione", "name"),
            ("Parkville", "organisation"),
            ("YJ-447120", "id_number"),
            ("2 May", "date"),
            ("1XK 7RB", "id_number"),
        ],
    ),
    (
        "b14b-038",
        """Consultation: ARFID in a 9-year-old – where does it sit?

Looking for thoughts on pathways as much as treatment. 9-year-old boy, Year 4, eats about 12 foods, all beige and crunchy, no fruit or veg. Weight has dropped from the 25th to the 2nd centile over 18 months; height tracking the 9th. GP referred to paediatrics, who ruled out coeliac disease and thyroid problems and referred to CAMHS. CAMHS triage passed it to the community eating disorders service, who said ARFID in under-13s isn't in their commissioned remit and sent it back.

Meanwhile he has packed lunches because he won't touch school dinners, and school have raised neglect concerns, which the parents find devastating.

Screening: NIAS high on the picky eating and fear subscales; the PARDI suggests sensory-based avoidance plus some fear of choking after an incident at age 6. No body image concerns. He's on the neurodevelopmental pathway for an autism assessment.

Plan: CBT-AR (Thomas & Eddy) with parents heavily involved, joint work with a paediatric dietitian, and possibly SOS Approach to Feeding principles with an OT for the sensory piece.

Questions:
1. Has anyone got ARFID into a local commissioning agreement? Which service holds it in your ICB?
2. How do you talk to schools about ARFID so it isn't treated as neglect by default?
3. Any experience of CBT-AR with children this young? The manual is pitched at 10+.""",
        [],
    ),
    (
        "b14b-039",
        """Follow-up to my January post about the Year 3 boy and the "behaviour vs autism" question

Thank you all for the replies; they really helped. Update: the multidisciplinary assessment concluded on Tuesday 16 April and Kofi does meet criteria for autism. The speech and language therapist, Ms Oduya, pushed for the ADOS-2 to be done in school as well as clinic, and that's where the differences showed.

His twin sister Ama was assessed at the same time (parents asked) and doesn't meet criteria, which has been complicated for the family to hold. Mum asked "how can one twin have it and not the other?", and we spent a fair bit of time on genetics and how twins differ.

His school in Peckham is now requesting an EHC needs assessment; the LA has acknowledged it (ref SW/EHC/20417). I've recommended the NAS EarlyBird Plus programme for the parents and suggested they look at Cygnet later on.

Takeaway for me: the "behaviour" framing from school was partly racialised. There's good literature on Black boys being labelled defiant rather than assessed (Gillborn's work on exclusions, for one), and I should have named that in my first post.""",
        [
            ("16 April", "date"),
            ("Kofi", "name"),
            ("Oduya", "name"),
            ("Ama", "name"),
            ("Peckham", "place"),
            ("SW/EHC/20417", "id_number"),
        ],
    ),
    (
        "b14b-040",
        """Consultation: confidentiality with a 15-year-old, parent demanding access

Would appreciate views, especially from anyone who's had to put the mature minor principle in writing.

15F, seeing me for sessions under a Mental Health Treatment Plan. She has her own Medicare card (which she's entitled to at 15), so her parents don't see the claims. She's disclosed that she's sexually active with her 16-year-old boyfriend, is using contraception through a youth health clinic, and has been cutting occasionally. Her dad rang the centre demanding to know "what she's been saying" and threatening to complain.

My thinking so far:
- The common-law position in Australia follows Gillick v West Norfolk and Wisbech AHA (1985), endorsed by the High Court in Marion's case (1992): a minor can consent to treatment if they have sufficient understanding and intelligence. I've assessed her as a mature minor and documented it.
- Limits to confidentiality: serious risk of harm to self or others, or abuse. The relationship falls within the similar-age defence in our state, so no mandatory report, but I checked with our clinical lead and documented the reasoning.
- The self-harm is superficial and she's using her safety plan. I don't think it meets the threshold for breaching confidentiality, but I've encouraged her to let me help her tell one parent.
- My Health Record: once she turned 14, her parents' access was removed unless she invites them in.

Question: how have others handled the phone call with the parent? I'm thinking of inviting dad to a parent session (without disclosing content) about how he can support her, using Tuning in to Teens, and giving him the Parentline number.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind14b"}
        for doc_id, text, items in DOCS
    ]
