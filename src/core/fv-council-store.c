/* fv-council-store.c — the council (frivillighetsråd) and reference groups
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A group is one row of `council_group`; its members are `council_member`
 * rows pointing at a `person` (their personal data) and perhaps at the
 * organisation they represent; its meetings are `meeting` rows with the
 * input (`innspill`) given there. Every write is one short transaction with
 * bound values and notes the change "council". A member removed, or a group
 * deleted, erases the person unless something else still points at them.
 */

#define G_LOG_DOMAIN "fv-council-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fv-council-store.h"
#include "fv-sql.h"
#include "fv-validate.h"

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
#define CHANGE "council"

/* Kinds --------------------------------------------------------------------- */

static const char * const council_kind_names[FV_COUNCIL_N_KINDS] = {
  "council", "reference-group",
};

static const char * const meeting_kind_names[FV_MEETING_N_KINDS] = {
  "meeting", "dialogue-meeting", "cafe-dialogue", "evening-conference",
};

const char *
fv_council_kind_to_string (FvCouncilKind kind)
{
  g_return_val_if_fail (kind < FV_COUNCIL_N_KINDS, "council");
  return council_kind_names[kind];
}

FvCouncilKind
fv_council_kind_from_string (const char *text)
{
  for (guint i = 0; i < FV_COUNCIL_N_KINDS; i++)
    if (g_strcmp0 (text, council_kind_names[i]) == 0)
      return (FvCouncilKind) i;
  return FV_COUNCIL_KIND_COUNCIL;
}

const char *
fv_council_kind_label (FvCouncilKind kind)
{
  if (kind == FV_COUNCIL_KIND_REFERENCE_GROUP)
    /* Translators: a kind of group: a referansegruppe */
    return _("Reference group");
  /* Translators: a kind of group: the frivillighetsråd */
  return _("Volunteering council");
}

const char *
fv_meeting_kind_to_string (FvMeetingKind kind)
{
  g_return_val_if_fail (kind < FV_MEETING_N_KINDS, "meeting");
  return meeting_kind_names[kind];
}

FvMeetingKind
fv_meeting_kind_from_string (const char *text)
{
  for (guint i = 0; i < FV_MEETING_N_KINDS; i++)
    if (g_strcmp0 (text, meeting_kind_names[i]) == 0)
      return (FvMeetingKind) i;
  return FV_MEETING_KIND_MEETING;
}

const char *
fv_meeting_kind_label (FvMeetingKind kind)
{
  switch (kind)
    {
    case FV_MEETING_KIND_DIALOGUE_MEETING:
      /* Translators: a kind of meeting: a dialogmøte */
      return _("Dialogue meeting");
    case FV_MEETING_KIND_CAFE_DIALOGUE:
      /* Translators: a kind of meeting: a kafédialog */
      return _("Café dialogue");
    case FV_MEETING_KIND_EVENING_CONFERENCE:
      /* Translators: a kind of meeting: a kveldskonferanse */
      return _("Evening conference");
    case FV_MEETING_KIND_MEETING:
    case FV_MEETING_N_KINDS:
    default:
      /* Translators: a kind of meeting: an ordinary møte */
      return _("Meeting");
    }
}

/* Records ------------------------------------------------------------------- */

FvCouncilMember *
fv_council_member_new (void)
{
  return g_new0 (FvCouncilMember, 1);
}

void
fv_council_member_free (FvCouncilMember *member)
{
  if (member == NULL)
    return;
  g_free (member->name);
  g_free (member->phone);
  g_free (member->email);
  g_free (member->organisation);
  g_free (member->role);
  g_free (member->term_start);
  g_free (member->term_end);
  g_free (member);
}

FvCouncilMember *
fv_council_member_copy (const FvCouncilMember *member)
{
  FvCouncilMember *copy = fv_council_member_new ();

  g_return_val_if_fail (member != NULL, copy);

  *copy = *member;
  copy->name = g_strdup (member->name);
  copy->phone = g_strdup (member->phone);
  copy->email = g_strdup (member->email);
  copy->organisation = g_strdup (member->organisation);
  copy->role = g_strdup (member->role);
  copy->term_start = g_strdup (member->term_start);
  copy->term_end = g_strdup (member->term_end);
  return copy;
}

FvInnspill *
fv_innspill_new (void)
{
  return g_new0 (FvInnspill, 1);
}

void
fv_innspill_free (FvInnspill *innspill)
{
  if (innspill == NULL)
    return;
  g_free (innspill->organisation);
  g_free (innspill->text);
  g_free (innspill->theme);
  g_free (innspill);
}

FvInnspill *
fv_innspill_copy (const FvInnspill *innspill)
{
  FvInnspill *copy = fv_innspill_new ();

  g_return_val_if_fail (innspill != NULL, copy);

  *copy = *innspill;
  copy->organisation = g_strdup (innspill->organisation);
  copy->text = g_strdup (innspill->text);
  copy->theme = g_strdup (innspill->theme);
  return copy;
}

FvMeeting *
fv_meeting_new (void)
{
  FvMeeting *meeting = g_new0 (FvMeeting, 1);

  meeting->innspill = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_innspill_free);
  return meeting;
}

void
fv_meeting_free (FvMeeting *meeting)
{
  if (meeting == NULL)
    return;
  g_free (meeting->date);
  g_free (meeting->place);
  g_free (meeting->notes);
  g_clear_pointer (&meeting->innspill, g_ptr_array_unref);
  g_free (meeting);
}

