# %% [markdown]
# # Optimization and regularization
#
# In this notebook you will
#
# - write the two building blocks of gradient descent, `sample_batch` and `sgd_step`
#   (`cs231n/optim.py`), and compare batch, stochastic and minibatch gradient descent;
# - write the L2 and L1 penalties (`cs231n/regularization.py`) and see what each does to the weights,
#   and how the strength lambda trades training accuracy for smaller weights;
# - write the mean squared error (`cs231n/classifiers/linear_regression.py`) and fit a small regression;
# - combine binary classifiers into a multiclass one, one-vs-all against one-vs-one
#   (`cs231n/classifiers/multiclass.py`).
#
# The softmax loss comes from your `softmax_loss_vectorized` (softmax notebook). Each section ends
# with a check: run it, and do not move on until it passes. Where you get stuck, open the hints below
# the section one at a time.

# %%
# Setup: reload your modules when you edit them, so that you never run stale code.
# %load_ext autoreload
# %autoreload 2

import os

# One BLAS thread: this notebook's many small matrix products run several times faster than with
# threads competing for the cores. It only works before numpy is first imported (restart the kernel).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
if not os.path.isdir("cs231n"):  # the package is imported from the folder the notebook runs in
    raise RuntimeError(f"there is no cs231n folder in {os.getcwd()}: start Jupyter in the assignment's folder "
                       "(the one with this notebook and cs231n/), or os.chdir() there in this cell first.")

import time

import matplotlib.pyplot as plt
import numpy as np

from cs231n.classifiers.softmax import softmax_loss_vectorized
from cs231n.data_utils import default_cifar10_dir, get_CIFAR10_data, label_names, load_CIFAR10
from cs231n.gradient_check import grad_check_sparse, rel_error

plt.rcParams["figure.figsize"] = (10.0, 6.0)

# %% [markdown]
# ## The problem
#
# A softmax classifier on 1000 training images. The pixels are divided by 128 (after the mean is
# subtracted) so that step sizes around 1e-2 work; the bias column stays 1. The data is the same as
# in the other notebooks: the folder in `CIFAR10_DIR` if you set it, else the toy CIFAR-10 (made on
# first use).

# %%
cifar10_dir = default_cifar10_dir()
data = get_CIFAR10_data(cifar10_dir, num_training=1000, num_validation=1000, num_test=10, num_dev=10, seed=0)
classes = label_names(cifar10_dir)
num_classes = len(classes)


def scaled(X):
    """X with every pixel column divided by 128; the bias column is left at 1."""
    X = X.copy()
    X[:, :-1] /= 128.0
    return X


X_train, y_train = scaled(data["X_train"]), data["y_train"]
X_val, y_val = scaled(data["X_val"]), data["y_val"]
print("training:", X_train.shape, "validation:", X_val.shape)

# %% [markdown]
# ## Minibatches and steps
#
# Write `sample_batch(X, y, batch_size, rng)`: `batch_size` rows drawn at random with `rng` (with or
# without replacement; a `batch_size` larger than N must work), each with its own label, or all of `X`
# and `y`, in order, when `batch_size` is None. Then write `sgd_step(W, dW, learning_rate)`, which
# returns the new weights without modifying `W` or `dW`.
#
# <details><summary><b>Hint 1</b>: drawing rows</summary>
#
# Draw row indices, then index `X` and `y` with the same indices, so that each row keeps its label.
# `rng.choice(N, size=B)` draws B indices in 0..N-1 with replacement (any B);
# `rng.choice(N, size=B, replace=False)` draws distinct ones (B <= N only). Use the `rng` you are
# given, never `np.random`: the same seed must give the same batch.
#
# </details>
#
# <details><summary><b>Hint 2</b>: a new array, not a modified one</summary>
#
# `W - learning_rate * dW` builds a new array; `W -= learning_rate * dW` changes the caller's `W` in
# place, which `sgd_step` must not do.
#
# </details>

