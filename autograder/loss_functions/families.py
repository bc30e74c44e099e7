"""The loss families: what a loss exercise's checks, inputs and diagnoses depend on.

A loss exercise names its family (``family=HINGE``); the shared loss checks
(``losses.py``), the diagnoses (``diagnosis.py``) and the timing
(``timing.py``) read the family's properties instead of switching on a name,
and the family lists every hidden input its checks use (the leak test reads
that list). A new loss is a new family here plus its exercise entry.
"""

from dataclasses import dataclass

from . import inputs


@dataclass(frozen=True)
class LossFamily:
    """A kind of loss: its targets, its margin structure, and the inputs its checks use.

    Attributes
    ----------
    name : str
        Shown nowhere to students; used in test ids and the bench.
    classification : bool
        y holds integer labels of shape (N,); else real targets of shape (N, K) (regression).
    hinge : bool
        A margin loss (multiclass SVM): kinks where a margin is 0.
    squared : bool
        The margins are squared (squared hinge).
    softmax : bool
        Cross-entropy of the softmax probabilities (exp overflows without the max shift).
    """

    name: str
    classification: bool = True
    hinge: bool = False
    squared: bool = False
    softmax: bool = False

    @property
    def regression(self):
        return not self.classification

    def cases(self):
        """The main hidden cases, in order: the loss and gradient checks run on every one."""
        return inputs.reference_cases() if self.classification else inputs.regression_cases()

    def numeric_case(self):
        """The case of the numeric-gradient check: away from the hinge's kinks."""
        if self.regression:
            return inputs.regression_cases()[1]
        return inputs.away_from_kinks(seed=11, hinge=self.hinge)

    def edge_cases(self):
        """The cases of the family's own edge checks (one example, large reg, margins, large scores)."""
        found = [inputs.single_example_two_classes(self.regression), inputs.large_regularization(self.regression)]
        if self.hinge:
            found.append(inputs.all_margins_satisfied())
        if self.softmax:
            found += [inputs.large_scores(), inputs.mixed_sign_scores()]
        return found

    def hidden_cases(self):
        """Every hidden input the family's checks use (what must never appear in feedback)."""
        return list(self.cases()) + [self.numeric_case()] + self.edge_cases()


@dataclass(frozen=True)
class BinaryLossFamily(LossFamily):
    """A loss of one binary classifier ``f(w, X, t, reg)``: w of shape (D,), targets t in {-1, +1} of shape (N,).

    Its checks are in ``binary.py`` (the shared loss checks and diagnoses assume W (D, C) and labels); it is not
    in :data:`FAMILIES`, which lists the families those serve.
    """

    binary: bool = True

    def cases(self):
        return inputs.binary_cases()

    def numeric_case(self):
        return inputs.binary_away_from_kinks()

    def edge_cases(self):
        return [inputs.binary_single_example(), inputs.binary_large_regularization(),
                inputs.binary_all_margins_satisfied()]


HINGE = LossFamily("hinge", hinge=True)
SQUARED_HINGE = LossFamily("squared_hinge", hinge=True, squared=True)
SOFTMAX = LossFamily("softmax", softmax=True)
MSE = LossFamily("mse", classification=False)
FAMILIES = (HINGE, SQUARED_HINGE, SOFTMAX, MSE)
BINARY_HINGE = BinaryLossFamily("binary_hinge", hinge=True)
