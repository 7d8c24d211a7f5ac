/* fv-cli.c — the headless command line: frivillig check|backup|demo …
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every command runs without a display, accepts --database PATH anywhere on its
 * line, prints errors on stderr in the user's language and exits non-zero on
 * failure: 1 when the work failed or found a problem, 2 when the line was wrong.
 */

#define G_LOG_DOMAIN "fv-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "fv-cli.h"
#include "fv-backups.h"
#include "fv-database.h"
#include "fv-agreement-forms.h"
#include "fv-exchange-followup.h"
#include "fv-wheel-ical.h"
#include "fv-wheel.h"
#include "fv-notat.h"
#include "fv-plan-document.h"
#include "fv-council-document.h"
#include "fv-demo.h"
#include "fv-import-skip.h"
#include "fv-organisation-import.h"
#include "fv-person-store.h"
#include "fv-register-report.h"

#define EXIT_PROBLEM 1
#define EXIT_USAGE   2

typedef struct
{
  const char *name;
  const char *parameter;     /* e.g. "DEST", or NULL */
  const char *summary;       /* translatable, marked with N_() */
  int       (*run)          (const char *database_path,
                             int         argc,
                             char      **argv);
} FvCommand;

static int run_check  (const char *database_path, int argc, char **argv);
static int run_backup (const char *database_path, int argc, char **argv);
static int run_demo   (const char *database_path, int argc, char **argv);
static int run_report (const char *database_path, int argc, char **argv);
static int run_import (const char *database_path, int argc, char **argv);
static int run_export (const char *database_path, int argc, char **argv);
static int run_person (const char *database_path, int argc, char **argv);

static const FvCommand commands[] = {
  { "check", NULL, N_("Check the database for damage and print its version"), run_check },
  { "backup", N_("DEST"), N_("Copy the database safely to the new file DEST"), run_backup },
  { "demo", N_("PATH"), N_("Create a new database with sample data at PATH"), run_demo },
  /* "brreg" and "csv" are typed as they are: not translatable. */
  { "import", "brreg|csv", N_("Import organisations: brreg FILE [--kommune NNNN] [--frivillighetsregisteret FILE], "
                             "or csv FILE; --dry-run shows what would change"), run_import },
  /* "csv" and "ical" are typed as they are: not translatable. */
  { "export", "csv|ical", N_("Export organisations as a spreadsheet: csv FILE [--search TEXT] [--tag TAG], "
                             "or the annual wheel as a calendar: ical [--year YYYY] FILE.ics"),
    run_export },
  /* "register", "agreement-forms", "exchange-followup", "wheel", "notat", "plan" and "council" name the reports and are typed as they are: not translatable. */
  { "report", "register|agreement-forms|exchange-followup|wheel|notat|plan|council",
    N_("Write a report as PDF: register -o FILE.pdf [--category N] [--tag TAG] (the organisation register), "
       "agreement-forms --exchange ID [--count N] -o FILE.pdf (numbered forms for an exchange), "
       "exchange-followup --exchange ID -o FILE.pdf (how an exchange’s agreements were kept), "
       "wheel [--year YYYY] -o FILE.pdf (the annual wheel), "
       "notat --id N -o FILE.pdf [--municipality NAME] (a notat to political committees), "
       "plan --id N -o FILE.pdf (an action plan), "
       "or council --id N -o FILE.pdf (a council’s or group’s member list)"),
    run_report },
  /* "list", "report" and "erase" are typed as they are: not translatable. */
  { "person", "list|report|erase",
    N_("Personal data (GDPR): list [--search TEXT] (the people stored and where), "
       "report ID [-o FILE] (everything stored about one person, for innsyn), "
       "or erase ID (the person and every link to them, at once and for good)"),
    run_person },
};

static const FvCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return &commands[i];

  return NULL;
}

static void
print_error (const char *message)
{
  g_printerr ("%s: %s\n", g_get_prgname (), message);
}

static int
usage_error (const char *message)
{
  print_error (message);
  /* Translators: %s is the program name */
  g_printerr (_("Run “%s --help” to see the commands.\n"), g_get_prgname ());
  return EXIT_USAGE;
}

/* Takes --database PATH / --database=PATH out of argv wherever it stands, so
 * each command sees only its own words. Returns FALSE if PATH is missing. */
