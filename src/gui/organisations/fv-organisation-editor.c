/* fv-organisation-editor.c — the window that edits one organisation
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field is checked as it is typed and a problem is shown right under its
 * field. What is valid is stored at once, one transaction per change, in a
 * worker thread: there is no Save button to forget. What is not valid is never
 * stored; a marked field keeps its last stored value in the database until it
 * is fixed. A new organisation is added as soon as it has a name.
 *
 * The form is the source of truth while the window is open; `stored` is the
 * organisation as last read back from the database. A change made elsewhere
 * (another window, an import) is merged into the form field by field, and a
 * deletion elsewhere stops all writing.
 */

#define G_LOG_DOMAIN "fv-organisation-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-gui-resources.h"
#include "fv-icnpo.h"
#include "fv-involvement.h"
#include "fv-organisation.h"
#include "fv-organisation-editor.h"
#include "fv-organisation-record.h"
#include "fv-organisation-store.h"
#include "fv-orgnr.h"

/* Typing is stored after a pause this long; switches and choices at once. */
#define SAVE_DELAY_MS 400

/* Suggested tags shown under the tag field. */
#define MAX_TAG_SUGGESTIONS 12

typedef struct _ContactEditor ContactEditor;

struct _FvOrganisationEditor
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkWidget            *problems_button;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkScrolledWindow    *scroller;
  AdwPreferencesGroup  *duplicates_group;
  GtkWidget            *discard_row;
  GtkWidget            *deleted_group;
  AdwActionRow         *deleted_row;
  GtkWidget            *deleted_close_button;
  GtkWidget            *form_box;
  AdwEntryRow          *name_row;
  AdwEntryRow          *short_name_row;
  AdwEntryRow          *orgnr_row;
  AdwEntryRow          *org_form_row;
  AdwComboRow          *sector_row;
  AdwComboRow          *category1_row;
  AdwComboRow          *category2_row;
  AdwComboRow          *category3_row;
  AdwEntryRow          *tags_row;
  GtkWidget            *tag_suggestions_row;
  GtkFlowBox           *tag_suggestions;
  AdwEntryRow          *email_row;
  AdwEntryRow          *phone_row;
  AdwEntryRow          *website_row;
  AdwEntryRow          *street_row;
  AdwEntryRow          *postcode_row;
  AdwEntryRow          *place_row;
  AdwEntryRow          *municipality_row;
  AdwEntryRow          *district_row;
  AdwEntryRow          *members_total_row;
  AdwEntryRow          *members_under_20_row;
  GtkTextView          *description_view;
  AdwPreferencesGroup  *offers_group;
  AdwPreferencesGroup  *needs_group;
  AdwPreferencesGroup  *contacts_group;
  GtkSwitch            *active_switch;
  GtkSwitch            *register_switch;
  GtkSwitch            *consent_switch;
  GtkTextView          *notes_view;
  AdwPreferencesGroup  *involvement_group;
  GtkWidget            *involvement_empty_row;
  GtkWidget            *record_group;
  AdwActionRow         *register_status_row;
  GtkLabel             *source_label;
  GtkLabel             *created_label;
  GtkLabel             *updated_label;
  GtkStringList        *sector_model;
  GtkStringList        *category_model;

  /* Borrowed references: widgets made in code, owned by their groups */
  AdwComboRow          *category_rows[3];
  GPtrArray            *offer_checks;      /* (element-type GtkCheckButton) */
  GPtrArray            *need_checks;       /* (element-type GtkCheckButton) */
  AdwEntryRow          *offers_note_row;
  AdwEntryRow          *needs_note_row;
  GPtrArray            *duplicate_rows;    /* (element-type GtkWidget) */
  GPtrArray            *involvement_rows;  /* (element-type AdwExpanderRow) one for each kind shown */

  /* Owned references */
  FvDatabase           *database;
  GCancellable         *cancellable;
  FvOrganisationRecord *stored;            /* as last read from the database; NULL until added */
  FvOrganisationRecord *final_record;      /* composed on close while a save was still running */
  GArray               *final_serials;
  GArray               *category_codes;    /* (element-type int) code at each model position */
  GStrv                 tags_in_use;
  GPtrArray            *contacts;          /* (element-type ContactEditor) */
  GPtrArray            *duplicates;        /* (element-type FvDuplicate) */
  GArray               *dismissed_ids;     /* (element-type gint64) duplicates the user set aside */
  char                 *clash_orgnr;       /* a number found to belong to another organisation */
  char                 *clash_name;
  char                 *involvement_shown; /* what the involvement rows say, to rebuild only on a change */
  FvContact            *removed_contact;   /* for Undo */
  guint                 removed_index;

  gint64                id;
  guint                 save_source;
  guint                 next_serial;
  gboolean              initialised;
  gboolean              loaded;
  gboolean              early_edit;        /* typed into before the load finished */
  gboolean              filling;           /* the form is being filled from a record */
  gboolean              edited;            /* the user changed something */
  gboolean              saving;
  gboolean              save_again;
  gboolean              save_failed;
  gboolean              refreshing;
  gboolean              refresh_again;
  gboolean              deleted;
  gboolean              discarding;
  gboolean              created_here;
  gboolean              check_duplicates;  /* name or number changed since the last look */
  gboolean              close_confirmed;
  gboolean              disposed;
  gboolean              involvement_started;
  gboolean              involvement_loading;
  gboolean              involvement_again;
  int                   involvement_expanded[4]; /* per kind: -1 untouched, else as the user left it */
};

/* One contact person in the form. */
struct _ContactEditor
{
  FvOrganisationEditor *editor;   /* borrowed */
  guint                 serial;   /* names it across saves */
  gint64                person_id;
  AdwExpanderRow       *row;
  AdwEntryRow          *name_row;
  AdwEntryRow          *role_row;
  AdwEntryRow          *phone_row;
  AdwEntryRow          *email_row;
};

typedef struct
{
  const char    *field;    /* a record field, or "contact" */
  GtkWidget     *row;      /* where the problem is shown */
  ContactEditor *contact;
  char          *message;
} Problem;

typedef struct
{
  FvDatabase           *database;
  GApplication         *application;     /* held while the write runs */
  FvOrganisationRecord *record;
  char                 *fallback_orgnr;  /* stored instead of a number another organisation has */
  GArray               *serials;         /* (element-type guint) each contact's editor */
  gboolean              find_duplicates;
} SaveJob;

typedef struct
{
  FvOrganisationRecord *record;          /* as stored, read back */
  GArray               *serials;
  GPtrArray            *duplicates;      /* NULL when not looked for */
  GStrv                 tags_in_use;
  char                 *clash_orgnr;
  char                 *clash_name;
} SaveResult;

typedef struct
{
  FvOrganisationRecord *record;
  GPtrArray            *categories;
  GStrv                 tags_in_use;
} LoadResult;

G_DEFINE_FINAL_TYPE (FvOrganisationEditor, fv_organisation_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_ID,
  N_PROPS
};

enum {
  SAVED,
  OPEN_ORGANISATION,
  OPEN_RECORD,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const sector_keys[] = { "voluntary", "public", "business" };

static void save_now       (FvOrganisationEditor *self);
static void field_changed  (FvOrganisationEditor *self,
                            gboolean              at_once);
static void update_header  (FvOrganisationEditor *self);
static void start_refresh  (FvOrganisationEditor *self);
static void start_involvement_load (FvOrganisationEditor *self);

/* Small helpers ---------------------------------------------------------------- */

static gboolean
is_blank (const char *text)
{
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

/* NULL and "" are the same: "unknown" has one spelling. */
static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (is_blank (a) ? NULL : a, is_blank (b) ? NULL : b) == 0;
}

static char *
entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static gboolean
entry_is_empty (AdwEntryRow *row)
{
  return is_blank (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return is_blank (text) ? NULL : g_steal_pointer (&text);
}

static void
set_view (GtkTextView *view,
          const char  *text)
{
  g_autofree char *current = view_text (view);

  if (!same_text (current, text))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

/* Focuses an entry row without selecting its text, so a key press does not replace it. */
static void
focus_row (GtkWidget *row)
{
  if (ADW_IS_ENTRY_ROW (row))
    {
      GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

      if (GTK_IS_TEXT (text) && gtk_text_grab_focus_without_selecting (GTK_TEXT (text)))
        return;
    }

  gtk_widget_grab_focus (row);
}

/* "120" or "1 200" → the count; empty → -1 (unknown). FALSE when it is not a count. */
static gboolean
parse_count (const char *text,
             gint64     *count)
{
  g_autoptr(GString) digits = g_string_new (NULL);

  *count = -1;
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && g_ascii_isdigit (c))
        g_string_append_c (digits, (char) c);
      /* Thousands are grouped with (thin) spaces. */
      else if (!g_unichar_isspace (c) && c != 0x202F)
        return FALSE;
    }

  if (digits->len == 0 || digits->len > 9)
    return FALSE;

  *count = g_ascii_strtoll (digits->str, NULL, 10);
  return TRUE;
}

static char *
format_count (gint64 count)
{
  return count < 0 ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, count);
}

static char *
format_timestamp (const char *iso)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso == NULL)
    return g_strdup ("");
  utc = g_date_time_new_from_iso8601 (iso, NULL);
  if (utc == NULL)
    return g_strdup (iso);
  local = g_date_time_to_local (utc);
  /* Translators: a date and time in GDateTime format codes; Norwegian: "%-d. %B %Y kl. %H.%M" */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

static const char *
source_label (const char *source)
{
  if (g_strcmp0 (source, "brreg") == 0)
    return _("Imported from Enhetsregisteret (the national register)");
  if (g_strcmp0 (source, "csv") == 0)
    return _("Imported from a spreadsheet");
  if (g_strcmp0 (source, "demo") == 0)
    return _("Sample data");

  return _("Entered by hand");
}

static const char *
register_status_label (const char *status)
{
  if (g_strcmp0 (status, FV_REGISTER_STATUS_DELETED) == 0)
    return _("Deleted from Enhetsregisteret");
  if (g_strcmp0 (status, FV_REGISTER_STATUS_BANKRUPT) == 0)
    return _("Bankrupt");
  if (g_strcmp0 (status, FV_REGISTER_STATUS_DISSOLVING) == 0)
    return _("Being dissolved");

  return status;
}

static guint
sector_position (const char *sector)
{
  for (guint i = 0; i < G_N_ELEMENTS (sector_keys); i++)
    if (g_strcmp0 (sector_keys[i], sector) == 0)
      return i;

  return 0;
}

static int
category_code_at (FvOrganisationEditor *self,
                  guint                 position)
{
  if (self->category_codes == NULL || position >= self->category_codes->len)
    return 0;

  return g_array_index (self->category_codes, int, position);
}

static guint
category_position (FvOrganisationEditor *self,
                   int                   code)
{
  for (guint i = 0; self->category_codes != NULL && i < self->category_codes->len; i++)
    if (g_array_index (self->category_codes, int, i) == code)
      return i;

  return 0;
}

/* Tags as typed: split at commas, trimmed, each once (tags ignore case). */
static GPtrArray *
parse_tags (const char *text)
{
  GPtrArray *tags = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);
      char *folded;

      if (*tag == '\0')
        continue;
      folded = g_utf8_casefold (tag, -1);
      if (g_hash_table_contains (seen, folded))
        {
          g_free (folded);
          continue;
        }
      g_hash_table_add (seen, folded);
      g_ptr_array_add (tags, g_strdup (tag));
    }

  return tags;
}

static gboolean
same_tags (GPtrArray *a,
           GPtrArray *b)
{
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    g_hash_table_add (set, g_utf8_casefold (g_ptr_array_index (a, i), -1));
  for (guint i = 0; i < b->len; i++)
    {
      g_autofree char *folded = g_utf8_casefold (g_ptr_array_index (b, i), -1);

      if (!g_hash_table_contains (set, folded))
        return FALSE;
    }

  return TRUE;
}

static gboolean
same_contacts (GPtrArray *a,
               GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      FvContact *ca = g_ptr_array_index (a, i);
      FvContact *cb = g_ptr_array_index (b, i);

      if (ca->person_id != cb->person_id || !same_text (ca->name, cb->name) ||
          !same_text (ca->role, cb->role) || !same_text (ca->phone, cb->phone) ||
          !same_text (ca->email, cb->email))
        return FALSE;
    }

  return TRUE;
}

