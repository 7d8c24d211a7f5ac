/* fv-agreement-dialog.c — recording one agreement signed at an exchange
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The coordinator copies a signed form: its number, the two parties (chosen
 * among the exchange's participants), what is given and what comes back, the
 * kind of help, the deadline and, later, how the follow-up went. The problems
 * stand under their fields; Save writes the agreement in one short transaction.
 */

#define G_LOG_DOMAIN "fv-agreement-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "fv-agreement-dialog.h"
#include "fv-exchange-store.h"

struct _FvAgreementDialog
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkWidget         *save_button;
  AdwActionRow      *number_row;
  GtkSpinButton     *number_spin;
  AdwComboRow       *giver_row;
  AdwComboRow       *receiver_row;
  AdwEntryRow       *description_row;
  AdwEntryRow       *in_return_row;
  AdwComboRow       *category_row;
  AdwEntryRow       *deadline_row;
  AdwComboRow       *status_row;
  AdwEntryRow       *follow_up_row;

  /* Owned references */
  FvDatabase        *database;
  FvAgreementRecord *record;
  GPtrArray         *participants;   /* (element-type FvParticipant) */
  gint64             saved_id;
};

G_DEFINE_FINAL_TYPE (FvAgreementDialog, fv_agreement_dialog, ADW_TYPE_WINDOW)

void
fv_exchange_set_row_problem (GtkWidget  *row,
                             const char *message)
{
  GtkWidget *message_row = g_object_get_data (G_OBJECT (row), "fv-message-row");
  GtkWidget *label;

  if (message == NULL)
    {
      if (!gtk_widget_has_css_class (row, "error"))
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

static GtkWidget *
row_for_field (FvAgreementDialog *self,
               const char        *field)
{
  if (g_strcmp0 (field, "giver") == 0)
    return GTK_WIDGET (self->giver_row);
  if (g_strcmp0 (field, "receiver") == 0)
    return GTK_WIDGET (self->receiver_row);
  if (g_strcmp0 (field, "description") == 0)
    return GTK_WIDGET (self->description_row);
  if (g_strcmp0 (field, "deadline") == 0)
    return GTK_WIDGET (self->deadline_row);
  if (g_strcmp0 (field, "category") == 0)
    return GTK_WIDGET (self->category_row);
  return GTK_WIDGET (self->number_row);
}

static void
clear_problems (FvAgreementDialog *self)
{
  const char *fields[] = { "form_number", "giver", "receiver", "description", "deadline", "category" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    fv_exchange_set_row_problem (row_for_field (self, fields[i]), NULL);
}

static gint64
selected_participant (AdwComboRow *row,
                      GPtrArray   *participants)
{
  guint position = adw_combo_row_get_selected (row);

  if (position == GTK_INVALID_LIST_POSITION || position >= participants->len)
    return 0;
  return ((FvParticipant *) participants->pdata[position])->organisation_id;
}

/* Reads the form into the record; returns FALSE when the deadline cannot be read. */
static gboolean
read_form (FvAgreementDialog *self)
{
  FvAgreementRecord *record = self->record;
  const FvKind *kinds;
  guint n_kinds, category;
  const char *deadline_text = gtk_editable_get_text (GTK_EDITABLE (self->deadline_row));
  gboolean deadline_ok = TRUE;

  record->form_number = (guint) gtk_spin_button_get_value_as_int (self->number_spin);
  record->giver_id = selected_participant (self->giver_row, self->participants);
  record->receiver_id = selected_participant (self->receiver_row, self->participants);
  g_free (record->description);
  record->description = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row)));
  g_free (record->in_return);
  record->in_return = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->in_return_row)));
  kinds = fv_offer_kinds (&n_kinds);
  category = adw_combo_row_get_selected (self->category_row);
  g_free (record->category);
  record->category = g_strdup (category < n_kinds ? kinds[category].key : "other");
  g_clear_pointer (&record->deadline, g_free);
  if (*deadline_text != '\0')
    {
      record->deadline = fv_exchange_parse_date (deadline_text);
      deadline_ok = record->deadline != NULL;
    }
  record->status = MIN (adw_combo_row_get_selected (self->status_row), FV_AGREEMENT_N_STATUSES - 1);
  g_free (record->follow_up);
  record->follow_up = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->follow_up_row)));
  return deadline_ok;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvAgreementDialog *self = FV_AGREEMENT_DIALOG (widget);
  g_autoptr(FvAgreementRecord) attempt = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean deadline_ok;

  clear_problems (self);
  deadline_ok = read_form (self);
  problems = fv_agreement_record_check (self->record);
  if (!deadline_ok)
    fv_exchange_set_row_problem (GTK_WIDGET (self->deadline_row),
                                 _("Write the date as day.month.year, for example 12.03.2025."));
  for (guint i = 0; i < problems->len; i++)
    {
      FvFieldProblem *problem = problems->pdata[i];

      fv_exchange_set_row_problem (row_for_field (self, problem->field), problem->message);
    }
  if (!deadline_ok || problems->len > 0)
    return;

  attempt = fv_agreement_record_copy (self->record);
  if (!fv_exchange_store_save_agreement (self->database, attempt, &error))
    {
      GtkWidget *row = g_error_matches (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_EXISTS)
                       ? GTK_WIDGET (self->number_row) : GTK_WIDGET (self->description_row);

      if (g_error_matches (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT) &&
          !g_error_matches (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_EXISTS))
        row = GTK_WIDGET (self->receiver_row);
      fv_exchange_set_row_problem (row, error->message);
      return;
    }

  self->saved_id = attempt->id;
  gtk_window_close (GTK_WINDOW (self));
}

