/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-document.h"
#include "pd-agency.h"
#include "pd-comment.h"
#include "pd-edge.h"
#include "pd-node.h"

G_BEGIN_DECLS

/* The editing commands of the designer, on the model: each is one step of
 * the undo history, and each is usable without a window. What they add
 * they return (transfer none): the document holds it. @ids are arrays
 * (element-type utf8) of object ids, @nodes (element-type PdNode). */

/* Adds a step of @kind centred on (@x, @y), named after its kind, delivered
 * by @agency_id (NULL: the document's first agency). */
PdNode    *pd_edit_add_node   (PdDocument *document,
                               PdNodeKind  kind,
                               const char *agency_id,
                               double      x,
                               double      y);
/* Where a step of @width × @height can go near (@x, @y) (its top left
 * corner) without covering another step: there, or further down. */
void       pd_edit_find_room  (PdDocument *document,
                               double     *x,
                               double     *y,
                               double      width,
                               double      height);
/* Adds a typical transition from @from to @to. */
PdEdge    *pd_edit_connect    (PdDocument *document,
                               PdNode     *from,
                               PdNode     *to);
/* Deletes the steps and transitions of @ids (with the transitions of the
 * deleted steps); returns how many objects of @ids were deleted. */
guint      pd_edit_delete     (PdDocument *document,
                               GPtrArray  *ids);

/* The steps of @ids, the transitions among them (and those of @ids whose
 * two ends are in it), and their agencies, as a .pathway document: what
 * Copy puts on the clipboard. NULL when @ids has no step: (transfer full)
 * (nullable). */
char      *pd_edit_copy       (PdDocument *document,
                               GPtrArray  *ids);
/* Adds the steps and transitions of the .pathway document @data (read as
 * safely as a file), moved by (@dx, @dy), with ids that @document does not
 * have yet; agencies it lacks are added. Returns the new ids, or NULL and
 * an error (the loader's message) when @data is not a pathway: (transfer
 * full) (element-type utf8) (nullable). */
GPtrArray *pd_edit_paste      (PdDocument  *document,
                               const char  *data,
                               gsize        length,
                               double       dx,
                               double       dy,
                               GError     **error);
/* Copy then paste, moved by (@dx, @dy). Returns the new ids, empty when
 * @ids has no step: (transfer full) (element-type utf8). */
GPtrArray *pd_edit_duplicate  (PdDocument *document,
                               GPtrArray  *ids,
                               double      dx,
                               double      dy);

/* Adds an agency with a colour and a letter that no other agency has. */
PdAgency  *pd_edit_add_agency (PdDocument *document);
/* Removes @agency; the steps it delivered go to @heir ((nullable): only when no
 * step uses it). One undo step. FALSE with G_IO_ERROR_BUSY when steps use
 * it and there is no heir. */
gboolean   pd_edit_remove_agency (PdDocument *document,
                                  PdAgency   *agency,
                                  PdAgency   *heir,
                                  GError    **error);
/* How many steps @agency delivers. */
guint      pd_edit_count_agency_steps (PdDocument *document,
                                       PdAgency   *agency);

/* A workshop comment on @target_id (NULL: on the pathway), stamped with
 * the time now; @author, @role and @text (nullable) are copied. */
PdComment *pd_edit_add_comment (PdDocument *document,
                                const char *target_id,
                                const char *author,
                                const char *role,
                                const char *text);
/* How many comments on @target_id (NULL: the pathway) are not resolved. */
guint      pd_edit_count_open_comments (PdDocument *document,
                                        const char *target_id);

typedef enum {
  PD_ALIGN_TO_LEFT,
  PD_ALIGN_TO_CENTER,     /* centres on one vertical line */
  PD_ALIGN_TO_RIGHT,
  PD_ALIGN_TO_TOP,
  PD_ALIGN_TO_MIDDLE,     /* centres on one horizontal line */
  PD_ALIGN_TO_BOTTOM,
} PdAlignTo;

/* Lines @nodes up on the side or centre of the first one, the reference,
 * which stays put: the first step selected. Steps that would then cover
 * one another, or a step not in @nodes, go along the line, away from the
 * reference, until they are clear with a gap between; steps that are
 * clear keep their places along it. One undo step. */
void       pd_edit_align      (PdDocument *document,
                               GPtrArray  *nodes,
                               PdAlignTo   to);
/* Puts @a where @b is and @b where @a was (their top left corners), as
 * one undo step: how the outline moves a step before or after another. */
void       pd_edit_swap_places (PdDocument *document,
                                PdNode     *a,
                                PdNode     *b);
/* Moves @node one place earlier in the journey, or @later, as one undo
 * step: how the outline's Alt+Up and Alt+Down reorder steps.
 *
 * The first step of a branch (reached only from a step that has other
 * ways out) changes places on the canvas with the next branch of the same
 * kind, before or after it, which reorders the branches. Any other step
 * changes places in its chain with the step before or after it, when one
 * transition alone joins them: A→B→C→D with C moved earlier becomes
 * A→C→B→D. The transitions stay where they were in the journey, with
 * their labels and likelihoods (A's to C now, C's to B, B's to D), and the
 * two steps trade places on the canvas too. Moving a step earlier and then
 * later gives back the pathway it began as.
 *
 * Where no single step is next to it, nothing changes: before a chain's
 * first step or a step several steps lead to, after a chain's last step or
 * a step that branches, and before the first step of a branch (the step
 * would take the branch's place). Then @why, if not NULL, says why, for
 * the user: (out) (optional) (transfer full); it must point to NULL. */
gboolean   pd_edit_move_step  (PdDocument *document,
                               PdNode     *node,
                               gboolean    later,
                               char      **why);
/* Spaces @nodes (three or more) with equal gaps between the outermost two,
 * across when @horizontal, else down. */
void       pd_edit_distribute (PdDocument *document,
                               GPtrArray  *nodes,
                               gboolean    horizontal);

G_END_DECLS
