#!/usr/bin/env python3
"""Drives `advisor chat` in a real pseudo-terminal, the way a person would.

Usage: chat_session.py ADVISOR_BINARY [EXTRA ARGUMENTS...]

Types a question, completes "/he<Tab>" and "kuber<Tab>", recalls an older line with the
Up arrow, discards a line with Ctrl-C, leaves with Ctrl-D, then checks the history file's
contents and modes; a second session recalls the saved history and leaves with Ctrl-C twice;
a third is ended by SIGTERM and must still save its line; a fourth starts with a damaged
history file and must warn once, go on, and keep the damaged file aside.
Prints one "ok:" line per check; on the first failure prints what the screen showed and
exits with status 1.
"""
import os
import signal
import stat
import subprocess
import sys
import tempfile

try:
    import pexpect
except ImportError:
    for extra in ([], ["--break-system-packages"]):  # the second for distributions that guard their Python (PEP 668)
        if subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--user", *extra, "pexpect"]).returncode == 0:
            break
    import site
    sys.path.append(site.getusersitepackages())
    try:
        import pexpect
    except ImportError:
        print("SKIP: pexpect is not installed and could not be installed with pip")
        sys.exit(77)

# The prompt, possibly with color codes around "you>".
PROMPT = r"you>(\x1b\[0m)? "
UP = "\x1b[A"
CTRL_C = "\x03"
CTRL_D = "\x04"


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)
    print("ok: " + message)


def expect(child, pattern, what):
    try:
        child.expect(pattern, timeout=20)
    except (pexpect.TIMEOUT, pexpect.EOF) as error:
        screen = child.before if isinstance(child.before, str) else ""
        raise Failure(f"expected {what} ({pattern!r}); got {type(error).__name__}\n---- screen since the last match ----\n{screen!r}") from None
    print("ok: saw " + what)


def spawn(binary, extra, state_home, home):
    env = dict(os.environ, INPUTRC="/dev/null", TERM="xterm", HOME=home, XDG_STATE_HOME=state_home)
    env.pop("NO_COLOR", None)
    return pexpect.spawn(binary, ["chat", *extra], env=env, encoding="utf-8", dimensions=(40, 100), timeout=20)


def first_session(binary, extra, state_home, home):
    child = spawn(binary, extra, state_home, home)
    try:
        expect(child, "CareerAdvisor", "the welcome screen")
        expect(child, r"how long from frontend to MLOps\?", "an example question in the welcome")
        expect(child, PROMPT, "the prompt")

        child.send("how long from frontend to MLOps\r")
        expect(child, r"(?i)months|timeline", "an answer to the question")
        expect(child, PROMPT, "the prompt after the answer")

        child.send("/he\t")
        expect(child, "lp", "Tab completing /he to /help")
        child.send("\r")
        expect(child, "/quit", "the help text listing /quit")
        expect(child, PROMPT, "the prompt after /help")

        child.send("which tools go with kuber\t")
        expect(child, "netes", "Tab completing kuber to kubernetes")
        child.send("\r")
        expect(child, PROMPT, "the prompt after the kubernetes question")

        child.send(UP + UP)
        expect(child, "/help", "the Up arrow recalling /help from two lines back")
        child.send("\r")
        expect(child, "/quit", "the recalled /help running again")
        expect(child, PROMPT, "the prompt after the recalled line")

        child.send("this line is thrown away")
        expect(child, "thrown away", "the typed line on screen")
        child.send(CTRL_C)
        expect(child, r"\^C", "Ctrl-C echoed")
        expect(child, PROMPT, "a fresh prompt after Ctrl-C")
        check(child.isalive(), "the chat is still running after Ctrl-C on a non-empty line")

        child.send(CTRL_C)
        expect(child, "To leave, press Ctrl-C again", "the hint after Ctrl-C on an empty line")
        expect(child, PROMPT, "the prompt after the hint")

        child.send(CTRL_D)
        expect(child, "Goodbye", "the goodbye after Ctrl-D")
        expect(child, pexpect.EOF, "the end of the program")
        child.close()
        check(child.exitstatus == 0, f"exit status 0 after Ctrl-D (got {child.exitstatus})")
    finally:
        if child.isalive():
            child.terminate(force=True)


