"""Phrase bank for the "demo" inbox: American English, fairly tidy customer voice.

Every list here has a twin of the same name in `data.phrases_holdout`, written
in different words, so that what is tuned on one can be checked on the other.
Templates may use these placeholders (filled per interaction by
`data.generate.TextWriter`): {company} {agent} {agent2} {surname} {vehicle}
{home_part} {incident} {broker} {town} {item} {relative} {line} {team} {amount}
{small_amount} {deductible} {pct} {days} {weeks} {years} {minutes} {minutes2}
{photos} {times} {date} {renewal_date} {ref} {last4} {dob} {postcode}
{policy_number}.
"""

# ---------------------------------------------------------------- the insurer and the world around it

COMPANY = "Northwind Mutual"
CURRENCY = "$"
DATE_STYLE = "month_first"
POSTCODE_STYLE = "zip"
FRAGMENT_JOINER = " "  # between sentence fragments that end without punctuation
CLAIM_REF_PREFIX = "CLM-"
REGIONS = ["Northeast", "Southeast", "Midwest", "Southwest", "Mountain West", "Pacific Northwest", "California", "Texas"]
AGENT_NAMES = [
    "Priya", "Marcus", "Jenna", "Tyler", "Carmen", "Derek", "Aisha", "Brandon", "Mei", "Luis", "Kayla", "Omar",
    "Rachel", "Jamal", "Heather", "Victor", "Tasha", "Kevin", "Lauren", "Andre", "Nicole", "Raj", "Megan", "Carlos",
]
SURNAMES = [
    "Johnson", "Ramirez", "Nguyen", "Patel", "Miller", "Okafor", "Kowalski", "Chen", "Robinson", "Delgado",
    "Fitzgerald", "Hernandez", "Washington", "Schmidt", "Lee", "Brooks", "Castillo", "Murphy", "Anderson", "Kim",
]
GENERIC_SPEAKERS = ["Agent", "Advisor"]
BOT_SPEAKER = "Bot"
NUMBER_WORDS = ["three", "four", "five", "six"]
VEHICLES = [
    "Honda Civic", "Toyota Camry", "Ford F-150", "Chevy Equinox", "Subaru Outback", "Tesla Model 3", "Jeep Wrangler",
    "Nissan Rogue", "Hyundai Elantra", "Kia Sorento", "Ram 1500", "Mazda CX-5", "Toyota RAV4", "Honda Odyssey",
    "GMC Sierra", "VW Jetta",
]
HOME_PARTS = [
    "kitchen ceiling", "basement", "roof", "back fence", "garage door", "upstairs bathroom", "hardwood floors",
    "living room drywall", "deck", "water heater", "chimney", "siding", "front porch", "laundry room",
]
AUTO_INCIDENTS = [
    "rear-end collision", "hailstorm", "parking lot fender bender", "cracked windshield", "hit-and-run",
    "deer strike", "side-swipe on the freeway", "break-in",
]
HOME_INCIDENTS = [
    "burst pipe", "kitchen fire", "storm damage", "tree falling on the roof", "basement flood", "break-in",
    "roof leak", "sewer backup",
]
BROKERS = [
    "Harbor Point Insurance Brokers", "Summit Risk Partners", "Keystone Agency", "Bluewater Brokerage",
    "Pioneer Insurance Group", "Lakeside Coverage Advisors",
]
TOWNS = ["Denver", "Columbus", "Sacramento", "Raleigh", "Tucson", "Omaha", "Portland", "Charlotte", "Austin", "Boise"]
ITEMS = ["engagement ring", "laptop", "road bike", "camera gear", "guitar", "golf clubs", "watch collection"]
RELATIVES = ["my son", "my daughter", "my husband", "my wife", "my teenage son", "my partner", "my mother"]
LINE_WORDS = {
    "auto": ["auto", "car"],
    "home": ["homeowners", "home"],
    "life": ["life insurance", "life"],
    "commercial": ["business", "commercial"],
    "travel": ["travel", "trip"],
}
TEAM_WORDS = {
    "claim": ["claims team", "claims department"],
    "policy_change": ["policy services team", "policy changes desk"],
    "billing": ["billing team", "billing department"],
    "renewal": ["renewals team", "renewals desk"],
    "onboarding": ["new customer team", "new business team"],
    "general": ["customer service team", "member services"],
    "price": ["retention team", "loyalty team"],
    "payout": ["claims payments team", "settlement department"],
    "staff": ["customer relations team", "escalations desk"],
    "outage": ["tech support", "digital support team"],
}
JOURNEY_CHANGES = {
    "claim": "Online claim form now passes photos and notes to the advisor desktop",
    "policy_change": "Policy change form adds a 'review your changes' step before submitting",
}

# ---------------------------------------------------------------- transcript scaffolding (insurer side)