static gboolean
take_database_option (GPtrArray  *args,
                      char      **database_path)
{
  for (guint i = 1; i < args->len;)
    {
      const char *arg = g_ptr_array_index (args, i);

      if (g_str_equal (arg, "--"))
        break;
      if (g_str_has_prefix (arg, "--database="))
        {
          g_free (*database_path);
          *database_path = g_strdup (arg + strlen ("--database="));
          g_ptr_array_remove_index (args, i);
        }
      else if (g_str_equal (arg, "--database"))
        {
          if (i + 1 >= args->len)
            return FALSE;
          g_free (*database_path);
          *database_path = g_strdup (g_ptr_array_index (args, i + 1));
          g_ptr_array_remove_range (args, i, 2);
        }
      else
        i++;
    }

  return TRUE;
}

/* The first word that is not an option, after --database was taken out. */
static int
find_command_index (GPtrArray *args)
{
  for (guint i = 1; i < args->len; i++)
    {
      const char *arg = g_ptr_array_index (args, i);

      if (arg[0] != '-')
        return (int) i;
    }

  return -1;
}

static gboolean
has_option (GPtrArray  *args,
            const char *long_name,
            const char *short_name)
{
  for (guint i = 1; i < args->len; i++)
    {
      const char *arg = g_ptr_array_index (args, i);

      if (g_strcmp0 (arg, long_name) == 0 || g_strcmp0 (arg, short_name) == 0)
        return TRUE;
    }

  return FALSE;
}

static GPtrArray *
copy_args (int    argc,
           char **argv)
{
  GPtrArray *args = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < argc; i++)
    g_ptr_array_add (args, g_strdup (argv[i]));

  return args;
}

/**
 * fv_cli_handles:
 *
 * Returns: %TRUE when the command line asks for a command, --version or
 *   --help, which run without a display; %FALSE when the window should open
 */
gboolean
fv_cli_handles (int    argc,
                char **argv)
{
  g_autoptr(GPtrArray) args = copy_args (argc, argv);
  g_autofree char *database_path = NULL;

  if (!take_database_option (args, &database_path))
    return TRUE; /* let the command line report the missing PATH */

  return find_command_index (args) >= 0 ||
         has_option (args, "--version", NULL) ||
         has_option (args, "--help", "-h");
}

/* printf's %-16s pads bytes; "MÅLFIL" is six letters in seven bytes. */
static void
print_row (const char *left,
           const char *right)
{
  glong width = g_utf8_strlen (left, -1);

  g_print ("  %s%*s %s\n", left, (int) MAX (0, 16 - width), "", right);
}

static void
print_help (void)
{
  g_autofree char *default_path = fv_database_get_default_path ();
  g_autofree char *default_line = NULL;

  /* Translators: %s is the program name */
  g_print (_("Usage: %s [COMMAND] [--database PATH] [OPTION…]\n"), g_get_prgname ());
  g_print ("\n%s\n", _("Frivillig keeps the municipality’s work with voluntary organisations. "
                       "Without a command, the application window opens."));
  g_print ("\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *words = g_strjoin (" ", commands[i].name,
                                          commands[i].parameter ? _(commands[i].parameter) : NULL,
                                          NULL);
      print_row (words, _(commands[i].summary));
    }
  g_print ("\n%s\n", _("Options:"));
  print_row (_("--database PATH"), _("Use the database at PATH"));
  /* Translators: %s is a file name */
  default_line = g_strdup_printf (_("(default: $FRIVILLIG_DATABASE, or %s)"), default_path);
  print_row ("", default_line);
  print_row ("--version", _("Print the version and exit"));
  print_row ("-h, --help", _("Show this help and exit"));
  g_print ("\n%s\n", _("Run “frivillig COMMAND --help” for the options of a command."));
}

/* Parses a command's own options; what remains in argv are its operands. */
static gboolean
parse_command_options (const FvCommand  *command,
                       GOptionEntry     *entries,
                       int              *argc,
                       char           ***argv,
                       GError          **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *parameter = NULL;

  parameter = g_strjoin (" ", command->name,
                         command->parameter ? _(command->parameter) : NULL, NULL);
  context = g_option_context_new (parameter);
  g_option_context_set_summary (context, _(command->summary));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  return g_option_context_parse (context, argc, argv, error);
}

static int
expect_operands (int         argc,
                 int         wanted)
{
  /* argv[0] is the program, argv[1] the command. */
  if (argc - 2 < wanted)
    return usage_error (_("This command needs a file name."));
  if (argc - 2 > wanted)
    return usage_error (_("Too many words on the command line."));

  return 0;
}

/* Where to look for a copy to restore: shown even when the database is damaged. */
static char *
describe_backups (const char *database_path)
{
  g_autofree char *folder = fv_backups_get_folder (database_path);
  g_autofree char *newest = NULL;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, _("Backups: %s\n"), folder);
  newest = fv_backups_find_newest (database_path, &error);
  if (newest != NULL)
    g_string_append_printf (text, _("Newest backup: %s\n"), newest);
  else if (error != NULL)
    /* Translators: %s is the system's explanation */
    g_string_append_printf (text, _("Newest backup: unknown (%s)\n"), error->message);
  else
    g_string_append (text, _("Newest backup: none yet\n"));

  return g_string_free (text, FALSE);
}

