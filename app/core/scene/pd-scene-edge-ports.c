/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Ports: where several transitions meet one side of a step, their ends
 * spread along that side, in the order of their other ends, rather than
 * all aimed at its centre and bundled into one point; so they neither
 * hide one another nor cross near the step. */
#include <math.h>

#include "pd-scene-edge-private.h"

/* The share of a side the ends spread over: clear of its corners. */
#define PORT_SPAN 0.6
/* Fewer ends than this on a side all aim at its middle: a line or two
 * run straightest so. */
#define PORT_MIN_ENDS 3
/* Nor further apart than this, so that a few ends stay near the middle. */
#define PORT_MAX_GAP 18.0
/* Nor nearer than this, where the side is long enough: arrowheads, 10
 * across, would overlap; so many ends spread over up to this share of
 * the side. */
#define PORT_MIN_GAP 10.0
#define PORT_CROWDED_SPAN 0.85

typedef enum { SIDE_LEFT, SIDE_RIGHT, SIDE_TOP, SIDE_BOTTOM } Side;

/* One end of a transition on a step's side. */
typedef struct {
  PdNode *node;        /* the step this end is on */
  Side    side;
  double  key;         /* the other end's place along the side */
  double  distance;    /* and how far it is: nearer first on a tie */
  guint   edge;        /* the transition's number, for a stable order */
  gboolean to;         /* the end the arrow points at */
} End;

static int
by_side_then_key (gconstpointer a,
                  gconstpointer b)
{
  const End *x = a, *y = b;
  int c = g_strcmp0 (pd_node_get_id (x->node), pd_node_get_id (y->node));

  if (c)
    return c;
  if (x->side != y->side)
    return (int) x->side - (int) y->side;
  if (x->key != y->key)
    return (x->key > y->key) - (x->key < y->key);
  if (x->distance != y->distance)
    return (x->distance > y->distance) - (x->distance < y->distance);
  if (x->edge != y->edge)
    return (x->edge > y->edge) - (x->edge < y->edge);
  return (int) x->to - (int) y->to;
}

/* The side of @a that a straight line to the centre of @c leaves by, and
 * that centre's place along it. */
static End
end_on (PdSceneBuilder *b,
        PdNode         *node,
        PdNode         *other,
        guint           edge,
        gboolean        to)
{
  PdRect a = pd_scene_node_rect (b, node), c = pd_scene_node_rect (b, other);
  double dx = c.x + c.width / 2 - (a.x + a.width / 2);
  double dy = c.y + c.height / 2 - (a.y + a.height / 2);
  End end = { node, 0, 0, hypot (dx, dy), edge, to };

  if (fabs (dx) / MAX (a.width, 1) >= fabs (dy) / MAX (a.height, 1))
    {
      end.side = dx < 0 ? SIDE_LEFT : SIDE_RIGHT;
      end.key = c.y + c.height / 2;
    }
  else
    {
      end.side = dy < 0 ? SIDE_TOP : SIDE_BOTTOM;
      end.key = c.x + c.width / 2;
    }
  return end;
}

/* The point of @node's border for the @i'th of @m ends on @side. */
static void
port_point (PdSceneBuilder *b,
            PdNode         *node,
            Side            side,
            guint           i,
            guint           m,
            double         *x,
            double         *y)
{
  PdRect r = pd_scene_node_rect (b, node);
  gboolean upright = side == SIDE_LEFT || side == SIDE_RIGHT;
  double length = upright ? r.height : r.width;
  double span = MAX (PORT_SPAN, MIN (PORT_CROWDED_SPAN, PORT_MIN_GAP * (m - 1) / length));
  double gap = MIN (length * span / (m - 1), PORT_MAX_GAP);
  double along = (i - (m - 1) / 2.0) * gap;
  double tx, ty;

  if (upright)
    {
      tx = side == SIDE_LEFT ? r.x : r.x + r.width;
      ty = r.y + r.height / 2 + along;
    }
  else
    {
      tx = r.x + r.width / 2 + along;
      ty = side == SIDE_TOP ? r.y : r.y + r.height;
    }
  /* On the step's own outline, on the way from its centre to that point
   * of its box. */
  pd_node_border_point (pd_node_get_kind (node), &r, tx, ty, x, y);
}

GHashTable *
pd_scene_plan_ports (PdSceneBuilder *b,
                     GPtrArray      *edges)
{
  GHashTable *ports = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (End));

  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);
      PdNode *from = pd_document_get_node (b->document, pd_edge_get_from_id (edge));
      PdNode *to = pd_document_get_node (b->document, pd_edge_get_to_id (edge));
      End end;

      if (from == NULL || to == NULL || from == to)
        continue;
      /* Lines both ways between two steps are kept apart already. */
      if (pd_scene_edge_runs_both_ways (b, edge))
        continue;
      end = end_on (b, from, to, i, FALSE);
      g_array_append_val (ends, end);
      end = end_on (b, to, from, i, TRUE);
      g_array_append_val (ends, end);
    }
  g_array_sort (ends, by_side_then_key);
  for (guint s = 0, e; s < ends->len; s = e)
    {
      const End *first = &g_array_index (ends, End, s);

      for (e = s; e < ends->len && g_array_index (ends, End, e).node == first->node
                  && g_array_index (ends, End, e).side == first->side; e++)
        ;
      if (e - s < PORT_MIN_ENDS)
        continue;
      for (guint k = s; k < e; k++)
        {
          const End *end = &g_array_index (ends, End, k);
          PdEdge *edge = g_ptr_array_index (edges, end->edge);
          PdScenePorts *port = g_hash_table_lookup (ports, pd_edge_get_id (edge));

          if (port == NULL)
            {
              port = g_new0 (PdScenePorts, 1);
              g_hash_table_insert (ports, (gpointer) pd_edge_get_id (edge), port);
            }
          port->has[end->to] = TRUE;
          port_point (b, end->node, end->side, k - s, e - s, &port->x[end->to],
                      &port->y[end->to]);
        }
    }
  return ports;
}
