/* main.c: the window program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "core/cp-i18n.h"
#include "ui/cp-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CpApplication) app = NULL;

  cp_i18n_init ();

  app = cp_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
