/**
 * Stable React keys for a list of bullet texts across edits. Keying rows by their text re-mounts
 * a row whenever it is saved (its text changed) and focus falls to <body>; keying by position
 * makes a moved row look like an edited one. Each render matches the new list to the last one:
 * the same text keeps its key (moves, removals), a changed text at the same place keeps that
 * place's key (an edit), anything else is new (an added bullet).
 */
export class StableKeys {
  private last: { text: string; key: string }[] = [];
  private next = 0;

  constructor(private readonly prefix: string) {}

  keysFor(texts: readonly string[]): string[] {
    const used = new Set<number>();
    const keys: (string | undefined)[] = texts.map((text) => {
      const at = this.last.findIndex((record, index) => !used.has(index) && record.text === text);
      if (at < 0) return undefined;
      used.add(at);
      return this.last[at]!.key;
    });
    texts.forEach((_text, index) => {
      if (keys[index] !== undefined) return;
      if (index < this.last.length && !used.has(index)) { used.add(index); keys[index] = this.last[index]!.key; }
      else keys[index] = `${this.prefix}-${this.next++}`;
    });
    this.last = texts.map((text, index) => ({ text, key: keys[index]! }));
    return keys as string[];
  }
}
