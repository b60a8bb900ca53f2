#!/usr/bin/python3
"""A CONNECT proxy that tunnels every request to one port on 127.0.0.1, whatever host it names.

tests/tls/tst_proxy.cpp uses it as the system's proxy (https_proxy): the system's configuration never
proxies loopback addresses, so the client must name a host that is not one (the test's certificate
is made for it too), and nothing may resolve that name - this proxy does not, it only logs it.

  connect_proxy.py --to PORT --log FILE

Prints "PORT <n>" once it listens on 127.0.0.1; logs each request line ("CONNECT host:port HTTP/1.1")
and the names of the headers that came with it, never their values.
"""

import argparse
import socket
import sys
import threading


def relay(source, target):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def serve(client, port, log, lock):
    head = b""
    while b"\r\n\r\n" not in head and len(head) < 65536:
        data = client.recv(4096)
        if not data:
            client.close()
            return
        head += data
    lines = head.split(b"\r\n\r\n")[0].split(b"\r\n")
    names = [line.split(b":")[0].decode("latin-1") for line in lines[1:] if b":" in line]
    with lock:
        log.write(lines[0].decode("latin-1") + " headers=" + ",".join(names) + "\n")
        log.flush()
    if not lines[0].startswith(b"CONNECT "):
        client.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        client.close()
        return
    try:
        upstream = socket.create_connection(("127.0.0.1", port))
    except OSError:
        client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        client.close()
        return
    client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
    rest = head.split(b"\r\n\r\n", 1)[1]
    if rest:
        upstream.sendall(rest)
    threading.Thread(target=relay, args=(upstream, client), daemon=True).start()
    relay(client, upstream)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--to", type=int, required=True)
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    log = open(args.log, "a", encoding="utf-8")
    lock = threading.Lock()
    print("PORT %d" % listener.getsockname()[1], flush=True)
    while True:
        client, _ = listener.accept()
        threading.Thread(target=serve, args=(client, args.to, log, lock), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
