"""Independent development corpus E2: fictional therapy-session fragments for rupturetool (issue 7).

Contents
--------
``FRAGMENTS`` holds 65 short, entirely fictional therapy-session fragments:

* ``e2-001`` .. ``e2-025`` -- 25 *ordinary but hard* fragments with no rupture. They are built to look like
  ruptures on the surface (clients complaining about bosses, GPs, exes, in-laws or a previous therapist;
  laughter at something genuinely funny; short answers to closed questions; self-critical talk the client is
  actively exploring; disagreement that stays collaborative; "you're right" meant sincerely; routine
  "how is this working for you?" feedback; purely practical talk about rescheduling and fees).
* ``e2-101`` .. ``e2-140`` -- 40 *rupture* fragments covering every 3RS withdrawal (W1-W7) and confrontation
  (C1-C7) marker at least twice, obvious and subtle, with therapist responses that sometimes attend to the
  rupture (Safran-Muran stage 1) and sometimes miss it, explain the rationale, apologise or change task.

Each fragment is a dict with ``id``, ``turns`` (list of ``("T" | "P", text)``), ``markers`` (list of
``(index of a client turn, 3RS code)``) and ``stage1`` (indices of therapist turns that attend to the rupture
here and now). Indices are 0-based into ``turns``.

All people, places and events are invented; any resemblance to real persons is coincidental. No real
transcripts were used. The fragments lean towards psychodynamic, person-centred, EFT and schema work and
towards American, Australian, Scottish and Canadian English, with some adolescents, older adults and
trainee therapists, plus a few other Englishes (Irish, Indian, Nigerian).

Written independently on 2026-11-22 from the coding-scheme guide (``/work/shared/guide/coding-scheme.md``)
only, without sight of the suggester, its resources, samples, tests or any other corpus, so that it can be
used to measure how well the suggester transfers to wording it was not built on.
"""

