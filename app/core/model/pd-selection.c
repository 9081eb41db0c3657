/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-edge.h"
#include "pd-node.h"
#include "pd-selection.h"

struct _PdSelection
{
  GObject parent_instance;

  GPtrArray *ids;        /* of char *, in selection order */
};

G_DEFINE_FINAL_TYPE (PdSelection, pd_selection, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
pd_selection_finalize (GObject *object)
{
  PdSelection *self = PD_SELECTION (object);

  g_ptr_array_unref (self->ids);
  G_OBJECT_CLASS (pd_selection_parent_class)->finalize (object);
}

static void
pd_selection_class_init (PdSelectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_selection_finalize;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pd_selection_init (PdSelection *self)
{
  self->ids = g_ptr_array_new_with_free_func (g_free);
}

PdSelection *
pd_selection_new (void)
{
  return g_object_new (PD_TYPE_SELECTION, NULL);
}

static gboolean
find (PdSelection *self,
      const char  *id,
      guint       *index)
{
  return g_ptr_array_find_with_equal_func (self->ids, id, g_str_equal, index);
}

/* Applies one id; TRUE when the selection changed. */
static gboolean
apply (PdSelection *self,
       const char  *id,
       PdSelectMode mode)
{
  guint index;

  if (find (self, id, &index))
    {
      if (mode != PD_SELECT_TOGGLE)
        return FALSE;
      g_ptr_array_remove_index (self->ids, index);
      return TRUE;
    }
  g_ptr_array_add (self->ids, g_strdup (id));
  return TRUE;
}

void
pd_selection_select_many (PdSelection        *self,
                          const char * const *ids,
                          guint               n_ids,
                          PdSelectMode        mode)
{
  gboolean changed = FALSE;

  g_return_if_fail (PD_IS_SELECTION (self));

  if (mode == PD_SELECT_REPLACE)
    {
      /* Unchanged when it already is exactly @ids. */
      guint n = 0;
      gboolean same = TRUE;

      for (; ids && (n_ids == 0 ? ids[n] != NULL : n < n_ids); n++)
        if (n >= self->ids->len || g_strcmp0 (ids[n], g_ptr_array_index (self->ids, n)) != 0)
          same = FALSE;
      if (same && n == self->ids->len)
        return;
      g_ptr_array_set_size (self->ids, 0);
      changed = TRUE;
      mode = PD_SELECT_ADD;
    }
  for (guint i = 0; ids && (n_ids == 0 ? ids[i] != NULL : i < n_ids); i++)
    changed |= apply (self, ids[i], mode);
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

void
pd_selection_select (PdSelection *self,
                     const char  *id,
                     PdSelectMode mode)
{
  const char *ids[] = { id };

  g_return_if_fail (id != NULL);
  pd_selection_select_many (self, ids, 1, mode);
}

void
pd_selection_clear (PdSelection *self)
{
  g_return_if_fail (PD_IS_SELECTION (self));

  if (self->ids->len == 0)
    return;
  g_ptr_array_set_size (self->ids, 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
pd_selection_contains (PdSelection *self,
                       const char  *id)
{
  g_return_val_if_fail (PD_IS_SELECTION (self), FALSE);
  return id != NULL && find (self, id, NULL);
}

guint
pd_selection_get_length (PdSelection *self)
{
  g_return_val_if_fail (PD_IS_SELECTION (self), 0);
  return self->ids->len;
}

const char *
pd_selection_get_id (PdSelection *self,
                     guint        index)
{
  g_return_val_if_fail (PD_IS_SELECTION (self), NULL);
  return index < self->ids->len ? g_ptr_array_index (self->ids, index) : NULL;
}

const char *
pd_selection_get_last (PdSelection *self)
{
  g_return_val_if_fail (PD_IS_SELECTION (self), NULL);
  return self->ids->len ? g_ptr_array_index (self->ids, self->ids->len - 1) : NULL;
}

static GPtrArray *
objects_of_type (PdSelection *self,
                 PdDocument  *document,
                 GType        type)
{
  GPtrArray *objects = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->ids->len; i++)
    {
      GObject *object = pd_document_lookup (document, g_ptr_array_index (self->ids, i));

      if (object && G_TYPE_CHECK_INSTANCE_TYPE (object, type))
        g_ptr_array_add (objects, g_object_ref (object));
    }
  return objects;
}

GPtrArray *
pd_selection_get_nodes (PdSelection *self,
                        PdDocument  *document)
{
  g_return_val_if_fail (PD_IS_SELECTION (self), NULL);
  return objects_of_type (self, document, PD_TYPE_NODE);
}

GPtrArray *
pd_selection_get_edges (PdSelection *self,
                        PdDocument  *document)
{
  g_return_val_if_fail (PD_IS_SELECTION (self), NULL);
  return objects_of_type (self, document, PD_TYPE_EDGE);
}

void
pd_selection_prune (PdSelection *self,
                    PdDocument  *document)
{
  gboolean changed = FALSE;

  g_return_if_fail (PD_IS_SELECTION (self));

  for (guint i = self->ids->len; i > 0; i--)
    if (pd_document_lookup (document, g_ptr_array_index (self->ids, i - 1)) == NULL)
      {
        g_ptr_array_remove_index (self->ids, i - 1);
        changed = TRUE;
      }
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}
