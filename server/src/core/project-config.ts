import type { RuleSetting } from './findings';
import { isRecord, resolveOptions, type CheckOptions } from './options';

/** The project's config file, found by walking up from a report's folder. Data only (JSON), never code. */
export const PROJECT_CONFIG_FILE = '.gov-report.json';

export interface ProjectConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly repeatedTextThreshold?: number;
}

export const EMPTY_CONFIG: ProjectConfig = { rules: {} };

/**
 * Reads a config file's text with the one options schema: `{ "rules": { "GR201": "off" }, "repeatedTextThreshold": 0.6 }`.
 * Invalid JSON or fields give one message (every problem in it) and the defaults for what is wrong. Never throws.
 */
export function parseProjectConfig(text: string): { config: ProjectConfig; problem?: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { config: EMPTY_CONFIG, problem: `not valid JSON (${error instanceof Error ? error.message : String(error)}); defaults used` };
  }
  if (!isRecord(raw)) return { config: EMPTY_CONFIG, problem: 'expected an object such as {"rules": {"GR201": "off"}}; defaults used' };
  const { $schema: _schema, locale: _locale, ...options } = raw;
  const { options: resolved, problems } = resolveOptions(options);
  const threshold = options.repeatedTextThreshold;
  const thresholdOk = threshold !== undefined && threshold !== null && !problems.some((p) => p.path === 'repeatedTextThreshold');
  return {
    config: { rules: resolved.rules, ...(thresholdOk ? { repeatedTextThreshold: resolved.repeatedTextThreshold } : {}) },
    ...(problems.length ? { problem: problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ') } : {}),
  };
}

/** The project's settings under the tool's own: a severity given in the editor or on the command line wins. */
export const withProjectConfig = (base: CheckOptions, config: ProjectConfig): CheckOptions =>
  config === EMPTY_CONFIG ? base : {
    ...base,
    rules: { ...config.rules, ...base.rules },
    repeatedTextThreshold: config.repeatedTextThreshold ?? base.repeatedTextThreshold,
  };
