/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-compare-panel.h"

struct _PdComparePanel
{
  AdwBin parent_instance;

  GtkLabel *heading;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (PdComparePanel, pd_compare_panel, ADW_TYPE_BIN)

enum { ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
on_row_activated (PdComparePanel *self,
                  GtkListBoxRow  *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "object-id");

  if (id)
    g_signal_emit (self, signals[ACTIVATED], 0, id);
}

static GtkWidget *
make_row (const char *text,
          const char *object_id)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), object_id != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_object_set_data_full (G_OBJECT (row), "text", g_strdup (text), g_free);
  g_object_set_data_full (G_OBJECT (row), "object-id", g_strdup (object_id), g_free);
  return row;
}

void
pd_compare_panel_set_changes (PdComparePanel *self,
                              const char     *heading,
                              GPtrArray      *changes)
{
  GtkWidget *child;

  g_return_if_fail (PD_IS_COMPARE_PANEL (self));

  gtk_label_set_label (self->heading, heading);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);
  if (changes == NULL || changes->len == 0)
    gtk_list_box_append (self->list, make_row (_("No differences."), NULL));
  for (guint i = 0; changes && i < changes->len; i++)
    {
      const PdDiffChange *change = g_ptr_array_index (changes, i);
      g_autofree char *text = pd_diff_change_describe (change);
      gboolean present = change->kind != PD_DIFF_REMOVED
                         && (change->subject == PD_DIFF_STEP
                             || change->subject == PD_DIFF_TRANSITION);

      gtk_list_box_append (self->list, make_row (text, present ? change->id : NULL));
    }
}

static GtkListBoxRow *
row_at (PdComparePanel *self,
        guint           index)
{
  return gtk_list_box_get_row_at_index (self->list, index);
}

guint
pd_compare_panel_get_n_rows (PdComparePanel *self)
{
  guint n = 0;

  g_return_val_if_fail (PD_IS_COMPARE_PANEL (self), 0);
  while (row_at (self, n))
    n++;
  return n;
}

const char *
pd_compare_panel_get_row_text (PdComparePanel *self,
                               guint           index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PD_IS_COMPARE_PANEL (self), NULL);
  row = row_at (self, index);
  return row ? g_object_get_data (G_OBJECT (row), "text") : NULL;
}

void
pd_compare_panel_activate_row (PdComparePanel *self,
                               guint           index)
{
  GtkListBoxRow *row;

  g_return_if_fail (PD_IS_COMPARE_PANEL (self));
  row = row_at (self, index);
  if (row)
    g_signal_emit_by_name (self->list, "row-activated", row);
}

static void
pd_compare_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PD_TYPE_COMPARE_PANEL);
  G_OBJECT_CLASS (pd_compare_panel_parent_class)->dispose (object);
}

static void
pd_compare_panel_class_init (PdComparePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_compare_panel_dispose;
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/pathwaydesigner/Designer/pd-compare-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PdComparePanel, heading);
  gtk_widget_class_bind_template_child (widget_class, PdComparePanel, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
pd_compare_panel_init (PdComparePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pd_compare_panel_new (void)
{
  return g_object_new (PD_TYPE_COMPARE_PANEL, NULL);
}
