"""Stop a test session's disposable Neo4j when that session's process is gone.

    python -m tests.reaper PID STATE_DIR SCRATCH

The session fixture starts this, detached, beside the disposable instance. Normally
the fixture stops the server itself and this process finds nothing left to do; if
pytest is killed (SIGKILL, a CI time-out, a closed terminal), the teardown never runs,
so this watcher stops the instance and deletes the scratch folder once PID has exited.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path


def alive(pid: int) -> bool:
    """Whether process ``pid`` still exists (a zombie counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def main(argv: list[str]) -> int:
    pid, state_dir, scratch = int(argv[0]), argv[1], Path(argv[2])
    while alive(pid):
        time.sleep(1.0)
    from policykg.graph import server

    cfg = server.ServerConfig.from_env({**os.environ, "POLICYKG_STATE_DIR": state_dir})
    if server.running_pid(cfg) is not None:
        server.stop(cfg)
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
