"""gunicorn settings for production: `gunicorn -c python:wijraad.gunicorn wijraad.wsgi` (see README, "Production").

Every setting can still be changed on the command line or with GUNICORN_CMD_ARGS.
"""

from gunicorn.glogging import Logger

from wijraad.private_links import redact

bind = "127.0.0.1:8000"
workers = 3
# Requests that take longer are cut off; the slowest (an application with a 10 MB CV) need far less.
timeout = 60
accesslog = "-"
# The request line without the query string (%(U)s): search terms and e-mail addresses in links stay out of the log.
access_log_format = '%(h)s - - %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'


class PrivateLinkLogger(Logger):
    """The access log with private tokens (wijraad/private_links.py) written as [token]."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("r", "U", "f", "{referer}i"):
            if key in atoms:
                atoms[key] = redact(atoms[key])
        return atoms


logger_class = PrivateLinkLogger
