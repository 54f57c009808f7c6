"""Settings shared by every environment. Values that differ per deployment come from the environment."""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "insecure-development-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Our apps come first so that their templates override those of Wagtail and allauth.
PROJECT_APPS = [
    "innoprocure.core",
    "innoprocure.audit",
    "innoprocure.accounts",
    "innoprocure.guidance",
    "innoprocure.resources",
    "innoprocure.stories",
    "innoprocure.events",
    "innoprocure.opportunities",
    "innoprocure.network",
    "innoprocure.membership",
    "innoprocure.contact",
    "innoprocure.newsletter",
    "innoprocure.forum",
    "innoprocure.alerts",
    "innoprocure.challenges",
    "innoprocure.showcase",
    "innoprocure.search",
    "innoprocure.opendata",
    "innoprocure.api",
    "innoprocure.demo",
]

INSTALLED_APPS = PROJECT_APPS + [
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
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
    "django_filters",
    # The API docs' Swagger UI from the site's own static files (the CSP allows no CDN).
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag and 304 for feeds, calendars, the sitemap and the open-data documents; outside the page cache.
    "innoprocure.core.conditional.ConditionalGetMiddleware",
    # The public API's HTTP conventions: HEAD, OPTIONS, CORS, ETag/304, rate-limit headers, Link (api/middleware.py).
    "innoprocure.api.middleware.ApiConventionsMiddleware",
    # A first visit in the browser's language, a choice in the switcher remembered (core/language.py); per visitor,
    # so before the page cache.
    "innoprocure.core.language.PreferredLanguageMiddleware",
    # Anonymous visitors' pages from the shared cache (docs/performance.md); before everything that is per visitor.
    "innoprocure.core.pagecache.PageCacheMiddleware",
    # The Wagtail site of the host name, remembered until the Sites change (core/memo.py).
    "innoprocure.core.memo.KnownSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Remembers the request so the audit log knows who did what from where.
    "innoprocure.accounts.middleware.RequestContextMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # After the CSP middleware, so that it picks the admin's policy before the header is written.
    "innoprocure.accounts.middleware.AdminContentSecurityPolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Every sign-in through allauth (password + authenticator code); staff without an authenticator set one up first.
    "innoprocure.accounts.middleware.StaffSecurityMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Axes last, as its documentation asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "innoprocure.urls"
WSGI_APPLICATION = "innoprocure.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "innoprocure.core.context_processors.site_navigation",
                "innoprocure.core.context_processors.site_operator",
            ],
        },
    },
]

# Storage: SQLite under var/ unless DATABASE_URL says otherwise (PostgreSQL in production).
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and a writer work at once; the timeout avoids "database is locked" under load.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's search index uses PostgreSQL's search fields and GIN indexes there; without this app the system
    # checks fail, and with them `migrate` and `runserver`.
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (production); otherwise files under var/cache, which the web server and the
# background worker share — a page cache in one process's memory would never hear of the worker's writes.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "innoprocure.core.cache.ReusedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "innoprocure"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Whole pages for anonymous visitors (innoprocure.core.pagecache): stale as soon as a table they read is written,
# re-rendered after SECONDS at the latest (statuses that follow the clock, such as "closing soon").
PAGE_CACHE = {
    "ENABLED": env_bool("PAGE_CACHE_ENABLED", True),
    "SECONDS": int(os.environ.get("PAGE_CACHE_SECONDS", 300)),
    "EXCLUDED_PATHS": ("/admin/", "/django-admin/", "/accounts/", "/documents/", "/healthz", "/i18n/"),
    # Cookies that change what a page shows: the visitor's time zone on events and opportunities.
    "KEY_COOKIES": ("visitor_tz",),
    # Tables that no public page shows, written on many requests: their writes need not disturb the cache.
    "IGNORED_TABLES": ("django_session", "axes_accessattempt", "axes_accessfailurelog", "django_tasks_database_dbtaskresult"),
}

