/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Children side by side at their natural widths, wrapping onto another
 * line where the width runs out, as words do. GTK 4.8 has no such box:
 * GtkFlowBox lines its children up in columns as wide as the widest. */
#include "pd-wrap-box.h"

struct _PdWrapBox
{
  GtkWidget parent_instance;

  int spacing;              /* between children and between lines */
};

G_DEFINE_FINAL_TYPE (PdWrapBox, pd_wrap_box, GTK_TYPE_WIDGET)

static int
child_width (GtkWidget *child,
             int        width)
{
  int minimum, natural;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return CLAMP (natural, minimum, MAX (width, minimum));
}

static int
child_height (GtkWidget *child,
              int        width)
{
  int natural;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
  return natural;
}

/* Lays the children out in @width; allocates them when @allocate. Returns
 * the height used. */
static int
lay_out (PdWrapBox *self,
         int        width,
         gboolean   allocate)
{
  int x = 0, y = 0, line_height = 0;
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      int w, h;

      if (!gtk_widget_should_layout (child))
        continue;
      w = child_width (child, width);
      if (x > 0 && x + w > width)
        {
          x = 0;
          y += line_height + self->spacing;
          line_height = 0;
        }
      h = child_height (child, w);
      if (allocate)
        gtk_widget_size_allocate (child, &(GtkAllocation) { rtl ? width - x - w : x, y, w, h }, -1);
      x += w + self->spacing;
      line_height = MAX (line_height, h);
    }
  return y + line_height;
}

static GtkSizeRequestMode
pd_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
pd_wrap_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  PdWrapBox *self = PD_WRAP_BOX (widget);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      /* Without a width, as narrow as the widest child. */
      if (for_size < 0)
        {
          int widest;

          pd_wrap_box_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &for_size, &widest, NULL,
                               NULL);
        }
      *minimum = *natural = lay_out (self, for_size, FALSE);
      return;
    }
  /* At least the widest child; at best all on one line. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, -1, &child_minimum, &child_natural, NULL, NULL);
      *minimum = MAX (*minimum, child_minimum);
      *natural += (*natural > 0 ? self->spacing : 0) + child_natural;
    }
}

static void
pd_wrap_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  lay_out (PD_WRAP_BOX (widget), width, TRUE);
}

static void
pd_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (pd_wrap_box_parent_class)->dispose (object);
}

static void
pd_wrap_box_class_init (PdWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_wrap_box_dispose;
  widget_class->get_request_mode = pd_wrap_box_get_request_mode;
  widget_class->measure = pd_wrap_box_measure;
  widget_class->size_allocate = pd_wrap_box_size_allocate;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pd_wrap_box_init (PdWrapBox *self)
{
  self->spacing = 4;
}

void
pd_wrap_box_append (PdWrapBox *self,
                    GtkWidget *child)
{
  g_return_if_fail (PD_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}
