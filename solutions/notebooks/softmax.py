# %% [markdown]
# # Softmax classifier
#
# The same arc as the SVM notebook, for softmax regression and the cross-entropy loss:
#
# - write the softmax loss and its gradient with loops (`softmax_loss_naive`), then without
#   (`softmax_loss_vectorized`), and check the gradient numerically;
# - make sure the loss stays finite for large scores;
# - train a softmax classifier with SGD, tune it on the validation set, and look at its weights.
#
# Your code goes in `cs231n/classifiers/softmax.py`, between `START OF YOUR CODE` and
# `END OF YOUR CODE`; `LinearClassifier.train` and `predict` come from the SVM notebook. Each section
# ends with a check: run it, and do not move on until it passes. Where you get stuck, open the hints
# below the section one at a time (Hint 1, Hint 2, then the recipe).

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

from cs231n.data_utils import default_cifar10_dir, get_CIFAR10_data, label_names
from cs231n.gradient_check import grad_check_sparse, rel_error

plt.rcParams["figure.figsize"] = (10.0, 8.0)
plt.rcParams["image.interpolation"] = "nearest"

# %% [markdown]
# ## Load and preprocess the data
#
# `get_CIFAR10_data` does everything the SVM notebook did step by step: split, flatten, subtract the
# mean training image, append the bias column. The data is the same as there: the folder in
# `CIFAR10_DIR` if you set it, else the toy CIFAR-10 (made on first use).

# %%
cifar10_dir = default_cifar10_dir()
data = get_CIFAR10_data(cifar10_dir, num_validation=1000, num_test=1000, num_dev=500, seed=0)
X_train, y_train = data["X_train"], data["y_train"]
X_val, y_val = data["X_val"], data["y_val"]
X_test, y_test = data["X_test"], data["y_test"]
X_dev, y_dev = data["X_dev"], data["y_dev"]
classes = label_names(cifar10_dir)
num_classes = len(classes)
for name, array in data.items():
    print(name, array.shape)

# %%
# Check: rows of 3073 numbers, the last one the bias.
assert X_train.shape[1] == X_dev.shape[1] == 3073 and np.all(X_dev[:, -1] == 1)
print("OK: the data is ready.")

# %% [markdown]
# ## The softmax loss, with loops
#
# Write `softmax_loss_naive`. With a tiny random `W` (standard deviation 1e-4) the scores on these
# images have a standard deviation sigma of about 0.25 (the cell prints it): all scores are close to
# each other, every class gets a probability of about 1/C, and the loss should be close to
# -log(1/C) = log(10) = 2.303. More precisely it averages about `log(C) + sigma**2 (1 - 1/C) / 2`; the
# check asks for that within 0.1, while sigma stays below 0.5.
#
# <details><summary><b>Hint 1</b>: a loss that stays finite</summary>
#
# Subtracting the same number from every score of an example changes no probability. Subtract the
# example's largest score: every exponent is then at most 0, so `exp` cannot overflow, and the sum of
# the exponentials is at least 1. Then write the log of the correct class's probability as a
# difference of two logs, instead of taking the log of a probability that may have rounded to 0: see
# the numerical stability section below.
#
# </details>
#
# <details><summary><b>Hint 2</b>: the gradient</summary>
#
# The derivative of `L_i` with respect to the score `s[j]` is `p[j]` minus 1 if `j == y[i]` (and minus
# 0 otherwise), and `s[j] = X[i].dot(W[:, j])` depends on column j of `W` only.
#
# </details>
#
# <details><summary><b>Recipe</b>: the whole derivation</summary>
#
# For each example: its scores, minus their maximum; the log of the sum of their exponentials,
# `log_sum`; the loss adds `log_sum` minus the correct class's shifted score (that is `-log p[y[i]]`,
# finite even when `p[y[i]]` rounds to 0). Then, for each class j, `p[j]` is the exponential of the
# shifted score minus `log_sum`, and column j of `dW` adds `(p[j] - 1)` times `X[i]` for the correct
# class, `p[j]` times `X[i]` for the others. After the loops divide the loss and `dW` by N, then add
# `reg * np.sum(W * W)` and `2 * reg * W`.
#
# </details>

# %%
from cs231n.classifiers.softmax import softmax_loss_naive

