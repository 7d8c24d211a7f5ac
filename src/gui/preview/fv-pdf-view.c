/* fv-pdf-view.c — a PDF's pages, one under the other, rendered off the main thread
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the preview shows is the file itself, drawn by poppler. Only the pages
 * in view (and one either side) are rendered, one at a time in a worker
 * thread, nearest the page in view first; a PopplerDocument is not thread
 * safe, so every use of it holds one lock, as Papers does. The rendered
 * surface becomes a GdkTexture without a copy (Papers'
 * pps_document_misc_texture_from_surface). Textures of pages far from view
 * are dropped, so a long document costs no more memory than a short one.
 *
 * The widget scrolls itself (GtkScrollable): it knows where each page is at
 * any zoom, keeps the page in view when the zoom changes, and moves by whole
 * pages with Page Up/Down, Home and End.
 */

#define G_LOG_DOMAIN "fv-pdf-view"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <poppler.h>

#include "fv-pdf-view.h"

#define PAGE_GAP        16.0   /* pixels between pages */
#define MARGIN          20.0   /* pixels around the pages */
#define POINTS_TO_PX    (96.0 / 72.0)
#define MIN_ZOOM        0.1
#define MAX_ZOOM        8.0
#define KEEP_AROUND     3      /* pages either side of the view whose textures stay */

/* The document and its lock, shared with the render thread. */
typedef struct
{
  gatomicrefcount  ref_count;
  GMutex           lock;
  PopplerDocument *document;
  int              generation;  /* atomic: jobs of older generations are dropped */
  int              focus;       /* atomic: the page in view, rendered first */
} Shared;

typedef struct
{
  GWeakRef         view;
  Shared          *shared;
  guint            page;
  double           scale;       /* device pixels per point */
  int              generation;
  cairo_surface_t *surface;
} RenderJob;

typedef struct
{
  GdkTexture *texture;
  double      scale;
  double      requested;        /* scale of a render on its way, or 0 */
} PageCache;

typedef struct
{
  PopplerDocument *document;
  guint            n_pages;
  double          *widths;
  double          *heights;
} LoadResult;

struct _FvPdfView
{
  GtkWidget      parent_instance;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;

  Shared        *shared;
  GThreadPool   *pool;

  guint          n_pages;
  double        *widths;        /* points */
  double        *heights;
  double         max_width;
  double         max_height;
  PageCache     *cache;

  FvZoomMode     zoom_mode;
  double         zoom;          /* 1.0 is 100 %: a point is 4/3 of a pixel */
  double         laid_out_zoom; /* the zoom offsets[] were made for */
  double        *offsets;       /* top of each page in pixels, n_pages + 1 */
  double         content_width;
  double         content_height;

  guint          page;          /* the page in view */
  int            scroll_to;     /* a page to bring into view once laid out, or -1 */
};

enum {
  PROP_0,
  PROP_N_PAGES,
  PROP_PAGE,
  PROP_ZOOM,
  PROP_ZOOM_MODE,
  N_PROPS,

  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ENUM_TYPE (FvZoomMode, fv_zoom_mode,
                    G_DEFINE_ENUM_VALUE (FV_ZOOM_FIT_WIDTH, "fit-width"),
                    G_DEFINE_ENUM_VALUE (FV_ZOOM_FIT_PAGE, "fit-page"),
                    G_DEFINE_ENUM_VALUE (FV_ZOOM_FREE, "free"))

G_DEFINE_FINAL_TYPE_WITH_CODE (FvPdfView, fv_pdf_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* Shared document ------------------------------------------------------------ */

static Shared *
shared_new (PopplerDocument *document)
{
  Shared *shared = g_new0 (Shared, 1);

  g_atomic_ref_count_init (&shared->ref_count);
  g_mutex_init (&shared->lock);
  shared->document = document;
  return shared;
}

static Shared *
shared_ref (Shared *shared)
{
  g_atomic_ref_count_inc (&shared->ref_count);
  return shared;
}

static void
shared_unref (Shared *shared)
{
  if (!g_atomic_ref_count_dec (&shared->ref_count))
    return;

  g_clear_object (&shared->document);
  g_mutex_clear (&shared->lock);
  g_free (shared);
}

static void
render_job_free (gpointer data)
{
  RenderJob *job = data;

  g_weak_ref_clear (&job->view);
  g_clear_pointer (&job->shared, shared_unref);
  g_clear_pointer (&job->surface, cairo_surface_destroy);
  g_free (job);
}

/* Wraps the surface's pixels without copying them (as Papers does). */
static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = NULL;

  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface), (gsize) height * stride,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, (gsize) stride);
}

