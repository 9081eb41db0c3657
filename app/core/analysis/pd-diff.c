/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "pd-diff.h"

typedef struct {
  PdDocument *old_document;
  PdDocument *new_document;
  PdDiffFlags flags;
  GHashTable *renamed;    /* old step id → new step id */
  GPtrArray *changes;
} Differ;

static void
field_free (PdDiffField *field)
{
  g_free (field->field);
  g_free (field->lang);
  g_free (field->old_value);
  g_free (field->new_value);
  g_free (field);
}

void
pd_diff_change_free (PdDiffChange *change)
{
  if (change == NULL)
    return;
  g_free (change->id);
  g_free (change->old_id);
  g_free (change->name);
  g_ptr_array_unref (change->fields);
  g_free (change);
}

static PdDiffChange *
add_change (Differ        *d,
            PdDiffSubject  subject,
            PdDiffKind     kind,
            const char    *id,
            const char    *old_id,
            const char    *name,
            GPtrArray     *fields)
{
  PdDiffChange *change = g_new0 (PdDiffChange, 1);

  change->subject = subject;
  change->kind = kind;
  change->id = g_strdup (id);
  change->old_id = g_strdup (old_id);
  change->name = g_strdup (name);
  change->fields = fields ? g_ptr_array_ref (fields)
                          : g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
  g_ptr_array_add (d->changes, change);
  return change;
}

static void
add_field (GPtrArray  *fields,
           const char *name,
           const char *lang,
           char       *old_value,
           char       *new_value,
           gboolean    quoted)
{
  PdDiffField *field = g_new0 (PdDiffField, 1);

  field->field = g_strdup (name);
  field->lang = g_strdup (lang);
  field->old_value = old_value;
  field->new_value = new_value;
  field->quoted = quoted;
  g_ptr_array_add (fields, field);
}

static gboolean
is_place (const char *property)
{
  return g_str_equal (property, "x") || g_str_equal (property, "y")
         || g_str_equal (property, "width") || g_str_equal (property, "height");
}

gboolean
pd_diff_change_has_field (const PdDiffChange *change,
                          const char         *field)
{
  g_return_val_if_fail (change != NULL && field != NULL, FALSE);

  for (guint i = 0; i < change->fields->len; i++)
    if (g_str_equal (((PdDiffField *) g_ptr_array_index (change->fields, i))->field, field))
      return TRUE;
  return FALSE;
}

/* Every text in another language that differs, those of @a in their order
 * and then those only @b has. */
static void
compare_translations (GPtrArray            *fields,
                      const PdTranslations *a,
                      const PdTranslations *b)
{
  guint n_a = a ? pd_translations_get_n_items (a) : 0;
  guint n_b = b ? pd_translations_get_n_items (b) : 0;

  for (guint i = 0; i < n_a; i++)
    {
      const char *field, *lang, *text, *other;

      pd_translations_get_item (a, i, &field, &lang, &text);
      other = pd_translations_lookup (b, field, lang);
      if (g_strcmp0 (text, other) != 0)
        add_field (fields, field, lang, g_strdup (text), g_strdup (other), TRUE);
    }
  for (guint i = 0; i < n_b; i++)
    {
      const char *field, *lang, *text;

      pd_translations_get_item (b, i, &field, &lang, &text);
      if (pd_translations_lookup (a, field, lang) == NULL)
        add_field (fields, field, lang, NULL, g_strdup (text), TRUE);
    }
}

/* An end of a transition of the old version, named as in the new one. */
static const char *
map_end (Differ     *d,
         const char *id)
{
  const char *renamed = id ? g_hash_table_lookup (d->renamed, id) : NULL;

  return renamed ? renamed : id;
}

