/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The inspector's lists of a step's further roles and of the pathway's
 * staff in post: an expander for each, its fields edited in place, and a
 * field that adds one. */
#include <glib/gi18n.h>

#include "pd-agency.h"
#include "pd-combo-keys.h"
#include "pd-inspector-items-private.h"
#include "pd-node.h"
#include "pd-staff.h"

/* One role or post and the widgets that edit it. */
typedef struct {
  Row *row;
  guint index;
  GtkWidget *expander;
  GtkWidget *role;      /* AdwEntryRow */
  GtkWidget *second;    /* a role's skills (AdwEntryRow); a post's agency (AdwComboRow) */
  GtkWidget *number;    /* a role's share, a post's whole-time equivalents */
  GtkWidget *remove;
} Item;

/* Which field of an item an edit is in (see PD_ITEMS_ADD_OR_REMOVE). */
enum { EDIT_ROLE, EDIT_SECOND, EDIT_NUMBER, N_EDITS };

static gboolean
is_posts (Row *row)
{
  return row->spec->kind == PD_ROW_POSTS;
}

static GPtrArray *
copy_items (Row       *row,
            GPtrArray *list)
{
  GPtrArray *copy = is_posts (row) ? pd_post_array_new () : pd_staff_array_new ();

  for (guint i = 0; list && i < list->len; i++)
    g_ptr_array_add (copy, is_posts (row)
                           ? (gpointer) pd_post_copy (g_ptr_array_index (list, i))
                           : (gpointer) pd_staff_copy (g_ptr_array_index (list, i)));
  return copy;
}

/* Sets one field of the item, through a copy of the list. */
static void
edit_item (Item       *item,
           guint       field,
           const char *text,
           double      number)
{
  Row *row = item->row;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) copy = NULL;
  char **place = NULL;

  if (row->rows->updating || row->rows->object == NULL)
    return;
  list = pd_items_get (row);
  copy = copy_items (row, list);
  if (item->index >= copy->len)
    return;
  if (is_posts (row))
    {
      PdPost *post = g_ptr_array_index (copy, item->index);
      place = field == EDIT_ROLE ? &post->role : field == EDIT_SECOND ? &post->agency_id : NULL;
      if (field == EDIT_NUMBER)
        post->wte = number;
    }
  else
    {
      PdStaff *staff = g_ptr_array_index (copy, item->index);
      place = field == EDIT_ROLE ? &staff->role : field == EDIT_SECOND ? &staff->skills : NULL;
      if (field == EDIT_NUMBER)
        staff->share = number;
    }
  if (place)
    {
      g_free (*place);
      /* An emptied field is an absent one, as in the file. */
      *place = text && *text ? g_strdup (text) : NULL;
    }
  pd_items_set (row, copy, 1 + item->index * N_EDITS + field);
}

static void
on_role_changed (Item *item)
{
  edit_item (item, EDIT_ROLE, gtk_editable_get_text (GTK_EDITABLE (item->role)), 0);
}

static void
on_skills_changed (Item *item)
{
  edit_item (item, EDIT_SECOND, gtk_editable_get_text (GTK_EDITABLE (item->second)), 0);
}

static void
on_agency_selected (Item *item)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (item->second));
  GPtrArray *ids = item->row->agency_ids;

  if (selected >= ids->len)
    return;
  edit_item (item, EDIT_SECOND, g_ptr_array_index (ids, selected), 0);
}

static void
on_number_changed (Item *item)
{
  edit_item (item, EDIT_NUMBER, NULL, gtk_spin_button_get_value (GTK_SPIN_BUTTON (item->number)));
}

static void
on_remove (Item *item)
{
  Row *row = item->row;
  g_autoptr(GPtrArray) list = pd_items_get (row);
  g_autoptr(GPtrArray) copy = copy_items (row, list);

  if (item->index < copy->len)
    g_ptr_array_remove_index (copy, item->index);
  pd_items_set (row, copy, PD_ITEMS_ADD_OR_REMOVE);
}

static void
add_item (Row        *row,
          const char *role)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) copy = NULL;

  if (role == NULL || *role == '\0' || row->rows->object == NULL)
    return;
  list = pd_items_get (row);
  copy = copy_items (row, list);
  if (is_posts (row))
    g_ptr_array_add (copy, pd_post_new (role, NULL, 0));
  else
    g_ptr_array_add (copy, pd_staff_new (role, NULL, PD_STAFF_SHARE_UNSET));
  pd_items_set (row, copy, PD_ITEMS_ADD_OR_REMOVE);
}

