/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window at small sizes and large text: the step kinds and the Find
 * bar fit, the side pane hides (F9) and folds, the header bar's zoom and
 * what it shows on the start page. */
#include "pd-window-private.h"
#include "test-gui.h"

/* GNOME's "Large Text": fonts 1.5 times as large. */
#define LARGE_TEXT_DPI (96 * 1024 * 3 / 2)

/* Sizes settle over a few frames (the flap folds, the palette wraps),
   * and the pane slides in and out. */
static void
settle (void)
{
  for (int i = 0; i < 50; i++)
    {
      wait_for_frames ();
      g_usleep (20000);
    }
}

static void
resize (Fixture *f,
        int      width,
        int      height)
{
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  settle ();
}

static void
set_text_dpi (int dpi)
{
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", dpi, NULL);
}

/* @widget's bounds in the window's coordinates. */
static graphene_rect_t
bounds_in_window (Fixture   *f,
                  GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (f->window), &bounds));
  return bounds;
}

/* @widget shows whole between the window's left edge and the side pane
 * (the window's right edge when the pane is folded away). */
static void
assert_beside_pane (Fixture   *f,
                    GtkWidget *widget)
{
  graphene_rect_t bounds = bounds_in_window (f, widget);
  graphene_rect_t pane = GRAPHENE_RECT_INIT (gtk_widget_get_width (GTK_WIDGET (f->window)), 0,
                                             0, 0);

  if (!adw_flap_get_folded (f->window->flap))
    pane = bounds_in_window (f, f->window->side_pane);

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.size.width, >, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, pane.origin.x + 0.5);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                     gtk_widget_get_height (GTK_WIDGET (f->window)));
}

/* At 800 × 600, in ordinary and in large text, every step kind and the
 * Find bar's parts lie within the diagram's pane, none cut off. */
static void
test_fits (Fixture       *f,
           gconstpointer  data)
{
  const int dpis[] = { 96 * 1024, LARGE_TEXT_DPI };

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "win.find", NULL));
  for (guint d = 0; d < G_N_ELEMENTS (dpis); d++)
    {
      guint n = 0;

      set_text_dpi (dpis[d]);
      resize (f, 800, 600);
      /* 800 less the window's frame. */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), >=, 780);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 800);
      /* Ordinary text leaves room for the pane beside the diagram; large
       * text may fold it. */
      if (dpis[d] == 96 * 1024)
        g_assert_false (adw_flap_get_folded (f->window->flap));
      g_assert_true (gtk_widget_get_mapped (f->window->side_pane)
                     != adw_flap_get_folded (f->window->flap));
      for (GtkWidget *kind = gtk_widget_get_first_child (GTK_WIDGET (f->window->palette)); kind;
           kind = gtk_widget_get_next_sibling (kind), n++)
        assert_beside_pane (f, kind);
      g_assert_cmpuint (n, ==, PD_N_NODE_KINDS);
      assert_beside_pane (f, GTK_WIDGET (f->window->find_entry));
      assert_beside_pane (f, gtk_widget_get_next_sibling (GTK_WIDGET (f->window->find_entry)));
    }
  set_text_dpi (96 * 1024);
}

/* How many lines the step kinds take above the diagram. */
static guint
palette_lines (Fixture *f)
{
  double last_top = -G_MAXDOUBLE;
  guint lines = 0;

  for (GtkWidget *kind = gtk_widget_get_first_child (GTK_WIDGET (f->window->palette)); kind;
       kind = gtk_widget_get_next_sibling (kind))
    {
      graphene_rect_t bounds = bounds_in_window (f, kind);

      if (bounds.origin.y > last_top + 0.5)
        {
          lines++;
          last_top = bounds.origin.y;
        }
    }
  return lines;
}

/* At 800 × 600 the diagram keeps most of the window: the step kinds take
 * at most three lines, and the diagram at least half the window's width
 * and height. With large text the side pane folds away rather than
 * squeeze the diagram into a strip. */
