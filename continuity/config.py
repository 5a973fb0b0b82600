"""The one typed settings object, loaded once from the YAML config (contract section 4).

Every field has a default, bounds and a one-line description. Logic receives the
settings object (or the part of it it needs) explicitly; nothing reads the
environment or the file again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ingest.schema import TABLES

KINDS_REFERENCE = ("households", "policies")
KINDS_INTERACTION = ("calls", "chats", "tickets", "surveys", "reviews")
KINDS_ALL = KINDS_REFERENCE + KINDS_INTERACTION + ("journey_changes",)
TEAMS = ("operations", "digital", "retention")

DEFAULT_CONFIG_NAME = "continuity.yaml"


class ConfigError(ValueError):
    """The config file is missing, unreadable or has a value out of bounds."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Thresholds(_Strict):
    min_complaints: int = Field(15, ge=1, description="A smaller cluster never alerts.")
    min_weeks: int = Field(
        3, ge=1, description="Distinct ISO weeks with complaints inside the window: a one-week spike never alerts. "
        "A week counts when it holds at least a fifth of the busiest week's complaints (alerts.build.ACTIVE_WEEK_SHARE), "
        "so a spike with a few stray complaints in other weeks stays a spike."
    )
    min_consistency: float = Field(0.5, ge=0.0, le=1.0, description="0..1: how alike the complaints are.")
    min_premium_exposure: float = Field(0.0, ge=0.0, description="Minimum premium exposure for an alert.")


class JourneyThresholds(_Strict):
    """Per-journey overrides: any threshold left out falls back to the global one."""

    min_complaints: int | None = Field(None, ge=1)
    min_weeks: int | None = Field(None, ge=1)
    min_consistency: float | None = Field(None, ge=0.0, le=1.0)
    min_premium_exposure: float | None = Field(None, ge=0.0)


class ThresholdSettings(Thresholds):
    per_journey: dict[str, JourneyThresholds] = Field(
        default_factory=dict, description="Journey key (claim, policy_change, ...) -> overrides."
    )

    def for_journey(self, journey: str | None) -> Thresholds:
        """The thresholds in force for one journey key."""
        base = Thresholds(
            min_complaints=self.min_complaints,
            min_weeks=self.min_weeks,
            min_consistency=self.min_consistency,
            min_premium_exposure=self.min_premium_exposure,
        )
        override = self.per_journey.get(journey or "")
        if override is None:
            return base
        return base.model_copy(update={k: v for k, v in override.model_dump().items() if v is not None})


class ReviewSettings(_Strict):
    require_human_review: bool = Field(
        True, description="New alerts wait in pending_review and nothing is routed until approved."
    )
    dismissed_regrowth_factor: float = Field(
        1.5, ge=1.0, description="A dismissed pattern comes back only when its complaints grow by this factor."
    )
    resolve_after_weeks: int = Field(
        3, ge=1, le=52,
        description="An alert resolves when its pattern stays below its thresholds this many full weeks after a journey change.",
    )


class EmbeddingSettings(_Strict):
    precision: Literal["onnx", "onnx-int8", "bf16", "fp32"] = Field(
        "onnx",
        description="onnx: fp32 through ONNX Runtime (same vectors as fp32, ~2x bf16 and ~3x fp32 PyTorch on the "
        "2-core Zen 5 CPU, benchmarks/speed.py); onnx-int8: int8 weights through ONNX Runtime (~2x onnx, cosine to "
        "fp32 median 0.99; for large backfills, see the README); bf16: PyTorch bfloat16 (cosine >= 0.996 to fp32); "
        "fp32: plain PyTorch.",
    )
    device: Literal["auto", "cpu", "cuda"] = Field("auto", description="auto uses CUDA when present.")
    batch_size: int = Field(
        32, ge=1, le=4096,
        description="Texts per forward pass (texts are sorted by length first). On ONNX Runtime on the 2-core CPU, "
                    "32 scored interactions 11% (fp32) and 20% (int8) faster than 128; a GPU may want more.",
    )
    texts_per_task: int = Field(4000, ge=100, description="Texts per Prefect task run (a task costs ~5 ms).")