/* The properties of @a and @b (of one class) that differ, but the id. */
static GPtrArray *
compare_objects (Differ  *d,
                 GObject *a,
                 GObject *b)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
  guint n_specs;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a),
                                                                   &n_specs);

  for (guint i = 0; i < n_specs; i++)
    {
      GParamSpec *pspec = specs[i];
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      g_autofree char *ta = NULL;
      g_autofree char *tb = NULL;

      /* Derived state ("modified") is not written: not a difference. */
      if (!(pspec->flags & G_PARAM_READABLE) || !(pspec->flags & G_PARAM_WRITABLE)
          || g_str_equal (pspec->name, "id"))
        continue;
      if ((d->flags & PD_DIFF_IGNORE_MOVES) && PD_IS_NODE (a) && is_place (pspec->name))
        continue;
      g_value_init (&va, pspec->value_type);
      g_value_init (&vb, pspec->value_type);
      g_object_get_property (a, pspec->name, &va);
      g_object_get_property (b, pspec->name, &vb);
      if (pspec->value_type == PD_TYPE_TRANSLATIONS)
        {
          compare_translations (fields, g_value_get_boxed (&va), g_value_get_boxed (&vb));
          continue;
        }
      ta = pd_diff_value_to_text (pspec, &va, NULL);
      tb = pd_diff_value_to_text (pspec, &vb, NULL);
      if (PD_IS_EDGE (a) && (g_str_equal (pspec->name, "from-id")
                             || g_str_equal (pspec->name, "to-id")))
        {
          char *mapped = g_strdup (map_end (d, ta));
          g_free (ta);
          ta = mapped;
        }
      if (g_strcmp0 (ta, tb) != 0)
        add_field (fields, pspec->name, NULL, g_steal_pointer (&ta), g_steal_pointer (&tb),
                   pspec->value_type == G_TYPE_STRING);
    }
  return fields;
}

static gboolean
only_places (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    if (!is_place (((PdDiffField *) g_ptr_array_index (fields, i))->field))
      return FALSE;
  return TRUE;
}

/* ---- The pathway and agencies ---- */

static void
diff_pathway (Differ *d)
{
  g_autoptr(GPtrArray) fields = compare_objects (d, G_OBJECT (d->old_document),
                                                 G_OBJECT (d->new_document));

  if (fields->len > 0)
    add_change (d, PD_DIFF_PATHWAY, PD_DIFF_CHANGED, NULL, NULL, NULL, fields);
}

/* Agencies and comments: matched by id only. */
static void
diff_by_id (Differ        *d,
            PdDiffSubject  subject,
            GListModel    *old_list,
            GListModel    *new_list,
            const char    *(*get_name) (gpointer object))
{
  for (guint i = 0; i < g_list_model_get_n_items (old_list); i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (old_list, i);
      g_autofree char *id = NULL;
      GObject *b;

      g_object_get (a, "id", &id, NULL);
      b = pd_document_lookup (d->new_document, id);
      if (b == NULL || G_OBJECT_TYPE (b) != G_OBJECT_TYPE (a))
        add_change (d, subject, PD_DIFF_REMOVED, id, id, get_name (a), NULL);
      else
        {
          g_autoptr(GPtrArray) fields = compare_objects (d, a, b);
          if (fields->len > 0)
            add_change (d, subject, PD_DIFF_CHANGED, id, id, get_name (b), fields);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (new_list); i++)
    {
      g_autoptr(GObject) b = g_list_model_get_item (new_list, i);
      g_autofree char *id = NULL;
      GObject *a;

      g_object_get (b, "id", &id, NULL);
      a = pd_document_lookup (d->old_document, id);
      if (a == NULL || G_OBJECT_TYPE (b) != G_OBJECT_TYPE (a))
        add_change (d, subject, PD_DIFF_ADDED, id, NULL, get_name (b), NULL);
    }
}

static const char *
agency_name (gpointer object)
{
  const char *name = pd_agency_get_name (object);
  return name ? name : pd_agency_get_id (object);
}

static const char *
comment_name (gpointer object)
{
  const char *author = pd_comment_get_author (object);
  return author ? author : pd_comment_get_id (object);
}

/* ---- Steps ---- */

static const char *
node_name (PdNode *node)
{
  const char *title = pd_node_get_title (node);
  return title ? title : pd_node_get_id (node);
}

/* What a step deleted and added again keeps: its title, trimmed and in
 * any case, and its kind; NULL without a title. */
static char *
rename_key (PdNode *node)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;

  if (pd_node_get_title (node) == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (pd_node_get_title (node)));
  if (*trimmed == '\0')
    return NULL;
  folded = g_utf8_casefold (trimmed, -1);
  return g_strdup_printf ("%d:%s", pd_node_get_kind (node), folded);
}

