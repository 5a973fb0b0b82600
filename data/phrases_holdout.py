"""Phrase bank for the "holdout" inbox: British English, chattier, longer and
sloppier (lower case, missing apostrophes, the odd typo), on purpose.

Same names and structure as `data.phrases_demo`, none of its sentences: a
classifier tuned on the demo inbox can be checked here on wording it never saw.
Placeholders are the same as in the demo bank (see its docstring).
"""

# ---------------------------------------------------------------- the insurer and the world around it

COMPANY = "Harbourside Insurance"
CURRENCY = "£"
DATE_STYLE = "day_first"
POSTCODE_STYLE = "uk"
FRAGMENT_JOINER = ", "  # between sentence fragments that end without punctuation
CLAIM_REF_PREFIX = "HS/"
REGIONS = ["North West", "North East", "Yorkshire", "Midlands", "East Anglia", "London", "South West", "Scotland", "Wales"]
AGENT_NAMES = [
    "Siobhan", "Gareth", "Niamh", "Callum", "Rhiannon", "Dev", "Bethan", "Kieran", "Fatima", "Alfie", "Imogen", "Hamish",
    "Zara", "Owain", "Poppy", "Rory", "Harpreet", "Declan", "Freya", "Tomasz", "Lowri", "Nathaniel", "Ayesha", "Fraser",
]
SURNAMES = [
    "Hughes", "Begum", "McAllister", "Pritchard", "O'Neill", "Okonkwo", "Thwaite", "Singh", "Greenwood", "Evans",
    "Wojcik", "Ashworth", "Macdonald", "Khan", "Baxter", "Llewellyn", "Osei", "Fairclough", "Duffy", "Hargreaves",
]
GENERIC_SPEAKERS = ["Adviser", "Agent"]
BOT_SPEAKER = "Assistant"
NUMBER_WORDS = ["3", "4", "5", "about six", "three or four"]
VEHICLES = [
    "Vauxhall Corsa", "Ford Fiesta", "VW Golf", "Nissan Qashqai", "Skoda Octavia", "Mini Cooper", "Kia Sportage",
    "Toyota Yaris", "Peugeot 208", "BMW 1 Series", "Audi A3", "Land Rover Discovery", "Renault Clio", "Honda Jazz",
    "Citroen C3", "Volvo XC40",
]
HOME_PARTS = [
    "bay window", "conservatory", "loft", "downstairs loo", "airing cupboard", "garden wall", "patio doors",
    "boiler", "kitchen units", "front room ceiling", "porch", "guttering", "stairs carpet", "en-suite",
]
AUTO_INCIDENTS = [
    "bump at a roundabout", "someone reversing into me in Tesco car park", "smashed wing mirror", "pothole",
    "windscreen chip that cracked right across", "keying on the drive", "shunt on the M6", "catalytic converter theft",
]
HOME_INCIDENTS = [
    "escape of water from the bathroom", "chip pan fire", "storm blowing tiles off", "burglary", "subsidence crack",
    "flooding from next door", "leak through the flat roof", "boiler packing up and flooding the kitchen",
]
BROKERS = [
    "Pennine Brokers", "Castle & Co Insurance Services", "Moorside Insurance Brokers", "Thames Valley Cover Ltd",
    "Clydeside Brokerage", "Beacon Risk Services",
]
TOWNS = ["Leeds", "Swansea", "Stockport", "Norwich", "Bristol", "Dundee", "Wolverhampton", "Exeter", "Harrogate", "Derby"]
ITEMS = ["wedding ring", "macbook", "mountain bike", "hearing aids", "telly", "drum kit", "designer handbag"]
RELATIVES = ["my lad", "my eldest", "the wife", "my other half", "my daughter in law", "my dad", "the hubby"]
LINE_WORDS = {
    "auto": ["car", "motor"],
    "home": ["house", "buildings and contents"],
    "life": ["life cover", "life"],
    "commercial": ["business", "shop"],
    "travel": ["travel", "holiday"],
}
TEAM_WORDS = {
    "claim": ["claims handling team", "claims line"],
    "policy_change": ["policy admin team", "amendments team"],
    "billing": ["accounts team", "payments team"],
    "renewal": ["renewals line", "renewals section"],
    "onboarding": ["welcome team", "sales team"],
    "general": ["customer care team", "main switchboard"],
    "price": ["cancellations team", "retention section"],
    "payout": ["settlements team", "claims finance team"],
    "staff": ["complaints team", "team leaders"],
    "outage": ["IT helpdesk", "online support team"],
}
JOURNEY_CHANGES = {
    "claim": "Adviser screen now shows everything the customer submitted through the web claim, pictures included",
    "policy_change": "Extra confirmation page on mid-term adjustments",
}

# ---------------------------------------------------------------- transcript scaffolding (insurer side)