class DetectionSettings(_Strict):
    handoff_threshold: float = Field(
        0.47, ge=0.0, le=1.0,  # clustering.handoff.DEFAULT_THRESHOLD, where the figures behind it are
        description="Probability (the detector's, clustering.handoff.HandoffDetector; with tuned_embedder, the mean "
                    "of its two views) at or above which a customer sentence makes the interaction a handoff complaint.",
    )
    tuned_embedder: bool = Field(
        True,
        description="Also read every sentence with a copy of the model fine-tuned on the seed corpus "
                    "(clustering/tuning.py) and average the two views: higher recall on unseen wording, about twice "
                    "the detection embedding. Built once per machine on first use (about 4 minutes on 2 CPU cores).",
    )
    prefilter: bool = Field(
        True,
        description="A TF-IDF gate labels plainly routine contacts without embedding them (same alerts, about half the embedding).",
    )


class ClusteringSettings(_Strict):
    """The clusterer chooses its own sizes from the data (clustering/algorithm.py,
    tuned on real labelled customer text); its seed and how long a run keeps
    the previous run's layout are set here."""

    random_state: int = Field(0, description="Seed for every random step: same input, same output.")
    refit_share: float = Field(
        0.1, ge=0.0, le=1.0,
        description="A run places its new complaints into the layout the previous run kept, and fits UMAP on the "
        "whole window again once the complaints placed since the last fit, plus fitted ones that left the window, "
        "exceed this share of it (clustering/layout.py). 0: fit whenever anything changed.",
    )


class PipelineSettings(_Strict):
    task_runner: Literal["default", "dask"] = Field(
        "default", description="'dask' runs embedding and scoring on a local Dask cluster (prefect-dask)."
    )
    dask_workers: int = Field(2, ge=1, description="Worker processes of the local Dask cluster.")


class DeliverySettings(_Strict):
    retry_base_seconds: float = Field(
        30.0, ge=0.0, description="First wait before retrying a failed delivery; doubles after each failure."
    )
    retry_max_seconds: float = Field(3600.0, ge=0.0, description="Longest wait between two delivery attempts.")


class AppSettings(_Strict):
    base_url: str = Field("http://localhost:8501", description="Where the review app is served (links in messages).")


class Settings(_Strict):
    window_days: int = Field(90, ge=7, le=3660, description="How far back a pattern is read.")
    renewal_window_days: int = Field(90, ge=0, le=3660, description="Renewal window from today.")
    thin_coverage_share: float = Field(
        0.25, ge=0.0, le=1.0, description="A week with fewer rows than this share of the kind's median week is thin."
    )
    thresholds: ThresholdSettings = Field(default_factory=ThresholdSettings)
    review: ReviewSettings = Field(default_factory=ReviewSettings)
    routing: dict[str, list[str]] = Field(
        default_factory=dict, description="Team -> list of Apprise URLs (json://, mailto://, slack://, ...)."
    )
    journey_routing: dict[str, list[str]] = Field(
        default_factory=dict, description="Journey key -> teams it routes to; unlisted journeys go to every team."
    )
    columns: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="Per kind: {their_name: canonical_name}."
    )
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    detection: DetectionSettings = Field(default_factory=DetectionSettings)
    clustering: ClusteringSettings = Field(default_factory=ClusteringSettings)
    pipeline: PipelineSettings = Field(default_factory=PipelineSettings)
    delivery: DeliverySettings = Field(default_factory=DeliverySettings)
    app: AppSettings = Field(default_factory=AppSettings)

    @field_validator("columns")
    @classmethod
    def _known_kinds(cls, value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        unknown = sorted(set(value) - set(KINDS_ALL))
        if unknown:
            raise ValueError(f"columns: unknown kind(s) {unknown}; kinds are {list(KINDS_ALL)}")
        for kind, mapping in value.items():
            canonical = [c.name for c in TABLES[kind]]
            wrong = sorted(set(mapping.values()) - set(canonical))
            if wrong:  # a typo would leave the real column unmapped and every row of the kind rejected
                raise ValueError(f"columns.{kind}: {wrong} {'is' if len(wrong) == 1 else 'are'} not a column of "
                                 f"{kind}; its columns are {canonical}")
        return value

    @field_validator("routing")
    @classmethod
    def _lists_of_urls(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {team: [urls] if isinstance(urls, str) else list(urls) for team, urls in value.items()}


def load_settings(path: str | Path | None = None) -> Settings:
    """Read the config: `path` if given, else ./continuity.yaml if present, else defaults."""
    if path is None:
        default = Path.cwd() / DEFAULT_CONFIG_NAME
        if not default.exists():
            return Settings()
        path = default
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"config file {path} does not exist")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"config file {path} is not valid YAML: {exc}".splitlines()[0]) from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"config file {path} must hold a mapping of keys, not {type(raw).__name__}")
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"config file {path}: {where}: {first['msg']}") from exc
