"""Load CIFAR-10 and prepare it for a linear classifier.

Where the data comes from:

- a toy stand-in in CIFAR-10's own file format, made without internet by
  ``data/toy_cifar.py``: ``default_cifar10_dir()`` (and ``load_CIFAR10()``
  without a folder) generate it into ``data/toy-cifar-10-batches-py`` the
  first time they need it, in a few seconds;
- the real CIFAR-10: ``bash data/get_cifar10.sh`` downloads it (needs
  internet, about 163 MB) into ``data/cifar-10-batches-py``; then set the
  environment variable ``CIFAR10_DIR`` to that folder, or pass it to the
  loaders.

``data/`` is the assignment's data folder: next to the ``cs231n`` package, or
one level above the folder that holds it.

Conventions:

- The folder holds ``data_batch_1`` .. ``data_batch_5``, ``test_batch`` and
  ``batches.meta``. Each batch is a pickled dict with ``data``, a uint8 array
  of shape (n, 3072) (per image the red plane, then green, then blue, each
  32x32 row-major), and ``labels``, n ints in 0..9. Keys may be str or bytes
  (Python 2 pickles read with ``encoding='bytes'`` have bytes keys); n may
  be anything (10000 in the real data).
- Images come out as float64 arrays of shape (N, 32, 32, 3): image, row,
  column, channel (RGB). Labels come out as int64 arrays of shape (N,).
- ``get_CIFAR10_data`` flattens each image to a row, so ``X`` is (N, D) with
  D = 3072, or 3073 with the bias column; all its randomness comes from
  ``np.random.default_rng(seed)``, never from the global ``np.random``.
"""

import importlib.util
import numbers
import os
import pickle
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

NUM_CLASSES = 10
IMAGE_SHAPE = (32, 32, 3)
NUM_VALUES = 32 * 32 * 3  # 3072 numbers per image
TRAIN_BATCHES = [f"data_batch_{b}" for b in range(1, 6)]
TEST_BATCH = "test_batch"
META_FILE = "batches.meta"

TOY_FOLDER = "toy-cifar-10-batches-py"  # what data/toy_cifar.py writes, and the notebooks read
REAL_FOLDER = "cifar-10-batches-py"  # what data/get_cifar10.sh downloads
GENERATOR = "toy_cifar.py"
FETCHER = "get_cifar10.sh"
TOY_SEED = 0  # the seed of `make data` and of the toy set made on first use


def _shown(path):
    """A path as a student would type it: relative to the working folder when inside it, else absolute."""
    path = Path(path).resolve()
    try:
        return path.relative_to(Path.cwd()).as_posix() or "."
    except ValueError:
        return str(path)


def find_data_folder(package_dir=None):
    """The assignment's ``data`` folder, the one that holds ``toy_cifar.py``.

    It sits next to the ``cs231n`` package (the students' release: ``data/``
    beside ``cs231n/`` and the notebooks) or one level higher (the kit, where
    the package is in ``assignment/``).

    Parameters
    ----------
    package_dir : str, os.PathLike or None
        The ``cs231n`` package folder; None means this package.

    Returns
    -------
    Path or None
        None when neither place has a ``data`` folder with ``toy_cifar.py``.
    """
    package = Path(package_dir) if package_dir is not None else Path(__file__).resolve().parent
    for parent in (package.parent, package.parent.parent):
        if (parent / "data" / GENERATOR).is_file():
            return parent / "data"
    return None


def how_to_get_data(data_folder=None):
    """What to do when the data is missing, as commands that exist where the student is.

    Parameters
    ----------
    data_folder : Path or None
        The assignment's data folder (see ``find_data_folder``); None looks it up.

    Returns
    -------
    str
        One sentence, without a final full stop.
    """
    data = Path(data_folder) if data_folder is not None else find_data_folder()
    if data is None:
        return ("set the environment variable CIFAR10_DIR to a folder of CIFAR-10 batch files, or put the "
                "assignment's data/ folder (with toy_cifar.py) back next to the cs231n folder")
    toy, generator = _shown(data / TOY_FOLDER), _shown(data / GENERATOR)
    return (f"call the loader without a folder to use the toy CIFAR-10 (made on first use in {toy}, or now with "
            f"`python {generator} --out {toy}`); for the real CIFAR-10 run `bash {_shown(data / FETCHER)}` and set "
            f"CIFAR10_DIR to {_shown(data / REAL_FOLDER)}")


