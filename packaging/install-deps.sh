#!/usr/bin/env bash
# Installs everything CertTrack needs to build, test and run its demo on Debian 12 / Ubuntu.
# The only step of the project that needs root; safe to run again (apt-get skips what is there).
#   packaging/install-deps.sh            build + run + test dependencies
#   packaging/install-deps.sh --runtime  only what the programs need to run
set -euo pipefail

runtime_only=0
[[ ${1:-} == --runtime ]] && runtime_only=1

build_pkgs=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-base-dev-tools
  # certtrackd's HTTP/1.1 and TLS floor: Boost.Beast and Asio (header-only)
  libboost1.81-dev
  qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql
  qtkeychain-qt6-dev
  # libqt6keychain1 dlopens libsecret without depending on it
  libsecret-1-0
  libqrencode-dev libsodium-dev libssl-dev openssl
  # baking Open Badges into PNG images (model/credentials)
  libpng-dev
  # GZIP of W3C Bitstring Status Lists (model/credentials)
  zlib1g-dev
  # the whole-record archive as one zip file (model/records)
  libzip-dev
  # the fuzz preset (tests/fuzz): clang and its libFuzzer and sanitizer runtimes
  clang-14 libclang-rt-14-dev
  libgl-dev
  # renders the application icon's SVG into the PNG sizes of the hicolor theme (packaging/)
  librsvg2-bin
)
runtime_pkgs=(
  libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6printsupport6 libqt6svg6
  libqt6keychain1 libsecret-1-0 libqrencode4 libsodium23 libpng16-16 zlib1g libzip4
  libqt6dbus6
  openssl
  qt6-qpa-plugins fonts-dejavu-core fonts-noto-core fonts-wqy-microhei
  # Qt's own strings (dialog buttons, print and file dialogs) in the client's languages, and a
  # font for its Japanese
  qt6-translations-l10n fonts-noto-cjk
)
test_pkgs=(
  xvfb xauth dbus dbus-daemon dbus-x11 gnome-keyring libsecret-tools
  poppler-utils zbar-tools imagemagick curl ca-certificates
  chromium clang-format
  # reads baked PNG badges in tests, as a reader independent of ours
  python3-pil
  # the packaging checks: menu entry, AppStream metadata, man pages, the packages
  desktop-file-utils appstream man-db lintian
  # the completion test sources bash-completion's helpers
  bash-completion
  # packaging/test-install.sh installs the packages into a fresh Debian 12 root it makes
  debootstrap
  # bench/: the load generator, and the static-file server certtrackd is compared with
  wrk nginx-light
  # the server and client-integration tests run a second time on PostgreSQL: a throw-away
  # server they start (tests/tools/with-postgres.sh), and psql to make each test's database
  postgresql-15 postgresql-client-15
  # reads the renewal plan's iCalendar file back in tests, a parser independent of ours
  python3-icalendar
  # lists the whole-record archive in tests, a zip reader independent of libzip
  unzip
  # a real notification service: test_ui_reminders reads its reminders back with dunstctl, and
  # packaging/screenshots.sh pictures one (x11-xserver-utils paints that desktop's background)
  dunst x11-xserver-utils
  fonts-dejavu-core fonts-noto-core fonts-wqy-microhei
)

if [[ $runtime_only == 1 ]]; then
  pkgs=("${runtime_pkgs[@]}")
else
  pkgs=("${build_pkgs[@]}" "${runtime_pkgs[@]}" "${test_pkgs[@]}")
fi

# Node is only for the browser tests (playwright-core); keep a Node that is already there.
if [[ $runtime_only == 0 ]] && ! command -v npm >/dev/null; then pkgs+=(nodejs npm); fi

missing=()
for p in "${pkgs[@]}"; do
  [[ $p == \#* ]] && continue
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then SUDO=sudo; else
      echo "install-deps: these packages are missing and root is needed to install them:" >&2
      echo "  ${missing[*]}" >&2
      exit 1
    fi
  else
    SUDO=
  fi
  echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
