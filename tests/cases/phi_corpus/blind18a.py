"""Blind batch b18a, written by a helper session without sight of the guard. Forty posts by
clinicians in the United States and Canada (Arizona, Ohio, Oregon, Washington, Texas, Kentucky,
Minnesota, California, Michigan, New Mexico, Illinois, Pennsylvania, Wisconsin,
Vermont, Ontario, Quebec, British Columbia, Alberta,
Saskatchewan, Manitoba, Nova Scotia) across community mental health, the VA, private practice,
schools, hospitals, long-term care, outreach and tele-health. Genres: intake summaries, SOAP,
BIRP and DAP notes, consultation questions, forum replies, supervision reflections, group notes
and closing takeaways. Identifier half: client and family names (including ordinary-word names
such as Faith, Grant, Summer, Hunter and a lower-case surname in a quote), treating clinicians,
employers, schools, churches, military units, care homes, hospitals, small towns, street
addresses, ZIP and postal codes, dates in several formats, an age over 89, phone, fax, email,
URL, IP address, gamer tags and handles, Medicaid, OHIP, MRN, court and licence-plate numbers.
Clean half: cited authors and manuals, book titles, instruments and scores, ICD/DSM and CPT
codes, medications and doses, national and provincial services and hotlines, states, provinces,
regions, brands, public figures, months, weekdays and holidays without years.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged). The rules alone, as at 62d9494 where this session started: 0.923, 0.849, 0.750, 0.350.
With the first version of the learned second look (trained on rounds up to 17): 0.910, 0.911, 0.700, 0.200.
With the second look as committed (no count features for texts under 250 characters,
titles and relations always kept; designed from unit tests and cross-validation on
rounds up to 17, not from this set; weights trained on rounds up to 17 and scored
without the title and relation exemption, so recall is if anything higher): 0.897, 0.899, 0.650, 0.200.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b18a-001",
        """Pasting my intake template below because a few of you asked how I structure the first page. Feedback welcome, especially on the risk section.

**Intake summary (tele-health, AZ license)**

**Client:** Marisol Ybarra, 34, DOB 02/17/1990
**Address:** 4410 W Camelback Rd, Apt 12, Phoenix, AZ 85031
**Phone:** (602) 555-0187, okay to leave voicemail
**Email:** marisol.ybarra90@gmail.com
**Insurance:** AHCCCS, member ID A48812093
**Referred by:** Dr. Kenneth Alvarado, PCP at Valleywise Community Health Center

**Presenting concern:** Panic attacks roughly 3x/week since a rear-end collision in the spring. Works as a dental assistant at Desert Bloom Family Dentistry and has missed six shifts this month. Lives with her mother and two kids, Mateo (9) and Lucía (6).

**Measures:** PHQ-9 = 14, GAD-7 = 18, PCL-5 = 41 (subthreshold, watching it).

**Meds:** sertraline 50 mg, started by PCP about six weeks ago.

**Risk:** Passive SI in the first month after the accident, none currently. No plan, no history of attempts. Safety plan completed (Stanley-Brown format), 988 in her phone.

**Plan:** Weekly 53-minute sessions (billing 90837), CBT for panic using Barlow's *Mastery of Your Anxiety and Panic* workbook, interoceptive exposure once rapport is solid. Coordinate with PCP re: sertraline titration.

Side question: has anyone had luck getting more than 12 sessions authorized up front through AHCCCS plans?""",
        [
            ("Marisol Ybarra", "name"),
            ("02/17/1990", "date"),
            ("4410 W Camelback Rd, Apt 12", "place"),
            ("Phoenix", "place"),
            ("85031", "place"),
            ("(602) 555-0187", "phone"),
            ("marisol.ybarra90@gmail.com", "email"),
            ("A48812093", "id_number"),
            ("Kenneth Alvarado", "name"),
            ("Valleywise Community Health Center", "organisation"),
            ("Desert Bloom Family Dentistry", "organisation"),
            ("Mateo", "name"),
            ("Lucía", "name"),
        ],
    ),
    (
        "b18a-002",
        """**Consult: CPT stuck on hindsight bias, consider switching to PE or WET?**

Setting: outpatient PTSD clinical team at a VA medical center in the Midwest.

Client is a male OEF/OIF veteran in his late 30s, two deployments (2006-2008), Army infantry. Divorced, shares custody of one child, works full time. Dx PTSD (F43.10) and AUD in sustained remission (F10.21).

Measures: PCL-5 was 58 at intake, 52 at session 6. PHQ-9 went from 19 to 16. Not much movement for six sessions of CPT.

Meds through psychiatry: prazosin 6 mg qhs (nightmares are down from nightly to two or three a week) and sertraline 150 mg.

We're following the Resick, Monson & Chard manual. His main stuck point is "I should have seen the IED." We've done the hindsight bias worksheet twice and he can recite the logic back to me, but it stays intellectual. He'll say, "I know that on paper, Doc." When I use Socratic questioning he gets polite and flat.

Options I'm weighing:
1. Stay with CPT, add the written account (CPT+A).
2. Switch to PE (Foa, Hembree & Rothbaum). He declined PE at intake because imaginal exposure "sounds like torture."
3. Written Exposure Therapy (Sloan & Marx), five sessions, which he might tolerate better.

Also, Memorial Day and the Fourth of July are historically his two worst weeks, and we'd be starting anything new right before them. The Veterans Crisis Line (988, press 1) is on his safety plan and he's used it once before.

Curious how others have handled the "knows it, doesn't feel it" plateau. Thanks in advance.""",
        [],
    ),
    (
        "b18a-003",
        """Gottman folks, I'd love a gut check.

Couple in their early 40s, married 14 years, two kids. Came in after what they both call "the Thanksgiving blowup." Four Horsemen are all present but contempt is the big one, mostly from her toward him (eye rolls, "obviously you wouldn't know"). He stonewalls, physically leaves the room, and his flooding is real: pulse oximeter showed 112 bpm in session on Tuesday.

The piece I'm stuck on: a lot of the conflict is triangulated through her sister. Faith said something at dinner about his drinking, he felt ambushed, and now every argument loops back to whether the wife "sides with family." He's not drinking more than two beers on a weekend from what both report (AUDIT-C of 3).

So far: Sound Relationship House psychoeducation, the softened start-up exercise, and a physiological self-soothing break plan (20 minutes, not 5). I'm considering bringing in some EFT framing from Sue Johnson (the "demon dialogues" language from *Hold Me Tight* has landed with other couples) to get underneath the pursue/withdraw cycle.

Questions: do you bring the sibling issue in directly, or keep it as content and stay on process? And has anyone combined Gottman Method with EFT without confusing the couple?""",
        [("Faith", "name")],
    ),
    (
        "b18a-004",
        """Posting from an Ontario school board (elementary/intermediate). Looking for ideas.

**Student:** Grade 8, identifies as she/her, referred by her homeroom teacher and guidance after three weeks of partial attendance. Somatic complaints most mornings (stomach aches, nausea), goes to the office by second period, mom picks her up.

