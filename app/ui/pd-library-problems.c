/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The library's problems on the Library page, as `pathway check FOLDER`
 * reports them. */
#include <glib/gi18n.h>

#include "pd-accessible.h"
#include "pd-library-check.h"
#include "pd-library-problems.h"

struct _PdLibraryProblems
{
  GtkBox parent_instance;

  GtkLabel *summary;
  GtkSpinner *spinner;
  GtkWidget *check_button;
  GtkListBox *list;
  GCancellable *cancellable;   /* while a check runs */
  char *summary_text;
};

G_DEFINE_FINAL_TYPE (PdLibraryProblems, pd_library_problems, GTK_TYPE_BOX)

/* More rows than anyone reads, and a list box slows with each: the rest
 * are counted, and the command lists them all. */
#define MAX_ROWS 500

enum { OPEN, N_SIGNALS };
static guint signals[N_SIGNALS];

/* One finding, made in the checking thread from the library it read. */
typedef struct {
  PdSeverity severity;
  char *message;
  char *diagnostic;   /* as the command prints it */
  char *pathway;      /* the title, or the file's name */
  GFile *file;        /* of the pathway, or NULL */
  char *object_id;    /* a step or transition of it, or NULL */
} Problem;

static void
problem_free (Problem *problem)
{
  g_free (problem->message);
  g_free (problem->diagnostic);
  g_free (problem->pathway);
  g_clear_object (&problem->file);
  g_free (problem->object_id);
  g_free (problem);
}

const char *
pd_library_problems_severity_words (PdSeverity severity)
{
  switch (severity)
    {
    case PD_SEVERITY_ERROR:
      return _("Error");
    case PD_SEVERITY_WARNING:
      return _("Warning");
    case PD_SEVERITY_NOTE:
    default:
      return _("Note");
    }
}

static const char *
severity_icon (PdSeverity severity)
{
  switch (severity)
    {
    case PD_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case PD_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case PD_SEVERITY_NOTE:
    default:
      return "dialog-information-symbolic";
    }
}

/* Errors first, then warnings, then notes. */
static int
rank (PdSeverity severity)
{
  return severity == PD_SEVERITY_ERROR ? 0 : severity == PD_SEVERITY_WARNING ? 1 : 2;
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  return rank ((*(Problem **) a)->severity) - rank ((*(Problem **) b)->severity);
}

/* The entry whose file @d is about, or NULL (library.xml, the folder). */
static PdLibraryEntry *
entry_of (PdLibrary    *library,
          PdDiagnostic *d)
{
  for (guint i = 0; library && d->file && i < pd_library_get_n_entries (library); i++)
    {
      PdLibraryEntry *entry = pd_library_get_entry (library, i);

      if (g_str_equal (pd_library_entry_get_display_name (entry), d->file))
        return entry;
    }
  return NULL;
}

static Problem *
problem_new (PdLibrary    *library,
             PdDiagnostic *d)
{
  Problem *problem = g_new0 (Problem, 1);
  PdLibraryEntry *entry = entry_of (library, d);
  PdDocument *document = entry ? pd_library_entry_get_document (entry) : NULL;
  GObject *object = document && d->object_id ? pd_document_lookup (document, d->object_id)
                                             : NULL;

  problem->severity = d->severity;
  problem->message = g_strdup (d->message);
  problem->diagnostic = pd_diagnostic_format (d);
  if (entry)
    {
      const char *title = pd_library_entry_get_title (entry);

      problem->file = g_object_ref (pd_library_entry_get_file (entry));
      problem->pathway = g_strdup (title && *title ? title
                                                   : pd_library_entry_get_file_name (entry));
    }
  else
    problem->pathway = g_strdup (d->file ? d->file : "");
  /* Agencies are not on the canvas: only steps and transitions are selected. */
  if (PD_IS_NODE (object) || PD_IS_EDGE (object))
    problem->object_id = g_strdup (d->object_id);
  return problem;
}

/* As `pathway check FOLDER`: the library read afresh, so that nothing the
 * window edits is touched from this thread. */