# %%
from cs231n.optim import sample_batch, sgd_step

X_batch, y_batch = sample_batch(X_train, y_train, 5, np.random.default_rng(0))
print("a batch of 5:", X_batch.shape, y_batch)
X_full, y_full = sample_batch(X_train, y_train, None, np.random.default_rng(0))
W = np.ones((3, 2))
W_new = sgd_step(W, np.full((3, 2), 2.0), 0.25)
print("one step from ones with gradient 2 and learning rate 0.25:\n", W_new)

# %%
# Check: the rows come with their own labels; None is the full batch, in order; a batch larger than N
# works; the same seed gives the same batch; a step is W - lr * dW, on a copy.
rows = [np.flatnonzero((X_train == row).all(axis=1))[0] for row in X_batch]
assert X_batch.shape == (5, X_train.shape[1]) and np.array_equal(y_train[rows], y_batch)
assert X_full.shape == X_train.shape and np.array_equal(X_full, X_train) and np.array_equal(y_full, y_train)
X_tiny, y_tiny = np.arange(12.0).reshape(4, 3), np.arange(4)
X_big, y_big = sample_batch(X_tiny, y_tiny, 10, np.random.default_rng(1))
assert X_big.shape == (10, 3) and np.array_equal(X_big[:, 0] / 3, y_big), "batch_size > N must work"
assert np.array_equal(sample_batch(X_tiny, y_tiny, 3, np.random.default_rng(2))[1],
                      sample_batch(X_tiny, y_tiny, 3, np.random.default_rng(2))[1]), "draw with rng"
assert np.allclose(W_new, 0.5) and np.all(W == 1), "sgd_step must return W - lr * dW and leave W alone"
print("OK: sample_batch and sgd_step work.")

# %% autograde=sample_batch

# %% autograde=sgd_step

# %% [markdown]
# ## Batch, stochastic and minibatch gradient descent
#
# Run the same number of steps with the same learning rate, from the same starting weights, with
# three batch sizes: all 1000 examples (batch gradient descent), one example (stochastic gradient
# descent) and 50 examples (minibatch). Every few steps, measure the loss on the whole training set
# (outside the timed part), and compare the curves against the steps taken and against the time spent.

# %%
W0 = 0.001 * np.random.default_rng(0).standard_normal((X_train.shape[1], num_classes))
methods = {"batch (N=1000)": None, "stochastic (1)": 1, "minibatch (50)": 50}
num_steps, learning_rate, every = 100, 1e-2, 5


def descend(batch_size, penalty=None, lam=0.0, steps=num_steps, every=every, seed=1):
    """Gradient descent on the softmax loss.

    Returns W, the (step, seconds) checkpoints, the loss on the whole training set at each
    checkpoint (every `every` steps), and the seconds spent in the steps themselves.
    """
    rng, W = np.random.default_rng(seed), W0.copy()
    checkpoints, losses, spent = [], [], 0.0
    for step in range(steps + 1):
        if step % every == 0:
            checkpoints.append((step, spent))
            losses.append(softmax_loss_vectorized(W, X_train, y_train, 0.0)[0])
        if step == steps:
            break
        started = time.perf_counter()
        X_batch, y_batch = sample_batch(X_train, y_train, batch_size, rng)
        loss, dW = softmax_loss_vectorized(W, X_batch, y_batch, 0.0)
        if penalty is not None:
            dW = dW + penalty(W, lam)[1]
        W = sgd_step(W, dW, learning_rate)
        spent += time.perf_counter() - started
    return W, np.array(checkpoints), np.array(losses), spent


runs = {name: descend(batch_size) for name, batch_size in methods.items()}

figure, (by_step, by_time) = plt.subplots(1, 2, figsize=(12, 4))
for name, (W, checkpoints, losses, spent) in runs.items():
    by_step.plot(checkpoints[:, 0], losses, label=name)
    by_time.plot(checkpoints[:, 1], losses, label=name)
    print("%-16s final training loss %.3f after %.2fs" % (name, losses[-1], spent))
