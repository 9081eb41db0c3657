/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a step has to do with the rest of its library: the pathway a link
 * step leads to, and the shared service a step uses. */
#include <glib/gi18n.h>

#include "pd-library-check.h"
#include "pd-shared-group.h"

struct _PdSharedGroup
{
  AdwPreferencesGroup parent_instance;

  AdwActionRow *link_row;
  AdwActionRow *service_row;
  GtkWidget *stop_button;
  GtkWidget *edit_button;       /* only for a service the library defines */
  PdLibrary *library;
  PdDocument *document;
  PdNode *node;
  GSignalGroup *node_signals;
};

G_DEFINE_FINAL_TYPE (PdSharedGroup, pd_shared_group, ADW_TYPE_PREFERENCES_GROUP)

static void
update_link (PdSharedGroup *self)
{
  const char *target = pd_node_get_link_target (self->node);
  g_autofree char *pathway_id = NULL;
  g_autofree char *step_id = NULL;
  PdLibraryEntry *entry = NULL;

  if (pd_node_get_kind (self->node) != PD_NODE_KIND_LINK
      || !pd_library_split_link_target (target, &pathway_id, &step_id))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->link_row), FALSE);
      return;
    }
  if (self->library)
    entry = pd_library_lookup_pathway (self->library, pathway_id);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->link_row),
                                 entry && pd_library_entry_get_title (entry)
                                 ? pd_library_entry_get_title (entry) : pathway_id);
  gtk_widget_set_visible (GTK_WIDGET (self->link_row), TRUE);
}

/* "Uses the shared service “Social prescribing”, also in: Crisis…" */
static char *
service_text (PdSharedGroup *self,
              const char    *service_id)
{
  PdService *service = self->library ? pd_library_lookup_service (self->library, service_id)
                                     : NULL;
  const char *own_id = NULL;
  g_autoptr(GArray) uses = NULL;
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  g_autofree char *list = NULL;

  if (service == NULL)
    /* Translators: %s is the id of a service. */
    return g_strdup_printf (_("Uses the shared service “%s”, which no open library defines"),
                            service_id);
  g_object_get (self->document, "pathway-id", &own_id, NULL);
  uses = pd_library_get_service_uses (self->library, service_id);
  for (guint i = 0; i < uses->len; i++)
    {
      PdLibraryEntry *entry = g_array_index (uses, PdServiceUse, i).entry;
      const char *title = pd_library_entry_get_title (entry);

      if (g_strcmp0 (pd_library_entry_get_id (entry), own_id) == 0 || title == NULL
          || g_ptr_array_find_with_equal_func (others, title, g_str_equal, NULL))
        continue;
      g_ptr_array_add (others, (gpointer) title);
    }
  g_free ((char *) own_id);
  if (others->len == 0)
    /* Translators: %s is the title of a service. */
    return g_strdup_printf (_("Uses the shared service “%s”, in no other pathway"),
                            service->title ? service->title : service_id);
  g_ptr_array_add (others, NULL);
  list = g_strjoinv (", ", (char **) others->pdata);
  /* Translators: a service's title and a list of pathways' titles. */
  return g_strdup_printf (_("Uses the shared service “%s”, also in: %s"),
                          service->title ? service->title : service_id, list);
}

static void
update (PdSharedGroup *self)
{
  const char *service_id = self->node ? pd_node_get_service (self->node) : NULL;
  g_autofree char *text = NULL;

  if (self->node == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  update_link (self);
  if (service_id && *service_id)
    {
      text = service_text (self, service_id);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->service_row), text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->service_row), text != NULL);
  gtk_widget_set_visible (self->stop_button, text != NULL);
  gtk_widget_set_visible (self->edit_button, text != NULL && self->library
                          && pd_library_lookup_service (self->library, service_id));
  gtk_widget_set_visible (GTK_WIDGET (self),
                          text != NULL || gtk_widget_get_visible (GTK_WIDGET (self->link_row)));
}

void
pd_shared_group_set_library (PdSharedGroup *self,
                             PdLibrary     *library)
{
  g_return_if_fail (PD_IS_SHARED_GROUP (self));

  g_set_object (&self->library, library);
  update (self);
}

void
pd_shared_group_set_node (PdSharedGroup *self,
                          PdDocument    *document,
                          PdNode        *node)
{
  g_return_if_fail (PD_IS_SHARED_GROUP (self));

  g_set_object (&self->document, document);
  g_set_object (&self->node, node);
  g_signal_group_set_target (self->node_signals, node);
  update (self);
}

const char *
pd_shared_group_get_service_text (PdSharedGroup *self)
{
  g_return_val_if_fail (PD_IS_SHARED_GROUP (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self))
      || !gtk_widget_get_visible (GTK_WIDGET (self->service_row)))
    return NULL;
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->service_row));
}

static GtkWidget *
action_button (const char *label,
               const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

GtkWidget *
pd_shared_group_new (void)
{
  return g_object_new (PD_TYPE_SHARED_GROUP, NULL);
}

static void
pd_shared_group_dispose (GObject *object)
{
  PdSharedGroup *self = PD_SHARED_GROUP (object);

  if (self->node_signals)
    g_signal_group_set_target (self->node_signals, NULL);
  g_clear_object (&self->node_signals);
  g_clear_object (&self->library);
  g_clear_object (&self->document);
  g_clear_object (&self->node);
  G_OBJECT_CLASS (pd_shared_group_parent_class)->dispose (object);
}

static void
pd_shared_group_class_init (PdSharedGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pd_shared_group_dispose;
}

static void
pd_shared_group_init (PdSharedGroup *self)
{
  GtkWidget *buttons;

  self->link_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_action_row_set_subtitle (self->link_row, _("Linked pathway"));
  adw_action_row_add_suffix (self->link_row, action_button (_("_Open Linked Pathway"),
                                                            "win.open-linked-pathway"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->link_row));
  self->service_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->service_row), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->service_row));
  /* Below the rows, as wide as their words need. */
  /* One above the other: the side pane is narrow. */
  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_START);
  gtk_widget_set_margin_top (buttons, 6);
  self->edit_button = action_button (_("_Edit Shared Service…"), "win.edit-shared-service");
  gtk_box_append (GTK_BOX (buttons), self->edit_button);
  self->stop_button = action_button (_("_Stop Using the Shared Service"),
                                     "win.stop-shared-service");
  gtk_widget_set_halign (self->edit_button, GTK_ALIGN_FILL);
  gtk_box_append (GTK_BOX (buttons), self->stop_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), buttons);
  self->node_signals = g_signal_group_new (PD_TYPE_NODE);
  g_signal_group_connect_swapped (self->node_signals, "notify", G_CALLBACK (update), self);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