FvMeeting *
fv_meeting_copy (const FvMeeting *meeting)
{
  FvMeeting *copy = fv_meeting_new ();
  GPtrArray *innspill = copy->innspill;

  g_return_val_if_fail (meeting != NULL, copy);

  *copy = *meeting;
  copy->date = g_strdup (meeting->date);
  copy->place = g_strdup (meeting->place);
  copy->notes = g_strdup (meeting->notes);
  copy->innspill = innspill;
  for (guint i = 0; i < meeting->innspill->len; i++)
    g_ptr_array_add (copy->innspill, fv_innspill_copy (meeting->innspill->pdata[i]));
  return copy;
}

FvCouncilGroup *
fv_council_group_new (void)
{
  FvCouncilGroup *group = g_new0 (FvCouncilGroup, 1);

  group->members = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_council_member_free);
  group->meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_meeting_free);
  return group;
}

void
fv_council_group_free (FvCouncilGroup *group)
{
  if (group == NULL)
    return;
  g_free (group->name);
  g_free (group->description);
  g_free (group->created_at);
  g_free (group->updated_at);
  g_clear_pointer (&group->members, g_ptr_array_unref);
  g_clear_pointer (&group->meetings, g_ptr_array_unref);
  g_free (group);
}

/**
 * fv_council_group_copy:
 *
 * Returns: (transfer full): a deep copy, members and meetings included: what
 *   a worker thread may read while the page goes on changing its own
 */
FvCouncilGroup *
fv_council_group_copy (const FvCouncilGroup *group)
{
  FvCouncilGroup *copy = fv_council_group_new ();

  g_return_val_if_fail (group != NULL, copy);

  copy->id = group->id;
  copy->name = g_strdup (group->name);
  copy->kind = group->kind;
  copy->description = g_strdup (group->description);
  copy->created_at = g_strdup (group->created_at);
  copy->updated_at = g_strdup (group->updated_at);
  for (guint i = 0; i < group->members->len; i++)
    g_ptr_array_add (copy->members, fv_council_member_copy (group->members->pdata[i]));
  for (guint i = 0; i < group->meetings->len; i++)
    g_ptr_array_add (copy->meetings, fv_meeting_copy (group->meetings->pdata[i]));
  return copy;
}

gboolean
fv_council_date_is_valid (const char *iso)
{
  return fv_iso_date_parse (iso, NULL);
}

/**
 * fv_council_group_check:
 *
 * Returns: (transfer full) (element-type FvFieldProblem): what is wrong with
 *   the group's own fields, empty when nothing is
 */
GPtrArray *
fv_council_group_check (const FvCouncilGroup *group)
{
  GPtrArray *problems = fv_field_problems_new ();

  if (fv_text_is_blank (group->name))
    fv_field_problems_add (problems, "name", _("The group needs a name."));
  return problems;
}

/**
 * fv_council_member_check:
 *
 * Returns: (transfer full) (element-type FvFieldProblem): what is wrong, empty
 *   when nothing is
 */
GPtrArray *
fv_council_member_check (const FvCouncilMember *member)
{
  GPtrArray *problems = fv_field_problems_new ();
  GError *error = NULL;

  if (fv_text_is_blank (member->name))
    fv_field_problems_add (problems, "name", _("Write the member’s name."));
  /* Phone and e-mail are checked as the organisation editor checks them, so
   * one person's data reads the same wherever it was typed. */
  if (!fv_validate_phone (member->phone, &error))
    {
      fv_field_problems_take (problems, "phone", g_strdup (error->message));
      g_clear_error (&error);
    }
  if (!fv_validate_email (member->email, &error))
    {
      fv_field_problems_take (problems, "email", g_strdup (error->message));
      g_clear_error (&error);
    }
  if ((!fv_text_is_blank (member->term_start) && !fv_council_date_is_valid (member->term_start)) ||
      (!fv_text_is_blank (member->term_end) && !fv_council_date_is_valid (member->term_end)))
    fv_field_problems_add (problems, "term",
                           _("Write the term as day.month.year–day.month.year, for example "
                             "01.01.2024–31.12.2025, or leave it empty."));
  else if (!fv_text_is_blank (member->term_start) && !fv_text_is_blank (member->term_end) &&
           strcmp (member->term_start, member->term_end) > 0)
    fv_field_problems_add (problems, "term", _("The term ends before it starts."));
  return problems;
}

/**
 * fv_meeting_check:
 *
 * Returns: (transfer full) (element-type FvFieldProblem): what is wrong, empty
 *   when nothing is
 */
GPtrArray *
fv_meeting_check (const FvMeeting *meeting)
{
  GPtrArray *problems = fv_field_problems_new ();

  if (!fv_council_date_is_valid (meeting->date))
    fv_field_problems_add (problems, "date",
                           _("Write the meeting’s date as day.month.year, for example 04.09.2019."));
  for (guint i = 0; meeting->innspill != NULL && i < meeting->innspill->len; i++)
    if (fv_text_is_blank (((FvInnspill *) meeting->innspill->pdata[i])->text))
      {
        fv_field_problems_add (problems, "innspill", _("Write the input."));
        break;
      }
  return problems;
}

static void
append_date (GString    *out,
             const char *iso)
{
  int y, m, d;

  if (iso != NULL && sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) == 3)
    g_string_append_printf (out, "%02d.%02d.%04d", d, m, y);
}

