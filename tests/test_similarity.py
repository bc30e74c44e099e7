"""`python -m autograder.frontends.similarity`: copies rank above independent work, the starter is nobody's.

The class is made here, not shipped: :func:`independent_answers` writes each
student's answers from a grammar of the ways students really write these
functions (double loops, ``while`` loops, a loop over the classes, a loop
with a vectorized inner step; ``dot``, ``@``, ``np.matmul`` or ``einsum``;
``logsumexp`` by hand or stable softmax by subtraction; a one-hot matrix or
fancy indexing for the gradient; ...), each student drawing their own
structure and details from a seeded generator, some with the mistakes students
make (no averaging, a wrong regularization gradient, no max-subtraction).
Onto that class the tests plant copies: a whole submission with its
variables renamed, its comments and white space changed; one with its
independent statements reordered; and one student who copied a single
function from a known (public) solution. Every planted pair must rank above
every other pair, and many untouched starters must be similar to nobody.
"""

import csv
import importlib
import importlib.util
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from autograder.frontends import similarity
from autograder.loss_functions.exercises import ASSIGNMENT
from support.kit_paths import REPO

STARTER = Path(ASSIGNMENT.starter)
START = "# *****START OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****"


def pick(rng, *options):
    return rng.choice(options)


def indent(lines, prefix="    "):
    return [prefix + line if line else line for line in lines]


# -- a grammar of student answers -----------------------------------------------------------------------

def matmul(rng, a, b):
    """``a`` times ``b`` as one of the ways students write a matrix product."""
    return pick(rng, f"{a}.dot({b})", f"np.dot({a}, {b})", f"{a} @ {b}", f"np.matmul({a}, {b})")


def penalty(rng):
    return pick(rng, "reg * np.sum(W * W)", "reg * np.sum(W ** 2)", "reg * (W * W).sum()",
                "reg * np.sum(np.square(W))", "np.sum(W * W) * reg", "reg * np.linalg.norm(W) ** 2")


def penalty_gradient(rng, wrong=False):
    if wrong:
        return pick(rng, "reg * W", "0.5 * reg * W")
    return pick(rng, "2 * reg * W", "reg * 2 * W", "2.0 * reg * W", "W * (2 * reg)", "2 * W * reg")


def normalize(rng, n, wrong=False):
    """The averaging and regularization steps, in one of the orders students put them."""
    loss_steps = [f"loss /= {n}", f"loss += {penalty(rng)}"]
    if rng.random() < 0.5:
        loss_steps = [f"loss = loss / {n} + {penalty(rng)}"]
    grad_steps = [f"dW /= {n}", f"dW += {penalty_gradient(rng, wrong)}"]
    if wrong and rng.random() < 0.5:
        grad_steps = [f"dW += {penalty_gradient(rng)}"]  # forgot to average the gradient
    elif rng.random() < 0.4:
        grad_steps = [f"dW = dW / {n} + {penalty_gradient(rng, wrong)}"]
    return loss_steps + grad_steps if rng.random() < 0.5 else grad_steps + loss_steps


def names(rng):
    return {
        "s": pick(rng, "scores", "s", "class_scores", "score", "f", "logits", "sc"),
        "c": pick(rng, "correct", "correct_score", "correct_class_score", "s_y", "true_score", "target"),
        "m": pick(rng, "margin", "m", "diff", "violation", "hinge"),
        "i": pick(rng, "i", "n", "idx", "k"),
        "j": pick(rng, "j", "c", "cls", "col"),
        "N": pick(rng, "num_train", "N", "n_samples", "n"),
        "p": pick(rng, "probs", "p", "prob", "softmax", "P"),
    }


# the small choices every line of an answer is written with: a student makes each their own way
def count(rng, labels=True):
    """The number of examples; ``y.size`` only where y holds labels (mse_loss's targets are a matrix)."""
    return pick(rng, "X.shape[0]", "len(X)", "y.shape[0]", "len(y)", "y.size" if labels else "y.shape[0]",
                "np.shape(X)[0]")


def column(rng, vector):
    return pick(rng, f"{vector}[:, np.newaxis]", f"{vector}[:, None]", f"{vector}.reshape(-1, 1)",
                f"np.expand_dims({vector}, axis=1)", f"{vector}.reshape(({vector}.shape[0], 1))")


def row_sum(rng, matrix, keep=False):
    kept = ", keepdims=True" if keep else ""
    operand = f"({matrix})" if " " in matrix and not matrix.endswith(")") else matrix  # `(a * b).sum()`
    return pick(rng, f"np.sum({matrix}, axis=1{kept})", f"{operand}.sum(axis=1{kept})",
                f"{operand}.sum(1{kept})" if not keep else f"{operand}.sum(axis=-1, keepdims=True)")


def row_max(rng, matrix):
    return pick(rng, f"np.max({matrix}, axis=1, keepdims=True)", f"{matrix}.max(axis=1, keepdims=True)",
                column(rng, f"np.amax({matrix}, axis=1)"), column(rng, f"{matrix}.max(1)"))


def positive(rng, matrix):
    return pick(rng, f"({matrix} > 0).astype(float)", f"np.where({matrix} > 0, 1.0, 0.0)",
                f"({matrix} > 0) * 1.0", f"({matrix} > 0).astype(X.dtype)",
                f"np.greater({matrix}, 0).astype(np.float64)")


def one(rng):
    return pick(rng, "1", "1.0", "delta")


def clipped(rng, matrix):
    """A statement that sets the negative entries of ``matrix`` to zero."""
    return pick(rng, f"{matrix}[{matrix} < 0] = 0", f"{matrix} = np.maximum({matrix}, 0)",
                f"{matrix} = np.maximum(0.0, {matrix})", f"{matrix} *= {matrix} > 0",
                f"{matrix} = np.clip({matrix}, 0, None)")


