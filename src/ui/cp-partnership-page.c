/* cp-partnership-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "core/cp-country.h"
#include "core/cp-iati-codes.h"
#include "core/cp-partial-date.h"
#include "cp-enum-types.h"
#include "cp-partnership-page.h"

struct _CpPartnershipPage
{
  CpPage          parent_instance;

  gint64          id;
  CpPartnership  *partnership;

  GListStore     *parties;
  GListModel     *status_changes;
  GListModel     *agreements;
  GListModel     *projects;
  GListModel     *actors;
  GListModel     *events;
  GListModel     *roles;
  GListModel     *structures;
  GListModel     *needs;

  AdwWindowTitle *window_title;
  GtkStack       *stack;
  AdwActionRow   *kind_row;
  AdwActionRow   *status_row;
  AdwActionRow   *initiative_row;
  AdwActionRow   *motives_row;
  AdwActionRow   *themes_row;
  AdwActionRow   *sector_row;
  AdwActionRow   *first_contact_row;
  AdwActionRow   *agreement_row;
  AdwActionRow   *gap_row;
  GtkLabel       *description_label;
  GtkListBox     *parties_list;
  GtkListBox     *status_list;
  GtkListBox     *agreements_list;
  GtkListBox     *projects_list;
  GtkListBox     *actors_list;
  GtkListBox     *events_list;
  GtkListBox     *roles_list;
  GtkListBox     *role_warnings_list;
  GtkListBox     *structures_list;
  GtkListBox     *needs_list;
  GtkLabel       *note_label;
};

G_DEFINE_FINAL_TYPE (CpPartnershipPage, cp_partnership_page, CP_TYPE_PAGE)

static void
set_value (AdwActionRow *row,
           const char   *value)
{
  gboolean known = value != NULL && *value != '\0';

  adw_action_row_set_subtitle (row, known ? value : _("Not recorded"));
}

static char *
describe_motives (CpPartnership *partnership)
{
  const char * const *motives = cp_partnership_get_motives (partnership);
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; motives != NULL && motives[i] != NULL; i++)
    {
      int motive;
      if (cp_enum_from_nick (CP_TYPE_MOTIVE, motives[i], &motive))
        g_strv_builder_add (labels, cp_motive_to_label (motive));
    }
  list = g_strv_builder_end (labels);
  return g_strjoinv ("; ", list);
}

/* Years from the first contacts to the formal agreement: “Utrecht–León only two
 * years … Alphen and Oudtshoorn show a 40 year time span” (Bontenbal 2009). */
static char *
describe_gap (CpPartnership *partnership)
{
  int from = cp_partial_date_get_year (cp_partnership_get_first_contact (partnership));
  int to = cp_partial_date_get_year (cp_partnership_get_agreement_date (partnership));

  if (from == 0 || to == 0)
    return NULL;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", to - from), to - from);
}

static void
show_overview (CpPartnershipPage *self)
{
  CpPartnership *p = self->partnership;
  g_autofree char *title = cp_partnership_dup_title (p);
  g_autofree char *countries = NULL;
  g_autofree char *status = NULL;
  g_autofree char *since = cp_partial_date_format (cp_partnership_get_status_since (p));
  g_autofree char *motives = describe_motives (p);
  g_autofree char *themes = g_strjoinv (", ", (char **) cp_partnership_get_themes (p));
  g_autofree char *first_contact = NULL;
  g_autofree char *agreement = NULL;
  g_autofree char *gap = describe_gap (p);
  g_autofree char *sector = cp_dac_sector_dup_label (cp_partnership_get_dac_sector (p));
  const char *description = cp_partnership_get_description (p);
  const char *note = cp_partnership_get_note (p);

  g_object_get (p, "countries", &countries, "first-contact-label", &first_contact,
                "agreement-date-label", &agreement, NULL);

  if (*since != '\0')
    /* Translators: a status and the date it began, e.g. “Active since 1985” */
    status = g_strdup_printf (_("%s since %s"), cp_partnership_status_to_label (cp_partnership_get_status (p)), since);
  else
    status = g_strdup (cp_partnership_status_to_label (cp_partnership_get_status (p)));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, countries);
  set_value (self->kind_row, cp_partnership_kind_to_label (cp_partnership_get_kind (p)));
  set_value (self->status_row, status);
  set_value (self->initiative_row, cp_initiative_origin_to_label (cp_partnership_get_initiative_origin (p)));
  set_value (self->motives_row, motives);
  set_value (self->themes_row, themes);
  set_value (self->sector_row, *sector ? sector : C_("sector", "Not given"));
  set_value (self->first_contact_row, first_contact);
  set_value (self->agreement_row, agreement);
  set_value (self->gap_row, gap);

  gtk_label_set_label (self->description_label, *description ? description : _("No description yet."));
  gtk_label_set_label (self->note_label, *note ? note : _("No sources or notes yet."));
}

