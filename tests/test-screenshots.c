/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Screenshots of the designer's main states, written as PNG files into
 * $SCREENSHOT_DIR (the build folder's screenshots/ under meson) so that
 * anyone can look at them; each is checked to be the window's size and
 * to show something. Run under xvfb-run. */
#include <glib/gstdio.h>

#include "pd-capacity-panel-private.h"
#include "pd-capacity-waiting-private.h"
#include "pd-edit.h"
#include "pd-staff.h"
#include "pd-window-private.h"
#include "test-gui.h"

static char *out_dir;

/* Renders @window as it is now to NAME.png, through its own snapshot
 * function and renderer; checks it is not blank. */
static void
shoot (GtkWidget  *window,
       const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *path = g_build_filename (out_dir, file, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width, height;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  gsize stride;
  guint32 first;
  gboolean varied = FALSE;

  /* A window just presented has its size once it has been drawn. */
  test_gui_wait_frames (window, 3);
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  g_assert_cmpint (width, >, 0);
  stride = (gsize) width * 4;
  GTK_WIDGET_GET_CLASS (window)->snapshot (window, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  pixels = g_malloc (stride * height);
  gdk_texture_download (texture, pixels, stride);
  first = *(guint32 *) pixels;
  for (int i = 0; i < width * height && !varied; i += 97)
    varied = ((guint32 *) pixels)[i] != first;
  g_assert_true (varied);
  g_test_message ("wrote %s", path);
}

/* Properties scrolled to show @widget near their top, its group's title
 * above it. */
static void
scroll_to (Fixture   *f,
           GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double x, y;

  test_gui_wait_frames (GTK_WIDGET (f->window), 3);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  /* From the top of what shows now. */
  g_assert_true (gtk_widget_translate_coordinates (widget, scrolled, 0, 0, &x, &y));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y - 56);
}

/* The first item of a list of roles or posts, open. */
static GtkWidget *
open_first (Fixture    *f,
            const char *property)
{
  GtkWidget *list = pd_inspector_get_editor (f->window->inspector, property);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_first_child (list)), TRUE);
  return list;
}

/* Properties of a step's and the pathway's capacity. */
static void
shoot_capacity (Fixture    *f,
                const char *name)
{
  g_autofree char *step = g_strdup_printf ("%s-step", name);
  g_autofree char *roles = g_strdup_printf ("%s-step-roles", name);
  g_autofree char *pathway = g_strdup_printf ("%s-pathway", name);
  PdSelection *selection = pd_canvas_get_selection (f->canvas);

  pd_selection_select (selection, pd_node_get_id (node_at (f, 1)), PD_SELECT_REPLACE);
  scroll_to (f, gtk_widget_get_ancestor (pd_inspector_get_editor (f->window->inspector,
                                                                  "duration"),
                                         ADW_TYPE_ACTION_ROW));
  shoot (GTK_WIDGET (f->window), step);
  scroll_to (f, open_first (f, "more-staff"));
  shoot (GTK_WIDGET (f->window), roles);
  pd_selection_clear (selection);
  scroll_to (f, gtk_widget_get_ancestor (pd_inspector_get_editor (f->window->inspector,
                                                                  "hours-per-wte"),
                                         ADW_TYPE_ACTION_ROW));
  open_first (f, "staffing");
  shoot (GTK_WIDGET (f->window), pathway);
}

