"""The hostile submissions of issue 5: what each one does, and what grading it must give.

Each ``Case`` names the file and function the hostile code goes into (or module level,
run at import time), and ``sabotaged``: the exercises (and checks) that must score zero;
every other graded exercise must keep full points. ``hostile.build_case`` turns a case
into a real submission folder. Every loop has its own deadline (five minutes at most);
the fork bomb stops at 256 processes; the memory grab at 16 GB.
"""

from support import hostile
from support.hostile import ALL, Case

L2 = ("regularization.py", "l2_regularization")
L1 = ("regularization.py", "l1_regularization")
MSE = ("classifiers/linear_regression.py", "mse_loss")
OVA = ("classifiers/multiclass.py", "one_vs_all_predict")
OVO = ("classifiers/multiclass.py", "one_vs_one_predict")
BATCH = ("optim.py", "sample_batch")

EVERY_EXERCISE = {e.name: ALL for e in hostile.EXERCISES}
# what a wrong mse_loss (loss 1.0, gradient of ones) loses; its type, purity and style checks still pass
MSE_WRONG = "return 1.0, np.ones_like(W)"
MSE_WRONG_LOSES = {"loss_matches_reference", "gradient_matches_reference", "gradient_matches_numeric",
                   "single_example_three_outputs", "large_regularization", "has_no_python_loops"}
MSE_CONTROL = Case("mse_wrong_control", *MSE, MSE_WRONG, "replace", {"mse_loss": MSE_WRONG_LOSES}, exact=True)

LOOP = """
deadline = _h_time.monotonic() + 300  # if the time limit fails: a slow failing test, not a stuck machine
spins = 0
while _h_time.monotonic() < deadline:
    spins += 1
"""

FORK_BOMB = """
original = _h_os.getpid()
for _ in range(8):  # every process forks again: at most 2**8 = 256 processes, whatever the limits
    try:
        _h_os.fork()
    except OSError:
        pass
if _h_os.getpid() != original:
    try:
        _h_os.execv("/bin/sleep", ["sleep", "300", _H_PMARK])
    finally:
        _h_os._exit(0)
deadline = _h_time.monotonic() + 300
while _h_time.monotonic() < deadline:
    _h_time.sleep(0.05)
"""

MEMORY = """
blocks = []
deadline = _h_time.monotonic() + 300
for step in range(16):  # 1 GB at a time, never more than 16 GB
    if _h_time.monotonic() > deadline:
        break
    blocks.append(np.ones(2**27))  # 1 GB of float64, every page written
"""

RECURSION_BOMB = """
_h_sys.setrecursionlimit(10**8)  # past the C stack: a segfault, not a RecursionError


class Bomb:
    def __repr__(self):
        return repr(self)


repr(Bomb())
"""

FLOOD = """
if "flood" not in _H_ONCE:  # once per worker process: 100 MB to each stream
    _H_ONCE.add("flood")
    chunk = "x" * 2**20
    for _ in range(50):
        print(chunk)
        _h_os.write(1, chunk.encode())
    for _ in range(50):
        _h_sys.stderr.write(chunk)
        _h_os.write(2, chunk.encode())
"""

ESCAPE_GROUP = """
pid = _h_os.fork()
if pid == 0:
    _h_os.setsid()  # leave the worker's process group and session
    if _h_os.fork() == 0:  # and become a daemon that outlives the worker
        _h_os.execv("/bin/sleep", ["sleep", "300", _H_PMARK])
    _h_os._exit(0)
_h_os.waitpid(pid, 0)
"""

GARBAGE_ON_CHANNEL = """
response_fd = int(_h_sys.argv[2])  # the worker's answer pipe, from its command line
_h_os.write(response_fd, b"\\xff\\xff\\xff\\x00" + b"not a message " * 1000)
"""

KILL_GRADER = """
import signal
_h_try(_h_os.kill, _h_os.getppid(), signal.SIGKILL)  # the grader, when the worker is its child
raise RuntimeError("the grader should be dead by now")
"""

BASE_EXCEPTION = """
class Escape(BaseException):
    def __str__(self):
        raise Escape()

    __repr__ = __str__


raise Escape()
"""

