"""Tolerances: when a student's number counts as equal to the reference's.

Correct submissions differ from the reference only by rounding (another
summation order, a logsumexp form, einsum instead of dot): relative
differences around 1e-13. The tolerances below are far looser than that and
far tighter than any real mistake.
"""

import numpy as np

LOSS_RTOL = 1e-6
GRAD_RTOL = 1e-6
NUMERIC_GRAD_RTOL = 1e-5


def losses_close(a, b, rtol=LOSS_RTOL):
    """Whether two losses agree to ``rtol`` relative (absolute below 1)."""
    a, b = float(a), float(b)
    return bool(np.isfinite(a) and np.isfinite(b) and abs(a - b) <= rtol * max(1.0, abs(b)))


def gradient_error(a, b):
    """Relative Frobenius distance ``||a - b|| / ||b||`` (absolute when b is 0)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.shape != b.shape or not np.all(np.isfinite(a)):
        return float("inf")
    scale = np.linalg.norm(b)
    return float(np.linalg.norm(a - b) / scale) if scale > 1e-12 else float(np.linalg.norm(a - b))


def gradients_close(a, b, rtol=GRAD_RTOL):
    """Whether two gradients agree to ``rtol`` in relative Frobenius norm."""
    return gradient_error(a, b) <= rtol


def arrays_equal(a, b):
    """Exact equality of shape and values (nan equal to nan)."""
    a = np.asarray(a)
    b = np.asarray(b)
    return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=a.dtype.kind in "fc" and b.dtype.kind in "fc"))