/**
 * fv_council_member_format_term:
 *
 * Returns: (transfer full): the term as "dd.mm.yyyy–dd.mm.yyyy", "" if none
 */
char *
fv_council_member_format_term (const FvCouncilMember *member)
{
  GString *out = g_string_new (NULL);

  if (fv_text_is_blank (member->term_start) && fv_text_is_blank (member->term_end))
    return g_string_free (out, FALSE);
  append_date (out, member->term_start);
  g_string_append (out, "–");
  append_date (out, member->term_end);
  return g_string_free (out, FALSE);
}

/**
 * fv_council_member_term_has_ended:
 * @today: (nullable): today as an ISO 8601 date, or %NULL for the local date
 *
 * Returns: whether the member's term ended before @today
 */
gboolean
fv_council_member_term_has_ended (const FvCouncilMember *member,
                                  const char            *today)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *local = NULL;

  g_return_val_if_fail (member != NULL, FALSE);

  if (!fv_council_date_is_valid (member->term_end))
    return FALSE;
  if (today == NULL)
    {
      now = g_date_time_new_now_local ();
      today = local = g_date_time_format (now, "%Y-%m-%d");
    }
  /* ISO dates sort as text */
  return strcmp (member->term_end, today) < 0;
}

/* Helpers ------------------------------------------------------------------- */

static void
set_read_error (FvDatabase  *database,
                GError     **error)
{
  g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FAILED,
               /* Translators: %s is SQLite's explanation */
               _("Could not read the councils and groups: %s"),
               sqlite3_errmsg (fv_database_get_handle (database)));
}

static void
set_gone_error (GError **error)
{
  g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
                       _("The group is no longer in the database."));
}

static void
set_member_gone_error (GError **error)
{
  g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
                       _("The member is no longer in the group."));
}

static gboolean
set_problem_error (GPtrArray  *problems,
                   GError    **error)
{
  FvFieldProblem *first;

  if (problems->len == 0)
    return FALSE;
  first = problems->pdata[0];
  g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT, first->message);
  return TRUE;
}

static char *
strip_or_null (const char *text)
{
  if (fv_text_is_blank (text))
    return NULL;
  return g_strstrip (g_strdup (text));
}

/* Runs a one-row write in the open transaction, then commits and notes the change. */
static gboolean
run_write (FvDatabase    *database,
           sqlite3_stmt  *stmt,
           gint64         changed_id,
           GError       **error)
{
  if (stmt == NULL || !fv_database_step_done (database, stmt, error))
    goto fail;
  if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      set_gone_error (error);
      goto fail;
    }
  fv_database_note_change (database, CHANGE, changed_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/* Deletes the row with @sql (?1 the row) in a transaction of its own; a row
 * already gone is reported, as with any other write of the group. */
static gboolean
delete_row (FvDatabase  *database,
            const char  *sql,
            gint64       id,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!fv_database_begin (database, error))
    return FALSE;
  stmt = fv_database_prepare (database, sql, error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  return run_write (database, stmt, 0, error);
}

/* Erases a person nobody points at any more: we keep no personal data we do not need. */
static gboolean
erase_person_if_unused (FvDatabase  *database,
                        gint64       person_id,
                        GError     **error)
{
  if (!fv_database_run_with_id (database,
                                "DELETE FROM person WHERE id = ?1"
                                " AND NOT EXISTS (SELECT 1 FROM organisation_contact WHERE person_id = ?1)"
                                " AND NOT EXISTS (SELECT 1 FROM council_member WHERE person_id = ?1);",
                                person_id, error))
    return FALSE;
  fv_database_note_change (database, "person", person_id);
  return TRUE;
}

/**
 * fv_council_store_find_organisation:
 *
 * Returns: the register's organisation with this name (ignoring case), or 0
 */
gint64
fv_council_store_find_organisation (FvDatabase *database,
                                    const char *name)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), 0);

  if (fv_text_is_blank (name))
    return 0;
  folded = g_utf8_casefold (g_strstrip (g_strdup (name)), -1);
  stmt = fv_database_prepare (database, "SELECT id, name FROM organisation ORDER BY active DESC, id;", NULL);
  if (stmt == NULL)
    return 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *other = g_utf8_casefold ((const char *) sqlite3_column_text (stmt, 1), -1);

      if (strcmp (folded, other) == 0)
        return sqlite3_column_int64 (stmt, 0);
    }
  return 0;
}

/* Reading ------------------------------------------------------------------- */

#define GROUP_SELECT "SELECT id, name, kind, description, created_at, updated_at FROM council_group"

static FvCouncilGroup *
read_group (sqlite3_stmt *stmt)
{
  FvCouncilGroup *group = fv_council_group_new ();

  group->id = sqlite3_column_int64 (stmt, 0);
  group->name = fv_sql_dup_text (stmt, 1);
  group->kind = fv_council_kind_from_string ((const char *) sqlite3_column_text (stmt, 2));
  group->description = fv_sql_dup_text (stmt, 3);
  group->created_at = fv_sql_dup_text (stmt, 4);
  group->updated_at = fv_sql_dup_text (stmt, 5);
  return group;
}

/**
 * fv_council_store_list:
 *
 * Returns: (transfer full) (element-type FvCouncilGroup): every group, by
 *   name, without members or meetings
 */
GPtrArray *
fv_council_store_list (FvDatabase  *database,
                       GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_council_group_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database, GROUP_SELECT " ORDER BY name, id;", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_group (stmt));
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* Members as a coordinator reads a member list: the leader first, then the
 * deputy leader and secretary, the members, and the deputies (vara) last. A
 * role written otherwise sits with the members. */
