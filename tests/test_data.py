"""The toy CIFAR-10 generator (data/toy_cifar.py) and the loaders (cs231n.data_utils).

The toy files must be indistinguishable in format from the real CIFAR-10
python batches, so that code tested on them works on the real data; the
loader must also read what the real files look like under other pickle
settings (bytes keys) and fail with a useful message on anything else.
"""

import importlib.util
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cs231n import data_utils
from cs231n.classifiers.linear_classifier import Softmax
from cs231n.data_utils import (
    append_bias_column,
    default_cifar10_dir,
    find_data_folder,
    get_CIFAR10_data,
    label_names,
    load_CIFAR10,
    load_CIFAR_batch,
    split_train_val_test_dev,
    subtract_mean_image,
)

TOY_CIFAR_PATH = Path(__file__).resolve().parents[1] / "data" / "toy_cifar.py"

CIFAR10_LABEL_NAMES = [
    "airplane",
    "automobile",
    "bird",
    "cat",
    "deer",
    "dog",
    "frog",
    "horse",
    "ship",
    "truck",
]
BATCH_FILES = ["data_batch_1", "data_batch_2", "data_batch_3", "data_batch_4", "data_batch_5", "test_batch"]
ALL_FILES = sorted(BATCH_FILES + ["batches.meta"])

# Sizes of the shared toy set: small, so that the whole file runs in seconds.
IMAGES_PER_BATCH = 300
NUM_TRAIN = 5 * IMAGES_PER_BATCH
NUM_TEST = 200


