/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "pd-capacity-sim.h"
#include "pd-check.h"
#include "pd-xml-reader.h"
#include "test-common.h"

/* The join rule: people offered several steps at once who come back
 * together at a marked step are counted there once. Figures worked out by
 * hand on small pathways. */

#define assert_near(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 1e-6)
#define UNSET PD_LIKELIHOOD_UNSET

static void
step (PdDocument *doc,
      const char *id,
      PdNodeKind  kind)
{
  g_autoptr(PdNode) node = pd_node_new (id, kind);

  g_object_set (node, "title", id, "sessions", 1, "session-minutes", 60, NULL);
  pd_document_add_node (doc, node);
}

static void
way (PdDocument *doc,
     const char *from,
     const char *to,
     double      likelihood)
{
  g_autofree char *id = g_strdup_printf ("%s-%s", from, to);
  g_autoptr(PdEdge) edge = pd_edge_new (id, from, to);

  g_object_set (edge, "likelihood", likelihood, NULL);
  pd_document_add_edge (doc, edge);
}

static void
mark (PdDocument *doc,
      const char *id)
{
  g_object_set (pd_document_get_node (doc, id), "join", TRUE, NULL);
}

/* A pathway of @referrals people a year: @steps, in order, each "ID" (an
 * intervention) or "ID:kind"; then @ways, each "FROM>TO" or, with the
 * share of people who take it in percent, "FROM>TO:50". */
static PdDocument *
build (guint       referrals,
       const char *steps,
       const char *ways)
{
  PdDocument *doc = pd_document_new ();
  g_auto(GStrv) step_list = g_strsplit (steps, " ", -1);
  g_auto(GStrv) way_list = g_strsplit (ways, " ", -1);

  g_object_set (doc, "referrals-per-year", referrals, NULL);
  for (guint i = 0; step_list[i]; i++)
    {
      g_auto(GStrv) parts = g_strsplit (step_list[i], ":", 2);
      int kind = PD_NODE_KIND_INTERVENTION;

      g_assert_true (parts[1] == NULL || pd_enum_from_string (PD_TYPE_NODE_KIND, parts[1], &kind));
      step (doc, parts[0], kind);
    }
  for (guint i = 0; way_list[i]; i++)
    {
      g_auto(GStrv) parts = g_strsplit_set (way_list[i], ">:", 3);

      g_assert_nonnull (parts[1]);
      way (doc, parts[0], parts[1], parts[2] ? g_ascii_strtod (parts[2], NULL) : UNSET);
    }
  return doc;
}

static double
people (PdDocument *doc,
        const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCapacity) capacity = pd_capacity_new (doc, NULL, &error);
  const PdCapacityStep *s;

  g_assert_no_error (error);
  s = pd_capacity_lookup_step (capacity, pd_document_get_node (doc, id));
  g_assert_nonnull (s);
  return s->people;
}

/* R (100 a year) → S, which offers A to everyone, B to 60% and C to 30%
 * alongside; each comes back to J, then D. */
static PdDocument *
three_branches (void)
{
  return build (100, "R:referral S:assessment A B C J:review D:discharge",
                "R>S S>A:100 S>B:60 S>C:30 A>J B>J C>J J>D");
}

/* Marked: J counts S's 100 once, by the largest branch (1.0); unmarked,
 * once for each way in: 100 + 60 + 30 = 190 (1.9 ×). The people along
 * each way in stay as they are; J's work (1 hour a person) follows its
 * people, and so does everyone after it. */
static void
test_three_branches (void)
{
  g_autoptr(PdDocument) doc = three_branches ();
  g_autoptr(PdCapacity) capacity = NULL;
  PdNode *j = pd_document_get_node (doc, "J");

  assert_near (people (doc, "J"), 190);
  assert_near (people (doc, "D"), 190);
  mark (doc, "J");
  capacity = pd_capacity_new (doc, NULL, NULL);
  assert_near (pd_capacity_lookup_step (capacity, j)->people, 100);
  assert_near (pd_capacity_lookup_step (capacity, j)->hours, 100);
  assert_near (people (doc, "D"), 100);
  assert_near (people (doc, "B"), 60);
  assert_near (pd_capacity_get_edge_people (capacity, PD_EDGE (pd_document_lookup (doc, "B-J"))), 60);
  assert_near (pd_capacity_get_edge_people (capacity, PD_EDGE (pd_document_lookup (doc, "C-J"))), 30);
}

