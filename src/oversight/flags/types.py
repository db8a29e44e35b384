"""The shape of a flag: what is wrong or due, for whom, by when. Shared by the flag
engine (``oversight.flags.engine``), its API, the calendar feed, reminders and the web pages."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import msgspec

Severity = Literal["info", "warning", "critical"]
SEVERITY_RANK = {"info": 0, "warning": 1, "critical": 2}
SubjectType = Literal[
    "evidence", "agreement", "supplier", "product", "subprocessor", "incident", "rights_request"
]


class Flag(msgspec.Struct, kw_only=True, frozen=True):
    #: Stable identity across runs and severity changes, e.g. "evidence-expiry:evidence:12";
    #: used as the iCalendar UID and to remember which flags were mailed.
    uid: str
    #: e.g. certificate_expiring, certificate_expired, report_stale, iso27001_2013,
    #: assurance_missing, agreement_ending, notice_deadline, review_due, review_overdue,
    #: missing_agreement, open_findings, subprocessor_objection, incident_authority_due,
    #: supplier_incident, rights_request_due, rights_task_unconfirmed, annex_mismatch, advisory.
    kind: str
    severity: Severity
    subject_type: SubjectType
    subject_id: int
    #: CBS code or slug of the municipality or arrangement concerned.
    controller: str
    #: The day it is due (or became due); None for flags without a date.
    due: dt.date | None
    #: One Dutch sentence a user can act on.
    message: str
    #: Path of the web page where it is resolved, e.g. "/agreements/12".
    link: str
    #: The name of ``controller`` ("Gemeente Beekdal"), for people to read; filled in by
    #: ``compute_flags`` (which also puts it in place of the code inside ``message``).
    controller_name: str = ""