static void
check_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      data,
                 GCancellable *cancellable)
{
  g_autoptr(GPtrArray) diagnostics = pd_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdLibrary) library = pd_library_load (G_FILE (data), diagnostics, cancellable,
                                                  &error);
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_ptr_array_unref (problems);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (library)
    pd_library_check_all (library, diagnostics);
  else if (diagnostics->len == 0)
    /* The error's message is a diagnostic already. */
    {
      Problem *problem = g_new0 (Problem, 1);

      problem->severity = PD_SEVERITY_ERROR;
      problem->message = g_strdup (error->message);
      problem->diagnostic = g_strdup (error->message);
      problem->pathway = g_file_get_parse_name (G_FILE (data));
      g_ptr_array_add (problems, problem);
    }
  for (guint i = 0; i < diagnostics->len; i++)
    g_ptr_array_add (problems, problem_new (library, g_ptr_array_index (diagnostics, i)));
  /* Stable: each severity keeps the command's order. */
  g_ptr_array_sort (problems, compare_problems);
  g_task_return_pointer (task, problems, (GDestroyNotify) g_ptr_array_unref);
}

static GtkWidget *
label_new (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style)
    gtk_widget_add_css_class (label, style);
  return label;
}

static GtkWidget *
row_new (Problem *problem)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (problem->severity));
  const char *words = pd_library_problems_severity_words (problem->severity);
  g_autofree char *sentence = NULL;

  /* The icon and the word say the severity: colour is never alone. */
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, problem->severity == PD_SEVERITY_ERROR ? "error"
                                  : problem->severity == PD_SEVERITY_WARNING ? "warning"
                                  : "dim-label");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (text), label_new (words, "caption-heading"));
  gtk_box_append (GTK_BOX (text), label_new (problem->message, NULL));
  if (*problem->pathway)
    gtk_box_append (GTK_BOX (text), label_new (problem->pathway, "dim-label"));
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* Translators: a problem read out as one sentence: its severity ("Warning"),
   * the message and the pathway it is about. */
  sentence = g_strdup_printf (_("%s: %s. %s"), words, problem->message, problem->pathway);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sentence, -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), problem->file != NULL);
  g_object_set_data_full (G_OBJECT (row), "sentence", g_steal_pointer (&sentence), g_free);
  g_object_set_data_full (G_OBJECT (row), "diagnostic", g_strdup (problem->diagnostic), g_free);
  g_object_set_data_full (G_OBJECT (row), "object-id", g_strdup (problem->object_id), g_free);
  if (problem->file)
    g_object_set_data_full (G_OBJECT (row), "file", g_object_ref (problem->file),
                            g_object_unref);
  return row;
}

static GtkWidget *
more_row_new (guint more)
{
  GtkWidget *row = gtk_list_box_row_new ();
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "%u more problem is not listed here; "
                                                        "pathway check lists them all",
                                                        "%u more problems are not listed here; "
                                                        "pathway check lists them all", more),
                                           more);
  GtkWidget *label = label_new (text, "dim-label");

  gtk_widget_set_margin_start (label, 10);
  gtk_widget_set_margin_end (label, 10);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "sentence", g_strdup (text), g_free);
  g_object_set_data_full (G_OBJECT (row), "diagnostic", g_strdup (""), g_free);
  return row;
}

static void
clear_rows (PdLibraryProblems *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)))
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
}

static void
set_summary (PdLibraryProblems *self,
             const char        *text)
{
  g_free (self->summary_text);
  self->summary_text = g_strdup (text);
  gtk_label_set_text (self->summary, text);
}

/* "2 errors, 5 warnings, 7 notes": only the severities found. */
static char *
count_in_words (GPtrArray *problems)
{
  guint counts[3] = { 0, 0, 0 };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    counts[rank (((Problem *) g_ptr_array_index (problems, i))->severity)]++;
  if (counts[0])
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors",
                                               counts[0]), counts[0]);
  if (counts[1])
    {
      if (text->len)
        g_string_append (text, _(", "));
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                                 counts[1]), counts[1]);
    }
  if (counts[2])
    {
      if (text->len)
        g_string_append (text, _(", "));
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes",
                                                 counts[2]), counts[2]);
    }
  if (text->len == 0)
    g_string_append (text, _("No problems found"));
  return g_string_free (text, FALSE);
}

