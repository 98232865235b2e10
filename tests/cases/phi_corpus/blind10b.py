"""Blind evaluation batch b10b, written by a helper session without sight of the guard. Voices:
psychologists, social workers, counsellors, psychiatric and perinatal clinicians, a dietitian-
therapist and forensic evaluators in the US, UK, Ireland, Canada, Australia and New Zealand,
bringing hard cases and answering colleagues on trauma, psychosis, eating disorders, addiction,
perinatal work, child protection, forensic work, dementia, grief, couples work and
neurodivergence. Formats: SOAP/DAP notes, process notes, bullet lists, Markdown, casual chat-
style replies and formal consultation requests, in British, Irish, US, Canadian, Australian and
NZ spelling and idiom. There are 20 documents with 1-5 identifiers of mixed kinds and 20 clean
documents full of look-alikes (cited authors, instruments, codes, medications, generic places,
holidays, brands, hotlines).

Written for Practica's PHI guard by a helper who had not read the rules, following
tests/cases/phi_corpus conventions (bench/phi_eval.py --blind). First-sight figures: At first
sight, with the guard at f84ad15 (the session's final rules): span recall 0.976, precision
0.783, identifier documents fully caught 0.900, clean documents flagged 0.550 (the guard at
935157f: 0.976, 0.617, 0.900, 0.850).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import annotate

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
DOCS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "b10b-001",
        """**SOAP - session 9**
S: Client (34M, Army veteran, two deployments to Afghanistan) reports nightmares 4-5 nights/week, up from 2-3. Trigger seems to be a phone call on 11/03 from his former squad leader, Darnell Whitlock, who told him another guy from the platoon had died by suicide. Client: "Everyone from the 101st Airborne is dropping and I'm just waiting for my turn." Denies current plan or intent; endorses passive SI. Drinking "a six-pack most nights".
O: Flat affect, good eye contact, hypervigilant to hallway noise. PCL-5 = 58 (was 44 at intake). PHQ-9 = 16.
A: F43.10 PTSD, chronic; alcohol use, r/o AUD (AUDIT next session). Moral injury themes prominent - see Litz et al.
P: Continue CPT, revisit stuck points re: "I should have been there". Safety plan updated, 988 reviewed, firearm storage discussed - he agreed to let his brother hold the key to the safe. Coordinate with VA psychiatrist re: prazosin. 90837.
Consult question: anyone blending CPT with moral injury work (Adaptive Disclosure?) without losing fidelity?""",
        [("11/03", "date"), ("Darnell Whitlock", "name"), ("101st Airborne", "organisation")],
    ),
    (
        "b10b-002",
        """Looking for some thoughts from the EIP folk here. Young man, 22, first presentation last spring after heavy cannabis use, now on aripiprazole 15mg with the Early Intervention in Psychosis team. Positive symptoms have mostly settled - PANSS positive subscale down to 14 - but he's convinced the neighbours are "recording him through the walls" and won't leave the flat after dark. I've been doing CBTp along the lines of Morrison and Garety, plus some of Freeman's work on safety behaviours and the Feeling Safe programme.

Mum is lovely but very high EE (Leff & Vaughn would have a field day) and rings me most Mondays. He lives in a market town in the North, two buses from the nearest hospital. NICE CG178 says family intervention should be offered and he's agreed in principle, but Dad refuses to engage ("there's nothing wrong with him, it's the weed"). Christmas was rough last year - he stopped meds over the holidays.

