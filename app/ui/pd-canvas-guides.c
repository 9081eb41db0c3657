/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where a dragged step lands: on a line of a step near it, else on the
 * grid; the lines it then shares are drawn as guides. */
#include "pd-canvas-private.h"

/* A dragged step snaps to a line of a step near it this many pixels off. */
#define GUIDE_PIXELS 6.0

double
pd_canvas_snap (PdCanvas *self,
                double    value)
{
  return pd_view_snap (value, self->grid);
}

/* The steps in view that are not dragged, whose lines the grabbed step
 * snaps to. */
GArray *
pd_canvas_collect_guide_steps (PdCanvas  *self,
                               GPtrArray *nodes)
{
  g_autoptr(GHashTable) dragged = g_hash_table_new (g_str_hash, g_str_equal);
  PdRect area;
  double x1, y1;

  for (guint i = 0; i < nodes->len; i++)
    g_hash_table_add (dragged, (gpointer) pd_node_get_id (g_ptr_array_index (nodes, i)));
  pd_canvas_to_document (self, 0, 0, &area.x, &area.y);
  pd_canvas_to_document (self, gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)), &x1, &y1);
  area.width = x1 - area.x;
  area.height = y1 - area.y;
  return pd_guides_collect (self->document, dragged, &area);
}

/* Where the grabbed step goes, its corner (@x, @y), for a drag of (@dx,
 * @dy): each way, onto a side or centre of a step near it when one is a
 * few pixels off, else onto the grid. The lines it then shares with other
 * steps are the guides drawn. */
void
pd_canvas_place_grabbed (PdCanvas *self,
                         double    dx,
                         double    dy,
                         double   *x,
                         double   *y)
{
  PdNode *grabbed = pd_document_get_node (self->document, self->drag_node);
  PdRect rect = { self->start_x + dx, self->start_y + dy, 0, 0 };
  gboolean on_x = FALSE, on_y = FALSE;

  g_array_set_size (self->guides, 0);
  if (grabbed)
    {
      rect.width = pd_node_get_width (grabbed);
      rect.height = pd_node_get_height (grabbed);
      pd_guides_snap (&rect, self->guide_steps, GUIDE_PIXELS / self->view.zoom, &on_x, &on_y);
    }
  *x = on_x ? rect.x : pd_canvas_snap (self, self->start_x + dx);
  *y = on_y ? rect.y : pd_canvas_snap (self, self->start_y + dy);
  rect.x = *x;
  rect.y = *y;
  if (grabbed)
    pd_guides_find (&rect, self->guide_steps, self->guides);
}
