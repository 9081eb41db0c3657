/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the files of the .pathway reader share (pd-xml-reader*.c): the
 * reader's state and one function an element group. */
#pragma once

#include <libxml/tree.h>

#include "pd-document-private.h"
#include "pd-foreign.h"
#include "pd-xml-parse-private.h"

G_BEGIN_DECLS

typedef struct {
  PdXmlParsed *parsed;
  GPtrArray *diagnostics;
  PdDocument *document;
  guint errors;
  GHashTable *foreign;   /* our xmlNode → GPtrArray of serialised foreign children */
  guint staff_read;      /* <staff> elements read of the current node */
} Reader;

/* pd-xml-reader.c: errors, names, numbers, children and ids. */
void     pd_reader_error        (Reader     *r,
                                 xmlNode    *node,
                                 const char *format,
                                 ...) G_GNUC_PRINTF (3, 4);
gboolean pd_reader_is_ours      (xmlNode    *node);
gboolean pd_reader_is_named     (xmlNode    *node,
                                 const char *name);
gboolean pd_reader_get_double   (Reader     *r,
                                 xmlNode    *node,
                                 const char *name,
                                 double      minimum,
                                 double      maximum,
                                 double     *value);
gboolean pd_reader_get_uint     (Reader     *r,
                                 xmlNode    *node,
                                 const char *name,
                                 guint      *value);
int      pd_reader_get_enum     (xmlNode    *node,
                                 const char *name,
                                 GType       type,
                                 int         fallback);
void     pd_reader_children     (Reader     *r,
                                 xmlNode    *node,
                                 GObject    *object,
                                 void      (*func) (Reader *r, xmlNode *child, gpointer data),
                                 gpointer    data);
void     pd_reader_add_object   (Reader     *r,
                                 xmlNode    *node,
                                 GObject    *object);

/* pd-xml-reader-foreign.c: content in other namespaces. */
PdForeign *pd_reader_ensure_foreign     (GObject *object);
void       pd_reader_foreign_attributes (xmlNode *node,
                                         GObject *object);
void       pd_reader_extract_foreign    (Reader  *r,
                                         xmlNode *node);

/* pd-xml-reader-languages.c: texts in other languages. */
gboolean pd_reader_is_translatable     (xmlNode    *element);
gboolean pd_reader_translation         (xmlNode    *child,
                                        GObject    *object);
gboolean pd_reader_language_given_once (Reader     *r,
                                        xmlNode    *child,
                                        GHashTable *seen);

/* The element groups, each in pd-xml-reader-<group>.c. */
void pd_reader_pathway         (Reader  *r,
                                xmlNode *root);
void pd_reader_agency          (Reader  *r,
                                xmlNode *node);
void pd_reader_node            (Reader  *r,
                                xmlNode *element);
void pd_reader_edge            (Reader  *r,
                                xmlNode *element);
void pd_reader_capacity_timing (Reader  *r,
                                xmlNode *timing,
                                PdNode  *node);
void pd_reader_staff           (Reader     *r,
                                xmlNode    *element,
                                PdNode     *node,
                                const char *skills);
void pd_reader_staffing        (Reader  *r,
                                xmlNode *element);
void pd_reader_changes         (Reader  *r,
                                xmlNode *element);
void pd_reader_comment         (Reader  *r,
                                xmlNode *element);

/* pd-xml-reader-checks.c: what the schema cannot check. */
gboolean pd_reader_check_root       (Reader  *r,
                                     xmlNode *root);
void     pd_reader_check_attributes (Reader  *r,
                                     xmlNode *element);
void     pd_reader_check_references (Reader  *r,
                                     xmlNode *root);

G_END_DECLS
