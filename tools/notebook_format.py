"""``nbformat``, imported without a grammar that no notebook needs.

jsonschema checks the "iri" string format with ``rfc3987-syntax`` when that is installed (Jupyter's
packages pull it in), and importing it compiles a grammar: about 1.6 s of CPU in every process that
imports nbformat, for a format that the notebook schema never uses. The tools that read notebooks
import nbformat from here, so an instructor's `make release` or `make autograde` starts that much
sooner; jsonschema then simply has no "iri" checker.
"""

import sys

sys.modules.setdefault("rfc3987_syntax", None)  # None in sys.modules: `import rfc3987_syntax` raises ImportError

import nbformat  # noqa: E402,F401
