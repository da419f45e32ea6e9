/* cp-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-country.h"
#include "core/cp-eligibility.h"
#include "core/cp-iati-codes.h"
#include "core/cp-enums.h"
#include "core/cp-language.h"
#include "core/cp-money.h"
#include "core/cp-person.h"
#include "core/cp-validate.h"
#include "cp-form.h"

typedef struct
{
  CpForm     *form;
  GtkWidget  *anchor;       /* the row the user edits */
  GtkWidget  *message_row;  /* made when first needed: a row, or a line below a text view */
  GtkLabel   *message_label; /* in that line */
  GParamSpec *pspec;
  char       *parse_error;  /* the text typed cannot be read as the property's type */
  gboolean    touched;
  CpFormCheck check;
  gpointer    check_data;
  GDestroyNotify check_destroy;

  /* Money: its currency is the record's currency_property, or the fixed currency. */
  char       *currency_property;
  char       *currency;
  gboolean    optional;     /* empty stores the property's default */
} Field;

struct _CpForm
{
  GObject    parent_instance;

  CpRecord  *record;
  GPtrArray *fields;
  gboolean   show_all;
  gboolean   valid;
};

G_DEFINE_FINAL_TYPE (CpForm, cp_form, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
field_free (gpointer data)
{
  Field *field = data;

  if (field->check_destroy != NULL)
    field->check_destroy (field->check_data);
  g_free (field->parse_error);
  g_free (field->currency_property);
  g_free (field->currency);
  g_free (field);
}

/* A text view sits in a frame, not in a list: its message is a line of its own
 * right after the frame. */
static void
add_message_line (Field *field)
{
  GtkWidget *host = field->anchor;
  GtkWidget *icon;
  GtkWidget *label;

  while (gtk_widget_get_parent (host) != NULL && !GTK_IS_BOX (gtk_widget_get_parent (host)))
    host = gtk_widget_get_parent (host);
  if (gtk_widget_get_parent (host) == NULL)
    return;

  field->message_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (field->message_row, 6);
  gtk_widget_set_margin_start (field->message_row, 12);
  gtk_widget_add_css_class (field->message_row, "error");
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (field->message_row), icon);
  gtk_box_append (GTK_BOX (field->message_row), label);
  field->message_label = GTK_LABEL (label);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (host)), field->message_row, host);
}

/* Shows @message below the field, or hides it when NULL. */
static void
show_message (Field      *field,
              const char *message)
{
  GtkWidget *parent = gtk_widget_get_parent (field->anchor);

  if (message != NULL)
    gtk_widget_add_css_class (field->anchor, "error");
  else
    gtk_widget_remove_css_class (field->anchor, "error");

  if (message == NULL)
    {
      if (field->message_row != NULL)
        gtk_widget_set_visible (field->message_row, FALSE);
      return;
    }

  if (field->message_row == NULL && GTK_IS_LIST_BOX (parent))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      field->message_row = adw_action_row_new ();
      adw_action_row_set_title_lines (ADW_ACTION_ROW (field->message_row), 0);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (field->message_row), FALSE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (field->message_row), icon);
      gtk_widget_add_css_class (field->message_row, "error");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (field->message_row), FALSE);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (field->message_row), FALSE);
      gtk_list_box_insert (GTK_LIST_BOX (parent), field->message_row,
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (field->anchor)) + 1);
    }
  else if (field->message_row == NULL && GTK_IS_TEXT_VIEW (field->anchor))
    add_message_line (field);

  if (field->message_label != NULL)
    gtk_label_set_label (field->message_label, message);
  else if (field->message_row != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->message_row), message);
  if (field->message_row != NULL)
    gtk_widget_set_visible (field->message_row, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field->anchor),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
}

/* Re-checks every field: a rule may tie two fields (an end before a start). */
static void
refresh (CpForm *self)
{
  gboolean valid = TRUE;

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      g_autoptr(GError) error = NULL;
      const char *message = field->parse_error;

      if (message == NULL &&
          !CP_RECORD_GET_CLASS (self->record)->validate_property (self->record, field->pspec, &error))
        message = error->message;
      if (message == NULL && field->check != NULL && !field->check (self->record, field->check_data, &error))
        message = error->message;

      if (message != NULL)
        valid = FALSE;
      show_message (field, (field->touched || self->show_all) ? message : NULL);
    }

  /* Fields that have no row of their own still count. */
  valid = valid && cp_record_validate (self->record, NULL);

  if (valid != self->valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

static Field *
add_field (CpForm     *self,
           GtkWidget  *anchor,
           const char *property)
{
  Field *field = g_new0 (Field, 1);

  field->form = self;
  field->anchor = anchor;
  field->pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->record), property);
  g_assert (field->pspec != NULL);
  g_ptr_array_add (self->fields, field);
  return field;
}

