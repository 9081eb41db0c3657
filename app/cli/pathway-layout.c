/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pathway layout: a tidy layered layout with agency lanes. */
#include <stdio.h>
#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pd-file.h"
#include "pd-layout.h"
#include "pd-xml-writer.h"

int
pd_cli_layout (int    argc,
               char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *direction = NULL;
  g_autofree char *routing = NULL;
  g_autofree char *spacing_text = NULL;
  g_autofree char *aspect_text = NULL;
  double spacing = 1, aspect = 0;
  gboolean no_lanes = FALSE, details = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUT instead of standard output (it may be FILE itself)"), N_("OUT") },
    { "direction", 0, 0, G_OPTION_ARG_STRING, &direction,
      N_("lr: the journey flows left to right (the default); tb: top to bottom"), N_("DIR") },
    { "no-lanes", 0, 0, G_OPTION_ARG_NONE, &no_lanes,
      N_("Do not keep each agency's steps to a band of their own"), NULL },
    { "spacing", 0, 0, G_OPTION_ARG_STRING, &spacing_text,
      N_("Room between steps, as a multiple of the usual (0.5 to 3)"), N_("N") },
    { "aspect", 0, 0, G_OPTION_ARG_STRING, &aspect_text,
      N_("Fit to a page: wrap the journey into rows so that the layout is about R times as "
         "wide as it is tall (1.414 for A4 or A3 landscape; 0.25 to 8)"), N_("R") },
    { "routing", 0, 0, G_OPTION_ARG_STRING, &routing,
      N_("How transitions are drawn: direct, orthogonal (square corners round steps) or "
         "smooth (curves round steps); unchanged when not given"), N_("HOW") },
    { "details", 0, 0, G_OPTION_ARG_NONE, &details,
      N_("Room for each step's duration, sessions and staff role, as export --details "
         "draws them"), NULL },
    { NULL }
  };
  PdLayoutOptions options = PD_LAYOUT_OPTIONS_DEFAULT;
  g_autoptr(PdDocument) document = NULL;
  PdLayoutOutcome outcome;
  int routing_value = PD_ROUTING_DIRECT;
  int status;
  guint steps;

  if (!pd_cli_parse ("layout", _("FILE"),
                     _("Lays FILE's steps out in ranks along the journey, each agency's steps "
                       "in a band of their own, with few transitions crossing, and writes the "
                       "pathway with its steps moved."),
                     entries, &argc, &argv))
    return PD_EXIT_USAGE;
  if (argc != 2)
    return pd_cli_usage_error ("layout", _("give exactly one file"));
  if (direction && !g_str_equal (direction, "lr") && !g_str_equal (direction, "tb"))
    return pd_cli_usage_error ("layout", _("--direction is lr or tb, not “%s”"), direction);

  if (!pd_cli_parse_double ("layout", "--spacing", spacing_text, 0.5, 3, FALSE, &spacing))
    return PD_EXIT_USAGE;
  if (aspect_text && !pd_cli_parse_double ("layout", "--aspect", aspect_text, 0.25, 8, FALSE,
                                           &aspect))
    return PD_EXIT_USAGE;
  if (routing && !pd_enum_from_string (PD_TYPE_ROUTING, routing, &routing_value))
    return pd_cli_usage_error ("layout", _("--routing is direct, orthogonal or smooth, not “%s”"),
                               routing);

  document = pd_cli_load (argv[1]);
  if (document == NULL)
    return PD_EXIT_FAILED;
  options.direction = direction && g_str_equal (direction, "tb") ? PD_LAYOUT_TOP_BOTTOM
                                                                 : PD_LAYOUT_LEFT_RIGHT;
  options.lanes = !no_lanes;
  options.details = details;
  options.aspect = aspect;
  options.rank_gap *= spacing;
  options.node_gap *= spacing;
  options.lane_gap *= spacing;
  if (routing)
    g_object_set (document, "routing", routing_value, NULL);
  pd_layout_tidy (document, &options, &outcome);
  /* On standard error: the pathway may be going to standard output. */
  if (outcome.lanes_added > 0 && outcome.without_lanes == G_MAXUINT)
    fprintf (stderr, g_dngettext (GETTEXT_PACKAGE,
                                  "%s: lanes add %u crossing\n",
                                  "%s: lanes add %u crossings\n",
                                  outcome.lanes_added),
             argv[1], outcome.lanes_added);
  else if (outcome.lanes_added > 0)
    fprintf (stderr, g_dngettext (GETTEXT_PACKAGE,
                                  "%s: lanes add %u crossing; --no-lanes gives %u\n",
                                  "%s: lanes add %u crossings; --no-lanes gives %u\n",
                                  outcome.lanes_added),
             argv[1], outcome.lanes_added, outcome.without_lanes);
  status = pd_cli_write_document (document, output);
  if (status != PD_EXIT_OK || output == NULL || g_str_equal (output, "-"))
    return status;
  steps = g_list_model_get_n_items (pd_document_get_nodes (document));
  if (outcome.kept)
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "%s: %u step kept where it was: laid out, %u transitions would cross, "
                         "not %u\n",
                         "%s: %u steps kept where they were: laid out, %u transitions would cross, "
                         "not %u\n", steps),
            output, steps, outcome.tidied, outcome.before);
  else if (outcome.before_more)
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "%s: %u of %u step moved; transitions crossing: more than %u before, "
                         "%u after\n",
                         "%s: %u of %u steps moved; transitions crossing: more than %u before, "
                         "%u after\n", steps),
            output, outcome.moved, steps, outcome.before - 1, outcome.after);
  else
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "%s: %u of %u step moved; transitions crossing: %u before, %u after\n",
                         "%s: %u of %u steps moved; transitions crossing: %u before, %u after\n",
                         steps),
            output, outcome.moved, steps, outcome.before, outcome.after);
  return PD_EXIT_OK;
}
