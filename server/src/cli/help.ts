import type { Locale } from '../core/findings';
import { READABLE_EXTENSIONS } from '../shared/report-extensions';

const HELP: Record<Locale, string> = {
  'zh-CN': `gov-report — 政府信息公开工作年度报告检查工具

用法：
  gov-report check <文件|目录|通配符>… [--format text|json|sarif|html] [--locale zh-CN|en]
                   [--rule GR301=off|info|warning|error]… [--repeated-text-threshold 0.5]
                   [--max-size 20MB] [--jobs N] [--cache] [--cache-location 文件或目录]
  gov-report extract <文件|目录|通配符>… [--format json|csv] [--locale zh-CN|en] [--max-size 20MB] [--jobs N]
  gov-report explain <文件> <行>:<列> [--format text|json] [--locale zh-CN|en]
  gov-report lsp --stdio
  gov-report --help | --version

目录中只检查 ${READABLE_EXTENSIONS.join('、')} 文件；不像年报的文件会被跳过并给出提示。
退出码：0 没有错误；1 发现错误级别的问题；2 用法错误、文件无法读取或结果无法写出。
文件不是 UTF-8 时自动识别 UTF-16（带 BOM）和 GBK/GB18030，并说明所用编码。
--cache 记住每个文件的检查结果（默认存于当前目录的 .gov-report-cache），下次只重新检查
内容、选项或检查工具有变化的文件。
`,
  en: `gov-report — checker for government information disclosure annual reports (政府信息公开工作年度报告)

Usage:
  gov-report check <files|dirs|globs>… [--format text|json|sarif|html] [--locale zh-CN|en]
                   [--rule GR301=off|info|warning|error]… [--repeated-text-threshold 0.5]
                   [--max-size 20MB] [--jobs N] [--cache] [--cache-location file-or-dir]
  gov-report extract <files|dirs|globs>… [--format json|csv] [--locale zh-CN|en] [--max-size 20MB] [--jobs N]
  gov-report explain <file> <line>:<col> [--format text|json] [--locale zh-CN|en]
  gov-report lsp --stdio
  gov-report --help | --version

In directories only ${READABLE_EXTENSIONS.join(', ')} files are read; files that do not look like a report
are skipped with a note.
Exit codes: 0 no error; 1 error-severity findings; 2 bad usage, a file that cannot be read or output that cannot be written.
Files that are not UTF-8 are decoded as UTF-16 (with a BOM) or GBK/GB18030; the encoding is stated.
--cache keeps each file's result (in .gov-report-cache in the current directory by default); the next
run checks again only the files whose text, options or checker changed.
`,
};

export const helpText = (locale: Locale): string => HELP[locale];