static void
fv_agreement_dialog_dispose (GObject *object)
{
  FvAgreementDialog *self = FV_AGREEMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_AGREEMENT_DIALOG);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fv_agreement_dialog_parent_class)->dispose (object);
}

static void
fv_agreement_dialog_finalize (GObject *object)
{
  FvAgreementDialog *self = FV_AGREEMENT_DIALOG (object);

  g_clear_pointer (&self->record, fv_agreement_record_free);
  g_clear_pointer (&self->participants, g_ptr_array_unref);

  G_OBJECT_CLASS (fv_agreement_dialog_parent_class)->finalize (object);
}

static void
fv_agreement_dialog_class_init (FvAgreementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_agreement_dialog_dispose;
  object_class->finalize = fv_agreement_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/exchanges/fv-agreement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FvAgreementDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FvAgreementDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, FvAgreementDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, FvAgreementDialog, number_spin);
  gtk_widget_class_bind_template_child (widget_class, FvAgreementDialog, giver_row);
  gtk_widget_class_bind_template_child (widget_class, FvAgreementDialog, receiver_row);
  gtk_widget_class_bind_template_child (widget_class, FvAgreementDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, FvAgreementDialog, in_return_row);
  gtk_widget_class_bind_template_child (widget_class, FvAgreementDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, FvAgreementDialog, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, FvAgreementDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, FvAgreementDialog, follow_up_row);

  gtk_widget_class_install_action (widget_class, "agreement.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "agreement.save", NULL);
}

/* A problem goes as soon as the field changes; Save checks again. */
static void
row_changed_cb (GtkWidget *row)
{
  fv_exchange_set_row_problem (row, NULL);
}

static void
party_changed_cb (FvAgreementDialog *self)
{
  fv_exchange_set_row_problem (GTK_WIDGET (self->giver_row), NULL);
  fv_exchange_set_row_problem (GTK_WIDGET (self->receiver_row), NULL);
}

static void
fv_agreement_dialog_init (FvAgreementDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Enter in the form number saves, as in the other fields; GTK 4.8's spin button
   * has no activates-default of its own. */
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->number_spin))), TRUE);

  g_signal_connect (self->description_row, "changed", G_CALLBACK (row_changed_cb), NULL);
  g_signal_connect (self->deadline_row, "changed", G_CALLBACK (row_changed_cb), NULL);
  g_signal_connect_swapped (self->number_spin, "value-changed", G_CALLBACK (row_changed_cb), self->number_row);
  g_signal_connect_swapped (self->giver_row, "notify::selected", G_CALLBACK (party_changed_cb), self);
  g_signal_connect_swapped (self->receiver_row, "notify::selected", G_CALLBACK (party_changed_cb), self);
}

static GtkStringList *
participant_names (GPtrArray *participants)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  for (guint i = 0; i < participants->len; i++)
    gtk_string_list_append (names, ((FvParticipant *) participants->pdata[i])->name);
  return names;
}

