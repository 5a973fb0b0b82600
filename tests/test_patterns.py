from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.datasets import make_blobs

from clustering.patterns import PEOPLE, coarse_handoff, consistency, evidence_handoff, form_patterns, pattern_id


def unit(x):
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_coarse_handoff_groups_channels_and_roles():
    assert coarse_handoff("portal", "phone agent") == ("self-service", "advisor")
    assert coarse_handoff("online form", "chat agent") == ("self-service", "advisor")
    assert coarse_handoff("advisor", "advisor") == ("advisor", "another advisor")
    assert coarse_handoff("another advisor", "claims handler") == ("advisor", "another advisor")
    assert coarse_handoff("chat agent", "another advisor") == ("chat", "advisor")
    assert coarse_handoff("broker", None) == ("broker", "insurer")
    assert coarse_handoff(None, "phone agent") == ("unknown", "advisor")
    assert coarse_handoff(None, "insurer") == ("broker", "insurer")  # "the carrier" received it from someone unnamed
    assert coarse_handoff("claims handler", "self-service form") == ("self-service", "advisor")


def test_one_cluster_with_two_handoff_points_is_split_and_ids_are_stable():
    vectors = unit(make_blobs(n_samples=60, centers=[[5] * 8], random_state=0)[0])
    complaints = pd.DataFrame({
        "member_id": [f"calls:{i}" for i in range(60)],
        "journey": ["claim"] * 60,
        "handoff_from": ["online form"] * 30 + ["advisor"] * 25 + [None] * 5,
        "handoff_to": ["advisor"] * 30 + ["another advisor"] * 25 + [None] * 5,
    })
    ids, keys = form_patterns(complaints, vectors, np.zeros(60, dtype=int))
    assert len(keys) == 2
    assert ids.iloc[0] == pattern_id("claim", "self-service", "advisor")
    assert ids.iloc[40] == pattern_id("claim", "advisor", "another advisor")
    assert ids.notna().all()


def test_two_clusters_with_the_same_handoff_merge_and_noise_stays_out():
    X, y = make_blobs(n_samples=90, centers=3, n_features=8, random_state=0)
    labels = y.copy()
    labels[:3] = -1  # in no cluster; the first names no handoff at all
    complaints = pd.DataFrame({
        "member_id": [f"chats:{i}" for i in range(90)],
        "journey": ["policy_change" if l in (0, 1) else "claim" for l in y],
        "handoff_from": ["chatbot" if l in (0, 1) else "broker" for l in y],
        "handoff_to": ["phone agent" if l in (0, 1) else "insurer" for l in y],
    })
    complaints.loc[0, ["handoff_from", "handoff_to"]] = [None, None]
    ids, keys = form_patterns(complaints, unit(X), labels)
    assert len(keys) == 2
    assert ids[0] is None  # no handoff named: stays out
    # in no cluster but naming a pattern's exact journey and handoff: joins it
    assert ids[1:3].tolist() == [pattern_id(complaints.journey[i], *coarse_handoff(complaints.handoff_from[i], complaints.handoff_to[i])) for i in (1, 2)]


def test_consistency_is_high_for_alike_vectors():
    tight = unit(np.ones((5, 4)) + 0.01 * np.arange(20).reshape(5, 4))
    spread = np.eye(4)
    assert consistency(tight) > 0.99
    assert consistency(spread) == 0.5


def test_a_member_naming_another_handoff_moves_to_that_pattern_or_leaves():
    X, y = make_blobs(n_samples=80, centers=2, n_features=8, random_state=1)
    complaints = pd.DataFrame({
        "member_id": [f"tickets:{i}" for i in range(80)],
        "journey": ["claim"] * 80,
        "handoff_from": ["online form" if l == 0 else "advisor" for l in y],
        "handoff_to": ["claims handler" if l == 0 else "another advisor" for l in y],
    })
    form_cluster = np.flatnonzero(y == 0)
    stray_form, stray_broker, vague_side, vague_elsewhere = form_cluster[:4]
    # Clustered with the advisor complaints, but its own words name the form.
    labels = y.copy()
    labels[stray_form] = 1
    # Clustered with the form complaints, but names a broker: no broker pattern exists.
    complaints.loc[stray_broker, ["handoff_from", "handoff_to"]] = ["broker", "insurer"]
    # Names no channel and no side: people passing it on, so the advisor pattern of its
    # journey, when it reads like the complaints there (a vector from the advisor blob) ...
    complaints.loc[vague_side, ["handoff_from", "handoff_to"]] = [None, None]
    X = X.copy()
    X[vague_side] = X[np.flatnonzero(y == 1)].mean(axis=0)
    # ... and not when it reads like the form complaints it was clustered with.
    complaints.loc[vague_elsewhere, ["handoff_from", "handoff_to"]] = [None, None]
    ids, keys = form_patterns(complaints, unit(X), labels)
    form_id, advisor_id = pattern_id("claim", "self-service", "advisor"), pattern_id("claim", "advisor", "another advisor")
    assert set(keys["pattern_id"]) == {form_id, advisor_id}
    assert ids[stray_form] == form_id
    assert ids[stray_broker] is None
    assert ids[vague_side] == advisor_id
    assert ids[vague_elsewhere] == form_id