CALL_GREETINGS = [
    "Morning, you're through to {company}, {agent} speaking.",
    "Hiya, {company}, {agent} here, how can I help?",
    "Hello, thanks for ringing {company}. You're speaking to {agent}.",
    "Afternoon, {agent} at {company}, what can I do for you today?",
    "Hello, {company} customer line. Calls are recorded for training. What's the query?",
    "Hi there, you've come through to {agent}. What's happened?",
    "{company}, good evening, {agent} speaking.",
    "Hello, sorry about the wait, {agent} at {company}.",
]
ID_CHECK_ASKS = [
    "Right, just need to take you through security. First line of the address and postcode?",
    "Can I grab your postcode and date of birth please?",
    "Lovely. Before I go into the account, whats your date of birth?",
    "OK, can you confirm the postcode on the policy for me?",
    "Could I take your surname and postcode to find you?",
    "No worries, can you just confirm your date of birth and postcode?",
]
ID_CHECK_ANSWERS = [
    "yeah its {postcode}, born {dob}",
    "{postcode}. Date of birth {dob}.",
    "um, {dob}, and postcode is {postcode}",
    "{surname}, {postcode}",
    "It's {dob}. Postcode {postcode}.",
    "postcode {postcode}, hang on, yeah thats right",
]
AGENT_GO_AHEADS = [
    "Lovely, got you. Go on.",
    "Right, I've got you up. What's happened?",
    "Ta. What's the problem?",
    "OK, found you. Fire away.",
    "Brill, what can I do?",
]
AGENT_EMPATHY = [
    "Oh no, I'm so sorry, that's not on at all.",
    "Right, I do apologise, let me have a look.",
    "I'm really sorry you've had to deal with that.",
    "Bear with me, I'll see what's gone on.",
    "That's rubbish, I'm sorry. Let me dig into it.",
    "Ok, I can only apologise. Give me two secs.",
    "Thanks for bearing with us, I'll get to the bottom of it.",
    "I completely get why you're annoyed.",
]
AGENT_TRANSFER_NOTES = [
    "Looks like you've come through from another department.",
    "I can see the system's moved you across to me.",
    "So you've been put through a couple of times, I can see that.",
    "I've got a note that you were passed over from colleagues.",
    "Ah, you were on with someone else before me.",
]
AGENT_TRANSFER_LINES = [
    "I'm going to pop you through to the {team}, bear with me.",
    "That'll be the {team}, I'll put you through now.",
    "Let me just transfer you across to the {team}.",
    "Hold the line and I'll get you over to the {team}.",
    "I'll pass you over to the {team}, they deal with that side.",
    "Bear with, I'll stick you through to the {team}.",
    "I need to move you to the {team} for that, one sec.",
    "I'll send you across to the {team} now, shouldnt be long.",
]
CUSTOMER_TRANSFER_REQUESTS = [
    "can you put me through to the {team}?",
    "is it the {team} I need for this?",
    "Could you pass me to someone who deals with this?",
    "do I need to speak to the {team} then",
    "can i speak to the {team} please",
]
CUSTOMER_ACKS = ["ok", "fine", "yep no probs", "righto", "cheers", "ok ta"]
HANDOVER_INTROS = [
    "Hello, {agent2} speaking, you're through to the {team}.",
    "Hiya, it's {agent2}, I've just picked you up.",
    "Hi, {agent2} here, sorry for the hold.",
    "Afternoon, {agent2} in the {team}.",
    "{agent2} speaking, how can I help?",
    "Hello, you're through to {agent2}.",
]
AGENT_ACKS = ["Ok.", "Right.", "Understood.", "Mm, ok.", "Noted.", "Right you are."]
AGENT_CLOSINGS = [
    "Anything else I can help with today?",
    "Right, that's all logged. Thanks for ringing.",
    "I'll get an email out to you today confirming.",
    "Cheers then, take care.",
    "I've put a note on the file. Bye now.",
    "Lovely, you'll get a text shortly. Bye bye.",
    "Sorted then. Have a good afternoon.",
    "Thanks for your patience, speak soon.",
]
BOT_GREETINGS = [
    "Hello, I'm Harbourside's digital assistant. What's your question?",
    "Hi! Type your question below and I'll do my best.",
    "Welcome to {company} live chat.",
    "Hiya, how can I help today? You can say things like 'claim' or 'payment'.",
    "Hello again! What do you need?",
]
BOT_ID_ASKS = [
    "To look you up I'll need your policy number please.",
    "What's the policy number? It starts with P.",
    "Can you tell me your policy number, or your postcode and date of birth?",
    "Policy number please.",
]
CHAT_ID_ANSWERS = [
    "{policy_number}", "its {policy_number}", "{policy_number} i think", "policy no {policy_number}",
    "hang on... {policy_number}", "{policy_number} thanks",
]
BOT_HANDOVERS = [
    "I'll pass you to one of the team now.",
    "Please wait while I find someone to help.",
    "Transferring you to a team member, current wait about {minutes} mins.",
    "Someone from the team will be with you shortly.",
]
CHAT_AGENT_JOINS = [
    "Hiya, {agent} here, just reading back what you've put.",
    "Hello, you're chatting with {agent}.",
    "Hi, {agent} from {company} joining, bear with me a sec.",
    "Afternoon, {agent} here.",
    "Hi, it's {agent}. Let me open your policy.",
    "{agent} has joined the chat.",
]
BOT_CLOSINGS = [
    "Brill, anything else?",
    "All done! You can close the chat whenever.",
    "Thanks for chatting with us.",
    "Sorted. A copy of this chat's on its way to your inbox.",
]
TICKET_GREETINGS = ["Hiya,", "Dear Sir/Madam,", "Hi there", "To the claims people,", "Afternoon,", "hello"]
TICKET_SIGNOFFS = [
    "Cheers, {surname}", "Kind regards, Mrs {surname}", "thanks", "Many thanks", "Sent from my iPad",
    "Regards. Mr {surname}", "ring me on my mobile pls", "Ta",
]

# ---------------------------------------------------------------- complaints: handoffs (>= 25 per pattern)

COMPLAINT_OPENERS = [
    "Hiya, I want to put in a complaint if that's alright.",
    "right, I've had enough, I need to complain about my {line} policy",
    "hello, it's about my {line} claim and honestly I'm livid",
    "Yes hello, I rang last week and I'm ringing again because nothing's happened.",
    "I'd like this logged as a formal complaint please.",
    "ok so this is going to take a while to explain",
    "Hi, sorry, I'm just really wound up about this.",
    "morning. complaint. where do I start",
    "Can you log a complaint for me?",
    "I've been meaning to ring for a while about this.",
]