/* Pairs each step only the old version has with the first step of the
 * same key only the new one has. */
static void
find_renamed (Differ *d)
{
  GListModel *old_nodes = pd_document_get_nodes (d->old_document);
  GListModel *new_nodes = pd_document_get_nodes (d->new_document);
  g_autoptr(GHashTable) added = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = g_list_model_get_n_items (new_nodes); i-- > 0;)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (new_nodes, i);
      char *key;

      if (pd_document_get_node (d->old_document, pd_node_get_id (node)))
        continue;
      key = rename_key (node);
      /* Walking backwards leaves the first of a key in the table. */
      if (key)
        g_hash_table_replace (added, key, (gpointer) pd_node_get_id (node));
    }
  for (guint i = 0; i < g_list_model_get_n_items (old_nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (old_nodes, i);
      g_autofree char *key = NULL;
      const char *new_id;

      if (pd_document_get_node (d->new_document, pd_node_get_id (node)))
        continue;
      key = rename_key (node);
      new_id = key ? g_hash_table_lookup (added, key) : NULL;
      if (new_id == NULL)
        continue;
      g_hash_table_insert (d->renamed, g_strdup (pd_node_get_id (node)), g_strdup (new_id));
      g_hash_table_remove (added, key);
    }
}

static gboolean
is_renamed_to (Differ     *d,
               const char *new_id)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, d->renamed);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (g_str_equal (value, new_id))
      return TRUE;
  return FALSE;
}

static void
diff_step (Differ *d,
           PdNode *a)
{
  const char *old_id = pd_node_get_id (a);
  const char *new_id = map_end (d, old_id);
  PdNode *b = pd_document_get_node (d->new_document, new_id);
  g_autoptr(GPtrArray) fields = NULL;
  gboolean renamed = !g_str_equal (old_id, new_id);

  if (b == NULL)
    {
      add_change (d, PD_DIFF_STEP, PD_DIFF_REMOVED, old_id, old_id, node_name (a), NULL);
      return;
    }
  fields = compare_objects (d, G_OBJECT (a), G_OBJECT (b));
  if (renamed)
    {
      add_field (fields, "id", NULL, g_strdup (old_id), g_strdup (new_id), FALSE);
      /* The id first: it is what the rest of the sentence is about. */
      g_ptr_array_insert (fields, 0, g_ptr_array_steal_index (fields, fields->len - 1));
    }
  if (fields->len > 0)
    add_change (d, PD_DIFF_STEP, only_places (fields) ? PD_DIFF_MOVED : PD_DIFF_CHANGED,
                new_id, old_id, node_name (b), fields);
}

