/* fv-utf8-private.h — checking one UTF-8 sequence, shared by the readers
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The length of the well-formed UTF-8 sequence at @s (2–4; call it for bytes
 * ≥ 0x80 only), 0 when it is not UTF-8 (overlong forms and surrogates
 * included), -1 when @available bytes are too few to tell. */
static inline int
fv_utf8_sequence_length (const guint8 *s,
                         gsize         available)
{
  guint8 c = s[0];
  gunichar code;
  int n;

  if (c >= 0xC2 && c <= 0xDF)
    n = 2, code = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF)
    n = 3, code = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4)
    n = 4, code = c & 0x07;
  else
    return 0;

  for (int k = 1; k < n; k++)
    {
      if ((gsize) k >= available)
        return -1;
      if ((s[k] & 0xC0) != 0x80)
        return 0;
      code = (code << 6) | (s[k] & 0x3F);
    }

  if ((n == 3 && code < 0x800) || (n == 4 && (code < 0x10000 || code > 0x10FFFF)) ||
      (code >= 0xD800 && code <= 0xDFFF))
    return 0;
  return n;
}

G_END_DECLS