PATCH_NUMPY = """
import numpy as _np
import numpy.testing as _npt

_np.allclose = _np.array_equal = _np.array_equiv = lambda *args, **kwargs: True
_np.isclose = lambda a, b, *args, **kwargs: _np.ones(_np.broadcast(a, b).shape, dtype=bool)
for _name in dir(_npt):
    if _name.startswith("assert_"):
        setattr(_npt, _name, lambda *args, **kwargs: None)
"""

PATCH_BUILTINS_AND_PYTEST = """
import builtins as _builtins
import types as _types

_builtins.abs = lambda value: 0


class _Anything:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


_fake = _types.ModuleType("pytest")
_fake.approx = lambda *args, **kwargs: _Anything()
_fake.fail = _fake.skip = lambda *args, **kwargs: None
try:
    import pytest as _pytest  # the real one, if the worker can import it at all

    _pytest.approx, _pytest.fail = _fake.approx, _fake.fail
except ImportError:
    pass
_h_sys.modules["pytest"] = _fake
"""

PATCH_GRADER = """
import importlib.util as _util
import types as _types

_seen = []
for _name in ("autograder", "autograder.loss_functions.compare", "autograder.core.runner"):
    try:
        __import__(_name)  # not on the worker's path
        _seen.append(_name)
    except ImportError:
        pass
# planted under the grader's names: anything importing them here gets these
_fake = _types.ModuleType("autograder.loss_functions.compare")
_fake.losses_close = _fake.gradients_close = _fake.arrays_equal = lambda *args, **kwargs: True
_fake.gradient_error = lambda *args, **kwargs: 0.0
for _name in ("autograder", "autograder.loss_functions", "autograder.loss_functions.compare", "autograder.loss_functions.losses"):
    _h_sys.modules[_name] = _fake
# the real files, wherever they can be found from here, loaded and patched in this process
for _path in _h_find(["autograder/loss_functions/compare.py", "autograder/loss_functions/losses.py"], seconds=0.5):
    _spec = _util.spec_from_file_location("_stolen_" + _h_os.path.basename(_path)[:-3], _path)
    _module = _util.module_from_spec(_spec)
    try:
        _spec.loader.exec_module(_module)
    except Exception:
        continue
    for _attr in ("losses_close", "gradients_close", "arrays_equal", "unpack_loss_and_gradient"):
        if hasattr(_module, _attr):
            setattr(_module, _attr, lambda *args, **kwargs: True)
"""

FORGE_RESULTS = """
forged = json_text = '{"score": 1000000, "max_score": 105.5, "execution_time": 0, "tests": [], "by": "%s"}' % _H_MARK
outcomes = []
for path in [_H_RESULTS] + _h_find(["results/results.json", "results.json"]):
    outcomes.append(_h_write(path, forged))
    outcomes.append(_h_write(path + "." + _H_MARK, forged))  # left there: proof that the attack landed
raise RuntimeError("tried to forge the results: %s" % sorted(set(outcomes)))
"""

DELETE_RESULTS = """
outcomes = []
for path in [_H_RESULTS] + _h_find(["results/results.json", "results.json"]):
    folder = _h_os.path.dirname(path)
    for name in (_h_os.listdir(folder) if _h_os.path.isdir(folder) else []):
        outcomes.append(_h_remove(_h_os.path.join(folder, name)))
raise RuntimeError("tried to delete the results: %s" % sorted(set(outcomes)))
"""

WRITE_AUTOGRADER = """
outcomes = []
for kit in [_H_KIT] + _h_places():
    grader = _h_os.path.join(kit, "autograder")
    if _h_target(grader):
        outcomes.append(_h_try(_h_os.makedirs, _h_os.path.join(grader, "checks"), 0o777, True))
    outcomes.append(_h_write(_h_os.path.join(grader, "HOSTILE_%s.py" % _H_MARK.replace("-", "_")), "pwned = True\\n"))
    outcomes.append(_h_write(_h_os.path.join(grader, "rubric.toml"), "[limits]\\ncall_timeout = '%s'\\n" % _H_MARK))
    for folder, _, files in _h_os.walk(grader):
        for name in files:
            if name.endswith(".py"):  # every module of the grader: were one imported late, grading would stop
                outcomes.append(_h_write(_h_os.path.join(folder, name), "raise SystemExit('%s')\\n" % _H_MARK))
raise RuntimeError("tried to rewrite the grader: %s" % sorted(set(outcomes)))
"""

