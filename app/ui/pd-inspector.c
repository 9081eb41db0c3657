/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-comments.h"
#include "pd-edge.h"
#include "pd-inspector-rows.h"
#include "pd-inspector.h"
#include "pd-node.h"

struct _PdInspector
{
  AdwBin parent_instance;

  GtkStack *stack;
  AdwPreferencesPage *pathway_page;
  AdwPreferencesPage *step_page;
  AdwPreferencesPage *transition_page;
  AdwPreferencesPage *many_page;
  GtkLabel *several;
  AdwPreferencesGroup *many_group;   /* says how many steps are edited at once */
  PdRows *many_rows;
  PdRows *pathway_rows;
  PdRows *step_rows;
  PdRows *transition_rows;
  PdComments *comments[3];      /* on the pathway, step and transition pages */
  AdwComboRow *languages[2];    /* the switchers of the pathway and step pages */
  PdLanguageChoice *language;   /* theirs, shared with the Agencies panel */
  PdDocument *document;
  PdSelection *selection;
  GSignalGroup *selection_signals;
  GSignalGroup *language_signals;
};

G_DEFINE_FINAL_TYPE (PdInspector, pd_inspector, ADW_TYPE_BIN)

enum { PROP_0, PROP_DOCUMENT, PROP_SELECTION, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* The fields of the model, in the order a pathway lead fills them in. */
static const PdRowSpec step_fields[] = {
  { N_("Step"), "title", N_("Title"), PD_ROW_TEXT },
  { N_("Step"), "kind", N_("Kind"), PD_ROW_ENUM },
  { N_("Step"), "agency-id", N_("Agency"), PD_ROW_AGENCY },
  { N_("Step"), "availability", N_("Availability"), PD_ROW_ENUM },
  { N_("Step"), "provision", N_("Standard or optional"), PD_ROW_ENUM },
  { NULL, "description", N_("Description"), PD_ROW_LONG_TEXT },
  { NULL, "easy-read", N_("Easy-read text"), PD_ROW_LONG_TEXT },
  { N_("Easy read"), "pictogram", N_("Pictogram"), PD_ROW_TEXT },
  { N_("Time and capacity"), "duration", N_("Typical duration"), PD_ROW_NUMBER },
  { N_("Time and capacity"), "duration-unit", N_("Duration in"), PD_ROW_ENUM },
  { N_("Time and capacity"), "sessions", N_("Sessions"), PD_ROW_NUMBER },
  { N_("Time and capacity"), "session-minutes", N_("Minutes a session"), PD_ROW_NUMBER },
  { N_("Time and capacity"), "group-size", N_("People in a group"), PD_ROW_NUMBER,
    N_("1 is one to one"), 1 },
  { N_("Time and capacity"), "staff-per-session", N_("Staff at a session"), PD_ROW_NUMBER,
    NULL, 1 },
  { N_("Time and capacity"), "arrivals-per-year", N_("Joining here a year"), PD_ROW_NUMBER,
    N_("People who start the pathway at this step, not referred to it from another") },
  { N_("Staff"), "staff-role", N_("Staff role"), PD_ROW_TEXT },
  { N_("Staff"), "staff-skills", N_("Skills"), PD_ROW_TEXT },
  { N_("Staff"), "staff-share", N_("Share of the work (%)"), PD_ROW_NUMBER,
    N_("Roles without a share split what is left") },
  { NULL, "more-staff", N_("Other roles at this step"), PD_ROW_STAFF },
  { N_("Evidence and links"), "evidence", N_("Evidence"), PD_ROW_LINKS },
  { N_("Evidence and links"), "link-target", N_("Linked pathway"), PD_ROW_TEXT },
  { N_("Evidence and links"), "service", N_("Shared service"), PD_ROW_TEXT },
};

/* What several steps selected together are edited in at once. */
static const PdRowSpec many_step_fields[] = {
  { N_("Steps"), "kind", N_("Kind"), PD_ROW_ENUM },
  { N_("Steps"), "agency-id", N_("Agency"), PD_ROW_AGENCY },
  { N_("Steps"), "availability", N_("Availability"), PD_ROW_ENUM },
  { N_("Steps"), "provision", N_("Standard or optional"), PD_ROW_ENUM },
  { N_("Time and capacity"), "duration", N_("Typical duration"), PD_ROW_NUMBER },
  { N_("Time and capacity"), "duration-unit", N_("Duration in"), PD_ROW_ENUM },
  { N_("Time and capacity"), "group-size", N_("People in a group"), PD_ROW_NUMBER,
    N_("1 is one to one"), 1 },
  { N_("Time and capacity"), "staff-per-session", N_("Staff at a session"), PD_ROW_NUMBER,
    NULL, 1 },
  { N_("Staff"), "staff-role", N_("Staff role"), PD_ROW_TEXT },
};

static const PdRowSpec transition_fields[] = {
  { N_("Transition"), "label", N_("Label"), PD_ROW_TEXT },
  { N_("Transition"), "kind", N_("Kind"), PD_ROW_ENUM },
  { N_("Transition"), "likelihood", N_("Likelihood (%)"), PD_ROW_NUMBER },
};

static const PdRowSpec pathway_fields[] = {
  { N_("Pathway"), "title", N_("Title"), PD_ROW_TEXT },
  { NULL, "summary", N_("Summary"), PD_ROW_LONG_TEXT },
  { N_("Publishing"), "status", N_("Status"), PD_ROW_ENUM },
  { N_("Publishing"), "version", N_("Version"), PD_ROW_TEXT },
  { N_("Publishing"), "lead", N_("Pathway lead"), PD_ROW_TEXT },
  { N_("Publishing"), "review-by", N_("Review by (YYYY-MM-DD)"), PD_ROW_TEXT },
  /* Saving stamps these. */
  { N_("Publishing"), "created-date", N_("Created"), PD_ROW_READ_ONLY },
  { N_("Publishing"), "modified-date", N_("Updated"), PD_ROW_READ_ONLY },
  { N_("Care"), "clusters", N_("Care clusters"), PD_ROW_CLUSTERS },
  { N_("Care"), "referrals-per-year", N_("Referrals a year"), PD_ROW_NUMBER },
  { N_("Care"), "documents", N_("Supporting documents"), PD_ROW_LINKS },
  { N_("Care"), "participants", N_("Co-design participants"), PD_ROW_PARTICIPANTS },
  { N_("Staffing"), "hours-per-wte", N_("Clinical hours a year per whole-time equivalent"),
    PD_ROW_NUMBER,
    N_("Unless changed, 1,012.5: 37.5 hours a week × 45 working weeks × 60% of the time "
       "with service users"),
    PD_HOURS_PER_WTE_DEFAULT },
  { NULL, "staffing", N_("Staff in post"), PD_ROW_POSTS,
    N_("Whole-time equivalents in post for each role, in one agency or any") },
  { N_("Diagram"), "lanes", N_("Agency lanes"), PD_ROW_ENUM },
  { N_("Diagram"), "routing", N_("Transitions"), PD_ROW_ENUM },
};

/* The language the step's and pathway's texts are edited in. */
static void
on_language (PdInspector *self)
{
  const char *lang = pd_language_choice_get_language (self->language);

  pd_rows_set_language (self->pathway_rows, lang);
  pd_rows_set_language (self->step_rows, lang);
}

static GtkWidget *
language_group (PdInspector *self,
                AdwComboRow **row)
{
  GtkWidget *group = adw_preferences_group_new ();

  *row = ADW_COMBO_ROW (pd_language_choice_new_row (
    self->language, _("Which language the title, easy-read text and summary are in"),
    _("The step’s and the pathway’s texts can then be written in it too.")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (*row));
  return group;
}

/* Fills @page with fields, the workshop's comments at its foot; @languages
 * puts a language switcher above the fields. */
static void
fill_page (PdInspector        *self,
           AdwPreferencesPage *page,
           GType               type,
           const PdRowSpec    *specs,
           guint               n_specs,
           PdRows            **rows,
           PdComments        **comments,
           AdwComboRow       **languages)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (languages)
    adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (language_group (self, languages)));
  *rows = pd_rows_new (page, type, specs, n_specs);
  *comments = PD_COMMENTS (pd_comments_new ());
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (*comments));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
}