#define EDITED_TEXT_FIELDS(X) \
  X (orgnr) X (name) X (short_name) X (org_form) X (sector) X (email) X (phone) \
  X (website) X (street) X (postcode) X (place) X (municipality_number) X (district) \
  X (description) X (offers_note) X (needs_note) X (notes)

/* Whether storing @a would change nothing that the editor shows. */
static gboolean
records_equal (const FvOrganisationRecord *a,
               const FvOrganisationRecord *b)
{
#define SAME_TEXT(field) if (!same_text (a->field, b->field)) return FALSE;
  EDITED_TEXT_FIELDS (SAME_TEXT)
#undef SAME_TEXT

  if (a->members_total != b->members_total || a->members_under_20 != b->members_under_20 ||
      a->offers != b->offers || a->needs != b->needs || !a->active != !b->active ||
      !a->in_frivillighetsregisteret != !b->in_frivillighetsregisteret ||
      !a->public_listing_consent != !b->public_listing_consent)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (a->categories); i++)
    if (a->categories[i] != b->categories[i])
      return FALSE;

  return same_tags (a->tags, b->tags) && same_contacts (a->contacts, b->contacts);
}

static void
show_toast (FvOrganisationEditor *self,
            AdwToast             *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Problems ----------------------------------------------------------------------- */

static void
problem_free (gpointer data)
{
  Problem *problem = data;

  g_free (problem->message);
  g_free (problem);
}

static void
add_problem (GPtrArray     *problems,
             const char    *field,
             GtkWidget     *row,
             ContactEditor *contact,
             char          *message)
{
  Problem *problem = g_new0 (Problem, 1);

  problem->field = field;
  problem->row = row;
  problem->contact = contact;
  problem->message = message;
  g_ptr_array_add (problems, problem);
}

static Problem *
find_problem (GPtrArray  *problems,
              const char *field,
              GtkWidget  *row)
{
  for (guint i = 0; i < problems->len; i++)
    {
      Problem *problem = g_ptr_array_index (problems, i);

      if ((field != NULL && g_strcmp0 (problem->field, field) == 0) ||
          (row != NULL && problem->row == row))
        return problem;
    }

  return NULL;
}

static GtkWidget *
row_for_field (FvOrganisationEditor *self,
               const char           *field)
{
  static const struct { const char *field; gsize offset; } rows[] = {
    { "name", G_STRUCT_OFFSET (FvOrganisationEditor, name_row) },
    { "orgnr", G_STRUCT_OFFSET (FvOrganisationEditor, orgnr_row) },
    { "sector", G_STRUCT_OFFSET (FvOrganisationEditor, sector_row) },
    { "email", G_STRUCT_OFFSET (FvOrganisationEditor, email_row) },
    { "website", G_STRUCT_OFFSET (FvOrganisationEditor, website_row) },
    { "postcode", G_STRUCT_OFFSET (FvOrganisationEditor, postcode_row) },
    { "municipality_number", G_STRUCT_OFFSET (FvOrganisationEditor, municipality_row) },
    { "members_total", G_STRUCT_OFFSET (FvOrganisationEditor, members_total_row) },
    { "members_under_20", G_STRUCT_OFFSET (FvOrganisationEditor, members_under_20_row) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_strcmp0 (rows[i].field, field) == 0)
      return G_STRUCT_MEMBER (GtkWidget *, self, rows[i].offset);

  return NULL;
}

/* Every row that can show a problem, in the order the form shows them. */
static GPtrArray *
markable_rows (FvOrganisationEditor *self)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *fixed[] = {
    GTK_WIDGET (self->name_row), GTK_WIDGET (self->orgnr_row), GTK_WIDGET (self->sector_row),
    GTK_WIDGET (self->category1_row), GTK_WIDGET (self->category2_row),
    GTK_WIDGET (self->category3_row),
    GTK_WIDGET (self->email_row), GTK_WIDGET (self->website_row), GTK_WIDGET (self->postcode_row),
    GTK_WIDGET (self->municipality_row), GTK_WIDGET (self->members_total_row),
    GTK_WIDGET (self->members_under_20_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    g_ptr_array_add (rows, fixed[i]);
  for (guint i = 0; i < self->contacts->len; i++)
    {
      ContactEditor *contact = g_ptr_array_index (self->contacts, i);

      g_ptr_array_add (rows, contact->name_row);
      g_ptr_array_add (rows, contact->email_row);
    }

  return rows;
}

static gboolean
row_is_marked (GtkWidget *row)
{
  return gtk_widget_has_css_class (row, "error");
}

/* Shows @message right under @row (a row of its own in the same list), or clears it. */
static void
set_row_problem (GtkWidget  *row,
                 const char *message)
{
  GtkWidget *message_row = g_object_get_data (G_OBJECT (row), "fv-message-row");
  GtkWidget *label;

  if (message == NULL)
    {
      if (!row_is_marked (row))
        return;
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_remove_css_class (row, "fv-has-message");
      gtk_widget_set_tooltip_text (row, NULL);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      if (message_row != NULL)
        gtk_widget_set_visible (message_row, FALSE);
      return;
    }

  if (message_row == NULL)
    {
      GtkWidget *list = gtk_widget_get_parent (row);

      g_return_if_fail (GTK_IS_LIST_BOX (list));

      label = g_object_new (GTK_TYPE_LABEL,
                            "xalign", 0.0f,
                            "wrap", TRUE,
                            "wrap-mode", PANGO_WRAP_WORD_CHAR,
                            NULL);
      gtk_widget_add_css_class (label, "error");
      message_row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                                  "activatable", FALSE,
                                  "selectable", FALSE,
                                  "focusable", FALSE,
                                  "child", label,
                                  NULL);
      gtk_widget_add_css_class (message_row, "fv-field-message");
      gtk_list_box_insert (GTK_LIST_BOX (list), message_row,
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);
      g_object_set_data (G_OBJECT (row), "fv-message-row", message_row);
      g_object_set_data (G_OBJECT (message_row), "fv-label", label);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, label, NULL,
                                      -1);
    }

  label = g_object_get_data (G_OBJECT (message_row), "fv-label");
  gtk_label_set_label (GTK_LABEL (label), message);
  gtk_widget_set_visible (message_row, TRUE);
  gtk_widget_add_css_class (row, "fv-has-message");
  gtk_widget_add_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
}

static gboolean
has_marks (FvOrganisationEditor *self)
{
  g_autoptr(GPtrArray) rows = markable_rows (self);

  for (guint i = 0; i < rows->len; i++)
    if (row_is_marked (g_ptr_array_index (rows, i)))
      return TRUE;

  return FALSE;
}

/* Clears what was fixed at once; marks a new problem only when @mark_new (after a
 * pause in typing), so nobody is told off for a number they have not finished. */
static void
apply_marks (FvOrganisationEditor *self,
             GPtrArray            *problems,
             gboolean              mark_new)
{
  g_autoptr(GPtrArray) rows = markable_rows (self);

  /* A new organisation nobody has typed into yet has nothing to point at. */
  if (self->stored == NULL && !self->edited)
    mark_new = FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      Problem *problem = find_problem (problems, NULL, row);

      if (problem == NULL)
        set_row_problem (row, NULL);
      else if (mark_new || row_is_marked (row))
        set_row_problem (row, problem->message);
    }

  update_header (self);
}

/* The form as a record ------------------------------------------------------------ */

static gboolean
contact_is_empty (ContactEditor *contact)
{
  return entry_is_empty (contact->name_row) && entry_is_empty (contact->role_row) &&
         entry_is_empty (contact->phone_row) && entry_is_empty (contact->email_row);
}

static FvContact *
contact_from_form (ContactEditor *contact)
{
  FvContact *result = fv_contact_new ();

  result->name = entry_text (contact->name_row);
  result->role = entry_text (contact->role_row);
  result->phone = entry_text (contact->phone_row);
  result->email = entry_text (contact->email_row);
  result->person_id = contact->person_id;
  return result;
}

/* The record's own rules, applied to one contact person. */
static void
check_contact (ContactEditor *contact,
               GPtrArray     *problems)
{
  g_autoptr(FvOrganisationRecord) probe = NULL;
  g_autoptr(GPtrArray) checks = NULL;

  /* A contact person just added and not filled in yet is not stored, and not wrong. */
  if (contact_is_empty (contact))
    return;

  if (entry_is_empty (contact->name_row))
    {
      add_problem (problems, "contact", GTK_WIDGET (contact->name_row), contact,
                   g_strdup (_("A contact person needs a name.")));
      return;
    }

  probe = fv_organisation_record_new ();
  probe->name = g_strdup ("-");
  g_ptr_array_add (probe->contacts, contact_from_form (contact));
  checks = fv_organisation_record_check (probe);
  if (checks->len > 0)
    add_problem (problems, "contact", GTK_WIDGET (contact->email_row), contact,
                 g_strdup (((FvFieldProblem *) g_ptr_array_index (checks, 0))->message));
}

/* Reads every field; parse problems go to @problems. Contacts are left out
 * (see compose_record()). */
static FvOrganisationRecord *
build_draft (FvOrganisationEditor *self,
             GPtrArray            *problems)
{
  FvOrganisationRecord *draft = fv_organisation_record_new ();
  g_autofree char *orgnr = NULL;
  g_autofree char *total = NULL;
  g_autofree char *under_20 = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  guint sector;
  guint n = 0;

  draft->id = self->id;
  draft->name = entry_text (self->name_row);
  draft->short_name = entry_text (self->short_name_row);
  draft->org_form = entry_text (self->org_form_row);

  orgnr = entry_text (self->orgnr_row);
  if (orgnr != NULL)
    {
      g_autoptr(GError) error = NULL;

      draft->orgnr = fv_orgnr_normalize (orgnr, &error);
      if (draft->orgnr == NULL)
        add_problem (problems, "orgnr", GTK_WIDGET (self->orgnr_row), NULL,
                     g_strdup (error->message));
      else if (g_strcmp0 (draft->orgnr, self->clash_orgnr) == 0)
        add_problem (problems, "orgnr", GTK_WIDGET (self->orgnr_row), NULL,
                     /* Translators: %s is the name of another organisation */
                     g_strdup_printf (_("This number is already registered for “%s”."),
                                      self->clash_name != NULL ? self->clash_name : "?"));
    }

  sector = adw_combo_row_get_selected (self->sector_row);
  g_free (draft->sector);
  draft->sector = g_strdup (sector_keys[sector < G_N_ELEMENTS (sector_keys) ? sector : 0]);

  draft->email = entry_text (self->email_row);
  draft->phone = entry_text (self->phone_row);
  draft->website = entry_text (self->website_row);
  draft->street = entry_text (self->street_row);
  draft->postcode = entry_text (self->postcode_row);
  draft->place = entry_text (self->place_row);
  draft->municipality_number = entry_text (self->municipality_row);
  draft->district = entry_text (self->district_row);

  total = entry_text (self->members_total_row);
  if (!parse_count (total, &draft->members_total))
    add_problem (problems, "members_total", GTK_WIDGET (self->members_total_row), NULL,
                 g_strdup (_("Type a whole number, for example 120, or leave it empty.")));
  under_20 = entry_text (self->members_under_20_row);
  if (!parse_count (under_20, &draft->members_under_20))
    add_problem (problems, "members_under_20", GTK_WIDGET (self->members_under_20_row), NULL,
                 g_strdup (_("Type a whole number, for example 35, or leave it empty.")));

  draft->description = view_text (self->description_view);
  draft->notes = view_text (self->notes_view);

  for (guint i = 0; i < self->offer_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->offer_checks, i);

      if (gtk_check_button_get_active (check))
        draft->offers |= GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "fv-flag"));
    }
  draft->offers_note = entry_text (self->offers_note_row);
  for (guint i = 0; i < self->need_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->need_checks, i);

      if (gtk_check_button_get_active (check))
        draft->needs |= GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "fv-flag"));
    }
  draft->needs_note = entry_text (self->needs_note_row);

  draft->active = gtk_switch_get_active (self->active_switch);
  draft->in_frivillighetsregisteret = gtk_switch_get_active (self->register_switch);
  draft->public_listing_consent = gtk_switch_get_active (self->consent_switch);

  /* Ranked without gaps; the same category twice is marked on the later row. */
  for (guint i = 0; i < G_N_ELEMENTS (self->category_rows); i++)
    {
      int code = category_code_at (self, adw_combo_row_get_selected (self->category_rows[i]));

      if (code == 0)
        continue;
      for (guint j = 0; j < n; j++)
        if (draft->categories[j] == code)
          {
            add_problem (problems, "categories", GTK_WIDGET (self->category_rows[i]), NULL,
                         g_strdup (_("This category is already chosen above.")));
            code = 0;
          }
      if (code != 0)
        draft->categories[n++] = code;
    }

  tags = parse_tags (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)));
  for (guint i = 0; i < tags->len; i++)
    g_ptr_array_add (draft->tags, g_strdup (g_ptr_array_index (tags, i)));

  /* What the form does not edit stays as it is. */
  if (self->stored != NULL)
    {
      draft->register_status = g_strdup (self->stored->register_status);
      g_free (draft->source);
      draft->source = g_strdup (self->stored->source);
      draft->created_at = g_strdup (self->stored->created_at);
      draft->updated_at = g_strdup (self->stored->updated_at);
    }

  return draft;
}

