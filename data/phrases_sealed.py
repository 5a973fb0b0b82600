"""Phrase bank for the "sealed" inbox: a fifth, independent wording, used only once,
at the end, to measure how a detector generalises to text nobody tuned it on.

A regional US property and casualty carrier in the Midwest and South, sold
mostly through local independent agents, whose policyholders write the way
real customers do on the phone, in web and app chats, in emails, in NPS survey
comments and in Google and app-store reviews: plain, mostly ordinary sentences
of varied length, some angry, some resigned, some polite, with ordinary US
insurance words (adjuster, claims rep, agent, carrier, deductible, dec page)
and a minority of harder cases (typos, lower case, run-ons, implicit
descriptions). Written without looking at the detector or its seed corpus.
Same names and structure as the other four banks, none of their sentences;
placeholders are those listed in the demo bank's docstring.
"""

# ---------------------------------------------------------------- the insurer and the world around it

COMPANY = "Redbud Mutual"
CURRENCY = "$"
DATE_STYLE = "month_first"
POSTCODE_STYLE = "zip"
FRAGMENT_JOINER = ". "  # between sentence fragments that end without punctuation
CLAIM_REF_PREFIX = "RB-"
REGIONS = [
    "Missouri", "Kansas", "Oklahoma", "Arkansas", "Tennessee", "Kentucky", "Iowa", "Nebraska", "Indiana",
]
AGENT_NAMES = [
    "Brittany", "Cody", "Latoya", "Dustin", "Shelby", "Travis", "Keisha", "Wyatt", "Amber", "Darnell", "Crystal",
    "Jared", "Monique", "Garrett", "Tiffany", "Hector", "Misty", "Terrence", "Brooke", "Dale", "Yesenia", "Colton",
    "Renee", "Chase",
]
SURNAMES = [
    "Whitaker", "Hollis", "Dunaway", "Beasley", "McAfee", "Gutierrez", "Thibodeaux", "Pruitt", "Yoder", "Vang",
    "Jefferson", "Sandoval", "Crenshaw", "Lindqvist", "Mahoney", "Huang", "Okoro", "Stoltzfus", "Baptiste", "Harrell",
]
GENERIC_SPEAKERS = ["Representative", "Service Rep"]
BOT_SPEAKER = "Rosie"
NUMBER_WORDS = ["three", "four", "five", "six", "like four"]
VEHICLES = [
    "Chevy Silverado", "Ford Explorer", "Toyota Tacoma", "Dodge Durango", "Chevy Malibu", "Ford Escape",
    "Jeep Grand Cherokee", "Honda Accord", "Nissan Altima", "Buick Enclave", "Chrysler Pacifica", "GMC Yukon",
    "Kia Telluride", "Hyundai Santa Fe", "Chevy Tahoe", "Toyota Highlander",
]
HOME_PARTS = [
    "roof shingles", "storm cellar", "carport", "screened-in porch", "crawl space", "AC unit", "gutters",
    "detached garage", "sunroom", "master bathroom", "privacy fence", "well pump", "vinyl siding", "attic",
]
AUTO_INCIDENTS = [
    "wreck on I-70", "run-in with a deer on a county road", "hail storm", "fender bender in the Walmart parking lot",
    "stolen catalytic converter", "rock chip that spread across the windshield", "tree limb coming down on the car",
    "flash flood",
]
HOME_INCIDENTS = [
    "tornado", "bad ice storm", "frozen pipe that burst", "kitchen grease fire", "straight-line wind storm",
    "water heater leak", "burglary while we were out of town", "tree coming through the roof",
]
BROKERS = [
    "Delta Bend Insurance Agency", "Wabash Valley Insurance Agency", "Flint Hills Insurance Services",
    "Ozark Mountain Agency", "Cumberland Gap Insurance Partners", "Red River Independent Agents",
]
TOWNS = [
    "Springfield", "Tulsa", "Little Rock", "Joplin", "Wichita", "Bowling Green", "Jonesboro", "Cedar Rapids",
    "Murfreesboro", "Evansville",
]
ITEMS = ["wedding ring set", "hunting rifle", "riding mower", "iPad", "fishing kayak", "diamond earrings", "coin collection"]
RELATIVES = ["my teenager", "my stepson", "my granddaughter", "my husband", "my wife", "my oldest", "my boyfriend"]
LINE_WORDS = {
    "auto": ["auto", "car insurance"],
    "home": ["homeowners", "house"],
    "life": ["life", "term life"],
    "commercial": ["business owners", "commercial"],
    "travel": ["travel", "trip protection"],
}
TEAM_WORDS = {
    "claim": ["claims unit", "claims office"],
    "policy_change": ["policy service unit", "personal lines service team"],
    "billing": ["billing office", "receivables team"],
    "renewal": ["renewal unit", "underwriting desk"],
    "onboarding": ["new accounts team", "welcome team"],
    "general": ["customer care center", "service center"],
    "price": ["retention unit", "pricing desk"],
    "payout": ["claims disbursement team", "payments unit"],
    "staff": ["customer advocacy office", "complaints unit"],
    "outage": ["web support team", "app support desk"],
}
JOURNEY_CHANGES = {
    "claim": "Adjusters now see the online first notice of loss, with its photos and uploaded estimates, in the claim file",
    "policy_change": "Policy change requests now show the customer a confirmation page before they are submitted",
}

# ---------------------------------------------------------------- transcript scaffolding (insurer side)

