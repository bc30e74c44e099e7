"""A grammar of the ways students write this assignment's functions, and submissions written from it.

:func:`independent_answers` draws one student's answers from a seeded generator of their own: the
structure (double loops, ``while`` loops, a loop over the classes, a loop with a vectorized inner
step; ``dot``, ``@``, ``np.matmul`` or ``einsum``; ``logsumexp`` by hand or stable softmax by
subtraction; a one-hot matrix or fancy indexing for the gradient; ...) and the details, some with
the mistakes students make (no averaging, a wrong regularization gradient, no max-subtraction).
:func:`renamed` and :func:`reordered` disguise a copy; :func:`answered_package` writes answers into
a copy of the starter. Used by ``tests/test_similarity.py`` (which checks the answers are right or
wrong as drawn, and independent) and by ``make bench``'s synthetic class (``bench/similarity_class.py``).
"""

import random
import re
import shutil
from pathlib import Path

from autograder.loss_functions.exercises import ASSIGNMENT

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
        # longest first (a name inside a longer one is renamed after it), then by name: a set's order
        # changes with the process's hash seed, and the same seed must give the same copy
        assigned = set(re.findall(r"\b([a-z_][a-z_0-9]*)\s*(?:=|\+=|-=|/=)(?!=)", text)) - {"loss", "dW"}
        for old in sorted(assigned, key=lambda name: (-len(name), name)):
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