static void
on_add (Row *row)
{
  g_autofree char *role = g_strstrip (g_strdup (gtk_editable_get_text (
    GTK_EDITABLE (row->add_first))));

  add_item (row, role);
  gtk_editable_set_text (GTK_EDITABLE (row->add_first), "");
}

/* A share below zero is one nobody has given. */
static gboolean
on_share_output (GtkSpinButton *spin)
{
  if (gtk_spin_button_get_value (spin) >= 0)
    return FALSE;
  /* The spin button's own set_text would parse the words as a number. */
  gtk_editable_set_text (gtk_editable_get_delegate (GTK_EDITABLE (spin)), _("Not set"));
  return TRUE;
}

static int
on_share_input (GtkSpinButton *spin,
                double        *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;

  *value = g_strtod (text, &end);
  if (end == text)
    *value = PD_STAFF_SHARE_UNSET;
  return TRUE;
}

static void fill_roles_menu (Row *row);

/* Showing an item. */

static const char *
agency_name (Row        *row,
             const char *id)
{
  g_autoptr(PdAgency) agency = NULL;
  GListModel *agencies = pd_document_get_agencies (row->rows->document);

  for (guint i = 0; id && i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) each = g_list_model_get_item (agencies, i);
      if (g_strcmp0 (pd_agency_get_id (each), id) == 0)
        return pd_agency_get_name (each) ? pd_agency_get_name (each) : id;
    }
  return id ? id : _("Any agency");
}

static char *
describe_post (Row    *row,
               PdPost *post)
{
  g_autofree char *wte = g_strdup_printf ("%.1f", post->wte);

  /* Translators: a post's agency and its whole-time equivalents, as
   * "NHS trust · 12.4 WTE". */
  return g_strdup_printf (_("%s · %s WTE"), agency_name (row, post->agency_id), wte);
}

static char *
describe_staff (PdStaff *staff)
{
  if (staff->share < 0)
    return g_strdup (_("Share of the work not set"));
  /* Translators: a role's share of a step's staff hours, as "40% of the
   * work". */
  return g_strdup_printf (_("%g%% of the work"), staff->share);
}

static void
show_item (Item     *item,
           gpointer  element)
{
  Row *row = item->row;
  const char *role;
  g_autofree char *subtitle = NULL;
  g_autofree char *remove = NULL;
  double number;

  if (is_posts (row))
    {
      PdPost *post = element;
      guint index = 0;

      role = post->role;
      subtitle = describe_post (row, post);
      if (post->agency_id
          && !g_ptr_array_find_with_equal_func (row->agency_ids, post->agency_id, g_str_equal,
                                                &index))
        index = GTK_INVALID_LIST_POSITION;
      adw_combo_row_set_selected (ADW_COMBO_ROW (item->second), index);
      number = post->wte;
    }
  else
    {
      PdStaff *staff = element;

      role = staff->role;
      subtitle = describe_staff (staff);
      pd_items_show_text (item->second, staff->skills);
      number = staff->share;
    }
  pd_items_show_text (item->role, role);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->expander),
                                 role && *role ? role : _("Role not named"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (item->expander), subtitle);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (item->number), number);
  /* Translators: the button that removes a role, as "Remove Nurse". */
  remove = g_strdup_printf (_("Remove %s"), role && *role ? role : _("Role not named"));
  pd_items_label_remove (item->remove, remove);
}

/* Making an item. */

static GtkWidget *
make_number (Item       *item,
             GtkWidget  *expander,
             const char *title)
{
  gboolean posts = is_posts (item->row);
  GtkWidget *action = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (posts ? 0 : PD_STAFF_SHARE_UNSET,
                                                    posts ? 10000 : 100, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action), title);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  if (!posts)
    {
      g_signal_connect (spin, "output", G_CALLBACK (on_share_output), NULL);
      g_signal_connect (spin, "input", G_CALLBACK (on_share_input), NULL);
      gtk_editable_set_width_chars (GTK_EDITABLE (spin), g_utf8_strlen (_("Not set"), -1));
    }
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_number_changed), item);
  adw_action_row_add_suffix (ADW_ACTION_ROW (action), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action), spin);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), action);
  return spin;
}

