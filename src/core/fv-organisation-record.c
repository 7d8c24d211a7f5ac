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
#include "fv-orgnr.h"
#include "fv-validate.h"

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
  copy->person_id = contact->person_id;
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

/* Labels of the fields a problem can name, as the editor shows them. */
const char *
fv_organisation_record_field_label (const char *field)
{
  static const struct { const char *field; const char *label; } labels[] = {
    { "orgnr", N_("Organisation number") },
    { "name", N_("Name") },
    { "sector", N_("Sector") },
    { "email", N_("E-mail") },
    { "website", N_("Website") },
    { "postcode", N_("Postcode") },
    { "municipality_number", N_("Municipality number") },
    { "members_total", N_("Members") },
    { "members_under_20", N_("Members under 20") },
    { "categories", N_("Categories") },
    { "contacts", N_("Contact persons") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].field, field) == 0)
      return _(labels[i].label);

  return field;
}

/* Takes @message: for messages built with g_strdup_printf (). */
void
fv_field_problems_take (GPtrArray  *problems,
                        const char *field,
                        char       *message)
{
  FvFieldProblem *problem = g_new0 (FvFieldProblem, 1);

  problem->field = field;
  problem->message = message;
  g_ptr_array_add (problems, problem);
}

void
fv_field_problems_add (GPtrArray  *problems,
                       const char *field,
                       const char *message)
{
  fv_field_problems_take (problems, field, g_strdup (message));
}

void
fv_field_problem_free (FvFieldProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->message);
  g_free (problem);
}

/**
 * fv_field_problems_new:
 *
 * Returns: (transfer full) (element-type FvFieldProblem): an empty list
 */
GPtrArray *
fv_field_problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fv_field_problem_free);
}

static gboolean
is_digits (const char *text,
           gsize       length)
{
  if (strlen (text) != length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* The same rule as the editor and the importers use. */
static gboolean
looks_like_email (const char *text)
{
  return fv_validate_email (text, NULL);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* NULL, empty or only white space. */
gboolean
fv_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}
/**
 * fv_organisation_record_check:
 *
 * Returns: (transfer full) (element-type FvFieldProblem): every problem that
 *   keeps @record out of the database; empty when it may be stored
 */
GPtrArray *
fv_organisation_record_check (const FvOrganisationRecord *record)
{
  GPtrArray *problems = fv_field_problems_new ();

  if (fv_text_is_blank (record->name))
    fv_field_problems_take (problems, "name", g_strdup (_("An organisation needs a name.")));

  if (has_text (record->orgnr) && !fv_orgnr_is_valid (record->orgnr))
    fv_field_problems_take (problems, "orgnr",
                 g_strdup (_("The organisation number is not valid: nine digits with a correct check digit.")));

  if (g_strcmp0 (record->sector, "voluntary") != 0 && g_strcmp0 (record->sector, "public") != 0 &&
      g_strcmp0 (record->sector, "business") != 0)
    fv_field_problems_take (problems, "sector", g_strdup (_("The sector must be voluntary, public or business.")));

  if (has_text (record->email) && !looks_like_email (record->email))
    /* Translators: %s is what was typed */
    fv_field_problems_take (problems, "email", g_strdup_printf (_("“%s” is not an e-mail address."), record->email));

  if (has_text (record->postcode) && !is_digits (record->postcode, 4))
    fv_field_problems_take (problems, "postcode", g_strdup (_("A postcode has four digits.")));

  if (has_text (record->municipality_number) && !is_digits (record->municipality_number, 4))
    fv_field_problems_take (problems, "municipality_number", g_strdup (_("A municipality number has four digits.")));

  if (record->members_total < -1 || record->members_under_20 < -1)
    fv_field_problems_take (problems, "members_total", g_strdup (_("A number of members cannot be negative.")));
  else if (record->members_total >= 0 && record->members_under_20 > record->members_total)
    fv_field_problems_take (problems, "members_under_20",
                 g_strdup (_("There cannot be more members under 20 than members in all.")));

  for (guint i = 0; i < G_N_ELEMENTS (record->categories); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (record->categories); j++)
      if (record->categories[i] != 0 && record->categories[i] == record->categories[j])
        fv_field_problems_take (problems, "categories", g_strdup (_("The same category is chosen twice.")));

  for (guint i = 0; record->contacts != NULL && i < record->contacts->len; i++)
    {
      FvContact *contact = g_ptr_array_index (record->contacts, i);

      if (!has_text (contact->name))
        fv_field_problems_take (problems, "contacts", g_strdup (_("A contact person needs a name.")));
      else if (has_text (contact->email) && !looks_like_email (contact->email))
        fv_field_problems_take (problems, "contacts",
                     /* Translators: the first %s is an e-mail address as typed, the second a name */
                     g_strdup_printf (_("“%s” is not an e-mail address (contact person %s)."),
                                      contact->email, contact->name));
    }

  return problems;
}
