"""A catalog of realistic buggy submissions: each must lose points where it is wrong, only there, and say why.

Every entry is the reference solution with one small textual edit (the kind
of mistake students make in CS231n's assignment 1). For each entry:

(a) every exercise in ``breaks`` loses points, with the expected feedback;
(b) every other exercise graded keeps full marks, except the declared
    ``dependents`` (an exercise whose own code calls the broken function; it
    may lose points, it is not required to).

An entry grades only what its edit can reach (``variants.exercises_to_grade``):
the exercises whose functions it edits (every exercise of the file for an edit
outside them), the exercises whose grading runs that code (``variants.CALLERS``:
``LinearClassifier.train`` calls ``sample_batch`` and ``sgd_step``), its declared
dependents, and one control exercise of another file, which must keep full
marks. The loss exercises never affect ``LinearClassifier.train``: the grader
runs train with a loss of its own (see ``autograder/loss_functions/optimization.py``).

**Naming.** ``feedback`` holds the phrase(s) that name the bug; an entry is
*named* when every phrase appears in its main exercise's feedback outside the
generic sentences ("differs from the expected value", gate messages: see
``GENERIC``). ``generic=True`` marks an entry whose feedback is asserted but
does not name the bug (it still counts as caught, not as named). A *wrong
name* is a "Likely cause: ..." alternative that contains none of the entry's
phrases, or the entry's ``misleading`` text. ``test_catalog_figures`` prints
caught / total, named / caught and the wrong names over the whole catalog.
"""

import difflib
import re
from dataclasses import dataclass

import numpy as np
import pytest

from autograder.loss_functions import diagnosis, families, inputs, multiclass
from autograder.loss_functions.compare import gradients_close, losses_close
from autograder.loss_functions.exercises import exercise_named
from support.catalog import *  # noqa: F401,F403 (the entries and the names of their exercises)
from support.catalog import CATALOG
from support.variants import (CLASSIFIER, EXERCISE_NAMES, MSE, MULTICLASS, OPTIM, REFERENCE_PACKAGE, REG, SOFTMAX, SVM,
                              TIMED, EditError, apply_edit, describe_scores, exercises_to_grade)

def diagnostic_text(feedback):
    """The feedback without its generic sentences."""
    for pattern in GENERIC:
        feedback = re.sub(pattern, "", feedback)
    return feedback


def named_causes(feedback):
    """Every alternative of every 'Likely cause: ...' in the feedback."""
    return [alternative for causes in LIKELY_CAUSE.findall(feedback) for alternative in causes.split("; or ")]


@dataclass
class Outcome:
    entry: Bug
    edits_in_region: tuple
    graded: object  # variants.Graded
    graded_names: tuple
    control: str

    @property
    def feedback(self):
        return self.graded.feedback(self.entry.breaks[0])

    def missed(self):
        """The exercises of ``breaks`` that kept full marks."""
        return [name for name in self.entry.breaks if self.graded.full_marks(name)]

    def collateral(self):
        """Exercises that lost points although the entry does not break them."""
        return [name for name in self.graded_names
                if name not in self.entry.breaks + self.entry.dependents and not self.graded.full_marks(name)]

    def caught(self):
        return not self.missed()

    def named(self):
        text = diagnostic_text(self.feedback)
        return bool(self.entry.feedback) and not self.entry.generic and all(p in text for p in self.entry.feedback)

    def wrong_names(self):
        wrong = [cause for cause in named_causes(self.feedback)
                 if not any(phrase in cause for phrase in self.entry.feedback)]
        if self.entry.misleading and self.entry.misleading in self.feedback:
            wrong.append(self.entry.misleading)
        return wrong


@pytest.fixture(scope="module")
def grade_entry(catalog_grades):
    """``grade_entry(entry)`` -> Outcome, graded once per entry (the figures test and the self-checks' agreement
    reuse the grades: ``support.catalog_grades``)."""

    def grade(entry):
        done = catalog_grades(entry)
        return Outcome(entry, done.submission.edits_in_region, done.graded, done.names, done.control)

    return grade


