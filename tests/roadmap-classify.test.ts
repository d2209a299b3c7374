import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../src/roadmap/index.js';

const row = (status: string, title = '**SQL**', track = 'Data'): string =>
  `## Phase 1\n\n| Status | Track | Course | Link |\n|---|---|---|---|\n| ${status} | ${track} | ${title} | [Kaggle](https://kaggle.com) |\n`;

function onlyItem(markdown: string) {
  const roadmap = parseRoadmap(markdown);
  expect(roadmap.items).toHaveLength(1);
  return { item: roadmap.items[0]!, warnings: roadmap.warnings };
}

describe('reading statuses', () => {
  it.each([
    ['✅', 'done'], ['✔️', 'done'], ['✔', 'done'], ['☑️', 'done'], ['[x]', 'done'], ['[X]', 'done'], ['done', 'done'], ['Done', 'done'],
    ['DONE', 'done'], ['completed', 'done'], ['Complete', 'done'], ['finished', 'done'], ['✅ Done', 'done'], ['Done ✅', 'done'],
    ['🟡', 'in_progress'], ['⏳', 'in_progress'], ['🚧', 'in_progress'], ['in progress', 'in_progress'], ['In Progress (week 3)', 'in_progress'],
    ['WIP', 'in_progress'], ['ongoing', 'in_progress'], ['in-progress', 'in_progress'],
    ['⚪', 'not_started'], ['⬜', 'not_started'], ['[ ]', 'not_started'], ['todo', 'not_started'], ['To Do', 'not_started'],
    ['planned', 'not_started'], ['not started', 'not_started'], ['', 'not_started'],
    ['x', 'done'], ['Yes', 'done'], ['no', 'not_started'], ['-', 'not_started'],
  ])('status cell %j is %s', (cell, status) => {
    const { item, warnings } = onlyItem(row(cell));
    expect(item.status).toBe(status);
    expect(warnings).toEqual([]);
  });

  it('keeps an unknown status as not started and says which forms it knows', () => {
    const { item, warnings } = onlyItem(row('Finsihed'));
    expect(item.status).toBe('not_started');
    expect(warnings).toEqual([{ line: 5, message: 'status "Finsihed" is not one I know; the row is kept as not started (use ✅, done, 🟡, in progress, ⚪)' }]);
  });

  it('does not read a status out of a longer word ("Donegal", "todos")', () => {
    expect(onlyItem(row('Donegal')).item.status).toBe('not_started');
    expect(onlyItem(row('Donegal')).warnings).toHaveLength(1);
  });

  it('reads task-list boxes and leading status marks on list items (plain bullets beside checkboxes are prose, and named)', () => {
    const roadmap = parseRoadmap('## P\n\n- [x] a\n- [ ] b\n- plain beside boxes\n1. [X] c\n\n## Q\n\n- ✅ d\n- 🟡 e\n- ⚪ f\n- [~] g\n- plain h\n');
    // In a list whose items mark their status, an unmarked one is simply not started.
    expect(roadmap.items.map((item) => [item.title, item.status])).toEqual([
      ['a', 'done'], ['b', 'not_started'], ['c', 'done'], ['d', 'done'], ['e', 'in_progress'], ['f', 'not_started'], ['g', 'in_progress'], ['plain h', 'not_started'],
    ]);
    expect(roadmap.warnings).toEqual([{ line: 5, message: '1 bullet without a checkbox in a checklist is read as a note, not an item; give it a [ ] to track it' }]);
  });
});

describe('reading kinds', () => {
  it.each(['Proj', '**Proj**', 'Project', 'Port', 'Portfolio', 'Capstone'])('track %j makes a project', (track) => {
    expect(onlyItem(row('⚪', '**Clinical Calculator**', track)).item.kind).toBe('project');
  });

  it('a title starting "Project:" or "Capstone:" makes a project anywhere', () => {
    expect(onlyItem(row('⚪', '**Project: Tumor Segmentation**')).item.kind).toBe('project');
    expect(onlyItem('## P\n\n- [ ] Capstone: End-to-End Pipeline\n').item.kind).toBe('project');
    expect(onlyItem('## P\n\n- [ ] Project-driven learning habits\n').item.kind).toBe('item');
  });

  it('rows of a course table are courses; other rows and list items are items', () => {
    expect(onlyItem(row('✅')).item.kind).toBe('course');
    expect(onlyItem('## P\n\n| Status | Task |\n|---|---|\n| ✅ | Write README |\n').item.kind).toBe('item');
    expect(onlyItem('## P\n\n- [x] Pandas\n').item.kind).toBe('item');
  });
});

