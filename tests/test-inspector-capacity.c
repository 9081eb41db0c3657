/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Properties of capacity: a step's group size, staff at a session, people
 * joining, its roles and their shares; the pathway's clinical hours per
 * whole-time equivalent and staff in post. Each edit is one undo step and
 * is saved. Run under xvfb-run. */
#include <glib/gstdio.h>

#include "pd-staff.h"
#include "pd-window-private.h"
#include "test-gui.h"

static GtkWidget *
editor (Fixture    *f,
        const char *property)
{
  GtkWidget *widget = pd_inspector_get_editor (f->window->inspector, property);

  g_assert_nonnull (widget);
  return widget;
}

static void
select_node (Fixture *f,
             guint    index)
{
  pd_selection_select (pd_canvas_get_selection (f->canvas), pd_node_get_id (node_at (f, index)),
                       PD_SELECT_REPLACE);
  wait_for_frames ();
  g_assert_cmpstr (pd_inspector_get_page (f->window->inspector), ==, "step");
}

static void
select_pathway (Fixture *f)
{
  pd_selection_clear (pd_canvas_get_selection (f->canvas));
  wait_for_frames ();
  g_assert_cmpstr (pd_inspector_get_page (f->window->inspector), ==, "pathway");
}

/* The first widget of @type under @root (itself included) whose title,
 * for a row, or tooltip, for a button, is @title. */
static GtkWidget *
find_titled (GtkWidget  *root,
             GType       type,
             const char *title)
{
  const char *text = NULL;

  if (ADW_IS_PREFERENCES_ROW (root))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root));
  else
    text = gtk_widget_get_tooltip_text (root);
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && g_strcmp0 (text, title) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_titled (child, type, title);
      if (found)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_spin (GtkWidget *root)
{
  if (GTK_IS_SPIN_BUTTON (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_spin (child);
      if (found)
        return found;
    }
  return NULL;
}

/* The spin button in the row titled @title under @root. */
static GtkSpinButton *
spin_in (GtkWidget  *root,
         const char *title)
{
  GtkWidget *row = find_titled (root, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return GTK_SPIN_BUTTON (find_spin (row));
}

static GtkWidget *
entry_in (GtkWidget  *root,
          const char *title)
{
  GtkWidget *row = find_titled (root, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return row;
}

static const char *
shown (GtkWidget *spin)
{
  return gtk_editable_get_text (GTK_EDITABLE (spin));
}

/* Types @text into the list's field that adds an item, and presses Enter. */
static void
add_by_typing (GtkWidget  *list,
               const char *title,
               const char *text)
{
  GtkWidget *add = entry_in (list, title);

  gtk_editable_set_text (GTK_EDITABLE (add), text);
  /* Enter in its text. */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (add)), "activate");
  wait_for_frames ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add)), ==, "");
}

static double
node_double (PdNode     *node,
             const char *property)
{
  double value;

  g_object_get (node, property, &value, NULL);
  return value;
}

static guint
node_group_size (PdNode *node)
{
  guint value;

  g_object_get (node, "group-size", &value, NULL);
  return value;
}

static void
undo (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "win.undo", NULL));
  wait_for_frames ();
}

/* A step's numbers: what the file holds shows; a change is one undo step;
 * unset, a group is 1 and a share "Not set". */
static void
test_step_numbers (Fixture       *f,
                   gconstpointer  data)
{
  PdNode *node = node_at (f, 1);
  GtkWidget *group, *staff, *arrivals, *share;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_document_set (f->document, node, "group-size", 0u, "staff-per-session", 0.0,
                   "arrivals-per-year", 0.0, "staff-share", PD_STAFF_SHARE_UNSET, NULL);
  select_node (f, 1);
  group = editor (f, "group-size");
  staff = editor (f, "staff-per-session");
  arrivals = editor (f, "arrivals-per-year");
  share = editor (f, "staff-share");
  g_assert_cmpstr (shown (group), ==, "1");
  g_assert_cmpstr (shown (staff), ==, "1.0");
  g_assert_cmpstr (shown (arrivals), ==, "0.0");
  g_assert_cmpstr (shown (share), ==, "Not set");

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (group), 8);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (staff), 2.5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (arrivals), 40);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (share), 60);
  g_assert_cmpuint (node_group_size (node), ==, 8);
  g_assert_cmpfloat (node_double (node, "staff-per-session"), ==, 2.5);
  g_assert_cmpfloat (node_double (node, "arrivals-per-year"), ==, 40);
  g_assert_cmpfloat (node_double (node, "staff-share"), ==, 60);

  /* Four fields, four steps back. */
  undo (f);
  g_assert_cmpfloat (node_double (node, "staff-share"), ==, PD_STAFF_SHARE_UNSET);
  g_assert_cmpstr (shown (share), ==, "Not set");
  g_assert_cmpfloat (node_double (node, "arrivals-per-year"), ==, 40);
  undo (f);
  undo (f);
  g_assert_cmpfloat (node_double (node, "staff-per-session"), ==, 0);
  g_assert_cmpstr (shown (staff), ==, "1.0");
  g_assert_cmpuint (node_group_size (node), ==, 8);
  undo (f);
  g_assert_cmpuint (node_group_size (node), ==, 0);
  g_assert_cmpstr (shown (group), ==, "1");

  /* A change elsewhere shows. */
  pd_document_set (f->document, node, "group-size", 6u, NULL);
  wait_for_frames ();
  g_assert_cmpstr (shown (group), ==, "6");
}

