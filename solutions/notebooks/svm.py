# %% [markdown]
# # Multiclass Support Vector Machine
#
# In this notebook you will
#
# - load CIFAR-style images and prepare them for a linear classifier;
# - write the multiclass SVM loss and its gradient, first with loops (`svm_loss_naive`), then
#   without (`svm_loss_vectorized`), and check the gradient numerically;
# - write the squared hinge loss (`squared_hinge_loss_vectorized`);
# - train a linear SVM with stochastic gradient descent (`LinearClassifier.train` and `predict`);
# - search for a good learning rate and regularization strength on the validation set;
# - look at what the classifier learned.
#
# Your code goes in `cs231n/classifiers/linear_svm.py` and `cs231n/classifiers/linear_classifier.py`,
# between `START OF YOUR CODE` and `END OF YOUR CODE`; each function's docstring and TODO box say
# what it must compute. Each section ends with a check: run it, and do not move on until it passes.
# Where you get stuck, open the hints below the section one at a time (Hint 1, Hint 2, then the
# recipe). The inline questions are answered in the cells that say `YOUR ANSWER HERE`; they are
# graded by hand. With the kit's own solution the whole notebook runs in well under a minute.

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

from cs231n.data_utils import (
    append_bias_column,
    default_cifar10_dir,
    label_names,
    load_CIFAR10,
    split_train_val_test_dev,
    subtract_mean_image,
)
from cs231n.gradient_check import grad_check_sparse, rel_error

plt.rcParams["figure.figsize"] = (10.0, 8.0)
plt.rcParams["image.interpolation"] = "nearest"
plt.rcParams["image.cmap"] = "gray"

# %% [markdown]
# ## Load the data
#
# The loader reads CIFAR-10's own file format. Unless you say otherwise it reads a toy stand-in:
# 5000 training and 1000 test images of 32x32 colour pixels in CIFAR-10's ten classes, coloured blobs
# rather than photographs, which `default_cifar10_dir()` makes with `data/toy_cifar.py` the first time
# (a few seconds). The numbers quoted in the checks (losses, accuracies, times) are for this set.
#
# For the real CIFAR-10 (163 MB, needs internet): run `bash data/get_cifar10.sh` in a terminal, then
# set the environment variable `CIFAR10_DIR` to the folder it prints before starting Jupyter. Training
# then takes longer and the accuracies are lower.

# %%
cifar10_dir = default_cifar10_dir()  # CIFAR10_DIR if set, else the toy set (made on first use)
X_train_raw, y_train_raw, X_test_raw, y_test_raw = load_CIFAR10(cifar10_dir)
classes = label_names(cifar10_dir)
num_classes = len(classes)

print("Data from", cifar10_dir)
print("Training images:", X_train_raw.shape, "labels:", y_train_raw.shape)
print("Test images:    ", X_test_raw.shape, "labels:", y_test_raw.shape)
print("Classes:", ", ".join(classes))

# %%
# Check: images are (N, 32, 32, 3), one label in 0..9 per image.
assert X_train_raw.shape[1:] == (32, 32, 3) and X_test_raw.shape[1:] == (32, 32, 3)
assert y_train_raw.shape == (X_train_raw.shape[0],) and y_test_raw.shape == (X_test_raw.shape[0],)
assert y_train_raw.min() >= 0 and y_train_raw.max() < num_classes
print("OK: the data is loaded.")

# %% [markdown]
# Look at a few training images of every class.

# %%
samples_per_class = 7
figure, axes = plt.subplots(samples_per_class, num_classes, figsize=(10, 7))
rng = np.random.default_rng(231)
for c, name in enumerate(classes):
    picks = rng.choice(np.flatnonzero(y_train_raw == c), samples_per_class, replace=False)
    for row, index in enumerate(picks):
        axes[row, c].imshow(X_train_raw[index].astype("uint8"))
        axes[row, c].axis("off")
    axes[0, c].set_title(name, fontsize=9)
figure.suptitle(f"{samples_per_class} training images per class")
plt.show()

