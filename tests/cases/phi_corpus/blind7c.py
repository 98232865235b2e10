"""Blind evaluation batch b7c, written by a helper session without sight of the guard. It covers
discussion threads on a clinicians' case-consultation site: replies that quote the original post
("> ..."), offered formulations (attachment, MBT, 5 Ps, object relations, moral injury), reading
lists, "what worked for me" replies, original posters' follow-ups and closing takeaways
summaries, plus a few shared SOAP/DAP example notes. Registers range from formal to chatty and
lower-case with emoji; spelling and service context are US, UK, Welsh, Irish, Canadian,
Australian and New Zealand. Twenty documents have identifiers that slipped into the thread
(names, nicknames, pets, handles, places, postcodes, dates, ages over 89, phone, email, URL, IP,
health/insurance/court/student/plate numbers, employers, schools, hospitals, military units);
twenty are clean and full of look-alikes (cited authors, models, instruments, codes,
medications, hotlines, holidays, generic places).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at 634ea1a: span recall 0.949, precision 0.864, identifier documents fully
caught 0.800, clean documents flagged 0.250 (the guard at 935157f: 0.924, 0.689, 0.750, 0.500).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b7c-001",
        """> She said Danika "won't even let me hold the baby" and that's when the drinking started again.

Jumping in on this because the quoted bit stood out to me. I'd be careful about framing the relapse as caused by the sister's boundary - it sounds more like a shame spiral. When she talks about being the "bad one" in the family, where does that come from?

I had a very similar client a few years back and what shifted things was getting curious about the function of the drinking (numbing vs. punishing herself). Also - you mentioned she's commuting back to Kamloops every weekend while finishing her nursing practicum at Thompson Rivers University. That's a lot of transitions stacked together. I'd maybe slow down on the family work until she has a bit more stability.

