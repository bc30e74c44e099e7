"""Generate a small, seeded stand-in for CIFAR-10, written in CIFAR-10's own file format.

Real CIFAR-10 has to be downloaded (``bash data/get_cifar10.sh``). This script
makes data that ``cs231n.data_utils.load_CIFAR10`` reads exactly like the real
thing, so the loader, the notebooks and the tests work on a machine without
internet. It is not CIFAR-10: the images are coloured blobs, not photographs.

Format (identical to ``cifar-10-batches-py``):

- ``data_batch_1`` ... ``data_batch_5`` and ``test_batch``: each a pickled dict
  (pickle protocol 2, as in the real files) with str keys

  - ``data``: uint8 array of shape (n, 3072), one image per row; the first
    1024 values are the red plane, then green, then blue, each plane a 32x32
    image stored row by row;
  - ``labels``: list of n Python ints in 0..9;
  - ``batch_label``: e.g. ``'training batch 1 of 5'``;
  - ``filenames``: list of n str.

- ``batches.meta``: a pickled dict with ``label_names`` (the ten CIFAR-10
  class names), ``num_cases_per_batch`` and ``num_vis`` (3072).

How the images are made, so that a linear classifier can learn them, but not
perfectly (a linear softmax on mean-subtracted pixels gets roughly half of the
validation images right; chance is 10%):

- each class has a few prototypes ("modes"): smooth, low-frequency colour
  fields, partly shared by all classes, partly specific to the class and
  to the mode;
- an image is a random prototype of its class, shifted by a few pixels,
  maybe mirrored, seen through a soft elliptical mask placed at a random spot
  on a random smooth background; then its contrast and brightness are
  jittered, pixel noise is added and the values are clipped to 0..255.

A linear model cannot represent several modes per class, the background and
the shifts, which is what keeps the accuracy well below 100%.

Usage::

    python data/toy_cifar.py [--out data/toy-cifar-10-batches-py] [--seed 0]

The notebooks need no such step: ``cs231n.data_utils.default_cifar10_dir()``
runs ``write_dataset`` (seed 0) into ``toy-cifar-10-batches-py`` beside this
script the first time the data is needed.

The same seed gives byte-identical files.
"""

import argparse
import os
import pickle
import sys
import time

import numpy as np

