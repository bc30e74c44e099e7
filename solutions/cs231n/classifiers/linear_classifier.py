"""A linear classifier trained by gradient descent, and its SVM and softmax variants.

Conventions:

- ``X`` has shape (N, D), ``y`` has shape (N,) with integer labels in [0, C).
- ``self.W`` has shape (D, C); it is created on the first call to ``train``
  with small random values, ``0.001 * standard normal``.
- ``train`` runs ``num_iters`` steps. Each step draws a batch with
  ``sample_batch`` (``batch_size=None`` for batch gradient descent, 1 for
  stochastic, anything else for minibatch), computes the loss and gradient
  with ``self.loss`` and moves the weights with ``sgd_step``.
- Randomness comes from ``rng`` (a ``numpy.random.Generator``), so a seed
  reproduces a run exactly; the global ``np.random`` state is not used.
"""

import numpy as np

from ..optim import sample_batch, sgd_step
from ..regularization import l1_proximal_step
from ..validation import check_labels, check_training_data, check_weights_and_data


class LinearClassifier:
    """Base class: subclasses say which loss to minimise by overriding ``loss``."""

    def __init__(self):
        self.W = None

    def train(
        self,
        X,
        y,
        learning_rate=1e-3,
        reg=1e-5,
        num_iters=100,
        batch_size=200,
        verbose=False,
        rng=None,
    ):
        """Train this linear classifier with (stochastic) gradient descent.

        Parameters
        ----------
        X : ndarray, shape (N, D)
            Training data, one example per row.
        y : ndarray, shape (N,)
            Integer labels in [0, C).
        learning_rate : float
            Step size of each update.
        reg : float
            L2 regularization strength, passed to ``self.loss``.
        num_iters : int
            Number of steps to take.
        batch_size : int or None
            Examples per step: None for batch gradient descent (all N),
            1 for stochastic gradient descent, B for minibatches of B.
        verbose : bool
            If True, print the loss every 100 steps.
        rng : numpy.random.Generator or None
            Source of randomness for the initial weights and the batches;
            None makes a fresh unseeded one.

        Returns
        -------
        loss_history : list of float, length num_iters
            The loss of each step, before its update.
        """
        check_training_data("LinearClassifier.train", X, y)
        if rng is None:
            rng = np.random.default_rng()
        if self.W is None:
            # lazily initialize W with small random numbers; y takes values 0...C-1
            num_classes = int(np.max(y)) + 1
            self.W = 0.001 * rng.standard_normal((X.shape[1], num_classes))
        check_weights_and_data("LinearClassifier.train", self.W, X)
        check_labels("LinearClassifier.train", y, X.shape[0], self.W.shape[1])

        loss_history = []
        for it in range(num_iters):
            #########################################################################
            # TODO:                                                                 #
            # One step of gradient descent:                                         #
            # 1. draw X_batch, y_batch with sample_batch(X, y, batch_size, rng);    #
            # 2. loss, grad = self.loss(X_batch, y_batch, reg), with train's reg;   #
            #    append the loss to loss_history as a float;                        #
            # 3. move the weights: self.W = sgd_step(self.W, grad, learning_rate).  #
            #########################################################################
            ### BEGIN SOLUTION
            X_batch, y_batch = sample_batch(X, y, batch_size, rng)
            loss, grad = self.loss(X_batch, y_batch, reg)
            loss_history.append(float(loss))
            self.W = sgd_step(self.W, grad, learning_rate)
            ### END SOLUTION

            if verbose and it % 100 == 0:
                print("iteration %d / %d: loss %f" % (it, num_iters, loss_history[-1]))

        return loss_history

    def train_l1_proximal(self, X, y, learning_rate=1e-3, reg=1e-5, num_iters=100, batch_size=200, rng=None):
        """Train with an L1 penalty by proximal gradient descent: weights reach exactly 0.

        Every step takes a gradient step on the data loss alone (``self.loss``
        with reg 0), then the proximal step of ``reg * np.sum(np.abs(W))``,
        ``l1_proximal_step(W, learning_rate, reg)``. Batches and the initial
        weights are drawn as in ``train``.

        Parameters
        ----------
        X, y, learning_rate, num_iters, batch_size, rng
            As in ``train``.
        reg : float
            L1 regularization strength, passed to ``l1_proximal_step`` (never
            to ``self.loss``).

        Returns
        -------
        loss_history : list of float, length num_iters
            The data loss of each step plus ``reg * np.sum(np.abs(W))``, before
            its update.
        """
        check_training_data("LinearClassifier.train_l1_proximal", X, y)
        if rng is None:
            rng = np.random.default_rng()
        if self.W is None:
            self.W = 0.001 * rng.standard_normal((X.shape[1], int(np.max(y)) + 1))
        check_weights_and_data("LinearClassifier.train_l1_proximal", self.W, X)
        check_labels("LinearClassifier.train_l1_proximal", y, X.shape[0], self.W.shape[1])

        history = []
        for _ in range(num_iters):
            #########################################################################
            # TODO:                                                                 #
            # One step of proximal gradient descent:                                #
            # 1. draw a batch with sample_batch(X, y, batch_size, rng);             #
            # 2. the data loss and its gradient: self.loss(X_batch, y_batch, 0.0);  #
            #    append the data loss + reg * np.sum(np.abs(self.W)) to history;    #
            # 3. a gradient step on the data loss with sgd_step, and then           #
            # 4. the proximal step of L1: l1_proximal_step(W, learning_rate, reg).  #
            #########################################################################
            ### BEGIN SOLUTION
            X_batch, y_batch = sample_batch(X, y, batch_size, rng=rng)
            data_loss, data_grad = self.loss(X_batch, y_batch, 0.0)
            history.append(float(data_loss) + reg * float(np.sum(np.abs(self.W))))
            stepped = sgd_step(self.W, data_grad, learning_rate)
            self.W = l1_proximal_step(stepped, learning_rate, reg)
            ### END SOLUTION

        return history

    def predict(self, X):
        """Predict a label for each row of X with the trained weights.

        Parameters
        ----------
        X : ndarray, shape (N, D)
            Data, one example per row.

        Returns
        -------
        y_pred : ndarray of int, shape (N,)
            ``y_pred[i]`` is the class with the highest score for ``X[i]``
            (the lowest class index wins a tie).
        """
        if self.W is None:
            raise RuntimeError("predict: the classifier has no weights yet; call train first.")
        check_weights_and_data("LinearClassifier.predict", self.W, X)

        #############################################################################
        # TODO:                                                                     #
        # Store in y_pred, an integer array of shape (N,), the predicted class of   #
        # each row of X: the class with the highest score in X.dot(self.W), the     #
        # lowest class index on a tie.                                              #
        #############################################################################
        ### BEGIN SOLUTION
        scores = X.dot(self.W)
        y_pred = np.argmax(scores, axis=1)
        ### END SOLUTION

        return y_pred

    def loss(self, X_batch, y_batch, reg):
        """Loss and gradient on a minibatch. Subclasses override this.

        Parameters
        ----------
        X_batch : ndarray, shape (B, D)
            A minibatch of B examples.
        y_batch : ndarray, shape (B,)
            Their labels.
        reg : float
            Regularization strength.

        Returns
        -------
        loss : float
        dW : ndarray, shape (D, C), the gradient with respect to self.W
        """
        raise NotImplementedError("LinearClassifier.loss: use a subclass such as LinearSVM or Softmax.")


class LinearSVM(LinearClassifier):
    """A linear classifier that minimises the multiclass SVM (hinge) loss."""

    def loss(self, X_batch, y_batch, reg):
        # imported here, so that a mistake in linear_svm.py cannot break LinearClassifier itself
        from .linear_svm import svm_loss_vectorized

        return svm_loss_vectorized(self.W, X_batch, y_batch, reg)


class Softmax(LinearClassifier):
    """A linear classifier that minimises the softmax (cross-entropy) loss."""

    def loss(self, X_batch, y_batch, reg):
        # imported here, so that a mistake in softmax.py cannot break LinearClassifier itself
        from .softmax import softmax_loss_vectorized

        return softmax_loss_vectorized(self.W, X_batch, y_batch, reg)
