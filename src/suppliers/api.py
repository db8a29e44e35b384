"""JSON API of the register: municipalities, arrangements, suppliers and what hangs below them."""

from __future__ import annotations

from litestar import Controller, Response, delete, get, patch, post, put
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter

from core import (
    READ_ERRORS,
    WRITE_ERRORS,
    FileUpload,
    IfMatch,
    Paging,
    Principal,
    Settings,
    clock,
    crud,
    if_match_version,
    with_etag,
    write_guard,
)
from suppliers import queries, registry, services
from suppliers.chain_schemas import SupplierChain
from suppliers.deps import download_name, evidence_policy
from suppliers.schemas import (
    ArrangementCreate,
    ArrangementOut,
    ArrangementPage,
    ArrangementUpdate,
    EvidenceCreate,
    EvidenceOut,
    EvidencePage,
    EvidenceUpdate,
    MunicipalityCreate,
    MunicipalityOut,
    MunicipalityPage,
    MunicipalityUpdate,
    ProductCreate,
    ProductOut,
    ProductPage,
    ProductUpdate,
    SubprocessorCreate,
    SubprocessorOut,
    SubprocessorPage,
    SubprocessorUpdate,
    SupplierCreate,
    SupplierOut,
    SupplierPage,
    SupplierUpdate,
)

Search = Parameter(required=False, max_length=100, description="Zoekterm (naam of code)")


class MunicipalityController(Controller):
    path = "/api/v1/municipalities"
    tags = ["Gemeenten"]
    guards = [write_guard]

    @get(operation_id="listMunicipalities", responses=READ_ERRORS)
    async def list_(self, user: Principal, paging: Paging, q: str | None = Search) -> MunicipalityPage:
        """List the municipalities in your scope."""
        page = await queries.list_municipalities(user, q, paging.page, paging.page_size)
        return MunicipalityPage(
            items=[queries.municipality_out(r) for r in page.items],
            total=page.total, page=page.page, page_size=page.page_size,
        )

    @post(operation_id="createMunicipality", responses=WRITE_ERRORS)
    async def create(self, user: Principal, data: MunicipalityCreate) -> Response[MunicipalityOut]:
        """Register a municipality (admin, or a writer whose scope names its CBS code)."""
        row = await registry.create_municipality(data, user)
        return with_etag(queries.municipality_out(row), row["version"], 201)

    @get("/{record_id:int}", operation_id="getMunicipality", responses=READ_ERRORS)
    async def read(self, user: Principal, record_id: int) -> Response[MunicipalityOut]:
        """One municipality."""
        row = await crud.fetch(registry.MUNICIPALITY, record_id, user)
        return with_etag(queries.municipality_out(row), row["version"])

    @patch("/{record_id:int}", operation_id="updateMunicipality", responses=WRITE_ERRORS)
    async def update(
        self, user: Principal, record_id: int, data: MunicipalityUpdate, if_match: IfMatch = None
    ) -> Response[MunicipalityOut]:
        """Change a municipality; send its ETag in If-Match."""
        row = await registry.update_municipality(record_id, data, user, if_match_version(if_match))
        return with_etag(queries.municipality_out(row), row["version"])

    @delete("/{record_id:int}", operation_id="deleteMunicipality", responses=WRITE_ERRORS)
    async def remove(self, user: Principal, record_id: int, if_match: IfMatch = None) -> None:
        """Delete a municipality that has no members or suppliers left."""
        await registry.delete_municipality(record_id, user, if_match_version(if_match))