/* A step's further roles: added by typing, each field edited in place as
 * a step of its own, removed; undo brings each back. */
static void
test_more_staff (Fixture       *f,
                 gconstpointer  data)
{
  PdNode *node = node_at (f, 1);
  GtkWidget *list, *item, *skills, *remove;
  GtkSpinButton *share;
  PdStaff *staff;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_document_set (f->document, node, "more-staff", NULL, NULL);
  select_node (f, 1);
  list = editor (f, "more-staff");
  add_by_typing (list, "Add a role", "Family therapist");
  g_assert_nonnull (pd_node_get_more_staff (node));
  g_assert_cmpuint (pd_node_get_more_staff (node)->len, ==, 1);
  staff = g_ptr_array_index (pd_node_get_more_staff (node), 0);
  g_assert_cmpstr (staff->role, ==, "Family therapist");
  g_assert_cmpfloat (staff->share, ==, PD_STAFF_SHARE_UNSET);

  /* The new role opens, its fields ready. */
  item = find_titled (list, ADW_TYPE_EXPANDER_ROW, "Family therapist");
  g_assert_nonnull (item);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (item)));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (item)), ==,
                   "Share of the work not set");
  skills = entry_in (item, "Skills");
  share = spin_in (item, "Share of the work (%)");
  g_assert_cmpstr (shown (GTK_WIDGET (share)), ==, "Not set");
  gtk_editable_set_text (GTK_EDITABLE (skills), "Systemic practice");
  gtk_spin_button_set_value (share, 40);
  staff = g_ptr_array_index (pd_node_get_more_staff (node), 0);
  g_assert_cmpstr (staff->skills, ==, "Systemic practice");
  g_assert_cmpfloat (staff->share, ==, 40);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (item)), ==, "40% of the work");
  /* Edited in place: the same fields, the typing not lost. */
  g_assert_true (find_titled (list, ADW_TYPE_ENTRY_ROW, "Skills") == skills);

  /* The share, then the skills, then the role itself undone, one at a
   * time. */
  undo (f);
  staff = g_ptr_array_index (pd_node_get_more_staff (node), 0);
  g_assert_cmpfloat (staff->share, ==, PD_STAFF_SHARE_UNSET);
  g_assert_cmpstr (staff->skills, ==, "Systemic practice");
  g_assert_cmpstr (shown (GTK_WIDGET (share)), ==, "Not set");
  undo (f);
  staff = g_ptr_array_index (pd_node_get_more_staff (node), 0);
  g_assert_null (staff->skills);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (skills)), ==, "");
  undo (f);
  g_assert_true (pd_node_get_more_staff (node) == NULL || pd_node_get_more_staff (node)->len == 0);
  g_assert_null (find_titled (list, ADW_TYPE_EXPANDER_ROW, "Family therapist"));

  /* Two roles; the first removed by its button, and back with undo. */
  add_by_typing (list, "Add a role", "Family therapist");
  add_by_typing (list, "Add a role", "Peer support worker");
  g_assert_cmpuint (pd_node_get_more_staff (node)->len, ==, 2);
  remove = find_titled (list, GTK_TYPE_BUTTON, "Remove Family therapist");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  wait_for_frames ();
  g_assert_cmpuint (pd_node_get_more_staff (node)->len, ==, 1);
  staff = g_ptr_array_index (pd_node_get_more_staff (node), 0);
  g_assert_cmpstr (staff->role, ==, "Peer support worker");
  g_assert_null (find_titled (list, ADW_TYPE_EXPANDER_ROW, "Family therapist"));
  undo (f);
  g_assert_cmpuint (pd_node_get_more_staff (node)->len, ==, 2);
  g_assert_nonnull (find_titled (list, ADW_TYPE_EXPANDER_ROW, "Family therapist"));
}

