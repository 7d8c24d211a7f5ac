/* fv-validate.c — checks of what people type, with messages that say what is wrong
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the editor (which shows the message beside the field as the user
 * types) and the importers (which report it with the line and column). The
 * checks catch typing mistakes; whether an address is deliverable or a phone
 * number in use is not ours to judge. Each message names the problem and,
 * where it helps, shows the right form.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fv-database.h"
#include "fv-validate.h"

/* ICNPO as Frivillighetsregisteret uses it; the same as table icnpo_category. */
static const int icnpo_codes[] = {
  1100, 1200, 1300, 2100, 2200, 2300, 2400, 3100, 3200, 3300, 3400, 4100, 4200, 4300,
  5100, 5200, 6100, 6200, 6300, 7100, 7200, 7300, 8100, 8200, 9100, 10100, 11100, 11200,
  11300, 12100, 13100, 14100,
};

static gboolean
fail (GError     **error,
      const char  *message)
{
  g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT, message);
  return FALSE;
}

/* @text without white space around it, or NULL when that leaves nothing. */
static char *
trimmed (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

static gboolean
has_space (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static gboolean
is_digits (const char *text,
           gsize       count)
{
  if (strlen (text) != count)
    return FALSE;
  for (gsize i = 0; i < count; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* A domain name as people write it: labels of letters (any script), digits
 * and inner hyphens, separated by dots, ending in a top-level domain of at
 * least two letters. */
static gboolean
is_domain (const char *domain)
{
  g_auto(GStrv) labels = NULL;
  guint n;

  if (domain[0] == '\0' || strlen (domain) > 253)
    return FALSE;

  labels = g_strsplit (domain, ".", -1);
  n = g_strv_length (labels);
  if (n < 2)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      const char *label = labels[i];
      gsize length = strlen (label);

      if (length == 0 || length > 63 || label[0] == '-' || label[length - 1] == '-')
        return FALSE;
      for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c != '-' && !g_unichar_isalnum (c))
            return FALSE;
        }
    }

  /* The top-level domain: letters only, at least two. */
  if (g_utf8_strlen (labels[n - 1], -1) < 2)
    return FALSE;
  for (const char *p = labels[n - 1]; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static gboolean
is_local_part_char (gunichar c)
{
  return c >= 0x80 || g_ascii_isalnum (c) || strchr ("!#$%&'*+/=?^_`{|}~.-", (int) c) != NULL;
}

gboolean
fv_validate_email (const char  *text,
                   GError     **error)
{
  g_autofree char *email = trimmed (text);
  const char *at;
  g_autofree char *local = NULL;

  if (email == NULL)
    return TRUE;

  if (strpbrk (email, ",;") != NULL)
    return fail (error, _("Write one e-mail address only."));
  if (has_space (email))
    return fail (error, _("An e-mail address cannot contain spaces."));

  at = strchr (email, '@');
  if (at == NULL)
    return fail (error, _("An e-mail address needs an @ between the name and the domain, as in post@idrettslag.no."));
  if (strchr (at + 1, '@') != NULL)
    return fail (error, _("An e-mail address has only one @."));
  if (at == email)
    return fail (error, _("There is nothing before the @ of the e-mail address."));
  if (at[1] == '\0')
    return fail (error, _("The domain after the @ is missing, as in post@idrettslag.no."));

  local = g_strndup (email, at - email);
  if (local[0] == '.' || g_str_has_suffix (local, ".") || strstr (local, "..") != NULL)
    return fail (error, _("The part before the @ cannot start or end with a dot, or have two dots in a row."));
  for (const char *p = local; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_local_part_char (g_utf8_get_char (p)))
      return fail (error, _("The part before the @ has a character that e-mail addresses cannot have."));

  if (strchr (at + 1, '.') == NULL)
    return fail (error, _("The domain after the @ needs a dot, as in idrettslag.no."));
  if (!is_domain (at + 1))
    return fail (error, _("The domain after the @ is not a valid domain name, such as idrettslag.no."));
  if (strlen (email) > 254)
    return fail (error, _("An e-mail address has at most 254 characters."));

  return TRUE;
}

/* Norwegian numbers have eight digits, with +47 (or 0047) in front or not;
 * other countries' numbers are written with + (or 00) and the country code,
 * 7 to 15 digits in all (ITU E.164). Spaces, hyphens, dots and parentheses
 * may group the digits. */
gboolean
fv_validate_phone (const char  *text,
                   GError     **error)
{
  g_autofree char *phone = trimmed (text);
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean international;
  const char *national;

  if (phone == NULL)
    return TRUE;

  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '+' && p == phone)
        continue;
      else if (strchr (" -.()", *p) == NULL)
        return fail (error, _("A phone number has only digits, spaces and a + in front."));
    }

  international = phone[0] == '+' || g_str_has_prefix (digits->str, "00");
  national = digits->str + (phone[0] == '+' ? 0 : international ? 2 : 0);

  if (!international)
    {
      if (digits->len != 8)
        return fail (error, _("A Norwegian phone number has eight digits. Write other countries’ numbers with + and the country code."));
      return TRUE;
    }

  if (g_str_has_prefix (national, "47"))
    {
      if (strlen (national + 2) != 8)
        return fail (error, _("A Norwegian phone number has eight digits after +47."));
      return TRUE;
    }

  if (strlen (national) < 7 || strlen (national) > 15)
    return fail (error, _("An international phone number has 7 to 15 digits after the +."));
  return TRUE;
}

gboolean
fv_validate_postcode (const char  *text,
                      GError     **error)
{
  g_autofree char *postcode = trimmed (text);

  if (postcode == NULL || is_digits (postcode, 4))
    return TRUE;
  return fail (error, _("A postcode has four digits, as in 0150."));
}

gboolean
fv_validate_municipality_number (const char  *text,
                                 GError     **error)
{
  g_autofree char *number = trimmed (text);

  if (number == NULL || is_digits (number, 4))
    return TRUE;
  return fail (error, _("A municipality number has four digits, as in 3201 for Bærum."));
}

/* "www.idrettslag.no", "idrettslag.no/barn" or with http:// or https://. */
gboolean
fv_validate_website (const char  *text,
                     GError     **error)
{
  g_autofree char *url = trimmed (text);
  g_autofree char *host = NULL;
  const char *rest;
  const char *scheme_end;
  char *port;

  if (url == NULL)
    return TRUE;

  if (has_space (url))
    return fail (error, _("A web address cannot contain spaces."));

  rest = url;
  scheme_end = strstr (url, "://");
  if (scheme_end != NULL)
    {
      if (g_ascii_strncasecmp (url, "http://", 7) != 0 && g_ascii_strncasecmp (url, "https://", 8) != 0)
        return fail (error, _("A web address starts with http:// or https://, or directly with the domain, as in www.idrettslag.no."));
      rest = scheme_end + 3;
    }

  host = g_strndup (rest, strcspn (rest, "/?#"));
  if (strchr (host, '@') != NULL)
    return fail (error, _("This looks like an e-mail address, not a web address."));
  if ((port = strchr (host, ':')) != NULL)
    {
      if (port[1] == '\0' || strspn (port + 1, "0123456789") != strlen (port + 1))
        return fail (error, _("The web address has a colon (:) that does not belong there."));
      *port = '\0';
    }
  if (!is_domain (host))
    return fail (error, _("A web address needs a domain with a dot, as in www.idrettslag.no."));

  return TRUE;
}

/* Tags travel comma-separated in spreadsheet files, so a tag holds no comma. */
gboolean
fv_validate_tag (const char  *text,
                 GError     **error)
{
  if (text != NULL && strchr (text, ',') != NULL)
    return fail (error, _("A tag cannot contain a comma; add two tags instead."));
  return TRUE;
}

/* One of the ICNPO category codes 1100, 1200, … 14100 (not a main group). */
gboolean
fv_validate_icnpo_code (int      code,
                        GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (icnpo_codes); i++)
    if (icnpo_codes[i] == code)
      return TRUE;

  return fail (error, _("This is not an ICNPO category code such as 1200 (Idrett)."));
}

/**
 * fv_iso_date_parse:
 * @text: (nullable): a stored date, "2024-10-16"
 * @date: (out caller-allocates) (optional): the date, cleared when @text is none
 *
 * Every date is stored as ISO 8601 text; this is the one reading of it.
 *
 * Returns: %TRUE when @text is exactly YYYY-MM-DD and a real day
 */
gboolean
fv_iso_date_parse (const char *text,
                   GDate      *date)
{
  int y, m, d;

  if (date != NULL)
    g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  if (date != NULL)
    g_date_set_dmy (date, d, m, y);
  return TRUE;
}