def test_a_default_handoff_never_takes_a_complaint_out_of_its_pattern():
    X, y = make_blobs(n_samples=40, centers=1, n_features=8, random_state=2)
    complaints = pd.DataFrame({
        "member_id": [f"chats:{i}" for i in range(40)],
        "journey": ["policy_change"] * 40,
        "handoff_from": ["chat agent"] * 39 + [None],
        "handoff_to": ["phone agent"] * 39 + [None],
        "evidence": ["the chat had it all and the phone agent had nothing"] * 39 + ["nobody knew what I had said"],
    })
    ids, keys = form_patterns(complaints, unit(X), np.zeros(40, dtype=int))
    assert list(keys["pattern_id"]) == [pattern_id("policy_change", "chat", "advisor")]
    assert ids.notna().all()  # no advisor -> advisor pattern in this journey: the last one stays


def test_a_member_at_the_same_handoff_in_another_journey_moves_to_its_journeys_pattern():
    X, y = make_blobs(n_samples=60, centers=2, n_features=8, random_state=3)
    complaints = pd.DataFrame({
        "member_id": [f"surveys:{i}" for i in range(60)],
        "journey": ["claim" if l == 0 else "onboarding" for l in y],
        "handoff_from": ["online form"] * 60,
        "handoff_to": ["advisor"] * 60,
    })
    stray = np.flatnonzero(y == 0)[0]
    labels = y.copy()
    labels[stray] = 1  # a claim complaint clustered with the onboarding ones
    ids, _ = form_patterns(complaints, unit(X), labels)
    assert ids[stray] == pattern_id("claim", "self-service", "advisor")
    assert (ids[y == 1] == pattern_id("onboarding", "self-service", "advisor")).all()


def test_a_journey_that_reads_apart_in_a_cluster_gets_its_own_pattern_except_at_a_broker():
    centre = np.full(8, 5.0)
    nearby = centre + np.array([3.0, -3.0, 0, 0, 0, 0, 0, 0])
    main = make_blobs(n_samples=38, centers=[centre], random_state=0)[0]
    apart = make_blobs(n_samples=6, centers=[nearby], cluster_std=0.5, random_state=1)[0]
    vectors = unit(np.vstack([main, apart]))
    # 30 claim complaints, 6 whose journey was misread as policy change (they read like the rest),
    # 2 without a journey, and 6 onboarding complaints about a sub-topic of their own.
    journeys = ["claim"] * 30 + ["policy_change"] * 6 + [None] * 2 + ["onboarding"] * 6
    complaints = pd.DataFrame({
        "member_id": [f"calls:{i}" for i in range(44)],
        "journey": journeys,
        "handoff_from": ["online form"] * 44,
        "handoff_to": ["advisor"] * 44,
    })
    ids, keys = form_patterns(complaints, vectors, np.zeros(44, dtype=int))
    claim, onboarding = pattern_id("claim", "self-service", "advisor"), pattern_id("onboarding", "self-service", "advisor")
    assert sorted(keys.pattern_id) == sorted([claim, onboarding])
    assert (ids.iloc[38:] == onboarding).all()
    assert (ids.iloc[:38] == claim).all()

    broker = complaints.assign(handoff_from="broker", handoff_to="insurer", journey=["claim"] * 38 + ["policy_change"] * 6)
    ids, keys = form_patterns(broker, vectors, np.zeros(44, dtype=int))
    assert list(keys.pattern_id) == [pattern_id("claim", "broker", "insurer")]
    assert ids.notna().all() and ids.nunique() == 1


