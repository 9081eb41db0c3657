/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The diagram in words, as a screen reader says the canvas. */
#include "pd-describe.h"
#include "pd-edit.h"
#include "test-common.h"

typedef struct {
  PdDocument *doc;
  PdNode *referral, *assessment, *decision, *self_help;
  PdEdge *in, *up, *mild, *back;
} Pathway;

static PdNode *
add_step (PdDocument *doc,
          PdNodeKind  kind,
          const char *agency,
          const char *title,
          double      x,
          double      y)
{
  PdNode *node = pd_edit_add_node (doc, kind, agency, x, y);

  pd_document_set (doc, node, "title", title, NULL);
  return node;
}

/* Self-referral → Initial assessment → Severity and risk? (typical) or
 * Self-help (an alternative), which steps back up to the assessment. */
static void
pathway_init (Pathway *p)
{
  PdDocument *doc = p->doc = pd_document_new_default ();

  pd_document_set (doc, doc, "title", "Stepped care", NULL);
  p->referral = add_step (doc, PD_NODE_KIND_REFERRAL, "primary-care", "Self-referral", 100, 200);
  p->assessment = add_step (doc, PD_NODE_KIND_ASSESSMENT, "nhs", "Initial assessment",
                            400, 200);
  p->decision = add_step (doc, PD_NODE_KIND_DECISION, "nhs", "Severity and risk?", 700, 100);
  p->self_help = add_step (doc, PD_NODE_KIND_INTERVENTION, "voluntary", "Self-help", 700, 300);
  pd_document_set (doc, p->assessment, "duration", 14.0, "duration-unit", PD_DURATION_UNIT_DAYS,
                   NULL);
  pd_document_set (doc, p->self_help, "sessions", 6, "duration", 3.0,
                   "duration-unit", PD_DURATION_UNIT_MONTHS,
                   "availability", PD_AVAILABILITY_PLANNED, NULL);
  p->in = pd_edit_connect (doc, p->referral, p->assessment);
  /* Added before the typical way, so that only the kinds order them. */
  p->mild = pd_edit_connect (doc, p->assessment, p->self_help);
  pd_document_set (doc, p->mild, "kind", PD_EDGE_KIND_ALTERNATIVE, "label", "mild",
                   "likelihood", 30.0, NULL);
  p->up = pd_edit_connect (doc, p->assessment, p->decision);
  p->back = pd_edit_connect (doc, p->self_help, p->assessment);
  pd_document_set (doc, p->back, "kind", PD_EDGE_KIND_STEP_UP, NULL);
}

static void
pathway_clear (Pathway *p)
{
  g_clear_object (&p->doc);
}

static void
test_step (void)
{
  Pathway p;
  struct { PdNode **node; const char *said; } cases[] = {
    { &p.assessment, "Step 2 of 4: Initial assessment. Assessment by NHS trust, about 2 weeks. "
                     "Leads to: Severity and risk?, Self-help. From: Self-referral, Self-help." },
    /* The title's own question mark ends its sentence. */
    { &p.decision, "Step 3 of 4: Severity and risk? Decision by NHS trust. "
                   "From: Initial assessment." },
    { &p.self_help, "Step 4 of 4: Self-help. Intervention by Voluntary sector, 6 sessions, "
                    "about 3 months. Planned. Leads to: Initial assessment. "
                    "From: Initial assessment." },
    { &p.referral, "Step 1 of 4: Self-referral. Referral by Primary care. "
                   "Leads to: Initial assessment." },
  };

  pathway_init (&p);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *said = pd_describe_node (p.doc, *cases[i].node);
      g_assert_cmpstr (said, ==, cases[i].said);
    }
  pathway_clear (&p);
}

static void
test_untitled_step (void)
{
  Pathway p;
  g_autofree char *said = NULL;

  pathway_init (&p);
  pd_document_set (p.doc, p.decision, "title", "", "agency-id", NULL, NULL);
  said = pd_describe_node (p.doc, p.decision);
  g_assert_cmpstr (said, ==, "Step 3 of 4: untitled step. Decision. From: Initial assessment.");
  pathway_clear (&p);
}