class ArrangementController(Controller):
    path = "/api/v1/arrangements"
    tags = ["Samenwerkingsverbanden"]
    guards = [write_guard]

    @get(operation_id="listArrangements", responses=READ_ERRORS)
    async def list_(
        self,
        user: Principal,
        paging: Paging,
        q: str | None = Search,
        kind: str | None = Parameter(required=False, max_length=32, description="Soort verband"),
        member: str | None = Parameter(required=False, max_length=6, description="CBS-code van een lid"),
    ) -> ArrangementPage:
        """List joint arrangements in your scope, with their members."""
        page, members = await queries.list_arrangements(
            user, q, kind, member, paging.page, paging.page_size
        )
        return ArrangementPage(
            items=[queries.arrangement_out(r, members.get(r["id"], [])) for r in page.items],
            total=page.total, page=page.page, page_size=page.page_size,
        )

    @post(operation_id="createArrangement", responses=WRITE_ERRORS)
    async def create(self, user: Principal, data: ArrangementCreate) -> Response[ArrangementOut]:
        """Register a joint arrangement with its member municipalities."""
        record_id = await registry.create_arrangement(data, user)
        out = await queries.arrangement(record_id, user)
        return with_etag(out, out.version, 201)

    @get("/{record_id:int}", operation_id="getArrangement", responses=READ_ERRORS)
    async def read(self, user: Principal, record_id: int) -> Response[ArrangementOut]:
        """One joint arrangement."""
        out = await queries.arrangement(record_id, user)
        return with_etag(out, out.version)

    @patch("/{record_id:int}", operation_id="updateArrangement", responses=WRITE_ERRORS)
    async def update(
        self, user: Principal, record_id: int, data: ArrangementUpdate, if_match: IfMatch = None
    ) -> Response[ArrangementOut]:
        """Change an arrangement; `members`, when sent, replaces the member list."""
        await registry.update_arrangement(record_id, data, user, if_match_version(if_match))
        out = await queries.arrangement(record_id, user)
        return with_etag(out, out.version)

    @delete("/{record_id:int}", operation_id="deleteArrangement", responses=WRITE_ERRORS)
    async def remove(self, user: Principal, record_id: int, if_match: IfMatch = None) -> None:
        """Delete an arrangement whose register holds no suppliers."""
        await registry.delete_arrangement(record_id, user, if_match_version(if_match))


class SupplierController(Controller):
    path = "/api/v1/suppliers"
    tags = ["Leveranciers"]
    guards = [write_guard]

    @get(operation_id="listSuppliers", responses=READ_ERRORS)
    async def list_(
        self,
        user: Principal,
        paging: Paging,
        q: str | None = Search,
        country: str | None = Parameter(required=False, max_length=2, description="Landcode"),
        in_eea: bool | None = Parameter(required=False, description="Alleen binnen/buiten de EER"),
        register: str | None = Parameter(
            query="scope", required=False, max_length=64, description="Register (CBS-code of slug)"
        ),
    ) -> SupplierPage:
        """List suppliers in your scope; search on name or KvK number."""
        page = await queries.list_suppliers(
            user, q, country, in_eea, register, paging.page, paging.page_size
        )
        return SupplierPage(
            items=[queries.supplier_out(r) for r in page.items],
            total=page.total, page=page.page, page_size=page.page_size,
        )

    @post(operation_id="createSupplier", responses=WRITE_ERRORS)
    async def create(self, user: Principal, data: SupplierCreate) -> Response[SupplierOut]:
        """Register a supplier in a municipality's or arrangement's register."""
        record_id = await services.create_supplier(data, user)
        row = await services.supplier_row(record_id, user)
        return with_etag(queries.supplier_out(row), row["version"], 201)

    @get("/{record_id:int}", operation_id="getSupplier", responses=READ_ERRORS)
    async def read(self, user: Principal, record_id: int) -> Response[SupplierOut]:
        """One supplier."""
        row = await services.supplier_row(record_id, user)
        return with_etag(queries.supplier_out(row), row["version"])

    @patch("/{record_id:int}", operation_id="updateSupplier", responses=WRITE_ERRORS)
    async def update(
        self, user: Principal, record_id: int, data: SupplierUpdate, if_match: IfMatch = None
    ) -> Response[SupplierOut]:
        """Change a supplier; send its ETag in If-Match."""
        await services.update_supplier(record_id, data, user, if_match_version(if_match))
        row = await services.supplier_row(record_id, user)
        return with_etag(queries.supplier_out(row), row["version"])

    @delete("/{record_id:int}", operation_id="deleteSupplier", responses=WRITE_ERRORS)
    async def remove(self, user: Principal, record_id: int, if_match: IfMatch = None) -> None:
        """Delete a supplier with its products, sub-processor links and evidence."""
        await services.delete_supplier(record_id, user, if_match_version(if_match))

    @get("/{record_id:int}/chain", operation_id="getSupplierChain", responses=READ_ERRORS)
    async def chain(self, user: Principal, record_id: int) -> SupplierChain:
        """The whole sub-processor chain below a supplier, and which links leave the EEA."""
        return await queries.supplier_chain(record_id, user)


