/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The words a leaflet prints, in the order a reader meets them: the lead
 * line above a step that is another way, planned or not offered. */
#include <glib/gi18n-lib.h>

#include "pd-edit.h"
#include "pd-leaflet.h"
#include "test-common.h"

static PdNode *
step (PdDocument *doc,
      PdNodeKind  kind,
      const char *title,
      const char *easy_read,
      double      x)
{
  PdNode *node = pd_edit_add_node (doc, kind, NULL, x, 100);

  pd_document_set (doc, node, "title", title, "easy-read", easy_read, NULL);
  return node;
}

/* Every text box of @leaflet, page after page, in reading order. */
static GPtrArray *
texts_of (PdLeaflet *leaflet)
{
  GPtrArray *texts = g_ptr_array_new ();

  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      PdLeafletPage *page = g_ptr_array_index (leaflet->pages, p);

      for (guint b = 0; b < page->boxes->len; b++)
        {
          PdLeafletBox *box = g_ptr_array_index (page->boxes, b);

          if (box->kind == PD_LEAFLET_TEXT)
            g_ptr_array_add (texts, box->text);
        }
    }
  return texts;
}

/* The text just before the one that starts with @words, or "" when that is
 * the first; fails when no text starts so. */
static const char *
text_before (GPtrArray  *texts,
             const char *words)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (texts, i), words))
      return i > 0 ? g_ptr_array_index (texts, i - 1) : "";
  g_assert_not_reached ();
}

static gboolean
has_text (GPtrArray  *texts,
          const char *words)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (texts, i), words))
      return TRUE;
  return FALSE;
}

/* A referral, an assessment that leads on to CBT as usual or to guided
 * self-help as another way, a group that is planned and a peer service
 * that is not offered here, and the end. */
static PdDocument *
branching_pathway (void)
{
  PdDocument *doc = pd_document_new_default ();
  PdNode *referral = step (doc, PD_NODE_KIND_REFERRAL, "Referral", "Your doctor asks us.", 0);
  PdNode *assessment = step (doc, PD_NODE_KIND_ASSESSMENT, "Assessment", "We talk with you.",
                             200);
  PdNode *cbt = step (doc, PD_NODE_KIND_INTERVENTION, "CBT", "You meet a worker each week.", 400);
  PdNode *guided = step (doc, PD_NODE_KIND_INTERVENTION, "Guided self-help",
                         "You read a book at home.", 400);
  PdNode *group = step (doc, PD_NODE_KIND_INTERVENTION, "Group", "You meet other people.", 400);
  PdNode *peer = step (doc, PD_NODE_KIND_INTERVENTION, "Peer support", "Someone who knows helps.",
                       400);
  PdNode *discharge = step (doc, PD_NODE_KIND_DISCHARGE, "Discharge", "You finish with us.", 600);

  pd_edit_connect (doc, referral, assessment);
  pd_edit_connect (doc, assessment, cbt);
  pd_document_set (doc, pd_edit_connect (doc, assessment, guided), "kind",
                   PD_EDGE_KIND_ALTERNATIVE, NULL);
  pd_document_set (doc, pd_edit_connect (doc, assessment, group), "kind",
                   PD_EDGE_KIND_ALTERNATIVE, NULL);
  pd_document_set (doc, pd_edit_connect (doc, assessment, peer), "kind",
                   PD_EDGE_KIND_ALTERNATIVE, NULL);
  pd_edit_connect (doc, cbt, discharge);
  pd_edit_connect (doc, guided, discharge);
  pd_edit_connect (doc, group, discharge);
  pd_edit_connect (doc, peer, discharge);
  pd_document_set (doc, group, "availability", PD_AVAILABILITY_PLANNED, NULL);
  pd_document_set (doc, peer, "availability", PD_AVAILABILITY_NOT_OFFERED, NULL);
  return doc;
}

static void
test_leads (void)
{
  g_autoptr(PdDocument) doc = branching_pathway ();
  PdLeafletOptions options = PD_LEAFLET_OPTIONS_DEFAULT;
  g_autoptr(PdLeaflet) leaflet = pd_leaflet_compose (doc, &options, NULL);
  g_autoptr(GPtrArray) texts = texts_of (leaflet);

  /* The usual way has no lead: its words follow the previous step's. */
  g_assert_false (g_str_has_suffix (text_before (texts, "You meet a worker each week."), ":"));
  g_assert_cmpstr (text_before (texts, "You read a book at home."), ==,
                   _("Or you might have this:"));
  /* Steps not offered are left out unless asked for. */
  g_assert_false (has_text (texts, "You meet other people."));
  g_assert_false (has_text (texts, "Someone who knows helps."));
}

static void
test_leads_not_offered (void)
{
  g_autoptr(PdDocument) doc = branching_pathway ();
  PdLeafletOptions options = PD_LEAFLET_OPTIONS_DEFAULT;
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autoptr(GPtrArray) texts = NULL;

  options.include_not_offered = TRUE;
  leaflet = pd_leaflet_compose (doc, &options, NULL);
  texts = texts_of (leaflet);
  g_assert_cmpstr (text_before (texts, "You read a book at home."), ==,
                   _("Or you might have this:"));
  g_assert_cmpstr (text_before (texts, "You meet other people."), ==,
                   _("Coming later, not yet:"));
  g_assert_cmpstr (text_before (texts, "Someone who knows helps."), ==,
                   _("Not offered here:"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/leaflet-text/leads", test_leads);
  g_test_add_func ("/leaflet-text/leads-not-offered", test_leads_not_offered);
  return g_test_run ();
}
