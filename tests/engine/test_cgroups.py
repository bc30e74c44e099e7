"""The control-group code for both hierarchies, on a fake cgroup tree (this machine has only v1 controllers).

What the kernel does with the files (limits, kills) is checked on the real hierarchy in test_worker_tree.py;
here: which files each kind writes, with which values, and how an out-of-memory kill is read back.
"""

import pytest

from autograder.engine import cgroups


@pytest.mark.parametrize("kind", ["v2", "v1"])
def test_a_group_is_made_with_the_memory_and_process_limits(tmp_path, kind):
    if kind == "v2":
        parents = {"": tmp_path / "unified"}
    else:
        parents = {"memory": tmp_path / "memory", "pids": tmp_path / "pids"}
    for parent in parents.values():
        parent.mkdir()
    group = cgroups.Group.make(kind, parents, memory_mb=512, processes=32)
    folders = group.folders
    assert set(folders) == set(parents) and all(folder.parent == parents[k] for k, folder in folders.items())
    if kind == "v2":
        assert (folders[""] / "memory.max").read_text() == str(512 * 2**20)
        assert (folders[""] / "pids.max").read_text() == "32"
    else:
        assert (folders["memory"] / "memory.limit_in_bytes").read_text() == str(512 * 2**20)
        assert (folders["pids"] / "pids.max").read_text() == "32"
    assert sorted(group.procs_files) == sorted(str(folder / "cgroup.procs") for folder in folders.values())


@pytest.mark.parametrize("name, text", [("memory.events", "low 0\nhigh 0\nmax 4\noom 2\noom_kill 2\n"),
                                        ("memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n")])
def test_out_of_memory_kills_are_read_from_either_hierarchy(tmp_path, name, text):
    folder = tmp_path / "group"
    folder.mkdir()
    (folder / name).write_text(text)
    v2 = name == "memory.events"
    group = cgroups.Group("v2" if v2 else "v1", {"" if v2 else "memory": folder})
    assert group.oom_kills() == 2


def test_no_hierarchy_means_no_group(tmp_path):
    assert cgroups.Group.make("v2", {"": None}, 512, 32) is None
    assert cgroups.Group.make("v1", {}, 512, 32) is None


def test_the_watchdog_counts_a_process_tree(monkeypatch):
    table = {10: (61200, 1, 10), 11: (61200, 10, 10), 12: (0, 11, 12), 13: (0, 1, 13), 14: (61200, 1, 14)}
    monkeypatch.setattr(cgroups, "_process_table", lambda: table)
    by_session = cgroups.Watchdog(100)
    by_session.started(10)
    assert sorted(by_session.members()) == [10, 11, 12]  # its session and descendants, not 13 or 14
    by_uid = cgroups.Watchdog(100, uid=61200)
    by_uid.started(10)
    assert sorted(by_uid.members()) == [10, 11, 12, 14]  # with a uid of its own, also what left the tree
