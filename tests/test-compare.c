/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Compare With…: the stepped-care example against a copy of itself before
 * one step was added, one removed and one changed: the canvas marks each
 * with its word, the Compare page lists the changes, both follow edits,
 * and Stop Comparing takes them away. Run under xvfb-run. */
#include <string.h>
#include <glib/gstdio.h>

#include "pd-application.h"
#include "pd-window-private.h"
#include "test-gui.h"

static PdGroup *
group_by_id (PdCanvas   *canvas,
             const char *id)
{
  PdScene *scene = pd_canvas_get_scene (canvas);

  for (guint i = 0; i < scene->groups->len; i++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, i);
      if (g_str_equal (group->id, id))
        return group;
    }
  return NULL;
}

static char *
group_words (PdCanvas   *canvas,
             const char *id)
{
  PdGroup *group = pd_scene_find_group (pd_canvas_get_scene (canvas), id);
  GString *s = g_string_new (NULL);

  /* The ghost of a removed step is no object of the pathway. */
  if (group == NULL)
    group = group_by_id (canvas, id);

  g_assert_nonnull (group);
  for (guint i = 0; i < group->shapes->len; i++)
    {
      const PdShape *shape = g_ptr_array_index (group->shapes, i);

      for (guint l = 0; shape->type == PD_SHAPE_TEXT && l < shape->lines->len; l++)
        g_string_append_printf (s, "%s\n", ((PdTextLine *) g_ptr_array_index (shape->lines,
                                                                             l))->text);
    }
  return g_string_free (s, FALSE);
}

static gboolean
has_row (PdComparePanel *panel,
         const char     *text)
{
  for (guint i = 0; i < pd_compare_panel_get_n_rows (panel); i++)
    if (g_str_equal (pd_compare_panel_get_row_text (panel, i), text))
      return TRUE;
  return FALSE;
}

static guint
row_index (PdComparePanel *panel,
           const char     *prefix)
{
  for (guint i = 0; i < pd_compare_panel_get_n_rows (panel); i++)
    if (g_str_has_prefix (pd_compare_panel_get_row_text (panel, i), prefix))
      return i;
  g_assert_not_reached ();
}

