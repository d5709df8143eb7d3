import { extname } from 'node:path';
import { DOCUMENT_EXTENSIONS, LEGACY_EXTENSIONS, type DocumentFormat } from '../shared/report-extensions';

export { DOCUMENT_EXTENSIONS, LEGACY_EXTENSIONS };

export const documentFormatOf = (path: string): DocumentFormat | undefined => DOCUMENT_EXTENSIONS[extname(path).toLowerCase()];

export const isLegacyOffice = (path: string): boolean => LEGACY_EXTENSIONS.includes(extname(path).toLowerCase());