**Screening:** SCARED parent version 38, child version 44, with the school avoidance and separation subscales highest. Teacher says she's a strong student, quiet, a few close friends.

**What's happened so far:** Four sessions. We did a fear ladder (starting with arriving at 8:45 and staying through recess), some cognitive work with the *What to Do When You Worry Too Much* workbook (Huebner), and parent coaching leaning on the SPACE program (Lebowitz) since mom is very accommodating, which she's honestly open about.

**Barriers:** The March Break is coming, and every break so far has reset her back to zero. The family doctor has mentioned a possible SSRI referral but the wait for child psychiatry in our region is long. I've given the family Kids Help Phone and the provincial 211 line for interim supports.

Question for school-based folks: how do you structure a graduated return plan around a week off? Do you ask families to keep a "school-like" routine over the break, or is that too much for a kid who's already exhausted?""",
        [],
    ),
    (
        "b18a-005",
        """Process note, session 9. Writing this up because I want supervision input on my own reaction.

He came in late and stayed standing for the first few minutes. Eventually sat. Told me for the first time the full story of the ambush. He was with 1st Battalion, 5th Marines, and the date he kept coming back to was November 13, 2004, which he said "is basically my real birthday now, the old me died." He described carrying Ruiz to the vehicle and realizing halfway there that it didn't matter anymore.

I noticed I was holding my breath. When he said "you can't understand this," I said, "You're right, I can't fully, but I want to hear it," and he nodded and kept going. I don't know if that was right.

Afterward he talked about his job. He drives for UPS out of the Dayton hub and the repetition helps; he says the route is "the only thing that's quiet." His PCL-5 today was 61, up from 54, which I expected after the disclosure.

We used grounding at the end (5-4-3-2-1, feet on the floor), and he left on time. Safety check: denies SI, has the Veterans Crisis Line and his psychiatrist's on-call number.

For supervision: I want to look at my urge to rescue, and whether my silence in the middle was helpful or whether it felt to him like I'd checked out. Also thinking ahead to Veterans Day, which he's said he avoids entirely.""",
        [
            ("1st Battalion, 5th Marines", "organisation"),
            ("November 13, 2004", "date"),
            ("Ruiz", "name"),
            ("UPS", "organisation"),
            ("Dayton", "place"),
        ],
    ),
    (
        "b18a-006",
        """SOAP note, community mental health, Oregon. Sharing as an example for the documentation thread; details changed.

**S:** Client (50s, male, lives in supported housing) reports "the voices are quieter but they still talk at night." Sleeping about six hours. Says he's been going to the drop-in on Wednesdays and likes the coffee. Denies command hallucinations. Denies SI/HI. Concerned about weight gain and "always being hungry."

**O:** Casually dressed, adequate hygiene. Speech normal rate, mildly tangential. Affect blunted, brightens when talking about fishing. Oriented x3. Most recent ANC within normal range per the clozapine REMS log; weight up 4 kg over three months. A1c pending.

**A:** Schizophrenia, multiple episodes, currently in partial remission (F20.9). Positive symptoms improved on clozapine 300 mg; metabolic side effects emerging. Engagement with ACT team is good.

**P:**
- Continue clozapine per psychiatry; flag weight and A1c for the prescriber to consider metformin.
- Nutrition referral through the Medicaid (OHP) plan.
- Continue weekly illness management and recovery (IMR) sessions, module 7.
- Peer support specialist to accompany him to the grocery store next Friday.
- Crisis plan reviewed; he has 988 and the county crisis line on his fridge.

One thing I'd welcome input on: he keeps asking whether he can drink "just a couple" at his brother's birthday in June. How do you all frame alcohol with clozapine in plain language?""",
        [],
    ),
    (
        "b18a-007",
        """School counsellor in rural Saskatchewan, long-time lurker. I could use some help thinking about a grade 10 boy.

Hunter was referred after he stopped showing up to his morning classes at Prairie Ridge Composite. When he does come, he sleeps in the library. Teachers thought it was gaming or drugs; turns out he's been getting up at 4:30 to do chores on the family farm outside Eston because his dad hurt his back at harvest and there's no money to hire help.

He's not depressed in the classic sense. PHQ-A of 9, no SI. He's exhausted and angry and he feels like school is a waste of time compared to "actual work." He told me, "If we lose the farm it won't matter if I passed ELA."

I've talked to admin about a modified timetable (afternoons only until seeding is done) and he's interested in the Saskatchewan Youth Apprenticeship program. Mom came in on Feb. 9 and was relieved that someone noticed.

Questions:
1. Anyone worked with farm stress specifically? I've seen the Do More Agriculture resources and the Farm Stress Line but looking for clinical framing.
2. How do you balance respecting family economics with the reality that dropping out at 16 has long tails?

Thanks all. It's minus 34 out here this week so everything feels heavier.""",
        [
            ("Hunter", "name"),
            ("Prairie Ridge Composite", "organisation"),
            ("Eston", "place"),
            ("Feb. 9", "date"),
        ],
    ),
    (
        "b18a-008",
        """Practical question about tele-health across state lines.

I'm a licensed psychologist in Texas, and I have a long-term client (about three years, anxiety and chronic pain) who's relocating to Florida for her husband's job. Both states are in PSYPACT, and I already hold the APIT, so I think I'm covered for tele-psychology with a Florida-based client as long as I'm physically in Texas when I see her. Is that the general understanding?

Other pieces I'm trying to sort out:
- Her insurance is changing from a BCBS plan to an employer plan through Aetna. I'm in-network for one and not the other, so she'll likely go out of network. Superbill with 90834 and F41.1, G89.4.
- Crisis resources obviously need to change. I'll update her safety plan with 988 (works anywhere) and look up the local mobile crisis team once she's settled.
- I'm using Doxy.me now but thinking about switching platforms. Anyone have strong feelings about SimplePractice video vs. Zoom for Healthcare?

Also, she's asked if we can "take a break in August" while she moves and then resume. I'm inclined to say yes and schedule a check-in right after Labor Day. Any reason not to?

Appreciate anyone who's navigated PSYPACT in practice, not just on paper.""",
        [],
    ),
    (
        "b18a-009",
        """Ha, same situation here, so thank you for posting.

My client (mid-20s, GAD) got a rescue dog over the winter and it has done more for her behavioral activation than anything I came up with. Pickle gets her out three times a day. The tricky part: she started a dog account on Instagram (@pickle.and.the.pines) and now checks the follower count the way she used to check whether she'd offended someone. I got curious about function rather than content (straight ACT: toward values or away from discomfort?), and she came up with "post, then don't look until dinner" herself. Also worth checking your own countertransference about social media. Mine was loud.

Dogs are the best co-therapists.""",
        [
            ("Pickle", "name"),
            ("@pickle.and.the.pines", "handle"),
        ],
    ),
    (
        "b18a-010",
        """Perinatal question from a BC-based counsellor.

Client is eight weeks postpartum with her second baby, EPDS of 16 at the public health nurse visit and 18 when I repeated it last week, including a 1 on item 10 ("hardly ever" thoughts of harming herself). No plan, strong protective factors, partner is very involved. She's breastfeeding and really worried about medication.

What I've done: safety plan, partner included; interpersonal therapy framing (role transition) based on the Stuart & O'Hara work; behavioral activation pieces; sleep protection plan (partner takes one night feed with pumped milk). Referred her to her family doctor to discuss options. Gave her HealthLink BC 811 and Postpartum Support International's warmline, plus the provincial crisis line.

Her doctor suggested sertraline 25 mg and she's gone back and forth about it. She's read things online about "zombie moms." I've shared the general picture (sertraline being among the most studied in lactation, LactMed as a resource) but I'm not the prescriber and I want to stay in my lane.

Looking for:
- How others hold the "I'm not your doctor but here's what I know" line without sounding evasive.
- Any good plain-language handouts on SSRIs and breastfeeding that aren't drug-company produced.

She also wants to know if it's "normal" to feel nothing for the baby some days. I've normalized it a bit but I'm watching closely for anything that sounds like intrusive harm thoughts vs. something more concerning.""",
        [],
    ),
    (
        "b18a-011",
        """Long-term care consult, Nova Scotia. I'm a social worker on a geriatric outreach team and this one is sitting with me.

Resident is a 93-year-old widowed former schoolteacher, moved into Harbourview Lodge after a fall last year. Until recently she was the one organizing the Wednesday card game. Over the past two months she's stopped coming out of her room, is eating about half her meals, and told a care aide, "I've had a long enough go of it."

Screening: GDS-15 of 11. MoCA 23/30 (losses mostly on delayed recall, which is consistent with last year). No acute medical cause found so far per the attending; bloodwork and a UTI screen were unremarkable. She's on donepezil 5 mg and a few cardiac meds.

When I asked about the change, she said it started after her daughter Bev moved out west to be near grandchildren. The daughter still phones on Sundays but "it isn't the same as her popping in."

I'm not reading this as active SI but it's certainly a passive wish to die, and I don't want it dismissed as "normal for her age." Plan so far: behavioral activation scaled to what she'll tolerate (bringing the card game to her room once a week), a visit from the chaplain since faith has always mattered to her, and asking the physician about a trial of mirtazapine given appetite and sleep.

Has anyone used life review or reminiscence work (Butler's framework) in LTC with good results? And how do you all talk to staff about passive death wishes without them either panicking or shrugging?""",
        [
            ("93", "age"),
            ("Harbourview Lodge", "organisation"),
            ("Bev", "name"),
        ],
    ),
    (
        "b18a-012",
        """Case presentation for our FBT consultation group (Minnesota, outpatient).

**Client:** 14-year-old, restrictive AN, diagnosed about four months ago after a pediatrician visit found bradycardia (HR 46) and a drop from the 50th to the 15th BMI percentile. Medically stabilized on an adolescent unit for five days, now outpatient.

**Model:** Family-Based Treatment per Lock and Le Grange. Currently mid-Phase 1. Parents are doing all meal planning and supervision. Target: 1 to 2 lb/week. We've had 0.8, 1.4, 1.1 and then -0.3 over the last four weighings.

**What happened at the dip:** It was the week of her cousin's bat mitzvah; lots of eating out, parents felt self-conscious enforcing in public and let her order herself. She chose a side salad and Diet Coke both nights.

**Family dynamics:** Dad is very structured, mom more anxious and tends to negotiate ("just three more bites?"). The younger brother is getting lost in all of this. I'm thinking about a sibling session.

**Supplements:** Using Ensure Plus at snacks when she refuses. Parents worry it's "cheating." I've reframed it as medicine.

**Questions for the group:**
- How do you coach parents to hold the line in social settings without turning a family celebration into a battle?
- Any thoughts on when to move toward Phase 2 given the dip? I'm inclined to stay put until we've had three solid weeks.
- EDE-Q was 4.2 at intake. Anyone re-administering during Phase 1, or is it noise at this point?""",
        [],
    ),
    (
        "b18a-013",
        """Reply to the thread about teens who "hate" a specific teacher.

Same boat here (private practice, Gatineau). My 15-year-old client has been refusing to go to French class. Every session opens with some version of "mr. tremblay literally hates me, he called me out in front of everyone." Mom thinks it's an excuse; dad thinks the teacher is out of line. The kid has an ADHD diagnosis (combined presentation, on Biphentin 30 mg) and a history of feeling singled out.

What I found helpful was separating two questions in the room: (1) what actually happened, and (2) what story his brain tells about it afterward. We did a thought record on the specific incident and he could see his "he hates me" jumped straight from "he told me to put my phone away." That didn't erase the feeling, but it gave him a bit of space.

I also asked him to rate on 0-100 how sure he was the teacher hated him, before and after. Went from 95 to about 60. Progress!

On the systems side, with consent I talked to the school's resource teacher about his IEP accommodations (preferential seating, movement breaks). Turned out the teacher didn't know about the plan at all. Sometimes it's just a communication gap.

Russell Barkley's stuff on emotional impulsivity in ADHD was useful background for the parents too.""",
        [
            ("Gatineau", "place"),
            ("tremblay", "name"),
        ],
    ),
    (
        "b18a-014",
        """Supervision reflection, second-year MFT associate, California. My supervisor asked us to write about a moment where we felt stuck; posting here because I'd value wider input.

I have a client in her early 60s, recently retired, who is very articulate and spends a lot of the session telling stories that are funny and sad at the same time. I noticed that I laugh a lot with her, and then afterward I feel like nothing happened. Session notes read like a good dinner conversation.

Rereading Yalom's *The Gift of Therapy* this week, the chapter on "here-and-now" hit hard. I think I've been collaborating with her avoidance because I enjoy the performance. Yalom's suggestion to comment on the process ("I notice we laughed a lot today and I'm wondering what we might have stepped around") feels terrifying and also obviously right.

I also went back to Carl Rogers on congruence. If I'm bored or distant after a session, that's information, not a failure.

My supervisor wondered if there's something about my own mother in this, and, well, yes. My mom is also the funniest person in any room and it was hard to get to anything real with her.

Plan for next session: try one gentle process comment, see what happens, and notice my own urge to smooth it over. I'll also ask about her grief; she's mentioned her late husband twice in a joke and then moved on quickly.

If anyone has a favourite way of naming humor-as-defense without it landing as criticism, I'm all ears.""",
        [],
    ),
    (
        "b18a-015",
        """Tech + privacy question for the tele-health folks.

During a session this week the video froze repeatedly and my client (adult, ongoing treatment for depression) joked that she was "probably on the neighbour's wifi again." Afterward I went into the platform's session log to troubleshoot, and it showed her connecting from 24.114.67.203, which the platform geolocated to a completely different province than her address on file. She had also joined under the display name "moonlit_sparrow92" instead of her real name, which she's never done before.

None of this is necessarily sinister. She could be traveling, on a VPN, using a friend's account. But she's said in the past that she sometimes "goes away for a few days" when things are bad, and I don't know where she is if I need to send help.

So two questions:
1. Do you all routinely confirm the client's physical location at the start of every tele-health session? I've gotten lazy about it with long-term clients. (I know the CRPO guidance says we should.)
2. Is it appropriate to bring up what I saw in the log? It feels a bit like I was snooping, even though it's my platform.

For context she's on venlafaxine 150 mg, PHQ-9 last month was 17, and we've got a safety plan with Talk Suicide Canada and 988 on it.""",
        [
            ("24.114.67.203", "ip"),
            ("moonlit_sparrow92", "handle"),
        ],
    ),
    (
        "b18a-016",
        """DAP note, outpatient SUD program, Kentucky (shared with identifiers removed for the documentation training thread).

**D:** Client is a 29-year-old male, three months into treatment for opioid use disorder, severe (F11.20). On buprenorphine/naloxone (Suboxone) 16/4 mg daily through the program's prescriber. UDS today positive for buprenorphine, negative for fentanyl and other opioids, positive for THC. Reports cannabis use "to sleep" most nights. Attended two of three scheduled IOP groups. Says the Super Bowl party at his cousin's was "the first time I've been around people using and didn't." Working part time; paying off a court fine.

**A:** Sustained engagement and meaningful progress on opioid use. Cannabis use is being used as a sleep strategy; not currently a high-priority target for him but relevant to longer-term goals. Ambivalence is high about stopping cannabis. AUDIT = 4. Motivation for opioid abstinence strong (readiness ruler 9/10).

**P:**
- Continue Suboxone per prescriber.
- MI conversation next session on sleep (Miller & Rollnick, eliciting change talk, not pushing).
- Offer CBT-I components; give sleep hygiene handout.
- Encourage attendance at all three IOP groups; problem-solve transportation (he has a ride on Mondays only).
- Reviewed SAMHSA National Helpline and 988.
- Next appointment Thursday.""",
        [],
    ),
    (
        "b18a-017",
        """Couples case, private practice, Washington State. Looking for some EFT and discernment-counseling brains.

Grant and Summer, married nine years, one kid. She reached out after discovering texts between him and a coworker, nothing physical according to him, "an emotional thing" according to her. He's a structural engineer at Boeing and the coworker is on his team, so there's no easy way to create distance. They live in Everett and he's on site every day.

Session 1 was mostly her anger and his shame. Session 2 she said she's "one foot out the door," and he's begging to "do whatever it takes." Classic mixed-agenda couple. I'm leaning toward discernment counseling (Doherty's model) before trying to do any repair work, since she hasn't decided if she wants to try.

What's tripping me up:
- He keeps asking me in front of her whether "this is salvageable." I don't want to be the oracle.
- She wants him to ask for a transfer. He says it would tank his career. I can see both sides, which probably means I'm not seeing something.
- Their kid has started wetting the bed again (age 6). They both agree the kid is picking up on the tension.

I've recommended Shirley Glass's *Not "Just Friends"* to both of them. Any other resources for the involved partner that aren't just "confess everything"?""",
        [
            ("Grant", "name"),
            ("Summer", "name"),
            ("Boeing", "organisation"),
            ("Everett", "place"),
        ],
    ),
    (
        "b18a-018",
        """Group note, DBT skills group (adult, standard model, Tuesday evening).

**Module:** Interpersonal Effectiveness, week 3 of 6. Topic: DEAR MAN and GIVE.

**Attendance:** 7 of 9. One member absent with notice, one no-call/no-show (will follow up per group policy; this is her second absence, one more and she's out for the rest of the module per the four-miss rule).

**Homework review:** Five of seven completed the diary card. Two members used TIPP skills over the weekend during urges; one described using cold water on her face in the car and "it actually worked, which is annoying."

**Teaching:** Reviewed DEAR MAN with the handout from Linehan's *DBT Skills Training Manual*, 2nd ed. Role-plays in pairs: asking a roommate to clean up, asking a boss for a day off. Several members struggled with "Appear confident," said it feels fake. Co-leader shared a personal example (appropriate and brief).

**Process observations:** Group energy was higher than last week. One member became tearful during the role-play about a parent and was able to use Observe and Describe to stay in the room. Another member monopolized the check-in; co-leader used a gentle interruption per our agreement.

**Plan:** Next week is GIVE and FAST. Reminder that group won't meet the week of Halloween due to the building being closed for the holiday event. Send diary cards home for both weeks.""",
        [],
    ),
    (
        "b18a-019",
        """Forensic-adjacent question, outpatient practice in Ohio.

I'm seeing a 17-year-old on a court-ordered basis after an assault charge (fight at a house party, victim had a broken orbital). The referral came from Franklin County Juvenile Court, case no. 23-JV-008417, and his probation officer, Denise Kowalczyk, emails me every two weeks asking for "updates on progress."

The consent form the family signed authorizes release of "attendance and treatment compliance." The PO is now asking for content, specifically whether he's "shown remorse." His next hearing is 2024-03-11 and I'm worried my notes will be used to argue for placement.

Clinically, he's making real progress with an anger management protocol (we're using the Aggression Replacement Training framework, plus some work on shame from Brené Brown's material he actually likes). He's talked about the fight in ways that suggest he's grappling with what he did, but "remorse" isn't a clinical term and I don't want to be the one deciding it.

Questions:
- How have others drawn the line between attendance/compliance and content with court-involved minors?
- Any templates for a brief court letter that satisfies the referral without turning me into an evaluator? I'm not a forensic evaluator and said so at intake.
- Should I loop in the guardian ad litem? I'm not sure that's my place.""",
        [
            ("Franklin County Juvenile Court", "organisation"),
            ("23-JV-008417", "id_number"),
            ("Denise Kowalczyk", "name"),
            ("2024-03-11", "date"),
        ],
    ),
    (
        "b18a-020",
        """Consult-liaison psychiatry note style question (I'm a psych NP at an academic hospital in the Northeast).

Asked to see an 84-year-old man, post-op day 3 after a hip repair, because he "tried to leave AMA" overnight. Nursing reports he pulled out his IV, was calling for his wife (deceased), and was convinced the nurses were holding him hostage.

Findings: CAM positive (acute onset, fluctuating course, inattention, disorganized thinking). MoCA 19/30 today, but he was clearly inattentive so I'm not taking that as baseline. Family reports he was independent at home and driving until this spring. On hydromorphone PRN, and someone started diphenhydramine for sleep (!). Also a UTI.

Assessment: delirium due to multiple etiologies (F05), hyperactive type. No evidence of a pre-existing major NCD from collateral, though mild NCD can't be ruled out.

Recommendations I gave:
- Discontinue diphenhydramine.
- Minimize opioids, schedule acetaminophen.
- Treat UTI.
- Non-pharm delirium bundle: glasses and hearing aids in, lights on during the day, family presence, reorient with calendar and clock, mobilize with PT.
- Haloperidol 0.5 mg PO/IV q6h PRN severe agitation only if danger to self/others; avoid restraints.
- Re-screen cognitively 4 to 6 weeks after discharge.

The team asked whether I'd "clear him for capacity" to refuse a second procedure. I told them delirium makes that very hard today and to reassess daily. How do you all document that without it looking like a dodge?""",
        [],
    ),
    (
        "b18a-021",
        """Referral follow-up, adult outpatient (psychologist, Ontario). I'm new to coordinating with inpatient teams in Ontario and would appreciate a sanity check.

My client was admitted to Sunnybrook after an overdose last month and discharged nine days later. The inpatient psychiatrist, Dr. Farah Siddiqui, faxed over a discharge summary from 416-555-0142, which I received, but it lists the MRN as 0047193852 and references a follow-up "with the community team" that I'm fairly sure doesn't exist yet. The client thinks I'm the community team.

Summary says discharge diagnosis MDD, recurrent, severe (F33.2), and borderline personality traits. Started on lithium 600 mg with levels to be followed. No one has told me who's following the levels.

He's seen me twice since discharge. Engaged, tearful, ashamed. PHQ-9 of 21. He's working on a safety plan with me and knows 988 and the Distress Centres of Greater Toronto line. He's also on the waitlist for a DBT program, which is about eight months long.

Questions for Ontario folks:
1. Is it normal for discharge summaries to name a "community team" without a specific referral? Should I be calling the inpatient unit directly?
2. Who typically follows lithium levels post-discharge if the client has no family doctor? He's been on the Health Care Connect list for over a year.
3. I'm a psychologist so I can't order bloodwork. Any creative solutions that have worked for you?""",
        [
            ("Sunnybrook", "organisation"),
            ("Farah Siddiqui", "name"),
            ("416-555-0142", "phone"),
            ("0047193852", "id_number"),
        ],
    ),
    (
        "b18a-022",
        """Reflections from a Manitoba therapist, mostly to think out loud. Not a specific consult.

I've been working with several clients from northern First Nations communities who come to the city for medical care or school. A theme keeps coming up: they're asked to fill out a PHQ-9 and a GAD-7 in the first ten minutes, and many of them just circle the middle. One older man told me, "These questions are for someone who has never had to grieve as a community." That stuck with me.

What I'm trying to do differently:
- Ask about family, land and community before symptoms. Let the intake take two sessions.
- Explain the screeners and their purpose, and offer to skip them.
- Learn about the history of residential schools and the Sixties Scoop from the Truth and Reconciliation Commission's reports and the *Calls to Action*, not from my clients' labor.
- Offer to include an Elder or Knowledge Keeper if the client wants that, and build in the time.
- Use the Hope for Wellness Helpline (1-855-242-3310) as a resource, since it offers support in Cree, Ojibway and Inuktitut.

I'm reading Suzanne Methot's *Legacy* and Gabor Maté's *The Myth of Normal*. Both have helped me with the language of collective trauma.

Honest question for others doing this work: how do you handle documentation requirements (diagnoses for billing, formal measures) when they feel at odds with a relational, community-centered approach? I don't want to drop them entirely because funding depends on it, but I feel like I'm imposing something.""",
        [],
    ),
    (
        "b18a-023",
        """Quick one, mostly venting but I'd also like ideas.

Client is a 41-year-old man with MDD and pretty significant social anxiety. He works the overnight stocking shift at the Costco in Rancho Cucamonga, which he actually likes because there are no customers and he can wear headphones. Problem is, he's been offered a promotion to a day-shift supervisor role. More money, which he needs, but he'd be managing people and talking to customers.

He's spent the last three sessions going back and forth. I've used a decisional balance and some values clarification (ACT's Bull's Eye worksheet). He values financial security and "not being a burden," and he also values quiet and predictability. The dilemma is real.

His brother Danny, who he lives with, has been pushing hard for him to take it, and I think that's making it hard for him to know what he actually wants.

PHQ-9 dropped from 16 to 11 since he started bupropion XL 150. Good momentum, and I worry a big change could knock it.

Anyone have a good way to help someone tolerate not knowing the right answer? I'm tempted to push exposure framing ("this is a great opportunity to face your fears!") but that feels like my agenda, not his.""",
        [
            ("Costco", "organisation"),
            ("Rancho Cucamonga", "place"),
            ("Danny", "name"),
        ],
    ),
    (
        "b18a-024",
        """Alberta clinician here, working with a lot of oil and gas workers on rotation.

Common presentation I want to discuss: men in their 30s and 40s doing two weeks on, one week off (or 14/7, 21/7), living in camp up north, who come in during their off-weeks with a mix of irritability, drinking, poor sleep and relationship conflict. The partner usually booked the appointment.

Typical screening: AUDIT-C 7 to 9, PHQ-9 in the 10 to 14 range, ISI in the high teens. Many have never seen a counsellor and the first session is mostly testing whether I'm "one of those people who blames everything on your childhood."

What's worked for me:
- Short, practical framing. CBT-I components for camp sleep (blackout, earplugs, consistent wake time even on days off).
- A "re-entry" plan for the first 48 hours home, which is when most of the fights happen. Borrowed from military reintegration literature.
- Addressing alcohol through the lens of performance and safety rather than "you have a problem." Many camps are dry, so the binge happens on the first night home.
- Partner sessions, when possible, focused on the transition rather than "fixing" the relationship.

Resources I give out: the AHS Addiction Helpline, 211 Alberta, and the Wellness Together Canada site. Some employers have an EAP; many of the contract workers don't.

Curious whether other folks in resource towns have found models that fit better. I keep hoping someone has adapted Hoge's *Once a Warrior, Always a Warrior* for oil field work.""",
        [],
    ),
    (
        "b18a-025",
        """Updating the thread from a few weeks ago about my client with escalating self-harm (adolescent girl, school-based mental health, Illinois).

Timeline, since a few people asked:
- Sept 18: first disclosure to the school nurse (superficial cuts on forearm).
- 10/2: parents informed per our protocol; family agreed to outpatient DBT-A.
- Thursday the 27th: she went to the ED after a more significant cut that needed steri-strips. Released same night with a safety plan.
- Since then, two outpatient visits and one missed.

Parents are scared and mom is now checking her arms every night, which the girl experiences as invasive and humiliating. We're doing some psychoeducation using Miller, Rathus & Linehan's DBT for adolescents framing around validation and the "invalidating environment" without blaming the parents.

She completed a C-SSRS screen today: no current SI, no plan, ideation history consistent with prior. Her ASQ was negative this morning. She's using ice cubes and intense exercise as alternatives, with mixed success.

Where I'd love input: how do you help parents stop the nightly checks without them feeling like they're abandoning safety? I suggested we move toward the teen proactively showing them once a week during a family check-in, which shifts the control, but mom looked at me like I was crazy.""",
        [
            ("Sept 18", "date"),
            ("10/2", "date"),
            ("Thursday the 27th", "date"),
        ],
    ),
    (
        "b18a-026",
        """Jumping in on the adult ADHD assessment thread because I do a lot of these.

A few things from my practice (psychologist, private, Pennsylvania):

1. ASRS v1.1 is a fine screener but it is NOT a diagnosis. I get a lot of referrals where someone scored high after a TikTok deep dive, and about half end up with a different primary explanation: anxiety, sleep, depression, trauma, substance use.

2. I always want collateral. Childhood report cards are gold. A parent or sibling interview about ages 6 to 12 is next best. DSM-5-TR requires several symptoms before age 12, and retrospective self-report alone is shaky.

3. Measures I use: DIVA-5 structured interview, CAARS (self and observer), the BRIEF-A for executive function, plus a brief cognitive screen. PHQ-9, GAD-7, and the ISI to rule out the usual suspects. I don't bother with continuous performance tests; the validity literature is weak for adults.

4. Russell Barkley's *Taking Charge of Adult ADHD* and Hallowell & Ratey's *Driven to Distraction* are the two books I hand out. Barkley for structure, Hallowell for hope.

5. If a stimulant is prescribed afterward (Vyvanse and Concerta are the common ones here), I encourage a four-week follow-up with the prescriber and ideally some coaching or CBT for ADHD (Safren's protocol is excellent).

6. The insurance side is a nightmare. Most plans cover 96130/96131 but cap hours. Tell clients up front.

Happy to share my report template if it helps.""",
        [],
    ),
    (
        "b18a-027",
        """Seeking consultation from anyone who works with Diné clients, especially around grief and family obligations.

I'm a counselor at an IHS-affiliated outpatient program in New Mexico. My client is a young man in his early 20s who moved back to Shiprock after a semester away to help care for his grandmother. He's been drinking more, sleeping a lot, and feels like he "failed" by leaving school.

He was previously seen by R. Begay at the Northern Navajo Medical Center behavioral health clinic, and he asked me to reach out to her for continuity. I'm going to do that with his signed release.

What I'm wrestling with: he describes strong family obligation as both a source of meaning and a reason he can't pursue his own goals. I'm careful not to pathologize that as "enmeshment." I don't want to bring a Western individualist lens that frames his choice as avoidance.

He's been interested in traditional ceremony and has mentioned talking with a medicine man. I've told him I'm supportive and happy to coordinate if he wants.

AUDIT = 14. PHQ-9 = 15. No SI today, though he mentioned a cousin's suicide last winter and we talked about that.

Any recommendations on culturally grounded frameworks or reading? I've been reading the Indigenous Wellness framework material and Eduardo and Bonnie Duran's *Native American Postcolonial Psychology*.""",
        [
            ("Shiprock", "place"),
            ("R. Begay", "name"),
            ("Northern Navajo Medical Center", "organisation"),
        ],
    ),
    (
        "b18a-028",
        """BIRP note, school-based therapist, California (example for the new-hire training doc).

**Behavior:** Student (3rd grade) seen for 30-minute individual session. Referred for frequent classroom outbursts (throwing materials, crying, leaving the room). Today entered calmly, chose the sand tray. Teacher reports two outbursts this week, down from five last week. Vanderbilt teacher form from last month elevated on ODD items, not on inattention/hyperactivity.

**Intervention:** Used the Zones of Regulation visual to identify "yellow zone" feelings before they escalate. Practiced "balloon breathing" and the "turtle technique." Reviewed the behavior chart with the student and the reward they've chosen (extra computer time on Fridays). Discussed the upcoming Valentine's Day party, which the student named as a worry (loud, unpredictable).

**Response:** Student was able to name two early warning signs ("hot face," "fists"). Engaged with breathing, needed prompting on the second round. Said the party is "scary but also fun." Agreed to take a break card to the party.

**Plan:** Continue weekly sessions per IEP counseling minutes. Consult with teacher on a pre-party plan (quiet corner, break card, a job like passing out napkins). Parent check-in by phone next Wednesday. Consider referral for a formal evaluation if outbursts re-escalate. Using The Incredible Years materials for the parent component; mom has the book.""",
        [],
    ),
    (
        "b18a-029",
        """Consultation on religious trauma, private practice, Texas.

Client is a woman in her late 20s raised in a very conservative church community. She left about a year ago after coming out as bisexual to her small group. Her family still attends Grace Fellowship in Lubbock and she says her mother "talks to Pastor Dale Whitcomb about me every week like I'm a prayer request." She moved to Austin for work and has very little contact with them.

Presenting: panic, intrusive thoughts about hell, intense guilt around sexuality and around "abandoning" her family. PCL-5 of 44, GAD-7 of 16. She doesn't meet criteria for PTSD in a clean way but the trauma response is clear.

Working with: Marlene Winell's *Leaving the Fold* (she found it herself), some IFS parts work around the "church voice," and self-compassion practices from Kristin Neff's program. I've also leaned on the Religious Trauma Institute's webinar series for my own education.

She's asked whether she "should" go home for Christmas. Her mom has said she's welcome but "we'll need to talk about some things." I'm trying hard not to answer for her.

Questions:
1. How do you work with intrusive religious fears without accidentally doing ERP on something that's also core to her spiritual identity? She still considers herself a Christian.
2. Any therapists in the Austin area who specialize in this? She'd like a group.""",
        [
            ("Grace Fellowship", "organisation"),
            ("Lubbock", "place"),
            ("Dale Whitcomb", "name"),
            ("Austin", "place"),
        ],
    ),
    (
        "b18a-030",
        """Closing out an OCD case and wanted to share takeaways. Adult client, 32, contamination and "just right" subtype, seen for 22 sessions.

**Measures:** Y-BOCS 28 at intake, 12 at the last session. OCI-R went from 41 to 14. PHQ-9 from 13 to 5 without any specific depression work.

**What worked:**
- Classic ERP following Foa, Yadin & Lichner's *Exposure and Response (Ritual) Prevention for OCD* manual. Hierarchy of 15 items, SUDS-based.
- Inhibitory learning framing (Craske and colleagues) instead of waiting for habituation. She found "I can tolerate it" more useful than "the anxiety will go down."
- Abramowitz's approach to treating compulsions as the target rather than obsessions.
- Involving her partner to stop the reassurance-giving. This was the biggest single lever. We did a joint session and used a script from *Freedom from Obsessive Compulsive Disorder* (Grayson).
- Fluvoxamine 200 mg through her psychiatrist.

**What I'd do differently:**
- Introduce the partner earlier. I waited until session 10.
- Spend less time on cognitive restructuring in the early phase. It turned into reassurance.
- Do more in vivo work outside my office. The grocery store exposures were the most powerful by far.

**Relapse prevention:** Written plan, booster sessions at one and three months, and a list of her "sneaky compulsions." She's joining a monthly IOCDF online support group.

Thanks to everyone who weighed in back in the spring.""",
        [],
    ),
    (
        "b18a-031",
        """Need a second set of eyes on a university counseling case (I'm at a counseling center, not sharing the school here beyond what's needed).

Actually, context matters: she's a sophomore at Oberlin, a conservatory student (violin), and that setting is part of the picture. The practice load and competition are intense, and she's been having tremor and panic before juries. Her roommate Priya found her crying in a practice room last week and walked her over to us.

She also writes publicly about her mental health on a blog at quietmarginalia.substack.com, which is how I learned more about her history than she'd shared in intake (prior eating disorder in high school, a brief hospitalization). She mentioned the blog herself and asked if I'd read it, so I did.

Current: GAD-7 = 17, PHQ-9 = 12, EAT-26 = 19 (below cutoff but creeping). She's been seeing the campus psychiatrist who suggested propranolol for performance anxiety.

My questions:
- Has anyone worked with performance anxiety in musicians specifically? I'm looking at the ACT-based protocols and Don Greene's *Performance Success*.
- How do you handle what you learn from a client's public writing? I want to use it respectfully without making her feel surveilled.
- Thinking about the ED history, should I be more proactive in screening, or would that feel like I don't trust her report?""",
        [
            ("Oberlin", "organisation"),
            ("Priya", "name"),
            ("quietmarginalia.substack.com", "url"),
        ],
    ),
    (
        "b18a-032",
        """Grief case, hospice bereavement program (Wisconsin). Looking for thoughts on prolonged grief.

Client is a woman in her 60s whose adult son died by overdose about 14 months ago. She meets criteria for prolonged grief disorder (F43.81) under the DSM-5-TR: intense yearning, identity disruption ("I don't know who I am if I'm not his mom"), avoidance of reminders, emotional numbness. PG-13-R score of 41.

She's been in our bereavement support group and individual sessions. The group helped early, but she's stopped attending because "everyone else is moving on."

Approaches I've been drawing on:
- Worden's four tasks. She's stuck on task 2 (processing the pain) and avoids anything related to his last year.
- Shear's Prolonged Grief Disorder Therapy (PGDT) model, especially imaginal revisiting and the situational revisiting exercises. I haven't done the formal training but have the manual.
- The dual process model (Stroebe & Schut) to give her permission to oscillate.
- Joan Didion's *The Year of Magical Thinking* resonated with her; she said, "She gets it, I keep his shoes by the door too."

Upcoming: Mother's Day and his birthday are both in May, and she's dreading both.

Questions: has anyone done PGDT without the formal training and found it workable? Also, any thoughts on helping her with the stigma piece around overdose deaths? People say insensitive things and she withdraws.""",
        [],
    ),
    (
        "b18a-033",
        """Parent of a 13-year-old client sent me screenshots and now I'm not sure what to do with them. Private practice, Michigan.

Background: 13yo boy, social anxiety and depression, spends most of his free time gaming. Mom, Tanya, found messages in his Discord where someone with the username ghostpepper_77 had been pressuring him to send photos and telling him his parents "don't get him." His own Xbox gamertag is xXSilentWolfXx and he's used it on a few servers.

He hasn't disclosed anything to me about this in session, and he'll know mom went through his phone. Mom wants me to "get him to talk about it" next session.

What I've done so far:
- Told mom this sounds like possible grooming and strongly encouraged a report to the NCMEC CyberTipline and to local police (they live in Ypsilanti; she's calling tomorrow).
- Suggested she preserve screenshots and not confront the other account.
- Reviewed Thorn's resources for parents.

Clinically I'm struggling with how to open this with him. He's finally begun trusting me (we're about ten sessions in). I don't want him to feel ambushed or like I'm an extension of his mom. Then again, if something has happened, he needs support.

Any scripts or approaches for bringing up parent-discovered information with a teen in a way that keeps the alliance?""",
        [
            ("Tanya", "name"),
            ("ghostpepper_77", "handle"),
            ("xXSilentWolfXx", "handle"),
            ("Ypsilanti", "place"),
        ],
    ),
    (
        "b18a-034",
        """CBT-I over tele-health in rural Nova Scotia: lessons learned.

I've been running CBT-I with about fifteen clients over the last two years, most in small communities across the Maritimes where there's nobody doing it in person. Sharing what I've found.

Structure: six sessions, weekly, using the Perlis et al. manual (*Cognitive Behavioral Treatment of Insomnia: A Session-by-Session Guide*) as the backbone. Sleep diaries via a shared spreadsheet or paper photographed on their phone.

Outcomes: mean ISI from 19 at intake to 9 at session 6. Two dropouts, both around session 3 when sleep restriction was toughest.

Things I'd tell someone starting out:
- Sleep restriction is a hard sell by video. I spend extra time on the rationale and use Spielman's 3P model diagram.
- Rural clients often have early wake times baked in (fishing, farming, shift work at the plant), so set the window around that, not the textbook.
- Winter is hard. Darkness by 4:30 in December. Light therapy box in the morning is worth suggesting (10,000 lux).
- Some have tried Sleepio or the CBT-i Coach app first. CBT-i Coach is a good companion; I use it alongside.
- Don't skip the cognitive piece. The "I'll never sleep again" catastrophizing is huge in this population.

One frustration: the MSI billing codes don't really have a great fit for CBT-I by video. Anyone figured out the cleanest approach with Nova Scotia billing?""",
        [],
    ),
    (
        "b18a-035",
        """Hi all, new to the forum. I'm a social worker in a primary care team in eastern Ontario and I've been asked to present a case at rounds. Would love feedback on my draft before I take it to the group.

**Identifying information:** Jean-Paul Lavoie, 58, lives alone at 22 Sydenham St, Kingston, ON K7L 3N6. OHIP 4829-117-365-KT. Retired corrections officer (Millhaven Institution). Divorced, one daughter, Chantal, who lives in Ottawa and calls weekly.

**Referral:** From his family physician, Dr. Anne Kerrigan, after he disclosed poor sleep, irritability and "not seeing the point of anything" at his annual physical on 14 January.

**History:** 31 years in corrections. Several critical incidents including a hostage situation. Never sought help while working; his words were "you didn't talk about that stuff."

**Screening:** PHQ-9 = 19 (item 9 = 1). PCL-5 = 52. AUDIT = 11.

**Social history:** Grew up in a large francophone family in northern New Brunswick, moved to Ontario in his twenties for the job. Married 22 years; the marriage ended shortly after his retirement, which he attributes to "being home all the time and being a bear about it." Spends most days alone, walks the dog, watches hockey. Drinks four to six beers most evenings, more on weekends; denies morning drinking or withdrawal.

**Mental status:** Well groomed, guarded at first, warmed up by the end. Mood "flat." Affect constricted. No psychotic features. Passive thoughts of death ("wouldn't mind not waking up"), no plan or intent, no access to firearms since he handed in his service weapon; he confirmed there are none in the house.

**Formulation (draft):** Probable PTSD with secondary depression, in the context of retirement-related loss of identity and structure, social isolation after divorce, and alcohol used to manage hyperarousal and sleep. Strong protective factors in his relationship with his daughter and his sense of duty.

**Current plan:** Weekly sessions; psychoeducation about PTSD in public safety personnel; referral to the Operational Stress Injury clinic if eligible; coordinate with GP on sertraline; safety plan done, with 988 and the daughter as contacts. He's open to peer support and I've given him information on a retired first-responders group.

**Questions for rounds:** Is trauma-focused work (CPT or PE) appropriate right now given the drinking, or should we stabilize first? And is there a better first-line option than what we have locally?""",
        [
            ("Jean-Paul Lavoie", "name"),
            ("22 Sydenham St", "place"),
            ("Kingston", "place"),
            ("K7L 3N6", "place"),
            ("4829-117-365-KT", "id_number"),
            ("Millhaven Institution", "organisation"),
            ("Chantal", "name"),
            ("Ottawa", "place"),
            ("Anne Kerrigan", "name"),
            ("14 January", "date"),
        ],
    ),
    (
        "b18a-036",
        """Ethics question, Texas LPC. Adult client disclosed childhood sexual abuse by an uncle who, she says, now regularly babysits his grandchildren (under 10). She doesn't want a report made. My read of the Texas Family Code is that historical abuse of an adult alone doesn't trigger the duty, but current access to children may. I've reviewed ACA Code B.2.a and the TSBEPC rules, called my insurer's risk line, and I'm seeing a healthcare attorney Monday. For those who've reported to DFPS in this situation: did you make the call with the client in the room, and how did the relationship hold up?""",
        [],
    ),
    (
        "b18a-037",
        """Outreach worker on a homeless services team in the Bay Area, posting for ideas on engagement.

Client is a woman in her 50s who's been sleeping in her car for about four months after an eviction. I found her through a welfare check: she parks overnight in the Walmart lot off Fremont Blvd because the lights make her feel safer. Car is a silver Corolla, plate 8KLM392, and she's terrified of getting towed because it's her only shelter and her stuff is in it.

She has a history of bipolar I, was stable on lithium for years but hasn't refilled since the eviction. Right now she presents as mildly hypomanic: pressured speech, little sleep, lots of plans. No psychosis that I can see. She refuses shelter because of a past assault in a congregate setting.

What I've done:
- Connected her to the county's safe parking program waitlist.
- Got her a Medi-Cal application started.
- Offered a ride to the FQHC for a psychiatry appointment, which she hasn't accepted yet.
- Gave her 988 and the 211 Bay Area number.

I'm struggling with how hard to push on medication. She's pretty clear that she doesn't want to "go back to being flat." I'm trying to use MI and follow her lead, but I'm also worried about escalation toward mania, especially with the heat coming.

Anyone have experience with motivational approaches for lithium adherence in unhoused clients? Or alternatives that she might find more tolerable?""",
        [
            ("Fremont Blvd", "place"),
            ("8KLM392", "id_number"),
        ],
    ),
    (
        "b18a-038",
        """Supervisor's reflection on teaching risk assessment (community agency, Vermont).

I've been supervising pre-licensed clinicians for about eight years and one thing I keep coming back to is how anxious new clinicians are about suicide risk assessment, and how that anxiety often makes them worse at it.

What I teach now:
- Use the C-SSRS for structure, but don't read it like a questionnaire. Ask, then follow the story.
- Joiner's interpersonal theory (perceived burdensomeness, thwarted belongingness, acquired capability) gives new clinicians something to listen for.
- David Jobes' CAMS framework for collaborative stabilization planning; the idea that the client is the expert on their own suicidality is a relief to supervisees.
- Safety planning per Stanley & Brown, always with lethal means counseling. I have them practice the firearm conversation in role-play, since that's where people freeze up. Vermont is a rural, high-ownership state and this matters.
- Documentation: capture the reasoning, not just a risk level. "Low risk" on its own protects nobody.

What I've seen go wrong: new clinicians asking "you're not thinking of hurting yourself, are you?" in that leading way; or assessing once at intake and never again; or getting so scared they hospitalize someone who was mostly asking to be heard.

I also recommend Thomas Joiner's *Why People Die by Suicide* and the AAS recognition course.

Anyone else have good training tools for supervisees? I'm looking for good recorded demonstrations, especially with adolescents.""",
        [],
    ),
    (
        "b18a-039",
        """Process note, session 14, adult client with recurrent MDD (psychodynamic, private practice).

She talked for the first time about the night of March 3rd. She had always referred to it as "the time I went to the hospital" and I hadn't pushed. Today she described sitting in the bathroom with the pills, calling her sister, and then hanging up before her sister answered. She said she's never told anyone that part.

I felt very still. I noticed the urge to move quickly to safety planning and I held it, because her risk today is low by every measure we have (C-SSRS screen negative, she's future-oriented, she has plans for April) and I think she needed me to just take it in.

Transference notes: she checked my face several times, as if waiting for disappointment. I reflected that, and she said, "My mother would have made it about her." We stayed with that.

Toward the end she asked if I thought she was "weak." I said I thought she was someone who had been alone with something enormous and was less alone with it now. She cried. We ended on time.

For my own supervision: I want to look at whether my stillness was attunement or my own freeze. And I want to think about how to revisit this without turning it into an interrogation. Her PHQ-9 has been in the 8 to 10 range for two months.""",
        [("March 3rd", "date")],
    ),
    (
        "b18a-040",
        """Bilingual practice question from Quebec.

I work in a CLSC-affiliated outpatient program and see clients in both French and English. Lately I've had several francophone clients ask to do therapy in English because "it's easier to say hard things in a language that isn't mine." I know this is documented (there's research on emotional distance in a second language, Pavlenko and others) but I'm curious how colleagues handle it clinically.

Example (composite): a man in his 40s, anxiety and some residual trauma from childhood. In English, he can describe events clearly but with flat affect. When I offered to switch to French for one session, he became tearful within minutes talking about his grandmother's kitchen. He asked to go back to English after that.

My thinking:
- The second language may be a useful titration tool, the way we'd use distancing in EMDR or narrative exposure.
- But staying there permanently may keep him away from the emotional core of the work.
- I'm thinking of offering deliberate "switches" for specific memories, with his consent.

Practical notes for Quebec colleagues: clients sometimes worry about documentation language. Our records are in French per agency policy, which some anglophone clients find alienating. I've started explaining that at intake. I also give Info-Social 811 and the provincial suicide prevention line (1-866-APPELLE) in both languages.

Has anyone written about this in a way that's practical? I've read Pérez Foster's work and some of the Dewaele research but would welcome more.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b18a"}
        for doc_id, text, items in DOCS
    ]