static void
update (PdInspector *self)
{
  GObject *object = NULL;
  g_autoptr(GPtrArray) nodes = NULL;
  guint n;

  pd_rows_bind (self->pathway_rows, NULL, NULL);
  pd_rows_bind (self->step_rows, NULL, NULL);
  pd_rows_bind (self->transition_rows, NULL, NULL);
  pd_rows_bind (self->many_rows, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (self->comments); i++)
    pd_comments_set_target (self->comments[i], NULL, NULL);
  if (self->document == NULL || self->selection == NULL)
    return;
  n = pd_selection_get_length (self->selection);
  if (n == 1)
    object = pd_document_lookup (self->document, pd_selection_get_id (self->selection, 0));
  if (PD_IS_NODE (object))
    {
      pd_rows_bind (self->step_rows, self->document, object);
      pd_comments_set_target (self->comments[1], self->document, pd_node_get_id (PD_NODE (object)));
      gtk_stack_set_visible_child_name (self->stack, "step");
    }
  else if (PD_IS_EDGE (object))
    {
      pd_rows_bind (self->transition_rows, self->document, object);
      pd_comments_set_target (self->comments[2], self->document, pd_edge_get_id (PD_EDGE (object)));
      gtk_stack_set_visible_child_name (self->stack, "transition");
    }
  else if (n > 1 && (nodes = pd_selection_get_nodes (self->selection, self->document))->len == n)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step selected",
                                                            "%u steps selected", n), n);
      adw_preferences_group_set_title (self->many_group, text);
      pd_rows_bind_many (self->many_rows, self->document, nodes);
      gtk_stack_set_visible_child_name (self->stack, "many");
    }
  else if (n > 1)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item selected",
                                                            "%u items selected", n), n);
      gtk_label_set_text (self->several, text);
      gtk_stack_set_visible_child_name (self->stack, "several");
    }
  else
    {
      pd_rows_bind (self->pathway_rows, self->document, G_OBJECT (self->document));
      pd_comments_set_target (self->comments[0], self->document, NULL);
      gtk_stack_set_visible_child_name (self->stack, "pathway");
    }
}

