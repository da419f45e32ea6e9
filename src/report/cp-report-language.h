/* cp-report-language.h: writing a report in another language than the interface's
 *
 * A council report is written in the language the council reads, which need not be
 * the one the coordinator's window speaks. Every word of a report comes through
 * gettext, and so do the separators of amounts (cp_money_format()) and the names
 * of months (cp_partial_date_format()); switching gettext's language for the time a
 * report is built therefore switches all of them at once.
 *
 * cp_report_language_push() sets LANGUAGE and calls setlocale (LC_ALL, ""), which is
 * what makes glibc's gettext forget the translations it has cached;
 * cp_report_language_pop() puts both back exactly as they were, LANGUAGE unset if it
 * was unset. Both change the whole process: call them on the main thread only, with
 * no other thread translating meanwhile, and pop what was pushed before returning to
 * the main loop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CpReportLanguage CpReportLanguage;

/* Switches gettext to @language ("nl", "es", "af", "en"); NULL or "" keeps the
 * interface's language, and the pop then has nothing to undo. Returns what
 * cp_report_language_pop() needs to put things back. */
CpReportLanguage *cp_report_language_push (const char       *language);
/* Restores the language and locale that were in force before the push, and frees
 * @saved. Pops must come in the reverse order of their pushes. */
void              cp_report_language_pop  (CpReportLanguage *saved);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpReportLanguage, cp_report_language_pop)

G_END_DECLS
