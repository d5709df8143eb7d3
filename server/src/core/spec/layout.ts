/** Printed text of the templates that is not a row or column label. */

/** 表二's column header over the row labels, printed under each 第二十条 block. */
export const TABLE2_CONTENT_HEADER = '信息内容';