# %% [markdown]
# ## Preprocessing
#
# As in CS231n: split the training images into training and validation sets, keep a small
# development set for quick checks, flatten every image to a row of 3072 numbers, subtract the mean
# training image, and append a column of ones so that the bias is the last row of `W` (the bias
# trick, D = 3073).

# %%
split = split_train_val_test_dev(X_train_raw, y_train_raw, X_test_raw, y_test_raw,
                                 num_validation=1000, num_test=1000, num_dev=500, seed=0)
X_train, X_val, X_test, X_dev = (split[k].reshape(len(split[k]), -1) for k in ("X_train", "X_val", "X_test", "X_dev"))
y_train, y_val, y_test, y_dev = split["y_train"], split["y_val"], split["y_test"], split["y_dev"]

X_train, X_val, X_test, X_dev, mean_image = subtract_mean_image(X_train, X_val, X_test, X_dev)
X_train, X_val, X_test, X_dev = (append_bias_column(X) for X in (X_train, X_val, X_test, X_dev))

print("Train:", X_train.shape, "validation:", X_val.shape, "test:", X_test.shape, "dev:", X_dev.shape)
plt.figure(figsize=(3, 3))
plt.imshow(mean_image.reshape(32, 32, 3).astype("uint8"))
plt.title("mean training image")
plt.axis("off")
plt.show()

# %%
# Check: D = 3073, the bias column is all ones, and the training data is centred.
assert X_train.shape[1] == X_dev.shape[1] == 3073
assert np.all(X_train[:, -1] == 1)
assert np.abs(X_train[:, :-1].mean(axis=0)).max() < 1e-8
print("OK: the data is preprocessed.")

# %% [markdown]
# ## The SVM loss, with loops
#
# Open `cs231n/classifiers/linear_svm.py` and write `svm_loss_naive`: the loss and its gradient,
# with explicit loops over the examples and the classes.
#
# The cell below starts from a tiny random `W` (standard deviation 1e-4). On these images its scores
# have a standard deviation of about 0.25, small next to the margin 1 (the cell prints it). Every one
# of the C - 1 wrong classes then violates its margin by about 1, so the loss should be close to
# C - 1 = 9: within 0.5 of it while the scores' standard deviation stays below 0.5.
#
# <details><summary><b>Hint 1</b>: which weights does one term of the loss depend on?</summary>
#
# The term of example i and class j, `max(0, s[j] - s[y[i]] + 1)`, depends on `W` only through two
# scores: `s[j] = X[i].dot(W[:, j])` and `s[y[i]] = X[i].dot(W[:, y[i]])`. So it contributes to two
# columns of `dW` only. What is the derivative of `X[i].dot(w)` with respect to the vector `w`?
#
# </details>
#
# <details><summary><b>Hint 2</b>: the slope of the hinge</summary>
#
# `max(0, m)` has slope 1 where `m > 0` and slope 0 where `m < 0` (at exactly 0 either is accepted).
# A term whose margin is not violated contributes nothing to the loss and nothing to `dW`. Where it is
# violated, `m` grows with `s[j]` and shrinks with `s[y[i]]`.
#
# </details>
#
# <details><summary><b>Recipe</b>: the whole derivation</summary>
#
# In the loop over the classes, when the margin of class j is positive: add the margin to the loss,
# add the row `X[i]` to column j of `dW`, and subtract `X[i]` from column `y[i]` of `dW` (the correct
# class loses it once per violated margin). After both loops divide the loss and `dW` by the number of
# examples, then add the penalty `reg * np.sum(W * W)` to the loss and its gradient `2 * reg * W` to
# `dW`.
#
# </details>

# %%
from cs231n.classifiers.linear_svm import svm_loss_naive

W = rng.standard_normal((3073, num_classes)) * 0.0001
loss, grad = svm_loss_naive(W, X_dev, y_dev, 0.000005)
score_std = X_dev.dot(W).std()
print("loss: %f" % loss)
print("standard deviation of the scores: %.3f (the margin is 1)" % score_std)

# %%
# Check: with scores small next to the margin, the initial loss is about C - 1 (0.5 is more than five
# times how much this estimate on 500 examples varies from one W to another).
assert score_std < 0.5, f"scores with a standard deviation of {score_std:.2f}: this check needs a smaller W"
assert abs(loss - (num_classes - 1)) < 0.5, f"loss {loss:.3f} is far from C - 1 = {num_classes - 1}"
print("OK: the initial loss is about C - 1.")

