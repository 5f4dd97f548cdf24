#!/usr/bin/env python3
"""Tiny static server for www/ (development and the Playwright tests).

Serves .wasm as application/wasm and sends `Cache-Control: no-store`, so a
rebuilt widget is never masked by a cached copy. Loopback only by default.

    python3 scripts/serve.py [--bind 127.0.0.1] [--port 8080] [--dir www] [--quiet]
"""
import argparse
import functools
import http.server
import os
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".html": "text/html; charset=utf-8",
        ".json": "application/json",
        ".svg": "image/svg+xml",
    }
    quiet = False

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bind", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--dir", default=os.path.join(root, "www"))
    p.add_argument("--quiet", action="store_true", help="no access log")
    a = p.parse_args()
    if not os.path.isdir(a.dir):
        sys.exit(f"serve.py: no such directory: {a.dir}")
    Handler.quiet = a.quiet
    handler = functools.partial(Handler, directory=a.dir)
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer((a.bind, a.port), handler) as httpd:
        print(f"serving {a.dir} on http://{a.bind}:{a.port}/", flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