def _load_toy_cifar():
    """Import data/toy_cifar.py by path (``data/`` is not a package)."""
    spec = importlib.util.spec_from_file_location("toy_cifar", TOY_CIFAR_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


toy_cifar = _load_toy_cifar()


@pytest.fixture(scope="module")
def toy_dir(tmp_path_factory):
    """A toy CIFAR-10 folder: 5 x 300 training images, 200 test images, seed 0."""
    out = tmp_path_factory.mktemp("toy") / "cifar-10-batches-py"
    toy_cifar.write_dataset(out, seed=0, images_per_batch=IMAGES_PER_BATCH, num_test=NUM_TEST)
    return out


def _unpickle(path, encoding="latin1"):
    with open(path, "rb") as f:
        return pickle.load(f, encoding=encoding)


def _write_pickle(obj, path):
    with open(path, "wb") as f:
        pickle.dump(obj, f, protocol=2)
    return path


def _batch(data, labels, bytes_keys=False):
    """A batch dict in CIFAR-10's layout, with str keys or (as Python 2 wrote them) bytes keys."""
    batch = {
        "batch_label": "hand-made batch",
        "labels": [int(label) for label in labels],
        "data": data,
        "filenames": [f"image_{i}.png" for i in range(len(labels))],
    }
    if bytes_keys:
        batch = {key.encode("ascii"): value for key, value in batch.items()}
    return batch


def _pixel_index(channel, row, col):
    """Position of one pixel value in a CIFAR-10 row: channel planes of 32x32, row-major."""
    return channel * 1024 + row * 32 + col


# ---------------------------------------------------------------------------
# The generator writes exactly the CIFAR-10 format
# ---------------------------------------------------------------------------


def test_toy_folder_holds_exactly_the_cifar10_files(toy_dir):
    # Also checks that no temporary file is left behind by the write-then-rename.
    assert sorted(os.listdir(toy_dir)) == ALL_FILES


@pytest.mark.parametrize("name", BATCH_FILES)
def test_toy_batches_have_the_cifar10_layout(toy_dir, name):
    raw = (toy_dir / name).read_bytes()
    assert raw[:2] == b"\x80\x02", "batches must be pickled with protocol 2, like the real files"
    batch = _unpickle(toy_dir / name)
    n = NUM_TEST if name == "test_batch" else IMAGES_PER_BATCH

    assert isinstance(batch, dict)
    assert set(batch) == {"data", "labels", "batch_label", "filenames"}
    assert all(type(key) is str for key in batch)

    data = batch["data"]
    assert isinstance(data, np.ndarray) and data.dtype == np.uint8 and data.shape == (n, 3072)
    assert data.std() > 20, "images should not be nearly constant"

    labels = batch["labels"]
    assert type(labels) is list and len(labels) == n
    assert all(type(label) is int and 0 <= label <= 9 for label in labels)

    if name == "test_batch":
        assert batch["batch_label"] == "testing batch 1 of 1"
    else:
        assert batch["batch_label"] == f"training batch {name[-1]} of 5"
    filenames = batch["filenames"]
    assert type(filenames) is list and len(filenames) == n
    assert all(type(f) is str and f.endswith(".png") for f in filenames)


def test_toy_meta_and_class_balance(toy_dir):
    meta = _unpickle(toy_dir / "batches.meta")
    assert meta == {
        "label_names": CIFAR10_LABEL_NAMES,
        "num_cases_per_batch": IMAGES_PER_BATCH,
        "num_vis": 3072,
    }

    labels = np.concatenate([_unpickle(toy_dir / name)["labels"] for name in BATCH_FILES])
    counts = np.bincount(labels, minlength=10)
    assert counts.min() >= (NUM_TRAIN + NUM_TEST) // 10, f"classes should be balanced; counts {counts}"
    filenames = sum((_unpickle(toy_dir / name)["filenames"] for name in BATCH_FILES), [])
    assert len(set(filenames)) == len(filenames), "file names must be unique"


def test_same_seed_same_bytes_different_seed_different(tmp_path):
    sizes = dict(images_per_batch=20, num_test=30)
    toy_cifar.write_dataset(tmp_path / "a", seed=5, **sizes)
    toy_cifar.write_dataset(tmp_path / "b", seed=5, **sizes)
    toy_cifar.write_dataset(tmp_path / "c", seed=6, **sizes)
    for name in ALL_FILES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    for name in BATCH_FILES:
        assert (tmp_path / "a" / name).read_bytes() != (tmp_path / "c" / name).read_bytes(), name


def test_write_dataset_creates_nested_folder_and_replaces_files(tmp_path):
    out = tmp_path / "a" / "b"
    toy_cifar.write_dataset(out, seed=1, images_per_batch=10, num_test=10)
    paths = toy_cifar.write_dataset(out, seed=1, images_per_batch=10, num_test=10)
    assert sorted(os.path.basename(p) for p in paths) == ALL_FILES
    assert sorted(os.listdir(out)) == ALL_FILES


def test_make_images_shapes_and_determinism():
    data, labels = toy_cifar.make_images(25, np.random.default_rng(3))
    assert data.dtype == np.uint8 and data.shape == (25, 3072)
    assert labels.shape == (25,) and labels.min() >= 0 and labels.max() <= 9
    data2, labels2 = toy_cifar.make_images(25, np.random.default_rng(3))
    np.testing.assert_array_equal(data, data2)
    np.testing.assert_array_equal(labels, labels2)


def test_command_line_writes_the_set_and_says_where(tmp_path):
    out = tmp_path / "toy"
    result = subprocess.run(
        [sys.executable, str(TOY_CIFAR_PATH), "--out", str(out), "--seed", "2"]
        + ["--images-per-batch", "10", "--num-test", "10"],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and str(out) in lines[0], result.stdout
    assert sorted(os.listdir(out)) == ALL_FILES


def test_command_line_writes_beside_itself_by_default_wherever_it_runs(tmp_path):
    (tmp_path / "data").mkdir()
    script = shutil.copy(TOY_CIFAR_PATH, tmp_path / "data" / "toy_cifar.py")
    (tmp_path / "elsewhere").mkdir()
    subprocess.run([sys.executable, script, "--images-per-batch", "3", "--num-test", "3"], cwd=tmp_path / "elsewhere",
                   capture_output=True, text=True, check=True)
    assert sorted(os.listdir(tmp_path / "data" / "toy-cifar-10-batches-py")) == ALL_FILES
    assert os.listdir(tmp_path / "elsewhere") == []


def test_command_line_refuses_a_file_as_output_in_one_line(tmp_path):
    (tmp_path / "a-file").write_text("mine")
    result = subprocess.run([sys.executable, str(TOY_CIFAR_PATH), "--out", str(tmp_path / "a-file")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and result.stdout == "" and result.stderr.count("\n") == 1
    assert "is a file, not a folder" in result.stderr and (tmp_path / "a-file").read_text() == "mine"


# ---------------------------------------------------------------------------
# load_CIFAR_batch: str or bytes keys, any n, pixels in the right place
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("bytes_keys", [False, True], ids=["str-keys", "bytes-keys"])
@pytest.mark.parametrize("n", [1, 7])
def test_load_batch_reads_str_and_bytes_keys_and_any_n(tmp_path, rng, bytes_keys, n):
    data = rng.integers(0, 256, (n, 3072), dtype=np.uint8)
    labels = rng.integers(0, 10, n)
    path = _write_pickle(_batch(data, labels, bytes_keys), tmp_path / "batch")

    X, y = load_CIFAR_batch(path)
    assert X.shape == (n, 32, 32, 3) and X.dtype == np.float64
    assert y.shape == (n,) and y.dtype == np.int64
    np.testing.assert_array_equal(y, labels)
    np.testing.assert_array_equal(X, data.reshape(n, 3, 32, 32).transpose(0, 2, 3, 1))


def test_load_batch_puts_each_pixel_at_its_row_column_and_channel(tmp_path):
    data = np.zeros((2, 3072), dtype=np.uint8)
    data[1, _pixel_index(channel=1, row=5, col=7)] = 200  # green, image 1
    data[0, _pixel_index(channel=0, row=0, col=31)] = 17  # red, top-right corner of image 0
    data[0, _pixel_index(channel=2, row=31, col=0)] = 255  # blue, bottom-left corner of image 0
    path = _write_pickle(_batch(data, [3, 9]), tmp_path / "batch")

    X, y = load_CIFAR_batch(path)
    assert X[1, 5, 7, 1] == 200
    assert X[0, 0, 31, 0] == 17
    assert X[0, 31, 0, 2] == 255
    assert np.count_nonzero(X) == 3
    assert y.tolist() == [3, 9]


def test_load_batch_round_trips_the_toy_images(toy_dir, rng):
    raw = _unpickle(toy_dir / "data_batch_2")
    X, y = load_CIFAR_batch(toy_dir / "data_batch_2")
    assert y.tolist() == raw["labels"]
    for _ in range(20):
        i, row, col = rng.integers(IMAGES_PER_BATCH), rng.integers(32), rng.integers(32)
        channel = rng.integers(3)
        assert X[i, row, col, channel] == raw["data"][i, _pixel_index(channel, row, col)]


# ---------------------------------------------------------------------------
# Broken files: a ValueError that names the file and says what is wrong
# ---------------------------------------------------------------------------


def _good_batch(n=4):
    return _batch(np.zeros((n, 3072), dtype=np.uint8), list(range(n)))


def _batch_without(key):
    return {k: v for k, v in _good_batch().items() if k != key}


@pytest.mark.parametrize(
    "make_file, expected",
    [
        (lambda p: p.write_bytes(b"this is not a pickle"), "cannot be unpickled"),
        (lambda p: p.write_bytes(pickle.dumps(_good_batch(), protocol=2)[:5000]), "cannot be unpickled"),
        (lambda p: _write_pickle([1, 2, 3], p), "not a dict"),
        (lambda p: _write_pickle(_batch_without("labels"), p), "no 'labels' key"),
        (lambda p: _write_pickle(_batch_without("data"), p), "no 'data' key"),
        (lambda p: _write_pickle(_batch(np.zeros((4, 3000), np.uint8), range(4)), p), "(n, 3072)"),
        (lambda p: _write_pickle(_batch(np.zeros(3072, np.uint8), [0]), p), "(n, 3072)"),
        (lambda p: _write_pickle(_batch(np.zeros((4, 3072), np.uint8), range(3)), p), "one label per image"),
        (lambda p: _write_pickle(_batch(np.zeros((2, 3072), np.uint8), [0, 10]), p), "0..9"),
    ],
    ids=[
        "not-a-pickle",
        "truncated",
        "not-a-dict",
        "no-labels",
        "no-data",
        "wrong-width",
        "1-d-data",
        "label-count",
        "label-range",
    ],
)
def test_load_batch_rejects_files_that_are_not_cifar_batches(tmp_path, make_file, expected):
    path = tmp_path / "data_batch_1"
    make_file(path)
    with pytest.raises(ValueError) as excinfo:
        load_CIFAR_batch(path)
    message = str(excinfo.value)
    assert str(path) in message, message
    assert expected in message, message


# ---------------------------------------------------------------------------
# load_CIFAR10 and label_names: which folder, and what if data is missing
# ---------------------------------------------------------------------------


def test_load_CIFAR10_reads_the_batches_in_order(toy_dir):
    Xtr, Ytr, Xte, Yte = load_CIFAR10(toy_dir)
    assert Xtr.shape == (NUM_TRAIN, 32, 32, 3) and Xtr.dtype == np.float64
    assert Xte.shape == (NUM_TEST, 32, 32, 3) and Xte.dtype == np.float64
    assert Ytr.dtype == np.int64 and Yte.dtype == np.int64
    expected = sum((_unpickle(toy_dir / name)["labels"] for name in BATCH_FILES[:5]), [])
    assert Ytr.tolist() == expected
    assert Yte.tolist() == _unpickle(toy_dir / "test_batch")["labels"]
    assert Xtr.min() >= 0 and Xtr.max() <= 255


def test_CIFAR10_DIR_is_used_when_no_folder_is_given(toy_dir, monkeypatch):
    monkeypatch.setenv("CIFAR10_DIR", str(toy_dir))
    Xtr, Ytr, Xte, Yte = load_CIFAR10()
    assert Xtr.shape[0] == NUM_TRAIN and Xte.shape[0] == NUM_TEST
    assert label_names() == CIFAR10_LABEL_NAMES
    assert get_CIFAR10_data(num_validation=500, num_test=100, num_dev=10)["X_train"].shape == (1000, 3073)


def test_an_explicit_folder_wins_over_CIFAR10_DIR(toy_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("CIFAR10_DIR", str(tmp_path / "elsewhere"))
    assert load_CIFAR10(toy_dir)[0].shape[0] == NUM_TRAIN


def _commands_in(message):
    """The shell commands a message quotes between backticks."""
    return message.split("`")[1::2]


def _assert_commands_exist(message):
    """Every quoted command runs a file that exists (python X / bash X), as a student would type it."""
    commands = _commands_in(message)
    assert commands, message
    for command in commands:
        program, script = command.split()[:2]
        assert program in ("python", "bash") and Path(script).is_file(), (command, message)


def test_the_kit_finds_its_data_folder_one_level_above_the_package():
    kit = Path(__file__).resolve().parents[1]
    assert find_data_folder(kit / "assignment" / "cs231n") == kit / "data"
    assert find_data_folder(kit / "solutions" / "cs231n") == kit / "data"


def test_a_release_finds_the_data_folder_beside_the_package(tmp_path):
    (tmp_path / "cs231n").mkdir()
    (tmp_path / "data").mkdir()
    assert find_data_folder(tmp_path / "cs231n") is None  # no generator: not the assignment's data folder
    (tmp_path / "data" / "toy_cifar.py").write_text("")
    assert find_data_folder(tmp_path / "cs231n") == tmp_path / "data"


def test_CIFAR10_DIR_wins_over_the_toy_set(tmp_path, monkeypatch):
    monkeypatch.setenv("CIFAR10_DIR", str(tmp_path / "mine"))
    assert default_cifar10_dir() == str(tmp_path / "mine")
    with pytest.raises(FileNotFoundError, match=r"^load_CIFAR10: CIFAR10_DIR is set to .*mine, which does not exist; "
                                                 r".*unset it to use the toy CIFAR-10"):
        load_CIFAR10()


@pytest.fixture
def small_generator(tmp_path):
    """A data/ folder whose toy_cifar.py writes a small set with the real generator (fast)."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "toy_cifar.py").write_text(
        "import importlib.util\n"
        f"spec = importlib.util.spec_from_file_location('real_toy_cifar', {str(TOY_CIFAR_PATH)!r})\n"
        "real = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(real)\n"
        "def write_dataset(out_dir, seed=0):\n"
        "    return real.write_dataset(out_dir, seed=seed, images_per_batch=20, num_test=10)\n"
    )
    return data


def test_the_toy_set_is_made_on_first_use_and_read_afterwards(small_generator, monkeypatch, capsys):
    monkeypatch.delenv("CIFAR10_DIR", raising=False)
    folder = default_cifar10_dir(data_folder=small_generator)
    assert folder == str(small_generator / "toy-cifar-10-batches-py")
    assert sorted(os.listdir(folder)) == ALL_FILES
    assert sorted(os.listdir(small_generator)) == ["toy-cifar-10-batches-py", "toy_cifar.py"]  # no scratch left
    said = capsys.readouterr().out.strip().splitlines()
    assert len(said) == 1 and said[0].startswith("Made the toy CIFAR-10 in "), said
    stamp = os.stat(Path(folder) / "data_batch_1").st_mtime_ns
    assert default_cifar10_dir(data_folder=small_generator) == folder
    assert os.stat(Path(folder) / "data_batch_1").st_mtime_ns == stamp and capsys.readouterr().out == ""
    assert load_CIFAR10(folder)[0].shape == (100, 32, 32, 3)


def test_an_incomplete_toy_set_is_made_again(small_generator, monkeypatch):
    monkeypatch.delenv("CIFAR10_DIR", raising=False)
    folder = Path(default_cifar10_dir(data_folder=small_generator))
    (folder / "test_batch").unlink()
    assert default_cifar10_dir(data_folder=small_generator) == str(folder)
    assert sorted(os.listdir(folder)) == ALL_FILES


def test_without_generating_the_message_names_commands_that_exist(small_generator, monkeypatch):
    monkeypatch.delenv("CIFAR10_DIR", raising=False)
    (small_generator / "get_cifar10.sh").write_text("")
    monkeypatch.chdir(small_generator.parent)  # as a student in the release's top folder
    with pytest.raises(FileNotFoundError) as excinfo:
        default_cifar10_dir(generate=False, data_folder=small_generator)
    message = str(excinfo.value)
    assert "\n" not in message and "CIFAR10_DIR" in message, message
    assert "`python data/toy_cifar.py --out data/toy-cifar-10-batches-py`" in message, message
    assert "`bash data/get_cifar10.sh`" in message, message
    _assert_commands_exist(message)


def test_an_unwritable_toy_folder_says_what_to_do(small_generator, monkeypatch):
    monkeypatch.delenv("CIFAR10_DIR", raising=False)
    (small_generator / "toy-cifar-10-batches-py").write_text("a file where the folder should be")
    with pytest.raises(FileNotFoundError, match=r"cannot write the toy CIFAR-10 into .* run `python .*toy_cifar.py "
                                                 r"--out <a folder you can write>` and set CIFAR10_DIR"):
        default_cifar10_dir(data_folder=small_generator)
    assert sorted(os.listdir(small_generator)) == ["toy-cifar-10-batches-py", "toy_cifar.py"]


def test_no_data_folder_says_how_to_get_data(tmp_path, monkeypatch):
    monkeypatch.delenv("CIFAR10_DIR", raising=False)
    monkeypatch.setattr(data_utils, "find_data_folder", lambda package_dir=None: None)
    with pytest.raises(FileNotFoundError) as excinfo:
        load_CIFAR10()
    message = str(excinfo.value)
    assert message.startswith("default_cifar10_dir: no data/ folder with toy_cifar.py") and "CIFAR10_DIR" in message


def test_missing_folder_names_it_and_commands_that_exist(tmp_path):
    missing = tmp_path / "no-such-folder"
    with pytest.raises(FileNotFoundError) as excinfo:
        load_CIFAR10(missing)
    message = str(excinfo.value)
    assert str(missing) in message and "does not exist" in message and "toy_cifar.py" in message, message
    _assert_commands_exist(message)


def test_missing_batch_file_is_named(toy_dir, tmp_path):
    folder = tmp_path / "partial"
    shutil.copytree(toy_dir, folder)
    (folder / "data_batch_3").unlink()
    with pytest.raises(FileNotFoundError) as excinfo:
        load_CIFAR10(folder)
    message = str(excinfo.value)
    assert "data_batch_3" in message and "data_batch_2" not in message and "toy_cifar.py" in message, message


def test_a_corrupt_batch_in_the_folder_is_reported(toy_dir, tmp_path):
    folder = tmp_path / "corrupt"
    shutil.copytree(toy_dir, folder)
    (folder / "test_batch").write_bytes((toy_dir / "test_batch").read_bytes()[:1000])
    with pytest.raises(ValueError, match="test_batch"):
        load_CIFAR10(folder)


def test_label_names_accepts_bytes_keys_and_values(tmp_path):
    names = [name.encode("ascii") for name in CIFAR10_LABEL_NAMES]
    meta = {b"label_names": names, b"num_cases_per_batch": 10000, b"num_vis": 3072}
    _write_pickle(meta, tmp_path / "batches.meta")
    assert label_names(tmp_path) == CIFAR10_LABEL_NAMES


def test_label_names_without_meta_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="batches.meta"):
        label_names(tmp_path)


# ---------------------------------------------------------------------------
# Preprocessing
# ---------------------------------------------------------------------------


def test_get_CIFAR10_data_shapes_and_dtypes(toy_dir):
    data = get_CIFAR10_data(toy_dir, num_training=1000, num_validation=500, num_test=200, num_dev=100)
    expected_rows = {"train": 1000, "val": 500, "test": 200, "dev": 100}
    assert set(data) == {f"{xy}_{split}" for xy in "Xy" for split in expected_rows}
    for split, rows in expected_rows.items():
        X, y = data[f"X_{split}"], data[f"y_{split}"]
        assert X.shape == (rows, 3073) and X.dtype == np.float64, split
        assert y.shape == (rows,) and y.dtype == np.int64, split
        np.testing.assert_array_equal(X[:, -1], 1.0, err_msg=f"X_{split} needs the bias column of ones")


def test_bias_column_adds_one_dimension_and_default_training_size(toy_dir):
    without_bias = get_CIFAR10_data(toy_dir, num_validation=500, num_test=10, num_dev=10, bias=False)
    with_bias = get_CIFAR10_data(toy_dir, num_validation=500, num_test=10, num_dev=10, bias=True)
    # num_training=None keeps every training image not used for validation.
    assert without_bias["X_train"].shape == (NUM_TRAIN - 500, 3072)
    assert with_bias["X_train"].shape == (NUM_TRAIN - 500, 3073)
    np.testing.assert_array_equal(with_bias["X_val"][:, :-1], without_bias["X_val"])


def test_validation_is_the_images_right_after_the_training_ones(toy_dir):
    Xtr, Ytr, Xte, Yte = load_CIFAR10(toy_dir)
    sizes = dict(num_training=800, num_validation=300, num_test=50, num_dev=10)
    data = get_CIFAR10_data(toy_dir, subtract_mean=False, bias=False, **sizes)
    np.testing.assert_array_equal(data["X_train"], Xtr[:800].reshape(800, -1))
    np.testing.assert_array_equal(data["X_val"], Xtr[800:1100].reshape(300, -1))
    np.testing.assert_array_equal(data["y_val"], Ytr[800:1100])
    np.testing.assert_array_equal(data["X_test"], Xte[:50].reshape(50, -1))
    np.testing.assert_array_equal(data["y_test"], Yte[:50])


def test_mean_comes_from_the_training_set_only(toy_dir):
    sizes = dict(num_training=1000, num_validation=500, num_test=200, num_dev=100, bias=False)
    raw = get_CIFAR10_data(toy_dir, subtract_mean=False, **sizes)
    centred = get_CIFAR10_data(toy_dir, subtract_mean=True, **sizes)
    train_mean = raw["X_train"].mean(axis=0)
    np.testing.assert_allclose(centred["X_train"].mean(axis=0), 0.0, atol=1e-9)
    for split in ("val", "test", "dev"):
        np.testing.assert_allclose(centred[f"X_{split}"], raw[f"X_{split}"] - train_mean, err_msg=split)
    # The validation set's own mean is not removed: it differs from the training mean.
    assert np.abs(centred["X_val"].mean(axis=0)).max() > 1.0


def test_dev_set_is_a_seeded_sample_of_distinct_training_examples(toy_dir):
    kwargs = dict(num_training=1000, num_validation=500, num_test=10, num_dev=50, subtract_mean=False)
    first = get_CIFAR10_data(toy_dir, seed=1, **kwargs)
    again = get_CIFAR10_data(toy_dir, seed=1, **kwargs)
    other = get_CIFAR10_data(toy_dir, seed=2, **kwargs)
    np.testing.assert_array_equal(first["X_dev"], again["X_dev"])
    assert not np.array_equal(first["X_dev"], other["X_dev"])

    # Each dev example is a training example (with its label), none repeated.
    X_train, y_train = first["X_train"], first["y_train"]
    rows = [int(np.flatnonzero((X_train == x).all(axis=1))[0]) for x in first["X_dev"]]
    assert len(set(rows)) == 50
    np.testing.assert_array_equal(y_train[rows], first["y_dev"])


def test_dev_set_does_not_touch_global_numpy_random_state(toy_dir):
    state = np.random.get_state()
    get_CIFAR10_data(toy_dir, num_training=100, num_validation=100, num_test=10, num_dev=10)
    after = np.random.get_state()
    assert state[0] == after[0] and np.array_equal(state[1], after[1]) and state[2:] == after[2:]


@pytest.mark.parametrize(
    "sizes, expected",
    [
        (dict(num_training=1400, num_validation=500), "only 1500 training images"),
        (dict(num_training=None, num_validation=2000), "only 1500 training images"),
        (dict(num_test=201), "only 200 test images"),
        (dict(num_training=100, num_dev=101), "num_dev = 101 is more than num_training = 100"),
        (dict(num_validation=-1), "num_validation must be a non-negative integer"),
    ],
)
def test_sizes_larger_than_the_data_are_refused(toy_dir, sizes, expected):
    # Sizes that fit the small toy set, then one of them made too large.
    kwargs = dict(num_training=1000, num_validation=500, num_test=100, num_dev=10)
    kwargs.update(sizes)
    with pytest.raises(ValueError) as excinfo:
        get_CIFAR10_data(toy_dir, **kwargs)
    assert expected in str(excinfo.value), str(excinfo.value)


def test_split_works_on_any_arrays_and_returns_copies():
    X, y = np.arange(40.0).reshape(10, 4), np.arange(10)
    X_test, y_test = -np.arange(12.0).reshape(3, 4), np.arange(3)
    sizes = dict(num_training=6, num_validation=3, num_test=2, num_dev=2)
    split = split_train_val_test_dev(X, y, X_test, y_test, **sizes)
    np.testing.assert_array_equal(split["y_train"], np.arange(6))
    np.testing.assert_array_equal(split["y_val"], [6, 7, 8])
    np.testing.assert_array_equal(split["y_test"], [0, 1])
    split["X_train"][0, 0] = 99.0
    assert X[0, 0] == 0.0, "changing the split must not change the input"


def test_subtract_mean_image_uses_the_first_array_and_keeps_inputs():
    X_train = np.array([[0.0, 2.0], [2.0, 4.0]])
    X_val = np.array([[1.0, 1.0]])
    X_train_c, X_val_c, mean_image = subtract_mean_image(X_train, X_val)
    np.testing.assert_array_equal(mean_image, [1.0, 3.0])
    np.testing.assert_array_equal(X_train_c, [[-1.0, -1.0], [1.0, 1.0]])
    np.testing.assert_array_equal(X_val_c, [[0.0, -2.0]])
    np.testing.assert_array_equal(X_train, [[0.0, 2.0], [2.0, 4.0]])


def test_append_bias_column():
    X = np.arange(6.0).reshape(3, 2)
    X_b = append_bias_column(X)
    assert X_b.shape == (3, 3)
    np.testing.assert_array_equal(X_b[:, :2], X)
    np.testing.assert_array_equal(X_b[:, 2], 1.0)


# ---------------------------------------------------------------------------
# The toy data is learnable by a linear classifier, but not trivially
# ---------------------------------------------------------------------------


def test_a_linear_softmax_learns_the_toy_data_but_not_perfectly(toy_dir):
    data = get_CIFAR10_data(toy_dir, num_training=1000, num_validation=500, num_test=200, num_dev=10)
    classifier = Softmax()
    classifier.train(
        data["X_train"],
        data["y_train"],
        learning_rate=3e-6,
        reg=1e3,
        num_iters=300,
        batch_size=200,
        rng=np.random.default_rng(0),
    )
    accuracy = np.mean(classifier.predict(data["X_val"]) == data["y_val"])
    assert 0.25 < accuracy < 0.9, (
        f"validation accuracy {accuracy:.3f}: the toy data should be learnable "
        "(well above chance, 0.10) but not nearly perfectly separable"
    )


def test_an_empty_split_keeps_its_width(toy_dir):
    data = get_CIFAR10_data(toy_dir, num_validation=500, num_test=0, num_dev=10)
    assert data["X_test"].shape == (0, 3073) and data["y_test"].shape == (0,)
    assert data["X_val"].shape == (500, 3073)