static void
test_palette_lines (Fixture       *f,
                    gconstpointer  data)
{
  const int dpis[] = { 96 * 1024, LARGE_TEXT_DPI };

  TEST_GUI_REQUIRE_DISPLAY ();
  for (guint d = 0; d < G_N_ELEMENTS (dpis); d++)
    {
      GtkWidget *window = GTK_WIDGET (f->window);
      GtkWidget *diagram = GTK_WIDGET (f->window->scroller);
      guint lines;

      set_text_dpi (dpis[d]);
      resize (f, 800, 600);
      lines = palette_lines (f);
      if (g_test_verbose ())
        g_printerr ("text %d dpi: %u lines of kinds, pane %s, diagram %d × %d\n",
                    dpis[d] / 1024, lines,
                    adw_flap_get_folded (f->window->flap) ? "folded" : "beside",
                    gtk_widget_get_width (diagram), gtk_widget_get_height (diagram));
      g_assert_cmpuint (lines, >=, 1);
      g_assert_cmpuint (lines, <=, 3);
      for (GtkWidget *kind = gtk_widget_get_first_child (GTK_WIDGET (f->window->palette)); kind;
           kind = gtk_widget_get_next_sibling (kind))
        assert_beside_pane (f, kind);
      g_assert_cmpint (gtk_widget_get_width (diagram) * 2, >=, gtk_widget_get_width (window));
      g_assert_cmpint (gtk_widget_get_height (diagram) * 2, >=, gtk_widget_get_height (window));
      if (dpis[d] == LARGE_TEXT_DPI)
        g_assert_true (adw_flap_get_folded (f->window->flap));
    }
  set_text_dpi (96 * 1024);
}

/* win.show-sidebar (F9, the header bar's toggle) hides the pane and shows
 * it again; the diagram takes the room. */
static void
test_toggle (Fixture       *f,
             gconstpointer  data)
{
  GVariant *state;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_true (gtk_widget_get_mapped (f->window->side_pane));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (f->window->sidebar_button)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-sidebar", NULL));
  settle ();
  g_assert_false (gtk_widget_get_mapped (f->window->side_pane));
  state = g_action_group_get_action_state (G_ACTION_GROUP (f->window), "show-sidebar");
  g_assert_false (g_variant_get_boolean (state));
  g_variant_unref (state);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (f->window->sidebar_button)));

  /* The toggle in the header bar shows it again. */
  g_signal_emit_by_name (f->window->sidebar_button, "clicked");
  settle ();
  g_assert_true (gtk_widget_get_mapped (f->window->side_pane));
  g_assert_true (adw_flap_get_reveal_flap (f->window->flap));
}

/* A narrow window folds the pane away; shown, it lies over the diagram,
 * which keeps the whole width; Escape in it goes back to the diagram. */
static void
test_fold (Fixture       *f,
           gconstpointer  data)
{
  graphene_rect_t pane;
  int width;

  TEST_GUI_REQUIRE_DISPLAY ();
  /* As narrow as the header bar lets it be. */
  resize (f, 360, 600);
  width = gtk_widget_get_width (GTK_WIDGET (f->window));
  g_assert_cmpint (width, <, 760);
  g_assert_true (adw_flap_get_folded (f->window->flap));
  g_assert_false (gtk_widget_get_mapped (f->window->side_pane));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-sidebar", NULL));
  settle ();
  g_assert_true (gtk_widget_get_mapped (f->window->side_pane));
  pane = bounds_in_window (f, f->window->side_pane);
  g_assert_cmpfloat (pane.origin.x + pane.size.width, <=, width + 0.5);
  /* Over the diagram, which keeps the whole width. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window->scroller)), >, pane.origin.x + 10);

  /* Wide again, the pane stands beside the diagram. */
  resize (f, 1200, 800);
  g_assert_false (adw_flap_get_folded (f->window->flap));
  g_assert_true (gtk_widget_get_mapped (f->window->side_pane));
}

/* The header bar's zoom reads what the canvas shows, however it changed. */
static void
test_zoom_label (Fixture       *f,
                 gconstpointer  data)
{
  GtkMenuButton *button;

  TEST_GUI_REQUIRE_DISPLAY ();
  button = f->window->zoom_button;
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "80%");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-reset", NULL));
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "100%");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-in", NULL));
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "125%");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-out", NULL));
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "80%");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-fit", NULL));
  g_assert_cmpint (round (pd_canvas_get_zoom (f->canvas) * 100), !=, 80);
  {
    g_autofree char *fit = g_strdup_printf ("%d%%",
                                            (int) round (pd_canvas_get_zoom (f->canvas) * 100));
    g_assert_cmpstr (gtk_menu_button_get_label (button), ==, fit);
  }
}

