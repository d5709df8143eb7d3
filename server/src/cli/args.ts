import type { Locale, RuleSetting } from '../core/findings';
import { resolveOptions, type CheckOptions } from '../core/options';
import { ruleByCode } from '../core/rules';
import { messages } from './messages';

export type CheckFormat = 'text' | 'json' | 'sarif' | 'html';
export type ExtractFormat = 'json' | 'csv';
export type ExplainFormat = 'text' | 'json';

export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

interface Common {
  readonly locale: Locale;
  readonly maxSize: number;
  /** Worker threads; undefined = decide from the number of files and cores. */
  readonly jobs?: number;
}

export type Command =
  | { readonly kind: 'help'; readonly locale: Locale }
  | { readonly kind: 'version' }
  | (Common & { readonly kind: 'check'; readonly inputs: readonly string[]; readonly format: CheckFormat; readonly options: CheckOptions })
  | (Common & { readonly kind: 'extract'; readonly inputs: readonly string[]; readonly format: ExtractFormat })
  | (Common & { readonly kind: 'explain'; readonly file: string; readonly line: number; readonly column: number; readonly format: ExplainFormat })
  | { readonly kind: 'lsp' };

export type Parsed = { readonly command: Command } | { readonly error: string; readonly locale: Locale };

const FORMATS = { check: ['text', 'json', 'sarif', 'html'], extract: ['json', 'csv'], explain: ['text', 'json'] } as const;
const LEVELS: Record<string, RuleSetting> = {
  off: 'off', error: 'error', warning: 'warning', warn: 'warning', info: 'information', information: 'information', hint: 'hint',
};
const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `20MB`, `500kb`, `1048576` → bytes; undefined when not a positive size. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d{1,12}(?:\.\d{1,6})?)\s*([a-z]{0,2})$/i.exec(text.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes > 0 ? bytes : undefined;
}

/** Options that take a value, per command. */
const VALUE_OPTIONS: Record<string, readonly string[]> = {
  check: ['--format', '--locale', '--rule', '--max-size', '--jobs'],
  extract: ['--format', '--locale', '--max-size', '--jobs'],
  explain: ['--format', '--locale', '--max-size'],
  lsp: [],
};

/** argv (without `node` and the script) → a command, or one line saying what is wrong. */
export function parseArgs(argv: readonly string[]): Parsed {
  const localeArg = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const localeText = localeArg < 0 ? undefined : argv[localeArg]!.includes('=') ? argv[localeArg]!.split('=')[1] : argv[localeArg + 1];
  const locale: Locale = localeText === 'en' ? 'en' : 'zh-CN';
  const m = messages(locale);
  const fail = (error: string): Parsed => ({ error, locale });

  if (argv.some((a) => a === '--help' || a === '-h')) return { command: { kind: 'help', locale } };
  if (argv.length > 0 && (argv[0] === '--version' || argv[0] === '-v' || argv[0] === '-V')) return { command: { kind: 'version' } };
  const [name, ...rest] = argv;
  if (name === undefined) return fail(m.missingCommand);
  if (name === 'help') return { command: { kind: 'help', locale } };
  if (name === 'version') return { command: { kind: 'version' } };
  if (name.startsWith('-')) return fail(m.unknownOption(name));
  const takesValue = VALUE_OPTIONS[name];
  if (!takesValue) return fail(m.unknownCommand(name));

  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') { positional.push(...rest.slice(i + 1)); break; }
    if (!arg.startsWith('-') || arg === '-') { positional.push(arg); continue; }
    const eq = arg.indexOf('=');
    const option = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === 'lsp' && option === '--stdio' && eq < 0) { flags.add(option); continue; }
    // Passed by some clients; the server reads it from the command line itself.
    if (name === 'lsp' && option === '--clientProcessId') { if (eq < 0) i++; continue; }
    if (!takesValue.includes(option)) return fail(m.unknownOption(option));
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '') return fail(m.missingValue(option));
    values.set(option, [...(values.get(option) ?? []), value]);
  }
  const last = (option: string): string | undefined => values.get(option)?.at(-1);

  const localeValue = last('--locale');
  if (localeValue !== undefined && localeValue !== 'zh-CN' && localeValue !== 'en') return fail(m.badValue('--locale', localeValue, 'zh-CN, en'));
  const sizeText = last('--max-size');
  const maxSize = sizeText === undefined ? DEFAULT_MAX_SIZE : parseSize(sizeText);
  if (maxSize === undefined) return fail(m.badSize(sizeText!));
  const jobsText = last('--jobs');
  const jobs = jobsText === undefined ? undefined : /^\d{1,2}$/.test(jobsText) && +jobsText >= 1 && +jobsText <= 64 ? +jobsText : NaN;
  if (Number.isNaN(jobs)) return fail(m.badJobs(jobsText!));
  const common = { locale, maxSize, ...(jobs === undefined ? {} : { jobs }) };

  const format = <K extends keyof typeof FORMATS>(command: K): (typeof FORMATS)[K][number] | string => {
    const value = last('--format') ?? FORMATS[command][0];
    return (FORMATS[command] as readonly string[]).includes(value) ? value : `!${value}`;
  };
  const checkFormat = (command: keyof typeof FORMATS): string | undefined => {
    const value = format(command);
    return value.startsWith('!') ? m.badValue('--format', value.slice(1), FORMATS[command].join(', ')) : undefined;
  };

  switch (name) {
    case 'lsp':
      if (!flags.has('--stdio') || positional.length > 0) return fail(m.lspNeedsStdio);
      return { command: { kind: 'lsp' } };
    case 'explain': {
      const bad = checkFormat('explain');
      if (bad) return fail(bad);
      if (positional.length !== 2) return fail(m.explainArgs);
      const pos = /^(\d{1,9}):(\d{1,9})$/.exec(positional[1]!);
      if (!pos || +pos[1]! < 1 || +pos[2]! < 1) return fail(m.badPosition(positional[1]!));
      return { command: { kind: 'explain', ...common, file: positional[0]!, line: +pos[1]!, column: +pos[2]!, format: format('explain') as ExplainFormat } };
    }
    case 'extract': {
      const bad = checkFormat('extract');
      if (bad) return fail(bad);
      if (positional.length === 0) return fail(m.noInputs('extract'));
      return { command: { kind: 'extract', ...common, inputs: positional, format: format('extract') as ExtractFormat } };
    }
    default: {
      const bad = checkFormat('check');
      if (bad) return fail(bad);
      if (positional.length === 0) return fail(m.noInputs('check'));
      const rules: Record<string, RuleSetting> = {};
      for (const item of (values.get('--rule') ?? []).flatMap((v) => v.split(','))) {
        const r = /^\s*([A-Za-z0-9_-]+)\s*[=:]\s*([a-z]+)\s*$/.exec(item);
        const level = r ? LEVELS[r[2]!] : undefined;
        if (!r || !level) return fail(m.badRule(item));
        const rule = ruleByCode(r[1]!.toUpperCase()) ?? ruleByCode(r[1]!);
        if (!rule) return fail(m.unknownRule(r[1]!));
        rules[rule.code] = level;
      }
      const { options } = resolveOptions({ locale, rules });
      return { command: { kind: 'check', ...common, inputs: positional, format: format('check') as CheckFormat, options } };
    }
  }
}
