/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-capacity-chart.h"
#include "pd-capacity-text.h"

#define PAD 6
#define GAP 3          /* between a role's name and its bars, and between the bars */
#define GROUP_GAP 12   /* between one role and the next */
#define HATCH 6        /* between the hatching's lines */

struct _PdCapacityChart
{
  GtkWidget parent_instance;

  GArray *bars;         /* of PdCapacityBar, the labels owned */
  char *description;
};

G_DEFINE_FINAL_TYPE (PdCapacityChart, pd_capacity_chart, GTK_TYPE_WIDGET)

static void
clear_bar (gpointer data)
{
  PdCapacityBar *bar = data;

  g_free ((char *) bar->label);
}

static PangoLayout *
layout_for (PdCapacityChart *self,
            const char      *text)
{
  return gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
}

/* The height of a line of text, which is also a bar's thickness: bars grow
 * with the text size. */
static int
line_height (PdCapacityChart *self)
{
  g_autoptr(PangoLayout) layout = layout_for (self, "0");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static char *
needed_text (const PdCapacityBar *bar)
{
  g_autofree char *wte = pd_capacity_text_wte (bar->needed);

  /* Translators: whole-time equivalents needed, beside their bar. */
  return g_strdup_printf (_("%s needed"), wte);
}

static char *
in_post_text (const PdCapacityBar *bar)
{
  g_autofree char *wte = NULL;

  if (!bar->has_in_post)
    return g_strdup (_("in post not given"));
  wte = pd_capacity_text_wte (bar->in_post);
  /* Translators: whole-time equivalents in post, beside their bar. */
  return g_strdup_printf (_("%s in post"), wte);
}

/* Without staff in post for any role, only what is needed is drawn. */
static gboolean
any_in_post (PdCapacityChart *self)
{
  for (guint i = 0; i < self->bars->len; i++)
    if (g_array_index (self->bars, PdCapacityBar, i).has_in_post)
      return TRUE;
  return FALSE;
}

/* The widest figure written beside a bar, so that the bars leave room. */
static int
figures_width (PdCapacityChart *self)
{
  int widest = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      const PdCapacityBar *bar = &g_array_index (self->bars, PdCapacityBar, i);
      g_autofree char *needed = needed_text (bar);
      g_autofree char *in_post = in_post_text (bar);
      g_autoptr(PangoLayout) a = layout_for (self, needed);
      g_autoptr(PangoLayout) b = layout_for (self, in_post);
      int wa, wb;

      pango_layout_get_pixel_size (a, &wa, NULL);
      pango_layout_get_pixel_size (b, &wb, NULL);
      widest = MAX (widest, any_in_post (self) ? MAX (wa, wb) : wa);
    }
  return widest;
}

static double
largest (PdCapacityChart *self)
{
  double most = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      const PdCapacityBar *bar = &g_array_index (self->bars, PdCapacityBar, i);

      most = MAX (most, bar->needed);
      if (bar->has_in_post)
        most = MAX (most, bar->in_post);
    }
  return most;
}

static void
get_colors (PdCapacityChart *self,
            GdkRGBA         *fg,
            GdkRGBA         *fill)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (style, fg);
  /* The accent where the style has one; its outline is the text's colour,
   * so that a bar stands out in high contrast as well. */
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", fill))
    {
      *fill = *fg;
      fill->alpha = 0.6f;
    }
}

