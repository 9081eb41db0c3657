/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The differences between two versions of a pathway. */
#include <string.h>

#include "pd-change.h"
#include "pd-diff.h"
#include "pd-scene.h"
#include "test-cli.h"

static PdDocument *
load_data (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".pathway", NULL);
  g_autofree char *path = source_path ("tests", "data", "diff", file, NULL);

  return test_load (path);
}

static GPtrArray *
diff_with_base (const char  *name,
                PdDiffFlags  flags)
{
  g_autoptr(PdDocument) old_document = load_data ("base");
  g_autoptr(PdDocument) new_document = load_data (name);

  return pd_diff_documents (old_document, new_document, flags);
}

static const PdDiffField *
find_field (const PdDiffChange *change,
            const char         *name,
            const char         *lang)
{
  for (guint i = 0; i < change->fields->len; i++)
    {
      const PdDiffField *field = g_ptr_array_index (change->fields, i);
      if (g_str_equal (field->field, name) && g_strcmp0 (field->lang, lang) == 0)
        return field;
    }
  return NULL;
}

/* Each pair of tests/data/diff: the one change it holds, in words. */
static const struct {
  const char *file;
  PdDiffSubject subject;
  PdDiffKind kind;
  const char *id;
  const char *sentence;
} pairs[] = {
  { "added-step", PD_DIFF_STEP, PD_DIFF_ADDED, "peer", "Step “Peer support” added" },
  { "removed-step", PD_DIFF_STEP, PD_DIFF_REMOVED, "group", "Step “Group course” removed" },
  { "changed-step", PD_DIFF_STEP, PD_DIFF_CHANGED, "cbt", "Step “CBT” changed: sessions 8 → 12" },
  { "easy-read", PD_DIFF_STEP, PD_DIFF_CHANGED, "assess",
    "Step “Assessment” changed: easy read (cy) “Mae gweithiwr yn siarad â chi.” → "
    "“Mae gweithiwr yn siarad gyda chi.”" },
  { "timing", PD_DIFF_STEP, PD_DIFF_CHANGED, "cbt",
    "Step “CBT” changed: duration 12 → 3; duration unit weeks → months" },
  { "likelihood", PD_DIFF_TRANSITION, PD_DIFF_CHANGED, "e2",
    "Transition “Assessment” → “CBT” changed: likelihood 40 → 45" },
  { "moved", PD_DIFF_STEP, PD_DIFF_MOVED, "cbt", "Step “CBT” moved: x 480 → 500; y 40 → 20" },
  { "renamed", PD_DIFF_STEP, PD_DIFF_CHANGED, "cbt-2",
    "Step “ cbt ” changed: id cbt → cbt-2; title “CBT” → “ cbt ”" },
  { "agency", PD_DIFF_AGENCY, PD_DIFF_CHANGED, "voluntary",
    "Agency “Voluntary sector” changed: colour “#C75B00” → “#B34700”" },
  { "transition-kind", PD_DIFF_TRANSITION, PD_DIFF_CHANGED, "e2",
    "Transition “Assessment” → “CBT” changed: kind typical → step-up" },
  { "transition-id", PD_DIFF_TRANSITION, PD_DIFF_CHANGED, "e9",
    "Transition “CBT” → “Discharge” changed: id e4 → e9" },
  { "pathway-field", PD_DIFF_PATHWAY, PD_DIFF_CHANGED, NULL,
    "The pathway changed: status draft → approved; version “1” → “2”" },
};

static void
test_pairs (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(GPtrArray) changes = diff_with_base (pairs[i].file, PD_DIFF_FLAGS_NONE);
      const PdDiffChange *change;
      g_autofree char *sentence = NULL;

      g_test_message ("%s", pairs[i].file);
      g_assert_cmpuint (changes->len, >=, 1);
      change = g_ptr_array_index (changes, 0);
      sentence = pd_diff_change_describe (change);
      g_assert_cmpstr (sentence, ==, pairs[i].sentence);
      g_assert_cmpint (change->subject, ==, pairs[i].subject);
      g_assert_cmpint (change->kind, ==, pairs[i].kind);
      g_assert_cmpstr (change->id, ==, pairs[i].id);
    }
}

static void
test_equal (void)
{
  g_autoptr(GPtrArray) changes = diff_with_base ("base", PD_DIFF_FLAGS_NONE);

  g_assert_cmpuint (changes->len, ==, 0);
}

/* A removed step takes its transitions with it; an added one brings its
 * own; the renamed step's transitions, whose ends follow it, are unchanged. */