by_step.set_xlabel("steps")
by_time.set_xlabel("seconds of computation")
by_time.set_xscale("log")
for ax in (by_step, by_time):
    ax.set_ylabel("loss on the whole training set")
    ax.legend()
figure.suptitle("Softmax trained by gradient descent with three batch sizes")
plt.show()

# %%
# Check: every method lowers the training loss (stochastic steps are noisy: average its last few).
for name, (W, checkpoints, losses, spent) in runs.items():
    assert np.mean(losses[-5:]) < losses[0], f"{name}: the loss went from {losses[0]:.3f} to {losses[-1]:.3f}"
print("OK: all three descend.")

# %% [markdown]
# **Inline question 1.** Per step, which method lowers the loss most, and which per second? Why is
# the stochastic curve so noisy, and why is a minibatch usually the best compromise?
#
# *Your answer (2 points, graded by hand): the two winners read off your curves, the cause of the
# noise, and the trade-off; a few sentences.*

# %% [markdown] answer=batch_sizes points=2
# **Your answer:**
# ### BEGIN SOLUTION
# Per step, batch gradient descent is best: it follows the exact gradient, and the minibatch of 50 is
# almost as good. Per second, the minibatch wins: each of its steps costs 1/20 of a full-batch step
# for a gradient almost as good. The stochastic gradient of a single example is a very noisy estimate
# of the full gradient (its variance is 50 times a minibatch's), so its steps often go the wrong way
# and the loss jumps about; its steps are cheap but poorly use the vectorized hardware. A minibatch
# averages out most of the noise while costing far less than the full batch.
# ### END SOLUTION

# %% [markdown]
# ## L2 and L1 regularization
#
# Write `l2_regularization(W, reg)` (`reg * sum(W**2)`, gradient `2 * reg * W`) and
# `l1_regularization(W, reg)` (`reg * sum(|W|)`, subgradient `reg * sign(W)`, 0 at 0).
#
# <details><summary><b>Hint</b>: the subgradient at 0</summary>
#
# Look at what `np.sign` returns for 0. `W / np.abs(W)` would give `nan` there.
#
# </details>

# %%
from cs231n.regularization import l1_regularization, l2_regularization

W = np.array([[1.0, -2.0], [0.0, 0.5]])
print("L2:", l2_regularization(W, 0.1))
print("L1:", l1_regularization(W, 0.1))

# %%
# Check: the penalties and their (sub)gradients, numerically too.
penalty, grad = l2_regularization(W, 0.1)
assert np.isclose(penalty, 0.1 * 5.25) and np.allclose(grad, 0.2 * W)
penalty, grad = l1_regularization(W, 0.1)
assert np.isclose(penalty, 0.1 * 3.5) and np.allclose(grad, 0.1 * np.sign(W)) and grad[1, 0] == 0
W_random = np.random.default_rng(0).standard_normal((5, 3))
for function in (l1_regularization, l2_regularization):
    errors = grad_check_sparse(lambda w: function(w, 0.3)[0], W_random, function(W_random, 0.3)[1],
                               num_checks=5, seed=0, verbose=False)
    assert np.all(errors < 1e-7), f"{function.__name__}: gradient check errors {errors}"
print("OK: both penalties and their gradients.")

# %% autograde=l2_regularization

# %% autograde=l1_regularization

# %% [markdown]
# Train the same softmax classifier twice with minibatches, once with an L2 penalty and once with an
# L1 penalty of similar strength, and count the weights that end up near zero (|w| < 1e-3).

# %%
near_zero = 1e-3
penalties = {"L2, lambda=0.1": (l2_regularization, 0.1), "L1, lambda=0.005": (l1_regularization, 0.005)}
trained = {}
for name, (function, lam) in penalties.items():
    W = descend(50, penalty=function, lam=lam, steps=400, every=400)[0]
    pixels = W[:-1]
    trained[name] = pixels
    accuracy = np.mean(np.argmax(X_val.dot(W), axis=1) == y_val)
    print("%-17s weights near zero: %5.1f%%, validation accuracy %.3f"
          % (name, 100 * np.mean(np.abs(pixels) < near_zero), accuracy))