Question: has anyone run family intervention with only one parent in the room? Does it still count towards the FI standard in the EIP audit, and did it help? Also open to reading recs - I've got the Kuipers manual already.""",
        [],
    ),
    (
        "b10b-003",
        """Case for consultation - adolescent, restrictive ED

Sixteen-year-old girl, referred by her GP after a syncopal episode at school. She's in fifth year at St. Angela's and training for the county camogie panel, which everyone in the house treats as sacred. Weight has dropped from the 50th to roughly the 10th centile since September. CAMHS ED team have offered FBT but the waiting list is 14 weeks, so I'm holding her privately in the meantime.

Mam (Siobhán) is anxious and over-involved, Dad works away on rigs. The girl, Aoife, told me in session: "If I stop running I'll just be the fat one who used to be good at sport." EDE-Q global 4.1. Bloods last week were OK apart from a low phosphate.

The medical card paperwork lists her PPSN as 7654321WA - I've asked admin to redact that from the shared file.

Questions: 1) How do ye hold the line on sport when the family and coach see it as protective? 2) Anyone used the MEED guidance (the successor to Junior MARSIPAN) with Irish GPs?""",
        [
            ("St. Angela's", "organisation"),
            ("Siobhán", "name"),
            ("Aoife", "name"),
            ("7654321WA", "id_number"),
        ],
    ),
    (
        "b10b-004",
        """G'day - I've worked with a fair few blokes like this in a regional town in Queensland. Couple of things that helped:
- Don't chase abstinence first. Harm reduction framing (Marlatt) plus MI (Miller & Rollnick) got much better retention than the old "come back when you're clean" line.
- Ice comedowns are brutal around day 3-5. Warn him and the partner. We used quetiapine 25mg short term via the GP, with clear stop dates.
- K10 at intake was 34 for most of mine; don't panic, it usually drops a lot by week 6 if they stay in.
- If he's also drinking, do an AUDIT - a lot of our meth clients scored 20+ and no one had asked.
- Centrelink mutual obligations can actually be a lever if you frame the program as meeting them.
Also, ANZAC Day and the footy finals were relapse hot spots every year for our mob. Plan for them in advance. And make sure he has Lifeline 13 11 14 and ADIS saved in his phone, not just on a card in the glovebox of the ute.
Prochaska's stages are fine as a map but don't let them become a reason to discharge people who are "not ready".""",
        [],
    ),
    (
        "b10b-005",
        """DAP note - perinatal, session 4
D: Client is a 29-year-old first-time mother, 11 weeks postpartum, referred by the public health nurse. EPDS 18 (item 10 scored 1). Describes intrusive images of dropping the baby down the stairs; avoids carrying him on stairs, asks her husband Harjeet to do all bath times. Moved from India in 2019; her mother was meant to visit but the visa was refused. Delivered by emergency C-section at Brampton Civic Hospital on Feb. 9 after a 30-hour labour - she describes the birth as "I thought I was going to die and nobody was telling me anything."
A: Presentation consistent with perinatal OCD plus birth trauma, not psychosis - images are ego-dystonic, no command hallucinations. Y-BOCS 24.
P: ERP hierarchy starting with carrying baby on the bottom two steps. Liaise with family doctor re: sertraline (breastfeeding-compatible). Referral to perinatal psychiatry pending; OHIP card 4532-281-907-KT on file.
Consult Q: anyone combined ERP with birth-trauma processing in the same block, or do you sequence them?""",
        [
            ("Harjeet", "name"),
            ("Brampton Civic Hospital", "organisation"),
            ("Feb. 9", "date"),
            ("4532-281-907-KT", "id_number"),
        ],
    ),
    (
        "b10b-006",
        """Kia ora koutou. Bringing a case around a tamaiti (7) in kin care with his nan after an Oranga Tamariki uplift last year. He's Māori on his dad's side and the whānau are really keen that the work is grounded in te ao Māori, which I want to honour properly rather than tick a box. I've been using Durie's Te Whare Tapa Whā as a frame and the whānau loved it - we mapped taha wairua, taha hinengaro, taha tinana and taha whānau on the whiteboard.

Clinically: SDQ total difficulties 24, teacher version even higher. Huge startle, hoards food, rages after access visits with mum. I'm leaning on Perry's NMT sequencing (regulate, relate, reason) and some Circle of Security Parenting with nan. Theraplay was suggested by the psychologist but he can't tolerate touch yet.

Questions for the group: 1) anyone run Circle of Security in te reo or with a kaumātua co-facilitating? 2) How do you manage access visits that reliably blow up the week? Social worker is sympathetic but the Family Court plan says weekly. Matariki is coming up and nan wants a whānau gathering - any thoughts on prepping him?""",
        [],
    ),
    (
        "b10b-007",
        """## Supervision write-up - forensic psychology

Man in his 40s, serving an IPP sentence for robbery, now 9 years over tariff. Currently at HMP Long Lartin, prison number A4821CK. He's been knocked back by the Parole Board twice; the dossier from the last hearing cites his "unaddressed anger" despite completing TSP and Kaizen. My assessment: HCR-20 v3 shows most historical items present but clinical items mostly low, and he's got a clear, rehearsed relapse-prevention plan. The bigger issue is hopelessness - he told me "I'll die in here, Doc, and nobody in Kettering will even notice." He's had two ACCTs opened this year.

His sister, Nomvula Mbatha, writes to him weekly and is his main protective factor. She's asked whether she can give evidence at the next oral hearing.

What I'm chewing on: how do people write up progress for IPP prisoners when the risk formulation is basically "institutionalisation + despair" rather than violence risk? Any references beyond the Edgar and Ward stuff?""",
        [
            ("HMP Long Lartin", "organisation"),
            ("A4821CK", "id_number"),
            ("Kettering", "place"),
            ("Nomvula Mbatha", "name"),
        ],
    ),
    (
        "b10b-008",
        """Consult request: caregiver anticipatory grief.
Wife, 78, caring for husband, 87, with mixed Alzheimer's/vascular dementia (MoCA 12/30 in August, down from 19 a year earlier). He's on donepezil 10 mg and memantine 28 mg ER; sundowning is worse since the time change. They moved to a retirement community in Arizona after he retired from teaching, so she's far from their kids and her church friends back in Ohio. She says she feels like "a widow with a husband in the next room."
I've been working with Pauline Boss's ambiguous loss framework and some self-compassion work (Neff). Zarit Burden Interview 52. She refuses respite because "he wouldn't want strangers", and Thanksgiving last year ended with him not recognizing their daughter. Medicare won't cover much of what she needs, and the Area Agency on Aging waitlist is months long.
Questions: how do you approach the guilt about placement before it's even on the table? Any favorite readings for her - she's a big reader and liked Kitwood when I mentioned person-centered care.""",
        [],
    ),
    (
        "b10b-009",
        """Hi all, geropsych question from Sydney's inner west. Client is aged 94, Italian-born, living alone in Leichhardt since her husband died. Moderate dementia (RUDAS 14/30), refusing the home care package assessment because the last assessor "spoke to me like a child." Her son wants her in residential care by Christmas; she wants to die in her own kitchen. The My Aged Care referral went in and her Medicare number 2951 47382 1 ended up in the email chain with the family - I've flagged that with our practice manager.

Clinically she's low but not depressed on the Cornell (score 9). Capacity is the real question: she can clearly express a consistent preference and understands the risks of falls, but can't retain the details of the care package. Anyone have a good framework for decision-specific capacity assessment in NSW that goes beyond the guardianship tribunal's checklist?""",
        [
            ("Sydney", "place"),
            ("aged 94", "age"),
            ("Leichhardt", "place"),
            ("2951 47382 1", "id_number"),
        ],
    ),
    (
        "b10b-010",
        """Replying to the thread on prolonged grief - I see a lot of this in my practice. A few thoughts:

ICD-11 6B42 and the DSM-5-TR criteria (F43.81) finally give us language, but I'm wary of pathologizing at the 12-month mark, especially with sudden deaths. Bonanno's trajectories research is reassuring for clients who fear they're "not grieving right".

What helps most in my hands: Stroebe and Schut's dual process model (oscillation between loss- and restoration-orientation), Worden's tasks as a checklist for me rather than the client, and Shear's complicated grief treatment with the imaginal revisiting piece. The PG-13-R is short enough to use every few sessions.

Cultural stuff matters here too - I'm in a small town in northern Ontario and a lot of my clients are Franco-Ontarian Catholics or Anishinaabe, and the rituals around the one-year mark differ a lot. Remembrance Day and Thanksgiving tend to bring spikes.

Kübler-Ross's stages still come up from clients who read about them on Facebook; I gently reframe rather than correct. Happy to share the psychoeducation handout I made if anyone wants it (no client material in it).""",
        [],
    ),
    (
        "b10b-011",
        """Couples case, want a gut check.

Married 11 years, two kids, in their late 30s. Came in after Renée found messages on her husband's phone - not a physical affair as far as anyone knows, but months of flirty DMs with a woman from his gym. She then found his Instagram, @tom_k_lifts, and a whole side of him she'd never seen: shirtless posts, comments from women, etc. Tomasz says it was "just ego, nothing happened." She says the betrayal is the secrecy, not the sex.

We're doing Gottman's Atone-Attune-Attach model. Atonement phase is stalled: every session she asks a new question and he gets defensive (classic flooding, HR up to 110 on the pulse ox). Sound Relationship House questionnaires show high Four Horsemen on both sides, esp. contempt from her, stonewalling from him.

The disclosure happened on April 22nd, right before their anniversary trip to a lake house near Naperville, which they cancelled.

Q: at what point do you pause the affair work and do individual sessions? Spring (Janis Abrahms Spring) suggests forgiveness has to be earned and paced, but I'm worried she'll leave before we get there.""",
        [
            ("Renée", "name"),
            ("@tom_k_lifts", "handle"),
            ("Tomasz", "name"),
            ("April 22nd", "date"),
            ("Naperville", "place"),
        ],
    ),
    (
        "b10b-012",
        """Adult autism assessment question. Woman, 38, self-referred under Right to Choose after her son's diagnosis. AQ-50 = 36, RAADS-R = 142, ADOS-2 Module 4 on the borderline because she's a very accomplished masker - her CAT-Q is through the roof. Developmental history is patchy because her parents have died and her older brother "doesn't remember anything". Also clear ADHD traits (ASRS Part A 6/6), already on Elvanse 50mg via the GP after a private diagnosis.

I'm trying to write the formulation in a neuro-affirming way - drawing on Milton's double empathy problem and the Monotropism work (Murray, Lesser & Lawson) - rather than a deficit list. NICE CG142 is still the standard but it reads dated.

She works part-time at a big supermarket and is applying for PIP and Access to Work. Burnout is severe: she stopped masking over Easter and "everything fell apart."

Anyone got a good template for reports that will stand up for PIP while staying affirming? Also, do you include DSM-5 codes (F84.0 / 299.00) or ICD-11 6A02 only?""",
        [],
    ),
    (
        "b10b-013",
        """I'm hoping for some input on stabilisation before trauma processing. Woman in her early 50s, survivor of institutional abuse as a child in one of the residential settings covered by the Ryan Report. She's articulate, very guarded, and has made it clear she'll end therapy if she feels "managed". ITQ suggests CPTSD (6B41), with disturbances in self-organisation dominating over re-experiencing.

We've been doing Phase 1 work à la Herman, and Janina Fisher's parts language, which she likes because "it doesn't make me sound mad." DES-II is moderate (28). She's on mirtazapine 30mg from her GP in Tralee, who's been brilliant about extending appointments.

My worry is pacing. She wants to "get it over with" and do EMDR now. Shapiro's protocol would say stabilise first, but there's also decent evidence (De Jongh et al.) that extended stabilisation isn't always necessary. How do others decide? And has anyone navigated the redress scheme paperwork alongside therapy - she finds each form re-traumatising.""",
        [("Tralee", "place")],
    ),
    (
        "b10b-014",
        """First-episode psychosis question from a CSC team (we run a NAVIGATE-model program). 19-year-old, sophomore when symptoms started, dropped out of community college. Started on risperidone 2mg, switched to aripiprazole 10mg because of prolactin and weight. PANSS total 74 at intake, now 58. Main remaining issue is negative symptoms and what he calls "the static" - low-volume voices he's learned to ignore. He likes the Hearing Voices Network approach (Romme & Escher) more than standard CBTp.

Family are in a mid-sized city in the Pacific Northwest, both parents working two jobs. He applied for SSI and got denied. Dad thinks the diagnosis (F20.9 provisionally, though I'd still call it F29) means "he's broken forever".

Supported employment (IPS) is the piece I want to push - he wants to work at a bike shop. Anyone have success with IPS when negative symptoms are this prominent? And how do you handle the Fourth of July / fireworks season for clients who get sensory overload? We've got 988 in the crisis plan but it's mostly about predictable triggers.""",
        [],
    ),
    (
        "b10b-015",
        """Kia ora, seeking advice re: a 20-year-old wahine with bulimia nervosa. She's at Massey University studying vet science and lives in a flat in Palmerston North with three others. Bingeing/purging up to 4x/day during exam periods. Potassium was 2.9 at her last check - GP admitted her briefly for IV replacement on 3 March. NHI ZHK4719.

She's Māori and Samoan; her aunty Mere is the one person she trusts and has come to two sessions. CBT-E (Fairburn) is going OK - she's doing the regular eating pattern about 60% of the time - but shame is massive and the food diary triggers her.

Anyone adapted CBT-E with Pacific or Māori clients in a way that feels less individualistic? I've been bringing in the Fonofale model alongside Te Whare Tapa Whā.""",
        [
            ("Massey University", "organisation"),
            ("Palmerston North", "place"),
            ("3 March", "date"),
            ("ZHK4719", "id_number"),
            ("Mere", "name"),
        ],
    ),
    (
        "b10b-016",
        """Sharing a perinatal case for reflection - all details changed.
- Mum, 33, second baby, 4 months postpartum. EPDS 19 at the Maternal and Child Health check, item 10 positive (passive).
- History of PND after first baby, treated with sertraline 100mg, stopped in pregnancy against advice.
- Partner FIFO, away 2 weeks in 3. Lives in a coastal town in WA, nearest MBU is hours away.
- Bonding concerns: says the baby "hates me" when she cries. We've done some video feedback - Beebe's microanalysis work and Tronick's still face idea have been great psychoeducation.
- Safety: crisis plan includes PANDA (1300 726 306) and Lifeline 13 11 14, plus her mum who's flying over after Boxing Day.
- Working model: Winnicott's "good enough", plus some COS-P.
Question: how are others handling perinatal work when the partner is FIFO? I find I'm doing a lot of couple work over Zoom at 9pm.""",
        [],
    ),
    (
        "b10b-017",
        """Hey folks - concurrent disorders question. Client is a 47-year-old lineman with Hydro-Québec, on leave after a workplace injury. Alcohol use disorder, severe (AUDIT 31), plus chronic pain and opioid misuse after his shoulder surgery. His wife Geneviève called me last week in tears because he'd been driving drunk with the kids in the car - she gave me his plate, FXR 4821, "in case something happens". I explained what I can and can't do with that.

He's living in a rented room in Verdun right now. He's ambivalent but engaged; MI is getting traction when we talk about his daughter's hockey.

Thinking about: naltrexone vs acamprosate given the opioids (obviously naltrexone is out if he's still using), and whether to push for a residential program in Quebec or keep him outpatient. His cell is 514-555-0193 and he's asked that I text reminders - anyone have a policy on that for clients in early recovery?""",
        [
            ("Hydro-Québec", "organisation"),
            ("Geneviève", "name"),
            ("FXR 4821", "id_number"),
            ("Verdun", "place"),
            ("514-555-0193", "phone"),
        ],
    ),
    (
        "b10b-018",
        """Reply - I'd go carefully with the "affair as symptom" framing. Esther Perel makes the point well but some clients hear it as victim blaming. In my EFCT work (Sue Johnson's model) I'd start with de-escalation and map the cycle before any meaning-making about why it happened.

Practical bits that have helped me:
1. CORE-10 for each partner every session. Mine usually start around 18-22 for the hurt partner.
2. Gottman's "Four Horsemen" handout as a shared language - but I drop it once they have their own words.
3. Timetable the "affair talk" - one 20-min slot a session - so it doesn't eat everything.
4. Watch for trauma responses in the hurt partner; PCL-5 if needed. Glass's "Not Just Friends" is a good read for them.

Anniversaries, Valentine's Day and the first Christmas after discovery are predictable flashpoints, so plan for them.

Also worth checking where they are on the Discernment Counselling spectrum (Doherty) before committing to repair work. If one of them is "leaning out", couples therapy as usual tends to stall by session 6.""",
        [],
    ),
    (
        "b10b-019",
        """Forensic interviewing / CPS liaison question.

I'm the outpatient therapist for an 8-year-old boy, Jaylen, currently in kinship placement with his maternal grandmother after a CPS removal. Case #23-JV-04417. His mother, Keisha Barnes, has supervised visits twice a month. School (Roosevelt Elementary) reports he's been hiding under desks and wetting himself after visits.

He made a partial disclosure in session on 9/18/23 about her boyfriend. I made the hotline report that afternoon, per mandated reporter rules. The CPS worker now wants my session notes and asked me to "just get the rest of the story" in therapy, which feels like a role conflict - I'm not a forensic interviewer and I don't want to contaminate a CAC interview.

How do people hold the boundary here? I'm using TF-CBT (Cohen, Mannarino & Deblinger) but we're nowhere near the trauma narrative.""",
        [
            ("Jaylen", "name"),
            ("23-JV-04417", "id_number"),
            ("Keisha Barnes", "name"),
            ("Roosevelt Elementary", "organisation"),
            ("9/18/23", "date"),
        ],
    ),
    (
        "b10b-020",
        """Gambling case - would welcome thoughts from anyone in addiction services here.

Man in his late 20s, PGSI 21, sports betting on his phone mostly, losses of about €40k over three years. Started during lockdown. He's done Gamblers Anonymous a few times but found the 20 Questions "too American". Lives in a midlands town, plays for the local GAA club and a lot of the betting is tied up with the club culture - group chats, accumulators at the weekend.

I've been using CBT for gambling (Ladouceur's cognitive distortions work) and MI. He's on blocking software and gave his partner control of the bank cards. The big spring racing festivals and the Grand National were both relapse points last year; St Patrick's Day is next.

HSE addiction service has a waiting list of 10 weeks. No current SI but PHQ-9 was 15 at the last review, and gambling harm carries a high suicide risk - he has the Samaritans number (116 123) saved.

Questions: anyone used naltrexone for gambling in an Irish context? And how do you handle sport-related gambling where the whole social network is built on it?""",
        [],
    ),
    (
        "b10b-021",
        """Process notes - perinatal psych, session 2 (for supervision)

She arrived 20 minutes late with the baby in a sling, apologising repeatedly. Partner Oluwaseun waited in the car. She spoke about the delivery at Whipps Cross on the 2nd of August: long induction, failed epidural, emergency forceps. "They kept saying I was doing great and I was screaming that I wasn't." She hasn't been back to the hospital since, even for the 6-week check.

I noticed myself wanting to rescue - offering tissues, water, reassurance. Countertransference? My own birth was similar.

She lives in Walthamstow near her mother-in-law, who she experiences as critical ("in Nigeria we don't make a fuss"). EPDS 16, PCL-5 41. The referral letter from the health visitor had her NHS number (485 777 3456) in the subject line, which I've raised with the team as a data issue.

Plan: consider a birth reflections session plus trauma-focused CBT. Would value thoughts on whether to involve partner early.""",
        [
            ("Oluwaseun", "name"),
            ("Whipps Cross", "organisation"),
            ("2nd of August", "date"),
            ("Walthamstow", "place"),
            ("485 777 3456", "id_number"),
        ],
    ),
    (
        "b10b-022",
        """Responding to the question about competency restoration - a few pointers from someone who's done a lot of these evaluations.

Dusky v. United States is still the standard: rational and factual understanding plus ability to consult with counsel. The MacCAT-CA and the ECST-R are the two structured tools I use most; the ECST-R has the advantage of built-in feigning scales. For malingering, add the SIRS-2 or at least the M-FAST as a screen, and the TOMM if cognitive complaints are front and center.

If the defendant's been found incompetent and is sitting in a county jail waiting for a state hospital bed, document the delay - there's a lot of litigation around it and your timeline matters. Federal cases go under 18 U.S.C. § 4241.

Re: risk, don't conflate competency with dangerousness. HCR-20 V3 or the Static-99R (for sex offenses) answer different questions. Hare's PCL-R gets over-used in my opinion; be careful about the labeling effect in reports that will be read by juries.

Also, Tuesday-morning evaluations in jail always get bumped by court transport - schedule afternoons. Melton et al., Psychological Evaluations for the Courts, 4th ed., is still my bible.""",
        [],
    ),
    (
        "b10b-023",
        """Parent consult notes - ND-affirming support, 13yo
- Year 8 at Mansfield State High, diagnosed autistic + ADHD in Year 3. School refusal since Term 2, now attending 2 days/week.
- Mum reports meltdowns after school most days, shutdowns on weekends. He's happiest on Minecraft and talking about trains.
- NDIS plan (participant no. 430 512 876) funds OT and "psychology" but plan manager keeps querying invoices.
- Family moved to Toowong 4066 last year for a shorter commute - he misses his old bedroom and hasn't adjusted.
- My approach: low demand, PDA-informed (though I don't use PDA as a diagnosis), Ross Greene's CPS model with parents, interoception work with OT.
- Methylphenidate 36mg (Concerta) from the paed.
Question for other clinicians: how are you working with Queensland state schools on reasonable adjustments? The school's inclusion team keep offering a "behaviour plan" and Lachlan just wants a quiet room at lunch.""",
        [
            ("Mansfield State High", "organisation"),
            ("430 512 876", "id_number"),
            ("Toowong 4066", "place"),
            ("Lachlan", "name"),
        ],
    ),
    (
        "b10b-024",
        """Kia ora. Six months after Cyclone Gabrielle I'm still seeing a lot of whānau with grief and trauma responses - lost homes, lost stock, a few lost loved ones. Sharing what's working and asking what others are doing.
- Psychological First Aid early, then watchful waiting - most people's K10 scores drop without specialist input (consistent with Bonanno's resilience work).
- For those who don't recover, TF-CBT or CPT have worked, but I've had to adapt for clients who are still living in damaged houses - it's hard to do "the danger is over" psychoeducation when the next big rain makes it real.
- ACC sensitive claims don't usually apply here, which frustrates people.
- The tangihanga and the rebuilding of marae have been more therapeutic than anything I've done. I try to follow, not lead.
- Anniversary reactions: expect them around Matariki and the first anniversary in February.
Everyone has 1737 and the Farmstrong resources. Any thoughts on group interventions for rural communities where the nearest counsellor is an hour away on a road that keeps washing out?""",
        [],
    ),
    (
        "b10b-025",
        """Looking for consultation: refugee client, trauma + moral pain.

Ahmad, 31, arrived from Afghanistan via Pakistan as a government-assisted refugee. Former interpreter for coalition forces. He now works nights in a sorting facility for Purolator in Surrey and sleeps 4 hours a day. HTQ and PCL-5 both high (PCL-5 62). Nightmares of the checkpoint where his cousin was killed. His wife and children are still in Pakistan awaiting family reunification; he carries the IRCC file number (B000482317) on a piece of paper in his wallet and checks the portal several times a day.

He asked me to help with a letter to support expediting; his SIN came up on the form (046 454 286) and I'm unsure how much of his data I should be handling at all.

Clinically, I'm thinking NET (Narrative Exposure Therapy, Schauer et al.) rather than PE or CPT, because the trauma history is long and multiple. But he's exhausted, and the uncertainty about his family feels like an ongoing trauma, not a past one. How do others think about timing trauma-focused work under active threat/uncertainty?""",
        [
            ("Ahmad", "name"),
            ("Purolator", "organisation"),
            ("Surrey", "place"),
            ("B000482317", "id_number"),
            ("046 454 286", "id_number"),
        ],
    ),
    (
        "b10b-026",
        """Replying to the FBT thread. I'm a dietitian-therapist team lead and we see a lot of the "FBT stalled in Phase 1" problem.

Things I'd check:
- Is the weight restoration target based on her own growth curve, not a population BMI percentile? Lots of teens get undershot targets from the BMI 50th percentile.
- Are parents plating and supervising every meal including snacks at school? Lock & Le Grange are clear that partial supervision = partial results.
- Consider adding a low dose of olanzapine (2.5mg) for the cognitive rigidity if the psychiatrist agrees - evidence is mixed but some clinical benefit.
- EDE-Q every 4 weeks, not weekly, or they start gaming it.
- Watch for ARFID features - some "picky eaters" are being pushed through anorexia protocols.

Holidays like Thanksgiving and Halloween are hard; plan a script. Ellyn Satter's division of responsibility is great for siblings but I wouldn't use it in Phase 1.

If you're in a suburb without a higher level of care nearby, an IOP/PHP consult with a regional program can still be helpful. Happy to share our meal support script.""",
        [],
    ),
    (
        "b10b-027",
        """Hoping someone can help me think through an ethics issue. I see Mr. Abernathy, a 91-year-old retired machinist with moderate Alzheimer's, for supportive therapy at Maplewood Gardens Memory Care. He's lucid in the mornings and we talk about his years in the service. His daughter emails me frequently from lindaabernathy57@gmail.com asking for "updates" and for me to convince him to sign over power of attorney.

He's told me explicitly he doesn't want her to have it - he'd prefer his nephew. MoCA 14/30 today. I'm not the capacity evaluator, but I'm being pulled into it.

I've read the ABA/APA handbook on assessing older adults with diminished capacity. Questions: 1) Is it appropriate to share his expressed preference with the facility social worker? 2) How do you respond to a family member who keeps emailing when you don't have a release?""",
        [
            ("Abernathy", "name"),
            ("91-year-old", "age"),
            ("Maplewood Gardens Memory Care", "organisation"),
            ("lindaabernathy57@gmail.com", "email"),
        ],
    ),
    (
        "b10b-028",
        """For the EMDR supervision group - a case I'm stuck on, details blurred.

Man, 45, ex-paramedic, CPTSD per ICD-11 (6B41), ITQ confirms DSO symptoms. IES-R 61. He's within his window of tolerance (Siegel) for about 20 minutes of a session, then dissociates quickly. Using Porges's polyvagal ideas for psychoeducation - he finds the "ladder" image really useful - and Janina Fisher's work for parts.

We've done resource installation, safe place, container. Processing a single incident (a child RTC) started well, then looped. Cognitive interweaves help for a bit.

Herman's three stages say I should be back in stabilisation. But he's adamant he wants to push on, and SUDs dropped from 9 to 6 last session.

He lives in a northern city and works in a call centre now; Bonfire Night is a big trigger (sirens, smoke). Has anyone used Flash Technique as a bridge here? Or should I accept that this is a Phase 1 case for now? Shapiro's 3rd edition is on my desk but I'd love practical input.""",
        [],
    ),
    (
        "b10b-029",
        """ah this is a tricky one, fair play for bringing it.

quick version: 26yo lad, first episode, persecutory delusions about 5G and the guards. sectioned last month (Mental Health Act 2001) and spent 3 weeks in the acute unit at Our Lady of Lourdes. back home in Drogheda now with the mam and his sister Róisín. on paliperidone depot.

the thing is he's still writing a blog - truthseekercathal.wordpress.com - posting long rants about the Gardaí and naming neighbours. Róisín sent me the link Friday the 21st, panicking.

does anyone have experience with this? part of me thinks the blog is actually a pressure valve and taking it away would make things worse. other part thinks it's a real risk to him (reputation, neighbours getting angry). CBTp-wise I'm working on the "what's the evidence" stuff à la Turkington & Kingdon but he's not there yet.

also - does anyone know if the MHC has guidance on clinicians reading a client's public posts? feels a bit grey.""",
        [
            ("Our Lady of Lourdes", "organisation"),
            ("Drogheda", "place"),
            ("Róisín", "name"),
            ("truthseekercathal.wordpress.com", "url"),
            ("Friday the 21st", "date"),
        ],
    ),
    (
        "b10b-030",
        """Attachment question from a CAS-contracted therapist. 5-year-old in his third foster placement since birth; previous placements broke down at 6 and 18 months. Presents with indiscriminate friendliness and controlling-punitive behaviour toward the foster mum - textbook disinhibited social engagement (DSED, F94.2) overlapping with developmental trauma.

I use Dan Hughes's DDP and PACE with the carers, and Ainsworth/Main's categories as a loose lens only. ACE score for bio mum (shared with consent) was 8, and intergenerational patterns are clear. The child is Cree on his father's side and Jordan's Principle has funded some of the services, which has been a lifesaver.

The agency wants to move him to an adoption-probable home before Canada Day. I'm worried about another rupture and want to advocate for a slow transition with overlap visits.

Anyone have a template or research summary (Dozier's ABC trials? Tarren-Sweeney's work?) I could cite in a letter to the CAS worker and the court? He's in a remote fly-in community in northern Manitoba, so anything virtual is a plus.""",
        [],
    ),
    (
        "b10b-031",
        """Kia ora team, after some guidance on a couples referral I'm not sure I should accept.

Hemi and Talia have been referred by their lawyer to "work on communication" as part of the parenting arrangements. But there's a temporary protection order in place against him (Family Court file FAM-2022-085-000412), and she disclosed coercive control at intake - phone monitoring, financial restriction. They live separately now; she's staying with her sister in Petone.

My understanding is that conjoint therapy is contraindicated with active IPV and coercive control (Stark's work, and the Duluth model critiques aside). I'd want separate sessions and a proper risk assessment first.

How have others explained to lawyers and the Family Court that couples therapy isn't the right intervention without sounding like you're taking sides? He's been engaging well with a stopping violence programme, which I don't want to undermine.""",
        [
            ("Hemi", "name"),
            ("Talia", "name"),
            ("FAM-2022-085-000412", "id_number"),
            ("Petone", "place"),
        ],
    ),
    (
        "b10b-032",
        """Question from a headspace clinician: young person (17) meeting CAARMS criteria for ultra high risk - attenuated psychotic symptoms, mostly perceptual, plus a big drop in functioning this year (SOFAS down to 55). No antipsychotic - McGorry and the Orygen team's staging model argues for psychosocial first, and I agree. Using CBT for UHR, some family psychoeducation, fish oil discussion (the NEURAPRO trial was disappointing though).

He lives in a regional centre in Victoria and the nearest EPPIC-style service is three hours away.

Cannabis is a big part of it. He says it "quiets the noise". We've talked about harm reduction rather than total abstinence.

Parents want a "proper diagnosis" so he gets extra time for Year 12 exams. I'm reluctant to use F20 or anything in that family; F28 or just "at-risk mental state" feels more honest.

What's the thinking on transition to an adult service at 18 when he's still UHR? And any thoughts on the schoolies period - big cannabis exposure risk.""",
        [],
    ),
    (
        "b10b-033",
        """Campus counseling center consult.

Junior at the University of Vermont, 20, referred after an ER visit for alcohol poisoning. Student ID U48213977 is on the referral from the Dean of Students, which I've asked them to stop putting in email subject lines. BASICS protocol (Dimeff et al.), two sessions in; AUDIT 19, plus daily nicotine vaping and occasional Adderall without a prescription for exams.

Big piece: he spends most nights gaming and drinking with an online group; his Discord handle is xXkrakenXx and he's open that the group "does shots every time we wipe." His roommate Brody is worried and walked him to the ER.

Family history: dad in recovery 10 years via 12-step meetings. He's scared of becoming his dad, but also "it's just college".

Thoughts on motivational work with online peer groups as the main drinking context? Most of the BASICS norms are about parties and bars.""",
        [
            ("University of Vermont", "organisation"),
            ("U48213977", "id_number"),
            ("xXkrakenXx", "handle"),
            ("Brody", "name"),
        ],
    ),
    (
        "b10b-034",
        """ADHD in couples - reply to the thread.

I work a lot with mixed-neurotype couples, and Melissa Orlov's parent-child dynamic description is spot on for maybe 70% of my cases. Russell Barkley's executive function model helps the non-ADHD partner stop taking forgetfulness personally.

Structure that helps:
• ASRS and a BRIEF-A self-report for both - sometimes the "non-ADHD" partner screens positive too.
• Med review: Adderall XR 20mg wearing off at 4pm = the evening fight window. Some couples do better when the prescriber adds a short-acting afternoon dose or switches to Vyvanse.
• Stan Tatkin's PACT approach for the attachment layer, Gottman's repair attempts for conflict.
• Externalize the ADHD (White & Epston narrative idea) so it's "us vs the ADHD".

Predictable blow-ups: Christmas shopping, tax season, the Costco run where someone forgets the list. Fourth of July with in-laws.

And please screen for autism too - a lot of "ADHD couples" are actually AuDHD couples and the sensory stuff changes everything.""",
        [],
    ),
    (
        "b10b-035",
        """Grief work with a bereaved mother - some reflections and a question.

Her son died by suicide two years ago at 19. She visits his grave at Highgate Cemetery every Sunday and talks to him out loud. She worries this is "not normal". I don't think it is pathological - continuing bonds (Klass, Silverman & Nickman) would frame it as healthy - but she's also not working, barely eating, and the PG-13-R is clearly elevated.

She brings photos to every session. In one she said, "Reuben would have been 21 this week, and I bought him a card." I sat with that for a long time.

The peer support groups for parents bereaved by suicide have helped more than I have, honestly.

Thinking about Shear's CGT for the avoidance pieces (she can't go into his bedroom). Has anyone done the situational revisiting with a parent of a child lost to suicide? I'm cautious about the trauma element.""",
        [("Highgate Cemetery", "place"), ("Reuben", "name")],
    ),
    (
        "b10b-036",
        """Perinatal loss - seeking supervision-type reflections.

Woman in her mid-30s, stillbirth at 38 weeks last spring. Now pregnant again at 20 weeks and terrified. EPDS 17, PCL-5 38, lots of checking for movement, hasn't told most people about the pregnancy. Her consultant has agreed extra scans, which help for a day or two.

I'm using a mix of Kristin Neff-informed self-compassion, some CFT (Gilbert), and psychoeducation about pregnancy after loss. Worden's fourth task (finding an enduring connection) feels relevant - she wants to keep her first daughter present in this pregnancy.

Mother's Day (the Irish one, in March) was agony, and she's dreading Christmas. Her husband is quieter about it but just as affected; he's been to a couple of bereaved fathers' evenings.

Safety: no SI, but she has Samaritans 116 123 and the Pieta line 1800 247 247 on her phone.

Q: how do others pace trauma-focused work in a subsequent pregnancy? I'm wary of doing anything too activating before 28 weeks. Also any reading on fathers' grief after stillbirth would be welcome.""",
        [],
    ),
    (
        "b10b-037",
        """Case notes (de-identified... mostly) - youth justice / child protection crossover.

Jarrah is 15, Aboriginal, on a care order and now remanded at Cobham Youth Justice Centre after an assault charge. Lived with his nan in Mount Druitt until she got too unwell. DCJ file ref CW-2231908. Court mention on 14.07.

Presents as hypervigilant, sleeping in his clothes, refusing the education unit. Strong fit for developmental trauma; a lot of FASD features too, though never assessed. My hunch is the charge relates to an older boy grabbing a bracelet his nan gave him.

Plan: advocate for a FASD assessment, connect with the AMS and an Aboriginal caseworker, keep sessions short and yarning-based (Bessarab & Ng'andu's yarning methods).

Q: any clinicians working in NSW youth justice who've successfully got a culturally safe formulation taken seriously by the court?""",
        [
            ("Jarrah", "name"),
            ("Cobham Youth Justice Centre", "organisation"),
            ("Mount Druitt", "place"),
            ("CW-2231908", "id_number"),
            ("14.07", "date"),
        ],
    ),
    (
        "b10b-038",
        """Adult ADHD in Aotearoa - reply to the wait-times thread.

Same here: public assessment waits are huge, so I'm seeing a lot of people with private diagnoses trying to get a GP to continue dexamfetamine or methylphenidate. Since the rule changes GPs can now initiate in some cases, which helps.

Assessment-wise I use DIVA-5, ASRS v1.1 and a collateral interview; WAIS-IV only if there's a learning question (one woman last month had an FSIQ of 112 with a huge working-memory dip).

Therapy: Hallowell & Ratey for psychoeducation, Safren's CBT for adult ADHD, and I lean heavily on Dodson's description of rejection sensitive dysphoria, even though it isn't a DSM construct.

Loads of my clients are in small coastal towns on the West Coast and do everything by Zoom. Waitangi Day and the summer holidays are chaos for routines.

For Māori clients, whānau involvement changes everything - the collateral interview becomes a group kōrero.

Whaikaha funding is a maze; anyone got a plain-language guide?""",
        [],
    ),
    (
        "b10b-039",
        """NCR case - review board prep, want another set of eyes.

Devon Achterberg, 34, found NCR in 2019 for an assault during a manic episode with psychotic features. Detained at Ontario Shores on a conditional discharge; now wants to move to a group home in Whitby. Next Ontario Review Board hearing is March 28.

My risk write-up: HCR-20 V3 items H1, H5, H7 present; clinical items mostly settled since lithium 900mg plus quetiapine. START for the short-term picture. He's been using community passes well and volunteers at a food bank.

The challenge is his partner, who he met online - she's told staff she'll "get him out" and keeps calling the unit from 905-555-0148. The team worry about her influence, but he says she's his main support.

How do others present a new relationship in a review board report without it reading as a risk factor just because it's new?""",
        [
            ("Devon Achterberg", "name"),
            ("Ontario Shores", "organisation"),
            ("Whitby", "place"),
            ("March 28", "date"),
            ("905-555-0148", "phone"),
        ],
    ),
    (
        "b10b-040",
        """**Social work supervision reflection - Section 47 enquiry**

Family of five, children aged 3, 8 and 13, referred by the school DSL via the MASH after the 13-year-old disclosed that Dad "loses it" when drinking. Strategy discussion held, S47 initiated; initial child protection conference within 15 working days per Working Together 2023.

Using Signs of Safety (Turnell & Edwards) mapping with the family; Mum engaged, Dad avoidant. The Graded Care Profile 2 suggests neglect isn't the main issue - it's DV and alcohol (AUDIT 27 when he finally did it). The Safe & Together model (Mullane) helps me keep the focus on his behaviour rather than Mum's "failure to protect".

The 8-year-old is autistic and not accessing school well; the CAMHS waiting list is 18 months.

Half-term and Eid are coming up - extended family gatherings are protective, but there's more drinking at home when the kids are off.

Question: how are others handling LADO-type concerns when the dad works in a regulated setting? And any tips for running a family network meeting when one parent refuses to attend?""",
        [],
    ),
]


def documents() -> list[dict[str, object]]:
    return [
        {"id": i, "text": t, "spans": annotate(t, items), "source": "blind10b"}
        for i, t, items in DOCS
    ]
