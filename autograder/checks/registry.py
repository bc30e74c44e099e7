"""Which checks apply to which exercise: the one table to read to see what is graded.

Each :class:`Exercise` names a student function (or method), the file it
lives in, the reference it is compared with, and its checks in the order
they run. Points come from ``autograder/rubric.toml``, keyed by the exercise
name and the check's id (its function name without ``check_``).
"""

import importlib
import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from . import losses, multiclass, optimization, regularization, source, timing

SOLUTIONS = Path(__file__).resolve().parents[2] / "solutions" / "cs231n"
REFERENCE_PACKAGE = "cs231n_reference"
STUDENT_PACKAGE = "cs231n"


def reference_module(relative_module):
    """Import a module of the reference solution under a name of its own.

    The reference is loaded as ``cs231n_reference`` so that it can never be
    confused with a student's ``cs231n`` (which the grader never imports).
    """
    if REFERENCE_PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            REFERENCE_PACKAGE, SOLUTIONS / "__init__.py", submodule_search_locations=[str(SOLUTIONS)])
        package = importlib.util.module_from_spec(spec)
        sys.modules[REFERENCE_PACKAGE] = package
        spec.loader.exec_module(package)
    return importlib.import_module(f"{REFERENCE_PACKAGE}.{relative_module}")


def reference(relative_module, name):
    """A reference function, resolved when first called (``preload`` resolves them all)."""

    def call(*args, **kwargs):
        return getattr(reference_module(relative_module), name)(*args, **kwargs)

    call.__name__ = name
    call.relative_module = relative_module
    return call


@dataclass(frozen=True)
class Exercise:
    """One graded function or method of the student's package."""

    name: str  # as shown in results: "svm_loss_naive", "LinearClassifier.train"
    relative_file: str  # inside the package: "classifiers/linear_svm.py"
    checks: tuple
    reference: Optional[Callable] = None
    family: str = ""  # picks inputs and diagnoses for the shared loss checks
    naive: Optional[str] = None  # the naive version, for the speed comparison
    reference_naive: Optional[Callable] = None
    callback_loss: Optional[Callable] = None  # the loss train is run with
    callback_helpers: tuple = ()  # (sample_batch, sgd_step) train is run with, in place of the student's

    @property
    def qualname(self):
        return self.name

    @property
    def module(self):
        return STUDENT_PACKAGE + "." + self.relative_file[: -len(".py")].replace("/", ".")

    def source_path(self, package_dir):
        return Path(package_dir) / self.relative_file

    def check_id(self, check):
        return check.__name__.removeprefix("check_")

    def check_title(self, check):
        return (check.__doc__ or check.__name__).strip().splitlines()[0]


# the main verdicts come first: the checks gated on them (``base.requires``) run after
COMMON_LOSS_CHECKS = (
    losses.check_loss_matches_reference,
    losses.check_gradient_matches_reference,
    losses.check_returns_loss_and_gradient,
    losses.check_gradient_matches_numeric,
    losses.check_large_regularization,
    losses.check_does_not_modify_inputs,
    losses.check_independent_of_global_random_state,
)
CLASSIFICATION_CHECKS = COMMON_LOSS_CHECKS + (losses.check_single_example_two_classes,)
HINGE_CHECKS = CLASSIFICATION_CHECKS + (losses.check_all_margins_satisfied,)
SOFTMAX_CHECKS = CLASSIFICATION_CHECKS + (losses.check_stable_for_large_scores,)
REGRESSION_CHECKS = COMMON_LOSS_CHECKS + (losses.check_single_example_three_outputs,)
VECTORIZED_CHECKS = (source.check_has_no_python_loops,)
SPEED_CHECKS = (timing.check_faster_than_naive,)
PENALTY_CHECKS = (
    regularization.check_penalty_matches_reference,
    regularization.check_gradient_matches_reference,
    regularization.check_returns_penalty_and_gradient,
    regularization.check_does_not_modify_inputs,
)

SVM = "classifiers/linear_svm.py"
SOFTMAX = "classifiers/softmax.py"
svm_naive = reference("classifiers.linear_svm", "svm_loss_naive")
softmax_naive = reference("classifiers.softmax", "softmax_loss_naive")

