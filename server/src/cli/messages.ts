import type { Locale } from '../core/findings';
import { REPORT_EXTENSIONS } from '../shared/report-extensions';

const [FIRST_EXTENSIONS, LAST_EXTENSION] = [REPORT_EXTENSIONS.slice(0, -1), REPORT_EXTENSIONS.at(-1)];

/** The CLI's own words (notes, errors, summary); rule messages come from the rules. */
const MESSAGES = {
  'zh-CN': {
    error: '错误：',
    note: '注意：',
    missingCommand: '缺少命令（check、extract、explain、lsp）；用法见 gov-report --help',
    unknownCommand: (c: string) => `未知命令“${c}”；用法见 gov-report --help`,
    unknownOption: (o: string) => `未知选项“${o}”；用法见 gov-report --help`,
    missingValue: (o: string) => `选项 ${o} 缺少取值`,
    badValue: (o: string, v: string, allowed: string) => `选项 ${o} 的取值“${v}”无效（可用：${allowed}）`,
    badRule: (v: string) => `--rule 的取值“${v}”无效，应为 规则=off|info|warning|error，例如 GR301=off`,
    unknownRule: (r: string) => `未知规则“${r}”`,
    badSize: (v: string) => `--max-size 的取值“${v}”无效，例如 20MB、500KB、1048576`,
    badJobs: (v: string) => `--jobs 的取值“${v}”无效，应为 1 到 64 之间的整数`,
    noInputs: (c: string) => `${c} 需要至少一个文件、目录或通配符`,
    explainArgs: 'explain 需要一个文件和一个位置：gov-report explain <文件> <行>:<列>',
    badPosition: (p: string) => `位置“${p}”无效，应为 行:列（从 1 开始），例如 42:7`,
    lspNeedsStdio: 'lsp 目前只支持 --stdio：gov-report lsp --stdio',
    lspMissing: '找不到语言服务器（dist/server.js）；请先运行 npm run build',
    cannotWrite: (why: string) => `无法写出结果（${why}）：输出已关闭或磁盘已满`,
    noMatch: (p: string) => `没有文件匹配“${p}”`,
    noReportFiles: (p: string) => `目录“${p}”中没有 ${FIRST_EXTENSIONS.join('、')} 或 ${LAST_EXTENSION} 文件`,
    cannotRead: (p: string, why: string) => `无法读取 ${p}：${why}`,
    notFound: '文件或目录不存在',
    permission: '没有读取权限',
    isDirectory: '这是一个目录',
    tooLarge: (size: string, limit: string) => `文件过大（${size}，上限 ${limit}；可用 --max-size 调整）`,
    binary: (p: string) => `${p} 是二进制文件，已跳过`,
    notReport: (p: string) => `${p} 看起来不是年报（没有年报标题，也没有三个以上的章节标题），已跳过`,
    namedNotReport: (p: string) => `${p} 不是政府信息公开工作年度报告（没有年报标题，也没有三个以上的章节标题）`,
    encoding: (p: string, e: string) => `${p} 按 ${e} 解码`,
    moreSkipped: (n: number) => `另有 ${n} 个文件被跳过（二进制文件或不像年报）`,
    lossy: (p: string) => `${p} 既不是有效的 UTF-8 也不是 GB18030，无法解码的字节已替换为 �`,
    noCell: (p: string, pos: string) => `${p} 的 ${pos} 处没有表格单元格`,
    internal: (p: string, e: string) => `${p}：内部错误（${e}），请报告此问题`,
    summary: (files: number, errors: number, warnings: number, others: number) =>
      `已检查 ${files} 个文件：${errors} 个错误，${warnings} 个警告，${others} 个提示`,
  },
  en: {
    error: 'error: ',
    note: 'note: ',
    missingCommand: 'missing command (check, extract, explain, lsp); see gov-report --help',
    unknownCommand: (c: string) => `unknown command "${c}"; see gov-report --help`,
    unknownOption: (o: string) => `unknown option "${o}"; see gov-report --help`,
    missingValue: (o: string) => `option ${o} needs a value`,
    badValue: (o: string, v: string, allowed: string) => `invalid value "${v}" for ${o} (allowed: ${allowed})`,
    badRule: (v: string) => `invalid --rule "${v}": expected RULE=off|info|warning|error, e.g. GR301=off`,
    unknownRule: (r: string) => `unknown rule "${r}"`,
    badSize: (v: string) => `invalid --max-size "${v}": e.g. 20MB, 500KB, 1048576`,
    badJobs: (v: string) => `invalid --jobs "${v}": expected a whole number from 1 to 64`,
    noInputs: (c: string) => `${c} needs at least one file, directory or glob`,
    explainArgs: 'explain needs a file and a position: gov-report explain <file> <line>:<col>',
    badPosition: (p: string) => `invalid position "${p}": expected line:col (1-based), e.g. 42:7`,
    lspNeedsStdio: 'lsp supports --stdio only: gov-report lsp --stdio',
    lspMissing: 'language server not found (dist/server.js); run npm run build first',
    cannotWrite: (why: string) => `cannot write the output (${why}): it was closed or the disk is full`,
    noMatch: (p: string) => `no file matches "${p}"`,
    noReportFiles: (p: string) => `no ${FIRST_EXTENSIONS.join(', ')} or ${LAST_EXTENSION} file in directory "${p}"`,
    cannotRead: (p: string, why: string) => `cannot read ${p}: ${why}`,
    notFound: 'no such file or directory',
    permission: 'permission denied',
    isDirectory: 'it is a directory',
    tooLarge: (size: string, limit: string) => `file too large (${size}, limit ${limit}; see --max-size)`,
    binary: (p: string) => `${p} is a binary file, skipped`,
    notReport: (p: string) => `${p} does not look like a report (no report title, fewer than 3 section headings), skipped`,
    namedNotReport: (p: string) => `${p} is not a 政府信息公开工作年度报告 (no report title, fewer than 3 section headings)`,
    encoding: (p: string, e: string) => `${p} decoded as ${e}`,
    moreSkipped: (n: number) => `${n} more file(s) skipped (binary or not a report)`,
    lossy: (p: string) => `${p} is neither valid UTF-8 nor GB18030; undecodable bytes replaced by �`,
    noCell: (p: string, pos: string) => `no table cell at ${pos} in ${p}`,
    internal: (p: string, e: string) => `${p}: internal error (${e}), please report it`,
    summary: (files: number, errors: number, warnings: number, others: number) =>
      `checked ${files} file(s): ${errors} error(s), ${warnings} warning(s), ${others} other finding(s)`,
  },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof MESSAGES)['zh-CN'];

export const messages = (locale: Locale): Messages => MESSAGES[locale];