/* Rendering -------------------------------------------------------------------- */

static double
px_per_point (FvPdfView *self)
{
  return self->zoom * POINTS_TO_PX;
}

static double
device_scale (FvPdfView *self)
{
  return px_per_point (self) * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static gboolean
deliver_cb (gpointer data)
{
  RenderJob *job = data;
  g_autoptr(FvPdfView) self = g_weak_ref_get (&job->view);
  PageCache *cache;

  if (self == NULL || self->shared != job->shared || job->page >= self->n_pages)
    return G_SOURCE_REMOVE;

  cache = &self->cache[job->page];
  if (cache->requested == job->scale)
    cache->requested = 0.0;

  if (job->surface != NULL && job->generation == g_atomic_int_get (&self->shared->generation))
    {
      g_clear_object (&cache->texture);
      cache->texture = texture_from_surface (job->surface);
      cache->scale = job->scale;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }

  return G_SOURCE_REMOVE;
}

/* In the worker thread: one page at a time, the document locked. */
static void
render_thread (gpointer data,
               gpointer user_data)
{
  RenderJob *job = data;
  Shared *shared = job->shared;

  if (job->generation == g_atomic_int_get (&shared->generation))
    {
      PopplerPage *page;
      double width, height;
      cairo_surface_t *surface;
      cairo_t *cr;

      g_mutex_lock (&shared->lock);
      page = poppler_document_get_page (shared->document, (int) job->page);
      if (page != NULL)
        {
          poppler_page_get_size (page, &width, &height);
          surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                MAX (1, (int) ceil (width * job->scale)),
                                                MAX (1, (int) ceil (height * job->scale)));
          cr = cairo_create (surface);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
          cairo_scale (cr, job->scale, job->scale);
          poppler_page_render (page, cr);
          cairo_destroy (cr);
          g_object_unref (page);

          if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
            job->surface = surface;
          else
            cairo_surface_destroy (surface);
        }
      g_mutex_unlock (&shared->lock);
    }

  g_idle_add_full (G_PRIORITY_DEFAULT, deliver_cb, job, render_job_free);
}

/* Nearest the page in view first. */
static int
compare_jobs (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const RenderJob *ja = a;
  const RenderJob *jb = b;
  int focus = g_atomic_int_get (&ja->shared->focus);
  int da = ABS ((int) ja->page - focus);
  int db = ABS ((int) jb->page - focus);

  return (da > db) - (da < db);
}

static void
request_render (FvPdfView *self,
                guint      page)
{
  PageCache *cache = &self->cache[page];
  double scale = device_scale (self);
  RenderJob *job;

  if ((cache->texture != NULL && cache->scale == scale) || cache->requested == scale)
    return;

  cache->requested = scale;
  job = g_new0 (RenderJob, 1);
  g_weak_ref_init (&job->view, self);
  job->shared = shared_ref (self->shared);
  job->page = page;
  job->scale = scale;
  job->generation = g_atomic_int_get (&self->shared->generation);
  g_thread_pool_push (self->pool, job, NULL);
}

/* A new zoom: renders on their way are for the old one. */
static void
forget_requests (FvPdfView *self)
{
  if (self->shared == NULL)
    return;

  g_atomic_int_inc (&self->shared->generation);
  for (guint i = 0; i < self->n_pages; i++)
    self->cache[i].requested = 0.0;
}

/* Layout ----------------------------------------------------------------------- */

static double
fit_zoom (FvPdfView *self,
          int        width,
          int        height)
{
  double fit_width, fit_page;

  if (self->n_pages == 0 || width <= 0 || height <= 0)
    return self->zoom;

  fit_width = (width - 2 * MARGIN) / (self->max_width * POINTS_TO_PX);
  if (self->zoom_mode == FV_ZOOM_FIT_WIDTH)
    return CLAMP (fit_width, MIN_ZOOM, MAX_ZOOM);

  fit_page = (height - 2 * MARGIN) / (self->max_height * POINTS_TO_PX);
  return CLAMP (MIN (fit_width, fit_page), MIN_ZOOM, MAX_ZOOM);
}