def with_delta(rng, lines):
    """``lines`` with ``delta = 1`` defined first when they use it."""
    uses = any(re.search(r"\bdelta\b", line) for line in lines)
    return ([pick(rng, "delta = 1.0", "delta = 1", "delta = 1.0  # the margin")] if uses else []) + lines


def svm_naive(rng, v, wrong):
    i, j, s, c, m = v["i"], v["j"], v["s"], v["c"], v["m"]
    add = pick(rng, "{a} += {b}", "{a} = {a} + {b}")
    sub = pick(rng, "{a} -= {b}", "{a} = {a} - {b}", "{a} += -{b}")
    xi = pick(rng, f"X[{i}]", f"X[{i}, :]", f"X[{i}].T")
    style = rng.randrange(5)
    if style == 0:  # the textbook double loop
        body = [f"for {i} in range(num_train):", f"    {s} = {matmul(rng, f'X[{i}]', 'W')}",
                f"    {c} = {s}[y[{i}]]", f"    for {j} in range(num_classes):", f"        if {j} == y[{i}]:",
                "            continue", f"        {m} = {s}[{j}] - {c} + {one(rng)}",
                f"        if {m} > 0:", "            " + add.format(a="loss", b=m),
                "            " + add.format(a=f"dW[:, {j}]", b=xi),
                "            " + sub.format(a=f"dW[:, y[{i}]]", b=xi)]
    elif style == 1:  # a counter of violated margins per example
        body = [f"for {i} in range(num_train):", f"    {s} = {matmul(rng, f'X[{i}]', 'W')}",
                pick(rng, "    count = 0", "    violated = 0", "    num_pos = 0"),
                f"    for {j} in range(num_classes):",
                f"        if {j} != y[{i}]:",
                f"            {m} = max(0.0, {s}[{j}] - {s}[y[{i}]] + {one(rng)})",
                "            " + add.format(a="loss", b=m),
                f"            if {m} > 0:", "                count += 1",
                "                " + add.format(a=f"dW[:, {j}]", b=xi), f"    dW[:, y[{i}]] -= count * {xi}"]
        body = [line.replace("count", body[2].split()[0]) for line in body]
    elif style == 2:  # one loop over examples, the margins of a row at once
        mask = pick(rng, "mask", "indicator", "ind", "active")
        body = [f"for {i} in range(num_train):", f"    {s} = {matmul(rng, f'X[{i}]', 'W')}",
                f"    {m} = {s} - {s}[y[{i}]] + {one(rng)}", "    " + clipped(rng, m), f"    {m}[y[{i}]] = 0",
                "    " + add.format(a="loss", b=pick(rng, f"np.sum({m})", f"{m}.sum()")),
                f"    {mask} = {positive(rng, m)}",
                f"    {mask}[y[{i}]] = -{pick(rng, f'np.sum({mask})', f'{mask}.sum()')}",
                "    " + add.format(a="dW", b=pick(rng, f"np.outer({xi}, {mask})",
                                                        f"{column(rng, f'X[{i}]')} * {mask}"))]
    elif style == 3:  # while loops, as from another language
        body = [f"{i} = 0", f"while {i} < num_train:", f"    {s} = {matmul(rng, f'X[{i}]', 'W')}",
                f"    {j} = 0", f"    while {j} < num_classes:",
                f"        {m} = {s}[{j}] - {s}[y[{i}]] + {one(rng)}",
                f"        if {j} != y[{i}] and {m} > 0:", "            " + add.format(a="loss", b=m),
                "            " + add.format(a=f"dW[:, {j}]", b=xi),
                "            " + sub.format(a=f"dW[:, y[{i}]]", b=xi),
                f"        {j} += 1", f"    {i} += 1"]
    else:  # classes outside, examples inside
        body = [f"all_{s} = {matmul(rng, 'X', 'W')}", f"for {j} in range(num_classes):",
                f"    for {i} in range(num_train):", f"        if y[{i}] == {j}:", "            continue",
                f"        {m} = all_{s}[{i}, {j}] - all_{s}[{i}, y[{i}]] + {one(rng)}",
                f"        if {m} <= 0:", "            continue", "        " + add.format(a="loss", b=m),
                "        " + add.format(a=f"dW[:, {j}]", b=xi), "        " + sub.format(a=f"dW[:, y[{i}]]", b=xi)]
    return with_delta(rng, body) + normalize(rng, "num_train", wrong)


