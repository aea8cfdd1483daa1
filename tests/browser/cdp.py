"""A minimal Chrome DevTools Protocol client on the Python standard library alone:
starts headless Chromium, speaks to one page over a WebSocket (RFC 6455, client side:
masked frames out, unmasked frames in, fragments joined), and collects every event the
browser sends, so a test can look for console errors afterwards."""
import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--mute-audio", "--hide-scrollbars"]


class Browser:
    def __init__(self, exe, width=1400, height=1000):
        self.profile = tempfile.mkdtemp(prefix="evgraph-chromium-")
        self.proc = subprocess.Popen(
            [exe] + FLAGS + ["--user-data-dir=" + self.profile, "--remote-debugging-port=0",
                             "--window-size=%d,%d" % (width, height), "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = self._port()
        page = None
        for _ in range(100):
            # never through a proxy from the environment: the browser is on this machine
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            with opener.open("http://127.0.0.1:%d/json/list" % port, timeout=5) as r:
                targets = json.load(r)
            page = next((t for t in targets if t.get("type") == "page"), None)
            if page:
                break
            time.sleep(0.1)
        if not page:
            raise RuntimeError("chromium opened no page")
        self.sock = _connect(page["webSocketDebuggerUrl"])
        self.events = []
        self.next_id = 0

    def _port(self):
        path = os.path.join(self.profile, "DevToolsActivePort")
        for _ in range(300):
            if self.proc.poll() is not None:
                raise RuntimeError("chromium exited with status %d" % self.proc.returncode)
            if os.path.exists(path):
                with open(path) as f:
                    first = f.readline().strip()
                if first:
                    return int(first)
            time.sleep(0.1)
        raise RuntimeError("chromium did not open its debugging port")

    def call(self, method, **params):
        self.next_id += 1
        my = self.next_id
        _send(self.sock, json.dumps({"id": my, "method": method, "params": params}))
        while True:
            msg = json.loads(_recv(self.sock))
            if msg.get("id") == my:
                if "error" in msg:
                    raise RuntimeError("%s: %s" % (method, msg["error"]))
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)

    def wait_event(self, method, timeout=20):
        end = time.time() + timeout
        for m in self.events:
            if m["method"] == method:
                return m
        self.sock.settimeout(timeout)
        while time.time() < end:
            msg = json.loads(_recv(self.sock))
            if "method" in msg:
                self.events.append(msg)
                if msg["method"] == method:
                    return msg
        raise RuntimeError("no %s within %d s" % (method, timeout))

    def js(self, expr):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError("page script failed: %s: %s" % (expr, r["exceptionDetails"]))
        return r["result"].get("value")

    def click(self, x, y):
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                      clickCount=0 if kind == "mouseMoved" else 1)

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.sock.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            shutil.rmtree(self.profile, ignore_errors=True)


def _connect(url):
    assert url.startswith("ws://")
    hostport, _, path = url[5:].partition("/")
    host, _, port = hostport.partition(":")
    s = socket.create_connection((host, int(port)), timeout=20)
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall(("GET /%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n"
               % (path, hostport, key)).encode())
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = s.recv(1)
        if not chunk:
            raise RuntimeError("websocket handshake: connection closed")
        head += chunk
    if b" 101 " not in head.split(b"\r\n", 1)[0]:
        raise RuntimeError("websocket handshake refused: %r" % head[:200])
    return s


def _send(s, text):
    data = text.encode()
    n = len(data)
    head = bytes([0x81])
    if n < 126:
        head += bytes([0x80 | n])
    elif n < 65536:
        head += bytes([0x80 | 126]) + struct.pack(">H", n)
    else:
        head += bytes([0x80 | 127]) + struct.pack(">Q", n)
    mask = os.urandom(4)
    s.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))


def _exactly(s, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = s.recv(n - len(buf))
        if not chunk:
            raise RuntimeError("websocket closed")
        buf += chunk
    return bytes(buf)


def _recv(s):
    parts = []
    while True:
        b0, b1 = _exactly(s, 2)
        n = b1 & 0x7F
        if n == 126:
            n = struct.unpack(">H", _exactly(s, 2))[0]
        elif n == 127:
            n = struct.unpack(">Q", _exactly(s, 8))[0]
        mask = _exactly(s, 4) if b1 & 0x80 else None
        payload = _exactly(s, n)
        if mask:
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        op = b0 & 0x0F
        if op == 0x8:
            raise RuntimeError("websocket closed by the browser")
        if op in (0x9, 0xA):
            continue  # ping / pong: Chromium sends none to a client, ignore
        parts.append(payload)
        if b0 & 0x80:
            return b"".join(parts).decode()
