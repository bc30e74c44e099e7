"""Correct submissions written in other valid styles: the variants that must all get full marks.

Each variant replaces whole solution regions of the reference with another correct way of writing
them (loops, masks, einsum, one-hot matrices, log-sum-exp, take_along_axis, bincount, a CS231n-style
training loop, ...). ``tests/autograder/test_correct_variants.py`` grades them, the loop and speed
checks time the vectorized ones, and the self-checks must pass on them too.
"""

from dataclasses import dataclass

from support.variants import CLASSIFIER, MSE, MULTICLASS, OPTIM, REG, SOFTMAX, SVM, solution_region



def region(file, function, body):
    """An edit replacing the whole solution region of ``function`` by ``body`` (dedented to 4 spaces)."""
    lines = body.strip("\n").splitlines()
    indent = min(len(line) - len(line.lstrip()) for line in lines if line.strip())
    old = solution_region(file, function)
    base = len(old) - len(old.lstrip())
    text = "".join(" " * base + line[indent:] + "\n" if line.strip() else "\n" for line in lines)
    return (file, old, text)


RETURN = "    ### END SOLUTION\n\n    return float(loss), dW"
BINARY = "classifiers/binary_svm.py"


def returning_float64(file, last_line):
    """An edit of the return line after the region that ends with ``last_line``: return np.float64(loss)."""
    return (file, last_line + RETURN, last_line + RETURN.replace("float(loss)", "np.float64(loss)"))


@dataclass(frozen=True)
class Variant:
    id: str
    edits: tuple
    layout: str = "assignment"
    gradings: int = 1  # grade this many times (all must give full marks): for timing-sensitive styles
    return_line: bool = False  # some edits change the return statement right after a region


