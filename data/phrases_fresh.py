"""Phrase bank for the "fresh" inbox: a third, independent wording for measuring generalisation.

An Australian / New Zealand insurer whose customers write in a mix of registers
that neither `data.phrases_demo` nor `data.phrases_holdout` uses: Aussie and Kiwi
slang, Indian English, non-native English, one-line app-store reviews, text-speak,
run-on sentences and stiff formal complaint letters. Handoff failures are often
described implicitly (sarcasm, questions, metaphors, the lost context told before
the handoff). Same names and structure as the other two banks, none of their
sentences; placeholders are those listed in the demo bank's docstring.
"""

# ---------------------------------------------------------------- the insurer and the world around it

COMPANY = "Tasman Shield Insurance"
CURRENCY = "$"
DATE_STYLE = "day_first"
POSTCODE_STYLE = "au"  # four digits (Australia and New Zealand)
FRAGMENT_JOINER = " - "  # between sentence fragments that end without punctuation
CLAIM_REF_PREFIX = "TSC"
REGIONS = [
    "New South Wales", "Victoria", "Queensland", "Western Australia", "South Australia", "Tasmania",
    "Australian Capital Territory", "Auckland", "Canterbury", "Wellington",
]
AGENT_NAMES = [
    "Aroha", "Lachlan", "Brodie", "Mereana", "Sione", "Anjali", "Jarrah", "Shannon", "Tama", "Deepika", "Kirra",
    "Mitchell", "Bree", "Hemi", "Sunita", "Cooper", "Talia", "Ngaire", "Vikram", "Jasmine", "Riley", "Maddison",
    "Thanh", "Paddy",
]
SURNAMES = [
    "Papadopoulos", "Ngata", "Kaur", "O'Sullivan", "Tran", "Walker", "McKenzie", "Rangi", "Sharma", "Costa",
    "Henare", "Lim", "Brennan", "Vaifale", "Dimitriou", "Gallagher", "Iyer", "Whitlock", "Tawhiri", "Nicholls",
]
GENERIC_SPEAKERS = ["Consultant", "Team Member"]
BOT_SPEAKER = "ShieldBot"
NUMBER_WORDS = ["five or so", "half a dozen", "like four", "two or three", "seven"]
VEHICLES = [
    "Toyota Hilux", "Ford Ranger", "Mazda 3", "Holden Commodore", "Mitsubishi Triton", "Kia Cerato", "Hyundai i30",
    "Subaru Forester", "Isuzu D-Max", "MG ZS", "BYD Atto 3", "Toyota Corolla", "Nissan Navara", "VW Amarok",
    "Suzuki Swift", "Toyota LandCruiser",
]
HOME_PARTS = [
    "verandah", "carport", "pergola", "Colorbond fence", "ensuite", "granny flat", "rumpus room", "solar panels",
    "gutters", "rainwater tank", "pool fence", "lounge room ceiling", "roof tiles", "laundry floor",
]
AUTO_INCIDENTS = [
    "hail damage", "roo strike on the highway", "prang at the lights", "stone chip that split the windscreen",
    "side-swipe at the servo", "someone backing into me at Westfield", "stolen ute", "scrape down the whole left side",
]
HOME_INCIDENTS = [
    "hailstorm", "flash flooding", "burst flexi hose", "gum tree coming down", "ceiling collapse after the storm",
    "break and enter", "ember damage from the bushfire", "cyclone damage",
]
BROKERS = [
    "Coral Coast Insurance Brokers", "Kauri Risk Advisers", "Murray River Broking", "Southern Alps Insurance Group",
    "Bayside Broking Pty Ltd", "Redgum Commercial Risk",
]
TOWNS = [
    "Geelong", "Townsville", "Wollongong", "Ballarat", "Hobart", "Cairns", "Toowoomba", "Bendigo", "Christchurch",
    "Tauranga",
]
ITEMS = ["opal ring", "surfboard", "e-bike", "drone", "didgeridoo", "sewing machine", "mobile phone"]
RELATIVES = ["my boy", "my missus", "my hubby", "my nephew", "my mum", "my eldest girl", "my flatmate"]
LINE_WORDS = {
    "auto": ["comprehensive car", "vehicle"],
    "home": ["home and contents", "householders"],
    "life": ["life policy", "income protection"],
    "commercial": ["small business", "trades business"],
    "travel": ["travel cover", "overseas travel"],
}
TEAM_WORDS = {
    "claim": ["claims centre", "claims consultants"],
    "policy_change": ["policy servicing team", "policy admin crew"],
    "billing": ["accounts receivable team", "premium payments team"],
    "renewal": ["renewal specialists", "renewals unit"],
    "onboarding": ["new member team", "welcome desk"],
    "general": ["contact centre", "general enquiries team"],
    "price": ["customer retention unit", "pricing enquiries team"],
    "payout": ["settlements unit", "claims payments crew"],
    "staff": ["customer resolutions team", "internal dispute resolution team"],
    "outage": ["digital help desk", "online services team"],
}
JOURNEY_CHANGES = {
    "claim": "Claims consultants' workspace now opens the lodged online claim with its photos and statement",
    "policy_change": "Mid-term changes get a summary screen to check before they are lodged",
}

# ---------------------------------------------------------------- transcript scaffolding (insurer side)

