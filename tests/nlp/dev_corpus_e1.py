"""Independent development corpus E1: fictional therapy-session fragments.

Contents
--------
``FRAGMENTS`` holds 65 short, entirely fictional fragments of individual adult
outpatient therapy sessions (mostly CBT, MI and DBT, with some schema,
psychodynamic, EFT and person-centred work). Speakers use British, Irish,
Scottish, Indian and Nigerian Englishes.

* ``e1-001`` .. ``e1-025``: 25 "ordinary but hard" fragments with no rupture
  (complaints about bosses, GPs, exes, previous therapists; genuine laughter;
  short answers to closed questions; self-criticism that is being explored
  collaboratively; collaborative disagreement; routine feedback checks;
  purely practical rescheduling).
* ``e1-101`` .. ``e1-140``: 40 rupture fragments. Every 3RS marker W1-W7 and
  C1-C7 appears in at least two fragments. About two thirds contain a
  therapist turn that attends to the rupture (Safran-Muran stage 1); in the
  rest the therapist misses it, redirects, explains the rationale, apologises
  or changes the task.

Each fragment: ``id``, ``turns`` (list of ("T" | "P", text)), ``markers``
(list of (index of a client turn, 3RS code)) and ``stage1`` (indices of
therapist turns that attend to the rupture here and now). Indices are 0-based.

All people, places and events are invented. Written independently on
2026-11-22 from the coding-scheme guide (``/work/shared/guide/coding-scheme.md``)
only, without looking at the suggester, its resources, samples or other
corpora.
"""