/* Whether Tab, from where the focus is, comes to @target (or into it)
 * within @presses. */
static gboolean
tab_reaches (Fixture   *f,
             GtkWidget *target,
             guint      presses)
{
  for (guint i = 0; i < presses; i++)
    {
      GtkWidget *focus;

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      if (focus == target || (focus && gtk_widget_is_ancestor (focus, target)))
        return TRUE;
    }
  return FALSE;
}

/* From the keyboard alone: a role typed and added with Enter, then Tab
 * from the field before through its Remove button, its role, skills and
 * share, back to the field that adds one. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *list, *add, *item;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_document_set (f->document, node_at (f, 1), "more-staff", NULL, NULL);
  select_node (f, 1);
  list = editor (f, "more-staff");
  add = entry_in (list, "Add a role");
  gtk_widget_grab_focus (add);
  add_by_typing (list, "Add a role", "Family therapist");
  g_assert_true (gtk_widget_has_focus (add) || gtk_widget_is_ancestor (
    gtk_root_get_focus (GTK_ROOT (f->window)), add));
  item = find_titled (list, ADW_TYPE_EXPANDER_ROW, "Family therapist");
  g_assert_nonnull (item);
  /* Tab goes by where the widgets are: the new row laid out first, which
   * on a busy machine takes more than a few turns of the main loop. */
  test_gui_wait_frames (GTK_WIDGET (f->window), 3);
  /* From the field before the list. */
  g_assert_true (gtk_widget_grab_focus (editor (f, "staff-share")));
  g_assert_true (tab_reaches (f, find_titled (item, GTK_TYPE_BUTTON, "Remove Family therapist"),
                              4));
  g_assert_true (tab_reaches (f, entry_in (item, "Role"), 4));
  g_assert_true (tab_reaches (f, entry_in (item, "Skills"), 4));
  g_assert_true (tab_reaches (f, GTK_WIDGET (spin_in (item, "Share of the work (%)")), 4));
  g_assert_true (tab_reaches (f, add, 4));
}

/* Offers Come Back Together Here: a switch in a row that says what it
 * does; Tab from the field before reaches it, activating the row (Space or
 * Enter on it) turns it on as one undo step, and the file says so. */
static void
test_join (Fixture       *f,
           gconstpointer  data)
{
  PdNode *node = node_at (f, 1);
  GtkWidget *join, *row;
  g_autoptr(GBytes) saved = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_document_set (f->document, node, "join", FALSE, NULL);
  select_node (f, 1);
  join = editor (f, "join");
  g_assert_true (GTK_IS_SWITCH (join));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (join)));
  row = gtk_widget_get_ancestor (join, ADW_TYPE_ACTION_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Offers come back together here");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "People offered several steps at once come here once");

  g_assert_true (gtk_widget_grab_focus (editor (f, "arrivals-per-year")));
  g_assert_true (tab_reaches (f, join, 3));
  adw_action_row_activate (ADW_ACTION_ROW (row));
  /* The switch turns when its animation ends, a number of frames that
   * depends on the machine's load. */
  for (guint i = 0; i < 200 && !pd_node_get_join (node); i++)
    {
      wait_for_frames ();
      g_usleep (10000);
    }
  g_assert_true (pd_node_get_join (node));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (join)));
  saved = pd_xml_write (f->document);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                  " join=\"true\""));

  undo (f);
  g_assert_false (pd_node_get_join (node));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (join)));
}

/* The pathway's hours per whole-time equivalent: the default shown with
 * its arithmetic until changed, a change one undo step. */
static void
test_hours_per_wte (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *hours;
  double value;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_document_set (f->document, G_OBJECT (f->document), "hours-per-wte", 0.0, NULL);
  select_pathway (f);
  hours = editor (f, "hours-per-wte");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (hours)), ==, 1012.5);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (
    gtk_widget_get_ancestor (hours, ADW_TYPE_ACTION_ROW))), "37.5 hours a week × 45 working weeks"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hours), 1100);
  g_object_get (f->document, "hours-per-wte", &value, NULL);
  g_assert_cmpfloat (value, ==, 1100);
  g_assert_cmpfloat (pd_document_get_hours_per_wte (f->document), ==, 1100);
  undo (f);
  g_object_get (f->document, "hours-per-wte", &value, NULL);
  g_assert_cmpfloat (value, ==, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (hours)), ==, 1012.5);
}

