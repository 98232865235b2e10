"""Blind batch train6a, written by a helper session for the Practica PHI guard evaluation. Voices:
clinicians in consultation-group threads, supervision groups, reflective-practice posts and
journal-club summaries across the US, UK (England, Scotland, Wales), Ireland, Canada, Australia
and New Zealand. Replies are dense with cited authors (surnames, possessives, "X and Y on ...",
"(X, 2019)", "X et al."), book titles, named models, trainings, workshops and podcasts. The 24
identifier documents have a clinician slip a client's or relative's name, suburb, street,
school, employer, date, age over 89, handle, email, phone or ID number
(NHS/CHI/Medicare/OHIP/SIN/IRD/NHI/ Medicaid/court/claim/student numbers, plates, Eircodes,
postcodes) into the discussion; the 32 clean documents stay de-identified while leaning on look-
alikes (authors, instruments, codes, meds, holidays, generic places, brands, programme names).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard as it was just after a7c6ae1: span recall 0.970, precision 0.378,
identifier documents fully caught 0.875, clean documents flagged 0.969.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "t6a-001",
        """Re: client stuck in a shame loop after a DUI

Reading your post I kept thinking of Brené Brown's distinction between guilt and shame (Daring Greatly is honestly a decent client handout), and Tangney & Dearing's older work on shame-proneness predicting externalizing. Kaufman's The Psychology of Shame if you want the deeper dive.

I had something very similar last year: a 34yo who'd lost his license after a crash just outside Poughkeepsie, and the Dutchess County case (docket 2022-CR-0417) kept him in a perpetual state of being evaluated. What shifted things was Gilbert's compassion-focused work, specifically the three-systems model drawn on a whiteboard. He told me his sister Marisol was the only one who didn't treat him like a criminal, so we borrowed her voice as the compassionate other.

Re: your question on readiness, Miller & Rollnick 4th ed. has a chapter on ambivalence about identity that fits better than stages-of-change. Prochaska's model gets overused imo. PHQ-9 tracking might also help you show him movement he can't feel yet.""",
        [
            ("Poughkeepsie", "place"),
            ("Dutchess County", "place"),
            ("2022-CR-0417", "id_number"),
            ("Marisol", "name"),
        ],
    ),
    (
        "t6a-002",
        """## Journal club - epistemic trust (Fonagy et al.)

Summary for those who couldn't make Thursday's call. We read Fonagy, Luyten & Allison (2015) on epistemic petrification in BPD, alongside chapters 3-4 of Bateman and Fonagy's MBT manual.

