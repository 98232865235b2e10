"""Blind batch b19b, written by a helper session without sight of the guard. Forty posts by
clinicians in the United Kingdom (England, Scotland, Wales, Northern Ireland), Ireland and
Canada, across NHS and HSE teams, provincial services, third-sector charities, schools,
universities, EAPs, private practice, forensic and addictions work. Genres: consultation
requests, intake templates, SOAP/DAP/BIRP notes, group notes, process notes, supervision
reflections, case-closing takeaways and chatty forum replies. The identifier half ranges from a
single slip (a mobile number, a 94-year-old mother, a holiday with a year, a hospital) to
intake-style posts with a dozen details; kinds include names (lower-case in a quote, pets,
teachers, parole officers, fellow soldiers), towns, streets, Eircodes and postcodes, dates,
ages over 89, phone, email, URL, IP, social-media and gamer handles, NHS/CHI/OHIP/PPSN/VAC
numbers, court file, student and vehicle registration numbers, and employers, schools, prisons
and military units. The clean half is dense with look-alikes: cited authors and book titles,
instruments and scores (PHQ-9, CORE-10, HCR-20V3, Static-99R, Y-BOCS, EPDS, SADQ), ICD codes,
medications and doses, national services and hotlines (Samaritans, Pieta, 9-8-8, Hope for
Wellness), regions and provinces, brands, public figures, months, weekdays and holidays.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged) at ecaa09f, whose second look was trained on rounds up to 18: the
rules alone 0.944, 0.807, 0.800, 0.300; with the second look (threshold 0.25) 0.930, 0.892, 0.750, 0.050.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b19b-001",
        """**Consult request – panic disorder at step 2/3, scores not shifting**

Hi all. Looking for ideas from anyone who has done a lot of Clark's cognitive model work in NHS Talking Therapies. Client is a 41-year-old woman, healthcare assistant, self-referred in the autumn. Presenting with panic attacks 3–4 times a week, heavy avoidance of the tram and big supermarkets, and increasingly of work. Initial PHQ-9 14, GAD-7 19, PDSS 17. Now at session 9 of 12 and the scores have barely moved (GAD-7 17 last Thursday).

We've done the vicious-circle formulation, a behavioural experiment dropping safety behaviours (she carries a water bottle and Rescue Remedy everywhere), and interoceptive exposure with straw breathing and spinning. She engages well in session but says the attacks at work are 'different' – she works nights on a respiratory ward at the Royal Oldham and is convinced her breathlessness there is real because she's around patients with COPD all shift.

I'm wondering whether the misappraisal is actually a health anxiety picture underneath (Salkovskis & Warwick territory) rather than straightforward panic. Has anyone switched protocols mid-course? Our service is pretty strict on the 12 sessions and I'd rather not step her up to secondary care just to restart. Any thoughts welcome – also whether the Health Anxiety Inventory is worth adding at this point.""",
        [("Royal Oldham", "organisation")],
    ),
    (
        "b19b-002",
        """Reflection after a tricky session – posting for peer input (details changed)

I work in a youth mental health service in the west, and I'm seeing a 17-year-old in sixth year who has been self-harming (cutting, superficial, thighs) since around the mocks in February. Leaving Cert pressure is the obvious story and the one her mam keeps returning to, but I'm not sure it's the real one. RCADS total was in the clinical range with the social phobia subscale highest, not the GAD one, which surprised me.

Today she told me she'd stopped going to training with her camogie team after something happened in a group chat. She wouldn't say more. I followed our safety-planning protocol (Stanley & Brown), checked intent and lethality, gave her Pieta's number (1800 247 247) and the 50808 text line, and she agreed to the plan. No current suicidal intent, no plan. I've consulted with my line manager and we don't think this meets the threshold for a Tusla referral under Children First, but I'm uneasy.

Questions for the group:
1. How are people handling parental involvement at 17 when the young person doesn't want her mam told about the cutting? The consent picture for 16–17s still feels murky in Irish law.
2. Anyone had good results with a DBT-A informed approach in a brief model (we get 6–8 sessions)? I've been leaning on Rathus & Miller but it's a lot to squeeze in.
3. Would ye refer on to CAMHS at this point or hold?

She's back after the St Patrick's Day weekend. Thanks in advance.""",
        [],
    ),
    (
        "b19b-003",
        """## Intake summary – new client (private practice, Ontario)

**Client:** Priya Raghunathan, 34
**DOB:** 11/07/1990
**Address:** 58 Wychwood Ave, Toronto, ON M6G 2X9
**Phone:** 416-555-0148 (cell, OK to leave message)
**Email:** priya.r.designs@gmail.com
**OHIP:** 6734-219-558-KT (not billing – EAP-funded, first 6 sessions)
**Referred by:** family physician Dr. Helen Okonkwo
**Employer:** senior UX designer at Shopify, on short-term disability since mid-January

**Presenting concerns:** Burnout and depressive symptoms following a restructuring at work; early-morning waking, anhedonia, tearfulness, 'brain fog'. PHQ-9 = 18, GAD-7 = 12, no SI on C-SSRS screen. Started escitalopram 10 mg in December, increased to 15 mg three weeks ago. Drinks 2–3 glasses of wine most evenings (AUDIT-C 6).

**History:** Eldest of three; parents emigrated from Tamil Nadu in the late 80s. Describes a high-achieving, 'family reputation' culture and a lot of shame about being off work. Previous counselling at university for exam anxiety. No hospitalisations.