# %% [markdown]
# ### Gradient check
#
# Compare your analytic gradient with a numeric one at a few random coordinates, first without
# regularization, then with it (did you add the regularization gradient?). The hinge has kinks: where
# the small step of the numeric gradient crosses one, the two cannot agree even when your gradient is
# right. `skip_kinks=True` finds those coordinates and reports them instead of comparing them; every
# other coordinate must agree to 1e-5, the tolerance the grader uses on inputs without kinks.

# %%
f = lambda w: svm_loss_naive(w, X_dev, y_dev, 0.0)[0]
loss, grad = svm_loss_naive(W, X_dev, y_dev, 0.0)
errors_no_reg = grad_check_sparse(f, W, grad, num_checks=10, seed=0, skip_kinks=True)

print("with regularization:")
f = lambda w: svm_loss_naive(w, X_dev, y_dev, 5e1)[0]
loss, grad = svm_loss_naive(W, X_dev, y_dev, 5e1)
errors_reg = grad_check_sparse(f, W, grad, num_checks=10, seed=1, skip_kinks=True)

# %%
# Check: every coordinate whose step crosses no kink agrees to 1e-5 (nan marks a skipped kink).
for errors in (errors_no_reg, errors_reg):
    compared = errors[~np.isnan(errors)]
    assert compared.size >= 5, "most steps crossed a kink: run the cells again from another W"
    assert np.all(compared < 1e-5), f"relative errors {compared}: the gradient does not match the loss"
print("OK: the gradient matches the numeric gradient.")

# %% autograde=svm_loss_naive

# %% [markdown]
# **Inline question 1.** Now and then one coordinate of the gradient check does not match exactly
# (`skip_kinks=False` would show it). What could cause that? Is it a reason for concern? Give a simple
# example in one dimension where the check could fail. How would changing the margin (delta = 1)
# change how often it happens? *Hint: the SVM loss is not differentiable everywhere.*
#
# *Your answer (2 points, graded by hand): the cause, whether to worry and why, a concrete function
# and point where the check fails, and the effect of delta; a few sentences.*

# %% [markdown] answer=svm_kink points=2
# **Your answer:**
# ### BEGIN SOLUTION
# The hinge max(0, x) has a kink at x = 0, where it is not differentiable. If a margin is within h of
# 0, the centered difference (f(w + h) - f(w - h)) / 2h straddles the kink and averages the two
# slopes, while the analytic gradient takes one of them; the two then disagree. It is not a reason
# for concern: it happens only at those rare points. In one dimension, f(x) = max(0, x) at x = 1e-6
# with h = 1e-5 gives a numeric derivative of about 0.55 against an analytic 1. Changing the margin
# moves where the kinks are, not how many there are; what matters is how many margins lie within h of
# zero, which is rare for any delta (a larger delta makes more margins positive, but does not bring
# them closer to 0).
# ### END SOLUTION

# %% [markdown]
# **Inline question 2.** Why is the initial loss close to C - 1 = 9 for the SVM? What value would
# you expect with the squared hinge loss, and why?
#
# *Your answer (2 points, graded by hand): the reason in terms of the scores and the margin, and the
# squared hinge's value with its reason; a few sentences.*

# %% [markdown] answer=initial_svm_loss points=2
# **Your answer:**
# ### BEGIN SOLUTION
# With W close to 0 every score is close to 0, so each wrong class j has margin
# s_j - s_y + 1 = about 1 > 0: each of the C - 1 wrong classes adds about 1, and the average over
# the examples is about C - 1 = 9 (the regularization of a tiny W is negligible). Squaring each
# margin of about 1 still gives about 1, so the squared hinge loss also starts near C - 1 = 9, a little
# above it: a margin 1 + d, d the difference of two scores, squares to 1 + 2d + d**2 on average
# 1 + 2 sigma**2 for scores of standard deviation sigma.
# ### END SOLUTION

