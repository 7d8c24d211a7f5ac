/* test-cli.c — the headless command line, run as a user runs it: the real binary
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "fv-database-private.h"
#include "fv-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs frivillig with no display at all, in English unless @language is given. */
static void
run_frivillig (Run         *run,
               const char  *language,
               const char  *first_arg,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("FRIVILLIG_BINARY"));
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "FRIVILLIG_DATABASE");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  if (language != NULL)
    envp = g_environ_setenv (envp, "LANGUAGE", language, TRUE);
  else
    envp = g_environ_unsetenv (envp, "LANGUAGE");

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

static void
test_version_and_help (void)
{
  g_auto(Run) version = { 0 };
  g_auto(Run) help = { 0 };

  run_frivillig (&version, NULL, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "Frivillig "));

  run_frivillig (&help, NULL, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "check"));
  g_assert_nonnull (strstr (help.out, "backup DEST"));
  g_assert_nonnull (strstr (help.out, "demo PATH"));
  g_assert_nonnull (strstr (help.out, "--database PATH"));
  g_assert_nonnull (strstr (help.out, "person list|report|erase"));
}

static void
test_demo_check_backup (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *database_eq = g_strconcat ("--database=", path, NULL);
  g_auto(Run) demo = { 0 };
  g_auto(Run) demo_again = { 0 };
  g_auto(Run) check = { 0 };
  g_auto(Run) full = { 0 };
  g_auto(Run) copy = { 0 };
  g_auto(Run) copy_again = { 0 };
  g_auto(Run) check_copy = { 0 };

  run_frivillig (&demo, NULL, "demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);
  g_assert_nonnull (strstr (demo.out, "27 organisations"));

  /* demo never overwrites. */
  run_frivillig (&demo_again, NULL, "demo", path, NULL);
  g_assert_cmpint (demo_again.status, ==, 1);
  g_assert_nonnull (strstr (demo_again.err, "already exists"));

  /* --database may stand before or after the command. */
  run_frivillig (&check, NULL, "--database", path, "check", NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "(current)"));
  g_assert_nonnull (strstr (check.out, "Quick check: ok"));
  g_assert_nonnull (strstr (check.out, "Organisations: 27"));

  run_frivillig (&full, NULL, "check", "--full", database_eq, NULL);
  g_assert_cmpint (full.status, ==, 0);
  g_assert_nonnull (strstr (full.out, "Integrity check: ok"));

  run_frivillig (&copy, NULL, "backup", backup, "--database", path, NULL);
  g_assert_cmpint (copy.status, ==, 0);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));

  run_frivillig (&copy_again, NULL, "backup", backup, "--database", path, NULL);
  g_assert_cmpint (copy_again.status, ==, 1);
  g_assert_nonnull (strstr (copy_again.err, "already exists"));

  run_frivillig (&check_copy, NULL, "check", "--database", backup, NULL);
  g_assert_cmpint (check_copy.status, ==, 0);
  g_assert_nonnull (strstr (check_copy.out, "Organisations: 27"));

  fv_test_remove_dir (dir);
}

/* check says where the automatic copies are, and which is the newest. */
static void
test_check_shows_backups (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autofree char *folder = g_build_filename (dir, "backups", NULL);
  g_autofree char *folder_line = g_strdup_printf ("Backups: %s\n", folder);
  g_autofree char *newest_line = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) before = { 0 };
  g_auto(Run) after = { 0 };

  /* An old schema, not upgraded yet: no copies. */
  database = _fv_database_open_full (path, FV_DATABASE_OPEN_DEFAULT, 1, &error);
  g_assert_no_error (error);
  g_clear_object (&database);

  run_frivillig (&before, NULL, "check", "--database", path, NULL);
  g_assert_cmpint (before.status, ==, 0);
  g_assert_nonnull (strstr (before.out, folder_line));
  g_assert_nonnull (strstr (before.out, "Newest backup: none yet\n"));
  /* check only reads: it makes no folder. */
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  /* The upgrade copies the old file first. */
  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_object (&database);
  name = g_strdup_printf ("frivillig-before-schema-1-%s.db", date);
  newest_line = g_strdup_printf ("Newest backup: %s/%s\n", folder, name);

  run_frivillig (&after, NULL, "check", "--database", path, NULL);
  g_assert_cmpint (after.status, ==, 0);
  g_assert_nonnull (strstr (after.out, folder_line));
  g_assert_nonnull (strstr (after.out, newest_line));

  fv_test_remove_dir (dir);
}

