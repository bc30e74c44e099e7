"""The exercise spec of this assignment: the one table to read to see what is graded.

Each :class:`Exercise` names a student function (or method), the file it
lives in, the reference it is compared with, and its checks in the order
they run. Points come from ``rubric.toml`` beside this file, keyed by the
exercise name and each check's id (declared with ``@check("...")``).
:data:`ASSIGNMENT` is what the grading core and the front-ends are given.

Adding an exercise: its reference (with markers) in ``solutions/cs231n``, an
entry here (with an ``example`` call for the stub tests), its rubric table,
its notebook section, and its reference test.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from ..core.spec import Assignment, Exercise as CoreExercise, ReferencePackage
from . import binary, families, losses, multiclass, optimization, proximal, regularization, schemes, source, timing
from .families import LossFamily

KIT = Path(__file__).resolve().parents[2]
SOLUTIONS = KIT / "solutions" / "cs231n"
STUDENT_PACKAGE = "cs231n"
REFERENCE = ReferencePackage(SOLUTIONS, "cs231n_reference")
reference = REFERENCE.function


@dataclass(frozen=True)
class Exercise(CoreExercise):
    """One graded function of this assignment, with what its checks need besides the reference."""

    family: Optional[LossFamily] = None  # picks inputs and diagnoses for the shared loss checks
    naive: Optional[str] = None  # the naive version, for the speed comparison
    reference_naive: Optional[Callable] = None
    callback_loss: Optional[Callable] = None  # the loss train is run with
    callback_helpers: tuple = ()  # (sample_batch, sgd_step) train is run with, in place of the student's
    # A small valid call, evaluated in the module's namespace with W (4, 3), X (5, 4), y (5,) labels in 0..2,
    # T (5, 3) real targets, np, and fitted(classifier, W): the stub tests call every stub with it.
    example: str = ""

    def references(self):
        return [f for f in (self.reference, self.reference_naive, self.callback_loss, *self.callback_helpers)
                if f is not None]


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

BINARY_LOSS_CHECKS = (
    binary.check_loss_matches_reference,
    binary.check_gradient_matches_reference,
    binary.check_returns_loss_and_gradient,
    binary.check_gradient_matches_numeric,
    binary.check_single_example,
    binary.check_large_regularization,
    binary.check_all_margins_satisfied,
    binary.check_does_not_modify_inputs,
    binary.check_independent_of_global_random_state,
    source.check_has_no_python_loops,
)

SVM = "classifiers/linear_svm.py"
BINARY_SVM = "classifiers/binary_svm.py"
SOFTMAX = "classifiers/softmax.py"
svm_naive = reference("classifiers.linear_svm", "svm_loss_naive")
binary_svm = reference("classifiers.binary_svm", "binary_svm_loss")
SCHEME_CHECKS = (
    schemes.check_trains_one_classifier_per_column,
    schemes.check_gives_the_targets,
    schemes.check_trains_on_the_right_rows,
    schemes.check_returns_the_trained_weights,
    schemes.check_scheme_reproducible_with_rng,
    schemes.check_scheme_learns,
)
softmax_naive = reference("classifiers.softmax", "softmax_loss_naive")

EXERCISES = (
    Exercise("svm_loss_naive", SVM, HINGE_CHECKS, svm_naive, families.HINGE,
             example="svm_loss_naive(W, X, y, 0.1)"),
    Exercise("svm_loss_vectorized", SVM, HINGE_CHECKS + VECTORIZED_CHECKS + SPEED_CHECKS,
             reference("classifiers.linear_svm", "svm_loss_vectorized"), families.HINGE,
             naive="svm_loss_naive", reference_naive=svm_naive,
             example="svm_loss_vectorized(W, X, y, 0.1)"),
    Exercise("squared_hinge_loss_vectorized", SVM, HINGE_CHECKS + VECTORIZED_CHECKS,
             reference("classifiers.linear_svm", "squared_hinge_loss_vectorized"), families.SQUARED_HINGE,
             example="squared_hinge_loss_vectorized(W, X, y, 0.1)"),
    Exercise("softmax_loss_naive", SOFTMAX, SOFTMAX_CHECKS, softmax_naive, families.SOFTMAX,
             example="softmax_loss_naive(W, X, y, 0.1)"),
    Exercise("softmax_loss_vectorized", SOFTMAX, SOFTMAX_CHECKS + VECTORIZED_CHECKS + SPEED_CHECKS,
             reference("classifiers.softmax", "softmax_loss_vectorized"), families.SOFTMAX,
             naive="softmax_loss_naive", reference_naive=softmax_naive,
             example="softmax_loss_vectorized(W, X, y, 0.1)"),
    Exercise("mse_loss", "classifiers/linear_regression.py", REGRESSION_CHECKS + VECTORIZED_CHECKS,
             reference("classifiers.linear_regression", "mse_loss"), families.MSE,
             example="mse_loss(W, X, T, 0.1)"),
    Exercise("l2_regularization", "regularization.py", PENALTY_CHECKS,
             reference("regularization", "l2_regularization"), example="l2_regularization(W, 0.1)"),
    Exercise("l1_regularization", "regularization.py",
             PENALTY_CHECKS + (regularization.check_subgradient_zero_at_zero,),
             reference("regularization", "l1_regularization"), example="l1_regularization(W, 0.1)"),
    Exercise("l1_proximal_step", "regularization.py", (
        proximal.check_soft_thresholds,
        proximal.check_sets_small_weights_to_exactly_zero,
        proximal.check_proximal_returns_a_new_array,
    ), reference("regularization", "l1_proximal_step"), example="l1_proximal_step(W, 0.1, 0.5)"),
    Exercise("sample_batch", "optim.py", (
        optimization.check_returns_rows_with_their_labels,
        optimization.check_uses_the_given_rng,
        optimization.check_full_batch_when_none,
        optimization.check_covers_all_rows,
        optimization.check_sample_batch_does_not_modify_inputs,
    ), example="sample_batch(X, y, 2, np.random.default_rng(0))"),
    Exercise("sgd_step", "optim.py", (
        optimization.check_returns_updated_weights,
        optimization.check_sgd_step_does_not_modify_inputs,
    ), example="sgd_step(W, W, 0.1)"),
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
       callback_helpers=(reference("optim", "sample_batch"), reference("optim", "sgd_step")),
       example="LinearSVM().train(X, y, num_iters=2, batch_size=2, rng=np.random.default_rng(0))"),
    Exercise("LinearClassifier.train_l1_proximal", "classifiers/linear_classifier.py", (
        proximal.check_data_step_then_proximal_step,
        proximal.check_proximal_history,
        proximal.check_proximal_training_reaches_zeros,
    ), callback_loss=reference("classifiers.softmax", "softmax_loss_vectorized"),
       callback_helpers=(reference("optim", "sample_batch"), reference("optim", "sgd_step"),
                         reference("regularization", "l1_proximal_step")),
       example="Softmax().train_l1_proximal(X, y, num_iters=2, batch_size=2, rng=np.random.default_rng(0))"),
    Exercise("LinearClassifier.predict", "classifiers/linear_classifier.py", (
        optimization.check_predicts_highest_score,
        optimization.check_returns_integer_labels,
    ), example="fitted(Softmax(), W).predict(X)"),
    Exercise("binary_svm_loss", BINARY_SVM, BINARY_LOSS_CHECKS,
             binary_svm, families.BINARY_HINGE,
             example="binary_svm_loss(W[:, 0], X, 2 * (y == 0) - 1, 0.1)"),
    Exercise("train_one_vs_all", BINARY_SVM, SCHEME_CHECKS, reference("classifiers.binary_svm", "train_one_vs_all"),
             callback_loss=binary_svm, callback_helpers=(reference("optim", "sample_batch"), reference("optim", "sgd_step")),
             example="train_one_vs_all(X, y, 3, num_iters=2, batch_size=2, rng=np.random.default_rng(0))"),
    Exercise("train_one_vs_one", BINARY_SVM, SCHEME_CHECKS, reference("classifiers.binary_svm", "train_one_vs_one"),
             callback_loss=binary_svm, callback_helpers=(reference("optim", "sample_batch"), reference("optim", "sgd_step")),
             example="train_one_vs_one(X, y, 3, num_iters=2, batch_size=2, rng=np.random.default_rng(0))"),
    Exercise("one_vs_all_predict", "classifiers/multiclass.py", (
        multiclass.check_picks_highest_score,
        multiclass.check_ova_returns_integer_labels,
    ), example="one_vs_all_predict(W, X)"),
    Exercise("one_vs_one_predict", "classifiers/multiclass.py", (
        multiclass.check_counts_votes,
        multiclass.check_ovo_returns_integer_labels,
        multiclass.check_breaks_vote_ties_toward_lowest_class,
        multiclass.check_zero_score_votes_for_first_class,
    ), example="one_vs_one_predict(W, X, 3)"),
)


ASSIGNMENT = Assignment(
    name="loss_functions",
    package=STUDENT_PACKAGE,
    exercises=EXERCISES,
    reference=REFERENCE,
    starter=KIT / "assignment" / STUDENT_PACKAGE,
    rubric_path=Path(__file__).with_name("rubric.toml"),
)
EXERCISES = ASSIGNMENT.exercises
exercise_named = ASSIGNMENT.exercise_named
preload = ASSIGNMENT.preload