LABEL_NAMES = [
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
NUM_CLASSES = len(LABEL_NAMES)
IMAGE_SIZE = 32
NUM_CHANNELS = 3
NUM_VIS = NUM_CHANNELS * IMAGE_SIZE * IMAGE_SIZE  # 3072 values per image
NUM_TRAIN_BATCHES = 5

# Shape of the class structure. These set how hard the data is; they were
# tuned so that a linear softmax lands near 50% validation accuracy.
MODES_PER_CLASS = 3
MAX_SHIFT = 4  # pixels, in each direction
NUM_FREQUENCIES = 4  # cosine frequencies 0..3 along each axis: smooth fields
CLASS_WEIGHT = 1.0  # strength of the part of a prototype shared by a class's modes
MODE_WEIGHT = 1.0  # strength of the part specific to one mode
SHARED_WEIGHT = 1.0  # strength of the part shared by every class
FIELD_CONTRAST = 40.0  # typical deviation of a smooth field from mid-grey, in 0..255 units
PIXEL_NOISE = 25.0  # standard deviation of the per-pixel noise, in 0..255 units

PICKLE_PROTOCOL = 2  # what the real files use (they were written by Python 2)


def _cosine_basis(size):
    """Smooth 2-D cosine (DCT-II) basis images on a size x size grid.

    Parameters
    ----------
    size : int
        Side of the square grid.

    Returns
    -------
    basis : ndarray, shape (K, size, size)
        K = NUM_FREQUENCIES ** 2 images ``cos(pi u (r + 1/2) / size) *
        cos(pi v (c + 1/2) / size)``, each scaled by ``1 / (1 + u + v)`` so
        that the higher frequencies are weaker, as in natural images.
    """
    grid = (np.arange(size) + 0.5) / size
    freqs = np.arange(NUM_FREQUENCIES)
    waves = np.cos(np.pi * freqs[:, None] * grid[None, :])  # (F, size)
    basis = waves[:, None, :, None] * waves[None, :, None, :]  # (F, F, size, size)
    damping = 1.0 / (1.0 + freqs[:, None] + freqs[None, :])  # (F, F)
    basis = basis * damping[:, :, None, None]
    return basis.reshape(-1, size, size)


def _smooth_fields(coefficients, basis):
    """Colour fields that are weighted sums of the basis images, around mid-grey.

    Parameters
    ----------
    coefficients : ndarray, shape (M, 3, K)
        Weights of the K basis images for each of M fields and 3 channels;
        draw them from a standard normal.
    basis : ndarray, shape (K, S, S)

    Returns
    -------
    fields : ndarray of float32, shape (M, 3, S, S)
        ``128 + FIELD_CONTRAST * (weighted sum)``, the sum divided by its
        expected standard deviation so that a pixel varies by about
        FIELD_CONTRAST grey levels (values are not clipped).
    """
    num_fields, num_channels, num_basis = coefficients.shape
    size = basis.shape[-1]
    flat_basis = basis.reshape(num_basis, size * size)
    # With standard-normal weights a pixel's variance is the sum of the
    # squared basis values there; its mean over the pixels sets the scale.
    scale = FIELD_CONTRAST / np.sqrt(np.mean(np.sum(flat_basis**2, axis=0)))
    # float32 halves the memory traffic; 8-bit pixels need no more precision.
    weights = coefficients.reshape(-1, num_basis).astype(np.float32)
    fields = weights @ (scale * flat_basis).astype(np.float32)
    fields += 128.0
    return fields.reshape(num_fields, num_channels, size, size)


def _make_prototypes(rng):
    """The class structure: MODES_PER_CLASS smooth colour prototypes per class.

    Each prototype is larger than an image by MAX_SHIFT on every side, so that
    an image can be cut from it at a random offset.

    Parameters
    ----------
    rng : numpy.random.Generator

    Returns
    -------
    prototypes : ndarray of float32, shape (NUM_CLASSES, MODES_PER_CLASS, 3, S, S)
        Pixel values around 128 (not clipped), S = IMAGE_SIZE + 2 * MAX_SHIFT.
    """
    size = IMAGE_SIZE + 2 * MAX_SHIFT
    basis = _cosine_basis(size)
    num_basis = basis.shape[0]
    shared = SHARED_WEIGHT * rng.standard_normal((1, 1, NUM_CHANNELS, num_basis))
    per_class = CLASS_WEIGHT * rng.standard_normal((NUM_CLASSES, 1, NUM_CHANNELS, num_basis))
    per_mode = MODE_WEIGHT * rng.standard_normal((NUM_CLASSES, MODES_PER_CLASS, NUM_CHANNELS, num_basis))
    # Divide by the total standard deviation, so the weights are standard normal.
    total_weight = np.sqrt(SHARED_WEIGHT**2 + CLASS_WEIGHT**2 + MODE_WEIGHT**2)
    coefficients = (shared + per_class + per_mode) / total_weight
    fields = _smooth_fields(coefficients.reshape(-1, NUM_CHANNELS, num_basis), basis)
    return fields.reshape(NUM_CLASSES, MODES_PER_CLASS, NUM_CHANNELS, size, size)


def _soft_masks(num_images, rng):
    """Soft elliptical masks, one per image, placed near the centre.

    Parameters
    ----------
    num_images : int
    rng : numpy.random.Generator

    Returns
    -------
    masks : ndarray of float32, shape (num_images, 1, 32, 32)
        Values in (0, 1): about 1 inside the ellipse (the "object"), falling
        smoothly to about 0 outside it (the "background").
    """
    coords = np.arange(IMAGE_SIZE) - (IMAGE_SIZE - 1) / 2.0
    centre_y = rng.uniform(-5.0, 5.0, num_images)[:, None, None]
    centre_x = rng.uniform(-5.0, 5.0, num_images)[:, None, None]
    radius_y = rng.uniform(8.0, 15.0, num_images)[:, None, None]
    radius_x = rng.uniform(8.0, 15.0, num_images)[:, None, None]
    dy = (coords[None, :, None] - centre_y) / radius_y
    dx = (coords[None, None, :] - centre_x) / radius_x
    distance = np.sqrt(dy**2 + dx**2)  # 1 on the ellipse's edge
    masks = 1.0 / (1.0 + np.exp(6.0 * (distance - 1.0)))
    return masks[:, None, :, :].astype(np.float32)


def make_images(num_images, rng):
    """Draw a class structure and num_images labelled images from it.

    All the images of one call share the same class prototypes, so draw the
    training and the test images in one call and split them afterwards
    (``write_dataset`` does this); two calls give two different "datasets".

    Parameters
    ----------
    num_images : int
        Number n of images, >= 0.
    rng : numpy.random.Generator
        The only source of randomness; the same generator state gives the same
        images.

    Returns
    -------
    data : ndarray of uint8, shape (n, 3072)
        One image per row in CIFAR-10 order: 1024 red values, then 1024 green,
        then 1024 blue, each plane row-major 32x32.
    labels : ndarray of int64, shape (n,)
        Class of each image, in 0..9. The classes are balanced: each occurs
        ``n // 10`` or ``n // 10 + 1`` times, in random order.
    """
    if int(num_images) != num_images or num_images < 0:
        raise ValueError(f"make_images: num_images must be a non-negative integer; got {num_images!r}.")
    num_images = int(num_images)
    prototypes = _make_prototypes(rng)
    labels = rng.permutation(np.arange(num_images) % NUM_CLASSES).astype(np.int64)

    # Cut each image's object out of a random mode of its class at a random
    # offset: windows[c, m, channel, top, left] is the 32x32 crop at (top, left).
    windows = np.lib.stride_tricks.sliding_window_view(prototypes, (IMAGE_SIZE, IMAGE_SIZE), axis=(-2, -1))
    modes = rng.integers(0, MODES_PER_CLASS, num_images)
    tops = rng.integers(0, 2 * MAX_SHIFT + 1, num_images)
    lefts = rng.integers(0, 2 * MAX_SHIFT + 1, num_images)
    objects = windows[labels, modes, :, tops, lefts]  # (n, 3, 32, 32)
    mirrored = rng.random(num_images) < 0.5
    objects[mirrored] = objects[mirrored, :, :, ::-1]

    # Backgrounds are smooth fields too, drawn independently of the class.
    basis = _cosine_basis(IMAGE_SIZE)
    backgrounds = _smooth_fields(rng.standard_normal((num_images, NUM_CHANNELS, basis.shape[0])), basis)

    masks = _soft_masks(num_images, rng)
    images = backgrounds + masks * (objects - backgrounds)

    # Photometric jitter (per image), then sensor noise (per pixel).
    contrast = rng.uniform(0.6, 1.4, (num_images, 1, 1, 1)).astype(np.float32)
    brightness = rng.normal(0.0, 20.0, (num_images, 1, 1, 1)).astype(np.float32)
    images = 128.0 + contrast * (images - 128.0) + brightness
    images += PIXEL_NOISE * rng.standard_normal(images.shape, dtype=np.float32)

    data = np.clip(np.rint(images), 0, 255).astype(np.uint8).reshape(num_images, NUM_VIS)
    return data, labels


def _write_pickle(obj, path):
    """Pickle obj to path with protocol 2, via a temporary file and a rename.

    A reader never sees a half-written file: the rename is atomic on one
    file system, and an interrupted run leaves at most a stray ``.tmp`` file.

    Parameters
    ----------
    obj : object
        What to pickle.
    path : str
        Destination file; replaced if it exists.
    """
    tmp_path = path + ".tmp"
    with open(tmp_path, "wb") as f:
        pickle.dump(obj, f, protocol=PICKLE_PROTOCOL)
    os.replace(tmp_path, path)


def _batch_dict(data, labels, batch_label, first_index):
    """One batch in CIFAR-10's layout.

    Parameters
    ----------
    data : ndarray of uint8, shape (n, 3072)
    labels : ndarray of int, shape (n,)
    batch_label : str
        Description stored under ``batch_label``.
    first_index : int
        Number of the batch's first image, used to make unique file names.

    Returns
    -------
    dict
        Keys ``data`` (the array), ``labels`` (list of n int), ``batch_label``
        and ``filenames`` (list of n str).
    """
    labels = [int(label) for label in labels]
    filenames = [
        f"toy_{LABEL_NAMES[label]}_s_{first_index + i:06d}.png" for i, label in enumerate(labels)
    ]
    return {
        "batch_label": batch_label,
        "labels": labels,
        "data": np.ascontiguousarray(data, dtype=np.uint8),
        "filenames": filenames,
    }


def write_dataset(out_dir, seed=0, images_per_batch=1000, num_test=1000):
    """Write a toy CIFAR-10 (5 training batches, a test batch, batches.meta) to out_dir.

    Parameters
    ----------
    out_dir : str or os.PathLike
        Folder to write to; created if missing. Existing files of the same
        names are replaced.
    seed : int
        Seed of ``np.random.default_rng``; the same seed and sizes give
        byte-identical files.
    images_per_batch : int
        Images in each of the 5 training batches (real CIFAR-10: 10000).
    num_test : int
        Images in ``test_batch`` (real CIFAR-10: 10000).

    Returns
    -------
    paths : list of str
        The 7 files written: ``data_batch_1`` .. ``data_batch_5``,
        ``test_batch``, ``batches.meta``.
    """
    for name, value in (("images_per_batch", images_per_batch), ("num_test", num_test)):
        if int(value) != value or value < 1:
            raise ValueError(f"write_dataset: {name} must be a positive integer; got {value!r}.")
    images_per_batch, num_test = int(images_per_batch), int(num_test)
    out_dir = os.fspath(out_dir)
    os.makedirs(out_dir, exist_ok=True)

    # One call, so that training and test images share the class prototypes.
    num_train = NUM_TRAIN_BATCHES * images_per_batch
    data, labels = make_images(num_train + num_test, np.random.default_rng(seed))

    paths = []
    for b in range(NUM_TRAIN_BATCHES):
        rows = slice(b * images_per_batch, (b + 1) * images_per_batch)
        batch = _batch_dict(
            data[rows], labels[rows], f"training batch {b + 1} of {NUM_TRAIN_BATCHES}", rows.start
        )
        paths.append(os.path.join(out_dir, f"data_batch_{b + 1}"))
        _write_pickle(batch, paths[-1])

    test = _batch_dict(data[num_train:], labels[num_train:], "testing batch 1 of 1", num_train)
    paths.append(os.path.join(out_dir, "test_batch"))
    _write_pickle(test, paths[-1])

    meta = {
        "num_cases_per_batch": images_per_batch,
        "label_names": list(LABEL_NAMES),
        "num_vis": NUM_VIS,
    }
    paths.append(os.path.join(out_dir, "batches.meta"))
    _write_pickle(meta, paths[-1])
    return paths


def main(argv=None):
    """Command line: write the toy data set and say what was written where.

    Parameters
    ----------
    argv : list of str or None
        Arguments without the program name; None reads ``sys.argv``.
    """
    parser = argparse.ArgumentParser(
        description="Write a seeded toy data set in the CIFAR-10 python batch format."
    )
    # beside this script by default, wherever it is run from: where the loader looks for it
    default_out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "toy-cifar-10-batches-py")
    parser.add_argument("--out", default=default_out, help="output folder (default: toy-cifar-10-batches-py beside "
                        "this script, where the notebooks look for it)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--images-per-batch", type=int, default=1000, help="images in each of the 5 training batches"
    )
    parser.add_argument("--num-test", type=int, default=1000, help="images in test_batch")
    args = parser.parse_args(argv)

    if os.path.exists(args.out) and not os.path.isdir(args.out):
        print(f"toy_cifar: {args.out} is a file, not a folder; choose another output folder (--out <folder>).",
              file=sys.stderr)
        sys.exit(2)
    start = time.perf_counter()
    try:
        write_dataset(args.out, seed=args.seed, images_per_batch=args.images_per_batch, num_test=args.num_test)
    except OSError as error:
        print(f"toy_cifar: cannot write to {args.out}: {error.strerror or error}.", file=sys.stderr)
        sys.exit(2)
    seconds = time.perf_counter() - start
    print(
        f"Wrote toy CIFAR-10 ({NUM_TRAIN_BATCHES} x {args.images_per_batch} training images, "
        f"{args.num_test} test images, seed {args.seed}) to {os.path.abspath(args.out)} "
        f"in {seconds:.1f} s."
    )


if __name__ == "__main__":
    main()