VARIANTS = [
    Variant("fully-looped-naive", (
        region(SVM, "svm_loss_naive", """
            for i in range(num_train):
                scores = np.zeros(num_classes)
                for j in range(num_classes):
                    scores[j] = np.dot(X[i], W[:, j])
                for j in range(num_classes):
                    if j != y[i]:
                        margin = scores[j] - scores[y[i]] + 1.0
                        if margin > 0:
                            loss += margin
                            dW[:, j] += X[i]
                            dW[:, y[i]] -= X[i]
            loss = loss / num_train
            dW = dW / num_train
            for d in range(W.shape[0]):
                for c in range(num_classes):
                    loss += reg * W[d, c] * W[d, c]
                    dW[d, c] += 2 * reg * W[d, c]
        """),
        region(SOFTMAX, "softmax_loss_naive", """
            for i in range(num_train):
                scores = np.zeros(num_classes)
                for j in range(num_classes):
                    scores[j] = X[i].dot(W[:, j])
                shift = scores[0]
                for j in range(1, num_classes):
                    if scores[j] > shift:
                        shift = scores[j]
                total = 0.0
                for j in range(num_classes):
                    total += np.exp(scores[j] - shift)
                loss += np.log(total) - (scores[y[i]] - shift)
                for j in range(num_classes):
                    p = np.exp(scores[j] - shift) / total
                    if j == y[i]:
                        dW[:, j] += (p - 1) * X[i]
                    else:
                        dW[:, j] += p * X[i]
            loss /= num_train
            dW /= num_train
            loss += reg * np.sum(W * W)
            dW += 2 * reg * W
        """),
    )),
    Variant("boolean-masks-and-per-row-maximum", (
        region(SVM, "svm_loss_naive", """
            for i in range(num_train):
                scores = X[i].dot(W)
                margins = np.maximum(0, scores - scores[y[i]] + 1)
                margins[y[i]] = 0
                loss += margins.sum()
                violated = margins > 0
                dW[:, violated] += X[i][:, np.newaxis]
                dW[:, y[i]] -= violated.sum() * X[i]
            loss /= num_train
            dW /= num_train
            loss += reg * np.sum(W * W)
            dW += 2 * reg * W
        """),
        region(SVM, "svm_loss_vectorized", """
            N = X.shape[0]
            scores = X @ W
            correct = scores[np.arange(N), y][:, None]
            margins = scores - correct + 1
            margins[np.arange(N), y] = 0
            violated = margins > 0
            loss = np.sum(margins[violated]) / N + reg * np.sum(W ** 2)
            coeffs = violated.astype(np.float64)
            coeffs[np.arange(N), y] = -violated.sum(axis=1)
            dW = X.T @ coeffs / N + 2 * reg * W
        """),
        region(SVM, "squared_hinge_loss_vectorized", """
            N = X.shape[0]
            scores = X @ W
            correct = scores[np.arange(N), y][:, None]
            raw = scores - correct + 1
            margins = np.where(raw > 0, raw, 0.0)
            margins[np.arange(N), y] = 0
            loss = (margins ** 2).sum() / N + reg * (W ** 2).sum()
            coeffs = 2 * margins
            coeffs[np.arange(N), y] -= coeffs.sum(axis=1)
            dW = X.T @ coeffs / N + 2 * reg * W
        """),
    )),
    # np.einsum (without optimize=True) does not call BLAS: the contraction of a (500, 3073) X with W
    # takes about as long as the naive loops, which the speed check times against; each einsum variant is
    # graded 3 times, as the outcome of the speed check depends on the machine's load
    Variant("einsum-svm", gradings=3, edits=(
        region(SVM, "svm_loss_vectorized", """
            N = X.shape[0]
            scores = np.einsum("nd,dc->nc", X, W)
            correct = scores[np.arange(N), y][:, None]
            margins = np.maximum(0, scores - correct + 1)
            margins[np.arange(N), y] = 0
            loss = margins.sum() / N + reg * np.sum(W * W)
            coeffs = (margins > 0).astype(float)
            coeffs[np.arange(N), y] = -coeffs.sum(axis=1)
            dW = np.einsum("nd,nc->dc", X, coeffs) / N + 2 * reg * W
        """),
    )),
    Variant("einsum-softmax-and-mse", gradings=3, edits=(
        region(SOFTMAX, "softmax_loss_vectorized", """
            N = X.shape[0]
            scores = np.einsum("nd,dc->nc", X, W)
            scores = scores - scores.max(axis=1, keepdims=True)
            log_probs = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
            loss = -log_probs[np.arange(N), y].sum() / N + reg * np.einsum("dc,dc->", W, W)
            dscores = np.exp(log_probs)
            dscores[np.arange(N), y] -= 1
            dW = np.einsum("nd,nc->dc", X, dscores) / N + 2 * reg * W
        """),
        region(MSE, "mse_loss", """
            N = X.shape[0]
            residuals = np.einsum("nd,dk->nk", X, W) - y
            loss = np.einsum("nk,nk->", residuals, residuals) / N + reg * np.einsum("dk,dk->", W, W)
            dW = 2 * np.einsum("nd,nk->dk", X, residuals) / N + 2 * reg * W
        """),
    )),
    Variant("one-hot-matrices", (
        region(SVM, "svm_loss_vectorized", """
            N, C = X.shape[0], W.shape[1]
            onehot = np.zeros((N, C))
            onehot[np.arange(N), y] = 1
            scores = X.dot(W)
            correct = np.sum(scores * onehot, axis=1, keepdims=True)
            margins = np.maximum(0, scores - correct + 1) * (1 - onehot)
            loss = margins.sum() / N + reg * np.sum(W * W)
            violated = (margins > 0).astype(float)
            coeffs = violated - onehot * violated.sum(axis=1, keepdims=True)
            dW = X.T.dot(coeffs) / N + 2 * reg * W
        """),
        region(SOFTMAX, "softmax_loss_vectorized", """
            N, C = X.shape[0], W.shape[1]
            onehot = np.eye(C)[y]
            scores = X.dot(W)
            scores -= np.max(scores, axis=1, keepdims=True)
            log_probs = scores - np.log(np.sum(np.exp(scores), axis=1, keepdims=True))
            loss = -np.sum(onehot * log_probs) / N + reg * np.sum(W * W)
            dW = X.T.dot(np.exp(log_probs) - onehot) / N + 2 * reg * W
        """),
    )),
    Variant("logsumexp-softmax", (
        region(SOFTMAX, "softmax_loss_naive", """
            for i in range(num_train):
                scores = X[i].dot(W)
                top = scores.max()
                log_norm = top + np.log(np.sum(np.exp(scores - top)))
                loss += log_norm - scores[y[i]]
                probs = np.exp(scores - log_norm)
                probs[y[i]] -= 1
                dW += np.outer(X[i], probs)
            loss /= num_train
            dW /= num_train
            loss += reg * np.sum(W * W)
            dW += 2 * reg * W
        """),
        region(SOFTMAX, "softmax_loss_vectorized", """
            N = X.shape[0]
            scores = X.dot(W)
            top = scores.max(axis=1, keepdims=True)
            lse = top + np.log(np.exp(scores - top).sum(axis=1, keepdims=True))
            loss = np.mean(lse[:, 0] - scores[np.arange(N), y]) + reg * np.sum(W * W)
            dscores = np.exp(scores - lse)
            dscores[np.arange(N), y] -= 1
            dW = X.T.dot(dscores) / N + 2 * reg * W
        """),
    )),
    Variant("take-along-axis-and-comparison-votes", (
        region(SVM, "svm_loss_vectorized", """
            N = X.shape[0]
            scores = X.dot(W)
            correct = np.take_along_axis(scores, y[:, None], axis=1)
            margins = np.maximum(0, scores - correct + 1)
            np.put_along_axis(margins, y[:, None], 0, axis=1)
            loss = margins.sum() / N + reg * np.sum(W * W)
            coeffs = (margins > 0).astype(float)
            np.put_along_axis(coeffs, y[:, None], -coeffs.sum(axis=1, keepdims=True), axis=1)
            dW = X.T.dot(coeffs) / N + 2 * reg * W
        """),
        region(SOFTMAX, "softmax_loss_vectorized", """
            N = X.shape[0]
            scores = X.dot(W)
            scores = scores - scores.max(axis=1, keepdims=True)
            log_probs = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
            loss = -np.take_along_axis(log_probs, y[:, None], axis=1).mean() + reg * np.sum(W * W)
            dscores = np.exp(log_probs)
            picked = np.take_along_axis(dscores, y[:, None], axis=1)
            np.put_along_axis(dscores, y[:, None], picked - 1, axis=1)
            dW = X.T.dot(dscores) / N + 2 * reg * W
        """),
        region(MULTICLASS, "one_vs_one_predict", """
            scores = X.dot(W)
            winners = np.where(scores >= 0, pairs[:, 0], pairs[:, 1])
            votes = (winners[:, :, None] == np.arange(num_classes)).sum(axis=1)
            y_pred = np.argmax(votes, axis=1)
        """),
    )),
    Variant("bincount-votes-and-argmax-styles", (
        region(MULTICLASS, "one_vs_one_predict", """
            N, C = X.shape[0], int(num_classes)
            winners = np.where(X.dot(W) >= 0, pairs[:, 0], pairs[:, 1])
            flat = (winners + C * np.arange(N)[:, None]).ravel()
            votes = np.bincount(flat, minlength=N * C).reshape(N, C)
            y_pred = votes.argmax(axis=1)
        """),
        region(MULTICLASS, "one_vs_all_predict", """
            y_pred = (X @ W).argmax(axis=-1)
        """),
        region(CLASSIFIER, "predict", """
            y_pred = np.argmax(X @ self.W, axis=-1).astype(np.int32)
        """),
    )),
    Variant("looped-one-vs-one", (
        region(MULTICLASS, "one_vs_one_predict", """
            votes = np.zeros((X.shape[0], num_classes), dtype=int)
            for p, (i, j) in enumerate(pairs):
                s = X.dot(W[:, p])
                votes[:, i] += s >= 0
                votes[:, j] += s < 0
            y_pred = np.argmax(votes, axis=1)
        """),
    )),
    Variant("norm-squared-regularization", (
        (SVM, "    loss += reg * np.sum(W * W)\n", "    loss += reg * np.linalg.norm(W) ** 2\n"),
        (SOFTMAX, "    loss += reg * np.sum(W * W)\n", "    loss += reg * np.sum(np.square(W))\n"),
        region(MSE, "mse_loss", """
            N = X.shape[0]
            residuals = X.dot(W) - y
            loss = np.linalg.norm(residuals) ** 2 / N + reg * np.vdot(W, W)
            dW = 2 * X.T.dot(residuals) / N + 2 * reg * W
        """),
        region(REG, "l2_regularization", """
            loss = reg * np.linalg.norm(W) ** 2
            dW = reg * 2 * W
        """),
        region(REG, "l1_regularization", """
            loss = reg * np.abs(W).sum()
            dW = reg * ((W > 0).astype(float) - (W < 0))
        """),
    )),
    Variant("cs231n-style-train-loop", (
        region(CLASSIFIER, "train", """
            num_train = X.shape[0]
            if batch_size is None:
                X_batch, y_batch = X, y
            else:
                batch_idx = rng.choice(num_train, batch_size, replace=True)
                X_batch = X[batch_idx]
                y_batch = y[batch_idx]
            loss, grad = self.loss(X_batch, y_batch, reg)
            loss_history.append(loss)
            self.W -= learning_rate * grad
        """),
    )),
    Variant("sample-without-replacement", (
        region(OPTIM, "sample_batch", """
            if batch_size is None:
                return X, y
            N = X.shape[0]
            if batch_size <= N:
                indices = rng.permutation(N)[:batch_size]
            else:
                indices = rng.choice(N, size=batch_size, replace=True)
            X_batch, y_batch = X[indices], y[indices]
        """),
    )),
    Variant("float64-losses-and-other-spellings", return_line=True, edits=(
        returning_float64(SVM, "    dW += 2 * reg * W\n"),
        returning_float64(SOFTMAX, "    dW = X.T.dot(dscores) + 2 * reg * W\n"),
        (SVM, "astype(X.dtype)\n    coeffs[rows, y] = -coeffs.sum(axis=1)\n    dW = X.T.dot(coeffs) / num_train",
         "astype(X.dtype)\n    coeffs[rows, y] = -coeffs.sum(axis=1)\n    dW = (coeffs.T @ X).T / num_train"),
        region(OPTIM, "sample_batch", """
            if batch_size is None:
                return X, y
            indices = rng.choice(len(X), batch_size, replace=batch_size > len(X))
            X_batch = X.take(indices, axis=0)
            y_batch = y.take(indices)
        """),
        region(OPTIM, "sgd_step", """
            W_new = np.subtract(W, learning_rate * dW)
        """),
        region(MSE, "mse_loss", """
            residuals = X.dot(W) - y
            loss = np.mean(np.sum(residuals ** 2, axis=1)) + reg * np.sum(W ** 2)
            dW = 2 * X.T.dot(residuals) / X.shape[0] + 2 * reg * W
        """),
    )),
    Variant("binary-boolean-mask", (
        region(BINARY, "binary_svm_loss", """
            scores = X @ w
            violated = t * scores < 1
            loss = np.sum(1 - t[violated] * scores[violated]) / len(X) + reg * w.dot(w)
            dw = -(t[violated] @ X[violated]) / len(X) + 2 * reg * w
        """),
    )),
    Variant("binary-einsum-clip-mean", (
        region(BINARY, "binary_svm_loss", """
            margins = np.clip(1 - t * np.einsum("nd,d->n", X, w), 0, None)
            loss = np.mean(margins) + reg * np.sum(w ** 2)
            dw = np.einsum("n,nd->d", -t * (margins > 0), X) / X.shape[0] + 2 * reg * w
        """),
    )),
    Variant("schemes-in-other-styles", (
        region(BINARY, "train_one_vs_all", """
            columns = []
            for c in range(num_classes):
                targets = 2 * (y == c).astype(int) - 1
                w = np.zeros(X.shape[1])
                step = 0
                while step < num_iters:
                    X_batch, t_batch = sample_batch(X, targets, batch_size, rng)
                    loss, grad = binary_svm_loss(w, X_batch, t_batch, reg)
                    w = sgd_step(w, grad, learning_rate)
                    step += 1
                columns.append(w)
            W = np.column_stack(columns)
        """),
        region(BINARY, "train_one_vs_one", """
            for p, pair in enumerate(pairs):
                first, second = int(pair[0]), int(pair[1])
                keep = np.flatnonzero(np.isin(y, (first, second)))
                if keep.size == 0:
                    continue
                X_pair = X[keep]
                t_pair = np.ones(keep.size, dtype=int)
                t_pair[y[keep] == second] = -1
                w = np.zeros(X.shape[1])
                for _ in range(num_iters):
                    batch = sample_batch(X_pair, t_pair, batch_size, rng)
                    w = sgd_step(w, binary_svm_loss(w, batch[0], batch[1], reg)[1], learning_rate)
                W[:, p] = w
        """),
    )),
    Variant("soft-threshold-by-clip", (
        region(REG, "l1_proximal_step", """
            threshold = learning_rate * reg
            W_new = W - np.clip(W, -threshold, threshold)
        """),
    )),
    Variant("soft-threshold-by-where", (
        region(REG, "l1_proximal_step", """
            t = learning_rate * reg
            W_new = np.where(W > t, W - t, np.where(W < -t, W + t, 0.0))
        """),
    )),
    Variant("proximal-training-in-other-words", (
        region(CLASSIFIER, "train_l1_proximal", """
            idx_X, idx_y = sample_batch(X, y, batch_size, rng)
            value, gradient = self.loss(idx_X, idx_y, reg=0.0)
            history += [float(value + reg * np.abs(self.W).sum())]
            self.W = l1_proximal_step(sgd_step(self.W, gradient, learning_rate), learning_rate=learning_rate, reg=reg)
        """),
    )),
    Variant("flat-layout", (), layout="flat"),
]