# %% [markdown]
# ## The SVM loss, vectorized
#
# Write `svm_loss_vectorized` without any Python loop. It must give the same loss and gradient as
# the naive version, much faster. The grader times the two side by side on many short rows
# (N=2000, D=64, C=10), where a loop over the examples costs most, and asks for at least 6x; the
# last check below does the same.
#
# <details><summary><b>Hint 1</b>: all the scores at once</summary>
#
# `X.dot(W)` holds every score, shape (N, C). Integer array indexing picks one entry per row:
# `A[np.arange(N), y]` is the vector of `A[i, y[i]]`, shape (N,). A vector of shape (N,) with
# `[:, np.newaxis]` becomes a column (N, 1) that broadcasts against an (N, C) matrix.
#
# </details>
#
# <details><summary><b>Hint 2</b>: the gradient as one matrix product</summary>
#
# Write the loss as a function of the score matrix. If `G` (N, C) holds the derivative of the loss
# with respect to every score, then `dW = X.T.dot(G)`. Which entries of `G` are nonzero, and what is
# `G[i, y[i]]` in terms of the other entries of row i? (Look at what the naive version adds to
# column j and to column `y[i]`.)
#
# </details>
#
# <details><summary><b>Recipe</b>: the whole computation</summary>
#
# Take the margins of the whole batch, the scores minus each row's correct-class score plus 1,
# clipped below at 0, and set the correct class's own margin to 0. The loss is their sum divided by N,
# plus the penalty. For the gradient build `G` with a 1 wherever a margin is positive, then put in
# each row's correct-class column minus the number of positive margins of that row. `dW` is
# `X.T.dot(G)` divided by N, plus `2 * reg * W`.
#
# </details>

# %%
from cs231n.classifiers.linear_svm import svm_loss_vectorized


def seconds(function, repeat=3):
    """The best of `repeat` wall times of function()."""
    best = np.inf
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


loss_naive, grad_naive = svm_loss_naive(W, X_dev, y_dev, 0.000005)
loss_vectorized, grad_vectorized = svm_loss_vectorized(W, X_dev, y_dev, 0.000005)
naive_time = seconds(lambda: svm_loss_naive(W, X_dev, y_dev, 0.000005))
vectorized_time = seconds(lambda: svm_loss_vectorized(W, X_dev, y_dev, 0.000005))

print("Naive loss: %e computed in %fs" % (loss_naive, naive_time))
print("Vectorized loss: %e computed in %fs" % (loss_vectorized, vectorized_time))
print("Loss difference: %e" % abs(loss_naive - loss_vectorized))
print("Gradient difference (Frobenius norm): %e" % np.linalg.norm(grad_naive - grad_vectorized, ord="fro"))
print("Speed-up: %.0fx" % (naive_time / vectorized_time))

plt.figure(figsize=(5, 3))
plt.bar(["naive (loops)", "vectorized"], [naive_time, vectorized_time])
plt.yscale("log")
plt.ylabel("seconds per call (log scale)")
plt.title(f"SVM loss and gradient on N={len(X_dev)}, D={X_dev.shape[1]}")
plt.show()

# the grader's timing: many short rows, where a loop over the examples costs most
timing_rng = np.random.default_rng(0)
W_short = 1e-3 * timing_rng.standard_normal((64, 10))
X_short, y_short = timing_rng.standard_normal((2000, 64)), timing_rng.integers(0, 10, 2000)
speedup_short = (seconds(lambda: svm_loss_naive(W_short, X_short, y_short, 1.0), repeat=2)
                 / seconds(lambda: svm_loss_vectorized(W_short, X_short, y_short, 1.0)))
print("Speed-up on N=2000, D=64, C=10: %.0fx" % speedup_short)

# %%
# Check: the same loss and gradient (to 1e-6, the grader's tolerance), and at least 6x faster on short rows.
assert abs(loss_naive - loss_vectorized) < 1e-6 * max(1.0, abs(loss_naive)), "the losses differ"
assert rel_error(grad_naive, grad_vectorized) < 1e-6, "the gradients differ"
assert speedup_short >= 6, f"only {speedup_short:.1f}x faster than the loops: is there still a loop somewhere?"
print("OK: svm_loss_vectorized agrees with svm_loss_naive and is %.0fx faster." % speedup_short)

