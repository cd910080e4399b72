import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPlanFile } from '../files/planReader';
import type { Locale } from '../service/l10n/localize';
import type { CliIo } from './io';
import { cliMessages, readErrorReason } from './messages';

/** One plan named on the command line, read through the one plan reader. */
export interface PlanInput {
  readonly absolutePath: string;
  readonly text: string;
}

/** Reads the plan a one-file command names, or says on stderr why it cannot (the caller exits 2). */
export function readPlanForCommand(file: string, locale: Locale, io: CliIo): PlanInput | undefined {
  const msg = cliMessages[locale];
  const absolutePath = resolve(io.cwd, file);
  const read = readPlanFile(absolutePath);
  if ('text' in read) {
    return { absolutePath, text: read.text };
  }
  const reason =
    read.error === 'not-a-file' && isDirectory(absolutePath)
      ? msg.notAFile(file)
      : read.error === 'not-found'
        ? msg.pathNotFound(file)
        : msg.unreadable(file, readErrorReason(read.error, read.detail, locale));
  io.stderr(`xproj: ${reason}\n`);
  return undefined;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
