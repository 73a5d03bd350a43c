/**
 * Font sizes in points (Decree 30/2020/NĐ-CP, Appendix I): the national title 12–13, the motto,
 * agency, date, title and signature 13–14, tables 12 (a table may use a smaller size than the
 * body text), the recipients list 11.
 */
export const FONT_SIZE = {
  nationalTitle: 12,
  header: 13,
  title: 14,
  body: 13,
  table: 12,
  recipientsHeading: 12,
  recipients: 11,
} as const;
