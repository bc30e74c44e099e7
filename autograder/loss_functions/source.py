"""No Python loops: read from the submission's sources, then confirmed by the grader's own timing.

Two halves, both needed for the point:

1. **The sources** (``callgraph``): every piece of code the function may run,
   in any module of the submission and however it is reached (module
   attributes, rebound names, decorators, classes, ``functools.reduce``,
   ``np.apply_along_axis``...), read from the copy the grader made before any
   student code ran (``Sandbox.sources``), never from the disk the worker
   could rewrite. A loop there fails, naming where it is and how the function
   gets there; code that cannot be read (``exec``, ``eval``, ``getattr`` with
   a built name, ``sys.modules``...) fails too, saying why.
2. **The clock** (``timing``): code that hides a loop from any reading still
   pays about a microsecond per example; the grader times the function on
   tens of thousands of examples with few features and classes against the
   reference timed the same way, on fresh inputs, and checks every result.
"""

from . import timing
from ..core.checks import check, CheckFailure, requires
from ..core.callgraph import Package


def package_of(ctx):
    """The submission's sources as the grader read them before any worker started, parsed once per run."""
    package = ctx.cache.get("callgraph")
    if package is None:
        package = ctx.cache["callgraph"] = Package(ctx.sandbox.sources, ctx.exercise.package)
    return package


def loop_problem(ctx):
    """One sentence if the sources show a Python loop in what the function runs, or code that cannot be read."""
    package = package_of(ctx)
    module_key = tuple(ctx.exercise.relative_file[: -len(".py")].split("/"))
    report = package.reach(module_key, ctx.exercise.qualname)
    if report.problem:
        return f"{ctx.name} cannot be checked for Python loops: {report.problem}."
    if report.loops:
        return f"{report.loops[0].describe(ctx.name)}; a vectorized version must use whole-array operations only."
    if report.dynamic:
        finding = report.dynamic[0]
        return f"{ctx.name} cannot be checked for Python loops: {finding.describe('it')}, and {finding.why}."
    return None


@check("has_no_python_loops")
@requires("loss_matches_reference", "gradient_matches_reference")
def check_has_no_python_loops(ctx):
    """has no Python loops"""
    problem = loop_problem(ctx)
    if problem:
        raise CheckFailure(problem)
    timing.check_runs_like_whole_array_code(ctx)