static void
field_changed (Field *field)
{
  field->touched = TRUE;
  refresh (field->form);
}

/* Text */

static void
on_text_changed (GtkEditable *editable,
                 Field       *field)
{
  /* Stray spaces around a name or a date are not part of it; the entry keeps
   * them as typed. */
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  g_object_set (field->form->record, field->pspec->name, text, NULL);
  field_changed (field);
}

void
cp_form_bind_text (CpForm      *self,
                   AdwEntryRow *row,
                   const char  *property)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  const char *text = cp_record_get_string (self->record, property);

  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  g_signal_connect (row, "changed", G_CALLBACK (on_text_changed), field);
}

/* Numbers */

static gboolean
parse_whole_number (const char *text,
                    gint64     *out)
{
  g_autoptr(GString) digits = g_string_new (NULL);

  /* Group separators differ by language (79,000 / 79.000 / 79 000); a whole
   * number has no decimals, so they can all be dropped. */
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '.' || c == ',' || c == '\'' || g_unichar_isspace (c) || c == 0x2019)
        continue;
      g_string_append_unichar (digits, c);
    }
  if (digits->len == 0)
    {
      *out = 0;
      return TRUE;
    }
  return g_ascii_string_to_signed (digits->str, 10, G_MININT64, G_MAXINT64, out, NULL);
}

/* The whole number in an int or int64 @pspec of @record. */
static gint64
get_whole_number (CpRecord   *record,
                  GParamSpec *pspec)
{
  return G_IS_PARAM_SPEC_INT (pspec) ? cp_record_get_int (record, pspec->name)
                                     : cp_record_get_int64 (record, pspec->name);
}

static void
set_whole_number (Field  *field,
                  gint64  n)
{
  if (G_IS_PARAM_SPEC_INT (field->pspec))
    g_object_set (field->form->record, field->pspec->name, (int) n, NULL);
  else
    g_object_set (field->form->record, field->pspec->name, n, NULL);
}

static void
whole_number_range (GParamSpec *pspec,
                    gint64     *min,
                    gint64     *max)
{
  if (G_IS_PARAM_SPEC_INT (pspec))
    {
      *min = G_PARAM_SPEC_INT (pspec)->minimum;
      *max = G_PARAM_SPEC_INT (pspec)->maximum;
    }
  else
    {
      *min = G_PARAM_SPEC_INT64 (pspec)->minimum;
      *max = G_PARAM_SPEC_INT64 (pspec)->maximum;
    }
}

static gint64
whole_number_default (GParamSpec *pspec)
{
  return G_IS_PARAM_SPEC_INT (pspec) ? G_PARAM_SPEC_INT (pspec)->default_value
                                     : G_PARAM_SPEC_INT64 (pspec)->default_value;
}

/* A count stores its default (-1, “not known”) when empty; a number, 0. */
static void
on_number_changed (GtkEditable *editable,
                   Field       *field)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  gint64 n, min, max;

  g_clear_pointer (&field->parse_error, g_free);
  whole_number_range (field->pspec, &min, &max);
  /* A count below zero is not a count; its minimum only makes room for “not known”. */
  if (field->optional)
    min = MAX (min, 0);

  if (field->optional && *text == '\0')
    set_whole_number (field, whole_number_default (field->pspec));
  else if (!parse_whole_number (text, &n))
    field->parse_error = g_strdup (_("Enter a whole number, such as 79000."));
  else if (field->optional && n < min)
    field->parse_error = g_strdup (_("Enter 0 or more, or leave it empty when it is not known."));
  else if (n < min || n > max)
    {
      g_autofree char *from = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *to = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      /* Translators: the lowest and the highest number the field takes, “0”, “9999” */
      field->parse_error = g_strdup_printf (_("Enter a whole number from %s to %s."), from, to);
    }
  else
    set_whole_number (field, n);
  field_changed (field);
}