def check_history(state_home):
    folder = os.path.join(state_home, "advisor")
    path = os.path.join(folder, "history")
    check(os.path.isfile(path), f"the history file exists at {path}")
    mode = stat.S_IMODE(os.stat(path).st_mode)
    check(mode == 0o600, f"the history file's mode is 0600 (got {oct(mode)})")
    folder_mode = stat.S_IMODE(os.stat(folder).st_mode)
    check(folder_mode == 0o700, f"the history folder's mode is 0700 (got {oct(folder_mode)})")
    with open(path, encoding="utf-8") as file:
        lines = file.read().splitlines()
    expected = ["how long from frontend to MLOps", "/help", "which tools go with kubernetes", "/help"]
    check(lines == expected, f"the history holds the entered lines in order: {expected} (got {lines})")
    check(not any("thrown away" in line for line in lines), "the line discarded with Ctrl-C is not in the history")


def second_session(binary, extra, state_home, home):
    child = spawn(binary, extra, state_home, home)
    try:
        expect(child, PROMPT, "the prompt of a second session")
        child.send(UP)
        expect(child, "/help", "the Up arrow recalling the last session's history")
        child.send(CTRL_C)
        expect(child, PROMPT, "the prompt after discarding the recalled line")
        child.send(CTRL_C)
        expect(child, "To leave", "the hint after the first Ctrl-C on an empty line")
        child.send(CTRL_C)
        expect(child, "Goodbye", "the goodbye after the second Ctrl-C on an empty line")
        expect(child, pexpect.EOF, "the end of the second session")
        child.close()
        check(child.exitstatus == 0, f"exit status 0 after Ctrl-C twice (got {child.exitstatus})")
    finally:
        if child.isalive():
            child.terminate(force=True)


def terminated_session(binary, extra, state_home, home):
    """SIGTERM while waiting for input still saves the history."""
    child = spawn(binary, extra, state_home, home)
    try:
        expect(child, PROMPT, "the prompt of a session to be terminated")
        child.send("what about terraform\r")
        expect(child, PROMPT, "the prompt after the terraform question")
        child.kill(signal.SIGTERM)
        expect(child, pexpect.EOF, "the end of the program after SIGTERM")
        child.close()
    finally:
        if child.isalive():
            child.terminate(force=True)
    path = os.path.join(state_home, "advisor", "history")
    with open(path, encoding="utf-8") as file:
        lines = file.read().splitlines()
    check(lines[-1:] == ["what about terraform"], f"SIGTERM saved the last line to the history (got {lines[-2:]})")
    check(len(lines) == 5, f"the earlier history is kept after SIGTERM (got {len(lines)} lines)")


def corrupt_history_session(binary, extra, home):
    """A history file that is not text: one warning, the chat goes on, the file is kept aside."""
    state_home = os.path.join(home, "corrupt-state")
    folder = os.path.join(state_home, "advisor")
    os.makedirs(folder, mode=0o700)
    path = os.path.join(folder, "history")
    damaged = b"how long\n\xff\xfe\x00binary\n"
    with open(path, "wb") as file:
        file.write(damaged)
    child = spawn(binary, extra, state_home, home)
    try:
        expect(child, "warning: the history file", "one warning about the damaged history")
        expect(child, PROMPT, "the prompt despite the damaged history")
        child.send("hello\r")
        expect(child, PROMPT, "an answer despite the damaged history")
        child.send(CTRL_D)
        expect(child, pexpect.EOF, "the end of the session with the damaged history")
        child.close()
        check(child.exitstatus == 0, "exit status 0 with a damaged history")
    finally:
        if child.isalive():
            child.terminate(force=True)
    with open(path + ".corrupt", "rb") as file:
        check(file.read() == damaged, "the damaged history is kept, unchanged, as history.corrupt")
    with open(path, encoding="utf-8") as file:
        check(file.read() == "hello\n", "a new history holds the new line")
    check(stat.S_IMODE(os.stat(path).st_mode) == 0o600, "the new history file's mode is 0600")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    binary, extra = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as home:
        state_home = os.path.join(home, "state")
        try:
            first_session(binary, extra, state_home, home)
            check_history(state_home)
            second_session(binary, extra, state_home, home)
            terminated_session(binary, extra, state_home, home)
            corrupt_history_session(binary, extra, home)
        except Failure as failure:
            print("FAILED: " + str(failure))
            return 1
    print("all pty checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
