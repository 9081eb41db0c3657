/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Library page of the side pane: the library's pathways by care
 * cluster, with what a reviewer looks for first. */
#include <glib/gi18n.h>

#include "pd-clusters.h"
#include "pd-enum-types.h"
#include "pd-enums.h"
#include "pd-library-panel.h"
#include "pd-service-list.h"

struct _PdLibraryPanel
{
  AdwBin parent_instance;

  GtkStack *stack;
  GtkLabel *name_label;
  GtkListBox *list;
  GtkSpinner *spinner;
  GtkLabel *loading_label;
  AdwStatusPage *message;
  PdServiceList *services;
  PdLibraryProblems *problems;
  PdLibrary *library;
};

G_DEFINE_FINAL_TYPE (PdLibraryPanel, pd_library_panel, ADW_TYPE_BIN)

enum { OPEN, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  unsigned year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* "30 September 2026", the way NHS letters write dates. */
static char *
format_date (GDate *date)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date), 0, 0, 0);

  return g_date_time_format (time, "%-d %B %Y");
}

char *
pd_library_panel_overdue_text (const char *review_by,
                               GDate      *today)
{
  GDate date;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (today != NULL, NULL);

  if (!parse_date (review_by, &date) || g_date_compare (&date, today) >= 0)
    return NULL;
  shown = format_date (&date);
  /* Translators: %s is a date, as in "30 September 2026". */
  return g_strdup_printf (_("Review overdue since %s"), shown);
}

static void
today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* Status, version and review date in one line. */
static char *
describe_entry (PdLibraryEntry *entry)
{
  GString *line = g_string_new (pd_enum_get_label (PD_TYPE_STATUS,
                                                   pd_library_entry_get_status (entry)));
  const char *version = pd_library_entry_get_version (entry);
  GDate date;

  if (version && *version)
    /* Translators: after the status, as in "Draft, version 0.3". */
    g_string_append_printf (line, _(", version %s"), version);
  if (parse_date (pd_library_entry_get_review_by (entry), &date))
    {
      g_autofree char *shown = format_date (&date);
      /* Translators: after the version, as in ", review by 31 October 2027". */
      g_string_append_printf (line, _(", review by %s"), shown);
    }
  return g_string_free (line, FALSE);
}

static GtkWidget *
flag_new (const char *icon_name,
          const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "warning");
  return box;
}

static GtkWidget *
row_new (PdLibraryEntry *entry,
         const char     *super_class,
         const char     *group,
         GDate          *now)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  const char *title = pd_library_entry_get_title (entry);
  const GError *error = pd_library_entry_get_error (entry);
  g_autofree char *details = NULL;
  g_autofree char *overdue = NULL;
  GString *sentence = g_string_new (NULL);
  GtkWidget *label;

  if (title == NULL || *title == '\0')
    title = pd_library_entry_get_file_name (entry);
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  g_string_append (sentence, title);
  if (error)
    {
      g_autofree char *text = g_strdup_printf (_("Could not be opened: %s"), error->message);

      gtk_box_append (GTK_BOX (box), flag_new ("dialog-error-symbolic", text));
      g_string_append_printf (sentence, ". %s", text);
    }
  else
    {
      details = describe_entry (entry);
      label = gtk_label_new (details);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
      g_string_append_printf (sentence, ", %s", details);
      overdue = pd_library_panel_overdue_text (pd_library_entry_get_review_by (entry), now);
      if (overdue)
        {
          gtk_box_append (GTK_BOX (box), flag_new ("alarm-symbolic", overdue));
          g_string_append_printf (sentence, ". %s", overdue);
        }
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sentence->str, -1);
  g_object_set_data (G_OBJECT (row), "entry", entry);
  g_object_set_data_full (G_OBJECT (row), "sentence", g_string_free (sentence, FALSE), g_free);
  g_object_set_data_full (G_OBJECT (row), "super-class", g_strdup (super_class), g_free);
  g_object_set_data_full (G_OBJECT (row), "group", g_strdup (group), g_free);
  return row;
}