**Plan:** Behavioural activation + CBT for perfectionism (Shafran, Egan & Wade's *Overcoming Perfectionism* as a reader), sleep hygiene, review alcohol use. Coordinate with Dr. Okonkwo re: return-to-work plan and STD forms. Reassess PHQ-9 at session 4.

Posting this template mostly to ask – do folks include OHIP numbers on intake when they're not billing OHIP at all? Our new EMR insists on the field and I'm not sure it's necessary.""",
        [
            ("Priya Raghunathan", "name"),
            ("11/07/1990", "date"),
            ("58 Wychwood Ave", "place"),
            ("Toronto", "place"),
            ("M6G 2X9", "place"),
            ("416-555-0148", "phone"),
            ("priya.r.designs@gmail.com", "email"),
            ("6734-219-558-KT", "id_number"),
            ("Helen Okonkwo", "name"),
            ("Okonkwo", "name"),
            ("Shopify", "organisation"),
        ],
    ),
    (
        "b19b-004",
        """Would value views from other forensic psychs on structuring a risk formulation where the HCR-20V3 and the actuarial picture point in different directions.

Context (anonymised): man in his early 40s, index offence of sexual assault on an adult female acquaintance, currently in a Category C prison and approaching his parole hearing. Static-99R of 2 (average-risk band), RM2000/S medium, but the HCR-20V3 clinical and risk management items are loaded – particularly H7 personality disorder, C2 violent ideation (ruminative, revenge-themed), and R1 professional services and plans (the release plan is basically an Approved Premises bed and nothing else). PCL-R was scored by a previous assessor at 24, which I'd treat cautiously given it was done without collateral.

My instinct is to frame it through Ward's Good Lives Model alongside RNR (Andrews & Bonta) – his primary goods around relatedness and agency are pursued through control in intimate contexts. He completed Kaizen a couple of years ago but the post-programme report reads as compliance rather than change.

Questions:
- How are people presenting scenarios (Hart et al.'s scenario planning) to a parole panel without it reading as speculative?
- Any experience with SAPROF alongside the HCR-20 in parole reports? The panel chair last time was sceptical of protective factors.
- MAPPA Level 2 is agreed. Has anyone had pushback on recommending Horizon or a community equivalent post-release?

Happy to share my draft scenario table structure (no identifying detail) if useful.""",
        [],
    ),
    (
        "b19b-005",
        """SOAP – OST review, week 14 (posting for the supervision group, let me know if it's too much detail)

S: Client (M, 38) reports 'doing alright' on methadone 70 ml daily supervised. Says cravings are 'a 4 out of 10 most days, 8 on a giro day'. Admits to street benzos ('blues') twice since last review, once after his brother's funeral on the 12th of March. Denies heroin use. Sleeping 4–5 hrs. Still picking up daily from the chemist on Duke Street and says the pharmacist has been 'sound' about it.

O: On time, kempt, mild psychomotor agitation, pupils normal. UDS: methadone +, benzodiazepine +, opiates –, cocaine –. ToP completed. No injecting sites visible. DAST-10 6 (moderate).

A: Stable on OST dose, ongoing non-prescribed benzo use linked to grief and poor sleep. Overdose risk elevated given the combination – discussed openly. Naloxone kit in date (checked). CHI 2108862271 confirmed on the prescription record since there was a mix-up with his last script.

P:
1. Bereavement – offered a local peer-support group and gave Cruse Scotland details.
2. Review benzo use at next appt; discuss with prescriber re: short sleep plan (no Z-drugs).
3. Continue weekly keywork. Next review Tuesday.
4. Update ROSC recovery plan – he wants to get back to the five-a-side on Thursdays.

Question for the group: how are folk recording CHI in shared notes now that the new system auto-populates it? Feels redundant writing it in free text.""",
        [
            ("12th of March", "date"),
            ("Duke Street", "place"),
            ("2108862271", "id_number"),
        ],
    ),
    (
        "b19b-006",
        """Honestly, reading this thread at 10 pm with a lukewarm double-double from Tim Hortons is peak community mental health in this country. 😅

To the OP: six years on an ACT team in the Prairies taught me two things. Protect one admin block a week like it's a client (mine's Friday mornings), and read Laura van Dernoot Lipsky's *Trauma Stewardship* – cheesy in places, but the warning-signs list was a gut punch.

And don't save all your leave for Thanksgiving and Christmas. If you're struggling yourself, 9-8-8 works across Canada now. Take care of yourselves, eh.""",
        [],
    ),
    (
        "b19b-007",
        """Follow-up on the student I posted about before reading week.

Quick recap: second-year engineering undergrad, 20, very high-functioning perfectionism, CORE-10 went from 19 to 24 over three sessions after failing a module resit. Today was session 4 of our 6.

The shift today: he finally talked about his older brother, who graduated with a first from the same department. He kept saying 'i just can't be the one who lets ravi down' and then corrected himself to 'lets the family down'. Interesting slip. I didn't push it but named it gently and he went quiet for a long time.

Risk: passive ideation ('it'd be easier if I just wasn't here for a bit'), no plan, no intent; protective factors are his flatmates and his faith. Completed a safety plan together. Gave him Papyrus HOPELINE247 and Shout (text 85258) and the details of the student-run Nightline.

Admin headache: he wants a letter supporting extenuating circumstances for the resit, and the form wants his student number (2217846), which he read out in session – I've put it on the EC form only, not in our notes. Our service policy says we confirm attendance only, no clinical detail. Does anyone's service write more than that? I feel like 'attended 4 sessions' does him no favours with the panel.

Also open to reading suggestions – I've been using Brené Brown's shame material but it isn't landing with him. Thinking Paul Gilbert might fit better.""",
        [("ravi", "name"), ("2217846", "id_number")],
    ),
    (
        "b19b-008",
        """Clinical question – lithium and a client who wants to come off before trying for a baby

Community psychiatrist here, posting in the perinatal thread because I think the collective wisdom is better than my own trawl through NICE CG192.

Woman in her early 30s, bipolar I (F31.7, currently in full remission), two previous admissions, one under Section 3 following a manic episode with psychotic features. Stable on lithium carbonate 800 mg nocte for four years, levels consistently 0.6–0.8 mmol/L, eGFR and TSH fine at the last annual bloods. She and her partner want to start trying for a pregnancy in the spring, and she has read (accurately) about the Ebstein's anomaly data, although the newer cohort studies suggest the absolute risk is lower than we used to quote.

Her relapse risk off lithium postpartum is substantial – Viguera and colleagues' figures are sobering – and she had a brief hypomanic episode after a previous taper. I've referred to the specialist perinatal mental health team for pre-conception counselling, but the wait is 10–12 weeks.

Things I'm weighing:
- Staying on lithium with enhanced fetal cardiac scanning, vs a switch to an antipsychotic (she had akathisia on aripiprazole, weight gain on olanzapine).
- Planning a Mother and Baby Unit bed in advance if she decides to stop.
- Whether to involve her CPA care coordinator now or wait until she's decided.

She's been reading Kay Redfield Jamison's *An Unquiet Mind* and Bipolar UK's pregnancy resources and is very informed. I want to give her a properly balanced picture rather than the reflexively cautious one. How have others framed this conversation?""",
        [],
    ),
    (
        "b19b-009",
        """DAP note – session 6 (community addiction service; posting with the client's consent, but please flag anything I've missed in anonymising)

D: Client (F, 29) attended on time. Reports 23 days alcohol-free, longest since she was 19. Says the weekend was hard – her partner Dessie had people over for the match and there was drink in the house all day Saturday. She went for a walk along the canal instead and rang her sponsor. Still attending the Monday AA meeting. Cravings 'down a lot' since starting acamprosate 666 mg TDS. Sleeping better. She's been offered a bed in Cuan Mhuire for the spring but isn't sure she needs residential now.

A: Good progress, strong engagement. Relapse risk remains around household drinking and around the anniversary of her da's death ('the 4th of January, same as every year, I always go on the batter'). SADQ now 9 (was 31 at assessment). Motivation high; ambivalence about residential seems realistic rather than avoidant.

P: Continue weekly. Relapse prevention plan to cover the anniversary. Explore whether a joint session with Dessie is appropriate (she says he 'isn't a big drinker, just sociable'). Liaise with GP re: continuing acamprosate. Review the residential offer next session – they can hold the bed till the end of the month.

Also: anyone have a good brief relapse-prevention workbook? Marlatt & Gordon is heavy going for clients. She liked the SMART Recovery tools.""",
        [("Dessie", "name"), ("Cuan Mhuire", "organisation"), ("4th of January", "date")],
    ),
    (
        "b19b-010",
        """Couples consult: Gottman vs EFT when one partner is 'done'

Hi folks – RMFT in private practice, working with a couple in their late 50s, married 31 years, two adult kids who've moved out west. Referral came via their EAP. She initiated; he describes himself as 'blindsided'.

The Gottman Relationship Checkup showed high flooding for both, pervasive contempt from her side and stonewalling from him – textbook Four Horsemen. DAS-7 scores are 14 (her) and 22 (him). She's pretty clearly what Doherty would call the leaning-out partner; she's said more than once that she's here 'so I can say I tried'.

I'd normally go to Sue Johnson's EFT and work the pursue–withdraw cycle, but I'm not convinced there's enough pursuit left on her side to de-escalate. Discernment counselling seems a better fit for the next few sessions. Has anyone combined it with an individual session each? I'm conscious of the secrets policy – I have a no-secrets agreement in my consent form but I've had it bite me before.

They're going up to the cottage over the Victoria Day long weekend, which she's dreading and he's treating as a 'second honeymoon'. I'm tempted to do a structured check-in before they go. Any thoughts on how to frame that without setting it up as a test?

For those who haven't read it: Doherty & Harris's *Helping Couples on the Brink of Divorce* is the discernment counselling book.""",
        [],
    ),
    (
        "b19b-011",
        """Supervision reflection – anticipatory grief

I've been seeing a woman in her sixties for eight sessions through a hospice counselling service. She's the main carer for her mother, who is 94 and has advanced vascular dementia and now very little speech. The presenting issue was 'carer burnout', but it's become clear that most of what we're working with is anticipatory grief, with an older grief underneath it about a brother who died in his twenties.

What I noticed in myself this week: when she described feeding her mother and her mother turning her face away, I felt a strong pull to reassure – 'you're doing everything you can' – which I did, and which closed things down. My supervisor pointed me back to Worden's tasks and to Stroebe & Schut's dual process model: she's almost entirely in loss-orientation right now, and her restoration-orientation activities (her choir, the allotment) have fallen away since Easter.

I'm also holding the fact that she's twice talked about 'not knowing what I'll be for' afterwards. No risk indicators on screening (PHQ-9 11, no ideation), but I want to keep that in view for after the death.

Reading that's helped me: Pauline Boss on ambiguous loss, and Kathryn Mannix's *With the End in Mind*, which I've also recommended to her. We've talked about Cruse for afterwards and Dementia UK's Admiral Nurse line for now.

Has anyone got good ways of working with the guilt of wishing it were over? She said it in a whisper and then apologised to me.""",
        [("94", "age")],
    ),
    (
        "b19b-012",
        """Group note – DBT skills group, Session 7 of 24 (Distress Tolerance module)

Attendance: 7 of 9 (one cancellation with notice, one no-show – follow up per protocol). Co-facilitated.

Mindfulness: 'Observe' exercise with an ice cube, 3 min. Good engagement; two members reported urges to quit mid-exercise, which we used as a teaching point.

Homework review: Diary cards returned by 6 of 7. Two members tried TIPP (cold water) during a crisis and found it worked 'faster than I expected'. One member used Wise Mind ACCEPTS over the Family Day long weekend and described it as 'the first holiday I didn't end up in emerg'.

Teaching: Radical acceptance (Linehan, *DBT Skills Training Manual*, 2nd ed.). Turning the mind. We used the 'stuck in traffic on the 401' example – a few people laughed, which helped.

Process observations: One member became tearful during the acceptance discussion in relation to a parent's death; managed in group with the half-smile skill and followed up individually by the co-facilitator afterwards. Another repeatedly pulled the discussion toward a recent conflict with their individual therapist – redirected to raise it in individual therapy per group agreement.

Risk: No new risk disclosed in group. Reminded all members of the after-hours coaching line and 9-8-8.

Plan: Next week – pros and cons, self-soothe. Send DBT-WCCL mid-module measures.

Posting as an example template for the new grad who asked last week – happy to answer questions about how we structure these.""",
        [],
    ),
    (
        "b19b-013",
        """Consult: assessment for a long-term offender application – structuring the report

I've been retained by defence counsel in an LTO application and would appreciate input from anyone who's done these in Ontario. Client is a man in his 50s with a history of violent offences, currently on remand awaiting sentencing (court file CR-22-9081) after a conviction for aggravated assault. He previously served a federal sentence at Millhaven Institution and had a lengthy stay at the Regional Treatment Centre.

The Crown's expert scored a PCL-R of 31 and placed him in the highest VRAG-R bin, and leaned heavily on the actuarial numbers. My own assessment has him at 26 on the PCL-R (I'm less persuaded on facets 1 and 2 from the interview and file), and I used the HCR-20V3 and the VRS, which shows measurable change across several dynamic items, particularly after the high-intensity violence prevention program.

What I'm struggling with is presenting dynamic change credibly when it happened in a highly structured institutional setting and the community supervision plan is thin. His parole officer during the last release, a Ms. Laframboise, is apparently willing to testify that he was compliant for 18 months, which helps.

Anyone have a favoured structure for the 'manageability in the community' section? And any good recent case law summaries on how courts have weighed VRS change scores? I've read Olver & Wong but would love practitioner experience.""",
        [
            ("CR-22-9081", "id_number"),
            ("Millhaven Institution", "organisation"),
            ("Regional Treatment Centre", "organisation"),
            ("Laframboise", "name"),
        ],
    ),
    (
        "b19b-014",
        """Supervision reflection – shame, self-criticism and a bright day in January

Clinical psychologist in a Scottish adult community mental health team. I've been working with a man in his late 40s using Compassion Focused Therapy (Gilbert's three-systems model), mostly around a harsh self-critic that developed in a household where affection was conditional. Initial CORE-10 22, now 15 at session 14. The FSCRS shows hated-self dropping more slowly than inadequate-self, which fits the literature.

This week he brought in something that surprised me. He'd been out walking on one of those crisp, bright Saturdays we get in January and noticed he'd 'been kind to himself for about five minutes without trying'. Then the critic arrived: 'Don't get soft.' He described the fear of compassion (Gilbert, McEwan et al.'s FOC scales fit beautifully here) as 'like opening the door and the cold coming in'.

I noticed I wanted to celebrate it with him, and I also noticed a flicker of my own critic – 'you're rushing him'. My supervisor and I talked about Kolts's idea of the therapist's own compassionate stance as a model, and about pacing.

For anyone else doing CFT in the NHS: I've been recommending *The Compassionate Mind* and Mary Welford's *The Compassionate Mind Approach to Building Self-Confidence* for between-session reading, and Breathing Space and NHS 24 for out-of-hours support. He's going to his sister's for Burns Night and has already predicted 'the old stuff' coming up. We'll plan for it next time.""",
        [],
    ),
    (
        "b19b-015",
        """Advice please – online harassment and a 15-year-old in school counselling

I'm a school-based counsellor in NI. A Year 11 girl self-referred after weeks of what sounds like coordinated bullying on TikTok and Snapchat. Somebody set up a parody account using her photos and she's being tagged in comments calling her a 'slag' and worse. She showed me the account on her phone – @lexiis.actual.life – and the original photos are from her own account, @lexi.xo_09, which she's now set to private.

Risk: she's not eating lunch, has stopped going to netball, SDQ emotional subscale is high, and she disclosed that she's 'thought about what it would be like not to wake up', but no plan. I've followed our safeguarding procedures and spoken with our designated teacher. The DT wants to contact the PSNI; the girl is terrified that'll make it worse.

She's at Methody and the bullies are apparently from a rival school, so the pastoral team can't discipline them directly.

Questions:
- Has anyone had success getting TikTok to take down impersonation accounts quickly? The in-app reporting has done nothing in a week.
- Any experience with the Report Harmful Content service for NI cases?
- How do you balance the young person's wish for no police involvement with the DT's duty here?

I've given her Childline (0800 1111) and the Lifeline number and we're meeting twice a week for now.""",
        [
            ("@lexiis.actual.life", "handle"),
            ("@lexi.xo_09", "handle"),
            ("Methody", "organisation"),
        ],
    ),
    (
        "b19b-016",
        """Clozapine and the Christmas problem – practical question for community teams

CMHN in an Irish community mental health team. We have a man in his late 30s with treatment-resistant schizophrenia (F20.0) who has done really well on clozapine 400 mg – the first year in about a decade without an admission, back playing five-a-side, doing a CE scheme. Bloods are monthly now and have been steady.

The problem: every year around Christmas he goes home to the family farm for about ten days, misses bloods, and in the past has stopped his meds because 'nobody takes tablets at Christmas'. His mother is 84 and supportive but can't supervise much. Last year he missed more than 48 hours, we had to re-titrate, which was a mess, and he ended up on the ward over New Year.

What we're thinking of trying:
- Getting bloods done the week before he goes, with the clozapine clinic's blessing.
- Blister packs from his pharmacy and a daily text reminder.
- A joint session with his mother before he leaves about early warning signs (the relapse signature approach from Birchwood).
- Letting the GP down there know in advance in case he turns up unwell.

Has anyone else had success with this kind of seasonal pattern? Also interested in whether anyone uses clozapine levels routinely – we only do them when there's a concern. Shine have a good carers' leaflet, which we've given his mother, and the HSE's early intervention materials have been useful too.""",
        [],
    ),
    (
        "b19b-017",
        """Boundary question – client's public blog about therapy

Private practice, UKCP-registered. I've been working with a woman in her 40s for about 18 months (relational integrative, weekly), mostly around complex trauma and a long history of emotional neglect. She's doing well.

Last week she told me she'd started a blog about her recovery and she'd love me to read it: thequietrecovery.wordpress.com. She's written about our sessions in some detail, and there's a post where she refers to me by a nickname. It's under a pseudonym, but she's also written about her husband Gareth by name and about his reaction to her therapy.

I haven't read it. My instinct is not to, and to explore what it means to her that I would, but I'm aware that a flat refusal could land as exactly the kind of rejection we've been working with. The BACP and UKCP ethical frameworks don't really help with the specifics.

Things I'm considering:
- Talking about what she hopes I'd feel or know if I read it.
- Agreeing that she can bring extracts into session if she wants to, which keeps it in the room.
- Flagging (gently) that she's put Gareth's name out there, since he hasn't consented and it may have consequences for her if he reacts badly.

Has anyone dealt with this? Any reading – I've looked at Zur on digital boundaries, and there's a decent chapter in Gabriel & Casemore on relational ethics.""",
        [("thequietrecovery.wordpress.com", "url"), ("Gareth", "name")],
    ),
    (
        "b19b-018",
        """Community detox planning – checking my thinking

Drug and alcohol worker in an English community service, planning a community alcohol detox for a man in his mid-50s. AUDIT 34, SADQ 38 (severe), drinking roughly 24 units a day (mostly strong cider, some vodka). No history of withdrawal seizures or DTs that he or his GP can recall. He lives alone, which is the sticking point – our protocol usually wants someone at home for the first few days.

Plan at the moment:
- Chlordiazepoxide reducing regime over 7 days starting at 30 mg QDS, with daily CIWA-Ar monitoring by our nurses.
- Pabrinex isn't possible in the community, so oral thiamine 100 mg TDS (Wernicke's risk is there – he's underweight and not eating much).
- Start on a Monday so the first three days aren't over a weekend.
- A daily evening phone check-in from a peer mentor.

He's done Dry January twice and white-knuckled both, so the motivation is real. He's asked about acamprosate and naltrexone post-detox – I'm leaning toward acamprosate, given his LFTs.

The question: would others go ahead with a client who lives alone if there's robust daily monitoring, or push for inpatient? The inpatient wait is about 11 weeks and I'm worried he'll lose momentum. NICE CG115 is clear-ish but leaves room for judgement.

Aftercare: he's keen on SMART Recovery rather than AA ('don't do God') – I've suggested the Big Book anyway, because some of the stories land regardless. Any views?""",
        [],
    ),
    (
        "b19b-019",
        """**Referral / intake – Primary Care Psychology (child & adolescent)**

**Name:** Aoife Ní Bhriain
**DOB:** 23rd September 2008
**Address:** 14 Ard na Gréine, Knocknacarra, Galway H91 F6K2
**Parent/guardian:** Siobhán Ní Bhriain (mother), mobile 087 614 2093
**PPSN:** 7719354KA
**School:** 5th year, Coláiste na Coiribe
**GP:** Dr. Fergal Moran

**Reason for referral:** Low mood and school refusal since October, worse after a falling out with friends. Panic symptoms before school most mornings. No self-harm reported. Mother describes her as 'a different child since the summer'.

**Scores at screening:** RCADS-P elevated on separation anxiety and panic; SDQ total difficulties 19.

**Family:** Lives with mother and younger brother (11). Parents separated three years ago; father lives in the UK, phone contact at weekends, visits at Easter and in the summer. Maternal grandmother nearby and very involved. Maternal history of anxiety (sertraline in her twenties).

**Development/health:** Milestones within normal limits. Asthma (Ventolin PRN). No known learning difficulties; strong academically until this year, predicted H2s in most Junior Cycle subjects last year. Plays basketball, stopped attending in November.

**Young person's view (from screening call):** 'I just can't face walking in. My chest goes tight and I feel sick. Then I feel worse at home because I'm missing everything.' Says she'd like help 'to get back to normal' but doesn't want to talk in a group.

**Previous input:** Seen twice by the school's guidance counsellor. Brief contact with Jigsaw last year, discharged after 4 sessions.

**Outcome of screening:** Accepted, waitlist approx. 14 weeks. Advised GP re: onward referral to CAMHS if she deteriorates. Parent given Pieta and Childline details.

Sharing the layout because a few people asked what our intake form looks like since the new template came in. Does anyone else find the 'Previous input' box too small? We end up writing half of it in the margins.""",
        [
            ("Aoife Ní Bhriain", "name"),
            ("23rd September 2008", "date"),
            ("14 Ard na Gréine", "place"),
            ("Knocknacarra", "place"),
            ("Galway", "place"),
            ("H91 F6K2", "place"),
            ("Siobhán Ní Bhriain", "name"),
            ("087 614 2093", "phone"),
            ("7719354KA", "id_number"),
            ("Coláiste na Coiribe", "organisation"),
            ("Fergal Moran", "name"),
        ],
    ),
    (
        "b19b-020",
        """Grade 10 student, ADHD + anxiety, and the IEP meeting from hell – venting and asking

School counsellor in BC. Working with a 15-year-old who was finally assessed by a paediatrician over the winter: ADHD combined presentation plus generalized anxiety. Started on Concerta 18 mg, now 36 mg, and two of his teachers say the change in class has been noticeable. Conners 3 teacher ratings were sky-high in the fall; the re-rate last month was much better.

The IEP meeting last Wednesday was… a lot. Dad wants him moved to a modified program; Mom wants full academic with adaptations; the student wants to be left alone and to play hockey. The case manager kept quoting the Ministry's inclusive education policy at everyone. Nobody asked the student what helps until I did – he said 'a heads-up before tests, and not being called on randomly'. Which is… reasonable?

What I'm doing now:
- Weekly check-ins, mostly CBT-informed anxiety work using Anxiety Canada's MindShift app and their 'My Anxiety Plan'.
- Linking with Foundry for a youth-friendly counsellor outside school over the summer.
- Advocating for adaptations (extended time, a quiet space for tests) rather than modification.

Question: how do other school counsellors handle it when parents are split on the IEP direction? I'm trying to stay in my lane but also not let the kid get lost. Spring Break is coming up and I'd like something agreed before then.

Also happy Pink Shirt Day to everyone tomorrow 💗""",
        [],
    ),
    (
        "b19b-021",
        """Update on the RTA client (posted before Christmas) – and a records question

She's now at session 10 of trauma-focused CBT (Ehlers & Clark model). PCL-5 has come down from 58 to 34. The hotspot work on the moment the lorry crossed the central reservation has been key – her 'I'm going to die and the kids will be alone' appraisal has updated well with the 'what I know now' information (she survived, the kids were at school, the paramedics arrived within minutes).

Remaining issue: driving avoidance. She'll drive locally but not on the M62, and definitely not past the junction near Milnrow where it happened. We've started graded in-vivo work – first as a passenger, then driving the slip road with her sister.

The records question: her solicitor has requested a report for the personal injury claim and sent a letter headed with her full details and NHS number (485 777 3456), plus the claim reference. Our trust IG team says I can write a factual treatment summary with consent but not an opinion on prognosis, as that's for the medicolegal expert. Does anyone have a template for this sort of treatment summary? I don't want to stray into expert territory.

Also – she's asked about the anniversary, which is the 2nd of February. We're planning a session that week. Any tips on anniversary reactions in RTA survivors specifically? I've been rereading Grey's chapter on it.""",
        [
            ("Milnrow", "place"),
            ("485 777 3456", "id_number"),
            ("2nd of February", "date"),
        ],
    ),
    (
        "b19b-022",
        """Process notes – session 23 (psychodynamic, weekly, private practice). Shared for the reading group with permission; details altered.

She arrived four minutes late and apologised three times before sitting down. Said the bus 'just didn't come'. I noticed I felt irritated and then immediately guilty about being irritated – something I've come to recognise as part of the countertransference with her.

She talked about her manager 'forgetting' to include her in a meeting invite. Long silence. Then: 'I don't know why I'm telling you this, it's so small.' I said something like: 'Perhaps small things feel like the only things you're allowed to bring.' She laughed, then cried.

Later she returned to the image of her mother 'always in the next room' – physically present, emotionally elsewhere. I thought of Winnicott's good-enough mother and of André Green's dead mother complex, though I didn't say either, obviously.

Near the end she asked whether I'd be taking a break at Easter. I said yes, two weeks, and reminded her of what we'd agreed. She said 'that's fine' very quickly. I wondered aloud whether it might not be entirely fine. She said, 'You always do that,' and smiled.

Reflections for supervision:
- The lateness and the bus – an enactment of being not-waited-for?
- My irritation/guilt as projective identification of her own relationship to need (Bion's container–contained feels relevant).
- The Easter break arriving on the back of the 'forgotten invite' material.

Reading: Lemma's *Introduction to the Practice of Psychoanalytic Psychotherapy*, the chapter on endings and breaks.""",
        [],
    ),
    (
        "b19b-023",
        """Gaming, isolation and a 16-year-old – advice from anyone who works with gamers

Psychotherapist (RP) in Ontario, mostly youth. New client, 16, referred by his family doctor for 'gaming addiction', though I'm not sure that's the right frame. Parents report 8–10 hours a day on weekends, staying up until 3 am, grades collapsing. IGDS9-SF score of 29, so yes, problematic. But the picture in session is social anxiety and loneliness – his only friendships are online.

He was pretty open about it: his main account is xXFrostByteXx on Xbox and he runs a small Discord server as frostbyte_mod. He's proud of it. He moderates, settles fights, welcomes new members. Honestly, some impressive skills in there.

His family moved to Sudbury from a bigger city two years ago and he never really found his people at school. The gaming group is where he feels competent.

My plan so far:
- Not leading with reduction. Working from a motivational interviewing frame around what he wants.
- Graded exposure for social anxiety offline, building on what he already does well online.
- Parent sessions to help them shift from confiscation to collaboration – leaning on Lebowitz's SPACE programme given the anxiety.

Has anyone used Kuss & Griffiths' work clinically? And does anyone have a good psychoeducation handout for parents that doesn't demonise gaming? He's asked that we 'not make it a whole thing' with his parents.""",
        [
            ("xXFrostByteXx", "handle"),
            ("frostbyte_mod", "handle"),
            ("Sudbury", "place"),
        ],
    ),
    (
        "b19b-024",
        """Perinatal reflection – bonding, shame, and the 6–8 week check

Counsellor in an NHS perinatal mental health team. Seeing a first-time mum, late 20s, baby now 11 weeks. EPDS at booking was 8; at referral it was 19, with item 10 scored 1 ('hardly ever'). Formulation from our psychiatrist: moderate postnatal depression with intrusive harm-related thoughts (classic ego-dystonic OCD-type intrusions about dropping the baby down the stairs).

She hadn't told anyone about the intrusive thoughts because she was terrified the baby would be taken. She only disclosed after her health visitor gave her a leaflet from Maternal OCD. The relief in the room when I explained that these thoughts are extremely common and are the opposite of intent was enormous.

Current plan: CBT for perinatal OCD (Challacombe, Green et al.'s *Break Free from OCD* style exposure), sertraline 50 mg started by her GP (generally considered compatible with breastfeeding), and video-feedback work around bonding once things settle.

Something I'm sitting with: she said the worst moment was the 6–8 week check, when the GP asked 'and how are you finding it?' and she said 'fine'. We talked about the shame of not being fine. I'm wondering about bringing in some Compassion Focused work for the shame alongside the ERP.

For anyone newer to perinatal: the PANDAS Foundation and Tommy's wellbeing plan are good to signpost. And Mother and Baby Unit referral criteria vary a lot by region – worth knowing yours.""",
        [],
    ),
    (
        "b19b-025",
        """BIRP note – session 5

Behaviour: Client (F, 52) attended via video from her car on her lunch break. Appeared tired, flat affect, brighter when talking about her grandchildren. Reported that her husband has moved into the spare room after an argument about money. Said she'd changed her number because an ex-friend kept texting, and gave me her new mobile – 07700 914382 – for appointment reminders.

Intervention: Problem-solving therapy (D'Zurilla & Nezu) – broke 'everything is too much' into the debt, the sleeping arrangements and a sister who leans on her. Debt first; signposted StepChange.

Response: Engaged. PHQ-9 16 → 13, GAD-7 11.

Plan: Ring StepChange, list outgoings. Session 6 next Tuesday.

(For the BIRP format thread.)""",
        [("07700 914382", "phone")],
    ),
    (
        "b19b-026",
        """OAT question – Sublocade for a client who keeps missing witnessed doses

Addictions counsellor on a rapid-access addiction medicine team in Western Canada. Client is a man in his 30s, severe OUD, on buprenorphine/naloxone (Suboxone) 16/4 mg daily for about five months. Fentanyl-positive UDS twice in the last six weeks, both after missed doses. He works seasonal construction and can't always get to the pharmacy for witnessed dosing before his shift.

Our prescriber is considering Sublocade (extended-release buprenorphine, monthly injection). The client is keen – 'one less thing to screw up'. I've gone through the CRISM national guideline and he seems a reasonable candidate: stable on 16 mg, no major contraindications, good engagement with counselling.

What I'm less sure about:
- How people have handled the injection-site conversation, as he's very needle-averse since he stopped injecting.
- Whether to pair it with a take-home naloxone refresher (he's had two kits, both used on friends).
- Coverage: the provincial drug plan covers it but his work benefits might not, and he's anxious about paperwork.

He's also mentioned wanting to try a Narcotics Anonymous meeting now that he's 'not chasing' every day. I know NA's stance on medication has been mixed historically – any experience of how welcoming meetings are to folks on OAT?

Grateful for any wisdom. And a reminder that the National Overdose Response Service (1-888-688-6677) is worth giving to anyone who uses alone.""",
        [],
    ),
    (
        "b19b-027",
        """Looking for reflections from anyone working with Welsh-medium schools

I'm a school counsellor employed by a local authority in north Wales. Current client is a 14-year-old boy, first-language Welsh, referred for anger and 'refusal to engage'. We're working bilingually, which has been a revelation – when he switches into English he becomes more guarded, more 'performing'. In Cymraeg he's softer and talks about home more, mostly about his taid, who is 91 and lives with the family.

The complication: he describes his form tutor, Mr Pritchard, as 'the only one who gets it', and Pritchard has been informally meeting him at break times. That's lovely in one sense, but the tutor has also been sharing details of our sessions with the head of year (with good intentions, I think). I'm having to have a careful conversation about what's shared and by whom.

Also, he's at Ysgol Glan Clwyd, which is a big place and I'm only in on Thursdays, so continuity is hard.

Current plan: keeping the work largely in Welsh, some CBT-informed anger work (the 'volcano' model, which he rolled his eyes at), and building his own words for feelings rather than borrowed English ones. Meic has been good as an out-of-hours option for him.

Questions:
- Has anyone written about language-switching in therapy with bilingual adolescents? I know Pérez Foster's work but it's older and mostly adults.
- How are people handling information sharing with school staff under the Welsh Government's school-based counselling guidance?""",
        [("91", "age"), ("Pritchard", "name"), ("Ysgol Glan Clwyd", "organisation")],
    ),
    (
        "b19b-028",
        """Ah, the annual 'what do ye all charge' thread. Here's my two cent, for what it's worth.

I'm an accredited counsellor/psychotherapist (IACP) in private practice for about nine years, mostly adults, some couples. I charge €70 for individual and €90 for couples, with a handful of reduced-fee slots that I hold for people on the medical card or on Jobseeker's. I know people in Dublin charge more and people in rural practice charge less, and I think both are defensible.

Practical stuff that took me way too long to learn:
- Counselling and psychotherapy are generally VAT exempt, but get your accountant to confirm your own situation with Revenue.
- Clients ask constantly whether they can claim tax relief through the Med 1 – check the current Revenue guidance before you say yes, it depends on who referred them.
- CORU statutory registration for counsellors and psychotherapists is coming (has been 'coming' since before I qualified 😅). Keep your CPD logs tidy now.
- Use Healthmail if you're corresponding with GPs – don't use your Gmail for clinical letters.
- Get decent professional indemnity insurance. I've never needed it, touch wood, but the year I do I'll be glad.

On the broader question of sliding scale: I do it, but I set the number of slots at the start of the year and don't go over it. Otherwise I end up resenting it by the June bank holiday, and nobody benefits from a resentful therapist.

Best of luck to everyone starting out this year.""",
        [],
    ),
    (
        "b19b-029",
        """Consult: cyberstalking victim, escalating, and what I can/can't do clinically

Outpatient psychiatrist in Quebec. Seeing a woman in her 30s with PTSD and severe anxiety in the context of ongoing harassment by an ex-partner, Mathieu, since the separation last year. She has a protection order but the harassment has moved online: anonymous emails, fake accounts, and messages to her employer.

This week she brought printouts from a friend who works in IT showing that one of the anonymous accounts logged in from 24.202.119.47, which her friend says matches the ex's home internet. She's now asking me to include this in a letter for the police. I'm very uncomfortable being the vehicle for that kind of evidence and have told her it needs to go directly to the investigating officer.

Clinically: PCL-5 of 61, significant sleep disturbance, hypervigilance, panic when her phone vibrates. On prazosin 3 mg nocte (helping with nightmares) and sertraline 150 mg. I've started CPT (Resick's manual), but it's hard to do trauma processing when the trauma is ongoing – Herman's first stage, safety, feels like where we actually are.

Questions:
- How have others handled requests to include forensic/technical evidence in clinical letters?
- Good resources for digital safety planning? I've pointed her to SOS violence conjugale and the federal Get Cyber Safe material, but neither is very hands-on.
- Should I be pausing CPT entirely until there's more safety?""",
        [("Mathieu", "name"), ("24.202.119.47", "ip")],
    ),
    (
        "b19b-030",
        """Reflection from an LGBTQ+ third-sector counselling service

We're a small charity counselling service in the north of England, and over the last year the proportion of our clients who are trans or non-binary and waiting for a first Gender Identity Clinic appointment has roughly doubled. The GIC waits quoted to our clients are in the range of five to seven years.

I wanted to share something from work with a young adult (they/them, early 20s) because I think it generalises. They came in with a CORE-34 in the severe range, a lot of dysphoria-related distress, and a sense that life was 'on hold until the clinic'. Much of our early work was about grieving the time spent waiting, and then slowly re-investing in the present: friendships, a part-time college course, a gender-affirming haircut they described as 'the first time I recognised the person in the mirror'.

Things that have helped:
- Minority stress framing (Meyer) – normalising the distress as a response to context rather than pathology.
- Self-compassion work (Neff), particularly around internalised transphobia.
- Practical support: signposting to Switchboard, the LGBT Foundation, and peer groups.

Something I'm still unsure about: how to talk about the Cass Review with clients who bring it up, given how distressing many find it. I've tried to stay curious and not position myself as either endorsing or dismissing it, but I'm not sure that's good enough.

Pride month is coming up in June and several clients have mixed feelings about it this year – celebration, exhaustion and fear all at once. Would love to hear how others are holding that.""",
        [],
    ),
    (
        "b19b-031",
        """Consult: veteran with moral injury, and handling unit-specific material

Psychologist contracted through an OSI clinic. Client is a man in his early 40s, retired infantry, deployed to Afghanistan twice. He served with 3 PPCLI and talks about the battalion constantly – his identity is still very bound up in it. PCL-5 of 52, PHQ-9 of 20. Referred by Veterans Affairs Canada; his VAC file number is 0047-3319 and the case manager has been great about approving extended sessions.

The material isn't primarily fear-based. It's guilt and shame around a specific incident involving civilians, and his sense that 'the guys who did the right thing are the ones who didn't come home'. This looks much more like moral injury (Litz et al.; Shay's *Achilles in Vietnam*) than classic PTSD, and I'm not convinced prolonged exposure is the right tool.

I've been reading Litz's *Adaptive Disclosure* and thinking about integrating it with CPT. He's also connected with a peer support coordinator through OSISS and has started going to the Legion on Friday nights, which he says helps with 'being around people who don't need it explained'.

Questions:
- Anyone used Adaptive Disclosure in a Canadian context?
- How do you manage when a client repeatedly names fellow soldiers who died? He mentions one, 'Corporal Lavoie', often. I'm careful not to write it in notes.
- Any suggestions for accessible reading on moral injury? He's not a big reader but he liked Sebastian Junger's *Tribe*.""",
        [("3 PPCLI", "organisation"), ("0047-3319", "id_number"), ("Lavoie", "name")],
    ),
    (
        "b19b-032",
        """Supervision question – cultural humility and a First Nations client who wants to include ceremony

Registered psychologist in Saskatchewan, non-Indigenous, working with a First Nations woman in her 40s. She's an intergenerational residential school survivor (both parents attended) and was herself taken into care during the Sixties Scoop era. Complex trauma presentation; we've been doing stabilisation work for about four months (emotion regulation, grounding, some narrative work).

Recently she's asked whether our work can include smudging at the start of sessions and whether an Elder from her community can join for a session. I've said yes in principle. I've checked with our clinic (smudging is permitted in one room with ventilation) and I'm reading around, but I'm very aware of my own position and don't want to do this tokenistically or get it wrong.

Things I've done:
- Re-read the TRC's Calls to Action, especially the health ones (18–24).
- Talked with our Indigenous cultural advisor about protocol – offering tobacco, honoraria, how to approach the Elder respectfully.
- Looked at the First Nations Mental Wellness Continuum Framework.

Her sessions are funded through NIHB, which has its own documentation requirements, and I'm wondering how people document cultural components in a way that respects them without over-explaining.

Passing on for anyone who needs it: the Hope for Wellness Help Line (1-855-242-3310) is available 24/7 to Indigenous people across Canada, including in Cree, Ojibway and Inuktitut.

Grateful for wisdom from anyone, especially Indigenous clinicians. Orange Shirt Day is coming up and I know it's a heavy time for her.""",
        [],
    ),
    (
        "b19b-033",
        """SOAP note – older adults psychology, session 3

S: Gentleman in his late 60s referred by the memory clinic after a MoCA of 24/30 and a diagnosis of mild cognitive impairment. Reports low mood since retirement and since the diagnosis. Says: 'I was born on Christmas Eve 1956 and I've never felt old until this year.' Wife attends sessions and is supportive. Sleep poor, appetite fine. Enjoys the garden, crosswords and the rugby on Saturdays.

O: Well dressed, some word-finding pauses. Affect congruent. GDS-15 of 8. No SI.

A: Adjustment reaction with depressive features (MCI diagnosis, role loss).

P: CBT adapted for older adults (Laidlaw et al.); CST group after Easter; signpost Alzheimer's Society and Age UK. Review GDS-15 at session 6.""",
        [("Christmas Eve 1956", "date")],
    ),
    (
        "b19b-034",
        """Reading week slump – what are other college counselling services seeing?

Counsellor in an Irish university counselling service. We always see a bump in referrals around reading week in the first semester, but this year it's been bigger. Lots of first years, many of whom came in on high CAO points and are finding the drop from 'top of the class' to 'average' hard. Also a noticeable number of international students, particularly from India and Nigeria, struggling with accommodation costs and isolation.

What we're doing:
- A single-session therapy model for the initial rush (Talmon; Hoyt), with a clear route to further sessions if needed.
- CORE-OM at intake and review; the risk items are especially useful for triage.
- Close liaison with the Students' Union welfare officer and the chaplaincy.
- A drop-in group on 'imposter feelings' on Wednesday afternoons, loosely CBT-based.

Things I'd love advice on:
- How are others managing the housing crisis piece? Students sleeping on friends' couches or commuting three hours a day – it's not a clinical problem, but it's driving a lot of the distress.
- Any experience using SilverCloud or similar online CBT in a college setting – does it help with waitlists?

Niteline and the 50808 text line are in all our email signatures now, along with the Samaritans number (116 123). We're also doing a push before the Christmas exams around sleep and alcohol.""",
        [],
    ),
    (
        "b19b-035",
        """Consultation – anxiety, shift work and a client whose car has become his safe place

Counselling psychologist, private practice in the east of Scotland, seeing a man in his late 20s. He works night shifts as a picker at the Amazon fulfilment centre in Dunfermline, and he's been struggling with panic, poor sleep and a growing dependence on energy drinks (five or six a day). GAD-7 16, PDSS 14, ISI 21.

The interesting piece: his car has become his safe place. He sits in it before and after every shift, sometimes for an hour, and he told me he keeps a note of his reg (SN19 KXT) on his phone in case he 'forgets which one's his' when he's panicking in the car park – which he realised in session sounds like a safety behaviour in itself. We laughed, which was good.

Plan:
- CBT for panic (Clark), with behavioural experiments around leaving the car sooner.
- CBT-I for sleep, adapted for shift work – this is where I'd love advice.
- Psychoeducation about caffeine and sleep architecture.

Questions:
- Has anyone adapted CBT-I for rotating nights? The standard sleep restriction protocol assumes a stable schedule.
- Any good resources for shift workers? I've looked at Sleepio but I'm not sure it's designed for this.

He's also asked about medication. I've suggested he talk to his GP, though he's wary of anything that might make him drowsy at work.""",
        [("Amazon", "organisation"), ("Dunfermline", "place"), ("SN19 KXT", "id_number")],
    ),
    (
        "b19b-036",
        """ED consult – medical risk vs therapy readiness

Clinical psychologist in an adult community eating disorders service in England. Client is a woman in her early 20s with restrictive anorexia nervosa, BMI currently 15.4 and dropping slowly over the last six weeks. She's been offered CBT-E (Fairburn) and is engaging in sessions, but the weighing is a battleground every week.

The MEED guidance (which replaced MARSIPAN) is clear that her physical risk needs regular monitoring, and our medical monitoring clinic has flagged her amber: heart rate of 44 at the last check, and some difficulty on the sit-up-squat-stand test. She's adamant she doesn't need a day programme or admission.

What I'm weighing:
- Continuing CBT-E with tighter medical monitoring and a clear 'if X then Y' plan agreed in advance.
- Switching to MANTRA (Schmidt et al.), which some clients find less threatening early on.
- Being honest that if her BMI falls below the threshold we agreed, we'll be recommending a higher level of care.

Her EDE-Q global is 4.6. She's very bright, loves running, and is terrified of 'losing control'. I've recommended the Beat helpline for between-session support and lent her Christopher Freeman's *Overcoming Anorexia Nervosa*.

Has anyone used a written 'contract' approach with good results? I've seen it go badly, but I've also seen it give clients a sense of predictability.""",
        [],
    ),
    (
        "b19b-037",
        """EAP short-term counselling – employer wants an update and I'm not sure what to give

Counsellor with an EAP provider in Canada. Client is a letter carrier with Canada Post, off on stress leave after a dog bite on his route and a subsequent dispute with his supervisor. I'm seeing him for the standard 6 sessions. PCL-5 of 38, mostly avoidance and hyperarousal – he's now anxious around any dog, which is a problem when your job is walking up to people's houses.

He emailed me (from dkowalczyk.home@outlook.com, his personal address) asking if I could provide a letter to his manager confirming he needs a graduated return. His HR rep also emailed me directly asking for 'an update on his progress' – which I obviously can't give without his written consent, and even then our EAP contract limits it to attendance.

Clinical plan: trauma-focused CBT with graded exposure to dogs (pictures, then videos, then a calm dog at a friend's house). He's responded well. He's also started taking his daughter's dog, Rosie, for short walks around the block, which has been a big step.

Questions:
- How do others handle graduated return-to-work letters from an EAP context? Is this out of scope and something his family doctor should write?
- Any good resources on dog phobia after a bite specifically? The usual specific phobia materials are fine, but the trauma piece is different.

Also, for anyone in a similar role: the provincial workers' compensation board may be relevant if the injury happened at work, which it did. I've encouraged him to check with his union.""",
        [
            ("Canada Post", "organisation"),
            ("dkowalczyk.home@outlook.com", "email"),
            ("Rosie", "name"),
        ],
    ),
    (
        "b19b-038",
        """Closing the case – takeaways from an ERP treatment that went better than I expected

Closing out with a client (late 30s, high school teacher) after 18 sessions of ERP for contamination OCD. Sharing takeaways, partly for my own reflection and partly because I learned a lot.

Numbers: Y-BOCS 28 at intake, 9 at discharge. OCI-R from 41 to 12. On fluvoxamine 200 mg throughout (prescribed by his psychiatrist, stable dose).

Takeaways:
1. Inhibitory learning (Craske et al.) changed how I did exposures. We stopped waiting for habituation and focused on violating expectancies. He said this made it feel 'less like endurance and more like learning'.
2. The hierarchy was a guideline, not a staircase. Variability helped.
3. Family accommodation was huge. A joint session with his spouse using the FAS was probably the single most useful thing we did.
4. Reading helped him: Jonathan Grayson's *Freedom from Obsessive Compulsive Disorder*, and later Lee Baer's *The Imp of the Mind* for the intrusive-thought piece that emerged.
5. Relapse prevention around predictable stressors: March Break and the first weeks of the school year, when 'everyone's sick and sharing germs'.

What I'd do differently: bring the family in earlier, and not underestimate how much shame there was about the rituals.

He also found the International OCD Foundation resources and a Canadian online peer support group really helpful. Worth passing on.""",
        [],
    ),
    (
        "b19b-039",
        """Wee bit of advice needed – P7 girl, transition worries and a dead hamster

I work as a school counsellor through the local authority's counselling in schools programme here in Scotland. Seeing a P7 girl who's very anxious about moving up to secondary after the summer. Her SDQ is elevated on emotional symptoms and peer problems, and she's been having stomach aches most mornings.

This week the big news was that her hamster, Toffee, died at the weekend. She was devastated and spent most of the session drawing him. We used it to talk about endings more broadly – leaving primary, and leaving her class teacher, Mrs Mhairi Lennox, who she adores and who 'always knows when I'm sad'.

She's going to St Margaret's Academy in August, and her big brother Callum is already there and has apparently told her horror stories about the first-year toilets. 🙄

Plan:
- Transition work: enhanced visits, a transition booklet, meeting a guidance teacher early.
- Anxiety psychoeducation pitched for an 11-year-old (Huebner's *What to Do When You Worry Too Much* is a hit).
- Grief work around the hamster as a 'practice' for bigger endings.

Question for others in schools: how much do you involve the class teacher in transition planning? Mrs Lennox has offered to write her a letter for the first day, which I think would be lovely, but I want to check it's not overstepping.

Also, any recommendations for books about pet loss at this age? I've got *The Invisible String* by Patrice Karst but wondered about others.""",
        [
            ("Toffee", "name"),
            ("Mhairi Lennox", "name"),
            ("Lennox", "name"),
            ("St Margaret's Academy", "organisation"),
            ("Callum", "name"),
        ],
    ),
    (
        "b19b-040",
        """Prison in-reach – transfer under s.48 and the waiting game

Mental health nurse on a prison in-reach team in a Category B local in England. We have a man in his early 30s on remand who's been increasingly psychotic for about three weeks: paranoid delusions about staff poisoning his food, not eating, pacing, responding to voices. He's on an open ACCT (Assessment, Care in Custody and Teamwork) and on constant observations as of yesterday.

Two section 12 doctors have assessed him and both agree he meets criteria for transfer to hospital under section 48/49 (he's on remand, not sentenced, so it's 48 rather than 47). The referral has gone to the secure service, and the Ministry of Justice's Mental Health Casework Section have been responsive. The issue is the bed. The 28-day target from referral to transfer isn't being met anywhere, from what I can tell.

Meanwhile:
- He's refusing oral antipsychotics (risperidone offered, refused), and we can't treat without consent in prison.
- The Listeners (Samaritans-trained prisoners) have been great, but he's too paranoid to engage with them right now.
- His family are very worried and phone daily; we've asked him for consent to share but he's declined.

Question for other in-reach teams: what have you found works to escalate when the 28-day target is breached? We've gone through NHS England's commissioning route, but it feels like shouting into the void.

A couple of things that have helped us in the past, for anyone newer to in-reach:
- Keeping a dated chronology of every contact with the receiving service, every escalation and every refusal. When it goes to the commissioners it's the chronology that moves things, not the clinical narrative.
- Getting the prison healthcare GP to document physical deterioration separately (weight, fluids, obs), since 'not eating' lands differently when it's a NEWS2 score than when it's a line in a mental health note.
- Involving the Safer Custody team early – they have their own escalation routes and the ACCT reviews create a paper trail that's hard to ignore.
- Quoting the transfer good practice guidance (the 2021 revision) back at people.

I'm also conscious of how this is affecting the officers on the wing. Several of them have been brilliant with him – patient, gentle, sitting outside the door – and they're exhausted. We've offered a reflective debrief on Friday afternoon.

Also flagging the Prison Reform Trust's advice line for families, which has been useful to signpost.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b19b"}
        for doc_id, text, items in DOCS
    ]
