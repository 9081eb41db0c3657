/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The capacity model's people a year, as the diagram's figures. */
#include <glib/gi18n-lib.h>

#include "pd-capacity.h"
#include "pd-people-flow.h"

G_DEFINE_QUARK (pd-people-flow-error-quark, pd_people_flow_error)

PdSceneFlow *
pd_people_flow_new (PdDocument *document,
                    GError    **error)
{
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(PdSceneFlow) flow = NULL;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  capacity = pd_capacity_new (document, NULL, error);
  if (capacity == NULL)
    return NULL;
  /* Every figure would be 0: nothing worth drawing, and a reason to give. */
  if (!(pd_capacity_get_totals (capacity)->arrivals > 0))
    {
      g_set_error_literal (error, PD_PEOPLE_FLOW_ERROR, PD_PEOPLE_FLOW_ERROR_NO_ONE,
                           _("No one enters the pathway: give it referrals a year (or a "
                             "step arrivals a year) to see people a year on the diagram"));
      return NULL;
    }
  flow = pd_scene_flow_new ();
  for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
    {
      const PdCapacityStep *step = pd_capacity_get_step (capacity, i);

      pd_scene_flow_set_step (flow, pd_node_get_id (step->node), MAX (step->people, 0));
    }
  for (guint i = 0; i < pd_capacity_get_n_flows (capacity); i++)
    {
      const PdCapacityFlow *way = pd_capacity_get_flow (capacity, i);

      pd_scene_flow_set_transition (flow, pd_edge_get_id (way->edge), MAX (way->people, 0));
    }
  return g_steal_pointer (&flow);
}
