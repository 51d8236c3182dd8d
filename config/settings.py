"""Claimdesk settings, read from environment variables with strict helpers.

Development defaults are safe for a laptop; production sets DEBUG=0, SECRET_KEY,
ALLOWED_HOSTS and DATABASE_URL (see README).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    value = os.getenv(name, default).strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def envint(name: str, default: str) -> int:
    value = os.getenv(name, default)
    try:
        return int(value)
    except ValueError as e:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from e


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", "1")
SECRET_KEY = os.getenv("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "dev-only-insecure-key-" + "x" * 40

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = os.getenv("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "template_partials",
    "simple_history",
    "csp",
    "django_filters",
    "rest_framework",
    "axes",  # login throttling (issue 18): see AXES_* below
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_tasks",
    "django_tasks_db",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",  # a visitor's language: cookie, then the browser's
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "claims.middleware.user_language",  # a signed-in person's: their choice, else their desk's
    "claims.middleware.refuse_unstorable_text",  # a NUL in a parameter: 400, in that language
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a lockout into the login page's 429 answer
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

# Plain widgets, labels and empty error lists drawn in Python, to the byte as the templates would.
FORM_RENDERER = "claims.rendering.FastTemplates"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "builtins": ["template_partials.templatetags.partials"],
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "claims.context_processors.nav_counts",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # A connection is kept for a minute and checked before reuse, instead of opened for
        # every request (PostgreSQL's connection setup was a visible share of each page).
        conn_max_age=envint("CONN_MAX_AGE", "60"),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent requests wait for each other instead of failing with "database is locked":
    # WAL lets readers run beside the writer, a write transaction takes the lock when it
    # begins (IMMEDIATE, so two writers never deadlock mid-transaction), and a waiting
    # writer retries for up to 20 s.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # Tests use a file too, not Django's in-memory default: in memory, the live server's
    # threads share the test's one connection, and two concurrent requests (a panel and its
    # "checked before?" loading beside it) collide with "database table is locked". A file
    # gives each thread its own connection, with WAL and the busy timeout above, as in use.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / f".test-db-{os.getpid()}.sqlite3")}  # one per run
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # First: refuses every attempt while the username and address are locked out (django-axes).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "claims:home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
# The interface's languages; README "Adding a language" says how to add one.
LANGUAGES = [("en", "English"), ("ar", "العربية")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.getenv("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.getenv("STATIC_ROOT", BASE_DIR / "staticfiles"))
# Files jobs write (large CSV exports); served only through a permission-checked view.
MEDIA_ROOT = Path(os.getenv("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

EMAIL_BACKEND = os.getenv("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.getenv("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", "25")
EMAIL_HOST_USER = os.getenv("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", "0")
# An SMTP server that never answers holds a worker this long, never a request (mail is a job).
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", "10")
DEFAULT_FROM_EMAIL = os.getenv("DEFAULT_FROM_EMAIL", "claimdesk@localhost")

# No inline scripts or styles anywhere: htmx and our own JS are static files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "frame-ancestors": ["'none'"],
        "form-action": [SELF],
    }
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "claims.api.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # JSON bodies too large, too deep or holding unstorable text are a 400 (issue 18). JSON only:
    # the API speaks one content type, so its schema offers one body per write (a body offered as
    # JSON, form and multipart broke generated clients); the pages are Django forms, not DRF.
    "DEFAULT_PARSER_CLASSES": ["claims.api.parsers.GuardedJSONParser"],
    "EXCEPTION_HANDLER": "claims.api.exceptions.exception_handler",  # a body over the size limit: 400
    "DEFAULT_SCHEMA_CLASS": "claims.api.schema.AutoSchema",  # every error status, with its body
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "claims.pagination.IdsFirstPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Claimdesk API",
    "DESCRIPTION": "Articles, claims, attribution, sources, notes and the review workflow of a desk.",
    "VERSION": "1.0.0",
    # What a client sends (no id, version, stage…) apart from what it reads back.
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI and Redoc are served from our own static files, never a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# Reverting from the admin's history would bypass the workflow verbs and the version check.
SIMPLE_HISTORY_REVERT_DISABLED = True

# Article import limits (issue 4): bytes of text and seconds for a URL fetch.
ARTICLE_MAX_CHARS = envint("ARTICLE_MAX_CHARS", "200000")
FETCH_TIMEOUT = envint("FETCH_TIMEOUT", "10")
# Private addresses are never fetched, except under these URL prefixes: the demo's feed is
# served by this app itself (SITE_URL/demo/), so a development server allows that one.
DEMO_FEED = envbool("DEMO_FEED", "1" if DEBUG else "0")  # /demo/feed.xml: loaddemo's monitored outlet
FETCH_ALLOW_PRIVATE_URLS = envlist("FETCH_ALLOW_PRIVATE_URLS", f"{SITE_URL}/demo/" if DEMO_FEED else "")

# The job queue (django-tasks, the backport of Django 6's django.tasks). "database" keeps the
# queue in the app's database: `manage.py runworker` processes it, and several workers on
# several machines share one PostgreSQL queue (jobs are claimed with SELECT … FOR UPDATE SKIP
# LOCKED). "immediate" runs each job inside the request that starts it (tests, scripts).
TASKS_BACKEND = os.getenv("TASKS_BACKEND", "database")
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
if TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(_TASK_BACKENDS)}, not {TASKS_BACKEND!r}")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASKS_BACKEND]}}
# A running job reports at least this often; one silent for longer lost its worker and is retried.
JOB_LEASE_SECONDS = envint("JOB_LEASE_SECONDS", "600")
# A failed attempt waits this long, doubled at each further attempt, before the next.
JOB_RETRY_SECONDS = envint("JOB_RETRY_SECONDS", "30")
JOB_KEEP_DAYS = envint("JOB_KEEP_DAYS", "30")  # finished jobs are pruned after this many days
SCHEDULE_SECONDS = envint("SCHEDULE_SECONDS", "30")  # how often a worker looks for due feeds
SUGGESTER_RETRAIN_EVERY = envint("SUGGESTER_RETRAIN_EVERY", "20")  # decisions between two trainings of a desk's model
FEED_POLL_MINUTES = envint("FEED_POLL_MINUTES", "15")  # a new feed's default interval
EMAIL_ATTEMPTS = envint("EMAIL_ATTEMPTS", "5")

# Login throttling (issue 18, django-axes): LOGIN_FAILURE_LIMIT failed logins for one username
# from one address, or LOGIN_FAILURE_LIMIT_PER_ADDRESS for any usernames from one address (a
# newsroom shares one), lock that out for LOGIN_LOCKOUT_MINUTES after the last failure, on
# /login/, the admin's login and /api/token/ alike. An unknown username counts the same, so a
# lockout says nothing about which accounts exist. Unlock: the admin's "Access attempts", or
# `manage.py axes_reset_username NAME` / `axes_reset_ip ADDRESS` / `axes_reset`.
LOGIN_FAILURE_LIMIT = envint("LOGIN_FAILURE_LIMIT", "10")
LOGIN_FAILURE_LIMIT_PER_ADDRESS = envint("LOGIN_FAILURE_LIMIT_PER_ADDRESS", "50")
LOGIN_LOCKOUT_MINUTES = envint("LOGIN_LOCKOUT_MINUTES", "15")
# Reverse proxies in front of the app (each appends to X-Forwarded-For); 0: REMOTE_ADDR is the client.
PROXY_COUNT = envint("PROXY_COUNT", "0")
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
AXES_HANDLER = "claims.permissions.LoginThrottle"  # the per-address limit of its own
AXES_LOCKOUT_CALLABLE = "claims.views.account.login_locked_out"
AXES_CLIENT_IP_CALLABLE = "claims.permissions.client_address"
AXES_RESET_ON_SUCCESS = False  # logging in to one's own account must not wipe an address's failures
AXES_USERNAME_CALLABLE = "claims.permissions.login_username"  # bounded to axes' column (issue 18)

# API tokens (issue 18): kept as SHA-256 digests, each with an expiry (claims.models.ApiToken).
# POST /api/token/ gives a login token for API_LOGIN_TOKEN_HOURS, revoked when its owner logs out;
# a named token from /account/tokens/ lasts what its owner chose, at most API_TOKEN_MAX_DAYS.
API_LOGIN_TOKEN_HOURS = envint("API_LOGIN_TOKEN_HOURS", "24")
API_TOKEN_MAX_DAYS = envint("API_TOKEN_MAX_DAYS", "365")

SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "1")
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", "31536000")
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "WARNING")},
}
