"""Blind batch b15a, written by a helper session without sight of the guard. Forty whole
consultation threads pasted as one document: an opening post plus two to five replies from
clinicians in the US, UK, Ireland, Canada, Australia and New Zealand, on trauma, grief,
psychosis, personality, substance use, perinatal and couples work. Replies recommend books,
authors, trainings, podcasts, apps, charities and national helplines (with their numbers) and
argue about models (CPT vs EMDR vs WET, DBT vs MBT vs GPM, PTMF vs diagnosis, Gottman vs EFT,
harm reduction vs abstinence). Twenty threads let slip client names (including ordinary-word
and lower-case names and an initial with a surname), suburbs, towns, streets, an Eircode,
employers, schools, hospitals, clubs, a military unit, dates (including holidays with a
year), ages over 89, phone numbers, an email, a URL, an IP address, social handles and
NHS/NHI/PHN/ACC/Medicaid/court numbers. The twenty clean threads are dense with look-alikes:
cited theorists, book and podcast titles, instrument scores, CPT/MBS/ICD codes, medication
doses, states, provinces and regions, weekdays, months, holidays without a year, an
89-year-old, and national services such as 988, Samaritans 116 123, Lifeline 13 11 14,
1800RESPECT, PANDA, Pieta, Kids Help Phone and the Alcohol Drug Helpline.

First-sight figures, with the guard at 9bda23e: span recall 0.964, precision 0.671, identifier
documents fully caught 0.800, clean documents flagged 0.450 (the guard at 5d372b1, where this
session started: 0.955, 0.565, 0.800, 0.700).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b15a-001",
        """**Consult: stuck in CPT with a combat vet. Moral injury or fear-based PTSD?**

LPC, Ohio. 38-year-old Marine veteran, two deployments, PCL-5 58 at intake, 49 after 9 sessions of CPT. He does every worksheet, but the stuck points are all about what he *did*, not what was done to him. Index event is a checkpoint shooting; he believes he "killed a kid's dad for nothing." Assimilated guilt isn't budging with Socratic questioning. He says the facts are the facts.

Context: married, his wife Dana is supportive but exhausted. He was with 3rd Battalion, 5th Marines, and the anniversary (November 9th) is coming up, which is when he drank heavily last year. Works nights at the Honda plant in Marysville. No current SI, has a safety plan, knows 988 press 1.

Has anyone moved a client like this from CPT into something more moral-injury focused? Is this a failure of CPT or of me?

---

**Reply (psychologist, VA-trained, Virginia):** Not a failure. CPT handles moral injury better than people think, but you may need to stop challenging and start contextualising: hindsight bias, what he knew at the time, what options actually existed. Look at Litz et al., *Adaptive Disclosure*; the imaginal conversation with a benevolent moral authority is powerful. Shay's *Achilles in Vietnam* is for you, not him.

**Reply (LCSW, Texas):** I'd push back a little. Twelve sessions of a manualised protocol isn't the finish line. Written Exposure Therapy (Sloan & Marx) is five sessions and he may tolerate it better than more worksheets. I give guys Hoge's *Once a Warrior, Always a Warrior* and the PTSD Coach app for anniversary periods.

