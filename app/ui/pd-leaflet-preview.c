/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "pd-accessible.h"
#include "pd-language.h"
#include "pd-leaflet-preview.h"
#include "pd-leaflet.h"
#include "pd-readability.h"

/* Pages are drawn this many pixels wide. */
#define PAGE_PIXELS 320

struct _PdLeafletPreview
{
  AdwBin parent_instance;

  GtkLabel *figures;
  GtkBox *warnings;
  GtkBox *pages;
  PdLeafletOptions options;
  AdwComboRow *language_row;
  GtkSpinButton *size;
  GtkWidget *export;
  GStrv languages;        /* the tags the row offers, after English; NULL: English only */
  char *language;         /* the chosen one (options.language), or NULL for English */
  char *file_name;        /* the pathway's, for its own pictures */
  PdDocument *document;
  PdSelection *selection;
  GSignalGroup *history_signals;   /* of the document's history */
  guint refresh_source;
  guint n_pages;
  guint n_warnings;
};

G_DEFINE_FINAL_TYPE (PdLeafletPreview, pd_leaflet_preview, ADW_TYPE_BIN)

enum { PROP_0, PROP_DOCUMENT, PROP_SELECTION, N_PROPS };
static GParamSpec *properties[N_PROPS];

static GdkTexture *
page_texture (PdLeaflet *leaflet,
              guint      index)
{
  double scale = PAGE_PIXELS / leaflet->width;
  int height = (int) (leaflet->height * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, PAGE_PIXELS, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  cairo_scale (cr, scale, scale);
  pd_leaflet_draw_page (leaflet, index, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height);
  texture = gdk_memory_texture_new (PAGE_PIXELS, height, GDK_MEMORY_DEFAULT, bytes,
                                    (gsize) cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

static void
on_warning_activated (GtkButton        *button,
                      PdLeafletPreview *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "step");

  if (id && self->selection)
    pd_selection_select (self->selection, id, PD_SELECT_REPLACE);
}

static void
add_warning (PdLeafletPreview *self,
             const char       *step_id,
             const char       *step_title,
             const char       *message,
             PdSeverity        severity)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (severity == PD_SEVERITY_ERROR
                                                  ? "dialog-error-symbolic"
                                                  : severity == PD_SEVERITY_NOTE
                                                  ? "dialog-information-symbolic"
                                                  : "dialog-warning-symbolic");
  g_autofree char *text = step_title ? g_strdup_printf ("%s: %s", step_title, message)
                                     : g_strdup (message);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  /* Activating one selects its step, to fix its words. */
  g_object_set_data_full (G_OBJECT (button), "step", g_strdup (step_id), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_warning_activated), self);
  gtk_box_append (self->warnings, button);
  self->n_warnings++;
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void update_languages (PdLeafletPreview *self);

static gboolean
refresh (gpointer data)
{
  PdLeafletPreview *self = data;
  g_autoptr(PdLeaflet) leaflet = NULL;
  g_autoptr(PdReadability) total = pd_readability_new ();
  g_autofree char *figures = NULL;

  self->refresh_source = 0;
  clear_box (self->pages);
  clear_box (self->warnings);
  self->n_pages = self->n_warnings = 0;
  if (self->document == NULL)
    return G_SOURCE_REMOVE;
  update_languages (self);
  leaflet = pd_leaflet_compose (self->document, &self->options, self->file_name);
  for (guint i = 0; i < leaflet->journey->problems->len; i++)
    {
      PdDiagnostic *problem = g_ptr_array_index (leaflet->journey->problems, i);
      add_warning (self, problem->object_id, NULL, problem->message, problem->severity);
    }
  /* The steps left out, and why: activating one selects it. */
  for (guint i = 0; i < leaflet->journey->left_out->len; i++)
    {
      PdDiagnostic *note = g_ptr_array_index (leaflet->journey->left_out, i);
      add_warning (self, note->object_id, NULL, note->message, note->severity);
    }
  for (guint i = 0; i < leaflet->journey->steps->len; i++)
    {
      PdJourneyStep *step = g_ptr_array_index (leaflet->journey->steps, i);
      g_autoptr(PdReadability) r = NULL;

      if (step->missing_easy_read)
        continue;
      /* Without the hard words "Words to know" explains. */
      r = pd_journey_step_readability (leaflet->journey, step);
      for (guint k = 0; k < r->issues->len; k++)
        {
          PdReadIssue *issue = g_ptr_array_index (r->issues, k);
          add_warning (self, pd_node_get_id (step->node), pd_node_get_title (step->node),
                       issue->message, issue->severity);
        }
      pd_readability_add (total, r);
      if (step->timing)
        {
          g_autoptr(PdReadability) timing = pd_readability_analyse (step->timing);
          pd_readability_add (total, timing);
        }
    }
  /* The figures, not only pass or fail, counted as pathway leaflet --check
   * counts them. */
  figures = g_strdup_printf (_("%u pages, %u words. Reading ease %.0f (aim: %.0f or more), "
                               "grade %.1f (aim: %.0f or below)."),
                             leaflet->pages->len, total->words, pd_readability_ease (total),
                             PD_READ_EASE_TARGET, pd_readability_grade (total),
                             PD_READ_GRADE_TARGET);
  gtk_label_set_text (self->figures, figures);
  for (guint p = 0; p < leaflet->pages->len; p++)
    {
      g_autoptr(GdkTexture) texture = page_texture (leaflet, p);
      GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
      g_autofree char *name = g_strdup_printf (_("Page %u"), p + 1);

      gtk_picture_set_can_shrink (GTK_PICTURE (picture), FALSE);
      gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (picture, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      gtk_box_append (self->pages, picture);
      self->n_pages++;
    }
  return G_SOURCE_REMOVE;
}

/* Once edits settle: composing a leaflet takes a moment. */
static void
queue_refresh (PdLeafletPreview *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_source = g_timeout_add (400, refresh, self);
}

static void
pd_leaflet_preview_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (pd_leaflet_preview_parent_class)->map (widget);
  /* Made when shown, not while it is hidden behind another tab. */
  g_clear_handle_id (&PD_LEAFLET_PREVIEW (widget)->refresh_source, g_source_remove);
  refresh (widget);
}

static void
on_paper_changed (AdwComboRow      *row,
                  GParamSpec       *pspec,
                  PdLeafletPreview *self)
{
  self->options.paper = adw_combo_row_get_selected (row) == 1 ? PD_LEAFLET_A5 : PD_LEAFLET_A4;
  queue_refresh (self);
}

static void
on_size_changed (GtkSpinButton    *spin,
                 PdLeafletPreview *self)
{
  self->options.font_size = gtk_spin_button_get_value (spin);
  queue_refresh (self);
}

static void
on_not_offered_changed (GtkSwitch        *button,
                        GParamSpec       *pspec,
                        PdLeafletPreview *self)
{
  self->options.include_not_offered = gtk_switch_get_active (button);
  queue_refresh (self);
}

static void
on_language_changed (AdwComboRow      *row,
                     GParamSpec       *pspec,
                     PdLeafletPreview *self)
{
  guint selected = adw_combo_row_get_selected (row);

  g_clear_pointer (&self->language, g_free);
  if (self->languages && selected > 0 && selected <= g_strv_length (self->languages))
    self->language = g_strdup (self->languages[selected - 1]);
  self->options.language = self->language;
  if (pspec)
    queue_refresh (self);
}

static void
pd_leaflet_preview_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PdLeafletPreview *self = PD_LEAFLET_PREVIEW (object);

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
pd_leaflet_preview_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PdLeafletPreview *self = PD_LEAFLET_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      pd_leaflet_preview_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      pd_leaflet_preview_set_selection (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_leaflet_preview_dispose (GObject *object)
{
  PdLeafletPreview *self = PD_LEAFLET_PREVIEW (object);

  if (self->history_signals)
    g_signal_group_set_target (self->history_signals, NULL);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->selection);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->language, g_free);
  self->options.language = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_LEAFLET_PREVIEW);
  G_OBJECT_CLASS (pd_leaflet_preview_parent_class)->dispose (object);
}

