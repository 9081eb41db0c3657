/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Zoom In, Out, Actual Size and to Fit, and the zoom the header bar shows
 * whatever changed it (keys, Ctrl+scroll, a pinch, fitting). */
#include <glib/gi18n.h>
#include <math.h>

#include "pd-window-private.h"

/* One key press zooms by this much. */
#define ZOOM_STEP 1.25

static void
zoom (GtkWidget  *widget,
      const char *action,
      GVariant   *parameter)
{
  PdCanvas *canvas = PD_WINDOW (widget)->canvas;
  double current = pd_canvas_get_zoom (canvas);

  if (g_str_equal (action, "win.zoom-fit"))
    pd_canvas_zoom_to_fit (canvas);
  else if (g_str_equal (action, "win.zoom-in"))
    pd_canvas_set_zoom (canvas, current * ZOOM_STEP);
  else if (g_str_equal (action, "win.zoom-out"))
    pd_canvas_set_zoom (canvas, current / ZOOM_STEP);
  else
    pd_canvas_set_zoom (canvas, 1.0);
}

static void
on_zoom (PdWindow *self)
{
  /* Translators: the zoom of the diagram in the header bar, e.g. "100%". */
  g_autofree char *label = g_strdup_printf (_("%d%%"),
                                            (int) round (pd_canvas_get_zoom (self->canvas)
                                                         * 100));

  gtk_menu_button_set_label (self->zoom_button, label);
}

void
pd_window_class_init_zoom (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, zoom_button);
}

void
pd_window_init_zoom (PdWindow *self)
{
  g_signal_connect_object (self->canvas, "notify::zoom", G_CALLBACK (on_zoom), self,
                           G_CONNECT_SWAPPED);
  on_zoom (self);
}