Points raised:
- Epistemic mistrust as a developmental adaptation rather than a deficit (links back to Bowlby and to Crittenden's DMM)
- Whether MBT's "not-knowing stance" is meaningfully different from Rogers' unconditional positive regard. The consensus was yes, mostly in how the therapist marks their own mental states out loud
- The CORE-OM data in the original RCT were underpowered for the secondary outcomes, so be cautious quoting them to commissioners
- Luyten's 2020 update and the "we-mode" idea, which several of us found more clinically usable than the original papers
- A side conversation on whether the NICE guidance for personality disorder will ever catch up

Next month: Lyons-Ruth on disorganised attachment and hostile-helpless states of mind. Please read the 2005 paper plus Liotti's commentary if you can get it through the Athens login. Bring one anonymised vignette each, two lines max.""",
        [],
    ),
    (
        "t6a-003",
        """Bringing this to group supervision because I'm a bit stuck.

16F referred by the school counsellor at Mount Gravatt State High after a disclosure about her stepdad. She's been living with her nan in Carina since the disclosure and the Child Safety investigation is ongoing. I've been leaning on Kim Golding's PACE framework and a fair bit of Dan Hughes (Building the Bonds of Attachment lives on my desk at this point).

The sticking point: Mum has asked me to ring her on 0431 227 806 after every session to "stay in the loop". It feels like it's pulling me into a triangle and Minuchin would have a field day. Mum is also ambivalent about the allegation which makes the whole thing more loaded.

K10 was 34 at intake, now 29. She engages well with the sandtray but goes flat whenever family comes up. Any thoughts from those who've done DDP Level One on how to hold the parent relationship without becoming the messenger? Also open to reading recs, I've got Golding's Everyday Parenting with Security and Love on order.""",
        [
            ("Mount Gravatt State High", "organisation"),
            ("Carina", "place"),
            ("0431 227 806", "phone"),
        ],
    ),
    (
        "t6a-004",
        """Replying to the thread on "stuck" couples.

Honestly I'd go back to Sue Johnson before reaching for anything fancier. Hold Me Tight is still the one I hand to couples, and the externship reframed the pursue-withdraw cycle for me as an attachment protest rather than a communication problem. Greenberg's emotion-focused work sits underneath all of it if you want the theory.

Where I find EFT thin is with the affair recovery piece. Perel's Mating in Captivity and The State of Affairs fill that gap, and her podcast Where Should We Begin? is a masterclass in pacing. I also still use Gottman's Four Horsemen as psychoeducation because couples remember "stonewalling" better than "withdrawer de-escalation".

For the couple you describe (both in their forties, two kids, practice in a mid-sized city in Southern Ontario) I wonder whether the PHQ-9 scores are telling you one partner is depressed enough that the couples frame is premature. Worth a separate individual check-in. And don't underestimate the holiday factor: Thanksgiving with the in-laws derails more stage 1 work than any technique error.""",
        [],
    ),
    (
        "t6a-005",
        """Reflective practice post: what I'm noticing about my own supervision

I've been sitting with Hawkins and Shohet's seven-eyed model this month, mostly mode 6 (the supervisor's own process). A few things came up.

First, I notice I drift to mode 1 (content) whenever I'm anxious about risk. Schön would call that the gap between espoused theory and theory-in-use. Second, our team's use of Gibbs' reflective cycle has become a bit of a tick-box exercise; people write the "Feelings" section in one line.

Third, and this is the bigger one for me as a Pākehā practitioner in Aotearoa: I've been revisiting Mason Durie's Te Whare Tapa Whā and realising how often my formulations are all taha hinengaro and almost no taha wairua or taha whānau. Kaupapa Māori supervision is not something I can tick off by reading, and cultural supervision with someone outside my line is overdue.

Questions for the group: does anyone use Proctor's normative/formative/restorative functions as a structure for peer supervision? And has anyone found a way to make reflective writing less performative when it's tied to registration? The Psychologists Board requirements seem to produce a lot of polished, empty reflection.""",
        [],
    ),
    (
        "t6a-006",
        """Journal club write-up: Ehlers & Clark (2000) and the trauma-memory update

We reread the cognitive model alongside Murray, Merritt and Grey's paper on the site visit, then the Ehlers et al. (2014) intensive CT-PTSD trial. Main themes:

- Updating hotspots vs. prolonged exposure: Foa's habituation account and Ehlers' meaning-update account predict different things for the "I'm going to die" hotspot
- Stimulus discrimination as the underused component
- PCL-5 vs IES-R as outcome measures in routine NHS Talking Therapies data

My contribution was a case example, so forgive the detail. I tried the site visit last month with a client: we went to the junction on Coldharbour Lane in Brixton where he was assaulted on 22/11, and he noticed for the first time that the shop he remembered as closed was open, which cracked the "nobody would have helped" appraisal. He'd been signed off from Lambeth Council since the assault and returned on a phased basis two weeks after the visit.

Grey's book Psychological Interventions for Trauma remains the best practical companion if you're new to CT-PTSD.""",
        [
            ("Coldharbour Lane", "place"),
            ("Brixton", "place"),
            ("22/11", "date"),
            ("Lambeth Council", "organisation"),
        ],
    ),
    (
        "t6a-007",
        """Thread: what actually helps with burnout? (books, pods, trainings)

Adding to the list since a few people asked.

Books: Skovholt's The Resilient Practitioner is the one I return to. Laura van Dernoot Lipsky's Trauma Stewardship for the secondary trauma piece. Figley's Compassion Fatigue is older but the concept holds. Maslach and Leiter's The Truth About Burnout explains why self-care advice misses the organizational drivers.

Podcasts: The Thoughtful Counselor, and the Therapist Uncensored episodes on therapist attachment styles. Hidden Brain occasionally does something relevant.

Trainings: the ProQOL is free and worth taking every quarter; my compassion satisfaction subscale has been the early warning sign, not the burnout one. I did a CE workshop on moral injury (Litz's framework) that reframed a lot of what I'd been calling burnout in my community mental health years.

And for those carrying suicide risk cases: remember you can call 988 yourself if you need to. Clinicians are not exempt. Take the PTO, don't schedule 90837s back to back all day, and find a peer group that isn't also your billing team.""",
        [],
    ),
    (
        "t6a-008",
        """Consultation: complicated grief, widowed client, second year after the death

Looking for some thinking on a woman in her sixties whose husband Donal died on the 3rd of January last year after a short illness. She's managing the practical side well, back at her job in Dunnes Stores, but she's stuck on the idea that moving the wardrobe in the bedroom would be "killing him again". She still drives the long way round Ennis to avoid the hospital.

I've been using Worden's tasks as a loose structure and the Stroebe & Schut dual process model to normalise the oscillation. Klass, Silverman and Nickman's continuing bonds work has been more useful than anything about "letting go". I also keep thinking of Pauline Boss on ambiguous loss, though here the loss isn't ambiguous at all, just unbearable.

PG-13 score is above threshold. She's declined referral for medication review.

Question: has anyone used Shear's complicated grief treatment (the imaginal revisiting piece) in a community setting? The structure looks good on paper but I'm wary of the intensity. Kessler's Finding Meaning is what she's reading on her own and she says it's the first book that "didn't insult her".""",
        [
            ("Donal", "name"),
            ("3rd of January", "date"),
            ("Dunnes Stores", "organisation"),
            ("Ennis", "place"),
        ],
    ),
    (
        "t6a-009",
        """Supervision post: ACT with a client who "does" acceptance perfectly

Bit of a paradox case. Client is a high-achieving professional, Medicare Mental Health Treatment Plan, ten Better Access sessions. She's read The Happiness Trap cover to cover and can recite defusion exercises better than I can. DASS-21 hasn't budged: depression in the severe range, stress extremely severe.

My sense is she's using ACT as experiential avoidance in disguise, which Harris actually warns about in ACT Made Simple. Hayes, Strosahl and Wilson talk about "acceptance as a tactic" being just another control strategy. Kevin Polk's matrix might help her notice the away moves, including the ones that look like values work.

Things I'm considering:
- Dropping the metaphors entirely and doing more present-moment work in session
- Using the Valued Living Questionnaire to surface the gap between stated and lived values
- Slowing down; we've been racing through the hexaflex like a syllabus

Also, practical note: item 80010 vs 80110 confusion on the referral, sorted now. Lifeline 13 11 14 and the safety plan are on file, risk is low but I check every session. Would love thoughts from anyone who's seen the "ACT-fluent client" thing before.""",
        [],
    ),
    (
        "t6a-010",
        """Echoing the others: Linehan's biosocial theory is the frame I'd use here, especially the invalidating-environment piece, but I'd be careful about casting the parents as villains. Alan Fruzzetti's work on family validation and Perry Hoffman's Family Connections programme are both built on the idea that families need skills too, not blame.

For practical stuff, Rathus and Miller's adolescent DBT manual has the Walking the Middle Path module, and it's the only part of the skills curriculum that the parents in my groups consistently rate as useful.

A cautionary note from my own caseload: boundaries with parents get slippery fast. My 17-year-old client's mum found my work address and started emailing me from dinah.rousseau@videotron.ca with full session-by-session questions, copying in the counsellor at Cégep de l'Outaouais. I had to go back to the team with it and we drafted a consent-based communication plan. Worth setting that up at intake rather than after.

DERS-16 is a decent repeated measure if you want something shorter than the full DERS. And Koerner's Doing DBT is a must for the consult team side.""",
        [("dinah.rousseau@videotron.ca", "email"), ("Cégep de l'Outaouais", "organisation")],
    ),
    (
        "t6a-011",
        """Journal club notes: the polyvagal debate

We paired Porges' (2011) The Polyvagal Theory with Grossman's (2023) critique in Biological Psychology, then Deb Dana's Anchored as an example of the clinical translation.

Summary of where the group landed:
1. The neuroanatomy claims about the dorsal vagal complex and "unique to mammals" ventral vagal circuitry are contested; Grossman and Taylor make a strong case that respiratory sinus arrhythmia doesn't index what Porges says it does.
2. The clinical language ("ventral", "sympathetic mobilisation", "dorsal shutdown") is nonetheless useful to clients as metaphor. Several people argued that's fine if we're honest that it's a metaphor.
3. The Safe and Sound Protocol evidence base is thin. Kolacz et al. is mostly pilot data.
4. Stephen Porges' responses to critics tend to reframe rather than rebut.

We wondered how this lands in NHS Talking Therapies where the offer is protocol-driven CBT and outcomes are GAD-7 and PHQ-9 anyway. A client with a PHQ-9 of 15 isn't going to care which branch of the vagus nerve is doing what.

Next session: van der Kolk's The Body Keeps the Score and the controversies around it, plus Herman's Trauma and Recovery as counterweight.""",
        [],
    ),
    (
        "t6a-012",
        """Re: ERP stalling with a contamination OCD client

A few thoughts from someone who lived in the OCD world for a decade.

1. Check whether you're running exposure on a habituation model. Craske et al. (2014) on inhibitory learning changed how I structure hierarchies: variability, expectancy violation, and dropping the SUDS-must-come-down criterion.
2. Look for covert neutralising. Abramowitz's work on mental compulsions and Foa & Kozak's original emotional processing paper both flag this.
3. Y-BOCS of 28 after 12 sessions with good adherence makes me wonder about family accommodation; the FAS is quick to give.

Reading: Baer's The Imp of the Mind if there's any intrusive-thoughts component, Grayson's Freedom from OCD for clients, and Jon Hershfield's work on mindfulness in ERP.

Meds: if your client is on fluvoxamine 200 mg and sertraline hasn't been tried, that's worth a conversation with the prescriber. The IOCDF conference has a great Behavior Therapy Training Institute if you can get your agency to pay. F42.2 diagnosis is fine for insurance; I've never had a denial on ERP as long as the treatment plan shows measurable Y-BOCS targets.""",
        [],
    ),
    (
        "t6a-013",
        """Supervision question: "problematic gaming" or just a 15-year-old?

Parents are pushing for an IGD diagnosis and the kid is pushing back hard. I've been reading Gentile's longitudinal work and the Kardefelt-Winther et al. critique of pathologising high engagement. Also Odgers' review of The Anxious Generation, which is a useful antidote to Haidt if parents have read the book.

Details that matter (and I realise I'm over-sharing, will trim before the group): he plays ranked Valorant under the tag Valk_Ry3n and has a decent following, which is part of his identity. School is Evanston Township High School, grades slipped since spring. Dad works long hours at Abbott and only sees the gaming, not the friendships. Older brother Demetrius is away at college and was the one who used to co-regulate with him.

Screening: IGDS9-SF is elevated but the functional impairment items are mostly about parental conflict, not gaming itself. SCARED is in the anxious range.

I'm thinking a Barkley-style parent component plus some MI with him. His birthday is June 9th and there's a negotiation about a new PC as a gift, which could be leverage or a landmine.""",
        [
            ("Valk_Ry3n", "handle"),
            ("Evanston Township High School", "organisation"),
            ("Abbott", "organisation"),
            ("Demetrius", "name"),
            ("June 9th", "date"),
        ],
    ),
    (
        "t6a-014",
        """Reply: phase-oriented treatment and structural dissociation

I'd push back gently on skipping stabilisation here. Herman's three stages in Trauma and Recovery, and the ISSTD guidelines, both argue for safety and stabilisation first when dissociation is this prominent. The Van der Hart, Nijenhuis and Steele model (The Haunted Self) gives you the ANP/EP language, and Kathy Steele's later work with Boon and Van der Hart, Coping with Trauma-Related Dissociation, is a skills manual you can actually use in session.

Janina Fisher's Healing the Fragmented Selves of Trauma Survivors bridges that with IFS-style parts language, which many clients find less pathologising than "alters". Schwartz's No Bad Parts is more accessible but, in my view, underplays the risk of destabilising someone with a DES-II in the 40s.

Courtois and Ford's Treatment of Complex Trauma is the best overview if your supervisor wants a citation. The MDI is worth doing too; it differentiates depersonalisation from identity dissociation better than the DES.

And I'd hold off on EMDR phase 4 until there's a solid window of tolerance (Siegel) and the client can track their own states between sessions.""",
        [],
    ),
    (
        "t6a-015",
        """Case consult: perinatal, first-time mum, intrusive harm thoughts

Winnicott's primary maternal preoccupation and Stern's motherhood constellation have been my framing, and I keep returning to Fraiberg's Ghosts in the Nursery because the intrusive images are clearly about her own mother. Joan Raphael-Leff's facilitator/regulator distinction also fits her.

Background: EPDS of 19 at six weeks postnatal, item 10 scored 1. Intrusive thoughts of dropping the baby down the stairs, no intent, lots of avoidance (won't carry Isla on the landing). She was delivered at the Royal Alexandra Hospital after a long labour, and the baby was born on the 2nd of August. Perinatal team are involved; she lives in Paisley so we're sharing care across two boards.

Admin slip I need to flag: the referral letter I attached to the team drive still had her CHI, 120387 4412, on it, and I've now redacted it.

Question: Challacombe's work on perinatal OCD (the Break Free from OCD mum-and-baby adaptation) vs a more relational approach. Has anyone combined the two? I worry CBT-only misses the intergenerational layer.""",
        [
            ("Isla", "name"),
            ("Royal Alexandra Hospital", "organisation"),
            ("2nd of August", "date"),
            ("Paisley", "place"),
            ("120387 4412", "id_number"),
        ],
    ),
    (
        "t6a-016",
        """Reflective post: hate in the countertransference

I'm bringing this to the group because I felt something close to contempt for a client this week and I want to think about it rather than act it out.

Winnicott's Hate in the Counter-Transference (1949) is the obvious starting point: the analyst's objective hate, and the need to keep it rather than deny it. Heimann (1950) reframed countertransference as an instrument, not an obstacle. Racker's complementary vs concordant identifications help me see that the contempt might be his, not mine: I'm being invited into the role of the dismissive parent.

Casement's On Learning from the Patient has the "internal supervisor" idea, which is what I'm trying to build. And Searles on the therapist's wish to cure, which I suspect is the real culprit here: he's not getting better and I'm resenting him for exposing my limits.

Practical stuff: no change to the risk picture, CORE-10 stable at 22. We have a break coming around St Patrick's Day and I'm going to use it to consult with my own supervisor before we resume.

Has anyone found a way to name this kind of thing in session without it becoming an enactment itself?""",
        [],
    ),
    (
        "t6a-017",
        """Journal club: group schema therapy (Farrell, Shaw & Webber, 2009)

Brief summary: 32 women with BPD, 30 sessions of group ST added to TAU, large effect on BPDSI and very low dropout. Young's mode model underpins it, and Arntz's later multicentre trial tempered the effect sizes but confirmed the direction.

Discussion points:
- The "healthy adult" mode is operationalised much better in the group version
- Limited reparenting in a group context: how do you avoid the strongest voice becoming the de facto parent?
- YSQ-S3 vs SMI as process measures

I'll also own a mistake here since it's relevant to group work: when I scanned a client's GP referral into the group's shared notes for the case discussion, her Medicare number (4273 61958 2) went in with it. It's been removed and logged. She's a nurse at Westmead and was understandably worried about colleagues in the group recognising her, which also sparked a useful conversation about healthcare workers in schema groups generally. Her partner Ahmad has been supportive of her attending.

Reading for next time: Jacob & Arntz, Schema Therapy in Practice, chapters on the punitive parent mode.""",
        [("4273 61958 2", "id_number"), ("Westmead", "organisation"), ("Ahmad", "name")],
    ),
    (
        "t6a-018",
        """DBT consult team minutes (adolescent program)

Agreements reviewed: phenomenological empathy, consistency, observing limits, fallibility. We read the fallibility agreement aloud after last week's tension.

Didactic (15 min): Koerner's Doing DBT chapter on chain analysis, with a focus on identifying the "link" that's most changeable rather than the most dramatic. Rathus & Miller's framing of the Walking the Middle Path module for parents.

Therapist updates:
- T1 brought a client with rising BSL-23 and two episodes of NSSI over the Fourth of July weekend. Team validated the burnout and problem-solved coaching-call limits. Linehan's observing-limits stance was emphasised.
- T2 asked about a client whose DERS-16 scores are dropping but diary cards show more target behaviors. Team wondered about reporting bias and suggested behavioral assessment over self-report.
- T3 raised billing: Medicaid keeps denying 90853 for multi-family skills groups. Admin is appealing; 90837 individual claims are fine.

Next week: Miller, Rathus and Linehan on validation levels 1-6, and a role play of the "therapist-interfering behavior" target since several of us are late with notes again.""",
        [],
    ),
    (
        "t6a-019",
        """Neurodiversity-affirming practice - reading list and some reflections

Following on from the training day, here's what I've found useful.

Damian Milton's double empathy problem is the foundational idea: communication breakdowns between autistic and non-autistic people are mutual, not a deficit in the autistic person. Crompton et al. (2020) gave it some experimental support. Pellicano and den Houting on shifting the research paradigm.

On masking: Devon Price's Unmasking Autism is popular with clients, and Hull et al.'s CAT-Q is a decent measure. Bargiela, Steward & Mandy (2016) on late-diagnosed women is essential reading if you work in adult services.

On assessment: the AQ-10 is a screen, nothing more. RAADS-R has false positive issues in people with trauma histories. ADOS-2 is still the gold standard but the NHS waiting list for adult assessment is years long in most areas.

Reflection: I realised I was pathologising stimming in one formulation because it "looked like anxiety". Sometimes it is. Often it isn't. The shift from "reducing symptoms" to "reducing distress and increasing access" has been the biggest change for me.

Anyone got recommendations for podcasts with autistic hosts?""",
        [],
    ),
    (
        "t6a-020",
        """Kia ora koutou, bringing an ED case for consult.

17-year-old, restrictive AN, now medically stable after a stay on the ward at Starship. FBT (Lock & Le Grange) is the plan, but the family is stretched: mum works shifts and her older sister Aroha has taken on most of the meal support, which worries me in terms of burden.

She's back at Rangitoto College part time. The school has been great but the PE department keeps asking about "safe exercise" and I don't know what to tell them. Lives in Takapuna so the family is close enough to come in weekly.

Outcome tracking: EDE-Q global 4.2, down from 5.1. Weight restoration is on track per the paediatric team.

Practical slip I should mention: her NHI, ZKC4721, was included in the case summary I circulated to the peer group last week; please delete that version.

Reading I'm drawing on: Fairburn's CBT-E for the older adolescent adaptation if FBT stalls, Treasure's New Maudsley carers' skills for the sister, and the Schmidt MANTRA materials if it becomes a longer course. Anyone in the motu running sibling-support groups?""",
        [
            ("Starship", "organisation"),
            ("Aroha", "name"),
            ("Rangitoto College", "organisation"),
            ("Takapuna", "place"),
            ("ZKC4721", "id_number"),
        ],
    ),
    (
        "t6a-021",
        """Podcast and book round-up from the Canadian peer group (winter edition)

Podcasts:
- The Trauma Therapist Podcast with Guy Macpherson, great for hearing how different clinicians think about the same problem
- Therapist Uncensored (Sue Marriott and Ann Kelley) for attachment and neuroscience
- All in the Mind from the ABC, surprisingly relevant
- Where Should We Begin? for anyone doing couples work

Books people are reading:
- Wampold and Imel's The Great Psychotherapy Debate (common factors, again)
- Gabor Maté's The Myth of Normal, which sparked a good argument about whether everything is trauma
- Lisa Feldman Barrett's How Emotions Are Made
- Jonathan Shedler's papers on psychodynamic efficacy

Trainings people recommended: IFS Level 1 (waitlist is long), the Gottman Level 2, and PESI's online CPT workshop for those wanting a cheaper route to CEUs. Someone mentioned the Canadian Psychological Association's webinar series is free for members.

We also agreed to read Miller, Hubble and Duncan on feedback-informed treatment before the next meeting and talk about whether anyone actually uses the ORS/SRS routinely.""",
        [],
    ),
    (
        "t6a-022",
        """Supervision: the friend group is the presenting problem

15-year-old, 5th year at Loreto Beaufort, referred for low mood and school refusal. The core of it seems to be a falling-out with her closest friend Saoirse that's been playing out in group chats. Mum gave me their home Eircode, D14 K7P3, on the intake form because she wants me to do a home visit, which I'm not going to do, but I'm now holding that on file.

Theory I'm using: Dan Siegel's Brainstorm for the adolescent brain framing (she loved the "hand model"), Dweck's growth mindset stuff is less useful than I'd hoped. Lisa Damour's Untangled has been good for mum. Relational aggression research (Crick & Grotpeter) helps me not minimise what's happening between the girls.

RCADS is elevated on depression and social anxiety. No self-harm disclosed.

What I'm stuck on: she wants me to tell her what to say to Saoirse. I keep reflecting it back and she keeps getting frustrated. Is there a point where giving direct advice is the attuned response? Lieberman's work on "affect labelling" says naming the feeling helps, but she already knows what she feels.""",
        [("Loreto Beaufort", "organisation"), ("Saoirse", "name"), ("D14 K7P3", "place")],
    ),
    (
        "t6a-023",
        """Journal club: Perry's Neurosequential Model

We read Perry and Szalavitz, The Boy Who Was Raised as a Dog, chapters 1 and 3, then Perry's (2009) paper on the NMT in Journal of Loss and Trauma. A few of us had also read What Happened to You? (Perry and Winfrey), which is easier to give to carers.

Summary:
- Regulate, relate, reason as a sequence rather than a menu. Everyone agreed this has been the most transferable idea for schools
- NMT Metrics are proprietary and the training is expensive; one member has done Phase I certification and found the brain-mapping useful, others were sceptical about the neurodevelopmental "age" estimates
- The evidence base is mostly practice-based; few controlled trials
- Links to Bruce Perry's dosing idea: short, frequent, rhythmic regulation beats one long session

Application: many of us work with kids in out-of-home care, and the Berry Street Education Model training draws heavily on the same principles. The Trauma-Informed Positive Education work from Brunzell, Stokes and Waters is also worth a look.

For the next session: Bessel van der Kolk's developmental trauma disorder proposal and why DSM-5 didn't adopt it. Bring your questions about the SDQ too.""",
        [],
    ),
    (
        "t6a-024",
        """Couples consult: both partners say "we're just roommates now"

I've been working with Priyanka and Marcus for about four months. Gottman's Sound Relationship House has been the main frame: the friendship floors are basically empty. Perel's point that desire needs distance feels relevant but they have plenty of distance, just no curiosity.

Context: he's an engineer at Boeing and does long stretches of overtime; they moved to Renton for his job and she lost her community. Their daughter Anya started kindergarten this fall, and both say that's when the "roommate" thing set in. Their anniversary is October 14th and neither wants to plan anything, which feels diagnostic.

What I've tried: Stan Tatkin's PACT couple bubble exercises (Wired for Love), Terry Real's relational life therapy ideas about grandiosity vs shame, Sue Johnson's EFT cycle de-escalation. The Gottman Relationship Checkup flagged low fondness and admiration.

Question for the group: when a couple presents this flat, do you go toward the conflict or toward the friendship first? I keep trying to build positive sentiment override but it feels like talking into a void.""",
        [
            ("Priyanka", "name"),
            ("Marcus", "name"),
            ("Boeing", "organisation"),
            ("Renton", "place"),
            ("Anya", "name"),
            ("October 14th", "date"),
        ],
    ),
    (
        "t6a-025",
        """Self-disclosure and boundary crossings: a thread for trainees

Following the discussion in group supervision, here are a few touchstones.

Gabbard and Lester's Boundaries and Boundary Violations in Psychoanalysis is the classic distinction between crossings (sometimes helpful) and violations (exploitative). Lazarus and Zur's Dual Relationships and Psychotherapy argues rigid boundaries can themselves harm, especially in rural and small-community settings. Both are worth reading against each other.

On self-disclosure specifically: Hill and Knox's reviews suggest infrequent, brief, client-focused disclosure is associated with better alliance. Yalom's The Gift of Therapy takes a more open stance that many trainees find liberating and supervisors find alarming.

Professional body guidance: the BACP Ethical Framework for the Counselling Professions, the UKCP code, and the HCPC standards all cover this but differ in emphasis.

Concretely, in the UK context: a client seeing you in the supermarket over Christmas is a crossing you can't avoid. Accepting a Facebook friend request is a crossing you can. Sending a card when a client's parent dies is debatable and worth bringing to supervision.

Add your own examples (anonymised please).""",
        [],
    ),
    (
        "t6a-026",
        """Re: "Do I need the advanced EMDR trainings?"

Short answer: not to be competent, but some of them changed my practice.

- Shapiro's 8-phase protocol from the basic training is the backbone; don't skip phases 1-3
- Laurel Parnell's attachment-focused EMDR (AF-EMDR) was the most transformative for my complex trauma clients; resource tapping before reprocessing
- Deborah Korn and Andrew Leeds on resource development and installation; Leeds' A Guide to the Standard EMDR Therapy Protocols is the best reference book
- Jim Knipe's "Loving Eyes" and the level of urge to avoid (LOUA) for clients whose avoidance is the whole problem
- The DeTUR protocol (Popky) for addictions if that's your population

Also: use the DES routinely, SUDS and VoC each session, and don't go into desensitisation with someone scoring above 30 on the DES-II without a dissociation consult.

Billing note for US folks: if you're doing 90-minute EMDR sessions, 90837 plus 99354 used to be the route, but check the current add-on code with your payer. 90785 for interactive complexity doesn't apply to EMDR by itself.

EMDRIA's conference recordings are worth the membership alone.""",
        [],
    ),
    (
        "t6a-027",
        """Journal club write-up: CBTp in early psychosis

Papers: Morrison et al. (2014, Lancet) on CBT for people who choose not to take antipsychotics, and Freeman's Feeling Safe trial. Background: Kingdon and Turkington's Cognitive Therapy of Schizophrenia, Garety's interventionist-causal model.

Discussion:
- Freeman's focus on safety behaviours and "threat belief" seems more actionable than broad formulation work
- The Hearing Voices Network / Romme and Escher approach and CBTp overlap more than either camp admits
- PSYRATS as an outcome measure vs client-defined goals

I brought a case to illustrate the dropout issue. Young man, early twenties, first episode, was an inpatient at Ontario Shores before discharge to our program. Lives with his brother Tenzin in Whitby, who's been the main support. His OHIP number (5837-294-106-KT) was on the discharge summary and, I realised after the meeting, also on the slide. Apologies to the group, the deck has been updated.

Key learning: engagement after discharge was much better when we worked on his goal (getting back to the gym) rather than voices. Freeman's Paranoia: The 21st Century Fear is a good client-friendly read.""",
        [
            ("Ontario Shores", "organisation"),
            ("Tenzin", "name"),
            ("Whitby", "place"),
            ("5837-294-106-KT", "id_number"),
        ],
    ),
    (
        "t6a-028",
        """Thread: Open Dialogue and reflecting teams in an Irish context

Interested whether anyone is using these in the HSE setting.

Seikkula's seven principles (immediate help, social network perspective, flexibility, responsibility, psychological continuity, tolerance of uncertainty, dialogism) are the cornerstone. Tom Andersen's reflecting team predates it and is easier to introduce incrementally. Olson, Seikkula and Ziedonis' fidelity criteria are helpful if you're trying to argue for a pilot.

On the narrative side, White and Epston's Narrative Means to Therapeutic Ends and White's Maps of Narrative Practice. Externalising conversations work beautifully alongside reflecting processes.

From the Milan tradition, Cecchin's "curiosity" paper and Selvini Palazzoli's hypothesising-circularity-neutrality still shape how I ask questions. Burnham's Social GRRAACCEESS is a useful lens for thinking about who's in the room and who isn't.

Barriers in practice: staffing, rota systems, and a culture where "the consultant decides". Some teams have run Open Dialogue-informed network meetings for first-episode psychosis but I don't know of a full implementation here.

Also interested in hearing how people manage network meetings around Christmas when half the network is abroad.""",
        [],
    ),
    (
        "t6a-029",
        """Reflection on my own supervision practice this quarter

I've been using Inskipp and Proctor's normative, formative and restorative functions as a checklist at the end of each supervision session, and Kolb's learning cycle to structure how supervisees bring cases. The seven-eyed model (Hawkins and Shohet) is in the background.

What I notice: my restorative function is weakest with newly qualified staff. I slip into teaching mode because it feels safer. Carroll's On Being a Supervisor describes this exactly, the supervisor's anxiety turning into over-instruction.

A supervisee brought a case this month where a client described being humiliated by her line manager at Greggs in front of customers. The supervisee wanted to focus on assertiveness skills; I noticed I wanted to talk about the shame. We ended up using Gilbert's social rank theory as a bridge between the two, which felt like a genuine co-construction rather than me steering.

Goals for next quarter: record (with consent) a supervision session and review it using the Supervisory Working Alliance Inventory. Also read Falender and Shafranske's competency-based approach, which a colleague recommended.""",
        [("Greggs", "organisation")],
    ),
    (
        "t6a-030",
        """Re: suicide risk formulation - moving beyond risk tiers

Agree with the OP that the high/medium/low categorisation isn't fit for purpose. Some evidence-informed alternatives:

- Joiner's interpersonal theory (thwarted belongingness, perceived burdensomeness, acquired capability). The INQ is a quick measure.
- Klonsky and May's three-step theory (3ST), which adds connectedness as protective
- Jobes' CAMS framework: the Suicide Status Form is collaborative and clients often say it's the first time anyone asked them what they think
- Stanley and Brown's Safety Planning Intervention, ideally with follow-up calls
- C-SSRS for structured screening; ASQ for paediatric settings

On means safety: the CALM training (Counseling on Access to Lethal Means) is free online and should be mandatory. Harvard's Means Matter campaign has good materials for families.

Documentation: R45.851 for suicidal ideation when it's not part of a broader diagnosis. Make sure 988 is on every safety plan.

And a reminder that risk often spikes around holidays like Thanksgiving and after discharge from the ED. Follow-up within 72 hours is where a lot of lives are saved.""",
        [],
    ),
    (
        "t6a-031",
        """Consult: FIFO worker, relationship strain, "flat" on swing

Bloke in his late thirties, drive-in drive-out turned fly-in fly-out, two weeks on, one off. Works for BHP up at Port Hedland, partner Shannon and two kids back in Mandurah. Presenting issue is that he feels like a visitor in his own house on his week off.

Frameworks: Gottman's bids for connection, Mikulincer and Shaver's work on attachment under separation, and the Harris ACT stuff on values ("who do you want to be as a dad when you get off the plane?"). Burns' Feeling Good for the depressive thinking on site.

K10 is 27. AUDIT is 14 and climbing, mostly at the wet mess on site. He's not keen on the EAP because he's convinced HR will find out.

Side note I probably shouldn't include: he told me he got pinged for speeding on the highway last swing and lost points; the letter with his plate, 1HTZ 582, was sitting on the passenger seat during our telehealth session and I could read it. Not relevant clinically except that it's another stressor.

Any WA clinicians with experience in the mining sector? The roster effect on relationships is well documented (Gallegos' reports) but practical interventions are thin.""",
        [
            ("BHP", "organisation"),
            ("Port Hedland", "place"),
            ("Shannon", "name"),
            ("Mandurah", "place"),
            ("1HTZ 582", "id_number"),
        ],
    ),
    (
        "t6a-032",
        """Group supervision: working with interpreters

Bringing a general question rather than a case. Our service sees a lot of clients who speak Dari, Tigrinya and Arabic, and I'm realising I was never trained in working with interpreters.

What I've found so far:
- Tribe and Raval's Working with Interpreters in Mental Health is the go-to text
- Beverley Costa's work on the interpreter as a member of the therapeutic system, not a conduit
- The BPS guidelines on working with interpreters in health settings
- Ncube's Tree of Life narrative approach is used a lot with refugee groups and translates (literally) more easily than CBT thought records

Practical issues:
- Pre-session briefing and post-session debrief with the interpreter: nobody budgets time for it
- Vicarious trauma in interpreters, who often have their own refugee histories
- Same interpreter consistently vs rotating for confidentiality in small communities
- Whether to use telephone interpreting for trauma work (my instinct: no, but sometimes there's no choice)

Papadopoulos' concept of adversity-activated development has been a helpful counterweight to the "everyone is traumatised" framing.

Would love to hear how others structure this, especially in IAPT / Talking Therapies where the session count is tight.""",
        [],
    ),
    (
        "t6a-033",
        """Journal club: MI and relapse prevention in alcohol use

Papers: Miller and Rollnick (4th ed.) chapters on evoking; Project MATCH main findings; Witkiewitz et al. (2014) on mindfulness-based relapse prevention (MBRP) vs standard RP.

Discussion notes:
- Project MATCH's headline was "matching doesn't matter much", which fits the common-factors argument (Wampold). The therapist effect was larger than the modality effect.
- Marlatt and Gordon's abstinence violation effect is still the most useful single concept for clients who lapse.
- MBRP showed better long-term outcomes at 12 months. Bowen, Chawla and Marlatt's MBRP manual is straightforward to run as a group.

Measures: AUDIT (one member's client scored 22 at intake), DAST-10 for other substances, and the Readiness Ruler for in-session process.

Pharmacotherapy: naltrexone 50 mg daily or acamprosate; several of us don't routinely ask about these and should. A family physician member said Canadian guidelines recommend offering both first-line.

Mutual-help: the literature on twelve-step facilitation (Kelly et al. 2020 Cochrane review) is stronger than many clinicians assume. SMART Recovery is an option for those who dislike the spiritual framing.

Next month: harm reduction and managed alcohol programs.""",
        [],
    ),
    (
        "t6a-034",
        """Consultation request: anticipatory grief, adult daughter, father with dementia

Client is a woman in her early sixties whose father, Esteban, is a 92-year-old with moderate Alzheimer's. He moved into Sabino Vista Senior Living in Oro Valley last year and she visits daily. She's exhausted and guilty and describes each visit as "losing him again".

Frameworks: Pauline Boss's ambiguous loss (Loving Someone Who Has Dementia is the client version), Butler's life review, Erikson's integrity vs despair as a lens on what her father might still be doing. Bob Knight's contextual adult lifespan model for thinking about her as a caregiver in late midlife.

Measures: Zarit Burden Interview is 48. GAD-7 is 14. She's not sleeping. Her own MoCA isn't relevant but she's asked me whether she should worry about her memory, which is a common caregiver fear.

Upcoming: the facility is holding a care conference on Feb 27 and she wants to prepare. I'm thinking of role-playing advocacy conversations.

Question: how do people balance supporting the caregiver to step back vs honoring her values about filial duty? Kübler-Ross doesn't fit; she's not moving through stages, she's in all of them at once.""",
        [
            ("Esteban", "name"),
            ("92-year-old", "age"),
            ("Sabino Vista Senior Living", "organisation"),
            ("Oro Valley", "place"),
            ("Feb 27", "date"),
        ],
    ),
    (
        "t6a-035",
        """Reflective practice: cultural supervision and Māori models of health

For our peer group, some notes after the hui on cultural competence.

Te Whare Tapa Whā (Durie) is familiar to most of us, but I've been learning more about Rose Pere's Te Wheke, the octopus model, where each tentacle represents a dimension of wellbeing and the eyes represent waiora (total wellbeing). It feels more relational and less compartmentalised than the four walls.

The Meihana model (Pitama et al.) builds on Te Whare Tapa Whā and adds the "navigational" elements: colonisation, racism, migration, marginalisation. It's designed for clinical assessment and could be integrated into our intake.

My reflection as a tauiwi clinician: it's not enough to know the models. Cultural supervision with a Māori supervisor is different in kind, not degree. And tikanga in practice means things like karakia at the start of sessions if the whānau wants it, not because I've read about it.

Also worth reading: Waitoki and Levy's Te Manu Kai i te Mātauranga, and the NZ Psychologists Board cultural competencies.

Question: how do non-Māori clinicians in the group access cultural supervision when the workforce is so stretched?""",
        [],
    ),
    (
        "t6a-036",
        """Self-harm in teens: a thread (and a case I'm worried about)

Nock's four-function model is still the clearest way to explain NSSI to parents. Klonsky's ISAS helps map functions, and Walsh's Treating Self-Injury is practical. NICE NG225 moved away from risk tools for predicting future self-harm, which a lot of CAMHS colleagues haven't caught up with.

Hawton's work on contagion in school settings is relevant to my case: 14F, year 9 at Hove Park School, where there have been a few incidents this term. She lives in Portslade with her dad and spends a lot of time on an Instagram account she runs as @lil.moth.x, which seems to be a mix of art and self-harm imagery. I'm not sure whether the account is a regulating outlet or a reinforcer.

We've done a chain analysis (borrowed from DBT) and the main function looks like automatic negative reinforcement. She's engaged with distress tolerance skills, particularly TIPP.

Question for the group: how do you approach social media content with young people without becoming the "phone police"? Her dad wants to confiscate the phone; I'm worried it would isolate her further.""",
        [("Hove Park School", "organisation"), ("Portslade", "place"), ("@lil.moth.x", "handle")],
    ),
    (
        "t6a-037",
        """Reply to "what about the dads?" perinatal thread

Really glad someone raised this. Some starting points:

- Condon's work on paternal antenatal attachment (the PAAS) and his longitudinal study of first-time fathers
- Richard Fletcher's SMS4dads program, which has decent evaluation data and is free
- Cowan and Cowan's When Partners Become Parents, still one of the best books on the transition
- Paulson and Bazemore's meta-analysis: around 10% of fathers experience perinatal depression

Screening: the EPDS is validated for fathers but the cutoff should probably be lower (some suggest 10 rather than 13). The COPE perinatal guidelines recommend screening both parents, though in practice few services do.

Services: PANDA's helpline (1300 726 306) takes calls from dads, and it's worth putting on any perinatal handout. MensLine Australia too.

Clinically, I find dads often present with irritability, withdrawal into work, and increased drinking rather than sadness. The Gotland Male Depression Scale picks this up better than the PHQ-9.

One more book: Darby Saxbe's research on paternal hormones is fascinating if you like the biology side.""",
        [],
    ),
    (
        "t6a-038",
        """Chronic pain consult: stuck on the disability application

Bringing a case where the systemic stuff is swamping the therapy.

Client is a 48-year-old man, back injury at work (stocking shelves at Canadian Tire in Moncton), two years post-injury. workers' comp claim 2023-118845 is under review and he's applying for CPP Disability. He brought the forms to session and asked me to check them, so I now know his SIN is 046 454 286, which I'll be keeping out of the notes.

Framework: Vlaeyen and Linton's fear-avoidance model fits well. Pain Catastrophizing Scale (Sullivan) score is 38. McCracken's ACT for chronic pain is my main approach, alongside Moseley and Butler's Explain Pain for pain neuroscience education.

The problem: any improvement he reports feels risky to him because it might affect the claim. Gatchel's biopsychosocial model acknowledges this but doesn't help me with the clinical dilemma.

Questions:
- How do others handle documentation when clients are in the middle of claims?
- Is there literature on "secondary gain" that isn't blaming? The term itself feels problematic.

Sullivan's Progressive Goal Attainment Program might be worth exploring if anyone has experience with it.""",
        [
            ("Canadian Tire", "organisation"),
            ("Moncton", "place"),
            ("2023-118845", "id_number"),
            ("046 454 286", "id_number"),
        ],
    ),
    (
        "t6a-039",
        """Journal club: is there evidence for IFS?

We read Hodgdon et al. (2021) pilot on IFS for PTSD with childhood trauma histories, and Shadick et al. (2013) on IFS for rheumatoid arthritis. Background: Schwartz's No Bad Parts and Internal Family Systems Therapy (2nd ed., Schwartz and Sweezy).

Summary:
- Both studies are small and uncontrolled or partially controlled. Effects are promising but nothing like the evidence for CPT or PE.
- The Title IV-E Prevention Services Clearinghouse rates IFS as "promising", which some of us found surprising
- The model's language (Self, Self-energy, Parts, Exiles, Managers, Firefighters) is clinically intuitive and clients take to it quickly
- Concern: unlicensed practitioners trained only in IFS Level 1 doing deep trauma work

Discussion: several members have done IFS Level 1 or 2. Views ranged from "changed my practice" to "repackaged gestalt and psychodrama". Frank Anderson's Transcending Trauma was recommended as the best integration of IFS and neuroscience.

Next session: Lilienfeld's work on potentially harmful therapies and how we evaluate emerging models.""",
        [],
    ),
    (
        "t6a-040",
        """Men and eating disorders: a thread

Prompted by a case I can't discuss in detail, I went looking for literature.

- Murray, Griffiths and Mond's work on muscle dysmorphia and the "reverse anorexia" concept
- Griffiths et al. on male body image and the drive for muscularity (the DMS scale)
- The MDDI (Muscle Dysmorphic Disorder Inventory) for assessment
- SCOFF is validated in men but may miss muscularity-oriented presentations

Treatment: Waller's CBT-T (ten-session CBT for non-underweight eating disorders) is promising and fits NHS session limits. Fairburn's CBT-E applies but the formulation needs adapting for muscularity goals. MEED guidance (replacing MARSIPAN) is relevant for medical risk.

Clinical reflection: men often present through sport, the gym, or steroid use rather than "I have an eating disorder". GPs miss it. The stigma of a "girl's illness" is real and I find naming it early helps.

Books: Making Weight (Andersen, Cohn and Holbrook) is older but still useful. Beat's resources for men are a good starting point for clients.

Anyone running male-only groups?""",
        [],
    ),
    (
        "t6a-041",
        """PCIT consult: mom doing great in coaching, dad undermining at home

Five-year-old boy, ECBI intensity 162, referred by his pediatrician for aggression. We're in CDI and mom (Yesenia) is close to mastery criteria. Dad isn't coming to sessions because of work and, per mom, tells the boy "your therapist's rules don't count here".

Context: mom works nights at Walmart, family lives off Bissonnet Street in Alief, and the grandparents do a lot of the daytime care. Medicaid ID is 712334918 and the MCO is asking for updated treatment plans every 90 days, which is eating session time.

Frameworks: Eyberg's PCIT protocol, Kazdin's Parent Management Training for the dad piece, Barkley's Defiant Children for the behavioral principles. Chorpita's MATCH if we need to flex.

Questions:
- Has anyone successfully brought a reluctant dad into PCIT mid-treatment? I've thought about a single "orientation" session just for him.
- How do you handle it when grandparents are the main caregivers during the day? Do you coach them too?

Spanish-speaking families: the PCIT International materials are available in Spanish and I've been using them.""",
        [
            ("Yesenia", "name"),
            ("Walmart", "organisation"),
            ("Bissonnet Street", "place"),
            ("Alief", "place"),
            ("712334918", "id_number"),
        ],
    ),
    (
        "t6a-042",
        """Journal club: compassion-focused therapy

Reading: Gilbert's The Compassionate Mind, Kolts' CFT Made Simple, and Irons and Beaumont's The Compassionate Mind Workbook. Also Neff's self-compassion research and the Self-Compassion Scale Short Form (SCS-SF).

Key discussion points:
- Gilbert's three systems (threat, drive, soothing) and how they map onto the affect regulation literature
- Fears of compassion (Gilbert et al. 2011): clients who find self-compassion threatening. This was the most useful concept for our population
- Neff and Germer's Mindful Self-Compassion (MSC) as a more structured, group-based approach

Practical: several members have done the Compassionate Mind Foundation's introductory training. One found the "compassionate other" imagery difficult for clients with attachment trauma; alternatives include a compassionate colour or place.

Evidence: Kirby et al.'s 2017 meta-analysis shows moderate effects on self-compassion and mental health outcomes, but quality of studies varies.

Next month: Paul Gilbert's work on shame and social rank theory, plus how CFT integrates with schema therapy.""",
        [],
    ),
    (
        "t6a-043",
        """Refugee client, consult on trauma and visa uncertainty

Tamil man in his thirties, arrived by boat years ago, still on a bridging visa. Silove's ADAPT model has been my framework: safety, attachment, identity, justice, existential meaning. The uncertainty itself is the trauma maintaining factor.

He's working at the Coles warehouse in Dandenong and sends money home. His tribunal case number is 2209876 and he brings the paperwork to every session. The next hearing is on 23 May, and his anxiety spikes every time it's mentioned.

Name: he's asked me to use Tharshan in session rather than his legal name, which has been meaningful for him.

Approach: Narrative Exposure Therapy (Schauer, Neuner and Elbert) has good evidence for refugees, but I'm hesitant to do trauma processing while he's in limbo. Nickerson's work on post-migration stressors suggests these often predict outcomes more than the original trauma.

Measures: HTQ (Mollica) and the PCL-5. Both are elevated.

Question: how do others pace trauma work when the legal situation is unresolved? Steel's research on detention and mental health makes it clear that the system itself is harmful.""",
        [
            ("Coles", "organisation"),
            ("Dandenong", "place"),
            ("2209876", "id_number"),
            ("23 May", "date"),
            ("Tharshan", "name"),
        ],
    ),
    (
        "t6a-044",
        """Reflective practice: the wounded healer

I've been in my own therapy for two years and I've been thinking about how it shapes my work.

Jung's wounded healer archetype, Guggenbühl-Craig's Power in the Helping Professions, Nouwen's The Wounded Healer (more spiritual but resonant). Alice Miller's The Drama of the Gifted Child was formative for me and, I suspect, for many therapists.

Kottler's On Being a Therapist is honest about the costs. Yalom's The Gift of Therapy has the chapter on therapists' own therapy, which argues it's essential. Norcross and colleagues' research shows most therapists have been in therapy and report it as helpful.

Reflection: I notice my own history gets activated with clients who present with parental neglect. I'm better at noticing now, but it still happens. My therapist pointed out that I sometimes "over-give" in sessions, which maps onto my family role.

On Remembrance Day I found myself thinking about intergenerational trauma in my own family (grandparents who served) and how that's shaped my interest in trauma work.

Question for the group: how do you decide what to bring to your own therapy vs supervision?""",
        [],
    ),
    (
        "t6a-045",
        """Journal club: hoarding disorder

Papers: Frost and Steketee's cognitive-behavioral model, Tolin's 2015 meta-analysis, and Steketee and Frost's Treatment for Hoarding Disorder therapist guide. Client book: Buried in Treasures.

Summary:
- Three components: information processing deficits, emotional attachment to possessions, behavioral avoidance
- Clutter Image Rating (CIR) and the Saving Inventory-Revised (SI-R) as measures
- Motivational issues are central; many clients have low insight

I'll share one case because it illustrates the systems issues. Older woman, living alone in CF14 with her cat Biscuit, referred after a neighbour complained to Cardiff Council about pests. The environmental health team wanted a full clearance; we negotiated a harm-reduction approach (Tompkins' Digging Out model) instead. Her attachment to the cat is her main motivation: she'll clear a room if it's safer for the animal.

Reflection: enforced clearances are associated with high relapse and sometimes suicide. Multi-agency working is essential but the different agendas (housing, fire service, environmental health) can be overwhelming.

Next session: Mataix-Cols on the neurobiology of hoarding.""",
        [("CF14", "place"), ("Biscuit", "name"), ("Cardiff Council", "organisation")],
    ),
    (
        "t6a-046",
        """Telehealth across state lines: a quick thread

For those asking about seeing clients who are traveling or moving:

- PSYPACT lets psychologists practice telepsychology across participating states with an E.Passport. Counselors have the Counseling Compact, which is rolling out slowly.
- The APA's Guidelines for the Practice of Telepsychology (2013) are still the reference
- Check your malpractice insurance covers the client's location, not yours
- Platforms: SimplePractice, Doxy.me and Zoom for Healthcare all sign BAAs; regular Zoom does not

Billing: POS 10 (telehealth in patient's home) vs POS 02; modifier 95 for synchronous telehealth. Medicare's telehealth flexibilities keep getting extended, so check before each new year.

Ethics: Zur's writing on telehealth boundaries is useful, and the ACA Code of Ethics section H covers distance counseling.

Practical tip: always confirm the client's physical location at the start of each session (state, not address) in case of emergency, and have the local crisis line and 988 ready.

Anyone had a licensing board complaint about this? I'd love to know how strict boards actually are.""",
        [],
    ),
    (
        "t6a-047",
        """Journal club: men's behaviour change programs

Readings: Alan Jenkins' Invitations to Responsibility, Evan Stark's Coercive Control, and the ANROWS reports on MBCP effectiveness.

Discussion:
- Jenkins' approach invites men to take responsibility rather than confronting them, which fits with narrative practice (White)
- The Duluth model's power and control wheel is still widely used, but critics argue it's too focused on gendered power and doesn't address other factors
- Stark's coercive control concept has influenced legislation (e.g. criminalisation in some states)

Evidence: MBCP outcomes are mixed. ANROWS found that program completion is associated with reduced violence, but dropout is high and it's hard to measure partner safety.

Practice notes:
- Partner contact work is essential; the program isn't just about the men
- 1800RESPECT should be on all handouts
- Risk assessment tools like the CRAF in Victoria

Reflection: one member noted that working with perpetrators can be harder on clinicians than working with victims. Vicarious trauma and also vicarious "contamination" (feeling implicated as a man).

Next month: Lisa Aronson Fontes on coercive control in culturally diverse families.""",
        [],
    ),
    (
        "t6a-048",
        """Consult: client returning to an abusive relationship

I'm struggling with a case and would welcome thinking. Woman in her thirties, coercive controlling relationship. She's left and returned three times. I've been using Stark's coercive control framework, Herman's Trauma and Recovery, and Lundy Bancroft's Why Does He Do That? (she found it validating).

Details: her partner Ciarán has been calling her constantly since she moved out; she gave me his number, 087 412 9930, in case he turned up at the service. She's currently staying with her sister in Tallaght. The worst incident was on St Stephen's Day 2022, when he locked her out in the cold for hours.

Walker's cycle of violence is dated but she recognises herself in it. I'm cautious about the "learned helplessness" framing, which can feel blaming.

Safety planning: we've done a plan with the national domestic abuse helpline on it. She's reluctant to involve the Gardaí.

Question: how do others hold the tension between respecting her autonomy and being terrified for her? I keep wanting to rescue, which I know isn't helpful.""",
        [
            ("Ciarán", "name"),
            ("087 412 9930", "phone"),
            ("Tallaght", "place"),
            ("St Stephen's Day 2022", "date"),
        ],
    ),
    (
        "t6a-049",
        """CBT-I: a practical thread

For those not yet trained in CBT for insomnia, a few pointers.

Core texts: Perlis et al.'s Cognitive Behavioral Treatment of Insomnia: A Session-by-Session Guide, and Espie's Overcoming Insomnia for clients. Harvey's cognitive model of insomnia explains the worry and monitoring piece.

Components: sleep restriction (the most potent and most feared), stimulus control (Bootzin), cognitive restructuring, sleep hygiene (least effective on its own), relaxation.

Measures: Insomnia Severity Index (ISI); scores above 15 indicate clinical insomnia. Sleep diaries are essential.

Digital options: Sleepio is NICE-recommended and available on the NHS in some areas. Morin's work shows digital CBT-I is effective but less so than face-to-face.

Medication: many clients are on zopiclone 7.5 mg and want to come off. Tapering alongside CBT-I works better than either alone.

Common pitfalls:
- Not doing sleep restriction properly because the client finds it hard
- Ignoring circadian factors (late chronotypes)
- Missing sleep apnoea; refer for a sleep study if snoring and daytime sleepiness

Anyone have good materials for shift workers?""",
        [],
    ),
    (
        "t6a-050",
        """Perfectionism consult: grad student in a PhD program

Client is a second-year PhD student in chemistry, intense perfectionism, procrastination, and anxiety. Hewitt and Flett's multidimensional model (self-oriented, other-oriented, socially prescribed) fits; her socially prescribed perfectionism is off the charts.

Context: Seo-yeon is studying at UC Davis, and she emailed me from sypark23@ucdavis.edu asking whether she could defer her student health fees. Her student ID (918273645) was in the signature, so now it's in my inbox.

Treatment: Egan, Wade and Shafran's Cognitive-Behavioral Treatment of Perfectionism is my main guide. Shafran's clinical perfectionism model emphasizes the over-dependence of self-evaluation on achievement. Curran and Hill's 2019 meta-analysis on rising perfectionism in young people is a good conversation starter.

Measures: Frost Multidimensional Perfectionism Scale (FMPS) and the Clinical Perfectionism Questionnaire.

Question: has anyone worked with the academic culture piece? Her advisor seems to reinforce the perfectionism. I'm not sure how much to focus on individual change vs helping her navigate a toxic system.""",
        [
            ("Seo-yeon", "name"),
            ("UC Davis", "organisation"),
            ("sypark23@ucdavis.edu", "email"),
            ("918273645", "id_number"),
        ],
    ),
    (
        "t6a-051",
        """Supervision: two-eyed seeing and working with First Nations clients

I've been learning about Etuaptmumk (two-eyed seeing), from Mi'kmaw Elder Albert Marshall: seeing with one eye the strengths of Indigenous knowledge and with the other the strengths of Western knowledge.

Other readings: Eduardo Duran's Healing the Soul Wound, Maria Yellow Horse Brave Heart on historical trauma, and Joseph Gone's critique of the historical trauma concept (he argues it can medicalise colonial harm). Both sides are worth reading.

The Truth and Reconciliation Commission's calls to action include health-related items that I think apply to us as therapists.

Reflection: I'm a settler clinician and I worry about appropriating practices. My supervisor suggested I focus on cultural safety (the client decides what's safe) rather than cultural competence (implying I can become competent in someone else's culture).

Practical: many First Nations clients prefer to have an Elder involved, and some communities have their own mental health workers. Collaboration is better than trying to do it all myself.

Orange Shirt Day is coming up and our team is planning a learning session.

Question: how do others integrate Indigenous approaches without tokenism?""",
        [],
    ),
    (
        "t6a-052",
        """Gambling consult: relapse after a good stretch

Man in his forties, gambling mostly on pokies, PGSI of 17 at intake, dropped to 4 after six months, now relapsed. Blaszczynski and Nower's pathways model has been my frame: he's pathway 2 (emotionally vulnerable), gambling to escape.

Context: works at the Fonterra plant in Te Awamutu, partner Mereana found out about the relapse when she saw a letter from IRD with his number, 049-091-850, about a tax debt he'd been hiding. That's been a big rupture.

Interventions: Ladouceur's cognitive approach to gambling fallacies (illusion of control, gambler's fallacy), plus MI for the ambivalence. The Gambling Helpline and whānau support groups are on his safety plan.

Reflection: I felt disappointed when he relapsed, and I had to check myself. Relapse is part of the process. Marlatt's abstinence violation effect is relevant here; he's catastrophising about it.

Question: how do others involve partners in gambling treatment? Mereana wants to come to sessions but I'm not sure he's ready.""",
        [
            ("Fonterra", "organisation"),
            ("Te Awamutu", "place"),
            ("Mereana", "name"),
            ("049-091-850", "id_number"),
        ],
    ),
    (
        "t6a-053",
        """Journal club: psychedelic-assisted therapy

Readings: Mithoefer et al. on MDMA-assisted therapy for PTSD (MAPS Phase 3), Davis et al. (2021, JAMA Psychiatry) on psilocybin for major depression, and Carhart-Harris' REBUS model. Pollan's How to Change Your Mind for a popular overview.

Discussion:
- The FDA's rejection of MDMA-assisted therapy in 2024 raised questions about blinding, therapist misconduct, and data integrity
- Psilocybin studies show large effects but also have blinding problems (participants know if they've had a psychedelic)
- Esketamine (Spravato) 56 or 84 mg is approved and available, but the psychotherapy component is minimal

Ethics: therapist boundary violations in MAPS trials were a major concern. Power dynamics with clients in altered states need careful consideration.

Practice: most of us won't be doing psychedelic therapy, but clients are asking about it and some are self-medicating. Integration therapy (helping clients make sense of experiences) is a growing area.

Next month: ketamine-assisted psychotherapy (KAP) and the research on ketamine for suicidality.""",
        [],
    ),
    (
        "t6a-054",
        """Reflective log: end of first year as a trainee counsellor

Looking back on my first 100 client hours (BACP requirement for the diploma).

What I've learned:
- Rogers' core conditions (empathy, congruence, unconditional positive regard) are harder to embody than to describe. Mearns and Thorne's Person-Centred Counselling in Action is the book I return to most.
- Mick Cooper's pluralistic approach gave me permission to draw on other models when the client wanted something different
- Egan's The Skilled Helper is useful for structure but can feel mechanical

Challenges:
- Silence. I still rush to fill it.
- Endings. Several clients ended abruptly and I took it personally.
- Working with clients whose values differ from mine

Supervision has been the most valuable part of training. My supervisor uses the seven-eyed model and always asks "what was happening for you?"

Personal therapy: required for the course and I'm grateful. Over Easter I had a realisation about my own need to be liked and how it shows up in the room.

Next year: placement in a bereavement service. Reading Worden and Stroebe in preparation.""",
        [],
    ),
    (
        "t6a-055",
        """Teen anxiety consult: vaping, panic and a friendship triangle

16-year-old, panic attacks at school, vaping to cope. Kendall's Coping Cat is the base protocol, with Rapee's Cool Kids materials for the parent sessions and Chorpita's MATCH modules when we need to shift focus.

Context: he's in Grade 11 at Sir Winston Churchill Secondary and lives in Kitsilano with mum. His best friend Bao started dating his ex, which is when the panic started. He shared that he and Bao still message on Snapchat, where he's jun.kwok06, and he showed me some messages in session.

He had a big panic attack on Nov 17 during a math test and was sent home. Since then school avoidance is increasing.

Measures: SCARED score 41 (well above the cutoff). He denies depression but I'm watching it.

Vaping: nicotine dependence is adding to the anxiety (withdrawal symptoms mimic anxiety). I'm using MI for the vaping and considering referral to a youth cessation program.

Question: how do others sequence this? Address vaping first, or anxiety first? I'm leaning toward anxiety first but worried the nicotine will undermine the exposures.""",
        [
            ("Sir Winston Churchill Secondary", "organisation"),
            ("Kitsilano", "place"),
            ("Bao", "name"),
            ("jun.kwok06", "handle"),
            ("Nov 17", "date"),
        ],
    ),
    (
        "t6a-056",
        """Reading list thread: books that changed your practice

Adding mine since the thread is great.

- Yalom, The Gift of Therapy: short chapters, honest, endlessly re-readable
- Herman, Trauma and Recovery: still the foundational text for complex trauma
- Linehan, Cognitive-Behavioral Treatment of Borderline Personality Disorder: the 1993 manual, not just the skills book
- Wachtel, Therapeutic Communication: what to actually say in session
- McWilliams, Psychoanalytic Diagnosis: the best book on personality I've read
- Miller and Rollnick, Motivational Interviewing: 4th edition is the one
- Wampold and Imel, The Great Psychotherapy Debate: humbling
- Perry and Szalavitz, The Boy Who Was Raised as a Dog: for anyone working with kids
- Harris, ACT Made Simple: the most accessible intro to ACT
- Cozolino, The Neuroscience of Psychotherapy: if you want the brain side

Honourable mentions: Casement's On Learning from the Patient, Kabat-Zinn's Full Catastrophe Living, and Safran and Muran's Negotiating the Therapeutic Alliance for rupture and repair.

Podcasts: Therapist Uncensored, The Psychology Podcast, and the Australian one from the APS.

What's missing from the list?""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "train6a"}
        for i, t, items in DOCS
    ]
