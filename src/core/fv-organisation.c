/* fv-organisation.c — one organisation of the registry, as widgets show it
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items are made on demand from a row id (see fv-organisation-list.c), so a
 * list of 100 000 organisations only ever builds the objects on screen.
 */

#define G_LOG_DOMAIN "fv-organisation"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-organisation.h"
#include "fv-sql.h"

struct _FvOrganisation
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  char    *short_name;
  char    *sector;
  char    *place;
  char    *email;
  char    *phone;
  char    *category;
  char    *contact;
  char    *register_status;
  gboolean active;
};

G_DEFINE_FINAL_TYPE (FvOrganisation, fv_organisation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_SECTOR,
  PROP_SECTOR_LABEL,
  PROP_PLACE,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_CATEGORY,
  PROP_CONTACT,
  PROP_CONTACT_DETAILS,
  PROP_ACTIVE,
  PROP_STATUS_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char load_sql[] =
  "SELECT o.name, o.short_name, o.sector, o.place, coalesce (o.email, p.email), "
  "coalesce (o.phone, p.phone), c.name, p.name, o.active, o.register_status "
  "FROM organisation o "
  "LEFT JOIN organisation_category oc ON oc.organisation_id = o.id AND oc.rank = 1 "
  "LEFT JOIN icnpo_category c ON c.code = oc.category_code "
  "LEFT JOIN organisation_contact ct ON ct.organisation_id = o.id AND ct.rank = 1 "
  "LEFT JOIN person p ON p.id = ct.person_id "
  "WHERE o.id = ?1 "
  "LIMIT 1;";

/**
 * fv_organisation_load:
 *
 * Returns: (transfer full): the organisation, or %NULL with @error set
 */
FvOrganisation *
fv_organisation_load (FvDatabase  *database,
                      gint64       id,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  FvOrganisation *self;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare_read (database, load_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FAILED,
                   /* Translators: %lld is the organisation's row number */
                   _("Organisation %lld is no longer in the database."), (long long) id);
      return NULL;
    }

  self = g_object_new (FV_TYPE_ORGANISATION, NULL);
  self->id = id;
  self->name = fv_sql_dup_text (stmt, 0);
  self->short_name = fv_sql_dup_text (stmt, 1);
  self->sector = fv_sql_dup_text (stmt, 2);
  self->place = fv_sql_dup_text (stmt, 3);
  self->email = fv_sql_dup_text (stmt, 4);
  self->phone = fv_sql_dup_text (stmt, 5);
  self->category = fv_sql_dup_text (stmt, 6);
  self->contact = fv_sql_dup_text (stmt, 7);
  self->active = sqlite3_column_int (stmt, 8);
  self->register_status = fv_sql_dup_text (stmt, 9);

  return self;
}

/* Human names of the three sectors that meet at an exchange. */
const char *
fv_sector_get_label (const char *sector)
{
  if (g_strcmp0 (sector, "voluntary") == 0)
    return _("Voluntary");
  if (g_strcmp0 (sector, "public") == 0)
    return _("Public");
  if (g_strcmp0 (sector, "business") == 0)
    return _("Business");

  return sector;
}

/* "Active", "Inactive", or why it left the national register. */
const char *
fv_organisation_get_status_label (FvOrganisation *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATION (self), NULL);

  if (g_strcmp0 (self->register_status, "deleted") == 0)
    return _("Deleted from the register");
  if (g_strcmp0 (self->register_status, "bankrupt") == 0)
    return _("Bankrupt");
  if (g_strcmp0 (self->register_status, "dissolving") == 0)
    return _("Being dissolved");

  return self->active ? _("Active") : _("Inactive");
}

/* Phone and e-mail on one line, whichever are known. */
static char *
dup_contact_details (FvOrganisation *self)
{
  if (self->phone != NULL && self->email != NULL)
    return g_strdup_printf ("%s · %s", self->phone, self->email);

  return g_strdup (self->phone != NULL ? self->phone : self->email);
}

gint64
fv_organisation_get_id (FvOrganisation *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATION (self), 0);

  return self->id;
}

const char *
fv_organisation_get_name (FvOrganisation *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATION (self), NULL);

  return self->name;
}

const char *
fv_organisation_get_category (FvOrganisation *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATION (self), NULL);

  return self->category;
}

const char *
fv_organisation_get_sector (FvOrganisation *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATION (self), NULL);

  return self->sector;
}

static void
fv_organisation_finalize (GObject *object)
{
  FvOrganisation *self = FV_ORGANISATION (object);

  g_free (self->name);
  g_free (self->short_name);
  g_free (self->sector);
  g_free (self->place);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->category);
  g_free (self->contact);
  g_free (self->register_status);

  G_OBJECT_CLASS (fv_organisation_parent_class)->finalize (object);
}

static void
fv_organisation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FvOrganisation *self = FV_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_SECTOR:
      g_value_set_string (value, self->sector);
      break;
    case PROP_SECTOR_LABEL:
      g_value_set_string (value, fv_sector_get_label (self->sector));
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_CONTACT:
      g_value_set_string (value, self->contact);
      break;
    case PROP_CONTACT_DETAILS:
      g_value_take_string (value, dup_contact_details (self));
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, fv_organisation_get_status_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
readable_string (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
fv_organisation_class_init (FvOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fv_organisation_finalize;
  object_class->get_property = fv_organisation_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = readable_string ("name");
  properties[PROP_SHORT_NAME] = readable_string ("short-name");
  properties[PROP_SECTOR] = readable_string ("sector");
  properties[PROP_SECTOR_LABEL] = readable_string ("sector-label");
  properties[PROP_PLACE] = readable_string ("place");
  properties[PROP_EMAIL] = readable_string ("email");
  properties[PROP_PHONE] = readable_string ("phone");
  properties[PROP_CATEGORY] = readable_string ("category");
  properties[PROP_CONTACT] = readable_string ("contact");
  properties[PROP_CONTACT_DETAILS] = readable_string ("contact-details");
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_LABEL] = readable_string ("status-label");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fv_organisation_init (FvOrganisation *self)
{
}
