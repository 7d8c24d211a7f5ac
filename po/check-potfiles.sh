#!/bin/sh
# Fails when a source file with translatable strings is missing from POTFILES.in,
# or when POTFILES.in names a file that does not exist: either way strings would
# silently go untranslated.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
top=${1:-$(dirname "$0")/..}
cd "$top"

listed=$(mktemp); found=$(mktemp)
trap 'rm -f "$listed" "$found"' EXIT

grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort > "$listed"

{
  grep -rlE '(^|[^A-Za-z0-9_])(N?C?_|g_dngettext) *\(' --include='*.c' src
  grep -rl 'translatable="yes"' --include='*.ui' ui
  ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml
} | sort -u > "$found"

status=0
missing=$(comm -13 "$listed" "$found")
if [ -n "$missing" ]; then
  echo "These files have translatable strings but are not in po/POTFILES.in:"
  echo "$missing" | sed 's/^/  /'
  status=1
fi
for f in $(cat "$listed"); do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in names a file that does not exist: $f"
    status=1
  fi
done
[ $status -eq 0 ] && echo "POTFILES.in lists all $(wc -l < "$listed") files with translatable strings."
exit $status
