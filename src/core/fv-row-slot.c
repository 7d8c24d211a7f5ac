/* fv-row-slot.c — one row of a list, whose contents may change in place
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See FvRowSlots: a view binds to the slot and follows `notify::item`, so a
 * row shows a different organisation without its widgets being remade.
 */

#include "config.h"

#include "fv-row-slot.h"

struct _FvRowSlot
{
  GObject  parent_instance;

  guint    position;
  GObject *item;
};

G_DEFINE_FINAL_TYPE (FvRowSlot, fv_row_slot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fv_row_slot_finalize (GObject *object)
{
  FvRowSlot *self = FV_ROW_SLOT (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (fv_row_slot_parent_class)->finalize (object);
}

static void
fv_row_slot_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FvRowSlot *self = FV_ROW_SLOT (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_row_slot_class_init (FvRowSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fv_row_slot_finalize;
  object_class->get_property = fv_row_slot_get_property;

  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fv_row_slot_init (FvRowSlot *self)
{
}

/**
 * fv_row_slot_new:
 * @item: (transfer full) (nullable): what the row shows now
 */
FvRowSlot *
fv_row_slot_new (guint    position,
                 gpointer item)
{
  FvRowSlot *self = g_object_new (FV_TYPE_ROW_SLOT, NULL);

  self->position = position;
  self->item = item;

  return self;
}

guint
fv_row_slot_get_position (FvRowSlot *self)
{
  g_return_val_if_fail (FV_IS_ROW_SLOT (self), 0);

  return self->position;
}

/**
 * fv_row_slot_get_item:
 *
 * Returns: (transfer none) (nullable): what the row shows now
 */
gpointer
fv_row_slot_get_item (FvRowSlot *self)
{
  g_return_val_if_fail (FV_IS_ROW_SLOT (self), NULL);

  return self->item;
}

/**
 * fv_row_slot_set_item:
 * @item: (transfer full) (nullable): what the row shows from now on
 *
 * Always notifies: list models make a new object for the same row on every
 * request, so equal pointers say nothing about equal contents.
 */
void
fv_row_slot_set_item (FvRowSlot *self,
                      gpointer   item)
{
  g_return_if_fail (FV_IS_ROW_SLOT (self));

  g_clear_object (&self->item);
  self->item = item;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
