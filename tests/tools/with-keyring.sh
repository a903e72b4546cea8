#!/usr/bin/env bash
# with-keyring.sh COMMAND [ARGS...]
# Runs COMMAND inside a private D-Bus session with an unlocked gnome-keyring serving the Secret
# Service, and with HOME and the XDG directories in a throw-away folder: keychain and settings
# tests touch nothing of the person running them, and leave nothing behind.
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is missing (packaging/install-deps.sh)" >&2; exit 2; }
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/certtrack-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home
export XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
export XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# Inside the session: start the keyring unlocked with a password on stdin (it daemonises and
# prints its environment) and run the command; the daemon quits when the session bus goes away.
dbus-run-session -- bash -c '
  set -euo pipefail
  eval "$(printf "%s" "certtrack-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  exec "$@"
' with-keyring "$@"