static void
pd_leaflet_preview_class_init (PdLeafletPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pd_leaflet_preview_dispose;
  object_class->get_property = pd_leaflet_preview_get_property;
  object_class->set_property = pd_leaflet_preview_set_property;
  GTK_WIDGET_CLASS (klass)->map = pd_leaflet_preview_map;
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/org/pathwaydesigner/Designer/pd-leaflet-preview.ui");
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdLeafletPreview, figures);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdLeafletPreview, warnings);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdLeafletPreview, pages);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdLeafletPreview, language_row);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdLeafletPreview, size);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), PdLeafletPreview, export);
  gtk_widget_class_bind_template_callback (GTK_WIDGET_CLASS (klass), on_paper_changed);
  gtk_widget_class_bind_template_callback (GTK_WIDGET_CLASS (klass), on_language_changed);
  gtk_widget_class_bind_template_callback (GTK_WIDGET_CLASS (klass), on_size_changed);
  gtk_widget_class_bind_template_callback (GTK_WIDGET_CLASS (klass), on_not_offered_changed);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, PD_TYPE_SELECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* English and each language the pathway has texts in, by their own
 * names; the choice kept while the pathway still has it. */
static void
update_languages (PdLeafletPreview *self)
{
  g_auto(GStrv) tags = self->document ? pd_document_get_languages (self->document)
                                      : g_new0 (char *, 1);
  g_autoptr(GtkStringList) names = NULL;
  guint selected = 0;

  if (self->languages && g_strv_equal ((const char *const *) self->languages,
                                       (const char *const *) tags))
    return;
  names = gtk_string_list_new (NULL);
  gtk_string_list_append (names, "English");
  for (guint i = 0; tags[i]; i++)
    {
      g_autofree char *name = pd_language_get_display_name (tags[i]);

      gtk_string_list_append (names, name);
      if (g_strcmp0 (tags[i], self->language) == 0)
        selected = i + 1;
    }
  g_strfreev (self->languages);
  self->languages = g_steal_pointer (&tags);
  g_signal_handlers_block_by_func (self->language_row, on_language_changed, self);
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->language_row, selected);
  g_signal_handlers_unblock_by_func (self->language_row, on_language_changed, self);
  on_language_changed (self->language_row, NULL, self);
}