static int
run_check (const char  *database_path,
           int          argc,
           char       **argv)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;
  g_autofree char *backups = NULL;
  gboolean full = FALSE;
  GOptionEntry entries[] = {
    { "full", 0, 0, G_OPTION_ARG_NONE, &full,
      N_("Also run the slower integrity check and check every reference"), NULL },
    { NULL }
  };
  int latest = fv_database_get_latest_schema_version ();
  int rc;

  if (!parse_command_options (find_command ("check"), entries, &argc, &argv, &error))
    return usage_error (error->message);
  if ((rc = expect_operands (argc, 0)) != 0)
    return rc;

  database = fv_database_open (database_path, FV_DATABASE_OPEN_READ_ONLY, &error);
  if (database == NULL)
    {
      print_error (error->message);
      if (g_error_matches (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_DAMAGED))
        {
          backups = describe_backups (database_path);
          g_printerr ("%s", backups);
        }
      return EXIT_PROBLEM;
    }

  g_print (_("Database: %s\n"), database_path);
  if (fv_database_get_schema_version (database) == latest)
    g_print (_("Schema version: %d (current)\n"), latest);
  else
    /* Translators: both %d are schema versions */
    g_print (_("Schema version: %d (Frivillig will upgrade it to %d when it opens it)\n"),
             fv_database_get_schema_version (database), latest);

  backups = describe_backups (database_path);
  g_print ("%s", backups);

  if (!fv_database_check (database, full, &problems, &error))
    {
      if (error != NULL)
        print_error (error->message);
      for (guint i = 0; problems != NULL && problems[i] != NULL; i++)
        g_printerr ("  %s\n", problems[i]);
      g_printerr (_("The database is damaged. Restore it from a backup.\n"));
      return EXIT_PROBLEM;
    }

  g_print (full ? _("Integrity check: ok\n") : _("Quick check: ok\n"));
  if (fv_database_get_schema_version (database) >= 1)
    g_print (_("Organisations: %lld\n"),
             (long long) fv_database_query_int (database, "SELECT count(*) FROM organisation;", NULL));

  return 0;
}

static int
run_backup (const char  *database_path,
            int          argc,
            char       **argv)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  int rc;

  if (!parse_command_options (find_command ("backup"), NULL, &argc, &argv, &error))
    return usage_error (error->message);
  if ((rc = expect_operands (argc, 1)) != 0)
    return rc;

  database = fv_database_open (database_path, FV_DATABASE_OPEN_READ_ONLY, &error);
  if (database == NULL || !fv_database_backup (database, argv[2], NULL, &error))
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  /* Translators: the first %s is the database, the second the backup file */
  g_print (_("Backed up %s to %s\n"), database_path, argv[2]);
  return 0;
}

static int
run_demo (const char  *database_path,
          int          argc,
          char       **argv)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  int rc;

  if (!parse_command_options (find_command ("demo"), NULL, &argc, &argv, &error))
    return usage_error (error->message);
  if ((rc = expect_operands (argc, 1)) != 0)
    return rc;

  database = fv_database_open (argv[2], FV_DATABASE_OPEN_MUST_BE_NEW, &error);
  if (database == NULL || !fv_demo_fill (database, &error))
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  /* Translators: %s is a file name, %d a number of organisations */
  g_print (_("Created %s with sample data: %d organisations\n"), argv[2],
           (int) fv_database_query_int (database, "SELECT count(*) FROM organisation;", NULL));
  return 0;
}

static int
write_agreement_forms (const char *database_path,
                       gint64      exchange_id,
                       int         count,
                       const char *output)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (exchange_id <= 0)
    return usage_error (_("Name the exchange with --exchange ID."));
  if (count < 1 || count > FV_AGREEMENT_FORMS_MAX)
    {
      /* Translators: %d is the most forms one batch can have */
      g_autofree char *message = g_strdup_printf (_("The number of forms must be between 1 and %d."),
                                                  FV_AGREEMENT_FORMS_MAX);
      return usage_error (message);
    }

  database = fv_database_open (database_path, FV_DATABASE_OPEN_READ_ONLY, &error);
  if (database == NULL)
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  document = fv_agreement_forms_new_for_exchange (database, exchange_id, 1, (guint) count, &error);
  if (document == NULL || !fv_document_write_pdf (document, output, NULL, &error))
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  /* Translators: %s is a file name; the sentence goes on with the count below */
  g_print (_("Wrote %s: "), output);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u agreement form\n", "%u agreement forms\n", (guint) count),
           (guint) count);
  return 0;
}