# Written exactly as the softmax_loss_naive TODO describes: subtract max(s) first, then
# p = exp(s) / sum(exp(s)) and L_i = -log(p[y[i]]). Kept apart from VARIANTS so that it is reported on its
# own: the kit's own recipe must keep the stability point (the stability check's rows each stay within a
# few units of their own level, so no probability underflows once the row's max is subtracted).
TODO_LITERAL_SOFTMAX = Variant("softmax-naive-as-the-todo-says", (
    region(SOFTMAX, "softmax_loss_naive", """
        for i in range(num_train):
            s = X[i].dot(W)
            s = s - np.max(s)
            p = np.exp(s) / np.sum(np.exp(s))
            loss += -np.log(p[y[i]])
            for j in range(num_classes):
                dW[:, j] += (p[j] - (j == y[i])) * X[i]
        loss /= num_train
        dW /= num_train
        loss += reg * np.sum(W * W)
        dW += 2 * reg * W
    """),
))


SVM_VECTORIZED = """
    num_train = X.shape[0]
    rows = np.arange(num_train)
    scores = X.dot(W)
    margins = np.maximum(0.0, scores - scores[rows, y][:, np.newaxis] + 1.0)
    margins[rows, y] = 0.0
    loss = margins.sum() / num_train + reg * np.sum(W * W)
    coeffs = (margins > 0).astype(float)
    coeffs[rows, y] = -coeffs.sum(axis=1)
    dW = X.T.dot(coeffs) / num_train + 2 * reg * W
"""

