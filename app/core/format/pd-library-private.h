/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-library-edit.h"
#include "pd-xml-parse-private.h"

G_BEGIN_DECLS

/* What library.xml holds, filled by pd_library_read_xml(); the entries are
 * filled by pd-library.c. */
struct _PdLibrary
{
  GObject parent_instance;

  GFile *folder;
  GFile *file;              /* library.xml, or NULL */
  char *display_name;       /* of library.xml, or of the folder without one */
  char *name;
  GPtrArray *entries;       /* of PdLibraryEntry */
  GPtrArray *services;      /* of PdService */
  GPtrArray *agencies;      /* of PdAgency */
  GPtrArray *posts;         /* of PdPost */
  double hours_per_wte;
  char *site_title;
  char *base_url;
  char *language;
  GStrv super_class_order;
  GStrv comments;           /* before <library>, written back */
  char *etag;               /* of library.xml as read, or NULL */
};

struct _PdLibraryEntry
{
  GFile *file;
  char *file_name;
  char *id;
  char *version;            /* as loaded */
  char *review_by;
  GArray *clusters;
  PdDocument *document;     /* NULL when it could not be loaded */
  GError *error;
  GPtrArray *diagnostics;   /* of PdDiagnostic */
  GPtrArray *updated_steps; /* of node ids */
  GHashTable *updated_fields; /* node id → GStrv of property names */
  GPtrArray *updated_agencies;      /* of agency ids */
  GHashTable *updated_agency_fields; /* agency id → GStrv of property names */
  char *display_name;
};

/* Reads library.xml's bytes into @self, adding every problem to
 * @diagnostics. Returns FALSE when there is an error. */
gboolean   pd_library_read_xml (PdLibrary  *self,
                                const char *data,
                                gsize       length,
                                const char *display_name,
                                GPtrArray  *diagnostics);

/* Records which of @entry's agencies differ from the library's, and how,
 * then gives them the library's (pd_library_apply_agencies()). */
void       pd_library_entry_apply_agencies (PdLibrary      *self,
                                            PdLibraryEntry *entry);

/* (transfer full); pd_service_free() (pd-library-edit.h) frees it. */
PdService *pd_service_new      (const char *id);

G_END_DECLS