/**
 * validate:
 * @draft: (out): the form as a record, without contact persons
 *
 * Returns: (transfer full): every problem in the form, each with its row
 */
static GPtrArray *
validate (FvOrganisationEditor  *self,
          FvOrganisationRecord **draft)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (problem_free);
  g_autoptr(FvOrganisationRecord) record = build_draft (self, problems);
  g_autoptr(GPtrArray) checks = fv_organisation_record_check (record);

  for (guint i = 0; i < checks->len; i++)
    {
      FvFieldProblem *check = g_ptr_array_index (checks, i);
      GtkWidget *row;

      if (find_problem (problems, check->field, NULL) != NULL)
        continue;
      row = row_for_field (self, check->field);
      if (row != NULL)
        add_problem (problems, check->field, row, NULL, g_strdup (check->message));
    }

  for (guint i = 0; i < self->contacts->len; i++)
    check_contact (g_ptr_array_index (self->contacts, i), problems);

  if (draft != NULL)
    *draft = g_steal_pointer (&record);
  return problems;
}

static FvContact *
find_stored_contact (FvOrganisationEditor *self,
                     gint64                person_id)
{
  for (guint i = 0; self->stored != NULL && i < self->stored->contacts->len; i++)
    {
      FvContact *contact = g_ptr_array_index (self->stored->contacts, i);

      if (contact->person_id == person_id)
        return contact;
    }

  return NULL;
}

/**
 * compose_record:
 * @serials: (out): for each contact person of the result, its contact editor
 *
 * What may be stored now: the form, except that a field with a problem keeps
 * its stored value.
 *
 * Returns: (transfer full) (nullable): the record, or %NULL for a new
 *   organisation that cannot be added yet (it has no name)
 */
static FvOrganisationRecord *
compose_record (FvOrganisationEditor        *self,
                const FvOrganisationRecord  *draft,
                GPtrArray                   *problems,
                GArray                     **serials)
{
  const FvOrganisationRecord *stored = self->stored;
  g_autoptr(FvOrganisationRecord) record = NULL;
  g_autoptr(GPtrArray) remaining = NULL;

  if (find_problem (problems, "name", NULL) != NULL && stored == NULL)
    return NULL;

  record = fv_organisation_record_copy (draft);

#define FALL_BACK(field) \
  if (find_problem (problems, #field, NULL) != NULL) \
    { \
      g_free (record->field); \
      record->field = stored != NULL ? g_strdup (stored->field) : NULL; \
    }
  FALL_BACK (name)
  FALL_BACK (orgnr)
  FALL_BACK (email)
  FALL_BACK (website)
  FALL_BACK (postcode)
  FALL_BACK (municipality_number)
#undef FALL_BACK

  if (find_problem (problems, "members_total", NULL) != NULL ||
      find_problem (problems, "members_under_20", NULL) != NULL)
    {
      record->members_total = stored != NULL ? stored->members_total : -1;
      record->members_under_20 = stored != NULL ? stored->members_under_20 : -1;
    }

  if (find_problem (problems, "categories", NULL) != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (record->categories); i++)
      record->categories[i] = stored != NULL ? stored->categories[i] : 0;

  /* A contact person's field with a problem keeps what is stored of it; a new
   * person without a name waits until they have one. */
  *serials = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < self->contacts->len; i++)
    {
      ContactEditor *contact = g_ptr_array_index (self->contacts, i);
      FvContact *stored_contact = find_stored_contact (self, contact->person_id);
      Problem *name_problem = find_problem (problems, NULL, GTK_WIDGET (contact->name_row));
      Problem *email_problem = find_problem (problems, NULL, GTK_WIDGET (contact->email_row));
      FvContact *result;

      if (contact_is_empty (contact) || (name_problem != NULL && stored_contact == NULL))
        continue;

      result = contact_from_form (contact);
      if (name_problem != NULL)
        {
          g_free (result->name);
          result->name = g_strdup (stored_contact->name);
        }
      if (email_problem != NULL)
        {
          g_free (result->email);
          result->email = stored_contact != NULL ? g_strdup (stored_contact->email) : NULL;
        }
      g_ptr_array_add (record->contacts, result);
      g_array_append_val (*serials, contact->serial);
    }

  /* The fallbacks came from a valid record; check the mix all the same. */
  remaining = fv_organisation_record_check (record);
  if (remaining->len > 0)
    {
      g_debug ("Not storing: %s", ((FvFieldProblem *) g_ptr_array_index (remaining, 0))->message);
      g_clear_pointer (serials, g_array_unref);
      return NULL;
    }

  return g_steal_pointer (&record);
}

/* Filling the form --------------------------------------------------------------- */

/* GTK 4.8 warns when the focus is inside a widget that turns insensitive: move it first. */
static void
set_sensitive (FvOrganisationEditor *self,
               GtkWidget            *widget,
               gboolean              sensitive,
               GtkWidget            *focus_instead)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!sensitive && focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
    {
      if (focus_instead == NULL || !gtk_widget_grab_focus (focus_instead))
        gtk_window_set_focus (GTK_WINDOW (self), NULL);
    }
  gtk_widget_set_sensitive (widget, sensitive);
}

static void
update_category_sensitivity (FvOrganisationEditor *self)
{
  gboolean first = adw_combo_row_get_selected (self->category1_row) != 0;
  gboolean second = adw_combo_row_get_selected (self->category2_row) != 0;

  set_sensitive (self, GTK_WIDGET (self->category2_row), first || second,
                 GTK_WIDGET (self->category1_row));
  set_sensitive (self, GTK_WIDGET (self->category3_row),
                 second || adw_combo_row_get_selected (self->category3_row) != 0,
                 GTK_WIDGET (self->category1_row));
}

static void
update_contact_title (ContactEditor *contact)
{
  g_autofree char *name = entry_text (contact->name_row);
  g_autofree char *role = entry_text (contact->role_row);
  g_autofree char *phone = entry_text (contact->phone_row);
  g_autofree char *email = entry_text (contact->email_row);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  g_autofree char *subtitle = NULL;

  if (role != NULL)
    g_strv_builder_add (builder, role);
  if (phone != NULL)
    g_strv_builder_add (builder, phone);
  if (email != NULL)
    g_strv_builder_add (builder, email);
  parts = g_strv_builder_end (builder);
  subtitle = g_strjoinv (" · ", parts);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (contact->row),
                                 name != NULL ? name : _("New contact person"));
  adw_expander_row_set_subtitle (contact->row, subtitle);
}

static void
contact_changed_cb (GtkEditable   *editable,
                    ContactEditor *contact)
{
  update_contact_title (contact);
  field_changed (contact->editor, FALSE);
}

static void
remove_contact_cb (GtkButton     *button,
                   ContactEditor *contact)
{
  FvOrganisationEditor *self = contact->editor;
  AdwToast *toast;
  guint index = 0;

  g_ptr_array_find (self->contacts, contact, &index);
  g_clear_pointer (&self->removed_contact, fv_contact_free);
  self->removed_contact = contact_from_form (contact);
  /* The stored person is erased with the link; Undo makes them anew. */
  self->removed_contact->person_id = 0;
  self->removed_index = index;

  adw_preferences_group_remove (self->contacts_group, GTK_WIDGET (contact->row));
  g_ptr_array_remove_index (self->contacts, index);

  toast = adw_toast_new (_("Contact person removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "editor.undo-remove-contact");
  show_toast (self, toast);

  field_changed (self, TRUE);
}

static ContactEditor *
add_contact_editor (FvOrganisationEditor *self,
                    const FvContact      *data)
{
  ContactEditor *contact = g_new0 (ContactEditor, 1);
  GtkWidget *remove;
  struct { AdwEntryRow **row; const char *title; GtkInputPurpose purpose; } fields[] = {
    { &contact->name_row, N_("Name"), GTK_INPUT_PURPOSE_NAME },
    { &contact->role_row, N_("Role, for example leader or secretary"),
      GTK_INPUT_PURPOSE_FREE_FORM },
    { &contact->phone_row, N_("Phone"), GTK_INPUT_PURPOSE_PHONE },
    { &contact->email_row, N_("E-mail"), GTK_INPUT_PURPOSE_EMAIL },
  };

  contact->editor = self;
  contact->serial = ++self->next_serial;
  contact->person_id = data != NULL ? data->person_id : 0;
  contact->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (contact->row), FALSE);
  adw_expander_row_set_icon_name (contact->row, "avatar-default-symbolic");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(fields[i].title));
      adw_entry_row_set_input_purpose (row, fields[i].purpose);
      adw_expander_row_add_row (contact->row, GTK_WIDGET (row));
      *fields[i].row = row;
    }

  if (data != NULL)
    {
      set_entry (contact->name_row, data->name);
      set_entry (contact->role_row, data->role);
      set_entry (contact->phone_row, data->phone);
      set_entry (contact->email_row, data->email);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_signal_connect (*fields[i].row, "changed", G_CALLBACK (contact_changed_cb), contact);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove contact person"));
  gtk_widget_add_css_class (remove, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove contact person"),
                                  -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_contact_cb), contact);
  adw_expander_row_add_action (contact->row, remove);

  update_contact_title (contact);
  adw_preferences_group_add (self->contacts_group, GTK_WIDGET (contact->row));
  g_ptr_array_add (self->contacts, contact);
  return contact;
}

static void
clear_contact_editors (FvOrganisationEditor *self)
{
  for (guint i = 0; i < self->contacts->len; i++)
    {
      ContactEditor *contact = g_ptr_array_index (self->contacts, i);

      adw_preferences_group_remove (self->contacts_group, GTK_WIDGET (contact->row));
    }
  g_ptr_array_set_size (self->contacts, 0);
}

static void
set_contact_editors (FvOrganisationEditor *self,
                     GPtrArray            *contacts)
{
  clear_contact_editors (self);
  for (guint i = 0; i < contacts->len; i++)
    add_contact_editor (self, g_ptr_array_index (contacts, i));
}

static void
update_record_info (FvOrganisationEditor *self)
{
  g_autofree char *created = NULL;
  g_autofree char *updated = NULL;

  gtk_widget_set_visible (self->record_group, self->stored != NULL);
  if (self->stored == NULL)
    return;

  created = format_timestamp (self->stored->created_at);
  updated = format_timestamp (self->stored->updated_at);
  gtk_label_set_label (self->source_label, source_label (self->stored->source));
  gtk_label_set_label (self->created_label, created);
  gtk_label_set_label (self->updated_label, updated);
  gtk_widget_set_visible (GTK_WIDGET (self->register_status_row),
                          self->stored->register_status != NULL);
  adw_action_row_set_subtitle (self->register_status_row,
                               self->stored->register_status != NULL ?
                               register_status_label (self->stored->register_status) : "");
}

static void
tag_suggestion_clicked_cb (GtkButton            *button,
                           FvOrganisationEditor *self)
{
  const char *tag = gtk_button_get_label (button);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->tags_row));
  const char *comma = strrchr (text, ',');
  g_autofree char *kept = comma != NULL ? g_strndup (text, comma - text + 1) : g_strdup ("");
  g_autofree char *joined = NULL;

  /* The word being typed is replaced by the tag it was the start of. */
  g_strchomp (kept);
  joined = g_strconcat (kept, *kept != '\0' ? " " : "", tag, ", ", NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_row), joined);
  focus_row (GTK_WIDGET (self->tags_row));
  gtk_editable_set_position (GTK_EDITABLE (self->tags_row), -1);
}

/* Tags other organisations use, that this one has not got and that start
 * like the word being typed. */
