/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Find (Ctrl+F): a search bar above the canvas; Enter and Ctrl+G go from
 * match to match in reading order (pd-find.c), selecting each. */
#include <glib/gi18n.h>

#include "pd-find.h"
#include "pd-window-private.h"

/* The matches are looked for again at each move, so that edits made
 * meanwhile (a step renamed, deleted, undone) are never stale. */
static GArray *
find_matches (PdWindow *self)
{
  return pd_find (self->document, gtk_editable_get_text (GTK_EDITABLE (self->find_entry)));
}

/* "2 of 5, in the description": the description or a comment may hold
 * the text, out of sight on the canvas, so the bar says which. */
static char *
describe (PdWindow    *self,
          PdFindMatch *match,
          guint        number,
          guint        count)
{
  switch (match->field)
    {
    case PD_FIND_TITLE:
      if (pd_document_get_node (self->document, match->id) == NULL)
        /* Translators: the match shown, of how many, and where it is. */
        return g_strdup_printf (_("%u of %u, in the label"), number, count);
      return g_strdup_printf (_("%u of %u, in the title"), number, count);
    case PD_FIND_DESCRIPTION:
      return g_strdup_printf (_("%u of %u, in the description"), number, count);
    case PD_FIND_EASY_READ:
      return g_strdup_printf (_("%u of %u, in the easy-read text"), number, count);
    case PD_FIND_COMMENT:
    default:
      return g_strdup_printf (_("%u of %u, in a comment"), number, count);
    }
}

static void
show_count (PdWindow *self,
            GArray   *matches,
            int       index)
{
  g_autofree char *text = NULL;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->find_entry));

  if (*query == '\0')
    text = g_strdup ("");
  else if (matches->len == 0)
    text = g_strdup (_("No matches"));
  else if (index < 0)
    text = g_strdup_printf (g_dngettext (NULL, "%u match", "%u matches", matches->len),
                            matches->len);
  else
    text = describe (self, &g_array_index (matches, PdFindMatch, index), (guint) index + 1,
                     matches->len);
  gtk_label_set_text (self->find_label, text);
  if (matches->len == 0 && *query != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->find_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->find_entry), "error");
}

static void on_search_changed (PdWindow *self);

/* An edit, undo or redo while the bar shows may add or take away matches,
 * and another pathway has others. */
static void
on_history_changed (PdWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->find_bar))
    on_search_changed (self);
}

static int
index_of (GArray     *matches,
          const char *id)
{
  for (guint i = 0; id && i < matches->len; i++)
    if (g_strcmp0 (g_array_index (matches, PdFindMatch, i).id, id) == 0)
      return (int) i;
  return -1;
}

/* Emitted a moment after typing stops, maybe after Enter went to a match
 * already: a match the query still finds stays the current one. */
static void
on_search_changed (PdWindow *self)
{
  g_autoptr(GArray) matches = find_matches (self);
  int index = index_of (matches, self->find_id);

  if (index < 0)
    g_clear_pointer (&self->find_id, g_free);
  show_count (self, matches, index);
}

static void
move (PdWindow *self,
      int       step)
{
  g_autoptr(GArray) matches = find_matches (self);
  int index, n = (int) matches->len;
  const char *id;

  if (n == 0)
    {
      show_count (self, matches, -1);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  index = index_of (matches, self->find_id);
  if (index < 0)
    index = step > 0 ? 0 : n - 1;
  else
    index = (index + step + n) % n;
  id = g_array_index (matches, PdFindMatch, index).id;
  g_free (self->find_id);
  self->find_id = g_strdup (id);
  /* The window scrolls whatever is selected into view. */
  pd_selection_select (pd_canvas_get_selection (self->canvas), id, PD_SELECT_REPLACE);
  show_count (self, matches, index);
}

static void
find (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->find_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
  /* Pressed again while the bar shows: the query, to type over. */
  gtk_editable_select_region (GTK_EDITABLE (self->find_entry), 0, -1);
}

static void
find_next (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  if (*gtk_editable_get_text (GTK_EDITABLE (self->find_entry)) == '\0')
    {
      find (widget, NULL, NULL);
      return;
    }
  move (self, g_str_equal (action_name, "win.find-previous") ? -1 : 1);
}

static void
on_next (PdWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.find-next", NULL);
}

static void
on_previous (PdWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.find-previous", NULL);
}

static void
on_search_mode (PdWindow *self)
{
  /* Closed (Escape, the close button), the bar hands the keys back. */
  if (!gtk_search_bar_get_search_mode (self->find_bar))
    gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

void
pd_window_class_init_find (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_next);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_next);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find",
                                       NULL);
  /* Shift+Ctrl+G goes back only in the search bar (the entry's own key):
   * on the canvas it switches the grid. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK,
                                       "win.find-next", NULL);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, find_bar);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, find_entry);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, find_label);
}

/* The search bar's own close button shows only an icon: it gets a name
 * and a tooltip. */
static void
name_close_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), "window-close-symbolic") == 0)
        {
          gtk_widget_set_tooltip_text (child, _("Close Find (Escape)"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Close Find"), -1);
        }
      name_close_button (child);
    }
}

void
pd_window_init_find (PdWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_search_bar_connect_entry (self->find_bar, GTK_EDITABLE (self->find_entry));
  name_close_button (GTK_WIDGET (self->find_bar));
  /* Enter and Ctrl+G go forward, Shift+Enter and Shift+Ctrl+G back. */
  g_signal_connect_object (self->find_entry, "activate", G_CALLBACK (on_next), self,
                           G_CONNECT_SWAPPED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_SHIFT_MASK),
                      gtk_named_action_new ("win.find-previous")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_SHIFT_MASK),
                      gtk_named_action_new ("win.find-previous")));
  gtk_widget_add_controller (GTK_WIDGET (self->find_entry), shortcuts);
  g_signal_connect_object (self->find_entry, "search-changed", G_CALLBACK (on_search_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->find_entry, "next-match", G_CALLBACK (on_next), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->find_entry, "previous-match", G_CALLBACK (on_previous), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->find_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode), self, G_CONNECT_SWAPPED);
  /* The history of whichever pathway the window shows. */
  g_signal_group_connect_swapped (self->history_signals, "changed",
                                  G_CALLBACK (on_history_changed), self);
  g_signal_connect (self, "notify::document", G_CALLBACK (on_history_changed), NULL);
}