rng = np.random.default_rng(231)
W = rng.standard_normal((3073, num_classes)) * 0.0001
loss, grad = softmax_loss_naive(W, X_dev, y_dev, 0.0)
score_std = X_dev.dot(W).std()
expected = np.log(num_classes) + score_std**2 * (1 - 1 / num_classes) / 2
print("loss: %f" % loss)
print("sanity check: -log(0.1) = %f; for scores of standard deviation %.3f expect about %f"
      % (-np.log(0.1), score_std, expected))

# %%
# Check: the initial loss is close to -log(0.1) = 2.303, for scores small next to 1.
assert score_std < 0.5, f"scores with a standard deviation of {score_std:.2f}: this check needs a smaller W"
assert abs(loss - expected) < 0.1, f"loss {loss:.3f} is far from {expected:.3f}"
print("OK: the initial loss is about -log(0.1).")

# %% [markdown]
# **Inline question 1.** Why do we expect the initial loss to be close to -log(0.1)? Explain briefly.
#
# *Your answer (2 points, graded by hand): what the scores and the probabilities are at the start,
# and how that gives -log(0.1); two or three sentences.*

# %% [markdown] answer=initial_softmax_loss points=2
# **Your answer:**
# ### BEGIN SOLUTION
# With W close to 0 every score is close to 0, so exp(s_j) is about 1 for every class and the softmax
# gives each of the C = 10 classes a probability of about 1/10. The loss of each example is
# -log(p_correct), about -log(0.1) = 2.303, and so is the average; the regularization of a tiny W is
# negligible.
# ### END SOLUTION

# %% [markdown]
# ### Gradient check

# %%
f = lambda w: softmax_loss_naive(w, X_dev, y_dev, 0.0)[0]
errors_no_reg = grad_check_sparse(f, W, grad, num_checks=10, seed=0)

print("with regularization:")
loss, grad = softmax_loss_naive(W, X_dev, y_dev, 5e1)
f = lambda w: softmax_loss_naive(w, X_dev, y_dev, 5e1)[0]
errors_reg = grad_check_sparse(f, W, grad, num_checks=10, seed=1)

# %%
# Check: the softmax loss is smooth, so every coordinate should agree.
for errors in (errors_no_reg, errors_reg):
    assert np.all(errors < 1e-5), f"relative errors {errors}: the gradient is probably wrong"
print("OK: the gradient matches the numeric gradient.")

# %% autograde=softmax_loss_naive

# %% [markdown]
# ## The softmax loss, vectorized
#
# Write `softmax_loss_vectorized` without any Python loop. As for the SVM, the grader times it against
# a naive loop on many short rows (N=2000, D=64, C=10) and asks for at least 6x; so does the check.
#
# <details><summary><b>Hint 1</b>: one row per example</summary>
#
# Do for the (N, C) matrix of scores what the naive version does for one example's scores, along
# `axis=1`. `keepdims=True` keeps a row statistic as a column of shape (N, 1), which broadcasts
# against the matrix. Subtract each row's own maximum, not the maximum of the whole matrix: a row of
# scores near -1000 would otherwise underflow to probabilities of exactly 0.
#
# </details>
#
# <details><summary><b>Hint 2</b>: the gradient as one matrix product</summary>
#
# The derivative of the loss with respect to the scores is a matrix `G` of shape (N, C): the
# probabilities, minus 1 at each example's correct class, divided by N. Then `dW = X.T.dot(G)`, plus
# the penalty's gradient.
#
# </details>
#
# <details><summary><b>Recipe</b>: the whole computation</summary>
#
# Shift the score matrix by its row maxima. The log-probabilities are the shifted scores minus, per
# row, the log of the sum of their exponentials. The loss is minus the mean, over the examples, of
# the log-probability of the correct class (pick one entry per row with `[np.arange(N), y]`), plus
# the penalty. `G` is the exponential of the log-probabilities with 1 subtracted at the correct
# classes, divided by N; `dW` is `X.T.dot(G)` plus `2 * reg * W`.
#
# </details>

# %%
from cs231n.classifiers.softmax import softmax_loss_vectorized


def seconds(function, repeat=3):
    """The best of `repeat` wall times of function()."""
    best = np.inf
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