static void
set_checking (PdLibraryProblems *self,
              gboolean           checking)
{
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), checking);
  gtk_spinner_set_spinning (self->spinner, checking);
  gtk_widget_set_sensitive (self->check_button, !checking);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  PdLibraryProblems *self = PD_LIBRARY_PROBLEMS (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *summary = NULL;

  /* A later check, or the page's end, took its place. */
  if (problems == NULL || g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    return;
  g_clear_object (&self->cancellable);
  set_checking (self, FALSE);
  for (guint i = 0; i < MIN (problems->len, MAX_ROWS); i++)
    gtk_list_box_append (self->list, row_new (g_ptr_array_index (problems, i)));
  if (problems->len > MAX_ROWS)
    gtk_list_box_append (self->list, more_row_new (problems->len - MAX_ROWS));
  gtk_widget_set_visible (GTK_WIDGET (self->list), problems->len > 0);
  summary = count_in_words (problems);
  set_summary (self, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary, -1);
}

void
pd_library_problems_clear (PdLibraryProblems *self)
{
  g_return_if_fail (PD_IS_LIBRARY_PROBLEMS (self));

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_checking (self, FALSE);
  clear_rows (self);
  set_summary (self, "");
}

void
pd_library_problems_check (PdLibraryProblems *self,
                           GFile             *folder)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PD_IS_LIBRARY_PROBLEMS (self));
  g_return_if_fail (G_IS_FILE (folder));

  pd_library_problems_clear (self);
  self->cancellable = g_cancellable_new ();
  set_checking (self, TRUE);
  set_summary (self, _("Checking the library…"));
  task = g_task_new (self, self->cancellable, on_checked, NULL);
  g_task_set_source_tag (task, pd_library_problems_check);
  g_task_set_task_data (task, g_object_ref (folder), g_object_unref);
  g_task_run_in_thread (task, check_in_thread);
}

gboolean
pd_library_problems_is_checking (PdLibraryProblems *self)
{
  g_return_val_if_fail (PD_IS_LIBRARY_PROBLEMS (self), FALSE);
  return self->cancellable != NULL;
}

const char *
pd_library_problems_get_summary (PdLibraryProblems *self)
{
  g_return_val_if_fail (PD_IS_LIBRARY_PROBLEMS (self), NULL);
  return self->summary_text;
}

GtkListBox *
pd_library_problems_get_list (PdLibraryProblems *self)
{
  g_return_val_if_fail (PD_IS_LIBRARY_PROBLEMS (self), NULL);
  return self->list;
}

const char *
pd_library_problems_row_get_diagnostic (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "diagnostic");
}

const char *
pd_library_problems_row_get_sentence (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "sentence");
}

GFile *
pd_library_problems_row_get_file (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "file");
}

const char *
pd_library_problems_row_get_object_id (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "object-id");
}

static void
on_row_activated (PdLibraryProblems *self,
                  GtkListBoxRow     *row)
{
  GFile *file = pd_library_problems_row_get_file (row);

  if (file)
    g_signal_emit (self, signals[OPEN], 0, file, pd_library_problems_row_get_object_id (row));
}

GtkWidget *
pd_library_problems_new (void)
{
  return g_object_new (PD_TYPE_LIBRARY_PROBLEMS, NULL);
}

static void
pd_library_problems_dispose (GObject *object)
{
  PdLibraryProblems *self = PD_LIBRARY_PROBLEMS (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_LIBRARY_PROBLEMS);
  G_OBJECT_CLASS (pd_library_problems_parent_class)->dispose (object);
}

static void
pd_library_problems_finalize (GObject *object)
{
  g_free (PD_LIBRARY_PROBLEMS (object)->summary_text);
  G_OBJECT_CLASS (pd_library_problems_parent_class)->finalize (object);
}

static void
pd_library_problems_class_init (PdLibraryProblemsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pd_library_problems_dispose;
  G_OBJECT_CLASS (klass)->finalize = pd_library_problems_finalize;
  signals[OPEN] = g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_STRING);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/pathwaydesigner/Designer/"
                                               "pd-library-problems.ui");
  gtk_widget_class_bind_template_child (widget_class, PdLibraryProblems, summary);
  gtk_widget_class_bind_template_child (widget_class, PdLibraryProblems, spinner);
  gtk_widget_class_bind_template_child (widget_class, PdLibraryProblems, check_button);
  gtk_widget_class_bind_template_child (widget_class, PdLibraryProblems, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
pd_library_problems_init (PdLibraryProblems *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pd_accessible_name_as_shown (self->check_button);
}
