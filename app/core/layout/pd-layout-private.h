/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The layered layout's parts, shared by pd-layout*.c: the graph laid out,
 * ordering (pd-layout-order.c), placing (pd-layout-place.c) and counting
 * crossings (pd-layout-crossings.c). */
#pragma once

#include "pd-layout.h"
#include "pd-node.h"

G_BEGIN_DECLS

/* The layout starts here, clear of the page's edge. */
#define ORIGIN 40.0
typedef struct {
  guint from, to;     /* node indices, laid out from → to (a reversed edge swapped) */
} Link;

typedef struct {
  GPtrArray *nodes;   /* PdNode, in document order */
  GArray    *links;   /* of Link */
  guint     *rank;
  guint     *lane;
  double    *order;   /* place within its rank, for barycentres */
  double    *height;  /* of each step's box as drawn */
  guint      n_ranks;
  guint      n_lanes;
  double    *label_room;  /* after each rank, along the flow, for labels */
  /* Ordered only as the steps stand and placed across the flow no
   * further: a warm layout puts each back where it stood
   * (PD_WARM_SETTLE_ORDER), every step having stood in a column. */
  gboolean   as_stood;
  PdDocument *document;   /* whose steps these are, not owned */
  /* The steps in reading order (pd_layout_read_and_rank()) as their
   * numbers here, and their transitions as the numbers of their ends:
   * G_MAXUINT for a step not laid out. Looked up once. */
  guint     *reading_at;
  Link      *reading_ends;
} Graph;

/* Step @v's size along the flow (@across FALSE, left to right) or across
 * it. */
static inline double
along (Graph   *g,
       guint    v,
       gboolean across)
{
  return across ? g->height[v] : pd_node_get_width (g_ptr_array_index (g->nodes, v));
}

/* pd-layout-rank.c: @rank (of @n nodes, each at least one rank after
 * the tail of every link into it) changed to make the links' total
 * length least, by network simplex, in at most @budget pivots and work
 * in proportion to the graph (as short as the pivots taken make it when
 * either runs out); each connected part then starts at rank 0. Returns
 * the pivots taken. */
guint   pd_layout_rank_links  (guint        n,
                               const Link  *links,
                               guint        n_links,
                               guint       *rank,
                               guint        budget);
/* The pivots allowed for @n_links links. */
#define PD_LAYOUT_RANK_BUDGET(n_links) (4 * (n_links) + 100)
/* @g->rank, feasible for @g->links (longest path, say), so improved. */
void    pd_layout_rank        (Graph       *g);

/* pd-layout-order.c: @ranks (a GArray of step indices each) filled in
 * reading order, sorted by @across (the steps' places now across the
 * flow) when given, then ordered to cross few links within each lane:
 * on the layered graph, or (@simple) by pd_layout_order_simple(). */
void    pd_layout_order_ranks (Graph        *g,
                               GPtrArray    *ranks,
                               GPtrArray    *reading,
                               const double *across,
                               gboolean      simple);
/* pd-layout-order-simple.c: barycentre sweeps over the steps alone, then
 * neighbours swapped, from the order of @ranks and @g->order. */
void    pd_layout_order_simple (Graph       *g,
                                GPtrArray   *ranks);

/* pd-layout-place.c: the places of the steps of @ranks, ordered: ranks
 * along the flow, lanes across it, runs straightened; and how many pairs
 * of links then cross, drawn straight from rank to rank. */
GArray *pd_layout_place       (Graph                 *g,
                               GPtrArray             *ranks,
                               const double          *across,
                               const PdLayoutOptions *options,
                               gboolean               flow_x,
                               guint                 *crossings);

/* pd-layout-wrap.c: @places (laid out in one row, ranks at @rank_start
 * along the flow and @rank_size deep) cut between ranks into rows as
 * near options->aspect as can be; nothing when it is 0. Returns how
 * many transitions the rows cross as drawn, when the ways to cut them
 * were weighed so (up to PD_LAYOUT_FIT_DRAWN steps); else G_MAXUINT. */
guint   pd_layout_wrap        (Graph                 *g,
                               GArray                *places,
                               const double          *rank_start,
                               const double          *rank_size,
                               const PdLayoutOptions *options,
                               gboolean               flow_x);

/* Fits to a page of up to this many steps are weighed as drawn: each a
 * scene built, which a larger pathway's fit can spare less. */
#define PD_LAYOUT_FIT_DRAWN 32
/* pd-layout-fit.c: how well @document, its steps at @places (of
 * PdLayoutPlace) crossing @crossings transitions, fits a page of
 * options->aspect: the scale at which it is drawn whole on it, 1% less
 * for each crossing. Between pd_layout_fit_remember() and
 * pd_layout_fit_forget() (a tidy), places drawn once are not drawn
 * again. */
double  pd_layout_fit_score   (PdDocument            *document,
                               GArray                *places,
                               guint                  crossings,
                               const PdLayoutOptions *options);
/* Starts this thread's memo of drawings, unless one is kept already:
 * returns whether it did, for pd_layout_fit_forget(). */
gboolean pd_layout_fit_remember (void);
/* Ends the memo pd_layout_fit_remember() started (when @started). */
void    pd_layout_fit_forget  (gboolean started);
/* For the tests: scenes built to weigh fits since the program started,
 * and the memo left unused (@disable), to compare with. */
guint   pd_layout_fit_scenes_drawn  (void);
void    pd_layout_fit_memo_disable  (gboolean disable);

/* What every layout of all of a document's steps reads alike while they
 * stay where they are: the reading order of its steps and transitions,
 * and the links and ranks from scratch. The first layout given it works
 * them out and keeps them there, and the next layouts of the document
 * (in any options) take them from it: a tidy lays a large pathway out
 * from scratch and from where it stands, and a small one more ways. */
