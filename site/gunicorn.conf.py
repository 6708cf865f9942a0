"""gunicorn settings for one app server (site/systemd/wijraad-app@.service; site/up starts two).

Environment: GUNICORN_BIND (default 127.0.0.1:8001), GUNICORN_WORKERS (default 2 x CPU cores + 1),
GUNICORN_TIMEOUT (default 30). The rest of the site's settings come from the .env file, as for the worker.
"""

import multiprocessing
import os

wsgi_app = "wijraad.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# Sync workers: every request is short (pages, forms); slow clients are nginx's problem, not the app's.
worker_class = "sync"
# A request that takes longer than this is killed and logged; nginx gives up after 60 s anyway.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
# Restart each worker now and then, so a slow leak never grows.
max_requests = 1000
max_requests_jitter = 100
# Only the front proxy may say what the visitor's scheme and address were (X-Forwarded-Proto/-For).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# Log to stdout/stderr: systemd's journal keeps it. The request line without the query string (%(U)s), so search
# terms and e-mail addresses in links stay out of the log, and private tokens written as [token].
accesslog = "-"
access_log_format = '%(h)s - - %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'
logger_class = "wijraad.access_log.PrivateLinkLogger"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Load the app before forking: workers share its memory, and a broken configuration stops the start at once.
preload_app = True


def on_starting(server):
    """Refuse to start when a deployment check fails, e.g. the Wagtail Site does not say SITE_URL (home.E001)."""
    import django
    from django.core.management import call_command
    from django.db import connections

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijraad.settings.production")
    django.setup()
    try:
        call_command("check", deploy=True, fail_level="ERROR", verbosity=0)
    finally:
        # The check reads the database. A connection left open here would be inherited by every worker forked
        # after it: two processes on one PostgreSQL socket read each other's answers (a page fails or hangs).
        connections.close_all()