CALL_GREETINGS = [
    "Thank you for calling {company}, my name is {agent}. How can I help you today?",
    "{company}, this is {agent} speaking. What can I do for you?",
    "Good morning, you've reached {company}. Who do I have the pleasure of speaking with?",
    "Thanks for holding, this is {agent} with {company}. How can I help?",
    "Hi, {agent} at {company}. What are we looking at today?",
    "Thank you for calling {company}. This call may be recorded for quality. How can I help?",
    "Good afternoon, {company} member services, {agent} here.",
    "Hi there, thanks for calling {company}. What brings you in today?",
]
ID_CHECK_ASKS = [
    "Before we start, can I get your date of birth and zip code?",
    "Sure, I just need to verify your identity first. Date of birth and zip code, please?",
    "I can help with that. Can you confirm the date of birth on the account and your zip?",
    "No problem. For security, what's your date of birth and the zip code on file?",
    "Okay. Can I have your full name and date of birth to pull up the account?",
    "Let me pull up your account. Could you verify your date of birth for me?",
]
ID_CHECK_ANSWERS = [
    "Sure, it's {dob}, and the zip is {postcode}.",
    "{dob}. Zip code {postcode}.",
    "It's {surname}, date of birth {dob}.",
    "Date of birth {dob}, zip {postcode}.",
    "Yeah, {dob}, and I'm in {postcode}.",
    "Okay, {dob}. The zip should be {postcode}.",
]
AGENT_GO_AHEADS = [
    "Thanks, I've got your account. Go ahead.",
    "Okay, I see your policy here. What's going on?",
    "Thank you. What happened?",
    "Got it. Tell me what's going on.",
    "Thanks for that. How can I help?",
]
AGENT_EMPATHY = [
    "I'm really sorry to hear that. Let me see what I can do.",
    "I understand, and I apologize for the frustration.",
    "That's not the experience we want you to have. I'm sorry.",
    "I hear you. Let me look into this right now.",
    "I apologize for that. I'm going to make a note and get this moving.",
    "I'm sorry, that sounds really frustrating. Give me one moment.",
    "Thank you for telling me. I'll do what I can to fix this today.",
    "I completely understand. Let me check what's happening on our end.",
]
AGENT_TRANSFER_NOTES = [
    "I can see you were transferred to me from another team.",
    "I see you've been transferred over today.",
    "It looks like you were transferred a couple of times already.",
    "I can see you spoke with one of my colleagues earlier.",
    "I see this call came over from another department.",
]
AGENT_TRANSFER_LINES = [
    "Let me transfer you to our {team}.",
    "I'll put you through to the {team}, one moment.",
    "I'm going to transfer you to the {team} now, please hold.",
    "That's handled by the {team}. I'll connect you.",
    "Okay, I'm transferring you to the {team}. Stay on the line.",
    "Let me get you over to the {team}, they can take care of that.",
    "I'll connect you with the {team} right now.",
    "Hang on, I'm going to pass you to the {team}.",
]
CUSTOMER_TRANSFER_REQUESTS = [
    "Could you put me through to the {team}?",
    "Is there someone in the {team} I can talk to?",
    "Can you transfer me to whoever handles this?",
    "Should I be talking to the {team} instead?",
    "Maybe I need the {team} for this one.",
]
CUSTOMER_ACKS = [
    "Sure, thanks.", "Okay.", "Alright, that's fine.", "Sounds good.", "Okay, I'll hold.", "Great, thank you.",
]
HANDOVER_INTROS = [
    "Hi, this is {agent2} in the {team}. How can I help?",
    "{agent2} here. I've got your account up.",
    "Hello, you're through to the {team}, {agent2} speaking.",
    "Hi, thanks for holding. This is {agent2}, what can I do for you?",
    "{agent2} with the {team}. What can I help with?",
    "Hi there, {agent2} taking over. Go ahead.",
]
AGENT_ACKS = [
    "Okay, understood.", "Got it.", "I see.", "Right, I understand.", "Okay, I've noted that.", "Thanks for explaining.",
]
AGENT_CLOSINGS = [
    "Is there anything else I can help you with today?",
    "Thanks for calling {company}. Have a great day.",
    "You'll get an email confirmation shortly. Anything else?",
    "I've added notes to your account. Thanks for your patience.",
    "Alright, you're all set. Take care.",
    "I'll follow up by email by the end of the day.",
    "Thanks for your time today. Goodbye.",
    "Okay, I've got everything I need. Have a good one.",
]
BOT_GREETINGS = [
    "Hi! I'm the {company} virtual assistant. What can I help you with?",
    "Welcome to {company} chat. Tell me what you need in a few words.",
    "Hello! Ask me anything about your policy, billing or claims.",
    "Hi there, I'm {company}'s assistant. How can I help today?",
    "Welcome back! What would you like to do today?",
]
BOT_ID_ASKS = [
    "Sure. Can you give me your policy number so I can look you up?",
    "I can help with that. What's your policy number?",
    "To get started, please enter your policy number or your date of birth and zip code.",
    "Please confirm your policy number.",
]
CHAT_ID_ANSWERS = [
    "{policy_number}", "It's {policy_number}", "policy {policy_number}", "Sure, {policy_number}",
    "{policy_number}, I think", "Here you go: {policy_number}",
]
BOT_HANDOVERS = [
    "Thanks! I'm connecting you with an agent now.",
    "Let me get a member of our team to help with that.",
    "One moment while I find an available agent.",
    "I'll hand you over to a live agent. Typical wait is under {minutes} minutes.",
]
CHAT_AGENT_JOINS = [
    "Hi, {agent} here. I'm reading through your chat now.",
    "Hello! You're chatting with {agent}. Give me a second to pull up your policy.",
    "Hi, this is {agent} from {company}. How can I help?",
    "{agent} here, thanks for waiting.",
    "Hey, I'm {agent}. I've got your account open.",
    "Hi there, {agent} joining the chat.",
]
BOT_CLOSINGS = [
    "Glad I could help! Anything else?",
    "You're all set. Have a great day!",
    "Happy to help. You can close this window anytime.",
    "Done! I've emailed you a copy of this chat.",
]
TICKET_GREETINGS = ["Hello,", "Hi,", "To whom it may concern,", "Hi team,", "Good morning,", "Dear {company},"]
TICKET_SIGNOFFS = [
    "Thanks, {surname}.", "Regards, J. {surname}", "Please get back to me. {surname}", "Thank you.",
    "Best, {surname}", "Sent from my phone", "Thanks in advance.", "Call me back on the number on file.",
]

# ---------------------------------------------------------------- complaints: handoffs (>= 25 per pattern)

COMPLAINT_OPENERS = [
    "Hi, I need to make a complaint.",
    "I'm calling because I'm really frustrated with how my {line} claim has been handled.",
    "Yeah, hi. I want to raise an issue about my {line} policy.",
    "Hi, I've got a problem and I'm honestly pretty upset.",
    "I want to file a formal complaint.",
    "Hello. This is about my {line} policy and it's not good news.",
    "I need to talk to someone about how I've been treated.",
    "Hi. I'm not happy and I'd like someone to listen.",
    "Can I make a complaint here?",
    "Hi, I've contacted you about this before.",
]

