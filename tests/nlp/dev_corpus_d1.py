"""Development corpus batch D1 for the rule-based rupture-marker suggester: 60 fictional therapy transcript
fragments (48 rupture fragments covering every 3RS subtype W1-W7 and C1-C7, with extra weight on C1, C3, C4,
W2, W3 and W4, plus 12 ordinary hard-case fragments with no markers). Written by a helper session from the
clinical coding scheme only (the shared guide coding-scheme.md), independently of the suggester's rules, pattern
files and evaluation set; all names, people and events are invented. Markers are (turn index, subtype) on
client turns; "stage1" lists therapist turns that attend to the rupture. Date: 2026-11-22."""

from __future__ import annotations

FRAGMENTS: list[dict] = [
    # ------------------------------------------------------------------ rupture fragments
    {
        "id": "d1-001",
        "turns": [
            (
                "T",
                "So last week we left off talking about your sister's wedding, and how you felt about giving the speech.",
            ),
            ("P", "My brother's wedding. It's my brother. I've told you that, like, three times now."),
            ("T", "You're right, your brother, sorry. How did the speech go?"),
            (
                "P",
                "It went okay. Honestly, though, it makes me wonder if you actually read your notes before I come in, or if I'm just one of twenty people you see in a day.",
            ),
            (
                "T",
                "That sounds like it stung, me getting that wrong. Can we stay with that for a moment? What was it like, hearing me say sister?",
            ),
            (
                "P",
                "(pause) Annoying. Like I'm not really memorable. Which, I mean, is kind of the whole thing I come here about.",
            ),
            ("T", "So in this room too, it felt like you weren't being held in mind."),
            ("P", "Yeah. Yeah, that's it exactly."),
        ],
        "markers": [(1, "C1"), (3, "C1")],
        "stage1": [4],
    },
    {
        "id": "d1-002",
        "turns": [
            ("T", "How have things been since we last met?"),
            ("P", "Okay, I guess. Nothing much to report."),
            ("T", "Okay. Anything happen with the job applications you mentioned?"),
            ("P", "Sent a couple off on Monday."),
            ("T", "That's good, that's progress. How did it feel to actually send them off?"),
            (
                "P",
                "Dunno. It's just the job market, isn't it. It's the same for everyone at the moment, you send stuff into the void.",
            ),
            ("T", "Great. So maybe this week we could aim for three? What do you reckon?"),
            ("P", "Sure."),
        ],
        "markers": [(5, "W3"), (7, "W2")],
    },
    {
        "id": "d1-003",
        "turns": [
            ("T", "Did you get a chance to fill in the thought record this week?"),
            (
                "P",
                "(sighs) No. And to be honest I'm not sure I'm going to. Writing down my 'automatic thoughts' in little columns makes me feel like I'm back at school doing worksheets. It's a bit patronising.",
            ),
            (
                "T",
                "Okay. I appreciate you telling me that straight. It sounds like the thought records have felt more like a chore, maybe even a bit demeaning, than something that helps. Can you say more about what it's like when I hand you one?",
            ),
            ("P", "Like I'm a project. Like there's a right answer on those sheets and I keep getting it wrong."),
            ("T", "So there's a sense of being marked, of failing a test, and that's happening here, with me."),
            ("P", "Sort of, yeah. I hadn't thought of it as with you, but... yeah."),
        ],
        "markers": [(1, "C3"), (3, "C3")],
        "stage1": [2],
    },
    {
        "id": "d1-004",
        "turns": [
            ("T", "Let's pick up where we were, with the argument on Sunday."),
            (
                "P",
                "Can I just say something first? Fifty minutes is nothing. By the time I've settled in and stopped shaking it's basically time to go. Other places do a full hour, at least.",
            ),
            (
                "T",
                "Before we go to Sunday, then. It sounds like the length of the sessions has really been bothering you, and I'd like to hear about that, because it matters how it feels in here.",
            ),
            (
                "P",
                "It's just, I get wound up before I come, and then there's this clock running, and I'm already thinking, right, forty minutes left, I'm never going to get through it all.",
            ),
            ("T", "So part of you is managing the clock the whole time, instead of being able to settle with me."),
            ("P", "Yeah. I never quite land. And then I'm out the door."),
            ("T", "What would help you land a bit quicker, do you think?"),
            ("P", "Maybe if we didn't start with 'so, where were we'. That makes me feel like I'm late for something."),
        ],
        "markers": [(1, "C4"), (3, "C4")],
        "stage1": [2],
    },
    {
        "id": "d1-005",
        "turns": [
            ("T", "You mentioned your father's phone call. What came up for you when you saw his name on the screen?"),
            (
                "P",
                "Well, I think with parents in general there's always this question of, you know, how much of the dynamic is inherited, generationally. Everyone has some version of it. It's almost structural, really, in families.",
            ),
            ("T", "Mm. And for you, on Thursday, with the phone in your hand?"),
            (
                "P",
                "I suppose one could say there's a degree of ambivalence. People often feel a mix of obligation and resentment towards ageing parents. It's quite well documented.",
            ),
            (
                "T",
                "I notice that when I ask about you, we drift to 'people' and 'families'. I'm curious what it's like, right now, to bring it back to you and that phone call.",
            ),
            ("P", "(pause) Uncomfortable. It's easier to talk about it like a case study."),
            ("T", "Easier how?"),
            ("P", "If it's a case study then it's not me, sitting on the stairs, not answering my dad."),
        ],
        "markers": [(1, "W3"), (3, "W3")],
        "stage1": [4],
    },
    {
        "id": "d1-006",
        "turns": [
            (
                "T",
                "Last time you said you wanted to look at what happens when you feel criticised at work. Shall we start there?",
            ),
            (
                "P",
                "Sure, yeah. Oh, actually, I have to tell you about my neighbour first, it's mad. So he's got this van, right, and he parks it across half my drive every single night, and on Tuesday I'd had enough, so I went round, and his wife answers in her dressing gown with this enormous dog...",
            ),
            ("T", "Mm-hm."),
            (
                "P",
                "...and she says, oh, he's at his brother's, and I'm like, well, the van's here, so. Anyway then the council bloke came out Wednesday, and they've got this whole process, you wouldn't believe the forms...",
            ),
            ("T", "That sounds like quite a saga."),
            (
                "P",
                "It is! And then my mum rang about Christmas, and that's a whole other story, because she wants us all at hers but my brother's doing the in-laws this year, so...",
            ),
        ],
        "markers": [(1, "W4"), (3, "W4"), (5, "W4")],
    },
    {
        "id": "d1-007",
        "turns": [
            ("T", "You said your mum's diagnosis came through on Monday. How are you doing with that?"),
            ("P", "(smiles) Oh, I'm okay. Honestly. It's one of those things, you just get on with it, don't you."),
            (
                "T",
                "You're smiling as you say it, and I'm aware it's only been a few days. I wonder what's going on for you right now, inside.",
            ),
            (
                "P",
                "(laughs) Nothing dramatic. It's, well, she's had a good innings, hasn't she. (laughs) Sorry, that sounds awful.",
            ),
            (
                "T",
                "It doesn't sound awful. It sounds like maybe the laughing is doing some work for you. What would happen if it stopped?",
            ),
            ("P", "(long pause) I'd probably cry. And I don't really want to do that here."),
            ("T", "What would it be like to cry here, with me?"),
            ("P", "Embarrassing. Like I'd be too much for you."),
        ],
        "markers": [(1, "W1"), (3, "W6")],
        "stage1": [2, 4],
    },
    {
        "id": "d1-008",
        "turns": [
            ("T", "I wonder if some of the anger at your boss is connected to how your father used to speak to you."),
            (
                "P",
                "No. No, I really don't think it is. My dad's got nothing to do with it. My boss is just a genuinely unpleasant man.",
            ),
            ("T", "It's just that the way you describe him, the raised voice, the pointing..."),
            ("P", "Loads of people raise their voice. That's a stretch, honestly. I don't buy it, sorry."),
            ("T", "Okay. Let's look at what you might say to him on Monday, then."),
            ("P", "Right. Well, there's the rota thing, for a start."),
        ],
        "markers": [(1, "C2"), (3, "C2")],
    },
    {
        "id": "d1-009",
        "turns": [
            ("T", "How was the week?"),
            (
                "P",
                "Same as every week. I've been coming here since March and honestly I can't point to one thing that's different. I still can't get on a bus.",
            ),
            ("T", "That sounds really discouraging, seven months and the bus still feels out of reach."),
            ("P", "Maybe I'm just one of those people it doesn't work on. Broken in some way that talking can't fix."),
            (
                "T",
                "I want to take that seriously, both parts of it: the frustration with how therapy's going, and that sense of being broken. Can we look at the first one? What's it like to sit here with me and feel it's not working?",
            ),
            ("P", "(pause) Kind of guilty, actually. Like I'm letting you down."),
            ("T", "Letting me down. Say more?"),
            (
                "P",
                "You're trying. I can see you're trying. And I keep turning up with nothing, because I'm useless at all of it.",
            ),
        ],
        "markers": [(1, "C5"), (3, "W7"), (7, "W7")],
        "stage1": [4],
    },
    {
        "id": "d1-010",
        "turns": [
            ("T", "It seems like every time Jess asks for help with the kids, there's a reason you can't."),
            (
                "P",
                "Hang on, are you saying I'm a bad father? Because I work sixty hours a week. I'm not sat around doing nothing.",
            ),
            ("T", "I can hear that landed as an accusation."),
            (
                "P",
                "Well, how else was I meant to take it? I came here for some support, not to get a telling-off from you.",
            ),
            ("T", "That's fair. I think I put it clumsily. What happened inside when I said it?"),
            ("P", "Felt like being ambushed. Like you'd been saving that one up for a while."),
            ("T", "Ambushed. That's important. Can we stay with that feeling a bit?"),
            ("P", "Okay. Yeah."),
        ],
        "markers": [(1, "C6"), (3, "C1"), (5, "C1")],
        "stage1": [2, 4],
    },
    {
        "id": "d1-011",
        "turns": [
            ("T", "What would you like to focus on today?"),
            (
                "P",
                "You tell me. You're the expert. I'm paying you to have the answers, so I'd rather you just handed me a plan. Step one, step two, step three.",
            ),
            ("T", "I hear that you want something concrete. I also think it matters what you feel is most pressing."),
            (
                "P",
                "See, this is what I mean. Quit turning it back on me. Give me three things to do this week and I'll do them, no problem.",
            ),
            ("T", "Okay, well, one thing could be keeping a mood diary."),
            ("P", "Fine. Next. What else have you got?"),
        ],
        "markers": [(1, "C7"), (3, "C7"), (5, "C7")],
    },
    {
        "id": "d1-012",
        "turns": [
            (
                "T",
                "I'd like to suggest we try an exposure exercise this week: going into the supermarket at a busy time for ten minutes.",
            ),
            (
                "P",
                "Yes, absolutely, that sounds great. If you think that's best, then yes. You know what you're doing.",
            ),
            (
                "T",
                "Before we settle on it, I'm noticing you agreed very quickly. I'm wondering how it actually sits with you.",
            ),
            ("P", "No, no, it's good. Really, it's good. I don't want to be difficult."),
            ("T", "What would being difficult look like, here with me?"),
            ("P", "(pause) Saying it terrifies me. Saying I don't think I can do ten minutes."),
            ("T", "Thank you for saying that. That's not difficult, that's really useful."),
            ("P", "Okay. (small laugh) Maybe five minutes, then."),
        ],
        "markers": [(1, "W5"), (3, "W5")],
        "stage1": [2, 4],
    },
    {
        "id": "d1-013",
        "turns": [
            ("T", "Before we start, I've got the invoice for October here."),
            (
                "P",
                "Yeah, about that. Eighty-five a session is a lot, and it went up in September without much warning. I'm starting to feel like I'm paying for a chat I could have with a mate down the pub.",
            ),
            (
                "T",
                "It sounds like the fee going up has left you feeling a bit short-changed, maybe about more than the money. Can we talk about that?",
            ),
            (
                "P",
                "It's mostly the money. But yeah, if I'm honest, also whether any of this is actually getting me anywhere. I'm not sure I'm any different from when I started.",
            ),
            ("T", "What would make it feel worth it?"),
            ("P", "Knowing where we're heading. Some sort of plan I can see."),
        ],
        "markers": [(1, "C4"), (3, "C5")],
        "stage1": [2],
    },
    {
        "id": "d1-014",
        "turns": [
            ("T", "Let's start with the breathing, like last time. In for four, hold for four..."),
            (
                "P",
                "Do we have to? I've done the square breathing thing every day for two weeks and it does nothing. If anything, counting makes me more aware of my chest and then I panic more.",
            ),
            ("T", "It can take time. Let's just try it together now. In for four..."),
            ("P", "(sighs) Fine. (pause) One, two, three, four..."),
            ("T", "Good. Hold..."),
            ("P", "Honestly, this is a bit pointless. I could be doing this in the car."),
        ],
        "markers": [(1, "C3"), (5, "C3")],
    },
    {
        "id": "d1-015",
        "turns": [
            (
                "T",
                "You said something a minute ago about feeling invisible at your mum's funeral. Can we go back to that?",
            ),
            (
                "P",
                "Mm. Oh, before I forget, did you see they're closing the library on Hamilton Road? I only found out because I went to return a book and there's this sign on the door, and the woman at the desk said it's been on the cards since the spring...",
            ),
            (
                "T",
                "I didn't know that. I notice, though, that we've moved quite quickly away from the funeral. I'm wondering what happened just then.",
            ),
            ("P", "(pause) Did we? I suppose we did. I didn't really decide to."),
            ("T", "No, it doesn't sound like a decision. Maybe more like a reflex?"),
            ("P", "Yeah. It's a bit much, that stuff. The funeral. Being stood at the back."),
        ],
        "markers": [(1, "W4")],
        "stage1": [2],
    },
    {
        "id": "d1-016",
        "turns": [
            ("T", "What's it like for you, coming here each week?"),
            ("P", "It's alright."),
            ("T", "Just alright?"),
            ("P", "Yeah."),
            (
                "T",
                "I notice I'm asking and getting quite short answers, and I wonder if something about this question, or about me asking it, is hard. What's it like right now?",
            ),
            ("P", "I mean, therapy's therapy, isn't it. It's a process. You get out what you put in, as they say."),
            ("T", "That's the general idea. I'm more curious about you, this week, sitting here."),
            ("P", "(pause) Awkward. I never know what I'm supposed to say in here."),
        ],
        "markers": [(1, "W2"), (3, "W2"), (5, "W3")],
        "stage1": [4],
    },
    {
        "id": "d1-017",
        "turns": [
            ("T", "So I'm wondering what it was like when the baby wouldn't settle on Thursday night."),
            (
                "P",
                "No offense, but do you have kids? You look about twenty-five. I'm not sure you can really know what three nights without sleep does to a person.",
            ),
            (
                "T",
                "That's a fair question, and it sounds like there's a worry underneath it, that I can't really understand what you're going through. Can you tell me more about that worry?",
            ),
            (
                "P",
                "It's just, when you say stuff like 'have you tried a routine', it sounds like it's out of a textbook. Like you've read about babies but never actually had one screaming at you at 3am.",
            ),
            ("T", "So some of what I've said has landed as textbook, not as real understanding."),
            ("P", "A bit. Sorry. Sorry, that was rude. I know you're trying really hard, you're great."),
            ("T", "You don't need to apologise. I'd much rather know."),
            ("P", "Okay."),
        ],
        "markers": [(1, "C1"), (3, "C1"), (5, "W5")],
        "stage1": [2, 4],
    },
    {
        "id": "d1-018",
        "turns": [
            ("T", "Thanks for coming in. Sorry again about last week."),
            (
                "P",
                "Yeah. That's twice in a month the session's been cancelled on me. With, what, three hours' notice? I'd already gotten someone to cover my shift.",
            ),
            ("T", "I know, it was unavoidable. So, where would you like to start?"),
            ("P", "I mean, if I canceled with that little notice I'd get charged for it. Just saying."),
            ("T", "Mm. How's your week been?"),
            ("P", "Busy."),
        ],
        "markers": [(1, "C4"), (3, "C4"), (5, "W2")],
    },
    {
        "id": "d1-019",
        "turns": [
            ("T", "You came in a bit late today."),
            (
                "P",
                "(laughing) Yeah, well, I nearly didn't come at all, to be honest. (laughs) Sat in the car park for ten minutes thinking, why am I even bothering with this woman.",
            ),
            (
                "T",
                "You're laughing, and at the same time what you're saying sounds quite angry, with me maybe. What's going on?",
            ),
            ("P", "(grins) Oh, I'm not angry. It's a joke. Nothing's wrong at all."),
            ("T", "Partly a joke, maybe. I'm interested in the other part, the 'why bother with this woman' part."),
            (
                "P",
                "(pause, smile fades) You said last week I was avoiding things. Like you'd got me all worked out. It got under my skin.",
            ),
            ("T", "I'm glad you told me. It got under your skin how?"),
            ("P", "Exposed, I think. Like being caught out."),
        ],
        "markers": [(1, "W6"), (3, "W1"), (5, "C1")],
        "stage1": [2, 4],
    },
    {
        "id": "d1-020",
        "turns": [
            (
                "T",
                "So for this week, maybe we could think about one small thing you could do at the weekend that's just for you.",
            ),
            ("P", "I'll only mess it up. I always do. I'm the sort of person who can't even manage a nice Saturday."),
            ("T", "What about something really small, like a walk?"),
            (
                "P",
                "Honestly, what's the point. I've tried walks. I've tried all of it. Nothing sticks with me, it's just how I'm made.",
            ),
            ("T", "Let's write 'walk' down as a possibility anyway."),
            ("P", "If you want. You're the one who knows about this stuff."),
        ],
        "markers": [(1, "W7"), (3, "W7"), (5, "W5")],
    },
    {
        "id": "d1-021",
        "turns": [
            (
                "T",
                "I'd like to go back to something you said about your grandmother's house, when you were about seven.",
            ),
            (
                "P",
                "Why does it always have to be childhood? I came in about my marriage. Every week we somehow end up back in 1994 and I genuinely can't see what my grandmother's kitchen has got to do with my wife moving out.",
            ),
            ("T", "It sounds like you feel I keep pulling you somewhere you didn't ask to go, and that's frustrating."),
            ("P", "Yes. Exactly that."),
            (
                "T",
                "Thank you for saying it. I don't want to drag you backwards. What would feel more useful to you, today?",
            ),
            ("P", "Talking about what I actually say to her on Saturday, when she comes for the rest of her things."),
        ],
        "markers": [(1, "C3")],
        "stage1": [2],
    },
    {
        "id": "d1-022",
        "turns": [
            ("T", "Tell me about the conversation with your landlord."),
            (
                "P",
                "In a minute. First, I need you to write me a letter for the housing office saying I can't cope with the stairs. Can you do that today?",
            ),
            ("T", "That's something we could think about. I'm not sure it's really my role, though."),
            ("P", "Not your role. Brilliant. So what is your role, exactly? Sitting there nodding at me once a week?"),
            ("T", "Let's come back to it at the end. The landlord..."),
            ("P", "No, I want it sorted now, before we do anything else. Write it, or tell me who will."),
            ("T", "Okay. I can find out who at the practice does those letters."),
            ("P", "Thank you. (pause) He's ignoring my emails, the landlord. Has been for three weeks."),
        ],
        "markers": [(1, "C7"), (3, "C1"), (5, "C7")],
    },
    {
        "id": "d1-023",
        "turns": [
            ("T", "You went quiet when I mentioned the break over Christmas."),
            (
                "P",
                "I was just thinking about attachment theory, actually. Bowlby and so on. How separation from the analyst is supposed to reactivate early patterns. It's an interesting question, theoretically, whether any of that is empirically supported.",
            ),
            (
                "T",
                "It is interesting. And I notice we've moved into theory at the very moment I mentioned I'll be away. I wonder what the break stirs up for you, not theoretically.",
            ),
            ("P", "(pause) I'm not sure it stirs anything much. Two weeks is two weeks. It really doesn't bother me."),
            ("T", "And if it did bother you, even a little?"),
            ("P", "(long pause) I hate it. I hate that I hate it."),
        ],
        "markers": [(1, "W3"), (3, "W1")],
        "stage1": [2, 4],
    },
    {
        "id": "d1-024",
        "turns": [
            ("T", "Let's look at your scores from the questionnaire. Your anxiety came in at fifteen this week."),
            ("P", "Fifteen. Same as when I started. So twelve sessions in and the number hasn't budged. Great stuff."),
            (
                "T",
                "I can hear how frustrating that is. And I wonder if there's some frustration with me, too, and with how we've been doing this. Would you be willing to say a bit about that?",
            ),
            (
                "P",
                "I suppose. It's not you personally. It's more the whole questionnaire thing. Every week I tick the same boxes and we stare at a number. It feels like we're measuring it instead of fixing it.",
            ),
            ("T", "Measuring instead of fixing. That sounds like it's felt quite empty."),
            ("P", "Yeah. I don't feel any better than I did in June, honestly. Not really."),
            (
                "T",
                "Thank you for being so straight with me. Let's put the numbers down for today and talk about what you'd want to be different.",
            ),
            ("P", "Okay. I'd like to be able to watch my nephew's football without feeling sick."),
        ],
        "markers": [(1, "C5"), (3, "C3"), (5, "C5")],
        "stage1": [2],
    },
    {
        "id": "d1-025",
        "turns": [
            ("T", "I noticed you said 'she made me shout'. I wonder what it would be like to say 'I shouted'."),
            ("P", "Oh, come on. So it's my fault now? You weren't there. You've no idea what she was saying to me."),
            ("T", "You're right, I wasn't there. And it sounds like what I said felt like I'd taken her side."),
            (
                "P",
                "Well, hadn't you? That's exactly how it came across. You always seem to end up seeing her point of view.",
            ),
            (
                "T",
                "Can we slow down and look at that? I'd really like to understand what that was like, feeling I'd gone over to her side.",
            ),
            ("P", "(sighs) Lonely. Everyone always ends up on her side."),
        ],
        "markers": [(1, "C6"), (3, "C1")],
        "stage1": [2, 4],
    },
    {
        "id": "d1-026",
        "turns": [
            ("T", "Your mum mentioned things have been tense at home. What's been happening?"),
            ("P", "Nothing."),
            ("T", "Nothing much at all?"),
            ("P", "(shrugs) Dunno."),
            (
                "T",
                "I'm noticing it feels hard to talk today. I'm getting a lot of shrugs, and that's okay. I'm wondering what it's like being here, with me, right now.",
            ),
            ("P", "(shrugs) S'pose it's alright."),
            ("T", "Alright. Is there anything about coming here that you'd change, if you could?"),
            (
                "P",
                "Dunno. Not having my mum sat right outside the door in the waiting room, maybe. She can probably hear everything through that wall.",
            ),
        ],
        "markers": [(1, "W2"), (3, "W2"), (5, "W2"), (7, "C4")],
        "stage1": [4],
    },
    {
        "id": "d1-027",
        "turns": [
            (
                "T",
                "I'd like to try something. Imagine your father is sitting in this empty chair. What would you want to say to him?",
            ),
            (
                "P",
                "(laughs uncomfortably) Seriously? I'm not talking to a chair. I feel ridiculous even thinking about it.",
            ),
            (
                "T",
                "Okay. I'm hearing that this really doesn't feel right for you, and I don't want to push you into something that feels silly. Can you tell me what's happening for you as I suggest it?",
            ),
            (
                "P",
                "It's just, this feels like something off the telly. I came here to talk to a person, not to act out a scene with the furniture.",
            ),
            ("T", "So it feels a bit staged, and maybe it takes you away from talking with me."),
            (
                "P",
                "(pause) Yeah. And if I'm honest, the idea of saying anything to him, even pretend, makes my face go hot.",
            ),
            ("T", "That's important. Maybe that's where we could start, with the hot face."),
            ("P", "Okay. That I can do."),
        ],
        "markers": [(1, "C3"), (3, "C3")],
        "stage1": [2],
    },
    {
        "id": "d1-028",
        "turns": [
            ("T", "How did you find the worksheet on core beliefs?"),
            (
                "P",
                "Oh, it was really good, really helpful, thank you. I did most of it. Well, some of it. You're so good at explaining these things, honestly.",
            ),
            ("T", "Great. Which bits did you get through?"),
            (
                "P",
                "The first page. Sorry. I know you went to the trouble of printing it. It's my fault, I'm just hopeless at that kind of thing, I always have been.",
            ),
            ("T", "No problem. Let's go through page two together."),
            ("P", "Yes, lovely, let's do that. If that's easiest for you. Whatever suits."),
        ],
        "markers": [(1, "W5"), (3, "W7"), (5, "W5")],
    },
    {
        "id": "d1-029",
        "turns": [
            ("T", "Just to remind you, the recorder's on today, for my supervision."),
            (
                "P",
                "Yeah, I've been meaning to say, I don't love that thing. I find myself saying things for the tape instead of for me. And this room, with the window onto the corridor, people can literally see in.",
            ),
            (
                "T",
                "Thank you for telling me. It sounds like neither the recording nor the room has felt very safe. Can we look at that together before we go on?",
            ),
            (
                "P",
                "I mean, I signed the consent form. But I didn't feel like I could say no to being recorded, really. It was just sort of there on the table.",
            ),
            ("T", "That's important, that you felt you couldn't say no to me. What made it feel that way?"),
            ("P", "You'd already got it out and switched on when I walked in. It felt like it was decided."),
        ],
        "markers": [(1, "C4"), (3, "C4")],
        "stage1": [2, 4],
    },
    {
        "id": "d1-030",
        "turns": [
            (
                "T",
                "Last week you told me, right at the end, that you'd been drinking more. I wanted to make some room for that today.",
            ),
            (
                "P",
                "Yeah. Yeah. God, work's been insane, actually. We've got this audit, and my boss, you remember Graham, he's decided we all need to redo our timesheets back to April, which is, I mean, you can imagine, and then Priya's off on maternity leave so I'm covering her accounts too...",
            ),
            ("T", "It sounds like a lot."),
            (
                "P",
                "It is, and then on Friday the server went down, and IT were like, oh, it's a known issue, and I'm like, well, known to who? Because nobody told us. Anyway. Where was I. Oh, and the Christmas do's been moved.",
            ),
            (
                "T",
                "I'm aware that I brought up the drinking and we're now deep in the audit. I'm not criticising, I'm just curious what it was like when I mentioned it.",
            ),
            ("P", "(pause) Yeah. I saw that coming. I sort of... panicked a bit."),
            ("T", "Panicked. Can you say more?"),
            ("P", "I thought you'd think I was an alcoholic. Or that you'd be disappointed in me."),
        ],
        "markers": [(1, "W4"), (3, "W4")],
        "stage1": [4],
    },
    {
        "id": "d1-031",
        "turns": [
            ("T", "What if you tried telling your partner, just once, that you felt hurt, rather than going quiet?"),
            ("P", "That wouldn't work with him. You don't know him. He'd just laugh at me."),
            ("T", "Maybe. Could you try it as an experiment, and see?"),
            (
                "P",
                "No. I've already said, it won't work. I'd rather not waste a week on something I already know is pointless.",
            ),
            (
                "T",
                "I'm noticing I keep pushing this idea and you keep pushing it back, and we're a bit stuck. I wonder what it's like for you when I keep suggesting it.",
            ),
            ("P", "Honestly? Like you're not listening to a word I say. I've told you what he's like, over and over."),
            (
                "T",
                "That makes sense. I think I got attached to my idea and stopped listening. What do you need me to understand about him?",
            ),
            ("P", "That it's not safe to be soft with him. Not the way it would be with other people."),
        ],
        "markers": [(1, "C2"), (3, "C2"), (5, "C1")],
        "stage1": [4],
    },
    {
        "id": "d1-032",
        "turns": [
            ("T", "You mentioned you didn't get the promotion. How are you feeling about that?"),
            ("P", "Honestly, it's nothing. I didn't even really want it. Loads of people didn't get it."),
            ("T", "Okay. And last week you said it was the thing you'd been working towards for three years."),
            (
                "P",
                "Well, yeah, but things change. I'm honestly over it. Onwards and upwards. It doesn't bother me in the slightest.",
            ),
            ("T", "Okay. Let's look at the rest of the week, then."),
            ("P", "Good, yeah. We finally booked the Algarve, with my sister's lot. Two weeks in June."),
        ],
        "markers": [(1, "W1"), (3, "W1")],
    },
    {
        "id": "d1-033",
        "turns": [
            ("T", "Mm-hm. Go on."),
            (
                "P",
                "Actually, can I say something? You keep looking at the clock behind me. It's a bit off-putting. It makes me feel like I'm boring you.",
            ),
            (
                "T",
                "Thank you for saying that. I can imagine it didn't feel easy. You're right that I've glanced at it. What's it been like for you, seeing me do that?",
            ),
            ("P", "Like I'm on a meter. And you've been quite... flat today. Not like usual. Cold, almost."),
            ("T", "Flat, cold. It sounds like you've been feeling quite alone in here today."),
            ("P", "(nods) Yeah. A bit."),
            ("T", "I appreciate you telling me. I have been a bit distracted today, and that's mine, not yours."),
            ("P", "Okay. Thanks. That actually helps, hearing you say that."),
        ],
        "markers": [(1, "C1"), (3, "C1")],
        "stage1": [2],
    },
    {
        "id": "d1-034",
        "turns": [
            ("T", "Shall we go through your sleep diary?"),
            (
                "P",
                "I stopped doing it after Wednesday. Filling it in at three in the morning, writing 'awake, still awake', it just wound me up more. Half the time it's the diary keeping me up.",
            ),
            (
                "T",
                "So the diary itself has been making things worse. That's really useful to know, and I'm sorry I didn't check in about it sooner. What's it been like, bringing it here each week?",
            ),
            (
                "P",
                "Bit of a dread, honestly. And I suppose I feel like, six weeks of sleep stuff and I'm sleeping worse, not better. So what's it all been for.",
            ),
            (
                "T",
                "A dread, and a sense that it isn't paying off. Let's take that seriously. What would you want from our time instead?",
            ),
            (
                "P",
                "I don't know. (pause) Maybe to talk about why I'm lying awake, not how many hours I'm lying awake for.",
            ),
        ],
        "markers": [(1, "C3"), (3, "C5")],
        "stage1": [2],
    },
    {
        "id": "d1-035",
        "turns": [
            ("T", "How did it feel when your son didn't call on your birthday?"),
            (
                "P",
                "Well, young people today, they're so busy, aren't they. It's a different world. I think society's changed, families are more spread out. It's just the way of things now.",
            ),
            ("T", "Mm. And for you, on the day?"),
            (
                "P",
                "One adapts. I think we all have to accept that relationships evolve over time. That's life, really, isn't it.",
            ),
            ("T", "Yes. So, shall we set some goals for the week?"),
            ("P", "Yes, that's fine."),
        ],
        "markers": [(1, "W3"), (3, "W3")],
    },
    {
        "id": "d1-036",
        "turns": [
            ("T", "Just a reminder, we've got four sessions left now."),
            (
                "P",
                "Four? I thought we had until Easter. Nobody told me it was only sixteen. How am I meant to sort out twenty years of this in four more weeks?",
            ),
            (
                "T",
                "It sounds like that news has come as a real shock, and maybe felt like something sprung on you. I'd like to hear how that's landing.",
            ),
            (
                "P",
                "It feels like being shown the door. I've only just started trusting this, and now the service says time's up.",
            ),
            ("T", "That's really important. Just as you've started to trust it, it feels like it's being taken away."),
            ("P", "(tearful) Yeah."),
            ("T", "Can we talk about what the ending means, and what you'd need from these last weeks?"),
            ("P", "I'd like to know there's something after. Even just a number to ring."),
        ],
        "markers": [(1, "C4"), (3, "C4")],
        "stage1": [2],
    },
    {
        "id": "d1-037",
        "turns": [
            ("T", "I wonder whether, when your wife criticizes you, some part of you agrees with her."),
            (
                "P",
                "Don't psychoanalyze me. Seriously. Stick to what I asked for. I want strategies for the arguments, not theories about my inner child.",
            ),
            ("T", "I just think it might help to understand..."),
            (
                "P",
                "I know what I think, thank you. I'm not the one with the problem here, she is. I didn't come here to get picked apart.",
            ),
            ("T", "Okay. So what happened in the last argument?"),
            ("P", "She brought up my mother again. And before you go there, no, I don't 'have issues' with my mother."),
        ],
        "markers": [(1, "C7"), (3, "C6"), (5, "C6")],
    },
    {
        "id": "d1-038",
        "turns": [
            ("T", "How did the scan go?"),
            ("P", "(smiling) Oh, they found another lump. (laughs) So that's fun. Back to the oncologist on Friday."),
            ("T", "Okay. And how's work?"),
            (
                "P",
                "(laughs) Work's work. Honestly, I'll probably be dead before the restructure finishes, so. (laughs) Every cloud.",
            ),
            ("T", "Right. Are you still doing the reduced hours?"),
            ("P", "Yes, three days."),
        ],
        "markers": [(1, "W6"), (3, "W6")],
    },
    {
        "id": "d1-039",
        "turns": [
            ("T", "You look really down today."),
            (
                "P",
                "I am. I failed the driving test again. Fourth time. I'm just thick, I think. Some people can't learn stuff and I'm one of them.",
            ),
            ("T", "That sounds painful, and I notice you're being really hard on yourself."),
            (
                "P",
                "And this, honestly, coming here. It's the same. You've tried all your techniques on me and I'm still a mess. I'm probably your worst client.",
            ),
            (
                "T",
                "I'm struck that you're worried you're my worst client. Can we look at that? What's it like to sit here with me and feel that?",
            ),
            ("P", "(pause) Like I'm wasting your time. Like you'd be relieved if I stopped coming."),
            (
                "T",
                "That's a lot to carry in here. I'm really glad you said it. I'm not relieved when you come. I'm glad.",
            ),
            ("P", "(quietly) Okay. I didn't know that."),
        ],
        "markers": [(1, "W7"), (3, "W7")],
        "stage1": [4],
    },
    {
        "id": "d1-040",
        "turns": [
            ("T", "How are you feeling about the session today?"),
            ("P", "Meh."),
            ("T", "Meh. Can you say a bit more?"),
            ("P", "Not really."),
            (
                "T",
                "It feels like there's something going on between us today, maybe. You seem a long way away. I'm wondering if something about last week didn't sit right.",
            ),
            ("P", "(pause) You yawned. When I was talking about Dad. Twice. Kind of hard to forget, that."),
            (
                "T",
                "I did, and I can see how that would feel awful, like I wasn't interested. I'm sorry. What was that like?",
            ),
            ("P", "(laughs) Like, why am I even bothering telling you anything. (laughs) Classic."),
        ],
        "markers": [(1, "W2"), (3, "W2"), (5, "C1"), (7, "W6")],
        "stage1": [4],
    },
    {
        "id": "d1-041",
        "turns": [
            ("T", "On a scale of one to ten, how important is it for you to cut down on the cannabis?"),
            (
                "P",
                "Oh, a ten, definitely. Absolutely. You're completely right about all of it, everything you said last time.",
            ),
            ("T", "A ten. That's high. What makes it a ten rather than, say, a six?"),
            (
                "P",
                "Oh, speaking of tens, I got ten out of ten on my bike theory quiz, did I tell you? So there's this instructor, Dean, he's ex-army, and on the first morning he has us all line up in the car park like we're on parade...",
            ),
            ("T", "Sounds like you're enjoying it."),
            ("P", "Loving it. So anyway, Dean says to this lad, the one with the purple helmet, he goes..."),
        ],
        "markers": [(1, "W5"), (3, "W4"), (5, "W4")],
    },
    {
        "id": "d1-042",
        "turns": [
            ("T", "Let's role-play it. I'll be your manager, and you practise asking for the day off."),
            (
                "P",
                "Ugh, I hate role plays. It's so fake. You're not my manager, you don't talk like her, and I just end up feeling stupid and tongue-tied.",
            ),
            (
                "T",
                "Okay, it sounds like the role play itself feels awkward and a bit exposing. I'd rather understand that than push on. What's the stupid feeling like, right now?",
            ),
            ("P", "Like being watched. Like you're grading me."),
            ("T", "Being graded. Does that feeling come up with me in other moments too?"),
            ("P", "(laughs) Kind of all the time, actually."),
            ("T", "That seems worth talking about. Shall we put the role play aside and look at that instead?"),
            ("P", "Yeah. I think I'd prefer that."),
        ],
        "markers": [(1, "C3")],
        "stage1": [2],
    },
    {
        "id": "d1-043",
        "turns": [
            ("T", "So this week I thought we might continue with the values exercise."),
            (
                "P",
                "Again? Look, I'm thirty sessions in. I'm not any closer to deciding whether to leave him than I was in January. We keep doing exercises and nothing actually changes.",
            ),
            (
                "T",
                "It sounds like you're really fed up, with the exercises, and maybe with me, for not getting you anywhere. I'd rather hear that than have you just go along with it.",
            ),
            (
                "P",
                "I don't have time for this. Tell me straight: do you think I should leave him or not? Yes or no. Right now.",
            ),
            (
                "T",
                "I can feel how much you want someone to settle it for you. I'm wondering what it's like to ask me that and know I'm probably going to hedge.",
            ),
            ("P", "(sighs) Infuriating. Of course you'll hedge. You always hedge, that's your whole job, apparently."),
            ("T", "Always hedging. Who else has hedged, when you needed a straight answer?"),
            ("P", "My mom. My sister. Him, mostly."),
        ],
        "markers": [(1, "C5"), (3, "C7"), (5, "C1")],
        "stage1": [2, 4],
    },
    {
        "id": "d1-044",
        "turns": [
            (
                "T",
                "Looking at the thought record, I wonder if 'everyone at the party hated me' might be a bit of mind-reading.",
            ),
            (
                "P",
                "It's not mind-reading, I saw their faces. That label doesn't fit at all, it's what actually happened.",
            ),
            ("T", "I'm sorry, that's not what I meant. It sounds like it felt as though I was doubting what you saw."),
            ("P", "Well, yeah. Everyone always says I'm 'catastrophising'. I'm not stupid. I'm not making it up."),
            (
                "T",
                "No, you're not. And I can see how the label might have felt dismissive. Can we talk about what it's like when I name a thinking pattern like that?",
            ),
            ("P", "It's like you've filed me under a heading. I'd rather you just asked me what happened."),
            ("T", "That's fair. What happened at the party?"),
            ("P", "Okay. So I walked in, and Lauren and her boyfriend were by the kitchen door..."),
        ],
        "markers": [(1, "C2"), (3, "C6")],
        "stage1": [2, 4],
    },
    {
        "id": "d1-045",
        "turns": [
            ("T", "Hi, come on in. Sorry, I'm running a little behind."),
            (
                "P",
                "Twenty minutes. Again. You said last time it wouldn't happen again, and I'm on my lunch break, so I've got to be back at two regardless.",
            ),
            ("T", "Let's make the most of the time we have. How's the week been?"),
            (
                "P",
                "And while we're at it, that waiting room is grim. Radio blaring, receptionist on the phone the whole time. And the 8am slot you offered instead is no good, I've told you, I do the school drop-off.",
            ),
            ("T", "Okay, we can look at times at the end. So, the week?"),
            ("P", "It was alright. Kids were sick."),
        ],
        "markers": [(1, "C1"), (3, "C4")],
    },
    {
        "id": "d1-046",
        "turns": [
            (
                "T",
                "Last week I think I came across as quite blunt when I said you seemed to be avoiding the divorce papers. I wondered how that sat with you during the week.",
            ),
            ("P", "Oh, no, it was fine. Totally. Didn't give it a second thought."),
            (
                "T",
                "Okay. I just noticed you cancelled Tuesday's extra session, and you've been quieter today. How are things, really?",
            ),
            ("P", "Just tired."),
            (
                "T",
                "Tired. I'm aware I might be pushing. And also that it might be hard to tell me if I upset you. What would it be like if I had?",
            ),
            ("P", "(pause) I'd probably not say. I'd just... not come back for a while."),
            ("T", "Thank you for telling me that. That seems really important for us to know about."),
            ("P", "Yeah. It did sting a bit. What you said."),
        ],
        "markers": [(1, "W1"), (3, "W2")],
        "stage1": [2, 4],
    },
    {
        "id": "d1-047",
        "turns": [
            ("T", "I think it'd help if you tried saying no to your colleague at least once this week."),
            (
                "P",
                "Yes. Yes, you're right, I should. You're completely right. I'm sorry, I know we talked about this last time too.",
            ),
            ("T", "No need to apologise. What might get in the way?"),
            (
                "P",
                "Just me, really. I'm pathetic at that sort of thing. I'll probably cave the second she asks. Sorry.",
            ),
            ("T", "Well, let's plan what you'll say."),
            ("P", "Okay, yes. Thank you. Sorry for being so useless at this, you must get sick of me."),
        ],
        "markers": [(1, "W5"), (3, "W7"), (5, "W7")],
    },
    {
        "id": "d1-048",
        "turns": [
            ("T", "(writing) Mm."),
            (
                "P",
                "What are you writing? You always scribble something when I say stuff about my drinking. It feels like you're building a case against me.",
            ),
            (
                "T",
                "That sounds unsettling, like I'm making judgements about you behind the notebook. I'd like to hear more about that.",
            ),
            ("P", "Yeah. And you've got that face, too. The disapproving social-worker face."),
            ("T", "What do you imagine I'm thinking, behind that face?"),
            ("P", "That I'm a mess. That I'm one of those mums."),
            (
                "T",
                "I can hear how frightening that would be. I'm not thinking that. Would it help if I put the notebook down?",
            ),
            ("P", "(pause) Yeah. Actually, yeah, it would."),
        ],
        "markers": [(1, "C1"), (3, "C1")],
        "stage1": [2],
    },
    # ------------------------------------------------------------------ ordinary hard fragments
    {
        "id": "d1-049",
        "turns": [
            ("T", "You said the anniversary of Tom's death is next week. What's that like for you, as it gets closer?"),
            (
                "P",
                "(crying) Horrible. I keep finding myself in his room. I just sit on the bed. I don't even know what I'm doing in there.",
            ),
            ("T", "You just sit with him, in a way."),
            (
                "P",
                "Yeah. (pause) His hoodie still smells of him. I know I need to wash it at some point but I can't. I can't do it yet.",
            ),
            ("T", "There's no rush for that. It sounds like the hoodie is holding something really precious."),
            ("P", "It is. It's the last bit of him that's still, you know, him. (sniffs) Sorry. Can I grab a tissue?"),
            ("T", "Of course, they're just there."),
            ("P", "Thanks. It helps, actually, saying it out loud. I haven't said any of this to Mark."),
        ],
        "markers": [],
    },
    {
        "id": "d1-050",
        "turns": [
            ("T", "Before we finish, are you still okay for next Tuesday?"),
            ("P", "Yes, Tuesday."),
            ("T", "Same time, four o'clock?"),
            ("P", "Yep. Actually, could we do half four? I've got the dentist at three and it's right across town."),
            ("T", "Half four works. I'll put it in."),
            ("P", "Brilliant, thanks. And then the week after I'm away, remember. Half term."),
            ("T", "Yes, I've got that noted. So we'll pick up again on the twelfth."),
            ("P", "Perfect. See you Tuesday."),
        ],
        "markers": [],
    },
    {
        "id": "d1-051",
        "turns": [
            ("T", "It sounds like you're really frustrated with your manager."),
            (
                "P",
                "Frustrated is one word for it. She moved the deadline up a week, didn't tell anyone, then chewed me out in front of the whole team for being behind. I could've screamed.",
            ),
            ("T", "Humiliated in front of everyone, for something that wasn't your doing."),
            (
                "P",
                "Exactly. And the worst part is I just stood there and said 'sorry, I'll get it done'. I didn't say a word back.",
            ),
            ("T", "What do you wish you'd said?"),
            (
                "P",
                "(laughs) Something unprintable. No, honestly, I wish I'd just said, calmly, 'I wasn't told the deadline had changed.' That's all. Just the facts.",
            ),
            ("T", "That sounds really clear. What would it take to say that next time?"),
            ("P", "Practice, probably. Could we maybe practice it in here? I think that'd actually help."),
        ],
        "markers": [],
    },
    {
        "id": "d1-052",
        "turns": [
            ("T", "What do you think stops you from asking for help at work?"),
            (
                "P",
                "I don't know. (pause) Hmm. I don't know... maybe it's that asking feels like admitting I can't do it. Like if I ask, they'll see I'm not as capable as they thought.",
            ),
            ("T", "So asking carries a risk of being found out."),
            (
                "P",
                "Yeah. And I think that goes way back. At school I'd rather get something wrong than put my hand up. I've been noticing it more since we started talking about it. It's quite interesting, actually.",
            ),
            ("T", "What's it like, noticing it?"),
            (
                "P",
                "A bit uncomfortable, but mostly kind of a relief? Like, oh, that's what I'm doing. I caught myself on Thursday, and I actually did ask Sam for help with the spreadsheet.",
            ),
            ("T", "That's a big step. How did it go?"),
            ("P", "Fine! He was really nice about it. (laughs) Nothing terrible happened at all."),
        ],
        "markers": [],
    },
    {
        "id": "d1-053",
        "turns": [
            ("T", "You seem really bright today."),
            (
                "P",
                "(laughs) I am! We got the keys on Saturday. The flat. Our own flat. I keep walking round it going 'this is ours'.",
            ),
            ("T", "That's wonderful. What's that like, after everything?"),
            (
                "P",
                "Honestly, unreal. After two years of sofa-surfing and my mum's box room... (laughs) I cried in the Ikea car park. Happy crying, though.",
            ),
            ("T", "Happy crying in the Ikea car park."),
            (
                "P",
                "(laughs) Very dignified. But yeah. It feels like proof that I can actually do things. Like the stuff we've been working on isn't just in here.",
            ),
            ("T", "It sounds like you're giving yourself some credit."),
            ("P", "I am, a bit. It feels weird, but good weird."),
        ],
        "markers": [],
    },
    {
        "id": "d1-054",
        "turns": [
            (
                "T",
                "So for this week, how about trying the thought record just for the moments when you notice the panic starting?",
            ),
            (
                "P",
                "Yeah, that makes sense. When I tried to do it for every single thought it got overwhelming, so just the panic moments sounds much more doable.",
            ),
            ("T", "Exactly. Quality over quantity. What might get in the way?"),
            (
                "P",
                "Probably work. If it happens in a meeting I can't exactly get a sheet out. Maybe I could use the notes on my phone and copy it over later?",
            ),
            ("T", "That's a great idea."),
            (
                "P",
                "Okay. Yeah, I'll do that. I actually think it might help. The one I did on Sunday, I could see how I'd jumped straight to the worst case.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d1-055",
        "turns": [
            ("T", "You said you wanted to talk about what happened with Dan at the weekend."),
            (
                "P",
                "Yeah. So, Saturday, we'd planned to go to his parents' for lunch, and in the morning he mentions, really casually, that his ex is going to be there because she's godmother to his niece. And I just froze. I didn't say anything, I went and got dressed, and in the car I was completely silent, and I could feel it building, that thing I told you about, where my chest goes tight and I start rehearsing everything I'm going to say.",
            ),
            ("T", "The rehearsing."),
            (
                "P",
                "Yes. And then at lunch she was actually perfectly nice, which somehow made it worse, and by the time we got home I just exploded at him about something completely different. The bins, of all things. And I could see myself doing it. I could see it was exactly the pattern we talked about, and I still couldn't stop.",
            ),
            (
                "T",
                "So you could see the pattern happening, even in the moment. That's quite different from a few months ago.",
            ),
            (
                "P",
                "I suppose it is. Before, I wouldn't have noticed until days later. (pause) I did apologise on Sunday. And I told him about the chest thing.",
            ),
            ("T", "How did he respond?"),
            ("P", "Better than I expected. He said he wished he'd warned me earlier."),
        ],
        "markers": [],
    },
    {
        "id": "d1-056",
        "turns": [
            ("T", "How did the appointment with the GP go?"),
            (
                "P",
                "Useless. Absolutely useless. Seven minutes, he didn't look up from his screen once, and then he just upped my dose and sent me off. I don't think he even heard what I said about the side effects.",
            ),
            ("T", "It sounds like you felt completely unheard."),
            (
                "P",
                "Totally. It's like shouting into a void. I had a whole list written down and I got through, what, two things?",
            ),
            ("T", "That's really frustrating, especially when it took so much to get the appointment."),
            (
                "P",
                "Three weeks. Three weeks' wait for seven minutes. (sighs) Could we maybe think about how I go back and raise it? I always freeze with doctors.",
            ),
            ("T", "Yes, let's. What's the most important thing you'd want him to hear?"),
            ("P", "That the new tablets make me feel like I'm underwater. That's the main one."),
        ],
        "markers": [],
    },
    {
        "id": "d1-057",
        "turns": [
            ("T", "You mentioned your dad's temper. What was it like, growing up with that?"),
            (
                "P",
                "You sort of learned to read the house. Like, you'd come home from school and you'd know from the way the door was shut whether it was a good day or a bad day. I got really good at it. Too good, probably.",
            ),
            ("T", "Too good?"),
            (
                "P",
                "Yeah. I think I still do it. I walk into the office and I'm scanning everyone. It's exhausting. I only really realised that when we talked about it last month.",
            ),
            ("T", "That sounds like it was a way of keeping yourself safe, back then."),
            (
                "P",
                "(quiet) It was. (pause) It's sad, actually, thinking about that little kid doing it. Eight years old and on guard all the time.",
            ),
            ("T", "What do you feel, thinking about that little kid?"),
            (
                "P",
                "Sort of protective. Like I want to tell her she didn't have to be so careful. That it wasn't her job.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d1-058",
        "turns": [
            ("T", "We've got three sessions left. I wanted to check in about how you're feeling about finishing."),
            (
                "P",
                "Mixed, honestly. Mostly ready, I think. A bit nervous about not having this to come back to every week.",
            ),
            ("T", "That makes sense. Both things can be true."),
            (
                "P",
                "Yeah. I was thinking, could we space the last two out a bit? Like, every other week? So it's less of a cliff edge.",
            ),
            ("T", "I think that's a really good idea. Let's do that."),
            (
                "P",
                "Great. And I've been thinking about what I'll do when things get hard. I've written a little list. Can I show you?",
            ),
            ("T", "I'd love to see it."),
            ("P", "(laughs) It's a bit messy. But number one is 'call Sarah, don't just go quiet'."),
        ],
        "markers": [],
    },
    {
        "id": "d1-059",
        "turns": [
            ("T", "Are you still taking the sertraline?"),
            ("P", "Yes."),
            ("T", "Same dose, fifty?"),
            ("P", "No, it went up to a hundred last month."),
            ("T", "Okay. And has your sleep changed at all since then?"),
            (
                "P",
                "A bit better, actually. I'm getting maybe six hours instead of four. Still waking up early, but I can usually get back to sleep now, which is new.",
            ),
            ("T", "That's good to hear. Any side effects?"),
            ("P", "Bit of nausea the first week. Gone now."),
        ],
        "markers": [],
    },
    {
        "id": "d1-060",
        "turns": [
            (
                "T",
                "I wonder if part of why the promotion scares you is that you'd be your father's boss, in a way, the senior one in the family.",
            ),
            (
                "P",
                "Hmm. (pause) I'm not sure that's quite it, but it's close to something. It's less about Dad and more that I'd be the one everyone looks to. That's what makes my stomach drop.",
            ),
            ("T", "So not quite my version. More about being the one people depend on."),
            (
                "P",
                "Yes. That's it. And actually, thinking about it, that is what happened when Dad got ill. I was eighteen and suddenly I was the one doing the forms, the phone calls, everything.",
            ),
            ("T", "What's it like, making that link now?"),
            (
                "P",
                "Strange. A bit sad. But it makes sense of something. I'd always thought I was just lazy about ambition, and maybe it's not that at all.",
            ),
            ("T", "Maybe it's more that responsibility came too early, and too heavy."),
            ("P", "Yeah. I'd like to think about that more. Can we come back to it next week?"),
        ],
        "markers": [],
    },
]
