/* fv-register-report.c — the organisation register as a printed report
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Title block, a bar chart of organisations per ICNPO main group, then one
 * table per group (name, organisation number, contact, phone, e-mail) and a
 * summary with counts. It shows what the registry shows: the same filter, as
 * SQL with bound values. One query reads every row, so the counts and the
 * tables always agree. An organisation stands in the group of its first-ranked
 * category — or, when the report is filtered by a group, in that group.
 */

#define G_LOG_DOMAIN "fv-register-report"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-bar-chart.h"
#include "fv-organisation-record.h"
#include "fv-orgnr.h"
#include "fv-register-report.h"

#define UNCATEGORISED 0
#define N_GROUPS      (FV_ICNPO_N_GROUPS + 1)

enum {
  COLUMN_NAME,
  COLUMN_ORGNR,
  COLUMN_CONTACT,
  COLUMN_PHONE,
  COLUMN_EMAIL,
  N_COLUMNS
};

/* ?1 is the group the report is filtered by (0 for none); the filter's own
 * values follow from ?2 on. */
static const char query_head[] =
  "SELECT coalesce (nullif (?1, 0),"
  "                 (SELECT c.main_group FROM organisation_category oc"
  "                  JOIN icnpo_category c ON c.code = oc.category_code"
  "                  WHERE oc.organisation_id = o.id ORDER BY oc.rank LIMIT 1)) AS grp,"
  "       o.name, o.orgnr, p.name, coalesce (p.phone, o.phone), coalesce (p.email, o.email)"
  " FROM organisation o"
  " LEFT JOIN person p ON p.id = (SELECT c.person_id FROM organisation_contact c"
  "                               WHERE c.organisation_id = o.id"
  "                               ORDER BY c.rank, c.person_id LIMIT 1)"
  " WHERE ";

static const char query_tail[] =
  " ORDER BY grp IS NULL, grp, o.name_key, o.id;";

static const char *
group_name (int group)
{
  return group == UNCATEGORISED ? _("Uncategorised") : fv_icnpo_group_name (group);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text == NULL)
    return g_strdup ("");
  return g_strstrip (g_strdup (text));
}

/* Reads every organisation the filter lets through, as rows of cells per group. */
static gboolean
read_rows (FvDatabase                  *database,
           const FvOrganisationFilter  *filter,
           GPtrArray                  **groups,
           FvRegisterSummary           *summary,
           GCancellable                *cancellable,
           GError                     **error)
{
  g_autoptr(GPtrArray) values = NULL;
  g_autofree char *where = fv_organisation_filter_to_where (filter, &values);
  g_autofree char *sql = g_strconcat (query_head, where, query_tail, NULL);
  g_autoptr(sqlite3_stmt) stmt = fv_database_prepare (database, sql, error);
  guint n = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, CLAMP (filter->category_group, 0, FV_ICNPO_N_GROUPS));
  fv_organisation_filter_bind (stmt, values, 2);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int group = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? UNCATEGORISED : sqlite3_column_int (stmt, 0);
      char **cells = g_new0 (char *, N_COLUMNS + 1);
      g_autofree char *orgnr = dup_column (stmt, 2);

      if (group < 0 || group > FV_ICNPO_N_GROUPS)
        group = UNCATEGORISED;

      cells[COLUMN_NAME] = dup_column (stmt, 1);
      cells[COLUMN_ORGNR] = fv_orgnr_format (orgnr);
      cells[COLUMN_CONTACT] = dup_column (stmt, 3);
      cells[COLUMN_PHONE] = dup_column (stmt, 4);
      cells[COLUMN_EMAIL] = dup_column (stmt, 5);

      summary->total++;
      summary->per_group[group]++;
      if (*cells[COLUMN_ORGNR] == '\0')
        summary->without_orgnr++;
      if (*cells[COLUMN_CONTACT] == '\0')
        summary->without_contact++;
      if (*cells[COLUMN_EMAIL] == '\0')
        summary->without_email++;

      g_ptr_array_add (groups[group], cells);

      if (++n % 1024 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FAILED,
                   /* Translators: %s is SQLite's explanation */
                   _("Could not read the organisations: %s"),
                   sqlite3_errmsg (fv_database_get_handle (database)));
      return FALSE;
    }

  return TRUE;
}

static const char *
kind_label (const FvKind *kinds,
            guint         n_kinds,
            guint         flag)
{
  for (guint i = 0; i < n_kinds; i++)
    if (kinds[i].flag == flag)
      return _(kinds[i].label);
  return "";
}