/* Staff in post: a role typed or picked from the steps' roles, an agency
 * or any, whole-time equivalents; each change one undo step. */
static void
test_staffing (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *list, *item, *agency, *button;
  GMenuModel *menu;
  GtkSpinButton *wte;
  PdPost *post;
  gboolean offered = FALSE;

  TEST_GUI_REQUIRE_DISPLAY ();
  pd_document_set (f->document, node_at (f, 2), "staff-role", "Care coordinator", NULL);
  pd_document_set (f->document, G_OBJECT (f->document), "staffing", NULL, NULL);
  select_pathway (f);
  list = editor (f, "staffing");
  add_by_typing (list, "Add a role in post", "High-intensity therapist");
  g_assert_cmpuint (pd_document_get_staffing (f->document)->len, ==, 1);
  post = g_ptr_array_index (pd_document_get_staffing (f->document), 0);
  g_assert_cmpstr (post->role, ==, "High-intensity therapist");
  g_assert_null (post->agency_id);
  g_assert_cmpfloat (post->wte, ==, 0);

  item = find_titled (list, ADW_TYPE_EXPANDER_ROW, "High-intensity therapist");
  g_assert_nonnull (item);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (item)), ==,
                   "Any agency · 0.0 WTE");
  agency = find_titled (item, ADW_TYPE_COMBO_ROW, "Agency");
  g_assert_nonnull (agency);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (agency)), ==, 0);
  /* Any agency, then each of the pathway's. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (agency))),
                    ==, 1 + g_list_model_get_n_items (pd_document_get_agencies (f->document)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (agency), 1);
  wte = spin_in (item, "Whole-time equivalents in post");
  gtk_spin_button_set_value (wte, 12.4);
  post = g_ptr_array_index (pd_document_get_staffing (f->document), 0);
  g_assert_cmpstr (post->agency_id, ==, "nhs");
  g_assert_cmpfloat (post->wte, ==, 12.4);
  undo (f);
  post = g_ptr_array_index (pd_document_get_staffing (f->document), 0);
  g_assert_cmpfloat (post->wte, ==, 0);
  g_assert_cmpstr (post->agency_id, ==, "nhs");
  undo (f);
  post = g_ptr_array_index (pd_document_get_staffing (f->document), 0);
  g_assert_null (post->agency_id);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (agency)), ==, 0);

  /* The roles the steps name are offered, not those already in post. */
  button = find_titled (list, GTK_TYPE_MENU_BUTTON, "Add a role the steps name");
  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
      g_assert_cmpstr (label, !=, "High-intensity therapist");
      offered |= g_str_equal (label, "Care coordinator");
    }
  g_assert_true (offered);
  g_assert_true (gtk_widget_activate_action (list, "staffing.add", "s", "Care coordinator"));
  wait_for_frames ();
  g_assert_cmpuint (pd_document_get_staffing (f->document)->len, ==, 2);
  post = g_ptr_array_index (pd_document_get_staffing (f->document), 1);
  g_assert_cmpstr (post->role, ==, "Care coordinator");

  g_signal_emit_by_name (find_titled (list, GTK_TYPE_BUTTON, "Remove High-intensity therapist"),
                         "clicked");
  wait_for_frames ();
  g_assert_cmpuint (pd_document_get_staffing (f->document)->len, ==, 1);
  undo (f);
  g_assert_cmpuint (pd_document_get_staffing (f->document)->len, ==, 2);
}