static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PdDocument) before = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PdNode) added = pd_node_new ("n-peer", PD_NODE_KIND_INTERVENTION);
  g_autofree char *path = NULL;
  g_autofree char *words = NULL;
  g_autofree char *cbt_words = NULL;
  g_autofree char *ghost_words = NULL;
  PdComparePanel *panel;
  PdSelection *selection;

  TEST_GUI_REQUIRE_DISPLAY ();
  panel = f->window->compare_panel;
  selection = pd_window_get_selection (f->window);
  before = pd_document_copy (f->document);
  bytes = pd_xml_write (before);
  path = g_build_filename (g_get_tmp_dir (), "compare-before.pathway", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));

  g_object_set (added, "title", "Peer support", "agency-id", "voluntary", "x", 1580.0,
                "y", 40.0, NULL);
  pd_document_add_node (f->document, added);
  pd_document_remove_node (f->document, pd_document_get_node (f->document, "n-employment"));
  pd_document_set (f->document, pd_document_get_node (f->document, "n-cbt"), "sessions", 20,
                   NULL);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (panel))
                  && adw_view_stack_page_get_visible (f->window->compare_page));
  g_assert_true (pd_window_compare_with_path (f->window, path, "compare-before.pathway"));
  wait_for_frames ();

  /* On the canvas: each mark has its word, not only a colour. */
  words = group_words (f->canvas, "n-peer");
  g_assert_nonnull (strstr (words, "New\n"));
  cbt_words = group_words (f->canvas, "n-cbt");
  g_assert_nonnull (strstr (cbt_words, "Changed\n"));
  g_assert_nonnull (group_by_id (f->canvas, "removed-n-employment"));
  ghost_words = group_words (f->canvas, "removed-n-employment");
  g_assert_nonnull (strstr (ghost_words, "Removed\n"));
  g_assert_null (strstr (group_words (f->canvas, "n-gsh"), "Changed"));
  g_assert_nonnull (strstr (pd_canvas_get_description (f->canvas),
                            "1 new step, 1 removed, 1 changed"));

  /* In the side pane, a row a change, named by its sentence. */
  g_assert_true (adw_view_stack_page_get_visible (f->window->compare_page));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->window->side_stack), ==, "compare");
  g_assert_true (has_row (panel, "Step “Peer support” added"));
  g_assert_true (has_row (panel, "Step “Employment support” removed"));
  g_assert_true (has_row (panel, "Step “Individual CBT” changed: sessions 16 → 20"));
  pd_compare_panel_activate_row (panel, row_index (panel, "Step “Individual CBT” changed"));
  g_assert_cmpuint (pd_selection_get_length (selection), ==, 1);
  g_assert_cmpstr (pd_selection_get_id (selection, 0), ==, "n-cbt");

  /* The marks follow edits: undoing the change takes its badge away. */
  g_assert_true (pd_document_undo (f->document));
  wait_for_frames ();
  g_assert_null (strstr (group_words (f->canvas, "n-cbt"), "Changed"));
  g_assert_false (has_row (panel, "Step “Individual CBT” changed: sessions 16 → 20"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.stop-comparing", NULL));
  wait_for_frames ();
  g_assert_null (group_by_id (f->canvas, "removed-n-employment"));
  g_assert_null (strstr (group_words (f->canvas, "n-peer"), "New"));
  g_assert_false (adw_view_stack_page_get_visible (f->window->compare_page));
  g_assert_null (strstr (pd_canvas_get_description (f->canvas), "Compared with"));
  g_unlink (path);
}

/* Words of the group @id in @scene, or "" when it has none. */
static char *
scene_words (PdScene    *scene,
             const char *id)
{
  PdGroup *group = pd_scene_find_group (scene, id);
  GString *s = g_string_new (NULL);

  for (guint i = 0; group && i < group->shapes->len; i++)
    {
      const PdShape *shape = g_ptr_array_index (group->shapes, i);

      for (guint l = 0; shape->type == PD_SHAPE_TEXT && l < shape->lines->len; l++)
        g_string_append_printf (s, "%s\n", ((PdTextLine *) g_ptr_array_index (shape->lines,
                                                                             l))->text);
    }
  return g_string_free (s, FALSE);
}

/* While a changed step is dragged, what the canvas draws of it anew keeps
 * its Changed badge, and the comparison stays on to the release. */
static void
test_marks_kept_while_dragging (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(PdDocument) before = NULL;
  PdNode *cbt;
  double wx, wy;

  TEST_GUI_REQUIRE_DISPLAY ();
  before = pd_document_copy (f->document);
  cbt = pd_document_get_node (f->document, "n-cbt");
  pd_document_set (f->document, cbt, "sessions", 20, NULL);
  pd_window_start_comparing (f->window, before, "before");
  wait_for_frames ();
  g_assert_nonnull (strstr (group_words (f->canvas, "n-cbt"), "Changed"));

  pd_view_to_view (&f->canvas->view, pd_node_get_x (cbt) + pd_node_get_width (cbt) / 2,
                   pd_node_get_y (cbt) + pd_node_get_height (cbt) / 2, &wx, &wy);
  g_assert_true (pd_canvas_press (f->canvas, wx, wy, 0));
  for (int i = 1; i <= 5; i++)
    {
      g_autoptr(PdScene) moving = NULL;
      g_autofree char *words = NULL;

      pd_canvas_drag_to (f->canvas, 8.0 * i, 6.0 * i);
      wait_for_frames ();
      g_assert_nonnull (f->canvas->moving);
      g_assert_nonnull (f->canvas->scene_options.compare);
      /* What append_diagram() draws over the still picture. */
      moving = pd_scene_new_partial (f->document, f->canvas->moving, &f->canvas->scene_options);
      words = scene_words (moving, "n-cbt");
      g_assert_nonnull (strstr (words, "Changed\n"));
    }
  pd_canvas_release (f->canvas, 40, 30, 0);
  wait_for_frames ();
  g_assert_null (f->canvas->moving);
  g_assert_nonnull (strstr (group_words (f->canvas, "n-cbt"), "Changed"));
}

static void
git (const char *dir,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) "git");
  g_ptr_array_add (argv, (gpointer) "-C");
  g_ptr_array_add (argv, (gpointer) dir);
  va_start (args, first);
  for (const char *a = first; a; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  out = test_run ((const char **) argv->pdata);
}