static int
write_exchange_followup (const char *database_path,
                         gint64      exchange_id,
                         const char *output)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvDocument) document = NULL;
  g_autoptr(FvExchangeRecord) exchange = NULL;
  g_autoptr(GError) error = NULL;
  guint n_agreements;

  if (exchange_id <= 0)
    return usage_error (_("Name the exchange with --exchange ID."));

  database = fv_database_open (database_path, FV_DATABASE_OPEN_READ_ONLY, &error);
  if (database == NULL)
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  document = fv_exchange_followup_new_for_exchange (database, exchange_id, NULL, &error);
  if (document == NULL || !fv_document_write_pdf (document, output, NULL, &error))
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  exchange = fv_exchange_store_load (database, exchange_id, NULL);
  n_agreements = exchange != NULL ? exchange->n_agreements : 0;
  /* Translators: %s is a file name; the sentence goes on with the count below */
  g_print (_("Wrote %s: "), output);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u agreement in the report\n", "%u agreements in the report\n",
                        n_agreements),
           n_agreements);
  return 0;
}

static gboolean
check_year (int year)
{
  return year >= 1900 && year <= 9999;
}

static int
current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

static int
write_wheel (const char *database_path,
             int         year,
             const char *output)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvDocument) document = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  database = fv_database_open (database_path, FV_DATABASE_OPEN_READ_ONLY, &error);
  if (database == NULL)
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  events = fv_wheel_store_list_year (database, year, &error);
  if (events != NULL)
    document = fv_wheel_document_new (year, events, NULL);
  if (document == NULL || !fv_document_write_pdf (document, output, NULL, &error))
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  /* Translators: %s is a file name; the sentence goes on with the count below */
  g_print (_("Wrote %s: "), output);
  g_print (g_dngettext (GETTEXT_PACKAGE, "the annual wheel of %d with %u event\n",
                        "the annual wheel of %d with %u events\n", events->len),
           year, events->len);
  return 0;
}

/* The municipality's name from Preferences, when the settings schema is installed. */
static char *
municipality_name_from_settings (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL)
    return NULL;
  settings = g_settings_new (APP_ID);
  return g_settings_get_string (settings, "municipality-name");
}

typedef FvDocument *(*DocumentForId) (FvDatabase  *database,
                                      gint64       id,
                                      gpointer     data,
                                      GError     **error);

/* Opens the database read-only and writes what @build makes of row @id to
 * @output; NULL (with the reason printed) when either fails. */
static FvDocument *
write_document_for_id (const char    *database_path,
                       gint64         id,
                       DocumentForId  build,
                       gpointer       data,
                       const char    *output)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  database = fv_database_open (database_path, FV_DATABASE_OPEN_READ_ONLY, &error);
  if (database != NULL)
    document = build (database, id, data, &error);
  if (document == NULL || !fv_document_write_pdf (document, output, NULL, &error))
    {
      print_error (error->message);
      return NULL;
    }

  /* Translators: %s is a file name; the sentence goes on with the count below */
  g_print (_("Wrote %s: "), output);
  return g_steal_pointer (&document);
}

static FvDocument *
build_notat (FvDatabase  *database,
             gint64       id,
             gpointer     municipality,
             GError     **error)
{
  return fv_notat_document_new_for_id (database, id, municipality, error);
}

static FvDocument *
build_plan (FvDatabase  *database,
            gint64       id,
            gpointer     data,
            GError     **error)
{
  return fv_plan_document_new_for_id (database, id, error);
}

static FvDocument *
build_council (FvDatabase  *database,
               gint64       id,
               gpointer     data,
               GError     **error)
{
  return fv_council_document_new_for_id (database, id, error);
}

static int
write_notat (const char *database_path,
             gint64      notat_id,
             const char *municipality,
             const char *output)
{
  g_autoptr(FvDocument) document = NULL;
  g_autofree char *from_settings = NULL;
  guint n_pages;

  if (notat_id <= 0)
    return usage_error (_("Name the notat with --id N."));
  if (municipality == NULL)
    municipality = from_settings = municipality_name_from_settings ();

  document = write_document_for_id (database_path, notat_id, build_notat, (gpointer) municipality, output);
  if (document == NULL)
    return EXIT_PROBLEM;

  n_pages = fv_document_get_n_pages (document);
  g_print (g_dngettext (GETTEXT_PACKAGE, "a notat of %u page\n", "a notat of %u pages\n", n_pages), n_pages);
  return 0;
}

