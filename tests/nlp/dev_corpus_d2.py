"""Development corpus D2 for the rule-based rupture-marker suggester: 36 ordinary but hard fragments
(d2-001..d2-036) drawn from long stretches of everyday MI, CBT and person-centred work on drinking, smoking,
weight, exercise, medication, work stress, family conflict and grief, where clients complain about other
people and services, laugh, give short answers to closed questions and self-reflect; and 30 rupture fragments
(d2-101..d2-130) whose ruptures are subtle and indirect (polite complaints, challenging questions, sarcasm,
ironic agreement, hopelessness as a joke, silent topic shifts, intellectualising, over-polite deference,
pressure dressed as a request), covering every 3RS subtype W1-W7 and C1-C7 at least twice. All text is
fictional and was written by a helper working only from the coding-scheme guide, independently of the
suggester's rules, patterns and evaluation set, on 2026-11-22.
"""

from __future__ import annotations

FRAGMENTS: list[dict] = [
    # ------------------------------------------------------------------
    # Ordinary hard fragments (no rupture)
    # ------------------------------------------------------------------
    {
        "id": "d2-001",
        "turns": [
            (
                "T",
                "So last time you said you'd been thinking about the drinking on weeknights. Where are you with that this week?",
            ),
            (
                "P",
                "Um, honestly? Better than I expected. I had, what, two nights off? Monday and Wednesday. Wednesday was hard though, because Gav came round with a four-pack and I just sort of... had a tea instead. He looked at me like I'd grown a second head (laughs).",
            ),
            (
                "T",
                "(laughs) Two nights off, and one of them with a four-pack right there on the table. What was that like for you, saying no to it?",
            ),
            (
                "P",
                "Weird. Kind of proud? But also a bit like I was missing out on something. Like the fun bit of the evening was happening without me.",
            ),
            ("T", "So part of you felt proud, and part of you felt a bit left out of the fun."),
            (
                "P",
                "Yeah. Yeah, that's it exactly. And I think the left-out bit is the one that usually wins, if I'm honest.",
            ),
            ("T", "What do you make of the fact that this time it didn't?"),
            (
                "P",
                "I dunno. Maybe 'cause I'd told you I'd try? No, that's not quite it. I think I actually wanted to see if I could. I wanted to wake up on Thursday without that fog.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-002",
        "turns": [
            ("T", "Before we get going, can I check a couple of things for the form? You're still on the patches?"),
            ("P", "Yes. The twenty-one."),
            ("T", "And the quit date we set, that was the fourteenth?"),
            ("P", "Fourteenth, yeah. A Saturday."),
            ("T", "Great. And any cigarettes since then, even a couple of puffs?"),
            ("P", "One. At my sister's, on Sunday. I'm not proud of it."),
            ("T", "Thanks for being straight with me about that. Can you tell me a bit about how that one happened?"),
            (
                "P",
                "Well, she smokes, her husband smokes, the whole garden was basically a cloud. And we were arguing about Mum's care home again, and she just held the packet out and I took one without thinking. I put it out halfway, for what it's worth. It tasted horrible, actually, which was sort of reassuring.",
            ),
            (
                "T",
                "So it was in the middle of a row about your mum, and it was almost automatic. And then it tasted horrible.",
            ),
            ("P", "Right. Which I'm taking as a good sign. The patches are obviously doing something."),
        ],
        "markers": [],
    },
    {
        "id": "d2-003",
        "turns": [
            ("T", "You mentioned on the phone you'd seen the GP about your weight. How did that go?"),
            (
                "P",
                "Oh, don't get me started. Ten minutes, and he didn't look up from the screen once. Just 'your BMI is this, have you tried eating less and moving more?' Like I hadn't thought of that. Like I'd been sitting at home going, gosh, if only someone had told me.",
            ),
            ("T", "It sounds like you came out of there feeling pretty dismissed."),
            (
                "P",
                "Dismissed, yeah. And a bit humiliated, honestly. There was a student in the room as well, this young lad, and I just wanted the floor to swallow me up.",
            ),
            (
                "T",
                "That sounds really exposing, with someone else there watching. What was going through your mind while it was happening?",
            ),
            (
                "P",
                "That I'm a problem to be managed. Not a person, a number on a chart. And then I went straight to the Greggs on the corner, which, you know (laughs). I could see myself doing it, even at the time.",
            ),
            ("T", "So you walked out feeling like a number, and went and got something to comfort yourself."),
            ("P", "Pretty much. I can see the pattern, I'm not daft. It's the same thing I do after my mother phones."),
        ],
        "markers": [],
    },
    {
        "id": "d2-004",
        "turns": [
            ("T", "You look like you've got something to tell me."),
            (
                "P",
                "(laughs) Is it that obvious? I did the parkrun. The whole thing. Five K. I was second to last, there was a man with a pram who beat me, but I finished it.",
            ),
            ("T", "You finished it! How did that feel, crossing the line?"),
            (
                "P",
                "Honestly, I nearly cried. My daughter was there with a sign, she'd written 'GO MUM' in glitter, and half of it had fallen off so it said 'GO MU'. (laughs) I've got a photo, hang on.",
            ),
            ("T", "(laughs) Go Mu. I love that. What does it mean to you, having her there?"),
            (
                "P",
                "It means a lot. A year ago I couldn't get up the stairs without stopping, and she used to have to wait for me at the top. So her waiting at the finish was, yeah. A different kind of waiting.",
            ),
            ("T", "A different kind of waiting. That's quite something to notice."),
            ("P", "It is, isn't it. I'm going to do it again next Saturday. Maybe beat the pram this time."),
        ],
        "markers": [],
    },
    {
        "id": "d2-005",
        "turns": [
            ("T", "How have things been with the new medication?"),
            (
                "P",
                "The tablets themselves are okay, I think. A bit of a dry mouth. It's the pharmacy that's driving me up the wall. Three times now they've told me it's not in, come back tomorrow, and then tomorrow it's 'oh, the prescription hasn't come through from the surgery.' And the surgery says it has. So I'm stuck in the middle.",
            ),
            ("T", "That sounds exhausting, going back and forth between them."),
            (
                "P",
                "It is. And the thing is, when I miss a couple of days I really feel it. I get those little zaps in my head, like static.",
            ),
            (
                "T",
                "Ah, the zaps. Some people do get those when doses are missed. Have you been able to mention that to the prescriber?",
            ),
            ("P", "Not yet. I've got a review on the twelfth."),
            (
                "T",
                "Okay. Would it be useful if we wrote down what you want to say to them, so it's all in one place when you go in?",
            ),
            ("P", "Yeah, actually, that would help. I always forget half of it once I'm sat there."),
        ],
        "markers": [],
    },
    {
        "id": "d2-006",
        "turns": [
            ("T", "Last week you were bracing yourself for the restructure meeting. What happened?"),
            (
                "P",
                "So they announced it, and guess who's been 'realigned'. Me. Same job, less money, new title. 'Customer Success Partner.' I ask you. And my manager, Kieran, sat there nodding like he hadn't known for weeks.",
            ),
            ("T", "It sounds like you're really angry with Kieran, and maybe a bit betrayed."),
            (
                "P",
                "Betrayed, yeah, that's the word. We had a one-to-one the Friday before and he asked me how my holiday was. How my holiday was! He knew.",
            ),
            ("T", "He knew, and he talked to you about your holiday."),
            ("P", "Exactly. I'd rather he'd just told me. I can take bad news. What I can't take is being handled."),
            ("T", "Being handled is the bit that stings most."),
            (
                "P",
                "Yeah. Mm. Which, thinking about it, is probably why I went so mad at my brother at Christmas. Same sort of thing. Everyone knowing something before me.",
            ),
            ("T", "That's an interesting link. Can you say more about Christmas?"),
            (
                "P",
                "So Dad had told everyone he was selling the house, everyone except me, and I found out from my nephew. He's nine. He thought I knew.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-007",
        "turns": [
            ("T", "You mentioned it would have been your dad's birthday on Sunday."),
            (
                "P",
                "Yeah. Seventy-three. (pause) I went to the allotment. He'd have hated what I've done with it, to be fair. Weeds everywhere.",
            ),
            ("T", "What was it like, being there on his birthday?"),
            (
                "P",
                "(crying) Sorry. It was... quiet. That's the worst bit, I think. He never shut up when he was there, he'd be telling you how to hold the spade. And now it's just quiet.",
            ),
            ("T", "Take your time. There's no rush."),
            (
                "P",
                "(sniffs) I sat on his bench for ages. I told him about the new job. Is that mad? Talking to a bench.",
            ),
            ("T", "It doesn't sound mad to me. It sounds like you wanted him to know."),
            ("P", "I did. I wanted him to know I'm okay. Or that I'm getting there, anyway."),
        ],
        "markers": [],
    },
    {
        "id": "d2-008",
        "turns": [
            (
                "T",
                "When you noticed your chest tightening in the queue, what was the thought that went through your mind?",
            ),
            (
                "P",
                "I don't know. (pause) Hang on, let me think. It was... something like, everyone can see I'm panicking. Yeah. That they were all looking at me and thinking, what's wrong with her.",
            ),
            (
                "T",
                "'Everyone can see I'm panicking.' How much did you believe that in the moment, nought to a hundred?",
            ),
            ("P", "Ninety? Ninety-five. In the moment it felt like a fact."),
            ("T", "And now, sitting here?"),
            (
                "P",
                "Maybe forty. Because actually, thinking about it, the woman in front was on her phone the whole time and the lad behind me had his earphones in. So who was looking, really?",
            ),
            ("T", "That's a really useful observation. What does it tell you?"),
            (
                "P",
                "That I'm doing a sort of spotlight thing? Like I think I'm on stage and actually nobody's bought a ticket (laughs).",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-009",
        "turns": [
            ("T", "Where would you like to start today?"),
            (
                "P",
                "Can I tell you about the wedding? Because it's all I've thought about. So my cousin Ruth got married on Saturday, and we all knew there'd be trouble because Mum and Auntie Pat haven't spoken since the funeral. They put them at opposite ends of the marquee, and it was fine through the speeches, and then the DJ played 'Dancing Queen', which was Nan's song, and they both got up at the same time and ended up on the dance floor together.",
            ),
            ("T", "Oh gosh. And what happened?"),
            (
                "P",
                "They hugged. (laughs) They just stood there and hugged and both of them were crying and everybody was pretending not to watch. And I was stood by the buffet with a sausage roll in my hand, bawling my eyes out.",
            ),
            ("T", "You were really moved by it."),
            (
                "P",
                "I was. I didn't expect to be. I've spent two years being the go-between, and I think part of me was relieved. Like I could put something down.",
            ),
            ("T", "Like something you've been carrying for two years got a bit lighter."),
            ("P", "Yeah. Although I'm a bit scared it won't last, to be honest. They're both stubborn as mules."),
            ("T", "Relieved, and also scared that it won't last."),
            ("P", "Both. Yeah. That's about right."),
        ],
        "markers": [],
    },
    {
        "id": "d2-010",
        "turns": [
            (
                "T",
                "Before we finish, I need to let you know I'm away the week after next. So we'd either skip that week, or I could offer you the Thursday before instead.",
            ),
            ("P", "Thursday's fine. Is that the usual time?"),
            ("T", "It'd be a bit later, half five. Does that work?"),
            ("P", "Half five, yeah, that works. I'll just leave work a bit early, they're pretty good about it."),
            ("T", "Great. I'll send you a confirmation text."),
            ("P", "Lovely. And thanks for telling me in advance, it helps to be able to plan round it."),
            ("T", "Of course. Is there anything you want to take away from today before we stop?"),
            (
                "P",
                "Just the thing about writing the worry down and then leaving it till the worry slot. I'm going to try that on the train home.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-011",
        "turns": [
            ("T", "On a scale of nought to ten, how important is it to you to cut down right now?"),
            ("P", "Six, maybe. Six and a half."),
            ("T", "Six and a half. Why not a three?"),
            (
                "P",
                "Because of the mornings, mainly. And because Lorraine's on at me. Although, to be fair, she likes a drink herself, she's got no room to talk. She'll have half a bottle of wine and then lecture me about my four cans.",
            ),
            ("T", "So it feels a bit unfair, getting a lecture from her when she drinks too."),
            (
                "P",
                "It does. Bit rich. But, you know, the mornings are mine. She doesn't make my head feel like that, I do.",
            ),
            ("T", "So even setting Lorraine aside, the mornings are a reason that's yours."),
            (
                "P",
                "Yeah. That's fair. That's fair, actually. I don't want to be doing it for her, I want it to be for me.",
            ),
            ("T", "What would need to happen for that six and a half to become a seven or an eight?"),
            (
                "P",
                "Dunno. Maybe if I had a few good mornings in a row, I'd start to believe it's worth it. Like proof.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-012",
        "turns": [
            ("T", "Shall we look at the activity diary you did?"),
            ("P", "Yeah, here. I filled in most days. I missed Friday, I was at my mum's."),
            ("T", "That's more than most days, that's nearly all of them. What stands out to you when you look at it?"),
            (
                "P",
                "The mornings are rubbish, across the board. Mood's like a two or a three until about eleven. But when I went swimming on Tuesday it jumped to a six. I didn't expect that.",
            ),
            ("T", "That's a big jump. What do you make of it?"),
            (
                "P",
                "That maybe I should stop waiting to feel like doing things before I do them? Which is what you said, I know, I'm just seeing it on paper now.",
            ),
            ("T", "It's different when it's your own data, isn't it."),
            ("P", "It really is. It's harder to argue with my own handwriting (laughs)."),
        ],
        "markers": [],
    },
    {
        "id": "d2-013",
        "turns": [
            ("T", "How's the cutting down going?"),
            (
                "P",
                "It'd be going better if Dean would stop leaving his fags on the kitchen table. I've asked him, what, four times? He says he forgets. He doesn't forget the remote, does he.",
            ),
            ("T", "You sound really fed up with him."),
            (
                "P",
                "I am fed up. It's like he doesn't want me to manage it. Because if I quit, he'll have to look at his own habit.",
            ),
            ("T", "So part of you wonders whether he feels a bit threatened by you stopping."),
            ("P", "Maybe. Or maybe he's just lazy (laughs). Probably both, knowing him."),
            ("T", "What would help you most at home right now?"),
            (
                "P",
                "Honestly, a tin. A tin with a lid that he keeps them in, out on the patio. I'm going to buy him one and present it to him. Very ceremonial.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-014",
        "turns": [
            ("T", "Are you still taking the sertraline?"),
            ("P", "Yes. Every morning."),
            ("T", "Same dose, fifty?"),
            ("P", "Fifty, yes."),
            ("T", "And sleep, how's that been since the funeral?"),
            (
                "P",
                "Patchy. I'm getting off okay but I wake at four and that's it. I lie there thinking about the hospital, the last night, whether I should have pushed them for the scan sooner.",
            ),
            ("T", "That four a.m. waking sounds really hard, especially with those thoughts coming in."),
            (
                "P",
                "It is. That's the loneliest time of day, four o'clock. Everyone else is asleep and it's just you and the what-ifs.",
            ),
            ("T", "Just you and the what-ifs. Could we take a bit of time with those today?"),
            ("P", "Yes. I think I need to. I've not said them out loud to anyone yet."),
        ],
        "markers": [],
    },
    {
        "id": "d2-015",
        "turns": [
            ("T", "You said occupational health had been in touch?"),
            (
                "P",
                "Yes, finally. After six weeks. And the assessment was done by phone, by someone I'm fairly sure was reading from a script. 'On a scale of one to five, how would you rate your ability to concentrate.' I said, well, it varies by the hour, and she just said, 'I'll put three.'",
            ),
            ("T", "(laughs) 'I'll put three.'"),
            (
                "P",
                "(laughs) I know. There's something almost admirable about it. But the upshot is they're recommending a phased return, which is actually what I wanted, so I suppose the script worked in my favour.",
            ),
            (
                "T",
                "So a frustrating process, but you got the outcome you were hoping for. How are you feeling about going back?",
            ),
            (
                "P",
                "Apprehensive. Mostly about the first team meeting. Everybody knows I've been off, nobody knows why, and I'm dreading the head tilt. You know, the sympathetic head tilt.",
            ),
            ("T", "The head tilt. What do you imagine would happen if you got it?"),
            (
                "P",
                "I'd probably make a joke and then go and cry in the loos. Which, okay, isn't the end of the world. I've got through worse this year.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-016",
        "turns": [
            ("T", "You went quiet when you mentioned the photo."),
            (
                "P",
                "Yeah. (pause) It was from my niece's christening. I didn't recognise myself at first. I thought, who's that woman next to Claire? And it was me.",
            ),
            ("T", "That must have been a real jolt."),
            (
                "P",
                "It was. And the thing is, I wasn't even upset about the weight as such. It was my face. I looked so tired. I looked like my mother did, towards the end.",
            ),
            ("T", "Like your mother, towards the end."),
            (
                "P",
                "Mm. She sort of gave up on herself after Dad left. And I've always said I'd never do that. And there I was in the photo looking exactly like her.",
            ),
            ("T", "What's it like to say that out loud here?"),
            (
                "P",
                "Scary. But also, I don't know, a bit clearer. Like, it's not about a dress size, it's about not disappearing. That's what I actually care about.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-017",
        "turns": [
            ("T", "So how'd the gym thing go this week?"),
            (
                "P",
                "Okay, so, full disclosure, I went twice. Which is two more than last week. The first time I kind of wandered around for twenty minutes trying to figure out the rowing machine. There's this guy there, like, huge guy, who ended up showing me. Super nice. His name's Tony, of course it's Tony.",
            ),
            ("T", "(laughs) Of course it's Tony. Twice is a real change from zero. What got you through the door?"),
            (
                "P",
                "Honestly? I put my gym bag in the car the night before so I couldn't talk myself out of it. Like, future me was trapped.",
            ),
            ("T", "So you outmanoeuvred yourself, in a good way."),
            ("P", "Yeah! Outsmarted myself. Which, hey, sometimes you gotta."),
            ("T", "What would it take to make it three times next week?"),
            (
                "P",
                "Maybe if I go Saturday mornings too. My wife said she'd come with me, which could be cute or could be a total disaster, we'll see.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-018",
        "turns": [
            ("T", "How did the meeting at the school go?"),
            (
                "P",
                "Awful. The head of year basically told me Jayden's attitude is the problem, not the bullying. I'm sitting there thinking, he's twelve, he's being called names every day, what attitude do you expect?",
            ),
            ("T", "It sounds like you felt you had to fight his corner and nobody was listening."),
            (
                "P",
                "Yes! Exactly that. I felt like I was on my own against the whole school. And then I got home and he slammed his door and wouldn't talk to me either. So I'm getting it from both sides.",
            ),
            ("T", "Fighting for him at school, and then shut out when you get home. That's a lot."),
            ("P", "It is a lot. I sat in the car for ten minutes before I went in. Just sat there."),
            ("T", "What was happening for you, sitting in the car?"),
            (
                "P",
                "I think I was working up the energy. Like, right, you're his mum, go in. I wasn't crying or anything, I just needed a minute. I think that's allowed.",
            ),
            ("T", "It's more than allowed."),
            ("P", "Thanks. I think I needed someone to say that."),
        ],
        "markers": [],
    },
    {
        "id": "d2-019",
        "turns": [
            ("T", "Tell me about him. What was he like?"),
            (
                "P",
                "(laughs) Oh, he was terrible. Lovely, but terrible. He once reversed the caravan into the vicar's car. At our own wedding. And then insisted it was the vicar's fault for parking there.",
            ),
            ("T", "(laughs) At your own wedding."),
            (
                "P",
                "At our own wedding. Forty-one years ago. (pause) I do miss him. It's funny, I can laugh about it and then the next second it's like a hole in my chest.",
            ),
            ("T", "Both at once. The laughing and the hole."),
            (
                "P",
                "Both at once. My daughter says I should stop telling the caravan story because it always makes me cry, but it's the best story I've got. I'm not giving it up.",
            ),
            ("T", "It sounds like it matters to you to keep telling it."),
            ("P", "It does. That's him, that story. If I stop telling it, he's a bit more gone."),
        ],
        "markers": [],
    },
    {
        "id": "d2-020",
        "turns": [
            ("T", "When your manager asked for the report a day early, what did you do?"),
            ("P", "Stayed till nine. Obviously. (sighs) I know. I know what you're going to ask."),
            ("T", "(smiles) What am I going to ask?"),
            (
                "P",
                "Whether I could have said no. And the honest answer is, I could have, but I didn't even consider it. It didn't even show up as an option.",
            ),
            ("T", "That's a really honest bit of noticing. What do you think stopped it showing up?"),
            (
                "P",
                "The old rule. If I'm not useful, I'm not wanted. We did that one a few weeks ago, the rules thing. It's still running the show, clearly.",
            ),
            ("T", "It's still there, and you spotted it. That's different from a few months ago."),
            (
                "P",
                "True. A few months ago I'd have just thought that's what work is. Now at least I can see the wiring.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-021",
        "turns": [
            ("T", "You were going to try the meeting on Thursday. Did you get there?"),
            (
                "P",
                "I did. And, um, I'm not sure it's for me. Everyone was lovely, don't get me wrong. But there was a lot of God talk, and one bloke spoke for forty minutes about his divorce. I kept looking at the clock.",
            ),
            ("T", "So the people were kind, but the format didn't quite fit you."),
            (
                "P",
                "Yeah, that's fair. I liked the tea and biscuits bit at the end, where people just chatted. That was actually helpful. A woman called Bev gave me her number.",
            ),
            ("T", "What was it about that part that helped?"),
            (
                "P",
                "Just, normal people. Not preaching. She said she'd been where I am, and she didn't make a big speech about it. She just said it gets easier around month three.",
            ),
            ("T", "Month three. Does that give you anything?"),
            (
                "P",
                "It gives me a target, I suppose. I'm at week five. So seven more weeks of feeling rubbish, and then maybe it eases off. I can do seven weeks.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-022",
        "turns": [
            ("T", "You said your dad didn't recognise you on Sunday. What's that like for you?"),
            (
                "P",
                "Horrible. He called me Margaret. That's his sister. She's been dead twenty years. And I just went along with it, because correcting him makes him agitated.",
            ),
            ("T", "So you became Margaret for the afternoon."),
            (
                "P",
                "(small laugh) I did. I even talked about their old dog, Skip, because I know all the stories. He lit up. He was happier than he's been in weeks. And I drove home feeling like a fraud and also like I'd done the kindest thing I could.",
            ),
            ("T", "Both of those things at once."),
            ("P", "Both. Which I think is just what this is now, isn't it. It's never going to be just one feeling."),
            ("T", "That sounds like a hard thing to accept."),
            (
                "P",
                "It is. But I'd rather accept it than keep expecting him to come back. I did that for a year and it wore me right down.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-023",
        "turns": [
            ("T", "I'm just going to run through a few questions from the assessment, is that okay?"),
            ("P", "Sure, go ahead."),
            ("T", "Are you currently on any prescribed medication?"),
            ("P", "Just the propranolol. For my heart rate, when I'm anxious."),
            ("T", "How often do you take that?"),
            ("P", "Maybe twice a week? Before presentations, mostly."),
            ("T", "And any alcohol?"),
            ("P", "A glass of wine at the weekend. Two if it's a birthday."),
            ("T", "Okay. And have you had any talking therapy before?"),
            ("P", "Once, at uni. Six sessions of counselling. It was alright, actually, it got me through my finals."),
            ("T", "What do you remember being helpful about it?"),
            (
                "P",
                "She let me talk. I'd never really done that. This time I'm hoping for some practical tools as well, which is partly why I asked for CBT.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-024",
        "turns": [
            ("T", "It sounds like every time your sister phones, you end up being the one who apologises."),
            (
                "P",
                "You're right, actually. I hadn't clocked that. Even when she's the one who's cancelled on Mum, somehow by the end of the call I'm saying sorry. How does she do that?",
            ),
            ("T", "How do you think she does it?"),
            (
                "P",
                "She goes quiet. That's her trick. She goes really quiet and I can't bear the silence, so I fill it, and what I fill it with is sorry. It's been like that since we were kids.",
            ),
            ("T", "So the silence is hard for you to sit in."),
            (
                "P",
                "Unbearable. I'd rather take the blame than sit in it. (pause) God, that's a bit tragic when you say it out loud (laughs).",
            ),
            ("T", "You laughed there. What's happening as you hear yourself say it?"),
            (
                "P",
                "Bit of embarrassment. But also, I don't know, relief? Like I've caught her at it. Caught myself at it. Next time she goes quiet, I'm going to let her.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-025",
        "turns": [
            ("T", "You said you had a couple of slip-ups this week. Can we look at them together?"),
            (
                "P",
                "Yeah. Both were at work, on the late shift, both after a row with a customer. Which is interesting, because I always thought it was boredom that got me, but it's not, is it. It's when I'm wound up.",
            ),
            ("T", "That's a useful thing to have spotted. What else do you notice?"),
            (
                "P",
                "That I went straight to Kev, because Kev always has some. I didn't even go to the shop. I went to a person.",
            ),
            ("T", "So part of it is about a person, not just the cigarette."),
            (
                "P",
                "Yeah. Having a moan with Kev out the back. That's the bit I actually miss. The cigarette's just the ticket to get in.",
            ),
            ("T", "The ticket to get in. What would it be like to go out the back with Kev without one?"),
            (
                "P",
                "Bit awkward at first. But he'd be fine. He's said himself he wants to pack it in. Maybe I could take a coffee out instead.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-026",
        "turns": [
            ("T", "How did you get on at the diabetes clinic?"),
            (
                "P",
                "Well, the nurse was fine. The dietitian was something else. She gave me a sheet with a picture of a plate on it and said 'half vegetables, quarter protein, quarter carbs'. And that was it. I'm sixty-four, I've cooked for a family for forty years, and she's showing me a cartoon plate.",
            ),
            ("T", "It sounds like you felt talked down to."),
            (
                "P",
                "Talked down to, yes. Although (laughs) I went home and looked at my actual plate and it was about three-quarters potato. So maybe the cartoon had a point.",
            ),
            ("T", "(laughs) So you were annoyed with her, and you also checked."),
            (
                "P",
                "I did check. I'm stubborn, not stupid. My husband said 'are you going to make me eat broccoli now?' and I said yes, Malcolm, you're eating broccoli.",
            ),
            ("T", "How are you feeling about making those changes, now you've had a bit of time with it?"),
            (
                "P",
                "Nervous, but alright. I'd rather do it with food than end up on injections. My brother's on insulin and I've seen what a palaver it is.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-027",
        "turns": [
            ("T", "What do you feel when you go into her room now?"),
            (
                "P",
                "I don't know. (long pause) I think... it's not one thing. Sometimes I go in to hoover and it's fine, it's just a room. And other times I open the door and her smell's still on the duvet and I have to sit down on the floor.",
            ),
            ("T", "Sometimes it's just a room, and sometimes it floors you. Literally."),
            (
                "P",
                "Yeah. (pause) My husband wants to turn it into a study. I understand why. But I'm not ready. I don't know if I'll ever be ready, and I don't know if that's normal.",
            ),
            ("T", "It sounds like you're carrying a question about what's normal, on top of the grief."),
            (
                "P",
                "I am. Everyone seems to have a timetable for me. Six months, a year. My mother-in-law said 'you've got to move on, love.' I wanted to throw the teapot at her.",
            ),
            ("T", "(smiles) The teapot. That sounds like real anger."),
            (
                "P",
                "(laughs) It was. I didn't throw it. But I wanted to. It's my daughter's room, not a stage of grief.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-028",
        "turns": [
            (
                "T",
                "So the experiment was to send the email to the director without rereading it more than twice. How did that go?",
            ),
            (
                "P",
                "I managed three rereads, which I'm counting as a partial success. And then I sat there waiting for the sky to fall in. My prediction was eighty percent she'd reply with something critical.",
            ),
            ("T", "And what actually happened?"),
            (
                "P",
                "She replied 'Thanks, looks good' within ten minutes. Three words. I'll be honest, I reread those three words about six times looking for the sarcasm (laughs).",
            ),
            ("T", "(laughs) Did you find any?"),
            (
                "P",
                "No. Not unless 'looks good' is some sort of code, which, rationally, it isn't. I think the interesting thing is how much energy went into the waiting. The email took twenty minutes to write and I spent an hour and a half recovering from sending it.",
            ),
            ("T", "That's a really sharp observation. What do you want to do with it?"),
            (
                "P",
                "Maybe next time the experiment is about the waiting bit. Send it and then go and do something physical straight away, so I'm not sitting there refreshing my inbox.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-029",
        "turns": [
            ("T", "It sounds like you're mostly angry with Sam for not backing you up in front of his parents."),
            (
                "P",
                "Angry's not quite it, actually. It's more... disappointed. Angry I could deal with. Disappointed sits in your stomach for days.",
            ),
            ("T", "Disappointed. Thank you, that's a different thing. What's the disappointment about?"),
            (
                "P",
                "That I thought we were a team. We'd talked about it in the car on the way there, how we'd handle it if his mum started on about the wedding again. And then she started on, and he just went to get more crisps.",
            ),
            ("T", "He went to get crisps."),
            (
                "P",
                "He went to get crisps! (laughs) I mean, it's almost funny now. But at the time I felt completely on my own.",
            ),
            ("T", "What happened when you got home?"),
            (
                "P",
                "We had it out. He said he panicked, which I believe, to be fair. He's scared of her. Everyone is. But I need him to be less scared of her than he is of me being upset, if that makes sense.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-030",
        "turns": [
            (
                "T",
                "You've been thinking about coming off the lithium. Can you tell me more about where that's coming from?",
            ),
            (
                "P",
                "It's the tremor, mostly. I'm a violinist. Was a violinist. I can't hold a bow steady. And Dr Okafor keeps saying the benefits outweigh the side effects, which is easy to say when it's not your hands.",
            ),
            (
                "T",
                "So there's a real loss in this for you, and it doesn't feel like that loss is being weighed properly.",
            ),
            (
                "P",
                "No. It feels like the only thing that counts is whether I'm manic or not. Not whether I've got a life worth staying stable for.",
            ),
            ("T", "A life worth staying stable for. That's a powerful way of putting it."),
            (
                "P",
                "Well, it's true. I'm not going to just stop, I remember what happened in 2019. But I want a proper conversation about the options. Maybe a lower dose, maybe something else.",
            ),
            ("T", "Would it help to think through what you'd want to say at your next appointment?"),
            (
                "P",
                "Yes. Because when I'm in there I go all polite and agree to everything, and then I'm furious on the bus home.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-031",
        "turns": [
            ("T", "Did you manage to keep the drinking diary?"),
            ("P", "Yes."),
            ("T", "Every day?"),
            ("P", "Every day except Saturday."),
            ("T", "What happened on Saturday?"),
            (
                "P",
                "Stag do. My mate Connor's. I'd decided beforehand I wasn't going to write it down because I knew it'd be grim. But I can tell you roughly. Lager, then shots around ten, and the last thing I properly remember is a kebab shop in Nottingham. Woke up on Connor's brother's sofa with one shoe.",
            ),
            ("T", "One shoe. How are you feeling about Saturday now, looking back?"),
            (
                "P",
                "Mixed. Part of me's like, it was a stag, everyone gets wrecked on a stag. And part of me's a bit scared, because the blackout bit's happening more. That's the third time this year.",
            ),
            ("T", "It sounds like the blackouts are the part that's really worrying you."),
            (
                "P",
                "Yeah. Not the hangover, I can do hangovers. It's not knowing what I did. Connor says I was fine, but how would I know?",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-032",
        "turns": [
            ("T", "How have you been since we last met?"),
            (
                "P",
                "Actually, really good. I got the flat! The one with the green door. I signed on Friday. (laughs) I keep walking past it even though I don't move in till March.",
            ),
            ("T", "(smiles) You got the flat with the green door! You sound thrilled."),
            ("P", "I am. It's the first place that's going to be just mine. No flatmates, no Mum checking my post."),
            ("T", "Just yours. What does that mean to you?"),
            (
                "P",
                "Freedom, I suppose. And a bit of fear. Mum's already asking if she can have a key 'for emergencies'. I said I'd think about it, which is progress, because normally I'd have just handed one over.",
            ),
            ("T", "You gave yourself room to think about it, rather than just saying yes."),
            (
                "P",
                "Yeah. It's tiny, but it felt massive. I walked away from that conversation shaking a bit, in a good way.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-033",
        "turns": [
            ("T", "You mentioned you'd called the drug and alcohol service about Liam. What did they say?"),
            (
                "P",
                "That they can't talk to me because he's over eighteen. Which, fine, I understand confidentiality, but I'm the one he rings at three in the morning. I'm the one who finds him. And they won't even tell me what signs to look out for.",
            ),
            ("T", "It sounds like you feel shut out of something you're very much in the middle of."),
            (
                "P",
                "Shut out is exactly it. The woman was nice enough. She gave me a number for a carers' group. But what I wanted was someone to explain what to do if he stops breathing again.",
            ),
            ("T", "That's a terrifying thing to be carrying."),
            ("P", "(pause) It is. I don't sleep properly. I keep my phone on the pillow."),
            (
                "T",
                "Would it be useful for us to look into what's available for families, naloxone training and so on? Some services offer that to parents.",
            ),
            ("P", "Yes. God, yes. I didn't know that was a thing. I'd do anything."),
        ],
        "markers": [],
    },
    {
        "id": "d2-034",
        "turns": [
            ("T", "How's it been with the personal trainer?"),
            (
                "P",
                "I've cancelled twice. He's very... shouty. He does this thing where he counts down from ten really loudly and the whole gym turns round. I feel like I'm in an advert for protein shakes.",
            ),
            (
                "T",
                "(laughs) So on the one hand you want the support of a trainer, and on the other this particular one makes you want to hide.",
            ),
            ("P", "Pretty much, yeah. I do want someone to keep me accountable. Just not someone who yells."),
            ("T", "What kind of support would actually suit you?"),
            (
                "P",
                "Somebody calm, I think. Or maybe a class, where I'm one of twenty and nobody's watching me in particular. My colleague does aqua aerobics on Tuesdays, she keeps asking me.",
            ),
            ("T", "What's stopping you saying yes to her?"),
            (
                "P",
                "The swimsuit. (laughs) Honestly, that's it. That's the whole reason. Which, when I say it out loud, sounds a bit silly next to what my knees are telling me.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-035",
        "turns": [
            ("T", "You said it's been a hard week on the ward."),
            (
                "P",
                "We lost two patients on Tuesday. One of them was only forty. And then we had to get straight on with the drug round because there was nobody else to do it. No debrief, nothing. The band seven said 'well done, team' at handover and that was it.",
            ),
            ("T", "Two deaths and then straight back into the drug round. What's that been like for you?"),
            (
                "P",
                "Numb, at first. And then on Thursday I was in Tesco and I saw the same orange juice his wife used to bring in, and I just lost it in the aisle. (cries) Sorry.",
            ),
            ("T", "No need to apologise. It sounds like it caught up with you when you weren't expecting it."),
            (
                "P",
                "(sniffs) It did. I'm angry at the trust, honestly. We're not machines. They've cut the staff psychology support, did you know that? There used to be a drop-in.",
            ),
            ("T", "So alongside the grief, there's anger that there's no room for it at work."),
            (
                "P",
                "Yes. Which is why I'm glad I've got this, to be honest. It's the only place I get to say any of it.",
            ),
        ],
        "markers": [],
    },
    {
        "id": "d2-036",
        "turns": [
            ("T", "We've got about five minutes left. How would you like to use next session?"),
            (
                "P",
                "I'm not sure. (pause) Actually, I think I'd like to do more on the night-time worrying. The daytime stuff is getting better, but nights are still rough.",
            ),
            ("T", "That makes sense. Shall we make that the main item on the agenda?"),
            ("P", "Yeah, let's. And maybe the thing with my brother if there's time, but nights first."),
            ("T", "Nights first, your brother if there's time. Does the same time next week work for you?"),
            ("P", "Same day's good. Actually, could we do quarter past? I've got the school run and it's tight."),
            ("T", "Quarter past is fine, I'll move it."),
            ("P", "Brilliant, thank you. That'll make it much less of a scramble."),
        ],
        "markers": [],
    },
    # ------------------------------------------------------------------
    # Rupture fragments: subtle, indirect ruptures
    # ------------------------------------------------------------------
    {
        "id": "d2-101",
        "turns": [
            ("T", "How has the week been?"),
            ("P", "Up and down. Dad's been back in hospital, so I've been driving up and down the M6 a lot."),
            (
                "T",
                "That sounds tiring. I wonder if we could come back to the thought record from last week, the 'I'm a burden' thought?",
            ),
            (
                "P",
                "Mm. Sorry, can I just... I'm sure you know best, but every time I mention Dad you sort of bring me back round to the worksheet. I don't mean it rudely.",
            ),
            (
                "T",
                "No, that's really important, thank you for saying it. It sounds like you've been feeling steered away from what matters most to you. What's that been like, here with me?",
            ),
            ("P", "A bit lonely, honestly. Like I'm saying the big thing and you're hearing the small thing."),
            (
                "T",
                "You're saying the big thing and I'm hearing the small thing. I'm glad you're telling me. Can we stay with that for a moment?",
            ),
            (
                "P",
                "Okay. Yeah. I think I've been waiting for you to ask about him, and you haven't, and I didn't want to be the one to keep bringing him up.",
            ),
        ],
        "markers": [(3, "C1")],
        "stage1": [4],
    },
    {
        "id": "d2-102",
        "turns": [
            (
                "T",
                "So the plan for today was to build the exposure ladder for the lifts. Shall we start with the lowest step?",
            ),
            (
                "P",
                "Sure. Um. Can I ask something first? My friend Hana's seeing a counsellor at the moment, and she says they just talk. The whole hour, about whatever's on her mind. No ladders. She seems to be getting loads out of it.",
            ),
            ("T", "Okay. What made you think of Hana's counselling just now, as we were about to start?"),
            (
                "P",
                "I don't know. I suppose I wondered whether the ladder thing is the only way. It feels a bit like being on a programme. Which is probably fine. It's probably me.",
            ),
            (
                "T",
                "I'm really glad you brought it up. It sounds like part of you has been wondering whether this way of working fits you. Can you tell me more about what 'being on a programme' feels like in here?",
            ),
            (
                "P",
                "Like there's a right answer and I'm supposed to get there. And when I don't, it feels like I'm failing the programme, rather than it just not quite fitting.",
            ),
            (
                "T",
                "So it's easy to end up feeling it's your failure rather than a question about the fit. That matters more than getting to the ladder today. Let's look at it together.",
            ),
            ("P", "Okay. That's... yeah. Thanks. I half expected you to be annoyed."),
        ],
        "markers": [(1, "C3"), (3, "C3")],
        "stage1": [2, 4],
    },
    {
        "id": "d2-103",
        "turns": [
            (
                "T",
                "So from what you've told me, the intrusive thoughts about harming the baby are at their worst at bath time.",
            ),
            ("P", "Yes. Bath time, and when I'm chopping vegetables with her in the bouncer."),
            ("T", "That makes sense, and it's very common with perinatal OCD. What we'd usually do is start by-"),
            (
                "P",
                "Sorry, how many clients have you actually had with this? With babies, I mean. Because you look quite young, and no offence, but have you got kids yourself?",
            ),
            (
                "T",
                "That's a fair thing to want to know, and I'd much rather you asked than sat with it. I'm wondering what's behind the question. Is there a worry that I won't really understand what this is like for you?",
            ),
            (
                "P",
                "(pause) Kind of. Everyone says 'it's common' like that should make me feel better. It doesn't. It makes me feel like a case.",
            ),
            ("T", "Like a case, rather than you. And I'd just said 'it's very common' too, hadn't I."),
            ("P", "You had (small laugh). I know you meant it kindly."),
        ],
        "markers": [(3, "C1")],
        "stage1": [4],
    },
    {
        "id": "d2-104",
        "turns": [
            ("T", "Last session ended quite abruptly because we ran over. Did you get home alright?"),
            ("P", "Yeah, yeah. Bus."),
            ("T", "And how did you feel after we finished?"),
            (
                "P",
                "(laughs) Oh, you know. Like I'd been opened up with a tin opener and then told to pop the lid back on and mind how I go. (laughs) Had a bath. Sorted.",
            ),
            ("T", "A bath sounds good. Okay, so I thought today we could carry on with the timeline of your twenties."),
            ("P", "Sure. (laughs) Back into the tin we go."),
            ("T", "So you'd just moved to Leeds, I think, in 2009?"),
            ("P", "That's right. Leeds, 2009. Headingley."),
        ],
        "markers": [(3, "W6"), (5, "W6")],
        "stage1": [],
    },
    {
        "id": "d2-105",
        "turns": [
            ("T", "I thought we could start by reviewing how the sleep restriction went this week."),
            (
                "P",
                "Ah. Well. (laughs) I think I might be the one who ruins your statistics. You'll have to write me up as a special case. 'Patient X: immune to everything.'",
            ),
            (
                "T",
                "(smiles) Immune to everything. It sounded like a joke, but I wonder if there's something serious underneath it. What's it like to say that to me?",
            ),
            (
                "P",
                "(pause) I suppose I'm waiting for you to realise there's no point with me. I've done the sleep clinic, the app, the tablets. It's easier to get in first with the joke.",
            ),
            ("T", "Getting in first, before I could give up on you."),
            ("P", "Yeah. Something like that. If I say it first, it doesn't sting as much when it happens."),
            (
                "T",
                "I'm not giving up on you. And I'm glad you said it, because I'd much rather hear that than have you quietly decide this can't work.",
            ),
            ("P", "Okay. The sleep diary's in my bag, actually. It's not great, but it's filled in."),
        ],
        "markers": [(1, "W7")],
        "stage1": [2],
    },
    {
        "id": "d2-106",
        "turns": [
            (
                "T",
                "Towards the end last week you seemed quite upset when I brought up the drinking in relation to the kids. I wanted to check how that landed with you.",
            ),
            (
                "P",
                "Did you see the thing about the new bypass? They're finally doing it. Only took them fifteen years. My neighbour's been campaigning since before his hair went grey.",
            ),
            ("T", "I did see that, yes. It's been a long time coming."),
            (
                "P",
                "It has. And they're putting the roundabout right by the garden centre, which, if you've ever tried to get out of there on a Sunday, is a blessing. Me and Sue used to go for the scones.",
            ),
            ("T", "Sounds like you've spent a lot of Sundays there."),
            (
                "P",
                "Oh, years. Before the kids we went most weeks. They did a lovely cream tea. It's gone downhill since it was taken over, mind.",
            ),
            ("T", "So it's changed a lot."),
            ("P", "Everything has. Anyway. What was the plan for today?"),
        ],
        "markers": [(1, "W4"), (3, "W4"), (5, "W4")],
        "stage1": [],
    },
    {
        "id": "d2-107",
        "turns": [
            ("T", "You said your partner moved out on Saturday. How are you doing with that?"),
            (
                "P",
                "Well, I think relationships in general have a kind of life cycle, don't they. There's the early idealisation, then disillusionment, and then people either renegotiate the contract or they don't. Statistically most don't. So in a sense it was fairly predictable.",
            ),
            ("T", "And for you, this week, in your flat?"),
            (
                "P",
                "One adjusts. There's a literature on this, actually, separation distress. It tends to peak around the second week. So objectively one would expect things to get harder before they settle.",
            ),
            (
                "T",
                "I notice that when I ask how you are, we end up talking about people in general and what the research says. I'm wondering what it's like to stay with you, just now, here with me.",
            ),
            ("P", "(long pause) Hard. It's hard. Her mug's still on the draining board and I can't move it."),
            ("T", "Her mug's still there and you can't move it."),
            ("P", "No. It's ridiculous. It's a mug."),
            ("T", "It doesn't sound ridiculous. It sounds like it's a lot more than a mug."),
            ("P", "Yeah. (pause) Yeah, it is."),
        ],
        "markers": [(1, "W3"), (3, "W3")],
        "stage1": [4],
    },
    {
        "id": "d2-108",
        "turns": [
            (
                "T",
                "I had a thought about the homework, but I want to check it fits for you. What if, instead of the thought record, you tried noticing one moment each day when you felt okay?",
            ),
            (
                "P",
                "Oh, yes, absolutely, whatever's easiest for you. You're the one who knows what works. I'll do both if you like, the thought record and the moments. Honestly, I don't mind at all.",
            ),
            ("T", "That's kind of you. Can I ask, though, which one you'd actually prefer?"),
            (
                "P",
                "Oh, I really don't mind. Really. Whichever you'd rather. I'm just grateful you're fitting me in at all.",
            ),
            (
                "T",
                "I notice that when I ask what you want, it comes back round to what suits me. I'm curious what happens for you when I ask that question.",
            ),
            (
                "P",
                "(pause) I suppose I don't want to choose the wrong one. Or be a nuisance. You've got lots of people to see.",
            ),
            ("T", "So there's a worry about being a nuisance to me, here. That feels really worth us noticing."),
            ("P", "It's like that everywhere, if I'm honest. At work, with my sister. I'm always the easy one."),
        ],
        "markers": [(1, "W5"), (3, "W5")],
        "stage1": [4],
    },
    {
        "id": "d2-109",
        "turns": [
            ("T", "So the conversation with your landlord is on Friday. How are you feeling about it?"),
            (
                "P",
                "Dreading it. Listen, would you mind doing me a massive favour? Could you write out what I should say, word for word, like a script? You'd be so much better at it than me. It'd only take you five minutes.",
            ),
            (
                "T",
                "I can hear how much you want to get this right. I'm wondering what it would mean if I wrote it for you.",
            ),
            (
                "P",
                "It would mean it gets done properly. Please? I'm not asking for much. If you could email it over tonight, that'd be amazing. I know you're busy, but.",
            ),
            (
                "T",
                "There's real urgency in this, and I notice I'm feeling a pull to swoop in and rescue you. Can we look at what's happening between us right now, with the asking?",
            ),
            ("P", "(sighs) I know what's coming. That I need to do it myself."),
            (
                "T",
                "Actually, I was going to ask what it's like when you ask someone for help and they don't just hand it over.",
            ),
            (
                "P",
                "Rubbish. It feels like they don't care. Which I know isn't what you're doing. But that's what it feels like in my body.",
            ),
        ],
        "markers": [(1, "C7"), (3, "C7")],
        "stage1": [4],
    },
    {
        "id": "d2-110",
        "turns": [
            ("T", "Okay, so we've got about ten minutes left. I wanted to set up the homework for this week."),
            (
                "P",
                "Already? We've barely started. Is it always fifty minutes? Only I notice you've looked at that clock about four times.",
            ),
            ("T", "It is fifty minutes, yes. So, for the homework-"),
            (
                "P",
                "Right. Only my last counsellor did the full hour. And she didn't charge extra for the letter to my GP either. Just saying.",
            ),
            ("T", "Okay. So the homework is to track the urges each evening and rate them nought to ten."),
            ("P", "Nought to ten. Okay, I can probably do that on my phone."),
            ("T", "Great. What do you think might get in the way of doing it?"),
            ("P", "Dunno. Nothing."),
        ],
        "markers": [(1, "C4"), (3, "C4"), (7, "W2")],
        "stage1": [],
    },
    {
        "id": "d2-111",
        "turns": [
            ("T", "So, how would you rate your mood this week, compared to when we started?"),
            (
                "P",
                "Oh, marvellous. Six months in and I can now tell you that what I'm feeling is 'frustration' rather than 'bad'. Really turned my life around, that has.",
            ),
            (
                "T",
                "I'm hearing some sarcasm there. It sounds like you're pretty fed up with how slowly this is going. Can we talk about that?",
            ),
            (
                "P",
                "(sighs) I don't want to be rude. I just thought I'd be further on by now. My wife keeps asking what's actually changed and I haven't got a good answer for her.",
            ),
            (
                "T",
                "That sounds really frustrating, putting the time in and not feeling the change you hoped for. What would 'further on' look like to you?",
            ),
            ("P", "Sleeping through. Not snapping at the kids. Going back to five-a-side. Something I could point to."),
            (
                "T",
                "Those are really clear. I think we've lost sight of them a bit, and that's partly on me. Shall we use today to look at where we are with each one?",
            ),
            ("P", "Yeah. Okay. That'd actually help."),
        ],
        "markers": [(1, "C5"), (3, "C5")],
        "stage1": [2],
    },
    {
        "id": "d2-112",
        "turns": [
            (
                "T",
                "When you notice that tightness before calling your mother, one thing that can help is a few slow breaths, out longer than in. Would you be willing to try that before Sunday's call?",
            ),
            (
                "P",
                "Oh, yes, breathing. Brilliant. I'll breathe at her. I'm sure thirty years of being told I'm a disappointment will just float away on an out-breath.",
            ),
            (
                "T",
                "That didn't land well at all, did it. It sounds like the breathing suggestion missed how big this is for you.",
            ),
            ("P", "It felt a bit like being handed a plaster for a broken leg. No offence."),
            (
                "T",
                "None taken. I'd much rather you told me. What would it have been like if I'd got it right just then?",
            ),
            ("P", "I think I needed you to say it's awful first. Before the fixing."),
            ("T", "It is awful. Thirty years of that is awful."),
            ("P", "(pause) Thank you. Okay. Maybe I'll try the breathing. Maybe."),
        ],
        "markers": [(1, "C2"), (3, "C2")],
        "stage1": [2],
    },
    {
        "id": "d2-113",
        "turns": [
            ("T", "I noticed that the two times you've had a big row with Carla, you'd both been drinking."),
            (
                "P",
                "So it's my drinking that's the issue now? She'd had a bottle of prosecco, I'd had a few cans. Why am I the one in the dock?",
            ),
            (
                "T",
                "I can see that felt like an accusation. That wasn't what I meant, but it clearly landed like one. Can we pause on what just happened between us?",
            ),
            (
                "P",
                "(pause) It just feels like everyone's queuing up to tell me I'm the bad guy. My mum, her mum, and now you. I wasn't the one throwing plates.",
            ),
            ("T", "And just then it felt like I'd joined the queue."),
            ("P", "Yeah. A bit. (sighs) I know I drink too much sometimes. I don't need it rubbed in."),
            ("T", "That makes sense. What would help you look at it without feeling like it's being rubbed in?"),
            ("P", "If it's, like, both of us. Not just me on trial."),
        ],
        "markers": [(1, "C6"), (3, "C6")],
        "stage1": [2],
    },
    {
        "id": "d2-114",
        "turns": [
            ("T", "Before we start, I wanted to say sorry again about cancelling last week at such short notice."),
            (
                "P",
                "Oh gosh, no, honestly, it made no difference to me. These things happen. I'd barely registered it, to be honest.",
            ),
            ("T", "Okay. How was the week?"),
            ("P", "Quiet. I didn't do much. Stayed in, mostly. Didn't see the point in going to the group on my own."),
            (
                "T",
                "I'm struck that you said it made no difference, and then the week sounds like it was pretty lonely, and you stopped going to the group. I wonder if the cancellation mattered more than it's easy to say to me.",
            ),
            ("P", "(pause) Maybe a bit. It's silly. It's only an hour."),
            ("T", "It doesn't sound silly to me. What was it like when you got my text?"),
            (
                "P",
                "I sat on the stairs for a while. I thought, well, that's that then. Like I'd been put down somewhere and forgotten about.",
            ),
        ],
        "markers": [(1, "W1"), (5, "W1")],
        "stage1": [4],
    },
    {
        "id": "d2-115",
        "turns": [
            ("T", "Hi, come in. Did you manage okay with the roadworks outside?"),
            ("P", "Yeah."),
            (
                "T",
                "Good. Last week ended with you saying you felt I'd pushed you about the job applications. How are you feeling about that now, coming in today?",
            ),
            ("P", "S'alright."),
            ("T", "Did you get the library application in?"),
            ("P", "No."),
            ("T", "What got in the way, do you think?"),
            ("P", "Dunno. Stuff."),
            ("T", "Okay. Well, let's make a plan for this week, then. What's one application you could manage?"),
            ("P", "Whichever."),
        ],
        "markers": [(3, "W2"), (7, "W2"), (9, "W2")],
        "stage1": [],
    },
    {
        "id": "d2-116",
        "turns": [
            ("T", "You've told me about the break-up quite quickly there. How are you feeling about it?"),
            ("P", "(smiles) Yeah. Good. It's good, really. Clean break."),
            ("T", "You're smiling as you say it. And last week you said you couldn't imagine life without him."),
            (
                "P",
                "(laughs) Well, there you go. Imagination's overrated. He's taken the dog, by the way. (laughs) So that's nice.",
            ),
            (
                "T",
                "I notice you're laughing, and what you're telling me sounds really painful. He's taken the dog. What's going on for you right now, as you tell me this?",
            ),
            (
                "P",
                "(pause, smile fades) I don't want to cry in here. I cried all weekend. I don't want to do it in front of you as well.",
            ),
            ("T", "What do you imagine would happen if you did?"),
            ("P", "That you'd think I'm pathetic. Three months together and I'm in bits over it."),
            ("T", "I don't think that. And I'm glad you're letting me see a bit of it."),
            ("P", "(crying) I miss the dog more than him, honestly. Is that awful?"),
        ],
        "markers": [(1, "W1"), (3, "W6")],
        "stage1": [4],
    },
    {
        "id": "d2-117",
        "turns": [
            ("T", "Did you bring your thought records?"),
            (
                "P",
                "I did one. (pause) To be honest, filling in little boxes about my feelings feels a bit like being back at school. I half expect a gold star.",
            ),
            ("T", "One's a start. Let's have a look at it. What was the situation?"),
            ("P", "Tuesday, the meeting with Graham. My boss. He talked over me twice."),
            ("T", "And what was the hot thought?"),
            (
                "P",
                "I've written 'he thinks I'm useless'. Though I'm not sure what writing it in a column achieves, really. I knew that's what I thought before I wrote it down.",
            ),
            ("T", "Okay, and how much did you believe it, nought to a hundred?"),
            (
                "P",
                "I put seventy. Could've been sixty. Could've been eighty. It's all a bit arbitrary, isn't it, the numbers.",
            ),
        ],
        "markers": [(1, "C3"), (5, "C3"), (7, "C3")],
        "stage1": [],
    },
    {
        "id": "d2-118",
        "turns": [
            (
                "T",
                "Before we start, I just need to mention the invoice. The session you missed on the third will be charged, as per the agreement.",
            ),
            (
                "P",
                "Right. Even though I was in A&E with my son? I did text you. I mean, I signed the form, I know. It just seems a little... rigid. For a caring profession.",
            ),
            (
                "T",
                "I can hear that it feels unfair, and maybe a bit uncaring of me, given where you were. Can we talk about how that's sitting with you?",
            ),
            (
                "P",
                "It's not even the money. It's that a rule seemed to matter more than what happened. Like I'm a slot in your diary.",
            ),
            (
                "T",
                "A slot in my diary, rather than a person whose son was in hospital. That's an important thing to tell me.",
            ),
            ("P", "I nearly didn't come today, actually."),
            (
                "T",
                "I'm really glad you did. Let me think again about the charge, I'm not sure I've got the balance right. But first, how is your son?",
            ),
            ("P", "He's alright. Broken wrist. Trampoline. (small laugh) He's milking it."),
        ],
        "markers": [(1, "C4"), (3, "C4")],
        "stage1": [2],
    },
    {
        "id": "d2-119",
        "turns": [
            ("T", "How have the panic attacks been this week?"),
            ("P", "About the same. Three. One in the car park at Asda, which was a new one."),
            ("T", "Three. Can you tell me about the car park one?"),
            (
                "P",
                "I can, but... sorry, this is going to sound ungrateful. I was rather hoping I'd feel something shift by now. It's been, what, ten sessions? And I'm still counting them like the weather.",
            ),
            (
                "T",
                "That doesn't sound ungrateful. It sounds like you're disappointed with how this is going, and I'd like to hear more about that.",
            ),
            (
                "P",
                "I am a bit. I thought by now I'd have a toolkit. And I have some tools, but they never seem to work when it's actually happening. (laughs) Maybe I'm just not a tool person. Some of us are unfixable.",
            ),
            (
                "T",
                "Let's look at that together, what happens to the tools in the moment. That's really useful to know, and it might mean we've been practising them in the wrong place.",
            ),
            ("P", "Okay. Yeah. That makes sense, actually."),
        ],
        "markers": [(3, "C5"), (5, "W7")],
        "stage1": [4],
    },
    {
        "id": "d2-120",
        "turns": [
            (
                "T",
                "So when we looked at the pros and cons of telling your parents, it seemed like both columns had quite a lot in them.",
            ),
            (
                "P",
                "Yeah. Which is sort of why I'm stuck. Can I ask something? Could we agree that by next week you'll give me your honest recommendation? Tell or don't tell. I'd really, really appreciate it. I trust your judgement more than mine.",
            ),
            (
                "T",
                "I can hear how much you want this decided. What would it be like if I did give you a recommendation?",
            ),
            (
                "P",
                "Such a relief. Then it's not on me. Please, even off the record. I won't hold you to it, I promise.",
            ),
            (
                "T",
                "It sounds like the weight of deciding feels unbearable right now, and there's a real pull for me to carry it. I'd like to understand that pull with you, rather than just answer it or refuse it.",
            ),
            (
                "P",
                "(pause) It's what I always do. I get someone else to decide, and then if it goes wrong it's not my fault.",
            ),
            ("T", "That makes a lot of sense. And this is a big decision to have land on you."),
            ("P", "It's huge. Whatever happens, it changes things with them forever."),
        ],
        "markers": [(1, "C7"), (3, "C7")],
        "stage1": [4],
    },
    {
        "id": "d2-121",
        "turns": [
            (
                "T",
                "I wanted to come back to something from last week. When I suggested you might have been a bit harsh on yourself, you said 'well, you would say that'. I've been thinking about it.",
            ),
            (
                "P",
                "Oh, here we go. I wasn't being difficult, I was being honest. Am I not allowed to disagree with you now?",
            ),
            (
                "T",
                "You're absolutely allowed, and I'd want you to. I can hear that bringing it up felt like I was telling you off. I'm sorry if it came across that way.",
            ),
            ("P", "Well, it did a bit. You've got this tone, like a teacher who's disappointed in you."),
            (
                "T",
                "A disappointed teacher. Can you say more about what that's like, being on the receiving end of it here?",
            ),
            ("P", "(sighs) Horrible, honestly. My dad had exactly that voice. I'd rather you just shouted."),
            ("T", "So the disappointed tone is harder than shouting would be. I'm really glad you told me that."),
            ("P", "You couldn't have known. I'm glad I said it, actually."),
        ],
        "markers": [(1, "C6"), (3, "C1")],
        "stage1": [2, 4],
    },
    {
        "id": "d2-122",
        "turns": [
            (
                "T",
                "I wonder whether some of the anger at your boss might be connected to how your father used to treat you. The way you describe him checking your work sounds quite similar.",
            ),
            (
                "P",
                "Hm. That's an interesting theory. I'm not sure it's really it, though. Graham's just genuinely a micromanager. Everyone in the office says so.",
            ),
            (
                "T",
                "Of course. But I'm struck by the phrase you used, 'standing over me'. You used exactly the same words about your dad.",
            ),
            (
                "P",
                "It's a fairly common phrase. (pause) I think we might be reading rather a lot into it. Anyway, the actual problem is the appraisal on Friday.",
            ),
            ("T", "Okay. But it might be worth holding on to the link. What's worrying you about the appraisal?"),
            (
                "P",
                "That he'll mark me down on 'collaboration' because I pushed back on the rota. I've got notes ready.",
            ),
            ("T", "What do the notes say?"),
            ("P", "Dates, mainly. Times he changed the shifts without asking anyone."),
        ],
        "markers": [(1, "C2"), (3, "C2")],
        "stage1": [],
    },
    {
        "id": "d2-123",
        "turns": [
            (
                "T",
                "I'm so sorry, I completely forgot we'd agreed to start with the letter to your brother today. I've planned something else.",
            ),
            ("P", "Oh no, honestly, don't worry at all. It's totally fine. I only did a bit of it anyway."),
            ("T", "Thank you. Okay, so I thought we could look at the sleep diary."),
            (
                "P",
                "Sure. (folds four handwritten pages and puts them back in her bag) Sleep's been okay. Nothing to report really.",
            ),
            ("T", "Okay is good. How many nights did you get over six hours?"),
            ("P", "Two? Maybe three."),
            ("T", "That's an improvement on last month. What do you think helped?"),
            ("P", "Not sure. Just has."),
        ],
        "markers": [(1, "W1"), (3, "W1"), (7, "W2")],
        "stage1": [],
    },
    {
        "id": "d2-124",
        "turns": [
            ("T", "When I said last week that you seemed irritated with me, you went quite quiet. What was that like?"),
            (
                "P",
                "I think people generally find it uncomfortable to be observed. It's a well-known thing. One becomes self-conscious, and that changes the behaviour. It's hardly specific to therapy.",
            ),
            ("T", "That's true in general. I'm wondering about you, though, last Thursday, in this room."),
            (
                "P",
                "Well, in any dyad there's going to be a certain amount of friction. Power differentials and so on. It's structural, really. It would be odd if there weren't.",
            ),
            (
                "T",
                "I notice we keep going to the general, dyads, structures. And I'm wondering if talking about you and me, right here, feels a bit risky.",
            ),
            ("P", "(pause) Possibly. I don't like being caught out. And I felt caught out."),
            ("T", "Caught out by me."),
            ("P", "Yes. As if you'd seen something I hadn't decided to show you yet."),
        ],
        "markers": [(1, "W3"), (3, "W3")],
        "stage1": [2, 4],
    },
    {
        "id": "d2-125",
        "turns": [
            ("T", "You said you'd had a drink on Friday after three weeks off. How are you feeling about that?"),
            (
                "P",
                "So Friday, right, it was my cousin Dermot's leaving do. He's off to Perth, Australia, not Scotland, and he's been trying to go for years. There was a whole thing with his visa, they lost his medical, he had to do it twice, and the second doctor was this ancient fella who made him touch his toes, God knows why.",
            ),
            ("T", "(laughs) That sounds like quite a saga. And at the leaving do-"),
            (
                "P",
                "Oh, and the best bit, the visa came through on his birthday, so his mum, my Auntie Breda, she made a cake in the shape of a kangaroo, except it came out looking more like a dog, so we were all calling it the dingo. She was livid.",
            ),
            (
                "T",
                "I'm enjoying the story, and I also notice that each time I come near the drink on Friday, we end up somewhere else. Perth, the dingo cake. I wonder if talking about Friday feels hard to do here, with me.",
            ),
            (
                "P",
                "(pause) Yeah. I suppose. I didn't want to come in and say I'd blown it. You'd been so pleased last time.",
            ),
            ("T", "So part of the worry is about disappointing me."),
            ("P", "Yeah. You did the whole 'three weeks, that's brilliant' thing, and then I go and do that."),
        ],
        "markers": [(1, "W4"), (3, "W4")],
        "stage1": [4],
    },
    {
        "id": "d2-126",
        "turns": [
            ("T", "I'd like to suggest trying the exposure in the supermarket this week. Does that feel manageable?"),
            (
                "P",
                "Yes, definitely. You're the expert. I'll do it twice if you think that's better. Three times, even.",
            ),
            ("T", "Once is plenty to start with. Which supermarket would you go to?"),
            (
                "P",
                "Whichever one you'd recommend. The big Tesco? Or the Co-op? I'm happy either way, honestly, whatever's most useful for your... for the treatment.",
            ),
            ("T", "The Co-op might be a gentler start. How anxious do you think you'll be, nought to ten?"),
            (
                "P",
                "Oh, what would you expect? Whatever's normal. I don't want to get it wrong. A five, maybe, if that's alright?",
            ),
            ("T", "A five sounds reasonable. And what will you do if it gets higher?"),
            ("P", "The breathing, and stay put until it drops. Like we practised last week."),
        ],
        "markers": [(1, "W5"), (3, "W5"), (5, "W5")],
        "stage1": [],
    },
    {
        "id": "d2-127",
        "turns": [
            ("T", "So for this week, how about you try one of the assertiveness scripts with your flatmate?"),
            (
                "P",
                "I can try. (laughs) But let's be honest, I'll probably mangle it like I mangle everything. You should see me trying to return things in shops. I come out having bought something else.",
            ),
            (
                "T",
                "(smiles) You made that funny, but I'm hearing something quite harsh about yourself underneath. It sounds like you're expecting to fail before we've even started.",
            ),
            (
                "P",
                "Well. I've got form. This is therapy number three. Maybe some people just aren't built for this stuff.",
            ),
            (
                "T",
                "That sounds like a lonely place to be, sitting here with me and already expecting this to go the way the others did. Can we talk about that?",
            ),
            ("P", "(pause) I think I'm bracing. If I expect it not to work, it doesn't hurt when it doesn't."),
            ("T", "That makes sense. And it might also mean you never get to find out whether it could."),
            ("P", "Yeah. (pause) Okay. Which script was it, the flatmate one?"),
        ],
        "markers": [(1, "W7"), (3, "W7")],
        "stage1": [2, 4],
    },
    {
        "id": "d2-128",
        "turns": [
            ("T", "How did the week go with the food diary?"),
            (
                "P",
                "(grinning) Oh, I filled it in. Mostly. Don't worry, you'll get to do your disappointed face in a minute, I've left gaps specially.",
            ),
            (
                "T",
                "Okay. (pause) You're smiling, and what you said was pretty pointed. My disappointed face. What's going on for you right now?",
            ),
            (
                "P",
                "(still smiling) Nothing. It's a joke. You do do a face, though. The little frown over the top of the clipboard.",
            ),
            (
                "T",
                "I'm really glad you're telling me about the face. I might not be aware of it. What's it like for you when you see it?",
            ),
            ("P", "(smile drops) Like I'm being marked. Like I'm fourteen and Mum's weighing me in the kitchen."),
            ("T", "That sounds awful. And I'm sorry if I've been bringing some of that into the room."),
            ("P", "It's not all you. But yeah. It's there."),
        ],
        "markers": [(1, "W6"), (3, "C1")],
        "stage1": [2, 4],
    },
    {
        "id": "d2-129",
        "turns": [
            ("T", "Let's pick up from where we were last time, with your relationship with your mother."),
            (
                "P",
                "Sure. Can I ask, is there, like, an overall plan? A map? Because from my side it feels like every week we pick a topic out of a hat.",
            ),
            ("T", "That's a really fair question. Tell me more about the out-of-a-hat feeling."),
            (
                "P",
                "Just, I come in, we talk, it's nice, and I go home and nothing's different. Eight months. I've spent more on this than on my car. And I genuinely couldn't tell you what's changed.",
            ),
            (
                "T",
                "It sounds like you've been carrying that for a while, wondering whether this is going anywhere, and maybe whether I know where it's going.",
            ),
            ("P", "Yeah. And I didn't want to say, because you're lovely and I didn't want to hurt your feelings."),
            (
                "T",
                "I appreciate that. And I'd much rather know. Let's look at what you came in wanting, eight months ago, and be honest together about where we are.",
            ),
            ("P", "Okay. I think I've actually forgotten what I came in for. Isn't that weird?"),
        ],
        "markers": [(1, "C3"), (3, "C5")],
        "stage1": [2, 4],
    },
    {
        "id": "d2-130",
        "turns": [
            (
                "T",
                "You seemed quite upset at the end of last session, when I said it sounded like you weren't ready to quit. I've been wondering how that sat with you.",
            ),
            ("P", "Mm. (pause) Has your building always had that mural in the stairwell? The fish one?"),
            ("T", "It went up about a month ago, I think. Some of the local school kids did it."),
            (
                "P",
                "It's good, that. The big orange one's got a face like my uncle Tommy. He used to keep koi, you know. Had a pond dug in his back garden in Wythenshawe, spent a fortune on it, and the herons had the lot in a fortnight.",
            ),
            ("T", "(laughs) Poor Tommy. So, how's the week been with the cigarettes?"),
            ("P", "Alright."),
        ],
        "markers": [(1, "W4"), (3, "W4"), (5, "W2")],
        "stage1": [],
    },
]