HANDOFF_COMPLAINTS = {
    "claim_form_to_advisor": [
        "I filed the whole claim through your online form and uploaded {photos} photos, and when the adjuster called me he had none of it. I had to go through everything again from the start.",
        "Why does your website let me submit a claim if the claims rep on the phone can't see it? I spent an hour on that form and then had to repeat every detail over the phone.",
        "I started my claim on the app on {date} and the advisor I spoke to the next day said there was nothing on file. I had to re-upload all the pictures of the {vehicle}.",
        "The online claim portal said my claim was received. Then your claims advisor asked me to describe the {incident} from scratch like I'd never submitted anything.",
        "I submitted everything online: photos, the police report number, the repair estimate. The person on the phone couldn't see a single attachment and asked me to email them all over again.",
        "Your online claim form is pointless. I did it all online and the adjuster still made me walk through the whole {incident} line by line.",
        "I was told to start the claim online to save time. It saved nothing, because the advisor who called had no record of what I'd entered and I started over.",
        "I filled in the claim on your website with all the damage details for the {home_part}. When I called to follow up, the rep had my name and policy number and nothing else.",
        "The app walked me through the claim step by step and then the claims person on the phone asked me every one of those questions again.",
        "I uploaded {photos} photos of the damage through the portal. The advisor said she couldn't see any photos and asked me to send them again by email.",
        "Nothing I typed into the online claim made it to the person handling my claim. I had to re-explain the whole thing and resend my receipts.",
        "Twice now I've had to submit the same photos, once in the app and again because the claims advisor couldn't access what the app sent.",
        "The online form asked me for every detail of the {incident}. Then the adjuster called and asked for the exact same details like the form didn't exist.",
        "What's the point of the digital claim if the phone team can't see it? I had to tell my whole story again and dig up the photos a second time.",
        "I did the self-service claim like the email told me to. When the claims advisor phoned, he said online submissions don't come through to his system.",
        "I started the claim online on {date} and got reference {ref}, and the advisor couldn't find anything under it. I had to describe the damage all over again.",
        "I spent forever on your claim website attaching the repair quote and photos. Your advisor had zero of it in front of her and needed me to resend everything.",
        "The claim form online lost all my information somewhere between the website and the claims desk. I re-explained it all on the phone and re-uploaded the pictures.",
        "My online claim and my phone call might as well have been with two different companies. The advisor had no idea what I'd already submitted.",
        "I'm being asked to repeat what I already put in the online claim. The advisor even asked me for photos that I uploaded on day one.",
        "I reported the {incident} through the app with photos the same evening. The claims advisor who called me had nothing from the app and I went through it all again.",
        "I gave you every detail in the online claim form. Then on the phone I was asked what happened, when, where, and for photos. Again.",
        "Your website claim tool says 'we'll take it from here'. The advisor had to start over because none of it was visible to him.",
        "Having to re-upload the damage photos and retype the description after already doing the claim online is ridiculous.",
        "I was on the phone with the claims advisor for {minutes} minutes re-explaining the claim I'd already submitted online, because she couldn't see my submission.",
        "The adjuster asked me to send the photos of the {vehicle} again. I told him they were already in the online claim and he said he can't see those.",
        "I submitted the claim online with a full written description. The advisor had no notes, no photos, nothing from the form.",
        "Online claim, then a phone call where I explained it all over again, then another email with the same photos. Your website and your claims advisors don't talk to each other.",
    ],
    "claim_advisor_to_advisor": [
        "I've been passed between {times} different claims handlers and every single one asked me to tell the story from the beginning.",
        "Every time my claim gets handed to someone new, I have to explain the {incident} all over again. Nobody reads the file.",
        "My claim was moved to a new adjuster and she had no idea what the previous one and I had agreed. I started from zero.",
        "I was transferred from the claims advisor to the total loss department and had to repeat the whole thing, including the photos I'd already sent.",
        "This is the third adjuster on my claim in {weeks} weeks and I am once again explaining what happened like it's the first call.",
        "The first claims rep said the repair was approved. The next one I got transferred to had no record of that and wanted to start over.",
        "Each handler passes my file to someone else and the history never goes with it. I have repeated my statement {times} times.",
        "I was put through to another claims team and the new person asked me what the claim was about. It's all on file from the last advisor!",
        "My claim keeps changing hands. The new advisor asked for the same documents the previous advisor already had.",
        "I explained the damage to the {home_part} in detail to one advisor, got transferred to property claims, and had to explain it all again.",
        "The adjuster who took my claim went on leave and the replacement didn't know anything about it. Back to square one.",
        "Why do I have to retell my accident to every person you transfer me to? Is there no file that follows my claim?",
        "I was bounced from claims to the specialist team and then to another advisor. Each one asked for my story and my photos again.",
        "Your claims people don't pass anything on. The second advisor asked me questions I'd answered an hour earlier with the first one.",
        "I spoke to {agent} on {date}, who took all the details. Today I was transferred to someone else who said there were no notes from that call.",
        "I got escalated to a senior claims advisor who asked me to explain the whole incident from the start. What was the escalation for?",
        "My claim was reassigned without telling me and the new handler had none of the history. I had to resend the repair estimate and the photos.",
        "I've told the story of the {incident} to four different people at your company. Each transfer means starting from scratch.",
        "The advisor promised to hand everything over to the glass team. The glass team knew nothing and asked me to start again.",
        "I was told my case was passed to a new claims handler with all the notes. The notes clearly didn't make it because she asked me everything again.",
        "I was transferred {times} times on one call, and each new person asked for my claim number, what happened, and when. It's exhausting.",
        "Nobody owns my claim. It goes from handler to handler and I'm the only one who remembers what's been said.",
        "The supplier team said they'd never heard of my claim even though the claims advisor said he'd passed it to them directly.",
        "I had to repeat my injury details to a new advisor after the first one transferred me. Reliving it every time is awful.",
        "Every handoff between your claims staff resets my claim. The new person always asks for the same information and photos.",
        "My claim file went from one adjuster to another and the second one had no idea the first had already inspected the {vehicle}.",
        "I was handed from the first claims advisor to the recoveries team and had to explain the accident from the very beginning.",
    ],
    "policy_change_chat_to_phone": [
        "I explained the change to my policy in the chat, then the chat agent told me to call in. On the phone I had to repeat everything because they couldn't see the chat.",
        "The chatbot couldn't update my address so it told me to phone. The agent on the phone had no idea I'd just spent {minutes} minutes explaining it in chat.",
        "I tried to add {relative} as a driver through the chat. After all that I was told to call, and the phone rep asked me for every detail again.",
        "Why does the chat tell you to call if the phone team can't see the chat history? I repeated my whole change request.",
        "I spent ages in your web chat changing my coverage, got to the end and was told it had to be done by phone. Started from scratch with the phone agent.",
        "The virtual assistant collected all my new vehicle details, then said 'please call us'. The person on the phone asked for the VIN, mileage, everything, all over again.",
        "The chat agent said she'd pass my request to the phone team. When I called, nobody had any record of the chat.",
        "I did the policy change over chat and was told to call to confirm. The agent on the call couldn't see anything from the chat and wanted the whole story.",
        "Your chat and your phone line are completely disconnected. I had to re-explain the change of address I'd already typed out.",
        "The chat told me to call about swapping my car for the {vehicle}. I called, waited {minutes} minutes, and had to give every single detail again.",
        "The chatbot took my request to change my deductible to {deductible}, then sent me to the phone line. The rep said there was no note of any chat.",
        "I copied my request into the chat, they said call us, and on the phone I had to read it all out again because the agent couldn't see it.",
        "Chat couldn't process my change and the phone agent couldn't see the chat. I've now explained this update twice and it's still not done.",
        "The chat transcript clearly didn't go anywhere. The phone agent asked me what I wanted to change as if I'd never contacted you.",
        "I was halfway through updating my policy in chat when it said it needed a phone call. The phone agent started over at question one.",
        "I gave the chat agent my new address in {town}, the move date and my new garage details. Then I was told to call and repeat all of it.",
        "The bot said it had 'noted my request' and to call to finish. The phone team had no note of anything.",
        "Being sent from chat to phone wouldn't be so bad if the phone person knew what I'd already said in the chat.",
        "I asked in chat to remove {relative} from my policy. Chat said call. The phone agent asked me to explain from the beginning. Terrible handoff.",
        "After an hour in chat I got 'you'll need to call us for that'. The call started with 'so what can I help you with today?' like the chat never happened.",
        "I wanted to add my new {item} to my home policy. The chat sent me to the phone line and I re-explained everything to someone who couldn't see the chat.",
        "Your chat agent said the phone team would have my details. They didn't. I had to repeat my policy change word for word.",
        "Every time I use the chat for a change I end up on the phone explaining it again. The chat is a waste of time.",
        "I've done this change request twice, once in chat and once on the phone, because the chat history isn't passed across.",
        "The chat told me to call to update my named drivers. On the call I was asked for all the information I'd typed into the chat.",
        "I moved from chat to a phone call about changing my coverage and lost all the progress. I had to start the change over.",
        "I don't understand why the chat can't hand my request to the phone team. I spent {minutes} minutes re-explaining my mid-term change.",
    ],
    "broker_to_insurer": [
        "My broker sent you the claim details weeks ago. When I called you directly, you had no record of anything my broker told you.",
        "I went through my broker like I always do and the broker passed the case to you. Your team had none of the information and asked me to start over.",
        "My broker at {broker} told me everything had been sent to you. Your advisor said they had nothing from the broker.",
        "I gave all the details to my broker. The insurer side had no idea what the broker had already reported and asked me to repeat it.",
        "The broker says it's with you, you say you never got it from the broker. Meanwhile I've explained my claim {times} times.",
        "Why do I have a broker if everything they send you gets lost? Your agent had no record of the policy change my broker submitted.",
        "{broker} handed my claim over to you with photos and the estimate. Your claims team asked me for the photos and estimate again.",
        "My broker updated my address and vehicle with you on {date}. When I called you, none of that was on file.",
        "My broker told me you'd have the full story. You had nothing, and now I'm stuck in the middle repeating myself.",
        "Between my broker and your company, nobody knows what's going on with my claim. I keep repeating the same facts to both.",
        "The broker passed on my request to change my coverage. Your side asked me what change I wanted, like the broker never contacted you.",
        "My broker's notes didn't make it to you. Your advisor had only a policy number and asked me to explain the {incident} from scratch.",
        "I reported the {incident} to my broker on day one. When your claims person called, they'd never heard what the broker told them.",
        "I trusted my broker to pass it on. It seems the information stops at the broker and your team starts from zero.",
        "Your company and {broker} clearly don't share anything. I told the broker everything and your adjuster needed every detail again.",
        "The broker said the documents were sent to you. Your team said they had no documents and asked me to email them myself.",
        "I've been told by the broker it's been 'escalated to the insurer'. The insurer had nothing. I had to start over with you.",
        "My broker handles my business policy. When the claim came over to you, your claims team knew none of the background the broker gave.",
        "I'm paying a broker so I don't have to deal with this, yet I had to re-explain the claim to you because nothing came across from them.",
        "The handover from my broker to your claims department failed completely. They asked me questions the broker answered weeks ago.",
        "My broker gave you the new driver details for {relative}. Your agent said there's no record of the broker's request.",
        "Broker says submitted, insurer says not received. I'm the one repeating myself to both sides.",
        "The broker forwarded my claim, but your advisor said they only saw a claim number with no details from the broker.",
        "Once my broker passed my case to you it was like starting a brand-new claim. None of what I told the broker was there.",
        "I called about the claim my broker lodged and your team said they couldn't see what the broker had told them. Why?",
        "My commercial policy change went through {broker}. Your underwriter had none of the broker's notes and asked me for them.",
        "Each time my broker sends something to you, I end up explaining it again because your staff can't see it.",
    ],
    "renewal_spike_app_to_phone": [
        "Your app told me to call to finish my renewal. The agent on the phone couldn't see anything I'd done in the app and I had to start over.",
        "I got halfway through renewing in the app and it said 'call us to complete'. The phone rep had no record of my app renewal.",
        "The app renewal kept failing and sent me to the phone line, where I had to give all my details again.",
        "I tried to renew in the app, got an error, called in, and the agent asked me for everything I'd just entered in the app.",
        "I updated my mileage and drivers in the app for the renewal, then was told to call. The phone team couldn't see any of it.",
        "The app said my renewal needed a quick call. {minutes} minutes later I'd repeated every detail I'd entered in the app.",
        "The renewal in the app wouldn't complete, so I called. Nobody on the phone could see my app session or my quote.",
        "The app gave me a renewal quote of {amount}, then said call us. The phone agent couldn't see the quote or my changes and started over.",
        "This week your app keeps pushing everyone to call for renewals, and the phone agents can't see what we did in the app.",
        "I confirmed my renewal details in the app, was told to call to finalize, and had to confirm them all over again out loud.",
        "Your app sent me to the phone for my renewal and the agent knew nothing about what I'd already done in the app.",
        "Renewing online should be easy. The app bounced me to the phone line and I had to repeat everything.",
        "The app asked me to call about my renewal. When I did, the rep asked me to read out details I'd already typed into the app.",
        "I started my renewal in the app, switched to calling like it said, and the phone team had to redo the whole renewal from scratch.",
        "I spent {minutes} minutes in the app updating my renewal, then {minutes2} minutes on the phone doing it all again.",
        "The app said 'we need to speak to you to renew'. Phone agent: 'what would you like to renew?' Nothing came across from the app.",
        "Why can't the phone team see my app renewal? I'd already uploaded my new driver's license photo in the app.",
        "Your app's renewal flow dumped me onto the phone line and none of my answers went with me.",
        "I was told by the app to call to complete my renewal. The phone rep couldn't see my app changes, so I repeated them.",
        "The renewal in the app froze at payment and told me to call. The agent on the phone started my renewal from the beginning.",
        "Going from the app to the phone for my renewal was a disaster. Everything I entered in the app vanished when I called.",
        "I renewed through the app like the email said, then got told to call. The agent had no idea I'd been in the app at all.",
        "I had to call to complete a renewal I'd already done most of in the app. The phone person couldn't see my progress.",
        "The app couldn't finish my renewal and the phone agent couldn't see the app. I did the whole renewal twice.",
        "After the app sent me to the phones, I had to answer every renewal question a second time. Really poor.",
        "The app kept saying 'contact us to renew' and the call center had none of the info I'd put into the app.",
    ],
    "onboarding_small": [
        "I set up my new policy in the online portal, then the advisor who called to welcome me asked me for all the same details again.",
        "I completed the sign-up on your portal and uploaded my documents. The advisor had none of it and asked me to resend everything.",
        "I bought the policy on the website, then an advisor called to 'complete onboarding' and couldn't see anything I'd entered on the portal.",
        "The portal said my application was complete. The advisor said she had no application and we went through it all again.",
        "I registered on the portal and filled in the whole questionnaire. The advisor on the phone had to ask every question again.",
        "My new customer setup on the portal didn't reach your advisors. I explained my situation from the start on the welcome call.",
        "I signed up through the portal, then got a call from an advisor asking for the documents I uploaded the day before.",
        "The onboarding portal and the advisor team don't share anything. I repeated my whole application.",
        "I joined online through the portal and the welcome advisor had no trace of my answers.",
        "Everything I put into the new customer portal was invisible to the advisor who called me the next day.",
        "I had to redo my application with an advisor after finishing it on the portal. What was the portal for?",
        "The portal took my proof of prior insurance and my ID, then the advisor asked me to send both again.",
        "I set up my account and policy on the portal, and the advisor I was handed to asked me to explain my circumstances from scratch.",
        "Your portal said 'an advisor will finish your setup'. The advisor couldn't see anything from the portal.",
        "Onboarding was a mess: portal first, then an advisor who had none of my portal details.",
        "The advisor asked me to repeat the business details I'd entered on the portal when I signed up.",
        "I uploaded my home inspection report to the portal. The advisor said she couldn't see it and asked me to email it.",
        "After registering on the portal I was passed to an advisor who didn't know I'd already completed the forms.",
        "Signing up online and then going through the same questions with an advisor made me regret joining.",
        "The handover from your sign-up portal to the advisor lost all my details.",
        "My new policy application on the portal didn't make it to the advisor, so I filled it in again over the phone.",
        "I finished the online enrollment and the advisor who followed up had to take all my information again.",
        "The welcome advisor asked for my {vehicle} details, the same ones I typed into the portal an hour earlier.",
        "Portal onboarding, then an advisor call, and the advisor couldn't see a single thing from the portal.",
        "I completed every step of the portal sign-up and the advisor still needed me to start from the beginning.",
        "New customer here. The portal and the advisor clearly don't share notes. I answered everything twice.",
    ],
}
HANDOFF_TICKET_SUBJECTS = {
    "claim_form_to_advisor": [
        "Online claim not visible to adjuster", "Had to resubmit claim photos", "Claim submitted online, advisor has nothing",
        "Re: claim {ref} - repeating myself", "Why can't the claims rep see my online claim?", "Photos uploaded but missing",
    ],
    "claim_advisor_to_advisor": [
        "Passed between claims handlers", "New adjuster has no history on my claim", "Re: claim {ref} - starting over again",
        "Too many handoffs on my claim", "Transferred and asked the same questions", "Claim reassigned, details lost",
    ],
    "policy_change_chat_to_phone": [
        "Chat sent me to phone, phone couldn't see chat", "Policy change - had to repeat everything",
        "Chat history not passed to phone agent", "Change request lost between chat and phone", "Address change still not done",
    ],
    "broker_to_insurer": [
        "Broker submitted, you have no record", "Info from {broker} missing", "Claim lodged by my broker - no details on your side",
        "Broker handover problem", "Nothing received from broker?",
    ],
    "renewal_spike_app_to_phone": [
        "App renewal sent me to phone", "Renewal - had to redo everything by phone", "App renewal not visible to agents",
        "Couldn't finish renewal in app", "Renewal started in app, lost on the call",
    ],
    "onboarding_small": [
        "Portal sign-up details lost", "Welcome call asked for everything again", "New policy setup - repeated application",
        "Documents uploaded to portal not seen", "Onboarding portal vs advisor",
    ],
}