def test_people_alone_are_weak_evidence_against_a_channel_pattern():
    X, y = make_blobs(n_samples=60, centers=2, n_features=8, random_state=3)
    complaints = pd.DataFrame({
        "member_id": [f"surveys:{i}" for i in range(60)],
        "journey": ["policy_change" if label == 0 else "claim" for label in y],
        "handoff_from": ["chat agent" if label == 0 else "advisor" for label in y],
        "handoff_to": ["phone agent" if label == 0 else "another advisor" for label in y],
    })
    chat_rows = np.flatnonzero(y == 0)
    # A chat complaint that names only "the person on the phone": no people pattern in its journey, so it stays.
    unnamed = chat_rows[0]
    complaints.loc[unnamed, ["handoff_from", "handoff_to"]] = ["phone agent", "another advisor"]
    # A claim complaint naming only people, clustered with the chat ones: its journey has a people pattern.
    in_claim = chat_rows[1]
    complaints.loc[in_claim, "journey"] = "claim"
    complaints.loc[in_claim, ["handoff_from", "handoff_to"]] = ["advisor", "another advisor"]
    ids, keys = form_patterns(complaints, unit(X), y)
    chat_id = pattern_id("policy_change", "chat", "advisor")
    people_id = pattern_id("claim", "advisor", "another advisor")
    assert set(keys.pattern_id) == {chat_id, people_id}
    assert ids[unnamed] == chat_id
    assert ids[in_claim] == people_id


def test_a_pattern_left_without_members_is_not_listed():
    X, _ = make_blobs(n_samples=30, centers=[[5] * 8], cluster_std=0.3, random_state=4)
    complaints = pd.DataFrame({
        "member_id": [f"reviews:{i}" for i in range(30)],
        "journey": ["claim"] * 30,
        "handoff_from": ["advisor"] * 24 + [None] * 6,
        "handoff_to": ["another advisor"] * 24 + ["phone agent"] * 6,
    })
    # The six that name only the receiving side are a cluster of their own, reading like the people
    # complaints: all six join the advisor -> advisor pattern and their own pattern is left empty.
    labels = np.array([0] * 24 + [1] * 6)
    X[24:] = X[:24].mean(axis=0)
    ids, keys = form_patterns(complaints, unit(X), labels)
    people = pattern_id("claim", "advisor", "another advisor")
    assert list(keys.pattern_id) == [people]
    assert set(ids) == {people}


def test_a_broker_complaint_joins_the_broker_pattern_of_another_journey():
    X, _ = make_blobs(n_samples=20, centers=[[5] * 8], random_state=5)
    complaints = pd.DataFrame({
        "member_id": [f"chats:{i}" for i in range(20)],
        "journey": ["claim"] * 19 + ["policy_change"],
        "handoff_from": ["broker"] * 20,
        "handoff_to": ["claims handler"] * 20,
    })
    labels = np.array([0] * 19 + [-1])  # the policy change one is in no cluster
    ids, keys = form_patterns(complaints, unit(X), labels)
    assert list(keys.pattern_id) == [pattern_id("claim", "broker", "insurer")]
    assert ids.iloc[19] == pattern_id("claim", "broker", "insurer")


def test_broker_clusters_of_two_journeys_are_one_pattern_named_by_the_larger():
    X, y = make_blobs(n_samples=40, centers=2, n_features=8, random_state=3)
    complaints = pd.DataFrame({
        "member_id": [f"calls:{i}" for i in range(40)],
        # one cluster all claims, the other mostly policy changes: 20 + 3 claims against 17
        "journey": ["claim" if label == 0 or i % 7 == 0 else "policy_change" for i, label in enumerate(y)],
        "handoff_from": ["broker"] * 40,
        "handoff_to": ["insurer"] * 40,
    })
    ids, keys = form_patterns(complaints, unit(X), y)
    journey = complaints.journey.mode()[0]
    assert list(keys.pattern_id) == [pattern_id(journey, "broker", "insurer")]
    assert keys.journey.tolist() == [journey]
    assert (ids == pattern_id(journey, "broker", "insurer")).all()