static guint
participant_position (GPtrArray *participants,
                      gint64     id)
{
  for (guint i = 0; i < participants->len; i++)
    if (((FvParticipant *) participants->pdata[i])->organisation_id == id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
fill_form (FvAgreementDialog *self)
{
  FvAgreementRecord *record = self->record;
  g_autoptr(GtkStringList) givers = participant_names (self->participants);
  g_autoptr(GtkStringList) receivers = participant_names (self->participants);
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autofree char *deadline = fv_exchange_format_date (record->deadline);
  const FvKind *kinds;
  guint n_kinds, category = 0;

  kinds = fv_offer_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      gtk_string_list_append (categories, _(kinds[i].label));
      if (g_strcmp0 (kinds[i].key, record->category) == 0)
        category = i;
    }
  for (guint i = 0; i < FV_AGREEMENT_N_STATUSES; i++)
    gtk_string_list_append (statuses, fv_agreement_status_get_label (i));

  gtk_spin_button_set_value (self->number_spin, record->form_number);
  adw_combo_row_set_model (self->giver_row, G_LIST_MODEL (givers));
  adw_combo_row_set_model (self->receiver_row, G_LIST_MODEL (receivers));
  adw_combo_row_set_selected (self->giver_row, participant_position (self->participants, record->giver_id));
  adw_combo_row_set_selected (self->receiver_row, participant_position (self->participants, record->receiver_id));
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), record->description ? record->description : "");
  gtk_editable_set_text (GTK_EDITABLE (self->in_return_row), record->in_return ? record->in_return : "");
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));
  adw_combo_row_set_selected (self->category_row, category);
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_row), deadline);
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (self->status_row, record->status);
  gtk_editable_set_text (GTK_EDITABLE (self->follow_up_row), record->follow_up ? record->follow_up : "");
}

/**
 * fv_agreement_dialog_new:
 * @agreement_id: the agreement to edit, or 0 for a new one
 *
 * Returns: (transfer none) (nullable): the dialog, not yet presented; %NULL
 *   with @error set when the exchange or agreement cannot be read
 */
FvAgreementDialog *
fv_agreement_dialog_new (GtkWindow   *parent,
                         FvDatabase  *database,
                         gint64       exchange_id,
                         gint64       agreement_id,
                         GError     **error)
{
  g_autoptr(FvExchangeRecord) exchange = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(FvAgreementRecord) record = NULL;
  FvAgreementDialog *self;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  exchange = fv_exchange_store_load (database, exchange_id, error);
  if (exchange == NULL)
    return NULL;
  participants = fv_exchange_store_list_participants (database, exchange_id, error);
  if (participants == NULL)
    return NULL;

  if (agreement_id != 0)
    {
      record = fv_exchange_store_load_agreement (database, agreement_id, error);
      if (record == NULL)
        return NULL;
    }
  else
    {
      int y, m, d;

      record = fv_agreement_record_new ();
      record->exchange_id = exchange_id;
      record->form_number = fv_exchange_store_next_form_number (database, exchange_id, NULL);
      record->giver_id = participants->len > 0 ? ((FvParticipant *) participants->pdata[0])->organisation_id : 0;
      record->receiver_id = participants->len > 1 ? ((FvParticipant *) participants->pdata[1])->organisation_id : 0;
      if (sscanf (exchange->date, "%4d-%2d-%2d", &y, &m, &d) == 3)
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, d, m, y);
          if (g_date_valid (&date))
            {
              g_date_add_years (&date, 1);
              record->deadline = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                                                  g_date_get_month (&date), g_date_get_day (&date));
            }
        }
    }

  self = g_object_new (FV_TYPE_AGREEMENT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  self->participants = g_steal_pointer (&participants);
  self->record = g_steal_pointer (&record);

  if (agreement_id != 0)
    /* Translators: %u is the number on the agreement form */
    subtitle = g_strdup_printf (_("Agreement no. %u"), self->record->form_number);
  adw_window_title_set_title (self->window_title, agreement_id != 0 ? _("Edit Agreement") : _("New Agreement"));
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : exchange->name);
  gtk_button_set_label (GTK_BUTTON (self->save_button), agreement_id != 0 ? _("_Save") : _("_Add"));
  gtk_window_set_title (GTK_WINDOW (self), agreement_id != 0 ? _("Edit Agreement") : _("New Agreement"));
  fill_form (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->description_row));
  return self;
}

/* The agreement written by Save, 0 while none was. */
gint64
fv_agreement_dialog_get_saved_id (FvAgreementDialog *self)
{
  g_return_val_if_fail (FV_IS_AGREEMENT_DIALOG (self), 0);

  return self->saved_id;
}