static void
test_check_finds_damage (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) demo = { 0 };
  g_auto(Run) check = { 0 };
  g_auto(Run) backup = { 0 };
  g_autofree char *backup_path = g_build_filename (dir, "copy.db", NULL);
  gsize size;

  run_frivillig (&demo, NULL, "demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  /* Spoil the last page: the header still says "SQLite format 3". */
  before = fv_test_read_file (path);
  size = g_bytes_get_size (before);
  g_clear_pointer (&before, g_bytes_unref);
  fv_test_spoil_bytes (path, size - 4096, 4096);
  before = fv_test_read_file (path);

  run_frivillig (&check, NULL, "check", "--database", path, NULL);
  g_assert_cmpint (check.status, ==, 1);
  g_assert_nonnull (strstr (check.err, "damaged"));
  /* Where to find a copy to restore. */
  g_assert_nonnull (strstr (check.err, "Backups: "));
  fv_test_assert_same_bytes (before, path);

  run_frivillig (&backup, NULL, "backup", backup_path, "--database", path, NULL);
  g_assert_cmpint (backup.status, ==, 1);
  g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));
  fv_test_assert_same_bytes (before, path);

  fv_test_remove_dir (dir);
}

static void
test_errors (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.db", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  g_auto(Run) no_file = { 0 };
  g_auto(Run) not_db = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) no_path = { 0 };
  g_auto(Run) no_dest = { 0 };
  g_auto(Run) extra = { 0 };

  run_frivillig (&no_file, NULL, "check", "--database", missing, NULL);
  g_assert_cmpint (no_file.status, ==, 1);
  g_assert_nonnull (strstr (no_file.err, "There is no database"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  fv_test_write_file (text, "Møtereferat\n", strlen ("Møtereferat\n"));
  run_frivillig (&not_db, NULL, "check", "--database", text, NULL);
  g_assert_cmpint (not_db.status, ==, 1);
  g_assert_nonnull (strstr (not_db.err, "is not a Frivillig database"));

  run_frivillig (&unknown, NULL, "frob", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "Unknown command"));

  run_frivillig (&no_path, NULL, "check", "--database", NULL);
  g_assert_cmpint (no_path.status, ==, 2);

  run_frivillig (&no_dest, NULL, "backup", "--database", text, NULL);
  g_assert_cmpint (no_dest.status, ==, 2);
  g_assert_nonnull (strstr (no_dest.err, "needs a file name"));

  run_frivillig (&extra, NULL, "check", "surplus", NULL);
  g_assert_cmpint (extra.status, ==, 2);

  fv_test_remove_dir (dir);
}

static void
test_errors_in_users_language (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.db", NULL);
  g_auto(Run) nb = { 0 };
  g_auto(Run) nn = { 0 };

  run_frivillig (&nb, "nb", "check", "--database", missing, NULL);
  g_assert_cmpint (nb.status, ==, 1);
  g_assert_null (strstr (nb.err, "There is no database"));
  g_assert_nonnull (strstr (nb.err, missing));

  run_frivillig (&nn, "nn", "check", "--database", missing, NULL);
  g_assert_cmpint (nn.status, ==, 1);
  g_assert_null (strstr (nn.err, "There is no database"));
  g_assert_cmpstr (nn.err, !=, nb.err);

  fv_test_remove_dir (dir);
}

