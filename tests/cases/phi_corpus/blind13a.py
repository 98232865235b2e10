"""Blind batch b13a, written by a helper session without sight of the guard. Forty US
clinician posts (community mental health, private practice, school counselling, substance-use
programmes, VA and military, tribal, rural and Alaska telehealth) from Ohio, Texas, North
Carolina, Oregon, Montana, New York, Louisiana, Florida, Mississippi, Oklahoma, Tennessee,
Pennsylvania, Michigan, Idaho, Georgia, California, Minnesota, Vermont, Wisconsin, Maine and
elsewhere: Markdown case presentations, consult requests, chatty forum replies, SOAP/DAP/BIRP
notes, group notes, process notes, supervision reflections and closing takeaways, with clients
from age 6 to 94. Identifiers include everyday-word names and nicknames (Dawn, Summer, Joy,
Cash, Hope, Grace, Patience, Precious, River, Boots, Moose), employers, schools, churches,
military units, street addresses, several date formats (2/11, May 14, 2007, Christmas Eve 1952,
Mardi Gras 2023, Sunday the 14th) and US ID numbers (Medicaid, AHCCCS, Medicare MBI, EDIPI,
MRN, student, court, DSS, APS, VA claim, nursing licence), plus phones, emails, URLs, handles
and an IP address. Clean documents are dense with look-alikes: cited authors and books,
trainings, instruments and scores, CPT/HCPCS and ICD-10 codes, doses such as 8/2 mg and 16/4 mg,
statutes (5150, Section 35, 42 CFR Part 2), national hotlines, regions, holidays without years,
public figures, brands and ages under 90.

First-sight figures, with the guard at cd1af47: span recall 0.900, precision 0.827, identifier
documents fully caught 0.350, clean documents flagged 0.650 (the guard at 5d372b1, where this
session started: 0.900, 0.798, 0.350, 0.650).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b13a-001",
        """## Consult request: stuck at session 11 with panic + recurrent MDD

**Client:** Dawn Kessler, 34, single mom of two, lives in a rental off Elida Road in Lima. Works second shift on the line at the Honda plant in Marysville (about an hour each way, which matters, see below).

**Referral:** PCP, Dr. Anita Sharma, after two ER visits for "heart attack" symptoms. Cardiac workup clean both times.

**Presenting:** First full panic attack 2/11 in the break room; now 3-4 a week, mostly on the drive. PHQ-9 went 19 → 16 → 17 across the last three administrations, GAD-7 steady at 15, PDSS 14. Sertraline started at 50 mg, bumped to 100 mg six weeks ago. No SI on the C-SSRS screener, no history of attempts.

**What I've done:** Psychoeducation from *Mastery of Your Anxiety and Panic* (Craske & Barlow, 4th ed.), diaphragmatic breathing (which I'm now second-guessing as a safety behaviour), and two rounds of interoceptive exposure: straw breathing and spinning in a chair. She tolerates the in-office stuff fine, SUDS peak 60, but won't do any of it on her own, and she's started having her sister drive her to work, which is a 2-hour detour for everyone.

**Where I'm stuck:**
1. Am I feeding avoidance by letting the breathing stay in the plan? Craske's inhibitory learning paper (2014) makes me think yes.
2. Is the depression the bigger driver, and should I switch to BA for a few sessions (Martell, Dimidjian & Herman-Dunn)?
3. Billing: we've been doing 90837, but Medicaid (her ID is 104882937613 if anyone from the MCO is in this group and can tell me why they keep denying the add-on) is kicking back 90785.

Any thoughts welcome. I'll bring the exposure hierarchy to Thursday's group.""",
        [
            ("Dawn Kessler", "name"),
            ("Elida Road", "place"),
            ("Lima", "place"),
            ("Honda", "organisation"),
            ("Marysville", "place"),
            ("Anita Sharma", "name"),
            ("2/11", "date"),
            ("104882937613", "id_number"),
        ],
    ),
    (
        "b13a-002",
        """Re: "Couple keeps relitigating the affair. When is it time to move from atonement to attachment?"

Oh, I feel this one in my bones. A few thoughts from ~15 years of doing mostly couples work out here on the Front Range:

First, Gottman's three-phase affair recovery model (atone, attune, attach) isn't as linear as the book makes it sound. In *The Science of Trust* and the later Gottman & Gottman training materials, atonement can loop back every time a new detail surfaces. If the hurt partner keeps finding fresh texts, you're not in attunement yet, you're still in discovery, and that's a different problem.

Second, I'd lean hard on Sue Johnson here. *Hold Me Tight* has the attachment injury resolution model: the hurt partner has to see the injuring partner actually feel the impact, not just apologise. Lots of couples (especially the 20+ year marriages like yours, 52M and 49F, right?) have an engineer-brain partner who apologises beautifully and with zero affect. Johnson would say you haven't had the softening event.

Third, read Esther Perel's *The State of Affairs* if you haven't. I don't agree with all of it, but her question "what did the affair mean to the one who had it" unsticks some of my couples. And Terry Real's *Us* is great for the "relational grandiosity" piece if the injuring partner gets defensive.

Practical stuff:
- I re-administer the DAS (or the CSI-16 if they hate long forms) around session 10 and again at 20. Scores of 90 or under tell me we're not ready for Phase 3.
- I bill 90847 for conjoint and 90834 for the individual sessions, and I'm upfront that I don't keep secrets. Janis Abrahms Spring's *After the Affair* is still the best book I give the hurt partner.
- Valentine's Day and anniversaries will spike things. Plan for it in the session before.

Hang in there. Affair work is the hardest and most rewarding stuff we do.""",
        [],
    ),
    (
        "b13a-003",
        """**Consult: 7th grader, cyberbullying + self-harm disclosure (TX, middle school counselor)**

Posting here because our district LSSP is out on leave and I want another set of eyes before I meet with the parent again.

