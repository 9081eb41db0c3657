/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The side pane: the inspector (every field of the selection, edited
 * through the history), the outline and the problems. Run under xvfb-run. */
#include <string.h>
#include <glib/gstdio.h>

#include "pd-agency.h"
#include "pd-edit.h"
#include "pd-link.h"
#include "pd-outline-text.h"
#include "pd-recent.h"
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
select_id (Fixture    *f,
           const char *id)
{
  pd_selection_select (pd_canvas_get_selection (f->canvas), id, PD_SELECT_REPLACE);
  wait_for_frames ();
}

static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  PdInspector *inspector;
  g_autoptr(PdEdge) edge = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  inspector = f->window->inspector;
  g_assert_cmpstr (pd_inspector_get_page (inspector), ==, "pathway");
  select_id (f, pd_node_get_id (node_at (f, 0)));
  g_assert_cmpstr (pd_inspector_get_page (inspector), ==, "step");
  edge = g_list_model_get_item (pd_document_get_edges (f->document), 0);
  select_id (f, pd_edge_get_id (edge));
  g_assert_cmpstr (pd_inspector_get_page (inspector), ==, "transition");
  pd_selection_select (pd_canvas_get_selection (f->canvas), pd_node_get_id (node_at (f, 1)),
                       PD_SELECT_ADD);
  g_assert_cmpstr (pd_inspector_get_page (inspector), ==, "several");
  pd_selection_clear (pd_canvas_get_selection (f->canvas));
  g_assert_cmpstr (pd_inspector_get_page (inspector), ==, "pathway");
}

/* The first step shown: its description's field is tall enough for all its
 * lines (it used to keep the height measured for a wider field). */
static void
test_long_text_fits (Fixture       *f,
                     gconstpointer  data)
{
  GtkTextView *view;
  GtkTextIter end;
  int y, height;
  gint64 until;

  TEST_GUI_REQUIRE_DISPLAY ();
  select_id (f, pd_node_get_id (node_at (f, 0)));
  view = GTK_TEXT_VIEW (editor (f, "description"));
  g_assert_cmpuint (strlen (pd_node_get_description (node_at (f, 0))), >, 150);
  /* Until it is laid out as it will stay (at most five seconds). */
  until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  do
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
      gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (view), &end);
      gtk_text_view_get_line_yrange (view, &end, &y, &height);
    }
  while (g_get_monotonic_time () < until
         && (gtk_widget_get_height (GTK_WIDGET (view)) == 0
             || gtk_widget_get_height (GTK_WIDGET (view))
                < y + height + gtk_text_view_get_top_margin (view)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=,
                   y + height + gtk_text_view_get_top_margin (view));
}

/* Enter on the canvas: the step's title field has the focus. */
static void
test_enter_edits (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *title;
  GtkRoot *root;

  TEST_GUI_REQUIRE_DISPLAY ();
  select_id (f, pd_node_get_id (node_at (f, 0)));
  adw_view_stack_set_visible_child_name (f->window->side_stack, "outline");
  gtk_widget_grab_focus (GTK_WIDGET (f->canvas));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "win.edit-properties",
                                             NULL));
  wait_for_frames ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->window->side_stack), ==,
                   "properties");
  title = editor (f, "title");
  root = gtk_widget_get_root (title);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root), title)
                 || gtk_root_get_focus (root) == title);
}