**Reply (counselor, Kentucky):** Gently, a different view: some of this guilt might be *accurate* moral pain, and trying to cognitively restructure it away can feel invalidating. Self-forgiveness and amends work (Worthington's REACH) or a chaplain who understands moral injury can sit alongside the therapy.

**OP:** Thank you all. His psychiatrist at the Dayton VA, Dr. Renata Vasquez, is on board with a switch, so I'll pilot Adaptive Disclosure elements for four sessions and reassess with the PCL-5.""",
        [
            ("Dana", "name"),
            ("3rd Battalion, 5th Marines", "organisation"),
            ("November 9th", "date"),
            ("Honda", "organisation"),
            ("Marysville", "place"),
            ("Dayton VA", "organisation"),
            ("Renata Vasquez", "name"),
        ],
    ),
    (
        "b15a-002",
        """**Sibling suicide, 8 months on: PGD, or just grief?**

Counselling psychologist, Scotland. Client is a woman in her late twenties whose younger brother died by suicide last spring. She's working (part-time, healthcare) but describes "living in the night he died": intrusive images of finding him, searching online for method details, intense guilt about a missed call. CORE-10 of 26. She keeps asking whether she "has" prolonged grief disorder because she read about ICD-11 6B42.

Eight months is short of the DSM-5-TR twelve-month threshold and I'm wary of pathologising, but the trauma component looks real. Where would you start?

> **Reply, bereavement counsellor, north of England**
> Hold the diagnosis loosely and name the traumatic element. Suicide bereavement often needs trauma work before grief work can move; Worden covers this in *Grief Counselling and Grief Therapy*. Point her to SOBS (Survivors of Bereavement by Suicide) and the *Help is at Hand* booklet. Peers who've been there matter enormously.

> **Reply, clinical psychologist, Wales**
> Shear's Complicated Grief Treatment has decent trial evidence and handles guilt through imaginal conversations with the deceased. I'd also use Stroebe & Schut's Dual Process Model to give her permission to oscillate. Lots of my clients think a "restoration" day means they've forgotten.

> **Reply, counsellor, Highlands**
> Pushback on the PGD angst: I find the label helps some people feel less mad. Either way, the online searching is a risk marker, not just rumination. Proper risk review, safety plan, Breathing Space (0800 83 85 87), Samaritans 116 123. Julia Samuel's *Grief Works* and the *Griefcast* podcast (Cariad Lloyd) land well with people her age.

> **OP**
> Thank you. Full risk review on Thursday, Shear's structure after that, and the SOBS leaflet is already printed. I'll stop worrying about the label for now.""",
        [],
    ),
    (
        "b15a-003",
        """**FEP, 19, university student. Family want her home, she wants back into res.**

Registered psychotherapist, Ontario. Referred by the early psychosis intervention program for adjunct CBTp. She's 19, second year at McMaster, first episode in the fall: persecutory beliefs that her roommate Kenzie was "implanting" thoughts through the shared wifi, plus commenting voices. Now on aripiprazole 10 mg, positive symptoms much quieter, PSYRATS delusions subscale down from 19 to 8. Parents moved her back to Stoney Creek and want her to take the year off; she is desperate to return in January.

One wrinkle: she still posts long threads on her Instagram (@lunar.moth.kay) about "gangstalking," and her dad screenshots them and emails them to me. Not sure whether to address that or treat it as a boundary issue.

---
**Reply, psychiatrist, BC:** Relapse risk in year one is high, especially with sleep disruption and cannabis, which is everywhere in residence. Don't frame it as home vs res; frame it as a graded return with a written relapse signature. Kingdon & Turkington's *Cognitive Therapy of Schizophrenia* has good relapse-prevention material. Keep her on the EPI caseload for the full term.

**Reply, social worker, Manitoba:** On the screenshots: talk *with* her, not about her, and ask the family to stop forwarding. Family psychoeducation (NAMI Family-to-Family, or the CMHA family programs) can give dad somewhere to put that anxiety. Amador's *I Am Not Sick, I Don't Need Help* is written for families, and LEAP works even when insight is partial.

**Reply, psychologist, Québec:** Contrarian note. Young people often do better when they get back to what gives them an identity. Open Dialogue (Seikkula) would say bring everyone into the room, her, parents, a friend, and let the decision emerge there. Your EPI team may not love it.

**OP:** Network meeting booked for next week. And I'll stop reading the screenshots.""",
        [
            ("McMaster", "organisation"),
            ("Kenzie", "name"),
            ("Stoney Creek", "place"),
            ("@lunar.moth.kay", "handle"),
        ],
    ),
    (
        "b15a-004",
        """**DBT waitlist is 9 months. What do I do with a BPD presentation in the meantime?**

Clinical psych, regional Victoria. 23-year-old woman, recurrent self-harm (cutting, one overdose last year), chronic emptiness, intense fear of abandonment. K10 of 38. BPD diagnosis from a private psychiatrist after a brief assessment; she's ambivalent about the label. The only comprehensive DBT program within reach has a long waitlist and I'm on Better Access (item 80010) with 10 sessions a year. My DBT training is a two-day PESI workshop.

What can I realistically do in 10 sessions that isn't harmful?

**Re: psychologist, NSW**
Good Psychiatric Management (Gunderson) was basically built for this: generalist clinicians, pragmatic, psychoeducation about the diagnosis up front. Project Air Strategy has free guidelines and a brief intervention model that fits Medicare session limits. For her, Chapman & Gratz, *The Borderline Personality Disorder Survival Guide*.

**Re: mental health OT, WA**
Skills-only is fine as a bridge. Linehan's *DBT Skills Training Handouts and Worksheets*; pick distress tolerance (TIPP, STOP) and a bit of emotion regulation. Calm Harm is a free app for urges. Crisis plan with Lifeline 13 11 14 and the Suicide Call Back Service 1300 659 467.

**Re: psychologist, Queensland**
I'll be the dissenting voice. MBT (Bateman & Fonagy) travels better than DBT outside a team because it's a stance more than a set of modules. In 10 sessions you can model curiosity about mental states, which cuts down iatrogenic stuff like over-validating or chasing crises. Also ask her GP about a review of the Mental Health Treatment Plan.

**Re: OP**
Thanks all. GPM structure plus a handful of DBT skills, and I'll read the Project Air brief intervention manual over the weekend.""",
        [],
    ),
    (
        "b15a-005",
        """**Alcohol, farmer in his 50s, wife wants him "sent away" again**

Counsellor/psychotherapist (IACP), west of Ireland. Man in his early fifties, dairy farmer, roughly 60 to 70 units a week, mostly at home at night. AUDIT 27. He did six weeks in Cuan Mhuire in 2019 and stayed dry about 14 months. Relapse crept in around calving; the big blow-up was St Stephen's Day 2023 when he put the jeep in the ditch outside Tuam. His wife, Bríd, rang me afterwards and wants residential again. He's adamant he can "cut down," and won't go near AA because "everyone in the parish would know."

Is controlled drinking a realistic goal, or am I colluding?

---
*Reply, addiction counsellor, Leinster:* Not colluding if you're honest about the numbers. MI (Miller & Rollnick, 3rd ed.) says meet him where he is, and a time-limited moderation trial with agreed markers can build the discrepancy for you. But at that level check withdrawal risk; a GP-supervised detox may be needed whatever the goal.

*Reply, psychologist, Northern Ireland:* Support Bríd in her own right. CRAFT has the best evidence for getting a reluctant partner into treatment, and *Beyond Addiction* (Foote, Wilkens & Kosanke) is very readable. Al-Anon has online meetings if the parish problem applies to her too.

*Reply, GP, Munster:* Ask his GP about naltrexone or acamprosate. Hugely underused in rural practice. The HSE Drugs and Alcohol Helpline (1800 459 459) is anonymous, which might suit his privacy worries, and askaboutalcohol.ie has a drinks calculator he could use privately.

*Reply, OP:* Good point re detox. He's agreed to bloods on Tuesday and Bríd is going to try an online Al-Anon meeting.""",
        [
            ("Cuan Mhuire", "organisation"),
            ("St Stephen's Day 2023", "date"),
            ("Tuam", "place"),
            ("Bríd", "name"),
        ],
    ),
    (
        "b15a-006",
        """**Intrusive harm thoughts at 7 weeks postpartum: ERP or just reassurance?**

Psychologist, Waikato. First-time mum, 31, baby 7 weeks. Horrific intrusive images of dropping him down the stairs; now avoiding carrying him near stairs and bathing him only when her partner is home. EPDS 16, item 10 scored 0. Clearly ego-dystonic, no psychotic features, no bipolar history. The midwife handed over to Plunket last week and the Plunket nurse was (understandably) alarmed, which frightened her more.

I want ERP-informed work, but she's exhausted and I'm wary of exposures with a newborn.

— **Reply, clinical psychologist, Canterbury:** The most therapeutic thing in session one is psychoeducation: unwanted infant-related harm thoughts are near-universal in new parents (Fairbrother & Woody) and don't predict harm. Karen Kleiman's *Good Moms Have Scary Thoughts* is illustrated and short enough for a sleep-deprived brain.

— **Reply, perinatal psychiatrist, North Island:** Agree. If meds come up, sertraline is the usual first choice in breastfeeding, start 25 mg, titrate to 50 to 100 mg. LactMed is my reference. Keep the maternal mental health service in the loop if things escalate.

— **Reply, counsellor, Otago:** ERP can be gentle: stairs with baby in the carrier and partner nearby, bathing with a timer, all chosen by her. I'd also think in Te Whare Tapa Whā terms; taha tinana is wrecked by sleep loss, and whānau could be mobilised for night feeds. PADA has a directory of perinatal peer support and Mothers Helpers runs a free online course.

— **Reply, OP:** Thank you. The Plunket nurse and I talked on Monday and she's on the same page now. Gave mum 1737 and Lifeline Aotearoa (0800 543 354) for the long nights.""",
        [],
    ),
    (
        "b15a-007",
        """**Affair recovery: he wants to "move on," she found out 5 weeks ago**

LMFT, Texas. Couple in their 40s, married 17 years, three kids. She found texts on 3/14 between him and a coworker, Brittany, who works with him at Cornerstone Community Church, where he's youth pastor. Emotional and physical affair, about eight months. He says he's ended it, but he still sees her at staff meetings and she called their landline twice last week from 512-555-0148. He wants "one session on the past and then focus on the future."

Gottman (Atone-Attune-Attach) or EFT first? And what do I do with the ongoing contact?

---

**Reply, psychologist, Colorado:** Ongoing contact is the first clinical target, not the model. Shirley Glass (*Not "Just Friends"*) is clear that walls and windows have to be rebuilt, which usually means no contact and full transparency. Working at the same place is a structural problem they have to face.

**Reply, LMFT, California:** Gottman's atonement phase is where I'd start. The hurt partner needs to ask questions and get answers, repeatedly, and he has to tolerate it. Janis Abrahms Spring's *After the Affair* for both. Esther Perel's *The State of Affairs* for you, though some betrayed partners find her too sympathetic to the unfaithful spouse.

**Reply, LPC, Georgia:** Respectfully, EFT (Sue Johnson) works better when he's this avoidant. "Moving on" is an attachment-injury block. The Attachment Injury Resolution Model is laid out in *Hold Me Tight*, and ICEEFT lists externships if you want the training.

**Reply, OP:** Helpful. He's agreed to talk to the senior pastor about a transfer. Starting with atonement, framed in EFT language. Will report back.""",
        [
            ("3/14", "date"),
            ("Brittany", "name"),
            ("Cornerstone Community Church", "organisation"),
            ("512-555-0148", "phone"),
        ],
    ),
    (
        "b15a-008",
        """**Male CSA survivor, 40s: he wants EMDR now, I don't think we're ready**

RSW, Alberta. Man in his mid-forties disclosed childhood sexual abuse by a sports coach for the first time in session 6. Since then: nightmares back, dissociative episodes at work (loses 20 to 30 minutes), drinking more. DES-II around 28, PCL-5 61. He heard Prince Harry talk about EMDR and wants to "get it out" fast. I'm EMDR-trained but this feels like a stabilisation case.

Phased model, or just go?

**↳ psychologist, Ontario:** Herman's phased model says safety first, but the ISTSS complex PTSD literature has moved toward "phase-based or not," and evidence that long stabilisation is needed is thin (see de Jongh et al., 2016). Do resource installation, assess dissociation properly with the MID, then try EMDR with titration.

**↳ RCC, BC:** I'd slow down. Dissociation at work and more drinking are exactly the signals Ogden's sensorimotor approach says to attend to first. *Trauma and the Body* for you; for him, Mike Lew's *Victims No Longer* is the classic for men, and 1in6 runs anonymous online groups for male survivors.

**↳ psychologist, Nova Scotia:** Both right, in a way. IFS (Schwartz) would say the part that wants to "get it out" is a manager trying to end the pain, and the drinking is a firefighter. Working with those parts is stabilisation and processing at once. And if he's thinking about reporting, the provincial victim services line can talk him through options without pressure.

**↳ OP:** Thanks. Fuller dissociation assessment first, address the drinking directly, revisit EMDR in three or four sessions. He has 988 and the 1in6 info.""",
        [],
    ),
    (
        "b15a-009",
        """**Anticipatory grief that turned into guilt: father died in aged care**

Counsellor (ACA), Queensland. Client is 61, recently retired teacher. Her father died in March aged 97 at Bolton Clarke's home in Caloundra after a long decline with vascular dementia. She visited daily for four years. Now she can't stop replaying the last week: she was away for the first time in months (her brother Warwick insisted she take a break) and he died while she was gone. Anzac Day 2024 was the last day she saw him alert. Sleeping poorly, PHQ-9 only 8, but the guilt is relentless.

---

**Grief counsellor, NSW:** Classic "the one time I left" guilt. I'd gently bring in what hospice staff see all the time, people dying when family step out, not to argue her out of it but to widen the story. The continuing bonds literature (Klass, Silverman & Nickman) may help; she may need ways to keep caring for him.

**Psychologist, SA:** Name the loss of the carer identity. Four years of daily visits structured her whole life. Dual Process Model again: restoration tasks aren't betrayal. Griefline (1300 845 745) runs groups and the Australian Centre for Grief and Bereavement has carer-specific resources.

**Social worker, Tasmania:** Small pushback on the guilt framing: there may be anger at Warwick underneath, for making her go. Worth checking. Doka's disenfranchised grief fits too; people keep telling her "he was 97, he had a good innings," which minimises it.

**OP:** Yes! She's heard "good innings" a dozen times and hates it. I'll explore the anger next session. Thanks all.""",
        [
            ("97", "age"),
            ("Bolton Clarke", "organisation"),
            ("Caloundra", "place"),
            ("Warwick", "name"),
            ("Anzac Day 2024", "date"),
        ],
    ),
    (
        "b15a-010",
        """**Voices, PTMF, and a family who want "the real diagnosis"**

Clinical psychologist, EIP team, Midlands. 24-year-old man, three voices for about a year (one critical, two neutral) following a period of bullying and heavy cannabis use. Risperidone 2 mg, partial response. He likes non-medical understandings (found Eleanor Longden's TED talk himself) but his parents are pressing for "the real diagnosis" and feel the team is being vague. I'm drawn to formulating with the Power Threat Meaning Framework but uneasy about how that lands with a family who want a name.

**Reply: consultant psychiatrist, South East**
You can offer both. NICE CG178 doesn't require a label to offer CBTp and family intervention. I say the working diagnosis is first-episode psychosis and we'll learn more over time. PTMF can sit alongside as the formulation; in practice they're not mutually exclusive, whatever the Twitter fights say.

**Reply: clinical psychologist, North West**
Go further and offer the Maastricht Interview (Romme & Escher). It's a structured way to map the voices, their triggers and the relationships with them. Hearing Voices Network groups are free and peers can do what we can't. *Living with Voices* has fifty recovery stories.

**Reply: family therapist, Wales**
Don't lose the parents. Behavioural Family Therapy (Falloon, Fadden) through the Meriden Family Programme is designed for exactly this. Rethink Mental Illness has carers' guides and an advice line; Carers Trust may have local support. Parents who want a diagnosis usually want reassurance that someone knows what's going on.

**Reply: OP**
There's a Meriden-trained colleague on the team, I'll ask her. Trying the Maastricht next session. Thanks all.""",
        [],
    ),
    (
        "b15a-011",
        """**Narcissistic injury and suicide risk after a promotion knock-back**

Psychotherapist, east coast. Man, 46, consultant anaesthetist at Beaumont, referred after being passed over for clinical director. Grandiose on the surface, deeply ashamed underneath, contemptuous of colleagues, and for the first time he's been researching methods. Separated; his ex-wife Aoife has the kids in Malahide and he's in a rented apartment in Clontarf. He emails me at 3am from dmcg.anaes@gmail.com with long documents "proving" he was wronged.

I find myself either admiring him or irritated. Not much in between.

---
**Reply, psychiatrist, Munster:** Take the risk very seriously. Ronningstam's work shows narcissistic individuals can escalate fast after a perceived humiliation while communicating little distress. Pieta (1800 247 247) and Samaritans 116 123 on his plan, and I'd want a GP or psychiatrist involved. Don't rely on his self-report.

**Reply, psychotherapist, Connacht:** Your countertransference swing is data: idealise, devalue. TFP (Kernberg, Yeomans) would work directly with that. Structurally, set a boundary on the emails; you'll read them in session, not at 3am.

**Reply, psychologist, NI:** Less psychoanalytic take. Craig Malkin's *Rethinking Narcissism* is good for psychoeducation, and schema modes (Jeffrey Young): detached self-soother, self-aggrandiser. It gives him language that isn't "you're a narcissist." Also, doctors often hide shame about regulatory stuff; the practitioner health programme is confidential.

**Reply, OP:** Agreed on risk. Safety plan done, he's agreed to self-refer to the practitioner health programme, and the email boundary goes in this week.""",
        [
            ("Beaumont", "organisation"),
            ("Aoife", "name"),
            ("Malahide", "place"),
            ("Clontarf", "place"),
            ("dmcg.anaes@gmail.com", "email"),
        ],
    ),
    (
        "b15a-012",
        """**16yo vaping THC daily. Parents want drug testing, I want engagement.**

LPC, Colorado. 16-year-old, daily THC vape since sophomore year, grades sliding, some paranoia when high. CRAFFT 5/6. Fairly open with me but says "weed is legal, it's not a big deal." Parents want me to back home drug testing and are looking at wilderness programs. Billing F12.20, 90837 individual and 90847 family.

**Reply, LCSW, Washington:** Steer the parents toward CRAFT before wilderness. *Beyond Addiction* and the Partnership to End Addiction's parent coaching are both CRAFT-based. Home testing turns the parent into a cop and can wreck the one relationship that protects him.

**Reply, psychologist, Massachusetts:** A-CRA has the strongest adolescent evidence I know, and MET/CBT5 from the Cannabis Youth Treatment study is brief and manualised. High-potency THC and psychosis is worth honest psychoeducation, not scare tactics; the Di Forti multi-site data in *Lancet Psychiatry* is a good anchor.

**Reply, MFT, Oregon:** Slight disagreement: some structure at home is fine if it's collaborative and time-limited. What I'd fight is wilderness; the outcome evidence is poor and the ethics are murky. For the vaping itself, Truth Initiative's "This is Quitting" (text DITCHVAPE to 88709) is built for teens.

**Reply, psychologist, Vermont:** Don't forget sleep and anxiety. A lot of my teens are self-medicating insomnia. CBT-I Coach app, and screen the anxiety properly (GAD-7) before assuming the weed is the primary problem.

**Reply, OP:** Family session next Thursday. I'll introduce CRAFT to the parents and park the testing discussion until we have buy-in. SAMHSA's helpline (1-800-662-4357) for the parents as a backstop.""",
        [],
    ),
    (
        "b15a-013",
        """**Second pregnancy after postpartum psychosis: the lithium question**

Clinical psychologist, perinatal mental health team, South of England. Woman, 33, had postpartum psychosis after her first baby three years ago and spent five weeks in the MBU at Melbury Lodge. Full recovery, off medication for two years. Now pregnant again (surprise), due 9th February, and she and her partner Callum are terrified. Obstetrics at the Princess Anne have been good, but there was never a preconception planning meeting.

(NHS no. 721 408 3365 if anyone in the trust wants the old discharge summary. Actually, scratch that, I'll message internally.)

How do other teams handle prophylactic lithium postpartum? She's scared of meds but more scared of relapse.

---
**Perinatal psychiatrist, Midlands:** The Wesseloo et al. (2016) meta-analysis suggests immediate postpartum prophylaxis substantially cuts relapse in women with a history of psychosis limited to the postpartum. Starting lithium straight after delivery avoids exposure in pregnancy. Breastfeeding on lithium is possible with monitoring; many choose to bottle-feed.

**Psychologist, North:** Action on Postpartum Psychosis has peer support and an excellent planning guide, and the Royal College of Psychiatrists leaflet is clear. Callum might want APP's partners' network as well; partners get forgotten.

**Midwife, Scotland:** Make sure the birth plan protects her sleep: partner or staff doing night feeds for the first week. Sleep loss is a major trigger. Put a written relapse signature in the maternity notes so everyone on shift can see it.

**OP:** Brilliant, thank you. Planning meeting booked with obstetrics and the psychiatrist; I'll bring the APP guide.""",
        [
            ("Melbury Lodge", "organisation"),
            ("9th February", "date"),
            ("Callum", "name"),
            ("Princess Anne", "organisation"),
            ("721 408 3365", "id_number"),
        ],
    ),
    (
        "b15a-014",
        """**Conjoint work when there's been "one push": do I keep going?**

Couples therapist, WA. Couple in their 30s, referred for "communication problems." In session 3 she mentioned, almost offhand, that he "pushed her into the fridge" during an argument last year. Both minimised. No other disclosed incidents. I did separate screening interviews and she denied fear, but I'm uneasy. Gottman's Four Horsemen everywhere, contempt especially.

Continue conjoint?

**— social worker, Victoria:** Separate screening was right. Use a structured screen (the revised Conflict Tactics Scale, or the violence items in the Gottman Relationship Checkup). Michael Johnson's typology matters: situational couple violence vs coercive controlling violence. Conjoint work is contraindicated with coercive control. Make sure she has 1800RESPECT (1800 737 732).

**— psychologist, NSW:** There's a decent evidence base (Stith, McCollum & Rosen, *Couples Therapy for Domestic Violence*) for conjoint work with situational violence, with safety planning and individual check-ins every session. Only if both want it, no fear, no coercion. For him, the Men's Referral Service (1300 766 491) is a non-shaming door.

**— counsellor, ACT:** Don't rely on self-reported fear in the first month. Coercive control often looks exactly like "communication problems" early on. Jess Hill's *See What You Made Me Do* is essential reading for the therapist. Relationships Australia has a good DV screening protocol you could borrow.

**— OP:** Pausing conjoint for two individual sessions each, proper screen, then decide. Thanks for the references, especially Johnson's typology.""",
        [],
    ),
    (
        "b15a-015",
        """**Paramedic, cumulative trauma, one job that "cracked something"**

Psychologist, central North Island. Client is a 34-year-old intensive care paramedic with St John, based out of Hamilton, eleven years on the road. She's coped with a lot, but a paediatric drowning callout on 2 March has undone her: nightmares, hypervigilance, avoiding pools with her own kids. Her crew partner, Tama, was on the job too and has gone off work. Next day they were put through a group debrief she found "awful." ACC has accepted a work-related mental injury claim (claim no. 10045327891).

Thoughts on TF-CBT vs EMDR for first responders, and on the "I should be used to this" stuff?

**Reply, clinical psychologist, lower North Island:** Either is fine per the Phoenix Australia guidelines. For first responders I find CPT-style work on "I should be used to this" very effective; it's a classic stuck point. On the debrief: the Cochrane review (Rose et al.) found single-session psychological debriefing can do harm. She's not wrong.

**Reply, psychologist, Canterbury:** EMDR has good uptake with emergency workers, less talk-heavy. "Cumulative" means you'll probably need a target map of other jobs, not just the index event. Reinforce 1737 and the service's peer support network.

**Reply, counsellor, Northland:** Te Whare Tapa Whā: taha whānau is huge here, because avoiding pools with her kids is a whānau loss. Bring her partner in once. And check how she's holding Tama being off; survivor guilt among crews is common and rarely named.

**Reply, OP:** Great. EMDR with a target map, and I'll ask about Tama directly.""",
        [
            ("St John", "organisation"),
            ("Hamilton", "place"),
            ("2 March", "date"),
            ("Tama", "name"),
            ("10045327891", "id_number"),
        ],
    ),
    (
        "b15a-016",
        """**Parents after a child's death: she wants groups, he wants to "get back to work"**

Psychologist, Ontario. Couple in their late 30s whose 6-year-old died of a brain tumour five months ago. Mother: intense grief, visits the grave daily, sleeping in the child's room. Father: back at work within a week, irritable, won't talk about it. They're fighting about how the other grieves. Their 9-year-old is acting out at school.

Individual, couple or family work?

**Social worker, Manitoba:** Classic incongruent grieving. Doka & Martin's instrumental vs intuitive grieving styles is a wonderfully non-blaming frame. He isn't not-grieving; he's grieving by doing. The Dual Process Model helps both of them too.

**Grief counsellor, Alberta:** Bereaved Families of Ontario runs peer groups for parents and for siblings, and The Compassionate Friends of Canada has chapters and online groups. For the 9-year-old, the Dougy Center has free tip sheets for parents, and Kids Help Phone (1-800-668-6868) if the child ever wants someone outside the family.

**Psychologist, BC:** Be careful with "stages" talk; they may have read Kübler-Ross and think they're doing it wrong. Joanne Cacciatore's *Bearing the Unbearable* is fierce about that and many bereaved parents love it, though some find it too raw. *Option B* might reach the father, since it's framed around resilience rather than feelings.

**OP:** Couple sessions every other week, her in the parents' group, and a school conversation for the sibling. Thank you.""",
        [],
    ),
    (
        "b15a-017",
        """**Supported employment vs "he's not ready": schizophrenia, 29**

LCSW, Oregon. Client is 29, schizophrenia diagnosis since 20, stable on paliperidone palmitate 234 mg monthly. Lives with his grandmother on NE Alberta Street; she's 92 and getting frail, so housing is fragile. He works 12 hours a week at the Goodwill on Killingsworth and wants more hours and eventually community college. His ACT team psychiatrist, Dr. R. Feldman, thinks more hours will destabilise him. (Side rant: Medicaid ID OR4471902 is on every referral form and the CCO keeps losing them.)

---

**Reply, psychiatric rehab specialist, Washington:** IPS is clear: zero exclusion, rapid job search, client preference drives it. "Not ready" is exactly the argument the IPS research (Drake, Bond) pushed back on. Ask whether your state has an IPS fidelity team.

**Reply, psychologist, California:** Devil's advocate: the psychiatrist may be thinking about the grandmother. If she needs more care or dies, he could lose housing at the same time as taking on more stress. I'd do a relapse-prevention plan and a housing contingency plan before pushing hours.

**Reply, peer support specialist, Oregon:** Lived experience here: work is what kept me well. Look at the Clubhouse International model, NAMI Peer-to-Peer and Family-to-Family, and tell him about Ticket to Work so benefits don't scare him off more hours.

**Reply, OP:** Both points fair. Benefits counselling is the gap. I'll refer and revisit with the psychiatrist next month.""",
        [
            ("NE Alberta Street", "place"),
            ("92", "age"),
            ("Goodwill", "organisation"),
            ("Killingsworth", "place"),
            ("R. Feldman", "name"),
            ("OR4471902", "id_number"),
        ],
    ),
    (
        "b15a-018",
        """**"EUPD" on her record and she wants it gone**

Counsellor, NHS Talking Therapies, North East. Woman, 29, given a diagnosis of emotionally unstable personality disorder during an A&E attendance two years ago. She says it has followed her ever since: GP, crisis team, even a physio treated her differently. She now meets criteria for PTSD (PCL-5 53) related to childhood abuse and wants the EUPD diagnosis removed. CORE-10 of 24.

How do I help without overstepping?

> **clinical psychologist, CMHT, Yorkshire:** She can ask her GP or psychiatrist for a review and request that an addendum be added to her records; records aren't usually deleted but can be corrected or annotated. Many services now talk about "complex emotional needs," or consider ICD-11 complex PTSD, which overlaps a lot. Your job is to validate the harm of stigma and support her to advocate, not to re-diagnose.

> **psychiatrist, South West:** Slightly different view. ICD-11 personality disorder is now dimensional, severity plus trait domains, with an optional borderline pattern qualifier. Some clinicians reformulate rather than remove. A label can open doors to SCM or MBT that otherwise wouldn't exist. But diagnostic overshadowing is real.

> **lived experience practitioner, South East:** Please centre her experience. The label has a long history of being used to exclude people from care. Mind's pages on personality disorder are balanced and their Legal Line can advise on records. SHOUT (text 85258) and Samaritans 116 123 on her plan, please.

> **OP:** Really helpful. I'll talk with her about the GP route and the ICD-11 framing on Wednesday.""",
        [],
    ),
    (
        "b15a-019",
        """**Meth, Drug Court, and a dad who wants his daughter back**

AOD counsellor, Victoria. Client is 37, on the Drug Court program (matter no. DC-2023/00481), methamphetamine since his early 20s, five weeks clean on urine screens. He was laid off by AGL in 2022 and things spiralled. His daughter Skye (8) is in kinship care with his mum in Moe and he has supervised contact. Next court review is 19 June. He's committed, but the shame is enormous and I worry one dirty screen will make him give up entirely. Mum's number (0412 558 903) is on the consent form if the case manager needs it.

**↳ psychologist, NSW:** Contingency management has the best evidence for stimulants, prize-based or voucher, though it's hard to fund here. CBT for stimulant use (Baker, Kay-Lambkin) is solid. Lisdexamfetamine (the LiMA trial) is promising if he's linked with an addiction specialist.

**↳ AOD worker, Queensland:** Prepare him for lapse *now*: "a lapse is data, not a verdict." Be honest about how Drug Court sanctions work. Cracks in the Ice has great fact sheets, and Family Drug Support (1300 368 186) is there for his mum, who's doing kinship care on her own.

**↳ social worker, SA:** The daughter is both the motivation and the risk. If contact gets suspended after a lapse, that could tip him. Ask the case manager how lapses and contact interact. DirectLine (1800 888 236) for after hours in Victoria.

**↳ OP:** Lapse planning this week, and I'll ring the case manager before the review.""",
        [
            ("DC-2023/00481", "id_number"),
            ("AGL", "organisation"),
            ("Skye", "name"),
            ("Moe", "place"),
            ("19 June", "date"),
            ("0412 558 903", "phone"),
        ],
    ),
    (
        "b15a-020",
        """**Birth trauma, 10 months on: EMDR now or wait?**

Counselling psychologist, Leinster. Woman, 34, emergency section under general anaesthetic after a long labour; woke to find the baby already in NICU. Ten months later: flashbacks to theatre, avoidance of the maternity hospital (skipped her own follow-up), PCL-5 46, EPDS 14. Bonding "fine," but she feels robbed. Wants another child "someday" and is terrified of it.

---
*Perinatal psychologist, Munster:* EMDR and TF-CBT both have reasonable evidence for birth trauma. Emma Svanberg's *Why Birth Trauma Matters* is brilliant for clinicians and parents. She could also request her birth notes and a birth reflections appointment; filling in the "missing" time helps many people.

*Psychotherapist, Connacht:* Caution on the notes. For some, reading them is retraumatising. Do it with support, maybe in session. The Birth Trauma Association has good online material, and Make Birth Better has a free course for parents.

*Psychologist, Ulster:* Screen for grief as well: "robbed" is a grief word, the loss of the birth she expected. And the HSE specialist perinatal mental health services take referrals up to a year postpartum, so if she's close, refer now. Cuidiú runs postnatal support groups and Nurture Health offers free counselling.

*OP:* Referral going in today. A couple of stabilisation sessions, then EMDR, and we'll read the notes together in session if she wants to.""",
        [],
    ),
    (
        "b15a-021",
        """**Triad, one spouse wants "primary" status back**

Psychotherapist, Nova Scotia. Married couple in their 40s (two cis women), open for three years, now in a triad with a third partner, Jules (they/them). One spouse feels displaced and wants a return to hierarchy; the other thinks that would be unethical. Both are profs at Dalhousie, so their social circles overlap heavily. They live on Agricola Street and Jules moved in this spring. Jules posts about the relationship on TikTok as @julesontheroad, which the displaced spouse finds humiliating. Their wedding anniversary, June 18, was the flashpoint.

Looking for reading and models that don't pathologise non-monogamy.

**MFT, BC:** Jessica Fern's *Polysecure* is the obvious starting point, attachment language without treating monogamy as the gold standard. *The Ethical Slut* for background.

**Psychologist, Ontario:** EFT works with multi-partner systems if you're clear who the client is. Is the dyad coming in about their bond, or the triad? That answers the hierarchy question clinically. Gottman's 12-year study of same-sex couples is encouraging: less belligerence, more humour in conflict.

**Counsellor, Alberta:** Gentle disagreement with "unethical." Hierarchy isn't inherently unethical if it's transparent and consented to. The descriptive vs prescriptive hierarchy distinction is useful here. The social media issue is a boundary conversation for all three.

**OP:** Good distinction. Dyad sessions first, maybe a triad session later.""",
        [
            ("Jules", "name"),
            ("Dalhousie", "organisation"),
            ("Agricola Street", "place"),
            ("@julesontheroad", "handle"),
            ("June 18", "date"),
        ],
    ),
    (
        "b15a-022",
        """**CPT after sexual assault: she won't write the impact statement**

Psychologist, university counseling center, Southeast. 19-year-old sophomore, sexually assaulted at an off-campus party in the fall. PCL-5 52. Title IX process ongoing, which keeps re-triggering her. We started CPT; she got through the education session but hasn't written the impact statement in three weeks. Says it "makes it real."

**Reply, LCSW, North Carolina:** Doing CPT without the written account is fine; Resick's dismantling data show comparable outcomes. The impact statement is different, though. I'd do it in session, out loud, with you scribing. Avoiding the assignment is itself a stuck point worth looking at.

**Reply, psychologist, Pennsylvania:** Consider PE if she's more avoidant than stuck. Foa's *Reclaiming Your Life After Rape* is the client workbook. Or Written Exposure Therapy, only five sessions, which fits inside a semester.

**Reply, counselor, Florida:** Context matters. Title IX hearings can feel like a second assault. Trauma therapy during an active process is possible, but time the heavy lifting. Chanel Miller's *Know My Name* has meant a lot to several of my students. RAINN (800-656-HOPE) has online chat for nights, and prazosin can help nightmares if she's open to a psych referral.

**Reply, OP:** Impact statement in session on Tuesday, and I'll raise the timing question with her honestly.""",
        [],
    ),
    (
        "b15a-023",
        """**Bereaved by suicide: a mother, second anniversary approaching**

Psychotherapist, Mid-West. Mother in her late 40s whose son Cillian died by suicide at 17. He was in Leaving Cert year at St Flannan's, and the school has been supportive, but she can't drive past it. She lives just outside Ennis. The anniversary is the 14th of August; last year she spent it at the grave from dawn. She goes to a HUGG group and finds it helps, but says nobody outside it says his name anymore.

Thoughts on anniversary planning and on the "nobody says his name" piece?

---

**Counsellor, Munster:** Anniversary reactions are often worse in the run-up than on the day. I plan the day with clients, who, where, what ritual, and plan the week after too. The HSE booklet *You Are Not Alone* and the Irish Hospice Foundation's material on anniversaries are good.

**Psychotherapist, Connacht:** Continuing bonds: she needs places where his name is spoken. Some parents find that through a memorial event, a bench, a fund. Pieta's suicide bereavement counselling is free. Her grief may be complicated by the suicide-specific questions, "why," "should I have known." Jordan & McIntosh's *Grief After Suicide* is the clinicians' text.

**Psychologist, NI:** Check her own risk around the anniversary. Parents bereaved by suicide carry elevated risk themselves; that's well established. Samaritans 116 123, Text 50808. Ask gently but ask.

**OP:** Yes, I'll do a risk check. She wants to invite his friends to the grave on the day, which feels right.""",
        [
            ("Cillian", "name"),
            ("St Flannan's", "organisation"),
            ("Ennis", "place"),
            ("14th of August", "date"),
        ],
    ),
    (
        "b15a-024",
        """**Cannabis-induced psychosis or emerging schizophrenia? 20yo, Qld**

Psychologist, headspace centre, Queensland. 20-year-old man, first presentation after heavy daily cannabis use: paranoid ideation and ideas of reference. Brief admission, discharged on olanzapine 5 mg. Six weeks later, three weeks abstinent, still some residual ideas of reference. Family desperate to hear it's "just the weed." He wants off the olanzapine because of weight gain (8 kg).

**Reply — psychiatrist, Victoria:** Too early to know. Substance-induced psychoses convert to schizophrenia at notable rates, roughly a third for cannabis in the Danish registry data (Starzer et al., 2018). Refer to the youth early psychosis program if you haven't. Orygen's clinical guidelines are free. Metformin for the weight, or discuss a switch to aripiprazole.

**Reply — psychologist, NSW:** Harm reduction over abstinence-only; he may well go back to smoking. CBTp plus motivational work on cannabis. Metacognitive Training (Moritz) is free, comes in many languages, and young people tend to like it.

**Reply — mental health nurse, WA:** Family work! SANE Australia has carers' resources and moderated forums. Elyn Saks' memoir *The Center Cannot Hold* helps some families understand psychosis from the inside. And make sure the family have Lifeline (13 11 14) in their phones.

**Reply — OP:** He's on the early psychosis program waitlist. I'll raise metformin with the psychiatrist and start some MCT modules on Friday.""",
        [],
    ),
    (
        "b15a-025",
        """**DBT phone coaching out of hand: 2am texts**

Psychologist, Wisconsin. Comprehensive DBT program (individual, skills group, coaching, team). Client is 26, a night-shift nurse at UW Health, BPD, overdose last autumn. She lives alone in Fitchburg. In the past two weeks she's texted my coaching phone 30+ times, mostly after midnight, some just photos of her dog Pickles with captions like "pickles says hi." At 2am on New Year's Day 2024 she texted that she was "done." I called; she was safe. Team says I need to observe my limits. I feel guilty.

---

**Reply, DBT therapist, Minnesota:** Observing limits is literally in the protocol. Linehan's coaching rules: coaching is for skills generalisation, not relationship maintenance, and you teach the rule rather than just enforce it. "I want to help and I can't at 2am, so let's plan for that." Chain it. And remember the 24-hour rule after self-harm.

**Reply, LPC, Illinois:** Check your team's coaching agreements; Behavioral Tech has guidance. Give her Crisis Text Line (text HOME to 741741) and 988 for after-hours, framed as an addition, not a replacement for you.

**Reply, psychologist, Michigan:** Contrarian: the dog photos are probably bids for connection, not crises. Treating them as boundary violations risks shaming her. DBT itself says validate the valid. Could she send one photo a week, within agreed hours, and you acknowledge it in session?

**Reply, OP:** Love this. Chain analysis on the NYD night, and we'll renegotiate coaching together in session.""",
        [
            ("UW Health", "organisation"),
            ("Fitchburg", "place"),
            ("Pickles", "name"),
            ("pickles", "name"),
            ("New Year's Day 2024", "date"),
        ],
    ),
    (
        "b15a-026",
        """**OST client wants to taper off methadone for an abstinence-based residential**

AOD clinician, Bay of Plenty. Man, mid-40s, methadone 80 mg for six years, stable, working, no illicit use for three years. He wants to taper to zero and go to a residential programme that requires him to be off OST. AUDIT 4. Whānau supportive. I'm worried about overdose risk after tapering.

**Reply, addiction medicine specialist, upper North Island:** A taper can be done, slowly, and he needs to understand that loss of tolerance is the overdose risk. Naloxone kit and training regardless. Not every residential requires zero; some accept buprenorphine. Ask the programme directly.

**Reply, counsellor, lower North Island:** I'd respect his goal. Recovery capital (Granfield & Cloud): he has a lot of it. NA, SMART Recovery (online Aotearoa meetings) and the Alcohol Drug Helpline (0800 787 797) as backups. Through a Te Whare Tapa Whā lens, taha wairua may be what the residential is offering him.

**Reply, peer support worker, South Island:** Lived experience: I tapered off methadone and it was harder than coming off heroin. Go slow. Don't let anyone shame him for staying on or for coming off. Both are recovery.

**Reply, psychologist, top of the South:** One more thing: twelve-step vs everything else is a false war. Kelly's 2020 Cochrane review found AA/TSF as effective as other treatments for alcohol; opioids are a different question, but what matters is what he'll actually attend.

**Reply, OP:** Good reminder on tolerance. Naloxone is already in the house. Planning a six- to twelve-month taper with the prescriber.""",
        [],
    ),
    (
        "b15a-027",
        """**NICU twins, mum with possible PTSD: how do you assess in the NICU context?**

Perinatal psychologist, Victoria. Mother, 29, twins born at 28 weeks at the Royal Women's on 27 September. Isla is home now; Mae is still on CPAP. Mum has intrusive memories of the emergency delivery, hyperarousal around alarms, hasn't slept more than three hours in a row. Partner back at work. They live out in Werribee, so the commute is brutal. EPDS 15, PCL-5 not yet done.

**Reply, psychologist, NSW:** NICU parents have high rates of acute stress and it's hard to separate from normal NICU hypervigilance. Use the PCL-5 but interpret it cautiously while a baby's still an inpatient. Miracle Babies Foundation runs NICU family support and peer programs.

**Reply, social worker, SA:** Practical supports matter as much as therapy: parking costs, Ronald McDonald House accommodation, Centrelink. Exhaustion drives a lot of the symptoms. PANDA (1300 726 306) and the Gidget Foundation offer free perinatal counselling via telehealth.

**Reply, psychologist, Queensland:** Don't rush to a PTSD diagnosis while the stressor is ongoing. Stabilisation, sleep, and COPE's resources on preterm birth. Once Mae is home, reassess and think about TF-CBT or EMDR.

**Reply, OP:** Thanks. Sleep and practical supports first; formal assessment once both babies are home.""",
        [
            ("Royal Women's", "organisation"),
            ("27 September", "date"),
            ("Isla", "name"),
            ("Mae", "name"),
            ("Werribee", "place"),
        ],
    ),
    (
        "b15a-028",
        """**Desire discrepancy after menopause: sex therapy or systemic?**

Relationship counsellor (COSRT-accredited), Midlands. Heterosexual couple, both in their 50s, married 28 years. She's perimenopausal, on HRT through her GP, very little desire; he feels rejected and has started withdrawing. Both want to stay together. Lots of resentment about "scheduling."

---

**Psychosexual therapist, Scotland:** Sensate focus (Masters & Johnson, updated by Weiner & Avery-Clark) is the backbone: ban on intercourse, graded touch. Educate about responsive vs spontaneous desire, Basson's circular model. Emily Nagoski's *Come As You Are* is the most accessible read.

**Couples therapist, South East:** Look systemically too. Desire often dies under a pursue/withdraw cycle. Esther Perel's *Mating in Captivity*, and the *Where Should We Begin?* episodes on long marriages. Tavistock Relationships has a helpful piece on menopause and couples.

**GP with a menopause interest, Wales:** Check whether testosterone has been considered; NICE NG23 supports it for low libido in menopause if HRT alone isn't enough. The Balance app (Dr Louise Newson) is popular and the British Menopause Society has patient info.

**Couples therapist, North East:** Slight caution about leaning only on biology. At 28 years, "scheduling" resentment is often about who has carried the emotional labour. Get that on the table before sensate focus, or homework becomes another chore on her list.

**OP:** Great mix. Nagoski psychoeducation, a frank conversation about the load, sensate focus after that, and I'll suggest a GP review.""",
        [],
    ),
    (
        "b15a-029",
        """**Trauma work while the protection order is still live: too soon?**

Psychotherapist, west of Ireland. Woman, 38, left a coercive relationship four months ago. Her ex, Shane, is on a protection order (District Court ref 2024/31877), breached twice. He's also been getting into her email; her sister traced logins to 86.44.112.209 and the gardaí have that now. She's staying with the sister in Knocknacarra (H91 T2XK, it's in the file for the garda liaison) and working part-time. PCL-5 48. She's asking for EMDR to "get him out of my head."

---
**Psychologist, Leinster:** Herman's phased model: safety first. With active breaches the trauma isn't "past." I'd focus on safety planning, stabilisation and support through the legal process. Women's Aid 24hr line (1800 341 900) and Safe Ireland's resources. The intrusions may ease once she's physically safer.

**Psychotherapist, Munster:** Mild disagreement. Trauma-focused work can be done under ongoing threat if the client is stable enough; look at Kubany's Cognitive Trauma Therapy for Battered Women, which targets guilt and self-blame specifically and was tested with women still in contact with abusers.

**Counsellor, Ulster:** Evan Stark's *Coercive Control* reframes everything for clients like this: she isn't over-reacting, the control was the abuse. Lundy Bancroft's *Why Does He Do That?* too, and worth giving to the sister.

**OP:** Taking the middle road: CTT-BW-informed work with safety at the centre, and a digital safety check with the Women's Aid team.""",
        [
            ("Shane", "name"),
            ("2024/31877", "id_number"),
            ("86.44.112.209", "ip"),
            ("Knocknacarra", "place"),
            ("H91 T2XK", "place"),
        ],
    ),
    (
        "b15a-030",
        """**Ambiguous loss: "I'm a widow with a husband"**

LCSW, Florida. Client is 84, married 60 years. Her 89-year-old husband has moderate-to-severe Alzheimer's and most days no longer recognises her. She visits the memory care unit daily. PHQ-9 14. Her adult children keep telling her to "get out more." She says, "I'm a widow with a husband."

**Re: psychologist, Minnesota**
Pauline Boss: *Ambiguous Loss* and *Loving Someone Who Has Dementia*. The both/and framing was made for this. She's married and she's losing him; both are true. Boss explicitly rejects "closure," which your client will probably find a relief.

**Re: hospice social worker, Arizona**
Anticipatory grief plus caregiver burden. The Alzheimer's Association 24/7 Helpline (800-272-3900) has caregiver groups, some just for spouses. Hospice may come up sooner than the family think; a lot of people don't realise dementia can qualify under the Medicare hospice benefit.

**Re: LMFT, Ohio**
Doka's disenfranchised grief is the other frame: her kids aren't recognising the loss, so it isn't being witnessed. I'd invite them to a family session. And make sure she gets respite, even if she resists it.

**Re: OP**
Family session next month, Boss's book on order, and I'll look into respite options with her. Billing 90834 for now, may add 90847 for the family meeting.""",
        [],
    ),
    (
        "b15a-031",
        """**Whānau hui for a young man with schizophrenia: cultural safety**

Psychologist (Pākehā), upper North Island. Client is Māori, 22, schizophrenia, admitted to Middlemore twice this year. Lives in Ōtara with his aunty Mere, who raised him. (NHI PRX4721 if anyone in Te Whatu Ora needs to cross-reference; sorry, I should have left that out.) The team want a whānau hui before discharge planning and I've been asked to facilitate. I'm not Māori and I'm worried about getting it wrong.

**Reply, kaupapa Māori practitioner:** Kia ora, and good on you for asking. Don't facilitate alone. Ask for a cultural advisor or kaumātua to open and lead the hui, with you supporting. Mason Durie's Te Whare Tapa Whā and the Meihana model (Pitama et al.) for your formulation. Whānau Ora navigators may be able to support his aunty.

**Reply, psychiatrist, Waikato:** Medically, two admissions in a year means we should be thinking about an LAI, and clozapine if he's had two adequate antipsychotic trials. But that conversation belongs in the hui, with whānau, not presented as a done deal.

**Reply, psychologist, Canterbury:** Supporting Families in Mental Illness NZ is good for carers. Get cultural supervision for yourself. And 1737 for everyone.

**Reply, OP:** Cultural advisor booked. Thank you for the kindness in these replies.""",
        [
            ("Middlemore", "organisation"),
            ("Ōtara", "place"),
            ("Mere", "name"),
            ("PRX4721", "id_number"),
        ],
    ),
    (
        "b15a-032",
        """**OCPD traits in a high-achieving grad student: is RO-DBT worth it?**

Psychologist, British Columbia. Client in her late 20s, PhD candidate: rigid, overcontrolled, lonely, relentless standards, emotionally constricted. Meets criteria for OCPD. Came in for burnout. Standard CBT for perfectionism (Shafran, Egan & Wade) has stalled. She does the homework perfectly, which is rather the problem.

— **psychologist, Ontario:** Radically Open DBT (Lynch) was built for overcontrolled presentations. The target is social signalling, not emotion dysregulation. It's group-heavy, though.

— **psychologist, Alberta:** Flett & Hewitt's *Perfectionism: A Relational Approach to Conceptualization, Assessment, and Treatment* is Canadian and very good. The relational piece, perfectionistic self-presentation, might be exactly what keeps her lonely.

— **counsellor, Manitoba:** Gentle skeptic here. RO-DBT's evidence still leans heavily on the REFRAMED trial, and it's expensive to train in. I'd try compassion-focused therapy (Gilbert) first; the threat/drive/soothe imbalance fits her. Wellness Together Canada and BounceBack are cheap adjuncts.

— **psychologist, Saskatchewan:** Agree with CFT. I'd add behavioural experiments around deliberately "good enough" work. And screen for depression properly (PHQ-9) since burnout in overcontrolled folks can hide a significant low mood.

— **OP:** Interesting that CFT keeps coming up. I'll start compassion work, read Flett & Hewitt over the holidays, and run a PHQ-9 on Monday.""",
        [],
    ),
    (
        "b15a-033",
        """**Chemsex, GHB, and a client who wants to "just stop the G"**

Psychotherapist, South East. Gay man, 34, works in housing at Lambeth Council. Chemsex weekends for two years: G, mephedrone, some crystal. Two G-related episodes of unconsciousness; after the last one, on the night of 1 July, his flatmate Rory called 999. He's on the apps as VauxhallVibes88 and says he doesn't want to stop the parties, just the G.

**Reply: sexual health adviser, England**
G dependence can mean medically dangerous withdrawal. If he's dosing round the clock he needs a medically managed detox, not cold turkey. Several sexual health clinics have specialist chemsex support, and Antidote at London Friend is LGBTQ+ specific.

**Reply: psychologist, North West**
Harm reduction while you work: timing doses, never mixing G with alcohol, never using alone. FRANK (0300 123 6600) has clear info. David Stuart's work is foundational. Matthew Todd's *Straight Jacket* for the shame and minority-stress piece.

**Reply: counsellor, South Coast**
Explore what chemsex gives him: connection, disinhibition, an escape from shame. Sober sex can feel impossible at first. Sigma Research's *Chemsex Study* is useful context. Stopping everything may not be his goal, and that's OK for now.

**Reply: OP**
Thanks. Checking his dosing pattern this week and raising detox. Rory has offered to come to a session, which might help.""",
        [
            ("Lambeth Council", "organisation"),
            ("1 July", "date"),
            ("Rory", "name"),
            ("VauxhallVibes88", "handle"),
        ],
    ),
    (
        "b15a-034",
        """**Paternal postpartum depression: dad, four months in**

LMFT, California. Father, 35, four-month-old at home. Irritable, withdrawing into work and gaming, drinking more, says he feels "like a roommate" in his own house. Partner is doing OK mood-wise. EPDS 15 (using the lower cutoff suggested for fathers), PHQ-9 13.

**Reply, psychologist, New York:** Paternal PPD runs around 8 to 10 percent (Paulson & Bazemore's meta-analysis) and often presents as irritability, anger and substance use more than sadness. Postpartum Support International has dads' groups and a helpline (1-800-944-4773). Kleiman's *The Postpartum Husband* is older but still useful.

**Reply, LCSW, Texas:** The National Maternal Mental Health Hotline (1-833-852-6262) takes calls from partners too. Look at the couple dynamic as well; the "roommate" feeling is often loss of intimacy and of identity.

**Reply, psychiatrist, Washington:** Screen the drinking with the AUDIT and ask about sleep. Sertraline or bupropion depending on the picture. Testosterone drops in new fathers, not a treatment target but helpful psychoeducation for guys who think they're "broken."

**Reply, MFT, Arizona:** Quick counterpoint: be careful the diagnosis doesn't let the couple skip the conversation about division of labour. Sometimes the "depression" is also resentment nobody's named. Gottman's *And Baby Makes Three* is good for both of them.

**Reply, OP:** AUDIT next session, a joint session in two weeks, and I'm connecting him with a PSI dads' group.""",
        [],
    ),
    (
        "b15a-035",
        """**Interfaith couple, wedding planning, parents very involved**

Couples therapist, NSW. Engaged couple, late 20s: she's from a Hindu Tamil family, he's from an Anglo Catholic one. Fighting about ceremonies and the religion of future children. Her parents are heavily involved. The couple run a shared blog, www.ourlittlemixedfamily.com.au, which her parents read, so privacy is a live issue. He works at Westpac; she teaches at Cumberland High. They live together in Parramatta. Wedding is set for 12 January.

**— psychologist, Victoria:** Gottman's perpetual problems: religion and family loyalty are classic unsolvables; aim for dialogue, not resolution. The Dreams Within Conflict exercise is ideal.

**— couples therapist, WA:** Dugan Romano's *Intercultural Marriage* is good. Stan Tatkin's PACT "couple bubble" may help them agree on what gets shared with parents, including online.

**— psychologist, Queensland:** Careful with cultural assumptions. Don't frame her parents' involvement as "enmeshment." Collectivist families have different norms and her loyalty isn't pathology. Relationships Australia does premarital education and has culturally diverse counsellors.

**— OP:** Good point on enmeshment, I'd slipped into that language in my notes. Dreams Within Conflict next session.""",
        [
            ("www.ourlittlemixedfamily.com.au", "url"),
            ("Westpac", "organisation"),
            ("Cumberland High", "organisation"),
            ("Parramatta", "place"),
            ("12 January", "date"),
        ],
    ),
    (
        "b15a-036",
        """**DID presentation: IFS, or a phase-oriented ISSTD approach?**

Clinical psychologist, Scotland. Woman, 40, long psychiatric history, diagnosed with DID after specialist assessment last year. DES-II 52, MID consistent. Switches in session, amnesia for parts of some sessions. I'm IFS Level 1 trained and tempted to use parts language. A colleague says IFS is contraindicated for DID.

> **Reply, psychologist, England:** Not contraindicated as such, but IFS assumes a Self that can readily access parts, which may not hold in structural dissociation. Read the ISSTD guidelines (2011) and *The Haunted Self* (van der Hart, Nijenhuis & Steele) for theory. *Coping with Trauma-Related Dissociation* (Boon, Steele & van der Hart) is a skills manual you can use with her directly.

> **Reply, psychotherapist, Wales:** I've used IFS with DID, carefully. Pacing is everything, and you don't force unblending. Most experienced IFS people defer to ISSTD-style stabilisation in the first phase anyway, so the debate is partly semantic.

> **Reply, counsellor, Northern Ireland:** First Person Plural is a UK charity for people with dissociative identities and their supporters. PODS runs training for clinicians. Samaritans 116 123 on her crisis plan, and think about what happens between sessions if a younger part is out.

> **Reply, clinical psychologist, Scotland:** Supervision! DID work is hard on therapists. Find someone with specific experience, even by video.

> **OP:** Thanks. Phase one with the Boon workbook, parts language used loosely, and I'm looking for a supervisor.""",
        [],
    ),
    (
        "b15a-037",
        """**Farm death, young widow, and "don't make big decisions for a year"**

Counsellor, South Island. Client is 31. Her husband Hamish died in a quad bike rollover on their dairy farm on Waitangi Day 2023. The farm's near Gore, off Waikaka Valley Road. His family are pressuring her to sell. He captained the Mataura Rugby Club and the community has been amazing but suffocating; she can't go to the supermarket without someone crying at her.

---

**Grief counsellor, Canterbury:** "No big decisions for a year" is common advice but can be paternalistic. Rural widows often face real, time-sensitive financial decisions. I'd support her to make them with good information and time to think, not to postpone them.

**Psychologist, Otago:** Rural Support Trust (0800 787 254) is excellent and they understand farm succession and the money side. Farmstrong has wellbeing resources pitched at farmers. Skylight does grief resources and some counselling.

**Counsellor, Hawke's Bay:** Dual Process Model: she's drowning in restoration tasks (the farm business) with no room for loss orientation. Julia Samuel's *Grief Works* has a chapter on partner loss. And 1737 for nights.

**OP:** Thanks. The Rural Support Trust contact is a great idea; she trusts farmers more than counsellors.""",
        [
            ("Hamish", "name"),
            ("Waitangi Day 2023", "date"),
            ("Gore", "place"),
            ("Waikaka Valley Road", "place"),
            ("Mataura Rugby Club", "organisation"),
        ],
    ),
    (
        "b15a-038",
        """**Clozapine refusal, and a family who've watched too many videos**

CBTp therapist (RPN), HSE community mental health team, west of Ireland. Man, 31, treatment-resistant schizophrenia after adequate trials of risperidone and olanzapine. Team recommending clozapine. He's refusing, citing the bloods and weight gain; his family are split, and one brother is convinced it'll "turn him into a zombie" after videos online.

**Reply, consultant psychiatrist, Leinster:** Clozapine is the only evidence-based option for TRS. Bloods are weekly for 18 weeks, then fortnightly, then monthly; some services now do point-of-care finger-prick testing, which changes the conversation. Be honest about weight and constipation. Shine offers family support and education.

**Reply, psychologist, Munster:** Shared decision-making, not persuasion. CBTp can work on his reasons for refusing without being a sales pitch. If he never takes it, AVATAR therapy (Craig et al., 2018) had a promising trial for persistent voices.

**Reply, peer support worker, Connacht:** I've been on clozapine 9 years. It gave me my life back and it also made me sleep 11 hours a night. Both true. Let him meet someone who's on it. The HSE Recovery Education service and See Change have good peer stories.

**Reply, OP:** Peer meeting is a great idea. I'll ask the team. Family get Mental Health Ireland info, Samaritans 116 123 and Text 50808.""",
        [],
    ),
    (
        "b15a-039",
        """**Pregnant, on buprenorphine, terrified of child welfare**

RCC, British Columbia. Client is 27, 30 weeks pregnant, on buprenorphine-naloxone 16 mg and stable for ten months. Gets prenatal care at Sheway. Lives in the Downtown Eastside with her partner Travis, who's still using. PHN 9876 543 210 for the referral package. Due March 3rd. She's terrified the ministry will take the baby at birth and is talking about not going to hospital.

---

**Reply, perinatal social worker, Alberta:** Buprenorphine in pregnancy is evidence-based and in line with the SOGC guidance. Reassure her that stable OAT is a protective factor. Eat, Sleep, Console approaches have cut NICU separations a lot; ask her hospital whether they use rooming-in.

**Reply, psychologist, BC:** Worth knowing BC ended birth alerts in 2019, which may reduce her fear a little, though it doesn't mean no involvement. A plan to birth outside hospital is a big safety risk; keep her engaged. The Alcohol & Drug Information and Referral Service (1-800-663-1441) can help Travis find his own treatment.

**Reply, counsellor, Ontario:** Contrarian take: I'd consider helping her contact child welfare proactively with a strong safety plan. Sometimes that goes better than waiting. Trauma-informed practice guides (the BC ones are good) for how to approach it.

**Reply, OP:** Hospital-based plan stays. I'll talk with her about both options at our next session.""",
        [
            ("Sheway", "organisation"),
            ("Downtown Eastside", "place"),
            ("Travis", "name"),
            ("9876 543 210", "id_number"),
            ("March 3rd", "date"),
        ],
    ),
    (
        "b15a-040",
        """**Couples therapy where one partner has BPD traits: DBT-informed couples work?**

Couples therapist, North Island. Couple in their 30s. She has a BPD diagnosis and is in individual DBT; he's conflict-avoidant and shuts down. Fights escalate within minutes and she has threatened to leave many times. No physical violence, no fear (screened separately, twice). They want to stay together.

— **Reply, clinical psychologist, upper North Island:** Alan Fruzzetti's *The High-Conflict Couple* is DBT for couples, written for partners to read too. Validation, accurate expression, time-outs. It pairs nicely with her individual DBT.

— **Reply, counsellor, lower North Island:** Gottman's flooding research is useful for him. Physiological self-soothing, 20-minute breaks. Shari Manning's *Loving Someone with Borderline Personality Disorder* for him, and NEA-BPD's Family Connections course is online and free.

— **Reply, psychotherapist, Bay of Plenty:** Devil's advocate: should couples work wait until she's further through DBT? Some clinicians say yes. I'd keep conjoint sessions light on emotional processing until she has more skills, or you risk escalation in the room.

— **Reply, psychologist, Canterbury:** Keep screening. Conflict this hot can shift, and it can shift both ways. Shine (0508 744 633) and Women's Refuge (0800 733 843) info to both privately, and 1737 and Youthline on the handout.

— **Reply, OP:** Thank you. Fruzzetti for all three of us, a check-in with her DBT therapist about pacing, and the screening continues.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "blind15a"}
        for doc_id, text, items in DOCS
    ]
