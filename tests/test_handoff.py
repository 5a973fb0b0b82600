"""The handoff detector and where-the-journey-breaks extraction.

Most tests use a five-line fake embedder: they check the parsing, the
combining and the estimator contract, not the model. Tests marked
`integration` load the real MiniLM model and check that customer sentences
written here (not in the seed corpus) are classified as a CX leader would.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from sklearn.exceptions import NotFittedError
from sklearn.utils.estimator_checks import parametrize_with_checks

from benchmarks.bank_rows import TRAINING_BANKS
from clustering import handoff
from clustering.handoff import (
    CATEGORIES,
    HANDOFF_POINTS,
    JOURNEY_NAMES,
    UNNAMED_EVIDENCE_FLOOR,
    HandoffDetector,
    customer_text,
    evidence_sides,
    with_starting_point,
    fit_softmax_classifier,
    infer_journey,
    journey_title,
    load_default_detector,
    locate_handoff,
    mentioned_points,
    names_a_handoff,
    read_seed_corpus,
    recommended_fix,
    says_context_kept,
    speaks_only_of_conduct,
    score_interactions,
    scoring_units,
    softmax_proba,
    split_sentences,
    where_stuck_sentence,
)


class FakeEmbedder:
    """Counts of five marker words, plus a constant, as a unit vector."""

    name, words = "fake-five-words", ("again", "price", "rude", "thanks", "terrible")

    def embed(self, texts):
        rows = np.array([[t.lower().count(w) for w in self.words] + [0.3] for t in texts], np.float32).reshape(-1, 6)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


FAKE_TRAINING = {
    "handoff": ["I had to explain it again", "again and again", "told them again"],
    "price": ["the price is too high", "price went up", "what a price"],
    "staff": ["he was rude", "rude advisor", "so rude"],
    "vague": ["terrible", "terrible company", "just terrible"],
    "routine": ["thanks", "thanks a lot", "my policy number is 123"],
}


@pytest.fixture()
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture()
def fake_detector(fake_embedder) -> HandoffDetector:
    texts = [t for ts in FAKE_TRAINING.values() for t in ts]
    labels = [label for label, ts in FAKE_TRAINING.items() for _ in ts]
    # The logic under test is score_interactions'; three examples a class are too few for the SVM's Platt scaling.
    return HandoffDetector(C=100.0, kernel="linear").fit(fake_embedder.embed(texts), labels)


# ------------------------------------------------------------------ customer_text


def test_customer_text_keeps_only_customer_turns_with_their_continuation_lines():
    transcript = (
        "Agent: Thanks for calling, how can I help?\n"
        "Customer: I filled in the claim form online\n"
        "and uploaded four photos.\n"
        "Agent: I'm sorry you had to explain it again.\n"
        "this line continues the agent's turn\n"
        "CUSTOMER: Nobody had any of it."
    )
    assert customer_text("calls", transcript) == (
        "I filled in the claim form online and uploaded four photos.\nNobody had any of it."
    )


def test_customer_text_treats_any_name_as_the_insurer_side():
    chat = "Bot: Hi! What do you need?\nSarah: Let me look at that.\nMr Jones: I'm the customer but named\ncustomer: I already told the bot."
    assert customer_text("chats", chat) == "I already told the bot."


def test_customer_text_reads_speaker_names_in_any_script():
    call = ("Sinéad: I can see you were put through to me from another team.\nCustomer: Nobody had my notes.\n"
            "Pádraig Ó Sé: I'll ring you back.\nZoë: Thanks.\nĐức: Noted.\nCustomer: Fine.")
    assert customer_text("calls", call) == "Nobody had my notes.\nFine."


def test_customer_text_reads_a_customer_team_as_the_insurer_side():
    call = ("Customer Care: Good morning sir, Bhavana speaking. I see you were transferred from chat.\n"
            "Customer: The chat had everything and the phone had nothing.\n"
            "Customer Service Advisor: Sorry about that.\ncustomer support: Anything else?\n"
            "Customer (Mr Rao): No.\nCustomer 2: Me neither.")
    assert customer_text("calls", call) == "The chat had everything and the phone had nothing.\nNo.\nMe neither."


def test_customer_text_returns_other_kinds_stripped_and_speakerless_transcripts_whole():
    assert customer_text("reviews", "  Agent: was great.  ") == "Agent: was great."
    assert customer_text("calls", "  no speaker labels in this export  ") == "no speaker labels in this export"
    assert customer_text("calls", None) == ""


# ---------------------------------------------------------------- split_sentences


def test_split_sentences_drops_short_fragments_and_caps_the_count():
    text = "Yes. I was transferred to claims! Nobody there knew who I was? OK\nThe form was ignored; nobody read it"
    assert split_sentences(text) == [
        "I was transferred to claims!", "Nobody there knew who I was?", "The form was ignored", "nobody read it"
    ]
    assert split_sentences(text, max_sentences=2) == ["I was transferred to claims!", "Nobody there knew who I was?"]


def test_split_sentences_ends_a_sentence_at_a_spaced_em_or_en_dash():
    ticket = "Unable to login first time \u2014 Dear Golconda Suraksha Insurance team, who is my point of contact?"
    assert split_sentences(ticket) == ["Unable to login first time",
                                       "Dear Golconda Suraksha Insurance team, who is my point of contact?"]
    assert split_sentences("Filled the form online \u2013 the advisor had none of it") == [
        "Filled the form online", "the advisor had none of it"]
    assert split_sentences("a well-known long-winded form-filling exercise") == ["a well-known long-winded form-filling exercise"]


def test_split_sentences_keeps_short_fragments_when_nothing_else_remains():
    assert split_sentences("Never again. Awful.") == ["Never again.", "Awful."]
    assert split_sentences("   ") == []


def test_the_team_a_ticket_is_addressed_to_is_not_a_handoff_point():
    assert mentioned_points("Dear Golconda Suraksha Insurance team, the delivery order is not issued yet.") == frozenset()
    assert mentioned_points("Hello team: where is my claim?") == frozenset()
    assert mentioned_points("Good morning, claims team! My renewal link please") == frozenset()
    # a team the customer was passed to still is one, whatever the greeting before it
    assert mentioned_points("Dear Claims Team, I was passed to the billing team, who had nothing") == {"billing"}
    assert mentioned_points("I was sent to the claims team, who lost it") == {"claims handler"}


def test_the_customers_own_phone_is_not_the_phone_line():
    assert mentioned_points("I've still got all the photos on my phone.") == frozenset()
    assert mentioned_points("My mobile died, so I rang from the landline.") == {"phone agent"}
    assert mentioned_points("I rang from my phone and the phone team had nothing") == {"phone agent"}


def test_a_whatsapp_team_is_a_chat_and_the_agent_someone_got_is_not_their_broker():
    assert mentioned_points("Your WhatsApp team referred me to your call centre.") == {"chat agent", "phone agent"}
    # WhatsApp alone is how people message anyone (a broker, an assessor), not the insurer's chat
    assert mentioned_points("I sent the photos on WhatsApp.") == frozenset()
    assert mentioned_points("They said call, and the agent I got wanted the lot again.") == {"advisor"}
    assert "broker" in mentioned_points("The agent we bought the policy from sent it to you.")


def test_scoring_units_add_pairs_and_the_clauses_of_run_on_sentences():
    sentences = [
        "moved from my claims handler to recoveries and they knew nothing, its the kitchen units, garage quoted 1,837",
        "I did it all online.",
    ]
    units = scoring_units(sentences)
    texts = [text for text, _ in units]
    assert texts[:3] == [sentences[0], sentences[1], f"{sentences[0]} {sentences[1]}"]
    # clauses end at commas and before a conjunction that opens one ("and they ...")
    assert ("moved from my claims handler to recoveries", (0,)) in units
    assert ("and they knew nothing", (0,)) in units
    assert ("its the kitchen units", (0,)) in units
    assert "garage quoted 1,837" in texts and "I did it all online." in texts
    # a clause pair is the stretch of the sentence it covers, separators as written
    assert ("moved from my claims handler to recoveries and they knew nothing", (0,)) in units
    assert ("and they knew nothing, its the kitchen units", (0,)) in units
    assert len(texts) == len(set(texts))
    # a sentence without commas or such conjunctions adds nothing
    assert scoring_units(["Nobody read the notes."]) == [("Nobody read the notes.", (0,))]
    assert scoring_units(["The photos and the notes went nowhere."]) == [("The photos and the notes went nowhere.", (0,))]


def test_a_complaint_after_because_or_and_i_is_a_unit_of_its_own():
    sentence = "I dread ringing now because it's always someone new and I have to relive the storm for them from the start."
    texts = [text for text, _ in scoring_units([sentence])]
    assert "because it's always someone new" in texts
    assert "and I have to relive the storm for them from the start." in texts
    assert "because it's always someone new and I have to relive the storm for them from the start." in texts
    # "but", "so", "only to", "until" open clauses too; "and" before a noun does not
    assert [text for text, _ in scoring_units(["I uploaded everything but the adjuster asked for all of it again"])][1:] == [
        "I uploaded everything", "but the adjuster asked for all of it again"]
    assert len(scoring_units(["Sent the photos and the receipts to the claims team"])) == 1


# ----------------------------------------------------------------- locate_handoff


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        ("I filled in the online claim form and the advisor had none of it.", ("self-service form", "advisor")),
        ("Transferred from the chatbot to an agent who couldn't see what I typed.", ("chatbot", "chat agent")),
        ("Rang up after submitting it online and had to explain it all again.", ("self-service form", "phone agent")),
        ("My broker sent everything and the insurer asked me for all of it again.", ("broker", "insurer")),
        ("I explained it to customer service who passed me to billing, and billing knew nothing.", ("advisor", "billing")),
        ("Why can't your phone staff see the web chat?", ("chat agent", "phone agent")),
        ("The advisor referred it to underwriting, who asked me the same questions.", ("advisor", "underwriting")),
        ("What's the point of the digital claim if the phone team can't see it?", ("self-service form", "phone agent")),
        # the channel the customer started on is the source wherever it is named
        ("They gave me the call centre number and the consultant started as if I'd never been on the chat.",
         ("chat agent", "phone agent")),
        ("My grandson did the claim on the computer, then the claims handler phoned and asked it all again.",
         ("self-service form", "claims handler")),
        ("Not good with apps, but I did the renewal myself and the lady on the phone couldn't see it.", ("app", "phone agent")),
        ("I gave all that on the sign-up page and your advisor wanted it again.", ("self-service form", "advisor")),
        ("My file was moved to another branch and the new consultant asked for the invoice again.",
         ("advisor", "another advisor")),
        ("New case manager asked me to resend the invoice I sent the old one.", ("advisor", "another advisor")),
        # a US customer's broker is their own agent or agency; "the agent" alone is the insurer's
        ("Why do I have an agent if your claims people don't look at what the agent sends in?",
         ("broker", "claims handler")),
        ("Local agent filed my claim, carrier adjuster had none of it.", ("broker", "insurer")),
        ("The agency sent over the certificate request and you said nothing came in.", ("broker", "insurer")),
        ("The agent had none of it when I called.", ("advisor", "another advisor")),
        ("agent sent u everything. u lost it. now im the one explaining my claim.", ("broker", "insurer")),
        # a new, second, replacement or counted person in a claims role, and nameless successors
        ("My new adjuster has no record of the supplement.", ("advisor", "another advisor")),
        ("Three different adjusters so far and each one asks for the police report.", ("advisor", "another advisor")),
        ("Somebody else has it this week and doesn't know what was promised.", ("advisor", "another advisor")),
        ("Whoever picked it up after her knew nothing.", ("advisor", "another advisor")),
        # an email someone holds is a document, not the channel the customer started on
        ("The first handler approved it, the second one cancelled it, and I had the email from the first one.",
         ("claims handler", "another advisor")),
        ("Had the chat transcript emailed to me, because the phone rep I got sent to couldn't see it.",
         ("chat agent", "phone agent")),
        # a bot by its name, and the chat on the insurer's site, are chat channels, not the website
        ("HelperBot said to call us to finish, and the phone team had never seen it.", ("chatbot", "phone agent")),
        ("The chat on your site gave me a number to call and the woman on the line had no clue.",
         ("chat agent", "phone agent")),
        # an intermediary outside the US: a financial adviser, "my FA", an agent acting for the customer
        ("My FA passed my change of address to you weeks ago and your hotline said no record.", ("broker", "phone agent")),
        ("Agent submit claim form on my behalf, then your side phone me and ask for receipts.", ("broker", "phone agent")),
        ("Your hotline called me to confirm all the details since nothing came from the agent.",
         ("broker", "phone agent")),
        # whoever sold the cover and passed the papers on: an agent, a point-of-sale person, a bank, a car dealer
        ("My agent had submitted the KYC at issuance and now your claims team wants it again.",
         ("broker", "claims handler")),
        ("Our family agent collected the signed papers months back and the helpline says nothing came.",
         ("broker", "phone agent")),
        ("My POSP uploaded the documents the same evening, your claims executive says none exist.",
         ("broker", "claims handler")),
        ("I bought the policy through a comparison site and the insurer had none of my answers.", ("broker", "insurer")),
        ("The bank's insurance counter took every detail and your investigator asked it all again.",
         ("broker", "insurer")),
        ("Bought the cover at the dealership; the dealer's insurance desk sent the photos and the claims team had none.",
         ("broker", "claims handler")),
    ],
)
def test_locate_handoff_reads_both_sides_from_the_text(evidence, expected):
    assert locate_handoff(evidence, {}) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The supervisor I was transferred to clearly knew my file. My bank balance says otherwise.", True),
        ("Put through to someone else in claims, and grand, she knew the story. Still refusing the gable end.", True),
        ("After the transfer the new rep knew which claim I meant and everything about it, but payment is 6 weeks.", True),
        ("Ended up with a senior handler who had read the whole file, and he agreed with the assessor's figure.", True),
        ("Riley knew the whole story, went on leave, and whoever picked it up knew nothing.", False),
        ("The first adjuster had all the photos, the new one asked for them again.", False),
        ("I had to tell the whole story to the new person.", False),
        ("My broker had all the details and the insurer asked me for everything.", False),
        ("We had all the paperwork ready and they still lost it.", False),
        ("Nobody had my notes.", False),
        # who had it is the broker, or the first person, not the one the customer was passed to
        ("My broker had the full story and passed it on. Ye rang as if it was the first ye heard.", False),
        ("I pay my agent to deal with you, and your adjuster had me go over the whole claim.", False),
        ("The first officer knew the whole claim and was lovely.", False),
        # the customer asking for something is not something lost
        ("Transferred to a team lead who knew the whole claim. I asked for the reason of deduction, no answer.", True),
        # saying nothing was lost in words that otherwise mean a loss ("wasn't", "repeat")
        ("Being transferred wasn't a problem, the person had all the info.", True),
        ("Transfer to the settlement team was fine, no repeating myself.", True),
        ("I was put through to claims without having to explain it again.", True),
        ("The transfer wasn't a problem, but nobody had my notes.", False),
        ("I never had to repeat myself before, but after the transfer the new handler asked for it all again.", False),
    ],
)
def test_says_context_kept_only_when_nothing_is_said_to_be_lost(text, kept):
    assert says_context_kept(text) is kept


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        ("Once they moved me across, the next person was snide and wanted me gone.", True),
        ("Your chat person ignored what I asked and closed the chat on me.", True),
        ("I could hear the rep laughing with someone else while I was explaining.", True),
        ("Your phone rep just disconnected on me in the middle of talking.", True),
        ("I was shouted at by your claim officer when I asked for the reason.", True),
        # something lost as well: a handoff complaint that also names manners
        ("The next person was rude and had no record of my claim.", False),
        ("They hung up on the transfer and I had to explain it all again.", False),
        ("The adjuster laughed when I said I'd sent the photos to the last one, and asked for them again.", False),
        # no conduct named
        ("The chat said to call and the phone team couldn't see the chat.", False),
        ("The agent was lovely.", False),
    ],
)
def test_speaks_only_of_conduct_when_manners_are_named_and_nothing_lost(text, conduct):
    assert speaks_only_of_conduct(text) is conduct


def test_locate_handoff_fills_the_side_the_text_does_not_name_from_crm():
    ticket = {"kind": "tickets", "assignment_path": "Web form>Claims>Claims"}
    assert locate_handoff("Nobody had read what I wrote.", ticket) == ("self-service form", "claims handler")
    chat = {"kind": "chats", "transferred_to": "Live agent"}
    assert locate_handoff("I had to type it all out again.", chat) == ("chatbot", "chat agent")
    call = {"kind": "calls", "team": "Underwriting", "transfer_count": 1}
    assert locate_handoff("I had to start from scratch.", call) == ("phone agent", "underwriting")
    transferred_call = {"kind": "calls", "transfer_count": 2}
    assert locate_handoff("Nobody knew anything.", transferred_call) == ("phone agent", "another advisor")


def test_locate_handoff_prefers_the_text_over_crm_and_uses_the_kind_for_one_sided_text():
    call = {"kind": "calls", "team": "Billing", "transfer_count": 1}
    assert locate_handoff("The claims team had none of the photos I'd sent.", call) == ("phone agent", "claims handler")
    assert locate_handoff("I filled in the form and it was all for nothing.", {"kind": "calls"}) == (
        "self-service form", "advisor")
    assert locate_handoff("", {}) == (None, None)


@pytest.mark.parametrize(
    "evidence",
    [
        "Summit Risk Partners handed my claim over to you and you asked me for the photos again.",
        "Castle & Co Insurance Services sent you the estimate, yet the handler had nothing.",
        "Thames Valley Cover Ltd said they had forwarded everything to you but your team had none of it.",
        "Beacon Risk Services submitted my change of vehicle, and when I rang you there was no sign of it.",
        "I went through Harbour Lane Risk Partners Pte Ltd for this, and your side says it got nothing.",
        "I assumed the information would follow from Cotswold Edge Insurance to you. I went through it all again.",
        "Our business insurance is through Mendip Insurance Services. Your team then rang us wanting photos.",
    ],
)
def test_a_firm_named_as_handing_the_case_over_is_a_broker(evidence):
    assert locate_handoff(evidence, {})[0] == "broker"


@pytest.mark.parametrize(
    "evidence",
    [
        "I switched to Northwind Mutual this fall because the advisor had none of my notes.",
        "Then Mark passed my claim to you and nobody read it.",
        "The Online Form sent it to you and the advisor had none of it.",
        "Northwind Mutual sent me a letter saying the advisor had passed my claim on.",
        "Northwind Mutual put my premium up, and sent my renewal late, then the advisor knew nothing.",
        "I moved from Northwind Mutual to you last year and the advisor had none of my history.",
        "The call from Sarah Jones to you said nothing about my claim.",
    ],
)
def test_a_capitalised_name_is_not_a_broker_without_a_firm_handing_over(evidence):
    assert "broker" not in locate_handoff(evidence, {})


def test_evidence_sides_reads_the_sentence_before_the_complaint():
    passed = ["They put me through to claims.", "Nobody had my notes."]
    assert evidence_sides(passed, [1]) == (None, "claims handler")
    firm = ["Summit Risk Partners handed my claim over to you with photos.", "Your claims team asked me for them again."]
    assert evidence_sides(firm, [1]) == ("broker", "claims handler")
    # the broker named just before is where the case came from, even where the evidence names two sides
    broker = ["The broker said the documents were sent to you.", "Your team had none and asked me to email them myself."]
    assert evidence_sides(broker, [1]) == ("broker", "another advisor")
    # ... but not over a self-service channel the evidence names
    form = ["My broker sent you the file.", "I filled in the online form and the advisor had none of it."]
    assert evidence_sides(form, [1]) == ("self-service form", "advisor")
    looked_after = ["Moorside Insurance Brokers look after my policy.", "The claim got passed over to you and nobody knew."]
    assert evidence_sides(looked_after, [1])[0] == "broker"  # a side the evidence leaves open
    bought = ["I bought it through my broker years ago.", "The advisor passed me to the claims team, who had nothing."]
    assert evidence_sides(bought, [1]) == ("advisor", "claims handler")  # both sides named: no broker passed it on
    assert evidence_sides(["Nobody had my notes."], [0]) == (None, None)


def test_a_broker_named_earlier_in_the_message_is_the_source_only_when_nothing_nearer_names_one():
    earlier = ["According to the broker it's with you.", "According to you there's a claim number and nothing else.",
               "I end up explaining the storm damage for the third time."]
    assert evidence_sides(earlier, [2])[0] == "broker"
    # the sentence just before names where it came from: the broker further back does not override it
    nearer = ["My broker told me to ring you.", "I started it on your website.",
              "Then I had to explain the storm damage all over again."]
    assert evidence_sides(nearer, [2])[0] == "self-service form"
    # a broker named in passing, without passing anything on, is not a source
    agency = ["I've used Delta Bend Insurance Agency for 15 years.",
              "This is the first carrier where whatever they send in gets lost and I end up doing the explaining."]
    assert evidence_sides(agency, [1]) == ("broker", "insurer")
    passing = ["I bought it through my broker years ago.", "The roof leaked in March.", "Nobody had my notes when I rang."]
    assert evidence_sides(passing, [2]) == (None, "phone agent")


def test_the_sentence_naming_where_the_customer_started_joins_the_evidence():
    chat = ["I did the change on the chat with my wife.", "Then we had to phone and the agent had none of it."]
    assert with_starting_point(chat, [1]) == [0, 1]
    online = ["Started my claim online, thinking it would be quicker.", "The handler who called couldn't see any of it."]
    assert with_starting_point(online, [1]) == [0, 1]
    # the complaint already names where it started, or is about people passing it on: unchanged
    named = ["I did it online.", "The chat agent could not see it."]
    assert with_starting_point(named, [1]) == [1]
    passed = ["I filed it online in March.", "Since then it's been passed between four handlers."]
    assert with_starting_point(passed, [1]) == [1]
    # the sentence before names a person first, or nothing: unchanged
    person = ["The advisor told me to use the app.", "Nobody had my notes."]
    assert with_starting_point(person, [1]) == [1]
    assert with_starting_point(["Hello.", "Nobody had my notes."], [1]) == [1]
    # two back, past a sentence that names only the call, never past a person
    via_call = ["Spent my break in the chat adding a driver.", "Then it told me call in.", "The phone lady had nothing."]
    assert with_starting_point(via_call, [2]) == [0, 1, 2]
    via_person = ["I did it in the chat.", "The advisor said call in.", "The phone lady had nothing."]
    assert with_starting_point(via_person, [2]) == [2]
    assert with_starting_point(["I did it in the chat.", "It was May.", "Then May.", "Nobody had my notes."], [3]) == [3]
    assert with_starting_point(["Nobody had my notes."], [0]) == [0]


def test_locate_handoff_returns_only_canonical_points():
    rows = read_seed_corpus()
    for text in rows.loc[rows.label == "handoff", "text"].head(120):
        for point in locate_handoff(text, {"kind": "calls"}):
            assert point is None or point in HANDOFF_POINTS, (text, point)


# ----------------------------------------------------------------- journeys


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("Claims", "claim"), ("claim", "claim"), ("CLAIM", "claim"), ("policy change", "policy_change"),
     ("Policy_Change", "policy_change"), ("MTA", "policy_change"), ("endorsement", "policy_change"),
     ("Billing", "billing"), ("Renewals", "renewal"), ("new business", "onboarding")],
)
def test_infer_journey_normalises_the_crm_tag_and_prefers_it_over_the_text(tag, expected):
    assert infer_journey("my renewal price went up", tag) == expected


def test_infer_journey_falls_back_to_the_text_then_none():
    assert infer_journey("The assessor never got my photos of the storm damage.", None) == "claim"
    assert infer_journey("I added my son as a named driver online.", "") == "policy_change"
    assert infer_journey("I was charged twice by direct debit.", float("nan")) == "billing"
    assert infer_journey("The renewal letter had none of what my broker agreed.", "unknown-tag") == "renewal"
    assert infer_journey("Nobody passed my notes on.", None) is None


def test_infer_journey_counts_the_complaints_own_words_twice():
    text = "It's about my car claim. I had to repeat my policy change word for word."
    assert infer_journey(text, None) == "claim"  # one word each: a tie goes to claim
    assert infer_journey(text, None, evidence="I had to repeat my policy change word for word.") == "policy_change"
    assert infer_journey(text, "Renewals", evidence="I had to repeat my policy change word for word.") == "renewal"


def test_titles_sentences_and_fixes_read_in_a_cx_leaders_words():
    assert journey_title("claim", "self-service form", "advisor") == "Self-service claim start → advisor-assisted completion"
    assert journey_title("claim", "advisor", "another advisor") == "Claim: advisor → another advisor transfer"
    assert set(JOURNEY_NAMES) == {"claim", "policy_change", "billing", "renewal", "onboarding"}
    assert "chat history visible to phone agents" in recommended_fix("billing", "chat agent", "phone agent")
    assert "form answers and uploaded photos" in recommended_fix("claim", "self-service form", "advisor")
    assert "portal API" in recommended_fix("claim", "broker", "insurer")
    assert "Warm transfer" in recommended_fix(None, "phone agent", "another advisor")
    sentence = where_stuck_sentence("claim", "self-service form", "advisor")
    assert sentence.endswith(".") and "claim" in sentence and "advisor" in sentence
    for source, target in [(None, None), ("broker", None), (None, "billing")]:
        assert journey_title(None, source, target) and where_stuck_sentence(None, source, target)
    points = [None, *HANDOFF_POINTS]
    for source in points:  # "asked again by the another advisor" was one
        for target in points:
            for text in (where_stuck_sentence("claim", source, target), recommended_fix("claim", source, target)):
                assert "the another" not in text, (source, target, text)
    assert "asked again by another advisor" in where_stuck_sentence("claim", "broker", "another advisor")


# ------------------------------------------------------------ estimator contract


@parametrize_with_checks([HandoffDetector()])
def test_sklearn_estimator_checks(estimator, check):
    check(estimator)


def test_fit_returns_self_and_learns_classes_and_probabilities(fake_embedder, fake_detector):
    assert list(fake_detector.classes_) == sorted(FAKE_TRAINING)
    proba = fake_detector.predict_proba(fake_embedder.embed(["again", "price", "hello"]))
    assert proba.shape == (3, 5)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-9)
    assert list(fake_detector.predict(fake_embedder.embed(["told it again", "that price"]))) == ["handoff", "price"]
    detector = HandoffDetector()
    assert detector.fit(fake_embedder.embed(["again", "thanks"]), ["handoff", "routine"]) is detector


def test_detector_rejects_unfitted_use_bad_shapes_and_bad_settings(fake_embedder):
    with pytest.raises(NotFittedError):
        HandoffDetector().predict_proba(np.zeros((1, 6)))
    detector = HandoffDetector().fit(fake_embedder.embed(["again", "thanks"]), ["handoff", "routine"])
    with pytest.raises(ValueError, match="features"):
        detector.predict_proba(np.zeros((1, 4)))
    with pytest.raises(ValueError, match="C must be a positive number, got -1"):
        HandoffDetector(C=-1).fit(np.eye(2), ["a", "b"])
    with pytest.raises(ValueError, match="at least 2 classes"):
        HandoffDetector().fit(np.eye(2), ["a", "a"])


def test_softmax_maths_matches_logistic_regression_for_two_classes():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 3))
    y = np.where(X[:, 0] + 0.2 * rng.normal(size=40) > 0, "handoff", "routine")
    classes, coef, intercept, _ = fit_softmax_classifier(X, y, C=1.0, class_weight=None, max_iter=200)
    from sklearn.linear_model import LogisticRegression

    expected = LogisticRegression(C=1.0).fit(X, y).predict_proba(X)
    assert list(classes) == ["handoff", "routine"]
    np.testing.assert_allclose(softmax_proba(X, coef, intercept), expected, atol=1e-6)


# ----------------------------------------------------------- score_interactions


def test_score_interactions_uses_only_customer_words_as_evidence(fake_embedder, fake_detector):
    frame = pd.DataFrame(
        [
            {"kind": "calls", "interaction_id": "C-1", "team": "Claims", "transfer_count": 1, "journey": "Claims",
             "text": "Agent: Sorry you had to explain it again and again.\nCustomer: Thanks, my policy number is 123."},
            {"kind": "calls", "interaction_id": "C-2", "team": "Claims", "transfer_count": 1, "journey": None,
             "text": "Agent: How can I help?\nCustomer: They put me through and I had to explain it again.\n"
                     "Customer: Thanks for listening to me."},
        ],
        index=[10, 11],
    )
    scored = score_interactions(frame, fake_embedder, fake_detector)
    assert list(scored.index) == [10, 11]
    assert list(scored.columns) == ["kind", "interaction_id", "customer_text", "label", "p_handoff", "is_handoff",
                                    "is_vague", "evidence", "handoff_from", "handoff_to", "journey"]
    first, second = scored.loc[10], scored.loc[11]
    assert (first.label, first.is_handoff, first.evidence, first.handoff_from) == ("routine", False, "", None)
    assert first.journey == "claim"
    assert second.label == "handoff" and second.is_handoff and second.p_handoff >= 0.5
    assert second.evidence == "They put me through and I had to explain it again."
    assert (second.handoff_from, second.handoff_to) == ("phone agent", "claims handler")


def test_a_review_saying_it_was_passed_on_is_about_people_passing_it_on(fake_embedder, fake_detector):
    """No channel, team or CRM field, only the transfer: advisor -> another advisor, as locate_handoff says."""
    evidence = "My file's been handed on five times and I explain it again every time."
    frame = pd.DataFrame([{"kind": "reviews", "interaction_id": "R-1", "text": evidence}])
    scored = score_interactions(frame, fake_embedder, fake_detector).iloc[0]
    assert scored.is_handoff and scored.evidence == evidence
    assert (scored.handoff_from, scored.handoff_to) == locate_handoff(evidence, {}) == ("advisor", "another advisor")


def test_score_interactions_files_other_complaints_and_vague_text_never_as_handoff(fake_embedder, fake_detector):
    frame = pd.DataFrame(
        {
            "kind": ["reviews", "surveys", "tickets", "reviews"],
            "interaction_id": ["R-1", "S-1", "T-1", "R-2"],
            "text": ["Transferred to renewals and the price again went up, price price.", "Terrible. Just terrible.",
                     "The advisor was rude, so rude.", ""],
        }
    )
    scored = score_interactions(frame, fake_embedder, fake_detector)
    assert list(scored.label) == ["price", "vague", "staff", "routine"]
    assert not scored.is_handoff.any()
    assert list(scored.is_vague) == [False, True, False, False]
    assert (scored.evidence == "").all()
    assert scored.p_handoff.between(0, 1).all()


def moved_model():
    """A fake embedder and a detector that reads "moved" as a handoff complaint."""
    class MovedEmbedder(FakeEmbedder):
        name, words = "fake-moved", ("moved", "price", "rude", "thanks", "terrible")

    embedder = MovedEmbedder()
    training = {**FAKE_TRAINING, "handoff": ["they moved me", "moved and moved", "I got moved"]}
    texts = [t for ts in training.values() for t in ts]
    detector = HandoffDetector(C=100.0, kernel="linear").fit(
        embedder.embed(texts), [label for label, ts in training.items() for _ in ts])
    return embedder, detector


def test_score_interactions_does_not_count_a_transfer_whose_receiver_had_the_context():
    embedder, detector = moved_model()
    frame = pd.DataFrame({
        "kind": ["reviews", "reviews"], "interaction_id": ["R-1", "R-2"],
        "text": ["I got moved to a new handler and she knew my whole file. The price is too high, price.",
                 "I got moved to a new handler and she knew nothing about my file."],
    })
    scored = score_interactions(frame, embedder, detector)
    assert list(scored.is_handoff) == [False, True]
    assert scored.label[0] == "price" and scored.evidence[0] == ""


def test_score_interactions_does_not_count_a_unit_about_manners_alone():
    embedder, detector = moved_model()
    frame = pd.DataFrame({
        "kind": ["reviews"] * 3, "interaction_id": ["R-1", "R-2", "R-3"],
        "text": ["I got moved to a new handler and she was snide from hello.",
                 "I got moved to a new handler, she was snide from hello.",
                 "I got moved to a new handler and she was snide, and had none of my file."],
    })
    scored = score_interactions(frame, embedder, detector)
    # the clause "I got moved to a new handler" is read with its whole sentence
    assert list(scored.is_handoff) == [False, False, True]


class _AgainCounter:
    """Embeds a text as (how many times it says "again", 1)."""

    def embed(self, texts):
        return np.array([[t.count("again"), 1.0] for t in texts], dtype=np.float64).reshape(-1, 2)


class _PairOnlyDetector:
    """Handoff (0.9) only for a text that says "again" twice: the pair of two equal sentences."""

    classes_ = np.array(["handoff", "routine"], dtype=object)

    def predict_proba(self, X):
        p = np.where(X[:, 0] >= 2, 0.9, 0.2)
        return np.column_stack([p, 1 - p])


class _QueueAndTransferDetector:
    """Handoff (0.9) only for a text that speaks of the queue and of being transferred: the pair."""

    classes_ = np.array(["handoff", "routine"], dtype=object)

    def predict_proba(self, X):
        p = np.where((X[:, 0] > 0) & (X[:, 1] > 0), 0.9, 0.2)
        return np.column_stack([p, 1 - p])


class _QueueAndTransferCounter:
    def embed(self, texts):
        return np.array([[t.count("queue"), t.lower().count("transferred")] for t in texts],
                        dtype=np.float64).reshape(-1, 2)


def test_a_pair_whose_transfer_sentence_says_nothing_was_lost_is_not_evidence():
    # Read whole, the pair says something was lost ("nothing"), but that is the payout, not the transfer.
    frame = pd.DataFrame({
        "kind": ["surveys"] * 3, "interaction_id": ["S-1", "S-2", "S-3"],
        "text": ["Nothing but the queue every time I ask. Being transferred wasn't a problem, the person had all the info.",
                 "Nothing but the queue every time I ask. Being transferred was a problem, nobody had my notes.",
                 # who knew it all is the side the customer left: the pair, read whole, still counts
                 "The chat agent knew my whole situation and transferred me. Nothing but the queue after."],
    })
    scored = score_interactions(frame, _QueueAndTransferCounter(), _QueueAndTransferDetector())
    assert list(scored.is_handoff) == [False, True, True]


def test_a_complaint_said_twice_keeps_its_evidence():
    # The same sentence twice is one unit (scoring_units keeps a text once), so the pair is unit 1,
    # not sentence 1; the evidence came out empty, and the run then stopped in the load stage
    # ("handoff complaints have no cached evidence vector").
    said = "They asked me again for everything."
    frame = pd.DataFrame({"kind": ["surveys"], "interaction_id": ["S-1"], "text": [f"{said} {said}"]})
    result = score_interactions(frame, _AgainCounter(), _PairOnlyDetector()).iloc[0]
    assert result["is_handoff"] and result["p_handoff"] == pytest.approx(0.9)
    assert result["evidence"] == f"{said} {said}"


def test_score_interactions_threshold_decides_is_handoff(fake_embedder, fake_detector):
    frame = pd.DataFrame({"kind": ["reviews"], "interaction_id": ["R-1"],
                          "text": ["I said it again to the advisor and thanks."]})
    p = score_interactions(frame, fake_embedder, fake_detector).p_handoff.iloc[0]
    assert 0 < p < 1
    assert score_interactions(frame, fake_embedder, fake_detector, threshold=p).is_handoff.iloc[0]
    assert not score_interactions(frame, fake_embedder, fake_detector, threshold=min(1.0, p + 1e-6)).is_handoff.iloc[0]


def test_a_weak_complaint_must_name_a_handoff_to_count_as_one(fake_embedder, fake_detector):
    texts = ["I said it again and thanks.", "I said it again to the advisor and thanks.",
             "I was transferred and I said it again and thanks.", "I said it again, again."]
    frame = pd.DataFrame({"kind": ["reviews"] * 4, "interaction_id": ["R-1", "R-2", "R-3", "R-4"], "text": texts})
    scored = score_interactions(frame, fake_embedder, fake_detector)
    p = scored["p_handoff"].tolist()
    assert p[0] == p[1] == p[2] and p[0] < UNNAMED_EVIDENCE_FLOOR <= p[3], p  # the fake reads only its five words
    assert scored["is_handoff"].tolist() == [False, True, True, True]
    assert scored.loc[0, ["label", "evidence", "handoff_from", "handoff_to"]].tolist() == ["routine", "", None, None]
    assert scored.loc[1, "evidence"] == "I said it again to the advisor and thanks."
    assert names_a_handoff("passed between three teams") and names_a_handoff("the chat agent")
    assert not names_a_handoff("snide and no help at all when I asked about the claim")


def test_score_interactions_rejects_missing_columns_and_bad_threshold(fake_embedder, fake_detector):
    with pytest.raises(ValueError, match=r"missing column\(s\) \['text'\]"):
        score_interactions(pd.DataFrame({"kind": ["calls"], "interaction_id": ["C-1"]}), fake_embedder, fake_detector)
    frame = pd.DataFrame({"kind": ["calls"], "interaction_id": ["C-1"], "text": ["Customer: hi"]})
    with pytest.raises(ValueError, match="threshold must be above 0 and at most 1, got 1.5"):
        score_interactions(frame, fake_embedder, fake_detector, threshold=1.5)


def test_a_second_view_averages_probabilities_and_can_veto_a_unit(fake_embedder, fake_detector):
    frame = pd.DataFrame({"kind": ["reviews"], "interaction_id": ["R-1"], "text": ["I had to explain it again, again."]})
    alone = score_interactions(frame, fake_embedder, fake_detector).iloc[0]
    same = score_interactions(frame, fake_embedder, fake_detector, tuned=(fake_embedder, fake_detector)).iloc[0]
    assert alone.is_handoff and same.is_handoff
    assert same.p_handoff == pytest.approx(alone.p_handoff)

    # A second view that reads "again" as a price complaint: the unit is not handoff evidence in both views.
    texts = [t for ts in FAKE_TRAINING.values() for t in ts]
    labels = ["price" if label == "handoff" else ("handoff" if label == "price" else label)
              for label, ts in FAKE_TRAINING.items() for _ in ts]
    contrary = HandoffDetector(C=100.0, kernel="linear").fit(fake_embedder.embed(texts), labels)
    vetoed = score_interactions(frame, fake_embedder, fake_detector, tuned=(fake_embedder, contrary)).iloc[0]
    assert not vetoed.is_handoff and vetoed.p_handoff == 0.0


def test_with_a_tuned_view_the_base_view_reads_only_units_the_tuned_one_finds_possible(fake_embedder, fake_detector):
    class Recording(FakeEmbedder):
        def __init__(self):
            self.seen = []

        def embed(self, texts):
            self.seen += list(texts)
            return super().embed(texts)

    base, tuned = Recording(), Recording()
    frame = pd.DataFrame({"kind": ["reviews", "reviews"], "interaction_id": ["R-1", "R-2"],
                          "text": ["I had to explain it again, again.", "Thanks a lot, thanks."]})
    routine = fake_detector.predict_proba(fake_embedder.embed(["Thanks a lot, thanks."]))
    assert routine[0, list(fake_detector.classes_).index("handoff")] < handoff.BASE_VIEW_FLOOR
    scored = score_interactions(frame, base, fake_detector, tuned=(tuned, fake_detector))
    assert set(tuned.seen) == {"I had to explain it again, again.", "Thanks a lot, thanks."}
    assert base.seen and all("again" in text for text in base.seen)
    assert list(scored.is_handoff) == [True, False]


def test_views_must_share_their_classes(fake_embedder, fake_detector):
    other = HandoffDetector(C=100.0, kernel="linear").fit(
        fake_embedder.embed(["again", "thanks", "price"]), ["handoff", "routine", "price"]
    )
    frame = pd.DataFrame({"kind": ["reviews"], "interaction_id": ["R-1"], "text": ["I had to explain it again."]})
    with pytest.raises(ValueError, match="detectors disagree on their classes"):
        score_interactions(frame, fake_embedder, fake_detector, tuned=(fake_embedder, other))


# ------------------------------------------------------------------ seed corpus


def test_seed_corpus_has_the_labels_and_coverage_it_promises():
    lines = handoff.SEED_CORPUS_PATH.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) >= 900
    assert all(set(r) - {"source"} == {"text", "label", "handoff_from", "handoff_to", "journey"} for r in rows)
    assert {r.get("source", "written") for r in rows} == {"written", "mined-demo"} | {f"bank-{b}" for b in TRAINING_BANKS}
    counts = pd.Series([r["label"] for r in rows]).value_counts()
    assert set(counts.index) == set(CATEGORIES)
    assert counts["handoff"] >= 350 and counts.drop("handoff").min() >= 60
    vocabulary = {"online form", "portal", "app", "chatbot", "chat agent", "phone agent", "advisor", "another advisor",
                  "department", "broker", "insurer", "underwriting", "billing", "claims handler", "email"}
    for r in rows:
        if r["label"] == "handoff":
            assert r["handoff_from"] in vocabulary and r["handoff_to"] in vocabulary, r
        else:
            assert r["handoff_from"] is None and r["handoff_to"] is None, r
        assert r["journey"] in (None, "claim", "policy_change", "billing", "renewal", "onboarding"), r
    assert len({r["text"].lower() for r in rows}) == len(rows), "duplicate texts"


def test_the_corpus_bank_rows_are_the_training_banks_templates_and_no_measuring_bank_is_among_them():
    from benchmarks.bank_rows import BANK_SOURCE, PATTERN_LABELS, new_rows
    from data.generate import PATTERNS

    rows = [json.loads(line) for line in handoff.SEED_CORPUS_PATH.read_text(encoding="utf-8").splitlines()]
    others = [r for r in rows if not r.get("source", "").startswith(BANK_SOURCE)]
    assert [r for r in rows if r.get("source", "").startswith(BANK_SOURCE)] == new_rows(TRAINING_BANKS, [r["text"] for r in others])
    never_read = {"maple", "lagos", "manila", "clyde", "prairie", "wattle", "kauri", "caroni", "volta", "bayou",
                  "pennine", "indus", "hudson"}
    assert not never_read & set(TRAINING_BANKS) and {p.pattern_id for p in PATTERNS} == set(PATTERN_LABELS)
    bank = [r for r in rows if r.get("source") == "bank-irish"]
    assert {r["label"] for r in bank} == set(CATEGORIES) and not any("{" in r["text"] for r in bank)
    assert {(r["handoff_from"], r["handoff_to"]) for r in bank if r["label"] == "handoff"} == {
        (f, t) for f, t, _ in PATTERN_LABELS.values()}


def test_every_sentence_of_the_training_banks_transfer_complaints_is_labelled_and_a_kept_one_is_routine():
    from benchmarks.bank_rows import SENTENCE_LABELS, bank_rows, sentence_labels
    from data.generate import STYLES

    labels = sentence_labels()
    assert set(labels) <= set(TRAINING_BANKS)
    for style in TRAINING_BANKS:
        for category, templates in STYLES[style].TRANSFERRED_BUT_NOT_CONTEXT.items():
            for index, template in enumerate(templates):
                sentences = split_sentences(template)
                given = labels.get(style, {}).get(category, {}).get(str(index))
                if len(sentences) < 2:
                    assert given is None, (style, category, index)  # the whole template's row says it all
                else:
                    assert given is not None and len(given) == len(sentences), (style, category, index)
                    assert set(given) <= set(SENTENCE_LABELS)
    rows = list(bank_rows("severn"))
    kept = [r for r in rows if r["text"] == "Being transferred wasn't a problem, the person had all the info."]
    assert [r["label"] for r in kept] == ["routine"]
    paid = [r["label"] for r in rows if r["text"].startswith("The problem is you've paid me ")]
    assert paid == ["payout"]  # the complaint beside it, on its own


def test_default_detector_caches_corpus_embeddings(monkeypatch, tmp_path, fake_embedder):
    monkeypatch.setenv("CONTINUITY_CACHE", str(tmp_path))
    calls = []

    class CountingEmbedder(FakeEmbedder):
        def embed(self, texts):
            calls.append(len(texts))
            return super().embed(texts)

    first = load_default_detector(CountingEmbedder())
    second = load_default_detector(CountingEmbedder())
    assert calls == [len(read_seed_corpus())]
    cached = list((tmp_path / "handoff").glob("seed_*_fake-five-words.npy"))
    assert len(cached) == 1
    assert set(first.classes_) == set(CATEGORIES)
    probe = CountingEmbedder().embed(["told them again", "price"])
    np.testing.assert_array_equal(first.predict_proba(probe), second.predict_proba(probe))
    # the fitted detector is kept too: the third load fits nothing (a broken file is refitted)
    pickled = list((tmp_path / "handoff").glob("detector_*_fake-five-words_sklearn*.pkl"))
    assert len(pickled) == 1
    monkeypatch.setattr(HandoffDetector, "fit", lambda *a, **k: pytest.fail("fitted again"))
    np.testing.assert_array_equal(load_default_detector(CountingEmbedder()).predict_proba(probe), first.predict_proba(probe))
    monkeypatch.undo()
    monkeypatch.setenv("CONTINUITY_CACHE", str(tmp_path))
    pickled[0].write_bytes(b"not a pickle")
    np.testing.assert_array_equal(load_default_detector(CountingEmbedder()).predict_proba(probe), first.predict_proba(probe))


# ------------------------------------------------------------------ real model

# Written for these tests; none of these sentences is in the seed corpus.
NEW_HANDOFF = [
    "I had already put all the accident details into the online claim, but the advisor who phoned me had to take them all again.",
    "Third time this week I've had to explain the same leak to someone new.",
    "The chatbot collected my details and then the agent asked me for exactly the same details.",
    "My broker said the insurer had everything, but the insurer's team asked me to start from the beginning.",
    "They transferred me to claims and claims had no idea what I'd just spent twenty minutes explaining.",
    "I uploaded the receipts on the portal and was then asked to email them because the handler couldn't see them.",
    "Nobody passes anything on, I tell one person and the next one knows nothing.",
    "I was moved from the web chat to a phone call and had to repeat the whole thing.",
    "The claim reference I was given meant nothing to the person I spoke to the following day.",
    "Filled in your online form, waited three days, then someone called and asked me the same questions the form asked.",
    "I've spoken to four people about my boiler claim and had to explain it from scratch to every one of them.",
    "honestly the worst bit was repeating my story to every new person they put me through to",
    "The handler who took over my claim hadn't read the file and asked for the photos again.",
    "Why can't the phone team see my chat history? I had to explain it twice.",
    "The underwriters asked me questions I had already answered on the phone to your advisor.",
    "I gave all my new car details online and then the agent on the phone asked for them again.",
    "Customer service said they'd pass the details to billing but billing had nothing.",
    "When I was put through to the claims department, they didn't have any of the information I'd given the first advisor.",
    "I keep having to send the same photos to different people.",
    "the claims team couldnt see anything the call centre had put on my file so i had to go over it again",
]
NEW_OTHER = [
    ("The renewal price has gone up by £200 and nobody can explain why.", "price"),
    ("They transferred me to the renewals team but the quote was still far too high.", "price"),
    ("I was put through to claims and they told me my claim had been declined.", "payout"),
    ("The advisor they passed me to was really rude and hung up on me.", "staff"),
    ("Your app has been crashing all week and I can't log in.", "outage"),
    ("I was charged twice for my monthly premium.", "billing"),
    ("Awful company, would not recommend.", "vague"),
    ("I'd like to add my partner to the policy please.", "routine"),
    ("They put me through to the claims team and it was sorted within ten minutes.", "routine"),
    ("What time does the claims line open on Saturdays?", "routine"),
    ("The settlement offer doesn't even cover half of the repair bill.", "payout"),
    ("After being transferred to billing, they confirmed the refund would take another month.", "billing"),
    ("My premium is much higher than the quotes I got from other insurers.", "price"),
    ("Brilliant service, the handler kept me updated all the way through.", "routine"),
    ("Dreadful from start to finish.", "vague"),
    ("They offered me a pittance for my written off car.", "payout"),
    ("After two transfers the claims handler finally told me they'd only pay £1,500.", "payout"),
    ("I got passed to the loyalty team and they still wanted £150 more than last year.", "price"),
    ("The phone line cut out while they were transferring me.", "outage"),
    ("My broker passed the claim to the insurer and it was paid in a fortnight.", "routine"),
    ("I was transferred to a specialist who fixed the problem straight away.", "routine"),
    ("The bot handed me over to an advisor who picked it straight up, no need to go over anything.", "routine"),
]


@pytest.fixture(scope="module")
def real_model():
    from clustering.embedder import get_embedder

    embedder = get_embedder()
    return embedder, load_default_detector(embedder)


@pytest.mark.integration
def test_new_sentences_are_classified_as_handoff_or_not(real_model):
    embedder, detector = real_model
    corpus_texts = set(read_seed_corpus().text.str.lower())
    texts = NEW_HANDOFF + [t for t, _ in NEW_OTHER]
    assert not corpus_texts & {t.lower() for t in texts}, "test sentences must be new to the corpus"
    truth = np.array([True] * len(NEW_HANDOFF) + [False] * len(NEW_OTHER))
    p_handoff = detector.predict_proba(embedder.embed(texts))[:, list(detector.classes_).index("handoff")]
    predicted = p_handoff >= 0.5
    wrong = [t for t, ok in zip(texts, predicted == truth) if not ok]
    assert (predicted == truth).mean() >= 0.9, wrong
    precision = (predicted & truth).sum() / predicted.sum()
    assert precision >= 0.9, wrong


@pytest.mark.integration
def test_hard_negatives_after_a_transfer_are_filed_under_their_real_grievance(real_model):
    embedder, detector = real_model
    frame = pd.DataFrame(
        {
            "kind": ["calls", "reviews", "surveys"],
            "interaction_id": ["C-1", "R-1", "S-1"],
            "text": [
                "Agent: Putting you through to renewals now.\nCustomer: Fine.\nAdvisor: Renewals, how can I help?\n"
                "Customer: The renewal price has gone up by three hundred pounds and I've not claimed. It's far too expensive.",
                "They transferred me to the claims team and the offer they made was less than half what my car is worth.",
                "I got put through to the billing team and they said I'd been charged twice for June.",
            ],
            "team": ["Renewals", None, None],
            "transfer_count": [1, None, None],
        }
    )
    scored = score_interactions(frame, embedder, detector)
    assert not scored.is_handoff.any(), scored[["interaction_id", "label", "p_handoff"]]
    assert list(scored.label) == ["price", "payout", "billing"]


@pytest.mark.integration
def test_a_handoff_call_is_found_located_and_evidenced_in_customer_words(real_model):
    embedder, detector = real_model
    frame = pd.DataFrame(
        [{"kind": "calls", "interaction_id": "C-9", "team": "Claims", "transfer_count": 1, "journey": None,
          "text": "Agent: Claims, good morning.\nCustomer: Hi, it's about the storm damage to my roof.\n"
                  "Agent: I'm sorry if you had to repeat yourself.\n"
                  "Customer: I sent the photos through the online claim form on Monday,\n"
                  "and the advisor who rang me today had none of them, so I had to describe it all again."}]
    )
    row = score_interactions(frame, embedder, detector).iloc[0]
    assert row.is_handoff and row.label == "handoff"
    assert "the advisor who rang me today had none of them" in row.evidence
    assert "repeat yourself" not in row.evidence
    assert (row.handoff_from, row.handoff_to) == ("self-service form", "advisor")
    assert row.journey == "claim"
