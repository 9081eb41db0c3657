/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>
#include <math.h>

#include "pd-diagnostic.h"
#include "pd-edge.h"
#include "pd-enums.h"
#include "pd-journey.h"
#include "pd-reading-order.h"

static void
step_free (PdJourneyStep *step)
{
  g_clear_object (&step->node);
  g_clear_object (&step->agency);
  g_free (step->text);
  g_free (step->timing);
  g_free (step);
}

void
pd_journey_free (PdJourney *journey)
{
  if (journey == NULL)
    return;
  g_ptr_array_unref (journey->steps);
  g_ptr_array_unref (journey->problems);
  g_free (journey);
}

char *
pd_journey_describe_timing (PdNode *node)
{
  GString *text = g_string_new (NULL);
  double duration = pd_node_get_duration (node);
  guint sessions = pd_node_get_sessions (node);
  guint minutes = pd_node_get_session_minutes (node);

  if (duration > 0)
    {
      guint whole = (guint) MAX (round (duration), 1);

      switch (pd_node_get_duration_unit (node))
        {
        case PD_DURATION_UNIT_DAYS:
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "It may take about %u day.",
                                                     "It may take about %u days.", whole), whole);
          break;
        case PD_DURATION_UNIT_MONTHS:
          /* "3 years" reads more easily than "36 months". */
          if (whole >= 24)
            {
              guint years = (guint) round (duration / 12);
              g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                         "It may take about %u year.",
                                                         "It may take about %u years.", years),
                                      years);
            }
          else
            g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                       "It may take about %u month.",
                                                       "It may take about %u months.", whole),
                                    whole);
          break;
        case PD_DURATION_UNIT_WEEKS:
        default:
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "It may take about %u week.",
                                                     "It may take about %u weeks.", whole),
                                  whole);
          break;
        }
    }
  if (sessions > 0)
    {
      if (text->len)
        g_string_append_c (text, ' ');
      if (minutes > 0)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                   "You may have %u meeting of about %u minutes.",
                                                   "You may have %u meetings of about %u minutes.",
                                                   sessions),
                                sessions, minutes);
      else
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "You may have %u meeting.",
                                                   "You may have %u meetings.", sessions),
                                sessions);
    }
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  return g_string_free (text, FALSE);
}

static gboolean
shown (PdNode                 *node,
       const PdJourneyOptions *options)
{
  return options->include_not_offered || pd_node_get_availability (node) == PD_AVAILABILITY_OFFERED;
}

static void
add_step (PdJourney  *journey,
          PdDocument *document,
          PdNode     *node,
          gboolean    alternative,
          const char *file_name)
{
  PdJourneyStep *step = g_new0 (PdJourneyStep, 1);
  const char *easy_read = pd_node_get_easy_read (node);
  PdAgency *agency = pd_document_get_agency (document, pd_node_get_agency_id (node));

  step->node = g_object_ref (node);
  step->agency = agency ? g_object_ref (agency) : NULL;
  step->alternative = alternative;
  step->not_offered = pd_node_get_availability (node) != PD_AVAILABILITY_OFFERED;
  step->timing = pd_journey_describe_timing (node);
  if (easy_read && *easy_read)
    step->text = g_strdup (easy_read);
  else
    {
      guint line = 0, column = 0;
      g_autofree char *message = g_strdup_printf (
        _("“%s” has no easy-read text: the leaflet shows only its title"),
        pd_node_get_title (node) ? pd_node_get_title (node) : pd_node_get_id (node));
      PdDiagnostic *problem;

      /* Never filled in with the clinical description: it is reported. */
      step->missing_easy_read = TRUE;
      step->text = g_strdup (pd_node_get_title (node) ? pd_node_get_title (node) : "");
      pd_document_get_source_position (document, pd_node_get_id (node), &line, &column);
      problem = pd_diagnostic_new (file_name, line, column, PD_SEVERITY_WARNING, message);
      problem->object_id = g_strdup (pd_node_get_id (node));
      g_ptr_array_add (journey->problems, problem);
    }
  g_ptr_array_add (journey->steps, step);
}

/* The ways out of @node, the usual one first (reading order's). */
static GPtrArray *
ways_out (PdDocument *document,
          GPtrArray  *edges,
          PdNode     *node)
{
  GPtrArray *targets = g_ptr_array_new ();

  for (guint i = 0; i < edges->len; i++)
    {
      PdEdge *edge = g_ptr_array_index (edges, i);
      PdNode *to;

      if (g_strcmp0 (pd_edge_get_from_id (edge), pd_node_get_id (node)) != 0)
        continue;
      to = pd_document_get_node (document, pd_edge_get_to_id (edge));
      if (to && to != node && !g_ptr_array_find (targets, to, NULL))
        g_ptr_array_add (targets, to);
    }
  return targets;
}

PdJourney *
pd_journey_new (PdDocument             *document,
                const PdJourneyOptions *options,
                const char             *file_name)
{
  PdJourneyOptions defaults = { 0 };
  PdJourney *journey = g_new0 (PdJourney, 1);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  g_autoptr(GHashTable) on_route = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) route = g_ptr_array_new ();
  PdNode *at = NULL;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  if (options == NULL)
    options = &defaults;
  journey->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  journey->problems = pd_diagnostics_new ();
  pd_reading_order (document, &nodes, &edges);

  /* The usual way: from the first step a reader meets, each time the
   * first way out to a step not yet met. */
  for (guint i = 0; i < nodes->len && at == NULL; i++)
    if (shown (g_ptr_array_index (nodes, i), options))
      at = g_ptr_array_index (nodes, i);
  while (at)
    {
      g_autoptr(GPtrArray) out = ways_out (document, edges, at);
      PdNode *next = NULL;

      g_ptr_array_add (route, at);
      g_hash_table_add (on_route, at);
      for (guint i = 0; i < out->len && next == NULL; i++)
        {
          PdNode *candidate = g_ptr_array_index (out, i);
          if (!g_hash_table_contains (on_route, candidate) && shown (candidate, options))
            next = candidate;
        }
      at = next;
    }

  /* Each step, then the other ways it may lead, once each. */
  for (guint i = 0; i < route->len; i++)
    {
      PdNode *node = g_ptr_array_index (route, i);
      g_autoptr(GPtrArray) out = ways_out (document, edges, node);

      add_step (journey, document, node, FALSE, file_name);
      for (guint o = 0; o < out->len; o++)
        {
          PdNode *other = g_ptr_array_index (out, o);

          if (g_hash_table_contains (on_route, other) || !shown (other, options))
            continue;
          g_hash_table_add (on_route, other);
          add_step (journey, document, other, TRUE, file_name);
        }
    }
  return journey;
}
