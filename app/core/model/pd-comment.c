/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pd-comment-private.h"
#include "pd-fields-private.h"

struct _PdComment
{
  GObject parent_instance;

  char *id;
  char *target_id;
  char *author;
  char *role;
  char *text;
  char *time;
  gboolean resolved;
};

G_DEFINE_FINAL_TYPE (PdComment, pd_comment, G_TYPE_OBJECT)

static const PdField fields[] = {
  PD_FIELD_ID (PdComment, id, "id"),
  PD_FIELD_STR (PdComment, target_id, "target-id"),
  PD_FIELD_STR (PdComment, author, "author"),
  PD_FIELD_STR (PdComment, role, "role"),
  PD_FIELD_STR (PdComment, text, "text"),
  PD_FIELD_STR (PdComment, time, "time"),
  PD_FIELD_BOOL (PdComment, resolved, "resolved"),
};

PD_DEFINE_FIELD_VFUNCS (pd_comment, PdComment, fields)

static void
pd_comment_finalize (GObject *object)
{
  pd_fields_clear (object, fields, G_N_ELEMENTS (fields));
  G_OBJECT_CLASS (pd_comment_parent_class)->finalize (object);
}

static void
pd_comment_class_init (PdCommentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pd_comment_get_property;
  object_class->set_property = pd_comment_set_property;
  object_class->finalize = pd_comment_finalize;
  pd_fields_install (object_class, fields, G_N_ELEMENTS (fields));
}

static void
pd_comment_init (PdComment *self)
{
  pd_fields_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
}

PdComment *
pd_comment_new (const char *id,
                const char *target_id)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (PD_TYPE_COMMENT, "id", id, "target-id", target_id, NULL);
}

PdComment *
pd_comment_copy (PdComment  *comment,
                 const char *new_id)
{
  PdComment *copy = pd_comment_new (new_id ? new_id : comment->id, NULL);

  pd_fields_copy (G_OBJECT (copy), G_OBJECT (comment), fields, G_N_ELEMENTS (fields));
  return copy;
}

const char *pd_comment_get_id (PdComment *comment) { return comment->id; }
const char *pd_comment_get_target_id (PdComment *comment) { return comment->target_id; }
const char *pd_comment_get_author (PdComment *comment) { return comment->author; }
const char *pd_comment_get_role (PdComment *comment) { return comment->role; }
const char *pd_comment_get_text (PdComment *comment) { return comment->text; }
const char *pd_comment_get_time (PdComment *comment) { return comment->time; }
gboolean pd_comment_get_resolved (PdComment *comment) { return comment->resolved; }