# Background work: Django's tasks API, stored in the database and run by `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# ASVS L2: at least 12 characters; CommonPasswordValidator refuses Django's list of 20,000 breached passwords, offline.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Internationalisation: English first; further languages get a URL prefix (/fr/, /de/ …). A language is offered
# here only once its translation catalogue is complete (core/tests/test_catalogues.py fails otherwise) — until then
# /es/… would be English pages claiming to be Spanish. The switcher names each language in its own name.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
]
# First visits to an unprefixed page follow Accept-Language (core/language.py); the choice made in the switcher is
# remembered in this cookie and wins over the browser's preference.
LANGUAGE_COOKIE_NAME = "django_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
WAGTAIL_I18N_ENABLED = False
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)  # Django serves /media/ itself (the browser tests' server)
# Uploads only some people may see (evidence, letters, attachments); served through permission-checked views.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Largest file a user may upload anywhere on the site (attachments, evidence).
MAX_UPLOAD_SIZE = int(os.environ.get("MAX_UPLOAD_SIZE", 20 * 1024 * 1024))
TED_DROP_FOLDER = Path(os.environ.get("TED_DROP_FOLDER", VAR_DIR / "ted-drop"))  # eForms notices to import, docs/ted-import.md
# TED's daily package of notices, {issue} being the OJ S issue (e.g. 202500123); docs/ted-import.md
TED_DAILY_PACKAGE_URL = os.environ.get("TED_DAILY_PACKAGE_URL", "https://ted.europa.eu/packages/daily/{issue}")
TED_VALIDITY_DAYS = int(os.environ.get("TED_VALIDITY_DAYS", 180))  # how long a notice without a deadline is open

# E-mail: console in development; SMTP settings from the environment in production.
MAILERS = {"default": {"BACKEND": os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")}}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Innovation Procurement Platform <no-reply@innoprocure.eu>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Who receives contact messages and network business.
PLATFORM_TEAM_EMAIL = os.environ.get("PLATFORM_TEAM_EMAIL", "platform@innoprocure.eu")
NETWORK_SECRETARIAT_EMAIL = os.environ.get("NETWORK_SECRETARIAT_EMAIL", "secretariat@innoprocure.eu")

# Who runs the platform: named in every page's footer and on the About, legal notice and privacy pages
# (innoprocure.core.operator). The defaults are the facts of the platform's seeds.
OPERATOR_NAME = os.environ.get("OPERATOR_NAME", "ICLEI – Local Governments for Sustainability")
OPERATOR_ADDRESS = os.environ.get("OPERATOR_ADDRESS", "ICLEI European Secretariat, Leopoldring 3, 79098 Freiburg, Germany")
OPERATOR_CONTACT = os.environ.get("OPERATOR_CONTACT", PLATFORM_TEAM_EMAIL)  # an e-mail address or a web address
DATA_CONTROLLER = os.environ.get("DATA_CONTROLLER", "") or OPERATOR_NAME
FUNDING_STATEMENT = os.environ.get(
    "FUNDING_STATEMENT",
    "The network of national competence centres presented on this platform was set up by Procure2Innovate, a project "
    "funded by the European Union's Horizon 2020 research and innovation programme from 2018 to June 2022.",
)

# Accounts (allauth): e-mail is the login; confirmation is mandatory.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# django-axes pauses sign-in after 5 wrong passwords from one address for one account; allauth's per-account limit
# (any address) sits above it and only slows attacks spread over many addresses.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,10/15m/key",
    "signup": "20/h/ip",
    "reset_password": "20/h/ip,5/h/key",
}  # merged with allauth's defaults for the other actions
ACCOUNT_FORMS = {
    "signup": "innoprocure.accounts.forms.SignupForm",
    "reset_password": "innoprocure.accounts.forms.ResetPasswordForm",
    "reset_password_from_key": "innoprocure.accounts.forms.ResetPasswordKeyForm",
    "change_password": "innoprocure.accounts.forms.ChangePasswordForm",
    "set_password": "innoprocure.accounts.forms.SetPasswordForm",
}
# Tell people by e-mail when their password or e-mail address changes.
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Innovation Procurement Platform] "
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
ACCOUNT_ADAPTER = "innoprocure.accounts.adapters.AccountAdapter"
MFA_ADAPTER = "innoprocure.accounts.adapters.MFAAdapter"
MFA_TOTP_ISSUER = "Innovation Procurement Platform"
# allauth's own client-address detection follows the same proxy rule as ours.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))

# Reverse proxies in front of the app whose X-Forwarded-For we trust (0 in development; 1 behind nginx/a load balancer).
# Rate limits, lock-outs and the audit log use it to find the client's address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))
# Rate limits on forms (innoprocure.core.ratelimit); tests may switch them off.
RATELIMIT_ENABLED = env_bool("RATELIMIT_ENABLED", True)
# Requests per client address to the public API (/api/v1/), in fixed windows; told in the RateLimit-* headers.
API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "300/m")

