# %% [markdown]
# # Binary SVMs
#
# The multiclass SVM of the svm notebook scores all C classes at once. The lecture also builds a
# multiclass classifier out of *binary* ones: one weight vector per classifier, a score `x.dot(w)`
# whose sign says on which side an example falls. In this notebook you will
#
# - write the binary hinge loss `binary_svm_loss(w, X, t, reg)` (`cs231n/classifiers/binary_svm.py`),
#   with targets t in {-1, +1}, and check its gradient;
# - train a multiclass classifier out of binary SVMs, one-vs-all (`train_one_vs_all`: C classifiers) and
#   one-vs-one (`train_one_vs_one`: C(C-1)/2 classifiers), with your loss, `sample_batch` and `sgd_step`,
#   and compare them with the multiclass SVM and softmax of the other notebooks;
# - write the proximal step of L1, `l1_proximal_step` (`cs231n/regularization.py`), and see that it,
#   unlike the subgradient step, sets weights exactly to 0, and train with it
#   (`LinearClassifier.train_l1_proximal`); then see what the strength lambda does.
#
# Each section ends with a check: run it, and do not move on until it passes. Where you get stuck,
# open the hints below the section one at a time.

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

import matplotlib.pyplot as plt
import numpy as np

from cs231n.data_utils import default_cifar10_dir, get_CIFAR10_data, label_names
from cs231n.gradient_check import grad_check_sparse

plt.rcParams["figure.figsize"] = (10.0, 6.0)

# %% [markdown]
# ## The data
#
# 1000 training images, preprocessed as in the other notebooks (mean image subtracted, a bias column
# of ones), with the pixels divided by 128 so that step sizes around 1e-2 work. The data is the toy
# CIFAR-10 unless `CIFAR10_DIR` points at the real one.

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
# ## The binary hinge loss
#
# A binary classifier is one weight vector `w` of shape (D,). Its targets are `t[i] = +1` for the
# examples of the positive side and `t[i] = -1` for the others (not the labels 0 and 1: the sign is
# what the margin uses). Example i adds `max(0, 1 - t[i] * X[i].dot(w))`: nothing once it is on its
# side by at least 1. The loss is the mean over the N examples plus `reg * np.sum(w * w)` (no 1/2).
#
# Write `binary_svm_loss(w, X, t, reg)` in `cs231n/classifiers/binary_svm.py`, without Python loops.
#
# <details><summary><b>Hint 1</b>: the margins of all examples at once</summary>
#
# `X.dot(w)` has shape (N,): one score per example. Multiplying by `t` element by element and
# subtracting from 1 gives every margin; `np.maximum(0, ...)` keeps the violated ones.
#
# </details>
#
# <details><summary><b>Hint 2</b>: the gradient</summary>
#
# Where a margin is > 0, the derivative of `1 - t[i] * X[i].dot(w)` with respect to `w` is
# `-t[i] * X[i]`; where it is < 0 the hinge is flat and adds nothing (at exactly 0 the kit uses 0
# too). Summing `-t[i] * X[i]` over the violated examples is one matrix-vector product of `X.T` with a
# vector of shape (N,). Do not forget the 1/N and the penalty's gradient `2 * reg * w`.
#
# </details>

# %%
from cs231n.classifiers.binary_svm import binary_svm_loss

# airplanes (+1) against every other class (-1)
t_train = np.where(y_train == 0, 1, -1)
w = 1e-3 * np.random.default_rng(0).standard_normal(X_train.shape[1])
loss, dw = binary_svm_loss(w, X_train, t_train, 0.0)
print("loss of a tiny w: %.4f (about 1: every margin is close to 1)" % loss)


def f(w_):
    return binary_svm_loss(w_, X_train, t_train, 0.1)[0]


errors = grad_check_sparse(f, w, binary_svm_loss(w, X_train, t_train, 0.1)[1], num_checks=8, seed=0,
                           skip_kinks=True)

# %%
# What the loss looks like: the hinge of one example against its score, the scores of the tiny w, the
# direction of the first gradient step (-dw, as an image), and the loss along that direction.
scores = np.linspace(-3, 3, 301)
plt.figure(figsize=(5, 3.5))
plt.plot(scores, np.maximum(0, 1 - scores), label="t = +1")
plt.plot(scores, np.maximum(0, 1 + scores), label="t = -1")
plt.xlabel("score x.dot(w)")
plt.ylabel("hinge term")
plt.legend()
plt.title("max(0, 1 - t * score)")
plt.show()

