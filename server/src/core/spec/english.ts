import type { TableId } from './types';

/** English names of the tables, rows, columns and groups, keyed by spec key (the Chinese labels live in the table specs). */

export const TABLE_NAMES: Readonly<Record<TableId, { readonly 'zh-CN': string; readonly en: string }>> = {
  s2: { 'zh-CN': '表二', en: 'Table 2' },
  s3: { 'zh-CN': '表三', en: 'Table 3' },
  s4: { 'zh-CN': '表四', en: 'Table 4' },
};

/** Row labels by `<table>.<row key>`. */
export const ROW_LABELS_EN: Readonly<Record<string, string>> = {
  's2.rules': 'Rules',
  's2.normative': 'Administrative normative documents',
  's2.licensing': 'Administrative licensing',
  's2.other_services': 'Other external management services',
  's2.penalty': 'Administrative penalties',
  's2.coercion': 'Administrative coercion',
  's2.fees': 'Administrative fees',
  's2.procurement': 'Government centralised procurement',

  's3.new': 'I. New requests received this year',
  's3.carried': 'II. Requests carried over from last year',
  's3.granted': '(1) Disclosed',
  's3.partial': '(2) Partly disclosed (a request handled by separation counts here only)',
  's3.denied.secret': '1. State secret',
  's3.denied.law': '2. Disclosure prohibited by other laws or administrative regulations',
  's3.denied.safety': '3. Would endanger national, public or economic security or social stability',
  's3.denied.third_party': '4. Protecting the lawful rights of third parties',
  's3.denied.internal': '5. Internal-affairs information',
  's3.denied.process': '6. Process information',
  's3.denied.enforcement': '7. Administrative enforcement case files',
  's3.denied.inquiry': '8. Administrative inquiry matters',
  's3.unable.no_info': '1. Information not held by this agency',
  's3.unable.need_create': '2. No existing information; would have to be produced',
  's3.unable.unclear': '3. Request still unclear after correction',
  's3.rejected.complaint': '1. Petitions, reports or complaints',
  's3.rejected.duplicate': '2. Repeated requests',
  's3.rejected.publication': '3. Requests for public publications',
  's3.rejected.massive': '4. Large numbers of repeated requests without good reason',
  's3.rejected.confirm': '5. Requests to confirm or reissue information already obtained',
  's3.other': '(6) Other handling',
  's3.other.no_correction': '1. Applicant did not supply corrections in time; request no longer processed',
  's3.other.no_fee': '2. Applicant did not pay the fee in time; request no longer processed',
  's3.other.other': '3. Other',
  's3.total': '(7) Total',
  's3.carry_over': 'IV. Carried over to next year',

  's4.review': 'Administrative review',
  's4.suit_direct': 'Sued directly without review',
  's4.suit_after_review': 'Sued after review',
};

/** Short row names for equations, where the full label would drown the numbers. */
export const ROW_SHORT_EN: Readonly<Record<string, string>> = {
  's3.new': 'new (I)',
  's3.carried': 'carried over (II)',
  's3.total': 'total (III-7)',
  's3.carry_over': 'carried forward (IV)',
};

/** Column labels by `<table>.<column key>`; a full cell key overrides (the same column key means different things in 表二's rows). */
export const COLUMN_LABELS_EN: Readonly<Record<string, string>> = {
  's2.issued': 'Issued this year',
  's2.repealed': 'Repealed this year',
  's2.effective': 'In force',
  's2.decisions': 'Decisions this year',
  's2.amount': 'Fees collected this year (10,000 yuan)',
  's2.new_made': 'Newly made this year',
  's2.new_published': 'Newly published this year',
  's2.total_published': 'Total published',
  's2.last_year_items': 'Items last year',
  's2.change': 'Change this year (+/−)',
  's2.items': 'Procurement items',
  's2.procurement.amount': 'Total procurement amount',

  's3.natural': 'Natural persons',
  's3.commercial': 'Commercial enterprises',
  's3.research': 'Research institutions',
  's3.public_interest': 'Public-interest organisations',
  's3.legal': 'Legal service institutions',
  's3.other': 'Other',
  's3.total': 'Total',

  's4.upheld': 'Upheld',
  's4.corrected': 'Corrected',
  's4.other': 'Other outcome',
  's4.pending': 'Pending',
  's4.total': 'Total',
};

/** Group and header labels of 表三 / 表四, by the key prefix of the rows they head. */
export const GROUP_LABELS_EN: Readonly<Record<string, string>> = {
  results: 'III. Results this year',
  denied: '(3) Not disclosed',
  unable: '(4) Cannot be provided',
  rejected: '(5) Not processed',
  other: '(6) Other handling',
  suit: 'Administrative litigation',
  applicants: 'Applicants',
  organisations: 'Legal persons or other organisations',
};

const NUMERALS = '一二三四五六七八九十';

/** `第二十条第（五）项` → `Art. 20 (5)`. */
export function blockLabelEn(block: string): string {
  const m = /第[（(]([一二三四五六七八九十])[）)]项/.exec(block);
  return m ? `Art. 20 (${NUMERALS.indexOf(m[1]!) + 1})` : block;
}

export const rowLabelEn = (table: TableId, rowKey: string): string | undefined => ROW_LABELS_EN[`${table}.${rowKey}`];

export const columnLabelEn = (table: TableId, rowKey: string, columnKey: string): string | undefined =>
  COLUMN_LABELS_EN[`${table}.${rowKey}.${columnKey}`] ?? COLUMN_LABELS_EN[`${table}.${columnKey}`];
