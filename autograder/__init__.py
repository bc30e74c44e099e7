"""The hidden autograder: grading engine (``engine/``), checks per exercise (``checks/``), rubric.

Instructors run it with ``make grade``; students never receive this folder.
"""
