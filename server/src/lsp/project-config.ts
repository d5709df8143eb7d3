import { fileURLToPath } from 'node:url';
import { optionsForFile } from '../shared/project-config';
import type { Settings } from './settings';

let report: ((message: string) => void) | undefined;
const reported = new Set<string>();

/** Where a config file's problem goes (a warning in the editor), once per file and message. */
export function onProjectConfigProblem(show: (message: string) => void): void {
  report = show;
}

/** The settings for one document: the editor's own over the nearest `.gov-report.json` of its folder. */
export function settingsForDocument(uri: string, settings: Settings): Settings {
  if (!uri.startsWith('file:')) return settings;
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return settings;
  }
  const check = optionsForFile(file, settings.check, (path, message) => {
    const key = `${path}\u0000${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    report?.(`gov-report: ${path}: ${message}`);
  });
  return check === settings.check ? settings : { ...settings, check };
}