loss_naive, grad_naive = softmax_loss_naive(W, X_dev, y_dev, 0.000005)
loss_vectorized, grad_vectorized = softmax_loss_vectorized(W, X_dev, y_dev, 0.000005)
naive_time = seconds(lambda: softmax_loss_naive(W, X_dev, y_dev, 0.000005))
vectorized_time = seconds(lambda: softmax_loss_vectorized(W, X_dev, y_dev, 0.000005))

print("naive loss: %e computed in %fs" % (loss_naive, naive_time))
print("vectorized loss: %e computed in %fs" % (loss_vectorized, vectorized_time))
print("Loss difference: %e" % abs(loss_naive - loss_vectorized))
print("Gradient difference: %e" % np.linalg.norm(grad_naive - grad_vectorized, ord="fro"))

plt.figure(figsize=(5, 3))
plt.bar(["naive (loops)", "vectorized"], [naive_time, vectorized_time])
plt.yscale("log")
plt.ylabel("seconds per call (log scale)")
plt.title(f"Softmax loss and gradient on N={len(X_dev)}, D={X_dev.shape[1]}")
plt.show()

# the grader's timing: many short rows, where a loop over the examples costs most
timing_rng = np.random.default_rng(0)
W_short = 1e-3 * timing_rng.standard_normal((64, 10))
X_short, y_short = timing_rng.standard_normal((2000, 64)), timing_rng.integers(0, 10, 2000)
speedup_short = (seconds(lambda: softmax_loss_naive(W_short, X_short, y_short, 1.0), repeat=2)
                 / seconds(lambda: softmax_loss_vectorized(W_short, X_short, y_short, 1.0)))
print("Speed-up on N=2000, D=64, C=10: %.0fx" % speedup_short)

# %%
# Check: the same loss and gradient (to 1e-6, the grader's tolerance), and at least 6x faster on short rows.
assert abs(loss_naive - loss_vectorized) < 1e-6 * max(1.0, abs(loss_naive)), "the losses differ"
assert rel_error(grad_naive, grad_vectorized) < 1e-6, "the gradients differ"
assert speedup_short >= 6, f"only {speedup_short:.1f}x faster than the loops: is there still a loop somewhere?"
print("OK: softmax_loss_vectorized agrees with softmax_loss_naive and is %.0fx faster." % speedup_short)

# %% [markdown]
# ## Numerical stability
#
# `exp(1000)` overflows a float64 to `inf`, and `exp(-1000)` underflows to exactly 0. Written
# literally, the softmax of large scores is `inf / inf`, which is `nan`:

# %%
scores = np.array([1000.0, 999.0, 998.0])
with np.errstate(over="ignore", invalid="ignore"):
    print("literal softmax of", scores, ":", np.exp(scores) / np.sum(np.exp(scores)))
shifted = scores - np.max(scores)
print("after subtracting the max:      ", np.exp(shifted) / np.sum(np.exp(shifted)))

# %% [markdown]
# Subtracting each example's largest score changes nothing mathematically (it cancels in the ratio)
# and keeps every exponent <= 0. It does not save everything: when one example mixes scores near
# +1000 and -1000, a class 2000 below the maximum gets a probability of exactly 0, and its log is
# `-inf`. The log of a probability, written as the shifted score minus the log of the sum of the
# shifted exponentials, stays finite:

# %%
mixed = np.array([1000.0, -1000.0])
mixed_shifted = mixed - np.max(mixed)
probabilities = np.exp(mixed_shifted) / np.sum(np.exp(mixed_shifted))
with np.errstate(divide="ignore"):
    print("probabilities of", mixed, ":", probabilities, "and the log of the second:", np.log(probabilities[1]))
print("the same log as shifted score minus log-sum-exp:", mixed_shifted[1] - np.log(np.sum(np.exp(mixed_shifted))))

# %% [markdown]
# Your functions must stay finite, and right, on inputs like the grader's: (1) examples whose scores
# lie within a few units of each other around a level of their own (+1000, -1000, +400, ...), and
# (2) examples that mix scores near +1000 and -1000, with the correct class at the example's
# maximum. Softmax does not change when the same number is added to every score of an example, and
# a score 60 below the maximum has a probability below 1e-26, so each case has an easy twin with
# small scores and the same loss (for (1) the same gradient too), which the check compares with.
# Subtracting each example's own maximum passes; subtracting the maximum of the whole batch, or each
# example's mean, or nothing, does not.