FRAGMENTS: list[dict] = [
    # ------------------------------------------------------------------
    # Ordinary (no rupture) but hard fragments
    # ------------------------------------------------------------------
    {
        "id": "e1-001",
        "turns": [
            ("T", "So last time we said we'd have a look at the Thursday meetings. How did this week's go?"),
            (
                "P",
                "Honestly? Awful. Gareth did it again, he took my slides, stuck his name on the front and presented them to the regional lot like he'd been up till midnight doing them. (exhales) I could have thrown my coffee at him.",
            ),
            (
                "T",
                "He took your work and got the credit for it, in front of the people who matter. That sounds infuriating.",
            ),
            ("P", "It was! And the worst bit is I just sat there. Smiling. Like a lemon."),
            (
                "T",
                "Let's slow that moment down a bit, if that's okay. You're sitting there smiling, what's going through your mind?",
            ),
            (
                "P",
                "Um... something like, if I say anything I'll look petty. Everyone'll think I'm the one with the problem.",
            ),
            ("T", "'I'll look petty.' How strongly did you believe that in the moment, nought to a hundred?"),
            ("P", "Ninety? Ninety-five. (laughs) Less now, saying it out loud to you."),
            ("T", "Less now. What's changed?"),
            ("P", "Well, they're my slides. It's not petty to say they're my slides, is it."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-002",
        "turns": [
            ("T", "Did you get a chance to do the activity diary?"),
            (
                "P",
                "I did, I did. Well, most of it. (laughs) You won't believe this. I left it on the kitchen table and the dog, Biscuit, ate Wednesday. Just Wednesday. Thursday's grand, there's a bite out of Friday.",
            ),
            ("T", "(laughs) Wednesday must have been tasty."),
            (
                "P",
                "Wednesday was a cracker actually, that's the annoying part. I went down for the sea swim with my sister. I can tell you it from memory.",
            ),
            ("T", "Go on then, let's rebuild Wednesday. What time did you go?"),
            (
                "P",
                "Half seven in the morning, freezing. Mood before was maybe a three out of ten, after... an eight? Eight.",
            ),
            ("T", "Three to eight. That's a big jump."),
            ("P", "It is, yeah. I'd forgotten how much that does for me."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-003",
        "turns": [
            (
                "T",
                "I'd like to just get a picture of a typical week, if that's alright. How many days last week did you drink?",
            ),
            ("P", "Five."),
            ("T", "And on those days, roughly how much?"),
            ("P", "Four cans. Sometimes five on a Friday."),
            ("T", "Strong ones or ordinary?"),
            ("P", "Ordinary. Four percent."),
            ("T", "Okay. And the two days you didn't, what was different about them?"),
            (
                "P",
                "Sunday and Monday. Sunday I'm at my daughter's, she doesn't keep drink in the house, and Monday, I don't know, Monday I'm just wrecked after the weekend, I don't fancy it. Actually Monday's usually a decent day, now I think about it. I sleep better.",
            ),
            ("T", "So there are days already where you're not drinking, and you notice you sleep better."),
            ("P", "Yeah. Funny, I hadn't really put that together."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-004",
        "turns": [
            (
                "T",
                "You said a minute ago, 'I'm useless, I can't even manage a simple presentation.' Can we look at that one together?",
            ),
            (
                "P",
                "Yes. It's, it's the thought I get all the time, actually. Since school. My father used to say it, not exactly those words, but 'you'll never manage anything, Arjun.'",
            ),
            (
                "T",
                "So it has a long history, that thought. When it shows up now, how much of it feels like your voice and how much like his?",
            ),
            (
                "P",
                "Hm. [pause] That's interesting. The tone is his. Definitely. The words are mine now, I've taken them over.",
            ),
            ("T", "And what would the evidence say, about the presentation?"),
            (
                "P",
                "Evidence is... I did it. I stumbled on slide four, I forgot the figures, but my manager said it was clear. So 'useless' is too strong. It's not accurate. 'I had a shaky moment' would be more accurate.",
            ),
            ("T", "How does it feel to say it that way?"),
            ("P", "Lighter. A bit strange, honestly, but lighter. Can I write it down?"),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-005",
        "turns": [
            ("T", "It sounds like the thought underneath might be 'people will reject me if they see I'm anxious.'"),
            (
                "P",
                "Mm, I'm no sure that's quite it, actually. It's not rejection. It's more... that they'll feel sorry for me. The pity. That's what I cannae stand.",
            ),
            ("T", "Ah, so it's pity rather than rejection. That's an important difference. Say more about the pity?"),
            (
                "P",
                "Like my mum's pals when my dad died. That look. The head tilt. (laughs) You know the one. I'd rather they thought I was rude than gave me the head tilt.",
            ),
            ("T", "So being seen as anxious means getting the head tilt, and that feels worse than being rejected."),
            ("P", "Aye, exactly that. It makes me feel wee. Like a charity case."),
            (
                "T",
                "Okay. So maybe the thought is more like 'if they see I'm anxious they'll pity me, and being pitied means I'm weak'?",
            ),
            ("P", "Yes. That's closer. That's much closer."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-006",
        "turns": [
            (
                "P",
                "...and then the GP, right, the GP doesn't even look up from the screen. Eight minutes. 'Have you tried mindfulness?' I nearly walked out.",
            ),
            ("T", "You'd finally got yourself in there and it felt like he wasn't even seeing you."),
            (
                "P",
                "He wasn't! I'd built up to that appointment for weeks. Weeks. And he's typing away, asking me to rate my mood one to ten like it's a customer survey.",
            ),
            ("T", "That must have been so deflating after all that effort. Angry, and maybe a bit dismissed?"),
            (
                "P",
                "Dismissed. Yeah. That's the word. (sighs) It's the same feeling as when I was a kid and I'd tell my mum something and she'd carry on doing the dishes.",
            ),
            ("T", "The same feeling, of talking to someone's back."),
            ("P", "Exactly. Talking to someone's back. God. I've never put it like that."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-007",
        "turns": [
            (
                "T",
                "Before we finish, I like to check in. How has today's session been for you? Anything that worked, anything that didn't?",
            ),
            (
                "P",
                "It's been good, actually. The chain analysis felt like homework at first but when we got to the bit about the text from my sister, something clicked.",
            ),
            ("T", "What clicked?"),
            (
                "P",
                "That it wasn't the text itself, it was that I hadn't slept and I hadn't eaten since breakfast. I was already at a nine before she even wrote anything.",
            ),
            ("T", "The vulnerability factors. Yes. Is there anything you'd want me to do differently next time?"),
            (
                "P",
                "Maybe go a bit slower on the worksheet? I was rushing to keep up. But the rest, no, it's fine. I like how you explain things.",
            ),
            ("T", "Slower on the worksheet, noted. Thank you for telling me."),
            ("P", "No wahala. Thank you too."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-008",
        "turns": [
            (
                "P",
                "Before we start, please, next Tuesday I have to take my mother to the embassy for her visa appointment. It's at ten. Can we move?",
            ),
            ("T", "Of course. I have Wednesday at four or Thursday at eleven."),
            ("P", "Thursday at eleven is better. Wednesday I'm on shift till six."),
            ("T", "Thursday at eleven, then. I'll send the confirmation email this afternoon."),
            ("P", "Thank you. And is it this same room or the one upstairs?"),
            ("T", "Same room. Anything else before we begin?"),
            ("P", "No, that's all. Let's start."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-009",
        "turns": [
            (
                "P",
                "He has messaged again. After eight months, suddenly 'hi, how are you, hope you are doing well.' As if nothing. As if he didn't empty our joint account.",
            ),
            ("T", "Eight months of silence and then a breezy 'hope you're doing well.'"),
            (
                "P",
                "Breezy, exactly. I wanted to reply, 'I am doing very well, no thanks to you, where is my forty thousand rupees.' (laughs) I didn't send that.",
            ),
            ("T", "That would have been quite a reply. It sounds like there's a lot of anger there."),
            (
                "P",
                "There is. A lot. I'm angry with him and I'm also angry with myself for checking if he's been online. I checked four times yesterday.",
            ),
            ("T", "What happens in you when you check?"),
            ("P", "A little jump in my stomach. Like, maybe he's sorry. Then I feel like an idiot."),
            ("T", "So a part of you is still hoping for the apology."),
            ("P", "Yes. (quietly) Yes, that's it. I want him to say sorry."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-010",
        "turns": [
            ("T", "Let's go through the diary card. Urges to self-harm this week, highest?"),
            ("P", "Two. On Saturday."),
            ("T", "Any actions?"),
            ("P", "No."),
            ("T", "That's your third week with none. Skills used?"),
            (
                "P",
                "TIPP on Saturday, the cold water. And opposite action on Tuesday, I went to the shop instead of staying in bed.",
            ),
            ("T", "Cold water on Saturday, did it bring the urge down?"),
            ("P", "From a two to a zero, in about ten minutes. It works better than I thought it would, to be honest."),
            ("T", "Good. Let's put Saturday on the agenda, I'd like to hear what set it off."),
            ("P", "Yeah, okay. It was my cousin's engagement party."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-011",
        "turns": [
            (
                "P",
                "She used to plait my hair every morning before school. (voice breaks) Sorry. I don't know where that came from.",
            ),
            ("T", "No need to be sorry. Something about the plaits."),
            ("P", "(crying) Just, her hands. She was so careful. And then at the end she couldn't even hold a cup."),
            ("T", "Her careful hands. And then watching them fail."),
            (
                "P",
                "Yeah. [long pause] I haven't let myself think about her hands. I think about the hospital, the forms, the rows with my brother about the funeral. Not her hands.",
            ),
            ("T", "What's it like, letting yourself think about them now, here?"),
            ("P", "Awful. And kind of... good. Like she's a bit closer."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-012",
        "turns": [
            ("T", "What do you think was going on for you when you cancelled the dinner?"),
            (
                "P",
                "I don't know. [pause] Hang on. I don't know, but I remember I'd looked at the menu online and it was all sharing plates, and I thought, oh god, I'll have to eat in front of them and they'll watch how much I take.",
            ),
            ("T", "So the sharing plates set something off."),
            ("P", "Yeah. It's the watching. I can eat fine on my own. It's when I think someone's counting."),
            ("T", "Counting what you eat."),
            (
                "P",
                "Counting, judging. Which is mad, because they're my friends, they don't care. But it doesn't feel mad at the time.",
            ),
            (
                "T",
                "It makes sense that it doesn't feel mad, the fear is fast. Shall we map out that moment with the menu?",
            ),
            ("P", "Go on, yeah."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-013",
        "turns": [
            (
                "T",
                "You mentioned your uncle last time, when we were talking about why you might want to cut down. Tell me about him?",
            ),
            (
                "P",
                "Uncle Femi. Ah. He was the life of every party, you know. In Ibadan, when we were small, everybody wanted Uncle Femi at their wedding. He would dance, he would make the speeches, he would pour the drinks. Then slowly, slowly, it was him drinking the drinks. By the time I went to university he had lost his job at the bank, his wife had gone back to her people, and he was sitting in the parlour of my grandmother's house from morning. I visited him once, I was nineteen, and he didn't know my name. He called me by my father's name.",
            ),
            ("T", "He didn't know who you were."),
            (
                "P",
                "No. And that's the thing. Last month my son said to me, 'Daddy, you called me by the wrong name on Saturday.' I laughed it off. But I went to the bathroom and I was shaking.",
            ),
            ("T", "So when your son said that, it brought Uncle Femi right into the room."),
            ("P", "Right into the room. That's why I'm here, to be honest. I don't want to end up in the parlour."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-014",
        "turns": [
            (
                "P",
                "So I made my list of 'evidence for' and 'evidence against', and evidence for was three pages and evidence against was one line. (laughs) I'm nothing if not thorough.",
            ),
            ("T", "(laughs) You did a very thorough job for the prosecution."),
            (
                "P",
                "Exactly! The defence barrister went for a cup of tea. But actually, when I read it back, half the 'evidence for' was feelings. 'I felt stupid.' 'I felt like they were laughing.' That's not evidence, is it.",
            ),
            ("T", "What would the defence barrister say about those?"),
            (
                "P",
                "She'd say, 'Your honour, a feeling is not a fact.' (smiles) I sound like a poster in your waiting room.",
            ),
            ("T", "Maybe, but you worked it out yourself."),
            ("P", "I did. Give me the sheet there, I'll do the defence properly this time."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-015",
        "turns": [
            (
                "P",
                "Can I ask something? Why do we always start with the agenda? I'm not complaining, I'm just curious how it works.",
            ),
            (
                "T",
                "Good question. The idea is that the things that matter most to you this week get time, rather than us running out of session. Does it feel useful?",
            ),
            (
                "P",
                "It does, actually. I went to counselling years ago where we'd just chat and I'd leave thinking, I never mentioned the thing. So I like it. I just wondered if there was a theory behind it.",
            ),
            (
                "T",
                "There is, partly. It also gives you practice at prioritising, which links to the overwhelm we talked about.",
            ),
            ("P", "Oh, that's clever. Sneaky. (laughs) Okay. Agenda: my sister's visit, and the sleep thing."),
            ("T", "Sister's visit and sleep. Which first?"),
            ("P", "Sleep. It's the more urgent one."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-016",
        "turns": [
            (
                "T",
                "For this week I wondered about practising the PLEASE skills every day and tracking them on the card.",
            ),
            ("P", "Every day's a lot with the night shifts. Could we do it on the days I'm off? That's four days."),
            ("T", "Four days is realistic. Which parts of PLEASE feel most relevant?"),
            ("P", "Sleep, definitely. And eating. I skip lunch on shift and then I'm a nightmare by eight."),
            ("T", "So balanced eating and sleep on your four days off. Do you want to set a specific target?"),
            ("P", "Lunch by two o'clock. And phone off at midnight. I can do that."),
            ("T", "And if you miss one?"),
            ("P", "Then I write down why and we look at it. Not the end of the world."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-017",
        "turns": [
            (
                "P",
                "When I first came here I really believed it, that I was a hopeless case. That therapy works for other people, not for me.",
            ),
            ("T", "And now?"),
            (
                "P",
                "Now... [pause] I still have days. Monday was one. But I went to the temple with my aunty on Sunday, and I cooked for the first time in two months. A hopeless case doesn't cook rajma.",
            ),
            ("T", "(laughs) That's a new piece of evidence."),
            ("P", "It is! My aunty said it was too salty but she ate two plates."),
            ("T", "What do you make of that shift, from 'hopeless case' to cooking rajma?"),
            (
                "P",
                "That the depression was telling me stories. Convincing stories. Some days I still believe them, but not all day.",
            ),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-018",
        "turns": [
            (
                "P",
                "The last therapist I saw, lovely woman, but she'd just nod. Forty minutes of nodding. I'd come out and think, what did I pay for?",
            ),
            ("T", "So you ended up doing all the work and not getting much back."),
            ("P", "Exactly. I need someone to push back a bit. Tell me if I'm talking rubbish."),
            ("T", "That's useful to know. How will you know if I'm doing that enough, or too much?"),
            (
                "P",
                "I'll tell you. (laughs) I'm not shy. So far you've been fine. You challenged me last week about my brother and I was annoyed for about an hour, then I realised you had a point.",
            ),
            ("T", "Annoyed for an hour, then something shifted."),
            ("P", "Yeah. That's what I want from this."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-019",
        "turns": [
            (
                "P",
                "(arrives, out of breath) Sorry, sorry. The car park. Twenty minutes going round. They've closed the whole top level for resurfacing and there's one machine that takes cards and it's broken.",
            ),
            ("T", "Oh no. Take a minute to settle."),
            (
                "P",
                "(laughs) It's fine, it's fine. I parked at Tesco in the end, I'll have to buy something so they don't clamp me. Right. (exhales) Where were we last week? The letter to my landlord.",
            ),
            ("T", "Yes, you were going to draft it. Did you get to?"),
            ("P", "I did. I brought it. Can I read it to you?"),
            ("T", "Please."),
            (
                "P",
                "'Dear Mr Okafor, I'm writing regarding the damp in the back bedroom, which I first reported in March...'",
            ),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-020",
        "turns": [
            (
                "T",
                "It sounds as if when your manager goes quiet, you fill the silence with 'she thinks I'm incompetent.'",
            ),
            (
                "P",
                "Yes, exactly, and you know what, it's not only with her. My husband too. When he's quiet at dinner I'm already apologising for something I didn't do.",
            ),
            ("T", "So the silence becomes a screen you project onto."),
            (
                "P",
                "That's it. That's it. And last Sunday I caught myself. He was quiet and I said to myself, 'Kemi, ask him.' So I asked, and he said he was just tired from the match.",
            ),
            ("T", "You tested it out."),
            (
                "P",
                "I tested it! (laughs) Without even meaning to. So maybe I can test it with my manager too. Ask her instead of guessing.",
            ),
            ("T", "What might you ask?"),
            (
                "P",
                "Something simple. 'Is there anything in the report you'd like me to change?' Then she has to tell me.",
            ),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-021",
        "turns": [
            ("T", "How've you been since last week?"),
            ("P", "Fine, actually. Properly fine, not my usual 'fine.' (laughs)"),
            ("T", "Properly fine. Tell me about that."),
            (
                "P",
                "I went back to football on Wednesday. Five-a-side. First time since the surgery. I was rubbish, obviously, but the lads were sound, and we went for a pint after and I didn't leave early.",
            ),
            ("T", "You didn't leave early. That's been a big one."),
            (
                "P",
                "Massive. Usually by half nine I'm making excuses. I stayed till eleven. Talked to Dev about his divorce, even. I felt like myself.",
            ),
            ("T", "What helped you stay?"),
            (
                "P",
                "I think I'd done the thing we practised, noticing when I start planning my exit. I noticed it and just... stayed put.",
            ),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-022",
        "turns": [
            ("T", "What do you like about the drinking?"),
            (
                "P",
                "Ah, loads. The craic, mainly. Friday in Kelly's with the lads, that's the best bit of my week. I'm not giving that up, I'll be honest with you.",
            ),
            ("T", "Friday in Kelly's matters a lot to you. It's about the lads as much as the pints."),
            ("P", "It is. Sure what else would I be doing? Sitting at home looking at the telly?"),
            ("T", "And on the other side, what's less good about it?"),
            (
                "P",
                "[pause] The Saturdays. I'm useless Saturdays. My young one has camogie at ten and I've missed it three times this year. She said to me, 'You're always sick on Saturdays, Daddy.'",
            ),
            ("T", "So on one side there's the lads and the craic, and on the other, your daughter noticing."),
            ("P", "Yeah. When you put it like that. (sighs) Yeah."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-023",
        "turns": [
            (
                "P",
                "(raising voice) She rang me at work! At WORK! To tell me my sister's doing so well in her new job. Why would you ring someone at work to say that?",
            ),
            ("T", "That really hit a nerve."),
            (
                "P",
                "Of course it did! It's always been the same. 'Look at Hannah.' Thirty-four years of 'look at Hannah.'",
            ),
            ("T", "Thirty-four years of being compared. No wonder you're furious."),
            ("P", "I am furious. (breathes) Okay. Okay. I'm, I'm at about an eighty right now."),
            ("T", "Eighty. Do you want to use a skill first, or keep going with it?"),
            (
                "P",
                "Let me do the paced breathing for a minute. Then I want to work out what I'm going to say to her on Sunday.",
            ),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-024",
        "turns": [
            ("T", "Just to flag, I'm away for two weeks from the twelfth. I wanted to give you plenty of notice."),
            ("P", "Okay. Is there someone I can contact if things get bad?"),
            ("T", "Yes, Dr Menon is covering. I'll give you her number, and the crisis line is on your card as usual."),
            ("P", "Right. And we'd pick up again on the, the twenty-sixth?"),
            ("T", "The twenty-eighth, a Tuesday. Same time."),
            ("P", "Twenty-eighth. Let me put it in my phone now so I don't forget. (typing) Done."),
            ("T", "Great. Shall we make a plan for those two weeks next time?"),
            ("P", "Yes, that'd help."),
        ],
        "markers": [],
        "stage1": [],
    },
    {
        "id": "e1-025",
        "turns": [
            (
                "P",
                "Can I ask what you'd suggest? I'm going round in circles on whether to tell my manager about the diagnosis.",
            ),
            ("T", "I can share some thoughts. Before I do, what have you been weighing up?"),
            (
                "P",
                "If I tell her, I might get adjustments, the later start, the quiet room. If I don't, nobody treats me differently. But I'm exhausted pretending.",
            ),
            (
                "T",
                "One option some people take is going to occupational health first rather than the manager directly, so it's documented but you control the detail. How does that land?",
            ),
            ("P", "Oh. I didn't know that was a thing. That actually sounds better. Less face to face."),
            ("T", "Want to look up your company's OH process together next session?"),
            ("P", "Yes please. I'll bring my staff handbook."),
        ],
        "markers": [],
        "stage1": [],
    },
    # ------------------------------------------------------------------
    # Rupture fragments
    # ------------------------------------------------------------------
    {
        # CBT, British. Minimal responses; therapist names the shortening answers.
        "id": "e1-101",
        "turns": [
            (
                "T",
                "Last week you mentioned your dad's been back in hospital. I wondered how that's been sitting with you this week?",
            ),
            ("P", "Fine."),
            ("T", "Fine. [pause] What's it been like, visiting him?"),
            ("P", "Same as usual."),
            (
                "T",
                "Mm. I've noticed I've asked a couple of questions and the answers are getting shorter. I'm wondering if something about the way I'm asking isn't quite working today?",
            ),
            ("P", "(shrugs) Dunno. Just don't really want to get into it."),
            (
                "T",
                "That's fair to say. Can we stay with that for a second, the not wanting to? Is it about your dad, or about talking about him in here, with me?",
            ),
            ("P", "[long pause] Bit of both, maybe. Last time I talked about him I went home and couldn't sleep."),
        ],
        "markers": [(1, "W2"), (3, "W2")],
        "stage1": [4, 6],
    },
    {
        # CBT, Irish. Complaint about the thought record; therapist gives rationale only.
        "id": "e1-102",
        "turns": [
            ("T", "So, the thought record. How did you get on with it?"),
            (
                "P",
                "I filled in two. Ah, I don't know. I'll be honest, I felt a bit of an eejit sitting there writing 'situation, emotion, thought' in little boxes. It's like a school exercise.",
            ),
            (
                "T",
                "Writing things down can feel odd at first. The reason we do it is that thoughts happen so fast, and writing them slows them down so we can look at them properly.",
            ),
            (
                "P",
                "Yeah, I get the theory. I just don't see what it's doing for me. I know what I think. Writing it in a box doesn't change it.",
            ),
            (
                "T",
                "The boxes are really a first step. In a few weeks we'll start adding columns for evidence and alternative thoughts, and that's usually where people notice a shift.",
            ),
            ("P", "Right. [pause] Okay. In a few weeks."),
            ("T", "Shall we look at the two you did?"),
            ("P", "Go on so."),
        ],
        "markers": [(1, "C3"), (3, "C3"), (5, "W2")],
        "stage1": [],
    },
    {
        # DBT, Indian client. Over-compliance; therapist notices the automatic yes.
        "id": "e1-103",
        "turns": [
            (
                "T",
                "I'd like us to add a new target to the diary card this week, tracking when you skip meals. What do you think?",
            ),
            ("P", "Yes, yes, definitely. Whatever you think is best, madam."),
            ("T", "You can call me Priya. And I'm genuinely asking, does it feel like a useful target to you?"),
            (
                "P",
                "It's very useful. Very good idea. I will do it. I will also do the mindfulness one, and I can do the breathing twice daily, morning and night, if that helps.",
            ),
            (
                "T",
                "That's a lot you're offering, very quickly. [pause] I'm noticing that whatever I suggest, you say yes straight away, and I'm not sure I'm hearing what you actually want. What was it like just now, when I brought in a new target?",
            ),
            ("P", "(smiles) No, no, it's fine, you know better. You are the doctor."),
            (
                "T",
                "I may know about DBT, but you know about your life. If there were a part of you that wasn't so sure about the meals target, what might it say?",
            ),
            (
                "P",
                "[long pause] It might say... that it's one more thing I'll fail at. And you'll see the card with empty boxes and you'll be disappointed.",
            ),
        ],
        "markers": [(1, "W5"), (3, "W5"), (5, "W5")],
        "stage1": [4],
    },
    {
        # CBT, Nigerian client. Fees and late starts; therapist owns late starts and names short-changed feeling.
        "id": "e1-104",
        "turns": [
            ("T", "Before we go on, just a reminder that from next month the session fee goes up to ninety pounds."),
            ("P", "Ninety? Ehn. It was seventy-five when I started. That's, that's quite a jump, o."),
            ("T", "Yes, the practice reviews it every year."),
            (
                "P",
                "Every year. (short laugh) And the sessions are still fifty minutes. Sometimes forty-five, when the person before me runs late. I'm paying for fifty and getting forty-five.",
            ),
            (
                "T",
                "You're right, I've started late a couple of times recently. And now the fee's going up on top of that. I can hear that it's not just the money, there's something about feeling short-changed here, with me. Is that close?",
            ),
            (
                "P",
                "It is close. I don't want to sound ungrateful. But yes. I'm paying my mother's hospital bills at home, every pound counts.",
            ),
            (
                "T",
                "You don't sound ungrateful. I'm glad you said it. Can we talk about what would make this feel fair?",
            ),
            ("P", "Maybe if the start times were reliable. And if there's any option for fortnightly."),
        ],
        "markers": [(1, "C4"), (3, "C4")],
        "stage1": [4],
    },
    {
        # MI, Scottish. Laughing about losing the children; therapist names the laugh.
        "id": "e1-105",
        "turns": [
            ("T", "You said the court date's been set. How are you feeling about it?"),
            (
                "P",
                "(laughs) Och, brilliant. Best news all year. They might take the weans off me, but hey, at least I'll get a long lie. (laughs)",
            ),
            ("T", "You're laughing, and what you've just said is that you might lose your children."),
            (
                "P",
                "(still smiling) Aye, well. What am I meant to do, greet all over your carpet? (laughs) It's fine. Gallows humour. It's a Glasgow thing.",
            ),
            (
                "T",
                "It might be. And I'm wondering whether the laughing is also a way of keeping me at arm's length from how frightening this is, right now, in here. What would happen if you didn't laugh, just for a second?",
            ),
            (
                "P",
                "(stops smiling) [long pause] I'd probably no be able to stop. (quietly) I'm terrified, to be honest.",
            ),
        ],
        "markers": [(1, "W6"), (3, "W6"), (3, "W1")],
        "stage1": [2, 4],
    },
    {
        # CBT, Irish. Topic change to the builders; therapist follows the story and misses it.
        "id": "e1-106",
        "turns": [
            (
                "T",
                "When you said your husband 'forgot' the anniversary again, your voice dropped. What's that like for you?",
            ),
            (
                "P",
                "Ah, it's, sure it's grand. Oh, before I forget, did I tell you we've the builders in? They're doing the extension. The kitchen's completely gutted, we're washing dishes in the bath. (laughs) And the foreman, Declan, he's a character, he has Daniel O'Donnell on from seven in the morning...",
            ),
            ("T", "That sounds chaotic. How long is the work meant to take?"),
            (
                "P",
                "Three months, they say, but you know builders. My sister had hers done and it was eight months in the end. Eight! And they put the window in the wrong wall, she'd to fight them over it, and then the fella who did the plastering...",
            ),
            ("T", "Wow. So there's a lot going on at home. Shall we get back to the activity schedule?"),
            ("P", "Yeah, go on."),
        ],
        "markers": [(1, "W1"), (1, "W4"), (3, "W4")],
        "stage1": [],
    },
    {
        # DBT, Nigerian client. Polite complaint about the therapist on the phone and in session.
        "id": "e1-107",
        "turns": [
            ("T", "So on Thursday, when you called the skills line at eleven at night..."),
            (
                "P",
                "Mm. Yes. About that. I don't want to be rude, but when I called, you sounded... like I was disturbing you. Your voice was very flat. I put down the phone feeling worse.",
            ),
            ("T", "Okay."),
            (
                "P",
                "And it's not only Thursday. Sometimes in here, when I talk about my brother, you look at the clock. I have seen it. Maybe I'm being too sensitive.",
            ),
            (
                "T",
                "I'm really glad you're telling me this, and I don't think you need to apologise for it. It sounds like twice now you've reached out and felt me pull back. What's it like to say this to me, right now?",
            ),
            ("P", "Scary. My heart is going. In my family you don't complain to someone who is helping you."),
            (
                "T",
                "So saying it here is a risk. Can you tell me more about Thursday, what did you need from me on that call?",
            ),
            ("P", "I needed you to sound like you were glad I called. That I'd done the right thing."),
        ],
        "markers": [(1, "C1"), (3, "C1")],
        "stage1": [4],
    },
    {
        # CBT, British. Hopelessness after the mood graph; therapist owns showing it briskly.
        "id": "e1-108",
        "turns": [
            (
                "T",
                "So if we look at the graph of your mood scores, it's dipped over the last two weeks. How do you make sense of that?",
            ),
            (
                "P",
                "(sighs) I think maybe I'm just one of those people this doesn't work for. Some people have a broken thing inside and you can't fix it with worksheets.",
            ),
            ("T", "A broken thing inside."),
            (
                "P",
                "Yeah. I've done CBT twice before. Sertraline, citalopram. I'm the common denominator. It's not you, it's me. (small laugh) Sorry, that sounds like a break-up.",
            ),
            (
                "T",
                "(gently) It does a bit. And I notice it came right after I showed you the graph. Maybe seeing it in black and white landed hard, and I put it in front of you quite briskly. What was it like, seeing that line go down?",
            ),
            ("P", "Like being marked. Like a report card. F minus."),
            ("T", "So in that moment I became a bit like a teacher handing back a bad mark."),
            ("P", "Kind of. Yeah. Not your fault. But yeah."),
        ],
        "markers": [(1, "W7"), (3, "W7")],
        "stage1": [4],
    },
    {
        # MI, British. Demands for a plan; therapist blunt about frustration between them.
        "id": "e1-109",
        "turns": [
            ("T", "What are your own thoughts about how you might cut down?"),
            (
                "P",
                "Look, I didn't come here to be asked questions. I've got my own thoughts coming out my ears. Just give me a plan. Monday to Sunday, what I drink, what I don't. Write it down.",
            ),
            ("T", "You'd like something concrete."),
            (
                "P",
                "Yes! Concrete. Every time I come you turn it back on me. 'What do you think, Steve?' I think I need someone to tell me. That's what you're paid for.",
            ),
            (
                "T",
                "Okay, let me be straight with you. I've been frustrating you with the questions, and it sounds like it's been building over a few sessions, not just today. I'd rather hear that than have you sit there fuming. Is it the questions themselves, or something about me, that gets under your skin?",
            ),
            (
                "P",
                "Both, probably. It's like being tested. Like there's a right answer and you're waiting for me to find it.",
            ),
        ],
        "markers": [(1, "C7"), (3, "C1"), (3, "C7")],
        "stage1": [4],
    },
    {
        # CBT, Indian client. Denial after therapist's cancellations; therapist checks for being let down.
        "id": "e1-110",
        "turns": [
            (
                "T",
                "Before we start, I'm sorry I had to cancel last week at such short notice. I know it was the second time this month.",
            ),
            ("P", "No, no, it's fine. Totally fine. These things happen."),
            (
                "T",
                "Sure. Though I know last week was going to be the week after your appraisal, and you'd been dreading that.",
            ),
            ("P", "It was okay. I managed. Honestly, it's not a problem. Shall we start? I've made a list."),
            (
                "T",
                "We can, and I do want to hear the list. Can I just check something first? You said 'totally fine' very quickly, and if I were in your shoes I think I might feel a bit let down. I'd want to know if you did. Is there any of that?",
            ),
            (
                "P",
                "[pause] Maybe a little. I had it in my head that I'd tell you how the appraisal went. Then the email came and I thought, okay, deal with it yourself, Nikhil. Like always.",
            ),
        ],
        "markers": [(1, "W1"), (3, "W1")],
        "stage1": [4],
    },
    {
        # CBT, Irish. Concerns about progress; therapist invites it directly.
        "id": "e1-111",
        "turns": [
            ("T", "So, what would you like to put on the agenda today?"),
            (
                "P",
                "[pause] Honestly? I want to put 'is this working' on the agenda. We've been at this since March. I'm still not sleeping. I'm still in the same job I hate. I don't feel one bit different.",
            ),
            ("T", "That's an important thing to put on the agenda."),
            (
                "P",
                "I'm not having a go. But every week we do the sheet, we do the rating, I go home, and nothing moves. It's like painting the same wall over and over.",
            ),
            (
                "T",
                "It sounds like you've been sitting with that for a while, maybe coming in week after week feeling it and not saying it. I'm glad it's out. I'm curious what made today the day you could say it to me.",
            ),
            ("P", "Bit awkward. I like you, that's the problem. I didn't want you to feel you were doing a bad job."),
            (
                "T",
                "So you were protecting me a little. Let's look at it properly, then, both the bit of the work that isn't moving and what it's been like to hold it back from me.",
            ),
            ("P", "Yeah. Okay. That sounds... yeah."),
        ],
        "markers": [(1, "C5"), (3, "C5"), (3, "C3")],
        "stage1": [4],
    },
    {
        # MI, Indian client. Defends self over drinking/arguments; therapist notices arms and lining up.
        "id": "e1-112",
        "turns": [
            ("T", "It sounds like the arguments with your wife tend to happen on the evenings you've been drinking."),
            (
                "P",
                "So now it's my fault? She starts it. Every time. She's the one who brings up money at ten o'clock at night.",
            ),
            ("T", "I didn't mean..."),
            (
                "P",
                "No, no, I know what you mean. Everyone says it. My mother says it, her mother says it, now you also. 'Sanjay, it's the drinking.' Nobody asks what she says to me.",
            ),
            ("T", "You've folded your arms, and I think I've just lined up with everyone else against you. Did I?"),
            (
                "P",
                "[pause] Yes. It felt like here also I'm on trial. I come here to have one place where I'm not on trial.",
            ),
        ],
        "markers": [(1, "C6"), (3, "C6"), (3, "C1")],
        "stage1": [4],
    },
    {
        # Psychodynamic, British. Rejects the father interpretation; therapist persists, then switches task.
        "id": "e1-113",
        "turns": [
            (
                "T",
                "I wonder if your irritation with your manager has something to do with how your father used to check your homework.",
            ),
            (
                "P",
                "(laughs) No. No, I really don't think so. My manager's just bad at her job. It doesn't need to go back to my dad.",
            ),
            (
                "T",
                "I'm struck that you brought up the red pen again. Last week it was your father's red pen, this week it's her red comments on your report.",
            ),
            ("P", "It's a Word document. The comments are red by default. [pause] I think you're reaching a bit."),
            ("T", "Perhaps. But maybe there's something in how it feels when someone corrects you."),
            (
                "P",
                "Everyone hates being corrected. That's not a childhood thing, that's a human thing. Can we talk about the actual problem, which is whether I should move teams?",
            ),
            ("T", "Of course. What are the options with moving teams?"),
            ("P", "There's a post in compliance, but it's a step sideways..."),
        ],
        "markers": [(1, "C2"), (3, "C2"), (5, "C2")],
        "stage1": [],
    },
    {
        # Schema therapy, British. Intellectualising; therapist notes they both went into their heads.
        "id": "e1-114",
        "turns": [
            ("T", "When you talk about the night your mum left, what do you notice in yourself right now?"),
            (
                "P",
                "Well, I think developmentally it makes sense. There's quite a lot of literature on parental abandonment and adult attachment, I've read a fair bit of it. You'd probably expect someone in my position to develop an abandonment schema, or some version of one.",
            ),
            ("T", "You've clearly thought about this a lot."),
            (
                "P",
                "I have. It's interesting, actually, from a systems perspective. Families are homeostatic, aren't they? When one element leaves, the others reorganise. My dad became more rigid, my sister became the carer. It's very textbook.",
            ),
            (
                "T",
                "It is very clear. And I notice that as you describe it I'm learning a lot about families and not much about you, about the nine-year-old standing in the hallway. It's as if we've both gone up into our heads together. Did you notice that too?",
            ),
            ("P", "[pause] I suppose. It's easier up there."),
            ("T", "Easier up there. What would it be like to come down, just a little, here with me?"),
            ("P", "(looks away) I don't know. I don't know if I'd like you very much if I did that."),
        ],
        "markers": [(1, "W3"), (3, "W3")],
        "stage1": [4, 6],
    },
    {
        # DBT, British. Blank Tuesday, 'fine', sleeves pulled down; terse therapist misses it.
        "id": "e1-115",
        "turns": [
            ("T", "Diary card. I can see Tuesday's blank. What happened Tuesday?"),
            ("P", "Nothing."),
            ("T", "Nothing at all? No urges, no skills?"),
            ("P", "Just forgot to fill it in."),
            ("T", "Okay. And the rest of the week?"),
            ("P", "Fine. It was fine."),
            ("T", "Good. Your emotion ratings look quite low overall, mostly ones and twos. So a calmer week, maybe?"),
            ("P", "Yeah. (pulls sleeves down over hands) Calmer."),
            ("T", "Great. Let's move on to the interpersonal effectiveness homework, then."),
            ("P", "Okay."),
        ],
        "markers": [(1, "W2"), (5, "W1"), (7, "W1")],
        "stage1": [],
    },
    {
        # DBT, Nigerian client. Acronyms feel childish; doubts therapist understands her; therapist owns it.
        "id": "e1-116",
        "turns": [
            ("T", "So let's practise DEAR MAN for the conversation with your landlord."),
            (
                "P",
                "Please, with all due respect, this acronym business. DEAR MAN, TIPP, PLEASE. It's like I'm in primary school again. I'm a forty-two-year-old chartered accountant.",
            ),
            ("T", "I understand. The acronyms are just there to help you remember the steps when you're under stress."),
            (
                "P",
                "I can remember steps. I manage a team of nine. What I need is someone who understands what it is to be a Black woman renting in this city, and honestly, I'm not sure you do.",
            ),
            (
                "T",
                "That's a really important thing to say, and I'd rather know it than not. I think I went straight to the skill and never asked what you're actually up against with this landlord, and you're right that I haven't lived it. Has that question, whether I get it, been sitting between us for a while?",
            ),
            (
                "P",
                "[pause] Since the first session, if I'm honest. I've been deciding every week whether to say it. I didn't want it to become a whole thing.",
            ),
            ("T", "It can become whatever it needs to be. I'd like to hear more."),
        ],
        "markers": [(1, "C3"), (3, "C1"), (3, "C2")],
        "stage1": [4],
    },
    {
        # CBT, Irish. Deferential agreement plus self-attack; therapist apologises and carries on planning.
        "id": "e1-117",
        "turns": [
            ("T", "How about we start the hierarchy at level six, going into the supermarket at a busy time?"),
            ("P", "Oh, yeah, sure. Sure. If you think that's right. You'd know."),
            ("T", "Does six feel okay? We could start lower."),
            (
                "P",
                "No, no, six is grand. I should be able to do six. God, a normal person would do it without thinking. I'm pathetic, really, needing a hierarchy to buy milk.",
            ),
            (
                "T",
                "I'm sorry, I didn't mean to make it feel that way. Lots of people need a hierarchy. Let's go with six then, and we'll plan it in detail.",
            ),
            ("P", "Yeah. Thanks. Sorry for being like this."),
            ("T", "Nothing to apologise for. So, Tuesday evening, the Tesco on the main street?"),
            ("P", "Whatever suits you."),
        ],
        "markers": [(1, "W5"), (3, "W5"), (3, "W7"), (5, "W5"), (7, "W5")],
        "stage1": [],
    },
    {
        # CBT, Irish. Move to video and reduced frequency; therapist catches own managerial answer.
        "id": "e1-118",
        "turns": [
            ("T", "So from next month the service is moving most follow-up sessions to video."),
            ("P", "Video. Right. And nobody thought to ask the people actually in therapy whether they'd want that?"),
            ("T", "It was a service-level decision, I'm afraid."),
            (
                "P",
                "I've a two-bed flat with my mam and my two lads. Where am I supposed to talk about what I talk about in here? In the car? And it's already every three weeks now instead of weekly. It keeps getting chipped away.",
            ),
            (
                "T",
                "It keeps getting chipped away. Fewer sessions, and now not even this room. And I just hid behind 'service-level decision', didn't I. How did that sit with you?",
            ),
            ("P", "Like you were one of them. Like you'd gone round to the other side of the desk."),
            (
                "T",
                "That makes sense. I may be able to keep you in person, and we'll look at that. But first, the other-side-of-the-desk feeling. Tell me about it.",
            ),
        ],
        "markers": [(1, "C4"), (3, "C4")],
        "stage1": [4],
    },
    {
        # CBT, British. Grinning sarcasm about the behavioural experiment; blunt stage 1.
        "id": "e1-119",
        "turns": [
            ("T", "Did you manage the behavioural experiment, speaking up once in the team meeting?"),
            (
                "P",
                "(smiling) Oh, I did your little experiment. Spoke up, got ignored, came home and ate a whole cheesecake. Ten out of ten, would recommend. (laughs)",
            ),
            ("T", "So it didn't go the way we'd hoped."),
            (
                "P",
                "(grinning) No, it went exactly the way I said it would, remember? I said it'd be a disaster and you said 'let's test it.' (laughs) Well. Tested.",
            ),
            ("T", "You're grinning. I think you might be furious with me. Are you?"),
            ("P", "(smile fades) Maybe. A bit. You weren't the one sitting there going red."),
            (
                "T",
                "No, I wasn't. And you trusted me enough to try it. I'd like to hear what that was like, sitting there going red.",
            ),
        ],
        "markers": [(1, "W6"), (1, "C3"), (3, "W6"), (3, "C1")],
        "stage1": [4],
    },
    {
        # CBT, Indian client. Pressure for a work-from-home letter; therapist changes task (R2), no stage 1.
        "id": "e1-120",
        "turns": [
            ("T", "This week I thought we could look at the worry time technique..."),
            (
                "P",
                "Actually, before that, can you write a letter to my employer saying I need to work from home? Full-time. I need it by Friday.",
            ),
            ("T", "I can think about what kind of letter might be appropriate. It's usually the GP who..."),
            (
                "P",
                "The GP takes three weeks for an appointment. You see me every week, you know my condition. Just write it. It's one paragraph. Please, I'm asking you properly.",
            ),
            (
                "T",
                "Okay. Let's park worry time for today and draft what the letter would need to say. Then I can check what I'm able to sign.",
            ),
            ("P", "Good. And it should say 'must', not 'would benefit from'. 'Must work from home.'"),
            ("T", "Let's see what we can write that's accurate."),
            ("P", "Fine. But it has to say must."),
        ],
        "markers": [(1, "C7"), (3, "C7"), (5, "C7"), (7, "C7")],
        "stage1": [],
    },
    {
        # MI, Nigerian client. Story about cousin instead of own fear; therapist redirects (R10) only.
        "id": "e1-121",
        "turns": [
            (
                "T",
                "You said something important just now, that you're scared of what the liver test will show. What's that fear like?",
            ),
            (
                "P",
                "Ah, you know, that reminds me. My cousin in Lagos, Tunde, he had the same test. They told him his liver was like a seventy-year-old man's. Seventy! He was thirty-eight. And you know what he did? He went straight from the hospital to a wedding party in Surulere and danced until three a.m. (laughs) Tunde is a character. His wife, she's a lawyer, very strict, she didn't speak to him for one month. Then there was this whole palaver with the wedding gift, the couple had asked for cash and Tunde gave them a blender...",
            ),
            (
                "T",
                "Tunde sounds like quite a character. Let's come back to you, though, to your test next week. What's the worst you're imagining?",
            ),
            (
                "P",
                "(laughs) The worst? That they'll tell me I'm Tunde. (laughs) But he's fine now, you know. He's fine. So.",
            ),
            ("T", "So you're hoping it'll be like Tunde, fine in the end."),
            (
                "P",
                "Exactly. No need to worry before the results. Anyway, how is your own week? You look tired, my sister.",
            ),
        ],
        "markers": [(1, "W4"), (3, "W6"), (5, "W1"), (5, "W4")],
        "stage1": [],
    },
    {
        # DBT, British. Progress complaint and self-blame; therapist reassures with rationale, misses it.
        "id": "e1-122",
        "turns": [
            ("T", "How are you feeling about where we are, six months into the programme?"),
            (
                "P",
                "Honestly? Like I'm back where I started. I cut again on Saturday. Six months of chain analyses and diary cards and I'm still cutting.",
            ),
            ("T", "That sounds really discouraging."),
            (
                "P",
                "It's not discouraging, it's the truth. Maybe I'm one of the ones DBT doesn't work for. You probably have a list of people like me. The failures.",
            ),
            (
                "T",
                "Progress in DBT often isn't a straight line. Lots of people have a setback around six months, and it doesn't mean it isn't working. Look at your first month's cards: there were urges every single day.",
            ),
            ("P", "(flat) Yeah. I know. Every day. Now it's only most days. Great."),
            ("T", "Let's do a chain on Saturday and see what we can learn from it."),
            ("P", "If you want."),
        ],
        "markers": [(1, "C5"), (3, "C5"), (3, "W7"), (5, "C5"), (7, "W5")],
        "stage1": [],
    },
    {
        # MI, Irish. 'So I'm a liar?' after wife's phone call; therapist names the ambush.
        "id": "e1-123",
        "turns": [
            (
                "T",
                "Last week you said you'd had two drinks on Saturday, and your wife mentioned on the phone it was more like a bottle of vodka.",
            ),
            ("P", "So you've been talking to my wife behind my back now?"),
            ("T", "She rang to rearrange the joint session, and she mentioned it."),
            (
                "P",
                "And you believe her. Grand. So I'm a liar. Is that what you're saying? You've sat there taking notes for six weeks and all the time you thought I was spinning you a line.",
            ),
            (
                "T",
                "I can see how it looks from where you're sitting, like I've been collecting evidence on you. That's not what I want this to be, and I think I brought it up in a way that felt like an ambush. Can we stop for a second and look at what's going on between the two of us right now?",
            ),
            ("P", "(long exhale) It felt like being called into the headmaster's office."),
        ],
        "markers": [(1, "C1"), (1, "C6"), (3, "C6")],
        "stage1": [4],
    },
    {
        # CBT, Nigerian client. Rejects behavioural activation; therapist repeats rationale; resigned compliance.
        "id": "e1-124",
        "turns": [
            ("T", "What if this week you planned one small pleasant activity each day? Even a ten-minute walk."),
            (
                "P",
                "A walk. [pause] Doctor, with respect, walking is not going to fix this. My problem is not that I don't walk.",
            ),
            (
                "T",
                "It's more that activity and mood feed each other. When we do less, mood drops, and when mood drops we do even less.",
            ),
            (
                "P",
                "I understand the cycle. But I was walking every day when I worked at the hospital, up and down the wards, twelve-hour shifts, and I still felt like this. So it doesn't apply to me.",
            ),
            (
                "T",
                "That's a fair point. It's less about the walking itself and more about choosing something that gives you a sense of pleasure or achievement.",
            ),
            ("P", "Mm. Okay. I'll see."),
            ("T", "Great. Let's write down one thing for tomorrow."),
            ("P", "Put walk. It's fine."),
        ],
        "markers": [(1, "C2"), (3, "C2"), (5, "W2"), (7, "W5")],
        "stage1": [],
    },
    {
        # EFT, Indian client. Talks about society and generations; therapist says she feels kept outside.
        "id": "e1-125",
        "turns": [
            ("T", "What's it like, right now, talking about your father not coming to the wedding?"),
            (
                "P",
                "It's, these things happen in families, no? In our community especially there is a lot of pressure around caste, around who marries whom. It's a generational issue. The older generation has certain expectations and the younger generation has different values.",
            ),
            ("T", "Mm."),
            (
                "P",
                "And I think overall society is changing. Slowly, but it is changing. One has to be patient with the elders.",
            ),
            (
                "T",
                "You're telling me about society, and generations, and I believe all of it. I'm noticing I don't know yet what it was like for you, Meera, standing there in your red sari and seeing his empty chair. I feel like I'm being kept a little outside. Could we try staying with you, just for a moment?",
            ),
            ("P", "[pause] It's hard. (eyes fill) If I go there I don't know if I'll come back out."),
        ],
        "markers": [(1, "W3"), (3, "W3")],
        "stage1": [4],
    },
    {
        # CBT, British. Bus exposure 'fine'; trainee therapist praises and moves on.
        "id": "e1-126",
        "turns": [
            ("T", "So the exposure on Thursday, the bus journey. How did it go?"),
            ("P", "Yeah, good. Fine. I did it."),
            ("T", "Great! What was your anxiety at the peak?"),
            (
                "P",
                "Um. Dunno. Not bad. Maybe a... it was fine. I got off a couple of stops early but that's not a big deal, is it? I still did most of it.",
            ),
            (
                "T",
                "Well, you still did most of it, that's really good going. Next week maybe we aim for the whole journey?",
            ),
            ("P", "Yeah. Yeah, definitely. Whole journey."),
            ("T", "Brilliant. Same route?"),
            ("P", "The 38. Same one."),
        ],
        "markers": [(1, "W1"), (3, "W1"), (5, "W5")],
        "stage1": [],
    },
    {
        # CBT, Scottish. 'You sound like a leaflet'; therapist considers own anxiety and checks the fit.
        "id": "e1-127",
        "turns": [
            (
                "T",
                "It sounds like the thought 'I'm a burden' is a really powerful one. Some people find it helpful to look at the evidence for and against a thought like that.",
            ),
            ("P", "[pause] You sound like one of they leaflets. 'Some people find it helpful.' I'm no some people."),
            ("T", "Hm."),
            (
                "P",
                "Sorry. That came out harsh. It's just, every time I say something real you go into this voice. The nice calm voice. Like you're reading it off a card.",
            ),
            (
                "T",
                "No, don't apologise, I think you've caught something. I probably do slip into a script when things get heavy. Maybe that's me getting a bit anxious with how much pain you're in. Does that fit, do you feel me go somewhere when you say the real stuff?",
            ),
            ("P", "Aye. You go all polite. Makes me feel like I'm being handled. Managed."),
        ],
        "markers": [(1, "C1"), (3, "C1")],
        "stage1": [4],
    },
    {
        # Person-centred, British-Nigerian young adult. Minimal replies; trainee misses and hands over choice.
        "id": "e1-128",
        "turns": [
            ("T", "You've been quiet today. What's on your mind?"),
            ("P", "Not much."),
            ("T", "Not much. [pause] How have things been with your flatmates since the argument?"),
            ("P", "Okay."),
            ("T", "Did you get a chance to talk to Tolu about the rent?"),
            ("P", "Yeah."),
            ("T", "And how did that go?"),
            ("P", "Fine. Whatever. It's sorted."),
            ("T", "Oh good, I'm glad that's sorted. So, um, what would you like to focus on today then?"),
            ("P", "Don't mind. You choose."),
        ],
        "markers": [(1, "W2"), (3, "W2"), (7, "W2"), (9, "W5")],
        "stage1": [],
    },
    {
        # DBT, British. Ending of session; demand for more time/texting; therapist metacommunicates.
        "id": "e1-129",
        "turns": [
            ("T", "We've got about five minutes left, so let's start thinking about..."),
            ("P", "Five minutes? We've only just got to the thing with my mum. You can't stop now."),
            ("T", "I know the timing's hard."),
            (
                "P",
                "Then give me another fifteen. Or let me text you tonight. You let other people text you, I know you do, Jess in group said.",
            ),
            (
                "T",
                "I can hear how urgent this feels, and how unfair the ending feels right now, like I'm shutting the door just as you opened it. I want to take that seriously. Can we use a couple of these minutes to talk about what's happening between us as we finish?",
            ),
            ("P", "(angry) What's happening is you're kicking me out."),
            (
                "T",
                "That's how it feels, kicked out. I'm not going anywhere, and I'll be here Thursday. Let's look at what you need to get through till then.",
            ),
        ],
        "markers": [(1, "C4"), (1, "C7"), (3, "C7"), (3, "C4"), (5, "C1")],
        "stage1": [4],
    },
    {
        # CBT, Northern Irish client. Question to therapist then school trip story after being seen.
        "id": "e1-130",
        "turns": [
            ("T", "It sounds like you were the one who had to hold the whole family together when your mum got sick."),
            ("P", "[pause] Do you have kids yourself?"),
            ("T", "I'm curious what makes you ask."),
            (
                "P",
                "Ah, just wondering. You've a photo on the shelf there. Is that the Giant's Causeway? I was there on my school tour. Lashing rain. (laughs) Mr Brennan lost a shoe in a rock pool.",
            ),
            (
                "T",
                "It is the Causeway. [pause] I noticed we were just talking about you being the one holding everyone together, and then we were on the shelf and the school tour. I'm not saying that's wrong. I'm wondering if what I said landed somewhere tender.",
            ),
            ("P", "(quietly) Yeah. Probably. Nobody's ever said that to me before. That I held it together."),
        ],
        "markers": [(1, "W4"), (3, "W4")],
        "stage1": [4],
    },
    {
        # CBT, Indian client. Self-attack about homework; therapist discloses how the question was meant.
        "id": "e1-131",
        "turns": [
            ("T", "I noticed the thought record's only half filled in. What got in the way?"),
            (
                "P",
                "I'm just useless at this. I sat down three times and couldn't think of one thought. Even a child could do it. You must have much better clients than me.",
            ),
            ("T", "That sounds like a really harsh voice."),
            ("P", "It's not harsh, it's accurate. I waste your time. Every week I come with nothing."),
            (
                "T",
                "Can I tell you what happened in me just then? When I asked what got in the way, I meant it as a curious question, and I think it landed as a telling-off. And then you started telling yourself off before I could. Is that something like what happened?",
            ),
            (
                "P",
                "(nods slowly) Yes. In my house, you got asked 'why' and then you got the slipper. So better to say it first.",
            ),
        ],
        "markers": [(1, "W7"), (3, "W7")],
        "stage1": [4],
    },
    {
        # Schema-informed individual work, British. Rejects interpretation, defends self; therapist rewinds.
        "id": "e1-132",
        "turns": [
            (
                "T",
                "It strikes me you tend to leave relationships just as they get close. Maybe there's a fear of being left first.",
            ),
            (
                "P",
                "Oh, here we go. I left Sam because he was cheating. I left Chris because he moved to Leeds. That's not a fear, that's common sense.",
            ),
            ("T", "Those are real reasons. I'm also thinking of Nadia..."),
            (
                "P",
                "Nadia was a nightmare! Are you taking her side now? You've never even met her. You make it sound like I'm the one with the problem every single time.",
            ),
            (
                "T",
                "Can we rewind a minute? I think I pushed an idea at you and it landed as an accusation, and now we're sort of arguing about Nadia. Something shifted between us in the last couple of minutes and I'd like to understand it, with you.",
            ),
            ("P", "Like you'd already made your mind up about me. Like I'm a pattern in your notes."),
        ],
        "markers": [(1, "C2"), (3, "C6"), (3, "C1")],
        "stage1": [4],
    },
    {
        # CBT, Indian client. Hands goal-setting back to 'the expert'; therapist names it.
        "id": "e1-133",
        "turns": [
            ("T", "So we've got twelve sessions funded. What would you want to be different by the end?"),
            ("P", "Whatever you think is most important, doctor. You are the expert."),
            (
                "T",
                "I do know some things about anxiety. But you know what matters in your life. If things were better, what would you notice?",
            ),
            (
                "P",
                "(smiles) You tell me and I will work on it. I am a very good student. I'll do all the homework, full marks.",
            ),
            (
                "T",
                "[pause] I believe you'd do all the homework. I'm noticing, though, that twice now I've asked what you want and twice you've handed it back to me. I wonder what it would feel like to tell me what you want from this.",
            ),
            (
                "P",
                "(laughs nervously) Uncomfortable. In my family the elders decide. If I say what I want and it is wrong...",
            ),
            ("T", "Then what?"),
            ("P", "Then you'll think I'm arrogant, coming here and telling the doctor his job."),
        ],
        "markers": [(1, "W5"), (3, "W5")],
        "stage1": [4],
    },
    {
        # CBT/DBT, Irish. Jokes about therapist's holiday; therapist twice names the laugh.
        "id": "e1-134",
        "turns": [
            ("T", "Just a reminder, I'm away for three weeks from the first."),
            (
                "P",
                "(laughs) Ah, sure go on. Leave me to the wolves. I'll be grand, I'll only be in bits. (laughs) Bring me back a fridge magnet.",
            ),
            ("T", "You're laughing, but 'in bits' and 'the wolves'... I'm not sure it's all a joke."),
            (
                "P",
                "(grins) Ah, it's a joke. Mostly. You're entitled to a holiday. I'd go to Lanzarote too if I had to listen to me every week. (laughs)",
            ),
            (
                "T",
                "There's that laugh again, right next to something that sounds like it hurts, 'if I had to listen to me.' I'd like to slow down here. Can we leave Lanzarote aside for a second? How is it, really, that I'm going?",
            ),
            ("P", "(stops laughing) It's like the floor tilting. Last time you were away was when I ended up in A&E."),
        ],
        "markers": [(1, "W6"), (3, "W6"), (3, "W7")],
        "stage1": [2, 4],
    },
    {
        # MI, Irish. Fed up with scaling questions; therapist laughs it off and keeps scaling.
        "id": "e1-135",
        "turns": [
            ("T", "On a scale of nought to ten, how important is it for you to cut down?"),
            ("P", "Ah, not the numbers again. Every week, scale of one to ten. I feel like I'm on a game show."),
            ("T", "(laughs) Just roughly, though?"),
            (
                "P",
                "I don't know. Six. Seven. It changes depending on the day, that's the whole problem with your scales.",
            ),
            ("T", "Seven. And why seven and not, say, four?"),
            (
                "P",
                "(sighs) Because I said seven. Look, I don't know. Because of the kids, I suppose. You know all this.",
            ),
            ("T", "Because of the kids. Tell me more about that."),
            ("P", "Same as I told you last week."),
        ],
        "markers": [(1, "C3"), (3, "C3"), (5, "C3"), (7, "W2")],
        "stage1": [],
    },
    {
        # CBT, British. Worry log pointless, no progress; therapist asks whether it's about them.
        "id": "e1-136",
        "turns": [
            ("T", "Shall we review the week's worry log?"),
            (
                "P",
                "(sighs) Can we not? Sorry. I've been thinking about it all week. Twelve sessions in and I worry exactly as much as I did in January. The log just tells me what I already know. I worry about everything.",
            ),
            (
                "T",
                "Okay. I'm really glad you said that rather than going through the motions with it. It sounds like you've been carrying this doubt all week. Is some of it about me, or about how we've been doing this together?",
            ),
            (
                "P",
                "A bit. You seem so sure it'll work. You keep saying 'these things take time.' And I think, how much time?",
            ),
            (
                "T",
                "'These things take time.' Yes, I've said that a lot. I can see how it might sound like I'm not hearing how stuck you feel. Tell me what it's been like, coming every week with that doubt.",
            ),
            (
                "P",
                "Lonely, a bit. Like you're upbeat and I'm sinking and I have to pretend I'm less sunk so you don't feel bad.",
            ),
        ],
        "markers": [(1, "C3"), (1, "C5"), (3, "C1"), (3, "C5")],
        "stage1": [2, 4],
    },
    {
        # CBT-I, Nigerian client. Visa hearing brushed off; therapist goes straight to sleep diary.
        "id": "e1-137",
        "turns": [
            ("T", "You said last time your visa hearing was on Monday. How did it go?"),
            ("P", "It went. It's fine."),
            ("T", "Did they make a decision?"),
            ("P", "Not yet. Maybe four weeks. It's not a problem. God is in control."),
            ("T", "Okay, good that it's done. So this week I thought we'd carry on with the sleep diary."),
            ("P", "Mm. Yes."),
            ("T", "How many nights did you fill it in?"),
            ("P", "Two."),
            ("T", "Two. And roughly what time were you going to bed?"),
            ("P", "Late. I don't know. Two, three. It doesn't matter."),
        ],
        "markers": [(1, "W1"), (1, "W2"), (3, "W1"), (5, "W2"), (9, "W1")],
        "stage1": [],
    },
    {
        # CBT by video, British client. Hears therapist typing; therapist stops and asks where client went.
        "id": "e1-138",
        "turns": [
            ("T", "(on video) Sorry, go on, you were saying about the panic on the train?"),
            ("P", "I was. [pause] Are you typing? I can hear you typing."),
            ("T", "I'm just making a quick note."),
            (
                "P",
                "It's just, I'm telling you about nearly passing out on the Northern Line and I can hear click click click. It's like talking to a call centre. I might as well fill in a form.",
            ),
            (
                "T",
                "You're right, and that's on me. I'm stopping. [pause] I think I've been more focused on getting it down than on being with you while you told it, and you felt that. Where did you go, just then, when you heard the keys?",
            ),
            ("P", "Sort of... out of the room. Like I was talking to myself. Like I'd already been filed away."),
        ],
        "markers": [(1, "C1"), (3, "C1")],
        "stage1": [4],
    },
    {
        # DBT, British. Chain analysis: abstract talk then the cat story; therapist names the drift gently.
        "id": "e1-139",
        "turns": [
            ("T", "Let's go back to the moment just before you picked up the blade. What were you feeling?"),
            (
                "P",
                "Well, emotions are complex, aren't they. It's never just one thing. I suppose there's a general background dysregulation that's always there, and then various triggers interact with it.",
            ),
            ("T", "Sure. And in that moment, on Sunday night?"),
            (
                "P",
                "Sunday. Oh, Sunday was the day my neighbour's cat got stuck on the shed roof, actually. We had the fire brigade out. The whole street was out. This massive ladder, and the cat just strolls down the drainpipe on its own the minute they arrive. (laughs)",
            ),
            (
                "T",
                "(smiles) That cat. [pause] I notice that each time I bring us close to Sunday night, we drift, first into emotions in general, then up onto the shed roof. I'm not telling you off. I'm wondering if being in that moment with me here feels like too much right now.",
            ),
            ("P", "(quiet) Yeah. It's like the chain pulls me right back into it and I can't stop it."),
            ("T", "Then let's go gently. We can do it in small pieces, and you set the pace."),
        ],
        "markers": [(1, "W3"), (3, "W4")],
        "stage1": [4],
    },
    {
        # CBT, Nigerian client. 'Controlling mother' interpretation; demand for steps; therapist apologises and checks in.
        "id": "e1-140",
        "turns": [
            ("T", "I wonder if some of the tension with your daughter comes from wanting her to do things your way."),
            (
                "P",
                "My way? So I'm the controlling mother now. Is that your professional opinion? You've met me eight times.",
            ),
            ("T", "I'm sorry, I didn't mean it to come out like that."),
            (
                "P",
                "How else could it come out? And please, don't just say sorry. Tell me what I'm supposed to do with her. Give me the steps. That's what I came for, not to be analysed.",
            ),
            (
                "T",
                "That's fair. I said it clumsily and I'm sorry, and I don't want to hide behind the apology either. I think I hurt you, and then you asked for steps, which I understand. Before we go to steps, can I check where that's left the two of us?",
            ),
            (
                "P",
                "[pause] It was like hearing my own mother. 'Adaeze, you always want your own way.' Forty-five years I've been hearing it.",
            ),
        ],
        "markers": [(1, "C6"), (3, "C7"), (3, "C2")],
        "stage1": [4],
    },
]