/**
 * fv_register_report_describe_filter:
 *
 * Returns: (transfer full): which organisations the filter lets through, in
 *   words for the report's title block
 */
char *
fv_register_report_describe_filter (const FvOrganisationFilter *filter)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n_kinds;

  if (filter == NULL || fv_organisation_filter_is_empty (filter))
    return g_strdup (_("All organisations in the register"));

  if (filter->search != NULL)
    {
      g_autofree char *search = g_strstrip (g_strdup (filter->search));

      if (*search != '\0')
        /* Translators: %s is what the user searched for */
        g_ptr_array_add (parts, g_strdup_printf (_("search “%s”"), search));
    }
  if (filter->category_group > 0 && fv_icnpo_group_name (filter->category_group) != NULL)
    /* Translators: %s is an ICNPO main group, e.g. "Culture and recreation" */
    g_ptr_array_add (parts, g_strdup_printf (_("category %s"), fv_icnpo_group_name (filter->category_group)));
  if (filter->tag != NULL && *filter->tag != '\0')
    /* Translators: %s is one of the municipality's own tags, e.g. "idrett" */
    g_ptr_array_add (parts, g_strdup_printf (_("tag “%s”"), filter->tag));
  if (filter->sector != NULL && *filter->sector != '\0')
    {
      const char *sector = g_str_equal (filter->sector, "public") ? _("Public")
                           : g_str_equal (filter->sector, "business") ? _("Business")
                           : _("Voluntary");

      /* Translators: %s is Voluntary, Public or Business */
      g_ptr_array_add (parts, g_strdup_printf (_("sector %s"), sector));
    }
  if (filter->offer != 0)
    {
      const FvKind *kinds = fv_offer_kinds (&n_kinds);

      /* Translators: %s is something organisations offer, e.g. "Premises" */
      g_ptr_array_add (parts, g_strdup_printf (_("offers %s"), kind_label (kinds, n_kinds, filter->offer)));
    }
  if (filter->need != 0)
    {
      const FvKind *kinds = fv_need_kinds (&n_kinds);

      /* Translators: %s is something organisations need, e.g. "Funding" */
      g_ptr_array_add (parts, g_strdup_printf (_("needs %s"), kind_label (kinds, n_kinds, filter->need)));
    }
  if (filter->activity == FV_ACTIVITY_ACTIVE)
    g_ptr_array_add (parts, g_strdup (_("active only")));
  else if (filter->activity == FV_ACTIVITY_INACTIVE)
    g_ptr_array_add (parts, g_strdup (_("inactive only")));

  g_ptr_array_add (parts, NULL);
  {
    g_autofree char *joined = g_strjoinv ("; ", (char **) parts->pdata);

    /* Translators: %s lists the conditions, e.g. "category Health; tag “idrett”" */
    return g_strdup_printf (_("Organisations matching: %s"), joined);
  }
}

static char *
count_organisations (guint n)
{
  /* Translators: a number of organisations in the report */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u organisation", "%'u organisations", n), n);
}

static char *
format_share (guint part,
              guint total)
{
  double percent = total > 0 ? 100.0 * part / total : 0.0;

  /* Translators: a share in per cent; Norwegian puts a space before % */
  return g_strdup_printf (_("%.0f %%"), percent);
}