HANDOFF_COMPLAINTS = {
    "claim_form_to_advisor": [
        "so I did the claim on the website the night it happened, took ages, every box filled in, and when the handler rang two days later it was like he was hearing about it for the first time",
        "Right. The web form. Did it. Pictures of the {home_part}, receipts, the lot. Then your claims chap phones and wants me to describe the damage and forward him pictures. Does nobody read what comes in off the website?",
        "logged my claim through the app with about {photos} pics and the bloke from claims who rang had zilch, not one picture, so there I am forwarding them all from my phone again",
        "What is the website claim even for? Your handler told me straight out they dont get what people type in online. So I told the story a second time",
        "i reported the {incident} online on the {date}, got an automatic email with ref {ref}, then a lady from claims rang wanting to know what had happened. like I hadnt already written an essay about it on your site",
        "Your online claims thing and your claims handlers must be on different planets. Nothing I put on the site reached the person ringing me",
        "Took me nearly an hour on your claims site cos it kept wanting more photos. Then the handler wanted photos. Couldnt make it up",
        "filled the online claim out on my lunch break, then lost another lunch break telling the handler the same stuff because her screen was blank",
        "The app said 'claim submitted, we'll be in touch'. When they got in touch they wanted the whole story from the top and the pictures forwarding. so what did the app actually do",
        "did it all online like a good customer and got punished for it, handler knew nowt so it was tell-it-again time",
        "the pics I put on the claims website never got to the handler. He asked me to whatsapp them to him! whatsapp!",
        "I did my bit on the website. the claims adviser rang and basically read me a blank screen. my write-up, photos, the garage quote, none of it had reached him",
        "Honestly whats the point in uploading stuff to your claim site if the handler then wants the same stuff by email. Done it twice now",
        "Reported the {incident} on the app straight after it happened. When claims rang there was no sign of anything I'd put in, so I described it again stood in the street",
        "Your web claim form asks a million questions. Then the handler asks the same million questions. Just ask me once, honestly",
        "I attached the crime ref and the garage estimate to my online claim. Claims rang wanting both again. Stuff goes into the website and vanishes",
        "Why tell people to claim online when your claims people cant open what we send? second go at describing the {incident} to someone with nothing in front of them",
        "Spent a whole evening on the online claim for the {vehicle}. The handler rang and opened with 'so what's happened then?' I nearly cried",
        "the claims handler had no trace of my online submission, not the photos, not my notes, zero. redid the lot with him over the phone",
        "Web claim done, confirmation email, then a call from claims where every detail had to be given a second time. disjointed doesnt cover it",
        "Put the claim in on the app with snaps of the damage. The adviser who rang couldnt open any of it and wanted everything resending",
        "so apparently the online claim lands in a different system to the one your handlers use?? thats what I was told when I had to tell it again",
        "My online claim was a total waste of an evening, the handler started fresh like I'd never reported anything",
        "did the claim through the website, {photos} photos, rang to chase and the woman said theres no photos on the file. theyre on your website love",
        "The handler wanted a full account of the {incident} plus every photo. I'd given exactly that on the online form the week before. Nobody passed it along",
        "nothing, and I mean nothing, from my web claim was on the handler's screen. Went over the lot for {minutes} minutes",
        "Made my claim online to save everyone time. Ended up doing it twice, once on the site and once with a handler who couldnt see the site",
        "online claim + phone call from a handler who knew none of it + forwarding the same pictures again = never using the website again",
    ],
    "claim_advisor_to_advisor": [
        "every time my claim lands on someone new's desk I'm telling the {incident} story again, like groundhog day",
        "{times} handlers now. none of them seem to read what the one before wrote, so every call is me going through it again",
        "The handler I started with went off sick, whoever picked my claim up had no clue about anything we'd agreed",
        "Got put through from claims to the engineers, then to the total loss people, and each lot wanted to know what happened. is nothing written down",
        "first handler okayed the garage, second handler says there's nothing on file about that. you lot dont share anything between you",
        "Rang up, got put through to another department, they wanted the full story. Then put through again. Same again. Three times in one call!",
        "New claims adviser had none of the notes from the old one so I've been resending the {vehicle} photos and the quote",
        "I went through everything with {agent} on the {date}, took ages. Today I got moved to someone else and apparently there's no note of that call anywhere",
        "you shifted my claim to a specialist team without telling me and they've asked for everything I already gave the first handler",
        "how many more times do I have to describe the {incident}? every person you pass me to wants it from the top",
        "My claim has bounced round your staff for {weeks} weeks and every new person is clueless. I'm knackered with it",
        "swapped from one handler to the next and the new one wanted the policy details, what happened, photos, everything. nothing got handed on",
        "got escalated to a team leader who wanted me to go through it again from the off. so what was the escalating for",
        "the repairers said they never got my claim from the handler even though the handler swore blind he'd sent it over",
        "no single person is in charge of my claim. it just gets passed along and the notes never follow it. SO tired of retelling it",
        "got put through to the property lot about the {home_part}, described the damage to somebody new, word for word, same as last week",
        "Each time your claims staff hand me on I lose a week and go through the whole story again. fourth person now",
        "the last adviser told me it was sorted and passed across. the next one had never heard of it. Back where I started",
        "They swapped my handler without a word and the new one asked for the estimate I sent weeks ago to the old one",
        "telling every new claims person about my injuries is horrible, relived it {times} times now because you keep passing me on",
        "Third handler in a month. Third time explaining what happened. Third time sending the same documents. Why",
        "moved from my claims handler to recoveries and they knew nothing of what had already been agreed",
        "the handover between your claims handlers is non existent, I repeat myself to every single one",
        "Passed to a senior handler who hadnt been told anything by the first, so I went through it for another hour",
        "i just want ONE person on my claim. every new handler asks the same questions like the last call never happened",
        "Different voice every time I ring about this claim and none of them know what the last one said. I've become my own case notes",
    ],
    "policy_change_chat_to_phone": [
        "spent half an hour on the webchat sorting my change of address then got told I'd have to ring. rang, and said it all again, they couldnt see the chat",
        "The chat bot thing took all my details for the new car then said 'please ring to complete'. Person on the line had none of it",
        "Tried to add {relative} on live chat, was told it needs doing over the phone, then the phone lady asked me everything I'd just typed. pointless",
        "why does your webchat send you to the phones when the phones cant see what you put in the chat??",
        "Did the whole adjustment on chat, {minutes} mins, then 'sorry we cant do that on chat, ring this number'. And on the phone? from the top",
        "chat woman said she'd pass it on to the phone team for me. rang the next day, no trace of the chat, repeated the lot",
        "I wanted to swap my car over to the {vehicle}. Chat couldnt do it and sent me off to ring, where I gave the reg, mileage and the rest a second time",
        "the assistant on the chat noted my request and told me to ring to finish it off. nobody on the line knew anything about it",
        "Honestly the chat is useless for changes. It just tells you to ring, then you're explaining yourself from nothing to someone on the phone",
        "Typed out my new address, moving date and where the car's kept overnight on chat. Then told to ring. Then had to say it all out loud",
        "live chat said it would send my change through to the phone team. the phone team said there was no chat on file. great",
        "Asked to take {relative} off the policy on chat, got told to ring, rang, went through it from the start cos they couldnt see any chat history",
        "Ive now done this adjustment twice, webchat then phone, and its STILL not done",
        "the excess change to {deductible} got shunted off the webchat onto a phone call and everything I'd done on chat was lost",
        "the chatbot asked me about 15 questions for the change then said ring us. phone chap asked me the same 15 questions",
        "if youre going to push people from chat to the phone at least let the phone people see the chat!! repeated my whole adjustment",
        "was halfway through changing my cover on webchat, got handed off to a phone call and the person had nothing in front of them",
        "Put my change in on the chat. Was told I needed to speak to someone. Spoke to someone. They hadn't seen the chat. Went through it again",
        "wanted my {item} adding to the house policy, chat pushed me onto the phone, phone couldnt see the chat, explained it twice",
        "its like the chat and the phone lines are two different companies, nothing carries over, redid my change of vehicle",
        "Chat took my details and said someone would ring me back to finish the change. They rang and asked what I was after. Unbelievable",
        "after an age on webchat the adviser said he cant do mid term changes and to ring. on the phone I was starting again",
        "Why cant the phone team see my chat? I'd just spent ages typing everything out about the new driver",
        "used the chat to update my address after moving to {town}, got sent to ring up, repeated every detail, still waiting for new docs",
        "The online chat wasted my time, it passed me to the phones and the phones couldnt see a word I'd written",
        "i was told by chat to ring about the change, and the phone adviser had me start the request again from the top. no notes, nothing",
    ],
    "broker_to_insurer": [
        "my broker sent everything over to you weeks back and you lot are saying you've got nothing from them. so I've gone through it all again",
        "Went through {broker} as always, they passed the claim on to you, and your claims team had none of what I'd told the broker",
        "The broker swears it was sent. You swear it wasnt received. I'm in the middle explaining the same thing to both of you",
        "I pay a broker precisely so I dont have to do this. Yet here I am repeating the whole claim to your staff because nothing came over from them",
        "{broker} submitted my change of vehicle on the {date}. When I rang you there was no sign of it and I gave the details again",
        "Told the broker about the {incident} the same day. When your handler finally rang, they didnt know a thing the broker passed on",
        "the info my broker gave you has vanished somewhere between them and you. Your adviser wanted it all again from me",
        "Its my business policy, {broker} look after it. The claim got passed over to you and your team didn't have any of the background",
        "broker says 'its with the insurer now'. insurer (you) says 'we've no record'. round in circles and I keep repeating myself",
        "My broker emailed across pictures and a quote from the garage weeks ago. Your lot rang asking if I could send pictures and a garage quote. Come on",
        "I rang you about the claim the broker put in and was told you could only see a claim number, none of the detail the broker gave",
        "Whatever my broker sends you just disappears. Your people asked things my broker answered a fortnight ago",
        "I gave the broker the lot about adding {relative}. Your lot have no record of the broker asking for anything",
        "as far as your staff are concerned the broker never sent anything. so ive explained my whole claim from nothing",
        "Every time my broker passes something your way I have to ring and explain it myself anyway, cos you cant see what they sent",
        "{broker} told me to expect a call from you and that you'd have everything. You had nothing. Started again",
        "The adjustment went in via my broker and your underwriter rang asking me for the info the broker had already given you",
        "Frankly the broker and the insurer dont talk. I told one, then had to tell the other the exact same story",
        "your claims lady said she'd had nothing through from my broker even though the broker showed me the email they sent",
        "broker lodged my claim, you lot opened a new one from nothing and wanted every detail off me",
        "My broker escalated it to you as the insurer. The insurer - you - had nothing on file. Starting over, again",
        "apparently the docs went from my broker to you, but your team said theyve not seen any and could I forward them. Me. Forward them",
        "Brokers notes never got to you. I was sat there going over the {incident} with your handler for {minutes} minutes",
        "Soon as the broker handed it your way, everything I'd told them evaporated. brand new claim as far as you're concerned",
        "Ive used {broker} for years and never had this. They pass my claim to you and you've no idea what its about",
        "So my broker told you about the change weeks ago and when I rang you theres nothing there. I'm stuck repeating myself",
    ],
    "renewal_spike_app_to_phone": [
        "app wouldnt let me finish renewing, said ring us, so I rang and they couldnt see anything I'd put in the app",
        "Started renewing on the app, it said phone to complete. The lad on the line had none of my app details so we did it all again",
        "renewal on the app keeps erroring and pushing me to ring, and when I ring they want everything I typed into the app",
        "Did my renewal on my phone in the app, updated the mileage and named drivers, then it said phone us. No record of any of it at your end",
        "the app says ring to renew. {minutes} mins on hold later I'm reading out all my details because the app stuff wasnt there",
        "app quoted me {amount} for renewal then said ring to finalise. The adviser couldnt see the price or anything else I'd done",
        "Whats going on with the app this week? Keeps sending everyone to the phones to renew and the phones cant see what we've done",
        "Ticked every renewal box on the app, STILL got sent to ring, where I ticked them all again, out loud, one by one",
        "the app renewal just dumps you on the phone line and nothing you did in the app comes with you",
        "Tried renewing through the app, it froze at the payment bit and said to ring. On the phone they started the renewal from zero",
        "Renewing on the app then being made to ring up and redo it is a joke. the phone team cant see the app at all",
        "I'd put a picture of my licence on the app for renewing. Then got told to ring and they wanted it sending again",
        "Half an hour in the app, then another {minutes2} minutes on a call doing the exact same renewal because they couldnt see the app",
        "app popped up 'please contact us before renewal'. rang, the woman asked what I was ringing about. nothing from the app whatsoever",
        "got most of the way through renewing on my phone, was told to ring instead, repeated the lot to the person on the line",
        "the app pushed me onto a call to sort my renewal and the chap didnt know I'd even opened the app",
        "Renewal via the app failed and the phone adviser couldnt see my app answers. Renewed twice basically",
        "so the app renewal bit says 'contact us' and then contacting you means starting the renewal over because none of the app info is there",
        "why is the app making me ring to renew?? and why cant the person I ring see what I did in the app",
        "Rang to finish a renewal I'd nearly done on the app, the phone team had no idea, right back to the start",
        "Every question the app asked me about my renewal, the phone adviser asked me again. Shocking",
        "app renewal -> phone call -> start again. three times this week ive seen people moaning about this",
        "The app reckoned my renewal needed a chat with someone. The someone needed all the info I'd already put in the app. Great system",
        "used the app for my renewal like the email said, ended up on the phone redoing every answer",
        "App crashed halfway through renewing and told me to phone. Phone couldnt see any of the app renewal, so we did it again",
        "Cant believe the app cant pass my renewal to your call centre, every detail repeated",
    ],
    "onboarding_small": [
        "signed up through your website, then the adviser who rang for the welcome call wanted all the same info off me",
        "Did all the new customer forms on the portal and uploaded my ID. The adviser rang and had none of it",
        "Joined you online and a welcome adviser phoned to 'finish setting up' but had no view of what I'd done on the portal",
        "portal said application complete, adviser said 'what application'. went through the whole thing again on the phone",
        "Answered every question on the joining portal. The adviser who rang then ASKED every question again",
        "whatever I did on the portal clearly didnt get to whoever rang me, so my whole situation got explained again",
        "Uploaded my no claims proof on the portal when signing up. Adviser rang the next day asking me to send it",
        "The joining portal and your advisers obviously dont talk. Did my application twice",
        "new customer, did it all through the portal, yet the adviser on the welcome call had nothing to go on",
        "None of what I typed into the sign up portal was visible to the adviser who called me",
        "Had to go through my whole application again with an adviser after doing it on the portal. Whats the portal for",
        "the portal took my documents then the adviser wanted them emailed. theyre on the portal!!",
        "Set up the policy on the portal then got passed to an adviser who had me start again from the beginning",
        "Portal said an adviser would complete my set up. The adviser had nothing from the portal",
        "joining was a shambles, portal then adviser, adviser had zero of what I'd entered",
        "typed all my shop details into the portal when I joined and the adviser wanted every bit of it again",
        "uploaded my survey report to the portal, adviser said she couldnt see it and could I email it",
        "signed up on the portal, got handed to an adviser who didnt know I'd filled anything in",
        "Joining online then answering the same questions to an adviser made me wonder why I bothered",
        "lost all my sign up info somewhere between the portal and the adviser",
        "portal application didnt reach the adviser so I redid it with her over the phone",
        "Finished the online joining bit and the adviser who rang afterwards took down all my info again",
        "welcome call adviser asked for my {vehicle} reg and details, which I'd put on the portal an hour before",
        "did the onboarding portal, then the adviser call, adviser couldnt see one thing from the portal",
        "Every step done on the joining portal and the adviser still had me start at the beginning",
        "brand new customer and already repeating myself, portal then adviser, nothing passed across",
    ],
}
HANDOFF_TICKET_SUBJECTS = {
    "claim_form_to_advisor": [
        "web claim not showing for handler", "photos uploaded already!!", "RE: {ref} - online claim ignored",
        "Claim done online, asked again on phone", "handler cant see my online claim", "uploading same pics again",
    ],
    "claim_advisor_to_advisor": [
        "new handler knows nothing", "RE: {ref} - passed around again", "keep repeating my claim",
        "claim handed over, notes lost", "4th person on my claim", "stop passing me around",
    ],
    "policy_change_chat_to_phone": [
        "webchat told me to ring", "chat not visible to phone team", "adjustment - repeated twice",
        "change of address - chat then phone", "chat request lost",
    ],
    "broker_to_insurer": [
        "broker says sent, you say not", "{broker} - info missing", "claim via broker, no details your end",
        "broker handover", "nothing from my broker?",
    ],
    "renewal_spike_app_to_phone": [
        "app renewal - told to ring", "renewal redone on phone", "app renewal not seen by phone team",
        "cant renew in app", "renewal lost between app and phone",
    ],
    "onboarding_small": [
        "joining portal info lost", "welcome call asked everything again", "set up done twice",
        "portal docs not seen", "portal vs adviser",
    ],
}

