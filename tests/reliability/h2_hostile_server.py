#!/usr/bin/python3
"""A hostile HTTP/2 server for tests/reliability/tst_h2hostile.cpp (issue 18, docs/SECURITY.md).

It answers the Run History API over TLS with ALPN h2 only (python3-h2), with pages of files whose ids
are unique per page, and misbehaves in one way chosen by --mode:

  goaway       on the first connection, answers page 1 and two pages of the wave, then sends GOAWAY
               naming the last of those two and closes: every later stream was not processed
  rst          resets the first request for page 3 (RST_STREAM, INTERNAL_ERROR); its retry is answered
  one-stream   allows one stream at a time (SETTINGS_MAX_CONCURRENT_STREAMS 1)
  endless      answers page 2 with DATA that never ends, as fast as flow control allows
  too-large    answers page 2 with a 5 MiB body (the client's cap is 4 MiB)
  huge-headers answers the first request for page 2 with a header block of about 1 MiB in CONTINUATION
               frames; its retry, if any, is answered plainly
  none         behaves

It prints "PORT <n>" on stdout once it listens on 127.0.0.1, and writes one JSON line per event to
--log: connections (with the protocol ALPN chose), requests (page, connection, how many streams were
open, whether an Authorization header came - never its value), resets the client sent.
"""

import argparse
import json
import select
import socket
import ssl
import sys
import threading

import h2.config
import h2.connection
import h2.errors
import h2.events
import h2.exceptions
import h2.settings

PAGE_SIZE = 50


def file_json(page, index):
    return {
        "id": "p%df%d" % (page, index),
        "file_name": "data-%d-%d.csv" % (page, index),
        "scheduled_at": "2024-11-14T12:31:31.713000",
        "completed_at": "2024-11-14T12:32:09.942000",
        "type": "USERS",
        "file_size": 1544,
        "file_status": "SUCCESSFUL",
        "status_msg": "",
        "total_rows": 10,
        "skipped_rows": 0,
        "updated_rows": 0,
        "failed_rows": 0,
        "added_rows": 10,
    }


class Log:
    def __init__(self, path):
        self.lock = threading.Lock()
        self.file = open(path, "a", encoding="utf-8")

    def write(self, **event):
        with self.lock:
            self.file.write(json.dumps(event) + "\n")
            self.file.flush()


class Shared:
    """What all connections share: counters per page and per connection."""

    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.connections = 0
        self.asked = {}  # page -> how many times

    def next_connection(self):
        with self.lock:
            self.connections += 1
            return self.connections

    def ask(self, page):
        with self.lock:
            self.asked[page] = self.asked.get(page, 0) + 1
            return self.asked[page]