static void
test_edit_step (Fixture       *f,
                gconstpointer  data)
{
  PdNode *node;
  g_autofree char *old_title = NULL;
  GtkWidget *title, *kind, *agency;
  g_autoptr(PdAgency) last = NULL;
  GListModel *agencies;

  TEST_GUI_REQUIRE_DISPLAY ();
  node = node_at (f, 2);
  old_title = g_strdup (pd_node_get_title (node));
  select_id (f, pd_node_get_id (node));
  title = editor (f, "title");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, old_title);

  /* Typing, letter by letter, is one undo step. */
  gtk_editable_set_text (GTK_EDITABLE (title), "C");
  gtk_editable_set_text (GTK_EDITABLE (title), "CB");
  gtk_editable_set_text (GTK_EDITABLE (title), "CBT");
  g_assert_cmpstr (pd_node_get_title (node), ==, "CBT");
  g_assert_true (pd_document_undo (f->document));
  g_assert_cmpstr (pd_node_get_title (node), ==, old_title);
  /* The field follows the model. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, old_title);

  kind = editor (f, "kind");
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), PD_NODE_KIND_REVIEW);
  g_assert_cmpint (pd_node_get_kind (node), ==, PD_NODE_KIND_REVIEW);

  agencies = pd_document_get_agencies (f->document);
  last = g_list_model_get_item (agencies, g_list_model_get_n_items (agencies) - 1);
  agency = editor (f, "agency-id");
  adw_combo_row_set_selected (ADW_COMBO_ROW (agency), g_list_model_get_n_items (agencies) - 1);
  g_assert_cmpstr (pd_node_get_agency_id (node), ==, pd_agency_get_id (last));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor (f, "sessions")), 8);
  g_assert_cmpuint (pd_node_get_sessions (node), ==, 8);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor (f, "easy-read")));
    gtk_text_buffer_set_text (buffer, "You talk with a worker.", -1);
    g_assert_cmpstr (pd_node_get_easy_read (node), ==, "You talk with a worker.");
    /* Emptied, the field is absent. */
    gtk_text_buffer_set_text (buffer, "", -1);
    g_assert_null (pd_node_get_easy_read (node));
  }
}

/* The step's agency choices follow the document's agencies while it is
 * shown: one added, as the Agencies panel adds one, is offered at once. */
static void
test_agency_choices_follow (Fixture       *f,
                            gconstpointer  data)
{
  GListModel *agencies, *choices;
  guint n;

  TEST_GUI_REQUIRE_DISPLAY ();
  agencies = pd_document_get_agencies (f->document);
  n = g_list_model_get_n_items (agencies);
  select_id (f, pd_node_get_id (node_at (f, 0)));
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (editor (f, "agency-id")));
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, n);

  pd_edit_add_agency (f->document);
  wait_for_frames ();
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (editor (f, "agency-id")));
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, n + 1);
}

static void
test_evidence_list (Fixture       *f,
                    gconstpointer  data)
{
  PdNode *node;
  GPtrArray *evidence;
  guint before;
  GtkWidget *expander, *child;
  GtkWidget *first = NULL, *second = NULL;

  TEST_GUI_REQUIRE_DISPLAY ();
  node = node_at (f, 3);
  select_id (f, pd_node_get_id (node));
  evidence = pd_node_get_evidence (node);
  before = evidence ? evidence->len : 0;
  expander = editor (f, "evidence");
  /* The two entry rows that add a link. */
  for (child = gtk_widget_get_first_child (expander); child; )
    {
      if (ADW_IS_ENTRY_ROW (child))
        {
          if (first == NULL)
            first = child;
          else if (second == NULL)
            second = child;
        }
      /* Depth-first through the expander's insides. */
      if (gtk_widget_get_first_child (child) && !ADW_IS_ENTRY_ROW (child))
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child && child != expander && gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          child = child && child != expander ? gtk_widget_get_next_sibling (child) : NULL;
        }
    }
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  gtk_editable_set_text (GTK_EDITABLE (first), "NICE CG90");
  gtk_editable_set_text (GTK_EDITABLE (second), "https://www.nice.org.uk/guidance/cg90");
  g_signal_emit_by_name (second, "apply");
  evidence = pd_node_get_evidence (node);
  g_assert_cmpuint (evidence->len, ==, before + 1);
  g_assert_cmpstr (((PdLink *) g_ptr_array_index (evidence, before))->href, ==,
                   "https://www.nice.org.uk/guidance/cg90");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first)), ==, "");
  g_assert_true (pd_document_undo (f->document));
  evidence = pd_node_get_evidence (node);
  g_assert_cmpuint (evidence ? evidence->len : 0, ==, before);
}

