/* fv-wheel-ical.c — the annual wheel's events as an iCalendar file (RFC 5545)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One VEVENT per event, all-day: DTSTART;VALUE=DATE and, for a span, DTEND the
 * day after the last day (DTEND is exclusive). The UID stays the same for an
 * event from one export to the next, so a calendar that imports the file again
 * updates the events instead of doubling them. Text values are escaped, lines
 * are folded at 75 octets without splitting a UTF-8 character, and every line
 * ends with CRLF.
 */

#define G_LOG_DOMAIN "fv-wheel-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fv-wheel-ical.h"

#define FOLD_OCTETS 75

/**
 * fv_wheel_ical_escape:
 *
 * Returns: (transfer full): @text as an iCalendar TEXT value: backslash,
 *   semicolon and comma escaped, newlines as \n
 */
char *
fv_wheel_ical_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case '\r':
          if (p[1] != '\n')
            g_string_append (out, "\\n");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* Appends one content line, folded: no line longer than 75 octets, the
 * continuation lines starting with a space, never inside a character. */
static void
append_line (GString    *out,
             const char *line)
{
  const char *p = line;
  gsize room = FOLD_OCTETS;

  while (*p != '\0')
    {
      const char *next = g_utf8_next_char (p);
      gsize len = next - p;

      if (len > room)
        {
          g_string_append (out, "\r\n ");
          room = FOLD_OCTETS - 1;
        }
      g_string_append_len (out, p, len);
      room -= len;
      p = next;
    }
  g_string_append (out, "\r\n");
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *text)
{
  g_autofree char *escaped = NULL;
  g_autofree char *line = NULL;

  if (text == NULL || *text == '\0')
    return;
  escaped = fv_wheel_ical_escape (text);
  line = g_strconcat (name, ":", escaped, NULL);
  append_line (out, line);
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04d%02d%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static void
append_event (GString            *out,
              const FvWheelEvent *event,
              const char         *stamp)
{
  g_autofree char *uid = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GString) description = g_string_new (event->note);
  GDate start, end;

  if (!fv_wheel_event_get_dates (event, &start, &end))
    return;
  /* The day after the last: DTEND is exclusive. */
  g_date_add_days (&end, 1);
  start_text = format_date (&start);
  end_text = format_date (&end);

  append_line (out, "BEGIN:VEVENT");
  /* The row id with the moment it was made: the same event, the same UID. */
  {
    g_autoptr(GString) made = g_string_new (NULL);

    for (const char *p = event->created_at != NULL ? event->created_at : ""; *p != '\0'; p++)
      if (g_ascii_isdigit (*p))
        g_string_append_c (made, *p);
    uid = g_strdup_printf ("UID:wheel-%" G_GINT64_FORMAT "-%s@frivillig", event->id,
                           made->len > 0 ? made->str : "0");
  }
  append_line (out, uid);
  line = g_strconcat ("DTSTAMP:", stamp, NULL);
  append_line (out, line);
  g_clear_pointer (&line, g_free);
  line = g_strconcat ("DTSTART;VALUE=DATE:", start_text, NULL);
  append_line (out, line);
  g_clear_pointer (&line, g_free);
  line = g_strconcat ("DTEND;VALUE=DATE:", end_text, NULL);
  append_line (out, line);
  append_property (out, "SUMMARY", event->title);
  append_property (out, "LOCATION", event->place);
  if (event->organisation_name != NULL)
    {
      if (description->len > 0)
        g_string_append (description, "\n");
      /* Translators: in the description of a calendar event; %s is an organisation */
      g_string_append_printf (description, _("Organisation: %s"), event->organisation_name);
    }
  append_property (out, "DESCRIPTION", description->str);
  append_property (out, "CATEGORIES", fv_wheel_category_get_label (event->category));
  append_line (out, "TRANSP:TRANSPARENT");
  append_line (out, "END:VEVENT");
}

/**
 * fv_wheel_ical_build:
 * @events: (element-type FvWheelEvent): the events
 * @calendar_name: (nullable): shown by calendars as the calendar's name
 * @stamp: (nullable): when the file is made; now when %NULL
 *
 * Returns: (transfer full): the iCalendar text, CRLF line ends
 */
char *
fv_wheel_ical_build (GPtrArray  *events,
                     const char *calendar_name,
                     GDateTime  *stamp)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *stamp_text = NULL;

  if (stamp == NULL)
    stamp = now = g_date_time_new_now_utc ();
  utc = g_date_time_to_utc (stamp);
  stamp_text = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");

  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, "PRODID:-//Frivillig developers//Frivillig " PACKAGE_VERSION "//NO");
  append_line (out, "CALSCALE:GREGORIAN");
  append_line (out, "METHOD:PUBLISH");
  append_property (out, "X-WR-CALNAME", calendar_name);
  for (guint i = 0; events != NULL && i < events->len; i++)
    append_event (out, events->pdata[i], stamp_text);
  append_line (out, "END:VCALENDAR");
  return g_string_free (out, FALSE);
}

/* Writes the file whole, or leaves what was there. */
gboolean
fv_wheel_ical_write (GPtrArray   *events,
                     const char  *calendar_name,
                     GFile       *file,
                     GError     **error)
{
  g_autofree char *text = fv_wheel_ical_build (events, calendar_name, NULL);

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, NULL, error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      const char *reason = (error != NULL && *error != NULL) ? (*error)->message : "";
      GError *wrapped = NULL;

      /* Translators: %s is a file name, then the system's explanation */
      wrapped = g_error_new (G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the calendar file %s: %s"),
                             name, reason);
      g_clear_error (error);
      g_propagate_error (error, wrapped);
      return FALSE;
    }
  return TRUE;
}
