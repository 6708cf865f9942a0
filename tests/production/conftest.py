import subprocess

import pytest

from .topology import FRONT, start, stop


@pytest.fixture(scope="module")
def production_site():
    topology = start()
    yield topology
    stopped = stop(topology.environment)
    assert stopped.returncode == 0, stopped.stderr
    # Nothing answers on the front address any more.
    probe = subprocess.run(["curl", "-s", "-o", "/dev/null", f"{FRONT}/"], capture_output=True, check=False)
    assert probe.returncode != 0