static void
update_tag_suggestions (FvOrganisationEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->tags_row));
  const char *comma = strrchr (text, ',');
  g_autofree char *fragment = g_strstrip (g_strdup (comma != NULL ? comma + 1 : text));
  g_autofree char *folded_fragment = g_utf8_casefold (fragment, -1);
  g_autoptr(GPtrArray) chosen = parse_tags (text);
  g_autoptr(GHashTable) chosen_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tag_suggestions))) != NULL)
    gtk_flow_box_remove (self->tag_suggestions, child);

  for (guint i = 0; i < chosen->len; i++)
    g_hash_table_add (chosen_set, g_utf8_casefold (g_ptr_array_index (chosen, i), -1));

  for (guint i = 0;
       self->tags_in_use != NULL && self->tags_in_use[i] != NULL && shown < MAX_TAG_SUGGESTIONS;
       i++)
    {
      g_autofree char *folded = g_utf8_casefold (self->tags_in_use[i], -1);
      GtkWidget *button;

      if (!g_str_has_prefix (folded, folded_fragment) || g_hash_table_contains (chosen_set, folded))
        continue;

      button = gtk_button_new_with_label (self->tags_in_use[i]);
      gtk_widget_add_css_class (button, "fv-tag");
      gtk_widget_set_tooltip_text (button, _("Add this tag"));
      g_signal_connect (button, "clicked", G_CALLBACK (tag_suggestion_clicked_cb), self);
      gtk_flow_box_append (self->tag_suggestions, button);
      /* One tab stop per suggestion: the button, not also its flow box child. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      shown++;
    }

  gtk_widget_set_visible (self->tag_suggestions_row, shown > 0);
}

static char *
join_tags (GPtrArray *tags)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < tags->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (tags, i));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
set_orgnr (FvOrganisationEditor *self,
           const char           *orgnr)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->orgnr_row));
  g_autofree char *current = fv_orgnr_normalize (text, NULL);
  g_autofree char *formatted = NULL;

  if (current != NULL && g_strcmp0 (current, orgnr) == 0)
    return;
  formatted = fv_orgnr_format (orgnr);
  set_entry (self->orgnr_row, formatted);
}

static void
set_count (AdwEntryRow *row,
           gint64       count)
{
  g_autofree char *text = entry_text (row);
  g_autofree char *formatted = format_count (count);
  gint64 current;

  if (parse_count (text, &current) && current == count)
    return;
  set_entry (row, formatted);
}

static void
set_kind_checks (GPtrArray *checks,
                 guint      flags)
{
  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);
      guint flag = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "fv-flag"));

      gtk_check_button_set_active (check, (flags & flag) != 0);
    }
}

/* Puts @record into the form. With @previous, only what differs between the two is
 * touched: a change made elsewhere reaches the form without undoing what the user
 * is typing in other fields. */
static void
fill_form (FvOrganisationEditor       *self,
           const FvOrganisationRecord *record,
           const FvOrganisationRecord *previous)
{
  g_autoptr(GPtrArray) problems = NULL;

  self->filling = TRUE;

#define CHANGED(field) (previous == NULL || !same_text (previous->field, record->field))
#define FILL(field, row) if (CHANGED (field)) set_entry (self->row, record->field);
  FILL (name, name_row)
  FILL (short_name, short_name_row)
  FILL (org_form, org_form_row)
  FILL (email, email_row)
  FILL (phone, phone_row)
  FILL (website, website_row)
  FILL (street, street_row)
  FILL (postcode, postcode_row)
  FILL (place, place_row)
  FILL (municipality_number, municipality_row)
  FILL (district, district_row)
  FILL (offers_note, offers_note_row)
  FILL (needs_note, needs_note_row)
#undef FILL
  if (CHANGED (orgnr))
    set_orgnr (self, record->orgnr);
  if (CHANGED (sector))
    adw_combo_row_set_selected (self->sector_row, sector_position (record->sector));
  if (CHANGED (description))
    set_view (self->description_view, record->description);
  if (CHANGED (notes))
    set_view (self->notes_view, record->notes);
#undef CHANGED

  if (previous == NULL || previous->members_total != record->members_total)
    set_count (self->members_total_row, record->members_total);
  if (previous == NULL || previous->members_under_20 != record->members_under_20)
    set_count (self->members_under_20_row, record->members_under_20);
  if (previous == NULL || previous->offers != record->offers)
    set_kind_checks (self->offer_checks, record->offers);
  if (previous == NULL || previous->needs != record->needs)
    set_kind_checks (self->need_checks, record->needs);
  if (previous == NULL || !previous->active != !record->active)
    gtk_switch_set_active (self->active_switch, record->active);
  if (previous == NULL ||
      !previous->in_frivillighetsregisteret != !record->in_frivillighetsregisteret)
    gtk_switch_set_active (self->register_switch, record->in_frivillighetsregisteret);
  if (previous == NULL || !previous->public_listing_consent != !record->public_listing_consent)
    gtk_switch_set_active (self->consent_switch, record->public_listing_consent);

  if (previous == NULL ||
      memcmp (previous->categories, record->categories, sizeof record->categories) != 0)
    for (guint i = 0; i < G_N_ELEMENTS (self->category_rows); i++)
      adw_combo_row_set_selected (self->category_rows[i],
                                  category_position (self, record->categories[i]));
  update_category_sensitivity (self);

  if (previous == NULL || !same_tags (previous->tags, record->tags))
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->tags_row));
      g_autoptr(GPtrArray) typed = parse_tags (text);

      if (!same_tags (typed, record->tags))
        {
          g_autofree char *joined = join_tags (record->tags);

          set_entry (self->tags_row, joined);
        }
    }

  if (previous == NULL || !same_contacts (previous->contacts, record->contacts))
    set_contact_editors (self, record->contacts);

  self->filling = FALSE;

  update_tag_suggestions (self);
  problems = validate (self, NULL);
  apply_marks (self, problems, FALSE);
}

/* Duplicates and notices ----------------------------------------------------------- */

static void
open_duplicate_clicked_cb (GtkButton            *button,
                           FvOrganisationEditor *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "fv-id");
  gboolean handled = FALSE;

  g_signal_emit (self, signals[OPEN_ORGANISATION], 0, *id, &handled);
}

static gboolean
duplicate_was_dismissed (FvOrganisationEditor *self,
                         gint64                id)
{
  for (guint i = 0; i < self->dismissed_ids->len; i++)
    if (g_array_index (self->dismissed_ids, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static void
update_duplicates (FvOrganisationEditor *self)
{
  guint shown = 0;

  for (guint i = 0; i < self->duplicate_rows->len; i++)
    adw_preferences_group_remove (self->duplicates_group,
                                  g_ptr_array_index (self->duplicate_rows, i));
  g_ptr_array_set_size (self->duplicate_rows, 0);

  for (guint i = 0; self->duplicates != NULL && i < self->duplicates->len; i++)
    {
      FvDuplicate *duplicate = g_ptr_array_index (self->duplicates, i);
      g_autofree char *orgnr = fv_orgnr_format (duplicate->orgnr);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *button;

      if (duplicate_was_dismissed (self, duplicate->id))
        continue;

      /* Translators: why an organisation looks like a duplicate, then its organisation number */
      subtitle = orgnr != NULL ? g_strdup_printf (_("%s · %s"), duplicate->reason, orgnr)
                               : g_strdup (duplicate->reason);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), duplicate->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "dialog-warning-symbolic");

      button = gtk_button_new_with_mnemonic (_("_Open"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* Translators: %s is an organisation's name */
      {
        g_autofree char *tooltip = g_strdup_printf (_("Open “%s” in a window of its own"),
                                                    duplicate->name);
        gtk_widget_set_tooltip_text (button, tooltip);
      }
      g_object_set_data_full (G_OBJECT (button), "fv-id",
                              g_memdup2 (&duplicate->id, sizeof (gint64)), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (open_duplicate_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      adw_preferences_group_add (self->duplicates_group, row);
      g_ptr_array_add (self->duplicate_rows, row);
      shown++;
    }

  /* "Added twice?" comes after the organisations it is about. */
  g_object_ref (self->discard_row);
  adw_preferences_group_remove (self->duplicates_group, self->discard_row);
  adw_preferences_group_add (self->duplicates_group, self->discard_row);
  g_object_unref (self->discard_row);

  gtk_widget_set_visible (self->discard_row, self->created_here && shown > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->duplicates_group), shown > 0 && !self->deleted);
}

static void
show_deleted (FvOrganisationEditor *self,
              const char           *title,
              const char           *subtitle)
{
  self->deleted = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->disposed)
    return;

  if (title != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deleted_row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (self->deleted_row, subtitle);
  gtk_widget_set_visible (self->deleted_group, TRUE);
  /* Focus leaves the form for where the user can act. */
  set_sensitive (self, self->form_box, FALSE, self->deleted_close_button);
  gtk_stack_set_visible_child_name (self->stack, "form");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  update_duplicates (self);
  update_header (self);
}

static void
show_restored (FvOrganisationEditor *self)
{
  self->deleted = FALSE;
  gtk_widget_set_visible (self->deleted_group, FALSE);
  gtk_widget_set_sensitive (self->form_box, TRUE);
  update_duplicates (self);
  update_header (self);
}

static void
update_header (FvOrganisationEditor *self)
{
  g_autofree char *name = NULL;
  const char *subtitle;
  gboolean marked;

  if (self->disposed)
    return;

  marked = self->loaded && !self->deleted && has_marks (self);
  name = self->loaded ? entry_text (self->name_row) : NULL;
  if (name == NULL && self->stored != NULL)
    name = g_strdup (self->stored->name);
  if (name == NULL)
    name = g_strdup (self->id == 0 ? _("New Organisation") : _("Organisation"));

  if (!self->loaded)
    subtitle = NULL;
  else if (self->deleted)
    subtitle = _("Deleted");
  else if (self->saving || self->save_source != 0)
    subtitle = _("Saving…");
  else if (self->save_failed)
    subtitle = _("The last change could not be saved");
  else if (self->stored == NULL)
    subtitle = _("Not added yet: it needs a name");
  else if (marked)
    subtitle = _("Not saved: fix the marked fields");
  else
    subtitle = _("All changes saved");

  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), name);
  gtk_widget_set_visible (self->problems_button, marked);
  if (marked)
    gtk_widget_add_css_class (GTK_WIDGET (self->window_title), "fv-not-saved");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->window_title), "fv-not-saved");
}

/* Saving ------------------------------------------------------------------------ */

static void
save_job_free (gpointer data)
{
  SaveJob *job = data;

  g_clear_object (&job->database);
  if (job->application != NULL)
    g_application_release (job->application);
  g_clear_object (&job->application);
  g_clear_pointer (&job->record, fv_organisation_record_free);
  g_clear_pointer (&job->fallback_orgnr, g_free);
  g_clear_pointer (&job->serials, g_array_unref);
  g_free (job);
}

static void
save_result_free (SaveResult *result)
{
  g_clear_pointer (&result->record, fv_organisation_record_free);
  g_clear_pointer (&result->serials, g_array_unref);
  g_clear_pointer (&result->duplicates, g_ptr_array_unref);
  g_clear_pointer (&result->tags_in_use, g_strfreev);
  g_clear_pointer (&result->clash_orgnr, g_free);
  g_clear_pointer (&result->clash_name, g_free);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveResult, save_result_free)

/* In a worker thread: one transaction, then the organisation read back as stored. */
static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  FvOrganisationRecord *record = job->record;
  g_autoptr(SaveResult) result = g_new0 (SaveResult, 1);
  GError *error = NULL;

  if (record->id != 0)
    {
      int exists = fv_organisation_store_exists (job->database, record->id, &error);

      if (exists < 0)
        {
          g_task_return_error (task, error);
          return;
        }
      if (exists == 0)
        {
          g_task_return_new_error (task, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
                                   _("The organisation was deleted."));
          return;
        }
    }

  if (job->find_duplicates)
    {
      result->duplicates = fv_organisation_store_find_duplicates (job->database, record, &error);
      if (result->duplicates == NULL)
        {
          g_task_return_error (task, error);
          return;
        }

      /* The database allows one organisation per number: keep the stored
       * number and say whose it is. */
      for (guint i = 0; record->orgnr != NULL && i < result->duplicates->len; i++)
        {
          FvDuplicate *duplicate = g_ptr_array_index (result->duplicates, i);

          if (g_strcmp0 (duplicate->orgnr, record->orgnr) == 0)
            {
              result->clash_orgnr = g_strdup (record->orgnr);
              result->clash_name = g_strdup (duplicate->name);
              g_free (record->orgnr);
              record->orgnr = g_strdup (job->fallback_orgnr);
              break;
            }
        }
    }

  if (!fv_organisation_store_save (job->database, record, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  result->record = fv_organisation_store_load (job->database, record->id, &error);
  if (result->record == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  result->tags_in_use = fv_organisation_store_list_tags (job->database, NULL);
  result->serials = g_steal_pointer (&job->serials);

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) save_result_free);
}