/* A Git Revision: the file as committed, read with git show, against the
 * pathway as edited since. */
static void
test_git_revision (void)
{
  g_autoptr(GPtrArray) paths = test_example_paths ();
  g_autofree char *dir = g_dir_make_tmp ("compare-git-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "stepped.pathway", NULL);
  g_autofree char *data = NULL;
  g_autoptr(PdDocument) doc = NULL;
  PdWindow *window;
  PdDocument *document;
  gsize length;

  TEST_GUI_REQUIRE_DISPLAY ();
  if (!test_have_program ("git"))
    {
      g_test_skip ("git is needed");
      return;
    }
  g_assert_true (g_file_get_contents (g_ptr_array_index (paths, 0), &data, &length, NULL));
  g_assert_true (g_file_set_contents (path, data, length, NULL));
  g_setenv ("GIT_CONFIG_NOSYSTEM", "1", TRUE);
  git (dir, "init", "-q", NULL);
  git (dir, "add", "stepped.pathway", NULL);
  git (dir, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q",
       "-m", "First", NULL);

  doc = test_load (path);
  window = pd_window_new (NULL, doc, path, NULL);
  gtk_window_present (GTK_WINDOW (window));
  document = pd_window_get_document (window);
  pd_document_set (document, pd_document_get_node (document, "n-cbt"), "sessions", 20, NULL);
  pd_window_compare_git_revision (window, "HEAD");
  /* git answers within a few seconds, or the comparison never comes. */
  for (int i = 0; i < 2000 && window->compare_document == NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  wait_for_frames ();
  g_assert_nonnull (window->compare_document);
  g_assert_true (has_row (window->compare_panel, "Step “Individual CBT” changed: sessions 16 → 20"));
  g_assert_cmpuint (pd_compare_panel_get_n_rows (window->compare_panel), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  {
    const char *rm[] = { "rm", "-rf", dir, NULL };
    g_free (test_run (rm));
  }
}

/* Compare With… on Shift+Ctrl+D, taken by nothing else, and listed among
 * the shortcuts with Back and Forward. */
static void
shortcut (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GSList) objects = NULL;
  g_auto(GStrv) accels = NULL;
  g_auto(GStrv) actions = NULL;
  guint listed = 0;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.compare-file");
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Shift><Control>d");
  actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Shift><Control>d");
  g_assert_cmpuint (g_strv_length (actions), ==, 1);
  builder = gtk_builder_new_from_resource ("/org/pathwaydesigner/Designer/help-overlay.ui");
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l; l = l->next)
    {
      g_autofree char *accelerator = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      listed += g_strcmp0 (accelerator, "<Shift><Control>d") == 0;
      listed += g_strcmp0 (accelerator, "<Control>bracketleft") == 0;
      listed += g_strcmp0 (accelerator, "<Control>bracketright") == 0;
    }
  g_assert_cmpuint (listed, ==, 3);
}

static void
test_shortcut (void)
{
  TEST_GUI_REQUIRE_DISPLAY ();
  test_run_in_subprocess (shortcut);
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/compare/marks-and-list", test_compare);
  TEST_GUI_ADD ("/compare/marks-kept-while-dragging", test_marks_kept_while_dragging);
  g_test_add_func ("/compare/git-revision", test_git_revision);
  g_test_add_func ("/compare/shortcut", test_shortcut);
  return g_test_run ();
}