def hinge_vectorized(rng, v, wrong, squared):
    s, m, N = v["s"], v["m"] + "s", v["N"]
    rows = pick(rng, "rows", "idx", "ar", "r", "every")
    prelude = [f"{N} = {count(rng)}", f"{rows} = np.arange({N})", f"{s} = {matmul(rng, 'X', 'W')}"]
    if rng.random() < 0.5:
        prelude = [f"{s} = {matmul(rng, 'X', 'W')}", f"{N} = {s}.shape[0]",
                   f"{rows} = {pick(rng, 'np.arange', 'range')}({N})"]
    style = rng.randrange(3)
    if style == 0:
        correct = pick(rng, column(rng, f"{s}[{rows}, y]"), f"np.choose(y, {s}.T)[:, None]")
        body = [f"{m} = np.maximum(0, {s} - {correct} + {one(rng)})", f"{m}[{rows}, y] = 0"]
    elif style == 1:
        c = v["c"]
        body = [f"{c} = {s}[{rows}, y]", f"{m} = {s} - {column(rng, c)} + {one(rng)}",
                clipped(rng, m), f"{m}[{rows}, y] = {pick(rng, '0', '0.0')}"]
    else:
        onehot = pick(rng, "onehot", "mask", "is_true", "Y")
        body = [f"{onehot} = np.zeros_like({s})", f"{onehot}[{rows}, y] = 1",
                f"correct = {row_sum(rng, f'{s} * {onehot}', keep=True)}",
                f"{m} = np.clip({s} - correct + {one(rng)}, 0, None) * (1 - {onehot})"]
    coef_name = pick(rng, "coef", "grad_margins", "dscores", "G", "weights")
    if squared:
        data = pick(rng, f"np.sum({m} ** 2)", f"({m} * {m}).sum()", f"np.sum(np.square({m}))")
        coef = [f"{coef_name} = {pick(rng, f'2 * {m}', f'2.0 * {m}', f'{m} * 2')}",
                f"{coef_name}[{rows}, y] = -{row_sum(rng, coef_name)}"]
    else:
        data = pick(rng, f"np.sum({m})", f"{m}.sum()")
        coef = pick(rng, [f"{coef_name} = {positive(rng, m)}", f"{coef_name}[{rows}, y] = -{row_sum(rng, coef_name)}"],
                    [f"{coef_name} = np.zeros_like({m})", f"{coef_name}[{m} > 0] = 1",
                     f"{coef_name}[{rows}, y] -= {row_sum(rng, coef_name)}"])
    if wrong:
        data = data + " / 2"
    loss = [f"loss = {data} / {N} + {penalty(rng)}"]
    if rng.random() < 0.5:
        loss = [f"loss = {data} / {N}", f"loss += {penalty(rng)}"]
    grad = [f"dW = {matmul(rng, 'X.T', coef_name)} / {N}", f"dW += {penalty_gradient(rng, wrong)}"]
    if rng.random() < 0.5:
        grad = [f"dW = {matmul(rng, 'X.T', coef_name)} / {N} + {penalty_gradient(rng, wrong)}"]
    return with_delta(rng, prelude + body + (loss + coef + grad if rng.random() < 0.5 else coef + grad + loss))


def softmax_naive(rng, v, wrong):
    i, j, s, p = v["i"], v["j"], v["s"], v["p"]
    shift = [] if wrong else [pick(rng, f"    {s} -= np.max({s})", f"    {s} = {s} - {s}.max()",
                                   f"    {s} -= {s}.max()", f"    {s} = {s} - np.amax({s})")]
    xi = pick(rng, f"X[{i}]", f"X[{i}, :]")
    style = rng.randrange(4)
    if style == 0:
        body = ([f"for {i} in range(num_train):", f"    {s} = {matmul(rng, f'X[{i}]', 'W')}"] + shift +
                [f"    {p} = np.exp({s}) / {pick(rng, f'np.sum(np.exp({s}))', f'np.exp({s}).sum()')}",
                 f"    loss += {pick(rng, f'-np.log({p}[y[{i}]])', f'-1 * np.log({p}[y[{i}]])')}",
                 f"    for {j} in range(num_classes):",
                 f"        dW[:, {j}] += ({p}[{j}] - ({j} == y[{i}])) * {xi}"])
    elif style == 1:
        total = pick(rng, "total", "denom", "z", "normalizer")
        body = ([f"for {i} in range(num_train):", f"    {s} = {matmul(rng, f'X[{i}]', 'W')}"] + shift +
                [f"    {total} = 0.0", f"    for {j} in range(num_classes):", f"        {total} += np.exp({s}[{j}])",
                 f"    loss += np.log({total}) - {s}[y[{i}]]", f"    for {j} in range(num_classes):",
                 f"        share = np.exp({s}[{j}]) / {total}", f"        if {j} == y[{i}]:",
                 f"            dW[:, {j}] += (share - 1) * {xi}", "        else:",
                 f"            dW[:, {j}] += share * {xi}"])
    elif style == 2:  # the gradient as an outer product of each row
        e = pick(rng, "e", "exps", "unnormalized")
        body = ([f"for {i} in range(num_train):", f"    {s} = {matmul(rng, f'X[{i}]', 'W')}"] + shift +
                [f"    {e} = np.exp({s})", f"    {p} = {e} / {pick(rng, f'{e}.sum()', f'np.sum({e})')}",
                 f"    loss -= np.log({p}[y[{i}]])", f"    {p}[y[{i}]] -= 1",
                 f"    dW += {pick(rng, f'np.outer({xi}, {p})', f'{xi}[:, None] * {p}[None, :]')}"])
    else:  # log-sum-exp by hand
        body = ([f"for {i}, (row, label) in enumerate(zip(X, y)):", f"    {s} = {matmul(rng, 'row', 'W')}",
                 f"    top = {pick(rng, f'np.max({s})', f'{s}.max()')}",
                 f"    lse = top + np.log({pick(rng, f'np.sum(np.exp({s} - top))', f'np.exp({s} - top).sum()')})",
                 "    loss += lse - " + f"{s}[label]", f"    for {j} in range(num_classes):",
                 f"        dW[:, {j}] += np.exp({s}[{j}] - lse) * row", "    dW[:, label] -= row"])
    return body + normalize(rng, "num_train", wrong)


