/* SPDX-License-Identifier: GPL-3.0-or-later */
/* People a year for the diagram: the figures a caller gives the scene,
 * and the words it writes them in. */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "pd-scene-flow.h"

struct _PdSceneFlow {
  GHashTable *steps;          /* node id → double * */
  GHashTable *transitions;    /* edge id → double * */
};

PdSceneFlow *
pd_scene_flow_new (void)
{
  PdSceneFlow *flow = g_new0 (PdSceneFlow, 1);

  flow->steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  flow->transitions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return flow;
}

void
pd_scene_flow_free (PdSceneFlow *flow)
{
  if (flow == NULL)
    return;
  g_hash_table_unref (flow->steps);
  g_hash_table_unref (flow->transitions);
  g_free (flow);
}

static void
set (GHashTable *table,
     const char *id,
     double      people)
{
  g_hash_table_insert (table, g_strdup (id), g_memdup2 (&people, sizeof people));
}

static gboolean
get (GHashTable *table,
     const char *id,
     double     *people)
{
  double *value = id ? g_hash_table_lookup (table, id) : NULL;

  if (value == NULL)
    return FALSE;
  if (people)
    *people = *value;
  return TRUE;
}

void
pd_scene_flow_set_step (PdSceneFlow *flow,
                        const char  *node_id,
                        double       people)
{
  g_return_if_fail (flow != NULL);
  g_return_if_fail (node_id != NULL);
  g_return_if_fail (people >= 0);

  set (flow->steps, node_id, people);
}

void
pd_scene_flow_set_transition (PdSceneFlow *flow,
                              const char  *edge_id,
                              double       people)
{
  g_return_if_fail (flow != NULL);
  g_return_if_fail (edge_id != NULL);
  g_return_if_fail (people >= 0);

  set (flow->transitions, edge_id, people);
}

gboolean
pd_scene_flow_get_step (const PdSceneFlow *flow,
                        const char        *node_id,
                        double            *people)
{
  g_return_val_if_fail (flow != NULL, FALSE);

  return get (flow->steps, node_id, people);
}

gboolean
pd_scene_flow_get_transition (const PdSceneFlow *flow,
                              const char        *edge_id,
                              double            *people)
{
  g_return_val_if_fail (flow != NULL, FALSE);

  return get (flow->transitions, edge_id, people);
}

double
pd_scene_flow_largest (const PdSceneFlow *flow)
{
  GHashTableIter iter;
  gpointer value;
  double largest = 0;

  g_return_val_if_fail (flow != NULL, 0);

  g_hash_table_iter_init (&iter, flow->transitions);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    largest = MAX (largest, *(double *) value);
  return largest;
}

/* A figure from a model is no more exact than its likelihoods: whole
 * people below a thousand, three figures above (1,247 → 1,250). */
static double
rounded (double people)
{
  double unit;

  if (people < 1000)
    return round (people);
  unit = pow (10, floor (log10 (people)) - 2);
  return round (people / unit) * unit;
}

char *
pd_scene_flow_format_number (double people)
{
  /* The ' flag groups digits as the reader's locale does. */
  return g_strdup_printf ("%'.0f", rounded (MAX (people, 0)));
}

/* For plural forms: the count, held to what ngettext takes. */
static gulong
count_of (double people)
{
  return (gulong) MIN (rounded (MAX (people, 0)), (double) G_MAXUINT32);
}

char *
pd_scene_flow_describe_step (double people)
{
  g_autofree char *number = NULL;

  if (people > 0 && people < 0.5)
    return g_strdup (_("fewer than 1 person a year"));
  number = pd_scene_flow_format_number (people);
  /* Translators: people a year through a step of the diagram, e.g.
   * "1,250 people a year". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person a year", "%s people a year",
                                       count_of (people)), number);
}

char *
pd_scene_flow_describe_transition (double people)
{
  g_autofree char *number = NULL;

  if (people > 0 && people < 0.5)
    return g_strdup (_("fewer than 1 a year"));
  number = pd_scene_flow_format_number (people);
  /* Translators: people a year along a transition, in its label, e.g.
   * "1,250 a year". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s a year", "%s a year",
                                       count_of (people)), number);
}
