/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Names for screen readers where GTK 4.8 would give a wrong one. */
#include "pd-accessible.h"

void
pd_accessible_name_as_shown (GtkWidget *button)
{
  gboolean mnemonic = FALSE;

  g_return_if_fail (GTK_IS_WIDGET (button));

  if (GTK_IS_BUTTON (button))
    mnemonic = gtk_button_get_use_underline (GTK_BUTTON (button))
               && gtk_button_get_label (GTK_BUTTON (button)) != NULL;
  else if (GTK_IS_CHECK_BUTTON (button))
    mnemonic = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (button))
               && gtk_check_button_get_label (GTK_CHECK_BUTTON (button)) != NULL;
  /* The label shown names the button still: it is the button's
   * "labelled-by". */
  if (mnemonic)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

void
pd_accessible_name_all_as_shown (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  pd_accessible_name_as_shown (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    pd_accessible_name_all_as_shown (child);
}