# Lock-out after repeated failed logins (django-axes).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "innoprocure.accounts.adapters.axes_username"
AXES_CLIENT_IP_CALLABLE = "innoprocure.accounts.adapters.axes_client_ip"
AXES_LOCKOUT_CALLABLE = "innoprocure.accounts.adapters.lockout_response"
# Successful sign-ins are in our audit log already; axes keeps only the failures (purged after 30 days).
AXES_DISABLE_ACCESS_LOG = True

# Wagtail
WAGTAIL_SITE_NAME = "Innovation Procurement Platform"
# A discreet line on every page saying the content is demonstration content; a real deployment turns it off
# (production's default is off, README "Configuration").
DEMO_NOTICE = env_bool("DEMO_NOTICE", True)
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
# Open data (docs/open-data.md): the licence of the platform's own metadata — catalogue, feeds, dumps, API — as a
# code of innoprocure.opendata.licences; where the nightly dumps are written.
OPEN_DATA_LICENCE = os.environ.get("OPEN_DATA_LICENCE", "cc-by-4.0")
OPEN_DATA_DUMP_DIR = Path(os.environ.get("OPEN_DATA_DUMP_DIR", VAR_DIR / "opendata"))
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = MAX_UPLOAD_SIZE
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Documents are always downloaded (never shown inline) and checked by content when uploaded.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_DOCUMENT_FORM_BASE = "innoprocure.core.document_forms.SafeDocumentForm"
# The admin signs in through allauth (password + authenticator code); its own login and reset forms are not used.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# No avatars fetched from gravatar.com: nothing about our users goes to third parties.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Editors may use the admin in any offered language (Wagtail ships these translations).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Content-Security-Policy (Django's built-in): everything is served from our own origin.
from django.utils.csp import CSP  # noqa: E402

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
# The Wagtail admin (and its page previews) needs inline scripts, data:/blob: images and framing by itself.
ADMIN_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "frame-src": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "axes": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "django_tasks_db": {"level": "WARNING"},
    },
}

# Security and reliability (issue 18, docs/security.md and docs/operations.md) ------------------------------------
# A database outage answers 503 with Retry-After, not 500 (core/outage.py); just inside SecurityMiddleware so its
# headers are still added. Connections are health-checked before reuse (conn_health_checks above).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "innoprocure.core.outage.DatabaseOutageMiddleware"
)
# Junk input (NUL characters, non-ASCII digits, huge numbers, over-long values) is refused with 400 before any view.
# Errors under /api/ are JSON (404, 405 …), and an unknown API address is not redirected to one with a slash.
MIDDLEWARE[MIDDLEWARE.index("django.middleware.common.CommonMiddleware")] = (
    "innoprocure.core.api_errors.CommonMiddlewareWithoutApiRedirects"
)
MIDDLEWARE += ["innoprocure.core.api_errors.ApiErrorsAsJsonMiddleware", "innoprocure.core.junk.JunkInputMiddleware"]
# Signed-in and personal responses are never stored by browsers or proxies (Cache-Control: no-store).
MIDDLEWARE += ["innoprocure.accounts.middleware.PrivateResponseMiddleware"]
# Session timeouts in seconds: staff 30 minutes idle and 12 hours in all; everybody else idle SESSION_IDLE_TIMEOUT
# (two weeks, "remember me" included) and, when set, SESSION_ABSOLUTE_TIMEOUT (0: none).
MIDDLEWARE += ["innoprocure.accounts.middleware.SessionTimeoutMiddleware"]
STAFF_SESSION_IDLE_TIMEOUT = 30 * 60
STAFF_SESSION_ABSOLUTE_TIMEOUT = 12 * 60 * 60
SESSION_IDLE_TIMEOUT = int(os.environ.get("SESSION_IDLE_TIMEOUT", 14 * 24 * 60 * 60))
SESSION_ABSOLUTE_TIMEOUT = int(os.environ.get("SESSION_ABSOLUTE_TIMEOUT", 0))
# Production refuses to start with a cache that is not shared between workers (core/checks.py).
REQUIRE_SHARED_CACHE = False
