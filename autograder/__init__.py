"""The hidden autograder: the sandbox (``engine/``), the grading core (``core/``), this assignment
(``loss_functions/``) and the front-ends (``frontends/``), importing one way (``.importlinter``).

Instructors run it with ``make grade``; students never receive this folder.
"""