static GtkWidget *
make_entry (Item       *item,
            GtkWidget  *expander,
            const char *title,
            GCallback   changed)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  g_signal_connect_swapped (entry, "changed", changed, item);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), entry);
  return entry;
}

static GtkWidget *
make_agency (Item      *item,
             GtkWidget *expander)
{
  GtkWidget *combo = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Agency"));
  pd_combo_row_start_at_value (ADW_COMBO_ROW (combo));
  adw_combo_row_set_model (ADW_COMBO_ROW (combo),
                           g_object_get_data (G_OBJECT (item->row->editor), "agency-names"));
  g_signal_connect_swapped (combo, "notify::selected", G_CALLBACK (on_agency_selected), item);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), combo);
  return combo;
}

static Item *
make_item (Row  *row,
           guint index)
{
  Item *item = g_new0 (Item, 1);

  item->row = row;
  item->index = index;
  item->expander = pd_items_make_expander (&item->remove, G_CALLBACK (on_remove), item);
  item->role = make_entry (item, item->expander, _("Role"), G_CALLBACK (on_role_changed));
  if (is_posts (row))
    {
      item->second = make_agency (item, item->expander);
      item->number = make_number (item, item->expander, _("Whole-time equivalents in post"));
    }
  else
    {
      item->second = make_entry (item, item->expander, _("Skills"),
                                 G_CALLBACK (on_skills_changed));
      item->number = make_number (item, item->expander, _("Share of the work (%)"));
    }
  return item;
}

static void
item_free (Item *item)
{
  GtkWidget *widgets[] = { item->role, item->second, item->number, item->remove };

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    g_signal_handlers_disconnect_by_data (widgets[i], item);
  pd_items_drop_expander (item->expander);
  g_free (item);
}

/* The list anew: after an item is added or removed, or the agencies
 * change. Those open stay open; one just added opens. */
static void
rebuild (Row       *row,
         GPtrArray *list)
{
  g_autoptr(GArray) open = g_array_new (FALSE, TRUE, sizeof (gboolean));
  guint before = row->items->len;

  for (guint i = 0; i < before; i++)
    {
      Item *item = g_ptr_array_index (row->items, i);
      gboolean expanded = adw_expander_row_get_expanded (ADW_EXPANDER_ROW (item->expander));
      g_array_append_val (open, expanded);
    }
  g_ptr_array_set_size (row->items, 0);
  for (guint i = 0; list && i < list->len; i++)
    {
      Item *item = make_item (row, i);

      gtk_list_box_insert (GTK_LIST_BOX (row->editor), item->expander, (int) i);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item->expander),
                                     i < open->len ? g_array_index (open, gboolean, i)
                                                   : list->len == before + 1);
      g_ptr_array_add (row->items, item);
    }
}

void
pd_rows_show_staff (Row *row)
{
  g_autoptr(GPtrArray) list = pd_items_get (row);
  guint n = list ? list->len : 0;
  gboolean updating = row->rows->updating;

  row->rows->updating = TRUE;
  if (n != row->items->len || g_object_get_data (G_OBJECT (row->editor), "refill"))
    rebuild (row, list);
  g_object_set_data (G_OBJECT (row->editor), "refill", NULL);
  for (guint i = 0; i < n; i++)
    show_item (g_ptr_array_index (row->items, i), g_ptr_array_index (list, i));
  if (is_posts (row))
    fill_roles_menu (row);
  row->rows->updating = updating;
}

/* A post's agency: any, or one of the pathway's. */
void
pd_rows_refill_staff (Row *row)
{
  GtkStringList *names = g_object_get_data (G_OBJECT (row->editor), "agency-names");
  GListModel *agencies;
  guint n_names;
  gboolean updating;

  if (!is_posts (row) || row->rows->document == NULL)
    return;
  agencies = pd_document_get_agencies (row->rows->document);
  n_names = g_list_model_get_n_items (G_LIST_MODEL (names));
  g_ptr_array_set_size (row->agency_ids, 0);
  /* "" for any agency: the file leaves it out. */
  g_ptr_array_add (row->agency_ids, g_strdup (""));
  updating = row->rows->updating;
  row->rows->updating = TRUE;
  gtk_string_list_splice (names, 0, n_names, NULL);
  gtk_string_list_append (names, _("Any agency"));
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);

      gtk_string_list_append (names, pd_agency_get_name (agency) ? pd_agency_get_name (agency)
                                                                : pd_agency_get_id (agency));
      g_ptr_array_add (row->agency_ids, g_strdup (pd_agency_get_id (agency)));
    }
  row->rows->updating = updating;
  g_object_set_data (G_OBJECT (row->editor), "refill", GINT_TO_POINTER (TRUE));
  if (row->rows->object)
    pd_rows_show_staff (row);
}

