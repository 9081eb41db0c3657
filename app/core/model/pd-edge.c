/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-edge.h"
#include "pd-fields-private.h"
#include "pd-foreign-private.h"

struct _PdEdge
{
  GObject parent_instance;

  char *id;
  char *from_id;
  char *to_id;
  char *label;
  int kind;
  double likelihood;
};

G_DEFINE_FINAL_TYPE (PdEdge, pd_edge, G_TYPE_OBJECT)

static const PdField fields[] = {
  PD_FIELD_ID (PdEdge, id, "id"),
  PD_FIELD_STR (PdEdge, from_id, "from-id"),
  PD_FIELD_STR (PdEdge, to_id, "to-id"),
  PD_FIELD_STR (PdEdge, label, "label"),
  PD_FIELD_ENUM (PdEdge, kind, "kind", pd_edge_kind_get_type, PD_EDGE_KIND_TYPICAL),
  PD_FIELD_DBL (PdEdge, likelihood, "likelihood", PD_LIKELIHOOD_UNSET, 100, PD_LIKELIHOOD_UNSET),
};

PD_DEFINE_FIELD_VFUNCS (pd_edge, PdEdge, fields)

static void
pd_edge_finalize (GObject *object)
{
  pd_fields_clear (object, fields, G_N_ELEMENTS (fields));
  G_OBJECT_CLASS (pd_edge_parent_class)->finalize (object);
}

static void
pd_edge_class_init (PdEdgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pd_edge_get_property;
  object_class->set_property = pd_edge_set_property;
  object_class->finalize = pd_edge_finalize;
  pd_fields_install (object_class, fields, G_N_ELEMENTS (fields));
}

static void
pd_edge_init (PdEdge *self)
{
  pd_fields_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

PdEdge *
pd_edge_new (const char *id,
             const char *from_id,
             const char *to_id)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (PD_TYPE_EDGE, "id", id, "from-id", from_id, "to-id", to_id, NULL);
}

PdEdge *
pd_edge_copy (PdEdge     *edge,
              const char *new_id)
{
  PdEdge *copy = pd_edge_new (new_id ? new_id : edge->id, NULL, NULL);
  PdForeign *foreign = pd_object_get_foreign (G_OBJECT (edge));

  pd_fields_copy (G_OBJECT (copy), G_OBJECT (edge), fields, G_N_ELEMENTS (fields));
  if (foreign)
    pd_object_set_foreign (G_OBJECT (copy), pd_foreign_copy (foreign));
  return copy;
}

const char *pd_edge_get_id (PdEdge *edge) { return edge->id; }
const char *pd_edge_get_from_id (PdEdge *edge) { return edge->from_id; }
const char *pd_edge_get_to_id (PdEdge *edge) { return edge->to_id; }
const char *pd_edge_get_label (PdEdge *edge) { return edge->label; }
PdEdgeKind pd_edge_get_kind (PdEdge *edge) { return edge->kind; }
double pd_edge_get_likelihood (PdEdge *edge) { return edge->likelihood; }
