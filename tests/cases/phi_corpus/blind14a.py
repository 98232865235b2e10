"""Blind batch b14a, written by a helper session without sight of the guard. Forty posts from
US and Canadian clinicians in group practices, university counselling centres and training
clinics: couples and family therapy, trauma (CPT, EMDR, PE), OCD and anxiety (ERP, I-CBT,
SPACE), grief and bereavement groups, LGBTQ+ clients and college counselling. Genres include
Markdown case presentations, consultation questions, chatty forum replies, SOAP/DAP/BIRP notes,
process and group notes, supervision notes and closing takeaways. Identifier documents carry
client, partner, child, pet and treating-clinician names (nicknames, initials with surnames,
ordinary-word names, a lower-case name in a quoted text), employers, schools, hospitals,
churches and teams, cities, neighbourhoods, street addresses and ZIP codes, session and birth
dates, holidays with a year, an age over 89, phones, emails, handles, a URL and clinic, police,
student and health-card numbers. Clean documents are dense with look-alikes: authors cited as
possessives, in parentheses, "X and Y", "X et al." and by first name plus surname; book,
podcast, app and training names; national hotlines and charities; instruments and scores;
CPT and ICD codes; medications; states, provinces, weekdays, months and holidays without years.

First-sight figures, with the guard at 980c3e6: span recall 0.933, precision 0.871, identifier
documents fully caught 0.400, clean documents flagged 0.550 (the guard at 5d372b1, where this
session started: 0.938, 0.847, 0.450, 0.650).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b14a-001",
        """**Couples case: escalation, stonewalling, and a very bad anniversary**

**Clients:** Marisol (38) and Dev (41), married 9 years, two kids under 7. Self-referred after Marisol found a dating app on Dev's phone in the spring. He says he never met anyone and deleted it "the same week."

**Context:** Dev works 12-hour nights as a respiratory therapist at Providence St. Vincent and sleeps most of the day. Marisol is home with the kids in Sellwood and describes herself as "a single parent with a roommate." Their worst fight in years was on June 14th, which is also their anniversary; she took the kids to her sister's for two nights.

**Assessment so far (4 sessions):**
- CSI-16 at intake: 41 (her) and 58 (him). Both well under the distress cutoff.
- All of Gottman's Four Horsemen, honestly. She criticizes, he stonewalls, and contempt leaks out in the eye-rolls whenever he says he's tired.
- Through an EFT lens it is a textbook pursue/withdraw cycle. I've been tracking it the way Sue Johnson lays it out in Hold Me Tight, and they both lit up when I drew the cycle on the whiteboard.
- No IPV disclosed in separate individual check-ins. No substance concerns beyond "a couple beers after shift."

**Billing:** 90847, Z63.0. Both individual sessions billed as 90834 under his plan.