static void
test_transitions_follow_steps (void)
{
  g_autoptr(GPtrArray) removed = diff_with_base ("removed-step", PD_DIFF_FLAGS_NONE);
  g_autoptr(GPtrArray) added = diff_with_base ("added-step", PD_DIFF_FLAGS_NONE);
  g_autoptr(GPtrArray) renamed = diff_with_base ("renamed", PD_DIFF_FLAGS_NONE);
  const PdDiffChange *change;

  g_assert_cmpuint (removed->len, ==, 3);
  for (guint i = 1; i < 3; i++)
    {
      change = g_ptr_array_index (removed, i);
      g_assert_cmpint (change->subject, ==, PD_DIFF_TRANSITION);
      g_assert_cmpint (change->kind, ==, PD_DIFF_REMOVED);
    }
  g_assert_cmpuint (added->len, ==, 2);
  change = g_ptr_array_index (added, 1);
  g_assert_cmpint (change->kind, ==, PD_DIFF_ADDED);
  g_assert_cmpstr (change->name, ==, "“Group course” → “Peer support”");
  g_assert_cmpuint (renamed->len, ==, 1);
  change = g_ptr_array_index (renamed, 0);
  g_assert_cmpstr (change->old_id, ==, "cbt");
}

/* A step of another kind with the same title is another step. */
static void
test_rename_needs_kind (void)
{
  g_autoptr(PdDocument) old_document = load_data ("base");
  g_autoptr(PdDocument) new_document = load_data ("base");
  g_autoptr(PdNode) other = pd_node_new ("cbt-2", PD_NODE_KIND_REVIEW);
  g_autoptr(GPtrArray) changes = NULL;
  guint steps = 0;

  pd_document_remove_node (new_document, pd_document_get_node (new_document, "cbt"));
  g_object_set (other, "title", "CBT", NULL);
  pd_document_add_node (new_document, other);
  changes = pd_diff_documents (old_document, new_document, PD_DIFF_FLAGS_NONE);
  for (guint i = 0; i < changes->len; i++)
    {
      const PdDiffChange *change = g_ptr_array_index (changes, i);

      if (change->subject != PD_DIFF_STEP)
        continue;
      g_assert_cmpint (change->kind, ==, g_str_equal (change->id, "cbt") ? PD_DIFF_REMOVED
                                                                          : PD_DIFF_ADDED);
      steps++;
    }
  g_assert_cmpuint (steps, ==, 2);
}

static void
test_ignore_moves (void)
{
  g_autoptr(PdDocument) old_document = load_data ("base");
  g_autoptr(PdDocument) new_document = load_data ("changed-step");
  PdNode *cbt = pd_document_get_node (new_document, "cbt");
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) without = NULL;
  g_autoptr(GPtrArray) moved = diff_with_base ("moved", PD_DIFF_IGNORE_MOVES);

  g_assert_cmpuint (moved->len, ==, 0);
  g_object_set (cbt, "x", 900.0, NULL);
  all = pd_diff_documents (old_document, new_document, PD_DIFF_FLAGS_NONE);
  without = pd_diff_documents (old_document, new_document, PD_DIFF_IGNORE_MOVES);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpint (((PdDiffChange *) g_ptr_array_index (all, 0))->kind, ==, PD_DIFF_CHANGED);
  g_assert_true (pd_diff_change_has_field (g_ptr_array_index (all, 0), "x"));
  g_assert_false (pd_diff_change_has_field (g_ptr_array_index (without, 0), "x"));
  g_assert_true (pd_diff_change_has_field (g_ptr_array_index (without, 0), "sessions"));
}

/* ---- Every property ---- */

/* A value of @pspec other than the one in @value, for the boxed types by
 * the property's name; FALSE when the test does not know the property. */
