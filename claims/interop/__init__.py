"""Claimdesk's exchange formats, one module per standard: ``claimreview``, ``webannotation``, ``csv``, ``deskjson``.

Builders take model instances (already fetched with their relations) and return plain
dicts or rows; parsers take uploaded text and return plain data plus errors. Writing to
the database is limited to the explicit importers each module names.
"""
