import type { LoadLabels } from '../../webview/src/protocol';

/**
 * The Resources panel's words through a translator: `vscode.l10n.t` in the extension, the l10n
 * bundles in tests. Placeholders (`{0}`) are left for the webview to fill.
 */
export function loadLabels(t: (message: string) => string): LoadLabels {
  return {
    day: t('Days'),
    week: t('Weeks'),
    month: t('Months'),
    department: t('Department'),
    allDepartments: t('All departments'),
    noDepartment: t('No department'),
    overOnly: t('Over capacity only'),
    half: t('Up to half'),
    more: t('More than half'),
    full: t('Full'),
    over: t('Over capacity'),
    people: t('{0} people'),
    peak: t('Busiest day: {0} of a capacity of {1} FTE'),
    capacity: t('Capacity'),
    definedIn: t('Defined in'),
    leftOut: t('Two years are shown: {0} weeks before them and {1} after are left out.'),
    clickToReveal: t('Click to show the task in its plan.'),
    monthYear: t('{0} {1}'),
    months: [t('Jan'), t('Feb'), t('Mar'), t('Apr'), t('May'), t('Jun'), t('Jul'), t('Aug'), t('Sep'), t('Oct'), t('Nov'), t('Dec')],
  };
}
