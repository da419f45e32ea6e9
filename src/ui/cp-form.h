/* cp-form.h: binds an editor's rows to a record's properties and shows what is wrong
 *
 * A field is checked as the user types. Its message appears in a row right below it
 * once the field has been touched, or for every field when the user asks to save.
 * What was typed stays in the field, valid or not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_FORM (cp_form_get_type ())

G_DECLARE_FINAL_TYPE (CpForm, cp_form, CP, FORM, GObject)

CpForm   *cp_form_new               (CpRecord      *record);
CpRecord *cp_form_get_record        (CpForm        *self);

/* An entry row for a text property. Dates are text too (ISO of any precision). */
void      cp_form_bind_text         (CpForm        *self,
                                     AdwEntryRow   *row,
                                     const char    *property);
/* An entry row for a whole number (int or int64); empty means 0. */
void      cp_form_bind_number       (CpForm        *self,
                                     AdwEntryRow   *row,
                                     const char    *property);
/* An entry row for a count that may not be known (an int property whose default
 * is -1): empty means -1, and 0 shows as 0. */
void      cp_form_bind_count        (CpForm        *self,
                                     AdwEntryRow   *row,
                                     const char    *property);
/* An entry row for an ISO 3166 country code, with the country's name beside it. */
void      cp_form_bind_country      (CpForm        *self,
                                     AdwEntryRow   *row,
                                     const char    *property);
/* A combo row listing the labels of an enum property's values. */
void      cp_form_bind_enum         (CpForm        *self,
                                     AdwComboRow   *row,
                                     const char    *property);
/* A combo row for a fact that may not be known (an int property): “Unknown”,
 * “Yes” and “No” store -1, 1 and 0. */
void      cp_form_bind_tri_state    (CpForm        *self,
                                     AdwComboRow   *row,
                                     const char    *property);
void      cp_form_bind_switch       (CpForm        *self,
                                     GtkSwitch     *widget,
                                     const char    *property);
/* A multi-line text view for a text property; its message shows in a line below
 * the view's frame. */
void      cp_form_bind_text_view    (CpForm        *self,
                                     GtkTextView   *view,
                                     const char    *property);
/* A list of words separated by commas, for a strv property. */
void      cp_form_bind_word_list    (CpForm        *self,
                                     AdwEntryRow   *row,
                                     const char    *property);
/* An entry row for language skills, typed as “Spanish C1, English B2”. */
void      cp_form_bind_language_skills (CpForm     *self,
                                        AdwEntryRow *row,
                                        const char *property);
/* An entry row for a code in capitals (ISO 4217 currencies): what is typed is
 * stored in capitals. */
/* Goals typed as “11, 17” into a property of goal numbers. */
void      cp_form_bind_sdg_goals    (CpForm        *self,
                                     AdwEntryRow   *row,
                                     const char    *property);
/* One of the sectors offered (cp-iati-codes.h), or none. */
void      cp_form_bind_dac_sector   (CpForm        *self,
                                     AdwComboRow   *row,
                                     const char    *property);
void      cp_form_bind_code         (CpForm        *self,
                                     AdwEntryRow   *row,
                                     const char    *property);
/* An entry row for an amount (an int64 of minor units) in the currency held by
 * @currency_property, typed in the interface language's notation. */
void      cp_form_bind_money        (CpForm        *self,
                                     AdwEntryRow   *row,
                                     const char    *property,
                                     const char    *currency_property);
/* Like cp_form_bind_money(), but empty stores the property's default: -1, “not
 * recorded”, for a budget year's amounts; 0 where the default is 0. */
void      cp_form_bind_optional_money (CpForm      *self,
                                       AdwEntryRow *row,
                                       const char  *property,
                                       const char  *currency_property);
/* An amount in a fixed @currency (ISO 4217): a budget line's is its year's. */
void      cp_form_bind_money_in     (CpForm        *self,
                                     AdwEntryRow   *row,
                                     const char    *property,
                                     const char    *currency);
/* An entry row for an exchange rate (an int64 of millionths, cp_rate_parse()),
 * typed in the interface language's notation: “3,30” in Dutch. Empty is “not
 * given” (0), which the record may refuse; on a record with a “base-currency”
 * that needs no conversion (none set, or the same as its “currency”) it is 1. */
void      cp_form_bind_rate         (CpForm        *self,
                                     AdwEntryRow   *row,
                                     const char    *property);
/* Eligible countries (a strv of cp-eligibility.h entries), typed as
 * “Nicaragua, South Africa, Peru until 2007-12-31”; empty is every country. */
void      cp_form_bind_eligibility  (CpForm        *self,
                                     AdwEntryRow   *row,
                                     const char    *property);
/* A combo row choosing a record by its id (an int64 @property) among @records,
 * shown by their @label_property; with @none_label, the first item means none. */
void      cp_form_bind_choice       (CpForm        *self,
                                     AdwComboRow   *row,
                                     const char    *property,
                                     GListModel    *records,
                                     const char    *label_property,
                                     const char    *none_label);
/* What a choice shows for @record: a new string. */
typedef char *(*CpFormLabelFunc) (CpRecord *record,
                                  gpointer  user_data);
/* Like cp_form_bind_choice(), with the label made by @label_func. */
void      cp_form_bind_choice_full  (CpForm          *self,
                                     AdwComboRow     *row,
                                     const char      *property,
                                     GListModel      *records,
                                     CpFormLabelFunc  label_func,
                                     gpointer         user_data,
                                     const char      *none_label);
/* A searchable drop-down in @row choosing a person (CpPerson) for @property. */
void      cp_form_bind_person       (CpForm        *self,
                                     AdwActionRow  *row,
                                     GtkDropDown   *dropdown,
                                     const char    *property,
                                     GListModel    *people);
/* A property whose value the caller sets itself; @anchor is the row below which
 * its message appears. */
void      cp_form_watch             (CpForm        *self,
                                     GtkWidget     *anchor,
                                     const char    *property);

/* A check that needs more than the record knows (another record's dates, say):
 * returns FALSE with @error set when the field's value does not fit. */
typedef gboolean (*CpFormCheck) (CpRecord  *record,
                                 gpointer   user_data,
                                 GError   **error);

/* Adds @check to the field already bound to @property; it runs after the record's
 * own validation of that field. */
void      cp_form_add_check         (CpForm        *self,
                                     const char    *property,
                                     CpFormCheck    check,
                                     gpointer       user_data,
                                     GDestroyNotify destroy);

/* Shows every field's message; TRUE when there is none. */
gboolean  cp_form_check_all         (CpForm        *self);
gboolean  cp_form_get_valid         (CpForm        *self);

G_END_DECLS
