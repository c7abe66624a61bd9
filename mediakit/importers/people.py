"""Contact details as people type them: phones checked with phonenumbers, e-mails validated."""

from __future__ import annotations

import re

FORMULA = re.compile(r"^[=+\-@\t\r]+(?!\s*\d)")


def clean_cell(value: str) -> str:
    """Text from a spreadsheet cell, without formula prefixes, control characters or excess space."""
    value = "".join(c for c in value if c.isprintable())
    return " ".join(FORMULA.sub("", value.strip()).split())


def display_phone(raw: str) -> str:
    """'+ 54 911 50472248' -> '+54 911 50472248': kept as typed, only tidied."""
    text = re.sub(r"\s+", " ", raw.strip().rstrip(".;,")).strip()
    return re.sub(r"^\+\s+", "+", text)


def phone_problem(phone: str) -> str:
    """Why a phone number looks wrong, or '' when phonenumbers accepts it."""
    import phonenumbers  # loaded when a phone is checked, not at start

    try:
        number = phonenumbers.parse(phone, None if phone.startswith("+") else "US")
    except phonenumbers.NumberParseException:
        return f"the phone number “{phone}” is not recognised"
    if not phonenumbers.is_possible_number(number):
        return f"the phone number “{phone}” has the wrong length"
    return ""


def tel_uri(phone: str) -> str:
    """The tel: link for a phone as displayed (E.164 when phonenumbers understands it)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(phone, None)
        return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return "tel:" + re.sub(r"[^\d+]", "", phone)


def checked_email(raw: str) -> tuple[str, str]:
    """(the e-mail, '') when valid, else ('', the problem)."""
    from email_validator import EmailNotValidError, validate_email

    address = raw.strip().strip("<>").rstrip(".")
    if not address:
        return "", ""
    try:
        return validate_email(address, check_deliverability=False).normalized, ""
    except EmailNotValidError:
        return "", f"the e-mail address “{address}” is not valid"