Student is Paisley Ortega, 12, a 7th grader at Cedar Ridge Middle School in Round Rock (Student ID 2290417, I'll edit this out, sorry, copy-pasted from my referral form). Teacher referral came in on October 8th after she was found crying in the girls' restroom during 4th period. She showed me a TikTok account, @journey.xo_, that had been reposting edited photos of her with captions about her weight. She says the account belongs to a former friend, Journey, who she fell out with over the summer.

Disclosure: superficial cutting on her forearm for ~3 weeks. ASQ was a non-acute positive (yes to item 1 only), then full C-SSRS screener: passive ideation, no plan, no intent, no prior attempt.

Done so far:
- Notified mom, Crystal, same day per district policy and the ASQ pathway. Mom was tearful and supportive.
- Safety plan using the Stanley-Brown template; gave her 988 and Crisis Text Line (text HOME to 741741).
- Bullying report filed with AP Villarreal under David's Law (Texas Ed Code 37.0832), our state cyberbullying statute.
- Referred out for outpatient therapy; recommended DBT-A or at least someone trained in it.

My questions: how hard do I push on the reporting side when the other student is also one of ours and Journey's mom is on the PTO board? And how do I follow up without making Paisley feel watched? I'm thinking brief check-ins using the SFBT scaling question (de Shazer, Berg) twice a week for the first two weeks.""",
        [
            ("Paisley Ortega", "name"),
            ("Paisley", "name"),
            ("Cedar Ridge Middle School", "organisation"),
            ("Round Rock", "place"),
            ("2290417", "id_number"),
            ("October 8th", "date"),
            ("@journey.xo_", "handle"),
            ("Journey", "name"),
            ("Crystal", "name"),
            ("Villarreal", "name"),
        ],
    ),
    (
        "b13a-004",
        """**IOP Group Note: Relapse Prevention (Matrix Model, Early Recovery Skills, session 7 of 12)**
Program: ASAM Level 2.1 intensive outpatient, Eastern Kentucky
Duration: 3 hrs (H0015), 9 members present, 2 excused

**Content:** Opened with check-in using the Matrix triggers and cravings scale. Main topic: the Trigger-Thought-Craving-Use sequence and thought-stopping. Integrated the "Asking for Help" topic from Najavits's *Seeking Safety* since three members are also in trauma work.

**Process:**
- Member A (44, on buprenorphine/naloxone 8/2 mg BID) reported 61 days and shared about driving past his old dealer's house on the way to group. Group gave feedback on route changes.
- Member B (23) disclosed a lapse over the weekend (2 pressed pills, likely fentanyl). UDS consistent. She used Narcan training language to describe her "near miss." Staff followed up individually; no overdose, no SI on C-SSRS.
- Member C (58) brought his Big Book and read page 417 ("acceptance is the answer"), which started a good argument about AA vs. SMART Recovery vs. Celebrate Recovery. I framed it with Miller & Rollnick's "rolling with resistance" (now "dancing, not wrestling" in the 4th ed.).
- Members D and E (both 19) mostly quiet; E said he "would rather be getting a root canal than sitting here," which got a laugh and opened things up.

**Clinical impression:** Group cohesion improving (Yalom's therapeutic factors, esp. universality and instillation of hope, visible today). COWS not indicated. Two members' PDMP checks reviewed by prescriber per protocol.

**Plan:** Next session: Matrix RP topic "Guilt and Shame." Remind members of SAMHSA National Helpline 1-800-662-4357 and 988. All documentation per 42 CFR Part 2.""",
        [],
    ),
    (
        "b13a-005",
        """### Consult: PE stalled on the index trauma, OIF Marine, 38

I'm a psychologist on a PTSD Clinical Team at a VA in North Carolina. Looking for input from anyone who has done a lot of Prolonged Exposure with blast-injury vets.

**Background.** Veteran is 38, served 2004-2010, 0311 rifleman, E-5 at discharge. Deployed twice with 2nd Battalion, 8th Marines out of Camp Lejeune. Index trauma is an IED strike on May 14, 2007, in which his closest friend, Rusty Gaines, was killed. The vet was in the vehicle behind and helped pull him out. He is 70% service-connected for PTSD plus tinnitus and mild TBI. Lives with his wife, Summer, and two kids in Jacksonville, about 20 minutes from his old barracks, which he says is "like living next to a graveyard."

**Treatment so far.** 7 sessions of PE per Foa, Hembree & Rothbaum's manual. PCL-5 baseline 58, now 52. Imaginal exposure: SUDS peak stays at 90-95 and doesn't habituate within or between sessions. He consistently skips the hot spot, the moment he sees Rusty's face. In vivo hierarchy going well (grocery stores, driving with windows down).

**Complications.** Prazosin 2 mg at bedtime from psych, nightmares down from 5/week to 3. Drinking: AUDIT-C 7, he says "a six-pack most nights." Moral injury themes are loud ("I should have been in the front truck"), which makes me wonder if CPT (Resick, Monson & Chard) would fit better than PE here.

**Question.** Switch to CPT, add WET, or push through with more focused hot-spot work? Also, if anyone has gotten unit records through the VBA for a vet (his C-file and EDIPI 1284573390 are already in CPRS), I'd like to know how you did it. He wants Rusty's family to know the details of that day.""",
        [
            ("2nd Battalion, 8th Marines", "organisation"),
            ("Camp Lejeune", "place"),
            ("May 14, 2007", "date"),
            ("Rusty Gaines", "name"),
            ("Rusty", "name"),
            ("Summer", "name"),
            ("Jacksonville", "place"),
            ("1284573390", "id_number"),
        ],
    ),
    (
        "b13a-006",
        """Re: Working with historical trauma in IHS/tribal settings, resources?

I've been in a tribal behavioral health program in the Southwest for nine years (not a Native person myself; I'm a white LCSW from the Midwest, and I try to stay aware of what that means in the room). Some things that shaped my practice:

- Maria Yellow Horse Brave Heart's work on historical trauma and unresolved grief. Her "Return to the Sacred Path" intervention and the 1998 papers are essential. Don't just cite her; actually read her.
- Eduardo and Bonnie Duran, *Native American Postcolonial Psychology*. Hard read, worth it.
- Joseph Gone's critiques of how we import Western trauma models wholesale.
- Trainings: GONA (Gathering of Native Americans) through SAMHSA, White Bison's Wellbriety programs, and QPR/ASIST for suicide prevention. Also the Zero Suicide framework, which IHS has adopted.

Clinically: I had a 16-year-old last year whose PHQ-A was 21 and C-SSRS showed recent ideation with a plan. What helped most wasn't my TF-CBT protocol; it was bringing in his grandmother (84, fluent speaker), who asked to smudge at the start of sessions and who knew the family history the kid didn't. Her presence did more for his sense of belonging than any cognitive restructuring I could have done.

Practical things: always ask about extended family, not just "who lives in the home." Expect funerals to take priority over appointments (and don't chart that as "noncompliance"). Learn the community's protocol for talking about the dead. Respect that some families will want a traditional healer involved; IHS has guidance on that. Purchased/Referred Care rules are a nightmare, so learn them early.

And keep 988 on everything, but know that a lot of folks out here have spotty cell service on the reservation, so safety plans need a landline or a neighbour as backup.""",
        [],
    ),
    (
        "b13a-007",
        """**Follow-up: grief work with my 93-year-old widower (posted last month)**

Thanks to everyone who replied on my original post. Update and a new question.

Quick recap: Mr. Albrecht is 93, lives at Hawthorne Terrace Senior Living in Milwaukie, and lost his wife of 68 years, June, in early winter. They married on Christmas Eve 1952. His daughter Robin brings him in (she asked me to use her cell, 503-555-0148, for scheduling, which works better than the facility front desk).

Where we are: GDS-15 down from 11 to 7. MoCA 24/30, mild deficits in delayed recall, consistent with his baseline per his PCP. He's sleeping better. What helped, as several of you suggested:
- Worden's four tasks, especially task 3 (adjusting to a world without the deceased). He has never once cooked a meal.
- The Stroebe & Schut dual process model gave me language to validate his "restoration" days without making him feel disloyal.
- Reading bits of Yalom's *Staring at the Sun* together. He's a retired philosophy teacher and loved the idea of "rippling."

New question: his younger sister, who's 87 and lives out of state, just had a stroke, and he's spiraling into anticipatory grief. He told me, "Everyone I know is now either dead or in a hospital bed." I'm considering some dignity-therapy-style life review (Chochinov) but don't want to collapse him into an end-of-life frame when he's medically fairly stable.

Also: her birthday is March 19, and he's already dreading it. Any ideas on marking a first birthday after a death with someone this age? (Medicare has been fine with 90834 for these, luckily.)""",
        [
            ("93", "age"),
            ("Albrecht", "name"),
            ("Hawthorne Terrace Senior Living", "organisation"),
            ("Milwaukie", "place"),
            ("June", "name"),
            ("Christmas Eve 1952", "date"),
            ("Robin", "name"),
            ("503-555-0148", "phone"),
            ("March 19", "date"),
        ],
    ),
    (
        "b13a-008",
        """Re: "3rd grader melting down daily, teacher wants him evaluated for EBD, I'm not sure"

Elementary counselor in Minnesota here. A few things before you go down the EBD evaluation path:

1. **Read Ross Greene's *Lost at School*** (and hand *The Explosive Child* to the parents). The ALSUP (Assessment of Lagging Skills and Unsolved Problems) is free on the Lives in the Balance site and takes 20 minutes with the teacher. Nine times out of ten I find the meltdowns cluster around two or three unsolved problems: transitions after recess, writing tasks, lining up.

2. **Get data before opinions.** Have the teacher do a Vanderbilt (you'll want both the parent and teacher forms), and if there's anxiety in the picture, a SCARED. We also use the BASC-3 BESS for universal screening in fall and spring, so check whether he was flagged in fall.

3. **Tier 2 first.** Our MTSS team would want at least 6-8 weeks of CICO (Check-In/Check-Out) and a small group. I run Zones of Regulation groups (Leah Kuypers's curriculum) and a Second Step unit on problem-solving for 2nd-3rd graders. If he's 8 and this is new this year, something changed. Ask about home.

4. **504 vs IEP.** If there's an ADHD diagnosis, a 504 plan may get him what he needs (breaks, a cool-down spot, preferential seating) without the EBD label, which in my experience follows kids forever.

5. **The ASCA National Model** backs you on this; counselors shouldn't be the ones diagnosing, but we can absolutely push for the functional behaviour assessment to happen before the psych eval.

And honestly? Sometimes the most helpful thing is the Mister Rogers line: "Anything that's human is mentionable." The kiddo might just need one adult who gets curious instead of furious.""",
        [],
    ),
    (
        "b13a-009",
        """**SOAP: Individual counseling, OTP**

**S:** Chance Holloway (DOB 07/22/1986, AHCCCS ID A48217390) presents for scheduled 45-min session. "Rough week." His manager at the Circle K on Main Street in Mesa cut his hours after he was late twice because of the dosing window. Cravings 6/10, denies use. His PO, Officer Dominguez, told him another dirty UA means a violation hearing. Girlfriend (Amber) is 7 months pregnant; he's "scared of screwing this up for the baby."

**O:** Alert, oriented x4, mildly agitated. Methadone 95 mg, day 142. Last UDS methadone only; prior two positive for fentanyl. COWS 3. PHQ-9 12.

**A:** OUD, severe, on maintenance (F11.20). Moderate relapse risk. No SI/HI.

**P:** Take-home eligibility review at next team (42 CFR 8.12). Employer letter only with signed Part 2 consent. MI around fatherhood. Refer Amber to Healthy Start. Next session 1 week.""",
        [
            ("Chance Holloway", "name"),
            ("07/22/1986", "date"),
            ("A48217390", "id_number"),
            ("Circle K", "organisation"),
            ("Main Street", "place"),
            ("Mesa", "place"),
            ("Dominguez", "name"),
            ("Amber", "name"),
        ],
    ),
    (
        "b13a-010",
        """**Supervision reflection, week 31 (for my hours log)**

Something I want to process with you Thursday: I've been scheduling my 28-year-old client with borderline features into the last slot of the day and then running 10 minutes over. Honestly, it's because she's the only client who tells me I'm helping. That's... a lot to unpack.

Reading: Yalom's *The Gift of Therapy*; Safran & Muran on withdrawal ruptures (I think I avoid them by over-gratifying); Racker's concordant identification (she feels unseen, I feel unseen in this agency); Linehan on "observing limits."

Plan: move her to a mid-day slot, end on time with a 5-minute warning, and take my own stuff to my own therapy.

Hours: 3 individual + 1 group this week; cumulative 1,847 of the 3,000 the BBS requires.""",
        [],
    ),
    (
        "b13a-011",
        """## Integrated care consult: rancher, 61, farm stress + firearms

Behavioral health consultant in a critical access hospital clinic in north-central Montana. Our PCP asked me to do a warm handoff on a patient I want to run by folks with agricultural experience.

**Who:** Wade Lindqvist, 61, third-generation cattle and wheat operation outside Havre. Wife Joy does the books and works part-time at the Hi-Line Grain Co-op. Their only son moved to the West Coast and isn't coming back to the place.

**Presenting:** Came in for a BP recheck; PHQ-9 at rooming was 18 with item 9 scored 1. On my C-SSRS: passive death wish since calving season, "wouldn't mind if the tractor rolled," no plan, no prior attempt. Prices, the drought, and losing a quarter-section lease on March 3rd are the big three. Says he hasn't missed a Sunday at First Lutheran in 40 years but stopped going last month because "I can't look Pastor Ekberg in the eye."

**Firearms:** Multiple rifles and a shotgun on the property (ranch life, predators, not negotiable). I did CALM-style lethal means counseling. He agreed to let his brother hold the bolt for the .30-06 and keep ammo locked in the shop, and Joy is keeping the key.

**Safety plan:** Stanley-Brown, with reasons for living (grandkids, the dog, "the herd won't feed itself"). 988 plus the Farm Aid hotline (1-800-FARM-AID). His cell is 406-555-0193 and he agreed to caring contacts by text (Motto & Bostrom style) weekly for 12 weeks.

**Question:** Anyone have experience with farm-specific adaptations (e.g., the USDA Farm and Ranch Stress Assistance Network materials)? And how do you handle the pastor piece when church is both protective and a current source of shame?""",
        [
            ("Wade Lindqvist", "name"),
            ("Havre", "place"),
            ("Joy", "name"),
            ("Hi-Line Grain Co-op", "organisation"),
            ("March 3rd", "date"),
            ("First Lutheran", "organisation"),
            ("Ekberg", "name"),
            ("406-555-0193", "phone"),
        ],
    ),
    (
        "b13a-012",
        """**DAP Note: Child-Centered Play Therapy, session 6**
Client: 6 y/o male | Dx: F43.23 adjustment disorder w/ mixed anxiety and depressed mood; Z62.820 parent-child relational problem | CPT 90834 (40 min) + 90785 interactive complexity (bio parents in active conflict in the waiting room)

**D:** Client entered playroom readily today, first time without looking back at his grandmother. Spent most of the session in the sandtray building a "fence" around a house with two adult figures outside it. Named the figures "the mad one" and "the other mad one." Used the Spider-Man figure to "fly the baby away." Sang the Bluey theme while burying a small dog figure, then dug it up and said "he's fine now." Limit set once (throwing sand) using Landreth's ACT model: Acknowledge the feeling, Communicate the limit, Target an alternative. Client redirected to the bop bag.

**A:** Themes of protection, rescue, and parental conflict continue (consistent with Homeyer & Sweeney's notes on containment in sandtray). Emerging mastery play (dog buried, then recovered). Increased autonomy on separation. No safety concerns disclosed. Grandmother reports fewer night wakings (3 nights this week vs. nightly), and the teacher's Vanderbilt was unremarkable except for anxiety items.

**P:** Continue weekly CCPT (Axline's 8 principles; Ray's *Advanced Play Therapy* on the shift around sessions 6-10). Schedule a filial therapy consult with grandmother (Landreth & Bratton's 10-session CPRT model). Parents: recommend the court's co-parenting class; will coordinate with the GAL per release on file. Next session Tuesday.""",
        [],
    ),
    (
        "b13a-013",
        """# Case presentation: 15-year-old, AN-R, FBT Phase 1 plateau

**Presenting clinician:** LCSW in suburban private practice, FBT-certified through the Training Institute for Child and Adolescent Eating Disorders. Presenting for peer consultation; parents consented to case discussion.

## Identifying information
Ivy Marchetti, 15, sophomore at St. Agnes Academy, lives with her parents and a younger brother, Theo, in Scarsdale. Pediatrician is Dr. Lena Feldman. Referred after a routine physical showed bradycardia (HR 42) and a 14-lb loss since her last well visit.

## History
Restriction began after a "healthy eating" unit in health class and escalated over the summer when she joined the cross-country team. Parents found a secondary Instagram ("finsta"), @ivyleaf.eats, with daily meal photos and calorie totals. She was medically hospitalized for 6 days for stabilization (admitted 9/14), then discharged to outpatient FBT. No purging, no laxatives per her report and the parents'. No prior psychiatric history; maternal aunt with a history of "something like anorexia" in college, never treated.

## Medical
- Orthostatics now within range; HR up to 54 resting.
- Labs normal except low phosphorus at admission (refeeding protocol per SAHM guidelines).
- Cleared for walking, not running. This is the biggest fight at home.

## Course
- Sessions 1-9 of FBT per Lock & Le Grange's manual. The family meal (session 2) was brutal but informative: Dad bargained, Mom froze.
- Weight restored from 81% to 89% mEBW, then flat for 4 weeks.
- EDE-Q global went 4.2 → 3.6. CDI-2 elevated; no SI on the C-SSRS.
- Theo has started refusing to eat dinner with the family ("it's always a fight"), which I think matters more than it looks.
- Parents are exhausted. Mom has read *Help Your Teenager Beat an Eating Disorder* (Lock & Le Grange) and Eva Musby's book; Dad is skeptical of "letting her not exercise."

## Questions for the group
1. Is this a true plateau, or are meals being sabotaged (hiding food, water-loading before weigh-ins)? I do blind weights.
2. Would anyone add a CBT-E component (Fairburn) at this stage, or stay pure FBT until Phase 2?
3. How do you handle a dad who undermines the parental alliance in front of the teen? Considering a parent-only session, per the separated-FBT variant in Le Grange's work.
4. Sibling support: any good resources for an 11-year-old who's living in the middle of this?""",
        [
            ("Ivy Marchetti", "name"),
            ("St. Agnes Academy", "organisation"),
            ("Theo", "name"),
            ("Scarsdale", "place"),
            ("Lena Feldman", "name"),
            ("@ivyleaf.eats", "handle"),
            ("9/14", "date"),
        ],
    ),
    (
        "b13a-014",
        """**Group Note: Moral Injury Group (closed, 10-week), Week 4**
Setting: VA outpatient mental health, Pacific Northwest | 90853 | 90 min | 7 of 8 veterans present

**Framework:** Adapted from Litz et al.'s *Adaptive Disclosure* and Shira Maguen's Impact of Killing (IOK) protocol. Today's theme: "betrayal of what's right" (Jonathan Shay's definition from *Achilles in Vietnam*).

**Participation:**
- Vet 1 (Vietnam era, 76, Army) talked about coming home to protesters and never telling his family anything. Group was visibly moved when he said, "I've been carrying this for 55 years."
- Vet 2 (OIF, 41, former 68W medic) described triage decisions he still replays. Used an empty-chair exercise (adapted from Gestalt work) to speak to "the one I didn't get to."
- Vet 3 (OEF, 34, Marine) pushed back on the chaplain-style language in Edward Tick's *War and the Soul*: "I don't need my soul back, I need to sleep." Good discussion about spiritual vs. secular framing.
- Vet 4 (Desert Storm, 55) quiet, but stayed after to ask about the Vet Center and the Veterans Crisis Line (988, press 1).
- Vets 5-7 engaged appropriately.

**Measures:** MIES and MISS-M-SF administered week 1; will repeat at week 10. PCL-5 range in group 34-61.

**Risk:** No acute risk identified. Vet 2 endorsed passive SI on the weekly C-SSRS screen; individual follow-up completed, safety plan updated, REACH VET flag reviewed with his primary MH provider.

**Plan:** Week 5: "Forgiveness and self-forgiveness," using Worthington's REACH forgiveness model (a different REACH, I know, acronyms).""",
        [],
    ),
    (
        "b13a-015",
        """Re: couples stuck in the Four Horsemen (LPC-S in Louisiana, would love thoughts)

Okay, I'll bite, because I have a couple right now who are the textbook Gottman criticism/defensiveness cycle and I'm stuck too.

She's Brandy Fontenot, a charge nurse on the cardiac floor at Ochsner; he's Cash, a tugboat deckhand who works 14 days on / 14 off. They live in Metairie with her mom and three kids. Married at Mount Zion Baptist Church in Kenner, where her dad is still a deacon, which comes up a LOT ("Daddy would never talk to Mama like that").

The flashpoint was Mardi Gras 2023, when Cash came home early from a hitch and found her out with coworkers. Not an affair, she says, but a lot of texting with a traveling nurse that felt like one to him. Since then: weekly blowups, stonewalling on his end (he literally walks out to the truck), contempt from her ("you're just a deckhand").

What I've tried:
- Sound Relationship House assessment + the Gottman Relationship Checkup. Their lowest scores were in Friendship & Fondness and Conflict Management.
- Softened startup and the Dreams Within Conflict exercise.
- Some EFT reframes (Johnson) about his withdrawal as protest, not indifference.

What's weird: she emailed me between sessions from brandy.t.fontenot@gmail.com asking if I'd see her individually without telling him. I said no (no-secrets policy), but now I worry she thinks I'm on his side.

Anyone used Imago dialogue (Hendrix & Hunt) with a rotating-shift partner? I can only get them together every other week, and I'm billing 90847 for every one of those.""",
        [
            ("Brandy Fontenot", "name"),
            ("Ochsner", "organisation"),
            ("Cash", "name"),
            ("Metairie", "place"),
            ("Mount Zion Baptist Church", "organisation"),
            ("Kenner", "place"),
            ("Mardi Gras 2023", "date"),
            ("brandy.t.fontenot@gmail.com", "email"),
        ],
    ),
    (
        "b13a-016",
        """Re: "Postpartum client with intrusive thoughts about harming baby. Do I have to report??"

Deep breath. Almost certainly no, and how you respond in the next session matters a lot.

I'm a perinatal mental health specialist (PMH-C) in Wisconsin and this is the single most common panic I hear from newer clinicians. Ego-dystonic intrusive thoughts ("what if I drop her down the stairs," "what if I drown him in the bath") are a hallmark of perinatal OCD and are extremely common. The person is horrified by them and avoids the baby or the bath because of them, and that avoidance is what distinguishes them from psychotic thinking or actual intent. Karen Kleiman's *Good Moms Have Scary Thoughts* is the book I hand every one of these moms, and her Postpartum Stress Center trainings are excellent.

What to do:
1. Normalize explicitly. "Lots of new parents have thoughts like this. The fact that they scare you tells me a lot."
2. Screen properly: EPDS (item 10 for self-harm), and the DOCS or Y-BOCS for OCD symptoms. Rule out postpartum psychosis (rapid onset, confusion, hallucinations, usually in the first 2 weeks). That's an emergency.
3. Treat with ERP. Jonathan Abramowitz has good perinatal OCD papers. Medication: sertraline is usually first line for breastfeeding parents; her OB or a perinatal psychiatrist can consult through your state's perinatal psychiatry access program.
4. Connect her with Postpartum Support International (the PSI HelpLine is 1-800-944-4773) and the National Maternal Mental Health Hotline, 1-833-852-6262 (call or text, 24/7).

Also read up on zuranolone (Zurzuvae), 50 mg nightly for 14 days, if the PPD piece is significant; it's been a game-changer for a couple of my clients.

Your client is 11 weeks postpartum and told you this after building trust. That's a gift. Don't make her regret it by making her think CPS is coming.""",
        [],
    ),
    (
        "b13a-017",
        """**Consult: possible financial exploitation, 91-year-old client (FL)**

I see Mrs. Dorothea Pike at home through a Medicare Advantage in-home behavioral health program. She's 91, widowed, and lives at 1147 Palmetto Way in The Villages. Retired after 31 years as a bakery manager at Publix. Her Medicare number (MBI 5TQ8-HJ2-KL41) is on the intake the plan sent, which is how I noticed something off: her mailing address was changed to her son's in Ocala last quarter.

Son goes by "Buck." He moved in after her fall and now handles "all the paperwork." At my visit on Sunday the 14th, she asked me in a whisper whether I knew how much money was in her account, because "Buck says we're nearly broke." She has a pension and a paid-off house. She was visibly anxious; GAD-7 13 (up from 6).

Cognitive screen: SLUMS 20/30 (she has a high school education, so that's the mild neurocognitive range), Mini-Cog 3/5. On donepezil 10 mg per her neurologist. She clearly has capacity for some decisions and not others; I'm not the one to decide that.

What I did: called the Florida Abuse Hotline (1-800-962-2873) and filed a report; APS intake #2024-118734. Documented verbatim. Did not confront the son. Talked with her about safety (she does not want him to leave: "he's my baby").

Questions:
- Anyone navigated this with a client who explicitly doesn't want the family member "in trouble"? How do you balance autonomy with protection?
- Any good resources on undue influence assessment? I know of Bennett Blum's work and the ABA/APA capacity handbooks but haven't used them in practice.""",
        [
            ("Dorothea Pike", "name"),
            ("91", "age"),
            ("1147 Palmetto Way", "place"),
            ("The Villages", "place"),
            ("Publix", "organisation"),
            ("5TQ8-HJ2-KL41", "id_number"),
            ("Ocala", "place"),
            ("Buck", "name"),
            ("Sunday the 14th", "date"),
            ("2024-118734", "id_number"),
        ],
    ),
    (
        "b13a-018",
        """# Case conceptualization: adult ADHD + AUD, consult group

**Client:** 41-year-old software project manager, married, two kids. Self-referred after his wife told him "it's the drinking or me." Seen for 6 sessions so far (90837 for intake, 90834 since).

## Assessment
- ASRS v1.1: 5/6 Part A items positive. DIVA-5 interview with wife as collateral supports combined presentation with childhood onset (report cards from 4th grade: "bright but doesn't apply himself").
- AUDIT 16 (harmful use); Timeline Followback shows 4-6 beers most nights, 10-12 on Saturdays. No withdrawal history; CIWA not indicated. SIP-2R consequences mostly interpersonal.
- PHQ-9 9, GAD-7 8. No SI on the C-SSRS screener.
- No prior treatment. Says he "self-medicated through college and two startups."
- Working diagnoses: F90.2 (ADHD, combined) and F10.10 (AUD, mild-to-moderate; counting criteria again next session).

## Formulation
5 Ps: predisposing (family history: father drank, likely undiagnosed ADHD), precipitating (promotion to a role with more unstructured time), perpetuating (alcohol to "turn the brain off" at night, guilt, sleep deprivation → worse executive function the next day), protective (marriage, kids, strong work ethic).

## Course so far
Sessions 1-2 were assessment and feedback. Session 3 he showed up 25 minutes late, which became our first real piece of work: we mapped the morning (phone, email rabbit hole, no calendar). Sessions 4-6: planner system, a "launch pad" by the door, and a drink log. He's down to 3 drinks on weeknights, which he's proud of and his wife is skeptical of.

## Plan
1. CBT for adult ADHD (Safren's *Mastering Your Adult ADHD*, 12 sessions) interleaved with MI for drinking (Miller & Rollnick).
2. Psychiatry consult: his PCP wants to start Vyvanse 30 mg; I've asked them to consider sequencing given the AUD, and to look at atomoxetine or another non-stimulant first.
3. Reading: Barkley's *Taking Charge of Adult ADHD*; Hallowell & Ratey's *Driven to Distraction* (he'll like the stories).
4. Wife: referral to CRAFT-informed support (Meyers & Wolfe, *Get Your Loved One Sober*) and Al-Anon if she wants it.
5. Rescreen AUDIT at session 12.

## Question for the group
Has anyone had a client on a stimulant whose drinking *decreased* once the ADHD was treated? I've seen it go both ways. And for the MA folks: he's nowhere near a Section 35 situation, but his wife asked, so I want to be ready to explain what it is and isn't.""",
        [],
    ),
    (
        "b13a-019",
        """**BIRP: School-based counseling (grief), session 3**
Student: Destiny Walker, 3rd grade, Oak Grove Elementary, Yazoo City | MSIS ID 000481562

**B:** Destiny, age 9, was referred by her teacher, Mrs. Pruitt, after her older brother, Jamal, was killed in a car accident over Labor Day weekend 2023. Teacher reports she puts her head down during reading block and has cried twice in class this week. Grandmother (legal guardian) reports she's been sleeping in Jamal's bed.

**I:** Read *Tear Soup* (Schwiebert & DeKlyen) together and started a memory box. Introduced the "grief waves" metaphor from the Dougy Center materials. Taught belly breathing with a pinwheel. Used Alan Wolfelt's companioning stance ("I'm not the expert on your grief, you are"). Completed the PSC-17 with grandmother by phone.

**R:** Destiny drew Jamal in his football uniform and said, "He's still number 4." Cried, then asked to put the picture in the memory box. She was able to name "sad" and "mad" on a feelings chart. PSC-17 internalizing subscale elevated (6); attention and externalizing within normal limits. No safety concerns.

**P:** Continue weekly 30-minute sessions through the end of the grading period. Consult with teacher about a safe spot in the classroom and flexible reading expectations. Refer grandmother to community grief services, and to the school social worker to explore a TF-CBT referral if traumatic grief symptoms develop (per Cohen & Mannarino's childhood traumatic grief model). Check in with the family before the first anniversary.""",
        [
            ("Destiny Walker", "name"),
            ("Destiny", "name"),
            ("Oak Grove Elementary", "organisation"),
            ("Yazoo City", "place"),
            ("000481562", "id_number"),
            ("Pruitt", "name"),
            ("Jamal", "name"),
            ("Labor Day weekend 2023", "date"),
        ],
    ),
    (
        "b13a-020",
        """Re: starting a DBT-A skills group in a CMH with no DBT team?? (WA)

You can run a skills group, but please don't call it DBT. Linehan is clear that comprehensive DBT means all four modes (individual, skills group, phone coaching, consult team). Without the team it's DBT-informed skills training, which is still useful! Just name it honestly for families and for billing.

Use Rathus & Miller's *DBT Skills Manual for Adolescents* (2015), including Walking the Middle Path; the parents need that module more than the teens do. Diary cards, TIPP (the ice-water dive reflex is a hit with 14-17 year olds), DEAR MAN role plays. DERS pre/post. Put 988 and Crisis Text Line (text HOME to 741741) on every handout, and write a policy on phone coaching if you're not offering it, or you'll get texts at 11 pm.""",
        [],
    ),
    (
        "b13a-021",
        """### Consult: Native youth, 16, court-ordered treatment, grief + substance use (OK)

I'm an LPC at a tribal behavioral health clinic in eastern Oklahoma. Would value input, especially from Native clinicians.

**Client:** Tanner Walkingstick, 16, junior at Sequoyah High School in Tahlequah. Court-ordered to outpatient SUD treatment after a possession charge (juvenile case JD-2024-57). Lives with his great-grandmother, Nita, who is 94 and still sharp as a tack; she raised him after his mom died.

**Presenting:** CRAFFT 5/6, cannabis daily and alcohol on weekends. PHQ-A 15. Big grief piece: his cousin died by suicide on the 23rd, and Tanner found out from a Facebook post. The family set up a fundraiser at gofundme.com/f/walkingstick-family-funeral and he keeps refreshing it, reading every comment.

**What's working:** He won't do worksheets, but he'll talk while we walk. He lights up talking about stickball and about Nita's stories. I've been using a strengths-based approach and some of the culturally adapted MI work (Venner and colleagues). Also Brave Heart's historical trauma framework for context, not as a lecture.

**Worries:** Suicide contagion after the cousin's death. He denies SI, but on the C-SSRS he's been thinking about "where people go." Safety plan done with Nita in the room. 988 alone felt abstract to him, so we added the clinic's after-hours line and his uncle as a contact.

**Question:** Would a Cannabis Youth Treatment (MET/CBT5) approach be too rigid here? And any thoughts on how to engage the court-appointed attorney without losing his trust?""",
        [
            ("Tanner Walkingstick", "name"),
            ("Tanner", "name"),
            ("Sequoyah High School", "organisation"),
            ("Tahlequah", "place"),
            ("JD-2024-57", "id_number"),
            ("Nita", "name"),
            ("94", "age"),
            ("the 23rd", "date"),
            ("gofundme.com/f/walkingstick-family-funeral", "url"),
        ],
    ),
    (
        "b13a-022",
        """Re: "Military spouse client, husband deploying for 9 months, she's spiraling. Resources?"

Former Army spouse and now an LMFT who sees a lot of military families near a big Army post in the Southeast. A few things I wish every civilian clinician knew:

**Understand the deployment cycle.** Pincus et al.'s Emotional Cycle of Deployment (anticipation of departure, detachment and withdrawal, emotional disorganization, recovery and stabilization, anticipation of return, return adjustment, reintegration) is old but still spot-on. Your client is probably in anticipation of departure, which often looks like picking fights so the goodbye hurts less.

**Know the systems.** TRICARE covers outpatient therapy, usually without a referral for in-network. Military OneSource offers free non-medical counseling (up to 12 sessions per issue). MFLCs (Military and Family Life Counselors) are embedded on installations and don't keep records, which some spouses love. If there's any IPV concern, the Family Advocacy Program (FAP) has restricted and unrestricted reporting options. Learn the difference before you need it.

**Watch for OPSEC anxiety.** Spouses often can't talk about dates or locations, and that secrecy plus 24/7 news can feed catastrophizing. I use a lot of ACT (Hayes; Russ Harris's *The Happiness Trap*) for the "what if he's in that convoy" spiral.

**Kids.** Sesame Street's "Talk, Listen, Connect" deployment materials are great for preschoolers. For school-age kids, ask the school counselor whether they run a military-connected student group.

**Books:** Charles Hoge's *Once a Warrior, Always a Warrior* for post-deployment; *Married to the Military* by Meredith Leyva for newer spouses.

Also ask about her support outside the unit FRG. A lot of spouses are 1,000+ miles from family and have PCS'd three times in six years. Isolation is the real enemy.""",
        [],
    ),
    (
        "b13a-023",
        """**DAP Note: Telebehavioral health, rural Alaska**

Client: Willie Nanouk (goes by "Boots" with family), 27 | Kotzebue | Session 9, 53 min (90837-95)

**D:** Session held by video from the village clinic; connection dropped twice (IT flagged his side as coming from 24.237.89.14, which is the clinic's satellite uplink, so not his home internet, just the weather). Client reports a "pretty good" two weeks. He's back working at the Alaska Commercial store stocking freight, which he said gives him a reason to get up. Still grieving his uncle, who died in a boating accident on the 5th of January. Auntie Pearl has been bringing him dried fish and "making me eat." Reports drinking once since last session ("only after the basketball tournament") vs. 3-4 times/week before. Sleeping 6 hrs.

**A:** Improved mood and engagement. PHQ-9 11 (down from 19 at intake). AUDIT-C 4 (down from 9). Grief consistent with uncomplicated bereavement, with cultural supports active. No SI; safety plan reviewed. Protective: work, auntie, subsistence activities (spring hunting coming up).

**P:** Continue every-other-week telehealth. Behavioral health aide (BHA) in the village to check in weekly. Provided his cell, 907-555-0172, to the BHA with consent. Consider a brief MI booster re: drinking around community events. Next session in 2 weeks.""",
        [
            ("Willie Nanouk", "name"),
            ("Boots", "name"),
            ("Kotzebue", "place"),
            ("24.237.89.14", "ip"),
            ("Alaska Commercial", "organisation"),
            ("the 5th of January", "date"),
            ("Pearl", "name"),
            ("907-555-0172", "phone"),
        ],
    ),
    (
        "b13a-024",
        """**SOAP (spoke visit, MOUD, VT)**

**S:** 29F, month 7 on bup/nx. "Haven't thought about using in a couple weeks." New part-time job; ambivalent about Sublocade ("needles"). Cravings 2/10.

**O:** Euthymic, linear. Dose 16/4 mg daily per prescriber. UDS: bup + norbup only. PDMP clean per prescriber. PHQ-9 5, GAD-7 4.

**A:** OUD, severe, early remission, on maintenance therapy (F11.21). Steady progress across ASAM dimensions 4-6.

**P:** Weekly through month 9, then biweekly. MI (OARS, decisional balance) re: Sublocade 300 mg x 2 then 100 mg monthly; she'll raise it with the prescriber. Narcan: 2 kits at home. H0004 x 4 units. Records per 42 CFR Part 2.""",
        [],
    ),
    (
        "b13a-025",
        """Re: "Client's church community is making her grief worse. How do you work with faith without overstepping?"

Oh, friend, I have one of these right now and it's breaking my heart a little. Sharing in case it helps (and so y'all can tell me what I'm missing).

Her name's Hope Delacroix, and she and her husband, Colt, lost their daughter at 23 weeks. Her due date was April 9. They're very involved at Brentwood Baptist Church, where she sings on the worship team, and she told me a women's Bible study leader said "God needed another angel" and that she should be "grateful for the time she had." She hasn't been back since. They live in Franklin and she drives past the church every day on the way to her job at Williamson Medical Center, where (worst part) she's a labor & delivery nurse.

What I've been doing:
- Doka's disenfranchised grief framework. Her grief is both enfranchised (people know) and disenfranchised (people want it to be over).
- Joanne Cacciatore's *Bearing the Unbearable*. I read her a passage about grief that will not be hurried. She sobbed.
- Honoring faith as a resource while separating God from the Bible study leader. She's found comfort in the lament psalms (Psalm 13, Psalm 88).
- Connected her with Share Pregnancy & Infant Loss Support (national org, they have online groups).
- PHQ-9 16, EPDS 18. Passive SI without intent. Safety plan done, husband involved.

She also started a blog at hopeforgrace.blog about "Grace" (the baby's name), which she says is healing, but she reads every comment, and some are from church people. Thoughts on gently exploring that?""",
        [
            ("Hope Delacroix", "name"),
            ("Colt", "name"),
            ("April 9", "date"),
            ("Brentwood Baptist Church", "organisation"),
            ("Franklin", "place"),
            ("Williamson Medical Center", "organisation"),
            ("hopeforgrace.blog", "url"),
            ("Grace", "name"),
        ],
    ),
    (
        "b13a-026",
        """**Process note: session 142 (4x weekly psychoanalytic psychotherapy)**

Patient, 63, a retired litigator, arrived 6 minutes late and apologized three times, which is unusual; for two years he has arrived precisely on the hour, as if for cross-examination.

He began with a dream: he was on a ship ("like the Pequod, obviously"), and the captain was his father, but the captain had my voice. He laughed and said, "Too on the nose. Ahab and the white whale. I've read enough Freud to be embarrassed." I said nothing for a while. He then spoke about his father's funeral, which he did not attend (he has told me this before, but never with this much feeling), and about how he "should have gone for my mother's sake."

My countertransference: I felt a pull to reassure him, to tell him the dream was "good work." I think of Ogden's analytic third; this feeling was not only mine. Perhaps he was hoping I would play the good father who approves, the one he never had. I also noticed irritation at being cast as Ahab, and wondered whether that was his aggression, split off and projected.

Near the end he said, "You've been very quiet today. Are you bored?" I said, "You seem to be wondering whether I'm still here with you." He was silent, then teared up.

Formulation notes for supervision: McWilliams would likely read this as a depressive-masochistic organization with obsessional defenses; Kernberg's TFP might push me to interpret the negative transference more actively. With Yom Kippur next week and a 10-day gap in sessions, I expect separation material to intensify. Winnicott's "capacity to be alone" is on my mind.""",
        [],
    ),
    (
        "b13a-027",
        """**Consult request: Vietnam vet, 78, late-onset stress symptomatology after wife's dementia diagnosis (PA)**

I'm a contract therapist through the VA Community Care program, seeing a veteran in his home. Hoping someone with LOSS experience (late-onset stress symptomatology, per Davison, King and colleagues) can weigh in.

**Background:** 78-year-old man, served 1967-1968 with the 173rd Airborne Brigade. Lives in Altoona with his wife, whom everyone calls "Bunny," who was diagnosed with Alzheimer's last year. He's been her primary caregiver. He's been a member of VFW Post 3500 for 40+ years but hasn't gone since she got sick.

**Presenting:** Intrusive memories he says he "hadn't thought about in 50 years," especially a firefight on 11/2/1967 in which he lost most of his squad. Nightmares 3-4x/week. PCL-5 49. MoCA 26/30 (his); hers is much lower. He's irritable with Bunny and then wracked with guilt.

**My thinking:** This fits LOSS pretty cleanly: life-stage stressors (wife's illness, loss of roles) reactivating combat memories. I'm using a life review approach plus some CPT-informed cognitive work (Resick) around guilt. He loved *The Things They Carried* (Tim O'Brien) and wants to write his own story.

**Admin question:** His VA claim number (C-file 28 441 903) was listed on the referral, and his PTSD claim was denied in the '90s. Should I be encouraging him to reapply, and is there anything I, as a community provider, can write that would help? Also, any caregiver support resources specific to older vets? I know about the VA Caregiver Support Program and REACH VA; anything else?""",
        [
            ("173rd Airborne Brigade", "organisation"),
            ("Altoona", "place"),
            ("Bunny", "name"),
            ("VFW Post 3500", "organisation"),
            ("11/2/1967", "date"),
            ("28 441 903", "id_number"),
        ],
    ),
    (
        "b13a-028",
        """Re: "Which trauma training is actually worth the money? EMDR vs IFS vs SE vs Sensorimotor"

Ha, the eternal question. I've done (or partly done) all four, so here's my totally biased breakdown:

**EMDR.** EMDRIA-approved Basic Training is ~50 hours + 10 consult hours, usually $1,500-$2,000. Read Shapiro's text (3rd ed., 2018) before you go. Best bang for the buck if you see a lot of single-incident trauma. Laurel Parnell's attachment-focused EMDR was a nice add-on for me. Certification after that is another 20 hours of consult and 50 sessions.

**IFS.** Level 1 through the IFS Institute is a lottery (literally) and expensive. But *No Bad Parts* (Schwartz, 2021) and Frank Anderson's *Transcending Trauma* will get you 60% of the way. I use IFS language with almost every client now, even the ones I'm doing CBT with.

**Somatic Experiencing.** Peter Levine's model, a 3-year training. I stopped after Beginning 2. Great for understanding titration and pendulation, but the cost and time are steep.

**Sensorimotor Psychotherapy.** Pat Ogden's institute. Level 1 changed how I track the body in session. Pair it with Janina Fisher's *Healing the Fragmented Selves of Trauma Survivors* and Deb Dana's *The Polyvagal Theory in Therapy*, though be aware Porges's theory has real scientific critiques (Grossman has written the sharpest ones).

If I had to pick one for a generalist in community mental health: EMDR, because insurance gets it, the evidence base is strongest, and the VA and most agencies recognize it. If you're in private practice and see a lot of complex/developmental trauma: Sensorimotor plus self-study in IFS.

Whatever you pick, budget for consultation. The training is 30% of it; supervised practice is the other 70%.""",
        [],
    ),
    (
        "b13a-029",
        """**Group Note: Women's Residential (ASAM 3.5), Seeking Safety topic "Honesty"**

8 residents present, 90 min. Opened with check-in and the Seeking Safety quotation for the topic. Discussion was lively.

- Brandi M. shared about lying to her DSS caseworker about her last use, and her worry that DSS case # 23-J-0412 will go to a TPR hearing before she completes the program. Group offered support; I reminded her of the difference between honesty as "confession" and honesty as a safe coping skill (Najavits).
- Tiff (Tiffany R.) said she's been honest with her manager at the Waffle House on Franklin Blvd in Gastonia about needing Thursdays off, and they're holding her job. Big win, and the group clapped.
- Precious cried when talking about her daughter's birthday (12/24) coming up and not being able to see her. Staff will follow up about a supervised visit.
- Others participated appropriately; two residents asked for extra copies of the "Safe Coping Skills" list.

Clinical observations: Group cohesion strong. Residents are starting to challenge each other gently, consistent with Yalom's interpersonal learning. Vivitrol 380 mg IM due for two residents this week per med staff. No safety concerns voiced. Narcan refresher training scheduled for Friday.""",
        [
            ("Brandi M.", "name"),
            ("23-J-0412", "id_number"),
            ("Tiff", "name"),
            ("Tiffany R.", "name"),
            ("Waffle House", "organisation"),
            ("Franklin Blvd", "place"),
            ("Gastonia", "place"),
            ("Precious", "name"),
            ("12/24", "date"),
        ],
    ),
    (
        "b13a-030",
        """**BIRP: Integrated behavioral health, rural health clinic (WV)**

**Behavior:** 58-year-old male, retired underground coal miner (28 years), referred by PCP after a PHQ-9 of 22 at his black lung follow-up. On 2L oxygen. Presents flat, answers in short sentences. States, "A man that can't work ain't much of a man." Wife passed 3 years ago. Lives up a holler about 40 minutes from the clinic; leaves the house only for appointments and trips to the Dollar General. Denies plan or intent; endorses "wouldn't mind not waking up" (C-SSRS: wish to be dead, no active ideation). Firearms in the home (hunting rifles).

**Intervention:** Validated grief and identity loss. Used behavioral activation (Lejuez's brief BATD-R) to identify valued activities he can still do: whittling, teaching his grandson to fish, listening to the ballgame on the radio. Lethal means counseling; he agreed to let his son store the rifles "for now." Safety plan (Stanley-Brown) with 988 and the clinic number. Talked about Brené Brown's idea that shame thrives in secrecy, which he responded to ("My daddy never said nothing to nobody").

**Response:** More engaged by end of session, made eye contact and laughed once. Agreed to return in 2 weeks and to a warm handoff with the clinic's community health worker for Medicaid transportation.

**Plan:** Follow-up in 2 weeks (F32.2; J60 per PCP). Collaborate with PCP re: an SSRI (sertraline 25 mg to start was discussed). Rescreen PHQ-9 and C-SSRS each visit. Explore peer support through the black lung clinic network and his church if he's open to it.""",
        [],
    ),
    (
        "b13a-031",
        """# Case Presentation: 8-year-old in foster care, RAD vs. DSED vs. trauma

**Client info:** Bentley Rios, DOB 3/14/2016, in a licensed foster home with foster mom Patience Oyelaran since last spring. 2nd grade at Eisenhower Elementary in Flint. Open child protective case (Case No. 2022-000418-NA). Receiving home-based services through Genesee Health System.

**History:** Removed at age 5 due to neglect and parental substance use. Bio dad, known as "Junior," is incarcerated; bio mom's rights were terminated. Three placements before this one. ACE score 7 (of what we know).

**Presentation:** Indiscriminately affectionate with strangers (hugged the pizza delivery guy), rarely seeks comfort from Patience when hurt, hoards food in his backpack, violent tantrums at bedtime. CANS shows actionable items in attachment, emotional regulation, and trauma-related symptoms. Teacher Vanderbilt positive for hyperactivity.

**Differential I'm chewing on:**
- DSED (F94.2) fits the indiscriminate sociability.
- RAD (F94.1) I'm less sure about; he does form some attachment, just disorganized.
- PTSD vs. ADHD vs. both. The hyperarousal is real.

**Treatment so far:** TF-CBT (Cohen, Mannarino & Deblinger); we're in the PRACTICE relaxation and affect modulation components. Honestly wondering if I should pause and do more attachment-focused work first (Theraplay, or Dan Hughes's DDP, which Patience would be great at). Also rereading Bruce Perry's *The Boy Who Was Raised as a Dog* and thinking about an NMT assessment.

**Question:** Has anyone done TF-CBT with a foster parent as the participating caregiver when the permanency plan is still uncertain (adoption vs. relative placement)?""",
        [
            ("Bentley Rios", "name"),
            ("3/14/2016", "date"),
            ("Patience Oyelaran", "name"),
            ("Patience", "name"),
            ("Eisenhower Elementary", "organisation"),
            ("Flint", "place"),
            ("2022-000418-NA", "id_number"),
            ("Genesee Health System", "organisation"),
            ("Junior", "name"),
        ],
    ),
    (
        "b13a-032",
        """## Consult question: 11-year-old with contamination OCD, ERP stalled because of family accommodation

**Context:** Private practice, NC. 5th grader, referred by his pediatrician. CY-BOCS 26 at intake (severe range), now 22 after 10 sessions of ERP per March & Mulle's *OCD in Children and Adolescents*. Mostly contamination and "just right" symptoms. Also on fluvoxamine 50 mg BID, started by child psych 8 weeks ago.

**The problem:** Exposures go great in session (SUDS drops from 8 to 3 on the 0-10 thermometer; he even touched the office bathroom doorknob and ate a Goldfish cracker), but nothing generalizes. Mom is washing his Harry Potter pillowcase every night, answering reassurance questions 30-40 times a day, and opening doors for him at home. FAS (Family Accommodation Scale) score is very high.

**What I'm considering:** Eli Lebowitz's SPACE program (Supportive Parenting for Anxious Childhood Emotions), working only with the parents for 12 sessions to reduce accommodation. Has anyone combined SPACE with ongoing child ERP, or do you pause the child's sessions? Lebowitz's RCT compared SPACE with child CBT head to head, but I'm not sure about sequencing.

**Side note:** Mom asked about PANS/PANDAS because the onset was "overnight" after strep in 2nd grade. I pointed her to the Swedo criteria and suggested she bring it up with the pediatrician, but I don't want to feed a search for a single cause either. The IOCDF has a good parent page on this.

**Other resources I've given:** *Freeing Your Child from Obsessive-Compulsive Disorder* (Chansky) and *What to Do When Your Brain Gets Stuck* (Huebner). He's been drawing Minecraft-style pictures of his "OCD bully" in the workbook.""",
        [],
    ),
    (
        "b13a-033",
        """Re: gender-questioning teen, parents not on board. How much do I tell them?

I'm in Idaho, so this is very live for me given the recent laws. I'll share a current case because the specifics matter (I know, I know, I'll edit this later):

River Castellanos, 16, a junior at Nampa High, uses they/them with me and with friends but is still "Madison" on the school roster and at home. They disclosed at our third session, and since then their Discord username (riverbend_0427) has been how friends reach them when their phone is taken away. Their birthday was August 2nd, and their parents threw a party with a pink cake that said "Madison" on it, which River described as "a funeral I had to smile through."

Clinical picture: PHQ-A 17, GAD-7 14. C-SSRS: active ideation without plan in the past month. Safety plan in place, including the Trevor Project (call/text/chat, 24/7) and 988 (the LGBTQ+ youth "press 3" option was discontinued in 2025, so double-check what's current before you print anything).

What I'm doing:
- Affirming stance per WPATH SOC-8 and the APA guidelines.
- Working through *The Gender Quest Workbook* (Testa, Coolhart & Peta) together.
- Seeing the parents separately using Caitlin Ryan's Family Acceptance Project materials, which frame acceptance in terms of health outcomes rather than ideology. Mom is softer than Dad.

Legally: check your state's current minor consent and parental notification rules; Idaho's landscape has changed fast. I document carefully and consult with my liability carrier.""",
        [
            ("River Castellanos", "name"),
            ("River", "name"),
            ("Nampa High", "organisation"),
            ("Madison", "name"),
            ("riverbend_0427", "handle"),
            ("August 2nd", "date"),
        ],
    ),
    (
        "b13a-034",
        """**Closing summary + takeaways: hoarding disorder, older adult (rural Maine)**

Closing this case after 26 sessions over 14 months, mostly home-based. Client is an 84-year-old retired schoolteacher, widowed, living alone in a farmhouse. Referred by the town's code enforcement officer after a fire inspection, with a real threat of condemnation.

**Outcome:** Clutter Image Rating went from 7 (kitchen) / 8 (living room) / 6 (bedroom) to 3 / 4 / 2. SI-R total from 68 to 41. Egress cleared; fire marshal re-inspected and signed off. She's still acquiring, but more slowly, and can now discard without the all-day distress she had at the start.

**What worked:**
- Tolin, Frost & Steketee's *Buried in Treasures* as the backbone. We used the OHIO rule (Only Handle It Once) more loosely than the book suggests.
- Harm reduction framing (Bratiotis, Schmalisch & Steketee's *The Hoarding Handbook*). Goals were about safety, not a magazine-photo house.
- Motivational interviewing for the long ambivalent middle stretch.
- Involving the Area Agency on Aging and Meals on Wheels so she had a reason to keep the kitchen table clear.

**What I'd do differently:**
- Bring in the code officer as an ally sooner. I treated him as the enemy for too long.
- Don't underestimate grief. Half the "stuff" was her late husband's, and once we did grief work (Worden again), discarding got easier.
- Watch my own reactions. The TV show *Hoarders* does everyone a disservice, and I caught myself being more impatient than I'd like.

**Closing risk:** No SI. Mini-Cog normal. She'll have monthly visits from a volunteer through the Agency on Aging, and she knows she can call back. She hugged me at our last session and said, "You're the first person who didn't make me feel like a crazy old lady." That one will stay with me.""",
        [],
    ),
    (
        "b13a-035",
        """**Consult: workplace harassment, client considering an EEOC complaint (GA)**

Private practice; seeing this client through an EAP referral that has since converted to regular insurance. I want feedback on my role and boundaries.

Tobi Okonkwo, 36, is a ramp supervisor for Delta at the Atlanta airport and lives in East Point. Since spring, her operations manager, Ms. Bishop, has been making comments about her hair and accent, assigning her the worst shifts, and copying HR on emails about "attitude." Client started coming to sessions with stacks of printouts. She's now emailing me from her work account (t.okonkwo@delta.com) late at night with "one more thing I forgot to tell you," which I've gently redirected.

Most significant: she had a panic attack on the tarmac on Monday, the 9th, and went out on FMLA the next day. PCL-5 is 41, but this is workplace mistreatment, not a Criterion A event, so I'm not diagnosing PTSD; I'm using adjustment disorder with mixed anxiety and depressed mood (F43.23). GAD-7 16. She's considering filing with the EEOC under Title VII and asked me to write a letter.

Here's my worry: she also sent me her LinkedIn (linkedin.com/in/tobi-okonkwo-atl) so I can "see her accomplishments," and I'm feeling pulled into an advocate role that's blurring lines.

Questions:
1. What do you put in a letter for an EEOC complaint? I was going to stick to diagnosis, functional impact, and dates of treatment, and avoid opinions about the employer's conduct (Greenberg & Shuman's "irreconcilable conflict" paper on treating vs. forensic roles).
2. How do you manage between-session emails without shaming the client?""",
        [
            ("Tobi Okonkwo", "name"),
            ("Delta", "organisation"),
            ("Atlanta", "place"),
            ("East Point", "place"),
            ("Bishop", "name"),
            ("t.okonkwo@delta.com", "email"),
            ("Monday, the 9th", "date"),
            ("linkedin.com/in/tobi-okonkwo-atl", "url"),
        ],
    ),
    (
        "b13a-036",
        """**Supervision group reflection: cultural humility in rural and reservation telehealth**

This week's group (4 LPCs, 2 LCSWs, 1 LAC, all doing some telehealth into the western part of the state) was about what we miss on a screen. Notes for the group binder:

- We revisited Tervalon & Murray-García's 1998 paper distinguishing cultural humility from "competence." One colleague said it best: "Competence is a certificate; humility is a practice."
- Pamela Hays's ADDRESSING framework (Age, Developmental disability, Disability acquired later, Religion, Ethnicity, Socioeconomic status, Sexual orientation, Indigenous heritage, National origin, Gender) was useful for noticing what each of us tends to skip. Several of us realized we rarely ask about religion or spirituality with Lakota clients because we're afraid of getting it wrong.
- Sue & Sue, *Counseling the Culturally Diverse* (8th ed.), the chapter on Native American clients: silence, indirect communication, and the role of extended family (tiospaye).
- Practical barriers: a 2-hour drive to the nearest IHS hospital, intermittent broadband, Purchased/Referred Care denials, clients calling from a relative's phone with three kids in the room. One colleague now starts every session with "Is this a good place to talk?" and agrees on a code word for "someone's listening."
- We discussed HRSA funding and whether audio-only billing (CPT 90832 with the 93 modifier) is still allowed under current Medicaid rules. It is, for now.

Closing reflection from me: I've been doing this for 11 years and I still catch myself expecting clients to fit my schedule. In a community where a funeral can last four days and everyone is related, "no-shows" often mean the client is doing exactly what they should be doing.""",
        [],
    ),
    (
        "b13a-037",
        """**Psychiatry follow-up: Coordinated Specialty Care (FEP program)**

**Patient:** Diego Alarcón-Reyes, 19, MRN 008834127. Sophomore at UC Davis, on medical leave this quarter; living at home with his mom (Marisol) in Woodland.

**Interval history:** Discharged from inpatient 3 weeks ago after being placed on a 5150 on 10/27 (campus police called by his roommate, "Ace," after the patient barricaded their dorm room, convinced the smoke detector was transmitting his thoughts). Since discharge, mom reports he's sleeping 9-10 hours, eating, and watching old movies. He admits he's been posting on Reddit as u/signal_in_the_static about "the broadcast" but says it's "less loud" now.

**MSE:** Casually groomed, guarded but cooperative. Speech normal rate. Mood "tired." Affect constricted. Thought process mostly linear with occasional tangentiality. Residual delusional content re: transmission, with partial insight ("maybe it was the weed and no sleep"). No AH/VH reported. Denies SI/HI. PANSS positive subscale 16 (down from 27 at admission).

**Meds:** Risperidone 2 mg qHS (down from 3 mg for sedation). Started metformin 500 mg for weight-gain prevention. Baseline A1c and lipids done inpatient. Discussed LAI options (paliperidone palmitate) for the future; he and mom want to wait.

**Plan:** Continue in CSC (NAVIGATE model): individual resiliency training, family education (mom attending multi-family group on Thursdays), supported education for return to school. Cannabis use disorder: daily before admission, now "just a little." Provided harm reduction info. Next visit 2 weeks.""",
        [
            ("Diego Alarcón-Reyes", "name"),
            ("008834127", "id_number"),
            ("UC Davis", "organisation"),
            ("Marisol", "name"),
            ("Woodland", "place"),
            ("10/27", "date"),
            ("Ace", "name"),
            ("u/signal_in_the_static", "handle"),
        ],
    ),
    (
        "b13a-038",
        """Re: "88-year-old hospice client wants to 'make things right' with estranged son before she dies. How to help without overpromising?"

What a privilege to be in the room for this. I've been a hospice social worker in the Texas Hill Country for about 12 years; some thoughts:

1. **Dignity Therapy** (Harvey Chochinov). A structured interview that produces a generativity document she can leave for her family. Even if the son doesn't come, the document can reach him. The question protocol is in Chochinov's *Dignity Therapy: Final Words for Final Days*.

2. **Ira Byock's four things:** "Please forgive me," "I forgive you," "Thank you," "I love you." I often have clients write them as letters. *The Four Things That Matter Most* is short enough to read aloud to someone who tires easily.

3. **Don't be the go-between unless she asks explicitly and you've talked through what happens if he says no.** I made that mistake early on. Prepare her for the possibility he won't respond, and frame the reaching out itself as the meaningful act.

4. **Timing.** If she's on the Medicare hospice benefit with a prognosis of 6 months or less, she may have more time than it feels like, or much less. Don't let "we have time" be the thing that stops her from writing the letter this week.

5. **Your own stuff.** Gawande's *Being Mortal* and Kathryn Mannix's *With the End in Mind* are good for remembering we don't fix things here.

And loosely: lots of families get a second chance around the big holidays, like Easter, Mother's Day, or Thanksgiving. If one's coming up, it can be an opening.""",
        [],
    ),
    (
        "b13a-039",
        """**Case consult: health professional with opioid use disorder, monitoring program questions (MN)**

Would love feedback from anyone who's worked with impaired-practitioner programs.

**Client:** Jeremy "Moose" Halvorsen, 44, a nurse anesthetist at Mayo Clinic in Rochester. Self-referred after a drug diversion audit flagged discrepancies in his fentanyl wastage records. He admitted to diverting and using IV for about 8 months. His nursing license (RN 1098432) is under review; he self-reported to HPSP (the state's Health Professionals Services Program) rather than wait for a Board complaint.

**Treatment history:** 30-day residential, discharged on Good Friday 2024 (odd detail, I know, but it's how he marks his sobriety date; he's an active Lutheran). Now in IOP and weekly individual with me. On naltrexone (Vivitrol monthly), since buprenorphine would complicate his return to work in anesthesia.

**Current:** 7 months abstinent. UDS clean (random, HPSP-monitored through the check-in app). Attending Caduceus meetings (peer support for health professionals) and AA. PHQ-9 8; shame is the dominant affect. His wife, Dana, is furious but staying. His brother-in-law, who works in the same department, is "not speaking to me," which makes return-to-work planning messy.

**My questions:**
1. Re-entry to anesthesia vs. a non-anesthesia role: the literature (Bryson & Silverstein; Skipper and colleagues) is mixed on relapse risk for opioid-using anesthesia providers who return to the OR. How do you counsel on this without taking a side?
2. How much do you coordinate with HPSP? I've got a release, but I'm wary of turning therapy into monitoring.""",
        [
            ("Jeremy", "name"),
            ("Moose", "name"),
            ("Halvorsen", "name"),
            ("Mayo Clinic", "organisation"),
            ("Rochester", "place"),
            ("1098432", "id_number"),
            ("Good Friday 2024", "date"),
            ("Dana", "name"),
        ],
    ),
    (
        "b13a-040",
        """Re: "13yo with school refusal + panic. Parents want meds, I want to try CBT first. Who's right?"

Both of you, probably! Some thoughts from a child/adolescent therapist in south Louisiana:

The CAMS trial (Walkup et al., 2008, NEJM) is your friend here: combination CBT + sertraline beat either alone for ages 7-17, and both monotherapies beat placebo. So "CBT first" isn't wrong, but "CBT and meds together" has the best evidence for moderate-to-severe anxiety. If her SCARED total is 38 (you mentioned that), she's well above the cutoff of 25, so I'd at least get a psychiatric consult going in parallel.

For the CBT: Kendall's *Coping Cat* (or *The C.A.T. Project* for teens) and the FEAR plan. For school refusal specifically, Kearney's functional model (avoidance of negative affect, escape from social/evaluative situations, attention-seeking, tangible rewards) will help you figure out what's maintaining it. Do the SRAS-R.

Parents: give them Chansky's *Freeing Your Child from Anxiety* and, if they're accommodating a lot, look at the SPACE program (Lebowitz). Parent coaching often moves school refusal faster than anything we do with the kid.

Practical: a graded return plan with the school (start with 2 periods, or just getting out of the car in the drop-off line), a 504 plan if needed, and agreed "no negotiating in the morning" rules. Expect a rough patch after Mardi Gras break and after any long weekend.

And honestly, if she's into Taylor Swift or Encanto, use it. "We Don't Talk About Bruno" has been a surprisingly good way into "what are the thoughts we're scared to say out loud" with more than one of my 12-year-olds.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind13a"}
        for doc_id, text, items in DOCS
    ]
