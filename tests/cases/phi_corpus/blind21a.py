"""Blind batch b21a, written by a helper session without sight of the guard. Forty posts by
clinicians in the United States and Canada on a peer-consultation forum: case presentations,
consultation questions, replies, follow-ups, closing takeaways, SOAP/DAP notes, group notes,
process-note excerpts and supervision reflections, across community agencies, hospital C-L,
private practice, IOP, campus counselling, rural telehealth, perinatal, veteran, forensic,
eating-disorder, substance-use and older-adult work. Identifier documents carry names (clients,
relatives, a pet, teachers, treating clinicians, a lower-case name in a quote, an initial with a
surname), places (cities, a neighbourhood, streets, a street address, ZIP and postal codes),
dates (a birth date, a hearing date, "Friday the 21st", a holiday with a year), ages over 89,
phone, email, url, ip, social handles and a gamer tag, id numbers (insurance member ID, OHIP,
MRN, court case number, licence plate) and organisations (schools, a care home, an employer, a
hospital, a church, a military unit, a university); a couple are intake-style with many. Clean
documents are dense with look-alikes: cited authors and models (Linehan, Gottman, Yalom, Foa,
Resick, Lock & Le Grange), instruments and scores, ICD-10 and CPT codes, medications and doses,
national hotlines with phone numbers (988, SAMHSA, PSI, NDVH, Hope for Wellness, 811), the VA,
states and provinces, generic places, weekdays, months, holidays without a year, brands and
ages under 90.

First-sight figures (span recall, precision, identifier documents fully caught, clean
documents flagged) at 05ede86, whose second look was trained on rounds up to 20: 0.946, 0.927, 0.850, 0.000.
The guard at 62d9494, where this session started, scores 0.946, 0.885, 0.850, 0.150.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b21a-001",
        """## Case presentation: 15F, school refusal + panic

**Referral:** Family physician, after three ED visits for chest pain with normal workups.
**Setting:** Community mental health agency, Ontario. Seen weekly, 50 min.

**Background:** Grade 10 student at Sir Wilfrid Laurier Secondary. Lives with mom and stepdad in Orléans; older brother away at university. Attendance has dropped to roughly 40% since October. Panic attacks mostly Sunday night and Monday morning, occasionally in the cafeteria.

**Measures:** SCARED total 44 (panic/somatic subscale highest), PHQ-A 11. No SI on C-SSRS screen.

**Formulation so far:** Classic avoidance loop, with a lot of parent accommodation (mom drives over and takes her home whenever she texts from the washroom). Some perfectionism too. She described her last report card as "a disaster" with an 81 average.

**Plan:** CBT with graded exposure, SPACE-style parent sessions targeting accommodation, liaison with the guidance counsellor for a modified schedule.

**Question for the group:** How are people structuring the school re-entry hierarchy when the school itself won't allow partial days? The vice-principal has said it's full days or a formal medical accommodation. Has anyone had luck getting a physician to write for a temporary reduced day without it quietly becoming permanent?""",
        [("Sir Wilfrid Laurier Secondary", "organisation"), ("Orléans", "place")],
    ),
    (
        "b21a-002",
        """Looking for thoughts from folks who do a lot of Gottman-informed work.

Couple in their late 30s, together 11 years, two kids under six. They came in after she found a dating app on his phone in the spring. He says he never met anyone; she doesn't believe him. On the Sound Relationship House questionnaires both are high on flooding, all four horsemen are present, but contempt is mostly coming from her side right now, which makes sense given the betrayal.

I'm trying to decide whether to go straight into the Gottman affair recovery sequence (atone, attune, attach) or do a couple of individual sessions first. He is pushing to "move on" and she is nowhere near that. Every time he says "I've apologized like a hundred times" she floods and we lose the rest of the hour.

Also: he has asked for an individual session and I'm wary of secrets. My no-secrets policy is in the consent form, but I'd love to hear how others actually handle it in the room. Do you see each partner once early on as routine so it doesn't look like favouritism?