Miller & Rollnick's MI book (4th ed) has a nice section on ambivalence that might help. Hope this is useful!""",
        [("Danika", "name"), ("Kamloops", "place"), ("Thompson Rivers University", "organisation")],
    ),
    (
        "b7c-002",
        """Thank you for such a detailed presentation. I will offer a tentative formulation, drawing primarily on attachment theory and the mentalization-based literature.

The pattern you describe - intense idealisation of new relationships followed by abrupt devaluation when the partner is unavailable - fits well with Bowlby's notion of an insecure internal working model, and more specifically with what Fonagy and Bateman describe as a collapse of mentalizing under attachment activation. When she is aroused, she moves into psychic equivalence: "He didn't text back, so he hates me" is experienced as fact rather than as a thought.

Clinically, this suggests MBT-style interventions - slowing down, "stop and rewind", and a not-knowing stance - may be more useful than challenging the cognitions directly. Her PHQ-9 of 17 and the recurrent self-harm also warrant attention to the treatment frame; Bateman and Fonagy's "Mentalization-Based Treatment for Personality Disorders: A Practical Guide" (2016) is the clearest account I know.

I would also be interested in whether Linehan's biosocial model resonates for her. Some clients find the idea of an "invalidating environment" less blaming than attachment language. Happy to discuss further.""",
        [],
    ),
    (
        "b7c-003",
        """Update for those who replied last week - thank you, genuinely.

She was discharged from Ward 7B at St Vincent's on the 9th of October after eleven days. The discharge summary came through with her Medicare number (2953 41876 1) printed on every page, which I've now redacted from my notes - lesson learned. Her K10 at our first session back was 34, down from 41 pre-admission. Quetiapine has been reduced to 50 mg nocte.

Following the suggestion upthread, I did the Stanley-Brown safety plan collaboratively rather than handing it over, and she actually filled in the "reasons for living" section herself. Her brother drove up from Geelong for the session, which changed the tone completely.

Still stuck on how to handle the coming anniversary of her partner's death - any thoughts welcome.""",
        [
            ("Ward 7B", "place"),
            ("St Vincent's", "organisation"),
            ("9th of October", "date"),
            ("2953 41876 1", "id_number"),
            ("Geelong", "place"),
        ],
    ),
    (
        "b7c-004",
        """Reading list, as requested by a few people in the thread. These are the ones I return to again and again for complex trauma:

- Herman, J. - Trauma and Recovery (the phase model; still essential)
- van der Kolk, B. - The Body Keeps the Score (accessible, though some of the neuroscience is contested)
- Porges, S. - The Polyvagal Theory (read critically; Grossman's critiques are worth knowing too)
- Ogden, P. - Trauma and the Body (sensorimotor psychotherapy)
- Fisher, J. - Healing the Fragmented Selves of Trauma Survivors
- Perry, B. & Winfrey, O. - What Happened to You?
- Cloitre et al. - Treating Survivors of Childhood Abuse (STAIR, very practical)

For measures: the ITQ for ICD-11 complex PTSD (6B41) is quick and free; PCL-5 if you need DSM-5 alignment.

And for the client side, "Complex PTSD: From Surviving to Thriving" by Pete Walker gets mentioned a lot by clients I've worked with. Not everyone loves it but it's a good starting point.

If anyone has a good text on dissociation that isn't 600 pages I'd love to hear it.""",
        [],
    ),
    (
        "b7c-005",
        """**Closing the loop / takeaways**

Thanks everyone for the generous replies. Summary for anyone searching later:

1. Formulation: the panic attacks made more sense once we mapped them onto Clark's cognitive model of panic rather than treating them as purely situational.
2. Interoceptive exposure (spinning, straw breathing) was tolerable once framed as an experiment. PDSS dropped from 16 to 7 over ten sessions.
3. The colleague who suggested looking at the relationship with her flatmate was right - once Summer moved out, the avoidance loosened considerably.
4. Reading that helped me: Craske & Barlow's "Mastery of Your Anxiety and Panic" workbook; Hofmann's "Emotion in Therapy".
5. Supervision point: I'd been colluding with safety behaviours (sitting near the door, carrying water) without noticing.

Marking as resolved.""",
        [("Summer", "name")],
    ),
    (
        "b7c-006",
        """Sharing what worked for me with a very similar presentation - late twenties, chronic worry, high-achieving, lots of reassurance seeking.

Honestly the turning point was moving from trying to reduce the worry to changing her relationship with it. ACT defusion exercises ("I'm having the thought that...") and the Leaves on a Stream meditation did more in four sessions than the worry-time protocol had done in ten. GAD-7 went from 18 to 9.

She was also on sertraline 100 mg, which her GP had started in the autumn, so I can't claim all the credit!

The other thing: Christmas was a huge trigger (big family, lots of scrutiny about her career), so we did some values-based planning in early December. She chose to leave a day early and felt okay about it for the first time.

Reading: Harris, "ACT Made Simple"; Hayes, "A Liberated Mind". Both are lovely.

Good luck - sounds like you're already on the right track.""",
        [],
    ),
    (
        "b7c-007",
        """yeah i've had a few like this. quick q tho - you said in the OP that Tavita's cousin showed you the insta account (@moth.girl.04) where she'd been posting the cutting pics? if the school is already aware that might change things re: mandatory reporting vs a whanau-led response. Aotea College has a decent guidance team from what i hear but i'd check with your supervisor before contacting them directly.

what worked for me w/ a similar 15yo: doing the chain analysis on a whiteboard, super visual, and letting her draw the links. also the Fonofale model was really useful for framing wellbeing w/ her family - grounding it in something culturally meaningful rather than straight DBT speak.

fwiw she's in Porirua so Pasifika services might be closer than you think""",
        [
            ("Tavita", "name"),
            ("@moth.girl.04", "handle"),
            ("Aotea College", "organisation"),
            ("Porirua", "place"),
        ],
    ),
    (
        "b7c-008",
        """## Consultation request: chronic PTSD, stuck after 12 sessions of CPT

**Background:** Client is a man in his early forties, working in construction, living with his partner in a small town in the Midwest. Referred by his primary care provider after a panic episode at work. History of childhood physical abuse and a serious workplace accident several years ago.

**Assessment:** PCL-5 of 58 at intake; now 49. PHQ-9 of 15. AUDIT of 12 (hazardous range). Diagnosis F43.10 (PTSD). Billing as 90837.

**Treatment so far:** Twelve sessions of Cognitive Processing Therapy per Resick, Monson & Chard. He completed the impact statement and engaged with stuck points about safety, but the trust and intimacy modules have stalled. He says the worksheets feel "like homework for a kid".

**Questions:**
1. Is it worth switching to Prolonged Exposure, or is that just shifting the problem?
2. How do others work with the alcohol use alongside trauma work? Considering COPE or Seeking Safety.
3. Any thoughts on the "homework for a kid" comment - shame, literacy, something else?

Thanks in advance.""",
        [],
    ),
    (
        "b7c-009",
        """Replying to the OP's question about whether to liaise with the GP.

> He's asked me not to contact anyone, but his GP at Beechwood Surgery has been prescribing diazepam on repeat since 14/03 and I'm worried.

I think you have to weigh his autonomy against the risk here, and diazepam on repeat for months with his alcohol history is a genuine concern. I'd be honest with him about why you want to contact the surgery. In my experience men of his generation in the North often respond better to a straight "here's what I'm worried about" than to a lot of collaborative language.

One practical thing: the referral letter you pasted in your earlier post still had his NHS number (485 777 3456) and the LS6 postcode in the header - might be worth asking a mod to edit that.

On formulation, I found Padesky & Mooney's strengths-based CBT helpful for this sort of stuck, proud presentation. An AUDIT score would be good to get as well.""",
        [
            ("Beechwood Surgery", "organisation"),
            ("14/03", "date"),
            ("485 777 3456", "id_number"),
            ("LS6", "place"),
        ],
    ),
    (
        "b7c-010",
        """ugh yes, I've been here. couple quick thoughts:

- grace period on the homework maybe? some folks just don't do written stuff and that's fine. I switched a guy to voice memos on his phone and suddenly he was doing it every day
- faith stuff - you said he's quite religious, have you asked what church actually means to him? for some people it's the main support, for others it's the source of the shame. worth knowing which
- Will he do couples work? if the partner's on board that might open up more than individual

also totally agree w the earlier reply about MI. Miller & Rollnick all the way. and the DARN-CAT stuff is helpful for hearing change talk.

Hope that's not too scattered, on my lunch break lol. Summer schedule is killing me""",
        [],
    ),
    (
        "b7c-011",
        """Follow-up from me (OP). Several of you asked about the caregiving situation so here's more context.

Mrs Ferreira is now living with her mother, aged 94, in a two-bedroom in Fall River, and is doing essentially all of the personal care. Her brother Joaquim visits "when he feels like it" (her words). The crisis point was June 3rd, when her mother fell at 2am and she couldn't lift her - she described sitting on the bathroom floor with her for three hours before calling 911.

Taking on the suggestions:
- I've started using the Zarit Burden Interview; she scored 58.
- Looked into respite through the Area Agency on Aging - waitlist, of course.
- Reading Pauline Boss's "Loving Someone Who Has Dementia" on the recommendation of whoever posted it upthread. Ambiguous loss is exactly it.

Her PHQ-9 is 19 today. She denies active SI but says she "wouldn't mind not waking up." Going to do a fuller C-SSRS next week. Thoughts on how to hold the guilt about considering a care home?""",
        [
            ("Ferreira", "name"),
            ("aged 94", "age"),
            ("Fall River", "place"),
            ("Joaquim", "name"),
            ("June 3rd", "date"),
        ],
    ),
    (
        "b7c-012",
        """# Takeaways - adolescent school refusal thread

Thanks so much to everyone who contributed. Pulling together the main points for future readers:

## Formulation
- Not "laziness" or "defiance" - anxiety-driven avoidance reinforced by relief at home (Kearney's functional model was the consensus framework).
- Functions identified: avoidance of negative affect + pursuit of attention from a caregiver.

## What worked
- SCAS and the School Refusal Assessment Scale-Revised at intake and week 6.
- Graded return plan agreed with the school, starting with one period a day.
- Parent sessions using SPACE (Lebowitz) to reduce accommodation - this was the big one.
- Fluoxetine 10 mg started by the child psychiatrist in CAMHS after six weeks of limited progress.

## What didn't
- Purely individual CBT without parent involvement.
- Setting a return date before the Easter holidays - too much pressure.

## Reading
- Lebowitz, *Breaking Free of Child Anxiety and OCD*
- Heyne & Sauter on school refusal

Marking this thread as closed.""",
        [],
    ),
    (
        "b7c-013",
        """Okay so I'm going to gently push back on a couple of replies here. Calling it "gaming addiction" might close down the formulation too early.

From your OP: Jaxon told you his whole friend group is online, he plays under xXDarkRyuXx, and the only time he felt "normal" this year was during a tournament. That's social connection, not just compulsion. I'd be curious what's going on at Westlake High that makes the online world so much safer - you mentioned the incident on 2/17 with the older kids in the locker room and then nothing since.

What worked with my own case like this was bringing the game INTO session for a bit - letting him teach me. Huge rapport boost. Then we did a values card sort and looked at where gaming served him vs. cost him.

Reading: Kardefelt-Winther on problematic internet use as compensatory; Rachel Kowert's work on games and mental health is also good and accessible.""",
        [
            ("Jaxon", "name"),
            ("xXDarkRyuXx", "handle"),
            ("Westlake High", "organisation"),
            ("2/17", "date"),
        ],
    ),
    (
        "b7c-014",
        """Someone asked how I write up these sessions, so here's a (composite, de-identified) SOAP note for reference:

**S:** Client reports "a better week". Slept 6-7 hours most nights. One argument with partner on Friday which she managed by leaving the room and using paced breathing. Denies SI/HI.

**O:** Arrived on time, casually dressed, good eye contact. Affect brighter than last session, congruent. Speech normal rate. GAD-7: 11 (down from 14). PHQ-9: 8.

**A:** F41.1 generalized anxiety disorder, improving. Making use of DBT distress tolerance skills (TIPP, STOP). Sleep hygiene changes appear to be helping. Residual worry about work performance.

**P:** Continue weekly 53-min sessions (90837). Next session: introduce worry postponement and review sleep diary. Liaise with prescriber re: escitalopram 10 mg review next quarter.

Hope this helps! I keep the S short and put the detail in O and A.""",
        [],
    ),
    (
        "b7c-015",
        """Great thread. Adding a reply from an Irish context since a few of the suggestions assume US-style services.

Re the OP's client - Siobhán, from what you've written, is juggling night shifts at Dunnes Stores, the two kids, and a partner who's back drinking. And she's in Ballyfermot, which I know well; the local supports there are good but oversubscribed. Honestly, before any trauma processing I'd prioritise stabilisation (Herman's phase one) and practical stuff.

Small note - the letter you quoted had her PPS number (7654321WA) visible. I'd edit that out.

Formulation-wise, I'd lean on the compassion-focused model - Gilbert's three systems - because the self-criticism you describe ("I'm a useless mother") seems to be doing a lot of the work. Deborah Lee's "The Compassionate Mind Approach to Recovering from Trauma" is very readable for clients too.""",
        [
            ("Siobhán", "name"),
            ("Dunnes Stores", "organisation"),
            ("Ballyfermot", "place"),
            ("7654321WA", "id_number"),
        ],
    ),
    (
        "b7c-016",
        """> I can't work out why he keeps cancelling right after a good session.

This jumped out at me. I wonder if the good sessions are the problem - closeness activating something he then needs to manage by withdrawing. A quick 5 Ps formulation (Dudley & Kuyken style) might help:

- **Presenting:** low mood, cancellations, self-criticism
- **Predisposing:** emotionally unavailable caregiving; early message that needing people is weak
- **Precipitating:** redundancy last spring
- **Perpetuating:** avoidance, withdrawal after vulnerability, rumination
- **Protective:** keeps coming back; dry humour; a sibling he trusts

If that fits, naming the pattern gently ("I noticed last time we talked about something important, and then the next week was hard to come to") can be really powerful. Safran & Muran's work on ruptures is the go-to; they'd call this a withdrawal rupture.

Also Beck's cognitive conceptualisation diagram is nice if you want something more structured. Good luck!""",
        [],
    ),
    (
        "b7c-017",
        """Thank you all for your thoughtful responses. As the original poster, I would like to provide a brief follow-up.

Following the advice to clarify the timeline, I reviewed the intake file. Mr. Mathieu Gagnon was first seen on 2023-11-02 after a referral from his family physician in Kanata. His OHIP card (4532-281-964-KT) had lapsed during his move from Quebec, which partly explains the gap in care. He works as a correctional officer at Joyceville Institution, and the critical incident he described occurred there.

With that context, I agree with those who suggested a moral injury lens rather than a purely fear-based PTSD formulation. His PCL-5 was 52, but the content of his intrusions is predominantly guilt and betrayal. I have ordered Litz et al.'s "Adaptive Disclosure" and will consult with my supervisor regarding its fit.

I will post a closing summary once we have completed the assessment phase.""",
        [
            ("Mathieu Gagnon", "name"),
            ("2023-11-02", "date"),
            ("Kanata", "place"),
            ("4532-281-964-KT", "id_number"),
            ("Joyceville Institution", "organisation"),
        ],
    ),
    (
        "b7c-018",
        """G'day - replying from a rural practice in regional Queensland, so take my suggestions with that lens.

What you're describing (farmer, mid-fifties, drought, won't talk to anyone, K10 of 32) is bread and butter out here. Things I've found useful:

- Meeting people where they are. Literally - I've done sessions in a ute. Walk-and-talk works too.
- Don't lead with "depression". "Stress", "running on empty", "the pressure" get far more traction.
- Make sure the safety plan includes Lifeline 13 11 14 and the Suicide Call Back Service, and that the GP is across it. Firearms access needs to be discussed - respectfully.
- Behavioural activation can be adapted really well to farm routines. Martell's guide is good.

We had a lot of success with a Better Access mental health treatment plan followed by an informal men's group at the local show grounds.

Once rapport's there, Anzac Day or the footy can be a way into talking about mates and loss. Don't underestimate it.""",
        [],
    ),
    (
        "b7c-019",
        """Reply to the OP and to the person who asked about the custody evaluation.

I'd be really cautious here. You're the treating therapist, not the evaluator, and from what you've posted (the court case number 2022-DR-004187 was in the screenshot, btw) it sounds like mom's attorney is hoping you'll write something that reads like a recommendation. Don't. Stick to treatment facts.

Clinically - the kiddo's regression (bedwetting, clinginess) after the Sunday handoffs at the Cicero police station is pretty textbook for a loyalty conflict. Rosa (the 7yo) saying "I'm not allowed to love daddy's house" is heartbreaking and important. I'd use child-centered play therapy and keep the room very neutral.

Reading: Garber on loyalty binds; the AFCC guidelines on the role of the treating therapist. Also the APA Guidelines for Child Custody Evaluations so you know what line NOT to cross.""",
        [("2022-DR-004187", "id_number"), ("Cicero", "place"), ("Rosa", "name")],
    ),
    (
        "b7c-020",
        """Here's the DAP note I mentioned in my earlier reply (composite, details changed):

D - Client attended session 9 of 16. Reported increased conflict with teenage son over curfew; two nights of poor sleep. Completed thought records as homework on three of seven days. Stated "I know it's not rational but I still feel like a failure." PHQ-9 today 12.

A - Partial engagement with CBT homework. Core belief "I am inadequate" remains active, especially in the parenting role. Some evidence of improved emotion regulation compared to session 4. No current risk indicators; C-SSRS screener negative.

P - Introduce positive data log (Padesky) targeting the core belief. Consider a joint session with son drawing on Triple P principles, if client agrees. Review progress at the session 12 midpoint. Continue monthly check-in with supervisor.

In terms of style I try to keep "D" purely descriptive and save any interpretation for "A".""",
        [],
    ),
    (
        "b7c-021",
        """Following up on my own thread since people asked how the couples session went.

It went... okay? Will came, which was itself a win. He works long shifts at Intel and has been sleeping in the car in the Beaverton lot some nights rather than come home, which he disclosed for the first time. She had no idea. Lots of tears.

The tip from upthread to slow the process and use an EFT-style reflection of the cycle ("when you pull away, she protests louder, and then you pull away more") really landed. I drew the cycle on paper for them.

Admin blunder: I left his cell, (503) 555-0147, in the shared intake form I linked above. Mods, could you please remove that post?

Next steps: individual sessions with each, then back to conjoint. Planning to screen for IPV separately per the usual protocol before going deeper.""",
        [
            ("Will", "name"),
            ("Intel", "organisation"),
            ("Beaverton", "place"),
            ("(503) 555-0147", "phone"),
        ],
    ),
    (
        "b7c-022",
        """lol the "does EMDR actually work or is it just exposure with extra steps" debate again 😅

ok my two cents: yes the eye movements are probably not doing the heavy lifting (see the dismantling studies - Lee & Cuijpers' meta-analysis is more nuanced than people think). BUT the protocol gives structure that a lot of therapists and clients find easier than PE. Shapiro's 8 phases, the resource installation, the cognitive interweave - it's a decent package.

For the client you described, honestly I'd try it. Single incident trauma, good ego strength, SUDs dropping in phase 4 already. Just don't skip prep.

Also someone mentioned the Safe and Sound Protocol earlier and I'm gonna be the wet blanket and say the evidence there is thin. Polyvagal stuff is fine as a metaphor but I wouldn't bill for it as a trauma treatment 🙃

Anyway. Good thread. Love this site on a Monday night.""",
        [],
    ),
    (
        "b7c-023",
        """OP here with the promised takeaways.

**Context recap:** Oksana (born 22.07.1991) came to Australia in 2022 after the invasion and is working casual shifts at Woolworths while her husband remains in Ukraine. Lives in a share house in Marrickville 2204.

**What helped:**
- Reframing from "PTSD treatment" to "ongoing stress" - she's not post-anything, the threat is continuing. Thanks to whoever linked the continuous traumatic stress literature (Eagle & Kaminer).
- Problem Management Plus (WHO) as a scaffold; she liked the structure.
- Working with an interpreter for the first few sessions even though her English is decent - emotional content came much more easily in Ukrainian/Russian.

**What didn't:**
- Imaginal exposure. Far too early and arguably not indicated.

**Reading:** Silove's ADAPT model is the framework I wish I'd started with.

K10 went from 36 to 27 over 12 sessions. Not resolved but much more contained.""",
        [
            ("Oksana", "name"),
            ("22.07.1991", "date"),
            ("Woolworths", "organisation"),
            ("Marrickville 2204", "place"),
        ],
    ),
    (
        "b7c-024",
        """I'd like to offer a somewhat different reading from the CBT-oriented replies above.

From an object relations perspective, the splitting you describe - colleagues and supervisors experienced as either "brilliant" or "toxic", with rapid oscillation - is reminiscent of what Klein called the paranoid-schizoid position, and what Kernberg later elaborated as borderline personality organisation. The countertransference you mention (feeling alternately adored and useless) is data, not a failure on your part.

Transference-Focused Psychotherapy (Yeomans, Clarkin & Kernberg) offers a structured way to work with this, including a clear treatment contract. Winnicott's "Hate in the Counter-Transference" (1949) is also worth re-reading; it gives permission to notice difficult feelings without acting on them.

Practically, I would want to know more about her early history and about what happens in the room when you are late or take a break. Holidays - Easter, the summer break - are often when this material becomes most visible.

I offer this tentatively and am happy to be challenged.""",
        [],
    ),
    (
        "b7c-025",
        """This is such a hard one and I really feel for you. Grief after a suicide is its own thing - the "why" questions don't ever fully resolve and I think part of our job is helping people live alongside them rather than answer them.

A couple of thoughts:
- Jordan & McIntosh, "Grief After Suicide", is the best clinical text I know.
- Consider a survivors of suicide loss group; many people find the peer element does something individual therapy can't.
- The anger at the family for setting up the fundraiser page (you linked it - gofundme.com/f/in-loving-memory-of-tomas-r - might want to remove that) makes sense to me as a protest against the public story of his death. I wouldn't rush to soften it.

Worden's tasks of mourning can be a gentle structure if she wants one. And watch the anniversary reaction - it often hits harder than people expect.""",
        [("gofundme.com/f/in-loving-memory-of-tomas-r", "url")],
    ),
    (
        "b7c-026",
        """Some reading I've found useful for prolonged grief, since the OP asked:

- Worden, *Grief Counseling and Grief Therapy* - the four tasks; practical.
- Shear's Prolonged Grief Disorder Therapy (PGDT) - the most evidence-based option; the ICD-11 code is 6B42 and DSM-5-TR now includes it too (F43.81).
- Boss, *Ambiguous Loss* - essential for missing persons, dementia, estrangement.
- Neimeyer on meaning reconstruction.
- Stroebe & Schut's dual process model - I draw it for clients all the time.

Measures: the PG-13-R is short; the Inventory of Complicated Grief is longer but well validated.

One clinical note: be wary of Kübler-Ross's stages as a prescriptive map. Clients sometimes feel they're "doing it wrong" if they don't move through them in order.

And anniversaries, Mother's Day, Father's Day and birthdays tend to be the flashpoints. Planning ahead for them made a real difference with my last couple of clients.""",
        [],
    ),
    (
        "b7c-027",
        """Long-time lurker, first reply. I'm a former Army social worker so this one's close to home.

> He goes by Bubba with everyone except me. Served with the 101st Airborne, two deployments, back home in Tulsa since Veterans Day 2019. Only thing he talks about with warmth is his dog, Biscuit.

The dog thing is a big deal - I'd lean into it. Ask him to bring the dog if your setting allows. For some vets the animal is the only safe attachment figure and it can be a bridge into talking about the relationships that feel too dangerous.

On formulation I'd look at moral injury as well as classic PTSD - Shay's "Achilles in Vietnam" is old but still the best thing written about it. Prolonged Exposure and CPT both have strong evidence, but dropout is high if you go in before there's trust.

Also - check he's linked in with the VA and knows about the Veterans Crisis Line (988 then press 1).""",
        [
            ("Bubba", "name"),
            ("101st Airborne", "organisation"),
            ("Tulsa", "place"),
            ("Veterans Day 2019", "date"),
            ("Biscuit", "name"),
        ],
    ),
    (
        "b7c-028",
        """Responding to the "where do I even start" question about the couple with the affair disclosure.

First - triage. Is anyone at risk (screen for IPV separately, as always)? Is the affair actually over? Gottman's Atone-Attune-Attach model is pretty explicit that you can't do repair work while it's ongoing.

Once that's established, I've had good results blending the Gottman Method with Sue Johnson's EFT. The Sound Relationship House gives structure; EFT's focus on the underlying attachment injury gives depth. Johnson's "Hold Me Tight" is great for couples to read between sessions.

Watch for the four horsemen - contempt especially. If you're seeing eye-rolling and sarcasm already, name it early.

Also: Shirley Glass's "Not Just Friends" is the best thing I've read on affairs. Esther Perel's "The State of Affairs" is provocative and some couples love it, some hate it.

Good luck. These are hard but often the most rewarding couples cases.""",
        [],
    ),
    (
        "b7c-029",
        """Sorry, late to this thread. Responding to the OP's question about the transition from inpatient.

Kwame's situation (discharged from Rowan Ward at the Homerton on Boxing Day 2022, with the MRN RV5-00938271 on the letter you quoted) is, honestly, a setup for readmission - nobody should be discharged over a bank holiday without a plan. I'd raise that with the CMHT.

The formulation you're building sounds right to me: first-episode psychosis in the context of cannabis use and a very lonely first year at university. I'd add racial trauma explicitly - the evidence on Black men's pathways into care via the police and sectioning is stark and he'll know it. Fernando's "Institutional Racism in Psychiatry and Clinical Psychology" is worth a read.

Practically: CBTp (Morrison's approach) and family intervention have the best evidence. The early intervention team should be offering both.""",
        [
            ("Kwame", "name"),
            ("Rowan Ward", "place"),
            ("Homerton", "organisation"),
            ("Boxing Day 2022", "date"),
            ("RV5-00938271", "id_number"),
        ],
    ),
    (
        "b7c-030",
        """Thanks to everyone who replied to my perinatal question last week. A few of you asked for a summary, so:

**Presentation recap:** first-time mum, baby now 4 months, intrusive harm thoughts, EPDS of 14 with item 10 scored 0. Very frightened she'd "be reported".

**Consensus from replies:**
- These are very likely perinatal OCD-type intrusions (ego-dystonic, with avoidance), not risk indicators. Psychoeducation alone brought enormous relief. Challacombe's work was recommended by three people.
- Screen carefully anyway - one reply made a good point that we shouldn't skip a proper risk assessment just because the pattern looks familiar.
- Sertraline is generally considered compatible with breastfeeding; her GP started 50 mg.
- For the bonding worries, Circle of Security Parenting and a bit of Tronick's still-face research helped her see that repair matters more than perfection.

Postpartum Support International's helpline was also mentioned as a useful resource.

She's doing much better. Really appreciate this community.""",
        [],
    ),
    (
        "b7c-031",
        """Ok so I'm the OP, quick update before I forget everything from supervision.

Supervisor's take: the stalking by the ex is the primary issue and I was treating it as if it were anxiety. He's been emailing her from moonlitharbour88@outlook.com (a new account each time she blocks one) and showing up outside the yoga studio where she teaches, Shakti Flow on Hawthorne Ave. She made a police report on 11 January.

So the plan now:
- risk assessment using the DASH checklist
- safety planning focused on the real-world threat, not cognitive restructuring of "catastrophic" thoughts (they're not catastrophic, they're accurate!)
- linking her with a domestic violence advocate

Thank you to the two people who gently pointed this out. I was embarrassed but you were right. Reading Evan Stark's "Coercive Control" now.""",
        [
            ("moonlitharbour88@outlook.com", "email"),
            ("Shakti Flow", "organisation"),
            ("Hawthorne Ave", "place"),
            ("11 January", "date"),
        ],
    ),
    (
        "b7c-032",
        """Seconding the ERP recommendations above, and adding a few practical bits.

Y-BOCS of 28 is firmly in the severe range, so I'd want her prescriber involved. Fluvoxamine or a higher-dose SSRI (e.g. fluoxetine 60 mg) are both reasonable; clomipramine if those fail.

For the contamination symptoms, Foa's protocol (the "Exposure and Response (Ritual) Prevention for Obsessive-Compulsive Disorder" therapist guide) is still the gold standard. Start the hierarchy somewhere she rates around SUDS 40, not lower - too easy and it doesn't teach much. Craske's inhibitory learning approach suggests varying the exposures rather than repeating the same one until habituation.

Family accommodation is a big maintaining factor. The FAS (Family Accommodation Scale) is quick. Thanksgiving was apparently a nightmare for her household last year, so planning ahead for the holidays could be a good exposure target in itself.

Abramowitz's "Getting Over OCD" is a great book to give clients.""",
        [],
    ),
    (
        "b7c-033",
        """Re your question about whether her fears are paranoid:

> She's convinced Deshawn is reading her messages. She showed me her account's login history and there's an IP, 73.162.44.19, she doesn't recognize, accessed Sept. 8.

That's not paranoia, that's evidence. Tech-facilitated abuse is really common and clinicians often miss it. I'd pause the CBT-for-psychosis framing entirely until this is ruled out. Point her to a tech safety resource (the NNEDV Safety Net project has good guides) and suggest she do a device check with an advocate, not alone, since changing passwords can escalate things.

Also, she mentioned the shelter in Decatur had a waiting list - some DV programs have a tech safety specialist on staff, worth asking.

Formulation: hypervigilance here is adaptive. We should validate before we do anything else.""",
        [("Deshawn", "name"), ("73.162.44.19", "ip"), ("Sept. 8", "date"), ("Decatur", "place")],
    ),
    (
        "b7c-034",
        """**Thread summary - 14yo with escalating self-harm**

OP here. I said I'd write up the takeaways, so here goes.

1. **Risk:** used the C-SSRS at every session for the first month; ASQ as the brief screen in between. Made sure the family had 988 and knew to go to the ED if needed.
2. **Model:** DBT-A (Miller, Rathus & Linehan) was the consensus. We couldn't offer the full multifamily skills group, so I used a modified version with parent sessions fortnightly.
3. **What actually helped:** chain analysis done collaboratively; TIPP skills (especially the cold water) as an alternative to cutting; validation coaching for parents (Fruzzetti's work).
4. **What I'd do differently:** involve the school counselor sooner, with consent.
5. **Reading:** Rathus & Miller, "DBT Skills Manual for Adolescents"; Nock on the functions of NSSI.

Self-harm frequency went from near-daily to twice in the last month. Still a long way to go, but moving.""",
        [],
    ),
    (
        "b7c-035",
        """Thanks for posting this, it's a really common presentation in my uni counselling work.

One thing I noticed in your OP: you included that Lan is studying at RMIT and her student number (s3418827) from the special consideration form. Might be worth editing, the forum is de-identified for a reason!

On the substance: academic perfectionism layered on top of a family migration story is something I see constantly. Her parents run a bakery in Footscray and she's the first in the family at uni - the pressure isn't just internal. I'd be cautious with straight CBT-for-perfectionism (Shafran, Egan & Wade is still a great manual though) and make room for the cultural meaning of filial duty.

What's worked for me: externalising the perfectionism narrative-style, and a values exercise that explicitly includes family values rather than setting them against "her own" ones.""",
        [
            ("Lan", "name"),
            ("RMIT", "organisation"),
            ("s3418827", "id_number"),
            ("Footscray", "place"),
        ],
    ),
    (
        "b7c-036",
        """I work mostly with older adults so a few thoughts on the caregiver question.

Her father being 87 with a MoCA of 22 and still driving - that's the immediate safety issue, and it's often the thing families avoid longest. Framing it around his dignity ("what would he want if he could see this clearly?") tends to go better than risk statistics.

For her, I'd think about ambiguous loss (Pauline Boss again!) and anticipatory grief. The REACH II intervention has good evidence for caregiver burden, and the Savvy Caregiver programme is practical. The Zarit is the usual measure.

Meds-wise he's apparently on donepezil 10 mg; worth checking whether the vivid dreams and sleep disruption she describes are side effects rather than progression.

On therapeutic stance - Yalom's idea of "fellow travellers" really fits these cases. We're all heading the same way eventually, and caregivers often find it a relief to talk about mortality openly.

Good luck. Sounds like she's lucky to have you.""",
        [],
    ),
    (
        "b7c-037",
        """OP again. Closing summary as promised.

Gareth, for those who didn't follow the whole thread, was referred after the road traffic collision near Port Talbot. He's been off work from Tata Steel since. The insurance assessor kept ringing him and referring to "the vehicle, KX19 FHD" in every call, which was itself triggering - we worked on that directly.

Takeaways:
1. Trauma-focused CBT with a strong reliving component worked well once we'd done some grounding. IES-R came down from 51 to 22.
2. Driving exposure hierarchy - started as a passenger on quiet roads around Swansea, now driving himself to sessions.
3. The compensation claim is a real maintaining factor (not malingering - it just keeps him in the "victim" story). Worth naming.
4. Ehlers & Clark's model was the best fit. Thanks to whoever recommended the OxCADAT resources.

Discharged after 16 sessions.""",
        [
            ("Gareth", "name"),
            ("Port Talbot", "place"),
            ("Tata Steel", "organisation"),
            ("KX19 FHD", "id_number"),
            ("Swansea", "place"),
        ],
    ),
    (
        "b7c-038",
        """Really appreciate you bringing this here. Before anyone offers a formulation, can I ask a few questions?

- When you say she "shuts down", what does that look like in the room? Glazed, slumped, going quiet, leaving?
- What's happening in your body when it happens? Siegel's window of tolerance is helpful but I find the therapist's window matters just as much.
- Has she ever been assessed for dissociation? The DES-II is quick; the MID is more thorough.
- Is there anything about the timing - time of day, after certain topics, near breaks?

I ask because the reply suggesting more exposure might be premature if we're looking at hypoarousal rather than avoidance.

Rogers would probably say just stay with her, and honestly that might be the right call. Yalom's "here-and-now" focus could also be a gentle way to bring the shutdown into shared attention without pushing.

Looking forward to hearing more.""",
        [],
    ),
    (
        "b7c-039",
        """Replying to the billing sub-question since nobody else has yet.

From what you posted: Ingrid Solberg, member ID XWB448201937, and you've been billing 90837 but the EOBs from 4/22/23 onward are coming back denied for "medical necessity". That usually means they want updated documentation - GAF isn't used anymore, so send a treatment summary with the PHQ-9 and GAD-7 trends plus functional impairment (she's been on leave from Essentia Health since spring, right? that's strong evidence of impairment).

Also, please edit the OP - full name plus member ID is a lot to have on a forum, even a closed one.

On the clinical side I agree with the folks saying the ruminative loop looks more like MDD with anxious distress than GAD. Rumination-focused CBT (Watkins) might fit better than worry exposure. She's in Duluth? A seasonal pattern is also worth screening for given the winters there.""",
        [
            ("Ingrid Solberg", "name"),
            ("XWB448201937", "id_number"),
            ("4/22/23", "date"),
            ("Essentia Health", "organisation"),
            ("Duluth", "place"),
        ],
    ),
    (
        "b7c-040",
        """## Closing summary: adult anorexia, outpatient

A huge thank you to everyone who weighed in. For anyone who finds this later:

**Formulation:** Fairburn's transdiagnostic model fit well - over-evaluation of shape and weight as the core, with perfectionism and low self-esteem as additional maintaining modules (CBT-E "broad" version).

**Measures:** EDE-Q global 4.1 at intake, 2.6 at session 20. Weight tracked weekly, weighed together in session (open weighing was a sticking point initially but became a turning point).

**Medical:** bloods monitored by GP; MEED guidance (formerly MARSIPAN) used for risk thresholds.

**Alternatives raised:** MANTRA (Schmidt & Treasure) for those who don't engage with CBT-E; SSCM. For younger clients, FBT (Lock & Le Grange) / the Maudsley approach.

**Reading:** Fairburn, "Cognitive Behavior Therapy and Eating Disorders"; Waller et al., "Cognitive-Behavioral Therapy for Eating Disorders: A Comprehensive Treatment Guide".

**Reflection:** I underestimated how much the festive season and family meals would matter. Next time I'll plan for them from the start.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind7c"}
        for i, t, items in DOCS
    ]