static GtkWidget *create_record_row (gpointer item,
                                     gpointer user_data);

static void
add_warning (GtkListBox *list,
             const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_widget_add_css_class (row, "warning");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (list, row);
}

/* The study's warnings (Box 6.3; L7849–7860): a partnership needs a coordinator
 * and a political role, and its knowledge should not rest on one person. */
static void
show_role_warnings (CpPartnershipPage *self)
{
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  GtkWidget *child;
  CpRoleCoverage coverage;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->role_warnings_list))) != NULL)
    gtk_list_box_remove (self->role_warnings_list, child);

  cp_key_role_assess (self->roles, today, &coverage);
  if (!coverage.coordinator)
    add_warning (self->role_warnings_list, _("No executive coordinator on record."));
  if (!coverage.political)
    add_warning (self->role_warnings_list, _("No political role on record: the partnership lacks a political champion."));
  if (coverage.n_holders == 1)
    {
      CpStore *store = cp_page_get_store (CP_PAGE (self));
      g_autoptr(CpPerson) person = cp_store_get_person (store, coverage.sole_holder_id, NULL);
      /* Translators: %s is a person's name */
      g_autofree char *text = g_strdup_printf (_("The partnership’s knowledge rests on one person, %s. Record what they know, so that it stays when they leave."),
                                               person ? cp_person_get_name (person) : "?");
      add_warning (self->role_warnings_list, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->role_warnings_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->role_warnings_list)) != NULL);
}

static void
load (CpPartnershipPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GError) error = NULL;
  GPtrArray *parties;

  g_clear_object (&self->partnership);
  if (store != NULL && self->id != 0)
    self->partnership = cp_store_get_partnership (store, self->id, &error);

  if (self->partnership == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      adw_window_title_set_title (self->window_title, "");
      adw_window_title_set_subtitle (self->window_title, "");
      g_list_store_remove_all (self->parties);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "partnership");
  show_overview (self);

  parties = cp_partnership_get_parties (self->partnership);
  g_list_store_splice (self->parties, 0, g_list_model_get_n_items (G_LIST_MODEL (self->parties)),
                       parties->pdata, parties->len);

#define RELOAD(field, list, fn) \
  g_clear_object (&self->field); \
  self->field = fn (store, self->id, NULL); \
  gtk_list_box_bind_model (self->list, self->field, create_record_row, self, NULL)

  RELOAD (status_changes, status_list, cp_store_list_status_changes);
  RELOAD (agreements, agreements_list, cp_store_list_agreements);
  RELOAD (projects, projects_list, cp_store_list_projects);
  RELOAD (actors, actors_list, cp_store_list_actors);
  RELOAD (events, events_list, cp_store_list_timeline_events);
  RELOAD (roles, roles_list, cp_store_list_key_roles);
  RELOAD (structures, structures_list, cp_store_list_consultation_structures);
  RELOAD (needs, needs_list, cp_store_list_needs);
#undef RELOAD

  show_role_warnings (self);
}

