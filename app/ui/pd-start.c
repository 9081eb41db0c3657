/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <glib/gi18n.h>

#include "pd-accessible.h"
#include "pd-recent.h"
#include "pd-start.h"
#include "pd-template-resources.h"
#include "pd-thumbnail.h"

/* The thumbnails' size: four cards in a row at 1100 pixels, three at 800.
 * Drawn at this size, as a picture's natural size is its texture's. */
#define THUMB_WIDTH 200
#define THUMB_HEIGHT 120
#define MAX_RECENT 8

static const struct {
  const char *file;
  const char *title;
  const char *subtitle;
} templates[] = {
  { "stepped-care.pathway", N_("Stepped care"), N_("Starter") },
  { "assessment-and-treatment.pathway", N_("Assessment and treatment"), N_("Starter") },
  { "four-agencies.pathway", N_("Blank with four agencies"), N_("Starter") },
  { "common-mental-health-stepped-care.pathway",
    N_("Stepped care for depression and anxiety"), N_("Example") },
  { "dual-diagnosis.pathway", N_("Mental illness and substance misuse"), N_("Example") },
  { "first-episode-psychosis.pathway", N_("Early intervention in psychosis"), N_("Example") },
  { "memory-assessment-dementia.pathway", N_("Memory assessment and dementia care"),
    N_("Example") },
  { "crisis-home-treatment.pathway", N_("Mental health crisis and home treatment"),
    N_("Example") },
  { "perinatal-mental-health.pathway", N_("Perinatal mental health"), N_("Example") },
};

typedef struct {
  char *path;
  gboolean missing;
  GtkPicture *picture;
} Recent;

struct _PdStartPage
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  GtkImage *icon;
  GtkWidget *new_button;       /* where the keyboard starts */
  GtkWidget *open_button;
  GtkFlowBox *recent_box;
  GtkWidget *recent_empty;
  GtkFlowBox *starters;
  GtkFlowBox *examples;
  GArray *recent;              /* of Recent */
  GCancellable *cancellable;   /* of the thumbnails being drawn */
};

G_DEFINE_FINAL_TYPE (PdStartPage, pd_start_page, GTK_TYPE_WIDGET)

static void
recent_clear (Recent *recent)
{
  g_free (recent->path);
}

static void
on_thumbnail (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GtkPicture) picture = data;
  g_autoptr(GdkTexture) texture = pd_thumbnail_render_finish (result, NULL);

  /* A file that does not read as a pathway keeps the plain icon. */
  if (texture)
    gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
}

/* A card: the picture, the name and a line below it. */
static GtkWidget *
card_new (const char  *title,
          const char  *subtitle,
          const char  *action,
          GVariant    *target,
          GtkPicture **picture_out)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *picture = gtk_picture_new ();
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *sub = gtk_label_new (subtitle);

  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "start-card");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_set_tooltip_text (button, title);
  gtk_widget_set_size_request (picture, THUMB_WIDTH, THUMB_HEIGHT);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_widget_add_css_class (frame, "start-thumbnail");
  gtk_frame_set_child (GTK_FRAME (frame), picture);
  /* Long names of pathways are common: two lines before an ellipsis. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 26);
  gtk_widget_set_size_request (label, THUMB_WIDTH, -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_ellipsize (GTK_LABEL (sub), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (sub), 26);
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_widget_add_css_class (sub, "caption");
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), sub);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_button_set_child (GTK_BUTTON (button), box);
  *picture_out = GTK_PICTURE (picture);
  return button;
}

/* The flow box's own children would take the focus before the card. */
static void
flow_box_append (GtkFlowBox *box,
                 GtkWidget  *card)
{
  GtkWidget *child = gtk_flow_box_child_new ();

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), card);
  gtk_widget_set_focusable (child, FALSE);
  gtk_flow_box_append (box, child);
}

static void
refresh_recent (PdStartPage *self)
{
  g_autoptr(GPtrArray) paths = pd_recent_list (MAX_RECENT);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_box))))
    gtk_flow_box_remove (self->recent_box, child);
  g_array_set_size (self->recent, 0);

  for (guint i = 0; i < paths->len; i++)
    {
      Recent recent = { g_strdup (g_ptr_array_index (paths, i)), FALSE, NULL };
      g_autofree char *base = g_path_get_basename (recent.path);
      /* The name without .pathway, as in the window's title bar. */
      g_autofree char *name = g_str_has_suffix (base, ".pathway")
                              ? g_strndup (base, strlen (base) - strlen (".pathway"))
                              : g_strdup (base);
      g_autofree char *folder = g_path_get_dirname (recent.path);
      g_autofree char *home_folder = NULL;
      g_autofree char *missing = NULL;
      const char *subtitle;
      GtkWidget *card;

      recent.missing = !g_file_test (recent.path, G_FILE_TEST_IS_REGULAR);
      /* The folder as people say it: ~ for home. */
      if (g_str_has_prefix (folder, g_get_home_dir ()))
        home_folder = g_strconcat ("~", folder + strlen (g_get_home_dir ()), NULL);
      subtitle = home_folder ? home_folder : folder;
      if (recent.missing)
        subtitle = missing = g_strdup_printf (_("Missing from %s"), subtitle);
      card = card_new (name, subtitle, "app.open-recent", g_variant_new_string (recent.path),
                       &recent.picture);
      if (recent.missing)
        {
          gtk_picture_set_paintable (recent.picture, NULL);
          gtk_widget_set_sensitive (card, FALSE);
        }
      else
        pd_thumbnail_render_async (recent.path, FALSE, THUMB_WIDTH, THUMB_HEIGHT,
                                   self->cancellable, on_thumbnail,
                                   g_object_ref (recent.picture));
      flow_box_append (self->recent_box, card);
      g_array_append_val (self->recent, recent);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_box), paths->len > 0);
  gtk_widget_set_visible (self->recent_empty, paths->len == 0);
}

