/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The designer's editing commands on the model: each one undo step. */
#include <string.h>

#include "pd-agency.h"
#include "pd-diagnostic.h"
#include "pd-edit.h"
#include "pd-link.h"
#include "pd-xml-reader.h"
#include "test-common.h"

static guint
n_nodes (PdDocument *doc)
{
  return g_list_model_get_n_items (pd_document_get_nodes (doc));
}

static guint
n_edges (PdDocument *doc)
{
  return g_list_model_get_n_items (pd_document_get_edges (doc));
}

static void
test_add_connect_delete (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autofree char *empty = test_write (doc);
  PdNode *a = pd_edit_add_node (doc, PD_NODE_KIND_REFERRAL, "social-care", 200, 100);
  PdNode *b = pd_edit_add_node (doc, PD_NODE_KIND_ASSESSMENT, "no-such-agency", 500, 100);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *before_delete = NULL;
  g_autofree char *after_undo = NULL;
  g_autofree char *back = NULL;

  g_assert_cmpstr (pd_node_get_title (a), ==, "Referral");
  g_assert_cmpstr (pd_node_get_agency_id (a), ==, "social-care");
  /* An unknown agency falls back to the first one. */
  g_assert_cmpstr (pd_node_get_agency_id (b), ==, "nhs");
  g_assert_cmpfloat (pd_node_get_x (a), ==, 200 - PD_NODE_DEFAULT_WIDTH / 2);
  g_assert_cmpfloat (pd_node_get_y (a), ==, 100 - PD_NODE_DEFAULT_HEIGHT / 2);
  pd_edit_connect (doc, a, b);
  g_assert_cmpuint (n_edges (doc), ==, 1);
  g_assert_cmpstr (pd_history_get_undo_label (pd_document_get_history (doc)), ==, "Connect");

  before_delete = test_write (doc);
  g_ptr_array_add (ids, (gpointer) pd_node_get_id (a));
  g_assert_cmpuint (pd_edit_delete (doc, ids), ==, 1);
  g_assert_cmpuint (n_nodes (doc), ==, 1);
  g_assert_cmpuint (n_edges (doc), ==, 0);
  /* One step brings the step and its transition back. */
  g_assert_true (pd_document_undo (doc));
  after_undo = test_write (doc);
  g_assert_cmpstr (after_undo, ==, before_delete);
  while (pd_document_undo (doc))
    ;
  back = test_write (doc);
  g_assert_cmpstr (back, ==, empty);
}

/* Copied steps pasted into the same document get fresh ids, keep their
 * transitions among themselves, and come with their agencies elsewhere. */
static void
test_copy_paste (gconstpointer data)
{
  g_autoptr(PdDocument) doc = test_load (data);
  g_autoptr(PdDocument) other = pd_document_new ();
  GListModel *nodes = pd_document_get_nodes (doc);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GPtrArray) into_other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *clip = NULL;
  g_autofree char *before = test_write (doc);
  g_autofree char *after = NULL;
  guint edges_among = 0, nodes_before = n_nodes (doc), edges_before = n_edges (doc);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PdNode) node = g_list_model_get_item (nodes, i);
      g_ptr_array_add (ids, g_strdup (pd_node_get_id (node)));
    }
  for (guint i = 0; i < edges_before; i++)
    {
      g_autoptr(PdEdge) edge = g_list_model_get_item (pd_document_get_edges (doc), i);
      if (g_ptr_array_find_with_equal_func (ids, pd_edge_get_from_id (edge), g_str_equal, NULL)
          && g_ptr_array_find_with_equal_func (ids, pd_edge_get_to_id (edge), g_str_equal, NULL))
        edges_among++;
    }

  clip = pd_edit_copy (doc, ids);
  g_assert_nonnull (clip);
  pasted = pd_edit_paste (doc, clip, strlen (clip), 40, 40, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pasted->len, ==, 3 + edges_among);
  g_assert_cmpuint (n_nodes (doc), ==, nodes_before + 3);
  g_assert_cmpuint (n_edges (doc), ==, edges_before + edges_among);
  for (guint i = 0; i < 3; i++)
    {
      PdNode *original = pd_document_get_node (doc, g_ptr_array_index (ids, i));
      PdNode *copy = pd_document_get_node (doc, g_ptr_array_index (pasted, i));

      g_assert_nonnull (copy);
      g_assert_cmpstr (pd_node_get_id (copy), !=, pd_node_get_id (original));
      g_assert_cmpstr (pd_node_get_title (copy), ==, pd_node_get_title (original));
      g_assert_cmpfloat (pd_node_get_x (copy), ==, pd_node_get_x (original) + 40);
    }
  /* The pasted transitions join the pasted steps, not the originals. */
  for (guint i = 3; i < pasted->len; i++)
    {
      PdEdge *edge = PD_EDGE (pd_document_lookup (doc, g_ptr_array_index (pasted, i)));
      g_assert_true (g_ptr_array_find_with_equal_func (pasted, pd_edge_get_from_id (edge),
                                                       g_str_equal, NULL));
    }
  /* The whole paste is one step. */
  g_assert_true (pd_document_undo (doc));
  after = test_write (doc);
  g_assert_cmpstr (after, ==, before);

  /* Into a document without agencies: they come along, ids kept. */
  into_other = pd_edit_paste (other, clip, strlen (clip), 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (into_other, 0), ==, g_ptr_array_index (ids, 0));
  for (guint i = 0; i < 3; i++)
    {
      PdNode *node = pd_document_get_node (other, g_ptr_array_index (into_other, i));
      g_assert_nonnull (pd_document_get_agency (other, pd_node_get_agency_id (node)));
    }
}