class ProductController(Controller):
    path = "/api/v1/suppliers/{supplier_id:int}/products"
    tags = ["Producten"]
    guards = [write_guard]

    @get(operation_id="listProducts", responses=READ_ERRORS)
    async def list_(
        self, user: Principal, supplier_id: int, paging: Paging, q: str | None = Search
    ) -> ProductPage:
        """Products and systems a supplier delivers, and who uses them."""
        await services.supplier_row(supplier_id, user)
        page, usage = await queries.list_products(supplier_id, user, q, paging.page, paging.page_size)
        return ProductPage(
            items=[queries.product_out(r, usage.get(r["id"], [])) for r in page.items],
            total=page.total, page=page.page, page_size=page.page_size,
        )

    @post(operation_id="createProduct", responses=WRITE_ERRORS)
    async def create(self, user: Principal, supplier_id: int, data: ProductCreate) -> Response[ProductOut]:
        """Record a product or system of this supplier."""
        record_id = await services.create_product(supplier_id, data, user)
        return await self._one(user, supplier_id, record_id, 201)

    @get("/{record_id:int}", operation_id="getProduct", responses=READ_ERRORS)
    async def read(self, user: Principal, supplier_id: int, record_id: int) -> Response[ProductOut]:
        """One product."""
        return await self._one(user, supplier_id, record_id)

    @patch("/{record_id:int}", operation_id="updateProduct", responses=WRITE_ERRORS)
    async def update(
        self, user: Principal, supplier_id: int, record_id: int, data: ProductUpdate,
        if_match: IfMatch = None,
    ) -> Response[ProductOut]:
        """Change a product; `used_by`, when sent, replaces the list of users."""
        await services.update_product(supplier_id, record_id, data, user, if_match_version(if_match))
        return await self._one(user, supplier_id, record_id)

    @delete("/{record_id:int}", operation_id="deleteProduct", responses=WRITE_ERRORS)
    async def remove(self, user: Principal, supplier_id: int, record_id: int, if_match: IfMatch = None) -> None:
        """Delete a product."""
        await services.delete_child(services.PRODUCT, supplier_id, record_id, user, if_match_version(if_match))

    @staticmethod
    async def _one(user: Principal, supplier_id: int, record_id: int, status: int = 200) -> Response[ProductOut]:

        row = await crud.fetch(services.PRODUCT, record_id, user, supplier_id)
        usage = await services.usage_of([record_id])
        return with_etag(queries.product_out(row, usage.get(record_id, [])), row["version"], status)


class SubprocessorController(Controller):
    path = "/api/v1/suppliers/{supplier_id:int}/subprocessors"
    tags = ["Subverwerkers"]
    guards = [write_guard]

    @get(operation_id="listSubprocessors", responses=READ_ERRORS)
    async def list_(self, user: Principal, supplier_id: int, paging: Paging) -> SubprocessorPage:
        """Sub-processors this supplier engages."""
        await services.supplier_row(supplier_id, user)
        page = await queries.list_subprocessors(supplier_id, user, paging.page, paging.page_size)
        return SubprocessorPage(
            items=[queries.subprocessor_out(r) for r in page.items],
            total=page.total, page=page.page, page_size=page.page_size,
        )

    @post(operation_id="createSubprocessor", responses=WRITE_ERRORS)
    async def create(
        self, user: Principal, supplier_id: int, data: SubprocessorCreate
    ) -> Response[SubprocessorOut]:
        """Record that this supplier engages another supplier of the same register."""
        record_id = await services.create_subprocessor(supplier_id, data, user)
        out = await queries.subprocessor(supplier_id, record_id, user)
        return with_etag(out, out.version, 201)

    @get("/{record_id:int}", operation_id="getSubprocessor", responses=READ_ERRORS)
    async def read(self, user: Principal, supplier_id: int, record_id: int) -> Response[SubprocessorOut]:
        """One sub-processor link."""
        out = await queries.subprocessor(supplier_id, record_id, user)
        return with_etag(out, out.version)

    @patch("/{record_id:int}", operation_id="updateSubprocessor", responses=WRITE_ERRORS)
    async def update(
        self, user: Principal, supplier_id: int, record_id: int, data: SubprocessorUpdate,
        if_match: IfMatch = None,
    ) -> Response[SubprocessorOut]:
        """Change the service, country or notice date of a sub-processor link."""
        await services.update_subprocessor(supplier_id, record_id, data, user, if_match_version(if_match))
        out = await queries.subprocessor(supplier_id, record_id, user)
        return with_etag(out, out.version)

    @delete("/{record_id:int}", operation_id="deleteSubprocessor", responses=WRITE_ERRORS)
    async def remove(self, user: Principal, supplier_id: int, record_id: int, if_match: IfMatch = None) -> None:
        """Remove a sub-processor link."""
        await services.delete_child(services.SUBPROCESSOR, supplier_id, record_id, user, if_match_version(if_match))


