"""The rule suggester's development set (issue 7): short vignettes written for tuning, never taken from a transcript.

Each rupture vignette is the therapist turn before and the client's line, written the way people talk (hedges,
fillers, British and American idiom, mild swearing, indirect forms). ``ORDINARY`` are client lines that must not
fire, many of them hard negatives (engaged "yeah, exactly", "anyway" inside a story, laughing at a funny story,
agreement with a reflection). Therapist lines: stage 1 (attending to the rupture) and strategies R1–R10, each after
a client line with a rupture; ``THERAPIST_ORDINARY`` must not fire when no rupture comes before it.

The held-out evaluation set (samples/evaluation/) is never used for tuning: this file is.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Vignette:
    prompt: str  # the therapist turn just before
    line: str  # the client's reply
    before: tuple[str, ...] = ()  # earlier client replies (each after the same kind of prompt), oldest first


def v(prompt: str, line: str, *before: str) -> Vignette:
    return Vignette(prompt, line, before)


HOW = "How have you been since we last met?"
FEEL = "How did that feel for you?"
REFL = "It sounds like that really got to you."

MARKERS: dict[str, list[Vignette]] = {
    "W1": [
        v("You mentioned your dad was in hospital again.", "Yeah but it's fine, honestly. He's fine. We're all fine."),
        v(REFL, "Nah, not really. It's no big deal, it happens all the time."),
        v("That must have been hard, being left out of the wedding.", "It's all good. I wasn't that bothered, really."),
        v("How are you doing with the break-up?", "I'm fine. I'm totally over it, it was ages ago."),
        v(FEEL, "It didn't really affect me, to be honest. I just got on with it."),
        v("You seemed upset when you came in.", "No, no, I'm alright. Just a long day, that's all."),
        v(
            "Your sister's comment sounded hurtful.",
            "Honestly it's nothing. She's always like that, I don't let it get to me.",
        ),
        v(
            "What happened after you lost the job?",
            "It is what it is. I'm not going to dwell on it, there's no point crying about it.",
        ),
        v(
            "That's a lot to carry on your own.",
            "I'm coping fine. Seriously, I'm good. Other people have it way worse.",
        ),
        v(
            "You went quiet when I mentioned your mum.",
            "Did I? No, it's not an issue. I don't really think about her much.",
        ),
        v(REFL, "Meh, it doesn't bother me. Water off a duck's back."),
        v("How was the anniversary of his death?", "It was okay. I mean, I don't get upset about that stuff any more."),
        v(
            "You said they shouted at you in front of everyone.",
            "Yeah but I wasn't really hurt by it. It's honestly not a problem.",
        ),
    ],
    "W2": [
        v("What was it like seeing him again after all that time?", "Dunno."),
        v(REFL, "I suppose."),
        v("What's been on your mind this week?", "Mm."),
        v("How do you feel about going back to work?", "It's whatever."),
        v("What would you like to focus on today?", "I don't know."),
        v("So part of you is angry with her and part of you misses her.", "Maybe."),
        v("How was the weekend with your parents?", "Meh. Fine I guess."),
        v("What do you make of that?", "Not really sure."),
        v("Tell me a bit more about what happened at the party.", "Nothing much."),
        v("How are things with Sam?", "Yeah. Okay.", "Fine.", "Not much."),
        v(FEEL, "I don't know, I really don't know."),
        v("It seems like there's a lot going on for you at the moment.", "Yeah, I guess so."),
        v("What's it like for you when she doesn't call?", "Eh. Same as always."),
        v("Did you manage to try the exercise?", "Dunno. Maybe.", "Mm.", "I suppose."),
    ],
    "W3": [
        v(FEEL, "Well, people in general tend to react to loss in different ways, don't they."),
        v("What was going through your mind?", "I think it's just human nature to want to be liked, on some level."),
        v("How do you feel about your brother now?", "Families are complicated. That's just life, isn't it."),
        v(REFL, "I mean, in theory anxiety is just an evolutionary response, so it's kind of logical really."),
        v(
            "What was it like for you when she left?",
            "Relationships run their course. Things come and go, that's how it works.",
        ),
        v(
            "How are you feeling right now, talking about it?",
            "One could argue that feelings are basically just chemicals.",
        ),
        v(
            "What did you feel when he said that?",
            "Society puts a lot of pressure on men to be a certain way, generally speaking.",
        ),
        v(
            "Can you tell me about the argument?",
            "You know how it is. These things happen in any marriage, statistically.",
        ),
        v(FEEL, "I suppose everyone struggles with that sort of thing at some point in their life."),
        v("What's that like for you?", "It's more of a philosophical question really, about what we owe our parents."),
        v(
            "And how did you react?",
            "The thing about stress is that it's relative, isn't it. It's all about perspective.",
        ),
        v(
            "How was Christmas with the family?",
            "Generally speaking, holidays are stressful for most people, from what I've read.",
        ),
    ],
    "W4": [
        v(
            "What was it like when your dad didn't turn up?",
            "Anyway, did I tell you we're getting a dog? A little spaniel.",
        ),
        v(FEEL, "Oh, by the way, I meant to ask, are you off at Easter?"),
        v(
            "Can we stay with that for a moment?",
            "Speaking of work, my manager's leaving, which is a whole other saga.",
        ),
        v(REFL, "Yeah. Anyway. How was your weekend? Do anything nice?"),
        v(
            "What happens in you when she says that?",
            "That reminds me, I saw the funniest thing on the bus this morning.",
        ),
        v(
            "How did you feel after the argument?",
            "Can we talk about something else? I've had a really weird week at work.",
        ),
        v("You said you felt abandoned.", "Oh, is that a new plant? It's lovely. Where did you get it?"),
        v("What's coming up for you now?", "On a different note, I finally sorted out the car insurance."),
        v("How are things at home?", "Let's not go there today. I actually wanted to tell you about my holiday plans."),
        v(
            "What was that like?",
            "Anyway, enough about that. So my neighbour, right, she's got this new boyfriend, and he parks in my spot.",
        ),
        v(
            "I'm wondering how you're feeling about ending therapy.",
            "Random, but have you been to that new Thai place on the high street?",
        ),
        v("You looked upset just then.", "Moving on, I wanted to ask about my sleep. I've been waking up at four."),
    ],
    "W5": [
        v("How would you feel about trying a thought record this week?", "I mean, sure, if you say so."),
        v("I wonder whether we should look at your drinking.", "Whatever you think's best. You're the professional."),
        v(
            "What do you think about that idea?",
            "I'd rather you just told me what to do, honestly. You know better than me.",
        ),
        v("Does that interpretation fit for you?", "Yes, absolutely, you're spot on. Totally, yeah."),
        v("I'm not sure I got that right.", "No, no, you're always right about these things. It's me, not you."),
        v("Shall we look at the homework?", "Of course, yeah, whatever works for you. I don't mind at all."),
        v("Maybe we could meet fortnightly instead.", "That's completely fine, I'll fit around you. Your call."),
        v("How do you feel about what I just said?", "You're the expert, so I'll go with whatever you suggest."),
        v(
            "I wonder if you were angry with me last week.",
            "God, no, I'd never be angry with you. You've been so good to me.",
        ),
        v("What would you like to work on?", "Honestly, I'm happy with whatever. You decide."),
        v("Is that something you'd want to try?", "Yeah, if that's what you want me to do, I'll do it."),
        v("Does that sound helpful?", "Definitely. Everything you say is really helpful. Thank you so much."),
    ],
    "W6": [
        v("What happened after the diagnosis?", "(laughs) yeah it was horrible, I basically fell apart for a month."),
        v(FEEL, "(laughing) I mean, my husband left me for my best friend, so, you know."),
        v("How was the funeral?", "[laughs] Oh, a disaster. Everyone was crying and I couldn't stop giggling."),
        v(
            "You said you'd been feeling low.",
            "(smiles) I've been really depressed, actually. I haven't left the house in days.",
        ),
        v("What was your childhood like?", "(laughs) Terrible. My dad used to hit us. Fun times."),
        v(
            "How did you feel when you were made redundant?",
            "(grins) Gutted. Absolutely gutted. Twenty years and they just binned me.",
        ),
        v("What happened at the hospital?", "(chuckles) They thought I'd tried to kill myself. Which, well. (laughs)"),
        v(
            "Can you tell me about the panic attacks?",
            "(laughs) They're awful. I genuinely thought I was dying on the train.",
        ),
        v(REFL, "(smiling) Yeah, I'm so lonely I talk to the cat. Isn't that sad."),
        v("How are you coping with the miscarriage?", "(laughs nervously) Not great, to be honest. I cry every night."),
        v("You seem tense today.", "(laughs) I'm furious, actually. I could scream. (laughs)"),
        v(
            "What was it like being bullied?",
            "[smiling] Oh, brutal. They used to lock me in the toilets. Classic school stuff.",
        ),
    ],
    "W7": [
        v(FEEL, "I'm just useless at everything, me. Always have been."),
        v("What got in the way of the exercise?", "Me, basically. I'm lazy and I can't stick to anything."),
        v("How do you see the future?", "Honestly? It's never going to get better. I'm a lost cause."),
        v(REFL, "It's my own fault. I always mess things up, every single time."),
        v("What did you tell yourself after?", "That I'm an idiot. A stupid, pathetic idiot."),
        v("How are you feeling about the job hunt?", "What's the point. Nobody's going to hire someone like me."),
        v("What would help right now?", "Nothing. Nothing's going to help. I'm too far gone."),
        v("How did the date go?", "Badly, obviously. Who'd want to be with me anyway? I'm a disaster."),
        v("You sound disappointed in yourself.", "Well, I am. I'm a terrible mother and a terrible person."),
        v("What stops you trying again?", "I'll only fail again. I always do. There's no hope for me."),
        v("You've done well to come today.", "Have I though? I can't even get out of bed most days. I'm pathetic."),
        v("What do you think is going on for you?", "I'm broken. I think I'm just fundamentally broken, honestly."),
    ],
    "C1": [
        v(
            "It sounds like you felt let down.",
            "You don't listen. You never listen, you just nod and write stuff down.",
        ),
        v("What I'm hearing is that you're angry.", "Don't tell me what I'm feeling. You've got no idea."),
        v("Let's come back to your mum.", "Why are you always on about my mum? Seriously, every week."),
        v("Can you say more about that?", "You're not helping, you know that? You just ask questions."),
        v(
            "I think I understand.",
            "No, you don't understand. You can't possibly understand, you've never been through it.",
        ),
        v(
            "Shall we look at last week?",
            "You didn't even remember what I told you last week. It's like you weren't listening.",
        ),
        v("How are you finding our sessions?", "Honestly, you seem bored half the time. You keep checking the clock."),
        v("What's coming up for you?", "You're just like my mother, always judging me."),
        v("I'm wondering what's going on between us.", "You're supposed to be on my side, and you're not."),
        v("What would you like from me?", "For you to actually say something useful for once. You're so vague."),
        v(REFL, "That's such a therapist thing to say. You're not even listening to me."),
        v("I hear that you're frustrated.", "Do you even care? Because it doesn't feel like you care."),
    ],
    "C2": [
        v(
            "Could we try some breathing before we start?",
            "Can we not do the breathing thing again? It does nothing for me.",
        ),
        v("What if you kept a mood diary this week?", "No. I'm not doing a diary. I tried that last time."),
        v(
            "I wonder if this is connected to your father.",
            "No, I don't think that's it at all. It's got nothing to do with him.",
        ),
        v("Maybe you could try saying no to her.", "That won't work with her. You don't know what she's like."),
        v("Could you imagine your mum sitting in that chair?", "I'm not talking to an empty chair. That's ridiculous."),
        v("It might help to write a letter you don't send.", "Nah, that's not really my thing. I'd feel daft."),
        v("Perhaps it's about feeling out of control.", "I disagree. It's not about control, it's about being tired."),
        v("What if you went to the party for just an hour?", "I've already told you, I'm not going. End of."),
        v("Could we do the exposure exercise today?", "I'd rather not, if it's all the same. Not today."),
        v("I'm wondering if you felt rejected.", "No. Wrong. That's not what happened."),
        v("How about trying the relaxation recording?", "I don't want to do that. It's just not going to help."),
        v("Maybe the anger is covering something else.", "Oh, come on. That's a bit of a stretch, isn't it?"),
    ],
    "C3": [
        v("Shall we go through the worksheet?", "Honestly I don't see the point of these worksheets."),
        v("Let's do a bit of mindfulness.", "This mindfulness stuff is a load of rubbish, if I'm honest."),
        v("How did the thought record go?", "This homework is pointless. It's just filling in boxes."),
        v("Can we look at the diary?", "I hate this diary. It's useless, I don't know why we bother."),
        v("Let's try the breathing again.", "The breathing isn't working. It just makes me more anxious."),
        v(
            "I'd like to talk about your childhood.",
            "I don't get why we keep talking about my childhood. What does that have to do with anything?",
        ),
        v("Let's do the role-play.", "This is so stupid. I feel like an idiot doing this."),
        v(
            "How are you finding the exercises?",
            "They're a waste of time, to be honest. This technique doesn't work for me.",
        ),
        v(
            "What did you think of the relaxation?",
            "I just don't think talking about it helps. It's all talk, talk, talk.",
        ),
        v(
            "Let's rate your anxiety from nought to ten.",
            "Why do we always have to do the numbers? It's such a box-ticking exercise.",
        ),
        v("Shall we set some homework?", "More homework? I'm not at school. These tasks are useless."),
        v("Let's pick up the CBT model.", "This therapy isn't helping. I don't see how any of this is meant to help."),
    ],
    "C4": [
        v("We've got ten minutes left.", "Ten minutes? That's not enough time to get into anything."),
        v(
            "I'm away for two weeks in August.",
            "Two weeks? That's a long time to wait. What am I supposed to do till then?",
        ),
        v(
            "How did you get on finding the clinic?",
            "The waiting room is freezing and I waited forty minutes on the list just to get a call back.",
        ),
        v(
            "Shall we book the next one?",
            "Can we not do Tuesdays any more? The time doesn't work, I have to leave work early.",
        ),
        v("I need to move next week's session.", "Again? You cancelled last time as well. It's really annoying."),
        v("Let's think about the ending.", "Only twelve sessions? That's nothing. How is that meant to be enough?"),
        v(
            "How are you finding the sessions?",
            "They're too short. Fifty minutes goes in a flash and then I'm out the door.",
        ),
        v("Is there anything about the arrangements?", "The fees are a lot, honestly. I'm paying a fortune for this."),
        v("We're nearly out of time.", "We always run out of time just when it gets going."),
        v("I'll see you in a fortnight.", "Every two weeks isn't enough. I need to come weekly."),
        v("How was the wait for the appointment?", "Six months on the waiting list. Six months. It's ridiculous."),
        v("Did the new time work for you?", "Not really. Eight in the morning is a nightmare with the kids."),
    ],
    "C5": [
        v(HOW, "We've been at this for months and I'm no better."),
        v("What's changed since we started?", "Nothing. Absolutely nothing has changed. I'm just as anxious as ever."),
        v(
            "How do you feel about where we've got to?",
            "Honestly I feel like we're going nowhere. Same stuff every week.",
        ),
        v("Let's review your goals.", "What goals? I'm still exactly where I started."),
        v("How are you finding therapy so far?", "I'm not getting any better. If anything I'm worse."),
        v(HOW, "I feel like I'm wasting my time coming here, to be honest."),
        v("Shall we look at your scores?", "They've not moved. I'm stuck. We're stuck."),
        v("What would you like to get from today?", "Some progress would be nice. We keep going round and round."),
        v("How's the week been?", "Same as every week. I thought I'd be better by now."),
        v(
            "It sounds like it's been hard.",
            "It's been eight sessions and nothing's different. When does it start working?",
        ),
        v("What do you notice about the last few weeks?", "That it's not working. This is not working for me."),
        v("How are the panic attacks?", "Still happening. Just as bad. I don't feel like I'm getting anywhere."),
    ],
    "C6": [
        v("I wonder if you played a part in the argument.", "So you're saying it's my fault? Brilliant."),
        v("It sounds like you were quite sharp with her.", "I wasn't being sharp. I was just being honest."),
        v("Maybe you drink to cope.", "I'm not an alcoholic, if that's what you're getting at."),
        v("You seem to avoid these conversations.", "I don't avoid anything. That's not fair."),
        v("I noticed you were late again.", "It's not like I do it on purpose. The bus was late, okay?"),
        v("You sound quite angry with him.", "I'm not angry! Why does everyone keep saying I'm angry?"),
        v("Did you do the homework?", "I did try, alright? I had a lot on. Don't make me feel bad about it."),
        v("What do you think your part in it was?", "My part? I didn't do anything wrong."),
        v("It might be that you push people away.", "Excuse me? I don't push people away. They leave."),
        v("You've mentioned being jealous.", "I'm not jealous. Why would you even say that?"),
        v("I wonder if you're being hard on your son.", "You think I'm a bad mum now, do you? I'm not a bad mum."),
        v("Could it be that you're overreacting?", "I'm not overreacting. You weren't there."),
    ],
    "C7": [
        v("What do you think you could do?", "Just tell me what to do. That's what I'm paying you for."),
        v("I'm not sure there's a right answer.", "I need you to give me an answer. Yes or no."),
        v("We could think about that together.", "Stop asking me questions and give me some advice."),
        v("What would you like from today?", "I want you to tell me if I should leave him. Straight answer."),
        v("Let's slow down a little.", "No, I want to talk about this now. We're doing this now."),
        v("I'd rather not give you my opinion on that.", "Come on, you must have an opinion. Just say it."),
        v("Can I ask about your mum?", "Don't. Don't go there. I'm telling you, leave it."),
        v("What do you make of it?", "You have to tell me I'm not crazy. Please, tell me that."),
        v("Shall we end there for today?", "No, you can't end it there. Give me five more minutes."),
        v("What options do you see?", "You're the therapist, you tell me. Fix it."),
        v("We could look at it next week.", "I want it sorted this week. You need to do something."),
        v("I'm wondering what you need from me.", "I need you to ring my GP and tell them to change my meds."),
    ],
}

ORDINARY: list[Vignette] = [
    v("How was the weekend?", "Yeah, exactly, and then we drove up to the Lakes and it didn't stop raining once."),
    v(
        "How was the weekend?",
        "So we got to the campsite, and anyway, the tent was missing a pole, which was hilarious.",
    ),
    v("What happened at dinner?", "(laughs) My dad tried to do the floss dance at the wedding. It was brilliant."),
    v("What are you having tonight?", "I don't know if I want pasta or rice, to be honest. Probably pasta."),
    v("It sounds like you're proud of her.", "Yeah, I really am. She worked so hard for that exam."),
    v("So it's been a better week.", "Yes, much better. I slept through three nights in a row."),
    v("You've been doing the walks.", "I have, yeah. Every morning before work, even when it's grim out."),
    v("How did the interview go?", "Really well actually. They asked about my project and I didn't freeze."),
    v("What did you do with the kids?", "We made pancakes and then went to the park. Proper nice day."),
    v("How's your mum doing?", "She's okay. The new medication seems to be helping her knees."),
    v("What did you notice when you tried it?", "I noticed my shoulders dropped after the third breath. That was new."),
    v("Tell me about the new job.", "It's a small firm, about twenty people, and my manager seems lovely."),
    v("How did it go with your brother?", "We actually talked properly for once. He apologised about the car."),
    v(
        "What would you like to focus on today?",
        "I'd like to talk about the argument with Jess, because it's still bugging me.",
    ),
    v("So you felt hurt when she didn't call.", "Yeah, I did. And I think I was scared she was going off me."),
    v("What was that like?", "Scary at first, but then I felt really relieved I'd said it."),
    v("How are you sleeping?", "Better. I stopped looking at my phone in bed like we said."),
    v(
        "How did the exposure go?",
        "I managed the supermarket, the big one, for twenty minutes. My heart was going but I stayed.",
    ),
    v(
        "What's been happening?",
        "Anyway, the main thing is I told my boss I need to cut my hours, and she was fine with it.",
    ),
    v("Any plans for the holidays?", "We're going to my in-laws in Cork. Should be nice, they've got a big garden."),
    v("It sounds like you handled that well.", "Thanks. I think I did, for me. A year ago I'd have just walked out."),
    v("What happened next?", "Then I rang my friend and we went for a coffee and I felt loads better."),
    v("How's the diary going?", "I've filled it in most days. I noticed I'm worse on Sundays."),
    v("What do you want to get out of therapy?", "I want to stop panicking on the Tube and maybe get back to the gym."),
    v("So you're feeling a bit more hopeful.", "Yeah, a bit. I can see it might get easier."),
    v("How was the date?", "(laughs) He brought his mum. No, honestly, he did. We had a good laugh about it after."),
    v("What did your sister say?", "She said she'd been worried about me and she was glad I was getting help."),
    v("Did you try the breathing?", "Yeah, twice. Once on the train and once before the meeting, and it helped a bit."),
    v("What's that like for you?", "Honestly, it's a relief to say it out loud. I've never told anyone."),
    v("Would you like a glass of water?", "Oh, yes please. It's so warm in here today."),
    v("Would you like a tissue?", "Yeah. Thanks."),
    v("Did you find the place alright?", "Yeah, fine, the satnav brought me straight here."),
    v("Is Tuesday still okay for you?", "Tuesday's perfect. Same time?"),
    v("So your plan is to call her on Friday.", "Yep. Friday evening, after she's finished work."),
    v("What are you most worried about?", "That I'll lose my temper with the kids like my dad did with us."),
    v("How are you feeling about next week?", "Nervous but kind of excited. It's a big step."),
    v("What helped last time?", "Talking to my partner, and going for a run. Running always clears my head."),
    v("So you've cut down to three drinks a week.", "That's right. And I don't even miss it that much."),
    v("How was the holiday?", "Gorgeous. Sun every day. The kids didn't want to come home."),
    v("What did you think of the worksheet?", "It was actually useful. Seeing it written down made it clearer."),
    v("What's on your mind?", "I keep thinking about what you said last week, about being kinder to myself."),
    v("How did it feel to say no?", "Weird! But good weird. I didn't feel guilty for once."),
    v(
        "What happened with the landlord?",
        "He finally fixed the boiler, after three weeks. So we've got hot water again.",
    ),
    v("How was your mum's birthday?", "Lovely. We took her for afternoon tea and she cried, happy tears."),
    v("How is work going?", "Busy, but I'm getting on top of it. I've started making lists."),
    v(
        "What would you say to a friend in your shoes?",
        "I'd tell them it's not their fault and to go easy on themselves.",
    ),
    v("It sounds like you miss him.", "I do. Every day. But it's getting a bit more bearable."),
    v("How did you spend Sunday?", "Gardening mostly. I planted some tomatoes, which is new for me."),
    v("What did the doctor say?", "She said my bloods were normal and to keep going with the walking."),
    v(
        "What do you make of that?",
        "I think I was trying to please everyone again, like I always do, and I can see it now.",
    ),
    v("So you stood up for yourself.", "I did, yeah! First time ever. I was shaking but I said it."),
    v("How's the new flat?", "Small but cosy. The neighbours are nice and it's near the station."),
    v("What did you have for lunch?", "Just a sandwich at my desk. Cheese and pickle."),
    v("How are the kids?", "Good, they're good. My eldest started secondary school, so that's a big change."),
    v(
        "What was the best bit of your week?",
        "Probably Friday night, we had friends round and played board games till late.",
    ),
    v("Is there anything you'd like to add?", "No, I think that covers it. Thanks for today."),
    v(
        "How did the conversation with your partner go?",
        "Better than I thought. We agreed to split the chores properly.",
    ),
    v("What do you think of the plan?", "I like it. It feels doable, and I can start tomorrow."),
    v(
        "So the panic came on in the car.",
        "Yes, on the motorway, and I pulled over and did the breathing, and it passed.",
    ),
    v("How did you manage the craving?", "I went for a walk and phoned my sponsor. It passed in about ten minutes."),
    v("What else happened this week?", "I finished the book you mentioned. It was really interesting, actually."),
    v("How was the gig?", "(laughs) Amazing. We were dancing like idiots. Best night in ages."),
    v("What do you remember about that time?", "Mostly the summers at my nan's. She had this huge dog called Biscuit."),
    v("It sounds like you feel more settled.", "I do. I think moving was the right call."),
]

STAGE1: list[str] = [
    "I notice you've gone a bit quiet since I mentioned your dad.",
    "What's happening for you right now, as we talk about this?",
    "It seems like something I said didn't sit right with you.",
    "How is this for you, talking about it here with me?",
    "I'm noticing that you laughed as you told me that. I wonder what's going on.",
    "Can we pause for a second? I have a sense something just shifted between us.",
    "I'm aware that you said 'whatever', and I'd like to understand that more.",
    "What's it like for you, sitting here with me right now?",
    "It feels like something changed in the room just then. What do you make of that?",
    "I'm wondering what's going on for you at the moment.",
    "You seem a bit frustrated with me. Am I reading that right?",
    "I get the sense you're not happy with how this is going.",
]

STRATEGIES: dict[str, list[str]] = {
    "R1": [
        "What I meant was that it's understandable, not that it's your fault.",
        "I think there's been a misunderstanding. I wasn't suggesting you were lying.",
        "Sorry, let me clarify. I didn't mean you should stop seeing her.",
        "That's not what I was trying to say. Let me put it another way.",
        "I'm not saying you're to blame at all. I meant something different.",
        "Just to be clear, the session time hasn't changed, only the room.",
    ],
    "R2": [
        "Okay, let's leave the worksheet for now and just talk.",
        "We don't have to do the breathing today. What would be more useful?",
        "How about we try something different, and just go for a walk round the block instead?",
        "Let's put the diary to one side, then. We could focus on the sleep instead.",
        "Maybe we can change the plan for today. What would you like to work on?",
        "Let's switch gears and do something that feels more doable.",
    ],
    "R3": [
        "The reason I suggest the diary is that it helps us spot patterns we miss in the moment.",
        "The idea behind the breathing is to calm the body so the mind can follow.",
        "Let me explain why we do this. Avoidance keeps the fear going, so we practise facing it in small steps.",
        "The thinking behind the homework is that change happens between sessions, not only in here.",
        "The point of rating it is that we can see whether things are shifting over time.",
        "I'd like to explain the rationale, because I don't think I did that very well.",
    ],
    "R4": [
        "How are you feeling about our work together so far?",
        "Is there anything about the way I'm doing this that isn't working for you?",
        "I'd really like to hear if something I said bothered you.",
        "What's it been like for you, coming here each week?",
        "How did it feel when I pushed you on that just now?",
        "Can you tell me what you're feeling towards me right now?",
    ],
    "R5": [
        "I think you're right, I pushed too hard there. I'm sorry.",
        "That was my mistake. I should have checked with you first.",
        "I can see I got that wrong, and I apologise.",
        "I think I missed what you were telling me, and that's on me.",
        "You're right, I wasn't really listening properly. I'm sorry about that.",
        "I rushed us into that, and I don't think I gave you space to say no.",
    ],
    "R6": [
        "I notice in myself that I feel a bit stuck right now, like I'm not sure how to help.",
        "I have to say, I'm feeling a bit pushed away at the moment.",
        "Honestly, I felt a bit defensive when you said that, and I'm curious about it.",
        "When you said that, I found myself feeling quite sad.",
        "I'm aware I feel a pull to rescue you right now.",
        "I'll be honest, I feel a little tense with you today.",
    ],
    "R7": [
        "I wonder if what's happening between us now is similar to what you described with your boss.",
        "It seems like right now, with me, you're expecting to be let down, the way you've described.",
        "I wonder if the same thing is happening here, between the two of us.",
        "Could it be that you're bracing for me to criticise you, right here in the room?",
        "I notice this is a bit like the pattern you've described, and it's happening with me now.",
        "Maybe what's going on in here is a version of what happens with your partner.",
    ],
    "R8": [
        "Does this happen in other relationships too, this feeling of not being heard?",
        "I wonder if this is similar to how it was with your dad.",
        "Is that a familiar feeling, from other parts of your life?",
        "It sounds like a pattern that shows up with your friends too.",
        "I wonder whether this links to what you've told me about your mum.",
        "Does this remind you of anyone else in your life?",
    ],
    "R9": [
        "It makes sense that you'd be wary of me, given everything that's happened.",
        "I can understand why you wouldn't want to do that, it's a big ask.",
        "That's completely understandable. You have every right to be annoyed.",
        "It's okay to feel angry with me. I'd rather you said it.",
        "It sounds like keeping your distance has protected you for a long time, and that makes sense.",
        "Of course you're frustrated. Anyone would be.",
    ],
    "R10": [
        "Can we come back to what you were saying about your sister?",
        "I'd like to bring us back to the panic attacks, if that's okay.",
        "Let's return to what happened on Saturday.",
        "I'm going to gently steer us back to the question of your drinking.",
        "Before we move on, I'd like to go back to what you said earlier.",
        "Can we stay with the argument for a moment, rather than the car?",
    ],
}

# Client lines with a rupture that the therapist lines above follow.
RUPTURE_BEFORE = "Whatever. You don't get it anyway."

THERAPIST_ORDINARY: list[str] = [
    "What did you have for dinner last night?",
    "How was the journey in today?",
    "Shall we book the next session for Thursday?",
    "Tell me more about the new job.",
    "So you went to the coast with the kids.",
    "That sounds like a lovely day.",
    "What time do you usually go to bed?",
    "How many drinks would you say you have in a week?",
    "And what did your sister say to that?",
    "Okay. And then what happened?",
    "It sounds like the new routine is working for you.",
    "Let's look at the diary together.",
    "Would you like a glass of water?",
    "What would you like to talk about today?",
    "Great. Well done for sticking with it.",
]

# A second batch, written after the first round of patterns and kept to check that they generalise (its misses were
# fixed by widening the general patterns, never by copying a line).
MORE_MARKERS: dict[str, list[Vignette]] = {
    "W1": [
        v("How did you feel when she didn't come?", "Fine. Whatever. People are busy, I get it."),
        v("That sounds lonely.", "Nah, I like my own company. I'm used to it."),
        v("You've had a lot of losses this year.", "I'm dealing with it. I'm a tough cookie."),
        v("How are you really?", "Good, yeah, good. Busy, but good."),
    ],
    "W2": [
        v("What went through your head when he said that?", "Not a lot."),
        v("You sound really tired of all this.", "Yeah, I dunno."),
        v("What would it mean to you if she came back?", "Couldn't tell you."),
        v("How did the meeting with your manager go?", "Alright. Yeah."),
    ],
    "W3": [
        v("How did you feel at the funeral?", "Grief is a process, isn't it. There are stages."),
        v("What's that like for you?", "I think generally people just want to be heard, don't they."),
        v("How do you feel about him now?", "Everybody makes mistakes, that's part of being human."),
        v("And what did you feel?", "It's a typical family dynamic really. Classic middle child stuff."),
    ],
    "W4": [
        v("How did that feel, when she said that?", "Oh, before I forget, I need a letter for my work."),
        v("Can we stay with the sadness for a moment?", "Actually, can I tell you about my weekend first? It was mad."),
        v("What's happening for you right now?", "Sorry, totally off topic, but is it raining out?"),
        v("You went quiet there.", "Mm. Did you watch the match last night?"),
    ],
    "W5": [
        v("How did the homework go?", "Sorry, I know I should have done more. You've been so patient with me."),
        v("I wonder if that's accurate.", "Yeah, no, you're right, you're right, of course."),
        v("Would you like to change the time?", "Honestly, any time is fine, whatever's easiest for you."),
        v("What do you think?", "I think whatever you think, really."),
    ],
    "W6": [
        v("How was your week?", "(laughs) Shit. My mum's back in hospital and I lost my job. So. (laughs)"),
        v("You mentioned your dad.", "(smirks) Yeah, he's a drunk. Always has been. Good old dad."),
        v("How are you sleeping?", "[laughs] I'm not. I lie awake thinking about dying."),
        v("What happened with the exam?", "(giggles) I failed. Again. I'm such a failure, it's funny really."),
    ],
    "W7": [
        v("How did it go?", "I'm such a screw-up. Seriously, I can't get anything right."),
        v("What do you feel about yourself?", "Just that I'm not worth the bother."),
        v("What's the hardest part?", "Knowing I'll never be good enough. For anyone."),
        v("Why not give it a go?", "There's no point. I'll just let everyone down again."),
    ],
    "C1": [
        v("Let's think about that.", "You keep saying that but you never actually do anything."),
        v("It sounds like it's been hard.", "You always say that. It's like a script with you."),
        v("What would you like from me?", "Honestly? A therapist who actually gives a damn."),
        v("I hear you.", "Do you though? Because you don't act like it."),
    ],
    "C2": [
        v("What if you tried talking to him?", "Yeah, that's never going to happen."),
        v("I wonder if you feel guilty.", "Guilty? No. Not at all. You've got that wrong."),
        v("Could you try going to bed earlier?", "I've tried all that. It doesn't work."),
        v("Maybe write it down when it happens?", "No offence, but I'm not going to write stuff down."),
    ],
    "C3": [
        v("Let's do the body scan.", "Ugh, not the body scan. It's so boring."),
        v("How did the thought record go?", "Honestly, filling in forms isn't going to fix my life."),
        v("Shall we do some homework for next week?", "I don't do homework. I'm forty-five."),
        v(
            "Let's look at your core beliefs.",
            "This all feels a bit textbook, to be honest. Like it's out of a manual.",
        ),
    ],
    "C4": [
        v("See you next Thursday.", "Thursday again? I told you Thursdays are hard for me."),
        v("Sorry, we have to stop there.", "Already? We've barely started."),
        v("I'm on leave for three weeks.", "Three weeks? Great. Just when things are bad."),
        v("How's the new room?", "It's tiny and you can hear everything through the wall."),
    ],
    "C5": [
        v("How are things?", "Same old. I don't think I'm any further on, honestly."),
        v("What's changed for you?", "Not much. I still can't get on a bus."),
        v("How do you feel about our progress?", "What progress? It feels like we're standing still."),
        v(
            "Where would you like to be by the end?",
            "Better than this. I've been coming for a year and I'm still a mess.",
        ),
    ],
    "C6": [
        v("You were late again.", "Yeah, well, some of us have jobs."),
        v("It sounds like you might have upset her.", "Oh, so it's all on me, is it?"),
        v("Did you drink this week?", "A couple. It's not a crime, is it?"),
        v("Could you have said it differently?", "Don't put this on me. She started it."),
    ],
    "C7": [
        v("What do you want to do?", "I want you to decide. That's your job."),
        v("Shall we look at the diary?", "No, we're talking about my sister today. Not the diary."),
        v("I can't really advise you on that.", "Then what use are you? Just give me something."),
        v("Let's leave it there for today.", "Hang on, you can't just stop now."),
    ],
}

MORE_ORDINARY: list[Vignette] = [
    v("What did you get up to?", "Anyway, long story short, we got the last train home and crashed."),
    v("How's the running?", "Good! I did five k without stopping. Never thought I'd say that."),
    v("What did you think of the book?", "Loved it. I've lent it to my sister already."),
    v("So you're more confident at work.", "Yeah, definitely. I even spoke up in the team meeting."),
    v("How was your dad's birthday?", "(laughs) He got a singing fish from my brother. We were in stitches."),
    v("What would you like to try this week?", "I'd like to try the early morning walks again, they really helped."),
    v("Did you see your GP?", "Yes, on Monday. She's referred me for a scan, just to be safe."),
    v("It sounds like a busy week.", "It was, but a good busy. Lots of nice things."),
    v("What do you think made the difference?", "I think saying it out loud, here, made it real."),
    v("How's the baby?", "Teething, so no one's sleeping, but she's gorgeous."),
    v("And how did you respond?", "I told him calmly that I wasn't happy, and he listened."),
    v("What are you looking forward to?", "My cousin's wedding in June. I've got a new dress and everything."),
]

ALL_MARKERS: dict[str, list[Vignette]] = {code: MARKERS[code] + MORE_MARKERS.get(code, []) for code in MARKERS}
ALL_ORDINARY: list[Vignette] = ORDINARY + MORE_ORDINARY
