import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The benchmark's plan generator, shared so tests and benchmarks exercise the same plans. */
export interface PlanGenerator {
  /** A valid plan of about `tasks` tasks; the same size and seed give the same bytes. */
  generatePlan(options: { tasks: number; seed?: number }): string;
  /** mulberry32: a seeded PRNG in [0, 1), so random sequences reproduce from their seed. */
  prng(seed: number): () => number;
}

/**
 * Loads `bench/generatePlan.mjs`. It is an ES module run directly by `node` in benchmarks, and the
 * tests run as CommonJS, so it can only be reached through a dynamic import.
 */
export async function loadGenerator(): Promise<PlanGenerator> {
  const url = pathToFileURL(join(__dirname, '..', '..', 'bench', 'generatePlan.mjs')).href;
  return (await import(url)) as PlanGenerator;
}
