def absolute_url(page, request=None):
    """The page's full URL: on the host of the request when there is one, else on the site's own host."""
    if request is None:
        return page.get_full_url()
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else None
