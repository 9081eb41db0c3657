/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Full Screen, and Present: the diagram alone, walked through step by step
 * in reading order with a caption. */
#include <gdk/x11/gdkx.h>

#include "pd-edit.h"
#include "pd-journey.h"
#include "pd-link.h"
#include "pd-present-comment.h"
#include "pd-presentation.h"
#include "pd-reading-order.h"
#include "pd-window-private.h"
#include "test-gui.h"

static void
press (Fixture *f,
       guint    keyval)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present-key", "u", keyval);
  wait_for_frames ();
}

static const char *
selected (Fixture *f)
{
  PdSelection *selection = pd_canvas_get_selection (f->canvas);

  g_assert_cmpuint (pd_selection_get_length (selection), ==, 1);
  return pd_selection_get_last (selection);
}

static GtkWidget *
header_bar (Fixture *f)
{
  return gtk_widget_get_first_child (adw_application_window_get_content (
    ADW_APPLICATION_WINDOW (f->window)));
}

static GtkWidget *
side_pane (Fixture *f)
{
  GtkWidget *flap = gtk_widget_get_ancestor (GTK_WIDGET (f->canvas), ADW_TYPE_FLAP);

  return adw_flap_get_flap (ADW_FLAP (flap));
}

/* All the caption's visible text, one label a line. */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static char *
caption_text (Fixture *f)
{
  GString *text = g_string_new (NULL);

  collect_text (pd_window_get_caption (f->window), text);
  return g_string_free (text, FALSE);
}

static void
test_present_walk (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  g_autofree char *text = NULL;
  g_autofree char *timing = NULL;
  PdNode *first;
  PdAgency *agency;
  double zoom;
  guint n_steps;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_reading_order (f->document, &nodes, &edges);
  g_assert_cmpuint (nodes->len, >, 3);
  /* What was selected before comes back afterwards. */
  pd_selection_select (pd_canvas_get_selection (f->canvas),
                       pd_node_get_id (g_ptr_array_index (nodes, 2)), PD_SELECT_REPLACE);
  wait_for_frames ();
  zoom = pd_canvas_get_zoom (f->canvas);
  n_steps = g_list_model_get_n_items (pd_document_get_nodes (f->document));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL);
  wait_for_frames ();
  g_assert_true (pd_window_is_presenting (f->window));
  g_assert_false (gtk_widget_get_visible (header_bar (f)));
  g_assert_false (gtk_widget_get_visible (side_pane (f)));
  g_assert_true (gtk_widget_get_visible (pd_window_get_caption (f->window)));

  /* The first step, its title, easy-read text, agency and timing. */
  first = g_ptr_array_index (nodes, 0);
  g_assert_cmpstr (selected (f), ==, pd_node_get_id (first));
  text = caption_text (f);
  g_assert_nonnull (strstr (text, pd_node_get_title (first)));
  if (pd_node_get_easy_read (first))
    g_assert_nonnull (strstr (text, pd_node_get_easy_read (first)));
  agency = pd_document_get_agency (f->document, pd_node_get_agency_id (first));
  g_assert_nonnull (agency);
  g_assert_nonnull (strstr (text, pd_agency_get_name (agency)));
  timing = pd_journey_describe_timing (first);
  if (timing)
    g_assert_nonnull (strstr (text, timing));

  /* Next and previous follow reading order. */
  press (f, GDK_KEY_Right);
  g_assert_cmpstr (selected (f), ==, pd_node_get_id (g_ptr_array_index (nodes, 1)));
  press (f, GDK_KEY_space);
  g_assert_cmpstr (selected (f), ==, pd_node_get_id (g_ptr_array_index (nodes, 2)));
  press (f, GDK_KEY_Page_Down);
  g_assert_cmpstr (selected (f), ==, pd_node_get_id (g_ptr_array_index (nodes, 3)));
  press (f, GDK_KEY_BackSpace);
  g_assert_cmpstr (selected (f), ==, pd_node_get_id (g_ptr_array_index (nodes, 2)));
  press (f, GDK_KEY_Up);
  g_assert_cmpstr (selected (f), ==, pd_node_get_id (g_ptr_array_index (nodes, 1)));
  press (f, GDK_KEY_Home);
  g_assert_cmpstr (selected (f), ==, pd_node_get_id (first));
  /* Before the first there is nothing: it stays. */
  press (f, GDK_KEY_Left);
  g_assert_cmpstr (selected (f), ==, pd_node_get_id (first));

  /* Keys that would edit do nothing. */
  press (f, GDK_KEY_Delete);
  press (f, GDK_KEY_F2);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_nodes (f->document)), ==, n_steps);
  g_assert_false (pd_canvas_is_renaming (f->canvas));
  g_assert_false (pd_document_get_modified (f->document));

  /* Escape: the editing layout, zoom and selection as they were. */
  press (f, GDK_KEY_Escape);
  g_assert_false (pd_window_is_presenting (f->window));
  g_assert_true (gtk_widget_get_visible (header_bar (f)));
  g_assert_true (gtk_widget_get_visible (side_pane (f)));
  g_assert_false (gtk_widget_get_visible (pd_window_get_caption (f->window)));
  g_assert_cmpstr (selected (f), ==, pd_node_get_id (g_ptr_array_index (nodes, 2)));
  g_assert_cmpfloat_with_epsilon (pd_canvas_get_zoom (f->canvas), zoom, 1e-9);
}