static void
test_transition (void)
{
  Pathway p;
  struct { PdEdge **edge; const char *said; } cases[] = {
    { &p.in, "Transition from Self-referral to Initial assessment." },
    { &p.mild, "Transition from Initial assessment to Self-help, an alternative, "
               "labelled “mild”, likelihood 30%." },
    { &p.back, "Transition from Self-help to Initial assessment, a step up." },
  };

  pathway_init (&p);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *said = pd_describe_edge (p.doc, *cases[i].edge);
      g_assert_cmpstr (said, ==, cases[i].said);
    }
  pathway_clear (&p);
}

static char *
describe_selected (PdDocument         *doc,
                   const char * const *ids)
{
  g_autoptr(PdSelection) selection = pd_selection_new ();

  pd_selection_select_many (selection, ids, 0, PD_SELECT_REPLACE);
  return pd_describe_selection (doc, selection);
}

static void
test_selection (void)
{
  Pathway p;
  const char *self_help, *referral, *assessment, *mild;

  pathway_init (&p);
  self_help = pd_node_get_id (p.self_help);
  referral = pd_node_get_id (p.referral);
  assessment = pd_node_get_id (p.assessment);
  mild = pd_edge_get_id (p.mild);
  {
    struct { const char *ids[4]; const char *said; } cases[] = {
      { { NULL }, "Pathway: Stepped care, 4 steps, 4 transitions. Tab goes from step to step." },
      { { referral, NULL }, "Step 1 of 4: Self-referral. Referral by Primary care. "
                            "Leads to: Initial assessment." },
      { { mild, NULL }, "Transition from Initial assessment to Self-help, an alternative, "
                        "labelled “mild”, likelihood 30%." },
      /* In reading order, not the order they were selected in. */
      { { self_help, referral, assessment, NULL },
        "3 steps selected: Self-referral, Initial assessment, Self-help." },
      { { mild, referral, NULL },
        "1 step and 1 transition selected: Self-referral, from Initial assessment to Self-help." },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *said = describe_selected (p.doc, cases[i].ids);
        g_assert_cmpstr (said, ==, cases[i].said);
      }
  }
  pathway_clear (&p);
}

/* A long selection is named in part and the rest counted. */
static void
test_many_selected (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *said = NULL;

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *title = g_strdup_printf ("S%u", i + 1);
      PdNode *node = add_step (doc, PD_NODE_KIND_INTERVENTION, NULL, title, 100 + 200 * i, 100);

      g_ptr_array_add (ids, g_strdup (pd_node_get_id (node)));
    }
  g_ptr_array_add (ids, NULL);
  said = describe_selected (doc, (const char * const *) ids->pdata);
  g_assert_cmpstr (said, ==, "12 steps selected: S1, S2, S3, S4, S5, S6, S7, S8, and 4 more.");
}

static void
test_empty_pathway (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autofree char *said = NULL;

  pd_document_set (doc, doc, "title", "", NULL);
  said = pd_describe_pathway (doc);
  g_assert_cmpstr (said, ==, "Untitled pathway, 0 steps, 0 transitions.");
}

/* Every step of an example has its own place in reading order, 1 to N,
 * and its title right after it. */
static void
test_example_places (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  GListModel *nodes = pd_document_get_nodes (doc);
  guint n = g_list_model_get_n_items (nodes);
  g_autofree gboolean *seen = g_new0 (gboolean, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      g_autofree char *said = pd_describe_node (doc, node);
      g_autofree char *ending = g_strdup_printf (" of %u: %s", n, pd_node_get_title (node));
      guint place = 0;

      g_assert_true (g_str_has_prefix (said, "Step "));
      place = (guint) g_ascii_strtoull (said + strlen ("Step "), NULL, 10);
      g_assert_cmpuint (place, >=, 1);
      g_assert_cmpuint (place, <=, n);
      g_assert_false (seen[place - 1]);
      seen[place - 1] = TRUE;
      g_assert_nonnull (strstr (said, ending));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/describe/step", test_step);
  g_test_add_func ("/describe/untitled-step", test_untitled_step);
  g_test_add_func ("/describe/transition", test_transition);
  g_test_add_func ("/describe/selection", test_selection);
  g_test_add_func ("/describe/many-selected", test_many_selected);
  g_test_add_func ("/describe/empty-pathway", test_empty_pathway);
  test_add_per_example ("/describe/example-places", test_example_places);
  return g_test_run ();
}