describe('reading titles, notes and links', () => {
  it('takes the bold part as the title and keeps the rest as the note', () => {
    const { item } = onlyItem(row('⚪', '**Data Cleaning** (Crucial for EHR)'));
    expect(item).toMatchObject({ title: 'Data Cleaning', note: '(Crucial for EHR)', track: 'Data', line: 5, phase: 'Phase 1' });
    expect(item.links).toEqual([{ text: 'Kaggle', url: 'https://kaggle.com' }]);
  });

  it('splits "**Python + Pandas**: Data manipulation" but keeps a bold label with its text', () => {
    expect(onlyItem('## P\n\n- **Python + Pandas**: Data manipulation.\n').item).toMatchObject({ title: 'Python + Pandas', note: 'Data manipulation.' });
    expect(onlyItem('## P\n\n1. **Week 1-2:** Python + Pandas\n').item.title).toBe('Week 1-2: Python + Pandas');
  });

  it('strips markdown and decoration emoji from titles, keeping links as {text, url}', () => {
    const { item } = onlyItem('## P\n\n- [ ] 🚀 Learn [`pandas`](https://pandas.pydata.org) *fast* 🔥\n');
    expect(item.title).toBe('Learn pandas fast');
    expect(item.links).toEqual([{ text: 'pandas', url: 'https://pandas.pydata.org' }]);
  });

  it('keeps a source cell without a link in extra so "GitHub (Self-Hosted)" is not lost', () => {
    const roadmap = parseRoadmap('## P\n\n| Status | Course | Source |\n|---|---|---|\n| ⚪ | X | GitHub (Self-Hosted) |\n');
    expect(roadmap.items[0]).toMatchObject({ links: [], extra: { Source: 'GitHub (Self-Hosted)' } });
  });

  it('skips items with no words and says where', () => {
    const roadmap = parseRoadmap('## P\n\n- [ ] 🚀\n- [x] real\n');
    expect(roadmap.items.map((item) => item.title)).toEqual(['real']);
    expect(roadmap.warnings).toEqual([{ line: 3, message: expect.stringContaining('no words') }]);
  });
});

describe('a status written into a list item\'s own text', () => {
  it('reads trailing and leading status marks and words, and leaves the title clean', () => {
    const roadmap = parseRoadmap([
      '## Phase 1: Data Engineering', '',
      '- Build an ETL pipeline for NYC taxi data ✅',
      '- Portfolio: dashboard in Streamlit (todo)',
      '- Learn SQL window functions (done)',
      '- Deep learning with PyTorch [WIP]',
      '- Kaggle Intro to ML — done',
      '- Statistics for data science - in progress',
      '- DONE: Linear algebra refresher',
      '- TODO Probability with Blitzstein',
      '- Read Getting Things Done',
      '- Read "Getting Things Done" — done',
      '',
    ].join('\n'));
    expect(roadmap.items.map((item) => [item.line, item.status, item.title])).toEqual([
      [3, 'done', 'Build an ETL pipeline for NYC taxi data'],
      [4, 'not_started', 'Portfolio: dashboard in Streamlit'],
      [5, 'done', 'Learn SQL window functions'],
      [6, 'in_progress', 'Deep learning with PyTorch'],
      [7, 'done', 'Kaggle Intro to ML'],
      [8, 'in_progress', 'Statistics for data science'],
      [9, 'done', 'Linear algebra refresher'],
      [10, 'not_started', 'Probability with Blitzstein'],
      [11, 'not_started', 'Read Getting Things Done'],
      [12, 'done', 'Read "Getting Things Done"'],
    ]);
    expect(roadmap.warnings).toEqual([]);
  });

  it('keeps a status that says more ("Completed Mar 2026") in the note', () => {
    const { item } = onlyItem('## Courses\n\n- Machine Learning Specialization (Coursera) — Completed Mar 2026\n');
    expect(item).toMatchObject({ title: 'Machine Learning Specialization', note: '(Coursera); Completed Mar 2026', status: 'done' });
  });

  it('counts a bullet with a trailing status as an item in a checkbox roadmap, and lets "(WIP)" refine an empty box', () => {
    const roadmap = parseRoadmap('## Plan\n\n- [ ] Pandas (WIP)\n- [x] NumPy (done)\n- Kaggle Pandas course ✅\n- a tip in prose\n');
    expect(roadmap.items.map((item) => [item.title, item.status])).toEqual([['Pandas', 'in_progress'], ['NumPy', 'done'], ['Kaggle Pandas course', 'done']]);
  });
});

