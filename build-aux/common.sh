# Shared by build-aux/run and build-aux/test: install what is missing, configure, build.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$top/_build"
# The build installs into a folder of its own, so the app runs with its schema,
# translations, icons and help exactly as a packaged one would.
prefix="$build/root"

log () {
  printf '\033[1m==> %s\033[0m\n' "$*" >&2
}

# Installs the Debian packages named in the given lists that are not installed yet.
ensure_packages () {
  local missing=() package sudo=""

  for package in $(grep -hv '^#' "$@" | sort -u); do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "Please install as root: ${missing[*]}"; exit 1; }
    sudo=sudo
  fi
  log "Installing missing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Generates a locale the tests need when the system lacks it (the "locales"
# package brings its sources). Without it those tests are skipped, not failed.
ensure_locale () {
  local locale=$1 sudo=""

  locale -a 2>/dev/null | grep -qix "${locale%%.*}\.utf-\?8" && return 0
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "Cannot generate the $locale locale: its tests are skipped"; return 0; }
    sudo=sudo
  fi
  log "Generating the $locale locale"
  $sudo localedef -i "${locale%%.*}" -f UTF-8 "$locale" || log "Could not generate $locale: its tests are skipped"
}

configure_and_build () {
  if [ ! -f "$build/build.ninja" ]; then
    log "Configuring into $build"
    meson setup "$build" "$top" --prefix="$prefix"
  fi
  log "Building"
  meson compile -C "$build"
}
