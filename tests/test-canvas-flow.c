/* SPDX-License-Identifier: GPL-3.0-or-later */
/* View ▸ Show People a Year on the canvas: the action, what the scene
 * the canvas draws then holds, the setting, the shortcut, and why there
 * is nothing to show when no one enters the pathway. Run under xvfb-run. */
#include <string.h>

#include "pd-application.h"
#include "pd-window-private.h"
#include "test-gui.h"

static char *
group_words (PdCanvas   *canvas,
             const char *id)
{
  PdGroup *group = pd_scene_find_group (pd_canvas_get_scene (canvas), id);
  GString *s = g_string_new (NULL);

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

static double
line_width (PdCanvas   *canvas,
            const char *id)
{
  PdGroup *group = pd_scene_find_group (pd_canvas_get_scene (canvas), id);

  g_assert_nonnull (group);
  return ((PdShape *) g_ptr_array_index (group->shapes, 0))->line_width;
}

/* The action writes each step's people a year on the canvas, in a box
 * grown to hold them, and widens the busiest lines; it is remembered for
 * the next window; the figures follow the pathway as it is edited; with
 * no one entering, the canvas shows none and says why; off again, the
 * canvas is as it was. */
static void
test_show_flow (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *doubled = NULL;
  g_autofree char *nobody = NULL;
  g_autofree char *again = NULL;
  double plain_height, plain_width;
  guint referrals;
  PdWindow *next;

  TEST_GUI_REQUIRE_DISPLAY ();
  settings = g_settings_new (APPLICATION_ID);
  g_object_get (f->document, "referrals-per-year", &referrals, NULL);
  g_assert_cmpuint (referrals, ==, 12500);
  plain = group_words (f->canvas, "n-referral");
  /* A diamond's words keep clear of its sides: it grows to hold more. */
  plain_height = pd_scene_find_group (pd_canvas_get_scene (f->canvas), "n-severity")->bounds.height;
  plain_width = line_width (f->canvas, "e1");
  g_assert_null (strstr (plain, "a year"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-flow", NULL));
  wait_for_frames ();
  g_assert_true (pd_canvas_get_flow (f->canvas));
  /* Everyone referred starts at the one referral step. */
  shown = group_words (f->canvas, "n-referral");
  g_assert_nonnull (strstr (shown, "12500 people a year"));
  g_assert_cmpfloat (pd_scene_find_group (pd_canvas_get_scene (f->canvas),
                                          "n-severity")->bounds.height, >, plain_height);
  g_assert_cmpfloat (line_width (f->canvas, "e1"), >, plain_width);
  g_assert_null (pd_canvas_get_flow_problem (f->canvas));
  g_assert_true (g_settings_get_boolean (settings, "show-flow"));

  next = pd_window_new (NULL, f->document, NULL, NULL);
  g_assert_true (pd_canvas_get_flow (PD_CANVAS (pd_window_get_canvas (next))));
  gtk_window_destroy (GTK_WINDOW (next));

  /* An edit, and the figures are worked out again. */
  pd_document_set (f->document, f->document, "referrals-per-year", 25000, NULL);
  wait_for_frames ();
  doubled = group_words (f->canvas, "n-referral");
  g_assert_nonnull (strstr (doubled, "25000 people a year"));

  pd_document_set (f->document, f->document, "referrals-per-year", 0, NULL);
  wait_for_frames ();
  nobody = group_words (f->canvas, "n-referral");
  g_assert_cmpstr (nobody, ==, plain);
  g_assert_nonnull (pd_canvas_get_flow_problem (f->canvas));
  g_assert_nonnull (strstr (pd_canvas_get_flow_problem (f->canvas), "referrals a year"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  wait_for_frames ();
  g_assert_null (pd_canvas_get_flow_problem (f->canvas));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-flow", NULL));
  wait_for_frames ();
  g_assert_false (pd_canvas_get_flow (f->canvas));
  g_assert_false (g_settings_get_boolean (settings, "show-flow"));
  again = group_words (f->canvas, "n-referral");
  g_assert_cmpstr (again, ==, plain);
  g_assert_cmpfloat (line_width (f->canvas, "e1"), ==, plain_width);
}

/* Ctrl+Y, taken by nothing else, and listed among the shortcuts. */
static void
shortcut (void)
{
  g_autoptr(PdApplication) app = pd_application_new ();
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GSList) objects = NULL;
  g_auto(GStrv) accels = NULL;
  g_auto(GStrv) actions = NULL;
  gboolean listed = FALSE;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-flow");
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>y");
  actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>y");
  g_assert_cmpuint (g_strv_length (actions), ==, 1);
  builder = gtk_builder_new_from_resource ("/org/pathwaydesigner/Designer/help-overlay.ui");
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l; l = l->next)
    {
      g_autofree char *accelerator = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      listed |= g_strcmp0 (accelerator, "<Control>y") == 0;
    }
  g_assert_true (listed);
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
  TEST_GUI_ADD ("/canvas-flow/show", test_show_flow);
  g_test_add_func ("/canvas-flow/shortcut", test_shortcut);
  return g_test_run ();
}
