"""Helpers the kit's tests share (import as ``support.<module>``): tests never import each other.

- ``kit_paths``: where the kit's parts are;
- ``variants``: submissions built from the reference with textual edits, graded in this process;
- ``catalog``: the catalog of realistic buggy submissions (``CATALOG``);
- ``hostile``, ``hostile_cases``: hostile submissions, how to build and grade them, what must not escape;
- ``engine_helpers``: worker packages, modes and limits for the engine's tests;
- ``record_results``: a pytest plugin that records gradings (``tools/compare_results.py`` compares two).
"""