static gboolean
change_value (GParamSpec *pspec,
              GValue     *value)
{
  GType type = pspec->value_type;

  if (type == G_TYPE_STRING)
    g_value_set_string (value, "Something else");
  else if (type == G_TYPE_DOUBLE)
    {
      GParamSpecDouble *d = G_PARAM_SPEC_DOUBLE (pspec);
      double v = g_value_get_double (value);
      g_value_set_double (value, v + 1 <= d->maximum ? v + 1 : d->minimum);
    }
  else if (type == G_TYPE_UINT)
    g_value_set_uint (value, g_value_get_uint (value) + 2);
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, !g_value_get_boolean (value));
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      int v = g_value_get_enum (value);
      g_value_set_enum (value, v == klass->values[0].value ? klass->values[1].value
                                                           : klass->values[0].value);
    }
  else if (type == PD_TYPE_TRANSLATIONS)
    {
      g_autoptr(PdTranslations) t = pd_translations_new ();
      pd_translations_set (t, "title", "cy",
                           "Newid");
      g_value_set_boxed (value, t);
    }
  else if (type == G_TYPE_ARRAY)
    {
      g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
      guint seven = 7;
      g_array_append_val (numbers, seven);
      g_value_set_boxed (value, numbers);
    }
  else if (type == G_TYPE_PTR_ARRAY && (g_str_equal (pspec->name, "evidence")
                                        || g_str_equal (pspec->name, "documents")))
    {
      g_autoptr(GPtrArray) links = pd_link_array_new ();
      g_ptr_array_add (links, pd_link_new ("NICE NG1", "https://example.org/ng1"));
      g_value_set_boxed (value, links);
    }
  else if (type == G_TYPE_PTR_ARRAY && g_str_equal (pspec->name, "participants"))
    {
      g_autoptr(GPtrArray) people = pd_participant_array_new ();
      g_ptr_array_add (people, pd_participant_new ("Carer", "Workshop"));
      g_value_set_boxed (value, people);
    }
  else if (type == G_TYPE_PTR_ARRAY && g_str_equal (pspec->name, "more-staff"))
    {
      g_autoptr(GPtrArray) staff = pd_staff_array_new ();
      g_ptr_array_add (staff, pd_staff_new ("Nurse", NULL, 20));
      g_value_set_boxed (value, staff);
    }
  else if (type == G_TYPE_PTR_ARRAY && g_str_equal (pspec->name, "staffing"))
    {
      g_autoptr(GPtrArray) posts = pd_post_array_new ();
      g_ptr_array_add (posts, pd_post_new ("Nurse", "nhs", 2.5));
      g_value_set_boxed (value, posts);
    }
  else if (type == G_TYPE_PTR_ARRAY && g_str_equal (pspec->name, "changes"))
    {
      g_autoptr(GPtrArray) log = pd_change_array_new ();
      g_ptr_array_add (log, pd_change_new ("2026-11-30", "1.0", "Lead", "Approved"));
      g_value_set_boxed (value, log);
    }
  else
    return FALSE;
  return TRUE;
}

/* Sets each writable property of the object @id finds (NULL: the pathway)
 * in a copy in turn and expects one change, naming that property, shown as
 * text. */