def softmax_vectorized(rng, v, wrong):
    s, p, N = v["s"], v["p"], v["N"]
    prelude = [f"{N} = {count(rng)}", f"{s} = {matmul(rng, 'X', 'W')}"]
    if rng.random() < 0.3:
        prelude = [f"{s} = np.einsum('nd,dc->nc', X, W)", f"{N} = {count(rng)}"]
    shift = [] if wrong else [pick(rng, f"{s} -= {row_max(rng, s)}", f"{s} = {s} - {row_max(rng, s)}")]
    rows = pick(rng, f"np.arange({N})", f"range({N})")
    style = rng.randrange(3)
    if style == 0:
        e = pick(rng, f"exp_{s}", "e", "unnormalized")
        body = [f"{e} = np.exp({s})", f"{p} = {e} / {row_sum(rng, e, keep=True)}",
                f"loss = -np.sum(np.log({p}[{rows}, y])) / {N}", f"loss += {penalty(rng)}",
                f"d{s} = {pick(rng, f'{p}.copy()', f'np.copy({p})', f'{p}')}", f"d{s}[{rows}, y] -= 1",
                f"dW = {matmul(rng, 'X.T', f'd{s}')} / {N} + {penalty_gradient(rng, wrong)}"]
    elif style == 1:  # one-hot targets
        onehot = pick(rng, "onehot", "Y", "targets", "T")
        normalizer = column(rng, "np.log(" + row_sum(rng, f"np.exp({s})") + ")")
        body = [f"{onehot} = {pick(rng, 'np.eye(W.shape[1])[y]', 'np.identity(W.shape[1])[y]')}",
                f"log_{p} = {s} - {normalizer}",
                f"loss = -np.mean({row_sum(rng, f'{onehot} * log_{p}')}) + {penalty(rng)}",
                f"dW = {matmul(rng, 'X.T', f'(np.exp(log_{p}) - {onehot})')} / {N}",
                f"dW = dW + {penalty_gradient(rng, wrong)}"]
    else:
        d = pick(rng, "denominators", "sums", "Z", "norm")
        body = [f"{d} = {row_sum(rng, f'np.exp({s})')}",
                f"loss = np.sum(np.log({d}) - {s}[{rows}, y]) / {N} + {penalty(rng)}",
                f"weights = np.exp({s}) / {column(rng, d)}", f"weights[{rows}, y] -= 1.0",
                f"dW = np.einsum('nd,nc->dc', X, weights) / {N}", f"dW += {penalty_gradient(rng, wrong)}"]
    return prelude + shift + body


def mse(rng, v, wrong):
    N, r = v["N"], pick(rng, "residuals", "err", "diff", "r", "errors")
    style = rng.randrange(3)
    first = [f"{N} = {count(rng, labels=False)}", f"{r} = {matmul(rng, 'X', 'W')} - y"]
    if rng.random() < 0.3:
        first = [f"pred = {matmul(rng, 'X', 'W')}", f"{r} = {pick(rng, 'pred - y', 'np.subtract(pred, y)')}",
                 f"{N} = {count(rng, labels=False)}"]
    if style == 0:
        body = [f"loss = np.sum({r} ** 2) / {N} + {penalty(rng)}",
                f"dW = 2 * {matmul(rng, 'X.T', r)} / {N} + {penalty_gradient(rng, wrong)}"]
    elif style == 1:
        body = [f"loss = np.mean({row_sum(rng, f'{r} * {r}')}) + {penalty(rng)}",
                f"grad_pred = {pick(rng, f'2.0 * {r} / {N}', f'2 * {r} / {N}', f'(2 / {N}) * {r}')}",
                f"dW = {matmul(rng, 'X.T', 'grad_pred')}", f"dW += {penalty_gradient(rng, wrong)}"]
    else:
        body = [f"sq = {pick(rng, f'np.square({r})', f'{r} ** 2', f'{r} * {r}')}", f"loss = sq.sum() / {N}",
                f"loss += {penalty(rng)}",
                f"dW = (2.0 / {N}) * np.einsum('nd,nc->dc', X, {r})", f"dW = dW + {penalty_gradient(rng, wrong)}"]
    return first + body


def sample_batch(rng, v, wrong):
    idx = pick(rng, "indices", "idx", "chosen", "batch_idx", "picks")
    draw = pick(rng, f"rng.choice({count(rng)}, size=batch_size, replace=True)",
                f"rng.integers(0, {count(rng)}, size=batch_size)", f"rng.integers({count(rng)}, size=batch_size)",
                f"rng.choice({count(rng)}, batch_size)")
    if rng.random() < 0.5:
        return ["if batch_size is None:", "    X_batch, y_batch = X, y", "else:", f"    {idx} = {draw}",
                f"    X_batch = X[{idx}]", f"    y_batch = y[{idx}]"]
    return ["X_batch, y_batch = X, y", "if batch_size is not None:", f"    {idx} = {draw}",
            f"    X_batch, y_batch = X[{idx}, :], y[{idx}]"]


def train_step(rng, v, wrong):
    g = pick(rng, "grad", "dW", "gradient", "g")
    if rng.random() < 0.5:
        return ["X_batch, y_batch = sample_batch(X, y, batch_size, rng)",
                f"loss, {g} = self.loss(X_batch, y_batch, reg)", "loss_history.append(loss)",
                f"self.W = sgd_step(self.W, {g}, learning_rate)"]
    return ["xb, yb = sample_batch(X, y, batch_size, rng)", f"batch_loss, {g} = self.loss(xb, yb, reg=reg)",
            f"self.W = sgd_step(self.W, {g}, learning_rate)", "loss_history.append(float(batch_loss))"]