/* 200 referred; half go to S as above and half to X, then J. Marked: J =
 * 100 from X + 100 × 1.0 = 200; unmarked: 100 + 190 = 290. */
static void
test_from_outside (void)
{
  g_autoptr(PdDocument) doc = three_branches ();

  g_object_set (doc, "referrals-per-year", 200, NULL);
  step (doc, "X", PD_NODE_KIND_INTERVENTION);
  g_object_set (pd_document_lookup (doc, "R-S"), "likelihood", 50.0, NULL);
  way (doc, "R", "X", 50);
  way (doc, "X", "J", UNSET);
  assert_near (people (doc, "J"), 290);
  mark (doc, "J");
  assert_near (people (doc, "J"), 200);
  assert_near (people (doc, "X"), 100);
}

/* R (100) → S; S offers A to all and B to half; both come to J, then E;
 * from E 20% step back up to S, the rest go to D.
 * Marked: S = 100 + 0.2 E, E = J = 1.0 S, so S = 100 / 0.8 = 125, J = 125,
 * B = 62.5, D = 0.8 × 125 = 100. Unmarked: J = 1.5 S, S = 100 + 0.3 S =
 * 142.857…, J = 214.285…, D = 0.8 J = 171.428…. People coming round again
 * are counted again, once each time. */
static void
test_loop (void)
{
  g_autoptr(PdDocument) doc = build (100, "R:referral S:assessment A B J:review E:review "
                                          "D:discharge",
                                     "R>S S>A:100 S>B:50 A>J B>J J>E E>S:20 E>D:80");

  assert_near (people (doc, "J"), 1.5 * 100 / 0.7);
  assert_near (people (doc, "D"), 0.8 * 1.5 * 100 / 0.7);
  mark (doc, "J");
  assert_near (people (doc, "S"), 125);
  assert_near (people (doc, "J"), 125);
  assert_near (people (doc, "B"), 62.5);
  assert_near (people (doc, "D"), 100);
}

/* R (100) → S; S offers A to all, B to 60% and C to 30%. Only half of A's
 * people come on to J (the rest leave), all of B's, and none of C's (C goes
 * to discharge D2). The largest branch at J is B's, 0.6, not A's share:
 * marked, J = 60; unmarked, 50 + 60 = 110. */
static void
test_branch_leaves (void)
{
  g_autoptr(PdDocument) doc = build (100, "R:referral S:assessment A B C J:review D:discharge "
                                          "D2:discharge",
                                     "R>S S>A:100 S>B:60 S>C:30 A>J:50 B>J C>D2 J>D");

  assert_near (people (doc, "J"), 110);
  mark (doc, "J");
  assert_near (people (doc, "J"), 60);
  assert_near (people (doc, "D2"), 30);
}

/* R (100) → S; S offers A to all and S2 to half; S2 offers B and C to all
 * its people; A, B and C come to J. S's branch through S2 becomes S2's
 * branches there: J = 100 (S, largest 1.0 through A) + 50 (S2, largest
 * 1.0) = 150; unmarked 100 + 50 + 50 = 200. */
static PdDocument *
offer_within_offer (void)
{
  return build (100, "R:referral S:assessment A S2:assessment B C J:review D:discharge",
                "R>S S>A:100 S>S2:50 S2>B:100 S2>C:100 A>J B>J C>J J>D");
}

static void
test_offer_within_offer (void)
{
  g_autoptr(PdDocument) doc = offer_within_offer ();

  assert_near (people (doc, "J"), 200);
  mark (doc, "J");
  assert_near (people (doc, "J"), 150);
  assert_near (people (doc, "C"), 50);
}

/* The simulation follows the same rule: on the pathway above and on the
 * three branches, 40 years of 1,000 people a year (39,000 measured) count
 * J within 2% of the linear model (4 √N is about 1%). */
