/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n-lib.h>
#include <gobject/gvaluecollector.h>
#include <string.h>

#include "pd-comment-private.h"
#include "pd-defaults.h"
#include "pd-document-private.h"
#include "pd-fields-private.h"
#include "pd-history-private.h"
#include "pd-foreign-private.h"
#include "pd-translations-private.h"

struct _PdDocument
{
  GObject parent_instance;

  /* Metadata */
  char *pathway_id;
  char *title;
  char *summary;
  int status;
  char *version;
  char *lead;
  char *review_by;
  char *created_date;
  char *modified_date;
  GArray *clusters;
  GPtrArray *documents;
  GPtrArray *participants;
  guint referrals_per_year;
  PdLanes lanes;
  PdRouting routing;
  PdTranslations *translations;
  double hours_per_wte;
  GPtrArray *staffing;
  GPtrArray *changes;

  GListStore *agencies;
  GListStore *nodes;
  GListStore *edges;
  GListStore *comments;
  GHashTable *ids;            /* id → GObject, for every object above */
  GHashTable *positions;      /* id → SourcePosition, from the file */
  char **file_comments;
  PdHistory *history;
};

G_DEFINE_FINAL_TYPE (PdDocument, pd_document, G_TYPE_OBJECT)

/* Where an object's element starts in the file it was read from. */
typedef struct {
  guint line;
  guint column;
} SourcePosition;

static const PdField fields[] = {
  PD_FIELD_STR (PdDocument, pathway_id, "pathway-id"),
  PD_FIELD_STR (PdDocument, title, "title"),
  PD_FIELD_STR (PdDocument, summary, "summary"),
  PD_FIELD_ENUM (PdDocument, status, "status", pd_status_get_type, PD_STATUS_DRAFT),
  PD_FIELD_STR (PdDocument, version, "version"),
  PD_FIELD_STR (PdDocument, lead, "lead"),
  PD_FIELD_STR (PdDocument, review_by, "review-by"),
  PD_FIELD_STR (PdDocument, created_date, "created-date"),
  PD_FIELD_STR (PdDocument, modified_date, "modified-date"),
  PD_FIELD_BOXED (PdDocument, clusters, "clusters", g_array_get_type),
  PD_FIELD_BOXED (PdDocument, documents, "documents", g_ptr_array_get_type),
  PD_FIELD_BOXED (PdDocument, participants, "participants", g_ptr_array_get_type),
  PD_FIELD_UINT (PdDocument, referrals_per_year, "referrals-per-year"),
  PD_FIELD_ENUM (PdDocument, lanes, "lanes", pd_lanes_get_type, PD_LANES_NONE),
  PD_FIELD_ENUM (PdDocument, routing, "routing", pd_routing_get_type, PD_ROUTING_DIRECT),
  PD_FIELD_BOXED (PdDocument, translations, "translations", pd_translations_get_type),
  PD_FIELD_DBL (PdDocument, hours_per_wte, "hours-per-wte", 0, PD_HOURS_PER_WTE_LIMIT, 0),
  PD_FIELD_BOXED (PdDocument, staffing, "staffing", g_ptr_array_get_type),
  PD_FIELD_BOXED (PdDocument, changes, "changes", g_ptr_array_get_type),
};

enum {
  PROP_MODIFIED = G_N_ELEMENTS (fields) + 1,
  N_ALL_PROPS
};

static void
pd_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PdDocument *self = PD_DOCUMENT (object);

  if (prop_id == PROP_MODIFIED)
    g_value_set_boolean (value, pd_history_is_modified (self->history));
  else
    pd_fields_get (object, fields, prop_id, value);
}

static void
pd_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  pd_fields_set (object, fields, prop_id, value);
}

static void
pd_document_dispose (GObject *object)
{
  PdDocument *self = PD_DOCUMENT (object);

  g_clear_object (&self->history);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_object (&self->agencies);
  g_clear_object (&self->nodes);
  g_clear_object (&self->edges);
  g_clear_object (&self->comments);
  G_OBJECT_CLASS (pd_document_parent_class)->dispose (object);
}