def test_catalog_is_large_and_ids_are_unique():
    ids = [entry.id for entry in CATALOG]
    assert len(ids) >= 100
    assert len(set(ids)) == len(ids), "duplicate ids"
    for entry in CATALOG:
        for name in entry.breaks + entry.dependents:
            assert name in EXERCISE_NAMES, f"{entry.id}: unknown exercise {name}"
        assert not set(entry.breaks) & set(entry.dependents), entry.id
        assert entry.feedback or entry.generic, f"{entry.id}: say what its feedback must contain"
    per_exercise = {name: sum(entry.breaks[0] == name for entry in CATALOG) for name in EXERCISE_NAMES}
    assert all(count >= 2 for count in per_exercise.values()), per_exercise


def test_train_really_calls_sample_batch_and_sgd_step():
    """The sample_batch and sgd_step entries may declare train a dependent only because train calls them."""
    source = (REFERENCE_PACKAGE / CLASSIFIER).read_text()
    assert "from ..optim import sample_batch, sgd_step" in source
    assert "sample_batch(X, y, batch_size, rng)" in source and "sgd_step(self.W, grad, learning_rate)" in source


def test_an_edit_that_does_not_match_exactly_once_fails_loudly(tmp_path):
    target = tmp_path / "f.py"
    target.write_text("a = 1\nb = 1\n")
    with pytest.raises(EditError, match="0 times"):
        apply_edit(target, "c = 1", "c = 2")
    with pytest.raises(EditError, match="2 times"):
        apply_edit(target, " = 1", " = 2")
    with pytest.raises(EditError, match="does not change"):
        apply_edit(target, "a = 1", "a = 1")
    assert target.read_text() == "a = 1\nb = 1\n"


def test_each_entry_grades_what_its_edit_reaches_and_a_control():
    edit = "    dW += 2 * reg * W\n"  # in svm_loss_naive only
    touched, control = exercises_to_grade([(SVM, edit, "")], key="x")
    assert touched == (SVM_NAIVE,) and exercise_named(control).relative_file != SVM and control not in TIMED
    touched, _ = exercises_to_grade([(OPTIM, "W_new = W - learning_rate * dW", "W_new = W")], key="x")
    assert touched == ("sgd_step", TRAIN)
    touched, _ = exercises_to_grade([(SVM, "import numpy as np\n", "import numpy as np\nimport math\n")], key="x")
    assert touched == (SVM_NAIVE, SVM_VEC, SQ_HINGE), "an edit outside the exercises' functions reaches the file"
    touched, _ = exercises_to_grade([(SOFTMAX, "dscores /= num_train", "dscores /= 2"), (MSE, "num_train = X",
                                                                                       "num_train = 2 * X")],
                                    dependents=(OVA,), key="x")
    assert touched == (SOFTMAX_VEC, "mse_loss", OVA)
    controls = {exercises_to_grade(entry.edits, entry.dependents, key=entry.id)[1] for entry in CATALOG}
    assert len(controls) >= 6, f"the controls should vary over the catalog: {controls}"


FAST_PER_EXERCISE = 2  # entries of each exercise in the fast tier (`make test-fast`); `make test` runs them all


def catalog_params():
    """Every entry; beyond the first two of each exercise they are marked slow (the fast tier leaves them out)."""
    seen, params = {}, []
    for entry in CATALOG:
        seen[entry.breaks[0]] = seen.get(entry.breaks[0], 0) + 1
        marks = [pytest.mark.slow] if seen[entry.breaks[0]] > FAST_PER_EXERCISE else []
        params.append(pytest.param(entry, id=entry.id, marks=marks))
    return params


