"""Settings shared by every environment. Safe for production on their own:
DEBUG is off and secrets come only from the environment."""

from datetime import timedelta
from pathlib import Path

import dj_database_url

from . import env

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = False
SECRET_KEY = env.get("SECRET_KEY")
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.get_list("CSRF_TRUSTED_ORIGINS")

# The site's one public address (scheme, host and port). Every absolute link uses it: links in mails, canonical and
# Open Graph URLs, hreflang, the sitemap, feeds and calendar files. `manage.py migrate` (and `manage.py
# sync_site_url`) make the Wagtail Site follow it; production refuses to start without it.
SITE_URL = env.get_site_url("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "home",
    "news",
    "vacancies",
    "contact",
    "formpages",
    "submissions",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_recaptcha",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # Outermost, so it sees every cookie the others set: it decides what the front cache may keep.
    "wijraad.front_cache.FrontCacheMiddleware",
    # Before WhiteNoise, so that static files get its header too.
    "wijraad.middleware.CrossOriginResourcePolicyMiddleware",
    "wijraad.middleware.PrivateLinkMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Inside WhiteNoise (static files come compressed already), outside everything that writes the page.
    "wijraad.middleware.CompressTextMiddleware",
    # Before anything reads the request body (sessions, CSRF, forms).
    "wijraad.request_guard.RequestGuardMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "wijraad.middleware.AdminLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "wijraad.middleware.PrivateLinkOriginMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wijraad.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # The Site, its settings and the page of a request from per-process caches (wijraad/page_cache.py).
    "wijraad.page_cache.PageCacheMiddleware",
    # Last: turns a locked-out login into the login page with the lockout message (home/lockouts.py).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "wijraad.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.privacy.context",
            ],
        },
    },
]

WSGI_APPLICATION = "wijraad.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        env.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        # Connecting (and setting up SQLite's journal) on every request costs more than most page views.
        conn_max_age=env.get_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The site and the mail worker write at the same time: wait for locks instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache holds the form rate limits, the fragments every page repeats (menu, footer, language versions) and,
