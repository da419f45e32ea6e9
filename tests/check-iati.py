#!/usr/bin/env python3
# check-iati.py: the codes of an IATI 2.03 activity file against the IATI codelists
#
#   check-iati.py CODELISTS FILE            check every code; print a JSON summary
#   check-iati.py CODELISTS --sectors CODE… check that each is an active DAC sector
#
# CODELISTS is the folder of the IATI codelist XML files (the shared iati/codelists).
# The schema itself is xmllint's to check; this looks at what a schema cannot: that
# each code is one the codelists define (and not withdrawn), that identifiers are
# unique and linked activities exist, that country shares add up to 100, that
# actual dates have passed. Exit status 1 with a line for each problem.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal

XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def load_codelist(folder, name, active_only=True):
    root = ET.parse(os.path.join(folder, name + '.xml')).getroot()
    codes = set()
    for item in root.iter('codelist-item'):
        if active_only and item.get('status', 'active') != 'active':
            continue
        codes.add(item.findtext('code').strip())
    if not codes:
        raise SystemExit(f'{name}: no codes read')
    return codes


def check_sectors(folder, codes):
    sectors = load_codelist(folder, 'Sector')
    bad = [code for code in codes if code not in sectors]
    for code in bad:
        print(f'{code} is not an active DAC 5-digit sector')
    return 1 if bad else 0


def check_file(folder, path):
    lists = {name: load_codelist(folder, name) for name in (
        'ActivityStatus', 'ActivityDateType', 'OrganisationRole', 'OrganisationType',
        'Country', 'Sector', 'SectorVocabulary', 'TagVocabulary', 'UNSDG-Goals',
        'BudgetType', 'BudgetStatus', 'TransactionType', 'Currency', 'DescriptionType')}
    problems = []

    def code_in(value, listname, where):
        if value is None or value not in lists[listname]:
            problems.append(f'{where}: {value!r} is not in {listname}')

    root = ET.parse(path).getroot()
    if root.tag != 'iati-activities' or root.get('version') != '2.03':
        problems.append('the root is not <iati-activities version="2.03">')
    generated_day = (root.get('generated-datetime') or '')[:10]
    activities = []
    identifiers = set()
    for activity in root.findall('iati-activity'):
        ident = activity.findtext('iati-identifier')
        where = ident
        if ident in identifiers:
            problems.append(f'{ident}: identifier used twice')
        identifiers.add(ident)
        reporting = activity.find('reporting-org')
        if not ident.startswith(reporting.get('ref') + '-'):
            problems.append(f'{ident}: does not begin with the reporting organisation’s identifier')
        code_in(reporting.get('type'), 'OrganisationType', where + ' reporting-org')
        code_in(activity.get('default-currency'), 'Currency', where + ' default-currency')
        if not activity.get(XML_LANG):
            problems.append(f'{ident}: no xml:lang')
        for description in activity.findall('description'):
            code_in(description.get('type'), 'DescriptionType', where + ' description')
        participants = []
        for org in activity.findall('participating-org'):
            code_in(org.get('role'), 'OrganisationRole', where + ' participating-org role')
            if org.get('type') is not None:
                code_in(org.get('type'), 'OrganisationType', where + ' participating-org type')
            name = org.findtext('narrative')
            if not org.get('ref') and not name:
                problems.append(f'{ident}: a participating organisation without ref or name')
            participants.append([int(org.get('role')), org.get('type'), org.get('ref'), name])
        status = activity.find('activity-status').get('code')
        code_in(status, 'ActivityStatus', where + ' activity-status')
        dates = []
        for date in activity.findall('activity-date'):
            code_in(date.get('type'), 'ActivityDateType', where + ' activity-date')
            if date.get('type') in ('2', '4') and date.get('iso-date') > generated_day:
                problems.append(f'{ident}: an actual date {date.get("iso-date")} lies ahead')
            dates.append([int(date.get('type')), date.get('iso-date')])
        countries = []
        shares = Decimal(0)
        for country in activity.findall('recipient-country'):
            code_in(country.get('code'), 'Country', where + ' recipient-country')
            countries.append(country.get('code'))
            shares += Decimal(country.get('percentage') or '100')
        if len(countries) > 1 and shares != 100:
            problems.append(f'{ident}: the recipient countries’ shares add up to {shares}')
        sectors = []
        for sector in activity.findall('sector'):
            code_in(sector.get('vocabulary'), 'SectorVocabulary', where + ' sector vocabulary')
            if sector.get('vocabulary') == '1':
                code_in(sector.get('code'), 'Sector', where + ' sector')
            sectors.append(sector.get('code'))
        tags = []
        for tag in activity.findall('tag'):
            code_in(tag.get('vocabulary'), 'TagVocabulary', where + ' tag vocabulary')
            if tag.get('vocabulary') == '2':
                code_in(tag.get('code'), 'UNSDG-Goals', where + ' tag')
            tags.append(tag.get('code'))
        budgets = []
        for budget in activity.findall('budget'):
            code_in(budget.get('type'), 'BudgetType', where + ' budget type')
            code_in(budget.get('status'), 'BudgetStatus', where + ' budget status')
            value = budget.find('value')
            code_in(value.get('currency'), 'Currency', where + ' budget currency')
            budgets.append([budget.find('period-start').get('iso-date'), value.get('currency'), value.text])
        totals = {}
        count = 0
        for transaction in activity.findall('transaction'):
            code_in(transaction.find('transaction-type').get('code'), 'TransactionType', where + ' transaction-type')
            value = transaction.find('value')
            currency = value.get('currency')
            code_in(currency, 'Currency', where + ' transaction currency')
            for side in ('provider-org', 'receiver-org'):
                org = transaction.find(side)
                if org is not None and org.get('type') is not None:
                    code_in(org.get('type'), 'OrganisationType', f'{where} {side} type')
            totals[currency] = totals.get(currency, Decimal(0)) + Decimal(value.text)
            count += 1
        related = [[r.get('ref'), int(r.get('type'))] for r in activity.findall('related-activity')]
        activities.append({
            'identifier': ident,
            'hierarchy': int(activity.get('hierarchy', '1')),
            'language': activity.get(XML_LANG),
            'title': activity.find('title').findtext('narrative'),
            'description': activity.find('description').findtext('narrative'),
            'status': int(status),
            'dates': dates,
            'countries': countries,
            'sectors': sectors,
            'tags': tags,
            'participants': participants,
            'budgets': budgets,
            'transactions': count,
            'totals': {currency: str(total) for currency, total in sorted(totals.items())},
            'related': related,
        })
    for activity in activities:
        for ref, _ in activity['related']:
            if ref not in identifiers:
                problems.append(f'{activity["identifier"]}: related activity {ref} is not in the file')

    for problem in problems:
        print(problem, file=sys.stderr)
    print(json.dumps({'activities': activities}, ensure_ascii=False, indent=1))
    return 1 if problems else 0


def main(argv):
    if len(argv) >= 3 and argv[2] == '--sectors':
        return check_sectors(argv[1], argv[3:])
    if len(argv) != 3:
        print(__doc__ or 'usage: check-iati.py CODELISTS FILE | CODELISTS --sectors CODE…', file=sys.stderr)
        return 2
    return check_file(argv[1], argv[2])


if __name__ == '__main__':
    sys.exit(main(sys.argv))