We're on session 5, billing 90847. I've been doing couples work for about 8 years and this is the part I still find hardest: holding the hurt partner's need for answers against the other partner's shame without either of them feeling I've picked a side.""",
        [],
    ),
    (
        "b21a-003",
        """**Intake summary, for a quick risk consult (will fully de-identify before case conference)**

Client: Tamika R. Holloway, DOB 04/17/1988
Address: 2217 Kessler Blvd, Apt 3B, Indianapolis, IN 46222
Phone: (317) 555-0184 | email tamikaholloway88@gmail.com
Insurance: employer PPO, member ID XJH884512307
Employer: Eli Lilly (packaging line, 2nd shift)
Referred by: Dr. Samuel Ortiz, PCP

**Presenting problem:** Increased drinking since her mother died in January; now 5–6 drinks most nights, more on days off. AUDIT 19. PHQ-9 17. Reports passive SI ("I wouldn't mind not waking up"), no plan, no intent, no prior attempts. C-SSRS screen positive for wish to be dead only.

**History:** Outpatient counseling once before, in 2015, after a breakup. No psychiatric hospitalizations. No current medications. Father not in the picture; one sister out of state.

**Protective factors:** Two children (9 and 12), church community, strong work identity. Tamika says the kids are "the only reason I get up."

**Substance use detail:** Drinking mostly wine and hard seltzer, alone, after the kids are asleep. Denies morning drinking or withdrawal symptoms, though she described "shaky hands" on a Sunday after a heavier Saturday, so I'd like a medical opinion on withdrawal risk before anyone suggests cutting down fast. CIWA not done. No other substances; occasional cannabis edible "to sleep."

**Mental status:** Casually dressed, came straight from work in her uniform. Cooperative, good eye contact, tearful when talking about her mother. Speech normal rate. Mood "tired of everything." Affect constricted, congruent. Thought process linear. No psychotic features. Insight fair (she knows the drinking is a problem, doesn't think it's "that bad"), judgment fair.

**Risk formulation:** Chronic risk factors include the recent bereavement, alcohol use, and single-parent stress. Acute factors: escalating intake, passive SI, sleep 4 to 5 hours. No firearms in the home per her report. She agreed to a safety plan today and has 988 saved in her phone.

**Diagnostic impressions (provisional):** F10.20 alcohol use disorder, moderate to severe; F32.1 MDD, single episode, moderate, vs. prolonged grief (it's been under a year, so PGD is off the table for now).

**Question:** Given AUDIT 19 plus passive SI, would you push for an IOP referral or start weekly outpatient with close monitoring and a safety plan? She's adamant about not missing shifts and IOP hours in our area are all daytime.""",
        [
            ("Tamika R. Holloway", "name"),
            ("Tamika", "name"),
            ("04/17/1988", "date"),
            ("2217 Kessler Blvd, Apt 3B", "place"),
            ("Indianapolis", "place"),
            ("46222", "place"),
            ("(317) 555-0184", "phone"),
            ("tamikaholloway88@gmail.com", "email"),
            ("XJH884512307", "id_number"),
            ("Eli Lilly", "organisation"),
            ("Samuel Ortiz", "name"),
        ],
    ),
    (
        "b21a-004",
        """Re: chronic SI and when to hospitalize

I'll echo what others said about not letting the risk assessment swallow the whole session. A few things that helped me with a similar client (early 20s, BPD dx, years of daily passive SI, two overdose attempts in her teens):

1. Separate chronic baseline from acute change. Linehan's framing helped me here. I track a 0–5 urge rating on the diary card every week so I actually know what her baseline is. When it jumps from a 2 to a 4 with a new plan or new access to means, that's a different conversation than "I always want to die."
2. Get the crisis plan in writing, with her, and include 988 and the text line. Ours also lists the agency's after-hours number.
3. Consult. Seriously. I bring her to our DBT consultation team every Thursday. The team agreement about being fallible is what keeps me from either overreacting or going numb.
4. If you haven't, read Jobes on CAMS. The SSF gives you a structure the client fills in with you, and it documents your reasoning beautifully.

On hospitalization: in my state the bar for an involuntary hold is imminent danger, and she's never met it on a baseline day. Voluntary admission made things worse for her twice (she said the unit felt like punishment for being honest). That doesn't mean never. It means not as a reflex.

Hang in there. These clients are worth it, and they are also exhausting.""",
        [],
    ),
    (
        "b21a-005",
        """Follow-up on the grief case I posted in the spring

Quick update since a few of you asked. Recap: widowed woman, lost her husband of 64 years last winter, referred for "depression" by her family doctor but presenting much more like prolonged grief. She turned 92 in August and moved into Maple Grove Lodge in June, which I think compounded everything: new room, new dining hall, new everything, and not his chair.

What's changed: we moved away from the behavioural activation focus to something closer to Shear's complicated grief treatment, heavily modified. Imaginal revisiting was too much for her (and honestly I wasn't sure it was wise given her cardiac history), so we leaned into the restoration side: small meaningful activities, memory work with photo albums, an imagined conversation with him that she found very moving. PG-13-R went from 41 to 33. GDS-15 from 9 to 5.

What I'm still chewing on: staff keep describing her as "refusing activities." She isn't refusing, she just doesn't want bingo. She wants to talk about books and she wants to be useful. We've got her reading aloud to a couple of residents with low vision on Tuesday afternoons and it has made more difference than anything I did in session.

Takeaway for me: with the oldest-old, the environment is the intervention about half the time.""",
        [("92", "age"), ("Maple Grove Lodge", "organisation")],
    ),
    (
        "b21a-006",
        """**C-L Psychiatry follow-up (de-identified for consult)**

S: 67-year-old man, hospital day 6 after CABG. Nursing reports he pulled his IV twice overnight and was calling out for his late wife. This morning he says he "slept fine" and asks when he can go home to the farm. Daughter at bedside says he was "sharp as a tack" before surgery and still did his own books.

O: Alert, oriented to person and hospital, not to date (said October; it's December). Inattentive, failed months backward at November. CAM-ICU positive. Received lorazepam 1 mg x2 overnight per cross-cover. Na 131, Hgb 9.2, afebrile. CT head from day 2 unremarkable.

A: Delirium, mixed, multifactorial (post-op, benzodiazepine exposure, hyponatremia, sleep disruption). F05. No evidence of underlying major neurocognitive disorder per collateral, though mild baseline impairment can't be excluded. Not a capacity question today; will revisit discharge-planning capacity once clear.

P:
- D/c lorazepam; avoid benzos and anticholinergics (flagged diphenhydramine PRN on the MAR)
- Haloperidol 0.5 mg PO q6h PRN severe agitation only, max 2 mg/24h; baseline QTc 438
- Sleep bundle: lights on/off schedule, glasses and hearing aids in, family to bring familiar photos
- Recommend primary team correct Na
- Will follow daily

Posting because the hospitalist wants to start scheduled quetiapine and I'm lukewarm. Anyone have strong opinions on scheduled antipsychotics for delirium after MIND-USA?""",
        [],
    ),
    (
        "b21a-007",
        """Supervision reflection, week 9 of practicum

Something happened with my Thursday client that I want to think out loud about before I bring it to supervision.

She's a nurse in her 50s, in therapy for burnout and a marriage she describes as "roommates with a mortgage." Mid-session she started crying about her father, who had a stroke this past spring, and I noticed I went very quiet and very careful. Afterwards I realized I'd barely said anything for ten minutes. Some of that was good holding. Some of it was me. My own dad had a stroke while I was in grad school, and I felt the old bracing in my chest.

Yalom writes about the therapist's own material as data rather than contamination, and I'm trying to take that seriously instead of being ashamed of it. What I'm less sure about is whether I should have said anything. I don't think self-disclosure would have helped; it would have pulled focus. But I wonder whether my quietness read as distance.

Questions I'm bringing to my supervisor:
- How do I tell attuned silence from frozen silence in the moment?
- Should I name the shift next week ("I noticed we both got quiet when you talked about your dad")?
- Is this a sign I need my own therapy again? (Probably yes.)

Reading that helped: Casement's On Learning from the Patient, the chapter on the internal supervisor, and Hayes and Gelso on managing countertransference, especially self-insight and anxiety management.""",
        [],
    ),
    (
        "b21a-008",
        """Quick boundary question. 19-year-old college client (social anxiety), four months in. She's into film photography and asked me last session to follow her art account, @lilacfieldfilm, so I could see the photos she's been describing. I said I don't follow clients on social media but she's welcome to bring prints or her phone to session. She then sent a portal message saying she felt "kind of embarrassed for asking."

Plan is to name it at the top of next session, normalize the ask, frame the boundary as protecting her rather than rejecting her. Anyone have wording that has landed well?""",
        [("@lilacfieldfilm", "handle")],
    ),
    (
        "b21a-009",
        """**IOP Group Note: DBT Skills (Distress Tolerance), Week 3**

Attendance: 7 of 8 members present; one excused (medical appointment).
Duration: 90 minutes, co-facilitated.

Content: Reviewed TIPP skills (temperature, intense exercise, paced breathing, paired muscle relaxation). Practiced cold-water face immersion with basins; 5 of 7 participated. Paced breathing with a 4-7-8 count, then switched to 4-6 because two members found the longer hold triggered panic.

Process: Cohesion improving. Member A (mid-40s, returning after a relapse) shared that she used ice on her wrists during a conflict with her teenage son over the weekend and "didn't throw anything for the first time." Group responded warmly. Member C, who usually stays quiet, asked whether skills "actually work or just distract you," which led to a good discussion of distraction as a valid short-term goal vs. avoidance. Member F left at the 50-minute mark, returned after 5 minutes, reported urge to self-harm at 3/5, used paced breathing in the hallway. Checked in privately at break; safety plan reviewed, no active intent, individual therapist notified same day.

Homework: Diary cards; practice TIPP once daily even when calm.

Plan: ACCEPTS next week. Facilitators to discuss Member F at Thursday consult team.

Sharing the format because a few people asked how we write group notes without naming other members in each chart. We use letters in the shared template, and only the individual's own chart carries their name.""",
        [],
    ),
    (
        "b21a-010",
        """Bilingual caregiver support group (Spanish/English), session 6: my notes for the consult thread

This group is for adult children caring for a parent with dementia. Eight enrolled, six came tonight (snowstorm). We run it out of a community center in Pilsen, so most members live within a mile or two and a lot of them know each other from church or the block.

Theme tonight was guilt around placement. One member, a woman in her late 50s caring for her mom with Alzheimer's at home while working full time, talked about siblings in Mexico calling her selfish for even touring memory care. Dolores cried hardest during that part and later said she's stopped going to her own mother's neurology appointments because she "can't hear the word progression one more time."

I used a bit of the REACH II problem-solving structure and then mostly let the group do what groups do. Someone brought up familismo and we had a rich conversation about duty vs. love, and whether you can feel both at once.

My question: two members who are sisters-in-law seem to be monitoring each other's disclosures. Has anyone dealt with pre-existing relationships in a support group like this? I can't exactly screen them out in a tight-knit neighborhood, and honestly the connections are part of why people come.""",
        [("Pilsen", "place"), ("Dolores", "name")],
    ),
]
DOCS += [
    (
        "b21a-011",
        """DAP note, PE session 7 (de-identified; consult question at the bottom)

D: 34-year-old male Army veteran, two deployments to Afghanistan, PTSD (F43.10), index trauma an IED strike on his convoy. Session 7 of Prolonged Exposure. PCL-5 this week 46 (intake 61). Imaginal exposure of the index trauma, 40 min, hotspot at the moment he smelled fuel and couldn't find his team leader. SUDS peak 85, end 50. Did in vivo homework at a big-box store on Saturday (stayed 30 min, SUDS 60 → 35). Sleep still poor, 4–5 hours, nightmares 3x/week. Prazosin 2 mg per his VA psychiatrist. Denies SI/HI. Alcohol: 2–3 beers most nights, down from 6.

A: Good engagement and within-session habituation; between-session change slower on the hotspot. Nightly alcohol may be dampening emotional processing. Avoidance of interstate driving still significant.

P: Continue PE weekly; next imaginal on hotspot only. Add interstate driving to the in vivo hierarchy. Reviewed Veterans Crisis Line (988, press 1). Consider CBT-I referral through Community Care if sleep not improving by session 10.

Consult Q: for those doing PE with vets who drink most nights, do you hold off on imaginal until use comes down, or press on? Foa's manual flags drinking close to session, but he isn't drinking before sessions. I'm torn.""",
        [],
    ),
    (
        "b21a-012",
        """Posting for a gut check on a vet case.

Former Marine, late 20s, did two tours with 2nd Battalion, 5th Marines, separated a couple of years ago. Living with his girlfriend back near Oceanside, working construction. Came to me through a Community Care referral for anger and insomnia; he didn't want the VA clinic because "every guy I served with goes there." PCL-5 52, AUDIT-C 7, PHQ-9 14.

What I'm struggling with: he doesn't endorse a single index trauma. It's cumulative: a whole deployment of patrols, a buddy's suicide after they got home, and moral injury around a house they cleared. CPT seems a better fit than PE for the stuck points around guilt, but he's very resistant to worksheets ("I'm not doing homework, I'm 28").

Has anyone done CPT without the written account and with minimal worksheets, more conversationally? I know Resick's manual supports CPT without the account. I'm also thinking of folding in some of Litz's Adaptive Disclosure for the moral injury piece.

He also mentioned, in passing, that he keeps a pistol in the truck. We've done lethal means counseling once; he agreed to a cable lock but not to storing it elsewhere. I'll keep revisiting.""",
        [("2nd Battalion, 5th Marines", "organisation"), ("Oceanside", "place")],
    ),
    (
        "b21a-013",
        """Consult question: adult ADHD assessment with a substance history, plus feedback on a referral letter

Seeing a 31-year-old man in private practice for a longstanding pattern that really looks like ADHD: lost three jobs for lateness and missed deadlines, ASRS Part A 6/6, and childhood report cards (his mom kept them!) full of "bright but doesn't apply himself." History of cocaine use in his early 20s, sober five years, goes to NA.

His family doctor, Dr. Anjali Venkataraman, is willing to prescribe but wants a formal assessment first and is understandably nervous about stimulants. The waitlist for the hospital's adult ADHD clinic is 14 months, my testing isn't covered, and he can't afford a private assessment on top of therapy.

Here's the top of the referral letter I'm sending. Feedback on wording welcome:

> Re: [name removed], DOB 1993-02-11, OHIP 5584-203-917-NB
> 88 Lakeshore Rd W, Mississauga, ON L5G 1E3
> I am writing to request an expedited adult ADHD assessment for the above patient, whose functional impairment is significant and whose history of stimulant use disorder (in sustained remission) makes careful diagnostic clarification important...

The actual question: for those of you in Canada, what are prescribers doing with adults who have a remote stimulant use history? Lisdexamfetamine for lower diversion risk, or atomoxetine first? The CADDRA guidelines lean one way but I'd love real-world experience.""",
        [
            ("Anjali Venkataraman", "name"),
            ("1993-02-11", "date"),
            ("5584-203-917-NB", "id_number"),
            ("88 Lakeshore Rd W", "place"),
            ("Mississauga", "place"),
            ("L5G 1E3", "place"),
        ],
    ),
    (
        "b21a-014",
        """Bonjour à tous. Posting in English since most of the thread is anglophone.

I work at a CLSC in a mid-sized town in Quebec, mostly with adults on the mental health team (guichet d'accès). Consult question on a case that's been sitting with me.

Woman in her early 40s, francophone, referred by her GP for "anxiety," but on assessment it looks much more like complex trauma: childhood neglect, a violent first marriage, and she describes herself as "always on alert." GAD-7 17, PCL-5 49, and she meets criteria for CPTSD on the ITQ. She has never spoken about the marriage with anyone. Works part-time in retail, two teenagers at home.

Our model is short-term (12 to 15 sessions max) and the wait for the specialized trauma program at the regional hospital is long. I'm thinking Herman's phased model: focus on stabilization and safety in the sessions I have, lots of psychoeducation, some STAIR-type skills, then a warm handoff. I don't want to open the trauma narrative and leave her with it half-processed when my mandate runs out.

Has anyone run STAIR in a brief format? Also open to francophone resources. I've pointed her to Revivre's materials on anxiety, to 811 (Info-Social) for after-hours support, and of course to 9-8-8.""",
        [],
    ),
    (
        "b21a-015",
        """Process note excerpt (session 11). Looking for help with a stuck moment.

Context: 16-year-old girl, referred after cutting, living with dad since mom moved out of state. I'm working from an attachment-focused frame with some DBT-A skills.

Roughly verbatim, about 30 minutes in:

C: "it doesn't matter. i told jenna and she just screenshotted it and sent it to like half the team."
T: "That sounds like it felt like a betrayal."
C: "whatever. it's fine. everyone does that."
T: "You're saying it's fine, but your voice got really flat just now."
C: (long pause) "can we talk about something else."

And I let her change the subject. In the moment I thought I was respecting her pacing. Reading it back, I think I colluded with the avoidance and missed the thing that actually matters to her: the one friend she trusted turned her private pain into content.

I'm also wondering about my duties. The screenshot was of a message about self-harm, and if it went around the volleyball team, her coach or the school counselor may already know. Dad doesn't.

How would you go back to this next session? Name it directly ("I think I let us move on too fast last week")? Or wait and see if she brings it up?""",
        [("jenna", "name")],
    ),
    (
        "b21a-016",
        """Closing this one out: takeaways from an ERP case

Thanks again to everyone who weighed in back in the fall. Client was a 27-year-old grad student with contamination OCD plus a lot of "just right" checking. Y-BOCS 29 at intake, 11 by session 18; we tapered to biweekly, then monthly, and discharged last week with a relapse-prevention plan.

What I'd keep:
- Building the hierarchy with her, not for her. She put "touch the public restroom door handle, then eat a granola bar" at 90, and doing it in week 12 was a turning point.
- The inhibitory learning framing (Craske et al.) instead of waiting for SUDS to drop. She stopped asking "when will it go down?" and started asking "what did I learn?"
- Bringing her partner in for two sessions to reduce accommodation. He'd been doing the laundry a very specific way for three years.

What I'd change:
- I waited too long to address reassurance-seeking by text. Should have set a clear policy in session 1.
- I underestimated the fluvoxamine increase to 200 mg in October. Some of the gains belong to her psychiatrist.

Resources for anyone newer to ERP: Abramowitz, Deacon and Whiteside's Exposure Therapy for Anxiety, the IOCDF website for clients, and Jonathan Grayson's Freedom from Obsessive-Compulsive Disorder for the ones who want to read on their own.""",
        [],
    ),
    (
        "b21a-017",
        """Wrapping up: takeaways from a chronic pain + depression case

Closing this one after 22 sessions. 46-year-old man, herniated discs after a lifting injury at the Amazon warehouse where he works nights, ongoing L&I claim, more or less on the couch for most of a year. Referred by his pain specialist with a PHQ-9 of 21 and a Pain Catastrophizing Scale score that was off the charts.

What worked:
- ACT, honestly, more than traditional CBT. Defusion from "my body is broken," and values work around being a dad to his two boys.
- Pacing instead of boom-and-bust. We used a literal kitchen timer.
- Coordinating with his PT. Same language across providers made a big difference.

What didn't:
- Trying to work on the comp claim in therapy. Every time it came up his PHQ jumped. Eventually we agreed that was his attorney's job, not mine.

He's now on modified duty, walks the river trail near his place in Kent most mornings, PHQ-9 of 8. Still has pain. Much less suffering.

Big thank-you to whoever recommended Dahl and Lundgren's Living Beyond Your Pain. He actually read it, cover to cover.""",
        [("Amazon", "organisation"), ("Kent", "place")],
    ),
    (
        "b21a-018",
        """Consult: 7-year-old who's explosive at school, calm at home?

Play therapist here, mostly kids 4–10. Grade 2 boy, referred by his pediatrician after the school called his parents in for the third time this term. At school: throwing chairs, hiding under desks, bolting from the classroom. At home: parents describe him as "easy," happy to play Minecraft and build Lego for hours.

Teacher-completed Conners 3 is elevated across the board; parent version within normal limits. SDQ shows the same split. No known trauma and no big family changes, though dad travels for work two weeks out of four.

In the playroom he's organized and fairly controlled, and sets up elaborate battles where the good guys always lose at first. Last Tuesday he built a jail and put the teacher figure in it, which, fair.

My hypotheses: sensory overload in a loud class of 28, a possible language processing issue (he goes silent when instructions are multi-step), and/or anxiety that looks like oppositionality. I've asked for an SLP evaluation and an OT sensory screen through the school board.

Anyone have a good way of talking to teachers about this? The principal keeps using the word "defiant" and I want to reframe without getting defensive. Ross Greene's Lost at School has been my go-to, and I've sent the parents the Collaborative & Proactive Solutions materials from Lives in the Balance.""",
        [],
    ),
    (
        "b21a-019",
        """Follow-up to my selective mutism post

Update on the 6-year-old I mentioned. Good news: she spoke to her teacher for the first time on Thursday! A whisper, but still.

What helped: we finally got the school on board with a sliding-in plan. Ms. Abernathy, her kindergarten teacher at Lincoln Elementary, agreed to come in 20 minutes early twice a week so we could do the sliding-in in the empty classroom with mom there. Mom started by playing a game with her, then Ms. Abernathy moved closer, then into the room, then into the game. Four weeks to get to a whisper.

Things I'd pass on:
- Kotrba's Selective Mutism: An Assessment and Intervention Guide was my bible.
- The SMQ is useful for tracking, but parents tend to overestimate progress, so I also used a simple talking map for school settings.
- Don't ask questions in session that demand a verbal answer. Use forced-choice and commenting instead.

Next step is generalizing to the lunch aide and the music teacher. If anyone has ideas for specials teachers who only see her 40 minutes a week, I'm all ears.""",
        [("Abernathy", "name"), ("Lincoln Elementary", "organisation")],
    ),
    (
        "b21a-020",
        """Question re: court-ordered clients and the limits of confidentiality

I've started getting referrals from the county probation department, mostly DUI and domestic-related misdemeanors, court-ordered to "complete counseling." Current client: man in his late 30s, second DUI, BAC 0.16, ordered to complete 16 sessions plus an alcohol assessment. AUDIT 14. Working diagnosis F10.10, though I suspect moderate rather than mild and that he's minimizing.

The probation officer wants monthly attendance reports, which the release covers. But last week she called and asked whether he'd "admitted to drinking" since sentencing, and I realized our release is vague about content vs. attendance.

What I did: told her I'd need to review the release, then talked with the client. He was surprised; he thought everything he said went straight to the judge. We rewrote the release together to cover attendance, participation and completion only, unless a risk issue triggers mandatory reporting.

For folks who do a lot of mandated work: how do you structure informed consent at intake so this doesn't come up mid-treatment? Greenberg and Shuman's paper on the irreconcilable conflict between therapeutic and forensic roles has me rethinking whether I should write anything beyond attendance at all. And is MI worth it with a mandated client, or is it performative? My gut says it only feels performative when I'm doing it badly.""",
        [],
    ),
]
DOCS += [
    (
        "b21a-021",
        """Custody dispute spillover. Need advice fairly fast.

Not my usual territory. I'm the individual therapist for a 10-year-old boy whose parents are in a high-conflict custody dispute. Dad's attorney has subpoenaed my records and wants me to testify at the hearing on June 9th. Case number on the subpoena is FD-2023-017742, in case anyone has been through the same court and knows the judge's habits.

My understanding: I'm a treating therapist, not an evaluator, and I shouldn't offer custody opinions. APA's Guidelines for Child Custody Evaluations in Family Law Proceedings are explicit about role conflicts, and the AFCC model standards say the same. But the attorney frames it as "just facts about what the child said."

What I've done so far:
- Called my liability carrier's risk management line (they were great)
- Told both parents I'm not taking sides and that the child's privilege is the issue
- Reached out to the guardian ad litem

What worries me: he has told me things about both parents that would be damaging either way, and if I testify, I lose the therapeutic relationship. He has only just started to trust me.

Has anyone successfully moved to quash, or limited testimony to treatment facts only? Any language you've used in a letter to the court?""",
        [("June 9th", "date"), ("FD-2023-017742", "id_number")],
    ),
    (
        "b21a-022",
        """Oh, I feel this one. Half my caseload is older adults and "she seems fine when I'm there" is constant.

On your 87-year-old: a MoCA of 19/30 with a decent clock and poor delayed recall fits, but I wouldn't lean on one administration if she was anxious or short on sleep. Repeat in 3 to 6 months and get family collateral with the AD8.

And the snowbird thing is real. Families come back from Florida in April shocked by a decline that was gradual all along. Thanksgiving is the other big discovery holiday. Refer driving to a formal OT evaluation so you're not the one taking the keys.

Take care of you. These cases are heavy in a quiet way.""",
        [],
    ),
    (
        "b21a-023",
        """Rural telehealth question: caregiver burnout, prairie edition

Seeing a woman in her mid-60s by video who is the sole caregiver for her mother. Mom is 94, still lives in her own house in Moose Jaw, and my client drives in from the farm three or four days a week. Client's husband died two years ago and her kids are all out of province.

She came in for "stress," but she's scoring a PHQ-9 of 16 and a Zarit Burden Interview of 52. Sleep is terrible. The only thing she says she enjoys is her cat, Mittens, who apparently sits on the keyboard during our sessions.

Her mother refuses home care ("I'm not having strangers in my house") and won't discuss long-term care. My client feels she can't set limits because "she raised six of us, I can do this."

I'm doing a mix of CBT for caregivers and a fair bit of just listening. Looking for:
1. Saskatchewan caregiver resources you've found useful (respite in small centres seems close to nonexistent)
2. How you handle the guilt piece when the person refusing care has capacity and is entitled to refuse
3. Whether anyone has run the Savvy Caregiver program virtually

Thanks all.""",
        [("94", "age"), ("Moose Jaw", "place"), ("Mittens", "name")],
    ),
    (
        "b21a-024",
        """Perinatal consult: when is it "just" the baby blues?

Seeing a first-time mom, 31, eight weeks postpartum, referred by her OB after an EPDS of 16 at the six-week visit (item 10 scored 0). Crying most days, intrusive images of dropping the baby on the stairs, checking the baby's breathing many times a night. Partner is supportive but went back to work at week three.

My read: this is well past blues territory, and the intrusive images sound far more like perinatal OCD than psychosis. She's horrified by them, avoids the stairs while holding the baby, and has zero intent. I explained the difference and she cried with relief.

Plan so far: weekly CBT with ERP elements; sleep protection (partner takes one night feed with pumped milk); connecting her with Postpartum Support International's online groups and the PSI HelpLine (1-800-944-4773) for between-session support. Her OB started sertraline 50 mg two weeks ago. She's breastfeeding and was worried, so I pointed her to LactMed, which reassured her.

Questions: has anyone had clients use zuranolone yet? Her OB mentioned it as an option if sertraline doesn't help, and I know very little beyond the 14-day course. Also curious whether people use the Perinatal Obsessive-Compulsive Scale or just the Y-BOCS.""",
        [],
    ),
    (
        "b21a-025",
        """Follow-up: NICU mom, three months on

Some of you helped me think this through in the winter. Quick update and a new question.

Recap: mom in her late 20s, baby born at 27 weeks, 11 weeks in the NICU at Sunnybrook. When she started with me her PCL-5 was 50 and she was having flashbacks of the monitor alarms. Dad was coping by working constantly.

Hunter came home in April and is doing well, still on oxygen at night but gaining. Mom's PCL-5 is down to 31. What helped most was framing her reactions as a normal response to an abnormal situation; she'd been convinced she was "a bad mother" for dreading feeds.

We did Written Exposure Therapy (Sloan and Marx, five sessions), which suited her schedule because she could do the writing while he napped.

Now the question: she's pregnant again, unplanned, about 10 weeks. She's terrified of another preterm birth and keeps asking me whether she "should" continue the pregnancy. I'm very clear that isn't my decision, but I want to support her decision-making without imposing anything. Anyone have a framework they like for reproductive decision-making after perinatal trauma? I'm in Ontario and would like to point her to good non-directive options counselling too.""",
        [("Sunnybrook", "organisation"), ("Hunter", "name")],
    ),
    (
        "b21a-026",
        """Re: MOUD and therapy: do we require abstinence from everything?

Short answer from our program: no, and I'd argue strongly against it.

We're an outpatient clinic in a mid-sized city in Ohio doing buprenorphine and counseling together. Our policy used to be that a positive UDS for anything other than the prescribed medication triggered a "treatment review," which was basically a step toward discharge. We dropped it after looking at our own retention numbers and SAMHSA's TIP 63. Staying in MOUD is the strongest predictor of not dying. Cannabis use in someone stable on bup is not the hill.

The client you describe (late 40s, methadone 90 mg for four years, occasional benzo use) is a different risk conversation, because benzos plus opioids are genuinely dangerous. I'd make that the focus rather than the drug screen itself. Naloxone in the house, family knows how to use it, and a frank conversation with the prescriber about a taper.

On the therapy side, MI is still the backbone (Miller and Rollnick, 4th edition). CRAFT is helpful when family members want to be involved.

For after-hours: SAMHSA's National Helpline is 1-800-662-4357, and the Never Use Alone line is worth knowing about for anyone who is going to use regardless.""",
        [],
    ),
    (
        "b21a-027",
        """Grief after an overdose death. Need help with a tricky piece.

Client is a 35-year-old woman whose younger brother died of a fentanyl overdose in the fall. Complicated relationship: she'd cut him off twice, the last time about a year before he died, and she is drowning in guilt. Danny was the baby of the family and she more or less raised him.

We're using a mix of grief-focused work (Neimeyer's meaning reconstruction) and CBT for the guilt cognitions. The "I should have known" beliefs are strong.

The tricky piece: she set up a fundraiser for the funeral and a harm-reduction scholarship in his memory (gofundme.com/f/remembering-danny-kowalski) and has been compulsively checking it, reading every comment, and getting wrecked by the ones from his old friends saying things like "he deserved better from his family." Dozens of times a day.

I'm thinking about this as rumination/reassurance-seeking and maybe working on a stimulus control plan. But I don't want to pathologize what may be a fairly normal way of grieving in 2024. Thoughts?

Also, any good peer-support resources for overdose bereavement specifically? I know about GRASP and The Compassionate Friends.""",
        [("Danny", "name"), ("gofundme.com/f/remembering-danny-kowalski", "url")],
    ),
    (
        "b21a-028",
        """Teens and gaming: where do you draw the "problem" line?

Got a 14-year-old referred by his parents for "video game addiction." He plays Valorant and Fortnite 5 to 6 hours on school days, more on weekends, mostly with friends on Discord. Grades have slipped from As and Bs to Bs and Cs. Sleep is the real issue: he's up until 2 a.m. on weeknights.

On assessment the picture was more complicated than the parents described. He was bullied hard in Grade 7 after a move, has basically no in-person friends at his new school, and the people he games with are the kids from his old town. The game is his social life. IGDS9-SF score 21, below the usual cutoff. SCARED social anxiety subscale elevated.

So I'm leaning toward a formulation of social anxiety + sleep + family conflict, not gaming disorder. Plan: CBT for social anxiety, a sleep plan negotiated with him rather than imposed, and a few family sessions aimed at reducing the power struggle.

For anyone who works with gamers: how do you talk to parents who really want you to "fix" the gaming? Kardefelt-Winther's work has been useful for the "is it actually disordered?" question, and I've pointed the family to Kids Help Phone's material on online life as a neutral-ish third party.""",
        [],
    ),
    (
        "b21a-029",
        """Need input: possible online grooming, teen client

Heads up, this involves a possible grooming situation, so I'm being careful, but I want a gut check before I make the report.

13-year-old boy I see for anxiety and some school avoidance. Last session he showed me his phone because he was proud of a "friend" he met playing Roblox who has been sending him Robux and gift cards. The friend's account is NightOwlGG_77. The messages I saw were flattering, asked about his parents' work schedules, suggested moving to Snapchat, and said "don't tell your mom, she wouldn't get it."

He says they've been talking since around March 3rd. No images exchanged as far as he knows, no meeting planned.

Textbook grooming pattern, in my opinion. My plan:
- Report to child protective services / law enforcement per mandated reporting (in my state this meets reasonable suspicion even without explicit content)
- Report to the NCMEC CyberTipline
- Meet with parents tonight, with his knowledge
- Work with him on shame, since he's likely to feel he did something wrong

Anything I'm missing? And how do you protect the relationship with a kid who's about to lose his "friend" and his gift cards because of something he told you in therapy?""",
        [("NightOwlGG_77", "handle"), ("March 3rd", "date")],
    ),
    (
        "b21a-030",
        """Safety planning with a client who's staying: looking for practical ideas

Client is a woman in her early 30s in a physically abusive relationship. She's clear she isn't leaving right now (two young kids, no income of her own, partner controls the money and the car). I respect that, and I know leaving is statistically the most dangerous time. Her Danger Assessment puts her in the severe range, mostly because of a strangulation incident last summer and his threats to kill himself if she leaves.

What we've done:
- A safety plan built around staying: rooms with exits and no weapons, a go-bag at a friend's, a code word with her sister
- Went over the National Domestic Violence Hotline (1-800-799-7233) and the text option, plus how to clear browser history
- Tech safety: he has access to her phone and set up the Ring doorbell; we talked through location sharing

Where I'm stuck: she's now asking me to help her "be a better wife so he doesn't get mad." I don't want to collude with the idea that the violence is her fault, and I don't want to lecture her out of the room either.

I've leaned on Lundy Bancroft's Why Does He Do That? for my own understanding, though I wouldn't hand it to her yet. Jacquelyn Campbell's work on the Danger Assessment has been really useful for framing risk with her. Any ideas?""",
        [],
    ),
]
DOCS += [
    (
        "b21a-031",
        """Documentation question: DV case with stalking

Client (late 20s) left an abusive partner in January and now has a restraining order. She keeps a detailed log for her advocate and asked me to include observations in my notes in case they're subpoenaed.

Her log includes things I'm not sure belong in a clinical record. Examples from what she brought in:
- His car (gray Civic, CA plate 8KJM442) parked across from her building on three nights
- Login alerts on her email from an IP, 73.162.44.201, which her advocate says traces back to his apartment
- He showed up outside her work on Alvarado Street last week

My instinct is to document her report and her presentation ("Client reports X; presented as tearful and hypervigilant") rather than duplicate the evidence. The evidence belongs with the advocate and police. But I've had attorneys argue that therapy notes corroborate.

What do people do here? Summarize, quote, attach? Our agency's policy is vague.

Clinically she's doing better than I'd expect. PCL-5 went from 58 to 44, and she's sleeping at her sister's most nights, which helps.""",
        [
            ("8KJM442", "id_number"),
            ("73.162.44.201", "ip"),
            ("Alvarado Street", "place"),
        ],
    ),
    (
        "b21a-032",
        """Med management note (bipolar I on lithium), for consult

S: 52-year-old woman, bipolar I, stable on lithium for 9 years. Reports feeling "flat" since the summer and wonders whether she can come off. Sleep 7 hours, no racing thoughts, no decreased need for sleep. Mood 5/10. Some hand tremor, worse with coffee. Weight up 4 kg this year.

O: Lithium 900 mg qhs, level 0.8 mmol/L (12-hour trough). TSH 5.6 (3.1 a year ago). Creatinine stable, eGFR 78. Calm, linear, mildly constricted affect. No psychotic features. PHQ-9 9, YMRS 2.

A: Euthymic to mildly depressed; possible subclinical hypothyroidism contributing to flatness and weight gain. Two prior manic episodes requiring hospitalization, one with psychosis. Discontinuation risk high, especially if abrupt (rebound mania).

P:
- Discussed risks of stopping; agreed she won't stop without talking to me first
- To PCP re: TSH, consider levothyroxine
- Consider reducing to 750 mg, target level 0.6–0.7, if tolerability is the main issue
- Propranolol 10 mg PRN for tremor
- Mood charting with eMoods
- RTC 6 weeks

Would love opinions on lower lithium targets for long-term maintenance with this kind of history. I know the ISBD/IGSLi consensus recommends 0.6–0.8 for most adults. She'd like to get through Christmas without another medication change, which seems fair.""",
        [],
    ),
    (
        "b21a-033",
        """Religious trauma: looking for consult

Client is a 24-year-old man who grew up in a very high-control church. He left the church and came out as gay around Thanksgiving 2023, and his family cut contact. He still works part-time as the sound tech at Grace Fellowship because he "can't afford to quit" and he's the only one who knows the board. So he's there every Sunday, seeing his parents from the booth.

Presenting with depression (PHQ-9 18), a lot of shame, and fear of hell that he describes as "knowing it's not real and still feeling it in my body." Passive SI, safety plan in place, Trevor Project info given.

I'm working from a mix of ACT and Marlene Winell's material on religious trauma, and I'm interested in IFS for the parts of him that still pray. I'm not religious myself and I'm careful not to push deconversion; some clients find a way back to faith on their own terms.

Consult question: the job. Therapeutically it seems obvious to encourage him out, but it's also his income and, oddly, his last connection to his family. How do you approach that without being directive?""",
        [("Thanksgiving 2023", "date"), ("Grace Fellowship", "organisation")],
    ),
    (
        "b21a-034",
        """SOAP, telehealth, session 4 (sharing the template people asked about)

S: Client in her 40s, lives on an acreage in rural Alberta, about 2.5 hours from the nearest city. Joined by video from her truck in the yard for privacy ("the kids can hear everything in the house"). Panic attacks down from daily to 2–3 per week since starting interoceptive exposure. Still avoiding highway driving. Husband supportive but "thinks I should just get over it."

O: Alert, engaged. Speech normal. Affect anxious, brightened as session went on. PDSS 12 (intake 18). GAD-7 13. Denies SI. Video dropped twice; finished the last 8 minutes by phone per our backup plan.

A: Panic disorder (F41.0) with agoraphobic avoidance, improving. Good uptake of exposure; homework completion around 70%.

P:
- Continue weekly, next Wednesday
- Interoceptive exercises: spinning and straw breathing, 3x/day
- Start graded driving hierarchy: gravel road → secondary highway → divided highway
- Crisis resources reviewed: 9-8-8 and Health Link 811
- Billing: provincial plan doesn't cover my service; she's using extended health benefits

Things I've learned about rural telehealth: confirm location at the start of every session (for emergencies), always have a phone backup, and be flexible about where people can find privacy. A truck in the yard is a perfectly good office.""",
        [],
    ),
    (
        "b21a-035",
        """Telehealth SOAP note. Looking for feedback on my assessment section.

S: Non-binary client, 22, they/them, seen via video. Reports mood "a little better" since starting a part-time job. Still struggling with morning motivation. Sleep 6–7 hours. No SI since last session.

O: Engaged, good eye contact on camera, appropriately groomed. Affect less constricted than previous sessions. PHQ-9 11 (down from 15). Completed the values card sort from the ACT workbook I sent last week to jordan.mcfee22@outlook.com and brought it back with notes; family, creativity and honesty rated highest.

A: MDD, single episode, moderate, improving (F32.1). Behavioral activation increasing through work. Gender-affirming care discussion ongoing; client would like a letter of support for HRT.

P:
- Continue weekly sessions
- Write support letter following WPATH SOC-8 (client's prescriber uses an informed consent model, but their insurer still requires a letter)
- Continue values-based activity scheduling
- Check in about family reaction to the name change at next session

My question: in the A section, how much do you include about gender identity when it isn't the focus of treatment? I've seen people write a whole paragraph in every note and I'm not sure it belongs there.""",
        [("jordan.mcfee22@outlook.com", "email")],
    ),
    (
        "b21a-036",
        """The supervisor's side of things: reflections after a hard week

I supervise two MSW interns at a community agency, and this week one of them had her first client disclose active SI with a plan. She did well: stayed calm, ran the C-SSRS, called me in, we did the safety plan together, and the client went to the ED voluntarily. By every measure it went right.

Afterwards she sat in my office and shook. Then she said, "I don't think I'm cut out for this."

I've been thinking about what she needed from me and what I gave her. I went too quickly to reassurance ("you did everything right"), which is true, but it skipped over her fear. Next time: let her tell the whole story first, ask what it was like in her body, then review the clinical decisions separately, maybe the next day.

I've been rereading Bernard and Goodyear on the discrimination model, and I think I was stuck in the teacher role when she needed the counselor role for a bit. Hawkins and Shohet's seven-eyed model is also a useful lens on what was happening between us.

For other supervisors: what rituals or structures do you have for debriefing interns after a first crisis? We have a same-day debrief policy but nothing after that. I'm thinking of building in a check-in the following week too. Open to ideas.""",
        [],
    ),
    (
        "b21a-037",
        """Supervision reflection: when the client is a clinician-in-training

Bringing this here because I'd like more than one perspective.

My client is a PhD student in clinical psychology at the University of Manitoba. He found me through the provincial association's directory and specifically wanted someone outside his program. Presenting concerns are anxiety and a marriage under strain: his wife, Ines, has been offered a job in another province and he feels he can't leave his program.

The complication: he keeps turning sessions into supervision. He'll describe his own clients (carefully de-identified), then ask what I would do. Last week he asked me to recommend EFT readings "for both of us." I notice I enjoy it, which is exactly the problem. It's flattering, and it's easier for both of us than talking about his marriage.

I read it as defensive intellectualization and partly a test of whether I'll stay in the therapist role. I named it gently last session ("I notice we end up talking shop when things get close to home") and he laughed and agreed, then did it again ten minutes later.

Small-world concern too: I teach as adjunct faculty elsewhere and there's a real chance he'll land on a practicum site where I consult. We've discussed it and I've documented a plan, but I'd welcome views on whether this is a dual-relationship risk I should be taking more seriously under the CPA Code.""",
        [("University of Manitoba", "organisation"), ("Ines", "name")],
    ),
    (
        "b21a-038",
        """FBT question: phase 2 handoff and a dad who can't let go

Working with a family, 14-year-old with restrictive AN, about five months into FBT (Lock and Le Grange). She's at 96% of expected body weight, menses returned last month, and the team agrees she's ready for phase 2: gradually handing control of eating back to her.

Mom is on board. Dad is not. He's been the main meal supporter and he's terrified. Every time we discuss letting her plate her own snack, he finds a reason it isn't the right week. She's starting to resent him and family sessions are getting tense.

What I've tried: validating his fear (it's legitimate; relapse rates are real), giving him a role in phase 2 monitoring rather than removing him, and having the pediatrician walk him through the medical picture. EDE-Q global is down from 4.2 to 1.9, and her anxiety about eating is now lower than his.

I'm wondering whether to do a session or two with the parents alone to look at what's driving his fear. There's family history: his sister had anorexia in the 1990s and it went badly.

Any FBT folks have a favourite way to handle a parent who's stuck in phase 1? I've also been recommending F.E.A.S.T. for parent support, which they've found helpful.""",
        [],
    ),
    (
        "b21a-039",
        """Urgent-ish consult: eating disorder client, medical instability, and a hospital that won't admit

16-year-old girl with AN, restrictive type, seen by me outpatient. She's been losing weight for six weeks despite supported family meals, and at her pediatric check yesterday her HR was 44 lying down with an orthostatic increase of 32. Her pediatrician, Dr. M. Desrosiers, sent her to emergency at BC Children's, where she was assessed, given a meal, and discharged because her vitals "improved."

The family is panicking. Her dietitian, Rachel Greenbaum, and I have a team call on Friday the 21st, but I'm worried about waiting that long.

I've shared the SAHM medical instability criteria with the family (HR under 50 while awake meets them) and written to the emergency team with her chart number (MRN 0038815-2) requesting reassessment and admission.

Questions:
1. Has anyone had success escalating when an emergency department discharges a medically unstable adolescent with an eating disorder? Who do I call? (She's a minor in BC, if that matters.)
2. Any wording that has worked in a letter to get an admission?

She's asked me several times whether she's "sick enough" for hospital, which tells me everything about where the illness is right now.""",
        [
            ("M. Desrosiers", "name"),
            ("BC Children's", "organisation"),
            ("Rachel Greenbaum", "name"),
            ("Friday the 21st", "date"),
            ("0038815-2", "id_number"),
        ],
    ),
    (
        "b21a-040",
        """Re: working with Indigenous clients as a settler therapist

Thank you for asking this so openly. I'm a non-Indigenous counsellor and have worked for about a decade with clients from a First Nations community in northern Manitoba, mostly by telehealth with some fly-in weeks. A few things I've learned, mostly the hard way:

- Slow down. In my first year I tried to get a full intake done in session 1. The relationship is the assessment.
- Don't assume trauma is the only frame. Many of my clients carry intergenerational trauma from residential schools and the Sixties Scoop, yes, but they also carry strength, humour, land and language, and they'll tell you which parts matter.
- Ask about Elders and traditional healers, and be genuinely open to collaborating. Some of my clients see an Elder and me in the same week and that works fine.
- Be careful with standardized measures. The PHQ-9 wasn't normed on your client and items can land very differently.
- Read the TRC Calls to Action, especially the health ones (18 to 24).

Resources I share: the Hope for Wellness Help Line (1-855-242-3310), which can connect people with counsellors in Cree, Ojibway and Inuktitut on request, and the NIHB mental health counselling benefit for eligible First Nations and Inuit clients.

A book I keep recommending is Suzanne Stewart's work on Indigenous helping and mental health. Keep asking questions like this one.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "b21a"}
        for doc_id, text, items in DOCS
    ]