CALL_GREETINGS = [
    "G'day, thanks for calling {company}, you're speaking with {agent}.",
    "Kia ora, {company}, {agent} speaking, what are we sorting out today?",
    "Hello and welcome to {company}. My name's {agent}, what's the reason for your call?",
    "{company}, {agent} speaking. Sorry about the wait today.",
    "Good morning, {agent} from {company}. Calls are recorded for quality and training.",
    "Hi, it's {agent} at {company}. What's brought you to us today?",
    "Thanks for holding on, {agent} speaking at {company}.",
    "Good afternoon, you've reached {company} customer care, {agent} on the line.",
]
ID_CHECK_ASKS = [
    "No worries. First up, can I grab your name as it appears on the policy, plus your birthdate?",
    "Sure. For security, what's your birthdate and the postcode we hold?",
    "Sure thing. Can you confirm your residential address and DOB?",
    "Before I jump in, could you verify your postcode and birthdate?",
    "Just need to confirm who I'm speaking with. DOB and postcode please?",
    "Let me find you. Surname and DOB?",
]
ID_CHECK_ANSWERS = [
    "Yep, {dob}, postcode {postcode}.",
    "{surname}, born {dob}.",
    "Date of birth is {dob} and postcode {postcode}.",
    "Ah, {dob}. And it's {postcode}.",
    "It is {dob}, postcode {postcode} only.",
    "{postcode}, and my birthday is {dob}.",
]
AGENT_GO_AHEADS = [
    "Thanks for that, your policy's open on my screen. What's happening?",
    "Lovely, all verified. What can I do?",
    "Great, I can see the policy. Fill me in.",
    "Thank you. What's the issue?",
    "Perfect, you're verified. Go for it.",
]
AGENT_EMPATHY = [
    "I'm really sorry, that's not good enough and I understand why you're upset.",
    "That sounds incredibly frustrating. Let me take a look for you.",
    "I'm sorry you've been through that. Bear with me while I check.",
    "Thank you for explaining, and I apologise. Let me see what's happened.",
    "Oh no, I'm sorry. I'll try to fix it while we're on the line.",
    "I completely understand, I'd be annoyed too. Give me a moment.",
    "I apologise for all of that. I'll put notes on and chase it today.",
    "Sorry to hear it. I'll have a proper look at the account.",
]
AGENT_TRANSFER_NOTES = [
    "I can see you've come across from one of the other teams.",
    "Looks like you've been transferred through to me.",
    "I can see a couple of transfers on this call already.",
    "I see you were speaking with a colleague before me.",
    "The system shows this call was passed over from another area.",
]
AGENT_TRANSFER_LINES = [
    "That one sits with our {team}, I'll transfer you through now.",
    "I'll just pop you across to the {team}, won't be long.",
    "The {team} look after that, let me put you through.",
    "Let me connect you with the {team}, please stay on the line.",
    "The {team} will need to handle that, transferring you now.",
    "Stay with me and I'll get you through to the {team}.",
    "I'll hand you across to the {team} to action that.",
    "One moment, sending your call through to the {team}.",
]
CUSTOMER_TRANSFER_REQUESTS = [
    "Is this something the {team} need to do?",
    "Reckon you could flick me through to the {team}?",
    "Maybe I should talk to the {team}?",
    "Could I be put through to the right department?",
    "Who looks after this, the {team}?",
]
CUSTOMER_ACKS = ["No worries.", "Yep.", "Sure, go ahead.", "Okay thank you.", "Sweet.", "Alright then."]
HANDOVER_INTROS = [
    "G'day, {agent2} from the {team}. What's up?",
    "Hi, you're through to {agent2} in the {team}.",
    "Thanks for holding, {agent2} here.",
    "Hello, {agent2} speaking, I've picked up your call.",
    "Kia ora, {agent2} in the {team}, you've been put through to me.",
    "Hi there, it's {agent2}. Go ahead.",
]
AGENT_ACKS = ["Okay, I hear you.", "Sure.", "Yep, noted.", "I understand.", "Right, thank you.", "Okay, got that."]
AGENT_CLOSINGS = [
    "Anything more I can sort for you today?",
    "Appreciate you calling {company}, have a good one.",
    "I'll send a confirmation email through shortly. Anything else?",
    "I've updated the notes on your policy. Appreciate you bearing with me.",
    "Cheers for calling, take care.",
    "You'll hear from me by end of day tomorrow.",
    "All done on my end. Have a lovely afternoon.",
    "No worries, thanks for your time. Bye for now.",
]
BOT_GREETINGS = [
    "Hi, I'm ShieldBot, {company}'s virtual assistant. What brings you here?",
    "G'day! Tell me in a few words what you need.",
    "You're on {company} live chat. What's your question today?",
    "Hi there! I can help with claims, payments and policy changes.",
    "Kia ora! Ask away, I know a fair bit about your policy.",
]
BOT_ID_ASKS = [
    "Sure! Policy number first, please.",
    "To find your details, please enter the policy number.",
    "Type in the policy number (starts with P) or your DOB plus postcode.",
    "Can you share your policy number with me?",
]
CHAT_ID_ANSWERS = [
    "{policy_number}", "policy is {policy_number}", "{policy_number} pls", "pol no. {policy_number}",
    "ok its {policy_number}", "My policy number is {policy_number}.",
]
BOT_HANDOVERS = [
    "Thanks! I'll get one of our team to jump in.",
    "I'm bringing a team member into the chat now.",
    "Hang tight, a consultant will be with you in about {minutes} minutes.",
    "Let me hand this chat to a real person.",
]
CHAT_AGENT_JOINS = [
    "Hi, {agent} here from {company}, just catching up on the chat.",
    "G'day, {agent} on the chat now. Just opening your policy.",
    "Hello, it's {agent}, taking over from the bot.",
    "{agent} here, sorry for the wait.",
    "Hi, I'm {agent}, your policy's up on my screen.",
    "Kia ora, {agent} joining the chat.",
]
BOT_CLOSINGS = [
    "Done! Need anything else?",
    "Great, that's sorted. Have a good day!",
    "No worries. Feel free to close this window whenever.",
    "All set! We'll email you the transcript.",
]
TICKET_GREETINGS = ["G'day,", "Dear {company} team,", "Hi all,", "Respected Sir/Madam,", "Kia ora,", "To {company},"]
TICKET_SIGNOFFS = [
    "Cheers mate, {surname}", "Yours faithfully, {surname}", "Thanks & regards, {surname}", "sent from my Samsung",
    "Please revert at the earliest.", "Call me anytime on my mobile.", "Regards", "Looking forward to your reply.",
]

# ---------------------------------------------------------------- complaints: handoffs (>= 25 per pattern)

COMPLAINT_OPENERS = [
    "G'day, I want to lodge a complaint.",
    "Hi, I'm calling about my {line} claim and I'm pretty fed up to be honest.",
    "Yeah hi, look, I need to raise something about my {line} policy.",
    "Good morning, I am having one complaint regarding my {line} policy.",
    "I wish to make a formal complaint, please.",
    "Hi, this is going to be a long one, sorry.",
    "Hello. I called last week already about this.",
    "Hi, I'm not having a good week with you guys.",
    "Who do I talk to about a complaint?",
    "Right, where do I even begin.",
]