static void
test_properties_capacity (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) roles = pd_staff_array_new ();
  g_autoptr(GPtrArray) posts = pd_post_array_new ();

  TEST_GUI_REQUIRE_DISPLAY ();
  g_ptr_array_add (roles, pd_staff_new ("Peer support worker", "Lived experience", 30));
  g_ptr_array_add (posts, pd_post_new ("High-intensity therapist", "nhs", 12.4));
  g_ptr_array_add (posts, pd_post_new ("Peer support worker", NULL, 3));
  pd_document_set (f->document, node_at (f, 1), "group-size", 8u, "staff-per-session", 2.0,
                   "staff-role", "High-intensity therapist", "staff-share", 70.0,
                   "more-staff", roles, NULL);
  pd_document_set (f->document, G_OBJECT (f->document), "staffing", posts, NULL);
  shoot_capacity (f, "10-properties-capacity");

  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 600);
  /* The side pane folds away at this size, as it does in the designer;
   * shown, it lies over the diagram. */
  for (int i = 0; i < 100 && !adw_flap_get_folded (f->window->flap); i++)
    test_gui_wait_frames (GTK_WIDGET (f->window), 1);
  g_assert_true (adw_flap_get_folded (f->window->flap));
  adw_flap_set_reveal_flap (f->window->flap, TRUE);
  test_gui_wait_frames (GTK_WIDGET (f->window), 20);
  g_assert_true (gtk_widget_get_mapped (f->window->side_pane));
  shoot_capacity (f, "11-properties-capacity-800x600-large-text");
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024, NULL);
}

static void
test_states (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *window;
  PdSelection *selection;

  TEST_GUI_REQUIRE_DISPLAY ();
  window = GTK_WIDGET (f->window);
  selection = pd_canvas_get_selection (f->canvas);
  pd_canvas_set_zoom (f->canvas, 1.0);
  shoot (window, "01-pathway");

  pd_selection_select (selection, pd_node_get_id (node_at (f, 1)), PD_SELECT_REPLACE);
  shoot (window, "02-step-selected");

  adw_view_stack_set_visible_child_name (f->window->side_stack, "outline");
  shoot (window, "03-outline");

  adw_view_stack_set_visible_child_name (f->window->side_stack, "agencies");
  shoot (window, "04-agencies");
  {
    /* The names in Urdu, the first agency open. */
    PdAgency *nhs = pd_document_get_agency (f->document, "nhs");

    pd_inspector_set_language (f->window->inspector, "ur");
    test_gui_wait_frames (window, 3);
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (
      pd_agencies_get_editor (f->window->agencies, nhs, "name"), ADW_TYPE_EXPANDER_ROW)), TRUE);
    shoot (window, "04-agencies-urdu");
    pd_inspector_set_language (f->window->inspector, NULL);
  }

  {
    g_autoptr(PdNode) lonely = pd_node_new ("lonely", PD_NODE_KIND_INTERVENTION);

    g_object_set (lonely, "title", "A step on its own", "agency-id", "nhs", NULL);
    pd_document_add_node (f->document, lonely);
    while (pd_problems_get_count (f->window->problems) == 0)
      g_main_context_iteration (NULL, TRUE);
    adw_view_stack_set_visible_child_name (f->window->side_stack, "problems");
    shoot (window, "05-problems");
    pd_document_undo (f->document);
  }

  adw_view_stack_set_visible_child_name (f->window->side_stack, "properties");
  pd_selection_select (selection, pd_node_get_id (node_at (f, 0)), PD_SELECT_REPLACE);
  g_assert_true (gtk_widget_activate_action (window, "win.add-step", "s", "assessment"));
  shoot (window, "06-new-step-title");
  pd_canvas_finish_rename (f->canvas, TRUE);

  g_assert_true (gtk_widget_activate_action (window, "win.zoom-fit", NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.select-all", NULL));
  shoot (window, "07-fit-all-selected");
}

/* Arrange ▸ Tidy to Fit a Page: the pathway in rows, zoomed to fit. */
static void
test_tidy_fit_page (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_true (gtk_widget_activate_action (window, "win.tidy", "s", "fit-page"));
  g_assert_true (wait_for_undo_label (f->document, "Tidy"));
  g_assert_true (gtk_widget_activate_action (window, "win.zoom-fit", NULL));
  shoot (window, "12-tidy-fit-page");
}

/* A window of @width × @height on @document, its Capacity panel shown. */
static GtkWidget *
capacity_window (PdDocument *document,
                 int         width,
                 int         height)
{
  PdWindow *window = pd_window_new (NULL, document, NULL, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  adw_flap_set_reveal_flap (window->flap, TRUE);
  adw_view_stack_set_visible_child_name (window->side_stack, "capacity");
  test_gui_wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-fit", NULL));
  return GTK_WIDGET (window);
}

/* The Capacity panel scrolled down to @group, once laid out. */
static void
scroll_to_group (GtkWidget *group)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (group, GTK_TYPE_SCROLLED_WINDOW);
  /* The viewport's child, which moves as it scrolls. */
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (
    gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller))));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  double x, y;

  for (int i = 0; i < 2; i++)
    {
      test_gui_wait_frames (gtk_widget_get_ancestor (group, GTK_TYPE_WINDOW), 3);
      g_assert_true (gtk_widget_translate_coordinates (group, content, 0, 0, &x, &y));
      gtk_adjustment_set_value (adjustment, y - 12);
    }
}

