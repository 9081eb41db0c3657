/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Counting crossings of straight lines: what the layout lowers and what
 * pathway layout reports. */
#include <string.h>

#include "pd-edge.h"
#include "pd-layout-private.h"

static const double *sweep_segments;   /* for by_left_end, under the lock */
G_LOCK_DEFINE_STATIC (sweeping);

static gboolean
segments_cross (const double *a,
                const double *b)
{
  double d1 = (b[2] - b[0]) * (a[1] - b[1]) - (b[3] - b[1]) * (a[0] - b[0]);
  double d2 = (b[2] - b[0]) * (a[3] - b[1]) - (b[3] - b[1]) * (a[2] - b[0]);
  double d3 = (a[2] - a[0]) * (b[1] - a[1]) - (a[3] - a[1]) * (b[0] - a[0]);
  double d4 = (a[2] - a[0]) * (b[3] - a[1]) - (a[3] - a[1]) * (b[2] - a[0]);

  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

static int
by_left_end (gconstpointer a,
             gconstpointer b)
{
  const double *s = sweep_segments + 4 * *(const guint *) a;
  const double *t = sweep_segments + 4 * *(const guint *) b;
  double x = MIN (s[0], s[2]), y = MIN (t[0], t[2]);

  return x < y ? -1 : x > y ? 1 : (int) (*(const guint *) a > *(const guint *) b)
                                  - (int) (*(const guint *) a < *(const guint *) b);
}

/* A sweep from left to right: only segments whose spans across x meet are
 * compared. */
guint
pd_layout_segment_crossings (const double *segments,
                 const gsize  *ends,
                 guint         n)
{
  g_autofree guint *sorted = g_new (guint, MAX (n, 1));
  guint crossings = 0;

  for (guint i = 0; i < n; i++)
    sorted[i] = i;
  G_LOCK (sweeping);
  sweep_segments = segments;
  qsort (sorted, n, sizeof (guint), by_left_end);
  sweep_segments = NULL;
  G_UNLOCK (sweeping);
  for (guint a = 0; a < n; a++)
    {
      guint i = sorted[a];
      const double *s = segments + 4 * i;
      double right = MAX (s[0], s[2]), top = MIN (s[1], s[3]), bottom = MAX (s[1], s[3]);

      for (guint b = a + 1; b < n; b++)
        {
          guint j = sorted[b];
          const double *t = segments + 4 * j;

          if (MIN (t[0], t[2]) > right)
            break;
          if (MAX (t[1], t[3]) < top || MIN (t[1], t[3]) > bottom)
            continue;
          /* Segments that share a step meet there; that is no crossing. */
          if (ends[2 * i] == ends[2 * j] || ends[2 * i] == ends[2 * j + 1]
              || ends[2 * i + 1] == ends[2 * j] || ends[2 * i + 1] == ends[2 * j + 1])
            continue;
          crossings += segments_cross (s, t);
        }
    }
  return crossings;
}

guint
pd_layout_count_crossings (PdDocument *document)
{
  GListModel *edges = pd_document_get_edges (document);
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (double) * 4);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);
      PdNode *a = pd_document_get_node (document, pd_edge_get_from_id (edge));
      PdNode *b = pd_document_get_node (document, pd_edge_get_to_id (edge));
      double s[4];

      if (a == NULL || b == NULL || a == b)
        continue;
      s[0] = pd_node_get_x (a) + pd_node_get_width (a) / 2;
      s[1] = pd_node_get_y (a) + pd_node_get_height (a) / 2;
      s[2] = pd_node_get_x (b) + pd_node_get_width (b) / 2;
      s[3] = pd_node_get_y (b) + pd_node_get_height (b) / 2;
      g_array_append_vals (segments, s, 1);
      {
        gsize pair[2] = { GPOINTER_TO_SIZE (a), GPOINTER_TO_SIZE (b) };
        g_array_append_vals (ends, pair, 2);
      }
    }
  return pd_layout_segment_crossings ((const double *) segments->data, (const gsize *) ends->data,
                          segments->len);
}

/* A link over the gap between two neighbouring ranks: where it is across
 * the flow at the gap's start and at its end. */
typedef struct {
  double start, end;
} Span;

static int
by_start_then_end (gconstpointer a,
                   gconstpointer b)
{
  const Span *s = a, *t = b;

  if (s->start != t->start)
    return s->start < t->start ? -1 : 1;
  return (s->end > t->end) - (s->end < t->end);
}

/* Pairs out of order in @spans[0..n) by their ends (sorted on the way),
 * by merge sort: O(n log n). */
static guint64
inversions (Span  *spans,
            Span  *scratch,
            guint  n)
{
  guint64 count = 0;
  guint half = n / 2, i = 0, j = half, k = 0;

  if (n < 2)
    return 0;
  count += inversions (spans, scratch, half);
  count += inversions (spans + half, scratch, n - half);
  while (i < half && j < n)
    {
      if (spans[j].end < spans[i].end)
        {
          /* Ahead of every one left in the first half, which it crosses. */
          count += half - i;
          scratch[k++] = spans[j++];
        }
      else
        scratch[k++] = spans[i++];
    }
  while (i < half)
    scratch[k++] = spans[i++];
  while (j < n)
    scratch[k++] = spans[j++];
  memcpy (spans, scratch, n * sizeof (Span));
  return count;
}

guint
pd_layout_layered_crossings (Graph        *g,
                             const double *across)
{
  guint n_gaps = g->n_ranks > 1 ? g->n_ranks - 1 : 0;
  g_autofree guint *first = g_new0 (guint, n_gaps + 1);
  g_autofree Span *spans = NULL;
  g_autofree Span *scratch = NULL;
  g_autofree guint *filled = NULL;
  guint64 crossings = 0;
  guint total;

  /* Each gap's spans together: counted first, then placed. */
  for (guint i = 0; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);

      for (guint r = g->rank[l->from]; r < g->rank[l->to]; r++)
        first[r + 1]++;
    }
  for (guint r = 0; r < n_gaps; r++)
    first[r + 1] += first[r];
  total = first[n_gaps];
  spans = g_new (Span, MAX (total, 1));
  scratch = g_new (Span, MAX (total, 1));
  filled = g_memdup2 (first, (n_gaps + 1) * sizeof (guint));
  for (guint i = 0; i < g->links->len; i++)
    {
      Link *l = &g_array_index (g->links, Link, i);
      guint r0 = g->rank[l->from], r1 = g->rank[l->to];
      double a = across[l->from], b = across[l->to];

      /* Straight from rank to rank: where it is at each rank between,
       * and exactly at its ends, which links sharing a step meet at. */
      for (guint r = r0; r < r1; r++)
        spans[filled[r]++] = (Span) {
          r == r0 ? a : a + (b - a) * (r - r0) / (r1 - r0),
          r + 1 == r1 ? b : a + (b - a) * (r + 1 - r0) / (r1 - r0) };
    }
  for (guint r = 0; r < n_gaps; r++)
    {
      guint n = first[r + 1] - first[r];

      qsort (spans + first[r], n, sizeof (Span), by_start_then_end);
      crossings += inversions (spans + first[r], scratch, n);
    }
  return (guint) MIN (crossings, G_MAXUINT);
}