static int
write_plan (const char *database_path,
            gint64      plan_id,
            const char *output)
{
  g_autoptr(FvDocument) document = NULL;
  guint n_pages;

  if (plan_id <= 0)
    return usage_error (_("Name the action plan with --id N."));

  document = write_document_for_id (database_path, plan_id, build_plan, NULL, output);
  if (document == NULL)
    return EXIT_PROBLEM;

  n_pages = fv_document_get_n_pages (document);
  g_print (g_dngettext (GETTEXT_PACKAGE, "an action plan of %u page\n", "an action plan of %u pages\n",
                        n_pages), n_pages);
  return 0;
}

static int
write_council (const char *database_path,
               gint64      group_id,
               const char *output)
{
  g_autoptr(FvDocument) document = NULL;
  guint n_pages;

  if (group_id <= 0)
    return usage_error (_("Name the council or group with --id N."));

  document = write_document_for_id (database_path, group_id, build_council, NULL, output);
  if (document == NULL)
    return EXIT_PROBLEM;

  n_pages = fv_document_get_n_pages (document);
  g_print (g_dngettext (GETTEXT_PACKAGE, "a member list of %u page\n", "a member list of %u pages\n",
                        n_pages), n_pages);
  return 0;
}

static int
run_report (const char  *database_path,
            int          argc,
            char       **argv)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();
  g_autoptr(FvDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *tag = NULL;
  g_autofree char *municipality = NULL;
  gint64 notat_id = 0;
  FvRegisterSummary summary;
  int category = 0;
  gint64 exchange_id = 0;
  int count = 50;
  int year = 0;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
    { "category", 0, 0, G_OPTION_ARG_INT, &category,
      N_("Only organisations in ICNPO main group N (1–14)"), N_("N") },
    { "tag", 0, 0, G_OPTION_ARG_STRING, &tag, N_("Only organisations with the tag TAG"), N_("TAG") },
    { "exchange", 0, 0, G_OPTION_ARG_INT64, &exchange_id,
      N_("Agreement forms or follow-up for the exchange with number ID"), N_("ID") },
    { "count", 0, 0, G_OPTION_ARG_INT, &count, N_("How many agreement forms (default 50)"), N_("N") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year of the annual wheel (default this year)"), N_("YYYY") },
    { "id", 0, 0, G_OPTION_ARG_INT64, &notat_id, N_("The notat, action plan or council with number N"), N_("N") },
    { "municipality", 0, 0, G_OPTION_ARG_STRING, &municipality,
      N_("The municipality’s name on the notat or the register (default from Preferences)"), N_("NAME") },
    { NULL }
  };

  if (!parse_command_options (find_command ("report"), entries, &argc, &argv, &error))
    return usage_error (error->message);
  if (argc - 2 < 1)
    return usage_error (_("Name the report to write: register, agreement-forms, exchange-followup, wheel, notat, "
                          "plan or council."));
  if (argc - 2 > 1)
    return usage_error (_("Too many words on the command line."));
  if (!g_str_equal (argv[2], "register") && !g_str_equal (argv[2], "agreement-forms") &&
      !g_str_equal (argv[2], "exchange-followup") && !g_str_equal (argv[2], "wheel") && !g_str_equal (argv[2], "notat") && !g_str_equal (argv[2], "plan") &&
      !g_str_equal (argv[2], "council"))
    {
      /* Translators: %s is what the user typed; "register", "agreement-forms", "exchange-followup", "wheel", "notat", "plan" and "council" are typed as is */
      g_autofree char *message = g_strdup_printf (_("Unknown report “%s”. The reports are: register, agreement-forms, exchange-followup, wheel, notat, plan, council."),
                                                  argv[2]);
      return usage_error (message);
    }
  if (output == NULL || *output == '\0')
    return usage_error (_("Name the PDF file to write with -o FILE.pdf."));
  if (g_str_equal (argv[2], "agreement-forms"))
    return write_agreement_forms (database_path, exchange_id, count, output);
  if (g_str_equal (argv[2], "exchange-followup"))
    return write_exchange_followup (database_path, exchange_id, output);
  if (g_str_equal (argv[2], "notat"))
    return write_notat (database_path, notat_id, municipality, output);
  if (g_str_equal (argv[2], "plan"))
    return write_plan (database_path, notat_id, output);
  if (g_str_equal (argv[2], "council"))
    return write_council (database_path, notat_id, output);
  if (g_str_equal (argv[2], "wheel"))
    {
      if (year == 0)
        year = current_year ();
      if (!check_year (year))
        return usage_error (_("The year must be written with four digits, for example 2026."));
      return write_wheel (database_path, year, output);
    }
  if (category < 0 || category > FV_ICNPO_N_GROUPS)
    return usage_error (_("The category must be an ICNPO main group from 1 to 14."));

  filter->category_group = category;
  filter->tag = g_steal_pointer (&tag);

  database = fv_database_open (database_path, FV_DATABASE_OPEN_READ_ONLY, &error);
  if (database == NULL)
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  document = fv_register_report_new (database, filter, &summary, NULL, &error);
  if (municipality == NULL)
    municipality = municipality_name_from_settings ();
  if (document != NULL && municipality != NULL && *municipality != '\0')
    fv_document_set_author (document, municipality);
  if (document == NULL || !fv_document_write_pdf (document, output, NULL, &error))
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  /* Translators: %s is a file name; the sentence goes on with the counts below */
  g_print (_("Wrote %s: "), output);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u page, ", "%u pages, ", fv_document_get_n_pages (document)),
           fv_document_get_n_pages (document));
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u organisation\n", "%u organisations\n", summary.total),
           summary.total);
  return 0;
}

