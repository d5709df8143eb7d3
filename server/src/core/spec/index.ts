export * from './types';
export * from './sections';
export * from './table2';
export * from './table3';
export * from './table4';
export * from './equations';
export * from './editions';

export * from './lookup';

/** First report year printed in the format in force (国办公开办函〔2021〕30号; key `'2023'` here). */
export const TEMPLATE_2023_FIRST_YEAR = 2021;