/* Rows */

static char *
describe_agreement (CpAgreement *agreement,
                    const char  *today)
{
  const char *signed_on = cp_agreement_get_signed_on (agreement);
  const char *until = cp_agreement_get_valid_until (agreement);
  g_autofree char *signed_label = cp_partial_date_format (signed_on);
  g_autofree char *until_label = cp_partial_date_format (until);
  GString *text = g_string_new (cp_agreement_kind_to_label (cp_agreement_get_kind (agreement)));

  if (*signed_on != '\0')
    g_string_append_printf (text, " · %s", signed_label);
  if (*until != '\0')
    /* Translators: the end of an agreement's validity */
    g_string_append_printf (text, " · %s %s", _("valid until"), until_label);
  if (*signed_on != '\0')
    g_string_append_printf (text, " · %s", cp_agreement_is_in_force (agreement, today) ? _("in force") : _("expired"));
  return g_string_free (text, FALSE);
}

/* “Under way · since 1998 · 43030 Urban development and management · Goals 11, 17” */
static char *
describe_project (CpProject *project)
{
  g_autofree char *period = cp_partial_date_format_period (cp_project_get_starts_on (project),
                                                           cp_project_get_ends_on (project));
  g_autofree char *sector = cp_dac_sector_dup_label (cp_project_get_dac_sector (project));
  g_autofree char *goals = cp_sdg_goals_format (cp_project_get_sdg_goals (project));
  GString *text = g_string_new (cp_activity_status_to_label (cp_project_get_status (project)));

  if (*period != '\0')
    g_string_append_printf (text, " · %s", period);
  if (*sector != '\0')
    g_string_append_printf (text, " · %s", sector);
  if (*goals != '\0')
    {
      g_string_append (text, " · ");
      /* Translators: the Sustainable Development Goals a project serves, “Goals 11, 17” */
      g_string_append_printf (text, _("Goals %s"), goals);
    }
  return g_string_free (text, FALSE);
}