#define ROLE_RANK_SQL \
  "CASE lower (trim (m.role))" \
  " WHEN 'leder' THEN 0 WHEN 'nestleder' THEN 1 WHEN 'sekretær' THEN 2" \
  " WHEN 'vara' THEN 5 WHEN 'varamedlem' THEN 5 WHEN '' THEN 4 ELSE 3 END"

static gboolean
read_members (FvDatabase      *database,
              FvCouncilGroup  *group,
              GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = fv_database_prepare (database,
                              "SELECT m.id, m.person_id, p.name, p.phone, p.email, o.name, m.role,"
                              " m.term_start, m.term_end, o.id FROM council_member m"
                              " JOIN person p ON p.id = m.person_id"
                              " LEFT JOIN organisation o ON o.id = m.organisation_id"
                              " WHERE m.group_id = ?1 ORDER BY " ROLE_RANK_SQL ", p.name, m.id;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FvCouncilMember *member = fv_council_member_new ();

      member->id = sqlite3_column_int64 (stmt, 0);
      member->group_id = group->id;
      member->person_id = sqlite3_column_int64 (stmt, 1);
      member->name = fv_sql_dup_text (stmt, 2);
      member->phone = fv_sql_dup_text (stmt, 3);
      member->email = fv_sql_dup_text (stmt, 4);
      member->organisation = fv_sql_dup_text (stmt, 5);
      member->role = fv_sql_dup_text (stmt, 6);
      member->term_start = fv_sql_dup_text (stmt, 7);
      member->term_end = fv_sql_dup_text (stmt, 8);
      member->organisation_id = sqlite3_column_int64 (stmt, 9);
      g_ptr_array_add (group->members, member);
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_innspill (FvDatabase  *database,
               FvMeeting   *meeting,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = fv_database_prepare (database,
                              "SELECT i.id, o.name, i.text, i.theme, o.id FROM innspill i"
                              " LEFT JOIN organisation o ON o.id = i.organisation_id"
                              " WHERE i.meeting_id = ?1 ORDER BY i.id;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FvInnspill *innspill = fv_innspill_new ();

      innspill->id = sqlite3_column_int64 (stmt, 0);
      innspill->meeting_id = meeting->id;
      innspill->organisation = fv_sql_dup_text (stmt, 1);
      innspill->text = fv_sql_dup_text (stmt, 2);
      innspill->theme = fv_sql_dup_text (stmt, 3);
      innspill->organisation_id = sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (meeting->innspill, innspill);
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_meetings (FvDatabase      *database,
               FvCouncilGroup  *group,
               GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = fv_database_prepare (database,
                              "SELECT id, kind, date, place, notes FROM meeting"
                              " WHERE group_id = ?1 ORDER BY date, id;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FvMeeting *meeting = fv_meeting_new ();

      meeting->id = sqlite3_column_int64 (stmt, 0);
      meeting->group_id = group->id;
      meeting->kind = fv_meeting_kind_from_string ((const char *) sqlite3_column_text (stmt, 1));
      meeting->date = fv_sql_dup_text (stmt, 2);
      meeting->place = fv_sql_dup_text (stmt, 3);
      meeting->notes = fv_sql_dup_text (stmt, 4);
      g_ptr_array_add (group->meetings, meeting);
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return FALSE;
    }
  for (guint i = 0; i < group->meetings->len; i++)
    if (!read_innspill (database, group->meetings->pdata[i], error))
      return FALSE;
  return TRUE;
}

/**
 * fv_council_store_load:
 *
 * Returns: (transfer full): the group with its members and meetings
 */
FvCouncilGroup *
fv_council_store_load (FvDatabase  *database,
                       gint64       id,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(FvCouncilGroup) group = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database, GROUP_SELECT " WHERE id = ?1;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_gone_error (error);
      return NULL;
    }
  group = read_group (stmt);
  if (!read_members (database, group, error) || !read_meetings (database, group, error))
    return NULL;
  return g_steal_pointer (&group);
}

/* Groups -------------------------------------------------------------------- */

/**
 * fv_council_store_save:
 * @group: the group; a new one (id 0) gets its id
 *
 * Writes the group's own fields (not its members or meetings) after checking them.
 */
gboolean
fv_council_store_save (FvDatabase      *database,
                       FvCouncilGroup  *group,
                       GError         **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;
  gboolean insert;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (group != NULL, FALSE);

  problems = fv_council_group_check (group);
  if (set_problem_error (problems, error))
    return FALSE;
  insert = group->id == 0;
  name = g_strstrip (g_strdup (group->name));

  if (!fv_database_begin (database, error))
    return FALSE;
  if (insert)
    stmt = fv_database_prepare (database, "INSERT INTO council_group (name, kind, description)"
                                          " VALUES (?2, ?3, ?4);", error);
  else
    stmt = fv_database_prepare (database, "UPDATE council_group SET name = ?2, kind = ?3, description = ?4,"
                                          " updated_at = " NOW_SQL " WHERE id = ?1;", error);
  if (stmt == NULL)
    {
      fv_database_rollback (database);
      return FALSE;
    }
  if (!insert)
    sqlite3_bind_int64 (stmt, 1, group->id);
  fv_sql_bind_text (stmt, 2, name);
  sqlite3_bind_text (stmt, 3, fv_council_kind_to_string (group->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, group->description != NULL ? group->description : "", -1, SQLITE_TRANSIENT);
  if (insert)
    {
      if (!fv_database_step_done (database, stmt, error))
        {
          fv_database_rollback (database);
          return FALSE;
        }
      group->id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
      fv_database_note_change (database, CHANGE, group->id);
      return fv_database_commit (database, error);
    }
  return run_write (database, stmt, group->id, error);
}

/* The people sitting in a group, to erase after it goes. */
static GArray *
group_people (FvDatabase  *database,
              gint64       group_id,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  stmt = fv_database_prepare (database, "SELECT person_id FROM council_member WHERE group_id = ?1;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 person = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (people, person);
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return NULL;
    }
  return g_steal_pointer (&people);
}

/**
 * fv_council_store_delete:
 *
 * Deletes the group with its members and meetings, and erases every member
 * nobody else points at.
 */
gboolean
fv_council_store_delete (FvDatabase  *database,
                         gint64       id,
                         GError     **error)
{
  g_autoptr(GArray) people = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  people = group_people (database, id, error);
  if (people == NULL)
    goto fail;
  if (!fv_database_run_with_id (database, "DELETE FROM council_group WHERE id = ?1;", id, error))
    goto fail;
  if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      set_gone_error (error);
      goto fail;
    }
  for (guint i = 0; i < people->len; i++)
    if (!erase_person_if_unused (database, g_array_index (people, gint64, i), error))
      goto fail;
  fv_database_note_change (database, CHANGE, id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/* Members ------------------------------------------------------------------- */

static gboolean
resolve_organisation (FvDatabase  *database,
                      const char  *name,
                      gint64      *id,
                      GError     **error)
{
  *id = 0;
  if (fv_text_is_blank (name))
    return TRUE;
  *id = fv_council_store_find_organisation (database, name);
  if (*id > 0)
    return TRUE;
  g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT,
               /* Translators: %s is an organisation's name as typed */
               _("No organisation named “%s” in the register. Write it as the register names it, "
                 "or leave it empty."), name);
  return FALSE;
}

static void
bind_id_or_null (sqlite3_stmt *stmt,
                 int           index,
                 gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/* A member's fields as they are written: checked, trimmed, and the
 * organisation found in the register. Adding and editing write the same. */
typedef struct
{
  char   *name;
  char   *phone;
  char   *email;
  char   *role;
  char   *term_start;
  char   *term_end;
  gint64  organisation_id;
} MemberFields;

static void
member_fields_clear (MemberFields *fields)
{
  g_clear_pointer (&fields->name, g_free);
  g_clear_pointer (&fields->phone, g_free);
  g_clear_pointer (&fields->email, g_free);
  g_clear_pointer (&fields->role, g_free);
  g_clear_pointer (&fields->term_start, g_free);
  g_clear_pointer (&fields->term_end, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MemberFields, member_fields_clear)

/* Fills @fields from @member, or says what is wrong with it. */
static gboolean
member_fields_init (FvDatabase             *database,
                    const FvCouncilMember  *member,
                    MemberFields           *fields,
                    GError                **error)
{
  g_autoptr(GPtrArray) problems = fv_council_member_check (member);

  if (set_problem_error (problems, error))
    return FALSE;
  if (!resolve_organisation (database, member->organisation, &fields->organisation_id, error))
    return FALSE;
  fields->name = g_strstrip (g_strdup (member->name));
  fields->phone = strip_or_null (member->phone);
  fields->email = strip_or_null (member->email);
  fields->role = strip_or_null (member->role);
  fields->term_start = strip_or_null (member->term_start);
  fields->term_end = strip_or_null (member->term_end);
  return TRUE;
}

/* Binds a person's name, phone and e-mail as ?2, ?3 and ?4. */
static void
bind_person (sqlite3_stmt *stmt,
             const char   *name,
             const char   *phone,
             const char   *email)
{
  fv_sql_bind_text (stmt, 2, name);
  fv_sql_bind_text (stmt, 3, phone);
  fv_sql_bind_text (stmt, 4, email);
}

/* Binds the membership's organisation, role and term as ?3 to ?6. */
static void
bind_membership (sqlite3_stmt        *stmt,
                 const MemberFields  *fields)
{
  bind_id_or_null (stmt, 3, fields->organisation_id);
  sqlite3_bind_text (stmt, 4, fields->role != NULL ? fields->role : "", -1, SQLITE_TRANSIENT);
  fv_sql_bind_text (stmt, 5, fields->term_start);
  fv_sql_bind_text (stmt, 6, fields->term_end);
}

/**
 * fv_council_store_add_member:
 * @member: the new member, with its group_id; gets its id and person_id
 *
 * Stores the person (name, phone, e-mail) and the membership in one
 * transaction. The organisation must be one the register names.
 */
gboolean
fv_council_store_add_member (FvDatabase       *database,
                             FvCouncilMember  *member,
                             GError          **error)
{
  g_auto(MemberFields) fields = { 0 };
  g_autoptr(sqlite3_stmt) person = NULL;
  g_autoptr(sqlite3_stmt) link = NULL;
  gint64 person_id;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (member != NULL && member->id == 0, FALSE);

  if (!member_fields_init (database, member, &fields, error))
    return FALSE;

  if (!fv_database_begin (database, error))
    return FALSE;
  person = fv_database_prepare (database, "INSERT INTO person (name, phone, email) VALUES (?2, ?3, ?4);", error);
  if (person == NULL)
    goto fail;
  bind_person (person, fields.name, fields.phone, fields.email);
  if (!fv_database_step_done (database, person, error))
    goto fail;
  person_id = sqlite3_last_insert_rowid (fv_database_get_handle (database));

  link = fv_database_prepare (database,
                              "INSERT INTO council_member (group_id, person_id, organisation_id, role,"
                              " term_start, term_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6);", error);
  if (link == NULL)
    goto fail;
  sqlite3_bind_int64 (link, 1, member->group_id);
  sqlite3_bind_int64 (link, 2, person_id);
  bind_membership (link, &fields);
  if (!fv_database_step_done (database, link, error))
    goto fail;
  member->id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  member->person_id = person_id;
  fv_database_note_change (database, "person", person_id);
  fv_database_note_change (database, CHANGE, member->group_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/**
 * fv_council_store_remove_member:
 *
 * Removes the member and erases the person unless something else (an
 * organisation's contacts, another group) still points at them.
 */
gboolean
fv_council_store_remove_member (FvDatabase  *database,
                                gint64       member_id,
                                GError     **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  gint64 person_id, group_id;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  find = fv_database_prepare (database, "SELECT person_id, group_id FROM council_member WHERE id = ?1;", error);
  if (find == NULL)
    goto fail;
  sqlite3_bind_int64 (find, 1, member_id);
  if (sqlite3_step (find) != SQLITE_ROW)
    {
      set_gone_error (error);
      goto fail;
    }
  person_id = sqlite3_column_int64 (find, 0);
  group_id = sqlite3_column_int64 (find, 1);
  if (!fv_database_run_with_id (database, "DELETE FROM council_member WHERE id = ?1;", member_id, error) ||
      !erase_person_if_unused (database, person_id, error))
    goto fail;
  fv_database_note_change (database, CHANGE, group_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/* Meetings and innspill ------------------------------------------------------- */

/* Checks the meeting, as adding and editing both do.
 *
 * Returns: (transfer full): its place, trimmed, as it is written; %NULL when
 *   the meeting has a problem, with @error saying which */
static char *
check_meeting (const FvMeeting  *meeting,
               GError          **error)
{
  g_autoptr(GPtrArray) problems = fv_meeting_check (meeting);

  if (set_problem_error (problems, error))
    return NULL;
  return g_strstrip (g_strdup (meeting->place != NULL ? meeting->place : ""));
}

/* Binds the meeting's kind, date, @place and notes as ?2 to ?5. */
static void
bind_meeting (sqlite3_stmt     *stmt,
              const FvMeeting  *meeting,
              const char       *place)
{
  sqlite3_bind_text (stmt, 2, fv_meeting_kind_to_string (meeting->kind), -1, SQLITE_STATIC);
  fv_sql_bind_text (stmt, 3, meeting->date);
  sqlite3_bind_text (stmt, 4, place != NULL ? place : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, meeting->notes != NULL ? meeting->notes : "", -1, SQLITE_TRANSIENT);
}

/* Binds the input's organisation, text and theme as ?2 to ?4, trimmed. */
static void
bind_innspill (sqlite3_stmt      *stmt,
               const FvInnspill  *innspill,
               gint64             organisation_id)
{
  g_autofree char *text = g_strstrip (g_strdup (innspill->text));
  g_autofree char *theme = strip_or_null (innspill->theme);

  bind_id_or_null (stmt, 2, organisation_id);
  fv_sql_bind_text (stmt, 3, text);
  fv_sql_bind_text (stmt, 4, theme);
}

/**
 * fv_council_store_add_meeting:
 * @meeting: the new meeting; gets its id. A group_id of 0 is an open meeting.
 */
gboolean
fv_council_store_add_meeting (FvDatabase  *database,
                              FvMeeting   *meeting,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *place = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (meeting != NULL && meeting->id == 0, FALSE);

  place = check_meeting (meeting, error);
  if (place == NULL)
    return FALSE;

  if (!fv_database_begin (database, error))
    return FALSE;
  stmt = fv_database_prepare (database, "INSERT INTO meeting (group_id, kind, date, place, notes)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5);", error);
  if (stmt == NULL)
    goto fail;
  bind_id_or_null (stmt, 1, meeting->group_id);
  bind_meeting (stmt, meeting, place);
  if (!fv_database_step_done (database, stmt, error))
    goto fail;
  meeting->id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  fv_database_note_change (database, CHANGE, meeting->group_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

gboolean
fv_council_store_delete_meeting (FvDatabase  *database,
                                 gint64       meeting_id,
                                 GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  return delete_row (database, "DELETE FROM meeting WHERE id = ?1;", meeting_id, error);
}

/**
 * fv_council_store_add_innspill:
 * @innspill: the new input, with its meeting_id; gets its id. The
 *   organisation, if any, must be one the register names.
 */
gboolean
fv_council_store_add_innspill (FvDatabase  *database,
                               FvInnspill  *innspill,
                               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 organisation_id = 0;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (innspill != NULL && innspill->id == 0, FALSE);

  if (fv_text_is_blank (innspill->text))
    {
      g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT,
                           _("Write the input."));
      return FALSE;
    }
  if (!resolve_organisation (database, innspill->organisation, &organisation_id, error))
    return FALSE;

  if (!fv_database_begin (database, error))
    return FALSE;
  stmt = fv_database_prepare (database, "INSERT INTO innspill (meeting_id, organisation_id, text, theme)"
                                        " VALUES (?1, ?2, ?3, ?4);", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, innspill->meeting_id);
  bind_innspill (stmt, innspill, organisation_id);
  if (!fv_database_step_done (database, stmt, error))
    goto fail;
  innspill->id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  fv_database_note_change (database, CHANGE, 0);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

gboolean
fv_council_store_delete_innspill (FvDatabase  *database,
                                  gint64       innspill_id,
                                  GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  return delete_row (database, "DELETE FROM innspill WHERE id = ?1;", innspill_id, error);
}

/* Editing ------------------------------------------------------------------------ */

/**
 * fv_council_store_update_member:
 * @member: a stored member (id and person_id set), as edited
 *
 * Writes the person's name, phone and e-mail and the membership's
 * organisation, role and term in one transaction, after checking them all:
 * nothing is written when one is wrong. The person is one row wherever they
 * appear, so a phone number corrected here is corrected for an
 * organisation's contact too.
 */
gboolean
fv_council_store_update_member (FvDatabase             *database,
                                const FvCouncilMember  *member,
                                GError                **error)
{
  g_auto(MemberFields) fields = { 0 };
  g_autoptr(sqlite3_stmt) person = NULL;
  g_autoptr(sqlite3_stmt) link = NULL;
  gint64 group_id, person_id;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (member != NULL && member->id > 0, FALSE);

  if (!member_fields_init (database, member, &fields, error))
    return FALSE;

  if (!fv_database_begin (database, error))
    return FALSE;
  link = fv_database_prepare (database,
                              "UPDATE council_member SET organisation_id = ?3, role = ?4, term_start = ?5,"
                              " term_end = ?6 WHERE id = ?1 RETURNING group_id, person_id;", error);
  if (link == NULL)
    goto fail;
  sqlite3_bind_int64 (link, 1, member->id);
  bind_membership (link, &fields);
  rc = sqlite3_step (link);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        set_member_gone_error (error);
      else
        set_read_error (database, error);
      goto fail;
    }
  group_id = sqlite3_column_int64 (link, 0);
  person_id = sqlite3_column_int64 (link, 1);
  /* Finish the statement: a transaction does not commit with one in progress. */
  sqlite3_reset (link);
  person = fv_database_prepare (database,
                                "UPDATE person SET name = ?2, phone = ?3, email = ?4, updated_at = " NOW_SQL
                                " WHERE id = ?1;", error);
  if (person == NULL)
    goto fail;
  sqlite3_bind_int64 (person, 1, person_id);
  bind_person (person, fields.name, fields.phone, fields.email);
  if (!fv_database_step_done (database, person, error))
    goto fail;
  fv_database_note_change (database, "person", person_id);
  fv_database_note_change (database, CHANGE, group_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

static gboolean
update_innspill (FvDatabase        *database,
                 gint64             meeting_id,
                 const FvInnspill  *innspill,
                 GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 organisation_id = 0;

  if (!resolve_organisation (database, innspill->organisation, &organisation_id, error))
    return FALSE;
  /* Only input given at this meeting: an id from elsewhere changes nothing. */
  stmt = fv_database_prepare (database, "UPDATE innspill SET organisation_id = ?2, text = ?3, theme = ?4"
                                        " WHERE id = ?1 AND meeting_id = ?5;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, innspill->id);
  bind_innspill (stmt, innspill, organisation_id);
  sqlite3_bind_int64 (stmt, 5, meeting_id);
  return fv_database_step_done (database, stmt, error);
}

/**
 * fv_council_store_update_meeting:
 * @meeting: a stored meeting, as edited, with the input given there
 *
 * Writes the meeting's kind, date, place and notes and every input in
 * @meeting->innspill (text, theme, organisation) in one transaction, after
 * checking them all. Input not in the array is left as it is.
 */
gboolean
fv_council_store_update_meeting (FvDatabase       *database,
                                 const FvMeeting  *meeting,
                                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *place = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (meeting != NULL && meeting->id > 0, FALSE);

  place = check_meeting (meeting, error);
  if (place == NULL)
    return FALSE;

  if (!fv_database_begin (database, error))
    return FALSE;
  stmt = fv_database_prepare (database, "UPDATE meeting SET kind = ?2, date = ?3, place = ?4, notes = ?5"
                                        " WHERE id = ?1;", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, meeting->id);
  bind_meeting (stmt, meeting, place);
  if (!fv_database_step_done (database, stmt, error))
    goto fail;
  if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      set_gone_error (error);
      goto fail;
    }
  for (guint i = 0; meeting->innspill != NULL && i < meeting->innspill->len; i++)
    if (!update_innspill (database, meeting->id, meeting->innspill->pdata[i], error))
      goto fail;
  fv_database_note_change (database, CHANGE, meeting->group_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/* Undoing a delete ---------------------------------------------------------------- */

/* Each row goes back under its old id when that is still free, so the group
 * is the same one it was; when something new took the id meanwhile, the row
 * gets a new one rather than overwrite what is there. */
#define OLD_ID_IF_FREE(table) "(SELECT ?1 WHERE NOT EXISTS (SELECT 1 FROM " table " WHERE id = ?1))"

static gboolean
restore_person (FvDatabase             *database,
                const FvCouncilMember  *member,
                gint64                 *person_id,
                GError                **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;

  /* A person someone else still pointed at was kept: point at them again. */
  find = fv_database_prepare (database, "SELECT 1 FROM person WHERE id = ?1 AND name = ?2;", error);
  if (find == NULL)
    return FALSE;
  sqlite3_bind_int64 (find, 1, member->person_id);
  fv_sql_bind_text (find, 2, member->name);
  if (sqlite3_step (find) == SQLITE_ROW)
    {
      *person_id = member->person_id;
      return TRUE;
    }
  insert = fv_database_prepare (database, "INSERT INTO person (id, name, phone, email)"
                                          " VALUES (" OLD_ID_IF_FREE ("person") ", ?2, ?3, ?4);", error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, member->person_id);
  bind_person (insert, member->name, member->phone, member->email);
  if (!fv_database_step_done (database, insert, error))
    return FALSE;
  *person_id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  fv_database_note_change (database, "person", *person_id);
  return TRUE;
}

static gboolean
restore_member (FvDatabase             *database,
                gint64                  group_id,
                const FvCouncilMember  *member,
                GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 person_id = 0;

  if (!restore_person (database, member, &person_id, error))
    return FALSE;
  /* An organisation deleted meanwhile is no longer represented, as when it
   * is deleted under a member (ON DELETE SET NULL). */
  stmt = fv_database_prepare (database,
                              "INSERT INTO council_member (id, group_id, person_id, organisation_id, role,"
                              " term_start, term_end) VALUES (" OLD_ID_IF_FREE ("council_member") ", ?2, ?3,"
                              " (SELECT id FROM organisation WHERE id = ?4), ?5, ?6, ?7);", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, member->id);
  sqlite3_bind_int64 (stmt, 2, group_id);
  sqlite3_bind_int64 (stmt, 3, person_id);
  sqlite3_bind_int64 (stmt, 4, member->organisation_id);
  sqlite3_bind_text (stmt, 5, member->role != NULL ? member->role : "", -1, SQLITE_TRANSIENT);
  fv_sql_bind_text (stmt, 6, member->term_start);
  fv_sql_bind_text (stmt, 7, member->term_end);
  return fv_database_step_done (database, stmt, error);
}

static gboolean
restore_meeting (FvDatabase       *database,
                 gint64            group_id,
                 const FvMeeting  *meeting,
                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) input = NULL;
  gint64 meeting_id;

  stmt = fv_database_prepare (database,
                              "INSERT INTO meeting (id, group_id, kind, date, place, notes)"
                              " VALUES (" OLD_ID_IF_FREE ("meeting") ", ?6, ?2, ?3, ?4, ?5);", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting->id);
  bind_meeting (stmt, meeting, meeting->place);
  sqlite3_bind_int64 (stmt, 6, group_id);
  if (!fv_database_step_done (database, stmt, error))
    return FALSE;
  meeting_id = sqlite3_last_insert_rowid (fv_database_get_handle (database));

  input = fv_database_prepare (database,
                               "INSERT INTO innspill (id, meeting_id, organisation_id, text, theme)"
                               " VALUES (" OLD_ID_IF_FREE ("innspill") ", ?2,"
                               " (SELECT id FROM organisation WHERE id = ?3), ?4, ?5);", error);
  if (input == NULL)
    return FALSE;
  for (guint i = 0; i < meeting->innspill->len; i++)
    {
      FvInnspill *innspill = meeting->innspill->pdata[i];

      sqlite3_reset (input);
      sqlite3_bind_int64 (input, 1, innspill->id);
      sqlite3_bind_int64 (input, 2, meeting_id);
      sqlite3_bind_int64 (input, 3, innspill->organisation_id);
      fv_sql_bind_text (input, 4, innspill->text);
      fv_sql_bind_text (input, 5, innspill->theme);
      if (!fv_database_step_done (database, input, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * fv_council_store_restore:
 * @group: a group as fv_council_store_load() read it before it was deleted;
 *   its id is updated if the old one was taken meanwhile
 *
 * Puts a deleted group back with its members, meetings and input, in one
 * transaction: undo of fv_council_store_delete(). A member whose personal
 * data was erased with the group gets it back from @group.
 */
gboolean
fv_council_store_restore (FvDatabase      *database,
                          FvCouncilGroup  *group,
                          GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (group != NULL && group->id > 0, FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  stmt = fv_database_prepare (database,
                              "INSERT INTO council_group (id, name, kind, description, created_at, updated_at)"
                              " VALUES (" OLD_ID_IF_FREE ("council_group") ", ?2, ?3, ?4,"
                              " coalesce (?5, " NOW_SQL "), coalesce (?6, " NOW_SQL "));", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, group->id);
  fv_sql_bind_text (stmt, 2, group->name);
  sqlite3_bind_text (stmt, 3, fv_council_kind_to_string (group->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, group->description != NULL ? group->description : "", -1, SQLITE_TRANSIENT);
  fv_sql_bind_text (stmt, 5, group->created_at);
  fv_sql_bind_text (stmt, 6, group->updated_at);
  if (!fv_database_step_done (database, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  for (guint i = 0; i < group->members->len; i++)
    if (!restore_member (database, id, group->members->pdata[i], error))
      goto fail;
  for (guint i = 0; i < group->meetings->len; i++)
    if (!restore_meeting (database, id, group->meetings->pdata[i], error))
      goto fail;
  fv_database_note_change (database, CHANGE, id);
  if (!fv_database_commit (database, error))
    return FALSE;
  group->id = id;
  return TRUE;

fail:
  fv_database_rollback (database);
  return FALSE;
}
