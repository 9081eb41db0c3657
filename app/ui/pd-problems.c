/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-check.h"
#include "pd-problems.h"

struct _PdProblems
{
  AdwBin parent_instance;

  GtkStack *stack;
  GtkListView *list;
  GtkStringList *messages;       /* shown */
  GPtrArray *object_ids;         /* of char * (or NULL), in the same order */
  GArray *severities;            /* of PdSeverity, in the same order */
  PdDocument *document;
  PdSelection *selection;
  GSignalGroup *history_signals;   /* of the document's history */
  guint refresh_source;
};

G_DEFINE_FINAL_TYPE (PdProblems, pd_problems, ADW_TYPE_BIN)

enum { PROP_0, PROP_COUNT, PROP_DOCUMENT, PROP_SELECTION, N_PROPS };
static GParamSpec *properties[N_PROPS];

static gboolean
refresh (gpointer data)
{
  PdProblems *self = data;
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  self->refresh_source = 0;
  g_ptr_array_set_size (self->object_ids, 0);
  g_array_set_size (self->severities, 0);
  if (self->document)
    pd_check_document (self->document, NULL, diagnostics);
  /* Errors first: they stop a pathway being published. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < diagnostics->len; i++)
      {
        PdDiagnostic *d = g_ptr_array_index (diagnostics, i);

        if ((pass == 0) != (d->severity == PD_SEVERITY_ERROR))
          continue;
        g_ptr_array_add (texts, g_strdup (d->message));
        g_ptr_array_add (self->object_ids, g_strdup (d->object_id));
        g_array_append_val (self->severities, d->severity);
      }
  g_ptr_array_add (texts, NULL);
  gtk_string_list_splice (self->messages, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->messages)),
                          (const char * const *) texts->pdata);
  gtk_stack_set_visible_child_name (self->stack, self->object_ids->len ? "list" : "none");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (PdProblems *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (300, refresh, self);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          PdProblems               *self)
{
  guint position = gtk_list_item_get_position (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  gboolean error = position < self->severities->len
                   && g_array_index (self->severities, PdSeverity, position) == PD_SEVERITY_ERROR;
  const char *message = gtk_string_object_get_string (gtk_list_item_get_item (item));
  g_autofree char *spoken = g_strdup_printf ("%s: %s", error ? _("Error") : _("Warning"), message);

  /* The icon and the words say the severity, not colour alone. */
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), error ? "dialog-error-symbolic"
                                                        : "dialog-warning-symbolic");
  gtk_widget_set_tooltip_text (icon, error ? _("Error") : _("Warning"));
  gtk_label_set_text (GTK_LABEL (label), message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

void
pd_problems_activate (PdProblems *self,
                      guint       position)
{
  const char *id;

  g_return_if_fail (PD_IS_PROBLEMS (self));

  if (position >= self->object_ids->len || self->selection == NULL)
    return;
  id = g_ptr_array_index (self->object_ids, position);
  if (id)
    pd_selection_select (self->selection, id, PD_SELECT_REPLACE);
  else
    pd_selection_clear (self->selection);
}

static void
on_activate (GtkListView *list,
             guint        position,
             PdProblems  *self)
{
  pd_problems_activate (self, position);
}

static void
pd_problems_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PdProblems *self = PD_PROBLEMS (object);

  switch (prop_id)
    {
    case PROP_COUNT:
      g_value_set_uint (value, pd_problems_get_count (self));
      break;
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
pd_problems_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PdProblems *self = PD_PROBLEMS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pd_problems_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      pd_problems_set_selection (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_problems_dispose (GObject *object)
{
  PdProblems *self = PD_PROBLEMS (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->history_signals)
    g_signal_group_set_target (self->history_signals, NULL);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->selection);
  /* The stack is the bin's child as well as the template's. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_PROBLEMS);
  g_clear_pointer (&self->object_ids, g_ptr_array_unref);
  g_clear_pointer (&self->severities, g_array_unref);
  G_OBJECT_CLASS (pd_problems_parent_class)->dispose (object);
}

static void
pd_problems_class_init (PdProblemsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_problems_dispose;
  object_class->get_property = pd_problems_get_property;
  object_class->set_property = pd_problems_set_property;
  properties[PROP_COUNT] = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, PD_TYPE_SELECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/pathwaydesigner/Designer/pd-problems.ui");
  gtk_widget_class_bind_template_child (widget_class, PdProblems, stack);
  gtk_widget_class_bind_template_child (widget_class, PdProblems, list);
  gtk_widget_class_bind_template_child (widget_class, PdProblems, messages);
  gtk_widget_class_bind_template_callback (widget_class, setup_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_row);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
}

static void
pd_problems_init (PdProblems *self)
{
  self->object_ids = g_ptr_array_new_with_free_func (g_free);
  self->severities = g_array_new (FALSE, FALSE, sizeof (PdSeverity));
  gtk_widget_init_template (GTK_WIDGET (self));
  self->history_signals = g_signal_group_new (PD_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed", G_CALLBACK (queue_refresh),
                                  self);
}

GtkWidget *
pd_problems_new (void)
{
  return g_object_new (PD_TYPE_PROBLEMS, NULL);
}

PdDocument *
pd_problems_get_document (PdProblems *self)
{
  g_return_val_if_fail (PD_IS_PROBLEMS (self), NULL);
  return self->document;
}

void
pd_problems_set_document (PdProblems *self,
                          PdDocument *document)
{
  g_return_if_fail (PD_IS_PROBLEMS (self));
  g_return_if_fail (document == NULL || PD_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->history_signals,
                             document ? pd_document_get_history (document) : NULL);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

PdSelection *
pd_problems_get_selection (PdProblems *self)
{
  g_return_val_if_fail (PD_IS_PROBLEMS (self), NULL);
  return self->selection;
}

void
pd_problems_set_selection (PdProblems  *self,
                           PdSelection *selection)
{
  g_return_if_fail (PD_IS_PROBLEMS (self));
  g_return_if_fail (selection == NULL || PD_IS_SELECTION (selection));

  if (g_set_object (&self->selection, selection))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

guint
pd_problems_get_count (PdProblems *self)
{
  g_return_val_if_fail (PD_IS_PROBLEMS (self), 0);
  return self->object_ids->len;
}

GStrv
pd_problems_get_messages (PdProblems *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv messages;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->messages)); i++)
    g_strv_builder_add (builder, gtk_string_list_get_string (self->messages, i));
  messages = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return messages;
}
