/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Network simplex ranking's state, shared by pd-layout-rank.c (the
 * pivots) and pd-layout-rank-tree.c (the first tight tree). */
#pragma once

#include "pd-layout-private.h"

G_BEGIN_DECLS

typedef struct {
  guint  n, n_links;
  const Link *links;
  gint   *rank;
  guint  *out_start, *out;   /* links out of each node, packed */
  guint  *in_start, *in;     /* and into it */
  guint  *tree_count;        /* tree links of each node, in tree[] ... */
  guint  *tree;              /* ... at its out_start + in_start */
  guint  *tree_start;
  gint   *cut;               /* of each tree link */
  gint   *slot;              /* of each link in tree_links, -1 off the tree */
  guint  *tree_links;
  guint   n_tree;
  guint  *par;               /* link to each node's parent, G_MAXUINT at a root */
  guint  *low, *lim;
  guint  *by_lim;            /* the node numbered lim */
  guint  *component;         /* of each node: its root's low */
  guint  *component_lim;     /* of each node: its root's lim */
  guint   search_from;
  guint64 work;              /* nodes and links looked at, for the bound */
} Simplex;

/* How many ranks longer than it must be link @e is. */
static inline gint
slack (Simplex *s,
       guint    e)
{
  return s->rank[s->links[e].to] - s->rank[s->links[e].from] - 1;
}

/* The end of link @e that is not @v. */
static inline guint
other_end (Simplex *s,
           guint    e,
           guint    v)
{
  return s->links[e].from == v ? s->links[e].to : s->links[e].from;
}

/* Link @e into the tree, at both its ends. */
static inline void
tree_add (Simplex *s,
          guint    e)
{
  guint a = s->links[e].from, b = s->links[e].to;

  s->tree[s->tree_start[a] + s->tree_count[a]++] = e;
  s->tree[s->tree_start[b] + s->tree_count[b]++] = e;
}

/* pd-layout-rank-tree.c: a tight tree spanning each connected part of
 * the graph, its links in @s->tree, and @s->rank changed to keep it
 * feasible. */
void    pd_layout_rank_feasible_tree (Simplex *s);

G_END_DECLS
