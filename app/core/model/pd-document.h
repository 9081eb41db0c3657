/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pd-agency.h"
#include "pd-change.h"
#include "pd-comment.h"
#include "pd-edge.h"
#include "pd-enums.h"
#include "pd-history.h"
#include "pd-link.h"
#include "pd-node.h"
#include "pd-staff.h"
#include "pd-translations.h"

G_BEGIN_DECLS

#define PD_TYPE_DOCUMENT (pd_document_get_type ())
G_DECLARE_FINAL_TYPE (PdDocument, pd_document, PD, DOCUMENT, GObject)

/* The newest version of the file format this program reads. Files are
 * written in the oldest version that holds them: 1, or 2 when they have
 * texts in other languages (xml:lang), which version 1 readers would refuse
 * with schema errors rather than a clear "made by a newer version". */
#define PD_FORMAT_VERSION 4
#define PD_FORMAT_VERSION_FIRST 1
#define PD_FORMAT_VERSION_TRANSLATIONS 2
/* Version 3 adds the data of capacity planning: clinical hours a year per
 * whole-time equivalent and staff in post on the pathway, arrivals a year,
 * group size, staff at a session and several roles with their shares on a
 * step. */
#define PD_FORMAT_VERSION_CAPACITY 3
/* Version 4 adds what a pathway shares with the others of its library and
 * its history: steps where offers made alongside each other come back
 * together, steps that use a library's shared service, and the change log. */
#define PD_FORMAT_VERSION_LIBRARY 4

/* Clinical hours a year that one whole-time equivalent gives when the
 * pathway does not say: 37.5 hours a week × 45 working weeks (52 less
 * annual leave, bank holidays, training and sickness) × 60% of the time in
 * contact with service users (the rest: notes, supervision, meetings). */
#define PD_HOURS_PER_WTE_DEFAULT (37.5 * 45 * 0.6)
#define PD_HOURS_PER_WTE_LIMIT 8784.0

/* A pathway: its metadata (GObject properties "pathway-id", "title",
 * "summary", "status", "version", "lead", "review-by", "created-date",
 * "modified-date", "clusters" (GArray of guint), "documents" (GPtrArray of
 * PdLink), "participants" (GPtrArray of PdParticipant),
 * "referrals-per-year", "hours-per-wte", "staffing" (GPtrArray of PdPost),
 * "changes" (GPtrArray of PdChange)),
 * its agencies, nodes, edges and comments (each a
 * GListModel), and the undo history of every change made through the
 * editing functions below. "modified" is derived from the history. */

/* Constructors return (transfer full). */
PdDocument *pd_document_new              (void);
/* A new pathway with the default agencies, as File → New makes it. */
PdDocument *pd_document_new_default      (void);
/* A copy of @self with copies of its objects, that saves to the same file;
 * its history starts empty and unmodified. */
PdDocument *pd_document_copy             (PdDocument *self);

/* Getters: (transfer none), valid while @self lives. The title is
 * (nullable); the lists are GListModels of PdAgency, PdNode, PdEdge and
 * PdComment that the views may watch but only the editing functions below
 * change. */
const char *pd_document_get_title        (PdDocument *self);
GListModel *pd_document_get_agencies     (PdDocument *self);
GListModel *pd_document_get_nodes        (PdDocument *self);
GListModel *pd_document_get_edges        (PdDocument *self);
GListModel *pd_document_get_comments     (PdDocument *self);
PdHistory  *pd_document_get_history      (PdDocument *self);
gboolean    pd_document_get_modified     (PdDocument *self);
/* For capacity planning: referrals a year into the pathway (0 when not
 * given); clinical hours a year per whole-time equivalent
 * (PD_HOURS_PER_WTE_DEFAULT when not given); staff in post:
 * (transfer none) (nullable) (element-type PdPost). */
guint       pd_document_get_referrals_per_year (PdDocument *self);
double      pd_document_get_hours_per_wte (PdDocument *self);
GPtrArray  *pd_document_get_staffing     (PdDocument *self);
/* The change log (element-type PdChange), in the order it was written,
 * oldest first; NULL or empty when the pathway has none. (transfer none):
 * an edit sets a new array rather than changing this one. */
GPtrArray  *pd_document_get_changes      (PdDocument *self);

/* Any object of the document by id (ids are unique across all kinds), or
 * the node or agency of that id: (transfer none) (nullable), NULL for an
 * unknown id, an id of another kind or a NULL @id. */
GObject    *pd_document_lookup           (PdDocument *self,
                                          const char *id);
PdNode     *pd_document_get_node         (PdDocument *self,
                                          const char *id);
PdAgency   *pd_document_get_agency       (PdDocument *self,
                                          const char *id);
