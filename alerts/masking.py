"""Mask personal data in customers' words before they leave the building (pure).

Verbatims go into messages routed to teams and onto the review app's screen:
e-mail addresses, phone numbers, payment card numbers, and policy and claim
numbers are replaced by a placeholder that says what was there. The masking
errs on the side of hiding: a long run of digits that might be a phone number
is masked even when it is something else.

Order matters: e-mails first (their digits are not phone numbers), then claim
and policy references (their digits are not phone numbers either), then cards,
then phones.
"""

from __future__ import annotations

import re

EMAIL = "[email]"
PHONE = "[phone]"
CARD = "[card number]"
POLICY = "[policy number]"
CLAIM = "[claim number]"

_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

# Words between "policy"/"claim" and the identifier: "number", "no.", "#", "ref", "id".
_LABEL_WORDS = r"(?:number|num\.?|nbr|no\.?|ref(?:erence)?\.?|id)"
_LABEL = r"((?:\s*" + _LABEL_WORDS + r")?\s*[:#]?\s*(?:(?:is|was)\s+)?)"
# An identifier: letters, digits, dashes and slashes, with at least one digit.
_IDENT = r"(?=[A-Za-z/-]*\d)[A-Za-z0-9][A-Za-z0-9/-]*[A-Za-z0-9]\b"

# Claim references with a claim prefix, e.g. CLM-2026-0042, CLM123456, CL-998877.
_CLAIM_CODE = re.compile(r"\b(?:CLM[-/ ]?|CL-)\d[\d/-]{2,}\d\b", re.IGNORECASE)
# "claim ref 998877", "claim number: AB-12345", "claim #12345", "claim 1234567".
_CLAIM_PHRASE = re.compile(r"\b(claims?)" + _LABEL + r"(" + _IDENT + r")", re.IGNORECASE)

# Policy references with a policy prefix, e.g. P-000123, POL123456, POL-77-1234, PN 1234567.
_POLICY_CODE = re.compile(
    r"\b(?:POL[-/ ]?\d{4,}|PN[-/ ]?\d{4,}|P-\d{4,}|P\d{6,})(?:[-/]\d+)*\b", re.IGNORECASE
)
_POLICY_PHRASE = re.compile(r"\b(policy)" + _LABEL + r"(" + _IDENT + r")", re.IGNORECASE)

# 13 to 19 digits, optionally in groups separated by single spaces or dashes,
# that pass the Luhn check (so that a long phone number is not called a card).
_CARD = re.compile(r"(?<![\w+])[1-9](?:[ -]?\d){12,18}(?!\w)")

# A phone number candidate: an optional + or 00 prefix, digits in groups
# separated by spaces, dashes, dots or parentheses, an optional extension.
_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+])(?:\+\s?|00)?\(?\d[\d(). \t-]*\d(?:[ \t]*(?:ext\.?|x)[ \t]*\d{1,5})?(?!\w)", re.IGNORECASE
)
_DATE_LIKE = re.compile(r"^\d{4}[-.]\d{1,2}[-.]\d{1,2}$|^\d{1,2}[-.]\d{1,2}[-.]\d{2,4}$")
_MONEY_LIKE = re.compile(r"^\d{1,3}(?:[.,]\d{3})*(?:\.\d{1,2})?$")


def _phrase_replacer(placeholder: str):
    """Replace the identifier, keep the words before it ("claim ref [claim number]").

    Without a label word ("number", "ref", "#"...), the identifier needs at
    least 6 characters: "policy 2026" is a year, "policy 12345678" a number."""

    def replace(match: re.Match) -> str:
        word, label, identifier = match.group(1), match.group(2), match.group(3)
        if not re.search(_LABEL_WORDS + r"|[:#]", label, re.IGNORECASE) and len(identifier) < 6:
            return match.group(0)
        return word + label + placeholder

    return replace


def _luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _card_replacer(match: re.Match) -> str:
    return CARD if _luhn_ok(re.sub(r"\D", "", match.group(0))) else match.group(0)


def _phone_replacer(match: re.Match) -> str:
    text = match.group(0)
    number = re.sub(r"(?i)(ext\.?|x)[ \t]*\d+$", "", text).strip()
    digits = re.sub(r"\D", "", number)
    if _DATE_LIKE.match(number) or _MONEY_LIKE.match(number):
        return text
    international = number.startswith(("+", "00"))
    if 9 <= len(digits) <= 15 or (international and 7 <= len(digits) <= 15):
        return PHONE
    return text


def mask_pii(text: str | None) -> str:
    """The text with e-mail addresses, phone numbers, card numbers and policy
    and claim numbers replaced by [email], [phone], [card number],
    [policy number] and [claim number]. None gives ''."""
    if not text:
        return ""
    masked = _EMAIL.sub(EMAIL, str(text))
    masked = _CLAIM_CODE.sub(CLAIM, masked)
    masked = _CLAIM_PHRASE.sub(_phrase_replacer(CLAIM), masked)
    masked = _POLICY_CODE.sub(POLICY, masked)
    masked = _POLICY_PHRASE.sub(_phrase_replacer(POLICY), masked)
    masked = _CARD.sub(_card_replacer, masked)
    masked = _PHONE_CANDIDATE.sub(_phone_replacer, masked)
    return masked
