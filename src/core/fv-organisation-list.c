/* fv-organisation-list.c — the registry as a list model of row ids
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model holds only ids, fetched in sorted order by SQL in a worker thread;
 * an FvOrganisation is made when a view asks for one. Sorting and filtering
 * belong in SQL, where indexes make them fast at 100 000 rows.
 */

#define G_LOG_DOMAIN "fv-organisation-list"

#include "config.h"

#include "fv-organisation-list.h"

struct _FvOrganisationList
{
  GObject               parent_instance;

  FvDatabase           *database;
  GArray               *ids;
  FvOrganisationFilter *filter;
  FvOrganisationSort    sort;
  gboolean              descending;
  /* Each reload bumps this; a thread's answer older than the newest is dropped. */
  guint       generation;
  gboolean    loading;
  guint                 total;
  /* Organisations edited since the last reload: their rows must redraw even
   * where the list of ids stays the same. NULL means "all of them". */
  GHashTable           *edited;
  gboolean              all_edited;
  /* The whole registry in the order of all_sort, kept from the last query
   * without a filter until something changes: clearing the search is a
   * keystroke too, and reading 100 000 ids again would take 20 ms. */
  GArray               *all_ids;
  FvOrganisationSort    all_sort;
  gboolean              all_descending;
  guint                 cache_source;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FvOrganisationList, fv_organisation_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  FvDatabase *database;
  char       *sql;
  GPtrArray  *values;
  gboolean    unfiltered;
  FvOrganisationSort sort;
  gboolean    descending;
} Query;

typedef struct
{
  GArray *ids;
  guint   total;
} QueryResult;

static void
query_result_free (gpointer data)
{
  QueryResult *result = data;

  g_clear_pointer (&result->ids, g_array_unref);
  g_free (result);
}

static void
query_free (gpointer data)
{
  Query *query = data;

  g_clear_object (&query->database);
  g_free (query->sql);
  g_clear_pointer (&query->values, g_ptr_array_unref);
  g_free (query);
}

/* Every order ends with name and id, so equal keys keep a stable, readable order. */
static const char *
order_by (FvOrganisationSort sort,
          gboolean           descending)
{
  static const char *ascending[] = {
    [FV_ORGANISATION_SORT_NAME] = "o.name_key, o.id",
    [FV_ORGANISATION_SORT_CATEGORY] =
      "(SELECT category_code FROM organisation_category WHERE organisation_id = o.id AND rank = 1) "
      "IS NULL, (SELECT category_code FROM organisation_category WHERE organisation_id = o.id AND rank = 1), "
      "o.name_key, o.id",
    [FV_ORGANISATION_SORT_CONTACT] =
      "(SELECT p.name FROM organisation_contact c JOIN person p ON p.id = c.person_id "
      "WHERE c.organisation_id = o.id ORDER BY c.rank LIMIT 1) IS NULL, "
      "(SELECT p.name FROM organisation_contact c JOIN person p ON p.id = c.person_id "
      "WHERE c.organisation_id = o.id ORDER BY c.rank LIMIT 1), o.name_key, o.id",
    [FV_ORGANISATION_SORT_PLACE] = "o.place IS NULL, o.place, o.name_key, o.id",
    [FV_ORGANISATION_SORT_SECTOR] = "o.sector, o.name_key, o.id",
    [FV_ORGANISATION_SORT_STATUS] = "o.active DESC, o.register_status IS NOT NULL, o.name_key, o.id",
  };
  static const char *reverse[] = {
    [FV_ORGANISATION_SORT_NAME] = "o.name_key DESC, o.id DESC",
    [FV_ORGANISATION_SORT_CATEGORY] =
      "(SELECT category_code FROM organisation_category WHERE organisation_id = o.id AND rank = 1) "
      "IS NULL, (SELECT category_code FROM organisation_category WHERE organisation_id = o.id AND rank = 1) DESC, "
      "o.name_key, o.id",
    [FV_ORGANISATION_SORT_CONTACT] =
      "(SELECT p.name FROM organisation_contact c JOIN person p ON p.id = c.person_id "
      "WHERE c.organisation_id = o.id ORDER BY c.rank LIMIT 1) IS NULL, "
      "(SELECT p.name FROM organisation_contact c JOIN person p ON p.id = c.person_id "
      "WHERE c.organisation_id = o.id ORDER BY c.rank LIMIT 1) DESC, o.name_key, o.id",
    [FV_ORGANISATION_SORT_PLACE] = "o.place IS NULL, o.place DESC, o.name_key, o.id",
    [FV_ORGANISATION_SORT_SECTOR] = "o.sector DESC, o.name_key, o.id",
    [FV_ORGANISATION_SORT_STATUS] = "o.active, o.register_status IS NULL, o.name_key, o.id",
  };

  return descending ? reverse[sort] : ascending[sort];
}

