import type { CourseGroup } from '../../bullets/course-groups.js';
import type { SavedStateHandle } from '../state/use-saved-state.js';
import { announce } from '../components/announce.js';
import { cssString, focusWhenPresent } from '../components/focus-when-present.js';
import { withOverride } from './override-edits.js';

/** The Coursework section: finished courses grouped by provider, each one hideable. */
export function CourseGroupsCard({ groups, handle }: { groups: CourseGroup[]; handle: SavedStateHandle }) {
  const all = groups.flatMap((group) => group.courses);
  const hide = (evidenceId: string, name: string) => {
    const at = all.findIndex((course) => course.evidenceId === evidenceId);
    const next = all[at + 1] ?? all[at - 1];
    handle.changeProfile((profile) => withOverride(profile, evidenceId, (current) => ({ ...current, hide: true })));
    announce(`${name} hidden from the resume`);
    focusWhenPresent(() => {
      if (document.querySelector(`[data-hide-course="${cssString(evidenceId)}"]`)) return null;
      return next === undefined ? document.getElementById('coursework-heading') : document.querySelector<HTMLElement>(`[data-hide-course="${cssString(next.evidenceId)}"]`);
    });
  };
  return (
    <section className="card" aria-labelledby="coursework-heading">
      <h2 id="coursework-heading" tabIndex={-1}>Coursework</h2>
      {groups.length === 0 ? <p>No finished courses yet: mark roadmap rows done (✅) to list them.</p> : groups.map((group) => (
        <div key={group.provider} className="course-group">
          <p className="bullet-text">{group.line}</p>
          <ul className="course-list" aria-label={`${group.provider} courses`}>
            {group.courses.map((course) => (
              <li key={course.evidenceId}>
                {course.name}{' '}
                <button type="button" className="link-button" data-hide-course={course.evidenceId} onClick={() => hide(course.evidenceId, course.name)}>hide<span className="visually-hidden"> {course.name}</span></button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
