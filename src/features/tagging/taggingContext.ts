// What every tagging command works with: the annotation services, the prompts (answerable by
// tests), the code colour dots, and the codes used last in this workspace.
import * as vscode from 'vscode';
import { rememberRecent } from '../../core/tagging/codePickEntries';
import type { AnnotationFeatureServices } from '../../services/featureServices';
import type { CodeSwatches } from '../../services/annotations/codeSwatches';
import type { TaggingPrompts } from './taggingPrompts';

const RECENT_KEY = 'policyAnnotator.recentCodes';

/** The codes used last in this workspace, most recent first (kept in `workspaceState`). */
export class RecentCodes {
  constructor(private readonly memento: vscode.Memento) {}

  get ids(): string[] {
    const stored = this.memento.get<unknown>(RECENT_KEY);
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  }

  async remember(codes: readonly string[]): Promise<void> {
    if (codes.length > 0) await this.memento.update(RECENT_KEY, rememberRecent(this.ids, codes));
  }

  async clear(): Promise<void> {
    await this.memento.update(RECENT_KEY, undefined);
  }
}

export interface Tagging {
  services: AnnotationFeatureServices;
  prompts: TaggingPrompts;
  swatches: CodeSwatches;
  recent: RecentCodes;
}

/** False, with a message, when the workspace is not trusted: annotations and the codebook are not written then. */
export function trusted(what: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(
    `${what} needs a trusted workspace: annotations and the codebook are only written in a workspace you trust.`,
  );
  return false;
}
