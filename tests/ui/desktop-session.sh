# Sourced by the walks under tests/ui (keyboard-walk.sh, atspi-walk.sh), inside the X server that
# xvfb-run started: a window manager, and a program run in a throwaway HOME.

# start_window_manager: openbox, once it has taken the screen (at most 15 s); sets wm_pid.
start_window_manager() {
  openbox >/dev/null 2>&1 &
  wm_pid=$!
  for _ in $(seq 150); do
    xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break
    sleep 0.1
  done
}

# launch_in_home HOME LOG [VAR=VALUE ...] -- PROGRAM [ARG ...]: PROGRAM in the background with its
# HOME and XDG folders under HOME, nothing of the real user's; output appended to LOG. Sets app_pid.
launch_in_home() {
  local home=$1 log=$2
  shift 2
  local vars=()
  while [[ $1 != -- ]]; do
    vars+=("$1")
    shift
  done
  shift
  mkdir -p "$home/runtime" "$home/.config" "$home/.local/share" "$home/.cache"
  chmod 700 "$home/runtime"
  env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime" "${vars[@]}" "$@" >>"$log" 2>&1 &
  app_pid=$!
}
