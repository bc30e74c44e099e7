"""Numeric gradients, to check the gradients you derive by hand.

A centered difference ``(f(x + h) - f(x - h)) / (2 h)`` approximates a
derivative with an error of order h**2. Use float64 arrays: in float32 the
rounding error of f swamps the difference and a correct gradient looks wrong.

How to read the relative errors that ``grad_check_sparse`` returns
(CS231n's rule of thumb): above 1e-2 the gradient is probably wrong; below
1e-7 it is right; in between, look closer. The grader asks for 1e-5 on
inputs where no step crosses a kink.

A loss with kinks (the hinge ``max(0, .)``) can show a large error at a
coordinate whose step crosses a kink even when the gradient is right: the
centered difference then averages the slopes on both sides of the kink.
``grad_check_sparse(..., skip_kinks=True)`` finds those coordinates (the
slopes over four half-steps do not lie on a line there) and reports them
instead of comparing them.
"""

import numpy as np


def relative_error(a, b):
    """Elementwise relative error ``|a - b| / (|a| + |b|)``, with 0/0 taken as 0.

    Parameters
    ----------
    a, b : float or ndarray (same shape)

    Returns
    -------
    float or ndarray
        In [0, 1]; 0 where a and b are both exactly 0.
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    numerator = np.abs(a - b)
    denominator = np.abs(a) + np.abs(b)
    # 0/0 (both exactly zero) is a perfect match, not nan.
    safe = np.where(denominator > 0, denominator, 1.0)
    result = np.where(denominator > 0, numerator / safe, 0.0)
    return result if result.ndim else float(result)


def rel_error(x, y):
    """The largest relative error between two arrays (the notebooks' summary figure).

    Parameters
    ----------
    x, y : ndarray, same shape

    Returns
    -------
    float
        ``max |x - y| / max(1e-8, |x| + |y|)`` over all entries.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    return float(np.max(np.abs(x - y) / np.maximum(1e-8, np.abs(x) + np.abs(y))))


def _require_float64(x, name):
    if not isinstance(x, np.ndarray) or x.dtype != np.float64:
        raise TypeError(
            f"{name}: x must be a float64 ndarray (got {type(x).__name__} "
            f"{getattr(x, 'dtype', '')}); in lower precision the numeric gradient is too noisy."
        )


def _values_along(f, x, ix, offsets):
    """f(x + offset e_ix) for each offset, changing x[ix] in place and restoring it, even if f raises."""
    old_value = x[ix]
    values = []
    try:
        for offset in offsets:
            x[ix] = old_value + offset
            values.append(f(x))
    finally:
        x[ix] = old_value
    return values


def _centered_difference(f, x, ix, h):
    """(f(x + h e_ix) - f(x - h e_ix)) / 2h."""
    fxph, fxmh = _values_along(f, x, ix, (h, -h))
    return (fxph - fxmh) / (2 * h)


def _bends(values, h):
    """Whether f's values at x - h, x - h/2, x, x + h/2, x + h do not lie on a smooth curve (a kink between)."""
    values = [float(value) for value in values]
    slopes = np.diff(values) / (h / 2)
    bends = np.abs(np.diff(slopes, 2))
    # f is rounded at about 1e-16 * |f|, so its slopes over h/2 at about 1e-16 * |f| / h: stay well above that
    threshold = 1e-7 * np.max(np.abs(slopes)) + 1e-12 * max(1.0, abs(values[2])) / h
    return bool(np.max(bends) > threshold)


def eval_numerical_gradient(f, x, verbose=True, h=1e-5):
    """Numeric gradient of a scalar function at x, coordinate by coordinate.

    Parameters
    ----------
    f : callable
        Takes an array shaped like x and returns a float. It may read x
        itself (for example a lambda that closes over W): x is changed in
        place during the check and restored afterwards.
    x : ndarray of float64, any shape
        The point at which to evaluate the gradient.
    verbose : bool
        Print each coordinate and its partial derivative.
    h : float
        Step of the centered difference.

    Returns
    -------
    grad : ndarray, same shape as x
        The numeric gradient.
    """
    _require_float64(x, "eval_numerical_gradient")
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        ix = it.multi_index
        grad[ix] = _centered_difference(f, x, ix, h)
        if verbose:
            print(ix, grad[ix])
        it.iternext()
    return grad


def crosses_kink(f, x, ix, h=1e-5, fx=None):
    """Whether f has a kink (a jump in its slope) within h of x along coordinate ix.

    The slopes of f over the four half-steps from x - h to x + h lie on a
    line when f is smooth there (exactly so for a quadratic, such as an L2
    penalty, up to rounding for any smooth f). A kink bends that line.

    Parameters
    ----------
    f : callable
        Takes an array shaped like x and returns a float.
    x : ndarray of float64
        Changed in place during the call and restored afterwards.
    ix : tuple of int
        The coordinate.
    h : float
        The step of the centered difference being checked.
    fx : float or None
        ``f(x)`` if already known.

    Returns
    -------
    bool
    """
    if fx is None:
        fx = f(x)
    fxmh, fxmh2, fxph2, fxph = _values_along(f, x, ix, (-h, -h / 2, h / 2, h))
    return _bends((fxmh, fxmh2, fx, fxph2, fxph), h)


def grad_check_sparse(f, x, analytic_grad, num_checks=10, h=1e-5, seed=None, verbose=True, skip_kinks=False):
    """Compare an analytic gradient with the numeric one at a few random coordinates.

    Parameters
    ----------
    f : callable
        Takes an array shaped like x and returns a float (x is changed in
        place during the check and restored afterwards).
    x : ndarray of float64, any shape
        The point at which the gradient was computed.
    analytic_grad : ndarray, same shape as x
        The gradient to check.
    num_checks : int
        How many random coordinates to check.
    h : float
        Step of the centered difference.
    seed : int or None
        Seed of the coordinates drawn; the same seed checks the same ones.
    verbose : bool
        Print one line per coordinate.
    skip_kinks : bool
        Do not compare at coordinates whose step crosses a kink of f (see
        ``crosses_kink``): their error is nan and the printed line says so.
        Costs two more evaluations of f per coordinate (at the half steps),
        and one of f(x).

    Returns
    -------
    errors : ndarray, shape (num_checks,)
        The relative error at each checked coordinate (0 where both the
        numeric and the analytic value are exactly 0; nan where a kink was
        skipped: read them with ``np.nanmax``).
    """
    _require_float64(x, "grad_check_sparse")
    analytic_grad = np.asarray(analytic_grad)
    if analytic_grad.shape != x.shape:
        raise ValueError(
            f"grad_check_sparse: analytic_grad has shape {analytic_grad.shape} but x has shape {x.shape}."
        )
    rng = np.random.default_rng(seed)
    errors = np.zeros(num_checks)
    fx = f(x) if skip_kinks else None
    for k in range(num_checks):
        ix = tuple(int(rng.integers(m)) for m in x.shape)
        if skip_kinks:  # the kink test's outer values are the centered difference's: f is evaluated 4 times, not 6
            fxmh, fxmh2, fxph2, fxph = _values_along(f, x, ix, (-h, -h / 2, h / 2, h))
            grad_numerical = (fxph - fxmh) / (2 * h)
            kink = _bends((fxmh, fxmh2, fx, fxph2, fxph), h)
        else:
            grad_numerical, kink = _centered_difference(f, x, ix, h), False
        grad_analytic = float(analytic_grad[ix])
        errors[k] = np.nan if kink else relative_error(grad_numerical, grad_analytic)
        if verbose:
            verdict = "the step crosses a kink: not compared" if kink else "relative error: %e" % errors[k]
            print("numerical: %f analytic: %f, %s" % (grad_numerical, grad_analytic, verdict))
    return errors
