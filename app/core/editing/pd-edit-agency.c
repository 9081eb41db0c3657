/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Agencies added and removed, and comments on the diagram. */
#include <glib/gi18n-lib.h>

#include "pd-edit.h"

/* Colours for new agencies: dark enough for white text at 4.5:1, and far
 * from the four defaults and from each other. */
static const char *agency_colours[] = {
  "#6D4C41", "#5E35B1", "#00796B", "#AD1457", "#37474F", "#827717", "#4E342E", "#283593",
};

static gboolean
agency_has (PdDocument *document,
            const char *property,
            const char *value)
{
  GListModel *agencies = pd_document_get_agencies (document);

  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(PdAgency) agency = g_list_model_get_item (agencies, i);
      g_autofree char *current = NULL;

      g_object_get (agency, property, &current, NULL);
      if (current && g_ascii_strcasecmp (current, value) == 0)
        return TRUE;
    }
  return FALSE;
}

PdAgency *
pd_edit_add_agency (PdDocument *document)
{
  g_autofree char *id = NULL;
  g_autoptr(PdAgency) agency = NULL;
  const char *colour = agency_colours[0];
  char cue[2] = "A";

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (agency_colours); i++)
    if (!agency_has (document, "colour", agency_colours[i]))
      {
        colour = agency_colours[i];
        break;
      }
  for (char c = 'A'; c <= 'Z'; c++)
    {
      cue[0] = c;
      if (!agency_has (document, "cue", cue))
        break;
    }
  id = pd_document_make_id (document, "agency");
  agency = pd_agency_new (id);
  g_object_set (agency, "name", _("New agency"), "colour", colour, "cue", cue, NULL);
  pd_document_begin (document, _("Add Agency"));
  pd_document_add_agency (document, agency);
  pd_document_end (document);
  return agency;
}

guint
pd_edit_count_agency_steps (PdDocument *document,
                            PdAgency   *agency)
{
  GListModel *nodes = pd_document_get_nodes (document);
  guint users = 0;

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      users += g_strcmp0 (pd_node_get_agency_id (node), pd_agency_get_id (agency)) == 0;
    }
  return users;
}

gboolean
pd_edit_remove_agency (PdDocument *document,
                       PdAgency   *agency,
                       PdAgency   *heir,
                       GError    **error)
{
  GListModel *nodes = pd_document_get_nodes (document);
  gboolean removed;

  g_return_val_if_fail (PD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (heir != agency, FALSE);

  pd_document_begin (document, _("Remove Agency"));
  for (guint i = 0; heir && i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);

      if (g_strcmp0 (pd_node_get_agency_id (node), pd_agency_get_id (agency)) == 0)
        pd_document_set (document, node, "agency-id", pd_agency_get_id (heir), NULL);
    }
  removed = pd_document_remove_agency (document, agency, error);
  pd_document_end (document);
  return removed;
}

PdComment *
pd_edit_add_comment (PdDocument *document,
                     const char *target_id,
                     const char *author,
                     const char *role,
                     const char *text)
{
  g_autofree char *id = NULL;
  g_autoptr(PdComment) comment = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *time = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  g_return_val_if_fail (PD_IS_DOCUMENT (document), NULL);

  id = pd_document_make_id (document, "c");
  comment = pd_comment_new (id, target_id);
  g_object_set (comment, "author", author && *author ? author : NULL,
                "role", role && *role ? role : NULL, "text", text, "time", time, NULL);
  pd_document_begin (document, _("Add Comment"));
  pd_document_add_comment (document, comment);
  pd_document_end (document);
  return comment;
}

guint
pd_edit_count_open_comments (PdDocument *document,
                             const char *target_id)
{
  GListModel *comments = pd_document_get_comments (document);
  guint open = 0;

  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(PdComment) comment = g_list_model_get_item (comments, i);

      open += !pd_comment_get_resolved (comment)
              && g_strcmp0 (pd_comment_get_target_id (comment), target_id) == 0;
    }
  return open;
}