CALL_GREETINGS = [
    "Thanks for calling {company}, this is {agent}. What are you calling about today?",
    "{company}, {agent} speaking, how may I help?",
    "Good morning and thank you for calling {company}. My name's {agent}.",
    "Hi, thanks for holding, you've got {agent} at {company}.",
    "{company} customer care, this is {agent}. How are you doing today?",
    "Hey there, this is {agent} with {company}. Just so you know this call is recorded for quality.",
    "Good afternoon, {company}, this is {agent}.",
    "Hi, and welcome to {company}. You're speaking with {agent}, what can I help with today?",
]
ID_CHECK_ASKS = [
    "Sure thing. Can you verify your date of birth and the zip code on the policy?",
    "Sure, we can take care of that. First I'll need your date of birth and your zip.",
    "For security, can I get the policyholder's name and date of birth?",
    "Okay, let me look you up. What's your date of birth?",
    "Before I get into the account, can you give me your zip code and birthdate?",
    "Absolutely. Can I get the policy number, or else your date of birth and zip?",
]
ID_CHECK_ANSWERS = [
    "Yeah, it's {dob}, zip {postcode}.",
    "{dob}, and the zip is {postcode}.",
    "This is {surname}, birthday's {dob}.",
    "Born {dob}. Zip {postcode}.",
    "Sure, {dob}. I'm in zip code {postcode}.",
    "{dob}. I think it's {postcode} for the zip.",
]
AGENT_GO_AHEADS = [
    "Alright, I've got your account pulled up. Tell me what's happening.",
    "Thanks, that matches what I have. What's the reason for your call?",
    "Perfect. Go ahead, I'm listening.",
    "Got it, I see everything here. What happened?",
    "Okay, your policy's up on my screen. Go ahead whenever you're ready.",
]
AGENT_EMPATHY = [
    "I'm so sorry you're dealing with this. Let me take a look.",
    "Oh gosh, I apologize. Let me see what the system shows.",
    "I totally understand why you're upset, and I apologize.",
    "I'm sorry, that's not how it should have gone. Let me take a closer look.",
    "That's frustrating, and I'm sorry. I'm pulling up the file right now.",
    "I hear you, and I apologize. Give me just a second.",
    "Thank you for walking me through that. I'm sorry, let's see if I can get it fixed.",
    "I'm sorry about all this. I'll do everything I can on my end.",
]
AGENT_TRANSFER_NOTES = [
    "I see you got transferred over to me from another department.",
    "Looks like you were transferred to me just now.",
    "I can see you've been transferred a few times today.",
    "Looks like you talked to one of my coworkers earlier.",
    "I see this call was sent over from another team.",
]
AGENT_TRANSFER_LINES = [
    "That's handled by our {team}, so I'm going to transfer you.",
    "I'll get you over to the {team}, hang on just a sec.",
    "Let me transfer you to our {team}, they'll take care of you.",
    "The {team} can do that for you. Let me transfer you, please hold.",
    "I'm going to send this over to the {team}, one second.",
    "Please stay on the line while I transfer you to the {team}.",
    "I'm not able to do that from here, but the {team} can. Transferring you now.",
    "Hold on one moment, I'm connecting you with the {team}.",
]
CUSTOMER_TRANSFER_REQUESTS = [
    "Can you transfer me to the {team}?",
    "Is this something the {team} handles?",
    "Is there somebody else who can help with this?",
    "Do I need the {team} for this instead?",
    "Can you send me to whoever does this?",
]
CUSTOMER_ACKS = ["Okay, thanks much.", "Sure.", "Alright, I'll hang on.", "Okay, no problem.", "Yeah, that's fine.", "Thanks, I'll wait."]
HANDOVER_INTROS = [
    "Hi, this is {agent2} with the {team}. I'll be helping you from here.",
    "Hey, {agent2} here in the {team}. What's going on with the account?",
    "Thanks for waiting, you've got {agent2} in the {team}.",
    "Hello, {agent2} speaking, I've picked up the call.",
    "Hi, this is {agent2}, thanks for hanging on.",
    "{agent2} with the {team}, thanks for holding.",
]
AGENT_ACKS = ["Okay, got it.", "I understand.", "Mm-hm, okay.", "Alright, I see that.", "Understood, thank you.", "Okay, I'm noting that."]
AGENT_CLOSINGS = [
    "Anything else I can do for you today?",
    "Thanks for calling {company}, you have a great day.",
    "You'll get a confirmation email in a few minutes.",
    "I've noted everything on your account. Thanks for being patient.",
    "Okay, you're all taken care of. Take care now.",
    "I'll give you a call back before end of day.",
    "Alright, thanks for calling. Bye now.",
    "You'll get a text with your reference number. Take it easy.",
]
BOT_GREETINGS = [
    "Hi, I'm Rosie, {company}'s virtual assistant. Type your question below.",
    "Welcome to the {company} help chat! What do you need help with today?",
    "Hey there! I can help with claims, billing and policy questions. What's up?",
    "Hi, you're chatting with Rosie. What brings you here today?",
    "Howdy! Tell me a little about what you need.",
]
BOT_ID_ASKS = [
    "Sure thing. Which policy number is this about?",
    "Please enter your policy number so I can pull up your account.",
    "First, I'll need your policy number or your date of birth and zip.",
    "Can you confirm your policy number for me?",
]
CHAT_ID_ANSWERS = [
    "{policy_number}", "policy # {policy_number}", "its {policy_number}", "{policy_number} i think",
    "my policy # is {policy_number}", "Policy: {policy_number}",
]
BOT_HANDOVERS = [
    "Got it. Connecting you with a live agent now.",
    "Let me bring in someone from our team for that.",
    "Hang tight, the next available rep will be with you in about {minutes} minutes.",
    "I'm passing this chat to a team member who can help.",
]
CHAT_AGENT_JOINS = [
    "Hi, this is {agent} with {company}, I'm reading back through the chat now.",
    "Hey, {agent} here. Pulling up your policy.",
    "Hi, {agent} taking over from Rosie.",
    "Hello, it's {agent}, sorry for the wait.",
    "{agent} here, I have your account open.",
    "Hi there, you're now chatting with {agent}.",
]
BOT_CLOSINGS = [
    "Need help with anything else?",
    "All done! Enjoy the rest of your day.",
    "Glad that worked out. Feel free to close this chat.",
    "That's taken care of! I'll email you a transcript of this chat.",
]
TICKET_GREETINGS = ["Hello,", "Hey,", "Hi {company},", "Good afternoon,", "Attn: Customer Service,", "To the {company} service team,"]
TICKET_SIGNOFFS = [
    "Thanks, {surname}", "- {surname}", "Sincerely, {surname}", "Sent from my Galaxy",
    "Please call me back at the number on my account.", "Waiting to hear back.", "thx", "Appreciate it, {surname}",
]

# ---------------------------------------------------------------- complaints: handoffs (>= 25 per pattern)

COMPLAINT_OPENERS = [
    "Yes, hi, I need to file a complaint.",
    "Yeah, hi, it's my {line} claim again and I'm not a happy camper.",
    "Hey, I've got a problem with my {line} policy I need to talk about.",
    "Hi. I'm pretty upset and I need somebody to help me out.",
    "I'd like this written up as a formal complaint.",
    "Hi. It's about my {line} policy with y'all, and it's not a fun call today.",
    "Hi, I've been going back and forth on this for weeks.",
    "Sorry, I'm just really frustrated with y'all right now.",
    "Who handles complaints over there?",
    "Hi, this is my third time reaching out about this.",
]

