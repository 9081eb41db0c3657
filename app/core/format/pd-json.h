/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What every JSON output shares (`pathway diff`, `capacity` and `simulate`). */

/* Appends @text as a JSON string, or null for NULL: quotes and
 * backslashes escaped, control characters as \uXXXX; every other byte,
 * U+2028 and U+2029 too, as it is, so @text should be UTF-8. */
void pd_json_append_string (GString    *out,
                            const char *text);

G_END_DECLS