static void
test_pathway_fields (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GArray) clusters = NULL;
  GtkWidget *status;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_cmpstr (pd_inspector_get_page (f->window->inspector), ==, "pathway");
  status = editor (f, "status");
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), PD_STATUS_APPROVED);
  {
    PdStatus value;
    g_object_get (f->document, "status", &value, NULL);
    g_assert_cmpint (value, ==, PD_STATUS_APPROVED);
  }
  gtk_editable_set_text (GTK_EDITABLE (editor (f, "title")), "Renamed pathway");
  g_assert_cmpstr (pd_document_get_title (f->document), ==, "Renamed pathway");
  /* The window's title follows. */
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (f->window)), "Renamed pathway"));
  g_object_get (f->document, "clusters", &clusters, NULL);
  g_assert_nonnull (clusters);
}

static void
test_likelihood (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PdEdge) edge = NULL;
  GtkWidget *spin;

  TEST_GUI_REQUIRE_DISPLAY ();
  edge = g_list_model_get_item (pd_document_get_edges (f->document), 0);
  select_id (f, pd_edge_get_id (edge));
  spin = editor (f, "likelihood");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 40);
  g_assert_cmpfloat (pd_edge_get_likelihood (edge), ==, 40);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), -1);
  g_assert_cmpfloat (pd_edge_get_likelihood (edge), ==, PD_LIKELIHOOD_UNSET);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "Not set");
  /* The words whole at the side pane's width (the same in any window). */
  wait_for_frames ();
  {
    GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (spin)));
    g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (text, "Not set");
    int width;

    pango_layout_get_pixel_size (layout, &width, NULL);
    g_assert_cmpint (width, <=, gtk_widget_get_width (text));
  }
  gtk_editable_set_text (GTK_EDITABLE (editor (f, "label")), "If needed");
  g_assert_cmpstr (pd_edge_get_label (edge), ==, "If needed");
}

static void
test_outline_follows (Fixture       *f,
                      gconstpointer  data)
{
  PdOutline *outline;
  GListModel *model;
  g_autoptr(GObject) third = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint n;

  TEST_GUI_REQUIRE_DISPLAY ();
  outline = f->window->outline;
  model = pd_outline_get_model (outline);
  /* Every step, each followed by its transitions, in reading order. */
  rows = pd_outline_rows (f->document);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, ==, rows->len);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) listed = g_list_model_get_item (model, i);
      g_assert_true (listed == g_ptr_array_index (rows, i));
    }
  /* Selected in the list, selected on the canvas; and back. */
  pd_outline_select (outline, 2);
  third = g_list_model_get_item (model, 2);
  g_assert_cmpstr (pd_selection_get_last (pd_canvas_get_selection (f->canvas)), ==,
                   PD_IS_NODE (third) ? pd_node_get_id (PD_NODE (third))
                                      : pd_edge_get_id (PD_EDGE (third)));
  select_id (f, pd_node_get_id (node_at (f, 0)));
  {
    g_autoptr(GObject) shown = g_list_model_get_item (model, pd_outline_get_selected (outline));
    g_assert_true (shown == G_OBJECT (node_at (f, 0)));
  }
  /* A step added shows once edits settle. */
  {
    g_autoptr(PdNode) added = pd_node_new ("added", PD_NODE_KIND_REVIEW);

    pd_document_add_node (f->document, added);
    while (g_list_model_get_n_items (model) == n)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, n + 1);
  }
}

