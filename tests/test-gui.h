/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A designer window on an example, for the GUI tests (under xvfb-run). */
#pragma once

#include "pd-canvas-private.h"
#include "pd-window.h"
#include "test-common.h"

static gboolean have_display;


static inline void
wait_for_frames (void)
{
  for (int i = 0; i < 30; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until @document's last change is labelled @label, or
 * a minute has gone. */
static inline gboolean
wait_for_undo_label (PdDocument *document,
                     const char *label)
{
  PdHistory *history = pd_document_get_history (document);
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < until)
    {
      if (g_strcmp0 (pd_history_get_undo_label (history), label) == 0)
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return FALSE;
}

/* The button labelled @label inside @widget, or NULL. */
static inline GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found)
        return found;
    }
  return NULL;
}

/* Whether a label inside @widget (or @widget itself) reads @text. */
static inline gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

typedef struct {
  PdWindow *window;
  PdCanvas *canvas;
  PdDocument *document;
  PdHistory *history;
} Fixture;

static inline void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autoptr(PdDocument) doc = NULL;

  if (!have_display)
    return;
  doc = test_load (g_ptr_array_index (paths, 0));
  pd_document_mark_saved (doc);
  f->window = pd_window_new (NULL, doc, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_frames ();
  f->canvas = PD_CANVAS (pd_window_get_canvas (f->window));
  f->document = pd_window_get_document (f->window);
  f->history = pd_document_get_history (f->document);
  /* A zoom other than 1 keeps the conversions honest. */
  pd_canvas_set_zoom (f->canvas, 0.8);
  wait_for_frames ();
}

static inline void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window)
    gtk_window_destroy (GTK_WINDOW (f->window));
  wait_for_frames ();
}

static inline PdNode *
node_at (Fixture *f,
         guint    index)
{
  g_autoptr(PdNode) node = g_list_model_get_item (pd_document_get_nodes (f->document), index);
  return node;   /* the document keeps it */
}

/* Sets up GTK once. */
/* A point of the paper with no step and no transition near it. */
static inline gboolean
find_empty (Fixture *f,
            double  *wx,
            double  *wy)
{
  PdScene *scene = pd_canvas_get_scene (f->canvas);

  *wx = *wy = 0;
  for (double y = 40; y < 700; y += 17)
    for (double x = 40; x < 1000; x += 23)
      {
        double dx, dy;

        pd_canvas_to_document (f->canvas, x, y, &dx, &dy);
        if (pd_hit_node (f->document, dx, dy) == NULL
            && pd_hit_edge (f->document, scene, dx, dy, 20) == NULL
            && dx > scene->bounds.x && dy > scene->bounds.y)
          {
            *wx = x;
            *wy = y;
            return TRUE;
          }
      }
  return FALSE;
}

/* GTK 4.8 sometimes warns that it snapshots a scrolled window before its
 * first allocation when a window loaded on a busy machine switches pages
 * in its first frames; the frame after is whole. That one message is
 * printed but not fatal; every other message goes to GLib's writer, which
 * fails the test on a warning. */
static inline GLogWriterOutput
test_gui_log_writer (GLogLevelFlags   level,
                     const GLogField *fields,
                     gsize            n_fields,
                     gpointer         data)
{
  const char *domain = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0 && fields[i].length < 0)
        domain = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0)
        message = fields[i].value;
    }
  if (g_strcmp0 (domain, "Gtk") == 0 && (level & G_LOG_LEVEL_WARNING) && message
      && g_str_has_prefix (message, "Trying to snapshot GtkScrolledWindow ")
      && g_str_has_suffix (message, " without a current allocation"))
    {
      g_printerr ("(not fatal) Gtk-WARNING: %s\n", message);
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (level, fields, n_fields, data);
}

/* The application's stylesheet, which AdwApplication loads for its
 * windows; the tests' windows have no application, and without it they
 * would be laid out as the designer never is (the side pane's width, for
 * one, comes from it). */
static inline void
test_gui_load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  g_type_ensure (PD_TYPE_WINDOW);   /* registers the resources */
  gtk_css_provider_load_from_resource (provider, "/org/pathwaydesigner/Designer/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static inline void
test_gui_init (int    *argc,
               char ***argv)
{
  g_autofree char *state = g_dir_make_tmp ("pathway-state-XXXXXX", NULL);
  g_autofree char *data = g_dir_make_tmp ("pathway-data-XXXXXX", NULL);

  /* Recovery copies and recent files in folders of the test's own. */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_log_set_writer_func (test_gui_log_writer, NULL, NULL);
  g_test_init (argc, argv, NULL);
  have_display = gtk_init_check ();
  if (have_display)
    {
      adw_init ();
      test_gui_load_style ();
    }
}

static inline gboolean
test_gui_count_tick (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       data)
{
  (*(int *) data)++;
  return G_SOURCE_CONTINUE;
}

/* Until @widget's window has been laid out and drawn @frames times since
 * a change. */
static inline void
test_gui_wait_frames (GtkWidget *widget,
                      int        frames)
{
  int ticks = 0;
  guint id = gtk_widget_add_tick_callback (widget, test_gui_count_tick, &ticks, NULL);

  while (ticks < frames)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, id);
}

/* @window as it is drawn now, through its own snapshot function and
 * renderer, saved as the PNG @path. */
static inline void
test_gui_save_png (GtkWidget  *window,
                   const char *path)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  GTK_WIDGET_GET_CLASS (window)->snapshot (window, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (window),
                                                              gtk_widget_get_height (window)));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

#define TEST_GUI_ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

#define TEST_GUI_REQUIRE_DISPLAY() \
  G_STMT_START { \
    if (!have_display) \
      { \
        g_test_skip ("no display (run under xvfb-run)"); \
        return; \
      } \
  } G_STMT_END