/* The start page has nothing to edit: no Undo, Add Step, Save or zoom;
 * leaving it for a new pathway brings them. */
static void
test_start_page (Fixture       *f,
                 gconstpointer  data)
{
  PdWindow *w;
  GtkWidget *editing[6];

  TEST_GUI_REQUIRE_DISPLAY ();
  w = f->window;
  editing[0] = w->undo_button;
  editing[1] = w->add_button;
  editing[2] = w->arrange_button;
  editing[3] = w->save_button;
  editing[4] = w->sidebar_button;
  editing[5] = GTK_WIDGET (w->zoom_button);
  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    g_assert_true (gtk_widget_get_mapped (editing[i]));
  pd_window_show_start (w);
  wait_for_frames ();
  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    g_assert_false (gtk_widget_get_visible (editing[i]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (w), "win.start-new", NULL));
  wait_for_frames ();
  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    g_assert_true (gtk_widget_get_mapped (editing[i]));
}

/* The diagram's actual size follows the system's text size: Large Text
 * makes it 150%, Actual Size goes back there, and a diagram zoomed by
 * hand stays where it was put when the text size changes. */
static void
test_text_size (Fixture       *f,
                gconstpointer  data)
{
  PdWindow *w;

  TEST_GUI_REQUIRE_DISPLAY ();
  w = f->window;
  set_text_dpi (96 * 1024);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (w), "win.zoom-reset", NULL));
  g_assert_cmpfloat (pd_canvas_get_zoom (w->canvas), ==, 1.0);
  set_text_dpi (LARGE_TEXT_DPI);
  g_assert_cmpfloat (pd_canvas_get_zoom (w->canvas), ==, 1.5);
  g_assert_cmpstr (gtk_menu_button_get_label (w->zoom_button), ==, "150%");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (w), "win.zoom-in", NULL));
  g_assert_cmpfloat (pd_canvas_get_zoom (w->canvas), ==, 1.5 * 1.25);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (w), "win.zoom-reset", NULL));
  g_assert_cmpfloat (pd_canvas_get_zoom (w->canvas), ==, 1.5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (w), "win.zoom-out", NULL));
  set_text_dpi (96 * 1024);
  g_assert_cmpfloat (pd_canvas_get_zoom (w->canvas), ==, 1.5 / 1.25);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (w), "win.zoom-reset", NULL));
  g_assert_cmpfloat (pd_canvas_get_zoom (w->canvas), ==, 1.0);
}

/* A pathway without steps says over the paper how to add the first; the
 * words go with the last step and come back with it. */
static void
test_empty_hint (Fixture       *f,
                 gconstpointer  data)
{
  PdWindow *w;

  TEST_GUI_REQUIRE_DISPLAY ();
  w = f->window;
  g_assert_false (gtk_widget_get_visible (w->empty_hint));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (w), "win.select-all", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (w), "win.delete", NULL));
  wait_for_frames ();
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_nodes (f->document)), ==, 0);
  g_assert_true (gtk_widget_get_mapped (w->empty_hint));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (w), "win.undo", NULL));
  wait_for_frames ();
  g_assert_false (gtk_widget_get_visible (w->empty_hint));
}

int
main (int argc, char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/side-pane/fits-800x600", test_fits);
  TEST_GUI_ADD ("/side-pane/palette-lines", test_palette_lines);
  TEST_GUI_ADD ("/side-pane/toggle", test_toggle);
  TEST_GUI_ADD ("/side-pane/fold", test_fold);
  TEST_GUI_ADD ("/side-pane/zoom-label", test_zoom_label);
  TEST_GUI_ADD ("/side-pane/start-page", test_start_page);
  TEST_GUI_ADD ("/side-pane/empty-hint", test_empty_hint);
  TEST_GUI_ADD ("/side-pane/text-size", test_text_size);
  return g_test_run ();
}
