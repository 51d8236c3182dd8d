from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claimdesk"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        user_logged_in.connect(_remember_language, dispatch_uid="claimdesk-language")


def _remember_language(sender, request, user, **kwargs) -> None:
    """At login, the person's language goes into their session (the middleware reads it there)."""
    from .middleware import SESSION_KEY
    from .models import Profile

    if request is not None and hasattr(request, "session"):
        language = Profile.language_of(user)
        if language:
            request.session[SESSION_KEY] = language