HANDOFF_COMPLAINTS = {
    "claim_form_to_advisor": [
        "Lodged the claim online Sunday night with {photos} photos of the {vehicle}, took me well over an hour. Monday the assessor rings and asks me to talk him through what happened. Mate, it's all in the form.",
        "What actually happens to what people type into your online claim? Genuine question. The consultant who called me had a blank screen and I ended up reading my own claim back to her.",
        "1 star. Online claim = waste of time. Consultant rang, knew nothing, wanted the pics again.",
        "I am submitting my claim through your website on {date} with all the photos and the quotation from the panel beater. Then the claims officer is calling and asking me same details again and saying he cannot see any attachment. Kindly explain why I am doing the work two times.",
        "It is my understanding that online lodgement exists to spare the customer from repeating information. In my case the claims consultant who contacted me had no access to my written account or the {photos} photographs I supplied, and I was obliged to recount the {incident} in full.",
        "so i do the online claim like the email says and then the claims guy calls and goes so whats happened and im like did u not get the form and hes like what form lol",
        "The photos went in. The description went in. The repair quote went in. None of it came out the other end when your claims lady picked up my file.",
        "Had to re-send every photo of the {home_part} by email because whoever handles claims can't open what your website collects. So why does the website ask for them?",
        "That online claim form of yours is a lovely black hole. Filled it in, attached everything, then explained the {incident} from go to whoa to the consultant who rang.",
        "Went through your website's claim screens one by one, hit submit, got {ref}. The assessor who called couldn't find a thing under that number, so back to square zero we went.",
        "Filling in the online claim felt productive right up until the claims consultant called and asked what colour the car was, where it happened and whether I had photos. Yes. I uploaded {photos} of them.",
        "why do u need the same photos twice?? already uploaded them on the claim page, now claims wants them emailed. make it make sense",
        "Pretty simple really: website took my claim, claims team never got it. Repeated the whole lot over the phone for {minutes} minutes.",
        "i thought doing the claim online would be quicker but the person from claims had none of my info and wanted it all from the start so actually it took twice as long as just ringing",
        "Nobody on the claims side could see the online lodgement. Photos, written statement, tow truck docket, none of it. I gave it all a second time.",
        "For the record, the online claim I lodged for the {incident} appears to exist only on your website; the consultant assigned to it had none of its contents and requested everything anew.",
        "What is the upload button for? I used it, and the claims officer still asked me to text the photos to his work mobile.",
        "Consultant asks me 'and when did this happen?' It's the first question on your own online claim form, which I completed on {date}. He couldn't see it.",
        "The online claim said 'we've got everything we need'. Claims evidently did not have everything it needed, because it needed everything again from me.",
        "Kia ora, did my claim online for the {vehicle}, then the claims person phoned and she had nothing, no photos no notes, so I went over it all again in the car park at work.",
        "I am not native speaker so I write everything careful in the online claim, it takes long time. Then claims man call and I must explain by phone which is hard for me, because he not see what I write.",
        "Lodging online and then repeating it all verbally to an assessor is two claims for the price of one. Should've just rung in the first place.",
        "The website told me it had received {photos} photos. The assessor told me he had received zero photos. One of you is wrong and I'm the one re-uploading.",
        "Just tell people to ring. Seriously. I lodged online, the consultant saw none of it, and I spent {minutes} minutes re-telling the {incident}.",
        "Claims consultant: 'Can you describe the damage?' Me: 'I did, in the online claim, with photos.' Consultant: 'I don't have that.' Brilliant system you've got.",
        "Wasted my evening on your web claim and next morning claims rang me like a cold call. Knew nothing. Zip. Nada.",
        "Submitted online, claim {ref}, quotes and photos attached. First call from claims: could I please send the quotes and photos. Where exactly did they go?",
        "ur claim website and ur claims staff r clearly not connected. did it all online, then had 2 repeat every bit on the phone. 2 stars cos the consultant was nice at least",
        "I'd rate the online claim form highly if anything I put in it had reached the assessor. He took my statement again from the top.",
        "Before I could even ask about the repairs, the consultant wanted me to go back over the whole accident, because what I'd lodged online wasn't showing on her end.",
    ],
    "claim_advisor_to_advisor": [
        "My claim's had more owners than a rental car. Each new consultant opens with 'so tell me what happened' and off I go again.",
        "Got reallocated without any warning to a new case manager, who was clueless that the first one had already approved the tow and the hire car.",
        "I am on my fourth claims officer now. Each time the file is moving, my history is not moving with it. Kindly assign one person only.",
        "It's a relay race where nobody hands over the baton. {agent} knew the whole story, went on leave, and whoever picked it up knew nothing.",
        "Why does every new assessor need the story from scratch? Is there not a notes field? Genuinely asking.",
        "got flicked from claims to the total loss mob to someone in specialist claims and had to tell the {incident} story at every stop. three retellings in one arvo",
        "The first consultant told me the builder was approved. The second one, who I got transferred to, says there's nothing like that on file. So which is it?",
        "Every time you escalate my claim it resets. The escalations officer asked me to begin at the beginning like I'd just rung in.",
        "I have now repeated my statement to {times} different people at {company}. Not once has the next person known what I told the last.",
        "Transferred within claims twice on one call. After the second transfer I was quizzed on the claim reference, the sequence of events and whether anyone was hurt, all of which the first person had just typed in.",
        "Nothing follows my claim around except me. Consultant changes, notes vanish, and I fill them in again.",
        "The field assessor was lovely and took pages of notes. The desk consultant who got the file the next week had none of them and booked another inspection of the {home_part}.",
        "My claim got moved to another office, no idea why, and whoever has it now asked for the repair quote I sent {weeks} weeks ago.",
        "Honestly the only person keeping track of my claim is me. New consultant, same questions, same documents.",
        "Three consultants in {weeks} weeks, three calls starting with 'can you just confirm what happened'. I can. I have. Thrice.",
        "please stop swapping my case manager!! new one didnt know the car was already written off and told me to take it to a repairer",
        "I had reached an agreement with the original consultant on {date} regarding the settlement method. His replacement held no record of that agreement and reopened the matter as though it had never been discussed.",
        "Is there a reason the recoveries team couldn't read what my claims consultant wrote? They rang me for a full statement about the {incident} as if I'd never given one.",
        "Being handed between your claims people is like a game of broken telephone, except the message doesn't even arrive garbled. It just doesn't arrive.",
        "The glass people swore my name meant nothing to them even though my consultant said she'd booked them and sent my details across.",
        "The specialist they moved me to wanted fresh photos of the {vehicle}. The first consultant already has them. Do you not share a system?",
        "I dread ringing now because it's always someone new and I have to relive the {incident} for them from the start.",
        "The claim moved from one officer to another while I was overseas, and when I got back the new officer had zero notes on what the old one and I had sorted.",
        "first guy: approved, booking assessor. second guy: what assessor? third guy: can u explain what happened. unreal",
        "My file's been handed on {times} times and somehow it gets thinner every time.",
        "The team leader I was escalated to hadn't read a word of the file and made me go through it again, which rather defeats the purpose of escalating.",
        "That's three separate claims staff I've explained the {incident} to, each one starting fresh because the previous person's notes apparently don't exist.",
        "New case manager asked me to resend the invoice for {amount}. I sent it to the old case manager on {date}. It's the same company, isn't it?",
        "Do your consultants talk to each other at all? Mine got reassigned and the replacement was reading my claim for the first time while I was on the line, asking me to fill in the gaps.",
        "Kindly note this is the third time I am narrating the incident because each new officer is saying the previous officer's notes are not available.",
    ],
    "policy_change_chat_to_phone": [
        "Typed out the whole change in the chat, new address in {town}, where the car's parked overnight, the date we moved, and then got told that kind of change is phone-only. The phone consultant couldn't see a word of it.",
        "Chat: 'Please give us a call for that one.' Phone: 'What can I help with today?' Me: reads the entire chat out loud.",
        "Web chat took all the details of the new car, then gave me a 13 number to ring. Rang it, waited {minutes} min, gave the same details again. Why take them in the chat?",
        "Is the chat transcript deleted the second it tells you to ring? The bloke who answered was clueless that I'd spent half an hour chatting about adding {relative}.",
        "I am trying to change my excess to {deductible} in live chat. Chat agent says please call. I call, agent is asking what is my request. My request is already written in the chat only.",
        "Adding {relative} to the policy should be five minutes. It was twenty minutes typing to the chat, which then pointed me at the phone line, and another twenty telling the phone bloke the same things.",
        "Two conversations about one tiny change, the chat one and the phone one. The phone one didn't know the chat one existed.",
        "Moved house, tried to update it via chat, chat said it can't do address changes and to phone. Rang, and surprise surprise not a skerrick of the chat had reached them so I started again.",
        "chat told me 2 ring. rang. went thru the whole thing again cos they cant see the chat. why even have chat for changes",
        "The virtual assistant asked me eleven questions about swapping to the {vehicle}. The phone consultant it sent me to asked me the same eleven questions.",
        "Your chat person promised a phone consultant would call me with the change already loaded. The consultant called and it was not loaded. Nothing was.",
        "I should like to understand why a policy alteration begun in web chat cannot be continued by telephone without the customer restating it. That was my experience on {date}.",
        "ShieldBot was all 'got it, I've noted that!' and then 'please call us to finish'. Noted where? The phone team had never seen it.",
        "Halfway through changing my sum insured on chat I got bumped over to phoning, and the phone consultant started at question one.",
        "Had the chat open on one screen and the phone on speaker, reading the chat out to the consultant because she couldn't see it. Peak customer experience.",
        "I wanted my {item} added to the contents. Chat wouldn't do it, phone wouldn't look at the chat, so I said everything twice.",
        "Save yourself the time: don't bother with the chat for a policy change. It'll point you at the phone line, and the phone line starts from nothing.",
        "The information I gave the chat about the new driver did not follow me to the phone. I spelled out {relative}'s licence details all over again.",
        "In the chat I explained I'd sold the old car and bought a {vehicle}, gave the rego, the purchase date, the lot. Then 'please ring us'. And then the lot again.",
        "Why is ringing the step after chat and not instead of chat? I wouldn't mind so much if the phone consultant could read what I'd already typed.",
        "i changed my address on chat (or thought i did) and got told to phone. phone lady had no record, did it again. still no new certificate",
        "Chat and phone at {company} are two separate universes. My change of address exists in only one of them.",
        "I'm not a fast typist. It took me ages to write out the change in the chat, and then the phone consultant asked me to explain it anyway.",
        "After {minutes} minutes in chat getting the policy change sorted, I was shoved into a phone queue and lost the lot.",
        "Taking {relative} off the policy: explained in chat, told to phone, explained again on the phone because nothing came through. Simple job, made hard.",
        "No dramas with the chat itself, but once it palmed me off onto a call, the consultant knew zip about what I'd asked. Redid the whole change.",
        "Phone consultant asks for the VIN. I put the VIN in the chat that told me to call you. Is the chat just for decoration?",
        "Sir, I completed the entire change request in chat, then they are sending me to phone, and phone team is telling no chat history is visible. This is very poor process.",
        "You'd think 'please call to complete your change' would mean the call completes the change, not restarts it.",
        "My granddaughter sat with me on the chat doing the change because I'm hopeless with computers, then I had to ring on my own and the man couldn't see what she'd typed. I struggled to explain it myself.",
    ],
    "broker_to_insurer": [
        "{broker} lodged my claim with you on {date}, with the photos and the invoice. Your consultant rang me asking for the photos and the invoice.",
        "The whole reason I have a broker is so I never have to repeat myself to an insurer. And yet.",
        "My broker and your claims team are playing pass the parcel and the parcel is empty by the time it gets to you.",
        "According to the broker it's with you. According to you there's a claim number and nothing else. I end up explaining the {incident} for the third time.",
        "Pay {broker} good money to manage my business cover. When the claim moved to you none of the background came with it and your assessor wanted a full rundown from me.",
        "The change I asked my broker to make weeks ago, adding {relative}, wasn't on your system when I rang. The broker insists they sent it. Somebody's lost it.",
        "Why does my broker's email to you evaporate every time? I rang you directly and had to recount everything the broker had already told you.",
        "I told my broker everything on day one. Your consultant rang on day ten and asked me what happened, as if the broker didn't exist.",
        "I am very confused. Broker is saying all documents are submitted to the insurance company. Insurance company is saying nothing received from broker and asking me to send. Then why I am paying commission?",
        "The handover from {broker} to {company} is where my claim goes to die.",
        "Genuinely, what is the point of a broker if the insurer starts from zero anyway? I've told the story to both of you now.",
        "Your underwriter called about the endorsement my broker requested. None of the broker's details had reached him, so I explained the shop fit-out from scratch.",
        "My broker forwarded the police event number and the tow docket. Your claims officer asked whether I had a police event number. Yes. My broker sent it to you a fortnight ago.",
        "Broker insists the change of vehicle went through. {company} has no idea about it. Result: me doing it again over the phone.",
        "It's a bit rich asking me for information my broker gave you weeks ago. I'm the customer, not the courier.",
        "I went through {broker} for the claim on the shop. Your claims team rang me cold, no notes from the broker, and wanted me to walk them through the {incident} like it was news.",
        "between my broker and you lot the message just stops. broker done their bit apparently, u guys have nothing, im stuck between yas repeating myself like a parrot",
        "I'm told the broker escalated my file to you. You tell me there's no file. I've now emailed my own documents to both of you.",
        "Thanks for asking me for the new vehicle details again. My broker sent them on {date}. Maybe check your inbox?",
        "{broker} has been great for years. The problem starts the moment they hand anything to {company}: it arrives empty.",
        "The broker told me your assessor would have the full picture. The assessor had a claim number and a blank page.",
        "Formal complaint: information supplied by my broker concerning the {incident} was not available to your claims staff, which required me to restate all of it personally.",
        "Rang {company} about what my broker lodged and the consultant said 'we've only got what you tell us'. Then what did the broker send?",
        "My broker has the email trail showing it went to you. Your team still wanted the change explained by me from the beginning.",
        "Why am I the go-between for my broker and my insurer? Every detail the broker passes on, I end up saying again to you.",
        "First question from your claims officer was 'so what happened?'. My broker answered that in writing two weeks ago.",
        "Broker to insurer handover: fail. Took {minutes} minutes on the phone to redo the broker's work.",
        "I trusted my broker, and my broker trusted you to read what they sent. Neither trust was rewarded.",
        "Mate, I don't know who dropped it, the broker or you, but I'm the one who had to go over the whole {incident} again for your assessor.",
        "My broker lodged the change, your side asked me 'what change?'. Not a great start for a policy that's meant to be broker-managed.",
    ],
    "renewal_spike_app_to_phone": [
        "Went to renew via the app this week and it spat out 'please call us to complete your renewal'. Called. The consultant could see none of my app progress.",
        "App says call to renew. Call says 'and what are you renewing?'. Love it.",
        "Since the latest update the app won't let me finish renewing. Fine, I rang. But why couldn't the consultant who answered see my renewal sitting half-done in the app?",
        "1 star. renewal stuck in app, told to call, call centre cant see the app. did it twice.",
        "I updated my kms and the garaging address in the app for renewal, then got pushed to the phone where I updated them again out loud.",
        "The app had my renewal at {amount}, then told me to ring. The phone consultant had no quote and no changes and began the renewal afresh.",
        "Everyone in the local Facebook group is saying the same thing this week: the app renewal sends you off to ring, and whoever answers can't see the app.",
        "i am renewing my policy in the app, it is showing error and saying please call. i am calling and agent is asking all details again which i already filled in app.",
        "Why build a renewal flow in the app that ends in a phone call where none of the app answers exist?",
        "Renewing in the app took {minutes} minutes. Re-renewing on the phone took {minutes2}. I don't have that kind of time.",
        "The app told me it needed to 'speak to me about my renewal'. What it meant was that somebody needed me to repeat everything I'd just put into the app.",
        "Nothing I'd keyed into the app for renewing reached whoever I was told to ring. Not my new address, not the extra driver, nothing.",
        "App froze on the renewal payment screen, gave me a number to ring, and the consultant started the whole renewal again from question one.",
        "Is anyone at {company} aware the app is sending renewals to the phone queue this week? And that the phone queue can't see the app?",
        "renewal in app -> 'call us' -> call -> start again. genius",
        "Had my licence photo uploaded in the app for renewing. The phone consultant wanted it emailed. It's in your app!",
        "The renewal quote in the app disappeared the moment I called as instructed. The person I spoke to had to generate it again and go through every question.",
        "My renewal is due {renewal_date}. Did it in the app, app said phone, phone said 'I can't see that'. Two renewals, one policy.",
        "I am writing to complain that the renewal process in your mobile application directed me to telephone, and that the telephone consultant had no visibility of the details I had already entered.",
        "Renewed on my phone at the bus stop, or tried to. The app flicked me to a call and the call had to redo it from scratch.",
        "It took me a while to work out the app so I was proud to renew by myself this year. Then it said to ring, and the lady who answered had nothing the app had collected, so all that was for nothing.",
        "Seriously, this week? The app makes you ring to renew and the ringing is a complete do-over.",
        "Consultant wanted to know what changes I needed at renewal. I told her I'd already changed it in the app. She said she can't see the app.",
        "The app and the call centre don't share a brain. My renewal answers stayed in one so I repeated them to the other.",
        "Couldn't renew via the app, got sent off to ring, and the call centre had no idea I'd even started.",
        "App: renewal 90% done. Phone: renewal 0% done. Somewhere in between, my info fell off a cliff.",
        "wat is the point of the app if u have to ring to renew anyway and then repeat everything. uninstalling",
        "Spent ages on the app's renewal screens for the car {relative} drives, then wound up on a call going through those same screens verbally.",
        "The renewal reminder promised I could 'renew in seconds in the app'. Seconds turned into an hour once the app redirected me to a call and the call centre couldn't see what I'd done.",
        "Everything was fine until the app's 'call to complete' screen. After that it was as if I'd never opened the app at all.",
    ],
    "onboarding_small": [
        "Signed up online on {date}, uploaded my licence and my old insurer's claims history. Welcome call the next day and the consultant asked me for both.",
        "New customer, first impression: your website took all my details and the lady who rang to finish my setup didn't have any of them.",
        "Joining was two jobs instead of one. The sign-up portal, then an advisor forced to take the whole application again.",
        "Is the online application connected to anything? The welcome team member ringing me said my application wasn't visible to her at all.",
        "I am new customer. I fill the online joining form completely and also upload documents. Then advisor calls and asks me to send documents again and repeat all answers.",
        "The welcome call was more like a re-interview. Every question I'd answered in the portal got asked again.",
        "Nice welcome call, shame the bloke saw nothing I'd entered on the sign-up website the day before.",
        "It's a bit off-putting when your very first contact with an insurer involves repeating yourself. Portal, then advisor, nothing carried across.",
        "the onboarding thing online said someone would call to finish up, they called and had literally none of my info, why did i bother with the portal",
        "I uploaded proof of my previous cover when I applied online. The new member team rang and asked if I could pop it in an email.",
        "Joined for the business policy online. The sales rep who followed up needed the ABN, the turnover and the staff numbers, all of which were in the application.",
        "I had barely joined and I was already re-explaining my circumstances to an advisor who had nothing from the sign-up site.",
        "The portal says 'application complete, an advisor will contact you'. The advisor contacted me to complete the application. Hmm.",
        "Two days after finishing the online sign-up, the advisor asked me for my date of birth, address, car details... all on the form.",
        "Welcome to {company}, please tell us everything again. That's how it felt.",
        "As a new policyholder I completed the online onboarding in full. The advisor who subsequently contacted me had no access to that information and required it to be provided a second time.",
        "The portal took my bank details and my ID. The advisor asked for my bank details and my ID. Do they work in different buildings with no internet?",
        "Got handed from the sign-up site to an advisor and lost everything in the handover. Rough start.",
        "I'm new, I did the portal, then the advisor called and it was like the portal never happened.",
        "Answered forty-odd questions in the joining portal. The advisor then ran through them again one by one.",
        "so i joined online n then the advisor rings n asks for my details again?? they were in the portal, thats what the portal is for",
        "My onboarding: portal, then an advisor who couldn't open a single document I'd uploaded, then emailing them all myself.",
        "Nearly cancelled within the cooling-off period, honestly. The advisor who rang after I signed up online had to redo my whole application.",
        "The welcome call guy asked me about the {vehicle}: make, model, year, rego. I'd typed all that into the joining form the night before.",
        "Wouldn't it be nice if the advisor calling a new customer could see what that customer did in the joining portal? Just an idea.",
        "First week as a customer and I've given the same information twice: once to a website, once to a person who couldn't see the website.",
        "Sign-up portal, then advisor call, then starting again. Not the smooth switch I was promised.",
        "New customer onboarding = fill in the portal, then tell an advisor all of it because the portal keeps it to itself.",
        "The sign-up website collected everything about my home, then a consultant rang and asked me everything about my home.",
        "Signed up online for the {line} policy. The advisor who phoned to finalise it had an empty application in front of him and we redid it together.",
    ],
}
HANDOFF_TICKET_SUBJECTS = {
    "claim_form_to_advisor": [
        "Online claim - consultant has none of it", "Photos already lodged online", "Claim {ref}: why am I re-sending everything?",
        "Lodged online, asked again by phone", "web claim info missing at claims end", "Re-uploading the same photos??",
    ],
    "claim_advisor_to_advisor": [
        "Another new case manager, another retelling", "Claim {ref} - notes not handed over", "Please stop reallocating my claim",
        "Fourth consultant, same questions", "Escalated and started from scratch", "Nothing follows my claim",
    ],
    "policy_change_chat_to_phone": [
        "Chat said ring - phone had nothing", "Policy change done twice (chat + phone)",
        "Chat transcript not visible to phone consultant", "Address change repeated", "Why ring after chat?",
    ],
    "broker_to_insurer": [
        "Info from {broker} not received?", "Broker lodged, you have no detail", "Broker vs insurer - who lost it",
        "Repeating broker info to insurer", "Broker-managed policy, details missing",
    ],
    "renewal_spike_app_to_phone": [
        "App renewal pushed me to phone", "Renewal redone over the phone", "App says call to renew, call can't see app",
        "Stuck renewal in app", "Renewal answers lost between app and call",
    ],
    "onboarding_small": [
        "Sign-up details not with advisor", "New customer - repeated application", "Portal documents not seen by advisor",
        "Joined online, advisor had nothing", "Onboarding done twice",
    ],
}

