"""nbgrader configuration of the kit's course (this folder is the course root).

`make release` writes the source assignment into source/ (the notebooks with
their solution regions and hidden grade cells, and the generated student
modules); everything else here (release/, submitted/, autograded/,
feedback/, gradebook.db, the local exchange) is nbgrader's working data and
is never committed.
"""

import atexit
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor, Preprocessor
from nbgrader.preprocessors import ClearHiddenTests, GetGrades

c = get_config()  # noqa: F821 (nbgrader provides get_config when it loads this file)

COURSE = Path(__file__).resolve().parent

c.CourseDirectory.root = str(COURSE)
c.CourseDirectory.course_id = "cs231n-loss-functions"
# the grade cells only run the kit's checks, but a student's own cells may train for a while
c.ExecutePreprocessor.timeout = 300
# Once a notebook's cells have all run, its kernel is killed rather than asked to shut down: nothing of the grade
# is left in it, and in the nbgrader cycle test a kernel's own graceful shutdown, under load, now and then aborted
# in libzmq ("Assertion failed: pfd.revents & POLLIN (src/signaler.cpp:238)" on the instructor's terminal; every
# grade right). A killed kernel prints nothing, and autograde does not wait for it.
c.ExecutePreprocessor.shutdown_kernel = "immediate"


# The kernels that autograde starts talk to it over Unix sockets (IPC), not TCP on localhost: no port is
# open to other users of the machine, and no kernel prints "Kernel is running over TCP without
# encryption" (true of TCP, and once per notebook). jupyter_client 8.10's CurveZMQ encryption of TCP
# also silences it, but under load a kernel of the nbgrader cycle test then died in libzmq ("Assertion
# failed: pfd.revents & POLLIN (src/signaler.cpp:238)"); IPC is the older, simpler path. The sockets'
# prefix is an absolute path in a private folder (0700): a relative one is resolved in the kernel's own
# folder, the submission's, and the kernel is never reached.
c.KernelManager.transport = "ipc"
_KERNEL_SOCKETS = tempfile.mkdtemp(prefix="nbgrader-kernels-")
atexit.register(shutil.rmtree, _KERNEL_SOCKETS, True)
c.KernelManager.ip = os.path.join(_KERNEL_SOCKETS, "kernel")

# Students write the same START/END OF YOUR CODE regions in the notebooks as in the modules.
if str(COURSE.parent) not in sys.path:
    sys.path.insert(0, str(COURSE.parent))
from tools.regions import CODE_STUB  # noqa: E402 (the one stub text: modules, notebooks and nbgrader)

c.ClearSolutions.code_stub = {"python": CODE_STUB}

# A grade cell that a student deleted is put back and run, so it is graded like any other.
c.OverwriteCells.add_missing_cells = True

# nbgrader copies every file of source/ over the submission before grading it. The modules there are
# the student stubs, and the student's own modules are what must be graded: never overwrite them.
c.Autograde.exclude_overwriting = {
    folder.name: sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.py"))
    for folder in sorted((COURSE / "source").glob("*"))
    if folder.is_dir()
}

# The local exchange is written by one account for every (simulated) student; with a shared exchange
# and one account per student, set this to True so that collect warns about forged owners.
c.ExchangeCollect.check_owner = False


class ShortenHiddenTracebacks(Preprocessor):
    """Cut the traceback of an error in a hidden-test cell to one line: it would quote the hidden code."""

    enabled = True  # nbconvert's Preprocessor is disabled by default and would be skipped silently

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code" and "BEGIN HIDDEN TESTS" in cell.source:
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = [f"{output['ename']}: {output['evalue']}"]
        return cell, resources


def instructor_folders(course=COURSE):
    """(pattern, replacement) pairs, most specific first, that make the instructor's paths relative.

    A student's cell that raises, or warns, prints absolute paths: its own
    modules under ``<course>/autograded/<student>/<assignment>/``, and the
    kit's or Python's files; the notebooks print their data folder. The
    submission folder becomes nothing (the path is then the one the student
    knows, ``cs231n/...``); the course, the data folder (``CIFAR10_DIR``),
    Python, the kit and the home folder become ``<course>``, ``<data>``,
    ``<python>``, ``<kit>`` and ``~``. IPython writes a path under the home
    folder as ``~/...``, so that spelling is matched too.
    """
    import tools.regions  # the kit: wherever the course tool found it (the course may be a copy elsewhere)

    home = os.path.expanduser("~")
    named = [(str(course), "<course>"), (os.environ.get("CIFAR10_DIR", ""), "<data>"), (sys.prefix, "<python>"),
             (sys.base_prefix, "<python>"), (str(Path(tools.regions.__file__).resolve().parents[1]), "<kit>"),
             (home, "~")]

    def spellings(path):
        path = os.path.normpath(path)
        tilde = "~" + path[len(home):] if home not in ("", "/") and path.startswith(home + os.sep) else None
        return [re.escape(p) for p in (path, tilde) if p]

    pairs = [(f"(?:{'|'.join(spellings(str(course)))})/autograded/[^/\\s]+/[^/\\s]+/", "")]
    pairs += [(f"(?:{'|'.join(spellings(path))})(?![\\w.-])", name) for path, name in named if path not in ("", "/")]
    return [(re.compile(pattern), replacement) for pattern, replacement in pairs]


def relative_text(text, folders):
    """The text with each instructor folder replaced (see ``instructor_folders``)."""
    for pattern, replacement in folders:
        text = pattern.sub(replacement, text)
    return text


class RelativePaths(Preprocessor):
    """Write the instructor's folders in the outputs of code cells as relative paths (see ``instructor_folders``).

    Text outputs only (streams, tracebacks, ``text/*`` data): images are left as they are.
    """

    enabled = True

    def preprocess(self, nb, resources):
        self._folders = instructor_folders()
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            self._rewrite(output)
        return cell, resources

    def _rewrite(self, output):
        def fix(value):
            if isinstance(value, list):
                return [fix(item) for item in value]
            return relative_text(value, self._folders) if isinstance(value, str) else value

        for key in ("text", "traceback", "evalue"):
            if key in output:
                output[key] = fix(output[key])
        for mime, value in output.get("data", {}).items():
            if mime.startswith("text/"):
                output["data"][mime] = fix(value)


# Feedback shows what failed, never the hidden cells' code (nbgrader shows it by default), and no folder of the
# instructor's machine.
c.GenerateFeedback.preprocessors = [GetGrades, ShortenHiddenTracebacks, RelativePaths, ClearHiddenTests,
                                    CSSHTMLHeaderPreprocessor]

# Outputs are escaped by nbconvert; markdown and HTML outputs written by a student (or printed by their code)
# are rendered as HTML, so the feedback pages are sanitized too: no script, no event handler survives.
c.HTMLExporter.sanitize_html = True
