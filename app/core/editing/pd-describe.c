/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The diagram told in words, for screen readers: the canvas is one
 * accessible object whose description follows the selection. */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pd-describe.h"
#include "pd-reading-order.h"
#include "pd-timing.h"

/* Names listed when several objects are selected; the rest are counted. */
#define MAX_LISTED 8

typedef struct {
  PdDocument *document;
  GPtrArray *nodes;     /* in reading order */
  GPtrArray *edges;
} Reading;

static void
reading_init (Reading    *reading,
              PdDocument *document)
{
  reading->document = document;
  pd_reading_order (document, &reading->nodes, &reading->edges);
}

static void
reading_clear (Reading *reading)
{
  g_clear_pointer (&reading->nodes, g_ptr_array_unref);
  g_clear_pointer (&reading->edges, g_ptr_array_unref);
}

static const char *
title_of (PdNode *node)
{
  const char *title = node ? pd_node_get_title (node) : NULL;

  return title && *title ? title : _("untitled step");
}

/* A full stop, unless the text already ends a sentence ("Severity and
 * risk?"). */
static void
end_sentence (GString *s)
{
  if (s->len > 0 && strchr (".?!", s->str[s->len - 1]) == NULL)
    g_string_append_c (s, '.');
}

static void
append_joined (GString   *s,
               GPtrArray *parts)
{
  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, g_ptr_array_index (parts, i));
    }
}

/* "Assessment by NHS trust, 6 sessions, about 2 weeks" */
static char *
describe_what (PdDocument *document,
               PdNode     *node)
{
  PdAgency *agency = pd_document_get_agency (document, pd_node_get_agency_id (node));
  const char *kind = pd_node_kind_get_label (pd_node_get_kind (node));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) s = g_string_new (NULL);
  guint sessions = pd_node_get_sessions (node);
  char *duration = pd_timing_describe_duration (node);

  if (agency && pd_agency_get_name (agency))
    /* Translators: a step's kind, then the agency that delivers it. */
    g_ptr_array_add (parts, g_strdup_printf (_("%s by %s"), kind, pd_agency_get_name (agency)));
  else
    g_ptr_array_add (parts, g_strdup (kind));
  if (sessions > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session",
                                                          "%u sessions", sessions), sessions));
  if (duration)
    g_ptr_array_add (parts, duration);
  append_joined (s, parts);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* The titles of the steps @node's transitions lead to (@outgoing) or come
 * from, in reading order. */
static void
append_neighbours (GString    *s,
                   Reading    *reading,
                   PdNode     *node,
                   gboolean    outgoing)
{
  const char *id = pd_node_get_id (node);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < reading->edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (reading->edges, i);
      const char *near = outgoing ? pd_edge_get_from_id (edge) : pd_edge_get_to_id (edge);
      const char *far = outgoing ? pd_edge_get_to_id (edge) : pd_edge_get_from_id (edge);
      PdNode *other = pd_document_get_node (reading->document, far);

      if (g_strcmp0 (near, id) == 0 && other)
        g_ptr_array_add (names, (gpointer) title_of (other));
    }
  if (names->len == 0)
    return;
  append_joined (list, names);
  g_string_append_c (s, ' ');
  if (outgoing)
    /* Translators: followed by the titles of the next steps. */
    g_string_append_printf (s, _("Leads to: %s"), list->str);
  else
    /* Translators: followed by the titles of the steps before. */
    g_string_append_printf (s, _("From: %s"), list->str);
  end_sentence (s);
}

static char *
describe_node (Reading *reading,
               PdNode  *node)
{
  GString *s = g_string_new (NULL);
  g_autofree char *what = describe_what (reading->document, node);
  guint index = 0;

  g_ptr_array_find (reading->nodes, node, &index);
  /* Translators: a step's place in the order the pathway is read in, the
   * number of steps, and its title. */
  g_string_append_printf (s, _("Step %u of %u: %s"), index + 1, reading->nodes->len,
                          title_of (node));
  end_sentence (s);
  g_string_append_printf (s, " %s", what);
  end_sentence (s);
  if (pd_node_get_availability (node) != PD_AVAILABILITY_OFFERED)
    {
      g_string_append_printf (s, " %s", pd_enum_get_label (PD_TYPE_AVAILABILITY,
                                                            pd_node_get_availability (node)));
      end_sentence (s);
    }
  append_neighbours (s, reading, node, TRUE);
  append_neighbours (s, reading, node, FALSE);
  return g_string_free (s, FALSE);
}

static const char *
edge_kind_words (PdEdgeKind kind)
{
  switch (kind)
    {
    case PD_EDGE_KIND_ALTERNATIVE: return _("an alternative");
    case PD_EDGE_KIND_STEP_UP: return _("a step up");
    case PD_EDGE_KIND_STEP_DOWN: return _("a step down");
    case PD_EDGE_KIND_RE_REFERRAL: return _("a re-referral");
    case PD_EDGE_KIND_TYPICAL:
    default: return NULL;
    }
}