static void
draw_text (cairo_t         *cr,
           PdCapacityChart *self,
           const char      *text,
           double           x,
           double           y,
           int              width)
{
  g_autoptr(PangoLayout) layout = layout_for (self, text);

  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Needed: filled and outlined. */
static void
draw_filled (cairo_t       *cr,
             double         x,
             double         y,
             double         width,
             double         height,
             const GdkRGBA *fg,
             const GdkRGBA *fill)
{
  cairo_rectangle (cr, x + 0.5, y + 0.5, MAX (width - 1, 1), height - 1);
  gdk_cairo_set_source_rgba (cr, fill);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, fg);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* In post: outlined and hatched, so that it differs from Needed in shape
 * as well as colour. */
static void
draw_hatched (cairo_t       *cr,
              double         x,
              double         y,
              double         width,
              double         height,
              const GdkRGBA *fg)
{
  cairo_save (cr);
  cairo_rectangle (cr, x + 1, y + 1, MAX (width - 2, 1), height - 2);
  cairo_clip_preserve (cr);
  gdk_cairo_set_source_rgba (cr, fg);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  cairo_set_line_width (cr, 1);
  for (double hx = x - height; hx < x + width; hx += HATCH)
    {
      cairo_move_to (cr, hx, y + height);
      cairo_line_to (cr, hx + height, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_legend (cairo_t         *cr,
             PdCapacityChart *self,
             int              line,
             const GdkRGBA   *fg,
             const GdkRGBA   *fill)
{
  g_autoptr(PangoLayout) needed = layout_for (self, _("Needed"));
  int width;

  draw_filled (cr, PAD, PAD, line, line, fg, fill);
  gdk_cairo_set_source_rgba (cr, fg);
  draw_text (cr, self, _("Needed"), PAD + line + GAP * 2, PAD, -1);
  if (!any_in_post (self))
    return;
  pango_layout_get_pixel_size (needed, &width, NULL);
  draw_hatched (cr, PAD + line + GAP * 2 + width + GROUP_GAP, PAD, line, line, fg);
  gdk_cairo_set_source_rgba (cr, fg);
  draw_text (cr, self, _("In post"), PAD + 2 * (line + GAP * 2) + width + GROUP_GAP,
             PAD, -1);
}

static void
draw_chart (PdCapacityChart *self,
            cairo_t         *cr,
            int              width)
{
  int line = line_height (self);
  int figures = figures_width (self);
  double room = MAX (width - 2 * PAD - figures - GAP * 2, 10);
  double most = largest (self);
  double y = PAD + line + GROUP_GAP;
  gboolean with_in_post = any_in_post (self);
  GdkRGBA fg, fill;

  get_colors (self, &fg, &fill);
  draw_legend (cr, self, line, &fg, &fill);
  for (guint i = 0; i < self->bars->len; i++)
    {
      const PdCapacityBar *bar = &g_array_index (self->bars, PdCapacityBar, i);
      g_autofree char *needed = needed_text (bar);
      g_autofree char *in_post = in_post_text (bar);
      double needed_width = most > 0 ? room * bar->needed / most : 0;
      double post_width = most > 0 && bar->has_in_post ? room * bar->in_post / most : 0;

      gdk_cairo_set_source_rgba (cr, &fg);
      draw_text (cr, self, bar->label, PAD, y, width - 2 * PAD);
      y += line + GAP;
      if (needed_width > 0)
        draw_filled (cr, PAD, y, needed_width, line, &fg, &fill);
      gdk_cairo_set_source_rgba (cr, &fg);
      draw_text (cr, self, needed, PAD + needed_width + GAP * 2, y, -1);
      if (with_in_post)
        {
          y += line + GAP;
          if (post_width > 0)
            draw_hatched (cr, PAD, y, post_width, line, &fg);
          gdk_cairo_set_source_rgba (cr, &fg);
          draw_text (cr, self, in_post, PAD + post_width + GAP * 2, y, -1);
        }
      y += line + GROUP_GAP;
    }
}

static void
pd_capacity_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PdCapacityChart *self = PD_CAPACITY_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_chart (self, cr, width);
  cairo_destroy (cr);
}

static void
pd_capacity_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  PdCapacityChart *self = PD_CAPACITY_CHART (widget);
  int line = line_height (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 2 * PAD + figures_width (self) + 60;
      *natural = MAX (*minimum, 300);
    }
  else
    {
      /* The legend, then each role's name and its bar or two. */
      int bars = any_in_post (self) ? 2 : 1;

      *minimum = *natural = 2 * PAD + line + GROUP_GAP
                            + (int) self->bars->len * ((1 + bars) * (line + GAP) + GROUP_GAP);
    }
}

static void
pd_capacity_chart_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (pd_capacity_chart_parent_class)->css_changed (widget, change);
  /* Dark or high contrast, or another text size. */
  gtk_widget_queue_resize (widget);
}

static void
pd_capacity_chart_finalize (GObject *object)
{
  PdCapacityChart *self = PD_CAPACITY_CHART (object);

  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->description, g_free);
  G_OBJECT_CLASS (pd_capacity_chart_parent_class)->finalize (object);
}

static void
pd_capacity_chart_class_init (PdCapacityChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pd_capacity_chart_finalize;
  widget_class->snapshot = pd_capacity_chart_snapshot;
  widget_class->measure = pd_capacity_chart_measure;
  widget_class->css_changed = pd_capacity_chart_css_changed;
  gtk_widget_class_set_css_name (widget_class, "capacitychart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pd_capacity_chart_init (PdCapacityChart *self)
{
  self->bars = g_array_new (FALSE, TRUE, sizeof (PdCapacityBar));
  g_array_set_clear_func (self->bars, clear_bar);
  self->description = g_strdup ("");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Staff needed and in post"), -1);
}

GtkWidget *
pd_capacity_chart_new (void)
{
  return g_object_new (PD_TYPE_CAPACITY_CHART, NULL);
}

static char *
describe (const PdCapacityBar *bars,
          guint                n_bars)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_bars; i++)
    {
      g_autofree char *needed = pd_capacity_text_wte (bars[i].needed);
      g_autofree char *in_post = pd_capacity_text_wte (bars[i].in_post);

      if (text->len)
        g_string_append_c (text, ' ');
      if (bars[i].has_in_post)
        /* Translators: a role, WTE needed, WTE in post. */
        g_string_append_printf (text, _("%s: %s WTE needed, %s in post."), bars[i].label,
                                needed, in_post);
      else
        /* Translators: a role, WTE needed. */
        g_string_append_printf (text, _("%s: %s WTE needed, in post not given."),
                                bars[i].label, needed);
    }
  return g_string_free (text, FALSE);
}

void
pd_capacity_chart_set_bars (PdCapacityChart     *self,
                            const PdCapacityBar *bars,
                            guint                n_bars)
{
  g_return_if_fail (PD_IS_CAPACITY_CHART (self));
  g_return_if_fail (bars != NULL || n_bars == 0);

  g_array_set_size (self->bars, 0);
  for (guint i = 0; i < n_bars; i++)
    {
      PdCapacityBar copy = bars[i];

      copy.label = g_strdup (bars[i].label);
      g_array_append_val (self->bars, copy);
    }
  g_free (self->description);
  self->description = describe (bars, n_bars);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
pd_capacity_chart_get_n_bars (PdCapacityChart *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_CHART (self), 0);
  return self->bars->len;
}

const char *
pd_capacity_chart_get_description (PdCapacityChart *self)
{
  g_return_val_if_fail (PD_IS_CAPACITY_CHART (self), NULL);
  return self->description;
}