static void
test_paste_refuses (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  static const char *bad[] = {
    "just some words",
    "<svg xmlns='http://www.w3.org/2000/svg'/>",
    "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) added = pd_edit_paste (doc, bad[i], strlen (bad[i]), 0, 0, &error);

      g_assert_null (added);
      g_assert_error (error, PD_FILE_ERROR, PD_FILE_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "Clipboard"));
      g_assert_null (strstr (error->message, "root:"));
    }
  g_assert_false (pd_history_can_undo (pd_document_get_history (doc)));
}

static void
test_duplicate (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *a = pd_edit_add_node (doc, PD_NODE_KIND_REVIEW, NULL, 100, 100);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) copies = NULL;
  PdNode *copy;

  g_ptr_array_add (ids, (gpointer) pd_node_get_id (a));
  copies = pd_edit_duplicate (doc, ids, 20, 30);
  g_assert_cmpuint (copies->len, ==, 1);
  copy = pd_document_get_node (doc, g_ptr_array_index (copies, 0));
  g_assert_cmpfloat (pd_node_get_y (copy), ==, pd_node_get_y (a) + 30);
  g_assert_cmpstr (pd_history_get_undo_label (pd_document_get_history (doc)), ==, "Duplicate");
  pd_document_undo (doc);
  g_assert_cmpuint (n_nodes (doc), ==, 1);
}

static void
test_align_distribute (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  double xs[] = { 100, 700, 260, 330 };

  for (guint i = 0; i < G_N_ELEMENTS (xs); i++)
    g_ptr_array_add (nodes, pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, xs[i],
                                              100 + 37 * i));
  g_object_set (g_ptr_array_index (nodes, 2), "width", 100.0, NULL);

  pd_edit_align (doc, nodes, PD_ALIGN_TO_TOP);
  for (guint i = 1; i < nodes->len; i++)
    g_assert_cmpfloat (pd_node_get_y (g_ptr_array_index (nodes, i)), ==,
                       pd_node_get_y (g_ptr_array_index (nodes, 0)));
  g_assert_cmpstr (pd_history_get_undo_label (pd_document_get_history (doc)), ==, "Align");

  /* Equal gaps between neighbours, outermost steps unmoved. */
  pd_edit_distribute (doc, nodes, TRUE);
  {
    double left = pd_node_get_x (g_ptr_array_index (nodes, 0));
    double right = pd_node_get_x (g_ptr_array_index (nodes, 1));
    double gaps[3], x = left;
    PdNode *order[] = { g_ptr_array_index (nodes, 0), g_ptr_array_index (nodes, 2),
                        g_ptr_array_index (nodes, 3), g_ptr_array_index (nodes, 1) };

    g_assert_cmpfloat (left, ==, 100 - PD_NODE_DEFAULT_WIDTH / 2);
    g_assert_cmpfloat (right, ==, 700 - PD_NODE_DEFAULT_WIDTH / 2);
    for (guint i = 0; i < 3; i++)
      {
        x = pd_node_get_x (order[i]) + pd_node_get_width (order[i]);
        gaps[i] = pd_node_get_x (order[i + 1]) - x;
      }
    g_assert_cmpfloat_with_epsilon (gaps[0], gaps[1], 1e-9);
    g_assert_cmpfloat_with_epsilon (gaps[1], gaps[2], 1e-9);
  }
}