# %% autograde=svm_loss_vectorized

# %% [markdown]
# ## The squared hinge loss
#
# The L2-SVM squares each margin: large violations cost more, and the loss becomes differentiable at
# the hinge. Write `squared_hinge_loss_vectorized`, then check its initial value and its gradient.
#
# The initial value depends on the scale of the scores: a margin `1 + d`, with `d` the difference of
# two scores of standard deviation sigma, squares to `1 + 2 d + d**2`, which averages `1 + 2 sigma**2`.
# With the same tiny `W` as above (sigma about 0.25) the loss should be within 0.5 of
# `(C - 1) * (1 + 2 sigma**2)` plus the penalty `reg * np.sum(W * W)`, while sigma stays below 0.5.
#
# <details><summary><b>Hint 1</b>: the slope of a squared hinge</summary>
#
# The derivative of `max(0, m) ** 2` with respect to `m` is `2 * max(0, m)`: no kink left, the slope
# grows with the violation.
#
# </details>
#
# <details><summary><b>Hint 2</b>: what changes from the hinge</summary>
#
# The matrix `G` of derivatives with respect to the scores has the same pattern as for the hinge, but
# each violated margin now weighs in with its slope instead of with 1.
#
# </details>
#
# <details><summary><b>Recipe</b>: the whole computation</summary>
#
# Compute the clipped margins as in `svm_loss_vectorized`. The loss is the sum of their squares
# divided by N, plus the penalty. `G` holds twice each margin, and each row's correct-class column
# holds minus the sum of the rest of its row; `dW` is `X.T.dot(G)` divided by N, plus `2 * reg * W`.
#
# </details>

# %%
from cs231n.classifiers.linear_svm import squared_hinge_loss_vectorized

loss, grad = squared_hinge_loss_vectorized(W, X_dev, y_dev, 5e1)
expected = (num_classes - 1) * (1 + 2 * score_std**2) + 5e1 * np.sum(W * W)
print("squared hinge loss: %f (expected about %f for scores of standard deviation %.3f)" % (loss, expected, score_std))
f = lambda w: squared_hinge_loss_vectorized(w, X_dev, y_dev, 5e1)[0]
errors_squared = grad_check_sparse(f, W, grad, num_checks=10, seed=2)

# %%
# Check: the initial loss is about (C - 1) (1 + 2 sigma**2), and the gradient matches everywhere (no kink left).
assert score_std < 0.5, f"scores with a standard deviation of {score_std:.2f}: this check needs a smaller W"
assert abs(loss - expected) < 0.5, f"loss {loss:.3f} is far from {expected:.3f}"
assert np.all(errors_squared < 1e-5), f"relative errors {errors_squared}"
print("OK: squared_hinge_loss_vectorized passes the gradient check.")

# %% autograde=squared_hinge_loss_vectorized

# %% [markdown]
# ## Training with stochastic gradient descent
#
# Write `LinearClassifier.train` (sample a minibatch, compute the loss and gradient, take a step)
# and `LinearClassifier.predict` in `cs231n/classifiers/linear_classifier.py`. `LinearSVM` uses your
# `svm_loss_vectorized`. `train` uses `sample_batch` and `sgd_step` from `cs231n/optim.py`, which you
# write in the optimization notebook: do that first, or now.
#
# <details><summary><b>Hint</b>: train and predict</summary>
#
# The three steps of the TODO box in `train` are one line each; the weights are created for you before
# the loop, from `rng`. For `predict`, `np.argmax(..., axis=1)` returns the index of each row's largest
# entry as integers, the first one on a tie.
#
# </details>

# %%
from cs231n.classifiers.linear_classifier import LinearSVM

svm = LinearSVM()
started = time.perf_counter()
loss_history = svm.train(X_train, y_train, learning_rate=1e-6, reg=5e3, num_iters=300, batch_size=200,
                         verbose=True, rng=np.random.default_rng(0))
print("That took %.1fs" % (time.perf_counter() - started))