static void
test_problems_live (Fixture       *f,
                    gconstpointer  data)
{
  PdProblems *problems;
  g_autoptr(PdNode) lonely = NULL;
  g_auto(GStrv) messages = NULL;
  guint before;
  gboolean found = FALSE;

  TEST_GUI_REQUIRE_DISPLAY ();
  problems = f->window->problems;
  before = pd_problems_get_count (problems);
  /* A step nothing leads to, and that leads nowhere. */
  lonely = pd_node_new ("lonely", PD_NODE_KIND_INTERVENTION);
  g_object_set (lonely, "title", "Lonely step", "agency-id", "nhs", "x", 3000.0, NULL);
  pd_document_add_node (f->document, lonely);
  while (pd_problems_get_count (problems) == before)
    g_main_context_iteration (NULL, TRUE);
  messages = pd_problems_get_messages (problems);
  for (guint i = 0; messages[i]; i++)
    found |= strstr (messages[i], "Lonely step") != NULL;
  g_assert_true (found);
  /* Activating a finding selects its step. */
  for (guint i = 0; messages[i]; i++)
    if (strstr (messages[i], "Lonely step"))
      {
        pd_problems_activate (problems, i);
        break;
      }
  g_assert_cmpstr (pd_selection_get_last (pd_canvas_get_selection (f->canvas)), ==, "lonely");
  /* Undone, the findings go. */
  pd_document_undo (f->document);
  while (pd_problems_get_count (problems) != before)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_agencies_panel (Fixture       *f,
                     gconstpointer  data)
{
  PdAgencies *panel;
  GListModel *agencies;
  g_autoptr(PdAgency) used = NULL;
  g_autoptr(PdAgency) heir = NULL;
  AdwMessageDialog *dialog = NULL;
  guint n;

  TEST_GUI_REQUIRE_DISPLAY ();
  panel = f->window->agencies;
  agencies = pd_document_get_agencies (f->document);
  n = g_list_model_get_n_items (agencies);
  g_assert_cmpuint (pd_agencies_get_n_rows (panel), ==, n);
  pd_edit_add_agency (f->document);
  /* The rows are built again when the main loop is idle: on a busy
   * machine, after more than the next few frames. */
  while (pd_agencies_get_n_rows (panel) == n)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (pd_agencies_get_n_rows (panel), ==, n + 1);

  /* Removing one in use asks who takes its steps. */
  used = g_list_model_get_item (agencies, 0);
  heir = g_list_model_get_item (agencies, 1);
  pd_agencies_remove (panel, used);
  wait_for_frames ();
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
        if (ADW_IS_MESSAGE_DIALOG (w))
          dialog = ADW_MESSAGE_DIALOG (w);
      }
  }
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, pd_agency_get_id (heir)));
  adw_message_dialog_response (dialog, pd_agency_get_id (heir));
  while (pd_agencies_get_n_rows (panel) != n)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (pd_document_get_agency (f->document, pd_agency_get_id (used)));
  g_assert_cmpuint (pd_edit_count_agency_steps (f->document, heir), >, 0);
}

static void
test_comments (Fixture       *f,
               gconstpointer  data)
{
  PdComments *comments;
  PdNode *node;
  guint before, on_pathway, open;

  TEST_GUI_REQUIRE_DISPLAY ();
  node = node_at (f, 1);
  select_id (f, pd_node_get_id (node));
  comments = pd_inspector_get_comments (f->window->inspector);
  g_assert_nonnull (comments);
  before = pd_comments_get_n_rows (comments);
  open = pd_edit_count_open_comments (f->document, pd_node_get_id (node));
  pd_comments_add (comments, "Sam", "Carer", "  The wait is too long  ");
  pd_comments_add (comments, "Sam", "Carer", "   ");    /* nothing to say: nothing added */
  g_assert_cmpuint (pd_comments_get_n_rows (comments), ==, before + 1);
  g_assert_cmpuint (pd_edit_count_open_comments (f->document, pd_node_get_id (node)), ==,
                    open + 1);
  g_assert_cmpstr (pd_history_get_undo_label (f->history), ==, "Add Comment");
  /* The pathway's own comments are apart from the step's. */
  pd_selection_clear (pd_canvas_get_selection (f->canvas));
  wait_for_frames ();
  comments = pd_inspector_get_comments (f->window->inspector);
  on_pathway = pd_comments_get_n_rows (comments);
  pd_comments_add (comments, NULL, NULL, "Add the crisis line");
  g_assert_cmpuint (pd_comments_get_n_rows (comments), ==, on_pathway + 1);
  pd_document_undo (f->document);
  pd_document_undo (f->document);
  g_assert_cmpuint (pd_comments_get_n_rows (comments), ==, on_pathway);
  select_id (f, pd_node_get_id (node));
  g_assert_cmpuint (pd_comments_get_n_rows (pd_inspector_get_comments (f->window->inspector)),
                    ==, before);
}

static void
test_recent (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-recent-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "my_pathway.pathway", NULL);
  GMenuModel *menu = pd_recent_get_menu ();
  gboolean found = FALSE;

  TEST_GUI_REQUIRE_DISPLAY ();
  g_assert_true (pd_window_save_to (f->window, path, NULL));
  while (!found)
    {
      g_main_context_iteration (NULL, TRUE);
      for (int i = 0; i < g_menu_model_get_n_items (menu) && !found; i++)
        {
          g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (
            menu, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
          g_autofree char *label = NULL;

          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          if (target && g_str_equal (g_variant_get_string (target, NULL), path))
            {
              /* Shown as its name, underscores kept. */
              g_assert_cmpstr (label, ==, "my__pathway.pathway");
              found = TRUE;
            }
        }
    }
  g_unlink (path);
}

