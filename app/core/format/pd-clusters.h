/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The national mental-health care clusters, read from the catalogue
 * compiled into the program (pathways-xml/clusters.xml). */
typedef struct {
  guint       number;
  const char *name;
  const char *super_class_id;     /* "non-psychotic", "psychosis", "organic", "variance" */
  const char *super_class_name;
  gboolean    unused;             /* cluster 9 is blank in the national scheme */
} PdCluster;

/* The clusters are static: (transfer none). get_item's @index must be
 * below get_n_items(). */
guint            pd_clusters_get_n_items (void);
const PdCluster *pd_clusters_get_item    (guint index);
/* (transfer none) (nullable): NULL when there is no cluster of that number. */
const PdCluster *pd_clusters_lookup      (guint number);

G_END_DECLS
