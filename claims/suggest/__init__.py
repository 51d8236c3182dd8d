"""The suggester: rule-based attribution (``attribution``) over its word lists (``lexicon``).

Pure text in, plain data out: nothing here touches the database or imports the models.
"""
