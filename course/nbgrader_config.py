"""nbgrader configuration of the kit's course (this folder is the course root).

`make release` writes the source assignment into source/ (the notebooks with
their solution regions and hidden grade cells, and the generated student
modules); everything else here (release/, submitted/, autograded/,
feedback/, gradebook.db, the local exchange) is nbgrader's working data and
is never committed.
"""

import sys
from pathlib import Path

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor, Preprocessor
from nbgrader.preprocessors import ClearHiddenTests, GetGrades

c = get_config()  # noqa: F821 (nbgrader provides get_config when it loads this file)

COURSE = Path(__file__).resolve().parent

c.CourseDirectory.root = str(COURSE)
c.CourseDirectory.course_id = "cs231n-loss-functions"
# the grade cells only run the kit's checks, but a student's own cells may train for a while
c.ExecutePreprocessor.timeout = 300

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


# Feedback shows what failed, never the hidden cells' code (nbgrader shows it by default).
c.GenerateFeedback.preprocessors = [GetGrades, ShortenHiddenTracebacks, ClearHiddenTests, CSSHTMLHeaderPreprocessor]

# Outputs are escaped by nbconvert; markdown and HTML outputs written by a student (or printed by their code)
# are rendered as HTML, so the feedback pages are sanitized too: no script, no event handler survives.
c.HTMLExporter.sanitize_html = True
