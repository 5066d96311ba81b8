"""Read input files into raw articles, rejecting bad input with a reason. No Django.

One article a `.txt` file; one a line of `.jsonl`; one a row of `.csv` (header row with a
`body` column; `title`, `url`, `source`, `published` optional). Text must be UTF-8 (a BOM
is fine). A bad file, line or row becomes a `Rejection` and reading goes on.
"""

import csv
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".jsonl", ".csv")
RECORD_FIELDS = ("title", "body", "url", "source", "published")
# Share of control characters (other than tab and line breaks) above which text is binary.
BINARY_CONTROL_SHARE = 0.01
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int  # a .txt article file
    max_batch_file_bytes: int  # a .jsonl or .csv file
    max_article_bytes: int  # one article body


@dataclass(frozen=True)
class RawArticle:
    file_name: str  # the original file name, with ":line N" / ":row N" for batch files
    text: str
    title: str | None = None
    url: str = ""
    source: str = ""
    published: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rejection:
    path: str
    reason: str
    location: str | None = None  # "line 12", "row 3"

    def as_dict(self) -> dict:
        return {"path": self.path, "location": self.location, "reason": self.reason}


@dataclass
class Progress:
    bytes_read: int = 0
    files: int = 0


def discover(paths: Iterable[Path]) -> Iterator[Path | Rejection]:
    """The files to read under `paths`, recursively, in a stable order."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    child = Path(root) / name
                    if child.suffix.lower() in SUPPORTED_SUFFIXES:
                        yield child
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield path
        else:
            yield Rejection(
                str(path),
                f"unsupported file type {path.suffix or '(none)'}; use .txt, .jsonl or .csv",
            )


def encoding_problem(head: bytes) -> str | None:
    """Why bytes that start like `head` are not UTF-8 text, or None."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32 text; convert it to UTF-8"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text; convert it to UTF-8"
    if len(head) >= 4 and (
        head[1::2].count(0) >= len(head) // 4 or head[0::2].count(0) >= len(head) // 4
    ):
        return "looks like UTF-16 or UTF-32 text without a byte-order mark; convert it to UTF-8"
    return None