static void save_done_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data);

static void
start_save (FvOrganisationEditor *self,
            FvOrganisationRecord *record,
            GArray               *serials)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job = g_new0 (SaveJob, 1);

  /* A new organisation got its id from a save that finished meanwhile. */
  if (record->id == 0)
    record->id = self->id;

  job->database = g_object_ref (self->database);
  job->record = record;
  job->serials = serials;
  job->fallback_orgnr = self->stored != NULL ? g_strdup (self->stored->orgnr) : NULL;
  job->find_duplicates = self->check_duplicates;
  job->application = g_application_get_default ();
  if (job->application != NULL)
    {
      /* The application does not quit under a write. */
      g_object_ref (job->application);
      g_application_hold (job->application);
    }

  self->check_duplicates = FALSE;
  self->saving = TRUE;
  update_header (self);

  /* No cancellable: what was typed is stored even if the window closes meanwhile. */
  task = g_task_new (self, NULL, save_done_cb, NULL);
  g_task_set_source_tag (task, start_save);
  g_task_set_task_data (task, job, save_job_free);
  g_task_run_in_thread (task, save_thread);
}

static void delete_new_organisation (FvOrganisationEditor *self);

static void
save_done_cb (GObject      *object,
              GAsyncResult *res,
              gpointer      user_data)
{
  FvOrganisationEditor *self = FV_ORGANISATION_EDITOR (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(SaveResult) result = g_task_propagate_pointer (G_TASK (res), &error);
  gboolean added;

  self->saving = FALSE;

  if (result == NULL)
    {
      g_clear_pointer (&self->final_record, fv_organisation_record_free);
      if (g_error_matches (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND))
        {
          show_deleted (self, NULL, NULL);
          return;
        }

      g_warning ("Could not save organisation %" G_GINT64_FORMAT ": %s", self->id, error->message);
      self->save_failed = TRUE;
      if (!self->disposed)
        {
          /* Translators: %s says what went wrong */
          g_autofree char *title = g_strdup_printf (_("Could not save: %s"), error->message);
          AdwToast *toast = adw_toast_new (title);

          adw_toast_set_timeout (toast, 0);
          show_toast (self, toast);
          update_header (self);
        }
      return;
    }

  self->save_failed = FALSE;
  added = self->id == 0;
  g_clear_pointer (&self->stored, fv_organisation_record_free);
  self->stored = g_steal_pointer (&result->record);
  if (added)
    {
      self->id = self->stored->id;
      self->created_here = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }

  /* New contact persons now have their row in the person table. */
  for (guint i = 0; i < result->serials->len && i < self->stored->contacts->len; i++)
    {
      guint serial = g_array_index (result->serials, guint, i);
      gint64 person_id = ((FvContact *) g_ptr_array_index (self->stored->contacts, i))->person_id;

      for (guint j = 0; j < self->contacts->len; j++)
        {
          ContactEditor *contact = g_ptr_array_index (self->contacts, j);

          if (contact->serial == serial)
            contact->person_id = person_id;
        }
      for (guint j = 0; self->final_record != NULL && j < self->final_serials->len; j++)
        {
          FvContact *contact = g_ptr_array_index (self->final_record->contacts, j);

          if (g_array_index (self->final_serials, guint, j) == serial && contact->person_id == 0)
            contact->person_id = person_id;
        }
    }

  if (result->tags_in_use != NULL)
    {
      g_strfreev (self->tags_in_use);
      self->tags_in_use = g_steal_pointer (&result->tags_in_use);
    }

  if (result->duplicates != NULL)
    {
      g_clear_pointer (&self->duplicates, g_ptr_array_unref);
      self->duplicates = g_steal_pointer (&result->duplicates);
    }

  if (result->clash_orgnr != NULL)
    {
      g_free (self->clash_orgnr);
      g_free (self->clash_name);
      self->clash_orgnr = g_steal_pointer (&result->clash_orgnr);
      self->clash_name = g_steal_pointer (&result->clash_name);
    }

  g_signal_emit (self, signals[SAVED], 0, self->id);

  if (self->discarding)
    {
      delete_new_organisation (self);
      return;
    }

  /* The window closed while this save ran: store what it held last. */
  if (self->final_record != NULL)
    {
      FvOrganisationRecord *last = g_steal_pointer (&self->final_record);

      if (!records_equal (last, self->stored))
        start_save (self, last, g_steal_pointer (&self->final_serials));
      else
        fv_organisation_record_free (last);
      g_clear_pointer (&self->final_serials, g_array_unref);
      return;
    }

  if (self->disposed)
    return;

  {
    g_autoptr(GPtrArray) problems = validate (self, NULL);

    apply_marks (self, problems, TRUE);
  }
  update_record_info (self);
  update_tag_suggestions (self);
  update_duplicates (self);

  if (self->save_again)
    {
      self->save_again = FALSE;
      save_now (self);
    }

  update_header (self);
}

/* Stores what is valid in the form now, if that changes anything. */
static void
save_now (FvOrganisationEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(FvOrganisationRecord) draft = NULL;
  g_autoptr(FvOrganisationRecord) record = NULL;
  g_autoptr(GArray) serials = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (!self->loaded || self->deleted || self->discarding || self->disposed)
    return;

  problems = validate (self, &draft);
  apply_marks (self, problems, TRUE);

  if (self->saving)
    {
      self->save_again = TRUE;
      return;
    }

  record = compose_record (self, draft, problems, &serials);
  if (record == NULL ||
      (self->stored != NULL && !self->check_duplicates && records_equal (record, self->stored)))
    {
      update_header (self);
      return;
    }

  start_save (self, g_steal_pointer (&record), g_steal_pointer (&serials));
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  FvOrganisationEditor *self = user_data;

  self->save_source = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

static void
field_changed (FvOrganisationEditor *self,
               gboolean              at_once)
{
  g_autoptr(GPtrArray) problems = NULL;

  if (self->filling || self->disposed)
    return;
  if (!self->loaded)
    {
      self->early_edit = self->initialised;
      return;
    }

  self->edited = TRUE;
  if (at_once)
    {
      save_now (self);
      return;
    }

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->deleted)
    self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);

  problems = validate (self, NULL);
  apply_marks (self, problems, FALSE);
}

/* Deleting a new duplicate ------------------------------------------------------------ */

