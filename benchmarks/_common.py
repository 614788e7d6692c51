"""What every benchmark shares: the corpus it reads and the machine it ran on."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path

#: ../shared/bench/news.jsonl beside the project root: one JSON record with a "text" per line.
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "news.jsonl"


def load_texts(path: Path, limit: int | None = None) -> list[str]:
    """The "text" of each record of a JSONL file, at most ``limit`` of them."""
    texts: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(texts) >= limit:
                break
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def megabytes(texts: list[str]) -> float:
    """The size of ``texts`` in MB of UTF-8."""
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


def describe() -> str:
    """CPU model, cores, Python and OS, in one line."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.system()} {platform.release()}"
    )
