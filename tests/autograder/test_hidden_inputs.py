"""The hidden inputs come from the grader's own generator: the students' data can change, no grade does."""

import json
import shutil
import subprocess
import sys

from support.variants import REPO, SOFTMAX, SVM, build_submission

TOY_CHANGE = '''

_original_make_images = make_images


def make_images(num_images, rng):
    """Brighter, noisier toy images: what an instructor might do to the notebooks' data next term."""
    data, labels = _original_make_images(num_images, rng)
    return np.clip(data.astype(np.int64) * 2 // 3 + 60, 0, 255).astype(np.uint8), labels
'''


def kit_copy(folder, change_the_data):
    """The parts of the kit that grading uses, copied to ``folder``, with the toy data generator changed or not."""
    for part in ("autograder", "solutions/cs231n", "data"):
        shutil.copytree(REPO / part, folder / part, ignore=shutil.ignore_patterns("__pycache__", "toy-cifar*"))
    if change_the_data:
        generator = folder / "data" / "toy_cifar.py"
        generator.write_text(generator.read_text() + TOY_CHANGE)
    return folder


def grade_with(kit, submission, results):
    subprocess.run([sys.executable, "-m", "autograder", "grade", "--submission", str(submission),
                    "--results", str(results), "--quiet"], cwd=kit, check=True, timeout=300)
    document = json.loads(results.read_text())
    return [(t["name"], t["score"], t["output"]) for t in document["tests"]]


def test_changing_the_toy_data_generator_changes_no_grade(tmp_path):
    # a submission with mistakes whose feedback quotes numbers computed on the hidden CIFAR-style batches
    submission = build_submission(tmp_path / "submission", [
        (SVM, "loss = margins.sum() / num_train + reg", "loss = margins.sum() + reg"),
        (SOFTMAX, "    dscores /= num_train\n", ""),
    ])
    before = grade_with(kit_copy(tmp_path / "kit", False), submission.root, tmp_path / "before.json")
    after = grade_with(kit_copy(tmp_path / "changed", True), submission.root, tmp_path / "after.json")
    assert any(score == 0 and "CIFAR-style batch" in output for _, score, output in before), before
    assert before == after


def test_grading_never_imports_the_toy_data_generator(tmp_path):
    code = ("import sys; from pathlib import Path; from autograder.loss_functions.exercises import ASSIGNMENT; "
            "from autograder.core.rubric import load_rubric; from autograder.core.runner import grade_submission; "
            "grade_submission(Path(sys.argv[1]), load_rubric(ASSIGNMENT), ASSIGNMENT.exercises[:2]); "
            "print(sorted(m for m in sys.modules if 'toy' in m))")
    submission = build_submission(tmp_path / "submission")
    out = subprocess.run([sys.executable, "-c", code, str(submission.root)], cwd=REPO, capture_output=True,
                         text=True, check=True, timeout=300).stdout
    assert out.strip() == "[]"
