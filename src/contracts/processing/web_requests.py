"""Pages of residents' rights requests, for procurement and the FG: the requests with their
due dates, recording one, and one request with its tasks, letters and extension."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter
from litestar.response import Redirect, Template

from contracts.processing import activities, letters_service, requests
from contracts.processing.rules import KIND_NL
from contracts.processing.schemas import RightsRequestCreate, RightsRequestOut, RightsRequestUpdate, TaskConfirm
from contracts.web import queries as page_queries
from core import ApiError, NotFound, Principal, field_errors, page, submit_form, to_struct, today, web_write_guard

LETTERS_NL = {"access_reply": "Antwoord aan de inwoner (inzage)",
              "erasure_reply": "Antwoord aan de inwoner (verwijdering)"}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def letter_label(letter: str, item: RightsRequestOut) -> str:
    if letter in LETTERS_NL:
        return LETTERS_NL[letter]
    task_id = letter.rsplit("-", 1)[-1]
    task = next((t for t in item.tasks if str(t.id) == task_id), None)
    return f"Verzoek aan {task.supplier_name if task else 'de verwerker'}"



@dataclass
class RequestForm:
    controller: str = ""
    kind: str = "access"
    received_on: str = ""
    reference: str = ""
    activity_ids: list[str] | str | None = None

    def parse(self) -> RightsRequestCreate:
        chosen = [self.activity_ids] if isinstance(self.activity_ids, str) else list(self.activity_ids or [])
        return to_struct(RightsRequestCreate, {**asdict(self), "activity_ids": [a for a in chosen if a]})


@dataclass
class ExtensionForm:
    version: str = ""
    extension_months: str = "0"
    extension_reason: str = ""


@dataclass
class ConfirmForm:
    confirmed_on: str = ""
    remark: str = ""


class RightsRequestPages(Controller):
    path = "/rights-requests"
    include_in_schema = False
    guards = [web_write_guard]

    async def _context(self, user: Principal, controller: str) -> dict[str, Any]:
        activities.check_manager(user)
        controllers = await page_queries.controller_options(user)
        if not controller and len(controllers) == 1:
            controller = controllers[0][0]
        if controller and not user.sees(controller):
            raise NotFound("Gemeente of samenwerkingsverband")
        options = await activities.activity_rows(user, controller) if controller else []
        return {"controllers": controllers, "controller": controller, "kinds": KIND_NL,
                "activity_options": [(a["id"], a["name"]) for a in options]}

    @get("/", operation_id="rightsRequestsPage")
    async def list_(self, request: Request, web_user: Principal,
                    controller: str = Parameter(default="", max_length=64)) -> Template:
        """Requests of the user's registers, the soonest due first; the form for a new one."""
        ctx = await self._context(web_user, controller)
        items = await requests.list_requests(web_user, ctx["controller"] or None)
        values = {**asdict(RequestForm(controller=ctx["controller"], received_on=today().isoformat())),
                  "activity_ids": []}
        return page(request, "contracts/rights_requests.html", web_user, items=items, values=values, errors={},
                    today=today(), **ctx)

    @post("/new", operation_id="rightsRequestCreatePage", status_code=303)
    async def create(self, request: Request, web_user: Principal,
                     data: RequestForm = Body(media_type=RequestEncodingType.URL_ENCODED)) -> Template | Redirect:
        """Record the request; its tasks follow from the register."""
        async def refused(exc: ApiError) -> Template:
            ctx = await self._context(web_user, data.controller)
            items = await requests.list_requests(web_user, ctx["controller"] or None)
            chosen = [data.activity_ids] if isinstance(data.activity_ids, str) else list(data.activity_ids or [])
            return page(request, "contracts/rights_requests.html", web_user, status_code=400, items=items,
                        values={**asdict(data), "activity_ids": chosen}, errors=field_errors(exc), today=today(), **ctx)

        return await submit_form(request, lambda: requests.create_request(data.parse(), web_user), refused,
                                 then=lambda record_id: f"/rights-requests/{record_id}",
                                 message="Het verzoek is vastgelegd; de taken per verwerker staan klaar.")

    async def _detail(self, request: Request, user: Principal, record_id: int, errors: dict[str, str],
                      status_code: int = 200) -> Template:
        item = await requests.get_request(record_id, user)
        letters = [(url, letter_label(url.rsplit("/", 1)[-1], item)) for url in item.letters]
        return page(request, "contracts/rights_request.html", user, status_code=status_code, item=item,
                    letters=letters, kinds=KIND_NL, errors=errors, today=today(),
                    values={"version": str(item.version), "extension_months": str(item.extension_months),
                            "extension_reason": item.extension_reason, "confirmed_on": today().isoformat()})

    @get("/{record_id:int}", operation_id="rightsRequestPage")
    async def detail(self, request: Request, web_user: Principal, record_id: int) -> Template:
        """One request: due date, tasks per processor, letters."""
        return await self._detail(request, web_user, record_id, {})

    @get("/{record_id:int}/letters/{letter:str}", operation_id="rightsLetterPage")
    async def letter(self, web_user: Principal, record_id: int, letter: str) -> Response[bytes]:
        """A letter of the request as .docx."""
        name, body = await letters_service.render_letter(record_id, letter, web_user)
        return Response(body, media_type=DOCX, headers={
            "Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "private, no-store"})

    @post("/{record_id:int}/extension", operation_id="rightsExtensionPage", status_code=303)
    async def extend(self, request: Request, web_user: Principal, record_id: int,
                     data: ExtensionForm = Body(media_type=RequestEncodingType.URL_ENCODED)) -> Template | Redirect:
        """Extend the answer term by one or two months, with the reason."""
        async def save() -> None:
            body = to_struct(RightsRequestUpdate, {"extension_months": data.extension_months,
                                                   "extension_reason": data.extension_reason})
            version = int(data.version) if data.version.isdigit() else None
            await requests.update_request(record_id, body, web_user, version)

        async def refused(exc: ApiError) -> Template:
            return await self._detail(request, web_user, record_id, field_errors(exc), 400)

        return await submit_form(request, save, refused, then=f"/rights-requests/{record_id}",
                                 message="De termijn is aangepast.")

    @post("/{record_id:int}/tasks/{task_id:int}", operation_id="rightsTaskConfirmPage", status_code=303)
    async def confirm(self, request: Request, web_user: Principal, record_id: int, task_id: int,
                      data: ConfirmForm = Body(media_type=RequestEncodingType.URL_ENCODED)) -> Template | Redirect:
        """Record the processor's confirmation."""
        async def save() -> None:
            await requests.confirm_task(record_id, task_id, to_struct(TaskConfirm, asdict(data)), web_user)

        async def refused(exc: ApiError) -> Template:
            return await self._detail(request, web_user, record_id, field_errors(exc), 400)

        return await submit_form(request, save, refused, then=f"/rights-requests/{record_id}",
                                 message="De bevestiging van de verwerker is vastgelegd.")


CONTROLLERS = [RightsRequestPages]
