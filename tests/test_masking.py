from __future__ import annotations

import pytest

from alerts.masking import CARD, CLAIM, EMAIL, PHONE, POLICY, mask_pii


@pytest.mark.parametrize(
    "text, expected",
    [
        ("write to jo.bloggs@example.com please", f"write to {EMAIL} please"),
        ("cc: J.O'Neil+claims@mail.insurer.co.uk.", f"cc: {EMAIL}."),
        ("emails a@b.io and x_y-z@sub.example.org", f"emails {EMAIL} and {EMAIL}"),
    ],
)
def test_emails_are_masked(text, expected):
    assert mask_pii(text) == expected


@pytest.mark.parametrize(
    "number",
    [
        # UK
        "07700 900123", "07700900123", "+44 7700 900123", "+447700900123", "020 7946 0958", "(020) 7946 0958",
        "+44 (0)20 7946 0958", "0161-496-0000", "0044 20 7946 0958",
        # US
        "(555) 123-4567", "555-123-4567", "555.123.4567", "+1 555 123 4567", "1-800-555-0199", "+1 (555) 123-4567",
        "555 123 4567 ext 12",
        # international
        "+33 1 23 45 67 89", "+49 30 1234567", "+353 87 123 4567", "+61 2 9876 5432", "+91 98765 43210",
    ],
)
def test_phone_numbers_in_every_common_format_are_masked(number):
    masked = mask_pii(f"please call me on {number}, thanks")
    assert masked == f"please call me on {PHONE}, thanks"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my policy P-000123 renewed", f"my policy {POLICY} renewed"),
        ("ref POL123456 on the letter", f"ref {POLICY} on the letter"),
        ("pol-987654 and POL 555555", f"{POLICY} and {POLICY}"),
        ("policy number 12345678 was wrong", f"policy number {POLICY} was wrong"),
        ("Policy No. AB-1234 please", f"Policy No. {POLICY} please"),
        ("policy #4455", f"policy #{POLICY}"),
        ("policy: HX-778899", f"policy: {POLICY}"),
        ("my policy 87654321", f"my policy {POLICY}"),
    ],
)
def test_policy_numbers_are_masked(text, expected):
    assert mask_pii(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("claim CLM-2026-0042 is stuck", f"claim {CLAIM} is stuck"),
        ("clm123456", CLAIM),
        ("claim ref 998877 please", f"claim ref {CLAIM} please"),
        ("Claim reference: AB/2026/77", f"Claim reference: {CLAIM}"),
        ("claim number 5566 and claim #7788", f"claim number {CLAIM} and claim #{CLAIM}"),
        ("my claim 20261104", f"my claim {CLAIM}"),
    ],
)
def test_claim_numbers_are_masked(text, expected):
    assert mask_pii(text) == expected


def test_card_numbers_are_masked_but_not_called_phones():
    assert mask_pii("card 4111 1111 1111 1111 declined") == f"card {CARD} declined"
    assert mask_pii("card 5500-0000-0000-0004") == f"card {CARD}"


@pytest.mark.parametrize(
    "text",
    [
        "I called 3 times over 2 weeks and waited 45 minutes",
        "on 2026-10-01 at 10:30 and again on 12/10/2026",
        "they quoted 1,200.50 then 1,350",
        "my policy 2026 renewal and my claim was rejected",
        "claim 12 of 2026, policy change in March",
        "555-0199",  # seven digits, no country code: too short to be sure
        "P-12 and POL",
    ],
)
def test_ordinary_numbers_and_words_are_left_alone(text):
    assert mask_pii(text) == text


def test_a_verbatim_with_everything_keeps_its_words():
    text = (
        "Agent told me to email claims@insurer.com with claim ref 998877 and policy P-000123, "
        "then call 0800 123 4567. I had to repeat everything."
    )
    masked = mask_pii(text)
    assert masked == (
        f"Agent told me to email {EMAIL} with claim ref {CLAIM} and policy {POLICY}, "
        f"then call {PHONE}. I had to repeat everything."
    )
    for secret in ("claims@insurer.com", "998877", "000123", "123 4567"):
        assert secret not in masked


def test_empty_and_none():
    assert mask_pii(None) == ""
    assert mask_pii("") == ""
