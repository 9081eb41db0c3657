/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "pd-capacity-text.h"

/* Rounded to @decimals first, so that no "-0" is ever shown. */
static double
tidy (double value,
      int    decimals)
{
  double scale = pow (10, decimals);
  double rounded = round (value * scale) / scale;

  return rounded == 0 ? 0 : rounded;
}

char *
pd_capacity_text_count (double value)
{
  /* The ' flag groups thousands as the locale does. */
  return g_strdup_printf ("%'.0f", tidy (value, 0));
}

char *
pd_capacity_text_wte (double value)
{
  return g_strdup_printf ("%'.1f", tidy (value, 1));
}
