"""Write the synthetic corpus (articles.bench_corpus) to files, as a real delivery would come:
some articles one a `.txt` file, the rest in `.jsonl` files. Standard library only."""

import json
import random
from pathlib import Path

from articles import bench_corpus_data as _data
from articles.bench_corpus import generate_articles

_JSON_KEYS = ("title", "body", "url", "source", "published")


def write_corpus(
    directory: Path,
    count: int,
    *,
    seed: int = 0,
    txt_share: float = 0.1,
    per_jsonl: int = 1000,
) -> dict:
    """Write ``count`` articles under ``directory``, streaming.

    ``round(count * txt_share)`` of them, evenly spread, become ``NNNNNNN-<slug>.txt``
    files: the title line, a blank line, sometimes a source tag line («المصدر: ...»,
    «سانا:»), then the body.  The others go to ``part-NNNNN.jsonl`` files of
    ``per_jsonl`` lines, objects with the keys title, body, url, source and published.
    Returns the counts and the number of bytes written.
    """
    if not 0.0 <= txt_share <= 1.0:
        raise ValueError("txt_share must be between 0 and 1")
    if per_jsonl < 1:
        raise ValueError("per_jsonl must be >= 1")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    n_txt_total, whole = round(count * txt_share), max(count, 1)
    tags = {o[1]: o[12] for o in _data.OUTLETS}
    decorate = random.Random(f"bench-corpus-txt-{seed}").random
    n_txt = n_files = in_file = total = 0
    out = None
    try:
        for i, art in enumerate(generate_articles(count, seed=seed)):
            if (i + 1) * n_txt_total // whole > i * n_txt_total // whole:
                slug = art.url.split("/")[3]
                tag = tags[slug] + "\n" if decorate() < 0.3 else ""
                data = f"{art.title}\n\n{tag}{art.body}\n".encode()
                (directory / f"{i + 1:07d}-{slug}.txt").write_bytes(data)
                n_txt += 1
            else:
                if out is None or in_file == per_jsonl:
                    if out is not None:
                        out.close()
                    n_files += 1
                    path = directory / f"part-{n_files:05d}.jsonl"
                    out = open(path, "wb", buffering=1 << 20)  # noqa: SIM115
                    in_file = 0
                record = {key: getattr(art, key) for key in _JSON_KEYS}
                data = (json.dumps(record, ensure_ascii=False) + "\n").encode()
                out.write(data)
                in_file += 1
            total += len(data)
    finally:
        if out is not None:
            out.close()
    return {"txt": n_txt, "jsonl_files": n_files, "articles": count, "bytes": total}