static gboolean
has_cluster (PdLibraryEntry *entry,
             guint           number)
{
  GArray *clusters = pd_library_entry_get_clusters (entry);

  for (guint i = 0; clusters && i < clusters->len; i++)
    if (g_array_index (clusters, guint, i) == number)
      return TRUE;
  return FALSE;
}

/* The rows of one super class: each cluster's pathways. */
static void
add_super_class (PdLibraryPanel *self,
                 const char     *super_class_id,
                 GDate          *now)
{
  for (guint c = 0; c < pd_clusters_get_n_items (); c++)
    {
      const PdCluster *cluster = pd_clusters_get_item (c);
      g_autofree char *group = NULL;

      if (g_strcmp0 (cluster->super_class_id, super_class_id) != 0)
        continue;
      /* Translators: a care cluster, as in "Cluster 10: First episode psychosis". */
      group = g_strdup_printf (_("Cluster %u: %s"), cluster->number, cluster->name);
      for (guint i = 0; i < pd_library_get_n_entries (self->library); i++)
        {
          PdLibraryEntry *entry = pd_library_get_entry (self->library, i);

          if (has_cluster (entry, cluster->number))
            gtk_list_box_append (self->list, row_new (entry, cluster->super_class_name,
                                                      group, now));
        }
    }
}

static gboolean
in_strv (const char * const *strv,
         const char         *text)
{
  return strv && g_strv_contains (strv, text);
}

static void
fill (PdLibraryPanel *self)
{
  const char * const *order = pd_library_get_super_class_order (self->library);
  g_autoptr(GPtrArray) supers = g_ptr_array_new ();
  GDate now;

  today (&now);
  for (guint i = 0; order && order[i]; i++)
    g_ptr_array_add (supers, (gpointer) order[i]);
  for (guint c = 0; c < pd_clusters_get_n_items (); c++)
    {
      const char *id = pd_clusters_get_item (c)->super_class_id;

      if (!in_strv (order, id) && !g_ptr_array_find_with_equal_func (supers, id, g_str_equal, NULL))
        g_ptr_array_add (supers, (gpointer) id);
    }
  for (guint i = 0; i < supers->len; i++)
    add_super_class (self, g_ptr_array_index (supers, i), &now);
  for (guint i = 0; i < pd_library_get_n_entries (self->library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (self->library, i);
      GArray *clusters = pd_library_entry_get_clusters (entry);

      if (clusters == NULL || clusters->len == 0)
        gtk_list_box_append (self->list, row_new (entry, NULL, _("No cluster"), &now));
    }
}

static GtkWidget *
header_label (const char *text,
              const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, style);
  return label;
}

/* A heading where the super class or the cluster changes. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       data)
{
  const char *super_class = g_object_get_data (G_OBJECT (row), "super-class");
  const char *group = g_object_get_data (G_OBJECT (row), "group");
  GtkWidget *box;

  if (before && g_strcmp0 (g_object_get_data (G_OBJECT (before), "group"), group) == 0
      && g_strcmp0 (g_object_get_data (G_OBJECT (before), "super-class"), super_class) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, before ? 12 : 0);
  if (super_class && (before == NULL || g_strcmp0 (g_object_get_data (G_OBJECT (before),
                                                                       "super-class"),
                                                   super_class) != 0))
    gtk_box_append (GTK_BOX (box), header_label (super_class, "caption-heading"));
  gtk_box_append (GTK_BOX (box), header_label (group, "caption"));
  gtk_list_box_row_set_header (row, box);
}

static void
on_row_activated (PdLibraryPanel *self,
                  GtkListBoxRow  *row)
{
  PdLibraryEntry *entry = pd_library_panel_row_get_entry (row);

  if (entry)
    g_signal_emit (self, signals[OPEN], 0, entry);
}

static void
clear_list (PdLibraryPanel *self)
{
  GtkListBoxRow *row;

  /* Rows only: their headers go with them. */
  while ((row = gtk_list_box_get_row_at_index (self->list, 0)))
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
}