figure, axes = plt.subplots(2, 6, figsize=(13, 5))
for row, (name, pixels) in zip(axes, trained.items()):
    templates = pixels.reshape(32, 32, 3, num_classes)
    scale = np.abs(templates).max()
    for c, ax in enumerate(row[:5]):
        ax.imshow(0.5 + 0.5 * templates[:, :, :, c] / scale)
        ax.set_title(f"{name.split(',')[0]}: {classes[c]}", fontsize=9)
        ax.axis("off")
    row[5].hist(np.abs(pixels).ravel(), bins=np.logspace(-7, 0, 40))
    row[5].set_xscale("log")
    row[5].set_xlabel("|w|")
    row[5].set_ylabel("number of weights")
    row[5].set_title(f"{name.split(',')[0]}: magnitudes", fontsize=9)
figure.suptitle("Weights learned with an L2 penalty (top) and an L1 penalty (bottom)")
plt.show()

# %%
# Check: L1 leaves many more weights near zero than L2.
l2_zeros, l1_zeros = (np.mean(np.abs(pixels) < near_zero) for pixels in trained.values())
assert l1_zeros > 2 * l2_zeros, f"near-zero weights: L1 {l1_zeros:.1%}, L2 {l2_zeros:.1%}"
print("OK: L1 makes the weights sparse.")

# %% [markdown]
# **Inline question 2.** What does L1 regularization do to the weights that L2 does not, and why?
# Explain with the gradients of the two penalties near w = 0.
#
# *Your answer (2 points, graded by hand): the effect on the weights, and the argument from the two
# gradients near 0; a few sentences.*

# %% [markdown] answer=l1_vs_l2 points=2
# **Your answer:**
# ### BEGIN SOLUTION
# L1 drives many weights to (almost exactly) zero, giving sparse weights; L2 only shrinks them, and
# spreads the weight over many small values. The L2 gradient, 2 * lambda * w, vanishes as w goes to
# 0, so a small weight is barely pushed further and never quite reaches 0. The L1 subgradient,
# lambda * sign(w), keeps the same size however small w is, so every weight that the data does not
# defend with a gradient larger than lambda is pushed all the way to 0 (with subgradient steps it
# then hovers within about learning_rate * lambda of 0). L1 thus selects a few useful inputs.
# ### END SOLUTION

# %% [markdown]
# ## The strength of the penalty
#
# Train with L2 penalties from very weak to very strong, and watch the accuracies and the size of the
# weights.

# %%
lambdas = [1e-3, 1e-2, 1e-1, 1.0, 10.0]
sweep = []
for lam in lambdas:
    W = descend(50, penalty=l2_regularization, lam=lam, steps=150, every=150)[0]
    sweep.append((np.mean(np.argmax(X_train.dot(W), axis=1) == y_train),
                  np.mean(np.argmax(X_val.dot(W), axis=1) == y_val),
                  np.linalg.norm(W[:-1])))
sweep = np.array(sweep)

figure, (accuracy_axis, norm_axis) = plt.subplots(1, 2, figsize=(12, 4))
accuracy_axis.semilogx(lambdas, sweep[:, 0], "o-", label="training")
accuracy_axis.semilogx(lambdas, sweep[:, 1], "o-", label="validation")
accuracy_axis.set_xlabel("lambda (L2)")
accuracy_axis.set_ylabel("accuracy")
accuracy_axis.legend()
norm_axis.loglog(lambdas, sweep[:, 2], "o-")
norm_axis.set_xlabel("lambda (L2)")
norm_axis.set_ylabel("||W|| (Frobenius, without the bias)")
figure.suptitle("The effect of the regularization strength")
plt.show()