FRAGMENTS: list[dict] = [
    # ------------------------------------------------------------------------------------------------
    # ORDINARY HARD FRAGMENTS (no rupture)
    # ------------------------------------------------------------------------------------------------
    # Scottish woman, integrative; complaint about a boss, positive check-in about therapy.
    {
        "id": "e2-001",
        "turns": [
            ("T", "How's work been since we last met?"),
            (
                "P",
                "Honestly? Pure nightmare. My manager, you know the one, Derek, he's decided we all need "
                "to do a 'wellness check-in' every morning on Teams. So every day at nine I've to put an "
                "emoji that represents my mood. [pause] I put a wee poo emoji on Tuesday and got called in.",
            ),
            ("T", "(laughs) You didn't."),
            (
                "P",
                "I did! And he's sitting there going 'Is everything okay at home, Kirsty?' Naw, Derek, I just "
                "think your check-ins are rubbish. He's useless. He doesnae listen to a word anybody says.",
            ),
            (
                "T",
                "It sounds like there's a lot of frustration with him. Being asked how you feel by someone "
                "who doesn't really listen to the answer.",
            ),
            (
                "P",
                "Aye. Exactly that. It's sharing for the sake of it. [pause] Which, funny enough, I think "
                "that's partly why I was so nervous at the start of coming here. I thought it'd be like that.",
            ),
            ("T", "Mm. And how has it been, here, compared to that?"),
            ("P", "No, it's different. You actually listen. That's how I keep coming back."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Australian woman, person-centred; genuinely funny story, then chooses to go to the heavy material.
    {
        "id": "e2-002",
        "turns": [
            ("P", "So you won't believe what happened. Biscuit ate my passport."),
            ("T", "Your dog ate your passport?"),
            (
                "P",
                "(laughing) The dog ate my passport! Two weeks before Bali. I come home and there's just the "
                "little gold emblem on the rug and a very guilty kelpie.",
            ),
            ("T", "(laughing) Oh no. The guilty look."),
            (
                "P",
                "Ears right back. (laughs) Anyway, I rang the passport office and they reckon I can get an "
                "urgent one, so it's sorted. Actually it's kind of nice to laugh about something. Last few "
                "weeks have been so heavy with Mum's stuff.",
            ),
            (
                "T",
                "It has been heavy. It's good to hear you laugh. Do you want to spend some time on how things "
                "are with your mum today, or is there something else on top?",
            ),
            ("P", "Yeah, no, Mum. Let's do Mum. The hospice rang on Monday."),
        ],
        "markers": [],
        "stage1": [],
    },
    # American man, MI; short answers to closed questions about drinking.
    {
        "id": "e2-003",
        "turns": [
            ("T", "Let's go over the last week. How many days did you drink?"),
            ("P", "Three."),
            ("T", "And on those days, roughly how many drinks?"),
            ("P", "Four. Maybe five on Saturday."),
            ("T", "Beer, wine?"),
            ("P", "Beer. Coors Light, mostly."),
            ("T", "Okay. That's down from six days the week before. What do you make of that?"),
            (
                "P",
                "Honestly I was kind of surprised. I think not keeping it in the fridge helped. If I have to "
                "drive to the store I mostly just... don't. Which is kind of lazy, but it works.",
            ),
            ("T", "Lazy that works. (smiles) Sounds like you found a strategy that actually fits you."),
            ("P", "Yeah. I'm gonna keep doing it. Maybe tell my brother, he's the one who always brings a case."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Canadian woman, schema therapy; self-critical talk explored with curiosity.
    {
        "id": "e2-004",
        "turns": [
            (
                "T",
                "You said when you burned the dinner you thought 'I'm such an idiot.' Can we look at that voice a bit?",
            ),
            (
                "P",
                "Yeah. Okay. It's so fast, eh? Before I even notice, it's there. 'Idiot. Useless. Can't even "
                "do pasta.'",
            ),
            ("T", "Whose voice does it sound like, when you slow it down?"),
            (
                "P",
                "[pause] Honestly? It's got my grandmother's tone. Not her words exactly. But that clipped "
                "thing. 'Well, that's just typical.'",
            ),
            ("T", "'That's just typical.' So the critic has borrowed her tone."),
            (
                "P",
                "Yeah. Huh. I never put that together. And I'd never talk to my daughter like that. If she "
                "burned pasta I'd be like, who cares, we'll order pizza.",
            ),
            ("T", "So there's another voice in you too. The one that says 'who cares, pizza.'"),
            ("P", "(laughs) The pizza voice. I'd like to hear more from her, honestly."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Australian woman, psychodynamic; client corrects an interpretation, collaboration deepens.
    {
        "id": "e2-005",
        "turns": [
            (
                "T",
                "I wonder if some of what you felt with your supervisor connects to how it was with your "
                "mother, needing her approval and never quite getting it.",
            ),
            (
                "P",
                "Hmm. I can see why you'd go there. I'm not sure it's Mum, actually. [pause] I think it's more "
                "my older brother. Mum was pretty warm, really. It was Pete who'd go quiet on me if I did "
                "better than him.",
            ),
            ("T", "Ah. So not approval withheld from above, so much as someone going quiet when you shone."),
            (
                "P",
                "Yes. That's it exactly. And my supervisor does that. When I got the grant she went cold on "
                "me for a week.",
            ),
            ("T", "That's a much better fit than what I offered. Going cold when you shine."),
            ("P", "Yeah. And I shrink, I think. I start playing things down. I did it at Christmas with Pete too."),
            ("T", "Let's stay with the shrinking. What happens in you, right at the moment she goes cold?"),
        ],
        "markers": [],
        "stage1": [],
    },
    # Scottish older man, person-centred; routine mid-therapy feedback at a good moment.
    {
        "id": "e2-006",
        "turns": [
            (
                "P",
                "...and for the first time I said to her, Annie, I'm no' coping. And she just held my hand. "
                "Forty year married and I'd never said that.",
            ),
            ("T", "Forty years, and you said it. And she held your hand."),
            ("P", "[tearful] Aye. She did."),
            ("T", "[pause] That sounds like a big moment."),
            ("P", "It was. I think I could only say it because I'd been practising saying things in here."),
            (
                "T",
                "I'm really moved to hear that. We're about halfway through our twelve sessions, so can I "
                "check in: how is this working for you, the way we're doing things? Anything you'd want "
                "more or less of?",
            ),
            (
                "P",
                "No, it's good. Honestly. Maybe, eh, a bit more on the sleeping, if we've time. But the "
                "talking's doing me good.",
            ),
            ("T", "Okay, let's make some room for sleep next week. Thank you for telling me."),
        ],
        "markers": [],
        "stage1": [],
    },
    # American woman, psychodynamic; purely practical rescheduling and billing.
    {
        "id": "e2-007",
        "turns": [
            ("P", "Before I forget, I have a work trip to Denver the week of the 14th. Could we move that Thursday?"),
            ("T", "Sure. I've got Tuesday the 12th at 4, or Friday the 15th at 8 in the morning."),
            ("P", "Friday at 8 I'll be on a plane. Tuesday at 4 works."),
            ("T", "Great, Tuesday the 12th at 4. I'll send a confirmation."),
            ("P", "Thanks. And is it the same rate for telehealth? My insurance is weird about that."),
            (
                "T",
                "Same rate, and I'll put the telehealth code on the superbill. If they push back, let me know "
                "and I'll call them.",
            ),
            ("P", "Perfect. Okay. So, where was I. The thing with my sister."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Australian older woman, EFT; angry about a dismissive GP (not about the therapist).
    {
        "id": "e2-008",
        "turns": [
            ("T", "How did the appointment go on Monday?"),
            (
                "P",
                "Oh, don't get me started. Twelve minutes, I had. Twelve minutes, and he's typing the whole "
                "time, doesn't look at me once. I say 'I think it's my heart' and he says 'Well, you're "
                "seventy-three, Jan.' As if that's an answer!",
            ),
            ("T", "Seventy-three, as if that explains it. That sounds infuriating."),
            (
                "P",
                "It was! I wanted to say 'I'm not a number, mate.' But I didn't, of course. I said thank you, "
                "doctor, and took my script.",
            ),
            (
                "T",
                "You wanted to say 'I'm not a number', and what came out was 'thank you, doctor.' What's it "
                "like, right now, remembering that?",
            ),
            ("P", "Makes my chest go tight. Same as with Dad. You never answered back to Dad."),
            ("T", "Tight, like with Dad. Can we stay with that tightness a moment?"),
        ],
        "markers": [],
        "stage1": [],
    },
    # Canadian woman, person-centred; complaint about an ex, reflective.
    {
        "id": "e2-009",
        "turns": [
            (
                "P",
                "So Kevin texts me Sunday night, ten p.m., 'can you take the kids an extra day, something "
                "came up.' Something came up. Every time. He never listens, he never plans, and then I'm the "
                "bad guy if I say no.",
            ),
            ("T", "You're fed up. It keeps landing on you, and then you get cast as the bad guy."),
            ("P", "Exactly. And honestly I don't know what I expected. He was like this when we were married."),
            ("T", "Mm. Like this the whole time."),
            (
                "P",
                "Yeah. I think part of why I'm so mad is I keep hoping he'll change, eh. And I'm the one who "
                "keeps being surprised. That's on me a little.",
            ),
            ("T", "So there's anger at him, and something like frustration with the part of you that keeps hoping?"),
            (
                "P",
                "Yeah. Hoping's exhausting. But I don't want to become someone who doesn't hope either. For the kids.",
            ),
        ],
        "markers": [],
        "stage1": [],
    },
    # American adolescent boy, person-centred; closed questions, complaint about a teacher and mom.
    {
        "id": "e2-010",
        "turns": [
            ("T", "Did you end up going to school on Monday?"),
            ("P", "Yeah."),
            ("T", "All day?"),
            ("P", "Till lunch."),
            ("T", "Okay. What happened at lunch?"),
            (
                "P",
                "Mr. Patterson. He called me out in front of the whole class for being on my phone, except I "
                "literally wasn't, I was checking the time, and he's like 'put it in the basket', and "
                "everyone's staring. He's such a tool. He does it to me every single time and never to, "
                "like, Brayden.",
            ),
            ("T", "That sounds embarrassing, and unfair. Being singled out when you weren't even doing it."),
            (
                "P",
                "It was so unfair. So I just left. I went to Wendy's and my mom found out and now she's mad "
                "too. Nobody ever believes me.",
            ),
            ("T", "Nobody believes you. Not Mr. Patterson, not your mom. That's a lonely place to be."),
            ("P", "Yeah. [pause] It kinda is. Like, even when I'm telling the truth it doesn't count."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Canadian older man (81), psychodynamic; life-review storytelling that IS the work.
    {
        "id": "e2-011",
        "turns": [
            ("T", "You mentioned last week you wanted to talk about the farm."),
            (
                "P",
                "Yes. I've been thinking about it a great deal since the diagnosis. We had a quarter section "
                "outside Swift Current. My father broke that land himself, with horses, in 1928. I remember "
                "the smell of the barn in winter, the frost on the inside of the windows. Mother would put "
                "the bread to rise by the stove.",
            ),
            ("T", "You can almost smell it."),
            (
                "P",
                "I can. [pause] And the thing I keep coming back to is that I left. I was the only son and I "
                "went to Regina to be an accountant, and Dad had to sell. He never said a word about it. "
                "Not one. But I think about it a lot now.",
            ),
            ("T", "He never said a word, and you're still carrying it."),
            (
                "P",
                "I am. I'd like to have said sorry to him. I suppose that's partly why I wanted to come and "
                "see someone. Before I go.",
            ),
            ("T", "To find some way to say sorry to him, even now."),
        ],
        "markers": [],
        "stage1": [],
    },
    # American woman, EFT empty-chair; intense crying, well attuned.
    {
        "id": "e2-012",
        "turns": [
            ("T", "Can you tell her, in the chair, what you missed most?"),
            (
                "P",
                "[to the chair, crying] I missed you coming to things. My graduation. You said you'd come and "
                "you didn't. I kept looking at the door.",
            ),
            ("T", "Kept looking at the door. Tell her what that was like."),
            ("P", "[sobbing] It was like I didn't matter. Like I was the last thing on your list."),
            ("T", "Yes. Stay with that. Breathe. [pause] What do you need from her?"),
            ("P", "[quieter] I needed you to pick me. Just once."),
            ("T", "Just once. That's a really important need. How is it, saying that out loud?"),
            ("P", "Scary. But kind of a relief. My chest feels lighter."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Australian man, person-centred; "I don't know" as genuine searching, followed by exploration.
    {
        "id": "e2-013",
        "turns": [
            ("T", "What do you reckon it was about the funeral that hit you so hard?"),
            (
                "P",
                "I don't know. [pause] I really don't know. I've been trying to work it out all week. [pause] "
                "I think maybe... it's that I didn't even know him that well, my uncle. And I was bawling. "
                "More than my cousins. And I was embarrassed.",
            ),
            ("T", "Surprised by how much it hit you, and embarrassed by it."),
            (
                "P",
                "Yeah. And then on the drive home I thought, maybe it wasn't about him. Maybe it was Dad's "
                "funeral I was crying at. 'Cause I didn't, back then. I was fourteen and I just... held it in.",
            ),
            ("T", "Crying now for then."),
            ("P", "Yeah. Maybe. Fourteen-year-old me finally having a go."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Scottish woman, psychodynamic; shared humour about a bus, then straight into grief.
    {
        "id": "e2-014",
        "turns": [
            (
                "P",
                "Sorry I'm late, the 22 just sailed right past me. Driver looked right at me and kept going. (laughs)",
            ),
            ("T", "(laughs) The classic Lothian Buses wave."),
            (
                "P",
                "Honestly, I think they do it for sport. (laughing) Anyway. [settles] I wanted to talk about "
                "my dad's birthday. It's on Saturday.",
            ),
            ("T", "Mm. The first one since."),
            (
                "P",
                "Aye. The first one since. I've no idea what to do with the day. My sister wants us to go up "
                "to the grave and I just... I don't know if I can.",
            ),
            ("T", "Part of you isn't sure you can face it."),
            ("P", "Aye. And part of me feels like I should. He'd have wanted a fuss. He loved a fuss, my dad."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Indian English man, CBT exposure; negotiates the homework, collaborative.
    {
        "id": "e2-015",
        "turns": [
            (
                "T",
                "For this week, I thought we could do an exposure: you could try taking the lift to the "
                "office instead of the stairs.",
            ),
            (
                "P",
                "Hmm. Fourteen floors is too much to start with, I think. Can we do something in between? "
                "Like, I take the lift for two floors and then get out?",
            ),
            (
                "T",
                "That's a good idea, building up gradually. How anxious would two floors make you, out of a hundred?",
            ),
            (
                "P",
                "Maybe sixty. Fourteen floors would be ninety, ninety-five. Two floors I can manage, I think. "
                "And if it goes okay, Wednesday I'll try five.",
            ),
            ("T", "I like that you've built a ladder for yourself. Let's write that down."),
            (
                "P",
                "Yes. Actually I was thinking about it in the auto on the way here. I thought you would say "
                "fourteen floors, so I already prepared my counter-offer. (laughs)",
            ),
            ("T", "(laughs) A good negotiator. Okay, two floors Monday, five on Wednesday."),
        ],
        "markers": [],
        "stage1": [],
    },
    # American woman, person-centred; therapist reflects feelings about a sister.
    {
        "id": "e2-016",
        "turns": [
            (
                "P",
                "My sister got engaged and I found out from the family group chat. Like, everyone else knew "
                "already. My mom knew, my aunt knew.",
            ),
            (
                "T",
                "You found out with everyone else, in a group chat. I'm guessing that stung. Maybe some hurt, "
                "and maybe some anger at her too?",
            ),
            (
                "P",
                "Both. Mostly hurt. We used to be so close. I was the first person she called when she got "
                "into college.",
            ),
            ("T", "So it's not just being left out, it's losing the place you used to have with her."),
            ("P", "Yeah. [pause] Yeah, that's exactly it. I don't know where I stand with her anymore."),
            ("T", "Not knowing where you stand. That sounds really disorienting."),
            ("P", "It is. I keep drafting texts to her and deleting them."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Australian woman, schema therapy; complaint about a PREVIOUS psychologist, link to her pattern.
    {
        "id": "e2-017",
        "turns": [
            (
                "P",
                "The last psych I saw, in Melbourne, she used to check her phone. In session. Under the desk, "
                "but you could see it.",
            ),
            ("T", "That sounds awful. What was that like for you?"),
            (
                "P",
                "Horrible. I never said anything, I just stopped going. Told her I was moving interstate. "
                "(laughs) I wasn't moving.",
            ),
            ("T", "(smiles) So you left without telling her why."),
            (
                "P",
                "Yeah. Which is kind of my whole thing, right? I don't complain, I just disappear. That's "
                "what we were talking about with the Detached Protector.",
            ),
            (
                "T",
                "It is. And I'd really like it if, with me, when something bugs you, you could try saying it "
                "instead of disappearing. Even if it's small.",
            ),
            (
                "P",
                "Yeah. I'll try. So far there's honestly nothing, you're good. But I'll try. I'll tell you "
                "if I'm planning a fake move. (laughs)",
            ),
        ],
        "markers": [],
        "stage1": [],
    },
    # Canadian man, psychodynamic; practical benefits/fees paperwork.
    {
        "id": "e2-018",
        "turns": [
            (
                "P",
                "Quick admin thing. My benefits changed at work. The new plan needs the receipts to show your "
                "registration number or they won't reimburse.",
            ),
            (
                "T",
                "Okay. I'm a registered social worker, so it'll be my RSW number. Do you know if the new plan "
                "covers RSWs?",
            ),
            (
                "P",
                "I checked, they do, up to fifteen hundred a year. Which is like ten sessions. After that we'll "
                "pay out of pocket, that's fine, we budgeted for it.",
            ),
            (
                "T",
                "Okay. I'll put the number on the receipts going forward, and I can reissue the ones from "
                "January if that helps.",
            ),
            ("P", "That'd be great, thanks. [pause] Okay, that's the boring stuff. So. I had the dream again."),
            ("T", "The one with the house?"),
            ("P", "The house. But this time the basement was flooded."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Australian older man, person-centred; "I'm fine" that is true, positive week after surgery.
    {
        "id": "e2-019",
        "turns": [
            ("T", "How's the week been?"),
            (
                "P",
                "Good, actually. Really good. I'm fine. Went out on the tinnie with my grandson Saturday, "
                "caught a couple of flathead. First time I've been out since the surgery.",
            ),
            ("T", "That's wonderful. How was it, being back out there?"),
            (
                "P",
                "Bloody marvellous. I'd forgotten what it was like. The quiet. I didn't think about the "
                "cancer once for about four hours.",
            ),
            ("T", "Four hours without thinking about it."),
            (
                "P",
                "Yeah. A holiday from it. And the boy was chuffed, he got the biggest one. (laughs) He's not "
                "letting me forget it.",
            ),
            ("T", "(laughs) I bet. What do you think made it possible to have a holiday from it?"),
            ("P", "Being busy with my hands, I reckon. And being with him."),
        ],
        "markers": [],
        "stage1": [],
    },
    # American man, psychodynamic; sincere "you're right" after an insight, then deepens.
    {
        "id": "e2-020",
        "turns": [
            (
                "T",
                "I notice you described all three of those jobs the same way, that you left right when they "
                "started to value you.",
            ),
            (
                "P",
                "[pause] Huh. You're right. Oh my God. I never saw that. Each time I got promoted, or someone "
                "said I was doing great, within like two months I was out.",
            ),
            ("T", "Right when it started to feel good."),
            (
                "P",
                "Right when it started to feel good. Which is insane. Why would I do that? [pause] I think... "
                "if someone values you, then they can be disappointed in you. If I leave first, they can't.",
            ),
            ("T", "Leave before they can be disappointed."),
            ("P", "Yeah. That's what my mom did. Not with jobs. With people."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Canadian woman, EFT; hopelessness described about the PAST, explored with compassion.
    {
        "id": "e2-021",
        "turns": [
            ("T", "You said that winter in Thunder Bay was the worst point."),
            (
                "P",
                "Yeah. I remember thinking nothing was ever going to change. I was hopeless. Like, truly, I'd "
                "lie in bed and think, this is it, this is my life, I'm a failure and I'll always be one.",
            ),
            ("T", "That's such a heavy place to have been."),
            (
                "P",
                "It was. And it's weird, talking about it now, because I can kind of see her, that version of "
                "me, from the outside. I feel sad for her. I want to tell her it gets different.",
            ),
            ("T", "What would you want to tell her?"),
            (
                "P",
                "That it wasn't her fault. That she was exhausted and alone, not a failure. And that in three "
                "years she'd be sitting here, kind of okay.",
            ),
            ("T", "Kind of okay. How does it feel to say that?"),
            ("P", "Good. Really good, actually."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Scottish woman, schema chair work; harsh words aimed at the critic chair, not the therapist.
    {
        "id": "e2-022",
        "turns": [
            ("T", "Now swap over. Sit in the critic's chair, and let her speak."),
            (
                "P",
                "[moves] 'You're pathetic. You cannae even phone the council without greetin'. Everybody else "
                "manages. Get a grip.'",
            ),
            ("T", "Good. Now come back to this chair. What happens when you hear that?"),
            (
                "P",
                "[moves back, pause] I feel about six. [pause] But also, I'm kind of angry at her. She's been "
                "going for years.",
            ),
            ("T", "Tell her. Tell her you're angry."),
            (
                "P",
                "'I'm fed up wi' you. You're no' helping. You've never once helped. I phoned the council in "
                "the end, didn't I? Aye. I did.'",
            ),
            ("T", "How was that?"),
            ("P", "(laughs, a bit shaky) Good. Weird. Good."),
        ],
        "markers": [],
        "stage1": [],
    },
    # American young woman, DBT diary card; short factual answers.
    {
        "id": "e2-023",
        "turns": [
            ("T", "Okay, diary card. Urges to self-harm this week, highest?"),
            ("P", "Two. On Thursday."),
            ("T", "Any actions?"),
            ("P", "No."),
            ("T", "That's great. What skills did you use Thursday?"),
            ("P", "Opposite action. I went to the gym instead of staying in my room. And I texted Mia."),
            ("T", "Nice. How effective, one to five?"),
            ("P", "Four. The gym was a four. Texting Mia was like a five, she called me right back."),
            ("T", "That's a really skillful Thursday."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Indian English woman, person-centred; complaint about in-laws and husband.
    {
        "id": "e2-024",
        "turns": [
            (
                "P",
                "My mother-in-law has come to stay for three months. Three months! And from day one she is "
                "commenting. The dal has no salt, the child is too thin, why am I working so late. My "
                "husband says nothing. He just says 'adjust, na, she is old.'",
            ),
            ("T", "'Adjust.' That sounds like it lands on you alone."),
            (
                "P",
                "Always on me. He doesn't see it. Or he sees and pretends. I am so angry with him, honestly, "
                "more than with her. She is like that only. He should say something.",
            ),
            ("T", "So the sharper anger is at him, for leaving you on your own with it."),
            ("P", "Yes. Exactly. That is what is hurting. I feel alone in my own house."),
            ("T", "Alone in your own house. That's a painful thing to say."),
            ("P", "[pause] It is. I haven't said it to anyone before."),
        ],
        "markers": [],
        "stage1": [],
    },
    # Nigerian English man, person-centred; anger at a manager over discrimination.
    {
        "id": "e2-025",
        "turns": [
            (
                "P",
                "So they gave the team lead role to Gavin. Gavin! Who has been there eight months. I have "
                "been there six years. And my manager calls me in and says, 'Tunde, we need someone with more "
                "polish.' Polish! Which polish is he talking about? Is it my accent?",
            ),
            (
                "T",
                "Six years, and you're told you lack 'polish'. And you're wondering whether that's code for "
                "something else.",
            ),
            (
                "P",
                "I'm not wondering, I know. This is not the first time. Back in Lagos I never had this kind of "
                "wahala. Here, I open my mouth and they look at me as if I'm speaking Yoruba.",
            ),
            (
                "T",
                "That sounds infuriating, and exhausting. Having to wonder every time whether it's you or how "
                "they see you.",
            ),
            (
                "P",
                "Exhausting is the word. My wife says I should go to HR. But HR is his friend. They play golf "
                "together.",
            ),
            ("T", "What do you think you want to do?"),
            ("P", "I don't know yet. But I want to do something. I am not going to just keep quiet this time."),
        ],
        "markers": [],
        "stage1": [],
    },
    # ------------------------------------------------------------------------------------------------
    # RUPTURE FRAGMENTS
    # ------------------------------------------------------------------------------------------------
    # Scottish widower (71), psychodynamic; denial around the anniversary; therapist notices looking away.
    {
        "id": "e2-101",
        "turns": [
            ("T", "You mentioned at the door that it's a year this week. Since Morag died."),
            (
                "P",
                "Aye. Aye, it is. [pause] Och, it's fine. It's what happens at my age, folk die. I've had my "
                "greetin' and that's that.",
            ),
            ("T", "That's that."),
            (
                "P",
                "Well. The boy came up from Leeds on the Saturday, we went up to the grave, had a fish supper "
                "after. It was grand, honestly. Nae bother at all. [looks at the window]",
            ),
            (
                "T",
                "I notice something happens when I bring her up. You go quite brisk, and you looked away just "
                "then. I'm wondering what it's like to have me ask about her, here, today.",
            ),
            ("P", "[long pause] I don't know that I want to be asked, if I'm honest. It's no' your fault."),
            ("T", "Can we stay with that a minute? What's it like, me asking?"),
            ("P", "Like you're poking at something. [sniffs] And I'm supposed to be managing."),
        ],
        "markers": [(1, "W1"), (3, "W1")],
        "stage1": [4],
    },
    # American adolescent boy (16), person-centred, trainee therapist; minimal responses.
    {
        "id": "e2-102",
        "turns": [
            (
                "T",
                "So, um, last week you were telling me about the thing with your coach, and I guess I was "
                "wondering, like, how you've been feeling about all that since?",
            ),
            ("P", "Fine."),
            (
                "T",
                "Fine. Okay. Um. It sounded like it was a pretty big deal last week, being benched in front "
                "of everybody?",
            ),
            ("P", "I mean. [shrugs] I guess."),
            ("T", "Mm. And, um, what was that like? For you?"),
            ("P", "Dunno."),
            (
                "T",
                "Okay, I'm, um, I'm noticing I keep asking and you keep kind of... not really wanting to go "
                "there? Which is totally okay. I'm just wondering if maybe it's something about me asking, or "
                "about being here today?",
            ),
            ("P", "[pause] It's just weird. Like, my mom makes me come. No offense."),
            (
                "T",
                "No, none taken. Thanks for saying it. It's weird being made to come talk to some lady about "
                "your feelings.",
            ),
            ("P", "(small laugh) Yeah. Kinda."),
        ],
        "markers": [(1, "W2"), (3, "W2"), (5, "W2")],
        "stage1": [6],
    },
    # Australian woman, EFT; laughing while describing a cold father; therapist names the laughter.
    {
        "id": "e2-103",
        "turns": [
            ("T", "When you picture him there, at the kitchen table with the newspaper, what happens inside?"),
            (
                "P",
                "(laughs) Oh, you know, classic Dad. He'd just, he'd just not look up. I'd come home with a "
                "certificate or whatever and he'd go 'mm' and turn the page. (laughs) Honestly it's a bit of "
                "a running joke with me and my sister.",
            ),
            ("T", "A running joke."),
            (
                "P",
                "Yeah, like, 'Dad of the Year', we'd say. (laughing) I mean I was eight, I'd drawn him a card "
                "and everything and he put his coffee cup on it. It's hilarious in hindsight.",
            ),
            (
                "T",
                "Can I stop us for a sec? You're laughing, and what you're telling me is about an eight-year-"
                "old whose card got a coffee cup put on it. And I caught myself almost laughing along with "
                "you. What's happening for you right now, as we talk about this?",
            ),
            ("P", "[pause] I dunno. If I don't laugh it's... [voice drops] it's a bit much, isn't it."),
            ("T", "A bit much. Take your time. I'm right here."),
        ],
        "markers": [(1, "W6"), (3, "W6")],
        "stage1": [4],
    },
    # Canadian man, schema therapy; rejects a mode interpretation, then defends himself.
    {
        "id": "e2-104",
        "turns": [
            (
                "T",
                "What I'm hearing, when you talk about missing the deadline, sounds a lot like that punitive "
                "voice we talked about, the one that came from your father.",
            ),
            (
                "P",
                "Eh, I don't think so. Not everything goes back to my dad, eh? I missed a deadline. I'm "
                "annoyed at myself. That's normal.",
            ),
            (
                "T",
                "Sure, and it's normal to be annoyed. I guess I was struck by 'useless piece of garbage', "
                "that's pretty harsh—",
            ),
            (
                "P",
                "Okay, so now I'm not allowed to be hard on myself? I'm supposed to go easy on myself about "
                "everything? I run a team of twelve people. Somebody has to hold the standard.",
            ),
            (
                "T",
                "Hm. I think I came in a bit quick with the 'father' thing, and it's landed as if I'm telling "
                "you how you should feel. Is that close? I'd like to understand what that was like from your "
                "side.",
            ),
            ("P", "[exhales] Little bit, yeah. It's like everything I say here gets put in a box."),
            ("T", "Put in a box. Tell me more about that, how it's felt here, with me."),
        ],
        "markers": [(1, "C2"), (3, "C6"), (5, "C1")],
        "stage1": [4],
    },
    # American woman, psychodynamic; the summer break and a late-cancellation fee.
    {
        "id": "e2-105",
        "turns": [
            (
                "T",
                "Before we go on, I wanted to remind you I'll be away the last two weeks of August, so we "
                "won't meet on the 18th or the 25th.",
            ),
            ("P", "Oh. Okay. [pause] Sure."),
            ("T", "Mm."),
            (
                "P",
                "I mean, it's kind of, so that's two weeks, plus I'm away Labor Day, so that's basically a "
                "month. And I'm still paying for the session I missed when I had Covid, which, honestly, I "
                "thought was a little... you know. Whatever. It's your policy.",
            ),
            (
                "T",
                "It sounds like there's some feeling about it. About the break, and about the charge for that "
                "session too.",
            ),
            (
                "P",
                "Well, it does feel a bit one-sided. You get to take a month off and I get charged when I'm "
                "literally sick in bed.",
            ),
            ("T", "Yes. And you're saying that to me directly, which I think matters. What's it like to say it?"),
            ("P", "Kind of terrifying, actually. (laughs nervously) I keep waiting for you to get that look."),
        ],
        "markers": [(1, "W2"), (3, "C4"), (5, "C4")],
        "stage1": [4],
    },
    # American man, CBT for insomnia; complains about thought records; therapist gives the rationale.
    {
        "id": "e2-106",
        "turns": [
            ("T", "Okay, so let's take a look at the thought records from this week. How many did you get to?"),
            (
                "P",
                "Um. None. Look, I'm gonna be honest, I don't really see the point of writing my thoughts in "
                "little columns. I know what I think. Writing it down doesn't change it.",
            ),
            (
                "T",
                "That's fair to raise. The idea behind the columns is that when we slow the thought down and "
                "put it on paper, it gets a little easier to look at the evidence for and against it, rather "
                "than just being inside it.",
            ),
            (
                "P",
                "Yeah, you said that the first time. It still feels like seventh-grade homework. I came here "
                "because I can't sleep, not to fill in worksheets.",
            ),
            (
                "T",
                "Right, and sleep is absolutely what we're working toward. The research on CBT for insomnia "
                "shows the worry about not sleeping is a big piece of it. So the worksheets are kind of the "
                "gym reps for that.",
            ),
            ("P", "[sighs] Okay."),
            ("T", "So maybe we try one together now, in session? Think of last night. What time did you get into bed?"),
            ("P", "Like eleven thirty."),
        ],
        "markers": [(1, "C3"), (3, "C3"), (5, "W2")],
        "stage1": [],
    },
    # Scottish adolescent girl (15), person-centred; swerves to a funny video just as she gets close.
    {
        "id": "e2-107",
        "turns": [
            ("T", "You said your mum didn't come to the parents' evening. Again."),
            ("P", "Mm-hm."),
            ("T", "I'm wondering what that was like. Standing there with the other folk with their mums and dads."),
            (
                "P",
                "[pause] It was rubbish, to be honest. I just, I felt like a total— [stops] Anyway, have you "
                "seen that video going round, the seagull nicking the guy's chips at Portobello? My pal sent "
                "it me, it's pure hilarious, the guy's just standing there like...",
            ),
            (
                "T",
                "(smiles) I've not seen it. [pause] Can I say what I noticed? You were just starting to tell "
                "me how it felt, and then the seagull arrived. I'm no' having a go. I'm curious what happened "
                "right when you got to 'I felt like a total'.",
            ),
            ("P", "(laughs) Nae idea. [pause] Didnae want to cry in front of you, probably."),
            ("T", "That makes sense. What would it be like, if you did?"),
            ("P", "Mortifying. You'd think I was a wean."),
        ],
        "markers": [(3, "W4")],
        "stage1": [4],
    },
    # Australian older woman (68), schema therapy; appeasing; therapist wonders about her own part.
    {
        "id": "e2-108",
        "turns": [
            (
                "T",
                "I wonder whether we could try something different today. An imagery exercise, going back to "
                "the house in Ballarat.",
            ),
            ("P", "Oh yes, whatever you think is best, love. You're the one who knows about these things."),
            ("T", "Well, I'd like it to be something you're up for too. How does it sound to you?"),
            (
                "P",
                "No, no, it sounds lovely. Very good. I'm sure it'll help. [smooths skirt] You do such a good "
                "job with me, I always tell my daughter.",
            ),
            (
                "T",
                "That's kind. And, I might be wrong, but I asked how it sounds and you've told me it's lovely "
                "and that I do a good job, and I'm not sure I know yet what you actually think. I wonder if "
                "I've made it hard to say no to me.",
            ),
            ("P", "(laughs) Oh, I'd never say no to you."),
            ("T", "Mm. That's the bit I'm wondering about. What would happen if you did?"),
            (
                "P",
                "[pause] Well. I suppose I'd worry you'd think I wasn't trying. I'm not a big one for going "
                "back to that house.",
            ),
        ],
        "markers": [(1, "W5"), (3, "W5"), (5, "W5")],
        "stage1": [4],
    },
    # Canadian man, EFT; intellectualises; therapist discloses feeling further away.
    {
        "id": "e2-109",
        "turns": [
            (
                "T",
                "You said you felt like you were disappearing at that dinner. What's that like, right now, "
                "remembering it?",
            ),
            (
                "P",
                "Well, I think it's a pretty common dynamic, honestly. In families where there's a dominant "
                "personality, the quieter members tend to sort of recede. There's probably an evolutionary "
                "piece to it. You don't challenge the alpha, eh.",
            ),
            ("T", "Mm. So something like: you receded."),
            (
                "P",
                "Sure, or one could. I mean, in general people adapt. I read something about how introverts "
                "process social threat differently, it's more cognitive than emotional, so I'm not sure "
                "'feeling' is even the right frame for it.",
            ),
            (
                "T",
                "I'm aware that I keep asking about you, and what comes back is about people in general. "
                "Families, introverts, evolution. And as that happens I feel a bit further away from you. Do "
                "you notice that too, the two of us kind of drifting up to the ceiling?",
            ),
            ("P", "[pause] Ha. Yeah. Maybe. It's easier up there."),
            ("T", "Easier up there. What's harder about down here, with me?"),
        ],
        "markers": [(1, "W3"), (3, "W3")],
        "stage1": [4],
    },
    # Scottish woman (52), psychodynamic; complains about the therapist's silence.
    {
        "id": "e2-110",
        "turns": [
            ("P", "[silence, about forty seconds] ... Are you just going to sit there?"),
            ("T", "What's it like, the silence?"),
            (
                "P",
                "See, that. You answer a question wi' a question. Every week. I sit here talking to myself "
                "and you nod and go 'mm' like some kind of wee nodding dog on a parcel shelf.",
            ),
            (
                "T",
                "You're angry with me. And I think you might have been angry for a few weeks, and it's only "
                "now coming out. I'm glad it is. Can you say more about what it's been like, sitting here "
                "with me being quiet?",
            ),
            ("P", "Lonely. [pause] It's like sitting in the house wi' my mother."),
            ("T", "Like being with your mother. So when I go quiet, something very old comes into the room."),
            ("P", "[quietly] Aye. Maybe it does."),
        ],
        "markers": [(0, "C1"), (2, "C1")],
        "stage1": [3],
    },
    # American man, MI; presses for a verdict; therapist gives advice instead of attending.
    {
        "id": "e2-111",
        "turns": [
            (
                "T",
                "So on one hand the job's paying the mortgage, and on the other you're dreading Monday so much "
                "you're drinking Sunday nights to get through it.",
            ),
            (
                "P",
                "Yeah. Look, can you just tell me what to do? Should I quit or not? You've heard all of it. You "
                "must have an opinion.",
            ),
            ("T", "I hear how much you want some clarity here. What would you say are the biggest reasons to stay?"),
            (
                "P",
                "Oh, come on. We did the pros and cons thing last week. I'm asking you. Straight answer. Quit or stay.",
            ),
            (
                "T",
                "Okay. Honestly? If the drinking's tied to the job, and you've got six months of savings, I "
                "think it might make sense to start looking at other options.",
            ),
            ("P", "Okay. Yeah. That's what I figured. [pause] My wife's gonna have something to say, though."),
            ("T", "What do you think she'd say?"),
            ("P", "That we need the health insurance. Which, she's not wrong."),
        ],
        "markers": [(1, "C7"), (3, "C7"), (3, "C3")],
        "stage1": [],
    },
    # Australian adolescent girl (17), DBT; no progress, then hopelessness about herself.
    {
        "id": "e2-112",
        "turns": [
            (
                "T",
                "Let's look at the diary card. I see urges to self-harm at a four on Tuesday and Wednesday. "
                "What was going on?",
            ),
            (
                "P",
                "Same as always. Honestly what's even the point of this card. It's been like five months and "
                "it's the same numbers every week. Nothing's actually changed.",
            ),
            ("T", "Five months of filling it in and it feels like the numbers aren't moving."),
            (
                "P",
                "Yeah, because they're not. I'm just one of those people it doesn't work on. Like, I'm too "
                "messed up for it, probably. You should give my spot to someone who'll actually get better.",
            ),
            (
                "T",
                "Okay. I want to take both parts of that seriously: that it feels like we're stuck, and that "
                "you're telling me to give your spot away. That second bit hit me. Are you maybe wondering "
                "if I'm fed up with you?",
            ),
            ("P", "[shrugs] Wouldn't blame you."),
            (
                "T",
                "I'm not. And I'd much rather hear it from you when DBT feels like it isn't working than have "
                "you quietly decide you're not worth the spot. Can we look at what's been happening in here, "
                "between us, these last few weeks?",
            ),
            ("P", "... Maybe. I dunno. It's just been a crap few weeks."),
        ],
        "markers": [(1, "C5"), (3, "C5"), (3, "W7"), (5, "W7")],
        "stage1": [4, 6],
    },
    # Canadian older man (74), person-centred; pushes away a warm reflection by running himself down.
    {
        "id": "e2-113",
        "turns": [
            ("T", "It sounds like you were really proud of that cabin you built with your son."),
            (
                "P",
                "Well, proud. [pause] I don't know about proud. I wasn't much of a father, to be honest, so I "
                "shouldn't really take the credit. I was never home.",
            ),
            ("T", "You were never home, and yet the two of you built it together."),
            (
                "P",
                "He built it. I held the ladder. That's about what I'm good for these days. You probably have "
                "clients who actually did something with their lives, eh. I'm just an old fella going on "
                "about a shed.",
            ),
            (
                "T",
                "Gord, I notice that when I said something warm, about being proud, you sort of pushed it "
                "away, and now you're making yourself small, an old fella wasting my time. I'm curious what "
                "it was like to hear me say 'proud'.",
            ),
            ("P", "[long pause] Uncomfortable, I guess. Nobody says that to me."),
            ("T", "Uncomfortable. Can we slow down there?"),
        ],
        "markers": [(1, "W7"), (3, "W7")],
        "stage1": [4],
    },
    # American woman, schema therapy, trainee therapist; "so it's my fault"; trainee apologises and moves on.
    {
        "id": "e2-114",
        "turns": [
            (
                "T",
                "So, um, I was thinking about what you said last week, about always picking guys who kind of "
                "ignore you, and I wondered if maybe that connects to the emotional deprivation schema we "
                "looked at on the questionnaire?",
            ),
            ("P", "So you're saying I pick them? Like it's my fault Tyler cheated on me?"),
            ("T", "No! No, no, sorry, that's not what I meant at all."),
            (
                "P",
                "Because that's literally what it sounds like. 'You pick guys who ignore you.' I didn't pick "
                "him to cheat. I'm not out there going 'ooh, which one's going to treat me like garbage.'",
            ),
            (
                "T",
                "No, totally, and I'm so sorry, that came out really wrong. Schemas are, um, they're "
                "unconscious, so it's not like you choose them on purpose. It's not about blame at all.",
            ),
            ("P", "Okay. [pause] Fine."),
            (
                "T",
                "Okay. So, um, maybe we could go back to the questionnaire, there were a couple of items on "
                "deprivation that scored pretty high...",
            ),
            ("P", "Sure."),
        ],
        "markers": [(1, "C6"), (3, "C6"), (5, "W2"), (7, "W2")],
        "stage1": [],
    },
    # Scottish man, psychodynamic; minimal replies then an avoidant karaoke story; therapist misses it.
    {
        "id": "e2-115",
        "turns": [
            ("T", "Last time you said you'd been thinking about phoning your brother. Did you?"),
            ("P", "No."),
            ("T", "What stopped you, do you think?"),
            ("P", "Dunno. [pause] Just didnae."),
            ("T", "Mm. It seemed important to you last week."),
            (
                "P",
                "Aye, well. [pause] Here, did I tell you about the works night out? So we're in this place in "
                "the Merchant City, right, and Big Stevie, he's the foreman, he's had about nine pints, and "
                "he decides he's doing karaoke, and he picks, you'll never guess, he picks Whitney Houston, "
                "and the whole place is...",
            ),
            ("T", "(laughs) Whitney."),
            (
                "P",
                "Whitney! 'I Will Always Love You'. The big note an' all. Then the bouncer comes over and "
                "Stevie thinks he's wanting a duet, so he puts his arm round him... honestly you had to be "
                "there.",
            ),
            ("T", "Sounds like a good night. So what else has been going on this week?"),
            ("P", "No much. Work."),
        ],
        "markers": [(3, "W2"), (5, "W4"), (7, "W4"), (9, "W2")],
        "stage1": [],
    },
    # American woman, EFT; objects to being asked about feelings, demands practical advice.
    {
        "id": "e2-116",
        "turns": [
            (
                "T",
                "And as you tell me that he left without saying goodbye, what are you feeling, right now, in "
                "your body?",
            ),
            (
                "P",
                "Oh my God. Can you please stop asking me what I'm feeling? Every two minutes. 'What are you "
                "feeling, where is it in your body.' I don't know where it is in my body. It's in my body.",
            ),
            ("T", "Okay—"),
            (
                "P",
                "Just, can we talk about what I should actually do about him? Like practically? That's what I "
                "need. Stop doing the therapist voice.",
            ),
            (
                "T",
                "Yeah. Okay. I'm hearing that I've been doing something over and over that's really getting on "
                "your nerves, and I'm glad you told me rather than just sitting with it. Can I ask what it's "
                "like when I do the 'therapist voice'?",
            ),
            ("P", "[exhales] It feels like you're not actually here. Like you're running a program on me."),
            (
                "T",
                "Like I'm running a program on you, instead of being here with you. That's important. I want "
                "to hear more.",
            ),
        ],
        "markers": [(1, "C1"), (3, "C7"), (3, "C1"), (5, "C1")],
        "stage1": [4],
    },
    # Canadian woman, integrative; cut off at time; therapist apologises and explains the frame.
    {
        "id": "e2-117",
        "turns": [
            ("P", "...and so that's when she told me she's moving back to Montreal with the kids, and I just—"),
            ("T", "I'm sorry, Anne-Marie, I'm aware we're at time. Can we pick this up next week?"),
            ("P", "Seriously? I'm in the middle of... okay. Wow. Yeah, no, okay."),
            ("T", "I know it's a hard place to stop. I'm sorry."),
            (
                "P",
                "It's just, fifty minutes. It's always exactly fifty minutes. Doesn't matter what I'm in the "
                "middle of, the clock goes and that's it. Could we not do longer sessions? Or twice a week, "
                "even, for a bit?",
            ),
            (
                "T",
                "I understand. The reason we keep to time is that it keeps the sessions predictable and safe, "
                "for both of us, and so I can be fully present for the next person. We could talk about "
                "frequency next week, though.",
            ),
            ("P", "Right. The next person. [picks up bag] Fine. See you Thursday."),
        ],
        "markers": [(2, "C4"), (4, "C4"), (6, "W1")],
        "stage1": [],
    },
    # Australian man (50), psychodynamic; grinning about the therapist's double booking.
    {
        "id": "e2-118",
        "turns": [
            ("T", "I wanted to say again I'm sorry about last Tuesday. The double booking was my mistake."),
            (
                "P",
                "(grinning) Ah, mate, no worries. Honestly. I sat in the car park for forty minutes eating a "
                "sausage roll. Best session I've had. (laughs)",
            ),
            ("T", "(smiles) Forty minutes."),
            (
                "P",
                "Yeah, well, I drove in from Penrith, took the arvo off, so (laughs) y'know. Cost me half a "
                "day's pay, but hey. She'll be right.",
            ),
            (
                "T",
                "You're smiling a lot as you tell me this, and what I'm hearing is a long drive, half a day's "
                "pay, sitting alone in a car park. I'm wondering if part of you is actually pretty annoyed "
                "with me, and the smile is doing some work.",
            ),
            ("P", "(smile fades) ... Yeah, alright. I was filthy, actually. Didn't want to make a thing of it."),
            ("T", "I'm glad you're making a thing of it. What were you filthy about?"),
        ],
        "markers": [(1, "W6"), (1, "W1"), (3, "W6"), (3, "W1")],
        "stage1": [4],
    },
    # Canadian woman (58), schema therapy; defers choice to the therapist, who simply proceeds.
    {
        "id": "e2-119",
        "turns": [
            (
                "T",
                "So one option is we keep going with the chair work on the Demanding Critic, and the other is "
                "we spend a few sessions with the Vulnerable Child side first. What feels right to you?",
            ),
            ("P", "Oh, I really don't mind. You're the expert, you'd know better than me which one's better."),
            ("T", "Well, I have some thoughts, but I'm curious which one you're drawn to."),
            (
                "P",
                "Honestly, either. I'm happy with whatever. I just want to do it properly, so if you think the "
                "critic stuff, then let's do that. I trust you completely.",
            ),
            (
                "T",
                "Okay. Let's go with the Critic then, since we got some good momentum last time. If you could "
                "bring that chair over...",
            ),
            ("P", "[moves chair] Here?"),
            ("T", "Perfect. And when you're ready, I'd like you to sit in the critic's chair and speak as her."),
            ("P", "Okay. [pause] What do I say first?"),
        ],
        "markers": [(1, "W5"), (3, "W5")],
        "stage1": [],
    },
    # Scottish woman, person-centred; 'I could talk to my pal for free'; therapist owns the reflecting.
    {
        "id": "e2-120",
        "turns": [
            ("T", "You're feeling really stuck with the flat situation."),
            (
                "P",
                "Aye. [pause] Can I be honest? I don't really get what this is meant to do. I come in, I talk, "
                "you say back what I said. I could talk to my pal for free and she'd at least tell me what she "
                "thinks.",
            ),
            ("T", "Mm. You're wondering what the point of this is."),
            ("P", "See, that. That's exactly it. You've just said it back again."),
            (
                "T",
                "(laughs a little) I did, didn't I. Okay. You're right, and I'd like to actually hear this "
                "rather than reflect it into a corner. What's it been like, coming here and getting your own "
                "words handed back to you?",
            ),
            ("P", "Frustrating. Like talking into a mirror. I think I wanted somebody to, like, be in it wi' me."),
            ("T", "Be in it with you. Not just hold up a mirror. [pause] I'd like that too, honestly."),
        ],
        "markers": [(1, "C3"), (3, "C1"), (5, "C3")],
        "stage1": [4],
    },
    # Irish woman, CBT; generalises about organisations instead of naming her thought; therapist redirects.
    {
        "id": "e2-121",
        "turns": [
            ("T", "What went through your mind when your manager didn't reply to the email?"),
            (
                "P",
                "Ah, sure, you know yourself. It's the way of things in these big organisations, there's a "
                "kind of culture of non-communication, everyone's stretched, the middle management layer is "
                "just a bottleneck, really.",
            ),
            ("T", "Mm. And for you, in that moment, what was the thought?"),
            (
                "P",
                "I suppose the thought would be... well, generally speaking someone in my position would read "
                "silence as neutral, or as a sign of workload. That'd be the rational reading of it.",
            ),
            (
                "T",
                "Okay. Let's try to get a bit more specific then. If we write it in the thought column, 'My "
                "manager didn't reply', what's the hot thought? The one with the most feeling in it?",
            ),
            ("P", "Em. [pause] That I'm... that it's a sign of something. I don't know. Put 'she's busy'."),
            ("T", "Okay, 'she's busy'. And how much did you believe that, zero to a hundred?"),
            ("P", "Seventy? Sixty."),
        ],
        "markers": [(1, "W3"), (3, "W3"), (5, "W2")],
        "stage1": [],
    },
    # American man (55), EFT; refuses empty-chair work; therapist switches to an imagined letter.
    {
        "id": "e2-122",
        "turns": [
            (
                "T",
                "I'd like to try something. Could you imagine your brother sitting in this empty chair, and "
                "tell him what you just told me?",
            ),
            ("P", "(snorts) Yeah, no. I'm not talking to a chair. I'm sorry, I know you guys love this stuff, but no."),
            ("T", "It can feel really awkward at first, I know. Sometimes even just trying a sentence or two—"),
            ("P", "I said no. It's hokey. He's not in the chair, he's in Phoenix, and he's not answering my calls."),
            (
                "T",
                "Okay. Fair enough, we don't have to. Let's do it differently. How about you just tell me, as "
                "if you were writing him a letter, what you'd want him to know?",
            ),
            ("P", "[pause] That I'm sick of being the one who calls. That'd be the first line."),
            ("T", "Sick of being the one who calls. What would the second line be?"),
        ],
        "markers": [(1, "C2"), (3, "C2")],
        "stage1": [],
    },
    # American older woman (78), psychodynamic; brushes off a fall; therapist names being moved off it.
    {
        "id": "e2-123",
        "turns": [
            ("T", "Your daughter called me, with your permission I know, and mentioned you had a fall last week."),
            (
                "P",
                "Oh, for heaven's sake. It was nothing. I tripped on the rug. I've told her a hundred times to "
                "stop fussing. I'm perfectly fine. [pats hair] Now, I wanted to tell you about the book club—",
            ),
            (
                "T",
                "We can get to the book club. She sounded worried, though. You were on the floor for a while, "
                "she said?",
            ),
            (
                "P",
                "An hour. Maybe a little more. It's really not worth discussing. People my age fall down, "
                "dear, it's what we do. I'm not going to sit here and make a drama out of it.",
            ),
            (
                "T",
                "I notice you've moved us off it twice now, very graciously. And I find myself wanting to "
                "respect that and also not wanting to let it go. Can I ask what it's like for you, me "
                "bringing it up?",
            ),
            (
                "P",
                "[pause] It's humiliating. If you want the truth. Lying there on the kitchen floor like a... "
                "and now the two of you are talking about me on the telephone.",
            ),
            (
                "T",
                "And now your daughter and I are talking about you behind your back, as it were. That sounds "
                "humiliating too.",
            ),
        ],
        "markers": [(1, "W1"), (1, "W4"), (3, "W1"), (5, "C1")],
        "stage1": [4],
    },
    # Canadian adolescent boy (14), person-centred; wants out, asks therapist to cover for him.
    {
        "id": "e2-124",
        "turns": [
            (
                "T",
                "So your mom mentioned things have been kind of tense at home since the phone got taken away. "
                "What's that been like?",
            ),
            ("P", "Fine."),
            ("T", "Fine."),
            ("P", "[looking at his phone] Can we just, like, be done early today? I have a thing."),
            ("T", "What kind of thing?"),
            (
                "P",
                "Just a thing. Can you just tell my mom I came? Say it went good. Like, just sign whatever you sign.",
            ),
            (
                "T",
                "Hm. So what I think I'm hearing is you really don't want to be here today, and maybe you "
                "don't want to be talking to me about the phone stuff at all, because I'm kind of... on the "
                "grown-ups' team. Is that close?",
            ),
            ("P", "[shrugs] Kinda. You're gonna tell her everything anyway."),
            (
                "T",
                "That's a really fair worry. Let's actually talk about what I do and don't tell your mom, "
                "because you should know that.",
            ),
        ],
        "markers": [(1, "W2"), (3, "C7"), (5, "C7"), (7, "C1")],
        "stage1": [6],
    },
    # Nigerian English woman (49), person-centred; polite thanks for unused advice.
    {
        "id": "e2-125",
        "turns": [
            ("T", "Last week I suggested you might tell your husband how tired you've been. I wondered how that went."),
            (
                "P",
                "Ah, thank you, ma. Yes, it was a very good suggestion. Very good. I have been thinking about "
                "it well well.",
            ),
            ("T", "And did you get a chance to talk to him?"),
            (
                "P",
                "Not yet, ma. But I will. You have helped me so much, I don't want to waste your advice. "
                "Please don't vex, I will do it this week, by God's grace.",
            ),
            (
                "T",
                "I'm not vexed at all. But I notice you're worried I might be, and you're thanking me quite a "
                "lot for a suggestion you haven't used. It makes me wonder whether my suggestion really fit "
                "for you, and whether it would be hard to tell me if it didn't.",
            ),
            (
                "P",
                "[pause] Eh. (laughs softly) It's not that easy, ma. In our house, it's not how we talk. But "
                "you were being kind, so I didn't want to say.",
            ),
            (
                "T",
                "Thank you for telling me. So I handed you something that doesn't fit how things work at "
                "home, and you've been carrying it politely all week.",
            ),
        ],
        "markers": [(1, "W5"), (3, "W5")],
        "stage1": [4],
    },
    # Indian English man (41) in Toronto, psychodynamic; two years and 'going round and round'.
    {
        "id": "e2-126",
        "turns": [
            ("T", "You were saying the same feeling came up at your cousin's wedding."),
            (
                "P",
                "Yes, same thing only. Actually, I wanted to ask one thing. It's been nearly two years now, "
                "na? Every week I am coming, we are talking about my father, my childhood, this feeling, "
                "that feeling. But the anxiety is still there. I'm still not able to present in meetings.",
            ),
            ("T", "You're wondering what these two years have given you."),
            (
                "P",
                "Frankly, yes. My wife is also asking. She says, what are you doing there every Thursday? And "
                "I don't have an answer. We are going round and round, I feel.",
            ),
            (
                "T",
                "I'm really glad you're raising this with me directly. It sounds like there's a real "
                "disappointment, maybe in me, maybe in what we've been doing. I'd like to hear it, not talk "
                "you out of it. When you say 'round and round', what's that like, sitting here with me?",
            ),
            (
                "P",
                "[pause] Like I'm a good student who is failing the exam. And you are the teacher who is too "
                "polite to say.",
            ),
            ("T", "A good student failing, and a teacher too polite to say. That's quite a picture of us."),
        ],
        "markers": [(1, "C5"), (3, "C5")],
        "stage1": [4],
    },
    # Australian woman, EFT, trainee therapist; long party story after 'alone'; trainee goes along.
    {
        "id": "e2-127",
        "turns": [
            (
                "T",
                "Um, so, when you said just then that you felt kind of alone in the relationship, could you, "
                "um, maybe stay with that feeling for a bit?",
            ),
            (
                "P",
                "Yeah. Oh, that reminds me, actually, you know how I said we were going up to Noosa for "
                "Jase's brother's fortieth? So we get there, and his mum's already there, right, and she's "
                "brought this enormous pav, on a tray, in the car, in forty degrees, all the way from "
                "Brisbane—",
            ),
            ("T", "(laughs) Oh no."),
            (
                "P",
                "—and it's sort of collapsing, and she's like 'no one touch it!', and then his brother's new "
                "girlfriend, who's vegan, by the way, which no one told anyone, goes 'is there egg in this?' "
                "and I swear the whole deck went silent. And then the dog got into the esky...",
            ),
            ("T", "Wow. That sounds like, um, a lot. How did you, um, how did you feel at the party?"),
            (
                "P",
                "Oh, it was fun! Honestly, a good weekend. Anyway, so then on the Sunday we went out on the "
                "boat and Jase's dad...",
            ),
            ("T", "Okay, yeah."),
        ],
        "markers": [(1, "W4"), (3, "W4"), (5, "W4")],
        "stage1": [],
    },
    # Scottish man (42), schema therapy; hears 'Angry Child' as 'bad father'; therapist stops and asks.
    {
        "id": "e2-128",
        "turns": [
            (
                "T",
                "When you shouted at the wee one on Saturday, I wonder if that was the Angry Child mode taking over—",
            ),
            (
                "P",
                "Whoa, whoa. So now I'm a bad da' as well? I came in here to talk about my work and you're "
                "telling me I'm roaring at my kids like some kind of animal?",
            ),
            ("T", "No, I don't think you're a—"),
            (
                "P",
                "Because I'm no'. I'm a good father. Ask anybody. I raised my voice once. Once. And you're "
                "making it into some big mode thing. I'm no' one of your case studies.",
            ),
            (
                "T",
                "Okay. Let me stop. Something I said just made you feel judged as a father, and I can see "
                "you're really angry. I'd rather understand that than keep going with the modes. What did "
                "you hear me say?",
            ),
            ("P", "[breathing hard] That I'm like him. My old man. That's what I heard."),
            ("T", "That you're like your dad. No wonder you came back at me so hard."),
        ],
        "markers": [(1, "C6"), (3, "C6"), (3, "C1")],
        "stage1": [4],
    },
    # American young woman (24), DBT; objects to phone-coaching limits; therapist explains, moves to skills.
    {
        "id": "e2-129",
        "turns": [
            ("P", "I texted you Saturday night and you didn't answer until Sunday morning."),
            (
                "T",
                "Right, I saw it Sunday. Remember we talked about the phone coaching guidelines, that I'm not "
                "available around the clock on weekends?",
            ),
            (
                "P",
                "I know what the guidelines say. But what's the point of phone coaching if you're not there "
                "when I actually need it? Saturday night is when it's bad. Not, like, Tuesday at 2pm.",
            ),
            (
                "T",
                "That makes sense. The reason we have limits is so I can actually sustain being available to "
                "you long-term. It's the observing-limits part of DBT. If I burn out, that's not good for you "
                "either.",
            ),
            ("P", "So basically your weekend matters more."),
            (
                "T",
                "It's that I need to take care of my limits so I can keep being a good therapist for you. What "
                "skills did you use on Saturday, when I didn't answer?",
            ),
            ("P", "[flatly] TIPP. Cold water. It worked. Whatever."),
            ("T", "Great, that's really skillful. Let's write it on your card."),
        ],
        "markers": [(0, "C4"), (2, "C4"), (4, "C4"), (6, "W2")],
        "stage1": [],
    },
    # Canadian woman (36), psychodynamic; 'you must dread Wednesdays'; therapist links it to what just happened.
    {
        "id": "e2-130",
        "turns": [
            (
                "T",
                "I was thinking, as you were talking, that you've described three different people this week "
                "who let you down.",
            ),
            ("P", "(sighs) Yeah. God. Listen to me. Complaining again. I'm so boring. You must dread Wednesdays."),
            ("T", "Dread Wednesdays?"),
            (
                "P",
                "I mean, I would. (small laugh) Same stuff every week. Honestly I don't know why you keep "
                "seeing me. I'm probably the one you bring to supervision like, 'there's no helping this one.'",
            ),
            (
                "T",
                "I said something about people letting you down, and I think it might have landed as if I "
                "were criticizing you, and right away you've got me dreading you and giving up on you in "
                "supervision. I'm curious about that, about what just happened between us.",
            ),
            ("P", "[pause] I guess I thought you were getting sick of hearing it."),
            ("T", "Sick of you. And what made you think that, just then?"),
        ],
        "markers": [(1, "W7"), (3, "W7")],
        "stage1": [4],
    },
    # American college student (22), person-centred; laughs about being left out; therapist laughs along.
    {
        "id": "e2-131",
        "turns": [
            ("T", "How was the weekend? Last week you were nervous about your roommates' party."),
            (
                "P",
                "(laughs) Oh, it was great. So they, um, (laughs) they actually did it on the Friday instead, "
                "and they just kind of... forgot to tell me? So I found out from Instagram. (laughing) I'm "
                "literally sitting in my room eating Cheez-Its watching a story of the party happening "
                "through the wall.",
            ),
            ("T", "Oh, wow. Through the wall."),
            ("P", "I know! (laughs) Peak me. Honestly it's kind of iconic. I should put it on my résumé."),
            ("T", "(laughs) Okay, okay. So what did you end up doing the rest of the weekend?"),
            ("P", "Just homework, mostly. Watched some Netflix."),
            ("T", "Nice. And how's the studying going, with midterms coming up?"),
            ("P", "Fine. Stressful. But fine."),
        ],
        "markers": [(1, "W6"), (3, "W6")],
        "stage1": [],
    },
    # Scottish woman (29), EFT; 'you sound like a textbook'; therapist owns reaching for the formula.
    {
        "id": "e2-132",
        "turns": [
            (
                "T",
                "It sounds like underneath the anger at your sister there's maybe a deep hurt, a longing to be "
                "seen by her.",
            ),
            ("P", "[pause] Sorry, but you sound like a textbook. 'A longing to be seen.' Naebody talks like that."),
            ("T", "Hm."),
            (
                "P",
                "I mean, I'm sure it's right in theory or whatever. But it's like you're reading aff a card. "
                "I'd rather you just spoke to me like a normal person.",
            ),
            (
                "T",
                "Fair. That was a bit of a textbook sentence, and I think I reached for it because I was trying "
                "hard to get it right instead of just being with you. So, sorry. What's it like for you when "
                "I go into textbook mode?",
            ),
            ("P", "(half laugh) Makes me feel like a specimen. Like I'm being done to."),
            ("T", "Being done to, rather than being with. That's not what I want for us."),
        ],
        "markers": [(1, "C1"), (3, "C1"), (5, "C1")],
        "stage1": [4],
    },
    # American adolescent girl (17), schema imagery; goes general, then terse; therapist pushes on.
    {
        "id": "e2-133",
        "turns": [
            (
                "T",
                "In the imagery just now, when little Mia was in the hallway hearing the yelling, what did she need?",
            ),
            (
                "P",
                "I mean. I don't know. Kids in general need, like, stability? Developmentally. We learned in "
                "psych class that attachment is basically about predictability.",
            ),
            ("T", "Yes, that's true. And that little girl in the hallway, specifically, what did she need?"),
            ("P", "Idk. [pause] Someone, I guess."),
            (
                "T",
                "Someone. Okay. Let's try bringing your Healthy Adult self into the image. Can you picture "
                "yourself now, at seventeen, walking into that hallway?",
            ),
            ("P", "Sure."),
            ("T", "What do you see?"),
            ("P", "The hallway. Carpet. [pause] Kind of hard to picture, honestly."),
        ],
        "markers": [(1, "W3"), (3, "W2"), (7, "W2")],
        "stage1": [],
    },
    # Australian older man (70), psychodynamic; doubts dream work; therapist invites his view of the sessions.
    {
        "id": "e2-134",
        "turns": [
            ("T", "You mentioned you'd had that dream again, about the ship."),
            (
                "P",
                "Yeah, look, I'm not sure what good it does, going over dreams. My GP sent me here for the "
                "sleep and the low mood. Didn't think I'd be lying on a couch talking about boats like "
                "something out of a Woody Allen film.",
            ),
            ("T", "(smiles) There's no couch, at least."),
            (
                "P",
                "No, fair enough. But you know what I mean. Dreams, childhood, all this. I'm seventy years "
                "old. I'd have thought there'd be a bit more... practical stuff. Tablets, or sleep tips, or "
                "what have you.",
            ),
            (
                "T",
                "I'm hearing that what we're doing here doesn't match what you thought you'd signed up for, "
                "and maybe there's a question about whether I'm the right bloke for it. I'd rather hear that "
                "out properly than brush past it. What's it been like, these sessions, from your end?",
            ),
            ("P", "[pause] Bit embarrassing, if I'm honest. A grown man dreaming about his dad's ship."),
            ("T", "Embarrassing, telling me."),
        ],
        "markers": [(1, "C3"), (3, "C3")],
        "stage1": [4],
    },
    # Canadian woman (46), person-centred; no progress, then turns it on herself; therapist names the shift.
    {
        "id": "e2-135",
        "turns": [
            ("T", "You sound really discouraged today."),
            (
                "P",
                "I am. I've been coming since March and I honestly don't feel any different. I still cry in "
                "the car after work. I don't know what we're doing wrong here.",
            ),
            ("T", "It's been months and it doesn't feel like anything is shifting."),
            (
                "P",
                "No. And maybe it's just me. Maybe I'm broken in a way this can't fix. My mother was the same, "
                "she was sad her whole life. Maybe that's just the hand I got.",
            ),
            (
                "T",
                "Marie, I want to slow down, because I think two things just happened. You told me this isn't "
                "helping, which is so important for me to hear, and then almost right away it turned into "
                "'it's me, I'm broken'. I'm wondering if it felt risky to leave it at 'this isn't working' "
                "with me.",
            ),
            ("P", "[long pause, crying quietly] I didn't want you to feel bad."),
            ("T", "You were looking after me. Even while you're the one crying in the car."),
        ],
        "markers": [(1, "C5"), (3, "W7")],
        "stage1": [4],
    },
    # Irish man (52), MI; rejects a drink diary; therapist explains and then rolls with it.
    {
        "id": "e2-136",
        "turns": [
            (
                "T",
                "So one thing some people find useful is keeping a drink diary for a week. Just noting down "
                "when, how much, and what was going on at the time.",
            ),
            (
                "P",
                "Ah no. No, I'm not doing that. I'm not writing down every pint like some kind of criminal. I "
                "know how much I drink.",
            ),
            (
                "T",
                "The idea isn't about judging it. It's more that people are often surprised when they see it "
                "on paper. It can help us spot patterns together.",
            ),
            (
                "P",
                "I'm telling you I know the pattern. It's Friday and Saturday, with the lads, and sometimes a "
                "Wednesday if there's a match on. I don't need a diary to tell me that.",
            ),
            (
                "T",
                "Okay, and that's really useful, you've just given me the pattern. What do you make of it when "
                "you say it out loud like that?",
            ),
            ("P", "That it's a lot of pints. [pause] That it's what everyone does, round here."),
            ("T", "A lot of pints, and what everyone does."),
        ],
        "markers": [(1, "C2"), (3, "C2")],
        "stage1": [],
    },
    # Canadian woman (39), schema therapy; demands reassurance; therapist names the push-and-hesitate.
    {
        "id": "e2-137",
        "turns": [
            ("T", "It sounds like the Punitive Critic had a lot to say after you forgot the permission slip."),
            (
                "P",
                "Can you just tell me I'm not a bad mother? Seriously. I just need you to say it. I don't want "
                "to do a chair thing, I don't want to find my Healthy Adult, I just need you to say it.",
            ),
            ("T", "I can hear how badly you need to hear that right now."),
            ("P", "So say it! Why won't you just say it? It's five words. You're supposed to be on my side."),
            (
                "T",
                "I am on your side. And I notice I'm caught: part of me wants to just say it, and part of me "
                "worries it would only last till you got to the car. Can we look at what's happening right "
                "now, between us, with you pushing and me hesitating? Because I think it matters.",
            ),
            ("P", "[crying] It's what happens with everyone. I ask and I ask and then they just go quiet."),
            (
                "T",
                "And here I am going quiet too. That must feel awful. I'm not going anywhere. And from "
                "everything I know of you, you are not a bad mother.",
            ),
        ],
        "markers": [(1, "C7"), (1, "C3"), (3, "C7"), (3, "C1")],
        "stage1": [4],
    },
    # American woman (43), EFT; therapist arrives late; 'it's totally okay'; therapist doesn't take it at face value.
    {
        "id": "e2-138",
        "turns": [
            ("T", "[arriving] I'm so sorry, Lisa. Twelve minutes. My previous session ran over."),
            ("P", "Oh, no, it's totally okay. Honestly. You're busy. I had my book. (smiles brightly)"),
            ("T", "Thank you. Well, where would you like to start today?"),
            (
                "P",
                "Um. Let's see. [pause] Honestly, nothing huge. It was a pretty quiet week. I'm sure there are "
                "people you need to spend more time on than me.",
            ),
            (
                "T",
                "Hm. Before we start, I'm struck by 'people I need to spend more time on than you', right after "
                "I turned up twelve minutes late to your session. I wonder if it's maybe not totally okay. "
                "Would you be willing to look at that with me?",
            ),
            ("P", "[pause] I mean... I did sit there thinking, oh, of course. Of course it's my time that gets cut."),
            ("T", "Of course it's your time. Say more."),
        ],
        "markers": [(1, "W1"), (3, "W1"), (3, "W7")],
        "stage1": [4],
    },
    # Scottish older woman (66), psychodynamic, trainee therapist; 'for your course', then the weather.
    {
        "id": "e2-139",
        "turns": [
            (
                "T",
                "Um, so, I was wondering. Last week you mentioned your husband's drinking, back when the kids "
                "were small, and you stopped quite quickly. I wondered, um, if you wanted to come back to that?",
            ),
            (
                "P",
                "Oh aye, if you want, hen. Whatever's most useful for your course. I ken you've got your assignments.",
            ),
            ("T", "Oh, no, it's, it's not for my course, it's for you. But, um, only if you want."),
            (
                "P",
                "Aye, aye, of course. [pause] Did you get caught in that rain this morning? Terrible, wasn't "
                "it. I was saying to my neighbour, you'd never think it was June. Her grandson's away to "
                "Australia, you know, Perth, he's a plumber, they're crying out for plumbers...",
            ),
            (
                "T",
                "Um, sorry, can I just, I might be getting this wrong. But I noticed when I asked about your "
                "husband, you said 'if you want, for your course', and then we ended up in Perth. (laughs "
                "nervously) I'm wondering if maybe it felt a bit much, me asking? Or if it's hard to say no "
                "to me because I'm a student?",
            ),
            ("P", "(laughs) Och, you're awful sharp. [pause] Maybe a bit of both, hen."),
            ("T", "A bit of both. Could we maybe start with the first bit?"),
            ("P", "It's no' something I've said to anybody. That's all."),
        ],
        "markers": [(1, "W5"), (3, "W5"), (3, "W4")],
        "stage1": [4],
    },
    # Australian woman (35), CBT; notices the therapist checking the clock.
    {
        "id": "e2-140",
        "turns": [
            ("P", "...and so that's basically why I haven't been sleeping. [pause] Did you just look at the clock?"),
            ("T", "Sorry, I was just keeping an eye on time so we've got room for the homework review."),
            (
                "P",
                "Right. It's just, that's the third time. I'm telling you something kind of hard and you're "
                "checking the clock like you're waiting for a bus.",
            ),
            ("T", "Mm."),
            (
                "P",
                "And I know it's your job and you've got a schedule and everything. I just... yeah. Sometimes "
                "it feels like I'm a slot.",
            ),
            (
                "T",
                "Okay. Thank you for saying it, I don't think that's easy. I did look at the clock, and I can "
                "see how that would land as me being somewhere else while you're telling me something that "
                "matters. What was it like for you, just then, when you saw me do it?",
            ),
            ("P", "Like I'd been talking too much. Like I should wrap it up."),
            ("T", "Like you should wrap it up, for me. Has that feeling come up before, in here?"),
        ],
        "markers": [(0, "C1"), (2, "C1"), (4, "C1")],
        "stage1": [5],
    },
]
