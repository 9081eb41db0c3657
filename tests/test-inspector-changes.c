/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Properties of the pathway: its change log, newest first; an entry
 * added, edited and removed, each one undo step; a change of status logged
 * in the same undo step as the status. Run under xvfb-run. */
#include "pd-change.h"
#include "pd-edit-changes.h"
#include "pd-window-private.h"
#include "test-gui.h"

static GtkWidget *
changes_list (Fixture *f)
{
  GtkWidget *widget;

  pd_selection_clear (pd_canvas_get_selection (f->canvas));
  wait_for_frames ();
  g_assert_cmpstr (pd_inspector_get_page (f->window->inspector), ==, "pathway");
  widget = pd_inspector_get_editor (f->window->inspector, "changes");
  g_assert_nonnull (widget);
  return widget;
}

/* The widgets of @type under @root (itself included), in order. */
static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/* The list's entries as shown, from the top. */
static GPtrArray *
entries (GtkWidget *list)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (list, ADW_TYPE_EXPANDER_ROW, found);
  return found;
}

static const char *
title_of (GtkWidget *row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

/* The entry row titled @title under @root. */
static GtkWidget *
field_in (GtkWidget  *root,
          const char *title)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (root, ADW_TYPE_ENTRY_ROW, found);
  for (guint i = 0; i < found->len; i++)
    if (g_strcmp0 (title_of (g_ptr_array_index (found, i)), title) == 0)
      return g_ptr_array_index (found, i);
  g_assert_not_reached ();
}

static GtkWidget *
button_in (GtkWidget *root)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (root, GTK_TYPE_BUTTON, found);
  for (guint i = 0; i < found->len; i++)
    {
      const char *tip = gtk_widget_get_tooltip_text (g_ptr_array_index (found, i));
      if (tip && g_str_has_prefix (tip, "Remove the change of "))
        return g_ptr_array_index (found, i);
    }
  g_assert_not_reached ();
}

static guint
n_changes (Fixture *f)
{
  GPtrArray *changes = pd_document_get_changes (f->document);
  return changes ? changes->len : 0;
}

static const PdChange *
newest (Fixture *f)
{
  GPtrArray *changes = pd_document_get_changes (f->document);
  return g_ptr_array_index (changes, changes->len - 1);
}

static void
undo (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "win.undo", NULL));
  wait_for_frames ();
}

/* The example's log shows newest first, each with its date, version and
 * author under its summary. */
static void
test_shown (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *list;
  g_autoptr(GPtrArray) shown = NULL;
  const char *subtitle;

  TEST_GUI_REQUIRE_DISPLAY ();
  list = changes_list (f);
  shown = entries (list);
  g_assert_cmpuint (shown->len, ==, n_changes (f));
  g_assert_cmpuint (shown->len, >=, 2);
  g_assert_cmpstr (title_of (g_ptr_array_index (shown, 0)), ==, newest (f)->summary);
  g_assert_cmpstr (title_of (g_ptr_array_index (shown, shown->len - 1)), ==,
                   ((PdChange *) g_ptr_array_index (pd_document_get_changes (f->document),
                                                    0))->summary);
  subtitle = adw_expander_row_get_subtitle (g_ptr_array_index (shown, 0));
  g_assert_true (g_str_has_prefix (subtitle, newest (f)->date));
  g_assert_nonnull (strstr (subtitle, newest (f)->version));
}

/* Typed and added with Enter: today, the pathway's version, the user's
 * name; then a field edited, a date refused until it is one, and the entry
 * removed: one undo step each. */
