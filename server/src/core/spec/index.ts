export * from './types';
export * from './sections';
export * from './table2';
export * from './table3';
export * from './table4';
export * from './equations';

export * from './lookup';

/** First year printed with the 2023 template (国办公开办函〔2021〕30号). */
export const TEMPLATE_2023_FIRST_YEAR = 2021;
