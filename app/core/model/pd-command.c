/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-command-private.h"
#include "pd-node.h"
#include "pd-translations.h"

void
pd_command_apply (PdCommand *command)
{
  command->vtable->apply (command);
}

void
pd_command_revert (PdCommand *command)
{
  command->vtable->revert (command);
}

gboolean
pd_command_merge (PdCommand *command,
                  PdCommand *next)
{
  if (command->vtable != next->vtable || command->vtable->merge == NULL)
    return FALSE;
  return command->vtable->merge (command, next);
}

void
pd_command_free (PdCommand *command)
{
  if (command == NULL)
    return;
  command->vtable->finalize (command);
  g_free (command->label);
  g_free (command);
}

/* Set property */

typedef struct {
  PdCommand parent;
  GObject *object;
  char *property;
  GValue old_value;
  GValue new_value;
} SetProperty;

static void
set_property_apply (PdCommand *command)
{
  SetProperty *self = (SetProperty *) command;
  g_object_set_property (self->object, self->property, &self->new_value);
}

static void
set_property_revert (PdCommand *command)
{
  SetProperty *self = (SetProperty *) command;
  g_object_set_property (self->object, self->property, &self->old_value);
}

static gboolean
set_property_merge (PdCommand *command,
                    PdCommand *next)
{
  SetProperty *self = (SetProperty *) command;
  SetProperty *other = (SetProperty *) next;

  if (self->object != other->object || g_strcmp0 (self->property, other->property) != 0)
    return FALSE;
  g_value_unset (&self->new_value);
  g_value_init (&self->new_value, G_VALUE_TYPE (&other->new_value));
  g_value_copy (&other->new_value, &self->new_value);
  return TRUE;
}

static void
set_property_finalize (PdCommand *command)
{
  SetProperty *self = (SetProperty *) command;

  g_object_unref (self->object);
  g_free (self->property);
  g_value_unset (&self->old_value);
  g_value_unset (&self->new_value);
}

static const PdCommandVTable set_property_vtable = {
  set_property_apply, set_property_revert, set_property_merge, set_property_finalize,
};

PdCommand *
pd_command_set_property_new (GObject      *object,
                             const char   *property,
                             const GValue *old_value,
                             const GValue *new_value)
{
  SetProperty *self = g_new0 (SetProperty, 1);

  self->parent.vtable = &set_property_vtable;
  self->object = g_object_ref (object);
  self->property = g_strdup (property);
  g_value_init (&self->old_value, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &self->old_value);
  g_value_init (&self->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, &self->new_value);
  return &self->parent;
}

/* Set a translation */

typedef struct {
  PdCommand parent;
  GObject *object;
  char *field;
  char *lang;
  char *old_text;
  char *new_text;
} SetTranslation;

static void
set_translation_to (SetTranslation *self,
                    const char     *text)
{
  g_autoptr(PdTranslations) translations = NULL;

  /* A new value for the property, so that "notify" tells the views. */
  g_object_get (self->object, "translations", &translations, NULL);
  if (translations == NULL)
    translations = pd_translations_new ();
  pd_translations_set (translations, self->field, self->lang, text);
  g_object_set (self->object, "translations",
                pd_translations_get_n_items (translations) ? translations : NULL, NULL);
}

static void
set_translation_apply (PdCommand *command)
{
  SetTranslation *self = (SetTranslation *) command;
  set_translation_to (self, self->new_text);
}

static void
set_translation_revert (PdCommand *command)
{
  SetTranslation *self = (SetTranslation *) command;
  set_translation_to (self, self->old_text);
}

static gboolean
set_translation_merge (PdCommand *command,
                       PdCommand *next)
{
  SetTranslation *self = (SetTranslation *) command;
  SetTranslation *other = (SetTranslation *) next;

  if (self->object != other->object || g_strcmp0 (self->field, other->field) != 0
      || g_strcmp0 (self->lang, other->lang) != 0)
    return FALSE;
  g_free (self->new_text);
  self->new_text = g_strdup (other->new_text);
  return TRUE;
}

static void
set_translation_finalize (PdCommand *command)
{
  SetTranslation *self = (SetTranslation *) command;

  g_object_unref (self->object);
  g_free (self->field);
  g_free (self->lang);
  g_free (self->old_text);
  g_free (self->new_text);
}

static const PdCommandVTable set_translation_vtable = {
  set_translation_apply, set_translation_revert, set_translation_merge, set_translation_finalize,
};

PdCommand *
pd_command_set_translation_new (GObject    *object,
                                const char *field,
                                const char *lang,
                                const char *old_text,
                                const char *new_text)
{
  SetTranslation *self = g_new0 (SetTranslation, 1);

  self->parent.vtable = &set_translation_vtable;
  self->object = g_object_ref (object);
  self->field = g_strdup (field);
  self->lang = pd_language_tag_normalize (lang);
  self->old_text = g_strdup (old_text);
  self->new_text = g_strdup (new_text);
  return &self->parent;
}

/* Insert into or remove from a list */

typedef struct {
  PdCommand parent;
  GListStore *store;
  guint position;
  GObject *item;
  gboolean insert;
  PdListChangeFunc on_change;
  gpointer user_data;
} ListChange;

static void
list_do (ListChange *self,
         gboolean    insert)
{
  if (insert)
    g_list_store_insert (self->store, self->position, self->item);
  else
    {
      g_autoptr(GObject) current = g_list_model_get_item (G_LIST_MODEL (self->store),
                                                          self->position);
      g_assert (current == self->item);
      g_list_store_remove (self->store, self->position);
    }
  if (self->on_change)
    self->on_change (self->user_data, self->item, insert);
}

