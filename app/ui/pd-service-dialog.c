/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A shared service edited in one place: its fields in a modal window,
 * written to library.xml on Save. */
#include <string.h>
#include <glib/gi18n.h>

#include "pd-combo-keys.h"
#include "pd-library-edit.h"
#include "pd-service-dialog.h"
#include "pd-text-area.h"

/* The two rows of one piece of evidence. */
typedef struct {
  GtkWidget *title;
  GtkWidget *href;
} Evidence;

struct _PdServiceDialog
{
  AdwWindow parent_instance;

  GtkLabel *usage;
  GtkLabel *error;
  AdwEntryRow *title_row;
  AdwComboRow *kind_row;
  AdwComboRow *agency_row;
  GtkTextView *description;
  GtkSpinButton *duration;
  AdwComboRow *unit_row;
  GtkSpinButton *sessions;
  GtkSpinButton *session_minutes;
  AdwEntryRow *role_row;
  AdwEntryRow *skills_row;
  AdwPreferencesGroup *evidence_group;

  PdLibrary *library;
  char *service_id;
  GArray *evidence;          /* of Evidence, in order */
};

G_DEFINE_FINAL_TYPE (PdServiceDialog, pd_service_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Evidence */

static void
renumber_evidence (PdServiceDialog *self)
{
  for (guint i = 0; i < self->evidence->len; i++)
    {
      Evidence *e = &g_array_index (self->evidence, Evidence, i);
      /* Translators: %u counts pieces of evidence from 1. */
      g_autofree char *title = g_strdup_printf (_("Title of evidence %u"), i + 1);
      /* Translators: %u counts pieces of evidence from 1. */
      g_autofree char *href = g_strdup_printf (_("Link of evidence %u"), i + 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (e->title), title);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (e->href), href);
    }
}

static void
on_remove_evidence (GtkButton       *button,
                    PdServiceDialog *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "pd-evidence-row");

  for (guint i = 0; i < self->evidence->len; i++)
    {
      Evidence *e = &g_array_index (self->evidence, Evidence, i);

      if (e->title != row)
        continue;
      adw_preferences_group_remove (self->evidence_group, e->title);
      adw_preferences_group_remove (self->evidence_group, e->href);
      g_array_remove_index (self->evidence, i);
      break;
    }
  renumber_evidence (self);
}

static Evidence *
add_evidence (PdServiceDialog *self,
              const char      *title,
              const char      *href)
{
  Evidence e = { adw_entry_row_new (), adw_entry_row_new () };
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_editable_set_text (GTK_EDITABLE (e.title), title ? title : "");
  gtk_editable_set_text (GTK_EDITABLE (e.href), href ? href : "");
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (e.href), GTK_INPUT_PURPOSE_URL);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove this evidence"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove this evidence"), -1);
  g_object_set_data (G_OBJECT (remove), "pd-evidence-row", e.title);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_evidence), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (e.title), remove);
  adw_preferences_group_add (self->evidence_group, e.title);
  adw_preferences_group_add (self->evidence_group, e.href);
  g_array_append_val (self->evidence, e);
  renumber_evidence (self);
  return &g_array_index (self->evidence, Evidence, self->evidence->len - 1);
}

static void
add_evidence_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  PdServiceDialog *self = PD_SERVICE_DIALOG (widget);
  Evidence *e = add_evidence (self, NULL, NULL);

  gtk_widget_grab_focus (e->title);
}

/* Filling in */

