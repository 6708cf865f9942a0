"""gunicorn's access log without private tokens: site/gunicorn.conf.py names `PrivateLinkLogger` as its logger."""

from gunicorn.glogging import Logger

from wijraad.private_links import redact


class PrivateLinkLogger(Logger):
    """The access log with private tokens (wijraad/private_links.py) written as [token]."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("r", "U", "f", "{referer}i"):
            if key in atoms:
                atoms[key] = redact(atoms[key])
        return atoms
