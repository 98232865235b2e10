"""Blind evaluation batch b10c, written by a helper session for Practica's PHI guard. It imitates
threads on a clinicians' case-consultation site: opening case posts, colleagues' replies with
formulations (5Ps, CT-PTSD, EFT, Te Whare Tapa Wha), reading lists and practical tips, and
presenters' follow-up posts, including a lower-case chat-style update. Voices are counsellors,
psychologists, social workers, LPCs/LMFTs/LCSWs and psychotherapists in the US, UK, Ireland,
Canada, Australia and New Zealand. Clients range from young teens to a woman in her nineties and
come from many backgrounds. Twenty documents contain 1-6 identifiers (names, nicknames, pets,
places, postcodes/Eircodes, dates, ages over 89, phone, email, URL, IP, handles, health, claim,
court, student, device and plate numbers, employers, schools, hospitals, churches, units). The
twenty clean documents are dense with look-alikes: cited authors, models, instruments, codes,
medications, hotlines, holidays, brands and sentence-initial words such as Hope, Will, Bill and
Mark.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at f84ad15 (the session's final rules): span recall 0.936, precision
0.735, identifier documents fully caught 0.800, clean documents flagged 0.700 (the guard at
935157f: 0.885, 0.551, 0.650, 0.950).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b10c-001",
        """## Stuck with a 16yo who barely speaks - ideas?
*Child & Adolescent · opened by an LPC in Kentucky*

Hi all. I'm seeing a 16-year-old girl, referred by her school counselor after a self-harm disclosure (superficial cutting, forearm). Six sessions in. She answers in single words and scrolls her phone the whole hour. The only time she lit up was talking about her horse, Biscuit, who she rides at a barn outside Lexington most weekends. Mom says she's been "a different kid" since the move from Ohio last summer and dad's deployment.

Screening: PHQ-A 14, C-SSRS screener negative for active ideation, no plan. No prior treatment.

What I've tried: Socratic questioning (dead end), a DBT-style diary card (she "lost" it), validation-heavy reflections (eye rolls).

Questions:
- How do you engage a teen this shut down without it turning into a power struggle?
- Would it be weird to bring the horse into session somehow - photos, talking through grooming routines as a regulation thing?
- Any reading on relocation + parental deployment in adolescents?

Thanks in advance.""",
        [("Biscuit", "name"), ("Lexington", "place")],
    ),
    (
        "b10c-002",
        """**Re: Stuck with a 16yo who barely speaks**

Been there, many times. A few thoughts from 20 years of mostly teen work:

1. Drop the agenda for a few weeks. Rogers had it right that the relationship does the heavy lifting, and with shut-down adolescents anything that smells like assessment confirms that adults only want something from them.
2. Go side by side rather than face to face. Drawing, Uno, a walk-and-talk if your board and liability carrier are okay with it. Perry's Neurosequential Model is a useful frame: regulate, relate, then reason.
3. Absolutely use the horse. Ask her to teach you something - how you read a horse's ears, what a bad day looks like for an animal. That's mentalizing practice (Fonagy would approve) with zero pressure on her own feelings.

Reading: Ross Greene's *Lost at School* is aimed at educators but Collaborative & Proactive Solutions translates well to teens. Siegel's *Brainstorm* is good to hand to mom. For military families, look up FOCUS (Families OverComing Under Stress).

Also look at the PHQ-A items individually. A 14 driven by item 9 is a different kid from a 14 driven by sleep and appetite. Rescreen with the C-SSRS regularly and make sure she and mom both have 988 saved. Crisis Text Line (text HOME to 741741) is often easier for teens than calling.

Post an update in a month?""",
        [],
    ),
    (
        "b10c-003",
        """### Update: bereaved 92-year-old, thank you all

Following up on my thread from March. Quick recap for anyone new: gentleman aged 92, widowed after 64 years of marriage, referred by his GP at Beech Grove Surgery for low mood and "not seeing the point". GDS-15 was 11 at assessment.

Took the advice about Stroebe & Schut's dual process model seriously. Instead of pushing grief work every session we alternated - one week on loss, one week on restoration stuff (he's now going to a men's shed on Thursdays, which I never would have predicted). His daughter Sandra has started driving over from Harrogate on Sundays and they've been sorting his wife's garden together, which he describes as "talking to her through the roses".

GDS-15 now 6. He still says he's "ready to go whenever", and I've explored this carefully each time. No plan or intent, and it reads as acceptance rather than ideation, but I'm keeping an eye on it and have shared with the GP.