plt.figure(figsize=(6, 4))
plt.plot(loss_history)
plt.xlabel("iteration")
plt.ylabel("minibatch loss")
plt.title("Training a linear SVM with SGD")
plt.show()

train_accuracy = np.mean(svm.predict(X_train) == y_train)
val_accuracy = np.mean(svm.predict(X_val) == y_val)
print("training accuracy: %f" % train_accuracy)
print("validation accuracy: %f" % val_accuracy)

# %%
# Check: the loss went down, and the classifier beats chance (10%) on the validation set.
assert len(loss_history) == 300
assert np.mean(loss_history[-20:]) < np.mean(loss_history[:20]), "the loss should decrease"
assert val_accuracy > 0.25, f"validation accuracy {val_accuracy:.3f}: barely better than chance"
print("OK: the SVM learns.")

# %% autograde=LinearClassifier.train

# %% autograde=LinearClassifier.predict

# %% [markdown]
# ## Choosing the learning rate and the regularization strength
#
# Train one SVM for every pair of learning rate and regularization strength below, measure its
# accuracy on the training and the validation set, and keep the best on the validation set. Store
# `results[(learning_rate, reg)] = (train_accuracy, val_accuracy)`, the best validation accuracy in
# `best_val` and the best classifier in `best_svm`.
#
# Train each with `num_iters=200`, `batch_size=200` and `rng=np.random.default_rng(0)`, so that runs
# can be repeated (about a second per pair on the toy set). If two pairs tie for the best validation
# accuracy, keep either: the check accepts any classifier whose validation accuracy is `best_val`.
# You may add values to the two lists; the check tries every pair of the lists as they are.

# %% solution=svm_search
learning_rates = [3e-7, 1e-6]
regularization_strengths = [5e3, 2.5e4]

results = {}
best_val = -1.0
best_svm = None

################################################################################
# TODO:                                                                        #
# For each pair (learning_rate, reg): train a LinearSVM on the training set,   #
# compute its training and validation accuracies, store them in results, and  #
# keep the best classifier on the validation set in best_svm.                  #
################################################################################
### BEGIN SOLUTION
for learning_rate in learning_rates:
    for reg in regularization_strengths:
        candidate = LinearSVM()
        candidate.train(X_train, y_train, learning_rate=learning_rate, reg=reg, num_iters=200,
                        batch_size=200, rng=np.random.default_rng(0))
        train_accuracy = np.mean(candidate.predict(X_train) == y_train)
        val_accuracy = np.mean(candidate.predict(X_val) == y_val)
        results[(learning_rate, reg)] = (train_accuracy, val_accuracy)
        if val_accuracy > best_val:
            best_val, best_svm = val_accuracy, candidate
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
plt.title("Linear SVM: validation accuracy")
for i in range(grid.shape[0]):
    for j in range(grid.shape[1]):
        plt.text(j, i, "%.3f" % grid[i, j], ha="center", va="center", color="white")
plt.show()

# %%
# Check: every pair was tried, and the best classifier is really the best on the validation set.
assert set(results) == {(lr, reg) for lr in learning_rates for reg in regularization_strengths}
assert best_val == max(v for _, v in results.values())
assert np.mean(best_svm.predict(X_val) == y_val) == best_val
print("OK: best validation accuracy %.3f." % best_val)

test_accuracy = np.mean(best_svm.predict(X_test) == y_test)
print("linear SVM on raw pixels final test set accuracy: %f" % test_accuracy)

# %% [markdown]
# ## What did the SVM learn?
#
# Each column of `W` is a template that the classifier matches against an image. Drop the bias row,
# rescale each template to 0..255 and look at it as an image.

# %%
w = best_svm.W[:-1, :].reshape(32, 32, 3, num_classes)
w_min, w_max = np.min(w), np.max(w)
figure, axes = plt.subplots(2, 5, figsize=(10, 4))
for c, ax in enumerate(axes.flat):
    ax.imshow((255.0 * (w[:, :, :, c] - w_min) / (w_max - w_min)).astype("uint8"))
    ax.set_title(classes[c])
    ax.axis("off")
figure.suptitle("Linear SVM weights, one template per class")
plt.show()