static GType
fv_organisation_list_get_item_type (GListModel *model)
{
  return FV_TYPE_ORGANISATION;
}

static guint
fv_organisation_list_get_n_items (GListModel *model)
{
  return FV_ORGANISATION_LIST (model)->ids->len;
}

static gpointer
fv_organisation_list_get_item (GListModel *model,
                               guint       position)
{
  FvOrganisationList *self = FV_ORGANISATION_LIST (model);
  g_autoptr(GError) error = NULL;
  FvOrganisation *organisation;

  if (position >= self->ids->len)
    return NULL;

  organisation = fv_organisation_load (self->database,
                                       g_array_index (self->ids, gint64, position),
                                       &error);
  if (organisation == NULL)
    g_warning ("%s", error->message);

  return organisation;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = fv_organisation_list_get_item_type;
  iface->get_n_items = fv_organisation_list_get_n_items;
  iface->get_item = fv_organisation_list_get_item;
}

static gint64
count_organisations (FvDatabase *database)
{
  g_autoptr(sqlite3_stmt) stmt = fv_database_prepare_read (database, "SELECT count(*) FROM organisation;", NULL);

  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

static void
query_ids_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Query *query = task_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  QueryResult *result;
  GError *error = NULL;
  gint64 n_total;
  int rc;

  stmt = fv_database_prepare_read (query->database, query->sql, &error);
  if (stmt == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  fv_organisation_filter_bind (stmt, query->values, 1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      g_task_return_new_error (task, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FAILED, "%s",
                               sqlite3_errstr (rc));
      return;
    }

  /* For "12 of 640 organisations". */
  n_total = count_organisations (query->database);

  result = g_new0 (QueryResult, 1);
  result->ids = g_steal_pointer (&ids);
  result->total = (guint) MAX (n_total, 0);
  g_task_return_pointer (task, result, query_result_free);
}

/* Tells the views only what differs: the rows before the first difference
 * and after the last keep their widgets. Typing a letter more often changes
 * nothing on screen, and rebuilding every visible row costs tens of
 * milliseconds on the main thread. */
static void
announce_changes (FvOrganisationList *self,
                  GArray             *old_ids)
{
  const gint64 *before = (const gint64 *) old_ids->data;
  const gint64 *after = (const gint64 *) self->ids->data;
  guint n_before = old_ids->len, n_after = self->ids->len;
  guint prefix = 0, suffix = 0;

  if (self->all_edited)
    {
      self->all_edited = FALSE;
      g_hash_table_remove_all (self->edited);
      g_list_model_items_changed (G_LIST_MODEL (self), 0, n_before, n_after);
      return;
    }

  while (prefix < n_before && prefix < n_after && before[prefix] == after[prefix])
    prefix++;
  while (suffix < n_before - prefix && suffix < n_after - prefix &&
         before[n_before - 1 - suffix] == after[n_after - 1 - suffix])
    suffix++;

  if (prefix + suffix < n_before || prefix + suffix < n_after)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                n_before - prefix - suffix, n_after - prefix - suffix);

  /* An edited organisation that kept its place still needs its row redrawn. */
  if (g_hash_table_size (self->edited) > 0)
    {
      for (guint i = 0; i < n_after; i++)
        if ((i < prefix || i >= n_after - suffix) &&
            g_hash_table_contains (self->edited, &g_array_index (self->ids, gint64, i)))
          g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 1);
      g_hash_table_remove_all (self->edited);
    }
}

