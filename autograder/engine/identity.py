"""Who a worker runs as: a uid and gid of its own, for as long as its sandbox lives.

When the grader is root, every :class:`~autograder.engine.sandbox.Sandbox`
claims an identity from a range that no account uses (systemd's range for
dynamic users, 61184-65519) and holds it until it exits; the worker and
everything it starts run as that uid and gid. So, whatever the isolation mode:

- no two workers alive at the same time share a uid: under ``grade-all`` one
  student's code cannot signal, trace or read another's (processes of another
  uid), and a second sandbox in the same grading run (a timing baseline over
  the reference) simply claims an identity of its own;
- the process limit (``RLIMIT_NPROC`` counts the processes of a uid) is a
  budget of that worker alone: a fork loop cannot use up the slots of others;
- when the sandbox ends, everything of that uid is swept away before the uid
  can be claimed again (:meth:`Identity.release`): its processes (also those
  that left the worker's process group), its kernel keyrings, its System V
  IPC objects and its files in the world-writable temporary folders. Claims
  rotate through the whole range, so a uid is reused as late as possible.

Claims are flock()s on files in a folder only root can write
(``/run/cs231n-autograder/uids``, or ``cs231n-autograder-uids`` in the temporary
folder where /run is read-only), so they hold across every grader process on
the machine and vanish with a grader that dies. A uid that still owns
processes nobody claims (a grader killed with SIGKILL, or another program's
dynamic user) is skipped, never taken over.

When the grader is not root it cannot change uid: the worker then shares the
grader's identity (:attr:`Identity.own` is False); bubblewrap's namespaces are
what separate workers then, and plain mode cannot (``grade-all`` refuses to run
several plain workers at once in that case).
"""

import ctypes
import fcntl
import os
import pwd
import shutil
import signal
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

FIRST_UID, LAST_UID = 61184, 65519
NOBODY = 65534
LOCK_DIR = Path("/run/cs231n-autograder/uids")
# where any user may create files: what a plain-mode worker can leave behind on the host
WORLD_WRITABLE = ("/tmp", "/var/tmp", "/dev/shm", "/run/lock", "/dev/mqueue")
KEYCTL_CLEAR = 7
KEY_SPEC_USER_KEYRING, KEY_SPEC_USER_SESSION_KEYRING = -4, -5
SYS_KEYCTL = 250  # x86_64; other machines: the keyring sweep is skipped
IPC_RMID = 0
_LIBC = ctypes.CDLL(None, use_errno=True)


class IdentityUnavailable(RuntimeError):
    """Every uid of the range is claimed or busy."""


@dataclass
class Identity:
    """The uid and gid a worker runs as.

    Attributes
    ----------
    uid, gid : int
    own : bool
        True for a claimed identity (the grader is root), False when the
        worker shares the grader's.
    """

    uid: int
    gid: int
    own: bool
    _lock: int = field(default=None, repr=False)

    def release(self, plain=True):
        """Sweep away everything of this uid, then give the uid back (idempotent).

        Parameters
        ----------
        plain : bool
            Whether a worker may have run in plain mode (no namespaces): then
            its IPC objects and its files in the shared temporary folders are
            removed too (under bubblewrap it never saw them).
        """
        if self._lock is None:
            return
        try:
            sweep(self.uid, self.gid, plain)
        finally:
            os.close(self._lock)
            self._lock = None


def shared():
    """The grader's own identity: what a worker gets when the grader cannot change uid."""
    return Identity(os.geteuid(), os.getegid(), own=False)


def _lock_folder():
    """The folder of the claims: /run's, or the temporary folder's where /run cannot be written."""
    for folder in (LOCK_DIR, Path(tempfile.gettempdir()) / "cs231n-autograder-uids"):
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            info = folder.lstat()
        except OSError:
            continue
        # a folder someone else made (a plain-mode worker could try, in /tmp) is never trusted
        if stat.S_ISDIR(info.st_mode) and info.st_uid == 0 and not info.st_mode & 0o022:
            return folder
    raise IdentityUnavailable(f"neither {LOCK_DIR} nor the temporary folder can hold the grader's uid claims "
                              "(a folder only root can write)")


def uids_in_use():
    """Every uid (real, effective, saved) of every process on the machine that this process can see."""
    found = set()
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(os.path.join(entry.path, "status"), "rb") as stream:
                for line in stream:
                    if line.startswith(b"Uid:"):
                        found.update(int(n) for n in line.split()[1:])
                        break
        except (OSError, ValueError):
            continue
    return found


def _has_account(uid):
    try:
        pwd.getpwuid(uid)
        return True
    except KeyError:
        return False


def _candidates(folder):
    """The uids of the range, starting after the one claimed last (rotation)."""
    size = LAST_UID - FIRST_UID + 1
    try:
        start = int((folder / "next").read_text())
    except (OSError, ValueError):
        start = 0
    return [FIRST_UID + (start + k) % size for k in range(size)]