static void
delete_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FvOrganisationEditor *self = source_object;
  GError *error = NULL;

  if (!fv_organisation_store_delete (self->database, self->id, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
delete_done_cb (GObject      *object,
                GAsyncResult *res,
                gpointer      user_data)
{
  FvOrganisationEditor *self = FV_ORGANISATION_EDITOR (object);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (res), &error))
    {
      self->discarding = FALSE;
      if (!self->disposed)
        {
          g_autofree char *title = g_strdup_printf (_("Could not remove: %s"), error->message);

          show_toast (self, adw_toast_new (title));
        }
      return;
    }

  self->deleted = TRUE;
  self->close_confirmed = TRUE;
  if (!self->disposed)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_new_organisation (FvOrganisationEditor *self)
{
  g_autoptr(GTask) task = NULL;

  task = g_task_new (self, NULL, delete_done_cb, NULL);
  g_task_set_source_tag (task, delete_new_organisation);
  g_task_run_in_thread (task, delete_thread);
}

/* Loading and following the database --------------------------------------------------- */

static void
load_result_free (LoadResult *result)
{
  g_clear_pointer (&result->record, fv_organisation_record_free);
  g_clear_pointer (&result->categories, g_ptr_array_unref);
  g_clear_pointer (&result->tags_in_use, g_strfreev);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  FvOrganisationEditor *self = source_object;
  g_autoptr(LoadResult) result = g_new0 (LoadResult, 1);
  GError *error = NULL;

  result->categories = fv_organisation_store_list_categories (self->database, &error);
  if (result->categories == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  result->tags_in_use = fv_organisation_store_list_tags (self->database, NULL);

  if (self->id != 0)
    {
      result->record = fv_organisation_store_load (self->database, self->id, &error);
      if (result->record == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) load_result_free);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *res,
              gpointer      user_data)
{
  FvOrganisationEditor *self = FV_ORGANISATION_EDITOR (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(LoadResult) result = g_task_propagate_pointer (G_TASK (res), &error);
  g_autoptr(FvOrganisationRecord) blank = NULL;
  int none = 0;

  if (self->disposed || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (result == NULL)
    {
      g_warning ("Could not open organisation %" G_GINT64_FORMAT ": %s", self->id, error->message);
      show_deleted (self, _("Cannot open this organisation"), error->message);
      return;
    }

  self->category_codes = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_string_list_append (self->category_model, C_("category", "None"));
  g_array_append_val (self->category_codes, none);
  for (guint i = 0; i < result->categories->len; i++)
    {
      FvIcnpoCategory *category = g_ptr_array_index (result->categories, i);
      g_autofree char *label = g_strdup_printf ("%d %s", category->code, category->name);

      gtk_string_list_append (self->category_model, label);
      g_array_append_val (self->category_codes, category->code);
    }

  self->tags_in_use = g_steal_pointer (&result->tags_in_use);
  self->stored = g_steal_pointer (&result->record);

  /* A new organisation starts from the template's defaults, which are the blank
   * record's; what was typed meanwhile is kept. */
  blank = fv_organisation_record_new ();
  if (self->stored != NULL)
    fill_form (self, self->stored, NULL);
  else
    fill_form (self, blank, blank);
  self->loaded = TRUE;
  update_record_info (self);
  update_header (self);

  gtk_stack_set_visible_child_name (self->stack, "form");
  focus_row (GTK_WIDGET (self->name_row));

  /* After the form, so opening the editor stays quick. */
  if (self->stored != NULL)
    start_involvement_load (self);

  if (self->early_edit && self->stored == NULL)
    {
      self->check_duplicates = TRUE;
      field_changed (self, FALSE);
    }
}

typedef struct
{
  FvDatabase           *database;
  gint64                id;
} RefreshJob;

typedef struct
{
  int                   exists;
  FvOrganisationRecord *record;
} RefreshResult;

static void
refresh_job_free (RefreshJob *job)
{
  g_clear_object (&job->database);
  g_free (job);
}

static void
refresh_result_free (RefreshResult *result)
{
  g_clear_pointer (&result->record, fv_organisation_record_free);
  g_free (result);
}

static void
refresh_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RefreshJob *job = task_data;
  RefreshResult *result = g_new0 (RefreshResult, 1);
  GError *error = NULL;

  result->exists = fv_organisation_store_exists (job->database, job->id, &error);
  if (result->exists > 0)
    result->record = fv_organisation_store_load (job->database, job->id, &error);
  if (result->exists < 0 || (result->exists > 0 && result->record == NULL))
    {
      refresh_result_free (result);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, result, (GDestroyNotify) refresh_result_free);
}

static void
refresh_done_cb (GObject      *object,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  FvOrganisationEditor *self = FV_ORGANISATION_EDITOR (object);
  g_autoptr(GError) error = NULL;
  RefreshResult *result = g_task_propagate_pointer (G_TASK (res), &error);

  self->refreshing = FALSE;
  if (self->disposed || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_pointer (&result, refresh_result_free);
      return;
    }

  if (result == NULL)
    g_debug ("Could not re-read organisation %" G_GINT64_FORMAT ": %s", self->id, error->message);
  else if (result->exists == 0)
    {
      if (!self->deleted && !self->discarding)
        show_deleted (self, _("Deleted in another window"),
                      _("This organisation is no longer in the registry. "
                        "Changes made here are not saved."));
    }
  else if (self->deleted && !self->discarding)
    {
      /* Deleting was undone elsewhere: the organisation is back with its id. */
      FvOrganisationRecord *previous = g_steal_pointer (&self->stored);

      self->stored = g_steal_pointer (&result->record);
      fill_form (self, self->stored, previous);
      g_clear_pointer (&previous, fv_organisation_record_free);
      show_restored (self);
      update_record_info (self);
    }
  else if (!self->saving && self->save_source == 0 && self->stored != NULL)
    {
      /* Changed elsewhere; a save of ours would read it back by itself. */
      FvOrganisationRecord *previous = g_steal_pointer (&self->stored);

      self->stored = g_steal_pointer (&result->record);
      fill_form (self, self->stored, previous);
      g_clear_pointer (&previous, fv_organisation_record_free);
      update_record_info (self);
    }

  g_clear_pointer (&result, refresh_result_free);

  if (self->refresh_again)
    {
      self->refresh_again = FALSE;
      start_refresh (self);
    }
}

static void
start_refresh (FvOrganisationEditor *self)
{
  g_autoptr(GTask) task = NULL;
  RefreshJob *job;

  if (self->refreshing)
    {
      self->refresh_again = TRUE;
      return;
    }

  self->refreshing = TRUE;
  task = g_task_new (self, self->cancellable, refresh_done_cb, NULL);
  g_task_set_source_tag (task, start_refresh);
  job = g_new0 (RefreshJob, 1);
  job->database = g_object_ref (self->database);
  job->id = self->id;
  g_task_set_task_data (task, job, (GDestroyNotify) refresh_job_free);
  g_task_run_in_thread (task, refresh_thread);
}

static void
database_changed_cb (FvOrganisationEditor *self,
                     const char           *table,
                     gint64                id,
                     FvDatabase           *database)
{
  if (self->disposed || !self->loaded || self->id == 0 || (id != 0 && id != self->id))
    return;

  start_refresh (self);
}

/* Involvement: what the organisation takes part in ---------------------------------- */

/* The kinds of involvement, each an expander row of the Involvement group. */
typedef enum
{
  INVOLVEMENT_EXCHANGES,
  INVOLVEMENT_COUNCILS,
  INVOLVEMENT_PLANS,
  INVOLVEMENT_INNSPILL,
  N_INVOLVEMENT_KINDS
} InvolvementKind;

G_STATIC_ASSERT (G_N_ELEMENTS (((FvOrganisationEditor *) NULL)->involvement_expanded) == N_INVOLVEMENT_KINDS);

static const struct
{
  const char *title;       /* translatable, marked with N_() */
  const char *icon_name;   /* the area's icon in the window's sidebar */
} involvement_kinds[N_INVOLVEMENT_KINDS] = {
  { N_("Exchanges"), "emblem-shared-symbolic" },
  { N_("Council & Groups"), "system-users-symbolic" },
  { N_("Action Plans"), "view-list-bullet-symbolic" },
  { N_("Input at Meetings (innspill)"), "chat-message-new-symbolic" },
};

/* Expanders with more rows than this start closed: the form stays short. */
#define INVOLVEMENT_ROWS_OPEN 8

/* One row to show, and where choosing it leads. */
typedef struct
{
  char       *title;
  char       *subtitle;
  const char *suffix;        /* a status beside it, or NULL */
  const char *suffix_class;
  const char *area;          /* the window's area, or NULL when it opens nothing */
  gint64      id;            /* the record to open there */
} InvolvementItem;

typedef struct
{
  char      *subtitle;
  GPtrArray *items;          /* (element-type InvolvementItem) */
} InvolvementSection;

static void
involvement_item_free (gpointer data)
{
  InvolvementItem *item = data;

  g_free (item->title);
  g_free (item->subtitle);
  g_free (item);
}

static InvolvementItem *
add_involvement_item (InvolvementSection *section,
                      char               *title,
                      GPtrArray          *subtitle_parts,
                      const char         *area,
                      gint64              id)
{
  InvolvementItem *item = g_new0 (InvolvementItem, 1);

  g_ptr_array_add (subtitle_parts, NULL);
  item->title = title;
  item->subtitle = g_strjoinv (" · ", (char **) subtitle_parts->pdata);
  item->area = area;
  item->id = id;
  g_ptr_array_add (section->items, item);
  return item;
}

static GPtrArray *
new_parts (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

/* "1 exchange · 2 agreements · 1 overdue": what a collapsed expander tells. */
static char *
join_counts (GPtrArray *counts)
{
  g_ptr_array_add (counts, NULL);
  return g_strjoinv (" · ", (char **) counts->pdata);
}

static void
describe_exchanges (const FvInvolvement *involvement,
                    InvolvementSection  *section)
{
  g_autoptr(GPtrArray) counts = new_parts ();
  guint overdue = 0;

  for (guint i = 0; i < involvement->exchanges->len; i++)
    {
      const FvInvolvedExchange *exchange = involvement->exchanges->pdata[i];
      g_autoptr(GPtrArray) parts = new_parts ();

      g_ptr_array_add (parts, fv_exchange_format_date (exchange->date));
      add_involvement_item (section, g_strdup (exchange->name), parts, "exchanges", exchange->exchange_id);

      /* Its agreements follow the exchange they were signed at. */
      for (guint j = 0; j < involvement->agreements->len; j++)
        {
          const FvInvolvedAgreement *agreement = involvement->agreements->pdata[j];
          g_autoptr(GPtrArray) agreement_parts = new_parts ();
          g_autofree char *deadline = NULL;
          InvolvementItem *item;
          char *title;

          if (agreement->exchange_id != exchange->exchange_id)
            continue;

          if (agreement->in_return != NULL)
            title = g_strdup_printf (_("%s, in return for %s"), agreement->description, agreement->in_return);
          else
            title = g_strdup (agreement->description);
          g_ptr_array_add (agreement_parts, g_strdup_printf (_("Agreement no. %u"), agreement->form_number));
          if (agreement->as_giver)
            /* Translators: on an agreement's row in the organisation editor; %s is the receiver */
            g_ptr_array_add (agreement_parts, g_strdup_printf (_("gives to %s"), agreement->other_party));
          else
            /* Translators: on an agreement's row in the organisation editor; %s is the giver */
            g_ptr_array_add (agreement_parts, g_strdup_printf (_("receives from %s"), agreement->other_party));
          deadline = fv_exchange_format_date (agreement->deadline);
          g_ptr_array_add (agreement_parts, g_strdup_printf (_("deadline %s"), deadline));
          item = add_involvement_item (section, title, agreement_parts, "exchanges", agreement->exchange_id);
          if (agreement->overdue)
            {
              item->suffix = _("Overdue");
              item->suffix_class = "error";
              overdue++;
            }
          else
            {
              item->suffix = fv_agreement_status_get_label (agreement->status);
              item->suffix_class = "dim-label";
            }
        }
    }

  g_ptr_array_add (counts, g_strdup_printf (ngettext ("%u exchange", "%u exchanges", involvement->exchanges->len),
                                            involvement->exchanges->len));
  if (involvement->agreements->len > 0)
    g_ptr_array_add (counts, g_strdup_printf (ngettext ("%u agreement", "%u agreements",
                                                        involvement->agreements->len),
                                              involvement->agreements->len));
  if (overdue > 0)
    g_ptr_array_add (counts, g_strdup_printf (_("%u overdue"), overdue));
  section->subtitle = join_counts (counts);
}

static void
describe_councils (const FvInvolvement *involvement,
                   InvolvementSection  *section)
{
  guint n = involvement->memberships->len;

  for (guint i = 0; i < n; i++)
    {
      const FvInvolvedMembership *membership = involvement->memberships->pdata[i];
      FvCouncilMember term = { 0 };
      g_autoptr(GPtrArray) parts = new_parts ();
      g_autofree char *dates = NULL;

      term.term_start = membership->term_start;
      term.term_end = membership->term_end;
      dates = fv_council_member_format_term (&term);
      g_ptr_array_add (parts, g_strdup (membership->person_name));
      if (!fv_text_is_blank (membership->role))
        g_ptr_array_add (parts, g_strdup (membership->role));
      if (*dates != '\0' && membership->term_ended)
        g_ptr_array_add (parts, g_strdup_printf (_("%s (ended)"), dates));
      else if (*dates != '\0')
        g_ptr_array_add (parts, g_steal_pointer (&dates));
      add_involvement_item (section, g_strdup (membership->group_name), parts, "council", membership->group_id);
    }

  /* Translators: how many people sit in councils and groups for the organisation */
  section->subtitle = g_strdup_printf (ngettext ("%u representative", "%u representatives", n), n);
}

static void
describe_plans (const FvInvolvement *involvement,
                InvolvementSection  *section)
{
  g_autoptr(GPtrArray) counts = new_parts ();
  guint n = involvement->actions->len;
  guint overdue = 0;

  for (guint i = 0; i < n; i++)
    {
      const FvInvolvedAction *action = involvement->actions->pdata[i];
      g_autoptr(GPtrArray) parts = new_parts ();
      InvolvementItem *item;
      const char *role;

      /* Translators: where an action is in its plan: the plan's title › the goal */
      g_ptr_array_add (parts, g_strdup_printf (_("%s › %s"), action->plan_title, action->goal_text));
      if (action->as_responsible && action->as_partner)
        /* Translators: on an action's row in the organisation editor: the
         * organisation is its ansvarlig and one of its samarbeidspartnere */
        role = _("responsible and partner");
      else if (action->as_responsible)
        /* Translators: on an action's row in the organisation editor: the organisation is its ansvarlig */
        role = _("responsible");
      else
        /* Translators: on an action's row in the organisation editor: the
         * organisation is one of its samarbeidspartnere */
        role = _("partner");
      g_ptr_array_add (parts, g_strdup (role));
      if (action->deadline != NULL)
        {
          g_autofree char *date = fv_exchange_format_date (action->deadline);

          g_ptr_array_add (parts, g_strdup_printf (_("deadline %s"), date));
        }
      item = add_involvement_item (section, g_strdup (action->text), parts, "plans", action->plan_id);
      if (action->overdue)
        {
          item->suffix = _("Overdue");
          item->suffix_class = "error";
          overdue++;
        }
      else
        {
          item->suffix = fv_plan_action_status_label (action->status);
          item->suffix_class = "dim-label";
        }
    }

  g_ptr_array_add (counts, g_strdup_printf (ngettext ("%u action", "%u actions", n), n));
  if (overdue > 0)
    g_ptr_array_add (counts, g_strdup_printf (_("%u overdue"), overdue));
  section->subtitle = join_counts (counts);
}

static void
describe_innspill (const FvInvolvement *involvement,
                   InvolvementSection  *section)
{
  guint n = involvement->innspill->len;

  for (guint i = 0; i < n; i++)
    {
      const FvInvolvedInnspill *innspill = involvement->innspill->pdata[i];
      g_autoptr(GPtrArray) parts = new_parts ();

      /* An open meeting belongs to no group, so there is no page to open. */
      if (innspill->group_name != NULL)
        g_ptr_array_add (parts, g_strdup (innspill->group_name));
      g_ptr_array_add (parts, g_strdup (fv_meeting_kind_label (innspill->meeting_kind)));
      g_ptr_array_add (parts, fv_exchange_format_date (innspill->meeting_date));
      if (!fv_text_is_blank (innspill->theme))
        g_ptr_array_add (parts, g_strdup (innspill->theme));
      add_involvement_item (section, g_strdup (innspill->text), parts,
                            innspill->group_id != 0 ? "council" : NULL, innspill->group_id);
    }

  /* Translators: how many inputs (innspill) the organisation gave at meetings */
  section->subtitle = g_strdup_printf (ngettext ("%u input", "%u inputs", n), n);
}

static void
involvement_row_activated_cb (FvOrganisationEditor *self,
                              AdwActionRow         *row)
{
  const char *area = g_object_get_data (G_OBJECT (row), "fv-area");
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-id"));
  gboolean handled = FALSE;

  g_signal_emit (self, signals[OPEN_RECORD], 0, area, id, &handled);
}

static GtkWidget *
new_involvement_row (FvOrganisationEditor  *self,
                     const InvolvementItem *item)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), item->subtitle);
  if (item->suffix != NULL)
    {
      GtkWidget *label = gtk_label_new (item->suffix);

      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, item->suffix_class);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  if (item->area != NULL)
    {
      /* The chevron only shows that the row opens: decoration, not read out. */
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), g_object_new (GTK_TYPE_IMAGE,
                                                                     "icon-name", "go-next-symbolic",
                                                                     "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                                     NULL));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "fv-area", (gpointer) item->area);
      g_object_set_data (G_OBJECT (row), "fv-id", GSIZE_TO_POINTER ((gsize) item->id));
      g_signal_connect_object (row, "activated", G_CALLBACK (involvement_row_activated_cb), self,
                               G_CONNECT_SWAPPED);
    }
  return row;
}

/* Keeps what the user opened or closed across a refresh. */
static void
involvement_expanded_cb (FvOrganisationEditor *self,
                         GParamSpec           *pspec,
                         AdwExpanderRow       *expander)
{
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (expander), "fv-kind"));

  self->involvement_expanded[kind] = adw_expander_row_get_expanded (expander);
}

