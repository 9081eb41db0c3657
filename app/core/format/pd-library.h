/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pd-diagnostic.h"
#include "pd-document.h"

G_BEGIN_DECLS

/* A library of pathways: a folder of .pathway files with an optional
 * library.xml that holds what they share: the organisation's name, one set
 * of agencies (colours and letters) for every pathway, staff in post for
 * capacity planning of all its pathways as one workforce, shared services
 * that steps use by id (a step's "service" attribute) and the settings of
 * the published site.
 *
 * library.xml is read as safely as a pathway file (no DOCTYPE, no network,
 * size and depth caps) and validated against pathways-xml/library.rng. Every
 * *.pathway directly in the folder is loaded, in the order of their file
 * names; one that cannot be loaded is kept with its error and does not stop
 * the others. Files reached through a symbolic link that leads out of the
 * folder, and files larger than PD_MAX_FILE_SIZE, are refused. */

#define PD_LIBRARY_NAMESPACE "https://pathwaydesigner.org/ns/library"
#define PD_LIBRARY_FILE_NAME "library.xml"
/* The newest version of library.xml this program reads. */
#define PD_LIBRARY_FORMAT_VERSION 1
/* No more pathways than this are loaded from one folder. */
#define PD_LIBRARY_MAX_PATHWAYS 1000

/* A service defined once in library.xml and used by steps of any pathway.
 * The strings other than the id are (nullable); 0 (and NULL) mean "not
 * given", and such a field never replaces a step's own. @line and @column
 * say where library.xml defines it. */
typedef struct {
  char          *id;
  char          *title;
  char          *description;
  char          *agency_id;
  PdNodeKind     kind;
  double         duration;
  PdDurationUnit duration_unit;
  guint          sessions;
  guint          session_minutes;
  char          *staff_role;
  char          *staff_skills;
  GPtrArray     *evidence;      /* (element-type PdLink) (nullable) */
  guint          line;
  guint          column;
} PdService;

/* A step that uses a service, in the pathway of @entry: both
 * (transfer none), valid while the library lives. */
typedef struct _PdLibraryEntry PdLibraryEntry;
typedef struct {
  PdLibraryEntry *entry;
  PdNode         *node;
} PdServiceUse;

#define PD_TYPE_LIBRARY (pd_library_get_type ())
G_DECLARE_FINAL_TYPE (PdLibrary, pd_library, PD, LIBRARY, GObject)

/* Opens the library of @folder (a folder, or the library.xml in one).
 * Returns: (transfer full) (nullable), NULL with @error set when the folder
 * cannot be read or its library.xml cannot be loaded (the message a
 * diagnostic "FILE:LINE:COL: error: ..."). A folder without library.xml is
 * a library of its pathways alone. */
PdLibrary  *pd_library_open          (GFile        *folder,
                                      GCancellable *cancellable,
                                      GError      **error);
/* As pd_library_open(), adding every problem found in library.xml to
 * @diagnostics ((element-type PdDiagnostic) (nullable)), warnings too. */
PdLibrary  *pd_library_load          (GFile        *folder,
                                      GPtrArray    *diagnostics,
                                      GCancellable *cancellable,
                                      GError      **error);

/* Getters: (transfer none). The folder; the file library.xml (nullable:
 * NULL when the folder has none); the organisation's name (nullable). */
GFile      *pd_library_get_folder    (PdLibrary *self);
GFile      *pd_library_get_file      (PdLibrary *self);
const char *pd_library_get_name      (PdLibrary *self);

/* The pathways, in the order of their file names. get_entry's @index is
 * below get_n_entries(); lookup gives the one whose pathway has the id
 * @pathway_id: (transfer none) (nullable). */
guint           pd_library_get_n_entries   (PdLibrary  *self);
PdLibraryEntry *pd_library_get_entry       (PdLibrary  *self,
                                            guint       index);
PdLibraryEntry *pd_library_lookup_pathway  (PdLibrary  *self,
                                            const char *pathway_id);

/* An entry's file and file name; its pathway's id (the file name without
 * ".pathway" when it could not be loaded), title, status, version,
 * review-by date and clusters ((element-type guint) (nullable)); its
 * document ((nullable): NULL when it could not be loaded, with the error
 * and every problem in the diagnostics ((element-type PdDiagnostic))). The
 * document has had the library's services and agencies applied
 * (pd_library_apply_services(), pd_library_apply_agencies());
 * get_updated_steps gives the ids of its steps whose copy of a service's
 * fields differed from the service ((element-type utf8), never NULL).
 * All (transfer none). */
