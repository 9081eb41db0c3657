/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "pd-capacity.h"
#include "pd-generate.h"
#include "pd-staff.h"
#include "test-common.h"

/* Figures worked out by hand on small pathways. */

#define assert_near(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 1e-6)

static PdDocument *
pathway (guint referrals)
{
  PdDocument *doc = pd_document_new ();

  g_object_set (doc, "referrals-per-year", referrals, NULL);
  return doc;
}

static PdNode *
step (PdDocument *doc,
      const char *id,
      PdNodeKind  kind,
      guint       sessions,
      guint       minutes,
      const char *role)
{
  g_autoptr(PdNode) node = pd_node_new (id, kind);

  g_object_set (node, "title", id, "sessions", sessions, "session-minutes", minutes,
                "staff-role", role, "agency-id", "nhs", NULL);
  pd_document_add_node (doc, node);
  return node;
}

static PdEdge *
way (PdDocument *doc,
     const char *from,
     const char *to,
     double      likelihood,
     PdEdgeKind  kind)
{
  g_autofree char *id = g_strdup_printf ("%s-%s", from, to);
  g_autoptr(PdEdge) edge = pd_edge_new (id, from, to);

  g_object_set (edge, "likelihood", likelihood, "kind", kind, NULL);
  pd_document_add_edge (doc, edge);
  return edge;
}

#define UNSET PD_LIKELIHOOD_UNSET
#define TYPICAL PD_EDGE_KIND_TYPICAL

static double
people (PdCapacity *capacity,
        PdDocument *doc,
        const char *id)
{
  const PdCapacityStep *s = pd_capacity_lookup_step (capacity, pd_document_get_node (doc, id));

  g_assert_nonnull (s);
  return s->people;
}

static const PdCapacityRole *
role_row (PdCapacity *capacity,
          const char *role,
          const char *agency)
{
  for (guint i = 0; i < pd_capacity_get_n_roles (capacity); i++)
    {
      const PdCapacityRole *row = pd_capacity_get_role (capacity, i);
      if (strcmp (row->role, role) == 0 && strcmp (row->agency_id, agency) == 0)
        return row;
    }
  g_error ("no row for %s in %s", role, agency);
}

/* Referral (100 a year) → assessment (1 × 45 min) → CBT (6 × 60 min) →
 * discharge: 100 people everywhere, 75 + 600 hours. */
static void
test_chain (void)
{
  g_autoptr(PdDocument) doc = pathway (100);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(GError) error = NULL;
  const PdCapacityStep *cbt;
  const PdCapacityRole *pwp;

  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, "PWP");
  step (doc, "A", PD_NODE_KIND_ASSESSMENT, 1, 45, "PWP");
  step (doc, "CBT", PD_NODE_KIND_INTERVENTION, 6, 60, "High-intensity therapist");
  step (doc, "D", PD_NODE_KIND_DISCHARGE, 0, 0, NULL);
  way (doc, "R", "A", UNSET, TYPICAL);
  way (doc, "A", "CBT", UNSET, TYPICAL);
  way (doc, "CBT", "D", UNSET, TYPICAL);
  capacity = pd_capacity_new (doc, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (pd_capacity_get_n_steps (capacity), ==, 4);
  g_assert_true (pd_capacity_get_step (capacity, 0)->node == pd_document_get_node (doc, "R"));
  assert_near (pd_capacity_get_step (capacity, 0)->arrivals, 100);
  for (guint i = 0; i < 4; i++)
    assert_near (pd_capacity_get_step (capacity, i)->people, 100);
  cbt = pd_capacity_get_step (capacity, 2);
  assert_near (cbt->sessions, 600);
  assert_near (cbt->hours, 600);
  g_assert_cmpuint (cbt->n_work, ==, 1);
  g_assert_cmpstr (cbt->work[0].role, ==, "High-intensity therapist");
  assert_near (pd_capacity_get_step (capacity, 1)->hours, 75);

  g_assert_cmpuint (pd_capacity_get_n_flows (capacity), ==, 3);
  assert_near (pd_capacity_get_flow (capacity, 1)->people, 100);
  pwp = role_row (capacity, "PWP", "nhs");
  assert_near (pwp->hours, 75);
  /* Those at the referral, where the role has no hours, are not counted. */
  assert_near (pwp->people, 100);
  assert_near (pwp->wte, 75 / 1012.5);
  g_assert_false (pwp->has_in_post);
  assert_near (pd_capacity_get_totals (capacity)->hours, 675);
  assert_near (pd_capacity_get_totals (capacity)->wte, 675 / 1012.5);
  assert_near (pd_capacity_get_totals (capacity)->arrivals, 100);
}