static void
pd_document_finalize (GObject *object)
{
  pd_fields_clear (object, fields, G_N_ELEMENTS (fields));
  g_strfreev (PD_DOCUMENT (object)->file_comments);
  G_OBJECT_CLASS (pd_document_parent_class)->finalize (object);
}

static void
pd_document_class_init (PdDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pd_document_get_property;
  object_class->set_property = pd_document_set_property;
  object_class->dispose = pd_document_dispose;
  object_class->finalize = pd_document_finalize;
  pd_fields_install (object_class, fields, G_N_ELEMENTS (fields));
  g_object_class_install_property (object_class, PROP_MODIFIED,
                                   g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
}

static void
on_history_modified (PdDocument *self)
{
  g_object_notify (G_OBJECT (self), "modified");
}

static void
pd_document_init (PdDocument *self)
{
  pd_fields_init (G_OBJECT (self), fields, G_N_ELEMENTS (fields));
  self->agencies = g_list_store_new (PD_TYPE_AGENCY);
  self->nodes = g_list_store_new (PD_TYPE_NODE);
  self->edges = g_list_store_new (PD_TYPE_EDGE);
  self->comments = g_list_store_new (PD_TYPE_COMMENT);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->history = pd_history_new ();
  g_signal_connect_object (self->history, "notify::modified",
                           G_CALLBACK (on_history_modified), self, G_CONNECT_SWAPPED);
}

PdDocument *
pd_document_new (void)
{
  return g_object_new (PD_TYPE_DOCUMENT, NULL);
}

PdDocument *
pd_document_new_default (void)
{
  PdDocument *self = pd_document_new ();
  g_autoptr(GPtrArray) agencies = pd_default_agencies_new ();

  g_object_set (self, "pathway-id", "pathway", "title", _("Untitled pathway"), NULL);
  for (guint i = 0; i < agencies->len; i++)
    pd_document_append_object (self, g_ptr_array_index (agencies, i));
  return self;
}

static GObject *
copy_object (GObject *object)
{
  if (PD_IS_NODE (object))
    return G_OBJECT (pd_node_copy (PD_NODE (object), NULL));
  if (PD_IS_EDGE (object))
    return G_OBJECT (pd_edge_copy (PD_EDGE (object), NULL));
  if (PD_IS_AGENCY (object))
    return G_OBJECT (pd_agency_copy (PD_AGENCY (object), NULL));
  if (PD_IS_COMMENT (object))
    return G_OBJECT (pd_comment_copy (PD_COMMENT (object), NULL));
  g_return_val_if_reached (NULL);
}

PdDocument *
pd_document_copy (PdDocument *self)
{
  PdDocument *copy;
  PdForeign *foreign;
  GListStore *stores[4];
  GHashTableIter iter;
  gpointer id, position;

  g_return_val_if_fail (PD_IS_DOCUMENT (self), NULL);

  copy = pd_document_new ();
  /* Arrays (clusters, documents, participants) are shared: an edit puts a
   * new one in place, never changes one in place. */
  pd_fields_copy (G_OBJECT (copy), G_OBJECT (self), fields, G_N_ELEMENTS (fields));
  if ((foreign = pd_object_get_foreign (G_OBJECT (self))))
    pd_object_set_foreign (G_OBJECT (copy), pd_foreign_copy (foreign));
  copy->file_comments = g_strdupv (self->file_comments);
  stores[0] = self->agencies;
  stores[1] = self->nodes;
  stores[2] = self->edges;
  stores[3] = self->comments;
  for (guint s = 0; s < G_N_ELEMENTS (stores); s++)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (stores[s])); i++)
      {
        g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (stores[s]), i);
        g_autoptr(GObject) twin = copy_object (object);

        pd_document_append_object (copy, twin);
      }
  g_hash_table_iter_init (&iter, self->positions);
  while (g_hash_table_iter_next (&iter, &id, &position))
    g_hash_table_insert (copy->positions, g_strdup (id),
                         g_memdup2 (position, sizeof (SourcePosition)));
  return copy;
}

