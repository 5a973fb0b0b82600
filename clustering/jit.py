"""Keep Numba's compiled code for UMAP and pynndescent between runs.

Most of their Numba functions are compiled without `cache=True`, so every new
process compiles them again before the first clustering: about 15 s of a daily
run on a 2-core machine, against about 1 s of actual clustering. Switching the
on-disk cache on for those functions (before their first call) makes every run
after the first load the machine code instead. The cache sits where Numba keeps
it for `cache=True` functions (the package's __pycache__, or Numba's user-wide
cache folder when that is not writable) and is invalidated by Numba itself when
a package's source changes. Results are the same: the same machine code runs.
"""

from __future__ import annotations

import sys

PACKAGES = ("umap", "pynndescent")

_done = False


def cache_compiled_code() -> int:
    """Import the clustering packages and switch Numba's disk cache on for their
    functions that lack it. Returns how many functions were switched (0 on a second call)."""
    global _done
    if _done:
        return 0
    import umap.umap_  # noqa: F401  (imports its Numba modules and pynndescent's)
    from numba.core.caching import NullCache
    from numba.core.registry import CPUDispatcher

    switched = 0
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".")[0] not in PACKAGES:
            continue
        for value in list(vars(module).values()):
            if isinstance(value, CPUDispatcher) and isinstance(value._cache, NullCache):
                value.enable_caching()
                switched += 1
    _done = True
    return switched
