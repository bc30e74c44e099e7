"""The loss-functions-and-optimization assignment: everything the grader knows that is specific to it.

``ASSIGNMENT`` (built in ``exercises.py``, the exercise spec) is what the grading
core and the front-ends are handed: the package name, the reference, the
starter, the exercises with their checks, and the default rubric
(``rubric.toml``). The checks live in ``losses.py``, ``regularization.py``,
``optimization.py``, ``multiclass.py``, ``source.py`` and ``timing.py``; their
hidden inputs in ``inputs.py``; the named mistakes in ``diagnosis.py``; the loss
families in ``families.py``.
"""