@pytest.mark.parametrize("entry", catalog_params())
def test_buggy_variant_loses_points_only_where_it_is_wrong(entry, grade_entry, rubric):
    outcome = grade_entry(entry)
    # the variant is a small edit of the reference region (or of the return line right after it)
    for (file, old, new), in_region in zip(entry.edits, outcome.edits_in_region):
        assert in_region or entry.return_line, f"{entry.id}: the edit of {file} is outside a solution region"
        changed = [line for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
                   if line[:1] in "+-" and not line.startswith(("+++", "---"))]
        assert 0 < len(changed) <= 16, f"{entry.id}: not a small edit ({len(changed)} changed lines)"

    graded = outcome.graded
    table = describe_scores(graded)
    assert set(graded.scores) == set(outcome.graded_names)
    assert set(entry.breaks) <= set(outcome.graded_names)
    for name in outcome.graded_names:
        exercise = exercise_named(name)
        assert graded.scores[name][1] == rubric.exercise_total(name), name
    assert not outcome.missed(), f"{entry.id}: {outcome.missed()} kept full marks\n{table}"
    assert not outcome.collateral(), f"{entry.id}: {outcome.collateral()} lost points they should keep\n{table}"

    main = entry.breaks[0]
    titles = [t.name.split(": ", 1)[1] for t in graded.failed(main)]
    if entry.failing_check:
        assert any(title.startswith(entry.failing_check) for title in titles), (
            f"{entry.id}: expected the check '{entry.failing_check}' of {main} to fail; failed: {titles}\n{table}")
    if entry.only:
        assert all(title.startswith(entry.failing_check) for title in titles), (
            f"{entry.id}: only '{entry.failing_check}' should fail; failed: {titles}")
    feedback = outcome.feedback
    for phrase in entry.feedback:
        assert phrase in feedback, f"{entry.id}: feedback lacks {phrase!r}:\n{feedback}"
    if not entry.generic:
        assert outcome.named(), f"{entry.id}: {entry.feedback} appear only in generic sentences:\n{feedback}"
    assert not outcome.wrong_names(), f"{entry.id}: names another bug: {outcome.wrong_names()}\n{feedback}"
    for test in graded.tests:
        assert "Traceback" not in test.output and "internal error" not in test.output, (entry.id, test)


@pytest.mark.slow  # grades the whole catalog
def test_catalog_figures(grade_entry, capsys):
    """Over the whole catalog: every bug caught, at least 9 in 10 named by their feedback, no wrong name."""
    outcomes = [grade_entry(entry) for entry in CATALOG]
    caught = [o for o in outcomes if o.caught()]
    named = [o for o in caught if o.named()]
    wrong = [(o.entry.id, cause) for o in outcomes for cause in o.wrong_names()]
    collateral = [(o.entry.id, name) for o in outcomes for name in o.collateral()]
    with capsys.disabled():
        print(f"\ncatalog: {len(outcomes)} buggy variants; caught {len(caught)}/{len(outcomes)}; "
              f"named by their feedback {len(named)}/{len(caught)} ({len(named) / max(1, len(caught)):.0%}); "
              f"wrong names {len(wrong)}; collateral losses {len(collateral)}")
        print("  not named: " + ", ".join(o.entry.id for o in caught if not o.named()))
    assert len(caught) == len(outcomes), [o.entry.id for o in outcomes if not o.caught()]
    assert len(named) >= 0.9 * len(caught)
    assert not wrong, wrong
    assert not collateral, collateral


# -- the diagnoses themselves ----------------------------------------------------------------------

LOSS_FAMILIES = {families.HINGE: SVM_VEC, families.SQUARED_HINGE: SQ_HINGE, families.SOFTMAX: SOFTMAX_VEC}
MODEL_CASES = [*inputs.reference_cases(), inputs.single_example_two_classes(), inputs.all_margins_satisfied(),
               inputs.large_regularization(), inputs.large_scores(), inputs.mixed_sign_scores(),
               inputs.away_from_kinks(11, hinge=True), inputs.away_from_kinks(11, hinge=False)]
REGRESSION_CASES = [*inputs.regression_cases(), inputs.single_example_two_classes(regression=True),
                    inputs.large_regularization(regression=True)]


def _family_inputs(family):
    exercise = exercise_named(LOSS_FAMILIES.get(family, "mse_loss"))
    return exercise.reference, REGRESSION_CASES if family.regression else MODEL_CASES


@pytest.mark.parametrize("family", list(LOSS_FAMILIES), ids=lambda f: f.name)
def test_the_loss_models_give_the_reference_with_every_option_at_its_default(family):
    """Each hypothesis changes one piece of a model; unchanged, the model must be the reference itself."""
    reference = exercise_named(LOSS_FAMILIES[family]).reference
    for case in MODEL_CASES:
        W, X, y, _ = case.args()
        right_loss, right_grad = reference(W, X, y, 0.0)
        if family.softmax:
            loss, grad = diagnosis.softmax_pieces(case)
        else:
            loss, grad = diagnosis.hinge_pieces(case, squared=family.squared)
        assert losses_close(loss, right_loss) and gradients_close(grad, right_grad), (family, case.description)


