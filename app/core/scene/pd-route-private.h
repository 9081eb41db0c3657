/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-route.h"

G_BEGIN_DECLS

/* For the scene's transitions (pd-scene-edge.c). @points: (element-type
 * double) (inout), x, y pairs changed in place. */

/* Moves every run of @points @distance to its right, seen the way it
 * goes: two ways between the same steps in opposite directions then run
 * side by side instead of on top of each other. */
void     pd_route_offset     (GArray       *points,
                              double        distance);
/* Takes the corners out of @points where a straight run keeps
 * @clearance from every obstacle; the first and the last runs stay. */
void     pd_route_straighten (GArray       *points,
                              const GArray *obstacles,
                              double        clearance);

G_END_DECLS