class EvidenceController(Controller):
    path = "/api/v1/suppliers/{supplier_id:int}/evidence"
    tags = ["Bewijsstukken"]
    guards = [write_guard]

    @get(operation_id="listEvidence", responses=READ_ERRORS)
    async def list_(
        self, user: Principal, settings: Settings, supplier_id: int, paging: Paging,
        kind: str | None = Parameter(required=False, max_length=32, description="Soort bewijsstuk"),
    ) -> EvidencePage:
        """Assurance evidence of a supplier, with its state today."""
        await services.supplier_row(supplier_id, user)
        page = await queries.list_evidence(supplier_id, user, kind, paging.page, paging.page_size)
        policy, today = evidence_policy(settings), clock.today()
        return EvidencePage(
            items=[queries.evidence_out(r, today, policy) for r in page.items],
            total=page.total, page=page.page, page_size=page.page_size,
        )

    @post(operation_id="createEvidence", responses=WRITE_ERRORS)
    async def create(
        self, user: Principal, settings: Settings, supplier_id: int, data: EvidenceCreate
    ) -> Response[EvidenceOut]:
        """Record a certificate, report or test of this supplier."""
        record_id = await services.create_evidence(supplier_id, data, user)
        return await self._one(user, settings, supplier_id, record_id, 201)

    @get("/{record_id:int}", operation_id="getEvidence", responses=READ_ERRORS)
    async def read(
        self, user: Principal, settings: Settings, supplier_id: int, record_id: int
    ) -> Response[EvidenceOut]:
        """One evidence item with its state today."""
        return await self._one(user, settings, supplier_id, record_id)

    @patch("/{record_id:int}", operation_id="updateEvidence", responses=WRITE_ERRORS)
    async def update(
        self, user: Principal, settings: Settings, supplier_id: int, record_id: int,
        data: EvidenceUpdate, if_match: IfMatch = None,
    ) -> Response[EvidenceOut]:
        """Change an evidence item; send its ETag in If-Match."""
        await services.update_evidence(supplier_id, record_id, data, user, if_match_version(if_match))
        return await self._one(user, settings, supplier_id, record_id)

    @delete("/{record_id:int}", operation_id="deleteEvidence", responses=WRITE_ERRORS)
    async def remove(self, user: Principal, supplier_id: int, record_id: int, if_match: IfMatch = None) -> None:
        """Delete an evidence item and its file."""
        await services.delete_child(services.EVIDENCE, supplier_id, record_id, user, if_match_version(if_match))

    @put(
        "/{record_id:int}/file", operation_id="attachEvidenceFile", responses=WRITE_ERRORS,
        request_max_body_size=21 * 1024 * 1024,
    )
    async def attach(
        self, user: Principal, settings: Settings, supplier_id: int, record_id: int,
        data: FileUpload = Body(media_type=RequestEncodingType.MULTI_PART),
        if_match: IfMatch = None,
    ) -> Response[EvidenceOut]:
        """Attach the report or certificate as PDF (at most 20 MB) in the form part `file`;
        stored with its SHA-256."""
        content = await data.file.read()
        await services.attach_evidence_file(
            supplier_id, record_id, data.file.filename, content, user, if_match_version(if_match)
        )
        return await self._one(user, settings, supplier_id, record_id)

    @get(
        "/{record_id:int}/file",
        operation_id="downloadEvidenceFile",
        responses=READ_ERRORS,
        media_type="application/pdf",
    )
    async def download(self, user: Principal, supplier_id: int, record_id: int) -> Response[bytes]:
        """Download the attached PDF."""
        name, content = await services.evidence_file(supplier_id, record_id, user)
        return Response(
            content, media_type="application/pdf",
            headers={"Content-Disposition": f'attachment; filename="{download_name(name)}"'},
        )

    @staticmethod
    async def _one(
        user: Principal, settings: Settings, supplier_id: int, record_id: int, status: int = 200
    ) -> Response[EvidenceOut]:

        row = await crud.fetch(services.EVIDENCE, record_id, user, supplier_id)
        out = queries.evidence_out(row, clock.today(), evidence_policy(settings))
        return with_etag(out, row["version"], status)


CONTROLLERS = [
    MunicipalityController,
    ArrangementController,
    SupplierController,
    ProductController,
    SubprocessorController,
    EvidenceController,
]
