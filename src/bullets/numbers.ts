// Numbers a bullet may carry. Each is returned exactly as the evidence writes it, so a reader
// (and the no-invention test) finds it in the README or roadmap row word for word.

const METRIC_NAMES = [
  'AUC-ROC', 'ROC-AUC', 'ROC AUC', 'AUROC', 'AUPRC', 'AUC', 'accuracy', 'balanced accuracy', 'F1-score', 'F1 score', 'F1',
  'precision', 'recall', 'sensitivity', 'specificity', 'Dice score', 'Dice', 'IoU', 'mIoU', 'RMSE', 'MAE', 'MAPE', 'R²', 'R2',
  'C-index', 'concordance index', 'kappa', 'PPV', 'NPV', 'mAP',
];
const NAME = METRIC_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
const NUMBER = String.raw`\d+(?:\.\d+)?\s?%|0?\.\d+|\d+\.\d+|\d{1,3}`;
const NAME_THEN_NUMBER = new RegExp(String.raw`(?<![\w-])(${NAME})(?:\s*(?:score|of|=|:|≈|was|is|reached|of about)\s*){0,2}\s*(${NUMBER})(?![\w.]*\d)`, 'i');
const NUMBER_THEN_NAME = new RegExp(String.raw`(?<![\w.])(\d+(?:\.\d+)?\s?%|0?\.\d+)\s+(${NAME})(?![\w-])`, 'i');

/** The first model metric the text states, e.g. "AUC 0.91" or "94% accuracy". */
export function findMetric(text: string): string | undefined {
  const named = NAME_THEN_NUMBER.exec(text);
  const numbered = NUMBER_THEN_NAME.exec(text);
  const first = [named, numbered].filter((match): match is RegExpExecArray => match !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  return first === named ? `${first[1]} ${first[2]?.replace(/\s+/g, '')}` : `${first[1]?.replace(/\s+/g, '')} ${first[2]}`;
}

const DATA_NOUNS = [
  'patients', 'records', 'images', 'scans', 'samples', 'rows', 'stays', 'notes', 'admissions', 'encounters', 'studies',
  'subjects', 'slides', 'x-rays', 'radiographs', 'ECGs', 'recordings', 'visits', 'cases', 'participants', 'volumes', 'MRIs', 'CT scans',
];
const DATASET = new RegExp(String.raw`(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?[kKM]\b|\d{2,})\s+((?:[A-Za-z][\w-]*\s){0,2}?(?:${DATA_NOUNS.join('|')}))\b`, 'i');

/** "3 years of data", "18 months of attendance records": a span of data is a size too, however small the number. */
const DATA_SPAN = /(?<![\w.,])(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(years?|months?|weeks?|days?)\s+of\s+((?:[A-Za-z][\w-]*\s){0,2}?(?:data|records|exports|logs|history|sales|claims|readings))\b/i;

/** A dataset size the text states, e.g. "12,000 ICU stays", "3.4k chest X-rays", "3 years of data". */
export function findDatasetSize(text: string): string | undefined {
  const span = DATA_SPAN.exec(text);
  const counted = countedRecords(text);
  if (span && (!counted || span.index < counted.index)) return span[0];
  return counted?.text;
}

function countedRecords(text: string): { index: number; text: string } | undefined {
  const match = DATASET.exec(text);
  if (!match || match[1] === undefined || match[2] === undefined) return undefined;
  const digits = Number(match[1].replace(/[,\s]/g, '').replace(/[kKM]$/, ''));
  // "3 images" is a detail, not a dataset size.
  if (!/[kKM]$/.test(match[1]) && digits < 10) return undefined;
  return { index: match.index, text: `${match[1]} ${match[2]}` };
}

/** "12 stars" / "1 star"; nothing for a repo nobody starred. */
export function starsPhrase(stars: number | undefined): string | undefined {
  if (!stars || stars <= 0) return undefined;
  return stars === 1 ? '1 star' : `${stars} stars`;
}