static void
test_simulation_agrees (void)
{
  PdDocument *docs[] = { offer_within_offer (), three_branches () };

  for (guint d = 0; d < G_N_ELEMENTS (docs); d++)
    {
      g_autoptr(PdDocument) doc = docs[d];
      g_autoptr(PdCapacity) capacity = NULL;
      g_autoptr(PdCapacitySim) sim = NULL;
      PdSimOptions options = { 40, 7, PD_SIM_ARRIVALS_POISSON };

      g_object_set (doc, "referrals-per-year", 1000, NULL);
      mark (doc, "J");
      capacity = pd_capacity_new (doc, NULL, NULL);
      sim = pd_capacity_sim_run (capacity, &options, NULL);
      g_assert_nonnull (sim);
      for (guint i = 0; i < pd_capacity_get_n_steps (capacity); i++)
        {
          double linear = pd_capacity_get_step (capacity, i)->people;
          double simulated = pd_capacity_sim_get_people_per_year (sim, i);

          g_test_message ("%s: linear %.1f, simulated %.1f",
                          pd_node_get_id (pd_capacity_get_step (capacity, i)->node), linear,
                          simulated);
          g_assert_cmpfloat (fabs (simulated - linear), <=, 0.02 * linear);
        }
    }
}

static gboolean
has_message (GPtrArray  *diagnostics,
             const char *id,
             const char *text)
{
  for (guint i = 0; i < diagnostics->len; i++)
    {
      PdDiagnostic *d = g_ptr_array_index (diagnostics, i);
      if (g_strcmp0 (d->object_id, id) == 0 && strstr (d->message, text))
        return TRUE;
    }
  return FALSE;
}

/* `pathway check` asks for J to be marked where S's branches meet, and for
 * no other step: not D after it, where they come along one way, nor A,
 * which the branches come back to from J round a loop and would not reach
 * with J marked. Once J is marked it says nothing; a marked step no two
 * branches reach is named. */
static void
test_check (void)
{
  g_autoptr(PdDocument) doc = three_branches ();
  g_autoptr(GPtrArray) before = pd_diagnostics_new ();
  g_autoptr(GPtrArray) after = pd_diagnostics_new ();

  g_object_set (pd_document_lookup (doc, "J-D"), "likelihood", 80.0, NULL);
  way (doc, "J", "A", 20);
  pd_check_document (doc, "t.pathway", before);
  g_assert_true (has_message (before, "J", "from “S” come to “J” once for each"));
  g_assert_false (has_message (before, "D", "once for each"));
  g_assert_false (has_message (before, "A", "once for each"));
  mark (doc, "J");
  mark (doc, "D");
  pd_check_document (doc, "t.pathway", after);
  g_assert_false (has_message (after, "J", "once for each"));
  g_assert_false (has_message (after, "J", "nothing to join"));
  g_assert_true (has_message (after, "D", "nothing to join"));
}

/* Written as join="true" in format version 4, read back; a pathway with no
 * step marked stays in version 3. */
static void
test_format (void)
{
  g_autoptr(PdDocument) doc = three_branches ();
  g_autoptr(PdDocument) back = NULL;
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autofree char *plain = NULL, *marked = NULL;

  g_object_set (doc, "hours-per-wte", 1000.0, NULL);
  plain = test_write (doc);
  g_assert_nonnull (strstr (plain, " format-version=\"3\" "));
  g_assert_null (strstr (plain, "join="));
  mark (doc, "J");
  marked = test_write (doc);
  g_assert_nonnull (strstr (marked, " format-version=\"4\" "));
  g_assert_nonnull (strstr (marked, "<node id=\"J\" kind=\"review\" x=\"0\" y=\"0\" "
                                    "join=\"true\">"));
  back = pd_xml_read (marked, strlen (marked), "t.pathway", diagnostics);
  for (guint i = 0; i < diagnostics->len; i++)
    g_test_message ("%s", ((PdDiagnostic *) g_ptr_array_index (diagnostics, i))->message);
  g_assert_nonnull (back);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  g_assert_true (pd_node_get_join (pd_document_get_node (back, "J")));
  g_assert_false (pd_node_get_join (pd_document_get_node (back, "D")));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/capacity-join/three-branches", test_three_branches);
  g_test_add_func ("/capacity-join/from-outside", test_from_outside);
  g_test_add_func ("/capacity-join/loop", test_loop);
  g_test_add_func ("/capacity-join/branch-leaves", test_branch_leaves);
  g_test_add_func ("/capacity-join/offer-within-offer", test_offer_within_offer);
  g_test_add_func ("/capacity-join/simulation", test_simulation_agrees);
  g_test_add_func ("/capacity-join/check", test_check);
  g_test_add_func ("/capacity-join/format", test_format);
  return g_test_run ();
}
