// The one output channel "Policy Annotator": every report and every error goes here.
import * as vscode from 'vscode';

export class OutputLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Policy Annotator');
  private readonly recent: string[] = [];

  info(message: string): void {
    this.write('info', message);
  }

  warn(message: string): void {
    this.write('warn', message);
  }

  /** Logs the error with its stack and returns a one-line message for the user. */
  error(context: string, err: unknown): string {
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    this.write('error', `${context}: ${detail}`);
    return `${context}: ${err instanceof Error ? err.message : String(err)}`;
  }

  show(): void {
    this.channel.show(true);
  }

  /** The last lines written (for the status of the extension and its tests). */
  lines(): readonly string[] {
    return this.recent;
  }

  dispose(): void {
    this.channel.dispose();
  }

  private write(level: string, message: string): void {
    const line = `[${new Date().toISOString()}] [${level}] ${message}`;
    this.channel.appendLine(line);
    this.recent.push(line);
    if (this.recent.length > 500) this.recent.shift();
  }
}