static void
check_every_property (const char    *id,
                      PdDiffSubject  subject)
{
  g_autoptr(PdDocument) old_document = load_data ("base");
  GObject *old_object = id ? pd_document_lookup (old_document, id) : G_OBJECT (old_document);
  guint n_specs;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (old_object),
                                                                   &n_specs);
  guint checked = 0;

  for (guint i = 0; i < n_specs; i++)
    {
      GParamSpec *pspec = specs[i];
      g_autoptr(PdDocument) new_document = NULL;
      g_autoptr(GPtrArray) changes = NULL;
      g_auto(GValue) value = G_VALUE_INIT;
      const PdDiffChange *change;
      gboolean translated = pspec->value_type == PD_TYPE_TRANSLATIONS;
      const PdDiffField *field;
      GObject *object;

      if (!(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;
      g_test_message ("%s %s", G_OBJECT_TYPE_NAME (old_object), pspec->name);
      new_document = pd_document_copy (old_document);
      object = id ? pd_document_lookup (new_document, id) : G_OBJECT (new_document);
      g_value_init (&value, pspec->value_type);
      g_object_get_property (object, pspec->name, &value);
      if (!change_value (pspec, &value))
        g_error ("%s of %s: a property the difference has not been taught", pspec->name,
                 G_OBJECT_TYPE_NAME (object));
      g_object_set_property (object, pspec->name, &value);
      changes = pd_diff_documents (old_document, new_document, PD_DIFF_FLAGS_NONE);
      g_assert_cmpuint (changes->len, ==, 1);
      change = g_ptr_array_index (changes, 0);
      g_assert_cmpint (change->subject, ==, subject);
      field = find_field (change, translated ? "title" : pspec->name, translated ? "cy" : NULL);
      g_assert_nonnull (field);
      g_assert_nonnull (field->new_value);
      g_assert_cmpstr (field->old_value, !=, field->new_value);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 4);
}

static void
test_every_step_property (void)
{
  check_every_property ("cbt", PD_DIFF_STEP);
}

static void
test_every_transition_property (void)
{
  check_every_property ("e2", PD_DIFF_TRANSITION);
}

static void
test_every_agency_property (void)
{
  check_every_property ("nhs", PD_DIFF_AGENCY);
}

static void
test_every_pathway_property (void)
{
  check_every_property (NULL, PD_DIFF_PATHWAY);
}

static char *
group_words (PdScene    *scene,
             const char *id)
{
  GString *s = g_string_new (NULL);

  for (guint g = 0; g < scene->groups->len; g++)
    {
      PdGroup *group = g_ptr_array_index (scene->groups, g);

      if (!g_str_equal (group->id, id) && g_strcmp0 (group->object_id, id) != 0)
        continue;
      for (guint i = 0; i < group->shapes->len; i++)
        {
          const PdShape *shape = g_ptr_array_index (group->shapes, i);

          for (guint l = 0; shape->type == PD_SHAPE_TEXT && l < shape->lines->len; l++)
            g_string_append_printf (s, "%s\n",
                                    ((PdTextLine *) g_ptr_array_index (shape->lines, l))->text);
        }
      return g_string_free (s, FALSE);
    }
  g_string_free (s, TRUE);
  return NULL;
}

/* The scene of the new version marks a new step "New", a changed one
 * "Changed" and draws the removed one, "Removed", where it was; the rest
 * are as they were, and the screen reader's summary counts them. */
static void
test_scene_marks (void)
{
  g_autoptr(PdDocument) old_document = load_data ("base");
  g_autoptr(PdDocument) new_document = load_data ("changed-step");
  g_autoptr(PdNode) peer = pd_node_new ("peer", PD_NODE_KIND_INTERVENTION);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(PdSceneCompare) marks = NULL;
  g_autoptr(PdScene) scene = NULL;
  g_autoptr(PdScene) plain = NULL;
  g_autofree char *summary = NULL;
  PdSceneOptions options = PD_SCENE_OPTIONS_DEFAULT;
  g_autofree char *peer_words = NULL, *cbt_words = NULL, *ghost_words = NULL;
  g_autofree char *assess_words = NULL, *plain_cbt = NULL;

  g_object_set (peer, "title", "Peer support", "x", 700.0, "y", 300.0, NULL);
  pd_document_add_node (new_document, peer);
  pd_document_remove_node (new_document, pd_document_get_node (new_document, "group"));
  changes = pd_diff_documents (old_document, new_document, PD_DIFF_FLAGS_NONE);
  marks = pd_diff_scene_marks (old_document, changes);
  options.compare = marks;
  scene = pd_scene_new_with_options (new_document, &options);
  plain = pd_scene_new_from_document (new_document);

  peer_words = group_words (scene, "peer");
  cbt_words = group_words (scene, "cbt");
  ghost_words = group_words (scene, "removed-group");
  assess_words = group_words (scene, "assess");
  plain_cbt = group_words (plain, "cbt");
  g_assert_nonnull (strstr (peer_words, "New\n"));
  g_assert_nonnull (strstr (cbt_words, "Changed\n"));
  g_assert_nonnull (ghost_words);
  g_assert_nonnull (strstr (ghost_words, "Group course\n"));
  g_assert_nonnull (strstr (ghost_words, "Removed\n"));
  g_assert_null (strstr (assess_words, "Changed"));
  g_assert_null (strstr (assess_words, "New"));
  g_assert_null (strstr (plain_cbt, "Changed"));
  g_assert_null (group_words (plain, "removed-group"));
  summary = pd_diff_summarise (changes);
  g_assert_cmpstr (summary, ==, "Compared with another version: 1 new step, 1 removed, "
                                "1 changed; 5 changes in all.");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/diff/pairs", test_pairs);
  g_test_add_func ("/diff/equal", test_equal);
  g_test_add_func ("/diff/transitions-follow-steps", test_transitions_follow_steps);
  g_test_add_func ("/diff/rename-needs-kind", test_rename_needs_kind);
  g_test_add_func ("/diff/ignore-moves", test_ignore_moves);
  g_test_add_func ("/diff/scene-marks", test_scene_marks);
  g_test_add_func ("/diff/every-property/step", test_every_step_property);
  g_test_add_func ("/diff/every-property/transition", test_every_transition_property);
  g_test_add_func ("/diff/every-property/agency", test_every_agency_property);
  g_test_add_func ("/diff/every-property/pathway", test_every_pathway_property);
  return g_test_run ();
}
