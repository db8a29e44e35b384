"""An agreement's processing description (Annex I) from its linked activities.

``annex_check`` compares the agreement's data categories with those of the activities
that name it; a category an activity processes but the agreement does not describe is a
mismatch (the ``annex_mismatch`` flag). ``fill_annex`` writes the activities' purposes,
data, data subjects, special categories and BSN into the agreement, through the
agreement's own update (so only a draft changes, audited like any other change).
"""

from __future__ import annotations

from typing import Any

from contracts import services
from contracts.processing import rules
from contracts.processing.activities import ACTIVITY
from contracts.processing.schemas import AnnexCheck
from contracts.processing.tables import ActivityAgreement
from contracts.schemas import AgreementUpdate
from core import Invalid, Principal, crud

#: The most lines an agreement's list field holds (``contracts.schemas.Lines``).
MAX_LINES = 50


async def linked_activities(agreement_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The activities naming each agreement: one query."""
    result: dict[int, list[dict[str, Any]]] = {i: [] for i in agreement_ids}
    if agreement_ids:
        rows = await ActivityAgreement.select(
            ActivityAgreement.agreement, *ActivityAgreement.activity.all_columns(exclude=["version"]),
        ).where(ActivityAgreement.agreement.is_in(agreement_ids)).order_by(ActivityAgreement.activity.name)
        for row in rows:
            activity = {k.removeprefix("activity."): v for k, v in row.items() if k.startswith("activity.")}
            result[row["agreement"]].append(ACTIVITY.decode(activity))
    return result


def activity_categories(activities: list[dict[str, Any]]) -> list[str]:
    return rules.ordered_union([*(a["data_categories"] for a in activities),
                                *(a["special_categories"] for a in activities)])


def check(agreement: dict[str, Any], activities: list[dict[str, Any]]) -> AnnexCheck:
    theirs = activity_categories(activities)
    ours = list(agreement["personal_data"] or [])
    missing, extra = rules.annex_difference(ours, theirs)
    return AnnexCheck(
        agreement_id=agreement["id"], agreement_version=agreement.get("version", 0),
        agreement_status=agreement.get("status", ""), activity_ids=[a["id"] for a in activities],
        activity_categories=theirs,
        agreement_categories=ours, missing_in_agreement=missing, not_in_activities=extra,
        mismatch=bool(activities) and bool(missing or extra),
    )


async def annex_check(agreement_id: int, principal: Principal) -> AnnexCheck:
    agreement = await crud.fetch(services.AGREEMENT, agreement_id, principal)
    return check(agreement, (await linked_activities([agreement_id]))[agreement_id])


async def fill_annex(agreement_id: int, principal: Principal, if_match: int | None) -> None:
    await crud.fetch(services.AGREEMENT, agreement_id, principal)
    activities = (await linked_activities([agreement_id]))[agreement_id]
    if not activities:
        raise Invalid({"agreement_id": "Geen verwerkingsactiviteit noemt deze overeenkomst."})
    update = AgreementUpdate(
        purposes=rules.ordered_union(
            [" ".join(a["purpose"].split())[:300]] for a in activities if a["purpose"].strip()
        )[:MAX_LINES],
        personal_data=activity_categories(activities)[:MAX_LINES],
        data_subjects=rules.ordered_union(a["data_subject_categories"] for a in activities)[:MAX_LINES],
        special_categories=any(a["special_categories"] for a in activities),
        bsn=any(a["uses_bsn"] for a in activities),
    )
    await services.update_agreement(agreement_id, update, principal, if_match)