# %%
# Check: a stronger penalty gives smaller weights.
assert np.all(np.diff(sweep[:, 2]) < 0), f"weight norms {sweep[:, 2]} should fall as lambda grows"
print("OK: lambda shrinks the weights.")

# %% [markdown]
# ## Mean squared error: a small regression
#
# Write `mse_loss(W, X, y, reg)`: `sum((X W - y)**2) / N + reg * sum(W**2)`. Then fit a linear
# regression with two outputs by gradient descent and compare with the least-squares solution.
#
# <details><summary><b>Hint 1</b>: the residuals</summary>
#
# With the residuals `r = X.dot(W) - y`, shape (N, K), the data loss is `np.sum(r * r) / N`. Its
# derivative with respect to `r` is `2 * r / N`.
#
# </details>
#
# <details><summary><b>Hint 2</b>: the chain rule through a matrix product</summary>
#
# If a loss depends on `W` through `r = X.dot(W)`, and `G` is its derivative with respect to `r`,
# then its derivative with respect to `W` is `X.T.dot(G)`, shape (D, K).
#
# </details>
#
# <details><summary><b>Recipe</b></summary>
#
# `dW` is twice `X.T.dot(r)` divided by N, plus `2 * reg * W`; the loss is the sum of the squared
# residuals divided by N, plus `reg * np.sum(W * W)`.
#
# </details>

# %%
from cs231n.classifiers.linear_regression import mse_loss

rng = np.random.default_rng(0)
X_reg = np.hstack([rng.uniform(-1, 1, (200, 3)), np.ones((200, 1))])
W_true = np.array([[2.0, -1.0], [0.5, 0.0], [-1.5, 1.0], [0.3, 2.0]])
y_reg = X_reg.dot(W_true) + 0.1 * rng.standard_normal((200, 2))

W_fit, mse_history = np.zeros((4, 2)), []
for step in range(500):
    loss, dW = mse_loss(W_fit, X_reg, y_reg, 0.0)
    mse_history.append(loss)
    W_fit = sgd_step(W_fit, dW, 0.2)
W_exact = np.linalg.lstsq(X_reg, y_reg, rcond=None)[0]
print("gradient descent:\n", W_fit.round(3), "\nleast squares:\n", W_exact.round(3))

figure, (curve, fit) = plt.subplots(1, 2, figsize=(12, 4))
curve.semilogy(mse_history)
curve.set_xlabel("step")
curve.set_ylabel("mean squared error")
curve.set_title("Gradient descent on the MSE")
predictions = X_reg.dot(W_fit)
for k in range(2):
    fit.scatter(y_reg[:, k], predictions[:, k], s=8, label=f"output {k}")
fit.plot([y_reg.min(), y_reg.max()], [y_reg.min(), y_reg.max()], "k--", label="perfect fit")
fit.set_xlabel("target")
fit.set_ylabel("prediction")
fit.set_title("Predictions against targets")
fit.legend()
plt.show()

# %%
# Check: the gradient is right, and gradient descent reaches the least-squares solution.
errors = grad_check_sparse(lambda w: mse_loss(w, X_reg, y_reg, 0.1)[0], W_true.copy(),
                           mse_loss(W_true, X_reg, y_reg, 0.1)[1], num_checks=5, seed=0, verbose=False)
assert np.all(errors < 1e-6), f"mse_loss gradient check errors {errors}"
assert rel_error(W_fit, W_exact) < 1e-3, "gradient descent should converge to the least-squares solution"
print("OK: mse_loss fits the regression.")

# %% autograde=mse_loss

