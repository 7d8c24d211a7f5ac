#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translations.sh — fail unless every help translation is complete,
# up to date with the English pages, and builds valid Mallard pages.
#
# Usage: check-translations.sh PO_FILE... -- PAGE...
#
#   PO_FILE  help translations, named after their language (help/nb/nb.po)
#   PAGE     the English Mallard pages (help/C/*.page)
#
# For each PO file this script
#   1. runs `msgfmt --check --statistics` and fails on errors, fuzzy or
#      untranslated messages;
#   2. makes a fresh template from PAGE with itstool and fails if a message
#      of the template is missing from the PO file (msgcmp), so a page that
#      changed without its translations being updated is caught;
#   3. builds the translated pages with `itstool -m` into a temporary folder,
#      fails if itstool could not merge a translation (broken markup), and
#      validates the results with `yelp-check validate`.
#
# The tools may be named in ITSTOOL, MSGFMT, MSGCMP and YELP_CHECK; otherwise
# they are looked up in PATH.  Exit status: 0 all good, 1 a check failed,
# 2 wrong usage, 77 a required tool is missing (meson counts it as skipped).

set -u

usage ()
{
  echo "usage: $0 PO_FILE... -- PAGE..." >&2
  exit 2
}

find_tool ()
{
  # $1 = value from the environment (may be empty), $2 = program name
  if [ -n "$1" ]; then
    echo "$1"
  elif command -v "$2" >/dev/null 2>&1; then
    command -v "$2"
  fi
}

ITSTOOL=$(find_tool "${ITSTOOL:-}" itstool)
MSGFMT=$(find_tool "${MSGFMT:-}" msgfmt)
MSGCMP=$(find_tool "${MSGCMP:-}" msgcmp)
YELP_CHECK=$(find_tool "${YELP_CHECK:-}" yelp-check)

for tool in "itstool:$ITSTOOL" "msgfmt:$MSGFMT" "msgcmp:$MSGCMP"; do
  if [ -z "${tool#*:}" ]; then
    echo "SKIP: ${tool%%:*} is not installed" >&2
    exit 77
  fi
done

# Split the arguments at "--": PO files before it, pages after it.
n_po=0
seen_separator=no
n_pages=0
for arg in "$@"; do
  if [ "$seen_separator" = no ]; then
    if [ "$arg" = "--" ]; then
      seen_separator=yes
    else
      n_po=$((n_po + 1))
    fi
  else
    n_pages=$((n_pages + 1))
  fi
done
if [ "$seen_separator" != yes ] || [ "$n_po" -eq 0 ] || [ "$n_pages" -eq 0 ]; then
  usage
fi

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/frivillig-help.XXXXXX") || exit 1
trap 'rm -rf "$tmpdir"' EXIT
trap 'exit 1' HUP INT TERM

# Keep the PO files aside, then leave only the pages in "$@".
i=0
while [ "$i" -lt "$n_po" ]; do
  printf '%s\n' "$1" >>"$tmpdir/po-list"
  shift
  i=$((i + 1))
done
shift # the "--"

for page in "$@"; do
  if [ ! -f "$page" ]; then
    echo "FAIL: page not found: $page" >&2
    exit 1
  fi
done

# A fresh template from the pages as they are now.
if ! "$ITSTOOL" -o "$tmpdir/help.pot" "$@"; then
  echo "FAIL: itstool could not make a template from the pages" >&2
  exit 1
fi

failed=0

fail ()
{
  echo "FAIL: $*" >&2
  failed=1
}

while IFS= read -r po <&3; do
  lang=$(basename "$po" .po)
  echo "== $lang ($po)"

  if [ ! -f "$po" ]; then
    fail "$po: file not found"
    continue
  fi

  # 1. Well-formed, and every message translated and not fuzzy.
  mo="$tmpdir/$lang.mo"
  if ! stats=$("$MSGFMT" --check --statistics -o "$mo" "$po" 2>&1); then
    printf '%s\n' "$stats" >&2
    fail "$po: msgfmt --check found errors"
    continue
  fi
  printf '%s\n' "$stats"
  case $stats in
    *fuzzy*) fail "$po: has fuzzy translations; review them and remove the fuzzy flag" ;;
  esac
  case $stats in
    *untranslated*) fail "$po: has untranslated messages" ;;
  esac

  # 2. Nothing in the current pages is missing from the translation.
  if ! missing=$("$MSGCMP" "$po" "$tmpdir/help.pot" 2>&1); then
    printf '%s\n' "$missing" >&2
    fail "$po: is out of date with the pages; update it with 'meson compile help-frivillig-update-po' and translate the new messages"
  fi

  # 3. The translated pages build and are valid Mallard.
  outdir="$tmpdir/pages-$lang"
  mkdir -p "$outdir"
  merge_log="$tmpdir/merge-$lang.log"
  if ! "$ITSTOOL" -m "$mo" -l "$lang" -o "$outdir" "$@" >"$merge_log" 2>&1; then
    cat "$merge_log" >&2
    fail "$po: itstool could not build the translated pages"
    continue
  fi
  if [ -s "$merge_log" ]; then
    # itstool only warns (and keeps the English text) when a translation's
    # markup does not fit the page.
    cat "$merge_log" >&2
    fail "$po: itstool could not merge some translations (check their markup)"
  fi

  if [ -n "$YELP_CHECK" ]; then
    for page in "$@"; do
      out="$outdir/$(basename "$page")"
      if [ ! -f "$out" ]; then
        fail "$po: no translated page was made for $page"
      elif ! "$YELP_CHECK" validate "$out"; then
        fail "$po: translated page $(basename "$page") is not valid Mallard"
      fi
    done
  else
    echo "note: yelp-check not found; translated pages were built but not validated"
  fi
done 3<"$tmpdir/po-list"

if [ "$failed" -ne 0 ]; then
  echo "Help translations are not complete; see the messages above." >&2
  exit 1
fi

echo "All help translations are complete and valid."
exit 0