/**
 * fv_cli_run:
 *
 * Runs the command on the line. Returns: the process exit status
 */
int
fv_cli_run (int    argc,
            char **argv)
{
  g_autoptr(GPtrArray) args = copy_args (argc, argv);
  g_autofree char *database_path = NULL;
  const FvCommand *command;
  int index;

  g_set_prgname ("frivillig");

  if (!take_database_option (args, &database_path))
    return usage_error (_("--database needs a file name."));
  if (database_path == NULL)
    database_path = fv_database_get_default_path ();

  index = find_command_index (args);
  if (index < 0)
    {
      if (has_option (args, "--version", NULL))
        {
          g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
          return 0;
        }
      print_help ();
      return has_option (args, "--help", "-h") ? 0 : EXIT_USAGE;
    }

  command = find_command (g_ptr_array_index (args, index));
  if (command == NULL)
    {
      /* Translators: %s is what the user typed */
      g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."),
                                                  (char *) g_ptr_array_index (args, index));
      return usage_error (message);
    }

  /* Put the command second, as each command expects: frivillig COMMAND [OPTION…] [OPERAND…] */
  g_ptr_array_insert (args, 1, g_ptr_array_steal_index (args, index));
  g_ptr_array_add (args, NULL);

  {
    int command_argc = (int) args->len - 1;
    char **command_argv = g_memdup2 (args->pdata, sizeof (char *) * args->len);
    int status = command->run (database_path, command_argc, command_argv);

    /* g_option_context_parse may have reshuffled the copy; the strings stay owned by args. */
    g_free (command_argv);
    return status;
  }
}

/* Import and export ---------------------------------------------------------------- */

/* The municipality chosen in Preferences, when the settings schema is installed. */
static char *
municipality_from_settings (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL)
    return NULL;
  settings = g_settings_new (APP_ID);
  return g_settings_get_string (settings, "municipality-number");
}

static void
print_skipped (GPtrArray *skipped,
               gboolean   to_stderr)
{
  for (guint i = 0; skipped != NULL && i < skipped->len; i++)
    {
      g_autofree char *line = fv_import_skip_describe (g_ptr_array_index (skipped, i));

      if (to_stderr)
        g_printerr ("  %s\n", line);
      else
        g_print ("  %s\n", line);
    }
}

static void
print_plan (FvImportPlan *plan)
{
  GPtrArray *skipped = fv_import_plan_get_skipped (plan);

  /* Translators: a summary of an import; each %u is a number of organisations */
  g_print (_("New: %u, updated: %u, unchanged: %u, skipped: %u\n"),
           fv_import_plan_count (plan, FV_IMPORT_NEW), fv_import_plan_count (plan, FV_IMPORT_UPDATED),
           fv_import_plan_count (plan, FV_IMPORT_UNCHANGED), skipped->len);
  for (guint i = 0; i < fv_import_plan_get_items (plan)->len; i++)
    {
      FvImportItem *item = g_ptr_array_index (fv_import_plan_get_items (plan), i);

      if (item->action == FV_IMPORT_UPDATED)
        /* Translators: an organisation an import changes, and what changes */
        g_print (_("  Updated: %s (%s)\n"), item->record->name, item->changes);
    }
  if (skipped->len > 0)
    {
      g_print ("%s\n", _("Skipped:"));
      print_skipped (skipped, FALSE);
    }
}