One question left: we're approaching the anniversary, 2nd of November. Any suggestions for marking it in session without making it a big production?""",
        [
            ("92-year-old", "age"),
            ("aged 92", "age"),
            ("Beech Grove Surgery", "organisation"),
            ("Sandra", "name"),
            ("Harrogate", "place"),
            ("2nd of November", "date"),
        ],
    ),
    (
        "b10c-004",
        """Re: Bereaved older man - formulation thoughts

Lovely work. Offering a 5Ps formulation in case it's useful for your supervision notes:

- **Presenting:** low mood, withdrawal, passive wish to die, GDS-15 of 11, PHQ-9 of 16.
- **Predisposing:** generational and gender norms around "getting on with it"; earlier losses (siblings, both parents); possible untreated depression after retirement.
- **Precipitating:** death of his wife after a long marriage; loss of his role as carer.
- **Perpetuating:** withdrawal, stopped going to church, skipping meals, poor sleep, no one to talk to about her in the present tense.
- **Protective:** a devoted daughter, a GP who noticed, his dry humour, gardening.

Worden's tasks of mourning sit nicely alongside dual process. I'd also look at Klass, Silverman & Nickman on continuing bonds - the roses are a continuing bond, not avoidance. Bonanno's *The Other Side of Sadness* is reassuring reading on resilience.

Re: the anniversary - with men in their late eighties, something small and concrete works better than a ritual. Ask him what she'd have wanted. Remembrance Sunday falls around then too, which may stir things for that generation.

Do check whether the GP has reviewed the sertraline 50 mg; older adults often sit on a starting dose for years, and a sodium check is worth doing. Samaritans (116 123) and The Silver Line for loneliness.""",
        [],
    ),
    (
        "b10c-005",
        """**FIFO worker, escalating drinking - how hard do I push?**

G'day all, psychologist in regional WA. Client is a 38 y.o. male, fly-in fly-out, two weeks on / one off at Rio Tinto's site near Karratha. Came in on a Mental Health Treatment Plan from his GP for "stress". AUDIT 23, K10 34. Drinking is mostly on his R&R weeks at home, up to 12-15 standard drinks a night, and his partner is at the end of her rope. She actually rang the practice on 0412 558 903 last week asking if she could "come in and tell you what he's really like".

Formulation so far: shame-based, lots of "I'm the provider, I don't get to be tired". Dad was a heavy drinker too. Site culture normalises it - "everyone's on the piss when they're home".

Questions:
1. Anyone done MI with FIFO blokes specifically? The on/off roster makes continuity a nightmare and telehealth from camp is patchy.
2. How are people handling partner contact? I haven't called her back yet. Consent only covers the GP.
3. Resources? I know about MensLine and Lifeline but something FIFO-specific would be ace.""",
        [("Rio Tinto", "organisation"), ("Karratha", "place"), ("0412 558 903", "phone")],
    ),
    (
        "b10c-006",
        """Re: FIFO worker, escalating drinking

Spent six years doing mining-town work before moving back to the city, so this one's close to my heart.

MI is absolutely the way in. Miller & Rollnick, 3rd edition, the chapters on evoking, are gold. With FIFO blokes I lean on values ("what kind of dad do you want to be on your week home?") rather than the drinking itself. A decisional balance on paper works because they can take it back to camp.

Practical tips:
- Book his sessions for the R&R weeks in advance, and do a 20-minute phone check-in mid-swing.
- Have him self-score the K10 and AUDIT-C on his phone each swing so he sees the pattern.
- For the partner: with his consent, one joint session framed as "helping you both with the roster", not "telling on him". CRAFT (Meyers & Wolfe) is the evidence-based model for concerned significant others, and she could do it even without him.
- Naltrexone or acamprosate - worth raising with the GP.

Resources: MATES in Construction has a mining arm worth a look; Lifeline 13 11 14; MensLine 1300 78 99 78; Family Drug Support; and the Daybreak app from Hello Sunday Morning is good for blokes who won't go near a group.

Good luck, mate.""",
        [],
    ),
    (
        "b10c-007",
        """Couple stuck in pursue-withdraw - EFT folks, help?

Hi everyone, MSW in eastern Ontario, mostly EFT-informed. Couple in their 40s, together 17 years, two kids. She (Priya) pursues hard; he (Marc-André) shuts down and goes to the garage. Classic cycle. We've mapped it, they can both describe it, and yet the week after each session it comes back full force.

What's complicating it: he was laid off from Shopify in the spring, she's carrying the household on a nurse's salary at the Queensway Carleton, and the in-laws are pushing them to move back to Quebec. The big blowup was on Nov. 18 when she found out he'd been hiding the severance numbers.

DAS-7: hers 16, his 21.

My questions:
- When the cycle is well understood but not shifting, do you go deeper into Stage 1 de-escalation or start withdrawer re-engagement anyway?
- How much do you address the financial secrecy as an attachment injury vs. a practical trust issue?

Also a billing question: I submitted his individual intake under his OHIP 5584-201-937-HK, which in hindsight may have been wrong for a couples service. Anyone know?""",
        [
            ("Priya", "name"),
            ("Marc-André", "name"),
            ("Shopify", "organisation"),
            ("Queensway Carleton", "organisation"),
            ("Nov. 18", "date"),
            ("5584-201-937-HK", "id_number"),
        ],
    ),
    (
        "b10c-008",
        """Re: Couple stuck in pursue-withdraw

Sue Johnson would say the cycle isn't really shifting until the withdrawer has a felt experience of being wanted, not just an intellectual map. So I'd go slower in Stage 1, not faster. Things that helped me:

- Slow the enactments right down. "Can you turn to her and tell her the part about the garage?" Let the silence sit.
- The financial secrecy sounds like an attachment injury - read up on the Attachment Injury Resolution Model (Makinen & Johnson, 2006).
- Gottman's Four Horsemen give useful language to couples who like structure: he's stonewalling, she's leading with criticism. *The Seven Principles for Making Marriage Work* is decent homework, and the Gottman Card Decks app is free.
- Watch for shame. Mid-career job loss in men often shows up as withdrawal that looks like indifference.

Reading: *Hold Me Tight* for them; *The Practice of Emotionally Focused Couple Therapy* (3rd ed.) for you; *Becoming an Emotionally Focused Couple Therapist: The Workbook* is very practical.

Re billing: couples work generally isn't an OHIP-insured service outside physician care; most of us bill privately or through extended health benefits. Check your college's documentation standards too - separate records or a clear joint record. Z63.0 if you need a code for relationship distress.

Thanksgiving weekend tends to be rough for couples like this, so plan for it.""",
        [],
    ),
    (
        "b10c-009",
        """Kia ora koutou - young man, whānau conflict, cultural supervision question

Counsellor in the central North Island here. Tangata whaiora is 22, Māori, working night shifts at the Fonterra plant in Te Awamutu. Referred after an incident at work on 14 March where he punched a locker. Lives with his nan and three younger cousins; his koro passed last year and he's taken on being "the man of the house". Nan calls him Rawiri-boy and it's the only time I've seen him smile in session.

K10 is 31. Drinking on weekends, some cannabis. No SI currently.

Using Te Whare Tapa Whā as the frame - taha wairua is the one he keeps coming back to. He's angry that he couldn't do everything right at the tangi.

Question: I'm Pākehā and I've got cultural supervision booked, but in the meantime, what would folks suggest on holding the grief piece? Also, ACC want an update and he's asked me to put his claim number 10045822317 plus his tax number on the report - is the second part ever appropriate for a counselling report??""",
        [
            ("Fonterra", "organisation"),
            ("Te Awamutu", "place"),
            ("14 March", "date"),
            ("Rawiri", "name"),
            ("10045822317", "id_number"),
        ],
    ),
    (
        "b10c-010",
        """Re: young man, whānau conflict

Kia ora. Good on you for getting cultural supervision in place first.

Durie's Te Whare Tapa Whā is a great start. You might also look at the Meihana Model (Pitama and colleagues) - it adds whānau, environment and the historical context of colonisation, which sounds very relevant for a young man carrying his koro's role. Te Pou has free resources on this too.

On the grief: tangihanga has its own process, and his sense of "not doing it right" might be something to explore with a kaumātua rather than through a Western grief lens. Worden and Kübler-Ross don't translate neatly here. Some counsellors offer a whānau hui in session, with consent - even just nan.

Practical:
- Matariki is a natural time to talk about those who've passed; you could bring that in gently.
- The K10 wasn't developed with rangatahi Māori in mind - treat it as a conversation starter.
- For the cannabis and drinking, the Alcohol Drug Helpline 0800 787 797 and 1737 (free call or text) belong on the safety plan.

Re forms: reports to a funder should be minimum necessary - claim reference, clinical summary, plan. Tax details have no place there. Check the Health Information Privacy Code 2020, Rule 11.

Ngā mihi.""",
        [],
    ),
    (
        "b10c-011",
        """Postnatal mum, EPDS 19, intrusive harm thoughts - consult please

Hi all, psychotherapist working privately in Leinster. Client is 31, first baby (Saoirse, now 11 weeks), delivered by emergency section at Tallaght University Hospital after a long labour. Partner went back to work at Intel in Leixlip after two weeks. She's been having intrusive images of dropping the baby down the stairs and now won't carry her on the stairs at all. Frightened that she's "a danger". EPDS 19, item 10 scored 1 ("hardly ever").

My read is perinatal OCD rather than psychosis - the thoughts are ego-dystonic, lots of avoidance and checking, no perceptual disturbance, good insight. But I'm not a perinatal specialist and want to be careful.

Her address for the PHN referral is Eircode D24 X2K7, which is in the catchment, so that's sorted at least.

Questions:
- Do you inform the GP straight away with an EPDS this high even with low item 10?
- Good psychoeducation for intrusive thoughts that doesn't frighten a new mum more?""",
        [
            ("Saoirse", "name"),
            ("Tallaght University Hospital", "organisation"),
            ("Intel", "organisation"),
            ("Leixlip", "place"),
            ("D24 X2K7", "place"),
        ],
    ),
    (
        "b10c-012",
        """Re: Postnatal mum, EPDS 19, intrusive harm thoughts

Your formulation sounds right to me. The features you've named - ego-dystonic, avoidance, insight intact - are textbook perinatal OCD. Fairbrother & Abramowitz's work on infant-related harm thoughts is reassuring here: most new parents have them; the difference is the meaning attached.

Yes, I'd loop in the GP, framed as "she's struggling and would benefit from a review" rather than alarm, and ask about the Specialist Perinatal Mental Health Service. Sertraline is generally considered compatible with breastfeeding (check LactMed) and is a common first choice.

Psychoeducation:
- Maternal OCD, the UK charity, has brilliant leaflets, and Karen Kleiman's *Dropping the Baby and Other Scary Thoughts* - the title alone helps.
- Normalise with numbers: most mothers report unwanted harm-related thoughts in the early months.
- ERP, gently and collaboratively. Carrying her on the bottom stair first, then two.

On the relational side, Winnicott's "primary maternal preoccupation" and Stern's motherhood constellation both help reframe hypervigilance as love in overdrive.

Watch out around St Patrick's Day - first big family gathering with the baby, lots of people wanting to hold her, which can spike the checking. Samaritans 116 123 is good to share.""",
        [],
    ),
    (
        "b10c-013",
        """Vet with moral injury, CPT stalled at impact statement

Posting for consult. Client is a 34yo Marine Corps veteran, two deployments, served with 2nd Battalion, 7th Marines. Goes by Sully (nickname from his unit, unrelated to his legal name). PCL-5 at intake 61, now 52 after 6 sessions of CPT. He wrote the impact statement in ten minutes in the parking lot and it was four lines, all about "what I let happen".

The stuck point is clearly moral - an incident involving a civilian vehicle at a checkpoint. He insists it's not about danger or safety, it's about being "a guy who did that". Standard Socratic questioning on assimilated stuck points goes nowhere; he agrees and then repeats it.

He's also started emailing me between sessions from kaz.ridgeback84@gmail.com with long late-night messages. Nothing acute so far, but I need to set a boundary without him experiencing it as rejection.

Looking for: (a) thoughts on adapting CPT for moral injury vs switching to something like Adaptive Disclosure, (b) how others handle between-session contact with veterans who are isolated.""",
        [
            ("2nd Battalion, 7th Marines", "organisation"),
            ("Sully", "name"),
            ("kaz.ridgeback84@gmail.com", "email"),
        ],
    ),
    (
        "b10c-014",
        """Re: Vet with moral injury, CPT stalled

Respectfully, I'd stop trying to Socratic your way out of this one. Moral injury stuck points are often accurate-ish appraisals - he did take part in something that violated his values. Litz and colleagues' *Adaptive Disclosure* manual is built for exactly this: the dialogue with a compassionate moral authority can do what restructuring can't. Resick's newer CPT materials also talk about shifting from "was it my fault?" to "what does accountability look like now?"

Also worth reading: Jonathan Shay, *Achilles in Vietnam*; Litz et al. (2009) in Clinical Psychology Review; Shira Maguen on killing in war.

Practical:
- Assess guilt and shame separately. The Trauma-Related Guilt Inventory (TRGI) and Moral Injury Events Scale (MIES) both help.
- Between-session contact: give him a structured alternative - a "letter to bring to session" practice - and a clear response window (e.g., I reply within one business day, never after 6pm). Put it in writing and frame it as protecting the work.
- Safety: isolated, ex-military, late-night rumination. Redo the C-SSRS, talk lethal means (firearm storage), and make sure he has the Veterans Crisis Line: 988, press 1.

Diagnostically you're probably at F43.10 (309.81 for the old-timers). Memorial Day and Veterans Day tend to be heavy; plan around them.""",
        [],
    ),
    (
        "b10c-015",
        """Y9 lad, gaming till 4am, school refusal - where do I start?

School-based counsellor, northern England. 14-year-old boy, Year 9 at Kingsmead Academy, attendance down to 58% this term. Mum reports he's on Fortnite and Discord most nights till 4am, and she's given up taking the Xbox off him because he "smashes the place up". Gamer tag is xX_N1ghtOwl_Xx and he's quite proud of his ranking - it's the one thing he'll talk to me about for more than a minute.

Home: mum, two younger sisters, dad left last year, lives in the LS9 area. Some evidence of bullying in Year 8 that was never followed up.

RCADS: elevated social anxiety and generalised anxiety subscales. No self-harm disclosed.

I'm wondering whether the gaming is the problem or the solution (i.e. avoidance of a school that feels unsafe). How would others formulate this? And is it worth bringing the gaming into sessions explicitly - e.g. asking him to show me a match?""",
        [("Kingsmead Academy", "organisation"), ("xX_N1ghtOwl_Xx", "handle"), ("LS9", "place")],
    ),
    (
        "b10c-016",
        """Re: Y9 lad, gaming till 4am

Gaming as the solution, almost certainly - at least at first. I'd hold off on an "Internet Gaming Disorder" framing (still in Section III of DSM-5-TR; ICD-11 has 6C51 Gaming disorder but the bar is high). The IGDT-10 can be a useful conversation piece if you want something structured.

Formulation I'd try: anxious, bullied boy + loss of dad + sleep phase shift = school feels unbearable. Gaming gives mastery, connection (Discord mates are real friends) and a place where he's competent. Night-time play also dodges the morning dread.

Tips:
- Yes, ask him to show you a match. Curiosity beats control. Ten minutes of Fortnite will teach you more than a term of RCADS follow-ups.
- Sleep first. CBT-I principles adapted for teens - a gradual shift, not cold turkey. Melatonin via the GP if needed.
- Work with school on a phased return and a named safe adult. Your local authority will have EBSA (emotionally based school avoidance) guidance.
- Mum needs support too: Non-Violent Resistance (Omer) is excellent for parents facing aggression over screens.

Reading: *Blame My Brain* (Nicola Morgan) for him; Pete Etchells' *Lost in a Good Game* for you. CAMHS referral if the aggression escalates. Half-term is a good moment to reset sleep.""",
        [],
    ),
    (
        "b10c-017",
        """ED + college sophomore, IG is feeding it - thoughts?

Hi friends. I'm an LMFT in private practice. New client, 19F, sophomore at the University of Vermont, presenting with restrictive eating after starting a "clean eating" account on Instagram (@plantbased.maddie.eats, ~8k followers, public). EDE-Q global 3.9, BMI 18.1, amenorrhea x 4 months. Her roommate Kenzie brought her to the campus counseling center after she fainted at a hot yoga class on 2/11.

She's ambivalent about stopping the account - it's her identity now and the "community" is her main social support. Parents are in New Jersey and don't know yet.

Where I'm stuck:
- She's an adult, so FBT in the strict sense isn't an option unless she consents to involving parents. Anyone used FBT-TAY or a modified version with college students?
- Medical monitoring: I've asked for labs via student health, but should I be pushing for a higher level of care already?""",
        [
            ("University of Vermont", "organisation"),
            ("@plantbased.maddie.eats", "handle"),
            ("Kenzie", "name"),
            ("2/11", "date"),
        ],
    ),
    (
        "b10c-018",
        """Re: ED + college sophomore

First, BMI alone can mislead - with amenorrhea and a syncopal episode I'd want orthostatic vitals, an ECG and electrolytes before anything else. The SAHM position paper and the AED *Medical Care Standards Guide* give clear criteria for a higher level of care. Don't wait on that.

On FBT: Lock & Le Grange's model has been adapted for transition-age youth (FBT-TAY, Dimitropoulos and colleagues), and it's consent-based - she chooses which supports to involve. Pitch it as "bringing in your team" rather than "telling your parents".

On the Instagram piece, I wouldn't start with "delete it". Do a decisional balance, Miller & Rollnick-style, and ask what the account gives her that food can't. Often it's belonging and competence. CBT-E (Fairburn) has a lovely module on over-evaluation of eating, shape and weight, and the pie chart exercise lands well at this age.

Reading for you: Fairburn's *Cognitive Behavior Therapy and Eating Disorders* (2008). For her, Jenni Schaefer's *Life Without Ed*.

Code-wise you're likely in F50.0x or OSFED (F50.89) depending on weight history. NEDA's helpline closed in 2023, but ANAD runs one. Thanksgiving and spring break are classic relapse windows - plan ahead.""",
        [],
    ),
    (
        "b10c-019",
        """Aged care resident, agitation at sundown - behavioural consult

Hi all, I do in-reach psychology into residential aged care. Referral is for a 94-year-old woman at Banksia Gardens Lodge in Toowong 4066, moderate Alzheimer's (MoCA 11/30 last year, now untestable), calling out and trying to leave every afternoon around 4pm. Staff say she's "looking for the children" - she was a primary school teacher for 40 years.

Her son says she always talks about "getting the bus to Yeronga", which is where she taught. He visits Saturdays.

Staff have tried redirection, and the GP trialled risperidone 0.25 mg, which made her drowsy and she fell. I'd like a non-pharm plan staff can actually follow on a busy afternoon shift.

What I'm thinking: meaningful activity around 3pm (sorting "school books"? marking?), a simulated presence recording from the son, consistent staff. Has anyone done this well in a facility with high turnover? And any good reading?""",
        [
            ("94-year-old", "age"),
            ("Banksia Gardens Lodge", "organisation"),
            ("Toowong 4066", "place"),
            ("Yeronga", "place"),
        ],
    ),
    (
        "b10c-020",
        """Re: Aged care resident, agitation at sundown

Lovely referral - this is where psychology makes a real difference in aged care.

Kitwood's idea of personhood is your anchor: she isn't wandering, she's going to work. Staff need to hear that reframe before any strategy will stick. I usually run a 20-minute in-service with a simple formulation on the staffroom whiteboard; Cohen-Mansfield's unmet needs model is easy to explain.

Ideas that have worked for me:
- A "teacher's desk" with exercise books, a red pen, a bell. Offered about 3pm, before agitation peaks.
- Montessori for Dementia (Cameron Camp) - giving roles, not activities. She could "help" by handing out afternoon tea.
- Simulated presence works for some and distresses others. Trial it with a staff member watching.
- Shift handover around 3pm is often the real trigger. Map it with an ABC chart for a fortnight.

Use the CMAI or NPI-NH before and after so you can show change. Dementia Support Australia (DBMAS) will also do a free consult and they're excellent on antipsychotic-related falls. The Royal Commission's final report has a chapter on restrictive practices worth quoting to management.

Anzac Day and Mother's Day can both stir a lot for residents of her generation. Dementia Australia's helpline: 1800 100 500.""",
        [],
    ),
    (
        "b10c-021",
        """Syrian family, 11yo with nightmares - culturally responsive approaches?

Hi, I'm a child therapist (RP, Ontario). Working with an 11-year-old boy, Yusuf, who arrived in Canada 18 months ago with his parents and two siblings after several years in a camp in Jordan. Family lives in Scarborough near Kennedy station; dad found work stocking shelves at Loblaws, mom is home with the toddler and attending LINC classes. Yusuf is in Grade 5 at Tam O'Shanter Junior Public School and his teacher referred because he falls asleep in class.

Nightmares 4-5 nights a week, bedwetting has returned, startles easily. CATS caregiver report consistent with PTSD; CRIES-8 high. He has told me very little directly, but he draws constantly - lots of tanks, and one house with the roof missing.

Dad is sceptical of therapy ("he needs to forget, not remember") and mom nods along. An interpreter is available but the boy prefers English.

How have others approached TF-CBT with families where the trauma narrative feels culturally loaded? Is there a better fit?""",
        [
            ("Yusuf", "name"),
            ("Scarborough", "place"),
            ("Kennedy station", "place"),
            ("Loblaws", "organisation"),
            ("Tam O'Shanter Junior Public School", "organisation"),
        ],
    ),
    (
        "b10c-022",
        """Re: Syrian family, 11yo with nightmares

Really thoughtful question. A few things:

Start with the DSM-5-TR Cultural Formulation Interview (the informant version for dad). Asking how the family understands nightmares, and what they've already tried (Qur'an recitation before sleep, for example), makes allies of skeptics.

Papadopoulos's Adversity Grid is great in refugee work because it asks about positive outcomes too - "adversity-activated development" - which speaks to a father proud of how his kids have coped.

On TF-CBT: Cohen, Mannarino & Deblinger encourage flexibility with the narrative - drawing, a comic strip, or a parent-present version. The drawings he's already doing are a narrative. Teaching Recovery Techniques (Children and War Foundation) is brief, group-based and designed for this population, and KIDNET has good evidence with refugee kids.

Practical:
- Bedwetting: rule out medical causes with the family doctor first.
- Sleep hygiene adapted to shared bedrooms - a small night-light, a "worry box".
- During Ramadan sleep schedules shift a lot, so don't over-read changes that month. Eid can bring up grief for relatives left behind.

Reading: Judith Herman, *Trauma and Recovery*; the AAP's immigrant child health toolkit. Kids Help Phone (1-800-668-6868) is worth putting in his backpack.""",
        [],
    ),
    (
        "b10c-023",
        """Perinatal - mum with bipolar II, planning second pregnancy

Clinical psychologist, community perinatal team. Looking for thoughts on pre-conception counselling. Client, born 07/09/1989, bipolar II diagnosed in her twenties, well on lamotrigine for four years. Had a severe postpartum episode after her first child, with a brief admission to the Mother and Baby Unit at Bethlem. She and her husband are thinking about a second baby and want to know her risks "honestly".

I referred under NHS no. 485 777 3456 and the perinatal psychiatrist is reviewing meds, but the psychological side is mine: she's carrying a lot of shame about the first episode ("I missed the first three months of his life").

What I'm planning:
- Collaborative relapse-signature work (sleep is her big early warning sign).
- A written perinatal care plan shared with midwife, GP and health visitor.
- Some compassion-focused work on the shame.

Anyone got a good structure for the risk conversation? The numbers are frightening and I want to balance honesty with hope.""",
        [("07/09/1989", "date"), ("Bethlem", "organisation"), ("485 777 3456", "id_number")],
    ),
    (
        "b10c-024",
        """Re: Perinatal - mum with bipolar II, planning second pregnancy

Such important work and so rarely done well.

For the risk conversation I lean on Wesseloo et al. (2016, *AJP*): women with a history of postpartum episodes have a high recurrence risk, but prophylaxis reduces it substantially. Present it as "here's the risk without a plan, here's the risk with one". Action on Postpartum Psychosis (APP) has leaflets co-written with women with lived experience, and their planning-a-pregnancy guide is excellent.

Structure I use over three sessions:
1. Her story of the first episode, in her words. Validate, don't rush to reframe.
2. The numbers, with partner present. Use a visual (a 100-faces icon array).
3. The plan: sleep protection (partner does night feeds, at least early on), early warning signs, who calls whom.

On the shame, Gilbert's CFT is a great fit. "Old brain, new brain" psychoeducation helps her see the episode as something that happened to her. Kristin Neff's self-compassion break is a good between-session practice.

Guidelines: NICE CG192 and the MBRRACE-UK reports are worth citing in the care plan. Lamotrigine is generally one of the better options in pregnancy, but that's for the perinatal psychiatrist.

Christmas and bank holidays can wreck sleep routines, so build them into the plan.""",
        [],
    ),
    (
        "b10c-025",
        """Court-mandated client, custody case - how do I stay neutral?

LCSW in Arizona. I've been asked to see a 29-year-old dad, Travis, under a family court order (Case No. FC2023-004417, filed in Maricopa County). The order says "individual counseling addressing anger management" and the judge wants progress letters every 60 days. Mom's attorney has already emailed me asking for records.

He's polite in session but clearly performing for the letter. Says everything is "great" and the only problem is "her". His ex, Kayla, has had a protective order against him since 2022, which he minimizes.

I've never done court work before. Questions:
- How do you write progress letters that are honest without being weaponised by either side?
- What do you actually do in session with someone who's there only because a judge said so?
- Do I need to respond to the attorney at all?

Any readings on mandated clients much appreciated.""",
        [
            ("Travis", "name"),
            ("FC2023-004417", "id_number"),
            ("Maricopa County", "place"),
            ("Kayla", "name"),
        ],
    ),
    (
        "b10c-026",
        """Re: Court-mandated client

Welcome to forensic-adjacent work! Some hard-won lessons:

1. Get the actual court order and read it twice. Your role is treating clinician, NOT custody evaluator. Say so in every letter: "This letter reflects attendance and participation; it is not a custody recommendation." APA's custody evaluation guidelines and the AFCC model standards draw this line clearly.
2. Letters: dates attended, engagement, treatment goals and progress toward them. No opinions about the other parent, no predictions.
3. The attorney: don't release records without a valid authorization or a subpoena reviewed by your own counsel. Call your liability carrier's risk-management line first.

In session: motivational interviewing, full stop. Miller & Rollnick on "working with discord" is essential. In Prochaska's Stages of Change he's precontemplative about everything except the ex. Ask what he wants for his kid, not for the court. Keep the Duluth Power and Control Wheel in mind given the protective order, even if you never show it to him.

Reading: Lundy Bancroft's *Why Does He Do That?* (for you). Bill 90834 or 90837 as normal; Z65.3 (problems related to other legal circumstances) works as a secondary code.

The Fourth of July and Thanksgiving often trigger exchange conflicts, so check the parenting-time schedule.""",
        [],
    ),
    (
        "b10c-027",
        """Panic after assault - careful write-up, seeking formulation help

I've kept details minimal for obvious reasons.

Client: woman in her thirties, professional, no prior psychiatric history. Assaulted by a stranger while walking home from a train station. Since then, panic attacks several times a week, avoidance of public transport, hypervigilance, and she now works from home. PCL-5 47, PDSS 15. She tells me the attack happened on the evening of 23 October, and every Monday since has felt "like the same night".

Features that are puzzling me:
- The panic is worse at home than outside, which doesn't fit a simple fear-conditioning model.
- She insists the assault "wasn't that bad" and that she's "overreacting", yet the avoidance is extensive.
- She's started checking the locks repeatedly, which looks more OCD than PTSD.

I'm inclined toward Ehlers & Clark's cognitive model (negative appraisals of the trauma and its sequelae, a poorly integrated memory) but wondering whether panic control treatment first would be more efficient. Thoughts?""",
        [("23 October", "date")],
    ),
    (
        "b10c-028",
        """Re: Panic after assault

Your Ehlers & Clark instinct is right, I think. Some thoughts on the puzzles:

Panic worse at home: home is where she's alone with the memory, with no external demands. In the model, intrusions are triggered by low-level perceptual cues - a sound, light at dusk, the smell of wet pavement. Try "then vs now" stimulus discrimination and map triggers across a week.

"Wasn't that bad": classic minimisation, which feeds shame and makes the panic feel unjustified ("something's wrong with me"). That's a negative appraisal of her own response, a key maintaining factor. Go after it explicitly.

Lock checking: may be a safety behaviour rather than OCD. Ask what she fears would happen if she didn't check. "He'll get in" points to PTSD-related safety behaviour; "I'll be responsible for something terrible" means look at OCD more closely (Y-BOCS, OCI-R).

Order: I wouldn't do panic control treatment first. Reclaiming-your-life assignments plus hotspot updating usually bring the panic down too. Barlow's panic work can be added if it persists.

Reading: the CT-PTSD materials on the OXCADAT website are free, with videos. Also Grey's *A Casebook of Cognitive Therapy for Traumatic Stress Reactions*.

Sunday nights before the work week are often hardest - worth asking about.""",
        [],
    ),
    (
        "b10c-029",
        """Client who writes publicly about therapy - boundary question

Counsellor, BACP registered. I've been seeing a woman in her 50s for about eight months for depression following early retirement. The work is going well. Last week she told me she's been blogging about our sessions and asked whether I'd like to read it. She sent the link through the booking system: https://www.quietmorningsjournal.co.uk/therapy-diaries

I haven't opened it. My instinct is that reading it changes the frame - I'd be engaging with a version of the therapy curated for an audience, and might feel self-conscious in the room. But she seemed hurt when I hesitated, and her core beliefs are very much around "people aren't interested in me".

How have others handled this? I don't want to enact the rejection she fears, but I also don't want to become her reader. And what about my own confidentiality - she mentions me, though not by name?""",
        [("https://www.quietmorningsjournal.co.uk/therapy-diaries", "url")],
    ),
    (
        "b10c-030",
        """Re: Client who writes publicly about therapy

This comes up more and more. Keely Kolmes's work on social media policies and Ofer Zur's writing on digital ethics are the go-to references; Kolmes's sample policy is a good template to adapt.

I'd bring it into the room rather than decide alone. Something like: "I was really moved you'd want to share it with me, and I noticed I hesitated. Can we think together about what it would mean for me to read it?" That way the hesitation becomes material, not rejection. You can explore the audience too - who does she imagine reading? What does she write that she doesn't say here?

On your position: the BACP Ethical Framework's emphasis on respecting client autonomy supports her right to tell her own story. It doesn't oblige you to read it. Check your supervision contract and insurer too. If she ever names the practice on Facebook, WordPress or Substack, that's a conversation; otherwise it's her story.

Some therapists read one post together in session and then agree not to again. Others decline gently and stick to it. Both are defensible if the reasoning is transparent and documented.

Related reading: Gutheil & Gabbard on boundary crossings vs violations; Alessandra Lemma's *The Digital Age on the Couch*.""",
        [],
    ),
    (
        "b10c-031",
        """update on the 15yo + toxic ex situation

thanks all for the replies last week!! tried the "mapping the texts" idea and honestly it went better than i expected. she scrolled through her phone with me and we sorted messages into "felt good" / "felt bad" piles on the whiteboard. when she got to the ones from him she went quiet then said "tell ellie i'm not mad at her, she was right". ellie being the best friend who told the school counsellor in the first place.

she's still in contact with him on snap (his is deano.k_07) and i'm working on the safety plan - she agreed i can loop in mum. Also she let slip they're meeting at the skate park behind Maroubra Beach on Saturday the 9th, so that's going in the plan too.

question for the group: any simple scripts for helping a 15yo think about coercive control without it sounding like a lecture? the Love Is Respect stuff feels very American for an Aussie kid""",
        [
            ("ellie", "name"),
            ("deano.k_07", "handle"),
            ("Maroubra Beach", "place"),
            ("Saturday the 9th", "date"),
        ],
    ),
    (
        "b10c-032",
        """Re: 15yo + toxic ex

Hope this helps - I use a "green flags / red flags" card sort with teens. It's less lecture-y because they do the sorting. Then ask "which of these would you want for your little sister?" Works almost every time.

The eSafety Commissioner has really good Aussie resources in its young people section, and 1800RESPECT has material for young people too. Kids Helpline 1800 55 1800 is the one most teens actually know.

Will add: Evan Stark's coercive control framing is great for us but too abstract for her. The Duluth wheel has a teen version (Teen Power and Control Wheel) which is concrete - "checks your phone", "tells you who you can hang out with". She'll recognise it.

Mark my words, the mum involvement is going to be the game changer, so well done getting consent for that.

---
+1 to all that. Safe Dates (Foshee) is an evidence-based curriculum if you want session structure, and Brené Brown's shame stuff lands weirdly well with teens. Also check what the school already runs - a lot of them do Respectful Relationships in Year 9 anyway.

---
lol yes to the card sort. Grace under pressure from you getting mum on board, honestly.""",
        [],
    ),
    (
        "b10c-033",
        """International student, academic failure + shame - consult

Provisional psychologist, uni counselling service. Client is a 21yo master's student from Vietnam studying accounting at Monash, Clayton campus. She failed two units in Semester 1 and is on academic probation; her parents paid her fees by mortgaging the family home and she hasn't told them. K10 36, DASS-21 depression severe. Passive SI ("it would be easier if I didn't wake up"), no plan.

She emailed me after hours from linh.t.2001@outlook.com asking if I could "write a letter to say I'm sick" for special consideration. Her student ID, 31457789, was in the signature.

I'm trying to balance: (a) legitimate special consideration for documented depression, (b) her shame and secrecy with family, (c) visa implications if she drops below a full-time load.

Any frameworks for working with filial piety and academic shame that don't pathologise the cultural values? And thoughts on whether she should tell her parents?""",
        [
            ("Monash", "organisation"),
            ("Clayton", "place"),
            ("linh.t.2001@outlook.com", "email"),
            ("31457789", "id_number"),
        ],
    ),
    (
        "b10c-034",
        """Re: International student, academic failure + shame

Such a common presentation, and such a heavy one.

Frameworks: Derald Wing Sue on cultural humility; the Cultural Formulation Interview; and for filial piety specifically, Kuo-shu Yeh's dual filial piety model (reciprocal vs authoritarian) - it lets you honour the reciprocal love while questioning the authoritarian pressure. Wei-Chin Hwang's PAMF is useful for adapting CBT.

On telling her parents: don't push. Explore what she imagines happening and what she'd want if she were in their place. Students often imagine a far worse reaction than parents give. Role-play the phone call if she wants.

On the letter: most universities accept a professional practitioner's statement - keep it factual (dates of contact, impact on study) and don't diagnose beyond your scope. Include only what she consents to.

Visa: refer her to the international student advisers *before* any load reduction. Under-load rules and a change to her Confirmation of Enrolment can affect the visa.

Safety: passive SI with shame and secrecy is a risky mix. Use the Columbia, build a safety plan, and include Lifeline 13 11 14 and Beyond Blue (1300 22 4636). headspace is an option if she's under 25.

Lunar New Year is coming up - a hard time when not going home, or going home with a secret.""",
        [],
    ),
    (
        "b10c-035",
        """DV survivor being tracked - tech safety question

I'm an LPC in Texas. Client, 27, left an abusive relationship three months ago. Her ex, Brandon Pruitt, keeps turning up wherever she is. She's changed her number twice. Last week she showed me her Google account activity: sign-ins from 73.152.48.201 that aren't her, at times she was asleep. Her sister helped her check her car and they found a GPS tracker under the bumper - serial number GT-0094418-B.

She has a protective order and a detective assigned, but she's terrified, sleeping at a friend's place in Round Rock, and has stopped going to her shifts at H-E-B.

Therapeutically she's hypervigilant, not sleeping, PCL-5 58. But it's hard to do trauma work when the threat is ongoing - the fear is accurate.

Questions:
- Who do I hand the technical stuff to? I'm out of my depth.
- How do I frame treatment when the danger isn't past? Stabilisation only?
- Any good guides for clinicians on tech-facilitated abuse?""",
        [
            ("Brandon Pruitt", "name"),
            ("73.152.48.201", "ip"),
            ("GT-0094418-B", "id_number"),
            ("Round Rock", "place"),
            ("H-E-B", "organisation"),
        ],
    ),
    (
        "b10c-036",
        """Re: DV survivor being tracked

You're right that this isn't a "past trauma" case yet. Herman's stage one (safety and stabilization) is the whole job for now; processing would be premature while the danger is live.

Tech stuff - hand it off:
- NNEDV's Safety Net project has survivor toolkits and guidance for professionals. Excellent.
- Local DV advocates often have tech-safety trained staff. The National DV Hotline (1-800-799-7233) can connect her.
- Don't have her remove the tracker or change passwords without talking to the detective and an advocate first - abrupt changes can escalate. Document, don't disrupt.
- Check for Life360, Find My sharing, Google Maps location sharing and AirTags (iPhones alert to unknown AirTags; Android has a Tracker Detect app).

Clinically:
- Jacquelyn Campbell's Danger Assessment - do it with her. Stalking plus separation is a high-lethality combination.
- Grounding, sleep and problem-solving. Somatic work (Ogden's sensorimotor ideas, Porges for psychoeducation on why her body won't settle) helps more than cognitive work right now.
- Validate that her fear is accurate. The standard CBT move of challenging the threat appraisal can do harm here.

Reading: Evan Stark's *Coercive Control*; Judith Herman's *Truth and Repair* (2023).""",
        [],
    ),
    (
        "b10c-037",
        """EMDR for MVA - client fixated on the other driver

Consult request from an EMDR-trained therapist in California. Client is a 45-year-old delivery driver who was T-boned at an intersection in Fresno in January. The other driver ran a red light and fled; my client memorised the plate - 7KJM392 - and repeats it in every session like a mantra. Police haven't found the car. He hasn't been able to go back to his route for Amazon.

Target memory is clear: the moment of impact. Baseline SUD 9, VOC for "I'm safe now" 2. But every time we start bilateral stimulation he loops to "if I find him, then it's over" and we lose the thread. His wife, Guadalupe, says he's been driving past the corner of Shaw and Blackstone at night "looking for the car".

Questions:
- Is the plate fixation a blocking belief I should target separately?
- Should I go back to Phase 2 resourcing?
- Anyone used a future template for the "what if they never catch him" scenario?""",
        [
            ("Fresno", "place"),
            ("7KJM392", "id_number"),
            ("Amazon", "organisation"),
            ("Guadalupe", "name"),
            ("Shaw and Blackstone", "place"),
        ],
    ),
    (
        "b10c-038",
        """Re: EMDR for MVA

Yes - the plate is a blocking belief, and a pretty classic one. Shapiro's text (3rd ed.) covers blocked processing well, and Laurel Parnell's resource-tapping work is handy here. The belief is something like "I can't be safe until I have control", and the repetition functions as a safety behaviour.

What I'd try:
- Go back to Phase 2 briefly: Calm/Safe Place, Container, and a resource for control ("a time you felt in charge"). Don't skip this.
- Use a cognitive interweave when he loops: "Whose job is it to find the driver?" Let him answer "the police", then go with that.
- If it still blocks, target the plate itself with a float-back. Sometimes it leads to an earlier memory of powerlessness.
- Future template: yes, once the impact memory is at SUD 0 or 1.

Also screen for depression (PHQ-9) and pain - chronic pain after an MVA keeps the memory "hot". IES-R for tracking. Ehlers & Clark's CT-PTSD would also target the meaning of "he got away with it".

The night-time driving past the intersection is worth naming as checking rather than closure.

Careful around Labor Day weekend - heavy traffic can spike symptoms. Bill 90837 with the EMDR add-on only if your payer recognises it.""",
        [],
    ),
    (
        "b10c-039",
        """Scrupulosity in a 17yo - involving the church?

Hi all. Working with a 17-year-old boy with religious OCD: intrusive blasphemous thoughts, compulsive confessing and prayer rituals up to 3 hours a day. Y-BOCS 28. His family are very involved at Grace Fellowship Church and his youth pastor, Dale Whitfield, has been "praying it out of him", which the client finds helpful in the moment but is clearly reassurance.

His older sister Faith is the one who pushed for therapy. She's away at college but FaceTimes him most nights, and she's the only family member who understands it's an anxiety problem rather than a spiritual one.

Question: how have others engaged religious leaders in ERP for scrupulosity? I don't want to set up therapy vs. church, and the client really values his congregation. Abramowitz's work and the PIOS are on my list, but practical experience would help. Also whether anyone has had a pastor sit in on an exposure session.""",
        [
            ("Grace Fellowship Church", "organisation"),
            ("Dale Whitfield", "name"),
            ("Faith", "name"),
        ],
    ),
    (
        "b10c-040",
        """Update + thanks: hoarding case (older adult)

Thanks to everyone who replied to my post in the autumn. Quick update, still keeping details vague.

The client, a retired tradesman in his eighties living in a small prairie town, now has a clear path through his home. Following suggestions here, we dropped the "clean-out" framing and used Frost & Steketee's CBT for hoarding, with the Clutter Image Rating as our shared measure - a 7 down to a 5 in the living room. The Saving Inventory-Revised dropped from 71 to 58.

What made the difference:
- *Buried in Treasures* (Tolin, Frost & Steketee) as a workbook. He likes homework he can hold.
- Harm-reduction framing from Bratiotis and colleagues: fire safety first, not aesthetics.
- A non-acquiring trip to a Canadian Tire where he practised leaving without buying anything. He laughed about it afterwards.
- Involving his niece by Zoom once a month.

Still hard: anything belonging to his late wife. We haven't touched her sewing room and I'm okay with that for now.

MoCA was 26, so no major cognitive concerns, but I'm re-screening in the new year. His GP adjusted his citalopram to 20 mg given the QTc.

Remembrance Day and Christmas were tough but he held steady. Big thanks to whoever recommended the CIR - simple and brilliant.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind10c"}
        for i, t, items in DOCS
    ]
