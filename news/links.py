from home.site_address import absolute


def absolute_url(page, request=None):
    """The page's full URL on the public address (SITE_URL)."""
    if request is None:
        return page.get_full_url()
    url = page.get_url(request)
    return absolute(url) if url else None
