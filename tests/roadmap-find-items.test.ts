import { describe, expect, it } from 'vitest';
import { findItems } from '../src/roadmap/find-items.js';
import { readMarkdown } from '../src/roadmap/read-markdown.js';

function find(markdown: string) {
  return findItems(readMarkdown(markdown), markdown.split('\n'));
}

describe('reading markdown', () => {
  it('keeps source positions on table rows and list items', () => {
    const tree = readMarkdown('# A\n\n| Status | Course |\n| --- | --- |\n| ✅ | SQL |\n\n- [x] Pandas\n');
    const table = tree.children[1];
    expect(table?.type).toBe('table');
    expect(table?.type === 'table' && table.children[1]?.position?.start.line).toBe(5);
    expect(tree.children[2]?.position?.start.line).toBe(7);
  });
});

describe('finding items', () => {
  it('finds table columns by header name in any order and keeps extra columns', () => {
    const found = find('## P\n\n| Link | Hours | Course | Type | Status |\n|---|---|---|---|---|\n| [K](https://k.io) | 4 | **SQL** | Data | ✅ |\n');
    expect(found.items).toHaveLength(1);
    const [row] = found.items;
    expect(row).toMatchObject({ from: 'table-row', line: 5, statusCell: '✅', track: 'Data', extra: { Hours: '4' }, inCourseTable: true });
    expect(row?.heading).toEqual({ title: 'P', line: 1 });
    expect(row?.linkCell?.header).toBe('Link');
  });

  it('takes task lists in every marker style: -, *, + and numbered', () => {
    const found = find('## P\n\n- [x] a\n* [ ] b\n+ [X] c\n1. [x] d\n2. [ ] e\n');
    expect(found.items.map((item) => [item.line, item.checked])).toEqual([[3, true], [4, false], [5, true], [6, true], [7, false]]);
  });

  it('makes nested list items details of their parent, with their links', () => {
    const found = find('## P\n\n- **Python**: basics\n  - *Resource*: [Kaggle](https://kaggle.com/learn/python)\n    - deeper\n  - [x] sub-task\n- SQL\n');
    expect(found.items).toHaveLength(2);
    expect(found.items[0]?.details).toEqual(['Resource: Kaggle', 'deeper', '[x] sub-task']);
    expect(found.items[0]?.detailLinks).toEqual([{ text: 'Kaggle', url: 'https://kaggle.com/learn/python' }]);
  });

  it('treats a plain bullet holding checkboxes as a group label: its task items are items under it', () => {
    const found = find('## Year 1\n\n- Phase 1: Basics\n  - [x] Python\n  - [ ] SQL\n- [ ] Capstone\n');
    expect(found.items.map((item) => [item.line, item.checked, item.heading?.title])).toEqual([[4, true, 'Phase 1: Basics'], [5, false, 'Phase 1: Basics'], [6, false, 'Year 1']]);
    expect(found.headings.map((heading) => heading.title)).toEqual(['Year 1', 'Phase 1: Basics']);
  });

  it('counts plain bullets under a heading, but not once the roadmap uses checkboxes', () => {
    expect(find('## P\n\n- a\n- b\n').items).toHaveLength(2);
    const mixed = find('## Tasks\n\n- [ ] a\n\n## Resources\n\n- some link\n- ✅ marked bullet\n');
    expect(mixed.items.map((item) => item.line)).toEqual([3, 8]);
  });

  it('ignores plain bullets under no heading (an introduction, a note after ---)', () => {
    expect(find('- intro\n- prose\n').items).toHaveLength(0);
    expect(find('## P\n\n- a\n\n---\n\n- closing note\n').items.map((item) => item.line)).toEqual([3]);
    expect(find('- [x] a task is an item anywhere\n').items).toHaveLength(1);
  });

  it('notes every heading; the nearest one above is an item\'s heading', () => {
    const found = find('# Title\n\n## Phase 1 🚀\n\n### Week 1\n\n- [x] a\n');
    expect(found.headings.map((heading) => heading.title)).toEqual(['Title', 'Phase 1', 'Week 1']);
    expect(found.items[0]?.heading?.title).toBe('Week 1');
  });

  it('warns about a table with no status column, naming its line and headers', () => {
    const found = find('## R\n\n| Topic | Resource |\n|---|---|\n| SQL | [x](https://x.io) |\n');
    expect(found.items).toHaveLength(1);
    expect(found.items[0]?.statusCell).toBeUndefined();
    expect(found.warnings).toEqual([{ line: 3, message: expect.stringMatching(/no status column \(its headers: Topic, Resource\); its 1 row is kept as not started/) }]);
  });

  it('finds items inside block quotes and skips rows with an empty title cell', () => {
    const found = find('## P\n\n> - [x] quoted\n\n| Status | Course |\n|---|---|\n| ✅ |  |\n|  |  |\n');
    expect(found.items.map((item) => item.line)).toEqual([3]);
    expect(found.warnings).toEqual([{ line: 7, message: 'row has an empty "Course" cell; it is skipped' }]);
  });

  it('in a document with no headings, takes a short line right before a list as its heading', () => {
    const found = find('Essential Skills\n\n💻 Technical Competencies\n\n- Python\n- SQL\n\nA long sentence of prose that ends in a full stop.\n\n- not a label\n');
    expect(found.headings).toEqual([{ title: 'Technical Competencies', line: 3 }]);
    expect(found.items.map((item) => [item.line, item.heading?.title])).toEqual([[5, 'Technical Competencies'], [6, 'Technical Competencies'], [10, 'Technical Competencies']]);
    // With real headings around, a bold lead-in line stays prose.
    expect(find('## Phase 1\n\n**Weekly Breakdown:**\n\n- a\n').items[0]?.heading?.title).toBe('Phase 1');
  });

  it('warns when a code fence is never closed, since it swallows the items below', () => {
    const found = find('## P\n\n```python\nprint(1)\n\n- [ ] lost item\n');
    expect(found.items).toHaveLength(0);
    expect(found.warnings).toEqual([{ line: 3, endLine: 6, message: expect.stringContaining('never closed') }]);
    expect(find('## P\n\n```\ncode\n```\n').warnings).toEqual([]);
  });
});