static void
assert_is_pdf (const char *path)
{
  g_autoptr(GBytes) bytes = fv_test_read_file (path);

  g_assert_cmpuint (g_bytes_get_size (bytes), >, 1000);
  g_assert_true (memcmp (g_bytes_get_data (bytes, NULL), "%PDF-", 5) == 0);
}

static void
test_report_register (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "register.pdf", NULL);
  g_autofree char *social = g_build_filename (dir, "social.pdf", NULL);
  g_autofree char *sport = g_build_filename (dir, "idrett.pdf", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "x.pdf", NULL);
  g_auto(Run) demo = { 0 };
  g_auto(Run) all = { 0 };
  g_auto(Run) by_category = { 0 };
  g_auto(Run) by_tag = { 0 };
  g_auto(Run) no_output = { 0 };
  g_auto(Run) no_report = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) bad_category = { 0 };
  g_auto(Run) unwritable = { 0 };
  g_auto(Run) help = { 0 };

  run_frivillig (&demo, NULL, "demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  /* --database anywhere, -o before or after the report's name. */
  run_frivillig (&all, NULL, "report", "register", "-o", pdf, "--database", path, NULL);
  g_assert_cmpint (all.status, ==, 0);
  g_assert_nonnull (strstr (all.out, "27 organisations"));
  assert_is_pdf (pdf);

  run_frivillig (&by_category, NULL, "--database", path, "report", "--category", "4", "register",
                 "--output", social, NULL);
  g_assert_cmpint (by_category.status, ==, 0);
  g_assert_null (strstr (by_category.out, "27 organisations"));
  assert_is_pdf (social);

  run_frivillig (&by_tag, NULL, "report", "register", "--tag", "idrett", "-o", sport, "--database", path, NULL);
  g_assert_cmpint (by_tag.status, ==, 0);
  g_assert_nonnull (strstr (by_tag.out, "1 organisation\n"));
  assert_is_pdf (sport);

  run_frivillig (&no_output, NULL, "report", "register", "--database", path, NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "-o FILE.pdf"));

  run_frivillig (&no_report, NULL, "report", "-o", pdf, "--database", path, NULL);
  g_assert_cmpint (no_report.status, ==, 2);

  run_frivillig (&unknown, NULL, "report", "budget", "-o", pdf, "--database", path, NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "Unknown report"));

  run_frivillig (&bad_category, NULL, "report", "register", "--category", "15", "-o", pdf,
                 "--database", path, NULL);
  g_assert_cmpint (bad_category.status, ==, 2);

  run_frivillig (&unwritable, NULL, "report", "register", "-o", nowhere, "--database", path, NULL);
  g_assert_cmpint (unwritable.status, ==, 1);
  g_assert_nonnull (strstr (unwritable.err, "Could not write the PDF file"));

  run_frivillig (&help, NULL, "--help", NULL);
  g_assert_nonnull (strstr (help.out, "report register"));

  fv_test_remove_dir (dir);
}

static void
test_report_agreement_forms (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "forms.pdf", NULL);
  g_auto(Run) demo = { 0 };
  g_auto(Run) forms = { 0 };
  g_auto(Run) default_count = { 0 };
  g_auto(Run) no_exchange = { 0 };
  g_auto(Run) bad_count = { 0 };
  g_auto(Run) unknown_exchange = { 0 };

  run_frivillig (&demo, NULL, "demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  run_frivillig (&forms, NULL, "report", "agreement-forms", "--exchange", "1", "--count", "7", "-o", pdf,
                 "--database", path, NULL);
  g_assert_cmpint (forms.status, ==, 0);
  g_assert_nonnull (strstr (forms.out, "7 agreement forms"));
  assert_is_pdf (pdf);

  run_frivillig (&default_count, NULL, "--database", path, "report", "--exchange=1", "agreement-forms",
                 "-o", pdf, NULL);
  g_assert_cmpint (default_count.status, ==, 0);
  g_assert_nonnull (strstr (default_count.out, "50 agreement forms"));

  run_frivillig (&no_exchange, NULL, "report", "agreement-forms", "-o", pdf, "--database", path, NULL);
  g_assert_cmpint (no_exchange.status, ==, 2);
  g_assert_nonnull (strstr (no_exchange.err, "--exchange"));

  run_frivillig (&bad_count, NULL, "report", "agreement-forms", "--exchange", "1", "--count", "0", "-o", pdf,
                 "--database", path, NULL);
  g_assert_cmpint (bad_count.status, ==, 2);

  run_frivillig (&unknown_exchange, NULL, "report", "agreement-forms", "--exchange", "99", "-o", pdf,
                 "--database", path, NULL);
  g_assert_cmpint (unknown_exchange.status, ==, 1);

  fv_test_remove_dir (dir);
}

