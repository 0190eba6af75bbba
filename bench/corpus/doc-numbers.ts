/** The corpus documents' own numbers (文号), and the spellings documents cite them by. */
export const SERIES = [
  { english: 'Jing Zheng Fa', chinese: '京政发', issuer: "Beijing Municipal People's Government", issuerZh: '北京市人民政府' },
  {
    english: 'Jing Zheng Ban Fa',
    chinese: '京政办发',
    issuer: "General Office of Beijing Municipal People's Government",
    issuerZh: '北京市人民政府办公厅',
  },
  { english: 'Guo Fa', chinese: '国发', issuer: 'the State Council', issuerZh: '国务院' },
  { english: 'Guo Ban Fa', chinese: '国办发', issuer: 'General Office of the State Council', issuerZh: '国务院办公厅' },
  { english: 'Guo Han', chinese: '国函', issuer: 'the State Council', issuerZh: '国务院' },
] as const;
export type Series = (typeof SERIES)[number];

export const FIRST_YEAR = 2000;
export const YEARS = 25;

export interface CorpusNumber {
  series: Series;
  year: number;
  serial: number;
  /** As the parser normalises it, e.g. `Jing Zheng Fa [2003] No. 201`. */
  docNumber: string;
}

/** Document i's own number: unique for every i (series, then year, then serial); a translation reuses its original's. */
export function corpusNumber(index: number): CorpusNumber {
  const series = SERIES[index % SERIES.length]!;
  const year = FIRST_YEAR + (Math.floor(index / SERIES.length) % YEARS);
  const serial = 200 + Math.floor(index / (SERIES.length * YEARS));
  return { series, year, serial, docNumber: `${series.english} [${year}] No. ${serial}` };
}

/** 京政发〔2003〕201号 */
export const chineseNumber = (n: CorpusNumber) => `${n.series.chinese}〔${n.year}〕${n.serial}号`;