/* At a step with ways out, their numbers choose one; the caption lists
 * them by number and name. */
static void
test_present_branch (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PdPresentation) presentation = NULL;
  g_autoptr(GPtrArray) ways = NULL;
  g_autofree char *text = NULL;
  g_autofree char *second = NULL;
  int at = -1;

  TEST_GUI_REQUIRE_DISPLAY ();
  presentation = pd_presentation_new (f->document);
  for (guint i = 0; at < 0 && i < presentation->steps->len; i++)
    {
      g_autoptr(GPtrArray) out =
        pd_presentation_ways_out (presentation,
                                  pd_node_get_id (g_ptr_array_index (presentation->steps, i)));

      if (out->len > 1)
        at = (int) i;
    }
  g_assert_cmpint (at, >=, 0);
  ways = pd_presentation_ways_out (presentation,
                                   pd_node_get_id (g_ptr_array_index (presentation->steps, at)));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL);
  wait_for_frames ();
  for (int i = 0; i < at; i++)
    press (f, GDK_KEY_Down);
  g_assert_cmpstr (selected (f), ==,
                   pd_node_get_id (g_ptr_array_index (presentation->steps, at)));
  text = caption_text (f);
  second = g_strdup_printf ("2 %s",
                            pd_presentation_way_name (presentation, g_ptr_array_index (ways, 1)));
  g_assert_nonnull (strstr (text, second));
  press (f, GDK_KEY_2);
  g_assert_cmpstr (selected (f), ==, pd_edge_get_to_id (g_ptr_array_index (ways, 1)));
  /* No tenth way: nothing happens. */
  press (f, GDK_KEY_9);
  g_assert_cmpstr (selected (f), ==, pd_edge_get_to_id (g_ptr_array_index (ways, 1)));
  press (f, GDK_KEY_Escape);
}

/* Keys pressed for real, as the X server delivers them to the window with
 * the focus: what the entry types and what the walk-through's keys see.
 * FALSE where that cannot be done (no xdotool, not X11). The test runs on
 * its own (tests/meson.build), so that no other test's window takes the
 * focus meanwhile. */
static gboolean
type_keys (Fixture    *f,
           const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window));
  g_autofree char *command = NULL;
  int status = -1;

  if (!GDK_IS_X11_SURFACE (surface) || !test_have_program ("xdotool"))
    return FALSE;
  command = g_strdup_printf ("xdotool windowfocus --sync %lu key --delay 20 %s",
                             (gulong) gdk_x11_surface_get_xid (surface), keys);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* The keys were sent before xdotool left: a round trip brings them. */
  gdk_display_sync (gtk_widget_get_display (GTK_WIDGET (f->window)));
  for (int i = 0; i < 10; i++)
    {
      g_usleep (20000);
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      wait_for_frames ();
    }
  return TRUE;
}

static guint
comments_on (Fixture    *f,
             const char *target_id,
             PdComment **last)
{
  GListModel *comments = pd_document_get_comments (f->document);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(PdComment) comment = g_list_model_get_item (comments, i);

      if (g_strcmp0 (pd_comment_get_target_id (comment), target_id) != 0)
        continue;
      n++;
      if (last)
        *last = comment;
    }
  return n;
}

/* N takes a comment on the step shown, said by one of the participants:
 * Enter adds it as one undo step, Escape leaves it; Space types. */