class Connection:
    def __init__(self, sock, shared, log):
        self.sock = sock
        self.shared = shared
        self.log = log
        self.mode = shared.args.mode
        self.number = shared.next_connection()
        config = h2.config.H2Configuration(client_side=False, header_encoding="utf-8")
        self.h2 = h2.connection.H2Connection(config=config)
        if self.mode == "one-stream":
            self.h2.local_settings = h2.settings.Settings(
                client=False,
                initial_values={
                    h2.settings.SettingCodes.MAX_CONCURRENT_STREAMS: 1,
                    h2.settings.SettingCodes.MAX_HEADER_LIST_SIZE: 65536,
                },
            )
        self.bodies = {}  # stream -> request body so far
        self.headers = {}  # stream -> request headers
        self.outgoing = {}  # stream -> [bytes left, or None for endless]
        self.requests = 0
        self.answered = []  # streams answered on this connection
        self.closing = False

    def send_pending(self):
        # At most about 1 MiB per turn, so the loop keeps reading (a reset, a WINDOW_UPDATE).
        budget = 1 << 20
        for stream_id in list(self.outgoing):
            entry = self.outgoing[stream_id]
            while budget > 0:
                size = min(self.h2.local_flow_control_window(stream_id), self.h2.max_outbound_frame_size, budget)
                if size <= 0:
                    break
                budget -= size
                if entry[0] is None:
                    self.h2.send_data(stream_id, b" " * size)
                    continue
                chunk, entry[0] = entry[0][:size], entry[0][size:]
                self.h2.send_data(stream_id, chunk, end_stream=not entry[0])
                if not entry[0]:
                    del self.outgoing[stream_id]
                    break
        data = self.h2.data_to_send()
        if data:
            self.sock.sendall(data)

    def answer(self, stream_id, page):
        pages = self.shared.args.pages
        count = PAGE_SIZE if page < pages else self.shared.args.files - PAGE_SIZE * (pages - 1)
        body = json.dumps(
            {
                "status": "success",
                "total_count": self.shared.args.files,
                "offset": page,
                "more_files": page < pages,
                "data": [file_json(page, i) for i in range(count)],
            }
        ).encode()
        headers = [(":status", "200"), ("content-type", "application/json"), ("content-length", str(len(body)))]
        self.h2.send_headers(stream_id, headers)
        self.outgoing[stream_id] = [body]
        self.answered.append(stream_id)

    def request_done(self, stream_id):
        headers = self.headers.pop(stream_id, {})
        body = bytes(self.bodies.pop(stream_id, b""))
        try:
            page = int(json.loads(body or b"{}").get("offset", 1))
        except ValueError:
            page = 0
        self.requests += 1
        times = self.shared.ask(page)
        self.log.write(
            event="request",
            connection=self.number,
            stream=stream_id,
            page=page,
            times=times,
            open=self.h2.open_inbound_streams,
            authorization="authorization" in headers,
            path=headers.get(":path", ""),
        )
        mode = self.mode
        if mode == "rst" and page == 3 and times == 1:
            self.h2.reset_stream(stream_id, h2.errors.ErrorCodes.INTERNAL_ERROR)
            return
        if mode == "endless" and page == 2:
            self.h2.send_headers(stream_id, [(":status", "200"), ("content-type", "application/json")])
            self.outgoing[stream_id] = [None]
            return
        if mode == "too-large" and page == 2:
            body = b"{" + b" " * (5 * 1024 * 1024) + b"}"
            self.h2.send_headers(
                stream_id, [(":status", "200"), ("content-type", "application/json")]
            )
            self.outgoing[stream_id] = [body]
            return
        if mode == "huge-headers" and page == 2 and times == 1:
            filler = [("x-filler-%d" % i, "f" * 1000) for i in range(1100)]
            body = json.dumps({"status": "success"}).encode()
            self.h2.send_headers(stream_id, [(":status", "200"), ("content-type", "application/json")] + filler)
            self.outgoing[stream_id] = [body]
            return
        self.answer(stream_id, page)
        if mode == "goaway" and self.number == 1 and page != 1 and len(self.answered) == 3:
            # Page 1 and two of the wave are answered; nothing after them will be.
            while stream_id in self.outgoing:
                self.send_pending()
            self.h2.close_connection(error_code=h2.errors.ErrorCodes.NO_ERROR, last_stream_id=stream_id)
            self.log.write(event="goaway", connection=self.number, last_stream=stream_id)
            self.closing = True

    def sendable(self):
        return any(
            self.h2.local_flow_control_window(stream_id) > 0 for stream_id in self.outgoing
        )

    def run(self):
        self.h2.initiate_connection()
        self.sock.sendall(self.h2.data_to_send())
        while not self.closing:
            busy = self.sendable()
            if self.sock.pending():
                readable = True
            else:
                readable = bool(select.select([self.sock], [], [], 0 if busy else 30)[0])
            if readable:
                try:
                    data = self.sock.recv(65536)
                except (ConnectionError, ssl.SSLError, OSError):
                    return
                if not data:
                    return
                try:
                    events = self.h2.receive_data(data)
                except h2.exceptions.ProtocolError as error:
                    self.log.write(event="protocol-error", connection=self.number, error=str(error))
                    self.sock.sendall(self.h2.data_to_send())
                    return
                for event in events:
                    self.handle(event)
            elif not busy:
                return  # 30 s of silence
            try:
                self.send_pending()
            except (ConnectionError, ssl.SSLError, OSError):
                return
        try:
            self.sock.sendall(self.h2.data_to_send())
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def handle(self, event):
        if isinstance(event, h2.events.RequestReceived):
            self.headers[event.stream_id] = dict(event.headers)
            self.bodies[event.stream_id] = bytearray()
        elif isinstance(event, h2.events.DataReceived):
            self.bodies.setdefault(event.stream_id, bytearray()).extend(event.data)
            self.h2.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
        elif isinstance(event, h2.events.StreamEnded):
            self.request_done(event.stream_id)
        elif isinstance(event, h2.events.StreamReset):
            self.outgoing.pop(event.stream_id, None)
            self.log.write(event="reset", connection=self.number, stream=event.stream_id, code=int(event.error_code))
        elif isinstance(event, h2.events.ConnectionTerminated):
            self.closing = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--mode", default="none")
    parser.add_argument("--log", required=True)
    parser.add_argument("--pages", type=int, default=10)
    args = parser.parse_args()
    args.files = args.pages * PAGE_SIZE - 20

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    context.set_alpn_protocols(["h2"])
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    shared = Shared(args)
    log = Log(args.log)
    print("PORT %d" % listener.getsockname()[1], flush=True)

    def serve(raw):
        try:
            sock = context.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError) as error:
            log.write(event="handshake-failed", error=str(error))
            raw.close()
            return
        try:
            connection = Connection(sock, shared, log)
            log.write(event="connection", connection=connection.number, alpn=sock.selected_alpn_protocol())
            connection.run()
        except Exception as error:  # a broken client must not end the server
            log.write(event="error", error=repr(error))
        finally:
            sock.close()

    while True:
        raw, _ = listener.accept()
        threading.Thread(target=serve, args=(raw,), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