/* The follow-up report of the demo exchange: its four agreements. */
static void
test_report_exchange_followup (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "followup.pdf", NULL);
  g_auto(Run) demo = { 0 };
  g_auto(Run) report = { 0 };
  g_auto(Run) no_exchange = { 0 };
  g_auto(Run) unknown_exchange = { 0 };

  run_frivillig (&demo, NULL, "demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  run_frivillig (&report, NULL, "report", "exchange-followup", "--exchange", "1", "-o", pdf,
                 "--database", path, NULL);
  g_assert_cmpint (report.status, ==, 0);
  g_assert_nonnull (strstr (report.out, "4 agreements in the report"));
  assert_is_pdf (pdf);

  run_frivillig (&no_exchange, NULL, "report", "exchange-followup", "-o", pdf, "--database", path, NULL);
  g_assert_cmpint (no_exchange.status, ==, 2);
  g_assert_nonnull (strstr (no_exchange.err, "--exchange"));

  run_frivillig (&unknown_exchange, NULL, "report", "exchange-followup", "--exchange", "99", "-o", pdf,
                 "--database", path, NULL);
  g_assert_cmpint (unknown_exchange.status, ==, 1);

  fv_test_remove_dir (dir);
}

static void
test_wheel (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "hjul.pdf", NULL);
  g_autofree char *ics = g_build_filename (dir, "hjul.ics", NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) demo = { 0 };
  g_auto(Run) report = { 0 };
  g_auto(Run) export = { 0 };
  g_auto(Run) bad_year = { 0 };
  g_auto(Run) unknown = { 0 };

  run_frivillig (&demo, NULL, "demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  run_frivillig (&report, NULL, "report", "wheel", "--year", "2022", "-o", pdf, "--database", path, NULL);
  g_assert_cmpint (report.status, ==, 0);
  g_assert_nonnull (strstr (report.out, "the annual wheel of 2022 with 7 events"));
  assert_is_pdf (pdf);

  run_frivillig (&export, NULL, "--database", path, "export", "ical", "--year=2022", ics, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_nonnull (strstr (export.out, "Exported 7 events of 2022"));
  g_assert_true (g_file_get_contents (ics, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (contents, "SUMMARY:Frivillighetens dag\r\n"));
  g_assert_nonnull (strstr (contents, "DTSTART;VALUE=DATE:20221205\r\n"));

  run_frivillig (&bad_year, NULL, "report", "wheel", "--year", "22", "-o", pdf, "--database", path, NULL);
  g_assert_cmpint (bad_year.status, ==, 2);
  run_frivillig (&unknown, NULL, "export", "vcard", ics, "--database", path, NULL);
  g_assert_cmpint (unknown.status, ==, 2);

  fv_test_remove_dir (dir);
}

static void
test_report_notat (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "notat.pdf", NULL);
  g_autofree char *nb_pdf = g_build_filename (dir, "notat-nb.pdf", NULL);
  g_auto(Run) demo = { 0 };
  g_auto(Run) report = { 0 };
  g_auto(Run) nb = { 0 };
  g_auto(Run) no_id = { 0 };
  g_auto(Run) missing = { 0 };

  run_frivillig (&demo, NULL, "demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  /* --database anywhere on the line. */
  run_frivillig (&report, NULL, "--database", path, "report", "notat", "--id", "1", "-o", pdf,
                 "--municipality", "Bærum kommune", NULL);
  g_assert_cmpint (report.status, ==, 0);
  g_assert_nonnull (strstr (report.out, "a notat of "));
  g_assert_nonnull (strstr (report.out, " pages"));
  assert_is_pdf (pdf);

  run_frivillig (&nb, "nb", "report", "notat", "-o", nb_pdf, "--id=1", "--database", path, NULL);
  g_assert_cmpint (nb.status, ==, 0);
  g_assert_cmpstr (nb.out, !=, report.out);
  assert_is_pdf (nb_pdf);

  run_frivillig (&no_id, NULL, "report", "notat", "-o", pdf, "--database", path, NULL);
  g_assert_cmpint (no_id.status, ==, 2);
  g_assert_nonnull (strstr (no_id.err, "--id"));
  run_frivillig (&missing, NULL, "report", "notat", "--id", "99", "-o", pdf, "--database", path, NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "no longer in the database"));

  fv_test_remove_dir (dir);
}

/* A report of one row by --id: written, refused without --id, refused for a
 * row that is not there. */
static void
check_report_by_id (const char *report,
                    const char *expected_out)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_auto(Run) demo = { 0 };
  g_auto(Run) written = { 0 };
  g_auto(Run) no_id = { 0 };
  g_auto(Run) missing = { 0 };

  run_frivillig (&demo, NULL, "demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  run_frivillig (&written, NULL, "report", report, "--id", "1", "-o", pdf, "--database", path, NULL);
  g_assert_cmpint (written.status, ==, 0);
  g_assert_nonnull (strstr (written.out, expected_out));
  assert_is_pdf (pdf);

  run_frivillig (&no_id, NULL, "report", report, "-o", pdf, "--database", path, NULL);
  g_assert_cmpint (no_id.status, ==, 2);
  g_assert_nonnull (strstr (no_id.err, "--id"));
  run_frivillig (&missing, NULL, "report", report, "--id", "99", "-o", pdf, "--database", path, NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "no longer in the database"));

  fv_test_remove_dir (dir);
}

