/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "pd-capacity-private.h"
#include "pd-reading-order.h"
#include "pd-staff.h"

G_DEFINE_QUARK (pd-capacity-error-quark, pd_capacity_error)

/* The pathway as a graph of indices, in reading order. */
typedef struct {
  GPtrArray *nodes;
  GPtrArray *edges;
  GHashTable *by_id;     /* node id → index + 1 */
  PdFlowGraph graph;     /* the drawn transitions */
  PdFlowGraph solve;     /* and the join rule's terms after them */
  guint *from, *to;
  double *share, *arrivals;
  gboolean *comes_back;
  gboolean *joins;
} Flow;

static void
flow_clear (Flow *f)
{
  g_clear_pointer (&f->nodes, g_ptr_array_unref);
  g_clear_pointer (&f->edges, g_ptr_array_unref);
  g_clear_pointer (&f->by_id, g_hash_table_unref);
  g_clear_pointer (&f->from, g_free);
  g_clear_pointer (&f->to, g_free);
  g_clear_pointer (&f->share, g_free);
  g_clear_pointer (&f->arrivals, g_free);
  g_clear_pointer (&f->comes_back, g_free);
  g_clear_pointer (&f->joins, g_free);
}

static guint
node_index (Flow       *f,
            const char *id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (f->by_id, id));
}

static double
referrals_of (PdDocument              *document,
              const PdCapacityOptions *options)
{
  guint referrals = 0;

  if (options && options->referrals >= 0)
    return options->referrals;
  g_object_get (document, "referrals-per-year", &referrals, NULL);
  return referrals;
}

/* The referrals enter at the referral steps nothing leads to, else at every
 * referral step, else at the first step. */
static void
add_referrals (Flow   *f,
               double  referrals)
{
  guint n = f->nodes->len, n_starts = 0;
  g_autofree gboolean *led_to = g_new0 (gboolean, MAX (n, 1));
  g_autofree gboolean *start = g_new0 (gboolean, MAX (n, 1));

  if (n == 0)
    return;
  for (guint e = 0; e < f->graph.n_edges; e++)
    led_to[f->to[e]] = TRUE;
  for (int pass = 0; pass < 2 && n_starts == 0; pass++)
    for (guint v = 0; v < n; v++)
      if (pd_node_get_kind (g_ptr_array_index (f->nodes, v)) == PD_NODE_KIND_REFERRAL
          && (pass == 1 || !led_to[v]))
        {
          start[v] = TRUE;
          n_starts++;
        }
  if (n_starts == 0)
    {
      start[0] = TRUE;
      n_starts = 1;
    }
  for (guint v = 0; v < n; v++)
    if (start[v])
      f->arrivals[v] += referrals / n_starts;
}

/* Each way out carries its likelihood; those without one share what the
 * others leave of 100%. */
static void
share_out (Flow *f)
{
  guint n = f->nodes->len, m = f->graph.n_edges;
  g_autofree double *given = g_new0 (double, MAX (n, 1));
  g_autofree guint *unset = g_new0 (guint, MAX (n, 1));

  for (guint e = 0; e < m; e++)
    {
      double likelihood = pd_edge_get_likelihood (g_ptr_array_index (f->edges, e));
      if (likelihood >= 0)
        given[f->from[e]] += likelihood;
      else
        unset[f->from[e]]++;
    }
  for (guint e = 0; e < m; e++)
    {
      double likelihood = pd_edge_get_likelihood (g_ptr_array_index (f->edges, e));
      guint v = f->from[e];

      if (likelihood >= 0)
        f->share[e] = likelihood / 100.0;
      else
        f->share[e] = MAX (0.0, 100.0 - given[v]) / unset[v] / 100.0;
    }
}

static gboolean
comes_back (PdEdge *edge)
{
  PdEdgeKind kind = pd_edge_get_kind (edge);
  return kind == PD_EDGE_KIND_STEP_DOWN || kind == PD_EDGE_KIND_STEP_UP
         || kind == PD_EDGE_KIND_RE_REFERRAL;
}

/* The join rule's terms, as transitions from each parallel offer to a
 * marked join with a share below 0, after the drawn ones. */
