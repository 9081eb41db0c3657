/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-publish.h"

G_BEGIN_DECLS

/* A pathway with the name its pages have. */
typedef struct {
  PdPublishPathway *pathway;
  char             *id;
} PdPublishEntry;

/* What every page of one site shares. */
typedef struct {
  const char *lang;
  const char *title;                 /* the site's */
  const char *base_url;              /* (nullable) with its "/" */
  PdLibrary  *library;               /* (nullable) */
} PdPublishSite;

/* (transfer full): @text's bytes taken. */
PdPublishFile *pd_publish_file_new (const char *path,
                                    GString    *text);

/* The pages' shared parts. @root is the way from the page to the site's
 * top folder: "" or "../". */
extern const char pd_publish_stylesheet[];
void  pd_publish_html_begin (GString             *out,
                             const PdPublishSite *site,
                             const char          *title,
                             const char          *root);
void  pd_publish_html_end   (GString             *out,
                             const PdPublishSite *site,
                             const char          *root);
/* @text escaped as an element's words, cleaned as the diagram cleans it. */
void  pd_publish_append_text (GString    *out,
                              const char *text);
/* A link to @href with @title as its words when @href is safe; else the
 * title alone, with the address as words after it. */
void  pd_publish_append_link (GString    *out,
                              const char *href,
                              const char *title,
                              const char *lang);
/* "In progress", "Out for consultation"…: (transfer none). */
const char *pd_publish_status_label (PdStatus    status,
                                     const char *lang);

/* The pages: (transfer full). @svg is the diagram to paste in. */
GString *pd_publish_pathway_page (PdPublishEntry      *entry,
                                  const PdPublishSite *site,
                                  GBytes              *svg);
GString *pd_publish_index_page   (GPtrArray           *entries,
                                  const PdPublishSite *site);
/* A shared service's page, with the steps of @entries that use it. */
GString *pd_publish_service_page (PdService           *service,
                                  GPtrArray           *entries,
                                  const PdPublishSite *site);
GString *pd_publish_sitemap      (GPtrArray      *files,
                                  GPtrArray      *entries,
                                  const char     *base_url);

/* Writes @files (element-type PdPublishFile) into @site: a file only when
 * its bytes differ from those on disk, through a temporary file renamed
 * over it, never through a symbolic link; removes the files of the last
 * publish's manifest that @files no longer has, then writes the
 * manifest. */
gboolean pd_publish_write_files (const char      *site,
                                 GPtrArray       *files,
                                 PdPublishReport *report,
                                 GCancellable    *cancellable,
                                 GError         **error);
/* Whether @path may be a file of a site: "NAME" or "FOLDER/NAME" with a
 * folder publish writes and names pd_publish_id_is_valid() accepts. */
gboolean pd_publish_path_is_valid (const char *path);

G_END_DECLS
