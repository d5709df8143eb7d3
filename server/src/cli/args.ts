import { parseArgs as nodeParseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../core/findings';
import { resolveOptions, RULE_OPTIONS, ruleSettingSchema, type CheckOptions } from '../core/options';
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
  | (Common & {
    readonly kind: 'check'; readonly inputs: readonly string[]; readonly format: CheckFormat; readonly options: CheckOptions;
    /** `--cache` / `--cache-location`: reuse the outcomes of files unchanged since the last run. */
    readonly cache?: { readonly location?: string };
  })
  | (Common & { readonly kind: 'extract'; readonly inputs: readonly string[]; readonly format: ExtractFormat })
  | (Common & { readonly kind: 'explain'; readonly file: string; readonly line: number; readonly column: number; readonly format: ExplainFormat })
  | { readonly kind: 'lsp' };

export type Parsed = { readonly command: Command } | { readonly error: string; readonly locale: Locale };

const FORMATS = { check: ['text', 'json', 'sarif', 'html'], extract: ['json', 'csv'], explain: ['text', 'json'] } as const;
const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `20MB`, `500kb`, `1048576` → bytes; undefined when not a positive size. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d{1,12}(?:\.\d{1,6})?)\s*([a-z]{0,2})$/i.exec(text.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes > 0 ? bytes : undefined;
}

/** A rule option's flag: `repeatedTextThreshold` → `--repeated-text-threshold`. */
export const flagOf = (option: string): string => option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const RULE_OPTION_FLAGS = new Map(Object.keys(RULE_OPTIONS).map((key) => [flagOf(key), key]));

/** Every option the CLI knows, as node:util parseArgs reads them (names without `--`). */
const OPTIONS = {
  format: { type: 'string' }, locale: { type: 'string' }, rule: { type: 'string', multiple: true }, 'max-size': { type: 'string' },
  jobs: { type: 'string' }, cache: { type: 'boolean' }, 'cache-location': { type: 'string' }, help: { type: 'boolean', short: 'h' }, stdio: { type: 'boolean' }, clientProcessId: { type: 'string' },
  ...Object.fromEntries([...RULE_OPTION_FLAGS.keys()].map((flag) => [flag, { type: 'string' }])),
} as const satisfies ParseArgsConfig['options'];

/** The options each command takes (`help` is every command's). */
const ACCEPTS: Record<string, readonly string[]> = {
  check: ['format', 'locale', 'rule', 'max-size', 'jobs', 'cache', 'cache-location', ...RULE_OPTION_FLAGS.keys()],
  extract: ['format', 'locale', 'max-size', 'jobs'],
  explain: ['format', 'locale', 'max-size'],
  // --clientProcessId is passed by some clients; the server reads it from the command line itself.
  lsp: ['stdio', 'clientProcessId'],
};

/** A flag's text as an option value: numbers and booleans as such, for the options schema to check. */
const valueOf = (text: string): unknown => (/^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : text === 'true' ? true : text === 'false' ? false : text);

