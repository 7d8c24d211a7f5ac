/* fv-row-slots.c — a list model whose rows keep their place when the contents change
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Presents another list model row by row through FvRowSlot objects. When
 * the model changes, a slot a view holds takes its position's new item in
 * place, and the view is told of nothing but rows added or removed at the
 * end.
 *
 * Why: GTK 4.8's list views throw away the widgets of every row whose item
 * changed and build new ones, in one main-loop turn. When a search changes
 * all 30 rows on screen of a 100 000-row registry that cost 50–100 ms: the
 * window froze on keystrokes. A slot keeps its row's widgets; the cells only
 * get new text.
 *
 * Growth is told in steps of a few rows per main-loop turn, so that a
 * view going from no rows to many makes their widgets over a few frames
 * rather than all in one (GTK 4.8 keeps widgets for up to 200 rows: 60 ms
 * in one turn). Past the rows a view keeps widgets for, the rest is told at
 * once: rows out of sight cost a view nothing.
 *
 * A view that is hidden while its list is empty (the registry shows "no
 * results" instead) can ask the slots to keep their rows, blank, while the
 * model is empty: a search that finds nothing for a moment then costs the
 * view no widgets at all.
 *
 * What a view gives up: a selection by position stays at its position while
 * the contents move, so the owner keeps the selection by id (the registry
 * page does).
 */

#include "config.h"

#include "fv-row-slots.h"

/* Rows told per main-loop turn while a view grows, and how many rows at
 * most a view has widgets for (GTK 4.8 list views: 200 and a few). */
#define ROWS_PER_STEP 32
#define ROWS_WITH_WIDGETS 256

struct _FvRowSlots
{
  GObject     parent_instance;

  GListModel *model;
  /* Rows as the views know them; fewer than the model has while growing. */
  guint       n_items;
  guint       grow_source;
  gboolean    keep_rows_when_empty;
  /* position → FvRowSlot, held weakly: only the slots some view still has. */
  GHashTable *live;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FvRowSlots, fv_row_slots, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
slot_finalized_cb (gpointer  user_data,
                   GObject  *where_the_slot_was)
{
  FvRowSlots *self = user_data;
  GHashTableIter iter;
  gpointer slot;

  /* The slot is gone; find it by address, its position can no longer be read. */
  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, NULL, &slot))
    if (slot == (gpointer) where_the_slot_was)
      {
        g_hash_table_iter_remove (&iter);
        return;
      }
}

static void
forget_slot (FvRowSlots *self,
             FvRowSlot  *slot)
{
  g_object_weak_unref (G_OBJECT (slot), slot_finalized_cb, self);
}

static GType
fv_row_slots_get_item_type (GListModel *model)
{
  return FV_TYPE_ROW_SLOT;
}

static guint
fv_row_slots_get_n_items (GListModel *model)
{
  return FV_ROW_SLOTS (model)->n_items;
}

static gpointer
fv_row_slots_get_item (GListModel *model,
                       guint       position)
{
  FvRowSlots *self = FV_ROW_SLOTS (model);
  FvRowSlot *slot;

  if (position >= self->n_items)
    return NULL;

  slot = g_hash_table_lookup (self->live, GUINT_TO_POINTER (position));
  if (slot != NULL)
    return g_object_ref (slot);

  slot = fv_row_slot_new (position, g_list_model_get_item (self->model, position));
  g_object_weak_ref (G_OBJECT (slot), slot_finalized_cb, self);
  g_hash_table_insert (self->live, GUINT_TO_POINTER (position), slot);

  return slot;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = fv_row_slots_get_item_type;
  iface->get_n_items = fv_row_slots_get_n_items;
  iface->get_item = fv_row_slots_get_item;
}