/* Whether two steps cover one another (touching edges do not). */
static gboolean
nodes_overlap (PdNode *a,
               PdNode *b)
{
  return pd_node_get_x (a) < pd_node_get_x (b) + pd_node_get_width (b)
         && pd_node_get_x (b) < pd_node_get_x (a) + pd_node_get_width (a)
         && pd_node_get_y (a) < pd_node_get_y (b) + pd_node_get_height (b)
         && pd_node_get_y (b) < pd_node_get_y (a) + pd_node_get_height (a);
}

static void
assert_no_overlap (PdDocument *doc)
{
  GListModel *nodes = pd_document_get_nodes (doc);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    for (guint j = i + 1; j < g_list_model_get_n_items (nodes); j++)
      {
        g_autoptr(PdNode) a = g_list_model_get_item (nodes, i);
        g_autoptr(PdNode) b = g_list_model_get_item (nodes, j);

        if (nodes_overlap (a, b))
          g_error ("%s (%g, %g) covers %s (%g, %g)", pd_node_get_id (a), pd_node_get_x (a),
                   pd_node_get_y (a), pd_node_get_id (b), pd_node_get_x (b), pd_node_get_y (b));
      }
}

/* The side or centre @to of @node, as a number. */
static double
line_of (PdNode   *node,
         PdAlignTo to)
{
  double x = pd_node_get_x (node), y = pd_node_get_y (node);
  double w = pd_node_get_width (node), h = pd_node_get_height (node);

  switch (to)
    {
    case PD_ALIGN_TO_LEFT: return x;
    case PD_ALIGN_TO_CENTER: return x + w / 2;
    case PD_ALIGN_TO_RIGHT: return x + w;
    case PD_ALIGN_TO_TOP: return y;
    case PD_ALIGN_TO_MIDDLE: return y + h / 2;
    case PD_ALIGN_TO_BOTTOM: return y + h;
    default: g_assert_not_reached ();
    }
}

/* Every step of @nodes on the reference's line, the reference where it
 * was, nothing covering anything, and all of it one undo step. */
static void
align_and_check (PdDocument *doc,
                 GPtrArray  *nodes,
                 PdAlignTo   to)
{
  PdNode *reference = g_ptr_array_index (nodes, 0);
  double rx = pd_node_get_x (reference), ry = pd_node_get_y (reference);
  double line = line_of (reference, to);
  g_autofree char *before = test_write (doc);
  g_autofree char *undone = NULL;

  pd_edit_align (doc, nodes, to);
  g_assert_cmpfloat (pd_node_get_x (reference), ==, rx);
  g_assert_cmpfloat (pd_node_get_y (reference), ==, ry);
  for (guint i = 1; i < nodes->len; i++)
    g_assert_cmpfloat_with_epsilon (line_of (g_ptr_array_index (nodes, i), to), line, 1e-9);
  assert_no_overlap (doc);
  g_assert_true (pd_document_undo (doc));
  undone = test_write (doc);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (pd_document_redo (doc));
}

static PdNode *
add_step (PdDocument *doc,
          double      x,
          double      y,
          double      width)
{
  PdNode *node = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 0, 0);

  g_object_set (node, "x", x, "y", y, "width", width, NULL);
  return node;
}

/* Three steps piled up in one column, aligned left: they line up and go
 * down one after another, below the first selected. */
static void
test_align_stacked_column (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  double h = PD_NODE_DEFAULT_HEIGHT;

  g_ptr_array_add (nodes, add_step (doc, 100, 100, 160));
  g_ptr_array_add (nodes, add_step (doc, 110, 110, 120));
  g_ptr_array_add (nodes, add_step (doc, 105, 100, 200));
  align_and_check (doc, nodes, PD_ALIGN_TO_LEFT);
  /* In the order they were along the column, with a gap between. */
  g_assert_cmpfloat (pd_node_get_y (g_ptr_array_index (nodes, 2)), ==, 100 + h + 20);
  g_assert_cmpfloat (pd_node_get_y (g_ptr_array_index (nodes, 1)), ==, 100 + 2 * (h + 20));
  g_assert_cmpstr (pd_history_get_undo_label (pd_document_get_history (doc)), ==, "Align");
}

/* Steps in one row, the middle one selected first: aligned to its top,
 * the others go to its left and right, the way they were. */
static void
test_align_row_reference_second (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  PdNode *left = add_step (doc, 100, 80, 160);
  PdNode *middle = add_step (doc, 150, 100, 160);
  PdNode *right = add_step (doc, 200, 130, 100);

  g_ptr_array_add (nodes, middle);
  g_ptr_array_add (nodes, left);
  g_ptr_array_add (nodes, right);
  align_and_check (doc, nodes, PD_ALIGN_TO_TOP);
  g_assert_cmpfloat (pd_node_get_x (middle), ==, 150);
  g_assert_cmpfloat (pd_node_get_x (left), ==, 150 - 20 - 160);
  g_assert_cmpfloat (pd_node_get_x (right), ==, 150 + 160 + 20);
  g_assert_cmpfloat (pd_node_get_y (left), ==, 100);
  g_assert_cmpfloat (pd_node_get_y (right), ==, 100);
}

