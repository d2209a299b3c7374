import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeRoadmap, MAX_ROADMAP_BYTES, RoadmapInputError } from '../src/roadmap/index.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decoding roadmap bytes', () => {
  it('reads UTF-8 as UTF-8 with no warning', () => {
    expect(decodeRoadmap(utf8('| ✅ | Café |'))).toEqual({ text: '| ✅ | Café |', encoding: 'utf-8', warnings: [] });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeRoadmap(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# Roadmap')])).text).toBe('# Roadmap');
  });

  it('reads UTF-16 files that start with a byte-order mark', () => {
    const bytes = new Uint8Array(iconv.encode('\uFEFF- [x] Résumé ✅', 'utf16-le'));
    expect(decodeRoadmap(bytes)).toMatchObject({ text: '- [x] Résumé ✅', encoding: 'utf-16le' });
  });

  it('detects Windows-1252 bytes, decodes them and says so', () => {
    const text = '# Année 1 – Données\n\n- [x] Résumé des cours “avancés” à Zürich, déjà fini\n- [ ] Modèles prédictifs — très utiles\n';
    const decoded = decodeRoadmap(new Uint8Array(iconv.encode(text, 'win1252')));
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toMatch(/^windows-125\d$/);
    expect(decoded.warnings[0]).toMatchObject({ line: 0 });
    expect(decoded.warnings[0]?.message).toMatch(/not UTF-8.*Save it as UTF-8/);
  });

  it('refuses binary files with a message saying what to pass instead', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeRoadmap(png)).toThrow(RoadmapInputError);
    expect(() => decodeRoadmap(png)).toThrow(/binary file.*roadmap \.md/);
  });

  it('refuses files far too large to be a roadmap before parsing them', () => {
    const tenMegabytes = new Uint8Array(10_000_000).fill(0x61);
    const started = performance.now();
    expect(() => decodeRoadmap(tenMegabytes)).toThrow(/10\.0 MB.*right file/);
    expect(performance.now() - started).toBeLessThan(100);
    expect(MAX_ROADMAP_BYTES).toBeGreaterThan(1_000_000);
  });
});