static void
clear_involvement_rows (FvOrganisationEditor *self)
{
  for (guint i = 0; i < self->involvement_rows->len; i++)
    adw_preferences_group_remove (self->involvement_group, self->involvement_rows->pdata[i]);
  g_ptr_array_set_size (self->involvement_rows, 0);
}

static void
add_involvement_expander (FvOrganisationEditor     *self,
                          InvolvementKind           kind,
                          const InvolvementSection *section)
{
  GtkWidget *expander = adw_expander_row_new ();
  gboolean expanded = self->involvement_expanded[kind] >= 0 ? self->involvement_expanded[kind]
                                                            : section->items->len <= INVOLVEMENT_ROWS_OPEN;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _(involvement_kinds[kind].title));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), section->subtitle);
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (expander), involvement_kinds[kind].icon_name);
  for (guint i = 0; i < section->items->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), new_involvement_row (self, section->items->pdata[i]));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), expanded);
  g_object_set_data (G_OBJECT (expander), "fv-kind", GUINT_TO_POINTER (kind));
  g_signal_connect_object (expander, "notify::expanded", G_CALLBACK (involvement_expanded_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->involvement_group, expander);
  g_ptr_array_add (self->involvement_rows, expander);
}

/* Everything the rows would say, to leave them alone when nothing changed: a
 * save of this very form announces a change to the organisation too. */
static char *
involvement_signature (InvolvementSection *sections)
{
  GString *signature = g_string_new (NULL);

  for (guint kind = 0; kind < N_INVOLVEMENT_KINDS; kind++)
    {
      g_string_append_printf (signature, "%u\x1e%s\x1e", kind, sections[kind].subtitle);
      for (guint i = 0; i < sections[kind].items->len; i++)
        {
          InvolvementItem *item = sections[kind].items->pdata[i];

          g_string_append_printf (signature, "%s\x1f%s\x1f%s\x1f%s\x1f%" G_GINT64_FORMAT "\x1e",
                                  item->title, item->subtitle, item->suffix ? item->suffix : "",
                                  item->area ? item->area : "", item->id);
        }
    }
  return g_string_free (signature, FALSE);
}

static void
show_involvement (FvOrganisationEditor *self,
                  const FvInvolvement  *involvement)
{
  InvolvementSection sections[N_INVOLVEMENT_KINDS];
  g_autofree char *signature = NULL;
  const guint counts[N_INVOLVEMENT_KINDS] = {
    involvement->exchanges->len,
    involvement->memberships->len,
    involvement->actions->len,
    involvement->innspill->len,
  };

  for (guint kind = 0; kind < N_INVOLVEMENT_KINDS; kind++)
    {
      sections[kind].subtitle = NULL;
      sections[kind].items = g_ptr_array_new_with_free_func (involvement_item_free);
    }
  describe_exchanges (involvement, &sections[INVOLVEMENT_EXCHANGES]);
  describe_councils (involvement, &sections[INVOLVEMENT_COUNCILS]);
  describe_plans (involvement, &sections[INVOLVEMENT_PLANS]);
  describe_innspill (involvement, &sections[INVOLVEMENT_INNSPILL]);

  signature = involvement_signature (sections);
  if (g_strcmp0 (signature, self->involvement_shown) != 0)
    {
      clear_involvement_rows (self);
      for (guint kind = 0; kind < N_INVOLVEMENT_KINDS; kind++)
        if (counts[kind] > 0)
          add_involvement_expander (self, kind, &sections[kind]);
      gtk_widget_set_visible (self->involvement_empty_row, fv_involvement_count (involvement) == 0);
      g_free (self->involvement_shown);
      self->involvement_shown = g_steal_pointer (&signature);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->involvement_group), TRUE);

  for (guint kind = 0; kind < N_INVOLVEMENT_KINDS; kind++)
    {
      g_free (sections[kind].subtitle);
      g_ptr_array_unref (sections[kind].items);
    }
}

typedef struct
{
  FvDatabase *database;
  gint64      id;
} InvolvementJob;

static void
involvement_job_free (InvolvementJob *job)
{
  g_clear_object (&job->database);
  g_free (job);
}

static void
involvement_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  InvolvementJob *job = task_data;
  GError *error = NULL;
  FvInvolvement *involvement = fv_involvement_load (job->database, job->id, NULL, &error);

  if (involvement == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, involvement, (GDestroyNotify) fv_involvement_free);
}

static void
involvement_done_cb (GObject      *object,
                     GAsyncResult *res,
                     gpointer      user_data)
{
  FvOrganisationEditor *self = FV_ORGANISATION_EDITOR (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvInvolvement) involvement = g_task_propagate_pointer (G_TASK (res), &error);

  self->involvement_loading = FALSE;
  if (self->disposed || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (involvement != NULL)
    show_involvement (self, involvement);
  else if (g_error_matches (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND))
    /* Deleted elsewhere: the notice at the top says so. */
    gtk_widget_set_visible (GTK_WIDGET (self->involvement_group), FALSE);
  else
    g_warning ("Could not read what organisation %" G_GINT64_FORMAT " takes part in: %s",
               self->id, error->message);

  if (self->involvement_again)
    {
      self->involvement_again = FALSE;
      start_involvement_load (self);
    }
}

/* Reads the involvement in a thread; asked again meanwhile, reads once more after. */
static void
start_involvement_load (FvOrganisationEditor *self)
{
  g_autoptr(GTask) task = NULL;
  InvolvementJob *job;

  if (self->id == 0 || self->disposed)
    return;
  if (self->involvement_loading)
    {
      self->involvement_again = TRUE;
      return;
    }

  self->involvement_started = TRUE;
  self->involvement_loading = TRUE;
  task = g_task_new (self, self->cancellable, involvement_done_cb, NULL);
  g_task_set_source_tag (task, start_involvement_load);
  job = g_new0 (InvolvementJob, 1);
  job->database = g_object_ref (self->database);
  job->id = self->id;
  g_task_set_task_data (task, job, (GDestroyNotify) involvement_job_free);
  g_task_run_in_thread (task, involvement_thread);
}

/* The other areas changed: read again. A new organisation shows nothing until
 * one of them names it; its own saves are not news. */
static void
involvement_changed_cb (FvOrganisationEditor *self,
                        const char           *table,
                        gint64                id,
                        FvDatabase           *database)
{
  if (self->disposed || !self->loaded || self->id == 0 || !fv_involvement_watches_table (table))
    return;
  if (!self->involvement_started && (g_str_equal (table, "organisation") || g_str_equal (table, "person")))
    return;

  start_involvement_load (self);
}

/* Template callbacks ---------------------------------------------------------------- */

static void
text_changed_cb (FvOrganisationEditor *self,
                 GtkEditable          *editable)
{
  if (self->filling)
    return;
  if (editable == GTK_EDITABLE (self->name_row) || editable == GTK_EDITABLE (self->orgnr_row))
    self->check_duplicates = TRUE;
  field_changed (self, FALSE);
}

static void
buffer_changed_cb (FvOrganisationEditor *self)
{
  field_changed (self, FALSE);
}

static void
tags_changed_cb (FvOrganisationEditor *self)
{
  if (self->filling)
    return;
  update_tag_suggestions (self);
  field_changed (self, FALSE);
}

static void
choice_changed_cb (FvOrganisationEditor *self)
{
  field_changed (self, TRUE);
}

/* The ranks have no gaps: choosing None moves the categories below it up. */
static void
category_changed_cb (FvOrganisationEditor *self)
{
  if (self->filling || !self->loaded)
    return;

  self->filling = TRUE;
  for (guint i = 0; i + 1 < G_N_ELEMENTS (self->category_rows); i++)
    if (adw_combo_row_get_selected (self->category_rows[i]) == 0)
      for (guint j = i + 1; j < G_N_ELEMENTS (self->category_rows); j++)
        if (adw_combo_row_get_selected (self->category_rows[j]) != 0)
          {
            guint moved = adw_combo_row_get_selected (self->category_rows[j]);

            adw_combo_row_set_selected (self->category_rows[i], moved);
            adw_combo_row_set_selected (self->category_rows[j], 0);
            break;
          }
  self->filling = FALSE;

  update_category_sensitivity (self);
  field_changed (self, TRUE);
}

static void
add_contact_clicked_cb (FvOrganisationEditor *self)
{
  ContactEditor *contact = add_contact_editor (self, NULL);

  adw_expander_row_set_expanded (contact->row, TRUE);
  focus_row (GTK_WIDGET (contact->name_row));
}

static void
problems_button_clicked_cb (FvOrganisationEditor *self)
{
  g_autoptr(GPtrArray) rows = markable_rows (self);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *expander;

      if (!row_is_marked (row))
        continue;
      expander = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW);
      if (expander != NULL)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
      focus_row (row);
      return;
    }
}

static void
dismiss_duplicates_clicked_cb (FvOrganisationEditor *self)
{
  for (guint i = 0; self->duplicates != NULL && i < self->duplicates->len; i++)
    {
      FvDuplicate *duplicate = g_ptr_array_index (self->duplicates, i);

      g_array_append_val (self->dismissed_ids, duplicate->id);
    }
  update_duplicates (self);
}

static void
discard_button_clicked_cb (FvOrganisationEditor *self)
{
  g_return_if_fail (self->created_here);

  self->discarding = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  set_sensitive (self, self->form_box, FALSE, NULL);
  set_sensitive (self, GTK_WIDGET (self->duplicates_group), FALSE, NULL);
  if (!self->saving)
    delete_new_organisation (self);
}

/* Actions ------------------------------------------------------------------------ */

static void
undo_remove_contact_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FvOrganisationEditor *self = FV_ORGANISATION_EDITOR (widget);
  g_autoptr(GPtrArray) contacts = NULL;
  FvContact *removed = g_steal_pointer (&self->removed_contact);

  if (removed == NULL)
    return;
  if (self->deleted)
    {
      fv_contact_free (removed);
      return;
    }

  /* Rebuilt in order, so the person is back at their rank. */
  contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_contact_free);
  for (guint i = 0; i < self->contacts->len; i++)
    g_ptr_array_add (contacts, contact_from_form (g_ptr_array_index (self->contacts, i)));
  g_ptr_array_insert (contacts, MIN ((int) self->removed_index, (int) contacts->len), removed);

  self->filling = TRUE;
  set_contact_editors (self, contacts);
  self->filling = FALSE;
  field_changed (self, TRUE);
}

static gboolean
close_confirmed_cb (gpointer user_data)
{
  FvOrganisationEditor *self = user_data;

  if (!self->disposed)
    gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
close_response_cb (AdwMessageDialog     *dialog,
                   const char           *response,
                   FvOrganisationEditor *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  /* Closed once the dialog is gone: it must not outlive the window it belongs to. */
  self->close_confirmed = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_confirmed_cb,
                   g_object_ref (self), g_object_unref);
}