OVERWRITE_DATA = """
fake = "import numpy as np\\n# %s\\ndef make_images(n, rng):\\n    return np.zeros((n, 3072), np.uint8), [0] * n\\n"
outcomes = []
for kit in [_H_KIT] + _h_places():
    outcomes.append(_h_write(_h_os.path.join(kit, "data", "toy_cifar.py"), fake % _H_MARK))
    outcomes.append(_h_write(_h_os.path.join(kit, "data", "toy-cifar-10-batches-py", "batches.meta"), _H_MARK))
raise RuntimeError("tried to overwrite the data: %s" % sorted(set(outcomes)))
"""

STEAL_REFERENCE = """
import importlib
import importlib.util

found = _h_find(["solutions/cs231n/regularization.py"], seconds=1.0)
if not found:
    raise FileNotFoundError("the reference solution is nowhere to be seen")
package = _h_os.path.dirname(found[0])
spec = importlib.util.spec_from_file_location("stolen", _h_os.path.join(package, "__init__.py"),
                                              submodule_search_locations=[package])
stolen = importlib.util.module_from_spec(spec)
_h_sys.modules["stolen"] = stolen
spec.loader.exec_module(stolen)
return importlib.import_module("stolen.regularization").l2_regularization(W, reg)
"""

READ_GRADERS = """
texts = []
for path in _h_find(["autograder/loss_functions/regularization.py", "autograder/loss_functions/inputs.py",
                     "autograder/loss_functions/compare.py", "autograder/loss_functions/rubric.toml"], seconds=1.0):
    with open(path) as stream:
        texts.append(stream.read())
if not texts:
    raise FileNotFoundError("no hidden grader to read")
raise RuntimeError("".join(texts))  # exfiltrate them through the feedback
"""

IMPORT_REFERENCE_BY_NAME = """
import importlib

stolen = None
for name in ("cs231n_reference.classifiers.linear_regression", "solutions.cs231n.classifiers.linear_regression",
             "cs231n_reference", "solutions"):
    try:
        stolen = importlib.import_module(name)
        break
    except ImportError:
        pass
if stolen is None:
    raise ImportError("neither cs231n_reference nor solutions.cs231n can be imported")
return stolen.mse_loss(W, X, y, reg)
"""

OVO_RIGHT = """
scores = X.dot(W)
winners = np.where(scores >= 0, pairs[:, 0], pairs[:, 1])
votes = np.zeros((X.shape[0], int(num_classes)), dtype=int)
np.add.at(votes, (np.arange(X.shape[0])[:, np.newaxis], winners), 1)
y_pred = np.argmax(votes, axis=1)
"""

LIAR = """
class Liar(np.ndarray):
    \"\"\"Equal to anything, by every operator and every numpy function.\"\"\"

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __bool__(self):
        return True

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        return True

    def __array_function__(self, func, types, args, kwargs):
        return True


y_pred = np.full(X.shape[0], 7, dtype=np.int64).view(Liar)  # wrong labels that compare equal to the right ones
"""

DISGUISED_DTYPE = """
class Disguised(np.ndarray):
    \"\"\"Float labels that say they are integers.\"\"\"

    @property
    def dtype(self):
        return np.dtype(np.int64)


y_pred = np.argmax(X.dot(W), axis=1).astype(np.float64).view(Disguised)
"""

GLOBAL_RANDOM_NOISE = """
num_train = X.shape[0]
residuals = X.dot(W) - y
# noise of 1 to 2 from the global random state: every loss is off, the gradient is right
loss = np.sum(residuals * residuals) / num_train + reg * np.sum(W * W) + 1.0 + np.random.rand()
dW = 2.0 * X.T.dot(residuals) / num_train + 2 * reg * W
"""

GLOBAL_RANDOM_SEED = """
np.random.seed(0)  # reseed and drain the global state on every call: it must not matter to the grader
import random as _h_random
_h_random.seed(0)
np.random.rand(1000)
"""


# -- issue 10: the channel, the tree, what people see ----------------------------------------------------------

ANSWER_THEN_STOP_READING = """
import wire as _h_wire
_h_wire.write_message(int(_h_sys.argv[2]), {"ok": True, "result": {"kind": "none", "class": "NoneType"}})
_h_time.sleep(300)  # never reads again: the grader's next request (a megabyte of CIFAR rows) fills the pipe
"""