/* The roles the pathway's steps name, for posts to be added from. */

static void
add_role (GPtrArray  *roles,
          GHashTable *seen,
          const char *role)
{
  g_autofree char *key = NULL;

  if (role == NULL || *role == '\0')
    return;
  key = g_utf8_casefold (role, -1);
  if (g_hash_table_add (seen, g_steal_pointer (&key)))
    g_ptr_array_add (roles, (gpointer) role);
}

static int
compare_roles (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* Returns: (transfer container) the roles of the steps not yet in post,
 * sorted, owned by the document. */
static GPtrArray *
roles_not_in_post (Row *row)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) posts = pd_items_get (row);
  GListModel *nodes = pd_document_get_nodes (row->rows->document);
  GPtrArray *roles = g_ptr_array_new ();

  for (guint i = 0; posts && i < posts->len; i++)
    {
      PdPost *post = g_ptr_array_index (posts, i);
      if (post->role)
        g_hash_table_add (seen, g_utf8_casefold (post->role, -1));
    }
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      GPtrArray *more = pd_node_get_more_staff (node);

      add_role (roles, seen, pd_node_get_staff_role (node));
      for (guint j = 0; more && j < more->len; j++)
        add_role (roles, seen, ((PdStaff *) g_ptr_array_index (more, j))->role);
    }
  g_ptr_array_sort (roles, compare_roles);
  return roles;
}

static void
on_add_role (GSimpleAction *action,
             GVariant      *parameter,
             Row           *row)
{
  add_item (row, g_variant_get_string (parameter, NULL));
}

/* Made anew each time the pathway's posts are shown: the roles change as
 * the steps are edited. */
static void
fill_roles_menu (Row *row)
{
  GMenu *menu = g_object_get_data (G_OBJECT (row->editor), "roles-menu");
  g_autoptr(GPtrArray) roles = roles_not_in_post (row);

  g_menu_remove_all (menu);
  for (guint i = 0; i < roles->len; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (g_ptr_array_index (roles, i), NULL);

      g_menu_item_set_action_and_target (item, "staffing.add", "s",
                                         (const char *) g_ptr_array_index (roles, i));
      g_menu_append_item (menu, item);
    }
  if (roles->len == 0)
    g_menu_append (menu, _("Every step’s role is in post"), "staffing.none");
}

/* A button beside the new post's field with the roles the steps name. */
static void
add_roles_menu (Row *row)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) add = g_simple_action_new ("add", G_VARIANT_TYPE_STRING);
  g_autoptr(GSimpleAction) none = g_simple_action_new ("none", NULL);
  GMenu *menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  g_simple_action_set_enabled (none, FALSE);
  g_signal_connect (add, "activate", G_CALLBACK (on_add_role), row);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (add));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (none));
  gtk_widget_insert_action_group (row->editor, "staffing", G_ACTION_GROUP (group));
  g_object_set_data_full (G_OBJECT (row->editor), "roles-menu", menu, g_object_unref);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-list-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Add a role the steps name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add a role the steps name"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row->add_first), button);
}

/* A boxed list of the items, ending in a field that adds one
 * (pd_rows_show_staff fills in the rest). */
GtkWidget *
pd_rows_make_staff_row (Row *row)
{
  gboolean posts = is_posts (row);

  pd_items_make_list (row, posts ? _("Add a role in post") : _("Add a role"), G_CALLBACK (on_add),
                      (GDestroyNotify) item_free);
  if (posts)
    {
      GtkStringList *names = gtk_string_list_new (NULL);

      row->agency_ids = g_ptr_array_new_with_free_func (g_free);
      g_object_set_data_full (G_OBJECT (row->editor), "agency-names", names, g_object_unref);
      add_roles_menu (row);
    }
  return row->row;
}
