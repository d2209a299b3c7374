import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCodePage } from '../src/roadmap/code-pages.js';
import { repairEncoding, repairMojibake } from '../src/roadmap/index.js';
import { readSeed } from './helpers/seeds.js';

/** What a UTF-8 file looks like after a program read it as `codePage` and saved it again. */
function garble(text: string, codePage: 'windows-1252' | 'windows-1254' | 'macintosh'): string {
  return decodeCodePage(new TextEncoder().encode(text), codePage);
}

const original = 'Phase 1 (Months 1–6): “Data Wrangler” ✅ — it’s done 🚀';

describe('repairing mojibake', () => {
  it.each(['windows-1252', 'windows-1254', 'macintosh'] as const)('restores text garbled through %s', (codePage) => {
    const garbled = garble(original, codePage);
    expect(garbled).not.toBe(original);
    expect(repairMojibake(garbled).text).toBe(original);
  });

  it('restores MacRoman text whose Apple-logo byte became U+FFFD (iconv-lite)', () => {
    expect(repairMojibake(iconv.decode(Buffer.from(original), 'macintosh')).text).toBe(original);
  });

  it('drops a character whose byte a Windows converter replaced with U+FFFD (” has the undefined 0x9D)', () => {
    const garbled = iconv.decode(Buffer.from(original), 'win1252');
    expect(garbled).toContain('\uFFFD');
    expect(repairMojibake(garbled).text).toBe('Phase 1 (Months 1–6): “Data Wrangler ✅ — it’s done 🚀');
  });

  it('leaves clean accented text and real emoji alone', () => {
    const clean = 'Café résumé: naïve Bayes, Zürich, São Paulo, Ærø, GRÖẞE “ok” ✅ 🟡 — Python®';
    expect(repairMojibake(clean)).toEqual({ text: clean, warnings: [] });
  });

  it('repairs the seed roadmap headings and statuses (Windows-1254: 🟡 became ğŸŸ¡)', () => {
    const repaired = repairEncoding(readSeed('000_54948e29048d2862.txt'));
    expect(repaired.text).toContain('### Phase 1: The Digital Physiology (Months 1–6)');
    expect(repaired.text).toContain('| ✅ | Tool | **VS Code & Kaggle Setup**');
    expect(repaired.text).toContain('| 🟡 | Code | **Python (Intermediate)**');
    expect(repaired.text).toContain('(Months 21–28) 🧠');
    expect(repaired.text).not.toMatch(/[âğÅŸ€™]/u);
    expect(repaired.warnings).toHaveLength(1);
    expect(repaired.warnings[0]?.message).toMatch(/Windows-1254.*dropped \d+ broken characters/);
  });

  it('drops fragments of characters whose bytes were lost (🏥 → ğŸ¥) rather than keep garbage', () => {
    const firstLine = repairEncoding(readSeed('000_54948e29048d2862.txt')).text.split('\n')[0];
    // 🏥 and ➡️ lost a byte each on the way; 💻 survived whole.
    expect(firstLine).toBe('# Medical Data Science Mastery Path   💻');
  });

  it('repairs the MacRoman seed: 📌 headings and ’ apostrophes', () => {
    const repaired = repairEncoding(readSeed('001_dc2834c76129a440.txt'));
    expect(repaired.text).toContain('## **📌 Robust Pathway to Master Medical Data Analysis & AI**');
    expect(repaired.text).toContain('Andrew Ng’s [ML Coursera Course]');
    expect(repaired.text).toContain('### **✅ Focus:** Python, Medical Data Wrangling, and Basic ML');
    expect(repaired.text).toContain('“How I Built a Pneumonia Detector”');
    expect(repaired.text).not.toMatch(/‚Äô|üìå|\uF8FF/u);
    expect(repaired.warnings[0]).toMatchObject({ line: 5 });
    expect(repaired.warnings[0]?.message).toContain('MacRoman');
  });

  it('strips a BOM and turns CRLF and lone CR into LF without moving lines', () => {
    expect(repairEncoding('\uFEFF# A\r\n\r\n- [x] b\rc').text).toBe('# A\n\n- [x] b\nc');
  });

  it('keeps the line count, so later line numbers are lines of the file', () => {
    const seed = readSeed('001_dc2834c76129a440.txt');
    expect(repairEncoding(seed).text.split('\n')).toHaveLength(seed.split('\n').length);
  });
});
