/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A titled link: a supporting document or a piece of evidence. */
typedef struct {
  char *title;
  char *href;
} PdLink;

/* A co-design participant, named or described by role. */
typedef struct {
  char *name;
  char *role;
} PdParticipant;

#define PD_TYPE_LINK (pd_link_get_type ())
#define PD_TYPE_PARTICIPANT (pd_participant_get_type ())

/* new and copy return (transfer full), each string copied; the arguments
 * are (nullable). free takes (transfer full) and accepts NULL. */
GType          pd_link_get_type        (void) G_GNUC_CONST;
PdLink        *pd_link_new             (const char *title,
                                        const char *href);
PdLink        *pd_link_copy            (const PdLink *link);
void           pd_link_free            (PdLink *link);

GType          pd_participant_get_type (void) G_GNUC_CONST;
PdParticipant *pd_participant_new      (const char *name,
                                        const char *role);
PdParticipant *pd_participant_copy     (const PdParticipant *participant);
void           pd_participant_free     (PdParticipant *participant);

/* Arrays held in model properties are never changed once set: an edit sets
 * a new array, so that undo can keep the old one. Returns: (transfer full)
 * an empty array that frees its elements (element-type PdLink or
 * PdParticipant). */
GPtrArray     *pd_link_array_new        (void);
GPtrArray     *pd_participant_array_new (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdLink, pd_link_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdParticipant, pd_participant_free)

G_END_DECLS
