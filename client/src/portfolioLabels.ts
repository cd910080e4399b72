import type { PortfolioLabels } from '../../webview/src/protocol';

/**
 * The Portfolio panel's words through a translator: `vscode.l10n.t` in the extension, the l10n
 * bundles in tests. Placeholders (`{0}`) are left for the webview to fill.
 */
export function portfolioLabels(t: (message: string) => string): PortfolioLabels {
  return {
    errors: t('{0} errors'),
    warnings: t('{0} warnings'),
    oneError: t('1 error'),
    oneWarning: t('1 warning'),
    critical: t('{0} critical'),
    late: t('Late'),
    unreliable: t('Dates doubtful'),
    finish: t('Finish'),
    forecast: t('Forecast finish'),
    deadline: t('Deadline'),
    milestone: t('Milestone'),
    done: t('Done'),
    today: t('Today'),
    monthYear: t('{0} {1}'),
    months: [t('Jan'), t('Feb'), t('Mar'), t('Apr'), t('May'), t('Jun'), t('Jul'), t('Aug'), t('Sep'), t('Oct'), t('Nov'), t('Dec')],
  };
}
