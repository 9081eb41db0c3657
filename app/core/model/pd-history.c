/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-history-private.h"

struct _PdHistory
{
  GObject parent_instance;

  GPtrArray *undo;           /* of PdCommand, oldest first */
  GPtrArray *redo;           /* of PdCommand, next to redo last */
  GPtrArray *open_groups;    /* transactions under way, innermost last */
  /* Length of the undo stack when saved; -1 when that state can no longer
   * be reached (it was in the redo stack and the redo stack was dropped). */
  gssize saved_depth;
  gboolean sealed;
  /* Counts the changes to the document: every command pushed (inside a
   * transaction too), undone or redone. */
  guint64 changes;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PdHistory, pd_history, G_TYPE_OBJECT)

typedef struct {
  gboolean can_undo;
  gboolean can_redo;
  gboolean modified;
} State;

static State
get_state (PdHistory *self)
{
  return (State) { pd_history_can_undo (self), pd_history_can_redo (self),
                   pd_history_is_modified (self) };
}

static void
notify_changes (PdHistory *self,
                State      before)
{
  State after = get_state (self);

  if (before.can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before.can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before.modified != after.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
pd_history_finalize (GObject *object)
{
  PdHistory *self = PD_HISTORY (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->open_groups, g_ptr_array_unref);
  G_OBJECT_CLASS (pd_history_parent_class)->finalize (object);
}

static void
pd_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PdHistory *self = PD_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO: g_value_set_boolean (value, pd_history_can_undo (self)); break;
    case PROP_CAN_REDO: g_value_set_boolean (value, pd_history_can_redo (self)); break;
    case PROP_MODIFIED: g_value_set_boolean (value, pd_history_is_modified (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_history_class_init (PdHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pd_history_finalize;
  object_class->get_property = pd_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After every change of the document or of the history (an edit, undo,
   * redo, a save): what autosave listens to. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pd_history_init (PdHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_command_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_command_free);
  self->open_groups = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_command_free);
  self->saved_depth = 0;
}

PdHistory *
pd_history_new (void)
{
  return g_object_new (PD_TYPE_HISTORY, NULL);
}

static void
drop_redo (PdHistory *self)
{
  if (self->redo->len == 0)
    return;
  if (self->saved_depth > (gssize) self->undo->len)
    self->saved_depth = -1;
  g_ptr_array_set_size (self->redo, 0);
}

/* Adds @command to the innermost open transaction or to the undo stack. */
static void
record (PdHistory *self,
        PdCommand *command,
        gboolean   may_merge)
{
  PdCommand *last;

  if (self->open_groups->len > 0)
    {
      pd_command_group_add (g_ptr_array_index (self->open_groups, self->open_groups->len - 1),
                            command);
      return;
    }

  drop_redo (self);
  last = self->undo->len ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;
  /* Never merge into the saved state: "modified" must stay true after it. */
  if (last && may_merge && !self->sealed && self->saved_depth != (gssize) self->undo->len
      && pd_command_merge (last, command))
    pd_command_free (command);
  else
    g_ptr_array_add (self->undo, command);
  /* A finished transaction is a whole gesture: nothing merges into it. */
  self->sealed = !may_merge;
}

void
pd_history_push (PdHistory *self,
                 PdCommand *command)
{
  State before;

  g_return_if_fail (PD_IS_HISTORY (self));
  g_return_if_fail (command != NULL);

  before = get_state (self);
  record (self, command, TRUE);
  self->changes++;
  notify_changes (self, before);
}

gboolean
pd_history_undo (PdHistory *self)
{
  State before;
  PdCommand *command;

  g_return_val_if_fail (PD_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->open_groups->len == 0, FALSE);

  if (self->undo->len == 0)
    return FALSE;
  before = get_state (self);
  command = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  pd_command_revert (command);
  g_ptr_array_add (self->redo, command);
  self->sealed = TRUE;
  self->changes++;
  notify_changes (self, before);
  return TRUE;
}

gboolean
pd_history_redo (PdHistory *self)
{
  State before;
  PdCommand *command;

  g_return_val_if_fail (PD_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->open_groups->len == 0, FALSE);

  if (self->redo->len == 0)
    return FALSE;
  before = get_state (self);
  command = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  pd_command_apply (command);
  g_ptr_array_add (self->undo, command);
  self->sealed = TRUE;
  self->changes++;
  notify_changes (self, before);
  return TRUE;
}

guint64
pd_history_get_changes (PdHistory *self)
{
  g_return_val_if_fail (PD_IS_HISTORY (self), 0);
  return self->changes;
}

gboolean
pd_history_can_undo (PdHistory *self)
{
  return self->undo->len > 0 && self->open_groups->len == 0;
}

gboolean
pd_history_can_redo (PdHistory *self)
{
  return self->redo->len > 0 && self->open_groups->len == 0;
}

const char *
pd_history_get_undo_label (PdHistory *self)
{
  if (self->undo->len == 0)
    return NULL;
  return ((PdCommand *) g_ptr_array_index (self->undo, self->undo->len - 1))->label;
}

const char *
pd_history_get_redo_label (PdHistory *self)
{
  if (self->redo->len == 0)
    return NULL;
  return ((PdCommand *) g_ptr_array_index (self->redo, self->redo->len - 1))->label;
}

void
pd_history_begin (PdHistory  *self,
                  const char *label)
{
  State before;

  g_return_if_fail (PD_IS_HISTORY (self));

  before = get_state (self);
  g_ptr_array_add (self->open_groups, pd_command_group_new (label));
  notify_changes (self, before);
}

void
pd_history_end (PdHistory *self)
{
  State before;
  PdCommand *group;

  g_return_if_fail (PD_IS_HISTORY (self));
  g_return_if_fail (self->open_groups->len > 0);

  before = get_state (self);
  group = g_ptr_array_steal_index (self->open_groups, self->open_groups->len - 1);
  if (pd_command_group_get_length (group) == 0)
    pd_command_free (group);
  else if (pd_command_group_get_length (group) == 1)
    record (self, pd_command_group_unwrap (group), FALSE);
  else
    record (self, group, FALSE);
  notify_changes (self, before);
}

void
pd_history_seal (PdHistory *self)
{
  self->sealed = TRUE;
}

void
pd_history_mark_saved (PdHistory *self)
{
  State before = get_state (self);

  self->saved_depth = self->undo->len;
  self->sealed = TRUE;
  notify_changes (self, before);
}

void
pd_history_mark_unsaved (PdHistory *self)
{
  State before = get_state (self);

  self->saved_depth = -1;
  notify_changes (self, before);
}

gboolean
pd_history_is_modified (PdHistory *self)
{
  return self->saved_depth != (gssize) self->undo->len;
}
