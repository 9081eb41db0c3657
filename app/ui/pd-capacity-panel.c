/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-capacity-panel-private.h"
#include "pd-capacity-text.h"

/* As wide as the side pane is made. */
#define NATURAL_WIDTH 340

G_DEFINE_FINAL_TYPE (PdCapacityPanel, pd_capacity_panel, ADW_TYPE_BIN)

enum { PROP_0, PROP_DOCUMENT, PROP_SELECTION, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* The note says whose number the field holds. */
static void
update_what_if_note (PdCapacityPanel *self)
{
  guint file = self->document ? pd_document_get_referrals_per_year (self->document) : 0;
  g_autofree char *count = pd_capacity_text_count (file);
  g_autofree char *note = NULL;

  if (self->what_if)
    /* Translators: %s is the pathway's own referrals a year. */
    note = g_strdup_printf (_("Only trying: the pathway is unchanged and still says %s."),
                            count);
  else
    note = g_strdup (_("The pathway’s own. Try another number: the pathway stays unchanged."));
  gtk_label_set_text (self->what_if_note, note);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->referrals),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, note, -1);
  gtk_widget_set_sensitive (self->reset, self->what_if);
}

/* Without a What If, the field follows the file. */
static void
sync_what_if (PdCapacityPanel *self)
{
  guint file = self->document ? pd_document_get_referrals_per_year (self->document) : 0;

  if (!self->what_if)
    {
      self->updating = TRUE;
      gtk_spin_button_set_value (self->referrals, file);
      self->updating = FALSE;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->referrals), self->document != NULL);
  update_what_if_note (self);
}

static gboolean
has_work (PdCapacity *capacity)
{
  const PdCapacityTotals *totals = pd_capacity_get_totals (capacity);

  return totals->hours > 0 || totals->unmet_hours > 0;
}

static void
show_figures (PdCapacityPanel *self)
{
  gboolean work = has_work (self->capacity);

  pd_capacity_panel_fill_people (self);
  gtk_widget_set_visible (self->no_hours, !work);
  gtk_widget_set_visible (GTK_WIDGET (self->chart), work);
  gtk_widget_set_visible (GTK_WIDGET (self->staff_list), work);
  pd_capacity_panel_fill_staff (self);
  pd_capacity_panel_fill_unmet (self);
  pd_capacity_panel_fill_assumptions (self);
  gtk_stack_set_visible_child_name (self->stack, "figures");
}