static void
bind_whole_number (CpForm      *self,
                   AdwEntryRow *row,
                   const char  *property,
                   gboolean     optional)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  gint64 n = get_whole_number (self->record, field->pspec);
  /* Empty is what the property holds when nothing was typed: 0, or a count's -1. */
  gboolean empty = optional ? n == whole_number_default (field->pspec) && n < 0 : n == 0;
  g_autofree char *text = empty ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, n);

  g_assert (G_IS_PARAM_SPEC_INT (field->pspec) || G_IS_PARAM_SPEC_INT64 (field->pspec));
  field->optional = optional;
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_entry_row_set_input_purpose (row, GTK_INPUT_PURPOSE_NUMBER);
  g_signal_connect (row, "changed", G_CALLBACK (on_number_changed), field);
}

void
cp_form_bind_number (CpForm      *self,
                     AdwEntryRow *row,
                     const char  *property)
{
  bind_whole_number (self, row, property, FALSE);
}

void
cp_form_bind_count (CpForm      *self,
                    AdwEntryRow *row,
                    const char  *property)
{
  bind_whole_number (self, row, property, TRUE);
}

/* Countries */

static void
on_country_changed (GtkEditable *editable,
                    Field       *field)
{
  g_autofree char *code = g_utf8_strup (gtk_editable_get_text (editable), -1);
  GtkLabel *name = g_object_get_data (G_OBJECT (field->anchor), "cp-country-name");

  g_strstrip (code);
  g_object_set (field->form->record, field->pspec->name, code, NULL);
  if (cp_country_is_known (code))
    {
      g_autofree char *label = g_strdup_printf ("%s %s", cp_country_get_flag (code), cp_country_get_name (code));
      gtk_label_set_label (name, label);
    }
  else
    gtk_label_set_label (name, "");
  field_changed (field);
}

void
cp_form_bind_country (CpForm      *self,
                      AdwEntryRow *row,
                      const char  *property)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  GtkWidget *name = gtk_label_new (NULL);

  gtk_widget_add_css_class (name, "dim-label");
  adw_entry_row_add_suffix (row, name);
  g_object_set_data (G_OBJECT (row), "cp-country-name", name);
  g_signal_connect (row, "changed", G_CALLBACK (on_country_changed), field);
  gtk_editable_set_text (GTK_EDITABLE (row), cp_record_get_string (self->record, property));
  field->touched = FALSE;
}

/* Enumerations */

static void
on_enum_selected (AdwComboRow *row,
                  GParamSpec  *pspec,
                  Field       *field)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GEnumClass) klass = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (field->pspec));

  if (selected < klass->n_values)
    g_object_set (field->form->record, field->pspec->name, klass->values[selected].value, NULL);
  field_changed (field);
}

void
cp_form_bind_enum (CpForm      *self,
                   AdwComboRow *row,
                   const char  *property)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  GType type = G_PARAM_SPEC_VALUE_TYPE (field->pspec);
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  int current = cp_record_get_enum (self->record, property);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, cp_enum_to_label (type, klass->values[i].value));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value == current)
      adw_combo_row_set_selected (row, i);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_enum_selected), field);
}

/* Switches */

void
cp_form_bind_switch (CpForm     *self,
                     GtkSwitch  *widget,
                     const char *property)
{
  g_object_bind_property (self->record, property, widget, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}

/* Multi-line text */

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   Field         *field)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_object_set (field->form->record, field->pspec->name, text, NULL);
  field_changed (field);
}

void
cp_form_bind_text_view (CpForm      *self,
                        GtkTextView *view,
                        const char  *property)
{
  Field *field = add_field (self, GTK_WIDGET (view), property);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  const char *text = cp_record_get_string (self->record, property);

  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed), field);
}

/* Word lists */

static void
on_words_changed (GtkEditable *editable,
                  Field       *field)
{
  g_auto(GStrv) parts = g_strsplit_set (gtk_editable_get_text (editable), ",;", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  words = g_strv_builder_end (builder);
  g_object_set (field->form->record, field->pspec->name, words, NULL);
  field_changed (field);
}

void
cp_form_bind_word_list (CpForm      *self,
                        AdwEntryRow *row,
                        const char  *property)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  const char * const *words = cp_record_get_strv (self->record, property);
  g_autofree char *text = words ? g_strjoinv (", ", (char **) words) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_connect (row, "changed", G_CALLBACK (on_words_changed), field);
}

