/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>
#include <math.h>

#include "pd-agency.h"
#include "pd-edit.h"
#include "pd-enums.h"
#include "pd-outline-text.h"
#include "pd-reading-order.h"
#include "pd-timing.h"

GPtrArray *
pd_outline_rows (PdDocument *document)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  GPtrArray *rows;
  guint e = 0;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  pd_reading_order (document, &nodes, &edges);
  rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (nodes, i);

      g_ptr_array_add (rows, g_object_ref (node));
      /* Each step's ways out come together, in the order it is read in. */
      for (; e < edges->len; e++)
        {
          PdEdge *edge = g_ptr_array_index (edges, e);

          if (!g_str_equal (pd_edge_get_from_id (edge), pd_node_get_id (node)))
            break;
          g_ptr_array_add (rows, g_object_ref (edge));
        }
    }
  /* Transitions from a step the document lacks (never in a valid file). */
  for (; e < edges->len; e++)
    g_ptr_array_add (rows, g_object_ref (g_ptr_array_index (edges, e)));
  return rows;
}

char *
pd_outline_step_title (PdNode *node)
{
  const char *title = pd_node_get_title (node);

  g_return_val_if_fail (PD_IS_NODE (node), NULL);
  return g_strdup (title && *title ? title : pd_node_get_id (node));
}

static void
add_part (GString    *text,
          const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (text->len)
    g_string_append (text, " · ");
  g_string_append (text, part);
}

char *
pd_outline_step_details (PdDocument *document,
                         PdNode     *node)
{
  PdAgency *agency = pd_document_get_agency (document, pd_node_get_agency_id (node));
  GString *text = g_string_new (NULL);
  g_autofree char *timing = pd_timing_describe_short (node);
  guint comments = pd_edit_count_open_comments (document, pd_node_get_id (node));

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  add_part (text, pd_node_kind_get_label (pd_node_get_kind (node)));
  if (agency)
    {
      const char *cue = pd_agency_get_cue (agency);
      g_autofree char *who = cue && *cue
                             ? g_strdup_printf ("%s (%s)", pd_agency_get_name (agency), cue)
                             : g_strdup (pd_agency_get_name (agency));
      add_part (text, who);
    }
  add_part (text, pd_node_get_staff_role (node));
  add_part (text, timing);
  if (pd_node_get_availability (node) != PD_AVAILABILITY_OFFERED)
    add_part (text, pd_enum_get_label (PD_TYPE_AVAILABILITY, pd_node_get_availability (node)));
  if (comments > 0)
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u open comment",
                                                             "%u open comments", comments),
                                                comments);
      add_part (text, count);
    }
  return g_string_free (text, FALSE);
}

static char *
name_of (PdDocument *document,
         const char *id)
{
  PdNode *node = pd_document_get_node (document, id);
  return node ? pd_outline_step_title (node) : g_strdup (id);
}

char *
pd_outline_transition_title (PdDocument *document,
                             PdEdge     *edge)
{
  g_autofree char *to = NULL;

  g_return_val_if_fail (PD_IS_EDGE (edge), NULL);
  to = name_of (document, pd_edge_get_to_id (edge));
  /* Translators: a transition in the outline, under the step it leaves. */
  return g_strdup_printf (_("To “%s”"), to);
}

char *
pd_outline_transition_details (PdDocument *document,
                               PdEdge     *edge)
{
  GString *text = g_string_new (NULL);
  const char *label = pd_edge_get_label (edge);

  g_return_val_if_fail (PD_IS_EDGE (edge), NULL);

  add_part (text, pd_edge_kind_get_label (pd_edge_get_kind (edge)));
  if (label && *label)
    {
      g_autofree char *quoted = g_strdup_printf ("“%s”", label);
      add_part (text, quoted);
    }
  if (pd_edge_get_likelihood (edge) >= 0)
    {
      /* Translators: how likely a transition is, in percent. */
      g_autofree char *likely = g_strdup_printf (_("%d%% likely"),
                                                 (int) round (pd_edge_get_likelihood (edge)));
      add_part (text, likely);
    }
  return g_string_free (text, FALSE);
}

char *
pd_outline_row_text (PdDocument *document,
                     GObject    *row)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  if (PD_IS_NODE (row))
    {
      g_autofree char *title = pd_outline_step_title (PD_NODE (row));
      g_autofree char *details = pd_outline_step_details (document, PD_NODE (row));
      /* Translators: a step in the outline: its title, then its details. */
      return g_strdup_printf (_("Step “%s”. %s"), title, details);
    }
  if (PD_IS_EDGE (row))
    {
      PdEdge *edge = PD_EDGE (row);
      g_autofree char *from = name_of (document, pd_edge_get_from_id (edge));
      g_autofree char *to = name_of (document, pd_edge_get_to_id (edge));
      g_autofree char *details = pd_outline_transition_details (document, edge);
      /* Translators: a transition in the outline: its ends, then its kind,
       * label and likelihood. */
      return g_strdup_printf (_("Transition from “%s” to “%s”. %s"), from, to, details);
    }
  g_return_val_if_reached (NULL);
}

PdNode *
pd_outline_neighbour (PdDocument *document,
                      PdNode     *node,
                      gboolean    forward)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  guint at;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PD_IS_NODE (node), NULL);

  pd_reading_order (document, &nodes, &edges);
  if (!g_ptr_array_find (nodes, node, &at))
    return NULL;
  if (forward)
    return at + 1 < nodes->len ? g_ptr_array_index (nodes, at + 1) : NULL;
  return at > 0 ? g_ptr_array_index (nodes, at - 1) : NULL;
}