static void
diff_steps (Differ *d)
{
  GListModel *old_nodes = pd_document_get_nodes (d->old_document);
  GListModel *new_nodes = pd_document_get_nodes (d->new_document);

  find_renamed (d);
  for (guint i = 0; i < g_list_model_get_n_items (old_nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (old_nodes, i);
      diff_step (d, node);
    }
  for (guint i = 0; i < g_list_model_get_n_items (new_nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (new_nodes, i);
      const char *id = pd_node_get_id (node);

      if (!pd_document_get_node (d->old_document, id) && !is_renamed_to (d, id))
        add_change (d, PD_DIFF_STEP, PD_DIFF_ADDED, id, NULL, node_name (node), NULL);
    }
}

/* ---- Transitions ---- */

static char *
edge_name (PdDocument *document,
           PdEdge     *edge)
{
  PdNode *from = pd_document_get_node (document, pd_edge_get_from_id (edge));
  PdNode *to = pd_document_get_node (document, pd_edge_get_to_id (edge));

  return g_strdup_printf ("“%s” → “%s”", from ? node_name (from) : pd_edge_get_from_id (edge),
                          to ? node_name (to) : pd_edge_get_to_id (edge));
}

static gboolean
same_ends (Differ *d,
           PdEdge *a,
           PdEdge *b)
{
  return g_strcmp0 (map_end (d, pd_edge_get_from_id (a)), pd_edge_get_from_id (b)) == 0
         && g_strcmp0 (map_end (d, pd_edge_get_to_id (a)), pd_edge_get_to_id (b)) == 0
         && pd_edge_get_kind (a) == pd_edge_get_kind (b);
}

/* The new version's transition @a is: the one of its id, else one of the
 * same ends and kind whose id the old version does not have and that no
 * other transition took. */
static PdEdge *
match_edge (Differ     *d,
            PdEdge     *a,
            GHashTable *taken)
{
  GListModel *new_edges = pd_document_get_edges (d->new_document);
  GObject *same_id = pd_document_lookup (d->new_document, pd_edge_get_id (a));

  if (same_id && PD_IS_EDGE (same_id))
    return PD_EDGE (same_id);
  for (guint i = 0; i < g_list_model_get_n_items (new_edges); i++)
    {
      g_autoptr(PdEdge) b = g_list_model_get_item (new_edges, i);
      GObject *old = pd_document_lookup (d->old_document, pd_edge_get_id (b));

      if ((old == NULL || !PD_IS_EDGE (old)) && !g_hash_table_contains (taken, b)
          && same_ends (d, a, b))
        return b;
    }
  return NULL;
}

static void
diff_transitions (Differ *d)
{
  GListModel *old_edges = pd_document_get_edges (d->old_document);
  GListModel *new_edges = pd_document_get_edges (d->new_document);
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (old_edges); i++)
    {
      g_autoptr(PdEdge) a = g_list_model_get_item (old_edges, i);
      PdEdge *b = match_edge (d, a, taken);
      g_autoptr(GPtrArray) fields = NULL;
      g_autofree char *name = NULL;

      if (b == NULL)
        {
          name = edge_name (d->old_document, a);
          add_change (d, PD_DIFF_TRANSITION, PD_DIFF_REMOVED, pd_edge_get_id (a),
                      pd_edge_get_id (a), name, NULL);
          continue;
        }
      g_hash_table_add (taken, b);
      fields = compare_objects (d, G_OBJECT (a), G_OBJECT (b));
      if (!g_str_equal (pd_edge_get_id (a), pd_edge_get_id (b)))
        {
          add_field (fields, "id", NULL, g_strdup (pd_edge_get_id (a)),
                     g_strdup (pd_edge_get_id (b)), FALSE);
          g_ptr_array_insert (fields, 0, g_ptr_array_steal_index (fields, fields->len - 1));
        }
      name = edge_name (d->new_document, b);
      if (fields->len > 0)
        add_change (d, PD_DIFF_TRANSITION, PD_DIFF_CHANGED, pd_edge_get_id (b),
                    pd_edge_get_id (a), name, fields);
    }
  for (guint i = 0; i < g_list_model_get_n_items (new_edges); i++)
    {
      g_autoptr(PdEdge) b = g_list_model_get_item (new_edges, i);
      g_autofree char *name = NULL;

      if (g_hash_table_contains (taken, b))
        continue;
      name = edge_name (d->new_document, b);
      add_change (d, PD_DIFF_TRANSITION, PD_DIFF_ADDED, pd_edge_get_id (b), NULL, name, NULL);
    }
}

GPtrArray *
pd_diff_documents (PdDocument  *old_document,
                   PdDocument  *new_document,
                   PdDiffFlags  flags)
{
  Differ d = { old_document, new_document, flags, NULL, NULL };

  g_return_val_if_fail (PD_IS_DOCUMENT (old_document), NULL);
  g_return_val_if_fail (PD_IS_DOCUMENT (new_document), NULL);

  d.renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d.changes = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_diff_change_free);
  diff_pathway (&d);
  diff_by_id (&d, PD_DIFF_AGENCY, pd_document_get_agencies (old_document),
              pd_document_get_agencies (new_document), agency_name);
  diff_steps (&d);
  diff_transitions (&d);
  diff_by_id (&d, PD_DIFF_COMMENT, pd_document_get_comments (old_document),
              pd_document_get_comments (new_document), comment_name);
  g_hash_table_unref (d.renamed);
  return d.changes;
}