static void
add_join_terms (Flow *f)
{
  guint m = f->graph.n_edges;
  g_autoptr(GArray) terms = pd_flow_graph_join_terms (&f->graph, f->joins);

  f->solve = f->graph;
  if (terms->len == 0)
    return;
  f->from = g_renew (guint, f->from, m + terms->len);
  f->to = g_renew (guint, f->to, m + terms->len);
  f->share = g_renew (double, f->share, m + terms->len);
  f->comes_back = g_renew (gboolean, f->comes_back, m + terms->len);
  for (guint i = 0; i < terms->len; i++)
    {
      const PdJoinTerm *term = &g_array_index (terms, PdJoinTerm, i);

      f->from[m + i] = term->offer;
      f->to[m + i] = term->join;
      f->share[m + i] = -term->less;
      f->comes_back[m + i] = FALSE;
    }
  f->graph = (PdFlowGraph) { f->graph.n_nodes, m, f->from, f->to, f->share, f->comes_back,
                             f->arrivals };
  f->solve = f->graph;
  f->solve.n_edges = m + terms->len;
}

static void
flow_init (Flow                    *f,
           PdDocument              *document,
           const PdCapacityOptions *options)
{
  g_autoptr(GPtrArray) all_edges = NULL;
  guint n;

  pd_reading_order (document, &f->nodes, &all_edges);
  n = f->nodes->len;
  f->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint v = 0; v < n; v++)
    g_hash_table_insert (f->by_id, (gpointer) pd_node_get_id (g_ptr_array_index (f->nodes, v)),
                         GUINT_TO_POINTER (v + 1));
  f->edges = g_ptr_array_new_with_free_func (g_object_unref);
  f->from = g_new (guint, MAX (all_edges->len, 1));
  f->to = g_new (guint, MAX (all_edges->len, 1));
  f->comes_back = g_new (gboolean, MAX (all_edges->len, 1));
  for (guint i = 0; i < all_edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (all_edges, i);
      guint from = node_index (f, pd_edge_get_from_id (edge));
      guint to = node_index (f, pd_edge_get_to_id (edge));

      if (from == 0 || to == 0)
        continue;
      f->from[f->edges->len] = from - 1;
      f->to[f->edges->len] = to - 1;
      f->comes_back[f->edges->len] = comes_back (edge);
      g_ptr_array_add (f->edges, g_object_ref (edge));
    }
  f->share = g_new0 (double, MAX (f->edges->len, 1));
  f->arrivals = g_new0 (double, MAX (n, 1));
  f->joins = g_new0 (gboolean, MAX (n, 1));
  f->graph = (PdFlowGraph) { n, f->edges->len, f->from, f->to, f->share, f->comes_back,
                             f->arrivals };
  for (guint v = 0; v < n; v++)
    {
      f->arrivals[v] = pd_node_get_arrivals_per_year (g_ptr_array_index (f->nodes, v));
      f->joins[v] = pd_node_get_join (g_ptr_array_index (f->nodes, v));
    }
  add_referrals (f, referrals_of (document, options));
  share_out (f);
  add_join_terms (f);
}

static const char *
node_name (PdNode *node)
{
  return pd_node_get_title (node) ? pd_node_get_title (node) : pd_node_get_id (node);
}

static void
set_loop_error (Flow    *f,
                GArray  *loop,
                guint    way_back,
                GError **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint shown = MIN (loop->len, 6);

  for (guint i = 0; i < shown; i++)
    g_string_append_printf (names, "%s“%s”", i == 0 ? "" : ", ",
                            node_name (g_ptr_array_index (f->nodes,
                                                          g_array_index (loop, guint, i))));
  if (loop->len > shown)
    g_string_append_printf (names, g_dngettext (GETTEXT_PACKAGE, " and %u more step",
                                                " and %u more steps", loop->len - shown),
                            loop->len - shown);
  g_set_error (error, PD_CAPACITY_ERROR, PD_CAPACITY_ERROR_ENDLESS_LOOP,
               _("people go round the loop of %s forever: set a likelihood below 100%% on the "
                 "way back from “%s” to “%s”"),
               names->str,
               node_name (g_ptr_array_index (f->nodes, f->from[way_back])),
               node_name (g_ptr_array_index (f->nodes, f->to[way_back])));
}

