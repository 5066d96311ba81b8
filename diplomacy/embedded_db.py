"""Start (or reuse) the embedded PostgreSQL server that serves when DATABASE_URL is unset.

pgserver ships PostgreSQL binaries inside a wheel, so a fresh clone needs no system server.
The server outlives the process that started it (cleanup_mode=None): starting PostgreSQL
costs about a second, and every manage.py call would otherwise pay it.
"""

import contextlib
import os
import warnings
from pathlib import Path


def embedded_database_url(pgdata: Path) -> str:
    # platformdirs warns on every start when XDG_RUNTIME_DIR is unset (CI, cron).
    warnings.filterwarnings("ignore", module="platformdirs")
    import pgserver

    pgdata.parent.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(pgdata, cleanup_mode=None)
    return server.get_uri()


def stop_embedded_database(pgdata: Path) -> None:
    """Fast shutdown: SIGINT to the postmaster (pg_ctl refuses to run as root)."""
    import signal

    pid_file = pgdata / "postmaster.pid"
    if not pid_file.exists():
        return
    pid = int(pid_file.read_text().split()[0])
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGINT)


if __name__ == "__main__":
    import sys

    data_dir = Path(
        os.environ.get("EMBEDDED_PGDATA", Path(__file__).resolve().parent.parent / ".pgdata")
    )
    if sys.argv[1:] == ["stop"]:
        stop_embedded_database(data_dir)
    else:
        print(embedded_database_url(data_dir))