def _is_complete(folder):
    """Whether ``folder`` holds every file of a CIFAR-10 folder."""
    return all(os.path.isfile(os.path.join(folder, name)) for name in TRAIN_BATCHES + [TEST_BATCH, META_FILE])


def _run_generator(generator, folder):
    """Write the toy CIFAR-10 into ``folder`` with the shipped generator, all at once or not at all.

    The files are written into a temporary folder beside ``folder`` and then
    moved in, so that an interrupted run never leaves a half-written data set
    that a later run would take for a complete one.
    """
    spec = importlib.util.spec_from_file_location("cs231n_toy_cifar", generator)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    scratch = Path(tempfile.mkdtemp(prefix=".toy-cifar-", dir=folder.parent))
    try:
        module.write_dataset(scratch, seed=TOY_SEED)
        if folder.is_dir():  # an earlier, incomplete set: replace its files one by one
            for name in os.listdir(scratch):
                os.replace(scratch / name, folder / name)
        else:
            try:
                os.replace(scratch, folder)
            except OSError:  # another notebook made it meanwhile
                if not _is_complete(folder):
                    raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def default_cifar10_dir(generate=True, data_folder=None):
    """The CIFAR-10 folder to read: ``$CIFAR10_DIR``, else the toy set, made on first use.

    Parameters
    ----------
    generate : bool
        Make the toy set with ``data/toy_cifar.py`` (seed 0, a few seconds)
        when it is not there yet.
    data_folder : str, os.PathLike or None
        The assignment's data folder; None looks it up (``find_data_folder``).

    Returns
    -------
    str
        ``$CIFAR10_DIR`` when it is set (the loaders check that it exists),
        else ``data/toy-cifar-10-batches-py``.

    Raises
    ------
    FileNotFoundError
        If there is no toy set and it cannot be made; the message says what to do.
    """
    chosen = os.environ.get("CIFAR10_DIR")
    if chosen:
        return chosen
    data = Path(data_folder) if data_folder is not None else find_data_folder()
    if data is None:
        here = _shown(Path(__file__).resolve().parent)
        raise FileNotFoundError(f"default_cifar10_dir: no data/ folder with {GENERATOR} next to {here} or one level "
                                f"up, and CIFAR10_DIR is not set; {how_to_get_data(data)}.")
    toy = data / TOY_FOLDER
    if _is_complete(toy):
        return str(toy)
    generator = data / GENERATOR
    if not generate or not generator.is_file():
        raise FileNotFoundError(f"default_cifar10_dir: the toy CIFAR-10 is not in {_shown(toy)} yet; "
                                f"{how_to_get_data(data)}.")
    started = time.perf_counter()
    try:
        _run_generator(generator, toy)
    except OSError as error:
        raise FileNotFoundError(f"default_cifar10_dir: cannot write the toy CIFAR-10 into {_shown(toy)} "
                                f"({error.strerror or error}); run `python {_shown(generator)} --out <a folder you "
                                "can write>` and set CIFAR10_DIR to that folder.") from None
    print(f"Made the toy CIFAR-10 in {_shown(toy)} ({time.perf_counter() - started:.1f} s; done once, "
          "the next runs read it).")
    return str(toy)


def load_pickle(f):
    """Unpickle one object from an open binary file, as Python 2 wrote it.

    CIFAR-10's files were written by Python 2; ``encoding='latin1'`` turns
    their byte strings into str, so the dict keys read as ``'data'``, not
    ``b'data'``.

    Parameters
    ----------
    f : binary file object, opened with ``open(path, 'rb')``

    Returns
    -------
    object
        What was pickled (a dict, for CIFAR-10 files).
    """
    return pickle.load(f, encoding="latin1")


def _get(d, key):
    """``d[key]`` whether the dict's keys are str or bytes; KeyError(key) if neither."""
    for k in (key, key.encode("ascii")):
        if k in d:
            return d[k]
    raise KeyError(key)


def _read_pickle(filename):
    """Unpickle a CIFAR-10 file, turning any failure into a ValueError naming it.

    Parameters
    ----------
    filename : str or os.PathLike

    Returns
    -------
    object
        The unpickled object.

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    ValueError
        If it is not a pickle, or is truncated.
    """
    with open(filename, "rb") as f:
        try:
            return load_pickle(f)
        except Exception as e:  # a broken pickle can raise almost any exception type
            raise ValueError(
                f"{filename} is not a CIFAR-10 batch: it cannot be unpickled "
                f"({type(e).__name__}: {e}); the file is corrupt or truncated, download or generate it again."
            ) from e


