/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A library's pathways as one workforce, with the library's staff in post. */
#include "pd-capacity-private.h"

PdCapacity *
pd_capacity_sum_with_staffing (PdCapacity * const *capacities,
                               guint               n_capacities,
                               GPtrArray          *posts)
{
  PdCapacity *self = pd_capacity_sum (capacities, n_capacities);

  for (guint i = 0; i < self->roles->len; i++)
    {
      PdCapacityRole *row = &g_array_index (self->roles, PdCapacityRole, i);

      row->has_in_post = FALSE;
      row->in_post = 0;
    }
  pd_capacity_add_staffing (self, posts);
  pd_capacity_finish_roles (self, FALSE);
  return self;
}