# with Redis, the sessions: every app server must share it. Without REDIS_URL it is a folder of files (CACHE_DIR),
# shared by the processes of one machine: a page view then reads no cache row from the database.
REDIS_URL = env.get("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "wijraad",
        }
    }
    # Read from Redis, written through to the database: a restarted Redis logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env.get("CACHE_DIR", str(BASE_DIR / ".cache")),
            # Culling removes a third of the entries once there are more than MAX_ENTRIES (default 300), which
            # would forget form rate-limit slots on a busy day.
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out user name + address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login brute force (django-axes): 5 wrong passwords for one user name from one address lock that combination for
# 15 minutes (each new try during the lockout starts the 15 minutes again). The address is the forms' one
# (FORMS_TRUST_X_FORWARDED_FOR). Lockouts are listed, and lifted, under Settings in the admin.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "submissions.spam.client_ip"
AXES_LOCKOUT_CALLABLE = "home.lockouts.lockout_response"
AXES_ENABLE_ADMIN = False  # Django's own admin is not served; the list is in Wagtail's admin
AXES_DISABLE_ACCESS_LOG = True  # no record of every successful login (addresses, browsers): not needed here
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch is the default and has no URL prefix; English lives under /en/.
# A third language is one more entry here plus its translations.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The project's strings (Dutch msgids), then Dutch for what Wagtail leaves in English in the Dutch admin (Wagtail's
# English msgids). Django lets every LOCALE_PATHS catalogue win over the apps' catalogues, and the first one listed win
# over the next, so these translations replace Wagtail's own without touching Wagtail.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]
TIME_ZONE = "Europe/Amsterdam"
# Every time in the admin in the site's own time zone: no user picks another one.
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.get("MEDIA_ROOT", str(BASE_DIR / "media")))
# Uploads with personal data (CVs) live here, outside MEDIA_ROOT, and are
# served only through a view that checks permissions.
PRIVATE_MEDIA_ROOT = Path(env.get("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "vacancies.uploads.PrivateStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# With a bucket name, uploads go to S3-compatible object storage (django-storages), so several app servers share
# them: public media in one bucket (served at MEDIA_URL by the proxy, see site/), CVs in a private bucket that
# only the staff download view reads. django-storages reads AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
# AWS_S3_ENDPOINT_URL and AWS_S3_REGION_NAME from these settings.
AWS_STORAGE_BUCKET_NAME = env.get("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    AWS_ACCESS_KEY_ID = env.get("AWS_ACCESS_KEY_ID")
    AWS_SECRET_ACCESS_KEY = env.get("AWS_SECRET_ACCESS_KEY")
    AWS_S3_ENDPOINT_URL = env.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env.get("AWS_S3_REGION_NAME") or None
    AWS_S3_FILE_OVERWRITE = False
    STORAGES = {
        **STORAGES,
        "default": {
            "BACKEND": "wijraad.storage.PublicMediaStorage",
            "OPTIONS": {"bucket_name": AWS_STORAGE_BUCKET_NAME, "default_acl": env.get("AWS_DEFAULT_ACL") or None},
        },
        "private": {
            "BACKEND": "wijraad.storage.PrivateMediaStorage",
            "OPTIONS": {
                "bucket_name": env.require(
                    "AWS_PRIVATE_STORAGE_BUCKET_NAME", "A bucket without public access: CVs go there."
                )
            },
        },
    }
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# Request bodies above these sizes are refused from their Content-Length before anything reads them
# (wijraad/request_guard.py): public forms take one CV of at most 5 MB, the admin takes images and documents.
# The reverse proxy has the same limits as `client_max_body_size` (README, "Production").
PUBLIC_MAX_REQUEST_BYTES = 10 * 1024 * 1024
ADMIN_MAX_REQUEST_BYTES = 100 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o640

# Mail: Django's own names. With EMAIL_HOST set, real SMTP is used.
EMAIL_HOST = env.get("EMAIL_HOST")
EMAIL_PORT = env.get_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env.get("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env.get("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env.get_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env.get_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = env.get_int("EMAIL_TIMEOUT", 30)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
DEFAULT_FROM_EMAIL = env.get("DEFAULT_FROM_EMAIL", "WIJ-raad <noreply@wijraad.example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who gets a mail (through the outbox) when a page fails with an error: "Name <address>, address2".
ADMINS = env.get_addresses("ADMINS")
# Error mails show which form fields were sent, never what a resident typed in them.
DEFAULT_EXCEPTION_REPORTER_FILTER = "submissions.error_mail.NoFormDataFilter"

# Background work: a database-backed queue, so a queued mail survives restarts.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# reCAPTCHA: off unless both keys are set.
RECAPTCHA_PUBLIC_KEY = env.get("RECAPTCHA_PUBLIC_KEY")
RECAPTCHA_PRIVATE_KEY = env.get("RECAPTCHA_PRIVATE_KEY")
SILENCED_SYSTEM_CHECKS = ["django_recaptcha.recaptcha_test_key_error"]

# Forms and mail (submissions app; the shared pipeline is described in submissions/pipeline.py).
# Spam checks: per-IP rate limit (count, seconds) in the cache, or None for off; minimum seconds between showing
# and sending a form; the reCAPTCHA v3 score below which a visitor is taken for a bot.
FORMS_RATE_LIMIT = (5, 10 * 60)
FORMS_MIN_FILL_SECONDS = 3
# At most this many confirmation mails to one address per window (count, seconds); further submissions are stored
# and reach the secretary, without a confirmation. None: no limit.
FORMS_CONFIRMATION_LIMIT = (3, 24 * 3600)
# A form shown longer ago than this is refused with "the form was open too long" (input kept, new token).
FORMS_TOKEN_MAX_AGE = 24 * 3600
FORMS_TRUST_X_FORWARDED_FOR = env.get_bool("FORMS_TRUST_X_FORWARDED_FOR")
FORMS_EXPECT_RECAPTCHA = False
# System check home.E001: the Wagtail Site must say what SITE_URL says (on in production).
CHECK_SITE_ADDRESS = False
RECAPTCHA_REQUIRED_SCORE = 0.5
RECAPTCHA_VERIFY_REQUEST_TIMEOUT = 5
# Outbox: seconds to wait before each retry (10 attempts over about 24 hours), and how long a worker may hold a
# mail it is sending before another worker may take it over (only happens when a worker died mid-send).
MAIL_RETRY_DELAYS = [60, 5 * 60, 15 * 60, 30 * 60, 60 * 60, 2 * 3600, 4 * 3600, 8 * 3600, 8 * 3600]
MAIL_CLAIM_SECONDS = max(300, 10 * EMAIL_TIMEOUT)

# Optional virus scan of uploaded CVs with clamd (vacancies/virus_scan.py): a Unix socket, or a host and port.
CLAMD_SOCKET = env.get("CLAMD_SOCKET")
CLAMD_HOST = env.get("CLAMD_HOST")
CLAMD_PORT = env.get_int("CLAMD_PORT", 3310)
CLAMD_TIMEOUT = env.get_int("CLAMD_TIMEOUT", 30)

WAGTAIL_SITE_NAME = "WIJ-raad"
WAGTAILADMIN_USER_LOGIN_FORM = "home.admin_login.AdminLoginForm"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xlsx", "ods", "csv", "txt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the admin makes no third-party requests with staff e-mail hashes.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_RESET_ENABLED = True
# Search: the database backend picks SQLite FTS5 or PostgreSQL full-text search from the database.
# On PostgreSQL, SEARCH_CONFIG is the text search configuration for indexing AND querying. It is one
# value for the whole index (the backend has no per-language setting), so the Dutch stemmer is used
# for every page: "vergaderingen" finds "vergadering". English pages still match on their words and
# on plurals ending in -s, but not on English-only word forms ("meeting" does not find "meets").
# SQLite ignores it and matches whole words only.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "dutch",
    }
}

# Content-Security-Policy for the public site. Pages that show a reCAPTCHA widget add Google's hosts for that
# response only. The admin has CSP_ADMIN (below).
CSP_DEFAULT = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "frame-src": ["'none'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# What Wagtail 7.4's admin needs, enforced. Its templates still have inline scripts (inline panels, date pickers,
# workflow dialogs) and style attributes, so 'unsafe-inline' is needed for both; nothing else comes from anywhere
# but this site: no third-party scripts, styles, fonts, frames or connections, no plugins, forms post here only.
# The page preview is an iframe of the admin in the admin: frame-src and frame-ancestors 'self'.
CSP_ADMIN = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "frame-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
CSP_RECAPTCHA = {
    "script-src": ["https://www.google.com/recaptcha/", "https://www.gstatic.com/recaptcha/"],
    "frame-src": ["https://www.google.com/recaptcha/", "https://recaptcha.google.com/recaptcha/"],
    "connect-src": ["https://www.google.com/recaptcha/"],
}

# Security headers for every response.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# A refused form shows the site's own page in its language, and a form page keeps what the resident typed.
CSRF_FAILURE_VIEW = "home.views.csrf_failure"
LANGUAGE_COOKIE_NAME = "wijraad_language"

# Front cache (see site/README.md): how long it may keep an anonymous page, and where to purge a page when it is
# published, unpublished or moved. Any of: the PURGE addresses of nginx front caches, Cloudflare, CloudFront.
FRONT_CACHE_SECONDS = env.get_int("FRONT_CACHE_SECONDS", 600)
WAGTAILFRONTENDCACHE = {
    f"nginx{number}": {"BACKEND": "wijraad.front_cache.NginxPurgeBackend", "LOCATION": location}
    for number, location in enumerate(env.get_list("FRONT_CACHE_PURGE_URLS"), start=1)
}
if env.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env.get("CLOUDFLARE_ZONEID"),
        "BEARER_TOKEN": env.require("CLOUDFLARE_BEARER_TOKEN", "An API token with the Cache Purge permission."),
    }
if env.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env.get("CLOUDFRONT_DISTRIBUTION_ID"),
    }
# Each language version is a page of its own with its own URL: purge exactly the URLs of the changed pages.
WAGTAILFRONTENDCACHE_LANGUAGES = []

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "mail_admins": {
            "level": "ERROR",
            "filters": ["require_debug_false"],
            "class": "submissions.error_mail.OutboxAdminEmailHandler",
        },
    },
    "root": {"handlers": ["console"], "level": env.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Errors while serving a request go to ADMINS. Only these: an error of the mail worker itself must not
        # queue another mail.
        "django.request": {"handlers": ["console", "mail_admins"], "level": "ERROR", "propagate": False},
        "django.security": {"handlers": ["console", "mail_admins"], "level": "ERROR", "propagate": False},
        "wagtail": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Lockouts are warnings; every failed login at INFO would only add noise.
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# Error reporting to Sentry, only when SENTRY_DSN is set. No personal data is sent.
SENTRY_DSN = env.get("SENTRY_DSN")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env.get("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,
        traces_sample_rate=0,
    )