def load_CIFAR_batch(filename):
    """Load one CIFAR-10 batch file.

    Parameters
    ----------
    filename : str or os.PathLike
        Path of a batch, such as ``.../data_batch_1`` or ``.../test_batch``.

    Returns
    -------
    X : ndarray of float64, shape (n, 32, 32, 3)
        The n images: ``X[i, row, col, channel]``, channel 0 = red.
    y : ndarray of int64, shape (n,)
        Their labels, in 0..9.

    Raises
    ------
    ValueError
        If the file is not a CIFAR-10 batch (not a pickle, truncated, no
        ``data`` or ``labels``, data not of shape (n, 3072), a different
        number of labels than images, or a label outside 0..9). The message
        names the file.
    """
    datadict = _read_pickle(filename)
    if not isinstance(datadict, dict):
        raise ValueError(
            f"{filename} is not a CIFAR-10 batch: it holds a {type(datadict).__name__}, not a dict."
        )
    try:
        data = np.asarray(_get(datadict, "data"))
        labels = np.asarray(_get(datadict, "labels"))
    except KeyError as e:
        keys = sorted(repr(k) for k in datadict)
        raise ValueError(
            f"{filename} is not a CIFAR-10 batch: it has no {e.args[0]!r} key, as str or bytes "
            f"(its keys are {', '.join(keys)})."
        ) from None

    if data.ndim != 2 or data.shape[1] != NUM_VALUES:
        raise ValueError(
            f"{filename}: 'data' must have shape (n, {NUM_VALUES}), one 32x32x3 image per row; "
            f"got shape {data.shape}."
        )
    if labels.shape != (data.shape[0],):
        raise ValueError(
            f"{filename}: 'labels' must hold one label per image, {data.shape[0]} in all; "
            f"got {labels.size} (shape {labels.shape})."
        )
    if labels.size and (
        not np.issubdtype(labels.dtype, np.integer) or labels.min() < 0 or labels.max() >= NUM_CLASSES
    ):
        raise ValueError(f"{filename}: labels must be integers in 0..{NUM_CLASSES - 1}.")

    # Each row is 3 planes of 32x32 (channel, row, col); move the channel last.
    X = data.reshape(-1, 3, 32, 32).transpose(0, 2, 3, 1).astype(np.float64)
    y = labels.astype(np.int64)
    return X, y


def _cifar10_folder(root, caller):
    """The CIFAR-10 folder to read: root, else ``default_cifar10_dir()``; it must exist.

    Parameters
    ----------
    root : str, os.PathLike or None
    caller : str
        Name of the calling function, used in the error message.

    Returns
    -------
    str
        The folder.

    Raises
    ------
    FileNotFoundError
        If the folder does not exist, or no folder is given and the toy set
        cannot be made.
    """
    if root is None:
        root = default_cifar10_dir()
        if not os.path.isdir(root):
            raise FileNotFoundError(f"{caller}: CIFAR10_DIR is set to {root}, which does not exist; set it to a "
                                    "CIFAR-10 folder, or unset it to use the toy CIFAR-10 (made on first use).")
    root = os.fspath(root)
    if not os.path.isdir(root):
        raise FileNotFoundError(f"{caller}: the CIFAR-10 folder {root} does not exist; {how_to_get_data()}.")
    return root


def load_CIFAR10(ROOT=None):
    """Load all of CIFAR-10 (or the toy set) from a folder of batch files.

    Parameters
    ----------
    ROOT : str, os.PathLike or None
        Folder holding ``data_batch_1`` .. ``data_batch_5`` and
        ``test_batch``. None reads ``default_cifar10_dir()``: the folder in
        ``CIFAR10_DIR``, else the toy set (made on first use).

    Returns
    -------
    Xtr : ndarray of float64, shape (N_train, 32, 32, 3)
        The training images, batches 1 to 5 in order (N_train = 50000 for
        the real data).
    Ytr : ndarray of int64, shape (N_train,)
    Xte : ndarray of float64, shape (N_test, 32, 32, 3)
        The test images (N_test = 10000 for the real data).
    Yte : ndarray of int64, shape (N_test,)

    Raises
    ------
    FileNotFoundError
        If no folder is given, the folder or a batch file is missing; the
        message says how to get the data.
    ValueError
        If a file is not a CIFAR-10 batch (see ``load_CIFAR_batch``).
    """
    root = _cifar10_folder(ROOT, "load_CIFAR10")
    # Check every file first, so that a half-downloaded folder fails at once.
    missing = [name for name in TRAIN_BATCHES + [TEST_BATCH] if not os.path.isfile(os.path.join(root, name))]
    if missing:
        raise FileNotFoundError(
            f"load_CIFAR10: {root} has no {', '.join(missing)}, so it is not a complete CIFAR-10 folder; "
            f"{how_to_get_data()}."
        )

    xs, ys = [], []
    for name in TRAIN_BATCHES:
        X, y = load_CIFAR_batch(os.path.join(root, name))
        xs.append(X)
        ys.append(y)
    Xtr = np.concatenate(xs)
    Ytr = np.concatenate(ys)
    Xte, Yte = load_CIFAR_batch(os.path.join(root, TEST_BATCH))
    return Xtr, Ytr, Xte, Yte