/* The step's roles with their shares (0–1): those without a share split
 * what the others leave of 100%. */
static GArray *
roles_of (PdNode *node)
{
  GArray *roles = g_array_new (FALSE, FALSE, sizeof (PdCapacityWork));
  GPtrArray *more = pd_node_get_more_staff (node);
  PdCapacityWork first = { pd_node_get_staff_role (node), pd_node_get_staff_share (node), 0 };
  double given = 0;
  guint unset = 0;

  if (first.role == NULL)
    first.role = "";
  g_array_append_val (roles, first);
  for (guint i = 0; more && i < more->len; i++)
    {
      PdStaff *staff = g_ptr_array_index (more, i);
      PdCapacityWork work = { staff->role ? staff->role : "", staff->share, 0 };
      g_array_append_val (roles, work);
    }
  for (guint i = 0; i < roles->len; i++)
    {
      double share = g_array_index (roles, PdCapacityWork, i).share;
      if (share >= 0)
        given += share;
      else
        unset++;
    }
  for (guint i = 0; i < roles->len; i++)
    {
      PdCapacityWork *work = &g_array_index (roles, PdCapacityWork, i);
      work->share = work->share >= 0 ? work->share / 100.0
                                     : MAX (0.0, 100.0 - given) / unset / 100.0;
    }
  return roles;
}

static void
add_step (PdCapacity *self,
          PdNode     *node,
          double      arrivals,
          double      people)
{
  PdCapacityStep step = { node, arrivals, people, 0, 0, FALSE, 0, NULL };
  GArray *work = roles_of (node);
  const char *agency = pd_node_get_agency_id (node);

  step.unmet = pd_node_get_availability (node) != PD_AVAILABILITY_OFFERED;
  step.sessions = people * pd_node_get_sessions (node) / pd_node_get_group_size (node);
  step.hours = step.sessions * pd_node_get_session_minutes (node) / 60.0
               * pd_node_get_staff_per_session (node);
  for (guint i = 0; i < work->len; i++)
    {
      PdCapacityWork *w = &g_array_index (work, PdCapacityWork, i);
      PdCapacityRole *row;

      w->role = g_string_chunk_insert_const (self->strings, w->role);
      w->hours = step.hours * w->share;
      if (w->role[0] == '\0' && w->hours == 0)
        continue;
      row = pd_capacity_role_row (self, w->role, agency ? agency : "");
      /* People count for a role where it has work to do for them. */
      if (step.unmet)
        {
          row->unmet_people += w->hours > 0 ? people * w->share : 0;
          row->unmet_hours += w->hours;
        }
      else
        {
          row->people += w->hours > 0 ? people * w->share : 0;
          row->hours += w->hours;
        }
    }
  step.n_work = work->len;
  step.work = (const PdCapacityWork *) work->data;
  g_ptr_array_add (self->work, work);
  g_array_append_val (self->steps, step);
  g_hash_table_insert (self->step_index, node, GUINT_TO_POINTER (self->steps->len));

  self->totals.arrivals += arrivals;
  if (step.unmet)
    {
      self->totals.unmet_people += people;
      self->totals.unmet_hours += step.hours;
    }
  else
    {
      self->totals.sessions += step.sessions;
      self->totals.hours += step.hours;
    }
}

static void
fill (PdCapacity   *self,
      Flow         *f,
      const double *people)
{
  for (guint v = 0; v < f->nodes->len; v++)
    add_step (self, g_ptr_array_index (f->nodes, v), f->arrivals[v], people[v]);
  for (guint e = 0; e < f->graph.n_edges; e++)
    {
      PdCapacityFlow flow = { g_ptr_array_index (f->edges, e), f->share[e], 0 };

      flow.people = f->share[e] * people[f->from[e]];
      g_array_append_val (self->flows, flow);
      g_hash_table_insert (self->flow_index, flow.edge, GUINT_TO_POINTER (self->flows->len));
    }
}