const char *pd_document_get_title (PdDocument *self) { return self->title; }
GListModel *pd_document_get_agencies (PdDocument *self) { return G_LIST_MODEL (self->agencies); }
GListModel *pd_document_get_nodes (PdDocument *self) { return G_LIST_MODEL (self->nodes); }
GListModel *pd_document_get_edges (PdDocument *self) { return G_LIST_MODEL (self->edges); }
GListModel *pd_document_get_comments (PdDocument *self) { return G_LIST_MODEL (self->comments); }
PdHistory *pd_document_get_history (PdDocument *self) { return self->history; }
PdTranslations *pd_document_get_translations (PdDocument *self) { return self->translations; }
guint pd_document_get_referrals_per_year (PdDocument *self) { return self->referrals_per_year; }
GPtrArray *pd_document_get_staffing (PdDocument *self) { return self->staffing; }
GPtrArray *pd_document_get_changes (PdDocument *self) { return self->changes; }

double
pd_document_get_hours_per_wte (PdDocument *self)
{
  return self->hours_per_wte > 0 ? self->hours_per_wte : PD_HOURS_PER_WTE_DEFAULT;
}

gboolean
pd_document_get_modified (PdDocument *self)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (self), FALSE);
  return pd_history_is_modified (self->history);
}

/* Ids */

static const char *
object_get_id (GObject *object)
{
  if (PD_IS_NODE (object))
    return pd_node_get_id (PD_NODE (object));
  if (PD_IS_EDGE (object))
    return pd_edge_get_id (PD_EDGE (object));
  if (PD_IS_AGENCY (object))
    return pd_agency_get_id (PD_AGENCY (object));
  if (PD_IS_COMMENT (object))
    return pd_comment_get_id (PD_COMMENT (object));
  g_return_val_if_reached (NULL);
}

static GListStore *
store_for (PdDocument *self,
           GObject    *object)
{
  if (PD_IS_NODE (object))
    return self->nodes;
  if (PD_IS_EDGE (object))
    return self->edges;
  if (PD_IS_AGENCY (object))
    return self->agencies;
  if (PD_IS_COMMENT (object))
    return self->comments;
  g_return_val_if_reached (NULL);
}

GObject *
pd_document_lookup (PdDocument *self,
                    const char *id)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->ids, id) : NULL;
}

PdNode *
pd_document_get_node (PdDocument *self,
                      const char *id)
{
  GObject *object = pd_document_lookup (self, id);
  return PD_IS_NODE (object) ? PD_NODE (object) : NULL;
}

PdAgency *
pd_document_get_agency (PdDocument *self,
                        const char *id)
{
  GObject *object = pd_document_lookup (self, id);
  return PD_IS_AGENCY (object) ? PD_AGENCY (object) : NULL;
}

char *
pd_document_make_id (PdDocument *self,
                     const char *prefix)
{
  guint n;

  g_return_val_if_fail (PD_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (prefix != NULL, NULL);
  for (n = g_hash_table_size (self->ids) + 1;; n++)
    {
      char *id = g_strdup_printf ("%s%u", prefix, n);
      if (!g_hash_table_contains (self->ids, id))
        return id;
      g_free (id);
    }
}

static void
on_list_change (gpointer  user_data,
                GObject  *item,
                gboolean  added)
{
  PdDocument *self = user_data;

  if (added)
    g_hash_table_insert (self->ids, (gpointer) object_get_id (item), item);
  else
    g_hash_table_remove (self->ids, object_get_id (item));
}

gboolean
pd_document_append_object (PdDocument *self,
                           GObject    *object)
{
  GListStore *store;
  const char *id;

  g_return_val_if_fail (PD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  store = store_for (self, object);
  id = object_get_id (object);
  if (store == NULL || id == NULL || g_hash_table_contains (self->ids, id))
    return FALSE;
  g_list_store_append (store, object);
  on_list_change (self, object, TRUE);
  return TRUE;
}

/* Editing */

static void
run (PdDocument *self,
     PdCommand  *command)
{
  pd_command_apply (command);
  pd_history_push (self->history, command);
}

void
pd_document_begin (PdDocument *self,
                   const char *label)
{
  g_return_if_fail (PD_IS_DOCUMENT (self));
  pd_history_begin (self->history, label);
}

void
pd_document_end (PdDocument *self)
{
  g_return_if_fail (PD_IS_DOCUMENT (self));
  pd_history_end (self->history);
}

gboolean
pd_document_undo (PdDocument *self)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (self), FALSE);
  return pd_history_undo (self->history);
}