# ---------------------------------------------------------------- complaints: not about handoffs (>= 15 each)

OTHER_COMPLAINTS = {
    "price": [
        "renewal letter says {amount}. last year was loads less. I've not claimed, not moved, not changed car. explain",
        "so my premium's gone up {pct} percent for doing absolutely nothing. cheers",
        "the loyalty penalty is real with you lot, my renewal went up again while my mate got a cheaper quote for the same thing",
        "{years} years I've been with Harbourside and the renewal is the dearest it's ever been",
        "went on a comparison site and got the same cover for half what your renewal wants",
        "can't stretch to {amount} for the car this year, that's a silly jump",
        "house insurance renewal gone through the roof, not a single claim in my life",
        "had to ring and haggle the renewal down AGAIN. Why do I have to fight every year",
        "renewal quote came in at {amount} and the letter gives no reason whatsoever",
        "my premium's gone mad at renewal. nothing's changed my end",
        "the renewal's up {pct}% and all I get is 'rising costs'. not having it",
        "genuinely shocked at the renewal price, might as well not bother being loyal",
        "your own website quotes new customers less than my renewal. how is that fair",
        "{amount} to renew a bog standard motor policy?? do me a favour",
        "can't justify that renewal price on a pension, it's gone up far too much",
        "renewal's jumped again. third year running. I'm off",
    ],
    "payout": [
        "claim agreed on the {date} and not a penny since. builders wont start till they're paid",
        "{days} days. that's how long I've been waiting on the settlement",
        "had to stick {amount} on my credit card for the garage cos your payment hasnt come",
        "you accepted the claim then went quiet. no money, no letter, nothing",
        "kids have been without the car for weeks because the payout for the {incident} is nowhere",
        "other firms pay out in a few days, you lot take months",
        "ten working days you said. we're way past that",
        "settlement's been sat on 'authorised' for weeks, when does it actually get paid",
        "every time I chase the payment its 'should be with you next week'. it never is",
        "the {home_part} is still wrecked because the settlement hasnt landed",
        "{amount} down and counting while you sit on my money",
        "paperwork went in weeks ago, payment still stuck somewhere",
        "lowballed me on the settlement and now can't even pay that on time",
        "{weeks} weeks waiting for money on a claim you said yes to",
        "apparently the cheque's been sent. it has not been sent",
        "lost the hire car while waiting for the payout on my {vehicle}",
    ],
    "staff": [
        "the woman on the phone was so rude, kept cutting across me",
        "your adviser huffed and puffed at every question",
        "made to feel like a fraudster for making a perfectly normal claim",
        "bloke put the phone down on me halfway through a sentence",
        "couldnt have cared less if he tried, the chap I got",
        "snide and no help at all when I asked about the claim",
        "never had such an attitude from a call centre in my life",
        "asked one simple thing and got lectured like a kid",
        "loss adjuster talked down to me like I was an idiot who couldnt read a schedule",
        "was told to 'go on the website' and she wouldnt help further",
        "impatient and unprofessional, obviously wanted rid of me",
        "she actually laughed when I said what had happened. disgusting",
        "webchat person was short with me and shut the chat mid sentence",
        "made me feel thick for asking what my excess was",
        "your member of staff wanted an argument rather than to help",
        "rude, useless and no apology. thats {agent} for you",
    ],
    "outage": [
        "website's been down all morning, cant get into my documents",
        "app falls over every single time I log in",
        "couldnt pay because your site was showing an error for 2 days",
        "since the update the app is just a white screen",
        "the customer area online is never working when you actually need it",
        "trying to download my certificate and the site times out every go",
        "login page just goes round and round, tried chrome and safari",
        "app keeps kicking me out, then a grey box pops up saying try again later",
        "portal off all weekend and I needed my certificate for the DVLA",
        "getting an error page every time I click my policy",
        "app wont get past the loading screen since the {date}",
        "site's rubbish, keeps going down, tonight again",
        "a week without access to my docs thanks to your systems",
        "reset password email never arrives, cant get in",
        "app crashed while paying, no idea if the money went",
        "the website is forever 'under maintenance'",
    ],
    "billing": [
        "you've taken my payment twice this month",
        "direct debit came out at {amount}, that's not what we agreed",
        "DD came out on the wrong day and now ive got bank charges",
        "cancelled my policy ages ago and still being charged for it",
        "theres a {small_amount} payment on my statement I dont recognise",
        "charged my card twice and the refund is taking forever",
        "monthly payment changed with no warning whatsoever",
        "you took the money from my old bank after I'd given you the new details",
        "paid up front and then got a letter chasing me with a fee on it",
        "another billing cock up, {amount} taken twice",
        "charged me for the whole year when I pay monthly",
        "refund for the cancelled policy has never arrived",
        "still taking money for my son and he came off the policy in the spring",
        "{small_amount} in admin fees nobody told me about",
        "two payments in one week off my card ending {last4}",
        "amount on my statement doesnt match whats on my schedule",
    ],
}
OTHER_TICKET_SUBJECTS = {
    "price": ["renewal price", "premium up {pct}%", "why so expensive", "renewal too dear", "loyalty penalty"],
    "payout": ["settlement delay", "still not paid", "wheres my money", "RE: {ref} payment", "payout taking ages"],
    "staff": ["complaint re adviser", "rude member of staff", "staff attitude", "formal complaint - phone call", "hung up on"],
    "outage": ["site down", "app crashing", "login problem", "error page", "online account not working"],
    "billing": ["double payment", "direct debit wrong", "billing mistake", "refund missing", "unknown payment"],
}
TRANSFERRED_BUT_NOT_CONTEXT = {
    "price": [
        "got put through to cancellations and even they couldnt explain a {pct}% rise",
        "customer retention had me on for ages and the renewal price didnt move an inch",
        "a manager came on the line and it was still {amount}, just too dear",
        "bounced between two departments trying to get the price down, nobody would budge",
        "whoever they passed me to just said yep its gone up, tough",
        "moved me to the loyalty lot, waste of time, still way too much",
    ],
    "payout": [
        "got put through to settlements who reckon the money's 'in the system'",
        "claims finance, after they moved me across, said the payment's held up another {weeks} weeks",
        "the payments lot I got passed to couldnt tell me when I'll see a penny",
        "a manager came on and agreed its late but couldnt hurry it",
        "the finance people I got passed to said no payment's even been raised",
        "ended up with payments, they reckon another month",
    ],
    "staff": [
        "whoever I got put through to next was even worse, proper snotty",
        "asked for a manager, got one, and she couldnt have been less interested",
        "got moved to someone else who sighed and said nothing they could do",
        "chap in accounts I was put through to was condescending from hello",
        "the team leader they passed me to talked across me the entire call",
        "once they moved me across, the next person was snide and wanted me gone",
    ],
    "outage": [
        "got put through to the IT helpdesk who admitted the site had been broken for days",
        "they passed me to online support and theres no fix date for the app",
        "the person I got moved to said the website's knackered and to try later",
        "put through to technical, still cant log in",
        "ended up on the helpdesk, app crash is 'a known issue' apparently",
        "got bounced to online support, useless, portal still off",
    ],
    "billing": [
        "got put through to accounts and they could see the double payment plain as day",
        "accounts, once I was through to them, say the refund takes 10 days",
        "passed to the payments lot who agreed the direct debit was wrong",
        "once I was moved to accounts it turns out youve been overcharging me for months",
        "accounts owned up to the fee being their mistake but wont take it off today",
        "got moved to payments and apparently the money taken twice will come back 'at some point'",
    ],
}
VAGUE_COMPLAINTS = [
    "shocking service",
    "worst insurance company going",
    "not impressed, not impressed at all",
    "really let down by you lot",
    "what a shambles",
    "expected so much better",
    "the whole thing's been a nightmare tbh",
    "dreadful. wouldnt recommend to anyone",
    "useless, the lot of you",
    "rubbish rubbish rubbish",
    "sick to the back teeth of this company",
    "would give minus stars",
    "appalling. just appalling",
    "total farce",
    "nothing but hassle",
    "couldnt be worse if you tried",
    "really fed up",
    "never again",
]
VAGUE_TICKET_SUBJECTS = ["complaint!!", "unhappy", "rubbish service", "not happy", "feedback (not good)", "let down"]
COMPLAINT_CLOSERS = [
    "ill be shopping around at renewal",
    "please just sort it",
    "I want a call back from a manager",
    "not good enough",
    "I want this escalating",
    "expecting a reply this week",
    "{years} years a customer and this is the thanks I get",
    "sort it out please",
    "im absolutely worn out with it",
    "will be telling everyone I know",
    "does anyone there actually care",
    "seriously thinking of cancelling",
]
CONTEXT_DETAILS = {
    "claim": [
        "its the {incident} from the {date}", "ref is {ref}", "car is a {vehicle}", "its the {home_part} thats damaged",
        "garage quoted {amount}",
    ],
    "policy_change": [
        "just want {relative} putting on as a named driver", "moved to {town} on the {date}",
        "changed the car to a {vehicle}", "wanted the excess at {deductible}", "its on the {line} policy",
    ],
    "renewal": [
        "renewal date is the {renewal_date}", "quote came through at {amount}", "its the {line} policy",
        "been with {company} {years} years", "got the renewal letter on the {date}",
    ],
    "onboarding": [
        "only joined on the {date}", "its a new {line} policy", "switched over to {company} recently",
        "cover started {date}", "im a new customer",
    ],
    "billing": [
        "card ending {last4}", "payment on the {date}", "it was {amount}", "I pay by direct debit",
        "for the {line} policy",
    ],
    "general": [
        "been with you {years} years", "its the {line} one", "live in {town}", "policy number should be on the system",
        "also rang on the {date}",
    ],
}