# Harmless types: the values are right and mean one thing, so they get full marks (issue 9, item 6).
TYPE_VARIANTS = [
    Variant("loss-in-a-one-element-array", (
        region(SVM, "svm_loss_vectorized", SVM_VECTORIZED + "    return np.array([loss]), dW\n"),)),
    Variant("loss-in-a-0d-array-and-dW-a-matrix", (
        region(MSE, "mse_loss", """
            residuals = X.dot(W) - y
            loss = np.sum(residuals ** 2) / X.shape[0] + reg * np.sum(W * W)
            dW = 2.0 * X.T.dot(residuals) / X.shape[0] + 2 * reg * W
            return np.array(loss), np.asmatrix(dW)
        """),)),
    Variant("loss-a-numpy-float32-scalar", (
        region(SVM, "svm_loss_vectorized", SVM_VECTORIZED + "    return np.float32(loss), dW\n"),)),
    Variant("a-list-instead-of-a-tuple", (
        region(SVM, "squared_hinge_loss_vectorized", """
            num_train = X.shape[0]
            rows = np.arange(num_train)
            scores = X.dot(W)
            margins = np.maximum(0.0, scores - scores[rows, y][:, np.newaxis] + 1.0)
            margins[rows, y] = 0.0
            loss = np.sum(margins ** 2) / num_train + reg * np.sum(W * W)
            coeffs = 2.0 * margins
            coeffs[rows, y] = -coeffs.sum(axis=1)
            dW = X.T.dot(coeffs) / num_train + 2 * reg * W
            return [loss, dW]
        """),)),
    # computed in single precision and returned as float64: the numeric gradient must not call it inconsistent
    Variant("computed-in-float32-returned-as-float64", (
        region(SOFTMAX, "softmax_loss_vectorized", """
            W32, X32 = W.astype(np.float32), X.astype(np.float32)
            num_train = X.shape[0]
            rows = np.arange(num_train)
            scores = X32.dot(W32)
            scores -= scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            loss = -np.mean(np.log(probs[rows, y])) + reg * np.sum(W32 * W32)
            probs[rows, y] -= 1.0
            dW = X32.T.dot(probs) / num_train + 2 * reg * W32
            return float(loss), dW.astype(np.float64)
        """),)),
    Variant("dW-complex-with-zero-imaginary-part", (
        region(SVM, "svm_loss_vectorized", SVM_VECTORIZED + "    return float(loss), dW.astype(complex)\n"),)),
    Variant("penalties-in-a-list-a-one-element-array-a-matrix-and-longdouble", (
        region(REG, "l2_regularization", "return [np.array([reg * np.sum(W * W)]), np.asmatrix(2.0 * reg * W)]"),
        region(REG, "l1_regularization", """
            loss = reg * np.sum(np.abs(W))
            return np.array(loss), (reg * np.sign(W)).astype(np.longdouble)
        """),
    )),
    Variant("loss-history-as-an-array-and-new-W-a-matrix", (
        region(CLASSIFIER, "train", """
            X_batch, y_batch = sample_batch(X, y, batch_size, rng)
            loss, grad = self.loss(X_batch, y_batch, reg)
            loss_history = np.append(loss_history, loss)
            self.W = np.asarray(sgd_step(self.W, grad, learning_rate))
        """),
        region(OPTIM, "sgd_step", "W_new = np.asmatrix(W - learning_rate * dW)"),
    )),
]