/* 79000 → “79,000” or “79.000”, as the locale groups digits. */
static char *
format_whole_number (gint64 n)
{
  const char *separator = localeconv ()->thousands_sep;
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, n);
  GString *text = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0 && separator != NULL)
        g_string_append (text, separator);
      g_string_append_c (text, digits[i]);
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
create_record_row (gpointer item,
                   gpointer user_data)
{
  CpPartnershipPage *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (CP_IS_MUNICIPALITY (item))
    {
      CpMunicipality *m = item;
      const char *code = cp_municipality_get_country (m);

      title = g_strdup (cp_municipality_get_name (m));
      if (cp_municipality_get_population (m) > 0)
        {
          g_autofree char *population = format_whole_number (cp_municipality_get_population (m));

          /* Translators: flag, country, population and its year, e.g. “🇵🇪 Peru · 400,000 inhabitants (2006)” */
          subtitle = g_strdup_printf (_("%s %s · %s inhabitants (%d)"),
                                      cp_country_get_flag (code), cp_country_get_name (code),
                                      population, cp_municipality_get_population_year (m));
        }
      else
        subtitle = g_strdup_printf ("%s %s", cp_country_get_flag (code), cp_country_get_name (code));
    }
  else if (CP_IS_STATUS_CHANGE (item))
    {
      title = g_strdup (cp_partnership_status_to_label (cp_status_change_get_status (item)));
      subtitle = cp_partial_date_format (cp_status_change_get_since (item));
    }
  else if (CP_IS_AGREEMENT (item))
    {
      g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));

      title = g_strdup (cp_agreement_get_title (item));
      subtitle = describe_agreement (item, today);
    }
  else if (CP_IS_ACTOR (item))
    {
      title = g_strdup (cp_actor_get_name (item));
      subtitle = g_strdup_printf ("%s · %s", cp_actor_category_to_label (cp_actor_get_category (item)),
                                  cp_actor_role_to_label (cp_actor_get_role (item)));
    }
  else if (CP_IS_TIMELINE_EVENT (item))
    {
      title = g_strdup (cp_timeline_event_get_title (item));
      subtitle = cp_partial_date_format (cp_timeline_event_get_date (item));
    }
  else if (CP_IS_KEY_ROLE (item))
    {
      CpStore *store = cp_page_get_store (CP_PAGE (self));
      g_autoptr(CpPerson) person = cp_store_get_person (store, cp_key_role_get_person_id (item), NULL);
      g_autofree char *period = cp_partial_date_format_period (cp_key_role_get_starts_on (item), cp_key_role_get_ends_on (item));

      title = g_strdup (cp_key_role_kind_to_label (cp_key_role_get_role (item)));
      subtitle = *period ? g_strdup_printf ("%s · %s", person ? cp_person_get_name (person) : "?", period)
                         : g_strdup (person ? cp_person_get_name (person) : "?");
    }
  else if (CP_IS_CONSULTATION_STRUCTURE (item))
    {
      GPtrArray *members = cp_consultation_structure_get_members (item);
      g_auto(GStrv) departments = cp_consultation_structure_dup_departments (item);
      guint n_members = members ? members->len : 0;
      guint n_departments = g_strv_length (departments);
      int held = cp_consultation_structure_get_meetings_held (item);
      int cancelled = cp_consultation_structure_get_meetings_cancelled (item);
      g_autofree char *who = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members", n_members), n_members);
      g_autofree char *where = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u department", "%u departments", n_departments), n_departments);
      g_autofree char *meetings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d meeting held", "%d meetings held", held), held);
      g_autofree char *off = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d cancelled", "%d cancelled", cancelled), cancelled);

      title = g_strdup (cp_consultation_structure_get_name (item));
      /* Translators: e.g. “13 members · 5 departments · 8 meetings held, 1 cancelled” */
      subtitle = g_strdup_printf (_("%s · %s · %s, %s"), who, where, meetings, off);
    }
  else if (CP_IS_PROJECT (item))
    {
      title = g_strdup (cp_project_get_title (item));
      subtitle = describe_project (item);
    }
  else if (CP_IS_NEED (item))
    {
      g_autofree char *period = cp_partial_date_format_period (cp_need_get_starts_on (item), cp_need_get_ends_on (item));

      title = g_strdup (cp_need_get_description (item));
      subtitle = *period ? g_strdup_printf ("%s · %s", cp_need_status_to_label (cp_need_get_status (item)), period)
                         : g_strdup (cp_need_status_to_label (cp_need_get_status (item)));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  g_object_set_data_full (G_OBJECT (row), "cp-record", g_object_ref (item), g_object_unref);

  if (!CP_IS_STATUS_CHANGE (item))
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }

  if (!CP_IS_MUNICIPALITY (item))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), cp_page_new_delete_button (CP_PAGE (self), CP_RECORD (item), title));
  return row;
}

static void
on_row_activated (GtkListBox        *list,
                  GtkListBoxRow     *row,
                  CpPartnershipPage *self)
{
  CpRecord *record = g_object_get_data (G_OBJECT (row), "cp-record");

  if (record != NULL && !CP_IS_STATUS_CHANGE (record))
    cp_page_edit_record (CP_PAGE (self), record);
}

/* Actions */

static void
edit_partnership (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CpPartnershipPage *self = CP_PARTNERSHIP_PAGE (widget);

  if (self->partnership != NULL)
    cp_page_edit_record (CP_PAGE (self), CP_RECORD (self->partnership));
}

static void
delete_partnership (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CpPartnershipPage *self = CP_PARTNERSHIP_PAGE (widget);

  if (self->id != 0)
    gtk_widget_activate_action (widget, "partnerships.delete", "x", self->id);
}