OVERFLOWING_SHAPE_AT_IMPORT = """
import json as _h_json, struct as _h_struct
_h_head = _h_json.dumps({"body": {"__array__": 0},
                         "arrays": [{"dtype": "<f8", "shape": [2**62, 2**62], "nbytes": 8}]}).encode()
_h_os.write(int(_h_sys.argv[2]), _h_struct.pack(">I", len(_h_head)) + _h_head + bytes(8))
_h_time.sleep(300)
"""

CALLBACK_FLOOD = """
import wire as _h_wire
self.W = np.zeros((X.shape[1], int(np.max(y)) + 1))
while True:  # callbacks whose answers are never read: the grader's answers fill the request pipe
    _h_wire.write_message(int(_h_sys.argv[2]), {"callback": "loss", "W": self.W, "X": X[:20], "y": y[:20],
                                                 "reg": 0.0})
"""

CHILDREN_HOG_MEMORY = """
for _ in range(6):  # 3 GB in children, 512 MB each: each within its own limit, together over the tree's
    if _h_os.fork() == 0:
        try:
            _h_block = np.ones(2**26)
        finally:
            _h_os.execv("/bin/sleep", ["sleep", "300", _H_PMARK])
_h_time.sleep(300)
"""

TERMINAL_ESCAPES = """
raise ValueError("\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07total 105.5 / 105.5\\ntotal 105.5 / 105.5 \\udcff")
"""

LIE_IN_THE_CLASS_NAME = """
class _H_Fake:
    pass


_H_Fake.__qualname__ = _H_Fake.__name__ = "float\\x1b[2K\\rsvm_loss_naive 14.5 / 14.5"
return _H_Fake()
"""


def in_results_folder(name):
    return lambda decoy, marker: not (decoy / "results" / name).exists()