static void
pd_inspector_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PdInspector *self = PD_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_inspector_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PdInspector *self = PD_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pd_inspector_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      pd_inspector_set_selection (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_inspector_dispose (GObject *object)
{
  PdInspector *self = PD_INSPECTOR (object);

  if (self->selection_signals)
    g_signal_group_set_target (self->selection_signals, NULL);
  g_clear_object (&self->selection_signals);
  g_clear_pointer (&self->pathway_rows, pd_rows_free);
  g_clear_pointer (&self->step_rows, pd_rows_free);
  g_clear_pointer (&self->transition_rows, pd_rows_free);
  g_clear_pointer (&self->many_rows, pd_rows_free);
  g_clear_object (&self->selection);
  g_clear_object (&self->document);
  if (self->language_signals)
    g_signal_group_set_target (self->language_signals, NULL);
  g_clear_object (&self->language_signals);
  g_clear_object (&self->language);
  /* The stack is the bin's child as well as the template's. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_INSPECTOR);
  G_OBJECT_CLASS (pd_inspector_parent_class)->dispose (object);
}

static void
pd_inspector_class_init (PdInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pd_inspector_dispose;
  object_class->get_property = pd_inspector_get_property;
  object_class->set_property = pd_inspector_set_property;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "inspector");
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/org/pathwaydesigner/Designer/pd-inspector.ui");
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdInspector, stack);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdInspector, pathway_page);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdInspector, step_page);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdInspector, transition_page);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdInspector, many_page);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdInspector, many_group);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdInspector, several);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, PD_TYPE_SELECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_inspector_init (PdInspector *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->selection_signals = g_signal_group_new (PD_TYPE_SELECTION);
  g_signal_group_connect_swapped (self->selection_signals, "changed", G_CALLBACK (update), self);
  self->language = pd_language_choice_new ();
  fill_page (self, self->pathway_page, PD_TYPE_DOCUMENT, pathway_fields,
             G_N_ELEMENTS (pathway_fields), &self->pathway_rows, &self->comments[0],
             &self->languages[0]);
  fill_page (self, self->step_page, PD_TYPE_NODE, step_fields, G_N_ELEMENTS (step_fields),
             &self->step_rows, &self->comments[1], &self->languages[1]);
  fill_page (self, self->transition_page, PD_TYPE_EDGE, transition_fields,
             G_N_ELEMENTS (transition_fields), &self->transition_rows, &self->comments[2], NULL);
  self->many_rows = pd_rows_new (self->many_page, PD_TYPE_NODE, many_step_fields,
                                 G_N_ELEMENTS (many_step_fields));
  self->language_signals = g_signal_group_new (PD_TYPE_LANGUAGE_CHOICE);
  g_signal_group_connect_swapped (self->language_signals, "notify::language",
                                  G_CALLBACK (on_language), self);
  g_signal_group_set_target (self->language_signals, self->language);
}

GtkWidget *
pd_inspector_new (void)
{
  return g_object_new (PD_TYPE_INSPECTOR, NULL);
}

PdDocument *
pd_inspector_get_document (PdInspector *self)
{
  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  return self->document;
}

void
pd_inspector_set_document (PdInspector *self,
                           PdDocument  *document)
{
  g_return_if_fail (PD_IS_INSPECTOR (self));
  g_return_if_fail (document == NULL || PD_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  pd_language_choice_set_document (self->language, document);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

PdSelection *
pd_inspector_get_selection (PdInspector *self)
{
  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  return self->selection;
}

void
pd_inspector_set_selection (PdInspector *self,
                            PdSelection *selection)
{
  g_return_if_fail (PD_IS_INSPECTOR (self));
  g_return_if_fail (selection == NULL || PD_IS_SELECTION (selection));

  if (!g_set_object (&self->selection, selection))
    return;
  g_signal_group_set_target (self->selection_signals, selection);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

PdComments *
pd_inspector_get_comments (PdInspector *self)
{
  const char *page;

  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  page = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (page, "step") == 0)
    return self->comments[1];
  if (g_strcmp0 (page, "transition") == 0)
    return self->comments[2];
  if (g_strcmp0 (page, "pathway") == 0)
    return self->comments[0];
  return NULL;
}

const char *
pd_inspector_get_page (PdInspector *self)
{
  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

static PdRows *
shown_rows (PdInspector *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "step") == 0)
    return self->step_rows;
  if (g_strcmp0 (page, "transition") == 0)
    return self->transition_rows;
  if (g_strcmp0 (page, "pathway") == 0)
    return self->pathway_rows;
  if (g_strcmp0 (page, "many") == 0)
    return self->many_rows;
  return NULL;
}

GtkWidget *
pd_inspector_get_editor (PdInspector *self,
                         const char  *property)
{
  PdRows *rows;

  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  rows = shown_rows (self);
  return rows ? pd_rows_get_editor (rows, property) : NULL;
}

void
pd_inspector_focus (PdInspector *self)
{
  GtkWidget *first;

  g_return_if_fail (PD_IS_INSPECTOR (self));
  first = pd_inspector_get_editor (self, "title");
  if (first == NULL)
    first = pd_inspector_get_editor (self, "label");
  if (first)
    gtk_widget_grab_focus (first);
}

const char *
pd_inspector_get_language (PdInspector *self)
{
  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  return pd_language_choice_get_language (self->language);
}

void
pd_inspector_set_language (PdInspector *self,
                           const char  *lang)
{
  g_return_if_fail (PD_IS_INSPECTOR (self));
  pd_language_choice_set_language (self->language, lang);
}

PdLanguageChoice *
pd_inspector_get_language_choice (PdInspector *self)
{
  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  return self->language;
}

GtkWidget *
pd_inspector_get_language_row (PdInspector *self)
{
  const char *page;

  g_return_val_if_fail (PD_IS_INSPECTOR (self), NULL);
  page = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (page, "pathway") == 0)
    return GTK_WIDGET (self->languages[0]);
  if (g_strcmp0 (page, "step") == 0)
    return GTK_WIDGET (self->languages[1]);
  return NULL;
}