# ---------------------------------------------------------------- complaints: not about handoffs (>= 15 each)

OTHER_COMPLAINTS = {
    "price": [
        "Renewal notice came in at {amount}. No claims, same car, same postcode. Explain that to me.",
        "Up {pct}% on renewal. In this economy? Are you serious?",
        "Loyalty clearly counts for nothing at {company}. {years} years and I get the biggest increase yet.",
        "I am getting renewal premium {pct} percent higher than last year without any claim. Kindly reduce or I will move to another company.",
        "Quoted myself as a brand new customer on your own website and it came out cheaper than my renewal. Go figure.",
        "The renewal has gone up by {amount} and the letter doesn't even attempt to explain it.",
        "Honestly the renewal price is extortionate. Found the same cover elsewhere in ten minutes for far less.",
        "I'm a pensioner on a fixed income and your renewal just ate a month of it.",
        "home insurance renewal nearly double. havent claimed in forever. bye",
        "Every year I'm forced to ring up and threaten to leave to get the renewal down to something sensible. Exhausting.",
        "I write to object to the renewal premium increase, which I consider unjustified given my unblemished claims history.",
        "Premium up again, 'natural disaster costs' apparently. I live on a hill nowhere near a river.",
        "You used to be good value. At {amount} a year you're not anymore.",
        "Renewal premium jumped {pct}% and your retention offer knocked off a whole five dollars. Cheers for that.",
        "The renewal quote is genuinely insulting for someone who's never claimed.",
        "Why does my renewal go up every year when the car goes down in value every year?",
        "Comparison site says I'm paying way over the odds at renewal. Not happy.",
    ],
    "payout": [
        "Claim accepted {weeks} weeks ago. Still no money. The builder won't start until he's paid.",
        "How many more 'it's in the payment run' answers until I actually get paid? {days} days and counting.",
        "I've had to put {amount} on the credit card for repairs while my settlement gathers dust.",
        "Approved, and then silence. No EFT, no email, nothing.",
        "My claim payment is still pending after {days} days. I am having EMI to pay from that money. Please release immediately.",
        "Settlement for the {incident} approved on {date} and I'm still waiting. What's the hold-up?",
        "Ten business days was the promise. We're well beyond that now.",
        "Still out of pocket {amount}. You've agreed it's covered, so pay it.",
        "the payout is taking ages. other mob paid my mate in 3 days",
        "The {home_part} is still tarped up because the settlement hasn't landed.",
        "Offered a lowball settlement, I took it just to be done with it, and even that hasn't been paid.",
        "I request immediate payment of the agreed sum, which remains outstanding {weeks} weeks after approval.",
        "Whenever I chase it up it's 'should hit your account in a few days'. It never does.",
        "Had to hand back the hire car because the {vehicle} payout dragged on so long.",
        "Why is an approved claim taking longer to pay than it took to assess?",
        "Payment 'processed' on {date}. Not in my account. Bank says nothing is incoming.",
        "My claim's been sitting on 'awaiting payment' for a month. Pay up.",
    ],
    "staff": [
        "The consultant spoke over the top of me for the entire call and then told me to calm down.",
        "Treated like a criminal for lodging a perfectly legitimate claim.",
        "He hung up. Mid-sentence. Didn't even pretend the line dropped out.",
        "Your staff member was rude and sarcastic when I asked a basic question about my excess.",
        "Chat consultant was abrupt and closed the conversation on me halfway through my message.",
        "The lady I spoke to was very rude, she was shouting and not letting me explain. This is not the way to talk with a customer.",
        "Couldn't care less, that was the vibe from the consultant. Sighed, mm'd, and hurried me off.",
        "Told to 'just read the PDS' instead of getting an answer. Thanks for nothing.",
        "The assessor was condescending from the moment he arrived and implied I'd caused the damage myself.",
        "I asked to speak to a supervisor and was told 'they'll only say the same thing'. Unbelievable attitude.",
        "I wish to complain about the manner of the consultant I dealt with on {date}, who was dismissive and discourteous throughout.",
        "Rude rude rude. {agent} should not be on the phones.",
        "She laughed. I told her my house had flooded and she laughed.",
        "staff were snarky and didnt want to help. felt like i was annoying them by being a customer",
        "Lectured for ten minutes about reading my policy when all I wanted was a yes or a no.",
        "Your consultant accused me of lying about the date of the {incident}. Very upsetting.",
        "No empathy at all from the person who answered. Like talking to a brick wall with an attitude.",
    ],
    "outage": [
        "App has been down since this morning and I can't even pull up my certificate of currency.",
        "Website throws an error whenever I try paying. Been like that for two days.",
        "The app crashes as soon as I log in. Reinstalled it twice.",
        "Your member portal is down. Again. Third time this month.",
        "I am not able to login to your site since {date}, it is showing server error every time.",
        "Tried to download my policy documents and it just times out, over and over.",
        "Since the last update all the app shows is a blank white screen.",
        "Payment page froze halfway through and now I don't know if I've paid or not.",
        "app is cooked. wont load past the logo",
        "Needed proof of cover urgently for the car dealer and your website was offline all weekend.",
        "I wish to report that your online services have been unavailable for extended periods this week, preventing me from managing my policy.",
        "The password reset link never arrives so I can't get into my account at all.",
        "Every time I click on my policy it says 'something went wrong'. Yes, clearly.",
        "The app logs me out every thirty seconds. Can't get anything done.",
        "Your site's been 'undergoing maintenance' for days. Not a good look.",
        "Can't update my card online because the form errors out when I submit it.",
        "The two-factor code never comes through, so I'm locked out of the app.",
    ],
    "billing": [
        "You've debited my account twice this month for the same premium.",
        "Debit of {amount} came out. That is not what we agreed.",
        "Payment got taken three days early and I copped a dishonour fee from my bank.",
        "I cancelled that policy months ago and you're still taking money for it.",
        "There's a {small_amount} charge on my statement I know nothing about.",
        "Double charged, and now I'm told the refund takes up to 15 business days. For your mistake.",
        "My monthly instalment went up with no notice at all.",
        "You took the payment from my old card ending {last4} after I'd given you a new one.",
        "Paid in full, still got a reminder with an overdue fee on it. Please fix.",
        "I am charged two times in the same week from card ending {last4}. Please refund the extra amount.",
        "Charged for a whole year upfront when I'm meant to be on monthly.",
        "The refund for my cancelled policy never turned up.",
        "Still billing me for a car I sold back in winter.",
        "{small_amount} in 'admin fees' that nobody mentioned when I signed up.",
        "The amount on the invoice and the amount on my schedule don't match.",
        "I request a full reconciliation of my account, as the amounts debited do not correspond to the premium shown on my certificate.",
        "billing stuffed up again. took {amount} instead of the usual",
    ],
}
OTHER_TICKET_SUBJECTS = {
    "price": ["Renewal premium increase", "Up {pct}% for no reason", "Renewal far too expensive", "Price of my renewal", "Loyal customer, higher price"],
    "payout": ["Settlement still not paid", "Waiting on payment for claim {ref}", "When will I be paid?", "Approved claim, no money", "Payout delay"],
    "staff": ["Complaint about consultant", "Rude staff member", "Consultant hung up", "Attitude of your assessor", "Poor treatment on the phone"],
    "outage": ["App not working", "Website error", "Can't log in to account", "Portal down again", "Payment page broken"],
    "billing": ["Double debit", "Incorrect direct debit", "Charged after cancelling", "Unknown charge on statement", "Refund still missing"],
}
TRANSFERRED_BUT_NOT_CONTEXT = {
    "price": [
        "Got sent across to the retention people, who had my whole history up, and still couldn't explain a {pct}% jump.",
        "The renewals guy I got transferred to knew exactly what I'd been quoted and why I was ringing, fair enough, but he wouldn't move on price.",
        "Ended up with a supervisor after a transfer and the price stayed at {amount}. Too dear, simple as.",
        "Got transferred to loyalty and to be fair they'd been filled in, but a ten dollar discount on a huge increase is a joke.",
        "Even the pricing team they passed me along to agreed it's gone up a lot. Didn't fix it though.",
        "The transfer was quick and she knew my situation, but the renewal is still way too expensive.",
        "A senior consultant took over the call and confirmed the increase is correct. Correct or not, I can't afford it.",
        "Handed over to retentions, didn't have to repeat a thing, but they couldn't come near a competitor's quote.",
    ],
    "payout": [
        "Transferred to settlements, who could see everything on my claim. They just can't tell me when I'll get paid.",
        "After the transfer, the payments officer confirmed the money still hasn't been released. Another {weeks} weeks apparently.",
        "The claims payments lady I was connected with had my details ready, which was nice, but there's still no payout date.",
        "A supervisor took the call over and agreed the payment is late. Agreeing doesn't pay the builder.",
        "Got shifted to finance and they say the EFT hasn't even been raised yet.",
        "The payments team I ended up with reckon maybe next month. That won't cut it.",
        "The transfer was smooth and the person knew my claim inside out, but the settlement is still stuck.",
        "Passed to a manager in claims payments who could see the approval from {date}, and still no money.",
    ],
    "staff": [
        "The consultant on the other end of the transfer was even more dismissive than the first one.",
        "Requested a manager, got transferred, and the manager was just as rude.",
        "Once I'd been put through to billing, the bloke there was condescending from the get-go.",
        "The supervisor they transferred me to spoke over me and then ended the call.",
        "After I got moved across, the new consultant was curt and clearly wanted me gone.",
        "Whoever took the transfer knew why I'd called, fine, but was sarcastic and unhelpful.",
        "Transferred to complaints, where the officer sighed at everything I said.",
        "They passed me up the chain to a team leader; she had the notes right there and still treated me like an idiot.",
    ],
    "outage": [
        "Tech support, where I got transferred, reckons the app's been broken for days.",
        "The digital team I got connected with said nobody knows when the login problem will be fixed.",
        "Once transferred to the help desk I was told the website outage is 'known'. Still can't log in.",
        "I was moved to the online help team, who confirmed the portal is broken and said try tomorrow.",
        "Transferred to IT and they could see my account fine, but the app is still crashing.",
        "The lady they transferred me to said the site is under maintenance and there's nothing she can do.",
        "Transferred on to digital support. Pointless, still locked out.",
        "The transfer to tech went fine and they knew what was going on. The outage just isn't fixed.",
    ],
    "billing": [
        "Got transferred to accounts and they confirmed the double debit straight away.",
        "Billing, once I'd been transferred, accepted the debit amount was wrong but can't refund it today.",
        "Only after the transfer to billing did I learn you've been overcharging me since March.",
        "Accounts had all the details when I was transferred, but say the refund takes 15 business days.",
        "The billing consultant at the end of the transfer admitted the dishonour fee was your fault and still won't waive it.",
        "Transferred to payments, who confirmed I've been charged for the cancelled policy.",
        "They moved me to billing, who could see the duplicate {small_amount} charge but wouldn't reverse it yet.",
        "I was handed over to the accounts team, who already knew about the error, and it's still not fixed.",
    ],
}
VAGUE_COMPLAINTS = [
    "Hopeless.",
    "Worst insurer in the country, hands down.",
    "Very much disappointed with the service.",
    "Lift your game, {company}.",
    "Honestly pathetic.",
    "1 star is generous.",
    "Don't bother with these guys.",
    "What a joke of a company.",
    "Totally over it.",
    "Shocking from start to end.",
    "Not happy, Jan.",
    "Useless mob.",
    "Had a terrible time with them.",
    "very bad experience, not recommend",
    "avoid avoid avoid",
    "Sub-par in every way.",
    "I am very much unsatisfied.",
    "Expected more. Got less.",
    "meh. worse than meh.",
    "Frankly, a dreadful company to deal with.",
]
VAGUE_TICKET_SUBJECTS = ["Unhappy customer", "Very poor", "Complaint re service", "Poor effort", "Dissatisfied", "Feedback - negative"]
COMPLAINT_CLOSERS = [
    "I'll be taking my business elsewhere.",
    "Please have someone call me back.",
    "Expecting this resolved by Friday.",
    "If this isn't fixed I'm going to AFCA.",
    "Sort it out.",
    "Is this how you treat long-term customers?",
    "Not the loyalty reward I was expecting after {years} years.",
    "Kindly resolve at the earliest.",
    "Will be leaving a review everywhere I can.",
    "Thinking about cancelling everything I have with you.",
    "pls fix",
    "Someone please take ownership of this.",
    "I await your response in writing.",
]
CONTEXT_DETAILS = {
    "claim": [
        "Claim number {ref}.", "It was the {incident} on {date}.", "Car's a {vehicle}.",
        "Damage is mostly to the {home_part}.", "Repairer quoted {amount}.",
    ],
    "policy_change": [
        "Just want {relative} listed as a driver.", "We relocated to {town} on {date}.", "New car is a {vehicle}.",
        "Wanted the excess changed to {deductible}.", "This is on the {line} policy.",
    ],
    "renewal": [
        "Renewal date is {renewal_date}.", "They quoted {amount} for the year.", "Talking about my {line} cover here.",
        "Been a customer {years} years.", "Renewal notice arrived {date}.",
    ],
    "onboarding": [
        "Only signed up on {date}.", "Brand new {line} policy.", "Just switched over to {company}.",
        "Cover kicked off on {date}.", "First time with {company}.",
    ],
    "billing": [
        "Card ends in {last4}.", "Payment on {date}.", "Amount was {amount}.", "I'm on fortnightly direct debit.",
        "Relates to the {line} policy.",
    ],
    "general": [
        "Customer for {years} years.", "Policy's the {line} one.", "I'm down in {town}.",
        "Policy number's on my account.", "Also called on {date}.",
    ],
}