plt.figure(figsize=(5, 3.5))
plt.hist(t_train * X_train.dot(w), bins=40)
plt.xlabel("t * score (>= 1: the example adds nothing)")
plt.title("Margins of the tiny w")
plt.show()

_, dw0 = binary_svm_loss(w, X_train, t_train, 0.0)
step_image = -dw0[:-1].reshape(32, 32, 3)
plt.figure(figsize=(3, 3))
plt.imshow((step_image - step_image.min()) / (step_image.max() - step_image.min()))
plt.axis("off")
plt.title("-dw: the first step, as an image")
plt.show()

sizes = np.linspace(0, 2e-2 / max(np.abs(dw0).max(), 1e-12), 40)
plt.figure(figsize=(5, 3.5))
plt.plot(sizes, [binary_svm_loss(w - a * dw0, X_train, t_train, 0.0)[0] for a in sizes])
plt.xlabel("step size a")
plt.ylabel("loss of w - a * dw")
plt.title("Convex and piecewise linear along a line")
plt.show()

# %%
# Check: a tiny w gives a loss near 1; a hand example (one example on its side, one violated, one at
# the kink); the numeric gradient agrees away from kinks.
assert abs(loss - 1.0) < 0.1, "with w close to 0 every margin is close to 1"
w_hand = np.array([1.0, -1.0])
X_hand = np.array([[2.0, 0.0], [0.5, 0.0], [1.5, 0.5]])
t_hand = np.array([1, -1, 1])
loss_hand, dw_hand = binary_svm_loss(w_hand, X_hand, t_hand, 0.1)
assert np.isclose(loss_hand, (0.0 + 1.5 + 0.0) / 3 + 0.2), "margins -1, 1.5 and 0: mean 0.5, plus 0.1 * 2"
assert np.allclose(dw_hand, np.array([0.5, 0.0]) / 3 + 0.2 * w_hand), "only the violated example adds -t x / N"
assert np.nanmax(errors) < 1e-6, "the gradient disagrees with the numeric gradient"
print("OK: binary_svm_loss works.")

# %% autograde=binary_svm_loss

# %% [markdown]
# ## Training one-vs-all and one-vs-one
#
# The optimization notebook combined binary classifiers that were fitted for you. Now train them
# yourself, with your `binary_svm_loss`, `sample_batch` and `sgd_step`:
#
# - `train_one_vs_all(X, y, num_classes, ...)` returns W of shape (D, C): column c is the classifier
#   of class c (+1) against all the other classes (-1), trained on all N examples.
# - `train_one_vs_one(X, y, num_classes, ...)` returns W of shape (D, C(C-1)/2): column p is the
#   classifier of the pair p = (i, j) of `one_vs_one_pairs(C)`, trained on the examples of classes i
#   and j only, with +1 for i (the first class of the pair) and -1 for j.
#
# Each classifier starts from `w = np.zeros(D)` and takes `num_iters` steps: draw a batch with
# `sample_batch(..., batch_size, rng)`, compute `binary_svm_loss` on it, step with `sgd_step`. All the
# randomness comes from `rng`, so the same seed gives the same W. Write both in
# `cs231n/classifiers/binary_svm.py`; `one_vs_all_predict` and `one_vs_one_predict` (optimization
# notebook) then predict with them.
#
# <details><summary><b>Hint 1</b>: the targets of one classifier</summary>
#
# `np.where(condition, 1, -1)` turns a boolean condition on the labels into targets in {-1, +1}. For a
# pair (i, j), first keep the rows whose label is i or j (a boolean mask `(y == i) | (y == j)`), then
# make the targets of those rows only.
#
# </details>
#
# <details><summary><b>Hint 2</b>: one loop per classifier</summary>
#
# Two nested loops: over the classifiers (the classes, or the rows of `one_vs_one_pairs(C)` with
# `enumerate` for the column index), and over the steps. The inner loop is the training loop of
# `LinearClassifier.train` with a vector w in place of the matrix W.
#
# </details>

# %%
import time

from cs231n.classifiers.binary_svm import train_one_vs_all, train_one_vs_one
from cs231n.classifiers.linear_classifier import LinearSVM, Softmax
from cs231n.classifiers.multiclass import one_vs_all_predict, one_vs_one_pairs, one_vs_one_predict

options = dict(learning_rate=1e-2, reg=1e-4, num_iters=150, batch_size=100)
results = {}

started = time.perf_counter()
W_ova = train_one_vs_all(X_train, y_train, num_classes, rng=np.random.default_rng(0), **options)
results["one-vs-all (binary SVMs)"] = (W_ova.shape[1], time.perf_counter() - started,
                                       np.mean(one_vs_all_predict(W_ova, X_val) == y_val))

