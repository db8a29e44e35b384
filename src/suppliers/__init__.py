"""The register: municipalities, joint arrangements, suppliers, products, sub-processors, evidence."""

from suppliers.api import CONTROLLERS
from suppliers.evidence_rules import EvidencePolicy, evidence_status

__all__ = ["CONTROLLERS", "EvidencePolicy", "evidence_status"]