static void
list_apply (PdCommand *command)
{
  ListChange *self = (ListChange *) command;
  list_do (self, self->insert);
}

static void
list_revert (PdCommand *command)
{
  ListChange *self = (ListChange *) command;
  list_do (self, !self->insert);
}

static void
list_finalize (PdCommand *command)
{
  ListChange *self = (ListChange *) command;

  g_object_unref (self->store);
  g_object_unref (self->item);
}

static const PdCommandVTable list_vtable = {
  list_apply, list_revert, NULL, list_finalize,
};

PdCommand *
pd_command_list_new (GListStore       *store,
                     guint             position,
                     GObject          *item,
                     gboolean          insert,
                     PdListChangeFunc  on_change,
                     gpointer          user_data)
{
  ListChange *self = g_new0 (ListChange, 1);

  self->parent.vtable = &list_vtable;
  self->store = g_object_ref (store);
  self->position = position;
  self->item = g_object_ref (item);
  self->insert = insert;
  self->on_change = on_change;
  self->user_data = user_data;
  return &self->parent;
}

/* Move nodes */

typedef struct {
  PdCommand parent;
  GPtrArray *nodes;
  double dx;
  double dy;
} Move;

static void
move_by (Move  *self,
         double dx,
         double dy)
{
  for (guint i = 0; i < self->nodes->len; i++)
    {
      PdNode *node = g_ptr_array_index (self->nodes, i);
      double x = CLAMP (pd_node_get_x (node) + dx, -PD_COORD_LIMIT, PD_COORD_LIMIT);
      double y = CLAMP (pd_node_get_y (node) + dy, -PD_COORD_LIMIT, PD_COORD_LIMIT);

      g_object_set (node, "x", x, "y", y, NULL);
    }
}

static void
move_apply (PdCommand *command)
{
  Move *self = (Move *) command;
  move_by (self, self->dx, self->dy);
}

static void
move_revert (PdCommand *command)
{
  Move *self = (Move *) command;
  move_by (self, -self->dx, -self->dy);
}

static gboolean
move_merge (PdCommand *command,
            PdCommand *next)
{
  Move *self = (Move *) command;
  Move *other = (Move *) next;

  if (self->nodes->len != other->nodes->len)
    return FALSE;
  for (guint i = 0; i < self->nodes->len; i++)
    if (g_ptr_array_index (self->nodes, i) != g_ptr_array_index (other->nodes, i))
      return FALSE;
  self->dx += other->dx;
  self->dy += other->dy;
  return TRUE;
}

static void
move_finalize (PdCommand *command)
{
  Move *self = (Move *) command;
  g_ptr_array_unref (self->nodes);
}

static const PdCommandVTable move_vtable = {
  move_apply, move_revert, move_merge, move_finalize,
};

PdCommand *
pd_command_move_new (GPtrArray *nodes,
                     double     dx,
                     double     dy)
{
  Move *self = g_new0 (Move, 1);

  self->parent.vtable = &move_vtable;
  self->nodes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < nodes->len; i++)
    g_ptr_array_add (self->nodes, g_object_ref (g_ptr_array_index (nodes, i)));
  self->dx = dx;
  self->dy = dy;
  return &self->parent;
}

/* Group */

typedef struct {
  PdCommand parent;
  GPtrArray *commands;
} Group;

static void
group_apply (PdCommand *command)
{
  Group *self = (Group *) command;

  for (guint i = 0; i < self->commands->len; i++)
    pd_command_apply (g_ptr_array_index (self->commands, i));
}

static void
group_revert (PdCommand *command)
{
  Group *self = (Group *) command;

  for (guint i = self->commands->len; i > 0; i--)
    pd_command_revert (g_ptr_array_index (self->commands, i - 1));
}

static void
group_finalize (PdCommand *command)
{
  Group *self = (Group *) command;
  g_ptr_array_unref (self->commands);
}

static const PdCommandVTable group_vtable = {
  group_apply, group_revert, NULL, group_finalize,
};

PdCommand *
pd_command_group_new (const char *label)
{
  Group *self = g_new0 (Group, 1);

  self->parent.vtable = &group_vtable;
  self->parent.label = g_strdup (label);
  self->commands = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_command_free);
  return &self->parent;
}

void
pd_command_group_add (PdCommand *group,
                      PdCommand *command)
{
  Group *self = (Group *) group;
  PdCommand *last;

  g_assert (group->vtable == &group_vtable);
  /* A drag inside one gesture sends many moves: keep one. */
  last = self->commands->len ? g_ptr_array_index (self->commands, self->commands->len - 1) : NULL;
  if (last && pd_command_merge (last, command))
    pd_command_free (command);
  else
    g_ptr_array_add (self->commands, command);
}

guint
pd_command_group_get_length (PdCommand *group)
{
  g_assert (group->vtable == &group_vtable);
  return ((Group *) group)->commands->len;
}

PdCommand *
pd_command_group_unwrap (PdCommand *group)
{
  Group *self = (Group *) group;
  PdCommand *only;

  g_assert (group->vtable == &group_vtable);
  g_assert (self->commands->len == 1);
  only = g_ptr_array_steal_index (self->commands, 0);
  /* The step is named for what the user did: the outermost name. */
  if (group->label != NULL)
    {
      g_free (only->label);
      only->label = g_steal_pointer (&group->label);
    }
  pd_command_free (group);
  return only;
}
