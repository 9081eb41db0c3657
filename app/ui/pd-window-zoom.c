/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Zoom In, Out, Actual Size and to Fit, and the zoom the header bar shows
 * whatever changed it (keys, Ctrl+scroll, a pinch, fitting). */
#include <glib/gi18n.h>
#include <math.h>

#include "pd-window-private.h"

/* One key press zooms by this much. */
#define ZOOM_STEP 1.25
/* The text size GTK takes as ordinary: 96 dpi, in 1024ths. */
#define ORDINARY_DPI (96 * 1024)

/* The diagram's own size follows the system's text size: with GNOME's
 * Large Text (1.5) the diagram's actual size is 150%. */
double
pd_window_text_scale (PdWindow *self)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  int dpi = 0;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    return 1.0;
  return CLAMP ((double) dpi / ORDINARY_DPI, 1.0, 3.0);
}

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
    pd_canvas_set_zoom (canvas, pd_window_text_scale (PD_WINDOW (widget)));
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

/* The system's text size changed: a diagram at its actual size follows. */
static void
on_text_size (PdWindow *self)
{
  double scale = pd_window_text_scale (self);

  if (fabs (pd_canvas_get_zoom (self->canvas) - self->text_scale) < 1e-9)
    pd_canvas_set_zoom (self->canvas, scale);
  self->text_scale = scale;
}

void
pd_window_init_zoom (PdWindow *self)
{
  g_signal_connect_object (self->canvas, "notify::zoom", G_CALLBACK (on_zoom), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-xft-dpi",
                           G_CALLBACK (on_text_size), self, G_CONNECT_SWAPPED);
  self->text_scale = 1.0;
  on_text_size (self);
  on_zoom (self);
}
