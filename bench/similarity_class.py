"""A synthetic class for the similarity figure of ``make bench`` (figure 7), written to a folder.

Usage (the kit's interpreter: the grammar imports the kit)::

    python bench/similarity_class.py --out DIR --students N [--seed S]

writes ``DIR/submissions/<student>/cs231n`` for N students and prints one JSON
line: how many of each kind, and the planted copies (pairs of names).

Each independent student's answers are drawn, with a generator of their own,
from the grammar of ``tests/support/similarity_grammar.py`` (:func:`independent_answers`:
the ways students really write these functions, some with students' mistakes),
the grammar those tests check for correctness and for independence; the
exercises it has no grammar for (the binary SVM, one-vs-all and one-vs-one
training, proximal L1) come from :data:`NEW_EXERCISES` below, a few
formulations each, written after the reference's regions. A class is:

- about 74% independent students, 15% of them with students' mistakes;
- 10% who answered only some functions (the others left as the starter's stub);
- 8% untouched starters and 2% starters with their markers deleted;
- 6% copies, each of a different student: the whole submission renamed, its
  comments and spacing changed; the whole submission with its independent
  statements reordered; one function copied (renamed) into otherwise own
  work; a copy with the answer markers deleted.

Each student's files are the whole starter package, as students submit it.
"""

import argparse
import importlib
import json
import random
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def grammar():
    """The tests' grammar of students' answers (``tests/support/similarity_grammar.py``)."""
    for folder in (REPO, REPO / "tests"):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    return importlib.import_module("support.similarity_grammar")


# -- the exercises the tests' grammar does not write ---------------------------------------------------------

def binary_svm(g, rng):
    m = g.pick(rng, "margins", "hinge", "slack", "m", "viol")
    n = g.pick(rng, "num_train", "N", "n", "n_samples")
    mul = g.matmul(rng, "X", "w")
    reg_term = g.penalty(rng).replace("W", "w")
    reg_grad = g.penalty_gradient(rng).replace("W", "w")
    style = rng.randrange(4)
    if style == 0:  # the reference's way
        active = g.pick(rng, "active", "mask", "on", "pos")
        return [f"{n} = {g.count(rng)}", f"{m} = np.maximum(0.0, 1.0 - t * {mul})",
                f"loss = {m}.sum() / {n} + {reg_term}", f"{active} = {g.positive(rng, m)}",
                f"dw = -{g.matmul(rng, 'X.T', f'({active} * t)')} / {n} + {reg_grad}"]
    if style == 1:  # boolean rows
        scores = g.pick(rng, "scores", "s", "f", "out")
        return [f"{scores} = {mul}", f"{m} = 1 - t * {scores}", f"sel = {m} > 0",
                f"loss = np.mean(np.maximum({m}, 0)) + {reg_term}",
                f"dw = -{g.matmul(rng, 'X[sel].T', 't[sel]')} / X.shape[0] + {reg_grad}"]
    if style == 2:  # np.where coefficients
        return [f"{m} = 1 - t * {mul}", f"loss = np.where({m} > 0, {m}, 0).mean()", f"loss += {reg_term}",
                f"coef = np.where({m} > 0, -t, 0.0)", f"dw = {g.matmul(rng, 'coef', 'X')} / len(t)",
                f"dw += {reg_grad}"]
    return [f"{n} = {g.count(rng)}", f"{m} = np.clip(1.0 - t * np.einsum('nd,d->n', X, w), 0, None)",
            f"loss = np.sum({m}) / {n} + {reg_term}",
            f"dw = np.einsum('nd,n->d', X, -t * ({m} > 0)) / {n}", f"dw = dw + {reg_grad}"]


def _training_loop(g, rng, w_name, X, t):
    """The inner loop of num_iters steps on one binary problem."""
    xb, tb = g.pick(rng, ("X_batch", "t_batch"), ("xb", "tb"), ("Xb", "yb"), ("batch_X", "batch_t"))
    grad = g.pick(rng, "dw", "grad", "g", "gradient")
    it = g.pick(rng, "_", "it", "step", "k")
    call = g.pick(rng, f"sample_batch({X}, {t}, batch_size, rng)", f"sample_batch({X}, {t}, batch_size, rng=rng)")
    loss = g.pick(rng, "_", "loss", "batch_loss")
    if rng.random() < 0.25:
        return [f"{it} = 0", f"while {it} < num_iters:", f"    {xb}, {tb} = {call}",
                f"    {loss}, {grad} = binary_svm_loss({w_name}, {xb}, {tb}, reg)",
                f"    {w_name} = sgd_step({w_name}, {grad}, learning_rate)", f"    {it} += 1"]
    return [f"for {it} in range(num_iters):", f"    {xb}, {tb} = {call}",
            f"    {loss}, {grad} = binary_svm_loss({w_name}, {xb}, {tb}, reg)",
            f"    {w_name} = sgd_step({w_name}, {grad}, learning_rate)"]


