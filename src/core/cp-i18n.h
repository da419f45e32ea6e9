/* cp-i18n.h: the translations at start-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The locale from the environment, our catalogues from $COUNTERPART_LOCALEDIR (the
 * build's po/) or the installed ones, and our text domain as the default.
 *
 * GLib decides once, at the first translated message, whether to translate at all:
 * with a text domain of our own set and an English session in a plain locale
 * (C.UTF-8), it would decide never to — and a report written in Spanish from an
 * English window would stay English. The decision is therefore taken here, before
 * textdomain(). */
void        cp_i18n_init               (void);

/* The languages Counterpart speaks completely: "en", "nl", "es", "af". */
extern const char * const cp_i18n_languages[5];

/* The interface's language when it is one of those, else "en": the first of the
 * user's languages (LANGUAGE, then the locale), “nl” of “nl_BE.UTF-8”. */
const char *cp_i18n_interface_language (void);

G_END_DECLS