static void
add_record (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CpPartnershipPage *self = CP_PARTNERSHIP_PAGE (widget);
  const char *kind = g_variant_get_string (param, NULL);
  g_autoptr(CpRecord) record = NULL;

  if (self->id == 0)
    return;

  if (g_str_equal (kind, "agreement"))
    record = CP_RECORD (cp_agreement_new (self->id));
  else if (g_str_equal (kind, "actor"))
    record = CP_RECORD (cp_actor_new (self->id));
  else if (g_str_equal (kind, "event"))
    record = CP_RECORD (cp_timeline_event_new (self->id));
  else if (g_str_equal (kind, "role"))
    record = CP_RECORD (cp_key_role_new (self->id));
  else if (g_str_equal (kind, "project"))
    record = CP_RECORD (cp_project_new (self->id));
  else if (g_str_equal (kind, "structure"))
    record = CP_RECORD (cp_consultation_structure_new (self->id));
  else if (g_str_equal (kind, "need"))
    {
      GPtrArray *parties = cp_partnership_get_parties (self->partnership);

      record = CP_RECORD (cp_need_new (self->id));
      /* Most often the partner in the South asks: the last party. */
      if (parties != NULL && parties->len > 0)
        g_object_set (record, "requested-by-id", cp_record_get_id (g_ptr_array_index (parties, parties->len - 1)), NULL);
    }
  else
    g_return_if_reached ();

  cp_page_edit_record (CP_PAGE (self), record);
}

/* Plumbing */

static void
cp_partnership_page_data_changed (CpPage *page)
{
  CpPartnershipPage *self = CP_PARTNERSHIP_PAGE (page);

  load (self);
}

static void
cp_partnership_page_workspace_changed (CpPage *page)
{
  CpPartnershipPage *self = CP_PARTNERSHIP_PAGE (page);

  self->id = 0;
  load (self);
}

void
cp_partnership_page_set_partnership_id (CpPartnershipPage *self,
                                        gint64             id)
{
  g_return_if_fail (CP_IS_PARTNERSHIP_PAGE (self));

  self->id = id;
  load (self);
}

CpPartnership *
cp_partnership_page_get_partnership (CpPartnershipPage *self)
{
  g_return_val_if_fail (CP_IS_PARTNERSHIP_PAGE (self), NULL);

  return self->partnership;
}

static void
cp_partnership_page_dispose (GObject *object)
{
  CpPartnershipPage *self = CP_PARTNERSHIP_PAGE (object);

  g_clear_object (&self->partnership);
  g_clear_object (&self->parties);
  g_clear_object (&self->status_changes);
  g_clear_object (&self->agreements);
  g_clear_object (&self->projects);
  g_clear_object (&self->actors);
  g_clear_object (&self->events);
  g_clear_object (&self->roles);
  g_clear_object (&self->structures);
  g_clear_object (&self->needs);

  G_OBJECT_CLASS (cp_partnership_page_parent_class)->dispose (object);
}

static void
cp_partnership_page_class_init (CpPartnershipPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CpPageClass *page_class = CP_PAGE_CLASS (klass);

  object_class->dispose = cp_partnership_page_dispose;
  page_class->workspace_changed = cp_partnership_page_workspace_changed;
  page_class->data_changed = cp_partnership_page_data_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-partnership-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, initiative_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, motives_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, themes_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, sector_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, first_contact_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, agreement_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, gap_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, parties_list);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, status_list);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, agreements_list);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, projects_list);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, actors_list);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, events_list);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, roles_list);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, role_warnings_list);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, structures_list);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, needs_list);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipPage, note_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "partnership.edit", NULL, edit_partnership);
  gtk_widget_class_install_action (widget_class, "partnership.delete", NULL, delete_partnership);
  gtk_widget_class_install_action (widget_class, "partnership.add", "s", add_record);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "partnership.edit", NULL);
}

static void
cp_partnership_page_init (CpPartnershipPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->parties = g_list_store_new (CP_TYPE_MUNICIPALITY);
  gtk_list_box_bind_model (self->parties_list, G_LIST_MODEL (self->parties), create_record_row, self, NULL);
}
