"""The eForms SDK example notices kept with the tests, and variations of them (the tests and `bench_eforms`).

The examples are © European Union, Publications Office, licensed CC BY 4.0 (OP-TED eForms SDK 1.15.1,
examples/notices/); keep this attribution wherever they are used. They live in `tests/data/eforms-sdk-examples/`
(README there; override with the TED_EXAMPLES_DIR environment variable).
"""

import os
import random
import re
import uuid
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
EXAMPLES_DIR = Path(os.environ.get("TED_EXAMPLES_DIR", DATA_DIR / "eforms-sdk-examples"))
LICENCE_NOTICE = "eForms SDK example notices © European Union, Publications Office, CC BY 4.0."

# Notices that become opportunities, to be varied by the benchmark.
IMPORTABLE = [
    "cn_24_minimal.xml",
    "cn_24_maximal.xml",
    "cn_24_multilingual.xml",
    "cn_24_open.xml",
    "cn_24_cumbria.xml",
    "cn_24_open_accel.xml",
    "cn_24_nego_accel.xml",
    "cn_24_FRA_comments.xml",
    "cn-desg_24.xml",
    "cn-social_25.xml",
    "cn_25.xml",
    "cn_81.xml",
    "pin-cfc_24.xml",
]

UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TITLE = re.compile(rb"(<cac:ProcurementProject>\s*(?:<!--[^>]*-->\s*)*<cbc:Name languageID=\"[A-Z]{3}\">)([^<]*)")
ISSUE_DATE = re.compile(rb"<cbc:IssueDate>(\d{4})-")
END_DATE = re.compile(rb"<cbc:EndDate>(\d{4})-")
AMOUNT = re.compile(rb"(<cbc:EstimatedOverallContractAmount currencyID=\"[A-Z]{3}\">)([0-9.]+)")


def example(name):
    return (EXAMPLES_DIR / name).read_bytes()


def vary(data, number, rng=None):
    """A different but equally valid notice: new identifiers, a numbered title, shifted years and new values."""
    rng = rng or random.Random(number)
    replacements = {}

    def new_id(match):
        return replacements.setdefault(match.group(0), str(uuid.UUID(int=rng.getrandbits(128))).encode())

    data = UUID.sub(new_id, data)
    data = TITLE.sub(lambda match: match.group(1) + match.group(2) + f" (no. {number})".encode(), data, count=1)
    shift = rng.randint(4, 6)
    data = ISSUE_DATE.sub(lambda match: b"<cbc:IssueDate>%d-" % (int(match.group(1)) + shift), data)
    data = END_DATE.sub(lambda match: b"<cbc:EndDate>%d-" % (int(match.group(1)) + shift), data)
    return AMOUNT.sub(lambda match: match.group(1) + b"%d" % rng.randint(10_000, 50_000_000), data)
