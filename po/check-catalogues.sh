#!/bin/sh
# Fails unless every language in LINGUAS has every current message translated,
# with nothing fuzzy. The catalogues are checked against a template extracted
# afresh from the sources, so a new string untranslated anywhere fails here.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
top=${1:-$(dirname "$0")/..}
cd "$top"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The same keywords as meson's i18n 'glib' preset.
xgettext --from-code=UTF-8 --add-comments --no-wrap \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_set_error:4:c-format --flag=g_prefix_error:2:c-format \
  -f po/POTFILES.in -o "$tmp/frivillig.pot"

status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  po="po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$po is missing"; status=1; continue
  fi
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/frivillig.pot"
  stats=$(msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1) || { echo "$po: $stats"; status=1; continue; }
  case "$stats" in
    *fuzzy*|*untranslated*)
      echo "$po is not complete: $stats"
      msgattrib --untranslated --only-fuzzy "$tmp/$lang.po" 2>/dev/null | grep '^msgid' | head -n 20 || true
      msgattrib --untranslated "$tmp/$lang.po" 2>/dev/null | grep '^msgid' | head -n 20 || true
      status=1 ;;
    *) echo "$po: $stats" ;;
  esac
done
exit $status