static void
add_title_block (FvDocument              *doc,
                 const FvRegisterSummary *summary,
                 const char              *selection)
{
  g_autofree char *escaped = g_markup_escape_text (selection, -1);
  /* Translators: the date in document headers, in g_date_time_format() notation;
   * Norwegian documents write 05.03.2026 */
  g_autofree char *date = g_date_time_format (fv_document_get_date (doc), _("%d.%m.%Y"));
  g_autofree char *count = count_organisations (summary->total);
  g_autofree char *lead = NULL;
  g_autofree char *meta = NULL;
  guint categorised = summary->total - summary->per_group[UNCATEGORISED];
  guint n_groups = 0;

  for (int g = 1; g <= FV_ICNPO_N_GROUPS; g++)
    n_groups += summary->per_group[g] > 0;

  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_TITLE, _("Organisation register"));
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_SUBTITLE,
                                    _("Voluntary organisations by ICNPO category"));

  /* Translators: the first %s says which organisations, the second is a date, %'u a count */
  meta = g_strdup_printf (_("<b>Selection:</b> %s\n<b>Date:</b> %s\n<b>Organisations:</b> %'u"),
                          escaped, date, summary->total);
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_BODY, meta);
  fv_document_add_space (doc, 6.0);

  if (summary->total == 0)
    lead = g_strdup (_("No organisations in the register match this selection."));
  else if (summary->per_group[UNCATEGORISED] == 0)
    /* Translators: the first %s is a number of organisations, %u a number of main groups */
    lead = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The selection holds %s, all with an ICNPO category, in %u main group.",
                                         "The selection holds %s, all with an ICNPO category, in %u main groups.",
                                         n_groups),
                            count, n_groups);
  else
    {
      g_autofree char *uncategorised = count_organisations (summary->per_group[UNCATEGORISED]);

      /* Translators: the first %s is a number of organisations, %u how many of them have a
       * category, the last %s how many have none (e.g. "8 organisations") */
      lead = g_strdup_printf (_("The selection holds %s. %u have an ICNPO category from "
                                "Frivillighetsregisteret or set by hand; %s have none yet."),
                              count, categorised, uncategorised);
    }
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_LEAD, lead);
}

/* The whole register shows every main group, empty ones too; a selection
 * shows only the groups it has organisations in. */
static gboolean
show_group (const FvRegisterSummary *summary,
            gboolean                 whole,
            int                      group)
{
  if (group == UNCATEGORISED || !whole)
    return summary->per_group[group] > 0;
  return TRUE;
}

static void
add_chart (FvDocument              *doc,
           const FvRegisterSummary *summary,
           gboolean                 whole)
{
  g_autoptr(FvBarChart) chart = fv_bar_chart_new ();

  for (int g = 1; g <= FV_ICNPO_N_GROUPS; g++)
    if (show_group (summary, whole, g))
      fv_bar_chart_add (chart, group_name (g), summary->per_group[g], FALSE);
  if (show_group (summary, whole, UNCATEGORISED))
    fv_bar_chart_add (chart, group_name (UNCATEGORISED), summary->per_group[UNCATEGORISED], TRUE);

  /* One bar says nothing a number would not. */
  if (fv_bar_chart_get_n_bars (chart) < 2)
    return;

  fv_document_add_heading (doc, 1, _("Organisations per category"));
  fv_document_add_bar_chart (doc, g_steal_pointer (&chart));
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_SMALL,
                                    _("Each organisation is counted once, in the main group of its "
                                      "first-ranked ICNPO category."));
}

static void
add_group_tables (FvDocument *doc,
                  GPtrArray **groups)
{
  static const double widths[N_COLUMNS] = { 33, 12.5, 19, 13, 22.5 };
  const char *header[N_COLUMNS] = {
    _("Name"), _("Org. no."), _("Contact person"), _("Phone"), _("E-mail"),
  };

  fv_document_add_heading (doc, 1, _("Organisations by category"));

  for (int i = 1; i <= N_GROUPS; i++)
    {
      int group = i % N_GROUPS;   /* 1–14, then the uncategorised last */
      GPtrArray *rows = groups[group];
      g_autofree char *title = NULL;
      g_autofree char *heading = NULL;
      g_autofree char *caption = NULL;
      FvTable *table;

      if (rows->len == 0)
        continue;

      if (group == UNCATEGORISED)
        title = g_strdup (group_name (group));
      else
        title = g_strdup_printf ("%d %s", group, group_name (group));
      heading = g_strdup_printf ("%s (%u)", title, rows->len);
      /* Translators: above a table that goes on from the page before; %s is its heading */
      caption = g_strdup_printf (_("%s (continued)"), title);
      fv_document_add_heading (doc, 2, heading);

      table = fv_document_add_table (doc, N_COLUMNS, widths);
      fv_table_set_header (table, header);
      fv_table_set_caption (table, caption);
      for (guint r = 0; r < rows->len; r++)
        fv_table_add_row (table, (const char * const *) rows->pdata[r]);
    }
}

