"""Uploads on S3-compatible object storage, used when AWS_STORAGE_BUCKET_NAME is set (see settings/base.py)."""

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class PublicMediaStorage(S3Storage):
    """Images and documents. Their URL is on the site itself (MEDIA_URL): the proxy fetches them from the bucket,
    so pages make no requests to another host and the bucket's address can change without touching the pages."""

    querystring_auth = False

    def url(self, name, parameters=None, expire=None, http_method=None):
        return f"{settings.MEDIA_URL}{filepath_to_uri(self._normalize_name(clean_name(name)))}"


class PrivateMediaStorage(S3Storage):
    """CVs and letters of applicants, in a bucket without public access. Only the staff download view reads them."""

    default_acl = "private"

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError("Private files have no public URL; use the staff download view.")