static void
pd_leaflet_preview_init (PdLeafletPreview *self)
{
  PdLeafletOptions defaults = PD_LEAFLET_OPTIONS_DEFAULT;

  self->options = defaults;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_spin_button_set_range (self->size, PD_LEAFLET_MIN_FONT_SIZE, PD_LEAFLET_MAX_FONT_SIZE);
  gtk_spin_button_set_increments (self->size, 1, 10);
  gtk_spin_button_set_value (self->size, defaults.font_size);
  pd_accessible_name_as_shown (self->export);
  self->history_signals = g_signal_group_new (PD_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed", G_CALLBACK (queue_refresh),
                                  self);
}

GtkWidget *
pd_leaflet_preview_new (void)
{
  return g_object_new (PD_TYPE_LEAFLET_PREVIEW, NULL);
}

PdDocument *
pd_leaflet_preview_get_document (PdLeafletPreview *self)
{
  g_return_val_if_fail (PD_IS_LEAFLET_PREVIEW (self), NULL);
  return self->document;
}

void
pd_leaflet_preview_set_document (PdLeafletPreview *self,
                                 PdDocument       *document)
{
  g_return_if_fail (PD_IS_LEAFLET_PREVIEW (self));
  g_return_if_fail (document == NULL || PD_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->history_signals,
                             document ? pd_document_get_history (document) : NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

PdSelection *
pd_leaflet_preview_get_selection (PdLeafletPreview *self)
{
  g_return_val_if_fail (PD_IS_LEAFLET_PREVIEW (self), NULL);
  return self->selection;
}

void
pd_leaflet_preview_set_selection (PdLeafletPreview *self,
                                  PdSelection      *selection)
{
  g_return_if_fail (PD_IS_LEAFLET_PREVIEW (self));
  g_return_if_fail (selection == NULL || PD_IS_SELECTION (selection));

  if (g_set_object (&self->selection, selection))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

void
pd_leaflet_preview_refresh (PdLeafletPreview *self)
{
  g_return_if_fail (PD_IS_LEAFLET_PREVIEW (self));
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  refresh (self);
}

guint
pd_leaflet_preview_get_n_pages (PdLeafletPreview *self)
{
  g_return_val_if_fail (PD_IS_LEAFLET_PREVIEW (self), 0);
  return self->n_pages;
}

guint
pd_leaflet_preview_get_n_warnings (PdLeafletPreview *self)
{
  g_return_val_if_fail (PD_IS_LEAFLET_PREVIEW (self), 0);
  return self->n_warnings;
}

void
pd_leaflet_preview_set_file_name (PdLeafletPreview *self,
                                  const char       *file_name)
{
  g_return_if_fail (PD_IS_LEAFLET_PREVIEW (self));

  if (g_strcmp0 (self->file_name, file_name) == 0)
    return;
  g_free (self->file_name);
  self->file_name = g_strdup (file_name);
  queue_refresh (self);
}

void
pd_leaflet_preview_get_options (PdLeafletPreview *self,
                                PdLeafletOptions *options)
{
  g_return_if_fail (PD_IS_LEAFLET_PREVIEW (self));
  *options = self->options;
}