/* Codes and money */

static void
on_code_changed (GtkEditable *editable,
                 Field       *field)
{
  g_autofree char *code = g_utf8_strup (gtk_editable_get_text (editable), -1);

  g_object_set (field->form->record, field->pspec->name, g_strstrip (code), NULL);
  field_changed (field);
}

void
cp_form_bind_code (CpForm      *self,
                   AdwEntryRow *row,
                   const char  *property)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);

  gtk_editable_set_text (GTK_EDITABLE (row), cp_record_get_string (self->record, property));
  g_signal_connect (row, "changed", G_CALLBACK (on_code_changed), field);
}

static const char *
money_currency (Field *field)
{
  if (field->currency_property != NULL)
    return cp_record_get_string (field->form->record, field->currency_property);
  return field->currency;
}

static void
parse_money (Field *field)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->anchor))));
  g_autoptr(GError) error = NULL;
  gint64 minor;

  g_clear_pointer (&field->parse_error, g_free);
  if (field->optional && *text == '\0')
    g_object_set (field->form->record, field->pspec->name,
                  G_PARAM_SPEC_INT64 (field->pspec)->default_value, NULL);
  else if (cp_money_parse (text, money_currency (field), &minor, &error))
    g_object_set (field->form->record, field->pspec->name, minor, NULL);
  else
    field->parse_error = g_strdup (error->message);
}

static void
on_money_changed (GtkEditable *editable,
                  Field       *field)
{
  parse_money (field);
  field_changed (field);
}

/* The same digits mean another amount in a currency with other decimals. */
static void
on_money_currency_changed (CpRecord   *record,
                           GParamSpec *pspec,
                           Field      *field)
{
  parse_money (field);
  refresh (field->form);
}

/* What every money binding shares: the amount is shown in its currency's notation
 * when the record has been saved (or, when optional, has a value other than the
 * default); a new record's empty row is read at once, so that a required amount
 * counts as missing. */
static void
bind_money (CpForm      *self,
            AdwEntryRow *row,
            const char  *property,
            const char  *currency_property,
            const char  *currency,
            gboolean     optional)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  gint64 amount = cp_record_get_int64 (self->record, property);
  g_autofree char *text = NULL;

  g_assert (G_IS_PARAM_SPEC_INT64 (field->pspec));
  field->currency_property = g_strdup (currency_property);
  field->currency = g_strdup (currency);
  field->optional = optional;

  if (optional ? amount != G_PARAM_SPEC_INT64 (field->pspec)->default_value
               : cp_record_get_id (self->record) != 0)
    text = cp_money_format_amount (amount, money_currency (field));
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_entry_row_set_input_purpose (row, GTK_INPUT_PURPOSE_NUMBER);
  if (text == NULL)
    parse_money (field);
  g_signal_connect (row, "changed", G_CALLBACK (on_money_changed), field);
  if (currency_property != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", currency_property, NULL);
      g_signal_connect (self->record, signal, G_CALLBACK (on_money_currency_changed), field);
    }
}

void
cp_form_bind_money (CpForm      *self,
                    AdwEntryRow *row,
                    const char  *property,
                    const char  *currency_property)
{
  bind_money (self, row, property, currency_property, NULL, FALSE);
}

void
cp_form_bind_optional_money (CpForm      *self,
                             AdwEntryRow *row,
                             const char  *property,
                             const char  *currency_property)
{
  bind_money (self, row, property, currency_property, NULL, TRUE);
}

void
cp_form_bind_money_in (CpForm      *self,
                       AdwEntryRow *row,
                       const char  *property,
                       const char  *currency)
{
  bind_money (self, row, property, NULL, currency, FALSE);
}

/* Exchange rates */

/* Whether @record's rate converts anything. A record with a base currency of its
 * own needs none while that is empty or the same as its currency; a cost line's
 * base currency is the ledger's, which it does not know. */
static gboolean
needs_conversion (CpRecord *record)
{
  const char *base;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (record), "base-currency") == NULL)
    return TRUE;
  base = cp_record_get_string (record, "base-currency");
  return *base != '\0' && g_strcmp0 (base, cp_record_get_string (record, "currency")) != 0;
}