static void
test_report_plan (void)
{
  check_report_by_id ("plan", "an action plan of ");
}

static void
test_report_council (void)
{
  check_report_by_id ("council", "a member list of 1 page");
}

/* Personal data: listed with where it is used, reported for innsyn, erased
 * with everything that pointed at it, and nothing touched on a wrong line. */
static void
test_person (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *report_path = g_build_filename (dir, "innsyn.txt", NULL);
  g_autofree char *report_text = NULL;
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) demo = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) search = { 0 };
  g_auto(Run) report = { 0 };
  g_auto(Run) report_file = { 0 };
  g_auto(Run) erase = { 0 };
  g_auto(Run) erase_again = { 0 };
  g_auto(Run) after = { 0 };
  g_auto(Run) wrong = { 0 };
  g_auto(Run) missing_id = { 0 };

  run_frivillig (&demo, NULL, "demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  run_frivillig (&list, NULL, "person", "list", "--database", path, NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, "1\tBjørn Lindstad\t909 79 955\tbjorn@frivillighetnorge.no\n"
                                      "\tContact person of the organisation “Frivillighet Norge”, "
                                      "role: Politisk seniorrådgiver\n"));
  g_assert_nonnull (strstr (list.out, "9002\tRepresentant for Bærum Kulturråd\n"
                                      "\tMember of “Frivillighetsrådet i Bærum”"));
  g_assert_nonnull (strstr (list.out, "8 people\n"));

  run_frivillig (&search, NULL, "person", "list", "--search", "lindstad", "--database", path, NULL);
  g_assert_cmpint (search.status, ==, 0);
  g_assert_nonnull (strstr (search.out, "Bjørn Lindstad"));
  g_assert_null (strstr (search.out, "Representant"));
  g_assert_nonnull (strstr (search.out, "1 person\n"));

  /* The report goes to stdout, or to a file with -o. */
  run_frivillig (&report, NULL, "person", "report", "1", "--database", path, NULL);
  g_assert_cmpint (report.status, ==, 0);
  g_assert_nonnull (strstr (report.out, "Name: Bjørn Lindstad\n"));
  g_assert_nonnull (strstr (report.out, "E-mail: bjorn@frivillighetnorge.no\n"));
  g_assert_nonnull (strstr (report.out, "Stored since: "));

  run_frivillig (&report_file, NULL, "person", "report", "1", "-o", report_path, "--database", path, NULL);
  g_assert_cmpint (report_file.status, ==, 0);
  g_assert_nonnull (strstr (report_file.out, "the personal data of Bjørn Lindstad"));
  g_assert_true (g_file_get_contents (report_path, &report_text, NULL, &error));
  g_assert_nonnull (strstr (report_text, "Phone: 909 79 955\n"));

  /* Erase asks nothing and says what went. */
  run_frivillig (&erase, NULL, "person", "erase", "1", "--database", path, NULL);
  g_assert_cmpint (erase.status, ==, 0);
  g_assert_nonnull (strstr (erase.out, "Erased Bjørn Lindstad (number 1)"));
  g_assert_nonnull (strstr (erase.out, "Contact person of the organisation “Frivillighet Norge”"));

  run_frivillig (&erase_again, NULL, "person", "erase", "1", "--database", path, NULL);
  g_assert_cmpint (erase_again.status, ==, 1);
  g_assert_nonnull (strstr (erase_again.err, "no person with number 1"));

  run_frivillig (&wrong, NULL, "person", "erase", "Bjørn", "--database", path, NULL);
  g_assert_cmpint (wrong.status, ==, 2);
  run_frivillig (&missing_id, NULL, "person", "report", "--database", path, NULL);
  g_assert_cmpint (missing_id.status, ==, 2);

  run_frivillig (&after, NULL, "person", "list", "--database", path, NULL);
  g_assert_null (strstr (after.out, "Lindstad"));
  g_assert_nonnull (strstr (after.out, "7 people\n"));

  database = fv_database_open (path, FV_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fv_database_query_int (database, "SELECT count(*) FROM person WHERE name LIKE '%Lindstad%';",
                                          NULL), ==, 0);
  g_assert_cmpint (fv_database_query_int (database, "SELECT count(*) FROM organisation_search"
                                                    " WHERE organisation_search MATCH '\"Lindstad\"';", NULL), ==, 0);
  g_assert_cmpint (fv_database_query_int (database, "SELECT count(*) FROM organisation"
                                                    " WHERE name = 'Frivillighet Norge';", NULL), ==, 1);
  g_clear_object (&database);

  fv_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (g_getenv ("FRIVILLIG_BINARY"));

  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/demo-check-backup", test_demo_check_backup);
  g_test_add_func ("/cli/check-shows-backups", test_check_shows_backups);
  g_test_add_func ("/cli/check-finds-damage", test_check_finds_damage);
  g_test_add_func ("/cli/errors", test_errors);
  g_test_add_func ("/cli/errors-in-users-language", test_errors_in_users_language);
  g_test_add_func ("/cli/report-register", test_report_register);
  g_test_add_func ("/cli/report-agreement-forms", test_report_agreement_forms);
  g_test_add_func ("/cli/report-exchange-followup", test_report_exchange_followup);
  g_test_add_func ("/cli/wheel", test_wheel);
  g_test_add_func ("/cli/report-notat", test_report_notat);
  g_test_add_func ("/cli/report-plan", test_report_plan);
  g_test_add_func ("/cli/report-council", test_report_council);
  g_test_add_func ("/cli/person", test_person);

  return g_test_run ();
}