static int
run_import (const char  *database_path,
            int          argc,
            char       **argv)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvImportRequest) request = NULL;
  g_autoptr(FvImportPlan) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *kommune = NULL;
  g_autofree char *categories = NULL;
  gboolean dry_run = FALSE;
  gboolean is_register;
  GOptionEntry entries[] = {
    { "kommune", 0, 0, G_OPTION_ARG_STRING, &kommune,
      N_("Import the organisations of municipality NNNN (default: as in Preferences)"), N_("NNNN") },
    { "frivillighetsregisteret", 0, 0, G_OPTION_ARG_FILENAME, &categories,
      N_("Add ICNPO categories from this Frivillighetsregisteret file"), N_("FILE") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Show what would change, and change nothing"), NULL },
    { NULL }
  };
  int rc;

  if (!parse_command_options (find_command ("import"), entries, &argc, &argv, &error))
    return usage_error (error->message);
  if ((rc = expect_operands (argc, 2)) != 0)
    return rc;
  if (!g_str_equal (argv[2], "brreg") && !g_str_equal (argv[2], "csv"))
    return usage_error (_("Import from brreg (the national registers) or csv (a spreadsheet)."));

  is_register = g_str_equal (argv[2], "brreg");
  file = g_file_new_for_commandline_arg (argv[3]);
  request = fv_import_request_new (is_register ? FV_IMPORT_FILE_NATIONAL_REGISTER : FV_IMPORT_FILE_SPREADSHEET,
                                   file);
  if (is_register)
    {
      request->municipality_number = kommune ? g_strdup (kommune) : municipality_from_settings ();
      if (categories != NULL)
        request->frivillighetsregisteret = g_file_new_for_commandline_arg (categories);
    }

  database = fv_database_open (database_path, FV_DATABASE_OPEN_DEFAULT, &error);
  if (database == NULL)
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  plan = fv_organisation_import_prepare (database, request, NULL, NULL, &problems, NULL, &error);
  if (plan == NULL)
    {
      print_error (error->message);
      print_skipped (problems, TRUE);
      g_printerr ("%s\n", _("Nothing was changed."));
      return EXIT_PROBLEM;
    }

  print_plan (plan);
  if (dry_run)
    {
      g_print ("%s\n", _("Dry run: nothing was changed."));
      return 0;
    }

  if (!fv_import_plan_commit (plan, database, NULL, NULL, NULL, &error))
    {
      print_error (error->message);
      g_printerr ("%s\n", _("Nothing was changed."));
      return EXIT_PROBLEM;
    }

  g_print ("%s\n", _("Imported."));
  return 0;
}

static int
run_export (const char  *database_path,
            int          argc,
            char       **argv)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &filter->search,
      N_("Only organisations found by TEXT, as in the search field"), N_("TEXT") },
    { "tag", 0, 0, G_OPTION_ARG_STRING, &filter->tag, N_("Only organisations with the tag TAG"), N_("TAG") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year of the annual wheel (default this year)"), N_("YYYY") },
    { NULL }
  };
  guint n_written = 0;
  int rc;

  if (!parse_command_options (find_command ("export"), entries, &argc, &argv, &error))
    return usage_error (error->message);
  if ((rc = expect_operands (argc, 2)) != 0)
    return rc;
  if (g_str_equal (argv[2], "ical"))
    {
      g_autoptr(GPtrArray) events = NULL;
      g_autofree char *name = NULL;

      if (year == 0)
        year = current_year ();
      if (!check_year (year))
        return usage_error (_("The year must be written with four digits, for example 2026."));
      database = fv_database_open (database_path, FV_DATABASE_OPEN_MUST_EXIST | FV_DATABASE_OPEN_READ_ONLY,
                                   &error);
      if (database != NULL)
        events = fv_wheel_store_list_year (database, year, &error);
      file = g_file_new_for_commandline_arg (argv[3]);
      /* Translators: the calendar's name in calendar applications; %d is the year */
      name = g_strdup_printf (_("Annual wheel %d"), year);
      if (events == NULL || !fv_wheel_ical_write (events, name, file, &error))
        {
          print_error (error->message);
          return EXIT_PROBLEM;
        }
      /* Translators: %u events of the year %d were written to the file %s */
      g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u event of %d to %s\n",
                            "Exported %u events of %d to %s\n", events->len), events->len, year, argv[3]);
      return 0;
    }
  if (!g_str_equal (argv[2], "csv"))
    return usage_error (_("Export as csv (a spreadsheet) or ical (the annual wheel as a calendar)."));

  database = fv_database_open (database_path, FV_DATABASE_OPEN_MUST_EXIST, &error);
  file = g_file_new_for_commandline_arg (argv[3]);
  if (database == NULL ||
      !fv_organisation_export_spreadsheet (database, filter, file, &n_written, NULL, &error))
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  /* Translators: %u organisations were written to the file %s */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u organisation to %s\n",
                        "Exported %u organisations to %s\n", n_written), n_written, argv[3]);
  return 0;
}

