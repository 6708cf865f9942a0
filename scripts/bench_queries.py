"""Database queries of one page view in a warm process, for a list of paths: `make bench` runs it beside the
CPU measurement (scripts/bench.py), in the checkout it measures (its own settings, database and code).

    python scripts/bench_queries.py [--sql] PATH...

Each path is requested twice first (templates compiled, caches filled), then counted. Prints one JSON line per
path: {"url", "status", "queries"}; --sql also prints the statements.
"""

import json
import os
import sys
from pathlib import Path


def main(argv):
    show_sql = "--sql" in argv
    paths = [arg for arg in argv if arg != "--sql"]
    sys.path.insert(0, str(Path.cwd()))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijraad.settings.production")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    host = os.environ.get("BENCH_HOST", "localhost")
    client = Client(HTTP_HOST=host)
    for path in paths:
        for _ in range(2):
            client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        print(json.dumps({"url": path, "status": response.status_code, "queries": len(queries)}), flush=True)
        if show_sql:
            for query in queries.captured_queries:
                print("   ", query["sql"][:300])


if __name__ == "__main__":
    main(sys.argv[1:])