started = time.perf_counter()
W_ovo = train_one_vs_one(X_train, y_train, num_classes, rng=np.random.default_rng(0), **options)
results["one-vs-one (binary SVMs)"] = (W_ovo.shape[1], time.perf_counter() - started,
                                       np.mean(one_vs_one_predict(W_ovo, X_val, num_classes) == y_val))

for name, model in (("multiclass SVM (Weston-Watkins)", LinearSVM()), ("softmax", Softmax())):
    started = time.perf_counter()
    model.train(X_train, y_train, rng=np.random.default_rng(0), **options)
    results[name] = (1, time.perf_counter() - started, np.mean(model.predict(X_val) == y_val))

print("%-34s %12s %10s %10s" % ("model", "classifiers", "train (s)", "val acc"))
for name, (count, seconds, accuracy) in results.items():
    print("%-34s %12d %10.2f %10.3f" % (name, count, seconds, accuracy))

plt.figure(figsize=(7, 3.5))
plt.bar(range(len(results)), [accuracy for _, _, accuracy in results.values()])
plt.xticks(range(len(results)), [name.split(" (")[0] for name in results], rotation=15)
plt.axhline(1.0 / num_classes, color="k", linestyle="--", label="chance")
plt.ylabel("validation accuracy")
plt.legend()
plt.title("Four ways to a multiclass linear classifier")
plt.show()

