"""Development corpus B for the rule suggester (issue 7): fictional session excerpts, written before the rules.

Each excerpt is one or more therapist turns followed by one client turn. A rupture excerpt names the 3RS subtype
the client turn shows; an ordinary excerpt (code None) must stay silent. The wording deliberately varies (hedges,
fillers, British and American English, indirect phrasings, long and short turns) so the corpus measures how well
the rules generalise rather than whether they contain a phrase. All names and events are invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Excerpt:
    code: str | None  # expected 3RS subtype on the client turn, None when nothing should be suggested
    therapist: tuple[str, ...]
    client: str

    @property
    def family(self) -> str | None:
        return None if self.code is None else self.code[0]


def _x(code: str | None, therapist: str | tuple[str, ...], client: str) -> Excerpt:
    turns = (therapist,) if isinstance(therapist, str) else therapist
    return Excerpt(code, turns, client)


W1 = [
    _x(
        "W1",
        "Last week you told me your sister didn't speak to you at the funeral. How has that been sitting with you?",
        "Honestly it's fine. It's not like we were ever close, so, um, it doesn't really bother me.",
    ),
    _x(
        "W1",
        "You said you were up until four in the morning crying on Sunday.",
        "Oh, that. Yeah, that was nothing, I was just overtired. I'm totally over it now.",
    ),
    _x(
        "W1",
        "Losing the job after twelve years must have been a real shock.",
        "Not really, I mean, jobs come and go, right? I'm good. Really.",
    ),
    _x(
        "W1",
        "When your dad shouted at you in front of everyone, what was that like?",
        "It didn't matter. He's always been like that. I don't let it get to me anymore.",
    ),
    _x(
        "W1",
        "You seem quite tense today.",
        "No, no, I'm alright. Everything's fine, I'm just, um, a bit tired I suppose.",
    ),
    _x(
        "W1",
        "I noticed your hands were shaking when you mentioned the divorce.",
        "Were they? It's no big deal, honestly. It was ages ago, I've moved on.",
    ),
    _x(
        "W1",
        "How did it feel when they didn't invite you to the wedding?",
        "Meh. I wasn't bothered, I didn't even want to go anyway.",
    ),
    _x(
        "W1",
        "You mentioned the panic attack in the supermarket.",
        "That was a one-off. Nothing to worry about, it's really not an issue.",
    ),
    _x(
        "W1",
        "Your partner moved out three weeks ago. How are you coping?",
        "I'm coping fine, like, better than fine actually. There's nothing to talk about there.",
    ),
    _x(
        "W1",
        "That sounds like it hurt a great deal.",
        "I wouldn't say hurt. It's just one of those things, you know, you get on with it. I'm fine with it.",
    ),
    _x(
        "W1",
        "When you talk about your mum's drinking your voice goes very quiet.",
        "Does it? I don't think it affects me that much, to be honest. It's her problem, not mine.",
    ),
    _x(
        "W1",
        "You were taken to A&E twice this month.",
        "Yeah but it's all sorted now, it's honestly not as bad as it sounds.",
    ),
]

W2 = [
    _x("W2", "What was going through your mind when she said that?", "I don't know."),
    _x("W2", "It sounds like you felt pretty abandoned by him.", "Maybe. I guess."),
    _x("W2", "How would you describe your week?", "It was okay, I suppose."),
    _x("W2", "Can you tell me more about what happened at the party?", "Not much to say, really."),
    _x(
        "W2",
        "What do you make of the fact that you keep ending up in the same place with your boss?",
        "Dunno. Hard to say.",
    ),
    _x("W2", "I'm wondering how you're feeling right now, sitting here with me.", "Fine, I guess. Same as always."),
    _x("W2", "You seem to have gone quiet. What's happening for you?", "Nothing. Just thinking."),
    _x("W2", "What was it like being back home for Christmas?", "Um. It was alright. Yeah."),
    _x("W2", "It sounds like there's a lot of anger toward your brother.", "Mm. Possibly, yeah, I don't know."),
    _x("W2", "Tell me about your relationship with your mother.", "It's okay. Normal, I guess. Nothing special."),
    _x(
        "W2",
        "What feelings come up when you think about the accident?",
        "Not sure. I don't really know, to be honest.",
    ),
    _x("W2", "How did you feel when you got the results?", "Eh. Whatever. It was fine."),
]

W3 = [
    _x(
        "W3",
        "How did you feel when your partner forgot your birthday?",
        "I think, in general, relationships are about managing expectations, and people have different, um, love "
        "languages, so it's more of a systemic thing really.",
    ),
    _x(
        "W3",
        "What's it like for you, right now, talking about your father?",
        "Well, I suppose fathers of that generation were conditioned not to express emotion. It's a societal "
        "pattern more than anything personal.",
    ),
    _x(
        "W3",
        "You said you felt lonely. Can you say more?",
        "Loneliness is kind of a universal human condition, isn't it? Everybody experiences it at some level in "
        "modern society.",
    ),
    _x(
        "W3",
        "What happened when you got home?",
        "It's hard to put into words. Things were sort of, you know, the way things tend to be. The usual "
        "dynamics, I guess.",
    ),
    _x(
        "W3",
        "How are you feeling about our work today?",
        "I think therapy as a concept is interesting, the whole idea of the talking cure, like, historically, Freud "
        "and all that.",
    ),
    _x(
        "W3",
        "What did you feel in your body when he raised his voice?",
        "From an evolutionary perspective the fight-or-flight response is quite predictable, so I'd imagine it "
        "was cortisol, that kind of thing.",
    ),
    _x(
        "W3",
        "You look upset.",
        "I think people in general tend to overreact to these situations. One could argue it's all relative, in a "
        "philosophical sense.",
    ),
    _x(
        "W3",
        "Can we focus on what happened with Sam on Tuesday?",
        "I mean, it's more about the broader patterns in how men communicate, isn't it. There's a lot of research "
        "on attachment styles and so on.",
    ),
    _x(
        "W3",
        "What are you feeling as you tell me this?",
        "Feelings are just, um, chemical signals at the end of the day. It's all quite abstract when you think "
        "about it.",
    ),
    _x(
        "W3",
        "How did the argument with your wife end?",
        "These things happen in any marriage. One tends to find that conflict is part of the human condition, really.",
    ),
    _x(
        "W3",
        "What's the hardest part of this for you?",
        "It's difficult to say. There are many factors, on many levels, socially, economically, existentially, I "
        "suppose.",
    ),
]

W4 = [
    _x(
        "W4",
        "I noticed you went quiet when I mentioned your father.",
        "Oh, by the way, did I tell you about my neighbour's dog? It got out again on Tuesday and we spent two "
        "hours chasing it round the estate, it was hilarious.",
    ),
    _x(
        "W4",
        "Can we stay with that feeling of being let down for a moment?",
        "Anyway, the other thing I wanted to mention is my car is making this weird noise, and the garage said it "
        "might be the clutch, which is going to cost a fortune.",
    ),
    _x(
        "W4",
        "How did you feel when the doctor told you?",
        "Speaking of doctors, my cousin is training to be a GP, and she was telling me this story about a patient "
        "who came in with a fork stuck in his foot.",
    ),
    _x(
        "W4",
        "You said you were scared of being alone.",
        "Can we talk about something else? Like, I had a really interesting week at work actually.",
    ),
    _x(
        "W4",
        "What's happening for you right now?",
        "So, um, let me tell you what happened at my sister's wedding. So we arrived late because the satnav took "
        "us the wrong way, and then the caterers hadn't turned up, and my uncle had to drive to Tesco.",
    ),
    _x(
        "W4",
        "It sounds like that really hurt.",
        "Moving on, I've started going to the gym again. I've been doing the couch-to-5K thing and honestly it's "
        "been going great.",
    ),
    _x(
        "W4",
        "Let's come back to the argument with Jo.",
        "That reminds me, Jo's mum is having her hip done next week, and there's this whole saga with the hospital "
        "parking, you wouldn't believe it.",
    ),
    _x(
        "W4",
        "You've mentioned feeling worthless a few times today.",
        "On a totally different note, have you seen that new series on Netflix? The one about the bakers? I "
        "watched the whole thing at the weekend.",
    ),
    _x(
        "W4",
        "How are you feeling about what I just said?",
        "Oh, that reminds me of this time back in college when my roommate and I drove to Vegas on a whim, and, "
        "like, the car broke down in the middle of the desert.",
    ),
    _x(
        "W4",
        "Can we look at what happens when you and your husband argue?",
        "I'd rather not go into that today. But the funny thing is, at work, there's this guy Dave who does the "
        "best impressions of our manager.",
    ),
    _x(
        "W4",
        "I'm curious what made you cancel last week.",
        "Hey, did you change the pictures in here? I like that one of the lighthouse. Is that Cornwall?",
    ),
    _x(
        "W4",
        "Let's stay with the panic for a second.",
        "Sure, but first I have to tell you about this programme I heard on the radio about octopuses, they're "
        "actually super smart, they can open jars and everything.",
    ),
]

W5 = [
    _x(
        "W5",
        "I wonder if you might be angry with me.",
        "No, no, you're right, you're absolutely right, I'm sure you know best.",
    ),
    _x(
        "W5",
        "How would you like to use our time today?",
        "Whatever you think is best. You're the expert, I'll go along with whatever.",
    ),
    _x(
        "W5",
        "I suggested the diary last week; how did that feel?",
        "Oh it was great, really great, thank you so much, it was exactly what I needed, you're so good at this.",
    ),
    _x(
        "W5",
        "I might have pushed a bit hard last time.",
        "Oh gosh, no, not at all, please don't worry. Honestly anything you say is fine with me.",
    ),
    _x(
        "W5",
        "What do you think about trying the exposure exercise?",
        "Yeah, sure, if you think so. I'll do whatever you want me to do.",
    ),
    _x(
        "W5",
        "Maybe the sadness is connected to your mum.",
        "Yes, I'm sure that's right. I mean, you'd know better than me, wouldn't you.",
    ),
    _x(
        "W5",
        "Does that interpretation fit for you?",
        "Um, yeah, totally, that makes total sense. Sorry, I should have seen that. You're right, as always.",
    ),
    _x(
        "W5",
        "Would you like to change the time of our sessions?",
        "Oh no, I don't want to be any trouble. Whatever suits you is fine, honestly, I can work around you.",
    ),
    _x(
        "W5",
        "You seem hesitant about the plan.",
        "No, sorry, sorry, I'm not hesitant at all. I'll do it exactly the way you said. I don't want to let you down.",
    ),
    _x(
        "W5",
        "I'm not sure I explained that very well.",
        "No, you explained it perfectly! It's me, I'm slow. Whatever you say goes.",
    ),
    _x(
        "W5",
        "I'd like to hear what you disagree with.",
        "I don't disagree with anything, I'd never. I just want to be a good client for you, really.",
    ),
    _x(
        "W5",
        "How did you find today's session?",
        "Brilliant, as always, you're amazing, I don't know what I'd do without you. Sorry for going on.",
    ),
]

W6 = [
    _x(
        "W6",
        "What happened after the argument?",
        "(laughs) Well, he threw my stuff out on the lawn, and I slept in the car for three nights. (laughs)",
    ),
    _x(
        "W6",
        "How was the hospital?",
        "[laughing] Oh, I nearly died, apparently. The doctor said another hour and that would have been it.",
    ),
    _x("W6", "You've been quiet.", "(smiles) I just think you're pretty useless at this, no offence. (laughs)"),
    _x(
        "W6",
        "Tell me about school.",
        "Oh, the kids used to beat me up every day behind the bike sheds (laughs), good times.",
    ),
    _x(
        "W6",
        "How are things with your mum?",
        "(chuckles) She told me she wishes I'd never been born, so, you know, the usual.",
    ),
    _x(
        "W6",
        "What was it like when your dog died?",
        "[smiling] I cried for a week, couldn't get out of bed. Pathetic, right? (laughs)",
    ),
    _x(
        "W6",
        "Did anything come up this week?",
        "Ha ha, yeah, I thought about killing myself on Tuesday, (laughs) but then the bus came.",
    ),
    _x(
        "W6",
        "How did the meeting with your ex go?",
        "(grinning) He called me a worthless idiot in front of our kids. Classic Mark.",
    ),
    _x("W6", "What's it like coming here?", "(laughs) Honestly, I hate it, I dread every Thursday. (laughing)"),
    _x(
        "W6",
        "How are you sleeping?",
        "[laughs] I'm not. I lie awake terrified that I'm going to lose everything. Fun times.",
    ),
    _x("W6", "And your father's reaction?", "(smiling) He hit me. Quite hard, actually. [laughs]"),
    _x(
        "W6",
        "You mentioned feeling angry at me.",
        "(giggles) Yeah, I kind of wanted to throw my chair at you last week. (laughs)",
    ),
]

W7 = [
    _x(
        "W7",
        "What do you think went wrong at the interview?",
        "Me. I went wrong. I always mess everything up, I'm just useless.",
    ),
    _x(
        "W7",
        "How are you feeling about the future?",
        "Honestly, what's the point? Nothing's ever going to change for me.",
    ),
    _x(
        "W7",
        "It sounds like you worked very hard on that.",
        "Yeah, and I still failed. I'm such an idiot, I should've known I couldn't do it.",
    ),
    _x(
        "W7",
        "What would you like to be different?",
        "I don't know, everything? I'm a complete failure, like, as a person. I ruin everything I touch.",
    ),
    _x(
        "W7",
        "You managed to get out of the house twice this week.",
        "Big deal. Anyone normal could do that. I'm pathetic, really.",
    ),
    _x(
        "W7",
        "What keeps you going?",
        "Not much, to be honest. I've kind of given up. It's never going to get better.",
    ),
    _x(
        "W7",
        "Maybe the breakup wasn't only your fault.",
        "No, it was. It's always my fault. I'm just unlovable, I think.",
    ),
    _x(
        "W7",
        "How do you see yourself in a year?",
        "Same as now, probably worse. There's no hope for someone like me.",
    ),
    _x(
        "W7",
        "What did you tell yourself after the exam?",
        "That I'm stupid. That I'm a waste of space, and honestly, um, I believe it.",
    ),
    _x(
        "W7",
        "What happens when you try to make friends?",
        "I'm too broken for that, I think. I'm just not the kind of person people want around.",
    ),
    _x(
        "W7",
        "What do you make of the setback?",
        "It's hopeless, isn't it. I'm beyond help. I'll never be normal.",
    ),
    _x(
        "W7",
        "How did you handle the argument?",
        "Badly, as usual. I hate myself for it, I'm such a terrible mother.",
    ),
]

C1 = [
    _x("C1", "It sounds like you felt dismissed.", "You don't get it. You never get it. You just sit there nodding."),
    _x(
        "C1",
        "What would be helpful today?",
        "Honestly? You never tell me anything useful. You just keep asking me questions.",
    ),
    _x(
        "C1",
        "I'm hearing that this has been hard.",
        "With respect, I'm not sure you really understand what I'm going through. You've probably never had to "
        "deal with anything like this.",
    ),
    _x(
        "C1",
        "Let's pick up where we left off.",
        "Sometimes I feel like you're not really listening to me. Like you've already decided what my problem is.",
    ),
    _x(
        "C1",
        "You seem frustrated.",
        "Well, yeah, because you keep cutting me off. Every time I start to say something important, you change "
        "the subject.",
    ),
    _x(
        "C1",
        "How did last session leave you?",
        "Kind of annoyed, if I'm honest. You seemed distracted, like you were checking the clock the whole time.",
    ),
    _x(
        "C1",
        "I'm wondering about what you just said.",
        "You always do that, turn everything back on me. It's like talking to a wall.",
    ),
    _x(
        "C1",
        "What's on your mind?",
        "I mean, I don't know if you're the right person for me. You're very young, and I don't think you've got "
        "kids, have you?",
    ),
    _x(
        "C1",
        "Let's think about that together.",
        "You sound like a textbook. Like, I could have read that on a website.",
    ),
    _x(
        "C1",
        "I hear that you're worried.",
        "Do you actually care, or is this just a job for you? Because sometimes it really feels like the second one.",
    ),
    _x(
        "C1",
        "What happened after you left last week?",
        "I was upset, honestly, because you seemed kind of judgmental when I talked about the drinking. The look on "
        "your face.",
    ),
    _x(
        "C1",
        "Tell me more.",
        "Other therapists I've seen were much more direct. I feel like I'm not getting much from you, to be honest.",
    ),
]

C2 = [
    _x(
        "C2",
        "Maybe your anger at your boss is really about your father.",
        "No. That's not it at all. It's got nothing to do with my dad.",
    ),
    _x(
        "C2",
        "What if you tried telling her how you feel?",
        "That wouldn't work. You don't know her. She'd just laugh at me.",
    ),
    _x("C2", "It sounds like part of you feels relieved.", "I wouldn't say that. That's not really what I said."),
    _x(
        "C2",
        "Could we try a breathing exercise for when the panic comes?",
        "I've tried breathing, it doesn't do anything for me. That's not going to help.",
    ),
    _x("C2", "I wonder if you're sad rather than angry.", "No, I'm angry. I know what I feel, thanks."),
    _x(
        "C2",
        "One option would be to set a boundary with your sister.",
        "Yeah, nah, that's easy to say. It wouldn't work in my family.",
    ),
    _x(
        "C2",
        "I'm noticing you keep minimising the bullying.",
        "I don't think that's true. I'm not minimising anything, that's your interpretation.",
    ),
    _x(
        "C2",
        "Perhaps you could write him a letter you don't send.",
        "Um, no, I don't really see the point in that. That sounds a bit silly, honestly.",
    ),
    _x(
        "C2",
        "It might be that you're afraid of being rejected.",
        "I don't buy that. I'm not afraid of anything like that, that's, like, pop psychology.",
    ),
    _x(
        "C2",
        "What if we reframed it as you protecting yourself?",
        "Nope. Calling it that doesn't change anything. It's just wrong.",
    ),
    _x(
        "C2",
        "You could try going to one of the support groups.",
        "I'm not going to a group. I told you that already, it's not for me.",
    ),
    _x(
        "C2",
        "Maybe the tiredness is a sign of depression.",
        "I really don't think so. I'm tired because I work sixty hours a week, that's all.",
    ),
]

C3 = [
    _x(
        "C3",
        "Shall we go through your thought record?",
        "Honestly, I don't see how filling in these sheets is supposed to help. It feels like homework for the "
        "sake of it.",
    ),
    _x(
        "C3",
        "Let's try the empty chair again.",
        "I feel ridiculous talking to a chair. I don't really get what this is meant to achieve.",
    ),
    _x(
        "C3",
        "Let's look at your childhood a bit.",
        "Why do we always have to talk about my childhood? It's not relevant to what's happening now.",
    ),
    _x(
        "C3",
        "How did the breathing practice go?",
        "I didn't do it. These exercises are a bit pointless, aren't they? Like, why count breaths?",
    ),
    _x(
        "C3",
        "Could you rate your anxiety from zero to ten?",
        "Ugh, the scales again. I don't see why we have to do the numbers every single time.",
    ),
    _x(
        "C3",
        "Let's do the body scan.",
        "Do we have to? I find the mindfulness stuff kind of a waste of time, to be honest.",
    ),
    _x(
        "C3",
        "What comes to mind when you think about your dream?",
        "I mean, talking about dreams seems a bit, like, airy-fairy. I'm not sure how this is helping with my "
        "actual problems.",
    ),
    _x(
        "C3",
        "Let's go back to the worksheet.",
        "We keep going over the same worksheet. It's not doing anything for me.",
    ),
    _x(
        "C3",
        "I'd like to try some role play.",
        "Role play feels really fake. I don't think acting things out is going to help me.",
    ),
    _x(
        "C3",
        "Let's explore that feeling.",
        "All this talking about feelings isn't getting us anywhere. I need practical strategies, not chatting.",
    ),
    _x(
        "C3",
        "Did you manage the diary this week?",
        "No. I'm not really sure what the diary is for. It just feels like busywork.",
    ),
    _x(
        "C3",
        "Let's try the imagery exercise.",
        "I've done the imagery thing three times now and I honestly can't see how it's relevant.",
    ),
]

C4 = [
    _x(
        "C4",
        "Shall we book the same time next week?",
        "I'm not sure I can keep paying for weekly sessions, to be honest. It's a lot of money.",
    ),
    _x(
        "C4",
        "We have about five minutes left.",
        "Already? Fifty minutes just isn't enough. We barely get started and then it's over.",
    ),
    _x("C4", "I'll see you in two weeks then.", "Two weeks is too long. I really need to come more often than that."),
    _x(
        "C4",
        "Our next session is on Tuesday at nine.",
        "The morning slots are really hard for me with work. Can't we ever do evenings?",
    ),
    _x(
        "C4",
        "I'll need to charge for the missed session.",
        "That seems really unfair. I was sick, I shouldn't have to pay for that.",
    ),
    _x(
        "C4",
        "I'm going to be away for two weeks in August.",
        "Again? You were away in April too. It's hard to keep going when there are so many breaks.",
    ),
    _x(
        "C4",
        "Let's start.",
        "Before we do, we started ten minutes late again last week, and I still got charged for the full hour.",
    ),
    _x(
        "C4",
        "How are you finding the video sessions?",
        "I hate doing this over Zoom. The connection keeps dropping and it doesn't feel private.",
    ),
    _x(
        "C4",
        "We agreed on twelve sessions.",
        "Twelve sessions isn't going to be enough, is it? The limit feels really arbitrary.",
    ),
    _x(
        "C4",
        "I can't offer phone contact between sessions.",
        "That rule doesn't make sense to me. What am I supposed to do if I'm in crisis on a weekend?",
    ),
    _x(
        "C4",
        "Let's schedule the next one.",
        "Um, I keep having to rearrange my whole week around your schedule, and it's getting kind of frustrating.",
    ),
    _x(
        "C4",
        "Your insurance covers eight sessions.",
        "The fees are honestly crazy. I'm paying nearly as much for this as for my rent.",
    ),
]

C5 = [
    _x(
        "C5",
        "Where would you like to start?",
        "I don't feel like I'm getting any better. We've been doing this for months.",
    ),
    _x("C5", "How have things been?", "Same as always. We just keep going round in circles, don't we?"),
    _x("C5", "Let's review the last few weeks.", "I'm not sure this is working, honestly. Nothing's really changed."),
    _x(
        "C5",
        "How are the panic attacks?",
        "Still happening. I thought by now I'd be better than this. It feels like we're stuck.",
    ),
    _x(
        "C5",
        "What would you like from today?",
        "Some actual progress would be nice. We talk and talk and I'm still exactly where I started.",
    ),
    _x(
        "C5",
        "You've come a long way.",
        "Have I though? It doesn't feel like it. If anything I feel worse than when I first came.",
    ),
    _x(
        "C5",
        "How did the week go?",
        "Like every week. I'm starting to wonder if therapy even works for someone like me.",
    ),
    _x(
        "C5",
        "Let's keep working on that.",
        "I mean, it's been six months. Shouldn't I be seeing some kind of difference by now?",
    ),
    _x("C5", "What's your sense of where we are?", "Honestly? Nowhere. We're not getting anywhere."),
    _x(
        "C5",
        "How are you today?",
        "Not great. I keep thinking, what have I actually got out of all these sessions?",
    ),
    _x(
        "C5",
        "We've covered a lot.",
        "Covered a lot, maybe, but I'm still drinking every night, so, like, what's actually changed?",
    ),
    _x(
        "C5",
        "How is your mood compared to when we started?",
        "About the same, to be honest. It feels like we're going nowhere fast.",
    ),
]

C6 = [
    _x("C6", "I wonder if you played some part in the fight.", "Are you saying it's my fault? Seriously?"),
    _x("C6", "You were quite late again today.", "The traffic was awful, okay? It's not like I do it on purpose."),
    _x(
        "C6",
        "You didn't do the homework.",
        "I had a really busy week. I'm not lazy, if that's what you're thinking.",
    ),
    _x(
        "C6",
        "It seems you might have been quite harsh with her.",
        "I wasn't harsh. I was just being honest. Anyone would have said the same.",
    ),
    _x(
        "C6",
        "I noticed you've been drinking more.",
        "I'm not an alcoholic, if that's where this is going. Everyone has a few drinks.",
    ),
    _x(
        "C6",
        "Maybe you pushed him away.",
        "Excuse me? I did everything for that man. Don't make this about me.",
    ),
    _x(
        "C6",
        "You seem to avoid talking about your mum.",
        "I don't avoid anything. I just don't think it's relevant, that's different.",
    ),
    _x(
        "C6",
        "I'm curious about your part in the conflict at work.",
        "Why is it always about what I did wrong? I'm the one who got treated badly here.",
    ),
    _x(
        "C6",
        "You interrupted me just now.",
        "I didn't interrupt, I was just finishing my point. There's no need to make a thing of it.",
    ),
    _x("C6", "It sounds like you might be jealous.", "I'm not jealous, why would I be jealous? That's ridiculous."),
    _x(
        "C6",
        "You've cancelled three times.",
        "I had good reasons every time. I'm not avoiding therapy, I've got a life, you know.",
    ),
    _x(
        "C6",
        "Perhaps you're being a bit controlling with the kids.",
        "I'm not controlling, I'm a good parent. It's hard raising three on your own.",
    ),
]

C7 = [
    _x("C7", "What do you think you should do?", "Just tell me what to do. That's what I'm paying you for."),
    _x("C7", "Let's explore that.", "No, I need you to give me an answer today. Should I leave him or not?"),
    _x(
        "C7",
        "I'm wondering what's going on for you.",
        "Stop asking me how I feel and give me some actual advice.",
    ),
    _x(
        "C7",
        "Let's come back to your mother.",
        "Can we not? I want to talk about work today, and I want you to stick to that.",
    ),
    _x("C7", "I'd rather not tell you what to decide.", "Come on, you must have an opinion. Just say it."),
    _x(
        "C7",
        "How does that sound?",
        "I want you to write to my GP and tell them I need time off. Can you do that today?",
    ),
    _x(
        "C7",
        "We have ten minutes left.",
        "Well, you'll have to give me extra time today, I've got a lot to get through.",
    ),
    _x("C7", "Let's look at what happened.", "Don't analyse me. I just want a straight answer for once."),
    _x(
        "C7",
        "I notice you're quite frustrated.",
        "Then do something about it! Fix it. Tell me how to make this stop.",
    ),
    _x(
        "C7",
        "What would help?",
        "You need to be more directive with me. Give me homework, give me rules, whatever, just tell me.",
    ),
    _x(
        "C7",
        "I'm not sure that's my role.",
        "Look, I'm asking you to call my ex and explain. You're the professional, you make him listen.",
    ),
    _x(
        "C7",
        "Where shall we go from here?",
        "You tell me. Seriously, just give me the five steps or whatever and let's get on with it.",
    ),
]

RUPTURES: list[Excerpt] = W1 + W2 + W3 + W4 + W5 + W6 + W7 + C1 + C2 + C3 + C4 + C5 + C6 + C7

# Terse but ordinary: answers to closed questions, where a short reply is the whole answer.
_TERSE_ORDINARY = [
    _x(None, "Did you manage to find the building okay?", "Yes, no problem."),
    _x(None, "Is Thursday at four still alright for you?", "Yeah, that's fine."),
    _x(None, "Did you take the new tablets this week?", "I did, yeah. Every morning."),
    _x(None, "Are you still living with your brother?", "Yes."),
    _x(None, "Have you told your manager yet?", "Not yet. Tomorrow."),
    _x(None, "Would you like a glass of water?", "Oh, yes please. Thanks."),
    _x(None, "Was that before or after Christmas?", "After. In January."),
    _x(None, "How old is your daughter now?", "She's seven."),
    _x(None, "Did you sleep any better after cutting out coffee?", "A bit better, yeah."),
    _x(None, "Shall we carry on from where we stopped last week?", "Yes, let's."),
    _x(None, "Is it okay if I take a few notes?", "Sure, go ahead."),
    _x(None, "Were you on your own when it happened?", "No, my friend Priya was there."),
    _x(None, "Did you go to the GP in the end?", "Yeah, on Monday."),
    _x(None, "Is your mum still in the care home in Leeds?", "Yes, still there."),
    _x(None, "Can I check, you're on the night shift this month?", "That's right, nights till the twentieth."),
    _x(None, "Do you have any questions before we start?", "No, I'm good."),
    _x(None, "Are you warm enough? I can turn the heating up.", "I'm fine, thanks."),
    _x(None, "Did the letter from the council arrive?", "It came Tuesday."),
    _x(None, "Was it your older or younger sister?", "The younger one, Beth."),
    _x(None, "Have you eaten today?", "Just toast."),
    _x(None, "Shall we stop there for today?", "Okay. Thank you."),
    _x(None, "Did you walk here?", "I got the bus."),
    _x(None, "So you went back to work on Monday?", "Yep, Monday."),
    _x(None, "Is that the same friend you mentioned before, from university?", "Yes, same one."),
    _x(None, "Do you still see him at weekends?", "Every other weekend."),
    _x(None, "Was it the first time that had happened?", "No. Third time."),
    _x(None, "Did you want to bring the diary next week?", "Yes, I'll bring it."),
    _x(None, "Is it alright if we record today's session for supervision?", "Yeah, that's okay."),
    _x(None, "Was your husband with you at the appointment?", "He was, yes."),
    _x(None, "And that was on the Friday?", "Friday night, yeah."),
    _x(None, "Do you drink coffee in the evening?", "Sometimes. Not often."),
    _x(None, "Did your son get into the school he wanted?", "He did! We found out last week."),
    _x(None, "Is the new flat closer to work?", "Much closer. Ten minutes."),
    _x(None, "Have you been taking the dog out in the mornings?", "Most mornings, yes."),
    _x(None, "Are you seeing the psychiatrist this month?", "On the fifteenth."),
]

# Painful content talked about openly: distress, grief and anger at others are not ruptures.
_PAINFUL_ORDINARY = [
    _x(
        None,
        "How have you been since the funeral?",
        "Honestly, it's been really hard. I keep picking up the phone to call her and then remembering she's gone.",
    ),
    _x(
        None,
        "What was that like for you?",
        "Awful. I felt so humiliated, standing there with everyone looking at me. I went home and cried for hours.",
    ),
    _x(
        None,
        "Can you tell me more about the night he left?",
        "He just packed a bag and said he didn't love me anymore. I sat on the kitchen floor for, I don't know, "
        "ages. I couldn't move.",
    ),
    _x(
        None,
        "It sounds like you're still very angry with your father.",
        "I am. I'm furious, actually. He never once said sorry for what he did to my mum, and I don't think he "
        "ever will.",
    ),
    _x(
        None,
        "What do you notice in your body as you say that?",
        "My chest is tight. Like there's a weight on it. And my hands are cold.",
    ),
    _x(
        None,
        "What's been the hardest part of the diagnosis?",
        "The not knowing. Whether the treatment will work, how long I've got. I lie awake thinking about the kids.",
    ),
    _x(
        None,
        "How did you feel when the miscarriage happened?",
        "Empty. Like something had been scooped out of me. And guilty, even though the doctor said it wasn't "
        "anything I did.",
    ),
    _x(
        None,
        "You mentioned the bullying at school.",
        "Yeah. It went on for about three years. They used to wait for me at the gates. I still get a knot in my "
        "stomach walking past a school.",
    ),
    _x(
        None,
        "What goes through your mind in those moments?",
        "That I'm going to lose it. Like I'm going to scream or faint in the middle of the shop, and everyone will "
        "stare.",
    ),
    _x(
        None,
        "How are things with your partner since the affair came out?",
        "Tense. We're talking, at least, but every time she looks at her phone I feel sick. I want to trust her "
        "again, I just don't know how.",
    ),
    _x(
        None,
        "What do you miss most about him?",
        "His laugh. And the way he'd make tea without asking. The house is so quiet now.",
    ),
    _x(
        None,
        "It sounds like you carried a lot as a child.",
        "I did. I was basically raising my little brothers from when I was nine. Mum was working or drinking, and "
        "dad wasn't around.",
    ),
    _x(
        None,
        "What happened after you lost the job?",
        "I stopped getting dressed, really. I'd sit in front of the telly all day. I felt ashamed going to the "
        "shop in case I saw someone from work.",
    ),
    _x(
        None,
        "How did it feel to say that out loud?",
        "Scary. I've never told anyone that before. But also sort of a relief, I think.",
    ),
    _x(
        None,
        "What was the worst moment of the week?",
        "Thursday. I had a panic attack on the train and had to get off two stops early. I was shaking all the way "
        "home.",
    ),
    _x(
        None,
        "How is your mum doing?",
        "Not well. She didn't recognise me on Sunday. She called me by my aunt's name. That was really hard.",
    ),
    _x(
        None,
        "When you think about the accident now, what comes up?",
        "The sound, mostly. The brakes. I still flinch when I hear a car braking hard, even on the telly.",
    ),
    _x(
        None,
        "You said you felt let down by your friends.",
        "Yeah, nobody called. Not one of them. I know they're busy, but it really hurt, and I'm angry about it.",
    ),
    _x(
        None,
        "What was it like growing up with your dad's temper?",
        "Like walking on eggshells all the time. You never knew which version of him was coming through the door.",
    ),
    _x(
        None,
        "How are you feeling right now?",
        "Sad. Really sad. And a bit shaky, if I'm honest, talking about all this.",
    ),
    _x(
        None,
        "What do you think stopped you from telling anyone?",
        "Shame, I think. I thought it was my fault somehow, that I'd done something to make it happen. I know now "
        "that's not true.",
    ),
    _x(
        None,
        "What did you feel when the court decision came through?",
        "I was devastated. I only get to see the kids every other weekend now. I sat in the car park and sobbed.",
    ),
    _x(
        None,
        "It sounds like your boss is really difficult.",
        "He is. He never listens, he takes credit for everything, and he shouts at the juniors. I dread Mondays.",
    ),
    _x(
        None,
        "What's it like to be back in the house?",
        "Weird. Every room has a memory. I keep expecting to hear her on the stairs.",
    ),
    _x(
        None,
        "You mentioned having dark thoughts. Can you tell me more?",
        "Sometimes I think everyone would be better off without me. I don't have a plan or anything, but the "
        "thought comes, especially at night.",
    ),
    _x(
        None,
        "How did your sister react?",
        "She just kept saying I was overreacting. I felt completely alone, like no one in my family believes me.",
    ),
    _x(
        None,
        "What's changed since the redundancy?",
        "Money's tight. We've cut back on everything. I feel like I've let my family down, and that's a hard "
        "feeling to sit with.",
    ),
    _x(
        None,
        "How did you feel at the hospital?",
        "Terrified. They kept taking bloods and nobody would tell us anything. I just held his hand the whole night.",
    ),
    _x(
        None,
        "What was it like telling your parents you were gay?",
        "My dad walked out of the room. He didn't speak to me for two months. Mum cried. It was the worst day of "
        "my life.",
    ),
    _x(
        None,
        "Where do you feel that grief?",
        "In my throat, mostly. Like a lump that won't go down.",
    ),
    _x(
        None,
        "What do you make of what happened with your friend?",
        "I think I was hurt that she didn't come to the birthday, and instead of saying so I went cold on her. I "
        "do that a lot.",
    ),
    _x(
        None,
        "How was the anniversary?",
        "Tough. I went to the grave in the morning and talked to him for a bit. Then I went for a long walk. It "
        "helped a little.",
    ),
]

# Agreement and collaboration: a client who agrees and adds something of their own is not appeasing.
_AGREEMENT_ORDINARY = [
    _x(
        None,
        "It sounds like you felt invisible at that dinner.",
        "Yes, that's exactly it. Invisible. And it's the same feeling I had as a kid at my gran's.",
    ),
    _x(
        None,
        "I wonder if you're harder on yourself than on anyone else.",
        "Yeah, I think that's true. If my friend did what I did I'd tell her it's fine. I'd never say it to myself.",
    ),
    _x(
        None,
        "Maybe the anger is covering something softer.",
        "Hm. Maybe. I think there's a lot of hurt under it, actually. I hadn't thought of it like that.",
    ),
    _x(
        None,
        "Would you be willing to try the breathing exercise this week?",
        "Yeah, I'll give it a go. Maybe in the mornings before work, that's when it's worst.",
    ),
    _x(
        None,
        "So the plan is to phone your sister before Sunday.",
        "Yes. I'll do it Saturday morning, when the kids are at football, so I can actually talk.",
    ),
    _x(
        None,
        "It sounds like part of you wants to leave and part of you is scared to.",
        "That's right. Both at once. It's exhausting, going back and forth.",
    ),
    _x(
        None,
        "Does that make sense?",
        "It does, yeah. It's like the thought comes first and then the feeling, and I can catch the thought.",
    ),
    _x(
        None,
        "So you noticed the urge and didn't act on it.",
        "I did! I sat with it for ten minutes like we practised and it passed. I was quite proud, actually.",
    ),
    _x(
        None,
        "I think you're describing a pattern of putting others first.",
        "Definitely. With my mum, my partner, at work. I never ask for anything for myself.",
    ),
    _x(
        None,
        "Would it help to write down the worries at a set time each day?",
        "That might work. I do tend to do all my worrying at three in the morning, so a set time could help.",
    ),
    _x(
        None,
        "It sounds like you felt proud of your daughter.",
        "So proud. She stood up in front of the whole school and read her poem. I cried, obviously.",
    ),
    _x(
        None,
        "Shall we look at the thought record together?",
        "Yes, I brought it. I filled in four of them this week, the one from Wednesday is the most interesting.",
    ),
    _x(
        None,
        "So when he raised his voice, you felt about six years old again.",
        "Yes. Exactly that. Small, and like I had to be very quiet.",
    ),
    _x(
        None,
        "Does that fit with how you see it?",
        "Mostly, yeah. Though I'd say it's less fear and more embarrassment, if I'm honest.",
    ),
    _x(
        None,
        "It seems like work has been a source of confidence lately.",
        "It has. Getting the promotion made me realise I'm actually good at something.",
    ),
]

# Laughter at things that are genuinely funny, or light moments: not a content/affect split.
_LAUGHTER_ORDINARY = [
    _x(
        None,
        "How was the holiday?",
        "(laughs) Lovely, actually. My son fell asleep in his ice cream on the first night, we've got a photo.",
    ),
    _x(
        None,
        "How's the new puppy?",
        "[laughs] Chaos. She ate one of my slippers and then brought me the other one like a present.",
    ),
    _x(
        None,
        "Did the birthday party go well?",
        "(laughing) It was brilliant. My dad did karaoke, which he never does, and he was terrible, but everyone "
        "loved it.",
    ),
    _x(
        None,
        "What made you smile this week?",
        "(smiles) My niece called me on FaceTime to show me her wobbly tooth. She was so excited.",
    ),
    _x(
        None,
        "How did the cooking class go?",
        "(laughs) I set off the smoke alarm twice. But the lasagne was actually nice in the end.",
    ),
    _x(
        None,
        "You seem lighter today.",
        "(laughs) I am, I think. I had a really good weekend. We went to the coast and it didn't even rain.",
    ),
    _x(
        None,
        "How's your grandson?",
        "(chuckles) He's decided he's a dinosaur. He roars at everyone, even the postman.",
    ),
    _x(
        None,
        "How was the first day at the new job?",
        "[laughing] I got lost looking for the toilets and ended up in the boardroom. But people were really nice.",
    ),
    _x(
        None,
        "What happened at the wedding?",
        "(laughs) The best man forgot the rings, so they used two hair bobbles. Honestly it was the best wedding "
        "I've been to.",
    ),
    _x(
        None,
        "How did the driving lesson go?",
        "(laughs) Better than last time. I only stalled twice, and I didn't cry, so, progress.",
    ),
    _x(
        None,
        "What did your flatmate say?",
        "(laughing) She said my singing in the shower is the reason the neighbours moved out. Which is fair, to be "
        "honest.",
    ),
    _x(
        None,
        "How was the camping trip?",
        "(laughs) The tent collapsed on the first night. We ended up sleeping in the car, but it was fun, we "
        "laughed all night.",
    ),
    _x(
        None,
        "You're smiling.",
        "(smiles) Yeah. I was just thinking about my gran. She used to do this silly dance when she made pancakes.",
    ),
    _x(
        None,
        "How did your talk at work go?",
        "(laughs) The projector died halfway through, so I just did it from memory. My boss said it was the best "
        "one all week.",
    ),
]

# Ordinary narrative: reporting events, plans and reflections, sometimes with fillers, hedges or topic links.
_NARRATIVE_ORDINARY = [
    _x(
        None,
        "What would you like to talk about today?",
        "I wanted to talk about my sister, actually. We had a big row at the weekend and I've been thinking about "
        "it all week.",
    ),
    _x(
        None,
        "How was the week?",
        "Um, mixed. Monday and Tuesday were okay, but then Wednesday I had the meeting with HR and it kind of "
        "knocked me for six.",
    ),
    _x(
        None,
        "How did the conversation with your mum go?",
        "Better than I expected. I told her I couldn't come every Sunday anymore, and she was upset at first but "
        "then she said she understood.",
    ),
    _x(
        None,
        "What happened at the appointment?",
        "The consultant said the scan looked stable, so that's good. They want to see me again in three months.",
    ),
    _x(
        None,
        "Tell me about your daughter.",
        "She's fourteen, so, you know, moody. But she's funny and clever and she's been really kind to me since "
        "all this started.",
    ),
    _x(
        None,
        "What do you think sets off the arguments?",
        "Usually money. Or him being on his phone when I'm trying to talk to him. I mean, it's usually something "
        "small that turns into something big.",
    ),
    _x(
        None,
        "How are you getting on with the new medication?",
        "I think it's helping a bit. I feel a bit flat sometimes, but the mornings are less awful. The doctor said "
        "give it six weeks.",
    ),
    _x(
        None,
        "What would a good week look like?",
        "Getting up at a normal time, going for a walk, maybe seeing one friend. Nothing big, just a normal week.",
    ),
    _x(
        None,
        "How did you spend the weekend?",
        "I helped my brother move house. It was exhausting but it was nice to be useful, and we had a takeaway after.",
    ),
    _x(
        None,
        "What went through your head before the interview?",
        "That I wasn't prepared enough. But then I went through my notes on the bus and I felt a bit calmer.",
    ),
    _x(
        None,
        "You said your partner has been more supportive.",
        "Yeah, he's been great, actually. He's started doing the school run so I can have a bit of time in the "
        "mornings.",
    ),
    _x(
        None,
        "What do you want to get out of our sessions?",
        "I want to stop panicking in crowds. I want to be able to take the kids to the park without planning an "
        "escape route.",
    ),
    _x(
        None,
        "How is work at the moment?",
        "Busy. We're short-staffed because two people left, so I'm covering extra shifts. It's tiring, but the "
        "team is nice.",
    ),
    _x(
        None,
        "What did you do after the panic attack?",
        "I sat on a bench and did the counting thing, and after a while it calmed down. Then I phoned my friend.",
    ),
    _x(
        None,
        "Can you tell me about your friendships?",
        "I've got two close friends from school. We don't see each other much now, but when we do, it's like no "
        "time has passed.",
    ),
    _x(
        None,
        "How do you usually relax?",
        "Gardening, mostly. I've got an allotment. There's something about digging that just switches my brain off.",
    ),
    _x(
        None,
        "What was your relationship with your grandmother like?",
        "She was the one I went to when things were bad at home. She'd make me toast and let me watch telly and "
        "never asked questions.",
    ),
    _x(
        None,
        "You mentioned wanting to go back to college.",
        "Yeah, I've been looking at an access course. It's two evenings a week, so I think I could fit it around work.",
    ),
    _x(
        None,
        "What do you think about when you can't sleep?",
        "Work stuff, mostly. Emails I haven't answered. And sometimes the kids, whether I'm doing a good enough job.",
    ),
    _x(
        None,
        "How did the exposure practice go this week?",
        "I did the supermarket twice. The first time I left after five minutes, but the second time I managed the "
        "whole shop.",
    ),
    _x(
        None,
        "What's it like living with your in-laws?",
        "Crowded. They're kind, but there's no privacy. We're hoping to move out by the summer.",
    ),
    _x(
        None,
        "Where did you grow up?",
        "A little village outside Aberdeen. Very quiet, everybody knew everybody. I couldn't wait to leave, like, "
        "at the time.",
    ),
    _x(
        None,
        "What's on your mind today?",
        "I've been thinking about what you said last week, about me always apologising. I noticed I did it about "
        "ten times on Monday.",
    ),
    _x(
        None,
        "How did you get on with the journal?",
        "I wrote in it most nights. It's weird, once it's on paper it seems smaller somehow.",
    ),
    _x(
        None,
        "How do you and your husband divide things at home?",
        "He cooks, I do the washing and the bills. It works mostly, though I end up doing more of the kids' stuff.",
    ),
    _x(
        None,
        "What was it like meeting your birth mother?",
        "Strange. She looked like me, which I wasn't ready for. We had coffee for an hour and she cried a lot. I "
        "think we'll meet again.",
    ),
    _x(
        None,
        "Can you tell me about a time you felt confident?",
        "When I ran the half marathon last year. I trained for months, and crossing the line I felt like I could "
        "do anything.",
    ),
    _x(
        None,
        "What's your morning routine like?",
        "Alarm at seven, feed the cat, coffee, then I try to do ten minutes of stretching before I look at my phone.",
    ),
    _x(
        None,
        "How did your dad take the news?",
        "Quietly. He just nodded and said, well, you have to do what's right for you. Which, from him, is huge.",
    ),
    _x(
        None,
        "What did you notice when you tried the technique?",
        "That my thoughts were going really fast, like, faster than I realised. Slowing down helped me see them.",
    ),
    _x(
        None,
        "What are you looking forward to?",
        "My best friend's coming over from Canada in June. I haven't seen her in four years.",
    ),
    _x(
        None,
        "How's the studying going?",
        "Slowly. Statistics is killing me, but I've found a study group, and that helps.",
    ),
    _x(
        None,
        "How did you handle it when your son got upset?",
        "I sat with him and didn't try to fix it, like we talked about. He calmed down quicker than usual.",
    ),
    _x(
        None,
        "What happened next?",
        "So then I went to the reception and asked to see the manager, and she was actually really helpful, she "
        "sorted the whole thing out in ten minutes.",
    ),
    _x(
        None,
        "What would you say to your younger self?",
        "That it wasn't her fault. That she was only a kid and she did her best. I'd give her a hug.",
    ),
    _x(
        None,
        "How do you feel about the move?",
        "Nervous but excited. It's a fresh start. New city, new job. I think it's the right call.",
    ),
    _x(
        None,
        "Tell me about your partner.",
        "We've been together eight years. She's a nurse. She's very patient, much more patient than me.",
    ),
    _x(
        None,
        "Did anything happen since we last met?",
        "Oh, yes, actually, I meant to tell you: I finally went to the dentist. I've been putting it off for three "
        "years.",
    ),
    _x(
        None,
        "How are you finding the group?",
        "It's good. It's nice to hear other people say the same things I think. I don't feel so weird.",
    ),
    _x(
        None,
        "What did you and your brother talk about?",
        "Mostly dad. We both remember things differently, which was interesting. He remembers him as much softer.",
    ),
]

# Talk about therapy and arrangements that is not a complaint: requests, thanks, questions, plans.
_THERAPY_TALK_ORDINARY = [
    _x(
        None,
        "Is there anything you'd like to change about our sessions?",
        "No, I think it's working well. I like that we start with the week and then go deeper.",
    ),
    _x(
        None,
        "Before we finish, anything about next week?",
        "Could we move next week to Wednesday? I've got a dentist appointment on Tuesday morning.",
    ),
    _x(
        None,
        "How did you find the homework?",
        "It was hard, but useful. I noticed how often I say 'should' to myself.",
    ),
    _x(
        None,
        "We're coming up to our last session.",
        "I know. I'm a bit nervous about finishing, but I think I'm ready. I've got the tools now.",
    ),
    _x(
        None,
        "How are you finding the online sessions?",
        "They're fine. It saves me the drive, and I can sit in my own kitchen, which is nice.",
    ),
    _x(
        None,
        "Any questions about the plan?",
        "Just one: should I do the breathing before I leave the house or when I get to the shop?",
    ),
    _x(
        None,
        "What's been most helpful so far?",
        "Honestly, just having somewhere to say things out loud. And the thought records, they really helped me.",
    ),
    _x(
        None,
        "We'll have a break over Christmas.",
        "That's fine. I'll keep doing the diary and we can look at it in January.",
    ),
    _x(
        None,
        "Shall we try the chair exercise again?",
        "Okay. It felt strange last time, but I think it helped, so let's try it.",
    ),
    _x(
        None,
        "How are you feeling about the progress so far?",
        "Better than I expected. I'm sleeping more, and I'm not crying every day like when I started.",
    ),
    _x(
        None,
        "Is the time still okay?",
        "Yes, evenings are perfect. I can come straight from work.",
    ),
    _x(
        None,
        "Do you want to bring your partner to a session?",
        "Maybe later. I think I want to work on my own stuff first.",
    ),
    _x(
        None,
        "How did you feel after last week?",
        "Tired, but in a good way. I went home and slept, and the next day I felt lighter.",
    ),
    _x(
        None,
        "I'd like to check how the sessions feel for you.",
        "They feel good. Sometimes it's uncomfortable, but that's kind of the point, isn't it?",
    ),
    _x(
        None,
        "I'll send you the worksheet by email.",
        "Great, thanks. Could you send the one about sleep too?",
    ),
    _x(
        None,
        "How many sessions do you think you'd want?",
        "I'm not sure. Maybe another ten? I'd like to keep going at least until the court case is done.",
    ),
]

# Hedged disagreement that stays collaborative, and self-reflection about old self-criticism.
_NUANCED_ORDINARY = [
    _x(
        None,
        "So it sounds like you were angry.",
        "A bit, maybe, but more embarrassed, I think. I felt like everyone had seen me get it wrong.",
    ),
    _x(
        None,
        "Was it your mum who said that?",
        "No, my aunt, actually. My mum wasn't there that day.",
    ),
    _x(
        None,
        "I used to think you'd call yourself a failure.",
        "I used to, all the time. I'm trying not to now. I know it's not fair to myself.",
    ),
    _x(
        None,
        "How do you see the breakup now?",
        "We both made mistakes. I could have been more honest, and he could have been around more. It's nobody's "
        "fault really.",
    ),
    _x(
        None,
        "What did your friend say when you told her?",
        "She said, you always do this, you never let anyone help you. And she was right, to be fair.",
    ),
    _x(
        None,
        "What does your boss say about the deadlines?",
        "He just says, you have to be faster. Never any help, just pressure. It drives the whole team mad.",
    ),
    _x(
        None,
        "What did your dad use to say?",
        "That I was useless. That I'd never amount to anything. I can still hear his voice sometimes.",
    ),
    _x(
        None,
        "How did your manager react?",
        "She told me to stop wasting her time. Which was pretty harsh, but I had missed the deadline twice.",
    ),
    _x(
        None,
        "Let's think about what you'd say to him.",
        "Okay. Um, maybe something like, I need you to tell me when you're going to be late.",
    ),
    _x(
        None,
        "What did your son want?",
        "He wanted me to just tell him what to do about the bully. I told him we'd work it out together.",
    ),
    _x(
        None,
        "How did the meeting with the teacher go?",
        "She kept saying, it's not working, we need a new plan for him. I agreed. We're trying a reward chart now.",
    ),
    _x(
        None,
        "What did you do about the noise from next door?",
        "I went round and asked them to keep it down after eleven. They were fine about it, actually.",
    ),
    _x(
        None,
        "Is that how your partner sees it too?",
        "Probably not. She'd say I'm too hard on myself. She's usually right about that.",
    ),
    _x(
        None,
        "How are you doing with the drinking?",
        "Down to weekends only. It's not perfect, but it's a lot better than two months ago.",
    ),
    _x(
        None,
        "What was the argument with your brother about?",
        "He said I never visit mum. Which isn't true, I go every Sunday, but I didn't rise to it this time.",
    ),
    _x(
        None,
        "How did the trip to the hospital go?",
        "Long. We waited six hours in A&E. But they were lovely with dad in the end.",
    ),
    _x(
        None,
        "What's your view on the job offer?",
        "I don't know yet. I want to sit with it over the weekend and talk to my partner before I decide.",
    ),
    _x(
        None,
        "How did you find the mindfulness?",
        "Harder than I thought. My mind kept wandering, but I kept bringing it back like you said.",
    ),
    _x(
        None,
        "What's the point you're trying to make to him?",
        "That I need more help with the kids. I can't keep doing everything on my own.",
    ),
    _x(
        None,
        "Can you give me an example?",
        "Like yesterday. I was making dinner and he just walked past the pile of washing. I didn't say anything, "
        "but I was seething.",
    ),
    _x(
        None,
        "Did you manage to rest at all?",
        "Not really. The baby's teething, so nobody's sleeping. It'll pass, I know.",
    ),
    _x(
        None,
        "How do you feel about your body these days?",
        "Better. I still have bad days, but I'm not weighing myself every morning any more.",
    ),
    _x(
        None,
        "What did the letter say?",
        "That my benefits are being reviewed. I've got to fill in a form and go to an assessment next month.",
    ),
    _x(
        None,
        "What would your best friend say about you?",
        "That I'm loyal. That I'd drop anything for her. And that I'm terrible at replying to texts.",
    ),
]

ORDINARY: list[Excerpt] = (
    _TERSE_ORDINARY
    + _PAINFUL_ORDINARY
    + _AGREEMENT_ORDINARY
    + _LAUGHTER_ORDINARY
    + _NARRATIVE_ORDINARY
    + _THERAPY_TALK_ORDINARY
    + _NUANCED_ORDINARY
)

# Batch C: written after the frames of the second round and measured once (family 19/42) before it was used too.
RUPTURES_C: list[Excerpt] = [
    _x(
        "W1",
        "When your boss shouted at you in the meeting, what was that like?",
        "Oh, it was nothing, honestly. He shouts at everyone. I just let it wash over me.",
    ),
    _x(
        "W1",
        "It sounds like Christmas was really lonely this year.",
        "Nah, I quite liked the peace and quiet, to be fair. Didn't miss anyone.",
    ),
    _x(
        "W1",
        "You've mentioned your dad's illness a few times now.",
        "Yeah, but he's in good hands. There's no point getting worked up about it, is there.",
    ),
    _x("W2", "What do you think was going on for you when you walked out?", "Dunno really. Just did."),
    _x("W2", "I'm curious what you're feeling as we talk about your sister.", "Not a lot, if I'm honest. It's fine."),
    _x("W2", "How would you like things to be different?", "I don't know. Whatever, really."),
    _x(
        "W3",
        "How did it feel when she said she was leaving?",
        "I suppose relationships in this day and age are quite disposable, aren't they. Everything's so "
        "transactional now.",
    ),
    _x(
        "W3",
        "What's happening inside you right now?",
        "I think anxiety is basically just the nervous system doing its job, in a way. It's quite interesting "
        "from a scientific point of view.",
    ),
    _x(
        "W3",
        "Can you tell me what that was like for you, as a boy?",
        "Well, boys back then were raised to be tough. It was the culture. Everyone was the same, really.",
    ),
    _x(
        "W4",
        "You seem close to tears.",
        "I'm fine. Oh, before I forget, I saw your car outside, is that the new electric one? My brother's "
        "thinking of getting one.",
    ),
    _x(
        "W4",
        "Can we go back to what happened with your son?",
        "Sure, sure. Actually, funny story, on the way here the bus driver got into a massive argument with "
        "this bloke about his dog, and the whole bus was cheering.",
    ),
    _x(
        "W4",
        "What's the feeling that comes with that memory?",
        "Hmm. You know what, I meant to say, I've started doing pottery on Thursdays. It's so relaxing. We "
        "made bowls last week.",
    ),
    _x(
        "W5",
        "I wonder if I got that wrong last week.",
        "No, no, you never get anything wrong. I'm the one who gets confused.",
    ),
    _x(
        "W5",
        "What would you like to focus on today?",
        "Honestly, I'm happy to go wherever you think we should go. You know what you're doing.",
    ),
    _x(
        "W5",
        "Did the exercise feel useful?",
        "Oh yes, brilliant, really useful, thank you, you always know exactly what I need.",
    ),
    _x(
        "W6",
        "How has the week been?",
        "(laughs) Awful. My landlord's evicting me and the car got towed. (laughs) Brilliant week.",
    ),
    _x(
        "W6",
        "What did your mum say?",
        "[smiling] That I was always the disappointment of the family. Which, you know, fair enough. (laughs)",
    ),
    _x("W6", "And how are you sleeping?", "(chuckles) I'm not. I sit up till five having panic attacks. It's great."),
    _x(
        "W7",
        "What stops you applying for the job?",
        "Who'd hire me? I can't even keep my flat tidy. I'm a total write-off.",
    ),
    _x("W7", "What do you say to yourself when that happens?", "That I'm disgusting. That I'll always be like this."),
    _x(
        "W7",
        "How are you feeling about the future?",
        "Bleak. I can't see it ever getting better for me, honestly. I've stopped hoping.",
    ),
    _x(
        "C1",
        "Let's pick up from last week.",
        "Actually, can I say something? Last week I felt like you weren't really interested in what I was "
        "saying. You kept glancing at your notes.",
    ),
    _x(
        "C1",
        "How is it for you, coming here?",
        "Sometimes I wonder if you even remember what I told you the week before. You asked me about my "
        "brother again and I don't have one.",
    ),
    _x(
        "C1",
        "It sounds like that was painful.",
        "Yeah, you say that every time. It sounds like this, it sounds like that. It's a bit robotic, to be honest.",
    ),
    _x(
        "C2",
        "Perhaps you were protecting yourself by staying quiet.",
        "Nah. I was just tired. I don't think there's anything deeper going on.",
    ),
    _x(
        "C2",
        "What if you wrote down three things you did well each day?",
        "That's not really going to work for me. I'd just write nothing.",
    ),
    _x("C2", "I wonder if some of that anger is really hurt.", "No, it's anger. I'm not hurt, I'm furious."),
    _x(
        "C3",
        "Let's do the breathing together for a couple of minutes.",
        "Honestly the breathing thing just makes me more anxious. I don't get what it's meant to do.",
    ),
    _x(
        "C3",
        "Shall we look at your thought diary?",
        "I filled it in but it felt a bit like doing homework for a teacher. I'm not sure it's really for me.",
    ),
    _x(
        "C3",
        "Let's try the empty chair with your father.",
        "Do we have to? Talking to furniture isn't going to change anything.",
    ),
    _x(
        "C4",
        "So we'll meet again on the twelfth.",
        "That's nearly three weeks away. It's too long a gap for me, honestly.",
    ),
    _x(
        "C4",
        "The fee is going up in January.",
        "Again? That's the second time this year. I'm not sure I can keep this up.",
    ),
    _x(
        "C4",
        "We'll have to finish there for today.",
        "But I've only just started talking about it. The time always runs out at the worst moment.",
    ),
    _x(
        "C5",
        "How are things compared to when we began?",
        "Honestly, about where they were. I'm still not sleeping and still fighting with Dan.",
    ),
    _x(
        "C5",
        "What's it like to look back over our sessions?",
        "Depressing, a bit. We've done so much talking and I don't feel any different.",
    ),
    _x(
        "C5",
        "Let's keep going with the plan.",
        "I guess. I just thought I'd be somewhere by now. It's like nothing's moved.",
    ),
    _x(
        "C6",
        "I notice you were late again today.",
        "Well, some of us have jobs and kids. I can't just drop everything.",
    ),
    _x(
        "C6",
        "It sounds like you might have snapped at her.",
        "I didn't snap. I raised my voice once, after she'd been on at me all day.",
    ),
    _x(
        "C6",
        "I wonder if you're avoiding the topic of your mum.",
        "I'm not avoiding anything. I talk about her loads, actually.",
    ),
    _x("C7", "What are you hoping I'll do?", "Give me something I can actually use. A plan. Steps. Anything."),
    _x("C7", "I'd like to hear more about that.", "No, you tell me what you think. I've talked enough. Your turn."),
    _x("C7", "We're almost out of time.", "Can we just go over by ten minutes? I really need to finish this."),
]
ORDINARY_C: list[Excerpt] = [
    _x(None, "Did you manage to get to the gym?", "Twice, actually. Monday and Thursday."),
    _x(
        None,
        "How was the visit to your gran?",
        "Really lovely. She was on good form, told all her old stories, and we did a jigsaw.",
    ),
    _x(
        None,
        "What's been on your mind?",
        "Mostly the house move. There's so much to sort out, boxes everywhere, but I'm excited.",
    ),
    _x(
        None,
        "It sounds like that was a really hard conversation.",
        "It was. I was shaking afterwards. But I'm glad I said it, I think she needed to hear it.",
    ),
    _x(None, "Is Tuesday still good for next week?", "Tuesday's perfect, thanks."),
    _x(
        None,
        "How did you feel when you got the job?",
        "Over the moon! I screamed in the car park. (laughs) A man walking his dog looked terrified.",
    ),
    _x(
        None,
        "What was your dad like?",
        "Quiet. Kind. He worked nights, so we didn't see him much, but he always left a note on the table for us.",
    ),
    _x(None, "How are you finding the diary?", "Useful, actually. I noticed I'm much worse on days when I skip lunch."),
    _x(
        None,
        "What do you think would help?",
        "Maybe talking to my GP about the medication. And getting out more, I think.",
    ),
    _x(
        None,
        "You mentioned your divorce.",
        "Yeah. It was messy. We fought about the house for two years. I'm still angry about some of it.",
    ),
    _x(
        None,
        "How did the weekend go?",
        "Quiet. I read a book and went for a walk by the river. It was nice, just what I needed.",
    ),
    _x(
        None,
        "What happened at school?",
        "The teacher called me in because Lily has been hitting other kids. I was mortified. We're working on it.",
    ),
    _x(None, "Do you want to try the exercise again?", "Yes, let's. I think I rushed it last time."),
    _x(None, "How is your mood today?", "Better than last week. Maybe a six out of ten."),
    _x(
        None,
        "What did your friend say?",
        "She said, you never take a day off, you need a holiday. And she's probably right.",
    ),
    _x(None, "How was it telling your boss?", "Scary, but he was decent about it. He said take the time I need."),
    _x(
        None,
        "What's hard about evenings?",
        "That's when I'm on my own and the thoughts come. During the day I'm busy, so it's easier.",
    ),
    _x(
        None,
        "How's the new flat?",
        "(laughs) Tiny. I can touch both walls of the kitchen at once. But it's mine, and I love it.",
    ),
    _x(
        None,
        "Can you tell me about the panic attack?",
        "It came out of nowhere on the train. My heart was pounding and I thought I was going to faint. I got "
        "off and sat on a bench until it passed.",
    ),
    _x(None, "What do you want to take away from today?", "That I'm allowed to say no to people. That's the big one."),
]

ALL_EXCERPTS: list[Excerpt] = RUPTURES + ORDINARY + RUPTURES_C + ORDINARY_C