HANDOFF_COMPLAINTS = {
    "claim_form_to_advisor": [
        "Your site said filing online would speed things up. Instead the claims rep who phoned had a blank file and I gave my statement from the top.",
        "I uploaded the police report, the tow receipt and {photos} photos when I filed online. Your adjuster then emailed me asking for the police report, the tow receipt and photos.",
        "Please explain why claims filed on your website don't show up for your adjusters. I was asked for the date of loss, the other driver's info and pictures, all of which I entered online on {date}.",
        "I attached the repair estimate for {amount} to my online claim. The adjuster said there was no estimate on file and asked me to get the shop to send it over.",
        "I was told on the phone to file online instead of waiting on hold. So I did, and the adjuster who called back had none of what I filed. Should've just stayed on hold.",
        "I did what your email said and filed online with pictures and the other driver's insurance info. The claims rep still needed me to send all of that because it wasn't in her system.",
        "Adjuster asked me for photos of the {vehicle}. I uploaded them with the online claim on day one. He says online uploads don't come over to his side. Great.",
        "Reported the {incident} on your website at 11 pm the night it happened, pictures and all. Next afternoon the adjuster rings me up and his screen shows my name, my policy and nothing else. Started from square zero.",
        "What is the online claim portal even connected to? Not my adjuster, apparently. She asked for the date, the location and the damage, every bit of which went into the portal.",
        "The claims website had me upload {photos} photos, the tow yard receipt and the other driver's card. Adjuster phoned me wanting to know whether there were photos and who insured the other driver. Yes. They're uploaded.",
        "I used your online claim thing so I wouldn't have to sit on hold. Big mistake. The adjuster who phoned had zip, and the call took longer than if I'd just called in to begin with.",
        "filed online w/ pictures of the {home_part} on {date}, adjuster called 3 days later and couldnt pull up a single picture. had to text him every one of them",
        "Please tell your adjusters to read the online claims. Mine wanted the {incident} described step by step, which I had already done in writing on the claim form.",
        "Your website said 'Claim received, an adjuster will contact you.' The adjuster did contact me, to ask me everything the website had already asked. Not a word of my submission was there.",
        "I'm a nurse and I work nights. I filed my claim online specifically so I wouldn't need a long phone call. The adjuster couldn't see my online claim and we ended up on a 45 minute call anyway.",
        "Submitted the loss online including the contractor's estimate for {amount}. Desk adjuster emails me two days later: 'please send a contractor estimate.' I sent it. Online. Two days ago.",
        "The online claim form wanted a description, a diagram of where the cars were and photos. I did all three. Then the claims rep got on the phone and needed me to describe where the cars were.",
        "5 stars for the claim website, 1 star for the adjuster who had never seen what I put on it. Repeated it all by phone.",
        "filed my claim online like a responsible adult and the adjuster treated me like i never reported anything. had to tell the whole {incident} over",
        "Your adjuster asked me to email the pictures of my {vehicle} because the ones from the online claim 'don't transfer over.' Why build a website that doesn't talk to your own adjusters?",
        "The claim I entered online went into a black hole. Adjuster called, I read him my own claim description off my laptop.",
        "My mother is 80 and I filed her claim online for her with every picture of the water damage. The adjuster called her directly, had nothing, and grilled her on details she didn't remember.",
        "Online claim on Saturday, adjuster on Tuesday, and in between everything I submitted vanished. He took a fresh statement like it was day one.",
        "I put the police report number and the tow bill in through the claim portal. Adjuster's first question was, do you have a police report number?",
        "They make you fill in the online claim before you can get an adjuster, then the adjuster can't see it. So you do it twice. Brilliant.",
        "When the adjuster called about the {incident} she told me all she could see was a one line summary from the web claim. Everything else I wrote and every picture was missing, so round two of explaining, plus re-sending the pictures.",
        "Spent an evening putting my claim together online, receipts, pictures, the works. The claims rep who got it couldn't open the attachments and asked me to mail copies. Mail!",
        "It would save everyone time if the adjuster could see the online claim. Mine couldn't, so I answered the same 20 questions out loud.",
        "I reported the hail damage online with pictures of every dent. The adjuster who scheduled the inspection asked me how many dents and where. You have pictures!",
        "I did the web claim with my estimate and photos on {date}. When the adjuster finally called he said 'I don't see any attachments, so walk me through the accident.' Unbelievable.",
        "filed claim {ref} online. adjuster has no photos no description no nothing. how is it on me to do all this twice",
    ],
    "claim_advisor_to_advisor": [
        "My claim has been handed to a new adjuster {times} times now and every one of them starts by asking me what happened. Doesn't anybody keep notes?",
        "Field adjuster came out and looked at the {home_part}, then my claim went to a desk adjuster who had no idea anybody had been out. Now she wants to send someone else.",
        "Got transferred three times inside your claims department today and the last person didn't even know why I was calling. Told it all a third time.",
        "The first adjuster said she'd pass my file to the property specialist with all her notes. The specialist called me and didn't have a single note.",
        "My file got sent to a different office and the new adjuster asked for the {amount} invoice I emailed {weeks} weeks ago.",
        "Talked to {agent} last week and she had everything handled. This week it's somebody else who doesn't know about the estimates I sent or what {agent} promised me.",
        "Every time my claim moves to another person at {company}, the history stays behind and I'm the one who has to fill them in.",
        "The CAT adjuster who came out after the {incident} was great. Then the claim got handed to an in-house adjuster who didn't have his report and wanted to send another inspector.",
        "First adjuster okayed the rental. Second adjuster cancelled it because 'there's no approval in the notes.' I had the email from the first one.",
        "My claim has bounced between {times} adjusters. Each one calls to 'introduce themselves' and then asks me to tell them what happened. {weeks} weeks of this.",
        "The liability adjuster and the property damage adjuster on my claim obviously don't talk. I gave the same recorded statement to both.",
        "Called in about my claim, got bounced to another adjuster mid-call, and she had to ask me what claim and what happened. The guy before her had it right in front of him.",
        "My adjuster went out on leave and my claim got parked with somebody new. New person didn't know the contractor had already been approved and asked for a fresh estimate.",
        "After the claim was moved to the total loss team, they asked me for my title, my payoff and where the car was. I gave every bit of that to the first adjuster the day of the wreck.",
        "Third adjuster on my roof claim. None of them read the prior notes. Every call starts with me explaining the storm, the leak and the tarp.",
        "The supplement for the extra damage was approved by my old adjuster. My new adjuster has no record of any supplement and the roofer is sitting on his hands.",
        "Why does my claim start over every time someone new picks it up? I keep repeating the {incident} to strangers.",
        "Got handed from the desk adjuster to a field adjuster to a supervisor in one week. Told the same story all three times.",
        "new claims rep again, third one this month. she had no clue the rental was already extended. had to go back thru everything",
        "My claim got reassigned overnight. The new adjuster left me a voicemail asking me to 'call and walk me through your loss.' I've walked three people through it already.",
        "The injury adjuster I got passed to didn't have the medical records the first adjuster collected, so I'm chasing my doctor for copies again.",
        "Adjuster #1 told me depreciation would be released after repairs. Adjuster #2, who inherited the claim, says she doesn't see that and I should send all the invoices again.",
        "Nobody on your claims side ever passes the baton. Every new adjuster on my claim starts from nothing.",
        "They transferred my claim to a commercial adjuster and he wanted our lease, payroll figures and the whole timeline of the fire. Our first adjuster had every bit of it.",
        "Was supposed to be a quick handoff to the glass unit. The glass person had no notes and I repeated which window, which car, and how it broke.",
        "I've explained my claim to {agent}, then to her supervisor, then to some guy in total loss. Same questions from all three. Write it down!",
        "The adjuster who inspected my {home_part} retired. His replacement says the inspection photos aren't in the file and is sending someone back out.",
        "Honestly I'd be fine with a new adjuster if they read the file first. Mine didn't, and asked me to re-send the same {photos} pictures.",
        "When they escalated my claim, the senior adjuster called me cold and had to be caught up on everything by me.",
        "four adjusters in two months on one fender bender. every single one asks for the police report. you have it",
        "They pulled my claim from my adjuster and gave it to a specialist. The specialist asked me questions my first adjuster asked on day one.",
    ],
    "policy_change_chat_to_phone": [
        "Why does your chat send people to the phone line if the phone reps can't see what we said in the chat? Gave the same info twice.",
        "The chat took all the info on my new {vehicle}, VIN and everything, then said please call us. The phone rep asked for the VIN and everything.",
        "Your chat assistant asked me ten questions about my new driver and then gave me a phone number. Phone agent asked me the same ten questions.",
        "It would be nice if the chat actually passed my request to somebody. Instead I got a phone number, and the person who answered needed me to explain the change start to finish.",
        "The chat on your site said it can't remove a driver and listed a number I should call. The woman on the line had no clue I'd been chatting and I started over with the driver's name, license and everything.",
        "Rosie the chat bot took my new address, my garaging zip and my move date, and then said I'd need to call. Phone rep wanted my new address, garaging zip and move date.",
        "why does the chat ask me 15 questions if the phone people can't see them? chat told me call, called, answered them all over",
        "Live chat agent worked on my vehicle swap with me for twenty minutes, then said underwriting needs a phone call. The underwriting guy couldn't pull up the chat, so we did the swap from the top.",
        "I'm hard of hearing and use chat on purpose. When your chat made me call anyway, the rep couldn't see what I'd typed and I struggled through the whole change out loud.",
        "I used the chat to get my {item} scheduled on my homeowners with the appraisal amount and everything. Chat said someone would need to call. Nobody who called had seen the chat or the appraisal.",
        "Had a transcript of my chat emailed to me, which was lucky, because the phone rep I got sent to couldn't see it, so I read the whole transcript back to her.",
        "Chat gave up on my address change halfway and handed me the 1-800 number. The phone guy didn't know a chat had happened.",
        "I typed my teenager's license number, the car she'd be driving and her good student info into the chat. Chat said phone us. Phone: 'okay, who are we adding?'",
        "I wanted to drop collision on my old truck. Chat couldn't, said call in. The rep who answered had no record and asked which vehicle, which coverage, and why. Same answers as in the chat.",
        "Your chat should just say 'call us' at the start instead of collecting everything and then sending you to phone reps who can't see any of it.",
        "Changing a lienholder shouldn't take two contacts. I did it in chat, got told to phone, and gave the bank info all over to a rep who couldn't find my chat.",
        "chat -> phone -> start over. happens whenever I change anything on my policy",
        "Spent my whole break in the chat adding my boyfriend as a driver. Then it told me call in. The phone lady had nothing and my break was over before we finished.",
        "The chat person even said 'I'll note all this so you won't have to repeat it.' I repeated all of it on the phone.",
        "Please link the chat to your phone reps. I changed my mailing address in chat, got sent to the phone to confirm it, and the rep wanted my new mailing address.",
        "I'm honestly confused what the chat is for. It took my policy change request then sent me to call, and whoever picked up the phone never saw the request.",
        "Chat rep said to call the policy service line to finish increasing my dwelling coverage. Policy service had no idea what I was talking about, so the remodel and the new value got explained a second time.",
        "Adding my stepson in the chat took twenty minutes, then it said to call. On the call, the rep needed his birthday, license and the car again from scratch.",
        "I gave the chat my new car's VIN, lienholder and the date I bought it. Chat then kicked me to a phone number. The phone agent asked for the VIN, the lienholder and the date I bought it.",
        "When the chat said 'call us to complete this change' I assumed the call center would know what change. They didn't.",
        "was updating my policy thru chat and got told to call. phone guy had zero record of the chat, i repeated the whole change, took an hour total",
        "The chat window and the phone line might as well be two companies that don't talk. I explained my address change in both.",
        "Got 90% of a coverage change done in chat before being told to phone. Once I called, it was 0% done.",
        "Chat said they'd send my request over to the phone team. Nothing got sent, and I laid it all out again when I called.",
        "I started a change on the app chat because I can't call from work. Chat said it had to be by phone. Called on my lunch and the rep couldn't see the chat. Did the whole change again sitting in my car.",
        "Phone rep wanted me to 'start from the beginning' about a change I had already laid out in your chat an hour before.",
    ],
    "broker_to_insurer": [
        "Everything my agent sent you about our business claim never made it to your claims department. I had to lay out the whole loss again.",
        "Why can't your adjusters see what my agent sends in? I had to forward my agent's emails to your adjuster myself.",
        "Our farm policy is through {broker}. Anytime they send {company} something, your side acts like it never got it and I end up giving the details over the phone myself.",
        "I pay my agent to deal with you for me, and your adjuster still called me directly and had me go over the whole claim because the agent's notes weren't in your system.",
        "My agent handed my claim to {company} and it was like hitting reset. None of what the agent sent over was in the file and the adjuster needed it all from me.",
        "my insurance agent filed the claim for me, then your adjuster calls asking me what happened like the agent never sent anything. I'm lost on who to even talk to",
        "My independent agent turned in my claim the morning after the {incident}. Your adjuster called me that week with none of what my agent submitted and I had to go over everything.",
        "I've got an agent in town for a reason. But every time she sends {company} something, your people call me and ask for it again.",
        "Our agency emailed you the photos and the roofer's estimate. Your adjuster called me asking for photos and an estimate. Does anyone at {company} open the agency's emails?",
        "The change my agent sent in on {date} never showed up at {company}. When I called, the rep had no record and I gave the whole thing to her myself.",
        "Went through {broker} like always. They reported my claim and sent everything. Your claims office acted like it was news and I repeated every detail.",
        "My agent swears she sent the new driver info weeks ago. {company} claims they never got a thing. So I read off the driver's details again on the phone.",
        "I've used {broker} for {years} years. This is the first carrier where whatever they send in gets lost and I end up doing the explaining.",
        "my agent put in the claim with pics and everything. your adjuster calls me like it's brand new. i had to send all the pics myself",
        "Local agent filed my claim, carrier adjuster had none of it. Classic.",
        "Your underwriter called to ask me about the endorsement my agent requested. I told her my agent already sent the details in writing. She didn't have them, so I covered it all with her.",
        "The agent I bought this policy through sent in my business claim with the inventory list. Your adjuster never got the list and I had to rebuild it from memory.",
        "I'm caught in the middle between my agent and {company}. The agent says it was submitted, your side says it's not there, and I'm the one repeating everything.",
        "Why do I have an agent if your claims people don't look at what the agent sends in? I had to retell my claim to your adjuster from the first day.",
        "My agent called in my claim with every detail. The adjuster who called me knew only my name and the date of loss. I had to fill her in on everything else.",
        "The agency sent over the certificate request for our contracting business. {company} said nothing came in, so I spelled out what we need from scratch.",
        "Told my agent everything about the {incident} while it was fresh. By the time {company}'s adjuster called me, none of it had made it over and I was trying to remember details from weeks ago.",
        "My agent's office added the new truck to our farm policy. When I called {company} to get ID cards, the rep had no idea there was a new truck and took all the info from me.",
        "Between {broker} and {company} my claim info just evaporated. The adjuster had no idea it was even a water claim.",
        "Why is my agent's paperwork not in your system? Your rep asked me for the same forms my agent sent in on {date}.",
        "We went through our agent so she could handle it for us. Turned out {company} never got what she sent, so we ended up doing it ourselves anyway.",
        "agent sent u everything. u lost it. now im the one explaining my claim. whats the point of an agent",
        "The claim was reported through my agent with the police report. Your adjuster phoned asking for the police report and my version of events, both of which the agent already sent.",
        "My agent is great, {company} isn't. Whatever she sends doesn't get to your claims staff and I'm stuck repeating myself.",
        "Agency sent you the signed forms for my coverage change. Your service rep had no forms and wanted me to answer all the same questions on the phone.",
        "Claims told me they 'don't see anything from the agent' and I'd have to explain the loss from the start. My agent sent it the same day.",
    ],
    "renewal_spike_app_to_phone": [
        "Went to renew through the {company} mobile app and got an error with a 1-800 number. The rep who picked up saw none of my entries, so we rebuilt my renewal from nothing.",
        "Why does my renewal have to be done twice? Once on my phone in your mobile app, and once again with a rep who can't see the mobile app.",
        "The renewal screen on your app froze and said to contact customer service. Customer service didn't have my updated mileage or the new driver I added, so I gave it all over.",
        "I changed my garaging address and added my teenager in the app at renewal. Then the app had me dial customer service. The rep asked me for the garaging address and my teenager's info.",
        "Your app's renewal flow is a trap. It collects everything, errors out, tells you to phone, and then a rep starts you at question one.",
        "Mobile app renewal crashed with 'please contact us.' Contacted you, and the rep had zip from the app. Renewed my policy over the phone starting at square one.",
        "renewing on my phone with yalls app and it says call. ok called. lady cant see anything i did. so i did it again with her. dumb",
        "This week's app renewal was a mess. It punted me to a phone number and the rep couldn't see my new coverage choices.",
        "Renewal reminder said 'renew in the app in two minutes.' Two minutes in, the app said call us. On the call, nobody could see those two minutes of work, so I did it again.",
        "I picked higher liability limits in the app during renewal. Got the 'call to complete' message. Rep on the phone had my old limits and no idea I changed anything.",
        "The app took my new vehicle info for the renewal and then said to call. The agent I reached had the old vehicle and couldn't see the new one I entered.",
        "Can somebody fix app renewals? It sends you off to call, and reps can't see your app session, so everybody's renewing twice.",
        "My wife did our renewal on her phone and it told her to call. I called and the rep couldn't see anything my wife had done, so I did it again with the rep.",
        "I took photos of my new license in the app while renewing. App error, call us. Rep asks me to email a copy of my license.",
        "Called because the app claimed my renewal couldn't be completed online. Rep couldn't see the app renewal at all and we redid it.",
        "Renewal in app, error, call, rep can't see app, redo renewal. Fun Saturday.",
        "I like doing things in the app to avoid calling. Except the app renewal made me call anyway, and the call center couldn't see any of what I'd done.",
        "The app showed me a renewal price and a button to accept, then an error saying phone us. The phone rep had a different price and none of my changes.",
        "I updated my mileage, my address and dropped a car during the app renewal. Phone rep after the error: 'So are there any changes this term?' Yes, three, all in your app.",
        "app renewal glitched and said call customer service. called and they had none of my updates from the app. ended up spending 40 min on the phone redoing it",
        "Two stars. Nice app until renewal time, when it sends you to a phone rep who can't see anything you entered.",
        "I'm guessing lots of people are calling about app renewals this week. I waited {minutes} minutes to tell the rep what was already sitting in the app.",
        "The app had me upload proof of my good student discount during renewal, then errored out and sent me to call. Rep: 'Do you have proof of the good student discount?'",
        "Renewed in the app, or thought I did, until it said phone in. The rep said the app renewal never came through to her side and took my renewal by phone instead.",
        "Please tell your app team and your phone team to talk to each other. My app renewal got kicked to the phones and your phone team had none of it.",
        "I confirmed my drivers and vehicles in the app at renewal and then it kicked me to the call center. Call center asked me to confirm my drivers and vehicles.",
        "{minutes} minutes in your app on my renewal, then told to call, then {minutes2} minutes with a rep re-entering it. I could've just called from the start.",
        "Your renewal notice pushes the app. The app pushes the phone. The phone rep can't see the app. I repeated my renewal changes to her line by line.",
        "When I hit 'renew' in the app it said an agent needed to finish the renewal by phone. The agent couldn't see my app answers so we did it over.",
        "The app lost my renewal halfway, said call the service center, and the service center had nothing I'd put in. Did the renewal twice.",
        "Renewing {renewal_date}. App stopped me before the end and said to call. The rep couldn't see the app changes, so I listed them all again.",
    ],
    "onboarding_small": [
        "I got a quote and bought the policy on your website, uploaded my license and my old dec page. The agent who called to finish setting me up asked me to email my license and dec page.",
        "Took me 30+ minutes to apply online. Then a licensed agent called and we went through every question a second time.",
        "Bought the policy online Sunday night. Monday a woman from new accounts called to 'verify a few things' and it turned into the entire application again because she couldn't see what I submitted.",
        "Not the start I was hoping for. Nothing I entered during the online sign-up showed up for the agent who called to finalize my coverage.",
        "The welcome call was basically a second application. The agent had nothing from what I did online.",
        "Switched to {company} on your website and was told an agent would call to wrap things up. She asked for my VIN, my address and my bank info, which I'd already entered online.",
        "The site said 'an agent will reach out to complete your application.' The agent reached out and wanted to do the whole application. Again.",
        "I'm new and I've given my details twice already, once on the website and once to the agent who called, since she couldn't see them.",
        "bought it online on {date}. next day an agent calls me and he's got nothing, not even my car. redid the app over the phone. was about ready to cancel",
        "Applied online for a business owners policy. The agent who called needed our FEIN, our annual revenue and the number of employees, every bit of which was on the application.",
        "Honestly the online sign-up is pointless if an agent has to redo it with you on the phone a day later.",
        "Got my quote and bought the policy through the website, then new accounts called to verify and had nothing I'd entered. We went through the application over the phone question by question.",
        "The welcome call from your agent was basically 'let's start your application.' I already did, online, the night before.",
        "I uploaded my declarations page from my old carrier at online sign-up so you'd match my coverage. The agent who called asked what coverage I had before.",
        "signed up online, uploaded my license + old insurance. agent called next day, had neither, wants both sent again",
        "Bought my first {company} policy online on {date}. Agent called to 'finish up' and the online application wasn't on her screen, so I repeated all of it.",
        "New customer, first contact with a real person, and she had nothing I gave your website. Great first impression.",
        "When I switched over online I listed both drivers and both cars. The agent who called to finalize only had me and asked me about every driver and car again.",
        "I filled in every question about our house online, roof age, square footage, the storm shelter. Then the agent called and asked every one of them.",
        "I'm new to {company} and already annoyed. I did the whole application online and the agent who called needed me to give it to her again because nothing came through.",
        "The online application said I'd get a call to finalize. The call was fine except she couldn't see my application, so it took an hour.",
        "Online sign-up for our business owners policy, then an agent calls needing our payroll, square footage and the type of business. All on the application.",
        "I did everything online because I hate phone calls. Then I had to get on the phone anyway to redo it with an agent who couldn't see my online info.",
        "i bought the policy online and uploaded pictures of the house like it asked. the agent who called asked me to send pictures of the house",
        "The agent doing my welcome call at {company} asked me which car I was insuring. I told your website that the day before.",
        "Everything from signing up online was missing on the agent's end. She had to re-enter my household and my vehicles while I waited.",
        "I finished the online application and e-signed it. Then the agent called and said there was no application and we'd need to start fresh.",
        "The agent who called after I joined online asked for my prior insurance info and my driver's license number. Both were in my online application.",
        "Apply online, they said. Then an agent will 'review it with you.' She had nothing to review, so she just took my application over again.",
        "What I did online to sign up never reached whoever called me next. Had to redo it with her by phone.",
        "I switched carriers for the first time in {years} years and did it all online. The follow-up call from the agent was a do-over of the whole application.",
    ],
}
HANDOFF_TICKET_SUBJECTS = {
    "claim_form_to_advisor": [
        "Online claim submitted - adjuster has no info", "Claim {ref}: resending photos I already uploaded",
        "Filed online, had to give statement again by phone", "Adjuster can't see my online claim",
        "Uploads missing from my claim", "Why file online if nobody sees it?",
    ],
    "claim_advisor_to_advisor": [
        "Another new adjuster, no notes", "Claim {ref} reassigned again", "Repeating my claim to every adjuster",
        "Please assign one adjuster to my claim", "Claim file not passed along", "Escalated claim - started from zero",
    ],
    "policy_change_chat_to_phone": [
        "Chat said call in, phone rep couldn't see chat", "Policy change - gave info twice",
        "Phone rep can't see chat history", "Address change done in chat AND on phone", "Chat and phone not connected",
    ],
    "broker_to_insurer": [
        "Info from my agent never reached you", "My agent sent it all in - why am I resending?",
        "Claim through {broker} - no details on your end", "Agency and carrier not communicating",
        "Endorsement sent by my agent missing",
    ],
    "renewal_spike_app_to_phone": [
        "App renewal stalled, phone rep had nothing", "Renewal info didn't carry from app to phone",
        "Had to redo my renewal over the phone", "App renewal error - call center can't see it", "Renewing twice?",
    ],
    "onboarding_small": [
        "New policy - agent didn't have my application", "Online sign-up had to be redone by phone",
        "Docs I uploaded when signing up are missing", "Applied online, agent had nothing", "Welcome call repeated my application",
    ],
}