def one_vs_one(rng, v, wrong):
    s = v["s"]
    if rng.random() < 0.5:
        return [f"{s} = {matmul(rng, 'X', 'W')}", "votes = np.zeros((X.shape[0], num_classes), dtype=int)",
                "for p, (a, b) in enumerate(pairs):", f"    wins = {s}[:, p] >= 0",
                "    votes[wins, a] += 1", "    votes[~wins, b] += 1", "y_pred = np.argmax(votes, axis=1)"]
    return [f"{s} = {matmul(rng, 'X', 'W')}", "winner = np.where(" + f"{s} >= 0, pairs[:, 0], pairs[:, 1])",
            "votes = np.stack([(winner == k).sum(axis=1) for k in range(num_classes)], axis=1)",
            "y_pred = votes.argmax(axis=1)"]


def small(rng, function):
    """The short answers, which everybody writes alike (too short to score)."""
    return {
        "l2_regularization": [f"loss = {penalty(rng)}", f"dW = {penalty_gradient(rng)}"],
        "l1_regularization": [pick(rng, "loss = reg * np.sum(np.abs(W))", "loss = reg * np.abs(W).sum()"),
                              pick(rng, "dW = reg * np.sign(W)", "dW = np.sign(W) * reg")],
        "sgd_step": [pick(rng, "W_new = W - learning_rate * dW", "W_new = W - dW * learning_rate")],
        "LinearClassifier.predict": [pick(rng, "y_pred = np.argmax(X.dot(self.W), axis=1)",
                                          "y_pred = (X @ self.W).argmax(axis=1)")],
        "one_vs_all_predict": [pick(rng, "y_pred = np.argmax(X.dot(W), axis=1)",
                                    "y_pred = np.argmax(X @ W, axis=1)")],
    }[function]


def independent_answers(seed, wrong=False):
    """One student's answers, ``{function: lines}``, drawn from the grammar by a generator of their own."""
    rng = random.Random(seed)
    v = names(rng)
    answers = {
        "svm_loss_naive": svm_naive(rng, v, wrong),
        "svm_loss_vectorized": hinge_vectorized(rng, v, wrong, squared=False),
        "squared_hinge_loss_vectorized": hinge_vectorized(rng, v, wrong, squared=True),
        "softmax_loss_naive": softmax_naive(rng, v, wrong),
        "softmax_loss_vectorized": softmax_vectorized(rng, v, wrong),
        "mse_loss": mse(rng, v, wrong),
        "sample_batch": sample_batch(rng, v, wrong),
        "LinearClassifier.train": train_step(rng, v, wrong),
        "one_vs_one_predict": one_vs_one(rng, v, wrong),
    }
    for function in ("l2_regularization", "l1_regularization", "sgd_step", "LinearClassifier.predict",
                     "one_vs_all_predict"):
        answers[function] = small(rng, function)
    for function, lines in answers.items():  # students comment their code, each their own way
        if rng.random() < 0.4:
            answers[function] = [pick(rng, "# compute the loss", "# my solution", "# vectorized version",
                                      "# TODO check this")] + lines
    return answers


# -- planted copies --------------------------------------------------------------------------------------

def renamed(answers, seed):
    """The answers with their local names replaced (as a copier does), comments and spacing changed."""
    rng = random.Random(seed)
    out = {}
    for function, lines in answers.items():
        text = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
        for old in sorted(set(re.findall(r"\b([a-z_][a-z_0-9]*)\s*(?:=|\+=|-=|/=)(?!=)", text)) - {"loss", "dW"},
                          key=len, reverse=True):
            if old not in {"X_batch", "y_batch", "y_pred", "W_new", "axis", "keepdims", "size", "replace",
                           "dtype", "reg", "self"}:
                text = re.sub(rf"\b{old}\b", f"{old}_{pick(rng, 'v', 'tmp', 'mine', 'x')}", text)
        text = re.sub(r" ([-+*/]) ",
                      lambda match: f"  {match.group(1)}  " if rng.random() < 0.3 else f" {match.group(1)} ",
                      text)
        text = text.replace(", ", ",  ")
        out[function] = ["# my own implementation"] + text.split("\n") + [""]
    return out


def _assigned_and_read(line):
    target, _, value = line.partition("=")
    words = set(re.findall(r"[A-Za-z_]\w*", target + " " + value))
    return set(re.findall(r"[A-Za-z_]\w*", target.split("[")[0])), words


def reordered(answers):
    """The answers with adjacent independent statements swapped (neither reads what the other writes)."""
    out = {}
    for function, lines in answers.items():
        lines, index = list(lines), 0
        while index + 1 < len(lines):
            first, second = lines[index], lines[index + 1]
            simple = all("=" in line and ":" not in line and not line.startswith((" ", "#"))
                         for line in (first, second))
            if simple:
                written_1, read_1 = _assigned_and_read(first)
                written_2, read_2 = _assigned_and_read(second)
                if not (written_1 & read_2 or written_2 & read_1):
                    lines[index], lines[index + 1] = second, first
                    index += 2
                    continue
            index += 1
        out[function] = ["# rewrote the order"] + lines
    return out


# -- submissions on disk ---------------------------------------------------------------------------------

def answered_package(target, answers):
    """The starter package, copied to ``target``, with each stub replaced by the function's answer."""
    shutil.copytree(STARTER, target)
    for relative in ASSIGNMENT.student_files:
        path = target / relative
        if not path.is_file():  # an exercise whose stub is not generated yet: the grammar has no answer for it
            continue
        lines, out, owner = path.read_text().split("\n"), [], []
        for number, line in enumerate(lines):
            match = re.match(r"^(\s*)(def|class) (\w+)", line)
            if match:
                depth = len(match.group(1))
                owner = [o for o in owner if o[0] < depth] + [(depth, match.group(3))]
            if number and lines[number - 1].strip() == START and "raise NotImplementedError" in line:
                function = ".".join(name for _, name in owner)
                lead = line[: len(line) - len(line.lstrip())]
                out.extend(lead + row if row else row for row in answers.get(function, [line.strip()]))
                continue
            out.append(line)
        path.write_text("\n".join(out))