# ---------------------------------------------------------------- complaints: not about handoffs (>= 15 each)

OTHER_COMPLAINTS = {
    "price": [
        "My renewal went up by {pct}% and I haven't made a single claim. That's outrageous.",
        "The renewal quote is {amount} when I paid far less last year. Nothing about my situation has changed.",
        "Why did my premium jump so much at renewal? Same car, same address, no claims.",
        "I've been a loyal customer for {years} years and my reward is a {pct}% price increase.",
        "New customers get a better price than me. My renewal is higher than your own online quote for the same coverage.",
        "I can't afford this renewal price. It's gone up {amount} in a year.",
        "The price hike at renewal is ridiculous. I found the same coverage elsewhere for much less.",
        "Your renewal letter says {amount} for the year. That's a huge increase and nobody can explain it.",
        "I'm being priced out. My homeowners renewal nearly doubled.",
        "The premium increase at renewal wasn't explained at all. Just a bigger number.",
        "I don't understand how my auto premium went up {pct}% with a clean record.",
        "Every year the renewal price creeps up and I have to haggle to bring it down.",
        "The renewal price went from reasonable to absurd. I'll be shopping around.",
        "You raised my premium at renewal and blamed 'market conditions'. Not good enough.",
        "I was shocked by the renewal: {amount} for a policy I've never claimed on.",
        "The price I was quoted for renewal is way higher than the comparison sites.",
    ],
    "payout": [
        "My claim was approved {weeks} weeks ago and I still haven't been paid.",
        "How long does it take to pay out a simple claim? It's been {days} days.",
        "The settlement is taking forever. I've had to pay the repair shop {amount} out of my own pocket.",
        "You agreed to the payout and then nothing. No check, no transfer, no update.",
        "I'm still waiting on my claim payment for the {incident}. I've had to borrow money to cover it.",
        "The payout is way too slow. Other insurers pay in days, you take months.",
        "I was promised payment within 10 business days. It's now been {days}.",
        "My claim settlement of {amount} has been 'processing' for weeks.",
        "The claim was accepted but the money never arrives. Every week it's 'next week'.",
        "This is the slowest claim payout I've ever experienced. The {home_part} repairs are on hold because of you.",
        "I'm still out of pocket {amount} because you won't release the settlement.",
        "Why is my claim payment stuck? All the paperwork was done on {date}.",
        "The offer was low and now even that payment is delayed.",
        "It took {weeks} weeks to get a payout on a claim you agreed was covered.",
        "Your payments team keeps saying the check is in the mail. It isn't.",
        "My rental car coverage ran out because the payout on the {vehicle} took so long.",
    ],
    "staff": [
        "The agent I spoke to was rude and talked over me the whole time.",
        "Your representative was dismissive and sighed every time I asked a question.",
        "I was treated like I was trying to scam you. Very condescending staff.",
        "The person on the phone hung up on me mid-sentence.",
        "Nobody at your company seems to care. The agent couldn't have been less interested.",
        "The rep was sarcastic and unhelpful when I asked about my claim.",
        "I've never been spoken to so rudely by a customer service agent.",
        "Your staff don't listen. I asked a simple question and got a lecture.",
        "The adjuster was patronizing and kept telling me I didn't understand my own policy.",
        "The agent refused to help and told me to look it up on the website.",
        "Unprofessional and impatient. The advisor clearly wanted me off the phone.",
        "I was laughed at when I explained my situation. Unacceptable.",
        "The chat agent was curt and closed the chat while I was still typing.",
        "The representative made me feel stupid for asking about my deductible.",
        "Your staff member argued with me instead of helping.",
        "Rude, unhelpful, and no apology. That sums up my call with {agent}.",
    ],
    "outage": [
        "Your website has been down all morning and I can't access my policy documents.",
        "The app keeps crashing when I try to log in.",
        "I couldn't make a payment because your site showed an error page for two days.",
        "The app has been broken since the last update. Nothing loads.",
        "Your online account is never available when I need it. Another outage today.",
        "I tried to download my insurance card and the website timed out over and over.",
        "The login page just spins. I've tried three browsers.",
        "The app logged me out and now says 'service unavailable' every time.",
        "Your portal was down the whole weekend and I needed proof of insurance.",
        "I get a 500 error every time I open my policy page.",
        "The app won't open past the splash screen since {date}.",
        "Your website is so unreliable. Down again tonight.",
        "I couldn't access my documents for a week because of your system problems.",
        "Password reset emails never arrive and the site won't let me in.",
        "The app crashed mid-payment and I have no idea whether it went through.",
        "Every time I try to update my card details online the site errors out.",
    ],
    "billing": [
        "I was charged twice for my premium this month.",
        "You took the wrong amount by autopay: {amount} instead of what I agreed to.",
        "My autopay pulled money on the wrong date and I got an overdraft fee.",
        "I canceled a policy and you're still billing me for it.",
        "There's a charge of {small_amount} on my statement that I don't recognize.",
        "You double charged my card and it's taking forever to get a refund.",
        "My monthly payment changed without any notice.",
        "The payment was taken from an old account I told you to stop using.",
        "I paid in full and still got a bill with a late fee.",
        "Billing error after billing error. This month it's a duplicate payment of {amount}.",
        "You charged me for a full year when I'm on monthly installments.",
        "My refund for the canceled policy never showed up.",
        "I was billed for a driver I removed months ago.",
        "You charged me {small_amount} in fees I was never told about.",
        "My payment was taken twice in the same week, card ending {last4}.",
        "The premium on my bill doesn't match the premium on my policy documents.",
    ],
}
OTHER_TICKET_SUBJECTS = {
    "price": ["Renewal price increase", "Premium went up {pct}%", "Why is my renewal so expensive?", "Renewal quote too high", "Price hike complaint"],
    "payout": ["Claim payment delayed", "Still waiting for settlement", "Where is my payout?", "Claim {ref} - no payment yet", "Slow claim payment"],
    "staff": ["Complaint about an agent", "Rude customer service", "Unprofessional staff", "Formal complaint - treatment on call", "Agent hung up on me"],
    "outage": ["Website down", "App keeps crashing", "Can't log in", "Error on policy page", "Portal outage"],
    "billing": ["Charged twice", "Wrong autopay amount", "Billing error", "Refund not received", "Unrecognized charge"],
}
TRANSFERRED_BUT_NOT_CONTEXT = {
    "price": [
        "They transferred me to the renewals team and even they couldn't justify the {pct}% increase.",
        "I got put through to retention and they still wouldn't budge on the renewal price.",
        "Even after being transferred to a supervisor the price stayed at {amount}. It's just too expensive.",
        "I was transferred twice looking for a better price and nobody could lower it.",
        "The person you transferred me to confirmed the premium really did go up that much. Ridiculous.",
        "Being transferred to the loyalty team was pointless, the price is still way too high.",
    ],
    "payout": [
        "I was transferred to the payments department and they just said the money's still pending.",
        "After being transferred to the settlement team I learned my payout is delayed another {weeks} weeks.",
        "They put me through to claims payments, who confirmed nothing has been paid yet.",
        "I got transferred to a supervisor who agreed the payout is late but couldn't speed it up.",
        "I was transferred to finance, who told me the check hasn't even been issued.",
        "I was passed to the payments team and they said it could be another month.",
    ],
    "staff": [
        "The agent I was transferred to was even ruder than the first.",
        "I asked to be transferred to a manager and the manager was dismissive too.",
        "When they transferred me, the new person just sighed and said there's nothing they can do.",
        "The guy in billing I got transferred to was condescending from the first word.",
        "I was transferred to a supervisor who talked over me the whole time.",
        "After the transfer, the rep was sarcastic and rushed me off the phone.",
    ],
    "outage": [
        "They transferred me to tech support, who admitted the website has been down for days.",
        "I got transferred to the digital team and they said the app outage has no fix date.",
        "The person I was transferred to confirmed the site is broken and told me to try later.",
        "I was transferred to IT support and there's still no way to log in to my account.",
        "I was put through to the online help desk and they said the app crash is a known issue.",
        "The transfer to tech support was useless, the portal is still down.",
    ],
    "billing": [
        "I was transferred to billing and they confirmed I was charged twice.",
        "Billing, where they transferred me, says the refund for the double charge takes 10 days.",
        "They put me through to accounts, who agreed the autopay amount was wrong.",
        "After getting transferred to billing I found out you've been charging me the wrong amount for months.",
        "The billing team I was transferred to admitted the late fee was a mistake but won't remove it today.",
        "I got transferred to payments, who said the duplicate charge will be refunded 'eventually'.",
    ],
}
VAGUE_COMPLAINTS = [
    "Terrible service.",
    "Worst insurer ever.",
    "Not happy at all.",
    "Really disappointed with how this has gone.",
    "Awful experience from start to finish.",
    "I expected a lot better from you.",
    "Honestly the whole thing has been a nightmare.",
    "Very poor. Would not recommend.",
    "Absolutely useless company.",
    "Just bad, bad, bad.",
    "I'm fed up with you people.",
    "Zero stars if I could.",
    "Disgraceful service, really.",
    "This has been a complete joke.",
    "Nothing but frustration dealing with you.",
    "Unbelievably bad customer experience.",
    "Not impressed in the slightest.",
    "I'm done. Worst company I've dealt with.",
]
VAGUE_TICKET_SUBJECTS = ["Complaint", "Very unhappy", "Poor service", "Not satisfied", "Feedback", "Disappointed"]
COMPLAINT_CLOSERS = [
    "I'm seriously thinking about switching.",
    "Please sort this out.",
    "I want someone to call me back.",
    "This is not okay.",
    "I'd like this escalated.",
    "I expect a response this week.",
    "I've been with you {years} years and this is how I'm treated.",
    "Fix it, please.",
    "Honestly, I'm exhausted by this.",
    "I'll be leaving a review.",
    "Can someone actually help me?",
    "I'm considering canceling.",
]
CONTEXT_DETAILS = {
    "claim": [
        "This is for the {incident} on {date}.", "The claim number is {ref}.", "It's about the {vehicle}.",
        "The damage is to the {home_part}.", "The shop quoted {amount} for the repair.",
    ],
    "policy_change": [
        "I'm just trying to add {relative} to the policy.", "We moved to {town} on {date}.",
        "I traded my old car for a {vehicle}.", "I want the deductible at {deductible}.",
        "It's the {line} policy.",
    ],
    "renewal": [
        "My policy renews on {renewal_date}.", "The renewal quote was {amount}.", "It's my {line} policy.",
        "I've been with {company} for {years} years.", "The renewal notice came on {date}.",
    ],
    "onboarding": [
        "I only joined on {date}.", "It's a brand-new {line} policy.", "I switched to {company} this fall.",
        "The policy started on {date}.", "I'm new to {company}.",
    ],
    "billing": [
        "My card ends in {last4}.", "It's the payment from {date}.", "The amount was {amount}.",
        "I pay monthly.", "It's on the {line} policy.",
    ],
    "general": [
        "I've been with you {years} years.", "It's my {line} policy.", "I'm in {town}.",
        "My policy number is on file.", "I called on {date} as well.",
    ],
}

