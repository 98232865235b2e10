"""Hand-written vignettes, annotated by naming the identifying substrings.

This is the held-out part of the corpus: free text written without looking at the detector's
rules. `annotate()` turns each (substring, kind) into character spans for every whole-word
occurrence, so offsets are never counted by hand.
"""

from __future__ import annotations

import re

# (id, text, [(identifying substring, kind), ...]); an empty list means a clean document.
HANDWRITTEN: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "hw-001",
        "Looking for thoughts on a stuck EMDR case. My client, a 41-year-old paramedic, has "
        "completed resourcing and we have targeted the 2017 collision twice. Each time the SUDs "
        "drop to 3 and then climb back to 7 by the next session. Her PCL-5 went from 52 to 44. "
        "I wonder whether there is an earlier feeder memory we have not found. Float-back keeps "
        "landing on a vague sense of being alone in a car at night, age 8 or so. Shapiro would "
        "say go to the touchstone, but she gets foggy every time we approach it.",
        [],
    ),
    (
        "hw-002",
        "I saw Danielle Okafor for intake on March 14 after her GP at the Riverside Family "
        "Practice referred her. She is 29, works nights as a pharmacy tech at Walgreens on "
        "Division Street, and describes panic that started after her brother's overdose. She "
        "gave her cell as 503-555-0187 and asked that I not leave voicemails. Her PHQ-9 was 16.",
        [
            ("Danielle Okafor", "name"),
            ("March 14", "date"),
            ("Riverside Family Practice", "organisation"),
            ("Walgreens", "organisation"),
            ("Division Street", "place"),
            ("503-555-0187", "phone"),
        ],
    ),
    (
        "hw-003",
        "Couples case, EFT frame. They have been together eleven years and have two children "
        "under five. He withdraws, she pursues, classic cycle. In session 9 he finally named "
        "the fear underneath: that he is not enough for her. Sue Johnson talks about this as "
        "the moment the withdrawer re-engages, and I could feel it in the room. She softened "
        "a little but then went straight back to the dishes. How do others hold the pursuer "
        "when the withdrawer's first reach is so tentative?",
        [],
    ),
    (
        "hw-004",
        "Mr. Abernathy is a 93-year-old widower referred by the memory clinic. He lives alone "
        "in a flat in Morningside and his daughter Fiona phones him every evening. He scored 24 "
        "on the MoCA. His main grief is about his wife, who died on 2 February last year, and "
        "he spends most afternoons at the Morningside Bowling Club.",
        [
            ("Abernathy", "name"),
            ("93-year-old", "age"),
            ("Morningside", "place"),
            ("Fiona", "name"),
            ("2 February", "date"),
            ("Morningside Bowling Club", "organisation"),
        ],
    ),
    (
        "hw-005",
        "DBT consult question. Client is mid-twenties, in the second module (distress "
        "tolerance), and has had three self-harm episodes since the new year, all on weekends. "
        "Diary cards are coming in about half the time. We did a chain analysis on the last one "
        "and the vulnerability factors were poor sleep and skipping lamotrigine. Linehan's "
        "hierarchy says life-threatening behaviour first, but she keeps bringing a housing "
        "crisis. Would you stay with the chain or problem-solve the housing first?",
        [],
    ),
    (
        "hw-006",
        "Quick one: my client's school counsellor emailed me from j.moreno@westfieldacademy.org "
        "asking for a letter. The client is Tyler, 15, in Year 10 at Westfield Academy, and his "
        "mum Karen has consented. His NHS number is 485 777 3456, which the school already has. "
        "What do people put in letters like this without oversharing?",
        [
            ("j.moreno@westfieldacademy.org", "email"),
            ("Tyler", "name"),
            ("Westfield Academy", "organisation"),
            ("Karen", "name"),
            ("485 777 3456", "id_number"),
        ],
    ),
    (
        "hw-007",
        "Psychodynamic case, year three of twice-weekly work. The patient is a woman in her "
        "fifties, a senior academic, with a long history of idealising and then dropping "
        "mentors. Recently she has begun arriving late, which I read as a test of whether I "
        "will retaliate. Kernberg and Yeomans would frame this in TFP terms; I find Winnicott "
        "more useful here, the analyst surviving the attack. The countertransference is "
        "mostly boredom, which I take seriously. Any thoughts on naming the lateness directly "
        "versus waiting?",
        [],
    ),
    (
        "hw-008",
        "Substance use case. Client Marcus T. Reilly, DOB 07/22/1984, MRN 00738215, was "
        "discharged from Hazelden Betty Ford in Center City last month and is now in IOP with "
        "me. He drives for Uber and his plate (he mentioned it when complaining about a ticket) "
        "is 8KJM392. Relapse risk is highest on paydays.",
        [
            ("Marcus T. Reilly", "name"),
            ("07/22/1984", "date"),
            ("00738215", "id_number"),
            ("Hazelden Betty Ford", "organisation"),
            ("Center City", "place"),
            ("8KJM392", "id_number"),
        ],
    ),
    (
        "hw-009",
        "Grief work with a father whose adult son died by suicide four years ago. He attends "
        "a Compassionate Friends group and has found it helpful. Worden's tasks frame our work, "
        "and we have been using some continuing-bonds ideas (Klass). His PHQ-9 is 11 and the "
        "ICG is 31. He asks whether he will ever stop replaying the last phone call. I have "
        "been careful not to rush toward meaning-making; Neimeyer cautions against that.",
        [],
    ),
    (
        "hw-010",
        "New referral via the Kids Help Phone follow-up line. 16-year-old, goes by Jaz, lives "
        "with her nan on Cedar Crescent in Surrey, BC (postal code V3S 4K9). She posts a lot on "
        "TikTok as @jazzyjaz.bc and her teacher flagged a video. School is Fraser Heights "
        "Secondary.",
        [
            ("Jaz", "name"),
            ("Cedar Crescent", "place"),
            ("Surrey", "place"),
            ("V3S 4K9", "place"),
            ("@jazzyjaz.bc", "handle"),
            ("Fraser Heights Secondary", "organisation"),
        ],
    ),
    (
        "hw-011",
        "Child and family case. Eight-year-old with big meltdowns at home but none at school. "
        "Parents are separated and share care week-on, week-off. I am using PCIT-informed "
        "coaching with mum and some Ross Greene collaborative problem solving with dad. The "
        "Vanderbilt from the teacher is unremarkable. I am wondering about transition stress "
        "rather than ADHD. Has anyone used the Circle of Security parenting program with "
        "co-parents who do not speak to each other?",
        [],
    ),
    (
        "hw-012",
        "I need advice on a boundary issue. My client works as a receptionist at Northside "
        "Dental on Queen St and yesterday she sent me a friend request from her Facebook "
        "account, facebook.com/lily.ahn.92. Her full name is Lily Ahn. She is 34. I have not "
        "accepted and want to address it in session on Thursday.",
        [
            ("Northside Dental", "organisation"),
            ("Queen St", "place"),
            ("facebook.com/lily.ahn.92", "url"),
            ("Lily Ahn", "name"),
        ],
    ),
    (
        "hw-013",
        "Trauma case, complex presentation. Client is a veteran in his forties with combat "
        "exposure and childhood neglect. We started CPT but he could not tolerate the impact "
        "statement, so we paused and did stabilisation with some Polyvagal-informed work "
        "(Porges, Dana). The DES-II came back at 28, which makes me think about structural "
        "dissociation (van der Hart). His ACE score is 7. Would you switch to a phase-oriented "
        "model or try Written Exposure Therapy first?",
        [],
    ),
    (
        "hw-014",
        "Client disclosed that her ex, Rob Kowalczyk, has been sending messages from "
        "rob.k.1979@gmail.com and calling her work line at (416) 555-0143 ext. 212. She works "
        "at Sunnybrook Health Sciences Centre. The peace bond hearing is set for 11 June 2024 at "
        "Old City Hall.",
        [
            ("Rob Kowalczyk", "name"),
            ("rob.k.1979@gmail.com", "email"),
            ("(416) 555-0143", "phone"),
            ("Sunnybrook Health Sciences Centre", "organisation"),
            ("11 June 2024", "date"),
            ("Old City Hall", "place"),
        ],
    ),
    (
        "hw-015",
        "Presenting a case for the group on Tuesday. Adolescent boy, 14, school refusal since "
        "March, anxious attachment with mother, father largely absent. We are doing CBT with "
        "graded exposure and some family sessions. GAD-7 is 15, SCARED parent version elevated "
        "on separation anxiety. He lights up talking about Minecraft and coding. I would like "
        "help thinking about how to engage father, who has cancelled twice.",
        [],
    ),
    (
        "hw-016",
        "Australian colleagues, a question about Medicare: my client's card number is "
        "2428 77813 2 and the referral from her GP, Dr Anika Sharma at Brunswick Medical "
        "Centre, expired on 30/04/2024. She lives in Brunswick East, VIC 3057. Can I keep "
        "seeing her under the Better Access plan while we wait for a new one?",
        [
            ("2428 77813 2", "id_number"),
            ("Anika Sharma", "name"),
            ("Brunswick Medical Centre", "organisation"),
            ("30/04/2024", "date"),
            ("Brunswick East", "place"),
            ("3057", "place"),
        ],
    ),
    (
        "hw-017",
        "IFS case. A woman in her thirties with a very loud inner critic. We have met a "
        "protector she calls the Judge, and behind it an exile who feels like a seven-year-old "
        "at the kitchen table. Schwartz would have me ask the Judge what it is afraid would "
        "happen if it stopped. It says she would become lazy and unlovable. Self-energy is "
        "there in flashes. How do people pace unburdening when the system is this polarised?",
        [],
    ),
    (
        "hw-018",
        "Hope has been attending since the autumn. She is a nurse at St. Vincent's Hospital and "
        "her husband Will works for Qantas. Hope said on Monday that she wants to leave the "
        "marriage but is scared of what Will might do. Her mobile is 0412 345 678.",
        [
            ("Hope", "name"),
            ("St. Vincent's Hospital", "organisation"),
            ("Will", "name"),
            ("Qantas", "organisation"),
            ("0412 345 678", "phone"),
        ],
    ),
    (
        "hw-019",
        "Supervision dilemma rather than a case: a trainee I supervise keeps extending sessions "
        "by fifteen to twenty minutes with one client. When I raised it she became tearful and "
        "said the client has no one else. We have talked about rescuer dynamics (Karpman) and "
        "about her own history a little, carefully. I am wondering how far into personal "
        "material it is appropriate to go in supervision versus recommending her own therapy.",
        [],
    ),
    (
        "hw-020",
        "UK case, substance misuse. Client is Declan, 38, lives in a hostel in Digbeth and has "
        "been on methadone 60 mg via the Change Grow Live service. His National Insurance "
        "number is JT 48 22 91 B and his DWP claim was stopped on the 3rd of January. He has "
        "an appointment at the jobcentre on Corporation Street.",
        [
            ("Declan", "name"),
            ("Digbeth", "place"),
            ("JT 48 22 91 B", "id_number"),
            ("3rd of January", "date"),
            ("Corporation Street", "place"),
        ],
    ),
    (
        "hw-021",
        "Gottman-informed couples work, session 6. The Four Horsemen are everywhere, mostly "
        "criticism and stonewalling. He floods quickly (heart rate over 100 when we checked) "
        "and I have been teaching physiological self-soothing. She says he never listens; he "
        "says nothing is ever enough. The Sound Relationship House gives us a map, but they "
        "skip the friendship floors entirely. Should I slow down and build fondness and "
        "admiration first?",
        [],
    ),
    (
        "hw-022",
        "My client Brandon Whitlock (he asked me to use his real name in any letter, which I "
        "will not) is an electrician with IBEW Local 46. He was injured on a job at the Amazon "
        "warehouse in Kent and his L&I claim number is BK-449201-X. He is angry with his "
        "foreman, Gary, and ruminates about the accident daily.",
        [
            ("Brandon Whitlock", "name"),
            ("IBEW Local 46", "organisation"),
            ("Amazon", "organisation"),
            ("Kent", "place"),
            ("BK-449201-X", "id_number"),
            ("Gary", "name"),
        ],
    ),
    (
        "hw-023",
        "Perinatal case. First-time mother, baby is four months old, EPDS of 19 at the six-week "
        "check and still 15 now. She is on sertraline 50 mg from her OB. Intrusive harm thoughts "
        "about the baby, which she finds horrifying, so this looks more like perinatal OCD than "
        "depression alone. I am planning ERP with a lot of psychoeducation. Any recommended "
        "resources for partners?",
        [],
    ),
    (
        "hw-024",
        "Adolescent DBT group referral. Maya Goldstein, born 2009-05-17, attends Lakeview "
        "Middle School and lives on Birchwood Drive in Evanston. Her mother can be reached "
        "at maya.goldstein.mom@outlook.com. Insurance member ID is XJH882310457.",
        [
            ("Maya Goldstein", "name"),
            ("2009-05-17", "date"),
            ("Lakeview Middle School", "organisation"),
            ("Birchwood Drive", "place"),
            ("Evanston", "place"),
            ("maya.goldstein.mom@outlook.com", "email"),
            ("XJH882310457", "id_number"),
        ],
    ),
    (
        "hw-025",
        "Older adult case. My client is in her late eighties, recently moved into assisted "
        "living after a fall. She is grieving her independence more than anything. We do life "
        "review (Butler), and she likes bringing photographs. Her daughter visits every Sunday. "
        "GDS-15 is 9. I am aware my own feelings about my grandmother are in the room.",
        [],
    ),
    (
        "hw-026",
        "Client is a 95-year-old retired teacher referred after her husband's death. She still "
        "lives in the family home at 14 Larkspur Lane, Hamden, and her son Jonathan visits "
        "weekly. She told me she was born on 9 November 1929.",
        [
            ("95-year-old", "age"),
            ("14 Larkspur Lane", "place"),
            ("Hamden", "place"),
            ("Jonathan", "name"),
            ("9 November 1929", "date"),
        ],
    ),
    (
        "hw-027",
        "Mentalization question. Client with BPD traits, late twenties, moves between "
        "pretend mode and psychic equivalence within a single session. Bateman and Fonagy "
        "suggest staying with not-knowing and stopping to rewind. I find I lose my own "
        "mentalizing when she becomes contemptuous. The MBT adherence scale has been a useful "
        "self-check. Anyone else found it hard to maintain curiosity under attack?",
        [],
    ),
    (
        "hw-028",
        "EMDR intensive, day two. Client is Priya, an engineer at Microsoft in Redmond. We "
        "processed the assault from 2015 and the SUDs went to 1. Her partner, Arjun, emailed "
        "afterwards from arjun.patel@hotmail.com to ask how it went, which I did not answer.",
        [
            ("Priya", "name"),
            ("Microsoft", "organisation"),
            ("Redmond", "place"),
            ("Arjun", "name"),
            ("arjun.patel@hotmail.com", "email"),
        ],
    ),
    (
        "hw-029",
        "Canadian colleague asking about a duty-to-report situation. Client is a parent who "
        "disclosed harsh discipline that might meet the threshold. I consulted my college "
        "guidelines and spoke to a senior colleague. We agreed to make the call together with "
        "the client present, which went better than expected. I would like to hear how others "
        "preserve the alliance after a report to child protection.",
        [],
    ),
    (
        "hw-030",
        "Client says the stalker has been posting about her on Reddit as u/nightowl_77 and "
        "tracked her IP (she saw a log showing 73.158.22.41). Her lawyer, Mr. Pemberton, "
        "filed the protective order on 8/9/23. She works at Costco in Issaquah.",
        [
            ("u/nightowl_77", "handle"),
            ("73.158.22.41", "ip"),
            ("Pemberton", "name"),
            ("8/9/23", "date"),
            ("Costco", "organisation"),
            ("Issaquah", "place"),
        ],
    ),
    (
        "hw-031",
        "Group therapy consultation: a process group of seven, one member dominates with long "
        "stories and the others have started to roll their eyes. Yalom would talk about the "
        "here-and-now and the monopolist. I tried a process comment last week and it landed "
        "badly. She missed the following meeting. How do you bring the group's reaction in "
        "without scapegoating?",
        [],
    ),
    (
        "hw-032",
        "Intake notes shared with permission. Client: Aoife Brennan, 27. Lives in Ballymun. "
        "Works in the Starbucks on Grafton Street. PPS number 7823419TA. Her GP is Dr. "
        "Fitzgerald. Panic attacks since the Christmas of 2022, worse on the DART.",
        [
            ("Aoife Brennan", "name"),
            ("Ballymun", "place"),
            ("Starbucks", "organisation"),
            ("Grafton Street", "place"),
            ("7823419TA", "id_number"),
            ("Fitzgerald", "name"),
        ],
    ),
    (
        "hw-033",
        "Eating disorder case. Client in her early twenties, restrictive eating, BMI low but "
        "medically stable according to her physician. We are using CBT-E (Fairburn). She weighs "
        "herself several times a day. The EDE-Q global score is 4.2. I am struggling with how "
        "much to collaborate on weighing versus asking her to hand over the scale. Thoughts?",
        [],
    ),
    (
        "hw-034",
        "Client is Grace, 31, who teaches at Hillcrest Elementary. Her father Mark died on "
        "December 2, and she found out from a text. She has been using the Calm app and "
        "drinking more. Her Instagram is @grace.notes.teaches.",
        [
            ("Grace", "name"),
            ("Hillcrest Elementary", "organisation"),
            ("Mark", "name"),
            ("December 2", "date"),
            ("@grace.notes.teaches", "handle"),
        ],
    ),
    (
        "hw-035",
        "Thinking about termination with a long-term client, seven years of weekly work. "
        "She has made real gains and raised ending herself. I notice reluctance in me. Her "
        "attachment history (preoccupied on the AAI when we did it for research) makes me "
        "think the ending itself could be the most therapeutic part. Holmes writes about "
        "this. Would you taper to fortnightly or set a date and hold it?",
        [],
    ),
    (
        "hw-036",
        "A family case I am finding hard. The Nguyen family: Linh (mother), Bao (father) and "
        "their son Kevin, 12. Kevin was excluded from Parkside Primary after hitting a teacher. "
        "They live at 221 Hollis Road, Ashfield NSW 2131. The school's case number is "
        "PPS-2023-0418.",
        [
            ("Nguyen", "name"),
            ("Linh", "name"),
            ("Bao", "name"),
            ("Kevin", "name"),
            ("Parkside Primary", "organisation"),
            ("221 Hollis Road", "place"),
            ("Ashfield", "place"),
            ("2131", "place"),
            ("PPS-2023-0418", "id_number"),
        ],
    ),
    (
        "hw-037",
        "ACT case, chronic pain. Man in his sixties, two back surgeries, on gabapentin and "
        "duloxetine 60 mg. Fusion with 'I am useless now' is strong. We have done values work "
        "and he named being a grandfather who shows up. The AAQ-II is 38. Hayes would point "
        "to creative hopelessness; I think we have done that, and now the question is "
        "committed action with a body that hurts. Any favourite metaphors for pacing?",
        [],
    ),
    (
        "hw-038",
        "My client, a nurse named Rosa Delgado, called the crisis line twice last week. She "
        "works on the oncology ward at Mercy General in Sacramento. Her license number with "
        "the BRN is RN 95012374. Her supervisor, Donna, suggested she take leave.",
        [
            ("Rosa Delgado", "name"),
            ("Mercy General", "organisation"),
            ("Sacramento", "place"),
            ("95012374", "id_number"),
            ("Donna", "name"),
        ],
    ),
    (
        "hw-039",
        "Sandtray with a six-year-old after a house fire. He builds the same scene each week: "
        "a house, a firetruck and a dog standing outside. Last session the dog went back in. "
        "Play therapy literature (Landreth, Gil) would say to follow his lead and reflect, "
        "which I have. His parents worry that repetition means he is stuck. How do you explain "
        "post-traumatic play to parents?",
        [],
    ),
    (
        "hw-040",
        "Client Jerome Baptiste, age 92, lives at Maple Grove Manor in Kitchener. His SIN, "
        "which he read aloud to me while filling in a form, is 527 301 894. His grandson "
        "Andre drives him to sessions. Jerome has outlived three siblings and his wife Odette.",
        [
            ("Jerome Baptiste", "name"),
            ("age 92", "age"),
            ("Maple Grove Manor", "organisation"),
            ("Kitchener", "place"),
            ("527 301 894", "id_number"),
            ("Andre", "name"),
            ("Jerome", "name"),
            ("Odette", "name"),
        ],
    ),
    (
        "hw-041",
        "Schema therapy question. Client with a strong Detached Protector mode and an "
        "Abandoned Child underneath. Young's model suggests limited reparenting, and I have "
        "been doing imagery rescripting. She tolerates it in session, then cancels the next "
        "one. Is the cancellation the protector coming back online? Arntz and Jacob's book "
        "has helped, but I would welcome experience from the room.",
        [],
    ),
    (
        "hw-042",
        "An update on the case I brought in April. Tom Hargreaves (client) has moved to "
        "Leeds and wants to continue by video. He is now at Leeds Beckett University on "
        "a PGCE. He asked me to send the invoice to tom.hargreaves@leedsbeckett.ac.uk.",
        [
            ("Tom Hargreaves", "name"),
            ("Leeds", "place"),
            ("Leeds Beckett University", "organisation"),
            ("tom.hargreaves@leedsbeckett.ac.uk", "email"),
        ],
    ),
    (
        "hw-043",
        "Cultural humility question. My client is a Black woman in her forties, a first-"
        "generation professional, who tells me she code-switches all day and is exhausted by "
        "the time she gets to session. I am a white therapist. We have named the difference, "
        "and she said she appreciated that, but I am aware of how much she may be editing with "
        "me. Hardy's work on racial trauma has been useful. How do others invite more of that "
        "material without making her educate me?",
        [],
    ),
    (
        "hw-044",
        "Ezra Blackwood, 17, was admitted to Seattle Children's on 10/02/2023 after an "
        "overdose. He is a junior at Ballard High School. His mother's number is "
        "206.555.0134 and the family lives near Golden Gardens. Ezra's gamer tag is "
        "xXEzraFlameXx.",
        [
            ("Ezra Blackwood", "name"),
            ("Seattle Children's", "organisation"),
            ("10/02/2023", "date"),
            ("Ballard High School", "organisation"),
            ("206.555.0134", "phone"),
            ("Golden Gardens", "place"),
            ("Ezra", "name"),
            ("xXEzraFlameXx", "handle"),
        ],
    ),
    (
        "hw-045",
        "Motivational interviewing with a young man who drinks heavily on weekends. Miller "
        "and Rollnick's spirit of MI keeps me from arguing, but I notice the righting reflex "
        "every time he minimises. AUDIT is 21. He is ambivalent; he likes who he is when "
        "drunk. We have done a decisional balance. He agreed to track drinks for two weeks. "
        "What helps you stay in evoking rather than informing?",
        [],
    ),
    (
        "hw-046",
        "Client (Sophie Tremblay) called from her work phone, 514-555-0199, at Hydro-Quebec. "
        "She lives in Verdun and her daughter Chloe goes to École Saint-Paul. The incident "
        "with her ex happened on the 14th of February.",
        [
            ("Sophie Tremblay", "name"),
            ("514-555-0199", "phone"),
            ("Hydro-Quebec", "organisation"),
            ("Verdun", "place"),
            ("Chloe", "name"),
            ("École Saint-Paul", "organisation"),
            ("14th of February", "date"),
        ],
    ),
    (
        "hw-047",
        "OCD case. Adult man with contamination fears after a norovirus outbreak at work. Y-BOCS "
        "28. We are doing ERP with a hierarchy he helped build, currently at touching door "
        "handles without washing for ten minutes. His wife is accommodating a lot, which we "
        "are addressing with some family sessions. Abramowitz's approach is my anchor. He asks "
        "for reassurance at the end of every session. How do you handle that gently?",
        [],
    ),
    (
        "hw-048",
        "The client's website is www.marnieharrisart.com and she sells prints on Etsy as "
        "MarnieMakesArt. Marnie Harris is 45, lives in Fremantle and volunteers at the "
        "Fremantle Arts Centre. She was hospitalised at Fiona Stanley Hospital on 5 August.",
        [
            ("www.marnieharrisart.com", "url"),
            ("MarnieMakesArt", "handle"),
            ("Marnie Harris", "name"),
            ("Fremantle", "place"),
            ("Fremantle Arts Centre", "organisation"),
            ("Fiona Stanley Hospital", "organisation"),
            ("5 August", "date"),
        ],
    ),
    (
        "hw-049",
        "A reflection after last month's meeting. I brought a case of a client who reminded me "
        "of my brother, and the group helped me see how much I was protecting him from "
        "challenge. Since then I have been more direct and he has responded well. I wanted to "
        "thank everyone. Searles wrote that the patient tries to heal the analyst; I think "
        "there was some of that too.",
        [],
    ),
    (
        "hw-050",
        "Client Nathaniel (Nate) Osei, a student at Georgetown, was arrested on 4/18 after a "
        "fight outside a bar in Adams Morgan. His public defender is Ms. Alvarez. His "
        "student ID is G48812093 and he wants me to write to the dean.",
        [
            ("Nathaniel", "name"),
            ("Nate", "name"),
            ("Osei", "name"),
            ("Georgetown", "organisation"),
            ("4/18", "date"),
            ("Adams Morgan", "place"),
            ("Alvarez", "name"),
            ("G48812093", "id_number"),
        ],
    ),
    (
        "hw-051",
        "Somatic question. Client freezes when talking about her father; she goes pale and her "
        "voice drops. I have been using titration and pendulation (Levine) and some orienting "
        "to the room. Ogden's sensorimotor work suggests tracking the impulse to push away. "
        "She did push against a cushion last week and felt 'strong for a second'. Where would "
        "you go next?",
        [],
    ),
    (
        "hw-052",
        "Insurance hassle: client's BlueCross policy number is BCX 7746 2219 0 and the group "
        "number is 00984521. The claims rep, Janelle, kept saying the CPT code 90837 was not "
        "covered. Client is Darnell Price at 3300 W Grand Ave, Chicago, IL 60651.",
        [
            ("BCX 7746 2219 0", "id_number"),
            ("00984521", "id_number"),
            ("Janelle", "name"),
            ("Darnell Price", "name"),
            ("3300 W Grand Ave", "place"),
            ("Chicago", "place"),
            ("60651", "place"),
        ],
    ),
    (
        "hw-053",
        "Bereavement after a stillbirth. Couple in their thirties. She wants to talk about the "
        "baby constantly; he has gone back to work and will not mention it. Incongruent "
        "grieving (Doka, Martin) fits. I am seeing them together and individually once a month. "
        "How do people hold both styles without the intuitive griever feeling abandoned by "
        "the therapist too?",
        [],
    ),
    (
        "hw-054",
        "Client (a 91 year old man) lives at Rosewood Gardens care home in Harrogate. His "
        "son, Philip Ashworth, phones me on 07700 900461. The home's manager said the fall "
        "happened on Saturday 12th March.",
        [
            ("91 year old", "age"),
            ("Rosewood Gardens", "organisation"),
            ("Harrogate", "place"),
            ("Philip Ashworth", "name"),
            ("07700 900461", "phone"),
            ("12th March", "date"),
        ],
    ),
    (
        "hw-055",
        "Thinking about fees. I have a client on a sliding scale who recently got a big "
        "promotion but has not mentioned changing the fee. I feel resentful and I know that "
        "needs attention before I raise anything. Some colleagues say money is just another "
        "part of the frame to explore. How do you bring this up without it feeling punitive?",
        [],
    ),
    (
        "hw-056",
        "Telehealth safety plan note: client logs on from 192.168.4.21 according to the "
        "platform, which is her home network, and her emergency contact is her sister "
        "Bethany at 612-555-0122. Client lives on Minnehaha Parkway. Her device serial, for the "
        "loaner tablet from our clinic, is SN: DMPX4471QK.",
        [
            ("192.168.4.21", "ip"),
            ("Bethany", "name"),
            ("612-555-0122", "phone"),
            ("Minnehaha Parkway", "place"),
            ("DMPX4471QK", "id_number"),
        ],
    ),
    (
        "hw-057",
        "Adolescent with gender dysphoria, supportive mother, hesitant father. I am working "
        "affirmatively and the family is engaged. The WPATH standards have helped me think "
        "about my role. School has been mostly supportive. The young person's biggest stress "
        "right now is a sports team policy. PHQ-A is 12. Would appreciate thoughts on working "
        "with the father's grief about the child he expected.",
        [],
    ),
    (
        "hw-058",
        "Client Kai Nakamura, 22, a barista at Blue Bottle in Oakland, reported that his "
        "roommate Jordan threatened him. The incident happened on Sept. 28. Kai is on "
        "Medi-Cal, ID 91827364A. He texts me from 510 555 0176.",
        [
            ("Kai Nakamura", "name"),
            ("Blue Bottle", "organisation"),
            ("Oakland", "place"),
            ("Jordan", "name"),
            ("Sept. 28", "date"),
            ("Kai", "name"),
            ("91827364A", "id_number"),
            ("510 555 0176", "phone"),
        ],
    ),
    (
        "hw-059",
        "Rural practice question. I work in a small town in the Prairies where everyone knows "
        "everyone, and a new client turns out to be my child's hockey coach. I have consulted "
        "my regulator's guidance on dual relationships. Referral options are over two hours "
        "away. How have others in small communities managed this?",
        [],
    ),
    (
        "hw-060",
        "Case update: Mrs. Oyelaran, who I mentioned last time, moved from Peckham to "
        "Croydon (CR0 2AB). She now works at Sainsbury's in Purley and her shifts change "
        "weekly. Her daughter Tolu is at Harris Academy. The housing tribunal is on 22/05/2024.",
        [
            ("Oyelaran", "name"),
            ("Peckham", "place"),
            ("Croydon", "place"),
            ("CR0 2AB", "place"),
            ("Sainsbury's", "organisation"),
            ("Purley", "place"),
            ("Tolu", "name"),
            ("Harris Academy", "organisation"),
            ("22/05/2024", "date"),
        ],
    ),
    (
        "hw-061",
        "Reflecting on self-disclosure. A client who lost a child asked me directly whether I "
        "have children. I answered briefly and honestly and then we explored what the question "
        "meant to her. Afterwards I wondered whether I shut something down. Maroda writes "
        "thoughtfully about this. How do others decide in the moment?",
        [],
    ),
    (
        "hw-062",
        "Client Siobhan McAllister, an RN at Royal Victoria Hospital, was on shift during the "
        "incident on 17 October 2023. Her registration with the NMC is 14C2345E. Siobhan "
        "lives in Holywood and her partner Ciaran drives a taxi, reg number KFZ 4471.",
        [
            ("Siobhan McAllister", "name"),
            ("Royal Victoria Hospital", "organisation"),
            ("17 October 2023", "date"),
            ("14C2345E", "id_number"),
            ("Siobhan", "name"),
            ("Holywood", "place"),
            ("Ciaran", "name"),
            ("KFZ 4471", "id_number"),
        ],
    ),
    (
        "hw-063",
        "A question about dreams. An analysand in her forties keeps dreaming about a house with "
        "rooms she did not know were there. Jung would call these parts of the self coming into "
        "view. She is mid-divorce and starting to imagine her own life. I have resisted "
        "interpreting too quickly. What do people make of recurrent house dreams at midlife?",
        [],
    ),
    (
        "hw-064",
        "Client Dmitri Volkov, who drives a truck for FedEx, was evaluated at Mass General "
        "after the crash on Route 9 in Framingham. His CDL number is S12345678. He asked me to "
        "talk to his employer's EAP counsellor, Linda Park, at 617-555-0110.",
        [
            ("Dmitri Volkov", "name"),
            ("FedEx", "organisation"),
            ("Mass General", "organisation"),
            ("Route 9", "place"),
            ("Framingham", "place"),
            ("S12345678", "id_number"),
            ("Linda Park", "name"),
            ("617-555-0110", "phone"),
        ],
    ),
]


def annotate(text: str, items: list[tuple[str, str]]) -> list[dict[str, object]]:
    """Spans for every whole-word occurrence of each substring, outermost first."""
    spans: list[dict[str, object]] = []
    taken: list[tuple[int, int]] = []
    for sub, kind in sorted(items, key=lambda it: -len(it[0])):
        pattern = re.compile(r"(?<!\w)" + re.escape(sub) + r"(?!\w)")
        found = False
        for m in pattern.finditer(text):
            found = True
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            spans.append({"start": m.start(), "end": m.end(), "kind": kind})
        if not found:
            raise ValueError(f"{sub!r} not found in {text[:40]!r}")
    spans.sort(key=lambda s: int(str(s["start"])))
    return spans


def documents() -> list[dict[str, object]]:
    return [
        {"id": doc_id, "text": text, "spans": annotate(text, items), "source": "handwritten"}
        for doc_id, text, items in HANDWRITTEN
    ]