static void
parse_rate (Field *field)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->anchor))));
  g_autoptr(GError) error = NULL;
  gint64 micro;

  g_clear_pointer (&field->parse_error, g_free);
  if (*text != '\0' && !cp_rate_parse (text, &micro, &error))
    {
      field->parse_error = g_strdup (error->message);
      return;
    }
  /* Empty is “not given”, for the record to refuse where a rate is needed; where
   * none is (one currency), it is 1. */
  if (*text == '\0')
    micro = needs_conversion (field->form->record) ? 0 : CP_RATE_ONE;
  g_object_set (field->form->record, field->pspec->name, micro, NULL);
}

static void
on_rate_changed (GtkEditable *editable,
                 Field       *field)
{
  parse_rate (field);
  field_changed (field);
}

static void
on_rate_currency_changed (CpRecord   *record,
                          GParamSpec *pspec,
                          Field      *field)
{
  parse_rate (field);
  refresh (field->form);
}

void
cp_form_bind_rate (CpForm      *self,
                   AdwEntryRow *row,
                   const char  *property)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  gint64 rate = cp_record_get_int64 (self->record, property);
  g_autofree char *text = NULL;

  /* A new record's rate is a default, not a rate anyone gave. */
  if (rate > 0 && needs_conversion (self->record) &&
      (cp_record_get_id (self->record) != 0 || rate != G_PARAM_SPEC_INT64 (field->pspec)->default_value))
    text = cp_rate_format (rate);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_entry_row_set_input_purpose (row, GTK_INPUT_PURPOSE_NUMBER);
  parse_rate (field);
  g_signal_connect (row, "changed", G_CALLBACK (on_rate_changed), field);
  g_signal_connect (self->record, "notify::currency", G_CALLBACK (on_rate_currency_changed), field);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (self->record), "base-currency") != NULL)
    g_signal_connect (self->record, "notify::base-currency", G_CALLBACK (on_rate_currency_changed), field);
}

/* Eligible countries */

static void
on_eligibility_changed (GtkEditable *editable,
                        Field       *field)
{
  g_auto(GStrv) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&field->parse_error, g_free);
  if (cp_eligibility_parse (gtk_editable_get_text (editable), &entries, &error))
    g_object_set (field->form->record, field->pspec->name, entries, NULL);
  else
    field->parse_error = g_strdup (error->message);
  field_changed (field);
}

void
cp_form_bind_eligibility (CpForm      *self,
                          AdwEntryRow *row,
                          const char  *property)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  g_autofree char *text = cp_eligibility_format (cp_record_get_strv (self->record, property));

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_connect (row, "changed", G_CALLBACK (on_eligibility_changed), field);
}

/* Language skills */

static void
on_language_skills_changed (GtkEditable *editable,
                            Field       *field)
{
  g_auto(GStrv) skills = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&field->parse_error, g_free);
  if (cp_language_skills_parse (gtk_editable_get_text (editable), &skills, &error))
    g_object_set (field->form->record, field->pspec->name, skills, NULL);
  else
    field->parse_error = g_strdup (error->message);
  field_changed (field);
}

void
cp_form_bind_language_skills (CpForm      *self,
                              AdwEntryRow *row,
                              const char  *property)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  g_autofree char *text = cp_language_skills_format (cp_record_get_strv (self->record, property), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_connect (row, "changed", G_CALLBACK (on_language_skills_changed), field);
}

/* Sustainable Development Goals, typed as “11, 17” */

static void
on_sdg_goals_changed (GtkEditable *editable,
                      Field       *field)
{
  g_auto(GStrv) goals = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&field->parse_error, g_free);
  if (cp_sdg_goals_parse (gtk_editable_get_text (editable), &goals, &error))
    g_object_set (field->form->record, field->pspec->name, goals, NULL);
  else
    field->parse_error = g_strdup (error->message);
  field_changed (field);
}

void
cp_form_bind_sdg_goals (CpForm      *self,
                        AdwEntryRow *row,
                        const char  *property)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  g_autofree char *text = cp_sdg_goals_format (cp_record_get_strv (self->record, property));

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_connect (row, "changed", G_CALLBACK (on_sdg_goals_changed), field);
}

/* An OECD-DAC sector from the list, or none */

