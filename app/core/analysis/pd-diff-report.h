/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pd-diff.h"

G_BEGIN_DECLS

/* The reports of `pathway diff`, of @changes (element-type PdDiffChange)
 * from pd_diff_documents() between the files @old_name and @new_name:
 * (transfer full).
 *
 * Text: one sentence a line, moved-only steps last under a heading of their
 * own; "No differences." when there are none.
 *
 * JSON: an object { "old": name, "new": name, "equal": bool, "changes":
 * [ { "subject": "pathway" | "agency" | "step" | "transition" | "comment",
 * "change": "added" | "removed" | "changed" | "moved", "id": string | null,
 * "old_id": string | null, "name": string | null, "description": string,
 * "fields": [ { "field": string, "lang": string | null, "old": string |
 * null, "new": string | null } ] } ] }, in the order of @changes; values
 * are text, null when unset.
 *
 * HTML: a page of its own, with no script and nothing fetched: a table a
 * kind of subject, whose rows name the change in words. */
GBytes *pd_diff_report_text (GPtrArray  *changes,
                             const char *old_name,
                             const char *new_name);
GBytes *pd_diff_report_json (GPtrArray  *changes,
                             const char *old_name,
                             const char *new_name);
GBytes *pd_diff_report_html (GPtrArray  *changes,
                             const char *old_name,
                             const char *new_name);

G_END_DECLS
