"""Values worked out once per request: the one way this site keeps them."""


def per_request(request, key, compute):
    """`compute()` the first time `key` is asked for during `request`; the same value for later calls.

    Kept on the request object, so it goes with it. `key` names what is kept and whatever it depends on besides the
    request (the language, a page).
    """
    kept = request.__dict__.setdefault("_per_request", {})
    if key not in kept:
        kept[key] = compute()
    return kept[key]
