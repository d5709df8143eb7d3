import type { SourceMap } from './source-map';
import type { DocumentFormat } from '../shared/report-extensions';

export type { DocumentFormat };

/** A file read into the text the checker reads, with the way back from that text to the file. */
export interface ReadDocument {
  readonly format: DocumentFormat;
  readonly text: string;
  readonly map: SourceMap;
}
