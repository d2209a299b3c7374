/** How a template prints dates: "Jul 2019" (month-name) or "2019-07" (iso). */
export type DateStyle = 'month-name' | 'iso';

export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A JSON Resume date (YYYY, YYYY-MM or YYYY-MM-DD) as printed. Resumes give months, not days. */
export function printedDate(date: string, style: DateStyle): string {
  const [year, month] = date.split('-');
  if (!month) return year ?? date;
  if (style === 'iso') return `${year}-${month}`;
  return `${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
}

/**
 * One string, so the PDF holds it as one text run with its spaces ("Jul 2019 – Present"): parsers
 * that read a date range from two runs lose the space ("2019-07 –present"). No end date means the
 * job goes on.
 */
export function printedDateRange(start: string | undefined, end: string | undefined, style: DateStyle): string | undefined {
  if (!start && !end) return undefined;
  if (!start) return printedDate(end ?? '', style);
  return `${printedDate(start, style)} – ${end ? printedDate(end, style) : 'Present'}`;
}