static void
on_sector_selected (AdwComboRow *row,
                    GParamSpec  *pspec,
                    Field       *field)
{
  GStrv codes = g_object_get_data (G_OBJECT (row), "cp-codes");
  guint selected = adw_combo_row_get_selected (row);

  if (selected < g_strv_length (codes))
    g_object_set (field->form->record, field->pspec->name, codes[selected], NULL);
  field_changed (field);
}

void
cp_form_bind_dac_sector (CpForm      *self,
                         AdwComboRow *row,
                         const char  *property)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  const char *current = cp_record_get_string (self->record, property);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  guint selected = 0;

  gtk_string_list_append (labels, C_("sector", "Not given"));
  g_strv_builder_add (codes, "");
  for (guint i = 0; i < cp_dac_sector_count (); i++)
    {
      const char *code = cp_dac_sector_code (i);
      g_autofree char *label = cp_dac_sector_dup_label (code);

      if (g_str_equal (code, current))
        selected = i + 1;
      gtk_string_list_append (labels, label);
      g_strv_builder_add (codes, code);
    }
  /* A code this version does not offer stays as it is, and the check says so. */
  if (selected == 0 && *current != '\0')
    {
      selected = cp_dac_sector_count () + 1;
      gtk_string_list_append (labels, current);
      g_strv_builder_add (codes, current);
    }
  g_object_set_data_full (G_OBJECT (row), "cp-codes", g_strv_builder_end (codes), (GDestroyNotify) g_strfreev);
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, selected);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_sector_selected), field);
}

/* Choosing among values: a record's id, or a fact's yes, no or not known */

static void
on_choice_selected (AdwComboRow *row,
                    GParamSpec  *pspec,
                    Field       *field)
{
  GArray *values = g_object_get_data (G_OBJECT (row), "cp-values");
  guint selected = adw_combo_row_get_selected (row);

  if (selected < values->len)
    set_whole_number (field, g_array_index (values, gint64, selected));
  field_changed (field);
}

/* Shows @labels in @row, item i standing for @values[i] (taken) of the whole-number
 * @property. With @take_first, a property still 0 starts on the first value, as a
 * required choice does. */
static void
bind_values (CpForm        *self,
             AdwComboRow   *row,
             const char    *property,
             GtkStringList *labels,
             GArray        *values,
             gboolean       take_first)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  gint64 current = get_whole_number (self->record, field->pspec);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < values->len && selected == GTK_INVALID_LIST_POSITION; i++)
    if (g_array_index (values, gint64, i) == current)
      selected = i;
  g_object_set_data_full (G_OBJECT (row), "cp-values", values, (GDestroyNotify) g_array_unref);
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, selected != GTK_INVALID_LIST_POSITION ? selected : 0);
  if (take_first && current == 0 && values->len > 0)
    set_whole_number (field, g_array_index (values, gint64, 0));
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_choice_selected), field);
}

void
cp_form_bind_tri_state (CpForm      *self,
                        AdwComboRow *row,
                        const char  *property)
{
  static const gint64 facts[] = { -1, 1, 0 };
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GArray *values = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_string_list_append (labels, C_("fact", "Unknown"));
  gtk_string_list_append (labels, C_("fact", "Yes"));
  gtk_string_list_append (labels, C_("fact", "No"));
  g_array_append_vals (values, facts, G_N_ELEMENTS (facts));
  bind_values (self, row, property, labels, values, FALSE);
}

void
cp_form_bind_choice_full (CpForm          *self,
                          AdwComboRow     *row,
                          const char      *property,
                          GListModel      *records,
                          CpFormLabelFunc  label_func,
                          gpointer         user_data,
                          const char      *none_label)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (none_label != NULL)
    {
      gint64 none = 0;
      gtk_string_list_append (labels, none_label);
      g_array_append_val (ids, none);
    }
  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(CpRecord) record = g_list_model_get_item (records, i);
      g_autofree char *label = label_func (record, user_data);
      gint64 id = cp_record_get_id (record);

      gtk_string_list_append (labels, label);
      g_array_append_val (ids, id);
    }
  /* A required choice starts on the first record. */
  bind_values (self, row, property, labels, ids, none_label == NULL);
}

static char *
dup_label_property (CpRecord *record,
                    gpointer  label_property)
{
  char *label = NULL;

  g_object_get (record, label_property, &label, NULL);
  return label;
}

