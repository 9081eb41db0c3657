/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pd-capacity.h"
#include "pd-check.h"
#include "pd-clusters.h"
#include "pd-library-check.h"

typedef struct {
  PdLibrary *library;
  GPtrArray *diagnostics;
} Checker;

static void G_GNUC_PRINTF (5, 6)
report_at (Checker    *c,
           const char *file,
           guint       line,
           guint       column,
           const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (c->diagnostics,
                   pd_diagnostic_new (file, line, column, PD_SEVERITY_WARNING, message));
}

/* Reports about object @id of @entry's pathway, where its file has it. */
static void G_GNUC_PRINTF (5, 6)
report (Checker        *c,
        PdSeverity      severity,
        PdLibraryEntry *entry,
        const char     *id,
        const char     *format,
        ...)
{
  g_autofree char *message = NULL;
  guint line = 0, column = 0;
  PdDiagnostic *d;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (id)
    pd_document_get_source_position (pd_library_entry_get_document (entry), id, &line, &column);
  d = pd_diagnostic_new (pd_library_entry_get_display_name (entry), line, column, severity,
                         message);
  d->object_id = g_strdup (id);
  g_ptr_array_add (c->diagnostics, d);
}

static const char *
node_name (PdNode *node)
{
  return pd_node_get_title (node) ? pd_node_get_title (node) : pd_node_get_id (node);
}

/* Calls @func for each step of each pathway that loaded. */
static void
foreach_node (Checker *c,
              void   (*func) (Checker *c, PdLibraryEntry *entry, PdNode *node, gpointer data),
              gpointer data)
{
  for (guint i = 0; i < pd_library_get_n_entries (c->library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (c->library, i);
      PdDocument *document = pd_library_entry_get_document (entry);
      GListModel *nodes;

      if (document == NULL)
        continue;
      nodes = pd_document_get_nodes (document);
      for (guint n = 0; n < g_list_model_get_n_items (nodes); n++)
        {
          g_autoptr(PdNode) node = g_list_model_get_item (nodes, n);
          func (c, entry, node, data);
        }
    }
}

gboolean
pd_library_split_link_target (const char  *target,
                              char       **pathway_id,
                              char       **step_id)
{
  const char *hash;

  *pathway_id = NULL;
  *step_id = NULL;
  if (target == NULL || *target == '\0')
    return FALSE;
  hash = strchr (target, '#');
  if (hash == NULL)
    {
      *pathway_id = g_strdup (target);
      return TRUE;
    }
  if (hash == target || hash[1] == '\0')
    return FALSE;
  *pathway_id = g_strndup (target, hash - target);
  *step_id = g_strdup (hash + 1);
  return TRUE;
}

/* Pathways: loaded, and one id each */

static void
check_entries (Checker *c)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < pd_library_get_n_entries (c->library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (c->library, i);
      GPtrArray *found = pd_library_entry_get_diagnostics (entry);
      const char *id = pd_library_entry_get_id (entry);
      PdLibraryEntry *first;

      if (pd_library_entry_get_document (entry) == NULL)
        {
          for (guint d = 0; d < found->len; d++)
            {
              PdDiagnostic *f = g_ptr_array_index (found, d);
              g_ptr_array_add (c->diagnostics, pd_diagnostic_new (f->file, f->line, f->column,
                                                                  f->severity, f->message));
            }
          if (found->len == 0 && pd_library_entry_get_error (entry))
            g_ptr_array_add (c->diagnostics,
                             pd_diagnostic_new (pd_library_entry_get_display_name (entry), 0, 0,
                                                PD_SEVERITY_ERROR,
                                                pd_library_entry_get_error (entry)->message));
          continue;
        }
      first = g_hash_table_lookup (seen, id);
      if (first)
        report (c, PD_SEVERITY_ERROR, entry, NULL,
                _("the pathway id “%s” is also the id of %s; each pathway of a library needs "
                  "an id of its own"), id, pd_library_entry_get_file_name (first));
      else
        g_hash_table_insert (seen, (gpointer) id, entry);
    }
}

/* Links between pathways */

static void
check_link (Checker        *c,
            PdLibraryEntry *entry,
            PdNode         *node,
            gpointer        data)
{
  const char *target = pd_node_get_link_target (node);
  g_autofree char *pathway_id = NULL, *step_id = NULL;
  PdLibraryEntry *to;

  if (pd_node_get_kind (node) != PD_NODE_KIND_LINK || target == NULL)
    return;
  if (!pd_library_split_link_target (target, &pathway_id, &step_id))
    {
      report (c, PD_SEVERITY_ERROR, entry, pd_node_get_id (node),
              _("link step “%s” has the target “%s”; a target is a pathway id, or "
                "PATHWAY-ID#STEP-ID"), node_name (node), target);
      return;
    }
  to = pd_library_lookup_pathway (c->library, pathway_id);
  if (to == NULL || pd_library_entry_get_document (to) == NULL)
    report (c, PD_SEVERITY_ERROR, entry, pd_node_get_id (node),
            _("link step “%s” leads to pathway “%s”, which is not in the library"),
            node_name (node), pathway_id);
  else if (step_id && !pd_document_get_node (pd_library_entry_get_document (to), step_id))
    report (c, PD_SEVERITY_ERROR, entry, pd_node_get_id (node),
            _("link step “%s” leads to step “%s” of pathway “%s”, which has no step of "
              "that id"), node_name (node), step_id, pathway_id);
}

