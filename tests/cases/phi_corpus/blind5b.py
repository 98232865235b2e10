"""Blind batch blind5b, written by a helper session for the PHI guard evaluation. It covers the
United Kingdom and Ireland: NHS Talking Therapies (IAPT) step 2/3 work, adult and older-adult
CMHTs, early intervention, CAMHS (NHS and HSE), perinatal and parent-infant services, university
and school counselling, private BACP/UKCP/IACP practice, DBT teams, and Scottish (CHI), Welsh,
Northern Irish (H&C) and Republic of Ireland (PPSN, Eircode, HSE) settings. Voices range from
formal case presentations, SOAP/DAP notes, chain analyses and reading-group notes to chatty
forum replies. Clients and families come from British Pakistani, Bangladeshi, Polish, Romanian,
Nigerian, Ghanaian, Jamaican, Irish, Scottish Gaelic, Welsh and English backgrounds; identifiers
include NHS/CHI/H&C/PPSN/NI numbers, hospital numbers, full and partial postcodes and Eircodes,
UK plates, UK/IE phone numbers, employers, schools, colleges, clubs, churches and mosques.

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard as it was at 935157f: span recall 0.952, precision 0.744, identifier
documents fully caught 0.682, clean documents flagged 0.727.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b5b-001",
        """**Step-up referral query - NHS Talking Therapies**

Hi all, looking for thoughts before our step-3 allocation meeting. Client is Rizwan Mahmood, 34, referred by his GP after a PHQ-9 of 19 and GAD-7 of 16. He completed six sessions of guided self-help with a PWP but scores barely shifted. He drives for Arriva on the buses out of the Ashton depot and says the split shifts make it impossible to keep a routine. Lives with his wife Samina and their three kids off Stockport Road, M13. His NHS number on the referral is 943 476 5919 - I've asked admin to check it because the letter had a different DOB (03/11/1989) from our system.