# %% [markdown]
# ## One-vs-all against one-vs-one
#
# Any binary classifier can be turned into a multiclass one. Here the binary classifiers are
# least-squares classifiers: fit a score of +1 on one side and -1 on the other with your `mse_loss`
# (plus a little L2), in closed form, on 8x8 thumbnails of the images (192 numbers and a bias).
#
# - One-vs-all: C classifiers, class c against all others; predict the highest score.
# - One-vs-one: C(C-1)/2 classifiers, one per pair (i, j); each votes, the most votes win.
#
# Write `one_vs_all_predict` and `one_vs_one_predict` in `cs231n/classifiers/multiclass.py`.
#
# <details><summary><b>Hint 1</b>: the winner of every pair</summary>
#
# `pairs = one_vs_one_pairs(C)` has one row `(i, j)` per classifier. `np.where(condition, a, b)`
# picks from `a` where the condition holds and from `b` elsewhere, broadcasting a row of pair
# members against an (N, P) matrix of scores: the winners, shape (N, P).
#
# </details>
#
# <details><summary><b>Hint 2</b>: counting votes</summary>
#
# Count, for each example, how often each class wins: a loop over the P pairs adding 1 to the
# winner's column of a (N, C) table of zeros; or `np.add.at` on that table; or compare the winners
# with `np.arange(C)` (one more axis) and sum. `np.argmax` of each row then breaks ties toward the
# lowest class.
#
# </details>

# %%
from cs231n.classifiers.multiclass import one_vs_all_predict, one_vs_one_pairs, one_vs_one_predict

X_raw, y_raw, _, _ = load_CIFAR10(cifar10_dir)


def thumbnails(images):
    """8x8 colour thumbnails (average of 4x4 blocks), one row of 192 numbers per image."""
    return images.reshape(len(images), 8, 4, 8, 4, 3).mean(axis=(2, 4)).reshape(len(images), -1)


features = thumbnails(X_raw)
features = (features - features[:4000].mean(axis=0)) / 64.0
features = np.hstack([features, np.ones((len(features), 1))])
F_train, t_train, F_val, t_val = features[:4000], y_raw[:4000], features[4000:5000], y_raw[4000:5000]
ridge = 1e-3


def least_squares(X, targets):
    """The W that minimises mse_loss(W, X, targets, ridge): (X^T X / N + ridge I) W = X^T targets / N."""
    n, d = X.shape
    return np.linalg.solve(X.T.dot(X) / n + ridge * np.eye(d), X.T.dot(targets) / n)


one_hot = np.where(t_train[:, None] == np.arange(num_classes), 1.0, -1.0)
W_ova = least_squares(F_train, one_hot)

pairs = one_vs_one_pairs(num_classes)
W_ovo = np.zeros((F_train.shape[1], len(pairs)))
for p, (i, j) in enumerate(pairs):
    rows = (t_train == i) | (t_train == j)
    W_ovo[:, p] = least_squares(F_train[rows], np.where(t_train[rows] == i, 1.0, -1.0))

accuracy_ova = np.mean(one_vs_all_predict(W_ova, F_val) == t_val)
accuracy_ovo = np.mean(one_vs_one_predict(W_ovo, F_val, num_classes) == t_val)
print("one-vs-all: %d classifiers, validation accuracy %.3f" % (W_ova.shape[1], accuracy_ova))
print("one-vs-one: %d classifiers, validation accuracy %.3f" % (W_ovo.shape[1], accuracy_ovo))

plt.figure(figsize=(5, 4))
plt.bar(["one-vs-all", "one-vs-one"], [accuracy_ova, accuracy_ovo])
plt.axhline(1.0 / num_classes, color="k", linestyle="--", label="chance")
plt.ylabel("validation accuracy")
plt.title("Least-squares classifiers on 8x8 thumbnails")
plt.legend()
plt.show()

# %%
# Check: the closed form is where your mse_loss has zero gradient; both schemes beat chance.
gradient_at_solution = mse_loss(W_ova, F_train, one_hot, ridge)[1]
assert np.abs(gradient_at_solution).max() < 1e-8, "mse_loss should have a zero gradient at the least-squares W"
assert accuracy_ova > 0.2 and accuracy_ovo > 0.2, "both schemes should beat chance (10%) by far"
print("OK: one-vs-all and one-vs-one both work.")

# %% autograde=one_vs_all_predict

# %% autograde=one_vs_one_predict
