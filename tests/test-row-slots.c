/* test-row-slots.c — rows that keep their place when a search changes what they show
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The registry view relies on this: a keystroke that changes the 30 rows on
 * screen must give those rows new contents, not new widgets, and a view
 * growing from no rows to thousands must get them a few at a time.
 */

#include "fv-row-slots.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint count;
} Change;

static void
record_change (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->count++;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* Named items stand in for organisations. */
static GListStore *
store_of (const char *prefix,
          guint       n)
{
  GListStore *store = g_list_store_new (G_TYPE_FILE);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("/%s%u", prefix, i);
      g_autoptr(GFile) file = g_file_new_for_path (name);

      g_list_store_append (store, file);
    }

  return store;
}

static char *
shown_in (FvRowSlot *slot)
{
  return g_file_get_path (fv_row_slot_get_item (slot));
}

static void
replace_all (GListStore *store,
             const char *prefix,
             guint       n)
{
  g_autoptr(GListStore) fresh = store_of (prefix, n);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (fresh), i));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, n);
}

static void
test_rows_change_in_place (void)
{
  g_autoptr(GListStore) store = store_of ("a", 5);
  g_autoptr(FvRowSlots) rows = fv_row_slots_new (G_LIST_MODEL (store));
  g_autoptr(FvRowSlot) first = NULL;
  g_autoptr(FvRowSlot) again = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Change change = { 0 };
  guint notified = 0;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (rows)) == FV_TYPE_ROW_SLOT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 5);
  first = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  before = shown_in (first);
  g_assert_cmpstr (before, ==, "/a0");
  g_assert_cmpuint (fv_row_slot_get_position (first), ==, 0);

  g_signal_connect (rows, "items-changed", G_CALLBACK (record_change), &change);
  g_signal_connect (first, "notify::item", G_CALLBACK (count_notify), &notified);

  /* Every row shows something else: the view hears of no change of rows,
   * the row it holds tells its cells. */
  replace_all (store, "b", 5);
  g_assert_cmpuint (change.count, ==, 0);
  g_assert_cmpuint (notified, ==, 1);
  after = shown_in (first);
  g_assert_cmpstr (after, ==, "/b0");

  /* Asking again gives the same row, not a copy. */
  again = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  g_assert_true (again == first);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (rows), 5));
}

static void
test_shrinking_is_told_at_once (void)
{
  g_autoptr(GListStore) store = store_of ("a", 5);
  g_autoptr(FvRowSlots) rows = fv_row_slots_new (G_LIST_MODEL (store));
  g_autoptr(FvRowSlot) last = g_list_model_get_item (G_LIST_MODEL (rows), 4);
  g_autoptr(FvRowSlot) kept = g_list_model_get_item (G_LIST_MODEL (rows), 1);
  g_autofree char *shown = NULL;
  Change change = { 0 };
  guint notified_last = 0;

  g_signal_connect (rows, "items-changed", G_CALLBACK (record_change), &change);
  g_signal_connect (last, "notify::item", G_CALLBACK (count_notify), &notified_last);

  replace_all (store, "c", 2);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 2);
  g_assert_cmpuint (change.removed, ==, 3);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 2);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (rows), 2));

  /* A row past the end is let go, not given something to show. */
  g_assert_cmpuint (notified_last, ==, 0);
  shown = shown_in (kept);
  g_assert_cmpstr (shown, ==, "/c1");
}

static void
test_growing_is_told_in_steps (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_FILE);
  g_autoptr(FvRowSlots) rows = fv_row_slots_new (G_LIST_MODEL (store));
  Change change = { 0 };
  guint steps = 0;
  guint largest_step = 0;

  g_signal_connect (rows, "items-changed", G_CALLBACK (record_change), &change);
  replace_all (store, "d", 1000);
  g_assert_cmpuint (change.count, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 0);

  while (g_list_model_get_n_items (G_LIST_MODEL (rows)) < 1000)
    {
      guint n_before = g_list_model_get_n_items (G_LIST_MODEL (rows));

      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpuint (change.position, ==, n_before);
      g_assert_cmpuint (change.removed, ==, 0);
      /* The rows a view makes widgets for come a few at a time … */
      if (g_list_model_get_n_items (G_LIST_MODEL (rows)) < 1000)
        largest_step = MAX (largest_step, change.added);
      steps++;
    }
  g_assert_cmpuint (largest_step, <=, 32);
  /* … and the thousands out of sight all at once. */
  g_assert_cmpuint (steps, <=, 10);
  g_assert_cmpuint (change.count, ==, steps);
}

/* The registry hides its list while a search finds nothing: the rows wait
 * there, blank, and take the next answer in place. */
static void
test_rows_kept_while_empty (void)
{
  g_autoptr(GListStore) store = store_of ("g", 5);
  g_autoptr(FvRowSlots) rows = fv_row_slots_new (G_LIST_MODEL (store));
  g_autoptr(FvRowSlot) first = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  g_autofree char *shown = NULL;
  Change change = { 0 };

  fv_row_slots_set_keep_rows_when_empty (rows, TRUE);
  g_signal_connect (rows, "items-changed", G_CALLBACK (record_change), &change);

  g_list_store_remove_all (store);
  g_assert_cmpuint (change.count, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 5);
  g_assert_null (fv_row_slot_get_item (first));

  /* Three rows found again: two rows go, the first shows the new answer. */
  replace_all (store, "h", 3);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 3);
  g_assert_cmpuint (change.removed, ==, 2);
  shown = shown_in (first);
  g_assert_cmpstr (shown, ==, "/h0");
}

/* Scrolling through 100 000 rows must not leave 100 000 rows in memory. */
static void
test_rows_let_go_are_forgotten (void)
{
  g_autoptr(GListStore) store = store_of ("e", 3);
  g_autoptr(FvRowSlots) rows = fv_row_slots_new (G_LIST_MODEL (store));
  FvRowSlot *slot = g_list_model_get_item (G_LIST_MODEL (rows), 2);
  g_autoptr(FvRowSlot) fresh = NULL;
  g_autofree char *shown = NULL;

  g_object_add_weak_pointer (G_OBJECT (slot), (gpointer *) &slot);
  g_object_unref (slot);
  g_assert_null (slot);

  replace_all (store, "f", 3);
  fresh = g_list_model_get_item (G_LIST_MODEL (rows), 2);
  shown = shown_in (fresh);
  g_assert_cmpstr (shown, ==, "/f2");

  /* A row that outlives its model's slots still works. */
  g_clear_object (&rows);
  g_assert_cmpuint (fv_row_slot_get_position (fresh), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/row-slots/rows-change-in-place", test_rows_change_in_place);
  g_test_add_func ("/row-slots/shrinking-is-told-at-once", test_shrinking_is_told_at_once);
  g_test_add_func ("/row-slots/growing-is-told-in-steps", test_growing_is_told_in_steps);
  g_test_add_func ("/row-slots/rows-kept-while-empty", test_rows_kept_while_empty);
  g_test_add_func ("/row-slots/rows-let-go-are-forgotten", test_rows_let_go_are_forgotten);

  return g_test_run ();
}
