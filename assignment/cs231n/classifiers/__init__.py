"""Linear classifiers and their losses; import each from its own module."""