static void
test_leaflet (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-leaflet-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "leaflet.pdf", NULL);
  g_autofree char *odt = g_build_filename (dir, "leaflet.odt", NULL);
  g_autofree char *html = g_build_filename (dir, "leaflet.html", NULL);
  g_autofree char *bytes = NULL;
  g_autoptr(GError) error = NULL;
  PdLeafletPreview *preview;
  guint warnings;

  TEST_GUI_REQUIRE_DISPLAY ();
  preview = f->window->leaflet;
  adw_view_stack_set_visible_child_name (f->window->side_stack, "leaflet");
  wait_for_frames ();
  pd_leaflet_preview_refresh (preview);
  g_assert_cmpuint (pd_leaflet_preview_get_n_pages (preview), >=, 2);
  warnings = pd_leaflet_preview_get_n_warnings (preview);
  /* A step's easy-read text emptied: reported at once it shows again. */
  pd_document_set (f->document, node_at (f, 0), "easy-read", NULL, NULL);
  pd_leaflet_preview_refresh (preview);
  g_assert_cmpuint (pd_leaflet_preview_get_n_warnings (preview), >, warnings);

  g_assert_true (pd_window_export_leaflet_to (f->window, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &bytes, NULL, NULL));
  g_assert_true (g_str_has_prefix (bytes, "%PDF-"));
  g_clear_pointer (&bytes, g_free);
  g_assert_true (pd_window_export_leaflet_to (f->window, odt, &error));
  g_assert_true (g_file_get_contents (odt, &bytes, NULL, NULL));
  g_assert_true (g_str_has_prefix (bytes, "PK"));
  g_clear_pointer (&bytes, g_free);
  g_assert_true (pd_window_export_leaflet_to (f->window, html, &error));
  g_assert_true (g_file_get_contents (html, &bytes, NULL, NULL));
  g_assert_true (g_str_has_prefix (bytes, "<!DOCTYPE html>"));
  g_unlink (pdf);
  g_unlink (odt);
  g_unlink (html);
  g_rmdir (dir);
}

/* The first descendant of @widget of @type, depth first. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? child
                                                                  : find_descendant (child, type);
      if (found)
        return found;
    }
  return NULL;
}

/* The Leaflet panel's options change the pages shown and the file
 * exported: A5 paper gives more, smaller pages and an A5 PDF; showing
 * the steps not offered yet gives more words. */
static void
test_leaflet_options (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-leaflet-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "leaflet.pdf", NULL);
  g_autoptr(GError) error = NULL;
  PdLeafletPreview *preview;
  PdLeafletOptions options;
  guint a4_pages;

  TEST_GUI_REQUIRE_DISPLAY ();
  preview = f->window->leaflet;
  adw_view_stack_set_visible_child_name (f->window->side_stack, "leaflet");
  wait_for_frames ();
  pd_leaflet_preview_refresh (preview);
  a4_pages = pd_leaflet_preview_get_n_pages (preview);

  adw_combo_row_set_selected (ADW_COMBO_ROW (find_descendant (GTK_WIDGET (preview),
                                                              ADW_TYPE_COMBO_ROW)), 1);
  pd_leaflet_preview_refresh (preview);
  g_assert_cmpuint (pd_leaflet_preview_get_n_pages (preview), >, a4_pages);
  pd_leaflet_preview_get_options (preview, &options);
  g_assert_cmpint (options.paper, ==, PD_LEAFLET_A5);
  g_assert_true (pd_window_export_leaflet_to (f->window, pdf, &error));
  g_assert_no_error (error);
  if (test_have_program ("pdfinfo"))
    {
      g_autofree char *info = test_run_tool ("pdfinfo", pdf, NULL);
      g_assert_nonnull (strstr (info, "419.53 x 595.28 pts"));
    }

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_descendant (GTK_WIDGET (preview),
                                                               GTK_TYPE_SPIN_BUTTON)), 20);
  pd_leaflet_preview_get_options (preview, &options);
  g_assert_cmpfloat (options.font_size, ==, 20);
  gtk_switch_set_active (GTK_SWITCH (find_descendant (GTK_WIDGET (preview), GTK_TYPE_SWITCH)),
                         TRUE);
  pd_leaflet_preview_get_options (preview, &options);
  g_assert_true (options.include_not_offered);
  g_unlink (pdf);
  g_rmdir (dir);
}

