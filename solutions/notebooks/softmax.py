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
# ends with a check: run it, and do not move on until it passes.

# %%
# Setup: reload your modules when you edit them, so that you never run stale code.
# %load_ext autoreload
# %autoreload 2

import os
import time

import matplotlib.pyplot as plt
import numpy as np

from cs231n.data_utils import get_CIFAR10_data, label_names
from cs231n.gradient_check import grad_check_sparse, rel_error

plt.rcParams["figure.figsize"] = (10.0, 8.0)
plt.rcParams["image.interpolation"] = "nearest"

# %% [markdown]
# ## Load and preprocess the data
#
# `get_CIFAR10_data` does everything the SVM notebook did step by step: split, flatten, subtract the
# mean training image, append the bias column.

# %%
cifar10_dir = os.environ.get("CIFAR10_DIR", "../data/toy-cifar-10-batches-py")
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
# Write `softmax_loss_naive`. With a tiny random `W` all scores are about 0, every class gets a
# probability of about 1/C, and the loss should be close to -log(1/C) = -log(0.1).

# %%
from cs231n.classifiers.softmax import softmax_loss_naive

rng = np.random.default_rng(231)
W = rng.standard_normal((3073, num_classes)) * 0.0001
loss, grad = softmax_loss_naive(W, X_dev, y_dev, 0.0)
print("loss: %f" % loss)
print("sanity check: %f" % (-np.log(0.1)))

# %%
# Check: the initial loss is close to -log(0.1) = 2.303.
assert abs(loss - np.log(num_classes)) < 0.2, f"loss {loss:.3f} is far from {np.log(num_classes):.3f}"
print("OK: the initial loss is about -log(0.1).")

# %% [markdown]
# **Inline question 1.** Why do we expect the initial loss to be close to -log(0.1)? Explain briefly.

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
# Write `softmax_loss_vectorized` without any Python loop.

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

# %%
# Check: the same loss and gradient, and faster.
assert abs(loss_naive - loss_vectorized) < 1e-9 * max(1.0, abs(loss_naive))
assert rel_error(grad_naive, grad_vectorized) < 1e-7
assert vectorized_time < naive_time, "the vectorized version should be much faster than the loops"
print("OK: softmax_loss_vectorized agrees with softmax_loss_naive and is faster.")

# %% [markdown]
# ## Numerical stability
#
# `exp(1000)` overflows a float64. Written literally, the softmax of large scores is `inf / inf`,
# which is `nan`:

# %%
scores = np.array([1000.0, 999.0, 998.0])
with np.errstate(over="ignore", invalid="ignore"):
    print("literal softmax of", scores, ":", np.exp(scores) / np.sum(np.exp(scores)))
shifted = scores - np.max(scores)
print("after subtracting the max:      ", np.exp(shifted) / np.sum(np.exp(shifted)))

# %% [markdown]
# Subtracting each example's largest score changes nothing mathematically (it cancels in the
# ratio), and keeps every exponent <= 0. Your functions must do it: scale `W` until the scores reach
# about 1000 and check that the loss and gradient stay finite, and that both versions still agree.

# %%
W_large = W * (1000.0 / np.abs(X_dev.dot(W)).max())
print("largest score: %.0f" % np.abs(X_dev.dot(W_large)).max())
loss_naive, grad_naive = softmax_loss_naive(W_large, X_dev, y_dev, 0.0)
loss_vectorized, grad_vectorized = softmax_loss_vectorized(W_large, X_dev, y_dev, 0.0)
print("naive loss: %f, vectorized loss: %f" % (loss_naive, loss_vectorized))

# %%
# Check: finite everywhere, and the two versions agree.
assert np.isfinite(loss_naive) and np.isfinite(loss_vectorized), "subtract the max score before exp"
assert np.all(np.isfinite(grad_naive)) and np.all(np.isfinite(grad_vectorized))
assert abs(loss_naive - loss_vectorized) < 1e-6 * max(1.0, abs(loss_naive))
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
# and `best_softmax`, with a few hundred iterations per pair and `rng=np.random.default_rng(0)`.

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
