"""Continuity: finds handoff complaints across customer channels and raises continuity alerts."""

import os as _os


def _tune_openblas() -> None:
    # OpenBLAS misreads AMD Zen 5 and falls back to slow kernels; SkylakeX kernels
    # are ~4x faster there. Only safe where AVX-512 is present, and only before
    # numpy is first imported.
    if "OPENBLAS_CORETYPE" in _os.environ:
        return
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="ignore") as cpuinfo:
            flags = next((line for line in cpuinfo if line.startswith("flags")), "")
    except OSError:
        return
    if " avx512f" in flags and " avx512bw" in flags:
        _os.environ["OPENBLAS_CORETYPE"] = "SkylakeX"


_tune_openblas()

__version__ = "0.1.0"