static char *
edge_ends (PdDocument *document,
           PdEdge     *edge)
{
  PdNode *from = pd_document_get_node (document, pd_edge_get_from_id (edge));
  PdNode *to = pd_document_get_node (document, pd_edge_get_to_id (edge));

  /* Translators: the titles of the steps a transition joins. */
  return g_strdup_printf (_("from %s to %s"), title_of (from), title_of (to));
}

static char *
describe_edge (PdDocument *document,
               PdEdge     *edge)
{
  g_autofree char *ends = edge_ends (document, edge);
  const char *kind = edge_kind_words (pd_edge_get_kind (edge));
  double likelihood = pd_edge_get_likelihood (edge);
  GString *s = g_string_new (NULL);

  /* Translators: "from A to B". */
  g_string_append_printf (s, _("Transition %s"), ends);
  if (kind)
    g_string_append_printf (s, ", %s", kind);
  if (pd_edge_get_label (edge) && *pd_edge_get_label (edge))
    {
      g_string_append (s, ", ");
      g_string_append_printf (s, _("labelled “%s”"), pd_edge_get_label (edge));
    }
  if (likelihood >= 0)
    {
      g_string_append (s, ", ");
      /* Translators: how likely a transition is, in percent. */
      g_string_append_printf (s, _("likelihood %d%%"), (int) round (likelihood));
    }
  end_sentence (s);
  return g_string_free (s, FALSE);
}

char *
pd_describe_node (PdDocument *document,
                  PdNode     *node)
{
  Reading reading;
  char *text;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PD_IS_NODE (node), NULL);

  reading_init (&reading, document);
  text = describe_node (&reading, node);
  reading_clear (&reading);
  return text;
}

char *
pd_describe_edge (PdDocument *document,
                  PdEdge     *edge)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PD_IS_EDGE (edge), NULL);

  return describe_edge (document, edge);
}

char *
pd_describe_pathway (PdDocument *document)
{
  const char *title;
  guint n_nodes, n_edges;
  GString *s;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  title = pd_document_get_title (document);
  n_nodes = g_list_model_get_n_items (pd_document_get_nodes (document));
  n_edges = g_list_model_get_n_items (pd_document_get_edges (document));
  s = g_string_new (NULL);
  if (title && *title)
    g_string_append_printf (s, _("Pathway: %s"), title);
  else
    g_string_append (s, _("Untitled pathway"));
  g_string_append (s, ", ");
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u step", "%u steps", n_nodes),
                          n_nodes);
  g_string_append (s, ", ");
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u transition", "%u transitions",
                                          n_edges), n_edges);
  g_string_append_c (s, '.');
  if (n_nodes > 0)
    g_string_append_printf (s, " %s", _("Tab goes from step to step."));
  return g_string_free (s, FALSE);
}

/* "3 steps and 2 transitions selected: A, B, C, from C to D, …" */
static char *
describe_many (Reading     *reading,
               PdSelection *selection)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *count = NULL;
  guint n_nodes = 0, n_edges = 0, listed;
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < reading->nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (reading->nodes, i);

      if (!pd_selection_contains (selection, pd_node_get_id (node)))
        continue;
      n_nodes++;
      g_ptr_array_add (names, g_strdup (title_of (node)));
    }
  for (guint i = 0; i < reading->edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (reading->edges, i);

      if (!pd_selection_contains (selection, pd_edge_get_id (edge)))
        continue;
      n_edges++;
      g_ptr_array_add (names, edge_ends (reading->document, edge));
    }
  if (n_nodes > 0 && n_edges > 0)
    {
      g_autofree char *steps = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step",
                                                             "%u steps", n_nodes), n_nodes);
      g_autofree char *transitions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "%u transition",
                                                                   "%u transitions", n_edges),
                                                      n_edges);
      /* Translators: "3 steps and 2 transitions selected", then their names. */
      g_string_append_printf (s, _("%s and %s selected: "), steps, transitions);
    }
  else if (n_nodes > 0)
    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u step selected: ",
                                            "%u steps selected: ", n_nodes), n_nodes);
  else
    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u transition selected: ",
                                            "%u transitions selected: ", n_edges), n_edges);
  listed = MIN (names->len, MAX_LISTED);
  for (guint i = 0; i < listed; i++)
    g_string_append_printf (s, "%s%s", i > 0 ? ", " : "", (char *) g_ptr_array_index (names, i));
  if (names->len > listed)
    {
      g_string_append (s, ", ");
      /* Translators: after the names of the first few objects selected. */
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                              names->len - listed), names->len - listed);
    }
  end_sentence (s);
  return g_string_free (s, FALSE);
}

char *
pd_describe_selection (PdDocument  *document,
                       PdSelection *selection)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  Reading reading;
  char *text;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PD_IS_SELECTION (selection), NULL);

  nodes = pd_selection_get_nodes (selection, document);
  edges = pd_selection_get_edges (selection, document);
  if (nodes->len + edges->len == 0)
    return pd_describe_pathway (document);
  if (nodes->len == 0 && edges->len == 1)
    return describe_edge (document, g_ptr_array_index (edges, 0));
  reading_init (&reading, document);
  if (nodes->len == 1 && edges->len == 0)
    text = describe_node (&reading, g_ptr_array_index (nodes, 0));
  else
    text = describe_many (&reading, selection);
  reading_clear (&reading);
  return text;
}
