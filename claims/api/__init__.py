"""The JSON API (``/api/``): ``serializers``, ``filters``, ``views`` and ``urls``."""