static void
test_present_comment (Fixture       *f,
                      gconstpointer  data)
{
  PdPresentComment *card;
  GtkEditable *entry;
  GtkDropDown *picker;
  g_autoptr(GPtrArray) participants = NULL;
  PdParticipant *who;
  PdComment *comment = NULL;
  g_autofree char *text = NULL;
  g_autofree char *step_id = NULL;
  guint before;
  gboolean real_keys;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_object_get (f->document, "participants", &participants, NULL);
  g_assert_nonnull (participants);
  g_assert_cmpuint (participants->len, >, 2);
  who = g_ptr_array_index (participants, 1);
  card = PD_PRESENT_COMMENT (pd_window_get_present_comment (f->window));
  entry = pd_present_comment_get_entry (card);
  picker = pd_present_comment_get_picker (card);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL);
  wait_for_frames ();
  press (f, GDK_KEY_Right);
  step_id = g_strdup (selected (f));
  before = comments_on (f, step_id, NULL);
  press (f, GDK_KEY_n);
  g_assert_true (pd_present_comment_is_open (card));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (card)));
  /* The participants by name and role, after no one in particular. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (picker)), ==,
                    participants->len + 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (picker), ==, 0);

  /* The walk's keys are the entry's while it is open. */
  press (f, GDK_KEY_space);
  press (f, GDK_KEY_Right);
  g_assert_cmpstr (selected (f), ==, step_id);
  real_keys = type_keys (f, "W a i t space Left Right");
  if (real_keys)
    g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Wait ");
  else
    gtk_editable_set_text (entry, "Wait ");
  g_assert_cmpstr (selected (f), ==, step_id);
  g_assert_true (pd_window_is_presenting (f->window));
  if (real_keys)
    {
      /* Tab goes round the card, never out to the diagram behind. */
      type_keys (f, "Tab Tab Tab Tab");
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                             GTK_WIDGET (entry)));
      type_keys (f, "shift+Tab");
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                             GTK_WIDGET (card)));
      type_keys (f, "Tab");
    }
  /* Nor do keys reach the diagram when it has the focus somehow: they go
   * back to the entry. */
  gtk_widget_grab_focus (GTK_WIDGET (f->canvas));
  if (!real_keys || !type_keys (f, "Down Up"))
    {
      press (f, GDK_KEY_Down);
      press (f, GDK_KEY_Delete);
    }
  g_assert_false (pd_document_get_modified (f->document));
  g_assert_cmpstr (selected (f), ==, step_id);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         GTK_WIDGET (entry)));
  gtk_editable_set_position (entry, -1);
  gtk_editable_insert_text (entry, "too long", -1, (int[]) { 5 });
  gtk_drop_down_set_selected (picker, 2);
  if (!real_keys || !type_keys (f, "Return"))
    g_signal_emit_by_name (entry, "activate");
  wait_for_frames ();

  g_assert_false (pd_present_comment_is_open (card));
  g_assert_cmpuint (comments_on (f, step_id, &comment), ==, before + 1);
  g_assert_cmpstr (pd_comment_get_text (comment), ==, "Wait too long");
  g_assert_cmpstr (pd_comment_get_author (comment), ==, who->name);
  g_assert_cmpstr (pd_comment_get_role (comment), ==, who->role);
  text = caption_text (f);
  g_assert_nonnull (strstr (text, before ? "comments" : "1 comment"));
  /* The walk goes on from the same step. */
  g_assert_cmpstr (selected (f), ==, step_id);

  /* One undo step. */
  g_assert_true (pd_document_undo (f->document));
  g_assert_cmpuint (comments_on (f, step_id, NULL), ==, before);
  g_assert_false (pd_document_get_modified (f->document));

  /* The participant chosen last is offered again; Escape adds nothing. */
  press (f, GDK_KEY_N);
  g_assert_true (pd_present_comment_is_open (card));
  g_assert_cmpuint (gtk_drop_down_get_selected (picker), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  gtk_editable_set_text (entry, "Not this one");
  if (real_keys)
    type_keys (f, "Escape");
  else
    pd_present_comment_cancel (card);
  g_assert_false (pd_present_comment_is_open (card));
  g_assert_true (pd_window_is_presenting (f->window));
  g_assert_cmpuint (comments_on (f, step_id, NULL), ==, before);
  /* The card's buttons have their Alt keys. */
  if (real_keys)
    {
      press (f, GDK_KEY_n);
      gtk_editable_set_text (entry, "By its button");
      type_keys (f, "alt+a");
      g_assert_false (pd_present_comment_is_open (card));
      g_assert_cmpuint (comments_on (f, step_id, NULL), ==, before + 1);
      g_assert_true (pd_document_undo (f->document));
    }
  /* Back to the walk: its keys move on again. */
  press (f, GDK_KEY_Right);
  g_assert_cmpstr (selected (f), !=, step_id);
  press (f, GDK_KEY_Escape);
  g_assert_false (pd_window_is_presenting (f->window));
}

