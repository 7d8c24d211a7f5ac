/* fv-column-sorter.c — lets a GtkColumnView's headers choose an SQL sort order
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The registry is sorted by SQL (an index orders 100 000 rows in milliseconds;
 * GtkSortListModel would build every item). Clicking a column header still
 * works as users expect: each column carries one of these sorters, which never
 * sorts anything itself. GTK 4.8 cannot tell which column the view sorts by
 * (gtk_column_view_sorter_get_primary_sort_column is 4.10), so we ask the
 * view's sorter to compare two items: it consults the primary column first,
 * whose sorter notes its key and answers "smaller" — flipped by the view when
 * the order is descending.
 */

#include "config.h"

#include "fv-column-sorter.h"

struct _FvColumnSorter
{
  GtkSorter  parent_instance;

  int        key;
};

G_DEFINE_FINAL_TYPE (FvColumnSorter, fv_column_sorter, GTK_TYPE_SORTER)

/* The key of the column asked last; only touched on the main thread. */
static int probed_key = -1;

static GtkOrdering
fv_column_sorter_compare (GtkSorter *sorter,
                          gpointer   item1,
                          gpointer   item2)
{
  probed_key = FV_COLUMN_SORTER (sorter)->key;
  return GTK_ORDERING_SMALLER;
}

static GtkSorterOrder
fv_column_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_TOTAL;
}

static void
fv_column_sorter_class_init (FvColumnSorterClass *klass)
{
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  sorter_class->compare = fv_column_sorter_compare;
  sorter_class->get_order = fv_column_sorter_get_order;
}

static void
fv_column_sorter_init (FvColumnSorter *self)
{
}

FvColumnSorter *
fv_column_sorter_new (int key)
{
  FvColumnSorter *self = g_object_new (FV_TYPE_COLUMN_SORTER, NULL);

  self->key = key;
  return self;
}

/**
 * fv_column_sorter_read_view:
 * @view_sorter: gtk_column_view_get_sorter() of a view whose columns carry
 *   FvColumnSorters
 *
 * Returns: %TRUE with the primary column's key and direction, %FALSE when the
 *   view is not sorted by any column
 */
gboolean
fv_column_sorter_read_view (GtkSorter *view_sorter,
                            int       *key,
                            gboolean  *descending)
{
  g_autoptr(GObject) probe = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering ordering;

  probed_key = -1;
  ordering = gtk_sorter_compare (view_sorter, probe, probe);
  if (probed_key < 0 || ordering == GTK_ORDERING_EQUAL)
    return FALSE;

  *key = probed_key;
  *descending = ordering == GTK_ORDERING_LARGER;
  return TRUE;
}