static void
compute_offsets (FvPdfView *self)
{
  double scale = px_per_point (self);
  double y = MARGIN;

  for (guint i = 0; i < self->n_pages; i++)
    {
      self->offsets[i] = y;
      y += self->heights[i] * scale + PAGE_GAP;
    }
  self->offsets[self->n_pages] = y;
  self->content_height = self->n_pages > 0 ? y - PAGE_GAP + MARGIN : 0.0;
  self->content_width = self->max_width * scale + 2 * MARGIN;
  self->laid_out_zoom = self->zoom;
}

/* The page at @y (pixels from the top of the content). */
static guint
page_at (FvPdfView *self,
         double     y)
{
  guint low = 0, high = self->n_pages;

  if (self->n_pages == 0)
    return 0;

  while (high - low > 1)
    {
      guint mid = (low + high) / 2;

      if (self->offsets[mid] <= y)
        low = mid;
      else
        high = mid;
    }
  return low;
}

static void
update_page (FvPdfView *self)
{
  double value, page_size;
  guint page;

  if (self->n_pages == 0 || self->vadjustment == NULL)
    return;

  value = gtk_adjustment_get_value (self->vadjustment);
  page_size = gtk_adjustment_get_page_size (self->vadjustment);

  /* The last page counts as in view once the end is reached. */
  if (value + page_size >= gtk_adjustment_get_upper (self->vadjustment) - 1.0)
    page = self->n_pages - 1;
  else
    page = page_at (self, value + page_size / 3.0);

  g_atomic_int_set (&self->shared->focus, (int) page);
  if (page != self->page)
    {
      self->page = page;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
}

static void
adjustment_value_changed_cb (GtkAdjustment *adjustment,
                             FvPdfView     *self)
{
  update_page (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (FvPdfView      *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, adjustment_value_changed_cb, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (adjustment_value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
fv_pdf_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  FvPdfView *self = FV_PDF_VIEW (widget);
  double old_zoom = self->laid_out_zoom;
  double value = gtk_adjustment_get_value (self->vadjustment);
  guint anchor_page = 0;
  double anchor_fraction = 0.0;

  /* Where the view was, as a page and a fraction of it, to keep it there. */
  if (self->n_pages > 0 && old_zoom > 0.0)
    {
      anchor_page = page_at (self, value);
      anchor_fraction = (value - self->offsets[anchor_page]) /
                        (self->heights[anchor_page] * old_zoom * POINTS_TO_PX);
    }

  if (self->zoom_mode != FV_ZOOM_FREE)
    {
      double zoom = fit_zoom (self, width, height);

      if (fabs (zoom - self->zoom) > 1e-4)
        {
          self->zoom = zoom;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
        }
    }

  if (self->n_pages > 0 && self->zoom != old_zoom)
    {
      compute_offsets (self);
      forget_requests (self);
      if (old_zoom > 0.0)
        value = self->offsets[anchor_page] +
                anchor_fraction * self->heights[anchor_page] * px_per_point (self);
    }

  if (self->scroll_to >= 0 && (guint) self->scroll_to < self->n_pages)
    {
      value = self->offsets[self->scroll_to] - MARGIN / 2.0;
      self->scroll_to = -1;
    }

  gtk_adjustment_configure (self->hadjustment,
                            CLAMP (gtk_adjustment_get_value (self->hadjustment), 0,
                                   MAX (0, self->content_width - width)),
                            0, MAX (self->content_width, width),
                            width * 0.1, width * 0.9, width);
  gtk_adjustment_configure (self->vadjustment,
                            CLAMP (value, 0, MAX (0, self->content_height - height)),
                            0, MAX (self->content_height, height),
                            48.0, height * 0.9, height);
  update_page (self);
}

static void
fv_pdf_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  FvPdfView *self = FV_PDF_VIEW (widget);

  *minimum = 100;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? (int) (self->max_width * POINTS_TO_PX + 2 * MARGIN)
                                                        : 600;
  *natural = MAX (*natural, *minimum);
}

static void
fv_pdf_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  FvPdfView *self = FV_PDF_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA canvas = dark ? (GdkRGBA) { 0.14, 0.14, 0.15, 1 } : (GdkRGBA) { 0.87, 0.87, 0.86, 1 };
  GdkRGBA shadow = { 0, 0, 0, dark ? 0.5 : 0.22 };
  GdkRGBA paper = { 1, 1, 1, 1 };
  double scale = self->laid_out_zoom * POINTS_TO_PX;   /* what offsets[] were made for */
  double vy, vx, x_origin;
  guint first, last;

  gtk_snapshot_append_color (snapshot, &canvas, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->n_pages == 0 || self->laid_out_zoom <= 0.0)
    return;

  vy = gtk_adjustment_get_value (self->vadjustment);
  vx = gtk_adjustment_get_value (self->hadjustment);
  x_origin = self->content_width < width ? (width - self->content_width) / 2.0 : -vx;

  first = page_at (self, vy);
  last = page_at (self, vy + height);

  for (guint i = first; i <= last && i < self->n_pages; i++)
    {
      double w = self->widths[i] * scale;
      double h = self->heights[i] * scale;
      double x = x_origin + MARGIN + (self->max_width * scale - w) / 2.0;
      double y = self->offsets[i] - vy;
      GskRoundedRect outline;
      PageCache *cache = &self->cache[i];

      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x, y, w, h), 0);
      gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 1, 4);
      gtk_snapshot_append_color (snapshot, &paper, &GRAPHENE_RECT_INIT (x, y, w, h));
      if (cache->texture != NULL)
        gtk_snapshot_append_texture (snapshot, cache->texture, &GRAPHENE_RECT_INIT (x, y, w, h));

      request_render (self, i);
    }

  /* The pages next to the view, so scrolling finds them ready. */
  if (first > 0)
    request_render (self, first - 1);
  if (last + 1 < self->n_pages)
    request_render (self, last + 1);

  /* Memory stays flat: drop what is far from view. */
  for (guint i = 0; i < self->n_pages; i++)
    if (self->cache[i].texture != NULL && (i + KEEP_AROUND < first || i > last + KEEP_AROUND))
      g_clear_object (&self->cache[i].texture);
}

