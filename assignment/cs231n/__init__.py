"""The loss-functions-and-optimization exercise kit (CS231n lecture 3).

Modules keep CS231n assignment 1's paths so that its habits carry over:
``classifiers/linear_svm.py``, ``classifiers/softmax.py``,
``classifiers/linear_classifier.py``, ``gradient_check.py`` and
``data_utils.py``. This kit adds ``classifiers/linear_regression.py`` (MSE),
``classifiers/multiclass.py`` (one-vs-all, one-vs-one), ``regularization.py``
(L1, L2) and ``optim.py`` (minibatches and the SGD step).

Import what you need from its module, for example
``from cs231n.classifiers.linear_svm import svm_loss_naive``.
"""