gboolean
pd_document_redo (PdDocument *self)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (self), FALSE);
  return pd_history_redo (self->history);
}

static gboolean
owns (PdDocument *self,
      gpointer    object)
{
  if ((gpointer) self == object)
    return TRUE;
  return G_IS_OBJECT (object) && pd_document_lookup (self, object_get_id (object)) == object;
}

void
pd_document_set_value (PdDocument   *self,
                       gpointer      object,
                       const char   *property,
                       const GValue *value)
{
  GParamSpec *pspec;
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;

  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (owns (self, object));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL && (pspec->flags & G_PARAM_WRITABLE));
  g_return_if_fail (!(pspec->flags & G_PARAM_CONSTRUCT_ONLY));

  g_value_init (&old_value, pspec->value_type);
  g_object_get_property (object, property, &old_value);
  g_value_init (&new_value, pspec->value_type);
  if (!g_value_transform (value, &new_value))
    g_return_if_reached ();
  g_param_value_validate (pspec, &new_value);
  if (g_param_values_cmp (pspec, &old_value, &new_value) == 0)
    return;
  /* Strings compare by pointer in g_param_values_cmp; treat "" as unset. */
  if (G_VALUE_HOLDS_STRING (&new_value)
      && g_strcmp0 (g_value_get_string (&old_value),
                    (g_value_get_string (&new_value) && *g_value_get_string (&new_value))
                    ? g_value_get_string (&new_value) : NULL) == 0)
    return;

  run (self, pd_command_set_property_new (object, property, &old_value, &new_value));
}

void
pd_document_set (PdDocument *self,
                 gpointer    object,
                 const char *first_property,
                 ...)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  va_list args;
  const char *name;

  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_OBJECT (object));

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  va_start (args, first_property);
  for (name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);
      g_autofree char *error = NULL;
      GValue *value;

      if (pspec == NULL)
        {
          g_critical ("%s has no property %s", G_OBJECT_TYPE_NAME (object), name);
          break;
        }
      g_array_set_size (values, values->len + 1);
      value = &g_array_index (values, GValue, values->len - 1);
      G_VALUE_COLLECT_INIT (value, pspec->value_type, args, 0, &error);
      if (error != NULL)
        {
          g_critical ("%s", error);
          break;
        }
      g_ptr_array_add (names, (gpointer) name);
    }
  va_end (args);

  /* A single property is a plain command, so that typing into one field
   * merges into one step; several are one step together. */
  if (names->len > 1)
    pd_history_begin (self->history, NULL);
  for (guint i = 0; i < names->len; i++)
    pd_document_set_value (self, object, g_ptr_array_index (names, i),
                           &g_array_index (values, GValue, i));
  if (names->len > 1)
    pd_history_end (self->history);
}

void
pd_document_move_nodes (PdDocument *self,
                        GPtrArray  *nodes,
                        double      dx,
                        double      dy)
{
  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (nodes != NULL);

  if (nodes->len == 0 || (dx == 0 && dy == 0))
    return;
  for (guint i = 0; i < nodes->len; i++)
    g_return_if_fail (owns (self, g_ptr_array_index (nodes, i)));
  run (self, pd_command_move_new (nodes, dx, dy));
}

static void
add_object (PdDocument *self,
            GObject    *object)
{
  GListStore *store = store_for (self, object);
  const char *id = object_get_id (object);

  g_return_if_fail (id != NULL);
  g_return_if_fail (!g_hash_table_contains (self->ids, id));
  run (self, pd_command_list_new (store, g_list_model_get_n_items (G_LIST_MODEL (store)),
                                  object, TRUE, on_list_change, self));
}

static void
remove_object (PdDocument *self,
               GObject    *object)
{
  GListStore *store = store_for (self, object);
  guint position;

  g_return_if_fail (g_list_store_find (store, object, &position));
  run (self, pd_command_list_new (store, position, object, FALSE, on_list_change, self));
}