/* Scrolling and keys -------------------------------------------------------- */

static void
scroll_to_page (FvPdfView *self,
                guint      page)
{
  if (self->n_pages == 0)
    return;

  page = MIN (page, self->n_pages - 1);
  if (self->laid_out_zoom <= 0.0 || gtk_widget_get_height (GTK_WIDGET (self)) == 0)
    {
      self->scroll_to = (int) page;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      return;
    }

  gtk_adjustment_set_value (self->vadjustment, self->offsets[page] - MARGIN / 2.0);
}

static gboolean
page_key_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  FvPdfView *self = FV_PDF_VIEW (widget);
  int step = g_variant_get_int32 (args);
  double value;
  guint target;

  if (self->n_pages == 0)
    return FALSE;

  switch (step)
    {
    case G_MININT32:
      target = 0;
      break;
    case G_MAXINT32:
      target = self->n_pages - 1;
      break;
    case -1:
      /* Back to the top of this page first, if it is not at the top already. */
      value = gtk_adjustment_get_value (self->vadjustment);
      target = self->page;
      if (value <= self->offsets[target] - MARGIN / 2.0 + 1.0 && target > 0)
        target--;
      break;
    default:
      target = MIN (self->page + 1, self->n_pages - 1);
      break;
    }

  fv_pdf_view_set_page (self, target);
  return TRUE;
}

static gboolean
line_key_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  FvPdfView *self = FV_PDF_VIEW (widget);
  GtkAdjustment *adjustment = self->vadjustment;

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                        g_variant_get_int32 (args) * gtk_adjustment_get_step_increment (adjustment));
  return TRUE;
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           FvPdfView                *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK) || dy == 0.0)
    return FALSE;

  fv_pdf_view_set_zoom (self, self->zoom * pow (1.1, -dy));
  return TRUE;
}

/* Loading ---------------------------------------------------------------------- */

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  g_clear_object (&result->document);
  g_free (result->widths);
  g_free (result->heights);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  LoadResult *result;
  PopplerDocument *document = poppler_document_new_from_gfile (file, NULL, cancellable, &error);

  if (document == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = g_new0 (LoadResult, 1);
  result->document = document;
  result->n_pages = (guint) MAX (poppler_document_get_n_pages (document), 0);
  result->widths = g_new0 (double, result->n_pages);
  result->heights = g_new0 (double, result->n_pages);
  for (guint i = 0; i < result->n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, (int) i);

      poppler_page_get_size (page, &result->widths[i], &result->heights[i]);
      g_object_unref (page);
    }

  g_task_return_pointer (task, result, load_result_free);
}

