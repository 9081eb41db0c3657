/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's size and maximised state, remembered from the last window
 * closed for the next one opened; and View options remembered as they
 * change. */
#include "pd-window-private.h"

GSettings *
pd_window_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Run from the build folder without its schema, the designer works and
   * merely forgets the size. */
  if (source)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  return schema ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

void
pd_window_restore_state (PdWindow *self)
{
  g_autoptr(GSettings) settings = pd_window_settings ();

  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

void
pd_window_save_state (PdWindow *self)
{
  g_autoptr(GSettings) settings = pd_window_settings ();
  gboolean maximized;
  int width, height;

  if (settings == NULL)
    return;
  maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  g_settings_set_boolean (settings, "window-maximized", maximized);
  /* A maximised window keeps the size it returns to. */
  if (maximized)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", CLAMP (width, 360, 32767));
      g_settings_set_int (settings, "window-height", CLAMP (height, 294, 32767));
    }
}

/* View ▸ Show Durations and Roles: the canvas draws each step's details,
 * and the next window starts the same way. */
static void
details_changed (GSimpleAction *action,
                 GVariant      *state,
                 gpointer       user_data)
{
  PdWindow *self = PD_WINDOW (user_data);
  g_autoptr(GSettings) settings = pd_window_settings ();

  g_simple_action_set_state (action, state);
  pd_canvas_set_details (self->canvas, g_variant_get_boolean (state));
  if (settings)
    g_settings_set_boolean (settings, "show-details", g_variant_get_boolean (state));
}

/* View ▸ Show People a Year: the canvas writes each step's and
 * transition's people a year, and the next window starts the same way. */
static void
flow_changed (GSimpleAction *action,
              GVariant      *state,
              gpointer       user_data)
{
  PdWindow *self = PD_WINDOW (user_data);
  g_autoptr(GSettings) settings = pd_window_settings ();

  g_simple_action_set_state (action, state);
  pd_canvas_set_flow (self->canvas, g_variant_get_boolean (state));
  if (settings)
    g_settings_set_boolean (settings, "show-flow", g_variant_get_boolean (state));
}

/* People a year asked for but not shown: why, once each time it changes. */
static void
on_flow_problem (PdWindow *self)
{
  const char *problem = pd_canvas_get_flow_problem (self->canvas);

  if (problem)
    pd_window_toast (self, problem);
}

static void
restore_toggle (PdWindow   *self,
                GSettings  *settings,
                const char *name,
                void      (*apply) (PdCanvas *canvas, gboolean on))
{
  gboolean on = settings && g_settings_get_boolean (settings, name);

  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                          name)),
                             g_variant_new_boolean (on));
  apply (self->canvas, on);
}

void
pd_window_init_view_options (PdWindow *self)
{
  static const GActionEntry entries[] = {
    { "show-details", NULL, NULL, "false", details_changed },
    { "show-flow", NULL, NULL, "false", flow_changed },
  };
  g_autoptr(GSettings) settings = pd_window_settings ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  g_signal_connect_object (self->canvas, "notify::flow-problem", G_CALLBACK (on_flow_problem),
                           self, G_CONNECT_SWAPPED);
  restore_toggle (self, settings, "show-details", pd_canvas_set_details);
  restore_toggle (self, settings, "show-flow", pd_canvas_set_flow);
}