char *
pd_service_usage_text (PdLibrary  *library,
                       const char *service_id,
                       gboolean    with_titles)
{
  g_autoptr(GArray) uses = pd_library_get_service_uses (library, service_id);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autofree char *steps = NULL;
  g_autofree char *pathways = NULL;
  g_autofree char *list = NULL;
  PdLibraryEntry *last = NULL;

  for (guint i = 0; i < uses->len; i++)
    {
      PdLibraryEntry *entry = g_array_index (uses, PdServiceUse, i).entry;
      const char *title = pd_library_entry_get_title (entry);

      if (entry == last)
        continue;
      last = entry;
      g_ptr_array_add (titles, (gpointer) (title && *title ? title
                                           : pd_library_entry_get_file_name (entry)));
    }
  if (uses->len == 0)
    return g_strdup (_("No step of the library’s pathways uses this service yet."));
  steps = g_strdup_printf (ngettext ("%u step", "%u steps", uses->len), uses->len);
  pathways = g_strdup_printf (ngettext ("%u pathway", "%u pathways", titles->len), titles->len);
  if (!with_titles)
    /* Translators: "Used by 3 steps in 2 pathways". */
    return g_strdup_printf (_("Used by %s in %s"), steps, pathways);
  g_ptr_array_add (titles, NULL);
  list = g_strjoinv (", ", (char **) titles->pdata);
  /* Translators: "Used by 3 steps in 2 pathways: " and their titles. */
  return g_strdup_printf (_("Used by %s in %s: %s"), steps, pathways, list);
}

static void
fill_enum (AdwComboRow *row,
           GType        type,
           int          value)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  GEnumClass *klass = g_type_class_ref (type);
  guint selected = 0;

  for (guint i = 0; i < klass->n_values; i++)
    {
      gtk_string_list_append (labels, pd_enum_get_label (type, klass->values[i].value));
      if (klass->values[i].value == value)
        selected = i;
    }
  g_type_class_unref (klass);
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  g_object_unref (labels);
  adw_combo_row_set_selected (row, selected);
}

static int
selected_enum (AdwComboRow *row,
               GType        type)
{
  GEnumClass *klass = g_type_class_ref (type);
  guint selected = adw_combo_row_get_selected (row);
  int value = selected < klass->n_values ? klass->values[selected].value
                                         : klass->values[0].value;

  g_type_class_unref (klass);
  return value;
}

/* "No agency" first, then the library's agencies by name. */
static void
fill_agencies (PdServiceDialog *self,
               const char      *agency_id)
{
  GPtrArray *agencies = pd_library_get_agencies (self->library);
  GtkStringList *names = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (names, _("No agency"));
  for (guint i = 0; i < agencies->len; i++)
    {
      PdAgency *agency = g_ptr_array_index (agencies, i);
      const char *name = pd_agency_get_name (agency);

      gtk_string_list_append (names, name && *name ? name : pd_agency_get_id (agency));
      if (g_strcmp0 (pd_agency_get_id (agency), agency_id) == 0)
        selected = i + 1;
    }
  adw_combo_row_set_model (self->agency_row, G_LIST_MODEL (names));
  g_object_unref (names);
  adw_combo_row_set_selected (self->agency_row, selected);
}

static void
fill (PdServiceDialog *self,
      PdService       *service)
{
  g_autofree char *usage = pd_service_usage_text (self->library, service->id, TRUE);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description);

  gtk_label_set_text (self->usage, usage);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), service->title ? service->title : "");
  fill_enum (self->kind_row, PD_TYPE_NODE_KIND, service->kind);
  fill_agencies (self, service->agency_id);
  gtk_text_buffer_set_text (buffer, service->description ? service->description : "", -1);
  gtk_spin_button_set_value (self->duration, service->duration);
  fill_enum (self->unit_row, PD_TYPE_DURATION_UNIT, service->duration_unit);
  gtk_spin_button_set_value (self->sessions, service->sessions);
  gtk_spin_button_set_value (self->session_minutes, service->session_minutes);
  gtk_editable_set_text (GTK_EDITABLE (self->role_row),
                         service->staff_role ? service->staff_role : "");
  gtk_editable_set_text (GTK_EDITABLE (self->skills_row),
                         service->staff_skills ? service->staff_skills : "");
  for (guint i = 0; service->evidence && i < service->evidence->len; i++)
    {
      PdLink *link = g_ptr_array_index (service->evidence, i);
      add_evidence (self, link->title, link->href);
    }
}