def test_the_models_predictions_are_kept_per_case_values_read_only():
    """A second diagnosis on equal case values reuses the predictions; any changed value computes them anew."""
    family = next(f for f in LOSS_FAMILIES if f.hinge and not f.squared)
    case = MODEL_CASES[0]
    first = diagnosis._model_hypotheses(family, case)
    assert diagnosis._model_hypotheses(family, inputs.Case(case.description, *case.args())) is first
    fresh = diagnosis._compute_model_hypotheses(family, case)
    assert [cause for cause, _, _ in first] == [cause for cause, _, _ in fresh]
    for (_, loss, grad), (_, loss_again, grad_again) in zip(first, fresh):
        assert loss == loss_again and (grad is None) == (grad_again is None)
        if grad is not None:
            assert np.array_equal(grad, grad_again) and not grad.flags.writeable
    W, X, y, reg = case.args()
    X[0, 0] += 1e-9
    assert diagnosis._model_hypotheses(family, inputs.Case(case.description, W, X, y, reg)) is not first
    assert diagnosis._model_hypotheses(family, inputs.Case(case.description, W, X, y, reg + 1)) is not first


@pytest.mark.parametrize("family", families.FAMILIES, ids=lambda f: f.name)
def test_no_hypothesis_names_the_right_answer(family):
    """The reference's own answer never gets a 'likely cause', on any input the checks use."""
    reference, cases = _family_inputs(family)
    for case in cases:
        loss, grad = reference(*case.args())
        assert diagnosis.likely_loss_cause(family, case, reference, loss) is None
        assert diagnosis.likely_gradient_cause(family, case, reference, grad) is None


@pytest.mark.parametrize("family", families.FAMILIES, ids=lambda f: f.name)
def test_each_mistake_is_named_as_itself_or_not_at_all(family):
    """A submission that returns exactly what one mistake predicts gets that mistake's name, never another's.

    It gets no name only where the input cannot tell it from the right answer or from a differently named
    mistake (their predictions agree there), or where the mistake overflows (inf is never matched).
    """
    reference, cases = _family_inputs(family)
    for case in cases:
        for part, hypotheses, find, close, distance in (
                (0, diagnosis.loss_hypotheses, diagnosis.likely_loss_cause, losses_close, diagnosis._loss_distance),
                (1, diagnosis.gradient_hypotheses, diagnosis.likely_gradient_cause, gradients_close,
                 diagnosis._gradient_distance)):
            predictions = hypotheses(family, case, reference)
            right = reference(*case.args())[part]
            first_cause, first_prediction = predictions[0]
            assert find(family, case, reference, first_prediction) == diagnosis._matching(
                predictions, right, first_prediction, close, distance)  # what the checks call, end to end
            for cause, predicted in predictions:
                found = diagnosis._matching(predictions, right, predicted, close, distance)
                assert found in (cause, None), (case.description, cause, found)
                if found is None:
                    assert not np.all(np.isfinite(predicted)) or close(predicted, right) or any(
                        other != cause and close(predicted, guess) for other, guess in predictions), (
                        case.description, cause)


def test_one_vs_one_mistakes_are_told_apart_on_the_probe():
    """Every one-vs-one mistake gives labels of its own on the probe: none is the right answer, no two agree."""
    X, num_classes = multiclass.one_vs_one_probe()
    right = multiclass.one_vs_one_variant(X, num_classes)
    predictions = [multiclass.one_vs_one_variant(X, num_classes, **options)
                   for _, options in multiclass.ONE_VS_ONE_MISTAKES]
    for k, predicted in enumerate(predictions):
        assert not np.array_equal(predicted, right), multiclass.ONE_VS_ONE_MISTAKES[k][0]
        for other in predictions[k + 1:]:
            assert not np.array_equal(predicted, other)
    # the kit's rule, checked against the cases the checks document
    for row, expected in (*multiclass.THREE_CLASS_VOTES, multiclass.THREE_CLASS_ZERO):
        assert multiclass.one_vs_one_variant(np.array([row]), 3)[0] == expected
    assert multiclass.one_vs_one_variant(np.array([multiclass.FOUR_CLASS_TIE[0]]), 4)[0] == multiclass.FOUR_CLASS_TIE[1]