GFile      *pd_library_entry_get_file          (PdLibraryEntry *entry);
const char *pd_library_entry_get_file_name     (PdLibraryEntry *entry);
const char *pd_library_entry_get_id            (PdLibraryEntry *entry);
const char *pd_library_entry_get_title         (PdLibraryEntry *entry);
PdStatus    pd_library_entry_get_status        (PdLibraryEntry *entry);
const char *pd_library_entry_get_version       (PdLibraryEntry *entry);
const char *pd_library_entry_get_review_by     (PdLibraryEntry *entry);
GArray     *pd_library_entry_get_clusters      (PdLibraryEntry *entry);
PdDocument *pd_library_entry_get_document      (PdLibraryEntry *entry);
const GError *pd_library_entry_get_error       (PdLibraryEntry *entry);
GPtrArray  *pd_library_entry_get_diagnostics   (PdLibraryEntry *entry);
GPtrArray  *pd_library_entry_get_updated_steps (PdLibraryEntry *entry);

/* The name messages give the entry's file (relative to the working folder
 * when it is inside it), and the names of the properties of step @node_id
 * that differed from its service's and were replaced ((nullable)
 * NULL-terminated, NULL when none): (transfer none). */
const char *pd_library_entry_get_display_name  (PdLibraryEntry *entry);
const char * const *pd_library_entry_get_updated_fields (PdLibraryEntry *entry,
                                                         const char     *node_id);
/* The ids of the entry's agencies whose copy differed from the library's
 * agency of the same id and was replaced by it ((element-type utf8), never
 * NULL), and the names of the properties of agency @agency_id that differed
 * ("name", "short-name", "colour", "cue", "pattern"; (nullable)
 * NULL-terminated, NULL when none): (transfer none). */
GPtrArray  *pd_library_entry_get_updated_agencies      (PdLibraryEntry *entry);
const char * const *pd_library_entry_get_updated_agency_fields (PdLibraryEntry *entry,
                                                                const char     *agency_id);
/* The name messages give library.xml, or the folder when there is none:
 * (transfer none). */
const char *pd_library_get_display_name  (PdLibrary  *self);

/* Shared services, in the order of library.xml: (transfer none)
 * (element-type PdService), never NULL; lookup: (transfer none)
 * (nullable). get_service_uses lists the steps of every pathway whose
 * "service" is @service_id, in the order of the entries and their steps:
 * (transfer container) (element-type PdServiceUse). */
GPtrArray  *pd_library_get_services      (PdLibrary  *self);
PdService  *pd_library_lookup_service    (PdLibrary  *self,
                                          const char *service_id);
GArray     *pd_library_get_service_uses  (PdLibrary  *self,
                                          const char *service_id);

/* The shared agencies ((element-type PdAgency)) and staff in post
 * ((element-type PdPost)), in the order of library.xml: (transfer none),
 * never NULL. lookup_agency: (transfer none) (nullable). The clinical
 * hours a year of one whole-time equivalent the library gives (0 when it
 * gives none: each pathway's own, or the default). */
GPtrArray  *pd_library_get_agencies      (PdLibrary  *self);
PdAgency   *pd_library_lookup_agency     (PdLibrary  *self,
                                          const char *agency_id);
GPtrArray  *pd_library_get_posts         (PdLibrary  *self);
double      pd_library_get_hours_per_wte (PdLibrary  *self);

/* Publishing: the site's title, its base URL and language
 * ((transfer none) (nullable)), and the ids of the care clusters' super
 * classes in the order the site lists them ((transfer none) (nullable)
 * NULL-terminated; NULL when not given). */
const char *pd_library_get_site_title    (PdLibrary  *self);
const char *pd_library_get_base_url      (PdLibrary  *self);
const char *pd_library_get_language      (PdLibrary  *self);
const char * const *pd_library_get_super_class_order (PdLibrary *self);

/* Gives each step of @document that uses a service of the library the
 * service's description, agency, timing, role and evidence (each that the
 * service gives; the agency only when @document has an agency of that id).
 * For a document just loaded, before anyone sees it: the changes are not
 * commands and leave "modified" as it was. Returns the number of steps
 * changed. */
guint       pd_library_apply_services    (PdLibrary  *self,
                                          PdDocument *document);
/* The names of the properties of @node whose value differs from its
 * service's: (transfer full) (nullable) NULL-terminated, NULL when @node
 * uses no service of the library or none differs. */
char      **pd_library_diff_service      (PdLibrary  *self,
                                          PdNode     *node);

/* Gives each agency of @document whose id is one of the library's the
 * library's name, short name (when it gives one), colour, letter and
 * pattern; an agency the library does not have stays as it is. As
 * pd_library_apply_services(): for a document just loaded, not commands,
 * "modified" left as it was. Saving then writes the library's values.
 * Returns the number of agencies changed. */
guint       pd_library_apply_agencies    (PdLibrary  *self,
                                          PdDocument *document);
/* The names of the properties of @agency that differ from the library's
 * agency of the same id: (transfer full) (nullable) NULL-terminated, NULL
 * when the library has no such agency or none differs. */
char      **pd_library_diff_agency       (PdLibrary  *self,
                                          PdAgency   *agency);

G_END_DECLS