/* Saving */

/* The text of @editable, NULL when empty: an empty field gives nothing. */
static char *
text_or_null (gpointer editable)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (editable));

  return text && *text ? g_strdup (text) : NULL;
}

static PdService *
collect (PdServiceDialog *self)
{
  PdService *service = pd_service_copy (pd_library_lookup_service (self->library,
                                                                   self->service_id));
  GPtrArray *agencies = pd_library_get_agencies (self->library);
  guint agency = adw_combo_row_get_selected (self->agency_row);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description);
  GtkTextIter start, end;
  g_autofree char *description = NULL;

  g_free (service->title);
  service->title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  service->kind = selected_enum (self->kind_row, PD_TYPE_NODE_KIND);
  g_free (service->agency_id);
  service->agency_id = agency > 0 && agency <= agencies->len
                       ? g_strdup (pd_agency_get_id (g_ptr_array_index (agencies, agency - 1)))
                       : NULL;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  description = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_free (service->description);
  service->description = *description ? g_steal_pointer (&description) : NULL;
  /* What was typed but not yet confirmed with Enter counts too. */
  gtk_spin_button_update (self->duration);
  gtk_spin_button_update (self->sessions);
  gtk_spin_button_update (self->session_minutes);
  service->duration = gtk_spin_button_get_value (self->duration);
  service->duration_unit = selected_enum (self->unit_row, PD_TYPE_DURATION_UNIT);
  service->sessions = (guint) gtk_spin_button_get_value_as_int (self->sessions);
  service->session_minutes = (guint) gtk_spin_button_get_value_as_int (self->session_minutes);
  g_free (service->staff_role);
  service->staff_role = text_or_null (self->role_row);
  g_free (service->staff_skills);
  service->staff_skills = text_or_null (self->skills_row);
  g_clear_pointer (&service->evidence, g_ptr_array_unref);
  for (guint i = 0; i < self->evidence->len; i++)
    {
      Evidence *e = &g_array_index (self->evidence, Evidence, i);
      g_autofree char *title = text_or_null (e->title);
      g_autofree char *href = text_or_null (e->href);

      /* A piece left empty is dropped. */
      if (title == NULL && href == NULL)
        continue;
      if (service->evidence == NULL)
        service->evidence = pd_link_array_new ();
      g_ptr_array_add (service->evidence, pd_link_new (title, href));
    }
  return service;
}

static void
save_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  PdServiceDialog *self = PD_SERVICE_DIALOG (widget);
  g_autoptr(PdService) service = NULL;
  g_autoptr(GError) error = NULL;

  if (pd_library_lookup_service (self->library, self->service_id) == NULL)
    return;
  service = collect (self);
  if (!pd_library_save_service (self->library, service, &error))
    {
      gtk_label_set_text (self->error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error), TRUE);
      /* Focus on the message, so that a screen reader reads it out. */
      gtk_widget_grab_focus (GTK_WIDGET (self->error));
      return;
    }
  g_object_ref (self);
  g_signal_emit (self, signals[SAVED], 0, self->service_id);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

PdLibrary *
pd_service_dialog_get_library (PdServiceDialog *self)
{
  g_return_val_if_fail (PD_IS_SERVICE_DIALOG (self), NULL);
  return self->library;
}

/* For tests */

const char *
pd_service_dialog_get_usage (PdServiceDialog *self)
{
  g_return_val_if_fail (PD_IS_SERVICE_DIALOG (self), NULL);
  return gtk_label_get_text (self->usage);
}

const char *
pd_service_dialog_get_error (PdServiceDialog *self)
{
  g_return_val_if_fail (PD_IS_SERVICE_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error)) ? gtk_label_get_text (self->error)
                                                           : NULL;
}

