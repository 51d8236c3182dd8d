"""The API's exception handler: DRF's, plus a JSON 400 for a body over Django's size limit."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.utils.translation import gettext
from rest_framework.exceptions import ParseError
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    # DRF reads a JSON body through request.body, which refuses one over
    # DATA_UPLOAD_MAX_MEMORY_SIZE before any parser sees it: say so as the API says things.
    if isinstance(exc, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        exc = ParseError(gettext("The request body is larger than %(limit)s bytes.") % {"limit": f"{limit:,}"})
    return drf_exception_handler(exc, context)