/* The pathways each pathway's link steps lead to: entry → GPtrArray of
 * (node, entry) pairs, flattened. */
static void
add_link_edge (Checker        *c,
               PdLibraryEntry *entry,
               PdNode         *node,
               gpointer        data)
{
  GHashTable *graph = data;
  g_autofree char *pathway_id = NULL, *step_id = NULL;
  GPtrArray *out;

  if (pd_node_get_kind (node) != PD_NODE_KIND_LINK
      || !pd_library_split_link_target (pd_node_get_link_target (node), &pathway_id, &step_id)
      || pd_library_lookup_pathway (c->library, pathway_id) == NULL)
    return;
  out = g_hash_table_lookup (graph, entry);
  if (out == NULL)
    {
      out = g_ptr_array_new ();
      g_hash_table_insert (graph, entry, out);
    }
  g_ptr_array_add (out, node);
  g_ptr_array_add (out, pd_library_lookup_pathway (c->library, pathway_id));
}

typedef struct {
  GHashTable *graph;
  GHashTable *state;      /* id → 1 on the path, 2 done */
  GPtrArray *path;        /* of PdLibraryEntry, then the link node, alternating */
  GHashTable *reported;   /* first pathway ids of cycles reported */
} CycleSearch;

static void
report_cycle (Checker        *c,
              CycleSearch    *s,
              PdLibraryEntry *back_to)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint start = 0;

  while (g_ptr_array_index (s->path, start) != back_to)
    start += 2;
  for (guint i = start; i < s->path->len; i += 2)
    g_string_append_printf (names, "%s → ",
                            pd_library_entry_get_id (g_ptr_array_index (s->path, i)));
  g_string_append (names, pd_library_entry_get_id (back_to));
  if (!g_hash_table_add (s->reported, g_strdup (names->str)))
    return;
  report (c, PD_SEVERITY_WARNING, g_ptr_array_index (s->path, start),
          pd_node_get_id (g_ptr_array_index (s->path, start + 1)),
          _("link steps lead round in a cycle: %s"), names->str);
}

static void
visit (Checker        *c,
       CycleSearch    *s,
       PdLibraryEntry *entry)
{
  GPtrArray *out = g_hash_table_lookup (s->graph, entry);

  g_hash_table_insert (s->state, entry, GINT_TO_POINTER (1));
  for (guint i = 0; out && i < out->len; i += 2)
    {
      PdLibraryEntry *to = g_ptr_array_index (out, i + 1);
      int state = GPOINTER_TO_INT (g_hash_table_lookup (s->state, to));

      g_ptr_array_add (s->path, entry);
      g_ptr_array_add (s->path, g_ptr_array_index (out, i));
      if (state == 1)
        report_cycle (c, s, to);
      else if (state == 0)
        visit (c, s, to);
      g_ptr_array_set_size (s->path, s->path->len - 2);
    }
  g_hash_table_insert (s->state, entry, GINT_TO_POINTER (2));
}

