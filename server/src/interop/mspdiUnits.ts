import type { DependencyType } from '../../../common/dependencyType';

/** The working day XProj's MSPDI files describe, and the fields they use to keep XProj's ids. */
export const MSPDI = {
  minutesPerDay: 480,
  dayStart: '08:00:00',
  dayEnd: '17:00:00',
  workingTimes: [
    ['08:00:00', '12:00:00'],
    ['13:00:00', '17:00:00'],
  ] as const,
  /** The task field Text1, where XProj keeps each task's id. */
  text1FieldId: 188743731,
  idAlias: 'XProj ID',
} as const;

/**
 * A lag in working days as MSPDI's LinkLag (tenths of a minute). SF counts from the end of the
 * predecessor's first day in XProj and from its start in MS Project: one day more there.
 */
export function lagToMspdi(type: DependencyType, days: number): number {
  return Math.round((days + (type === 'SF' ? 1 : 0)) * MSPDI.minutesPerDay * 10);
}

/** LagFormat values that count elapsed (calendar) time rather than working time. */
const ELAPSED_FORMATS: ReadonlySet<number> = new Set([4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52]);

/**
 * A LinkLag back in working days, with the file's minutes per working day; an elapsed lag is
 * counted in calendar days and flagged, since XProj lags are working days.
 */
export function lagFromMspdi(
  type: DependencyType,
  linkLag: number,
  lagFormat: number,
  minutesPerDay: number,
): { days: number; elapsed: boolean; exact: boolean } {
  const elapsed = ELAPSED_FORMATS.has(lagFormat);
  const raw = linkLag / 10 / (elapsed ? 1440 : minutesPerDay) - (type === 'SF' ? 1 : 0);
  const days = Math.round(raw);
  return { days, elapsed, exact: Math.abs(raw - days) < 1e-6 };
}