static void
clear_document (FvPdfView *self)
{
  if (self->pool != NULL)
    {
      /* Queued jobs are dropped; a page being rendered finishes and finds no view. */
      g_thread_pool_free (self->pool, TRUE, FALSE);
      self->pool = NULL;
    }
  g_clear_pointer (&self->shared, shared_unref);

  for (guint i = 0; i < self->n_pages; i++)
    g_clear_object (&self->cache[i].texture);
  g_clear_pointer (&self->cache, g_free);
  g_clear_pointer (&self->widths, g_free);
  g_clear_pointer (&self->heights, g_free);
  g_clear_pointer (&self->offsets, g_free);
  self->n_pages = 0;
  self->page = 0;
  self->laid_out_zoom = 0.0;
}

/**
 * fv_pdf_view_load_async:
 *
 * Opens @file with poppler in a thread and shows its pages.
 */
void
fv_pdf_view_load_async (FvPdfView           *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FV_IS_PDF_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fv_pdf_view_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

gboolean
fv_pdf_view_load_finish (FvPdfView     *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  LoadResult *loaded;

  g_return_val_if_fail (FV_IS_PDF_VIEW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return FALSE;

  clear_document (self);
  self->shared = shared_new (g_steal_pointer (&loaded->document));
  self->n_pages = loaded->n_pages;
  self->widths = g_steal_pointer (&loaded->widths);
  self->heights = g_steal_pointer (&loaded->heights);
  load_result_free (loaded);

  self->max_width = self->max_height = 1.0;
  for (guint i = 0; i < self->n_pages; i++)
    {
      self->max_width = MAX (self->max_width, self->widths[i]);
      self->max_height = MAX (self->max_height, self->heights[i]);
    }
  self->cache = g_new0 (PageCache, self->n_pages);
  self->offsets = g_new0 (double, self->n_pages + 1);
  self->pool = g_thread_pool_new_full (render_thread, NULL, render_job_free, 1, FALSE, NULL);
  g_thread_pool_set_sort_function (self->pool, compare_jobs, NULL);
  compute_offsets (self);

  self->scroll_to = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
  return TRUE;
}

/* GObject ---------------------------------------------------------------------- */

static void
fv_pdf_view_dispose (GObject *object)
{
  FvPdfView *self = FV_PDF_VIEW (object);

  clear_document (self);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (fv_pdf_view_parent_class)->dispose (object);
}

static void
fv_pdf_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FvPdfView *self = FV_PDF_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_ZOOM_MODE:
      g_value_set_enum (value, self->zoom_mode);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_pdf_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FvPdfView *self = FV_PDF_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      fv_pdf_view_set_page (self, g_value_get_uint (value));
      break;
    case PROP_ZOOM:
      fv_pdf_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_ZOOM_MODE:
      fv_pdf_view_set_zoom_mode (self, g_value_get_enum (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_key (GtkWidgetClass  *widget_class,
         guint            keyval,
         GtkShortcutFunc  func,
         int              step)
{
  gtk_widget_class_add_binding (widget_class, keyval, 0, func, "i", step);
}

static void
fv_pdf_view_class_init (FvPdfViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_pdf_view_dispose;
  object_class->get_property = fv_pdf_view_get_property;
  object_class->set_property = fv_pdf_view_set_property;

  widget_class->measure = fv_pdf_view_measure;
  widget_class->size_allocate = fv_pdf_view_size_allocate;
  widget_class->snapshot = fv_pdf_view_snapshot;

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM_MODE] =
    g_param_spec_enum ("zoom-mode", NULL, NULL, FV_TYPE_ZOOM_MODE, FV_ZOOM_FIT_WIDTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  add_key (widget_class, GDK_KEY_Page_Up, page_key_cb, -1);
  add_key (widget_class, GDK_KEY_KP_Page_Up, page_key_cb, -1);
  add_key (widget_class, GDK_KEY_Page_Down, page_key_cb, 1);
  add_key (widget_class, GDK_KEY_KP_Page_Down, page_key_cb, 1);
  add_key (widget_class, GDK_KEY_space, page_key_cb, 1);
  add_key (widget_class, GDK_KEY_Home, page_key_cb, G_MININT32);
  add_key (widget_class, GDK_KEY_KP_Home, page_key_cb, G_MININT32);
  add_key (widget_class, GDK_KEY_End, page_key_cb, G_MAXINT32);
  add_key (widget_class, GDK_KEY_KP_End, page_key_cb, G_MAXINT32);
  add_key (widget_class, GDK_KEY_Up, line_key_cb, -1);
  add_key (widget_class, GDK_KEY_KP_Up, line_key_cb, -1);
  add_key (widget_class, GDK_KEY_Down, line_key_cb, 1);
  add_key (widget_class, GDK_KEY_KP_Down, line_key_cb, 1);

  gtk_widget_class_set_css_name (widget_class, "fvpdfview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DOCUMENT);
}

static void
fv_pdf_view_init (FvPdfView *self)
{
  GtkEventController *scroll;

  self->zoom = 1.0;
  self->zoom_mode = FV_ZOOM_FIT_WIDTH;
  self->scroll_to = -1;
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  /* A click gives the keyboard to the pages. */
  {
    GtkGesture *click = gtk_gesture_click_new ();

    g_signal_connect_swapped (click, "pressed", G_CALLBACK (gtk_widget_grab_focus), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  }
}

/* Public API ------------------------------------------------------------------- */

GtkWidget *
fv_pdf_view_new (void)
{
  return g_object_new (FV_TYPE_PDF_VIEW, NULL);
}

guint
fv_pdf_view_get_n_pages (FvPdfView *self)
{
  g_return_val_if_fail (FV_IS_PDF_VIEW (self), 0);

  return self->n_pages;
}

/* The page in view, 0-based. */
guint
fv_pdf_view_get_page (FvPdfView *self)
{
  g_return_val_if_fail (FV_IS_PDF_VIEW (self), 0);

  return self->page;
}

/* Brings @page (0-based) to the top of the view. */
void
fv_pdf_view_set_page (FvPdfView *self,
                      guint      page)
{
  g_return_if_fail (FV_IS_PDF_VIEW (self));

  scroll_to_page (self, page);
  update_page (self);
}

FvZoomMode
fv_pdf_view_get_zoom_mode (FvPdfView *self)
{
  g_return_val_if_fail (FV_IS_PDF_VIEW (self), FV_ZOOM_FIT_WIDTH);

  return self->zoom_mode;
}

void
fv_pdf_view_set_zoom_mode (FvPdfView  *self,
                           FvZoomMode  mode)
{
  g_return_if_fail (FV_IS_PDF_VIEW (self));

  if (self->zoom_mode == mode)
    return;

  self->zoom_mode = mode;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM_MODE]);
}

double
fv_pdf_view_get_zoom (FvPdfView *self)
{
  g_return_val_if_fail (FV_IS_PDF_VIEW (self), 1.0);

  return self->zoom;
}

/* Sets the zoom (1.0 is 100 %) and leaves the fit modes. */
void
fv_pdf_view_set_zoom (FvPdfView *self,
                      double     zoom)
{
  g_return_if_fail (FV_IS_PDF_VIEW (self));

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  fv_pdf_view_set_zoom_mode (self, FV_ZOOM_FREE);
  if (fabs (zoom - self->zoom) < 1e-4)
    return;

  self->zoom = zoom;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static const double zoom_steps[] = { 0.25, 0.33, 0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 3.0, 4.0, 6.0, 8.0 };

void
fv_pdf_view_zoom_in (FvPdfView *self)
{
  g_return_if_fail (FV_IS_PDF_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
    if (zoom_steps[i] > self->zoom * 1.01)
      {
        fv_pdf_view_set_zoom (self, zoom_steps[i]);
        return;
      }
}

void
fv_pdf_view_zoom_out (FvPdfView *self)
{
  g_return_if_fail (FV_IS_PDF_VIEW (self));

  for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
    if (zoom_steps[i - 1] < self->zoom * 0.99)
      {
        fv_pdf_view_set_zoom (self, zoom_steps[i - 1]);
        return;
      }
}

/* How many pages hold a rendered texture now: for tests of memory staying flat. */
guint
fv_pdf_view_get_n_rendered (FvPdfView *self)
{
  guint n = 0;

  g_return_val_if_fail (FV_IS_PDF_VIEW (self), 0);

  for (guint i = 0; i < self->n_pages; i++)
    n += self->cache[i].texture != NULL;
  return n;
}