/* A fresh id that no object of the document has: @prefix followed by a
 * number. Returns: (transfer full). */
char       *pd_document_make_id          (PdDocument *self,
                                          const char *prefix);

/* Editing. Each call is one command in the history (or one part of the
 * open transaction). */
void        pd_document_begin            (PdDocument *self,
                                          const char *label);
void        pd_document_end              (PdDocument *self);
gboolean    pd_document_undo             (PdDocument *self);
gboolean    pd_document_redo             (PdDocument *self);

/* Sets properties of @object (the document itself or one of its agencies,
 * nodes, edges or comments), like g_object_set(); unchanged values record
 * nothing. Values are copied; @label of begin() may be NULL. @nodes of
 * move_nodes: (element-type PdNode) (transfer none). */
void        pd_document_set              (PdDocument *self,
                                          gpointer    object,
                                          const char *first_property,
                                          ...) G_GNUC_NULL_TERMINATED;
void        pd_document_set_value        (PdDocument   *self,
                                          gpointer      object,
                                          const char   *property,
                                          const GValue *value);
void        pd_document_move_nodes       (PdDocument *self,
                                          GPtrArray  *nodes,
                                          double      dx,
                                          double      dy);

/* The add functions take a reference of their object (transfer none) and
 * the remove functions keep one in the history for undo. */
void        pd_document_add_node         (PdDocument *self,
                                          PdNode     *node);
/* Removes @node with the edges that touch it and the comments on it. */
void        pd_document_remove_node      (PdDocument *self,
                                          PdNode     *node);
void        pd_document_add_edge         (PdDocument *self,
                                          PdEdge     *edge);
void        pd_document_remove_edge      (PdDocument *self,
                                          PdEdge     *edge);
void        pd_document_add_agency       (PdDocument *self,
                                          PdAgency   *agency);
/* Refuses (G_IO_ERROR_BUSY) while nodes use @agency. @error: (nullable). */
gboolean    pd_document_remove_agency    (PdDocument *self,
                                          PdAgency   *agency,
                                          GError    **error);
void        pd_document_move_agency      (PdDocument *self,
                                          PdAgency   *agency,
                                          guint       new_position);
void        pd_document_add_comment      (PdDocument *self,
                                          PdComment  *comment);
void        pd_document_remove_comment   (PdDocument *self,
                                          PdComment  *comment);

/* Where an object was defined in the file the document was read from, for
 * messages; FALSE when not known (the object was made since). @line and
 * @column: (out) (nullable). */
gboolean    pd_document_get_source_position (PdDocument *self,
                                             const char *id,
                                             guint      *line,
                                             guint      *column);

/* Texts in other languages (see pd-translations.h): the pathway's title and
 * summary, each step's title and easy-read text, each agency's name. The
 * _for getters give the English text for NULL or "en", else the
 * translation or NULL: (transfer none) (nullable); @lang: (nullable). */
/* (transfer none) (nullable): NULL until a text is translated. */
PdTranslations *pd_document_get_translations (PdDocument *self);
const char *pd_document_get_title_for    (PdDocument *self,
                                          const char *lang);
const char *pd_document_get_summary_for  (PdDocument *self,
                                          const char *lang);
/* Whether @property of @object (the document, a node or an agency) may be
 * given in other languages. */
gboolean    pd_document_is_translatable  (gpointer    object,
                                          const char *property);
/* The translation of @property of @object into @lang:
 * (transfer none) (nullable). */
const char *pd_document_get_translation  (PdDocument *self,
                                          gpointer    object,
                                          const char *property,
                                          const char *lang);
/* Sets it (@text (nullable); NULL or "": removes it) as one command; typing into the same
 * field in the same language merges. @lang is a valid tag, not English. */
void        pd_document_set_translation  (PdDocument *self,
                                          gpointer    object,
                                          const char *property,
                                          const char *lang,
                                          const char *text);
/* The tags of every language the document has a text in, English aside,
 * sorted: (transfer full), never NULL; free with g_strfreev(). */
char      **pd_document_get_languages    (PdDocument *self);

/* The comments before the file's <pathway> element (say, a note that its
 * translations are still to be checked), kept and written back first.
 * @comments: (nullable) (transfer none), copied; the getter returns them
 * (transfer none) (nullable), NULL when there are none. */
void        pd_document_set_file_comments (PdDocument         *self,
                                           const char * const *comments);
const char * const *pd_document_get_file_comments (PdDocument *self);

/* Marks the current state as the one on disk. */
void        pd_document_mark_saved       (PdDocument *self);
/* Stamps "modified-date" (and "created-date" when unset) with @date,
 * YYYY-MM-DD, as part of saving: no undo step. */
void        pd_document_stamp_saved      (PdDocument *self,
                                          const char *date);

G_END_DECLS
