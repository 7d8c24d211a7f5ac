/* test-wheel-ical.c — the annual wheel as an iCalendar file: escaped text,
 * lines folded at 75 octets, CRLF, all-day events with an exclusive DTEND and
 * a UID that stays the same from one export to the next
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fv-test-util.h"
#include "fv-wheel-ical.h"

static FvWheelEvent *
make_event (gint64      id,
            const char *title,
            const char *start,
            const char *end)
{
  FvWheelEvent *event = fv_wheel_event_new ();

  event->id = id;
  event->title = g_strdup (title);
  event->start_date = g_strdup (start);
  event->end_date = g_strdup (end);
  event->created_at = g_strdup ("2026-01-02T03:04:05Z");
  return event;
}

/* Unfolds the text into its content lines, checking the rules as it goes. */
static GPtrArray *
unfold (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  while (*p != '\0')
    {
      const char *eol = strstr (p, "\r\n");
      g_autofree char *physical = NULL;

      g_assert_nonnull (eol);
      physical = g_strndup (p, eol - p);
      g_assert_null (strchr (physical, '\n'));     /* no bare LF */
      g_assert_null (strchr (physical, '\r'));     /* no bare CR */
      g_assert_cmpuint (strlen (physical), <=, 75); /* octets */
      g_assert_true (g_utf8_validate (physical, -1, NULL)); /* not folded inside a character */
      if (physical[0] == ' ')
        {
          char *last;

          g_assert_cmpuint (lines->len, >, 0);
          last = lines->pdata[lines->len - 1];
          lines->pdata[lines->len - 1] = g_strconcat (last, physical + 1, NULL);
          g_free (last);
        }
      else
        g_ptr_array_add (lines, g_steal_pointer (&physical));
      p = eol + 2;
    }
  return lines;
}

static const char *
find (GPtrArray  *lines,
      guint       from,
      const char *prefix)
{
  for (guint i = from; i < lines->len; i++)
    {
      const char *line = lines->pdata[i];

      if (g_str_equal (line, "END:VEVENT"))
        return NULL;
      if (g_str_has_prefix (line, prefix))
        return line + strlen (prefix);
    }
  return NULL;
}

static void
test_escape (void)
{
  g_autofree char *escaped = fv_wheel_ical_escape ("a,b;c\\d\ne");

  g_assert_cmpstr (escaped, ==, "a\\,b\\;c\\\\d\\ne");
}

static void
test_calendar (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_wheel_event_free);
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 11, 23, 8, 30, 0);
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  FvWheelEvent *event;
  guint n_events = 0, first = 0, second = 0;
  const char *value;

  event = make_event (7, "Frivillighetskonferanse; dag 1, med «æøå»", "2022-04-26", NULL);
  event->place = g_strdup ("Bærum Kulturhus, Sandvika");
  event->note = g_strdup ("Linje én\nLinje to med \\ skråstrek. "
                          "En lang merknad som må brettes over flere linjer i filen, "
                          "med æøå på tvers av bretten: æææææææææææææææææææææææææææææææææ.");
  event->organisation_name = g_strdup ("HUMSOS Bærum");
  g_ptr_array_add (events, event);
  /* A span over the end of a leap February and over the new year. */
  g_ptr_array_add (events, make_event (8, "Vinterferie", "2024-02-26", "2024-02-29"));
  event = make_event (9, "Nyttår", "2022-12-31", "2023-01-01");
  event->category = FV_WHEEL_MUNICIPAL;
  g_ptr_array_add (events, event);

  text = fv_wheel_ical_build (events, "Årshjul 2022", stamp);
  lines = unfold (text);

  g_assert_cmpstr (lines->pdata[0], ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (lines->pdata[lines->len - 1], ==, "END:VCALENDAR");
  g_assert_true (g_ptr_array_find_with_equal_func (lines, "VERSION:2.0", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (lines, "X-WR-CALNAME:Årshjul 2022", g_str_equal, NULL));
  for (guint i = 0; i < lines->len; i++)
    {
      if (g_str_equal (lines->pdata[i], "BEGIN:VEVENT"))
        {
          n_events++;
          if (n_events == 1)
            first = i;
          else if (n_events == 3)
            second = i;
        }
    }
  g_assert_cmpuint (n_events, ==, 3);

  /* The first event: escaped values, a single day (DTEND the next day). */
  g_assert_cmpstr (find (lines, first, "UID:"), ==, "wheel-7-20260102030405@frivillig");
  g_assert_cmpstr (find (lines, first, "DTSTAMP:"), ==, "20261123T083000Z");
  g_assert_cmpstr (find (lines, first, "DTSTART;VALUE=DATE:"), ==, "20220426");
  g_assert_cmpstr (find (lines, first, "DTEND;VALUE=DATE:"), ==, "20220427");
  g_assert_cmpstr (find (lines, first, "SUMMARY:"), ==, "Frivillighetskonferanse\\; dag 1\\, med «æøå»");
  g_assert_cmpstr (find (lines, first, "LOCATION:"), ==, "Bærum Kulturhus\\, Sandvika");
  value = find (lines, first, "DESCRIPTION:");
  g_assert_nonnull (value);
  g_assert_true (g_str_has_prefix (value, "Linje én\\nLinje to med \\\\ skråstrek. En lang"));
  g_assert_true (g_str_has_suffix (value, "ææææ.\\nOrganisation: HUMSOS Bærum"));
  g_assert_cmpstr (find (lines, first, "CATEGORIES:"), ==, "Voluntary sector");

  /* DTEND is exclusive: the day after the last, over leap days and new years. */
  g_assert_cmpstr (find (lines, first + 1, "DTSTART;VALUE=DATE:") , ==, "20220426");
  {
    guint vinter = 0;

    for (guint i = first + 1; i < lines->len; i++)
      if (g_str_equal (lines->pdata[i], "BEGIN:VEVENT"))
        {
          vinter = i;
          break;
        }
    g_assert_cmpstr (find (lines, vinter, "DTSTART;VALUE=DATE:"), ==, "20240226");
    g_assert_cmpstr (find (lines, vinter, "DTEND;VALUE=DATE:"), ==, "20240301");
    g_assert_null (find (lines, vinter, "LOCATION:"));
  }
  g_assert_cmpstr (find (lines, second, "DTSTART;VALUE=DATE:"), ==, "20221231");
  g_assert_cmpstr (find (lines, second, "DTEND;VALUE=DATE:"), ==, "20230102");
  g_assert_cmpstr (find (lines, second, "CATEGORIES:"), ==, "Municipal events");

  /* The same events, the same file: UIDs are stable. */
  again = fv_wheel_ical_build (events, "Årshjul 2022", stamp);
  g_assert_cmpstr (again, ==, text);
}

static void
test_write (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "hjul.ics", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no", "such", "hjul.ics", NULL);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_wheel_event_free);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (nowhere);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_ptr_array_add (events, make_event (1, "Frivillighetens dag", "2026-12-05", NULL));
  g_assert_true (fv_wheel_ical_write (events, NULL, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (contents, "SUMMARY:Frivillighetens dag\r\n"));
  g_assert_false (fv_wheel_ical_write (events, NULL, bad, &error));
  g_assert_nonnull (error);
  fv_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wheel-ical/escape", test_escape);
  g_test_add_func ("/wheel-ical/calendar", test_calendar);
  g_test_add_func ("/wheel-ical/write", test_write);

  return g_test_run ();
}
