#!/usr/bin/env python3
"""Drives `advisor chat` in pseudo-terminals to check that the history survives what happens
to real people: a hang-up, a history that cannot be read or written, and two chats at once.

Usage: history_robustness.py ADVISOR_BINARY

Checks, each in a fresh state folder:
- SIGHUP at the prompt saves the session's lines (atomically: no temporary file left, mode 0600);
- a history path that cannot be read (a folder) gives one warning, the chat goes on, exit 0;
- a read-only history file gives one warning, the chat goes on, the file is left unchanged;
- a state folder where nothing can be written (under /dev/full) gives one warning, exit 0;
- several chats ending at the same moment all keep their lines, and the file stays intact.
Prints one "ok:" line per check; on the first failure prints what the screen showed and exits 1.
"""
import os
import signal
import stat
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chat_session import CTRL_D, PROMPT, Failure, check, expect, pexpect  # noqa: E402  (installs pexpect if missing)


def spawn(binary, state_home, home):
    env = dict(os.environ, INPUTRC="/dev/null", TERM="xterm", HOME=home, XDG_STATE_HOME=state_home, NO_COLOR="1")
    return pexpect.spawn(binary, ["chat"], env=env, encoding="utf-8", dimensions=(40, 100), timeout=20)


def history_path(state_home):
    return os.path.join(state_home, "advisor", "history")


def read_lines(path):
    with open(path, encoding="utf-8") as file:
        return file.read().splitlines()


def chat(binary, state_home, home, lines, ending, what):
    """Types `lines`, ends the chat with `ending` ("ctrl-d" or a signal), returns the screen text."""
    child = spawn(binary, state_home, home)
    screen = ""
    try:
        expect(child, PROMPT, f"the prompt ({what})")
        screen += child.before + child.after
        for line in lines:
            child.send(line + "\r")
            expect(child, PROMPT, f"the prompt after {line!r} ({what})")
            screen += child.before + child.after
        if ending == "ctrl-d":
            child.send(CTRL_D)
        else:
            child.kill(ending)
        expect(child, pexpect.EOF, f"the end of the chat ({what})")
        screen += child.before
        child.close()
        if ending == "ctrl-d":
            check(child.exitstatus == 0, f"exit status 0 ({what}; got {child.exitstatus})")
    finally:
        if child.isalive():
            child.terminate(force=True)
    return screen


def no_temporary_files(folder, what):
    leftovers = [name for name in os.listdir(folder) if name.endswith(".tmp")]
    check(leftovers == [], f"no temporary file is left next to the history ({what}; found {leftovers})")


def hang_up(binary, home):
    state_home = os.path.join(home, "hangup")
    chat(binary, state_home, home, ["how long from backend to mlops", "what about kubeflow"], signal.SIGHUP, "SIGHUP")
    path = history_path(state_home)
    check(read_lines(path) == ["how long from backend to mlops", "what about kubeflow"], "SIGHUP saved both lines of the session")
    check(stat.S_IMODE(os.stat(path).st_mode) == 0o600, "the history saved on SIGHUP has mode 0600")
    no_temporary_files(os.path.dirname(path), "after SIGHUP")


def unreadable(binary, home):
    state_home = os.path.join(home, "unreadable")
    path = history_path(state_home)
    os.makedirs(path)  # a folder where the file should be: it cannot be read as a history
    screen = chat(binary, state_home, home, ["hello", "how long from frontend to mlops"], "ctrl-d", "unreadable history")
    check(screen.count("warning:") == 1, f"one warning for an unreadable history (got {screen.count('warning:')})")
    check("months" in screen, "the chat answered despite the unreadable history")
    check(os.path.isdir(path) and os.listdir(path) == [], "the unreadable history is left as it was")


def read_only(binary, home):
    state_home = os.path.join(home, "read-only")
    path = history_path(state_home)
    os.makedirs(os.path.dirname(path), mode=0o700)
    with open(path, "w", encoding="utf-8") as file:
        file.write("an old question\n")
    os.chmod(path, 0o400)
    screen = chat(binary, state_home, home, ["hello", "how long from frontend to mlops"], "ctrl-d", "read-only history")
    check(screen.count("warning:") == 1, f"one warning for a read-only history (got {screen.count('warning:')})")
    check("read-only" in screen, "the warning says the history is read-only")
    check("months" in screen, "the chat answered despite the read-only history")
    check(read_lines(path) == ["an old question"], "the read-only history is unchanged")
    check(stat.S_IMODE(os.stat(path).st_mode) == 0o400, "the read-only history keeps its mode")


def unwritable(binary, home):
    state_home = "/dev/full/state"  # nothing can be created under a device
    screen = chat(binary, state_home, home, ["hello", "how long from frontend to mlops"], "ctrl-d", "unwritable state folder")
    check(screen.count("warning:") == 1, f"one warning when the history cannot be written (got {screen.count('warning:')})")
    check("could not save the history" in screen, "the warning says the history was not saved")
    check("months" in screen, "the chat answered although nothing can be saved")


def concurrent(binary, home, count=4):
    state_home = os.path.join(home, "concurrent")
    path = history_path(state_home)
    os.makedirs(os.path.dirname(path), mode=0o700)
    with open(path, "w", encoding="utf-8") as file:
        file.write("an old question\n")
    children = []
    try:
        for number in range(count):
            child = spawn(binary, state_home, home)
            expect(child, PROMPT, f"the prompt of chat {number + 1} of {count}")
            children.append(child)
        for number, child in enumerate(children):
            child.send(f"question {number} from chat {number}\r")
        for number, child in enumerate(children):
            expect(child, PROMPT, f"the answer in chat {number + 1}")
        for child in children:  # end them all at once
            child.send(CTRL_D)
        for number, child in enumerate(children):
            expect(child, pexpect.EOF, f"the end of chat {number + 1}")
            child.close()
            check(child.exitstatus == 0, f"chat {number + 1} exited with status 0")
    finally:
        for child in children:
            if child.isalive():
                child.terminate(force=True)
    lines = read_lines(path)
    expected = {f"question {number} from chat {number}" for number in range(count)}
    check(lines[0] == "an old question", "the earlier history is kept when chats end together")
    check(set(lines[1:]) == expected and len(lines) == count + 1,
          f"every chat's line is in the history exactly once (got {lines})")
    check(stat.S_IMODE(os.stat(path).st_mode) == 0o600, "the merged history has mode 0600")
    no_temporary_files(os.path.dirname(path), "after chats ended together")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as home:
        try:
            hang_up(binary, home)
            unreadable(binary, home)
            read_only(binary, home)
            unwritable(binary, home)
            concurrent(binary, home)
        except Failure as failure:
            print("FAILED: " + str(failure))
            return 1
    print("all history checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