/* What if 250 were referred, with 1,500 clinical hours a WTE. */
static void
test_what_if (void)
{
  g_autoptr(PdDocument) doc = pathway (100);
  PdCapacityOptions options = PD_CAPACITY_OPTIONS_INIT;
  g_autoptr(PdCapacity) capacity = NULL;

  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "CBT", PD_NODE_KIND_INTERVENTION, 6, 60, "Therapist");
  way (doc, "R", "CBT", UNSET, TYPICAL);
  options.referrals = 250;
  options.hours_per_wte = 1500;
  capacity = pd_capacity_new (doc, &options, NULL);
  assert_near (people (capacity, doc, "CBT"), 250);
  assert_near (role_row (capacity, "Therapist", "nhs")->wte, 1500.0 / 1500);
}

/* A decision sending 70% and 30%, and one with no likelihoods sharing
 * equally; a step with 50% given and two ways unset gives 25% to each. */
static void
test_decision (void)
{
  g_autoptr(PdDocument) doc = pathway (120);
  g_autoptr(PdCapacity) capacity = NULL;
  PdEdge *half;

  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "D1", PD_NODE_KIND_DECISION, 0, 0, NULL);
  step (doc, "X", PD_NODE_KIND_DECISION, 0, 0, NULL);
  step (doc, "Y", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  step (doc, "X1", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  step (doc, "X2", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  step (doc, "X3", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  step (doc, "Y1", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  step (doc, "Y2", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  step (doc, "Y3", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  way (doc, "R", "D1", UNSET, TYPICAL);
  way (doc, "D1", "X", 70, TYPICAL);
  way (doc, "D1", "Y", 30, PD_EDGE_KIND_ALTERNATIVE);
  way (doc, "X", "X1", UNSET, TYPICAL);
  way (doc, "X", "X2", UNSET, TYPICAL);
  way (doc, "X", "X3", UNSET, TYPICAL);
  half = way (doc, "Y", "Y1", 50, TYPICAL);
  way (doc, "Y", "Y2", UNSET, TYPICAL);
  way (doc, "Y", "Y3", UNSET, TYPICAL);
  capacity = pd_capacity_new (doc, NULL, NULL);

  assert_near (people (capacity, doc, "X"), 84);
  assert_near (people (capacity, doc, "Y"), 36);
  assert_near (people (capacity, doc, "X2"), 28);
  assert_near (people (capacity, doc, "Y1"), 18);
  assert_near (people (capacity, doc, "Y3"), 9);
  assert_near (pd_capacity_get_edge_people (capacity, half), 18);
}

/* CBT → review; 20% step back down to CBT, 80% discharged: CBT sees
 * 100 + 0.2 × CBT = 125 a year, 25 of them a second time. */
static void
test_step_down_loop (void)
{
  g_autoptr(PdDocument) doc = pathway (100);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(GError) error = NULL;
  PdEdge *back;

  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "CBT", PD_NODE_KIND_INTERVENTION, 8, 60, "Therapist");
  step (doc, "Review", PD_NODE_KIND_REVIEW, 1, 30, "Therapist");
  step (doc, "D", PD_NODE_KIND_DISCHARGE, 0, 0, NULL);
  way (doc, "R", "CBT", UNSET, TYPICAL);
  way (doc, "CBT", "Review", UNSET, TYPICAL);
  way (doc, "Review", "D", 80, TYPICAL);
  back = way (doc, "Review", "CBT", 20, PD_EDGE_KIND_STEP_DOWN);
  capacity = pd_capacity_new (doc, NULL, &error);
  g_assert_no_error (error);

  assert_near (people (capacity, doc, "CBT"), 125);
  assert_near (people (capacity, doc, "Review"), 125);
  assert_near (people (capacity, doc, "D"), 100);
  assert_near (pd_capacity_get_edge_people (capacity, back), 25);
  assert_near (role_row (capacity, "Therapist", "nhs")->hours, 125 * 8 + 125 * 0.5);
}

/* Two loops, one inside the other: 20% of reviews step back to CBT and 10%
 * of those discharged are referred again to assessment.
 * a = 100 + 0.1 d; c = a + 0.2 c; d = 0.8 c: c = 1.25 a, d = a = 1000 / 9. */
static void
test_re_referral_loop (void)
{
  g_autoptr(PdDocument) doc = pathway (100);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(GError) error = NULL;

  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "A", PD_NODE_KIND_ASSESSMENT, 0, 0, NULL);
  step (doc, "CBT", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  step (doc, "Review", PD_NODE_KIND_REVIEW, 0, 0, NULL);
  step (doc, "D", PD_NODE_KIND_DISCHARGE, 0, 0, NULL);
  way (doc, "R", "A", UNSET, TYPICAL);
  way (doc, "A", "CBT", UNSET, TYPICAL);
  way (doc, "CBT", "Review", UNSET, TYPICAL);
  way (doc, "Review", "D", 80, TYPICAL);
  way (doc, "Review", "CBT", 20, PD_EDGE_KIND_STEP_DOWN);
  way (doc, "D", "A", 10, PD_EDGE_KIND_RE_REFERRAL);
  capacity = pd_capacity_new (doc, NULL, &error);
  g_assert_no_error (error);

  assert_near (people (capacity, doc, "R"), 100);
  assert_near (people (capacity, doc, "A"), 1000.0 / 9);
  assert_near (people (capacity, doc, "CBT"), 1.25 * 1000.0 / 9);
  assert_near (people (capacity, doc, "D"), 1000.0 / 9);
}

/* Everyone offered CBT, and 60% a group alongside: 160% out of one step. */
static void
test_parallel_offers (void)
{
  g_autoptr(PdDocument) doc = pathway (50);
  g_autoptr(PdCapacity) capacity = NULL;

  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "CBT", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  step (doc, "Group", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  step (doc, "D", PD_NODE_KIND_DISCHARGE, 0, 0, NULL);
  way (doc, "R", "CBT", 100, TYPICAL);
  way (doc, "R", "Group", 60, PD_EDGE_KIND_ALTERNATIVE);
  way (doc, "CBT", "D", UNSET, TYPICAL);
  way (doc, "Group", "D", UNSET, TYPICAL);
  capacity = pd_capacity_new (doc, NULL, NULL);

  assert_near (people (capacity, doc, "CBT"), 50);
  assert_near (people (capacity, doc, "Group"), 30);
  assert_near (people (capacity, doc, "D"), 80);
}

/* A step not offered: its people and hours are unmet need, apart. */
static void
test_not_offered (void)
{
  g_autoptr(PdDocument) doc = pathway (200);
  g_autoptr(PdCapacity) capacity = NULL;
  PdNode *peer;
  const PdCapacityRole *row;
  const PdCapacityTotals *totals;

  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "CBT", PD_NODE_KIND_INTERVENTION, 4, 60, "Therapist");
  peer = step (doc, "Peer", PD_NODE_KIND_INTERVENTION, 3, 90, "Therapist");
  g_object_set (peer, "availability", PD_AVAILABILITY_NOT_OFFERED, NULL);
  way (doc, "R", "CBT", 75, TYPICAL);
  way (doc, "R", "Peer", 25, PD_EDGE_KIND_ALTERNATIVE);
  capacity = pd_capacity_new (doc, NULL, NULL);

  g_assert_true (pd_capacity_lookup_step (capacity, peer)->unmet);
  g_assert_false (pd_capacity_lookup_step (capacity,
                                           pd_document_get_node (doc, "CBT"))->unmet);
  row = role_row (capacity, "Therapist", "nhs");
  assert_near (row->hours, 150 * 4);
  assert_near (row->unmet_hours, 50 * 3 * 1.5);
  assert_near (row->unmet_wte, 225 / 1012.5);
  assert_near (row->unmet_people, 50);
  totals = pd_capacity_get_totals (capacity);
  assert_near (totals->unmet_people, 50);
  assert_near (totals->unmet_hours, 225);
  assert_near (totals->hours, 600);
}

/* Two pathways with the same role, spelt with other spaces and capitals:
 * one workforce. */
static void
test_two_pathways (void)
{
  g_autoptr(PdDocument) a = pathway (100);
  g_autoptr(PdDocument) b = pathway (40);
  g_autoptr(PdCapacity) ca = NULL, cb = NULL, sum = NULL;
  PdCapacity *both[2];
  const PdCapacityRole *row;

  step (a, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (a, "CBT", PD_NODE_KIND_INTERVENTION, 6, 60, "High-intensity therapist");
  way (a, "R", "CBT", UNSET, TYPICAL);
  step (b, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (b, "EMDR", PD_NODE_KIND_INTERVENTION, 10, 90, " high-intensity THERAPIST ");
  step (b, "Group", PD_NODE_KIND_INTERVENTION, 4, 120, "PWP");
  way (b, "R", "EMDR", UNSET, TYPICAL);
  way (b, "R", "Group", UNSET, TYPICAL);
  ca = pd_capacity_new (a, NULL, NULL);
  cb = pd_capacity_new (b, NULL, NULL);
  both[0] = ca;
  both[1] = cb;
  sum = pd_capacity_sum (both, 2);

  g_assert_cmpuint (pd_capacity_get_n_roles (sum), ==, 2);
  row = role_row (sum, "High-intensity therapist", "nhs");
  assert_near (row->hours, 600 + 20 * 10 * 1.5);
  assert_near (row->wte, 900 / 1012.5);
  assert_near (role_row (sum, "PWP", "nhs")->hours, 20 * 4 * 2);
  assert_near (pd_capacity_get_totals (sum)->hours, 900 + 160);
  assert_near (pd_capacity_get_totals (sum)->arrivals, 140);
}

/* Everyone who reaches the review goes back to CBT: no answer, and the
 * error says which steps and where to put a likelihood. */
static void
test_endless_loop (void)
{
  g_autoptr(PdDocument) doc = pathway (100);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) loop = NULL;

  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "CBT", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  step (doc, "Review", PD_NODE_KIND_REVIEW, 0, 0, NULL);
  way (doc, "R", "CBT", UNSET, TYPICAL);
  way (doc, "CBT", "Review", UNSET, TYPICAL);
  way (doc, "Review", "CBT", UNSET, PD_EDGE_KIND_STEP_DOWN);
  capacity = pd_capacity_new (doc, NULL, &error);

  g_assert_null (capacity);
  g_assert_error (error, PD_CAPACITY_ERROR, PD_CAPACITY_ERROR_ENDLESS_LOOP);
  g_assert_nonnull (strstr (error->message, "“CBT”, “Review”"));
  g_assert_nonnull (strstr (error->message, "way back from “Review” to “CBT”"));
  loop = pd_capacity_find_endless_loop (doc);
  g_assert_nonnull (loop);
  g_assert_cmpuint (loop->len, ==, 2);
  g_assert_true (g_ptr_array_index (loop, 0) == pd_document_get_node (doc, "CBT"));
}

/* More than everyone coming back (two ways back of 60%) has no
 * non-negative answer either. */
static void
test_growing_loop (void)
{
  g_autoptr(PdDocument) doc = pathway (100);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCapacity) capacity = NULL;

  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "A", PD_NODE_KIND_INTERVENTION, 0, 0, NULL);
  step (doc, "B", PD_NODE_KIND_REVIEW, 0, 0, NULL);
  step (doc, "D", PD_NODE_KIND_DISCHARGE, 0, 0, NULL);
  way (doc, "R", "A", UNSET, TYPICAL);
  way (doc, "A", "B", 100, TYPICAL);
  way (doc, "B", "A", 60, PD_EDGE_KIND_STEP_DOWN);
  way (doc, "B", "B", 60, PD_EDGE_KIND_STEP_UP);
  way (doc, "B", "D", 10, TYPICAL);
  capacity = pd_capacity_new (doc, NULL, &error);
  g_assert_error (error, PD_CAPACITY_ERROR, PD_CAPACITY_ERROR_ENDLESS_LOOP);
  g_assert_null (capacity);
}

/* A generated pathway of 3,000 steps, its re-referrals making loops of
 * many steps: every step's people are its arrivals and what flows in. */
static void
test_generated_balances (void)
{
  g_autoptr(PdDocument) doc = pd_generate_pathway (3000, 7, 4);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *in = NULL;
  guint n;

  g_object_set (doc, "referrals-per-year", 5000, NULL);
  capacity = pd_capacity_new (doc, NULL, &error);
  g_assert_no_error (error);
  n = pd_capacity_get_n_steps (capacity);
  g_assert_cmpuint (n, ==, 3000);
  in = g_new0 (double, n);
  for (guint i = 0; i < pd_capacity_get_n_flows (capacity); i++)
    {
      const PdCapacityFlow *flow = pd_capacity_get_flow (capacity, i);
      PdNode *to = pd_document_get_node (doc, pd_edge_get_to_id (flow->edge));
      in[pd_capacity_lookup_step (capacity, to) - pd_capacity_get_step (capacity, 0)]
        += flow->people;
    }
  for (guint i = 0; i < n; i++)
    {
      const PdCapacityStep *s = pd_capacity_get_step (capacity, i);
      g_assert_cmpfloat_with_epsilon (s->people, s->arrivals + in[i], 1e-6 * (1 + s->people));
    }
  g_assert_cmpfloat (pd_capacity_get_step (capacity, n - 1)->people, >, 0);
}

/* People who join at the review (40 a year) as well as the 100 referred;
 * the group sees 8 at a time with two staff. */
static void
test_own_arrivals_and_groups (void)
{
  g_autoptr(PdDocument) doc = pathway (100);
  g_autoptr(PdCapacity) capacity = NULL;
  PdNode *group, *review;
  const PdCapacityStep *s;

  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  group = step (doc, "Group", PD_NODE_KIND_INTERVENTION, 6, 120, "PWP");
  review = step (doc, "Review", PD_NODE_KIND_REVIEW, 1, 30, "PWP");
  g_object_set (group, "group-size", 8, "staff-per-session", 2.0, NULL);
  g_object_set (review, "arrivals-per-year", 40.0, NULL);
  way (doc, "R", "Group", UNSET, TYPICAL);
  way (doc, "Group", "Review", UNSET, TYPICAL);
  capacity = pd_capacity_new (doc, NULL, NULL);

  s = pd_capacity_lookup_step (capacity, group);
  assert_near (s->people, 100);
  assert_near (s->sessions, 100 * 6 / 8.0);
  assert_near (s->hours, 75 * 2 * 2);
  s = pd_capacity_lookup_step (capacity, review);
  assert_near (s->arrivals, 40);
  assert_near (s->people, 140);
  assert_near (s->hours, 70);
  assert_near (pd_capacity_get_totals (capacity)->arrivals, 140);
}

/* A step shared by three roles: 60% given, the other two split 40%. */
static void
test_roles_with_shares (void)
{
  g_autoptr(PdDocument) doc = pathway (100);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(GPtrArray) more = pd_staff_array_new ();
  PdNode *cbt;
  const PdCapacityStep *s;

  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  cbt = step (doc, "CBT", PD_NODE_KIND_INTERVENTION, 10, 60, "Therapist");
  g_ptr_array_add (more, pd_staff_new ("Psychologist", NULL, PD_STAFF_SHARE_UNSET));
  g_ptr_array_add (more, pd_staff_new ("Trainee", NULL, PD_STAFF_SHARE_UNSET));
  g_object_set (cbt, "staff-share", 60.0, "more-staff", more, NULL);
  way (doc, "R", "CBT", UNSET, TYPICAL);
  capacity = pd_capacity_new (doc, NULL, NULL);

  s = pd_capacity_lookup_step (capacity, cbt);
  g_assert_cmpuint (s->n_work, ==, 3);
  assert_near (s->work[0].hours, 600);
  g_assert_cmpstr (s->work[1].role, ==, "Psychologist");
  assert_near (s->work[1].hours, 200);
  assert_near (role_row (capacity, "Trainee", "nhs")->hours, 200);
  assert_near (role_row (capacity, "Therapist", "nhs")->people, 60);
}

/* 2,025 hours needed (2 WTE at 1,012.5) against 1.5 WTE in post: a gap of
 * 0.5, 133% busy, and a quarter of the 90 people a year left waiting. A post
 * with no agency is shared by the hours each agency needs. */
static void
test_staffing (void)
{
  g_autoptr(PdDocument) doc = pathway (90);
  g_autoptr(PdCapacity) capacity = NULL;
  g_autoptr(GPtrArray) posts = pd_post_array_new ();
  PdNode *vol;
  const PdCapacityRole *row;

  step (doc, "R", PD_NODE_KIND_REFERRAL, 0, 0, NULL);
  step (doc, "CBT", PD_NODE_KIND_INTERVENTION, 15, 90, "Therapist");
  step (doc, "A", PD_NODE_KIND_ASSESSMENT, 1, 60, "Worker");
  vol = step (doc, "B", PD_NODE_KIND_ASSESSMENT, 1, 60, "Worker");
  g_object_set (vol, "agency-id", "voluntary", NULL);
  way (doc, "R", "CBT", 100, TYPICAL);
  way (doc, "R", "A", 60, TYPICAL);
  way (doc, "R", "B", 30, TYPICAL);
  g_ptr_array_add (posts, pd_post_new ("therapist", "nhs", 1.5));
  g_ptr_array_add (posts, pd_post_new ("Worker", NULL, 0.9));
  g_object_set (doc, "staffing", posts, NULL);
  capacity = pd_capacity_new (doc, NULL, NULL);

  row = role_row (capacity, "Therapist", "nhs");
  assert_near (row->wte, 2);
  g_assert_true (row->has_in_post);
  assert_near (row->in_post, 1.5);
  assert_near (row->gap, 0.5);
  assert_near (row->utilisation, 2 / 1.5);
  assert_near (row->waiting_growth, 90 * 0.25);
  row = role_row (capacity, "Worker", "voluntary");
  assert_near (row->in_post, 0.3);
  assert_near (row->waiting_growth, 0);
  assert_near (role_row (capacity, "Worker", "nhs")->in_post, 0.6);
  assert_near (pd_capacity_get_totals (capacity)->in_post, 2.4);
  assert_near (pd_capacity_get_totals (capacity)->waiting_growth, 22.5);
}

/* Nothing to count: no steps, no error. */
static void
test_empty (void)
{
  g_autoptr(PdDocument) doc = pathway (100);
  g_autoptr(PdCapacity) capacity = pd_capacity_new (doc, NULL, NULL);

  g_assert_nonnull (capacity);
  g_assert_cmpuint (pd_capacity_get_n_steps (capacity), ==, 0);
  g_assert_cmpuint (pd_capacity_get_n_roles (capacity), ==, 0);
  g_assert_cmpfloat (pd_capacity_get_totals (capacity)->arrivals, ==, 0);
  g_assert_null (pd_capacity_find_endless_loop (doc));
}

static void
test_roles_match (void)
{
  g_autofree char *folded = pd_capacity_fold_role ("  High-Intensity Therapist ");

  g_assert_cmpstr (folded, ==, "high-intensity therapist");
  g_assert_true (pd_capacity_roles_nearly_match ("High-intensity therapist",
                                                 "High-intensity CBT therapist"));
  g_assert_true (pd_capacity_roles_nearly_match ("Psychological wellbeing practitioner",
                                                 "Psychological wellbeing practitioners"));
  g_assert_false (pd_capacity_roles_nearly_match ("PWP", " pwp"));
  g_assert_false (pd_capacity_roles_nearly_match ("Counsellor", "Peer support worker"));
  g_assert_false (pd_capacity_roles_nearly_match ("Therapist", "Clinical psychologist"));
  /* A grade before the role is another role. */
  g_assert_false (pd_capacity_roles_nearly_match ("Psychological wellbeing practitioner",
                                                  "Senior psychological wellbeing "
                                                  "practitioner"));
  g_assert_true (pd_capacity_roles_nearly_match ("Care  coordinator", "Care team coordinator"));
  g_assert_false (pd_capacity_roles_nearly_match ("Social worker",
                                                  "Social prescribing link worker"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/capacity/chain", test_chain);
  g_test_add_func ("/capacity/what-if", test_what_if);
  g_test_add_func ("/capacity/decision", test_decision);
  g_test_add_func ("/capacity/loop/step-down", test_step_down_loop);
  g_test_add_func ("/capacity/loop/re-referral", test_re_referral_loop);
  g_test_add_func ("/capacity/loop/endless", test_endless_loop);
  g_test_add_func ("/capacity/loop/growing", test_growing_loop);
  g_test_add_func ("/capacity/loop/generated", test_generated_balances);
  g_test_add_func ("/capacity/parallel-offers", test_parallel_offers);
  g_test_add_func ("/capacity/not-offered", test_not_offered);
  g_test_add_func ("/capacity/two-pathways", test_two_pathways);
  g_test_add_func ("/capacity/arrivals-and-groups", test_own_arrivals_and_groups);
  g_test_add_func ("/capacity/roles/shares", test_roles_with_shares);
  g_test_add_func ("/capacity/staffing", test_staffing);
  g_test_add_func ("/capacity/roles/match", test_roles_match);
  g_test_add_func ("/capacity/empty", test_empty);
  return g_test_run ();
}
