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
# between `START OF YOUR CODE` and `END OF YOUR CODE`. Each section ends with a check: run it, and
# do not move on until it passes. The inline questions are answered in the cells that say
# `YOUR ANSWER HERE`; they are graded by hand.

# %%
# Setup: reload your modules when you edit them, so that you never run stale code.
# %load_ext autoreload
# %autoreload 2

import os
import time

import matplotlib.pyplot as plt
import numpy as np

from cs231n.data_utils import (
    append_bias_column,
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
# The loader reads CIFAR-10's own file format: the real CIFAR-10 (`bash data/get_cifar10.sh`) or the
# toy stand-in that `make data` writes without internet. Set the environment variable `CIFAR10_DIR`
# to use another folder.

# %%
cifar10_dir = os.environ.get("CIFAR10_DIR", "../data/toy-cifar-10-batches-py")
X_train_raw, y_train_raw, X_test_raw, y_test_raw = load_CIFAR10(cifar10_dir)
classes = label_names(cifar10_dir)
num_classes = len(classes)

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
# With a tiny random `W` every score is close to 0, so every one of the C - 1 wrong classes violates
# its margin by about 1: the loss should be close to C - 1 = 9.

# %%
from cs231n.classifiers.linear_svm import svm_loss_naive

W = rng.standard_normal((3073, num_classes)) * 0.0001
loss, grad = svm_loss_naive(W, X_dev, y_dev, 0.000005)
print("loss: %f" % loss)

# %%
# Check: the initial loss is close to C - 1.
assert abs(loss - (num_classes - 1)) < 1.0, f"loss {loss:.3f} is far from {num_classes - 1}"
print("OK: the initial loss is about C - 1.")

# %% [markdown]
# ### Gradient check
#
# Compare your analytic gradient with a numeric one at a few random coordinates. The relative errors
# should be tiny, first without regularization, then with it (did you add the regularization
# gradient?).

# %%
f = lambda w: svm_loss_naive(w, X_dev, y_dev, 0.0)[0]
loss, grad = svm_loss_naive(W, X_dev, y_dev, 0.0)
errors_no_reg = grad_check_sparse(f, W, grad, num_checks=10, seed=0)

print("with regularization:")
f = lambda w: svm_loss_naive(w, X_dev, y_dev, 5e1)[0]
loss, grad = svm_loss_naive(W, X_dev, y_dev, 5e1)
errors_reg = grad_check_sparse(f, W, grad, num_checks=10, seed=1)

# %%
# Check: most coordinates agree to 1e-5 (a kink can spoil one now and then; see the question below).
for errors in (errors_no_reg, errors_reg):
    assert np.mean(errors < 1e-5) >= 0.8, f"relative errors {errors}: the gradient is probably wrong"
print("OK: the gradient matches the numeric gradient.")

# %% autograde=svm_loss_naive

# %% [markdown]
# **Inline question 1.** Now and then one coordinate of the gradient check does not match exactly.
# What could cause that? Is it a reason for concern? Give a simple example in one dimension where the
# check could fail. How would changing the margin (delta = 1) change how often it happens?
# *Hint: the SVM loss is not differentiable everywhere.*

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

# %% [markdown] answer=initial_svm_loss points=2
# **Your answer:**
# ### BEGIN SOLUTION
# With W close to 0 every score is close to 0, so each wrong class j has margin
# s_j - s_y + 1 = about 1 > 0: each of the C - 1 wrong classes adds about 1, and the average over
# the examples is about C - 1 = 9 (the regularization of a tiny W is negligible). Squaring each
# margin of about 1 still gives about 1, so the squared hinge loss also starts near C - 1 = 9.
# ### END SOLUTION

# %% [markdown]
# ## The SVM loss, vectorized
#
# Write `svm_loss_vectorized` without any Python loop. It must give the same loss and gradient as
# the naive version, much faster.

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

# %%
# Check: the same loss and gradient, and faster.
assert abs(loss_naive - loss_vectorized) < 1e-9 * max(1.0, abs(loss_naive))
assert rel_error(grad_naive, grad_vectorized) < 1e-7
assert vectorized_time < naive_time, "the vectorized version should be much faster than the loops"
print("OK: svm_loss_vectorized agrees with svm_loss_naive and is faster.")

# %% autograde=svm_loss_vectorized

# %% [markdown]
# ## The squared hinge loss
#
# The L2-SVM squares each margin: large violations cost more, and the loss becomes differentiable at
# the hinge. Write `squared_hinge_loss_vectorized`, then check its gradient numerically.

# %%
from cs231n.classifiers.linear_svm import squared_hinge_loss_vectorized

loss, grad = squared_hinge_loss_vectorized(W, X_dev, y_dev, 5e1)
print("squared hinge loss: %f" % loss)
f = lambda w: squared_hinge_loss_vectorized(w, X_dev, y_dev, 5e1)[0]
errors_squared = grad_check_sparse(f, W, grad, num_checks=10, seed=2)

# %%
# Check: the initial loss is also about C - 1, and the gradient matches everywhere (no kink left).
assert abs(loss - (num_classes - 1)) < 1.5, f"loss {loss:.3f} is far from {num_classes - 1}"
assert np.all(errors_squared < 1e-5), f"relative errors {errors_squared}"
print("OK: squared_hinge_loss_vectorized passes the gradient check.")

# %% autograde=squared_hinge_loss_vectorized

# %% [markdown]
# ## Training with stochastic gradient descent
#
# Write `LinearClassifier.train` (sample a minibatch, compute the loss and gradient, take a step)
# and `LinearClassifier.predict` in `cs231n/classifiers/linear_classifier.py`. `LinearSVM` uses your
# `svm_loss_vectorized`.

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
# `best_val` and the best classifier in `best_svm`. A few hundred iterations per pair are enough
# here; pass `rng=np.random.default_rng(0)` so that runs can be repeated.

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
