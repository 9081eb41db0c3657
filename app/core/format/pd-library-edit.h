/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-library.h"

G_BEGIN_DECLS

/* Changing a library: a shared service edited in one place, written back
 * to library.xml and given to every step that uses it.
 *
 * library.xml is written whole from the model, always in the same order
 * and layout (format version 1), so that writing twice gives the same
 * bytes and a file the program wrote reads back field for field. What the
 * model does not hold is not kept: comments before <library> are written
 * back, comments inside it are dropped. */

/* (transfer full); free accepts NULL. A copy of every field and of the
 * evidence links. */
PdService *pd_service_copy      (const PdService *service);
void       pd_service_free      (PdService       *service);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdService, pd_service_free)

/* library.xml's bytes for the library as it is now: (transfer full). */
GBytes    *pd_library_write_xml (PdLibrary *self);

/* Writes library.xml into the library's folder: to a temporary file there,
 * flushed and renamed over the old one, so that a crash leaves the whole
 * old or the whole new file. Refuses (nothing written) when the bytes would
 * not load again, when library.xml is a symbolic link (the rename would
 * replace the link, and a link may lead anywhere), is read-only or was
 * changed on disk since the library was read, or when the folder has no
 * library.xml. */
gboolean   pd_library_save      (PdLibrary  *self,
                                 GError    **error);

/* Replaces the library's service of @service's id with a copy of @service,
 * writes library.xml (pd_library_save()) and gives the service's fields to
 * the steps that use it in every pathway of the library, in memory (plain
 * sets, as at load: the pathways' files keep their old copy until each is
 * saved), noting those steps as updated. On error nothing changes, in
 * memory or on disk. The service must have a title; its agency, if any,
 * must be one of the library's; skills need a role. */
gboolean   pd_library_save_service (PdLibrary        *self,
                                    const PdService  *service,
                                    GError          **error);

/* Gives the steps of @document that use service @service_id the
 * service's fields as commands: one undo step named @label, marking the
 * document modified. Returns the number of steps changed (0: no command). */
guint      pd_library_update_document (PdLibrary  *self,
                                       PdDocument *document,
                                       const char *service_id,
                                       const char *label);

G_END_DECLS