static void
refresh (PdCapacityPanel *self)
{
  g_autoptr(GError) error = NULL;
  PdCapacityOptions options;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_pointer (&self->capacity, pd_capacity_free);
  sync_what_if (self);
  if (pd_capacity_panel_show_library (self))
    return;
  if (self->document == NULL)
    {
      pd_capacity_waiting_set_source (self->waiting, NULL, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  pd_capacity_panel_get_options (self, &options);
  pd_capacity_waiting_set_source (self->waiting, self->document, &options);
  self->capacity = pd_capacity_new (self->document, &options, &error);
  if (self->capacity == NULL)
    {
      gtk_label_set_text (self->error_message, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else if (pd_capacity_get_totals (self->capacity)->arrivals <= 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    show_figures (self);
}

void
pd_capacity_panel_refresh (PdCapacityPanel *self)
{
  refresh (self);
}

static gboolean
refresh_now (gpointer data)
{
  PdCapacityPanel *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* The model is quick, but a drag of a spin button or a run of typing
 * makes many changes: one refresh for each burst. */
static void
queue_refresh (PdCapacityPanel *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_now, self);
}

static void
on_referrals_changed (GtkSpinButton   *button,
                      PdCapacityPanel *self)
{
  guint file = self->document ? pd_document_get_referrals_per_year (self->document) : 0;

  if (self->updating)
    return;
  self->what_if = gtk_spin_button_get_value (button) != file;
  update_what_if_note (self);
  queue_refresh (self);
}

static void
on_reset_clicked (PdCapacityPanel *self)
{
  self->what_if = FALSE;
  refresh (self);
}

static void
on_row_activated (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  PdCapacityPanel *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "step-id");

  if (id && self->selection)
    pd_selection_select (self->selection, id, PD_SELECT_REPLACE);
}

void
pd_capacity_panel_select_loop (PdCapacityPanel *self)
{
  g_autoptr(GPtrArray) loop = NULL;
  g_autoptr(GPtrArray) ids = NULL;

  g_return_if_fail (PD_IS_CAPACITY_PANEL (self));

  if (self->document == NULL || self->selection == NULL)
    return;
  loop = pd_capacity_find_endless_loop (self->document);
  if (loop == NULL)
    return;
  ids = g_ptr_array_new ();
  for (guint i = 0; i < loop->len; i++)
    g_ptr_array_add (ids, (gpointer) pd_node_get_id (g_ptr_array_index (loop, i)));
  pd_selection_select_many (self->selection, (const char * const *) ids->pdata, ids->len,
                            PD_SELECT_REPLACE);
}

/* Its words wrap, and would rather be long lines: asked for its natural
 * width, it answers the side pane's, so that it never widens the pane
 * over the diagram. */
static void
pd_capacity_panel_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  GTK_WIDGET_CLASS (pd_capacity_panel_parent_class)->measure (widget, orientation, for_size,
                                                               minimum, natural,
                                                               minimum_baseline,
                                                               natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, NATURAL_WIDTH));
}

static void
pd_capacity_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PdCapacityPanel *self = PD_CAPACITY_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_capacity_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PdCapacityPanel *self = PD_CAPACITY_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pd_capacity_panel_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      pd_capacity_panel_set_selection (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_capacity_panel_dispose (GObject *object)
{
  PdCapacityPanel *self = PD_CAPACITY_PANEL (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->history_signals)
    g_signal_group_set_target (self->history_signals, NULL);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->capacity, pd_capacity_free);
  pd_capacity_panel_dispose_library (self);
  /* The scrolled window is the bin's child as well as the template's. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_CAPACITY_PANEL);
  G_OBJECT_CLASS (pd_capacity_panel_parent_class)->dispose (object);
}

static void
pd_capacity_panel_class_init (PdCapacityPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_capacity_panel_dispose;
  object_class->get_property = pd_capacity_panel_get_property;
  object_class->set_property = pd_capacity_panel_set_property;
  widget_class->measure = pd_capacity_panel_measure;
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, PD_TYPE_SELECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_type_ensure (PD_TYPE_CAPACITY_CHART);
  g_type_ensure (PD_TYPE_CAPACITY_WAITING);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/pathwaydesigner/Designer/pd-capacity-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, referrals);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, what_if_note);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, reset);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, people_list);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, staff_group);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, no_hours);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, chart);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, staff_list);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, unmet_group);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, unmet_list);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, assumptions);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, error_message);
  gtk_widget_class_bind_template_child (widget_class, PdCapacityPanel, waiting);
  gtk_widget_class_bind_template_callback (widget_class, on_referrals_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, pd_capacity_panel_select_loop);
  pd_capacity_panel_class_init_library (widget_class);
}

static void
pd_capacity_panel_init (PdCapacityPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->history_signals = g_signal_group_new (PD_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed", G_CALLBACK (queue_refresh),
                                  self);
  refresh (self);
}

GtkWidget *
pd_capacity_panel_new (void)
{
  return g_object_new (PD_TYPE_CAPACITY_PANEL, NULL);
}

PdDocument *
pd_capacity_panel_get_document (PdCapacityPanel *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_PANEL (self), NULL);
  return self->document;
}

void
pd_capacity_panel_set_document (PdCapacityPanel *self,
                                PdDocument      *document)
{
  g_return_if_fail (PD_IS_CAPACITY_PANEL (self));
  g_return_if_fail (document == NULL || PD_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->history_signals,
                             document ? pd_document_get_history (document) : NULL);
  /* Another pathway: its own referrals, not the last one's What If. */
  self->what_if = FALSE;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

PdSelection *
pd_capacity_panel_get_selection (PdCapacityPanel *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_PANEL (self), NULL);
  return self->selection;
}

void
pd_capacity_panel_set_selection (PdCapacityPanel *self,
                                 PdSelection     *selection)
{
  g_return_if_fail (PD_IS_CAPACITY_PANEL (self));
  g_return_if_fail (selection == NULL || PD_IS_SELECTION (selection));

  if (g_set_object (&self->selection, selection))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

void
pd_capacity_panel_get_options (PdCapacityPanel   *self,
                               PdCapacityOptions *options)
{
  PdCapacityOptions init = PD_CAPACITY_OPTIONS_INIT;

  g_return_if_fail (PD_IS_CAPACITY_PANEL (self));
  g_return_if_fail (options != NULL);

  *options = init;
  if (self->what_if)
    options->referrals = gtk_spin_button_get_value (self->referrals);
}

PdCapacity *
pd_capacity_panel_get_capacity (PdCapacityPanel *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_PANEL (self), NULL);
  return self->capacity;
}

const char *
pd_capacity_panel_get_state (PdCapacityPanel *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_PANEL (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

PdCapacityWaiting *
pd_capacity_panel_get_waiting (PdCapacityPanel *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_PANEL (self), NULL);
  return self->waiting;
}

GtkSpinButton *
pd_capacity_panel_get_what_if (PdCapacityPanel *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_PANEL (self), NULL);
  return self->referrals;
}

PdCapacityChart *
pd_capacity_panel_get_chart (PdCapacityPanel *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_PANEL (self), NULL);
  return self->chart;
}

static GtkListBox *
list_named (PdCapacityPanel *self,
            const char      *list)
{
  if (g_str_equal (list, "people"))
    return self->people_list;
  if (g_str_equal (list, "staff"))
    return self->staff_list;
  if (g_str_equal (list, "unmet"))
    return self->unmet_list;
  if (g_str_equal (list, "library"))
    return self->library_list;
  g_return_val_if_reached (NULL);
}

GStrv
pd_capacity_panel_get_row_names (PdCapacityPanel *self,
                                 const char      *list)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GtkListBox *box;

  g_return_val_if_fail (PD_IS_CAPACITY_PANEL (self), NULL);

  box = list_named (self, list);
  for (int i = 0; box && gtk_list_box_get_row_at_index (box, i); i++)
    {
      const char *name = g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (box, i)),
                                            "spoken");

      if (name)
        g_strv_builder_add (builder, name);
    }
  return g_strv_builder_end (builder);
}

void
pd_capacity_panel_activate_step (PdCapacityPanel *self,
                                 guint            position)
{
  GtkListBoxRow *row;

  g_return_if_fail (PD_IS_CAPACITY_PANEL (self));

  row = gtk_list_box_get_row_at_index (self->people_list, (int) position);
  if (row)
    g_signal_emit_by_name (row, "activate");
}
