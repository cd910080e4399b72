import * as vscode from 'vscode';

/**
 * The "XProj" output channel (a `LogOutputChannel`, so the user picks the level). Errors print their
 * stack, which the plain channel API would reduce to `[object Object]` or the message alone.
 */
export class Log implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;

  constructor(name = 'XProj') {
    this.channel = vscode.window.createOutputChannel(name, { log: true });
  }

  trace(...messages: unknown[]): void {
    this.channel.trace(format(messages));
  }

  debug(...messages: unknown[]): void {
    this.channel.debug(format(messages));
  }

  info(...messages: unknown[]): void {
    this.channel.info(format(messages));
  }

  warn(...messages: unknown[]): void {
    this.channel.warn(format(messages));
  }

  error(...messages: unknown[]): void {
    this.channel.error(format(messages));
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}

function format(messages: readonly unknown[]): string {
  return messages.map(stringify).join(' ');
}

function stringify(value: unknown): string {
  if (value instanceof Error) {
    return value.stack ?? `${value.name}: ${value.message}`;
  }
  if (typeof value === 'string') {
    return value;
  }
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
