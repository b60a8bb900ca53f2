#!/usr/bin/env bash
# Runs a test on a D-Bus session and an X server of its own (dunst, the notification daemon the test
# starts, needs both), whatever session tests/run-tests.sh gave it: notifications go to this test's
# daemon only, never to the user's desktop.
#   notifications-session.sh TEST_EXECUTABLE [ARG ...]
set -euo pipefail
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" "$@"