# %%
# Check: the shapes; the same seed gives the same W; each one-vs-one pair is on the right side of its
# own two classes (first class +1); both schemes beat chance by far.
assert W_ova.shape == (X_train.shape[1], num_classes)
assert W_ovo.shape == (X_train.shape[1], num_classes * (num_classes - 1) // 2)
tiny = dict(learning_rate=1e-2, reg=1e-4, num_iters=5, batch_size=20)
assert np.array_equal(train_one_vs_one(X_train, y_train, num_classes, rng=np.random.default_rng(1), **tiny),
                      train_one_vs_one(X_train, y_train, num_classes, rng=np.random.default_rng(1), **tiny)), \
    "draw every batch with the rng you are given"
for p, (i, j) in enumerate(one_vs_one_pairs(num_classes)):
    scores_i, scores_j = X_train[y_train == i].dot(W_ovo[:, p]), X_train[y_train == j].dot(W_ovo[:, p])
    assert scores_i.mean() > scores_j.mean(), f"pair {(i, j)}: class {i} must be the +1 side"
assert results["one-vs-all (binary SVMs)"][2] > 0.2 and results["one-vs-one (binary SVMs)"][2] > 0.2
print("OK: train_one_vs_all and train_one_vs_one work.")

# %% autograde=train_one_vs_all

# %% autograde=train_one_vs_one

# %% [markdown]
# **Inline question 1.** Compare the four rows of the table: accuracy, number of classifiers and
# training time. Why does one-vs-one train C(C-1)/2 classifiers and yet not take C(C-1)/2 / C times as
# long as one-vs-all here? What does one-vs-all's "class c against the rest" do to the balance of +1
# and -1 targets, and what could that cost it?
#
# *Your answer (2 points, graded by hand): the figures read off your table, the reason for the times,
# and the imbalance (1 positive for C - 1 negatives); a few sentences.*

# %% [markdown] answer=schemes points=2
# **Your answer:**
# ### BEGIN SOLUTION
# One-vs-one trains 45 classifiers against one-vs-all's 10, but each sees only the examples of its two
# classes (about 2N/C rows), and with a fixed number of steps of a fixed batch size the cost of a step
# does not depend on the number of rows: the time grows with the number of classifiers (4.5 times),
# not with C(C-1)/2 times the data; with full batches each pair would cost 2/C of a one-vs-all
# classifier, so the two would be close. One-vs-all gives each classifier one positive example for
# C - 1 negatives: the hinge is then lowest for a classifier that says "no" to almost everything, its
# scores are not calibrated against each other, and taking the highest score can favour some classes.
# The multiclass SVM and softmax train one W jointly on comparable scores, often as accurate or better
# for one set of weights.
# ### END SOLUTION

# %% [markdown]
# ## L1 that reaches zero: the proximal step
#
# The lecture says that L1 sets some weights exactly to 0 (it selects features) while L2 only makes
# them small. Subgradient descent on L1 does not show it: each step moves a weight by
# `learning_rate * reg` toward 0 *and past it*, so a weight jumps around 0 and almost never lands on
# it. Proximal gradient descent splits the step in two: a gradient step on the data loss alone, then
# the proximal step of the penalty, which for L1 is soft-thresholding: move each weight toward 0 by
# `learning_rate * reg` and stop at 0,
#
# `W_new = sign(W) * max(|W| - learning_rate * reg, 0)`.
#
# Write `l1_proximal_step(W, learning_rate, reg)` in `cs231n/regularization.py` (no loops, a new
# array, W unchanged). Below, one binary SVM (airplane +1 against automobile -1) is trained three
# ways for every lambda of a grid: L2 by gradient descent, L1 by subgradient descent, L1 by proximal
# steps.
#
# <details><summary><b>Hint 1</b>: shrink, then clip</summary>
#
# `np.abs(W) - threshold` is how much of each weight is left; `np.maximum(..., 0)` stops at 0;
# `np.sign(W)` puts the sign back.
#
# </details>

# %%
from cs231n.optim import sample_batch, sgd_step
from cs231n.regularization import l1_proximal_step, l1_regularization, l2_regularization

two = y_train < 2
X_two, t_two = X_train[two], np.where(y_train[two] == 0, 1, -1)
two_val = y_val < 2
X_two_val, t_two_val = X_val[two_val], np.where(y_val[two_val] == 0, 1, -1)
lambdas = np.logspace(-3, 0, 7)
methods = ("L2", "L1 subgradient", "L1 proximal")


def fit(method, lam, steps=300, learning_rate=1e-2):
    """One binary SVM from w = 0: minibatch steps on the data loss, with the penalty of `method`."""
    rng = np.random.default_rng(0)
    w = np.zeros(X_two.shape[1])
    for _ in range(steps):
        X_batch, t_batch = sample_batch(X_two, t_two, 100, rng)
        _, dw = binary_svm_loss(w, X_batch, t_batch, 0.0)
        if method == "L2":
            dw = dw + l2_regularization(w, lam)[1]
        elif method == "L1 subgradient":
            dw = dw + l1_regularization(w, lam)[1]
        w = sgd_step(w, dw, learning_rate)
        if method == "L1 proximal":
            w = l1_proximal_step(w, learning_rate, lam)
    return w


weights = {(method, lam): fit(method, lam) for method in methods for lam in lambdas}
zeros = {method: [np.mean(weights[method, lam] == 0) for lam in lambdas] for method in methods}

plt.figure(figsize=(6, 4))
for method in methods:
    plt.semilogx(lambdas, zeros[method], "o-", label=method)
plt.xlabel("lambda")
plt.ylabel("fraction of weights exactly 0")
plt.legend()
plt.title("Exact zeros")
plt.show()

shown = lambdas[4]
plt.figure(figsize=(9, 3))
for k, method in enumerate(methods):
    image = weights[method, shown][:-1].reshape(32, 32, 3)
    plt.subplot(1, 3, k + 1)
    plt.imshow((image - image.min()) / max(image.max() - image.min(), 1e-12))
    plt.axis("off")
    plt.title("%s, %.0f%% zeros" % (method, 100 * np.mean(weights[method, shown] == 0)))
plt.suptitle("The weights at lambda = %g" % shown)
plt.show()

# %%
# Check: soft-thresholding on a hand example; proximal L1 reaches exact zeros, more for a larger
# lambda, while subgradient L1 and L2 leave (almost) none.
W_hand = np.array([[0.5, -0.05], [0.1, -2.0]])
W_hand_new = l1_proximal_step(W_hand, 0.1, 1.0)
assert np.allclose(W_hand_new, [[0.4, 0.0], [0.0, -1.9]]) and np.all(W_hand_new[[0, 1], [1, 0]] == 0)
assert np.array_equal(W_hand, [[0.5, -0.05], [0.1, -2.0]]), "l1_proximal_step must not modify W"
assert zeros["L1 proximal"][-1] > 0.5 and zeros["L1 proximal"][0] < zeros["L1 proximal"][-1]
assert max(zeros["L1 subgradient"]) < 0.01 and max(zeros["L2"]) < 0.01
print("OK: the proximal step sets weights exactly to 0.")

# %% autograde=l1_proximal_step

# %% [markdown]
# ### Proximal training of a multiclass classifier
#
# Write `LinearClassifier.train_l1_proximal` (`cs231n/classifiers/linear_classifier.py`): the loop of
# `train`, with the data loss alone (`self.loss(X_batch, y_batch, 0.0)`), a gradient step, and then
# `l1_proximal_step(W, learning_rate, reg)`. Its history holds the data loss plus the L1 penalty. Below,
# a softmax classifier on all ten classes, proximal L1 against L1 by subgradient (the same loss with
# the L1 subgradient added by hand), at lambda = 1e-2. Try other strengths: a larger lambda sets more
# weights to exactly 0 and costs accuracy (at 5e-2 every weight is 0 and the model is at chance, 10%);
# a smaller one keeps more of them and of the accuracy.

# %%
from cs231n.classifiers.softmax import softmax_loss_vectorized

proximal_model = Softmax()
proximal_history = proximal_model.train_l1_proximal(X_train, y_train, learning_rate=1e-2, reg=1e-2,
                                                    num_iters=150, batch_size=100, rng=np.random.default_rng(0))
W_sub = 0.001 * np.random.default_rng(0).standard_normal((X_train.shape[1], num_classes))
batches = np.random.default_rng(1)
for _ in range(150):
    X_batch, y_batch = sample_batch(X_train, y_train, 100, batches)
    _, dW = softmax_loss_vectorized(W_sub, X_batch, y_batch, 0.0)
    W_sub = sgd_step(W_sub, dW + l1_regularization(W_sub, 1e-2)[1], 1e-2)
print("exact zeros: proximal %.1f%%, subgradient %.1f%%" % (100 * np.mean(proximal_model.W == 0),
                                                           100 * np.mean(W_sub == 0)))
print("validation accuracy: proximal %.3f" % np.mean(proximal_model.predict(X_val) == y_val))

# %%
# Check: one loss per step, the proximal model has exact zeros where the subgradient one has none, and it
# still learns (chance is 10%; the reference gets about 31% with 56% of its weights at 0).
assert len(proximal_history) == 150 and np.all(np.isfinite(proximal_history))
assert np.mean(proximal_model.W == 0) > 0.2 and np.mean(W_sub == 0) < 0.01
assert np.mean(proximal_model.predict(X_val) == y_val) > 0.2, "the proximal model should beat chance (10%)"
print("OK: train_l1_proximal reaches exact zeros.")

# %% autograde=LinearClassifier.train_l1_proximal

# %% [markdown]
# ## The strength lambda
#
# The same L2-regularized binary SVM, one model per lambda of the log grid: its validation accuracy,
# its training loss (the data loss, without the penalty) and the size of its weights.

# %%
accuracy = [np.mean((X_two_val.dot(weights["L2", lam]) >= 0) == (t_two_val > 0)) for lam in lambdas]
data_loss = [binary_svm_loss(weights["L2", lam], X_two, t_two, 0.0)[0] for lam in lambdas]
norms = [np.linalg.norm(weights["L2", lam]) for lam in lambdas]

plt.figure(figsize=(12, 3.5))
for k, (values, label) in enumerate(((accuracy, "validation accuracy"), (data_loss, "training data loss"),
                                     (norms, "||w||"))):
    plt.subplot(1, 3, k + 1)
    plt.semilogx(lambdas, values, "o-")
    plt.xlabel("lambda")
    plt.title(label)
plt.tight_layout()
plt.show()

# %%
# Check: the shape the theory predicts: the weights shrink and the training loss grows with lambda.
assert np.all(np.diff(norms) < 0), "the weight norm should fall as lambda grows"
assert data_loss[-1] > data_loss[0], "a strong penalty should cost training loss"
print("OK: a larger lambda makes smaller weights and fits the training data less.")

# %% [markdown]
# **Inline question 2.** What does a larger lambda do to the model, by your three plots? Which end of
# the grid overfits and which underfits, and how would you pick lambda? Why does L1 (proximal) give a
# "simpler" model than L2 at the same lambda?
#
# *Your answer (2 points, graded by hand): the trends read off the plots, the two ends, choosing on
# validation data, and exact zeros as feature selection; a few sentences.*

# %% [markdown] answer=lambda_strength points=2
# **Your answer:**
# ### BEGIN SOLUTION
# A larger lambda shrinks the weights (the norm falls all along the grid) and the model fits the
# training data less (the data loss grows): it is a simpler model. At the small end the training loss
# is lowest but the validation accuracy is no better (the model fits noise of 200 images: it
# overfits); at the large end the weights are so small that both losses grow and accuracy falls toward
# chance (it underfits). Lambda is chosen where the validation accuracy is highest, never on the
# training data. L1's proximal step sets every weight whose pull from the data is weaker than lambda
# exactly to 0, so the model uses fewer pixels (feature selection); L2 makes all weights small but
# keeps every one of them.
# ### END SOLUTION