static void
remove_comments_on (PdDocument *self,
                    const char *target_id)
{
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->comments)); i > 0; i--)
    {
      g_autoptr(PdComment) comment = g_list_model_get_item (G_LIST_MODEL (self->comments), i - 1);
      if (g_strcmp0 (pd_comment_get_target_id (comment), target_id) == 0)
        remove_object (self, G_OBJECT (comment));
    }
}

void
pd_document_add_node (PdDocument *self,
                      PdNode     *node)
{
  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (PD_IS_NODE (node));
  add_object (self, G_OBJECT (node));
}

void
pd_document_remove_node (PdDocument *self,
                         PdNode     *node)
{
  const char *id;

  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (owns (self, node));

  id = pd_node_get_id (node);
  pd_history_begin (self->history, _("Delete"));
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->edges)); i > 0; i--)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (G_LIST_MODEL (self->edges), i - 1);
      if (g_strcmp0 (pd_edge_get_from_id (edge), id) == 0
          || g_strcmp0 (pd_edge_get_to_id (edge), id) == 0)
        pd_document_remove_edge (self, edge);
    }
  remove_comments_on (self, id);
  remove_object (self, G_OBJECT (node));
  pd_history_end (self->history);
}

void
pd_document_add_edge (PdDocument *self,
                      PdEdge     *edge)
{
  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (PD_IS_EDGE (edge));
  add_object (self, G_OBJECT (edge));
}

void
pd_document_remove_edge (PdDocument *self,
                         PdEdge     *edge)
{
  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (owns (self, edge));

  pd_history_begin (self->history, _("Delete"));
  remove_comments_on (self, pd_edge_get_id (edge));
  remove_object (self, G_OBJECT (edge));
  pd_history_end (self->history);
}

void
pd_document_add_agency (PdDocument *self,
                        PdAgency   *agency)
{
  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (PD_IS_AGENCY (agency));
  add_object (self, G_OBJECT (agency));
}

gboolean
pd_document_remove_agency (PdDocument *self,
                           PdAgency   *agency,
                           GError    **error)
{
  guint users = 0;

  g_return_val_if_fail (PD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (owns (self, agency), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->nodes)); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (G_LIST_MODEL (self->nodes), i);
      if (g_strcmp0 (pd_node_get_agency_id (node), pd_agency_get_id (agency)) == 0)
        users++;
    }
  if (users > 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” cannot be removed: %u step uses it",
                                "“%s” cannot be removed: %u steps use it", users),
                   pd_agency_get_name (agency) ? pd_agency_get_name (agency)
                                               : pd_agency_get_id (agency),
                   users);
      return FALSE;
    }
  remove_object (self, G_OBJECT (agency));
  return TRUE;
}

void
pd_document_move_agency (PdDocument *self,
                         PdAgency   *agency,
                         guint       new_position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->agencies));
  guint position;

  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (g_list_store_find (self->agencies, agency, &position));
  g_return_if_fail (new_position < n);

  if (new_position == position)
    return;
  pd_history_begin (self->history, _("Reorder Agencies"));
  run (self, pd_command_list_new (self->agencies, position, G_OBJECT (agency), FALSE, NULL, NULL));
  run (self, pd_command_list_new (self->agencies, new_position, G_OBJECT (agency), TRUE,
                                  NULL, NULL));
  pd_history_end (self->history);
}

void
pd_document_add_comment (PdDocument *self,
                         PdComment  *comment)
{
  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (PD_IS_COMMENT (comment));
  add_object (self, G_OBJECT (comment));
}

void
pd_document_remove_comment (PdDocument *self,
                            PdComment  *comment)
{
  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (owns (self, comment));
  remove_object (self, G_OBJECT (comment));
}

void
pd_document_mark_saved (PdDocument *self)
{
  g_return_if_fail (PD_IS_DOCUMENT (self));
  pd_history_mark_saved (self->history);
}

