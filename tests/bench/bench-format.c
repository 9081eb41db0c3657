/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Times the phases of loading and saving one pathway file in-process:
 * bench-format FILE [RUNS]. Prints the median of each phase in ms. */
#include <stdio.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "pd-diagnostic.h"
#include "pd-file.h"
#include "pd-xml-reader.h"
#include "pd-xml-writer.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (double *values,
        int     n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

int
main (int    argc,
      char **argv)
{
  int runs = argc > 2 ? atoi (argv[2]) : 5;
  g_autofree double *load = NULL, *write = NULL, *save = NULL;
  g_autofree char *out = NULL;

  if (argc < 2 || runs < 1)
    {
      fprintf (stderr, "usage: bench-format FILE [RUNS]\n");
      return 2;
    }
  load = g_new (double, runs);
  write = g_new (double, runs);
  save = g_new (double, runs);
  out = g_strdup_printf ("%s.bench-out", argv[1]);
  for (int i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PdDocument) doc = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gint64 t0, t1, t2, t3;

      t0 = g_get_monotonic_time ();
      doc = pd_file_load (argv[1], NULL, NULL, &error);
      t1 = g_get_monotonic_time ();
      if (doc == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      bytes = pd_xml_write (doc);
      t2 = g_get_monotonic_time ();
      if (!pd_file_save (doc, out, NULL, NULL, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      t3 = g_get_monotonic_time ();
      load[i] = (t1 - t0) / 1000.0;
      write[i] = (t2 - t1) / 1000.0;
      save[i] = (t3 - t2) / 1000.0;
    }
  g_unlink (out);
  printf ("load+validate %.1f ms\nwrite to memory %.1f ms\nsave (write+fsync+rename) %.1f ms\n",
          median (load, runs), median (write, runs), median (save, runs));
  return 0;
}
