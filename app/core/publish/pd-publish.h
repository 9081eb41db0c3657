/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pd-document.h"
#include "pd-library.h"

G_BEGIN_DECLS

/* A library's pathways as a static website that works from a folder and
 * on any web server, with no script and no request outside it: an index
 * by care cluster, a page per pathway (its diagram, its journey in words,
 * its steps, who is involved, its documents), its easy-read page and its
 * leaflet as PDF and ODT to download, a stylesheet and a sitemap.
 * The same pathways give the same bytes; only files whose bytes change are
 * written. */

typedef struct {
  PdDocument *document;
  char       *file_name;  /* (nullable): where it was read from, for its own pictures */
} PdPublishPathway;

/* Holds a reference to @document and a copy of @file_name (nullable):
 * (transfer full); free accepts NULL. */
PdPublishPathway *pd_publish_pathway_new  (PdDocument       *document,
                                           const char       *file_name);
void              pd_publish_pathway_free (PdPublishPathway *pathway);

/* The pathways of @library that loaded, in its order: (transfer full)
 * (element-type PdPublishPathway). */
GPtrArray *pd_publish_library_pathways (PdLibrary *library);

/* How far publishing is: called before each pathway's pages are made with
 * @done the pathways made so far, @total those to make and @title the
 * title of the one begun; then once with @done equal to @total and a NULL
 * @title, before any file is written. Called in the thread that publishes. */
typedef void (*PdPublishProgress) (guint       done,
                                   guint       total,
                                   const char *title,
                                   gpointer    data);

typedef struct {
  /* (nullable): the address the site will have, for the sitemap's
   * absolute URLs; only http and https. NULL: the library's, else a
   * relative list; "": a relative list whatever the library says. */
  const char *base_url;
  /* (nullable): the pages' language tag; NULL: the library's, else "en". */
  const char *language;
  /* (nullable): the library the pathways are of: the site's title, the
   * order of the super classes, and a page for each shared service. */
  PdLibrary  *library;
  /* (nullable): told how far publishing is. */
  PdPublishProgress progress;
  gpointer          progress_data;
} PdPublishOptions;

#define PD_PUBLISH_OPTIONS_DEFAULT ((PdPublishOptions) { NULL, NULL, NULL, NULL, NULL })

typedef struct {
  guint      published;   /* pathways */
  guint      written;     /* files whose bytes changed or were new */
  guint      unchanged;   /* files left as they were, their times too */
  guint      removed;     /* files an earlier publish wrote that no pathway makes now */
  GPtrArray *notes;       /* of char *: what was left out and why */
} PdPublishReport;

/* The name of the file that lists what publish wrote in a site, so that a
 * later publish removes only files of its own. */
#define PD_PUBLISH_MANIFEST ".pathway-publish"

/* Whether @id may name a page: letters, digits, '-', '_' and '.', at most
 * 100, starting with a letter or digit, no "..". */
gboolean pd_publish_id_is_valid (const char *id);

/* Whether @href may be a link of a published page: an http or https
 * address, or a fragment. Local paths and every other scheme are not. */
gboolean pd_publish_href_is_safe (const char *href);

/* Publishes @pathways (element-type PdPublishPathway) into the folder
 * @site, made if missing. Nothing is written outside @site, and no
 * symbolic link in it is followed. @options: (nullable); @report: (out)
 * (optional), cleared with pd_publish_report_clear(); @cancellable:
 * (nullable), heeded between pathways while the pages are made in
 * memory: cancelled then, nothing is written. Once writing has begun it
 * finishes, so that a site is never half old and half new. FALSE with
 * @error set when the site cannot be written or @options are not valid. */
gboolean pd_publish_site          (GPtrArray              *pathways,
                                   const char             *site,
                                   const PdPublishOptions *options,
                                   PdPublishReport        *report,
                                   GCancellable           *cancellable,
                                   GError                **error);
void     pd_publish_report_clear  (PdPublishReport        *report);

/* One file of a site: its path relative to the site ("pathways/ID.html")
 * and its bytes. */
typedef struct {
  char   *path;
  GBytes *bytes;
} PdPublishFile;

void pd_publish_file_free (PdPublishFile *file);

/* Every file of the site, as pd_publish_site() would write them:
 * (transfer full) (element-type PdPublishFile), sorted by path; NULL with
 * @error set. @report: (nullable) gets the notes. */
GPtrArray *pd_publish_render     (GPtrArray              *pathways,
                                   const PdPublishOptions *options,
                                   PdPublishReport        *report,
                                   GCancellable           *cancellable,
                                   GError                **error);

G_END_DECLS