def without_markers(package):
    """The package with every START/END OF YOUR CODE line deleted, as some students do."""
    for relative in ASSIGNMENT.student_files:
        path = package / relative
        if not path.is_file():
            continue
        path.write_text("\n".join(line for line in path.read_text().split("\n") if "OF YOUR CODE" not in line))


INDEPENDENT = 22
WRONG = {3, 8, 14, 19}  # students whose answers have students' mistakes


def build_class(root, offset=0):
    """A class on disk: 22 independent students, 4 planted copies, 9 untouched starters, 1 known solution.

    ``offset`` shifts every student's seed: another class of the same make.
    """
    students, known = root / "submissions", root / "known"
    independent = {f"s{n:02d}": independent_answers(n + offset, wrong=n in WRONG) for n in range(INDEPENDENT)}
    for name, answers in independent.items():
        answered_package(students / name / "cs231n", answers)
    answered_package(students / "copy_renamed" / "cs231n", renamed(independent["s05"], 1))
    answered_package(students / "copy_reordered" / "cs231n", reordered(independent["s11"]))
    known_answers = independent_answers(9001 + offset)
    one_copied = dict(independent_answers(777 + offset))
    one_copied["softmax_loss_vectorized"] = renamed({"f": known_answers["softmax_loss_vectorized"]}, 2)["f"]
    answered_package(students / "copy_from_known" / "cs231n", one_copied)
    answered_package(students / "copy_unmarked" / "cs231n", independent["s16"])
    without_markers(students / "copy_unmarked" / "cs231n")
    for n in range(6):
        shutil.copytree(STARTER, students / f"starter{n}" / "cs231n")
    for n in range(3):  # the starter again, its markers deleted: its whole functions are then compared
        shutil.copytree(STARTER, students / f"starter_unmarked{n}" / "cs231n")
        without_markers(students / f"starter_unmarked{n}" / "cs231n")
    answered_package(known / "github_solution" / "cs231n", known_answers)
    return students, known


@pytest.fixture(scope="module")
def klass(tmp_path_factory):
    return build_class(tmp_path_factory.mktemp("class"))


def run_similarity(*arguments):
    return subprocess.run([sys.executable, "-m", "autograder.frontends.similarity", *map(str, arguments)],
                          cwd=REPO, capture_output=True, text=True, timeout=120)