void
pd_library_panel_set_loading (PdLibraryPanel *self,
                              const char     *name)
{
  g_autofree char *text = NULL;

  g_return_if_fail (PD_IS_LIBRARY_PANEL (self));

  /* Translators: %s is the name of a folder. */
  text = g_strdup_printf (_("Reading the pathways in “%s”…"), name);
  /* The problems found are the library's being replaced. */
  pd_library_problems_clear (self->problems);
  gtk_label_set_text (self->loading_label, text);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

void
pd_library_panel_set_library (PdLibraryPanel *self,
                              PdLibrary      *library)
{
  const char *name;

  g_return_if_fail (PD_IS_LIBRARY_PANEL (self));

  gtk_spinner_stop (self->spinner);
  g_set_object (&self->library, library);
  clear_list (self);
  if (library == NULL)
    return;
  if (pd_library_get_n_entries (library) == 0)
    {
      adw_status_page_set_title (self->message, _("No Pathways"));
      adw_status_page_set_description (self->message,
                                       _("The folder holds no pathway files yet. Save a "
                                         "pathway into it to add it to the library."));
      gtk_stack_set_visible_child_name (self->stack, "message");
      return;
    }
  name = pd_library_get_name (library);
  if (name == NULL)
    name = pd_library_get_display_name (library);
  gtk_label_set_text (self->name_label, name);
  fill (self);
  pd_service_list_set_library (self->services, library);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

void
pd_library_panel_update_services (PdLibraryPanel *self)
{
  g_return_if_fail (PD_IS_LIBRARY_PANEL (self));
  pd_service_list_set_library (self->services, self->library);
}

void
pd_library_panel_set_error (PdLibraryPanel *self,
                            const char     *message)
{
  g_return_if_fail (PD_IS_LIBRARY_PANEL (self));

  gtk_spinner_stop (self->spinner);
  g_clear_object (&self->library);
  clear_list (self);
  adw_status_page_set_title (self->message, _("The Library Could Not Be Opened"));
  adw_status_page_set_description (self->message, message);
  gtk_stack_set_visible_child_name (self->stack, "message");
}

GtkListBox *
pd_library_panel_get_list (PdLibraryPanel *self)
{
  g_return_val_if_fail (PD_IS_LIBRARY_PANEL (self), NULL);
  return self->list;
}

PdLibraryProblems *
pd_library_panel_get_problems (PdLibraryPanel *self)
{
  g_return_val_if_fail (PD_IS_LIBRARY_PANEL (self), NULL);
  return self->problems;
}

PdLibraryEntry *
pd_library_panel_row_get_entry (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "entry");
}

const char *
pd_library_panel_row_get_sentence (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "sentence");
}

GtkWidget *
pd_library_panel_new (void)
{
  return g_object_new (PD_TYPE_LIBRARY_PANEL, NULL);
}

static void
pd_library_panel_dispose (GObject *object)
{
  PdLibraryPanel *self = PD_LIBRARY_PANEL (object);

  /* The stack is the bin's child as well as the template's. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_LIBRARY_PANEL);
  g_clear_object (&self->library);
  G_OBJECT_CLASS (pd_library_panel_parent_class)->dispose (object);
}

static void
pd_library_panel_class_init (PdLibraryPanelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pd_library_panel_dispose;
  g_type_ensure (PD_TYPE_SERVICE_LIST);
  g_type_ensure (PD_TYPE_LIBRARY_PROBLEMS);
  /* The entry belongs to the library the panel shows. */
  signals[OPEN] = g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/pathwaydesigner/Designer/"
                                               "pd-library-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PdLibraryPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, PdLibraryPanel, name_label);
  gtk_widget_class_bind_template_child (widget_class, PdLibraryPanel, list);
  gtk_widget_class_bind_template_child (widget_class, PdLibraryPanel, spinner);
  gtk_widget_class_bind_template_child (widget_class, PdLibraryPanel, loading_label);
  gtk_widget_class_bind_template_child (widget_class, PdLibraryPanel, message);
  gtk_widget_class_bind_template_child (widget_class, PdLibraryPanel, services);
  gtk_widget_class_bind_template_child (widget_class, PdLibraryPanel, problems);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
pd_library_panel_init (PdLibraryPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list, update_header, NULL, NULL);
}