void
pd_document_stamp_saved (PdDocument *self,
                         const char *date)
{
  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (date != NULL);

  /* Not a command: saving is no edit, and undo never takes a file back
   * to a date it was not saved on. */
  g_object_freeze_notify (G_OBJECT (self));
  if (self->created_date == NULL || *self->created_date == '\0')
    g_object_set (self, "created-date", date, NULL);
  g_object_set (self, "modified-date", date, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

void
pd_document_set_source_position (PdDocument *self,
                                 const char *id,
                                 guint       line,
                                 guint       column)
{
  SourcePosition *position;

  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (id != NULL);

  /* A struct of its own rather than both numbers packed into a pointer,
   * which holds only 32 bits on some machines. */
  position = g_new (SourcePosition, 1);
  position->line = line;
  position->column = column;
  g_hash_table_insert (self->positions, g_strdup (id), position);
}

gboolean
pd_document_get_source_position (PdDocument *self,
                                 const char *id,
                                 guint      *line,
                                 guint      *column)
{
  const SourcePosition *position;

  g_return_val_if_fail (PD_IS_DOCUMENT (self), FALSE);

  if (id == NULL || (position = g_hash_table_lookup (self->positions, id)) == NULL)
    return FALSE;
  *line = position->line;
  *column = position->column;
  return TRUE;
}

/* Languages */

const char *
pd_document_get_title_for (PdDocument *self,
                           const char *lang)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (self), NULL);
  return pd_translations_get_for (self->translations, "title", lang, self->title);
}

const char *
pd_document_get_summary_for (PdDocument *self,
                             const char *lang)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (self), NULL);
  return pd_translations_get_for (self->translations, "summary", lang, self->summary);
}

static PdTranslations *
translations_of (PdDocument *self,
                 gpointer    object)
{
  if (object == (gpointer) self)
    return self->translations;
  if (PD_IS_NODE (object))
    return pd_node_get_translations (object);
  if (PD_IS_AGENCY (object))
    return pd_agency_get_translations (object);
  return NULL;
}

gboolean
pd_document_is_translatable (gpointer    object,
                             const char *property)
{
  static const struct { GType (*type) (void); const char *property; } translatable[] = {
    { pd_document_get_type, "title" },
    { pd_document_get_type, "summary" },
    { pd_node_get_type, "title" },
    { pd_node_get_type, "easy-read" },
    { pd_agency_get_type, "name" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (translatable); i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (object, translatable[i].type ())
        && g_strcmp0 (property, translatable[i].property) == 0)
      return TRUE;
  return FALSE;
}

const char *
pd_document_get_translation (PdDocument *self,
                             gpointer    object,
                             const char *property,
                             const char *lang)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (self), NULL);
  return pd_translations_lookup (translations_of (self, object), property, lang);
}

void
pd_document_set_translation (PdDocument *self,
                             gpointer    object,
                             const char *property,
                             const char *lang,
                             const char *text)
{
  const char *old_text;

  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_return_if_fail (owns (self, object));
  g_return_if_fail (pd_document_is_translatable (object, property));
  g_return_if_fail (pd_language_tag_is_valid (lang) && !pd_language_tag_is_default (lang));

  if (text != NULL && *text == '\0')
    text = NULL;
  old_text = pd_document_get_translation (self, object, property, lang);
  if (g_strcmp0 (old_text, text) == 0)
    return;
  run (self, pd_command_set_translation_new (object, property, lang, old_text, text));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

char **
pd_document_get_languages (PdDocument *self)
{
  GListModel *lists[] = { G_LIST_MODEL (self->agencies), G_LIST_MODEL (self->nodes) };
  g_autoptr(GPtrArray) languages = g_ptr_array_new ();

  g_return_val_if_fail (PD_IS_DOCUMENT (self), NULL);

  pd_translations_add_languages (self->translations, languages);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) object = g_list_model_get_item (lists[l], i);
        pd_translations_add_languages (translations_of (self, object), languages);
      }
  g_ptr_array_sort (languages, compare_strings);
  g_ptr_array_add (languages, NULL);
  return (char **) g_ptr_array_steal (languages, NULL);
}

void
pd_document_set_file_comments (PdDocument         *self,
                               const char * const *comments)
{
  g_return_if_fail (PD_IS_DOCUMENT (self));
  g_strfreev (self->file_comments);
  self->file_comments = comments && comments[0] ? g_strdupv ((char **) comments) : NULL;
}

const char * const *
pd_document_get_file_comments (PdDocument *self)
{
  g_return_val_if_fail (PD_IS_DOCUMENT (self), NULL);
  return (const char * const *) self->file_comments;
}