static void
add_summary (FvDocument              *doc,
             const FvRegisterSummary *summary,
             gboolean                 whole)
{
  static const double widths[] = { 60, 20, 20 };
  const char *header[] = { _("Main group"), _("Organisations"), _("Share") };
  g_autofree char *without_orgnr = NULL;
  g_autofree char *without_contact = NULL;
  g_autofree char *without_email = NULL;
  FvTable *table;

  fv_document_add_heading (doc, 1, _("Summary"));

  table = fv_document_add_table (doc, 3, widths);
  fv_table_set_header (table, header);
  fv_table_set_align (table, 1, FV_ALIGN_END);
  fv_table_set_align (table, 2, FV_ALIGN_END);

  for (int i = 1; i <= N_GROUPS; i++)
    {
      int group = i % N_GROUPS;
      g_autofree char *label = NULL;
      g_autofree char *count = g_strdup_printf ("%'u", summary->per_group[group]);
      g_autofree char *share = format_share (summary->per_group[group], summary->total);

      if (!show_group (summary, whole, group))
        continue;
      label = group == UNCATEGORISED ? g_strdup (group_name (group))
                                     : g_strdup_printf ("%d %s", group, group_name (group));
      fv_table_add_row (table, (const char *[]) { label, count, share });
    }

  {
    g_autofree char *total = g_strdup_printf ("%'u", summary->total);
    g_autofree char *share = format_share (summary->total, summary->total);

    fv_table_add_row_full (table, FV_TABLE_ROW_STRONG, (const char *[]) { _("Total"), total, share });
  }

  fv_document_add_heading (doc, 3, _("Missing details"));
  /* Translators: %u is a number of organisations */
  without_orgnr = g_strdup_printf (_("Without an organisation number: %'u"), summary->without_orgnr);
  /* Translators: %u is a number of organisations */
  without_contact = g_strdup_printf (_("Without a contact person: %'u"), summary->without_contact);
  /* Translators: %u is a number of organisations */
  without_email = g_strdup_printf (_("Without an e-mail address: %'u"), summary->without_email);
  fv_document_add_list (doc, FALSE, (const char *[]) { without_orgnr, without_contact, without_email, NULL });
}

/**
 * fv_register_report_new:
 * @filter: (nullable): which organisations; %NULL for all
 * @summary: (out caller-allocates) (optional): what was counted
 *
 * Reads the register and builds the report. Call it in a worker thread.
 * The caller names the municipality, if it knows it, with
 * fv_document_set_author(): it is printed at the foot of every page.
 *
 * Returns: (transfer full): the document, not yet laid out, or %NULL with @error set
 */
FvDocument *
fv_register_report_new (FvDatabase                  *database,
                        const FvOrganisationFilter  *filter,
                        FvRegisterSummary           *summary,
                        GCancellable                *cancellable,
                        GError                     **error)
{
  g_autoptr(FvOrganisationFilter) empty = fv_organisation_filter_new ();
  g_autoptr(FvDocument) doc = NULL;
  g_autofree char *selection = NULL;
  GPtrArray *groups[N_GROUPS];
  FvRegisterSummary counted = { 0 };
  gboolean ok;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  if (filter == NULL)
    filter = empty;

  for (int g = 0; g < N_GROUPS; g++)
    groups[g] = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  ok = read_rows (database, filter, groups, &counted, cancellable, error);
  if (ok)
    {
      selection = fv_register_report_describe_filter (filter);

      doc = fv_document_new (FV_PAPER_A4, FV_ORIENTATION_PORTRAIT);
      fv_document_set_title (doc, _("Organisation register"));
      fv_document_set_subject (doc, selection);
      fv_document_set_keywords (doc, _("voluntary organisations, ICNPO, register"));

      add_title_block (doc, &counted, selection);
      if (counted.total > 0)
        {
          gboolean whole = fv_organisation_filter_is_empty (filter);

          add_chart (doc, &counted, whole);
          add_group_tables (doc, groups);
          add_summary (doc, &counted, whole);
        }
    }

  for (int g = 0; g < N_GROUPS; g++)
    g_ptr_array_unref (groups[g]);

  if (!ok)
    return NULL;
  if (summary != NULL)
    *summary = counted;
  return g_steal_pointer (&doc);
}

/**
 * fv_register_report_write_pdf:
 *
 * Builds the report and writes it to @path as PDF, replacing @path only when
 * everything was written.
 */
gboolean
fv_register_report_write_pdf (FvDatabase                  *database,
                              const FvOrganisationFilter  *filter,
                              const char                  *path,
                              GCancellable                *cancellable,
                              GError                     **error)
{
  g_autoptr(FvDocument) doc = fv_register_report_new (database, filter, NULL, cancellable, error);

  return doc != NULL && fv_document_write_pdf (doc, path, cancellable, error);
}