/* Personal data ---------------------------------------------------------------- */

static void
print_person (const FvPerson *person)
{
  g_print ("%" G_GINT64_FORMAT "\t%s", person->id, person->name);
  if (person->phone != NULL)
    g_print ("\t%s", person->phone);
  if (person->email != NULL)
    g_print ("\t%s", person->email);
  g_print ("\n");
  for (guint i = 0; i < person->links->len; i++)
    {
      g_autofree char *line = fv_person_link_describe (g_ptr_array_index (person->links, i));

      g_print ("\t%s\n", line);
    }
}

static int
list_people (FvDatabase *database,
             const char *search)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;

  people = fv_person_store_list (database, search, &error);
  if (people == NULL)
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  for (guint i = 0; i < people->len; i++)
    print_person (g_ptr_array_index (people, i));
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u person\n", "%u people\n", people->len), people->len);
  return 0;
}

static int
report_person (FvDatabase *database,
               gint64      id,
               const char *output)
{
  g_autoptr(FvPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  person = fv_person_store_load (database, id, &error);
  if (person == NULL)
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  if (output == NULL)
    {
      g_autofree char *text = fv_person_report_text (person, NULL);

      g_print ("%s", text);
      return 0;
    }

  file = g_file_new_for_commandline_arg (output);
  if (!fv_person_report_write (person, file, NULL, &error))
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }
  /* Translators: %s is a file name, then a person's name */
  g_print (_("Wrote %s: the personal data of %s\n"), output, person->name);
  return 0;
}

static int
erase_person (FvDatabase *database,
              gint64      id)
{
  g_autoptr(FvPerson) erased = NULL;
  g_autoptr(GError) error = NULL;

  if (!fv_person_store_erase (database, id, &erased, &error))
    {
      print_error (error->message);
      g_printerr ("%s\n", _("Nothing was changed."));
      return EXIT_PROBLEM;
    }

  /* Translators: %s is a person's name, %lld their number */
  g_print (_("Erased %s (number %lld): name, phone, e-mail and notes\n"), erased->name, (long long) erased->id);
  for (guint i = 0; i < erased->links->len; i++)
    {
      g_autofree char *line = fv_person_link_describe (g_ptr_array_index (erased->links, i));

      /* Translators: a place a person's data was used, as a line of "frivillig person erase" */
      g_print (_("  and their place as: %s\n"), line);
    }
  return 0;
}

/* A person's number as typed: a positive whole number, or 0. */
static gint64
parse_person_id (const char *text)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return 0;
  return (gint64) value;
}

static int
run_person (const char  *database_path,
            int          argc,
            char       **argv)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *search = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &search, N_("Only people whose name holds TEXT"), N_("TEXT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the report to FILE instead of printing it"), N_("FILE") },
    { NULL }
  };
  gboolean listing;
  gint64 id = 0;

  if (!parse_command_options (find_command ("person"), entries, &argc, &argv, &error))
    return usage_error (error->message);
  if (argc - 2 < 1 || (!g_str_equal (argv[2], "list") && !g_str_equal (argv[2], "report") &&
                       !g_str_equal (argv[2], "erase")))
    return usage_error (_("Say what to do with personal data: list, report ID or erase ID."));

  listing = g_str_equal (argv[2], "list");
  if (listing && argc - 2 > 1)
    return usage_error (_("Too many words on the command line."));
  if (!listing)
    {
      if (argc - 2 < 2)
        return usage_error (_("Name the person by their number, as “frivillig person list” shows it."));
      if (argc - 2 > 2)
        return usage_error (_("Too many words on the command line."));
      id = parse_person_id (argv[3]);
      if (id <= 0)
        return usage_error (_("A person’s number is a whole number, as “frivillig person list” shows it."));
    }
  if (output != NULL && !g_str_equal (argv[2], "report"))
    return usage_error (_("Only “person report” writes a file (-o FILE)."));
  if (search != NULL && !listing)
    return usage_error (_("Only “person list” searches (--search TEXT)."));

  database = fv_database_open (database_path,
                               g_str_equal (argv[2], "erase") ? FV_DATABASE_OPEN_MUST_EXIST
                                                              : FV_DATABASE_OPEN_READ_ONLY,
                               &error);
  if (database == NULL)
    {
      print_error (error->message);
      return EXIT_PROBLEM;
    }

  if (listing)
    return list_people (database, search);
  if (g_str_equal (argv[2], "report"))
    return report_person (database, id, output);
  return erase_person (database, id);
}