/* The answer to the newest question: the views hear what changed. */
static void
take_answer (FvOrganisationList *self,
             GArray             *ids,
             guint               total)
{
  g_autoptr(GArray) old_ids = g_steal_pointer (&self->ids);

  self->loading = FALSE;
  self->ids = ids;
  self->total = total;
  announce_changes (self, old_ids);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
ids_queried_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FvOrganisationList *self = FV_ORGANISATION_LIST (source);
  guint generation = GPOINTER_TO_UINT (user_data);
  Query *query = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  QueryResult *answer;

  answer = g_task_propagate_pointer (G_TASK (result), &error);
  if (generation != self->generation)
    {
      g_clear_pointer (&answer, query_result_free);
      return;
    }

  if (answer == NULL)
    {
      self->loading = FALSE;
      g_warning ("Could not list the organisations: %s", error->message);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      return;
    }

  if (query->unfiltered)
    {
      g_clear_pointer (&self->all_ids, g_array_unref);
      self->all_ids = g_array_ref (answer->ids);
      self->all_sort = query->sort;
      self->all_descending = query->descending;
    }
  take_answer (self, g_steal_pointer (&answer->ids), answer->total);
  query_result_free (answer);
}

static gboolean
answer_from_cache_cb (gpointer user_data)
{
  FvOrganisationList *self = user_data;

  self->cache_source = 0;
  take_answer (self, g_array_ref (self->all_ids), self->all_ids->len);
  return G_SOURCE_REMOVE;
}

/* Contact names live in `person`, which can change without the registry
 * hearing of it: that order is always asked for anew. */
static gboolean
cacheable (const FvOrganisationFilter *filter,
           FvOrganisationSort          sort)
{
  return fv_organisation_filter_is_empty (filter) && sort != FV_ORGANISATION_SORT_CONTACT;
}

static gboolean
cache_answers (FvOrganisationList *self)
{
  return self->all_ids != NULL && cacheable (self->filter, self->sort) &&
         self->all_sort == self->sort && self->all_descending == self->descending;
}

/**
 * fv_organisation_list_reload:
 *
 * Queries the ids again in a worker thread; `items-changed` follows on the
 * main context. The list reloads by itself when organisations change.
 */
void
fv_organisation_list_reload (FvOrganisationList *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *where = NULL;
  Query *query;

  g_return_if_fail (FV_IS_ORGANISATION_LIST (self));

  self->generation++;
  g_clear_handle_id (&self->cache_source, g_source_remove);
  if (!self->loading)
    {
      self->loading = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
    }

  /* Answered in a moment, like a query, so that callers see the same order of events. */
  if (cache_answers (self))
    {
      self->cache_source = g_idle_add_full (G_PRIORITY_DEFAULT, answer_from_cache_cb, self, NULL);
      return;
    }

  query = g_new0 (Query, 1);
  query->database = g_object_ref (self->database);
  where = fv_organisation_filter_to_where (self->filter, &query->values);
  query->sql = g_strdup_printf ("SELECT o.id FROM organisation o WHERE %s ORDER BY %s;",
                                where, order_by (self->sort, self->descending));
  query->unfiltered = cacheable (self->filter, self->sort);
  query->sort = self->sort;
  query->descending = self->descending;

  task = g_task_new (self, NULL, ids_queried_cb, GUINT_TO_POINTER (self->generation));
  g_task_set_source_tag (task, fv_organisation_list_reload);
  g_task_set_task_data (task, query, query_free);
  g_task_run_in_thread (task, query_ids_thread);
}