static void
pd_start_page_dispose (GObject *object)
{
  PdStartPage *self = PD_START_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->recent, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_START_PAGE);
  G_OBJECT_CLASS (pd_start_page_parent_class)->dispose (object);
}

/* The keyboard starts on New Pathway, so that Enter begins one. Its
 * action is found, and the button made sensitive, only once the page is
 * in a shown window: hence at map as well as when asked. */
static gboolean
pd_start_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (PD_START_PAGE (widget)->new_button);
}

static void
pd_start_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (pd_start_page_parent_class)->map (widget);
  pd_start_page_grab_focus (widget);
}

static void
pd_start_page_class_init (PdStartPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pd_start_page_dispose;
  GTK_WIDGET_CLASS (klass)->grab_focus = pd_start_page_grab_focus;
  GTK_WIDGET_CLASS (klass)->map = pd_start_page_map;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "startpage");
  /* A static library's resources are not registered by themselves. */
  g_resources_register (pd_templates_get_resource ());

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/pathwaydesigner/Designer/pd-start.ui");
  gtk_widget_class_bind_template_child (widget_class, PdStartPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, PdStartPage, icon);
  gtk_widget_class_bind_template_child (widget_class, PdStartPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, PdStartPage, open_button);
  gtk_widget_class_bind_template_child (widget_class, PdStartPage, recent_box);
  gtk_widget_class_bind_template_child (widget_class, PdStartPage, recent_empty);
  gtk_widget_class_bind_template_child (widget_class, PdStartPage, starters);
  gtk_widget_class_bind_template_child (widget_class, PdStartPage, examples);
}

static void
pd_start_page_init (PdStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The application's icon, named by its id, which the build sets. */
  gtk_image_set_from_icon_name (self->icon, APPLICATION_ID);
  pd_accessible_name_as_shown (self->new_button);
  pd_accessible_name_as_shown (self->open_button);
  self->recent = g_array_new (FALSE, TRUE, sizeof (Recent));
  g_array_set_clear_func (self->recent, (GDestroyNotify) recent_clear);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      g_autofree char *resource = g_strconcat (PD_TEMPLATES_PATH, templates[i].file, NULL);
      GtkPicture *picture;
      GtkWidget *card = card_new (_(templates[i].title), _(templates[i].subtitle),
                                  "app.new-from-template", g_variant_new_string (resource),
                                  &picture);

      flow_box_append (g_str_equal (templates[i].subtitle, "Starter") ? self->starters
                                                                      : self->examples,
                       card);
      /* Drawn once per page: there are few, and they are small. */
      pd_thumbnail_render_async (resource, TRUE, THUMB_WIDTH, THUMB_HEIGHT, NULL,
                                 on_thumbnail, g_object_ref (picture));
    }
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (refresh_recent), self, G_CONNECT_SWAPPED);
  refresh_recent (self);
}

guint
pd_start_page_get_n_recent (PdStartPage *self)
{
  g_return_val_if_fail (PD_IS_START_PAGE (self), 0);
  return self->recent->len;
}

const char *
pd_start_page_get_recent_path (PdStartPage *self,
                               guint        index)
{
  g_return_val_if_fail (PD_IS_START_PAGE (self), NULL);
  g_return_val_if_fail (index < self->recent->len, NULL);
  return g_array_index (self->recent, Recent, index).path;
}

gboolean
pd_start_page_get_recent_missing (PdStartPage *self,
                                  guint        index)
{
  g_return_val_if_fail (PD_IS_START_PAGE (self), FALSE);
  g_return_val_if_fail (index < self->recent->len, FALSE);
  return g_array_index (self->recent, Recent, index).missing;
}

GdkPaintable *
pd_start_page_get_recent_thumbnail (PdStartPage *self,
                                    guint        index)
{
  g_return_val_if_fail (PD_IS_START_PAGE (self), NULL);
  g_return_val_if_fail (index < self->recent->len, NULL);
  return gtk_picture_get_paintable (g_array_index (self->recent, Recent, index).picture);
}

GPtrArray *
pd_start_page_list_templates (void)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    g_ptr_array_add (paths, g_strconcat (PD_TEMPLATES_PATH, templates[i].file, NULL));
  return paths;
}