static void
check_link_cycles (Checker *c)
{
  g_autoptr(GHashTable) graph = g_hash_table_new_full (NULL, NULL, NULL,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) state = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  CycleSearch s = { graph, state, path, reported };

  foreach_node (c, add_link_edge, graph);
  for (guint i = 0; i < pd_library_get_n_entries (c->library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (c->library, i);

      if (pd_library_entry_get_document (entry) && !g_hash_table_contains (state, entry))
        visit (c, &s, entry);
    }
}

/* Care clusters */

static void
check_clusters (Checker *c)
{
  g_autoptr(GHashTable) covered = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < pd_library_get_n_entries (c->library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (c->library, i);
      GArray *clusters = pd_library_entry_get_clusters (entry);

      for (guint k = 0; clusters && k < clusters->len; k++)
        {
          guint number = g_array_index (clusters, guint, k);
          const PdCluster *cluster = pd_clusters_lookup (number);

          g_hash_table_add (covered, GUINT_TO_POINTER (number));
          if (cluster && cluster->unused)
            report (c, PD_SEVERITY_WARNING, entry, NULL,
                    _("the pathway claims care cluster %u, which is unused nationally"), number);
        }
    }
  for (guint i = 0; i < pd_clusters_get_n_items (); i++)
    {
      const PdCluster *cluster = pd_clusters_get_item (i);
      g_autofree char *message = NULL;

      if (cluster->unused || g_hash_table_contains (covered, GUINT_TO_POINTER (cluster->number)))
        continue;
      message = g_strdup_printf (_("care cluster %u (%s) is covered by no pathway of the library"),
                                 cluster->number, cluster->name);
      g_ptr_array_add (c->diagnostics,
                       pd_diagnostic_new (pd_library_get_display_name (c->library), 0, 0,
                                          PD_SEVERITY_NOTE, message));
    }
}

/* Services */

static void
check_service_titles (Checker *c)
{
  GPtrArray *services = pd_library_get_services (c->library);
  g_autoptr(GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < services->len; i++)
    {
      PdService *service = g_ptr_array_index (services, i);
      g_autofree char *folded = service->title ? g_utf8_casefold (service->title, -1) : NULL;
      PdService *first;

      if (folded == NULL)
        continue;
      first = g_hash_table_lookup (titles, folded);
      if (first)
        report_at (c, pd_library_get_display_name (c->library), service->line, service->column,
                   _("services “%s” and “%s” have the same title, “%s”; make them one "
                     "service"), first->id, service->id, service->title);
      else
        g_hash_table_insert (titles, g_steal_pointer (&folded), service);
    }
}

static void
check_service_use (Checker        *c,
                   PdLibraryEntry *entry,
                   PdNode         *node,
                   gpointer        data)
{
  const char *id = pd_node_get_service (node);
  const char * const *fields;
  g_autofree char *list = NULL;

  if (id == NULL)
    return;
  if (pd_library_lookup_service (c->library, id) == NULL)
    {
      report (c, PD_SEVERITY_ERROR, entry, pd_node_get_id (node),
              _("step “%s” uses the service “%s”, which the library does not define"),
              node_name (node), id);
      return;
    }
  fields = pd_library_entry_get_updated_fields (entry, pd_node_get_id (node));
  if (fields == NULL)
    return;
  list = g_strjoinv (", ", (char **) fields);
  report (c, PD_SEVERITY_WARNING, entry, pd_node_get_id (node),
          _("step “%s” differs from the shared service “%s” (%s): it will be updated from the "
            "shared service"), node_name (node), id, list);
}

/* The same step in two pathways: the same title and agency, neither using
 * a shared service. */
static void
check_duplicate_step (Checker        *c,
                      PdLibraryEntry *entry,
                      PdNode         *node,
                      gpointer        data)
{
  GHashTable *seen = data;
  g_autofree char *title = NULL;
  char *key;
  PdLibraryEntry *first;

  if (pd_node_get_service (node) || pd_node_get_title (node) == NULL
      || pd_node_get_kind (node) == PD_NODE_KIND_LINK
      || pd_node_get_kind (node) == PD_NODE_KIND_DECISION
      || pd_node_get_kind (node) == PD_NODE_KIND_DISCHARGE)
    return;
  title = g_utf8_casefold (pd_node_get_title (node), -1);
  key = g_strconcat (title, "\n", pd_node_get_agency_id (node), NULL);
  first = g_hash_table_lookup (seen, key);
  if (first == NULL)
    {
      g_hash_table_insert (seen, key, entry);
      return;
    }
  g_free (key);
  if (first != entry)
    report (c, PD_SEVERITY_WARNING, entry, pd_node_get_id (node),
            _("step “%s” is also a step of %s, with the same agency; define it once as a shared "
              "service in library.xml and use it from both"), node_name (node),
            pd_library_entry_get_id (first));
}

/* Roles */

typedef struct {
  GPtrArray *roles;     /* folded */
  GPtrArray *names;     /* as written */
  GPtrArray *entries;
} Roles;

static void
add_role (Checker        *c,
          Roles          *r,
          PdLibraryEntry *entry,
          PdNode         *node,
          const char     *role)
{
  g_autofree char *folded = NULL;

  if (role == NULL || *role == '\0')
    return;
  folded = pd_capacity_fold_role (role);
  for (guint i = 0; i < r->roles->len; i++)
    if (g_str_equal (g_ptr_array_index (r->roles, i), folded))
      return;
  for (guint i = 0; i < r->roles->len; i++)
    {
      const char *other = g_ptr_array_index (r->roles, i);

      if (g_ptr_array_index (r->entries, i) != entry
          && pd_capacity_roles_nearly_match (other, folded))
        {
          report (c, PD_SEVERITY_WARNING, entry, pd_node_get_id (node),
                  _("the role “%s” nearly matches “%s” of %s; if they are the same role, name "
                    "it the same way in both, so that capacity planning adds them up"),
                  role, (const char *) g_ptr_array_index (r->names, i),
                  pd_library_entry_get_id (g_ptr_array_index (r->entries, i)));
          /* Kept, so that its other steps are not warned of again. */
          break;
        }
    }
  g_ptr_array_add (r->roles, g_steal_pointer (&folded));
  g_ptr_array_add (r->names, g_strdup (role));
  g_ptr_array_add (r->entries, entry);
}

static void
collect_roles (Checker        *c,
               PdLibraryEntry *entry,
               PdNode         *node,
               gpointer        data)
{
  GPtrArray *more = pd_node_get_more_staff (node);

  add_role (c, data, entry, node, pd_node_get_staff_role (node));
  for (guint i = 0; more && i < more->len; i++)
    add_role (c, data, entry, node, ((PdStaff *) g_ptr_array_index (more, i))->role);
}

static void
check_roles (Checker *c)
{
  Roles r = { g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free),
              g_ptr_array_new () };

  foreach_node (c, collect_roles, &r);
  g_ptr_array_unref (r.roles);
  g_ptr_array_unref (r.names);
  g_ptr_array_unref (r.entries);
}