GtkWidget *
pd_service_dialog_get_editor (PdServiceDialog *self,
                              const char      *field)
{
  const struct { const char *name; gsize offset; } editors[] = {
    { "title", G_STRUCT_OFFSET (PdServiceDialog, title_row) },
    { "kind", G_STRUCT_OFFSET (PdServiceDialog, kind_row) },
    { "agency", G_STRUCT_OFFSET (PdServiceDialog, agency_row) },
    { "description", G_STRUCT_OFFSET (PdServiceDialog, description) },
    { "duration", G_STRUCT_OFFSET (PdServiceDialog, duration) },
    { "duration-unit", G_STRUCT_OFFSET (PdServiceDialog, unit_row) },
    { "sessions", G_STRUCT_OFFSET (PdServiceDialog, sessions) },
    { "session-minutes", G_STRUCT_OFFSET (PdServiceDialog, session_minutes) },
    { "staff-role", G_STRUCT_OFFSET (PdServiceDialog, role_row) },
    { "staff-skills", G_STRUCT_OFFSET (PdServiceDialog, skills_row) },
  };
  guint64 index;

  g_return_val_if_fail (PD_IS_SERVICE_DIALOG (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    if (g_str_equal (editors[i].name, field))
      return G_STRUCT_MEMBER (GtkWidget *, self, editors[i].offset);
  if (g_str_has_prefix (field, "evidence-title-")
      && g_ascii_string_to_unsigned (field + strlen ("evidence-title-"), 10, 0,
                                     self->evidence->len - 1, &index, NULL)
      && self->evidence->len > 0)
    return g_array_index (self->evidence, Evidence, index).title;
  if (g_str_has_prefix (field, "evidence-href-")
      && g_ascii_string_to_unsigned (field + strlen ("evidence-href-"), 10, 0,
                                     self->evidence->len - 1, &index, NULL)
      && self->evidence->len > 0)
    return g_array_index (self->evidence, Evidence, index).href;
  return NULL;
}

/* The type */

PdServiceDialog *
pd_service_dialog_new (GtkWindow  *parent,
                       PdLibrary  *library,
                       const char *service_id)
{
  PdServiceDialog *self;
  PdService *service;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PD_IS_LIBRARY (library), NULL);
  service = pd_library_lookup_service (library, service_id);
  g_return_val_if_fail (service != NULL, NULL);

  self = g_object_new (PD_TYPE_SERVICE_DIALOG, "transient-for", parent, NULL);
  self->library = g_object_ref (library);
  self->service_id = g_strdup (service_id);
  fill (self, service);
  /* Translators: %s is the title of a shared service. */
  title = g_strdup_printf (_("Edit Shared Service “%s”"),
                           service->title ? service->title : service_id);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

static void
pd_service_dialog_finalize (GObject *object)
{
  PdServiceDialog *self = PD_SERVICE_DIALOG (object);

  g_clear_object (&self->library);
  g_free (self->service_id);
  g_array_unref (self->evidence);
  G_OBJECT_CLASS (pd_service_dialog_parent_class)->finalize (object);
}

static void
pd_service_dialog_class_init (PdServiceDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = pd_service_dialog_finalize;
  /* Emitted once library.xml has been written, with the service's id. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  g_type_ensure (PD_TYPE_TEXT_AREA);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/pathwaydesigner/Designer/pd-service-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, usage);
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, error);
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, agency_row);
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, description);
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, duration);
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, sessions);
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, session_minutes);
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, skills_row);
  gtk_widget_class_bind_template_child (widget_class, PdServiceDialog, evidence_group);
  gtk_widget_class_install_action (widget_class, "service.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "service.add-evidence", NULL,
                                   add_evidence_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "service.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_service_dialog_init (PdServiceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->evidence = g_array_new (FALSE, FALSE, sizeof (Evidence));
  pd_combo_row_start_at_value (self->kind_row);
  pd_combo_row_start_at_value (self->agency_row);
  pd_combo_row_start_at_value (self->unit_row);
}
