import type { CourseGroup } from '../../bullets/course-groups.js';
import type { SavedStateHandle } from '../state/use-saved-state.js';
import { withOverride } from './override-edits.js';

/** The Coursework section: finished courses grouped by provider, each one hideable. */
export function CourseGroupsCard({ groups, handle }: { groups: CourseGroup[]; handle: SavedStateHandle }) {
  const hide = (evidenceId: string) => handle.update((state) => ({ ...state, profile: withOverride(state.profile, evidenceId, (current) => ({ ...current, hide: true })) }));
  return (
    <section className="card" aria-labelledby="coursework-heading">
      <h2 id="coursework-heading">Coursework</h2>
      {groups.length === 0 ? <p>No finished courses yet: mark roadmap rows done (✅) to list them.</p> : groups.map((group) => (
        <div key={group.provider} className="course-group">
          <p className="bullet-text">{group.line}</p>
          <ul className="chips" aria-label={`${group.provider} courses`}>
            {group.courses.map((course) => (
              <li key={course.evidenceId} className="chip chip-course">
                {course.name}{' '}
                <button type="button" className="link-button" onClick={() => hide(course.evidenceId)}>hide<span className="visually-hidden"> {course.name}</span></button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