# ---------------------------------------------------------------- complaints: not about handoffs (>= 15 each)

OTHER_COMPLAINTS = {
    "price": [
        "Auto renewal is up {pct}%. No accidents, no tickets, nothing. Somebody explain that.",
        "Renewal for the house came in at {amount}. Nothing changed except the price.",
        "Been a policyholder {years} years and I get punished with a higher rate every single renewal.",
        "Shopped it around and another carrier beat you by a mile for identical coverage. Your renewal price is out of line.",
        "Groceries are up, gas is up, and now my insurance is up {pct}%. Something's got to give.",
        "How does an older truck that's worth less cost more to insure this year?",
        "Our renewal jumped and we didn't change one thing on the policy.",
        "The renewal letter just shows a higher premium with zero explanation. I want to know why.",
        "We're retired, living on Social Security, and this increase is more than we can handle.",
        "rate went up again. no claims in 10 yrs. ridiculous",
        "Your own website quoted me less as a new customer than I'm paying at renewal. Makes no sense to stay loyal.",
        "I can't justify {amount} a year for this policy. Time to shop around.",
        "Every single year I have to call and fight to get my rate back down. It shouldn't work that way.",
        "Raising my premium this much in one year is way beyond inflation.",
        "My agent said the rate would stay flat if I stayed claim-free. It went up {pct}% anyway.",
        "Homeowners went up because of 'hail exposure' in our county. We've never filed a hail claim.",
        "Between the deductible going up and the premium going up, I'm paying more for less coverage.",
    ],
    "payout": [
        "Approval came through {weeks} weeks back. Check still hasn't.",
        "It's been {days} days waiting on my payment. Every call it's 'still processing.'",
        "The body shop is holding my car hostage till y'all cut them a check. How much longer?",
        "Claim approved on {date}. Still no direct deposit.",
        "Meanwhile {amount} is sitting on my credit card racking up interest because my claim payment never shows.",
        "If my claim is approved then why is the money taking forever?",
        "The contractor won't touch the {home_part} without your money in hand, and it's been weeks.",
        "Settlement check was supposed to take a week, tops. That was over a month ago.",
        "where is my claim money. please just pay it",
        "Been bumming rides to my job for weeks since the {vehicle} settlement is taking so long.",
        "You keep saying the check was mailed. It hasn't shown up, and nobody will reissue it.",
        "Approving my claim took a week. Paying it is going on two months.",
        "That payout is what I need to replace my {item}. Pay what you owe.",
        "Approved, unpaid, and nobody returns my calls about it. Pretty sad.",
        "I signed the proof of loss {weeks} weeks ago and haven't seen a dime.",
        "Your claim payments are painfully slow. Still waiting on money for the {incident}.",
        "The check was supposed to go out {date}. It didn't, and now the mortgage company is asking me where it is.",
    ],
    "staff": [
        "The rep I got was flat out rude and kept cutting me off before I could finish.",
        "Your phone rep just disconnected on me in the middle of talking. Twice.",
        "The adjuster who came out acted like I torched my own garage. Treated me like a criminal.",
        "I got talked down to like I was a kid. I'm 58 years old.",
        "The woman who answered huffed and puffed the whole call like I was ruining her day.",
        "Wanted a supervisor, got told 'there's no one available,' and then the line went dead.",
        "I could hear the rep laughing with someone else while I was explaining that my car was totaled.",
        "Your rep got smart-mouthed when I asked a simple deductible question.",
        "Instead of answering my question he told me to go read my policy. Very unprofessional.",
        "worst attitude ive ever dealt with on a phone call. your rep should not be in customer service",
        "The claims rep yelled at me. I have never been spoken to like that by a business.",
        "Your employee basically said I made up the {incident}. I was in tears.",
        "{agent} couldn't have cared less about helping me.",
        "Your chat person ignored what I asked and closed the chat on me.",
        "I want to report the way I was treated by one of your reps on {date}.",
        "We had just been robbed and the person I talked to couldn't show one ounce of sympathy.",
        "The adjuster was two hours late, rude to my husband, and left without telling us anything.",
    ],
    "outage": [
        "Your app hasn't loaded since Tuesday. No ID cards, no nothing.",
        "Every login attempt on the website ends in an error.",
        "Can't pay my bill online, the payment page just spins.",
        "The app closes itself the second I open it.",
        "I needed my declarations page for the mortgage company and your site was dead all day.",
        "Since the last update the app rejects my password, even one I reset five minutes earlier.",
        "The verification code text never shows up, so logging in is impossible.",
        "Your online account has been down since {date}.",
        "app down again?? come on",
        "Tapped on ID cards in the app and got a blank white screen.",
        "The site has said 'down for maintenance' for two straight days.",
        "Trying to update my bank info online gives me an error every single time.",
        "The app kicks me out every few seconds. Can't do anything in it.",
        "Got pulled over and had nothing to show the officer because your app wouldn't open.",
        "Website's down, app's down, and there's no word on when they'll be back.",
        "All week your site has failed every time I hit submit on the same form.",
        "The app shows a spinning wheel and then an error code 503 whenever I try to look at my claims.",
    ],
    "billing": [
        "You charged my card twice for the same month.",
        "The autopay amount doesn't match what I signed up for.",
        "I canceled my homeowners in March and you're still drafting my account.",
        "Mystery {small_amount} charge from {company} showed up on my checking account. What is it?",
        "Autopay came out three days early and my bank hit me with an overdraft fee.",
        "You ran the expired card ending {last4} after I put a new card on file.",
        "I got a late fee on a payment I made early.",
        "Still waiting on the refund you promised when I canceled.",
        "My monthly payment changed and nobody told me.",
        "double charged again. want my money back today",
        "My dec page says one premium but you draft {small_amount} more than that every month.",
        "The {vehicle} I sold in the spring is still on my bill.",
        "I paid the six-month premium in full and you're still pulling monthly payments.",
        "You took {amount} out of my checking account instead of my normal payment. Fix it.",
        "There's an installment fee on my bill that nobody ever mentioned.",
        "Your bill says I'm past due. My bank records say otherwise, every payment cleared.",
        "I'm being charged for rental reimbursement I never added.",
    ],
}
OTHER_TICKET_SUBJECTS = {
    "price": ["Rate increase at renewal", "Premium up {pct}%", "Renewal price too high", "Why did my rate go up?", "Loyal customer, higher rate"],
    "payout": ["Claim check not received", "Claim {ref} approved, not paid", "When will I get paid?", "Settlement still pending", "Slow payout"],
    "staff": ["Complaint about a rep", "Rude representative", "Rep hung up on me", "Adjuster behavior", "How I was treated"],
    "outage": ["App won't load", "Website error", "Login problem", "Site down", "Verification code not coming"],
    "billing": ["Double charge", "Autopay took wrong amount", "Charged after canceling", "Charge I don't recognize", "Refund still pending"],
}
TRANSFERRED_BUT_NOT_CONTEXT = {
    "price": [
        "My call got moved to the retention people, and she had my renewal pulled up already, but she couldn't knock a dollar off.",
        "Transferred to a supervisor. She knew the whole situation, pulled up the rating worksheet, and basically said the {pct}% increase is how it is.",
        "The transfer to retention got me a whole $30 off. Still a ridiculous premium.",
        "Once they transferred me, the second rep could see the competing quote I'd mentioned. He still wouldn't come close to it.",
        "The underwriter who picked up after the transfer was polite and had everything in front of her. Didn't matter, the renewal stays at {amount}.",
        "Ended up transferred to a loyalty rep who listened and checked my discounts. Still paying way more than last year.",
        "Had the rep transfer me up to a manager. He read the notes and agreed the jump is a lot, then told me rates are filed with the state and he can't change them.",
        "Got bounced over to a pricing specialist who looked at every discount on my account. Nice guy, same awful price.",
    ],
    "payout": [
        "They transferred me to claims payments and the lady had my claim right there on her screen. She still couldn't tell me when the check goes out.",
        "After I got transferred the new rep knew which claim I meant and everything about it, but said payment could be another {weeks} weeks.",
        "Got sent over to the disbursement team. They said the funds are still on hold on their side.",
        "The supervisor I was transferred to apologized for the wait and clearly knew my file. My bank balance says otherwise.",
        "Transferred to accounting, who told me it's 'queued for release.' Whatever that means, it's not in my bank.",
        "Whoever they sent my call to was nice and had all my info, but my payout is still stuck.",
        "Call got transferred over to payments, and they can see the approval from {date}. So where's the money?",
        "After the transfer I finally talked to someone who could see the payment status. It says pending, same as two weeks ago.",
    ],
    "staff": [
        "Demanded a supervisor, got transferred, and she was nastier than the first rep.",
        "Once the transfer went through, rep number two kept talking over me and rushing me.",
        "Got transferred to your complaints line and the person there couldn't have sounded more bored.",
        "The manager on the transfer knew my whole situation from the notes. Condescending from the first minute to the last anyway.",
        "Transferred to a second rep who was even more impatient than the first. Kept saying 'ma'am, ma'am' and cutting me off.",
        "Transferred over to some other department, and the guy there was rude from hello.",
        "The supervisor I got after the transfer told me I was 'overreacting.' That's not how you talk to a customer.",
        "Customer advocacy, where my call got transferred, was a joke. That lady was snotty and made me feel dumb.",
    ],
    "outage": [
        "Got transferred over to web support, and they admitted the whole login system has been down since yesterday.",
        "The tech I was transferred to had no trouble pulling my account up on his end. The app on my end still won't open.",
        "Call got transferred to your help desk, who walked me through clearing my cache. Didn't fix anything, the site's still throwing errors.",
        "After they moved me over to IT, I found out the website outage is a 'known issue.' Doesn't help me print my ID cards.",
        "Getting transferred to the tech guy was quick and he was pleasant enough, but the payment page is still broken.",
        "Transferred to online support and the answer was 'try again in a few hours.' I've been trying for two days.",
        "Transferred to the app support desk. They already knew about the crash. It's still crashing.",
        "After a transfer to IT, the lady said the system is being upgraded this week and there's no workaround.",
    ],
    "billing": [
        "They transferred me to billing and the rep confirmed I got charged twice. Refund takes 7 to 10 business days, apparently.",
        "Billing picked up after the transfer and spotted the wrong autopay amount right away. It's still not fixed.",
        "Got transferred to accounts receivable and they agreed the late fee was your mistake but couldn't take it off today.",
        "After the transfer I learned you've been drafting the wrong amount since January.",
        "Transferred to billing, and yes, they agree I'm being charged on a policy I canceled. No refund yet.",
        "The rep they transferred me to pulled up my account and saw the double draft. Said the money will come back 'eventually.'",
        "The billing office, after my transfer, admitted the installment fee shouldn't be there, but it's still on my bill.",
        "Once I got transferred to billing the rep saw the problem in about ten seconds. The charge is still on my card.",
    ],
}
VAGUE_COMPLAINTS = [
    "Horrible service.",
    "Worst carrier I've ever had.",
    "So disappointed.",
    "Not happy with {company}, period.",
    "Awful from beginning to end.",
    "I wouldn't recommend them to my worst enemy.",
    "Pathetic.",
    "Just terrible all around.",
    "What a mess.",
    "Absolutely the worst.",
    "Very unhappy customer.",
    "Stay far away.",
    "Useless company.",
    "Bad, bad experience.",
    "Never again.",
    "{company} should be embarrassed.",
    "One star is too generous.",
    "yall are the worst",
    "Nothing but headaches with this company.",
    "Disappointed doesn't even cover it.",
]
VAGUE_TICKET_SUBJECTS = ["Complaint", "Unhappy customer", "Terrible service", "Very dissatisfied", "Feedback - negative", "Not happy"]
COMPLAINT_CLOSERS = [
    "I'm about ready to switch carriers.",
    "Can someone please call me back?",
    "I need this fixed before Friday, not next month.",
    "If this doesn't get fixed I'm calling the state insurance department.",
    "Please fix it.",
    "{years} years I've been with you, and this is what I get?",
    "I'll be posting about this on Google.",
    "I want a response in writing.",
    "Please escalate this to a supervisor.",
    "I'm thinking about moving all my policies somewhere else.",
    "just fix it pls",
    "Somebody needs to own this.",
    "I'm worn out.",
]
CONTEXT_DETAILS = {
    "claim": [
        "Claim number is {ref}.", "This was the {incident} on {date}.", "The vehicle is a {vehicle}.",
        "It's the {home_part} that got hit.", "The estimate was {amount}.",
    ],
    "policy_change": [
        "All I want is to add {relative} as a driver.", "Our move to {town} was {date}.", "The new vehicle is a {vehicle}.",
        "I wanted my deductible moved to {deductible}.", "This is on my {line} policy.",
    ],
    "renewal": [
        "It renews {renewal_date}.", "The renewal came in at {amount}.", "It's for my {line} coverage.",
        "I've had this policy {years} years.", "The renewal notice showed up {date}.",
    ],
    "onboarding": [
        "I signed up {date}.", "I just started a {line} policy with you.", "I came over to {company} from another carrier.",
        "Coverage started {date}.", "I'm a new policyholder.",
    ],
    "billing": [
        "It's the card ending {last4}.", "The draft was on {date}.", "It was {amount}.", "I'm on monthly autopay.",
        "This is for the {line} policy.",
    ],
    "general": [
        "I've been a customer {years} years.", "This is about the {line} policy.", "I'm out in {town}.",
        "You should have my policy number on file.", "I called on {date} too.",
    ],
}

