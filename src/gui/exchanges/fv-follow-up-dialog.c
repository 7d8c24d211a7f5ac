/* fv-follow-up-dialog.c — following up one agreement after the exchange
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The question the coordinator asks the parties when the deadline comes: was
 * it carried out? The dialog names the agreement (number, parties, what was
 * agreed, deadline), offers the four statuses as one choice and keeps a short
 * note of how it went. Save writes both in one transaction; nothing is
 * written before.
 */

#define G_LOG_DOMAIN "fv-follow-up-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-follow-up-dialog.h"

struct _FvFollowUpDialog
{
  AdwMessageDialog   parent_instance;

  /* Template widgets */
  GtkCheckButton    *agreed_check;
  GtkCheckButton    *fulfilled_check;
  GtkCheckButton    *not_fulfilled_check;
  GtkCheckButton    *cancelled_check;
  AdwEntryRow       *note_row;

  /* Owned references */
  FvDatabase        *database;
  gint64             agreement_id;
};

G_DEFINE_FINAL_TYPE (FvFollowUpDialog, fv_follow_up_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* The check buttons in FvAgreementStatus order. */
static GtkCheckButton *
status_check (FvFollowUpDialog  *self,
              FvAgreementStatus  status)
{
  switch (status)
    {
    case FV_AGREEMENT_FULFILLED:
      return self->fulfilled_check;
    case FV_AGREEMENT_NOT_FULFILLED:
      return self->not_fulfilled_check;
    case FV_AGREEMENT_CANCELLED:
      return self->cancelled_check;
    case FV_AGREEMENT_AGREED:
    case FV_AGREEMENT_N_STATUSES:
    default:
      return self->agreed_check;
    }
}

/* Enter in the note saves and closes, as the Save button does. */
static void
note_activated_cb (FvFollowUpDialog *self)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "save");
  gtk_window_close (GTK_WINDOW (self));
}

static void
fv_follow_up_dialog_dispose (GObject *object)
{
  FvFollowUpDialog *self = FV_FOLLOW_UP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_FOLLOW_UP_DIALOG);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fv_follow_up_dialog_parent_class)->dispose (object);
}

static void
fv_follow_up_dialog_class_init (FvFollowUpDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_follow_up_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/exchanges/fv-follow-up-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FvFollowUpDialog, agreed_check);
  gtk_widget_class_bind_template_child (widget_class, FvFollowUpDialog, fulfilled_check);
  gtk_widget_class_bind_template_child (widget_class, FvFollowUpDialog, not_fulfilled_check);
  gtk_widget_class_bind_template_child (widget_class, FvFollowUpDialog, cancelled_check);
  gtk_widget_class_bind_template_child (widget_class, FvFollowUpDialog, note_row);
  gtk_widget_class_bind_template_callback (widget_class, note_activated_cb);
}

static void
fv_follow_up_dialog_init (FvFollowUpDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* What the dialog tells before the choice: the agreement as on its form. */
static char *
describe (const FvAgreementRecord *agreement,
          const char              *today)
{
  g_autofree char *deadline = fv_exchange_format_date (agreement->deadline);
  g_autofree char *what = NULL;
  g_autofree char *when = NULL;

  if (!fv_text_is_blank (agreement->in_return))
    /* Translators: what party 1 gives, and what party 2 gives back */
    what = g_strdup_printf (_("%s, in return for %s"), agreement->description, agreement->in_return);
  else
    what = g_strdup (agreement->description);
  /* The sentence below ends it with its own full stop. */
  g_strchomp (what);
  while (g_str_has_suffix (what, "."))
    what[strlen (what) - 1] = '\0';

  if (fv_agreement_record_is_overdue (agreement, today))
    /* Translators: %s is a date, 16.10.2025 */
    when = g_strdup_printf (_("The deadline, %s, has passed."), deadline);
  else
    /* Translators: %s is a date, 16.10.2025 */
    when = g_strdup_printf (_("Deadline: %s."), deadline);

  /* Translators: the follow-up dialog's text: who gives, who receives, what, and the deadline sentence */
  return g_strdup_printf (_("%s gives %s: %s.\n%s"), agreement->giver_name, agreement->receiver_name, what, when);
}

/**
 * fv_follow_up_dialog_new:
 *
 * Returns: (transfer none) (nullable): the dialog, not yet presented; %NULL
 *   with @error set when the agreement cannot be read
 */
FvFollowUpDialog *
fv_follow_up_dialog_new (GtkWindow   *parent,
                         FvDatabase  *database,
                         gint64       agreement_id,
                         GError     **error)
{
  g_autoptr(FvAgreementRecord) agreement = NULL;
  g_autofree char *today = fv_exchange_today ();
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  FvFollowUpDialog *self;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  agreement = fv_exchange_store_load_agreement (database, agreement_id, error);
  if (agreement == NULL)
    return NULL;

  self = g_object_new (FV_TYPE_FOLLOW_UP_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->database = g_object_ref (database);
  self->agreement_id = agreement_id;

  /* Translators: the follow-up dialog's heading; %u is the number on the agreement form */
  heading = g_strdup_printf (_("Follow Up Agreement No. %u"), agreement->form_number);
  body = describe (agreement, today);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  gtk_check_button_set_active (status_check (self, agreement->status), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), agreement->follow_up != NULL ? agreement->follow_up : "");
  gtk_widget_grab_focus (GTK_WIDGET (status_check (self, agreement->status)));
  return self;
}

/* The status chosen. */
FvAgreementStatus
fv_follow_up_dialog_get_status (FvFollowUpDialog *self)
{
  g_return_val_if_fail (FV_IS_FOLLOW_UP_DIALOG (self), FV_AGREEMENT_AGREED);

  for (FvAgreementStatus status = 0; status < FV_AGREEMENT_N_STATUSES; status++)
    if (gtk_check_button_get_active (status_check (self, status)))
      return status;
  return FV_AGREEMENT_AGREED;
}

gint64
fv_follow_up_dialog_get_agreement_id (FvFollowUpDialog *self)
{
  g_return_val_if_fail (FV_IS_FOLLOW_UP_DIALOG (self), 0);

  return self->agreement_id;
}

/* Writes the chosen status and the note, in one transaction. */
gboolean
fv_follow_up_dialog_save (FvFollowUpDialog  *self,
                          GError           **error)
{
  g_return_val_if_fail (FV_IS_FOLLOW_UP_DIALOG (self), FALSE);

  return fv_exchange_store_follow_up (self->database, self->agreement_id, fv_follow_up_dialog_get_status (self),
                                      gtk_editable_get_text (GTK_EDITABLE (self->note_row)), error);
}
