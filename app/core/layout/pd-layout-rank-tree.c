/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The first tight tree of network simplex ranking, grown from a feasible
 * ranking. */
#include "pd-layout-rank.h"

/* A binary heap of (key, link) packed in 64 bits: least key first, then
 * the lowest link. */
typedef struct {
  guint64 *items;
  guint    len;
} Heap;

#define HEAP_BIAS ((gint64) G_MAXINT32)

static void
heap_push (Heap   *h,
           gint64  key,
           guint   e)
{
  guint i = h->len++;
  guint64 item = ((guint64) (key + HEAP_BIAS) << 32) | e;

  while (i > 0 && h->items[(i - 1) / 2] > item)
    {
      h->items[i] = h->items[(i - 1) / 2];
      i = (i - 1) / 2;
    }
  h->items[i] = item;
}

static guint64
heap_pop (Heap *h)
{
  guint64 top = h->items[0], last = h->items[--h->len];
  guint i = 0;

  for (;;)
    {
      guint c = 2 * i + 1;

      if (c >= h->len)
        break;
      if (c + 1 < h->len && h->items[c + 1] < h->items[c])
        c++;
      if (h->items[c] >= last)
        break;
      h->items[i] = h->items[c];
      i = c;
    }
  if (h->len)
    h->items[i] = last;
  return top;
}

static inline gint64
heap_key (guint64 item)
{
  return (gint64) (item >> 32) - HEAP_BIAS;
}

/* A tight tree spanning each connected part of the graph, from a
 * feasible ranking: grown from the part's first node along tight links;
 * when none is left, the tree is moved as a whole along the flow by the
 * least slack of a link with one end in it, which makes that link tight
 * and keeps every link at least one rank long. Ranks of the tree's nodes
 * are kept less @shift, the tree's move, until the part is done. */
void
pd_layout_rank_feasible_tree (Simplex *s)
{
  g_autofree guint8 *in_tree = g_new0 (guint8, s->n);
  g_autofree guint *stack = g_new (guint, MAX (s->n, 1));
  g_autofree guint *part = g_new (guint, MAX (s->n, 1));
  Heap out = { g_new (guint64, MAX (s->n_links, 1)), 0 };   /* tree → not, by head rank less tail */
  Heap in = { g_new (guint64, MAX (s->n_links, 1)), 0 };    /* not → tree, by tail rank less head */

  for (guint root = 0; root < s->n; root++)
    {
      guint depth = 0, n_part = 0;
      gint shift = 0;

      if (in_tree[root])
        continue;
      in_tree[root] = 1;
      stack[depth++] = root;
      for (;;)
        {
          guint64 item_out, item_in, e, v;
          gint slack_out, slack_in;

          /* Each node as it joins: its links to nodes not in the tree,
           * tight ones followed at once. */
          while (depth)
            {
              guint t = stack[--depth];

              part[n_part++] = t;
              for (guint k = s->out_start[t]; k < s->out_start[t + 1]; k++)
                {
                  guint f = s->out[k], w = s->links[f].to;

                  if (in_tree[w])
                    continue;
                  if (s->rank[w] - (s->rank[t] + shift) - 1 == 0)
                    {
                      in_tree[w] = 1;
                      s->rank[w] -= shift;
                      tree_add (s, f);
                      stack[depth++] = w;
                    }
                  else
                    heap_push (&out, (gint64) s->rank[w] - s->rank[t], f);
                }
              for (guint k = s->in_start[t]; k < s->in_start[t + 1]; k++)
                {
                  guint f = s->in[k], w = s->links[f].from;

                  if (in_tree[w])
                    continue;
                  if (s->rank[t] + shift - s->rank[w] - 1 == 0)
                    {
                      in_tree[w] = 1;
                      s->rank[w] -= shift;
                      tree_add (s, f);
                      stack[depth++] = w;
                    }
                  else
                    heap_push (&in, (gint64) s->rank[t] - s->rank[w], f);
                }
            }
          /* Links whose far end has joined since are inside the tree. */
          while (out.len && in_tree[s->links[out.items[0] & G_MAXUINT32].to])
            heap_pop (&out);
          while (in.len && in_tree[s->links[in.items[0] & G_MAXUINT32].from])
            heap_pop (&in);
          if (out.len == 0 && in.len == 0)
            break;
          item_out = out.len ? out.items[0] : 0;
          item_in = in.len ? in.items[0] : 0;
          slack_out = out.len ? heap_key (item_out) - shift - 1 : G_MAXINT;
          slack_in = in.len ? heap_key (item_in) + shift - 1 : G_MAXINT;
          if (slack_out <= slack_in)
            {
              /* The tree moves on, down to the link's head. */
              e = heap_pop (&out) & G_MAXUINT32;
              v = s->links[e].to;
              shift += slack_out;
            }
          else
            {
              /* The tree moves back, up to the link's tail. */
              e = heap_pop (&in) & G_MAXUINT32;
              v = s->links[e].from;
              shift -= slack_in;
            }
          in_tree[v] = 1;
          s->rank[v] -= shift;
          tree_add (s, e);
          stack[depth++] = v;
        }
      for (guint k = 0; k < n_part; k++)
        s->rank[part[k]] += shift;
    }
  g_free (out.items);
  g_free (in.items);
}
