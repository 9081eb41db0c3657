/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "pd-capacity.h"
#include "pd-check.h"
#include "pd-staff.h"

typedef struct {
  PdDocument *document;
  const char *file_name;
  GPtrArray *diagnostics;
  GHashTable *outgoing;    /* node id → GPtrArray of PdEdge */
} Checker;

static void G_GNUC_PRINTF (4, 5)
report (Checker    *c,
        PdSeverity  severity,
        const char *id,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  guint line = 0, column = 0;
  PdDiagnostic *d;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  pd_document_get_source_position (c->document, id, &line, &column);
  d = pd_diagnostic_new (c->file_name, line, column, severity, message);
  d->object_id = g_strdup (id);
  g_ptr_array_add (c->diagnostics, d);
}

static const char *
node_name (PdNode *node)
{
  return pd_node_get_title (node) ? pd_node_get_title (node) : pd_node_get_id (node);
}

static GPtrArray *
outgoing (Checker *c,
          PdNode  *node)
{
  return g_hash_table_lookup (c->outgoing, pd_node_get_id (node));
}

static void
index_edges (Checker *c)
{
  GListModel *edges = pd_document_get_edges (c->document);

  for (guint i = 0; i < g_list_model_get_n_items (edges); i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (edges, i);
      const char *from = pd_edge_get_from_id (edge);
      GPtrArray *list = g_hash_table_lookup (c->outgoing, from);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (c->outgoing, (gpointer) from, list);
        }
      g_ptr_array_add (list, g_object_ref (edge));
    }
}

static void
check_reachable (Checker *c)
{
  GListModel *nodes = pd_document_get_nodes (c->document);
  guint n = g_list_model_get_n_items (nodes);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GQueue) queue = g_queue_new ();

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      PdNode *node = g_list_model_get_item (nodes, i);

      if (pd_node_get_kind (node) == PD_NODE_KIND_REFERRAL)
        {
          g_hash_table_add (seen, (gpointer) pd_node_get_id (node));
          g_queue_push_tail (queue, node);
        }
      g_object_unref (node);
    }
  if (g_queue_is_empty (queue))
    {
      report (c, PD_SEVERITY_ERROR, NULL,
              _("the pathway has no referral step where it starts"));
      return;
    }
  while (!g_queue_is_empty (queue))
    {
      PdNode *node = g_queue_pop_head (queue);
      GPtrArray *out = outgoing (c, node);

      for (guint i = 0; out && i < out->len; i++)
        {
          PdNode *to = pd_document_get_node (c->document,
                                             pd_edge_get_to_id (g_ptr_array_index (out, i)));
          if (to && !g_hash_table_contains (seen, pd_node_get_id (to)))
            {
              g_hash_table_add (seen, (gpointer) pd_node_get_id (to));
              g_queue_push_tail (queue, to);
            }
        }
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      if (!g_hash_table_contains (seen, pd_node_get_id (node)))
        report (c, PD_SEVERITY_ERROR, pd_node_get_id (node),
                _("“%s” cannot be reached from the start of the pathway"), node_name (node));
    }
}

static void
check_likelihoods (Checker   *c,
                   PdNode    *node,
                   GPtrArray *out)
{
  double total = 0;
  guint given = 0;

  for (guint i = 0; i < out->len; i++)
    {
      double likelihood = pd_edge_get_likelihood (g_ptr_array_index (out, i));
      if (likelihood >= 0)
        {
          total += likelihood;
          given++;
        }
    }
  if (given == 0)
    {
      if (pd_node_get_kind (node) == PD_NODE_KIND_DECISION && out->len >= 2)
        report (c, PD_SEVERITY_WARNING, pd_node_get_id (node),
                _("decision “%s” gives no likelihood for its ways out: capacity planning "
                  "shares its people equally among them"), node_name (node));
      return;
    }
  /* More than 100% out of another step is people offered several next
   * steps alongside each other; a decision takes one way. */
  if (total > 100.0 + 1e-6 && pd_node_get_kind (node) == PD_NODE_KIND_DECISION)
    report (c, PD_SEVERITY_ERROR, pd_node_get_id (node),
            _("the ways out of “%s” add up to %g%%, more than 100%%"), node_name (node), total);
  else if (total < 100.0 - 1e-6 && given == out->len)
    report (c, PD_SEVERITY_WARNING, pd_node_get_id (node),
            _("the ways out of “%s” add up to %g%%, not 100%%"), node_name (node), total);
}

static void
check_node (Checker *c,
            PdNode  *node)
{
  GPtrArray *out = outgoing (c, node);
  guint n_out = out ? out->len : 0;
  PdNodeKind kind = pd_node_get_kind (node);

  if (n_out == 0 && kind != PD_NODE_KIND_DISCHARGE && kind != PD_NODE_KIND_LINK)
    report (c, PD_SEVERITY_ERROR, pd_node_get_id (node),
            _("“%s” is a dead end: it has no way out and is not a discharge"), node_name (node));
  if (kind == PD_NODE_KIND_DECISION && n_out < 2)
    report (c, PD_SEVERITY_ERROR, pd_node_get_id (node),
            _("decision “%s” has %u way out; a decision needs two or more"),
            node_name (node), n_out);
  if (pd_node_get_agency_id (node) == NULL)
    report (c, PD_SEVERITY_WARNING, pd_node_get_id (node),
            _("“%s” has no agency"), node_name (node));
  if (pd_node_get_easy_read (node) == NULL)
    report (c, PD_SEVERITY_WARNING, pd_node_get_id (node),
            _("“%s” has no easy-read text"), node_name (node));
  /* Elsewhere shares below 100% mean the rest leave the pathway there and
   * shares above it mean several next steps offered alongside each other;
   * only a decision's ways out must add up to everyone. */
  if (out && kind == PD_NODE_KIND_DECISION)
    check_likelihoods (c, node, out);
  if (pd_node_get_sessions (node) > 0 && pd_node_get_session_minutes (node) == 0)
    report (c, PD_SEVERITY_WARNING, pd_node_get_id (node),
            _("“%s” has sessions but no minutes a session: capacity planning counts no "
              "staff hours for it"), node_name (node));
}