def read_csv(out):
    with open(out / similarity.CSV_NAME, newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


@pytest.fixture(scope="module")
def report(klass, tmp_path_factory):
    students, known = klass
    out = tmp_path_factory.mktemp("out")
    began = time.monotonic()
    done = run_similarity("--submissions", students, "--known", known, "--out", out)
    assert done.returncode == 0, done.stderr
    return read_csv(out), out, time.monotonic() - began


PLANTED = {frozenset(("copy_renamed", "s05")), frozenset(("copy_reordered", "s11")),
           frozenset(("copy_unmarked", "s16")), frozenset(("copy_from_known", "known:github_solution"))}


def key(row):
    return frozenset((row["student_a"], row["student_b"]))


def test_the_generated_class_is_independent_work(klass):
    """The grammar gives every independent student answers of their own (else the ranking proves nothing)."""
    students, _ = klass
    texts = {}
    for folder in sorted(students.iterdir()):
        if folder.name.startswith("s") and not folder.name.startswith("starter"):
            texts[folder.name] = (folder / "cs231n" / "classifiers" / "softmax.py").read_text()
    assert len(texts) == INDEPENDENT and len(set(texts.values())) == INDEPENDENT


def load_package(folder, name):
    """A generated student package, imported under a name of its own (never as ``cs231n``)."""
    spec = importlib.util.spec_from_file_location(name, folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)
    return package


LOSSES = (("classifiers.linear_svm", "svm_loss_naive"), ("classifiers.linear_svm", "svm_loss_vectorized"),
          ("classifiers.linear_svm", "squared_hinge_loss_vectorized"), ("classifiers.softmax", "softmax_loss_naive"),
          ("classifiers.softmax", "softmax_loss_vectorized"), ("classifiers.linear_regression", "mse_loss"))


def test_the_generated_answers_are_right_or_wrong_as_drawn(klass):
    """The correct students' losses and gradients are the reference's; the wrong ones' are not."""
    students, _ = klass
    generator = np.random.default_rng(5)
    W, X = generator.normal(size=(4, 3)), generator.normal(size=(6, 4))
    labels, targets = generator.integers(0, 3, 6), generator.normal(size=(6, 3))
    for n in range(INDEPENDENT):
        name = f"similarity_generated_s{n:02d}"
        load_package(students / f"s{n:02d}" / "cs231n", name)
        for module, function in LOSSES:
            y = targets if function == "mse_loss" else labels
            loss, dW = getattr(importlib.import_module(f"{name}.{module}"), function)(W, X, y, 0.1)
            expected, expected_dW = getattr(importlib.import_module(f"cs231n.{module}"), function)(W, X, y, 0.1)
            right = np.isclose(loss, expected) and np.allclose(dW, expected_dW)
            assert right == (n not in WRONG), (n, function)


def test_planted_copies_rank_above_every_independent_pair(report):
    rows, _, _ = report
    planted = [row for row in rows if key(row) in PLANTED]
    others = [row for row in rows if key(row) not in PLANTED]
    assert {key(row) for row in planted} == PLANTED, "a planted copy was not found at all"
    lowest_planted = min(float(row["score"]) for row in planted)
    highest_other = max(float(row["score"]) for row in others)
    assert lowest_planted > highest_other, (planted, others[:3])
    assert {key(row) for row in rows[:len(PLANTED)]} == PLANTED
    assert [row["rank"] for row in rows[:len(PLANTED)]] == ["1", "2", "3", "4"]


def test_the_flag_marks_the_copies_and_no_independent_pair(report):
    # in this class no independent pair reaches the default threshold; in other classes of the same make a
    # few do (test_other_classes_of_the_same_make): the flag asks a person to read, it decides nothing
    rows, _, _ = report
    assert {key(row) for row in rows if row["flag"] == "yes"} == PLANTED
    assert all(float(row["score"]) >= similarity.DEFAULT_THRESHOLD for row in rows[:len(PLANTED)])
    whole_copies = [row for row in rows if key(row) in PLANTED and row["kind"] == "student"]
    assert all(float(row["score"]) > 0.9 and float(row["overall"]) > 0.8 for row in whole_copies), whole_copies


# classes whose seeds give the independent pairs that come closest to the copies (up to 0.94, of ten tried)
@pytest.mark.parametrize("offset", [100, 300, 800])
def test_other_classes_of_the_same_make(tmp_path, offset):
    """The ranking is no accident of one seed: in other classes too every copy ranks above all else."""
    students, known = build_class(tmp_path, offset)
    authors = similarity.read_authors(sorted((f.name, f) for f in students.iterdir()),
                                      sorted((f.name, f) for f in known.iterdir()))
    pairs = similarity.rank(authors)
    planted = [pair.score for pair in pairs if frozenset((pair.a.label, pair.b.label)) in PLANTED]
    others = [pair for pair in pairs if frozenset((pair.a.label, pair.b.label)) not in PLANTED]
    assert len(planted) == len(PLANTED) and min(planted) > max(pair.score for pair in others)
    # a few independent pairs may reach the threshold, never a crowd of them
    assert sum(pair.score >= similarity.DEFAULT_THRESHOLD for pair in others) <= 0.01 * len(others)
    assert not [pair for pair in pairs if "starter" in pair.a.label + pair.b.label]


def test_the_copy_from_a_known_solution_is_labelled_known(report):
    rows, _, _ = report
    row = next(row for row in rows if key(row) == PLANTED_KNOWN)
    assert (row["student_a"], row["student_b"], row["kind"]) == ("copy_from_known", "known:github_solution",
                                                                 "known")
    assert row["top_function"] == "classifiers/softmax.py:softmax_loss_vectorized"
    # one function of thirteen: the pair is found by that function, not by the whole
    assert float(row["overall"]) < 0.5 < float(row["score"])


PLANTED_KNOWN = frozenset(("copy_from_known", "known:github_solution"))


def test_untouched_starters_are_similar_to_nobody(report):
    rows, _, _ = report
    assert not [row for row in rows if "starter" in row["student_a"] + row["student_b"]]


def test_the_html_report_shows_matched_code_side_by_side(report):
    _, out, _ = report
    page = (out / similarity.HTML_NAME).read_text(encoding="utf-8")
    first = page.index("<h2 id=pair1>")
    section = page[first:page.index("<h2 id=pair2>")]
    assert section.count("<mark>") >= 2 and "<td><pre>" in section
    # the copy from the known solution: its copied function is shown first, wholly marked on both sides
    known = page[page.index("copy_from_known and known:github_solution"):]
    known = known[:known.index("</tr><tr><th")]
    assert "softmax.py:softmax_loss_vectorized: 100% of copy_from_known's, 100% of" in known
    assert known.count("<mark>") >= 2 and "</mark></pre></td><td><pre>" in known


def test_the_run_is_fast(report):
    _, _, seconds = report
    assert seconds < 20, f"{seconds:.1f} s for a class of 35"


# -- bad input: one line, exit 2, nothing written --------------------------------------------------------

def assert_refused(done, out, *words):
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("similarity: "), done.stderr
    assert all(word in done.stderr for word in words), done.stderr
    assert not out.exists() or not any(out.iterdir()), list(out.iterdir())


def test_missing_submissions_folder(tmp_path):
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", tmp_path / "nowhere", "--out", out), out, "does not exist")


def test_missing_known_folder(klass, tmp_path):
    students, _ = klass
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", students, "--known", tmp_path / "nowhere", "--out", out), out,
                   "KNOWN", "does not exist")


def test_empty_class(tmp_path):
    (tmp_path / "class").mkdir()
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", tmp_path / "class", "--out", out), out, "empty class")


def test_a_class_of_one_with_nobody_to_compare_with(tmp_path):
    answered_package(tmp_path / "class" / "ada" / "cs231n", independent_answers(1))
    (tmp_path / "class" / ".hidden").mkdir()  # not a student
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", tmp_path / "class", "--out", out), out, "one student only")


@pytest.mark.parametrize("content", [b"%PDF-1.4\n\x00\x01binary", b"\xff\xfe\x00s\x00v\x00m"],
                         ids=["pdf", "utf16"])
def test_a_submission_that_is_not_python(tmp_path, content):
    students = tmp_path / "class"
    answered_package(students / "ada" / "cs231n", independent_answers(1))
    (students / "bob").mkdir(parents=True)
    (students / "bob" / "linear_svm.py").write_bytes(content)
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", students, "--out", out), out, "bob", "not Python")


def test_a_submission_with_no_python_file(tmp_path):
    students = tmp_path / "class"
    answered_package(students / "ada" / "cs231n", independent_answers(1))
    (students / "bob").mkdir(parents=True)
    (students / "bob" / "answers.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", students, "--out", out), out, "bob", "not Python")


