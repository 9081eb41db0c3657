/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A change to a document that can be reverted and applied again. Commands
 * are made and applied by PdDocument's editing functions, then kept by
 * PdHistory. They hold references to the model objects they change, so an
 * object removed from the document lives on in the history for undo. */

typedef struct _PdCommand PdCommand;

typedef struct {
  void     (*apply)    (PdCommand *self);
  void     (*revert)   (PdCommand *self);
  /* Absorbs @next into @self when they are one edit continued (typing into
   * the same field, moving the same nodes); returns FALSE otherwise. */
  gboolean (*merge)    (PdCommand *self,
                        PdCommand *next);
  void     (*finalize) (PdCommand *self);
} PdCommandVTable;

struct _PdCommand
{
  const PdCommandVTable *vtable;
  char *label;
};

/* The _new functions return (transfer full); a command references the
 * objects and copies the values it is given. free accepts NULL. */
void       pd_command_apply   (PdCommand *command);
void       pd_command_revert  (PdCommand *command);
gboolean   pd_command_merge   (PdCommand *command,
                               PdCommand *next);
void       pd_command_free    (PdCommand *command);

/* Sets one property of a model object. */
PdCommand *pd_command_set_property_new (GObject      *object,
                                        const char   *property,
                                        const GValue *old_value,
                                        const GValue *new_value);

/* Sets the translation of @field of @object into @lang (texts (nullable):
 * NULL is none);
 * consecutive changes of the same field in the same language merge. */
PdCommand *pd_command_set_translation_new (GObject    *object,
                                           const char *field,
                                           const char *lang,
                                           const char *old_text,
                                           const char *new_text);

/* Inserts @item at @position of @store (or removes it, when @insert is
 * FALSE); @on_change is told of every insertion and removal. */
typedef void (*PdListChangeFunc) (gpointer  user_data,
                                  GObject  *item,
                                  gboolean  added);
PdCommand *pd_command_list_new         (GListStore       *store,
                                        guint             position,
                                        GObject          *item,
                                        gboolean          insert,
                                        PdListChangeFunc  on_change,
                                        gpointer          user_data);

/* Moves @nodes ((element-type PdNode), referenced) by a common offset;
 * consecutive moves of the same nodes merge. */
PdCommand *pd_command_move_new         (GPtrArray *nodes,
                                        double     dx,
                                        double     dy);

/* A sequence of commands applied in order and reverted in reverse. */
PdCommand *pd_command_group_new        (const char *label);
/* @command: (transfer full). */
void       pd_command_group_add        (PdCommand  *group,
                                        PdCommand  *command);
guint      pd_command_group_get_length (PdCommand  *group);
/* Takes the only command out of a group of one (and frees the group):
 * @group (transfer full), holding exactly one; returns (transfer full),
 * named with the group's label when it has one. */
PdCommand *pd_command_group_unwrap     (PdCommand  *group);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdCommand, pd_command_free)

G_END_DECLS
