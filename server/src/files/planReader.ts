import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The largest plan file XProj reads: four times a 20,000-task plan (7.6 MB). Checked before a
 * byte is read, so `/dev/zero`, a huge log or a disk image named like a plan costs nothing.
 */
export const MAX_PLAN_BYTES = 32 * 1024 * 1024;

const PLAN_FILE_NAME = /\.xproj\.ya?ml$/i;

/** Why a plan file was not read. */
export type PlanReadError = 'not-plan-path' | 'not-found' | 'not-a-file' | 'too-large' | 'unreadable';

/** A plan file's text (UTF-8, byte order mark dropped), or why it could not be had. */
export type PlanRead = { readonly text: string } | { readonly error: PlanReadError; readonly detail?: string };

/** Whether a path names a plan file (`*.xproj.yaml` or `*.xproj.yml`): the only files imports read. */
export function isPlanPath(path: string): boolean {
  return PLAN_FILE_NAME.test(path);
}

/** Editors drop a UTF-8 byte order mark; so do we, so columns on the first line agree with theirs. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface PlanReadOptions {
  /** Refuse paths that are not named like plans (imports); the CLI reads any file it is given by name. */
  readonly plansOnly?: boolean;
}

/**
 * The one way XProj reads a plan from disk: the server (imports, closed workspace plans), the
 * workspace index and the CLI all come here. Only regular files are read: the file is opened
 * without blocking (a FIFO would otherwise wait for a writer forever), then its type and size are
 * checked on the open descriptor, so a device, FIFO, socket or directory is refused before any
 * byte is read and the read itself is bounded by `MAX_PLAN_BYTES`.
 */
export function readPlanFile(path: string, options: PlanReadOptions = {}): PlanRead {
  if (options.plansOnly && !isPlanPath(path)) {
    return { error: 'not-plan-path' };
  }
  const read = readRegularFile(path, MAX_PLAN_BYTES);
  return 'bytes' in read ? { text: stripBom(read.bytes.toString('utf8')) } : read;
}

/**
 * A regular file's bytes, read as plans are (non-blocking open, type and size checked on the
 * descriptor before a byte is read, the read bounded by `maxBytes`); imported spreadsheets and
 * MS Project files come this way too.
 */
export function readRegularFile(path: string, maxBytes: number): { readonly bytes: Buffer } | { readonly error: PlanReadError; readonly detail?: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    return failure(e);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return { error: 'not-a-file' };
    }
    if (stat.size > maxBytes) {
      return { error: 'too-large', detail: String(stat.size) };
    }
    // Room for a little growth while it is read; a file that outgrows it is not read half.
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, stat.size + 64 * 1024));
    let length = 0;
    let atEnd = false;
    while (!atEnd && length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      length += n;
      atEnd = n === 0;
    }
    if (!atEnd) {
      return length > maxBytes ? { error: 'too-large', detail: String(length) } : { error: 'unreadable', detail: 'changed while read' };
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (e) {
    return failure(e);
  } finally {
    closeSync(fd);
  }
}

function failure(e: unknown): { readonly error: PlanReadError; readonly detail?: string } {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return { error: 'not-found' };
  }
  if (code === 'EISDIR') {
    return { error: 'not-a-file' };
  }
  return { error: 'unreadable', detail: code ?? (e instanceof Error ? e.message : String(e)) };
}