def test_a_complaint_the_crm_tags_with_another_journey_leaves_a_pattern_of_one_journey():
    vectors = unit(make_blobs(n_samples=30, centers=[[5] * 8], random_state=1)[0])
    journeys = ["claim"] * 22 + ["onboarding"] * 3 + ["onboarding"] * 2 + ["policy_change"] * 3
    complaints = pd.DataFrame({
        "member_id": [f"tickets:{i}" for i in range(30)],
        "journey": journeys,
        # the CRM tagged the first 25; the journey of the next two was read from their words
        "crm_journey": journeys[:25] + [None, None] + journeys[27:],
        "handoff_from": ["online form"] * 27 + ["broker"] * 3,
        "handoff_to": ["advisor"] * 27 + ["insurer"] * 3,
    })
    broker = unit(make_blobs(n_samples=3, centers=[[-5] * 8], random_state=2)[0])
    vectors[27:] = broker
    labels = np.array([0] * 27 + [1] * 3)
    ids, keys = form_patterns(complaints, vectors, labels)
    form = pattern_id("claim", "self-service", "advisor")
    assert ids[:22].tolist() == [form] * 22
    assert ids[22:25].tolist() == [None] * 3  # tagged onboarding: no onboarding pattern at that break
    assert ids[25:27].tolist() == [form] * 2  # a journey guessed from the text moves nothing
    assert ids[27] is not None and len(set(ids[27:])) == 1  # the broker's pattern keeps its members

    untagged = complaints.drop(columns="crm_journey")
    ids, _ = form_patterns(untagged, vectors, labels)
    assert ids[:27].tolist() == [form] * 27  # without CRM tags nothing moves


def test_complaints_naming_one_break_that_the_clustering_scattered_become_its_pattern():
    X, y = make_blobs(n_samples=95, centers=2, n_features=8, random_state=3)
    complaints = pd.DataFrame({
        "member_id": [f"calls:{i}" for i in range(95)],
        "journey": ["claim" if l == 0 else "policy_change" for l in y],
        "handoff_from": ["online form" if l == 0 else "chat agent" for l in y],
        "handoff_to": ["advisor" if l == 0 else "phone agent" for l in y],
    })
    labels = y.copy()
    form, chat = np.flatnonzero(y == 0), np.flatnonzero(y == 1)
    # A broker's complaints: 6 among the form complaints, 5 among the chat ones, 4 in no cluster.
    # None of the clusters holds enough of them to split them off into a pattern of their own.
    brokers = np.concatenate([form[:6], chat[:5], form[6:10]])
    labels[form[6:10]] = -1
    complaints.loc[brokers, ["handoff_from", "handoff_to"]] = ["broker", "insurer"]
    # Five that name only people in no cluster: never a pattern of their own.
    people = chat[5:10]
    labels[people] = -1
    complaints.loc[people, ["handoff_from", "handoff_to"]] = ["advisor", "another advisor"]

    ids, keys = form_patterns(complaints, unit(X), labels, min_named=10)
    broker_id = pattern_id("claim", "broker", "insurer")  # named by the journey most of them share
    assert set(keys["pattern_id"]) == {broker_id, pattern_id("claim", "self-service", "advisor"),
                                       pattern_id("policy_change", "chat", "advisor")}
    assert set(np.flatnonzero(ids.to_numpy() == broker_id)) == set(brokers)
    assert ids[people].isna().all()

    ids, keys = form_patterns(complaints, unit(X), labels, min_named=16)  # fewer than that: no pattern
    assert broker_id not in set(keys["pattern_id"]) and ids[brokers].isna().all()


def test_an_email_between_the_people_who_passed_the_case_on_is_not_a_self_service_start():
    between = "I emailed the photos to the first handler and the next handler asked me for them again."
    assert evidence_handoff(between, "email", "claims handler") == PEOPLE
    # email with no other person, or beside a form, a broker or a chat, keeps its reading
    assert evidence_handoff("I emailed everything and the handler had none of it.", "email", "claims handler") == (
        "self-service", "advisor")
    form = "I did the online form, emailed the photos, and the next handler had neither."
    assert evidence_handoff(form, "self-service form", "another advisor") == ("self-service", "advisor")
    chat = "I emailed the chat team my photos and the next advisor had none of it."
    assert evidence_handoff(chat, "email", "another advisor") == ("self-service", "advisor")  # as before the rule
    assert evidence_handoff("My broker emailed it all and your next handler had nothing.", "broker", None) == (
        "broker", "insurer")
    # a web form the CRM names (the words do not) keeps the complaint at the self-service start
    assert evidence_handoff(between, "self-service form", "claims handler") == ("self-service", "advisor")