def test_a_refused_run_leaves_earlier_reports_whole(tmp_path):
    students = tmp_path / "class"
    for n in (1, 2):
        answered_package(students / f"st{n}" / "cs231n", independent_answers(n))
    out = tmp_path / "out"
    assert run_similarity("--submissions", students, "--out", out).returncode == 0
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    assert set(before) == {similarity.CSV_NAME, similarity.HTML_NAME}
    (students / "zed").mkdir()
    (students / "zed" / "optim.py").write_bytes(b"\x00\x00")
    done = run_similarity("--submissions", students, "--out", out)
    assert done.returncode == 2 and "zed" in done.stderr
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_a_bad_threshold(klass, tmp_path):
    students, _ = klass
    out = tmp_path / "out"
    assert_refused(run_similarity("--submissions", students, "--out", out, "--threshold", "2"), out, "threshold")


# -- names are any bytes: escaped in HTML, never a formula in the CSV ------------------------------------

def test_hostile_names_are_escaped(tmp_path):
    students = tmp_path / "class"
    original = independent_answers(4)
    answered_package(students / "<b onmouseover=alert(1)>x" / "cs231n", original)
    answered_package(students / "=HYPERLINK(1)" / "cs231n", renamed(original, 3))
    out = tmp_path / "out"
    done = run_similarity("--submissions", students, "--out", out)
    assert done.returncode == 0, done.stderr
    page = (out / similarity.HTML_NAME).read_text(encoding="utf-8")
    assert "<b onmouseover" not in page and "&lt;b onmouseover=alert(1)&gt;x" in page
    rows = read_csv(out)
    assert len(rows) == 1 and {rows[0]["student_a"], rows[0]["student_b"]} == {
        "<b onmouseover=alert(1)>x", "'=HYPERLINK(1)"}


def test_marker_regions_are_read_per_function():
    text = "\n".join(["def f(a):", "    x = 1", f"    {START}", "    y = a + 1", "    return y",
                      "    # *****END OF YOUR CODE (DO NOT DELETE/MODIFY THIS LINE)*****", "    return x",
                      "class K:", "    def m(self):", f"        {START}", "        z = 2", "", "def g():", "    pass"])
    assert similarity.marked_regions(text) == {"f": ["    y = a + 1\n    return y"], "K.m": ["        z = 2\n"]}


def test_independent_statements_are_put_in_one_order():
    written = ("a = X.dot(W)\nb = y.shape[0]\nloss = a.sum() / b\ndW = X.T.dot(a)"
               "\nfor i in range(3):\n    u = 1\n    v = 2")
    swapped = ("b = y.shape[0]\na = X.dot(W)\ndW = X.T.dot(a)\nloss = a.sum() / b"
               "\nfor i in range(3):\n    v = 2\n    u = 1")
    assert similarity.canonical_order(written) == similarity.canonical_order(swapped)
    assert similarity.canonical_order(written) != written or similarity.canonical_order(swapped) != swapped
    # a statement never moves past one it depends on, whatever the order of their name-blind texts
    assert similarity.canonical_order("y = np.zeros(3)\nx = y") == "y = np.zeros(3)\nx = y"
    assert similarity.canonical_order("x = y\ny = np.zeros(3)") == "x = y\ny = np.zeros(3)"
    assert similarity.canonical_order("if x:\n  y = (") == "if x:\n  y = ("  # does not parse: left as it is


def test_the_starters_lines_are_taken_out_and_a_file_it_lacks_is_read_by_its_markers():
    starter = similarity.starter_file("optim.py")
    assert starter.functions == ("sample_batch", "sgd_step")
    stub = (STARTER / "optim.py").read_text()
    assert similarity.answers(stub, starter) == {}  # the untouched starter: nothing of the student's
    answered = stub.replace("raise NotImplementedError('sgd_step", "W_new = W - learning_rate * dW  # mine\n"
                            "    raise NotImplementedError('sgd_step")
    assert similarity.answers(answered, starter) == {"sgd_step": "W_new = W - learning_rate * dW  # mine"}
    unknown = similarity.StarterFile(None, {})  # the starter has no such file yet
    assert similarity.answers(answered, unknown)["sgd_step"].startswith("W_new = W - learning_rate * dW")


# -- grade-all's pass (issue 14) --------------------------------------------------------------------------

def test_grade_alls_pass_leaves_out_what_it_cannot_read_instead_of_refusing(klass, tmp_path):
    """compare_class finds the planted copies as `make similarity` does, and lists a student it cannot read."""
    students, _ = klass
    folders = [(folder.name, folder) for folder in sorted(students.iterdir())]
    (tmp_path / "bob").mkdir()
    (tmp_path / "bob" / "linear_svm.py").write_bytes(b"%PDF-1.4\n\x00\x01binary")  # `make similarity` refuses it
    (tmp_path / "nadia").mkdir()  # no package at all
    out = tmp_path / "out"
    found = similarity.compare_class(folders + [("bob", tmp_path / "bob"), ("nadia", tmp_path / "nadia")], out)
    assert found.compared == len(folders) and [name for name, _ in found.left_out] == ["bob", "nadia"]
    flagged = {frozenset((pair.a.label, pair.b.label)) for pair in found.flagged}
    assert PLANTED - {frozenset(("copy_from_known", "known:github_solution"))} <= flagged  # no known solutions here
    assert {key(row) for row in read_csv(out) if row["flag"] == "yes"} == flagged
    alone = similarity.compare_class(folders[:1], tmp_path / "alone")
    assert alone.compared == 1 and alone.pairs == [] and not (tmp_path / "alone").exists()
