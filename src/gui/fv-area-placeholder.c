/* fv-area-placeholder.c — the friendly empty page of an area that is still being built
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One widget for every area that has no page class of its own yet: each says
 * what will live there. An area's own page replaces it in fv-window.ui when its
 * work lands.
 */

#include "config.h"

#include "fv-area-placeholder.h"

struct _FvAreaPlaceholder
{
  AdwBin         parent_instance;

  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (FvAreaPlaceholder, fv_area_placeholder, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ICON_NAME,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fv_area_placeholder_dispose (GObject *object)
{
  /* No gtk_widget_dispose_template (): AdwBin unparents its child itself. */

  G_OBJECT_CLASS (fv_area_placeholder_parent_class)->dispose (object);
}

static const char *
property_on_status_page (guint prop_id)
{
  switch (prop_id)
    {
    case PROP_ICON_NAME:
      return "icon-name";
    case PROP_TITLE:
      return "title";
    case PROP_DESCRIPTION:
      return "description";
    default:
      return NULL;
    }
}

/* The properties are the status page's own: forward them. */
static void
fv_area_placeholder_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FvAreaPlaceholder *self = FV_AREA_PLACEHOLDER (object);
  const char *name = property_on_status_page (prop_id);

  if (name == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_object_get_property (G_OBJECT (self->status_page), name, value);
}

static void
fv_area_placeholder_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  FvAreaPlaceholder *self = FV_AREA_PLACEHOLDER (object);
  const char *name = property_on_status_page (prop_id);

  if (name == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_object_set_property (G_OBJECT (self->status_page), name, value);
}

static void
fv_area_placeholder_class_init (FvAreaPlaceholderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_area_placeholder_dispose;
  object_class->get_property = fv_area_placeholder_get_property;
  object_class->set_property = fv_area_placeholder_set_property;

  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fv-area-placeholder.ui");
  gtk_widget_class_bind_template_child (widget_class, FvAreaPlaceholder, status_page);
}

static void
fv_area_placeholder_init (FvAreaPlaceholder *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