void
cp_form_bind_choice (CpForm      *self,
                     AdwComboRow *row,
                     const char  *property,
                     GListModel  *records,
                     const char  *label_property,
                     const char  *none_label)
{
  cp_form_bind_choice_full (self, row, property, records, dup_label_property, (gpointer) label_property, none_label);
}

static void
on_person_selected (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    Field       *field)
{
  CpRecord *person = gtk_drop_down_get_selected_item (dropdown);

  g_object_set (field->form->record, field->pspec->name, person ? cp_record_get_id (person) : (gint64) 0, NULL);
  field_changed (field);
}

void
cp_form_bind_person (CpForm       *self,
                     AdwActionRow *row,
                     GtkDropDown  *dropdown,
                     const char   *property,
                     GListModel   *people)
{
  Field *field = add_field (self, GTK_WIDGET (row), property);
  gint64 current = cp_record_get_int64 (self->record, property);
  GtkExpression *name = gtk_property_expression_new (CP_TYPE_PERSON, NULL, "name");

  gtk_drop_down_set_expression (dropdown, name);
  gtk_drop_down_set_enable_search (dropdown, TRUE);
  gtk_drop_down_set_model (dropdown, people);
  gtk_drop_down_set_selected (dropdown, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CpRecord) person = g_list_model_get_item (people, i);
      if (cp_record_get_id (person) == current)
        {
          gtk_drop_down_set_selected (dropdown, i);
          break;
        }
    }
  gtk_expression_unref (name);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_person_selected), field);
}

/* Values set by the caller */

static void
on_watched_notify (CpRecord   *record,
                   GParamSpec *pspec,
                   Field      *field)
{
  field_changed (field);
}

void
cp_form_watch (CpForm     *self,
               GtkWidget  *anchor,
               const char *property)
{
  Field *field = add_field (self, anchor, property);
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  g_signal_connect (self->record, signal, G_CALLBACK (on_watched_notify), field);
}

void
cp_form_add_check (CpForm         *self,
                   const char     *property,
                   CpFormCheck     check,
                   gpointer        user_data,
                   GDestroyNotify  destroy)
{
  g_return_if_fail (CP_IS_FORM (self));

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_str_equal (field->pspec->name, property))
        {
          field->check = check;
          field->check_data = user_data;
          field->check_destroy = destroy;
          refresh (self);
          return;
        }
    }
  g_return_if_reached ();
}

/* The form */

gboolean
cp_form_check_all (CpForm *self)
{
  g_return_val_if_fail (CP_IS_FORM (self), FALSE);

  self->show_all = TRUE;
  refresh (self);

  for (guint i = 0; i < self->fields->len && !self->valid; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      if (field->message_row != NULL && gtk_widget_get_visible (field->message_row))
        {
          gtk_widget_grab_focus (field->anchor);
          break;
        }
    }
  return self->valid;
}

gboolean
cp_form_get_valid (CpForm *self)
{
  g_return_val_if_fail (CP_IS_FORM (self), FALSE);

  return self->valid;
}

CpRecord *
cp_form_get_record (CpForm *self)
{
  g_return_val_if_fail (CP_IS_FORM (self), NULL);

  return self->record;
}

static void
cp_form_dispose (GObject *object)
{
  CpForm *self = CP_FORM (object);

  for (guint i = 0; self->record != NULL && self->fields != NULL && i < self->fields->len; i++)
    g_signal_handlers_disconnect_by_data (self->record, g_ptr_array_index (self->fields, i));
  g_clear_object (&self->record);
  g_clear_pointer (&self->fields, g_ptr_array_unref);

  G_OBJECT_CLASS (cp_form_parent_class)->dispose (object);
}

static void
cp_form_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, CP_FORM (object)->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cp_form_class_init (CpFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cp_form_dispose;
  object_class->get_property = cp_form_get_property;

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cp_form_init (CpForm *self)
{
  self->fields = g_ptr_array_new_with_free_func (field_free);
}

CpForm *
cp_form_new (CpRecord *record)
{
  CpForm *self;

  g_return_val_if_fail (CP_IS_RECORD (record), NULL);

  self = g_object_new (CP_TYPE_FORM, NULL);
  self->record = g_object_ref (record);
  self->valid = cp_record_validate (record, NULL);
  return self;
}
