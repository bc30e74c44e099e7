"""The self-checks' expected values, diagnoses and sentences: generated, do not edit.

Computed when the assignment was built, on the public inputs of cases.py only: the expected
answers on them, what each classic mistake would give on them (with the sentence that names it),
and the sentences of the checks.
"""

import json

DATA = json.loads(r"""
{
 "tolerances": {
  "loss": 1e-06,
  "grad": 1e-06,
  "numeric": 1e-05,
  "explained": 0.001,
  "single_precision": 2e-05
 },
 "exercises": [
  {
   "name": "svm_loss_naive",
   "file": "classifiers/linear_svm.py",
   "module": "cs231n.classifiers.linear_svm",
   "qualname": "svm_loss_naive",
   "kind": "loss",
   "family": {
    "name": "hinge",
    "hinge": true,
    "binary": false,
    "squared": false,
    "softmax": false,
    "regression": false
   },
   "checks": [
    {
     "id": "loss_matches_reference",
     "title": "loss matches the expected value",
     "requires": [],
     "any_of": false
    },
    {
     "id": "gradient_matches_reference",
     "title": "gradient matches the expected gradient",
     "requires": [],
     "any_of": false
    },
    {
     "id": "returns_loss_and_gradient",
     "title": "returns (loss, dW): a number and a float64 array shaped like W",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "gradient_matches_numeric",
     "title": "gradient matches the numeric gradient of your own loss",
     "requires": [],
     "any_of": false
    },
    {
     "id": "large_regularization",
     "title": "adds reg * sum(W**2) to the loss and 2 * reg * W to the gradient",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "does_not_modify_inputs",
     "title": "does not modify its inputs",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "independent_of_global_random_state",
     "title": "gives the same result whatever the global random state",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "single_example_two_classes",
     "title": "handles a single example and two classes",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "all_margins_satisfied",
     "title": "gives only the regularization term when every margin is satisfied",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    }
   ]
  },
  {
   "name": "svm_loss_vectorized",
   "file": "classifiers/linear_svm.py",
   "module": "cs231n.classifiers.linear_svm",
   "qualname": "svm_loss_vectorized",
   "kind": "loss",
   "family": {
    "name": "hinge",
    "hinge": true,
    "binary": false,
    "squared": false,
    "softmax": false,
    "regression": false
   },
   "checks": [
    {
     "id": "loss_matches_reference",
     "title": "loss matches the expected value",
     "requires": [],
     "any_of": false
    },
    {
     "id": "gradient_matches_reference",
     "title": "gradient matches the expected gradient",
     "requires": [],
     "any_of": false
    },
    {
     "id": "returns_loss_and_gradient",
     "title": "returns (loss, dW): a number and a float64 array shaped like W",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "gradient_matches_numeric",
     "title": "gradient matches the numeric gradient of your own loss",
     "requires": [],
     "any_of": false
    },
    {
     "id": "large_regularization",
     "title": "adds reg * sum(W**2) to the loss and 2 * reg * W to the gradient",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "does_not_modify_inputs",
     "title": "does not modify its inputs",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "independent_of_global_random_state",
     "title": "gives the same result whatever the global random state",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "single_example_two_classes",
     "title": "handles a single example and two classes",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "all_margins_satisfied",
     "title": "gives only the regularization term when every margin is satisfied",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "has_no_python_loops",
     "title": "has no Python loops",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": false
    },
    {
     "id": "faster_than_naive",
     "title": "runs at least 6x faster than the naive version",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": false
    }
   ]
  },
  {
   "name": "squared_hinge_loss_vectorized",
   "file": "classifiers/linear_svm.py",
   "module": "cs231n.classifiers.linear_svm",
   "qualname": "squared_hinge_loss_vectorized",
   "kind": "loss",
   "family": {
    "name": "squared_hinge",
    "hinge": true,
    "binary": false,
    "squared": true,
    "softmax": false,
    "regression": false
   },
   "checks": [
    {
     "id": "loss_matches_reference",
     "title": "loss matches the expected value",
     "requires": [],
     "any_of": false
    },
    {
     "id": "gradient_matches_reference",
     "title": "gradient matches the expected gradient",
     "requires": [],
     "any_of": false
    },
    {
     "id": "returns_loss_and_gradient",
     "title": "returns (loss, dW): a number and a float64 array shaped like W",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "gradient_matches_numeric",
     "title": "gradient matches the numeric gradient of your own loss",
     "requires": [],
     "any_of": false
    },
    {
     "id": "large_regularization",
     "title": "adds reg * sum(W**2) to the loss and 2 * reg * W to the gradient",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "does_not_modify_inputs",
     "title": "does not modify its inputs",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "independent_of_global_random_state",
     "title": "gives the same result whatever the global random state",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "single_example_two_classes",
     "title": "handles a single example and two classes",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "all_margins_satisfied",
     "title": "gives only the regularization term when every margin is satisfied",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "has_no_python_loops",
     "title": "has no Python loops",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": false
    }
   ]
  },
  {
   "name": "softmax_loss_naive",
   "file": "classifiers/softmax.py",
   "module": "cs231n.classifiers.softmax",
   "qualname": "softmax_loss_naive",
   "kind": "loss",
   "family": {
    "name": "softmax",
    "hinge": false,
    "binary": false,
    "squared": false,
    "softmax": true,
    "regression": false
   },
   "checks": [
    {
     "id": "loss_matches_reference",
     "title": "loss matches the expected value",
     "requires": [],
     "any_of": false
    },
    {
     "id": "gradient_matches_reference",
     "title": "gradient matches the expected gradient",
     "requires": [],
     "any_of": false
    },
    {
     "id": "returns_loss_and_gradient",
     "title": "returns (loss, dW): a number and a float64 array shaped like W",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "gradient_matches_numeric",
     "title": "gradient matches the numeric gradient of your own loss",
     "requires": [],
     "any_of": false
    },
    {
     "id": "large_regularization",
     "title": "adds reg * sum(W**2) to the loss and 2 * reg * W to the gradient",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "does_not_modify_inputs",
     "title": "does not modify its inputs",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "independent_of_global_random_state",
     "title": "gives the same result whatever the global random state",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "single_example_two_classes",
     "title": "handles a single example and two classes",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "stable_for_large_scores",
     "title": "stays finite and correct for scores around +-1e3",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    }
   ]
  },
  {
   "name": "softmax_loss_vectorized",
   "file": "classifiers/softmax.py",
   "module": "cs231n.classifiers.softmax",
   "qualname": "softmax_loss_vectorized",
   "kind": "loss",
   "family": {
    "name": "softmax",
    "hinge": false,
    "binary": false,
    "squared": false,
    "softmax": true,
    "regression": false
   },
   "checks": [
    {
     "id": "loss_matches_reference",
     "title": "loss matches the expected value",
     "requires": [],
     "any_of": false
    },
    {
     "id": "gradient_matches_reference",
     "title": "gradient matches the expected gradient",
     "requires": [],
     "any_of": false
    },
    {
     "id": "returns_loss_and_gradient",
     "title": "returns (loss, dW): a number and a float64 array shaped like W",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "gradient_matches_numeric",
     "title": "gradient matches the numeric gradient of your own loss",
     "requires": [],
     "any_of": false
    },
    {
     "id": "large_regularization",
     "title": "adds reg * sum(W**2) to the loss and 2 * reg * W to the gradient",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "does_not_modify_inputs",
     "title": "does not modify its inputs",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "independent_of_global_random_state",
     "title": "gives the same result whatever the global random state",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "single_example_two_classes",
     "title": "handles a single example and two classes",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "stable_for_large_scores",
     "title": "stays finite and correct for scores around +-1e3",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "has_no_python_loops",
     "title": "has no Python loops",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": false
    },
    {
     "id": "faster_than_naive",
     "title": "runs at least 6x faster than the naive version",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": false
    }
   ]
  },
  {
   "name": "mse_loss",
   "file": "classifiers/linear_regression.py",
   "module": "cs231n.classifiers.linear_regression",
   "qualname": "mse_loss",
   "kind": "loss",
   "family": {
    "name": "mse",
    "hinge": false,
    "binary": false,
    "squared": false,
    "softmax": false,
    "regression": true
   },
   "checks": [
    {
     "id": "loss_matches_reference",
     "title": "loss matches the expected value",
     "requires": [],
     "any_of": false
    },
    {
     "id": "gradient_matches_reference",
     "title": "gradient matches the expected gradient",
     "requires": [],
     "any_of": false
    },
    {
     "id": "returns_loss_and_gradient",
     "title": "returns (loss, dW): a number and a float64 array shaped like W",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "gradient_matches_numeric",
     "title": "gradient matches the numeric gradient of your own loss",
     "requires": [],
     "any_of": false
    },
    {
     "id": "large_regularization",
     "title": "adds reg * sum(W**2) to the loss and 2 * reg * W to the gradient",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "does_not_modify_inputs",
     "title": "does not modify its inputs",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "independent_of_global_random_state",
     "title": "gives the same result whatever the global random state",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "single_example_three_outputs",
     "title": "handles a single example with three outputs",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "has_no_python_loops",
     "title": "has no Python loops",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": false
    }
   ]
  },
  {
   "name": "l2_regularization",
   "file": "regularization.py",
   "module": "cs231n.regularization",
   "qualname": "l2_regularization",
   "kind": "penalty",
   "family": null,
   "checks": [
    {
     "id": "penalty_matches_reference",
     "title": "penalty matches the expected value",
     "requires": [],
     "any_of": false
    },
    {
     "id": "gradient_matches_reference",
     "title": "gradient matches the expected gradient",
     "requires": [],
     "any_of": false
    },
    {
     "id": "returns_penalty_and_gradient",
     "title": "returns (loss, dW): a number and a float64 array shaped like W",
     "requires": ["penalty_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "does_not_modify_inputs",
     "title": "does not modify its inputs",
     "requires": ["penalty_matches_reference","gradient_matches_reference"],
     "any_of": true
    }
   ]
  },
  {
   "name": "l1_regularization",
   "file": "regularization.py",
   "module": "cs231n.regularization",
   "qualname": "l1_regularization",
   "kind": "penalty",
   "family": null,
   "checks": [
    {
     "id": "penalty_matches_reference",
     "title": "penalty matches the expected value",
     "requires": [],
     "any_of": false
    },
    {
     "id": "gradient_matches_reference",
     "title": "gradient matches the expected gradient",
     "requires": [],
     "any_of": false
    },
    {
     "id": "returns_penalty_and_gradient",
     "title": "returns (loss, dW): a number and a float64 array shaped like W",
     "requires": ["penalty_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "does_not_modify_inputs",
     "title": "does not modify its inputs",
     "requires": ["penalty_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "subgradient_zero_at_zero",
     "title": "uses the subgradient 0 where a weight is exactly 0",
     "requires": ["penalty_matches_reference"],
     "any_of": false
    }
   ]
  },
  {
   "name": "l1_proximal_step",
   "file": "regularization.py",
   "module": "cs231n.regularization",
   "qualname": "l1_proximal_step",
   "kind": "proximal",
   "family": null,
   "checks": [
    {
     "id": "soft_thresholds",
     "title": "returns sign(W) * max(|W| - learning_rate * reg, 0)",
     "requires": [],
     "any_of": false
    },
    {
     "id": "sets_small_weights_to_exactly_zero",
     "title": "sets every weight with |w| <= learning_rate * reg to exactly 0, and no other",
     "requires": ["soft_thresholds"],
     "any_of": false
    },
    {
     "id": "proximal_returns_a_new_array",
     "title": "returns a new float64 array and leaves W unchanged",
     "requires": ["soft_thresholds"],
     "any_of": false
    }
   ]
  },
  {
   "name": "sample_batch",
   "file": "optim.py",
   "module": "cs231n.optim",
   "qualname": "sample_batch",
   "kind": "sample_batch",
   "family": null,
   "checks": [
    {
     "id": "returns_rows_with_their_labels",
     "title": "returns batch_size rows of X with their own labels",
     "requires": [],
     "any_of": false
    },
    {
     "id": "uses_the_given_rng",
     "title": "draws from rng: same seed same batch, other seed other batch",
     "requires": ["returns_rows_with_their_labels"],
     "any_of": false
    },
    {
     "id": "full_batch_when_none",
     "title": "returns all of X and y for batch_size=None",
     "requires": ["uses_the_given_rng"],
     "any_of": false
    },
    {
     "id": "covers_all_rows",
     "title": "draws new batches from all rows on every call",
     "requires": ["returns_rows_with_their_labels"],
     "any_of": false
    },
    {
     "id": "sample_batch_does_not_modify_inputs",
     "title": "does not modify its inputs",
     "requires": ["uses_the_given_rng"],
     "any_of": false
    }
   ]
  },
  {
   "name": "sgd_step",
   "file": "optim.py",
   "module": "cs231n.optim",
   "qualname": "sgd_step",
   "kind": "sgd_step",
   "family": null,
   "checks": [
    {
     "id": "returns_updated_weights",
     "title": "returns W - learning_rate * dW",
     "requires": [],
     "any_of": false
    },
    {
     "id": "sgd_step_does_not_modify_inputs",
     "title": "returns a new array and leaves W and dW unchanged",
     "requires": ["returns_updated_weights"],
     "any_of": false
    }
   ]
  },
  {
   "name": "LinearClassifier.train",
   "file": "classifiers/linear_classifier.py",
   "module": "cs231n.classifiers.linear_classifier",
   "qualname": "LinearClassifier.train",
   "kind": "train",
   "family": null,
   "checks": [
    {
     "id": "loss_falls_on_separable_problem",
     "title": "lowers the loss on a separable problem",
     "requires": [],
     "any_of": false
    },
    {
     "id": "takes_gradient_steps",
     "title": "calls self.loss with its reg, then updates W by W - learning_rate * dW",
     "requires": [],
     "any_of": false
    },
    {
     "id": "returns_loss_history",
     "title": "returns the list of the losses of every step",
     "requires": ["loss_falls_on_separable_problem","takes_gradient_steps"],
     "any_of": true
    },
    {
     "id": "batch_mode_uses_all_examples",
     "title": "uses all N examples at every step for batch_size=None",
     "requires": ["loss_falls_on_separable_problem","takes_gradient_steps"],
     "any_of": true
    },
    {
     "id": "stochastic_mode_uses_one_example",
     "title": "uses one example per step for batch_size=1",
     "requires": ["loss_falls_on_separable_problem","takes_gradient_steps"],
     "any_of": true
    },
    {
     "id": "minibatch_mode_draws_new_batches",
     "title": "draws a new minibatch of the right size at every step",
     "requires": ["loss_falls_on_separable_problem","takes_gradient_steps"],
     "any_of": true
    },
    {
     "id": "initializes_weights",
     "title": "creates small random weights of shape (D, C) when W is None",
     "requires": ["loss_falls_on_separable_problem","takes_gradient_steps"],
     "any_of": true
    },
    {
     "id": "reproducible_with_rng",
     "title": "depends on rng only, not on the global random state",
     "requires": ["loss_falls_on_separable_problem","takes_gradient_steps"],
     "any_of": true
    }
   ]
  },
  {
   "name": "LinearClassifier.train_l1_proximal",
   "file": "classifiers/linear_classifier.py",
   "module": "cs231n.classifiers.linear_classifier",
   "qualname": "LinearClassifier.train_l1_proximal",
   "kind": "train_proximal",
   "family": null,
   "checks": [
    {
     "id": "data_step_then_proximal_step",
     "title": "each step: self.loss with reg 0, sgd_step on its gradient, then l1_proximal_step(W, learning_rate, reg)",
     "requires": [],
     "any_of": false
    },
    {
     "id": "proximal_history",
     "title": "returns one loss per step: the data loss plus reg * sum(|W|), before the update",
     "requires": ["data_step_then_proximal_step"],
     "any_of": false
    },
    {
     "id": "proximal_training_reaches_zeros",
     "title": "ends with weights exactly 0 when reg is strong",
     "requires": ["data_step_then_proximal_step"],
     "any_of": false
    }
   ]
  },
  {
   "name": "LinearClassifier.predict",
   "file": "classifiers/linear_classifier.py",
   "module": "cs231n.classifiers.linear_classifier",
   "qualname": "LinearClassifier.predict",
   "kind": "predict",
   "family": null,
   "checks": [
    {
     "id": "predicts_highest_score",
     "title": "predicts the class with the highest score, the lowest index on ties",
     "requires": [],
     "any_of": false
    },
    {
     "id": "returns_integer_labels",
     "title": "returns an integer array of N labels",
     "requires": ["predicts_highest_score"],
     "any_of": false
    }
   ]
  },
  {
   "name": "binary_svm_loss",
   "file": "classifiers/binary_svm.py",
   "module": "cs231n.classifiers.binary_svm",
   "qualname": "binary_svm_loss",
   "kind": "binary_loss",
   "family": {
    "name": "binary_hinge",
    "hinge": true,
    "binary": true,
    "squared": false,
    "softmax": false,
    "regression": false
   },
   "checks": [
    {
     "id": "loss_matches_reference",
     "title": "loss matches the expected value",
     "requires": [],
     "any_of": false
    },
    {
     "id": "gradient_matches_reference",
     "title": "gradient matches the expected gradient",
     "requires": [],
     "any_of": false
    },
    {
     "id": "returns_loss_and_gradient",
     "title": "returns (loss, dw): a number and a float64 array shaped like w",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "gradient_matches_numeric",
     "title": "gradient matches the numeric gradient of your own loss",
     "requires": [],
     "any_of": false
    },
    {
     "id": "single_example",
     "title": "handles a single example",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "large_regularization",
     "title": "adds reg * sum(w**2) to the loss and 2 * reg * w to the gradient",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "all_margins_satisfied",
     "title": "gives only the regularization term when every margin is satisfied",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "does_not_modify_inputs",
     "title": "does not modify its inputs",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "independent_of_global_random_state",
     "title": "gives the same result whatever the global random state",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": true
    },
    {
     "id": "has_no_python_loops",
     "title": "has no Python loops",
     "requires": ["loss_matches_reference","gradient_matches_reference"],
     "any_of": false
    }
   ]
  },
  {
   "name": "train_one_vs_all",
   "file": "classifiers/binary_svm.py",
   "module": "cs231n.classifiers.binary_svm",
   "qualname": "train_one_vs_all",
   "kind": "scheme",
   "family": null,
   "checks": [
    {
     "id": "trains_one_classifier_per_column",
     "title": "trains one classifier per column, each from w = 0 for num_iters steps with train's reg",
     "requires": [],
     "any_of": false
    },
    {
     "id": "gives_the_targets",
     "title": "gives each classifier +1 for its (first) class and -1 for the other side",
     "requires": ["trains_one_classifier_per_column"],
     "any_of": false
    },
    {
     "id": "trains_on_the_right_rows",
     "title": "draws each classifier's batches with sample_batch from its own examples only",
     "requires": ["trains_one_classifier_per_column"],
     "any_of": false
    },
    {
     "id": "returns_the_trained_weights",
     "title": "returns W (D, number of classifiers): column p the result of classifier p's last sgd_step",
     "requires": ["trains_one_classifier_per_column"],
     "any_of": false
    },
    {
     "id": "scheme_reproducible_with_rng",
     "title": "depends on rng only, not on the global random state",
     "requires": ["trains_one_classifier_per_column"],
     "any_of": false
    },
    {
     "id": "scheme_learns",
     "title": "classifies well separated classes correctly after training",
     "requires": ["trains_one_classifier_per_column"],
     "any_of": false
    }
   ]
  },
  {
   "name": "train_one_vs_one",
   "file": "classifiers/binary_svm.py",
   "module": "cs231n.classifiers.binary_svm",
   "qualname": "train_one_vs_one",
   "kind": "scheme",
   "family": null,
   "checks": [
    {
     "id": "trains_one_classifier_per_column",
     "title": "trains one classifier per column, each from w = 0 for num_iters steps with train's reg",
     "requires": [],
     "any_of": false
    },
    {
     "id": "gives_the_targets",
     "title": "gives each classifier +1 for its (first) class and -1 for the other side",
     "requires": ["trains_one_classifier_per_column"],
     "any_of": false
    },
    {
     "id": "trains_on_the_right_rows",
     "title": "draws each classifier's batches with sample_batch from its own examples only",
     "requires": ["trains_one_classifier_per_column"],
     "any_of": false
    },
    {
     "id": "returns_the_trained_weights",
     "title": "returns W (D, number of classifiers): column p the result of classifier p's last sgd_step",
     "requires": ["trains_one_classifier_per_column"],
     "any_of": false
    },
    {
     "id": "scheme_reproducible_with_rng",
     "title": "depends on rng only, not on the global random state",
     "requires": ["trains_one_classifier_per_column"],
     "any_of": false
    },
    {
     "id": "scheme_learns",
     "title": "classifies well separated classes correctly after training",
     "requires": ["trains_one_classifier_per_column"],
     "any_of": false
    }
   ]
  },
  {
   "name": "one_vs_all_predict",
   "file": "classifiers/multiclass.py",
   "module": "cs231n.classifiers.multiclass",
   "qualname": "one_vs_all_predict",
   "kind": "one_vs_all",
   "family": null,
   "checks": [
    {
     "id": "picks_highest_score",
     "title": "predicts the class whose classifier scores highest, the lowest index on ties",
     "requires": [],
     "any_of": false
    },
    {
     "id": "ova_returns_integer_labels",
     "title": "returns an integer array of N labels",
     "requires": ["picks_highest_score"],
     "any_of": false
    }
   ]
  },
  {
   "name": "one_vs_one_predict",
   "file": "classifiers/multiclass.py",
   "module": "cs231n.classifiers.multiclass",
   "qualname": "one_vs_one_predict",
   "kind": "one_vs_one",
   "family": null,
   "checks": [
    {
     "id": "counts_votes",
     "title": "predicts the class with the most pairwise votes",
     "requires": [],
     "any_of": false
    },
    {
     "id": "ovo_returns_integer_labels",
     "title": "returns an integer array of N labels",
     "requires": ["counts_votes"],
     "any_of": false
    },
    {
     "id": "breaks_vote_ties_toward_lowest_class",
     "title": "breaks ties in votes toward the lowest class index",
     "requires": ["counts_votes"],
     "any_of": false
    },
    {
     "id": "zero_score_votes_for_first_class",
     "title": "counts a score of exactly 0 as a vote for the first class of the pair",
     "requires": ["counts_votes"],
     "any_of": false
    }
   ]
  }
 ],
 "families": {
  "hinge": {
   "main": [
    {
     "description": "a small image batch (N=20, D=13, C=4, reg=0, seed 301)",
     "fingerprint": [13.0,4.0,-0.0758780212397,0.402647993925,0.0581142846829,20.0,13.0,20.0,10504.7,344.559552361,20.0,30.0,30.0,2.12118734095],
     "loss": 5.04601603039,
     "grad": [
      [-7.3050000000000015,17.520000000000003,-16.04,5.824999999999999],
      [0.6300000000000004,31.97999999999999,-46.71,14.099999999999998],
      [-6.145,27.979999999999997,-35.51,13.675],
      [-10.4,20.25,-18.4,8.55],
      [22.2575,-22.305,-8.915000000000001,8.9625],
      [25.452499999999997,-19.435000000000002,-7.354999999999999,1.3374999999999986],
      [17.5325,-12.705000000000002,-2.3650000000000033,-2.462500000000001],
      [22.1175,-14.594999999999999,-11.084999999999999,3.562500000000001],
      [14.814999999999998,60.09000000000002,-58.080000000000005,-16.825],
      [9.907499999999999,45.09500000000001,-48.865,-6.137500000000001],
      [23.9575,42.44500000000001,-72.065,5.6625],
      [23.330000000000002,46.73,-64.76,-5.3],
      [0.15,-0.1,-0.3,0.25]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",100.92032060788591],
      ["the data loss is divided by N twice",0.2523008015197148],
      ["the loss has the wrong sign",-5.046016030394296],
      [
       "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
       6.046016030394296
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       7.359014696116619
      ],
      ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",1.261504007598574],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",0.15436839564458424],
      ["the margin delta is 0; this kit's hinge uses delta = 1",3.419518177396827],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       2.8136667296831517
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       5.4044533845013705
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       5.8242831531688815
      ],
      ["margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",2.6757769812784478]
     ],
     "gradient_hypotheses": [
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [34.3,-25.74000000000001,30.439999999999998,-38.99999999999999],
        [35.15,-45.01,36.06,-26.2],
        [38.8,-36.61,40.260000000000005,-42.45000000000002],
        [39.75,-26.15,29.9,-43.5],
        [-43.449999999999996,1.7099999999999973,-14.809999999999997,56.550000000000026],
        [-43.449999999999996,6.370000000000002,-26.069999999999993,63.15],
        [-42.2,13.86,-26.410000000000004,54.750000000000014],
        [-19.299999999999997,-1.5099999999999993,-23.44,44.25],
        [47.35000000000001,-17.23,-77.27000000000001,47.14999999999999],
        [41.349999999999994,-31.940000000000005,-44.460000000000015,35.05000000000002],
        [25.150000000000002,-41.24000000000001,-28.46,44.55000000000002],
        [32.85000000000001,-31.359999999999992,-58.639999999999986,57.14999999999999],
        [0.0,0.2,-0.2,0.0]
       ]
      ],
      [
       "the data gradient is averaged over N * C entries; divide by N only",
       [
        [-1.8262500000000004,4.380000000000001,-4.01,1.4562499999999998],
        [0.1575000000000001,7.994999999999997,-11.6775,3.5249999999999995],
        [-1.53625,6.994999999999999,-8.8775,3.41875],
        [-2.6,5.0625,-4.6,2.1375],
        [5.564375,-5.57625,-2.2287500000000002,2.240625],
        [6.363124999999999,-4.858750000000001,-1.8387499999999997,0.33437499999999964],
        [4.383125,-3.1762500000000005,-0.5912500000000008,-0.6156250000000002],
        [5.529375,-3.6487499999999997,-2.7712499999999998,0.8906250000000002],
        [3.7037499999999994,15.022500000000004,-14.520000000000001,-4.20625],
        [2.4768749999999997,11.273750000000003,-12.21625,-1.5343750000000003],
        [5.989375,10.611250000000002,-18.01625,1.415625],
        [5.8325000000000005,11.6825,-16.19,-1.325],
        [0.0375,-0.025,-0.075,0.0625]
       ]
      ],
      [
       "the margin delta is 0; this kit's hinge uses delta = 1",
       [
        [-1.6050000000000004,9.48,-21.154999999999994,13.280000000000001],
        [4.280000000000001,21.669999999999995,-47.819999999999986,21.869999999999997],
        [-1.394999999999999,19.07,-38.144999999999996,20.47],
        [-6.9,14.75,-20.25,12.4],
        [18.357499999999998,-12.395000000000001,-8.017499999999998,2.0549999999999997],
        [23.402499999999996,-12.965,-6.522499999999998,-3.9150000000000005],
        [13.6825,-4.045,-0.9924999999999976,-8.645],
        [17.067500000000003,-10.555,-6.907499999999999,0.3950000000000003],
        [13.814999999999998,48.66000000000001,-54.68499999999999,-7.790000000000001],
        [13.007499999999999,36.955,-49.91750000000001,-0.04500000000000028],
        [22.4575,35.055,-68.56750000000002,11.055000000000001],
        [21.880000000000003,35.67,-61.26999999999998,3.7199999999999998],
        [0.15,0.1,-0.35,0.1]
       ]
      ],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       [
        [-11.275,2.8449999999999998,-2.9899999999999998,11.419999999999998],
        [-6.85,10.029999999999998,-17.410000000000004,14.23],
        [-11.225,5.955,-10.460000000000003,15.73],
        [-11.9,5.9,-2.8,8.8],
        [15.0875,-8.7925,-6.790000000000001,0.4950000000000003],
        [18.1125,-2.1975000000000007,-9.38,-6.534999999999999],
        [15.3125,-1.4675000000000005,-6.590000000000001,-7.255],
        [13.1375,-3.6324999999999994,-8.36,-1.1450000000000002],
        [13.175,35.665000000000006,-36.42999999999999,-12.41],
        [7.6375,19.957500000000003,-27.639999999999997,0.04500000000000028],
        [13.2375,21.8575,-38.44000000000001,3.345],
        [15.7,27.579999999999995,-38.15999999999999,-5.120000000000001],
        [-0.25,0.15,0.2,-0.1]
       ]
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       [
        [-45.465,28.934999999999995,-8.01,24.540000000000006],
        [-36.309999999999995,22.939999999999994,-14.690000000000001,28.06000000000001],
        [-48.834999999999994,30.215000000000003,-14.440000000000001,33.06000000000001],
        [-45.35,27.25,-11.65,29.75],
        [45.0975,-34.8525,3.664999999999999,-13.909999999999997],
        [56.182500000000005,-40.41749999999999,10.504999999999999,-26.26999999999999],
        [49.4225,-36.127500000000005,10.815000000000001,-24.109999999999992],
        [42.227500000000006,-17.072500000000005,-0.9149999999999991,-24.240000000000006],
        [32.095000000000006,24.39500000000002,13.13,-69.62000000000002],
        [11.247499999999999,30.597499999999997,4.464999999999999,-46.31000000000002],
        [26.3975,4.647500000000004,-1.885000000000001,-29.159999999999997],
        [37.290000000000006,17.189999999999994,5.61,-60.08999999999999],
        [-0.05,-0.05,0.3,-0.2]
       ]
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [-40.934999999999995,30.135,-23.720000000000002,34.519999999999996],
        [-28.140000000000004,35.89,-55.23,47.48000000000002],
        [-43.965,37.865,-42.77999999999999,48.88000000000001],
        [-43.75,35.9,-28.95,36.8],
        [54.9525,-38.052499999999995,-2.794999999999997,-14.104999999999999],
        [69.11749999999999,-40.11749999999999,2.884999999999998,-31.88499999999998],
        [54.277499999999996,-35.227500000000006,8.705000000000009,-27.75499999999999],
        [44.972500000000004,-11.722500000000002,-7.654999999999999,-25.595000000000006],
        [41.355000000000004,58.69500000000001,-36.58999999999999,-63.46],
        [27.702499999999997,44.197499999999984,-37.99500000000001,-33.90500000000001],
        [43.0525,35.0475,-61.84500000000001,-16.255],
        [53.96,41.69000000000001,-49.17999999999999,-46.46999999999998],
        [0.05,-0.05,0.1,-0.1]
       ]
      ],
      [
       "margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",
       [
        [-45.099999999999994,37.3,-26.100000000000005,33.9],
        [-27.400000000000006,39.2,-58.59999999999999,46.800000000000026],
        [-44.900000000000006,44.7,-50.09999999999999,50.3],
        [-47.6,41.8,-31.2,37.0],
        [60.35,-42.24999999999999,-4.249999999999996,-13.849999999999998],
        [72.45,-49.34999999999999,4.050000000000004,-27.149999999999977],
        [61.25,-42.550000000000004,8.450000000000012,-27.149999999999988],
        [52.55,-22.650000000000002,-5.450000000000001,-24.45000000000001],
        [52.7,55.29999999999999,-43.29999999999999,-64.7],
        [30.55,48.74999999999998,-42.45000000000001,-36.85000000000001],
        [52.95,29.15,-67.25000000000003,-14.85],
        [62.8,38.20000000000002,-53.19999999999999,-47.79999999999997],
        [0.0,0.0,0.0,0.0]
       ]
      ],
      [
       "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
       [
        [-18.580000000000002,26.845000000000006,-22.565,14.300000000000006],
        [-6.220000000000001,41.78000000000001,-61.35999999999998,25.8],
        [-17.369999999999997,39.154999999999994,-48.03499999999998,26.25],
        [-22.3,30.7,-26.2,17.8],
        [37.34499999999999,-32.86749999999999,-9.9775,5.5],
        [43.56500000000001,-31.772499999999997,-6.342499999999997,-5.45],
        [32.845000000000006,-23.342499999999994,-0.2524999999999977,-9.249999999999996],
        [35.255,-20.2575,-12.447500000000002,-2.5499999999999994],
        [27.99,73.915,-68.90500000000002,-32.999999999999986],
        [17.545000000000005,57.28249999999999,-59.47750000000002,-15.349999999999998],
        [37.195,49.732499999999995,-88.87750000000003,1.95],
        [39.03,56.28000000000001,-78.05999999999997,-17.250000000000007],
        [-0.1,-0.35,-0.55,0.0]
       ]
      ],
      [
       "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
       [
        [3.969999999999999,-0.5150000000000012,3.534999999999999,-1.2150000000000012],
        [7.480000000000001,5.590000000000002,-2.759999999999999,5.040000000000001],
        [5.080000000000002,2.215000000000001,2.0650000000000013,3.365000000000001],
        [1.5,0.15,5.0,0.9],
        [7.169999999999999,2.5224999999999986,-5.727500000000001,10.422500000000003],
        [7.339999999999998,4.357499999999997,-10.392500000000002,6.707499999999998],
        [2.219999999999999,4.847499999999998,-8.7025,4.497499999999999],
        [8.98,5.302500000000001,-6.9975,7.502500000000002],
        [1.6399999999999977,26.044999999999998,-25.605,-1.6050000000000026],
        [2.2699999999999987,17.972500000000004,-17.027499999999996,1.2224999999999988],
        [10.720000000000002,19.5725,-21.627499999999998,8.422500000000003],
        [7.630000000000001,22.74,-24.860000000000003,4.1400000000000015],
        [0.4,0.45,0.45,0.45]
       ]
      ],
      [
       "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
       [
        [15.245000000000001,-18.549999999999997,23.11,-8.254999999999999],
        [14.329999999999995,-20.800000000000004,41.19000000000001,-4.019999999999999],
        [16.305,-23.550000000000004,39.640000000000015,-6.945],
        [13.4,-19.95,28.4,-6.75],
        [-7.917500000000001,27.350000000000005,-2.540000000000004,11.882500000000002],
        [-10.772500000000004,28.149999999999995,-13.430000000000007,12.077499999999997],
        [-13.092500000000001,22.400000000000002,-15.040000000000001,11.457500000000005],
        [-4.157499999999998,25.200000000000003,-2.9099999999999966,11.442499999999999],
        [-11.535000000000004,-8.000000000000004,6.869999999999996,13.614999999999998],
        [-5.3675000000000015,-9.150000000000002,14.809999999999999,8.582500000000001],
        [-2.5175000000000005,-3.2999999999999994,28.80999999999998,11.182500000000001],
        [-8.069999999999999,-1.2499999999999987,15.040000000000003,13.579999999999998],
        [0.65,1.0,1.2,0.65]
       ]
      ],
      [
       "the correct class's column gets -X[i] for every class j != y[i]; only the classes whose margin is violated (margin > 0) count",
       [
        [-29.854999999999997,27.460000000000008,-16.039999999999996,24.210000000000008],
        [-13.070000000000002,34.989999999999995,-46.70999999999999,40.14],
        [-28.595,35.739999999999995,-35.50999999999999,41.089999999999996],
        [-34.2,31.5,-18.4,28.65],
        [52.432500000000005,-29.164999999999992,-8.915,0.03500000000000014],
        [61.67750000000001,-32.654999999999994,-7.354999999999999,-13.654999999999983],
        [48.157500000000006,-27.06499999999999,-2.3649999999999975,-15.864999999999991],
        [48.3925,-11.685000000000002,-11.084999999999999,-10.835000000000004],
        [41.165000000000006,67.52000000000001,-58.08,-50.12999999999998],
        [25.182500000000008,54.53499999999999,-48.865000000000016,-26.415],
        [50.432500000000005,41.435,-72.06500000000003,-2.714999999999999],
        [54.73,51.39000000000001,-64.75999999999998,-31.709999999999987],
        [-0.35,-0.3,-0.3,-0.3]
       ]
      ],
      [
       "a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin adds its term",
       [
        [-2.0,1.9200000000000004,1.7149999999999999,-0.28500000000000014],
        [-3.5,7.63,1.6600000000000001,-1.8399999999999999],
        [-1.95,11.48,-0.41499999999999987,-2.3649999999999998],
        [-6.2,10.95,3.15,-3.05],
        [6.55,-7.755,-4.0975,2.4524999999999997],
        [7.15,-7.334999999999999,-4.6825,2.4675],
        [4.35,-2.1049999999999995,-3.9225000000000003,0.4274999999999999],
        [7.15,-11.544999999999998,-4.1775,2.9725],
        [-0.25,12.34,-3.1450000000000005,-3.3950000000000005],
        [0.0,9.944999999999999,-3.2975000000000003,-3.2975000000000003],
        [-0.4,11.495,-2.5975,-2.9975],
        [3.35,2.5799999999999996,-3.4899999999999998,-0.13999999999999985],
        [0.0,-0.1,0.05,0.05]
       ]
      ],
      [
       "a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin adds its term",
       [
        [-1.7149999999999999,0.28500000000000014,9.01,3.6149999999999998],
        [-1.6600000000000001,1.8399999999999999,-1.0099999999999993,4.36],
        [0.41499999999999987,2.3649999999999998,1.4400000000000006,6.734999999999999],
        [-3.15,3.05,4.0,-1.8],
        [4.0975,-2.4524999999999997,-9.09,1.0524999999999998],
        [4.6825,-2.4675,-11.030000000000001,2.6674999999999995],
        [3.9225000000000003,-0.4274999999999999,-11.489999999999998,-1.3225000000000002],
        [4.1775,-2.9725,-5.159999999999999,-1.2274999999999998],
        [3.1450000000000005,3.3950000000000005,-16.18,-7.1450000000000005],
        [3.2975000000000003,3.2975000000000003,-7.69,-4.3975],
        [2.5975,2.9975,-15.24,-2.9975],
        [3.4899999999999998,0.13999999999999985,-14.510000000000002,1.0100000000000002],
        [-0.05,-0.05,0.2,0.05]
       ]
      ],
      [
       "the correct class's coefficient is -1 for every example; it must be minus the number of classes whose margin is violated (coeffs[rows, y] = -coeffs.sum(axis=1))",
       [
        [-7.3050000000000015,8.809999999999999,-2.9899999999999998,7.26],
        [0.6300000000000004,15.39,-17.410000000000004,16.74],
        [-6.145,13.39,-10.460000000000003,15.939999999999998],
        [-10.4,10.6,-2.8,10.15],
        [22.2575,-8.040000000000003,-6.790000000000001,6.959999999999999],
        [25.452499999999997,-7.980000000000001,-9.38,-0.08000000000000114],
        [17.5325,-5.790000000000001,-6.590000000000001,-2.2900000000000005],
        [22.1175,-0.35999999999999943,-8.36,1.3900000000000006],
        [14.814999999999998,39.870000000000005,-36.42999999999999,-17.78],
        [9.907499999999999,30.159999999999997,-27.639999999999997,-7.99],
        [23.9575,26.860000000000003,-38.44000000000001,4.709999999999999],
        [23.330000000000002,32.290000000000006,-38.15999999999999,-7.810000000000002],
        [0.15,0.2,0.2,0.2]
       ]
      ],
      [
       "the gradient weighs X[i] by the margin's value; the hinge's slope is 1 where the margin is violated (use margins > 0)",
       [
        [3.6417319039989815,36.29191595027068,-84.51959347891568,44.58594562464601],
        [32.81396842322661,80.34930997234677,-193.74978314692038,80.586504751347],
        [10.394092527198438,69.07441911257332,-148.40173978595664,68.93322814618486],
        [-8.816871116322563,59.10546501231677,-85.55616417070641,35.267570274712206],
        [49.88992063152806,-31.193765099464713,-31.65795651507624,12.961800983012889],
        [61.19891548021504,-39.40629478584517,-15.405124680647157,-6.387496013722711],
        [34.71658412269107,-20.423650004636063,-0.7519787765340504,-13.540955341520947],
        [52.1485763579018,-21.207948020964327,-43.44424768469887,12.503619347761402],
        [55.51702995781467,149.82819426640737,-211.07557371603238,5.730349491810317],
        [56.09442654477921,104.42719001668317,-197.7901271928107,37.26851063134829],
        [91.97920951654297,118.79182349594889,-273.4302403685614,62.65920735606953],
        [85.43474757207606,108.57234403208261,-234.37860361915745,40.37151201499877],
        [0.5421708111162017,0.4823408975957105,-1.9619487675010443,0.9374370587891321]
       ]
      ],
      [
       "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
       [
        [-1.7149999999999999,0.0,1.7149999999999999,0.0],
        [-1.6600000000000001,0.0,1.6600000000000001,0.0],
        [0.41499999999999987,0.0,-0.41499999999999987,0.0],
        [-3.15,0.0,3.15,0.0],
        [4.0975,0.0,-4.0975,0.0],
        [4.6825,0.0,-4.6825,0.0],
        [3.9225000000000003,0.0,-3.9225000000000003,0.0],
        [4.1775,0.0,-4.1775,0.0],
        [3.1450000000000005,0.0,-3.1450000000000005,0.0],
        [3.2975000000000003,0.0,-3.2975000000000003,0.0],
        [2.5975,0.0,-2.5975,0.0],
        [3.4899999999999998,0.0,-3.4899999999999998,0.0],
        [-0.05,0.0,0.05,0.0]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [-146.10000000000002,350.4000000000001,-320.79999999999995,116.49999999999999],
        [12.600000000000009,639.5999999999998,-934.2,281.99999999999994],
        [-122.89999999999999,559.5999999999999,-710.1999999999999,273.5],
        [-208.0,405.0,-368.0,171.0],
        [445.15,-446.1,-178.3,179.25],
        [509.04999999999995,-388.70000000000005,-147.09999999999997,26.74999999999997],
        [350.65,-254.10000000000002,-47.30000000000007,-49.250000000000014],
        [442.35,-291.9,-221.7,71.25000000000001],
        [296.29999999999995,1201.8000000000004,-1161.6000000000001,-336.5],
        [198.14999999999998,901.9000000000003,-977.3000000000001,-122.75000000000003],
        [479.15,848.9000000000001,-1441.3,113.25],
        [466.6,934.5999999999999,-1295.2,-106.0],
        [3.0,-2.0,-6.0,5.0]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [-0.3652500000000001,0.8760000000000001,-0.8019999999999999,0.29124999999999995],
        [0.03150000000000002,1.5989999999999995,-2.3355,0.7049999999999998],
        [-0.30724999999999997,1.3989999999999998,-1.7754999999999999,0.6837500000000001],
        [-0.52,1.0125,-0.9199999999999999,0.42750000000000005],
        [1.112875,-1.11525,-0.44575000000000004,0.448125],
        [1.272625,-0.9717500000000001,-0.3677499999999999,0.06687499999999993],
        [0.876625,-0.6352500000000001,-0.11825000000000016,-0.12312500000000004],
        [1.105875,-0.7297499999999999,-0.5542499999999999,0.17812500000000003],
        [0.7407499999999999,3.004500000000001,-2.9040000000000004,-0.8412499999999999],
        [0.49537499999999995,2.2547500000000005,-2.44325,-0.30687500000000006],
        [1.197875,2.12225,-3.60325,0.28312499999999996],
        [1.1665,2.3365,-3.2380000000000004,-0.265],
        [0.0075,-0.005,-0.015,0.0125]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [7.3050000000000015,-17.520000000000003,16.04,-5.824999999999999],
        [-0.6300000000000004,-31.97999999999999,46.71,-14.099999999999998],
        [6.145,-27.979999999999997,35.51,-13.675],
        [10.4,-20.25,18.4,-8.55],
        [-22.2575,22.305,8.915000000000001,-8.9625],
        [-25.452499999999997,19.435000000000002,7.354999999999999,-1.3374999999999986],
        [-17.5325,12.705000000000002,2.3650000000000033,2.462500000000001],
        [-22.1175,14.594999999999999,11.084999999999999,-3.562500000000001],
        [-14.814999999999998,-60.09000000000002,58.080000000000005,16.825],
        [-9.907499999999999,-45.09500000000001,48.865,6.137500000000001],
        [-23.9575,-42.44500000000001,72.065,-5.6625],
        [-23.330000000000002,-46.73,64.76,5.3],
        [-0.15,0.1,0.3,-0.25]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [7.3050000000000015,-17.520000000000003,16.04,-5.824999999999999],
        [-0.6300000000000004,-31.97999999999999,46.71,-14.099999999999998],
        [6.145,-27.979999999999997,35.51,-13.675],
        [10.4,-20.25,18.4,-8.55],
        [-22.2575,22.305,8.915000000000001,-8.9625],
        [-25.452499999999997,19.435000000000002,7.354999999999999,-1.3374999999999986],
        [-17.5325,12.705000000000002,2.3650000000000033,2.462500000000001],
        [-22.1175,14.594999999999999,11.084999999999999,-3.562500000000001],
        [-14.814999999999998,-60.09000000000002,58.080000000000005,16.825],
        [-9.907499999999999,-45.09500000000001,48.865,6.137500000000001],
        [-23.9575,-42.44500000000001,72.065,-5.6625],
        [-23.330000000000002,-46.73,64.76,5.3],
        [-0.15,0.1,0.3,-0.25]
       ]
      ]
     ]
    },
    {
     "description": "a small image batch (N=24, D=13, C=5, reg=2, seed 302)",
     "fingerprint": [13.0,5.0,0.085796282333,0.449136441759,0.00237011029917,24.0,13.0,24.0,18672.4166667,-247.187719846,24.0,46.0,46.0,-6.58141238698],
     "loss": 3.13742826275,
     "grad": [
      [6.607116360615878,7.233867722165905,-38.98503744276215,-28.50001834543559,53.61386189376843],
      [20.98248434578974,-15.182759598209849,-30.487666712136406,-36.7149590074376,61.397411170196136],
      [25.285554717851493,-16.580036961864778,-28.954996040639735,-36.88778276914741,57.18891334358078],
      [29.49613114546214,5.459087173152085,-29.684279151175282,-31.834416528350218,26.586613179452424],
      [31.757741622366993,5.785503474378435,-12.053363689285357,-14.580454736983912,-10.835531811166632],
      [26.165855062610152,8.642958463590379,-19.938233707853826,-10.163348607526649,-4.748624872714239],
      [28.475772925271695,-4.109050056171767,-5.2567719442569585,-7.037751032489941,-11.960989608240938],
      [28.15346194957907,7.819527175367662,-11.160263172152957,-10.430058864821238,-14.441211276627724],
      [29.989536706767286,-84.83976259794898,-11.33052659722491,-14.050740819590203,80.296595910005],
      [34.04137443900402,-81.29431932507592,-11.636422630955417,-13.912185972342868,72.76679525937868],
      [29.36463976266478,-74.19899637657085,-11.762616278874784,-8.674046592880654,65.26081259012194],
      [31.282991404051508,-76.9881347723356,-14.948087739105773,-11.490154069127948,72.22708342156439],
      [-0.008534734132346941,-0.08369360044382297,0.16268670735072976,0.27056332288157237,-0.22592807559619824]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",75.0640157017328],
      ["the data loss is divided by N twice",0.14048711946310163],
      ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",3.1323355974417035],
      ["the regularization term is missing from the loss (add reg * np.sum(W * W))",3.127242932129518],
      ["the regularization term is added twice",3.1476135933782614],
      ["the regularization term is divided by N; only the data loss is averaged",3.1276673209055335],
      ["the loss has the wrong sign",-3.117057601505146],
      [
       "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
       4.137428262753889
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       12.023115900526944
      ],
      ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",0.6356339170502753],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",0.15578867653862874],
      ["the margin delta is 0; this kit's hinge uses delta = 1",1.487466889406165],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       2.11704209313882
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       10.054871005648648
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       9.371618013945989
      ],
      ["margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",-1.4836489676263718]
     ],
     "gradient_hypotheses": [
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [60.85017191617143,-38.65849338894521,-50.40691244276212,15.421856654564403,12.763167449323976],
        [23.73248434578974,-35.30775959820985,-51.00850004546974,16.51420765922907,46.0640778368628],
        [21.917499162295936,-43.625175850753664,-44.04353770730643,16.784092230852604,49.0187744546919],
        [53.52390892323992,-35.0548017157368,-65.72594581784196,11.373916804983127,35.90605762389687],
        [32.868852733478114,-24.353385414510463,-36.97003035595201,-7.330454736983913,35.85891263327781],
        [37.83946617372126,-30.1521804252985,-28.526775374520483,-8.074806940859984,28.872902905063537],
        [6.288272925271696,-31.2236333895051,-3.949480277590292,-14.67837603248994,43.67442705842573],
        [27.16735083846796,-31.20825060241012,-23.8060965054863,-9.367558864821236,37.1560109455945],
        [-131.12157440434382,-104.43004037572673,124.84655673610841,-0.9778241529235316,111.74798479889394],
        [-122.896125560996,-101.01306932507592,115.09795236904459,-3.2715609723428676,112.04804525937868],
        [-119.22563801511299,-108.25802415434858,127.60717538779188,-1.7521715928806474,101.61845147901086],
        [-111.50867526261516,-103.07146810566893,115.36441226089423,-6.677654069127947,105.97708342156439],
        [-0.1752014007990136,-0.0003602671104896399,-0.21231329264927024,0.6455633228815724,-0.14259474226286492]
       ]
      ],
      [
       "the data gradient is averaged over N * C entries; divide by N only",
       [
        [1.3335052495047612,1.4533121666103486,-7.797537442762146,-5.738907234324472,10.719417449323972],
        [4.199151012456406,-3.0494262648765167,-6.10433337880307,-7.34829234077093,12.29741117019614],
        [5.067499162295942,-3.316148072975886,-5.800829373973074,-7.315560546925188,11.416691121358566],
        [5.9405755899065875,1.1146427287076417,-5.950945817841957,-6.378860972794667,5.2977242905635435],
        [6.36885273347811,1.141059029933989,-2.3866970226186885,-2.891565848095021,-2.1577540333888567],
        [5.281132840387935,1.6735140191459348,-4.050733707853823,-2.0244597186377575,-0.9208470949364627],
        [5.696606258605029,-0.8007167228384335,-1.0192719442569587,-1.3877510324899407,-2.3776562749076047],
        [5.625684171801287,1.5306382864787726,-2.243596505486293,-2.085614420376797,-2.8856557210721685],
        [5.970092262322839,-16.94531815350453,-2.2055265972249156,-2.8396297084790936,16.085484798893905],
        [6.787207772337347,-16.30265265840925,-2.3072559642887502,-2.7621859723428677,14.55012859271202],
        [5.857695318220335,-14.81288526545972,-2.341782945541453,-1.7462688151028762,13.033034812344175],
        [6.2996580707181735,-15.388134772335604,-2.998087739105773,-2.3234874024612813,14.493750088231044],
        [0.024798599200986392,-0.017026933777156306,0.06268670735072977,0.13722998954823906,-0.09259474226286492]
       ]
      ],
      [
       "the margin delta is 0; this kit's hinge uses delta = 1",
       [
        [6.8414913606158745,11.534214944388125,-24.54406522053993,-27.45835167876892,33.596500782657294],
        [18.91998434578974,-10.620259598209849,-16.446000045469738,-32.8399590074376,40.98074450352947],
        [18.97826305118483,-11.474134184086997,-17.000134929528627,-31.679449435814075,41.227107788025236],
        [24.03779781212881,7.90353161759653,-18.44816804006417,-27.834416528350218,14.364390957230214],
        [21.17440828903367,5.438281252156209,-7.525585911507581,-9.872121403650578,-9.141087366722191],
        [16.233563395943495,8.790527908034823,-13.108372596742715,-8.538348607526649,-3.4187637616031292],
        [19.772647925271695,-3.6767583895051,-1.9963552775902922,-4.496084365823274,-9.492239608240938],
        [16.84096194957906,6.39591606425655,-8.813040949930736,-5.263392198154575,-9.218989054405501],
        [20.104120040100614,-82.77379037572675,9.204195624997308,-13.967407486256871,67.49798479889391],
        [23.41116610567068,-78.93494432507592,9.478160702377917,-13.037185972342868,59.04804525937869],
        [19.14068142933144,-71.60698248768195,8.595022610014103,-8.507379926213988,52.36845147901085],
        [19.595491404051508,-73.13396810566893,5.551912260894227,-11.490154069127948,59.56041675489771],
        [-0.13353473413234693,-0.12536026711048964,0.2460200406840631,0.27056332288157237,-0.14259474226286492]
       ]
      ],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       [
        [12.09843580506032,11.442201055499236,-19.60135688720659,-29.848976678768917,25.879486893768416],
        [19.75331767912307,-1.6410929315431835,-11.300166712136404,-32.444125674104264,25.626577836862808],
        [20.42965194007372,-3.1217036285314417,-11.015759929528631,-31.486741102480746,25.246205010247454],
        [22.176686701017697,6.125753839818752,-17.44816804006418,-28.667749861683554,17.83661317945243],
        [16.271630511255893,-0.33949652562156635,-10.192252578174244,-7.663788070317244,1.9978015221666983],
        [11.768285618165715,3.726291796923713,-14.207330930076045,-6.428973607526647,5.100333460619092],
        [10.668481258605029,-4.1923833895051,-5.5744802775902915,-0.7825426991566072,-0.00786460824093841],
        [13.785406394023505,1.3611938420343277,-11.70887428326407,-5.367558864821241,1.8712887233722757],
        [1.4235644845450597,-40.75642926461565,9.360445624997306,-0.10282415292353868,30.140345910005028],
        [3.181999439004013,-39.377652658409254,8.306285702377917,0.1659390276571323,27.688670259378686],
        [-1.1857074595574453,-36.32399637657083,5.704397610014101,3.768661740452679,28.02643759012195],
        [1.0954914040515071,-35.65480143900227,5.69774559422756,0.8640125975387193,28.081250088231045],
        [0.03313193253431972,-0.08369360044382297,0.12102004068406311,0.1455633228815724,-0.10092807559619825]
       ]
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       [
        [-8.693230861606352,38.05678438883256,-59.281912442762135,-40.51390723432447,70.40205633821287],
        [25.086651012456404,13.858907068456817,-64.34183337880306,-45.2149590074376,70.60574450352946],
        [34.26298527340706,8.492879704801892,-72.58520437397308,-40.790560546925185,70.67155223246965],
        [23.635020034351044,34.00075383981876,-42.14261248450862,-59.737194306128025,44.267168735007985],
        [36.68829717792256,28.535503474378437,-19.13669702261869,-38.983232514761674,-7.029976255611081],
        [24.30995228483237,30.29920846359038,-24.276775374520494,-24.274459718637754,-6.099319317158686],
        [42.8351479252717,10.672199943828234,-35.4494802775903,-1.3294176991566073,-16.61723960824094],
        [37.86873972735684,26.402860508700993,-28.097763172152955,-24.52728108704347,-11.705100165516608],
        [107.29856448454508,-96.69392926461565,-172.61177659722495,113.97703695818754,48.09520702111613],
        [107.89033277233735,-91.49223599174259,-163.31871429762208,106.17114736099046,40.714711926045354],
        [102.23095920710924,-89.62607970990413,-170.1428246122082,116.39539785156376,41.132340367899715],
        [100.67882473738484,-86.2381347723356,-164.26058773910577,110.42651259753872,39.47708342156437],
        [0.03313193253431972,0.16630639955617701,-0.21231329264927024,-0.06277001045176092,0.19073859107046842]
       ]
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [9.999477471726978,66.80157605549924,-43.78364855387326,-73.25522667876889,40.207611893768394],
        [42.857484345789736,30.171407068456816,-38.3626667121364,-76.44412567410427,41.772411170196136],
        [46.7056936067404,27.946004704801897,-43.53138492952861,-72.93465776914745,41.865996676914136],
        [36.76002003435105,56.04242050648541,-33.48983470673083,-84.41774986168359,25.128279846119117],
        [36.56329717792256,31.3271701410451,-19.525585911507584,-43.87212140365056,-4.418865144499971],
        [28.71099395149904,36.04400013025705,-28.68128926340938,-31.37689027419331,-4.7382082060475765],
        [41.42368959193836,6.6044916104949,-27.610938610923625,-11.605459365823275,-8.700572941574272],
        [35.722906394023504,28.923693842034325,-26.646374283264066,-30.28422553148792,-7.774544609961051],
        [106.03814781787841,-121.60017926461565,-97.14997104166933,81.75134251374313,31.02576257667169],
        [107.30179110567067,-115.54952765840926,-93.90725596428875,75.65552236099046,26.464711926045354],
        [96.67366754044255,-109.71462137657085,-101.7695607233192,88.07074507378601,26.729562590121958],
        [101.65799140405151,-106.13396810566893,-98.23975440577244,76.94734593087206,25.85208342156438],
        [-0.09186806746568027,-0.20869360044382299,-0.003979959315936893,-0.1044366771184276,0.5240719244038018]
       ]
      ],
      [
       "margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",
       [
        [-1.2262169727174632,50.43352049994368,-69.36698188720658,-61.70661556765778,81.83608411599067],
        [33.857484345789736,13.213073735123483,-66.9876667121364,-64.9024590074376,84.81407783686281],
        [41.410554717851504,11.397393593690785,-74.86471826286198,-60.60826888025855,82.71669112135854],
        [33.66279781212882,46.34797606204098,-51.406501373397504,-77.02886097279469,48.44772429056353],
        [41.132741622367,32.96605902993401,-25.733919244840912,-40.108232514761674,-8.182754033388859],
        [30.20752172927682,37.578722352479275,-31.80628926340936,-28.383834718637754,-7.637513761603133],
        [49.3507729252717,10.208658277161566,-37.485938610923625,-3.9596260324899406,-18.002656274907604],
        [43.98679528291239,32.28480495314543,-34.56304094993075,-24.96478108704347,-16.802322387738833],
        [112.23953670676728,-134.1557348201712,-145.77497104166943,104.94578695818755,62.81048479889393],
        [113.33304110567067,-126.27869432507592,-138.07392263095542,97.34302236099046,53.64179525937869],
        [105.40630642933145,-119.54101026545972,-146.22789405665264,111.2443561848971,49.108034812344194],
        [105.36632473738484,-116.5506347723356,-140.94808773910577,100.07234593087206,52.143750088231045],
        [-0.008534734132346941,-0.04202693377715631,-0.003979959315936893,0.06222998954823907,0.10740525773713508]
       ]
      ],
      [
       "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
       [
        [6.3588524717269825,17.31893716661035,-52.85830133165103,-40.831615567657806,69.98191744932399],
        [27.75331767912307,-12.536926264876517,-43.88350004546974,-49.694125674104264,78.35574450352946],
        [33.56506860674039,-14.300523072975887,-43.92548215175084,-49.0249355469252,73.73752445469188],
        [36.21835336768438,14.722976062040974,-39.96205692895306,-47.237194306128,36.281057623896885],
        [39.97996384458923,12.382725696600652,-17.206141467063137,-22.60823251476169,-12.474420700055525],
        [32.19536895149904,16.172472352479268,-26.283719818964933,-15.842168051971093,-6.283347094936461],
        [38.34556459193836,-2.0725917228384336,-12.761980277590293,-7.834626032489941,-15.565156274907606],
        [36.952073060690175,14.284804953145443,-18.06998539437518,-15.423114420376795,-17.802322387738833],
        [52.44439781787839,-111.67656815350455,-40.50066548611382,6.945786958187574,92.85215146556057],
        [56.71324943900402,-106.53911099174259,-39.25621429762208,5.551355694323799,83.49596192604535],
        [50.44970920710922,-98.1139269321264,-41.0108801677637,13.577689518230459,75.08720147901086],
        [52.34549140405151,-100.3006347723356,-43.13558773910577,8.530679264205386,82.64375008823104],
        [-0.21686806746568027,-0.29202693377715633,-0.04564662598260356,0.06222998954823907,-0.3925947422628649]
       ]
      ],
      [
       "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
       [
        [6.46996358283809,-12.936271166722989,-23.27844022053993,-16.168421123213367,-1.2073186617871468],
        [6.0866510124564055,-20.474426264876517,-16.34183337880307,-23.73579234077093,4.668244503529472],
        [5.787290828962614,-21.139064739642546,-15.15117659619529,-24.750629991369625,3.478843899136348],
        [14.065575589906596,-13.068690604625688,-15.65650137339751,-16.43163875057244,-3.107831264992008],
        [12.035519400144775,-7.408940970066013,-5.733919244840911,-6.552676959206134,-6.238309588944416],
        [12.83425784038793,-6.416069314187401,-7.926080930076046,-4.484529163082204,-2.1670276504920203],
        [6.178897925271696,-8.181966722838434,-0.3348969442569587,-6.240876032489941,-0.9974479415742717],
        [10.104850838467955,-5.111028380187892,-2.7505409499307363,-5.437003309265684,-1.6842668321832779],
        [-19.56949107101049,-31.166151486837865,18.172945624997308,-35.04726859736799,39.77229035444947],
        [-15.995083894329321,-30.804735991742586,17.191702369044584,-33.37572763900953,37.511586926045354],
        [-17.355846348446327,-26.369135265459715,18.610647610014105,-30.925782703991764,37.5646320345664],
        [-15.19617526261516,-30.363134772335602,13.989412260894227,-31.510987402461282,36.62291675489771],
        [0.4497985992009864,0.33297306622284367,0.3710200406840631,0.47889665621490574,0.3157385910704684]
       ]
      ],
      [
       "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
       [
        [6.332810805060305,-33.10641005561189,-7.571842998317705,-3.836823900991143,-56.02849921734269],
        [-8.809182320876928,-25.766092931543184,-2.196000045469737,-10.756625674104264,-52.0609221631372],
        [-13.71097305992627,-25.69809251742031,-1.3473571517508485,-12.613477213591855,-50.23122554530811],
        [-1.364979965648957,-31.596468382403458,-1.6287235956197308,-1.0288609727946618,-32.802275709436444],
        [-7.686702822077449,-20.603385414510463,0.585525199603531,1.4751008185716443,-1.641087366722195],
        [-0.4973393818342905,-21.47509709196518,4.086071847701727,1.1942902813622398,0.41456957173019876],
        [-16.117977074728305,-12.2548833895051,4.5869780557430415,-5.444001032489941,9.966093725092394],
        [-7.943760272643154,-18.041583935743446,5.659181272291487,-0.4439477537101283,11.072677612261172],
        [-69.12851884878827,22.507459624273256,47.67641784721954,-56.04379637514575,-0.752015201106084],
        [-66.03154222766265,19.684847341590746,46.019827369044584,-52.839269305676204,2.256378592712022],
        [-64.07633245955745,21.4607258456514,48.98391149890299,-53.17751881510288,9.86845147901085],
        [-61.67534192928182,16.261865227664398,42.92691226089423,-51.53182073579461,1.018750088231044],
        [0.9081319325343197,0.7496397328895104,0.5793533740173964,0.6872299895482391,0.857405257737135]
       ]
      ],
      [
       "the correct class's column gets -X[i] for every class j != y[i]; only the classes whose margin is violated (margin > 0) count",
       [
        [5.476908027282542,27.404006611054793,-78.77149577609546,-65.49481001210222,64.26490356043509],
        [33.169984345789736,-9.891092931543183,-69.9251667121364,-75.6524590074376,72.50157783686281],
        [38.90534638451816,-12.021009184087001,-75.03312104063977,-73.29924110248078,69.67328834358078],
        [40.95446447879548,23.986864950929863,-56.767612484508625,-78.04274986168359,35.66994651278577],
        [44.92440828903367,18.979947918822873,-26.345030355952023,-38.66378807031723,-12.79386514449997],
        [36.95231339594349,23.701986241368164,-33.308025374520476,-27.199806940859975,-8.30591653938091],
        [45.65806459193836,-0.03613338950510009,-30.35573027759029,-9.42837603248994,-15.414114608240938],
        [45.29929528291238,20.75008273092322,-30.389429838819638,-25.409225531487916,-15.128711276627723],
        [70.24995337343394,-138.5133737090601,-98.50760993055825,48.93884251374313,89.99451257667167],
        [74.69241610567067,-131.78390265840923,-93.28746429762208,44.47843902765713,80.42825359271203],
        [66.98443142933144,-122.02885748768195,-98.38240794554144,58.081161740452686,76.87018759012197],
        [69.05382473738484,-123.6131347723356,-98.76058773910577,48.57234593087205,78.28958342156439],
        [-0.38353473413234695,-0.5003602671104896,-0.46231329264927024,-0.3544366771184276,-0.35092807559619826]
       ]
      ],
      [
       "a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin adds its term",
       [
        [1.2164913606158725,-0.6255072778340965,-5.8339957760954775,-0.6823100121022487,-0.6378742173426991],
        [12.336651012456405,-1.3702595982098502,-4.258500045469737,-1.3607923407709306,-1.3317554964705278],
        [12.561596384518163,-2.939411961864774,-3.0539543739730757,-2.8617411024807455,-2.9656005453081],
        [6.954464478795476,-1.9575794935145798,-3.350945817841958,-2.0010831950168892,-2.0106090427697887],
        [17.42440828903367,-3.2978298589549,-2.636697022618688,-3.2471214036505764,-3.266087366722191],
        [10.691896729276829,-1.3414165364096209,-2.8705253745204886,-1.2623069408599799,-1.2364720949364632],
        [12.105981258605029,-2.5309250561717667,-2.126563610923625,-2.532542699156607,-2.539114608240938],
        [6.090961949579063,-0.49297282463233844,-1.9727631721529604,-0.45089219815457526,-0.44815572107216844],
        [19.645786706767282,-4.621012597948975,0.4507234027750835,-4.686157486256872,-4.616598534439424],
        [18.744499439004013,-4.74744432507592,0.5667023690445834,-4.667394305676201,-4.696746407287978],
        [15.80734809599811,-4.516704709904162,-0.5699079455414539,-4.5646715928806545,-4.57425685432249],
        [16.762158070718172,-4.342301439002271,-1.6355877391057734,-4.385987402461281,-4.293749911768956],
        [-0.13353473413234693,0.04130639955617702,0.03768670735072977,0.1455633228815724,-0.01759474226286492]
       ]
      ],
      [
       "a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin adds its term",
       [
        [0.648783027282538,2.41615938883257,-3.3253152205399212,-0.5156433454355821,3.344764671546189],
        [1.357484345789739,-3.036926264876517,-3.1543333788030705,-6.860792340770931,6.626577836862806],
        [2.952221384518165,-3.7310786285314403,-3.656384929528632,-6.403407769147412,3.6975938991363453],
        [2.0377978121288107,-0.0409128268479132,-2.3231680400641803,-3.8344165283502227,0.14216873500799007],
        [3.2994082890336673,-4.0478298589549,-0.9005859115075767,-8.330454736983912,-3.4883095889444133],
        [1.332521729276825,-1.8414165364096209,-1.2646225967427107,-5.970640274193314,-3.2816109838253524],
        [2.5591062586050297,-4.822591722838433,-2.1942719442569585,-4.740876032489941,-0.27869794157427175],
        [0.44512861624572986,-2.534639491299005,-2.063040949930738,-3.242558864821242,-2.559266832183279],
        [4.614536706767283,-15.246012597948974,-5.524971041669362,-5.769490819590205,15.918123687782801],
        [4.666374439004013,-15.080777658409254,-5.073922630955416,-4.667394305676201,15.042836926045355],
        [4.531306429331446,-13.350038043237495,-6.061227389985899,-3.398004926213987,11.7833820345664],
        [4.407991404051507,-12.633968105668938,-6.281421072439106,-4.385987402461281,12.87291675489771],
        [-0.008534734132346941,0.04130639955617702,-0.003979959315936893,0.1455633228815724,0.06573859107046842]
       ]
      ],
      [
       "the correct class's coefficient is -1 for every example; it must be minus the number of classes whose margin is violated (coeffs[rows, y] = -coeffs.sum(axis=1))",
       [
        [6.221699693949205,-2.851201722278542,-37.15170410942881,-28.50001834543559,15.160736893768405],
        [12.857484345789738,-17.828592931543184,-29.737666712136406,-36.7149590074376,21.626577836862808],
        [14.066804717851502,-18.859550850753664,-30.121662707306406,-36.88778276914741,20.027455010247465],
        [20.787797812128815,-3.8048017157368013,-25.934279151175286,-31.834416528350218,6.586613179452436],
        [20.257741622367,-0.8117187478437896,-10.88669702261869,-14.580454736983912,-7.877198477833303],
        [18.863771729276824,1.1134445747014898,-14.271567041187158,-10.163348607526649,-3.701749872714242],
        [16.048689591938363,-6.1455083895051,-7.8401052775902915,-7.037751032489941,-4.601614608240939],
        [18.903461949579068,1.3542493975898842,-9.660263172152957,-10.430058864821238,-5.045377943294388],
        [2.885370040100619,-58.00295704239342,-10.99719326389158,-14.050740819590203,52.32784591000504],
        [6.67679110567068,-56.049527658409254,-10.428089297622083,-13.912185972342868,48.24075359271202],
        [3.7292230959981145,-50.284065821015275,-10.637616278874784,-8.674046592880654,47.3910209234553],
        [5.86632473738484,-53.675634772335606,-14.198087739105773,-11.490154069127948,47.03958342156437],
        [0.24146526586765307,0.12463973288951036,0.16268670735072976,0.27056332288157237,0.14907192440380176]
       ]
      ],
      [
       "the gradient weighs X[i] by the margin's value; the hinge's slope is 1 where the margin is violated (use margins > 0)",
       [
        [18.85081973727636,37.267843303550656,-65.57385451714268,-64.93755181917001,74.36253348383812],
        [37.61856774658633,-16.79108570849743,-35.06088232043844,-71.97517441622061,86.20308489677215],
        [39.134376860823245,-17.10255654332098,-35.1078338247654,-71.06702967248914,84.1946954695326],
        [49.353505508197145,33.10561076288355,-53.81464775193994,-62.9907548197518,34.3694221191522],
        [39.67129591343592,18.7120689966584,-27.329513274241123,-18.238459837036636,-12.741496939507023],
        [33.908214608999415,29.72475018887712,-41.31108051706839,-16.85311558944078,-5.510162353261544],
        [37.77572710340522,-5.248984504531241,-7.591385683750752,-9.058952930827914,-15.765193700183223],
        [35.79901139605639,21.531532163305926,-27.52418211974905,-10.27772614299008,-19.587179485278384],
        [33.07396800675411,-195.52832018624557,69.35600780582315,-26.786261082205673,119.94970805788215],
        [39.423526043114,-183.5284823014549,64.4199850799159,-26.571666612859286,106.22187956129282],
        [30.29992442734103,-164.52541634942682,57.5425420840187,-14.032397336081711,90.70514027860926],
        [33.48649993129826,-170.0248316162558,53.896547348790335,-24.381422932173123,107.1069055133869],
        [-0.15215240295106597,-0.6027885170673323,0.7916053069341115,0.44892620635830727,-0.3704969732140863]
       ]
      ],
      [
       "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
       [
        [1.91614413839365,-0.6255072778340965,-0.0006624427621441441,-0.6823100121022487,-0.6378742173426991],
        [4.0658176791230725,-1.3702595982098502,-0.008500045469737151,-1.3607923407709306,-1.3317554964705278],
        [8.830693606740386,-2.939411961864774,-0.012287707306409115,-2.8617411024807455,-2.9656005453081],
        [6.010020034351032,-1.9575794935145798,-0.01761248450862473,-2.0010831950168892,-2.0106090427697887],
        [9.854963844589223,-3.2978298589549,0.029969644047978618,-3.2471214036505764,-3.266087366722191],
        [3.8776606181657143,-1.3414165364096209,-0.07885870785382207,-1.2623069408599799,-1.2364720949364632],
        [7.673689591938363,-2.5309250561717667,0.040103055743041315,-2.532542699156607,-2.539114608240938],
        [1.3479063940235072,-0.49297282463233844,-0.014429838819627092,-0.45089219815457526,-0.44815572107216844],
        [13.913147817878393,-4.621012597948975,0.07572340277508352,-4.686157486256872,-4.616598534439424],
        [14.051791105670679,-4.74744432507592,0.02503570237791677,-4.667394305676201,-4.696746407287978],
        [13.632000873775889,-4.516704709904162,0.013425387791879555,-4.5646715928806545,-4.57425685432249],
        [13.11632473738484,-4.342301439002271,-0.010587739105773293,-4.385987402461281,-4.293749911768956],
        [-0.09186806746568027,0.04130639955617702,0.03768670735072977,0.1455633228815724,-0.01759474226286492]
       ]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * W)",
       [
        [6.5920138888888955,7.2256944444444455,-38.98437500000001,-28.451388888888896,53.61805555555557],
        [20.979166666666668,-15.166666666666666,-30.479166666666668,-36.708333333333336,61.375],
        [25.27256944444444,-16.579861111111114,-28.942708333333325,-36.96527777777777,57.21527777777777],
        [29.44444444444444,5.4305555555555545,-29.666666666666657,-31.81944444444444,26.611111111111104],
        [31.736111111111104,5.805555555555557,-12.083333333333336,-14.611111111111112,-10.84722222222222],
        [26.10590277777777,8.711805555555555,-19.859375000000004,-10.173611111111112,-4.7847222222222205],
        [28.473958333333332,-4.135416666666667,-5.296875,-7.0625,-11.979166666666666],
        [28.15972222222223,7.861111111111112,-11.14583333333333,-10.430555555555552,-14.444444444444445],
        [30.024305555555557,-84.86805555555556,-11.406249999999995,-14.013888888888888,80.26388888888887],
        [34.067708333333336,-81.23958333333333,-11.661458333333334,-13.9375,72.77083333333333],
        [29.383680555555557,-74.2326388888889,-11.776041666666664,-8.659722222222221,65.28472222222221],
        [31.229166666666668,-77.0,-14.9375,-11.458333333333334,72.16666666666667],
        [-0.041666666666666664,-0.08333333333333333,0.125,0.16666666666666666,-0.16666666666666666]
       ]
      ],
      [
       "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
       [
        [6.599565124752386,7.229781083305175,-38.98470622138108,-28.475703617162242,53.615958724662],
        [20.980825506228204,-15.174713132438258,-30.483416689401537,-36.71164617038547,61.38620558509807],
        [25.279062081147966,-16.579949036487946,-28.948852186986528,-36.92653027346259,57.202095560679275],
        [29.47028779495329,5.44482136435382,-29.67547290892097,-31.826930486397327,26.598862145281764],
        [31.74692636673905,5.795529514966996,-12.068348511309347,-14.595782924047512,-10.841377016694427],
        [26.13587892019396,8.677382009572968,-19.898804353926913,-10.16847985931888,-4.76667354746823],
        [28.474865629302514,-4.122233361419217,-5.27682347212848,-7.05012551624497,-11.970078137453802],
        [28.156592085900648,7.840319143239387,-11.153048252743144,-10.430307210188396,-14.442827860536084],
        [30.00692113116142,-84.85390907675227,-11.368388298612453,-14.032314854239546,80.28024239944693],
        [34.05454138616867,-81.26695132920462,-11.648940482144376,-13.924842986171434,72.76881429635601],
        [29.37416015911017,-74.21581763272987,-11.769328972770724,-8.666884407551438,65.27276740617208],
        [31.25607903535909,-76.9940673861678,-14.942793869552887,-11.474243701230641,72.19687504411553],
        [-0.025100700399506803,-0.08351346688857815,0.14384335367536488,0.21861499477411953,-0.19629737113143245]
       ]
      ],
      [
       "the regularization gradient is counted twice",
       [
        [6.62221883234286,7.242040999887364,-38.9856998855243,-28.54864780198228,53.60966823198129],
        [20.98580202491281,-15.198852529753033,-30.496166757606144,-36.72158468154186,61.41982234039228],
        [25.298539991258547,-16.58021281261844,-28.967283747946144,-36.81028776051704,57.162548909383794],
        [29.54781784647984,5.487618790748616,-29.701891635683907,-31.849388612255996,26.56211524779375],
        [31.779372133622882,5.765451393201313,-12.023394045237378,-14.54979836285671,-10.823841400111046],
        [26.225807347442533,8.574111371625202,-20.017092415707648,-10.153086103942183,-4.712527523206258],
        [28.477587517210058,-4.082683445676867,-5.216668888513917,-7.013002064979881,-11.94281254981521],
        [28.14720167693591,7.7779432396242125,-11.174693010972584,-10.429562174086925,-14.437978108811004],
        [29.95476785797901,-84.8114696403424,-11.254803194449828,-14.08759275029152,80.32930293112113],
        [34.0150405446747,-81.34905531681851,-11.6113869285775,-13.886871944685735,72.76275718542404],
        [29.345598969774002,-74.16535386425278,-11.749190891082906,-8.688370963539086,65.23690295802167],
        [31.336816141436348,-76.97626954467121,-14.958675478211546,-11.521974804922563,72.28750017646209],
        [0.024597198401972782,-0.08405386755431261,0.20037341470145953,0.3744599790964781,-0.28518948452572984]
       ]
      ],
      [
       "the regularization gradient is divided by N; only the data gradient is averaged",
       [
        [6.5926431585441865,7.22603499768284,-38.98440260178176,-28.453415116245008,53.61788081964777],
        [20.979304903296796,-15.167337205480965,-30.479520835227905,-36.70860940308768,61.375933798758176],
        [25.273110497503065,-16.57986843822585,-28.94322032113776,-36.96204881908484,57.21417925968623],
        [29.446598056986844,5.43174437295541,-29.66740052018785,-31.820068281273848,26.61009036395866],
        [31.737012382413432,5.804720052173177,-12.08208459816467,-14.609833762189146,-10.84673512176157],
        [26.10840078964579,8.708936926723673,-19.86266077949391,-10.173183506795093,-4.7832181659927215],
        [28.474033941330763,-4.134318057896047,-5.29520403934404,-7.061468793020414,-11.97840928923226],
        [28.159461377528764,7.859378447121801,-11.146434576617482,-10.430534860108288,-14.444309729118748],
        [30.02285685352271,-84.86687668232194,-11.403094858217699,-14.015424386001442,80.26525168143537],
        [34.066611087736284,-81.24186399965593,-11.660415179067588,-13.936445248847619,72.77066508025189],
        [29.38288718918511,-74.23123711754232,-11.775482275508669,-8.660319070999655,65.28372598755136],
        [31.231409364057704,-76.99950561551398,-14.937941155796073,-11.459659197324775,72.16918403145408],
        [-0.04028616947773667,-0.08334834446293707,0.12657027947294708,0.1709956940089544,-0.16913589203873047]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [158.22343580506046,173.42483994438814,-935.6256624427624,-682.8819627898802,1286.8291396715465],
        [503.5033176791231,-364.0160929315432,-731.5085000454698,-881.0066256741043,1473.0224111701962],
        [606.5546519400735,-397.9168425174204,-694.6372877073062,-887.0891716580361,1373.1403022324696],
        [706.7183533676842,130.36186495092986,-712.0176124845084,-763.6816387505723,638.6421687350079],
        [761.6882971779224,139.31328125215626,-289.9700303559521,-350.6360102925395,-260.32164292227765],
        [626.601618951499,209.01448624136813,-476.70385870785395,-244.15640416308221,-114.7972359838253],
        [683.3768145919383,-99.2236333895051,-127.08489694425695,-169.47525103248995,-287.48182294157425],
        [675.8270730606903,188.62508273092322,-267.5144298388196,-250.33283664259895,-346.66343349884994],
        [720.5485644845451,-2036.805040375727,-273.6742765972248,-336.3701852640346,1926.366040354449],
        [817.5986661056706,-1949.8047359917425,-279.8499642976221,-334.47468597234285,1746.4959619260453],
        [705.1892925404426,-1781.5496908210155,-282.6115746122081,-207.84765770399176,1566.8094237012328],
        [749.5538247373848,-1847.9881347723356,-358.5105877391058,-275.0318207357946,1732.0604167548977],
        [-0.9668680674656803,-2.0003602671104894,3.03768670735073,4.103896656214905,-4.059261408929531]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [0.2897697170973527,0.3092438795733113,-1.625011401095478,-1.2341039935837301,2.2298919863610056],
        [0.8774496235675168,-0.6480373759876278,-1.2784653232475152,-1.536139562993153,2.5797028368628054],
        [1.066009000258906,-0.6910033970499593,-1.2182338878619643,-1.4627248987770418,2.357605473210418],
        [1.2785385528695519,0.254804765744679,-1.2537235956197355,-1.3407822690909634,1.0842983646376183],
        [1.3439684742188518,0.22184606697102593,-0.4735025781742437,-0.5781399221690949,-0.4402771815370055],
        [1.147698233906454,0.2941448061829719,-0.9063326661871556,-0.41363795937849823,-0.16326607641794436],
        [1.1882295224939188,-0.14594241728287788,-0.18060006925695868,-0.2695218658232739,-0.48095488601871617],
        [1.1670614866161007,0.2859623605528466,-0.4788395610418492,-0.43410979074716793,-0.5986186840351316],
        [1.2162438826932092,-3.507876023874901,-0.3995370138915829,-0.6207639677383531,3.3770357248198337],
        [1.3931539528929018,-3.439718630631476,-0.4608583948443055,-0.5554151390095343,3.0280799816009107],
        [1.2052792302573714,-3.0593841080523103,-0.4772430149858981,-0.37514612991769114,2.696287127158991],
        [1.3550400151626183,-3.1964681056689375,-0.6329835724391066,-0.5092512913501697,3.0673611993421552],
        [0.03139582142320861,-0.003832489332711862,0.04289504068406311,0.11084110065935018,-0.06620585337397603]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-6.607116360615878,-7.233867722165905,38.98503744276215,28.50001834543559,-53.61386189376843],
        [-20.98248434578974,15.182759598209849,30.487666712136406,36.7149590074376,-61.397411170196136],
        [-25.285554717851493,16.580036961864778,28.954996040639735,36.88778276914741,-57.18891334358078],
        [-29.49613114546214,-5.459087173152085,29.684279151175282,31.834416528350218,-26.586613179452424],
        [-31.757741622366993,-5.785503474378435,12.053363689285357,14.580454736983912,10.835531811166632],
        [-26.165855062610152,-8.642958463590379,19.938233707853826,10.163348607526649,4.748624872714239],
        [-28.475772925271695,4.109050056171767,5.2567719442569585,7.037751032489941,11.960989608240938],
        [-28.15346194957907,-7.819527175367662,11.160263172152957,10.430058864821238,14.441211276627724],
        [-29.989536706767286,84.83976259794898,11.33052659722491,14.050740819590203,-80.296595910005],
        [-34.04137443900402,81.29431932507592,11.636422630955417,13.912185972342868,-72.76679525937868],
        [-29.36463976266478,74.19899637657085,11.762616278874784,8.674046592880654,-65.26081259012194],
        [-31.282991404051508,76.9881347723356,14.948087739105773,11.490154069127948,-72.22708342156439],
        [0.008534734132346941,0.08369360044382297,-0.16268670735072976,-0.27056332288157237,0.22592807559619824]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-6.576911417161913,-7.217521166722986,38.983712557237865,28.402759432342204,-53.62224921734271],
        [-20.975848987543596,15.150573735123483,30.47066662119693,36.70170765922907,-61.352588829803864],
        [-25.259584171037385,16.57968526035745,28.930420626026915,37.042772786408136,-57.241642211974764],
        [-29.39275774342674,-5.402023937959024,29.649054182158032,31.80447236053866,-26.635609042769783],
        [-31.714480599855214,-5.82560763673268,12.113302977381315,14.641767485238313,10.858912633277807],
        [-26.04595049294539,-8.780652647520732,19.78051629214618,10.183873614695576,4.820819571730202],
        [-28.47214374139497,4.161783277161567,5.3369780557430415,7.087248967510059,11.997343725092394],
        [-28.165982494865386,-7.902695046854562,11.131403494513703,10.431052246289866,14.447677612261165],
        [-30.05907440434383,84.89634851316214,11.481973402775079,13.977036958187572,-80.23118186777275],
        [-34.094042227662655,81.18484734159074,11.68649403571125,13.962814027657132,-72.77487140728797],
        [-29.402721348446335,74.26628140120695,11.789467054458544,8.64539785156379,-65.30863185432248],
        [-31.175341929281828,77.0118652276644,14.926912260894227,11.42651259753872,-72.10624991176896],
        [0.07479859920098639,0.08297306622284369,-0.08731329264927024,-0.06277001045176092,0.10740525773713508]
       ]
      ]
     ]
    },
    {
     "description": "random data (N=9, D=6, C=4, reg=0.25, seed 303)",
     "fingerprint": [6.0,4.0,-2.62146310865,11.0805850583,2.05203671204,9.0,6.0,-7.64325665282,42.8557213033,8.25488908452,9.0,17.0,17.0,3.62706301103],
     "loss": 5.85353747191,
     "grad": [
      [-0.348254995522834,0.3110654590715871,-0.8383672178520625,0.4122793353808238],
      [-0.1014099867715694,0.8562363419667938,-0.305752358869949,-0.7269108386583671],
      [-0.8513291493020559,0.29336742914797276,-0.07966532910351834,0.3843555917881259],
      [-0.211645252925205,0.4350644550320139,0.5676586046577399,-0.5163260057628559],
      [-1.0445527412419449,0.03404600223798443,-0.2598988667704532,0.7988459034452959],
      [-0.5540708860824073,0.41554153868282667,0.012232968705406355,0.006758444419556609]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",37.059158129616215],
      ["the data loss is divided by N twice",2.386246287716469],
      ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",4.877120027060082],
      ["the regularization term is missing from the loss (add reg * np.sum(W * W))",3.900702582213721],
      ["the regularization term is added twice",7.806372361599166],
      ["the regularization term is divided by N; only the data loss is averaged",4.117684236624024],
      ["the loss has the wrong sign",-1.9478676925209988],
      [
       "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
       6.853537471906444
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       5.428921366128037
      ],
      ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",2.9280105352461527],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",2.043808192081385],
      ["the margin delta is 0; this kit's hinge uses delta = 1",3.833021240257529],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       3.754120391998729
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       5.445557847048449
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       5.260425058841541
      ],
      ["margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",5.127392978975751]
     ],
     "gradient_hypotheses": [
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [0.32092019211209866,-1.357294635890749,0.5004226996245428,0.07267432523162258],
        [0.07516000357654545,0.25041538648602424,-0.4510221843236655,-0.1523900480719957],
        [-0.2391066902629868,0.7820112780554255,-0.9093579215776381,0.11318187631572388],
        [-0.1714218926289925,0.39536891119747564,0.4233877701394714,-0.37258298770626175],
        [-0.8656534492724866,-0.6146370924919045,0.9675800771100682,0.04115076232520495],
        [-0.23570837687449916,1.4424709918571634,-0.7353650840985815,-0.5909354651587003]
       ]
      ],
      [
       "the data gradient is averaged over N * C entries; divide by N only",
       [
        [-0.23107955465386038,-0.005925256201801968,-0.3735523174088345,0.14727970934201123],
        [-0.15232001628038405,0.5186082117261477,-0.2730322176643919,-0.3710928201144634],
        [-0.4598280236655995,0.14866350387454008,-0.23825439653330188,0.2961474588548857],
        [-0.20043706023660982,0.24794537471786476,0.5024575163400335,-0.2752140298195957],
        [-0.8440895896716962,0.12851057370848293,0.0547482853382191,0.1892710282958765],
        [-0.13721724006405447,0.3250868582328679,-0.3035603810665647,-0.003847171376866332]
       ]
      ],
      [
       "the margin delta is 0; this kit's hinge uses delta = 1",
       [
        [-0.2783050758293715,0.01822521236391486,-0.3911510825271382,0.18795352707010918],
        [-0.09317149362338928,0.6506031518741947,0.006662394165041274,-0.8419308947489383],
        [-0.80477665453379,0.4736312554476738,-0.482126787889116,0.5600007295057565],
        [-0.06304305105785304,0.5585668005769526,0.35887016850029957,-0.5796421170177063],
        [-0.9764598311314031,-0.12580842249718308,0.06110291608421914,0.5696056352152494],
        [-0.33715484063234336,0.6466104321415695,-0.7879999729865141,0.3590064472026704]
       ]
      ],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       [
        [-0.4044791078818386,-0.005860086641665707,-0.46544870455865617,0.41251048015967484],
        [-0.03036173649754051,0.6256719193719085,-0.3328093083303227,-0.5403377168771368],
        [-0.4730763391011195,0.31880086704065047,-0.3323874112776162,0.2333914258686096],
        [-0.41840254270652716,0.3412920466630771,0.42646881084361055,-0.07460651379846772],
        [-0.9264496793062746,0.12253202583266515,0.030330320061248583,0.30202763108324315],
        [-0.44057850779115465,0.45944137282937436,-0.19452780248582083,0.056127003172983525]
       ]
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       [
        [-0.14826429835311414,0.7062783366145309,-1.566439734536253,0.5451482773523506],
        [-0.1908143755824414,0.7463394648498805,-0.4915483887310802,-0.3418135428694503],
        [-0.38907734701504904,-0.2671069096306282,0.46677657900111924,-0.06386377982491748],
        [-0.32568630563976286,-0.23793746338493924,0.6789594667306935,0.15941610329570136],
        [-0.7047576568263738,0.4549869868597112,-0.6887751843264927,0.4669861519640378],
        [-0.42804040886149136,-0.39963095266196025,0.7777048667577666,-0.06957143950893273]
       ]
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [-0.18784573420520148,0.35331257715626874,-1.3141600544877985,0.6854157926142457],
        [-0.06847456051026084,0.6019060718619939,-0.2953933899700089,-0.5158749637148157],
        [-0.7165568916038931,0.5827356321846576,-0.07793239702098728,-0.04151780102925279],
        [-0.35007894749152024,0.35619116572981446,0.5567415858343102,-0.2881020030709115],
        [-0.876740416265398,0.1287692194266573,-0.5983905556579425,0.8748020501675656],
        [-0.7519288370287723,0.41823886938758786,0.338970935355085,-0.12481890198851822]
       ]
      ],
      [
       "margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",
       [
        [-0.042599292960752405,0.4027534701896257,-1.4594064957322477,0.6359748995808886],
        [-0.09103647366878548,0.7727322240496788,-0.2728314768114842,-0.6867011159025005],
        [-0.9350882922767739,0.4149774971238692,0.14059900365189348,0.12624033403153562],
        [-0.21076223239555994,0.2643579491926952,0.41742487073834983,-0.1962687865337922],
        [-0.8533021886014651,0.09832774958723628,-0.6218287833218754,0.9052435200069867],
        [-0.7707796779587026,0.1889919785816292,0.35782177628501527,0.10442798881744039]
       ]
      ],
      [
       "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
       [
        [-0.3051284636223953,0.44542212015846927,-1.1427942509202753,0.5623075216600203],
        [-0.19774466957206002,0.8320049516552724,-0.42432692300297664,-0.9513624850631599],
        [-0.9935489679026175,0.3812249302550278,0.03748411891719927,0.3584498306819952],
        [-0.08388945458367651,0.5860319627822163,0.6831049747224434,-0.3854112521646944],
        [-1.0948845105883944,-0.012695108398022042,-0.486587086927686,0.9973135756523717],
        [-0.5339277230382976,0.602327285160148,0.4171661968769334,0.2479826121371363]
       ]
      ],
      [
       "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
       [
        [-0.4776345912241501,-0.0920045241890596,-0.4342776144275769,0.18589034074329888],
        [0.1875940616299023,0.9289305129013583,0.10299707696553184,-0.013346176688122435],
        [-0.4246696935003713,0.02979492582680736,-0.33990696928855446,0.2039576173499278],
        [-0.5949126479497904,-0.017838068218592962,0.23111437015877115,-0.5890130473282765],
        [-0.8935574332025962,0.1742693341460038,0.1114346854306687,0.30984050338575897],
        [-0.6145003752147362,-0.1448157007491373,-0.8081431360306238,-0.6192445143352987]
       ]
      ],
      [
       "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
       [
        [-0.6070141869254662,-0.49507450744970627,-0.030188011003091375,-0.040498653894225974],
        [0.476598110031374,1.0016246838359228,0.5117465128010128,0.7002184852821223],
        [0.0019897623013132026,-0.23377757749435804,-0.6001486094735906,0.023559642911729545],
        [-0.9781800429743754,-0.4707405914691998,-0.10542986434019758,-0.6617000888936971],
        [-0.7425621251632476,0.31449266605402315,0.48276823763179044,-0.179164896673778],
        [-0.6749298643470653,-0.7051729401811011,-1.628519240766654,-1.2452474730901542]
       ]
      ],
      [
       "the correct class's column gets -X[i] for every class j != y[i]; only the classes whose margin is violated (margin > 0) count",
       [
        [-0.348254995522834,0.311065459071587,-1.3475587136322151,0.6359748995808886],
        [-0.1014099867715694,0.856236341966794,-0.2527266154335509,-0.6867011159025005],
        [-0.8513291493020559,0.29336742914797276,0.011541374773598345,0.12624033403153562],
        [-0.211645252925205,0.4350644550320139,0.5774534803528817,-0.1962687865337922],
        [-1.0445527412419449,0.0340460022379844,-0.56862997504103,0.9052435200069867],
        [-0.5540708860824073,0.4155415386828266,0.4066565484839571,0.10442798881744039]
       ]
      ],
      [
       "a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin adds its term",
       [
        [-0.30386885646423495,-0.1128174974534671,-0.3025493059920067,0.1695656132685707],
        [-0.18939488749458883,0.5142665526761759,-0.5129983014248961,-0.1241809015249852],
        [-0.20027001957515214,0.06703855707072959,-0.1263402365832736,0.10429681395284418],
        [-0.35672960562160994,0.06924295735213318,0.9506590645706667,-0.151144152151659],
        [-0.8304673474291254,0.1954364317154023,-0.06150972726262588,0.07471587904366861],
        [-0.04710079692354544,0.10671086178765002,0.1927059731824607,-0.1467720407386304]
       ]
      ],
      [
       "a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin adds its term",
       [
        [-0.4345080593237114,-0.15591123109262645,-0.21738534776722304,0.1707942827624395],
        [0.09125937882941168,0.6138789181812719,-0.3703265549594499,-0.23238195255522887],
        [-0.5668895121009329,0.2137526825754716,-0.2577271139638968,0.1376871189988438],
        [-0.4671568496082619,0.3714523261152792,0.5970532108284801,-0.03481476155731045],
        [-0.9438892025490457,0.05699116379493696,0.12419300185769,0.039278211526915414],
        [-0.5943572121706265,0.2952105527677238,-0.22060039469532342,0.041452395556601254]
       ]
      ],
      [
       "the correct class's coefficient is -1 for every example; it must be minus the number of classes whose margin is violated (coeffs[rows, y] = -coeffs.sum(axis=1))",
       [
        [-0.4345080593237114,0.042352136897822606,-0.7387046474957897,0.3359185270224954],
        [0.09125937882941168,0.9046991225898369,-0.015577487167495796,-0.2377978230929151],
        [-0.5668895121009329,0.11765242693386249,-0.22275752126783688,0.17805185624379705],
        [-0.4671568496082619,0.13312943953160933,0.3465607402234746,-0.4580982937301151],
        [-0.9438892025490457,0.12752822350999735,-0.11525353472656424,0.5083081755928349],
        [-0.5943572121706265,0.04197004572818408,-0.4032099078590968,-0.37802034661771894]
       ]
      ],
      [
       "the gradient weighs X[i] by the margin's value; the hinge's slope is 1 where the margin is violated (use margins > 0)",
       [
        [-0.2663132280647783,0.02231985519372523,-0.4926168061420657,0.2733327600906331],
        [0.07825571975850273,0.9711845155141239,0.27264426961477206,-1.59992134722049],
        [-1.733951529840051,1.2250323792676743,-0.8507928213178371,1.1064405144207385],
        [0.04353543614376948,1.121743819155701,0.059719857373861596,-0.9502473116716392],
        [-1.3550002102666427,-0.45746518917943335,-0.05202314891646981,1.3929288460334284],
        [-1.090657074381499,1.2647101432000993,-1.159642437926177,0.8660514348329588]
       ]
      ],
      [
       "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
       [
        [-0.30386885646423495,-0.11158882795959832,-0.21861401726109184,0.1707942827624395],
        [-0.18939488749458883,0.4060655016459323,-0.2621255039292062,-0.23238195255522887],
        [-0.20027001957515214,0.10042886211672922,-0.2911174190098964,0.1376871189988438],
        [-0.35672960562160994,0.18557234794648172,0.48072382023413146,-0.03481476155731045],
        [-0.8304673474291254,0.15999876419864908,0.1596306693744432,0.039278211526915414],
        [-0.04710079692354544,0.29493529808288166,-0.40882483099055505,0.041452395556601254]
       ]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * W)",
       [
        [-0.15623392115863152,0.4226542870311854,-0.6197532005909706,0.35333283471841676],
        [0.06788003934508618,0.4501708403208615,-0.04362685494074284,-0.47442402472520495],
        [-0.5220015008486086,0.1929385670312435,0.21145208990637807,0.11761084391098693],
        [-0.014944256918126916,0.24949210708553218,0.08693478442360836,-0.3214826345910136],
        [-0.2672842020936649,-0.12595276196066466,-0.4195295361448964,0.8127665001992259],
        [-0.5558048613578037,0.120606240599945,0.4210577996959614,0.014140821061897254]
       ]
      ],
      [
       "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
       [
        [-0.2522444583407328,0.36685987305138623,-0.7290602092215165,0.38280608504962027],
        [-0.016764973713241607,0.6532035911438276,-0.17468960690534593,-0.600667431691786],
        [-0.6866653250753323,0.2431529980896081,0.06589338040142986,0.2509832178495564],
        [-0.11329475492166595,0.34227828105877306,0.3272966945406741,-0.41890432017693474],
        [-0.6559184716678048,-0.04595337986134011,-0.33971420145767484,0.8058062018222609],
        [-0.5549378737201055,0.26807388964138584,0.21664538420068388,0.010449632740726932]
       ]
      ],
      [
       "the regularization gradient is counted twice",
       [
        [-0.5402760698870365,0.19947663111198877,-1.0569812351131542,0.4712258360432308],
        [-0.270700012888225,1.2623018436127262,-0.5678778627991552,-0.9793976525915292],
        [-1.1806567977555034,0.39379629126470195,-0.3707827481134147,0.6511003396652649],
        [-0.40834624893228305,0.6206368029784957,1.0483824248918712,-0.7111693769346982],
        [-1.8218212803902247,0.19404476643663351,-0.10026819739601,0.784925306691366],
        [-0.5523369108070109,0.7104768367657083,-0.3965918622851487,-0.0006239322227840367]
       ]
      ],
      [
       "the regularization gradient is divided by N; only the data gradient is averaged",
       [
        [-0.17756959608798736,0.4102555283690078,-0.6440436469533142,0.3598824459031286],
        [0.049070036443235564,0.49528922939263176,-0.07275191093287686,-0.502478115162223],
        [-0.5585934617878806,0.20409732948865786,0.17910571001638959,0.14724914923066904],
        [-0.036799923141135595,0.2701112568573635,0.14034854222740073,-0.34313189805455163],
        [-0.35364737311014044,-0.1081751214941481,-0.40179279510329163,0.8112197672265671],
        [-0.5556121974383152,0.15337682927582075,0.37563281847478863,0.013320556990526072]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [-1.5981263647918862,3.6922997553210704,-5.796392822579827,3.238942013128158],
        [0.44163032798912016,4.457603064533687,-0.6547671983958917,-4.5223030364600065],
        [-5.027341156090925,1.836875965397921,1.6119513901475062,1.3252423430760214],
        [-0.3311993082702203,2.4310013117162717,1.2631368800466067,-3.0881870824909647],
        [-3.182826357991264,-0.9735760934473328,-3.616135155929624,7.300977905039103],
        [-5.0005097769448374,1.3803914634823866,3.3806953662730974,0.11988501291473463]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [-0.20938039893738378,-0.06462724051168883,-0.28747548399342193,0.0982057045200089],
        [-0.1617477995227571,0.4560844839038058,-0.2669729322559554,-0.3052005944581849],
        [-0.38732781521440385,0.12186648067575627,-0.26762274235363215,0.27981261942280417],
        [-0.19836146899798107,0.2132936931782075,0.4903832407256435,-0.23056366390417712],
        [-0.8069667838253538,0.14600401286968634,0.11301627646945471,0.07638679215709512],
        [-0.06002212043102618,0.30833599148287555,-0.36204063102433715,-0.005811174302129839]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [0.348254995522834,-0.3110654590715871,0.8383672178520625,-0.4122793353808238],
        [0.1014099867715694,-0.8562363419667938,0.305752358869949,0.7269108386583671],
        [0.8513291493020559,-0.29336742914797276,0.07966532910351834,-0.3843555917881259],
        [0.211645252925205,-0.4350644550320139,-0.5676586046577399,0.5163260057628559],
        [1.0445527412419449,-0.03404600223798443,0.2598988667704532,-0.7988459034452959],
        [0.5540708860824073,-0.41554153868282667,-0.012232968705406355,-0.006758444419556609]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-0.035787153205570965,-0.5342431149907837,0.40113918332987875,-0.2943863340560097],
        [-0.23717006546174177,-0.04410533867492922,-0.21849864898846336,0.22193721079204282],
        [0.19267385239516133,-0.0925097049145143,-0.5025695089162745,0.14913390396615206],
        [-0.18175673908895115,-0.06391975913905046,0.3937890358105231,0.12663926341917134],
        [-0.5099843370546151,0.28595152615931374,0.5791602055193397,-0.8266870969531559],
        [0.5575388366332001,0.17432905748293664,-0.8298826306865165,-0.021523197704237898]
       ]
      ]
     ]
    },
    {
     "description": "random data with confident scores (N=10, D=6, C=4, reg=0.1, seed 304)",
     "fingerprint": [6.0,4.0,-1.45370844075,106.953282482,-27.1983938278,10.0,6.0,7.40425502099,56.1810887557,-0.601713070973,10.0,18.0,18.0,3.79775029115],
     "loss": 106.49604114,
     "grad": [
      [-1.6146214929119738,-0.790699446547327,0.2553690905682584,0.40621281839371703],
      [-0.5067857370258166,-1.3698703317388121,0.8748091999083152,0.12924491261396126],
      [1.3142409953828678,0.3828330416194334,-0.19297779739507595,0.13526022529440826],
      [1.8268809492431985,0.7801165545548555,-1.6901589816754061,-0.44264617642800197],
      [2.4934334644453013,-0.12376133295754455,-3.6543130117233344,-0.5593942354896664],
      [0.9139170233747234,2.0006862232865434,0.9999069435884946,-1.8584245865310984]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",298.77352566727626],
      ["the data loss is divided by N twice",87.26829268769166],
      ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",63.93010304390698],
      ["the regularization term is missing from the loss (add reg * np.sum(W * W))",21.36416494743279],
      ["the regularization term is added twice",191.62791733332955],
      ["the regularization term is divided by N; only the data loss is averaged",29.87735256672763],
      ["the loss has the wrong sign",63.76771124551559],
      [
       "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
       107.49604114038118
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       116.30728328065558
      ],
      ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",90.47291742980659],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",86.0835970484795],
      ["the margin delta is 0; this kit's hinge uses delta = 1",105.39604114038117],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       99.8577319469248
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       136.9062631248741
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       103.28034722356385
      ],
      ["margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",58.52165420845546]
     ],
     "gradient_hypotheses": [
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [-1.6762623292742203,-0.40190062180087843,0.014669131131336971,0.3197547894464361],
        [-0.8442933823987689,-0.7603556317710085,0.8732522189595003,-0.14120516103207525],
        [1.596258994128831,0.5522808513671537,-0.00547481649402437,-0.5037085641003269],
        [1.66019625753195,1.3177398292040527,-2.048844653782024,-0.45489908725933303],
        [2.056096632874014,0.6099883243864885,-3.6049334307457834,-0.9051866422399625],
        [0.9493899469328488,2.1302560719156367,1.3789232904937139,-2.4024837056235357]
       ]
      ],
      [
       "the data gradient is averaged over N * C entries; divide by N only",
       [
        [-1.3806173244575228,-0.48891064369255144,0.0010744961822860832,0.12471444147046266],
        [-0.5309683390769862,-0.8395863669722194,0.5369600270442084,-0.03900727723735514],
        [1.3076946803343994,0.4025406312491477,-0.20245320021388036,0.13157435353196667],
        [1.3983097494417642,0.8217261533219821,-1.4360743842609434,-0.30976917280815686],
        [2.1038351369728714,0.20591543464560572,-3.471820421461221,-0.6819652658824997],
        [0.8054211703092684,1.9719188407734318,1.1029914604990745,-1.8242458678631113]
       ]
      ],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       [
        [-1.6146214929119738,-0.38777588243825667,-0.13145614974423855,0.3901144945971436],
        [-0.5067857370258166,-0.9174130464294865,0.774731430446836,-0.2231346032338851],
        [1.3142409953828678,0.4596427063410552,-0.09978854730015219,-0.03473868952213735],
        [1.8268809492431985,0.6127359495191591,-1.4004408711792906,-0.5649836818884207],
        [2.4934334644453013,-0.13676876083936912,-3.5450910586436155,-0.6556087606875605],
        [0.9139170233747234,1.8827685106080982,1.1513741194887965,-1.891974049752955]
       ]
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       [
        [-1.1011335292177316,-0.34301580323453756,-0.06187000282190054,-0.23771969522315595],
        [-0.21113888797127078,-0.9456765526620428,0.4178004619885574,-0.13358697759759627],
        [0.7593674833261143,1.0260419370216871,-0.12487251985518957,-0.021180435590978458],
        [0.8779768768648628,0.4182891781810212,-0.43914561155082066,-0.38292809780041737],
        [1.668975240774364,-0.7794999627120851,-2.4681309180141136,-0.2653794757734095],
        [0.15306209599219223,1.5943322449427626,1.2389874363540958,-0.9302961735703875]
       ]
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [-1.4280835029171264,-0.748039730870987,0.09769787570796767,0.33468632758282013],
        [-0.258026804045354,-1.2765051324620096,0.5098112299693651,0.1521187502956461],
        [0.6197856347909858,0.7775821977220911,0.0120819267364623,0.22990670565209417],
        [1.6583548142013484,0.8339203514939162,-1.039485262296485,-0.9785975577041337],
        [2.44771460510109,-0.21527864672788277,-3.270057337456896,-0.8064137366415549],
        [0.5688146447174586,1.9932728348027577,1.0280840623117717,-1.5340859381133247]
       ]
      ],
      [
       "margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",
       [
        [-1.4131390871569995,-0.7454008737075718,0.2771894563593959,0.1376114740078499],
        [-0.17889541856971136,-1.6527218390174998,0.8682660258073663,0.09074927553749226],
        [0.7680959033907386,0.9997651508487347,-0.11223864943011708,-0.016265939907722987],
        [1.4494051432667752,0.3628097131581858,-0.7779250747701039,-0.5600974359602109],
        [2.188439677404271,-1.2190689861829522,-2.711454371696931,-0.10195143524963168],
        [0.2977232334127989,1.632688754960245,1.1015414138066564,-0.975867798461037]
       ]
      ],
      [
       "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
       [
        [-1.5524421629136913,-0.7901609529112908,0.4353991648557227,0.5227053926493577],
        [-0.4238660926989958,-1.6244583327849436,0.9786759947001848,0.16859126399102087],
        [1.0827558751855737,0.43336592016810277,-0.2667654950129859,0.001476355699271431],
        [1.7707055708959152,0.5572564844963237,-1.651458864207557,-0.6209648193046582],
        [2.4781938446638976,-0.5763377843102362,-3.548286497316061,-0.4730338074773361],
        [0.7988828971556351,1.9211250206255808,0.9938030924224164,-1.6463292588200042]
       ]
      ],
      [
       "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
       [
        [-1.6146214929119738,-0.6997814403775247,-0.289135547288772,-0.03534124857598364],
        [-0.5067857370258166,-0.8851695770279272,0.626042128142727,-0.013667889160482796],
        [1.3142409953828678,0.4683711264056797,-0.10503579253496573,0.26116944771125494],
        [1.8268809492431985,1.1841642159210712,-1.3357239343460987,-0.019572310127332404],
        [2.4934334644453013,0.38269567579053776,-3.521341970117673,-0.6451926300921105],
        [0.9139170233747234,2.027429648028705,1.1001562669665896,-1.9168885920814576]
       ]
      ],
      [
       "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
       [
        [-1.6146214929119738,-0.6088634342077223,-0.8336401851458023,-0.4768953155456843],
        [-0.5067857370258166,-0.4004688223170423,0.3772750563771388,-0.15658069093492685],
        [1.3142409953828678,0.5539092111919259,-0.017093787674855504,0.38707867012810165],
        [1.8268809492431985,1.588211877287287,-0.9812888870167913,0.40350155617333716],
        [2.4934334644453013,0.8891526845386201,-3.3883709285120114,-0.7309910246945546],
        [0.9139170233747234,2.0541730727708662,1.2004055903446844,-1.9753525976318165]
       ]
      ],
      [
       "the correct class's column gets -X[i] for every class j != y[i]; only the classes whose margin is violated (margin > 0) count",
       [
        [-1.4280835029171264,-0.6981659594694162,0.25095467557362117,0.31413647419093804],
        [-0.258026804045354,-1.6489335801663216,0.9376425125183363,0.1043711649706961],
        [0.6197856347909858,0.6199697620516879,-0.32639888538869566,-0.14018216107415543],
        [1.6583548142013484,0.5155840057454757,-1.2196235819425514,-0.5545282387573012],
        [2.44771460510109,-0.9750336782675368,-3.203262426895852,-0.38611134605511976],
        [0.5688146447174586,1.7887460400458164,1.0818447134683546,-1.280602608948175]
       ]
      ],
      [
       "a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin adds its term",
       [
        [-1.428385982779212,-0.6726450024003438,-0.289135547288772,0.12233814896854978],
        [-0.4061776222633861,-1.1975646848249797,0.626042128142727,0.13502141314362623],
        [1.126768720218777,0.37016636805360137,-0.10503579253496573,0.2664166929460685],
        [1.2776900209023543,0.5764074134595327,-1.3357239343460987,-0.08428924696052453],
        [2.187056819205211,-0.1360383416949006,-3.521341970117673,-0.6689417186180534],
        [0.9063287125616664,2.011319876477051,1.1001562669665896,-1.8656707395592504]
       ]
      ],
      [
       "a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin adds its term",
       [
        [-1.6146214929119738,-0.2625443282677866,-0.3248687699004871,0.3277833276442837],
        [-0.5067857370258166,-0.7956766295473452,0.7246925457160964,-0.0666770789095946],
        [1.3142409953828678,0.5878536828918519,-0.05319392225269032,0.16584081766088574],
        [1.8268809492431985,0.8133586815166228,-1.255581815931233,-0.09994483107054852],
        [2.4934334644453013,0.10271989912350615,-3.4904800821037565,-0.5585893065408973],
        [0.9139170233747234,1.8252568866615115,1.2271077074389476,-1.8284740403899058]
       ]
      ],
      [
       "the correct class's coefficient is -1 for every example; it must be minus the number of classes whose margin is violated (coeffs[rows, y] = -coeffs.sum(axis=1))",
       [
        [-1.5524421629136913,-0.6992429467414885,-0.1091054730013076,0.08115132567965695],
        [-0.4238660926989958,-1.1397575780740585,0.7299089229345967,0.025678462216576797],
        [1.0827558751855737,0.5189040049543491,-0.1788234901528757,0.12738557811611817],
        [1.7707055708959152,0.9613041458625395,-1.2970238168782495,-0.19789095300398865],
        [2.4781938446638976,-0.06988077556215383,-3.4153154557103993,-0.5588322020797802],
        [0.7988828971556351,1.947868445367742,1.0940524158005114,-1.7047932643703632]
       ]
      ],
      [
       "the gradient weighs X[i] by the margin's value; the hinge's slope is 1 where the margin is violated (use margins > 0)",
       [
        [-13.863304943151409,-10.9305059041137,14.736694055023602,8.313377761744183],
        [-4.800917322193263,-10.106630628221106,9.29884123858968,4.736104755582337],
        [4.377474228618314,1.4011077288864358,-2.4821382968736874,-1.6570871957294295],
        [17.931188466750747,5.765297550959418,-13.71640511232961,-9.505888559685909],
        [10.683259097507767,-3.2511090090300163,-9.717302044335117,0.4411168401321215],
        [4.7180279361579665,4.4339954066579335,-4.856414145221764,-2.239523593875473]
       ]
      ],
      [
       "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
       [
        [-1.428385982779212,-0.2625443282677866,-0.08369036861303802,0.030881649162711203],
        [-0.4061776222633861,-0.7956766295473452,0.42434363608950615,-0.09509134052112728],
        [1.126768720218777,0.5878536828918519,-0.2056116678201485,0.13034572961115282],
        [1.2776900209023543,0.8133586815166228,-1.3513795184561226,-0.26547683826820845],
        [2.187056819205211,0.10271989912350615,-3.4109895580405167,-0.7228222760134442],
        [0.9063287125616664,1.8252568866615115,1.1373529661359343,-1.812852961640449]
       ]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * W)",
       [
        [-0.31200555793926804,-0.4023850704730342,0.33905945918129643,0.37533116923100585],
        [0.03224346940155942,-0.7070452863554568,0.450465563818809,0.22433625313508854],
        [0.008728420064624464,-0.026276786172952437,0.012633870425072547,0.004914495683255438],
        [0.5714282664019124,-0.05547946502283537,-0.3387794632192834,-0.17716933815979355],
        [0.5194644366299068,-0.439569023470867,-0.24332345368281755,0.16342804052377782],
        [0.14466113742060663,0.038356510017482436,-0.1374460225474396,-0.04557162489064946]
       ]
      ],
      [
       "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
       [
        [-0.9633135254256209,-0.5965422585101806,0.2972142748747774,0.39077199381236144],
        [-0.2372711338121286,-1.0384578090471344,0.662637381863562,0.1767905828745249],
        [0.6614847077237461,0.17827812772324048,-0.0901719634850017,0.07008736048883185],
        [1.1991546078225555,0.3623185447660101,-1.0144692224473446,-0.30990775729389775],
        [1.506448950537604,-0.2816651782142058,-1.9488182327030759,-0.19798309748294426],
        [0.529289080397665,1.019521366652013,0.43123046052052755,-0.951998105710874]
       ]
      ],
      [
       "the regularization gradient is counted twice",
       [
        [-2.9172374278846798,-1.17901382262162,0.17167872195522038,0.4370944675564282],
        [-1.0458149434531927,-2.032695377122167,1.2991528359978213,0.034153572092833984],
        [2.619753570701111,0.7919428694118191,-0.3985894652152245,0.26560595490556105],
        [3.0823336320844845,1.6157125741325464,-3.0415385001315287,-0.7081230146962104],
        [4.467402492260696,0.19204635755577792,-7.065302569763851,-1.2822165115031106],
        [1.6831729093288401,3.9630159365556046,2.137259909724429,-3.671277548171547]
       ]
      ],
      [
       "the regularization gradient is divided by N; only the data gradient is averaged",
       [
        [-0.4422671514365386,-0.4412165080804635,0.3306904223199926,0.37841933414727696],
        [-0.021659451241178185,-0.7733277908937923,0.49289992742775957,0.2148271190829758],
        [0.1392796775964488,0.014634196606286145,-0.007927296356942304,0.017949068644370722],
        [0.696973534686041,0.028080136934933726,-0.4739174150648957,-0.2037170219866144],
        [0.7168613394114463,-0.4079882544195348,-0.5844224094868693,0.0911458129224334],
        [0.2215867260160183,0.23458948134438856,-0.02371072593384617,-0.22685692105469435]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [-4.422671514365386,-4.412165080804635,3.306904223199926,3.7841933414727693],
        [-0.21659451241178185,-7.733277908937923,4.928999274277595,2.148271190829758],
        [1.392796775964488,0.14634196606286143,-0.07927296356942304,0.1794906864437072],
        [6.969735346860409,0.2808013693493372,-4.739174150648957,-2.0371702198661437],
        [7.1686133941144625,-4.079882544195348,-5.844224094868692,0.911458129224334],
        [2.215867260160183,2.3458948134438855,-0.23710725933846177,-2.2685692105469437]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [-1.3338164907666326,-0.4285528831215963,-0.04978442269490838,0.06841476608581179],
        [-0.5358048594872201,-0.7335295740189008,0.469390192471387,-0.07265771520761842],
        [1.3063854173247058,0.40648214917509057,-0.20434828077764125,0.13083717917947835],
        [1.3125955094814774,0.8300480730754074,-1.385257464778051,-0.2831937720841878],
        [2.025915471478385,0.27185078816623576,-3.4353219034087985,-0.7064794719610664],
        [0.7837219996961774,1.9661653642708095,1.1236083638811902,-1.817410124129514]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [1.6146214929119738,0.790699446547327,-0.2553690905682584,-0.40621281839371703],
        [0.5067857370258166,1.3698703317388121,-0.8748091999083152,-0.12924491261396126],
        [-1.3142409953828678,-0.3828330416194334,0.19297779739507595,-0.13526022529440826],
        [-1.8268809492431985,-0.7801165545548555,1.6901589816754061,0.44264617642800197],
        [-2.4934334644453013,0.12376133295754455,3.6543130117233344,0.5593942354896664],
        [-0.9139170233747234,-2.0006862232865434,-0.9999069435884946,1.8584245865310984]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-0.9906103770334378,0.014070694398741312,-0.42274982779433445,-0.34444952006829466],
        [-0.5712726758289355,0.04422024097210164,-0.02612192772930283,-0.3194275936562158],
        [1.2967841552536188,0.43538661396533823,-0.21824553824522105,0.12543123392789737],
        [0.6840244164393738,0.8910754846005263,-1.012600055236839,-0.0883075001084149],
        [1.4545045911854877,0.7553767139841895,-3.167666104357699,-0.886250316537222],
        [0.6245947485335102,1.9239732032515786,1.274798988683374,-1.7672813367497995]
       ]
      ]
     ]
    }
   ],
   "numeric": {
    "description": "a small problem away from hinge kinks (N=7, D=6, C=4, reg=0.3, seed 310)",
    "fingerprint": [6.0,4.0,-1.53628432268,15.2138640793,0.725497541764,7.0,6.0,3.37090434935,36.0575325583,1.4770328962,7.0,13.0,13.0,-1.96115682944],
    "loss": 8.11087921003,
    "grad": [
     [0.5020202914219279,0.08966220985074656,1.201200438512375,-1.4331773973414734],
     [-0.4113296616617583,0.5758621429228664,0.5729197735374107,0.79723040652745],
     [0.721328537841002,0.49246954902380874,-0.06681256713466155,-1.4301266157367343],
     [0.5409984861404663,-0.6895935638520998,-0.5907852669750346,-0.46185476886281357],
     [0.3925829728989642,0.2861002943883155,-0.30266707541158566,-0.24459792617281578],
     [-1.2955121556293632,-0.4027602555037145,-0.00547066235730603,0.24054221996894182]
    ],
    "loss_hypotheses": [
     ["the data loss is not averaged over N (divide the sum over examples by N)",32.66423623228451],
     ["the data loss is divided by N twice",4.603256778282313],
     ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",6.101552690203954],
     ["the regularization term is missing from the loss (add reg * np.sum(W * W))",4.09222617037532],
     ["the regularization term is added twice",12.129532249689856],
     ["the regularization term is divided by N; only the data loss is averaged",4.66631946175493],
     ["the loss has the wrong sign",-0.07357313071805294],
     [
      "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
      9.110879210032587
     ],
     [
      "the labels are off by one (y[i] - 1 instead of y[i])",
      8.293200163751766
     ],
     ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",5.041709582251097],
     ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",4.351616066503029],
     ["the margin delta is 0; this kit's hinge uses delta = 1",6.88102231087586],
     [
      "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
      6.627784507775365
     ],
     [
      "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
      11.139058666627147
     ],
     [
      "the labels are off by one (y[i] - 1 instead of y[i])",
      7.58988934660559
     ],
     ["margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",4.68162376151982]
    ],
    "gradient_hypotheses": [
     [
      "the labels are off by one (y[i] - 1 instead of y[i])",
      [
       [0.5398702752670577,-0.4313266535443839,1.0644343787622057,-0.8132724580413035],
       [-0.5710261637757751,0.7258891673375464,-0.4055885699040299,1.7854082276682273],
       [0.6807972099161007,-0.09421790975904133,0.11131920249352512,-0.9810395986571696],
       [0.5735165778364402,-0.8112512352356469,-0.18422818904938773,-0.7792722671008872],
       [0.5301859070186393,0.6566879355180433,0.08701061835160206,-1.1424661951854063],
       [-1.0694638566447843,-0.41835075005880307,-0.35570599750272613,0.38031975068487145]
      ]
     ],
     [
      "the data gradient is averaged over N * C entries; divide by N only",
      [
       [0.25804571665339293,-0.06209693051636871,0.8055035606124802,-0.6417468043059285],
       [-0.0898675303810785,0.6184974935949188,0.3494043386818031,0.6566483594303256],
       [0.39621445397331073,0.20659431528053654,-0.19388118143823968,-0.6920686838221928],
       [0.41643651271421234,-0.5435953400845718,-0.4484580544905769,-0.6256182316885454],
       [0.3157997064779261,0.37992749323575054,-0.2975508466036085,-0.26675808740718987],
       [-1.1163209598180786,-0.5645698475829015,-0.024542433960073117,0.24223238783961115]
      ]
     ],
     [
      "the margin delta is 0; this kit's hinge uses delta = 1",
      [
       [0.14888559088633813,0.08966220985074656,1.5543351390479647,-1.4331773973414734],
       [-0.4243764386324046,0.5758621429228664,0.5859665505080571,0.79723040652745],
       [0.589832278373459,0.49246954902380874,0.06468369233288146,-1.4301266157367343],
       [0.42705515805290367,-0.6895935638520998,-0.476841938887472,-0.46185476886281357],
       [0.43306102544074165,0.2861002943883155,-0.3431451279533631,-0.24459792617281578],
       [-1.2840966048721894,-0.4027602555037145,-0.016886213114479912,0.24054221996894182]
      ]
     ],
     [
      "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
      [
       [0.24268759883165486,0.14102843983306168,0.8905015159397868,-0.9145120121609274],
       [-0.38447330703048915,0.7716803532588317,0.4039579178327146,0.7435176972649119],
       [0.4295980827278698,0.20533440562360067,-0.07140787884758573,-0.8466657055104699],
       [0.6512331179418565,-0.5621547604292051,-0.6079894385965392,-0.6823240324655939],
       [0.4157105946403615,0.29714188152420457,-0.29058104080607744,-0.2908531696556103],
       [-1.331571970880056,-0.44984323935649606,0.0055525062447826165,0.3126618504703276]
      ]
     ],
     [
      "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
      [
       [0.09451970751891436,0.7302092465948599,-0.27956555318036724,-0.1854578584898309],
       [1.2059538409534043,0.41451383868951125,0.3082363173170429,-0.39402133563398956],
       [-0.11565087332153401,0.737717886312172,-0.6218884325238878,-0.28331967647333534],
       [0.38979296852259243,-0.4489662707807592,-0.7822421915718196,-0.35981961971949533],
       [-0.6185941555709558,0.28018572687308063,-0.03869676313682552,0.508523457537579],
       [-0.9304821384164537,0.01787961504376756,0.3239413598051347,-0.8745396899538908]
      ]
     ],
     [
      "the labels are off by one (y[i] - 1 instead of y[i])",
      [
       [0.11227482094085293,0.22693514375966395,0.8638563033605385,-0.8433607256174795],
       [0.5920984915250549,0.29024134167293386,0.326524150193957,0.32581867793402325],
       [-0.04190379406435829,0.4894026456422956,0.004255994194267615,-0.7348959417787901],
       [0.6827062534566775,-0.47590664913475395,-0.7334063785829283,-0.6746283392884769],
       [-0.2698993764765452,0.49728652062690415,-0.17652779850233158,0.08055892005485077],
       [-1.6119068968274683,-0.3567906461957772,0.4113228746269353,0.09417381487486837]
      ]
     ],
     [
      "margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",
      [
       [0.06668444000803787,0.9660109767136941,0.5677087749257349,-1.240698649203891],
       [0.7642908889418518,0.6335022257338296,0.3434681528214446,-0.2065786061711571],
       [0.18633831236784462,1.0145942991361336,-0.21667678848450603,-1.2673969190260574],
       [0.4419322716700351,-0.7387790091524868,-0.762920040115177,-0.14146833595185293],
       [-0.47573841446779425,0.10316077689263264,-0.03407443590537129,0.5380703391834113],
       [-1.1579881820743259,0.3285284578051144,0.2430521178625528,-0.8767932471147829]
      ]
     ],
     [
      "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
      [
       [0.45854936545832725,0.34337396032254874,1.1587646605493735,-1.6648297293518992],
       [-0.08580572880991016,0.7148332190294285,0.7288348522714605,0.7319116746796785],
       [0.5641612455769259,0.5865013839479636,-0.1937135148892805,-1.7672545993822628],
       [0.5514895313120733,-0.7568190587859092,-0.6875244234410928,-0.33343339871269934],
       [0.16404631585999538,0.17203894972762449,-0.2742750574753164,-0.07859487175992627],
       [-1.3889571309451672,-0.23409711658424687,-0.005078280202220804,-0.10745060619301433]
      ]
     ],
     [
      "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
      [
       [0.5020202914219279,-0.16404954062105562,0.9329372939027883,-0.6551793195706543],
       [-0.4113296616617583,0.4368910668163043,0.2480428390986648,0.7166613426336428],
       [0.721328537841002,0.39843771409965384,0.05549306890703315,-0.5549352503973377],
       [0.5409984861404663,-0.6223680689182904,-0.5112502821304812,-0.7925586642669841],
       [0.3925829728989642,0.40016163904900653,-0.31897305874234666,-0.3139807913970076],
       [-1.2955121556293632,-0.5714233944231822,0.0051601240896973904,0.3487216657210205]
      ]
     ],
     [
      "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
      [
       [0.5020202914219279,-0.4177612910928578,0.6646741492932018,0.1228187582001648],
       [-0.4113296616617583,0.2979199907097422,-0.07683409534008112,0.6360922787398356],
       [0.721328537841002,0.304405879175499,0.17779870494872774,0.3202561149420589],
       [0.5409984861404663,-0.5551425739844812,-0.4317152972859276,-1.1232625596711547],
       [0.3925829728989642,0.5142229837096975,-0.3352790420731077,-0.3833636566211994],
       [-1.2955121556293632,-0.74008653334265,0.01579091053670085,0.4569011114730991]
      ]
     ],
     [
      "the correct class's column gets -X[i] for every class j != y[i]; only the classes whose margin is violated (margin > 0) count",
      [
       [0.371607513531126,0.5970857107943509,0.8056299600137837,-1.3501363156019317],
       [0.5652421368937859,0.8538042951359907,0.7157880753008141,0.5207051470903282],
       [0.24982666104877388,0.6805332188721185,-0.32520977435682347,-1.5663192013339229],
       [0.5724716216552873,-0.8240445537197185,-0.8014677515286555,-0.4072945538166415],
       [-0.2930269982179425,0.057977605066933446,-0.23379700493353894,0.184028371841661],
       [-1.5758470815767756,-0.06543397766477921,0.0063372705549530756,-0.6952568127648481]
      ]
     ],
     [
      "a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin adds its term",
      [
       [-0.07699089207458756,0.10757223020371438,0.6467150126258933,-1.4331773973414734],
       [-0.12168456272741401,0.4958448319851101,0.7866671046754615,0.79723040652745],
       [0.19381125775992544,0.30962497112400195,-0.2845843215613125,-1.4301266157367343],
       [0.4421413498392703,-0.4670063204141815,-0.8154904902480908,-0.46185476886281357],
       [0.40426662899827104,0.34906389970807244,-0.382339042568305,-0.24459792617281578],
       [-1.2252537001337847,-0.5447459593455937,0.20638111482506638,0.24054221996894182]
      ]
     ],
     [
      "a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin adds its term",
      [
       [0.5020202914219279,0.14102843983306168,0.7070608109418627,-0.6372692992176865],
       [-0.4113296616617583,0.7716803532588317,0.5507347150036555,0.6366440316958866],
       [0.721328537841002,0.20533440562360067,-0.3405279517065004,-0.7377798282971444],
       [0.5409984861404663,-0.5621547604292051,-0.4961640903441145,-0.5699714208290658],
       [0.3925829728989642,0.29714188152420457,-0.3477674551848173,-0.25101718607725065],
       [-1.2955121556293632,-0.44984323935649606,0.06400302882810205,0.20673596187914137]
      ]
     ],
     [
      "the correct class's coefficient is -1 for every example; it must be minus the number of classes whose margin is violated (coeffs[rows, y] = -coeffs.sum(axis=1))",
      [
       [0.45854936545832725,0.08966220985074656,0.8905015159397868,-0.8868316515810801],
       [-0.08580572880991016,0.5758621429228664,0.4039579178327146,0.6513426107858713],
       [0.5641612455769259,0.49246954902380874,-0.07140787884758573,-0.892063234042866],
       [0.5514895313120733,-0.6895935638520998,-0.6079894385965392,-0.6641372941168698],
       [0.16404631585999538,0.2861002943883155,-0.29058104080607744,-0.14797773698411806],
       [-1.3889571309451672,-0.4027602555037145,0.0055525062447826165,0.0007288395590642482]
      ]
     ],
     [
      "the gradient weighs X[i] by the margin's value; the hinge's slope is 1 where the margin is violated (use margins > 0)",
      [
       [0.49002190814324686,0.45518717739503445,4.181171760724832,-4.766675303819537],
       [-1.7701081640939296,0.7297964360310069,1.0589782803294714,1.5160161090594197],
       [1.6359076286995888,1.0555464792687477,1.2352935704351926,-4.209888774410115],
       [0.7135289745148332,-1.1182195850023962,-0.6514407203031408,-0.145103782758778],
       [0.7152128367367493,0.05454161094325405,-0.3824615140559926,-0.25587466792113234],
       [-1.813158978616997,0.00916790221206265,-0.12674368104783543,0.46753390393132804]
      ]
     ],
     [
      "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
      [
       [-0.07699089207458756,0.14102843983306168,0.6736046013125153,-0.3779366066274135],
       [-0.12168456272741401,0.7716803532588317,0.2748991937299339,0.6097876770646175],
       [0.19381125775992544,0.20533440562360067,-0.23623738620609908,-0.4460493731840122],
       [0.4421413498392703,-0.5621547604292051,-0.401015650329091,-0.680206052630456],
       [0.40426662899827104,0.29714188152420457,-0.2958454370009494,-0.2741448078186479],
       [-1.2252537001337847,-0.44984323935649606,-0.03089969116099548,0.24279577712983424]
      ]
     ],
     [
      "the regularization gradient is missing (add 2 * reg * W)",
      [
       [0.3252994330247133,0.20234552048948704,0.5275958371998596,-1.05524079071406],
       [-0.4286161750409064,-0.05684713422940314,0.29802057980747687,0.1874427294628326],
       [0.4334854451569217,0.3811669783243629,0.16942481907143753,-0.9840772425527221],
       [0.16608263123500536,-0.1946642983567041,-0.1897696166459437,0.2183512837676424],
       [0.10237768856138418,-0.12510293179658008,-0.0068216384106362426,0.029546881645832135],
       [-0.23892159441504623,0.21574612277224922,0.02542902880368945,-0.00225355716089242]
      ]
     ],
     [
      "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
      [
       [0.41365986222332063,0.1460038651701168,0.8643981378561172,-1.2442090940277668],
       [-0.4199729183513323,0.25950750434673164,0.4354701766724438,0.49233656799514136],
       [0.5774069914989619,0.4368182636740858,0.05130612596838799,-1.2071019291447282],
       [0.3535405586877358,-0.442128931104402,-0.3902774418104892,-0.12175174254758558],
       [0.2474803307301742,0.08049868129586771,-0.15474435691111094,-0.10752552226349182],
       [-0.7672168750222047,-0.09350706636573267,0.00997918322319171,0.11914433140402471]
      ]
     ],
     [
      "the regularization gradient is counted twice",
      [
       [0.6787411498191425,-0.02302110078799391,1.8748050398248903,-1.8111140039688869],
       [-0.39404314828261017,1.2085714200751358,0.8478189672673446,1.4070180835920676],
       [1.0091716305250824,0.6037721197232545,-0.3030499533407606,-1.8761759889207466],
       [0.9159143410459273,-1.1845228293474956,-0.9918009173041257,-1.1420608214932695],
       [0.6827882572365442,0.6973035205732111,-0.598512512412535,-0.5187427339914636],
       [-2.35210271684368,-1.0212666337796783,-0.03637035351830151,0.48333799709877606]
      ]
     ],
     [
      "the regularization gradient is divided by N; only the data gradient is averaged",
      [
       [0.35054526993860113,0.1862479046839527,0.6238250659587904,-1.109231734517976],
       [-0.42614667312959953,0.033539905363778225,0.33729189319746744,0.274555254757778],
       [0.4746058869689332,0.3970673455671409,0.1356766210419948,-1.0477985815790096],
       [0.21964203907864263,-0.26536847914176065,-0.2470575666929567,0.12117899053472012],
       [0.14383558632389562,-0.06635961377016643,-0.04908527226791473,-0.009616662328260424],
       [-0.38986310315994865,0.12738806873282582,0.021014787209261525,0.03243155385765533]
      ]
     ],
     [
      "the data gradient is not averaged over N",
      [
       [2.453816889570208,1.3037353327876688,4.366775461711533,-7.764622141625833],
       [-2.9830267119071965,0.23477933754644753,2.361043252382272,1.9218867833044455],
       [3.3222412087825326,2.7794714189699863,0.9497363472939635,-7.334590071053067],
       [1.5374942735504984,-1.8575793539923242,-1.7294029668506967,0.8482529337430408],
       [1.0068491042672694,-0.464517296391165,-0.3435969058754031,-0.06731663629782297],
       [-2.7290417221196406,0.8917164811297807,0.1471035104648307,0.2270208770035873]
      ]
     ],
     [
      "the data gradient is divided by N twice",
      [
       [0.22319220597217365,-0.0837768077116709,0.7489754351982095,-0.5286852910151364],
       [-0.043944368769552815,0.6245882579766405,0.31747356227385914,0.6365652098450221],
       [0.34976958484935483,0.1657549961743548,-0.21203384062446515,-0.5866318364058296],
       [0.3986419450818903,-0.5227384509749249,-0.4281255955642258,-0.6490130120922213],
       [0.3048306684177778,0.39333137878538416,-0.29681995677389744,-0.2699238247263862],
       [-1.0907222175593236,-0.5876855035942139,-0.027266972760468418,0.2424738403925639]
      ]
     ],
     [
      "the gradient has the wrong sign",
      [
       [-0.5020202914219279,-0.08966220985074656,-1.201200438512375,1.4331773973414734],
       [0.4113296616617583,-0.5758621429228664,-0.5729197735374107,-0.79723040652745],
       [-0.721328537841002,-0.49246954902380874,0.06681256713466155,1.4301266157367343],
       [-0.5409984861404663,0.6895935638520998,0.5907852669750346,0.46185476886281357],
       [-0.3925829728989642,-0.2861002943883155,0.30266707541158566,0.24459792617281578],
       [1.2955121556293632,0.4027602555037145,0.00547066235730603,-0.24054221996894182]
      ]
     ],
     [
      "the gradient has the wrong sign",
      [
       [-0.1485785746274987,-0.3150288311282275,0.14600876411265573,0.6773041840866465],
       [0.4459026884200545,0.6895564113816727,-0.023121386077542994,0.42234494760178487],
       [-0.1456423524728414,-0.2698644076249171,-0.4056622052775366,0.5380278693687099],
       [0.20883322367045562,-0.30026496713869166,-0.2112460336831473,-0.8985573363980983],
       [0.18782759577619584,0.5363061579814756,-0.28902379859031313,-0.30369168946448005],
       [-0.8176689667992707,-0.834252501048213,-0.05632871996468493,0.24504933429072667]
      ]
     ]
    ]
   },
   "edges": {
    "large_regularization": [
     {
      "description": "a large regularization strength (N=6, D=5, C=3, reg=500, seed 331)",
      "fingerprint": [5.0,3.0,1.53762428783,6.31549339724,1.477030232,6.0,5.0,-7.59060186421,27.4299323565,-5.36342408255,6.0,2.0,2.0,-0.832293673094],
      "loss": 1929.39719666,
      "grad": [
       [308.569030913058,542.2934150885965,14.571850714033392],
       [501.2527563436668,-582.8536337688748,-504.7876847259902],
       [-153.6886156989996,-573.2025046156392,-446.18874979912647],
       [-129.05754561507408,31.943076822400563,612.4192598444697],
       [1082.515369243094,696.2285669553336,137.60969613287207]
      ],
      "loss_hypotheses": [
       ["the data loss is not averaged over N (divide the sum over examples by N)",1950.424099703222],
       ["the data loss is divided by N twice",1925.8927128212808],
       ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",966.8012886349455],
       ["the regularization term is missing from the loss (add reg * np.sum(W * W))",4.20538060833277],
       ["the regularization term is added twice",3854.5890127147836],
       ["the regularization term is divided by N; only the data loss is averaged",325.0706832838703],
       ["the loss has the wrong sign",1920.9864354448928],
       [
        "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
        1930.3971966615582
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        1927.0877372181694
       ],
       ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",1926.5936095893364],
       ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",1926.2816000447485],
       ["the margin delta is 0; this kit's hinge uses delta = 1",1927.6114679234831],
       [
        "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
        1927.7791164200185
       ],
       [
        "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
        1926.3464232481813
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        1927.477201180632
       ]
      ],
      "gradient_hypotheses": [
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [308.0299779255687,542.0751029120638,15.329215878055383],
         [500.6484574438846,-582.8890683858695,-504.1479512092134],
         [-155.0358115004509,-574.091330763202,-443.9527278501124],
         [-129.5767424651941,32.91640961710095,611.9651238998894],
         [1082.083378777379,696.4035694880826,137.86668406583803]
        ]
       ],
       [
        "the data gradient is averaged over N * C entries; divide by N only",
        [
         [307.8370168051911,542.3123688747054,15.28491103579141],
         [500.7352812564633,-582.6983083672344,-504.42553504042706],
         [-154.56862503294892,-573.1101624768821,-445.40108260393424],
         [-129.01223435435048,32.37614022429504,611.9408851818516],
         [1082.2364003460639,696.3722824340673,137.74494955116842]
        ]
       ],
       [
        "the margin delta is 0; this kit's hinge uses delta = 1",
        [
         [308.7422545642144,542.3321063439265,14.359935807547021],
         [501.45942233376775,-582.9917981699141,-504.85618631505184],
         [-154.14874632555666,-573.1172183178271,-445.81390547038154],
         [-129.1027546602773,31.856841158654664,612.5507045534189],
         [1082.4920391986,696.2425909098765,137.61900222282316]
        ]
       ],
       [
        "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
        [
         [308.1935469660702,542.5724519295761,14.668297820041657],
         [500.91635609924487,-582.6903084783918,-504.6146097720512],
         [-154.17479143535277,-573.3535494384364,-445.55152923997605],
         [-129.2514216856595,32.37499155254725,612.1812211849085],
         [1082.304027055212,696.4488580380262,137.60074723806144]
        ]
       ],
       [
        "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
        [
         [307.82721967265684,541.7537209398743,15.85335610315679],
         [500.3481200851082,-582.5607236277226,-504.1759586085838],
         [-154.42178664443261,-573.2759901342497,-445.382093335083],
         [-128.8552906399817,32.58982855018444,611.5702531415934],
         [1082.2775861362131,696.272776024721,137.8032701703655]
        ]
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [308.0932365539415,542.769209447713,14.571850714033392],
         [501.08136667673864,-582.6822441019467,-504.7876847259902],
         [-153.49511460787204,-573.3960057067668,-446.18874979912647],
         [-129.1194403452619,32.0049715525884,612.4192598444697],
         [1082.3488287707823,696.3951074276451,137.60969613287207]
        ]
       ],
       [
        "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
        [
         [308.94451486004584,542.2934150885965,14.224797446208804],
         [501.58915658808877,-582.8536337688748,-504.89109686795155],
         [-153.20243996264642,-573.2025046156392,-446.5364123273441],
         [-128.86366954448863,31.943076822400563,612.874978876726],
         [1082.726711430976,696.2285669553336,137.6139271630908]
        ]
       ],
       [
        "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
        [
         [307.81806301908233,542.2934150885965,15.265957249682568],
         [500.5799558548229,-582.8536337688748,-504.58086044206743],
         [-154.66096717170598,-573.2025046156392,-445.4934247426913],
         [-129.44529775624494,31.943076822400563,611.5078217799571],
         [1082.09268486733,696.2285669553336,137.6012340724346]
        ]
       ],
       [
        "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
        [
         [307.0670951251066,542.2934150885965,15.960063785331746],
         [499.907155365979,-582.8536337688748,-504.3740361581447],
         [-155.63331864441233,-573.2025046156392,-444.7980996862561],
         [-129.83304989741583,31.943076822400563,610.5963837154446],
         [1081.670000491566,696.2285669553336,137.59277201199714]
        ]
       ],
       [
        "a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin adds its term",
        [
         [308.38436997552003,542.2102412734021,15.529836702312714],
         [501.71537975490645,-582.8541578329697,-504.477972364201],
         [-154.49961533474675,-573.3688239062394,-445.3120815050739],
         [-128.9394429048141,32.59213529379382,611.7011612190942],
         [1082.5057218902907,696.4086445478149,137.77708063469726]
        ]
       ],
       [
        "a column of dW is assigned (=) where it must accumulate (+=): every example and every violated margin adds its term",
        [
         [307.58261424561545,542.2934150885965,15.01123445062697],
         [500.71005587941704,-582.8536337688748,-504.9155842896486],
         [-154.70379720118777,-573.2025046156392,-445.43558745303534],
         [-128.9890420925402,31.943076822400563,611.9044894570834],
         [1082.132411523168,696.2285669553336,137.61028877905497]
        ]
       ],
       [
        "the correct class's coefficient is -1 for every example; it must be minus the number of classes whose margin is violated (coeffs[rows, y] = -coeffs.sum(axis=1))",
        [
         [308.1935469660702,542.2934150885965,14.91890398185798],
         [500.91635609924487,-582.8536337688748,-504.6842725840288],
         [-154.17479143535277,-573.2025046156392,-445.8410872709089],
         [-129.2514216856595,31.943076822400563,611.9635408122134],
         [1082.304027055212,696.2285669553336,137.60546510265334]
        ]
       ],
       [
        "the gradient weighs X[i] by the margin's value; the hinge's slope is 1 where the margin is violated (use margins > 0)",
        [
         [311.3111103181027,543.1240007261516,10.99918567143364],
         [503.3746465353254,-583.4545884272076,-506.308620259316],
         [-151.5449764621814,-572.9361342287461,-448.59875942283776],
         [-130.4292875861848,30.56223388469774,615.1718447532833],
         [1083.0663189106763,696.0969934398826,137.1903199807408]
        ]
       ],
       [
        "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
        [
         [307.6942187399731,542.2102412734021,15.529836702312714],
         [500.9435680459725,-582.8541578329697,-504.477972364201],
         [-154.398964702452,-573.3688239062394,-445.3120815050739],
         [-128.98850546109173,32.59213529379382,611.7011612190942],
         [1082.1679071487874,696.4086445478149,137.77708063469726]
        ]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * W)",
        [
         [1.098021161800289,-0.028430679163262067,-1.069590482637027],
         [0.7762126308052654,-0.23298810246058818,-0.5432245283446773],
         [1.3200140009239751,-0.13851320813558055,-1.1815007927883947],
         [-0.06796689108539113,-0.6495951028417225,0.7175619939271135],
         [0.41845334554518393,-0.2155732181006931,-0.2028801274444908]
        ]
       ],
       [
        "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
        [
         [154.83352603742915,271.13249220471664,6.751130115698182],
         [251.01448448723605,-291.5433109356677,-252.6654546271674],
         [-76.18430084903781,-286.6705089118874,-223.68512529595745],
         [-64.56275625307973,15.64674085977942,306.5684109191984],
         [541.4669112943196,348.0064968686164,68.7034080027138]
        ]
       ],
       [
        "the regularization gradient is counted twice",
        [
         [616.0400406643157,1084.6152608563564,30.21329191070381],
         [1001.7293000565284,-1165.4742794352892,-1009.0321449236357],
         [-308.6972453989232,-1146.266496023143,-891.1959988054646],
         [-258.04712433906275,64.53574874764284,1224.1209576950123],
         [2164.6122851406426,1392.6727071287678,275.4222723931887]
        ]
       ],
       [
        "the regularization gradient is divided by N; only the data gradient is averaged",
        [
         [52.34318945367658,90.35854361546336,1.5373163834747094],
         [84.18896991628219,-97.33642904686296,-84.58396789461892],
         [-24.514757615729952,-95.64917844271952,-75.34937562717808],
         [-21.566230011750168,4.7825168846986585,102.66784496901755],
         [180.76793932846996,115.85845014413835,22.76588258260827]
        ]
       ],
       [
        "the data gradient is not averaged over N",
        [
         [314.05913672205946,542.1512616927802,9.223898300848257],
         [505.13381949769314,-584.0185742811777,-507.50380736771353],
         [-147.08854569437972,-573.8950706563171,-452.0962537630685],
         [-129.39738007050101,28.69510130819195,616.0070698141053],
         [1084.60763597082,695.15070086483,136.59529549564962]
        ]
       ],
       [
        "the data gradient is divided by N twice",
        [
         [307.65401327822445,542.3171073212326,15.463176116230915],
         [500.60591248466244,-582.6594770168243,-504.33499761903624],
         [-154.78862736643626,-573.0870769421929,-445.20416580513614],
         [-129.00090653916956,32.484406074768664,611.8212915161971],
         [1082.1666581218062,696.4082113037508,137.7787629057425]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-308.569030913058,-542.2934150885965,-14.571850714033392],
         [-501.2527563436668,582.8536337688748,504.7876847259902],
         [153.6886156989996,573.2025046156392,446.18874979912647],
         [129.05754561507408,-31.943076822400563,-612.4192598444697],
         [-1082.515369243094,-696.2285669553336,-137.60969613287207]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [306.37298858945746,542.3502764469231,16.711031679307446],
         [499.70033108205627,-582.3876575639537,-503.7012356693008],
         [-156.32864370084755,-572.9254781993681,-443.82574821354973],
         [-128.92161183290327,33.24226702808401,610.9841358566155],
         [1081.6784625520036,696.6597133915349,138.01545638776108]
        ]
       ]
      ]
     }
    ],
    "single_example_two_classes": [
     {
      "description": "a single example with two classes (N=1, D=5, C=2, reg=0.2, seed 330)",
      "fingerprint": [5.0,2.0,2.99899480981,3.70005522514,-0.0569763084476,1.0,5.0,1.18961609996,1.90876637556,-1.21668143011,1.0,0.0,0.0,0.0],
      "loss": 1.3864082303,
      "grad": [
       [0.6375390470073341,-0.19101225599926666],
       [0.17220094512531103,0.06412825680602297],
       [-0.7542707471176197,1.0432954727943362],
       [-0.32783342714717145,0.2889740492326047],
       [-0.2895605360418477,0.5561371192640832]
      ],
      "loss_hypotheses": [
       ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",1.2312372880867195],
       ["the regularization term is missing from the loss (add reg * np.sum(W * W))",1.0760663458752269],
       ["the regularization term is added twice",1.6967501147211976],
       ["the loss has the wrong sign",-0.7657244614522416],
       [
        "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
        2.3864082302982124
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        1.2342755385477584
       ],
       ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",0.8483750573605988],
       ["the margin delta is 0; this kit's hinge uses delta = 1",0.38640823029821214],
       [
        "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
        1.2342755385477584
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        1.3103418844229853
       ]
      ],
      "gradient_hypotheses": [
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [-0.08018704021286788,0.5267138312209354],
         [0.170776756738024,0.06555244519331002],
         [1.0839988401417087,-0.7949741144649921],
         [0.047409261016915755,-0.08626863893148251],
         [0.5953096640564427,-0.3287330808342072]
        ]
       ],
       [
        "the data gradient is averaged over N * C entries; divide by N only",
        [
         [0.45810752520228365,-0.011580734194216152],
         [0.1718448980284893,0.06448430390284474],
         [-0.2947033503027876,0.5837280759795043],
         [-0.23402275510614967,0.19516337719158292],
         [-0.06834298601727515,0.3349195692395106]
        ]
       ],
       [
        "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
        [
         [0.9964020906174351,-0.19101225599926666],
         [0.17291303931895458,0.06412825680602297],
         [-1.6734055407472839,1.0432954727943362],
         [-0.5154547712292151,0.2889740492326047],
         [-0.7319956360909929,0.5561371192640832]
        ]
       ],
       [
        "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
        [
         [0.27867600339723314,-0.19101225599926666],
         [0.17148885093166752,0.06412825680602297],
         [0.16486404651204453,1.0432954727943362],
         [-0.14021208306512786,0.2889740492326047],
         [0.15287456400729746,0.5561371192640832]
        ]
       ],
       [
        "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
        [
         [-0.08018704021286788,-0.19101225599926666],
         [0.170776756738024,0.06412825680602297],
         [1.0839988401417087,1.0432954727943362],
         [0.047409261016915755,0.2889740492326047],
         [0.5953096640564427,0.5561371192640832]
        ]
       ],
       [
        "the gradient weighs X[i] by the margin's value; the hinge's slope is 1 where the margin is violated (use margins > 0)",
        [
         [0.6648364474044167,-0.21830965639634922],
         [0.17225511152854048,0.06407409040279353],
         [-0.8241859722358089,1.1132106979125256],
         [-0.3421050971996912,0.3032457192851244],
         [-0.32321495738952666,0.5897915406117621]
        ]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * W)",
        [
         [0.358863043610101,-0.358863043610101],
         [0.0007120941936435251,-0.0007120941936435251],
         [-0.9191347936296642,0.9191347936296642],
         [-0.18762134408204362,0.18762134408204362],
         [-0.4424351000491452,0.4424351000491452]
        ]
       ],
       [
        "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
        [
         [0.49820104530871756,-0.2749376498046838],
         [0.08645651965947729,0.03170808130618972],
         [-0.8367027703736419,0.9812151332120003],
         [-0.25772738561460756,0.23829769665732417],
         [-0.36599781804549647,0.49928610965661424]
        ]
       ],
       [
        "the regularization gradient is counted twice",
        [
         [0.9162150504045673,-0.023161468388432305],
         [0.3436897960569786,0.12896860780568947],
         [-0.5894067006055752,1.1674561519590085],
         [-0.46804551021229934,0.39032675438316583],
         [-0.1366859720345503,0.6698391384790212]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-0.6375390470073341,0.19101225599926666],
         [-0.17220094512531103,-0.06412825680602297],
         [0.7542707471176197,-1.0432954727943362],
         [0.32783342714717145,-0.2889740492326047],
         [0.2895605360418477,-0.5561371192640832]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-0.08018704021286788,0.5267138312209354],
         [0.170776756738024,0.06555244519331002],
         [1.0839988401417087,-0.7949741144649921],
         [0.047409261016915755,-0.08626863893148251],
         [0.5953096640564427,-0.3287330808342072]
        ]
       ]
      ]
     }
    ],
    "all_margins_satisfied": [
     {
      "description": "inputs where every margin is satisfied (N=4, D=7, C=3, reg=0.02, seed 332)",
      "fingerprint": [7.0,3.0,29.3804706727,31.3768118437,1.5019588158,4.0,7.0,4.00489815952,5.47972437304,-1.10531005605,4.0,5.0,5.0,-1.31552721801],
      "loss": 6.00387035172,
      "grad": [
       [0.4,0.0,0.0],
       [0.0,0.4,0.0],
       [0.0,0.0,0.4],
       [0.005923540857109702,-0.00588890591177195,-0.003311018327724925],
       [-0.006613137291037535,-0.005509835603790854,0.0031676479415154524],
       [-0.004471577166404924,0.0008212251906225804,0.0029162939857769916],
       [-0.004789353516977819,-0.00934299560116977,0.002316942352636439]
      ],
      "loss_hypotheses": [
       ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",3.0019351758608885],
       ["the regularization term is missing from the loss (add reg * np.sum(W * W))",0.0],
       ["the regularization term is added twice",12.007740703443554],
       ["the regularization term is divided by N; only the data loss is averaged",1.5009675879304443],
       [
        "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
        7.003870351721777
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        17.951053709317392
       ],
       [
        "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
        27.925806966449517
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        7.994680385209607
       ],
       ["margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",-11.918066263005965]
      ],
      "gradient_hypotheses": [
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [0.65,0.25,-0.5],
         [-0.5,0.65,0.25],
         [0.5,-1.0,0.9],
         [-0.09487524551783141,0.024816244483226238,0.06678261765221802],
         [-0.06830569938093775,0.03901006096262365,0.02034031346500117],
         [-0.08868221597671876,0.07519851351410493,0.012749644472608464],
         [-0.07859137724853278,0.18881678714601172,-0.12204081666299013]
        ]
       ],
       [
        "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
        [
         [-0.09999999999999998,0.25,0.25],
         [0.25,-0.09999999999999998,0.25],
         [0.5,0.5,-0.6],
         [0.07601717683705266,-0.10668769228671307,0.02739413206727326],
         [0.01055952823244818,-0.06720239769369107,0.047687544507929946],
         [0.005361773320426548,-0.08338941361969124,0.07729358230925934],
         [-0.12914711253260439,-0.08314501933272474,0.20047672509981795]
        ]
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [-0.09999999999999998,0.25,0.25],
         [0.25,-0.09999999999999998,0.25],
         [0.5,0.5,-0.6],
         [0.07601717683705266,-0.10668769228671307,0.02739413206727326],
         [0.01055952823244818,-0.06720239769369107,0.047687544507929946],
         [0.005361773320426548,-0.08338941361969124,0.07729358230925934],
         [-0.12914711253260439,-0.08314501933272474,0.20047672509981795]
        ]
       ],
       [
        "margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",
        [
         [-0.09999999999999998,0.25,0.25],
         [0.25,-0.09999999999999998,0.25],
         [0.5,0.5,-0.6],
         [0.07601717683705266,-0.10668769228671307,0.02739413206727326],
         [0.01055952823244818,-0.06720239769369107,0.047687544507929946],
         [0.005361773320426548,-0.08338941361969124,0.07729358230925934],
         [-0.12914711253260439,-0.08314501933272474,0.20047672509981795]
        ]
       ],
       [
        "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
        [
         [0.15000000000000002,0.0,0.0],
         [0.0,0.15000000000000002,0.0],
         [0.0,0.0,-0.09999999999999998],
         [0.007759288355475034,-0.06101729919836797,-0.01460476602434118],
         [-0.011735332710892894,-0.03692044022810819,0.007161196202636351],
         [0.004973419642811805,-0.021081774432542454,0.03387593674054401],
         [-0.020442118040066327,-0.00814384836290108,0.09417002508381729]
        ]
       ],
       [
        "the correct class's column gets -X[i] for every class j != y[i]; only the classes whose margin is violated (margin > 0) count",
        [
         [-0.09999999999999998,0.0,0.0],
         [0.0,-0.09999999999999998,0.0],
         [0.0,0.0,-0.6],
         [0.009595035853840366,-0.116145692484964,-0.025898513720957434],
         [-0.016857528130748256,-0.06833104485242553,0.011154744463757249],
         [0.014418416452028534,-0.04298477405570749,0.06483557949531103],
         [-0.03609488256315484,-0.0069447011246323905,0.18602310781499815]
        ]
       ],
       [
        "the correct class's coefficient is -1 for every example; it must be minus the number of classes whose margin is violated (coeffs[rows, y] = -coeffs.sum(axis=1))",
        [
         [0.15000000000000002,0.0,0.0],
         [0.0,0.15000000000000002,0.0],
         [0.0,0.0,-0.09999999999999998],
         [0.007759288355475034,-0.06101729919836797,-0.01460476602434118],
         [-0.011735332710892894,-0.03692044022810819,0.007161196202636351],
         [0.004973419642811805,-0.021081774432542454,0.03387593674054401],
         [-0.020442118040066327,-0.00814384836290108,0.09417002508381729]
        ]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * W)",
        [
         [0.0,0.0,0.0],
         [0.0,0.0,0.0],
         [0.0,0.0,0.0],
         [0.0,0.0,0.0],
         [0.0,0.0,0.0],
         [0.0,0.0,0.0],
         [0.0,0.0,0.0]
        ]
       ],
       [
        "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
        [
         [0.2,0.0,0.0],
         [0.0,0.2,0.0],
         [0.0,0.0,0.2],
         [0.002961770428554851,-0.002944452955885975,-0.0016555091638624625],
         [-0.0033065686455187675,-0.002754917801895427,0.0015838239707577262],
         [-0.002235788583202462,0.0004106125953112902,0.0014581469928884958],
         [-0.0023946767584889094,-0.004671497800584885,0.0011584711763182195]
        ]
       ],
       [
        "the regularization gradient is counted twice",
        [
         [0.8,0.0,0.0],
         [0.0,0.8,0.0],
         [0.0,0.0,0.8],
         [0.011847081714219405,-0.0117778118235439,-0.00662203665544985],
         [-0.01322627458207507,-0.011019671207581709,0.006335295883030905],
         [-0.008943154332809847,0.0016424503812451608,0.005832587971553983],
         [-0.009578707033955637,-0.01868599120233954,0.004633884705272878]
        ]
       ],
       [
        "the regularization gradient is divided by N; only the data gradient is averaged",
        [
         [0.1,0.0,0.0],
         [0.0,0.1,0.0],
         [0.0,0.0,0.1],
         [0.0014808852142774256,-0.0014722264779429876,-0.0008277545819312313],
         [-0.0016532843227593838,-0.0013774589009477136,0.0007919119853788631],
         [-0.001117894291601231,0.0002053062976556451,0.0007290734964442479],
         [-0.0011973383792444547,-0.0023357489002924425,0.0005792355881591097]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-0.4,-0.0,-0.0],
         [-0.0,-0.4,-0.0],
         [-0.0,-0.0,-0.4],
         [-0.005923540857109702,0.00588890591177195,0.003311018327724925],
         [0.006613137291037535,0.005509835603790854,-0.0031676479415154524],
         [0.004471577166404924,-0.0008212251906225804,-0.0029162939857769916],
         [0.004789353516977819,0.00934299560116977,-0.002316942352636439]
        ]
       ]
      ]
     }
    ]
   }
  },
  "squared_hinge": {
   "main": [
    {
     "description": "a small image batch (N=20, D=13, C=4, reg=0, seed 301)",
     "fingerprint": [13.0,4.0,-0.0758780212397,0.402647993925,0.0581142846829,20.0,13.0,20.0,10504.7,344.559552361,20.0,30.0,30.0,2.12118734095],
     "loss": 19.1212298165,
     "grad": [
      [7.283463807997963,72.58383190054136,-169.03918695783136,89.17189124929202],
      [65.62793684645322,160.69861994469355,-387.49956629384076,161.173009502694],
      [20.788185054396877,138.14883822514665,-296.8034795719133,137.86645629236972],
      [-17.633742232645126,118.21093002463354,-171.11232834141282,70.53514054942441],
      [99.77984126305611,-62.387530198929426,-63.31591303015248,25.923601966025778],
      [122.39783096043008,-78.81258957169034,-30.810249361294314,-12.774992027445421],
      [69.43316824538213,-40.847300009272125,-1.5039575530681009,-27.081910683041894],
      [104.2971527158036,-42.415896041928654,-86.88849536939775,25.007238695522805],
      [111.03405991562934,299.65638853281473,-422.15114743206476,11.460698983620635],
      [112.18885308955842,208.85438003336634,-395.5802543856214,74.53702126269658],
      [183.95841903308593,237.58364699189778,-546.8604807371228,125.31841471213906],
      [170.86949514415213,217.14468806416522,-468.7572072383149,80.74302402999754],
      [1.0843416222324034,0.964681795191421,-3.9238975350020886,1.8748741175782642]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",382.42459632911607],
      ["the data loss is divided by N twice",0.9560614908227901],
      ["the loss has the wrong sign",-19.121229816455802],
      [
       "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
       20.121229816455802
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       31.959008006813303
      ],
      ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",4.7803074541139505],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",0.47659203147765794],
      ["the margin delta is 0; this kit's hinge uses delta = 1",10.707191654369769],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       10.823207821784143
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       21.34679489030042
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       22.343972699501407
      ],
      ["margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",25.328286804925057],
      [
       "the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) and then sums",
       47.87826571865607
      ],
      ["the margins are not squared (this is the plain hinge loss); the squared hinge sums max(0, margin) ** 2",5.046016030394297]
     ],
     "gradient_hypotheses": [
      [
       "the factor 2 of the derivative of m ** 2 = 2 * m is missing",
       [
        [3.6417319039989815,36.29191595027068,-84.51959347891568,44.58594562464601],
        [32.81396842322661,80.34930997234677,-193.74978314692038,80.586504751347],
        [10.394092527198438,69.07441911257332,-148.40173978595664,68.93322814618486],
        [-8.816871116322563,59.10546501231677,-85.55616417070641,35.267570274712206],
        [49.88992063152806,-31.193765099464713,-31.65795651507624,12.961800983012889],
        [61.19891548021504,-39.40629478584517,-15.405124680647157,-6.387496013722711],
        [34.71658412269107,-20.423650004636063,-0.7519787765340504,-13.540955341520947],
        [52.1485763579018,-21.207948020964327,-43.44424768469887,12.503619347761402],
        [55.51702995781467,149.82819426640737,-211.07557371603238,5.730349491810317],
        [56.09442654477921,104.42719001668317,-197.7901271928107,37.26851063134829],
        [91.97920951654297,118.79182349594889,-273.4302403685614,62.65920735606953],
        [85.43474757207606,108.57234403208261,-234.37860361915745,40.37151201499877],
        [0.5421708111162017,0.4823408975957105,-1.9619487675010443,0.9374370587891321]
       ]
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [251.1364040551035,-171.2667533177599,192.52495296113324,-272.39460369847677],
        [196.71701138355084,-195.5516016712292,247.1196664295553,-248.28507614187706],
        [217.4971859153061,-186.9796621221055,289.2350188501834,-319.752542643384],
        [202.66067831434827,-115.77603884429429,295.5356376536369,-382.420277123691],
        [-294.1082748329627,27.402521043609404,-184.54815928026125,451.25391306961455],
        [-258.5257279532108,53.83235015736417,-341.0735644297188,545.7669422255655],
        [-284.1433965329701,107.92450980782755,-269.20703138091096,445.4259181060535],
        [-85.18925902947089,-17.800351947444874,-243.5539599972339,346.5435709741497],
        [81.57903441323663,89.53203106786977,-537.8434124781763,366.73234699706984],
        [80.73549191883146,-59.53514297478273,-369.89783940996506,348.6974904659163],
        [24.744738995732916,-100.42684580401604,-262.79737553965924,338.4794823479425],
        [53.22080852947015,-27.27664994059673,-488.5147613949868,462.5706028061134],
        [0.48651474579620624,2.107009231561552,-0.2750062094284636,-2.3185177679292934]
       ]
      ],
      [
       "the data gradient is averaged over N * C entries; divide by N only",
       [
        [1.8208659519994908,18.14595797513534,-42.25979673945784,22.292972812323004],
        [16.406984211613306,40.17465498617339,-96.87489157346019,40.2932523756735],
        [5.197046263599219,34.53720955628666,-74.20086989297832,34.46661407309243],
        [-4.4084355581612815,29.552732506158385,-42.778082085353205,17.633785137356103],
        [24.94496031576403,-15.596882549732356,-15.82897825753812,6.4809004915064445],
        [30.59945774010752,-19.703147392922585,-7.702562340323579,-3.1937480068613553],
        [17.358292061345534,-10.211825002318031,-0.3759893882670252,-6.7704776707604735],
        [26.0742881789509,-10.603974010482164,-21.722123842349436,6.251809673880701],
        [27.758514978907336,74.91409713320368,-105.53778685801619,2.8651747459051586],
        [28.047213272389605,52.213595008341585,-98.89506359640535,18.634255315674146],
        [45.98960475827148,59.395911747974445,-136.7151201842807,31.329603678034765],
        [42.71737378603803,54.286172016041306,-117.18930180957872,20.185756007499386],
        [0.27108540555810084,0.24117044879785526,-0.9809743837505221,0.46871852939456604]
       ]
      ],
      [
       "the margin delta is 0; this kit's hinge uses delta = 1",
       [
        [15.808300712660209,47.11608405009011,-131.71907085865146,68.79468609590117],
        [59.561692611620074,106.72299305109334,-292.9424149995906,126.6577293368772],
        [27.323561397148303,90.51725500664578,-223.08402582385088,105.24320942005681],
        [-1.1124602763279292,82.65421371437135,-132.4170761843292,50.87532274628579],
        [60.52148032561867,-28.19697221704119,-46.405366441494394,14.080858332916913],
        [74.10440335047197,-44.58054971984451,-16.953112831981947,-12.570740798645502],
        [39.35305059566126,-24.100969969009277,1.8199702385009313,-17.072050865152903],
        [65.60218484896157,-15.41194462993739,-68.99817963221764,18.807939413193477],
        [81.42246689151595,190.77279032861975,-309.4691912554696,37.273934035333845],
        [88.33794379471905,125.95381081030091,-296.7720095773346,82.48025497231464],
        [136.74103182303466,160.29118308886544,-406.31353177463626,109.28131686273613],
        [124.83803217627035,134.76124925270858,-342.8125748211375,83.21329339215859],
        [0.8053448299477267,0.9689005324588891,-3.272674503729559,1.4984291413229422]
       ]
      ],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       [
        [-38.654993617802646,33.4388559755459,-77.15508485925547,82.37122250151222],
        [-39.569452974322026,101.57163175257081,-162.02860000044296,100.0264212221942],
        [-50.239240868312855,62.910054728719345,-122.39123624809591,109.72042238768941],
        [-62.96319461388724,80.2022765887406,-50.798101826176485,33.55901985132313],
        [82.96108700170629,-56.0495138908699,-44.99902861022696,18.08745549939055],
        [102.92746391854571,-26.07600732663297,-48.11930311085865,-28.73215348105409],
        [82.21386951720467,-31.71836146168979,-26.793861612516018,-23.70164644299887],
        [60.6104371982614,-18.165832836551715,-55.00459278564237,12.559988423932698],
        [62.77847554244825,211.52496783825714,-244.26637425331052,-30.03706912739487],
        [52.09770255691431,110.21786764162691,-225.74485317719433,63.4292829786531],
        [64.36683539127223,164.7542701928225,-283.66477750006277,54.543671915968105],
        [77.08226308511956,164.485731780519,-261.3936028222569,19.825607956618356],
        [-1.219363299973661,0.9265660340240822,-0.14546559250063468,0.4382628584502134]
       ]
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       [
        [-320.39520929285425,187.59623087182896,-54.930883819518385,187.7298622405437],
        [-239.912880090004,100.3617677913044,-81.66057438927,221.21168668796955],
        [-330.81971920194457,166.72430399642246,-90.80523875537116,254.90065396089318],
        [-339.4963761289277,183.1194354959329,-95.31570337252776,251.69264400552257],
        [375.1350411236459,-219.25759435198415,27.73937957300553,-183.6168263446673],
        [451.98166978156416,-264.2364033493081,80.48081108511275,-268.2260775173688],
        [404.47422031120396,-255.10412610778354,72.26844496277377,-221.6385391661942],
        [282.46872463201174,-114.59880052110478,29.293485580262463,-197.16340969116942],
        [312.71862757079253,-28.69357500482696,97.37453428836999,-381.3995868543356],
        [202.90236866188644,19.401497310618822,60.55683984615522,-282.86070581866045],
        [246.75970239580488,-92.3762608310803,14.759716572214447,-169.143158136939],
        [352.1736408609047,-65.58856679433525,84.10710589988544,-370.6921799664549],
        [-2.2580587050188448,1.0598160766043772,2.31195106495943,-1.1137084365449623]
       ]
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [-156.08681734597465,77.32241771740271,-56.31008675002222,135.0744863785941],
        [-145.50742817468466,62.576898229708625,-110.13722429327981,193.06775423825587],
        [-192.22571259309038,47.47079744244429,-49.16668926162019,193.9216044122664],
        [-238.0357279770664,53.296472283165045,44.78437275429873,139.95488293960264],
        [292.94880256161383,-135.17490322256577,-131.08564739656705,-26.688251942481013],
        [369.7861746908742,-73.49093060694842,-186.23290087835176,-110.06234320557405],
        [278.0778582512582,-84.671444433637,-95.60317298000705,-97.8032408376142],
        [240.5045831478658,6.1155127394959425,-159.7188732489489,-86.9012226384128],
        [202.51783651006258,294.47982147505337,-218.33338286307804,-278.664275122038],
        [203.7718306600539,184.59425960004725,-269.55912821778486,-118.80696204231637],
        [231.46016121135327,127.07186045728182,-317.3413691695108,-41.190652499124184],
        [290.8325570444851,213.50598601739512,-321.0782813923448,-183.26026166953528],
        [-2.1935952188299908,0.45174899960400505,3.118459762526588,-1.3766135433006024]
       ]
      ],
      [
       "margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",
       [
        [157.7409790907893,-11.1069281051592,-140.35986162314964,-6.274189362480483],
        [178.38958225089112,120.25771426489992,-351.93200296709205,53.284706451300984],
        [177.97994134630056,63.69691903073404,-257.5900795126171,15.91321913558246],
        [158.91386239961545,34.67174284617672,-121.73976504958662,-71.84584019620557],
        [-108.03548435976568,44.640793365723034,-75.15929630646134,138.553987300504],
        [-130.354061632578,47.878664897382016,-68.22155459716683,150.69695133236286],
        [-146.29686930489032,75.23241520254138,-33.99998422947264,105.06443833182156],
        [-36.55681699479992,23.519183621250285,-107.42357318983059,120.46120656338023],
        [-52.37656704718304,359.5939619795559,-469.8301620367894,162.6127671044165],
        [-22.311538901513774,243.93136218292562,-428.745310414847,207.12548713343512],
        [54.356343164720684,306.2385956954944,-554.4863928347179,193.89145397450272],
        [-22.26207542022226,294.7734826578002,-518.3688877280965,245.85748049051864],
        [2.826001566894501,-0.20539532407277522,-4.9087964428165005,2.2881901999947747]
       ]
      ],
      [
       "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
       [
        [-15.26653619200204,91.23383190054138,-182.08918695783137,106.12189124929202],
        [51.92793684645325,180.29861994469354,-416.79956629384077,184.573009502694],
        [-1.661814945603132,160.49883822514664,-321.8534795719133,163.01645629236972],
        [-41.433742232645116,139.11093002463355,-186.71232834141284,89.03514054942443],
        [129.95484126305612,-83.51253019892941,-65.44091303015247,18.99860196602578],
        [158.62283096043012,-103.48758957169034,-28.78524936129431,-26.34999202744542],
        [100.05816824538213,-62.122300009272124,2.721042446931885,-40.656910683041886],
        [130.5721527158036,-53.74089604192866,-89.61349536939774,12.7822386955228],
        [137.38405991562936,327.30638853281476,-443.8011474320648,-20.889301016379363],
        [127.46385308955841,233.2293800333664,-416.80525438562137,56.11202126269659],
        [210.43341903308593,252.1586469918978,-580.4854807371228,117.89341471213905],
        [202.26949514415216,236.24468806416516,-495.3572072383149,56.84302402999752],
        [0.5843416222324034,0.4646817951914211,-4.423897535002089,1.3748741175782642]
       ]
      ],
      [
       "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
       [
        [45.9384574258006,12.018979866827323,-7.970159544771947,57.7808568792738],
        [105.19738982077527,74.58060339695605,-14.994956038756547,121.00823117393888],
        [71.02742592270974,51.958361992503704,-1.6512377942261327,92.63474999506147],
        [45.32945238124212,47.92611189145491,23.28844250644557,50.47374633437462],
        [16.818754261349827,19.768779574021426,-27.827142795544706,31.949341721388112],
        [19.47036704188438,2.1305039212195256,-61.43648328820443,1.449909585476354],
        [-12.780701271822535,12.689597691391935,-44.80072434927117,-5.56230207945853],
        [43.6867155175422,27.705562273652312,-27.717409446829453,44.531943745165364],
        [48.25558437318111,183.56980818056488,-134.57040381023955,78.18769802780199],
        [60.09115053264411,115.80529096551804,-105.36893579735711,99.63593495494413],
        [119.59158364181368,158.38831023771257,-113.8381695877355,142.98077067098805],
        [93.78723205903256,141.93894260523987,-128.68602779814856,111.80353734511473],
        [2.3037049222060646,2.798963986518344,2.3673788323797496,2.6219843196844344]
       ]
      ],
      [
       "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
       [
        [84.59345104360325,-48.545872166886724,153.0988678682875,26.389822509255584],
        [144.7668427950973,-11.53741315078149,357.5096542163277,80.84345284518383],
        [121.26666679102259,-34.23211424013923,293.501003983461,47.403043697753205],
        [108.29264699512939,-22.358706241723695,217.68921335430394,30.412352119324805],
        [-66.14233274035647,101.92508934697227,7.661627439063072,37.97508147675045],
        [-83.45709687666132,83.07359741412941,-92.06271721511456,15.674811198398132],
        [-94.99457078902721,66.226495392056,-88.09749114547422,15.95730652412484],
        [-16.923721680719193,97.82702058923329,31.453676475738842,64.05664879480794],
        [-14.52289116926713,67.48322782831501,153.01033981158562,144.91469707198334],
        [7.993447975729815,22.756201897669726,184.84238279090715,124.73484864719171],
        [55.224748250541474,79.1929734835274,319.1841415616517,160.64312662983704],
        [16.704968973912997,66.73319714631455,211.3851516420178,142.86405066023192],
        [3.523068222179725,4.633246177845266,8.658655199761588,3.369094521790604]
       ]
      ],
      [
       "the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) and then sums",
       [
        [98.12663551426584,275.0950953914603,-505.11694065508965,131.89520974936357],
        [263.8888836754826,573.6221386270838,-1164.0623943386684,326.5513720361017],
        [170.72172104817204,496.49276780686694,-921.4079606973916,254.1934718423525],
        [65.3507276768068,380.9958614563302,-590.5239360628665,144.1773469297296],
        [177.84967359928768,-182.1979259189052,-107.27108793257878,111.61934025219628],
        [157.66968307926047,-263.655972387433,69.89433135509452,36.09195795307797],
        [76.5192075727116,-166.4530584456578,101.21332857206859,-11.279477699122372],
        [200.24048151734573,-142.00608405546714,-168.0022366503853,109.76783918850667],
        [256.97665760230063,679.8634649324791,-1041.6072867601738,104.76716422539396],
        [256.5888872954551,587.1285442659319,-1015.7807473895555,172.06331582816838],
        [434.2685349546288,672.1959522026372,-1442.6291055936194,336.164618436353],
        [366.3658867668435,572.3307394315767,-1172.5015468645438,233.80492066612382],
        [6.556364460733914,1.8853707935084274,-15.820183610844932,7.378448356602592]
       ]
      ],
      [
       "the gradient is the plain hinge's (1 where the margin is violated); the squared hinge's slope is 2 * margin",
       [
        [-7.3050000000000015,17.520000000000007,-16.039999999999996,5.824999999999999],
        [0.6300000000000004,31.979999999999997,-46.70999999999999,14.099999999999998],
        [-6.145,27.979999999999997,-35.50999999999999,13.675],
        [-10.4,20.25,-18.4,8.55],
        [22.2575,-22.304999999999993,-8.915,8.9625],
        [25.452499999999997,-19.435,-7.354999999999999,1.3374999999999986],
        [17.5325,-12.704999999999998,-2.3649999999999975,-2.462500000000001],
        [22.1175,-14.594999999999999,-11.084999999999999,3.562500000000001],
        [14.814999999999998,60.09000000000001,-58.08,-16.825],
        [9.907499999999999,45.095,-48.865000000000016,-6.137500000000001],
        [23.9575,42.445,-72.06500000000003,5.6625],
        [23.330000000000002,46.730000000000004,-64.75999999999998,-5.3],
        [0.15,-0.1,-0.3,0.25]
       ]
      ],
      [
       "the correct class's coefficient is minus the number of violated margins; for the squared hinge it is minus the sum of the other classes' 2 * margin",
       [
        [34.663457425800615,30.053979866827326,-27.545159544771955,64.8208568792738],
        [98.34738982077528,100.97060339695607,-58.94495603875653,130.0682311739389],
        [59.80242592270972,77.7233619925037,-39.22623779422613,102.94474999506147],
        [33.42945238124212,68.02611189145492,-0.11155749355443376,58.12374633437461],
        [31.90625426134983,-5.058720425978569,-31.0146427955447,30.489341721388108],
        [37.58286704188438,-21.66199607878047,-58.39898328820442,-3.9200904145236466],
        [2.5317987281774643,-4.862902308608065,-38.463224349271165,-12.522302079458528],
        [56.824215517542186,7.808062273652316,-31.804909446829452,40.59194374516536],
        [61.43058437318113,217.61480818056484,-167.04540381023955,62.96769802780201],
        [67.72865053264412,142.92779096551806,-137.20643579735713,92.27593495494415],
        [132.82908364181364,181.26081023771258,-164.27566958773554,140.22077067098806],
        [109.48723205903256,165.92894260523988,-168.58602779814854,102.36353734511474],
        [2.0537049222060646,2.2489639865183437,1.6173788323797496,2.4219843196844346]
       ]
      ],
      [
       "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
       [
        [-10.589671941218478,0.0,10.589671941218478,0.0],
        [-10.250061470800395,0.0,10.250061470800395,0.0],
        [2.562515367700098,0.0,-2.562515367700098,0.0],
        [-19.450417851217615,0.0,19.450417851217615,0.0],
        [25.30098004614736,0.0,-25.30098004614736,0.0],
        [28.913200504230634,0.0,-28.913200504230634,0.0],
        [24.22040127663527,0.0,-24.22040127663527,0.0],
        [25.794958912210024,0.0,-25.794958912210024,0.0],
        [19.4195441720887,0.0,-19.4195441720887,0.0],
        [20.361191385520662,0.0,-20.361191385520662,0.0],
        [16.038876307472304,0.0,-16.038876307472304,0.0],
        [21.54982803198396,0.0,-21.54982803198396,0.0],
        [-0.3087367912891685,0.0,0.3087367912891685,0.0]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [145.66927615995925,1451.676638010827,-3380.7837391566272,1783.4378249858403],
        [1312.5587369290645,3213.972398893871,-7749.991325876816,3223.4601900538796],
        [415.76370108793753,2762.976764502933,-5936.069591438265,2757.3291258473946],
        [-352.6748446529025,2364.2186004926707,-3422.2465668282566,1410.7028109884882],
        [1995.5968252611224,-1247.7506039785885,-1266.3182606030496,518.4720393205156],
        [2447.9566192086018,-1576.2517914338068,-616.2049872258863,-255.49984054890842],
        [1388.6633649076427,-816.9460001854425,-30.07915106136202,-541.6382136608379],
        [2085.943054316072,-848.3179208385731,-1737.7699073879548,500.1447739104561],
        [2220.6811983125867,5993.127770656294,-8443.022948641295,229.21397967241268],
        [2243.7770617911683,4177.087600667327,-7911.605087712428,1490.7404252539318],
        [3679.1683806617184,4751.672939837956,-10937.209614742456,2506.3682942427813],
        [3417.3899028830424,4342.893761283304,-9375.144144766298,1614.8604805999507],
        [21.68683244464807,19.29363590382842,-78.47795070004177,37.49748235156528]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [0.36417319039989815,3.6291915950270677,-8.451959347891568,4.458594562464601],
        [3.2813968423226614,8.034930997234678,-19.374978314692036,8.0586504751347],
        [1.0394092527198437,6.907441911257332,-14.840173978595663,6.893322814618486],
        [-0.8816871116322563,5.910546501231677,-8.555616417070642,3.5267570274712208],
        [4.988992063152805,-3.119376509946471,-3.165795651507624,1.296180098301289],
        [6.119891548021505,-3.940629478584517,-1.5405124680647158,-0.6387496013722711],
        [3.4716584122691065,-2.0423650004636063,-0.07519787765340505,-1.3540955341520946],
        [5.21485763579018,-2.120794802096433,-4.344424768469887,1.2503619347761403],
        [5.551702995781467,14.982819426640736,-21.10755737160324,0.5730349491810317],
        [5.609442654477921,10.442719001668317,-19.77901271928107,3.7268510631348293],
        [9.197920951654297,11.879182349594888,-27.34302403685614,6.265920735606953],
        [8.543474757207607,10.857234403208261,-23.437860361915746,4.037151201499877],
        [0.05421708111162017,0.04823408975957105,-0.19619487675010444,0.0937437058789132]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-7.283463807997963,-72.58383190054136,169.03918695783136,-89.17189124929202],
        [-65.62793684645322,-160.69861994469355,387.49956629384076,-161.173009502694],
        [-20.788185054396877,-138.14883822514665,296.8034795719133,-137.86645629236972],
        [17.633742232645126,-118.21093002463354,171.11232834141282,-70.53514054942441],
        [-99.77984126305611,62.387530198929426,63.31591303015248,-25.923601966025778],
        [-122.39783096043008,78.81258957169034,30.810249361294314,12.774992027445421],
        [-69.43316824538213,40.847300009272125,1.5039575530681009,27.081910683041894],
        [-104.2971527158036,42.415896041928654,86.88849536939775,-25.007238695522805],
        [-111.03405991562934,-299.65638853281473,422.15114743206476,-11.460698983620635],
        [-112.18885308955842,-208.85438003336634,395.5802543856214,-74.53702126269658],
        [-183.95841903308593,-237.58364699189778,546.8604807371228,-125.31841471213906],
        [-170.86949514415213,-217.14468806416522,468.7572072383149,-80.74302402999754],
        [-1.0843416222324034,-0.964681795191421,3.9238975350020886,-1.8748741175782642]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-7.283463807997963,-72.58383190054136,169.03918695783136,-89.17189124929202],
        [-65.62793684645322,-160.69861994469355,387.49956629384076,-161.173009502694],
        [-20.788185054396877,-138.14883822514665,296.8034795719133,-137.86645629236972],
        [17.633742232645126,-118.21093002463354,171.11232834141282,-70.53514054942441],
        [-99.77984126305611,62.387530198929426,63.31591303015248,-25.923601966025778],
        [-122.39783096043008,78.81258957169034,30.810249361294314,12.774992027445421],
        [-69.43316824538213,40.847300009272125,1.5039575530681009,27.081910683041894],
        [-104.2971527158036,42.415896041928654,86.88849536939775,-25.007238695522805],
        [-111.03405991562934,-299.65638853281473,422.15114743206476,-11.460698983620635],
        [-112.18885308955842,-208.85438003336634,395.5802543856214,-74.53702126269658],
        [-183.95841903308593,-237.58364699189778,546.8604807371228,-125.31841471213906],
        [-170.86949514415213,-217.14468806416522,468.7572072383149,-80.74302402999754],
        [-1.0843416222324034,-0.964681795191421,3.9238975350020886,-1.8748741175782642]
       ]
      ]
     ]
    },
    {
     "description": "a small image batch (N=24, D=13, C=5, reg=2, seed 302)",
     "fingerprint": [13.0,5.0,0.085796282333,0.449136441759,0.00237011029917,24.0,13.0,24.0,18672.4166667,-247.187719846,24.0,46.0,46.0,-6.58141238698],
     "loss": 7.30188256463,
     "grad": [
      [37.68653700282574,74.52751332937984,-131.1470465915232,-129.82647418179334,148.72926062946337],
      [75.23381781404959,-33.566078485451676,-70.11326459540713,-143.94372315833695,172.38375862334817],
      [78.25576844823944,-34.204937235888295,-70.2033799422244,-142.21155435360865,168.41575537326221],
      [98.65532431537659,66.18268990817057,-107.61168301937124,-125.96653755559782,68.76334216996308],
      [79.32096131561595,37.444190074493925,-54.68899619253022,-36.50757604820047,-25.494684290069635],
      [67.75647693316645,59.518347469719416,-82.54330232628297,-33.71649368246602,-11.056422056031069],
      [75.54963961487208,-10.524335619557382,-15.222874423244546,-18.14265482916589,-31.548564458792175],
      [71.60428306475595,43.104648262355305,-55.033934400678476,-20.555948976714475,-39.17759213837349],
      [66.18270486229649,-391.08493333009767,138.63629220887123,-53.53567023371003,239.86670909464817],
      [78.87338598055732,-367.0022286111672,128.8149344574539,-53.1686472533757,212.4477971965403],
      [60.618889647572836,-329.0844752111717,115.07165878024553,-28.05047030150499,181.4341901893188],
      [66.91917512521168,-340.061528460176,107.80368243668644,-48.73102512855163,214.1533942718761],
      [-0.33743673843645167,-1.205216767024175,1.5455239065174933,0.7939557565017088,-0.681732537498641]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",175.01091894672635],
      ["the data loss is divided by N twice",0.31400604870788207],
      ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",7.296789899316435],
      ["the regularization term is missing from the loss (add reg * np.sum(W * W))",7.291697234004249],
      ["the regularization term is added twice",7.3120678952529925],
      ["the regularization term is divided by N; only the data loss is averaged",7.2921216227802645],
      ["the loss has the wrong sign",-7.281511903379878],
      [
       "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
       8.301882564628622
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       59.43321778007316
      ],
      ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",1.4685247774252215],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",0.2604170996721657],
      ["the margin delta is 0; this kit's hinge uses delta = 1",2.768106024729215],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       5.9016532564256945
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       41.93985427309992
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       42.62361039803662
      ],
      ["margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",20.844420056091465],
      [
       "the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) and then sums",
       13.79979534987006
      ],
      ["the margins are not squared (this is the plain hinge loss); the squared hinge sums max(0, margin) ** 2",3.1374282627538896]
     ],
     "gradient_hypotheses": [
      [
       "the factor 2 of the derivative of m ** 2 = 2 * m is missing",
       [
        [18.85081973727636,37.267843303550656,-65.57385451714268,-64.93755181917001,74.36253348383812],
        [37.61856774658633,-16.79108570849743,-35.06088232043844,-71.97517441622061,86.20308489677215],
        [39.134376860823245,-17.10255654332098,-35.1078338247654,-71.06702967248914,84.1946954695326],
        [49.353505508197145,33.10561076288355,-53.81464775193994,-62.9907548197518,34.3694221191522],
        [39.67129591343592,18.7120689966584,-27.329513274241123,-18.238459837036636,-12.741496939507023],
        [33.908214608999415,29.72475018887712,-41.31108051706839,-16.85311558944078,-5.510162353261544],
        [37.77572710340522,-5.248984504531241,-7.591385683750752,-9.058952930827914,-15.765193700183223],
        [35.79901139605639,21.531532163305926,-27.52418211974905,-10.27772614299008,-19.587179485278384],
        [33.07396800675411,-195.52832018624557,69.35600780582315,-26.786261082205673,119.94970805788215],
        [39.423526043114,-183.5284823014549,64.4199850799159,-26.571666612859286,106.22187956129282],
        [30.29992442734103,-164.52541634942682,57.5425420840187,-14.032397336081711,90.70514027860926],
        [33.48649993129826,-170.0248316162558,53.896547348790335,-24.381422932173123,107.1069055133869],
        [-0.15215240295106597,-0.6027885170673323,0.7916053069341115,0.44892620635830727,-0.3704969732140863]
       ]
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [625.325901584988,-246.6137290234047,-532.3157480413759,120.58012269824158,32.99324296990354],
        [284.7377328895731,-220.74191529062114,-472.3448191417134,123.55611246958038,284.7873992713831],
        [288.44156559588043,-236.82719100972008,-431.7817235941665,118.38194224329288,261.83705905449375],
        [600.9385016214277,-195.9046127718736,-684.4897931595011,132.76486853437424,146.71417159411394],
        [339.9271867877481,-163.62965889571154,-395.9124348440707,39.389573849095804,180.2992279622478],
        [389.5857195110527,-216.68008286871338,-322.02226930508857,7.78043910887696,141.29479989197813],
        [48.85138242533212,-193.87728809059027,-18.29437771714769,-61.83155799089862,225.26305165741653],
        [306.0086010311386,-220.5825087538552,-258.8721617944281,-9.370526974531625,182.75805230302115],
        [-1358.9120422862634,-538.5754191516447,1417.799648685381,-297.4063581418077,777.1592734963428],
        [-1287.4165897574762,-520.294361866398,1336.0618771774837,-292.5668533988339,764.1811696152326],
        [-1242.14728698787,-561.6193814694924,1427.2092499238922,-318.004328080579,694.5515397185097],
        [-1192.5849493726967,-531.2748722598824,1318.0936925930782,-299.2798535537914,705.1296808383382],
        [-3.1282942009178054,1.2602399746597404,-3.3908851365141026,4.910251088505651,0.4637818943264508]
       ]
      ],
      [
       "the data gradient is averaged over N * C entries; divide by N only",
       [
        [7.549389377946733,14.912041288053137,-26.229939272514358,-26.00419840159602,29.742497196462963],
        [15.049417706108375,-6.7260900423248815,-14.029452955457218,-28.7940451709508,34.494680660826546],
        [15.66154190837353,-6.841128127780589,-14.050506154290007,-28.38031486381744,33.66205952729484],
        [19.772414223889477,13.25936327571134,-21.53642659148115,-25.20528517824419,13.733070088665674],
        [15.8814966721279,7.472796349957086,-10.913823523267661,-7.276990110338333,-5.089584529169458],
        [13.599257214499197,11.848591820371741,-16.571747431539652,-6.735088733625632,-2.1824065315998284],
        [15.111379596525104,-2.0837738355155566,-3.012492440054476,-3.6087317918251305,-6.295171245017853],
        [14.315848394836662,8.5876625038763,-11.018330751191396,-4.110792442755444,-7.832931893421321],
        [13.20872589342868,-78.19435229993427,27.78783716399431,-10.736615591303059,47.999507435822544],
        [15.753610080648007,-73.44423451562751,25.78301545339311,-10.613478228549436,42.48632898014434],
        [12.108545295201946,-65.7899810323799,23.025072066282608,-5.6215535568277435,36.26771033218354],
        [13.426894814950208,-68.00281350990367,21.55226629605267,-9.771661614346018,42.879012258293386],
        [-0.04098180165983455,-0.2413315670932267,0.3392541471840824,0.24190847627226636,-0.18375563464335348]
       ]
      ],
      [
       "the margin delta is 0; this kit's hinge uses delta = 1",
       [
        [26.797832594279804,58.291128139394665,-67.6095475822613,-73.81462558124772,56.305002618187004],
        [36.77084434904904,-5.126556326636323,-23.245233995881694,-72.48239114355779,64.07784731522878],
        [34.5884460844523,-3.16458284633631,-22.991916314912082,-70.39963828004171,62.01934364661816],
        [45.8541335750783,54.30693414952473,-59.129664604285814,-63.87524074664757,22.8669734448715],
        [26.939042318871696,25.977204623543997,-34.92035982291379,-9.421824235332222,-8.500168024860137],
        [25.349297448957536,42.033482953039794,-49.12989486992767,-14.116932199386442,-4.177346994577382],
        [29.043280760194246,-2.4329387331247245,-8.406922063057795,-4.962009095827796,-13.130200584071837],
        [24.794940315465357,27.973341246793943,-35.25108066290637,-1.6970767205772896,-15.878668367430835],
        [21.379644121476918,-222.20636989694566,141.65853261604292,-24.40997087870092,83.64326664013488],
        [25.987198737951037,-205.50239580529583,131.76638374595032,-24.591863611564378,72.3059187029674],
        [17.602130542559667,-181.6950954864972,119.03312770967369,-9.70020413137451,54.74983447009882],
        [21.587061959122096,-187.66132328796516,117.43188507446514,-24.74603168185871,73.47210618128321],
        [-0.14563221998940853,-1.021255021138166,1.2085143249907915,0.4503992003930047,-0.3769326641962875]
       ]
      ],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       [
        [50.28087325265565,81.53591312058386,-99.47968941069352,-131.49257926732628,99.12527249313274],
        [71.69783103970323,0.8321377059328366,-38.61701180676114,-133.74484399129497,99.82639725062208],
        [69.94708797422172,0.8547490988239806,-36.60821047332138,-128.8190075630701,94.67703325312613],
        [83.3129108869252,63.92024567708841,-90.55679148575386,-118.11011277485157,61.456883515133015],
        [52.02153814820357,20.466618689448104,-55.99157837278606,-19.22647517564067,2.803791570084588],
        [43.898042242971904,43.98287694312365,-76.63201859420654,-24.79030074131398,13.500006487530795],
        [41.67515653884131,-10.515639950369362,-19.293553610998224,-3.073085886040274,-8.681666807321358],
        [46.23331559869614,29.65935343446527,-57.848546649211585,-10.494635409195137,-7.6080311634098985],
        [13.988636119680727,-257.39221628512,167.40654908879495,-21.465852197997396,97.52798587664994],
        [20.42807843507647,-243.52864857789646,153.88399448449817,-20.799447047800182,89.98126447613052],
        [2.9397248874103306,-220.34082869791544,136.00465099367378,0.8202302263209659,80.56601569497083],
        [12.618041585949543,-219.12784543133125,136.69098315020352,-20.17221083860277,90.07472977882756],
        [-0.04848819239388793,-1.1481364075033302,1.34613054100627,0.5065488734333357,-0.5409611944824536]
       ]
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       [
        [-69.22276657643049,332.44927461924294,-254.69967025189686,-295.2989777317418,286.74193012917857],
        [114.70997004523124,208.87332873437936,-276.2905015603057,-316.1235238404324,268.8252368193295],
        [134.2239587346901,212.72907020353978,-340.69515242928406,-281.0482591889827,274.8420349698174],
        [15.984820814863513,314.3715192325902,-129.78478351535855,-440.7749951147343,240.22657440118033],
        [95.69622118743396,243.3766107502231,-63.300851404609396,-304.79914860589076,29.101062932152736],
        [40.24756675568366,244.0383164303534,-74.29443129274227,-198.00591847986357,-12.026927075325426],
        [174.1544509985386,110.76631643080606,-249.29591419161724,23.62375709707082,-59.137400050686196],
        [113.76166601677038,226.61115032010693,-151.2298651149122,-175.18782557582836,-14.01366983479188],
        [674.7761441844601,-485.2872943857279,-1231.638733950206,1118.0427914217212,-75.82780466823927],
        [656.2250704831405,-460.87597936402386,-1163.684300833457,1056.3460593934253,-88.0456079090767],
        [622.0528958663634,-460.38221232643394,-1232.2744725669622,1145.419821399557,-74.82623926806419],
        [611.2698241246519,-414.99230062320987,-1160.6001550923106,1068.0940801545707,-103.68775031865572],
        [1.1167576746694396,0.11886084616521768,-0.9743665956153117,-2.4476142161022976,2.3014559109428867]
       ]
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [197.7792670117865,441.3743278230639,-299.7409866589495,-419.88427208785816,80.44145410030991],
        [353.44016420823647,134.26887486765446,-182.73310734750063,-461.52560115916964,156.5441796289815],
        [334.8549638963178,145.17974222255378,-188.78666163402653,-440.6385347916915,149.44214259662678],
        [335.1003865188102,390.2193724032838,-248.28793267002757,-536.3305433832816,59.32185294975616],
        [264.44986344790226,195.00999785663686,-150.36568571638773,-300.7433601045696,-8.276920624272211],
        [219.60500805854932,247.4264069044723,-219.63515150612025,-236.55970474755736,-10.877952371238209],
        [189.789076974555,9.180150068589395,-111.13795984976738,-84.73043952755643,-2.9896173817084613],
        [231.81094323190322,186.78235871556663,-189.4519332512972,-209.683031724314,-19.51688116051379],
        [214.32712598942697,-1071.8748194897332,-6.297671737812652,543.637567436818,320.272900403309],
        [230.69870902876875,-1019.566239381544,-11.981932322538743,503.96368423365703,296.8510202116656],
        [158.9990715410866,-962.6912727958818,-59.528071033959115,585.8292533244471,277.38081206876774],
        [191.82971047866127,-935.5215711892535,-46.80580516093209,512.3275730889507,278.25379102762014],
        [0.7417805969154188,-3.2326389777054136,1.4193322654099596,-3.3923783304490835,4.578998065889053]
       ]
      ],
      [
       "margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",
       [
        [71.6966343754626,-91.72423203799976,-60.81955313627901,23.90660317031468,56.910337816853925],
        [28.602460093001145,-149.33469770421627,-0.7789938979595692,33.52636695023094,87.97937475714578],
        [37.43385789957696,-158.56470650187168,32.76150658687331,18.127545892356377,70.29344841284536],
        [128.07198945707597,-93.32398096239424,-110.1390852455645,114.45264587841736,-39.03843330899348],
        [71.70365169219671,-92.4949229905362,-60.672349275056206,143.8666043332581,-62.329088900552904],
        [85.1878626785949,-65.11920857129682,-82.47760886024483,81.09509166359973,-18.727530572547128],
        [27.761208392053028,-67.099102070533,94.43563250517903,-38.93095646951373,-16.055572073073257],
        [66.63756288936501,-78.18562416616888,-7.445027549184871,77.72776712331184,-58.793222485978355],
        [-226.35361780358446,-157.3635209596886,748.7262670351083,-705.6748868915845,340.7308612217575],
        [-202.65723836332268,-141.77003464834232,703.6345748654412,-674.446244349572,315.2041842658042],
        [-202.49580324982145,-103.31564716812886,729.2251460654248,-701.2345426379462,277.8106400949322],
        [-190.34983872913975,-138.00930976055005,679.5708465396292,-674.7651045392807,323.6371047343877],
        [-1.2053322975371803,-1.0233338156740481,1.6432316664381386,2.5974951354368834,-1.8969670686038598]
       ]
      ],
      [
       "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
       [
        [37.19000922504797,94.69765221826871,-158.89357436930098,-154.48966862623777,181.4653717405745],
        [88.77548448071626,-28.274411818785012,-96.9049312620738,-169.90205649167027,206.30042529001486],
        [94.81479622601721,-29.645909458110523,-100.14435216444666,-166.4858599091642,201.51297759548444],
        [112.09976875982103,84.71046768594834,-128.1672385749268,-156.7720931111534,88.15223105885197],
        [95.76540576006037,50.63863451893836,-64.99455174808578,-52.56313160375601,-28.77246206784741],
        [79.81550471094424,74.57737524749719,-95.23427454850518,-45.07413257135491,-14.125866500475514],
        [95.28922294820542,-6.451418952890713,-30.23329108991121,-19.736404829165892,-38.75689779212551],
        [89.20150528697815,56.03520381791086,-68.85337884512292,-30.542060087825586,-45.89981436059571],
        [111.09242708451872,-444.7585444412088,80.29601443109347,-11.54261467815447,264.9778202057593],
        [124.2171359805573,-417.49181194450057,73.57535112412056,-14.241563920042369,233.90613052987365],
        [102.78902853646173,-376.91433632228285,56.57513100246774,16.45300192071724,201.0869679670966],
        [109.04417512521168,-386.6865284601761,51.42868243668647,-8.689358461884952,234.9867276052094],
        [-0.7541034051031182,-1.6218834336908416,1.1288572398508265,0.3772890898350421,-1.0150658708319744]
       ]
      ],
      [
       "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
       [
        [34.50636268896756,-33.84560076349583,-105.9750201963078,-81.25917403599703,-8.959692814845067],
        [26.596166772455977,-61.70972454155121,-47.89033772831826,-102.59951065150238,10.35604021256984],
        [25.769843902372326,-57.917489837622206,-46.83798534217918,-102.14185287976875,12.572154870915933],
        [55.503374002698855,-34.187805219605764,-83.62684555975888,-66.51562950019745,-10.048294496989763],
        [25.387699724365348,-28.017622245282933,-43.72612213843845,-17.1414670794717,-9.746233916759905],
        [25.221571865792725,-23.748120469982645,-60.38714477716512,-16.143226862497574,-6.80053951646408],
        [8.649868645178408,-28.884943296155726,-8.89039334742846,-16.575536640023742,0.7433906584005032],
        [15.694304093301406,-20.11722077264284,-40.85741778919791,-8.13403985255232,-5.428264611062185],
        [-80.90301677401328,-99.8665675148966,188.96846581683369,-127.85577209467947,123.46966794128834],
        [-69.64504972773659,-97.4408397873412,178.13562681243792,-121.91714100515375,115.2436064554467],
        [-77.89694263246751,-81.8852260904468,166.77138798271378,-107.31952352749359,110.7431250452474],
        [-71.90606792537415,-92.98980450721236,155.70667810757698,-118.95231355491944,110.00859347195218],
        [1.03796877066831,1.0262822856254925,1.9001376535478556,1.5373589132490815,0.8678318612282314]
       ]
      ],
      [
       "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
       [
        [31.32618837510939,-142.21871485637152,-80.80299380109241,-32.69187389020073,-166.64864625915354],
        [-22.04148426913763,-89.85337059765075,-25.66741086122938,-61.255298144667805,-151.6716781982085],
        [-26.716080643494795,-81.63004243935612,-23.472590742133956,-62.07215140592885,-143.27144563143037],
        [12.35142369002111,-134.55830034738207,-59.64200810014651,-7.064721444797031,-88.85993116394258],
        [-28.54556186688525,-93.47943456505979,-32.763248084346664,2.224641889257076,6.002216456549829],
        [-17.313333201581017,-107.01458840968469,-38.23098722804729,1.430039957470873,-2.5446569768970924],
        [-58.24990232451527,-47.245550972754074,-2.5579122716123774,-15.008418450881596,33.03534577559318],
        [-40.21567487815314,-83.33908980764097,-26.680901177717335,4.287869271609837,28.32106291624912],
        [-227.98873841032307,191.35179830030447,239.30063942479612,-202.1758739556489,7.072626787928513],
        [-218.1634854360305,172.12054903648485,227.456319167422,-190.6656347569318,18.039415714353115],
        [-216.41277491250787,165.31402303027815,218.47111718518198,-186.5885767534822,40.05205990117596],
        [-210.73131097595999,154.0819194457513,203.60967377846748,-189.17360198128725,5.86379267202823],
        [2.4133742797730715,3.25778133827516,2.254751400578218,2.280762069996454,2.4173962599551038]
       ]
      ],
      [
       "the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) and then sums",
       [
        [-41.66681193152265,68.14186027476319,-299.49259751913235,-209.48505736050964,482.4723967247538],
        [42.21425952236218,-141.7690149426526,-217.59347737626115,-252.01620763331076,569.1589506280644],
        [70.91876598004539,-146.66443907434225,-206.95395608845453,-248.321731513423,531.0730129859546],
        [122.17151211568981,91.61872522747258,-211.12671186742548,-181.4294671189368,178.78907746174096],
        [172.65246692389945,89.60938125939248,-73.41487929402803,-57.52026381254243,-131.25281021741196],
        [137.58787633912218,121.03483232326771,-128.89082348219162,-55.84202684419073,-73.93125199790171],
        [192.36810816362606,-5.358932834256318,-3.0620124266107007,-36.150185074133084,-147.68576754451385],
        [160.48350495206483,105.66216772713797,-53.54938316454914,-34.58206387757108,-178.07276982573774],
        [195.75989494782243,-831.1618535785581,96.80821758244075,-189.19951285940147,727.8583565097043],
        [225.8584609352955,-774.6673310720732,91.11693084820156,-176.9488186699523,634.6059997285369],
        [223.82520137519012,-686.1686064496461,99.03544794382464,-129.9521685687816,493.2499188038734],
        [205.27423134736114,-732.8396314176874,60.15732426867795,-172.78057615993652,640.2723502066316],
        [-0.7698051159878776,-1.6992184687700806,3.0070646543978428,2.2854634072991677,-2.708410856879118]
       ]
      ],
      [
       "the gradient is the plain hinge's (1 where the margin is violated); the squared hinge's slope is 2 * margin",
       [
        [6.607116360615872,7.233867722165905,-38.98503744276215,-28.50001834543559,53.61386189376843],
        [20.98248434578974,-15.182759598209849,-30.487666712136406,-36.7149590074376,61.397411170196136],
        [25.285554717851497,-16.580036961864774,-28.954996040639735,-36.88778276914741,57.18891334358076],
        [29.496131145462147,5.459087173152085,-29.684279151175282,-31.834416528350218,26.586613179452435],
        [31.757741622367,5.785503474378432,-12.053363689285357,-14.580454736983912,-10.835531811166636],
        [26.165855062610156,8.642958463590375,-19.938233707853826,-10.163348607526649,-4.748624872714239],
        [28.475772925271695,-4.109050056171767,-5.2567719442569585,-7.037751032489941,-11.960989608240938],
        [28.15346194957906,7.819527175367662,-11.160263172152957,-10.430058864821238,-14.441211276627723],
        [29.989536706767286,-84.83976259794898,-11.33052659722491,-14.050740819590203,80.29659591000502],
        [34.04137443900402,-81.29431932507592,-11.636422630955417,-13.912185972342868,72.76679525937868],
        [29.36463976266478,-74.19899637657082,-11.762616278874784,-8.674046592880654,65.26081259012196],
        [31.282991404051508,-76.9881347723356,-14.948087739105773,-11.490154069127948,72.22708342156439],
        [-0.008534734132346941,-0.08369360044382297,0.16268670735072976,0.27056332288157237,-0.22592807559619824]
       ]
      ],
      [
       "the correct class's coefficient is minus the number of violated margins; for the squared hinge it is minus the sum of the other classes' 2 * margin",
       [
        [34.64351546674534,-13.675461874606942,-121.68161741853001,-93.59077125821923,45.8614877407105],
        [41.49200010578931,-56.418057874884546,-62.03617106165161,-115.57867731816906,67.08520687923651],
        [45.26810779126121,-53.35846205984444,-60.64180478662363,-114.27900565754652,66.28222431536037],
        [70.9339295582544,-15.660027441827989,-97.65462333753668,-81.91840727797523,19.646149947454674],
        [45.10992194658758,-14.823177800838483,-50.045566582882884,-25.169244857249474,-14.343456138982127],
        [38.55316908801495,-8.689092692204866,-72.3992975549429,-21.822046306942017,-9.382136738686302],
        [30.946743645178405,-24.812026629489058,-13.812268347428462,-17.372411640023742,-10.220151008266166],
        [33.74291520441252,-7.186665217087285,-49.26714001142013,-13.127095408107879,-18.185209055506633],
        [-31.343988996235506,-153.54017862600773,159.46499359461146,-106.8592443169017,163.99397349684392],
        [-19.60859139440324,-147.93042312067453,149.30750181243792,-102.4535993384871,150.49881478878004],
        [-31.1764565213564,-129.7150872015579,136.39812409382486,-85.06778741638249,138.43930560080298],
        [-25.42690125870748,-139.61480450721234,126.76917810757699,-98.93148022158611,145.61276013861885],
        [0.5796354373349766,0.6096156189588258,1.691804320214522,1.3290255799157482,0.32616519456156484]
       ]
      ],
      [
       "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
       [
        [4.443870909952302,-2.4051645820690424,-0.0006624427621441441,-2.0026480068678842,-0.06560568990077036],
        [9.467535163549778,-5.173362878492746,-0.008500045469737151,-4.182336548763246,-0.1088254926220232],
        [20.55519065947681,-11.19409638945316,-0.012287707306409115,-8.985938979571758,-0.3112152933651282],
        [13.932539011510201,-7.535464304596159,-0.01761248450862473,-6.139348033405618,-0.2169783704586489],
        [22.929890268432327,-12.503290106614012,0.029969644047978618,-10.07670533273967,-0.3059696138170927],
        [8.953889997761582,-4.915358465188292,-0.07885870785382207,-3.9138350234989128,-0.08723146311472732],
        [17.87462530291341,-9.712939327782928,0.040103055743041315,-7.860920415019018,-0.22965833174241643],
        [3.148478888832409,-1.7606739180599698,-0.014429838819627092,-1.3914069341520134,-0.04051238645600045],
        [32.45904451441008,-17.678333860253584,0.07572340277508352,-14.373459267030487,-0.4178721878928924],
        [32.770819772857074,-17.926659923287033,0.02503570237791677,-14.445130195680342,-0.45882358625912206],
        [31.78315667721486,-17.296106886341942,0.013425387791879555,-14.045783604608678,-0.46489846959565645],
        [30.48492403346456,-16.570741217142658,-0.010587739105773293,-13.45833724046734,-0.3615595917022262],
        [-0.2580747592941943,0.15832496202641996,0.03768670735072977,0.23238006774287442,-0.05522335776589583]
       ]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * W)",
       [
        [37.671434531098754,74.51934005165839,-131.14638414876106,-129.77784472524664,148.73345429125052],
        [75.23050013492652,-33.54998555390849,-70.1047645499374,-143.93709748423268,172.36134745315204],
        [78.24278317483238,-34.20476138513463,-70.19109223491799,-142.289049362239,168.4421198074592],
        [98.60363761435889,66.15415829057405,-107.59407053486262,-125.95156547169205,68.78784010162175],
        [79.29933080436005,37.464242155671045,-54.7189658365782,-36.538232422327674,-25.50637470112522],
        [67.69652464833408,59.58719456168459,-82.46444361842914,-33.72675618605049,-11.09251940553905],
        [75.54782502293371,-10.550702230052282,-15.262977478987587,-18.16740379667595,-31.566741517217903],
        [71.61054333739911,43.14623219809875,-55.019504561858845,-20.556445667448788,-39.18082530619021],
        [66.21747371108476,-391.11322628770426,138.56056880609614,-53.49881830300871,239.83400207353205],
        [78.89971987488664,-366.9474926194246,128.78989875507597,-53.193961281032834,212.45183527049494],
        [60.63793044046361,-329.1181177234898,115.05823339245364,-28.03614593084656,181.45809982141907],
        [66.86535038782684,-340.0733936878404,107.81427017579222,-48.69920439275702,214.09297751697838],
        [-0.3705686709707714,-1.2048564999136853,1.5078371991667634,0.6900591002868031,-0.6224711285691095]
       ]
      ],
      [
       "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
       [
        [37.67898576696224,74.52342669051912,-131.14671537014212,-129.80215945351998,148.73135746035695],
        [75.23215897448806,-33.558032019680084,-70.10901457267227,-143.94041032128482,172.37255303825012],
        [78.24927581153591,-34.20484931051146,-70.19723608857119,-142.25030185792383,168.4289375903607],
        [98.62948096486774,66.16842409937232,-107.60287677711693,-125.95905151364494,68.77559113579241],
        [79.310146059988,37.45421611508248,-54.70398101455421,-36.52290423526407,-25.500529495597426],
        [67.72650079075026,59.552771015702,-82.50387297235605,-33.72162493425825,-11.074470730785059],
        [75.54873231890289,-10.537518924804832,-15.242925951116066,-18.15502931292092,-31.55765298800504],
        [71.60741320107753,43.12544023022703,-55.02671948126866,-20.55619732208163,-39.17920872228185],
        [66.20008928669063,-391.09907980890097,138.5984305074837,-53.51724426835937,239.85035558409012],
        [78.88655292772198,-366.97486061529594,128.80241660626493,-53.18130426720427,212.44981623351762],
        [60.628410044018224,-329.10129646733077,115.06494608634958,-28.043308116175773,181.44614500536895],
        [66.89226275651926,-340.0674610740082,107.80897630623933,-48.71511476065432,214.12318589442722],
        [-0.35400270470361156,-1.20503663346893,1.5266805528421283,0.7420074283942559,-0.6521018330338753]
       ]
      ],
      [
       "the regularization gradient is counted twice",
       [
        [37.70163947455272,74.53568660710131,-131.14770903428536,-129.87510363834002,148.72506696767624],
        [75.23713549317266,-33.58217141699486,-70.12176464087688,-143.95034883244122,172.4061697935443],
        [78.26875372164649,-34.20511308664196,-70.2156676495308,-142.13405934497828,168.3893909390652],
        [98.70701101639429,66.2112215257671,-107.62929550387987,-125.9815096395036,68.7388442383044],
        [79.34259182687184,37.4241379933168,-54.659026548482245,-36.47691967407327,-25.482993879014046],
        [67.81642921799883,59.44950037775424,-82.62216103413678,-33.70623117888156,-11.020324706523088],
        [75.55145420681043,-10.497969009062482,-15.182771367501504,-18.117905861655828,-31.530387400366447],
        [71.59802279211279,43.06306432661185,-55.0483642394981,-20.55545228598016,-39.17435897055677],
        [66.14793601350821,-391.05664037249113,138.7120156116463,-53.572522164411346,239.8994161157643],
        [78.847052086228,-367.0569646029098,128.8399701598318,-53.14333322571857,212.44375912258565],
        [60.59984885468206,-329.05083269885364,115.0850841680374,-28.064794672163423,181.41028055721853],
        [66.97299986259652,-340.0496632325116,107.79309469758067,-48.76284586434625,214.2138110267738],
        [-0.30430480590213194,-1.2055770341346645,1.583210613868223,0.8978524127166145,-0.7409939464281726]
       ]
      ],
      [
       "the regularization gradient is divided by N; only the data gradient is averaged",
       [
        [37.672063800754046,74.51968060489678,-131.14641175054282,-129.77987095260275,148.73327955534273],
        [75.23063837155664,-33.55065609272279,-70.10511871849864,-143.93737355398702,172.36228125191022],
        [78.24332422789101,-34.20476871224937,-70.19160422272242,-142.28582040354607,168.44102128936765],
        [98.60579122690129,66.1553471079739,-107.59480438838382,-125.95218930852145,68.78681935446932],
        [79.30023207566238,37.46340665228866,-54.717717101409534,-36.53695507340571,-25.505887600664572],
        [67.69902266020209,59.58432593285271,-82.46772939792305,-33.72632858173447,-11.09101534930955],
        [75.54790063093114,-10.549603621281662,-15.261306518331626,-18.166372589696362,-31.5659841397835],
        [71.61028249270564,43.14449953410944,-55.020105805143,-20.556424972001526,-39.18069059086451],
        [66.21602500905192,-391.1120474144707,138.56372394787843,-53.50035380012127,239.83536486607855],
        [78.89862262928959,-366.94977328574726,128.7909419093417,-53.19290652988045,212.45166701741348],
        [60.63713707409316,-329.1167159521432,115.05879278361164,-28.036742779623992,181.45710358674822],
        [66.86759308521788,-340.0728993033544,107.81382901999615,-48.70053025674846,214.09549488176577],
        [-0.36918817378184143,-1.204871511043289,1.5094074786397105,0.6943881276290909,-0.6249403539411733]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [904.1295312180971,1788.4723345175228,-3147.5138820130273,-3114.716902862466,3569.5987093282256],
        [1805.5353209173595,-805.215746225347,-1682.5228492439674,-3454.4969652956884,4136.6947500458455],
        [1877.8397814693844,-820.9144490939848,-1684.598501345338,-3414.8596896851063,4042.5845109448233],
        [2366.538989445631,1587.7283305913736,-2582.275305321212,-3022.852543404515,1650.8836645072633],
        [1903.205569815897,899.1217596549279,-1313.2252104338288,-876.8869217617371,-612.1413024159497],
        [1624.7765438448503,1430.023822388465,-1979.2255055501535,-809.4318859616271,-266.1843683834292],
        [1813.1496151423476,-253.1904869107599,-366.27135643995905,-435.9929421527127,-757.5836193548039],
        [1718.6467798249353,1035.4679888186267,-1320.4825393234319,-493.3541993280366,-940.3365741807484],
        [1589.184600217246,-9386.689137947296,3325.5293747490823,-1284.0084912029104,5756.048756785885],
        [1893.56694310295,-8806.794558857933,3090.982605824201,-1276.629756717131,5098.840008417924],
        [1455.291289778236,-7898.801182851436,2761.4110268066793,-672.8818267109758,4354.9704860819575],
        [1604.822234045229,-8161.749583280505,2587.5318964799076,-1168.812726161963,5138.291877162379],
        [-8.860516170764194,-28.91691626503894,36.22577948735305,16.66531506309818,-14.998568494588158]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [1.58474557718943,3.1131457798738924,-5.4650951156271885,-5.4560396534319695,6.193033600348295],
        [3.1379218514116767,-1.4140089962893707,-2.929531901717129,-6.004004735947292,7.204133980744141],
        [3.2731012390250704,-1.4253742418009392,-2.936916550427992,-5.851215381462927,6.9920572244471435],
        [4.160171601615987,2.7849548797037826,-4.500698756794567,-5.262953978559614,2.841662072575562],
        [3.3257692947708914,1.5409580086425045,-2.2499872658094464,-1.4917699768031183,-1.0510752014912974],
        [2.8806408118463,2.4139526814383485,-3.5148771919550366,-1.395019004167639,-0.42609095905614564],
        [3.149640634560601,-0.41324598242394517,-0.5958543392147748,-0.7322261906847718,-1.2971038381250175],
        [2.9775123664151373,1.7561757391773316,-2.3069091955637453,-0.8560218787427195,-1.629301219941205],
        [2.7242925558402593,-16.268091471047764,5.8490804363624225,-2.2659693599933455,10.025790440846633],
        [3.2611544337909564,-15.34421485088528,5.391281483839415,-2.191101025719236,8.848121728982644],
        [2.5075396421285405,-13.679612392827346,4.807518445810781,-1.1824971177770385,7.536844527125527],
        [2.839881003544292,-14.157859509328954,4.481673518218902,-2.06095425215949,8.98095748477181],
        [0.017691571243870913,-0.050562621273559864,0.10051325731601157,0.13264911872685586,-0.08519770595324448]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-37.68653700282574,-74.52751332937984,131.1470465915232,129.82647418179334,-148.72926062946337],
        [-75.23381781404959,33.566078485451676,70.11326459540713,143.94372315833695,-172.38375862334817],
        [-78.25576844823944,34.204937235888295,70.2033799422244,142.21155435360865,-168.41575537326221],
        [-98.65532431537659,-66.18268990817057,107.61168301937124,125.96653755559782,-68.76334216996308],
        [-79.32096131561595,-37.444190074493925,54.68899619253022,36.50757604820047,25.494684290069635],
        [-67.75647693316645,-59.518347469719416,82.54330232628297,33.71649368246602,11.056422056031069],
        [-75.54963961487208,10.524335619557382,15.222874423244546,18.14265482916589,31.548564458792175],
        [-71.60428306475595,-43.104648262355305,55.033934400678476,20.555948976714475,39.17759213837349],
        [-66.18270486229649,391.08493333009767,-138.63629220887123,53.53567023371003,-239.86670909464817],
        [-78.87338598055732,367.0022286111672,-128.8149344574539,53.1686472533757,-212.4477971965403],
        [-60.618889647572836,329.0844752111717,-115.07165878024553,28.05047030150499,-181.4341901893188],
        [-66.91917512521168,340.061528460176,-107.80368243668644,48.73102512855163,-214.1533942718761],
        [0.33743673843645167,1.205216767024175,-1.5455239065174933,-0.7939557565017088,0.681732537498641]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-37.65633205937177,-74.51116677393694,131.1457217059989,129.72921526869993,-148.73764795303768],
        [-75.22718245580344,33.53389262236531,70.09626450446767,143.9304718101284,-172.3389362829559],
        [-78.22979790142533,34.20458553438097,70.17880452761158,142.36654437086938,-168.46848424165617],
        [-98.55195091334119,-66.12562667297752,107.576458050354,125.93659338778627,-68.81233803328043],
        [-79.27770029310416,-37.484294236848164,54.74893548062618,36.56888879645488,25.518065112180807],
        [-67.6365723635017,-59.656041653649766,82.38558491057532,33.73701868963495,11.128616755047032],
        [-75.54601043099534,10.577068840547183,15.303080534730627,18.19215276418601,31.58491857564363],
        [-71.61680361004227,-43.1878161338422,55.005074723039215,20.5569423581831,39.184058474006925],
        [-66.25224255987304,391.14151924531086,-138.48484540332106,53.461966372307394,-239.80129505241592],
        [-78.92605376921597,366.89275662768205,-128.76486305269805,53.219275308689966,-212.45587334444957],
        [-60.65697123335439,329.15176023580784,-115.04480800466176,28.021821560188126,-181.48200945351934],
        [-66.811525650442,340.08525891550477,-107.82485791489799,48.66738365696241,-214.03256076208066],
        [0.4037006035050911,1.2044962328031956,-1.4701504918160335,-0.5861624440718973,0.5632097196395779]
       ]
      ]
     ]
    },
    {
     "description": "random data (N=9, D=6, C=4, reg=0.25, seed 303)",
     "fingerprint": [6.0,4.0,-2.62146310865,11.0805850583,2.05203671204,9.0,6.0,-7.64325665282,42.8557213033,8.25488908452,9.0,17.0,17.0,3.62706301103],
     "loss": 10.6029246585,
     "grad": [
      [-0.34060538176535415,0.15622853834704878,-0.7666195950230397,0.4877190195188592],
      [0.3258014656336611,1.5363035293823153,0.8074140431587503,-2.9473558805078177],
      [-3.138575411226655,2.349635896418619,-1.4104682236257777,1.9461362809643379],
      [0.28377186829461704,2.0579152903649205,-0.36128410548640827,-1.7056512521714362],
      [-1.9327318813850058,-1.0749291425575158,-0.2636769672073828,2.7997782888207867],
      [-2.183048124038394,2.234484988317317,-1.9104600448617988,1.7394852463082582]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",79.80364280911591],
      ["the data loss is divided by N twice",2.9139559751177],
      ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",9.626507213671161],
      ["the regularization term is missing from the loss (add reg * np.sum(W * W))",8.650089768824799],
      ["the regularization term is added twice",12.555759548210244],
      ["the regularization term is divided by N; only the data loss is averaged",8.867071423235101],
      ["the loss has the wrong sign",-6.6972548791320765],
      [
       "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
       11.602924658517521
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       9.769457925624454
      ],
      ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",4.115357331898922],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",2.0273201654202135],
      ["the margin delta is 0; this kit's hinge uses delta = 1",4.987426986068645],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       6.321234852213675
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       10.477609638504523
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       7.498312448953672
      ],
      ["margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",11.75823864113241],
      [
       "the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) and then sums",
       25.060041886311332
      ],
      ["the margins are not squared (this is the plain hinge loss); the squared hinge sums max(0, margin) ** 2",5.853537471906444]
     ],
     "gradient_hypotheses": [
      [
       "the factor 2 of the derivative of m ** 2 = 2 * m is missing",
       [
        [-0.2663132280647783,0.02231985519372523,-0.4926168061420657,0.2733327600906331],
        [0.07825571975850273,0.9711845155141239,0.27264426961477206,-1.59992134722049],
        [-1.733951529840051,1.2250323792676743,-0.8507928213178371,1.1064405144207385],
        [0.04353543614376948,1.121743819155701,0.059719857373861596,-0.9502473116716392],
        [-1.3550002102666427,-0.45746518917943335,-0.05202314891646981,1.3929288460334284],
        [-1.090657074381499,1.2647101432000993,-1.159642437926177,0.8660514348329588]
       ]
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [-0.8184945061039063,-4.15345780762195,3.9474026745219524,0.5612722202814199],
        [0.4566416763467317,0.6046422535383131,-0.7951600951824073,-0.5439606770357293],
        [0.8789430204582154,1.6964762146914691,-3.366891930003656,0.5382012373844963],
        [-0.5507017835015773,1.0208905862359647,1.415525110547716,-1.6109621122804105],
        [-1.8204023807937166,-2.5479499305547084,3.5077219332847416,0.38907067573456655],
        [-0.4887954938334708,4.4890051503892625,-1.9342767532404466,-2.1854708375899623]
       ]
      ],
      [
       "the data gradient is averaged over N * C entries; divide by N only",
       [
        [-0.2291671512144904,-0.044634486382936545,-0.3556154117015788,0.16613963037652008],
        [-0.045517153179076425,0.6886250085800281,0.005259382842782934,-0.9262040805768261],
        [-1.0316395891467491,0.6627306206922017,-0.5709551201638667,0.6865926311489388],
        [-0.0765827799316543,0.6536580835510913,0.27022183880399653,-0.5725453414217407],
        [-1.0661343747074614,-0.14873321249039215,0.0538037602289867,0.6895041246397492],
        [-0.5444615495530513,0.7798227206414905,-0.784233634458366,0.42933452909530906]
       ]
      ],
      [
       "the margin delta is 0; this kit's hinge uses delta = 1",
       [
        [-0.017600248634295906,-0.6551705710134228,-0.000590328776956639,0.21008372950218976],
        [0.1460479966698048,0.7934242191835934,0.6387202574033637,-1.8560293155898535],
        [-2.2437185030023588,1.9030761600592545,-1.4183529079206845,1.5057237933943135],
        [0.3242662517983382,1.3924032205196304,-0.3605099855185487,-1.081407685797727],
        [-1.452105496593379,-0.7630219460626496,0.26123301899559637,1.4823347213313147],
        [-1.2029996557538762,1.7274892001663003,-1.9513208385033265,1.3072933598162848]
       ]
      ],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       [
        [-0.45448777325007683,-0.3111844672604771,-0.24742944179941764,0.549824263387486],
        [0.39539567629433636,1.2948705806174123,-0.21160648679766741,-1.756496612447173],
        [-1.8265519416849325,1.8069605945779081,-1.0236646990074596,0.7899845886450083],
        [-0.392930334652958,1.0367832201115705,-0.38477203469075,0.015670950233830333],
        [-1.4775686320647043,-0.4060056223457327,0.4453041239293408,0.9667104281519786],
        [-1.6613674202150526,1.4027229504477752,-1.0693579103112916,1.2084644458039515]
       ]
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       [
        [1.7533134266967076,1.8366935650457008,-6.407024438242247,2.3537400275773535],
        [-0.411980079770734,0.6594423238649807,-0.6392999604399494,0.11400087401261111],
        [-0.9625314342839908,-0.006120123262708055,2.480667032953612,-1.7652869328763887],
        [-0.5037862495734438,-1.3554507188603204,0.18575470174723813,1.9482340676882193],
        [0.3409385922047009,1.1666569908593727,-3.5254867651694806,1.546331479776289],
        [-2.2335050134893812,-2.274746670853402,4.643464930386251,-0.2547511803180866]
       ]
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [-1.0232170031131889,-0.06025569777562758,-2.557221075274482,3.177416357240813],
        [0.3155472966470029,0.803378195831113,-0.05752771890906358,-1.339234615902144],
        [-0.5498267714056276,1.747858076582089,-0.24360985813360408,-1.2076929045123326],
        [-1.184354902484508,0.7999671379465261,0.5605827821589052,0.09855678338076998],
        [-1.5292343070625536,-0.44835597796616367,-1.421739820335357,2.9277704030349563],
        [-1.7707554179720553,0.7925356467456561,1.4945710481011072,-0.635889211149325]
       ]
      ],
      [
       "margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",
       [
        [-1.3146401152306768,-0.3207963138519623,1.1994687504213937,-0.02730974026124034],
        [0.5344825131089421,1.7738385602655022,0.4537754091323214,-3.039933324839857],
        [-3.037825659611811,2.1647904096867805,-1.9206479340594322,2.540411726514987],
        [0.3196937908847853,2.351503165775765,0.04609452462099989,-2.4425396802798565],
        [-2.5082445629064223,-1.3686566637755193,0.8505293469401165,2.5548121774127073],
        [-1.377591148484378,2.88814483009918,-3.1447059556179635,1.5146143397285432]
       ]
      ],
      [
       "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
       [
        [-0.25435231796447677,0.42494186052081306,-1.3754736611594651,0.7877753920772526],
        [0.13313210003267975,1.4878407487592724,0.5702649148926952,-3.3962591733174023],
        [-3.4230150484277777,2.525350898632729,-1.1761693275843426,1.894324758752075],
        [0.5392834649776737,2.3598503058653253,-0.1303913653570013,-1.4438217449751134],
        [-2.033395420077905,-1.1684113638295286,-0.7170534075218487,3.196713633234938],
        [-2.1427617979501745,2.608056481271959,-1.1005935885187446,2.221933581743417]
       ]
      ],
      [
       "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
       [
        [-0.8731255584023303,-0.4800387868498385,-0.3799358600111873,-0.11902035633871969],
        [1.5153281917709531,2.041084872021536,1.2528504244230398,0.550923530312889],
        [-1.3824656665968218,0.621285713585953,-1.6873536918520589,0.5074529516398751],
        [-1.293738246738227,-0.22585858242174608,-0.7057411065538268,-1.7355334416229176],
        [-1.3112424751721632,-0.06770814565117214,0.10417470577402832,0.7342823611029372],
        [-2.431772987123607,-0.4617762526574326,-2.7256783083660414,-1.277601590042995]
       ]
      ],
      [
       "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
       [
        [-1.4056457350393068,-1.1163061120467257,0.00674787500066501,-0.7257597321962986],
        [2.704854917908245,2.5458662146607565,1.6982868056873297,4.049202941133597],
        [0.37364407803301125,-1.107064469246713,-1.96423916007834,-0.9312303776845872],
        [-2.8712483617710713,-2.509632455208412,-1.0501981076212457,-1.7654156310743991],
        [-0.6897530689593205,0.9395128512551714,0.47202637875543946,-1.331213566614912],
        [-2.68049785020882,-3.1580374936321816,-3.540896571870284,-4.294688426394248]
       ]
      ],
      [
       "the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) and then sums",
       [
        [0.15871957035132297,1.060979145404574,-2.413731160401966,0.7307550257235828],
        [0.6009932476067945,4.109845995441608,3.6847487137831947,-8.673424799164687],
        [-8.86831743358408,5.120789752009039,-1.2620813584261676,4.7563375825317324],
        [1.8611442309901798,5.355845865679117,-2.1072005846044766,-4.835037711063126],
        [-3.590030646144659,-3.946988111229291,-0.9394420416471883,8.00490109669202],
        [-5.549595332565399,4.528306020585438,-4.221986609201781,5.123737986907126]
       ]
      ],
      [
       "the gradient is the plain hinge's (1 where the margin is violated); the squared hinge's slope is 2 * margin",
       [
        [-0.348254995522834,0.311065459071587,-0.8383672178520624,0.4122793353808238],
        [-0.1014099867715694,0.856236341966794,-0.305752358869949,-0.7269108386583671],
        [-0.8513291493020559,0.29336742914797276,-0.07966532910351837,0.38435559178812595],
        [-0.211645252925205,0.4350644550320139,0.5676586046577399,-0.5163260057628559],
        [-1.0445527412419449,0.0340460022379844,-0.25989886677045315,0.7988459034452958],
        [-0.5540708860824073,0.4155415386828266,0.0122329687054063,0.006758444419556609]
       ]
      ],
      [
       "the correct class's coefficient is minus the number of violated margins; for the squared hinge it is minus the sum of the other classes' 2 * margin",
       [
        [-0.7437459627010142,-0.07696880358919186,-0.7840254634356727,0.10736863829880516],
        [1.2263241433694811,1.9683907010869715,0.8441009885875593,-0.1626411316573556],
        [-1.8091251223985059,0.8848582169071183,-1.4271120516670228,0.6878509260780732],
        [-0.9104708517136417,0.2270439408288607,-0.36919687205485835,-1.6628464000574967],
        [-1.4622377832115119,-0.20793147755919153,-0.2671588464270935,1.223287761162474],
        [-2.371343497991278,0.09858098677453148,-1.9053022036300113,-0.6515986312881397]
       ]
      ],
      [
       "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
       [
        [-0.3751739922089772,-0.11158882795959832,-0.21861401726109184,0.24209941850718172],
        [-0.20221212752175913,0.4060655016459323,-0.2621255039292062,-0.2195647125280586],
        [-0.11799327189828668,0.10042886211672922,-0.2911174190098964,0.05541037132197835],
        [-0.45875095568647845,0.18557234794648172,0.48072382023413146,0.06720658850755809],
        [-0.8643826220523769,0.15999876419864908,0.1596306693744432,0.07319348615016696],
        [-0.07823391369464774,0.29493529808288166,-0.40882483099055505,0.07258551232770355]
       ]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * W)",
       [
        [-0.14858430740115167,0.2678173663066471,-0.5480055777619478,0.4287725188564522],
        [0.49509149175031664,1.130238027736383,1.0695395470879565,-2.6948690665746557],
        [-2.8092477627732073,2.24920703430189,-1.1193508046158813,1.679391533087199],
        [0.4804728643016951,1.8723429424184386,-0.8420079257205397,-1.510807880999594],
        [-1.1554633422367258,-1.234927906756165,-0.423307636581826,2.8136988855747167],
        [-2.1847820993137907,1.9395496902344351,-1.5016352138712437,1.7468676229505988]
       ]
      ],
      [
       "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
       [
        [-0.24459484458325292,0.21202295232684792,-0.6573125863924937,0.4582457691876557],
        [0.41044647869198886,1.3332707785593492,0.9384767951233535,-2.8211124735412367],
        [-2.973911586999931,2.2994214653602545,-1.2649095141208295,1.8127639070257684],
        [0.3821223662981561,1.9651291163916795,-0.601646015603474,-1.608229566585515],
        [-1.5440976118108658,-1.1549285246568404,-0.34349230189460445,2.8067385871977515],
        [-2.1839151116760926,2.087017339275876,-1.7060476293665212,1.7431764346294285]
       ]
      ],
      [
       "the regularization gradient is counted twice",
       [
        [-0.5326264561295566,0.04463971038745046,-0.9852336122841314,0.5466655201812662],
        [0.15651143951700547,1.9423690310282478,0.5452885392295441,-3.19984269444098],
        [-3.467903059680102,2.4500647585353486,-1.7015856426356741,2.212881028841477],
        [0.08707087228753896,2.243487638311402,0.11943971474772319,-1.9004946233432785],
        [-2.7100004205332855,-0.9149303783588667,-0.10404629783293962,2.7858576920668567],
        [-2.181314148762998,2.5294202864001987,-2.319284875852354,1.7321028696659175]
       ]
      ],
      [
       "the regularization gradient is divided by N; only the data gradient is averaged",
       [
        [-0.1699199823305075,0.2554186076444695,-0.5722960241242914,0.43532213004116405],
        [0.476281488848466,1.1753564168081534,1.0404144910958224,-2.7229231570116736],
        [-2.845839723712479,2.2603657967593045,-1.1516971845058699,1.709029838406881],
        [0.45861719807868645,1.89296209219027,-0.7885941679167473,-1.532457144463132],
        [-1.2418265132532014,-1.2171502662896483,-0.40557089554022124,2.812152152602058],
        [-2.1845894353943023,1.972320278910311,-1.5470601950924165,1.7460473588792276]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [-1.5292798409745676,2.2987674688002255,-5.150664217118622,3.917899170370477],
        [4.286533399636194,10.578207751273379,9.363730419862401,-24.506308413105064],
        [-25.612557513412312,20.343292170833738,-10.365274660552828,15.381268545661928],
        [4.127554782708177,17.03665882971243,-7.097347511250726,-13.792114300168187],
        [-11.17643861927881,-10.954352396606835,-3.6501380598619906,25.30936937341852],
        [-19.66130491854872,17.750882510192795,-13.923541755831748,15.71442622991305]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [-0.20853044185321934,-0.08183134281441531,-0.2795035259013083,0.10658789164645728],
        [-0.11427986036662041,0.5316475047277527,-0.1432877764749888,-0.551916710219235],
        [-0.6414662887615814,0.3503407548169392,-0.4154897306338832,0.45334380710905],
        [-0.14331512219577863,0.39361045265964156,0.38716738404296036,-0.3627109135051305],
        [-0.9056533549523607,0.022784552336852976,0.11259648753201809,0.2987126127543719],
        [-0.24101959131502473,0.5104408192200411,-0.5756731880873599,0.1867140259077259]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [0.34060538176535415,-0.15622853834704878,0.7666195950230397,-0.4877190195188592],
        [-0.3258014656336611,-1.5363035293823153,-0.8074140431587503,2.9473558805078177],
        [3.138575411226655,-2.349635896418619,1.4104682236257777,-1.9461362809643379],
        [-0.28377186829461704,-2.0579152903649205,0.36128410548640827,1.7056512521714362],
        [1.9327318813850058,1.0749291425575158,0.2636769672073828,-2.7997782888207867],
        [2.183048124038394,-2.234484988317317,1.9104600448617988,-1.7394852463082582]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-0.04343676696305082,-0.37940619426624544,0.32939156050085594,-0.36982601819404515],
        [-0.6643815178669722,-0.7241725260904508,-1.3316650510171626,2.442382252641494],
        [2.47992011431976,-2.148778172185161,0.8282333856059849,-1.41264678521006],
        [-0.6771738603087731,-1.6867705944719569,1.3227317459546712,1.3159645098277517],
        [0.3781948030884458,1.394926670954814,0.5829383059562692,-2.8276194823286467],
        [2.1865160745891874,-1.6446143921515535,1.0928103828806885,-1.7542499995929395]
       ]
      ]
     ]
    },
    {
     "description": "random data with confident scores (N=10, D=6, C=4, reg=0.1, seed 304)",
     "fingerprint": [6.0,4.0,-1.45370844075,106.953282482,-27.1983938278,10.0,6.0,7.40425502099,56.1810887557,-0.601713070973,10.0,18.0,18.0,3.79775029115],
     "loss": 700.408855127,
     "grad": [
      [-26.42399395133011,-21.472697432153105,29.55707847866024,16.595873874325655],
      [-9.06280543795915,-19.550436211058855,18.173338841089855,9.5673008516858],
      [7.449435881918385,2.3931056299804854,-4.758664925927226,-3.4445201210700116],
      [34.60692425066021,10.694999082341145,-26.0814307062031,-18.74630028110361],
      [19.392549167200137,-6.818025708573355,-16.023614530629718,1.6050559562776872],
      [8.666799986361816,6.905661100046806,-10.850181256579463,-2.6661942261104974]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",6237.901665537932],
      ["the data loss is divided by N twice",146.6595740863982],
      ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",657.8429170309724],
      ["the regularization term is missing from the loss (add reg * np.sum(W * W))",615.2769789344983],
      ["the regularization term is added twice",785.540731320395],
      ["the regularization term is divided by N; only the data loss is averaged",623.7901665537931],
      ["the loss has the wrong sign",-530.1451027415499],
      [
       "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
       701.4088551274467
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       1106.934625799986
      ],
      ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",238.95112092657297],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",94.18960206147723],
      ["the margin delta is 0; this kit's hinge uses delta = 1",658.7805252325812],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       522.0643105230743
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       1773.911860474599
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       673.5618342504148
      ],
      ["margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",2189.691291681395],
      [
       "the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) and then sums",
       1307.8968129829661
      ],
      ["the margins are not squared (this is the plain hinge loss); the squared hinge sums max(0, margin) ** 2",106.49604114038118]
     ],
     "gradient_hypotheses": [
      [
       "the factor 2 of the derivative of m ** 2 = 2 * m is missing",
       [
        [-13.863304943151409,-10.9305059041137,14.736694055023602,8.313377761744183],
        [-4.800917322193263,-10.106630628221106,9.29884123858968,4.736104755582337],
        [4.377474228618314,1.4011077288864358,-2.4821382968736874,-1.6570871957294295],
        [17.931188466750747,5.765297550959418,-13.71640511232961,-9.505888559685909],
        [10.683259097507767,-3.2511090090300163,-9.717302044335117,0.4411168401321215],
        [4.7180279361579665,4.4339954066579335,-4.856414145221764,-2.239523593875473]
       ]
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [-23.388214499435854,-9.294117497852122,11.64773408694702,19.290858879843636],
        [-25.304516235885654,-11.315987177481738,38.29721692875573,-2.5493154716306936],
        [23.21279433986268,14.655599087552373,2.8778883246144256,-39.10692528712785],
        [29.552842974759024,30.31993536696258,-50.210187756384094,-9.188398239642865],
        [6.0158529623733354,12.918288618405251,-16.239091964853113,-4.539084731650716],
        [11.590322027664177,14.501389005753595,13.578820913273846,-37.614446342972954]
       ]
      ],
      [
       "the data gradient is averaged over N * C entries; divide by N only",
       [
        [-7.582960439062057,-5.659410140093996,7.326501843205282,4.172129705453447],
        [-2.66997326431032,-5.384727836802231,4.861592437339593,2.3205067075306047],
        [2.841493401968279,0.9051087783394107,-1.3438749823469178,-0.7633707330591384],
        [9.593320574796016,3.300446785268554,-7.533892315392867,-4.8856826989770585],
        [6.328614062661581,-1.467650659258347,-6.564145801187817,-0.14085271794066134],
        [2.7436419110560415,3.1981625599634973,-1.8595305895429148,-2.026188277757961]
       ]
      ],
      [
       "the margin delta is 0; this kit's hinge uses delta = 1",
       [
        [-25.79998283545158,-20.667927291207036,28.87895956029765,15.84521153586364],
        [-9.12729237676227,-18.136345638347944,17.272407713452235,9.118628345415623],
        [7.431979041789136,2.44565920232639,-4.783932666777371,-3.4543491124365233],
        [33.46406771785638,10.805958012386819,-25.403871779764533,-18.391961604784026],
        [18.353620293940324,-5.938887661631621,-15.536967623264083,1.2781998752301316],
        [8.377477711520605,6.82894808001184,-10.575289211484586,-2.5750509763291984]
       ]
      ],
      [
       "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
       [
        [-26.42399395133011,-1.8578391903170064,12.82824211299351,13.709851998156282],
        [-9.06280543795915,-7.30150069942304,13.845325943561472,1.6463782375783678],
        [7.449435881918385,-0.2504772815861064,-0.7285563564404575,-4.831045778990188],
        [34.60692425066021,-5.8640236979838605,-13.552137481323822,-14.716570725657872],
        [19.392549167200137,-10.824982182259765,-11.300147729101791,0.8885456284361717],
        [8.666799986361816,1.1546417571694938,-4.299756578089452,-3.465599561723196]
       ]
      ],
      [
       "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
       [
        [21.410313930565067,18.963859236100042,1.6704896794666237,-43.78840187662905],
        [11.15993435893439,-18.520326824738234,-9.228248614374557,15.716039123936051],
        [-31.279951992730606,34.3016858277948,-5.065505159456183,3.683127789293624],
        [-23.576796176600464,-22.756760334836155,47.32569752697358,-0.5179486698423165],
        [-13.72937893843513,-65.33398382807366,64.06699695337282,13.152330697410726],
        [-30.495863042732015,-26.817839749916377,4.184956735808896,55.18483166055817]
       ]
      ],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [-13.013761086913817,-13.571026780708447,2.809772946960675,22.031275890164267],
        [-10.958985122266633,-19.571956541189913,6.472467073847963,23.18587263336623],
        [-15.514948510303348,17.087815186762228,4.581554568873752,-4.515064780431008],
        [20.6248798381622,19.01746940572735,0.8704403141895867,-40.038597212384495],
        [4.378052469993469,1.1196839982578246,-2.324137956364056,-5.017633627612482],
        [-7.445681561984747,8.738373980402425,7.394248014822075,-6.630854829521089]
       ]
      ],
      [
       "margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",
       [
        [-48.33099419384798,-40.64367675296842,27.89017989374513,59.34075202257395],
        [-19.450207729496498,-2.824340460818729,27.799758395150114,-6.397812161077251],
        [37.85032008199872,-29.031741933104723,0.42418515756864394,-7.603406841561006],
        [57.92926988619626,32.61812807116831,-71.10957212401159,-18.96363348765834],
        [33.87592198528654,54.450535197112,-79.73016648193743,-10.440325816186341],
        [37.46714375520026,34.21384068992705,-13.491247145379779,-56.13365169602888]
       ]
      ],
      [
       "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
       [
        [-26.299635291333548,-21.471620444881033,29.91713862723517,16.828859022836934],
        [-8.896966149305511,-20.059612213151116,18.381072430673594,9.64599355443992],
        [6.986465641523797,2.494171387077825,-4.906240321163047,-3.712087860260286],
        [34.49457349396564,10.249278942224082,-26.0040304712674,-19.102937566856923],
        [19.36206992763733,-7.723178611278739,-15.81156150181517,1.7777768123023476],
        [8.436731733923642,6.746538694724879,-10.86238895891162,-2.242003570688309]
       ]
      ],
      [
       "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
       [
        [-26.42399395133011,-19.13448834944255,-5.927079066972012,-0.4866624801170617],
        [-9.06280543795915,-10.726073049769676,6.161166941152775,-1.0999055401801903],
        [7.449435881918385,4.345140028455425,2.6550246184983832,0.6220226056748532],
        [34.60692425066021,19.115598834615525,-0.9060944850258015,1.0927240749545983],
        [19.392549167200137,4.834539627781016,-6.5496956679857,-0.36484100826693455],
        [8.666799986361816,7.211668225687102,0.0793832783416486,-4.7365205362687535]
       ]
      ],
      [
       "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
       [
        [-26.42399395133011,-16.796279266731993,-41.41123661260426,-17.569198834559778],
        [-9.06280543795915,-1.9017098884804944,-5.851004958784307,-11.767111932046186],
        [7.449435881918385,6.297174426930365,10.06871416292399,4.688565332419719],
        [34.60692425066021,27.536198586889906,24.269241736151496,20.931748431012807],
        [19.392549167200137,16.48710496413539,2.9242231946583175,-2.3347379728115563],
        [8.666799986361816,7.5176753513274,11.00894781326276,-6.806846846427009]
       ]
      ],
      [
       "the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) and then sums",
       [
        [-46.625581502608426,-54.139763909561275,102.40113246718532,-3.3795260855129508],
        [-17.54164657616229,-44.75470270850586,37.01924050927951,24.404506819146274],
        [13.237806865898207,2.8549304727303815,-22.30737182928461,7.8539909555576495],
        [56.34857230653016,31.654170600115922,-80.63899180377632,-6.889558757175134],
        [25.07927668885792,-2.09450224270084,-36.59148088920492,11.762671327322584],
        [14.3244927452004,17.07243798386753,-39.37335396851938,10.03250884317011]
       ]
      ],
      [
       "the gradient is the plain hinge's (1 where the margin is violated); the squared hinge's slope is 2 * margin",
       [
        [-1.6146214929119738,-0.790699446547327,0.2553690905682584,0.40621281839371703],
        [-0.5067857370258166,-1.3698703317388121,0.8748091999083152,0.12924491261396126],
        [1.3142409953828678,0.3828330416194334,-0.19297779739507595,0.13526022529440826],
        [1.8268809492431985,0.7801165545548555,-1.6901589816754061,-0.44264617642800197],
        [2.4934334644453013,-0.12376133295754455,-3.6543130117233344,-0.5593942354896664],
        [0.9139170233747234,2.0006862232865434,0.9999069435884946,-1.8584245865310984]
       ]
      ],
      [
       "the correct class's coefficient is minus the number of violated margins; for the squared hinge it is minus the sum of the other classes' 2 * margin",
       [
        [-26.42399395133011,-19.22540635561235,-5.382574429114982,-0.045108413147360804],
        [-9.06280543795915,-11.210773804480562,6.409934012918363,-0.9569927384057464],
        [7.449435881918385,4.25960194366918,2.5670826136382727,0.4961133832580064],
        [34.60692425066021,18.71155117324931,-1.260529532355109,0.6696502086539288],
        [19.392549167200137,4.328082619032934,-6.682666709591363,-0.27904261366449046],
        [8.666799986361816,7.184924800944941,-0.02086604503644618,-4.678056530718394]
       ]
      ],
      [
       "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
       [
        [-3.6965754849446637,2.005645173897665,-0.08369036861303802,0.030881649162711203],
        [1.9897232603569635,-3.1915775121676946,0.42434363608950615,-0.09509134052112728],
        [-2.0967725186056425,3.8113949217162713,-0.2056116678201485,0.13034572961115282],
        [1.6787274509255743,0.41232125149340276,-1.3513795184561226,-0.26547683826820845],
        [6.029970930310448,-3.7401942119817306,-3.4109895580405167,-0.7228222760134442],
        [3.378357242134234,-0.6467716429110557,1.1373529661359343,-1.812852961640449]
       ]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * W)",
       [
        [-25.121378016357404,-21.084383056078813,29.64076884727328,16.564992225162943],
        [-8.523776231531775,-18.8876111656755,17.748995205000348,9.662392192206928],
        [6.143923306600142,1.9839958021880997,-4.553053258107077,-3.5748658506811646],
        [33.35147156781892,9.859403062763453,-24.730051187746977,-18.4808234428354],
        [17.418580139384744,-7.133833399086678,-12.612624972589202,2.3278782322911313],
        [7.8975441004077,4.943331386777745,-11.987534222715396,-0.8533412644700483]
       ]
      ],
      [
       "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
       [
        [-25.772685983843758,-21.27854024411596,29.598923662966758,16.580433049744297],
        [-8.793290834745463,-19.21902368836718,17.9611670230451,9.614846521946365],
        [6.796679594259263,2.1885507160842925,-4.655859092017152,-3.509692985875588],
        [33.97919790923956,10.277201072552298,-25.405740946975037,-18.613561861969504],
        [18.40556465329244,-6.975929553830016,-14.31811975160946,1.9664670942844094],
        [8.282172043384758,5.924496243412275,-11.418857739647429,-1.7597677452902727]
       ]
      ],
      [
       "the regularization gradient is counted twice",
       [
        [-27.726609886302818,-21.8610118082274,29.473388110047203,16.626755523488367],
        [-9.601834644386527,-20.213261256442212,18.59768247717936,9.472209511164674],
        [8.754948457236628,2.8022154577728715,-4.964276593747375,-3.314174391458859],
        [35.862376933501494,11.530595101918836,-27.43281022465922,-19.011777119371818],
        [21.366518195015534,-6.502218018060033,-19.434604088670234,0.882233680264243],
        [9.436055872315933,8.867990813315867,-9.712828290443529,-4.479047187750946]
       ]
      ],
      [
       "the regularization gradient is divided by N; only the data gradient is averaged",
       [
        [-25.251639609854674,-21.12321449368624,29.632399810411975,16.568080390079214],
        [-8.577679152174513,-18.953893670213837,17.7914295686093,9.652883058154815],
        [6.274474564131966,2.0249067849673383,-4.573614424889092,-3.5618312777200494],
        [33.47701683610305,9.942962664721222,-24.865189139592587,-18.50737112666222],
        [17.615977042166282,-7.102252630035346,-12.953723928393254,2.255596004689787],
        [7.9744696890031115,5.139564358104651,-11.873798926101802,-1.0346265606340932]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [-252.51639609854672,-211.23214493686245,296.32399810411977,165.68080390079214],
        [-85.77679152174512,-189.5389367021384,177.91429568609297,96.52883058154816],
        [62.74474564131967,20.24906784967338,-45.73614424889092,-35.618312777200494],
        [334.77016836103047,99.42962664721223,-248.6518913959259,-185.0737112666222],
        [176.15977042166284,-71.02252630035345,-129.53723928393254,22.555960046897866],
        [79.74469689003112,51.39564358104651,-118.73798926101803,-10.346265606340932]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [-3.8147537366084463,-2.496752681682174,2.8803865161142896,1.6873808716790055],
        [-1.3914068295805535,-2.5515861619509055,2.199243156589541,0.8711478786995654],
        [1.9199049059782576,0.6075094080111958,-0.6609169936308562,-0.22714085545696366],
        [4.590599839623178,1.8215363258540362,-3.8243846372308203,-2.1135591825517483],
        [3.715827041753869,-0.3975756493953453,-4.672252055299436,-0.49003445278433105],
        [1.5590102959948866,2.4566628519468354,-0.06140045613560541,-1.8981870880874538]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [26.42399395133011,21.472697432153105,-29.55707847866024,-16.595873874325655],
        [9.06280543795915,19.550436211058855,-18.173338841089855,-9.5673008516858],
        [-7.449435881918385,-2.3931056299804854,4.758664925927226,3.4445201210700116],
        [-34.60692425066021,-10.694999082341145,26.0814307062031,18.74630028110361],
        [-19.392549167200137,6.818025708573355,16.023614530629718,-1.6050559562776872],
        [-8.666799986361816,-6.905661100046806,10.850181256579463,2.6661942261104974]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [23.818762081384698,20.696068680004522,-29.724459215886316,-16.53411057600023],
        [7.984747025104399,18.224786120292148,-17.32465156891084,-9.757483532728056],
        [-4.838410731281899,-1.574885974395714,4.347441590286929,3.7052115802923176],
        [-32.09601888497763,-9.023807043185762,23.378671669290853,18.21534660456719],
        [-15.44461111156935,7.4496410896,9.201635414548686,-3.0507005083045753],
        [-7.128288214453583,-2.9810016735086835,13.12488718885133,-0.9595116971704006]
       ]
      ]
     ]
    }
   ],
   "numeric": {
    "description": "a small problem away from hinge kinks (N=7, D=6, C=4, reg=0.3, seed 310)",
    "fingerprint": [6.0,4.0,-1.53628432268,15.2138640793,0.725497541764,7.0,6.0,3.37090434935,36.0575325583,1.4770328962,7.0,13.0,13.0,-1.96115682944],
    "loss": 20.2336397923,
    "grad": [
     [0.8033229578892791,1.0230576654288095,7.68873892013715,-9.15541400101166],
     [-3.557502841567007,0.8268835949097442,1.8430573669290091,2.4222445410542224],
     [2.9839721647150976,1.9997903878380496,2.7068245270764844,-7.973728175636217],
     [1.0521420941242055,-1.7415099045093965,-0.9018657902771907,0.38999848711289997],
     [1.1402203891359186,-0.3021200042983875,-0.46907759111103586,-0.2376045280236168],
     [-2.569727396019677,0.6368421827000891,-0.22258767093467535,0.6922720307328218]
    ],
    "loss_hypotheses": [
     ["the data loss is not averaged over N (divide the sum over examples by N)",117.5235603082593],
     ["the data loss is divided by N twice",6.335079718608329],
     ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",18.224313272486068],
     ["the regularization term is missing from the loss (add reg * np.sum(W * W))",16.214986752657435],
     ["the regularization term is added twice",24.25229283197197],
     ["the regularization term is divided by N; only the data loss is averaged",16.789080044037043],
     ["the loss has the wrong sign",-12.196333713000168],
     [
      "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
      21.2336397923147
     ],
     [
      "the labels are off by one (y[i] - 1 instead of y[i])",
      20.2441899735472
     ],
     ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",8.072399727821626],
     ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",4.794703680381305],
     ["the margin delta is 0; this kit's hinge uses delta = 1",13.313061403847062],
     [
      "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
      16.143158089440927
     ],
     [
      "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
      35.664981308855
     ],
     [
      "the labels are off by one (y[i] - 1 instead of y[i])",
      14.580250920879664
     ],
     ["margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",31.00084069032039],
     [
      "the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) and then sums",
      37.56780006800047
     ],
     ["the margins are not squared (this is the plain hinge loss); the squared hinge sums max(0, margin) ** 2",8.110879210032587]
    ],
    "gradient_hypotheses": [
     [
      "the factor 2 of the derivative of m ** 2 = 2 * m is missing",
      [
       [0.49002190814324686,0.45518717739503445,4.181171760724832,-4.766675303819537],
       [-1.7701081640939296,0.7297964360310069,1.0589782803294714,1.5160161090594197],
       [1.6359076286995888,1.0555464792687477,1.2352935704351926,-4.209888774410115],
       [0.7135289745148332,-1.1182195850023962,-0.6514407203031408,-0.145103782758778],
       [0.7152128367367493,0.05454161094325405,-0.3824615140559926,-0.25587466792113234],
       [-1.813158978616997,0.00916790221206265,-0.12674368104783543,0.46753390393132804]
      ]
     ],
     [
      "the labels are off by one (y[i] - 1 instead of y[i])",
      [
       [2.8705041912797618,-2.6403627697564707,3.8793217085391,-3.7497575876188165],
       [-5.496527991778327,0.33860624331553485,-2.169804167425063,8.862408577213825],
       [3.6958423599838177,-1.1010071970390582,1.5606632068667092,-4.438639465818054],
       [1.9519014086797553,-2.3034595768773976,0.6390728606230867,-1.488749805974926],
       [2.669005317694171,2.1961381460539915,1.4488380795889286,-6.182563277634213],
       [-1.0823640467381168,0.15457300351715675,-1.31147766693672,0.7760678566362381]
      ]
     ],
     [
      "the data gradient is averaged over N * C entries; divide by N only",
      [
       [0.33337138327023075,0.17125193337814698,2.427388181018674,-2.5723059552234755],
       [-0.8764108253573907,0.6812528565916383,0.6669387370297026,1.0629018930620187],
       [0.9618753606918347,0.5834245249840968,0.4995280921145468,-2.3279690737970635],
       [0.5442224147101471,-0.8065744252488959,-0.5262281853161159,-0.412654917694617],
       [0.5027090605371647,0.2328724185640748,-0.339153475528471,-0.2650097378698901],
       [-1.434874769915657,-0.30466923803195056,-0.07882168610441545,0.35516484053058117]
      ]
     ],
     [
      "the margin delta is 0; this kit's hinge uses delta = 1",
      [
       [0.42887663248570673,0.6183666244498353,6.357394705091576,-7.044932419583541],
       [-2.690067867381079,0.9405778633685504,1.2368135832099405,2.0473590821285574],
       [2.219831797944575,1.2374564311893237,2.2651443653902885,-6.005573690530773],
       [0.8090809029711774,-1.352181307795988,-0.6114306283022861,-0.04670408042238472],
       [0.9038110368222252,-0.05191414070522721,-0.4237803390988386,-0.2966982913152811],
       [-2.100811206829337,0.20534993715559047,-0.2645187289023019,0.6967791450546066]
      ]
     ],
     [
      "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
      [
       [-0.9112407513814176,1.0699895427292487,6.134168581917341,-5.9332118308215955],
       [-3.3799435429141806,1.28052049917462,1.5455506935184522,2.0885550115470775],
       [1.0552124459538952,0.5496303119663519,2.4610007686039332,-4.348984622530765],
       [1.780952246456577,-0.8082997253365134,-1.1942235995884933,-0.9796640350810523],
       [1.2931273771576324,-0.12049172171560274,-0.5162527444001123,-0.5249646453390392],
       [-2.808134863949399,0.1677138712510996,0.03690581266989538,1.1403143265069624]
      ]
     ],
     [
      "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
      [
       [-1.8112598953962575,6.07989072567129,-7.689709364842997,3.7807840770115395],
       [9.045259090231998,1.4038435760370078,-1.729659809199081,-7.184760195743956],
       [-2.707794962910924,3.899834387068472,-2.8599982846194094,1.3848177644552757],
       [-0.008233452928746998,-0.6385523962790516,-2.482566804801354,1.9281175404596702],
       [-7.072810442440372,-1.5252178255718634,2.2004536733615088,6.528992860353604],
       [2.087548302944011,5.17997551798901,0.8855260064044419,-9.616250680858904]
      ]
     ],
     [
      "the labels are off by one (y[i] - 1 instead of y[i])",
      [
       [1.3571036307088382,0.7347948786353262,1.330528499199905,-3.062721466100494],
       [1.7586017092012338,-1.3120700886251075,0.3701803056895462,0.7179707350602968],
       [-0.12928877591731402,1.4757719468213704,0.08296927071042942,-1.7125935376210712],
       [2.329129623559501,-0.4974865006095988,-1.6530447806718895,-1.379833455827494],
       [-2.391524791814236,1.4678529256523563,0.8718441725250141,0.18324595933974436],
       [-3.582135669860281,0.2665760503580097,1.2366818334555836,0.6156769325252465]
      ]
     ],
     [
      "margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",
      [
       [2.0323822477442253,-1.694034469899919,12.565577456699554,-12.544219692100283],
       [-7.846697037960007,0.039685339647913764,3.1401379965696967,6.2015563630683666],
       [4.205472360895878,0.3930036712725779,4.272059398257754,-9.153676526432795],
       [1.3560172715687966,-1.7095564216190358,0.08908341083414156,-0.9367793743333838],
       [4.917340486172357,0.9489664065079402,-1.8248194922064576,-3.9100691347709597],
       [-5.195528467111957,-2.321337295587083,-0.02831171120906278,6.08197662038666]
      ]
     ],
     [
      "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
      [
       [0.7163811059620778,1.5304811663724138,7.603867364211146,-9.618718665032514],
       [-2.906454975863311,1.1048257471228684,2.1548875243971084,2.2916070773586794],
       [2.669637580186946,2.1878540576863594,2.4530226315672468,-8.647984142927273],
       [1.0731241844674195,-1.8759608943770147,-1.0953441032093068,0.6468412274131287],
       [0.6831470750579807,-0.5302426936197695,-0.4122935552384974,0.09440158080216221],
       [-2.7566173466512853,0.9741684605390243,-0.22180290662450497,-0.0037136215910907044]
      ]
     ],
     [
      "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
      [
       [0.8033229578892791,-0.1596151879391797,3.0242845378408423,-3.5825318942932696],
       [-3.557502841567007,0.17907237288739392,0.03146403956772509,1.8451198573848688],
       [2.9839721647150976,1.5614626465711436,2.4081069147732483,-1.7046403215514176],
       [1.0521420941242055,-1.4281394446682785,-1.4002199338226353,-1.9788683185745963],
       [1.1402203891359186,0.2295749436021108,-0.5054820850614108,-0.7346012933995005],
       [-2.569727396019677,-0.14937806682697435,0.2959587676706669,1.467172785338625]
      ]
     ],
     [
      "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
      [
       [0.8033229578892791,-1.3422880413071687,-1.6401698444554649,1.9903502124251229],
       [-3.557502841567007,-0.46873884913495645,-1.7801292877935588,1.2679951737155153],
       [2.9839721647150976,1.1231349053042374,2.1093893024700128,4.564447532533382],
       [1.0521420941242055,-1.114768984827161,-1.89857407736808,-4.347735124262093],
       [1.1402203891359186,0.761269891502609,-0.5418865790117857,-1.2315980587753845],
       [-2.569727396019677,-0.9355983163540378,0.8145052062760092,2.242073539944428]
      ]
     ],
     [
      "the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) and then sums",
      [
       [4.557729683290073,1.5483004067260084,16.00551233304885,-21.751836880621358],
       [-4.813786024057475,-1.1240884416931958,3.336852094620326,4.135705032456313],
       [7.648216462686046,6.35983855835615,6.790447687876937,-21.081643804925722],
       [-0.29239293247907805,-3.8143032594275974,-1.6343915840675554,4.5398526624247495],
       [0.9573952554849199,-0.6045908511492314,-0.7693353443687134,0.5479492057359033],
       [-2.327992554042472,1.4750651663368402,-0.30699591564047274,-0.303277550175338]
      ]
     ],
     [
      "the gradient is the plain hinge's (1 where the margin is violated); the squared hinge's slope is 2 * margin",
      [
       [0.5020202914219279,0.08966220985074656,1.201200438512375,-1.4331773973414734],
       [-0.4113296616617583,0.5758621429228664,0.5729197735374107,0.79723040652745],
       [0.721328537841002,0.49246954902380874,-0.06681256713466152,-1.4301266157367343],
       [0.5409984861404663,-0.6895935638520998,-0.5907852669750346,-0.46185476886281357],
       [0.3925829728989642,0.2861002943883155,-0.30266707541158566,-0.24459792617281578],
       [-1.2955121556293632,-0.4027602555037145,-0.00547066235730603,0.24054221996894182]
      ]
     ],
     [
      "the correct class's coefficient is minus the number of violated margins; for the squared hinge it is minus the sum of the other classes' 2 * margin",
      [
       [0.8033229578892791,0.09409656253262248,3.292547682450429,-4.360529972064088],
       [-3.557502841567007,0.31804344899395603,0.356340974006471,1.925688921278676],
       [2.9839721647150976,1.6554944814952983,2.285801278731554,-2.579831686890814],
       [1.0521420941242055,-1.495364939602088,-1.4797549186671886,-1.648164423170426],
       [1.1402203891359186,0.11551359894141983,-0.48917610173064974,-0.6652184281753087],
       [-2.569727396019677,0.019285072092493416,0.2853279812236635,1.3589933395865463]
      ]
     ],
     [
      "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
      [
       [-1.005951994970774,1.0699895427292483,0.6736046013125153,-0.3779366066274135],
       [-0.630524708643202,1.2805204991746195,0.2748991937299339,0.6097876770646175],
       [-0.15048464858282573,0.5496303119663518,-0.23623738620609908,-0.4460493731840122],
       [0.6882863147465785,-0.8082997253365134,-0.401015650329091,-0.680206052630456],
       [0.8219002322380782,-0.12049172171560263,-0.2958454370009494,-0.2741448078186479],
       [-1.8428108107413803,0.1677138712510995,-0.03089969116099548,0.24279577712983424]
      ]
     ],
     [
      "the regularization gradient is missing (add 2 * reg * W)",
      [
       [0.6266020994920645,1.1357409760675499,7.015134318824635,-8.777477394384247],
       [-3.574789354946155,0.19417431775747468,1.5681581731990752,1.8124568639896048],
       [2.696129072031017,1.888487817138604,2.9430619132825835,-7.527678802452205],
       [0.6772262392187445,-1.2465806390140006,-0.5008501399480997,1.070204539743356],
       [0.8500151047983385,-0.713323230483283,-0.17323215411008647,0.036540279795031105],
       [-1.5131368348053602,1.2553485609760529,-0.19168797977367988,0.4494762536029876]
      ]
     ],
     [
      "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
      [
       [0.7149625286906718,1.0793993207481796,7.351936619480893,-8.966445697697955],
       [-3.566146098256581,0.5105289563336095,1.7056077700640422,2.1173507025219136],
       [2.8400506183730574,1.9441391024883268,2.824943220179534,-7.750703489044211],
       [0.864684166671475,-1.4940452717616985,-0.7013579651126451,0.7301015134281279],
       [0.9951177469671285,-0.5077216173908352,-0.3211548726105612,-0.10053212411429285],
       [-2.0414321154125186,0.9460953718380709,-0.20713782535417763,0.5708741421679047]
      ]
     ],
     [
      "the regularization gradient is counted twice",
      [
       [0.9800438162864937,0.9103743547900689,8.362343521449665,-9.533350607639074],
       [-3.540216328187859,1.4595928720620137,2.1179565606589428,3.0320322181188395],
       [3.2718152573991777,2.1110929585374953,2.4705871408703852,-8.41977754882023],
       [1.4270579490296664,-2.2364391700047923,-1.3028814406062816,-0.290207565517556],
       [1.4304256734734986,0.1090832218865081,-0.7649230281119852,-0.5117493358422647],
       [-3.626317957233994,0.0183358044241253,-0.25348736209567085,0.9350678078626561]
      ]
     ],
     [
      "the regularization gradient is divided by N; only the data gradient is averaged",
      [
       [0.6518479364059523,1.1196433602620155,7.111363547583566,-8.831468338188163],
       [-3.5723198530348483,0.284561357350656,1.6074294865890657,1.8995693892845502],
       [2.737249513843029,1.904388184381382,2.9093137152531408,-7.591400141478492],
       [0.7307856470623818,-1.3172848197990572,-0.5581380899951127,0.9730322465104336],
       [0.8914730025608499,-0.6545799124568694,-0.21549578796736496,-0.0026232641790614533],
       [-1.6640783435502626,1.1669905069366295,-0.19610222136810782,0.48416136462153536]
      ]
     ],
     [
      "the data gradient is not averaged over N",
      [
       [4.5629355548416655,7.837503521834109,49.779544833084955,-61.820278367317144],
       [-25.00623897124394,1.9919295014545924,11.25200640612346,13.29698572499185],
       [19.160746596901202,13.330717290669673,20.365196006771985,-53.13980099034944],
       [5.115499529436672,-9.2209937385934,-3.906966629965789,6.811225725573036],
       [6.24031101792595,-4.582059387198086,-1.5084705157715546,-0.01836284925343018],
       [-11.648548404851839,8.168933548556407,-1.3727155495767547,3.3891295523507474]
      ]
     ],
     [
      "the data gradient is divided by N twice",
      [
       [0.2662354440389381,0.04956540022805238,1.6757666468588917,-1.6318619486823058],
       [-0.4933976801845883,0.6604484654033373,0.4989217899012304,0.8687100862059896],
       [0.6730043886885113,0.38108654457638924,0.18420002997712714,-1.521432059248613],
       [0.47166246050813876,-0.6730122139259672,-0.4725656703216766,-0.5273196898099766],
       [0.41163601359448554,0.3092999075444266,-0.3205928875881046,-0.2689247678479292],
       [-1.2727529661865113,-0.4391708695650991,-0.05828368827152118,0.3070066705016896]
      ]
     ],
     [
      "the gradient has the wrong sign",
      [
       [-0.8033229578892791,-1.0230576654288095,-7.68873892013715,9.15541400101166],
       [3.557502841567007,-0.8268835949097442,-1.8430573669290091,-2.4222445410542224],
       [-2.9839721647150976,-1.9997903878380496,-2.7068245270764844,7.973728175636217],
       [-1.0521420941242055,1.7415099045093965,0.9018657902771907,-0.38999848711289997],
       [-1.1402203891359186,0.3021200042983875,0.46907759111103586,0.2376045280236168],
       [2.569727396019677,-0.6368421827000891,0.22258767093467535,-0.6922720307328218]
      ]
     ],
     [
      "the gradient has the wrong sign",
      [
       [-0.44988124109484984,-1.2484242867062902,-6.3415297175121195,8.399540787756834],
       [3.592075868325303,0.43853495939479487,-1.2932589794691414,-1.2026691869249873],
       [-2.4082859793469367,-1.7771852464391582,-3.1792992994886826,7.081629429268193],
       [-0.3023103843132835,0.7516513735186049,0.0998344896190087,-1.7504105923738118],
       [-0.5598098204607584,1.1245264566681787,-0.12261328289086293,-0.310685087613679],
       [0.4565462735910433,-1.8738549392520167,0.1607882886126844,-0.20668047647315335]
      ]
     ]
    ]
   },
   "edges": {
    "large_regularization": [
     {
      "description": "a large regularization strength (N=6, D=5, C=3, reg=500, seed 331)",
      "fingerprint": [5.0,3.0,1.53762428783,6.31549339724,1.477030232,6.0,5.0,-7.59060186421,27.4299323565,-5.36342408255,6.0,2.0,2.0,-0.832293673094],
      "loss": 1937.86924832,
      "grad": [
       [315.15121088494766,543.9261556845433,6.356930146196863],
       [506.2727493577893,-584.2885311880009,-508.3727803209865],
       [-148.08132322443927,-572.8082770499885,-452.1902698393375],
       [-131.86899644838093,28.531795844153198,618.641991656024],
       [1084.0357219238037,695.7498467063309,136.56806370116502]
      ],
      "loss_hypotheses": [
       ["the data loss is not averaged over N (divide the sum over examples by N)",2001.256409630651],
       ["the data loss is divided by N twice",1927.3047214303763],
       ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",975.273340289517],
       ["the regularization term is missing from the loss (add reg * np.sum(W * W))",12.677432262904262],
       ["the regularization term is added twice",3863.0610643693553],
       ["the regularization term is divided by N; only the data loss is averaged",333.54273493844187],
       ["the loss has the wrong sign",1912.5143837903213],
       [
        "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
        1938.8692483161296
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        1928.5575837063263
       ],
       ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",1929.4176268075269],
       ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",1928.7560215203318],
       ["the margin delta is 0; this kit's hinge uses delta = 1",1931.358590831304],
       [
        "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
        1933.791737630732
       ],
       [
        "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
        1926.615235254074
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        1928.801181343764
       ],
       [
        "the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) and then sums",
        1949.0636931245315
       ],
       ["the margins are not squared (this is the plain hinge loss); the squared hinge sums max(0, margin) ** 2",1929.3971966615582]
      ],
      "gradient_hypotheses": [
       [
        "the factor 2 of the derivative of m ** 2 = 2 * m is missing",
        [
         [311.3111103181027,543.1240007261516,10.99918567143364],
         [503.3746465353254,-583.4545884272076,-506.308620259316],
         [-151.5449764621814,-572.9361342287461,-448.59875942283776],
         [-130.4292875861848,30.56223388469774,615.1718447532833],
         [1083.0663189106763,696.0969934398826,137.1903199807408]
        ]
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [309.8593613017782,541.8544376262674,13.720497787642309],
         [501.0473899167837,-584.0472663565629,-503.38868571141893],
         [-154.08255520527513,-575.9954521157958,-443.0018627926943],
         [-131.65947078731622,33.87333717682008,613.0909246622923],
         [1082.0506538863199,696.3856610731235,137.91731737185623]
        ]
       ],
       [
        "the data gradient is averaged over N * C entries; divide by N only",
        [
         [310.03107679582104,542.856615740021,12.5466041798459],
         [502.4086122611708,-583.1766075069431,-505.62056690542585],
         [-152.6995275414288,-572.978753288332,-447.40158928400456],
         [-129.94938463211943,31.239046564879256,614.0151291190364],
         [1082.743184572967,696.2127090177331,137.39773874059938]
        ]
       ],
       [
        "the margin delta is 0; this kit's hinge uses delta = 1",
        [
         [312.76510725118015,543.934853290228,8.734336174279786],
         [504.6288788899917,-583.6505648013493,-507.3668762398405],
         [-150.5616208292952,-572.6374169526063,-449.88083233186387],
         [-131.70022513938736,29.938334160983473,617.0666820302001],
         [1083.2228766016642,696.1635358056765,136.96721992395888]
        ]
       ],
       [
        "only the largest margin of each example counts (the Crammer-Singer hinge); this kit's Weston-Watkins hinge sums over every class j != y[i] whose margin is violated",
        [
         [313.4361380196174,543.5668656073433,8.431293088727323],
         [504.42347678139566,-583.1483819341714,-507.66365699842237],
         [-150.1557785662895,-573.6151626835704,-449.3089288639054],
         [-132.23478292294098,31.682520877382156,615.857053097355],
         [1083.3817643845073,696.4438730740472,136.52799487274524]
        ]
       ],
       [
        "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
        [
         [307.71574162150057,541.4150590217354,16.303496072452027],
         [500.0450366481695,-582.2455968043023,-504.18800199506546],
         [-153.6133694210325,-573.6559989508016,-445.81050174193115],
         [-128.72729750086802,32.73346575798952,611.2986227946747],
         [1082.3893178438566,696.1769544391237,137.7873600483193]
        ]
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [308.6893857867258,544.2748408366555,12.470070092306672],
         [502.5759648918541,-583.3260540712981,-505.6384729717542],
         [-151.10481751892496,-573.5707998291192,-448.4042527657212],
         [-129.88249183439558,30.69508210484786,614.492200781344],
         [1082.5780793736235,696.3561532134544,137.41939974422178]
        ]
       ],
       [
        "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
        [
         [315.90217877892337,543.9261556845433,5.662823610547687],
         [506.9455498466332,-584.2885311880009,-508.57960460490926],
         [-147.1089717517329,-572.8082770499885,-452.88559489577267],
         [-131.48124430721003,28.531795844153198,619.5534297205365],
         [1084.4584062995675,695.7498467063309,136.5765257616025]
        ]
       ],
       [
        "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
        [
         [310.8286288953169,543.9261556845433,12.039978295225577],
         [501.47702006553817,-584.2885311880009,-506.67939133305265],
         [-151.64511617437034,-572.8082770499885,-446.4972449620373],
         [-133.39850118308848,28.531795844153198,611.1795256807713],
         [1082.055982158038,695.7498467063309,136.49877996093753]
        ]
       ],
       [
        "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
        [
         [306.50604690568616,543.9261556845433,17.72302644425429],
         [496.68129077328706,-584.2885311880009,-504.98600234511883],
         [-155.2089091243014,-572.8082770499885,-440.80422008473715],
         [-134.92800591779607,28.531795844153198,603.7170597055189],
         [1080.0762423922722,695.7498467063309,136.42949622071004]
        ]
       ],
       [
        "the sum of the margins is squared; the squared hinge squares each margin max(0, s[j] - s[y[i]] + 1) and then sums",
        [
         [321.79922187954793,543.6823119271578,-0.04723709101775242],
         [511.76139128529763,-585.7229859707315,-512.4269674657643],
         [-142.18801892276127,-570.9347594801345,-459.9570917108695],
         [-133.3930352298261,23.60070121528217,625.0971250663401],
         [1085.9871116888528,694.395116667441,135.97140397500584]
        ]
       ],
       [
        "the gradient is the plain hinge's (1 where the margin is violated); the squared hinge's slope is 2 * margin",
        [
         [308.569030913058,542.2934150885965,14.571850714033392],
         [501.2527563436668,-582.8536337688748,-504.7876847259902],
         [-153.6886156989996,-573.2025046156392,-446.18874979912647],
         [-129.05754561507408,31.943076822400563,612.4192598444697],
         [1082.515369243094,696.2285669553336,137.60969613287207]
        ]
       ],
       [
        "the correct class's coefficient is minus the number of violated margins; for the squared hinge it is minus the sum of the other classes' 2 * margin",
        [
         [311.5795967892926,543.9261556845433,11.3458717595764],
         [502.1498205543821,-584.2885311880009,-506.8862156169754],
         [-150.67276470166397,-572.8082770499885,-447.1925700184725],
         [-133.01074904191762,28.531795844153198,612.090963745284],
         [1082.478666533802,695.7498467063309,136.507242021375]
        ]
       ],
       [
        "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
        [
         [308.9305072472543,541.6061327085553,14.897656759878341],
         [503.53027756411785,-584.118145458414,-505.80069425690203],
         [-151.02221077330475,-575.0188642956499,-447.0387950448106],
         [-128.98256097564598,32.589230539320866,611.6981214881213],
         [1082.561106672377,696.2165088137243,137.57601684519818]
        ]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * W)",
        [
         [7.680201133689948,1.604309916783608,-9.284511050473556],
         [5.796205644927716,-1.667885521586668,-4.128320123341049],
         [6.9273064754843015,0.25571435751507143,-7.183020832999372],
         [-2.8794177243922596,-4.060876081089088,6.940293805481347],
         [1.9388060262549025,-0.694293467103357,-1.2445125591515451]
        ]
       ],
       [
        "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
        [
         [161.4157060093188,272.7652328006635,-1.4637904521383467],
         [256.0344775013585,-292.97820835479376,-256.2505502221638],
         [-70.57700837447749,-286.2762813462368,-229.68664533616843],
         [-67.37420708638659,12.235459881532055,312.79114273075265],
         [542.9872639750294,347.52777661961375,67.66177557100674]
        ]
       ],
       [
        "the regularization gradient is counted twice",
        [
         [622.6222206362054,1086.2480014523032,21.99837134286728],
         [1006.7492930706508,-1166.9091768544151,-1012.617240518632],
         [-303.0899529243628,-1145.8722684574923,-897.1975188456755],
         [-260.8585751723696,61.12446776939548,1230.3436895065665],
         [2166.1326378213525,1392.1939868797651,274.3806399614816]
        ]
       ],
       [
        "the regularization gradient is divided by N; only the data gradient is averaged",
        [
         [58.92536942556624,91.99128421141023,-6.67760418436182],
         [89.20896293040464,-98.77132646598905,-88.1690634896153],
         [-18.907465141169627,-95.25495087706886,-81.35089566738905],
         [-24.377680845057036,1.3712359064512931,108.89057678057178],
         [182.28829200917968,115.37972989513567,21.724250150901216]
        ]
       ],
       [
        "the data gradient is not averaged over N",
        [
         [353.55221655339744,551.9477052684614,-40.06562510617092],
         [535.2537775824278,-592.6279587959342,-529.0143809376917],
         [-113.44479084701777,-571.5297052624132,-488.10537400433435],
         [-146.26608507034223,8.227415438707759,653.3434606834306],
         [1093.7297520550783,692.278379370814,130.3455009054073]
        ]
       ],
       [
        "the data gradient is divided by N twice",
        [
         [308.7510432735394,542.5892307538904,14.09402268825816],
         [501.44257798701614,-582.8986265866787,-504.93251355153564],
         [-153.85407862067618,-573.0213723479178,-446.2044191451713],
         [-129.46948167805405,31.915859245060773,612.8584134847895],
         [1082.420050235258,696.3284245955837,137.60515750045798]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-315.15121088494766,-543.9261556845433,-6.356930146196863],
         [-506.2727493577893,584.2885311880009,508.3727803209865],
         [148.08132322443927,572.8082770499885,452.1902698393375],
         [131.86899644838093,-28.531795844153198,-618.641991656024],
         [-1084.0357219238037,-695.7498467063309,-136.56806370116502]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [299.7908086175678,540.7175358509762,24.925952247143975],
         [494.6803380679338,-580.9527601448276,-500.11614007430444],
         [-161.93593617540787,-573.3197057650187,-437.8242281733387],
         [-126.11016099959642,36.65354800633138,604.7614040450612],
         [1080.1581098712938,697.1384336405375,139.05708881946813]
        ]
       ]
      ]
     }
    ],
    "single_example_two_classes": [
     {
      "description": "a single example with two classes (N=1, D=5, C=2, reg=0.2, seed 330)",
      "fingerprint": [5.0,2.0,2.99899480981,3.70005522514,-0.0569763084476,1.0,5.0,1.18961609996,1.90876637556,-1.21668143011,1.0,0.0,0.0,0.0],
      "loss": 1.46826066515,
      "grad": [
       [1.0509968914116004,-0.6044701004035328],
       [0.17302137212541344,0.06330782980592059],
       [-1.8132359909836624,2.1022607166603793],
       [-0.5439981113342545,0.5051387334196877],
       [-0.7993044787863507,1.0658810620085861]
      ],
      "loss_hypotheses": [
       ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",1.313089722936756],
       ["the regularization term is missing from the loss (add reg * np.sum(W * W))",1.1579187807252633],
       ["the regularization term is added twice",1.778602549571234],
       ["the loss has the wrong sign",-0.8475768963022781],
       [
        "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
        2.468260665148249
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        1.1639952816473411
       ],
       ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",0.889301274785617],
       ["the margin delta is 0; this kit's hinge uses delta = 1",0.31612797339779497],
       [
        "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
        1.1639952816473411
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        1.3103418844229853
       ],
       ["the margins are not squared (this is the plain hinge loss); the squared hinge sums max(0, margin) ** 2",1.3864082302982121]
      ],
      "gradient_hypotheses": [
       [
        "the factor 2 of the derivative of m ** 2 = 2 * m is missing",
        [
         [0.6648364474044167,-0.21830965639634922],
         [0.17225511152854048,0.06407409040279353],
         [-0.8241859722358089,1.1132106979125256],
         [-0.3421050971996912,0.3032457192851244],
         [-0.32321495738952666,0.5897915406117621]
        ]
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [-0.3844552830288038,0.8309820740368713],
         [0.17017299535083932,0.06615620658049469],
         [1.8633031835349945,-1.5742784578582778],
         [0.20648726499392003,-0.2453466429084868],
         [0.9704359214102302,-0.7038593381879947]
        ]
       ],
       [
        "the data gradient is averaged over N * C entries; divide by N only",
        [
         [0.6648364474044167,-0.21830965639634922],
         [0.17225511152854048,0.06407409040279353],
         [-0.8241859722358089,1.1132106979125256],
         [-0.3421050971996912,0.3032457192851244],
         [-0.32321495738952666,0.5897915406117621]
        ]
       ],
       [
        "the margin delta is 0; this kit's hinge uses delta = 1",
        [
         [0.3332708041913982,0.11325598681666926],
         [0.17159718373812638,0.06473201819320763],
         [0.02503359627566601,0.26399112940105063],
         [-0.1687554231701672,0.12989604525560045],
         [0.08556572131193974,0.18101086191029572]
        ]
       ],
       [
        "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
        [
         [0.9418072898232701,-0.49528049881520253],
         [0.17280470651249571,0.0635244954188383],
         [-1.5335750905109053,1.822599816187622],
         [-0.4869114311241758,0.448052053209609],
         [-0.6646867933956352,0.9312633766178706]
        ]
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [0.9964020906174351,-0.5498752996093677],
         [0.17291303931895458,0.06341616261237944],
         [-1.6734055407472839,1.9624302664240005],
         [-0.5154547712292151,0.47659539331464834],
         [-0.7319956360909929,0.9985722193132285]
        ]
       ],
       [
        "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
        [
         [1.7687229786318024,-0.6044701004035328],
         [0.17444556051270046,0.06330782980592059],
         [-3.6515055782429915,2.1022607166603793],
         [-0.9192407994983418,0.5051387334196877],
         [-1.6841746788846412,1.0658810620085861]
        ]
       ],
       [
        "the correct class's column is missing from the gradient; it gets -X[i] for every violated margin",
        [
         [0.27867600339723314,-0.6044701004035328],
         [0.17148885093166752,0.06330782980592059],
         [0.16486404651204453,2.1022607166603793],
         [-0.14021208306512786,0.5051387334196877],
         [0.15287456400729746,1.0658810620085861]
        ]
       ],
       [
        "the correct class's term has the wrong sign; its column gets -X[i] for every violated margin",
        [
         [-0.493644884617134,-0.6044701004035328],
         [0.1699563297379216,0.06330782980592059],
         [2.1429640840077515,2.1022607166603793],
         [0.2635739452039987,0.5051387334196877],
         [1.1050536068009456,1.0658810620085861]
        ]
       ],
       [
        "the gradient is the plain hinge's (1 where the margin is violated); the squared hinge's slope is 2 * margin",
        [
         [0.6375390470073341,-0.19101225599926666],
         [0.17220094512531103,0.06412825680602297],
         [-0.7542707471176197,1.0432954727943362],
         [-0.32783342714717145,0.2889740492326047],
         [-0.2895605360418477,0.5561371192640832]
        ]
       ],
       [
        "the correct class's coefficient is minus the number of violated margins; for the squared hinge it is minus the sum of the other classes' 2 * margin",
        [
         [0.6375390470073341,-0.6044701004035328],
         [0.17220094512531103,0.06330782980592059],
         [-0.7542707471176197,2.1022607166603793],
         [-0.32783342714717145,0.5051387334196877],
         [-0.2895605360418477,1.0658810620085861]
        ]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * W)",
        [
         [0.7723208880143672,-0.7723208880143672],
         [0.0015325211937459084,-0.0015325211937459084],
         [-1.978100037495707,1.978100037495707],
         [-0.4037860282691266,0.4037860282691266],
         [-0.9521790427936482,0.9521790427936482]
        ]
       ],
       [
        "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
        [
         [0.9116588897129837,-0.68839549420895],
         [0.08727694665957966,0.030887654306087337],
         [-1.8956680142396847,2.040180377078043],
         [-0.4738920698016905,0.45446238084440715],
         [-0.8757417607899994,1.009030052401117]
        ]
       ],
       [
        "the regularization gradient is counted twice",
        [
         [1.3296728948088334,-0.43661931279269844],
         [0.34451022305708096,0.12814818080558707],
         [-1.6483719444716178,2.226421395825051],
         [-0.6842101943993824,0.6064914385702488],
         [-0.6464299147790533,1.1795830812235242]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-1.0509968914116004,0.6044701004035328],
         [-0.17302137212541344,-0.06330782980592059],
         [1.8132359909836624,-2.1022607166603793],
         [0.5439981113342545,-0.5051387334196877],
         [0.7993044787863507,-1.0658810620085861]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-0.493644884617134,0.9401716756252015],
         [0.1699563297379216,0.0663728721934124],
         [2.1429640840077515,-1.8539393583310348],
         [0.2635739452039987,-0.30243332311856547],
         [1.1050536068009456,-0.8384770235787102]
        ]
       ]
      ]
     }
    ],
    "all_margins_satisfied": [
     {
      "description": "inputs where every margin is satisfied (N=4, D=7, C=3, reg=0.02, seed 332)",
      "fingerprint": [7.0,3.0,29.3804706727,31.3768118437,1.5019588158,4.0,7.0,4.00489815952,5.47972437304,-1.10531005605,4.0,5.0,5.0,-1.31552721801],
      "loss": 6.00387035172,
      "grad": [
       [0.4,0.0,0.0],
       [0.0,0.4,0.0],
       [0.0,0.0,0.4],
       [0.005923540857109702,-0.00588890591177195,-0.003311018327724925],
       [-0.006613137291037535,-0.005509835603790854,0.0031676479415154524],
       [-0.004471577166404924,0.0008212251906225804,0.0029162939857769916],
       [-0.004789353516977819,-0.00934299560116977,0.002316942352636439]
      ],
      "loss_hypotheses": [
       ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",3.0019351758608885],
       ["the regularization term is missing from the loss (add reg * np.sum(W * W))",0.0],
       ["the regularization term is added twice",12.007740703443554],
       ["the regularization term is divided by N; only the data loss is averaged",1.5009675879304443],
       [
        "the correct class is counted in the hinge sum (skip j == y[i]: it adds 1 per example)",
        7.003870351721777
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        127.02821210446827
       ],
       [
        "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
        246.29087373998627
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        7.985651633454957
       ],
       ["margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",166.6031272810753]
      ],
      "gradient_hypotheses": [
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [5.894574691566898,0.48987811195762077,-5.984452803524519],
         [-5.972813595428469,5.875242144864417,0.49757145056405183],
         [0.9941705044539872,-11.937100316238244,11.342929811784257],
         [-1.3295675014616546,0.9280136619851813,0.39827745609408616],
         [-0.6529842597164963,0.7875309532879321,-0.14350201852474853],
         [-0.7981326018495106,1.2005827374911808,-0.40318419363167546],
         [0.18564396504641922,2.18816839599856,-2.3856277678104907]
        ]
       ],
       [
        "the margin is reversed; it is s[j] - s[y[i]] + 1, not s[y[i]] - s[j] + 1",
        [
         [-10.599271271176175,5.504696579609277,5.494574691566898],
         [5.475242144864417,-10.552912839164781,5.477670694300365],
         [10.94875930733027,10.942929811784257,-21.49168911911453],
         [1.54262519092039,-2.2136523454283354,0.6677507711255584],
         [0.3698986818289347,-1.355447367803285,0.9765933610210373],
         [0.21585803201977208,-1.8425389918160338,1.6259469018062553],
         [-2.732062211453856,-1.6230166398537036,4.343263444542049]
        ]
       ],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [-0.5898781119576207,0.48987811195762077,0.5],
         [0.5,-0.5975714505640518,0.49757145056405183],
         [0.9941705044539872,1.0,-1.5941705044539876],
         [0.14539102482612332,-0.20687662562536052,0.05820921741684998],
         [0.027417157093215783,-0.12879721611330242,0.0924247340667737],
         [0.01394607727166071,-0.16700487755942933,0.1523247422977633],
         [-0.2514019123193267,-0.15759243393790187,0.39717893949171745]
        ]
       ],
       [
        "margins <= 0 are added too; each class adds max(0, margin), so only violated margins (margin > 0) count",
        [
         [9.399271271176175,-4.504696579609277,-4.494574691566898],
         [-4.475242144864417,9.352912839164782,-4.477670694300365],
         [-8.94875930733027,-8.942929811784257,18.291689119114526],
         [-1.250403565286399,1.7986793881050276,-0.5515522062010154],
         [-0.3144342943170668,1.0976574482361026,-0.7921784788723484],
         [-0.18546778440525608,1.5073388869560231,-1.3226051605407723],
         [2.2250524683573945,1.3091225537251443,-3.5459904288480497]
        ]
       ],
       [
        "the correct class is counted in the margins: its own margin (delta) is not zeroed (margins[np.arange(N), y] = 0) before the gradient's coefficients are summed",
        [
         [-0.09999999999999998,0.0,0.0],
         [0.0,-0.09999999999999998,0.0],
         [0.0,0.0,-0.6],
         [0.009595035853840366,-0.116145692484964,-0.025898513720957434],
         [-0.016857528130748256,-0.06833104485242553,0.011154744463757249],
         [0.014418416452028534,-0.04298477405570749,0.06483557949531103],
         [-0.03609488256315484,-0.0069447011246323905,0.18602310781499815]
        ]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * W)",
        [
         [0.0,0.0,0.0],
         [0.0,0.0,0.0],
         [0.0,0.0,0.0],
         [0.0,0.0,0.0],
         [0.0,0.0,0.0],
         [0.0,0.0,0.0],
         [0.0,0.0,0.0]
        ]
       ],
       [
        "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
        [
         [0.2,0.0,0.0],
         [0.0,0.2,0.0],
         [0.0,0.0,0.2],
         [0.002961770428554851,-0.002944452955885975,-0.0016555091638624625],
         [-0.0033065686455187675,-0.002754917801895427,0.0015838239707577262],
         [-0.002235788583202462,0.0004106125953112902,0.0014581469928884958],
         [-0.0023946767584889094,-0.004671497800584885,0.0011584711763182195]
        ]
       ],
       [
        "the regularization gradient is counted twice",
        [
         [0.8,0.0,0.0],
         [0.0,0.8,0.0],
         [0.0,0.0,0.8],
         [0.011847081714219405,-0.0117778118235439,-0.00662203665544985],
         [-0.01322627458207507,-0.011019671207581709,0.006335295883030905],
         [-0.008943154332809847,0.0016424503812451608,0.005832587971553983],
         [-0.009578707033955637,-0.01868599120233954,0.004633884705272878]
        ]
       ],
       [
        "the regularization gradient is divided by N; only the data gradient is averaged",
        [
         [0.1,0.0,0.0],
         [0.0,0.1,0.0],
         [0.0,0.0,0.1],
         [0.0014808852142774256,-0.0014722264779429876,-0.0008277545819312313],
         [-0.0016532843227593838,-0.0013774589009477136,0.0007919119853788631],
         [-0.001117894291601231,0.0002053062976556451,0.0007290734964442479],
         [-0.0011973383792444547,-0.0023357489002924425,0.0005792355881591097]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-0.4,-0.0,-0.0],
         [-0.0,-0.4,-0.0],
         [-0.0,-0.0,-0.4],
         [-0.005923540857109702,0.00588890591177195,0.003311018327724925],
         [0.006613137291037535,0.005509835603790854,-0.0031676479415154524],
         [0.004471577166404924,-0.0008212251906225804,-0.0029162939857769916],
         [0.004789353516977819,0.00934299560116977,-0.002316942352636439]
        ]
       ]
      ]
     }
    ]
   }
  },
  "softmax": {
   "main": [
    {
     "description": "a small image batch (N=20, D=13, C=4, reg=0, seed 301)",
     "fingerprint": [13.0,4.0,-0.0758780212397,0.402647993925,0.0581142846829,20.0,13.0,20.0,10504.7,344.559552361,20.0,30.0,30.0,2.12118734095],
     "loss": 2.36843822086,
     "grad": [
      [-6.909884046785744,3.954823861704601,-5.966767229093454,8.921827414174594],
      [-3.5268306860977447,6.632622693251124,-15.766021917973806,12.66022991082043],
      [-7.330389725235347,5.797629508678126,-10.877499674722076,12.410259891279292],
      [-9.240377273126999,6.28741777762151,-3.3856837557148554,6.338643251220345],
      [13.426109118732398,-7.232965743029557,-6.475171723878532,0.2820283481756851],
      [17.552501919112625,-5.71672955574316,-8.96099211538414,-2.874780247985325],
      [12.848443735920132,-4.009750818349618,-5.023732199000501,-3.81496071857001],
      [11.730752520956374,-2.322563716230601,-7.288152876498794,-2.1200359282269803],
      [10.662526686778193,27.708948869373664,-28.6224506206905,-9.749024935461359],
      [7.662106883219782,17.36725337666379,-24.055297189492563,-0.9740630703910043],
      [13.591004596725849,15.368166570376923,-31.93287756426862,2.973706397165848],
      [14.904203424993643,19.19467098172342,-31.065135873786534,-3.0337385329305246],
      [-0.10415841475452411,0.03043317570194028,0.08926640724409643,-0.015541168191512592]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",47.36876441723959],
      ["the data loss is divided by N twice",0.11842191104309899],
      ["the loss has the wrong sign",-2.3684382208619796],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       3.365157434539875
      ],
      ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",0.5921095552154949],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",0.11029181706474463],
      ["the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",5.388990773073077],
      ["the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",3.9736643413670016],
      ["the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",2.3767102881718025],
      ["the correct class's score is read before the max is subtracted; subtract the max from every score of the example, the correct one included",0.34818261699357306],
      ["the loss is minus the probability of the correct class; cross-entropy is minus its log",-0.20735377086731877],
      [
       "the log of the sum of the exponentials is computed as a sum of logs; the loss of example i is log(sum_j exp(s[j])) - s[y[i]]",
       -6.142057754679804
      ],
      [
       "the loss averages -log p over every class; only the correct class's -log p[y[i]] counts",
       2.449493975542368
      ],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",2.368434281476141],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",2.3683988299335983],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",2.368044604159305]
     ],
     "gradient_hypotheses": [
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [13.690115953214255,-11.895176138295401,9.03323277090655,-10.828172585825405],
        [13.123169313902256,-17.81737730674888,10.583978082026196,-5.889770089179573],
        [15.069610274764653,-17.902370491321875,14.222500325277926,-11.389740108720705],
        [13.109622726873003,-11.96258222237849,13.664316244285146,-14.811356748779655],
        [-12.2238908812676,2.2670342569704443,-8.875171723878532,18.832028348175687],
        [-12.897498080887374,7.6332704442568415,-16.76099211538414,22.025219752014678],
        [-13.101556264079871,8.740249181650382,-13.923732199000503,18.28503928142999],
        [-7.069247479043628,1.9774362837693995,-12.038152876498794,17.129964071773024],
        [11.312526686778194,3.0589488693736695,-33.9724506206905,19.60097506453864],
        [12.212106883219784,-5.432746623336209,-22.655297189492565,15.875936929608997],
        [7.6410045967258515,-8.731833429623077,-18.832877564268617,19.923706397165848],
        [8.754203424993644,-3.6553290182765834,-29.715135873786533,24.61626146706947],
        [-0.10415841475452411,0.03043317570194029,0.08926640724409643,-0.0155411681915126]
       ]
      ],
      [
       "the data gradient is averaged over N * C entries; divide by N only",
       [
        [-1.727471011696436,0.9887059654261503,-1.4916918072733636,2.2304568535436484],
        [-0.8817076715244362,1.658155673312781,-3.9415054794934514,3.1650574777051075],
        [-1.8325974313088367,1.4494073771695315,-2.719374918680519,3.102564972819823],
        [-2.3100943182817497,1.5718544444053775,-0.8464209389287138,1.5846608128050863],
        [3.3565272796830996,-1.8082414357573893,-1.618792930969633,0.07050708704392128],
        [4.388125479778156,-1.42918238893579,-2.240248028846035,-0.7186950619963313],
        [3.212110933980033,-1.0024377045874044,-1.2559330497501253,-0.9537401796425025],
        [2.9326881302390935,-0.5806409290576503,-1.8220382191246984,-0.5300089820567451],
        [2.6656316716945483,6.927237217343416,-7.155612655172625,-2.4372562338653396],
        [1.9155267208049456,4.341813344165947,-6.013824297373141,-0.24351576759775106],
        [3.3977511491814623,3.8420416425942308,-7.983219391067155,0.743426599291462],
        [3.7260508562484107,4.798667745430855,-7.766283968446634,-0.7584346332326312],
        [-0.02603960368863103,0.00760829392548507,0.022316601811024107,-0.003885292047878148]
       ]
      ],
      [
       "the gradient lacks the -1 of the correct class: the gradient of the scores is the probabilities minus the one-hot labels (p[y[i]] - 1)",
       [
        [4.365115953214255,-5.3701761382954,0.5582327709065505,0.4468274141745936],
        [3.3231693139022553,-3.167377306748878,-1.1160219179738013,0.9602299108204282],
        [3.8946102747646547,-5.377370491321874,1.6475003252779277,-0.16474010872070394],
        [2.6596227268730015,-4.162582222378491,4.414316244285145,-2.9113567487796552],
        [-1.6613908812675995,3.3295342569704447,-5.412671723878534,3.7445283481756846],
        [-0.5599980808873763,6.62077044425684,-9.973492115384143,3.9127197520146737],
        [-2.46405626407987,6.6277491816503815,-7.136232199000503,2.9725392814299894],
        [-1.4067474790436258,3.3399362837694007,-5.925652876498794,3.9924640717730213],
        [-2.512473313221808,13.883948869373663,-17.797450620690505,6.42597506453864],
        [0.024606883219781342,5.179753376663789,-13.44279718949257,8.238436929608996],
        [0.35350459672584933,8.080666570376922,-15.120377564268619,6.686206397165845],
        [-0.7957965750063553,9.644670981723419,-17.765135873786534,8.916261467069475],
        [0.14584158524547586,0.28043317570194026,0.3392664072440964,0.2344588318084874]
       ]
      ],
      [
       "the -1 is subtracted from every class's probability; only the correct class's gets -1",
       [
        [4.365115953214258,-5.370176138295397,0.5582327709065551,0.4468274141745964],
        [3.3231693139022545,-3.1673773067488797,-1.1160219179738042,0.9602299108204253],
        [3.894610274764653,-5.377370491321876,1.6475003252779257,-0.16474010872070774],
        [2.659622726873002,-4.162582222378491,4.414316244285146,-2.9113567487796566],
        [-1.6613908812675944,3.3295342569704474,-5.412671723878528,3.7445283481756895],
        [-0.5599980808873687,6.620770444256844,-9.973492115384136,3.912719752014681],
        [-2.4640562640798658,6.627749181650384,-7.1362321990005,2.9725392814299916],
        [-1.4067474790436294,3.339936283769396,-5.925652876498797,3.9924640717730178],
        [-2.5124733132218027,13.883948869373672,-17.7974506206905,6.4259750645386475],
        [0.02460688321978579,5.179753376663792,-13.44279718949257,8.238436929608998],
        [0.3535045967258501,8.080666570376923,-15.120377564268619,6.686206397165849],
        [-0.7957965750063589,9.644670981723413,-17.765135873786537,8.916261467069473],
        [-0.854158414754524,-0.7195668242980597,-0.6607335927559037,-0.7655411681915126]
       ]
      ],
      [
       "the gradient uses exp(scores) without dividing by their sum; it needs the probabilities",
       [
        [-3.7965782008186686,2.278570648608378,-5.4298177224094335,9.447144909294348],
        [-0.2394325461191104,8.440606044350163,-17.877515497161273,14.702389951747477],
        [-4.171484081420514,5.40457202956218,-11.786787514883475,12.76993125102573],
        [-7.038962696775694,4.677031879140465,-4.188665458457107,5.181072907412547],
        [12.67309616301202,-5.983540159701571,-6.079099710935924,1.9886229000246587],
        [18.248050387987234,-1.0120993897121837,-7.964434685041215,-0.10107665594333459],
        [11.902245050305233,0.0019315825090244361,-5.183472081838202,-1.4770411075380152],
        [10.268835594297693,-1.775486420822047,-6.828088279213295,-0.8323129018495136],
        [10.18849273380009,36.01144942924499,-34.56451059183554,-5.009674979357852],
        [8.553373149786122,21.173324992191105,-28.197958784246328,4.298874958132763],
        [15.493426925913306,22.206580930697555,-36.25259868165347,8.262608930955526],
        [15.84457555915472,27.52928387423068,-36.10873240948815,3.646484671619757],
        [0.0017501781756296048,0.2246226058454434,0.20477240685571818,0.14342171520753183]
       ]
      ],
      [
       "the correct class's -X[i] is subtracted inside the loop over the classes j, so C times; it is subtracted once per example (p[j] - 1 only for j == y[i])",
       [
        [-40.73488404678574,31.92982386170461,-25.541767229093445,34.3468274141746],
        [-24.076830686097747,36.03262269325112,-59.716021917973805,47.76022991082043],
        [-41.00538972523535,39.32262950867812,-48.452499674722084,50.1352598912793],
        [-44.940377273127,37.63741777762151,-26.78568375571486,34.08864325122035],
        [58.6886091187324,-38.92046574302956,-9.66267172387853,-10.105471651824312],
        [71.89000191911262,-42.729229555743146,-5.923492115384139,-23.237280247985325],
        [58.785943735920135,-35.92225081834961,1.3137678009995002,-24.177460718570007],
        [51.14325252095637,-19.310063716230605,-11.375652876498796,-20.45753592822698],
        [50.1875266867782,69.18394886937367,-61.097450620690495,-58.274024935461355],
        [30.57460688321978,53.92975337666379,-55.89279718949257,-28.611563070390986],
        [53.30350459672585,37.23066657037692,-82.37037756426862,-8.16379360283415],
        [62.004203424993634,47.84467098172341,-70.96513587378654,-38.88373853293053],
        [-0.8541584147545243,-0.7195668242980597,-0.6607335927559036,-0.7655411681915126]
       ]
      ],
      [
       "the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
       [
        [-11.037524483072653,9.10124230116347,-6.490222745589321,8.505870231856708],
        [-6.640082992715749,9.756832766191232,-14.752488991883729,11.79534018339093],
        [-11.001017268897124,10.991761423470157,-12.501558236989997,12.581189995810032],
        [-11.745638909199709,10.266680761593806,-7.685322925066306,9.120792181746465],
        [15.010831176729983,-10.417096212374187,-1.2218009382945605,-3.289400880522737],
        [18.116804370537178,-11.97786458004658,0.7274395605117456,-6.57517420684953],
        [15.204208159986184,-10.299647364415037,1.8808181307302463,-6.618867632841075],
        [13.04640623972162,-5.539068802374862,-1.5360584641749293,-5.944828906515589],
        [13.080164167535225,14.529525458509061,-11.578842548706666,-15.820447742566605],
        [7.666583335431701,12.472842749090837,-11.170922087886323,-8.78344948122169],
        [13.30913642641021,7.761251889267088,-17.42981573953874,-3.332233245863285],
        [15.704590962714766,10.120927910549765,-14.024285907488352,-11.454737315024436],
        [-0.2420057325858039,-0.2349284713145106,-0.235558809692417,-0.23750698640726853]
       ]
      ],
      [
       "the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
       [
        [-9.789713702811339,8.582680811595576,-6.404590069551203,8.598549981065677],
        [-5.537077899649165,9.656792118737332,-15.004849530062321,12.081574000073143],
        [-9.824104086103425,10.567103547179448,-12.44383715084865,12.599773829645232],
        [-10.934551367857805,9.841835950315076,-7.402951444821428,8.73287970194514],
        [14.607976240675466,-10.080120970440088,-1.614050581709709,-2.7697163165740393],
        [18.139421607160227,-11.144404636356928,0.025529973926140308,-5.937721875712992],
        [14.635190658173906,-9.516669317740662,1.3103435837518913,-6.112593317528153],
        [12.567755734774291,-5.253015334572609,-1.963414676970202,-5.441440562499817],
        [12.581851012411914,16.16227272531872,-13.43504298347494,-14.755997872124013],
        [7.819401191971982,13.134128424512639,-12.545935111623375,-7.49533818154198],
        [13.68554872478372,8.859178292074002,-18.949843689787784,-2.190582364538698],
        [15.728714092717315,11.444061055330927,-15.807708478531826,-9.967841406721472],
        [-0.2,-0.2,-0.2,-0.19999999999999996]
       ]
      ],
      [
       "the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",
       [
        [-4.043275598129331,2.945063420365794,-6.535317333705438,7.633529511468971],
        [-2.5765883738496904,5.376898133070924,-13.823773679427173,11.023463920205938],
        [-4.6759646136024795,4.870907408584723,-10.980265692252843,10.785322897270598],
        [-6.220819628427521,5.957529433679848,-4.4205817855739165,4.683871980321586],
        [8.788090550385435,-6.299237054306259,-4.673316218550007,2.184462722470827],
        [12.681706351806195,-5.796982271281168,-5.704396920921827,-1.1803271596032028],
        [7.961497183165359,-3.6470240832939647,-2.176747548385747,-2.137725551485649],
        [9.138270334852876,-2.4417060939144357,-5.457165495457935,-1.239398745480506],
        [4.724903553798269,24.445974213626585,-18.752765076165737,-10.418112691259115],
        [2.9106026106613543,15.276854959610228,-16.818682363080093,-1.3687752071914878],
        [8.543043955211996,13.205177371473994,-23.976972149398037,2.2287508227120445],
        [8.674601623703413,16.296703374196213,-21.752810976684582,-3.218494021215032],
        [0.022057022716520536,0.023811187078391426,-0.10438139808237057,0.05851318828745859]
       ]
      ],
      [
       "only the last example's term is left in dW: either dW is reset inside the loop over the examples or its columns are assigned (=) where they must accumulate (+=)",
       [
        [-1.5260784181138427,0.0016045277963882762,1.5233999592614587,0.0010739310559954843],
        [-1.4771371277370142,0.0015530706367373405,1.4745445669819368,0.0010394901183396526],
        [0.36928428193425333,-0.0003882676591843349,-0.3686361417454841,-0.00025987252958491305],
        [-2.803001176127466,0.002947091870917242,2.798081557827169,0.0019725264293794613],
        [3.646126133073744,-0.00383355839399473,-3.6397267248243894,-0.0025658498553594736],
        [4.16668349435456,-0.0043808754557365034,-4.159370442706578,-0.002932176192244231],
        [3.490403845511107,-0.0036698310678326606,-3.484277749389547,-0.0024562650537272813],
        [3.7173134645309487,-0.003908405171668818,-3.7107891135946027,-0.002615945764677047],
        [2.798551967911391,-0.0029424139473126117,-2.793640158529031,-0.001969395435047113],
        [2.934252818501689,-0.003085090617253843,-2.929102837122251,-0.0020648907621837378],
        [2.3113636682511407,-0.0024301813126055673,-2.30730693538288,-0.0016265515556549686],
        [3.1055473348205895,-0.003265190676032119,-3.1000967101005776,-0.0021854340439791493],
        [-0.044492082160753434,4.677923604630543e-05,0.04441399298138364,3.130994332348351e-05]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [-138.19768093571489,79.09647723409202,-119.3353445818691,178.43654828349187],
        [-70.5366137219549,132.65245386502247,-315.3204383594761,253.2045982164086],
        [-146.60779450470693,115.95259017356253,-217.5499934944415,248.20519782558586],
        [-184.80754546253996,125.7483555524302,-67.7136751142971,126.77286502440691],
        [268.52218237464797,-144.65931486059114,-129.50343447757064,5.640566963513702],
        [351.0500383822525,-114.3345911148632,-179.21984230768282,-57.4956049597065],
        [256.9688747184026,-80.19501636699235,-100.47464398001003,-76.2992143714002],
        [234.61505041912747,-46.45127432461202,-145.76305752997587,-42.4007185645396],
        [213.25053373556386,554.1789773874733,-572.44901241381,-194.98049870922716],
        [153.24213766439564,347.3450675332758,-481.10594378985127,-19.481261407820085],
        [271.820091934517,307.36333140753845,-638.6575512853724,59.474127943316965],
        [298.08406849987284,383.8934196344684,-621.3027174757307,-60.67477065861049],
        [-2.0831682950904824,0.6086635140388056,1.7853281448819285,-0.31082336383025183]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [-0.3454942023392872,0.19774119308523005,-0.29833836145467274,0.4460913707087297],
        [-0.17634153430488725,0.33163113466255617,-0.7883010958986902,0.6330114955410215],
        [-0.36651948626176734,0.2898814754339063,-0.5438749837361038,0.6205129945639646],
        [-0.4620188636563499,0.3143708888810755,-0.16928418778574278,0.31693216256101725],
        [0.6713054559366199,-0.36164828715147784,-0.3237585861939266,0.014101417408784256],
        [0.8776250959556313,-0.285836477787158,-0.44804960576920705,-0.14373901239926626],
        [0.6424221867960066,-0.2004875409174809,-0.25118660995002506,-0.19074803592850048],
        [0.5865376260478187,-0.11612818581153006,-0.3644076438249397,-0.10600179641134902],
        [0.5331263343389097,1.3854474434686832,-1.431122531034525,-0.48745124677306795],
        [0.3831053441609891,0.8683626688331895,-1.202764859474628,-0.048703153519550214],
        [0.6795502298362924,0.7684083285188461,-1.596643878213431,0.14868531985829242],
        [0.7452101712496821,0.9597335490861709,-1.5532567936893267,-0.15168692664652622],
        [-0.005207920737726206,0.001521658785097014,0.0044633203622048215,-0.0007770584095756296]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [6.909884046785744,-3.954823861704601,5.966767229093454,-8.921827414174594],
        [3.5268306860977447,-6.632622693251124,15.766021917973806,-12.66022991082043],
        [7.330389725235347,-5.797629508678126,10.877499674722076,-12.410259891279292],
        [9.240377273126999,-6.28741777762151,3.3856837557148554,-6.338643251220345],
        [-13.426109118732398,7.232965743029557,6.475171723878532,-0.2820283481756851],
        [-17.552501919112625,5.71672955574316,8.96099211538414,2.874780247985325],
        [-12.848443735920132,4.009750818349618,5.023732199000501,3.81496071857001],
        [-11.730752520956374,2.322563716230601,7.288152876498794,2.1200359282269803],
        [-10.662526686778193,-27.708948869373664,28.6224506206905,9.749024935461359],
        [-7.662106883219782,-17.36725337666379,24.055297189492563,0.9740630703910043],
        [-13.591004596725849,-15.368166570376923,31.93287756426862,-2.973706397165848],
        [-14.904203424993643,-19.19467098172342,31.065135873786534,3.0337385329305246],
        [0.10415841475452411,-0.03043317570194028,-0.08926640724409643,0.015541168191512592]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [6.909884046785744,-3.954823861704601,5.966767229093454,-8.921827414174594],
        [3.5268306860977447,-6.632622693251124,15.766021917973806,-12.66022991082043],
        [7.330389725235347,-5.797629508678126,10.877499674722076,-12.410259891279292],
        [9.240377273126999,-6.28741777762151,3.3856837557148554,-6.338643251220345],
        [-13.426109118732398,7.232965743029557,6.475171723878532,-0.2820283481756851],
        [-17.552501919112625,5.71672955574316,8.96099211538414,2.874780247985325],
        [-12.848443735920132,4.009750818349618,5.023732199000501,3.81496071857001],
        [-11.730752520956374,2.322563716230601,7.288152876498794,2.1200359282269803],
        [-10.662526686778193,-27.708948869373664,28.6224506206905,9.749024935461359],
        [-7.662106883219782,-17.36725337666379,24.055297189492563,0.9740630703910043],
        [-13.591004596725849,-15.368166570376923,31.93287756426862,-2.973706397165848],
        [-14.904203424993643,-19.19467098172342,31.065135873786534,3.0337385329305246],
        [0.10415841475452411,-0.03043317570194028,-0.08926640724409643,0.015541168191512592]
       ]
      ]
     ]
    },
    {
     "description": "a small image batch (N=24, D=13, C=5, reg=2, seed 302)",
     "fingerprint": [13.0,5.0,0.085796282333,0.449136441759,0.00237011029917,24.0,13.0,24.0,18672.4166667,-247.187719846,24.0,46.0,46.0,-6.58141238698],
     "loss": 1.72763837938,
     "grad": [
      [8.290942883607697,8.712561078527782,-17.304600455303365,-17.73284673512588,18.003733416646224],
      [13.335881402802237,-1.882091807548525,-10.612466007256897,-19.38858723988592,18.541773850091126],
      [13.924558927841296,-1.8312050655034198,-10.816290635759708,-19.11592045484225,17.890509518044443],
      [16.11350674758498,6.721196091274642,-14.387981596411512,-18.776173926795167,10.352588502888207],
      [11.966052143955496,2.8335246622566785,-7.894653914766198,-6.198233083287745,-0.6327949488486981],
      [10.038927106960045,4.701043346630468,-11.03002713631088,-4.914623326418736,1.163286347244933],
      [9.54794165638228,-1.4106209385061168,-4.572321428402882,-1.9750845669061112,-1.4787044384550805],
      [10.643746232831532,3.4082865468301504,-8.940266161554309,-3.7564831389482434,-1.4138276678143313],
      [6.248539336544761,-34.76355929314441,7.439820783268218,0.08017850761970967,21.06012326771993],
      [7.738000203207271,-33.20941623035449,6.770866424121209,-0.33400611256870766,18.999797485603217],
      [4.587878246953906,-30.4208583641552,4.764662714839863,2.8031788973527796,18.254931609469118],
      [6.415845320708745,-30.496516776681005,4.468273059425766,0.5600451966133039,19.13605144497975],
      [0.038250522300016555,-0.08551989522489417,0.13872432282886077,0.12651595836488294,-0.1028772882089321]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",41.22905850073735],
      ["the data loss is divided by N twice",0.08174587432248452],
      ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",1.7225457140668934],
      ["the regularization term is missing from the loss (add reg * np.sum(W * W))",1.7174530487547075],
      ["the regularization term is added twice",1.7378237100034508],
      ["the regularization term is divided by N; only the data loss is averaged",1.717877437530723],
      ["the loss has the wrong sign",-1.7072677181303357],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       4.301312853725863
      ],
      ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",0.3536759403753132],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",0.08280897753404266],
      ["the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",4.9448041336115995],
      ["the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",3.310953604702561],
      ["the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",1.7714720552461134],
      ["the correct class's score is read before the max is subtracted; subtract the max from every score of the example, the correct one included",-0.5902588511903677],
      ["the loss is minus the probability of the correct class; cross-entropy is minus its log",-0.24596421584899897],
      [
       "the log of the sum of the exponentials is computed as a sum of logs; the loss of example i is log(sum_j exp(s[j])) - s[y[i]]",
       -10.337151727291577
      ],
      [
       "the loss averages -log p over every class; only the correct class's -log p[y[i]] counts",
       2.826405239029228
      ],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",1.7276296489564162],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",1.727551083509414]
     ],
     "gradient_hypotheses": [
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [18.62427621694103,-15.245772254805551,-15.762933788636698,10.966806042651898,1.3874139722017773],
        [9.210881402802237,-17.923758474215195,-10.195799340590224,10.548912760114083,8.354273850091127],
        [7.924558927841293,-19.08120506550342,-7.982957302426371,9.569843434046634,9.621412295822225],
        [18.65517341425165,-12.820470575392026,-19.51298159641151,6.32104829542705,7.380366280665983],
        [10.341052143955498,-8.916475337743321,-10.769653914766199,0.19065580560114248,9.228316162262413],
        [11.538927106960044,-9.173956653369533,-10.363360469644215,-0.7705261041965145,8.727522458356045],
        [1.7146083230489484,-10.952287605172783,2.136011904930452,-4.782376233572777,11.995253894878251],
        [8.310412899498198,-9.96671345316985,-7.023599494887642,-2.124538694503798,10.745894554407888],
        [-43.04312733012191,-37.09689262647775,57.60648744993488,-8.36079371460251,30.959428823275484],
        [-40.17866646345939,-35.5844162303545,53.85419975745455,-9.068381112568707,30.942505818936553],
        [-40.412121753046094,-35.75419169748853,56.264662714839886,-9.622168324869444,29.51361216502467],
        [-37.95915467929125,-35.37151677668101,52.67660639275908,-9.044121470053362,29.781884778313085],
        [0.038250522300016555,-0.08551989522489419,0.13872432282886077,0.16818262503154963,-0.1445439548755988]
       ]
      ],
      [
       "the data gradient is averaged over N * C entries; divide by N only",
       [
        [1.670270554103125,1.749050837882724,-3.461450045270388,-3.58547291226253,3.59739175389953],
        [2.669830423858905,-0.3892927067442517,-2.1292932378271687,-3.8830179872605948,3.726283706175136],
        [2.7953000042939027,-0.3663816937036143,-2.1730882929970687,-3.7611880840641576,3.5570103562512974],
        [3.2640507103311562,1.3670645123321532,-2.891686306889202,-3.767212452483656,2.050919355250699],
        [2.4105148377958105,0.5506632675096378,-1.5549550677148567,-1.2151215173557879,-0.11720666092527005],
        [2.055747249257913,0.8851309957539526,-2.2690923935452334,-0.9747146624161754,0.26153514905537184],
        [1.9110400048271465,-0.26103089930530343,-0.8823818410861434,-0.3752177393731747,-0.2811992409504335],
        [2.1237410284517795,0.6483901607712702,-1.7995971033665634,-0.750899275202198,-0.2801789993094901],
        [1.2218927882783341,-6.930077492543618,1.5485428788737106,-0.013445843037110917,4.238190270436891],
        [1.5265329251779978,-6.6856720394649685,1.3742018467265753,-0.046550000388035695,3.7967290379569283],
        [0.9023430150781598,-6.057257662976592,0.9636728532014763,0.5491762829438104,3.6318586162136093],
        [1.3262288540496214,-6.0898111732046845,0.8851844206005345,0.08655245068696948,3.875543692914118],
        [0.03415565048745909,-0.017392192733370546,0.05789423044635597,0.10842051664490118,-0.0679845847854117]
       ]
      ],
      [
       "the gradient lacks the -1 of the correct class: the gradient of the scores is the probabilities minus the one-hot labels (p[y[i]] - 1)",
       [
        [8.539206772496586,-1.3725083659166648,-3.4313365664144744,-5.401249512903658,1.6356778610906637],
        [6.565048069468905,-4.527925140881859,2.78336732607644,-6.409420573219251,1.5834405167577916],
        [5.6450450389524045,-4.110718954392306,4.154195475351408,-6.978767677064474,1.341898406933336],
        [9.39128452536276,-2.5426927976142446,-4.110203818633728,-3.3733961490173923,0.658144058443763],
        [3.743829921733276,-3.763697559965545,-2.7418761369884224,1.8295446944900293,1.0060939400401905],
        [4.009413218071154,-2.8284705422584215,-4.6845410251997714,0.7641961180257067,2.6980085694671536],
        [-0.32185001028438465,-3.447079271839451,2.9328869049304527,-1.1782095669061112,2.1254622282115863],
        [1.8451351217204224,-3.0569912309476264,-2.030543939332087,1.2365724166073135,1.94728344329678],
        [-16.206321774566344,-7.9267537375888555,36.60995967215711,-20.91634927015807,8.504567712164372],
        [-14.933874796792725,-7.9646245636878295,34.39065809078788,-19.797547779235373,8.270630818936553],
        [-16.497191197490537,-6.505927808599641,34.012926603728744,-19.448557213758328,8.428542720580223],
        [-14.646654679291258,-7.184016776681006,32.65577305942576,-19.460788136720026,8.719384778313085],
        [0.2465838556333499,0.12281343810843919,0.3470576561621941,0.3348492916982163,0.06378937845773452]
       ]
      ],
      [
       "the -1 is subtracted from every class's probability; only the correct class's gets -1",
       [
        [8.539206772496591,-1.372508365916653,-3.4313365664144677,-5.4012495129036475,1.6356778610906755],
        [6.565048069468904,-4.527925140881857,2.7833673260764398,-6.409420573219254,1.5834405167577923],
        [5.6450450389523965,-4.110718954392317,4.154195475351397,-6.9787676770644875,1.341898406933327],
        [9.391284525362753,-2.542692797614254,-4.110203818633737,-3.373396149017401,0.6581440584437536],
        [3.743829921733281,-3.7636975599655402,-2.7418761369884184,1.8295446944900338,1.006093940040195],
        [4.0094132180711615,-2.8284705422584184,-4.684541025199766,0.764196118025711,2.6980085694671576],
        [-0.32185001028438415,-3.447079271839451,2.932886904930452,-1.178209566906111,2.1254622282115863],
        [1.8451351217204177,-3.056991230947631,-2.0305439393320905,1.2365724166073089,1.9472834432967756],
        [-16.206321774566355,-7.926753737588863,36.609959672157096,-20.91634927015808,8.504567712164366],
        [-14.933874796792725,-7.9646245636878295,34.39065809078787,-19.79754777923538,8.270630818936553],
        [-16.49719119749054,-6.505927808599651,34.01292660372875,-19.448557213758342,8.428542720580216],
        [-14.646654679291254,-7.184016776681006,32.65577305942576,-19.460788136720023,8.719384778313083],
        [-0.7534161443666502,-0.8771865618915607,-0.6529423438378059,-0.6651507083017837,-0.9362106215422654]
       ]
      ],
      [
       "the gradient uses exp(scores) without dividing by their sum; it needs the probabilities",
       [
        [12.397963118095035,8.019240044584791,-15.15784536418778,-23.230126396248632,20.341084981209015],
        [16.388014109500865,-5.559443515991557,-7.958225837708978,-26.154882220093008,20.108437733402482],
        [14.957922320556465,-7.102509804807763,-8.125473557635564,-28.1957719918156,18.750165387174825],
        [18.791346022375425,3.1702364710590762,-13.192191377240311,-24.35252304473697,11.671452538182937],
        [14.034050616982926,-0.6168179013943783,-7.256213287638922,-5.311043224232497,0.9983908179936325],
        [12.857422506829717,2.684779479242053,-9.597503180840297,-4.434087553902876,4.931141632223096],
        [8.724454715203809,-4.989542398072547,-2.423904219318479,-3.5228003379454624,0.56788380758101],
        [10.784651811490448,0.22206992351381855,-7.211275886480641,-4.551669757429495,0.7338020981300248],
        [-4.192316392614515,-44.349446153369946,19.889838086006975,-18.96946604309616,26.987396819918683],
        [-1.9569650783643944,-42.661450571568245,18.607494621934364,-18.065292184800647,25.096764339943253],
        [-5.851840473542595,-39.00497394027397,17.40383131202138,-15.183711364251668,24.334590395257013],
        [-2.8069454530474984,-39.42155995519739,16.21081286363666,-16.93382347358623,25.794974985261415],
        [0.19722246159651483,0.027006111536935554,0.267262172844985,0.3342547524175865,0.010836551374833504]
       ]
      ],
      [
       "the correct class's -X[i] is subtracted inside the loop over the classes j, so C times; it is subtracted once per example (p[j] - 1 only for j == y[i])",
       [
        [7.297887328052155,49.05283885630557,-72.79765601085892,-67.05923562401475,83.47595563886844],
        [40.41921473613558,8.701241525784809,-64.19579934059023,-71.30525390655258,86.37510718342445],
        [47.04261448339684,7.286850490052126,-70.69823508020414,-67.66453156595337,84.08495396248888],
        [43.00239563647386,43.7767516468302,-55.499092707522614,-80.38728503790628,49.13036628066597],
        [44.8549410328444,29.22241355114558,-28.505765025877313,-38.309344194398854,-7.188350504404251],
        [34.1569826625156,34.81909890218603,-36.41197158075532,-27.629901104196513,-4.975602541643954],
        [49.02710832304895,6.735212394827216,-34.593154761736216,-5.162584566906112,-15.895371105121745],
        [45.83819067727597,29.269397657941262,-36.579155050443205,-23.72870536117047,-14.858272112258778],
        [96.06798378098922,-142.11078151536665,-109.24073477228735,84.06628961873082,71.28234548994213],
        [98.42550020320728,-134.18858289702112,-103.70830024254546,77.52016055409796,61.91646415226989],
        [88.92815602473166,-126.08058058637747,-112.22839284071571,91.81012334179724,57.56048716502466],
        [90.66584532070875,-123.74651677668099,-108.28172694057425,80.64337852994665,60.80271811164643],
        [-0.7950828110333168,-0.9188532285582273,-0.6946090105044727,-0.7068173749684505,-0.7695439548755989]
       ]
      ],
      [
       "the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
       [
        [0.07256056536927208,10.043043849643102,-13.905002129450427,-12.642836143399991,16.460126048544744],
        [7.006843618534964,2.431530532536753,-13.272516548884738,-13.304535161712941,17.05644675571748],
        [8.453828137927895,2.0522610970169297,-14.816800676066965,-12.45021403488083,16.576170911697645],
        [7.06477730036947,9.144240015072569,-10.3655040338188,-15.634005869877047,9.718390686416111],
        [8.383997878215768,6.403047854426743,-5.174444775532733,-7.932107940759504,-1.5636490794727442],
        [6.25327684806518,7.345071884132567,-6.501147502888291,-5.638678015408714,-1.3429996979631615],
        [9.843840762102053,1.8921304249605053,-7.3430887479003815,-0.838702971036792,-3.4854498334707724],
        [8.84057221429012,6.273590598733173,-6.931101566202698,-4.981887646149307,-3.258843488313295],
        [21.77596922235063,-27.233070915543127,-27.908807421441683,19.993236446898074,12.936777220422561],
        [22.050065465728725,-25.719753227300497,-26.476483113190227,18.579900319065803,11.07297766668761],
        [20.414512288820585,-24.247339634504367,-28.106002619692767,21.33167607834437,10.154212454827709],
        [20.537289231018566,-23.690823404660808,-27.12322088173263,19.095337405529513,10.847835539792605],
        [-0.16618730540032842,-0.20298875737718633,-0.16004754228489118,-0.09381865073583373,-0.22019745747515965]
       ]
      ],
      [
       "the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
       [
        [1.1800048935315777,9.726603418679607,-13.996090185172415,-13.410744086809308,17.063787515105567],
        [7.849747045607715,1.1820678793812418,-12.88614066800776,-14.236585133521492,17.531166890994697],
        [9.038224645999147,0.6208280488603825,-14.330307266102961,-13.592256874906736,16.914323599250242],
        [8.118416073175235,8.210149343180298,-10.571018536437466,-16.26636962239852,10.022178539412582],
        [8.89165828383731,5.305426958801495,-5.325799901994949,-7.741999200190175,-1.165138095789095],
        [6.8466630373494475,6.616392091489845,-6.726268260783836,-5.551307728786362,-0.36709208788443176],
        [9.743263298334972,0.8161172716955909,-6.985439089888594,-1.0333835398800437,-2.854976444632857],
        [9.015248855820131,5.3273794068850995,-6.951471659914141,-4.950683463940751,-2.637809787110135],
        [19.442704203754374,-29.90937439083712,-24.43360352944745,17.167228278215816,15.12227255306636],
        [19.893020314599315,-28.368744199386665,-23.198649332999295,15.921983728566085,13.254299287656668],
        [18.05446576995403,-26.55483216320074,-24.797206934700846,18.683174393383624,12.359890972025966],
        [18.439796659431813,-26.15046946372211,-23.972616902708808,16.48210227428327,13.172779522734082],
        [-0.13353473413234693,-0.1670269337771563,-0.1289799593159369,-0.06277001045176092,-0.18426140892953158]
       ]
      ],
      [
       "the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",
       [
        [6.967519431271052,4.606788885622595,-15.710103792263645,-15.327518803479078,19.43310446720154],
        [13.080806428400415,-5.723165495667034,-12.62801227264159,-15.717298511685406,20.982180049795645],
        [14.120882004741588,-5.56203641991495,-13.760551459849697,-15.349337098874054,20.602695263677475],
        [15.199799669810202,2.0353556256281085,-12.174378807897575,-15.939398641452296,10.90175797245271],
        [12.02150667206615,-0.7711491718303379,-6.223988779747996,-4.528256066801865,-0.42421779437641577],
        [9.751414888188238,0.9880071375951818,-8.696011186340558,-3.6464068030506893,1.5616023017136544],
        [10.359627724303872,-3.096418852490981,-6.607476282944786,-0.6094240471180611,0.064901742362046],
        [11.078953797440578,0.009504544269244491,-7.977271470916702,-2.560621335180088,-0.6091097242682368],
        [11.775850413816158,-30.494688088653746,-16.353578608104897,4.223956506865629,30.91356237808507],
        [12.928839441352714,-29.211721532570188,-15.757024574784074,3.7833974436538265,28.22175099235623],
        [9.93730095813231,-25.440822584125836,-18.103653307038236,6.210463745157768,27.386504292334457],
        [11.414354228610346,-26.831746124373453,-17.216912325222328,4.462369936303493,28.255632529728494],
        [-0.021323952935200383,0.15363894583799823,-0.07162714966027267,0.08700908235925749,-0.032603305541848634]
       ]
      ],
      [
       "only the last example's term is left in dW: either dW is reset inside the loop over the examples or its columns are assigned (=) where they must accumulate (+=)",
       [
        [0.5378887327544215,-0.2657368894737805,-0.016078914952026784,-0.2392678459470454,-0.04701489402910739],
        [1.120504757483079,-0.6014352066453394,-0.041444835354965785,-0.4140173007680308,-0.06909721651271608],
        [2.43785414989871,-1.2706687632510347,-0.08379479612139895,-0.8067537400129134,-0.22498456073300396],
        [1.6902277492790434,-0.8299703858866311,-0.06593150967362671,-0.6124798030126366,-0.15871023216499847],
        [2.725796157337547,-1.4368805624500334,-0.04977364223831838,-0.9554402811820192,-0.2098068121576416],
        [1.1098216802655665,-0.6189187427983563,-0.10981836296391513,-0.372581166088024,-0.04989707030944252],
        [2.111579420687453,-1.0790297628710948,-0.022111912847909677,-0.7445944505357467,-0.1546330103206095],
        [0.36613542014350997,-0.23669802744416835,-0.02541143544803663,-0.13530051815360888,-0.02726962775289808],
        [3.8009067869144175,-1.9813821869108221,-0.037387042497534786,-1.435563182246916,-0.281471773250938],
        [3.845149019525934,-2.083172106615828,-0.08913066564743323,-1.3864546478199986,-0.321149829434177],
        [3.734994248624067,-1.9332576197880307,-0.09727755360451049,-1.3832646956401413,-0.33140127513092055],
        [3.646010881650093,-1.8702353184333056,-0.11651790965981614,-1.3417415046058032,-0.23381790390460777],
        [-0.001243054492142029,0.017650264431115163,0.03870039319335219,0.11643178318917549,-0.05644576626156682]
       ]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * W)",
       [
        [8.275840411880715,8.704387800806323,-17.30393801254122,-17.684217278579187,18.007927078433365],
        [13.332563723679165,-1.8659988760053414,-10.603965961787159,-19.381961565781655,18.519362679894986],
        [13.911573654434243,-1.8310292147497569,-10.804002928453299,-19.193415463472615,17.91687395224143],
        [16.06182004656728,6.692664473678112,-14.370369111902887,-18.76120184288939,10.377086434546884],
        [11.944421632699607,2.8535767434338006,-7.924623558814177,-6.2288894574149465,-0.6444853599042851],
        [9.978974822127665,4.769890438595644,-10.951168428457057,-4.924885830003201,1.1271889977369516],
        [9.546127064443917,-1.4369875490010167,-4.612424484145923,-1.9998335344161706,-1.4968814968808088],
        [10.65000650547469,3.4498704825736,-8.925836322734682,-3.7569798296825567,-1.4170608356310517],
        [6.283308185333033,-34.79185225075099,7.364097380493135,0.11703043832102573,21.0274162466038],
        [7.764334097536591,-33.1546802386119,6.7458307217432925,-0.35932014022583997,19.003835559557864],
        [4.606919039844683,-30.45450087647326,4.751237327047984,2.8175032680112113,18.278841241569385],
        [6.362020583323905,-30.508382004345403,4.478860798531539,0.591865932407918,19.075634690082037],
        [0.005118589765696832,-0.08515962811440453,0.101037615478131,0.022619302149977216,-0.04361587927940052]
       ]
      ],
      [
       "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
       [
        [8.283391647744207,8.708474439667054,-17.30426923392229,-17.708532006852533,18.005830247539794],
        [13.3342225632407,-1.8740453417769332,-10.608215984522028,-19.385274402833787,18.530568264993054],
        [13.91806629113777,-1.8311171401265884,-10.810146782106504,-19.154667959157432,17.903691735142935],
        [16.08766339707613,6.706930282476377,-14.3791753541572,-18.768687884842276,10.364837468717544],
        [11.955236888327551,2.8435507028452394,-7.909638736790187,-6.213561270351346,-0.6386401543764917],
        [10.008950964543855,4.735466892613056,-10.990597782383968,-4.919754578210969,1.1452376724909423],
        [9.547034360413098,-1.4238042437535667,-4.592372956274403,-1.987459050661141,-1.4877929676679447],
        [10.646876369153112,3.429078514701875,-8.933051242144495,-3.7567314843154,-1.4154442517226915],
        [6.265923760938897,-34.7777057719477,7.401959081880677,0.0986044729703677,21.043769757161865],
        [7.751167150371931,-33.1820482344832,6.758348572932251,-0.3466631263972738,19.00181652258054],
        [4.597398643399294,-30.43767962031423,4.757950020943924,2.8103410826819952,18.26688642551925],
        [6.388932952016325,-30.502449390513206,4.473566928978652,0.5759555645106109,19.10584306753089],
        [0.021684556032856694,-0.08533976166964935,0.11988096915349589,0.07456763025743009,-0.07324658374416632]
       ]
      ],
      [
       "the regularization gradient is counted twice",
       [
        [8.30604535533468,8.720734356249242,-17.305262898065507,-17.78147619167257,17.99953975485908],
        [13.33919908192531,-1.8981847390917082,-10.620966052726633,-19.395212913990182,18.564185020287265],
        [13.93754420124835,-1.8313809162570827,-10.828578343066116,-19.038425446211885,17.864145083847454],
        [16.165193448602682,6.749727708871173,-14.405594080920137,-18.791146010700945,10.328090571229529],
        [11.987682655211385,2.813472581079556,-7.86468427071822,-6.167576709160543,-0.6211045377931111],
        [10.098879391792426,4.632196254665292,-11.108885844164702,-4.904360822834271,1.1993836967529146],
        [9.549756248320643,-1.3842543280112167,-4.53221837265984,-1.9503355993960518,-1.4605273800293523],
        [10.637485960188373,3.3667026110867004,-8.954696000373936,-3.75598644821393,-1.4105944999976112],
        [6.213770487756488,-34.73526633553783,7.515544186043302,0.0433265769183936,21.092830288836062],
        [7.71166630887795,-33.264152222097074,6.795902126499126,-0.3086920849115754,18.995759411648574],
        [4.56883745406313,-30.38721585183714,4.778088102631743,2.7888545266943474,18.231021977368847],
        [6.469670058093586,-30.48465154901661,4.457685320319992,0.5282244608186898,19.196468199877458],
        [0.07138245483433628,-0.08588016233538381,0.17641103017959053,0.23041261457978868,-0.16213869713846368]
       ]
      ],
      [
       "the regularization gradient is divided by N; only the data gradient is averaged",
       [
        [8.276469681536005,8.704728354044716,-17.303965614322976,-17.6862435059353,18.007752342525567],
        [13.332701960309294,-1.8666694148196408,-10.604320130348398,-19.382237635536,18.520296478653158],
        [13.91211470749287,-1.831036541864493,-10.804514916257732,-19.190186504779682,17.91577543414989],
        [16.063973659109685,6.693853291077967,-14.371102965424079,-18.761825679718797,10.376065687394439],
        [11.945322904001936,2.8527412400514205,-7.923374823645511,-6.22761210849298,-0.6439982594436356],
        [9.98147283399568,4.767021809763762,-10.954454207950967,-4.924458225687181,1.1286930539664508],
        [9.54620267244135,-1.4358889402303958,-4.610753523489963,-1.998802327436585,-1.4961241194464034],
        [10.649745660781226,3.4481378185842897,-8.926437566018834,-3.7569591342352937,-1.416926120305355],
        [6.281859483300188,-34.790673377517386,7.36725252227543,0.1154949412084709,21.028779039150304],
        [7.763236851939536,-33.15696090493451,6.746873876009039,-0.35826538907345945,19.00366730647642],
        [4.606125673474233,-30.453099105126675,4.751796718205979,2.8169064192337765,18.27784500689854],
        [6.36426328071494,-30.507887619859385,4.478419642735465,0.5905400684164757,19.07815205486944],
        [0.006499086954626821,-0.08517463924400827,0.10260789495107808,0.026948329492264955,-0.046085104651464336]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [198.63527235686414,208.9134804970732,-415.2951747437514,-424.4698441424472,432.1860562206136],
        [319.98484704742305,-44.80006595567138,-254.50368312836153,-465.173703252864,444.48711548767585],
        [333.8907529798289,-43.94487700474783,-259.3083579901856,-460.56447611471236,429.9786104195974],
        [385.53536781863244,160.65247898587123,-344.9064711701779,-450.28381631325107,249.02557649746655],
        [286.6877496960464,68.46578976123409,-190.16099576749227,-149.4626906038315,-15.455958226647256],
        [239.55534801589633,114.40852343433028,-262.9069009908232,-118.18699741649235,27.08863329519482],
        [229.1088641385924,-34.461334565529505,-110.65808456375912,-47.97125585847804,-35.906978866713686],
        [255.59389585874942,82.75530764602296,-214.234501584452,-90.16701922164705,-34.00622688732852],
        [150.76462759920452,-834.9761610604172,176.81406053461032,2.7718785890033018,504.69069693960734],
        [186.31768444654887,-795.7670617184283,161.92497302421694,-8.598369337763028,456.0880153554341],
        [110.5470161633816,-730.8743785230403,114.04312123694349,67.60575406161064,438.668280165565],
        [152.74231873715857,-732.1893028766252,107.48207142565116,14.172961641995418,457.87564931686654],
        [0.1559780869110437,-2.044191341856198,2.462589478825874,0.6467599078143589,-1.106042511635144]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [0.3599291555553452,0.37085610275505615,-0.7216598599513616,-0.785471843154159,0.7461366331475804],
        [0.5588411676097041,-0.09384288471007263,-0.4503319605442021,-0.8142074060118328,0.79405128185843],
        [0.5926341756751478,-0.07646873470156942,-0.4624544959919632,-0.7222306356809937,0.7201719804797371],
        [0.7209292029580034,0.30739263733311883,-0.6163778641712451,-0.796688827359503,0.4078806697807757],
        [0.5193147459517062,0.09884694979928606,-0.3002230042359454,-0.2288806865984213,-0.015163145607091557],
        [0.47574290242103306,0.12989834297630892,-0.5351573923728661,-0.1949410726656686,0.08306355774702115],
        [0.399569886290193,-0.03350787071347578,-0.1520812977630388,-0.058577429757281044,-0.04419300394430545],
        [0.4374899984182866,0.1021606676971169,-0.38633968560023885,-0.15604413550245982,-0.055811033667906906],
        [0.22703565893393723,-1.4213675528413776,0.3825607936289641,-0.03197566243793999,0.9088493647246225],
        [0.29718002640137087,-1.4361810016847498,0.30611198245055393,0.010342355147722297,0.7877884076935995],
        [0.17291416710275176,-1.235295024201659,0.21139360975221222,0.10307159884203528,0.7377087529651231],
        [0.3189089283566698,-1.2593173558499957,0.17603146083304083,-0.007159655277617524,0.8552348669844623],
        [0.03334520710789043,-0.003908584948589829,0.0418966079956519,0.10483912713782145,-0.06107873723283994]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-8.290942883607697,-8.712561078527782,17.304600455303365,17.73284673512588,-18.003733416646224],
        [-13.335881402802237,1.882091807548525,10.612466007256897,19.38858723988592,-18.541773850091126],
        [-13.924558927841296,1.8312050655034198,10.816290635759708,19.11592045484225,-17.890509518044443],
        [-16.11350674758498,-6.721196091274642,14.387981596411512,18.776173926795167,-10.352588502888207],
        [-11.966052143955496,-2.8335246622566785,7.894653914766198,6.198233083287745,0.6327949488486981],
        [-10.038927106960045,-4.701043346630468,11.03002713631088,4.914623326418736,-1.163286347244933],
        [-9.54794165638228,1.4106209385061168,4.572321428402882,1.9750845669061112,1.4787044384550805],
        [-10.643746232831532,-3.4082865468301504,8.940266161554309,3.7564831389482434,1.4138276678143313],
        [-6.248539336544761,34.76355929314441,-7.439820783268218,-0.08017850761970967,-21.06012326771993],
        [-7.738000203207271,33.20941623035449,-6.770866424121209,0.33400611256870766,-18.999797485603217],
        [-4.587878246953906,30.4208583641552,-4.764662714839863,-2.8031788973527796,-18.254931609469118],
        [-6.415845320708745,30.496516776681005,-4.468273059425766,-0.5600451966133039,-19.13605144497975],
        [-0.038250522300016555,0.08551989522489417,-0.13872432282886077,-0.12651595836488294,0.1028772882089321]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-8.260737940153733,-8.696214523084864,17.303275569779075,17.635587822032495,-18.012120740220507],
        [-13.329246044556093,1.849905944462158,10.595465916317421,19.37533589167739,-18.496951509698846],
        [-13.898588381027189,1.830853363996094,10.79171522114689,19.27091047210298,-17.94323838643842],
        [-16.01013334554958,-6.664132856081581,14.352756627394262,18.74622975898361,-10.401584366205562],
        [-11.922791121443717,-2.8736288246109227,7.9545932028621555,6.259545831542148,0.6561757709598721],
        [-9.919022537295284,-4.838737530560821,10.872309720603235,4.935148333587666,-1.09109164822897],
        [-9.544312472505554,1.4633541594959165,4.652527539888965,2.02458250192623,1.5150585553065372],
        [-10.65626677811785,-3.4914544183170495,8.911406483915055,3.75747652041687,1.420294003447772],
        [-6.3180770341213055,34.82014520835757,-7.288373977718051,-0.15388236902234181,-20.994709225487668],
        [-7.790667991865911,33.09994424686931,-6.720795019365376,0.3846341678829723,-19.00787363351251],
        [-4.625959832735459,30.488143388791322,-4.737811939256105,-2.831827638669643,-18.302750873669652],
        [-6.308195845939065,30.5202472320098,-4.489448537637312,-0.623686668202532,-19.015217935184324],
        [0.02801334276862289,0.08479936100391489,-0.06335090812740124,0.08127735406492852,-0.015645529650131065]
       ]
      ]
     ]
    },
    {
     "description": "random data (N=9, D=6, C=4, reg=0.25, seed 303)",
     "fingerprint": [6.0,4.0,-2.62146310865,11.0805850583,2.05203671204,9.0,6.0,-7.64325665282,42.8557213033,8.25488908452,9.0,17.0,17.0,3.62706301103],
     "loss": 3.68709182986,
     "grad": [
      [-0.24791105685103665,-0.02471580857867975,-0.38248649543596935,0.19183594194320017],
      [-0.12244281690385737,0.5116370903636854,-0.2602290606989986,-0.4068020550939211],
      [-0.4981114666395875,0.24385605472812413,-0.3196820395621009,0.32066599400408874],
      [-0.20697556359254943,0.2850373207197597,0.4490675270627537,-0.25237748318827113],
      [-0.8786501625082586,0.11683921554716509,0.051018728325419024,0.2392325163065568],
      [-0.199136366532974,0.3975709587561428,-0.36253205166128566,0.0445595251634992]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",17.561147351199295],
      ["the data loss is divided by N twice",2.145530105266878],
      ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",2.7106743850137587],
      ["the regularization term is missing from the loss (add reg * np.sum(W * W))",1.7342569401673973],
      ["the regularization term is added twice",5.639926719552842],
      ["the regularization term is divided by N; only the data loss is averaged",1.9512385945776998],
      ["the loss has the wrong sign",0.21857794952532505],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       3.643702662867147
      ],
      ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",2.3863991247345715],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",2.0342437923023025],
      ["the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",5.897129068513117],
      ["the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",4.512644432376405],
      ["the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",3.702002266950826],
      ["the correct class's score is read before the max is subtracted; subtract the max from every score of the example, the correct one included",2.9070606281145244],
      ["the loss is minus the probability of the correct class; cross-entropy is minus its log",1.6994237230241223],
      [
       "the log of the sum of the exponentials is computed as a sum of logs; the loss of example i is log(sum_j exp(s[j])) - s[y[i]]",
       -0.6588331102246419
      ],
      [
       "the loss averages -log p over every class; only the correct class's -log p[y[i]] counts",
       3.6434523075393628
      ],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",3.687083702497598],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",3.6870105608903314]
     ],
     "gradient_hypotheses": [
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [-0.1566809276645931,-0.4634995027337748,0.07196872391144007,0.0849342875644423],
        [-0.0503395244148883,0.41729391654217934,-0.3661061429707637,-0.2786850914896189],
        [-0.26803414693197086,0.27314800164178665,-0.4627372486889493,0.20435193650965797],
        [-0.18376385418387564,0.2495161830342609,0.4645359105962117,-0.25553643844490403],
        [-0.8750595037978155,-0.06310789397406136,0.4761746206897279,-0.00956692524696864],
        [-0.03249378309976235,0.6157184404503484,-0.526241112115233,-0.1765214795099708]
       ]
      ],
      [
       "the data gradient is averaged over N * C entries; divide by N only",
       [
        [-0.20599356998591103,-0.08987057311436868,-0.25958213680481124,0.09216886098260532],
        [-0.15757822381345604,0.43245839882537057,-0.2616513931216543,-0.29106562422335186],
        [-0.3715236029999823,0.13628566026957795,-0.29825857414794754,0.28022505940887643],
        [-0.19926963790344593,0.2104385911398012,0.472809746941287,-0.2092268991759495],
        [-0.8026139449882747,0.1492088770357781,0.13247768411218716,0.049367681511191704],
        [-0.04848361017669616,0.3205942132511969,-0.3972516361582377,0.0056030988091193175]
       ]
      ],
      [
       "the gradient lacks the -1 of the correct class: the gradient of the scores is the probabilities minus the one-hot labels (p[y[i]] - 1)",
       [
        [-0.29103758875147534,-0.159072469665562,-0.07805946236775654,0.04180775566400356],
        [-0.02610813410336682,0.535868480675207,-0.141654496565971,-0.18235040868912833],
        [-0.35589164803902595,0.15599855362106904,-0.43683148758281853,0.3465717551102194],
        [-0.3347313619340779,0.13406981296955736,0.3336211569980502,-0.38329223678643254],
        [-0.8283183931618091,0.16358032618317156,0.277706948482652,0.04076484409948089],
        [-0.21927952957708366,0.21078521227882147,-0.7674652798328127,-0.19666464255408045]
       ]
      ],
      [
       "the -1 is subtracted from every class's probability; only the correct class's gets -1",
       [
        [-0.2679532425531706,-0.13598812346725728,-0.054975116169451804,0.06489210186230836],
        [-0.48970041775319917,0.07227619702537452,-0.6052467802158035,-0.6459426923389607],
        [-0.31901027861794545,0.19287992304214951,-0.39995011816173803,0.3834531245312999],
        [0.1903530678205178,0.6591542427241531,0.8587055867526459,0.14179219296816312],
        [-0.9536118210944221,0.03828689825055859,0.15241352055003893,-0.08452858383313211],
        [0.633806775833454,1.0638715176893592,0.08562102557772505,0.6564216628564571]
       ]
      ],
      [
       "the gradient uses exp(scores) without dividing by their sum; it needs the probabilities",
       [
        [-0.4025657262017701,-0.09149067458937468,-0.29122956529675625,0.130883906166038],
        [0.04991069956457511,0.693509871907946,-0.07675690023523832,-0.2922188531924914],
        [-0.5033188103756736,0.30907072995425144,-0.47608801947307355,0.4145067251572314],
        [-0.35546184612800424,0.22672325373060584,0.279771890694035,-0.4753025475423085],
        [-0.9450035800185674,0.12271270268037195,0.16168515774012548,0.2896593915986977],
        [-0.45360293689526543,0.28274066873223713,-0.7485307245970456,-0.17039974822039242]
       ]
      ],
      [
       "the correct class's -X[i] is subtracted inside the loop over the classes j, so C times; it is subtracted once per example (p[j] - 1 only for j == y[i])",
       [
        [-0.11853146114972053,0.37835417468196686,-1.2957675946406075,0.6419205007807899],
        [-0.41144686530532915,0.43894291942912095,-0.6159527530980815,-1.0801569943082991],
        [-0.924770922441272,0.5074285580492895,0.031766304500051856,0.24294871068569654],
        [0.1762918314320358,0.7379398439703666,0.7954066372568642,0.14036677760621316],
        [-1.0296454705476072,-0.023384116360854273,-0.6290459321462798,0.8346355329277845],
        [-0.138706877400645,0.9579281981881068,0.8522676328532954,0.7682320283162384]
       ]
      ],
      [
       "the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
       [
        [-0.16132918993411202,0.01716702249121224,-0.5116779382348118,0.2051467735171474],
        [-0.25015755371620374,0.3971120713717925,-0.3658011501510335,-0.46788373381415965],
        [-0.4731048589817901,0.1942070633919745,-0.18877752184656652,0.24935196436658608],
        [-0.0829898891654558,0.33115678178297503,0.5806607372429976,-0.08409365848323375],
        [-0.8333552715605078,0.1137211283683392,-0.05584486631472366,0.18969955109819847],
        [-0.001430306488954059,0.47196727280545137,-0.040392890964955075,0.21402637112906336]
       ]
      ],
      [
       "the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
       [
        [-0.19752164854168563,-0.0024235543526696657,-0.48342358897249393,0.19269501109339532],
        [-0.2051386357515476,0.45055148748103124,-0.32875502873701695,-0.4384297491012315],
        [-0.477637825679592,0.21491655334821208,-0.22560143230904356,0.2770437020797812],
        [-0.12386856441367812,0.31232780683359557,0.5420965217478838,-0.14968821897323917],
        [-0.8501057474419496,0.11534227562472463,-0.027964554962127908,0.20645996219226023],
        [-0.06926928089414301,0.43785042303222504,-0.13115325091065716,0.149569087450629]
       ]
      ],
      [
       "the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",
       [
        [-0.2533528945389526,-0.024322514459682254,-0.3789500974877802,0.1933480875639295],
        [-0.11726024247754219,0.512042091625371,-0.2612836996089221,-0.4113349918719984],
        [-0.4967461556639273,0.24557395279223362,-0.31952930767171295,0.31743005307393113],
        [-0.21480347054350563,0.2827898714244966,0.44813844614763526,-0.24137304602693332],
        [-0.8804043019921568,0.11839662669852524,0.05396354724166341,0.2364844257228505],
        [-0.20836390218122575,0.3974731472341967,-0.36555895130095895,0.05691177197337041]
       ]
      ],
      [
       "only the last example's term is left in dW: either dW is reset inside the loop over the examples or its columns are assigned (=) where they must accumulate (+=)",
       [
        [-0.23686635944235282,-0.12039128727425726,-0.22305786970690797,0.11703809750103245],
        [-0.1773510553388868,0.4044832420697179,-0.26292429524835115,-0.24204473381557157],
        [-0.277582088104463,0.11058574235268712,-0.2859897978003036,0.19971468608260395],
        [-0.2608643480564311,0.17297804076519568,0.4743656831760352,-0.11172757488310692],
        [-0.7985985617770585,0.15581199950212904,0.1575170141024781,0.013709845843333655],
        [-0.017846290330848807,0.2910919845423649,-0.41076509764405966,0.017981469157925988]
       ]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * W)",
       [
        [-0.05588998248683416,0.08687301938091857,-0.1638724781748775,0.13288944128079314],
        [0.04684720921279821,0.10557158871775317,0.0018964432302075883,-0.15431524116075893],
        [-0.16878381818614016,0.14342719261139492,-0.028564620552204496,0.05392124612694978],
        [-0.01027456758547135,0.09946497277327794,-0.031656293171377727,-0.057534112016428836],
        [-0.10138162335997863,-0.043159548651484,-0.10861194104902418,0.25315311306048677],
        [-0.20087034180837046,0.1026356606732611,0.0462927793292694,0.05194190180583985]
       ]
      ],
      [
       "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
       [
        [-0.15190051966893542,0.03107860540111941,-0.2731794868054234,0.16236269161199665],
        [-0.03779780384552958,0.3086043395407193,-0.1291663087343955,-0.28055864812734],
        [-0.33344764241286384,0.1936416236697595,-0.1741233300571527,0.18729362006551928],
        [-0.10862506558901039,0.1922511467465188,0.208705616945688,-0.15495579760234998],
        [-0.4900158929341186,0.036839833447840545,-0.028796606361802576,0.24619281468352178],
        [-0.20000335417067225,0.25010330971470196,-0.15811963616600813,0.04825071348466953]
       ]
      ],
      [
       "the regularization gradient is counted twice",
       [
        [-0.4399321312152391,-0.13630463653827807,-0.6011005126970612,0.2507824426056072],
        [-0.29173284302051294,0.9177025920096178,-0.5223545646282048,-0.6592888690270832],
        [-0.8274391150930348,0.34428491684485335,-0.6107994585719974,0.5874107418812278],
        [-0.4036765595996275,0.4706096686662414,0.9297913472968852,-0.4472208543601134],
        [-1.6559187016565386,0.27683797974581414,0.21064939769986224,0.2253119195526268],
        [-0.19740239125757755,0.6925062568390244,-0.7713568826518407,0.03717714852115856]
       ]
      ],
      [
       "the regularization gradient is divided by N; only the data gradient is averaged",
       [
        [-0.07722565741618999,0.07447426071874098,-0.18816292453722103,0.13943905246550503],
        [0.02803720631094759,0.15068997778952342,-0.027228612761926434,-0.18236933159777693],
        [-0.20537577912541208,0.15458595506880926,-0.060911000442192983,0.0835595514466319],
        [-0.03213023380848003,0.12008412254510925,0.02175746463241466,-0.07918337547996687],
        [-0.1877447943764542,-0.025381908184967432,-0.09087520000741937,0.2516063800878279],
        [-0.20067767788888197,0.13540624934913684,0.000867798108096618,0.05112163773446867]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [-0.6950309167457099,0.6702683464686688,-1.6934663208349892,1.2549514721895452],
        [0.2523348567985283,1.3562098001057108,-0.2450575148573379,-1.6413239843799925],
        [-1.8483820121287087,1.3912735956192834,-0.5481990039797369,0.752035963019687],
        [-0.28917210427632023,1.0807571029059833,0.1958171816917319,-0.7126503793197018],
        [-1.6897031493880879,-0.22843717366470687,-0.8178768000667744,2.264457420790451],
        [-1.8060991009999376,1.2186562441422315,0.0078101829728695615,0.460094739610218]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [-0.19823107241829518,-0.10193627025060736,-0.23682207039163378,0.07371199413805071],
        [-0.1640847806485669,0.4177956781701271,-0.26191478801473866,-0.26963295183991315],
        [-0.3480814060296851,0.11636521685132865,-0.29429126573791914,0.27273599744680005],
        [-0.19784261462768601,0.19662401158795706,0.4772064543262006,-0.2012360502847788],
        [-0.7885331639660553,0.15520325879292865,0.14756267592455163,0.014207526919457432],
        [-0.020584951592200265,0.30633926037991066,-0.4036811888428585,-0.0016110542194695508]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [0.24791105685103665,0.02471580857867975,0.38248649543596935,-0.19183594194320017],
        [0.12244281690385737,-0.5116370903636854,0.2602290606989986,0.4068020550939211],
        [0.4981114666395875,-0.24385605472812413,0.3196820395621009,-0.32066599400408874],
        [0.20697556359254943,-0.2850373207197597,-0.4490675270627537,0.25237748318827113],
        [0.8786501625082586,-0.11683921554716509,-0.051018728325419024,-0.2392325163065568],
        [0.199136366532974,-0.3975709587561428,0.36253205166128566,-0.0445595251634992]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-0.13613109187736833,-0.1984618473405169,-0.05474153908621435,-0.0739429406183861],
        [-0.21613723532945378,0.3004939129281791,-0.2640219471594138,-0.09817157277240321],
        [-0.16054383026730715,-0.0429983304946657,-0.2625527984576919,0.2128235017501892],
        [-0.18642642842160673,0.08610737517320378,0.5123801134055092,-0.13730925915541345],
        [-0.6758869157883014,0.20315831285013308,0.26824261042346736,-0.26707370981441675],
        [0.20260431708376692,0.19229963740962056,-0.45511761031982445,-0.0593242784481805]
       ]
      ]
     ]
    },
    {
     "description": "random data with confident scores (N=10, D=6, C=4, reg=0.1, seed 304)",
     "fingerprint": [6.0,4.0,-1.45370844075,106.953282482,-27.1983938278,10.0,6.0,7.40425502099,56.1810887557,-0.601713070973,10.0,18.0,18.0,3.79775029115],
     "loss": 99.157781821,
     "grad": [
      [-1.614579694095932,-0.38781919962066025,-0.13145557053670198,0.39011543375596874],
      [-0.5067916261561313,-0.9174109324591867,0.7747305165020886,-0.2231299141291229],
      [1.3142157746020753,0.4596656936070504,-0.09978901743026221,-0.03473598587723001],
      [1.8268550437418682,0.6127588735094203,-1.4004413358507375,-0.564980235705905],
      [2.493385538843773,-0.13672172909573704,-3.545091019426844,-0.6556079060464362],
      [0.913861620592004,1.8828247804755698,1.1513734996246692,-1.8919742969735798]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",225.39093247320898],
      ["the data loss is divided by N twice",86.53446675575098],
      ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",56.59184372450025],
      ["the regularization term is missing from the loss (add reg * np.sum(W * W))",14.025905628026058],
      ["the regularization term is added twice",184.28965801392283],
      ["the regularization term is divided by N; only the data loss is averaged",22.539093247320896],
      ["the loss has the wrong sign",71.10597056492233],
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       104.0597374711063
      ],
      ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",88.6383525999549],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",85.98361704617255],
      ["the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",101.46036691794131],
      ["the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",97.45715690249527],
      ["the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",95.54870157083889],
      ["the correct class's score is read before the max is subtracted; subtract the max from every score of the example, the correct one included",76.59723226139138],
      ["the loss is minus the probability of the correct class; cross-entropy is minus its log",84.8318805184761],
      [
       "the log of the sum of the exponentials is computed as a sum of logs; the loss of example i is log(sum_j exp(s[j])) - s[y[i]]",
       13.444086946526198
      ],
      [
       "the loss averages -log p over every class; only the correct class's -log p[y[i]] counts",
       106.56033731709766
      ],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",96.8272429143642],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",95.9499625157379],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",95.4895814266099],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",95.02549889154886],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",94.53169676206302],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",93.86440527165315],
      ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",92.80994165567128]
     ],
     "gradient_hypotheses": [
      [
       "the labels are off by one (y[i] - 1 instead of y[i])",
       [
        [-1.6762205304581783,-0.20832761896923205,-0.19499307056852583,0.3358021894986106],
        [-0.8442992715290836,-0.5589561366211855,0.7102100730872783,-0.17955662117936166],
        [1.5962337733480387,0.335345117440471,-0.15978518940748904,-0.13243723647938715],
        [1.6601703520306197,0.8743190610358014,-1.6174600961952428,-0.4428369711765322],
        [2.0560487072724856,0.421881236664228,-3.564757105821787,-0.7572079538401701],
        [0.9493345441501295,1.9562821319704544,1.3695726785018416,-2.2191037509037623]
       ]
      ],
      [
       "the data gradient is averaged over N * C entries; divide by N only",
       [
        [-1.3806068747535123,-0.38819058196088474,-0.09563166909395401,0.12069009531102559],
        [-0.5309698113595649,-0.7264715171523131,0.5119403561926518,-0.1271009839231262],
        [1.3076883751392012,0.42174879424605194,-0.17915600522267694,0.08907530073905712],
        [1.3983032730664318,0.7798867330606233,-1.3636449728047764,-0.3403526876276326],
        [2.1038231555724893,0.2026753356110576,-3.4445149233870986,-0.7060186835216922],
        [0.8054073196135886,1.9424534800706883,1.140858099508118,-1.8326332954737317]
       ]
      ],
      [
       "the gradient lacks the -1 of the correct class: the gradient of the scores is the probabilities minus the one-hot labels (p[y[i]] - 1)",
       [
        [-1.6767590240942145,-0.38835769325669645,-0.31148564482416635,0.27362285950032816],
        [-0.589711270482952,-0.6628229314130553,0.6708637217102188,-0.2624762655061825],
        [1.5457008947993691,0.409132815058381,-0.026001319812352236,0.09904788371790679],
        [1.8830304220891516,0.8356189435679522,-1.4391414533185864,-0.3866615928292488],
        [2.508625158625177,0.3158547222569545,-3.6511175338341175,-0.7419683340587664],
        [1.0288957468110924,1.9623859831365327,1.1574773507907474,-2.1040696246846737]
       ]
      ],
      [
       "the -1 is subtracted from every class's probability; only the correct class's gets -1",
       [
        [-1.317518551916791,-0.029117221079272837,0.047754827353257256,0.6328633316777519],
        [-0.6181664810333334,-0.6912781419634364,0.6424085111598377,-0.29093147605656366],
        [1.1571770859376977,0.02060900619670958,-0.4145251286740236,-0.2894759251437645],
        [1.464376448274529,0.41696496975332975,-1.8577954271332089,-0.8053155666438713],
        [2.2331960299106854,0.040425593542462945,-3.926546662548609,-1.0173974627732578],
        [1.040291894476057,1.9737821308014976,1.168873498455712,-2.092673477019709]
       ]
      ],
      [
       "the gradient uses exp(scores) without dividing by their sum; it needs the probabilities",
       [
        [-1.6146215058272861,-0.38781920865242436,-0.13145595564302645,0.3901156278808103],
        [-0.5067857243460463,-0.9174109324885729,0.774730894583386,-0.2231304499252051],
        [1.3142410017055672,0.4596657011923418,-0.09978882890212018,-0.03473626743961397],
        [1.8268809502273788,0.6127588780544544,-1.4004413065066827,-0.5649806709806671],
        [2.493433457507991,-0.13672171959901158,-3.5450912262835645,-0.6556080736709203],
        [0.9139170210363383,1.8828247932714306,1.1513734298956415,-1.8919749865778233]
       ]
      ],
      [
       "the correct class's -X[i] is subtracted inside the loop over the classes j, so C times; it is subtracted once per example (p[j] - 1 only for j == y[i])",
       [
        [-1.4280417041010844,-0.3862037187125517,0.4086346523256911,0.7395931565228906],
        [-0.2580326931756687,-1.6811749355975811,1.0863309008776978,-0.10509085999794396],
        [0.6197604140101932,0.6112643292530586,-0.32115211028399215,-0.4360875946626404],
        [1.658328908700018,-0.05582133666617539,-1.2843409834471902,-1.0999361643358738],
        [2.447666679499562,-1.4944510831538118,-3.2270114762050235,-0.39652662200944544],
        [0.5687592419347393,1.6441411724926813,1.1330619461264342,-1.2556883138402972]
       ]
      ],
      [
       "the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
       [
        [-1.2778532287459652,-0.3877802148435763,0.07356127571405699,0.17164715314866957],
        [-0.46117692556873197,-0.917412835045939,0.5528612476869188,-0.07248270035742509],
        [1.0980476116716238,0.45964500571149297,-0.2614392076239606,-0.006567796624569716],
        [1.2620345387825336,0.6127382422583284,-1.3214551538120016,-0.45591339569575695],
        [2.012197146049843,-0.1367640569499599,-3.328974664216256,-0.6383763750728888],
        [0.6801899905888551,1.8827741385937118,1.1332614460888346,-1.6298779166958601]
       ]
      ],
      [
       "the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
       [
        [-1.3028007544631452,-0.4789841399262985,-0.017557815641838143,0.26874381677284204],
        [-0.4645555890529769,-0.912962879922316,0.65147032796197,-0.139436954894404],
        [1.1140630457989118,0.5080503587828039,-0.18959434107800766,-0.019087060737568495],
        [1.303877911020277,0.6610039967331204,-1.3565602345683692,-0.504387522471843],
        [2.047846748679262,-0.03773980930257653,-3.425026808868597,-0.6460348733733763],
        [0.6975043028317529,2.0012520603008723,1.1413112451042866,-1.746364979931928]
       ]
      ],
      [
       "the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",
       [
        [-1.4172650792161166,-0.6765634539213141,0.06852601878171821,0.2815634838583869],
        [-0.6349324086928031,-1.0191686843848609,0.5783963102118337,0.20310282662347778],
        [1.1113903521102468,0.5265014718010587,-0.19769003034102034,0.1991546713313483],
        [1.3984891660546526,0.8600190707745753,-1.4156801109772512,-0.3686357801573306],
        [2.1738828833943384,0.12878710681238953,-3.4376729860981707,-0.7090321198338012],
        [0.720960688859918,2.128517991990882,1.1875816916052175,-1.980974768737354]
       ]
      ],
      [
       "only the last example's term is left in dW: either dW is reset inside the loop over the examples or its columns are assigned (=) where they must accumulate (+=)",
       [
        [-1.4283608341857528,-0.2625694768612459,-0.08369036861303802,0.030881649162711203],
        [-0.40620418685916093,-0.7956500649515703,0.42434363608950615,-0.09509134052112728],
        [1.126804461292456,0.587817941818173,-0.2056116678201485,0.13034572961115282],
        [1.2776855743923603,0.8133631280266168,-1.3513795184561226,-0.26547683826820845],
        [2.187014210823245,0.10276250750547197,-3.4109895580405167,-0.7228222760134442],
        [0.9063013038991844,1.8252842953239936,1.1373529661359343,-1.812852961640449]
       ]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * W)",
       [
        [-0.31196375912322627,0.0004951764536326175,-0.047765201923663944,0.35923378459325755],
        [0.03223758027124477,-0.2545858870758315,0.35038688041258237,-0.12803857360799561],
        [0.008703199283831963,0.05055586581466458,0.1058226503898863,-0.16508171548838282],
        [0.571402360900582,-0.2228371460682706,-0.049061817394614834,-0.2995033974376966],
        [0.5194165110283786,-0.4525294196090595,-0.13410146138632717,0.06721436996700807],
        [0.14460573463788728,-0.07950493279349126,0.014020533488734785,-0.0791213353331308]
       ]
      ],
      [
       "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
       [
        [-0.9632717266095792,-0.19366201158351382,-0.08961038623018296,0.37467460917461315],
        [-0.23727702294244327,-0.585998409767509,0.5625586984573354,-0.17558424386855925],
        [0.6614594869429536,0.2551107797108575,0.003016816479812043,-0.09990885068280642],
        [1.1991287023212251,0.19496086372057486,-0.7247515766226761,-0.43224181657180083],
        [1.5064010249360757,-0.2946255743523983,-1.8395962404065855,-0.294196768039714],
        [0.5292336776149457,0.9016599238410393,0.5826970165567019,-0.9855478161533553]
       ]
      ],
      [
       "the regularization gradient is counted twice",
       [
        [-2.9171956290686376,-0.7761335756949531,-0.21514593914974,0.42099708291868],
        [-1.0458208325835074,-1.5802359778425419,1.1990741525915947,-0.3182212546502502],
        [2.6197283499203183,0.8687755213994361,-0.3054006852504107,0.09560974373392281],
        [3.0823077265831547,1.4483548930871113,-2.75182085430686,-0.8304570739741135],
        [4.467354566659168,0.17908596141758543,-6.956080577467361,-1.3784301820598803],
        [1.6831175065461208,3.845154493744631,2.2887264657606035,-3.7048272586140287]
       ]
      ],
      [
       "the regularization gradient is divided by N; only the data gradient is averaged",
       [
        [-0.44222535262049684,-0.038336261153796666,-0.05613423878496775,0.3623219495095287],
        [-0.021665340371492835,-0.320868391614167,0.39282124402153296,-0.13754770766010835],
        [0.1392544568156563,0.09146684859390317,0.08526148360787145,-0.15204714252726753],
        [0.6969476291847106,-0.1392775441105015,-0.18419976924022707,-0.32605108126451743],
        [0.716813413809918,-0.4209486505577273,-0.47520041719037887,-0.005067857634336356],
        [0.22153132323329897,0.11672803853341486,0.12775583010232822,-0.2604066314971757]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [-4.422253526204969,-0.3833626115379667,-0.5613423878496775,3.6232194950952867],
        [-0.21665340371492836,-3.2086839161416703,3.92821244021533,-1.3754770766010835],
        [1.392544568156563,0.9146684859390316,0.8526148360787145,-1.5204714252726754],
        [6.969476291847107,-1.392775441105015,-1.841997692402271,-3.2605108126451743],
        [7.16813413809918,-4.2094865055772726,-4.752004171903788,-0.05067857634336348],
        [2.2153132323329894,1.1672803853341485,1.277558301023282,-2.604066314971757]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [-1.3338123108850284,-0.3882648584289296,-0.08846688880540442,0.06680502762203697],
        [-0.5358054484002516,-0.6882836340909383,0.4593823241307644,-0.10789519788192684],
        [1.3063828952466265,0.41416541437385224,-0.19502940278115988,0.11383755806231453],
        [1.3125929189313443,0.8133123049708638,-1.3562857001955841,-0.2954271780119781],
        [2.0259106789182324,0.2705547485524165,-3.4243997041791494,-0.7161008390167434],
        [0.7837164594179055,1.954379219989712,1.1387550194848077,-1.820765095173762]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [1.614579694095932,0.38781919962066025,0.13145557053670198,-0.39011543375596874],
        [0.5067916261561313,0.9174109324591867,-0.7747305165020886,0.2231299141291229],
        [-1.3142157746020753,-0.4596656936070504,0.09978901743026221,0.03473598587723001],
        [-1.8268550437418682,-0.6127588735094203,1.4004413358507375,0.564980235705905],
        [-2.493385538843773,0.13672172909573704,3.545091019426844,0.6556079060464362],
        [-0.913861620592004,-1.8828247804755698,-1.1513734996246692,1.8919742969735798]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-0.9906521758494795,-0.3888095525279255,-0.03592516668937408,-0.32835213543054637],
        [-0.5712667866986209,-0.40823915830752366,0.07395675567692378,0.03294723308686834],
        [1.2968093760344113,0.3585539619777212,-0.3114343182100348,0.29542744509953567],
        [0.6840503219407041,1.0584331656459616,-1.3023177010615077,0.03402655916948816],
        [1.454552516787016,0.7683371101223819,-3.2768880966541896,-0.7900366459804522],
        [0.6246501513162295,2.0418346460625525,1.1233324326471994,-1.7337316263073181]
       ]
      ]
     ]
    }
   ],
   "numeric": {
    "description": "a small problem away from hinge kinks (N=7, D=6, C=4, reg=0.3, seed 310)",
    "fingerprint": [6.0,4.0,-1.53628432268,15.2138640793,0.725497541764,7.0,6.0,3.37090434935,36.0575325583,1.4770328962,7.0,13.0,13.0,-1.96115682944],
    "loss": 6.23034511403,
    "grad": [
     [0.13378432676788485,0.12702680595431814,1.001170741636417,-0.902276331915044],
     [-0.27238558499488574,0.7012045131966004,0.39839004069270034,0.7074736924315542],
     [0.38810576539420666,0.2457035284442149,-0.07166502233585359,-0.8452853675091532],
     [0.5407673079571939,-0.563175902270841,-0.5073463168601491,-0.6714802023756854],
     [0.3508938095428437,0.3396563612852569,-0.3053003660526657,-0.2538315390725567],
     [-1.2907385819376558,-0.46218551112695844,0.04536342178858913,0.2443598177545831]
    ],
    "loss_hypotheses": [
     ["the data loss is not averaged over N (divide the sum over examples by N)",19.500497560298065],
     ["the data loss is divided by N twice",4.33460905028259],
     ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",4.221018594205891],
     ["the regularization term is missing from the loss (add reg * np.sum(W * W))",2.211692074377257],
     ["the regularization term is added twice",10.248998153691792],
     ["the regularization term is divided by N; only the data loss is averaged",2.7857853657568667],
     ["the loss has the wrong sign",1.8069609652800103],
     [
      "the labels are off by one (y[i] - 1 instead of y[i])",
      6.436636401813652
     ],
     ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",4.571576058251582],
     ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",4.250984807949106],
     ["the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",8.190767921621816],
     ["the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",6.710633156470845],
     ["the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",6.424012470017701],
     ["the correct class's score is read before the max is subtracted; subtract the max from every score of the example, the correct one included",4.273447903481561],
     ["the loss is minus the probability of the correct class; cross-entropy is minus its log",3.6747390451714623],
     [
      "the log of the sum of the exponentials is computed as a sum of logs; the loss of example i is log(sum_j exp(s[j])) - s[y[i]]",
      -4.170485659650004
     ],
     [
      "the loss averages -log p over every class; only the correct class's -log p[y[i]] counts",
      6.814602433568886
     ],
     ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",6.230310150368233],
     ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",6.229995617423191]
    ],
    "gradient_hypotheses": [
     [
      "the labels are off by one (y[i] - 1 instead of y[i])",
      [
       [0.4309670032032876,-0.16912072248048565,0.8119541875889928,-0.714094925868219],
       [-0.45893844174017173,0.718148515824088,0.17715623011087905,1.0983163571311738],
       [0.6393048925824376,0.024770745765441166,-0.28189205822676316,-0.6653246761277009],
       [0.46305076785177757,-0.5926895638030898,-0.2821857902439768,-0.7894105273541927],
       [0.46536912192112156,0.4821097238822172,-0.16768932957604543,-0.648371250524415],
       [-1.0286304677023839,-0.6304562678913409,-0.3030217865284523,0.4989076686007352]
      ]
     ],
     [
      "the data gradient is averaged over N * C entries; divide by N only",
      [
       [0.16598672548988216,-0.05275578149047582,0.7554961363934908,-0.5090215379493211],
       [-0.055131511214360364,0.6498330861633522,0.3057719054706255,0.6342091809063516],
       [0.3129087608616119,0.14490281013563808,-0.19509429523853772,-0.5458583717652975],
       [0.41637871816839417,-0.5119909246892571,-0.4275983169618555,-0.6780245900667633],
       [0.3053774156388959,0.3933165099599859,-0.29820916926387847,-0.2690664906321251],
       [-1.1151275663951516,-0.5794261614887124,-0.011833912923599327,0.24318678728602144]
      ]
     ],
     [
      "the gradient lacks the -1 of the correct class: the gradient of the scores is the probabilities minus the one-hot labels (p[y[i]] - 1)",
      [
       [0.17725525273148549,-0.12668494451748402,1.0436065195994186,-0.6706239999046183],
       [-0.5979095178467337,0.5622334370900383,0.2424749619586506,0.7727924242793257],
       [0.5452730576582827,0.15167169352006002,0.05523592541876532,-0.5081573838636247],
       [0.5302762627855868,-0.4959504073370317,-0.410607160394091,-0.7999015725257996],
       [0.5794304665818126,0.4537177059459479,-0.33369238398893497,-0.41983459348544616],
       [-1.1972936066218516,-0.6308486500464261,0.04497103963350391,0.5923526439165392]
      ]
     ],
     [
      "the -1 is subtracted from every class's probability; only the correct class's gets -1",
      [
       [0.11340796726625962,-0.19053222998270988,0.9797592341341927,-0.7344712853698441],
       [-0.04281816200204537,1.1173247929347265,0.797566317803339,1.3278837801240142],
       [0.01810866891821422,-0.3754926952200084,-0.47192846332130317,-1.0353217726036932],
       [0.5052240267074407,-0.521002643415178,-0.4356593964722372,-0.8249538086039458],
       [0.43122753723131146,0.3055147765954468,-0.48189531333943614,-0.5680375228359472],
       [-1.469675887025059,-0.9032309304496334,-0.22741124076970354,0.31997036351333186]
      ]
     ],
     [
      "the gradient uses exp(scores) without dividing by their sum; it needs the probabilities",
      [
       [0.20409096790172565,0.13529633619670722,1.2385659381594942,-0.921733498982998],
       [-0.3962781647210621,0.6790612603134721,0.38767549638594534,0.7248792313873345],
       [0.4725669442261713,0.26716696599074585,0.08982061366015442,-0.8401140440565813],
       [0.5818544747279268,-0.5642276785009307,-0.497682244639085,-0.6798928240416485],
       [0.4217208773342549,0.352465596311665,-0.3282489045562861,-0.27859502184615403],
       [-1.3166108996902672,-0.4671490984430892,0.06649319722536903,0.30335604554240675]
      ]
     ],
     [
      "the correct class's -X[i] is subtracted inside the loop over the classes j, so C times; it is subtracted once per example (p[j] - 1 only for j == y[i])",
      [
       [0.0033715488770829083,0.8881620573697248,0.8738634077474123,-1.5972333279463216],
       [0.7041862135606586,1.1181177415162866,0.8661352768948497,0.5115174968882396],
       [-0.08339611139802156,0.5277990332166795,-0.4523678655997101,-1.8566693184457383],
       [0.5722404434720147,-0.764852387072269,-0.7975637862583234,-0.28621609192534286],
       [-0.334716161574063,-0.002527672696816141,-0.22012431224385798,0.24417762416611188],
       [-1.571073507885068,0.04380390563144465,0.04654056825384482,-0.7996186607312855]
      ]
     ],
     [
      "the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
      [
       [0.14093305991366067,0.14040675943728637,0.6970446174180281,-0.6434428544295492],
       [0.26265193387340313,0.7616352671941903,0.4261356181536588,0.5640355031899223],
       [0.16775590836597276,0.21204051092795223,-0.3140122686116942,-0.7893524758600046],
       [0.4067127964295846,-0.5623795806015179,-0.4977469370020047,-0.5656787648627266],
       [0.10071841416609334,0.30314206419478595,-0.2740470474914357,-0.12662841416903436],
       [-1.168101615628733,-0.45172016168880547,-0.019987032868226492,-0.06088705995246407]
      ]
     ],
     [
      "the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
      [
       [0.15108180004573016,0.13337886194220056,0.887865397058132,-0.7559930640909714],
       [0.15676954243798916,0.6480787907935325,0.41258307619516366,0.6290861819879539],
       [0.21673549130144049,0.28785088067823994,-0.17171001293335422,-0.8098821819607427],
       [0.43485602403111123,-0.5649211005474245,-0.4977241407672928,-0.6118708182373446],
       [0.15229977086751392,0.37097220496678907,-0.2931466475014492,-0.1880888832517812],
       [-1.1919653276982496,-0.47293816670769706,0.010486790225793463,0.08642525073249535]
      ]
     ],
     [
      "the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",
      [
       [0.17377399015873526,0.020079132507400635,0.9211546549719787,-0.7553022351945387],
       [-0.1657183611228076,0.6287639039307289,0.4417726980830723,0.6298644204349753],
       [0.3639008413641249,0.29525609084088805,-0.12411947128509913,-0.818178556926499],
       [0.5234868119307181,-0.610194963135229,-0.5014572589269668,-0.613069703418004],
       [0.28318531945629666,0.3779841341370762,-0.3488927240042902,-0.18085846388620427],
       [-1.260373040279845,-0.39962076616787107,0.13249404768528183,0.06429890524099219]
      ]
     ],
     [
      "only the last example's term is left in dW: either dW is reset inside the loop over the examples or its columns are assigned (=) where they must accumulate (+=)",
      [
       [-0.012065801107998125,0.09113565479468773,0.6719219003583184,-0.3912862116014321],
       [-0.08612172521135594,0.7443514888532912,0.2739774911996592,0.6024754064843746],
       [0.2178740984634135,0.18684290841107348,-0.23686103669945432,-0.45099706618161783],
       [0.42493827837831066,-0.5489347689956446,-0.400569788423755,-0.6766688345083928],
       [0.3750782166992911,0.319572210981792,-0.29508894411821684,-0.26814321785998796],
       [-1.1820926340156666,-0.48301109113457785,-0.032018321355576,0.23392119298437836]
      ]
     ],
     [
      "the regularization gradient is missing (add 2 * reg * W)",
      [
       [-0.042936531629329755,0.2397101165930586,0.3275661403239017,-0.5243397252876305],
       [-0.28967209837403385,0.06849523604433079,0.12349084696276647,0.09768601536693675],
       [0.10026267271012634,0.1344009577447691,0.16457236387024549,-0.399235994325141],
       [0.16585145305173285,-0.06824663677544532,-0.10633066653105812,0.008725850254770528],
       [0.060688525205263674,-0.07154686489963866,-0.009454929051716318,0.020313268746091264],
       [-0.23414802072333882,0.15632086714900534,0.07626311294958461,0.0015640406247488386]
      ]
     ],
     [
      "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
      [
       [0.045423897569277547,0.18336846127368836,0.6643684409801593,-0.7133080286013372],
       [-0.2810288416844598,0.38484987462046555,0.2609404438277334,0.40257985389924544],
       [0.2441842190521665,0.190052243094492,0.04645367076719595,-0.6222606809171471],
       [0.35330938050446337,-0.3157112695231432,-0.3068384916956036,-0.33137717606045747],
       [0.20579116737405367,0.13405474819280913,-0.15737764755219102,-0.11675913516323269],
       [-0.7624433013304973,-0.15293232198897655,0.060813267369086876,0.12296192918966596]
      ]
     ],
     [
      "the regularization gradient is counted twice",
      [
       [0.31050518516509945,0.014343495315577659,1.6747753429489323,-1.2802129385424577],
       [-0.25509907161573764,1.3339137903488698,0.6732892344226342,1.3172613694961717],
       [0.675948858078287,0.3570060991436607,-0.30790240854195267,-1.2913347406931655],
       [0.9156831628626548,-1.0581051677662368,-0.9083619671892401,-1.3516862550061415],
       [0.6410990938804237,0.7508595874701525,-0.6011458030536151,-0.5279763468912045],
       [-2.3473291431519727,-1.0806918894029223,0.014463730627593652,0.48715559488441734]
      ]
     ],
     [
      "the regularization gradient is divided by N; only the data gradient is averaged",
      [
       [-0.017690694715441956,0.22361250078752426,0.42379536908283244,-0.5783306690915467],
       [-0.287202596462727,0.15888227563751217,0.16276216035275703,0.18479854066188212],
       [0.1413831145221378,0.15030132498754706,0.13082416584080275,-0.46295733335142847],
       [0.21941086089537012,-0.13895081756050187,-0.1636186165780711,-0.08844644297815175],
       [0.1021464229677751,-0.012803546873225005,-0.051718562908994806,-0.018850275228001295],
       [-0.38508952946824127,0.06796281310958194,0.07184887135515669,0.03624915164329659]
      ]
     ],
     [
      "the data gradient is not averaged over N",
      [
       [-0.12383486300809368,1.5652875055126698,2.966567583579827,-4.048314683640827],
       [-2.010418175239089,1.112175929462585,1.1393351224692991,1.2935897846331748],
       [0.9896818016549647,1.0521092749128294,0.9157691608856193,-3.2407013334599992],
       [1.535876026267591,-0.972655722923513,-1.1453303160464978,-0.6191251008470623],
       [0.7150249607744257,-0.089624828112575,-0.36202994036296365,-0.13195192659600907],
       [-2.6956267062776886,0.47573969176707365,0.5029420994860968,0.2537440615030761]
      ]
     ],
     [
      "the data gradient is divided by N twice",
      [
       [0.1705870681644532,-0.07843900826830352,0.7203997642159299,-0.4528422816685036],
       [-0.024095214959999597,0.6424943108728882,0.29254074329604335,0.623742822117037],
       [0.3021663316426698,0.1305027075201271,-0.2127270485103497,-0.5030830866590323],
       [0.39860891962713707,-0.5046787850347451,-0.4162057455478136,-0.6789595025940601],
       [0.2988750736526177,0.4009822454849472,-0.2971961411511946,-0.271242912283492],
       [-1.090040278460508,-0.5961748258261059,-0.02000496073962625,0.24301921150479835]
      ]
     ],
     [
      "the gradient has the wrong sign",
      [
       [-0.13378432676788485,-0.12702680595431814,-1.001170741636417,0.902276331915044],
       [0.27238558499488574,-0.7012045131966004,-0.39839004069270034,-0.7074736924315542],
       [-0.38810576539420666,-0.2457035284442149,0.07166502233585359,0.8452853675091532],
       [-0.5407673079571939,0.563175902270841,0.5073463168601491,0.6714802023756854],
       [-0.3508938095428437,-0.3396563612852569,0.3053003660526657,0.2538315390725567],
       [1.2907385819376558,0.46218551112695844,-0.04536342178858913,-0.2443598177545831]
      ]
     ],
     [
      "the gradient has the wrong sign",
      [
       [0.21965739002654436,-0.35239342723179906,0.3460384609886136,0.146403118660217],
       [0.30695861175318195,0.5642140411079387,0.1514083467671674,0.5121016616976807],
       [0.18758041997395397,-0.023098387045323285,-0.40080975007634456,-0.04681337885887121],
       [0.20906440185372813,-0.42668262871995044,-0.2946849837980329,-0.6889319028852265],
       [0.22951675913231634,0.48275009108453426,-0.2863905079492331,-0.29445807656473916],
       [-0.8224425404909781,-0.7748272454249692,-0.1071628041105801,0.2412317365050854]
      ]
     ]
    ]
   },
   "edges": {
    "large_regularization": [
     {
      "description": "a large regularization strength (N=6, D=5, C=3, reg=500, seed 331)",
      "fingerprint": [5.0,3.0,1.53762428783,6.31549339724,1.477030232,6.0,5.0,-7.59060186421,27.4299323565,-5.36342408255,6.0,2.0,2.0,-0.832293673094],
      "loss": 1927.37513447,
      "grad": [
       [308.1029002953682,542.4568067141672,14.874589706152479],
       [500.92608515478673,-582.7715465799055,-504.54310072607944],
       [-154.37810355619692,-573.2276985189114,-445.474068038657],
       [-129.1769159614397,32.383514142087876,612.0981928711481],
       [1082.2847644681142,696.4051878847067,137.66367997847865]
      ],
      "loss_hypotheses": [
       ["the data loss is not averaged over N (divide the sum over examples by N)",1938.291726546283],
       ["the data loss is divided by N twice",1925.5557024558104],
       ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",964.7792264421223],
       ["the regularization term is missing from the loss (add reg * np.sum(W * W))",2.183318415509586],
       ["the regularization term is added twice",3852.5669505219607],
       ["the regularization term is divided by N; only the data loss is averaged",323.04862109104715],
       ["the loss has the wrong sign",1923.008497637716],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        1926.3389056695034
       ],
       ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",1925.9195888583954],
       ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",1925.6942786971422],
       ["the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",1929.2154434599531],
       ["the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",1928.0589452301872],
       ["the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",1927.1477483268625],
       ["the correct class's score is read before the max is subtracted; subtract the max from every score of the example, the correct one included",1926.6550684806502],
       ["the loss is minus the probability of the correct class; cross-entropy is minus its log",1925.0081125723204],
       [
        "the log of the sum of the exponentials is computed as a sum of logs; the loss of example i is log(sum_j exp(s[j])) - s[y[i]]",
        1924.1712441075024
       ],
       [
        "the loss averages -log p over every class; only the correct class's -log p[y[i]] counts",
        1926.6400075992908
       ]
      ],
      "gradient_hypotheses": [
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [307.72741634838036,542.1097534463427,15.597126920964918],
         [500.5896849103648,-582.8749587218668,-504.1032883396961],
         [-154.8642792925501,-573.575361047129,-444.6402297740862],
         [-129.37079203202515,32.83923317434415,611.8363499094772],
         [1082.0734222802323,696.4094189149255,137.8707911361419]
        ]
       ],
       [
        "the data gradient is averaged over N * C entries; divide by N only",
        [
         [307.6816399326279,542.3668327498956,15.38582403316444],
         [500.6263908601699,-582.6709459709114,-504.3440070404568],
         [-154.79845431868137,-573.1185604446396,-445.1628553504444],
         [-129.05202446980567,32.52295266419082,611.8338628574111],
         [1082.1595320877373,696.4311560771918,137.7629441663706]
        ]
       ],
       [
        "the gradient lacks the -1 of the correct class: the gradient of the scores is the probabilities minus the one-hot labels (p[y[i]] - 1)",
        [
         [307.72741634838036,542.4568067141672,15.221642973977067],
         [500.5896849103648,-582.7715465799055,-504.4396885841181],
         [-154.8642792925501,-573.2276985189114,-445.1264055104394],
         [-129.37079203202515,32.383514142087876,611.6424738388918],
         [1082.0734222802323,696.4051878847067,137.65944894825992]
        ]
       ],
       [
        "the -1 is subtracted from every class's probability; only the correct class's gets -1",
        [
         [307.7558470275436,542.4852373933305,15.25007365314033],
         [500.82267301282536,-582.5385584774449,-504.2067004816575],
         [-154.72576608441452,-573.0891853107759,-444.9878923023038],
         [-128.72119692918344,33.0331092449296,612.2920689417335],
         [1082.288995498333,696.6207611028075,137.87502216636062]
        ]
       ],
       [
        "the gradient uses exp(scores) without dividing by their sum; it needs the probabilities",
        [
         [308.12985823722545,542.4615976851045,14.693274264589968],
         [501.05194687478934,-582.8239634782769,-504.5834906258171],
         [-154.55645866044813,-573.5610266073785,-445.79944793634905],
         [-129.252711013594,32.308667631661066,612.0997042151486],
         [1082.2753046251537,696.3845308976825,137.6096626923518]
        ]
       ],
       [
        "the correct class's -X[i] is subtracted inside the loop over the classes j, so C times; it is subtracted once per example (p[j] - 1 only for j == y[i])",
        [
         [308.8538681893439,542.4568067141672,14.180483170503303],
         [501.59888564363064,-582.7715465799055,-504.7499250100022],
         [-153.40575208349054,-573.2276985189114,-446.1693930950922],
         [-128.78916382026884,32.383514142087876,613.0096309356607],
         [1082.7074488438782,696.4051878847067,137.67214203891612]
        ]
       ],
       [
        "the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
        [
         [307.87192760162276,542.3343894571548,15.240433870549001],
         [500.8343961020458,-582.6388948291373,-504.3690206905859],
         [-154.52550611744212,-573.1086037125372,-445.39481171377906],
         [-128.8367222761037,32.56718059951872,612.1522367765726],
         [1082.3053002872261,696.4387898336729,137.79821464759465]
        ]
       ],
       [
        "the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
        [
         [307.92918350137506,542.3587013379927,15.141140142593166],
         [500.882688408255,-582.6742649228587,-504.4079408140227],
         [-154.53237701781148,-573.1950702224871,-445.4682415477203],
         [-128.92906419351957,32.517773917491134,612.1427036279154],
         [1082.2986417969828,696.4284199322329,137.76399789192496]
        ]
       ],
       [
        "the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",
        [
         [308.11115948467545,542.4215590982091,14.901578132803435],
         [500.93131123913673,-582.7788199805607,-504.5410534097743],
         [-154.39963645174115,-573.2309858676637,-445.4492477943605],
         [-129.21667809358732,32.41873824097122,612.1027309044123],
         [1082.27393103226,696.4053439492687,137.67435734977093]
        ]
       ],
       [
        "only the last example's term is left in dW: either dW is reset inside the loop over the examples or its columns are assigned (=) where they must accumulate (+=)",
        [
         [307.5771392829441,542.2721133965025,15.58504403624135],
         [500.6986005128339,-582.7247016350118,-504.36246102902027],
         [-154.7187513171595,-573.1998286162618,-445.161290180344],
         [-128.98906841797776,32.59243279549597,611.701426674278],
         [1082.1306702203076,696.4283228746644,137.7946392363275]
        ]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * W)",
        [
         [0.6318905441104906,0.13496094640744957,-0.7668514905179401],
         [0.4495414419251997,-0.1509009134912408,-0.29864052843395883],
         [0.6305261437266614,-0.16370711140778557,-0.46681903231887584],
         [-0.18733723745104344,-0.20915778315441105,0.3964950206054545],
         [0.18784857056538426,-0.03895228872747098,-0.14889628183791323]
        ]
       ],
       [
        "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
        [
         [154.36739541973935,271.2958838302873,7.0538691078172695],
         [250.68781329835596,-291.46122374669835,-252.4208706272567],
         [-76.87378870623513,-286.6957028151596,-222.97044353548793],
         [-64.68212659944538,16.087178179466733,306.24734394587676],
         [541.2363065193398,348.18311779798967,68.75739184832038]
        ]
       ],
       [
        "the regularization gradient is counted twice",
        [
         [615.573910046626,1084.778652481927,30.516030902822898],
         [1001.4026288676483,-1165.3921922463198,-1008.7875609237249],
         [-309.38673325612046,-1146.291689926415,-890.4813170449951],
         [-258.1664946854284,64.97618606733016,1223.7998907216906],
         [2164.3816803656628,1392.849328058141,275.47625623879526]
        ]
       ],
       [
        "the regularization gradient is divided by N; only the data gradient is averaged",
        [
         [51.87705883598678,90.52193524103407,1.8400553755937965],
         [83.86229872740213,-97.25434185789362,-84.3393838947082],
         [-25.204245472927266,-95.67437234599173,-74.63469386670856],
         [-21.68560035811582,5.22295420438597,102.34677799569589],
         [180.53733455349018,116.03507107351156,22.819866428214848]
        ]
       ],
       [
        "the data gradient is not averaged over N",
        [
         [311.26235301592067,543.1316114462045,11.040332253562777],
         [503.17379236441275,-583.5260511473617,-506.0363033682492],
         [-151.22547283756361,-574.0462340759503,-447.80816320025133],
         [-130.11360214869492,31.33772522631582,614.0806679741753],
         [1083.2240073209412,696.2104264410694,136.9191985692891]
        ]
       ],
       [
        "the data gradient is divided by N twice",
        [
         [307.57632484194284,542.3443392588277,15.513632614917428],
         [500.55146728651573,-582.6457958186628,-504.2942336190511],
         [-154.90354200930247,-573.0912759260716,-445.08505217839127],
         [-129.02080159689717,32.55781229471655,611.7677803539768],
         [1082.128223992643,696.437648125313,137.7877602133436]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-308.1029002953682,-542.4568067141672,-14.874589706152479],
         [-500.92608515478673,582.7715465799055,504.54310072607944],
         [154.37810355619692,573.2276985189114,445.474068038657],
         [129.1769159614397,-32.383514142087876,-612.0981928711481],
         [-1082.2847644681142,-696.4051878847067,-137.66367997847865]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [306.83911920714723,542.1868848213524,16.40829268718836],
         [500.02700227093635,-582.469744752923,-503.9458196692115],
         [-155.63915584365023,-572.9002842960958,-444.5404299740192],
         [-128.80224148653764,32.801829708396696,611.3052028299371],
         [1081.9090673269834,696.4830924621617,137.9614725421545]
        ]
       ]
      ]
     }
    ],
    "single_example_two_classes": [
     {
      "description": "a single example with two classes (N=1, D=5, C=2, reg=0.2, seed 330)",
      "fingerprint": [5.0,2.0,2.99899480981,3.70005522514,-0.0569763084476,1.0,5.0,1.18961609996,1.90876637556,-1.21668143011,1.0,0.0,0.0,0.0],
      "loss": 1.04224532474,
      "grad": [
       [0.464928586679628,-0.018401795671560472],
       [0.17185843310366347,0.06447076882767054],
       [-0.3121737336285384,0.6011984593052551],
       [-0.23758895325676238,0.19872957534219562],
       [-0.07675253687771169,0.34332912009994715]
      ],
      "loss_hypotheses": [
       ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",0.8870743825292504],
       ["the regularization term is missing from the loss (add reg * np.sum(W * W))",0.7319034403177578],
       ["the regularization term is added twice",1.3525872091637283],
       ["the loss has the wrong sign",-0.42156155589477246],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        0.9661789788655164
       ],
       ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",0.6762936045818642],
       ["the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",0.3103418844229853],
       ["the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",1.0034890649829307],
       ["the correct class's score is read before the max is subtracted; subtract the max from every score of the example, the correct one included",0.7343441290333612],
       ["the loss is minus the probability of the correct class; cross-entropy is minus its log",-0.17065069311097975],
       [
        "the log of the sum of the exponentials is computed as a sum of logs; the loss of example i is log(sum_j exp(s[j])) - s[y[i]]",
        0.3103418844229853
       ],
       [
        "the loss averages -log p over every class; only the correct class's -log p[y[i]] counts",
        1.0042121518031297
       ],
       ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",1.0422432457087432],
       ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",1.0422245346152468]
      ],
      "gradient_hypotheses": [
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [0.10606554306952695,0.34046124793854055],
         [0.17114633891001996,0.06518286302131407],
         [0.6069610600011258,-0.31793633432440915],
         [-0.04996760917471876,0.011108231260152007],
         [0.36568256317143355,-0.09910597994919806]
        ]
       ],
       [
        "the data gradient is averaged over N * C entries; divide by N only",
        [
         [0.37180229503843054,0.07472449596963694],
         [0.1716736420176655,0.06465555991366852],
         [-0.07365484355824695,0.3626795692349636],
         [-0.1889005181609451,0.15004114024637838],
         [0.038061013564792884,0.22851556965744257]
        ]
       ],
       [
        "the gradient lacks the -1 of the correct class: the gradient of the scores is the probabilities minus the one-hot labels (p[y[i]] - 1)",
        [
         [0.10606554306952695,-0.018401795671560472],
         [0.17114633891001996,0.06447076882767054],
         [0.6069610600011258,0.6011984593052551],
         [-0.04996760917471876,0.19872957534219562],
         [0.36568256317143355,0.34332912009994715]
        ]
       ],
       [
        "the -1 is subtracted from every class's probability; only the correct class's gets -1",
        [
         [0.464928586679628,0.34046124793854055],
         [0.17185843310366347,0.06518286302131407],
         [-0.3121737336285384,-0.31793633432440915],
         [-0.23758895325676238,0.011108231260152007],
         [-0.07675253687771169,-0.09910597994919806]
        ]
       ],
       [
        "the gradient uses exp(scores) without dividing by their sum; it needs the probabilities",
        [
         [0.3049610281659904,-0.19101225599926666],
         [0.17154100847157275,0.06412825680602297],
         [0.09754175950989996,1.0432954727943362],
         [-0.15395446129034904,0.2889740492326047],
         [0.12046828041127866,0.5561371192640832]
        ]
       ],
       [
        "the correct class's -X[i] is subtracted inside the loop over the classes j, so C times; it is subtracted once per example (p[j] - 1 only for j == y[i])",
        [
         [0.823791630289729,-0.018401795671560472],
         [0.17257052729730699,0.06447076882767054],
         [-1.2313085272582025,0.6011984593052551],
         [-0.425210297338806,0.19872957534219562],
         [-0.5191876369268568,0.34332912009994715]
        ]
       ],
       [
        "the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
        [
         [0.27867600339723314,-0.19101225599926666],
         [0.17148885093166752,0.06412825680602297],
         [0.16486404651204453,1.0432954727943362],
         [-0.14021208306512786,0.2889740492326047],
         [0.15287456400729746,0.5561371192640832]
        ]
       ],
       [
        "the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",
        [
         [0.45810752520228365,-0.011580734194216152],
         [0.1718448980284893,0.06448430390284474],
         [-0.2947033503027876,0.5837280759795043],
         [-0.23402275510614967,0.19516337719158292],
         [-0.06834298601727515,0.3349195692395106]
        ]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * W)",
        [
         [0.18625258328239483,-0.18625258328239483],
         [0.0003695821719959555,-0.0003695821719959555],
         [-0.47703778014058296,0.47703778014058296],
         [-0.09737687019163452,0.09737687019163452],
         [-0.22962710088500915,0.22962710088500915]
        ]
       ],
       [
        "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
        [
         [0.3255905849810114,-0.10232718947697765],
         [0.08611400763782971,0.032050593327837294],
         [-0.3946057568845607,0.539118119722919],
         [-0.16748291172419844,0.14805322276691507],
         [-0.1531898188813604,0.2864781104924782]
        ]
       ],
       [
        "the regularization gradient is counted twice",
        [
         [0.7436045900768611,0.14944899193927388],
         [0.343347284035331,0.12931111982733703],
         [-0.1473096871164939,0.7253591384699272],
         [-0.3778010363218902,0.30008228049275676],
         [0.07612202712958577,0.45703113931488515]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-0.464928586679628,0.018401795671560472],
         [-0.17185843310366347,-0.06447076882767054],
         [0.3121737336285384,-0.6011984593052551],
         [0.23758895325676238,-0.19872957534219562],
         [0.07675253687771169,-0.34332912009994715]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [0.09242342011483831,0.3541033708932292],
         [0.17111926875967157,0.06520993317166245],
         [0.6419018266526275,-0.35287710097591085],
         [-0.042835212873493345,0.0039758349589265884],
         [0.38250166489230664,-0.11592508167007115]
        ]
       ]
      ]
     }
    ],
    "stable_for_large_scores": [
     {
      "description": "scores around +-1e3 (N=5, D=4, C=3, reg=0, seed 333)",
      "fingerprint": [4.0,3.0,3006.27193959,3007.31433171,-1742.32278787,5.0,4.0,0.879520006767,18.8522651619,1.45558630323,5.0,3.0,3.0,-2.63362861406],
      "loss": 0.960233893754,
      "grad": [
       [-0.1297674663152542,0.20903970690367757,-0.07927224058842339],
       [-0.20621774218645889,-0.15664249463030155,0.36286023681676033],
       [0.22172120642240828,-0.06784216246948652,-0.1538790439529218],
       [0.010612499392448061,-0.0835822885510836,0.07296978915863547]
      ],
      "loss_hypotheses": [
       ["the data loss is not averaged over N (divide the sum over examples by N)",4.8011694687675135],
       ["the data loss is divided by N twice",0.19204677875070053],
       ["the loss has the wrong sign",-0.9602338937535027],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        1.4939954853360065
       ],
       ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",0.3200779645845009],
       ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",0.4718639123969889],
       ["the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",2.58635292430682],
       ["the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",1.5587170770917163],
       ["the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))","-inf"],
       ["the correct class's score is read before the max is subtracted; subtract the max from every score of the example, the correct one included",-159.4592305679243],
       ["the loss is minus the probability of the correct class; cross-entropy is minus its log",-0.47714684761320925],
       [
        "the log of the sum of the exponentials is computed as a sum of logs; the loss of example i is log(sum_j exp(s[j])) - s[y[i]]",
        -2.5258862495552195
       ],
       [
        "the loss averages -log p over every class; only the correct class's -log p[y[i]] counts",
        1.486488323551431
       ],
       ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",0.9602302268973606],
       ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",0.9601972263480878]
      ],
      "gradient_hypotheses": [
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [-0.06672889572651759,0.45734765141784794,-0.3906187556913304],
         [0.28950786028952963,0.33576567896588316,-0.6252735392554128],
         [-0.1913347741787027,-0.12497823224207083,0.3163130064207735],
         [-0.10938750060755191,0.23641771144891638,-0.1270302108413645]
        ]
       ],
       [
        "the data gradient is averaged over N * C entries; divide by N only",
        [
         [-0.04325582210508474,0.06967990230122585,-0.02642408019614113],
         [-0.0687392473954863,-0.05221416487676719,0.12095341227225344],
         [0.07390706880746943,-0.022614054156495506,-0.05129301465097393],
         [0.003537499797482687,-0.0278607628503612,0.02432326305287849]
        ]
       ],
       [
        "the gradient lacks the -1 of the correct class: the gradient of the scores is the probabilities minus the one-hot labels (p[y[i]] - 1)",
        [
         [-0.21995045180049902,0.05581815082969797,-0.4808017411765723],
         [0.5424770281678308,0.09632667324799622,0.12342123109887138],
         [-0.10649043357382126,0.01700217813539865,-0.011898633575450039],
         [0.0906124993924492,0.11641771144891622,-0.04703021084136546]
        ]
       ],
       [
        "the -1 is subtracted from every class's probability; only the correct class's gets -1",
        [
         [0.4249835903468743,0.7007521929770713,0.164132300970801],
         [-0.21974790434686767,-0.6658982592667023,-0.638803701415827],
         [-0.005103544559948612,0.1183890671492713,0.0894882554384226],
         [-0.06938750060755083,-0.04358228855108379,-0.20703021084136547]
        ]
       ],
       [
        "the gradient uses exp(scores) without dividing by their sum; it needs the probabilities",
        [
         [-0.2365264811020717,0.28327937735659237,-0.24311869181528062],
         [0.16359369094684767,-0.06836885084256114,0.5608171951320691],
         [0.12584927460830755,-0.061818334660939556,-0.2535364755128501],
         [0.11914167052546465,0.025325585520374894,0.11475949053250316]
        ]
       ],
       [
        "the correct class's -X[i] is subtracted inside the loop over the classes j, so C times; it is subtracted once per example (p[j] - 1 only for j == y[i])",
        [
         [0.050598504655230726,0.5154828190516375,0.7237867605878783],
         [-1.7036072828950293,-0.6625808303868985,0.8417382482525309],
         [0.8781444864148575,-0.2375308436792553,-0.437839864707857],
         [-0.14938750060755074,-0.48358228855108376,0.3129697891586345]
        ]
       ],
       [
        "the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
        [
         [0.050683807928056934,0.16894554787992214,0.32359152811480857],
         [-0.6383990868752918,-0.2306509878271587,0.2782936318151234],
         [0.30374602813366525,-0.0820604962715291,-0.15546753969267],
         [-0.05592377017634474,-0.17275813460927794,0.11936642235650845]
        ]
       ],
       [
        "the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
        [
         [0.0011601113199918743,0.24194328745790167,0.19592902396192022],
         [-0.5001113982801364,-0.12704010355972603,0.34193756182875157],
         [0.27307127452751795,-0.06913665694498314,-0.17755947572297057],
         [-0.025737220101308467,-0.04628932058593349,0.11832862132093387]
        ]
       ],
       [
        "the max is taken over the wrong axis; subtract each example's own largest score (scores.max(axis=1, keepdims=True))",
        [
         ["nan","nan","nan"],
         ["nan","nan","nan"],
         ["nan","nan","nan"],
         ["nan","nan","nan"]
        ]
       ],
       [
        "only the last example's term is left in dW: either dW is reset inside the loop over the examples or its columns are assigned (=) where they must accumulate (+=)",
        [
         [-0.09372801434559193,0.13874449515904697,-0.04501648081345504],
         [0.15474518340253357,-0.22906750451700356,0.07432232111446999],
         [0.05190060574451625,-0.07682786616945228,0.024927260424936027],
         [0.12234311770118991,-0.1811031015662797,0.05875998386508979]
        ]
       ],
       [
        "the data gradient is not averaged over N",
        [
         [-0.648837331576271,1.0451985345183878,-0.39636120294211696],
         [-1.0310887109322944,-0.7832124731515078,1.8143011840838017],
         [1.1086060321120415,-0.33921081234743256,-0.769395219764609],
         [0.0530624969622403,-0.41791144275541803,0.3648489457931774]
        ]
       ],
       [
        "the data gradient is divided by N twice",
        [
         [-0.025953493263050843,0.041807941380735514,-0.015854448117684678],
         [-0.04124354843729178,-0.03132849892606031,0.07257204736335207],
         [0.04434424128448165,-0.013568432493897303,-0.030775808790584357],
         [0.002122499878489612,-0.01671645771021672,0.014593957831727095]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [0.1297674663152542,-0.20903970690367757,0.07927224058842339],
         [0.20621774218645889,0.15664249463030155,-0.36286023681676033],
         [-0.22172120642240828,0.06784216246948652,0.1538790439529218],
         [-0.010612499392448061,0.0835822885510836,-0.07296978915863547]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [0.1297674663152542,-0.20903970690367757,0.07927224058842339],
         [0.20621774218645889,0.15664249463030155,-0.36286023681676033],
         [-0.22172120642240828,0.06784216246948652,0.1538790439529218],
         [-0.010612499392448061,0.0835822885510836,-0.07296978915863547]
        ]
       ]
      ]
     },
     {
      "description": "scores that mix +-1e3 within each example (N=3, D=3, C=3, reg=0)",
      "fingerprint": [3.0,3.0,3000.0,3000.0,200.856345328,3.0,3.0,1.996,7.992,-1.13909171422,3.0,3.0,3.0,1.58385316345],
      "loss": 0.106659012002,
      "grad": [
       [-0.08964714045666504,-0.002230950308094952,0.09187809076475995],
       [0.08946784617575171,0.0022197955565544775,-0.09168764173230615],
       [-0.08955749331620837,0.002230950308094952,0.08732654300811345]
      ],
      "loss_hypotheses": [
       ["the data loss is not averaged over N (divide the sum over examples by N)",0.31997703600734084],
       ["the data loss is divided by N twice",0.035553004000815645],
       ["the loss has the wrong sign",-0.10665901200244694],
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        668.773325678669
       ],
       ["the data loss is averaged over N * C entries; average over the N examples only (sum over the classes)",0.035553004000815645],
       ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",0.0],
       ["the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",1.2162819514300376],
       ["the correct class's score is read before the max is subtracted; subtract the max from every score of the example, the correct one included",-999.8933409879975],
       ["the loss is minus the probability of the correct class; cross-entropy is minus its log",-0.90812190923524],
       [
        "the log of the sum of the exponentials is computed as a sum of logs; the loss of example i is log(sum_j exp(s[j])) - s[y[i]]",
        -2334.6666666666665
       ],
       [
        "the loss averages -log p over every class; only the correct class's -log p[y[i]] counts",
        "inf"
       ],
       ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",0.10665788713063162],
       ["a constant is added inside the log (-log(p + eps)); some correct-class probabilities here are tiny, so it shifts the loss: take the log of the shifted scores (log-sum-exp), no epsilon is needed",0.10664776334256278]
      ],
      "gradient_hypotheses": [
       [
        "the labels are off by one (y[i] - 1 instead of y[i])",
        [
         [0.5770195262100016,-0.0022309503080949478,-0.5747885759019068],
         [-0.5765321538242483,0.0038864622232211246,0.5726456916010272],
         [0.24344250668379164,-0.33110238302523837,0.08765987634144679]
        ]
       ],
       [
        "the data gradient is averaged over N * C entries; divide by N only",
        [
         [-0.02988238015222168,-0.0007436501026983174,0.030626030254919983],
         [0.029822615391917235,0.0007399318521848258,-0.03056254724410205],
         [-0.029852497772069456,0.0007436501026983174,0.02910884766937115]
        ]
       ],
       [
        "the gradient lacks the -1 of the correct class: the gradient of the scores is the probabilities minus the one-hot labels (p[y[i]] - 1)",
        [
         [0.2436861928766683,-0.3355642836414283,-0.2414552425685734],
         [-0.24319882049091499,0.3355531288898878,0.23997902493436055],
         [0.24344250668379164,0.002230950308094952,0.4206598763414468]
        ]
       ],
       [
        "the -1 is subtracted from every class's probability; only the correct class's gets -1",
        [
         [0.5770195262100016,-0.0022309503080949478,0.09187809076475995],
         [-0.5755321538242483,0.0032197955565544576,-0.09235430839897281],
         [-0.4228908266495417,-0.6641023830252384,-0.24567345699188656]
        ]
       ],
       [
        "the gradient uses exp(scores) without dividing by their sum; it needs the probabilities",
        [
         [0.0,-0.002245982333028489,0.12262648039048078],
         [0.0,0.0022347524213633466,-0.12238122742969981],
         [0.0,0.002245982333028489,0.12250385391009029]
        ]
       ],
       [
        "the correct class's -X[i] is subtracted inside the loop over the classes j, so C times; it is subtracted once per example (p[j] - 1 only for j == y[i])",
        [
         [-0.7563138071233317,0.6644357163585717,0.7585447574314267],
         [0.7548011795090851,-0.6644468711101122,-0.7550209750656395],
         [-0.7555574933162084,0.002230950308094952,-0.5793401236585533]
        ]
       ],
       [
        "the probabilities are normalised over the whole matrix (a sum without axis); each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
        [
         [-0.23455670327689826,0.23389115157882975,0.2708945947428579],
         [0.23408758987034448,-0.23389447933732008,-0.26964913544354147],
         [-0.23432214657362135,0.000665551698068532,-0.19825514970240457]
        ]
       ],
       [
        "the probabilities are normalised over the wrong axis; each example's probabilities sum to 1 over its classes (sum over axis=1, keepdims=True)",
        [
         [0.0,-4.13442428441139e-17,0.17929428091333008],
         [0.0,-1.1154751540433383e-05,-0.1786667509301334],
         [0.0,0.002230950308094952,-8.964714045666512e-05]
        ]
       ],
       [
        "only the last example's term is left in dW: either dW is reset inside the loop over the examples or its columns are assigned (=) where they must accumulate (+=)",
        [
         [0.0,0.0,0.0],
         [0.0,0.0,0.0],
         [0.0,0.0,0.0]
        ]
       ],
       [
        "the data gradient is not averaged over N",
        [
         [-0.2689414213699951,-0.006692850924284856,0.27563427229427984],
         [0.2684035385272551,0.006659386669663432,-0.27506292519691844],
         [-0.2686724799486251,0.006692850924284856,0.26197962902434035]
        ]
       ],
       [
        "the data gradient is divided by N twice",
        [
         [-0.02988238015222168,-0.0007436501026983174,0.030626030254919983],
         [0.029822615391917235,0.0007399318521848258,-0.03056254724410205],
         [-0.029852497772069456,0.0007436501026983174,0.02910884766937115]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [0.08964714045666504,0.002230950308094952,-0.09187809076475995],
         [-0.08946784617575171,-0.0022197955565544775,0.09168764173230615],
         [0.08955749331620837,-0.002230950308094952,-0.08732654300811345]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [0.08964714045666504,0.002230950308094952,-0.09187809076475995],
         [-0.08946784617575171,-0.0022197955565544775,0.09168764173230615],
         [0.08955749331620837,-0.002230950308094952,-0.08732654300811345]
        ]
       ]
      ]
     }
    ]
   }
  },
  "mse": {
   "main": [
    {
     "description": "a regression problem (N=16, D=9, K=1, reg=0, seed 320)",
     "fingerprint": [9.0,1.0,5.06088693202,6.58263037105,-0.793979233469,16.0,9.0,5.88367042332,119.296893286,15.927260824,16.0,1.0,-1.17594142166,10.5815196979,0.669998290084],
     "loss": 7.2786510865,
     "grad": [
      [-1.5523675387206008],
      [-1.1878744551091318],
      [2.047478773565002],
      [2.2904710264710886],
      [-2.260629493623029],
      [3.5299145450890546],
      [0.779419354405744],
      [1.6717258546471818],
      [0.03525032336604411]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",116.45841738399069],
      ["the data loss is divided by N twice",0.45491569290621364],
      ["the loss has the wrong sign",-7.278651086499418],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",0.8896650425061758],
      ["the squared error has a 1/2 in front; this kit's MSE has none",3.639325543249709]
     ],
     "gradient_hypotheses": [
      [
       "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
       [
        [-0.2996905655601231],
        [-0.08193840096198467],
        [-0.4807497222965213],
        [0.9872688002688397],
        [-0.34324598712328847],
        [0.6708419600549776],
        [0.5544340644986508],
        [0.5036143297590367],
        [-0.017584585599715163]
       ]
      ],
      [
       "the factor 2 of the derivative of the squared error is missing: the gradient of sum((X W - y) ** 2) / N is 2 * X.T.dot(X W - y) / N",
       [
        [-0.7761837693603004],
        [-0.5939372275545659],
        [1.023739386782501],
        [1.1452355132355443],
        [-1.1303147468115144],
        [1.7649572725445273],
        [0.389709677202872],
        [0.8358629273235909],
        [0.017625161683022056]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [-24.837880619529614],
        [-19.00599128174611],
        [32.759660377040035],
        [36.64753642353742],
        [-36.17007189796846],
        [56.47863272142487],
        [12.470709670491903],
        [26.74761367435491],
        [0.5640051738567058]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [-0.09702297117003755],
        [-0.07424215344432074],
        [0.12796742334781264],
        [0.14315443915444304],
        [-0.1412893433514393],
        [0.2206196590680659],
        [0.048713709650359],
        [0.10448286591544886],
        [0.002203145210377757]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [1.5523675387206008],
        [1.1878744551091318],
        [-2.047478773565002],
        [-2.2904710264710886],
        [2.260629493623029],
        [-3.5299145450890546],
        [-0.779419354405744],
        [-1.6717258546471818],
        [-0.03525032336604411]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [1.5523675387206008],
        [1.1878744551091318],
        [-2.047478773565002],
        [-2.2904710264710886],
        [2.260629493623029],
        [-3.5299145450890546],
        [-0.779419354405744],
        [-1.6717258546471818],
        [-0.03525032336604411]
       ]
      ]
     ]
    },
    {
     "description": "a regression problem (N=11, D=6, K=3, reg=0.4, seed 321)",
     "fingerprint": [6.0,3.0,1.23386558814,11.1882325802,3.20230230343,11.0,6.0,-4.72029057334,48.6938858323,6.40900018746,11.0,3.0,-8.68321803479,28.514175475,9.04508088164],
     "loss": 19.0440126813,
     "grad": [
      [0.5942715702442296,-0.44654004516769275,-2.160620103500771],
      [-1.8010088914033353,-1.9561844521773717,1.0358128494511705],
      [4.496550066040105,5.745912020226619,-3.2004778322217735],
      [0.1334450661143563,-1.4295454072520617,2.669201025509316],
      [2.561174013295117,4.217334328678453,-2.8859033683943722],
      [0.8201301716756726,-1.8911977619937081,-1.9597312849446706]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",170.98599212212542],
      ["the data loss is divided by N twice",5.231105459441146],
      ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",17.119105312705447],
      ["the regularization term is missing from the loss (add reg * np.sum(W * W))",15.194197944079393],
      ["the regularization term is added twice",22.893827418583612],
      ["the regularization term is divided by N; only the data loss is averaged",15.544181102011404],
      ["the loss has the wrong sign",-11.344383206827283],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",4.4296701547379875],
      ["the squared error has a 1/2 in front; this kit's MSE has none",11.446913709291806],
      ["the squared errors are averaged over N * K entries; average over the N examples only (sum over the K outputs)",8.914547385278574]
     ],
     "gradient_hypotheses": [
      [
       "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
       [
        [-0.0938091232262902,-0.4177246052510712,-0.48899596005008006],
        [-0.11259602779055017,0.1730631724827998,-0.46097100505937927],
        [1.3651773652270873,1.3313241347363374,-0.7453562668574716],
        [0.2652914989260424,-0.3201994814108529,0.8818310913434362],
        [0.633715817913811,1.0223994562940777,-0.9319305463934506],
        [0.4413245939740791,-0.336117575176112,-0.8322656585581094]
       ]
      ],
      [
       "the factor 2 of the derivative of the squared error is missing: the gradient of sum((X W - y) ** 2) / N is 2 * X.T.dot(X W - y) / N",
       [
        [0.2996844495616819,-0.37594910850260627,-1.3586965304054064],
        [-0.9472161384138094,-0.8806697353817481,0.28085176466641715],
        [2.6152767911340726,3.1800835594283496,-1.7566567989516728],
        [0.32946667003695007,-0.7270692273832918,1.6863643613778403],
        [1.6450101483823603,2.6739051826884106,-1.9415116828443872],
        [0.5762151112367895,-1.1755884062186404,-1.358643193067226]
       ]
      ],
      [
       "the data gradient is averaged over N * K entries; divide by N only",
       [
        [0.20148874266749928,-0.3524187962809108,-1.0913886727069517],
        [-0.6626185540839674,-0.5221648297832069,0.029198069738166077],
        [1.9881856994987284,2.3248074058289263,-1.2753831211949727],
        [0.3948072046778147,-0.4929105007603685,1.3587521400006817],
        [1.3396221934114414,2.1594288006917304,-1.6267144543277254],
        [0.49491009109049505,-0.9370519542936178,-1.1582804957747443]
       ]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * W)",
       [
        [0.5891742413650954,-0.14118187333017296,-1.6038471461907284],
        [-1.707585505979052,-2.151029433591247,1.5099221695695066],
        [3.7625465498120647,5.13165692159654,-2.887642066540201],
        [-0.3920432078451876,-1.40495235973754,1.965673328262952],
        [1.8323277298255134,3.086858291980083,-1.88878337109997],
        [0.4878301208777664,-1.4312187115501356,-1.2021761837548892]
       ]
      ],
      [
       "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
       [
        [0.5917229058046625,-0.29386095924893285,-1.8822336248457496],
        [-1.7542971986911937,-2.0536069428843096,1.2728675095103386],
        [4.129548307926084,5.43878447091158,-3.044059949380987],
        [-0.12929907086541564,-1.417248883494801,2.317437176886134],
        [2.1967508715603152,3.652096310329268,-2.387343369747171],
        [0.6539801462767195,-1.6612082367719219,-1.58095373434978]
       ]
      ],
      [
       "the regularization gradient is counted twice",
       [
        [0.5993688991233638,-0.7518982170052125,-2.7173930608108128],
        [-1.8944322768276187,-1.7613394707634962,0.5617035293328343],
        [5.230553582268145,6.360167118856699,-3.5133135979033456],
        [0.6589333400739001,-1.4541384547665837,3.3727287227556806],
        [3.2900202967647205,5.347810365376821,-3.8830233656887745],
        [1.152430222473579,-2.3511768124372807,-2.717286386134452]
       ]
      ],
      [
       "the regularization gradient is divided by N; only the data gradient is averaged",
       [
        [0.5896376348995622,-0.16894170713358386,-1.6544628695825505],
        [-1.7160785410176231,-2.1333162534627133,1.4668213222860216],
        [3.829274142196432,5.187498294199274,-2.916081681602162],
        [-0.3442715465761381,-1.4071880913297692,2.029630391648985],
        [1.8985864828682046,3.189628840770844,-1.9794306435812792],
        [0.5180392164048487,-1.4730349888631877,-1.2710448293175967]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [6.486013983895184,-1.8583587784694222,-18.199091565408054],
        [-18.876863951193855,-23.466478788089844,16.135034545146237],
        [42.122015564160755,57.06248123619202,-32.07689849762378],
        [-3.7869870123375193,-15.479069004627462,22.325934308138837],
        [20.88445131155025,35.085917248479284,-21.77373707939407],
        [5.698431380453337,-16.203384877495065,-13.981493122493562]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [0.058658623548688275,-0.31819288759480824,-0.7025772433273813],
        [-0.2486584314223791,-0.0007031489126015367,-0.33684366833929014],
        [1.0760532025745915,1.080769364229765,-0.5753486808215906],
        [0.48984798233725413,-0.15231598930884363,0.8822252725429963],
        [0.8954215316355594,1.4110995177874677,-1.1688275764853087],
        [0.37664824360497595,-0.5900898424026757,-0.8668438451674985]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-0.5942715702442296,0.44654004516769275,2.160620103500771],
        [1.8010088914033353,1.9561844521773717,-1.0358128494511705],
        [-4.496550066040105,-5.745912020226619,3.2004778322217735],
        [-0.1334450661143563,1.4295454072520617,-2.669201025509316],
        [-2.561174013295117,-4.217334328678453,2.8859033683943722],
        [-0.8201301716756726,1.8911977619937081,1.9597312849446706]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-0.5840769124859613,-0.16417629850734683,1.047074188880686],
        [1.6141621205547685,2.3458744150051225,-1.9840314896878428],
        [-3.0285430335840244,-4.517401822966461,2.5748063008586284],
        [0.9175314818047315,1.3803593122230182,-1.2621456310165877],
        [-1.10348144635591,-1.9563822552817138,0.8916633738055677],
        [-0.15553007007986014,0.971239661106563,0.4446210825651079]
       ]
      ]
     ]
    },
    {
     "description": "a regression problem (N=8, D=5, K=2, reg=0.2, seed 322)",
     "fingerprint": [5.0,2.0,0.309519314191,6.90458066033,-1.13232799954,8.0,5.0,6.54580743179,32.7289397849,1.55255610448,8.0,2.0,-2.75599269083,14.5924402441,-3.89702365463],
     "loss": 11.0471023864,
     "grad": [
      [1.1447224558856215,0.7936169381845477],
      [2.800853661639098,7.1847227762674315],
      [-1.6980384233576593,-4.307532974477475],
      [-0.9846453757386617,-2.0145108154494507],
      [0.7106886082717232,1.1695741400710193]
     ],
     "loss_hypotheses": [
      ["the data loss is not averaged over N (divide the sum over examples by N)",79.07869030629297],
      ["the data loss is divided by N twice",2.54315389643069],
      ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",10.382950330341806],
      ["the regularization term is missing from the loss (add reg * np.sum(W * W))",9.718798274268226],
      ["the regularization term is added twice",12.37540649856255],
      ["the regularization term is divided by N; only the data loss is averaged",9.884836288286621],
      ["the loss has the wrong sign",-8.390494162121064],
      ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",3.74698054016903],
      ["the squared error has a 1/2 in front; this kit's MSE has none",6.187703249281275],
      ["the squared errors are averaged over N * K entries; average over the N examples only (sum over the K outputs)",6.187703249281275]
     ],
     "gradient_hypotheses": [
      [
       "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
       [
        [-0.11460633058840698,-0.7035963463805828],
        [0.5211442944711948,1.9691704866300752],
        [-0.6420976701492036,-2.088810950322202],
        [0.07006578154687726,0.659644876526609],
        [0.43132103226125107,0.8179908714122728]
       ]
      ],
      [
       "the factor 2 of the derivative of the squared error is missing: the gradient of sum((X W - y) ** 2) / N is 2 * X.T.dot(X W - y) / N",
       [
        [0.6279330518038915,0.5815993195457737],
        [1.4828018495180906,3.729826964519867],
        [-1.0257456342484939,-2.5120870910258715],
        [-0.5423312477608319,-1.0817059560906768],
        [0.5078383839673376,0.6934997182572621]
       ]
      ],
      [
       "the data gradient is averaged over N * K entries; divide by N only",
       [
        [0.6279330518038915,0.5815993195457737],
        [1.4828018495180906,3.729826964519867],
        [-1.0257456342484939,-2.5120870910258715],
        [-0.5423312477608319,-1.0817059560906768],
        [0.5078383839673376,0.6934997182572621]
       ]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * W)",
       [
        [1.03357880816346,0.42403523727754794],
        [2.636103624242015,6.909791623495128],
        [-1.3445855782183311,-3.5908917669032063],
        [-0.8846282559556597,-1.8656097187175482],
        [0.405700448608771,0.9521488436275145]
       ]
      ],
      [
       "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
       [
        [1.0891506320245408,0.6088260877310478],
        [2.7184786429405565,7.04725719988128],
        [-1.5213120007879952,-3.9492123706903404],
        [-0.9346368158471607,-1.9400602670834994],
        [0.5581945284402471,1.060861491849267]
       ]
      ],
      [
       "the regularization gradient is counted twice",
       [
        [1.255866103607783,1.1631986390915474],
        [2.965603699036181,7.459653929039734],
        [-2.0514912684969877,-5.024174182051743],
        [-1.0846624955216637,-2.1634119121813535],
        [1.0156767679346752,1.3869994365145242]
       ]
      ],
      [
       "the regularization gradient is divided by N; only the data gradient is averaged",
       [
        [1.04747176412873,0.4702329498909229],
        [2.6566973789166504,6.944158017591666],
        [-1.3887671838607472,-3.68047191784999],
        [-0.897130395928535,-1.884222355809036],
        [0.44382396856664,0.9793270056829526]
       ]
      ],
      [
       "the data gradient is not averaged over N",
       [
        [8.37977411302984,3.761863599127383],
        [21.253579031333203,55.553264140733326],
        [-11.110137470885977,-29.44377534279992],
        [-7.17704316742828,-15.073778846472289],
        [3.55059174853312,7.834616045463621]
       ]
      ],
      [
       "the data gradient is divided by N twice",
       [
        [0.2403409987425939,0.42258610556669324],
        [0.494262990427335,1.1386551057091945],
        [-0.5215260424166196,-1.1655026784371691],
        [-0.21059565177745945,-0.38210231157159613],
        [0.3557007157390485,0.3364439018969441]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-1.1447224558856215,-0.7936169381845477],
        [-2.800853661639098,-7.1847227762674315],
        [1.6980384233576593,4.307532974477475],
        [0.9846453757386617,2.0145108154494507],
        [-0.7106886082717232,-1.1695741400710193]
       ]
      ],
      [
       "the gradient has the wrong sign",
       [
        [-0.9224351604412986,-0.05445353637054817],
        [-2.4713535868449314,-6.634860470722824],
        [0.991132733079003,2.874250559328938],
        [0.7846111361726578,1.7167086219856456],
        [-0.1007122889458189,-0.7347235471840097]
       ]
      ]
     ]
    }
   ],
   "numeric": {
    "description": "a regression problem (N=11, D=6, K=3, reg=0.4, seed 321)",
    "fingerprint": [6.0,3.0,1.23386558814,11.1882325802,3.20230230343,11.0,6.0,-4.72029057334,48.6938858323,6.40900018746,11.0,3.0,-8.68321803479,28.514175475,9.04508088164],
    "loss": 19.0440126813,
    "grad": [
     [0.5942715702442296,-0.44654004516769275,-2.160620103500771],
     [-1.8010088914033353,-1.9561844521773717,1.0358128494511705],
     [4.496550066040105,5.745912020226619,-3.2004778322217735],
     [0.1334450661143563,-1.4295454072520617,2.669201025509316],
     [2.561174013295117,4.217334328678453,-2.8859033683943722],
     [0.8201301716756726,-1.8911977619937081,-1.9597312849446706]
    ],
    "loss_hypotheses": [
     ["the data loss is not averaged over N (divide the sum over examples by N)",170.98599212212542],
     ["the data loss is divided by N twice",5.231105459441146],
     ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",17.119105312705447],
     ["the regularization term is missing from the loss (add reg * np.sum(W * W))",15.194197944079393],
     ["the regularization term is added twice",22.893827418583612],
     ["the regularization term is divided by N; only the data loss is averaged",15.544181102011404],
     ["the loss has the wrong sign",-11.344383206827283],
     ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",4.4296701547379875],
     ["the squared error has a 1/2 in front; this kit's MSE has none",11.446913709291806],
     ["the squared errors are averaged over N * K entries; average over the N examples only (sum over the K outputs)",8.914547385278574]
    ],
    "gradient_hypotheses": [
     [
      "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
      [
       [-0.0938091232262902,-0.4177246052510712,-0.48899596005008006],
       [-0.11259602779055017,0.1730631724827998,-0.46097100505937927],
       [1.3651773652270873,1.3313241347363374,-0.7453562668574716],
       [0.2652914989260424,-0.3201994814108529,0.8818310913434362],
       [0.633715817913811,1.0223994562940777,-0.9319305463934506],
       [0.4413245939740791,-0.336117575176112,-0.8322656585581094]
      ]
     ],
     [
      "the factor 2 of the derivative of the squared error is missing: the gradient of sum((X W - y) ** 2) / N is 2 * X.T.dot(X W - y) / N",
      [
       [0.2996844495616819,-0.37594910850260627,-1.3586965304054064],
       [-0.9472161384138094,-0.8806697353817481,0.28085176466641715],
       [2.6152767911340726,3.1800835594283496,-1.7566567989516728],
       [0.32946667003695007,-0.7270692273832918,1.6863643613778403],
       [1.6450101483823603,2.6739051826884106,-1.9415116828443872],
       [0.5762151112367895,-1.1755884062186404,-1.358643193067226]
      ]
     ],
     [
      "the data gradient is averaged over N * K entries; divide by N only",
      [
       [0.20148874266749928,-0.3524187962809108,-1.0913886727069517],
       [-0.6626185540839674,-0.5221648297832069,0.029198069738166077],
       [1.9881856994987284,2.3248074058289263,-1.2753831211949727],
       [0.3948072046778147,-0.4929105007603685,1.3587521400006817],
       [1.3396221934114414,2.1594288006917304,-1.6267144543277254],
       [0.49491009109049505,-0.9370519542936178,-1.1582804957747443]
      ]
     ],
     [
      "the regularization gradient is missing (add 2 * reg * W)",
      [
       [0.5891742413650954,-0.14118187333017296,-1.6038471461907284],
       [-1.707585505979052,-2.151029433591247,1.5099221695695066],
       [3.7625465498120647,5.13165692159654,-2.887642066540201],
       [-0.3920432078451876,-1.40495235973754,1.965673328262952],
       [1.8323277298255134,3.086858291980083,-1.88878337109997],
       [0.4878301208777664,-1.4312187115501356,-1.2021761837548892]
      ]
     ],
     [
      "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
      [
       [0.5917229058046625,-0.29386095924893285,-1.8822336248457496],
       [-1.7542971986911937,-2.0536069428843096,1.2728675095103386],
       [4.129548307926084,5.43878447091158,-3.044059949380987],
       [-0.12929907086541564,-1.417248883494801,2.317437176886134],
       [2.1967508715603152,3.652096310329268,-2.387343369747171],
       [0.6539801462767195,-1.6612082367719219,-1.58095373434978]
      ]
     ],
     [
      "the regularization gradient is counted twice",
      [
       [0.5993688991233638,-0.7518982170052125,-2.7173930608108128],
       [-1.8944322768276187,-1.7613394707634962,0.5617035293328343],
       [5.230553582268145,6.360167118856699,-3.5133135979033456],
       [0.6589333400739001,-1.4541384547665837,3.3727287227556806],
       [3.2900202967647205,5.347810365376821,-3.8830233656887745],
       [1.152430222473579,-2.3511768124372807,-2.717286386134452]
      ]
     ],
     [
      "the regularization gradient is divided by N; only the data gradient is averaged",
      [
       [0.5896376348995622,-0.16894170713358386,-1.6544628695825505],
       [-1.7160785410176231,-2.1333162534627133,1.4668213222860216],
       [3.829274142196432,5.187498294199274,-2.916081681602162],
       [-0.3442715465761381,-1.4071880913297692,2.029630391648985],
       [1.8985864828682046,3.189628840770844,-1.9794306435812792],
       [0.5180392164048487,-1.4730349888631877,-1.2710448293175967]
      ]
     ],
     [
      "the data gradient is not averaged over N",
      [
       [6.486013983895184,-1.8583587784694222,-18.199091565408054],
       [-18.876863951193855,-23.466478788089844,16.135034545146237],
       [42.122015564160755,57.06248123619202,-32.07689849762378],
       [-3.7869870123375193,-15.479069004627462,22.325934308138837],
       [20.88445131155025,35.085917248479284,-21.77373707939407],
       [5.698431380453337,-16.203384877495065,-13.981493122493562]
      ]
     ],
     [
      "the data gradient is divided by N twice",
      [
       [0.058658623548688275,-0.31819288759480824,-0.7025772433273813],
       [-0.2486584314223791,-0.0007031489126015367,-0.33684366833929014],
       [1.0760532025745915,1.080769364229765,-0.5753486808215906],
       [0.48984798233725413,-0.15231598930884363,0.8822252725429963],
       [0.8954215316355594,1.4110995177874677,-1.1688275764853087],
       [0.37664824360497595,-0.5900898424026757,-0.8668438451674985]
      ]
     ],
     [
      "the gradient has the wrong sign",
      [
       [-0.5942715702442296,0.44654004516769275,2.160620103500771],
       [1.8010088914033353,1.9561844521773717,-1.0358128494511705],
       [-4.496550066040105,-5.745912020226619,3.2004778322217735],
       [-0.1334450661143563,1.4295454072520617,-2.669201025509316],
       [-2.561174013295117,-4.217334328678453,2.8859033683943722],
       [-0.8201301716756726,1.8911977619937081,1.9597312849446706]
      ]
     ],
     [
      "the gradient has the wrong sign",
      [
       [-0.5840769124859613,-0.16417629850734683,1.047074188880686],
       [1.6141621205547685,2.3458744150051225,-1.9840314896878428],
       [-3.0285430335840244,-4.517401822966461,2.5748063008586284],
       [0.9175314818047315,1.3803593122230182,-1.2621456310165877],
       [-1.10348144635591,-1.9563822552817138,0.8916633738055677],
       [-0.15553007007986014,0.971239661106563,0.4446210825651079]
      ]
     ]
    ]
   },
   "edges": {
    "large_regularization": [
     {
      "description": "a large regularization strength (N=6, D=5, K=3, reg=500, seed 331)",
      "fingerprint": [5.0,3.0,-8.34592370362,14.6867471698,1.39305396051,6.0,5.0,3.83057041507,25.3741719812,7.29745215437,6.0,3.0,-0.189150061622,15.5193442516,-0.994095330875],
      "loss": 11597.403517,
      "grad": [
       [1827.4331543041733,-974.787880722029,182.98691109699737],
       [-1144.2632077755254,-26.510412451857064,-2860.9678948838523],
       [-1032.5512419391157,1166.831432516995,-377.0780135153623],
       [-1005.3621851670615,-671.8800879630188,-1410.1619018869249],
       [-1830.2071371374175,-2.1896141542517094,-211.89421222320357]
      ],
      "loss_hypotheses": [
       ["the data loss is not averaged over N (divide the sum over examples by N)",11781.776419352082],
       ["the data loss is divided by N twice",11566.674699975303],
       ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",5817.13904874686],
       ["the regularization term is missing from the loss (add reg * np.sum(W * W))",36.87458046459037],
       ["the regularization term is added twice",23157.93245359367],
       ["the regularization term is divided by N; only the data loss is averaged",1963.6294032253468],
       ["the loss has the wrong sign",11523.654356099949],
       ["the loss is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",11564.662884251606],
       ["the squared error has a 1/2 in front; this kit's MSE has none",11578.966226796834],
       ["the squared errors are averaged over N * K entries; average over the N examples only (sum over the K outputs)",11572.820463386068]
      ],
      "gradient_hypotheses": [
       [
        "dW is reset inside the loop over the examples, so only the last example's term is left; initialise it once, before the loop",
        [
         [1827.78644246542,-974.6815175656956,185.29150140214932],
         [-1142.286820469781,-26.24514623259972,-2854.3613399393253],
         [-1026.0197480176187,1163.1895541546721,-370.00742950013455],
         [-1002.2816205640047,-672.4884710084157,-1402.8569464310494],
         [-1829.0232054088042,-3.246355747904002,-212.990316408112]
        ]
       ],
       [
        "the factor 2 of the derivative of the squared error is missing: the gradient of sum((X W - y) ** 2) / N is 2 * X.T.dot(X W - y) / N",
        [
         [1826.4527029181668,-975.8242900354251,183.45992293440153],
         [-1143.6197961251628,-26.702446874288754,-2857.867024791473],
         [-1030.4446217540328,1163.918989641147,-374.2231973211847],
         [-1002.302509518264,-670.7535270546259,-1405.617450609917],
         [-1829.6010647760997,-2.704701422537247,-212.43398296953592]
        ]
       ],
       [
        "the data gradient is averaged over N * K entries; divide by N only",
        [
         [1826.1258857894977,-976.1697598065571,183.61759354686959],
         [-1143.4053255750418,-26.76645834843265,-2856.833401427346],
         [-1029.7424150256718,1162.9481753491978,-373.2715919231255],
         [-1001.2826176353313,-670.3780067518283,-1404.102633517581],
         [-1829.3990406556604,-2.8763971786324265,-212.61390655164672]
        ]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * W)",
        [
         [1.9609027720133316,2.0728186267920985,-0.9460236748083218],
         [-1.2868233007255654,0.3840688448633774,-6.2017401847593945],
         [-4.2132403701660195,5.824885751695685,-5.709632388355117],
         [-6.119351297595279,-2.2531218167857774,-9.088902554015819],
         [-1.212144722635354,1.0301745365710757,1.079541492664745]
        ]
       ],
       [
        "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
        [
         [914.6970285380934,-486.35753104761847,91.02044371109453],
         [-572.7750155381256,-13.063171803496845,-1433.584817534306],
         [-518.3822411546408,586.3281591343452,-191.3938229518587],
         [-505.74076823232843,-337.0666048899023,-709.6254022204703],
         [-915.7096409300264,-0.5797198088403168,-105.4073353652694]
        ]
       ],
       [
        "the regularization gradient is counted twice",
        [
         [3652.9054058363336,-1951.6485800708501,366.91984586880307],
         [-2287.2395922503256,-53.40489374857751,-5715.734049582946],
         [-2060.8892435080656,2327.837979282294,-748.4463946423695],
         [-2004.605019036528,-1341.5070541092518,-2811.234901219834],
         [-3659.2021295521995,-5.409402845074494,-424.86796593907184]
        ]
       ],
       [
        "the regularization gradient is divided by N; only the data gradient is averaged",
        [
         [306.20627802737334,-160.73729793134476,29.70946545382596],
         [-191.7828873798589,-4.09834470459003,-481.9960993012749],
         [-175.60290729832428,199.32597687924556,-67.60436257618964],
         [-172.65982360917297,-113.85761617449128,-242.60106910950063],
         [-306.04464345843235,0.49354308810061154,-34.41608412664664]
        ]
       ],
       [
        "the data gradient is not averaged over N",
        [
         [1837.23766816424,-964.4237875880685,178.25679272295577],
         [-1150.6973242791532,-24.59006822754018,-2891.9765958076496],
         [-1053.6174437899458,1195.9558612754734,-405.6261754571379],
         [-1035.958941655038,-683.1456970469477,-1455.6064146570038],
         [-1836.267860750594,2.9612585286036692,-206.49650475987983]
        ]
       ],
       [
        "the data gradient is divided by N twice",
        [
         [1825.7990686608289,-976.5152295776891,183.77526415933764],
         [-1143.190855024921,-26.830469822576546,-2855.7997780632195],
         [-1029.0402082973108,1161.9773610572483,-372.3199865250664],
         [-1000.2627257523989,-670.0024864490307,-1402.587816425245],
         [-1829.1970165352213,-3.048092934727606,-212.7938301337575]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-1827.4331543041733,974.787880722029,-182.98691109699737],
         [1144.2632077755254,26.510412451857064,2860.9678948838523],
         [1032.5512419391157,-1166.831432516995,377.0780135153623],
         [1005.3621851670615,671.8800879630188,1410.1619018869249],
         [1830.2071371374175,2.1896141542517094,211.89421222320357]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [1823.5113487601468,-978.9335179756132,184.878958446614],
         [-1141.6895611740745,-27.27855014158382,-2848.5644145143337],
         [-1024.1247611987837,1155.1816610136034,-365.6587487386521],
         [-993.123482571871,-667.3738443294473,-1391.984096778893],
         [-1827.7828476921466,-4.249963227393861,-214.05329520853303]
        ]
       ]
      ]
     }
    ],
    "single_example_three_outputs": [
     {
      "description": "a single example with three outputs (N=1, D=5, K=3, reg=0.2, seed 330)",
      "fingerprint": [5.0,3.0,4.40312908124,8.94395905466,-0.309071090647,1.0,5.0,4.23860019726,4.23860019726,0.630239174439,1.0,3.0,-2.29742572675,2.38286103018,-0.231507234458],
      "loss": 14.7377237071,
      "grad": [
       [2.1157907310276363,7.873149466780181,5.871392026153968],
       [1.4305542824781787,5.138425222324667,3.2707907913640377],
       [1.148899781629781,5.385118486517934,3.5633881944156927],
       [0.6114835353861561,1.8676416655215917,1.6439832041397566],
       [0.6503524430800899,5.48183925827254,3.43590400957612]
      ],
      "loss_hypotheses": [
       ["the regularization uses the 1/2 convention; this kit adds reg * np.sum(W * W), without 1/2",13.942503292255097],
       ["the regularization term is missing from the loss (add reg * np.sum(W * W))",13.147282877443807],
       ["the regularization term is added twice",16.32816453668897],
       ["the loss has the wrong sign",-11.556842047821226],
       ["the squared error has a 1/2 in front; this kit's MSE has none",8.164082268344485],
       ["the squared errors are averaged over N * K entries; average over the N examples only (sum over the K outputs)",5.972868455437183]
      ],
      "gradient_hypotheses": [
       [
        "the factor 2 of the derivative of the squared error is missing: the gradient of sum((X W - y) ** 2) / N is 2 * X.T.dot(X W - y) / N",
        [
         [1.18205604467849,3.7963626503249626,3.0370487182275454],
         [0.8681517052463867,2.6829146303772715,1.5636227869599988],
         [0.5743074719761617,2.8763862019849,1.819218366024255],
         [0.3942287877029071,0.919083896258012,0.9845083562909456],
         [0.09795727132665677,3.07002208300715,1.7591133951972884]
        ]
       ],
       [
        "the data gradient is averaged over N * K entries; divide by N only",
        [
         [0.8708111492287748,2.4374337115065563,2.092267615585404],
         [0.6806841795024562,1.8644110997281396,0.9945667854919857],
         [0.38277670209162207,2.040142107140555,1.237828423227109],
         [0.3218105384751574,0.602897973170152,0.7646834070080085],
         [-0.08617445259115425,2.2660830245853534,1.2001831904043445]
        ]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * W)",
        [
         [1.8674693726982918,8.153573632910437,5.668686615852846],
         [1.1248051544635838,4.911021183894791,3.4143360088080783],
         [1.1491846193072384,5.017464569066068,3.488339656782875],
         [0.43450949536649797,1.8971155385271596,1.318949695697622],
         [1.1047903435068662,4.82363435053078,3.3535812287576636]
        ]
       ],
       [
        "the regularization gradient is reg * W; the derivative of reg * np.sum(W * W) is 2 * reg * W (the 1/2 convention)",
        [
         [1.991630051862964,8.013361549845309,5.7700393210034076],
         [1.2776797184708812,5.024723203109729,3.3425634000860582],
         [1.1490422004685097,5.2012915277920015,3.5258639255992836],
         [0.522996515376327,1.8823786020243758,1.4814664499186894],
         [0.8775713932934781,5.15273680440166,3.394742619166892]
        ]
       ],
       [
        "the regularization gradient is counted twice",
        [
         [2.36411208935698,7.592725300649925,6.074097436455091],
         [1.7363034104927735,5.365829260754543,3.1272455739199976],
         [1.1486149439523234,5.7527724039698,3.63843673204851],
         [0.7884575754058142,1.838167792516024,1.9690167125818911],
         [0.19591454265331354,6.1400441660143,3.5182267903945768]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-2.1157907310276363,-7.873149466780181,-5.871392026153968],
         [-1.4305542824781787,-5.138425222324667,-3.2707907913640377],
         [-1.148899781629781,-5.385118486517934,-3.5633881944156927],
         [-0.6114835353861561,-1.8676416655215917,-1.6439832041397566],
         [-0.6503524430800899,-5.48183925827254,-3.43590400957612]
        ]
       ],
       [
        "the gradient has the wrong sign",
        [
         [-1.6191480143689476,-8.433997799040693,-5.465981205551724],
         [-0.8190560264489888,-4.683617145464915,-3.557881226252119],
         [-1.1494694569846957,-4.649810651614203,-3.4132911191500575],
         [-0.25753545534683986,-1.9265894115327276,-0.9939161872554876],
         [-1.5592282439336427,-4.165429442789019,-3.271258447939207]
        ]
       ]
      ]
     }
    ]
   }
  },
  "binary_hinge": {
   "rule": "binary",
   "main": [
    {
     "description": "a small image batch with targets +-1 (N=20, D=13, reg=0, seed 401)",
     "fingerprint": [13.0,-0.0599207683632,0.115616874655,0.0380492873197,20.0,13.0,20.0,11554.3,-441.258717388,20.0,0.0,20.0,5.05107715391],
     "loss": 2.39642281814,
     "grad": [-18.51,-19.23,-10.559999999999999,-23.95,-14.37,-16.65,-14.280000000000001,-12.060000000000002,-36.57000000000001,-47.09,-43.17999999999999,-32.19,-0.2],
     "loss_hypotheses": [
      [
       "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
       1.579891321189554
      ],
      ["the data loss is not averaged over N (divide the sum of the hinge terms by N)",47.928456362713504],
      ["the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",2.396422818135675],
      ["the regularization term is missing from the loss (add reg * np.sum(w * w))",2.396422818135675],
      [
       "the margin has the wrong sign: it is 1 - t[i] * X[i].dot(w) (an example on its side by more than 1 adds nothing)",
       1.0612770229031647
      ],
      [
       "margins <= 0 are added too; each example adds max(0, 1 - t[i] * X[i].dot(w))",
       2.1642383398480765
      ],
      [
       "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
       1.7448050666618395
      ]
     ],
     "gradient_hypotheses": [
      [
       "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
       [-9.674999999999997,-10.075000000000003,-2.7249999999999988,-9.625,0.8750000000000029,-1.425,-2.800000000000003,-0.050000000000005686,-16.55,-20.925000000000004,-17.65,-14.399999999999995,-0.5]
      ],
      [
       "the data gradient is not averaged over N",
       [-370.20000000000005,-384.6,-211.2,-479.0,-287.4,-333.0,-285.6,-241.20000000000005,-731.4000000000001,-941.8000000000001,-863.5999999999999,-643.8,-4.0]
      ],
      [
       "the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",
       [-18.51,-19.23,-10.559999999999999,-23.95,-14.37,-16.65,-14.280000000000001,-12.060000000000002,-36.57000000000001,-47.09,-43.17999999999999,-32.19,-0.2]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * w)",
       [-18.51,-19.23,-10.559999999999999,-23.95,-14.37,-16.65,-14.280000000000001,-12.060000000000002,-36.57000000000001,-47.09,-43.17999999999999,-32.19,-0.2]
      ],
      [
       "the gradient has the wrong sign: an example with a violated margin adds -t[i] * X[i] / N (the derivative of 1 - t[i] * X[i].dot(w))",
       [18.51,19.23,10.559999999999999,23.95,14.37,16.65,14.280000000000001,12.060000000000002,36.57000000000001,47.09,43.17999999999999,32.19,0.2]
      ],
      [
       "every example adds -t[i] * X[i] to dw; only those whose margin 1 - t[i] * X[i].dot(w) is > 0 do (the others are on the flat part of the hinge)",
       [-19.35,-20.15,-5.45,-19.25,1.75,-2.85,-5.6,-0.1,-33.1,-41.85,-35.3,-28.8,0.0]
      ],
      [
       "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
       [-27.502499999999998,-27.057500000000005,-19.8025,-29.7375,-26.317500000000003,-28.0875,-23.295000000000005,-19.265,-31.654999999999994,-36.3975,-29.595,-28.060000000000002,-0.05]
      ]
     ]
    },
    {
     "description": "a small image batch with targets +-1 (N=24, D=13, reg=3, seed 402)",
     "fingerprint": [13.0,0.032836820076,0.1067595117,0.00459719080377,24.0,13.0,24.0,14314.1666667,-803.605941336,24.0,0.0,24.0,2.90408566209],
     "loss": 0.80213629459,
     "grad": [1.8311235258256446,8.835904217010327,7.978622461581212,1.7245433335826228,-29.77992757880702,-36.28647131539793,-45.01886569437776,-24.790108997879763,39.96311533066888,39.94139438635357,41.251867172152515,19.710414104903066,0.1270766415072705],
     "loss_hypotheses": [
      [
       "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
       0.8762934204247023
      ],
      ["the data loss is not averaged over N (divide the sum of the hinge terms by N)",19.152035815742593],
      ["the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",0.7999790064506433],
      ["the regularization term is missing from the loss (add reg * np.sum(w * w))",0.7978217183109685],
      [
       "the margin has the wrong sign: it is 1 - t[i] * X[i].dot(w) (an example on its side by more than 1 adds nothing)",
       1.5179987357017417
      ],
      [
       "margins <= 0 are added too; each example adds max(0, 1 - t[i] * X[i].dot(w))",
       0.6086214819267609
      ],
      [
       "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
       0.3358873466900449
      ]
     ],
     "gradient_hypotheses": [
      [
       "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
       [-0.34075147417435714,3.789029217010327,4.358830794914545,1.0526683335826228,-14.842427578807019,-19.942721315397932,-22.883449027711094,-13.39948399787976,19.47874033066887,19.852852719686904,19.40811717215252,8.627080771569736,-0.2479233584927295]
      ],
      [
       "the data gradient is not averaged over N",
       [43.039456859158975,211.04423755034367,191.9786224615812,41.01621000024929,-715.9465942454736,-871.9531379820646,-1079.0605323610444,-594.9984423312131,959.0047819973355,958.9830610530203,988.0852005054859,475.87708077156975,0.1270766415072705]
      ],
      [
       "the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",
       [1.8113950962461558,8.813785441838496,7.989311230790606,1.716438333457978,-29.806630456070177,-36.30990232436564,-44.98859951385555,-24.790887832273214,39.96072433200111,39.949863859843454,41.209266919409586,19.7718737191182,0.06353832075363525]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * w)",
       [1.7916666666666667,8.791666666666666,8.0,1.7083333333333333,-29.833333333333332,-36.333333333333336,-44.958333333333336,-24.791666666666668,39.958333333333336,39.958333333333336,41.166666666666664,19.833333333333332,0.0]
      ],
      [
       "the gradient has the wrong sign: an example with a violated margin adds -t[i] * X[i] / N (the derivative of 1 - t[i] * X[i].dot(w))",
       [-1.7522098075076888,-8.747429116323005,-8.021377538418788,-1.6921233330840437,29.886739087859645,36.38019535126874,44.89780097228891,24.793224335453573,-39.953551335997794,-39.9752722803131,-41.08146616118081,-19.9562525617636,0.1270766415072705]
      ],
      [
       "every example adds -t[i] * X[i] to dw; only those whose margin 1 - t[i] * X[i].dot(w) is > 0 do (the others are on the flat part of the hinge)",
       [-0.6688764741743555,5.41923755034366,5.936955794914545,-4.9421233330840435,-44.863260912140355,-45.78647131539793,-55.64386569437776,-33.540108997879756,52.96311533066888,57.0247277196869,50.83520050548585,38.5437474382364,0.1270766415072705]
      ],
      [
       "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
       [0.16445685915897795,9.460904217010327,-0.6880442050854542,4.849543333582623,-9.946594245473689,-11.494804648731265,-21.935532361044423,-12.748442331213093,10.046448664002206,10.316394386353572,15.418533838819185,-0.6645858950969326,0.1270766415072705]
      ]
     ]
    },
    {
     "description": "random data with targets +-1 (N=11, D=5, reg=0.3, seed 403)",
     "fingerprint": [5.0,1.09943854883,1.45573085581,0.177488293513,11.0,5.0,4.96837613277,48.5120793876,11.3636025343,11.0,-5.0,11.0,-1.38479777051],
     "loss": 0.839421047676,
     "grad": [0.20948354654169377,0.42582369040978263,-0.03228960628944594,0.4765793061846928,-0.2856530935618962],
     "loss_hypotheses": [
      [
       "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
       1.0433917133236768
      ],
      ["the data loss is not averaged over N (divide the sum of the hinge terms by N)",7.757435176816577],
      ["the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",0.7656112302948538],
      ["the regularization term is missing from the loss (add reg * np.sum(w * w))",0.6918014129140965],
      [
       "the margin has the wrong sign: it is 1 - t[i] * X[i].dot(w) (an example on its side by more than 1 adds nothing)",
       1.4823366826164484
      ],
      [
       "margins <= 0 are added too; each example adds max(0, 1 - t[i] * X[i].dot(w))",
       0.812902586906581
      ],
      [
       "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
       0.19816818006442063
      ]
     ],
     "gradient_hypotheses": [
      [
       "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
       [0.24318098354849776,0.37839003445645336,-0.20640360528922314,0.11003912206669846,0.024344033260916248]
      ],
      [
       "the data gradient is not averaged over N",
       [0.33147605400973457,2.4721830773245888,0.7136912517554723,4.4318723555671395,-5.812471755496453]
      ],
      [
       "the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",
       [0.11084139864424891,0.3152298145506316,0.021154239757522945,0.4360543055614688,-0.419167479877676]
      ],
      [
       "the regularization gradient is missing (add 2 * reg * w)",
       [0.012199250746804079,0.20463593869148058,0.07459808580449183,0.39552930493824473,-0.5526818661934557]
      ],
      [
       "the gradient has the wrong sign: an example with a violated margin adds -t[i] * X[i] / N (the derivative of 1 - t[i] * X[i].dot(w))",
       [0.1850850450480856,0.016551813026821488,-0.1814857778984296,-0.31447930369179666,0.8197106388250153]
      ],
      [
       "every example adds -t[i] * X[i] to dw; only those whose margin 1 - t[i] * X[i].dot(w) is > 0 do (the others are on the flat part of the hinge)",
       [0.3003861614223789,0.2800213142009833,0.025008332953459986,0.1897843400981984,-0.5901774580286707]
      ],
      [
       "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
       [-0.04556783589197616,0.5711679266066787,-0.15549898334426476,0.38219082083674183,0.1592699670291028]
      ]
     ]
    }
   ],
   "numeric": {
    "description": "a small binary problem away from hinge kinks (N=10, D=5, reg=0.25, seed 404)",
    "fingerprint": [5.0,-0.821721295146,4.2955977597,3.28511647299,10.0,5.0,8.936815912,34.6955280027,-10.2826153284,10.0,0.0,10.0,-0.523957331496],
    "loss": 2.30050150086,
    "grad": [1.2434853976358848,-0.5169943860659111,-0.3393746866851181,-0.33354153685673044,-0.10985275771667431],
    "loss_hypotheses": [
     [
      "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
      2.231070437891229
     ],
     ["the data loss is not averaged over N (divide the sum of the hinge terms by N)",11.37498921933986],
     ["the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",1.6543889570119912],
     ["the regularization term is missing from the loss (add reg * np.sum(w * w))",1.0082764131644848],
     [
      "the margin has the wrong sign: it is 1 - t[i] * X[i].dot(w) (an example on its side by more than 1 adds nothing)",
      2.637559237875241
     ],
     [
      "margins <= 0 are added too; each example adds max(0, 1 - t[i] * X[i].dot(w))",
      1.985736287711001
     ],
     [
      "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
      1.7005015008594975
     ]
    ],
    "gradient_hypotheses": [
     [
      "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
      [1.0564860906436724,-0.18870745948515483,-0.36775839627651435,-0.5158292740500604,-0.1457118933601581]
     ],
     [
      "the data gradient is not averaged over N",
      [4.618631931121517,-3.921063925600382,0.10295091341976614,1.9041443536288185,0.43030285870181234]
     ],
     [
      "the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",
      [0.8092508395671442,-0.44761216745153726,-0.1451136988922877,-0.04245488562361249,-0.024917733501754566]
     ],
     [
      "the regularization gradient is missing (add 2 * reg * w)",
      [0.3750162814984036,-0.37822994883716343,0.04914728890054269,0.24863176560950545,0.06001729071316518]
     ],
     [
      "the gradient has the wrong sign: an example with a violated margin adds -t[i] * X[i] / N (the derivative of 1 - t[i] * X[i].dot(w))",
      [0.4934528346390775,0.23946551160841578,-0.4376692644862035,-0.8308050680757413,-0.2298873391430047]
     ],
     [
      "every example adds -t[i] * X[i] to dw; only those whose margin 1 - t[i] * X[i].dot(w) is > 0 do (the others are on the flat part of the hinge)",
      [0.9247490820064929,-0.6358000011788265,-0.2512456264988585,-0.20317722902129587,-0.1868453866575146]
     ],
     [
      "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
      [1.2434853976358848,-0.5169943860659111,-0.3393746866851181,-0.33354153685673044,-0.10985275771667431]
     ]
    ]
   },
   "edges": {
    "single_example": [
     {
      "description": "a single example (N=1, D=4, reg=0.2, seed 412)",
      "fingerprint": [4.0,-1.25878837287,1.5252474389,0.400067398342,1.0,4.0,-1.13306944019,1.13306944019,-0.253899883309,1.0,1.0,1.0,1.0],
      "loss": 0.832842890013,
      "grad": [0.1212661158649459,0.46921209941613595,0.13562735896256486,-0.09655148320262019],
      "loss_hypotheses": [
       [
        "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
        0.8328428900126661
       ],
       ["the data loss is not averaged over N (divide the sum of the hinge terms by N)",0.8328428900126661],
       ["the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",0.7234337151851613],
       ["the regularization term is missing from the loss (add reg * np.sum(w * w))",0.6140245403576565],
       [
        "the margin has the wrong sign: it is 1 - t[i] * X[i].dot(w) (an example on its side by more than 1 adds nothing)",
        1.604793809297353
       ],
       [
        "margins <= 0 are added too; each example adds max(0, 1 - t[i] * X[i].dot(w))",
        0.8328428900126661
       ],
       [
        "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
        0.21881834965500963
       ]
      ],
      "gradient_hypotheses": [
       [
        "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
        [0.1212661158649459,0.46921209941613595,0.13562735896256486,-0.09655148320262019]
       ],
       [
        "the data gradient is not averaged over N",
        [0.1212661158649459,0.46921209941613595,0.13562735896256486,-0.09655148320262019]
       ],
       [
        "the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",
        [0.2140601142835442,0.4690615492271665,0.10913200254866084,0.08905809955546884]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * w)",
        [0.3068541127021425,0.468910999038197,0.08263664613475682,0.27466768231355787]
       ],
       [
        "the gradient has the wrong sign: an example with a violated margin adds -t[i] * X[i] / N (the derivative of 1 - t[i] * X[i].dot(w))",
        [-0.49244210953933915,-0.46860989866025804,-0.029645933306948792,-0.6458868478297359]
       ],
       [
        "every example adds -t[i] * X[i] to dw; only those whose margin 1 - t[i] * X[i].dot(w) is > 0 do (the others are on the flat part of the hinge)",
        [0.1212661158649459,0.46921209941613595,0.13562735896256486,-0.09655148320262019]
       ],
       [
        "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
        [-0.18558799683719662,0.0003011003779389738,0.05299071282780803,-0.37121916551617806]
       ]
      ]
     }
    ],
    "large_regularization": [
     {
      "description": "a large regularization strength (N=6, D=5, reg=500, seed 406)",
      "fingerprint": [5.0,-1.39391780406,3.01684072465,1.82605699318,6.0,5.0,5.29815882682,25.4147331872,-0.16635661494,6.0,4.0,6.0,-2.23581846268],
      "loss": 982.621036689,
      "grad": [811.3103218905754,-495.47613272193394,-335.1365885067606,-727.8035525526647,-646.6633226244626],
      "loss_hypotheses": [
       [
        "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
        982.5142062530321
       ],
       ["the data loss is not averaged over N (divide the sum of the hinge terms by N)",984.6756541412434],
       ["the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",491.5159800895503],
       ["the regularization term is missing from the loss (add reg * np.sum(w * w))",0.4109234905357082],
       [
        "the margin has the wrong sign: it is 1 - t[i] * X[i].dot(w) (an example on its side by more than 1 adds nothing)",
        984.388168223252
       ],
       [
        "margins <= 0 are added too; each example adds max(0, 1 - t[i] * X[i].dot(w))",
        982.0320581728063
       ],
       [
        "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
        982.316943633562
       ]
      ],
      "gradient_hypotheses": [
       [
        "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
        [811.0482697457512,-495.64460195924045,-335.1820092265736,-727.7158917716127,-646.7729012142148]
       ],
       [
        "the data gradient is not averaged over N",
        [810.5546298752246,-493.035905574679,-335.3139340778375,-727.693739708823,-647.5376773109518]
       ],
       [
        "the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",
        [405.57959174375264,-247.4940436462415,-167.58602881048796,-363.89079499194816,-323.41909678088024]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * w)",
        [-0.15113840307016013,0.4880454294509828,-0.03546911421537968,0.021962568768322237,-0.17487093729783076]
       ],
       [
        "the gradient has the wrong sign: an example with a violated margin adds -t[i] * X[i] / N (the derivative of 1 - t[i] * X[i].dot(w))",
        [811.6125986967157,-496.45222358083595,-335.06565027832977,-727.8474776902013,-646.313580749867]
       ],
       [
        "every example adds -t[i] * X[i] to dw; only those whose margin 1 - t[i] * X[i].dot(w) is > 0 do (the others are on the flat part of the hinge)",
        [810.651921147877,-495.47733249866394,-335.04117494356234,-727.6179765284336,-646.3205478859475]
       ],
       [
        "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
        [811.7235124384698,-495.79570891407843,-335.05569867273215,-727.913175902485,-646.3788730974126]
       ]
      ]
     }
    ],
    "all_margins_satisfied": [
     {
      "description": "inputs where every margin is satisfied (N=4, D=6, reg=0.02, seed 407)",
      "fingerprint": [6.0,7.81620055069,8.36112110914,8.23570613219,4.0,6.0,0.244139608996,5.25980728127,-0.226059339559,4.0,0.0,4.0,-0.114147965921],
      "loss": 1.2809466089,
      "grad": [0.32,-0.00028538559203281484,0.001423674705520564,-0.007835955214910137,-0.002777070361951178,0.0021227584910654077],
      "loss_hypotheses": [
       [
        "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
        1.7809466089017494
       ],
       ["the data loss is not averaged over N (divide the sum of the hinge terms by N)",1.2809466089017494],
       ["the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",0.6404733044508747],
       ["the regularization term is missing from the loss (add reg * np.sum(w * w))",0.0],
       [
        "the margin has the wrong sign: it is 1 - t[i] * X[i].dot(w) (an example on its side by more than 1 adds nothing)",
        10.2793597738862
       ],
       [
        "margins <= 0 are added too; each example adds max(0, 1 - t[i] * X[i].dot(w))",
        -5.717466556082703
       ],
       [
        "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
        1.2809466089017494
       ]
      ],
      "gradient_hypotheses": [
       [
        "the targets are used as labels in {0, 1}; binary_svm_loss gets t in {-1, +1} (t = -1 for the negative side), and the margin is 1 - t[i] * X[i].dot(w)",
        [0.32,-0.00028538559203281484,0.001423674705520564,-0.007835955214910137,-0.002777070361951178,0.0021227584910654077]
       ],
       [
        "the data gradient is not averaged over N",
        [0.32,-0.00028538559203281484,0.001423674705520564,-0.007835955214910137,-0.002777070361951178,0.0021227584910654077]
       ],
       [
        "the 1/2 convention; this kit's L2 penalty is reg * np.sum(w * w) with gradient 2 * reg * w",
        [0.16,-0.00014269279601640742,0.000711837352760282,-0.0039179776074550685,-0.001388535180975589,0.0010613792455327039]
       ],
       [
        "the regularization gradient is missing (add 2 * reg * w)",
        [0.0,0.0,0.0,0.0,0.0,0.0]
       ],
       [
        "the gradient has the wrong sign: an example with a violated margin adds -t[i] * X[i] / N (the derivative of 1 - t[i] * X[i].dot(w))",
        [0.32,-0.00028538559203281484,0.001423674705520564,-0.007835955214910137,-0.002777070361951178,0.0021227584910654077]
       ],
       [
        "every example adds -t[i] * X[i] to dw; only those whose margin 1 - t[i] * X[i].dot(w) is > 0 do (the others are on the flat part of the hinge)",
        [-0.6799999999999999,-0.05909118498227163,0.04677961584943451,0.0022114652585509265,-0.014187966467469204,0.01586018655764326]
       ],
       [
        "the margin 1 is missing: each example adds max(0, 1 - t[i] * X[i].dot(w)), not max(0, -t[i] * ...)",
        [0.32,-0.00028538559203281484,0.001423674705520564,-0.007835955214910137,-0.002777070361951178,0.0021227584910654077]
       ]
      ]
     }
    ]
   }
  }
 },
 "penalties": {
  "l2_regularization": [
   {
    "fingerprint": [7.0,4.0,-3.536881769025379,24.673619108300542,1.9227469940076207],
    "reg": 0.7,
    "loss": 19.2418117282,
    "grad": [
     [1.2828939276642035,2.3338791369813094,-0.44321529852214336,0.67490756199271],
     [-1.3404807627464506,-1.3535534939829674,-2.0356437015277162,0.7918042789917987],
     [1.8383744596062777,-2.226128421891602,1.4787529109987103,-0.9825230532701454],
     [1.3163169297680317,-0.5987380149280568,-0.8934478375248729,2.0811287497122763],
     [-2.40767475364756,-1.2755411596700224,-1.0111566038158863,-0.42599874477669175],
     [1.2249115363482825,0.6266978705591028,-1.9689943540440222,0.06010496196879507],
     [1.0859438129011167,-1.658870832906843,-0.7341264358686059,-0.39125714500455955]
    ],
    "loss_mistakes": [
     ["the 1/2 convention; this kit's L2 penalty is reg * np.sum(W * W) with gradient 2 * reg * W",9.620905864122365],
     ["reg is not applied (multiply the penalty by reg)",27.488302468921045],
     ["the norm is used instead of the squared norm (np.linalg.norm(W) is the square root of np.sum(W * W))",3.6700501644761356],
     ["the sum of the weights is squared; square each weight, then sum them (np.sum(W * W))",8.756672853644865],
     ["np.sum(W.T.dot(W)) also adds the products of different weights; the penalty is np.sum(W * W) (the trace of W.T.dot(W), not the sum of all its entries)",22.523235099104582],
     ["np.sum(W.dot(W.T)) also adds the products of different weights; the penalty is np.sum(W * W) (the trace of W.dot(W.T), not the sum of all its entries)",21.771489454248524],
     ["the L1 penalty (absolute values) is used; L2 squares each weight",17.271533375810378]
    ],
    "gradient_mistakes": [
     [
      "the gradient is reg * W; the derivative of reg * w ** 2 is 2 * reg * w (the 1/2 convention)",
      [
       [0.6414469638321018,1.1669395684906547,-0.22160764926107168,0.337453780996355],
       [-0.6702403813732253,-0.6767767469914837,-1.0178218507638581,0.39590213949589936],
       [0.9191872298031388,-1.113064210945801,0.7393764554993552,-0.4912615266350727],
       [0.6581584648840159,-0.2993690074640284,-0.44672391876243644,1.0405643748561382],
       [-1.20383737682378,-0.6377705798350112,-0.5055783019079432,-0.21299937238834588],
       [0.6124557681741413,0.3133489352795514,-0.9844971770220111,0.030052480984397535],
       [0.5429719064505584,-0.8294354164534214,-0.36706321793430297,-0.19562857250227977]
      ]
     ],
     [
      "reg is not applied in the gradient (2 * reg * W)",
      [
       [1.8327056109488624,3.334113052830442,-0.6331647121744906,0.9641536599895857],
       [-1.9149725182092152,-1.9336478485470965,-2.9080624307538807,1.131148969988284],
       [2.626249228008968,-3.180183459845146,2.1125041585695863,-1.4036043618144936],
       [1.880452756811474,-0.8553400213257955,-1.2763540536069613,2.973041071017538],
       [-3.439535362353657,-1.8222016566714607,-1.444509434022695,-0.608569635395274],
       [1.7498736233546894,0.8952826722272897,-2.812849077205746,0.08586423138399296],
       [1.5513483041444527,-2.369815475581204,-1.0487520512408657,-0.5589387785779423]
      ]
     ],
     [
      "the L1 subgradient (reg * sign(W)) is used; the gradient of reg * np.sum(W * W) is 2 * reg * W",
      [
       [0.7,0.7,-0.7,0.7],
       [-0.7,-0.7,-0.7,0.7],
       [0.7,-0.7,0.7,-0.7],
       [0.7,-0.7,-0.7,0.7],
       [-0.7,-0.7,-0.7,-0.7],
       [0.7,0.7,-0.7,0.7],
       [0.7,-0.7,-0.7,-0.7]
      ]
     ]
    ]
   },
   {
    "fingerprint": [7.0,4.0,8.861722001104956,16.427543809793455,2.1713688604977803],
    "reg": 2.5,
    "loss": 64.783869607,
    "grad": [
     [7.832644467595362,0.0,0.0,-0.7230119248878799],
     [6.03940624152484,3.1626721512263862,8.444656004944353,3.6532506962803306],
     [0.0,-2.758901900471791,10.372779091968571,4.658647934802656],
     [0.11605488700603156,9.071155451094175,-13.04535896409502,7.504662932716001],
     [2.3672346680873195,-0.03788796505281804,0.0,0.0],
     [0.0,0.0,-1.8258529822219627,-0.4108631038773243],
     [0.0,0.0,0.0,-0.11267768111445656]
    ],
    "loss_mistakes": [
     ["the 1/2 convention; this kit's L2 penalty is reg * np.sum(W * W) with gradient 2 * reg * W",32.39193480348879],
     ["reg is not applied (multiply the penalty by reg)",25.91354784279103],
     ["the norm is used instead of the squared norm (np.linalg.norm(W) is the square root of np.sum(W * W))",12.726337808554506],
     ["the sum of the weights is squared; square each weight, then sum them (np.sum(W * W))",196.32529206216907],
     ["np.sum(W.T.dot(W)) also adds the products of different weights; the penalty is np.sum(W * W) (the trace of W.T.dot(W), not the sum of all its entries)",67.85896306332687],
     ["np.sum(W.dot(W.T)) also adds the products of different weights; the penalty is np.sum(W * W) (the trace of W.dot(W.T), not the sum of all its entries)",58.441267156150275],
     ["the L1 penalty (absolute values) is used; L2 squares each weight",41.06885952448364]
    ],
    "gradient_mistakes": [
     [
      "the gradient is reg * W; the derivative of reg * w ** 2 is 2 * reg * w (the 1/2 convention)",
      [
       [3.916322233797681,0.0,0.0,-0.36150596244393995],
       [3.01970312076242,1.5813360756131931,4.222328002472176,1.8266253481401653],
       [0.0,-1.3794509502358956,5.1863895459842855,2.329323967401328],
       [0.05802744350301578,4.535577725547087,-6.52267948204751,3.7523314663580005],
       [1.1836173340436598,-0.01894398252640902,0.0,0.0],
       [0.0,0.0,-0.9129264911109813,-0.20543155193866214],
       [0.0,0.0,0.0,-0.05633884055722828]
      ]
     ],
     [
      "reg is not applied in the gradient (2 * reg * W)",
      [
       [3.133057787038145,0.0,0.0,-0.289204769955152],
       [2.415762496609936,1.2650688604905544,3.377862401977741,1.4613002785121323],
       [0.0,-1.1035607601887165,4.149111636787429,1.8634591739210624],
       [0.046421954802412624,3.62846218043767,-5.218143585638008,3.0018651730864003],
       [0.9468938672349277,-0.015155186021127216,0.0,0.0],
       [0.0,0.0,-0.7303411928887851,-0.16434524155092972],
       [0.0,0.0,0.0,-0.04507107244578262]
      ]
     ],
     [
      "the L1 subgradient (reg * sign(W)) is used; the gradient of reg * np.sum(W * W) is 2 * reg * W",
      [
       [2.5,0.0,0.0,-2.5],
       [2.5,2.5,2.5,2.5],
       [0.0,-2.5,2.5,2.5],
       [2.5,2.5,-2.5,2.5],
       [2.5,-2.5,0.0,0.0],
       [0.0,0.0,-2.5,-2.5],
       [0.0,0.0,0.0,-2.5]
      ]
     ]
    ]
   },
   {
    "fingerprint": [7.0,4.0,4.571890332993305,20.034668670951312,2.2603075916654527],
    "reg": 0.0,
    "loss": 0.0,
    "grad": [
     [0.0,0.0,0.0,0.0],
     [-0.0,0.0,0.0,-0.0],
     [-0.0,-0.0,0.0,0.0],
     [0.0,0.0,0.0,0.0],
     [-0.0,-0.0,-0.0,0.0],
     [-0.0,-0.0,-0.0,-0.0],
     [0.0,0.0,-0.0,0.0]
    ],
    "loss_mistakes": [
     ["the 1/2 convention; this kit's L2 penalty is reg * np.sum(W * W) with gradient 2 * reg * W",0.0],
     ["reg is not applied (multiply the penalty by reg)",23.288352956490765],
     ["the norm is used instead of the squared norm (np.linalg.norm(W) is the square root of np.sum(W * W))",0.0],
     ["the sum of the weights is squared; square each weight, then sum them (np.sum(W * W))",0.0],
     ["np.sum(W.T.dot(W)) also adds the products of different weights; the penalty is np.sum(W * W) (the trace of W.T.dot(W), not the sum of all its entries)",0.0],
     ["np.sum(W.dot(W.T)) also adds the products of different weights; the penalty is np.sum(W * W) (the trace of W.dot(W.T), not the sum of all its entries)",0.0],
     ["the L1 penalty (absolute values) is used; L2 squares each weight",0.0]
    ],
    "gradient_mistakes": [
     [
      "the gradient is reg * W; the derivative of reg * w ** 2 is 2 * reg * w (the 1/2 convention)",
      [
       [0.0,0.0,0.0,0.0],
       [-0.0,0.0,0.0,-0.0],
       [-0.0,-0.0,0.0,0.0],
       [0.0,0.0,0.0,0.0],
       [-0.0,-0.0,-0.0,0.0],
       [-0.0,-0.0,-0.0,-0.0],
       [0.0,0.0,-0.0,0.0]
      ]
     ],
     [
      "reg is not applied in the gradient (2 * reg * W)",
      [
       [0.5324870366530253,1.9676012068865159,0.5591808795430167,3.233558601045795],
       [-3.9913704691042953,2.383022258490674,0.31037775567605747,-0.7799316614237224],
       [-0.1752506788644572,-0.648122611856733,2.113678466820581,0.324785139071757],
       [2.726148773302657,0.8553980172348066,3.7013139411007,2.0833345334607793],
       [-1.9697169400447903,-1.8596514309240009,-2.913172701536153,1.0917963304691616],
       [-0.2364219326854966,-1.6714954637318375,-0.2097671964172401,-0.41238531344452295],
       [0.14127522179067678,0.6212821074631025,-0.595491937924757,1.9613187349353094]
      ]
     ],
     [
      "the L1 subgradient (reg * sign(W)) is used; the gradient of reg * np.sum(W * W) is 2 * reg * W",
      [
       [0.0,0.0,0.0,0.0],
       [-0.0,0.0,0.0,-0.0],
       [-0.0,-0.0,0.0,0.0],
       [0.0,0.0,0.0,0.0],
       [-0.0,-0.0,-0.0,0.0],
       [-0.0,-0.0,-0.0,-0.0],
       [0.0,0.0,-0.0,0.0]
      ]
     ]
    ]
   },
   {
    "fingerprint": [7.0,4.0,8.679376116181245,21.070861778195976,0.8464579767419663],
    "reg": 800.0,
    "loss": 21004.0552832,
    "grad": [
     [718.8715905745439,1467.6654081736644,-360.2072248248509,3010.5416354067384],
     [-1520.776658168687,415.36916445894735,-171.55278913946438,-531.0687306287152],
     [392.96487822206143,-2031.6857425352719,3334.0521799875737,433.27125066242684],
     [1747.386060195389,3782.008734019794,2278.989813141841,937.5858851397646],
     [-295.6097075858956,-1604.2788266801683,-719.5904024949197,2064.6757180762347],
     [-1149.2343848368491,1434.2739963867302,1092.1005721465847,133.6416020815576],
     [367.8821572653964,-1052.898821081758,-476.2852416352006,188.9096695625253]
    ],
    "loss_mistakes": [
     ["the 1/2 convention; this kit's L2 penalty is reg * np.sum(W * W) with gradient 2 * reg * W",10502.027641584875],
     ["reg is not applied (multiply the penalty by reg)",26.25506910396219],
     ["the norm is used instead of the squared norm (np.linalg.norm(W) is the square root of np.sum(W * W))",4099.176042393861],
     ["the sum of the weights is squared; square each weight, then sum them (np.sum(W * W))",60265.25581290995],
     ["np.sum(W.T.dot(W)) also adds the products of different weights; the penalty is np.sum(W * W) (the trace of W.T.dot(W), not the sum of all its entries)",34757.20548785369],
     ["np.sum(W.dot(W.T)) also adds the products of different weights; the penalty is np.sum(W * W) (the trace of W.dot(W.T), not the sum of all its entries)",21737.923322298764],
     ["the L1 penalty (absolute values) is used; L2 squares each weight",16856.68942255678]
    ],
    "gradient_mistakes": [
     [
      "the gradient is reg * W; the derivative of reg * w ** 2 is 2 * reg * w (the 1/2 convention)",
      [
       [359.43579528727196,733.8327040868322,-180.10361241242546,1505.2708177033692],
       [-760.3883290843435,207.68458222947368,-85.77639456973219,-265.5343653143576],
       [196.48243911103071,-1015.8428712676359,1667.0260899937869,216.63562533121342],
       [873.6930300976945,1891.004367009897,1139.4949065709204,468.7929425698823],
       [-147.8048537929478,-802.1394133400842,-359.79520124745983,1032.3378590381174],
       [-574.6171924184246,717.1369981933651,546.0502860732923,66.8208010407788],
       [183.9410786326982,-526.449410540879,-238.1426208176003,94.45483478126265]
      ]
     ],
     [
      "reg is not applied in the gradient (2 * reg * W)",
      [
       [0.89858948821818,1.8345817602170806,-0.45025903103106363,3.763177044258423],
       [-1.9009708227108586,0.5192114555736842,-0.2144409864243305,-0.663835913285894],
       [0.4912060977775768,-2.53960717816909,4.167565224984467,0.5415890633280336],
       [2.1842325752442364,4.727510917524742,2.848737266427301,1.1719823564247058],
       [-0.36951213448236947,-2.0053485333502103,-0.8994880031186496,2.5808446475952933],
       [-1.4365429810460615,1.7928424954834128,1.3651257151832308,0.167052002601947],
       [0.45985269658174555,-1.3161235263521973,-0.5953565520440007,0.23613708695315663]
      ]
     ],
     [
      "the L1 subgradient (reg * sign(W)) is used; the gradient of reg * np.sum(W * W) is 2 * reg * W",
      [
       [800.0,800.0,-800.0,800.0],
       [-800.0,800.0,-800.0,-800.0],
       [800.0,-800.0,800.0,800.0],
       [800.0,800.0,800.0,800.0],
       [-800.0,-800.0,-800.0,800.0],
       [-800.0,800.0,800.0,800.0],
       [800.0,-800.0,-800.0,800.0]
      ]
     ]
    ]
   }
  ],
  "l1_regularization": [
   {
    "fingerprint": [7.0,4.0,-3.536881769025379,24.673619108300542,1.9227469940076207],
    "reg": 0.7,
    "loss": 17.2715333758,
    "grad": [
     [0.7,0.7,-0.7,0.7],
     [-0.7,-0.7,-0.7,0.7],
     [0.7,-0.7,0.7,-0.7],
     [0.7,-0.7,-0.7,0.7],
     [-0.7,-0.7,-0.7,-0.7],
     [0.7,0.7,-0.7,0.7],
     [0.7,-0.7,-0.7,-0.7]
    ],
    "loss_mistakes": [
     ["the absolute value is missing (use np.abs(W))",-2.4758172383177652],
     ["the L2 penalty (squares) is used; L1 is reg * np.sum(np.abs(W))",19.24181172824473],
     ["np.linalg.norm(W, 1) of a matrix is its largest column sum, not the sum of every |w| (use np.sum(np.abs(W)))",5.248298091340962],
     ["reg is not applied (multiply the penalty by reg)",24.673619108300542],
     ["the penalty has a 1/2 in front; this kit's L1 penalty is reg * np.sum(np.abs(W))",8.635766687905189]
    ],
    "gradient_mistakes": [
     [
      "the L2 gradient is used; the subgradient of reg * |w| is reg * sign(w)",
      [
       [1.2828939276642035,2.3338791369813094,-0.44321529852214336,0.67490756199271],
       [-1.3404807627464506,-1.3535534939829674,-2.0356437015277162,0.7918042789917987],
       [1.8383744596062777,-2.226128421891602,1.4787529109987103,-0.9825230532701454],
       [1.3163169297680317,-0.5987380149280568,-0.8934478375248729,2.0811287497122763],
       [-2.40767475364756,-1.2755411596700224,-1.0111566038158863,-0.42599874477669175],
       [1.2249115363482825,0.6266978705591028,-1.9689943540440222,0.06010496196879507],
       [1.0859438129011167,-1.658870832906843,-0.7341264358686059,-0.39125714500455955]
      ]
     ],
     [
      "the factor 2 belongs to L2's gradient; the subgradient of reg * |w| is reg * sign(w), without 2",
      [
       [1.4,1.4,-1.4,1.4],
       [-1.4,-1.4,-1.4,1.4],
       [1.4,-1.4,1.4,-1.4],
       [1.4,-1.4,-1.4,1.4],
       [-1.4,-1.4,-1.4,-1.4],
       [1.4,1.4,-1.4,1.4],
       [1.4,-1.4,-1.4,-1.4]
      ]
     ],
     [
      "the subgradient of |w| is sign(w), not 1 (use np.sign(W))",
      [
       [0.7,0.7,0.7,0.7],
       [0.7,0.7,0.7,0.7],
       [0.7,0.7,0.7,0.7],
       [0.7,0.7,0.7,0.7],
       [0.7,0.7,0.7,0.7],
       [0.7,0.7,0.7,0.7],
       [0.7,0.7,0.7,0.7]
      ]
     ],
     [
      "the subgradient at w == 0 must be 0, not reg",
      [
       [0.7,0.7,-0.7,0.7],
       [-0.7,-0.7,-0.7,0.7],
       [0.7,-0.7,0.7,-0.7],
       [0.7,-0.7,-0.7,0.7],
       [-0.7,-0.7,-0.7,-0.7],
       [0.7,0.7,-0.7,0.7],
       [0.7,-0.7,-0.7,-0.7]
      ]
     ],
     [
      "W / np.abs(W) is nan where w == 0; np.sign(W) gives the subgradient 0 there",
      [
       [0.7,0.7,-0.7,0.7],
       [-0.7,-0.7,-0.7,0.7],
       [0.7,-0.7000000000000001,0.7,-0.7],
       [0.7,-0.7,-0.7,0.7],
       [-0.7000000000000001,-0.7,-0.7,-0.7],
       [0.7,0.7,-0.7,0.7],
       [0.7,-0.7,-0.7,-0.7]
      ]
     ],
     [
      "reg is not applied in the gradient (reg * sign(W))",
      [
       [1.0,1.0,-1.0,1.0],
       [-1.0,-1.0,-1.0,1.0],
       [1.0,-1.0,1.0,-1.0],
       [1.0,-1.0,-1.0,1.0],
       [-1.0,-1.0,-1.0,-1.0],
       [1.0,1.0,-1.0,1.0],
       [1.0,-1.0,-1.0,-1.0]
      ]
     ]
    ]
   },
   {
    "fingerprint": [7.0,4.0,8.861722001104956,16.427543809793455,2.1713688604977803],
    "reg": 2.5,
    "loss": 41.0688595245,
    "grad": [
     [2.5,0.0,0.0,-2.5],
     [2.5,2.5,2.5,2.5],
     [0.0,-2.5,2.5,2.5],
     [2.5,2.5,-2.5,2.5],
     [2.5,-2.5,0.0,0.0],
     [0.0,0.0,-2.5,-2.5],
     [0.0,0.0,0.0,-2.5]
    ],
    "loss_mistakes": [
     ["the absolute value is missing (use np.abs(W))",22.154305002762392],
     ["the L2 penalty (squares) is used; L1 is reg * np.sum(np.abs(W))",64.78386960697758],
     ["np.linalg.norm(W, 1) of a matrix is its largest column sum, not the sum of every |w| (use np.sum(np.abs(W)))",16.844323521614953],
     ["reg is not applied (multiply the penalty by reg)",16.427543809793455],
     ["the penalty has a 1/2 in front; this kit's L1 penalty is reg * np.sum(np.abs(W))",20.53442976224182]
    ],
    "gradient_mistakes": [
     [
      "the L2 gradient is used; the subgradient of reg * |w| is reg * sign(w)",
      [
       [7.832644467595362,0.0,0.0,-0.7230119248878799],
       [6.03940624152484,3.1626721512263862,8.444656004944353,3.6532506962803306],
       [0.0,-2.758901900471791,10.372779091968571,4.658647934802656],
       [0.11605488700603156,9.071155451094175,-13.04535896409502,7.504662932716001],
       [2.3672346680873195,-0.03788796505281804,0.0,0.0],
       [0.0,0.0,-1.8258529822219627,-0.4108631038773243],
       [0.0,0.0,0.0,-0.11267768111445656]
      ]
     ],
     [
      "the factor 2 belongs to L2's gradient; the subgradient of reg * |w| is reg * sign(w), without 2",
      [
       [5.0,0.0,0.0,-5.0],
       [5.0,5.0,5.0,5.0],
       [0.0,-5.0,5.0,5.0],
       [5.0,5.0,-5.0,5.0],
       [5.0,-5.0,0.0,0.0],
       [0.0,0.0,-5.0,-5.0],
       [0.0,0.0,0.0,-5.0]
      ]
     ],
     [
      "the subgradient of |w| is sign(w), not 1 (use np.sign(W))",
      [
       [2.5,2.5,2.5,2.5],
       [2.5,2.5,2.5,2.5],
       [2.5,2.5,2.5,2.5],
       [2.5,2.5,2.5,2.5],
       [2.5,2.5,2.5,2.5],
       [2.5,2.5,2.5,2.5],
       [2.5,2.5,2.5,2.5]
      ]
     ],
     [
      "the subgradient at w == 0 must be 0, not reg",
      [
       [2.5,2.5,2.5,-2.5],
       [2.5,2.5,2.5,2.5],
       [2.5,-2.5,2.5,2.5],
       [2.5,2.5,-2.5,2.5],
       [2.5,-2.5,2.5,2.5],
       [2.5,2.5,-2.5,-2.5],
       [2.5,2.5,2.5,-2.5]
      ]
     ],
     [
      "W / np.abs(W) is nan where w == 0; np.sign(W) gives the subgradient 0 there",
      [
       [2.5,"nan","nan",-2.5],
       [2.5,2.5,2.5,2.5],
       ["nan",-2.5,2.5,2.5],
       [2.5,2.5,-2.5,2.5],
       [2.5,-2.5,"nan","nan"],
       ["nan","nan",-2.5,-2.5],
       ["nan","nan","nan",-2.5]
      ]
     ],
     [
      "reg is not applied in the gradient (reg * sign(W))",
      [
       [1.0,0.0,0.0,-1.0],
       [1.0,1.0,1.0,1.0],
       [0.0,-1.0,1.0,1.0],
       [1.0,1.0,-1.0,1.0],
       [1.0,-1.0,0.0,0.0],
       [0.0,0.0,-1.0,-1.0],
       [0.0,0.0,0.0,-1.0]
      ]
     ]
    ]
   },
   {
    "fingerprint": [7.0,4.0,4.571890332993305,20.034668670951312,2.2603075916654527],
    "reg": 0.0,
    "loss": 0.0,
    "grad": [
     [0.0,0.0,0.0,0.0],
     [-0.0,0.0,0.0,-0.0],
     [-0.0,-0.0,0.0,0.0],
     [0.0,0.0,0.0,0.0],
     [-0.0,-0.0,-0.0,0.0],
     [-0.0,-0.0,-0.0,-0.0],
     [0.0,0.0,-0.0,0.0]
    ],
    "loss_mistakes": [
     ["the absolute value is missing (use np.abs(W))",0.0],
     ["the L2 penalty (squares) is used; L1 is reg * np.sum(np.abs(W))",0.0],
     ["np.linalg.norm(W, 1) of a matrix is its largest column sum, not the sum of every |w| (use np.sum(np.abs(W)))",0.0],
     ["reg is not applied (multiply the penalty by reg)",20.034668670951312],
     ["the penalty has a 1/2 in front; this kit's L1 penalty is reg * np.sum(np.abs(W))",0.0]
    ],
    "gradient_mistakes": [
     [
      "the L2 gradient is used; the subgradient of reg * |w| is reg * sign(w)",
      [
       [0.0,0.0,0.0,0.0],
       [-0.0,0.0,0.0,-0.0],
       [-0.0,-0.0,0.0,0.0],
       [0.0,0.0,0.0,0.0],
       [-0.0,-0.0,-0.0,0.0],
       [-0.0,-0.0,-0.0,-0.0],
       [0.0,0.0,-0.0,0.0]
      ]
     ],
     [
      "the factor 2 belongs to L2's gradient; the subgradient of reg * |w| is reg * sign(w), without 2",
      [
       [0.0,0.0,0.0,0.0],
       [-0.0,0.0,0.0,-0.0],
       [-0.0,-0.0,0.0,0.0],
       [0.0,0.0,0.0,0.0],
       [-0.0,-0.0,-0.0,0.0],
       [-0.0,-0.0,-0.0,-0.0],
       [0.0,0.0,-0.0,0.0]
      ]
     ],
     [
      "the subgradient of |w| is sign(w), not 1 (use np.sign(W))",
      [
       [0.0,0.0,0.0,0.0],
       [0.0,0.0,0.0,0.0],
       [0.0,0.0,0.0,0.0],
       [0.0,0.0,0.0,0.0],
       [0.0,0.0,0.0,0.0],
       [0.0,0.0,0.0,0.0],
       [0.0,0.0,0.0,0.0]
      ]
     ],
     [
      "the subgradient at w == 0 must be 0, not reg",
      [
       [0.0,0.0,0.0,0.0],
       [-0.0,0.0,0.0,-0.0],
       [-0.0,-0.0,0.0,0.0],
       [0.0,0.0,0.0,0.0],
       [-0.0,-0.0,-0.0,0.0],
       [-0.0,-0.0,-0.0,-0.0],
       [0.0,0.0,-0.0,0.0]
      ]
     ],
     [
      "W / np.abs(W) is nan where w == 0; np.sign(W) gives the subgradient 0 there",
      [
       [0.0,0.0,0.0,0.0],
       [-0.0,0.0,0.0,-0.0],
       [-0.0,-0.0,0.0,0.0],
       [0.0,0.0,0.0,0.0],
       [-0.0,-0.0,-0.0,0.0],
       [-0.0,-0.0,-0.0,-0.0],
       [0.0,0.0,-0.0,0.0]
      ]
     ],
     [
      "reg is not applied in the gradient (reg * sign(W))",
      [
       [1.0,1.0,1.0,1.0],
       [-1.0,1.0,1.0,-1.0],
       [-1.0,-1.0,1.0,1.0],
       [1.0,1.0,1.0,1.0],
       [-1.0,-1.0,-1.0,1.0],
       [-1.0,-1.0,-1.0,-1.0],
       [1.0,1.0,-1.0,1.0]
      ]
     ]
    ]
   },
   {
    "fingerprint": [7.0,4.0,8.679376116181245,21.070861778195976,0.8464579767419663],
    "reg": 800.0,
    "loss": 16856.6894226,
    "grad": [
     [800.0,800.0,-800.0,800.0],
     [-800.0,800.0,-800.0,-800.0],
     [800.0,-800.0,800.0,800.0],
     [800.0,800.0,800.0,800.0],
     [-800.0,-800.0,-800.0,800.0],
     [-800.0,800.0,800.0,800.0],
     [800.0,-800.0,-800.0,800.0]
    ],
    "loss_mistakes": [
     ["the absolute value is missing (use np.abs(W))",6943.500892944996],
     ["the L2 penalty (squares) is used; L1 is reg * np.sum(np.abs(W))",21004.05528316975],
     ["np.linalg.norm(W, 1) of a matrix is its largest column sum, not the sum of every |w| (use np.sum(np.abs(W)))",5894.090346668167],
     ["reg is not applied (multiply the penalty by reg)",21.070861778195976],
     ["the penalty has a 1/2 in front; this kit's L1 penalty is reg * np.sum(np.abs(W))",8428.34471127839]
    ],
    "gradient_mistakes": [
     [
      "the L2 gradient is used; the subgradient of reg * |w| is reg * sign(w)",
      [
       [718.8715905745439,1467.6654081736644,-360.2072248248509,3010.5416354067384],
       [-1520.776658168687,415.36916445894735,-171.55278913946438,-531.0687306287152],
       [392.96487822206143,-2031.6857425352719,3334.0521799875737,433.27125066242684],
       [1747.386060195389,3782.008734019794,2278.989813141841,937.5858851397646],
       [-295.6097075858956,-1604.2788266801683,-719.5904024949197,2064.6757180762347],
       [-1149.2343848368491,1434.2739963867302,1092.1005721465847,133.6416020815576],
       [367.8821572653964,-1052.898821081758,-476.2852416352006,188.9096695625253]
      ]
     ],
     [
      "the factor 2 belongs to L2's gradient; the subgradient of reg * |w| is reg * sign(w), without 2",
      [
       [1600.0,1600.0,-1600.0,1600.0],
       [-1600.0,1600.0,-1600.0,-1600.0],
       [1600.0,-1600.0,1600.0,1600.0],
       [1600.0,1600.0,1600.0,1600.0],
       [-1600.0,-1600.0,-1600.0,1600.0],
       [-1600.0,1600.0,1600.0,1600.0],
       [1600.0,-1600.0,-1600.0,1600.0]
      ]
     ],
     [
      "the subgradient of |w| is sign(w), not 1 (use np.sign(W))",
      [
       [800.0,800.0,800.0,800.0],
       [800.0,800.0,800.0,800.0],
       [800.0,800.0,800.0,800.0],
       [800.0,800.0,800.0,800.0],
       [800.0,800.0,800.0,800.0],
       [800.0,800.0,800.0,800.0],
       [800.0,800.0,800.0,800.0]
      ]
     ],
     [
      "the subgradient at w == 0 must be 0, not reg",
      [
       [800.0,800.0,-800.0,800.0],
       [-800.0,800.0,-800.0,-800.0],
       [800.0,-800.0,800.0,800.0],
       [800.0,800.0,800.0,800.0],
       [-800.0,-800.0,-800.0,800.0],
       [-800.0,800.0,800.0,800.0],
       [800.0,-800.0,-800.0,800.0]
      ]
     ],
     [
      "W / np.abs(W) is nan where w == 0; np.sign(W) gives the subgradient 0 there",
      [
       [799.9999999999999,800.0,-800.0,800.0],
       [-800.0,800.0,-800.0,-800.0000000000001],
       [800.0,-800.0,800.0,800.0],
       [800.0,800.0,800.0,800.0],
       [-800.0,-800.0,-800.0,800.0],
       [-800.0,800.0,800.0,800.0000000000001],
       [800.0,-800.0,-800.0,800.0]
      ]
     ],
     [
      "reg is not applied in the gradient (reg * sign(W))",
      [
       [1.0,1.0,-1.0,1.0],
       [-1.0,1.0,-1.0,-1.0],
       [1.0,-1.0,1.0,1.0],
       [1.0,1.0,1.0,1.0],
       [-1.0,-1.0,-1.0,1.0],
       [-1.0,1.0,1.0,1.0],
       [1.0,-1.0,-1.0,1.0]
      ]
     ]
    ]
   }
  ],
  "l1_proximal_step": [
   {
    "fingerprint": [8.0,4.0,1.1116215607691549,19.396596781786787,-3.0509943493630516],
    "rate": 0.4,
    "reg": 0.6,
    "expected": [
     [-0.20447013724915358,-0.9687291166089875,-1.3773935495869578,-0.15455514401185289],
     [0.11044091099636122,0.0,0.06267128039415654,-1.2858720717892973],
     [0.0,-0.24104940164984062,0.8239503790019096,0.0],
     [-0.07709777874349721,-0.47340285676898297,2.0633982144689202,0.7706238518667434],
     [1.1337149122349512,-1.085224481904582,0.030226528824695453,-0.0],
     [0.756575810811862,0.0,0.0,0.2047608275551489],
     [0.0,0.6237793008547974,-0.19989720377056208,0.334669255175838],
     [-0.0,0.02792832296279374,-0.07136849698585157,0.06924852636029144]
    ],
    "mistakes": [
     [
      "the threshold is reg; the proximal step of learning_rate * reg * |w| shrinks by learning_rate * reg",
      [
       [-0.0,-0.6087291166089875,-1.017393549586958,-0.0],
       [0.0,0.0,0.0,-0.9258720717892973],
       [0.0,-0.0,0.4639503790019096,0.0],
       [-0.0,-0.11340285676898298,1.70339821446892,0.41062385186674344],
       [0.7737149122349513,-0.725224481904582,0.0,-0.0],
       [0.396575810811862,0.0,0.0,0.0],
       [0.0,0.2637793008547974,-0.0,0.0],
       [-0.0,0.0,-0.0,0.0]
      ]
     ],
     [
      "the threshold is learning_rate; it is learning_rate * reg",
      [
       [-0.04447013724915355,-0.8087291166089875,-1.2173935495869577,-0.0],
       [0.0,0.0,0.0,-1.1258720717892974],
       [0.0,-0.08104940164984059,0.6639503790019096,0.0],
       [-0.0,-0.31340285676898294,1.90339821446892,0.6106238518667434],
       [0.9737149122349512,-0.925224481904582,0.0,-0.0],
       [0.596575810811862,0.0,0.0,0.044760827555148874],
       [0.0,0.46377930085479735,-0.03989720377056205,0.17466925517583798],
       [-0.0,0.0,-0.0,0.0]
      ]
     ],
     [
      "it takes a subgradient step W - learning_rate * reg * sign(W), which crosses 0 instead of stopping there (clip at 0: np.maximum(|W| - threshold, 0))",
      [
       [-0.20447013724915358,-0.9687291166089875,-1.3773935495869578,-0.15455514401185289],
       [0.11044091099636122,-0.20963916630458612,0.06267128039415654,-1.2858720717892973],
       [0.0,-0.24104940164984062,0.8239503790019096,0.0],
       [-0.07709777874349721,-0.47340285676898297,2.0633982144689202,0.7706238518667434],
       [1.1337149122349512,-1.085224481904582,0.030226528824695453,0.06632824304198004],
       [0.756575810811862,0.0,0.0,0.2047608275551489],
       [-0.14823978392591144,0.6237793008547974,-0.19989720377056208,0.334669255175838],
       [0.050244385518769,0.02792832296279374,-0.07136849698585157,0.06924852636029144]
      ]
     ],
     [
      "it sets the small weights to 0 without shrinking the others (hard thresholding); every weight moves toward 0 by learning_rate * reg",
      [
       [-0.4444701372491536,-1.2087291166089875,-1.6173935495869578,-0.3945551440118529],
       [0.3504409109963612,0.0,0.3026712803941565,-1.5258720717892973],
       [0.0,-0.4810494016498406,1.0639503790019096,0.0],
       [-0.3170977787434972,-0.713402856768983,2.30339821446892,1.0106238518667434],
       [1.3737149122349512,-1.325224481904582,0.27022652882469544,0.0],
       [0.996575810811862,0.0,0.0,0.4447608275551489],
       [0.0,0.8637793008547974,-0.4398972037705621,0.574669255175838],
       [0.0,0.26792832296279373,-0.31136849698585156,0.30924852636029143]
      ]
     ],
     [
      "the sign is lost: np.maximum(|W| - threshold, 0) is the size; multiply by np.sign(W)",
      [
       [0.20447013724915358,0.9687291166089875,1.3773935495869578,0.15455514401185289],
       [0.11044091099636122,0.0,0.06267128039415654,1.2858720717892973],
       [0.0,0.24104940164984062,0.8239503790019096,0.0],
       [0.07709777874349721,0.47340285676898297,2.0633982144689202,0.7706238518667434],
       [1.1337149122349512,1.085224481904582,0.030226528824695453,0.0],
       [0.756575810811862,0.0,0.0,0.2047608275551489],
       [0.0,0.6237793008547974,0.19989720377056208,0.334669255175838],
       [0.0,0.02792832296279374,0.07136849698585157,0.06924852636029144]
      ]
     ],
     [
      "it is the proximal step of L2 (W / (1 + 2 * learning_rate * reg)); L1's shrinks by a constant and stops at 0",
      [
       [-0.30031766030348217,-0.8167088625736402,-1.0928334794506471,-0.2665913135215222],
       [0.23678439932186568,0.020514076821225583,0.2045076218879436,-1.0309946431008765],
       [0.0,-0.32503337949313554,0.7188853912175065,0.0],
       [-0.2142552559077684,-0.4820289572763398,1.5563501449114325,0.6828539539640158],
       [0.9281857515101022,-0.8954219472328256,0.18258549244911854,-0.11734578172839186],
       [0.6733620343323392,0.0,0.0,0.3005140726723979],
       [0.06200014599600578,0.583634662739728,-0.2972278403855149,0.3882900372809716],
       [-0.12821325302785877,0.1810326506505363,-0.21038411958503483,0.2089517070001969]
      ]
     ],
     [
      "the threshold is doubled (2 * learning_rate * reg); the derivative of reg * |w| has no factor 2",
      [
       [-0.0,-0.7287291166089875,-1.1373935495869578,-0.0],
       [0.0,0.0,0.0,-1.0458720717892973],
       [0.0,-0.0010494016498406311,0.5839503790019096,0.0],
       [-0.0,-0.23340285676898298,1.82339821446892,0.5306238518667434],
       [0.8937149122349513,-0.845224481904582,0.0,-0.0],
       [0.516575810811862,0.0,0.0,0.0],
       [0.0,0.3837793008547974,-0.0,0.09466925517583802],
       [-0.0,0.0,-0.0,0.0]
      ]
     ]
    ]
   },
   {
    "fingerprint": [6.0,5.0,5.21067932328784,15.962542368170952,0.1583566871076778],
    "rate": 0.15,
    "reg": 2.5,
    "expected": [
     [0.0,0.8279042887878956,-0.0,0.4338230390097437,-0.09835400862738347],
     [0.38033975441492096,-0.0,0.17999010542097194,-1.7207616061034527,0.0],
     [-0.24264648603993677,1.1021009179138503,-0.5576701535422237,0.007049579641994819,-0.0],
     [0.0,0.0,0.12490515166235028,-0.0,0.36770594564965486],
     [0.6131672154549602,0.0,0.28807170443706087,-0.09202596824115661,0.13811049614980508],
     [0.0,0.0,0.0,1.1100818648917463,0.0]
    ],
    "mistakes": [
     [
      "the threshold is reg; the proximal step of learning_rate * reg * |w| shrinks by learning_rate * reg",
      [
       [0.0,0.0,-0.0,0.0,-0.0],
       [0.0,-0.0,0.0,-0.0,0.0],
       [-0.0,0.0,-0.0,0.0,-0.0],
       [0.0,0.0,0.0,-0.0,0.0],
       [0.0,0.0,0.0,-0.0,0.0],
       [0.0,0.0,0.0,0.0,0.0]
      ]
     ],
     [
      "the threshold is learning_rate; it is learning_rate * reg",
      [
       [0.0,1.0529042887878957,-0.19396037324618295,0.6588230390097437,-0.3233540086273835],
       [0.6053397544149209,-0.0,0.4049901054209719,-1.9457616061034528,0.0],
       [-0.46764648603993675,1.3271009179138504,-0.7826701535422237,0.23204957964199482,-0.18176583560755186],
       [0.0,0.0511899884438857,0.34990515166235026,-0.0,0.5927059456496548],
       [0.8381672154549602,0.08965380502469111,0.5130717044370608,-0.3170259682411566,0.36311049614980506],
       [0.0,0.0,0.0,1.3350818648917464,0.0]
      ]
     ],
     [
      "it takes a subgradient step W - learning_rate * reg * sign(W), which crosses 0 instead of stopping there (clip at 0: np.maximum(|W| - threshold, 0))",
      [
       [0.0,0.8279042887878956,0.03103962675381705,0.4338230390097437,-0.09835400862738347],
       [0.38033975441492096,0.2622882034251006,0.17999010542097194,-1.7207616061034527,-0.3350427021268993],
       [-0.24264648603993677,1.1021009179138503,-0.5576701535422237,0.007049579641994819,0.04323416439244815],
       [-0.3424403090472362,-0.1738100115561143,0.12490515166235028,0.3739647055412313,0.36770594564965486],
       [0.6131672154549602,-0.1353461949753089,0.28807170443706087,-0.09202596824115661,0.13811049614980508],
       [0.0,0.0,0.0,1.1100818648917463,0.0]
      ]
     ],
     [
      "it sets the small weights to 0 without shrinking the others (hard thresholding); every weight moves toward 0 by learning_rate * reg",
      [
       [0.0,1.2029042887878956,0.0,0.8088230390097437,-0.47335400862738347],
       [0.755339754414921,0.0,0.5549901054209719,-2.0957616061034527,0.0],
       [-0.6176464860399368,1.4771009179138503,-0.9326701535422237,0.3820495796419948,0.0],
       [0.0,0.0,0.4999051516623503,0.0,0.7427059456496549],
       [0.9881672154549602,0.0,0.6630717044370609,-0.4670259682411566,0.5131104961498051],
       [0.0,0.0,0.0,1.4850818648917463,0.0]
      ]
     ],
     [
      "the sign is lost: np.maximum(|W| - threshold, 0) is the size; multiply by np.sign(W)",
      [
       [0.0,0.8279042887878956,0.0,0.4338230390097437,0.09835400862738347],
       [0.38033975441492096,0.0,0.17999010542097194,1.7207616061034527,0.0],
       [0.24264648603993677,1.1021009179138503,0.5576701535422237,0.007049579641994819,0.0],
       [0.0,0.0,0.12490515166235028,0.0,0.36770594564965486],
       [0.6131672154549602,0.0,0.28807170443706087,0.09202596824115661,0.13811049614980508],
       [0.0,0.0,0.0,1.1100818648917463,0.0]
      ]
     ],
     [
      "it is the proximal step of L2 (W / (1 + 2 * learning_rate * reg)); L1's shrinks by a constant and stops at 0",
      [
       [0.0,0.6873738793073689,-0.19654878471210455,0.46218459371985354,-0.2704880049299334],
       [0.43162271680852626,-0.06440674089994251,0.3171372030976983,-1.1975780606305444,0.022832741641771827],
       [-0.35294084916567814,0.8440576673793431,-0.5329543734526992,0.2183140455097113,-0.18958047749002963],
       [0.018605537687293606,0.11496570768222039,0.2856600866642002,-0.0005915968335821161,0.4244033975140885],
       [0.5646669802599773,0.13694503144268064,0.37889811682117763,-0.2668719818520895,0.2932059977998886],
       [0.0,0.0,0.0,0.8486182085095694,0.0]
      ]
     ],
     [
      "the threshold is doubled (2 * learning_rate * reg); the derivative of reg * |w| has no factor 2",
      [
       [0.0,0.45290428878789557,-0.0,0.05882303900974373,-0.0],
       [0.005339754414920961,-0.0,0.0,-1.3457616061034527,0.0],
       [-0.0,0.7271009179138503,-0.1826701535422237,0.0,-0.0],
       [0.0,0.0,0.0,-0.0,0.0],
       [0.23816721545496022,0.0,0.0,-0.0,0.0],
       [0.0,0.0,0.0,0.7350818648917463,0.0]
      ]
     ]
    ]
   },
   {
    "fingerprint": [3.0,2.0,4.0,4.773575772239756,17.875373527520303,0.07891803063767622],
    "rate": 0.06,
    "reg": 0.5,
    "expected": [
     [
      [1.9799368404038986,0.49580674450527196,0.6334828252424946,-1.6938261299633097],
      [-0.21054279040170346,0.9218380662993104,-0.8200685090389733,-0.28321844098592985]
     ],
     [
      [0.15856503714674622,0.48563254340816175,0.5216306240856606,0.9398366100096301],
      [-0.4737543640216988,0.9200787702779513,-0.22007068917366676,1.18000469361544]
     ],
     [
      [-0.8054269739839448,1.9544377969159923,-0.6864632053302789,-0.9457956824593275],
      [0.0,0.7732240979694719,0.0,-0.11173209228144135]
     ]
    ],
    "mistakes": [
     [
      "the threshold is reg; the proximal step of learning_rate * reg * |w| shrinks by learning_rate * reg",
      [
       [
        [1.5099368404038986,0.025806744505271983,0.16348282524249458,-1.2238261299633098],
        [-0.0,0.45183806629931045,-0.35006850903897335,-0.0]
       ],
       [
        [0.0,0.01563254340816178,0.05163062408566066,0.4698366100096302],
        [-0.0037543640216988194,0.4500787702779513,-0.0,0.71000469361544]
       ],
       [
        [-0.33542697398394483,1.4844377969159923,-0.21646320533027896,-0.4757956824593276],
        [0.0,0.3032240979694719,0.0,-0.0]
       ]
      ]
     ],
     [
      "the threshold is learning_rate; it is learning_rate * reg",
      [
       [
        [1.9499368404038986,0.465806744505272,0.6034828252424946,-1.6638261299633097],
        [-0.18054279040170346,0.8918380662993104,-0.7900685090389734,-0.2532184409859299]
       ],
       [
        [0.12856503714674622,0.4556325434081618,0.49163062408566066,0.9098366100096302],
        [-0.4437543640216988,0.8900787702779513,-0.19007068917366676,1.15000469361544]
       ],
       [
        [-0.7754269739839448,1.9244377969159923,-0.656463205330279,-0.9157956824593276],
        [0.0,0.743224097969472,0.0,-0.08173209228144135]
       ]
      ]
     ],
     [
      "it takes a subgradient step W - learning_rate * reg * sign(W), which crosses 0 instead of stopping there (clip at 0: np.maximum(|W| - threshold, 0))",
      [
       [
        [1.9799368404038986,0.49580674450527196,0.6334828252424946,-1.6938261299633097],
        [-0.21054279040170346,0.9218380662993104,-0.8200685090389733,-0.28321844098592985]
       ],
       [
        [0.15856503714674622,0.48563254340816175,0.5216306240856606,0.9398366100096301],
        [-0.4737543640216988,0.9200787702779513,-0.22007068917366676,1.18000469361544]
       ],
       [
        [-0.8054269739839448,1.9544377969159923,-0.6864632053302789,-0.9457956824593275],
        [0.0,0.7732240979694719,0.0,-0.11173209228144135]
       ]
      ]
     ],
     [
      "it sets the small weights to 0 without shrinking the others (hard thresholding); every weight moves toward 0 by learning_rate * reg",
      [
       [
        [2.0099368404038986,0.525806744505272,0.6634828252424946,-1.7238261299633098],
        [-0.24054279040170345,0.9518380662993104,-0.8500685090389734,-0.3132184409859299]
       ],
       [
        [0.18856503714674622,0.5156325434081618,0.5516306240856607,0.9698366100096302],
        [-0.5037543640216988,0.9500787702779513,-0.25007068917366676,1.21000469361544]
       ],
       [
        [-0.8354269739839448,1.9844377969159923,-0.716463205330279,-0.9757956824593276],
        [0.0,0.8032240979694719,0.0,-0.14173209228144135]
       ]
      ]
     ],
     [
      "the sign is lost: np.maximum(|W| - threshold, 0) is the size; multiply by np.sign(W)",
      [
       [
        [1.9799368404038986,0.49580674450527196,0.6334828252424946,1.6938261299633097],
        [0.21054279040170346,0.9218380662993104,0.8200685090389733,0.28321844098592985]
       ],
       [
        [0.15856503714674622,0.48563254340816175,0.5216306240856606,0.9398366100096301],
        [0.4737543640216988,0.9200787702779513,0.22007068917366676,1.18000469361544]
       ],
       [
        [0.8054269739839448,1.9544377969159923,0.6864632053302789,0.9457956824593275],
        [0.0,0.7732240979694719,0.0,0.11173209228144135]
       ]
      ]
     ],
     [
      "it is the proximal step of L2 (W / (1 + 2 * learning_rate * reg)); L1's shrinks by a constant and stops at 0",
      [
       [
        [1.8961668305697157,0.4960440985898792,0.6259271936249948,-1.6262510660031224],
        [-0.226927160756324,0.8979604399050098,-0.8019514236216729,-0.29548909526974515]
       ],
       [
        [0.17789154447806246,0.4864457956680771,0.5204062491374157,0.9149401981222925],
        [-0.4752399660582064,0.8963007266773125,-0.2359157445034592,1.1415138619013585]
       ],
       [
        [-0.7881386547018348,1.8721111291660304,-0.6759086842738481,-0.9205619645842712],
        [0.0,0.7577585829900678,0.0,-0.13370952102022768]
       ]
      ]
     ],
     [
      "the threshold is doubled (2 * learning_rate * reg); the derivative of reg * |w| has no factor 2",
      [
       [
        [1.9499368404038986,0.465806744505272,0.6034828252424946,-1.6638261299633097],
        [-0.18054279040170346,0.8918380662993104,-0.7900685090389734,-0.2532184409859299]
       ],
       [
        [0.12856503714674622,0.4556325434081618,0.49163062408566066,0.9098366100096302],
        [-0.4437543640216988,0.8900787702779513,-0.19007068917366676,1.15000469361544]
       ],
       [
        [-0.7754269739839448,1.9244377969159923,-0.656463205330279,-0.9157956824593276],
        [0.0,0.743224097969472,0.0,-0.08173209228144135]
       ]
      ]
     ]
    ]
   }
  ]
 },
 "predictions": {
  "predict": {
   "fingerprint": [5.0,4.0,-2.143386067719823,10.666041144940428,-0.023781274825632193,24.0,5.0,-26.61807191877483,105.57571851076011,13.017410424938785],
   "expected": [0.0,1.0,0.0,1.0,1.0,0.0,1.0,3.0,3.0,0.0,1.0,3.0,1.0,1.0,0.0,0.0,3.0,3.0,0.0,0.0,3.0,0.0,3.0,1.0],
   "mistakes": [
    [
     "np.argmax over axis 0 (the examples); the classes are axis 1",
     [15.0,1.0,1.0,22.0]
    ],
    [
     "np.argmin instead of np.argmax: the predicted class is the one with the highest score",
     [3.0,3.0,1.0,3.0,0.0,1.0,3.0,1.0,1.0,3.0,0.0,0.0,0.0,0.0,3.0,3.0,1.0,1.0,3.0,1.0,1.0,1.0,1.0,3.0]
    ],
    [
     "ties go to the highest class index; np.argmax gives the lowest, as the kit asks",
     [0.0,2.0,0.0,2.0,2.0,0.0,2.0,3.0,3.0,0.0,2.0,3.0,2.0,2.0,0.0,0.0,3.0,3.0,0.0,0.0,3.0,0.0,3.0,2.0]
    ]
   ],
   "scores_cause": "it returns the scores, not the index of the highest score in each row"
  },
  "one_vs_all": {
   "fingerprint": [5.0,4.0,1.6227383033114833,15.13113955664337,1.5367757652847973,21.0,5.0,4.897595859431927,80.35905102142056,-17.52326498051408],
   "expected": [2.0,0.0,1.0,1.0,0.0,2.0,1.0,1.0,0.0,0.0,2.0,2.0,1.0,0.0,2.0,2.0,2.0,2.0,0.0,2.0,2.0],
   "mistakes": [
    [
     "it picks the lowest score (argmin); predict the class whose classifier scores highest",
     [0.0,2.0,0.0,0.0,2.0,1.0,2.0,2.0,2.0,2.0,1.0,0.0,0.0,2.0,1.0,1.0,0.0,0.0,2.0,0.0,0.0]
    ],
    [
     "the argmax is taken over the examples (axis=0); take it over the classes of each example (axis=1)",
     [9.0,1.0,15.0,9.0]
    ],
    [
     "it returns the highest score itself, not its class (use np.argmax)",
     [0.6910302615064646,2.7098954934107473,-1.3035507171587704,0.5517834902399337,1.4269016122094411,3.518872654027658,0.6125044707709008,0.4700092474439672,-0.28784973800851354,3.4270471224214156,2.0910353743598415,-0.4710505122940892,2.0615805585367397,2.9348663796422745,2.4295274748315303,4.100423051906842,0.441868840565121,0.9335166321050564,-0.5785457651234257,1.6708046293583136,1.6962211807335636]
    ],
    [
     "a tie between scores goes to the highest class index; the lowest must win (np.argmax does that)",
     [2.0,3.0,1.0,1.0,3.0,2.0,1.0,1.0,3.0,3.0,2.0,2.0,1.0,3.0,2.0,2.0,2.0,2.0,3.0,2.0,2.0]
    ]
   ]
  },
  "one_vs_one": {
   "fingerprint": [150.0,10.0,8.0,2576.0,8.354245015311582],
   "classes": 5,
   "expected": [0.0,4.0,3.0,0.0,0.0,3.0,0.0,0.0,3.0,0.0,0.0,1.0,4.0,0.0,1.0,2.0,1.0,0.0,0.0,0.0,0.0,1.0,1.0,0.0,1.0,0.0,1.0,3.0,1.0,1.0,0.0,0.0,4.0,0.0,3.0,4.0,1.0,0.0,1.0,0.0,3.0,0.0,3.0,0.0,0.0,1.0,2.0,0.0,4.0,0.0,0.0,3.0,0.0,3.0,0.0,0.0,2.0,3.0,0.0,0.0,0.0,0.0,0.0,4.0,4.0,1.0,1.0,0.0,0.0,1.0,1.0,1.0,0.0,0.0,1.0,0.0,3.0,0.0,0.0,3.0,1.0,0.0,0.0,2.0,0.0,0.0,1.0,4.0,4.0,3.0,3.0,4.0,0.0,1.0,2.0,0.0,0.0,1.0,0.0,1.0,3.0,3.0,1.0,1.0,2.0,2.0,2.0,0.0,0.0,0.0,4.0,0.0,1.0,3.0,0.0,3.0,3.0,0.0,0.0,0.0,0.0,1.0,3.0,0.0,1.0,1.0,0.0,3.0,0.0,4.0,0.0,1.0,2.0,1.0,0.0,0.0,1.0,0.0,1.0,1.0,1.0,0.0,2.0,2.0,2.0,1.0,1.0,2.0,4.0,0.0],
   "mistakes": [
    [
     "the pairs are not in the kit's order: column p of W belongs to one_vs_one_pairs(num_classes)[p], i.e. (0, 1), (0, 2), ..., (0, C-1), (1, 2), ...",
     [1.0,1.0,4.0,3.0,0.0,1.0,1.0,1.0,1.0,0.0,4.0,1.0,4.0,4.0,1.0,0.0,2.0,4.0,0.0,0.0,0.0,1.0,0.0,1.0,0.0,0.0,2.0,4.0,2.0,2.0,0.0,0.0,4.0,0.0,0.0,3.0,2.0,1.0,1.0,4.0,3.0,0.0,0.0,0.0,4.0,4.0,0.0,0.0,0.0,0.0,0.0,4.0,4.0,0.0,0.0,0.0,3.0,3.0,0.0,0.0,0.0,0.0,1.0,0.0,4.0,1.0,0.0,0.0,0.0,1.0,2.0,1.0,0.0,0.0,0.0,0.0,2.0,0.0,3.0,0.0,0.0,0.0,0.0,2.0,0.0,0.0,2.0,4.0,4.0,3.0,2.0,1.0,0.0,1.0,2.0,0.0,1.0,1.0,0.0,1.0,3.0,3.0,1.0,0.0,3.0,2.0,2.0,1.0,1.0,1.0,4.0,0.0,0.0,0.0,4.0,4.0,3.0,4.0,0.0,4.0,0.0,0.0,4.0,0.0,2.0,2.0,0.0,0.0,0.0,1.0,0.0,1.0,3.0,2.0,0.0,0.0,2.0,1.0,1.0,3.0,2.0,1.0,1.0,3.0,1.0,2.0,1.0,3.0,1.0,0.0]
    ],
    [
     "it predicts the class with the fewest votes: either the votes are the wrong way round (a score >= 0 votes for the first class i of the pair (i, j), a score < 0 for the second) or it takes the argmin of the counts",
     [3.0,2.0,0.0,1.0,1.0,2.0,1.0,1.0,0.0,1.0,1.0,4.0,2.0,3.0,3.0,4.0,0.0,2.0,2.0,3.0,2.0,2.0,2.0,3.0,4.0,1.0,0.0,2.0,0.0,0.0,3.0,1.0,2.0,4.0,2.0,1.0,0.0,2.0,0.0,1.0,0.0,3.0,4.0,3.0,3.0,2.0,3.0,4.0,1.0,1.0,2.0,2.0,2.0,2.0,1.0,3.0,0.0,1.0,1.0,1.0,2.0,2.0,1.0,3.0,2.0,3.0,2.0,4.0,4.0,3.0,0.0,3.0,4.0,1.0,2.0,2.0,4.0,3.0,1.0,1.0,2.0,2.0,3.0,1.0,2.0,4.0,4.0,1.0,0.0,1.0,0.0,3.0,3.0,0.0,1.0,3.0,0.0,3.0,4.0,0.0,0.0,1.0,0.0,2.0,1.0,0.0,1.0,3.0,3.0,1.0,1.0,4.0,2.0,1.0,1.0,1.0,2.0,1.0,3.0,2.0,3.0,4.0,2.0,4.0,0.0,0.0,3.0,2.0,2.0,0.0,2.0,2.0,1.0,0.0,2.0,3.0,0.0,1.0,2.0,4.0,0.0,1.0,3.0,1.0,3.0,0.0,2.0,0.0,3.0,3.0]
    ],
    [
     "a score of exactly 0 votes for the second class; a score >= 0 votes for the first class of its pair",
     [0.0,4.0,4.0,3.0,3.0,3.0,0.0,0.0,4.0,4.0,0.0,1.0,4.0,4.0,2.0,2.0,1.0,4.0,4.0,2.0,0.0,1.0,1.0,4.0,2.0,4.0,2.0,3.0,4.0,3.0,2.0,0.0,3.0,0.0,4.0,4.0,1.0,4.0,1.0,4.0,3.0,2.0,0.0,0.0,4.0,1.0,2.0,0.0,4.0,0.0,4.0,3.0,0.0,1.0,0.0,1.0,3.0,3.0,3.0,2.0,0.0,1.0,0.0,2.0,4.0,1.0,1.0,0.0,0.0,1.0,1.0,0.0,1.0,3.0,1.0,2.0,3.0,1.0,0.0,3.0,1.0,0.0,2.0,2.0,3.0,0.0,2.0,4.0,4.0,3.0,3.0,4.0,2.0,4.0,2.0,1.0,3.0,1.0,2.0,2.0,4.0,3.0,1.0,1.0,2.0,1.0,2.0,4.0,4.0,2.0,4.0,0.0,4.0,3.0,0.0,3.0,3.0,4.0,0.0,4.0,4.0,4.0,3.0,3.0,1.0,1.0,0.0,3.0,0.0,4.0,3.0,1.0,3.0,1.0,3.0,0.0,3.0,0.0,1.0,4.0,1.0,2.0,3.0,4.0,2.0,1.0,1.0,4.0,4.0,2.0]
    ],
    [
     "the pairwise scores are added up; each pair casts one vote for its winner, whatever the size of its score (count the votes)",
     [0.0,4.0,3.0,0.0,2.0,3.0,0.0,0.0,3.0,2.0,3.0,1.0,4.0,0.0,2.0,2.0,1.0,4.0,1.0,0.0,0.0,1.0,1.0,4.0,1.0,3.0,3.0,3.0,3.0,1.0,2.0,2.0,4.0,0.0,4.0,4.0,2.0,4.0,4.0,4.0,3.0,2.0,3.0,0.0,4.0,1.0,2.0,0.0,4.0,0.0,4.0,3.0,0.0,3.0,0.0,0.0,2.0,3.0,3.0,4.0,4.0,1.0,0.0,1.0,4.0,1.0,1.0,0.0,0.0,1.0,1.0,1.0,3.0,3.0,1.0,0.0,3.0,1.0,0.0,3.0,1.0,0.0,2.0,2.0,0.0,0.0,1.0,0.0,4.0,3.0,3.0,4.0,2.0,1.0,2.0,0.0,3.0,1.0,0.0,2.0,3.0,3.0,1.0,1.0,2.0,4.0,2.0,4.0,0.0,2.0,4.0,0.0,1.0,3.0,0.0,4.0,3.0,4.0,0.0,4.0,0.0,1.0,3.0,3.0,1.0,1.0,2.0,3.0,0.0,4.0,0.0,1.0,3.0,1.0,3.0,0.0,1.0,0.0,1.0,1.0,1.0,4.0,1.0,2.0,4.0,1.0,1.0,2.0,4.0,2.0]
    ],
    [
     "the votes are weighted by the size of the scores; each pair casts one vote for its winner (count the votes)",
     [0.0,4.0,3.0,0.0,2.0,3.0,0.0,0.0,2.0,2.0,3.0,1.0,4.0,0.0,2.0,2.0,1.0,4.0,1.0,0.0,0.0,1.0,1.0,4.0,1.0,2.0,3.0,3.0,2.0,1.0,2.0,2.0,4.0,0.0,4.0,4.0,1.0,4.0,3.0,4.0,3.0,2.0,2.0,0.0,4.0,1.0,2.0,0.0,0.0,0.0,0.0,1.0,0.0,1.0,0.0,2.0,2.0,3.0,3.0,4.0,4.0,1.0,0.0,1.0,4.0,1.0,1.0,3.0,0.0,1.0,1.0,0.0,3.0,3.0,1.0,4.0,3.0,1.0,0.0,3.0,1.0,1.0,2.0,2.0,1.0,0.0,3.0,0.0,4.0,3.0,3.0,4.0,2.0,1.0,2.0,1.0,1.0,1.0,0.0,2.0,3.0,3.0,1.0,1.0,2.0,2.0,2.0,1.0,0.0,2.0,4.0,0.0,1.0,3.0,0.0,4.0,3.0,4.0,0.0,4.0,0.0,1.0,3.0,2.0,1.0,1.0,4.0,3.0,0.0,1.0,0.0,1.0,3.0,1.0,3.0,0.0,1.0,3.0,1.0,1.0,1.0,4.0,1.0,2.0,0.0,1.0,1.0,2.0,4.0,2.0]
    ],
    [
     "votes[rows, winners] += 1 counts a class at most once per example: repeated indices are not accumulated (use np.add.at, or compare winners with each class and sum)",
     [0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,1.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,1.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,1.0,0.0,0.0,0.0,0.0,0.0,0.0,1.0,0.0,0.0,0.0,0.0,1.0,0.0,0.0,0.0,0.0]
    ],
    [
     "a tie in votes goes to the highest tied class; the lowest tied class must win (np.argmax does that)",
     [1.0,4.0,4.0,3.0,0.0,3.0,2.0,2.0,3.0,2.0,3.0,1.0,4.0,0.0,2.0,2.0,1.0,4.0,0.0,2.0,0.0,1.0,1.0,4.0,3.0,0.0,2.0,3.0,2.0,2.0,2.0,3.0,4.0,0.0,3.0,4.0,2.0,4.0,2.0,4.0,3.0,2.0,3.0,0.0,4.0,4.0,2.0,2.0,4.0,0.0,1.0,3.0,4.0,3.0,0.0,0.0,2.0,3.0,3.0,0.0,4.0,0.0,0.0,4.0,4.0,1.0,1.0,0.0,2.0,2.0,2.0,1.0,0.0,3.0,1.0,0.0,3.0,1.0,3.0,3.0,1.0,0.0,2.0,2.0,0.0,0.0,1.0,4.0,4.0,3.0,3.0,4.0,0.0,4.0,2.0,1.0,4.0,1.0,0.0,1.0,3.0,3.0,4.0,1.0,2.0,2.0,3.0,4.0,0.0,0.0,4.0,0.0,1.0,3.0,0.0,4.0,3.0,0.0,1.0,4.0,0.0,1.0,3.0,0.0,1.0,1.0,4.0,3.0,1.0,4.0,1.0,4.0,3.0,1.0,0.0,0.0,1.0,4.0,1.0,1.0,1.0,4.0,2.0,2.0,4.0,4.0,1.0,3.0,4.0,2.0]
    ]
   ]
  }
 },
 "schemes": {
  "fingerprint": [48.0,6.0,173.841840181,221.355025802,-0.140682315974,48.0,72.0,72.0,-8.1364942924],
  "classes": 4,
  "train": {
   "learning_rate": 0.1,
   "reg": 0.001,
   "num_iters": 20,
   "batch_size": 10
  },
  "max_steps": 2000
 },
 "messages": {
  "loss": "{name} gives a loss of {loss:.6g} on {case}, which is off by {error:.1e} relative to the expected value.",
  "because": " Likely cause: {cause}.",
  "gradient": "{name} gives a dW that differs from the expected gradient on {case} (relative error {error:.1e}).",
  "not_finite": "{name} returned a loss of {loss} on {case}.",
  "placeholders": "{name} returns a loss of 0 and a dW of zeros on {case}: it computes nothing yet (the starter's placeholder values?).",
  "ignores_data": "{name} returns the same loss and dW whatever X and y are: it does not compute them from the data.",
  "unstable": "{name} returned inf or nan on {case}: exp(1000) overflows and exp(-2000) underflows; subtract the largest score of each example (each row's own max) before exponentiating.",
  "numeric_needs_loss": "{name} is not checked against the numeric gradient of its own loss until that loss is right on {case}.",
  "numeric_not_finite": "{name} returned a dW with inf or nan on {case}.",
  "numeric_mismatch": "{name}'s dW does not match the numeric gradient of its own loss on {case} (relative error {error:.1e} along {where}): the gradient code and the loss code disagree.",
  "numeric_unexplained": "{name}'s dW is neither the expected gradient nor one with a recognised mistake on {case}, so agreeing with its own loss earns nothing.",
  "not_a_pair": "{name} returned {what}; it must return a tuple (loss, dW).",
  "loss_not_a_number": "{name} returned a loss that is {what}; the loss must be a number.",
  "grad_shape": "{name} returned dW of shape {shape}; it must have W's shape {w_shape}.",
  "grad_transposed": "{name} returned dW of shape {shape} (transposed?); it must have W's shape {w_shape}.",
  "grad_not_real": "{name} returned a dW ({what}); dW must be a real array shaped like W.",
  "precision": "{name} returned dW with dtype {dtype}; for float64 inputs it must be float64 (no precision lost).",
  "modified": "{name} modified its argument {arg} in place; compute on a copy instead.",
  "global_random": "{name} gives different results for the same input after np.random.seed(1) and np.random.seed(2); a loss must not use randomness.",
  "binary_loss": "{name} gives a loss of {loss:.6g} on {case}, which is off by {error:.1e} relative to the expected value.",
  "binary_gradient": "{name} gives a dw that differs from the expected gradient on {case} (relative error {error:.1e}).",
  "binary_placeholders": "{name} returns a loss of 0 and a dw of zeros on {case}: it computes nothing yet (the starter's placeholder values?).",
  "binary_ignores_data": "{name} returns the same loss and dw whatever X and t are: it does not compute them from the data.",
  "binary_numeric_needs_loss": "{name} is not checked against the numeric gradient of its own loss until that loss is right on {case}.",
  "binary_numeric_not_finite": "{name} returned a dw with inf or nan on {case}.",
  "binary_numeric_mismatch": "{name}'s dw does not match the numeric gradient of its own loss on {case} (relative error {error:.1e} along {where}): the gradient code and the loss code disagree.",
  "binary_numeric_unexplained": "{name}'s dw is neither the expected gradient nor one with a recognised mistake on {case}, so agreeing with its own loss earns nothing.",
  "binary_precision": "{name} returned dw with dtype {dtype}; for float64 inputs it must be float64 (no precision lost).",
  "binary_modified": "{name} modified its argument {arg} in place; compute on a copy instead.",
  "binary_global_random": "{name} gives different results for the same input after np.random.seed(1) and np.random.seed(2); a loss must not use randomness.",
  "proximal_wrong": "{name} gives wrong weights for a {shape} W with learning_rate={rate:g} and reg={reg:g}.",
  "proximal_unchanged": "{name} gives wrong weights for a {shape} W with learning_rate={rate:g} and reg={reg:g} (it returns W unchanged).",
  "proximal_shape": "{name} returned {what}; it must return the new weights, an array of W's shape {shape}.",
  "proximal_not_zero": "{name} leaves weights with |w| <= learning_rate * reg not exactly 0 (some are tiny instead, or a weight at the threshold itself): clip |w| - threshold at 0.",
  "proximal_too_many_zeros": "{name} sets weights with |w| > learning_rate * reg to 0.",
  "proximal_modified": "{name} modified W in place; return the new weights as a new array.",
  "not_implemented": "{name} is not implemented yet (it raises NotImplementedError).",
  "missing": "{name} is missing from cs231n/{file}: define it there, with this name.",
  "raised": "{name} raised {error_type} at {where}: {message}",
  "penalty": "{name} gives {loss:.6g} for a (7, 4) W with reg={reg:g}, which is not the expected penalty.",
  "penalty_gradient": "{name} gives a wrong dW for a (7, 4) W with reg={reg:g}.",
  "subgradient_elsewhere": "{name} gives a wrong dW where W is not 0 (expected reg * sign(W) there), so its value at 0 was not checked.",
  "subgradient_nan": "{name} gives nan where W == 0: W / np.abs(W) is 0 / 0 there; |w| has no slope at 0 and this kit uses the subgradient 0 there (np.sign(0) is 0).",
  "subgradient_nonzero": "{name} gives a nonzero dW where W == 0; |w| has no slope at 0 and this kit uses the subgradient 0 there (np.sign(0) is 0).",
  "penalty_modified": "{name} modified W in place; compute the gradient in a new array.",
  "predict": "{name} did not predict argmax of X.dot(W) for every row (N={num}, C={classes}, with ties between two classes, which go to the lower index).",
  "labels_dtype": "{name} returned labels of dtype {dtype}; labels must be integers.",
  "labels_shape": "{name} returned {what}; it must return an array of shape (N,) = ({num},).",
  "one_vs_all": "{name} did not predict the highest-scoring class for every example (N={num}, C={classes}, with ties that go to the lower index).",
  "ova_labels": "{name} returned labels of dtype {dtype}; labels must be integers.",
  "one_vs_one": "{name} did not predict the majority vote of the pairwise scores X.dot(W) (N={num}, C={classes}, random W and X, no ties).{because}",
  "vote_ties": "{name} did not predict the expected class for examples whose votes tie among {classes} classes (the lowest tied class must win).{because}",
  "zero_votes": "{name} mishandled pairwise scores of exactly 0: a score >= 0 votes for the first class of its pair.{because}",
  "ovo_labels": "{name} returned labels of dtype {dtype}; labels must be integers.",
  "labels_of": "{name} returned {what}; it must return an array of N = {num} labels.",
  "sgd_ascends": "{name} moves W along the gradient; gradient descent steps against it: W - learning_rate * dW.",
  "sgd_no_rate": "{name} did not return W - learning_rate * dW (the learning rate is not applied).",
  "sgd_wrong": "{name} did not return W - learning_rate * dW.",
  "sgd_shape": "{name} returned {what}; it must return the new weights, an array of W's shape {shape}.",
  "sgd_modified_W": "{name} changed W in place (`-=`); return W - learning_rate * dW as a new array.",
  "sgd_modified_dW": "{name} changed dW in place; leave its inputs as they are.",
  "batch_not_pair": "{name} returned {what}; it must return (X_batch, y_batch).",
  "batch_foreign_rows": "{name} produced a batch with rows that are not rows of X.",
  "batch_wrong_labels": "{name} produced a batch whose labels do not belong to its rows: index X and y with the same indices.",
  "batch_not_whole": "{name} with batch_size=None must return X and y whole, in order (batch gradient descent).",
  "scheme_what_rest": "class {first} against the rest",
  "scheme_what_pair": "the pair ({first}, {second})",
  "ova_never_called": "{name} never called binary_svm_loss(w, X_batch, t_batch, reg).",
  "ova_count": "{name} trained {count} classifiers for C = {classes} classes (a new one starts where w is 0 or not the previous step's sgd_step result); expected {expected}, one per column of W, each from np.zeros(D) for num_iters steps.",
  "ova_steps": "{name} took {count} steps for {what}; each classifier takes num_iters = {num_iters} steps.",
  "ova_not_from_zero": "{name} did not start the classifier of {what} from w = 0 (each classifier starts from np.zeros(D), not from the previous one).",
  "ova_wrong_reg": "{name} called binary_svm_loss with reg={got:g} instead of the reg it was given ({reg:g}).",
  "ova_reversed": "{name} gave classifier {number} ({what}) the targets the wrong way round (the wrong class as +1): the class itself must be +1 and every other class -1.",
  "ova_other_column": "{name} trained column {number} for {other}; column {number} is {what} (the order of one_vs_one_pairs for one-vs-one, class c for one-vs-all).",
  "ova_targets_mismatch": "{name} gave classifier {number} ({what}) targets that do not match the labels of its batch's rows: t must be +1 or -1 by the label of each row.",
  "ova_no_sample_batch": "{name} computed a step of classifier {number} without drawing its batch with sample_batch.",
  "ova_not_the_batch": "{name} computed the loss of {what} on {rows} rows, not on the batch of {drawn} that sample_batch drew: pass X_batch and t_batch to binary_svm_loss.",
  "ova_num_rows": "{name} drew the batches of {what} from {count} rows; its examples are {expected} rows (every row of its classes).",
  "ova_batch_none": "{name} with batch_size=None did not use every example of {what} at every step (pass batch_size on to sample_batch).",
  "ova_returned_shape": "{name} returned {what}; it must return W of shape (D, C) = {expected}.",
  "ova_rates": "{name} called sgd_step with learning rates {rates}; pass on its own learning_rate ({rate:g}).",
  "ova_stale_column": "{name}'s column {number} of W is not the weights of classifier {number} after its last step (store each trained w in its own column, after its last sgd_step).",
  "ova_rng_ignored": "{name} drew different batches for the same rng seed after different np.random.seed calls: pass train's rng to sample_batch.",
  "ova_rng_unused": "{name} drew the same batches for two different rng seeds: pass the rng it is given to sample_batch.",
  "ova_not_a_W": "{name} returned {what}, not a W the grader can predict with.",
  "ova_accuracy": "{name}'s classifiers predict {accuracy:.0%} of three well separated classes correctly after 60 steps each (the grader's prediction rule on its W); expected at least 90%.",
  "scheme_transposed_hint": " (transposed?)",
  "ovo_never_called": "{name} never called binary_svm_loss(w, X_batch, t_batch, reg).",
  "ovo_count": "{name} trained {count} classifiers for C = {classes} classes (a new one starts where w is 0 or not the previous step's sgd_step result); expected {expected}, one per column of W, each from np.zeros(D) for num_iters steps.",
  "ovo_steps": "{name} took {count} steps for {what}; each classifier takes num_iters = {num_iters} steps.",
  "ovo_not_from_zero": "{name} did not start the classifier of {what} from w = 0 (each classifier starts from np.zeros(D), not from the previous one).",
  "ovo_wrong_reg": "{name} called binary_svm_loss with reg={got:g} instead of the reg it was given ({reg:g}).",
  "ovo_reversed": "{name} gave classifier {number} ({what}) the targets the wrong way round (the wrong class as +1): the first class of the pair ({first}) must be +1 and the second ({second}) -1.",
  "ovo_other_column": "{name} trained column {number} for {other}; column {number} is {what} (the order of one_vs_one_pairs for one-vs-one, class c for one-vs-all).",
  "ovo_targets_mismatch": "{name} gave classifier {number} ({what}) targets that do not match the labels of its batch's rows: t must be +1 or -1 by the label of each row.",
  "ovo_no_sample_batch": "{name} computed a step of classifier {number} without drawing its batch with sample_batch.",
  "ovo_not_the_batch": "{name} computed the loss of {what} on {rows} rows, not on the batch of {drawn} that sample_batch drew: pass X_batch and t_batch to binary_svm_loss.",
  "ovo_other_pair_rows": "{name} trained column {number} on the examples of {other}; column {number} is {what} (the order of one_vs_one_pairs).",
  "ovo_other_rows": "{name} trained {what} on rows of other classes (a pair trained on all rows?): a one-vs-one classifier sees the examples of its two classes only.",
  "ovo_num_rows": "{name} drew the batches of {what} from {count} rows; its examples are {expected} rows (every row of its classes).",
  "ovo_batch_none": "{name} with batch_size=None did not use every example of {what} at every step (pass batch_size on to sample_batch).",
  "ovo_returned_shape": "{name} returned {what}; it must return W of shape (D, C(C-1)/2) = {expected}.",
  "ovo_rates": "{name} called sgd_step with learning rates {rates}; pass on its own learning_rate ({rate:g}).",
  "ovo_stale_column": "{name}'s column {number} of W is not the weights of classifier {number} after its last step (store each trained w in its own column, after its last sgd_step).",
  "ovo_rng_ignored": "{name} drew different batches for the same rng seed after different np.random.seed calls: pass train's rng to sample_batch.",
  "ovo_rng_unused": "{name} drew the same batches for two different rng seeds: pass the rng it is given to sample_batch.",
  "ovo_not_a_W": "{name} returned {what}, not a W the grader can predict with.",
  "ovo_accuracy": "{name}'s classifiers predict {accuracy:.0%} of three well separated classes correctly after 60 steps each (the grader's prediction rule on its W); expected at least 90%.",
  "scheme_zero_one": "binary_svm_loss was given targets in {{0, 1}} (labels in {{0, 1}} instead of {{-1, +1}}); the negative side is t = -1",
  "scheme_not_pm": "binary_svm_loss was given targets other than -1 and +1",
  "scheme_w_shape": "binary_svm_loss got w of shape {shape}; one classifier is a vector of shape ({dim},)",
  "scheme_batch_shape": "binary_svm_loss got X {x_shape} and t {t_shape}; expected (B, {dim}) and (B,)",
  "scheme_types": "binary_svm_loss(w, X, t, reg) got arguments of the wrong type",
  "scheme_foreign_rows": "binary_svm_loss got rows that are not rows of X",
  "scheme_reg": "binary_svm_loss got reg={reg!r:.20}; the regularization strength is a number >= 0",
  "scheme_too_many": "binary_svm_loss was called more than {max_steps} times",
  "scheme_crash": "the grader could not use these arguments ({error_type})",
  "scheme_step_args": "sgd_step(W, dW, learning_rate) got arguments of the wrong type or shape",
  "scheme_num_rows": "sample_batch was given {rows!s:.20} rows; expected rows of X",
  "scheme_batch_size": "sample_batch got batch_size={size!s:.20}",
  "scheme_seed": "sample_batch needs a numpy Generator as rng"
 },
 "gates": {
  "svm_loss_naive": {
   "returns_loss_and_gradient": "svm_loss_naive is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "large_regularization": "svm_loss_naive is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "does_not_modify_inputs": "svm_loss_naive is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "independent_of_global_random_state": "svm_loss_naive is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "single_example_two_classes": "svm_loss_naive is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "all_margins_satisfied": "svm_loss_naive is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'."
  },
  "svm_loss_vectorized": {
   "returns_loss_and_gradient": "svm_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "large_regularization": "svm_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "does_not_modify_inputs": "svm_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "independent_of_global_random_state": "svm_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "single_example_two_classes": "svm_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "all_margins_satisfied": "svm_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "has_no_python_loops": "svm_loss_vectorized is not checked for this until it passes 'loss matches the expected value' and 'gradient matches the expected gradient'.",
   "faster_than_naive": "svm_loss_vectorized is not checked for this until it passes 'loss matches the expected value' and 'gradient matches the expected gradient'."
  },
  "squared_hinge_loss_vectorized": {
   "returns_loss_and_gradient": "squared_hinge_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "large_regularization": "squared_hinge_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "does_not_modify_inputs": "squared_hinge_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "independent_of_global_random_state": "squared_hinge_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "single_example_two_classes": "squared_hinge_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "all_margins_satisfied": "squared_hinge_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "has_no_python_loops": "squared_hinge_loss_vectorized is not checked for this until it passes 'loss matches the expected value' and 'gradient matches the expected gradient'."
  },
  "softmax_loss_naive": {
   "returns_loss_and_gradient": "softmax_loss_naive is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "large_regularization": "softmax_loss_naive is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "does_not_modify_inputs": "softmax_loss_naive is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "independent_of_global_random_state": "softmax_loss_naive is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "single_example_two_classes": "softmax_loss_naive is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "stable_for_large_scores": "softmax_loss_naive is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'."
  },
  "softmax_loss_vectorized": {
   "returns_loss_and_gradient": "softmax_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "large_regularization": "softmax_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "does_not_modify_inputs": "softmax_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "independent_of_global_random_state": "softmax_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "single_example_two_classes": "softmax_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "stable_for_large_scores": "softmax_loss_vectorized is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "has_no_python_loops": "softmax_loss_vectorized is not checked for this until it passes 'loss matches the expected value' and 'gradient matches the expected gradient'.",
   "faster_than_naive": "softmax_loss_vectorized is not checked for this until it passes 'loss matches the expected value' and 'gradient matches the expected gradient'."
  },
  "mse_loss": {
   "returns_loss_and_gradient": "mse_loss is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "large_regularization": "mse_loss is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "does_not_modify_inputs": "mse_loss is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "independent_of_global_random_state": "mse_loss is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "single_example_three_outputs": "mse_loss is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "has_no_python_loops": "mse_loss is not checked for this until it passes 'loss matches the expected value' and 'gradient matches the expected gradient'."
  },
  "l2_regularization": {
   "returns_penalty_and_gradient": "l2_regularization is not checked for this until it passes 'penalty matches the expected value' or 'gradient matches the expected gradient'.",
   "does_not_modify_inputs": "l2_regularization is not checked for this until it passes 'penalty matches the expected value' or 'gradient matches the expected gradient'."
  },
  "l1_regularization": {
   "returns_penalty_and_gradient": "l1_regularization is not checked for this until it passes 'penalty matches the expected value' or 'gradient matches the expected gradient'.",
   "does_not_modify_inputs": "l1_regularization is not checked for this until it passes 'penalty matches the expected value' or 'gradient matches the expected gradient'.",
   "subgradient_zero_at_zero": "l1_regularization is not checked for this until it passes 'penalty matches the expected value'."
  },
  "l1_proximal_step": {
   "sets_small_weights_to_exactly_zero": "l1_proximal_step is not checked for this until it passes 'returns sign(W) * max(|W| - learning_rate * reg, 0)'.",
   "proximal_returns_a_new_array": "l1_proximal_step is not checked for this until it passes 'returns sign(W) * max(|W| - learning_rate * reg, 0)'."
  },
  "sample_batch": {
   "uses_the_given_rng": "sample_batch is not checked for this until it passes 'returns batch_size rows of X with their own labels'.",
   "full_batch_when_none": "sample_batch is not checked for this until it passes 'draws from rng: same seed same batch, other seed other batch'.",
   "covers_all_rows": "sample_batch is not checked for this until it passes 'returns batch_size rows of X with their own labels'.",
   "sample_batch_does_not_modify_inputs": "sample_batch is not checked for this until it passes 'draws from rng: same seed same batch, other seed other batch'."
  },
  "sgd_step": {
   "sgd_step_does_not_modify_inputs": "sgd_step is not checked for this until it passes 'returns W - learning_rate * dW'."
  },
  "LinearClassifier.train": {
   "returns_loss_history": "LinearClassifier.train is not checked for this until it passes 'lowers the loss on a separable problem' or 'calls self.loss with its reg, then updates W by W - learning_rate * dW'.",
   "batch_mode_uses_all_examples": "LinearClassifier.train is not checked for this until it passes 'lowers the loss on a separable problem' or 'calls self.loss with its reg, then updates W by W - learning_rate * dW'.",
   "stochastic_mode_uses_one_example": "LinearClassifier.train is not checked for this until it passes 'lowers the loss on a separable problem' or 'calls self.loss with its reg, then updates W by W - learning_rate * dW'.",
   "minibatch_mode_draws_new_batches": "LinearClassifier.train is not checked for this until it passes 'lowers the loss on a separable problem' or 'calls self.loss with its reg, then updates W by W - learning_rate * dW'.",
   "initializes_weights": "LinearClassifier.train is not checked for this until it passes 'lowers the loss on a separable problem' or 'calls self.loss with its reg, then updates W by W - learning_rate * dW'.",
   "reproducible_with_rng": "LinearClassifier.train is not checked for this until it passes 'lowers the loss on a separable problem' or 'calls self.loss with its reg, then updates W by W - learning_rate * dW'."
  },
  "LinearClassifier.train_l1_proximal": {
   "proximal_history": "LinearClassifier.train_l1_proximal is not checked for this until it passes 'each step: self.loss with reg 0, sgd_step on its gradient, then l1_proximal_step(W, learning_rate, reg)'.",
   "proximal_training_reaches_zeros": "LinearClassifier.train_l1_proximal is not checked for this until it passes 'each step: self.loss with reg 0, sgd_step on its gradient, then l1_proximal_step(W, learning_rate, reg)'."
  },
  "LinearClassifier.predict": {
   "returns_integer_labels": "LinearClassifier.predict is not checked for this until it passes 'predicts the class with the highest score, the lowest index on ties'."
  },
  "binary_svm_loss": {
   "returns_loss_and_gradient": "binary_svm_loss is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "single_example": "binary_svm_loss is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "large_regularization": "binary_svm_loss is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "all_margins_satisfied": "binary_svm_loss is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "does_not_modify_inputs": "binary_svm_loss is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "independent_of_global_random_state": "binary_svm_loss is not checked for this until it passes 'loss matches the expected value' or 'gradient matches the expected gradient'.",
   "has_no_python_loops": "binary_svm_loss is not checked for this until it passes 'loss matches the expected value' and 'gradient matches the expected gradient'."
  },
  "train_one_vs_all": {
   "gives_the_targets": "train_one_vs_all is not checked for this until it passes 'trains one classifier per column, each from w = 0 for num_iters steps with train's reg'.",
   "trains_on_the_right_rows": "train_one_vs_all is not checked for this until it passes 'trains one classifier per column, each from w = 0 for num_iters steps with train's reg'.",
   "returns_the_trained_weights": "train_one_vs_all is not checked for this until it passes 'trains one classifier per column, each from w = 0 for num_iters steps with train's reg'.",
   "scheme_reproducible_with_rng": "train_one_vs_all is not checked for this until it passes 'trains one classifier per column, each from w = 0 for num_iters steps with train's reg'.",
   "scheme_learns": "train_one_vs_all is not checked for this until it passes 'trains one classifier per column, each from w = 0 for num_iters steps with train's reg'."
  },
  "train_one_vs_one": {
   "gives_the_targets": "train_one_vs_one is not checked for this until it passes 'trains one classifier per column, each from w = 0 for num_iters steps with train's reg'.",
   "trains_on_the_right_rows": "train_one_vs_one is not checked for this until it passes 'trains one classifier per column, each from w = 0 for num_iters steps with train's reg'.",
   "returns_the_trained_weights": "train_one_vs_one is not checked for this until it passes 'trains one classifier per column, each from w = 0 for num_iters steps with train's reg'.",
   "scheme_reproducible_with_rng": "train_one_vs_one is not checked for this until it passes 'trains one classifier per column, each from w = 0 for num_iters steps with train's reg'.",
   "scheme_learns": "train_one_vs_one is not checked for this until it passes 'trains one classifier per column, each from w = 0 for num_iters steps with train's reg'."
  },
  "one_vs_all_predict": {
   "ova_returns_integer_labels": "one_vs_all_predict is not checked for this until it passes 'predicts the class whose classifier scores highest, the lowest index on ties'."
  },
  "one_vs_one_predict": {
   "ovo_returns_integer_labels": "one_vs_one_predict is not checked for this until it passes 'predicts the class with the most pairwise votes'.",
   "breaks_vote_ties_toward_lowest_class": "one_vs_one_predict is not checked for this until it passes 'predicts the class with the most pairwise votes'.",
   "zero_score_votes_for_first_class": "one_vs_one_predict is not checked for this until it passes 'predicts the class with the most pairwise votes'."
  }
 }
}
""")
