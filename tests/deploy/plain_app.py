"""A WSGI app that answers every request with 200, to look at what gunicorn's access log writes about it."""


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]