**Where I'm stuck:** Every time we get near the app, Dev floods (he literally said his heart rate was "like 130" on his watch) and Marisol reads his shutdown as proof he's hiding something. I know the Gottman answer is to call a 20-minute physiological break, and I know the EFT answer is to slow down and stay with his fear. Has anyone blended those well in early sessions? And do you address the app as an attachment injury now (Johnson's AIRM) or wait until de-escalation is more solid?""",
        [
            ("Marisol", "name"),
            ("Dev", "name"),
            ("Providence St. Vincent", "organisation"),
            ("Sellwood", "place"),
            ("June 14th", "date"),
        ],
    ),
    (
        "b14a-002",
        """Oh, I love this question, and I have opinions. 😅

For affair recovery I basically always start with Shirley Glass's Not "Just Friends" for the partner who strayed, because her walls-and-windows metaphor lands with people who insist "it wasn't even physical." For the hurt partner, Janis Abrahms Spring's After the Affair is still the one I hand over most. Some couples really like Esther Perel's The State of Affairs, but I'd hold it until the hurt partner is out of the acute phase; a few of mine experienced it as too sympathetic to the person who had the affair.

Model-wise, the Gottman atone-attune-attach sequence gives structure that anxious couples crave. If you haven't done Gottman Level 1 and 2, they're worth it just for the assessment pieces. If you lean EFT, the ICEEFT externship will change how you sit with a withdrawer. Terry Real's Us is a great read for you and sometimes for the husband who keeps saying "I just want things to go back to normal."

Podcasts: Where Should We Begin? is voyeuristic in the best way, and clients say it makes them feel less alone. I also send people to the Gottman Institute blog for the short pieces on repair.

Apps: Lasting and Paired are both fine for between-session structure. I'd use them as homework, not as the treatment.

One caution from Michele Weiner-Davis that stuck with me: don't let the couple skip the "why" conversation just because the details are painful. Also, separate sessions early on are fine, but set your secrets policy in writing before session one, not after.""",
        [],
    ),
    (
        "b14a-003",
        """Consult request: harm OCD, ERP stalled, prescriber wants to increase meds

Hi team, hoping the OCD folks can weigh in before Thursday's case conference.

Theo is 24, a backend developer at Shopify (fully remote), and lives with his girlfriend in the Annex. Classic harm obsessions: images of pushing her into traffic, knives, and lately fears he might "snap" while holding his infant nephew. Compulsions are mostly mental: reviewing, neutralizing with a counter-image, and a lot of checking his own body for "signs of rage." Y-BOCS was 29 at intake, 26 now after 10 sessions.

His psychiatrist, Dr. Anjali Rao at Sunnybrook, started fluvoxamine and is up to 200 mg. She messaged asking whether to go higher or augment with low-dose aripiprazole, and whether we think therapy is actually happening or he's just attending.

My read: the in-vivo ERP is going okay (he can now hold a kitchen knife with her in the room), but imaginal scripts stall because he neutralizes mid-script and doesn't tell me. I've been following Abramowitz's approach and using the Jon Hershfield workbook as his homework.

Questions:
1. Has anyone switched to I-CBT (O'Connor and Aardema) for someone whose compulsions are mostly reasoning-based? The inferential confusion piece fits him suspiciously well.
2. Would you loop in NOCD-style between-session support or is that overkill?

Admin note for whoever books him: his OHIP is 5284-917-306-HX and the referral letter from Rao's office is in the shared drive under his file.""",
        [
            ("Theo", "name"),
            ("Shopify", "organisation"),
            ("Annex", "place"),
            ("Anjali Rao", "name"),
            ("Rao", "name"),
            ("Sunnybrook", "organisation"),
            ("5284-917-306-HX", "id_number"),
        ],
    ),
    (
        "b14a-004",
        """Piling on with resources since someone always asks in these threads!

Books for clients:
- Winston and Seif, Overcoming Unwanted Intrusive Thoughts. My number one for harm, sexual and "what if I'm secretly a bad person" intrusions. Short chapters, non-shaming.
- Reid Wilson's Stopping the Noise in Your Head if they like a paradoxical, playful stance.
- Jonathan Grayson, Freedom from Obsessive Compulsive Disorder. Older but the uncertainty chapters are gold.
- Hershfield and Corboy, The Mindfulness Workbook for OCD, for people who want the ACT-ish flavour alongside ERP.

Books for you: Abramowitz et al. have a therapist guide that is very practical, and Lee Baer's The Imp of the Mind is still the clearest thing I've read on taboo obsessions.

Podcasts: Kimberley Quinlan's Your Anxiety Toolkit (she's great on self-compassion during exposure), and The OCD Stories for the lived-experience angle. Clients often binge them and then come in asking smart questions.

Training: if you can get into the IOCDF's BTTI, do it. Three intense days, lots of role-play, and you come out with a network of people to consult with. For kids, Eli Lebowitz's SPACE training is online now and reasonably priced.

Apps: NOCD gets mixed reviews from my clients; some love the ERP timer, some hate the subscription push. MindShift (from Anxiety Canada) is free and decent for general anxiety but not OCD-specific.

Last thing: measure. A Y-BOCS every 4-6 sessions and a DOCS if you're seeing a mixed presentation. It keeps both of you honest about whether the "talking about OCD" sessions are actually doing anything.""",
        [],
    ),
    (
        "b14a-005",
        """Supervision note, 10/17, MFT practicum live-supervision team

Case: FC-2291 (family, school refusal)
Present: trainee therapist, supervisor, 3 team members behind the mirror

Brooklyn (14) has missed 19 days since the start of the term at Roosevelt Middle School. Mom (Tasha) works early shifts and leaves before Brooklyn is up; stepdad drives her but "gives up after the second no." Grandfather lives with them and is Brooklyn's main ally.

Session summary: Trainee attempted an enactment per Minuchin, asking Tasha and stepdad to agree on a morning plan in front of Brooklyn. Brooklyn interrupted repeatedly and Tasha turned to her for "permission" before answering stepdad. Team phoned in at 22 minutes suggesting trainee block the triangulation by physically turning toward the parental dyad. It worked for about four minutes.

Supervisor feedback:
- Strong joining with Brooklyn; less with stepdad, who was visibly checked out by minute 30. Next session, start with him.
- Hypothesis from a Bowen lens: Tasha's anxiety is managed through closeness with Brooklyn, and school refusal keeps the triangle stable.
- Consider adding SPACE parent sessions (Lebowitz) since the accommodation is heavy.
- Kearney's SRAS-R results (attention-seeking and escape from evaluative situations both elevated) support a functional approach, not just structural.
- ORS/SRS: family ORS went up 3 points; SRS fine.

Plan: Trainee to do a genogram next session; team to watch for Tasha's glances at Brooklyn as a cue.""",
        [
            ("10/17", "date"),
            ("FC-2291", "id_number"),
            ("Brooklyn", "name"),
            ("Roosevelt Middle School", "organisation"),
            ("Tasha", "name"),
        ],
    ),
    (
        "b14a-006",
        """Supervision reflection (practicum journal, week 9)

I've been avoiding writing this one. My grief client lost her husband about seven months ago, and in session I keep catching myself wanting to fix it: offering reframes, jumping to "meaning," steering toward the future. My supervisor gently pointed out that I interrupt her most when she talks about the hospital. When I sat with that, I realized it's the same week of the year my own father died, and I hadn't named that to myself.

What helped in supervision:
- Rereading Yalom's The Gift of Therapy, especially the bit about therapists being "fellow travelers." Irvin Yalom makes it sound so simple.
- Worden's four tasks as a map. She is very much still in task two (processing the pain), and I keep trying to drag her to task four.
- Stroebe and Schut's dual process model. My supervisor reminded me that the oscillation between loss-orientation and restoration-orientation is healthy, and that her "good weeks" aren't avoidance.
- Robert Neimeyer's idea of meaning reconstruction, but only when she brings it up, not me.

Goals for myself: let silence be longer than feels comfortable. Track my urge to fix as data. Bring the anniversary piece to my own therapist, not into the room. And keep using the PG-13-R every month so I'm not guessing about whether this is becoming prolonged grief (her score is 28, below threshold).

I felt relieved after supervision. Also a bit exposed. I think both are okay.""",
        [],
    ),
    (
        "b14a-007",
        """**Case presentation: CPT with an Army veteran, stuck on "it was my fault"**

**ID:** M. Delacroix, 33, separated from the 82nd Airborne in 2019 after two deployments. Lives in Fayetteville with his wife Shay and their two kids. Referred by his VA primary care team for community care because the local PTSD clinic waitlist is long.

**Index event:** A vehicle rollover on August 9th during his second deployment in which his driver died. He was in the passenger seat and had swapped seats with the driver that morning.

**Measures:** PCL-5 58 at intake, 47 at session 6. PHQ-9 14. No SI; C-SSRS screen negative. Sleep is the worst symptom; prazosin 3 mg at night has helped the nightmares somewhat.

**Treatment:** Cognitive Processing Therapy per the Resick, Monson and Chard manual, with the written account. He did the Impact Statement easily but every Socratic dialogue ends at the same stuck point: "If I hadn't swapped, he'd be alive." We've done ABC worksheets and Challenging Questions, and he can see the hindsight bias intellectually, but the SUDS don't budge.

**Questions for the group:**
- Would you shift to PE (Foa) at this point? He avoids driving on the highway, so in-vivo work is tempting.
- Anyone used Written Exposure Therapy (Sloan and Marx) with guilt-dominant presentations?
- Shay has asked to come to a session. Thoughts on a conjoint session mid-protocol, or better to refer them to CBCT for PTSD (Monson and Fredman) after?

He knows the Veterans Crisis Line (988, press 1) and has it saved.""",
        [
            ("Delacroix", "name"),
            ("82nd Airborne", "organisation"),
            ("Fayetteville", "place"),
            ("Shay", "name"),
            ("August 9th", "date"),
        ],
    ),
    (
        "b14a-008",
        """BIRP note, individual psychotherapy, 53 min (90837)

Behavior: Client arrived on time, dressed for work, affect constricted early and brighter by the end. Reported two nightmares this week (down from five) and one flashback at the workplace after a coworker slammed a door. Used the 5-4-3-2-1 grounding skill and was able to finish the shift. Sleep 5-6 hours. Denied SI/HI; C-SSRS screener negative. PCL-5 today 41 (intake 59).

Intervention: Continued Phase 1 of STAIR (Cloitre et al.) focusing on emotion regulation and interpersonal schemas. Reviewed the Window of Tolerance (Siegel) diagram and had client map hyperarousal cues (jaw clench, heat in chest) and hypoarousal cues ("going foggy"). Practiced paced breathing using the Breathe2Relax app in session. Introduced the idea of Herman's phased model so client understands why we are not yet doing trauma narrative work. Brief psychoeducation on the orienting response drawing on Pat Ogden's sensorimotor work.

Response: Client engaged well and said the window diagram "explains my whole marriage." Became tearful when discussing the door slam and was able to use grounding without prompting. Asked whether EMDR would be faster; explained rationale for current sequencing and agreed to revisit in 4 sessions.

Plan: Continue weekly. Client to log arousal cues daily and practice paced breathing twice a day. Reassess PCL-5 and ITQ in two weeks. Review readiness for CPT or EMDR at session 12. Crisis plan reviewed; client has 988 and the local mobile crisis number saved. Dx: F43.10.""",
        [],
    ),
    (
        "b14a-009",
        """Looking for bereavement ideas for a very old widower who "doesn't believe in therapy"

I'm an RSW in a small group practice in Ontario. New client: Mr. K, who is 92 and lives alone in a bungalow in Hamilton. His wife of 64 years, Doreen, died at St. Joseph's Healthcare on Boxing Day 2023 after a long stretch with heart failure. He came in because his daughter Bev booked it and drove him.

He's sharp (MoCA 27/30 done by his family doctor last month), independent, still drives, and describes himself as "fine, just tired." PG-13-R is 34, which is above the prolonged grief threshold, and it's been more than a year. He hasn't changed anything in the house. He still sets out two cups in the morning, which he told me with a little laugh and then cried.

What I've tried so far (3 sessions): mostly listening, and some gentle use of Stroebe and Schut's dual process model to normalize the back-and-forth. He liked that "somebody studied this." I've been reading Katherine Shear's PGDT materials and I'm wondering whether it's appropriate to adapt it for someone his age, especially the imaginal revisiting piece.

Other ideas on the table: GriefShare at a local church (he was raised Protestant, so maybe), Bereaved Families of Ontario peer groups, or just having Bev join for one session. His physician started mirtazapine 15 mg for sleep and appetite.

Anyone done PGDT or Complicated Grief Treatment with clients in their 90s? Adjustments you'd make?""",
        [
            ("92", "age"),
            ("Hamilton", "place"),
            ("Doreen", "name"),
            ("St. Joseph's Healthcare", "organisation"),
            ("Boxing Day 2023", "date"),
            ("Bev", "name"),
        ],
    ),
    (
        "b14a-010",
        """Grief stuff is my favourite thing to recommend, so buckle up.

For clients:
- Megan Devine's It's OK That You're Not OK. This is my first pick for anyone who is sick of being told everything happens for a reason. Some people find her a bit angry; most find that validating.
- Option B by Sheryl Sandberg and Adam Grant for the executive-type client who wants research with their grief.
- David Kessler's Finding Meaning, but only once they're ready; too early and it reads like homework.
- Pauline Boss, Ambiguous Loss, for dementia, estrangement, missing persons, and frankly a lot of post-divorce grief too.

Podcasts: Terrible, Thanks for Asking (Nora McInerny) for the dark humour crowd, and Grief Out Loud from the Dougy Center for parents of grieving kids. The Dougy Center also has free tip sheets that I print constantly.

For us: Worden's Grief Counseling and Grief Therapy is still the backbone. Ken Doka's writing on disenfranchised grief is essential if you see people grieving exes, affair partners, pets, or overdose deaths. Neimeyer's meaning reconstruction work pairs well with narrative approaches. And if you want a formal protocol for prolonged grief disorder, the Center for Prolonged Grief at Columbia runs the Shear training; it's not cheap but it's rigorous.

Measures: PG-13-R or the ICG. Don't diagnose F43.81 before the 12-month mark for adults, even if they're really struggling at 8 months; the DSM-5-TR timeline matters there.

And small reminder: anniversaries, birthdays, Mother's Day, the first Thanksgiving. Put them in your calendar, not just theirs.""",
        [],
    ),
    (
        "b14a-011",
        """Family consult: trans teen, supportive-ish parents, school tension

Clients: Rowan (16, he/him), mom Jen, and dad (who attends about half the time). Rowan came out to his parents last spring. Mom is trying hard and still deadnames him when stressed ("Emily, I mean Rowan, sorry"). Dad is quiet and says he "needs time."

Context: Rowan's in Grade 11 at Magee Secondary and the family lives in Kitsilano. He's connected with the gender clinic at BC Children's and is on the waitlist to see Dr. Harpreet Singh to talk about puberty-related care. School has been mixed: most teachers use his name, but his PE teacher keeps using the old one on the roster, and that's where most of his anxiety spikes.

Safety note: Rowan posts art on Instagram (@rowan.draws) and got a cluster of nasty anonymous comments on January 8th. He told me about it two weeks later. No SI currently, but he had passive SI last fall. He knows Kids Help Phone and the Trevor Project text line, and we've done a Stanley-Brown safety plan.

Approach so far: Family Acceptance Project framing (Caitlin Ryan's research on specific accepting and rejecting behaviours has been really powerful with dad). Gave mom The Gender Quest Workbook (Testa, Coolhart and Peta) to do alongside Rowan if he wants. WPATH SOC-8 for my own orientation around assessment.

Question: how do others handle a parent's grief (mom talks about "losing my daughter") without making the teen sit through it? I'm thinking separate parent sessions, maybe drawing on Ehrensaft's work, but curious what's worked.""",
        [
            ("Rowan", "name"),
            ("Jen", "name"),
            ("Emily", "name"),
            ("Magee Secondary", "organisation"),
            ("Kitsilano", "place"),
            ("BC Children's", "organisation"),
            ("Harpreet Singh", "name"),
            ("@rowan.draws", "handle"),
            ("January 8th", "date"),
        ],
    ),
    (
        "b14a-012",
        """Affirming care resources thread: here's my list, as a queer clinician who gets asked this a lot

For gay and bi men: Alan Downs's The Velvet Rage is dated in places but still lands with clients in their 40s and 50s who grew up closeted. Pair it with John Pachankis's work on ESTEEM if you want something structured; it's basically transdiagnostic CBT adapted for minority stress, and there's a therapist manual.

For teens and young adults: AFFIRM (Craig and Austin) is a brief, group-based CBT that's been adapted for individual use. Anneliese Singh's The Queer and Transgender Resilience Workbook is the one clients actually finish.

Conceptual grounding: Meyer's minority stress model (Meyer, 2003) is required reading. Hatzenbuehler's psychological mediation framework builds on it nicely. Cass's stage model of identity development is useful historically, but a lot of younger clients find it too linear; I don't use it as a map anymore.

Couples: Gottman and Levenson's 12-year study of same-sex couples is worth knowing because it shows those couples used more humour and less hostility in conflict. Clients love hearing that.

Podcasts: Gender Reveal (Tuck Woodstock) for trans and nonbinary folks and the people who love them. Also, the Trevor Project has solid free trainings for clinicians, and Trans Lifeline is the hotline I give out most often.

One practice point: ask about pronouns and names in intake paperwork and then actually use them. Also ask what name insurance has, so billing doesn't out someone at the front desk. Small stuff, big impact.""",
        [],
    ),
    (
        "b14a-013",
        """SOAP note, Counseling & Psychological Services, initial follow-up (50 min)

S: Kavya, 19, sophomore at UMass Amherst, referred by her RA (Jalen) after a panic episode in the dorm lounge at Orchard Hill on 3/28. Reports panic attacks 3-4x/week since midterms, fear of "passing out in lecture," now sitting by exits and skipping her 8 am chem lab. Sleeping 5 hours. Parents in New Jersey don't know she's struggling; she says "they'd pull me out." Denies SI today; endorses passive thoughts ("it would be easier to not exist") two weeks ago, no plan or intent.

O: Anxious, talkative, fidgeting. CCAPS-62: Generalized Anxiety and Social Anxiety subscales elevated; Depression moderate. C-SSRS: passive ideation in past month, no behaviour. Oriented x3, thought process linear.

A: Panic disorder (F41.0) with avoidance, plus academic stress. Risk low-moderate; protective factors include close friends, future orientation, and no prior attempts.

P:
- Stepped care: 6 sessions of brief CBT for panic using interoceptive exposure (spinning, straw breathing) per the Barlow model.
- Enrolled in TAO (Therapy Assistance Online) anxiety modules between sessions.
- Referred to campus psychiatry for med consult; she is open to an SSRI.
- Safety plan completed; has 988 and the after-hours line saved.
- Academic accommodation letter discussed; she'll email the Disability Services office.
- Client asked for follow-up by email; on file as kpatel27@umass.edu. Student ID 33018472.

Next appt in one week.""",
        [
            ("Kavya", "name"),
            ("UMass Amherst", "organisation"),
            ("Jalen", "name"),
            ("Orchard Hill", "place"),
            ("3/28", "date"),
            ("kpatel27@umass.edu", "email"),
            ("33018472", "id_number"),
        ],
    ),
    (
        "b14a-014",
        """Re: "how do you do meaningful work in 4-6 sessions at a counselling centre?"

I've directed a university counselling centre for about ten years, so: you can, but you have to stop thinking of it as "short therapy" and start thinking of it as "complete therapy."

Things that changed my practice:
- Jessica Schleider's Little Treatments, Big Effects. Her single-session interventions (Project YES) have real data behind them, and the free online ones are great as a bridge while a student waits.
- Cornish's Stepped Care 2.0 model, which a lot of Canadian centres have adopted. The big idea is that the first session is treatment, not intake.
- Moshe Talmon's Single-Session Therapy. Old but the mindset is the same: every session could be the last, so make it count.

Concrete tools for students:
- Kristin Neff's self-compassion break for perfectionists. Neff and Germer's Mindful Self-Compassion workbook for the ones who want more.
- Mind Over Mood (Greenberger and Padesky) as a workbook if they'll do homework. Many won't during midterms, and that's okay.
- DBT skills groups. Linehan's distress tolerance module, taught in a 6-week drop-in format, is one of our most-used services.

Measures: CCAPS every session if your centre is in the CCMH network. It's quick, students get used to it, and the CCMH annual report gives you national benchmarks to compare against.

Hard truth: some students need more than 6 sessions and the job becomes a good handoff, not a heroic effort to fit it all in. Know your community referrals before September, because October is when the waitlist explodes.""",
        [],
    ),
    (
        "b14a-015",
        """Quick consult, Canadian folks especially: panic in an ER nurse

She's 34, an emergency nurse at Foothills Medical Centre, lives out in Airdrie with her husband Cody and two kids. Panic started after a code where a patient her age died; now she has attacks in the car before shifts and twice had to pull over on Deerfoot. Off on short-term disability; return-to-work meeting is Thursday the 6th.

Unified Protocol (Barlow et al.) plus interoceptive exposure, MindShift CBT app for tracking. PDSS 17 → 11. Paroxetine 20 mg from her GP, which she hates.

She keeps asking if she "should" transfer to a day unit. Avoidance, or a legit values-based choice? How do you tell clinically?

Also Cody left a voicemail asking for a callback at (403) 291-6648 about "how he can help." She's consented to one conjoint session. Favourite partner handouts? I was going to use Carbonell's chapter on support people.""",
        [
            ("Foothills Medical Centre", "organisation"),
            ("Airdrie", "place"),
            ("Cody", "name"),
            ("Deerfoot", "place"),
            ("Thursday the 6th", "date"),
            ("(403) 291-6648", "phone"),
        ],
    ),
    (
        "b14a-016",
        """For GAD I've moved almost entirely to the intolerance of uncertainty model, and I'm a convert.

Dugas and Robichaud's treatment manual is very step-by-step: worry awareness, uncertainty exposures ("behavioral experiments" where clients deliberately order something new at a restaurant or send an email without rereading it), problem-solving training, and then written exposure for hypothetical worries. Michel Dugas's work came out of Quebec, so Canadian clinicians may have seen it in French first.

Before that I used Borkovec's worry time and stimulus control, which is still helpful for the client who worries "all day, every day" and needs some containment before they can do anything else.

For clients, David Carbonell's The Worry Trick is my go-to, and Robert Leahy's The Worry Cure for the intellectual types who like to argue. Judson Brewer's Unwinding Anxiety has a companion app that some clients like; it's mindfulness-based and reasonably priced.

Measures: GAD-7 weekly, plus the Intolerance of Uncertainty Scale (IUS-12) at baseline and every five sessions or so. With my last few clients I've seen GAD-7 drop from around 15 to 9 over 12 sessions, which matches what the trials report.

Meds: a lot of my GAD clients come in on an SSRI or on buspirone 15 mg twice daily from their primary care provider. I don't think meds undermine the uncertainty work, but benzos as-needed really can, since they become the ultimate safety behaviour.

If you want a training, Michelle Craske and colleagues at UCLA have posted a lot of talks about inhibitory learning, and PESI has a decent recorded workshop on the IU model.""",
        [],
    ),
    (
        "b14a-017",
        """Process note, family session #6

Present: Ray (dad), Dolores (mom), Hunter (11). Older sister at college, not present. Session held at the family home on W Baseline Rd in Tempe per agreement after two cancellations.

The family dog, Biscuit, was in the room the whole time and honestly became a co-therapist. Hunter talked more while petting him than in any of the previous five sessions.

Content: Dad's hours at Intel were cut back in the spring, and he's been home more. Dolores reports the fighting between Ray and Hunter has "doubled." Hunter described the Fourth of July 2024 as "the day dad threw my Switch," which Ray disputed ("I put it on the shelf"). Each time the story came up, Dolores moved physically closer to Hunter.

Interventions: Externalized the anger as "the Volcano" (White and Epston), which Hunter named himself. Used circular questions in the Milan style: "When the Volcano shows up, who notices first? What does mom do then?" Ray was surprised that Hunter said dad notices first. Brief Satir-style sculpting at the end with Biscuit in it (Hunter's idea) — everyone laughed, first time I've seen that.

My reactions: I felt pulled to side with Dolores and Hunter against Ray. Noticed it, named it to myself, and made a point of asking Ray about his own father. He went quiet, then said his dad "never said a word." Worth following.

Plan: CBCL re-administration next week. Parent-only session with Ray and Dolores to discuss the job loss and its effect on the marriage.""",
        [
            ("Ray", "name"),
            ("Dolores", "name"),
            ("Hunter", "name"),
            ("W Baseline Rd", "place"),
            ("Tempe", "place"),
            ("Biscuit", "name"),
            ("Intel", "organisation"),
            ("Fourth of July 2024", "date"),
        ],
    ),
    (
        "b14a-018",
        """Parent-focused stuff for anxious kids is where I've seen the biggest wins, so here's my brain dump:

1. SPACE (Supportive Parenting for Anxious Childhood Emotions). Eli Lebowitz's book, Breaking Free of Child Anxiety and OCD, is the parent-facing version. The trial comparing SPACE to CBT for the child (Lebowitz et al., 2020) found it non-inferior, which is huge for kids who refuse to come in.
2. Tamar Chansky's Freeing Your Child from Anxiety. Warm, practical, parents actually read it.
3. For explosive kids who also happen to be anxious, Ross Greene's The Explosive Child and the Collaborative & Proactive Solutions model. Plan B conversations are a revelation for some families.
4. Dan Siegel and Tina Payne Bryson, The Whole-Brain Child. Light on evidence, heavy on accessibility. "Name it to tame it" sticks with parents.
5. Becky Kennedy's Good Inside podcast. Some clinicians roll their eyes, but parents listen in the car and come back with the language.

For younger kids with disruptive behaviour on top of anxiety, PCIT is still the gold standard if there's a certified therapist near you. The free PCIT International website lists them.

Don't forget measures: SCARED (parent and child forms), and the Family Accommodation Scale-Anxiety if you're doing SPACE. I re-run them every 4-6 weeks.

And a family systems note: when one parent is doing all the accommodating, bring in the other parent early. I've had so many SPACE cases stall because dad "didn't see what the big deal was" and quietly undid the plan on weekends.""",
        [],
    ),
    (
        "b14a-019",
        """EMDR consult request — complex presentation, want a sanity check on target sequencing

Client: Skye, 22, fourth-year student at Dalhousie, lives in Dartmouth with her partner Brandon. Sexual assault at an off-campus party on September 23rd of last year; reported to police (file HRP 23-114587) and the case is still "under review," which she finds retraumatizing every time an officer calls.

History: Also some earlier developmental stuff. Her dad left when she was 6, and there was a babysitter who was "mean in ways I don't want to talk about yet." PCL-5 is 52. Dissociation screen (DES-II) average 24, so moderate, not screaming DID, but she does lose time when triggered.

What I've done: 8 sessions, mostly Phase 2 resourcing. Calm place, container, and a lot of Laurel Parnell's resource tapping. She likes the butterfly hug. We tried a Flash Technique session (Manfield) last week on the party memory. SUD came down from 9 to 6, VoC for "I am safe now" went from 2 to 4.

My question: do I keep going on the recent event (which is what she wants) or go back to the babysitter memory as the touchstone, per Shapiro's standard protocol? I'm nervous about the dissociation. I've been rereading Janina Fisher and thinking about parts work before going further.

Brandon has asked whether he should come to a session. She's not sure yet.

Would really appreciate thoughts from EMDRIA-certified folks.""",
        [
            ("Skye", "name"),
            ("Dalhousie", "organisation"),
            ("Dartmouth", "place"),
            ("Brandon", "name"),
            ("September 23rd", "date"),
            ("HRP 23-114587", "id_number"),
        ],
    ),
    (
        "b14a-020",
        """Ahh, body-based trauma work, my favourite rabbit hole. A few things that shaped how I work:

- Deb Dana's Anchored (for clients) and The Polyvagal Theory in Therapy (for you). Stephen Porges's theory has real critics in the physiology literature, so I present it as a helpful metaphor rather than settled science. Clients still love the ladder.
- Peter Levine's Waking the Tiger. Old, a bit mystical, but the titration and pendulation ideas are useful even if you never train in Somatic Experiencing.
- Bessel van der Kolk's The Body Keeps the Score. Everyone has read it, clients included, which is both a gift and a problem, because some come in expecting yoga and neurofeedback to fix everything.
- Pat Ogden, Kekuni Minton and Clare Pain's Trauma and the Body. Denser, but the best bridge between talk therapy and somatic work I've found. The Sensorimotor Psychotherapy Institute's Level 1 is a big commitment but worth it.
- What Happened to You? by Bruce Perry and Oprah Winfrey for clients who want an accessible developmental framing.

And for the clinician: Trauma Stewardship by Laura van Dernoot Lipsky. Read it before you burn out, not after.

Also, newer work from Judith Herman (Truth and Repair) on survivors' ideas of justice has really changed how I talk about "closure" with people whose perpetrators never faced consequences.

Evidence-wise, don't skip the front-line stuff just because somatic feels more alive: CPT, PE, and EMDR still have the strongest data. I often blend: stabilization informed by Ogden and Dana, then a standard protocol, then somatic integration at the end.""",
        [],
    ),
    (
        "b14a-021",
        """**Couples consult: gay male couple, in-law conflict, opening the relationship?**

**Couple:** Dmitri (36) and Luis (33), together 7 years, married in 2021. They live in Andersonville. Luis is a charge nurse at Northwestern Memorial; Dmitri runs a personal training business and has a big online following (@dmitri_lifts), which comes up a lot in session.

**Presenting concerns:**
1. Luis's mother Graciela, who has never fully accepted the relationship, made a comment at Thanksgiving 2023 about "when Luis gives me grandchildren with a wife." Dmitri wants Luis to set a boundary; Luis says "she's old-school, she's trying."
2. Dmitri raised opening the relationship about 3 months ago. Luis says he's "open to talking" but gets quiet whenever it comes up.

**What I'm seeing:** Classic pursue/withdraw with Dmitri pursuing. Luis's withdrawal seems tied to a lifelong pattern of managing his mom's feelings. Gottman and Levenson's work on same-sex couples describes more positivity and humour in conflict than their straight couples showed, and that fits these two (they really are funny together) until the Graciela topic, when both shut down.

**My plan:** EFT stage 1 de-escalation first; I'm not touching the non-monogamy question until the cycle is mapped. Also using minority stress framing (Meyer) to help Luis see his caution with his mom as adaptive history, not a failing.

**Asks:**
- Good resources on consensual non-monogamy for couples who are *considering* it, not already doing it? I know Tammy Nelson's Open Monogamy and the usual ones.
- Anyone use Perel's framing here? Luis loved the Where Should We Begin? episodes but I worry it romanticizes openness a bit.""",
        [
            ("Dmitri", "name"),
            ("Luis", "name"),
            ("Andersonville", "place"),
            ("Northwestern Memorial", "organisation"),
            ("@dmitri_lifts", "handle"),
            ("Graciela", "name"),
            ("Thanksgiving 2023", "date"),
        ],
    ),
    (
        "b14a-022",
        """Supervision notes (clinical director with associate LPC), scrupulosity case

Associate presented an adult client with religious OCD: intrusive blasphemous thoughts during prayer, compulsive confession (to clergy, spouse and God), and hours of reviewing whether thoughts "counted" as sins. Y-BOCS 27. DOCS unacceptable-thoughts subscale very high.

Supervision discussion:
- Associate is worried about "disrespecting" the client's faith by doing ERP. We reviewed how to collaborate with a faith leader if the client wants, and how most traditions distinguish between intrusive thoughts and intended sin. Joseph Ciarrocchi's The Doubting Disease is the classic text for this; the client may also like the Scrupulous Anonymous newsletter, which is written for Catholics but read by many others.
- Exposure design: scripts of feared thoughts during prayer, praying "imperfectly" on purpose, and response prevention for confession (confess once per week at most, agreed with the client's pastor).
- Associate asked about ACT. Michael Twohig's trials of ACT for OCD are solid, and the values work could be a good fit for someone whose faith is a core value. Russ Harris's The Happiness Trap is a client-friendly entry point.
- Discussed countertransference: associate grew up in a strict church and noticed irritation at the client's rigidity. Normalized; encouraged her to bring that to personal therapy.

Supervisor recommendations:
1. Build a hierarchy this week, start at SUDS 40-50.
2. Repeat Y-BOCS at session 8.
3. Read the chapter on scrupulosity in Abramowitz and Jacoby's book before next supervision.
4. If progress stalls, consider consultation with someone who's done the IOCDF BTTI.

Next supervision: one week.""",
        [],
    ),
    (
        "b14a-023",
        """Bereavement support group, week 5 of 8 (co-facilitated), hospice-affiliated spousal loss group

Attendance: 7 of 9. Lorraine and Gord both attended after missing last week. Bernice, who is 93 and the group's eldest, arrived early and was helping set out chairs.

Theme: "Firsts." Members shared the first holiday, birthday, or anniversary without their spouse.

Notable moments:
- Gord shared that his wife's birthday was Nov. 12 and he "didn't know what to do with the day," so he drove around St. Vital until dark. Others nodded a lot. He cried for the first time in group.
- Lorraine talked about cleaning out her husband's workshop and feeling "like I was throwing him away." Bernice told her, "You don't have to do it all at once, dear. I still have Harold's hats." Powerful moment between them.
- One member who hasn't shared much spoke about anger at the palliative team at Riverview Health Centre. Group listened well; co-facilitator gently reflected the anger without defending or joining.

Interventions: Brief teaching on continuing bonds (Klass, Silverman and Nickman) to normalize keeping belongings and talking to the deceased. Reviewed Wolfelt's "companioning" stance. Closing ritual: each member named one thing they want to carry forward.

Facilitator notes: Gord may benefit from an individual check-in; he mentioned not eating much. Bernice said she was fine but looked tired. Next week: "Changes in identity," with the Worden task three handout.""",
        [
            ("Lorraine", "name"),
            ("Gord", "name"),
            ("Bernice", "name"),
            ("93", "age"),
            ("Nov. 12", "date"),
            ("St. Vital", "place"),
            ("Harold", "name"),
            ("Riverview Health Centre", "organisation"),
        ],
    ),
    (
        "b14a-024",
        """Group note, Anxiety Toolbox skills group, session 3 of 6

5 of 6 undergrads attended (1 emailed re: midterm).

Homework review: diaphragmatic breathing. Three practised 4+ days. One said it "made my anxiety worse," which opened a useful discussion about breath focus as a trigger and switching to external grounding.

Skill: thought records from Mind Over Mood (Greenberger and Padesky). Hot thoughts included "If I ask a question in lecture everyone will think I'm stupid" and "My roommate is mad at me because she didn't say hi." Group generated evidence for/against and planned behavioural experiments. Also taught TIPP (Linehan); two members tried the cold part with ice packs and laughed about it.

Process: cohesion building, members starting to respond to each other. One member monopolizes; will use linking (Yalom) next week.

CCAPS-34 collected. Session 4 next Tuesday: avoidance and exposure ladders. Reminded group about after-hours options (988, crisis text line).""",
        [],
    ),
    (
        "b14a-025",
        """**Intake summary, child anxiety & OCD team (training clinic)**

**Client:** Ellie Albrecht, DOB 04/11/2015. Clinic MRN TC-004417.
**Informant:** Mother, Kristen Albrecht (kalbrecht82@gmail.com). Father attended by phone.
**Referral:** Pediatrician, Dr. Osei, after Ellie's handwashing led to cracked, bleeding knuckles.

**Presenting problem:** Ellie is a 4th grader at Highlands Elementary in Naperville. Over the past 8 months she has developed contamination fears (germs, "sticky" things, her younger brother Finn's hands) and a bedtime ritual that now takes 45-60 minutes, including asking mom "am I going to get sick?" up to 30 times. She washes her hands until they "feel right." Family accommodation is heavy: mom opens doors for her, Finn isn't allowed in her room, and dad does the dishes so she doesn't have to touch them.

**Measures:** CY-BOCS 24 (moderate-severe). SCARED parent 31, child 22. FAS-A high.

**Impressions:** OCD (F42.2), good insight for her age. No tics per history, but we'll monitor. Ellie was charming and funny in session and called her OCD "the Worry Bug" before I could suggest externalizing.

**Recommendations:**
- ERP following March and Mulle's OCD in Children and Adolescents protocol, 12-16 sessions.
- SPACE parent sessions in parallel (Lebowitz) given the level of accommodation.
- Parent reading: Tamar Chansky's Freeing Your Child from Obsessive-Compulsive Disorder; Dawn Huebner's What to Do When Your Brain Gets Stuck for Ellie.
- Pediatrician is considering sertraline 25 mg if ERP response is slow; will coordinate with Osei's office.

**Supervisor sign-off pending.**""",
        [
            ("Ellie Albrecht", "name"),
            ("Ellie", "name"),
            ("04/11/2015", "date"),
            ("TC-004417", "id_number"),
            ("Kristen Albrecht", "name"),
            ("kalbrecht82@gmail.com", "email"),
            ("Osei", "name"),
            ("Highlands Elementary", "organisation"),
            ("Naperville", "place"),
            ("Finn", "name"),
        ],
    ),
    (
        "b14a-026",
        """SOAP, conjoint (90847), session 7

S: "Better week." Two date nights using the Gottman Card Decks app, no major fights. Partner B: "We still avoid the money conversation." Partner A: "I caught myself starting harsh and restarted."

O: Seated closer; more laughter. Several successful repair attempts during a moderate disagreement about where to spend Thanksgiving. CSI-16: A 96 (intake 71), B 88 (intake 65).

A: Good progress on the lower floors of the Sound Relationship House; soft start-up and accepting repair improving. Finances look like a perpetual problem rooted in family-of-origin values, per the Gottmans' solvable/perpetual distinction. No safety concerns.

P: Chapter 4 of Eight Dates (John and Julie Gottman) for the money date. Dreams Within Conflict next session. Stress-reducing conversation 3x/week. Dx Z63.0.""",
        [],
    ),
    (
        "b14a-027",
        """Update on the rower I posted about last month, since a few of you asked.

Maddie (19, varsity rowing at Queen's) finally showed me texts from her roommate Priya. One from after practice on February 19th: "maddie ur fine lol just eat the bagel." She said reading it made her feel "caught," and it opened our first real conversation about food. EDE-Q global 3.8, amenorrhea since the fall, extra erg sessions at night. She posts workouts as @maddiemoves "for accountability," which we're now getting curious about.

Coach Halvorsen keeps telling her she "looks strong." She's deciding whether I can talk to him.

Plan: campus dietitian, family doctor for labs and vitals, NEDIC as backup. I gave her Tribole and Resch's workbook but I hear those of you who said intuitive eating is premature with active restriction, and Gaudiani's Sick Enough convinced me to push for a higher level of care if she doesn't stabilize. Thanks for the FBT vs. CBT-E debate, genuinely useful.""",
        [
            ("Maddie", "name"),
            ("maddie", "name"),
            ("Queen's", "organisation"),
            ("Priya", "name"),
            ("February 19th", "date"),
            ("@maddiemoves", "handle"),
            ("Halvorsen", "name"),
        ],
    ),
    (
        "b14a-028",
        """Training clinic supervision notes: CPT fidelity review, trainee's third CPT case

Reviewed recording of session 5. Trainee is adhering well to the Resick, Monson and Chard (2017) manual. Strengths: agenda-setting, clear homework review, and a genuinely curious stance during Socratic questioning. The client's PCL-5 has dropped from 61 to 38 over five sessions, which is excellent.

Areas for growth:
1. Trainee sometimes jumps to "challenging" before fully understanding the stuck point. Practice asking clarifying questions first (e.g., "What does it mean to you that you froze?").
2. Trainee occasionally accepts assimilated stuck points ("I should have known") without exploring. These are the priority in CPT; the over-accommodated ones (trust, safety) come later.
3. Pacing: trainee ran 12 minutes over. CPT sessions should be 50-60 minutes; practice watching the clock.

Discussion: Trainee asked about the difference between CPT and PE. Reviewed Foa, Hembree and Rothbaum's PE manual and how in PE the emphasis is on habituation and emotional processing through imaginal exposure, whereas CPT emphasizes cognitive restructuring. Trainee also asked about Written Exposure Therapy (five sessions, Sloan and Marx) for clients who can't commit to 12 sessions. Agreed it is a good option for some clients.

Trainee reflection: She said she feels "like a robot" following the manual. Normalized this; flexibility within fidelity comes with experience. Recommended the free MUSC CPT web course as a refresher and suggested she listen to the Speaking of Psychology episode on PTSD treatment.

Plan: Continue weekly supervision. Trainee to bring session 6 recording. Goal is CPT provider status by the end of the year.""",
        [],
    ),
    (
        "b14a-029",
        """Consultation: bisexual woman, conservative church family, coming out to parents

Client: Hope, 27, works in merchandising at Target's corporate office. Grew up in Eden Prairie and still attends Cornerstone Baptist with her parents most Sundays, partly "to keep the peace." She's been dating a woman for a year and wants to tell her family.

Her brother Caleb knows and is supportive. She came out to him on Easter Sunday 2024 in the church parking lot, which she described as "the most Baptist possible way to do it."

Clinical picture: PHQ-9 12, GAD-7 14. No SI. Lots of internalized shame, and a religious trauma layer: she still hears certain sermons in her head. She doesn't want to leave her faith; she wants to find a version of it that includes her.

What I'm doing: Minority stress framing (Meyer), and I've been pulling from Pachankis and Goldfried's work on affirmative CBT. We're building a coming-out plan with safety contingencies (what if they cut off financial support, what if they ask her to leave the church).

Resources I've offered: Justin Lee's Torn and Colby Martin's Unclobber, both from Christian authors who are affirming. Some folks in my consult group suggested Marlene Winell's Leaving the Fold, but that's for people leaving religion, and Hope isn't.

Questions: Has anyone done family sessions with conservative parents after a coming out, and how do you frame the goal without promising acceptance? And any affirming faith-based support groups (national or online) you'd recommend? The Trevor Project is great but skews younger.""",
        [
            ("Hope", "name"),
            ("Target", "organisation"),
            ("Eden Prairie", "place"),
            ("Cornerstone Baptist", "organisation"),
            ("Caleb", "name"),
            ("Easter Sunday 2024", "date"),
        ],
    ),
    (
        "b14a-030",
        """Health anxiety, quick hits because I'm between clients:

- Salkovskis and Warwick's model is the backbone. Draw the checking/reassurance cycle in session one.
- Client reading: Asmundson and Taylor's It's Not All in Your Head; Veale and Willson's Overcoming Health Anxiety.
- Measure with the SHAI or the Whiteley Index.
- Reassurance plans with a "one answer only" rule for partners.
- Exposures: writing "cancer," reading symptom lists, not checking the lump for a week.
- Ask the PCP for scheduled check-ins every 3 months instead of symptom-driven visits.
- Ask about smartwatch notifications. Seriously.

Drew Linsalata's The Anxious Truth podcast has good episodes for clients too.""",
        [],
    ),
    (
        "b14a-031",
        """Consult (bilingual practice, Montreal area): couple, parenting conflict after a second baby

Geneviève (35) and Olu (37), together 10 years, two kids: Pearl (4) and a baby born in March. They moved from the Plateau to Verdun last year for more space. Olu is a senior producer at Ubisoft and works long hours before game launches; Geneviève is on parental leave from teaching.

Presenting: constant fighting about division of labour, and Geneviève says she feels "like furniture." Olu describes feeling "criticized for everything." They had a scary fight on May 3rd where Pearl woke up and saw them yelling, and that's what got them to call.

Assessment: DAS 78 (her) and 91 (him). EPDS 13 for Geneviève, so we're monitoring for postpartum depression and I've referred her to her family doctor. Both deny violence. Cultural context matters a lot here: Olu's parents (Nigerian, first-generation) have strong views about gender roles, and Geneviève's francophone Québécois family is very involved.

Approach: EFT for couples, using Sue Johnson's Hold Me Tight ("Serre-moi fort" in French, which Geneviève prefers). Also some Gottman psychoeducation on the "baby bomb" (Bringing Baby Home research).

Question: has anyone worked with couples who code-switch between languages during conflict? Olu goes to English when he's defensive and Geneviève goes to French when she's hurt, and I've been wondering whether to reflect that to them.

Admin: Geneviève asked that we call her cell, (514) 948-2716, not the home line, to reschedule.""",
        [
            ("Geneviève", "name"),
            ("Olu", "name"),
            ("Pearl", "name"),
            ("Montreal", "place"),
            ("Plateau", "place"),
            ("Verdun", "place"),
            ("Ubisoft", "organisation"),
            ("May 3rd", "date"),
            ("(514) 948-2716", "phone"),
        ],
    ),
    (
        "b14a-032",
        """Perinatal loss is its own kind of grief, and I'm glad you're asking before the first session.

Deborah Davis's Empty Cradle, Broken Heart is the classic; offer it, don't push it. Postpartum Support International runs online loss groups and a clinician certificate, and Star Legacy Foundation and the MISS Foundation have stillbirth resources. RTS bereavement training is great if you're near a NICU.

Clinically: think disenfranchised grief (Doka), especially for partners. Screen with the EPDS, PHQ-9 and a PCL-5 if the delivery was traumatic. Rituals matter: names, footprints, due dates. Expect anxiety in subsequent pregnancies.

And don't book three perinatal loss clients back to back. Ask me how I know.""",
        [],
    ),
    (
        "b14a-033",
        """DAP note, outpatient trauma program, individual session (60 min)

Client: DeShawn, 29. MRN BH-7781204. Session date 1/6/2025.
Address on file updated today: 1407 N Charles St, Apt 3B, Baltimore, MD 21201.

D: Client reports he is now working overnight shifts as a patient transporter at Johns Hopkins Bayview and "mostly" sleeping during the day. Two nightmares this week related to the shooting. Attended 3 of 4 Seeking Safety groups. Reports 12 days clean from cannabis (previously daily). Continues buprenorphine maintenance via the program's MAT clinic. Case manager Ms. Okonkwo helped him secure the new apartment last week, which he described as "the first place that's mine." PCL-5 today 44 (down from 57). PHQ-9 11.

A: Client making steady progress. Housing stability appears to be reducing hyperarousal. Continued avoidance of the neighbourhood where the shooting occurred, which is appropriate for now given safety concerns. Some early readiness for trauma-focused work; client asked "when do we talk about what happened?" Substance use reduction is significant and should be reinforced. ACE score of 6 (documented at intake) continues to inform pacing.

P: Continue weekly individual therapy using Seeking Safety (Najavits) with a plan to begin CPT in 2-3 sessions if stability holds. Coordinate with MAT prescriber about prazosin 2 mg for nightmares. Okonkwo to follow up on transportation benefits. Crisis plan reviewed; client has 988 and the program's after-hours number. Next appointment in one week.""",
        [
            ("DeShawn", "name"),
            ("BH-7781204", "id_number"),
            ("1/6/2025", "date"),
            ("1407 N Charles St, Apt 3B", "place"),
            ("Baltimore", "place"),
            ("21201", "place"),
            ("Johns Hopkins Bayview", "organisation"),
            ("Okonkwo", "name"),
        ],
    ),
    (
        "b14a-034",
        """Relationship OCD! So underrecognized. Here's what I've found helpful:

First, make sure you're distinguishing ROCD from ordinary relationship doubt. Guy Doron and Danny Derby's research group basically defined the construct and split it into relationship-centred (doubts about the relationship itself: "Do I really love them? Is this the right relationship?") and partner-focused (obsessive preoccupation with a partner's perceived flaws: their nose, their intelligence, their social skills). Their measures, the ROCI and PROCSI, are free and easy to use.

Treatment-wise: ERP is still the backbone. Exposures might be writing scripts about the feared outcome ("I might be in the wrong relationship and waste my life"), deliberately looking at attractive strangers without checking feelings, or not comparing the partner to exes. Response prevention targets checking your feelings, seeking reassurance from friends, and "testing" the relationship.

I-CBT (Inference-Based CBT) is also a really interesting fit because so much ROCD is reasoning-based. Aardema's work on the "feared self" is helpful there.

Book for clients: Sheva Rajaee's Relationship OCD is the one I recommend most. She's an LMFT and writes in a warm, practical voice. Lee Baer's The Imp of the Mind can help with intrusive thoughts about cheating or sexual orientation.

Couples angle: if the partner is aware, a joint session can help them stop providing reassurance. But be careful. You don't want to turn it into couples therapy about the relationship itself, because that can become one giant compulsion.

And finally: the Y-BOCS works fine here, but I'd supplement it with the ROCI to capture the specific themes.""",
        [],
    ),
    (
        "b14a-035",
        """Supervision note (group practice), associate LPC presenting a college-age perfectionism case

Client: Sunny (preferred name), 20, junior at Texas State, lives in an apartment in San Marcos with two roommates. Mom, Linh, pays for therapy and calls the front desk asking about attendance; client has not signed a release for her, and the front desk has been reminded.

Presenting: perfectionism, insomnia, and a mild eating restriction during exam weeks. Client pulled an all-nighter before the April 2nd organic chem exam and had a panic attack in the testing centre. CCAPS shows elevated Academic Distress and Generalized Anxiety. Client also disclosed spending hours on Discord under the handle sunnysideup_44 "to feel less alone," which the associate wondered about as avoidance or as genuine connection.

Supervisor discussion:
- Conceptualized using Hewitt and Flett's multidimensional model: strong socially prescribed perfectionism rooted in family expectations (immigrant family, eldest child).
- Antony and Swinson's When Perfect Isn't Good Enough as a client workbook. The "cost-benefit of high standards" exercise is particularly useful.
- Suggested ACT (Hayes, Strosahl and Wilson) to work on values vs. rules. Associate is newer to ACT; recommended Russ Harris's ACT Made Simple and the Psychwire ACT course.
- Considered RO-DBT (Lynch) given the overcontrolled features, but agreed it's not necessary yet.
- Discord: approach with curiosity, not as a problem. Ask what she gets there.
- Mom: associate is anxious about mom's calls. Role-played how to respond without breaching confidentiality.

Plan: Associate to introduce a values card sort next session and assess sleep with the ISI. Bring recording to next supervision.""",
        [
            ("Sunny", "name"),
            ("Texas State", "organisation"),
            ("San Marcos", "place"),
            ("Linh", "name"),
            ("April 2nd", "date"),
            ("sunnysideup_44", "handle"),
        ],
    ),
    (
        "b14a-036",
        """Supervision reflections: what I learned from supervising an associate's first trans client

I've been a clinical supervisor in our group practice for about six years, and I want to share some reflections because this was a learning curve for both of us.

The associate was nervous about "saying the wrong thing." We talked a lot about cultural humility (Hook et al., 2013) versus cultural competence. You can't learn everything about trans experience from a book; you can be curious, own mistakes, and not make the client teach you. That said, some books help:
- Arlene Lev's Transgender Emergence: a classic, though a bit dated on stage models.
- Chang, Singh and dickey's A Clinician's Guide to Gender-Affirming Care: practical, modern, and the one I'd hand a new clinician first.
- The WPATH Standards of Care, version 8, especially the section on mental health professionals' roles.

Letter writing: The client needed a letter for surgery. The associate had never written one and worried about being a "gatekeeper." We talked about the informed consent model, how SOC-8 has moved away from requiring lengthy assessment, and how to write a letter that is affirming rather than pathologizing.

Mistakes: The associate misgendered the client once. She apologized briefly, corrected herself and moved on, and the client later said they appreciated that she didn't make a big deal of it. That was a great learning moment for both of us.

Our own stuff: I realized I was more anxious about this case than I'd have been about a cisgender client with similar concerns. I brought that to my peer consultation group.

Minority stress, not pathology: Early on, the associate's case conceptualization read as if the client's anxiety were a feature of being trans. We reworked it using Meyer's minority stress model and Testa et al.'s Gender Minority Stress and Resilience measure, separating distal stressors (a landlord who refused to use the right name, a hostile comment section) from proximal ones (expecting rejection, concealment at work). That reframe changed the treatment plan from "manage anxiety" to "reduce concealment burden and build community connection," and the client's GAD-7 came down from 16 to 9 over about ten sessions.

Training: We both did the free online trainings from the National LGBTQIA+ Health Education Center,. Highly recommended.""",
        [],
    ),
    (
        "b14a-037",
        """Consult: socially anxious teen, dad pushing "tough love" exposure

Winnie, 15, Grade 10 at Lisgar Collegiate. Family lives out in Orléans, so it's a long bus ride downtown, and the bus is its own trigger. Referred by the school social worker after she stopped presenting in class. SCARED social subscale very high; SPAI-C consistent with significant social anxiety.

Her dad, Mr. Tremblay, is ex-military and his idea of exposure is "just make her do it." Last Friday the 21st he made her order at a drive-thru while he sat in the car timing her; full panic attack. Mom lets her skip anything social. One parent flooding, one accommodating: textbook recipe for nothing changing.

Plan: Kendall's Coping Cat framework (the C.A.T. Project adaptation for teens) with exposures she helps design; joint parent sessions drawing on Rapee et al.'s Helping Your Anxious Child, maybe SPACE for mom. I'm co-signing the school accommodation form; guidance asked for her OEN, 318-220-457.

How do I get Tremblay on board without him pulling her? He already calls therapy "soft." I'm thinking "same goal, different speed." Thoughts?""",
        [
            ("Winnie", "name"),
            ("Lisgar Collegiate", "organisation"),
            ("Orléans", "place"),
            ("Tremblay", "name"),
            ("Friday the 21st", "date"),
            ("318-220-457", "id_number"),
        ],
    ),
    (
        "b14a-038",
        """Stepfamilies! Love this topic. A few thoughts and resources:

Patricia Papernow's Surviving and Thriving in Stepfamily Relationships is the single most useful book on this. Her model describes the stages stepfamilies go through (fantasy, immersion, awareness, mobilization, action, contact, resolution) and normalizes that it can take years, not months, to feel like a family. I hand it to almost every stepcouple.

Ron Deal's The Smart Stepfamily comes from a Christian perspective, which some clients appreciate and others don't. His FamilyLife Blended podcast is practical and accessible even if you're not religious.

For co-parenting after divorce, Christina McGhee's Parenting Apart is great. The OurFamilyWizard app is also useful for high-conflict co-parents because it creates a record and cuts down on the "he said, she said."

Clinically, I lean on Bowen's concept of differentiation here. Stepparents often get triangulated between their partner and the partner's kids, and helping each adult hold their own position without reactivity makes a big difference. David Schnarch's Passionate Marriage takes differentiation into the couple relationship and can be helpful once things calm down.

Gottman's research applies too, but with a twist: stepcouples have an added challenge of insider/outsider dynamics that first-marriage couples don't. Papernow writes beautifully about this.

Practical tips:
- Stepparents should focus on building a relationship with the kids before trying to discipline.
- Biological parents need regular one-on-one time with their kids.
- Expect loyalty binds and don't take them personally.
- Holidays are hard. Plan ahead for Christmas, Thanksgiving, and birthdays.""",
        [],
    ),
    (
        "b14a-039",
        """Closing a case: takeaways from 18 months with a bereaved mother (overdose loss)

I'm terminating with a client this month and wanted to write up some reflections for the consult group, with her permission.

Her son Austin died of a fentanyl overdose on the 17th of March two years ago, at 24. She works as a unit clerk at Denver Health and lives in Aurora with her husband Rick. When she started, her PG-13-R was 44 and she was having intrusive images of finding him. She also had enormous shame: "People think we were bad parents."

What helped:
1. Naming disenfranchised grief (Doka). Overdose loss carries stigma, and she felt she couldn't grieve publicly the way she would have if he'd died of cancer.
2. Complicated Grief Treatment (Shear). The imaginal revisiting was very hard but transformative. We did 16 sessions of CGT, then shifted to less structured work.
3. Peer support. GRASP (Grief Recovery After a Substance Passing) was a lifeline. She also connected with The Compassionate Friends.
4. Advocacy. She eventually became involved in naloxone distribution and harm reduction work, which helped her find meaning (Neimeyer).
5. Rick came to a few sessions. He grieved differently, through activity rather than talking, and understanding that reduced conflict between them.

Her PG-13-R at termination: 22. She still has hard days, and she'll always have the 17th of March, but she says she can "breathe again."

She also asked me to share the memorial scholarship fund she and Rick started: gofundme.com/f/austin-memorial-fund. I'm posting it because she wanted me to, but I'm aware it's identifying, so please don't share outside this group.

Grateful for this work and for this client.""",
        [
            ("Austin", "name"),
            ("17th of March", "date"),
            ("Denver Health", "organisation"),
            ("Aurora", "place"),
            ("Rick", "name"),
            ("gofundme.com/f/austin-memorial-fund", "url"),
        ],
    ),
    (
        "b14a-040",
        """Closing reflections: six sessions with a first-gen first-year

Presenting: homesickness, impostor feelings, low mood; CCAPS Depression and Academic Distress elevated. "I'm the first one in my family to do this," so she couldn't tell them she was struggling.

What helped: a single-session mindset (Schleider), so each appointment had a concrete takeaway; behavioural activation with Alex Korb's The Upward Spiral, which she loved; Kristin Neff's self-compassion break during exams; a bit of David Burns's Feeling Good on "I don't belong here"; and a warm link to the first-gen peer mentoring program.

CCAPS Depression in the low range by session 6. Her words: "knowing other people feel this way too."

Takeaways: first-gen students carry a double load, and naming it helps. Brief can be deep. Stepped care (Cornish) works when the handoff is warm. She has TAO, 988 and the Crisis Text Line (text HOME to 741741), and she's welcome back.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b14a"}
        for doc_id, text, items in DOCS
    ]