# %%
def level_scores(rng):
    """Case (1): the last column of X sets each example's level, which W's last row (1000) turns into
    a shift of all its scores; the twin has that row at 0."""
    levels = np.array([1.0, -1.0, 0.4, -0.6, 0.0, 1.0, -1.0])
    X = np.hstack([rng.standard_normal((len(levels), 5)), levels[:, None]])
    W = rng.standard_normal((6, 4))
    y = rng.integers(0, 4, len(levels))
    W_levels, W_twin = W.copy(), W.copy()
    W_levels[-1], W_twin[-1] = 1000.0, 0.0
    return (W_levels, X, y), (W_twin, X, y)


def mixed_scores():
    """Case (2): W = 1000 I turns the rows of X into these scores; the twin's scores are shifted by each
    row's maximum and cut off at -60."""
    scores = np.array([[999.0, 996.0, -1000.0, -700.0],
                       [-1000.0, 800.0, 801.0, 0.0],
                       [-997.0, -1000.0, 998.0, 1000.0],
                       [600.0, -1000.0, 598.0, -2.0],
                       [-1000.0, 1000.0, -999.0, 999.5]])
    y = np.argmax(scores, axis=1)
    twin = np.maximum(scores - scores.max(axis=1, keepdims=True), -60.0)
    return (1000.0 * np.eye(4), scores / 1000.0, y), (np.eye(4), twin, y)


stability = {}
for function in (softmax_loss_naive, softmax_loss_vectorized):
    (large, twin) = level_scores(np.random.default_rng(7))
    (mixed_case, mixed_twin) = mixed_scores()
    with np.errstate(all="ignore"):  # a loss that overflows shows as inf or nan in the check below
        stability[function.__name__] = [(function(*large, 0.0), function(*twin, 0.0)),
                                        (function(*mixed_case, 0.0), function(*mixed_twin, 0.0))]
    for (loss, grad), (loss_twin, _) in stability[function.__name__]:
        print("%s: loss %f, its easy twin %f" % (function.__name__, loss, loss_twin))

# %%
# Check: finite everywhere, the same loss as the easy twin (and the same gradient for case (1)).
for name, ((levels, levels_twin), (mixed_case, mixed_twin)) in stability.items():
    for what, ((loss, grad), (loss_twin, grad_twin)) in (("per-example levels", (levels, levels_twin)),
                                                         ("mixed +-1000", (mixed_case, mixed_twin))):
        assert np.isfinite(loss) and np.all(np.isfinite(grad)), \
            f"{name} gives inf or nan on scores with {what}: subtract each example's own largest score"
        assert abs(loss - loss_twin) < 1e-6 * max(1.0, abs(loss_twin)), \
            f"{name} on scores with {what}: loss {loss:.6f}, but {loss_twin:.6f} for the same problem with small scores"
    assert rel_error(levels[1], levels_twin[1]) < 1e-6, f"{name}: the gradient changes when every score is shifted"
print("OK: the softmax loss is numerically stable.")

# %% autograde=softmax_loss_vectorized

# %% [markdown]
# ## Training with SGD
#
# `Softmax` is a `LinearClassifier` whose loss is your `softmax_loss_vectorized`.

# %%
from cs231n.classifiers.linear_classifier import Softmax

softmax = Softmax()
loss_history = softmax.train(X_train, y_train, learning_rate=1e-6, reg=5e3, num_iters=300, batch_size=200,
                             verbose=True, rng=np.random.default_rng(0))
plt.figure(figsize=(6, 4))
plt.plot(loss_history)
plt.xlabel("iteration")
plt.ylabel("minibatch loss")
plt.title("Training a softmax classifier with SGD")
plt.show()
val_accuracy = np.mean(softmax.predict(X_val) == y_val)
print("validation accuracy: %f" % val_accuracy)

# %%
# Check: the loss went down, and the classifier beats chance (10%).
assert np.mean(loss_history[-20:]) < np.mean(loss_history[:20]), "the loss should decrease"
assert val_accuracy > 0.25, f"validation accuracy {val_accuracy:.3f}: barely better than chance"
print("OK: the softmax classifier learns.")

