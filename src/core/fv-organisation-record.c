/* fv-organisation-record.c — all we keep about one organisation, as plain data
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one shape an organisation travels in between the database, the editor,
 * the importers and the CSV files.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fv-organisation-record.h"

G_DEFINE_BOXED_TYPE (FvOrganisationRecord, fv_organisation_record,
                     fv_organisation_record_copy, fv_organisation_record_free)

static const FvKind offer_kinds[] = {
  { FV_OFFER_COURSES, "courses", N_("Courses and advice") },
  { FV_OFFER_ENTERTAINMENT, "entertainment", N_("Entertainment") },
  { FV_OFFER_EXPERIENCES, "experiences", N_("Experiences") },
  { FV_OFFER_TIME, "time", N_("Time for others") },
  { FV_OFFER_EQUIPMENT, "equipment", N_("Equipment") },
  { FV_OFFER_EVENT_SUPPORT, "event-support", N_("Event support") },
  { FV_OFFER_DUGNAD, "dugnad", N_("Voluntary work (dugnad)") },
  { FV_OFFER_PREMISES, "premises", N_("Premises") },
  { FV_OFFER_TRANSPORT, "transport", N_("Transport") },
  { FV_OFFER_OTHER, "other", N_("Other") },
};

static const FvKind need_kinds[] = {
  { FV_NEED_PREMISES, "premises", N_("Premises") },
  { FV_NEED_FUNDING, "funding", N_("Funding") },
  { FV_NEED_RECRUITMENT, "recruitment", N_("Recruitment") },
  { FV_NEED_COMPETENCE, "competence", N_("Competence") },
  { FV_NEED_EQUIPMENT, "equipment", N_("Equipment") },
  { FV_NEED_COOPERATION, "cooperation", N_("Cooperation") },
  { FV_NEED_OTHER, "other", N_("Other") },
};

const FvKind *
fv_offer_kinds (guint *n_kinds)
{
  *n_kinds = G_N_ELEMENTS (offer_kinds);
  return offer_kinds;
}

const FvKind *
fv_need_kinds (guint *n_kinds)
{
  *n_kinds = G_N_ELEMENTS (need_kinds);
  return need_kinds;
}

const FvKind *
fv_kind_lookup (const FvKind *kinds,
                guint         n_kinds,
                const char   *key)
{
  for (guint i = 0; i < n_kinds; i++)
    if (g_strcmp0 (kinds[i].key, key) == 0)
      return &kinds[i];

  return NULL;
}

FvContact *
fv_contact_new (void)
{
  return g_new0 (FvContact, 1);
}

void
fv_contact_free (FvContact *contact)
{
  if (contact == NULL)
    return;

  g_free (contact->name);
  g_free (contact->role);
  g_free (contact->phone);
  g_free (contact->email);
  g_free (contact);
}

static gpointer
string_copy (gconstpointer string,
             gpointer      user_data)
{
  return g_strdup (string);
}

static gpointer
contact_copy (gconstpointer data,
              gpointer      user_data)
{
  const FvContact *contact = data;
  FvContact *copy = fv_contact_new ();

  copy->name = g_strdup (contact->name);
  copy->role = g_strdup (contact->role);
  copy->phone = g_strdup (contact->phone);
  copy->email = g_strdup (contact->email);
  return copy;
}

/* A new, empty record: active, voluntary, entered by hand. */
FvOrganisationRecord *
fv_organisation_record_new (void)
{
  FvOrganisationRecord *record = g_new0 (FvOrganisationRecord, 1);

  record->members_total = -1;
  record->members_under_20 = -1;
  record->active = TRUE;
  record->sector = g_strdup ("voluntary");
  record->source = g_strdup ("manual");
  record->tags = g_ptr_array_new_with_free_func (g_free);
  record->contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_contact_free);
  return record;
}

void
fv_organisation_record_add_contact (FvOrganisationRecord *record,
                                    const char           *name,
                                    const char           *role,
                                    const char           *phone,
                                    const char           *email)
{
  FvContact *contact = fv_contact_new ();

  contact->name = g_strdup (name);
  contact->role = g_strdup (role);
  contact->phone = g_strdup (phone);
  contact->email = g_strdup (email);
  g_ptr_array_add (record->contacts, contact);
}

#define STRING_FIELDS(X) \
  X (orgnr) X (name) X (short_name) X (org_form) X (sector) X (email) X (phone) \
  X (website) X (street) X (postcode) X (place) X (municipality_number) X (district) \
  X (description) X (offers_note) X (needs_note) X (register_status) X (notes) \
  X (source) X (created_at) X (updated_at)

FvOrganisationRecord *
fv_organisation_record_copy (const FvOrganisationRecord *record)
{
  FvOrganisationRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, sizeof *record);
#define COPY_STRING(field) copy->field = g_strdup (record->field);
  STRING_FIELDS (COPY_STRING)
#undef COPY_STRING
  copy->tags = g_ptr_array_copy (record->tags, string_copy, NULL);
  g_ptr_array_set_free_func (copy->tags, g_free);
  copy->contacts = g_ptr_array_copy (record->contacts, contact_copy, NULL);
  g_ptr_array_set_free_func (copy->contacts, (GDestroyNotify) fv_contact_free);
  return copy;
}

void
fv_organisation_record_free (FvOrganisationRecord *record)
{
  if (record == NULL)
    return;

#define FREE_STRING(field) g_free (record->field);
  STRING_FIELDS (FREE_STRING)
#undef FREE_STRING
  g_clear_pointer (&record->tags, g_ptr_array_unref);
  g_clear_pointer (&record->contacts, g_ptr_array_unref);
  g_free (record);
}
