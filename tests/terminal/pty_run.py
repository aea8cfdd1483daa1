#!/usr/bin/env python3
"""Runs a command with some of its standard streams on a pseudo-terminal, as a person
at a terminal would, for the CLI cases that test terminal behaviour (progress, colour,
line width, reading a terminal).

usage: pty_run.py [--in] [--out] [--err] [--cols N] [--timeout S] TTYFILE -- COMMAND...

--in/--out/--err put standard input/output/error on the terminal (the others are
inherited); what the program writes to the terminal is saved in TTYFILE, its CR LF line
ends (the terminal's) turned back into LF. --cols sets the terminal's width. Exits with
the command's status, 124 when it ran past the timeout (then it is killed)."""
import fcntl, os, pty, select, signal, struct, subprocess, sys, termios, time

def main(argv):
    fds, cols, timeout = set(), 80, 20.0
    while argv and argv[0].startswith("--") and argv[0] != "--":
        a = argv.pop(0)
        if a == "--cols":
            cols = int(argv.pop(0))
        elif a == "--timeout":
            timeout = float(argv.pop(0))
        else:
            fds.add({"--in": 0, "--out": 1, "--err": 2}[a])
    ttyfile = argv.pop(0)
    assert argv.pop(0) == "--"
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, cols, 0, 0))
    p = subprocess.Popen(argv, stdin=slave if 0 in fds else None,
                         stdout=slave if 1 in fds else None, stderr=slave if 2 in fds else None,
                         start_new_session=True)
    os.close(slave)
    data, deadline, status = b"", time.monotonic() + timeout, None
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
            status = 124
            break
        r, _, _ = select.select([master], [], [], min(left, 0.2))
        if r:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: every writer has closed the terminal
                chunk = b""
            if not chunk:
                break
            data += chunk
        elif p.poll() is not None and 0 in fds:
            break  # the terminal stays open for reading while stdin is on it
    if status is None:
        try:
            status = p.wait(timeout=max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
            status = 124
    os.close(master)
    with open(ttyfile, "wb") as f:
        f.write(data.replace(b"\r\n", b"\n"))
    return status if status >= 0 else 128 - status

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
