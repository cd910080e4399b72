/** Concrete colours: an exported file cannot see VS Code's CSS variables. */
export interface Palette {
  readonly background: string;
  readonly foreground: string;
  readonly muted: string;
  readonly grid: string;
  readonly bar: string;
  readonly critical: string;
  readonly summary: string;
  readonly milestone: string;
  readonly arrow: string;
  readonly status: string;
  readonly weekend: string;
  readonly holiday: string;
  readonly makeup: string;
  readonly header: string;
  /** The hatched tail of a slipping task, the baseline's ghost bars, the today line. */
  readonly forecast: string;
  readonly baseline: string;
  readonly today: string;
}

export const DEFAULT_PALETTE: Palette = {
  background: '#ffffff',
  foreground: '#1f1f1f',
  muted: '#6f6f6f',
  grid: '#e5e5e5',
  bar: '#1a85ff',
  critical: '#e51400',
  summary: '#424242',
  milestone: '#652d90',
  arrow: '#8a8a8a',
  status: '#d18616',
  weekend: '#808080',
  holiday: '#bf8900',
  makeup: '#388a34',
  header: '#f3f3f3',
  forecast: '#d18616',
  baseline: '#8a8a8a',
  today: '#388a34',
};