/* What is entered is what is saved: through the writer and back. */
static void
test_saved (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-capacity-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "capacity.pathway", NULL);
  g_autoptr(PdDocument) back = NULL;
  g_autoptr(PdNode) node = NULL;
  GtkWidget *item;
  PdStaff *staff;
  PdPost *post;
  GPtrArray *staffing;
  guint n_posts;
  double hours;

  TEST_GUI_REQUIRE_DISPLAY ();
  /* The posts the example has already, to which the new one is added. */
  staffing = pd_document_get_staffing (f->document);
  n_posts = staffing ? staffing->len : 0;
  select_node (f, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor (f, "group-size")), 8);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor (f, "staff-per-session")), 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor (f, "arrivals-per-year")), 35);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor (f, "staff-share")), 70);
  add_by_typing (editor (f, "more-staff"), "Add a role", "Peer support worker");
  item = find_titled (editor (f, "more-staff"), ADW_TYPE_EXPANDER_ROW, "Peer support worker");
  gtk_spin_button_set_value (spin_in (item, "Share of the work (%)"), 30);
  select_pathway (f);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor (f, "hours-per-wte")), 990);
  add_by_typing (editor (f, "staffing"), "Add a role in post", "Peer support worker");
  item = find_titled (editor (f, "staffing"), ADW_TYPE_EXPANDER_ROW, "Peer support worker");
  gtk_spin_button_set_value (spin_in (item, "Whole-time equivalents in post"), 3.5);

  g_assert_true (pd_window_save_to (f->window, path, NULL));
  back = test_load (path);
  node = g_list_model_get_item (pd_document_get_nodes (back), 1);
  g_assert_cmpstr (pd_node_get_id (node), ==, pd_node_get_id (node_at (f, 1)));
  g_assert_cmpuint (pd_node_get_group_size (node), ==, 8);
  g_assert_cmpfloat (pd_node_get_staff_per_session (node), ==, 2);
  g_assert_cmpfloat (pd_node_get_arrivals_per_year (node), ==, 35);
  g_assert_cmpfloat (pd_node_get_staff_share (node), ==, 70);
  g_assert_cmpuint (pd_node_get_more_staff (node)->len, ==, 1);
  staff = g_ptr_array_index (pd_node_get_more_staff (node), 0);
  g_assert_cmpstr (staff->role, ==, "Peer support worker");
  g_assert_cmpfloat (staff->share, ==, 30);
  g_object_get (back, "hours-per-wte", &hours, NULL);
  g_assert_cmpfloat (hours, ==, 990);
  g_assert_cmpuint (pd_document_get_staffing (back)->len, ==, n_posts + 1);
  post = g_ptr_array_index (pd_document_get_staffing (back), n_posts);
  g_assert_cmpstr (post->role, ==, "Peer support worker");
  g_assert_null (post->agency_id);
  g_assert_cmpfloat (post->wte, ==, 3.5);
  g_unlink (path);
  g_rmdir (dir);
}

/* Several steps: group size and staff at a session set in all at once. */
static void
test_many (Fixture       *f,
           gconstpointer  data)
{
  const char *ids[3];
  GtkWidget *group, *staff;

  TEST_GUI_REQUIRE_DISPLAY ();
  for (guint i = 0; i < 3; i++)
    {
      pd_document_set (f->document, node_at (f, i), "group-size", i == 0 ? 4u : 0u, NULL);
      ids[i] = pd_node_get_id (node_at (f, i));
    }
  pd_selection_select_many (pd_canvas_get_selection (f->canvas), ids, 3, PD_SELECT_REPLACE);
  wait_for_frames ();
  g_assert_cmpstr (pd_inspector_get_page (f->window->inspector), ==, "many");
  group = editor (f, "group-size");
  staff = editor (f, "staff-per-session");
  g_assert_cmpstr (shown (group), ==, "Mixed");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (group), 10);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (staff), 2);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpuint (node_group_size (node_at (f, i)), ==, 10);
      g_assert_cmpfloat (node_double (node_at (f, i), "staff-per-session"), ==, 2);
    }
  undo (f);
  undo (f);
  g_assert_cmpuint (node_group_size (node_at (f, 0)), ==, 4);
  g_assert_cmpuint (node_group_size (node_at (f, 1)), ==, 0);
  g_assert_cmpstr (shown (group), ==, "Mixed");

  /* A group of 1 and one not given are both one to one: not "Mixed". */
  pd_document_set (f->document, node_at (f, 0), "group-size", 1u, NULL);
  wait_for_frames ();
  g_assert_cmpstr (shown (group), ==, "1");
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/inspector-capacity/step-numbers", test_step_numbers);
  TEST_GUI_ADD ("/inspector-capacity/more-staff", test_more_staff);
  TEST_GUI_ADD ("/inspector-capacity/keyboard", test_keyboard);
  TEST_GUI_ADD ("/inspector-capacity/join", test_join);
  TEST_GUI_ADD ("/inspector-capacity/hours-per-wte", test_hours_per_wte);
  TEST_GUI_ADD ("/inspector-capacity/staffing", test_staffing);
  TEST_GUI_ADD ("/inspector-capacity/saved", test_saved);
  TEST_GUI_ADD ("/inspector-capacity/many", test_many);
  return g_test_run ();
}