/* TRUE until the first answer (and while a newer one is on its way). */
gboolean
fv_organisation_list_is_loading (FvOrganisationList *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATION_LIST (self), FALSE);

  return self->loading;
}

static void
organisations_changed_cb (FvOrganisationList *self,
                          const char         *table,
                          gint64              id)
{
  g_clear_pointer (&self->all_ids, g_array_unref);
  if (id == 0)
    self->all_edited = TRUE;
  else
    g_hash_table_add (self->edited, g_memdup2 (&id, sizeof id));
  fv_organisation_list_reload (self);
}

static void
fv_organisation_list_dispose (GObject *object)
{
  FvOrganisationList *self = FV_ORGANISATION_LIST (object);

  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_clear_object (&self->database);
  g_clear_handle_id (&self->cache_source, g_source_remove);

  G_OBJECT_CLASS (fv_organisation_list_parent_class)->dispose (object);
}

static void
fv_organisation_list_finalize (GObject *object)
{
  FvOrganisationList *self = FV_ORGANISATION_LIST (object);

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->filter, fv_organisation_filter_free);
  g_clear_pointer (&self->edited, g_hash_table_unref);
  g_clear_pointer (&self->all_ids, g_array_unref);

  G_OBJECT_CLASS (fv_organisation_list_parent_class)->finalize (object);
}

static void
fv_organisation_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FvOrganisationList *self = FV_ORGANISATION_LIST (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_organisation_list_class_init (FvOrganisationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fv_organisation_list_dispose;
  object_class->finalize = fv_organisation_list_finalize;
  object_class->get_property = fv_organisation_list_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fv_organisation_list_init (FvOrganisationList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->filter = fv_organisation_filter_new ();
  self->edited = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/**
 * fv_organisation_list_new:
 *
 * Returns: (transfer full): a list that starts loading at once
 */
FvOrganisationList *
fv_organisation_list_new (FvDatabase *database)
{
  FvOrganisationList *self;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  self = g_object_new (FV_TYPE_ORGANISATION_LIST, NULL);
  self->database = g_object_ref (database);
  g_signal_connect_swapped (database, "changed::organisation",
                            G_CALLBACK (organisations_changed_cb), self);
  fv_organisation_list_reload (self);

  return self;
}

/* Shows only what @filter lets through; the list reloads in the background. */
void
fv_organisation_list_set_filter (FvOrganisationList         *self,
                                 const FvOrganisationFilter *filter)
{
  g_return_if_fail (FV_IS_ORGANISATION_LIST (self));
  g_return_if_fail (filter != NULL);

  g_clear_pointer (&self->filter, fv_organisation_filter_free);
  self->filter = fv_organisation_filter_copy (filter);
  fv_organisation_list_reload (self);
}

const FvOrganisationFilter *
fv_organisation_list_get_filter (FvOrganisationList *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATION_LIST (self), NULL);

  return self->filter;
}

void
fv_organisation_list_set_sort (FvOrganisationList *self,
                               FvOrganisationSort  sort,
                               gboolean            descending)
{
  g_return_if_fail (FV_IS_ORGANISATION_LIST (self));

  if (self->sort == sort && self->descending == descending)
    return;
  self->sort = sort;
  self->descending = descending;
  fv_organisation_list_reload (self);
}

/* The organisation id at @position, 0 past the end. */
gint64
fv_organisation_list_get_id (FvOrganisationList *self,
                             guint               position)
{
  g_return_val_if_fail (FV_IS_ORGANISATION_LIST (self), 0);

  return position < self->ids->len ? g_array_index (self->ids, gint64, position) : 0;
}

/* The position of @id, or -1 when the filter hides it. */
gint
fv_organisation_list_find (FvOrganisationList *self,
                           gint64              id)
{
  g_return_val_if_fail (FV_IS_ORGANISATION_LIST (self), -1);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return (gint) i;

  return -1;
}

/* How many organisations the database holds, whatever the filter. */
guint
fv_organisation_list_get_total (FvOrganisationList *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATION_LIST (self), 0);

  return self->total;
}
