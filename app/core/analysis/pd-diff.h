/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"
#include "pd-scene-compare.h"

G_BEGIN_DECLS

/* What changed between two versions of a pathway, by meaning rather than
 * by line: the pathway's own fields, agencies, steps, transitions and
 * comments added, removed or changed field by field. Steps, agencies and
 * comments are matched by id; a step removed and one added with the same
 * title (trimmed, any case) and kind is one step whose id changed;
 * transitions are matched by id, else by their ends and kind. Every
 * readable property of the model's classes is compared, so that a field
 * added to the model is compared without a change here. */

typedef enum {
  PD_DIFF_PATHWAY,
  PD_DIFF_AGENCY,
  PD_DIFF_STEP,
  PD_DIFF_TRANSITION,
  PD_DIFF_COMMENT,
} PdDiffSubject;

typedef enum {
  PD_DIFF_ADDED,
  PD_DIFF_REMOVED,
  PD_DIFF_CHANGED,
  /* Only its place or size changed (steps only). */
  PD_DIFF_MOVED,
} PdDiffKind;

typedef enum {
  PD_DIFF_FLAGS_NONE = 0,
  /* Leave out places and sizes: no MOVED change, no x, y, width or height. */
  PD_DIFF_IGNORE_MOVES = 1 << 0,
} PdDiffFlags;

/* One field that differs: the property's name ("sessions", "easy-read";
 * "id" for a step whose id changed), the language of a translated text
 * (NULL for English and fields that are not text) and the values as text,
 * NULL when unset. @quoted: the values are texts people wrote, shown in
 * quotation marks, rather than numbers or names of choices. */
typedef struct {
  char    *field;
  char    *lang;
  char    *old_value;
  char    *new_value;
  gboolean quoted;
} PdDiffField;

/* One object added, removed or changed. @id is its id in the new version
 * (the old one when removed), @old_id the one in the old version (NULL
 * when added); @name what people call it: a step's title, an agency's
 * name, "“From” → “To”" for a transition, a comment's author, NULL for the
 * pathway. @fields (element-type PdDiffField) lists what differs, in the
 * order of the class's properties; empty when added or removed. */
typedef struct {
  PdDiffSubject subject;
  PdDiffKind    kind;
  char         *id;
  char         *old_id;
  char         *name;
  GPtrArray    *fields;
} PdDiffChange;

/* The changes from @old_document to @new_document, the pathway's first,
 * then agencies, steps, transitions and comments, each in the old
 * version's order with those added after: (transfer full)
 * (element-type PdDiffChange), empty when the two are the same. */
GPtrArray  *pd_diff_documents      (PdDocument  *old_document,
                                    PdDocument  *new_document,
                                    PdDiffFlags  flags);

/* Whether @field is among the change's fields. */
gboolean    pd_diff_change_has_field (const PdDiffChange *change,
                                      const char         *field);

/* What the subject and kind are called in the JSON report ("step",
 * "changed"): (transfer none). */
const char *pd_diff_subject_to_string (PdDiffSubject subject);
const char *pd_diff_kind_to_string    (PdDiffKind    kind);

/* A sentence for people: "Step “CBT” changed: sessions 8 → 12." Returns:
 * (transfer full). */
char       *pd_diff_change_describe  (const PdDiffChange *change);
/* "sessions 8 → 12", "easy read (cy) “…” → “…”": (transfer full). */
char       *pd_diff_field_describe   (const PdDiffField  *field);

/* The value of @pspec in @value as text, as the report shows it: NULL
 * when unset; *@known set to FALSE for a boxed type it cannot show.
 * Returns: (transfer full) (nullable). @known: (out) (nullable). */
char       *pd_diff_value_to_text    (GParamSpec   *pspec,
                                      const GValue *value,
                                      gboolean     *known);

/* What the canvas marks of @changes (from @old_document): new and changed
 * steps, and the removed ones drawn where they were. Returns:
 * (transfer full). */
PdSceneCompare *pd_diff_scene_marks  (PdDocument   *old_document,
                                      GPtrArray    *changes);
/* "Compared with another version: 1 new step, …": (transfer full). */
char       *pd_diff_summarise        (GPtrArray    *changes);

void        pd_diff_change_free      (PdDiffChange *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdDiffChange, pd_diff_change_free)

G_END_DECLS