/* A loop with no way out: the people in it would go round forever. */
static void
check_endless_loop (Checker *c)
{
  g_autoptr(GPtrArray) loop = pd_capacity_find_endless_loop (c->document);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(GError) error = NULL;

  if (loop == NULL)
    return;
  capacity = pd_capacity_new (c->document, NULL, &error);
  g_assert (capacity == NULL);
  report (c, PD_SEVERITY_WARNING, pd_node_get_id (g_ptr_array_index (loop, 0)), "%s",
          error->message);
}

/* Branches of a parallel offer that come back together at a step not
 * marked so: capacity planning counts a person there once for each. */
static void
check_joins (Checker *c)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();
  g_autoptr(GPtrArray) idle = g_ptr_array_new ();

  pd_capacity_find_meetings (c->document, meetings, idle);
  for (guint i = 0; i + 1 < meetings->len; i += 2)
    {
      PdNode *offer = g_ptr_array_index (meetings, i), *step = g_ptr_array_index (meetings, i + 1);

      report (c, PD_SEVERITY_WARNING, pd_node_get_id (step),
              _("people offered several steps at once from “%s” come to “%s” once for each: "
                "mark it as where the offers come back together"),
              node_name (offer), node_name (step));
    }
  for (guint i = 0; i < idle->len; i++)
    report (c, PD_SEVERITY_WARNING, pd_node_get_id (g_ptr_array_index (idle, i)),
            _("“%s” is marked as where offers come back together, but has nothing to join: "
              "no two steps offered at once come to it"),
            node_name (g_ptr_array_index (idle, i)));
}

static void
add_role (GPtrArray  *roles,
          GPtrArray  *ids,
          const char *role,
          const char *id)
{
  g_autofree char *folded = pd_capacity_fold_role (role);

  if (folded[0] == '\0')
    return;
  for (guint i = 0; i < roles->len; i++)
    {
      g_autofree char *other = pd_capacity_fold_role (g_ptr_array_index (roles, i));
      if (g_str_equal (folded, other))
        return;
    }
  g_ptr_array_add (roles, (gpointer) role);
  g_ptr_array_add (ids, (gpointer) id);
}

/* Staff in post under a name that nearly matches a step's role, and none
 * that matches: the two count as two workforces, the step's with no one in
 * post. (Steps' roles that nearly match one another may be two grades of
 * one profession; `pathway capacity` notes them.) */
static void
check_roles (Checker *c)
{
  GListModel *nodes = pd_document_get_nodes (c->document);
  GPtrArray *staffing = pd_document_get_staffing (c->document);
  g_autoptr(GPtrArray) roles = g_ptr_array_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      GPtrArray *more = pd_node_get_more_staff (node);

      add_role (roles, ids, pd_node_get_staff_role (node), pd_node_get_id (node));
      for (guint m = 0; more && m < more->len; m++)
        add_role (roles, ids, ((PdStaff *) g_ptr_array_index (more, m))->role,
                  pd_node_get_id (node));
    }
  for (guint p = 0; staffing && p < staffing->len; p++)
    {
      const char *post = ((PdPost *) g_ptr_array_index (staffing, p))->role;
      g_autofree char *folded = pd_capacity_fold_role (post);
      gboolean same = FALSE;

      for (guint i = 0; i < roles->len && !same; i++)
        {
          g_autofree char *other = pd_capacity_fold_role (g_ptr_array_index (roles, i));
          same = g_str_equal (folded, other);
        }
      for (guint i = 0; i < roles->len && !same; i++)
        if (pd_capacity_roles_nearly_match (post, g_ptr_array_index (roles, i)))
          report (c, PD_SEVERITY_WARNING, g_ptr_array_index (ids, i),
                  _("the staff in post as “%s” and the role “%s” nearly match: capacity "
                    "planning counts them as two; give them one name if they are one"),
                  post, (const char *) g_ptr_array_index (roles, i));
    }
}

/* A change log whose newest entry is of another version than the
 * pathway's: a version raised without saying why, or a log not kept up. */
static void
check_changes (Checker *c)
{
  const PdChange *latest = pd_change_array_get_latest (pd_document_get_changes (c->document));
  g_autofree char *version = NULL;

  if (latest == NULL)
    return;
  g_object_get (c->document, "version", &version, NULL);
  if (g_strcmp0 (latest->version, version) != 0)
    report (c, PD_SEVERITY_WARNING, NULL,
            _("the latest change (%s) is of version %s but the pathway is version %s: add a "
              "change for this version"),
            latest->date ? latest->date : "", latest->version ? latest->version : "–",
            version ? version : "–");
}

void
pd_check_document (PdDocument *document,
                   const char *file_name,
                   GPtrArray  *diagnostics)
{
  Checker c = { document, file_name, diagnostics, NULL };
  GListModel *nodes;

  g_return_if_fail (PD_IS_DOCUMENT (document));
  g_return_if_fail (diagnostics != NULL);

  c.outgoing = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                      (GDestroyNotify) g_ptr_array_unref);
  index_edges (&c);
  check_reachable (&c);
  nodes = pd_document_get_nodes (document);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      check_node (&c, node);
    }
  check_endless_loop (&c);
  check_joins (&c);
  check_roles (&c);
  check_changes (&c);
  g_hash_table_unref (c.outgoing);
}
