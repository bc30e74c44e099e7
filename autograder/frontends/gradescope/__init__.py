"""Running the autograder on Gradescope.

- ``build.py``: ``make gradescope`` -> ``autograder.zip``, laid out as
  Gradescope's autograder specification asks (``setup.sh`` and
  ``run_autograder`` at the top).
- ``setup.sh``: run once by Gradescope, as root, when it builds the image:
  Python >= 3.11 and the kit's pinned requirements in ``/autograder/venv``.
- ``run_autograder``: run for every submission: ``run.py`` grades
  ``/autograder/submission`` into ``/autograder/results/results.json``.

``AUTOGRADER_ROOT`` replaces ``/autograder`` (the kit's tests run the bundle
under a temporary folder), and ``AUTOGRADER_PYTHON`` the interpreter.
"""