typedef struct _PdLayoutRanked PdLayoutRanked;

PdLayoutRanked *pd_layout_ranked_new  (void);
void            pd_layout_ranked_free (PdLayoutRanked *ranked);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdLayoutRanked, pd_layout_ranked_free)

/* pd-layout-read.c: @g's steps (all of @document's) in reading order,
 * with their transitions (@reading, @reading_edges), linked and ranked
 * from scratch: as @ranked keeps them when it does, else worked out (and
 * kept there when given). */
void    pd_layout_read_and_rank (Graph           *g,
                                 PdDocument      *document,
                                 GHashTable      *index,
                                 PdLayoutRanked  *ranked,
                                 GPtrArray      **reading,
                                 GPtrArray      **reading_edges);

/* pd-layout.c: the layout set in @document (a scratch copy), which
 * pd-layout-tidy.c keeps or not. */
void    pd_layout_lay_out     (PdDocument            *document,
                               const PdLayoutOptions *options);
/* The places pd_layout_lay_out() would set, @document left as it is
 * (laid out in a scratch copy only when rounds of laying out again
 * follow), the first layout reading and ranking as @ranked (nullable)
 * keeps. (transfer full) (element-type PdLayoutPlace). */
GArray *pd_layout_places      (PdDocument            *document,
                               const PdLayoutOptions *options,
                               PdLayoutRanked        *ranked);
/* Whether @document is small enough for a layout to try every way
 * (rounds of laying out again among them), rather than lay out once. */
gboolean pd_layout_searches   (PdDocument            *document);
/* The lanes the diagram draws for a layout in @options. */
PdLanes pd_layout_lanes_drawn (const PdLayoutOptions *options);
/* @places set in @document with the lanes of @options: one undo step,
 * "Tidy". */
void    pd_layout_apply_places (PdDocument            *document,
                                GArray                *places,
                                const PdLayoutOptions *options);

/* For the tests: layouts computed (pd-layout.c), of those how many read
 * and ranked the steps (pd-layout-read.c, rather than take that from a
 * PdLayoutRanked), and
 * drawings' crossings counted whole by pd_layout_tidy()
 * (pd-layout-tidy.c) since the program started. */
guint   pd_layout_computed         (void);
guint   pd_layout_ranked           (void);
guint   pd_layout_drawings_counted (void);

/* Crossings where the steps were are counted exactly up to this many
 * (or up to the tidy's count, if more), so that what pathway layout
 * reports is exact on any pathway a person drew; beyond, a scrambled
 * pathway's count is only said to be more. */
#define PD_LAYOUT_EXACT_CROSSINGS 100000

/* pd-layout-crossings.c: pairs of the @n segments (x1, y1, x2, y2 each)
 * whose insides cross at one point, leaving out pairs that share an end
 * (@ends: two ids a segment). Segments that touch (an end on the other)
 * or run along one another do not cross; several through one point
 * cross pairwise. */
guint   pd_layout_segment_crossings (const double *segments,
                                     const gsize  *ends,
                                     guint         n);
/* As above, counting only until past @bound: exact up to @bound, and
 * above it when there are more (enough to compare with a count). */
guint   pd_layout_segment_crossings_within (const double *segments,
                                            const gsize  *ends,
                                            guint         n,
                                            guint         bound);
/* The packed sweep alone: each segment against those starting within its
 * span across x. Quadratic where long lines cross a drawing. */
guint   pd_layout_packed_crossings_within  (const double *segments,
                                            const gsize  *ends,
                                            guint         n,
                                            guint         bound);
/* pd-layout-sweep.c: the same count by a Bentley-Ottmann sweep,
 * O((n + k) log n) for k crossings, O((n + @bound) log n) at most; FALSE
 * (nothing counted) if a coordinate is not a whole multiple of 2^-p
 * below 2^25 of them for some p up to 24. */
gboolean pd_layout_sweep_crossings         (const double *segments,
                                            const gsize  *ends,
                                            guint         n,
                                            guint         bound,
                                            guint        *crossings);
/* pd-layout.c: steps of @document at another place in @places (of
 * PdLayoutPlace). */
guint   pd_layout_places_moved             (PdDocument   *document,
                                            GArray       *places);
/* pd_layout_count_crossings(), counting only until past @bound. */
guint   pd_layout_count_crossings_within   (PdDocument   *document,
                                            guint         bound);
/* As above, with the steps of @places (nullable; of PdLayoutPlace) at
 * their places there rather than where they stand. */
guint   pd_layout_count_crossings_at       (PdDocument   *document,
                                            GArray       *places,
                                            guint         bound);
/* @document's steps and the transitions between two of them, looked up
 * once for several counts of its drawing while it stays as it is. */
typedef struct _PdLayoutDrawing PdLayoutDrawing;

PdLayoutDrawing *pd_layout_drawing_new  (PdDocument      *document);
void             pd_layout_drawing_free (PdLayoutDrawing *drawing);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdLayoutDrawing, pd_layout_drawing_free)
/* pd_layout_count_crossings_at() of the document @drawing was made of. */
guint   pd_layout_drawing_crossings        (PdLayoutDrawing *drawing,
                                            GArray          *places,
                                            guint            bound);
/* Pairs of links that cross, each drawn straight from its rank to its
 * rank, the ranks evenly apart, at @across (each step's place across
 * the flow): in each gap between neighbouring ranks, the links over it
 * out of order at its end. O(s log s) for s the gaps the links span, a
 * step of each long link on its way. */
guint   pd_layout_layered_crossings (Graph        *g,
                                     const double *across);

G_END_DECLS