# ---------------------------------------------------------------- routine interactions

ROUTINE_EXCHANGES = {  # (customer request, insurer answer) pairs
    "claim": [
        ("Hi, I'd like to check the status of my claim {ref}.", "Claim {ref} is with the repair shop and moving along. You should hear back within a few days."),
        ("Can you tell me if a rental car is covered while the {vehicle} is in the shop?", "Yes, rental is covered up to {small_amount} a day while the car is being repaired."),
        ("I need to report a {incident}. What do I need to send you?", "I've opened claim {ref} for you. Photos and a short description are all we need to start."),
        ("Just calling to confirm you got the repair invoice for {amount}.", "I've got the invoice attached to your claim. Payment goes out in five to seven business days."),
        ("When will the inspector come out to look at the {home_part}?", "The inspector is booked for {date}. You'll get a text the day before."),
        ("Hi, my claim {ref} was approved and I wanted to ask how the payment gets to me.", "It goes by direct deposit to the account on file, usually within a week."),
        ("Can I choose my own repair shop for the {vehicle}?", "You can use any licensed shop. I'll note your choice on the claim."),
        ("I want to add a couple of receipts to my claim {ref}.", "You can upload them in the app under the claim, or email them and I'll attach them."),
        ("Do I need a police report for a {incident}?", "A police report helps but isn't required. Just send what you have."),
        ("Quick question about my deductible on claim {ref}.", "Your deductible on this claim is {deductible}. The rest is covered."),
    ],
    "policy_change": [
        ("Hi, I'd like to add {relative} as a driver on my policy.", "Done, the new driver is added and the new premium starts next month."),
        ("I've moved to {town}, can you update my address?", "I've updated your address. The new documents are on their way."),
        ("Can I raise my deductible to {deductible}?", "Sure, that's changed. It lowers your premium a little."),
        ("I'm replacing my car with a {vehicle}. What do I need to do?", "I just need the VIN and the purchase date, and the new car is covered from today."),
        ("I'd like to add my {item} to my home policy.", "I've scheduled it on your policy. You'll see it on the new declarations page."),
        ("Can you take {relative} off my policy? They have their own car now.", "No problem, they're removed as of today and you'll see a small refund."),
        ("I need to update the mileage on my {line} policy.", "Mileage updated. Your premium doesn't change."),
        ("Can I add roadside assistance to my policy?", "Roadside assistance is added for {small_amount} a month."),
        ("I want to change the named beneficiary on my life policy.", "I'll email you the beneficiary form. Once it's signed, it's done."),
        ("I got married and need to change my last name to {surname}.", "Congratulations! I've updated the name and you'll get new documents."),
    ],
    "billing": [
        ("Can I switch to monthly payments?", "Sure, I've switched you to monthly. The first payment is on {date}."),
        ("I'd like to update my card, the one ending {last4} expires soon.", "Your card is updated. The next payment will come from the new card."),
        ("When is my next payment due?", "Your next payment of {small_amount} is due on {date}."),
        ("Can you send me a copy of my last statement for {amount}?", "I've emailed the statement to the address on file."),
        ("I want to move my payment date to the 15th.", "Done, your payment date is now the 15th of each month."),
        ("Can I pay the rest of the year in one go?", "Yes, the balance is {amount}. I can take that now if you like."),
        ("I'd like to set up autopay from my checking account.", "Autopay is set up. It starts with your next bill."),
        ("How much is my monthly payment on the {line} policy?", "It's {small_amount} a month."),
        ("Can I get a receipt for the {small_amount} I paid on {date}?", "Sure, the receipt is on its way to your email."),
        ("Is there a discount for paying annually?", "Paying annually saves you a few percent. I can set that up if you like."),
    ],
    "renewal": [
        ("My renewal is coming up on {renewal_date}, can you confirm the price?", "Your renewal price is confirmed at {amount} and the coverage stays the same."),
        ("Does my renewal include roadside assistance?", "Yes, roadside assistance carries over at renewal."),
        ("I'd like to renew my {line} policy for another year.", "You're all set to renew on {renewal_date}. Nothing else needed."),
        ("I got my renewal notice. Is anything changing in the coverage?", "No changes to your coverage, just the new dates."),
        ("Can I renew now even though it's not due until {renewal_date}?", "You can. I've processed it and the new term starts on your renewal date."),
        ("I just want to make sure my {line} policy renews automatically.", "It's set to renew automatically. You'll get a reminder two weeks before."),
        ("Can you walk me through the renewal documents?", "Sure. Page one is your premium, page two lists your coverages and deductibles."),
        ("Is the renewal price of {amount} final?", "Yes, that's the final price unless you make changes."),
        ("Can I make changes at renewal, like adding {relative}?", "Yes, I can add that at renewal. It'll show on the new documents."),
        ("I'd like a copy of my renewal paperwork emailed to me.", "I've sent the renewal documents to your email."),
    ],
    "onboarding": [
        ("I just bought a policy, when will I get my documents?", "Welcome to {company}! Your documents were emailed today and the cards are in the mail."),
        ("How do I set up my online account?", "You can register online with your policy number. It takes about five minutes."),
        ("Can you explain what my new {line} policy covers?", "Sure. Liability, property damage and your deductibles are all listed on page two."),
        ("I'm a new customer and want to download the app. Which one is it?", "Search '{company}' in the app store and log in with the email you used to sign up."),
        ("When does my new policy start exactly?", "Your coverage started on {date} at 12:01 a.m."),
        ("I need proof of insurance for my lender, I just signed up.", "I've emailed proof of insurance. I can send it straight to your lender too."),
        ("Do I need to send you anything else to finish setting up?", "You're all set up. Nothing else to send."),
        ("Can I get my insurance cards mailed to me?", "Sure, they'll arrive in five to seven days."),
        ("I'm new and want to add my {vehicle} to the account.", "I've added the vehicle. Your cards will update in the app."),
        ("What's the best number to call if I need to make a claim?", "The claims line is on your insurance card and open 24/7."),
    ],
    "general": [
        ("Do you cover {item} under my contents coverage?", "Yes, that's covered up to your contents limit."),
        ("What's the number for roadside assistance?", "Roadside is available 24/7 at the number on your insurance card."),
        ("Can you email me proof of insurance?", "I've emailed your proof of insurance just now."),
        ("Are you open on weekends?", "We're open Saturday from 9 to 1 on the phones and the app works anytime."),
        ("I'm planning a trip, does my {line} policy cover me abroad?", "It depends on the country. I'll email you the details for your policy."),
        ("Can I get a quote for a second car?", "I can get you that quote right now."),
        ("I'd like to update my email address.", "Your email is updated."),
        ("What's covered if a tree falls on my {home_part}?", "Tree damage to your home is covered, minus your deductible."),
        ("Can I talk to someone about bundling home and auto?", "Bundling saves most customers money. I'll set up a quote."),
        ("I'd like to know what my policy number is.", "Your policy number is {policy_number}."),
    ],
}
CUSTOMER_THANKS = [
    "Great, thanks so much.", "Perfect, that's all I needed.", "Awesome, thank you.", "Okay, thanks for your help.",
    "That's great, appreciate it.", "Thanks, you've been really helpful.", "Cool, thank you!", "Wonderful. Have a good day.",
]
ROUTINE_TICKET_SUBJECTS = {
    "claim": ["Question about my claim", "Claim follow-up", "Claim {ref}", "Claim paperwork", "Checking on a claim"],
    "policy_change": ["Policy change request", "Update to my policy", "Change needed on my policy", "Quick policy update", "Request to amend policy"],
    "billing": ["Billing question", "Payment question", "About my bill", "Payment method", "Account billing"],
    "renewal": ["Renewal question", "Upcoming renewal", "About my renewal", "Renewal paperwork", "Renewal check"],
    "onboarding": ["New customer question", "Getting started", "New policy", "Setting up my account", "Just joined"],
    "general": ["General question", "Coverage question", "Quick question", "Information request", "Question about my policy"],
}
SURVEY_POSITIVE = [
    "Quick and easy, thank you.",
    "{agent} was friendly and sorted it out in minutes.",
    "My claim was handled really well, very happy.",
    "Great service, no complaints at all.",
    "Everything was clear and simple.",
    "The app made it easy to update my {line} policy.",
    "Fast answer, polite agent.",
    "Really smooth experience, thanks {agent}.",
    "They explained my coverage clearly.",
    "Renewal took {minutes} minutes, super easy.",
    "Very helpful and patient with my questions.",
    "Got what I needed on the first try.",
    "Good communication the whole way through.",
    "Happy with how my claim for the {incident} was handled.",
    "Friendly, efficient, done.",
]
SURVEY_NEUTRAL = [
    "It was fine.",
    "Okay overall.",
    "Got my answer eventually.",
    "Average experience.",
    "No issues, nothing special either.",
    "The agent answered my question.",
    "Fine, did what I needed.",
    "It was alright.",
    "Pretty standard call.",
    "Nothing to add.",
]
REVIEW_POSITIVE = [
    "Great service, {agent} was super helpful with my claim.",
    "Been with {company} for {years} years and they've always been there when I needed them.",
    "Easy app, fair prices, quick claims. Highly recommend.",
    "Had a {incident} last month and the claim was painless. Five stars.",
    "Friendly people and no runaround. Happy customer.",
    "Switched from my old insurer and saved money. Service has been excellent.",
    "The claims process was fast and they kept me updated the whole time.",
    "Good coverage for my {vehicle} at a reasonable price.",
    "Customer service actually listens. Rare these days.",
    "They paid my claim in {days} days. Can't complain.",
    "Simple to set up my {line} policy online.",
    "{agent} went above and beyond to help me.",
    "Solid insurer, would recommend to friends.",
    "Straightforward and honest. Exactly what I want from insurance.",
    "The app is great and the people on the phone are even better.",
]
REVIEW_NEUTRAL = [
    "Decent price, nothing special.",
    "It's insurance. Does the job.",
    "Okay so far, haven't had to claim yet.",
    "Average service, average price.",
    "Fine for what I need.",
    "No complaints, no raves.",
    "Middle of the road.",
    "Pretty standard, app could be better.",
]