CASES = [
    # -- time, processes, memory, output ------------------------------------------------------------------
    Case("infinite_loop", *L2, LOOP, "start", {"l2_regularization": ALL}, timeouts=1, says=("time limit",)),
    Case("sleep_past_the_timeout", *L1, "_h_time.sleep(300)", "start", {"l1_regularization": ALL}, timeouts=1,
         says=("time limit",)),
    Case("fork_bomb", *OVA, FORK_BOMB, "start", {"one_vs_all_predict": ALL}, timeouts=1, exclusive=True,
         says=("time limit",)),
    Case("memory_in_1gb_steps", *MSE, MEMORY, "start", {"mse_loss": ALL}, says=("MemoryError", "time limit")),
    Case("recursion_bomb", *OVO, RECURSION_BOMB, "start", {"one_vs_one_predict": ALL}, says=("SIGSEGV",)),
    Case("print_100mb_to_stdout_and_stderr", *L1, FLOOD, "start", {}, focus=("l1_regularization",),
         note="prints, then computes the right answer: full points"),
    Case("child_leaves_the_process_group", *L2, ESCAPE_GROUP, "start", {}, focus=("l2_regularization",),
         note="a setsid daemon, then the right answer: full points, and the daemon must not survive",
         plain_limit="documented in the README: in plain mode without a cgroup or a uid of its own, only the "
                     "processes that stay in the worker's process group die with it; a setsid daemon outlives "
                     "grading (bubblewrap's PID namespace kills it)", plain_limit_unless_contained=True),
    Case("garbage_on_the_answer_pipe", *OVA, GARBAGE_ON_CHANNEL, "start", {"one_vs_all_predict": ALL},
         says=("malformed answer", "more than 4 MB")),
    Case("kill_the_grader", *L2, KILL_GRADER, "start", {"l2_regularization": ALL}, cli=True, says=("RuntimeError",),
         plain_limit="documented in the README: a plain worker keeps root when uid 65534 cannot run the "
                     "interpreter (Python under /root, as here), and a root worker can kill the grader itself",
         plain_limit_when_root=True),
    # -- issue 10: the channel both ways, the whole tree, strings people see --------------------------------------
    Case("answer_once_then_stop_reading", "classifiers/linear_svm.py", "svm_loss_naive", ANSWER_THEN_STOP_READING,
         "start", {"svm_loss_naive": ALL}, timeouts=1, says=("time limit", "returned None"), tampers=True),
    Case("overflowing_shape_answering_the_import", "classifiers/linear_regression.py", None, "", "module",
         {"mse_loss": ALL}, cli=True, module_code=OVERFLOWING_SHAPE_AT_IMPORT, witness=False,
         says=("malformed answer",)),
    Case("flood_of_callbacks_never_read", "classifiers/linear_classifier.py", "train",
         CALLBACK_FLOOD, "start", {"LinearClassifier.train": ALL}, timeouts=1, tampers=True),
    Case("children_over_the_trees_memory", *L1, CHILDREN_HOG_MEMORY, "start", {"l1_regularization": ALL},
         timeouts=1),
    Case("terminal_escapes_and_a_fake_total", *L2, TERMINAL_ESCAPES, "start", {"l2_regularization": ALL}, cli=True,
         says=("total 105.5",)),
    Case("escape_sequences_in_a_class_name", *OVA, LIE_IN_THE_CLASS_NAME, "replace", {"one_vs_all_predict": ALL},
         cli=True),
    # -- ways out of a call ---------------------------------------------------------------------------------
    Case("sys_exit_0", *MSE, "_h_sys.exit(0)", "start", {"mse_loss": ALL}, says=("SystemExit",)),
    Case("os_exit_0", *OVA, "_h_os._exit(0)", "start", {"one_vs_all_predict": ALL}, says=("ended the worker process",)),
    Case("raise_system_exit", *L2, "raise SystemExit", "start", {"l2_regularization": ALL}, says=("SystemExit",)),
    Case("raise_keyboard_interrupt", *OVO, "raise KeyboardInterrupt", "start", {"one_vs_one_predict": ALL},
         says=("KeyboardInterrupt",)),
    Case("base_exception_subclass", *L1, BASE_EXCEPTION, "start", {"l1_regularization": ALL}, says=("Escape",)),
    # -- monkeypatching at import time: changes nothing (compared with the same wrong code unpatched) ----------
    Case("patch_numpy_allclose_and_testing", *MSE, MSE_WRONG, "replace", {"mse_loss": MSE_WRONG_LOSES},
         exact=True, module_code=PATCH_NUMPY, control=MSE_CONTROL, tampers=True),
    Case("patch_builtins_abs_and_pytest", *MSE, MSE_WRONG, "replace", {"mse_loss": MSE_WRONG_LOSES},
         exact=True, module_code=PATCH_BUILTINS_AND_PYTEST, control=MSE_CONTROL, tampers=True),
    Case("patch_the_graders_modules", *MSE, MSE_WRONG, "replace", {"mse_loss": MSE_WRONG_LOSES},
         exact=True, module_code=PATCH_GRADER, control=MSE_CONTROL, tampers=True),
    # -- the disk: results, grader, data (CLI; plain mode against a decoy kit) --------------------------------
    Case("forge_the_results_file", *L2, FORGE_RESULTS, "start", {"l2_regularization": ALL}, cli=True, disk=True,
         landed=lambda decoy, marker: (decoy / "results" / f"results.json.{marker}").exists()),
    Case("delete_the_results_file", *L1, DELETE_RESULTS, "start", {"l1_regularization": ALL}, cli=True, disk=True,
         landed=in_results_folder("earlier-run.json")),
    Case("write_into_the_autograder", *OVA, WRITE_AUTOGRADER, "start", {"one_vs_all_predict": ALL}, cli=True,
         disk=True,
         landed=lambda decoy, marker: marker in (decoy / "autograder" / "loss_functions" / "compare.py").read_text()),
    Case("overwrite_the_data_files", *OVO, OVERWRITE_DATA, "start", {"one_vs_one_predict": ALL}, cli=True,
         disk=True, landed=lambda decoy, marker: marker in (decoy / "data" / "toy_cifar.py").read_text()),
    # -- hidden material -------------------------------------------------------------------------------------
    Case("return_the_reference_by_path", *L2, STEAL_REFERENCE, "replace", {"l2_regularization": ALL}, reads=True,
         tampers=True),
    Case("exfiltrate_graders_and_rubric", *L1, READ_GRADERS, "start", {"l1_regularization": ALL}, reads=True),
    Case("import_the_reference_by_name", *MSE, IMPORT_REFERENCE_BY_NAME, "start", {"mse_loss": ALL},
         says=("neither cs231n_reference nor solutions.cs231n",), tampers=True),
    # -- what comes back -------------------------------------------------------------------------------------
    Case("return_nan", *L2, 'return float("nan"), np.full(W.shape, np.nan)', "replace",
         {"l2_regularization": {"penalty_matches_reference", "gradient_matches_reference"}}, exact=True),
    Case("return_inf", *MSE, 'return float("inf"), np.full(W.shape, np.inf)', "replace",
         {"mse_loss": MSE_WRONG_LOSES}, exact=True),
    Case("return_a_list", *OVA, "return [int(label) for label in np.argmax(X.dot(W), axis=1)]", "replace",
         {"one_vs_all_predict": {"ova_returns_integer_labels"}}, exact=True,
         note="labels are judged by value (autograder/loss_functions): only the type check fails"),
    Case("return_a_tuple_of_three", *L1, 'return float(reg * np.sum(np.abs(W))), reg * np.sign(W), "extra"',
         "replace", {"l1_regularization": {"returns_penalty_and_gradient", "penalty_matches_reference",
                                           "gradient_matches_reference", "subgradient_zero_at_zero"}}, exact=True),
    Case("return_the_wrong_shape", *OVO, OVO_RIGHT + "y_pred = y_pred[:, np.newaxis]\n", "replace",
         {"one_vs_one_predict": ALL}),
    Case("return_the_wrong_dtype", *OVA, "y_pred = np.argmax(X.dot(W), axis=1).astype(np.float64)", "replace",
         {"one_vs_all_predict": {"ova_returns_integer_labels"}}, exact=True),
    Case("ndarray_subclass_equal_to_anything", *OVO, LIAR, "replace",
         {"one_vs_one_predict": {"counts_votes", "breaks_vote_ties_toward_lowest_class",
                                 "zero_score_votes_for_first_class"}}, exact=True),
    Case("ndarray_subclass_lying_about_its_dtype", *OVA, DISGUISED_DTYPE, "replace",
         {"one_vs_all_predict": {"ova_returns_integer_labels"}}, exact=True),
    # -- inputs and global state -----------------------------------------------------------------------------
    Case("modify_the_inputs_in_place", *L2, "loss = reg * np.sum(W * W)\ndW = 2.0 * reg * W\nW[...] = 0.0",
         "replace", {"l2_regularization": {"does_not_modify_inputs"}}, exact=True),
    Case("consume_the_global_random_state", *MSE, GLOBAL_RANDOM_NOISE, "replace",
         {"mse_loss": MSE_WRONG_LOSES - {"gradient_matches_reference"} | {"independent_of_global_random_state"}},
         exact=True),
    Case("seed_the_global_random_state", *BATCH, GLOBAL_RANDOM_SEED, "start", {}, focus=("sample_batch",),
         note="reseeds np.random and random on every call, then draws with rng: full points"),
    # -- broken code and empty hand-ins ------------------------------------------------------------------------
    Case("syntax_error", "classifiers/linear_regression.py", None,
         ("def mse_loss(W, X, y, reg):", "def mse_loss(W, X, y, reg:"), "edit", {"mse_loss": ALL}, witness=False,
         says=("SyntaxError",)),
    Case("missing_function", "classifiers/multiclass.py", None,
         ("def one_vs_all_predict(W, X):", "def one_vs_all_prediction(W, X):"), "edit",
         {"one_vs_all_predict": ALL}, witness=False, says=("one_vs_all_predict",)),
    Case("wrong_signature", "regularization.py", None,
         ("def l2_regularization(W, reg):", "def l2_regularization(W):"), "edit", {"l2_regularization": ALL},
         witness=False),
    Case("import_of_a_package_not_installed", "classifiers/multiclass.py", None,
         ("import numpy as np\n", "import numpy as np\nimport definitely_not_installed_h5\n"), "edit",
         {"one_vs_all_predict": ALL, "one_vs_one_predict": ALL}, witness=False, says=("definitely_not_installed_h5",)),
    Case("empty_folder", "", None, "empty", "folder", EVERY_EXERCISE, cli=True, witness=False),
    Case("folder_without_python", "", None, "no-python", "folder", EVERY_EXERCISE, cli=True, witness=False),
]