def _targets(g, rng, labels, positive):
    return g.pick(rng, f"np.where({labels} == {positive}, 1, -1)", f"2 * ({labels} == {positive}) - 1",
                  f"np.where({labels} == {positive}, 1.0, -1.0)", f"({labels} == {positive}).astype(int) * 2 - 1")


def one_vs_all(g, rng):
    c = g.pick(rng, "c", "k", "cls", "label")
    t = g.pick(rng, "t", "targets", "t_c", "signs")
    w = g.pick(rng, "w", "w_c", "weights")
    zeros = g.pick(rng, "np.zeros(X.shape[1])", "np.zeros(W.shape[0])", "np.zeros_like(W[:, 0])")
    head = g.pick(rng, f"for {c} in range(int(num_classes)):", f"for {c} in range(W.shape[1]):")
    loop = g.indent(_training_loop(g, rng, w, "X", t))
    if rng.random() < 0.3:  # the columns kept in a list, stacked at the end
        return (["columns = []", head, f"    {t} = {_targets(g, rng, 'y', c)}", f"    {w} = {zeros}"] + loop
                + [f"    columns.append({w})", "W = np.stack(columns, axis=1)"])
    return [head, f"    {t} = {_targets(g, rng, 'y', c)}", f"    {w} = {zeros}"] + loop + [f"    W[:, {c}] = {w}"]


def one_vs_one(g, rng):
    a, b = g.pick(rng, ("i", "j"), ("a", "b"), ("c1", "c2"), ("pos", "neg"))
    p = g.pick(rng, "p", "k", "col", "index")
    rows = g.pick(rng, "rows", "keep", "sel", "mask")
    Xp, tp = g.pick(rng, ("X_pair", "t_pair"), ("Xs", "ts"), ("X_ij", "t_ij"), ("sub_X", "sub_t"))
    w = g.pick(rng, "w", "w_p", "weights")
    pick_rows = g.pick(rng, f"({'y'} == {a}) | (y == {b})", f"np.isin(y, ({a}, {b}))",
                       f"np.logical_or(y == {a}, y == {b})")
    head = g.pick(rng, f"for {p}, ({a}, {b}) in enumerate(pairs):",
                  f"for {p} in range(len(pairs)):\n    {a}, {b} = pairs[{p}]")
    body = [f"    {rows} = {pick_rows}"]
    if rng.random() < 0.6:
        body += [f"    if not np.any({rows}):", "        continue"]
    if rng.random() < 0.5:
        body += [f"    {Xp}, {tp} = X[{rows}], {_targets(g, rng, f'y[{rows}]', a)}"]
    else:
        body += [f"    {Xp} = X[{rows}]", f"    {tp} = {_targets(g, rng, f'y[{rows}]', a)}"]
    body += [f"    {w} = {g.pick(rng, 'np.zeros(X.shape[1])', 'np.zeros(W.shape[0])')}"]
    return head.split("\n") + body + g.indent(_training_loop(g, rng, w, Xp, tp)) + [f"    W[:, {p}] = {w}"]


def train_l1_proximal(g, rng):
    xb, yb = g.pick(rng, ("X_batch", "y_batch"), ("xb", "yb"))
    loss, grad = g.pick(rng, ("data_loss", "data_grad"), ("loss", "grad"), ("l", "dW"), ("batch_loss", "g"))
    l1 = g.pick(rng, "reg * float(np.sum(np.abs(self.W)))", "reg * np.abs(self.W).sum()",
                "float(reg * np.sum(np.abs(self.W)))")
    lines = [f"{xb}, {yb} = sample_batch(X, y, batch_size, {g.pick(rng, 'rng', 'rng=rng')})",
             f"{loss}, {grad} = self.loss({xb}, {yb}, {g.pick(rng, '0.0', '0', 'reg=0.0')})"]
    if rng.random() < 0.4:
        lines += [f"penalty = {l1}", f"history.append(float({loss}) + penalty)"]
    else:
        lines += [f"history.append(float({loss}) + {l1})"]
    if rng.random() < 0.5:
        return lines + [f"self.W = l1_proximal_step(sgd_step(self.W, {grad}, learning_rate), learning_rate, reg)"]
    step = g.pick(rng, "stepped", "W_step", "tmp", "W_half")
    return lines + [f"{step} = sgd_step(self.W, {grad}, learning_rate)",
                    f"self.W = l1_proximal_step({step}, learning_rate, reg)"]