static void
test_add_edit_remove (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *list, *add, *item, *summary, *date;
  g_autoptr(GPtrArray) shown = NULL;
  g_autofree char *today = pd_edit_today ();
  g_autofree char *version = NULL;
  guint before;

  TEST_GUI_REQUIRE_DISPLAY ();
  list = changes_list (f);
  before = n_changes (f);
  g_object_get (f->document, "version", &version, NULL);
  add = field_in (list, "Add a change: what changed");
  gtk_editable_set_text (GTK_EDITABLE (add), "Crisis pathway linked");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (add)), "activate");
  wait_for_frames ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add)), ==, "");
  g_assert_cmpuint (n_changes (f), ==, before + 1);
  g_assert_cmpstr (newest (f)->summary, ==, "Crisis pathway linked");
  g_assert_cmpstr (newest (f)->date, ==, today);
  g_assert_cmpstr (newest (f)->version, ==, version);
  g_assert_cmpstr (newest (f)->author, ==, g_get_real_name ());
  shown = entries (list);
  item = g_ptr_array_index (shown, 0);
  g_assert_cmpstr (title_of (item), ==, "Crisis pathway linked");

  summary = field_in (item, "Summary");
  gtk_editable_set_text (GTK_EDITABLE (summary), "Crisis and perinatal pathways linked");
  wait_for_frames ();
  g_assert_cmpstr (newest (f)->summary, ==, "Crisis and perinatal pathways linked");
  g_assert_cmpstr (title_of (item), ==, "Crisis and perinatal pathways linked");

  date = field_in (item, "Date (YYYY-MM-DD)");
  gtk_editable_set_text (GTK_EDITABLE (date), "2026-02-30");
  wait_for_frames ();
  g_assert_cmpstr (newest (f)->date, ==, today);
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  gtk_editable_set_text (GTK_EDITABLE (date), "2026-12-24");
  wait_for_frames ();
  g_assert_cmpstr (newest (f)->date, ==, "2026-12-24");
  g_assert_false (gtk_widget_has_css_class (date, "error"));

  g_signal_emit_by_name (button_in (item), "clicked");
  wait_for_frames ();
  g_assert_cmpuint (n_changes (f), ==, before);
  g_clear_pointer (&shown, g_ptr_array_unref);
  shown = entries (list);
  g_assert_cmpuint (shown->len, ==, before);

  undo (f);
  g_assert_cmpuint (n_changes (f), ==, before + 1);
  g_assert_cmpstr (newest (f)->date, ==, "2026-12-24");
  undo (f);
  g_assert_cmpstr (newest (f)->date, ==, today);
  g_assert_cmpstr (newest (f)->summary, ==, "Crisis and perinatal pathways linked");
  undo (f);
  g_assert_cmpstr (newest (f)->summary, ==, "Crisis pathway linked");
  undo (f);
  g_assert_cmpuint (n_changes (f), ==, before);
}

/* The status chosen in Properties: the status and its entry in the log
 * together, and one Undo takes back both. */
static void
test_status (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *list, *status;
  g_autoptr(GPtrArray) shown = NULL;
  PdStatus value;
  guint before;

  TEST_GUI_REQUIRE_DISPLAY ();
  list = changes_list (f);
  before = n_changes (f);
  g_object_get (f->document, "status", &value, NULL);
  g_assert_cmpint (value, ==, PD_STATUS_CONSULTATION);
  status = pd_inspector_get_editor (f->window->inspector, "status");
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), PD_STATUS_APPROVED);
  wait_for_frames ();
  g_object_get (f->document, "status", &value, NULL);
  g_assert_cmpint (value, ==, PD_STATUS_APPROVED);
  g_assert_cmpuint (n_changes (f), ==, before + 1);
  g_assert_cmpstr (newest (f)->summary, ==, "Status changed from Consultation to Approved");
  g_assert_cmpstr (newest (f)->author, ==, g_get_real_name ());
  shown = entries (list);
  g_assert_cmpstr (title_of (g_ptr_array_index (shown, 0)), ==,
                   "Status changed from Consultation to Approved");

  undo (f);
  g_object_get (f->document, "status", &value, NULL);
  g_assert_cmpint (value, ==, PD_STATUS_CONSULTATION);
  g_assert_cmpuint (n_changes (f), ==, before);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (status)), ==,
                    PD_STATUS_CONSULTATION);
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

/* From the keyboard alone: Tab from the field that adds an entry to the
 * newest entry and its Remove button, named for its date; opened, its
 * fields. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *list, *add, *item, *remove;
  g_autoptr(GPtrArray) shown = NULL;
  g_autofree char *name = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  list = changes_list (f);
  add = field_in (list, "Add a change: what changed");
  shown = entries (list);
  item = g_ptr_array_index (shown, 0);
  remove = button_in (item);
  name = g_strdup_printf ("Remove the change of %s", newest (f)->date);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (remove), ==, name);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item), TRUE);
  /* Until it has opened. */
  for (guint i = 0; i < 100 && !gtk_widget_get_mapped (field_in (item, "Summary")); i++)
    {
      wait_for_frames ();
      g_usleep (10000);
    }
  g_assert_true (gtk_widget_get_mapped (field_in (item, "Summary")));
  g_assert_true (gtk_widget_grab_focus (add));
  g_assert_true (tab_reaches (f, remove, 6));
  g_assert_true (tab_reaches (f, field_in (item, "Date (YYYY-MM-DD)"), 4));
  g_assert_true (tab_reaches (f, field_in (item, "Version"), 4));
  g_assert_true (tab_reaches (f, field_in (item, "Author"), 4));
  g_assert_true (tab_reaches (f, field_in (item, "Summary"), 4));
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/inspector-changes/shown", test_shown);
  TEST_GUI_ADD ("/inspector-changes/add-edit-remove", test_add_edit_remove);
  TEST_GUI_ADD ("/inspector-changes/status", test_status);
  TEST_GUI_ADD ("/inspector-changes/keyboard", test_keyboard);
  return g_test_run ();
}