def label_names(cifar10_dir=None):
    """The class names, read from ``batches.meta``.

    Parameters
    ----------
    cifar10_dir : str, os.PathLike or None
        The CIFAR-10 folder; None reads ``default_cifar10_dir()``.

    Returns
    -------
    names : list of str, length 10
        ``names[c]`` is the name of class c: airplane, automobile, bird, cat,
        deer, dog, frog, horse, ship, truck.

    Raises
    ------
    FileNotFoundError
        If the folder or ``batches.meta`` is missing.
    ValueError
        If ``batches.meta`` is not a pickled dict with ``label_names``.
    """
    root = _cifar10_folder(cifar10_dir, "label_names")
    path = os.path.join(root, META_FILE)
    if not os.path.isfile(path):
        raise FileNotFoundError(f"label_names: {root} has no {META_FILE}; {how_to_get_data()}.")
    meta = _read_pickle(path)
    try:
        names = _get(meta, "label_names")
    except (KeyError, TypeError):
        raise ValueError(f"{path} is not CIFAR-10's {META_FILE}: it has no 'label_names'.") from None
    return [name.decode("latin1") if isinstance(name, bytes) else str(name) for name in names]


def split_train_val_test_dev(
    X_train_all,
    y_train_all,
    X_test_all,
    y_test_all,
    num_training=None,
    num_validation=1000,
    num_test=1000,
    num_dev=500,
    seed=0,
):
    """Split the data as CS231n does: train, validation, test and a small dev set.

    - training: the first ``num_training`` training images;
    - validation: the ``num_validation`` training images right after them;
    - test: the first ``num_test`` test images;
    - dev: ``num_dev`` distinct training images drawn at random, a small
      set for quick checks of a loss and its gradient.

    Parameters
    ----------
    X_train_all : ndarray, shape (N, ...)
        All the training images (any trailing shape, e.g. (32, 32, 3)).
    y_train_all : ndarray, shape (N,)
    X_test_all : ndarray, shape (M, ...)
    y_test_all : ndarray, shape (M,)
    num_training : int or None
        Training examples to keep; None keeps all those not used for
        validation, ``N - num_validation``.
    num_validation : int
    num_test : int
    num_dev : int
        At most ``num_training``.
    seed : int
        Seed of ``np.random.default_rng`` that picks the dev examples.

    Returns
    -------
    dict
        ``X_train`` (num_training, ...), ``y_train`` (num_training,),
        ``X_val``, ``y_val``, ``X_test``, ``y_test``, ``X_dev``, ``y_dev``,
        each array of the matching size. These are new arrays, not views
        into the inputs.

    Raises
    ------
    ValueError
        If a size is negative or larger than the data holds.
    """
    sizes = {"num_validation": num_validation, "num_test": num_test, "num_dev": num_dev}
    if num_training is not None:
        sizes["num_training"] = num_training
    for name, value in sizes.items():
        if not isinstance(value, numbers.Integral) or value < 0:
            raise ValueError(
                f"split_train_val_test_dev: {name} must be a non-negative integer; got {value!r}."
            )
    num_total, num_test_total = len(X_train_all), len(X_test_all)
    if num_training is None:
        # max(): too large a num_validation is reported by the check below.
        num_training = max(num_total - num_validation, 0)
    if num_training + num_validation > num_total:
        raise ValueError(
            f"split_train_val_test_dev: num_training + num_validation = {num_training} + {num_validation} "
            f"= {num_training + num_validation}, but there are only {num_total} training images."
        )
    if num_test > num_test_total:
        raise ValueError(
            f"split_train_val_test_dev: num_test = {num_test}, "
            f"but there are only {num_test_total} test images."
        )
    if num_dev > num_training:
        raise ValueError(
            f"split_train_val_test_dev: num_dev = {num_dev} is more than num_training = {num_training}; "
            "the dev set is drawn from the training set."
        )

    val_rows = slice(num_training, num_training + num_validation)
    dev_rows = np.random.default_rng(seed).choice(num_training, num_dev, replace=False)
    return {
        "X_train": X_train_all[:num_training].copy(),
        "y_train": y_train_all[:num_training].copy(),
        "X_val": X_train_all[val_rows].copy(),
        "y_val": y_train_all[val_rows].copy(),
        "X_test": X_test_all[:num_test].copy(),
        "y_test": y_test_all[:num_test].copy(),
        "X_dev": X_train_all[dev_rows],
        "y_dev": y_train_all[dev_rows],
    }