/* The Leaflet panel's Language row offers English and the languages the
 * pathway has texts in, by their own names; the preview and the exported
 * leaflet follow it. */
static void
test_leaflet_language (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("pathway-leaflet-XXXXXX", NULL);
  g_autofree char *html = g_build_filename (dir, "leaflet.html", NULL);
  g_autofree char *bytes = NULL;
  g_autoptr(GError) error = NULL;
  PdLeafletPreview *preview;
  PdLeafletOptions options;
  AdwComboRow *row = NULL;
  GListModel *names;
  guint polish = 0;

  TEST_GUI_REQUIRE_DISPLAY ();
  preview = f->window->leaflet;
  pd_document_set_translation (f->document, node_at (f, 0), "easy-read", "pl",
                               "Rozmawiasz z pracownikiem.");
  adw_view_stack_set_visible_child_name (f->window->side_stack, "leaflet");
  wait_for_frames ();
  pd_leaflet_preview_refresh (preview);
  /* The rows in order: paper, then language. */
  for (GtkWidget *w = find_descendant (GTK_WIDGET (preview), ADW_TYPE_COMBO_ROW); w;
       w = gtk_widget_get_next_sibling (w))
    if (ADW_IS_COMBO_ROW (w)
        && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), "Language") == 0)
      row = ADW_COMBO_ROW (w);
  g_assert_nonnull (row);
  names = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (names), >=, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, "English");
  for (guint i = 1; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Polski") == 0)
      polish = i;
  g_assert_cmpuint (polish, >, 0);
  pd_leaflet_preview_get_options (preview, &options);
  g_assert_null (options.language);

  adw_combo_row_set_selected (row, polish);
  pd_leaflet_preview_refresh (preview);
  pd_leaflet_preview_get_options (preview, &options);
  g_assert_cmpstr (options.language, ==, "pl");
  g_assert_true (pd_window_export_leaflet_to (f->window, html, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (html, &bytes, NULL, NULL));
  g_assert_nonnull (strstr (bytes, "lang=\"pl\""));
  g_assert_nonnull (strstr (bytes, "Rozmawiasz z pracownikiem."));
  g_assert_nonnull (strstr (bytes, "Co może się wydarzyć"));
  g_unlink (html);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  test_gui_init (&argc, &argv);
  TEST_GUI_ADD ("/inspector/pages", test_pages);
  TEST_GUI_ADD ("/leaflet/options", test_leaflet_options);
  TEST_GUI_ADD ("/leaflet/language", test_leaflet_language);
  TEST_GUI_ADD ("/inspector/long-text-fits", test_long_text_fits);
  TEST_GUI_ADD ("/inspector/edit-step", test_edit_step);
  TEST_GUI_ADD ("/inspector/agency-choices-follow", test_agency_choices_follow);
  TEST_GUI_ADD ("/inspector/enter-edits", test_enter_edits);
  TEST_GUI_ADD ("/inspector/evidence-list", test_evidence_list);
  TEST_GUI_ADD ("/inspector/pathway-fields", test_pathway_fields);
  TEST_GUI_ADD ("/inspector/likelihood", test_likelihood);
  TEST_GUI_ADD ("/outline/follows", test_outline_follows);
  TEST_GUI_ADD ("/problems/live", test_problems_live);
  TEST_GUI_ADD ("/agencies/add-and-hand-over", test_agencies_panel);
  TEST_GUI_ADD ("/comments/add-and-undo", test_comments);
  TEST_GUI_ADD ("/recent/noted-on-save", test_recent);
  TEST_GUI_ADD ("/leaflet/preview-and-export", test_leaflet);
  return g_test_run ();
}