/* A step aligned onto one that is not selected goes past it; steps that
 * are clear stay where they were along the line. */
static void
test_align_clear_of_others (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  PdNode *reference = add_step (doc, 100, 100, 160);
  PdNode *far = add_step (doc, 400, 600, 160);
  PdNode *landing = add_step (doc, 500, 300, 160);
  PdNode *other = add_step (doc, 110, 300, 160);

  g_ptr_array_add (nodes, reference);
  g_ptr_array_add (nodes, landing);
  g_ptr_array_add (nodes, far);
  align_and_check (doc, nodes, PD_ALIGN_TO_CENTER);
  g_assert_cmpfloat (pd_node_get_y (far), ==, 600);
  g_assert_cmpfloat (pd_node_get_y (landing), ==,
                     pd_node_get_y (other) + pd_node_get_height (other) + 20);
  g_assert_cmpfloat (pd_node_get_x (other), ==, 110);
}

/* Every way of aligning, over heaps of steps of several widths with
 * steps that are not selected in between. */
static void
test_align_never_covers (void)
{
  for (int to = PD_ALIGN_TO_LEFT; to <= PD_ALIGN_TO_BOTTOM; to++)
    for (guint32 seed = 1; seed <= 20; seed++)
      {
        g_autoptr(PdDocument) doc = pd_document_new_default ();
        g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
        g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
        guint n = g_rand_int_range (rand, 2, 7);

        /* Steps not selected, on a grid so that they are clear of one
         * another, the reference among them. */
        for (guint i = 0; i < 12; i++)
          {
            PdNode *node = add_step (doc, 100 + (i % 4) * 260.0, 100 + (i / 4) * 140.0,
                                     g_rand_int_range (rand, 60, 200));
            if (i == 5)
              g_ptr_array_add (nodes, node);
          }
        /* The rest of the selection piled up near it. */
        for (guint i = 1; i < n; i++)
          g_ptr_array_add (nodes, add_step (doc, g_rand_int_range (rand, 250, 500),
                                            g_rand_int_range (rand, 150, 350),
                                            g_rand_int_range (rand, 60, 200)));
        align_and_check (doc, nodes, to);
      }
}

static void
test_agencies (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  GListModel *agencies = pd_document_get_agencies (doc);
  guint n = g_list_model_get_n_items (agencies);
  PdAgency *added = pd_edit_add_agency (doc);
  g_autoptr(PdAgency) nhs = g_list_model_get_item (agencies, 0);
  PdNode *step = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, pd_agency_get_id (added),
                                   100, 100);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (agencies), ==, n + 1);
  /* Its colour and letter are its own. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdAgency) other = g_list_model_get_item (agencies, i);
      g_assert_cmpstr (pd_agency_get_cue (other), !=, pd_agency_get_cue (added));
      g_assert_cmpstr (pd_agency_get_colour (other), !=, pd_agency_get_colour (added));
    }
  g_assert_cmpuint (pd_edit_count_agency_steps (doc, added), ==, 1);

  /* Refused while a step uses it and nobody takes it over. */
  g_assert_false (pd_edit_remove_agency (doc, added, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_assert_cmpuint (g_list_model_get_n_items (agencies), ==, n + 1);
  g_assert_cmpstr (pd_history_get_undo_label (pd_document_get_history (doc)), ==, "Add Step");

  /* Handed over: one step, undone as one. */
  g_assert_true (pd_edit_remove_agency (doc, added, nhs, NULL));
  g_assert_cmpstr (pd_node_get_agency_id (step), ==, "nhs");
  g_assert_cmpuint (g_list_model_get_n_items (agencies), ==, n);
  g_assert_true (pd_document_undo (doc));
  g_assert_cmpuint (g_list_model_get_n_items (agencies), ==, n + 1);
  g_assert_cmpstr (pd_node_get_agency_id (step), ==, pd_agency_get_id (added));
}

static void
test_comments (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *step = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 100, 100);
  const char *id = pd_node_get_id (step);
  PdComment *comment = pd_edit_add_comment (doc, id, "Sam", "Carer", "Too long a wait");
  g_autofree char *written = NULL;

  pd_edit_add_comment (doc, NULL, "", NULL, "Add the crisis line");
  g_assert_cmpuint (pd_edit_count_open_comments (doc, id), ==, 1);
  g_assert_cmpuint (pd_edit_count_open_comments (doc, NULL), ==, 1);
  g_assert_null (pd_comment_get_role (pd_edit_add_comment (doc, NULL, "Ann", "", "Thanks")));
  /* Stamped in UTC, as ISO 8601. */
  g_assert_true (g_str_has_suffix (pd_comment_get_time (comment), "Z"));
  {
    g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (pd_comment_get_time (comment), NULL);
    g_assert_nonnull (when);
  }
  pd_document_set (doc, comment, "resolved", TRUE, NULL);
  g_assert_cmpuint (pd_edit_count_open_comments (doc, id), ==, 0);
  /* Written and read back like any comment. */
  written = test_write (doc);
  g_assert_nonnull (strstr (written, "Too long a wait"));
  pd_document_undo (doc);
  g_assert_cmpuint (pd_edit_count_open_comments (doc, id), ==, 1);
}