describe('link pieces and notes in a list item', () => {
  it('moves a trailing link piece out of the title and keeps its link', () => {
    const { item } = onlyItem('## Projects\n\n- [x] **Project:** Titanic survival classifier with scikit-learn — [repo](https://github.com/me/titanic)\n');
    expect(item).toMatchObject({ title: 'Project: Titanic survival classifier with scikit-learn', kind: 'project', status: 'done', links: [{ text: 'repo', url: 'https://github.com/me/titanic' }] });
    expect(item.note).toBeUndefined();
  });

  it.each([
    ['- [ ] Sepsis early-warning model ([link](https://github.com/me/sepsis))', 'Sepsis early-warning model'],
    ['- [ ] Sepsis early-warning model | [notes](https://notion.so/sepsis)', 'Sepsis early-warning model'],
    ['- [ ] Sepsis early-warning model [GitHub](https://github.com/me/sepsis)', 'Sepsis early-warning model'],
    ['- [ ] Sepsis early-warning model — [code](https://github.com/me/s), [blog](https://me.dev/s)', 'Sepsis early-warning model'],
    ['- [ ] Learn SQL — [Kaggle Learn: SQL](https://kaggle.com/learn/intro-to-sql)', 'Learn SQL'],
    ['- [ ] Build a dashboard with [Streamlit](https://streamlit.io)', 'Build a dashboard with Streamlit'],
  ])('%s → title %j, links kept', (line, title) => {
    const { item } = onlyItem(`## P\n\n${line}\n`);
    expect(item.title).toBe(title);
    expect(item.links.length).toBeGreaterThan(0);
  });

  it('makes a trailing parenthetical the note, for list items as for table rows', () => {
    expect(onlyItem('## P\n\n- [ ] Deep Learning Specialization (Coursera)\n').item).toMatchObject({ title: 'Deep Learning Specialization', note: '(Coursera)' });
    expect(onlyItem('## P\n\n- [ ] Data Cleaning (Crucial for EHR)\n').item).toMatchObject({ title: 'Data Cleaning', note: '(Crucial for EHR)' });
    expect(onlyItem(row('⚪', 'Data Cleaning (Crucial for EHR)')).item).toMatchObject({ title: 'Data Cleaning', note: '(Crucial for EHR)' });
    // A number or a list of names is part of the name; bolding the title keeps any parenthetical in it.
    expect(onlyItem('## P\n\n- [ ] Linear Algebra (18.06)\n').item).toMatchObject({ title: 'Linear Algebra (18.06)' });
    expect(onlyItem('## P\n\n- [ ] Cloud platforms (AWS, GCP, Azure)\n').item.title).toBe('Cloud platforms (AWS, GCP, Azure)');
    expect(onlyItem(row('⚪', '**Python (Intermediate)**')).item).toMatchObject({ title: 'Python (Intermediate)' });
  });
});

describe('kinds of portfolio items and learning tables', () => {
  it('"Portfolio:" and "Portfolio project:" titles are projects like "Project:"; "Portfolio review" is not', () => {
    const roadmap = parseRoadmap('## P\n\n- [ ] Portfolio: dashboard in Streamlit\n- [ ] Portfolio project: sepsis early warning\n- [ ] Portfolio review with a mentor\n');
    expect(roadmap.items.map((item) => item.kind)).toEqual(['project', 'project', 'item']);
  });

  it('rows of a learning table (Topic, Skill, Resource, Module, Lesson) are courses, unless they are projects', () => {
    for (const header of ['Topic', 'Skill', 'Resource', 'Module', 'Lesson']) {
      const roadmap = parseRoadmap(`## Phase 1\n\n| Status | ${header} |\n|---|---|\n| ✅ | Logistic regression |\n| ⚪ | Project: readmission model |\n`);
      expect(roadmap.items.map((item) => [item.title, item.kind])).toEqual([['Logistic regression', 'course'], ['Project: readmission model', 'project']]);
    }
    const resources = parseRoadmap('## Key Resources\n\n| Topic | Resource |\n|---|---|\n| Python/EDA | [Pandas Course](https://www.kaggle.com/learn/pandas) |\n');
    expect(resources.items[0]).toMatchObject({ title: 'Python/EDA', kind: 'course', links: [{ text: 'Pandas Course', url: 'https://www.kaggle.com/learn/pandas' }] });
  });

  it('a Type/Track cell that names a way of learning makes a course in any table', () => {
    const roadmap = parseRoadmap('## Year 1\n\n| Status | Type | Name |\n|---|---|---|\n| Done | Book | Hands-On Machine Learning |\n| Done | MOOC | fast.ai Practical Deep Learning |\n| Done | Tutorial | Streamlit docs |\n| Done | Portfolio | Churn model |\n| To do | Admin | Update LinkedIn |\n');
    expect(roadmap.items.map((item) => item.kind)).toEqual(['course', 'course', 'course', 'project', 'item']);
  });
});

describe('a remark set apart by a spaced dash', () => {
  it('becomes the note, so the title reads as a name on the resume', () => {
    const roadmap = parseRoadmap([
      '## Projects',
      '',
      '1. [x] Project: School Attendance Dashboard — Tableau, 3 years of data',
      '2. [x] Project: Sales forecast with Prophet – MAPE 8%',
      '3. [ ] Project – Churn model',
      '4. [ ] Week 1 – 2',
      '5. [x] Data-driven decision making',
      '',
    ].join('\n'));
    expect(roadmap.items.map((item) => [item.title, item.note])).toEqual([
      ['Project: School Attendance Dashboard', 'Tableau, 3 years of data'],
      ['Project: Sales forecast with Prophet', 'MAPE 8%'],
      ['Project – Churn model', undefined],
      ['Week 1 – 2', undefined],
      ['Data-driven decision making', undefined],
    ]);
  });
});