/* Agencies */

/* The words for an agency's property, as pd_library_diff_agency() names it. */
static const char *
agency_field_words (const char *field)
{
  if (g_str_equal (field, "short-name"))
    return _("short name");
  if (g_str_equal (field, "colour"))
    return _("colour");
  if (g_str_equal (field, "cue"))
    return _("letter");
  if (g_str_equal (field, "pattern"))
    return _("pattern");
  return _("name");
}

/* An agency the library has takes the library's values when the pathway
 * is loaded in it (pd_library_apply_agencies()): a difference is a note,
 * not a warning, as the file's copy is only a fallback. */
static void
check_agency (Checker        *c,
              PdLibraryEntry *entry,
              PdAgency       *agency)
{
  const char *id = pd_agency_get_id (agency);
  const char * const *fields = pd_library_entry_get_updated_agency_fields (entry, id);
  g_auto(GStrv) differ = NULL;
  g_autoptr(GPtrArray) what = g_ptr_array_new ();
  g_autofree char *list = NULL;

  if (pd_library_lookup_agency (c->library, id) == NULL)
    {
      if (pd_library_get_agencies (c->library)->len > 0)
        report (c, PD_SEVERITY_WARNING, entry, id,
                _("agency “%s” is not one of the library’s agencies"), id);
      return;
    }
  /* A document changed since it was loaded has not been recorded. */
  if (fields == NULL)
    fields = (const char * const *) (differ = pd_library_diff_agency (c->library, agency));
  if (fields == NULL)
    return;
  for (guint i = 0; fields[i]; i++)
    g_ptr_array_add (what, (gpointer) agency_field_words (fields[i]));
  g_ptr_array_add (what, NULL);
  list = g_strjoinv (", ", (char **) what->pdata);
  report (c, PD_SEVERITY_NOTE, entry, id,
          _("agency “%s” differs from the library’s agency of the same id (%s): it will be "
            "updated from the library"), id, list);
}

static void
check_agencies (Checker *c)
{
  for (guint i = 0; i < pd_library_get_n_entries (c->library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (c->library, i);
      PdDocument *document = pd_library_entry_get_document (entry);
      GListModel *agencies;

      if (document == NULL)
        continue;
      agencies = pd_document_get_agencies (document);
      for (guint a = 0; a < g_list_model_get_n_items (agencies); a++)
        {
          g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, a);
          check_agency (c, entry, agency);
        }
    }
}

void
pd_library_check (PdLibrary *library,
                  GPtrArray *diagnostics)
{
  Checker c = { library, diagnostics };
  g_autoptr(GHashTable) steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_if_fail (PD_IS_LIBRARY (library));
  g_return_if_fail (diagnostics != NULL);

  check_entries (&c);
  foreach_node (&c, check_link, NULL);
  check_link_cycles (&c);
  check_clusters (&c);
  check_service_titles (&c);
  foreach_node (&c, check_service_use, NULL);
  foreach_node (&c, check_duplicate_step, steps);
  check_roles (&c);
  check_agencies (&c);
}

void
pd_library_check_all (PdLibrary *library,
                      GPtrArray *diagnostics)
{
  g_return_if_fail (PD_IS_LIBRARY (library));
  g_return_if_fail (diagnostics != NULL);

  for (guint i = 0; i < pd_library_get_n_entries (library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (library, i);

      if (pd_library_entry_get_document (entry))
        pd_check_document (pd_library_entry_get_document (entry),
                           pd_library_entry_get_display_name (entry), diagnostics);
    }
  pd_library_check (library, diagnostics);
}