/* A comment said by one of the pathway's participants keeps who said it,
 * name and role, through saving and loading. */
static void
test_comment_participant (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  g_autoptr(GPtrArray) participants = pd_participant_array_new ();
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PdDocument) back = NULL;
  g_autofree char *written = NULL;
  PdNode *step = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 100, 100);
  const char *id = pd_node_get_id (step);
  PdComment *comment;
  PdParticipant *who;

  g_ptr_array_add (participants, pd_participant_new ("Sam Okafor", "Carer & family"));
  g_ptr_array_add (participants, pd_participant_new ("Service user representative", NULL));
  g_object_set (doc, "participants", participants, NULL);
  for (guint i = 0; i < participants->len; i++)
    {
      who = g_ptr_array_index (participants, i);
      pd_edit_add_comment (doc, id, who->name, who->role, "Too long a wait");
    }
  written = test_write (doc);
  back = pd_xml_read (written, strlen (written), "test.pathway", diagnostics);
  g_assert_nonnull (back);
  g_assert_cmpuint (g_list_model_get_n_items (pd_document_get_comments (back)), ==, 2);
  for (guint i = 0; i < participants->len; i++)
    {
      who = g_ptr_array_index (participants, i);
      comment = g_list_model_get_item (pd_document_get_comments (back), i);
      g_assert_cmpstr (pd_comment_get_target_id (comment), ==, id);
      g_assert_cmpstr (pd_comment_get_author (comment), ==, who->name);
      g_assert_cmpstr (pd_comment_get_role (comment), ==, who->role);
      g_object_unref (comment);
    }
  /* Written again, the same bytes. */
  {
    g_autofree char *again = test_write (back);
    g_assert_cmpstr (again, ==, written);
  }
}

static void
test_find_room (void)
{
  g_autoptr(PdDocument) doc = pd_document_new_default ();
  PdNode *taken = pd_edit_add_node (doc, PD_NODE_KIND_INTERVENTION, NULL, 300, 100);
  double x = pd_node_get_x (taken) + 10, y = pd_node_get_y (taken), free_x = 1000, free_y = 50;

  pd_edit_find_room (doc, &x, &y, PD_NODE_DEFAULT_WIDTH, PD_NODE_DEFAULT_HEIGHT);
  g_assert_cmpfloat (x, ==, pd_node_get_x (taken) + 10);
  g_assert_cmpfloat (y, >=, pd_node_get_y (taken) + pd_node_get_height (taken));
  /* Where it is free, it stays. */
  pd_edit_find_room (doc, &free_x, &free_y, PD_NODE_DEFAULT_WIDTH, PD_NODE_DEFAULT_HEIGHT);
  g_assert_cmpfloat (free_y, ==, 50);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/edit/add-connect-delete", test_add_connect_delete);
  test_add_per_example ("/edit/copy-paste", test_copy_paste);
  g_test_add_func ("/edit/paste-refuses", test_paste_refuses);
  g_test_add_func ("/edit/duplicate", test_duplicate);
  g_test_add_func ("/edit/align-distribute", test_align_distribute);
  g_test_add_func ("/edit/align/stacked-column", test_align_stacked_column);
  g_test_add_func ("/edit/align/row-reference-second", test_align_row_reference_second);
  g_test_add_func ("/edit/align/clear-of-others", test_align_clear_of_others);
  g_test_add_func ("/edit/align/never-covers", test_align_never_covers);
  g_test_add_func ("/edit/agencies", test_agencies);
  g_test_add_func ("/edit/comments", test_comments);
  g_test_add_func ("/edit/comments/participant", test_comment_participant);
  g_test_add_func ("/edit/find-room", test_find_room);
  return g_test_run ();
}
