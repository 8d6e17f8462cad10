import * as vscode from 'vscode';

/**
 * The "Casedoc" log (Output panel, or *Developer: Show Logs…*): what goes wrong without being a
 * problem in a report (a configuration or rules file that cannot be used, a file the workspace
 * check could not read) is written here instead of being swallowed.
 */
export interface Log {
  warn(message: string, error?: unknown): void;
  info(message: string): void;
}

export function createLog(): Log & vscode.Disposable {
  const channel = vscode.window.createOutputChannel('Casedoc', { log: true });
  const detail = (e: unknown) => (e instanceof Error ? `: ${e.message}` : e === undefined ? '' : `: ${String(e)}`);
  return {
    warn: (message, error) => channel.warn(message + detail(error)),
    info: (message) => channel.info(message),
    dispose: () => channel.dispose(),
  };
}