/** argv (without `node` and the script) → a command, or one line saying what is wrong. */
export function parseArgs(argv: readonly string[]): Parsed {
  const tokens = readTokens(argv);
  const localeText = tokens.filter((t) => t.kind === 'option' && t.name === 'locale').map((t) => (t as { value?: string }).value)[0];
  const locale: Locale = localeText === 'en' ? 'en' : 'zh-CN';
  const m = messages(locale);
  const fail = (error: string): Parsed => ({ error, locale });

  if (argv.some((a) => a === '--help' || a === '-h')) return { command: { kind: 'help', locale } };
  if (argv.length > 0 && (argv[0] === '--version' || argv[0] === '-v' || argv[0] === '-V')) return { command: { kind: 'version' } };
  const [name] = argv;
  if (name === undefined) return fail(m.missingCommand);
  if (name === 'help') return { command: { kind: 'help', locale } };
  if (name === 'version') return { command: { kind: 'version' } };
  if (name.startsWith('-')) return fail(m.unknownOption(name));
  const accepts = ACCEPTS[name];
  if (!accepts) return fail(m.unknownCommand(name));

  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (const token of tokens.slice(1)) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    if (!accepts.includes(token.name)) return fail(m.unknownOption(token.inlineValue ? `--${token.name}` : token.rawName));
    const type = (OPTIONS as Record<string, { type: string }>)[token.name]!.type;
    if (type === 'boolean') {
      if (token.inlineValue) return fail(m.unknownOption(token.rawName));
      flags.add(token.name);
      continue;
    }
    if (token.value === undefined || token.value === '') return fail(m.missingValue(token.rawName));
    values.set(token.name, [...(values.get(token.name) ?? []), token.value]);
  }
  const last = (option: string): string | undefined => values.get(option)?.at(-1);

  const localeValue = last('locale');
  if (localeValue !== undefined && localeValue !== 'zh-CN' && localeValue !== 'en') return fail(m.badValue('--locale', localeValue, 'zh-CN, en'));
  const sizeText = last('max-size');
  const maxSize = sizeText === undefined ? DEFAULT_MAX_SIZE : parseSize(sizeText);
  if (maxSize === undefined) return fail(m.badSize(sizeText!));
  const jobsText = last('jobs');
  const jobs = jobsText === undefined ? undefined : /^\d{1,2}$/.test(jobsText) && +jobsText >= 1 && +jobsText <= 64 ? +jobsText : NaN;
  if (Number.isNaN(jobs)) return fail(m.badJobs(jobsText!));
  const common = { locale, maxSize, ...(jobs === undefined ? {} : { jobs }) };

  const format = <K extends keyof typeof FORMATS>(command: K): (typeof FORMATS)[K][number] | string => {
    const value = last('format') ?? FORMATS[command][0];
    return (FORMATS[command] as readonly string[]).includes(value) ? value : `!${value}`;
  };
  const checkFormat = (command: keyof typeof FORMATS): string | undefined => {
    const value = format(command);
    return value.startsWith('!') ? m.badValue('--format', value.slice(1), FORMATS[command].join(', ')) : undefined;
  };

  switch (name) {
    case 'lsp':
      if (!flags.has('stdio') || positional.length > 0) return fail(m.lspNeedsStdio);
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
      const rules: Record<string, string> = {};
      for (const item of (values.get('rule') ?? []).flatMap((v) => v.split(','))) {
        const r = /^\s*([A-Za-z0-9_-]+)\s*[=:]\s*([A-Za-z]+)\s*$/.exec(item);
        if (!r || !ruleSettingSchema.safeParse(r[2]).success) return fail(m.badRule(item));
        const rule = ruleByCode(r[1]!);
        if (!rule) return fail(m.unknownRule(r[1]!));
        rules[rule.code] = r[2]!;
      }
      const ruleOptions: Record<string, unknown> = {};
      for (const [flag, key] of RULE_OPTION_FLAGS) {
        const text = last(flag);
        if (text !== undefined) ruleOptions[key] = valueOf(text);
      }
      const { options, problems } = resolveOptions({ locale, rules, ...ruleOptions });
      const problem = problems[0];
      if (problem) return fail(m.badValue(`--${flagOf(problem.path)}`, last(flagOf(problem.path)) ?? '', problem.message.replace(/, received [\s\S]*$/, '')));
      const cacheLocation = last('cache-location');
      // A cache location alone asks for the cache too.
      const cache = flags.has('cache') || cacheLocation !== undefined ? { cache: cacheLocation === undefined ? {} : { location: cacheLocation } } : {};
      return { command: { kind: 'check', ...common, inputs: positional, format: format('check') as CheckFormat, options, ...cache } };
    }
  }
}

type Token = NonNullable<ReturnType<typeof nodeParseArgs>['tokens']>[number];

/** node:util's reading of the arguments, every option known (which a command accepts is checked after). */
function readTokens(argv: readonly string[]): Token[] {
  try {
    return nodeParseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true }).tokens;
  } catch {
    return argv.map((value, index) => ({ kind: 'positional', index, value }));
  }
}