# ---------------------------------------------------------------- routine interactions

ROUTINE_EXCHANGES = {  # (customer request, insurer answer) pairs
    "claim": [
        ("Hey, just checking where things stand on claim {ref}.", "Claim {ref} is with the adjuster and the estimate's been reviewed. You should hear something in two to three business days."),
        ("Does my policy pay for a rental while the {vehicle} is at the body shop?", "Yes, you've got rental reimbursement up to {small_amount} a day until the repairs are done."),
        ("I need to turn in a claim for a {incident}. How does that work?", "Okay, claim {ref} is open now. Send over a few photos and a quick description and we'll get an adjuster assigned."),
        ("Did the body shop's estimate for {amount} come through on your end?", "It did, and it's been approved. The shop can go ahead with the repairs."),
        ("When is somebody coming out to look at the {home_part}?", "The field adjuster is scheduled for {date}. They'll call you that morning before heading over."),
        ("My claim {ref} got approved. How does the money get to me?", "We'll send it by direct deposit to the account on file, usually within five business days."),
        ("Am I allowed to pick my own body shop?", "Absolutely, any licensed shop works. I'll note the shop on your claim."),
        ("I have a couple more receipts for claim {ref}. How do I get them to you?", "Upload them in the app under the claim, or email them with the claim number in the subject line."),
        ("Should I file a police report for the {incident} too?", "For theft or vandalism, yes. Otherwise it's helpful but not required."),
        ("What's my deductible on claim {ref}?", "The deductible on this claim is {deductible}."),
    ],
    "policy_change": [
        ("I need to add {relative} to my auto policy as a driver.", "All set, they're added. The new premium kicks in with your next bill."),
        ("We just moved to {town}. Can you update my address?", "Address is updated, and your new ID cards and dec page are in your email."),
        ("Can I go up to a {deductible} deductible?", "Yes, that's done. It'll bring your premium down a bit."),
        ("I traded in my old car for a {vehicle}. What info do you need?", "Just the VIN and the date you bought it, and it's covered starting today."),
        ("Can I put my {item} on my homeowners as a scheduled item?", "Done. It'll show on your updated declarations page."),
        ("Please take {relative} off the policy, they're on their own insurance now.", "They're removed as of today, and you'll see a small credit on your next bill."),
        ("I'd like to add rental reimbursement to my auto policy.", "Rental reimbursement is added for {small_amount} a month."),
        ("How do I change the beneficiary on my life policy?", "I'll email you a change of beneficiary form. Once it's signed and sent back, we'll update it."),
        ("I got married and my last name is now {surname}.", "Congratulations! The name change is made and new documents are on the way."),
        ("I want to raise the coverage on my personal property.", "Your personal property limit is raised. The new premium is on the dec page I just emailed you."),
    ],
    "billing": [
        ("Can I move my payment due date to the 1st?", "Sure, starting next month your payment will be due on the 1st."),
        ("I got a new debit card. The one ending {last4} is canceled.", "New card is on file and will be used for your next payment."),
        ("When's my next payment coming out?", "Your next payment of {small_amount} drafts on {date}."),
        ("Could you email me a billing history showing the {amount} I've paid this year?", "I've sent your payment history to your email."),
        ("I want autopay to come out of my savings account instead.", "No problem, autopay will use the new account starting with the next draft."),
        ("Can I just pay off the rest of the policy term now?", "Yes, the remaining balance is {amount}. I can run that for you now."),
        ("I'd rather pay in full every six months than monthly.", "I've switched you to semi-annual pay. Your next bill will be for the full six months."),
        ("What's my monthly payment on the {line} policy?", "That one runs {small_amount} a month."),
        ("Can you send me a receipt for the {small_amount} I paid on {date}?", "Sure, it's on its way to your email."),
        ("Do you give a discount for paperless billing?", "Yes, there's a small paperless discount. I've turned it on for you."),
    ],
    "renewal": [
        ("My policy renews {renewal_date}. Can you tell me what the new premium will be?", "Your new premium is {amount}, and your coverages stay the same."),
        ("Will rental reimbursement still be on there after I renew?", "Yes, it carries over at renewal."),
        ("I want to go ahead and renew my {line} policy.", "It'll renew on {renewal_date}. Nothing else needed from you."),
        ("I got my renewal in the mail. Did anything change on my coverage?", "Nothing changed on the coverage, just the policy dates."),
        ("Is it possible to go ahead and renew now? It's not up until {renewal_date}.", "Sure, I've processed it. The new term still starts on your renewal date."),
        ("Does my policy renew on its own?", "It does. You'll get a reminder about 30 days before."),
        ("Can you go over my renewal dec page with me?", "Sure. Page one shows your premium and page two lists your coverages and deductibles."),
        ("Is {amount} the final number for my renewal?", "That's final unless you make changes to the policy."),
        ("When I renew, can {relative} go on the policy too?", "Yes, I'll add them effective on the renewal date."),
        ("Could you email me the renewal paperwork?", "The renewal packet is in your inbox now."),
    ],
    "onboarding": [
        ("I just bought a policy online. When do I get my ID cards?", "Welcome to {company}! Your ID cards are in the app now and paper copies are in the mail."),
        ("How do I set up my login for the app?", "Download the app and register with your policy number and email. Takes a couple of minutes."),
        ("Can you tell me what my new {line} policy covers?", "Sure. Your coverages, limits and deductibles are all on the declarations page."),
        ("What's the name of the app I should get?", "Search for {company} in the App Store or Google Play."),
        ("When exactly does my coverage start?", "Your coverage started {date} at 12:01 a.m."),
        ("My lender needs proof of insurance, I just signed up.", "I've emailed you a copy, and I can send it straight to your lender too."),
        ("Is there anything else you need from me to finish up?", "Nope, nothing else. You're good to go."),
        ("Can you mail me paper ID cards?", "Sure, they'll be there in about a week."),
        ("I'm new and need to add my {vehicle}.", "It's added. New ID cards will show up in the app shortly."),
        ("What number do I call if I have a claim?", "The 24/7 claims number is on your ID card and in the app."),
    ],
    "general": [
        ("Is my {item} covered if it gets stolen out of my car?", "Under your homeowners, yes, minus your deductible. I can schedule it if you want full coverage."),
        ("Who do I call if I break down on the highway?", "Roadside assistance is available 24/7 at the number on your ID card."),
        ("Can you send me a copy of my declarations page?", "Just emailed it to you."),
        ("Are y'all open on Saturdays?", "The phones are open Saturday mornings, and the app works anytime."),
        ("We're taking a trip out of the country. Does my {line} policy cover me there?", "Let me check your policy. I'll email you what's covered outside the U.S."),
        ("Can I get a quote on {relative}'s car too?", "Sure, I just need the year, make and model."),
        ("I need to update my phone number.", "Your phone number is updated."),
        ("If a storm tears up the {home_part}, is that covered?", "Yes, wind and hail damage is covered, minus your deductible."),
        ("Is there a discount for bundling home and auto?", "Yes, putting both with us gets you a bundle discount. I can run the numbers for you."),
        ("I lost my policy number, can you give it to me?", "Sure, it's {policy_number}."),
    ],
}
CUSTOMER_THANKS = [
    "Okay, that's everything, thanks.", "Great, I appreciate it.", "Perfect, thanks a bunch.", "Alright, thank you ma'am.",
    "Sounds good, thanks.", "Thanks so much, you've been a big help.", "Cool, appreciate you.", "Thank you, have a good one.",
]
ROUTINE_TICKET_SUBJECTS = {
    "claim": ["Claim status", "Claim {ref} question", "Sending claim documents", "Question on my claim", "Claim update request"],
    "policy_change": ["Policy update request", "Add a driver", "Address change", "Vehicle change", "Update policy info"],
    "billing": ["Payment date change", "Autopay question", "Billing history request", "Payment question", "Update card on file"],
    "renewal": ["Question about renewal", "Renewal next month", "Renewal paperwork request", "Renewal premium question", "Renew my policy"],
    "onboarding": ["New policyholder", "ID cards", "App login help", "New policy question", "Proof of insurance"],
    "general": ["Coverage question", "General question", "Info request", "Quick question", "Question about coverage"],
}
SURVEY_POSITIVE = [
    "Fast and easy, thanks!",
    "{agent} was super nice and got it done quick.",
    "Claim was handled great, very happy.",
    "Excellent service as always.",
    "Everything was explained in plain English.",
    "Updating my {line} policy in the app was a breeze.",
    "Quick answer and a really polite rep.",
    "Thank you {agent}, you made this easy.",
    "The rep explained my coverage so I actually understood it.",
    "Renewal only took {minutes} minutes.",
    "Patient and helpful with all my questions.",
    "Got it taken care of on the first call.",
    "They kept me in the loop the whole time.",
    "Very happy with how the claim for the {incident} went.",
    "Friendly and quick.",
]
SURVEY_NEUTRAL = [
    "It was ok I suppose.",
    "Fine.",
    "Got my question answered.",
    "Average.",
    "No problems.",
    "Rep answered what I asked.",
    "Nothing special but fine.",
    "Decent.",
    "Normal call, nothing to report.",
    "No comment.",
]
REVIEW_POSITIVE = [
    "{agent} helped me with my claim and was awesome.",
    "Been with {company} {years} years and they've always taken care of us.",
    "Good app, fair rates, and claims get paid quick.",
    "Had a {incident} and the claim was painless start to finish. 5 stars.",
    "Friendly people who know their stuff.",
    "Switched from one of the big national companies and pay less for better service.",
    "Claim was fast and they kept me updated.",
    "Good coverage on my {vehicle} for a fair price.",
    "Real people who actually listen. Love this company.",
    "Claim got paid in {days} days with no hassle at all.",
    "Set up my {line} policy online in no time.",
    "{agent} treated us like family.",
    "Great local company, I recommend them to everybody.",
    "Honest and easy to work with.",
    "The app works great and the phone reps are even better.",
]
REVIEW_NEUTRAL = [
    "Price is fine, nothing special.",
    "It's insurance. It works.",
    "So far so good, haven't had a claim.",
    "Nothing to write home about.",
    "Okay for the money.",
    "Not bad, not amazing.",
    "Service is fine.",
    "App is a little clunky, otherwise fine.",
]
