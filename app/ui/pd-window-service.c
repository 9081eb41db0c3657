/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Edit Shared Service: the selected step's service edited in one place,
 * written to the library's library.xml and given to the pathway shown as
 * one undo step. */
#include <glib/gi18n.h>

#include "pd-library-edit.h"
#include "pd-service-dialog.h"
#include "pd-window-private.h"

static void
on_saved (PdServiceDialog *dialog,
          const char      *service_id,
          PdWindow        *self)
{
  /* Another library opened meanwhile has services of its own. */
  if (self->library == NULL || self->library != pd_service_dialog_get_library (dialog))
    return;
  /* Its steps' copies change: the pathway is modified, one undo step. */
  pd_library_update_document (self->library, self->document, service_id,
                              _("Edit Shared Service"));
  /* The group and the library's list say the service's new title. */
  pd_inspector_set_library (self->inspector, self->library);
  pd_library_panel_update_services (self->library_panel);
  pd_window_toast (self, _("Shared service saved in library.xml. Other pathways’ files keep "
                           "their old copy until each is saved."));
}

static void
present_dialog (PdWindow   *self,
                const char *service_id)
{
  PdServiceDialog *dialog = pd_service_dialog_new (GTK_WINDOW (self), self->library,
                                                   service_id);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The selected step's service, when the open library defines it. */
static const char *
selected_service (PdWindow *self)
{
  PdSelection *selection = pd_canvas_get_selection (self->canvas);
  const char *id = pd_selection_get_last (selection);
  PdNode *node = id ? pd_document_get_node (self->document, id) : NULL;
  const char *service_id = node ? pd_node_get_service (node) : NULL;

  if (service_id == NULL || self->library == NULL
      || pd_library_lookup_service (self->library, service_id) == NULL)
    return NULL;
  return service_id;
}

static void
edit_shared_service (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  const char *service_id = selected_service (self);

  if (service_id == NULL)
    {
      pd_window_toast (self, _("Select a step that uses a service of the open library"));
      return;
    }
  present_dialog (self, service_id);
}

/* From the Library page: any service of the library, by id. */
static void
edit_library_service (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  const char *service_id = g_variant_get_string (parameter, NULL);

  if (self->library && pd_library_lookup_service (self->library, service_id))
    present_dialog (self, service_id);
}

void
pd_window_class_init_service (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-shared-service", NULL,
                                   edit_shared_service);
  gtk_widget_class_install_action (widget_class, "win.edit-library-service", "s",
                                   edit_library_service);
}