def l1_proximal_step(g, rng):
    thr = g.pick(rng, "threshold", "thr", "lam", "shrink", "tau")
    first = [f"{thr} = learning_rate * reg"]
    style = rng.randrange(4)
    if style == 0:
        return first + [f"W_new = np.sign(W) * np.maximum(np.abs(W) - {thr}, 0.0)"]
    if style == 1:
        return first + [f"W_new = np.sign(W) * np.clip(np.abs(W) - {thr}, 0, None)"]
    if style == 2:
        return first + [f"W_new = np.where(np.abs(W) <= {thr}, 0.0, W - {thr} * np.sign(W))"]
    return first + [f"W_new = np.maximum(W - {thr}, 0) + np.minimum(W + {thr}, 0)"]


NEW_EXERCISES = {"binary_svm_loss": binary_svm, "train_one_vs_all": one_vs_all, "train_one_vs_one": one_vs_one,
                 "LinearClassifier.train_l1_proximal": train_l1_proximal, "l1_proximal_step": l1_proximal_step}


def student_answers(g, seed, wrong):
    """One independent student's answers to every function, ``{function: lines}``."""
    answers = g.independent_answers(seed, wrong=wrong)
    rng = random.Random(f"new-{seed}")
    for function, write in NEW_EXERCISES.items():
        lines = write(g, rng)
        if rng.random() < 0.4:
            lines = [g.pick(rng, "# my solution", "# train each classifier", "# vectorized", "# see the notes")] + lines
        answers[function] = lines
    return answers


# the functions a copier takes alone: long enough that a copy stands out from the idioms every student shares
COPIED_ALONE = ("svm_loss_naive", "svm_loss_vectorized", "softmax_loss_naive", "softmax_loss_vectorized",
                "binary_svm_loss")


# -- the class ----------------------------------------------------------------------------------------------

def build(out, students, seed=0):
    """Write ``students`` submissions to ``out/submissions``; returns the summary printed by :func:`main`."""
    g = grammar()
    rng = random.Random(seed)
    root = out / "submissions"
    kinds = (["starter"] * round(0.08 * students) + ["starter_unmarked"] * round(0.02 * students)
             + ["partial"] * round(0.10 * students))
    copies = ["copy_renamed", "copy_reordered", "copy_one_function", "copy_unmarked"]
    kinds += [copies[n % len(copies)] for n in range(round(0.06 * students))]
    kinds += ["independent"] * (students - len(kinds))
    rng.shuffle(kinds)
    names = [f"st{n:04d}" for n in range(students)]
    answered, planted = {}, []
    # first every independent student (the copies need someone to copy), then the rest
    for name, kind in zip(names, kinds):
        if kind in ("independent", "partial"):
            answered[name] = student_answers(g, seed * 100003 + int(name[2:]), wrong=rng.random() < 0.15)
    sources = [name for name, kind in zip(names, kinds) if kind == "independent"]
    rng.shuffle(sources)  # each copy copies a different student
    for name, kind in zip(names, kinds):
        package = root / name / "cs231n"
        if kind == "independent":
            g.answered_package(package, answered[name])
        elif kind == "partial":  # some functions only: the others keep the starter's stub
            kept = rng.sample(sorted(answered[name]), rng.randrange(3, len(answered[name])))
            g.answered_package(package, {function: answered[name][function] for function in kept})
        elif kind.startswith("starter"):
            shutil.copytree(g.STARTER, package)
            if kind == "starter_unmarked":
                g.without_markers(package)
        else:
            source = sources.pop()
            planted.append([name, source])
            if kind == "copy_renamed":
                g.answered_package(package, g.renamed(answered[source], rng.randrange(10**6)))
            elif kind == "copy_reordered":
                g.answered_package(package, g.reordered(answered[source]))
            elif kind == "copy_unmarked":
                g.answered_package(package, answered[source])
                g.without_markers(package)
            else:
                own = student_answers(g, seed * 100003 + students + int(name[2:]), wrong=False)
                function = rng.choice(COPIED_ALONE)
                own[function] = g.renamed({function: answered[source][function]}, rng.randrange(10**6))[function]
                g.answered_package(package, own)
    counts = {kind: kinds.count(kind) for kind in sorted(set(kinds))}
    return {"students": students, "seed": seed, "kinds": counts, "planted": planted}


def main(argv=None):
    parser = argparse.ArgumentParser(description="Write a synthetic class for the similarity figure.")
    parser.add_argument("--out", required=True, help="the folder to write submissions/ into")
    parser.add_argument("--students", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(json.dumps(build(Path(args.out), args.students, args.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