def decode_text(data: bytes) -> str:
    """Strict UTF-8 (BOM allowed) or raise ValueError with the reason."""
    if b"\x00" in data:
        raise ValueError("contains NUL bytes (binary or UTF-16 content)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"invalid UTF-8 at byte {error.start}: {error.reason}") from None
    controls = len(_CONTROL_RE.findall(text))
    if controls and controls > BINARY_CONTROL_SHARE * len(text):
        raise ValueError("binary content (control characters), not text")
    return text


def read_file(path: Path, limits: Limits, progress: Progress) -> Iterator[RawArticle | Rejection]:
    try:
        size = path.stat().st_size
    except OSError as error:
        yield Rejection(str(path), f"cannot read: {error.strerror}")
        return
    suffix = path.suffix.lower()
    cap = limits.max_file_bytes if suffix == ".txt" else limits.max_batch_file_bytes
    if size == 0:
        progress.files += 1
        yield Rejection(str(path), "empty file")
        return
    if size > cap:
        progress.files += 1
        progress.bytes_read += size
        yield Rejection(str(path), f"file too large: {size} bytes, the limit is {cap}")
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError as error:
        yield Rejection(str(path), f"cannot read: {error.strerror}")
        return
    problem = encoding_problem(head)
    if problem:
        progress.files += 1
        progress.bytes_read += size
        yield Rejection(str(path), problem)
        return
    reader = {".txt": _read_txt, ".jsonl": _read_jsonl, ".csv": _read_csv}[suffix]
    try:
        yield from reader(path, limits, progress)
    except OSError as error:
        yield Rejection(str(path), f"cannot read: {error.strerror}")
    progress.files += 1


def _read_txt(path: Path, limits: Limits, progress: Progress) -> Iterator[RawArticle | Rejection]:
    data = path.read_bytes()
    progress.bytes_read += len(data)
    try:
        text = decode_text(data)
    except ValueError as error:
        yield Rejection(str(path), str(error))
        return
    if not text.strip():
        yield Rejection(str(path), "empty file (only whitespace)")
        return
    yield RawArticle(file_name=path.name, text=text)


def _record_article(record: object, file_name: str, limits: Limits) -> RawArticle | str:
    """A RawArticle from a JSONL object or CSV row, or the reason it is rejected."""
    if not isinstance(record, dict):
        return "not a JSON object"
    body = record.get("body")
    if not isinstance(body, str) or not body.strip():
        return "missing or empty 'body'"
    if len(body.encode("utf-8")) > limits.max_article_bytes:
        return f"body too large: the limit is {limits.max_article_bytes} bytes"
    if "\x00" in body:
        return "body contains NUL characters"
    values = {}
    warnings = []
    for name in ("title", "url", "source", "published"):
        value = record.get(name)
        if value is None:
            value = ""
        if not isinstance(value, str | int):
            warnings.append(f"ignored '{name}': not a string")
            value = ""
        values[name] = str(value).replace("\x00", "").strip()
    return RawArticle(
        file_name=file_name,
        text=body,
        title=values["title"] or None,
        url=values["url"][:2000],
        source=values["source"][:200],
        published=values["published"],
        warnings=tuple(warnings),
    )


def _read_jsonl(path: Path, limits: Limits, progress: Progress) -> Iterator[RawArticle | Rejection]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            progress.bytes_read += len(line)
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            location = f"line {number}"
            try:
                record = json.loads(decode_text(line))
            except ValueError as error:  # JSONDecodeError is a ValueError
                yield Rejection(str(path), f"invalid JSON: {error}", location)
                continue
            article = _record_article(record, f"{path.name}:{number}", limits)
            if isinstance(article, str):
                yield Rejection(str(path), article, location)
            else:
                yield article


def _decoded_lines(handle, bad_lines: set[int], progress: Progress) -> Iterator[str]:
    """Lines for the csv module; undecodable lines are marked so their rows are rejected."""
    for number, line in enumerate(handle, start=1):
        progress.bytes_read += len(line)
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        try:
            yield decode_text(line)
        except ValueError:
            bad_lines.add(number)
            yield line.replace(b"\x00", b"").decode("utf-8", errors="replace")


def _read_csv(path: Path, limits: Limits, progress: Progress) -> Iterator[RawArticle | Rejection]:
    csv.field_size_limit(limits.max_article_bytes * 2)
    bad_lines: set[int] = set()
    with path.open("rb") as handle:
        reader = csv.reader(_decoded_lines(handle, bad_lines, progress))
        try:
            header = [name.strip().lower() for name in next(reader)]
        except StopIteration:
            yield Rejection(str(path), "empty CSV file")
            return
        except csv.Error as error:
            yield Rejection(str(path), f"unreadable CSV header: {error}")
            return
        if "body" not in header:
            yield Rejection(
                str(path),
                "CSV header has no 'body' column (expected title, body, url, source, published)",
            )
            return
        first_line = reader.line_num + 1
        row_number = 0
        while True:
            row_number += 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield Rejection(str(path), f"malformed CSV row: {error}", f"row {row_number}")
                first_line = reader.line_num + 1
                continue
            lines = range(first_line, reader.line_num + 1)
            first_line = reader.line_num + 1
            location = f"row {row_number}"
            if any(number in bad_lines for number in lines):
                yield Rejection(str(path), "invalid UTF-8 or NUL bytes in row", location)
                continue
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                yield Rejection(
                    str(path), f"row has {len(row)} fields, the header has {len(header)}", location
                )
                continue
            article = _record_article(
                dict(zip(header, row, strict=False)), f"{path.name}:{row_number + 1}", limits
            )
            if isinstance(article, str):
                yield Rejection(str(path), article, location)
            else:
                yield article