def claim():
    """An identity of its own for a new worker (root), or the grader's (anyone else).

    Raises
    ------
    IdentityUnavailable
        When the grader is root and no uid of the range is free.
    """
    if os.geteuid() != 0:
        return shared()
    folder = _lock_folder()
    guard = os.open(folder / "claims.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(guard, fcntl.LOCK_EX)  # one claim at a time machine-wide: the rotation stays fair
        busy = uids_in_use()
        for uid in _candidates(folder):
            if uid in busy or uid == NOBODY or _has_account(uid):
                continue
            lock = _try_lock(folder / f"{uid}.lock")
            if lock is not None:
                (folder / "next").write_text(str(uid - FIRST_UID + 1))
                sweep(uid, uid)  # what a grader that died without its own sweep may have left
                return Identity(uid, uid, own=True, _lock=lock)
    finally:
        os.close(guard)
    raise IdentityUnavailable(f"every uid from {FIRST_UID} to {LAST_UID} is in use by another worker")


def _try_lock(path):
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return fd
    except BlockingIOError:
        os.close(fd)
        return None


# -- the sweep ------------------------------------------------------------------------------

def sweep(uid, gid, plain=True):
    """Remove every trace of ``uid``: processes, keyrings and, for ``plain``, IPC objects and temporary files."""
    kill_all(uid, gid)
    _as_user(uid, gid, kill=False, clear_keyrings=True)
    if plain:
        remove_ipc_objects(uid)
        remove_files_of(uid)


def live_processes_of(uid):
    """Pids of the processes of real or effective uid ``uid`` that are not yet dead (zombies are)."""
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(os.path.join(entry.path, "status"), "rb") as stream:
                fields = dict(line.split(b":", 1) for line in stream if line[:4] in (b"Stat", b"Uid:"))
        except (OSError, ValueError):
            continue
        ids = fields.get(b"Uid", b"").split()
        if fields.get(b"State", b"").split()[:1] != [b"Z"] and str(uid).encode() in ids[:2]:
            found.append(int(entry.name))
    return found


def kill_all(uid, gid, rounds=200):
    """Kill every process of ``uid``, wherever it is in the process tree (also those that called setsid).

    Each round a helper running as ``uid`` sends ``kill(-1, SIGKILL)``, which reaches exactly the
    processes of that uid (it is not root), all at once; rounds go on until none is alive, so that a
    fork loop cannot outrun it (each round kills every process that exists when it starts).
    """
    for _ in range(rounds):
        if not live_processes_of(uid):
            return True
        _as_user(uid, gid, kill=True, clear_keyrings=False)
    return not live_processes_of(uid)


def _keyctl_clear(keyring):
    _LIBC.syscall(SYS_KEYCTL, KEYCTL_CLEAR, keyring)


def _as_user(uid, gid, kill, clear_keyrings):
    """In a forked child running as ``uid``: signal every other process of the uid, and/or clear its keyrings.

    The child runs nothing but system calls. (``kill(-1)`` succeeds whenever any other process exists,
    even one it may not signal, so its result says nothing: ``kill_all`` looks at /proc instead.)
    """
    pid = os.fork()
    if pid == 0:
        try:
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
            if kill:
                os.kill(-1, signal.SIGKILL)
            if clear_keyrings and os.uname().machine == "x86_64":
                _keyctl_clear(KEY_SPEC_USER_KEYRING)
                _keyctl_clear(KEY_SPEC_USER_SESSION_KEYRING)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def remove_ipc_objects(uid):
    """Remove the System V shared memory, semaphores and message queues owned or created by ``uid``."""
    removers = {
        "shm": lambda ident: _LIBC.shmctl(ident, IPC_RMID, None),
        "sem": lambda ident: _LIBC.semctl(ident, 0, IPC_RMID),
        "msg": lambda ident: _LIBC.msgctl(ident, IPC_RMID, None),
    }
    for kind, remove in removers.items():
        try:
            lines = Path(f"/proc/sysvipc/{kind}").read_text().splitlines()
        except OSError:
            continue
        if not lines:
            continue
        names = lines[0].split()
        for line in lines[1:]:
            row = dict(zip(names, line.split()))
            ident = row.get("shmid") or row.get("semid") or row.get("msqid")
            if ident and str(uid) in (row.get("uid"), row.get("cuid")):
                remove(int(ident))


def remove_files_of(uid, folders=WORLD_WRITABLE, depth=2):
    """Remove what ``uid`` created in the world-writable folders (and in world-writable folders inside them)."""
    for folder in folders:
        _remove_in(Path(folder), uid, depth)


def _remove_in(folder, uid, depth):
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if info.st_uid == uid:
            _remove(entry.path, info)
        elif depth > 1 and stat.S_ISDIR(info.st_mode) and info.st_mode & 0o002:
            _remove_in(Path(entry.path), uid, depth - 1)


def _remove(path, info):
    try:
        if stat.S_ISDIR(info.st_mode):
            shutil.rmtree(path, ignore_errors=True)  # fd-based on Linux: it never follows a symlink out
        else:
            os.unlink(path)
    except OSError:
        pass
