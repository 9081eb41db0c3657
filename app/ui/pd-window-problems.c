/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The library's problems on the Library page: checked when the library is
 * opened and again with Check Library; a problem opens its pathway with
 * its step selected. */
#include <glib/gi18n.h>

#include "pd-window-private.h"

static PdLibraryProblems *
problems_of (PdWindow *self)
{
  return pd_library_panel_get_problems (self->library_panel);
}

void
pd_window_check_library (PdWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-library", self->library != NULL);
  if (self->library)
    pd_library_problems_check (problems_of (self), pd_library_get_folder (self->library));
  else
    pd_library_problems_clear (problems_of (self));
}

static void
check_library (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  if (self->library == NULL)
    return;
  adw_view_stack_page_set_visible (self->library_page, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, "library");
  adw_flap_set_reveal_flap (self->flap, TRUE);
  pd_window_check_library (self);
}

/* The pathway of the library open now whose file is @file. */
static void
on_open (PdWindow   *self,
         GFile      *file,
         const char *object_id)
{
  for (guint i = 0; self->library && i < pd_library_get_n_entries (self->library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (self->library, i);

      if (g_file_equal (pd_library_entry_get_file (entry), file))
        {
          pd_window_open_library_entry (self, entry, object_id);
          return;
        }
    }
  pd_window_toast (self, _("The pathway is no longer in the library: check it again"));
}

void
pd_window_init_problems (PdWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-library", FALSE);
  g_signal_connect_object (problems_of (self), "open", G_CALLBACK (on_open), self,
                           G_CONNECT_SWAPPED);
}

void
pd_window_class_init_problems (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.check-library", NULL, check_library);
}