static gboolean
grow_step_cb (gpointer user_data)
{
  FvRowSlots *self = user_data;
  guint n_model = g_list_model_get_n_items (self->model);
  guint n_before = self->n_items;

  if (n_before < ROWS_WITH_WIDGETS)
    self->n_items = MIN (n_model, n_before + ROWS_PER_STEP);
  else
    self->n_items = n_model;

  if (self->n_items == n_model)
    self->grow_source = 0;
  if (self->n_items > n_before)
    g_list_model_items_changed (G_LIST_MODEL (self), n_before, 0, self->n_items - n_before);

  return self->grow_source != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
shrink_to (FvRowSlots *self,
           guint       n_after)
{
  guint n_before = self->n_items;
  GHashTableIter iter;
  gpointer key, slot;

  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, &key, &slot))
    if (GPOINTER_TO_UINT (key) >= n_after)
      {
        forget_slot (self, slot);
        g_hash_table_iter_remove (&iter);
      }

  self->n_items = n_after;
  g_list_model_items_changed (G_LIST_MODEL (self), n_after, n_before - n_after, 0);
}

/* The model is empty, the view out of sight: its rows stay, showing nothing. */
static void
blank_rows (FvRowSlots *self)
{
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer slot;

  g_clear_handle_id (&self->grow_source, g_source_remove);
  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, NULL, &slot))
    g_ptr_array_add (slots, g_object_ref (slot));
  for (guint i = 0; i < slots->len; i++)
    fv_row_slot_set_item (g_ptr_array_index (slots, i), NULL);
}

/* Rows from @position on may show something else now. */
static void
model_items_changed_cb (FvRowSlots *self,
                        guint       position,
                        guint       removed,
                        guint       added,
                        GListModel *model)
{
  guint n_after = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) moved = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key, slot;

  if (n_after == 0 && self->keep_rows_when_empty)
    {
      blank_rows (self);
      return;
    }

  if (n_after < self->n_items)
    shrink_to (self, n_after);

  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, &key, &slot))
    if (GPOINTER_TO_UINT (key) >= position)
      g_ptr_array_add (moved, g_object_ref (slot));

  /* Views react to the notifications; the table is left alone meanwhile. */
  for (guint i = 0; i < moved->len; i++)
    {
      FvRowSlot *changed = g_ptr_array_index (moved, i);

      fv_row_slot_set_item (changed, g_list_model_get_item (model, fv_row_slot_get_position (changed)));
    }

  if (n_after > self->n_items && self->grow_source == 0)
    self->grow_source = g_idle_add (grow_step_cb, self);
}

static void
fv_row_slots_dispose (GObject *object)
{
  FvRowSlots *self = FV_ROW_SLOTS (object);
  GHashTableIter iter;
  gpointer slot;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_handle_id (&self->grow_source, g_source_remove);

  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, NULL, &slot))
    forget_slot (self, slot);
  g_hash_table_remove_all (self->live);

  G_OBJECT_CLASS (fv_row_slots_parent_class)->dispose (object);
}

static void
fv_row_slots_finalize (GObject *object)
{
  FvRowSlots *self = FV_ROW_SLOTS (object);

  g_clear_pointer (&self->live, g_hash_table_unref);

  G_OBJECT_CLASS (fv_row_slots_parent_class)->finalize (object);
}

static void
fv_row_slots_class_init (FvRowSlotsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fv_row_slots_dispose;
  object_class->finalize = fv_row_slots_finalize;
}

static void
fv_row_slots_init (FvRowSlots *self)
{
  self->live = g_hash_table_new (NULL, NULL);
}

/**
 * fv_row_slots_new:
 * @model: the rows to present
 *
 * Returns: (transfer full): a model of FvRowSlot, as many as @model has items
 */
FvRowSlots *
fv_row_slots_new (GListModel *model)
{
  FvRowSlots *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (FV_TYPE_ROW_SLOTS, NULL);
  self->model = g_object_ref (model);
  self->n_items = g_list_model_get_n_items (model);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (model_items_changed_cb),
                           self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * fv_row_slots_get_model:
 *
 * Returns: (transfer none): the model the slots present
 */
GListModel *
fv_row_slots_get_model (FvRowSlots *self)
{
  g_return_val_if_fail (FV_IS_ROW_SLOTS (self), NULL);

  return self->model;
}

/**
 * fv_row_slots_set_keep_rows_when_empty:
 *
 * For a view that is hidden whenever the model is empty: the slots then keep
 * their rows, blank, instead of telling the view they are gone.
 */
void
fv_row_slots_set_keep_rows_when_empty (FvRowSlots *self,
                                       gboolean    keep)
{
  g_return_if_fail (FV_IS_ROW_SLOTS (self));

  self->keep_rows_when_empty = keep;
}