PdCapacity *
pd_capacity_new (PdDocument              *document,
                 const PdCapacityOptions *options,
                 GError                 **error)
{
  g_autoptr(PdCapacity) self = NULL;
  g_autoptr(GArray) loop = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree double *people = NULL;
  Flow f = { 0, };
  guint way_back = 0;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  flow_init (&f, document, options);
  people = g_new0 (double, MAX (f.nodes->len, 1));
  if (!pd_flow_graph_solve (&f.solve, people, loop, &way_back))
    {
      set_loop_error (&f, loop, way_back, error);
      flow_clear (&f);
      return NULL;
    }
  self = pd_capacity_alloc ();
  self->document = g_object_ref (document);
  self->hours_per_wte = options && options->hours_per_wte > 0
                        ? options->hours_per_wte
                        : pd_document_get_hours_per_wte (document);
  fill (self, &f, people);
  pd_capacity_add_staffing (self, pd_document_get_staffing (document));
  pd_capacity_finish_roles (self, TRUE);
  flow_clear (&f);
  return g_steal_pointer (&self);
}

GPtrArray *
pd_capacity_find_endless_loop (PdDocument *document)
{
  g_autoptr(GArray) loop = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree double *people = NULL;
  GPtrArray *steps = NULL;
  Flow f = { 0, };
  guint way_back = 0;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  flow_init (&f, document, NULL);
  people = g_new0 (double, MAX (f.nodes->len, 1));
  if (!pd_flow_graph_solve (&f.solve, people, loop, &way_back))
    {
      steps = g_ptr_array_new ();
      for (guint i = 0; i < loop->len; i++)
        g_ptr_array_add (steps, g_ptr_array_index (f.nodes, g_array_index (loop, guint, i)));
    }
  flow_clear (&f);
  return steps;
}

void
pd_capacity_find_meetings (PdDocument *document,
                           GPtrArray  *meetings,
                           GPtrArray  *idle_joins)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) idle = g_array_new (FALSE, FALSE, sizeof (guint));
  Flow f = { 0, };

  g_return_if_fail (PD_IS_DOCUMENT (document));
  g_return_if_fail (meetings != NULL && idle_joins != NULL);

  flow_init (&f, document, NULL);
  pd_flow_graph_find_meetings (&f.graph, f.joins, pairs, idle);
  for (guint i = 0; i < pairs->len; i++)
    g_ptr_array_add (meetings, g_ptr_array_index (f.nodes, g_array_index (pairs, guint, i)));
  for (guint i = 0; i < idle->len; i++)
    g_ptr_array_add (idle_joins, g_ptr_array_index (f.nodes, g_array_index (idle, guint, i)));
  flow_clear (&f);
}

PdDocument *
pd_capacity_get_document (PdCapacity *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->document;
}

double
pd_capacity_get_hours_per_wte (PdCapacity *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->hours_per_wte;
}

guint
pd_capacity_get_n_steps (PdCapacity *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->steps->len;
}

const PdCapacityStep *
pd_capacity_get_step (PdCapacity *self,
                      guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);
  return &g_array_index (self->steps, PdCapacityStep, index);
}

const PdCapacityStep *
pd_capacity_lookup_step (PdCapacity *self,
                         PdNode     *node)
{
  guint i;

  g_return_val_if_fail (self != NULL, NULL);
  i = GPOINTER_TO_UINT (g_hash_table_lookup (self->step_index, node));
  return i ? &g_array_index (self->steps, PdCapacityStep, i - 1) : NULL;
}

guint
pd_capacity_get_n_flows (PdCapacity *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->flows->len;
}

const PdCapacityFlow *
pd_capacity_get_flow (PdCapacity *self,
                      guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->flows->len, NULL);
  return &g_array_index (self->flows, PdCapacityFlow, index);
}

double
pd_capacity_get_edge_people (PdCapacity *self,
                             PdEdge     *edge)
{
  guint i;

  g_return_val_if_fail (self != NULL, 0);
  i = GPOINTER_TO_UINT (g_hash_table_lookup (self->flow_index, edge));
  return i ? g_array_index (self->flows, PdCapacityFlow, i - 1).people : 0;
}

guint
pd_capacity_get_n_roles (PdCapacity *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->roles->len;
}

const PdCapacityRole *
pd_capacity_get_role (PdCapacity *self,
                      guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->roles->len, NULL);
  return &g_array_index (self->roles, PdCapacityRole, index);
}

const PdCapacityTotals *
pd_capacity_get_totals (PdCapacity *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->totals;
}