# ---------------------------------------------------------------- routine interactions

ROUTINE_EXCHANGES = {  # (customer request, insurer answer) pairs
    "claim": [
        ("hiya, has the engineer's report come back on claim {ref}?", "It came in yesterday, they've agreed the repair so the garage can crack on."),
        ("the garage says they're waiting on parts for the {vehicle}, does that hold up my claim?", "No, it stays open, we just pay once the work's done."),
        ("got a letter about the third party on the {incident}, do I need to do anything?", "Nothing for you to do, we're dealing with their insurer directly."),
        ("can the hire car be kept a few more days, repairs are running over", "I've extended it by a week, the hire firm will text you."),
        ("a windscreen fitter's booked for the {date}, do I pay the excess to him?", "Yes, pay him the {deductible} excess and we settle the rest."),
        ("is there any point claiming for a {incident} or will it just hike my premium?", "I can't say for definite, but I'll note it as a query rather than a claim for now."),
        ("just letting you know the {home_part} is fixed now, can you close the claim?", "Lovely, I've closed claim {ref} and you'll get a letter confirming."),
        ("what do I do with the old carpet, does the loss adjuster need to see it?", "Keep a couple of photos and a small offcut, then it can go."),
        ("can I get a copy of the settlement letter for claim {ref}?", "I'll get that posted out and emailed today."),
        ("has the money for claim {ref} gone out yet?", "It went out on the {date}, allow three working days."),
    ],
    "policy_change": [
        ("my lad's passed his test, can he go on as a named driver?", "He's on, premium goes up {small_amount} a month from the next collection."),
        ("we've had a new kitchen put in worth {amount}, does the cover need bumping up?", "I've bumped the buildings sum insured up, new schedule to follow."),
        ("I'm working from home now, does that change anything on the {line} policy?", "I've taken commuting off the usage, small reduction for you."),
        ("got a private plate on the {vehicle}, need to update the reg", "Reg updated, no charge for that one."),
        ("can I take the protected no claims bonus off to save a bit?", "Done, it's saved you {small_amount} over the year."),
        ("we've got a lodger moving in, do I need to tell you?", "Thanks for letting us know, I've noted it and nothing changes on price."),
        ("changing the car to one with a tow bar, anything I need to do", "Just need the reg when you get it, the cover carries straight over."),
        ("need {relative} taking off the house policy, we've split up", "I've removed them as a policyholder, new documents going out."),
        ("can I add cover for my {item} outside the house?", "Personal possessions added, {small_amount} a month extra."),
        ("the car's going on SORN for the winter, can I reduce cover?", "I've switched it to laid-up cover until the {date}."),
    ],
    "billing": [
        ("my bank's changed, can I give you the new sort code and account number", "New bank details saved, collections move over from next month."),
        ("what day does the money come out?", "The {date} every month, {small_amount} each time."),
        ("can you post me a breakdown of what I paid last year?", "I'll get an annual statement in the post today."),
        ("I missed a payment cos my card got cloned, what happens now", "No harm done, we'll take it again on the {date}, no fee."),
        ("can I pay by bank transfer instead of card?", "Yes, I'll text you our details and your reference."),
        ("I've been made redundant, can I spread the payments?", "Sorry to hear that, I've moved you to twelve smaller instalments."),
        ("why is this month's payment {small_amount} more?", "That's the new driver going on, it's spread over the remaining months."),
        ("can I get the interest on monthly payments explained?", "Paying monthly costs a bit more than annually, I'll email the breakdown."),
        ("can you confirm you got my payment of {amount}?", "Yep, landed on the {date}, you're fully paid up."),
        ("is there a way to get paperless billing?", "Paperless switched on, statements will come by email now."),
    ],
    "renewal": [
        ("renewal's through, can I keep the same excess as last year?", "Excess stays as it was, renewal's all set."),
        ("do I need to send my no claims proof again at renewal?", "No need, we've got it on file from last year."),
        ("my car's worth less now, will the renewal reflect that?", "I've updated the value, it knocks a bit off the renewal."),
        ("can I move the start date so it lines up with my house insurance?", "I can, there'll be a small pro-rata adjustment."),
        ("has my renewal gone through OK, the money came out", "All renewed until next year, documents are in your account."),
        ("I don't want to auto-renew this year, can you switch it off", "Auto-renewal's off, we'll send a reminder before it ends."),
        ("I'm moving to {town} just before the renewal on the {renewal_date}, which address goes on?", "Put the new one on from the move date, I've noted it."),
        ("is breakdown still on there after the {renewal_date}?", "Yes, breakdown rolls on with everything else."),
        ("the renewal quote came through at {amount}, is that including the courtesy car?", "Yes, the courtesy car is already built into that figure."),
        ("can you send the renewal schedule by post, I'm not on email", "Posting it first class today."),
    ],
    "onboarding": [
        ("joined last week and haven't had my certificate yet", "It's gone out by email this morning, check your junk folder too."),
        ("I've just bought the policy, do I need to do anything to activate it?", "Nothing to activate, you're covered from the {date}."),
        ("new to you, can you tell me what the excess is?", "Your excess is {deductible}, it's on page one of the schedule."),
        ("just joined from my old insurer, do you need my no claims letter?", "Yes please, upload it in the app within 21 days."),
        ("how do I log in to the app first time?", "Use 'forgot password' with your email and it'll send you a link."),
        ("the welcome pack mentions a black box, do I have to have it?", "Not on your policy, that's only for the young driver product."),
        ("what's the cooling off period, just in case?", "Fourteen days from the start date."),
        ("can I get a copy of the policy wording in large print?", "Of course, that'll be in the post this week."),
        ("signed up for the {vehicle}, when does the cover actually kick in?", "It started at midnight on the {date}."),
        ("new customer here, who do I ring at night if something happens?", "The emergency line on your certificate is answered round the clock."),
    ],
    "general": [
        ("does the house insurance cover the shed and what's in it?", "Outbuildings are covered up to {amount}, contents in them as well."),
        ("is accidental damage on my policy? the kids broke the telly", "It is, we can start a claim whenever you're ready."),
        ("can you tell me if my {item} needs listing separately?", "Anything over {amount} needs listing, otherwise it's in the general limit."),
        ("do you do pet insurance?", "Not ourselves, but I can pass you to a partner firm."),
        ("can I drive my mate's car on my policy?", "Third party only, and only if it's insured in its own right."),
        ("what's the difference between buildings and contents?", "Buildings is the bricks and mortar, contents is everything you'd take if you moved."),
        ("my neighbour's tree has come down on my {home_part}, whose insurance is it?", "Start it with us and we'll sort it with theirs."),
        ("do you need to know if I'm having building work done?", "Yes please, I've noted the works on your policy."),
        ("I've lost my documents, can you resend them", "Resent to your email just now."),
        ("can I speak to someone in Welsh?", "Yes, I'll pop a note on so a Welsh-speaking colleague calls you back."),
    ],
}
CUSTOMER_THANKS = [
    "lovely, cheers", "brill, thats all i needed", "ah great thanks", "ta very much", "perfect, thanks a lot",
    "thats smashing, thank you", "cheers, have a good day", "ok great, bye",
]
ROUTINE_TICKET_SUBJECTS = {
    "claim": ["claim query", "RE: {ref}", "update on claim pls", "claim - quick one", "about my claim"],
    "policy_change": ["mid term adjustment", "amendment", "change to policy", "policy update pls", "update needed"],
    "billing": ["payments query", "direct debit", "money question", "account query", "paying"],
    "renewal": ["renewal query", "renewal coming up", "renewing", "renewal - quick one", "re renewal"],
    "onboarding": ["new customer", "just joined", "new policy query", "welcome", "set up"],
    "general": ["quick question", "query", "question re cover", "info please", "hello"],
}
SURVEY_POSITIVE = [
    "brilliant, sorted in no time",
    "{agent} was lovely and got it done quickly",
    "claim was dealt with really well, chuffed",
    "cant fault it",
    "nice and straightforward",
    "app made changing my {line} policy dead easy",
    "quick and polite, cheers",
    "smooth from start to finish, ta {agent}",
    "explained everything in plain English",
    "renewed in {minutes} mins, easy",
    "very patient with all my questions",
    "sorted first time",
    "kept me in the loop the whole way",
    "really pleased with how the {incident} claim went",
    "friendly and efficient",
]
SURVEY_NEUTRAL = [
    "fine",
    "ok i suppose",
    "got there in the end",
    "bog standard",
    "nothing to complain about, nothing amazing",
    "answered my question",
    "did the job",
    "alright",
    "normal call really",
    "n/a",
]
REVIEW_POSITIVE = [
    "{agent} was a star with my claim, cant thank her enough",
    "{years} years with {company} and theyve never let me down",
    "good app, fair price, claims are painless. would recommend",
    "{incident} last winter, claim went through without a hitch. 5 stars",
    "lovely people, no messing about",
    "moved over from another firm, saved a packet and the service is top notch",
    "claim sorted sharpish, texts at every step",
    "decent cover for the {vehicle} at a fair price",
    "they actually listen, makes a change",
    "paid out in {days} days, no complaints from me",
    "{line} cover sorted on the website in ten minutes flat",
    "{agent} went the extra mile for me",
    "solid company, have told my mates",
    "honest and straightforward, what more do you want",
    "great app and even better people on the phones",
]
REVIEW_NEUTRAL = [
    "price is ok, nothing special",
    "its insurance innit, does the job",
    "fine so far, not had to claim",
    "average all round",
    "does what it says on the tin",
    "no complaints, no praise either",
    "middling",
    "the app is a bit clunky but its ok",
]