/* The Capacity panel on the stepped-care example at 1280×800, then at
 * 800×600 with text a third larger (GNOME's Large Text). */
static void
test_capacity (Fixture       *f,
               gconstpointer  data)
{
  GtkSettings *settings;
  GtkWidget *window;
  int dpi;

  TEST_GUI_REQUIRE_DISPLAY ();
  window = capacity_window (f->document, 1280, 800);
  shoot (window, "08-capacity");
  scroll_to_group (GTK_WIDGET (PD_WINDOW (window)->capacity->staff_group));
  shoot (window, "08-capacity-staff");
  scroll_to_group (GTK_WIDGET (PD_WINDOW (window)->capacity->unmet_group));
  shoot (window, "08-capacity-unmet");
  {
    /* Waiting, simulated. */
    PdCapacityWaiting *waiting = PD_WINDOW (window)->capacity->waiting;

    g_signal_emit_by_name (waiting->simulate, "clicked");
    while (waiting->running > 0)
      g_main_context_iteration (NULL, TRUE);
    scroll_to_group (GTK_WIDGET (waiting));
    shoot (window, "08-capacity-waiting");
  }
  /* The chart in the dark style. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  scroll_to_group (GTK_WIDGET (PD_WINDOW (window)->capacity->staff_group));
  shoot (window, "08-capacity-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));

  settings = gtk_settings_get_default ();
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", (int) (dpi * 1.33), NULL);
  window = capacity_window (f->document, 800, 600);
  shoot (window, "09-capacity-large-text");
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

/* The Library page with the examples' problems, and the Agencies page of
 * a pathway opened from the library. */
static void
test_library (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (g_getenv ("PATHWAY_SOURCE_DIR"), "pathways-xml",
                                           "examples", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  PdLibraryProblems *problems;
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  GtkWidget *row;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_window_open_library (f->window, folder);
  problems = pd_library_panel_get_problems (f->window->library_panel);
  while ((pd_window_get_library (f->window) == NULL || pd_library_problems_is_checking (problems)
          || g_strcmp0 (pd_library_problems_get_summary (problems), "") == 0)
         && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (pd_library_problems_is_checking (problems));
  shoot (GTK_WIDGET (f->window), "12-library-problems");

  pd_window_open_library_entry (f->window,
                                pd_library_lookup_pathway (pd_window_get_library (f->window),
                                                           "dual-diagnosis"), NULL);
  adw_view_stack_set_visible_child_name (f->window->side_stack, "agencies");
  test_gui_wait_frames (GTK_WIDGET (f->window), 3);
  row = gtk_widget_get_ancestor (pd_agencies_get_editor (f->window->agencies,
                                                         pd_document_get_agency (
                                                           pd_window_get_document (f->window),
                                                           "nhs"), "name"),
                                 ADW_TYPE_EXPANDER_ROW);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  shoot (GTK_WIDGET (f->window), "13-agencies-from-library");
}

/* The lasting toast Tidy shows in @window, whose words begin @prefix:
 * its words in full, within the window, its button named @button whole
 * inside it and clear of the words. */
static void
check_tidy_toast (PdWindow   *window,
                  const char *prefix,
                  const char *button_label)
{
  GtkWidget *widget = GTK_WIDGET (window);
  GtkWidget *title, *toast, *button;
  graphene_rect_t bounds, button_bounds, title_bounds;

  g_assert_nonnull (window->tidy_lanes_toast);
  title = adw_toast_get_custom_title (window->tidy_lanes_toast);
  g_assert_true (GTK_IS_LABEL (title));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (title)), prefix));
  g_assert_true (gtk_widget_get_mapped (title));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (title))));
  for (toast = title; toast && !g_str_equal (gtk_widget_get_css_name (toast), "toast");)
    toast = gtk_widget_get_parent (toast);
  g_assert_nonnull (toast);
  g_assert_true (gtk_widget_compute_bounds (toast, widget, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (widget));
  button = find_button (toast, button_label);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_compute_bounds (button, widget, &button_bounds));
  g_assert_true (gtk_widget_compute_bounds (title, widget, &title_bounds));
  g_assert_cmpfloat (button_bounds.origin.x + button_bounds.size.width, <=,
                     bounds.origin.x + bounds.size.width);
  g_assert_cmpfloat (title_bounds.origin.x + title_bounds.size.width, <=, button_bounds.origin.x);
}