def subtract_mean_image(X_train, *others):
    """Centre the data on the mean training image.

    The mean comes from the training data only and is subtracted from every
    array: the validation and test sets must be treated exactly like the
    training set, without their own statistics leaking in.

    Parameters
    ----------
    X_train : ndarray, shape (N, D)
        Training data, one example per row.
    *others : ndarrays, shape (N_k, D)
        Further arrays (validation, test, dev) to centre with the same mean.

    Returns
    -------
    tuple of ndarray
        ``(X_train - mean_image, *(X - mean_image for X in others), mean_image)``:
        the centred arrays in the order given, then ``mean_image``, shape (D,),
        the mean of the rows of X_train. The inputs are not modified.
    """
    mean_image = np.mean(X_train, axis=0)
    centred = [X_train - mean_image] + [X - mean_image for X in others]
    return (*centred, mean_image)


def append_bias_column(X):
    """Append a column of ones, so that the bias is the last row of W (the bias trick).

    Parameters
    ----------
    X : ndarray, shape (N, D)

    Returns
    -------
    ndarray of float64, shape (N, D + 1)
        ``X`` with ``X_b[:, D] == 1``.
    """
    return np.hstack([X, np.ones((X.shape[0], 1))])


def get_CIFAR10_data(
    cifar10_dir=None,
    num_training=None,
    num_validation=1000,
    num_test=1000,
    num_dev=500,
    subtract_mean=True,
    bias=True,
    seed=0,
):
    """Load CIFAR-10 and prepare it for a linear classifier, as in CS231n.

    Steps: load (``load_CIFAR10``), split
    (``split_train_val_test_dev``), flatten each image to a row of 3072
    numbers, centre on the training mean (``subtract_mean_image``) and
    append a column of ones (``append_bias_column``).

    Parameters
    ----------
    cifar10_dir : str, os.PathLike or None
        The CIFAR-10 folder; None reads ``default_cifar10_dir()``.
    num_training : int or None
        None uses every training image not used for validation (49000 for
        the real data with the default ``num_validation``).
    num_validation, num_test, num_dev : int
        Sizes of the other sets (see ``split_train_val_test_dev``).
    subtract_mean : bool
        Centre every set on the mean training image.
    bias : bool
        Append a column of ones (D = 3073 instead of 3072).
    seed : int
        Seed that picks the dev examples.

    Returns
    -------
    dict of ndarray
        ``X_train`` (num_training, D), ``y_train`` (num_training,),
        ``X_val`` (num_validation, D), ``y_val``, ``X_test`` (num_test, D),
        ``y_test``, ``X_dev`` (num_dev, D), ``y_dev``; X float64, y int64.

    Raises
    ------
    FileNotFoundError
        If the data is missing (see ``load_CIFAR10``).
    ValueError
        If a requested size is larger than the data holds.
    """
    X_train_all, y_train_all, X_test_all, y_test_all = load_CIFAR10(cifar10_dir)
    data = split_train_val_test_dev(
        X_train_all,
        y_train_all,
        X_test_all,
        y_test_all,
        num_training=num_training,
        num_validation=num_validation,
        num_test=num_test,
        num_dev=num_dev,
        seed=seed,
    )
    # The split holds copies; free the full arrays (1.2 GB for the real training set).
    del X_train_all, X_test_all

    x_keys = ["X_train", "X_val", "X_test", "X_dev"]
    # rows of 32 * 32 * 3 pixels; an explicit width (not -1) lets an empty split (num_test=0) reshape too
    arrays = [data[k].reshape(data[k].shape[0], int(np.prod(data[k].shape[1:]))) for k in x_keys]
    if subtract_mean:
        arrays = subtract_mean_image(*arrays)[:-1]
    if bias:
        arrays = [append_bias_column(X) for X in arrays]
    data.update(zip(x_keys, arrays))
    return data