/* Asks before closing when what was typed cannot all be stored. */
static gboolean
confirm_close (FvOrganisationEditor *self,
               GPtrArray            *problems)
{
  g_autoptr(GString) fields = g_string_new (NULL);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (!self->edited || problems->len == 0)
    return FALSE;

  if (self->stored == NULL)
    body = g_strdup (_("The new organisation has no name yet, so nothing was added."));
  else
    {
      for (guint i = 0; i < problems->len; i++)
        {
          Problem *problem = g_ptr_array_index (problems, i);
          const char *label = problem->contact != NULL ? _("Contact persons") :
                              fv_organisation_record_field_label (problem->field);

          if (strstr (fields->str, label) != NULL)
            continue;
          if (fields->len > 0)
            g_string_append (fields, ", ");
          g_string_append (fields, label);
        }
      /* Translators: %s is a list of field names, such as "Organisation number, E-mail" */
      body = g_strdup_printf (_("These fields have problems, and what was typed in them "
                                "was not saved: %s."),
                              fields->str);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Discard Unsaved Changes?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static gboolean
fv_organisation_editor_close_request (GtkWindow *window)
{
  FvOrganisationEditor *self = FV_ORGANISATION_EDITOR (window);

  if (self->loaded && !self->deleted && !self->discarding)
    {
      g_autoptr(FvOrganisationRecord) draft = NULL;
      g_autoptr(GPtrArray) problems = validate (self, &draft);

      if (!self->close_confirmed && confirm_close (self, problems))
        return TRUE;

      /* Store what is valid before the form goes away. */
      g_clear_handle_id (&self->save_source, g_source_remove);
      if (self->saving)
        {
          g_clear_pointer (&self->final_record, fv_organisation_record_free);
          g_clear_pointer (&self->final_serials, g_array_unref);
          self->final_record = compose_record (self, draft, problems, &self->final_serials);
        }
      else
        save_now (self);
    }

  return GTK_WINDOW_CLASS (fv_organisation_editor_parent_class)->close_request (window);
}

/* Building the form ----------------------------------------------------------------- */

static void
category_item_selected_cb (AdwComboRow *row,
                           GParamSpec  *pspec,
                           GtkListItem *item)
{
  GtkWidget *check = g_object_get_data (G_OBJECT (item), "fv-check");
  gboolean selected = gtk_list_item_get_position (item) == adw_combo_row_get_selected (row);

  gtk_widget_set_opacity (check, selected ? 1 : 0);
}

static void
category_item_setup_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        AdwComboRow              *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *group = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (group), 0);
  gtk_widget_add_css_class (group, "caption");
  gtk_widget_add_css_class (group, "dim-label");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), group);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), check);

  g_object_set_data (G_OBJECT (item), "fv-title", title);
  g_object_set_data (G_OBJECT (item), "fv-group", group);
  g_object_set_data (G_OBJECT (item), "fv-check", check);
  gtk_list_item_set_child (item, box);
}

/* "1200 Idrett" with its main group under it, so the list reads as grouped. */
static void
category_item_bind_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       AdwComboRow              *row)
{
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  const char *group = fv_icnpo_group_name ((int) g_ascii_strtoll (text, NULL, 10));
  GtkWidget *group_label = g_object_get_data (G_OBJECT (item), "fv-group");
  gulong handler;

  gtk_label_set_label (g_object_get_data (G_OBJECT (item), "fv-title"), text);
  gtk_label_set_label (GTK_LABEL (group_label), group != NULL ? group : "");
  gtk_widget_set_visible (group_label, group != NULL);

  handler = g_signal_connect (row, "notify::selected",
                              G_CALLBACK (category_item_selected_cb), item);
  g_object_set_data (G_OBJECT (item), "fv-handler", GSIZE_TO_POINTER ((gsize) handler));
  category_item_selected_cb (row, NULL, item);
}

static void
category_item_unbind_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *item,
                         AdwComboRow              *row)
{
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "fv-handler"));

  g_clear_signal_handler (&handler, row);
  g_object_set_data (G_OBJECT (item), "fv-handler", NULL);
}

static void
setup_category_row (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (category_item_setup_cb), row);
  g_signal_connect (factory, "bind", G_CALLBACK (category_item_bind_cb), row);
  g_signal_connect (factory, "unbind", G_CALLBACK (category_item_unbind_cb), row);
  adw_combo_row_set_list_factory (row, factory);
}

static AdwEntryRow *
add_kind_rows (FvOrganisationEditor *self,
               AdwPreferencesGroup  *group,
               const FvKind         *kinds,
               guint                 n_kinds,
               GPtrArray            *checks,
               const char           *note_title)
{
  AdwEntryRow *note;

  for (guint i = 0; i < n_kinds; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (check), "fv-flag", GUINT_TO_POINTER (kinds[i].flag));
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (choice_changed_cb), self);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(kinds[i].label));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (checks, check);
    }

  note = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), note_title);
  g_signal_connect_swapped (note, "changed", G_CALLBACK (text_changed_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (note));
  return note;
}

/* GObject ---------------------------------------------------------------------- */

static gboolean
fv_organisation_editor_real_open_organisation (FvOrganisationEditor *self,
                                               gint64                id)
{
  FvOrganisationEditor *other;

  other = fv_organisation_editor_new (gtk_window_get_transient_for (GTK_WINDOW (self)),
                                      self->database, id);
  gtk_window_present (GTK_WINDOW (other));
  return TRUE;
}

static void
fv_organisation_editor_constructed (GObject *object)
{
  FvOrganisationEditor *self = FV_ORGANISATION_EDITOR (object);
  g_autoptr(GTask) task = NULL;

  G_OBJECT_CLASS (fv_organisation_editor_parent_class)->constructed (object);

  g_return_if_fail (FV_IS_DATABASE (self->database));

  g_signal_connect_object (self->database, "changed::organisation",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->database, "changed",
                           G_CALLBACK (involvement_changed_cb), self, G_CONNECT_SWAPPED);

  update_header (self);
  task = g_task_new (self, self->cancellable, load_done_cb, NULL);
  g_task_set_source_tag (task, fv_organisation_editor_constructed);
  g_task_run_in_thread (task, load_thread);
}

static void
fv_organisation_editor_dispose (GObject *object)
{
  FvOrganisationEditor *self = FV_ORGANISATION_EDITOR (object);

  self->disposed = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);

  /* The contact editors point at widgets that go with the template. */
  if (self->contacts != NULL)
    g_ptr_array_set_size (self->contacts, 0);
  if (self->duplicate_rows != NULL)
    g_ptr_array_set_size (self->duplicate_rows, 0);
  if (self->involvement_rows != NULL)
    g_ptr_array_set_size (self->involvement_rows, 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_ORGANISATION_EDITOR);

  G_OBJECT_CLASS (fv_organisation_editor_parent_class)->dispose (object);
}

static void
fv_organisation_editor_finalize (GObject *object)
{
  FvOrganisationEditor *self = FV_ORGANISATION_EDITOR (object);

  g_clear_object (&self->database);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->stored, fv_organisation_record_free);
  g_clear_pointer (&self->final_record, fv_organisation_record_free);
  g_clear_pointer (&self->final_serials, g_array_unref);
  g_clear_pointer (&self->category_codes, g_array_unref);
  g_clear_pointer (&self->tags_in_use, g_strfreev);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->offer_checks, g_ptr_array_unref);
  g_clear_pointer (&self->need_checks, g_ptr_array_unref);
  g_clear_pointer (&self->duplicate_rows, g_ptr_array_unref);
  g_clear_pointer (&self->involvement_rows, g_ptr_array_unref);
  g_clear_pointer (&self->involvement_shown, g_free);
  g_clear_pointer (&self->duplicates, g_ptr_array_unref);
  g_clear_pointer (&self->dismissed_ids, g_array_unref);
  g_clear_pointer (&self->clash_orgnr, g_free);
  g_clear_pointer (&self->clash_name, g_free);
  g_clear_pointer (&self->removed_contact, fv_contact_free);

  G_OBJECT_CLASS (fv_organisation_editor_parent_class)->finalize (object);
}

static void
fv_organisation_editor_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  FvOrganisationEditor *self = FV_ORGANISATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_organisation_editor_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  FvOrganisationEditor *self = FV_ORGANISATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_organisation_editor_class_init (FvOrganisationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  /* Naming the resource keeps the templates in a static link; it registers itself. */
  G_GNUC_UNUSED GResource *resource = fv_gui_get_resource ();

  object_class->constructed = fv_organisation_editor_constructed;
  object_class->dispose = fv_organisation_editor_dispose;
  object_class->finalize = fv_organisation_editor_finalize;
  object_class->get_property = fv_organisation_editor_get_property;
  object_class->set_property = fv_organisation_editor_set_property;
  window_class->close_request = fv_organisation_editor_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, FV_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * FvOrganisationEditor:id:
   *
   * The organisation's row id; 0 for a new organisation until it is added,
   * then notified once with its new id.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FvOrganisationEditor::saved:
   * @id: the organisation's id (new after the first save of a new organisation)
   *
   * Emitted after each change was stored.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * FvOrganisationEditor::open-organisation:
   * @id: the organisation the user wants to see, a likely duplicate
   *
   * Return %TRUE when you opened it. Unhandled, the editor opens a second
   * editor for it.
   */
  signals[OPEN_ORGANISATION] =
    g_signal_new_class_handler ("open-organisation",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (fv_organisation_editor_real_open_organisation),
                                g_signal_accumulator_true_handled, NULL, NULL,
                                G_TYPE_BOOLEAN, 1, G_TYPE_INT64);

  /**
   * FvOrganisationEditor::open-record:
   * @area: the window's area: "exchanges", "council" or "plans"
   * @id: the record to open there: an exchange, a group or a plan
   *
   * The user chose a row of the organisation's involvement. Return %TRUE
   * when you showed it; an editor without a main window opens nothing.
   */
  signals[OPEN_RECORD] =
    g_signal_new ("open-record",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_true_handled, NULL, NULL,
                  G_TYPE_BOOLEAN, 2, G_TYPE_STRING, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/organisations/fv-organisation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, problems_button);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, duplicates_group);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, discard_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, deleted_group);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, deleted_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, deleted_close_button);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, form_box);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, orgnr_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, org_form_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, sector_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, category1_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, category2_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, category3_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, tag_suggestions_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, tag_suggestions);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, website_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, street_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, postcode_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, district_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, members_total_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, members_under_20_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, offers_group);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, needs_group);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, active_switch);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, register_switch);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, consent_switch);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, involvement_group);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, involvement_empty_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, record_group);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, register_status_row);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, source_label);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, created_label);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, updated_label);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, sector_model);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationEditor, category_model);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, tags_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, category_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_contact_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, problems_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_duplicates_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, discard_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "editor.undo-remove-contact", NULL,
                                   undo_remove_contact_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
fv_organisation_editor_init (FvOrganisationEditor *self)
{
  const FvKind *kinds;
  guint n_kinds;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->contacts = g_ptr_array_new_with_free_func (g_free);
  self->offer_checks = g_ptr_array_new ();
  self->need_checks = g_ptr_array_new ();
  self->duplicate_rows = g_ptr_array_new ();
  self->involvement_rows = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (self->involvement_expanded); i++)
    self->involvement_expanded[i] = -1;
  self->dismissed_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < G_N_ELEMENTS (sector_keys); i++)
    gtk_string_list_append (self->sector_model, fv_sector_get_label (sector_keys[i]));

  self->category_rows[0] = self->category1_row;
  self->category_rows[1] = self->category2_row;
  self->category_rows[2] = self->category3_row;
  for (guint i = 0; i < G_N_ELEMENTS (self->category_rows); i++)
    setup_category_row (self->category_rows[i]);

  kinds = fv_offer_kinds (&n_kinds);
  self->offers_note_row = add_kind_rows (self, self->offers_group, kinds, n_kinds, self->offer_checks,
                                         _("Note on what they offer"));
  kinds = fv_need_kinds (&n_kinds);
  self->needs_note_row = add_kind_rows (self, self->needs_group, kinds, n_kinds, self->need_checks,
                                        _("Note on what they need"));

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->description_view), "changed",
                            G_CALLBACK (buffer_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->notes_view), "changed",
                            G_CALLBACK (buffer_changed_cb), self);

  self->initialised = TRUE;
}

/**
 * fv_organisation_editor_new:
 * @parent: (nullable): the window it belongs to
 * @database: where the organisation lives
 * @id: the organisation, or 0 for a new one
 *
 * Returns: (transfer none): a new editor window; present it
 */
FvOrganisationEditor *
fv_organisation_editor_new (GtkWindow  *parent,
                            FvDatabase *database,
                            gint64      id)
{
  GtkApplication *application = parent != NULL ? gtk_window_get_application (parent) : NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);
  g_return_val_if_fail (id >= 0, NULL);

  return g_object_new (FV_TYPE_ORGANISATION_EDITOR,
                       "transient-for", parent,
                       "application", application,
                       "database", database,
                       "id", id,
                       NULL);
}

gint64
fv_organisation_editor_get_id (FvOrganisationEditor *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATION_EDITOR (self), 0);

  return self->id;
}

FvDatabase *
fv_organisation_editor_get_database (FvOrganisationEditor *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATION_EDITOR (self), NULL);

  return self->database;
}

/* Whether some field shows a problem (and what was typed there is not stored). */
gboolean
fv_organisation_editor_has_problems (FvOrganisationEditor *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATION_EDITOR (self), FALSE);

  return self->loaded && !self->deleted && has_marks (self);
}