/* Tidy where the lanes force crossings, at 800 × 600 with large text:
 * the toast that offers a tidy without lanes, its button in reach; then
 * Tidy to Fit a Page, whose rows cross more than the steps did: the
 * toast that says so and offers a fit without lanes. */
static void
test_tidy_lanes_toast (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkSettings *settings = gtk_settings_get_default ();
  int dpi;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", dpi * 3 / 2, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  g_assert_true (gtk_widget_activate_action (window, "win.tidy", "s", "left-right"));
  shoot (window, "13-tidy-lanes-toast-800x600-large-text");
  check_tidy_toast (f->window, "Lanes add ", "Tidy Without Lanes");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (adw_toast_get_custom_title (
                                                  f->window->tidy_lanes_toast))),
                            "without lanes gives"));
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.tidy", "s", "fit-page"));
  g_assert_true (wait_for_undo_label (f->document, "Tidy"));
  /* The lanes' toast, given way, fades out, the new one in. */
  test_gui_wait_frames (window, 60);
  shoot (window, "13-tidy-fit-toast-800x600-large-text");
  check_tidy_toast (f->window, "Tidied: ", "Fit Without Lanes");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (adw_toast_get_custom_title (
                                                  f->window->tidy_lanes_toast))),
                            " before"));
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

/* The examples' library: after following a link, Back and Forward in the
 * header bar; then the Capacity panel's Whole Library figures. */
static void
test_library_history (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_path_get_dirname (g_ptr_array_index (paths, 0));
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdWindow *window;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_document_mark_saved (doc);
  window = pd_window_new (NULL, doc, NULL, NULL);
  pd_window_mark_blank (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  pd_window_open_library (window, folder);
  while (pd_window_get_library (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  pd_selection_select (pd_window_get_selection (window), "n-link-dual", PD_SELECT_REPLACE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-linked-pathway", NULL);
  shoot (GTK_WIDGET (window), "10-library-back-forward");
  adw_view_stack_set_visible_child_name (window->side_stack, "capacity");
  pd_capacity_panel_set_whole_library (window->capacity, TRUE);
  shoot (GTK_WIDGET (window), "10-library-capacity");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  const char *dir = g_getenv ("SCREENSHOT_DIR");

  out_dir = g_strdup (dir ? dir : g_get_tmp_dir ());
  g_mkdir_with_parents (out_dir, 0755);
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/screenshots/properties-capacity", test_properties_capacity);
  TEST_GUI_ADD ("/screenshots/states", test_states);
  TEST_GUI_ADD ("/screenshots/tidy-fit-page", test_tidy_fit_page);
  TEST_GUI_ADD ("/screenshots/tidy-lanes-toast", test_tidy_lanes_toast);
  TEST_GUI_ADD ("/screenshots/capacity", test_capacity);
  TEST_GUI_ADD ("/screenshots/library", test_library);
  TEST_GUI_ADD ("/screenshots/library-history", test_library_history);
  return g_test_run ();
}