EXERCISES = (
    Exercise("svm_loss_naive", SVM, HINGE_CHECKS, svm_naive, "hinge"),
    Exercise("svm_loss_vectorized", SVM, HINGE_CHECKS + VECTORIZED_CHECKS + SPEED_CHECKS,
             reference("classifiers.linear_svm", "svm_loss_vectorized"), "hinge",
             naive="svm_loss_naive", reference_naive=svm_naive),
    Exercise("squared_hinge_loss_vectorized", SVM, HINGE_CHECKS + VECTORIZED_CHECKS,
             reference("classifiers.linear_svm", "squared_hinge_loss_vectorized"), "squared_hinge"),
    Exercise("softmax_loss_naive", SOFTMAX, SOFTMAX_CHECKS, softmax_naive, "softmax"),
    Exercise("softmax_loss_vectorized", SOFTMAX, SOFTMAX_CHECKS + VECTORIZED_CHECKS + SPEED_CHECKS,
             reference("classifiers.softmax", "softmax_loss_vectorized"), "softmax",
             naive="softmax_loss_naive", reference_naive=softmax_naive),
    Exercise("mse_loss", "classifiers/linear_regression.py", REGRESSION_CHECKS + VECTORIZED_CHECKS,
             reference("classifiers.linear_regression", "mse_loss"), "mse"),
    Exercise("l2_regularization", "regularization.py", PENALTY_CHECKS,
             reference("regularization", "l2_regularization")),
    Exercise("l1_regularization", "regularization.py",
             PENALTY_CHECKS + (regularization.check_subgradient_zero_at_zero,),
             reference("regularization", "l1_regularization")),
    Exercise("sample_batch", "optim.py", (
        optimization.check_returns_rows_with_their_labels,
        optimization.check_uses_the_given_rng,
        optimization.check_full_batch_when_none,
        optimization.check_covers_all_rows,
        optimization.check_sample_batch_does_not_modify_inputs,
    )),
    Exercise("sgd_step", "optim.py", (
        optimization.check_returns_updated_weights,
        optimization.check_sgd_step_does_not_modify_inputs,
    )),
    Exercise("LinearClassifier.train", "classifiers/linear_classifier.py", (
        optimization.check_loss_falls_on_separable_problem,
        optimization.check_takes_gradient_steps,
        optimization.check_returns_loss_history,
        optimization.check_batch_mode_uses_all_examples,
        optimization.check_stochastic_mode_uses_one_example,
        optimization.check_minibatch_mode_draws_new_batches,
        optimization.check_initializes_weights,
        optimization.check_reproducible_with_rng,
    ), callback_loss=reference("classifiers.softmax", "softmax_loss_vectorized"),
       callback_helpers=(reference("optim", "sample_batch"), reference("optim", "sgd_step"))),
    Exercise("LinearClassifier.predict", "classifiers/linear_classifier.py", (
        optimization.check_predicts_highest_score,
        optimization.check_returns_integer_labels,
    )),
    Exercise("one_vs_all_predict", "classifiers/multiclass.py", (
        multiclass.check_picks_highest_score,
        multiclass.check_ova_returns_integer_labels,
    )),
    Exercise("one_vs_one_predict", "classifiers/multiclass.py", (
        multiclass.check_counts_votes,
        multiclass.check_ovo_returns_integer_labels,
        multiclass.check_breaks_vote_ties_toward_lowest_class,
        multiclass.check_zero_score_votes_for_first_class,
    )),
)


def check_gates(exercises):
    """Every gate (``base.requires``) names checks of the same exercise that run before it.

    Raises
    ------
    ValueError
        Naming the exercise and the check whose gate is wrong.
    """
    for exercise in exercises:
        earlier = set()
        for check in exercise.checks:
            missing = [i for i in getattr(check, "requires", ()) if i not in earlier]
            if missing:
                raise ValueError(f"{exercise.name}: {exercise.check_id(check)} is gated on {', '.join(missing)}, "
                                 "which is not an earlier check of the exercise.")
            earlier.add(exercise.check_id(check))


check_gates(EXERCISES)


def preload(exercises):
    """Import every reference module the checks will use.

    Runs before the first worker starts: student code that rewrote files on
    disk afterwards could then no longer change what the grader compares with.
    """
    for exercise in exercises:
        for function in (exercise.reference, exercise.reference_naive, exercise.callback_loss,
                         *exercise.callback_helpers):
            if function is not None:
                reference_module(function.relative_module)


def exercise_named(name):
    """The exercise with this name.

    Raises
    ------
    ValueError
        If no exercise has that name; the message lists the names.
    """
    for exercise in EXERCISES:
        if exercise.name == name:
            return exercise
    raise ValueError(f"no exercise named {name!r}; the exercises are {', '.join(e.name for e in EXERCISES)}.")