# ---------------------------------------------------------------- routine interactions

ROUTINE_EXCHANGES = {  # (customer request, insurer answer) pairs
    "claim": [
        ("Just checking where claim {ref} is up to?", "The assessor has it now, expect a call from them before Friday."),
        ("Is a hire car included while the {vehicle} is at the smash repairer?", "It is, we cover up to {small_amount} per day for hire until the repairs wrap up."),
        ("Hi, I need to lodge a claim for a {incident}. What info do you want?", "Claim {ref} is open for you. Pics of the damage and a couple of lines on what happened will get it moving."),
        ("Has the repairer's invoice for {amount} landed with you yet?", "Landed and approved, the money goes to the repairer within five business days."),
        ("When's someone coming out to inspect the {home_part}?", "Inspection's set for {date}, you'll get an SMS with a time window the day prior."),
        ("Claim {ref} is approved, yay. How do I receive the money?", "We'll EFT it to your nominated account, usually inside a week."),
        ("Am I allowed to pick my own repairer?", "Any licensed repairer is fine, I'll pop your choice on the file."),
        ("Found two more receipts for claim {ref}, where should they go?", "Either attach them to the claim in the app or reply to the claim email with them."),
        ("For a {incident} do I require a police event number?", "Handy if you've got one, not essential to get started though."),
        ("What excess applies on claim {ref}?", "The excess for this one is {deductible}."),
    ],
    "policy_change": [
        ("Can {relative} be a listed driver for my car?", "All done, listed from today, and the new premium kicks in with your next instalment."),
        ("Hi, new address please, we're in {town} now.", "Address changed, and a fresh certificate is heading to your email."),
        ("I'd like to bump my excess up to {deductible}.", "Changed, and that trims your premium a little."),
        ("Swapping my car for a {vehicle}, what do you need?", "Just the rego and when you bought it, cover moves across today."),
        ("Can I specify my {item} on the contents?", "Specified and added, the updated schedule will show it."),
        ("Please take {relative} off the policy, they've got their own cover now.", "Done from today, with a small pro-rata refund back to you."),
        ("My kms per year have dropped, can you update that?", "Kms updated, and the premium stays as is."),
        ("Could roadside assist go on my policy?", "Roadside assist is on now, {small_amount} extra monthly."),
        ("I want to change who the beneficiary is on the life cover.", "I'll email the nomination form through, and once it's signed we'll update it."),
        ("Changed my surname to {surname} after the wedding.", "Congratulations! Name's updated and new documents are coming."),
    ],
    "billing": [
        ("Can I switch to fortnightly payments?", "Done, your first fortnightly debit is on {date}."),
        ("Card ending {last4} expires next month, here's the replacement one.", "Replacement card saved, upcoming debits will use it."),
        ("When's my next debit?", "Next debit is {small_amount} on {date}."),
        ("Can you email me a tax invoice for the {amount} premium?", "Tax invoice sent through now."),
        ("Could I move the debit date to line up with payday?", "No problem, I've moved it to the date you asked for."),
        ("Is it possible to clear the remaining premium in one hit?", "Remaining balance is {amount}, happy to take it now."),
        ("Want to set up direct debit from my bank account.", "Direct debit is set up from the next instalment."),
        ("What do I pay each month for the {line} policy?", "It comes to {small_amount} monthly."),
        ("Kindly send me payment receipt for {small_amount} paid on {date}.", "Receipt sent, please check your inbox."),
        ("Is it cheaper to pay annually?", "Yes, annual works out a little cheaper. Want me to switch you over?"),
    ],
    "renewal": [
        ("Renewal's coming up {renewal_date}, can you confirm the premium?", "Confirmed at {amount}, same cover as this year."),
        ("Is roadside still included after renewal?", "Yes, it rolls over along with everything else."),
        ("I'd like to renew the {line} policy for another year.", "Renewal's locked in for {renewal_date}, nothing more to do."),
        ("Got my renewal notice, has anything changed in the cover?", "Cover's the same, only the period of insurance is new."),
        ("Can I renew early? It's not due till {renewal_date}.", "Sure, it's done, and the new period still begins on your renewal date."),
        ("Does my policy auto-renew?", "It does, and we'll send a reminder three weeks before."),
        ("Can you explain the renewal notice for me?", "Page one is the premium, page two is your cover and excesses."),
        ("Is {amount} the final renewal price?", "Yes, that's final unless you change anything."),
        ("Can I add {relative} at renewal?", "Sure, I'll add them from the renewal date."),
        ("Could you email me the renewal documents?", "Emailed a moment ago."),
    ],
    "onboarding": [
        ("Just took out a policy, when do the documents come?", "Welcome aboard! Check your inbox, the documents were sent this morning."),
        ("How do I register for the member portal?", "Register with your policy number and email, it takes a couple of minutes."),
        ("Could you explain what's covered under the new {line} policy?", "Sure, the summary page lists your cover, limits and excesses."),
        ("Which app do I download?", "Search {company} in the App Store or Google Play and log in with your sign-up email."),
        ("When exactly does my cover start?", "Your cover started at 12.01am on {date}."),
        ("My bank needs a certificate of currency for the loan, I've only just joined.", "I've emailed it to you and I can send it to the bank as well."),
        ("Anything else I need to send to finish signing up?", "Nope, you're all set."),
        ("Is a hard copy of the PDS available by mail?", "Sure, we'll mail one out this week."),
        ("Newbie here, can I put my {vehicle} on?", "Done, the app will show the updated certificate shortly."),
        ("What number do I call to make a claim?", "Ring the claims number printed on your certificate, it's staffed 24/7."),
    ],
    "general": [
        ("Is my {item} covered away from home?", "Only if it's specified as a portable item, I can add it for you."),
        ("What's the roadside number?", "It's on your certificate and in the app, any time day or night."),
        ("Could you email me a certificate of currency?", "Emailed through just now."),
        ("Are you open Saturdays?", "Phones are open Saturday mornings and the app works any time."),
        ("Heading to Bali, am I covered under my {line} policy?", "Travel is a separate product, but I'll email you what applies."),
        ("Could you quote me for the car {relative} drives as well?", "Happy to, I just need the rego."),
        ("I need to update my mobile number.", "Updated for you."),
        ("Is storm damage to the {home_part} covered?", "Storm damage is covered, less your excess."),
        ("Do you do a multi-policy discount?", "Yes, having home and car with us takes a bit off both."),
        ("What's my policy number again?", "It's {policy_number}."),
    ],
}
CUSTOMER_THANKS = [
    "No worries, thanks heaps.", "Sweet, that's all I needed.", "Thank you so much for your help.", "Legend, cheers.",
    "ok thank you", "Thank you, very helpful.", "Beautiful, thanks.", "Good stuff, have a good one.",
]
ROUTINE_TICKET_SUBJECTS = {
    "claim": ["Claim update please", "Re claim {ref}", "Where is my claim up to", "Claim documents", "Question - claim"],
    "policy_change": ["Change to my policy", "Policy amendment request", "Update details", "Add/remove driver", "Policy change"],
    "billing": ["Payments enquiry", "Direct debit question", "Invoice request", "Change of card", "Premium instalments"],
    "renewal": ["Renewal enquiry", "My renewal", "Renewal documents", "Renewing my policy", "Question re renewal"],
    "onboarding": ["New member", "Just signed up", "New policy enquiry", "Getting set up", "First-time customer"],
    "general": ["Enquiry", "Cover question", "Question", "Request for info", "General enquiry"],
}
SURVEY_POSITIVE = [
    "Sorted in no time, thanks heaps.",
    "{agent} was fantastic, really patient with me.",
    "Claim handled beautifully, very happy.",
    "Excellent service, no issues whatsoever.",
    "Easy as.",
    "Updated my {line} policy in the app without any fuss.",
    "Quick response and a friendly consultant.",
    "Smooth as, thanks {agent}.",
    "Explained my cover in a way I could actually understand.",
    "Whole renewal done in {minutes} min, too easy.",
    "Very kind and helpful, thank you so much.",
    "Got everything sorted on the first call.",
    "Great communication throughout.",
    "The {incident} claim went better than I expected.",
    "Efficient and friendly, 10/10.",
]
SURVEY_NEUTRAL = [
    "It was ok.",
    "Fine I guess.",
    "Got there eventually.",
    "Nothing special.",
    "Average.",
    "Question answered.",
    "Got it done.",
    "It was satisfactory.",
    "Standard call.",
    "no comment",
]
REVIEW_POSITIVE = [
    "{agent} was a legend with my claim, can't thank them enough.",
    "Been with {company} {years} years and never had a problem.",
    "Good app, fair price, easy claims. Would recommend.",
    "Had a {incident} last year and the claim was a breeze. 5 stars.",
    "Friendly staff who actually know what they're talking about.",
    "Moved across from another insurer, saved a few hundred and the service is better.",
    "Claim was quick with regular updates along the way.",
    "Reasonable premium for the {vehicle} and great cover.",
    "They listen. That's rare these days.",
    "Paid out in {days} days, very happy.",
    "Got my {line} policy sorted online in no time.",
    "{agent} really went out of their way for me.",
    "Solid insurer, I've recommended them to my family.",
    "Honest and easy to deal with, exactly what you want.",
    "The app is good and the phone team is even better.",
]
REVIEW_NEUTRAL = [
    "Price is alright, nothing amazing.",
    "Does what insurance does.",
    "Fine so far, haven't claimed yet.",
    "Middle of the pack.",
    "Ok for what I pay.",
    "Neither good nor bad.",
    "Average service.",
    "App could be better, otherwise fine.",
]
