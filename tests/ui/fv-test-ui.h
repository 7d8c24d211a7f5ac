/* fv-test-ui.h — helpers shared by the UI tests, which run the real widgets under Xvfb
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-application.h"
#include "fv-window.h"

G_BEGIN_DECLS

/* Setting up ---------------------------------------------------------------------- */

gboolean fv_test_ui_init             (int               *argc,
                                      char            ***argv);
void     fv_test_ui_add_func         (const char        *testpath,
                                      GTestFunc          test_func);
void     fv_test_ui_add_vtable       (const char        *testpath,
                                      gsize              data_size,
                                      gconstpointer      test_data,
                                      GTestFixtureFunc   data_setup,
                                      GTestFixtureFunc   data_test,
                                      GTestFixtureFunc   data_teardown);

/* g_test_add(), or a skipped case when there is no display. */
#define fv_test_ui_add(testpath, Fixture, tdata, fsetup, ftest, fteardown)                     \
  G_STMT_START {                                                                             \
    void (*add_vtable_) (const char *, gsize, gconstpointer,                                 \
                         void (*) (Fixture *, gconstpointer),                                \
                         void (*) (Fixture *, gconstpointer),                                \
                         void (*) (Fixture *, gconstpointer)) =                              \
      (void (*) (const char *, gsize, gconstpointer,                                         \
                 void (*) (Fixture *, gconstpointer),                                        \
                 void (*) (Fixture *, gconstpointer),                                        \
                 void (*) (Fixture *, gconstpointer))) fv_test_ui_add_vtable;               \
    add_vtable_ ((testpath), sizeof (Fixture), (tdata), (fsetup), (ftest), (fteardown));     \
  } G_STMT_END

/* The main loop --------------------------------------------------------------------- */

void     fv_test_ui_settle           (guint              ms);

/* How long FV_TEST_UI_WAIT_FOR() waits before it fails the test. */
#define FV_TEST_UI_WAIT_SECONDS 20

/* Runs the main loop until @condition holds. When it does not within
 * FV_TEST_UI_WAIT_SECONDS, the test fails with the condition and the place it
 * was waited for. */
#define FV_TEST_UI_WAIT_FOR(condition) \
  FV_TEST_UI_WAIT_FOR_FULL (condition, FV_TEST_UI_WAIT_SECONDS, NULL)

/* The same, failing after @seconds; when @longest_ms (a double *) is not NULL it is
 * set to the longest time, in milliseconds, one iteration of the main loop took:
 * how long the user interface stalled meanwhile. */
#define FV_TEST_UI_WAIT_FOR_FULL(condition, seconds, longest_ms)                              \
  G_STMT_START {                                                                             \
    FvTestUiWait wait_;                                                                      \
                                                                                             \
    fv_test_ui_wait_start (&wait_, (seconds), (longest_ms),                                  \
                           #condition, __FILE__, __LINE__, G_STRFUNC);                       \
    while (!(condition) && fv_test_ui_wait_iterate (&wait_))                                 \
      ;                                                                                      \
  } G_STMT_END

/* What FV_TEST_UI_WAIT_FOR_FULL() keeps between iterations. */
typedef struct
{
  gint64      deadline;
  gint64      last;
  guint       seconds;
  double     *longest_ms;
  const char *what;
  const char *file;
  int         line;
  const char *func;
} FvTestUiWait;

void     fv_test_ui_wait_start       (FvTestUiWait      *wait,
                                      guint              seconds,
                                      double            *longest_ms,
                                      const char        *what,
                                      const char        *file,
                                      int                line,
                                      const char        *func);
gboolean fv_test_ui_wait_iterate     (FvTestUiWait      *wait);

/* Screenshots ------------------------------------------------------------------------ */

gboolean fv_test_ui_want_screenshots (void);
void     fv_test_ui_save_screenshot  (GtkWidget         *widget,
                                      const char        *name);
void     fv_test_ui_save_snapshot    (GtkWidget         *widget,
                                      GtkSnapshot       *snapshot,
                                      int                width,
                                      int                height,
                                      const char        *name);

/* Finding widgets --------------------------------------------------------------------- */

GtkWindow *fv_test_ui_find_toplevel   (GType              type);
GtkWidget *fv_test_ui_find_descendant (GtkWidget         *root,
                                       GType              type);
GtkWidget *fv_test_ui_find_row        (GtkWidget         *root,
                                       GType              type,
                                       const char        *title);
GtkWidget *fv_test_ui_find_entry_row  (GtkWidget         *root,
                                       const char        *title);

/* Accessibility ----------------------------------------------------------------------- */

guint      fv_test_ui_assert_icon_buttons_named (GtkWidget *root,
                                                 guint     *n_pages);

/* Keyboard ------------------------------------------------------------------------------ */

gboolean   fv_test_ui_activate_shortcut (GtkWidget       *widget,
                                         guint            keyval,
                                         GdkModifierType  modifiers);

/* The application ------------------------------------------------------------------- */

FvApplication *fv_test_ui_start_app   (const char        *database_path);
FvWindow      *fv_test_ui_main_window (FvApplication     *app);
gboolean       fv_test_ui_database_settled (FvWindow     *window);
void           fv_test_ui_quit_app    (FvApplication     *app);

G_END_DECLS
