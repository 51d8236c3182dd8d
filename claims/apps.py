from django.apps import AppConfig
from django.conf import settings
from django.core import checks


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claimdesk"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        user_logged_in.connect(_remember_language, dispatch_uid="claimdesk-language")
        checks.register(check_secret_key, checks.Tags.security, deploy=True)


def _remember_language(sender, request, user, **kwargs) -> None:
    """At login, the person's language goes into their session (the middleware reads it there)."""
    from .middleware import SESSION_KEY
    from .models import Profile

    if request is not None and hasattr(request, "session"):
        language = Profile.language_of(user)
        if language:
            request.session[SESSION_KEY] = language


# Keys that are published somewhere (this project's development default, Django's generated
# placeholder, what tutorials and .env templates say): a site signed with one is forgeable.
PLACEHOLDER_KEYS = {"x", "changeme", "secret", "secretkey", "secret-key", "your-secret-key", "password", "dev", "test"}
PLACEHOLDER_PARTS = (
    "insecure",
    "changeme",
    "change-me",
    "change_me",
    "replace-me",
    "your-secret-key",
    "secret-key-here",
)
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_CHARS = 5


def check_secret_key(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """With DEBUG off, SECRET_KEY (and each fallback) must be long, varied and not a published one.

    Django's own security.W009 says the same as a warning; this is an error, so ``check --deploy``
    fails. A key that is merely set (``SECRET_KEY=x``) used to pass the production settings."""
    if settings.DEBUG:
        return []
    errors = []
    for name, key in [
        ("SECRET_KEY", settings.SECRET_KEY),
        *(("SECRET_KEY_FALLBACKS", k) for k in settings.SECRET_KEY_FALLBACKS),
    ]:
        problem = _secret_key_problem(str(key))
        if problem:
            errors.append(
                checks.Error(
                    f"{name} {problem}.",
                    hint=(
                        f"Set it to a random value of at least {SECRET_KEY_MIN_LENGTH} characters, e.g. "
                        "python -c 'import secrets; print(secrets.token_urlsafe(50))'."
                    ),
                    id="claims.E001",
                )
            )
    return errors


def _secret_key_problem(key: str) -> str | None:
    folded = key.strip().casefold()
    if folded in PLACEHOLDER_KEYS or any(part in folded for part in PLACEHOLDER_PARTS):
        return "is a known default or placeholder"
    if len(key) < SECRET_KEY_MIN_LENGTH:
        return f"is {len(key)} characters long; it needs at least {SECRET_KEY_MIN_LENGTH}"
    if len(set(key)) < SECRET_KEY_MIN_CHARS:
        return f"has only {len(set(key))} distinct characters; it needs at least {SECRET_KEY_MIN_CHARS}"
    return None