Presentation is low mood with marked rumination about money, plus some panic on the bus route since an assault on a driver colleague. I'm wondering whether to go straight to CBT for depression or whether the trauma piece needs PTSD-focused work first. PCL-5 was 38. Any views on sequencing?""",
        [
            ("Rizwan Mahmood", "name"),
            ("Arriva", "organisation"),
            ("Ashton", "place"),
            ("Samina", "name"),
            ("Stockport Road", "place"),
            ("M13", "place"),
            ("943 476 5919", "id_number"),
            ("03/11/1989", "date"),
        ],
    ),
    (
        "b5b-002",
        """Re: sequencing trauma-focused CBT vs CBT for depression

I'd lean towards assessing the PTSD properly first. NICE guidance (NG116) is fairly clear that where PTSD is the primary driver, trauma-focused CBT or EMDR should be offered, and in my experience the depressive rumination often settles once the intrusions are processed. Ehlers and Clark's cognitive model is helpful here: look at the appraisals of the assault ("it'll happen to me next", "I'm weak for being shaken") and at safety behaviours like avoiding certain routes.

A few practical points from working in a step-3 service in the North West:
- Re-run the PCL-5 and the IES-R at session 4 rather than waiting for discharge.
- Keep the PHQ-9 and GAD-7 going every session as per the minimum dataset.
- If sleep is poor, Harvey's work on insomnia in PTSD is worth a look; a short CBT-I module can sit alongside.
- Check employment status; the Employment Advisers attached to most services can help with a phased return.

Watkins' rumination-focused CBT is the other option if the PTSD turns out to be subthreshold. Either way, I'd formulate before deciding - Padesky's 'collaborative empiricism' applies to treatment choice too.""",
        [],
    ),
    (
        "b5b-003",
        """CAMHS process note - session 5 (anonymised for discussion, mostly)

Young person: 14, female, Polish heritage, referred via school nurse for self-harm (superficial cutting, forearms). Mum works nights at the Amazon warehouse in Dunstable and Dad is back and forth to Poland for work. She is in Year 9 at Queensbury Academy and says the Head of Year, Mr Whitlock, is 'the only one who gets it'.

Today she brought a drawing of her cat, Pączek, and talked more than usual. Disclosed that an older boy on Snapchat (she showed me the username kuba_lu2) had been asking for photos. I've made a safeguarding referral to the MASH today, 17th January, and discussed with our named nurse.

Questions for the group: how do you hold the therapeutic relationship when you've just made a referral she explicitly asked you not to make? She went very quiet after I explained the limits of confidentiality again. I'm planning to use the RCADS and a bit of DBT-A distress tolerance next week but I'm worried she won't come back.""",
        [
            ("Amazon", "organisation"),
            ("Dunstable", "place"),
            ("Queensbury Academy", "organisation"),
            ("Whitlock", "name"),
            ("Pączek", "name"),
            ("kuba_lu2", "handle"),
            ("17th January", "date"),
        ],
    ),
    (
        "b5b-004",
        """Perinatal mental health - consultation question

Mum in her early thirties, eight weeks postpartum with her second baby, referred by the health visitor after an EPDS of 18 with a positive item 10. No prior psychiatric history apart from postnatal low mood after her first child which was never treated. She has intrusive images of dropping the baby down the stairs and has started avoiding carrying him. Classic harm-OCD picture I think, and she's terrified we'll 'take the baby off her'.

Plan so far: started sertraline 50mg via the perinatal psychiatrist (compatible with breastfeeding), weekly sessions at home, Y-BOCS baseline 24. I'm drawing on Challacombe's work on perinatal OCD and using the 'Theory A/Theory B' framing from Salkovskis. Dad is supportive but back at work after his two weeks of paternity leave.

What I'd value: how others introduce ERP when the feared object is a newborn. I don't want to push exposure too fast. I've also been thinking of Winnicott's 'good enough mother' and Stern's motherhood constellation for the shame piece. Has anyone combined Circle of Security Parenting with OCD work, or is that muddling two things?""",
        [],
    ),
    (
        "b5b-005",
        """Case summary for peer supervision (Scotland, adult CMHT)

Mòrag NicLeòid, 52, originally from Stornoway, moved to Partick about ten years ago. CHI 1207714382. Longstanding recurrent depression, two admissions to Leverndale, the last in spring. She's a Gaelic speaker and prefers to talk about feelings in Gaelic; I'm not, and I think we're losing something.

Works part-time at the Mitchell Library. Her brother Calum still crofts on Lewis and she phones him every Sunday. Her daughter, Eilidh, is at university and has recently stopped answering.

Current: BDI-II 31, sleeping 4-5 hours, sertraline 150mg and mirtazapine 15mg. No active plan, passive ideation. I'm offering behavioural activation but she keeps saying the only thing that would help is 'going home'. Thoughts on working with place-attachment and language in BA? Is there anyone in the network who does therapy in Gàidhlig?""",
        [
            ("Mòrag NicLeòid", "name"),
            ("Stornoway", "place"),
            ("Partick", "place"),
            ("1207714382", "id_number"),
            ("Leverndale", "organisation"),
            ("Mitchell Library", "organisation"),
            ("Calum", "name"),
            ("Lewis", "place"),
            ("Eilidh", "name"),
        ],
    ),
    (
        "b5b-006",
        """Reflections on working bilingually - a question for Welsh-speaking colleagues

I work in a primary care mental health team in a rural part of Wales (Part 1 of the Measure, for those outside Wales). A good proportion of my caseload are first-language Welsh speakers and I've noticed that clients often switch to English when talking about shame or sex, and back to Welsh when talking about family. Has anyone written about this? I know the code-switching literature from Pérez Foster and from the bilingual psychotherapy work in the US, but I've not found much on Welsh specifically.

Practical stuff I'm doing:
1. Offering the CORE-10 and PHQ-9 in Welsh (the validated translations) and noting which one clients choose.
2. Asking in the first session which language they dream in - a tip from a supervisor years ago.
3. Being honest that my written Welsh is weaker than my spoken Welsh.

I'm also curious whether 'hiraeth' has a place in formulation. A client this week described it as 'a homesickness for a home you can't return to, or that never was', which made me think of Bowlby on loss and Papadopoulos on 'nostalgic disorientation'. Cymraeg speakers - how do you hold that in CBT, which can feel very English in its assumptions?""",
        [],
    ),
    (
        "b5b-007",
        """NI trauma work - feeling out of my depth

Hi, I'm a counselling psychologist in a trauma service in Belfast and would welcome a steer. Client is Declan McCrory (I'll change this before the group - sorry, drafting fast), 58, grew up in Ardoyne and now lives in BT14. His H&C number is 320 571 8846 if anyone from the Trust sees this and can pull his old notes.

He drove for Translink for 25 years and retired on ill-health grounds. Presenting with PTSD linked to a bombing he witnessed as a teenager, re-triggered by a recent news documentary. He still goes to Mass at Holy Cross most mornings and says the priest, Fr Brendan, is the only person he's ever told.

PCL-5 is 56. I'm considering NET (Narrative Exposure Therapy) because of the multiple traumas over the lifespan, rather than standard TF-CBT. Has anyone used NET with Troubles-related trauma? I'm aware of the regional victims' service but he doesn't want to register.""",
        [
            ("Belfast", "place"),
            ("Declan McCrory", "name"),
            ("Ardoyne", "place"),
            ("BT14", "place"),
            ("320 571 8846", "id_number"),
            ("Translink", "organisation"),
            ("Holy Cross", "organisation"),
            ("Brendan", "name"),
        ],
    ),
    (
        "b5b-008",
        """University counselling service - capacity and session limits

Posting this as a general discussion rather than a case. Like many UK university services we offer a brief model (typically up to six sessions), and I'm finding that students presenting in the first term with what looks like emerging BPD traits or complex trauma get bounced between us, the GP and the local CMHT.

A composite example: a first-year from a small town in the North, first in family to go to university, CORE-34 of 21 at intake, history of self-harm in sixth form, currently on fluoxetine 20mg started by the GP. She described Freshers' Week as 'like being dropped on another planet'. Six sessions of SFBT-informed work is not what she needs, but the CMHT threshold is high and the waiting list for DBT is over a year.

Questions:
- How are other services using the University Mental Health Charter to argue for longer work?
- Has anyone piloted a DBT skills group within the counselling service (Linehan's skills manual, adapted to 12 weeks)?
- What do you do over the Christmas vacation when students go home and lose access?

I'm also interested in Mentalization-Based Treatment ideas (Bateman and Fonagy) as a lighter-touch frame for brief work.""",
        [],
    ),
    (
        "b5b-009",
        """Consultation request - private practice, Cork

I'm an IACP-accredited counsellor in private practice. New client, Ioana Dumitrescu, 29, Romanian, working as a healthcare assistant at the Bon Secours in Cork. She came via her employer's EAP for six sessions, but the EAP form she handed me included her PPSN (7845123KA) and her home address in Ballincollig, which I've since shredded.

Presenting issue is grief: her grandmother died in Romania on 2 February and she couldn't get home for the funeral because of rostering. She describes intense guilt, nightly dreams of her bunica, and has started drinking more (AUDIT 14). Her partner, Andrei, is supportive but 'doesn't do feelings'.

I'm thinking about Worden's tasks of mourning and the continuing bonds model (Klass), and about the cultural aspects of the Romanian Orthodox forty-day memorial (parastas) she missed. Has anyone worked with disenfranchised grief in migrant healthcare workers? And would you refer on for the alcohol at this level?""",
        [
            ("Cork", "place"),
            ("Ioana Dumitrescu", "name"),
            ("Bon Secours", "organisation"),
            ("7845123KA", "id_number"),
            ("Ballincollig", "place"),
            ("2 February", "date"),
            ("Andrei", "name"),
        ],
    ),
    (
        "b5b-010",
        """Re: Counselling in Primary Care waiting lists (Ireland)

Replying to the thread on CIPC. In my experience the eight-session cap works reasonably for mild-moderate presentations, but the GP referral letters often undersell risk. A few things I've found useful working across HSE and private settings:

- Use the CORE-OM at first contact and again at session 6; the PHQ-9 alone misses a lot of the relational distress.
- For anyone presenting with alcohol use, the AUDIT-C is quick and GPs understand it.
- Remember 116 123 and the 50808 text line for out-of-hours; give both in writing.
- If there's significant trauma, consider whether the person needs the local Primary Care Psychology team or the CMHT rather than counselling.

Clinically, I'd recommend Paul Gilbert's Compassion Focused Therapy for the shame-heavy presentations we see so much of in Ireland, especially around the legacy of the Magdalene laundries and mother-and-baby homes for older clients. Herman's Trauma and Recovery remains the best single text on this. I also lean on Rogers' core conditions more than I admit in case notes.

Happy to share a sample contracting letter if useful (GDPR-compliant, no client details).""",
        [],
    ),
    (
        "b5b-011",
        """BACP private practice - boundaries question

Client: Oluwaseun 'Seun' Adeyemi, 41, IT contractor, referred by his wife Funmilayo who is a patient of a colleague. He attends Jesus House on Sundays and initially wanted 'Christian counselling'; I'm not a Christian counsellor and said so. He presents with work stress and marital conflict and scores PHQ-9 11, GAD-7 14.

The boundaries issue: he insists on paying by bank transfer through his limited company and has sent me an invoice template with his NI number (SN 45 67 89 C) on it for his accountant. He also texts me from 07911 234 876 at odd hours with long messages about his in-laws.

I've set up a contract re: contact between sessions but he's pushing. My supervisor suggests I'm over-functioning. I'm drawing on Gottman (the Four Horsemen are all present, especially stonewalling) and Falicov's ideas about migration and family scripts. Anyone with experience of couples where one partner is being seen individually by a colleague? Dual relationship worries.""",
        [
            ("Oluwaseun", "name"),
            ("Seun", "name"),
            ("Adeyemi", "name"),
            ("Funmilayo", "name"),
            ("Jesus House", "organisation"),
            ("SN 45 67 89 C", "id_number"),
            ("07911 234 876", "phone"),
        ],
    ),
    (
        "b5b-012",
        """SOAP note (composite, shared with permission for teaching)

S: Man in his late twenties under the Early Intervention in Psychosis team, second episode. Reports voices 'quieter' since depot was increased. Says he's been going to the gym on weekdays and has stopped smoking cannabis 'mostly'. Worried about Universal Credit sanctions.
O: Well kempt, good eye contact, mild akathisia. PANSS positive subscale 14 (down from 22). QPR 38. Paliperidone palmitate 100mg monthly, procyclidine PRN. Weight up 4kg since March.
A: Improving positive symptoms, side effects need monitoring; engagement good. Risk low and static. Cannabis reduction is a real win.
P: CBTp session 9 next Thursday, continue with Morrison's formulation approach and normalising (Kingdon and Turkington). Refer to the physical health nurse for bloods and ECG. Liaise with the Employment Specialist re: IPS. Family Intervention offer to parents (Kuipers model) to be revisited at CPA review in the autumn.

Question for the group: how do you talk about cannabis with young men who say it's the only thing that helps them sleep, without it becoming a power struggle? Motivational Interviewing (Miller and Rollnick) is the obvious answer, but I'd love practical lines that have worked.""",
        [],
    ),
    (
        "b5b-013",
        """Perinatal team - thinking about culture and family

Mum: Nasima Begum, 24, hospital no. RLH 8834120, baby boy born 28/09 at the Royal London by emergency section. Lives with husband Shahidul and his parents in a two-bed flat, E1 1JX. She came to the UK from Sylhet on a spousal visa three years ago and her English is limited; we're using a Sylheti interpreter over the phone.

EPDS 21 at six weeks. She describes feeling like 'a servant in the house' and says her mother-in-law controls feeds and visitors. Husband attends the East London Mosque and has asked whether the imam could 'talk to her' instead of us.

I'm aware of the risk of imposing a Western individualist frame and don't want to pathologise multigenerational living. But there are coercive control indicators (no access to money, phone checked). Questions: how do you assess DA safely with family always present and an interpreter who may know the community? And any experience of working alongside faith leaders in perinatal care?""",
        [
            ("Nasima Begum", "name"),
            ("RLH 8834120", "id_number"),
            ("28/09", "date"),
            ("Royal London", "organisation"),
            ("Shahidul", "name"),
            ("E1 1JX", "place"),
            ("Sylhet", "place"),
            ("East London Mosque", "organisation"),
        ],
    ),
    (
        "b5b-014",
        """Process note, session 14 - shame and the 'inner critic'

Client (woman, 40s) arrived late and apologised three times before sitting down. Opened with 'I nearly didn't come, I'd decided you were sick of me'. Noted my own pull to reassure. Instead I reflected the fear of being too much, and she cried.

We returned to the chair work from last week. She gave the critic a voice ('You're pathetic, you always ruin everything, no wonder Dad left') and then struggled to respond from the compassionate self. Used Gilbert's three-systems model on the whiteboard: Threat, Drive, Soothe. She said Soothe was 'a foreign country'.

Reflections:
- Strong countertransference pull to rescue - link to my own history, will take to supervision.
- Schema lens (Young): Defectiveness/Shame and Abandonment both active.
- Following Kohut, I wonder if the lateness and apology are testing whether I'll remain empathically attuned.

Measures: CORE-10 24 (last month 27). PHQ-9 16. No self-harm since Easter. Continues on citalopram 20mg.

Next session Wednesday. Plan: continue compassionate mind training, introduce the 'soothing rhythm breathing' exercise, and begin a compassionate letter. She asked if she could bring a photo of herself as a child, which feels important.""",
        [],
    ),
    (
        "b5b-015",
        """Stuck with a young man - anger, racism, and the police

Community youth counselling, 17-year-old of Jamaican heritage, Kemar Brissett. He's at Joseph Chamberlain Sixth Form College doing BTEC Sport and used to play for Handsworth Wanderers before an injury. Referred after a stop-and-search that turned physical; he was arrested and later released without charge. He says police stopped 'Mum's car' (he quoted the reg, BV19 KTO, as evidence it's registered to her) because 'a Black boy in a nice car must've nicked it'.

He lives with his mum in Lozells, along with his great-grandmother, who is aged 94 and 'the boss of the house'. He's very protective of her. Presents with anger, hypervigilance, sleep problems, and a lot of righteous grief about how he's seen.

I'm a white counsellor and I'm acutely aware of it. I've been reading Eddo-Lodge and Fanon, and the racial trauma literature (Carter's race-based traumatic stress). I don't want to pathologise a rational response to racism. How have others named race in the room early without making it about their own guilt? Also thinking of a PCL-5 but worried it medicalises.""",
        [
            ("Kemar Brissett", "name"),
            ("Joseph Chamberlain Sixth Form College", "organisation"),
            ("Handsworth Wanderers", "organisation"),
            ("BV19 KTO", "id_number"),
            ("Lozells", "place"),
            ("aged 94", "age"),
        ],
    ),
    (
        "b5b-016",
        """Record-keeping in private practice - what do you actually write?

Bit of a practical one. I'm BACP-registered (and recently UKCP-accredited after finishing my integrative training) and I'm reviewing how I keep notes in light of UK GDPR and the ICO guidance. Currently I keep:
- A contract and consent form (paper, locked cabinet).
- Brief process notes in Notion, which my supervisor thinks is a bad idea.
- Outcome measures: CORE-10 every fourth session, WSAS at start and end.

I've read Bond and Mitchels on confidentiality and record keeping, which is excellent, and the BACP Ethical Framework. But I'd love to hear what others actually do. Do you record risk in a separate document? Do you write formulations down or keep them in your head? For clients who use private health insurance (Bupa, AXA, Aviva), what do you share with the insurer and how do you word it?

Also: how long are you retaining notes? I've seen anything from six to seven years after the end of therapy, longer for under-18s. And does anyone use a password-protected Word document vs a practice management system like WriteUpp or Cliniko? I'm on a MacBook and not very techy.""",
        [],
    ),
    (
        "b5b-017",
        """Uni counselling - international student, visa worries

Client: Akosua Mensah-Bonsu, second-year pharmacy at the University of Leeds, student no. 201634587. From Kumasi originally; her fees are paid by an uncle who she says 'expects a return on his investment'. She failed two modules and is terrified of losing her Student visa if she interrupts.

Presenting: panic attacks (GAD-7 18), not eating properly, working 20 hours a week at a Greggs in Headingley on top of placements. She emailed out of hours from ammb2001@outlook.com saying she 'couldn't see the point any more', which we followed up the next morning; she denied intent and we did a safety plan (Stanley-Brown format).

I want to work on the panic with Clark's model, but honestly the stressors are practical and real. Has anyone worked with the international student support team on visa-safe options? And how do you work with family obligation in West African families without framing it as enmeshment? I've found Falicov and Boyd-Franklin useful but they're US-centric.""",
        [
            ("Akosua Mensah-Bonsu", "name"),
            ("University of Leeds", "organisation"),
            ("201634587", "id_number"),
            ("Kumasi", "place"),
            ("Greggs", "organisation"),
            ("Headingley", "place"),
            ("ammb2001@outlook.com", "email"),
        ],
    ),
    (
        "b5b-018",
        """Detentions, named persons and therapy - a Scottish question

Working in an adult CMHT in Scotland and I've a general question about therapy with people under a Compulsory Treatment Order. The Mental Health (Care and Treatment) (Scotland) Act 2003 gives people the right to a named person and to independent advocacy, and I've noticed that clients on a CTO often experience me as part of the apparatus of compulsion, however I frame it.

Composite picture: man in his 40s with bipolar affective disorder (F31.2 at last admission), clozapine previously trialled, now on lithium with levels around 0.7. Relapses typically follow sleep loss. Good insight when well, very little when high.

What I'm trying:
- Being explicit that I don't attend Tribunal hearings as a witness unless compelled.
- Using a relapse signature approach (Lam and Jones's CBT for bipolar) and a written advance statement.
- Drawing on Deegan's 'personal medicine' idea to shift from compliance language.

Has anyone found a way to talk about the power differential directly without it feeling like a disclaimer? I keep thinking of Freire, oddly, and of Johnstone and Boyle's Power Threat Meaning Framework, which our psychology lead is keen on.""",
        [],
    ),
    (
        "b5b-019",
        """CAMHS (HSE) - eating disorder, team sport context

Just after some thoughts on a 15-year-old I'm seeing, Saoirse Kavanagh. She plays camogie for Ballyboden St Enda's and is in TY at Firhouse Community College. Her GP referred after she lost 7kg over the summer; BMI centile now around the 9th. Her mam, Niamh, found her running laps at 5am. Address on the referral is in Tallaght, D24 - I'm flagging because the school counsellor forwarded the whole referral with her PPS number on it, which I've asked to be redacted.

We're starting FBT (Maudsley family-based treatment), phase 1, with parents taking over meals. Dad is very sport-minded and keeps framing it as 'fuelling for performance', which partly helps and partly feeds the problem. EDE-Q global 4.1.

My questions: how do you work with a coach who's invested in the young person's weight class or 'lean' look? And has anyone used Lock and Le Grange's manual with a split household (Dad is in Galway midweek)?""",
        [
            ("Saoirse Kavanagh", "name"),
            ("Ballyboden St Enda's", "organisation"),
            ("Firhouse Community College", "organisation"),
            ("Niamh", "name"),
            ("Tallaght", "place"),
            ("D24", "place"),
            ("Galway", "place"),
        ],
    ),
    (
        "b5b-020",
        """lol this is so relatable. I had a similar one last year - client kept cancelling the Monday slot after bank holidays, and it turned out Mondays were just when the shame hangover from weekend drinking peaked. We moved to Thursdays and attendance went from about 50% to nearly all of them.

Few thoughts for your guy:
* AUDIT first, properly, not just 'how much do you drink'. If he's 20+ think about a referral to the local drug and alcohol service before or alongside.
* Miller & Rollnick MI 4th edition is great on 'sustain talk' - sounds like a lot of that.
* Don't underestimate naltrexone or acamprosate, worth a GP conversation.
* SMART Recovery and AA both run online meetings if he's put off by in-person.

And honestly, check your own frustration. I was getting quite punitive in my head ('if you can't be bothered...') and my supervisor pointed out I was re-enacting his dad. Classic Karpman triangle stuff, I'd gone from Rescuer to Persecutor in about three weeks.

Good luck, keep us posted x""",
        [],
    ),
    (
        "b5b-021",
        """Case formulation for discussion - alcohol, migration and masculinity

I've removed identifying details as far as I can. Man in his late 40s, Polish, came to the UK after EU accession and has worked in construction since. Married, two teenage children, one of whom has recently stopped speaking to him. Drinking around 60 units a week (AUDIT 24), mainly vodka at home after shifts. Referred by occupational health after a near-miss on site with his current employer, Balfour Beatty, where he is a site foreman.

Formulation (5Ps):
- Predisposing: father with alcohol dependence; early message that men don't talk about feelings.
- Precipitating: son's refusal to speak to him after a row at Christmas.
- Perpetuating: shift work, isolation, drinking culture on site, shame.
- Protective: strong work ethic, faith (practising Catholic), wife still committed.

Plan: MI to start, then CBT for alcohol misuse with a focus on identifying high-risk situations. Considering Behavioural Couples Therapy (O'Farrell) if wife agrees. He won't attend AA ('it's for Americans') but is curious about a Polish-speaking mutual-aid meeting.

Questions: experiences with masculinity and help-seeking in Eastern European men? I've read Seidler's review but would love clinical wisdom.""",
        [("Balfour Beatty", "organisation")],
    ),
    (
        "b5b-022",
        """DAP note - step 2 guided self-help, telephone session 4

D: Client reported completing the activity diary on four of seven days. Low mood worst on Sunday evenings ahead of the working week. Completed two scheduled activities (walk with the dog, phoning a friend) and rated mood after each as improved. PHQ-9 today 13 (baseline 17), GAD-7 9 (baseline 12). WSAS 18. Denies thoughts of self-harm; no change in risk.
A: Responding to behavioural activation; avoidance of social contact remains the main maintaining factor. Sunday evening dip fits an anticipatory anxiety pattern. Engaging well; homework adherence good.
P: Continue BA using the Richards and Whyte 'Reach Out' workbook. Add graded exposure to one social situation. Session 5 next week, same time. If PHQ-9 not below 10 by session 6, discuss step-up to CBT at step 3 in supervision.

Note to peer group: does anyone else find Sunday-evening dips are almost universal in working-age clients? I've started pre-emptively planning Sunday activities in session 2 with decent results. Would welcome any evidence on that, or whether it's just my caseload.""",
        [],
    ),
    (
        "b5b-023",
        """Welsh-medium family work - consultation

Family of four, bilingual Welsh/English, living in Pontcanna. Referred into our primary mental health support service for the younger child, Gethin Rhys Pritchard, aged 10, with school refusal since September. He attends Ysgol Pwll Coch, where his older sister Cerys also went. Dad coaches the minis at Cardiff Harlequins (rugby) and is, by his own admission, 'a bit old school' about Gethin's anxiety.

Mum has asked me to liaise with the school ALNCo, Mrs Angharad Lloyd-Davies, and to call her on 029 2049 7713 rather than the mobile. Gethin's hospital number from an earlier paediatric admission is G482917 (at UHW) - it appeared on the referral so I'm mentioning it in case it helps the consultant find the old letters.

Clinically: separation anxiety plus some social anxiety, SCAS parent report elevated. I'm planning parent-led CBT (Creswell and Willetts' 'Helping Your Child') but Dad is sceptical. Thoughts on engaging fathers in parent-led CBT, especially where the child's anxiety clashes with a strong sporting family identity?""",
        [
            ("Pontcanna", "place"),
            ("Gethin Rhys Pritchard", "name"),
            ("Gethin", "name"),
            ("Ysgol Pwll Coch", "organisation"),
            ("Cerys", "name"),
            ("Cardiff Harlequins", "organisation"),
            ("Angharad Lloyd-Davies", "name"),
            ("029 2049 7713", "phone"),
            ("G482917", "id_number"),
            ("UHW", "organisation"),
        ],
    ),
    (
        "b5b-024",
        """Re: parent-infant work when Dad won't engage

Agree with the previous reply, and I'd add a couple of things from the parent-infant psychotherapy side. Fraiberg's 'Ghosts in the Nursery' is still the essential read for how a parent's unprocessed history shows up in the care of the baby, and Lieberman's 'Angels in the Nursery' paper is the hopeful counterpart. If you're able, Video Interaction Guidance (VIG) is often more acceptable to fathers than talking therapy; it's strengths-based and concrete.

On assessment: the PIR-GAS and the Keys to Interactive Parenting Scale are both usable in a community setting. The CARE-Index (Crittenden) needs training but gives a lot. And don't forget Dad's own mood: the EPDS has been validated with fathers, though with a lower cut-off.

Murray and Cooper's work on postnatal depression and infant outcomes is the evidence base most commissioners recognise. Tronick's Still Face paradigm is a great one to show parents on YouTube - I've had dads in tears watching it.

Finally, the Solihull Approach training is cheap and gives the whole team a shared language around containment and reciprocity (Bion, Brazelton). Worth asking your service lead about.""",
        [],
    ),
    (
        "b5b-025",
        """Older adult CMHT - grief and faith

I'm a psychotherapist in an older adults' team and would welcome thoughts. My client, Mrs Hyacinth Gordon-Reid, is a 91-year-old Windrush-generation woman from Clarendon, Jamaica, widowed last year. She lives alone in a council flat in Stockwell, SW9, and her daughter Marcia visits daily. She is a deaconess at Brixton Seventh-day Adventist Church and her faith is central.

The referral came after her GP noticed weight loss and tearfulness. GDS-15 is 9, MoCA 27/30 - no significant cognitive concerns. She talks to her late husband, Lloyd, each evening and finds comfort in it; the GP wondered about psychosis, which I don't think is right. She described her low mood as 'my spirit is tired'.

Since the Windrush scandal she's been anxious about her status despite having been here since 1958, and gets upset by letters from the council. NHS no. on our system is 610 432 7789, and her birthday (14th May) is coming up which she dreads without Lloyd.

How do others integrate faith-based meaning-making into grief work? I'm using Stroebe and Schut's dual process model and wondering about Pargament's work on religious coping.""",
        [
            ("Hyacinth Gordon-Reid", "name"),
            ("91-year-old", "age"),
            ("Clarendon", "place"),
            ("Stockwell", "place"),
            ("SW9", "place"),
            ("Marcia", "name"),
            ("Brixton Seventh-day Adventist Church", "organisation"),
            ("Lloyd", "name"),
            ("610 432 7789", "id_number"),
            ("14th May", "date"),
        ],
    ),
    (
        "b5b-026",
        """Long-term conditions pathway - diabetes distress

Our Talking Therapies service runs an integrated LTC pathway and I've picked up a number of people with type 2 diabetes where the main issue is diabetes distress rather than depression. The PAID scale (Problem Areas in Diabetes) has been more useful than the PHQ-9 for picking this up, and HbA1c tends to come up in session more than I expected.

General observations:
- Clients frequently feel blamed by health professionals ('if you'd just lost weight...'). Shame is central.
- Metformin side effects (GI) and the fear of moving to insulin come up a lot.
- Many older South Asian clients have family members managing meals, and dietary advice can feel culturally tone-deaf. Fasting during Ramadan is a particular flashpoint with diabetes nurses.

I've been using ACT (Hayes, Strosahl and Wilson) with a values focus, and the 'passengers on the bus' metaphor lands well. Also drawing on Gregg's ACT-for-diabetes trial. Snoek's work on diabetes-specific distress is helpful for formulation.

Has anyone developed a group for this? We're thinking of a six-week group co-facilitated with a diabetes specialist nurse, run on Tuesday afternoons. Would welcome any materials or evaluation ideas (we'd probably use the PAID, PHQ-9 and a goal-based outcome).""",
        [],
    ),
    (
        "b5b-027",
        """IAPT - Romanian speaker, interpreter, debt

Hello all. I'm a CBT therapist and I'd like help with a man I've been seeing via a Romanian interpreter. Florin Popa, 38, works on a packing line at Bakkavor in Spalding and lives in Millfield, PE1. He came after his car (KN68 VWX) was repossessed on 22.10 and he hasn't been able to get to the early shift since; he's now on a final warning.

Depression and panic, PHQ-9 20, GAD-7 17, drinking to sleep. His wife Mihaela has gone back to Iași with their daughter. He describes himself as 'a failure as a man and a father' and has searched for ways to end his life online, though no plan.

He's very practical and resists anything that feels 'like psychology'. I'm leaning towards problem-solving therapy (Nezu and D'Zurilla) plus BA, and getting him linked with free debt advice. Risk plan done, crisis line and 111 option 2 given.

Questions: using CBT through an interpreter - any tips for keeping Socratic questioning alive when everything takes twice as long? Also, the interpreter seemed to soften some of what I said; how do you address that?""",
        [
            ("Florin Popa", "name"),
            ("Bakkavor", "organisation"),
            ("Spalding", "place"),
            ("Millfield", "place"),
            ("PE1", "place"),
            ("KN68 VWX", "id_number"),
            ("22.10", "date"),
            ("Mihaela", "name"),
            ("Iași", "place"),
        ],
    ),
    (
        "b5b-028",
        """Intergenerational trauma and the peace process - reading group notes

For those in the reading group: this month's discussion picked up on the themes from Danieli's multigenerational legacy framework and how it maps onto work in Northern Ireland. Several of us noted that many younger clients (born after 1998) describe the Troubles as 'something nobody talks about' while showing clear signs of inherited hypervigilance - checking under cars, avoiding certain areas, sectarian anxiety at interfaces.

Key ideas we discussed:
- Volkan's 'chosen trauma' concept and how communal narratives (both Unionist and Nationalist) transmit it.
- Yehuda's epigenetic work - interesting but we agreed to be cautious about overclaiming.
- The silence of parents as protective and also isolating (Bar-On's 'double wall').
- The role of paramilitary-style 'punishment' attacks, which still happen, as ongoing trauma rather than legacy.

Clinically, people found NET and Compassion Focused Therapy useful, and one colleague described adapting Tree of Life (Ncube) for group work with young people from both communities. Next month: Judith Herman's Truth and Repair. Meeting as usual on the second Tuesday, on Teams, 7pm.""",
        [],
    ),
    (
        "b5b-029",
        """Safeguarding and therapy - risk of forced marriage

Need some urgent-ish thinking. School counsellor here. Hafsa Iqbal, 17, Year 13 at Belle Vue Girls' Academy, disclosed today that her family plan to take her to Mirpur 'for a holiday' after her A-levels, and she's found messages between her dad and an uncle about a nikah. She turns 18 on 3 August. She lives in Manningham (BD8) with parents and four siblings; her eldest brother, Usman, is 'the enforcer'.

She's asked me not to tell anyone and is scared of the family finding out. She has an Instagram account she says her brother doesn't know about (@hafsa.writes) where she posts poetry, and that's where a friend suggested she get help.

I've already spoken to our DSL and we're following the multi-agency statutory guidance; the Forced Marriage Unit has been contacted. My question is more about the therapeutic side: how do I keep her engaged and feeling she has agency when the safeguarding process is necessarily taking over? She's very bright and very frightened. Any experience of working with young people pre- and post- FMPO? I'm drawing on trauma-informed principles and the Power Threat Meaning Framework but feeling out of my depth.""",
        [
            ("Hafsa Iqbal", "name"),
            ("Belle Vue Girls' Academy", "organisation"),
            ("Mirpur", "place"),
            ("3 August", "date"),
            ("Manningham", "place"),
            ("BD8", "place"),
            ("Usman", "name"),
            ("@hafsa.writes", "handle"),
        ],
    ),
    (
        "b5b-030",
        """Neurodevelopmental assessment waits and 'holding' therapy

A general question from CAMHS in Scotland. Like everyone, our neurodevelopmental waits are enormous, and we're increasingly being asked to offer therapy to young people 'while they wait' for an ADHD or autism assessment. I'm uneasy about it. Standard CBT for anxiety often doesn't fit autistic young people without adaptation, and we risk a poor first experience of therapy.

Things I've found helpful:
- The NICE guidance (CG170) on adapting psychosocial interventions for autistic children.
- Spain and Happé's work on anxiety in autism, and the idea of intolerance of uncertainty as a shared mechanism.
- Visual supports, shorter sessions, and written summaries sent home afterwards.
- Asking about sensory needs first (lighting, fidget toys, whether they want eye contact at all).

For ADHD, parent training (New Forest Parenting Programme or Incredible Years) while waiting tends to be more useful than individual therapy for the child.

I'm also wary of the framing: the 'wait' is a systems problem, not a clinical one, and GIRFEC principles would say we should be meeting need now, not diagnosis. Anyone found a way of arguing that with managers? Our SCAS and RCADS data might help make the case.""",
        [],
    ),
    (
        "b5b-031",
        """DBT team - help with a chain analysis

Hi folks, sharing a chain analysis from our DBT programme for feedback. Client is Kirsty Duncan (CHI 050390 2736), 33, lives in Lochee with her partner Alasdair and their dog, Bramble. She's been in the programme for four months after two admissions to Ninewells following overdoses. Works as an operator at the Michelin factory; currently signed off.

Target behaviour: superficial cutting on Friday 8th.
Vulnerability factors: poor sleep, missed her lunchtime meal, argument with Alasdair about money.
Prompting event: a text from her mum saying she 'wasn't coming to the birthday'.
Links: shame ('I'm the reason everyone leaves') -> urge to cut 8/10 -> went to the bathroom -> cut -> relief then guilt.
Consequences: Alasdair took Bramble out for a long walk and didn't speak to her till morning.

What I'm missing: where would you target first? I'm thinking emotion regulation for the vulnerability factors (PLEASE skills) and opposite action for the shame. Also wondering about the partner's withdrawal reinforcing it. Linehan would say look at the consequences carefully. Any thoughts welcome.""",
        [
            ("Kirsty Duncan", "name"),
            ("050390 2736", "id_number"),
            ("Lochee", "place"),
            ("Alasdair", "name"),
            ("Bramble", "name"),
            ("Ninewells", "organisation"),
            ("Michelin", "organisation"),
            ("Friday 8th", "date"),
        ],
    ),
    (
        "b5b-032",
        """Re: exam anxiety groups in May

We ran a four-week 'Exam Stress' group last year, open to any undergraduate, and I'd echo what's been said about keeping it skills-based. Our structure:

Week 1 - psychoeducation (Yerkes-Dodson curve, fight-flight-freeze, why avoidance works short-term).
Week 2 - worry time and the Worry Tree (Butler and Hope), plus procrastination as mood repair (Sirois and Pychyl).
Week 3 - self-compassion (Neff's self-compassion break) and perfectionism (Shafran, Egan and Wade).
Week 4 - exam-day planning, sleep hygiene, and what to do if you blank.

Outcomes: GAD-7 dropped on average by about four points; CORE-10 less so. Attendance fell off in week 3, which coincided with the Easter break, so we'll move it earlier.

A couple of cautions: beta-blockers (propranolol) come up a lot, and students sometimes get them from friends - worth addressing without lecturing. Also watch out for students using the group to avoid individual work when they need it.

Happy to share the slides. Our Disability Service and Academic Skills team co-delivered week 4, which helped a lot.""",
        [],
    ),
    (
        "b5b-033",
        """Rural farmer, suicide risk - HSE adult mental health

Consultation please. Pádraig Considine, 61, dairy farmer outside Ennistymon, never married, lives with his older brother Mossie. Referred by his GP after his sister found a rope in the slatted shed. PPSN on the referral: 6723418W. He sells at Ennis Mart and the only people he talks to are the lads there.

He denies intent now and is 'embarrassed by the fuss'. Presenting with depression (PHQ-9 22), financial worry after the milk price drop and a TB outbreak in the herd last year that meant depopulation. He says the herd was 'the life's work of three generations'.

He won't come into the clinic in town; I've been doing home visits. He has no mobile, only a landline, 065 707 4412, and his brother answers it.

I'm using the Collaborative Assessment and Management of Suicidality (CAMS, Jobes) and a safety plan, and I've talked with him about means restriction on the farm. Any experience with older rural men and grief for livestock? I'm thinking of a disenfranchised grief framing (Doka), and how to involve the brother without breaching confidentiality.""",
        [
            ("Pádraig Considine", "name"),
            ("Ennistymon", "place"),
            ("Mossie", "name"),
            ("6723418W", "id_number"),
            ("Ennis Mart", "organisation"),
            ("065 707 4412", "phone"),
        ],
    ),
    (
        "b5b-034",
        """Structured Clinical Management in a CMHT - worth it?

Our trust is rolling out SCM (Bateman and Krawitz) for people with a diagnosis of EUPD/BPD who don't meet criteria for full DBT or MBT, and I'd be glad to hear how it's gone elsewhere. The manual is refreshingly practical: a clear crisis plan, problem-solving, medication review, and a consistent, validating stance from the care coordinator. Sessions are fortnightly individual plus a weekly problem-solving group.

My worries:
- Care coordinators already carry caseloads of 35+ and SCM asks a lot.
- 'Generalist' can become code for 'less'.
- The stigma around the EUPD label (ICD-11 now uses 'personality disorder, with borderline pattern', 6D11) - many clients reject it, and I'm sympathetic.

Positives so far: clients like the clarity of the crisis plan and the team is more consistent. Our ZAN-BPD scores are too early to interpret.

Gunderson's Good Psychiatric Management (GPM) seems very similar in spirit. Has anyone compared them? And how do you handle the inevitable request for 'proper therapy' when someone has been told SCM is the offer? Would appreciate thoughts from people in the South West or anywhere with a mature SCM offer.""",
        [],
    ),
    (
        "b5b-035",
        """UKCP psychotherapist - pregnancy loss and work

Looking for a consult on a client in private practice. Harriet Ainsworth, 36, senior associate at Eversheds Sutherland, had her third miscarriage on 2023-11-14 and was seen at the recurrent miscarriage clinic at St Mary's. Her husband, Tom, 'wants to stop trying'; she doesn't.

She's been writing publicly about it at harrietwrites.substack.com, which she shared with me and which I haven't read yet - I'm unsure whether to. It feels like an invitation and a boundary question at once.

Presentation: grief, intense envy of pregnant colleagues, intrusive images of the scan, PCL-5 41 (above cut-off), which surprised her. She's back at work and 'performing fine' but crying in the loos. I'm an integrative therapist; I've been using a relational frame and some EMDR resourcing.

Questions:
1. Would you read a client's public writing? Has anyone got guidance from the UKCP ethics code on this?
2. Experience of PTSD after pregnancy loss? I know Farren and Bourne's Imperial study found high rates.
3. How to hold the couple conflict in individual work without triangulating?""",
        [
            ("Harriet Ainsworth", "name"),
            ("Eversheds Sutherland", "organisation"),
            ("2023-11-14", "date"),
            ("St Mary's", "organisation"),
            ("Tom", "name"),
            ("harrietwrites.substack.com", "url"),
        ],
    ),
    (
        "b5b-036",
        """Over-representation of Black men under the MHA - what can therapists do?

Prompted by a recent discussion in our team, I wanted to open a broader thread. The data are stark: Black people in England are detained under the Mental Health Act at several times the rate of white people, and Community Treatment Orders even more so. The Independent Review of the Mental Health Act (Wessely, 2018) and the PCREF (Patient and Carer Race Equality Framework) both name this.

As therapists in CMHTs we often see people after detention, when trust in services is understandably low. What I'm trying:
- Naming race and racism explicitly early on, with permission (Hardy's 'racial trauma' work and the RESPECT model have been helpful).
- Asking about experiences of police and of the ward, rather than assuming the admission was 'helpful'.
- Working with community organisations and Black-led services where the client wants that.
- Supervision that actually addresses whiteness (Ryde, 'Being White in the Helping Professions').

Also reading Fernando's Institutional Racism in Psychiatry and Clinical Psychology and the 'Circles of Fear' report. Any recommendations for culturally adapted CBT for psychosis? I know of Rathod's work on CaCBTp. Would welcome pushback too - I'm aware I'm a white clinician writing this.""",
        [],
    ),
    (
        "b5b-037",
        """Gambling harm - young man, step 3

Quick consult. Tanvir Chowdhury, 23, sales assistant at JD Sports in Oldham town centre, referred himself after losing about £14k on online slots and football accas over 18 months. He plays Sunday league for Glodwick FC and says the betting is 'just what the lads do'. His sister Rupa found out when a bailiff letter came to the family home at OL8 1QR.

He told me his gambling account username is tanv_99 and showed me his self-exclusion via GAMSTOP - which is great - but he's already found offshore sites that don't use it.

PGSI 19, PHQ-9 15. He's Muslim and feels enormous religious shame; he hasn't told his parents, and his dad is on the committee at the local mosque.

Plan: CBT for gambling (Ladouceur's cognitive model, working on the illusion of control and near-miss thinking), motivational work, and a referral to the specialist NHS gambling clinic. Questions: how do you work with religious shame around gambling without colluding with secrecy? And has anyone used blocking software like Gamban with clients?""",
        [
            ("Tanvir Chowdhury", "name"),
            ("JD Sports", "organisation"),
            ("Oldham", "place"),
            ("Glodwick FC", "organisation"),
            ("Rupa", "name"),
            ("OL8 1QR", "place"),
            ("tanv_99", "handle"),
        ],
    ),
    (
        "b5b-038",
        """Birth trauma - does anyone use a specific protocol?

I work in a perinatal psychology service and we're seeing more referrals for birth trauma and tokophobia ahead of a second pregnancy. I'm interested in what others are using.

Our current approach:
- Screening with the City Birth Trauma Scale (Ayers) at the booking appointment for women with a previous traumatic birth.
- Trauma-focused CBT (Ehlers and Clark) or EMDR, with the Standard Protocol and a focus on hotspots (often the moment of losing consent, or of being left alone).
- A 'birth reflections' session jointly with a midwife, which some women find enormously validating and others find retraumatising.

Complicated bits:
- Partners who witnessed the birth often have their own PTSD and are rarely offered anything.
- Tokophobia and requests for elective caesarean: we provide a psychological report for the obstetric team, but I'm aware it can feel like we're gatekeeping.
- Shame about 'not enjoying' the baby; the EPDS and PHQ-9 often underestimate this.

Reading: Beck (Cheryl, not Aaron!) on birth trauma, Slade's model of perinatal PTSD, and the Birthrights reports on dignity in childbirth. Also the MBRRACE-UK reports for context about maternal deaths and racial disparities.

Would love to hear from people running groups rather than individual work.""",
        [],
    ),
    (
        "b5b-039",
        """ugh, need to vent and get advice. Had a session today with Agnieszka Wróbel (I know, I know, I'll edit before posting properly). she works at Moy Park in Dungannon on the chicken line and her ex, who she calls 'tomek' in all her texts, turned up at the house again last night. she showed me the messages: 'tomek says he will take oskar to poland if I go to police'. Oskar is 8 and at Howard Primary.

There's a non-molestation order in place apparently but she thinks the PSNI 'won't bother'. She gave me his number so I could 'see what he's like' - +44 7823 456 190 - which obviously I'm not calling.

Clinically she's exhausted, CORE-10 28, not sleeping, hypervigilant, and terrified about child abduction. I've referred to a local DV service and given her the 24hr DSA helpline. The question I have is about my own role: she wants me to write a letter for the family court and I'm a counsellor not an expert witness. How do you handle requests for court letters? BACP have guidance but it's vague.""",
        [
            ("Agnieszka Wróbel", "name"),
            ("Moy Park", "organisation"),
            ("Dungannon", "place"),
            ("tomek", "name"),
            ("oskar", "name"),
            ("Oskar", "name"),
            ("Howard Primary", "organisation"),
            ("+44 7823 456 190", "phone"),
        ],
    ),
    (
        "b5b-040",
        """Reminder for all of us (myself included!) - before posting, strip out NHS numbers, CHI numbers, H&C numbers and PPSNs. I've seen three posts this month with what looked like real ones. Also postcodes - even a partial one narrows things down a lot in a rural area - plus school names, employers and football clubs. 'Works at a big supermarket' is fine; the branch name isn't.

The BACP and BPS guidance both say consent plus de-identification, and UK GDPR treats health data as special category. If in doubt, change the age by a couple of years, change the gender if it's not clinically relevant, and make the town 'a market town in the Midlands' or similar.

Dates are the sneaky one. 'Admitted on' plus an exact day and month is enough for someone at the trust to find the person. Say 'in the spring' or 'about six weeks ago'. Same for birthdays.

Ok rant over. Thanks to the mods for being on top of it. Happy Friday all 🙂""",
        [],
    ),
    (
        "b5b-041",
        """Perinatal (Ireland) - postpartum psychosis recovery

Hoping for some input on recovery-phase work. Aoife Brennan, 31, had postpartum psychosis after the birth of her daughter Fiadh at the Rotunda, and was admitted to the mother and baby unit on St Stephen's Day 2023. MRN from the Rotunda letter is 0048 2291. She's now home in Cabra, D07, with her partner Darragh and back to baseline on quetiapine and lithium.

The work now is about making sense of it. She has fragmented memories of believing Fiadh was 'swapped' and intense shame about the things she said to the midwives. She's worried about a second pregnancy and about what her colleagues at Aviva Stadium (she works in events) will think if they find out.

I'm drawing on peer resources from the perinatal charities and on the Heron et al. qualitative work on recovery. Any thoughts on narrative approaches to making sense of psychosis (e.g. open dialogue-informed work, or Romme's work with voices) in a perinatal context? I also want to support Darragh, who found her in the garden at 3am and hasn't spoken about it.""",
        [
            ("Aoife Brennan", "name"),
            ("Fiadh", "name"),
            ("Rotunda", "organisation"),
            ("St Stephen's Day 2023", "date"),
            ("0048 2291", "id_number"),
            ("Cabra", "place"),
            ("D07", "place"),
            ("Darragh", "name"),
            ("Aviva Stadium", "organisation"),
        ],
    ),
    (
        "b5b-042",
        """Hope, will and faith - a reflection after a hard week

Hope is a strange thing to hold for someone else. This week I had three clients on the edge, all in different services (I do sessional work in a CMHT, a university counselling service and privately), and in each I noticed myself 'carrying the hope' in the way Snyder describes - agency and pathways - while they couldn't.

Will it hurt them if I'm more hopeful than they are? Yalom says the therapist's belief in the process is itself curative (the instillation of hope is his first therapeutic factor). Faith in the process, though, isn't the same as reassurance, and I caught myself reassuring.

Grace, in the theological sense, came up with one client who is a practising Presbyterian and felt she had 'used up' God's forgiveness. I'm not religious but found Pargament helpful again.

Things that kept me steady: supervision on Thursday, a long walk on Sunday, and re-reading Rogers on congruence. Also Frankl, always Frankl.

Measures, since people ask: PHQ-9 scores of 21, 24 and 18; one on venlafaxine 225mg, one on sertraline 200mg, one unmedicated. All three have safety plans and know about 116 123 and 999.

How do others look after the hope they carry?""",
        [],
    ),
    (
        "b5b-043",
        """Veteran, moral injury, and the limits of TF-CBT

Posting a de-identified summary. Man in his mid-50s, ex-infantry, served in Northern Ireland and later in Iraq and Afghanistan with 1 Royal Anglian. Left the Army about 15 years ago, worked in security, now unemployed and living alone. Referred via Op COURAGE after his GP picked up heavy drinking and nightmares.

He doesn't meet full criteria for PTSD (PCL-5 31) but describes intense guilt and disgust about an incident involving civilians. This fits moral injury (Litz, Shay) better than fear-based PTSD. He says 'I'm not scared, I'm ashamed.'

What I'm doing: Adaptive Disclosure (Litz et al.) elements, compassion-focused work, and exploring values with ACT. I'm also aware of Williamson's moral injury guide. He's agreed to see the GP about the alcohol (AUDIT 19).

Questions: anyone using Adaptive Disclosure in the UK? How do you work with the imagined conversation with a 'moral authority' when the client is an atheist? And anything to read on veteran identity and loss of purpose? He lives in NR3 and says there's 'nothing for old squaddies' locally.""",
        [("1 Royal Anglian", "organisation"), ("NR3", "place")],
    ),
    (
        "b5b-044",
        """Supervision group - summary of Thursday's discussion

Thanks all for a rich session. Summary for those who couldn't make it:

1. Endings over Christmas and New Year: agreed to plan breaks at least four sessions ahead, especially for clients with attachment trauma. Holmes's 'secure base' framing and Bowlby on separation protest were invoked several times. Someone suggested a transitional object (Winnicott) for a client who struggles with breaks - a postcard, a stone from the therapy room.
2. Risk over the holidays: reminder that Shout (text 85258), 116 123 and NHS 111 option 2 should be in every written plan. For Irish clients, the 50808 text line.
3. Working online: agreed that Zoom fatigue is real, and that some clients prefer the phone. WhatsApp video isn't approved by most services, so please don't.
4. Self-care: May (the month, not a person!) was the last time most of us took leave. Book some.
5. Reading for January: Mearns and Thorne, Person-Centred Counselling in Action, chapters 5-6, and Lemma's Introduction to the Practice of Psychoanalytic Psychotherapy, chapter on the frame.

Measures reminder: CORE-10 at every session for the audit, PHQ-9 and GAD-7 where the service requires. Next group is the second Thursday in January.""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind5b"}
        for i, t, items in DOCS
    ]