# %% [markdown]
# ## Choosing the learning rate and the regularization strength
#
# As for the SVM: fill `results[(learning_rate, reg)] = (train_accuracy, val_accuracy)`, `best_val`
# and `best_softmax`, training each pair with `num_iters=200`, `batch_size=200` and
# `rng=np.random.default_rng(0)`. On a tie keep either: the check accepts any classifier whose
# validation accuracy is `best_val`.

# %% solution=softmax_search
learning_rates = [3e-7, 1e-6]
regularization_strengths = [5e3, 2.5e4]

results = {}
best_val = -1.0
best_softmax = None

################################################################################
# TODO:                                                                        #
# Train a Softmax classifier for every pair, record its training and           #
# validation accuracies in results, and keep the best one in best_softmax.     #
################################################################################
### BEGIN SOLUTION
for learning_rate in learning_rates:
    for reg in regularization_strengths:
        candidate = Softmax()
        candidate.train(X_train, y_train, learning_rate=learning_rate, reg=reg, num_iters=200,
                        batch_size=200, rng=np.random.default_rng(0))
        train_accuracy = np.mean(candidate.predict(X_train) == y_train)
        val_accuracy = np.mean(candidate.predict(X_val) == y_val)
        results[(learning_rate, reg)] = (train_accuracy, val_accuracy)
        if val_accuracy > best_val:
            best_val, best_softmax = val_accuracy, candidate
### END SOLUTION

for learning_rate, reg in sorted(results):
    train_accuracy, val_accuracy = results[(learning_rate, reg)]
    print("lr %e reg %e train accuracy: %f val accuracy: %f" % (learning_rate, reg, train_accuracy, val_accuracy))
print("best validation accuracy achieved during cross-validation: %f" % best_val)

# %%
# Validation accuracy over the grid.
grid = np.array([[results[(lr, reg)][1] for reg in regularization_strengths] for lr in learning_rates])
plt.figure(figsize=(5, 4))
plt.imshow(grid, cmap="viridis")
plt.colorbar(label="validation accuracy")
plt.xticks(range(len(regularization_strengths)), ["%.0e" % r for r in regularization_strengths])
plt.yticks(range(len(learning_rates)), ["%.0e" % lr for lr in learning_rates])
plt.xlabel("regularization strength")
plt.ylabel("learning rate")
plt.title("Softmax: validation accuracy")
for i in range(grid.shape[0]):
    for j in range(grid.shape[1]):
        plt.text(j, i, "%.3f" % grid[i, j], ha="center", va="center", color="white")
plt.show()

# %%
# Check: every pair was tried, and the best classifier is really the best on the validation set.
assert set(results) == {(lr, reg) for lr in learning_rates for reg in regularization_strengths}
assert best_val == max(v for _, v in results.values())
assert np.mean(best_softmax.predict(X_val) == y_val) == best_val
print("OK: best validation accuracy %.3f." % best_val)
print("softmax on raw pixels final test set accuracy: %f" % np.mean(best_softmax.predict(X_test) == y_test))

# %% [markdown]
# **Inline question 2.** True or false: suppose the training loss is the sum of the per-example
# losses. Adding a new example to the training set can leave the SVM loss unchanged, but never the
# softmax loss. Explain.
#
# *Your answer (2 points, graded by hand): true or false, with the reason for each of the two losses;
# two or three sentences.*

# %% [markdown] answer=svm_vs_softmax points=2
# **Your answer:**
# ### BEGIN SOLUTION
# True. An example whose correct score beats every other score by at least the margin has an SVM loss
# of exactly 0, so adding it leaves the SVM loss unchanged. Its softmax loss is -log(p_correct), and
# p_correct < 1 for any finite scores, so its loss is always > 0 and the total grows.
# ### END SOLUTION

# %% [markdown]
# ## What did the softmax classifier learn?

# %%
w = best_softmax.W[:-1, :].reshape(32, 32, 3, num_classes)
w_min, w_max = np.min(w), np.max(w)
figure, axes = plt.subplots(2, 5, figsize=(10, 4))
for c, ax in enumerate(axes.flat):
    ax.imshow((255.0 * (w[:, :, :, c] - w_min) / (w_max - w_min)).astype("uint8"))
    ax.set_title(classes[c])
    ax.axis("off")
figure.suptitle("Softmax weights, one template per class")
plt.show()
