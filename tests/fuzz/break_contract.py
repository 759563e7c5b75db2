"""A proxy in front of the feedback service that breaks its contract on purpose, to show that
the fuzzing (scripts/fuzz-api.sh) fails on a wrong response: `GET /api/feedback/summary` answers
its counts under another name (`count` for `received`). Everything else passes unchanged.

    python3 tests/fuzz/break_contract.py UPSTREAM_PORT   # prints the port it listens on
"""

import http.client
import http.server
import sys

UPSTREAM = ("127.0.0.1", int(sys.argv[1]))


class Proxy(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        upstream = http.client.HTTPConnection(*UPSTREAM, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        upstream.request(self.command, self.path, body=body, headers=headers)
        answer = upstream.getresponse()
        payload = answer.read()
        if self.command == "GET" and self.path.split("?")[0] == "/api/feedback/summary":
            payload = payload.replace(b'"received"', b'"count"')
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
        upstream.close()

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = do_TRACE = forward

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
print(server.server_address[1], flush=True)
server.serve_forever()