/* A pathway without participants: the comment is no one's in particular. */
static void
test_present_comment_anyone (Fixture       *f,
                             gconstpointer  data)
{
  PdPresentComment *card;
  PdComment *comment = NULL;
  g_autofree char *step_id = NULL;
  guint before;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_object_set (f->document, "participants", NULL, NULL);
  card = PD_PRESENT_COMMENT (pd_window_get_present_comment (f->window));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL);
  wait_for_frames ();
  step_id = g_strdup (selected (f));
  before = comments_on (f, step_id, NULL);
  press (f, GDK_KEY_n);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (
    pd_present_comment_get_picker (card))), ==, 1);
  /* No words, no comment: the card stays. */
  g_signal_emit_by_name (pd_present_comment_get_entry (card), "activate");
  g_assert_true (pd_present_comment_is_open (card));
  gtk_editable_set_text (pd_present_comment_get_entry (card), "  Who do I call?  ");
  g_signal_emit_by_name (pd_present_comment_get_entry (card), "activate");
  g_assert_false (pd_present_comment_is_open (card));
  g_assert_cmpuint (comments_on (f, step_id, &comment), ==, before + 1);
  g_assert_cmpstr (pd_comment_get_text (comment), ==, "Who do I call?");
  g_assert_null (pd_comment_get_author (comment));
  g_assert_null (pd_comment_get_role (comment));
  press (f, GDK_KEY_Escape);
}

/* GTK shows a key it has no label for by its X name: "Page_Down",
 * "BackSpace". */
static gboolean
shows_raw_name (const char *key)
{
  if (strchr (key, '_'))
    return TRUE;
  for (guint i = 1; key[i]; i++)
    if (g_ascii_islower (key[i - 1]) && g_ascii_isupper (key[i]))
      return TRUE;
  return FALSE;
}

/* The shortcuts window lists the walk's keys, each one readable. */
static void
test_present_shortcuts (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GSList) objects = NULL;
  gboolean comment = FALSE;

  TEST_GUI_REQUIRE_DISPLAY ();
  builder = gtk_builder_new_from_resource ("/org/pathwaydesigner/Designer/help-overlay.ui");
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;
      g_auto(GStrv) keys = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, "title", &title, NULL);
      if (accelerator == NULL)
        continue;
      keys = g_strsplit_set (accelerator, " +", -1);
      for (guint i = 0; keys[i]; i++)
        {
          const char *key = strrchr (keys[i], '>') ? strrchr (keys[i], '>') + 1 : keys[i];

          if (*key == '\0' || strstr (key, "..."))
            continue;
          g_assert_true (gtk_accelerator_parse (keys[i], NULL, NULL));
          if (shows_raw_name (key))
            g_error ("“%s” shows the key %s by its X name", title, key);
        }
      comment |= g_str_equal (accelerator, "n") && g_str_has_prefix (title, "Present: a comment");
    }
  g_assert_true (comment);
}

/* The window manager says when the window is full screen; waits up to a
 * second for it to say @fullscreen. */
static gboolean
wait_for_fullscreen (Fixture  *f,
                     gboolean  fullscreen)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;

  while (gtk_window_is_fullscreen (GTK_WINDOW (f->window)) != fullscreen
         && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  return gtk_window_is_fullscreen (GTK_WINDOW (f->window)) == fullscreen;
}

static void
test_fullscreen (Fixture       *f,
                 gconstpointer  data)
{
  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (f->window)));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.fullscreen", NULL);
  /* A bare X server (xvfb-run) has no window manager to do it. */
  if (!wait_for_fullscreen (f, TRUE))
    {
      g_test_skip ("no window manager makes windows full screen here");
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.fullscreen", NULL);
  g_assert_true (wait_for_fullscreen (f, FALSE));

  /* Present goes full screen, and Escape back to how the window was. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL);
  g_assert_true (wait_for_fullscreen (f, TRUE));
  press (f, GDK_KEY_Escape);
  g_assert_true (wait_for_fullscreen (f, FALSE));
}

int
main (int argc, char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/present/walk", test_present_walk);
  TEST_GUI_ADD ("/present/branch", test_present_branch);
  TEST_GUI_ADD ("/present/comment", test_present_comment);
  TEST_GUI_ADD ("/present/comment/anyone", test_present_comment_anyone);
  g_test_add_func ("/present/shortcuts", test_present_shortcuts);
  TEST_GUI_ADD ("/present/fullscreen", test_fullscreen);
  return g_test_run ();
}
